"""Marks (reference 3.1, 5): ``grade.recorded`` v5, and the mark of a final mark as ``final_grade.recorded`` v3.

* The scale is the mark's ``type``, else its work's ``markType`` (any case: ``Mark5``): mark5 -> five_point (with
  +/-), mark10 -> ten_point, mark100 -> hundred_point, mark6 / mark7 / mark12 -> six_point / seven_point /
  twelve_point (1..N, normalised linearly like ten_point), markabcdf -> letter (A..F as the journal shows them:
  no published conversion, so no normalised value and never counted), test -> pass_fail (the usual Russian words;
  one the hub does not know: the school's own word as sent, status scale, never counted), markna -> status
  not_assessed, markdismiss -> status exempt (``mark_values.value_on``). ``normalised`` follows the school's +/-
  rule (``ctx.modifier_step``). Final marks are read on the same scales.
* A mark on a scale the hub has no canonical form for (markoral6band, notset) is skipped and counted, like
  Elzhur's unknown marks (a ``skipped_unknown_marks`` directory entry per mark id, with its type and pointer):
  the answer's other marks are kept. An unknown ``type`` is refused at it, as is a value off its scale (``6`` on
  mark5), unless the mark is a final mark: then it alone is skipped and counted (``mark_values.skip_final``).
* ``text`` is ``value`` exactly as the journal shows it (``4-``, ``зачёт``); ``value`` the canonical spelling.
* A double mark (a work with ``markCount`` 2: two Mark objects, ``number`` 0 and 1, "дробь") is shown as the
  journal shows it, one mark ``5/4`` (``marks.pair_up``): the grade of the ``number`` 0 mark, whose ``text`` and
  value are both marks joined by ``/`` in ``number`` order and which counts as their mean
  (``five_point.double_mean.v1``) with the work type's weight. An answer that holds every mark of its scope
  (a route with a grades snapshot) and only one mark of such a pair: the other was deleted, and the one left is a
  plain mark. Any other answer holding one mark of a work whose ``markCount`` is 2 or more (``marks/{id}``)
  states the mark ``number`` 0 without its value (the pair's grade keeps it) and nothing for the others.
* Weight and work type come from the school's **standalone** work type (``work-types/{school}``: ``weight``,
  ``title``); a mark whose work type the hub was not sent waits for nothing (``_work_type_of``,
  ``contracts/journeys/dnevnik_ru_68``): its weight is not stated (``omitted``: the hub keeps the weight another
  answer gave), nor its ``work_type`` unless a bundle's embedded work type gives its ``name`` (no weight). A weight of 0 is kept as the journal states it (grade.recorded v4) and counts the mark out
  of the average. The mark names its work type as what its weight is derived from (``derived_from``): a later
  work-types answer with another weight amends it (``lessons.work_type``).
  ``work_type.code`` is the closed label of the work type's ``kind`` (else the work's ``type``).
* A mark with an empty ``value`` is a phantom: nothing is recorded (and a complete answer holding only the phantom
  no longer holds the mark).
* A mark belongs to its work, and to its lesson's works (containing scopes ``work:<w>`` and
  ``lesson-works:<lesson>``, member ``work:<w>``): a ``works/many`` answer without a work its body asked for, or a
  lesson's works without one of them, means the work was deleted, and its marks are retracted (``containing.py``).
  A mark also belongs to its lesson's marks (``lesson-marks:<lesson>``, member ``mark:<m>``), which
  ``lessons/{l}/marks`` and ``POST lessons/marks`` list whole, to its work's (``works/{w}/marks``), and to its
  pupil's part of each (``persons/{p}/lessons/{l}/marks``, ``persons/{p}/works/{w}/marks``; ``containing.mark_lists``).
* ``use_avg_calc: false`` -> ``counts_in_average`` false; the subject is the lesson's (else the work's);
  a mark without a lesson on a ``PeriodMark`` work is a period mark: the pupil's final mark for the work's period,
  whichever marks endpoint brings it (``period_marks.py``); on an ``Exam`` work, of the class's exam column
  (``exams.py``).
"""

from __future__ import annotations

from typing import Any

from adapters.base import FieldError, pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, Reject, each, reject, stated, validate, vendor_id
from adapters.dnevnik_ru.containing import mark_lists, work_scopes
from adapters.dnevnik_ru.days import mark_scopes
from adapters.dnevnik_ru.lessons import work_type_key
from adapters.dnevnik_ru.local_time import local_datetime
from adapters.dnevnik_ru.mark_values import skip_final, value_on
from adapters.dnevnik_ru.named_days import note
from adapters.dnevnik_ru.period_marks import is_period_mark, record
from hub.events import types as t
from hub.events.scales import ScaleId, UnknownMark, normalise

