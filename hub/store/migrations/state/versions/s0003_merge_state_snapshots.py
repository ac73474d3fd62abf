"""source_revisions.state and request_snapshots: merge partial answers, see deletions by omission (issue 11).

* ``source_revisions.state``: the complete data of an aggregate's current revision (JSON), so an answer that does
  not state a field (an Elzhur diary without ``rings`` has no lesson times) keeps what another answer stated
  instead of erasing it. Rows made before this revision have none: their next answer is taken as complete.
* ``request_snapshots``: for each request scope whose answer is the complete set of some records (marks of a group
  over a date range, a pupil's diary days), the aggregates the last answer held; one missing from the next answer
  to the same scope was deleted by the vendor.

Revision ID: s0003_merge_state_snapshots
Revises: s0002_quarantine_needs_by_key
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003_merge_state_snapshots"
down_revision = "s0002_quarantine_needs_by_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.add_column(sa.Column("state", sa.LargeBinary(), nullable=True))
    op.create_table(
        "request_snapshots",
        sa.Column("system", sa.String(length=64), nullable=False),
        sa.Column("school_id", sa.String(length=128), nullable=False),
        sa.Column("scope", sa.String(length=600), nullable=False),
        sa.Column("aggregates", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("system", "school_id", "scope"),
    )


def downgrade() -> None:
    op.drop_table("request_snapshots")
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.drop_column("state")
