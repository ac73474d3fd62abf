"""scope_members: the containing scopes each vendor aggregate belongs to, so a complete answer deletes what the hub
holds within the scope it speaks for, whichever request brought it.

A Dnevnik.ru lesson's log entries are complete for that lesson's attendance, ``works/many`` for the works its body
asks for, a lesson's works for that lesson's works; the attendance a group's date range brought, or the marks of a
work a marks range brought, belong to those scopes (``hub.ingest.containing``). One row per (aggregate, kind of
scope), indexed by scope. The answers themselves are rows of ``request_snapshots`` (scope ``containing|...``), which
needs no change. Aggregates stated before this revision have no rows until they are stated again.

Revision ID: s0007_scope_members
Revises: s0006_snapshot_deletions
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0007_scope_members"
down_revision = "s0006_snapshot_deletions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scope_members",
        sa.Column("system", sa.String(64), primary_key=True),
        sa.Column("school_id", sa.String(128), primary_key=True),
        sa.Column("aggregate", sa.String(400), primary_key=True),
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("scope", sa.String(600), nullable=False),
        sa.Column("member", sa.String(300), nullable=False),
    )
    op.create_index("scope_members_by_scope", "scope_members", ["system", "school_id", "scope"])


def downgrade() -> None:
    op.drop_index("scope_members_by_scope", table_name="scope_members")
    op.drop_table("scope_members")
