"""Views as they stood at a moment T, rebuilt from the events recorded up to T.

``views_as_of(views, as_of_us, schools, student_ids)`` builds the tables of every registered projection except
the audit index itself in a private in-memory SQLite database (and yields a connection to it), from the audit
index's copies of the events of ``schools`` recorded at or before T (``recorded_us <= as_of_us``), with the
projections' own handlers. That is what the projector builds from a log holding only those events:

1. Within a partition the projector applies events in offset order; so does this, per school, by position.
2. Events of different schools touch different rows (ids are canonical per school), and the projector itself
   interleaves partitions in no fixed order (the projections do not depend on it: column ownership,
   ``projections.base``); so applying one school after another gives the same tables.
3. Batching does not matter: a ``UnitOfWork`` merges changes last-write-wins per column, as one by one would.

``student_ids`` narrows it for a read about one student: events about another student (``data.student_id`` set
and not among them) are left out; events about no student (lessons, homework, classes, subjects, teachers,
periods) stay. A per-student read (the diary, final grades) reads only rows of those students or of no student,
so its answer is unchanged; ``tests/integration/test_audit_as_of.py`` checks that for the diary against the
projector run over only the events recorded up to T.

``read_as_of`` does the rest for a per-student read: which ids and schools the student had at T, the views, the
read; any ``read(conn, student_id, ...)`` of those projections can be passed (the diary's ``read_diary``, or
``final_grades_at`` below). Events are read in chunks of
``CHUNK``, each in its own short transaction, so a rebuild never holds the views database (a SQLite reader takes
its lock) for long.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, exists, func, or_, select, tuple_
from sqlalchemy.pool import NullPool

from hub.audit.late import zone_of
from hub.events.envelope import decode
from hub.obs import Ev, log
from hub.projector.unit_of_work import UnitOfWork
from projections import final_grades, periods, progress
from projections.audit import events, from_micros

CHUNK = 2000
T = TypeVar("T")
# Each connection is a new, empty in-memory database, dropped when it closes; one engine, so statements compile once.
_MEMORY = create_engine("sqlite://", poolclass=NullPool)


class HistoryTooLarge(Exception):
    """Rebuilding would replay more events than allowed (``HUB_AUDIT_AS_OF_MAX_EVENTS``)."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"rebuilding this view would replay {count} events; the limit is {limit}")
        self.count, self.limit = count, limit


def replayed_projections() -> list:
    """Every registered projection but the audit index (the one that reads whole log records)."""
    from projections import ALL_PROJECTIONS

    return [p for p in ALL_PROJECTIONS if not getattr(p, "reads_records", False)]


@contextmanager
def views_as_of(views: Engine, as_of_us: int, schools: Collection[str], student_ids: Collection[str] | None = None,
                max_events: int | None = None) -> Iterator[Connection]:
    """A connection to a private in-memory database holding the projections' tables as of ``as_of_us``; the
    database is gone when the block ends.

    Raises ``HistoryTooLarge`` before doing any work if more than ``max_events`` events would be replayed.
    """
    if max_events is not None:
        with views.connect() as conn:
            count = conn.execute(select(func.count()).where(*_matching(as_of_us, schools, student_ids))).scalar()
        if count > max_events:
            raise HistoryTooLarge(count, max_events)
    started, projections = time.perf_counter(), replayed_projections()
    handlers = [(p, p.handles) for p in projections]
    applied = 0
    with _MEMORY.connect() as memory:
        with memory.begin():
            for projection in projections:
                projection.metadata.create_all(memory)
        for school in sorted(schools):
            for documents in _chunks(views, as_of_us, school, student_ids):
                uow = UnitOfWork()
                for document in documents:
                    event = decode(document)
                    for projection, handles in handlers:
                        if event.type in handles:
                            projection.apply(event, uow)
                with memory.begin():
                    uow.flush(memory)
                applied += len(documents)
        log(Ev.AUDIT_AS_OF_BUILT, count=len(schools), events=applied,
            duration_ms=round((time.perf_counter() - started) * 1000, 2))
        yield memory


