"""The listings (`claims list`, `articles`, `repeated`) and a claim's detail (`show`,
`export`) on SQLAlchemy Core.

They build no objects, so they run on a plain Connection and never import the ORM: a
`claims list` starts in the time of SQLAlchemy Core plus the query (issue 6's start-up
goal). Every function takes a Connection or a Session (both have execute and scalars).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, false, func, literal_column, or_, select, text, union

from claims.dates import period_iso
from claims.errors import NotFound
from claims.store.tables import article, claim, quote, speaker, speaker_alias, status_event
from claims.textutil import fold_name, like_escape, words


@dataclass
class QuoteFilter:
    speaker: str | None = None
    article: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str | None = None
    kind: str | None = None
    status: str | None = None
    verdict: str | None = None
    claim: int | None = None
    limit: int | None = 50
    offset: int = 0

    def __post_init__(self) -> None:
        # NUL cannot be stored or compared in PostgreSQL text; no stored text holds one.
        for name in ("speaker", "search", "kind", "status", "verdict"):
            v = getattr(self, name)
            if v is not None:
                setattr(self, name, v.replace("\x00", ""))


def _dialect(conn: Any) -> str:
    return conn.get_bind().dialect.name if hasattr(conn, "get_bind") else conn.dialect.name


def fts_query(user_text: str) -> str | None:
    """User text to an FTS5 query that matches literally: every word quoted, all required."""
    toks = words(user_text)
    return " ".join('"' + t.replace('"', '""') + '"' for t in toks) or None


def find_speaker_ids(conn: Any, name: str) -> list[int]:
    """Speakers whose name or any alias contains the folded text: "barcena" finds
    "Alicia Bárcena"; LIKE wildcards in the input match literally."""
    key = fold_name(name.replace("\x00", ""))
    if not key:
        return []
    pat = "%" + like_escape(key) + "%"
    q = union(
        select(speaker.c.id).where(speaker.c.folded.like(pat, escape="\\")),
        select(speaker_alias.c.speaker_id).where(speaker_alias.c.folded.like(pat, escape="\\")),
    )
    return sorted(set(conn.scalars(q)))


def unnamed_label_matches(name: str) -> Any:
    """Quotes whose speaker the text never names ("A Waymo spokesperson") and whose label
    holds the text, folded as names are; LIKE wildcards match literally. The condition
    repeats the partial index's `speaker_id IS NULL` (PostgreSQL) so that the index serves it."""
    key = fold_name(name.replace("\x00", ""))
    if not key:
        return None
    return and_(quote.c.speaker_id.is_(None),
                quote.c.speaker_label_folded.like("%" + like_escape(key) + "%", escape="\\"))


def quote_rows(conn: Any, f: QuoteFilter) -> list[dict]:
    q = (
        select(quote, article.c.outlet, article.c.title, speaker.c.name.label("speaker_name"),
               claim.c.status, claim.c.verdict)
        .join(article, article.c.id == quote.c.article_id)
        .outerjoin(speaker, speaker.c.id == quote.c.speaker_id)
        .outerjoin(claim, claim.c.id == quote.c.claim_id)
    )
    conds = []
    if f.speaker is not None:
        ids = find_speaker_ids(conn, f.speaker)
        unnamed = unnamed_label_matches(f.speaker)
        if unnamed is not None:
            conds.append(or_(quote.c.speaker_id.in_(ids), unnamed) if ids else unnamed)
        else:
            conds.append(quote.c.speaker_id.in_(ids) if ids else false())
    if f.article is not None:
        conds.append(quote.c.article_id == f.article)
    if f.claim is not None:
        conds.append(quote.c.claim_id == f.claim)
    if f.since:
        conds.append(quote.c.said_on >= f.since)
    if f.until:
        conds.append(quote.c.said_on <= f.until)
    if f.kind:
        conds.append(quote.c.kind == f.kind)
    if f.status:
        conds.append(claim.c.status == f.status)
    if f.verdict:
        conds.append(claim.c.verdict == f.verdict)
    params = {}
    if f.search:
        if _dialect(conn) == "sqlite":
            match = fts_query(f.search)
            if match is None:
                conds.append(false())
            else:
                conds.append(quote.c.id.in_(
                    select(literal_column("rowid")).select_from(text("quote_fts"))
                    .where(text("quote_fts MATCH :fts"))
                ))
                params["fts"] = match
        else:
            conds.append(text("to_tsvector('english', quote.text) @@ plainto_tsquery('english', :fts)"))
            params["fts"] = f.search
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(quote.c.said_on.is_(None), quote.c.said_on.desc(), quote.c.id).offset(f.offset)
    if f.limit:
        q = q.limit(f.limit)
    return [
        {
            "id": r.id,
            "date": period_iso(r.said_on, r.date_precision),
            "speaker": r.speaker_name or r.speaker_label,
            "speaker_id": r.speaker_id,
            "speaker_kind": r.speaker_kind,
            "text": r.text,
            "kind": r.kind,
            "cue": r.cue,
            "article": r.article_id,
            "outlet": r.outlet,
            "title": r.title,
            "claim": r.claim_id,
            "status": r.status,
            "verdict": r.verdict,
        }
        for r in conn.execute(q, params)
    ]


