"""The diary's one statement: a student's enrolments (with holidays), lessons, homework, marks and attendance for
a range of dates, as one ``UNION ALL`` of shaped rows (``projections.diary_reads.read_diary`` reads it).

Each row says its ``kind`` (``SPANS``, ``LESSONS``, ``HOMEWORK``, ``MARKS``, ``ATTENDANCE``) and carries that
kind's block of columns (``BLOCKS``; ``projections.shaped_rows``); ``SHAPE.split(rows)`` gives each kind's
values, in ``BLOCKS`` order. Rows come ordered by kind, then as each kind was ordered on its own: lessons by date,
slot, start, id; homework by due date, id; marks by day, id; attendance in no order.

The child's ids (its own and every ``identity.linked`` alias) are a CTE of the statement, so the read needs no
earlier statement for them. Lessons, homework and marks say whether their subject is linked to another
(``linked``): only then does the read ask for the subject links (``projections.subject_links.relabel_refs``).
Parameters: ``student_id``, ``date_from``, ``date_to``. Built once per process; SQLAlchemy caches its SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (JSON, Boolean, Date, Float, Integer, String, Text, Time, and_, bindparam, false, func, or_,
                        select, union_all)

from projections import roster
from projections.diary import attendance, homework, lessons, marks
from projections.names import TEACHER_NAME_COLUMNS
from projections.shaped_rows import Shape

SPANS, LESSONS, HOMEWORK, MARKS, ATTENDANCE = range(5)
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
}
SORT = (("o_date", D), ("o_slot", I), ("o_time", T), ("o_id", S))
SHAPE = Shape(BLOCKS, SORT)
_member = SHAPE.member


def _span(column: Any) -> Any:
    return column.between(bindparam("date_from", type_=Date), bindparam("date_to", type_=Date))


def _statement() -> Any:
    e, c, h, s, t, links = (roster.enrolments, roster.classes, roster.holidays, roster.subjects, roster.teachers,
                            roster.subject_links)
    ids = union_all(select(bindparam("student_id", type_=String).label("id")),
                    select(roster.student_aliases.c.alias_id).where(
                        roster.student_aliases.c.student_id == bindparam("student_id", type_=String))).cte("ids")
    mine = e.c.student_id.in_(select(ids.c.id))
    classes = select(e.c.class_id).where(mine, e.c.enrolled_on.is_not(None))
    applies = and_(h.c.school_id == e.c.school_id, h.c.starts_on <= bindparam("date_to", type_=Date),
                   h.c.ends_on >= bindparam("date_from", type_=Date),
                   or_(h.c.class_id.is_(None), h.c.class_id == e.c.class_id, h.c.class_id == c.c.parent_class_id))
    spans = select(*_member(SPANS, [e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on, h.c.holiday_id, h.c.name,
                                    h.c.starts_on, h.c.ends_on, h.c.class_id])) \
        .select_from(e.outerjoin(c, c.c.class_id == e.c.class_id).outerjoin(h, applies)) \
        .where(mine, e.c.enrolled_on.is_not(None))
    l_link, h_link, m_link = links.alias("l_link"), links.alias("h_link"), links.alias("m_link")
    group = c.alias("lesson_class")
    lesson_rows = select(*_member(LESSONS, [
        lessons.c.lesson_id, lessons.c.class_id, lessons.c.date, lessons.c.slot, lessons.c.starts_at,
        lessons.c.ends_at, lessons.c.subject_id, s.c.name, group.c.name, group.c.parent_class_id, lessons.c.topic,
        lessons.c.room, lessons.c.teacher_id, *(t.c[name] for name in TEACHER_NAME_COLUMNS), lessons.c.cancelled,
        lessons.c.cancel_reason, l_link.c.alias_id.is_not(None)],
        (lessons.c.date, lessons.c.slot, lessons.c.starts_at, lessons.c.lesson_id))) \
        .select_from(lessons.outerjoin(s, s.c.subject_id == lessons.c.subject_id)
                     .outerjoin(t, t.c.teacher_id == lessons.c.teacher_id)
                     .outerjoin(group, group.c.class_id == lessons.c.class_id)
                     .outerjoin(l_link, l_link.c.alias_id == lessons.c.subject_id)) \
        .where(lessons.c.class_id.in_(classes), _span(lessons.c.date))
    set_at, hs = lessons.alias("set_at"), s.alias("homework_subject")
    homework_rows = select(*_member(HOMEWORK, [
        homework.c.homework_id, homework.c.class_id, homework.c.subject_id, hs.c.name, homework.c.lesson_id,
        set_at.c.date, homework.c.due_on, homework.c.text, homework.c.attachments, homework.c.teacher_id,
        h_link.c.alias_id.is_not(None)], (homework.c.due_on, None, None, homework.c.homework_id))) \
        .select_from(homework.outerjoin(hs, hs.c.subject_id == homework.c.subject_id)
                     .outerjoin(set_at, set_at.c.lesson_id == homework.c.lesson_id)
                     .outerjoin(h_link, h_link.c.alias_id == homework.c.subject_id)) \
        .where(homework.c.class_id.in_(classes), func.coalesce(homework.c.withdrawn, false()) == false(),
               or_(_span(homework.c.due_on), _span(set_at.c.date)))
    graded_at, ms = lessons.alias("graded_at"), s.alias("mark_subject")
    day = func.coalesce(graded_at.c.date, marks.c.date, type_=Date)
    subject = func.coalesce(marks.c.subject_id, graded_at.c.subject_id, type_=String)
    mark_rows = select(*_member(MARKS, [
        marks.c.grade_id, marks.c.lesson_id, day, subject, ms.c.name, marks.c.value, marks.c.text, marks.c.scale,
        marks.c.normalised, marks.c.conversion, marks.c.counts_in_average, marks.c.weight, marks.c.work_type,
        marks.c.work_type_name, marks.c.comment, marks.c.teacher_id, marks.c.amended, marks.c.vendor_number,
        m_link.c.alias_id.is_not(None)], (day, None, None, marks.c.grade_id))) \
        .select_from(marks.outerjoin(graded_at, graded_at.c.lesson_id == marks.c.lesson_id)
                     .outerjoin(ms, ms.c.subject_id == subject).outerjoin(m_link, m_link.c.alias_id == subject)) \
        .where(marks.c.student_id.in_(select(ids.c.id)), marks.c.value.is_not(None),
               func.coalesce(marks.c.retracted, false()) == false(), _span(day))
    a, attended = attendance, lessons.alias("attended")
    attendance_rows = select(*_member(ATTENDANCE, [a.c.lesson_id, a.c.status, a.c.code, a.c.minutes_late,
                                                   a.c.comment, a.c.corrected])) \
        .select_from(a.join(attended, attended.c.lesson_id == a.c.lesson_id)) \
        .where(a.c.student_id.in_(select(ids.c.id)), a.c.status.is_not(None), _span(attended.c.date))
    week = union_all(spans, lesson_rows, homework_rows, mark_rows, attendance_rows)
    return week.order_by(*SHAPE.order_by())


WEEK = _statement()
