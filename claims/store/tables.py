"""The schema as SQLAlchemy Core tables: the one place it is declared.

The ORM classes in models.py map these same tables; read paths that need no objects (the
listings) query them directly, so a `claims list` never pays for importing the ORM. The
real schema is made by the Alembic migrations only; tests compare the two (see
tests/test_migrations.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Predictable constraint names: batch migrations on SQLite need them.
# Widths of the text columns PostgreSQL enforces (SQLite does not): what is stored is clipped
# or refused against these, never sent longer. ID_MAX: the largest INTEGER id.
NAME_WIDTH = 300  # a speaker's name, alias and role; a quote's speaker label and role
REF_WIDTH = 200  # an outlet, a dateline, an imported id, a cue, a verdict's description
WHO_WIDTH = 200  # who made a decision (--by)
ID_MAX = 2**31 - 1


def clip(value: str | None, width: int) -> str | None:
    """A value cut to its column's width (none for an empty one): what a file says of an
    article is kept, as much as fits."""
    return value[:width] if value else None


def check_width(what: str, value: str | None, width: int) -> None:
    """Refuse what a person typed that its column cannot hold, naming it and the limit."""
    from claims.errors import ClaimsError

    if value and len(value) > width:
        raise ClaimsError(f"{what}: at most {width} characters, not {len(value)}")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _req(name: str, type_, *args, **kw) -> Column:
    """A NOT NULL column."""
    return Column(name, type_, *args, nullable=False, **kw)


def _opt(name: str, type_, *args, **kw) -> Column:
    """A nullable column."""
    return Column(name, type_, *args, nullable=True, **kw)


def _at(name: str) -> Column:
    return _req(name, DateTime(timezone=True), default=utcnow)


article = Table(
    "article", metadata,
    _id(),
    _req("content_hash", String(64), unique=True),
    _opt("source", Text),
    _opt("url", Text),
    _opt("outlet", String(REF_WIDTH)),
    _opt("title", Text),
    _opt("byline", Text),
    _opt("published", Date),
    _req("date_precision", String(10), default="unknown"),
    _opt("dateline", String(REF_WIDTH)),
    _req("body", Text),
    _req("raw", Text),
    _at("loaded_at"),
    Index("ix_article_published", "published"),
)

speaker = Table(
    "speaker", metadata,
    _id(),
    _req("name", String(NAME_WIDTH)),
    _req("folded", String(NAME_WIDTH)),
    _opt("role", String(NAME_WIDTH)),
    _req("kind", String(20), default="person"),
    _at("created_at"),
    Index("ix_speaker_folded", "folded"),
)

# Every spelling a speaker is known by, folded; merges and renames move these, so a
# person's fix holds when the same names come back in later loads.
speaker_alias = Table(
    "speaker_alias", metadata,
    _id(),
    _req("speaker_id", Integer, ForeignKey("speaker.id", ondelete="CASCADE")),
    _req("alias", String(NAME_WIDTH)),
    _req("folded", String(NAME_WIDTH), unique=True),
    _req("origin", String(10), default="auto"),
    Index("ix_speaker_alias_speaker_id", "speaker_id"),
)

# The statement one or more quotes express, with its verification status.
claim = Table(
    "claim", metadata,
    _id(),
    _req("text", Text),
    _opt("speaker_id", Integer, ForeignKey("speaker.id", ondelete="SET NULL")),
    _opt("external_id", String(REF_WIDTH), unique=True),
    _opt("title", Text),
    _opt("url", Text),
    _opt("claim_date", Date),
    _req("origin", String(12), default="quote"),
    _req("status", String(20), default="unreviewed"),
    _opt("verdict", String(40)),
    _req("version", Integer, default=1),
    _req("n_terms", Integer, default=0, server_default="0"),
    _opt("merged_into_id", Integer, ForeignKey("claim.id", ondelete="SET NULL")),
    _at("created_at"),
    _at("updated_at"),
    Index("ix_claim_status", "status", "verdict"),
    Index("ix_claim_speaker_id", "speaker_id"),
    Index("ix_claim_merged_into_id", "merged_into_id"),
)

# One mention of a statement in one article.
quote = Table(
    "quote", metadata,
    _id(),
    _req("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE")),
    _opt("speaker_id", Integer, ForeignKey("speaker.id", ondelete="SET NULL")),
    _opt("claim_id", Integer, ForeignKey("claim.id", ondelete="SET NULL")),
    _opt("speaker_label", String(NAME_WIDTH)),
    _opt("speaker_label_folded", String(NAME_WIDTH)),  # (what `list --speaker` matches when no speaker row)
    _opt("speaker_kind", String(20)),
    _opt("role", String(NAME_WIDTH)),
    _req("text", Text),
    _req("kind", String(10)),
    _opt("cue", String(REF_WIDTH)),
    _req("start", Integer),
    _req("end", Integer),
    _opt("sentence", Text),
    _opt("said_on", Date),
    _req("date_source", String(10), default="unknown"),
    _req("date_precision", String(5), default="day", server_default="day"),  # day / month / year of said_on
    Index("ix_quote_speaker_id", "speaker_id", "said_on"),
    Index("ix_quote_article_id", "article_id", "start"),
    Index("ix_quote_said_on", "said_on"),
    Index("ix_quote_claim_article", "claim_id", "article_id", "said_on"),
)

# A quote suggested for, confirmed in, or rejected from a claim. A person's decision
# (confirmed/rejected) is never undone by an automatic pass.
claim_link = Table(
    "claim_link", metadata,
    _id(),
    _req("quote_id", Integer, ForeignKey("quote.id", ondelete="CASCADE")),
    _req("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE")),
    _req("score", Float, default=0.0),
    _req("state", String(12), default="suggested"),
    _opt("decided_by", String(WHO_WIDTH)),
    _opt("decided_at", DateTime(timezone=True)),
    UniqueConstraint("quote_id", "claim_id", name="uq_claim_link_quote_claim"),
    Index("ix_claim_link_claim_id", "claim_id"),
    Index("ix_claim_link_state", "state"),
)

# Append-only history of a claim's status and verdict.
status_event = Table(
    "status_event", metadata,
    _id(),
    _req("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE")),
    _at("at"),
    _req("by", String(WHO_WIDTH)),
    _req("field", String(20)),
    _opt("old", String(40)),
    _opt("new", String(40)),
    _opt("note", Text),
    _opt("sources", Text),  # JSON array of URLs
    _opt("undoes_id", Integer, ForeignKey("status_event.id", ondelete="SET NULL")),
    Index("ix_status_event_claim_id", "claim_id", "id"),
)

# Postings of the claim index: which claims hold a term, how often. Matching a new
# statement reads only the postings of its own terms, never every claim.
claim_term = Table(
    "claim_term", metadata,
    Column("term", String(80), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    _req("tf", Integer, default=1),
    Index("ix_claim_term_claim_id", "claim_id"),
    # SQLite: rows stored in the key's B-tree, so a posting's tf needs no second lookup
    sqlite_with_rowid=False,
)

# One verdict of the database's rating scale, in display order. `value` is the
# ClaimReview ratingValue (None for verdicts off the truth scale, such as satire); `key`
# is the one-letter key `claims review` offers for it.
rating = Table(
    "rating", metadata,
    Column("verdict", String(40), primary_key=True),
    _req("position", Integer),
    _opt("value", Integer),
    _opt("key", String(1)),
    _opt("description", String(REF_WIDTH)),
)

# Per-database settings (e.g. which semantic model the claim vectors come from).
setting = Table(
    "setting", metadata,
    Column("key", String(60), primary_key=True),
    _opt("value", Text),
)

# A claim's sentence embedding (float32, normalised), for the optional semantic
# re-ranking of `claims match`. Only candidates of the lexical index are read.
claim_vector = Table(
    "claim_vector", metadata,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    _req("model", String(80)),
    _req("vec", LargeBinary),
)
