"""PostgreSQL serves the everyday listings from indexes: EXPLAIN of the statements `claims
list --speaker` and `--search` really run, on tables large enough for the planner to care,
must show no sequential scan of quote, speaker or speaker_alias."""

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
                      (QuoteFilter(search="structural causes", limit=20), 1)]:
        rows, plans = _plans(big_pg, f)
        assert len(rows) == min(expect, 20) and plans
        for plan in plans:
            assert not re.search(r"Seq Scan on (quote|speaker|speaker_alias)\b", plan), plan
