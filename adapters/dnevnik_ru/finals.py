"""Final (period and year) marks and the journal's own averages (reference 3.13).

Final marks -> ``final_grade.recorded`` v3 (``text`` = the mark's value as the journal shows it), in every shape
the clients show:

* ``[{person, group, reportingPeriod, "per-subject-final-marks": [{subject, "final-mark": Mark}]}]``
  (``edu-groups/{g}/final-marks``, ``persons/{p}/edu-groups/{g}/final-marks``; note the hyphenated keys);
* ``[{subject, "final-mark": Mark}]`` (one client's ``persons/{p}/edu-groups/{g}/final-marks``: the person is the
  path's);
* ``{marks, works, subjects, workTypes}`` (``allfinalmarks``; one client's ``edu-groups/{g}/final-marks``): marks
  whose work is a ``PeriodMark`` with ``periodType`` / ``periodNumber``;
* ``Mark[]`` (``edu-groups/{g}/subjects/{s}/final-marks``: the subject is the path's).

Without ``reportingPeriod`` the period is the work's (``marks.final_grade``; an ``Exam`` work's: the
class's exam column, ``exams.py``). A subject whose ``final-mark`` is null
(§3.13; the Java client's ``SubjectFinalMark`` holds a nullable ``Mark``) has no final mark yet: it contributes
none, and a complete answer (``edu-groups/{g}/final-marks``) deletes the one the hub held, as when it is absent.
A group's answer is complete only for the pupils it speaks for (``final_parts.py``: not one who had left the group).

Averages -> ``average.reported`` (``value`` exactly as sent, ``number`` read from it, the span from the request):
``edu-groups/{g}/avg-marks/{from}/{to}`` (``"avg-mark-value"`` strings; source ``avg-marks``; the reference does
not say which rule, so ``rule`` is not given), ``edu-groups/{g}/wa-marks/{from}/{to}`` (JSON numbers, the text of
the number as ``value``; source ``wa-marks``, rule weighted), ``edu-groups/{g}/reporting-periods/{rp}/avg-marks/{d}``
(source ``avg-marks``, period ``rp``, span ending on ``d``) and ``persons/{p}/reporting-periods/{rp}/subjects/{s}
/avg-mark`` (a bare string; source ``avg-mark``, period ``rp``). ``period_id`` is set when the request names a
reporting period; the read side finds the period whose dates equal a span. An ``"avg-mark-value"`` null or ``""``
(a subject without marks), a ``wa-marks`` null ``value`` and an ``avg-mark`` answer null or blank are no average:
that subject reports nothing, the answer's other averages are read (as an Elzhur getmarks' empty ``average``); an
averages answer is no snapshot, so it deletes nothing either.

``persons/{p}/reporting-periods/{rp}/avg-mark`` (a bare string: the pupil's average over all subjects, §3.13) is a
valid answer the hub has no place for: ``average.reported`` is a subject's average (``subject_id`` is required) and
the final grades view shows averages per subject. It is accepted, records nothing, and is counted with its pointer
(a ``skipped_overall_averages`` directory entry per pupil and period, ``{value, pointer}``), as unknown mark scales
are (``marks.SKIPPED``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.common import Carried, Out, each, reject, validate, vendor_id
from adapters.dnevnik_ru.lessons import work, work_type
from adapters.dnevnik_ru.local_time import start_of_day
from adapters.dnevnik_ru.marks import final_grade
from adapters.dnevnik_ru.school import subject
from hub.events import types as t


def final_marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """Any of the final-mark shapes above, told apart by what the body holds."""
    if isinstance(body, dict):
        final_marks_bundle(body, p, out, carried)
    elif isinstance(body, list) and body and all(isinstance(x, dict) and "final-mark" in x for x in body):
        subject_final_marks(body, p, out, carried)
    else:
        each(body, p, person_final_marks, out, carried, "final marks")


def person_final_marks(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.FinalMarks, raw, p)
    student = vendor_id(obj, "person", p) or carried.params.get("person")
    if student is None:
        raise reject(pointer(*p, "person"), "the student is required: give person (an integer) or person_str")
    carried.finals_listed.add(student)  # listed, even without marks (final_parts.py)
    period = vendor_id(obj, "reportingPeriod", p)
    for i, item in enumerate(obj.per_subject_final_marks):
        ip = (*p, "per-subject-final-marks", i)
        subject_vid = vendor_id(item, "subject", ip, required=True, what="the subject")
        if item.final_mark is not None:  # null: no final mark yet
            final_grade(raw["per-subject-final-marks"][i]["final-mark"], (*ip, "final-mark"), out, carried, student,
                        subject_vid, period)


def subject_final_marks(body: list[Any], p: tuple, out: Out, carried: Carried) -> None:
    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        item = validate(m.SubjectFinalMark, raw, ip)
        subject_vid = vendor_id(item, "subject", ip, required=True, what="the subject")
        if item.final_mark is not None:  # null: no final mark yet
            final_grade(raw["final-mark"], (*ip, "final-mark"), o, c, None, subject_vid, None)

    each(body, p, one, out, carried, "subject final marks")


def final_marks_bundle(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    validate(s.FinalMarksBundle, body, p)
    carried.bundle = True
    for key, parse in (("subjects", subject), ("workTypes", work_type), ("works", work)):
        each(body.get(key) or [], (*p, key), parse, out, carried, key)
    each(body["marks"], (*p, "marks"), subject_of_work_final, out, carried, "marks")


def subject_of_work_final(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    """A period mark whose subject is its work's (or the path's)."""
    mark = validate(m.Mark, raw, p)
    work_vid = vendor_id(mark, "work", p)
    the_work = carried.find(out, "work", work_vid) or {}
    subject_vid = carried.params.get("subject") or the_work.get("subject")
    if subject_vid is None:
        if work_vid is None:
            raise reject(pointer(*p, "work"), "the final mark names no work to take its subject from")
        out.wait("work", work_vid, pointer(*p, "work"))
        return
    final_grade(raw, p, out, carried, None, subject_vid, None)


def subject_marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``edu-groups/{g}/subjects/{s}/final-marks``: Mark[] of the path's subject."""
    each(body, p, subject_of_work_final, out, carried, "marks")


