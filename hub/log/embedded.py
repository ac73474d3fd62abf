"""The embedded log engine: one SQLite file in WAL mode (the default, so ``make demo`` needs no server).

Safe for one writing process and many reading ones: appends run in ``BEGIN IMMEDIATE`` transactions that compute
the next offsets inside the write lock, so even a second writer cannot produce a gap or a duplicate offset.
Commits use ``synchronous=FULL``: an acknowledged append survives a crash of the process or of the machine.
``append_unique`` checks event ids against an index in the same transaction as the append, which makes ingest's
"append each id once" a single SQLite transaction (plain ``append``, like Kafka, does not check); the calls of
concurrent requests share one transaction and one commit (``hub.log.group_commit``).
Consumers read through a ``hub.log.window.ReadWindow``, so the consumer groups of one process (a projector's
workers) read each record from the file once; ``read`` (one-off scans) goes to the file.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from hub.config import ConfigError
from hub.log.group_commit import GroupCommit
from hub.log.port import LogRecord, OutgoingRecord, Position, partition_for_key
from hub.log.window import ReadWindow

if TYPE_CHECKING:
    from hub.log.embedded_consumer import EmbeddedConsumer

SCHEMA = """
CREATE TABLE IF NOT EXISTS log_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log_records (
    partition INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    key TEXT NOT NULL,
    event_id TEXT NOT NULL,
    id_key INTEGER NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    timestamp_ms INTEGER NOT NULL,
    fingerprint TEXT,
    value BLOB NOT NULL,
    UNIQUE (partition, offset)
);
CREATE INDEX IF NOT EXISTS log_records_by_time ON log_records (partition, timestamp_ms);
CREATE INDEX IF NOT EXISTS log_records_by_id_key ON log_records (id_key);
"""
INSERT = (
    "INSERT INTO log_records (partition, offset, key, event_id, id_key, type, schema_version, timestamp_ms, "
    "fingerprint, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SELECT_FROM = (
    "SELECT partition, offset, key, event_id, type, schema_version, timestamp_ms, value FROM log_records "
    "WHERE partition = ? AND offset >= ? ORDER BY offset LIMIT ?"
)


def id_key(event_id: str) -> int:
    """A 64-bit digest of an event id: the id index stores these (a third of the size of the text ids, so an
    insert of a random id dirties fewer pages); lookups confirm the full id, so a collision is harmless."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big", signed=True)


