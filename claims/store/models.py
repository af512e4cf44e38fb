"""The ORM classes, mapped onto the Core tables of tables.py (SQLAlchemy's "declarative
with imperative table"): the schema is declared once, there; these classes add the typed
attributes and relationships the write paths use. The real schema is made by the Alembic
migrations only; tests compare the two (see tests/test_migrations.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from claims.store import tables
from claims.store.tables import utcnow  # noqa: F401  (re-exported for the write paths)


class Base(DeclarativeBase):
    metadata = tables.metadata


class Article(Base):
    __table__ = tables.article

    id: Mapped[int]
    content_hash: Mapped[str]
    source: Mapped[str | None]
    url: Mapped[str | None]
    outlet: Mapped[str | None]
    title: Mapped[str | None]
    byline: Mapped[str | None]
    published: Mapped[dt.date | None]
    date_precision: Mapped[str]
    dateline: Mapped[str | None]
    body: Mapped[str]
    raw: Mapped[str]
    loaded_at: Mapped[dt.datetime]

    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Quote.start",
    )


class Speaker(Base):
    __table__ = tables.speaker

    id: Mapped[int]
    name: Mapped[str]
    folded: Mapped[str]
    role: Mapped[str | None]
    kind: Mapped[str]
    created_at: Mapped[dt.datetime]

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SpeakerAlias(Base):
    __table__ = tables.speaker_alias

    id: Mapped[int]
    speaker_id: Mapped[int]
    alias: Mapped[str]
    folded: Mapped[str]
    origin: Mapped[str]

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Claim(Base):
    __table__ = tables.claim

    id: Mapped[int]
    text: Mapped[str]
    speaker_id: Mapped[int | None]
    external_id: Mapped[str | None]
    title: Mapped[str | None]
    url: Mapped[str | None]
    claim_date: Mapped[dt.date | None]
    origin: Mapped[str]
    status: Mapped[str]
    verdict: Mapped[str | None]
    version: Mapped[int]
    n_terms: Mapped[int]
    merged_into_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    speaker: Mapped[Speaker | None] = relationship()
    quotes: Mapped[list[Quote]] = relationship(back_populates="claim")
    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="claim", order_by="StatusEvent.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Quote(Base):
    __table__ = tables.quote

    id: Mapped[int]
    article_id: Mapped[int]
    speaker_id: Mapped[int | None]
    claim_id: Mapped[int | None]
    speaker_label: Mapped[str | None]
    speaker_label_folded: Mapped[str | None]
    speaker_kind: Mapped[str | None]
    role: Mapped[str | None]
    text: Mapped[str]
    kind: Mapped[str]
    cue: Mapped[str | None]
    start: Mapped[int]
    end: Mapped[int]
    sentence: Mapped[str | None]
    said_on: Mapped[dt.date | None]
    date_source: Mapped[str]
    date_precision: Mapped[str]

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship()
    claim: Mapped[Claim | None] = relationship(back_populates="quotes")


class ClaimLink(Base):
    __table__ = tables.claim_link

    id: Mapped[int]
    quote_id: Mapped[int]
    claim_id: Mapped[int]
    score: Mapped[float]
    state: Mapped[str]
    decided_by: Mapped[str | None]
    decided_at: Mapped[dt.datetime | None]


class StatusEvent(Base):
    __table__ = tables.status_event

    id: Mapped[int]
    claim_id: Mapped[int]
    at: Mapped[dt.datetime]
    by: Mapped[str]
    field: Mapped[str]
    old: Mapped[str | None]
    new: Mapped[str | None]
    note: Mapped[str | None]
    sources: Mapped[str | None]
    undoes_id: Mapped[int | None]

    claim: Mapped[Claim] = relationship(back_populates="events")


class ClaimTerm(Base):
    __table__ = tables.claim_term

    term: Mapped[str]
    claim_id: Mapped[int]
    tf: Mapped[int]


class Rating(Base):
    __table__ = tables.rating

    verdict: Mapped[str]
    position: Mapped[int]
    value: Mapped[int | None]
    key: Mapped[str | None]
    description: Mapped[str | None]


class Setting(Base):
    __table__ = tables.setting

    key: Mapped[str]
    value: Mapped[str | None]


class ClaimVector(Base):
    __table__ = tables.claim_vector

    claim_id: Mapped[int]
    model: Mapped[str]
    vec: Mapped[bytes]
