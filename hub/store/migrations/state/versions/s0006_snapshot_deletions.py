"""request_snapshots.deleted: what the answer that made the snapshot deleted, so its retry deletes it too.

A complete answer replaces its scope's snapshot when its batch is numbered, before its events are claimed and
appended. When that fails in between (the ledger's database unreachable, the process killed), the vendor sends the
same answer again and finds the snapshot already its own: without this column it would delete nothing, and the
deletions would be lost. With it, the same answer (same aggregates, same pull time) derives the same deletions again;
they are the same events (the same revisions), so a retry after a success appends nothing
(``hub.ingest.vendor_state.VendorState.replace_snapshot``). Rows made before this revision have none.

Revision ID: s0006_snapshot_deletions
Revises: s0005_pulled_as_of
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006_snapshot_deletions"
down_revision = "s0005_pulled_as_of"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("request_snapshots") as batch_op:
        batch_op.add_column(sa.Column("deleted", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request_snapshots") as batch_op:
        batch_op.drop_column("deleted")
