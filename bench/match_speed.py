"""`claims match` latency and bulk import speed at 10,000 claims (issue 4).

Usage: python bench/match_speed.py [N_CLAIMS] [--db URL]
Generates N claims (bench/corpus.py, default 10,000), times `claims import` as a whole process,
then times single `match` calls in one process (the answer a long-running caller such as the
review loop or a bulk run gets) and `claims match TEXT` as whole processes. Prints medians.
Goals: import under 10 s, one in-process match under 50 ms (median).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=10_000)
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    ap.add_argument("--queries", type=int, default=200)
    a = ap.parse_args()
    claims = [sys.executable, "-m", "claims"]
    with tempfile.TemporaryDirectory() as tmp:
        url = a.db or f"sqlite:///{tmp}/match.db"
        src = pathlib.Path(tmp) / "claims.jsonl"
        corpus.write_claims(a.n, src, seed=7)
        t0 = time.perf_counter()
        subprocess.run([*claims, "--db", url, "import", str(src)], check=True, stderr=subprocess.DEVNULL)
        t_import = time.perf_counter() - t0

        texts = [json.loads(line)["text"] for line in src.read_text(encoding="utf-8").splitlines()]
        r = random.Random(3)
        queries = []
        for t in r.sample(texts, a.queries):  # paraphrased: words dropped, order kept
            words = t.split()
            keep = [w for w in words if r.random() > 0.25] or words
            queries.append(" ".join(keep))

        from claims.store.engine import open_database
        from claims.usecases import claims as uc

        db = open_database(url)
        uc.match(db, queries[0], 5)  # warm: connection, caches
        lat = []
        for q in queries:
            t0 = time.perf_counter()
            uc.match(db, q, 5)
            lat.append((time.perf_counter() - t0) * 1000)
        lat.sort()

        procs = []
        for q in queries[:7]:
            t0 = time.perf_counter()
            subprocess.run([*claims, "--db", url, "match", q, "--format", "json"], check=True,
                           stdout=subprocess.DEVNULL)
            procs.append((time.perf_counter() - t0) * 1000)

    print(f"claims: {a.n:,}")
    print(f"import (whole process): {t_import:.2f} s  ({a.n / t_import:,.0f} claims/s)   goal < 10 s")
    print(f"match, in process: median {statistics.median(lat):.1f} ms, p90 {lat[int(len(lat) * 0.9)]:.1f} ms"
          f" over {len(lat)} queries   goal median < 50 ms")
    print(f"claims match TEXT (whole process): median {statistics.median(procs):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