SCALES = {"mark5": ScaleId.FIVE_POINT, "mark10": ScaleId.TEN_POINT, "mark100": ScaleId.HUNDRED_POINT,
          "mark6": ScaleId.SIX_POINT, "mark7": ScaleId.SEVEN_POINT, "mark12": ScaleId.TWELVE_POINT,
          "markabcdf": ScaleId.LETTER, "test": ScaleId.PASS_FAIL, "markna": ScaleId.STATUS,
          "markdismiss": ScaleId.STATUS}
UNSUPPORTED_SCALES = frozenset({"markoral6band", "notset"})  # no canonical scale: skipped and counted
SKIPPED = "skipped_unknown_marks"
RANGED = "period_mark_in_ranges"  # directory: the period marks a marks endpoint listed (``final_grade``)
# Work.type / WorkType.kind -> canonical work_type code (a closed vocabulary; unknown kinds are "other").
WORK_KINDS = {
    "DefaultNewLessonWork": "lesson_work", "CommonWork": "lesson_work", "LessonAnswer": "lesson_work",
    "LessonTestWork": "control_work", "LessonControlWork": "control_work", "LessonTest": "test",
    "LessonExamination": "exam", "Exam": "exam", "LessonComposition": "essay", "LessonEssay": "essay",
    "LessonByHeart": "by_heart", "LaboratoryWork": "laboratory_work", "LessonLaboratoryWork": "laboratory_work",
    "LessonSelfWork": "independent_work", "LessonDictation": "dictation", "LessonProject": "project",
    "CreativeWork": "creative_work", "Homework": "homework", "LessonHomework": "homework",
    "PeriodMark": "period_mark", "PeriodFinalMark": "period_mark",
}


def work_kind(kind: str | None) -> str:
    return WORK_KINDS.get(kind or "", "other") if kind else "lesson_work"


def scale_of(code: str | None, ptr: str | tuple) -> tuple[ScaleId, str]:
    """The scale of mark type ``code``; else Reject at ``ptr`` (a pointer, or its parts: built only then)."""
    key = (code or "").strip().lower()
    if key not in SCALES:
        raise reject(ptr, f"unknown mark type {code!r}; known: {', '.join(sorted(SCALES))}")
    return SCALES[key], key


def read_mark(raw: Any, p: tuple, out: Out, carried: Carried,
              final: bool = False) -> tuple[m.Mark, str, str | None, dict | None, tuple] | None:
    """The mark, its id, its work's id and its work (this answer's, else the directory's), and its (scale,
    normalised); None when it waits for its work (to learn its scale), when it is a phantom (an empty value),
    which is not read, when its scale has no canonical form (skipped and counted), or when it is a final mark
    (``final``, or a period mark a marks endpoint brings) the hub cannot read (``_unreadable``)."""
    obj = validate(m.Mark, raw, p, carried)
    vid = vendor_id(obj, "id", p, required=True)
    if not obj.value.strip():
        return None  # a phantom mark (no value): the journal shows nothing
    work_vid = vendor_id(obj, "work", p)
    the_work = carried.find(out, "work", work_vid)
    code = obj.type if obj.type is not None else (the_work or {}).get("mark_type")
    if code is None:
        if work_vid is None:
            raise reject(pointer(*p, "type"), "the mark names no scale (type) and no work to take it from")
        out.wait("work", work_vid, pointer(*p, "work"))
        return None
    where = (*p, "type" if obj.type is not None else "work")
    if code.strip().lower() in UNSUPPORTED_SCALES:
        out.remember(SKIPPED, vid, {"mark_type": code, "pointer": pointer(*where)})  # the others are kept
        return None
    try:
        scale, mark = value_on(*scale_of(code, where), obj.value, out.ctx.modifier_step)
    except (Reject, UnknownMark) as exc:
        error = exc.errors[0] if isinstance(exc, Reject) else FieldError(pointer(*p, "value"), str(exc))
        return _unreadable(error, obj, vid, code, p, (work_vid, the_work), out, carried, final)
    return obj, vid, work_vid, the_work, (scale, mark)


def _unreadable(error: FieldError, obj: m.Mark, vid: str, code: str, p: tuple, work: tuple[str | None, dict | None],
                out: Out, carried: Carried, final: bool) -> None:
    """A type or value the hub cannot read (``error``): a final mark is skipped and counted, its answer's other
    marks kept (``mark_values.skip_final``); a mark without a lesson whose work is not known yet waits for it (it
    may be a period mark); a lesson's mark refuses the answer at ``error``."""
    work_vid, the_work = work
    if not final and vendor_id(obj, "lesson", p) is None:
        if the_work is None and work_vid is not None:
            out.wait("work", work_vid, pointer(*p, "work"))
            return None
        final = the_work is not None and is_period_mark(obj, the_work, out, carried)
    if not final:
        raise Reject([error])
    skip_final(out, vid, code, obj.value, error.pointer, error.message)
    return None


