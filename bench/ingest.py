"""Ingest speed and memory (issue 6): `claims load` of N generated articles against the floor.

Usage: python bench/ingest.py [N ...] [--pg URL [--no-sqlite]] [--jobs J]
       (default N: 2000 10000; --pg adds a PostgreSQL run: a fresh database is created per N)

For each N and backend it prints: articles/s, quotes/s, peak RSS of the `claims load` process,
and the floor measured in the same run: reading the same files plus a bare bulk insert of the
same article and quote rows (taken from what `claims load` stored) with the same driver, into
the same schema. Goals: load within 3x of the floor; RSS flat as N grows; time per article at
the largest N no more than 1.5x that at the smallest (cross-referencing stays sub-quadratic).
"""

from __future__ import annotations

import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SPEAKER_COLS = ["id", "name", "folded", "role", "kind", "created_at"]
ARTICLE_COLS = ["id", "content_hash", "source", "url", "outlet", "title", "byline", "published",
                "date_precision", "dateline", "body", "raw", "loaded_at"]
QUOTE_COLS = ["id", "article_id", "speaker_id", "speaker_label", "speaker_label_folded", "speaker_kind", "role", "text", "kind",
              "cue", "start", "end", "sentence", "said_on", "date_source", "date_precision"]


def claims_cmd() -> list[str]:
    return [sys.executable, "-m", "claims"]


def timed_load(url: str, src: pathlib.Path, jobs: int) -> tuple[float, int, str]:
    """(seconds, peak RSS in KiB, stderr) of `claims load` as a whole process."""
    cmd = [*claims_cmd(), "--db", url, "load", str(src), "--jobs", str(jobs)]
    t0 = time.perf_counter()
    if shutil.which("time") or pathlib.Path("/usr/bin/time").exists():
        p = subprocess.run(["/usr/bin/time", "-f", "RSS_KB=%M", *cmd], capture_output=True, text=True)
        dt = time.perf_counter() - t0
        rss = next((int(x.split("=")[1]) for x in p.stderr.split() if x.startswith("RSS_KB=")), 0)
    else:
        import resource

        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode != 0:
        raise SystemExit(f"claims load failed: {p.stderr[-2000:]}")
    return dt, rss, p.stderr


def fetch_rows(url: str) -> tuple[list[tuple], list[tuple], list[tuple]]:
    from sqlalchemy import create_engine, text

    from claims.store.engine import normalise_url

    eng = create_engine(normalise_url(url))
    with eng.connect() as c:
        spk = c.execute(text(f"SELECT {', '.join(SPEAKER_COLS)} FROM speaker ORDER BY id")).all()
        arts = c.execute(text(f"SELECT {', '.join(ARTICLE_COLS)} FROM article ORDER BY id")).all()
        quotes = c.execute(text(f'SELECT {", ".join(q if q != "end" else chr(34) + "end" + chr(34) for q in QUOTE_COLS)} '
                                "FROM quote ORDER BY id")).all()
    eng.dispose()
    return [tuple(r) for r in spk], [tuple(r) for r in arts], [tuple(r) for r in quotes]


def floor_sqlite(src: pathlib.Path, spk, arts, quotes, tmp: pathlib.Path) -> float:
    """Read every file, then bulk-insert the same rows with sqlite3 into a migrated schema."""
    import sqlite3

    db = tmp / "floor.db"
    subprocess.run([*claims_cmd(), "--db", f"sqlite:///{db}", "db", "upgrade"], check=True,
                   capture_output=True)
    t0 = time.perf_counter()
    for p in sorted(src.rglob("*.txt")):
        p.read_bytes().decode("utf-8")
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    with con:
        con.executemany(f"INSERT INTO speaker ({', '.join(SPEAKER_COLS)}) VALUES ({', '.join('?' * len(SPEAKER_COLS))})",
                        [tuple(str(v) if hasattr(v, 'isoformat') else v for v in r) for r in spk])
        con.executemany(f"INSERT INTO article ({', '.join(ARTICLE_COLS)}) VALUES ({', '.join('?' * len(ARTICLE_COLS))})",
                        [tuple(str(v) if hasattr(v, 'isoformat') else v for v in r) for r in arts])
        con.executemany(f'INSERT INTO quote ({", ".join(chr(34) + c + chr(34) for c in QUOTE_COLS)}) '
                        f"VALUES ({', '.join('?' * len(QUOTE_COLS))})",
                        [tuple(str(v) if hasattr(v, 'isoformat') else v for v in r) for r in quotes])
    con.close()
    return time.perf_counter() - t0


