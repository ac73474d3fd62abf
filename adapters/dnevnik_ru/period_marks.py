"""Period and year marks (reference 3.13, 3.1) -> ``final_grade.recorded`` v3, whichever endpoint brings them.

* §3.13: period and year marks are ordinary Marks whose Work has type ``PeriodMark`` (``periodType`` /
  ``periodNumber``); §3.1: their ``lesson`` is null. The final-marks endpoints (``finals.py``) give them with their
  period; any marks endpoint may bring one too (a group's or a pupil's marks range, ``marks/{id}``, a work's marks).
  A mark without a lesson whose work (or the work's type) is a ``PeriodMark`` is such a mark (``is_period_mark``):
  the pupil's final mark for its work's period in its work's subject, the same fact (id ``mark:<id>``, aggregate
  ``marks:<id>``) as the final-marks endpoints give it, so the two paths are one final mark.
* The period is the answer's ``reportingPeriod``, else its work's (``periodType`` / ``periodNumber``, read against
  the reporting periods the hub was sent: the work's group's own period of that slot first); a work or a period the
  hub does not know yet makes the record wait for it.
* An exam mark (its work or work type of kind ``Exam``) is a final mark too, of the class's exam column, and an
  итоговая (certificate) mark (kind ``PeriodFinalMark``) of the class's итоговая column (``exams.py``), never of
  its work's period (an итоговая work's ``periodType`` ``Year`` does not make it a second year mark).
* A ``PeriodMark`` work without ``periodType`` / ``periodNumber`` in an answer that names no reporting period
  (§3.2 sets them on period works) places its mark nowhere: the mark is skipped and counted with its work, pointer
  and reason (a ``skipped_unplaced_period_marks`` directory entry per mark id), and the answer's other marks are
  kept, as a mark on a scale with no canonical form is (``marks.SKIPPED``).
* A final mark is on any scale an ordinary mark is (§5: letters, twelve-point...; ``final_grade.recorded`` v3); one
  whose type or value the hub cannot read is skipped and counted, the answer's others kept
  (``mark_values.skip_final``).
* A period mark read from a marks endpoint joins the mark's containing scopes (its work, its day in its group and
  its pupil's, ``containing.work_scopes``, ``days.mark_scopes``; its work's marks list, ``containing.mark_lists``,
  whichever endpoint brought it; a final-marks answer restating one a marks endpoint listed, its day scopes,
  ``marks.final_grade``), and the request snapshots of the marks routes without a date
  range name the ``final_grade`` family: a later complete answer without it retracts the final mark
  (``final_grade.retracted``), as a final-marks answer without it does. A marks range over dates retracts it only
  through the whole days it covers (the day of its latest-stated ``date``): a final mark keeps no date a range's
  span could test (``routes.RANGE_MARKS``), and one re-dated out of the range (a year mark edited in August) is not
  deleted by a later pull of that range.
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import exams
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, reject
from adapters.dnevnik_ru.local_time import local_date, local_datetime, study_year
from hub.events import types as t
from hub.events.scales import Normalised, ScaleId

PERIOD_KINDS = frozenset({"PeriodMark"})  # PeriodFinalMark: the итоговая column (exams.FINAL_KINDS)
SKIPPED_UNPLACED = "skipped_unplaced_period_marks"
UNPLACED = "its work names no periodType and periodNumber, and the answer names no reporting period"


def is_period_mark(obj: m.Mark, the_work: dict[str, Any], out: Out, carried: Carried) -> bool:
    """Whether the mark's work, or the work's type (standalone or this answer's), is a PeriodMark, or an exam's or
    an итоговая's (``exams.py``; the caller checks that the mark has no lesson)."""
    return bool(exams.kinds(obj, the_work, out, carried) & (PERIOD_KINDS | exams.COLUMN_KINDS))


def record(read: tuple, student: str, subject: str, period: str | None, p: tuple, out: Out, carried: Carried,
           scopes: tuple[tuple[str, str], ...] = ()) -> None:
    """The read mark (``marks.read_mark``'s tuple) as ``student``'s final mark in ``subject`` for ``period`` (else
    its work's)."""
    obj, vid, work_vid, the_work, (scale, mark) = read
    period = period or period_of_work(obj, vid, p, work_vid, the_work, out, carried)
    if period is not None:
        final_event(out, vid, student, subject, period, mark, scale, obj.value, local_datetime(obj.date, out.ctx),
                    p, scopes)


def final_event(out: Out, vid: str, student: str, subject: str, period: str, mark: Normalised, scale: ScaleId,
                text: str, when: Any, p: tuple, scopes: tuple[tuple[str, str], ...] = ()) -> None:
    out.emit(t.FinalGradeRecordedV3, "final_grade.recorded", {
        "final_grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
        "subject_id": out.cid("subject", subject), "period_id": out.cid("period", period), "value": mark.value,
        "scale": scale, "teacher_id": None, "normalised": mark.normalised, "conversion": mark.conversion,
        "text": text, "vendor_number": None}, when, f"marks:{vid}", "final_grade",
        {"value": (*p, "value")}, p, scopes=scopes)


def period_of_work(obj: m.Mark, vid: str, p: tuple, work_vid: str | None, the_work: dict | None, out: Out,
                   carried: Carried) -> str | None:
    """The reporting period of the mark's PeriodMark work, or the exam or итоговая column of its exam or
    PeriodFinalMark work (``exams.py``); None when the record waits for the work or period, or when the work names
    no period (the mark ``vid`` is skipped and counted: module docstring)."""
    if the_work is None:
        if work_vid is None:
            raise reject(pointer(*p), "the final mark names no reporting period and no work to take it from")
        out.wait("work", work_vid, pointer(*p, "work"))
        return None
    kind = exams.column_kind(obj, the_work, out, carried)
    if kind is not None:
        return exams.column(obj, p, work_vid, the_work, kind, out, carried)
    if not the_work.get("period_type") or not the_work.get("period_number"):
        out.remember(SKIPPED_UNPLACED, vid, {"work": work_vid, "pointer": pointer(*p, "work"), "reason": UNPLACED})
        return None
    group = carried.find(out, "group", the_work.get("group")) or {}
    year = group.get("academic_year") or study_year(local_date(the_work.get("date") or obj.date))
    slot = f"{year}|{the_work['period_type'].lower()}|{the_work['period_number']}"
    in_group = the_work.get("group") or carried.params.get("group")  # the group's own period of that slot first
    found = (out.peek("period_slot", f"{in_group}@{slot}") if in_group else None) or out.lookup(
        "period_slot", slot, pointer(*p, "work"))
    return None if found is None else found["period"]
