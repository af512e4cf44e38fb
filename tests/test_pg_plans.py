"""PostgreSQL serves the everyday listings from indexes: EXPLAIN of the statements `claims
list --speaker` (by name, and by the label of a speaker the text never names) and `--search`
really run, on tables large enough for the planner to care, must show no sequential scan of
quote, speaker or speaker_alias."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event, text

from claims.store.engine import open_database
from claims.store.listing import QuoteFilter
from claims.usecases import browse

pytestmark = pytest.mark.postgres


@pytest.fixture
def big_pg(pg_url):
    db = open_database(pg_url)
    with db.engine.begin() as c:
        c.execute(text("""
            INSERT INTO speaker (id, name, folded, kind, created_at)
            SELECT g, 'Person ' || g, 'person ' || g || ' ' || substr(md5(g::text), 1, 8), 'person', now()
            FROM generate_series(1, 200000) g"""))
        c.execute(text("""
            INSERT INTO speaker_alias (speaker_id, alias, folded, origin)
            SELECT g, 'P' || g, 'p' || g || ' ' || substr(md5(g::text), 1, 8), 'auto'
            FROM generate_series(1, 200000) g"""))
        c.execute(text("""
            INSERT INTO speaker (id, name, folded, kind, created_at)
            VALUES (200001, 'Antony Blinken', 'antony blinken', 'person', now())"""))
        c.execute(text("""
            INSERT INTO article (id, content_hash, body, raw, date_precision, loaded_at, published)
            SELECT g, md5(g::text), 'body', 'raw', 'day', now(), date '2020-01-01' + (g % 1000)
            FROM generate_series(1, 20000) g"""))
        c.execute(text("""
            INSERT INTO quote (article_id, speaker_id, text, kind, start, "end", said_on, date_source)
            SELECT 1 + g % 20000, CASE WHEN g % 1000 = 0 THEN 200001 ELSE 1 + g % 200000 END,
                   'statement number ' || g || ' about ' || md5(g::text), 'direct', 0, 10,
                   date '2020-01-01' + (g % 1000), 'article'
            FROM generate_series(1, 200000) g"""))
        c.execute(text("""
            INSERT INTO quote (article_id, speaker_id, text, kind, start, "end", said_on, date_source)
            VALUES (1, 200001, 'the structural causes of migration', 'direct', 0, 10, date '2024-01-19', 'article')"""))
        c.execute(text("""
            INSERT INTO quote (article_id, speaker_id, speaker_label, speaker_label_folded, text, kind, start,
                               "end", said_on, date_source)
            SELECT 1 + g % 20000, NULL, 'A spokesperson ' || g, 'a spokesperson ' || g, 'unnamed ' || g,
                   'direct', 0, 10, date '2020-01-01' + (g % 1000), 'article'
            FROM generate_series(1, 20000) g"""))
        c.execute(text("""
            INSERT INTO quote (article_id, speaker_id, speaker_label, speaker_label_folded, text, kind, start,
                               "end", said_on, date_source)
            VALUES (1, NULL, 'A Waymo spokesperson', 'a waymo spokesperson', 'focused on safety', 'partial',
                    0, 10, date '2024-01-19', 'article')"""))
        c.execute(text("SELECT setval(pg_get_serial_sequence('speaker', 'id'), 200001)"))
        for t in ("speaker", "speaker_alias", "article", "quote"):
            c.execute(text(f"ANALYZE {t}"))
    yield db
    db.engine.dispose()


def _plans(db, f: QuoteFilter) -> tuple[list, list[str]]:
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        rows = browse.quotes(db, f)
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    plans = []
    with db.engine.connect() as c:
        raw = c.connection.dbapi_connection
        with raw.cursor() as cur:
            for sql, params in seen:
                cur.execute("EXPLAIN " + sql, params)
                plans.append("\n".join(r[0] for r in cur.fetchall()))
    return rows, plans


def test_listings_use_indexes(big_pg):
    for f, expect in [(QuoteFilter(speaker="blinken", limit=20), 201),
                      (QuoteFilter(speaker="waymo", limit=20), 1),
                      (QuoteFilter(search="structural causes", limit=20), 1)]:
        rows, plans = _plans(big_pg, f)
        assert len(rows) == min(expect, 20) and plans
        for plan in plans:
            assert not re.search(r"Seq Scan on (quote|speaker|speaker_alias)\b", plan), plan


@pytest.fixture
def big_index(pg_url):
    """Up to 900,000 postings of 30,000 claims."""
    db = open_database(pg_url)
    with db.engine.begin() as c:
        c.execute(text("""
            INSERT INTO claim (id, text, origin, status, version, n_terms, created_at, updated_at)
            SELECT g, 'claim ' || g, 'quote', 'unreviewed', 1, 10, now(), now()
            FROM generate_series(1, 30000) g"""))
        # Terms as skewed as words are (a few in most claims, most in very few): the
        # planner's average postings per term is then far above what a query's rare terms have.
        c.execute(text("""
            INSERT INTO claim_term (term, claim_id, tf)
            SELECT 't' || floor(power(((g * 7919 + k * 104729) % 100003) / 100003.0, 3) * 50000), g, 1
            FROM generate_series(1, 30000) g, generate_series(1, 30) k
            ON CONFLICT DO NOTHING"""))
        # As on a real archive, where ANALYZE's sample sees a fraction of the vocabulary:
        # the planner believes each term has thousands of postings.
        c.execute(text("ALTER TABLE claim_term ALTER COLUMN term SET (n_distinct = 300)"))
        for t in ("claim", "claim_term"):
            c.execute(text(f"ANALYZE {t}"))
    yield db
    db.engine.dispose()


def test_ranking_reads_postings_by_term(big_index):
    """The load ranks every new quote against the index: that statement must read each of
    the query's terms through the index, never scan all postings (which grows with the
    archive and made a PostgreSQL load slow down article after article)."""
    from claims.store import index

    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("WITH q"):
            seen.append((statement, parameters))

    weights = {0: {f"t{i}": 1.0 for i in range(40000, 40040, 4)},
               1: {f"t{i}": 2.0 for i in range(40001, 40040, 4)}}
    event.listen(big_index.engine, "before_cursor_execute", grab)
    try:
        with big_index.session() as s:
            found = index.top_claims(s, weights, 10.0, 1.5, 0.4, 5)
    finally:
        event.remove(big_index.engine, "before_cursor_execute", grab)
    assert [len(found[0]), len(found[1])] == [5, 5]
    (sql, params), = seen
    with big_index.engine.begin() as c:
        with c.connection.dbapi_connection.cursor() as cur:
            cur.execute("SET LOCAL jit = off")  # as top_claims runs it
            cur.execute("EXPLAIN " + sql, params)
            plan = "\n".join(r[0] for r in cur.fetchall())
    assert "claim_term" in plan and not re.search(r"Seq Scan on claim(_term)?\b", plan), plan
