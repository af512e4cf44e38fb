"""quote dates keep their precision: a day, a month or a year

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 00:00:00

A quote the narration dates to a year or a month ("he said in 2012", "told an interviewer in
March 2014", "said last year") was stored with the article's day, years after it was said.
quote.date_precision says how much of said_on is known: the first day of the year or month
is stored, and listings show "2012" or "2014-03". Rows loaded before this revision took their
date from the article or from a day the text named: those from an article dated to the month
get "month", the rest "day". Their year- and month-dated quotes keep the article's date until
the article is loaded again into a fresh database.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.add_column(sa.Column('date_precision', sa.String(length=5), nullable=False, server_default='day'))
    op.execute("UPDATE quote SET date_precision = 'month' WHERE date_source = 'article' AND article_id IN "
               "(SELECT id FROM article WHERE date_precision = 'month')")


def downgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_column('date_precision')