def _matching(as_of_us: int, schools: Collection[str], student_ids: Collection[str] | None) -> list:
    e = events
    conditions = [e.c.school_id.in_(list(schools)), e.c.recorded_us <= as_of_us]
    if student_ids is not None:
        conditions.append(or_(e.c.student_id.is_(None), e.c.student_id.in_(list(student_ids))))
    return conditions


def _chunks(views: Engine, as_of_us: int, school: str, student_ids: Collection[str] | None):  # noqa: ANN202
    """The school's matching event documents in log order, ``CHUNK`` at a time (keyset on the position: a range
    of the primary key (school, partition, offset))."""
    e, after = events, (-1, -1)
    while True:
        query = (select(e.c.log_partition, e.c.log_offset, e.c.document)
                 .where(*_matching(as_of_us, [school], student_ids),
                        tuple_(e.c.log_partition, e.c.log_offset) > tuple_(*after))
                 .order_by(e.c.log_partition, e.c.log_offset).limit(CHUNK))
        with views.connect() as conn:
            rows = conn.execute(query).all()
        if rows:
            yield [document for _p, _o, document in rows]
            after = (rows[-1][0], rows[-1][1])
        if len(rows) < CHUNK:
            return


# A read about one student, as of T ------------------------------------------------------------------------------


def read_as_of(views: Engine, scope: str | None, student_id: str, as_of_us: int,
               read: Callable[..., T], *args: Any, max_events: int | None = None) -> T | None:
    """``read(conn, student_id, *args)`` on the views as of ``as_of_us``; None if the student is unknown in
    ``scope`` (a school id; None = every school).

    1. The student must have at least one event in scope (at any time).
    2. Its ids at T: itself and the aliases ``identity.linked`` to it by then (in scope).
    3. The schools to rebuild: ``scope``, or (no scope) every school with an event about those ids by T.
    4. Rebuild (``views_as_of``, narrowed to those ids), read, dispose.
    """
    schools = None if scope is None else (scope,)
    with views.connect() as conn:
        if not _known(conn, student_id, schools):  # step 1
            return None
        ids = ids_as_of(conn, student_id, as_of_us, schools)  # step 2
        if schools is None:  # step 3
            schools = tuple(conn.execute(select(events.c.school_id).distinct().where(
                events.c.student_id.in_(ids), events.c.recorded_us <= as_of_us)).scalars())
    with views_as_of(views, as_of_us, schools, ids, max_events) as conn:  # step 4
        return read(conn, student_id, *args)


def _known(conn: Connection, student_id: str, schools: tuple[str, ...] | None) -> bool:
    condition = events.c.student_id == student_id
    if schools is not None:
        condition = condition & events.c.school_id.in_(schools)
    return bool(conn.execute(select(exists().where(condition))).scalar())


def ids_as_of(conn: Connection, student_id: str, as_of_us: int, schools: tuple[str, ...] | None) -> list[str]:
    """The student's id and the aliases linked to it by events recorded up to ``as_of_us`` (``roster.student_ids``
    as it stood then)."""
    e = events
    query = select(e.c.entity_id).distinct().where(e.c.student_id == student_id, e.c.event_type == "identity.linked",
                                                   e.c.recorded_us <= as_of_us)
    if schools is not None:
        query = query.where(e.c.school_id.in_(schools))
    return [student_id, *sorted(alias for alias in conn.execute(query).scalars() if alias != student_id)]


# Reads as of T (``read`` functions for ``read_as_of``) --------------------------------------------------------------


def final_grades_at(conn: Connection, student_id: str, as_of_us: int, year: int | None) -> dict[str, Any] | None:
    """What ``GET /v1/students/{id}/final-grades`` answered at ``as_of_us`` to a reader of every subject: None if
    the views did not know the student then; the academic year defaults to the one of that day (school's zone)."""
    student = progress.student_context(conn, student_id)
    if student is None:
        return None
    if year is None:
        day = from_micros(as_of_us).astimezone(zone_of(student.timezone)).date()
        year = periods.academic_year_of(periods.school_periods(conn, student.school_id), day)
        year = year if year is not None else (day.year if day.month >= 9 else day.year - 1)
    return {"student_id": student_id, **final_grades.read_final_grades(conn, student, year)}
