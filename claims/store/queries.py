"""Reads and writes of articles, quotes and claims. All SQL of the project lives in
claims/store; the layers above pass plain values and get dicts or model objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, literal_column, select, text
from sqlalchemy.orm import Session, aliased

from claims.errors import NotFound
from claims.store.models import Article, Claim, Quote, Speaker, StatusEvent
from claims.store import speakers as speakers_store
from claims.textutil import words


def article_by_hash(s: Session, content_hash: str) -> Article | None:
    return s.scalar(select(Article).where(Article.content_hash == content_hash))


def article_rows(s: Session, limit: int | None, offset: int = 0) -> list[dict]:
    n_quotes = (
        select(func.count(Quote.id)).where(Quote.article_id == Article.id).scalar_subquery()
    )
    q = select(Article, n_quotes.label("n")).order_by(Article.id).offset(offset)
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
            "quotes": n,
        }
        for a, n in s.execute(q)
    ]


def get_article(s: Session, article_id: int) -> Article:
    a = s.get(Article, article_id)
    if a is None:
        raise NotFound(f"no article {article_id}")
    return a


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


def fts_query(user_text: str) -> str | None:
    """User text to an FTS5 query that matches literally: every word quoted, all required."""
    toks = words(user_text)
    return " ".join('"' + t.replace('"', '""') + '"' for t in toks) or None


def quote_rows(s: Session, f: QuoteFilter) -> list[dict]:
    spk = aliased(Speaker)
    q = (
        select(Quote, Article.outlet, Article.title, spk.name, Claim.status, Claim.verdict)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(spk, spk.id == Quote.speaker_id)
        .outerjoin(Claim, Claim.id == Quote.claim_id)
    )
    conds = []
    if f.speaker is not None:
        ids = speakers_store.find_ids(s, f.speaker)
        conds.append(Quote.speaker_id.in_(ids) if ids else literal_column("1") == 0)
    if f.article is not None:
        conds.append(Quote.article_id == f.article)
    if f.claim is not None:
        conds.append(Quote.claim_id == f.claim)
    if f.since:
        conds.append(Quote.said_on >= f.since)
    if f.until:
        conds.append(Quote.said_on <= f.until)
    if f.kind:
        conds.append(Quote.kind == f.kind)
    if f.status:
        conds.append(Claim.status == f.status)
    if f.verdict:
        conds.append(Claim.verdict == f.verdict)
    if f.search:
        if s.get_bind().dialect.name == "sqlite":
            match = fts_query(f.search)
            if match is None:
                conds.append(literal_column("1") == 0)
            else:
                conds.append(Quote.id.in_(
                    select(literal_column("rowid")).select_from(text("quote_fts"))
                    .where(text("quote_fts MATCH :fts"))
                ))
        else:
            conds.append(text("to_tsvector('english', quote.text) @@ plainto_tsquery('english', :fts)"))
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(Quote.said_on.is_(None), Quote.said_on.desc(), Quote.id)
    q = q.offset(f.offset)
    if f.limit:
        q = q.limit(f.limit)
    params = {}
    if f.search:
        params["fts"] = fts_query(f.search) if s.get_bind().dialect.name == "sqlite" else f.search
    return [quote_dict(row.Quote, row.outlet, row.title, row.name, row.status, row.verdict)
            for row in s.execute(q, params)]


def quote_dict(qt: Quote, outlet, title, speaker_name, status, verdict) -> dict:
    return {
        "id": qt.id,
        "date": qt.said_on.isoformat() if qt.said_on else None,
        "speaker": speaker_name or qt.speaker_label,
        "speaker_id": qt.speaker_id,
        "speaker_kind": qt.speaker_kind,
        "text": qt.text,
        "kind": qt.kind,
        "cue": qt.cue,
        "article": qt.article_id,
        "outlet": outlet,
        "title": title,
        "claim": qt.claim_id,
        "status": status,
        "verdict": verdict,
    }


def resolve_claim(s: Session, claim_id: int) -> tuple[Claim, list[int]]:
    """A claim by id, following merges: returns the surviving claim and the chain of ids
    that redirected to it."""
    seen: list[int] = []
    c = s.get(Claim, claim_id)
    while c is not None and c.merged_into_id is not None and c.id not in seen:
        seen.append(c.id)
        c = s.get(Claim, c.merged_into_id)
    if c is None:
        raise NotFound(f"no claim {claim_id}")
    return c, seen


def claim_detail(s: Session, claim_id: int) -> dict:
    c, redirected = resolve_claim(s, claim_id)
    rows = s.execute(
        select(Quote, Article, Speaker)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
        .where(Quote.claim_id == c.id)
        .order_by(Quote.said_on.is_(None), Quote.said_on, Quote.id)
    ).all()
    appearances = [
        {
            "quote": q.id,
            "article": a.id,
            "outlet": a.outlet,
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "date": q.said_on.isoformat() if q.said_on else None,
            "date_source": q.date_source,
            "speaker": sp.name if sp else q.speaker_label,
            "speaker_id": q.speaker_id,
            "speaker_kind": q.speaker_kind,
            "role": q.role or (sp.role if sp else None),
            "text": q.text,
            "kind": q.kind,
            "cue": q.cue,
            "sentence": q.sentence,
        }
        for q, a, sp in rows
    ]
    speaker = c.speaker
    history = [event_dict(e) for e in s.scalars(
        select(StatusEvent).where(StatusEvent.claim_id == c.id).order_by(StatusEvent.id))]
    dates = [x["date"] for x in appearances if x["date"]]
    return {
        "id": c.id,
        "redirected_from": redirected,
        "external_id": c.external_id,
        "text": c.text,
        "speaker": speaker.name if speaker else (appearances[0]["speaker"] if appearances else None),
        "speaker_id": c.speaker_id,
        "role": (speaker.role if speaker else None) or next((x["role"] for x in appearances if x["role"]), None),
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


def event_dict(e: StatusEvent) -> dict:
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


def add_article(s: Session, **fields) -> Article:
    a = Article(**fields)
    s.add(a)
    s.flush()
    return a




def add_quotes(s: Session, rows: list[dict]) -> list[Quote]:
    """Quotes of one article, inserted together (one flush)."""
    qs = [Quote(**r) for r in rows]
    s.add_all(qs)
    s.flush()
    return qs


def new_claim(s: Session, **fields) -> Claim:
    c = Claim(**fields)
    s.add(c)
    s.flush()
    return c


def repeated_rows(s: Session, min_articles: int, limit: int | None, offset: int = 0) -> list[dict]:
    n_art = func.count(func.distinct(Quote.article_id))
    q = (
        select(Claim.id, Claim.text, Claim.status, Claim.verdict, n_art.label("articles"),
               func.count(Quote.id).label("appearances"),
               func.min(Quote.said_on).label("first"), func.max(Quote.said_on).label("last"))
        .join(Quote, Quote.claim_id == Claim.id)
        .where(Claim.merged_into_id.is_(None))
        .group_by(Claim.id, Claim.text, Claim.status, Claim.verdict)
        .having(n_art >= min_articles)
        .order_by(n_art.desc(), func.count(Quote.id).desc(), func.max(Quote.said_on).desc(), Claim.id)
        .offset(offset)
    )
    if limit:
        q = q.limit(limit)
    rows = s.execute(q).all()
    names: dict[int, list[str]] = {}
    if rows:
        spk = aliased(Speaker)
        for cid, name, label in s.execute(
            select(Quote.claim_id, spk.name, Quote.speaker_label)
            .outerjoin(spk, spk.id == Quote.speaker_id)
            .where(Quote.claim_id.in_([r.id for r in rows]))
            .order_by(Quote.id)
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


def claims_by_ids(s: Session, ids: list[int]) -> dict[int, Claim]:
    if not ids:
        return {}
    return {c.id: c for c in s.scalars(select(Claim).where(Claim.id.in_(ids)))}


def claim_heads(s: Session, ids: list[int]) -> dict[int, object]:
    """The few fields cross-referencing weighs (id, speaker_id, merged_into_id, verdict), as
    plain rows: this runs for every quote loaded."""
    if not ids:
        return {}
    q = select(Claim.id, Claim.speaker_id, Claim.merged_into_id, Claim.verdict).where(Claim.id.in_(ids))
    return {r.id: r for r in s.connection().execute(q)}


def external_ids(s: Session) -> dict[str, Claim]:
    return {c.external_id: c for c in s.scalars(select(Claim).where(Claim.external_id.is_not(None)))}


def insert_claims(s: Session, rows: list[dict]) -> list[int]:
    from sqlalchemy import insert

    if not rows:
        return []
    res = s.execute(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), rows)
    return [r[0] for r in res]


def insert_links(s: Session, rows: list[dict]) -> None:
    from sqlalchemy import insert

    from claims.store.models import ClaimLink

    if rows:
        s.execute(insert(ClaimLink), rows)


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
