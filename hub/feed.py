"""The change feed of a family: new and changed marks, final marks, homework and attendance of the reader's
children, in log order, from a cursor (``GET /v1/me/feed``, ``hub.api.feed``).

**Where it reads.** The ``audit`` view (``projections.audit``): one row per log record, keyed by (school,
partition, offset), holding the envelope as logged. Its key walks a school's events in log order from any offset,
which is what a resumable feed needs; the diary's tables hold the current state with no position, so they could
say what a mark *is* but not what changed since a position. The audit view is itself projected with its offsets
in the same transaction as its rows, so once it has applied N events of a partition it holds every row below N:
a cursor never skips a row that arrives later. Names (subjects, periods) and what an event leaves out (a
retraction's subject and date, a withdrawn homework's class) are looked up in the roster and diary views.

**Positions are per partition.** A school's events keep their order in one partition (``hub.log`` keys records
by school), so a reader's feed is one ordered run per partition of their children's schools. A *cursor* says,
per partition, how many of its events the reader has been through (the form of ``log_positions``: ``1:5362``
means offsets 0..5361 of partition 1; several partitions comma-separated). An item's ``position`` is its own
record's (``1:5361``); the cursor after it is one further.

**Bounded work per page.** One page reads, per partition, at most ``SCAN_WINDOW`` offsets past the cursor (a
range of the audit view's primary key, so at most that many rows of the school) and returns at most ``limit``
items; the next cursor is past what was read, whether or not anything in it was the reader's. A reader far behind
catches up page by page in constant memory and time per page. Without a cursor the feed starts at the head (what
the views hold now): "new since now". A partition the cursor does not name (a child in a new school) starts at
its head too.

Which events: ``grade.recorded``/``amended``/``retracted`` (kind ``mark``), ``final_grade.recorded``/``retracted``
(``final_mark``), ``homework.assigned``/``updated``/``withdrawn`` (``homework``, for each child enrolled in the
homework's class or subgroup), ``attendance.marked``/``corrected`` (``attendance``); each ``change`` is ``new``,
``changed`` or ``removed``. A mark's ``text`` is the journal's (``hub.reports.labels.mark_text``) and its work type
comes with its name, never a bare code.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from hub.events.envelope import decode
from hub.reports.labels import attendance_name, mark_text, scale_name, work_type_name
from projections import diary, final_grades, roster
from projections.audit import events as audit_events

Cursor = dict[int, int]  # partition -> how many of its events are behind the reader
SCAN_WINDOW = 5000
MAX_LIMIT = 500
KINDS = {
    "grade.recorded": ("mark", "new"), "grade.amended": ("mark", "changed"), "grade.retracted": ("mark", "removed"),
    "final_grade.recorded": ("final_mark", "new"), "final_grade.retracted": ("final_mark", "removed"),
    "homework.assigned": ("homework", "new"), "homework.updated": ("homework", "changed"),
    "homework.withdrawn": ("homework", "removed"),
    "attendance.marked": ("attendance", "new"), "attendance.corrected": ("attendance", "changed"),
}
HOMEWORK_TYPES = tuple(t for t, (kind, _) in KINDS.items() if kind == "homework")
PER_STUDENT_TYPES = tuple(t for t, (kind, _) in KINDS.items() if kind != "homework")


class InvalidCursor(ValueError):
    """A cursor a client sent is not one; the message says what one looks like."""


def parse_cursor(text: str) -> Cursor:
    """``"1:5362"`` or ``"0:17,1:5362"`` -> ``{0: 17, 1: 5362}``."""
    cursor: Cursor = {}
    for part in text.split(","):
        head, sep, tail = part.strip().partition(":")
        if not sep or not head.isdigit() or not tail.isdigit() or len(head) > 6 or len(tail) > 18:
            raise InvalidCursor(f"{text[:80]!r} is not a feed position: PARTITION:COUNT[,PARTITION:COUNT...], "
                                "as an earlier page's 'next' or an event's id, e.g. 1:5362")
        cursor[int(head)] = int(tail)
    return cursor


def format_cursor(cursor: Cursor) -> str:
    return ",".join(f"{p}:{n}" for p, n in sorted(cursor.items()))


@dataclass(frozen=True, slots=True)
class Child:
    """A student the reader may follow: their id, every id the journals know them by, their school and the
    classes and subgroups they are enrolled in now."""

    student_id: str
    ids: tuple[str, ...]
    school_id: str
    classes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    next: Cursor
    more: bool  # some partition has events past ``next`` that the views hold: ask again at once


def child(conn: Connection, student_id: str) -> Child | None:
    """The student as the feed follows them (None if the roster does not know their school)."""
    school = roster.student_school(conn, student_id)
    if school is None:
        return None
    ids = tuple(roster.student_ids(conn, student_id))
    e = roster.enrolments
    classes = conn.execute(select(e.c.class_id).where(e.c.student_id.in_(ids), e.c.withdrawn_on.is_(None)))
    return Child(student_id, ids, school, frozenset(classes.scalars()))


def start(children: Iterable[Child], partition_of, cursor: Cursor | None, applied: Cursor) -> Cursor:  # noqa: ANN001
    """The cursor a page starts from: the given one for the children's partitions, the head for any it lacks."""
    partitions = {partition_of(c.school_id) for c in children}
    given = cursor or {}
    return {p: given.get(p, applied.get(p, 0)) for p in sorted(partitions)}


