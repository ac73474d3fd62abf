"""The ingest ledger: which events the hub has already taken, so a vendor retry appends nothing new.

It lives in the hub's state database (beside the embedded log, or PostgreSQL in production) and doubles as an
outbox: each claim stores the encoded event, so a crash between claiming and appending loses nothing.

Protocol for one batch (``hub.ingest.service`` drives it):

1. ``claim(entries)``: in one transaction, insert a row per event id that is not there yet (status ``claimed``);
   the primary key decides races, including two identical batches sent at once by two API processes.
   Returns which ids this call claimed and, for the others, what the ledger already holds.
2. The caller appends the claimed events to the log.
3. ``mark_appended(positions)``: record where each landed (status ``appended``). ``release(ids)`` deletes claims
   the caller decided not to append (a rejected record, an atomic batch that failed). If the append fails, the
   records may still be in the log (a request can reach the broker after its answer timed out), so the claims are
   not released: ``give_up(leases)`` hands them to recovery at once (``claimed_at_ms`` = 0), and while the
   producer still holds some of them the owner keeps the lease with ``renew(leases)``.
4. ``recover(log)``: claims left ``claimed`` by a crashed process (older than ``RECOVERY_GRACE_S``) or given up
   are taken over with a compare-and-set on ``claimed_at``, looked up in the log (they may have been appended just
   before the crash) and appended only if absent. Run at start-up and every ``RECOVERY_EVERY_S``.

A retry that finds a claim without a position waits while its owner may still be appending (``settled``: at most
``owner_window_s`` after the claim was recorded), then reports it pending, with ``retry_after_s``: when recovery
will have taken it over.

Its tables change only through a migration (stream ``state`` of ``hub.store.migrate``; README: "The hub's own state
and migrations"): a change to a ``Table`` here needs a new revision, else ``tests/integration/test_migrations.py``
fails.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (BigInteger, Column, Engine, Integer, LargeBinary, MetaData, String, Table, and_, bindparam,
                        func, select)
from sqlalchemy.dialects import postgresql, sqlite

from hub import clock
from hub.ingest import ledger_pg
from hub.log.port import EventLog, OutgoingRecord, Position

metadata = MetaData()
ledger = Table(
    "ingest_ledger",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("school_id", String(128), nullable=False),
    Column("adapter", String(64), nullable=False),
    Column("client_id", String(64)),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("recorded_at_ms", BigInteger, nullable=False),
    Column("claimed_at_ms", BigInteger, nullable=False, index=True),  # a lease: moved forward on take-over
    Column("partition", Integer),
    Column("offset", BigInteger),
    Column("value", LargeBinary, nullable=False),
)

CLAIMED, APPENDED = "claimed", "appended"
GIVEN_UP = 0  # ``claimed_at_ms`` of a claim whose owner failed to append it: recovery takes it at its next round
RECOVERY_GRACE_S = 60.0  # a claim older than this has no live owner (unless the owner renewed it)
RECOVERY_EVERY_S = 30.0  # how often the API runs ``recover``
SETTLE_POLL_S = 0.05


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    event_id: str
    fingerprint: str
    school_id: str
    adapter: str
    client_id: str | None
    type: str
    schema_version: int
    timestamp_ms: int
    value: bytes

    def outgoing(self) -> OutgoingRecord:
        return OutgoingRecord(self.school_id, self.event_id, self.type, self.schema_version, self.timestamp_ms,
                              self.value)


@dataclass(frozen=True, slots=True)
class Existing:
    """What the log or the ledger already holds for an event id. ``position`` is None while a claim is not recorded
    yet; then ``claimed_at_ms`` and ``recorded_at_ms`` say whose and since when (ledger only)."""

    fingerprint: str
    position: Position | None
    claimed_at_ms: int | None = None
    recorded_at_ms: int | None = None

    def retry_after_s(self, now_ms: int | None = None) -> int:
        """Seconds until recovery will have recorded a claim nobody records: its grace, then a recovery round."""
        if self.claimed_at_ms is None or self.claimed_at_ms == GIVEN_UP:
            return math.ceil(RECOVERY_EVERY_S)
        grace_left_ms = max(0, self.claimed_at_ms + int(RECOVERY_GRACE_S * 1000) - (now_ms or _now_ms()))
        return math.ceil(grace_left_ms / 1000 + RECOVERY_EVERY_S)


class IngestLedger:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._postgres = engine.dialect.name == "postgresql"  # one statement per batch (hub.ingest.ledger_pg)
        self._insert = (postgresql.insert if self._postgres else sqlite.insert)(ledger)

    async def claim(self, entries: Sequence[LedgerEntry]) -> tuple[set[str], dict[str, Existing]]:
        """Step 1. Returns (ids claimed by this call, {other id: what the ledger holds})."""
        if not entries:
            return set(), {}
        return await asyncio.to_thread(self._claim, entries)

    def _claim(self, entries: Sequence[LedgerEntry]) -> tuple[set[str], dict[str, Existing]]:
        with self.engine.begin() as conn:
            if self._postgres:
                claimed = ledger_pg.claim(conn, entries, CLAIMED)
            else:
                result = conn.execute(self._insert.on_conflict_do_nothing().returning(ledger.c.event_id),
                                      [_row(e) for e in entries])
                claimed = {row[0] for row in result}
            others = [e.event_id for e in entries if e.event_id not in claimed]
            existing = self._lookup(conn, others)
        return claimed, existing

    @staticmethod
    def _lookup(conn, event_ids: list[str]) -> dict[str, Existing]:  # noqa: ANN001 - SQLAlchemy Connection
        found: dict[str, Existing] = {}
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            query = select(ledger.c.event_id, ledger.c.fingerprint, ledger.c.partition, ledger.c.offset,
                           ledger.c.claimed_at_ms, ledger.c.recorded_at_ms).where(ledger.c.event_id.in_(chunk))
            for event_id, fp, partition, offset, claimed_at, recorded_at in conn.execute(query):
                found[event_id] = (Existing(fp, None, claimed_at, recorded_at) if partition is None
                                   else Existing(fp, Position(partition, offset)))
        return found

    async def settled(self, existing: dict[str, Existing], owner_window_s: float) -> dict[str, Existing]:
        """``existing`` again once no claim in it may still get its position from a live owner: a claim without a
        position, not given up, recorded less than ``owner_window_s`` ago may belong to a process that is
        appending it right now (an identical batch racing this one); wait for that process to record or fail."""
        window_ms = int(owner_window_s * 1000)

        def open_until(e: Existing) -> int:
            if e.position is not None or e.claimed_at_ms in (None, GIVEN_UP) or e.recorded_at_ms is None:
                return 0
            return e.recorded_at_ms + window_ms

        result = dict(existing)
        waiting = [eid for eid, e in result.items() if open_until(e) > _now_ms()]
        while waiting:
            await asyncio.sleep(SETTLE_POLL_S)
            result.update(await asyncio.to_thread(self._lookup_ids, waiting))
            waiting = [eid for eid in waiting if open_until(result[eid]) > _now_ms()]
        return result

    def _lookup_ids(self, event_ids: list[str]) -> dict[str, Existing]:
        with self.engine.connect() as conn:
            return self._lookup(conn, event_ids)

    async def mark_appended(self, positions: dict[str, Position]) -> None:
        """Step 3."""
        if positions:
            await asyncio.to_thread(self._mark_appended, positions)

    def _mark_appended(self, positions: dict[str, Position]) -> None:
        if self._postgres:
            with self.engine.begin() as conn:
                ledger_pg.mark_appended(conn, positions, APPENDED)
            return
        statement = ledger.update().where(ledger.c.event_id == bindparam("eid")).values(
            status=APPENDED, partition=bindparam("p"), offset=bindparam("o"))
        params = [{"eid": eid, "p": pos.partition, "o": pos.offset} for eid, pos in positions.items()]
        with self.engine.begin() as conn:
            conn.execute(statement, params)

    async def release(self, event_ids: Iterable[str]) -> None:
        """Undo step 1 for ids whose append failed."""
        ids = list(event_ids)
        if ids:
            await asyncio.to_thread(self._release, ids)

    def _release(self, ids: list[str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(ledger.delete().where(and_(ledger.c.event_id.in_(ids), ledger.c.status == CLAIMED)))

    async def give_up(self, leases: dict[str, int]) -> None:
        """Hand claims whose append failed to recovery now ({event id: the lease this owner holds}); a claim
        recovery already took over, or one recorded meanwhile, is left alone."""
        if leases:
            await asyncio.to_thread(self._move_leases, leases, GIVEN_UP)

    async def renew(self, leases: dict[str, int]) -> dict[str, int]:
        """Keep claims whose records the producer may still write out of recovery's hands for another grace
        period; returns the new leases."""
        now_ms = _now_ms()
        if leases:
            await asyncio.to_thread(self._move_leases, leases, now_ms)
        return dict.fromkeys(leases, now_ms)

    def _move_leases(self, leases: dict[str, int], to_ms: int) -> None:
        statement = ledger.update().where(and_(
            ledger.c.event_id == bindparam("eid"), ledger.c.status == CLAIMED,
            ledger.c.claimed_at_ms == bindparam("lease"))).values(claimed_at_ms=to_ms)
        with self.engine.begin() as conn:
            conn.execute(statement, [{"eid": eid, "lease": lease} for eid, lease in leases.items()])

    async def recover(self, log: EventLog, grace_seconds: float = RECOVERY_GRACE_S) -> int:
        """Step 4. Returns how many stranded claims were appended (0 when none were stranded)."""
        now_ms = clock.now_ms()
        stranded = await asyncio.to_thread(self._take_over_stranded, now_ms - int(grace_seconds * 1000), now_ms)
        if not stranded:
            return 0
        found = await _find_in_log(log, stranded)
        missing = [e for e in stranded if e.event_id not in found]
        if missing:
            appended = await log.append([e.outgoing() for e in missing])
            found.update({e.event_id: pos for e, pos in zip(missing, appended)})
        await self.mark_appended(found)
        return len(missing)

    def _take_over_stranded(self, older_than_ms: int, now_ms: int) -> list[LedgerEntry]:
        taken: list[LedgerEntry] = []
        with self.engine.begin() as conn:
            query = select(ledger).where(and_(ledger.c.status == CLAIMED, ledger.c.claimed_at_ms < older_than_ms))
            for row in conn.execute(query.limit(10_000)).mappings():
                moved = conn.execute(ledger.update().where(and_(
                    ledger.c.event_id == row["event_id"], ledger.c.claimed_at_ms == row["claimed_at_ms"],
                    ledger.c.status == CLAIMED)).values(claimed_at_ms=now_ms))
                if moved.rowcount == 1:
                    taken.append(_entry(row))
        return taken

    async def stats(self) -> dict[str, int]:
        return await asyncio.to_thread(self._stats)

    def _stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(ledger.c.status, func.count()).group_by(ledger.c.status)).all()
        return {status: count for status, count in rows}


async def _find_in_log(log: EventLog, entries: list[LedgerEntry]) -> dict[str, Position]:
    """Scan each affected partition from the oldest stranded claim's time for the stranded event ids."""
    wanted = {e.event_id for e in entries}
    found: dict[str, Position] = {}
    marks = await log.high_watermarks()
    by_partition: dict[int, int] = {}
    for entry in entries:
        partition = log.partition_for(entry.school_id)
        by_partition[partition] = min(by_partition.get(partition, entry.timestamp_ms), entry.timestamp_ms)
    for partition, since_ms in by_partition.items():
        offset = await log.offset_for_time(partition, since_ms - 1000)
        while offset is not None and offset < marks[partition]:
            records = await log.read(partition, offset, 1000)
            if not records:
                break
            found.update({r.event_id: r.position for r in records if r.event_id in wanted})
            offset = records[-1].position.offset + 1
    return found


def _now_ms() -> int:
    """The ledger's one reading of "now" (``hub.clock``)."""
    return clock.now_ms()


def _row(entry: LedgerEntry) -> dict:
    return {
        "event_id": entry.event_id, "fingerprint": entry.fingerprint, "school_id": entry.school_id,
        "adapter": entry.adapter, "client_id": entry.client_id, "type": entry.type,
        "schema_version": entry.schema_version, "status": CLAIMED, "recorded_at_ms": entry.timestamp_ms,
        "claimed_at_ms": entry.timestamp_ms,
        "value": entry.value,
    }


def _entry(row) -> LedgerEntry:  # noqa: ANN001 - a RowMapping
    return LedgerEntry(row["event_id"], row["fingerprint"], row["school_id"], row["adapter"], row["client_id"],
                       row["type"], row["schema_version"], row["recorded_at_ms"], row["value"])


