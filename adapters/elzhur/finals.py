"""getfinalassessments (reference A.3 Final assessment, A.5 E4): a pupil's period and year marks.

* ``students`` (object or array) -> ``items[]`` ``{name: subject, assessments: [{period, value, comment,
  convert?}]}``; a subject with ``assessments: []`` has no final mark yet (nothing is stated).
* Each assessment -> ``final_grade.recorded`` (v3) ``final:<pupil>.<subject key>.<school year>:<period>`` (the short
  name; a ``fullname`` the final names is read as its period's short name), ``period_id`` the pupil's period of
  that name in that school year (``period_keys.resolve``: his class's, else his own getperiods', else the only one
  of the year; several and none his: the answer parks until his or his class's periods arrive): the year of the
  request's ``days`` when given ("some add days": a past year's finals never overwrite this year's), else the year
  getperiods gave the name. A past year's column no getperiods of that year gave is defined by the answer
  (``columns.py``: a year column over the request's ``days``, any other undated); the journal's ``text`` as sent
  (``5``, ``зч``, ``осв``, ``н/а``) beside the canonical value, ``convert`` as ``vendor_number``. A word or number
  the hub has no mark for is the journal's own, shown as sent (``marks.school_word``, ``marks.school_number``: a
  score with a five-point ``convert`` is that mark). An empty value is a phantom (skipped); an attendance code is
  rejected at its value.
* Dated at the end of its period when getperiods gave it, else at 1 September of the answer's school year.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Missing
from adapters.elzhur import columns, period_keys
from adapters.elzhur import marks as mk
from adapters.elzhur.common import RESULT, Builder, local_key, school_year
from adapters.elzhur.grades import MARKS_LIST_NAME
from adapters.elzhur.ids import name_key
from hub.events.scales import UnknownMark


def getfinalassessments(b: Builder, record: Any) -> None:
    for sid, student, at in b.students(record.response.result.students, (*RESULT, "students")):
        for s_index, subject in enumerate(student.items):
            subject_name = " ".join(subject.name.split())
            subject_key = name_key(subject_name)
            subject_id = b.id("subject", subject_key)
            if subject.assessments:
                b.emit("subject.defined", f"subject:{subject_key}", "subject",  # the name: grades.MARKS_LIST_NAME
                       {"subject_id": subject_id, "name": subject_name}, _when(b, None), (*at, "items", s_index),
                       omitted=MARKS_LIST_NAME)
            for index, final in enumerate(subject.assessments):
                where = (*at, "items", s_index, "assessments", index)
                try:
                    kind = mk.classify(final.value, b.ctx.modifier_step)
                except UnknownMark:  # the school's own vocabulary (A.3, A.6, D.2): shown as sent, as a diary mark's
                    kind = mk.school_number(final.value, final.convert) if any(ch.isdigit() for ch in final.value) \
                        else mk.school_word(final.value)
                if isinstance(kind, mk.Phantom):
                    b.phantoms.append(b.ptr(where))
                    continue
                if isinstance(kind, mk.AttendanceMark):
                    b.error((*where, "value"), f"{final.value.strip()!r} is an attendance mark, not a final one")
                    continue
                name = _short_name(b, final.period)
                year = _year(b, name)
                period_key = _period_of(b, sid, name, year, where)
                if period_key is None:
                    continue
                key = f"{sid}.{subject_key}.{year}:{local_key(name)}"  # by the short name, as the journal names it
                number = float(final.convert) if final.convert is not None and kind.normalised is not None else None
                b.emit("final_grade.recorded", f"final:{key}", "final_grade", {
                    "final_grade_id": b.id("final_grade", key), "student_id": b.id("student", sid),
                    "subject_id": subject_id, "period_id": b.id("period", f"{year}:{period_key}"),
                    "value": kind.value, "scale": kind.scale.value, "normalised": kind.normalised,
                    "conversion": kind.conversion, "text": final.value.strip()[:32], "vendor_number": number},
                    _when(b, period_key, year), where)


def _year(b: Builder, name: str) -> int:
    """The school year of the answer's final marks: the request's ``days`` (a past year's finals), else the year
    getperiods gave the period name, else the answer's school year (``common.Builder.year_of_answer``)."""
    if b.req.days is not None:
        return school_year(b.req.days[0])
    known = b.ctx.directory.get("period_short", local_key(name)) or {}
    return known["year"] if isinstance(known.get("year"), int) else b.year_of_answer()


def _short_name(b: Builder, period: str) -> str:
    """The short name (``I``) a final mark names its period by, or the short name of the ``fullname`` it is."""
    if b.ctx.directory.get("period_short", local_key(period)) is None:
        named = b.ctx.directory.get("period_name", name_key(period))
        if named and isinstance(named.get("name"), str):
            return named["name"]
    return period


def _period_of(b: Builder, sid: str, name: str, year: int, where: tuple[Any, ...]) -> str | None:
    """The key of the pupil's period ``name`` in ``year`` (``period_keys.resolve``). Several periods of that name
    in the year and none known to be his: the answer waits (parks) for his or his class's getperiods, never a
    guess. None at all: a past year's answer (``days``) defines the column (``columns.define``); this year's
    names the period by its short name (``period:<year>:<name>``), as a getperiods without ``fullname`` does."""
    key = period_keys.resolve(b, sid, name, year)
    if key == period_keys.AMBIGUOUS:
        b.out.missing.extend(Missing("period_of", wanted, b.ptr(where))
                             for wanted in period_keys.waits_for(b, sid, name, year))
        return None
    if key is None and b.req.days is not None:
        return columns.define(b, sid, name, year, where)
    return key if key is not None else local_key(name)


def _when(b: Builder, period_key: str | None, year: int | None = None) -> dt.datetime:
    known = b.ctx.directory.get("period", period_key) if period_key else None
    if known and known.get("ends_on") and known.get("year") in (None, year):
        return b.at(dt.date.fromisoformat(known["ends_on"]))
    return b.at(dt.date(year if year is not None else b.year_of_answer(), 9, 1))
