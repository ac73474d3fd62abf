"""Answer stamps and the answer cache (``hub.projector.stamps``, ``hub.api.answer_cache``).

Revision ID: p0002_answer_cache
Revises: p0001_baseline
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "p0002_answer_cache"
down_revision = "p0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer_stamps",
        sa.Column("projection", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("scope", sa.String(200), primary_key=True),
        sa.Column("position", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "answer_cache",
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("stamp", sa.Text, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("answer_cache")
    op.drop_table("answer_stamps")
