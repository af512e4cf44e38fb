"""rating scale per database

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 11:30:00

The verdicts a database accepts, and the ClaimReview rating value of each, move from code
into a table so a team can use its own scale (`claims scale`). Existing databases get the
scale they used until now. The rows are written out here, not imported from the package:
a migration is a snapshot and must not change when the code does.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels = None
depends_on = None

DEFAULT_SCALE = [
    # verdict, value, key, description
    ("true", 5, "t", "Accurate, nothing significant missing."),
    ("mostly-true", 4, "T", "Accurate but needs clarification or context."),
    ("mixed", 3, "x", "Partly accurate, partly not."),
    ("misleading", 2, "m", "Literally accurate but gives a false impression."),
    ("mostly-false", 2, "F", "Contains an element of truth but ignores critical facts."),
    ("false", 1, "f", "Not accurate."),
    ("unproven", None, "u", "Evidence is insufficient either way."),
    ("satire", None, "a", "Satire or parody, not meant as fact."),
    ("opinion", None, "o", "An opinion, not a checkable claim."),
]


def upgrade() -> None:
    rating = op.create_table(
        'rating',
        sa.Column('verdict', sa.String(length=40), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('value', sa.Integer(), nullable=True),
        sa.Column('key', sa.String(length=1), nullable=True),
        sa.Column('description', sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint('verdict', name=op.f('pk_rating')),
    )
    op.bulk_insert(rating, [
        {"verdict": v, "position": i, "value": value, "key": key, "description": d}
        for i, (v, value, key, d) in enumerate(DEFAULT_SCALE)
    ])


def downgrade() -> None:
    op.drop_table('rating')
