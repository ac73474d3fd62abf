"""quarantine_needs: an index by what a parked record waits for.

``VendorState.waiting_for`` runs after every batch that registers directory entries (the re-drive of parked
records) and looks rows up by (system, school, kind, vendor id); the primary key starts with ``parked_id``, so
without this index each lookup scanned the whole table, every school's parked records included (SQLite's plan:
``SCAN quarantine_needs``; with it: ``SEARCH ... USING INDEX quarantine_needs_by_key``). The table holds only parked
records' needs, so a plain CREATE INDEX (in the upgrade's transaction) is short.

Revision ID: s0002_quarantine_needs_by_key
Revises: s0001_baseline
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "s0002_quarantine_needs_by_key"
down_revision = "s0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine_needs") as batch_op:
        batch_op.create_index("quarantine_needs_by_key", ["system", "school_id", "kind", "vendor_id"])


def downgrade() -> None:
    with op.batch_alter_table("quarantine_needs") as batch_op:
        batch_op.drop_index("quarantine_needs_by_key")
