"""Lexical against semantic ranking on CLEF 2020 CheckThat! (issue 4: "measure both and make
the default the one that wins on quality per second").

Usage: python bench/retrieval.py [--split dev|train] [--data ../shared/eval/checkthat2020]
Needs the evaluation data beside the repository and, for the semantic half, claims[semantic].
For each ranking: seconds to import and index the 10,375 claims, seconds to answer the
queries, MAP@5 / MRR@5 / P@1 (the scorer of ../shared/eval/checkthat.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--data", type=pathlib.Path, default=ROOT.parent / "shared" / "eval" / "checkthat2020")
    a = ap.parse_args()
    scorer = a.data.parent / "checkthat.py"
    if not scorer.exists():
        print(f"no evaluation data at {a.data}; nothing to measure")
        return 0
    spec = importlib.util.spec_from_file_location("checkthat", scorer)
    ct = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ct)
    rel = ct.read_qrels(a.data / f"{a.split}_qrels.tsv")
    claims = [sys.executable, "-m", "claims"]
    from claims.xref import semantic

    modes = ["lexical"] + (["semantic"] if semantic.available() else [])
    for mode in modes:
        with tempfile.TemporaryDirectory() as tmp:
            db = ["--db", f"sqlite:///{tmp}/ct.db"]
            t0 = time.perf_counter()
            subprocess.run([*claims, *db, "import", str(a.data / "verified_claims.jsonl")], check=True,
                           stderr=subprocess.DEVNULL)
            if mode == "semantic":
                subprocess.run([*claims, *db, "index", "--semantic"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t_index = time.perf_counter() - t0
            t0 = time.perf_counter()
            out = subprocess.run([*claims, *db, "match", "--queries", str(a.data / f"{a.split}_queries.jsonl"),
                                  "--top", "5", "--format", "jsonl"], check=True, capture_output=True,
                                 text=True).stdout
            t_match = time.perf_counter() - t0
        run: dict[str, list[str]] = {}
        for line in out.splitlines():
            r = json.loads(line)
            run.setdefault(str(r["query"]), []).append(str(r["claim"]))
        m = ct.evaluate(run, rel, 5)
        print(f"{mode:9s} {a.split}: MAP@5 {m['map']:.3f}  MRR@5 {m['mrr']:.3f}  P@1 {m['p1']:.3f}  "
              f"import+index {t_index:.1f} s  match {m['queries']} queries {t_match:.1f} s")
    if len(modes) == 1:
        print("semantic: not installed (pip install torch==2.13.0 'claims[semantic]')")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