def article_id_by_hash(conn: Any, content_hash: str) -> int | None:
    """The article with this text, if stored (a Connection or a Session)."""
    return conn.execute(select(article.c.id).where(article.c.content_hash == content_hash)).scalar()


def article_rows(conn: Any, limit: int | None, offset: int = 0) -> list[dict]:
    n_quotes = (
        select(func.count(quote.c.id)).where(quote.c.article_id == article.c.id).scalar_subquery()
    )
    q = (
        select(article.c.id, article.c.published, article.c.date_precision, article.c.outlet,
               article.c.title, article.c.byline, article.c.url, article.c.source,
               n_quotes.label("n"))
        .order_by(article.c.id).offset(offset)
    )
    if limit:
        q = q.limit(limit)
    return [
        {
            "id": a.id,
            "date": a.published.isoformat() if a.published else None,
            "date_precision": a.date_precision,
            "outlet": a.outlet,
            "title": a.title,
            "byline": a.byline,
            "url": a.url,
            "source": a.source,
            "quotes": a.n,
        }
        for a in conn.execute(q)
    ]


def repeated_rows(conn: Any, min_articles: int, limit: int | None, offset: int = 0) -> list[dict]:
    # Quotes are grouped on their own first, from the index on (claim_id, article_id, said_on)
    # alone; only the claims that pass are then joined to their rows. Joining first made every
    # quote of the archive fetch its claim's row (1.45 against 0.76 s at a million quotes).
    n_art = func.count(func.distinct(quote.c.article_id))
    g = (
        select(quote.c.claim_id, n_art.label("articles"), func.count().label("appearances"),
               func.min(quote.c.said_on).label("first"), func.max(quote.c.said_on).label("last"))
        .where(quote.c.claim_id.is_not(None))
        .group_by(quote.c.claim_id)
        .having(n_art >= min_articles)
        .subquery("g")
    )
    q = (
        select(claim.c.id, claim.c.text, claim.c.status, claim.c.verdict, g.c.articles,
               g.c.appearances, g.c.first, g.c.last)
        .join(g, g.c.claim_id == claim.c.id)
        .where(claim.c.merged_into_id.is_(None))
        .order_by(g.c.articles.desc(), g.c.appearances.desc(), g.c.last.desc(), claim.c.id)
        .offset(offset)
    )
    if limit:
        q = q.limit(limit)
    rows = conn.execute(q).all()
    names: dict[int, list[str]] = {}
    if rows:
        for cid, name, label in conn.execute(
            select(quote.c.claim_id, speaker.c.name, quote.c.speaker_label)
            .outerjoin(speaker, speaker.c.id == quote.c.speaker_id)
            .where(quote.c.claim_id.in_([r.id for r in rows]))
            .order_by(quote.c.id)
        ):
            n = name or label
            if n and n not in names.setdefault(cid, []):
                names[cid].append(n)
    return [
        {"id": r.id, "text": r.text, "speakers": names.get(r.id, []),
         "first_date": r.first.isoformat() if r.first else None,
         "last_date": r.last.isoformat() if r.last else None,
         "articles": r.articles, "appearances": r.appearances,
         "status": r.status, "verdict": r.verdict}
        for r in rows
    ]


