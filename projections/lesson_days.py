"""The day a diary row is filed under, kept on the row: a mark's ``day`` (its lesson's date, or its own ``date``
when it has no lesson the diary knows), a homework's ``set_on`` and an attendance entry's ``day`` (its lesson's
date), and a mark's ``filed_subject`` (its own subject, else its lesson's; ``Derived.own_first``). A week's read
then reaches only that week's rows through a ``(student or class, day)`` index, instead of
every row of the year joined to its lesson (``projections.diary_week``).

A handler cannot read the lesson, and events come in any order (a mark before its lesson, a lesson moved after
its marks), so the unit of work derives the columns when it writes a batch (``UnitOfWork.flush`` calls the
``derive`` object of a pending table's ``info``, in the batch's transaction):

* ``before_flush``: every pending row that names its lesson gets the derived columns from that lesson's date
  (or subject): the batch's own (a pending lesson row with a ``date``), else the stored one, else the row's
  fallback column (or NULL; the fallback first with ``own_first``); one ``SELECT`` per 500 lessons reads the
  stored dates and subjects, of those lessons and of the batch's own, so it also finds the lessons the batch
  moves (a date or subject that differs from the stored one, or a new lesson);
* ``after_source``: the unit of work writes the lessons first, then for the moved ones the stored rows that name
  them are derived again where they differ (one ``UPDATE`` per table and 500 lessons, through a ``lesson_id``
  index), then it writes the other tables, whose rows are right already. A lesson sent again unchanged costs
  nothing more; a new one, an index probe per table (rows that came before it: events in any order).

The derived value is therefore a function of the stored rows after every flush, whatever the batches: a rebuild
equals the incremental result (``tests/integration/test_views_rebuild.py``, ``test_lesson_days.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, String, Table, any_, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY

CHUNK = 500  # lessons per statement: well under SQLite's parameter limit


@dataclass(frozen=True)
class Derived:
    """``column`` of ``table`` holds the ``source`` column (default ``date``) of the row's lesson (``lesson_id``),
    else its ``fallback`` column; with ``own_first``, its ``fallback`` column when that is not NULL, else the
    lesson's (a mark's ``subject``: its own subject, else its lesson's)."""

    table: Table
    column: str
    fallback: str | None = None
    source: str = "date"
    own_first: bool = False

    def value(self, row: Mapping[str, Any], lesson: Mapping[str, Any] | None) -> Any:
        """The derived value of a pending ``row`` whose lesson's stored-or-pending columns are ``lesson``."""
        found = None if lesson is None else lesson.get(self.source)
        if self.fallback is None or (found is not None and not self.own_first):
            return found
        if self.fallback not in row:
            raise ValueError(f"a {self.table.name} row naming its lesson must give {self.fallback}")
        own = row[self.fallback]
        return own if own is not None or not self.own_first else found


class LessonDays:
    """The derivation of ``rules``' columns from ``lessons``' ``date`` (see the module doc)."""

    def __init__(self, lessons: Table, *rules: Derived) -> None:
        self.lessons, self.rules = lessons, rules
        self.sources = tuple(sorted({rule.source for rule in rules}))
        self.tables = tuple(dict.fromkeys(rule.table for rule in rules))  # one UPDATE per table, all its rules
        for table in (lessons, *(rule.table for rule in rules)):
            table.info["derive"] = self

    @property
    def source(self) -> Table:
        """The table the unit of work writes first, before ``after_source``."""
        return self.lessons

    def before_flush(self, conn: Connection, pending: Mapping[Table, dict[Any, dict]],
                     targets: Mapping[Table, Table]) -> list[str]:
        """Set the derived columns of every pending row that names its lesson (``lesson_id`` in the row); return
        the lessons whose date or subject the batch changes (new ones included), for ``after_source``."""
        batch = _batch_values(pending.get(self.lessons, {}), self.sources)
        rows = [(rule, row) for rule in self.rules for row in pending.get(rule.table, {}).values()
                if "lesson_id" in row]
        asked = ({row["lesson_id"] for _, row in rows} - {None}) | batch.keys()
        stored = _stored_values(conn, targets.get(self.lessons, self.lessons), self.sources, sorted(asked))
        lessons = {lesson: {**stored.get(lesson, {}), **batch.get(lesson, {})} for lesson in asked}
        for rule, row in rows:
            row[rule.column] = rule.value(row, lessons.get(row["lesson_id"]))
        return sorted(lesson for lesson, values in batch.items() if lesson not in stored
                      or any(stored[lesson][name] != value for name, value in values.items()))

    def after_source(self, conn: Connection, moved: list[str], targets: Mapping[Table, Table]) -> None:
        """Once the lessons are written and before the other tables are: derive again, where they differ, the
        stored rows of the lessons ``before_flush`` found moved (the batch's own rows are right already)."""
        if not moved:
            return
        lessons, dialect = targets.get(self.lessons, self.lessons), conn.dialect.name
        for table in self.tables:
            rules = tuple(rule for rule in self.rules if rule.table is table)
            statement = _rederive(dialect, targets.get(table, table), lessons, rules)
            for chunk in _chunks(moved):
                conn.execute(statement, {"ids": chunk})


def _stored_values(conn: Connection, lessons: Table, sources: tuple[str, ...],
                   ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored ``sources`` columns of each of the lessons ``ids`` the table holds."""
    found: dict[str, dict[str, Any]] = {}
    query = _values_query(conn.dialect.name, lessons, sources)
    for chunk in _chunks(ids):
        rows = conn.execute(query, {"ids": chunk})
        found.update((lesson_id, dict(zip(sources, values))) for lesson_id, *values in rows)
    return found


@lru_cache(maxsize=64)
def _values_query(dialect: str, lessons: Table, sources: tuple[str, ...]) -> Any:
    return select(lessons.c.lesson_id, *(lessons.c[name] for name in sources)).where(
        _one_of(dialect, lessons.c.lesson_id))


def _batch_values(lesson_rows: Mapping[Any, dict], sources: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The ``sources`` columns this batch writes, by lesson (a row that sets none, e.g. a cancellation, leaves them
    as stored; such a lesson is left out)."""
    found: dict[str, dict[str, Any]] = {}
    for lesson_id, row in lesson_rows.items():
        values = {name: row[name] for name in sources if name in row}
        if values:
            found[lesson_id] = values
    return found


def _one_of(dialect: str, column: Any) -> Any:
    """``column`` is one of the parameter ``ids``: ``= ANY(:ids)`` on PostgreSQL (one statement, which psycopg
    prepares, whatever the count), an expanding ``IN`` on SQLite."""
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(String)))
    return column.in_(bindparam("ids", expanding=True))


@lru_cache(maxsize=256)
def _rederive(dialect: str, table: Table, lessons: Table, rules: tuple[Derived, ...]) -> Any:
    """``UPDATE table SET <each rule's column> = <its value from the lesson> WHERE lesson_id IN :ids AND one
    differs``."""
    values: dict[str, Any] = {}
    for rule in rules:
        value: Any = select(lessons.c[rule.source]).where(lessons.c.lesson_id == table.c.lesson_id).scalar_subquery()
        if rule.fallback is not None:
            own = table.c[rule.fallback]
            value = func.coalesce(own, value) if rule.own_first else func.coalesce(value, own)
        values[rule.column] = value
    differs = or_(*(table.c[name].is_distinct_from(value) for name, value in values.items()))
    return update(table).where(_one_of(dialect, table.c.lesson_id), differs).values(values)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
