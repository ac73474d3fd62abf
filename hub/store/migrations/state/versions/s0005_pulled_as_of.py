"""source_revisions.as_of and request_snapshots.as_of_ms: the latest pull wins, whatever the arrival order.

A vendor answer is the vendor's state when the sync job pulled it (the envelope's ``pulled_at``); a retried or
backfilled answer can arrive after a newer one. Each aggregate keeps the as-of time of the content it holds (per
field, JSON ``{"field": epoch ms, "*": deletion}``: answers of partial shapes state different fields), and each
snapshot scope that of its answer: an item or a complete answer pulled earlier changes nothing and deletes nothing
(``hub.ingest.vendor_state``, ``hub.ingest.merging``, ``hub.ingest.snapshots``). Rows made before this revision
have none: the next answer applies as before (arrival order) and dates them.

Revision ID: s0005_pulled_as_of
Revises: s0004_revisions_derived_from
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005_pulled_as_of"
down_revision = "s0004_revisions_derived_from"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.add_column(sa.Column("as_of", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("request_snapshots") as batch_op:
        batch_op.add_column(sa.Column("as_of_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request_snapshots") as batch_op:
        batch_op.drop_column("as_of_ms")
    with op.batch_alter_table("source_revisions") as batch_op:
        batch_op.drop_column("as_of")