def resolve_claim_row(conn: Any, claim_id: int) -> tuple[Any, list[int]]:
    """A claim's row by id, following merges: the surviving claim and the chain of ids that
    redirected to it (a Connection or a Session)."""
    seen: list[int] = []
    get = lambda cid: conn.execute(select(claim).where(claim.c.id == cid)).first()  # noqa: E731
    c = get(claim_id)
    while c is not None and c.merged_into_id is not None and c.id not in seen:
        seen.append(c.id)
        c = get(c.merged_into_id)
    if c is None:
        raise NotFound(f"no claim {claim_id}")
    return c, seen


def claim_detail(conn: Any, claim_id: int) -> dict:
    """A claim with every appearance in context and its history."""
    c, redirected = resolve_claim_row(conn, claim_id)
    rows = conn.execute(
        select(quote, article.c.outlet, article.c.title, article.c.url, article.c.source,
               speaker.c.name.label("speaker_name"), speaker.c.role.label("speaker_role"))
        .join(article, article.c.id == quote.c.article_id)
        .outerjoin(speaker, speaker.c.id == quote.c.speaker_id)
        .where(quote.c.claim_id == c.id)
        .order_by(quote.c.said_on.is_(None), quote.c.said_on, quote.c.id)
    ).all()
    appearances = [
        {
            "quote": q.id,
            "article": q.article_id,
            "outlet": q.outlet,
            "title": q.title,
            "url": q.url,
            "source": q.source,
            "date": period_iso(q.said_on, q.date_precision),
            "date_source": q.date_source,
            "date_precision": q.date_precision if q.said_on else None,
            "speaker": q.speaker_name or q.speaker_label,
            "speaker_id": q.speaker_id,
            "speaker_kind": q.speaker_kind,
            "role": q.role or q.speaker_role,
            "text": q.text,
            "kind": q.kind,
            "cue": q.cue,
            "sentence": q.sentence,
        }
        for q in rows
    ]
    sp = conn.execute(select(speaker.c.name, speaker.c.role).where(speaker.c.id == c.speaker_id)).first() \
        if c.speaker_id is not None else None
    history = [event_dict(e) for e in conn.execute(
        select(status_event).where(status_event.c.claim_id == c.id).order_by(status_event.c.id))]
    dates = [x["date"] for x in appearances if x["date"]]
    return {
        "id": c.id,
        "redirected_from": redirected,
        "external_id": c.external_id,
        "text": c.text,
        "speaker": sp.name if sp else (appearances[0]["speaker"] if appearances else None),
        "speaker_id": c.speaker_id,
        "role": (sp.role if sp else None) or next((x["role"] for x in appearances if x["role"]), None),
        "status": c.status,
        "verdict": c.verdict,
        "version": c.version,
        "origin": c.origin,
        "title": c.title,
        "url": c.url,
        "first_date": min(dates) if dates else (c.claim_date.isoformat() if c.claim_date else None),
        "last_date": max(dates) if dates else (c.claim_date.isoformat() if c.claim_date else None),
        "articles": len({x["article"] for x in appearances}),
        "appearances": appearances,
        "history": history,
    }


def _utc_iso(at: dt.datetime | None) -> str | None:
    """Times are stored in UTC; SQLite hands them back without the zone, PostgreSQL with it.
    Both come out the same."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone(dt.timezone.utc).isoformat()


def event_dict(e: Any) -> dict:
    """A status event (a row or a mapped object: the same attributes) for output."""
    import json

    return {
        "id": e.id,
        "claim": e.claim_id,
        "at": _utc_iso(e.at),
        "by": e.by,
        "field": e.field,
        "old": e.old,
        "new": e.new,
        "note": e.note,
        "sources": json.loads(e.sources) if e.sources else [],
        "undoes": e.undoes_id,
    }
