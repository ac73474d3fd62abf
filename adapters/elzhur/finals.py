"""getfinalassessments (reference A.3 Final assessment, A.5 E4): a pupil's period and year marks.

* ``students`` (object or array) -> ``items[]`` ``{name: subject, assessments: [{period, value, comment,
  convert?}]}``; a subject with ``assessments: []`` has no final mark yet (nothing is stated).
* Each assessment -> ``final_grade.recorded`` v2 ``final:<pupil>.<subject key>.<school year>:<period>``,
  ``period_id`` the getperiods id of ``period`` in that school year (``periods.py``): the year of the request's
  ``days`` when given ("some add days": a past year's finals never overwrite this year's), else the year getperiods
  gave the period. A past year's year column (``Г``) is defined over the request's ``days``; the journal's ``text`` as sent (``5``, ``зч``, ``осв``,
  ``н/а``) beside the canonical value, ``convert`` as ``vendor_number``. An empty value is a phantom (skipped); an
  attendance code is rejected at its value.
* Dated at the end of its period when getperiods gave it, else at 1 September of the answer's school year.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import marks as mk
from adapters.elzhur.common import RESULT, Builder, local_key, school_year
from adapters.elzhur.ids import name_key
from hub.events.scales import UnknownMark


def getfinalassessments(b: Builder, record: Any) -> None:
    for sid, student, at in b.students(record.response.result.students, (*RESULT, "students")):
        for s_index, subject in enumerate(student.items):
            subject_name = " ".join(subject.name.split())
            subject_key = name_key(subject_name)
            subject_id = b.id("subject", subject_key)
            if subject.assessments:
                b.emit("subject.defined", f"subject:{subject_key}", "subject",
                       {"subject_id": subject_id, "name": subject_name}, _when(b, None), (*at, "items", s_index))
            for index, final in enumerate(subject.assessments):
                where = (*at, "items", s_index, "assessments", index)
                try:
                    kind = mk.classify(final.value, b.ctx.modifier_step)
                except UnknownMark as exc:
                    if any(ch.isdigit() for ch in final.value):
                        b.error((*where, "value"), str(exc))
                    else:  # the school's own word (reference D.2), counted as in grades.py
                        b.skipped["skipped_unknown_marks"].append(b.ptr((*where, "value")))
                    continue
                if isinstance(kind, mk.Phantom):
                    b.phantoms.append(b.ptr(where))
                    continue
                if isinstance(kind, mk.AttendanceMark):
                    b.error((*where, "value"), f"{final.value.strip()!r} is an attendance mark, not a final one")
                    continue
                period_key = _period_key(b, final.period)
                year = _year(b, period_key)
                _year_column(b, final.period, period_key, year, where)
                key = f"{sid}.{subject_key}.{year}:{period_key}"
                number = float(final.convert) if final.convert is not None and kind.normalised is not None else None
                b.emit("final_grade.recorded", f"final:{key}", "final_grade", {
                    "final_grade_id": b.id("final_grade", key), "student_id": b.id("student", sid),
                    "subject_id": subject_id, "period_id": b.id("period", f"{year}:{period_key}"),
                    "value": kind.value, "scale": kind.scale.value, "normalised": kind.normalised,
                    "conversion": kind.conversion, "text": final.value.strip()[:32], "vendor_number": number},
                    _when(b, period_key, year), where)


def _year(b: Builder, period_key: str) -> int:
    """The school year of the answer's final marks: the request's ``days`` (a past year's finals), else the year
    getperiods gave the period, else the answer's school year (``common.Builder.year_of_answer``)."""
    if b.req.days is not None:
        return school_year(b.req.days[0])
    known = b.ctx.directory.get("period", period_key) or {}
    return known["year"] if isinstance(known.get("year"), int) else b.year_of_answer()


def _year_column(b: Builder, name: str, period_key: str, year: int, where: tuple[Any, ...]) -> None:
    """A past year's year column (``Г``: a column without dates in any year) is the year over the request's
    ``days``, defined when getperiods knows the column as a year column of another year."""
    known = b.ctx.directory.get("period", period_key) or {}
    if b.req.days is None or known.get("kind") != "year" or known.get("year") == year:
        return
    b.emit("reporting_period.defined", f"period:{year}:{period_key}", "period", {
        "period_id": b.id("period", f"{year}:{period_key}"), "kind": "year", "number": 1, "name": name.strip(),
        "academic_year": year, "starts_on": b.req.days[0].isoformat(), "ends_on": b.req.days[1].isoformat()},
        b.at(b.req.days[0]), where)


def _period_key(b: Builder, period: str) -> str:
    """The getperiods id of ``period``: its short name (``I``), or the period whose ``fullname`` it is."""
    key = local_key(period)
    if b.ctx.directory.get("period", key) is None:
        named = b.ctx.directory.get("period_name", name_key(period))
        if named and isinstance(named.get("key"), str):
            return named["key"]
    return key


def _when(b: Builder, period_key: str | None, year: int | None = None) -> dt.datetime:
    known = b.ctx.directory.get("period", period_key) if period_key else None
    if known and known.get("ends_on") and known.get("year") in (None, year):
        return b.at(dt.date.fromisoformat(known["ends_on"]))
    return b.at(dt.date(year if year is not None else b.year_of_answer(), 9, 1))
