"""source_revisions.derived_from: the vendor reference an aggregate's derived fields come from, indexed.

A Dnevnik.ru mark's weight is its work type's (reference §3.1); when a work-types answer changes a weight, every
mark of that work type the hub holds is restated (``hub.ingest.restatements``). The index on (system, school_id,
derived_from) finds those marks as one range instead of a scan of every aggregate of the school. Rows made before
this revision have none: a mark gets one the next time it is sent. A deletion (a retracted mark) clears it.

Revision ID: s0004_revisions_derived_from
Revises: s0003_merge_state_snapshots
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004_revisions_derived_from"
down_revision = "s0003_merge_state_snapshots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.add_column(sa.Column("derived_from", sa.String(length=300), nullable=True))
        batch_op.create_index("source_revisions_by_derived_from", ["system", "school_id", "derived_from"])


def downgrade() -> None:
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.drop_index("source_revisions_by_derived_from")
        batch_op.drop_column("derived_from")
