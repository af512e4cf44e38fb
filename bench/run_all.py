"""Run every benchmark in bench/ with its default sizes and print their figures.

Some take long at their defaults (queries.py builds 1,000,000 quotes; ingest.py loads 10,000
articles); see bench/RESULTS.md for the commands and sizes behind each recorded figure."""

import pathlib
import subprocess
import sys

SKIP = {"run_all.py", "corpus.py"}  # corpus.py is the generator the others use

for script in sorted(pathlib.Path(__file__).parent.glob("*.py")):
    if script.name not in SKIP:
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script)], check=False)
