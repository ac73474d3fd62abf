"""Reporting periods and holidays of a school, read from the roster (``reporting_period.defined``,
``holiday.defined``): which periods a school has, which contain a date, and what a period selector means.

Every school defines its own periods (quarters, trimesters, semesters or half-years, the year) for each academic
year; a view asked for "the quarter" or "the year" uses the student's school's own periods, never a calendar
guess. A period covers ``starts_on <= d <= ends_on`` (both inclusive, as schools publish them).

Selectors (``resolve``), for an anchor date:

* ``day``, ``week`` (ISO, Monday..Sunday), ``month``: calendar spans around the anchor (no period id);
* ``quarter``: the school's quarter or trimester containing the anchor; during holidays between two of them,
  the last one that ended before it. A school that defines neither uses its semesters / half-years;
* ``year``: the school's ``year`` period containing the anchor; else the academic year's span (first start to
  last end of its periods) containing it; else (summer) the academic year that started last before it;
* any other text is a period id, which must be one of the school's.

``UnknownPeriod`` says why a selector names no span (its message is safe to show to the client).

**Periods per class**: a period assigned to classes applies to those only (``projections.class_periods``); with a
pupil's enrolments, ``resolve`` chooses among the pupil's periods.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, or_, select

from projections import roster

KIND_ORDER = {"quarter": 0, "trimester": 1, "semester": 2, "half_year": 3, "year": 4, "exam": 5, "final": 6}
QUARTER_KINDS = ("quarter", "trimester")
HALF_KINDS = ("semester", "half_year")
CALENDAR_SELECTORS = ("day", "week", "month")
SCHOOL_SELECTORS = ("quarter", "year")


class UnknownPeriod(ValueError):
    """The selector names no span of the school (unknown period id, no periods defined, ...)."""


@dataclass(frozen=True, slots=True)
class Period:
    """A span of dates; ``period_id`` is None for a calendar span or an academic year the school did not define.
    ``name`` is what the journal shows, ``short_name`` its own short name beside it (``Г`` of «Годовая»; None when
    it gave none).

    Only the final-grades view reads an undated period (an ``exam`` or ``final`` (итоговая) column, or a column of
    any kind known only from final marks: ``starts_on`` and ``ends_on`` None); it contains no date. Every other
    reader asks the roster for periods with both dates."""

    kind: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    period_id: str | None = None
    number: int | None = None
    name: str | None = None
    academic_year: int | None = None
    short_name: str | None = None

    def contains(self, date: dt.date) -> bool:
        return self.starts_on is not None and self.ends_on is not None and self.starts_on <= date <= self.ends_on

    @property
    def dated(self) -> bool:
        return self.starts_on is not None and self.ends_on is not None

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1 if self.starts_on and self.ends_on else 0

    def as_json(self) -> dict[str, Any]:
        return {"period_id": self.period_id, "kind": self.kind, "number": self.number, "name": self.name,
                "short_name": self.short_name, "academic_year": self.academic_year,
                "starts_on": self.starts_on.isoformat() if self.starts_on else None,
                "ends_on": self.ends_on.isoformat() if self.ends_on else None}


@dataclass(frozen=True, slots=True)
class Holiday:
    holiday_id: str
    name: str | None
    academic_year: int | None
    starts_on: dt.date
    ends_on: dt.date
    class_id: str | None  # None: the whole school

    def as_json(self) -> dict[str, Any]:
        return {"holiday_id": self.holiday_id, "name": self.name, "academic_year": self.academic_year,
                "starts_on": self.starts_on.isoformat(), "ends_on": self.ends_on.isoformat(),
                "class_id": self.class_id}


# Reading ------------------------------------------------------------------------------------------------------


def school_periods(conn: Connection, school_id: str, academic_year: int | None = None) -> list[Period]:
    """The school's periods (of one academic year if given), by year, kind (quarter .. year), number, start."""
    params = {"school_id": school_id, "year": academic_year}
    periods = [_period(row) for row in conn.execute(_periods_query(academic_year is not None), params).mappings()]
    return sorted(periods, key=_period_order)


@lru_cache(maxsize=None)
def _periods_query(of_year: bool) -> Select:
    p = roster.reporting_periods
    query = select(p).where(p.c.school_id == bindparam("school_id"), p.c.starts_on.is_not(None),
                            p.c.ends_on.is_not(None))
    return query.where(p.c.academic_year == bindparam("year")) if of_year else query


def school_period(conn: Connection, school_id: str, period_id: str) -> Period | None:
    """The period ``period_id`` if it is one of the school's (another school's id is as unknown as none)."""
    p = roster.reporting_periods
    row = conn.execute(select(p).where(p.c.period_id == period_id, p.c.school_id == school_id,
                                       p.c.starts_on.is_not(None), p.c.ends_on.is_not(None))).mappings().first()
    return None if row is None else _period(row)


def periods_on(periods: list[Period], date: dt.date) -> dict[str, Period]:
    """Per kind, the period containing ``date`` (the narrowest if a school defined overlapping ones)."""
    found: dict[str, Period] = {}
    for period in periods:
        if period.contains(date) and (period.kind not in found or period.days < found[period.kind].days):
            found[period.kind] = period
    return found


def school_periods_on(conn: Connection, school_id: str, date: dt.date) -> dict[str, Period]:
    """``periods_on`` for the school's periods: which quarter, half-year, year... ``date`` falls in."""
    return periods_on(school_periods(conn, school_id), date)