def page(conn: Connection, children: list[Child], partition_of, cursor: Cursor, applied: Cursor,  # noqa: ANN001
         limit: int) -> Page:
    """The items after ``cursor`` (from ``start``) up to what the audit view has ``applied``, at most ``limit`` per
    partition, and the cursor after them (see the module docstring)."""
    runs: list[list[dict[str, Any]]] = []
    after = dict(cursor)
    more = False
    for partition, begin in cursor.items():
        end = min(begin + SCAN_WINDOW, applied.get(partition, 0))
        if end <= begin:
            continue
        family = [c for c in children if partition_of(c.school_id) == partition]
        rows = _rows(conn, family, partition, begin, end, limit)
        after[partition] = rows[-1]["log_offset"] + 1 if len(rows) == limit else end
        more = more or after[partition] < applied.get(partition, 0)
        runs.append(_items(conn, family, rows))
    # partitions interleaved by recorded time, each in its own log order (merge takes heads only)
    items = list(heapq.merge(*runs, key=lambda item: item["recorded_at"]))
    return Page(items, after, more)


def _rows(conn: Connection, family: list[Child], partition: int, begin: int, end: int, limit: int) -> list[Any]:
    a = audit_events.c
    ids = [student_id for c in family for student_id in c.ids]
    query = (select(a.school_id, a.log_partition, a.log_offset, a.event_type, a.student_id, a.document)
             .where(a.school_id.in_({c.school_id for c in family}), a.log_partition == partition,
                    a.log_offset >= begin, a.log_offset < end,
                    or_(and_(a.event_type.in_(PER_STUDENT_TYPES), a.student_id.in_(ids)),
                        a.event_type.in_(HOMEWORK_TYPES)))
             .order_by(a.log_offset).limit(limit))
    return list(conn.execute(query).mappings())


def _items(conn: Connection, family: list[Child], rows: list[Any]) -> list[dict[str, Any]]:
    """The rows as feed items (homework only where a child is in its class), with names looked up in bulk."""
    owner = {student_id: c.student_id for c in family for student_id in c.ids}
    decoded = [(row, decode(row["document"].encode())) for row in rows]
    lookups = _Lookups(conn, [event for _row, event in decoded])
    items = []
    for row, event in decoded:
        kind, change = KINDS[event.type]
        if kind == "homework":
            students = [c.student_id for c in family if lookups.homework_class(event.data) in c.classes]
        else:
            students = [owner[row["student_id"]]] if row["student_id"] in owner else []
        if not students:
            continue
        item = {"position": f"{row['log_partition']}:{row['log_offset']}", "type": event.type, "kind": kind,
                "change": change, "recorded_at": event.recorded_at, "student_ids": students}
        item.update(_details(kind, event.data, lookups))
        items.append(item)
    return items


def _details(kind: str, data: dict[str, Any], lookups: "_Lookups") -> dict[str, Any]:
    reason = {"reason": data["reason"]} if data.get("reason") else {}
    if kind == "mark":
        context = lookups.mark_context(data)
        mark = {"grade_id": data["grade_id"]}
        if "value" in data:
            mark.update(value=data["value"], text=mark_text(data), scale=data.get("scale"),
                        scale_name=scale_name(data.get("scale")), weight=data.get("weight"),
                        work_type=(data.get("work_type") or {}).get("code"), work_type_name=work_type_name(data),
                        comment=data.get("comment"), counts_in_average=data.get("counts_in_average"))
        return {**context, "mark": mark, **reason}
    if kind == "final_mark":
        final = lookups.final_context(data)
        mark = {"final_grade_id": data["final_grade_id"], "period": final.pop("period")}
        if "value" in data:
            mark.update(value=data["value"], text=mark_text(data), scale=data.get("scale"),
                        scale_name=scale_name(data.get("scale")))
        return {**final, "final_mark": mark, **reason}
    if kind == "homework":
        context = lookups.homework_context(data)
        homework = {"homework_id": data["homework_id"]}
        if "text" in data:
            homework.update(text=data["text"], due_on=data.get("due_on"), attachments=data.get("attachments") or [])
        return {**context, "homework": homework, **reason}
    context = lookups.lesson_context(data.get("lesson_id"))
    return {**context, "attendance": {"status": data["status"], "status_name": attendance_name(data["status"]),
                                      "code": data.get("code"), "minutes_late": data.get("minutes_late"),
                                      "comment": data.get("comment")}}