# --- averages -----------------------------------------------------------------------------------------------------

def _average(out: Out, carried: Carried, student: str, subject: str, value: str, source: str, p: tuple,
             rule: str | None = None) -> None:
    start, end = carried.params.get("from"), carried.params.get("to") or carried.params.get("date")
    period = carried.params.get("period")
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = None
    if number is not None and not -1000 <= number <= 1000:
        number = None
    when = start_of_day(_day(end or start), out.ctx) if (end or start) else out.ctx.recorded_at
    out.emit(t.AverageReported, "average.reported", {
        "student_id": out.cid("person", student), "subject_id": out.cid("subject", subject),
        "period_id": out.cid("period", period) if period else None, "starts_on": start, "ends_on": end,
        "value": value, "number": number, "rule": rule, "source": source}, when,
        f"average:{source}:{student}:{subject}:{period or ''}:{start or ''}:{end or ''}", "average",
        {"value": p}, p)


def _day(text: str) -> date:
    return date.fromisoformat(text)


def avg_marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``[{person, "per-subject-averages": [{subject, "avg-mark-value"}]}]``."""
    def one(raw: Any, ip: tuple, o: Out, c: Carried) -> None:
        obj = validate(s.PersonAverages, raw, ip)
        student = vendor_id(obj, "person", ip, required=True, what="the student")
        for i, item in enumerate(obj.per_subject_averages):
            jp = (*ip, "per-subject-averages", i)
            subject_vid = vendor_id(item, "subject", jp, required=True, what="the subject")
            if item.avg_mark_value is None or not item.avg_mark_value.strip():
                continue  # no average (a subject without marks): nothing to report (module docstring)
            _average(o, c, student, subject_vid, item.avg_mark_value, "avg-marks", (*jp, "avg-mark-value"))

    each(body, p, one, out, carried, "averages")


def wa_marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``{subjectMarks: [{subject, marks: [{person, value: float}]}]}``."""
    obj = validate(s.WeightedMarks, body, p)
    for i, subject_marks_ in enumerate(obj.subjectMarks):
        ip = (*p, "subjectMarks", i)
        subject_vid = vendor_id(subject_marks_, "subject", ip, required=True, what="the subject")
        for j, mark in enumerate(subject_marks_.marks):
            jp = (*ip, "marks", j)
            student = vendor_id(mark, "person", jp, required=True, what="the student")
            raw_value = body["subjectMarks"][i]["marks"][j]["value"]
            if raw_value is None:
                continue  # no average (a subject without marks), as an avg-marks null (module docstring)
            _average(out, carried, student, subject_vid, _number_text(raw_value), "wa-marks", (*jp, "value"),
                     rule="weighted")


def _number_text(value: Any) -> str:
    """A JSON number as its text: 4.0 -> "4.0", 3.4 -> "3.4" (Python's shortest round-trip form)."""
    return repr(float(value)) if isinstance(value, float) else str(value)


def _average_text(body: Any, p: tuple) -> bool:
    """An ``avg-mark`` answer is the average as a bare string; False when it states none (null or blank)."""
    if body is None or isinstance(body, str) and not body.strip():
        return False
    if not isinstance(body, str) or len(body) > 32:
        raise reject(pointer(*p), "the answer is the average as a string, e.g. \"4.25\"")
    return True


def avg_mark(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/reporting-periods/{rp}/subjects/{s}/avg-mark``: a bare string (null or blank: no average)."""
    if not _average_text(body, p):
        return
    _average(out, carried, carried.params["person"], carried.params["subject"], body.strip(), "avg-mark", p)


SKIPPED_OVERALL = "skipped_overall_averages"


def overall_average(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/reporting-periods/{rp}/avg-mark``: accepted, recorded nowhere, counted (module docstring)."""
    if not _average_text(body, p):
        return
    out.remember(SKIPPED_OVERALL, f"{carried.params['person']}|{carried.params['period']}",
                 {"value": body.strip(), "pointer": pointer(*p)})