def pair_up(items: Any, carried: Carried) -> None:
    """Before reading an answer's marks: the values of each (work, person) that has several marks in it, by
    ``number`` (a double mark, "дробь"), so that ``grade`` shows them as one."""
    found: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for raw in items if isinstance(items, list) else []:
        number = _number(raw.get("number")) if isinstance(raw, dict) else None
        if number is None or not str(raw.get("value", "")).strip():
            continue
        work = raw.get("work_str") or raw.get("work")
        person = raw.get("person_str") or raw.get("personStr") or raw.get("person") or carried.params.get("person")
        if work is not None and person is not None:
            found.setdefault((str(work), str(person)), []).append((number, str(raw["value"])))
    carried.doubles.update({key: sorted(marks) for key, marks in found.items()  # one mark per number, several
                            if len(marks) > 1 and len({number for number, _ in marks}) == len(marks)})


def _number(value: Any) -> int | None:
    """A raw mark's ``number`` as the model reads it (an integer or its digits, ``fields.integer``), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else None


def marks(items: Any, p: tuple, out: Out, carried: Carried) -> None:
    """An answer's list of marks (double marks paired first)."""
    pair_up(items, carried)
    each(items, p, grade, out, carried, "marks")


def grade(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    read = read_mark(raw, p, out, carried)
    if read is None:
        return
    obj, vid, work_vid, the_work, (scale, mark) = read
    student = vendor_id(obj, "person", p) or carried.params.get("person")
    if student is None:
        raise reject(pointer(*p, "person"), "the student is required: give person (an integer) or person_str")
    lesson_vid = vendor_id(obj, "lesson", p)
    if lesson_vid is None and work_vid is None:
        raise reject(pointer(*p, "lesson"), "a mark needs its lesson, or its work (for the subject)")
    if lesson_vid is None and the_work is None:
        out.wait("work", work_vid, pointer(*p, "work"))  # the subject of a mark without a lesson is its work's
        return
    if lesson_vid is None and is_period_mark(obj, the_work, out, carried):
        _period_mark(read, student, p, out, carried)
        return
    double = _double(obj, work_vid, student, the_work, carried)
    if double is False:
        return  # another mark of a double work: its pair's grade holds it
    text = obj.value
    if isinstance(double, str):
        try:
            mark, text = normalise(scale, double, out.ctx.modifier_step), double
        except UnknownMark:
            double = None  # a pair on a scale without double marks (pass/fail): the first mark alone
    kind_ptr = (*p, "workType" if obj.workType is not None else "work")
    type_vid = str(obj.workType) if obj.workType is not None else (the_work or {}).get("work_type")
    standalone, embedded, unstated = _work_type_of(type_vid, out, carried)
    kind = (standalone or embedded or {}).get("kind") or (the_work or {}).get("type")
    weight = float((standalone or {}).get("weight") if standalone else 1.0)
    the_lesson = carried.find(out, "lesson", lesson_vid) or {}
    note(carried, student, the_lesson.get("group"), the_lesson.get("date"))  # he was in its group that day
    subject = the_lesson.get("subject") or (the_work or {}).get("subject")
    if subject is None:
        if lesson_vid is None:
            raise reject(kind_ptr, f"work {work_vid} names no subject, and the mark has no lesson")
        unstated.add("subject_id")
    if double is True:
        unstated |= {"value", "text", "normalised", "conversion"}
    counts = mark.counts_in_average and obj.use_avg_calc is not False and weight != 0
    if mark.counts_in_average and not stated(raw, "use_avg_calc"):
        unstated.add("counts_in_average")
    when = local_datetime(obj.date, out.ctx)
    out.emit(t.GradeRecordedV5, "grade.recorded", {
        "grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
        "lesson_id": out.cid("lesson", lesson_vid) if lesson_vid else None, "date": when.date().isoformat(),
        "subject_id": out.cid("subject", subject) if subject else None, "value": mark.value, "scale": scale,
        "weight": weight,
        "work_type": {"code": work_kind(kind), "name": (standalone or {}).get("title") or (embedded or {}).get("name")},
        "comment": None, "teacher_id": None, "normalised": mark.normalised, "conversion": mark.conversion,
        "counts_in_average": counts, "text": text, "vendor_number": None},
        when, f"marks:{vid}", "grade", {"value": (*p, "value"), "weight": kind_ptr}, p,
        omitted=unstated, derived_from=work_type_key(type_vid) if type_vid is not None else None,
        scopes=work_scopes(work_vid, lesson_vid) + mark_lists(vid, work_vid, lesson_vid, student) + mark_scopes(
            vid, student, the_lesson.get("group") or carried.params.get("group"), subject, the_lesson.get("date"),
            when.date().isoformat(), out))


def _work_type_of(type_vid: str | None, out: Out, carried: Carried) -> tuple[dict | None, dict | None, set[str]]:
    """The mark's standalone work type (the directory's: weight and title), its embedded one (this answer's: name
    and kind, no weight), and the fields they leave unstated. §3.1/§3.3: the work type gives a mark only its name
    and weight; its value, lesson, pupil and date are the mark's own, so a mark whose standalone work type the hub
    was not sent never waits for it (a parent's relay never pulls the school-level ``work-types/{school}``): its
    ``weight`` is not stated, nor its ``work_type`` when no embedded work type names it either, and the first
    work-types answer that states them amends the mark (``lessons.work_type``, ``derived_from``). No work type:
    neither is stated."""
    if type_vid is None:
        return None, None, {"weight", "work_type"}
    standalone = out.peek("work_type", type_vid)
    embedded = carried.work_types.get(type_vid)
    if standalone is not None:
        return standalone, embedded, set()
    return None, embedded, {"weight"} if embedded else {"weight", "work_type"}


def _double(obj: m.Mark, work: str | None, student: str, the_work: dict | None, carried: Carried) -> str | bool | None:
    """For a mark of a double work: the pair's joined text (this is its first mark), False (another mark of the
    pair: not read alone), True (a lone first mark: its value is not stated); None for a plain mark."""
    count = (the_work or {}).get("mark_count")
    if obj.number is None or work is None or count == 1:
        return None
    pair = carried.doubles.get((work, student))
    if pair:
        return "/".join(value for _, value in pair) if obj.number == pair[0][0] else False
    if (count or 1) > 1 and not carried.complete_marks:
        return True if obj.number == 0 else False
    return None


def final_grade(raw: Any, p: tuple, out: Out, carried: Carried, student: str | None, subject: str,
                period: str | None) -> None:
    """The period or year mark ``raw`` of ``student`` in ``subject`` -> final_grade.recorded. Without ``period``
    it is its work's (a ``PeriodMark`` work's ``periodType`` / ``periodNumber``, read against the reporting
    periods the hub was sent; an ``Exam`` work's exam column); unknown -> the record waits for the work or the
    period (``period_marks.record``). A mark that marks ranges list (one filed it, ``RANGED``) is filed under its
    own date's day scopes, as a range files it (``_day_scopes``): the day this answer dates it at is the one a
    range speaks for it on. Where no range listed it (a journal whose ranges hold no period marks), it is filed
    under no day, so a range lacking it deletes nothing. It is a Mark of its work (§3.13), in its work's marks list
    (``containing.mark_lists``)."""
    read = read_mark(raw, p, out, carried, final=True)
    if read is None:
        return
    student = student or vendor_id(read[0], "person", p) or carried.params.get("person")
    if student is None:
        raise reject(pointer(*p, "person"), "the student is required: give person (an integer) or person_str")
    ranged = out.peek(RANGED, read[1]) is not None
    record(read, student, subject, period, p, out, carried, scopes=mark_lists(read[1], read[2], None, student) + (
        _day_scopes(read, student, subject, out, carried) if ranged else ()))


def _period_mark(read: tuple, student: str, p: tuple, out: Out, carried: Carried) -> None:
    """A period (or exam) mark a marks endpoint brought: the final mark of its work's period (or exam column) in
    its work's subject, in the mark's containing scopes (its work, its day), so a later complete answer without it
    retracts it."""
    obj, vid, work_vid, the_work, _ = read
    subject = carried.params.get("subject") or the_work.get("subject")
    if subject is None:
        raise reject(pointer(*p, "work"), f"work {work_vid} names no subject, and the mark has no lesson")
    if out.peek(RANGED, vid) is None:
        out.remember(RANGED, vid, {"listed": True})
    record(read, student, subject, None, p, out, carried,
           scopes=work_scopes(work_vid, None) + mark_lists(vid, work_vid, None, student) + _day_scopes(
               read, student, subject, out, carried))


def _day_scopes(read: tuple, student: str, subject: str, out: Out, carried: Carried) -> tuple[tuple[str, str], ...]:
    """A final mark's day scopes (``days.mark_scopes``): its own date (it has no lesson), in the request's group,
    else its work's."""
    obj, vid, _, the_work, _ = read
    day = local_datetime(obj.date, out.ctx).date().isoformat()
    group = carried.params.get("group") or (the_work or {}).get("group")
    return mark_scopes(vid, student, group, subject, None, day)
