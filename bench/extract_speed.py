"""Extraction throughput: `claims extract` as a whole process over >= 5 MB of article text.

Usage: python bench/extract_speed.py [DIR]   (default: seeds/ repeated to 5 MB in a temp dir)
Prints MB/s and articles/s. A benchmark, not a test: run it by hand (`make bench`).

Then the worst case for anything that grows with the article: one article of 1 MB and one of
4 MB, each naming thousands of different people. Their MB/s should be about the same; if the
larger is much slower, some step is quadratic in the names or the length of one article.
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
    with tempfile.TemporaryDirectory() as tmp:
        for size in (1, 4):
            path = pathlib.Path(tmp) / f"names_{size}.txt"
            path.write_text(_many_names(size * 2**20), encoding="utf-8")
            t0 = time.perf_counter()
            subprocess.run([claims, "extract", str(path), "--format", "jsonl"], check=True,
                           stdout=subprocess.DEVNULL)
            dt = time.perf_counter() - t0
            print(f"one article naming many people: MB={size} seconds={dt:.2f} MB/s={size / dt:.2f}")
    return 0


def _many_names(size: int) -> str:
    """A deterministic article of about `size` bytes, a new person in every paragraph."""
    firsts = ["Halima", "Mirra", "Ravi", "Ingrid", "Erik", "Joy", "Teddy", "Luay", "Wassim", "Gisela"]
    paras, n, i = [], 0, 0
    while n < size:
        surname = "".join(chr(97 + (i // 26**k) % 26) for k in range(4)).capitalize() + "son"
        para = (f"{firsts[i % len(firsts)]} {surname} has lost 40 goats since the rains failed. "
                f'"We are still waiting," {surname} said, adding that the government had promised help.')
        paras.append(para)
        n += len(para) + 2
        i += 1
    return "title: Many names\n\n" + "\n\n".join(paras)


if __name__ == "__main__":
    sys.exit(main())
