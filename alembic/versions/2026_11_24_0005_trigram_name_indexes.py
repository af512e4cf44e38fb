"""trigram indexes for speaker names on PostgreSQL

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 12:30:00

`claims list --speaker barcena` matches any part of a folded name or alias (LIKE '%...%').
A b-tree cannot serve that, so on a large table PostgreSQL scanned every speaker; pg_trgm
GIN indexes serve it. SQLite keeps its b-tree indexes (its speaker tables stay small enough
and it has no trigram index type).
"""
from __future__ import annotations

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX ix_speaker_folded_trgm ON speaker USING gin (folded gin_trgm_ops)")
    op.execute("CREATE INDEX ix_speaker_alias_folded_trgm ON speaker_alias USING gin (folded gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_speaker_alias_folded_trgm")
    op.execute("DROP INDEX IF EXISTS ix_speaker_folded_trgm")
