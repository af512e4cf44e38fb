"""Query speed at archive scale (issue 6): each listing as a whole `claims` process against the
same SQL in a bare driver process, on a database of N quotes (default 1,000,000).

Usage: python bench/queries.py [--quotes N] [--pg ADMIN_URL] [--runs R] [--keep PATH]

The database is made by the Alembic migrations (`claims db upgrade`), then filled with
generated rows through the bare driver (speakers with aliases, articles, claims repeated across
articles, quotes with realistic text; the full-text index fills itself). For each command the
statements `claims` runs are captured in process, then replayed by a bare `python -c` process
with only the driver imported (sqlite3 / psycopg), so both sides do the same database work.
Prints medians and the goal: each within 2x of (bare query + the CLI's start-up).
"""

from __future__ import annotations

import argparse
import json
import os
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


def fill(url: str, n_quotes: int, seed: int = 5) -> dict:
    """Generated rows at scale; returns names to query for."""
    from sqlalchemy import create_engine, text

    from claims.store.engine import normalise_url
    from claims.textutil import fold_name

    subprocess.run([sys.executable, "-m", "claims", "--db", url, "db", "upgrade"], check=True,
                   capture_output=True)
    r = random.Random(seed)
    g = corpus.Gen(seed, n_claims=2000)
    n_speakers, n_articles = max(100, n_quotes // 50), max(100, n_quotes // 10)
    names = []
    seen = set()
    while len(names) < n_speakers:
        nm = f"{r.choice(corpus.FIRST)} {r.choice(corpus.LAST)}"
        if len(seen) > len(corpus.FIRST) * len(corpus.LAST) // 2 or nm in seen:
            nm = f"{nm} {corpus.lexicon(r, 1)[0].capitalize()}" if nm in seen else nm
        if nm in seen:
            continue
        seen.add(nm)
        names.append(nm)
    eng = create_engine(normalise_url(url))
    now = "2026-11-24 00:00:00"
    with eng.begin() as c:
        c.execute(text("INSERT INTO speaker (id, name, folded, kind, created_at) VALUES (:id, :n, :f, 'person', :t)"),
                  [{"id": i + 1, "n": n, "f": fold_name(n), "t": now} for i, n in enumerate(names)])
        c.execute(text("INSERT INTO speaker_alias (speaker_id, alias, folded, origin) VALUES (:id, :n, :f, 'auto')"),
                  [{"id": i + 1, "n": n, "f": fold_name(n)} for i, n in enumerate(names)])
        for a0 in range(0, n_articles, 20000):
            c.execute(text("INSERT INTO article (id, content_hash, outlet, title, published, date_precision, "
                           "body, raw, loaded_at) VALUES (:id, :h, :o, :t, :d, 'day', :b, :b, :now)"),
                      [{"id": i + 1, "h": f"{i:064x}", "o": r.choice(corpus.OUTLETS)[0],
                        "t": f"Article {i}", "d": f"20{r.randint(15, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                        "b": "Body of the article.", "now": now}
                       for i in range(a0, min(n_articles, a0 + 20000))])
        n_claims = 0
        batch_q, batch_c = [], []
        for i in range(n_quotes):
            if n_claims and r.random() < 0.4:  # a repeat of an earlier claim, in another article
                cid = r.randint(max(1, n_claims - 5000), n_claims)
                txt = None
            else:
                n_claims += 1
                cid = n_claims
                txt = g.sentence()
                batch_c.append({"id": cid, "t": txt, "s": r.randint(1, n_speakers), "now": now})
            batch_q.append({"a": r.randint(1, n_articles), "s": r.randint(1, n_speakers), "c": cid,
                            "t": txt or "Repeated: " + g.sentence(),
                            "d": f"20{r.randint(15, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"})
            if len(batch_q) >= 20000:
                _flush(c, text, batch_c, batch_q)
        _flush(c, text, batch_c, batch_q)
    # The state a served archive is in (autovacuum runs after big loads): statistics, and on
    # PostgreSQL a visibility map, without which no index-only scan can skip the table.
    with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE" if eng.dialect.name == "postgresql" else "ANALYZE"))
    eng.dispose()
    return {"speaker": names[7].split()[-1], "search": "structural causes", "claim": max(1, n_claims // 3)}


def _flush(c, text, batch_c, batch_q):
    if batch_c:
        c.execute(text("INSERT INTO claim (id, text, speaker_id, origin, status, version, n_terms, created_at, "
                       "updated_at) VALUES (:id, :t, :s, 'quote', 'unreviewed', 1, 0, :now, :now)"), batch_c)
    if batch_q:
        c.execute(text('INSERT INTO quote (article_id, speaker_id, claim_id, text, kind, start, "end", said_on, '
                       "date_source) VALUES (:a, :s, :c, :t, 'direct', 0, 10, :d, 'article')"), batch_q)
    batch_c.clear()
    batch_q.clear()


def capture(url: str, argv: list[str]) -> list[tuple[str, object]]:
    """The SELECTs `claims ARGV` runs, with their parameters (in process)."""
    import contextlib
    import io

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "alembic_version" not in statement:
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", grab)
    old = sys.argv
    sys.argv = ["claims", "--db", url, *argv]
    try:
        from claims.cli import main, state

        state._db = None
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                main()
            except SystemExit:
                pass
    finally:
        sys.argv = old
        event.remove(Engine, "before_cursor_execute", grab)
    return seen


def bare_script(url: str, stmts: list[tuple[str, object]]) -> list[str]:
    from claims.store.engine import normalise_url

    payload = json.dumps([[s, list(p) if isinstance(p, (tuple, list)) else p] for s, p in stmts], default=str)
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[1]
        code = ("import json,sys,sqlite3\nc=sqlite3.connect(sys.argv[1])\n"
                "for s,p in json.loads(sys.argv[2]):\n c.execute(s,p).fetchall()\n")
        return [sys.executable, "-c", code, path, payload]
    dsn = normalise_url(url).replace("postgresql+psycopg://", "postgresql://")
    code = ("import json,sys,psycopg\nc=psycopg.connect(sys.argv[1])\n"
            "for s,p in json.loads(sys.argv[2]):\n c.execute(s,p).fetchall()\n")
    return [sys.executable, "-c", code, dsn, payload]


def median_ms(cmd: list[str], runs: int, env=None) -> float:
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


def run(url: str, label: str, runs: int, names: dict) -> None:
    claims = [sys.executable, "-m", "claims", "--db", url]
    # the CLI's start-up: a database command with nothing to do (an empty SQLite database)
    with tempfile.TemporaryDirectory() as tmp:
        empty = [sys.executable, "-m", "claims", "--db", f"sqlite:///{tmp}/empty.db", "list", "--limit", "1"]
        subprocess.run(empty, capture_output=True, check=True)
        startup = median_ms(empty, runs)
    cases = {
        f"list --speaker {names['speaker']} --limit 20": ["list", "--speaker", names["speaker"], "--limit", "20"],
        f"list --search '{names['search']}' --limit 20": ["list", "--search", names["search"], "--limit", "20"],
        f"show {names['claim']}": ["show", str(names["claim"])],
        "repeated --limit 20": ["repeated", "--limit", "20"],
    }
    print(f"[{label}] CLI start-up (claims list --limit 1, empty SQLite): {startup:.0f} ms")
    for name, argv in cases.items():
        stmts = capture(url, argv)
        bare = median_ms(bare_script(url, stmts), runs)
        whole = median_ms([*claims, *argv, "--format", "json"], runs)
        verdict = "ok" if whole <= 2 * (bare + startup) else "SLOW"
        print(f"[{label}] claims {name:45s} {whole:7.0f} ms   bare {bare:7.0f} ms   "
              f"({whole / (bare + startup):.2f}x bare+start-up) {verdict}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--pg", help="PostgreSQL admin URL: also measure there (a database is created)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=pathlib.Path, help="SQLite file to build (or reuse if it exists)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = a.keep or pathlib.Path(tmp) / "big.db"
        url = f"sqlite:///{path}"
        meta = path.with_suffix(".json")
        if path.exists() and meta.exists():
            names = json.loads(meta.read_text())
        else:
            t0 = time.perf_counter()
            names = fill(url, a.quotes)
            meta.write_text(json.dumps(names))
            print(f"built {a.quotes:,} quotes in SQLite in {time.perf_counter() - t0:.0f} s "
                  f"({path.stat().st_size / 2**20:.0f} MiB)", flush=True)
        run(url, "sqlite", a.runs, names)
        if a.pg:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            from claims.store.engine import normalise_url

            eng = create_engine(normalise_url(a.pg), isolation_level="AUTOCOMMIT")
            with eng.connect() as c:
                c.execute(text('DROP DATABASE IF EXISTS "claims_bench_queries" WITH (FORCE)'))
                c.execute(text('CREATE DATABASE "claims_bench_queries"'))
            eng.dispose()
            pg = make_url(a.pg).set(database="claims_bench_queries").render_as_string(hide_password=False)
            t0 = time.perf_counter()
            names_pg = fill(pg, a.quotes)
            print(f"built {a.quotes:,} quotes in PostgreSQL in {time.perf_counter() - t0:.0f} s", flush=True)
            run(pg, "postgresql", a.runs, names_pg)
    os.environ.pop("CLAIMS_DEBUG", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
