"""Which period a getmarks answer's ``days`` are: getmarks' ``average`` is over the request's ``days`` (reference A.2
getmarks, A.3 SubjectMarks), and a period's ``start``-``end`` are "meant to be joined into days=start-end" (A.3
Period), so an answer over exactly a period's dates reports its averages for that period. But getperiods is asked
per pupil (A.2) and periods vary by class (A.4: quarters, half-years): the same days are 7Б's «2 четверть» and, for
a 10А pupil on half-years, no period at all, a bare span (found by ``contracts/journeys/elzhur_69``).

* ``remember``: a pupil's getperiods states the spans of his periods in each school year, for him
  (``period_spans`` ``student:<id>@<year>``) and his class (``class:<class key>@<year>``): the whole list, the
  latest answer's (``{"spans": {"YYYYMMDD-YYYYMMDD": period id}}``), written without reading the earlier one.
  The school-wide ``period_span`` (``YYYYMMDD-YYYYMMDD`` -> the period id last registered) stays, for a pupil none
  of whose periods the hub knows.
* ``period_of``: the period whose dates are a getmarks' ``days`` for its pupil: of his class's periods that school
  year when the hub knows them, else of his own getperiods; when the hub knows neither, the school's period of
  those dates (the periods apply to every class, ``periods.py``); none: None, a bare span. One directory read per
  span and class (cached for the batch); the pupil's own entry is read only when his class has none.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.period_keys import scopes

Span = tuple[dt.date, dt.date]


def span_key(span: Span) -> str:
    """A span as the request's ``days`` write it: ``YYYYMMDD-YYYYMMDD``."""
    return f"{span[0]:%Y%m%d}-{span[1]:%Y%m%d}"


def remember(b: Builder, sid: str, class_name: str | None, periods: list[tuple[Span, str]]) -> None:
    """Register the spans of ``sid``'s periods (``(span, period id)``, from one getperiods answer) for him and his
    class, per school year, and each span school-wide."""
    by_year: dict[int, dict[str, str]] = defaultdict(dict)
    for span, period_id in periods:
        by_year[school_year(span[0])][span_key(span)] = period_id
        b.out.directory_entries.append(("period_span", span_key(span), {"period_id": period_id}))
    for year, spans in by_year.items():
        for scope in scopes(sid, class_name, year):
            b.out.directory_entries.append(("period_spans", scope, {"spans": dict(spans)}))


def period_of(b: Builder, sid: str, class_name: str | None, span: Span) -> str | None:
    """The id of ``sid``'s period whose dates are ``span`` (module docstring), else None."""
    key = span_key(span)
    for scope in scopes(sid, class_name, school_year(span[0])):  # his class's first, then his own
        known = _spans(b, scope)
        if known is not None:
            found = known.get(key)
            return found if isinstance(found, str) else None
    school_wide = b.ctx.directory.get("period_span", key)
    return school_wide.get("period_id") if school_wide else None


def _spans(b: Builder, scope: str) -> dict[str, Any] | None:
    """The spans registered for ``scope``: this answer's own entry first, else the directory's; None: none known."""
    for kind, vendor_id, data in reversed(b.out.directory_entries):
        if kind == "period_spans" and vendor_id == scope:
            return data.get("spans")
    found = b.ctx.directory.get("period_spans", scope)
    spans = found.get("spans") if found else None
    return spans if isinstance(spans, dict) else None
