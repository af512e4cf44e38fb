"""speaker labels folded for search, with an index for the speakers the text never names

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 09:00:00

`claims list --speaker spokesperson` found only named speakers: a quote whose speaker the
text never names ("A Waymo spokesperson", "a US official", "the company") keeps its words in
quote.speaker_label with no speaker row, and the filter never read them. The label now has
a folded copy (accents, case and punctuation dropped, as speaker.folded has) that the
filter matches as it matches names. Existing rows are filled here.

Only quotes with no speaker are searched by label (a small share of an archive). SQLite
finds them through quote(speaker_id, said_on), where they sit together under NULL;
PostgreSQL gets a trigram GIN index (LIKE '%...%') over those rows alone.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from claims.textutil import fold_name

    op.add_column('quote', sa.Column('speaker_label_folded', sa.String(length=300), nullable=True))
    conn = op.get_bind()
    # By primary key, in batches: speaker_label has no index, so an update per distinct label
    # would read the whole table once per label. Each label is folded once.
    folded: dict[str, str] = {}
    rows = conn.execute(sa.text("SELECT id, speaker_label FROM quote WHERE speaker_label IS NOT NULL")).all()
    for i in range(0, len(rows), 5000):
        conn.execute(sa.text("UPDATE quote SET speaker_label_folded = :f WHERE id = :id"),
                     [{"id": qid, "f": folded.setdefault(label, fold_name(label)[:300])}
                      for qid, label in rows[i:i + 5000]])
    if conn.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_quote_unnamed_label_trgm ON quote USING gin (speaker_label_folded gin_trgm_ops) "
                   "WHERE speaker_id IS NULL")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_quote_unnamed_label_trgm")
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_column('speaker_label_folded')
