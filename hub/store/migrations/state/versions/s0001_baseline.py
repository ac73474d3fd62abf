"""Baseline: the state tables as commit 4680319 made them with ``create_all``.

A database made before migrations keeps its tables and rows: only what is missing is created (see
``hub.store.migrations.adopt``), including ``raw_batches.record_count``, which that code added by hand.

Revision ID: s0001_baseline
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hub.store.migrations.adopt import add_column, create_table

revision = "s0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("ingest_ledger", "api_clients", "vendor_directory", "quarantine", "quarantine_needs", "source_revisions",
          "raw_batches")


def upgrade() -> None:
    create_table(
        "ingest_ledger",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("school_id", sa.String(128), nullable=False),
        sa.Column("adapter", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(64)),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("recorded_at_ms", sa.BigInteger, nullable=False),
        sa.Column("claimed_at_ms", sa.BigInteger, nullable=False),
        sa.Column("partition", sa.Integer),
        sa.Column("offset", sa.BigInteger),
        sa.Column("value", sa.LargeBinary, nullable=False),
        indexes=(("ix_ingest_ledger_claimed_at_ms", ["claimed_at_ms"]),),
    )
    create_table(
        "api_clients",
        sa.Column("client_id", sa.String(32), primary_key=True),
        sa.Column("adapter", sa.String(64), nullable=False),
        sa.Column("schools", sa.Text, nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("description", sa.String(200)),
        sa.Column("created_at_ms", sa.BigInteger, nullable=False),
        sa.Column("revoked_at_ms", sa.BigInteger),
    )
    create_table(
        "vendor_directory",
        sa.Column("system", sa.String(64), primary_key=True),
        sa.Column("school_id", sa.String(128), primary_key=True),
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("vendor_id", sa.String(256), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("updated_at_ms", sa.BigInteger, nullable=False),
    )
    create_table(
        "quarantine",
        sa.Column("parked_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("adapter", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("school_id", sa.String(128)),
        sa.Column("record", sa.LargeBinary, nullable=False),
        sa.Column("missing", sa.LargeBinary, nullable=False),
        sa.Column("parked_at_ms", sa.BigInteger, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        indexes=(("ix_quarantine_adapter", ["adapter"]),),
    )
    create_table(
        "quarantine_needs",
        sa.Column("parked_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("system", sa.String(64), primary_key=True),
        sa.Column("school_id", sa.String(128), primary_key=True),
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("vendor_id", sa.String(256), primary_key=True),
    )
    create_table(
        "source_revisions",
        sa.Column("system", sa.String(64), primary_key=True),
        sa.Column("school_id", sa.String(128), primary_key=True),
        sa.Column("aggregate", sa.String(400), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
    )
    create_table(
        "raw_batches",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("adapter", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("school_id", sa.String(128)),
        sa.Column("received_at_ms", sa.BigInteger, nullable=False),
        sa.Column("records", sa.LargeBinary, nullable=False),
        sa.Column("record_count", sa.Integer),
        indexes=(("raw_batches_by_time", ["received_at_ms"]),),
    )
    add_column("raw_batches", sa.Column("record_count", sa.Integer))  # batches kept before it existed: NULL


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