def school_holidays(conn: Connection, school_id: str, academic_year: int | None = None,
                    class_ids: list[str] | None = None) -> list[Holiday]:
    """The school's holidays by start date: whole-school ones, and (with ``class_ids``) those of these classes;
    without ``class_ids`` every class's too."""
    params = {"school_id": school_id, "year": academic_year, "class_ids": class_ids}
    rows = conn.execute(_holidays_query(academic_year is not None, class_ids is not None), params).mappings()
    return [Holiday(r["holiday_id"], r["name"], r["academic_year"], r["starts_on"], r["ends_on"], r["class_id"])
            for r in rows]


@lru_cache(maxsize=None)
def _holidays_query(of_year: bool, of_classes: bool) -> Select:
    h = roster.holidays
    query = select(h).where(h.c.school_id == bindparam("school_id"), h.c.starts_on.is_not(None),
                            h.c.ends_on.is_not(None))
    if of_year:
        query = query.where(h.c.academic_year == bindparam("year"))
    if of_classes:
        query = query.where(or_(h.c.class_id.is_(None), h.c.class_id.in_(bindparam("class_ids", expanding=True))))
    return query.order_by(h.c.starts_on, h.c.holiday_id)


def academic_year_of(periods: list[Period], date: dt.date) -> int | None:
    """The academic year whose periods span ``date``; else the one that started last before it; else None."""
    spans = academic_year_spans(periods)
    inside = [year for year, span in spans.items() if span.contains(date)]
    if inside:
        return max(inside)
    started = [year for year, span in spans.items() if span.starts_on <= date]
    return max(started) if started else None


def academic_year_spans(periods: list[Period]) -> dict[int, Period]:
    """Per academic year, its ``year`` period, else a span from its first start to its last end (no id)."""
    spans: dict[int, Period] = {}
    for period in periods:
        year = period.academic_year
        if year is None:
            continue
        known = spans.get(year)
        if period.kind == "year" and (known is None or known.period_id is None):
            spans[year] = period
        elif known is None:
            spans[year] = Period("year", period.starts_on, period.ends_on, academic_year=year)
        elif known.period_id is None:
            spans[year] = Period("year", min(known.starts_on, period.starts_on), max(known.ends_on, period.ends_on),
                                 academic_year=year)
    return spans


# Selectors ----------------------------------------------------------------------------------------------------


def resolve(conn: Connection, school_id: str, selector: str, anchor: dt.date,
            spans: dict[str, tuple[dt.date, dt.date | None]] | None = None) -> Period:
    """The span ``selector`` names for ``anchor`` at the school (see the module docstring); ``UnknownPeriod``.
    With ``spans`` (a pupil's enrolments), ``quarter`` and ``year`` choose among the pupil's periods only."""
    if selector in CALENDAR_SELECTORS:
        return calendar_span(selector, anchor)
    if selector in SCHOOL_SELECTORS:
        if spans is None:
            periods = school_periods(conn, school_id)
        else:
            from projections.class_periods import student_periods
            periods = student_periods(conn, school_id, spans)
        if not periods:
            raise UnknownPeriod("the school has no reporting periods; ask for from/to dates instead")
        return quarter_of(periods, anchor) if selector == "quarter" else year_of(periods, anchor)
    period = school_period(conn, school_id, selector)
    if period is None:
        raise UnknownPeriod(f"{selector!r} is not a reporting period of the student's school "
                            f"(use a period id, or one of: {', '.join(CALENDAR_SELECTORS + SCHOOL_SELECTORS)})")
    return period


def calendar_span(selector: str, anchor: dt.date) -> Period:
    try:
        return _calendar_span(selector, anchor)
    except OverflowError:  # a week around 9999-12-31
        raise UnknownPeriod(f"no {selector} around {anchor} fits the calendar") from None


def _calendar_span(selector: str, anchor: dt.date) -> Period:
    if selector == "day":
        return Period("day", anchor, anchor)
    if selector == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return Period("week", monday, monday + dt.timedelta(days=6))
    last = calendar.monthrange(anchor.year, anchor.month)[1]
    return Period("month", anchor.replace(day=1), anchor.replace(day=last))


def quarter_of(periods: list[Period], anchor: dt.date) -> Period:
    kinds = QUARTER_KINDS if any(p.kind in QUARTER_KINDS for p in periods) else HALF_KINDS
    candidates = [p for p in periods if p.kind in kinds]
    containing = [p for p in candidates if p.contains(anchor)]
    if containing:
        return min(containing, key=lambda p: p.days)
    ended = [p for p in candidates if p.ends_on < anchor]
    if not ended:
        raise UnknownPeriod(f"the school has no quarter, trimester or half-year containing or before {anchor}")
    return max(ended, key=lambda p: (p.ends_on, -p.days))


def year_of(periods: list[Period], anchor: dt.date) -> Period:
    year = academic_year_of(periods, anchor)
    if year is None:
        raise UnknownPeriod(f"the school has no academic year containing or before {anchor}")
    return academic_year_spans(periods)[year]


def _period(row: Any) -> Period:
    return Period(kind=row["kind"], starts_on=row["starts_on"], ends_on=row["ends_on"], period_id=row["period_id"],
                  number=row["number"], name=row["name"], academic_year=row["academic_year"],
                  short_name=row["short_name"])


def _period_order(period: Period) -> tuple:
    return (period.academic_year or 0, KIND_ORDER.get(period.kind, 9), period.number or 0,
            period.starts_on or dt.date.min, period.period_id or "")
