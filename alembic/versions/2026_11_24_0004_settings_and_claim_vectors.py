"""settings and claim vectors

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 12:00:00

A key/value table of per-database settings, and the optional sentence embeddings of claims
that the semantic re-ranking of `claims match` reads (`claims index --semantic`).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'setting',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_setting')),
    )
    op.create_table(
        'claim_vector',
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('model', sa.String(length=80), nullable=False),
        sa.Column('vec', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_vector_claim_id_claim'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('claim_id', name=op.f('pk_claim_vector')),
    )


def downgrade() -> None:
    op.drop_table('claim_vector')
    op.drop_table('setting')
