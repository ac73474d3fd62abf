"""Baseline: the projector's bookkeeping tables as commit 4680319 made them with ``create_all``.

A views database made before migrations keeps its offsets, registry and dead letters: only what is missing is
created (see ``hub.store.migrations.adopt``). The projections' own tables are not here (``hub.projector.versions``).

Revision ID: p0001_baseline
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hub.store.migrations.adopt import create_table

revision = "p0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("projection_offsets", "projection_dead_letters", "projection_versions")


def upgrade() -> None:
    create_table(
        "projection_offsets",
        sa.Column("projection", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("partition", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("next_offset", sa.BigInteger, nullable=False),
    )
    create_table(
        "projection_dead_letters",
        sa.Column("projection", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("partition", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("offset", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True)),
    )
    create_table(
        "projection_versions",
        sa.Column("projection", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("switched_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
