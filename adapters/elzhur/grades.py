"""Marks (getdiary ``assessments``, getmarks ``lessons[].marks``) and the journal's own averages (getmarks
``lessons[].average``); reference A.3 Assessment and SubjectMarks, A.6.

* **Identity.** A mark is ``mark:<pupil>.<lesson_id>.<nm>`` in both methods, so the same mark from getdiary and
  getmarks is one grade (without ``lesson_id``/``nm``: ``<pupil>.<YYYYMMDD>.<num>.<index>`` in a diary,
  ``<pupil>.<date>.<subject key>.<index>`` in getmarks). A mark with the shared id joins its pupil's subject's day
  of its own ``date`` (``mark_days.py``), which a later getmarks listing that subject over that day speaks for,
  whichever method brought the mark, and so does one no longer listing a subject an earlier getmarks listed that day.
* **Value.** ``marks.classify``: ``""`` is a phantom (never shown, counted in ``skipped_phantom_marks``);
  ``н``/``Н``/``оп``/``ОП`` (and ``б``, ``у``, ``уп``) are attendance (``attendance.marked`` v2 with the journal's
  ``code`` as sent; one without a ``lesson_id`` cannot be placed and is counted in ``skipped_unplaced_absences``); anything else a grade (``grade.recorded`` v3) whose ``text`` is the value exactly as the journal shows
  it (``4-``, ``5/4``, ``зачёт``, ``зч``, ``н/а``, ``осв``) beside the canonical ``value`` and ``scale``.
* **Unknown text.** The vocabulary is each school's own (reference A.3, A.6, D.2): a value without a digit that
  the hub cannot place (``дист``, ``нб``) is a grade on the ``status`` scale whose ``value`` and ``text`` are the
  word as sent (``marks.school_word``: no normalised value, never counted, ``convert`` not read), shown as the
  journal shows it; so is a number off the five-point scale (a trial exam's score ``17``, ``87``;
  ``marks.school_number``) unless its ``convert`` is 1..5 (then five-point, counted as that number as ``count``
  says): one mark never refuses the pupil's whole answer.
* **Numbers.** ``convert`` (a number, or numeric text) is ``vendor_number``: the normalised value of a numeric
  mark comes from it (``five_point.vendor_number.v1``: ``5/4`` with ``convert: 4.5`` counts 4.5); without it the
  hub's own rule, with the school's step for ``+``/``-`` (``ctx.modifier_step``, school.registered v2). ``count`` decides whether the mark counts (``marks.counts_in_average``); a weight of 0 or a
  non-numeric mark never counts.
* **Weight** ``weight_float`` (number or numeric text) when positive, else ``weight``; a stated 0 is kept as the
  journal shows it (grade.recorded v4) and keeps the mark out of the average.
* **Work type**: ``control_type`` (getdiary) or ``mtype.type`` (getmarks), as the journal names it.
* **Keys left out** state nothing (A.3 Assessment, SubjectMarks: ``mtype`` is optional in the public clients): a
  mark without ``weight`` and ``weight_float`` (or with ``""``/null), without a work type (no ``control_type``,
  no ``mtype`` or an empty one) or without ``comment`` (absent or null; ``""`` is no comment) keeps what an earlier
  answer gave (``Translation.omitted``; elzhur_40's Saturday getmarks re-pull, mark-006/007); weight 1, the
  lesson's work and no comment only when no answer ever stated them.
* **getmarks and lessons** (``marked_lessons.py``, found by ``contracts/journeys/elzhur_59``): getmarks names a
  mark's lesson (``lesson_id``) but lists no lessons (A.3 SubjectMarks): its grade names the lesson only when a
  pupil's diary listed it (the one a getdiary gave the same mark stays) and makes no lesson, so a mark only the marks list holds shows on its own
  ``date`` as a mark without a listed lesson, to its pupil alone, and a lesson a later diary deleted stays deleted.
  An absence needs its lesson: getmarks states it with only its subject and date (no number, ``slot`` null,
  lesson.scheduled v2: 0 is a real lesson before the first, ``contracts/journeys/elzhur_41``; no class, times,
  teacher, topic or room), in a group of its own of the pupils whose marks lists name an absence on it, so his
  classmates do not see it; the diary or schedule that lists the lesson files it in its class or subgroup (a
  retake's ``grp``, ``contracts/journeys/elzhur_35``) with its number, whatever the arrival order.
* **Averages.** A non-empty ``average`` -> ``average.reported`` (``source: getmarks.average``) with the value as
  sent, its number, the request's ``days`` as the span and the pupil's reporting period whose dates are that span
  (his class's or his own getperiods, ``period_spans.py``; another class's period of those dates is not his: a bare
  span, ``contracts/journeys/elzhur_69``), when the hub has it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Missing
from adapters.elzhur import marks as mk
from adapters.elzhur import class_history, marked_lessons, period_spans, unplaced
from adapters.elzhur.absences import absence_scopes
from adapters.elzhur.common import RESULT, Builder, day_date, person
from adapters.elzhur.ids import name_key
from adapters.elzhur.mark_days import mark_scopes
from adapters.elzhur.roster import define_class, enrol
from hub.events.scales import UnknownMark, normalise_number
from hub.events.upcasting import work_type_from_label

# a subject's name as a marks list spells it (getmarks, getfinalassessments) is not stated: it names a subject no diary,
# schedule or homework item named yet, and never renames one (elzhur_52: «Расчеты» in getmarks, «Расчёты» in getdiary)
MARKS_LIST_NAME = ("name",)


def mark(b: Builder, sid: str, given: Any, date: str, subject_id: str, lesson_id: str | None,
         lesson_part: str | None, fallback: str, where: tuple[Any, ...], work_type: str | None) -> None:
    try:
        kind = mk.classify(given.value, b.ctx.modifier_step)
    except UnknownMark:
        # the vocabulary is the school's own (reference A.3, A.6, D.2): shown as sent, never the whole answer refused
        kind = mk.school_number(given.value, given.convert) if any(ch.isdigit() for ch in given.value) \
            else mk.school_word(given.value)  # a number (a trial exam's score: marks.school_number) / a word
    when = b.at(dt.date.fromisoformat(date))
    text = given.value.strip()
    if isinstance(kind, mk.Phantom):
        b.phantoms.append(b.ptr(where))
    elif isinstance(kind, mk.AttendanceMark):
        if lesson_id is None:  # an absence belongs to a lesson: without one it cannot be shown (counted)
            b.skipped["skipped_unplaced_absences"].append(b.ptr(where))
            return
        listed = day_date(b.day).isoformat() if b.day else None  # the diary day it is listed under
        b.emit("attendance.marked", f"attendance:{sid}.{lesson_part}", "attendance", {
            "student_id": b.id("student", sid), "lesson_id": lesson_id, "status": kind.status,
            "comment": given.comment or None, "code": text[:32]}, when, where,
            scopes=absence_scopes(sid, lesson_part, date, listed))
    else:
        key = f"{sid}.{given.lesson_id}.{given.nm}" if given.lesson_id and given.nm else fallback
        weight, weight_counts, _ = mk.weight_of(given.weight, given.weight_float)
        if weight > 100:
            b.error((*where, "weight"), f"weight {weight:g} is above 100")
            return
        normalised, conversion, number = kind.normalised, kind.conversion, None
        if given.convert is not None and kind.scale.value == "five_point" and given.convert > 0:
            try:
                stated = normalise_number(kind.scale, kind.value, float(given.convert))
                normalised, conversion, number = stated.normalised, stated.conversion, float(given.convert)
            except UnknownMark:
                pass
        # a marks list names only a lesson a diary listed (marked_lessons: a lesson it alone names is none)
        listed = b.method != "getmarks" or (
            lesson_id is not None and marked_lessons.listed_by_a_diary(b, given.lesson_id))
        b.emit("grade.recorded", f"mark:{key}", "grade", {
            "grade_id": b.id("grade", key), "student_id": b.id("student", sid),
            "lesson_id": lesson_id if listed else None,
            "date": date, "subject_id": subject_id, "value": kind.value, "scale": kind.scale.value,
            "weight": weight, "work_type": work_type_from_label((work_type or "").strip() or "lesson_work"),
            "comment": given.comment or None, "normalised": normalised, "conversion": conversion,
            "counts_in_average": mk.counts_in_average(kind, given.count, given.convert, given.countas,
                                                      weight_counts),
            "text": text[:32], "vendor_number": number}, when, where,
            [*unstated(given, work_type), *(() if listed else marked_lessons.MARK_OMITS)],
            scopes=mark_scopes(sid, subject_id, given.lesson_id, given.nm, given.date))


def unstated(given: Any, work_type: str | None) -> list[str]:
    """The fields of a mark its answer leaves out (module docstring, "Keys left out"): kept from an earlier answer,
    the defaults (weight 1, the lesson's work, no comment) only when none ever stated them."""
    omitted = []
    if given.weight is None and given.weight_float is None:
        omitted.append("weight")
    if not (work_type or "").strip():
        omitted.append("work_type")
    if given.comment is None:
        omitted.append("comment")
    return omitted


def getmarks(b: Builder, record: Any) -> None:
    for sid, student, at in b.students(record.response.result.students, (*RESULT, "students")):
        known = b.ctx.directory.get("student", sid) or {}
        dates = [dt.date.fromisoformat(m.date) for s in student.lessons for m in s.marks]
        year = b.year_of_answer(dates)
        rules = class_history.rules_class(b, sid, year)
        name = known.get("name") or person(getattr(student, "title", None))
        if not b.req.class_name and not rules and not (name and class_history.pulled_in_another_year(b, year)):
            # nothing names his class: wait for getrules (a backfill's own answer that names him makes him known)
            b.out.missing.append(Missing("student", sid, b.ptr(at)))
            continue
        b.pupils.add(sid)
        parts = [m.lesson_id for s in student.lessons for m in s.marks if m.lesson_id and m.lesson_id != s.lesson_id]
        left = None if b.req.class_name else class_history.class_of_days(b, sid, year)
        class_name, guess = (left, False) if left else unplaced.read_for(b, sid, year, b.req.class_name, rules, parts)
        if guess:  # a class of unknown name (unplaced.py): its lessons' stubs state no class anyway (marked_lessons)
            unplaced.join(b, sid, class_name, name, year, at)
        else:
            define_class(b, class_name, year, at)
            if name:
                enrol(b, sid, class_name, name, year, at, present=min(dates, default=None),
                      through=max(dates, default=None))
        for s_index, subject in enumerate(student.lessons):
            subject_name = " ".join(subject.name.split())
            subject_key = name_key(subject_name)
            subject_id = b.id("subject", subject_key)
            b.subjects.add((sid, subject_id))
            where = (*at, "lessons", s_index)
            b.emit("subject.defined", f"subject:{subject_key}", "subject",  # the name: as no diary named it
                   {"subject_id": subject_id, "name": subject_name}, b.at(b.req.days[0]) if b.req.days else
                   b.at(dt.date(b.year_of_answer(dates), 9, 1)), where, omitted=MARKS_LIST_NAME)
            for index, given in enumerate(subject.marks):
                # A mark's lesson_id is its lesson's (reference A.5 E2/E3); one equal to the subject's own id
                # (BetterJournal reads it as the subject) names no lesson.
                lesson_part = given.lesson_id if given.lesson_id != subject.lesson_id else None
                lesson_id = b.id("lesson", lesson_part) if lesson_part else None
                if lesson_part is not None and marked_lessons.is_absence(given.value, b.ctx.modifier_step):
                    marked_lessons.absence_lesson(b, sid, name, class_name, lesson_part, subject_id, subject_name,
                                                  dt.date.fromisoformat(given.date), (*where, "marks", index))
                work = given.mtype.type if given.mtype else None
                if lesson_part is None and given.lesson_id is not None:
                    given = given.model_copy(update={"lesson_id": None})
                mark(b, sid, given, given.date, subject_id, lesson_id, lesson_part,
                     f"{sid}.{given.date}.{subject_key}.{index}", (*where, "marks", index), work)
            _average(b, sid, class_name, subject, subject_id, where)


def _average(b: Builder, sid: str, class_name: str, subject: Any, subject_id: str, where: tuple[Any, ...]) -> None:
    """The journal's average of the subject over the request's ``days`` (A.3 SubjectMarks), of the pupil's period
    with exactly those dates (``period_spans.period_of``: his own periods, not another class's), else a bare span."""
    value = subject.average if isinstance(subject.average, str) else (
        None if subject.average is None else f"{subject.average:g}")
    if value is None or not value.strip():
        return
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        number = None
    span = b.req.days
    period = period_spans.period_of(b, sid, class_name, span) if span is not None else None
    start = span[0] if span else dt.date.fromisoformat(min(m.date for m in subject.marks)) if subject.marks else None
    if start is None and period is None:
        return  # no span the figure is about
    where_span = f"{span[0]:%Y%m%d}-{span[1]:%Y%m%d}" if span else f"{start:%Y%m%d}-"
    b.emit("average.reported", f"average:{sid}.{subject_id}.{where_span}", "average", {
        "student_id": b.id("student", sid), "subject_id": subject_id, "period_id": period,
        "starts_on": span[0].isoformat() if span else None, "ends_on": span[1].isoformat() if span else None,
        "value": value.strip()[:32], "number": number, "source": "getmarks.average"},
        b.at(span[1] if span else start), (*where, "average"))
