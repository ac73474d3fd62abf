"""Steps 2-3 of the runner's protocol (``hub.projector.runner``) for one batch, in a worker thread: apply the
batch's events to a unit of work, then write its rows, its dead letters and the offsets of ``moves`` (this batch's
and any deferred ones, ``hub.projector.progress``) in ONE transaction, each offset by compare-and-set."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NoReturn

from sqlalchemy import Connection, Engine, Table

from hub.events.envelope import LoggedEvent
from hub.log.port import LogRecord
from hub.obs import Ev, log
from hub.projector import dead_letters, offsets, stamps
from hub.projector.dead_letters import Failure, ProjectionHalted
from hub.projector.decoding import applier
from hub.projector.progress import Move
from hub.projector.unit_of_work import UnitOfWork


class Conflict(Exception):
    """The stored offset of ``partition`` was not the expected one; the transaction was rolled back."""

    def __init__(self, partition: int) -> None:
        super().__init__(partition)
        self.partition = partition


def commit(engine: Engine, projection, version: int, targets: Mapping[Table, Table], policy: str,  # noqa: ANN001
           decode: Callable[[bytes], LoggedEvent], partition: int, records: Sequence[LogRecord],
           moves: list[Move], defer: bool) -> tuple[int, int, int, bool]:
    """Apply ``records`` (of ``partition``) and write them with ``moves``: ``(events applied, rows written, dead
    letters, committed)``. With ``defer``, a batch that writes nothing (no row, no dead letter) opens no
    transaction and returns ``committed = False``. Raises ``Conflict`` (rolled back) if an offset moved,
    ``ProjectionHalted`` under the ``halt`` policy."""
    failures: dict[int, Failure] = {}
    while True:  # each pass that meets a failing event stops there; the next one leaves it out
        known = len(failures)
        uow, applied = apply_batch(projection, version, decode, records, failures)
        if len(failures) == known:
            break
        if policy == dead_letters.HALT:
            halt(engine, projection.name, version, partition, failures)
    if defer and not failures and not len(uow):
        return applied, 0, 0, False
    with engine.begin() as conn:
        compare_and_set(conn, projection.name, version, moves)
        rows = uow.flush(conn, targets)
        dead_letters.record(conn, projection.name, version, partition, failures.values())
        resolve(conn, projection.name, version, moves, partition, failures)
    return applied, rows, len(failures), True


def write_offsets(engine: Engine, name: str, version: int, moves: list[Move]) -> None:
    """Deferred offset-only progress in a transaction of its own (at the head of the log, idle, stopping)."""
    with engine.begin() as conn:
        compare_and_set(conn, name, version, moves)
        resolve(conn, name, version, moves)


def compare_and_set(conn: Connection, name: str, version: int, moves: list[Move]) -> None:
    for partition, expected, new in moves:
        if not offsets.compare_and_set(conn, name, version, partition, expected, new):
            raise Conflict(partition)  # leaving the transaction's block rolls it back


def resolve(conn: Connection, name: str, version: int, moves: list[Move], partition: int | None = None,
            failures: Mapping[int, Failure] | None = None) -> None:
    """Resolve the open dead letters in each moved range that applied now (all but ``failures`` of
    ``partition``)."""
    for moved, start, end in moves:
        dead_letters.resolve(conn, name, version, moved, start, end, failures if moved == partition and failures
                             else ())


def apply_batch(projection, version: int, decode: Callable[[bytes], LoggedEvent],  # noqa: ANN001
                records: Sequence[LogRecord], failures: dict[int, Failure]) -> tuple[UnitOfWork, int]:
    """Apply the handled events of ``records`` to a fresh unit of work, skipping offsets already in ``failures``
    and adding those whose handler raises."""
    uow, applied, apply, handles = UnitOfWork(), 0, applier(projection, decode), projection.handles
    stamp = stamps.stamper(projection, version)
    for record in records:
        offset = record.position.offset
        if record.type not in handles or offset in failures:
            continue
        try:
            event = apply(record, uow)
        except Exception as exc:  # noqa: BLE001 - any handler failure becomes a dead letter
            failures[offset] = Failure(offset, record.type, record.event_id, dead_letters.describe(exc))
            log(Ev.PROJECTION_DEAD_LETTER, "error", projection=projection.name, version=version,
                partition=record.position.partition, offset=offset, error=failures[offset].error[:500])
            return uow, applied  # the unit of work may hold part of the failed event: the caller re-runs
        if stamp is not None:
            stamp(event, offset, uow)  # in the rows' transaction (hub.projector.stamps)
        applied += 1
    return uow, applied


def halt(engine: Engine, name: str, version: int, partition: int, failures: dict[int, Failure]) -> NoReturn:
    with engine.begin() as conn:
        dead_letters.record(conn, name, version, partition, failures.values())
    first = failures[min(failures)]
    raise ProjectionHalted(f"{name} v{version} halted at {partition}:{first.offset}: {first.error}")
