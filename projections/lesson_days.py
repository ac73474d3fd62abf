"""The day a diary row is filed under, kept on the row: a mark's ``day`` (its lesson's date, or its own ``date``
when it has no lesson the diary knows), a homework's ``set_on`` and an attendance entry's ``day`` (its lesson's
date). A week's read then reaches only that week's rows through a ``(student or class, day)`` index, instead of
every row of the year joined to its lesson (``projections.diary_week``).

A handler cannot read the lesson, and events come in any order (a mark before its lesson, a lesson moved after
its marks), so the unit of work derives the columns when it writes a batch (``UnitOfWork.flush`` calls the
``derive`` object of a pending table's ``info``, in the batch's transaction):

* ``before_flush``: every pending row that names its lesson gets the derived column from that lesson's date: the
  batch's own (a pending lesson row with a ``date``), else the stored one (one ``SELECT`` per 500 lessons), else
  the row's fallback column (or NULL);
* ``after_flush``: for every lesson whose ``date`` the batch wrote (scheduled, moved), the stored rows that name it
  are derived again where they differ (one ``UPDATE`` per table and 500 lessons, through a ``lesson_id`` index;
  rows written by this batch already agree, so a new lesson changes nothing).

The derived value is therefore a function of the stored rows after every flush, whatever the batches: a rebuild
equals the incremental result (``tests/integration/test_views_rebuild.py``, ``test_lesson_days.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update

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

    def before_flush(self, conn: Connection, pending: Mapping[Table, dict[Any, dict]],
                     targets: Mapping[Table, Table]) -> None:
        """Set the derived column of every pending row that names its lesson (``lesson_id`` in the row)."""
        rows = [(rule, row) for rule in self.rules for row in pending.get(rule.table, {}).values()
                if "lesson_id" in row]
        if not rows:
            return
        dates = _batch_dates(pending.get(self.lessons, {}))
        unknown = {row["lesson_id"] for _, row in rows} - dates.keys() - {None}
        dates.update(self._stored_dates(conn, targets.get(self.lessons, self.lessons), sorted(unknown)))
        for rule, row in rows:
            value = dates.get(row["lesson_id"])
            if value is None and rule.fallback is not None:
                if rule.fallback not in row:
                    raise ValueError(f"a {rule.table.name} row naming its lesson must give {rule.fallback}")
                value = row[rule.fallback]
            row[rule.column] = value

    def after_flush(self, conn: Connection, pending: Mapping[Table, dict[Any, dict]],
                    targets: Mapping[Table, Table]) -> None:
        """Derive again the stored rows of every lesson whose date this batch wrote, where they differ."""
        moved = sorted(_batch_dates(pending.get(self.lessons, {})))
        if not moved:
            return
        lessons = targets.get(self.lessons, self.lessons)
        for rule in self.rules:
            statement = _rederive(targets.get(rule.table, rule.table), lessons, rule)
            for chunk in _chunks(moved):
                conn.execute(statement, {"ids": chunk})

    @staticmethod
    def _stored_dates(conn: Connection, lessons: Table, ids: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for chunk in _chunks(ids):
            query = select(lessons.c.lesson_id, lessons.c.date).where(lessons.c.lesson_id.in_(chunk))
            found.update((lesson_id, date) for lesson_id, date in conn.execute(query))
        return found


def _batch_dates(lesson_rows: Mapping[Any, dict]) -> dict[str, Any]:
    """The dates this batch writes, by lesson (rows that set no ``date``, e.g. a cancellation, leave it as stored)."""
    return {lesson_id: row["date"] for lesson_id, row in lesson_rows.items() if "date" in row}


@lru_cache(maxsize=256)
def _rederive(table: Table, lessons: Table, rule: Derived) -> Any:
    """``UPDATE table SET column = <its lesson's date, else fallback> WHERE lesson_id IN :ids AND it differs``."""
    value: Any = select(lessons.c.date).where(lessons.c.lesson_id == table.c.lesson_id).scalar_subquery()
    if rule.fallback is not None:
        value = func.coalesce(value, table.c[rule.fallback])
    column = table.c[rule.column]
    return (update(table).where(table.c.lesson_id.in_(bindparam("ids", expanding=True)),
                                column.is_distinct_from(value))
            .values({rule.column: value}))


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
