"""A state and views database as commit 4680319 left them: its schema (``tests/fixtures/schema_4680319/``, the DDL
its ``create_all`` emitted) and a few rows in every table of both migration streams.

The rows are written through table constructs frozen here with that commit's columns, not through today's models,
so the test keeps meaning what it says when a model later gains a column. ``TOKEN`` authenticates the client row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import BigInteger, Connection, DateTime, Engine, Integer, LargeBinary, String, Text

SCHEMA = Path(__file__).parent / "fixtures" / "schema_4680319"
CLIENT_ID, SECRET, SCHOOL = "0a1b2c3d4e5f", "s" * 43, "sch-1"
TOKEN = f"hubc_{CLIENT_ID}_{SECRET}"
AT = dt.datetime(2026, 9, 7, 5, 0, tzinfo=dt.timezone.utc)


def _table(name: str, *columns: tuple[str, sa.types.TypeEngine]) -> sa.TableClause:
    return sa.table(name, *(sa.column(c, t) for c, t in columns))


S, I, B, BL, TXT, TS = String(), Integer(), BigInteger(), LargeBinary(), Text(), DateTime(timezone=True)
ROWS: dict[str, tuple[sa.TableClause, list[dict]]] = {
    "api_clients": (_table("api_clients", ("client_id", S), ("adapter", S), ("schools", TXT), ("token_sha256", S),
                           ("description", S), ("created_at_ms", B), ("revoked_at_ms", B)), [
        {"client_id": CLIENT_ID, "adapter": "native", "schools": SCHOOL,
         "token_sha256": hashlib.sha256(SECRET.encode()).hexdigest(), "description": "made by 4680319",
         "created_at_ms": 1, "revoked_at_ms": None},
        {"client_id": "revoked00001", "adapter": "elzhur", "schools": "sch-2,sch-3", "token_sha256": "0" * 64,
         "description": None, "created_at_ms": 2, "revoked_at_ms": 3}]),
    "ingest_ledger": (_table("ingest_ledger", ("event_id", S), ("fingerprint", S), ("school_id", S), ("adapter", S),
                             ("client_id", S), ("type", S), ("schema_version", I), ("status", S),
                             ("recorded_at_ms", B), ("claimed_at_ms", B), ("partition", I), ("offset", B),
                             ("value", BL)), [
        {"event_id": "00000000-0000-5000-8000-000000000001", "fingerprint": "f" * 64, "school_id": SCHOOL,
         "adapter": "native", "client_id": CLIENT_ID, "type": "school.registered", "schema_version": 1,
         "status": "appended", "recorded_at_ms": 10, "claimed_at_ms": 10, "partition": 0, "offset": 0,
         "value": b'{"kept": true}'}]),
    "vendor_directory": (_table("vendor_directory", ("system", S), ("school_id", S), ("kind", S), ("vendor_id", S),
                                ("data", BL), ("updated_at_ms", B)), [
        {"system": "elzhur", "school_id": SCHOOL, "kind": "work_type", "vendor_id": "7", "data": b'{"weight": 2}',
         "updated_at_ms": 11}]),
    "quarantine": (_table("quarantine", ("parked_id", I), ("adapter", S), ("client_id", S), ("school_id", S),
                          ("record", BL), ("missing", BL), ("parked_at_ms", B), ("attempts", I)), [
        {"parked_id": 1, "adapter": "native", "client_id": CLIENT_ID, "school_id": SCHOOL,
         "record": b'{"parked": "by 4680319"}', "missing": b'[{"kind": "lesson", "vendor_id": "l9"}]',
         "parked_at_ms": 12, "attempts": 1}]),
    "quarantine_needs": (_table("quarantine_needs", ("parked_id", I), ("system", S), ("school_id", S), ("kind", S),
                                ("vendor_id", S)), [
        {"parked_id": 1, "system": "native", "school_id": SCHOOL, "kind": "lesson", "vendor_id": "l9"}]),
    "source_revisions": (_table("source_revisions", ("system", S), ("school_id", S), ("aggregate", S),
                                ("revision", I), ("fingerprint", S)), [
        {"system": "elzhur", "school_id": SCHOOL, "aggregate": "grade:1", "revision": 3, "fingerprint": "a" * 64}]),
    "raw_batches": (_table("raw_batches", ("batch_id", S), ("adapter", S), ("client_id", S), ("school_id", S),
                           ("received_at_ms", B), ("records", BL), ("record_count", I)), [
        {"batch_id": "b-new", "adapter": "native", "client_id": CLIENT_ID, "school_id": SCHOOL,
         "received_at_ms": 13, "records": b'[{"a": 1}]', "record_count": 1},
        {"batch_id": "b-old", "adapter": "native", "client_id": CLIENT_ID, "school_id": None,
         "received_at_ms": 14, "records": b'[]', "record_count": None}]),
    "projection_offsets": (_table("projection_offsets", ("projection", S), ("version", I), ("partition", I),
                                  ("next_offset", B)), [
        {"projection": "retired", "version": 1, "partition": 0, "next_offset": 42}]),
    "projection_versions": (_table("projection_versions", ("projection", S), ("version", I), ("state", S),
                                   ("fingerprint", S), ("created_at", TS), ("switched_at", TS)), [
        {"projection": "retired", "version": 1, "state": "live", "fingerprint": "b" * 64, "created_at": AT,
         "switched_at": AT}]),
    "projection_dead_letters": (_table("projection_dead_letters", ("projection", S), ("version", I),
                                       ("partition", I), ("offset", B), ("event_type", S), ("event_id", S),
                                       ("error", TXT), ("attempts", I), ("failed_at", TS), ("resolved_at", TS)), [
        {"projection": "retired", "version": 1, "partition": 0, "offset": 41, "event_type": "grade.recorded",
         "event_id": "e-41", "error": "ValueError: kept", "attempts": 2, "failed_at": AT, "resolved_at": None}]),
}
KEYS = {"api_clients": "client_id", "ingest_ledger": "event_id", "quarantine": "parked_id",
        "raw_batches": "batch_id", "projection_dead_letters": "offset"}


def create(engine: Engine) -> None:
    """Both streams' tables as 4680319 created them, with ``ROWS`` (the state and views in one database)."""
    with engine.begin() as conn:
        for stream in ("state", "projector"):
            for statement in _statements(SCHEMA / f"{stream}_{engine.dialect.name}.sql"):
                conn.exec_driver_sql(statement)
        for table, rows in ROWS.values():
            conn.execute(table.insert(), rows)
        if engine.dialect.name == "postgresql":  # rows inserted with explicit ids: move the sequence past them
            conn.exec_driver_sql("SELECT setval('quarantine_parked_id_seq', (SELECT max(parked_id) FROM quarantine))")


def rows(conn: Connection, name: str) -> list[dict]:
    """The rows of ``name`` in the columns 4680319 had, in a stable order."""
    table, _ = ROWS[name]
    key = table.c[KEYS.get(name, list(table.c.keys())[0])]
    return [dict(row) for row in conn.execute(sa.select(table).order_by(key)).mappings()]


def statements(stream, dialect: str) -> list[str]:  # noqa: ANN001 - a hub.store.migrate.Stream
    """The DDL statements 4680319 ran for ``stream``'s tables on ``dialect`` (``sqlite`` or ``postgresql``)."""
    return _statements(SCHEMA / f"{stream.name}_{dialect}.sql")


def _statements(path: Path) -> list[str]:
    text = "\n".join(line for line in path.read_text().splitlines() if not line.startswith("--"))
    return [part.strip() for part in text.split(";") if part.strip()]