class EmbeddedLog:
    def __init__(self, path: Path, partitions: int) -> None:
        self.path = Path(path)
        self.partition_count = partitions
        self._writer: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._write_pool = ThreadPoolExecutor(1, thread_name_prefix="log-writer")
        self._group_commit = GroupCommit(self._write_pool, self._append_unique_group)
        self._read_pool = ThreadPoolExecutor(1, thread_name_prefix="log-reader")
        self._lock = threading.Lock()
        self._window = ReadWindow()  # touched only on the reader thread

    # Lifecycle ------------------------------------------------------------------------------------------------

    async def start(self) -> None:
        if self._writer is None:
            await asyncio.get_running_loop().run_in_executor(self._write_pool, self._open)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        writer = _connect(self.path)
        writer.executescript(SCHEMA)
        stored = writer.execute("SELECT value FROM log_meta WHERE name = 'partitions'").fetchone()
        if stored is None:
            writer.execute("INSERT OR IGNORE INTO log_meta VALUES ('partitions', ?)", (str(self.partition_count),))
            stored = writer.execute("SELECT value FROM log_meta WHERE name = 'partitions'").fetchone()
        if int(stored[0]) != self.partition_count:
            writer.close()
            raise ConfigError(
                f"{self.path} was created with {stored[0]} partitions, HUB_LOG_URL asks for {self.partition_count}; "
                f"a log's partition count cannot change (use partitions={stored[0]})"
            )
        self._writer = writer
        self._reader = _connect(self.path)

    async def close(self) -> None:
        for pool, attr in ((self._write_pool, "_writer"), (self._read_pool, "_reader")):
            conn = getattr(self, attr)
            if conn is not None:
                await asyncio.get_running_loop().run_in_executor(pool, conn.close)
                setattr(self, attr, None)

    # Port -----------------------------------------------------------------------------------------------------

    def partition_for(self, key: str) -> int:
        return partition_for_key(key, self.partition_count)

    async def append(self, records: Sequence[OutgoingRecord]) -> list[Position]:
        if not records:
            return []
        return await asyncio.get_running_loop().run_in_executor(self._write_pool, self._append, records)

    def _append(self, records: Sequence[OutgoingRecord]) -> list[Position]:
        conn = self._require(self._writer)
        conn.execute("BEGIN IMMEDIATE")
        try:
            positions = self._insert(conn, records)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return positions

    def _insert(self, conn: sqlite3.Connection, records: Sequence[OutgoingRecord],
                fingerprints: Sequence[str | None] | None = None,
                id_keys: Sequence[int] | None = None) -> list[Position]:
        """Assign offsets (inside the caller's write transaction) and insert the records (``id_keys``: their
        ``id_key``s when the caller has them)."""
        fingerprints = fingerprints or [None] * len(records)
        id_keys = id_keys or [id_key(r.event_id) for r in records]
        partitions = [self.partition_for(r.key) for r in records]
        next_offset = {p: self._next_offset(conn, p) for p in set(partitions)}
        rows, positions = [], []
        for record, partition, fingerprint, key in zip(records, partitions, fingerprints, id_keys):
            offset = next_offset[partition]
            next_offset[partition] = offset + 1
            positions.append(Position(partition, offset))
            rows.append((partition, offset, record.key, record.event_id, key, record.type,
                         record.schema_version, record.timestamp_ms, fingerprint, record.value))
        conn.executemany(INSERT, rows)
        return positions

    # Deduplicating append (used by ingest instead of a separate ledger) ----------------------------------------

    async def lookup_ids(self, event_ids: Sequence[str]) -> dict[str, tuple[str, Position]]:
        """``{event_id: (fingerprint, position)}`` for the ids already appended with ``append_unique``."""
        return await self._on_reader(self._lookup_ids, self._require(self._reader), list(event_ids))

    def _lookup_ids(self, conn: sqlite3.Connection, event_ids: list[str],
                    id_keys: list[int] | None = None) -> dict[str, tuple[str, Position]]:
        found = {}
        id_keys = id_keys or [id_key(e) for e in event_ids]
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT event_id, fingerprint, partition, offset FROM log_records WHERE id_key IN ({marks})"
            wanted = set(chunk)
            for event_id, fp, partition, offset in conn.execute(query, id_keys[start:start + 500]):
                if event_id in wanted:
                    found[event_id] = (fp, Position(partition, offset))
        return found

    async def append_unique(self, records: Sequence[OutgoingRecord], fingerprints: Sequence[str],
                            atomic: bool = False) -> list[Position | tuple[str, Position]] | None:
        """Append the records whose event id is new, in one transaction with the id index.

        Returns, per record, its new ``Position``, or ``(fingerprint, position)`` of the copy already in the log
        (a concurrent writer got there first). With ``atomic``, nothing is appended, and None returned, if any id
        is already there with another fingerprint.
        """
        if not records:
            return []
        return await self._group_commit.submit((records, fingerprints, atomic))

    def _append_unique_group(self, items: Sequence[tuple[Sequence[OutgoingRecord], Sequence[str], bool]]
                             ) -> list[list[Position | tuple[str, Position]] | None]:
        """The ``append_unique`` calls that queued up meanwhile (``hub.log.group_commit``), in one transaction and
        in queue order: each sees the ids the ones before it appended."""
        conn = self._require(self._writer)
        conn.execute("BEGIN IMMEDIATE")
        try:
            outcomes = [self._append_unique(conn, *item) for item in items]
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return outcomes

    def _append_unique(self, conn: sqlite3.Connection, records: Sequence[OutgoingRecord],
                       fingerprints: Sequence[str], atomic: bool) -> list[Position | tuple[str, Position]] | None:
        keys = [id_key(r.event_id) for r in records]  # computed once for the check and the insert
        seen = self._lookup_ids(conn, [r.event_id for r in records], keys)
        if atomic and any(seen[r.event_id][0] != fp for r, fp in zip(records, fingerprints) if r.event_id in seen):
            return None  # nothing of this call was written; the others of its group go on
        fresh = [(r, fp, k) for r, fp, k in zip(records, fingerprints, keys) if r.event_id not in seen]
        positions = self._insert(conn, [r for r, _, _ in fresh], [fp for _, fp, _ in fresh], [k for _, _, k in fresh])
        by_id = dict(zip((r.event_id for r, _, _ in fresh), positions))
        return [by_id[r.event_id] if r.event_id in by_id else seen[r.event_id] for r in records]

    @staticmethod
    def _next_offset(conn: sqlite3.Connection, partition: int) -> int:
        row = conn.execute("SELECT MAX(offset) FROM log_records WHERE partition = ?", (partition,)).fetchone()
        return 0 if row[0] is None else row[0] + 1

    async def read(self, partition: int, offset: int, limit: int) -> list[LogRecord]:
        """Straight from the file: one-off scans (replays, recovery, retries) would only fill the window."""
        return await self._on_reader(self._fetch, partition, offset, limit)

    def _read(self, partition: int, offset: int, limit: int) -> list[LogRecord]:
        """Through the read window: the consumer groups of this log object share the records they read."""
        return self._window.read(partition, offset, limit, self._fetch)

    def _fetch(self, partition: int, offset: int, limit: int) -> list[LogRecord]:
        rows = self._require(self._reader).execute(SELECT_FROM, (partition, offset, limit)).fetchall()
        new = tuple.__new__  # a NamedTuple's own __new__ costs twice as much; the projectors' hot path
        return [new(LogRecord, (new(Position, (p, o)), k, e, t, v, ts, val)) for p, o, k, e, t, v, ts, val in rows]

    async def high_watermarks(self) -> dict[int, int]:
        return await self._on_reader(self._high_watermarks)

    def _high_watermarks(self) -> dict[int, int]:
        marks = dict.fromkeys(range(self.partition_count), 0)
        conn = self._require(self._reader)
        for partition in marks:
            marks[partition] = self._next_offset(conn, partition)
        return marks

    async def offset_for_time(self, partition: int, timestamp_ms: int) -> int | None:
        return await self._on_reader(self._offset_for_time, partition, timestamp_ms)

    def _offset_for_time(self, partition: int, timestamp_ms: int) -> int | None:
        row = self._require(self._reader).execute(
            "SELECT MIN(offset) FROM log_records WHERE partition = ? AND timestamp_ms >= ?", (partition, timestamp_ms)
        ).fetchone()
        return row[0]

    def consumer(self, group: str) -> "EmbeddedConsumer":
        from hub.log.embedded_consumer import EmbeddedConsumer

        return EmbeddedConsumer(self, group)

    # Helpers --------------------------------------------------------------------------------------------------

    async def _on_reader(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._read_pool, fn, *args)

    @staticmethod
    def _require(conn: sqlite3.Connection | None) -> sqlite3.Connection:
        if conn is None:
            raise RuntimeError("the embedded log is not started; call start() first")
        return conn


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn
