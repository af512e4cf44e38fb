"""Extraction throughput: `claims extract` as a whole process over >= 5 MB of article text.

Usage: python bench/extract_speed.py [DIR]   (default: seeds/ repeated to 5 MB in a temp dir)
Prints MB/s and articles/s. A benchmark, not a test: run it by hand (`make bench`).
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    claims = shutil.which("claims") or str(ROOT / ".venv" / "bin" / "claims")
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            src = pathlib.Path(sys.argv[1])
        else:
            src = pathlib.Path(tmp) / "corpus"
            src.mkdir()
            seeds = sorted((ROOT / "seeds").glob("*.txt"))
            size, i = 0, 0
            while size < 5 * 2**20:
                for s in seeds:
                    text = s.read_text(encoding="utf-8")
                    (src / f"{i:06d}.txt").write_text(text + f"\n\nCopy {i}.\n", encoding="utf-8")
                    size += len(text.encode())
                    i += 1
        files = [p for p in src.rglob("*") if p.is_file()]
        mb = sum(p.stat().st_size for p in files) / 2**20
        t0 = time.perf_counter()
        subprocess.run([claims, "extract", str(src), "--format", "jsonl"], check=True,
                       stdout=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
    print(f"articles={len(files)} MB={mb:.2f} seconds={dt:.2f} MB/s={mb / dt:.2f} articles/s={len(files) / dt:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
