"""Start-up cost of the command line (issue 6): `claims --help`, and `claims list --limit 1`
on an empty SQLite database against a bare `python -c "import sqlalchemy"`, measured in the
same run, interleaved, median of many runs.

Usage: python bench/startup.py [RUNS]
Goals: --help under 150 ms; list within 1.3x of the bare import.

The package's bytecode is compiled first, as `pip install` does and as Python does on a first
run: with PYTHONDONTWRITEBYTECODE set (some CI images set it) an editable install would
otherwise recompile every `claims` module on every run, which no installed copy does.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    claims = shutil.which("claims", path=str(pathlib.Path(sys.executable).parent)) or "claims"
    import claims as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(pathlib.Path(package.__file__).parent)],
                   check=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CLAIMS_DATA_DIR": tmp}
        env.pop("CLAIMS_DATABASE_URL", None)
        subprocess.run([claims, "list", "--limit", "1"], env=env, capture_output=True, check=True)  # create
        cmds = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import sqlalchemy'": [sys.executable, "-c", "import sqlalchemy"],
            "claims --help": [claims, "--help"],
            "claims list --limit 1 (empty SQLite)": [claims, "list", "--limit", "1"],
        }
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(runs):
            for name, cmd in cmds.items():
                t0 = time.perf_counter()
                subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                times[name].append((time.perf_counter() - t0) * 1000)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        print(f"{k:40s} {v:6.0f} ms (median of {runs})")
    base = med["python -c 'import sqlalchemy'"]
    ratio = med["claims list --limit 1 (empty SQLite)"] / base
    print(f"--help: {med['claims --help']:.0f} ms (goal < 150); list / bare import: {ratio:.2f}x (goal <= 1.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