class _Lookups:
    """What the events of one page leave out, read in a few queries: lessons, marks, final marks, homework, subject
    and period names."""

    def __init__(self, conn: Connection, events: list[Any]) -> None:
        datas = [event.data for event in events]
        grade_ids = {d["grade_id"] for d in datas if "grade_id" in d}
        homework_ids = {d["homework_id"] for d in datas if "homework_id" in d}
        final_ids = {d["final_grade_id"] for d in datas if "final_grade_id" in d and "period_id" not in d}
        m, h, les, f = diary.marks, diary.homework, diary.lessons, final_grades.final_marks
        self.finals = _by(conn, select(f.c.final_grade_id, f.c.subject_id, f.c.period_id)
                          .where(f.c.final_grade_id.in_(final_ids)), "final_grade_id")
        self.marks = _by(conn, select(m.c.grade_id, m.c.lesson_id, m.c.date, m.c.subject_id)
                         .where(m.c.grade_id.in_(grade_ids)), "grade_id")
        self.homework = _by(conn, select(h.c.homework_id, h.c.class_id, h.c.subject_id, h.c.due_on, h.c.lesson_id)
                            .where(h.c.homework_id.in_(homework_ids)), "homework_id")
        lesson_ids = {d.get("lesson_id") for d in datas} | {r["lesson_id"] for r in self.marks.values()}
        self.lessons = _by(conn, select(les.c.lesson_id, les.c.date, les.c.subject_id)
                           .where(les.c.lesson_id.in_(lesson_ids - {None})), "lesson_id")
        subject_ids = ({d.get("subject_id") for d in datas} | {r["subject_id"] for r in self.lessons.values()}
                       | {r["subject_id"] for r in [*self.marks.values(), *self.homework.values(),
                                                    *self.finals.values()]})
        s, p = roster.subjects, roster.reporting_periods
        self.subjects = dict(conn.execute(select(s.c.subject_id, s.c.name)
                                          .where(s.c.subject_id.in_(subject_ids - {None}))).all())
        period_ids = ({d.get("period_id") for d in datas} | {r["period_id"] for r in self.finals.values()}) - {None}
        self.periods = {period_id: (name, short_name) for period_id, name, short_name in conn.execute(
            select(p.c.period_id, p.c.name, p.c.short_name).where(p.c.period_id.in_(period_ids)))}

    def subject(self, subject_id: str | None) -> dict[str, Any] | None:
        return None if subject_id is None else {"id": subject_id, "name": self.subjects.get(subject_id)}

    def lesson_context(self, lesson_id: str | None) -> dict[str, Any]:
        lesson = self.lessons.get(lesson_id) or {}
        return {"subject": self.subject(lesson.get("subject_id")), "date": _iso(lesson.get("date")),
                "lesson_id": lesson_id}

    def mark_context(self, data: dict[str, Any]) -> dict[str, Any]:
        stored = self.marks.get(data["grade_id"]) or {}
        lesson_id = data.get("lesson_id") or stored.get("lesson_id")
        lesson = self.lessons.get(lesson_id) or {}
        subject = data.get("subject_id") or stored.get("subject_id") or lesson.get("subject_id")
        date = data.get("date") or _iso(stored.get("date")) or _iso(lesson.get("date"))
        return {"subject": self.subject(subject), "date": date, "lesson_id": lesson_id}

    def final_context(self, data: dict[str, Any]) -> dict[str, Any]:
        stored = self.finals.get(data["final_grade_id"]) or {}
        period = data.get("period_id") or stored.get("period_id")
        subject = data.get("subject_id") or stored.get("subject_id")
        return {"subject": self.subject(subject), "date": None, "lesson_id": None,
                "period": None if period is None else {"id": period, **self._period_names(period)}}

    def _period_names(self, period_id: str) -> dict[str, str | None]:
        """The period's name and the journal's short name beside it (None when unknown)."""
        name, short_name = self.periods.get(period_id, (None, None))
        return {"name": name, "short_name": short_name}

    def homework_class(self, data: dict[str, Any]) -> str | None:
        return data.get("class_id") or (self.homework.get(data["homework_id"]) or {}).get("class_id")

    def homework_context(self, data: dict[str, Any]) -> dict[str, Any]:
        stored = self.homework.get(data["homework_id"]) or {}
        lesson_id = data.get("lesson_id") or stored.get("lesson_id")
        subject = data.get("subject_id") or stored.get("subject_id")
        return {"subject": self.subject(subject), "date": data.get("due_on") or _iso(stored.get("due_on")),
                "lesson_id": lesson_id}


def _by(conn: Connection, query: Any, key: str) -> dict[str, dict[str, Any]]:
    return {row[key]: dict(row) for row in conn.execute(query).mappings()}


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()
