"""Reporting periods and holidays (reference 3.12) -> ``reporting_period.defined`` and ``holiday.defined``.

* A period (Quarter, Trimester, Semester, HalfYear, Year; ``Module`` / ``NotSet`` are refused: no canonical kind)
  -> ``reporting_period.defined`` (dates from ``start`` / ``finish``, date-only midnight values; the school year is
  ``year``, else the year ``start`` falls in; the journal gives a period one name, so ``short_name`` is null) and a
  ``("period_slot", "<year>|<type>|<number>")`` directory entry, by which a ``PeriodMark`` work's ``periodType`` /
  ``periodNumber`` finds its period.
* Read for an edu-group (``edu-groups/{g}/reporting-periods`` or ``reporting-period-group``: the group the period
  group is bound to), each period is also ``reporting_period.assigned`` to that group's class, so its pupils see
  only their own periods (9В quarters, 10А half-years), and the slot is remembered for the group too
  (``"<group>@<year>|<type>|<number>"``: a 9В period mark's ``Year`` 1 is 9В's year, not 10А's). A legacy record
  without its request names no group: its periods apply to every class.
* The group's ``holidays`` -> ``holiday.defined``, ``dateStart`` to ``dateFinish`` inclusive, named by ``name``,
  else ``description``: of the group's class when read for an edu-group (each holiday belongs to its class's
  period group, ``reportingPeriodGroupId``: one class's quarantine week is no holiday for the others, and a
  sanitary day each group lists shows once to each pupil), one holiday per class (``<id>:group:<group>``: groups
  may list the same holiday id); school-wide from a legacy record, which names no group.
* Read for an edu-group, an answer whose ``holidays`` is a list (``[]`` too: the group has none any more) is the
  group's whole list of holidays as of its pull: a request snapshot of the ``holiday`` family scoped to the group
  (``HOLIDAYS_SCOPE``; ``hub.ingest.snapshots``), so a holiday an earlier answer of the group listed and this one
  lacks (cancelled, or re-dated under another id) is withdrawn (``holiday.withdrawn``); one re-dated under the same
  id is defined anew. An answer without the key, or with ``holidays: null``, says nothing of them, and a legacy
  record (no request, no group) is no whole list. The latest pull wins whatever the arrival order: an answer pulled
  before the group's last one withdraws nothing and brings back nothing (``Translation.as_of``).
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, blank, each, reject, validate, vendor_id
from adapters.dnevnik_ru.local_time import local_date, start_of_day, study_year
from hub.events import types as t

HOLIDAYS_SCOPE = "edu-groups/{group}/reporting-period-group|group="  # + the group: its holidays' snapshot
PERIOD_KINDS = {"Quarter": "quarter", "Trimester": "trimester", "Semester": "semester", "HalfYear": "half_year",
                "Year": "year"}


def reporting_period(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.ReportingPeriod, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    start, finish = local_date(obj.start), local_date(obj.finish)
    year = obj.year or study_year(start)
    out.emit(t.ReportingPeriodDefinedV4, "reporting_period.defined", {  # no short name of its own: short_name null
        "period_id": out.cid("period", vid), "kind": PERIOD_KINDS[obj.type], "number": obj.number, "name": obj.name,
        "academic_year": year, "starts_on": start.isoformat(), "ends_on": finish.isoformat()},
        start_of_day(start, out.ctx), f"reporting-periods:{vid}", "period",
        {"ends_on": (*p, "finish"), "academic_year": (*p, "start")}, p)
    slot = f"{year}|{obj.type.lower()}|{obj.number}"
    out.remember("period_slot", slot, {"period": vid})
    group = carried.params.get("group")
    if group is not None:
        out.remember("period_slot", f"{group}@{slot}", {"period": vid})
        _assign(out, vid, group, start, p)


def _assign(out: Out, vid: str, group: str, start: Any, p: tuple) -> None:
    """``reporting_period.assigned``: the period ``vid`` applies to the class of the edu-group ``group``."""
    out.emit(t.ReportingPeriodAssigned, "reporting_period.assigned", {
        "period_id": out.cid("period", vid), "class_id": out.cid("class", group)},
        start_of_day(start, out.ctx), f"reporting-periods:{vid}:group:{group}", "period_class", {}, p)


def reporting_periods(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, reporting_period, out, carried, "reporting periods")


def reporting_period_group(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.ReportingPeriodGroup, raw, p)
    each(raw["reportingPeriods"], (*p, "reportingPeriods"), reporting_period, out, carried, "reporting periods")
    group = carried.params.get("group")
    for i, holiday in enumerate(obj.holidays or []):
        _holiday(holiday, (*p, "holidays", i), out, group)
    if group is not None and obj.holidays is not None:  # the group's whole list, [] too (module docstring)
        out.snapshot = (f"{HOLIDAYS_SCOPE}{group}", frozenset({"holiday"}))


def _holiday(obj: m.Holiday, p: tuple, out: Out, group: str | None) -> None:
    vid = vendor_id(obj, "id", p, required=True)
    start, finish = local_date(obj.dateStart), local_date(obj.dateFinish)
    if finish < start:
        raise reject(pointer(*p, "dateFinish"), f"the holiday finishes on {finish} before it starts on {start}")
    key, of_class = (vid, {}) if group is None else (f"{vid}:group:{group}", {"class_id": out.cid("class", group)})
    out.emit(t.HolidayDefined, "holiday.defined", {
        "holiday_id": out.cid("holiday", key), "name": blank(obj.name) or blank(obj.description) or "Каникулы",
        "academic_year": study_year(start), "starts_on": start.isoformat(), "ends_on": finish.isoformat(),
        **of_class}, start_of_day(start, out.ctx), f"holidays:{key}", "holiday",
        {"ends_on": (*p, "dateFinish"), "starts_on": (*p, "dateStart"),
         "academic_year": (*p, "dateStart"), "name": (*p, "name")}, p)
