"""Read-side use cases: listings and details, and the small speaker fixes.

The listings read through Core on a read-only connection (store.listing); the ORM is
imported only by the functions that need objects, so `claims list` never loads it."""

from __future__ import annotations

from claims.store import listing
from claims.store.engine import Database
from claims.store.listing import QuoteFilter
from claims.store.tables import NAME_WIDTH, check_width


def articles(db: Database, limit: int | None, offset: int = 0) -> list[dict]:
    with db.reader() as conn:
        return listing.article_rows(conn, limit, offset)


def quotes(db: Database, f: QuoteFilter) -> list[dict]:
    with db.reader() as conn:
        return listing.quote_rows(conn, f)


def repeated(db: Database, min_articles: int, limit: int | None, offset: int = 0) -> list[dict]:
    with db.reader() as conn:
        return listing.repeated_rows(conn, min_articles, limit, offset)


def claim(db: Database, claim_id: int) -> dict:
    with db.reader() as conn:
        return listing.claim_detail(conn, claim_id)


def speakers(db: Database, name: str | None, limit: int | None, offset: int = 0) -> list[dict]:
    from claims.store import speakers as speakers_store

    with db.session() as s:
        return speakers_store.listing(s, name, limit, offset)


def merge_speakers(db: Database, target: str, others: list[str]) -> list[str]:
    from claims.store import speakers as speakers_store

    msgs = []
    with db.session() as s:
        keep = speakers_store.get(s, target)
        for o in others:
            other = speakers_store.get(s, o)
            name = other.name
            n = speakers_store.merge(s, keep, other)
            msgs.append(f"merged {name!r} into {keep.name!r} (speaker {keep.id}): {n} quotes moved")
    return msgs


def rename_speaker(db: Database, ident: str, new_name: str, role: str | None) -> str:
    from claims.store import speakers as speakers_store

    for what, value in (("name", new_name), ("role", role)):
        check_width(what, value, NAME_WIDTH)
    with db.session() as s:
        spk = speakers_store.get(s, ident)
        old = spk.name
        speakers_store.rename(s, spk, new_name)
        if role is not None:
            spk.role = role or None
        return f"speaker {spk.id}: {old!r} -> {spk.name!r}"
