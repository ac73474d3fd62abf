"""The diary's one statement: a student's enrolments (with holidays), lessons, homework, marks and attendance for
a range of dates, as one ``UNION ALL`` of shaped rows (``projections.diary_reads.read_diary`` reads it).

Each row says its ``kind`` (``SPANS``, ``LESSONS``, ``HOMEWORK``, ``MARKS``, ``ATTENDANCE``, ``GAPS``: the
days between two stays of the student in a class, ``projections.roster_stays``) and carries that
kind's block of columns (``BLOCKS``; ``projections.shaped_rows``); ``SHAPE.split(rows)`` gives each kind's
values, in ``BLOCKS`` order. Rows come ordered by kind, then as each kind was ordered on its own: lessons by date,
slot (one without a number last: ``NO_SLOT``), start, id; homework by due date, id; marks by day, id; attendance in no order.

Each member reaches only the range's rows through an index keyed the way it asks: lessons by ``(class, date)``,
homework by ``(class, due_on)`` or ``(class, set_on)``, marks and attendance by ``(student, day)``, the day the
diary files them under, which the projection keeps on the row (``projections.lesson_days``: a lesson's date,
moved with the lesson), so a week costs the same in any week of any year.

The child's ids (its own and every ``identity.linked`` alias) are a CTE of the statement, so the read needs no
earlier statement for them. Lessons, homework and marks say whether their subject is linked to another
(``linked``): only then does the read ask for the subject links (``projections.subject_links.relabel_refs``).
Parameters: ``student_id``, ``date_from``, ``date_to``. Built once per process; SQLAlchemy caches its SQL.

``WEEK_FOR_GUARDIAN`` (also ``guardian_id``) is the guardian's access check (``hub.api.access``: a guardian reads
the children ``guardian.linked`` links them to, by any of the child's ids) in the same statement: the child's ids
are empty unless the guardian is linked, so nothing of the child is read, and a ``GUARD`` row says it was allowed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (JSON, Boolean, Date, Float, Integer, String, Text, Time, and_, bindparam, false, func, or_,
                        select, union_all)

from projections import child_ids, roster
from projections.diary import attendance, homework, lessons, marks
from projections.names import TEACHER_NAME_COLUMNS
from projections.shaped_rows import Shape

SPANS, LESSONS, HOMEWORK, MARKS, ATTENDANCE, GUARD, GAPS = range(7)
S, D, I, T, B, F, J, X = String, Date, Integer, Time, Boolean, Float, JSON, Text
BLOCKS: dict[int, tuple[tuple[str, Any], ...]] = {
    SPANS: (("class_id", S), ("enrolled_on", D), ("withdrawn_on", D), ("holiday_id", S), ("holiday_name", S),
            ("starts_on", D), ("ends_on", D), ("holiday_class_id", S)),
    LESSONS: (("lesson_id", S), ("class_id", S), ("date", D), ("slot", I), ("starts_at", T), ("ends_at", T),
              ("subject_id", S), ("subject_name", S), ("class_name", S), ("parent_class_id", S), ("topic", X),
              ("room", S), ("teacher_id", S), *((name, S) for name in TEACHER_NAME_COLUMNS), ("cancelled", B),
              ("cancel_reason", S), ("linked", B)),
    HOMEWORK: (("homework_id", S), ("class_id", S), ("subject_id", S), ("subject_name", S), ("lesson_id", S),
               ("set_on", D), ("due_on", D), ("text", X), ("attachments", J), ("teacher_id", S), ("linked", B)),
    MARKS: (("grade_id", S), ("lesson_id", S), ("day", D), ("subject", S), ("subject_name", S), ("value", S),
            ("text", S), ("scale", S), ("normalised", F), ("conversion", S), ("counts_in_average", B), ("weight", F),
            ("work_type", S), ("work_type_name", S), ("comment", S), ("teacher_id", S), ("amended", B),
            ("vendor_number", F), ("linked", B)),
    ATTENDANCE: (("lesson_id", S), ("status", S), ("code", S), ("minutes_late", I), ("comment", S),
                 ("corrected", B)),
    GUARD: (("student_id", S),),  # WEEK_FOR_GUARDIAN: a row when the guardian may read the child
    GAPS: (("class_id", S), ("left_on", D), ("returned_on", D)),  # out of the class between stays, in the range
}
SORT = (("o_date", D), ("o_slot", I), ("o_time", T), ("o_id", S))
NO_SLOT = 21  # a lesson without a number (lesson.scheduled v2) sorts after the numbered ones (slots 0..20)
SHAPE = Shape(BLOCKS, SORT)
_member = SHAPE.member


def _span(column: Any) -> Any:
    return column.between(bindparam("date_from", type_=Date), bindparam("date_to", type_=Date))


def _statement(guarded: bool) -> Any:
    """Short aliases (``e``, ``l``, ...) keep the SQL short: psycopg caches the parsing of short statements only.
    ``guarded``: the child's ids only if the guardian is linked to one of them, and a ``GUARD`` row then."""
    e, c, h, s, t, links, g = (table.alias(name) for table, name in (
        (roster.enrolments, "e"), (roster.classes, "c"), (roster.holidays, "h"), (roster.subjects, "s"),
        (roster.teachers, "t"), (roster.subject_links, "k"), (roster.enrolment_gaps, "g")))
    l, hw, m, a = lessons.alias("l"), homework.alias("hw"), marks.alias("m"), attendance.alias("a")
    x = lessons.alias("x")  # the lesson a mark was given at: its subject when the mark names none
    ids = child_ids.ids_cte(guarded)
    mine = e.c.student_id.in_(select(ids.c.id))
    classes = select(e.c.class_id).where(mine, e.c.enrolled_on.is_not(None))
    applies = and_(h.c.school_id == e.c.school_id, h.c.starts_on <= bindparam("date_to", type_=Date),
                   h.c.ends_on >= bindparam("date_from", type_=Date),
                   or_(h.c.class_id.is_(None), h.c.class_id == e.c.class_id, h.c.class_id == c.c.parent_class_id))
    spans = select(*_member(SPANS, [e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on, h.c.holiday_id, h.c.name,
                                    h.c.starts_on, h.c.ends_on, h.c.class_id])) \
        .select_from(e.outerjoin(c, c.c.class_id == e.c.class_id).outerjoin(h, applies)) \
        .where(mine, e.c.enrolled_on.is_not(None))
    lesson_rows = select(*_member(LESSONS, [
        l.c.lesson_id, l.c.class_id, l.c.date, l.c.slot, l.c.starts_at, l.c.ends_at, l.c.subject_id, s.c.name,
        c.c.name, c.c.parent_class_id, l.c.topic, l.c.room, l.c.teacher_id, *(t.c[name] for name in
                                                                             TEACHER_NAME_COLUMNS),
        l.c.cancelled, l.c.cancel_reason, links.c.alias_id.is_not(None)],
        (l.c.date, func.coalesce(l.c.slot, NO_SLOT), l.c.starts_at, l.c.lesson_id))) \
        .select_from(l.outerjoin(s, s.c.subject_id == l.c.subject_id).outerjoin(t, t.c.teacher_id == l.c.teacher_id)
                     .outerjoin(c, c.c.class_id == l.c.class_id).outerjoin(links, links.c.alias_id == l.c.subject_id)) \
        .where(l.c.class_id.in_(classes), _span(l.c.date))
    homework_rows = [_homework_member(hw, s, links, classes, where) for where in (
        _span(hw.c.due_on),  # due in the range; set at a lesson of the range and not due in it
        and_(_span(hw.c.set_on), or_(hw.c.due_on.is_(None), ~_span(hw.c.due_on))))]
    day = m.c.day  # its lesson's date, else its own (projections.lesson_days)
    subject = func.coalesce(m.c.subject_id, x.c.subject_id, type_=String)
    mark_rows = select(*_member(MARKS, [
        m.c.grade_id, m.c.lesson_id, day, subject, s.c.name, m.c.value, m.c.text, m.c.scale, m.c.normalised,
        m.c.conversion, m.c.counts_in_average, m.c.weight, m.c.work_type, m.c.work_type_name, m.c.comment,
        m.c.teacher_id, m.c.amended, m.c.vendor_number, links.c.alias_id.is_not(None)],
        (day, None, None, m.c.grade_id))) \
        .select_from(m.outerjoin(x, x.c.lesson_id == m.c.lesson_id).outerjoin(s, s.c.subject_id == subject)
                     .outerjoin(links, links.c.alias_id == subject)) \
        .where(m.c.student_id.in_(select(ids.c.id)), m.c.value.is_not(None),
               func.coalesce(m.c.retracted, false()) == false(), _span(day))
    attendance_rows = select(*_member(ATTENDANCE, [a.c.lesson_id, a.c.status, a.c.code, a.c.minutes_late,
                                                   a.c.comment, a.c.corrected])) \
        .where(a.c.student_id.in_(select(ids.c.id)), a.c.status.is_not(None), _span(a.c.day))
    gap_rows = select(*_member(GAPS, [g.c.class_id, g.c.left_on, g.c.returned_on])).where(
        g.c.student_id.in_(select(ids.c.id)), g.c.left_on <= bindparam("date_to", type_=Date),
        g.c.returned_on > bindparam("date_from", type_=Date))
    members = [spans, lesson_rows, *homework_rows, mark_rows, attendance_rows, gap_rows]
    if guarded:
        members.append(select(*_member(GUARD, [ids.c.id])).where(child_ids.allowed(ids)))
    return union_all(*members).order_by(*SHAPE.order_by())


def _homework_member(hw: Any, s: Any, links: Any, classes: Any, where: Any) -> Any:
    """The homework of the student's classes that ``where`` picks, not withdrawn."""
    return select(*_member(HOMEWORK, [
        hw.c.homework_id, hw.c.class_id, hw.c.subject_id, s.c.name, hw.c.lesson_id, hw.c.set_on, hw.c.due_on,
        hw.c.text, hw.c.attachments, hw.c.teacher_id, links.c.alias_id.is_not(None)],
        (hw.c.due_on, None, None, hw.c.homework_id))) \
        .select_from(hw.outerjoin(s, s.c.subject_id == hw.c.subject_id)
                     .outerjoin(links, links.c.alias_id == hw.c.subject_id)) \
        .where(hw.c.class_id.in_(classes), func.coalesce(hw.c.withdrawn, false()) == false(), where)


WEEK, WEEK_FOR_GUARDIAN = _statement(guarded=False), _statement(guarded=True)
