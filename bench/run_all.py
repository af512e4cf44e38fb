"""Run every benchmark in bench/ and print their figures."""

import pathlib
import subprocess
import sys

for script in sorted(pathlib.Path(__file__).parent.glob("*.py")):
    if script.name != "run_all.py":
        print(f"== {script.name}")
        subprocess.run([sys.executable, str(script)], check=False)
