"""The exam column (reference §3.13, §3.2, §3.3): a class's exam marks of a school year, apart from its periods.

* §3.13: SOAP set exam marks with ``insertFinalMark(…, finalMarkType: Exam|Final, …)``, apart from
  ``insertPeriodMark(…, periodType, periodNumber, …)``, and its work kinds include ``PeriodMark`` and ``Exam``;
  §3.3: a work type's ``kind`` uses the vocabulary of ``Work.type``. So a mark whose work, or the work's type, is
  of kind ``Exam`` (``is_exam``) is an exam mark: a final mark that is no period's, though its work may carry
  ``periodType`` / ``periodNumber`` (§3.2 sets them on final-mark works); and, like a period mark (§3.1: ``lesson``
  null), never a diary mark.
* Its column (``column``) is the exam column of the work's class (its edu-group, the parent class of a subgroup,
  §3.8 ``parentIds``) in the class's school year (``studyyear``; else the school year of the work's, else the
  mark's, date): ``reporting_period.defined`` v3 of kind ``exam``, without dates (it holds final marks only, as
  Elzhur's exam column), number 1, named by the exam work type's ``title`` (the school's own label, §3.3; the
  reference shows no REST exam column of its own, so the label the school gave the exam is its name; no short
  name), and ``reporting_period.assigned`` to that class, so only its pupils see it. One column per class, year
  and exam work type (``exam:<class>:<year>:<work type>``); a work-types answer retitling the type renames it with
  the next exam mark read.
* A mark whose work type the hub was not sent waits for it (its title names the column); an exam work naming no
  work type has no name for its column and is refused at the work.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, local_date, reject, start_of_day, study_year
from hub.events import types as t

EXAM_KINDS = frozenset({"Exam"})


def kinds(obj: m.Mark, the_work: dict[str, Any], out: Out, carried: Carried) -> set[str | None]:
    """The kinds of the mark's work: its ``type``, and its work type's ``kind`` (standalone or this answer's)."""
    type_vid = _type_of(obj, the_work)
    return {the_work.get("type"), (out.peek("work_type", type_vid) or {}).get("kind"),
            (carried.work_types.get(type_vid or "") or {}).get("kind")}


def is_exam(obj: m.Mark, the_work: dict[str, Any], out: Out, carried: Carried) -> bool:
    """Whether the mark's work (or its work type) is of kind ``Exam`` (module docstring)."""
    return bool(kinds(obj, the_work, out, carried) & EXAM_KINDS)


def column(obj: m.Mark, p: tuple, work_vid: str | None, the_work: dict[str, Any], out: Out,
           carried: Carried) -> str | None:
    """The vendor key of the exam column the mark is filed in, defined (and assigned to its class) here; None when
    the record waits for the work type or the work's group."""
    type_vid = _type_of(obj, the_work)
    if type_vid is None:
        raise reject(pointer(*p, "work"), f"exam work {work_vid} names no work type, whose title names its column")
    title = (out.peek("work_type", type_vid) or {}).get("title") or (
        carried.work_types.get(type_vid) or {}).get("name")
    if not title:
        out.wait("work_type", type_vid, pointer(*p, "workType" if obj.workType is not None else "work"))
        return None
    group_vid = the_work.get("group") or carried.params.get("group")
    if group_vid is None:
        raise reject(pointer(*p, "work"), f"exam work {work_vid} names no edu-group, whose class the column is")
    group = carried.find(out, "group", group_vid) or {}
    klass = group.get("parent") or group_vid
    year = group.get("academic_year") or study_year(local_date(the_work.get("date") or obj.date))
    vid = f"exam:{klass}:{year}:{type_vid}"
    _define(out, vid, klass, year, title, p)
    return vid


def _define(out: Out, vid: str, klass: str, year: int, title: str, p: tuple) -> None:
    when = start_of_day(date(year, 9, 1), out.ctx)
    out.emit(t.ReportingPeriodDefinedV3, "reporting_period.defined", {
        "period_id": out.cid("period", vid), "kind": "exam", "number": 1, "name": title, "short_name": None,
        "academic_year": year, "starts_on": None, "ends_on": None}, when, f"reporting-periods:{vid}", "period",
        {"name": (*p, "workType")}, p)
    out.emit(t.ReportingPeriodAssigned, "reporting_period.assigned", {
        "period_id": out.cid("period", vid), "class_id": out.cid("class", klass)}, when,
        f"reporting-periods:{vid}:group:{klass}", "period_class", {}, p)


def _type_of(obj: m.Mark, the_work: dict[str, Any]) -> str | None:
    return str(obj.workType) if obj.workType is not None else the_work.get("work_type")
