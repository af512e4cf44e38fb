"""SQLAlchemy 2 typed models. The real schema is made by the Alembic migrations only;
tests compare the two (see tests/test_migrations.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Predictable constraint names: batch migrations on SQLite need them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    dateline: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Quote.start",
    )

    __table_args__ = (Index("ix_article_published", "published"),)


class Speaker(Base):
    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="person")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (Index("ix_speaker_folded", "folded"),)


class SpeakerAlias(Base):
    """Every spelling a speaker is known by, folded; merges and renames move these, so a
    person's fix holds when the same names come back in later loads."""

    __tablename__ = "speaker_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speaker.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), unique=True)
    origin: Mapped[str] = mapped_column(String(10), default="auto")

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    __table_args__ = (Index("ix_speaker_alias_speaker_id", "speaker_id"),)


class Claim(Base):
    """The statement one or more quotes express, with its verification status."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id", ondelete="SET NULL"))
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    claim_date: Mapped[dt.date | None] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(12), default="quote")
    status: Mapped[str] = mapped_column(String(20), default="unreviewed")
    verdict: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    n_terms: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    speaker: Mapped[Speaker | None] = relationship()
    quotes: Mapped[list[Quote]] = relationship(back_populates="claim")
    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="claim", order_by="StatusEvent.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        Index("ix_claim_status", "status", "verdict"),
        Index("ix_claim_speaker_id", "speaker_id"),
        Index("ix_claim_merged_into_id", "merged_into_id"),
    )


class Quote(Base):
    """One mention of a statement in one article."""

    __tablename__ = "quote"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id", ondelete="SET NULL"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="SET NULL"))
    speaker_label: Mapped[str | None] = mapped_column(String(300))
    speaker_kind: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str | None] = mapped_column(Text)
    said_on: Mapped[dt.date | None] = mapped_column(Date)
    date_source: Mapped[str] = mapped_column(String(10), default="unknown")

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship()
    claim: Mapped[Claim | None] = relationship(back_populates="quotes")

    __table_args__ = (
        Index("ix_quote_speaker_id", "speaker_id", "said_on"),
        Index("ix_quote_article_id", "article_id", "start"),
        Index("ix_quote_said_on", "said_on"),
        Index("ix_quote_claim_id", "claim_id"),
    )


class ClaimLink(Base):
    """A quote suggested for, confirmed in, or rejected from a claim. A person's decision
    (confirmed/rejected) is never undone by an automatic pass."""

    __tablename__ = "claim_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    state: Mapped[str] = mapped_column(String(12), default="suggested")
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("quote_id", "claim_id", name="uq_claim_link_quote_claim"),
        Index("ix_claim_link_claim_id", "claim_id"),
        Index("ix_claim_link_state", "state"),
    )


class StatusEvent(Base):
    """Append-only history of a claim's status and verdict."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    by: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[str | None] = mapped_column(String(40))
    new: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(Text)  # JSON array of URLs
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("status_event.id", ondelete="SET NULL"))

    claim: Mapped[Claim] = relationship(back_populates="events")

    __table_args__ = (Index("ix_status_event_claim_id", "claim_id", "id"),)


class ClaimTerm(Base):
    """Postings of the claim index: which claims hold a term, how often. Matching a new
    statement reads only the postings of its own terms, never every claim."""

    __tablename__ = "claim_term"

    term: Mapped[str] = mapped_column(String(80), primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    tf: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_claim_term_claim_id", "claim_id"),)


class Rating(Base):
    """One verdict of the database's rating scale, in display order. `value` is the
    ClaimReview ratingValue (None for verdicts off the truth scale, such as satire);
    `key` is the one-letter key `claims review` offers for it."""

    __tablename__ = "rating"

    verdict: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(Integer)
    key: Mapped[str | None] = mapped_column(String(1))
    description: Mapped[str | None] = mapped_column(String(200))


class Setting(Base):
    """Per-database settings (e.g. which semantic model the claim vectors come from)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class ClaimVector(Base):
    """A claim's sentence embedding (float32, normalised), for the optional semantic
    re-ranking of `claims match`. Only candidates of the lexical index are read."""

    __tablename__ = "claim_vector"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(80))
    vec: Mapped[bytes] = mapped_column(LargeBinary)
