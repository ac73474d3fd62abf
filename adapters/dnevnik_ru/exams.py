"""The exam and итоговая columns (reference §3.13, §3.2, §3.3): a class's exam and certificate marks of a school
year, apart from its periods.

* §3.13: SOAP set exam and certificate (итоговая, аттестат) marks with ``insertFinalMark(…, finalMarkType:
  Exam|Final, …)``, apart from ``insertPeriodMark(…, periodType, periodNumber, …)``, and its work kinds include
  ``PeriodMark``, ``Exam`` and ``PeriodFinalMark``; §3.3: a work type's ``kind`` uses the vocabulary of
  ``Work.type``. So a mark whose work, or the work's type, is of kind ``Exam`` is an exam mark, and one of kind
  ``PeriodFinalMark`` an итоговая mark (``column_kind``): a final mark that is no period's, though its work may
  carry ``periodType`` / ``periodNumber`` (§3.2 sets them on final-mark works: ``Year``, 1, so never a second mark
  in the year's cell); and, like a period mark (§3.1: ``lesson`` null), never a diary mark.
* Its column (``column``) is the exam (or итоговая) column of the work's class (its edu-group, the parent class of
  a subgroup, §3.8 ``parentIds``) in the class's school year (``studyyear``; else the school year of the work's,
  else the mark's, date): ``reporting_period.defined`` v4 of kind ``exam`` (``final``), without dates (it holds
  final marks only, as Elzhur's ``Э`` and ``И`` columns), number 1, named by the work type's ``title`` (the
  school's own label, §3.3: «Экзамен», «Итоговая отметка»; the reference shows no REST column of its own, so the
  label the school gave the work type is its name; no short name), and ``reporting_period.assigned`` to that
  class, so only its pupils see it; the final-grades view shows the итоговая after the exam column. One column
  per kind, class, year and work type (``exam:<class>:<year>:<work type>``, ``final:...``); a work-types answer
  retitling the type renames it with the next mark read.
* A mark whose work type the hub was not sent waits for it (its title names the column); a work naming no work
  type has no name for its column and is refused at the work.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, reject
from adapters.dnevnik_ru.local_time import local_date, start_of_day, study_year
from hub.events import types as t

EXAM_KINDS = frozenset({"Exam"})
FINAL_KINDS = frozenset({"PeriodFinalMark"})  # the итоговая (certificate) mark: SOAP insertFinalMark(Final)
COLUMN_KINDS = EXAM_KINDS | FINAL_KINDS


def kinds(obj: m.Mark, the_work: dict[str, Any], out: Out, carried: Carried) -> set[str | None]:
    """The kinds of the mark's work: its ``type``, and its work type's ``kind`` (standalone or this answer's)."""
    type_vid = _type_of(obj, the_work)
    return {the_work.get("type"), (out.peek("work_type", type_vid) or {}).get("kind"),
            (carried.work_types.get(type_vid or "") or {}).get("kind")}


def column_kind(obj: m.Mark, the_work: dict[str, Any], out: Out, carried: Carried) -> str | None:
    """``exam`` when the mark's work (or its work type) is of kind ``Exam``, ``final`` when ``PeriodFinalMark``
    (module docstring); None for any other mark."""
    found = kinds(obj, the_work, out, carried)
    return "exam" if found & EXAM_KINDS else "final" if found & FINAL_KINDS else None


def column(obj: m.Mark, p: tuple, work_vid: str | None, the_work: dict[str, Any], kind: str, out: Out,
           carried: Carried) -> str | None:
    """The vendor key of the ``kind`` (exam or итоговая) column the mark is filed in, defined (and assigned to its
    class) here; None when the record waits for the work type or the work's group."""
    type_vid = _type_of(obj, the_work)
    if type_vid is None:
        raise reject(pointer(*p, "work"), f"{kind} work {work_vid} names no work type, whose title names its column")
    title = (out.peek("work_type", type_vid) or {}).get("title") or (
        carried.work_types.get(type_vid) or {}).get("name")
    if not title:
        out.wait("work_type", type_vid, pointer(*p, "workType" if obj.workType is not None else "work"))
        return None
    group_vid = the_work.get("group") or carried.params.get("group")
    if group_vid is None:
        raise reject(pointer(*p, "work"), f"{kind} work {work_vid} names no edu-group, whose class the column is")
    group = carried.find(out, "group", group_vid) or {}
    klass = group.get("parent") or group_vid
    year = group.get("academic_year") or study_year(local_date(the_work.get("date") or obj.date))
    vid = f"{kind}:{klass}:{year}:{type_vid}"
    _define(out, vid, kind, klass, year, title, p)
    return vid


def _define(out: Out, vid: str, kind: str, klass: str, year: int, title: str, p: tuple) -> None:
    when = start_of_day(date(year, 9, 1), out.ctx)
    out.emit(t.ReportingPeriodDefinedV4, "reporting_period.defined", {
        "period_id": out.cid("period", vid), "kind": kind, "number": 1, "name": title, "short_name": None,
        "academic_year": year, "starts_on": None, "ends_on": None}, when, f"reporting-periods:{vid}", "period",
        {"name": (*p, "workType")}, p)
    out.emit(t.ReportingPeriodAssigned, "reporting_period.assigned", {
        "period_id": out.cid("period", vid), "class_id": out.cid("class", klass)}, when,
        f"reporting-periods:{vid}:group:{klass}", "period_class", {}, p)


def _type_of(obj: m.Mark, the_work: dict[str, Any]) -> str | None:
    return str(obj.workType) if obj.workType is not None else the_work.get("work_type")