def floor_pg(src: pathlib.Path, spk, arts, quotes, url: str) -> float:
    import psycopg

    from claims.store.engine import normalise_url

    subprocess.run([*claims_cmd(), "--db", url, "db", "upgrade"], check=True, capture_output=True)
    dsn = normalise_url(url).replace("postgresql+psycopg://", "postgresql://")
    t0 = time.perf_counter()
    for p in sorted(src.rglob("*.txt")):
        p.read_bytes().decode("utf-8")
    with psycopg.connect(dsn) as con, con.cursor() as cur:
        with cur.copy(f"COPY speaker ({', '.join(SPEAKER_COLS)}) FROM STDIN") as cp:
            for r in spk:
                cp.write_row(r)
        with cur.copy(f"COPY article ({', '.join(ARTICLE_COLS)}) FROM STDIN") as cp:
            for r in arts:
                cp.write_row(r)
        with cur.copy(f'COPY quote ({", ".join(chr(34) + c + chr(34) for c in QUOTE_COLS)}) FROM STDIN') as cp:
            for r in quotes:
                cp.write_row(r)
    return time.perf_counter() - t0


def pg_fresh(admin_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claims.store.engine import normalise_url

    eng = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="*", default=[2000, 10000])
    ap.add_argument("--pg", help="PostgreSQL admin URL (databases are created on it)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only (with --pg)")
    a = ap.parse_args()
    if a.no_sqlite and not a.pg:
        ap.error("--no-sqlite needs --pg")
    per_article = {}
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = pathlib.Path(tmpd)
        for n in a.sizes:
            src = tmp / f"corpus{n}"
            corpus.write_articles(n, src, seed=11, jsonl=False)
            mb = sum(p.stat().st_size for p in src.rglob("*.txt")) / 2**20
            backends = [] if a.no_sqlite else [("sqlite", f"sqlite:///{tmp}/load{n}.db")]
            if a.pg:
                backends.append(("postgresql", pg_fresh(a.pg, f"claims_bench_{n}")))
            for name, url in backends:
                dt, rss, err = timed_load(url, src, a.jobs)
                spk, arts, quotes = fetch_rows(url)
                if name == "sqlite":
                    (tmp / f"f{n}").mkdir(exist_ok=True)
                    floor = floor_sqlite(src, spk, arts, quotes, tmp / f"f{n}")
                else:
                    floor = floor_pg(src, spk, arts, quotes, pg_fresh(a.pg, f"claims_floor_{n}"))
                per_article[(name, n)] = dt / n
                print(f"{name:10s} N={n:>7,} ({mb:.0f} MB): {n / dt:7.1f} articles/s, {len(quotes) / dt:8.1f} "
                      f"quotes/s, peak RSS {rss / 1024:.0f} MiB; floor {floor:.2f} s -> {dt / floor:.1f}x "
                      f"the floor; {1000 * dt / n:.2f} ms/article", flush=True)
    for name in ("sqlite", "postgresql"):
        sizes = sorted(n for b, n in per_article if b == name)
        if len(sizes) >= 2:
            lo, hi = sizes[0], sizes[-1]
            print(f"{name}: time per article at {hi:,} / at {lo:,}: "
                  f"{per_article[(name, hi)] / per_article[(name, lo)]:.2f}x (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
