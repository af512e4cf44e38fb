"""Reads and writes of articles, quotes and claims through the ORM. All SQL of the project
lives in claims/store; the layers above pass plain values and get dicts or model objects.
The listings, which need no objects, are in listing.py on Core."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, aliased

from claims.errors import NotFound
from claims.store import tables
from claims.store.listing import resolve_claim_row
from claims.store.models import Article, Claim, Quote


def get_article(s: Session, article_id: int) -> Article:
    a = s.get(Article, article_id)
    if a is None:
        raise NotFound(f"no article {article_id}")
    return a


def resolve_claim(s: Session, claim_id: int) -> tuple[Claim, list[int]]:
    """A claim by id, following merges: returns the surviving claim (an object, to change)
    and the chain of ids that redirected to it."""
    row, seen = resolve_claim_row(s, claim_id)
    return s.get(Claim, row.id), seen


# The writes every loaded article makes go through Core on the session's connection: one
# statement each, no objects to track (the ORM's unit of work cost more than the SQL).

def insert_article(s: Session, **fields) -> int:
    return s.connection().execute(insert(tables.article).values(**fields)).inserted_primary_key[0]


def insert_quotes(s: Session, rows: list[dict]) -> list[int]:
    """Quotes of one article in one statement; their ids in the rows' order."""
    if not rows:
        return []
    res = s.connection().execute(
        insert(tables.quote).returning(tables.quote.c.id, sort_by_parameter_order=True), rows)
    return [r[0] for r in res]


def new_claim(s: Session, **fields) -> Claim:
    c = Claim(**fields)
    s.add(c)
    s.flush()
    return c


def claims_by_ids(s: Session, ids: list[int]) -> dict[int, Claim]:
    if not ids:
        return {}
    return {c.id: c for c in s.scalars(select(Claim).where(Claim.id.in_(ids)))}


_HEADS_SQL: dict[tuple[str, int], str] = {}


def claim_heads(s: Session, ids: list[int]) -> dict[int, object]:
    """The few fields cross-referencing weighs (id, speaker_id, merged_into_id, verdict), as
    plain rows: this runs for every article loaded, so its SQL is built once per size."""
    out: dict[int, object] = {}
    conn = s.connection()
    ph = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    if ph == "%s":  # PostgreSQL: one array parameter, one statement text
        if ids:
            out.update((r.id, r) for r in conn.exec_driver_sql(
                "SELECT id, speaker_id, merged_into_id, verdict FROM claim "
                "WHERE id = ANY(%s::integer[])", (list(ids),)))
        return out
    for i in range(0, len(ids), 500):
        part = tuple(ids[i:i + 500])
        key = (ph, len(part))
        if key not in _HEADS_SQL:
            _HEADS_SQL[key] = ("SELECT id, speaker_id, merged_into_id, verdict FROM claim "
                               f"WHERE id IN ({', '.join([ph] * len(part))})")
        out.update((r.id, r) for r in conn.exec_driver_sql(_HEADS_SQL[key], part))
    return out


def external_ids(s: Session) -> dict[str, Claim]:
    return {c.external_id: c for c in s.scalars(select(Claim).where(Claim.external_id.is_not(None)))}


def insert_claims(s: Session, rows: list[dict]) -> list[int]:
    """New claims in one statement; their ids in the rows' order."""
    if not rows:
        return []
    res = s.connection().execute(
        insert(tables.claim).returning(tables.claim.c.id, sort_by_parameter_order=True), rows)
    return [r[0] for r in res]


def insert_links(s: Session, rows: list[dict]) -> None:
    """Suggested and automatic links (quote_id, claim_id, score, state) in one statement."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name == "postgresql":  # four arrays: no row-by-row protocol
        conn.exec_driver_sql(
            "INSERT INTO claim_link (quote_id, claim_id, score, state) SELECT * FROM "
            "unnest(%s::integer[], %s::integer[], %s::float8[], %s::varchar[])",
            tuple([r[k] for r in rows] for k in ("quote_id", "claim_id", "score", "state")))
        return
    conn.execute(insert(tables.claim_link), rows)


def suggestion_rows(s: Session, limit: int | None) -> list[dict]:
    from claims.store.models import ClaimLink

    target = aliased(Claim)
    q = (
        select(ClaimLink.id, ClaimLink.score, Quote.id.label("quote"), Quote.text.label("quote_text"),
               Quote.claim_id.label("quote_claim"), target.id.label("claim"), target.text.label("claim_text"))
        .join(Quote, Quote.id == ClaimLink.quote_id)
        .join(target, target.id == ClaimLink.claim_id)
        .where(ClaimLink.state == "suggested", Quote.claim_id != target.id)
        .order_by(ClaimLink.score.desc(), ClaimLink.id)
    )
    if limit:
        q = q.limit(limit)
    return [dict(r._mapping) for r in s.execute(q)]


def update_claim_versioned(s: Session, claim_id: int, version: int, values: dict) -> bool:
    """Optimistic write: apply `values` only if the claim is still at `version`."""
    from sqlalchemy import update

    from claims.store.models import utcnow

    res = s.execute(
        update(Claim).where(Claim.id == claim_id, Claim.version == version)
        .values(**values, version=version + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return res.rowcount == 1


def claim_version(s: Session, claim_id: int) -> int | None:
    return s.scalar(select(Claim.version).where(Claim.id == claim_id))
