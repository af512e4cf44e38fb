"""Speaker identity across the database: one row per person, found through the folded
spellings in speaker_alias ("Bárcena" = "Barcena"), and surname evidence only when it
points at exactly one person."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from claims.errors import ClaimsError, NotFound
from claims.store.listing import find_speaker_ids
from claims.store.models import Claim, Quote, Speaker, SpeakerAlias
from claims.store.tables import ID_MAX, NAME_WIDTH, clip, speaker, speaker_alias, utcnow
from claims.textutil import fold_name, like_escape

# Kinds whose mentions are never merged into one row across articles.
UNMERGED = {"anonymous", "group"}


def resolve(
    s: Session, name: str, kind: str = "person", role: str | None = None,
    aliases: list[str] | tuple[str, ...] = (),
) -> int | None:
    """The id of the speaker row for a name as an article gives it, created when new.

    Runs on Core (every loaded quote with a speaker comes through here): a name already
    known costs one indexed read."""
    if kind in UNMERGED:
        return None
    name, role = clip(name, NAME_WIDTH) or "", clip(role, NAME_WIDTH)  # (the columns' width)
    key = clip(fold_name(name), NAME_WIDTH)
    if not key:
        return None
    conn = s.connection()
    found = _id_by_alias(conn, key)
    if found is not None:  # this very spelling is an alias already
        sid, known_role = found
        if role and not known_role:
            conn.execute(update(speaker).where(speaker.c.id == sid).values(role=role))
        return sid
    for alias in aliases:
        found = _id_by_alias(conn, fold_name(alias))
        if found:
            break
    if found is None and len(key.split()) == 1:
        rows = conn.execute(
            select(speaker.c.id, speaker.c.role)
            .where(speaker.c.folded.like("% " + like_escape(key), escape="\\")).limit(2)
        ).all()
        found = tuple(rows[0]) if len(rows) == 1 else None
    if found is None:
        sid = conn.execute(insert(speaker).values(
            name=name, folded=key, role=role, kind=kind, created_at=utcnow(),
        )).inserted_primary_key[0]
    else:
        sid, known_role = found
        if role and not known_role:
            conn.execute(update(speaker).where(speaker.c.id == sid).values(role=role))
    conn.execute(insert(speaker_alias).values(speaker_id=sid, alias=name, folded=key, origin="auto"))
    return sid


def _id_by_alias(conn, key: str) -> tuple[int, str | None] | None:
    if not key:
        return None
    row = conn.execute(
        select(speaker.c.id, speaker.c.role)
        .join(speaker_alias, speaker_alias.c.speaker_id == speaker.c.id)
        .where(speaker_alias.c.folded == key).limit(1)
    ).first()
    return tuple(row) if row else None


def _by_alias(s: Session, key: str) -> Speaker | None:
    if not key:
        return None
    return s.scalar(
        select(Speaker).join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(SpeakerAlias.folded == key).limit(1)
    )


def _by_unique_surname(s: Session, key: str) -> Speaker | None:
    rows = s.scalars(
        select(Speaker).where(Speaker.folded.like("% " + like_escape(key), escape="\\")).limit(2)
    ).all()
    return rows[0] if len(rows) == 1 else None


def _add_alias(s: Session, spk: Speaker, name: str, origin: str = "auto") -> None:
    key = fold_name(name)
    if not key:
        return
    owner = s.scalar(select(SpeakerAlias).where(SpeakerAlias.folded == key))
    if owner is None:
        s.add(SpeakerAlias(speaker_id=spk.id, alias=name, folded=key, origin=origin))
        s.flush()


def find_ids(s: Session, name: str) -> list[int]:
    """Speakers whose name or any alias contains the folded text (see listing)."""
    return find_speaker_ids(s, name)


def get(s: Session, ident: str) -> Speaker:
    """A speaker by id or by exact (folded) name or alias."""
    if ident.isdigit() and int(ident) <= ID_MAX:  # (an INTEGER id; a longer number is a name or nothing)
        spk = s.get(Speaker, int(ident))
        if spk:
            return spk
    spk = _by_alias(s, fold_name(ident))
    if spk:
        return spk
    ids = find_ids(s, ident)
    if len(ids) == 1:
        return s.get(Speaker, ids[0])
    if len(ids) > 1:
        names = ", ".join(f"{i} ({s.get(Speaker, i).name})" for i in ids[:6])
        raise ClaimsError(f"speaker {ident!r} is ambiguous: {names}; use the id")
    raise NotFound(f"no speaker {ident!r}")


def merge(s: Session, target: Speaker, other: Speaker) -> int:
    """Fold `other` into `target`: quotes, claims and aliases move; returns quotes moved."""
    if target.id == other.id:
        raise ClaimsError("cannot merge a speaker into itself")
    moved = 0
    for q in s.scalars(select(Quote).where(Quote.speaker_id == other.id)):
        q.speaker_id = target.id
        moved += 1
    for c in s.scalars(select(Claim).where(Claim.speaker_id == other.id)):
        c.speaker_id = target.id
    for a in list(other.aliases):
        a.speaker_id = target.id
        a.origin = "manual"
    s.flush()
    if not target.role and other.role:
        target.role = other.role
    s.delete(other)
    s.flush()
    _add_alias(s, target, other.name, origin="manual")
    return moved


def rename(s: Session, spk: Speaker, new_name: str) -> None:
    """Give a speaker a new canonical name; the old one stays an alias."""
    if not fold_name(new_name):
        raise ClaimsError("the new name is empty")
    clash = _by_alias(s, fold_name(new_name))
    if clash is not None and clash.id != spk.id:
        raise ClaimsError(
            f"{new_name!r} is already speaker {clash.id} ({clash.name}); use `claims speakers merge`"
        )
    _add_alias(s, spk, spk.name, origin="manual")
    spk.name = new_name
    spk.folded = fold_name(new_name)
    _add_alias(s, spk, new_name, origin="manual")


def listing(s: Session, name: str | None, limit: int | None, offset: int) -> list[dict]:
    q = (
        select(
            Speaker.id, Speaker.name, Speaker.role, Speaker.kind,
            func.count(Quote.id).label("quotes"),
            func.count(func.distinct(Quote.article_id)).label("articles"),
        )
        .outerjoin(Quote, Quote.speaker_id == Speaker.id)
        .group_by(Speaker.id, Speaker.name, Speaker.role, Speaker.kind)
        .order_by(func.count(Quote.id).desc(), Speaker.name)
    )
    if name:
        q = q.where(Speaker.id.in_(find_ids(s, name)))
    q = q.offset(offset)
    if limit:
        q = q.limit(limit)
    out = []
    for r in s.execute(q):
        aliases = sorted({a for a in s.scalars(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == r.id)) if a != r.name})
        out.append({"id": r.id, "name": r.name, "role": r.role, "kind": r.kind,
                    "quotes": r.quotes, "articles": r.articles, "aliases": aliases})
    return out
