"""The day a diary row is filed under, kept on the row: a mark's ``day`` (its lesson's date, or its own ``date``
when it has no lesson the diary knows), a homework's ``set_on`` and an attendance entry's ``day`` (its lesson's
date). A week's read then reaches only that week's rows through a ``(student or class, day)`` index, instead of
every row of the year joined to its lesson (``projections.diary_week``).

A handler cannot read the lesson, and events come in any order (a mark before its lesson, a lesson moved after
its marks), so the unit of work derives the columns when it writes a batch (``UnitOfWork.flush`` calls the
``derive`` object of a pending table's ``info``, in the batch's transaction):

* ``before_flush``: every pending row that names its lesson gets the derived column from that lesson's date: the
  batch's own (a pending lesson row with a ``date``), else the stored one, else the row's fallback column (or
  NULL); one ``SELECT`` per 500 lessons reads the stored dates, of those lessons and of the batch's own, so it also
  finds the lessons the batch moves (a date that differs from the stored one, or a new lesson);
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

from sqlalchemy import Connection, String, Table, any_, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY

CHUNK = 500  # lessons per statement: well under SQLite's parameter limit


@dataclass(frozen=True)
class Derived:
    """``column`` of ``table`` holds the date of the row's lesson (``lesson_id``), else its ``fallback`` column."""

    table: Table
    column: str
    fallback: str | None = None


class LessonDays:
    """The derivation of ``rules``' columns from ``lessons``' ``date`` (see the module doc)."""

    def __init__(self, lessons: Table, *rules: Derived) -> None:
        self.lessons, self.rules = lessons, rules
        for table in (lessons, *(rule.table for rule in rules)):
            table.info["derive"] = self

    @property
    def source(self) -> Table:
        """The table the unit of work writes first, before ``after_source``."""
        return self.lessons

    def before_flush(self, conn: Connection, pending: Mapping[Table, dict[Any, dict]],
                     targets: Mapping[Table, Table]) -> list[str]:
        """Set the derived column of every pending row that names its lesson (``lesson_id`` in the row); return
        the lessons whose date the batch changes (new ones included), for ``after_source``."""
        batch = _batch_dates(pending.get(self.lessons, {}))
        rows = [(rule, row) for rule in self.rules for row in pending.get(rule.table, {}).values()
                if "lesson_id" in row]
        asked = ({row["lesson_id"] for _, row in rows} - {None}) | batch.keys()
        stored = _stored_dates(conn, targets.get(self.lessons, self.lessons), sorted(asked))
        dates = {**stored, **batch}
        for rule, row in rows:
            value = dates.get(row["lesson_id"])
            if value is None and rule.fallback is not None:
                if rule.fallback not in row:
                    raise ValueError(f"a {rule.table.name} row naming its lesson must give {rule.fallback}")
                value = row[rule.fallback]
            row[rule.column] = value
        return sorted(lesson for lesson, date in batch.items() if lesson not in stored or stored[lesson] != date)

    def after_source(self, conn: Connection, moved: list[str], targets: Mapping[Table, Table]) -> None:
        """Once the lessons are written and before the other tables are: derive again, where they differ, the
        stored rows of the lessons ``before_flush`` found moved (the batch's own rows are right already)."""
        if not moved:
            return
        lessons, dialect = targets.get(self.lessons, self.lessons), conn.dialect.name
        for rule in self.rules:
            statement = _rederive(dialect, targets.get(rule.table, rule.table), lessons, rule)
            for chunk in _chunks(moved):
                conn.execute(statement, {"ids": chunk})


def _stored_dates(conn: Connection, lessons: Table, ids: list[str]) -> dict[str, Any]:
    """The stored date of each of the lessons ``ids`` the table holds."""
    found: dict[str, Any] = {}
    query = _dates_query(conn.dialect.name, lessons)
    for chunk in _chunks(ids):
        found.update((lesson_id, date) for lesson_id, date in conn.execute(query, {"ids": chunk}))
    return found


@lru_cache(maxsize=64)
def _dates_query(dialect: str, lessons: Table) -> Any:
    return select(lessons.c.lesson_id, lessons.c.date).where(_one_of(dialect, lessons.c.lesson_id))


def _batch_dates(lesson_rows: Mapping[Any, dict]) -> dict[str, Any]:
    """The dates this batch writes, by lesson (rows that set no ``date``, e.g. a cancellation, leave it as stored)."""
    return {lesson_id: row["date"] for lesson_id, row in lesson_rows.items() if "date" in row}


def _one_of(dialect: str, column: Any) -> Any:
    """``column`` is one of the parameter ``ids``: ``= ANY(:ids)`` on PostgreSQL (one statement, which psycopg
    prepares, whatever the count), an expanding ``IN`` on SQLite."""
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(String)))
    return column.in_(bindparam("ids", expanding=True))


@lru_cache(maxsize=256)
def _rederive(dialect: str, table: Table, lessons: Table, rule: Derived) -> Any:
    """``UPDATE table SET column = <its lesson's date, else fallback> WHERE lesson_id IN :ids AND it differs``."""
    value: Any = select(lessons.c.date).where(lessons.c.lesson_id == table.c.lesson_id).scalar_subquery()
    if rule.fallback is not None:
        value = func.coalesce(value, table.c[rule.fallback])
    column = table.c[rule.column]
    return (update(table).where(_one_of(dialect, table.c.lesson_id), column.is_distinct_from(value))
            .values({rule.column: value}))


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
