"""Loads that are killed half-way, and loads that run at the same time: the database stays
consistent, and running the load again finishes the job without duplicates."""

from __future__ import annotations

import os
import pathlib
import signal
import time

import pytest
from sqlalchemy import create_engine, text

from claims.store.engine import normalise_url

SEEDS = sorted((pathlib.Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def make_batch(d: pathlib.Path, n: int) -> pathlib.Path:
    """n distinct articles: the seed articles, each copy with a paragraph of its own."""
    d.mkdir()
    for i in range(n):
        paras = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8").split("\n\n")
        # after the opening paragraphs, where nothing is trimmed as a trailer or a caption
        paras.insert(3, f"This is archive copy {i} of the wire story.")
        (d / f"{i:04d}-{i % len(SEEDS)}.txt").write_text("\n\n".join(paras), encoding="utf-8")
    return d


def counts(url: str) -> dict:
    eng = create_engine(normalise_url(url))
    try:
        with eng.connect() as c:
            q = lambda sql: c.execute(text(sql)).all()  # noqa: E731
            return {
                "articles": q("SELECT count(*) FROM article")[0][0],
                "per_article": q("SELECT a.source, count(q.id) FROM article a LEFT JOIN quote q "
                                 "ON q.article_id = a.id GROUP BY a.id, a.source"),
                "orphan_quotes": q("SELECT count(*) FROM quote q LEFT JOIN article a ON a.id = q.article_id "
                                   "WHERE a.id IS NULL")[0][0],
                "no_claim": q("SELECT count(*) FROM quote WHERE claim_id IS NULL")[0][0],
                "dup_speakers": q("SELECT folded FROM speaker GROUP BY folded HAVING count(*) > 1"),
                "dup_articles": q("SELECT content_hash FROM article GROUP BY content_hash HAVING count(*) > 1"),
            }
    except Exception:  # schema not there yet
        return {"articles": 0}
    finally:
        eng.dispose()


def assert_consistent(c: dict) -> None:
    assert c["orphan_quotes"] == 0 and c["no_claim"] == 0
    assert not c["dup_speakers"] and not c["dup_articles"]
    # every article has all of its quotes: copies of one seed all have the same number
    by_seed: dict[str, set[int]] = {}
    for source, n in c["per_article"]:
        by_seed.setdefault(pathlib.Path(source).stem.split("-")[1], set()).add(n)
    assert all(len(ns) == 1 and min(ns) > 0 for ns in by_seed.values()), by_seed


@pytest.mark.parametrize("sig, jobs", [(signal.SIGINT, 1), (signal.SIGINT, 2), (signal.SIGKILL, 1)],
                         ids=["SIGINT", "SIGINT-2-jobs", "SIGKILL"])
def test_interrupted_load_is_consistent_and_resumes(cli, claims_proc, db_url, tmp_path, sig, jobs):
    batch = make_batch(tmp_path / "batch", 120)
    assert cli("--db", db_url, "db", "upgrade").code == 0
    # Ctrl-C at a terminal reaches the whole process group: the extraction workers too
    p = claims_proc("--db", db_url, "load", batch, "--jobs", jobs, start_new_session=True)
    deadline = time.monotonic() + 120
    while counts(db_url)["articles"] < 10:
        assert p.poll() is None, "the load finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(p.pid, sig)
    _, err = p.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert p.returncode == 130 and "interrupted" in err and "Traceback" not in err, err
    else:
        assert p.returncode == -signal.SIGKILL
    c = counts(db_url)
    assert 10 <= c["articles"] < 120
    assert_consistent(c)
    r = cli("--db", db_url, "load", batch)
    assert r.code == 0, r.err
    assert f"{120 - c['articles']} loaded, {c['articles']} already present" in r.err
    c = counts(db_url)
    assert c["articles"] == 120
    assert_consistent(c)


def _children(pid: int) -> list[int]:
    out = []
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not pathlib.Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_jobs_workers_leave_when_the_loader_is_killed(claims_proc, tmp_path):
    """The OOM killer or a kill -9 takes the loader alone: its --jobs workers must not stay
    behind, blocked on a queue nobody will write to again."""
    batch = make_batch(tmp_path / "batch", 120)
    url = f"sqlite:///{tmp_path / 'k.db'}"
    p = claims_proc("--db", url, "load", batch, "--jobs", "2")
    deadline = time.monotonic() + 120
    while counts(url)["articles"] < 5 or len(_children(p.pid)) < 2:
        assert p.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    workers = _children(p.pid)
    p.kill()  # the parent only
    p.wait()
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "workers outlived their loader"


def test_concurrent_loads_store_each_article_once(cli, claims_proc, db_url, tmp_path):
    batch = make_batch(tmp_path / "batch", 60)
    other = make_batch(tmp_path / "other", 80)  # overlaps: its first 60 are the same texts
    assert cli("--db", db_url, "db", "upgrade").code == 0
    procs = [claims_proc("--db", db_url, "load", batch), claims_proc("--db", db_url, "load", other),
             claims_proc("--db", db_url, "load", batch)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    c = counts(db_url)
    assert c["articles"] == 80
    assert_consistent(c)


def test_parallel_load_stores_what_one_process_stores(cli, tmp_path):
    """--jobs spreads extraction and the claim index lookups over processes; the database
    ends up the same whatever the number of workers (quotes, their claims, the suggestions,
    in the same order), and a bad file among them is still reported on its own."""
    import json

    batch = make_batch(tmp_path / "batch", 40)
    (batch / "9999-bad.txt").write_bytes(b"\xff\xfe not utf-8 \x81")
    out = {}
    for jobs in (1, 2, 3):
        url = f"sqlite:///{tmp_path / f'j{jobs}.db'}"
        r = cli("--db", url, "load", batch, "--jobs", str(jobs))
        assert r.code == 1 and r.err.count("9999-bad.txt") == 1, r.err
        quotes = [(q["article"], q["speaker"], q["text"], q["claim"]) for q in
                  json.loads(cli("--db", url, "list", "--limit", "0", "--format", "json").out)]
        suggested = cli("--db", url, "suggestions", "--limit", "0", "--format", "json").out
        out[jobs] = (quotes, suggested)
    assert out[1] == out[2] == out[3] and len(out[1][0]) > 100


def test_claims_stored_since_a_reading_come_the_same_from_memory_or_the_index(cli, tmp_path, monkeypatch):
    """The writer catches a lagged reading up with the claims stored since: its own, from
    memory, and another loader's, read back from the index. Both ways give the same load."""
    import json

    import claims.xref as xref

    batch = make_batch(tmp_path / "batch", 30)

    class Forgetful(xref.RecentClaims):  # nothing kept: every newer claim read from the index
        def __init__(self) -> None:
            super().__init__(size=0)

    out = []
    for name in ("memory", "index"):
        if name == "index":
            monkeypatch.setattr(xref, "RecentClaims", Forgetful)
        url = f"sqlite:///{tmp_path / f'{name}.db'}"
        assert cli("--db", url, "load", batch).code == 0
        out.append([(q["text"], q["claim"]) for q in
                    json.loads(cli("--db", url, "list", "--limit", "0", "--format", "json").out)])
    assert out[0] == out[1] and len({c for _, c in out[0]}) < len(out[0])  # some quotes joined
