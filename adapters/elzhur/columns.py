"""A past year's final-mark columns (getfinalassessments with ``days`` of another school year, reference A.2 "some
add days") that no getperiods of that year defined: the final marks define them, so a parent sees last year's
quarter finals under last year's columns.

* The column is named by its short name as the answer names it (``I``, ``Г``: no ``fullname`` came), its key the
  name-only key (``period:2024:I``), and it is registered for the pupil and his class of that year
  (``period_keys.remember``), so the next pupil's answer files its marks there.
* A name getperiods knows as a year column (``Г``, in another year) is the ``year`` period over the request's
  ``days``; any other column (a quarter or half-year whose dates that year the hub never saw) is undated, as the
  journal's exam column is (``reporting_period.defined`` v2 kind ``exam``: no dates, it holds final marks only,
  numbered by its Roman numeral or digits).
* It is ``reporting_period.assigned`` to the pupil's class of that school year when the hub knows it
  (``memberships``), else to no class.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from adapters.elzhur import period_keys
from adapters.elzhur.common import Builder, local_key
from adapters.elzhur.ids import name_key

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def define(b: Builder, sid: str, name: str, year: int, where: tuple[Any, ...]) -> str:
    """Define the column ``name`` of ``year`` (module docstring); its key."""
    key, days = local_key(name), b.req.days
    class_name = period_keys.class_in(b, sid, year)
    period_id = b.id("period", f"{year}:{key}")
    known = b.ctx.directory.get("period_short", key) or {}
    if known.get("kind") == "year" and days is not None:
        data = {"kind": "year", "number": 1, "starts_on": days[0].isoformat(), "ends_on": days[1].isoformat()}
        when = b.at(days[0])
    else:
        data = {"kind": "exam", "number": _number(name), "starts_on": None, "ends_on": None}
        when = b.at(dt.date(year, 9, 1))
    b.emit("reporting_period.defined", f"period:{year}:{key}", "period", {
        "period_id": period_id, "name": name.strip(), "academic_year": year, **data}, when, where)
    period_keys.remember(b, key, name, year, sid, class_name)
    if class_name:
        b.emit("reporting_period.assigned", f"period-class:{period_id}:{name_key(class_name)}", "period_class", {
            "period_id": period_id, "class_id": b.class_id(class_name, year)}, b.at(dt.date(year, 9, 1)), where)
    return key


def _number(name: str) -> int:
    """The column's number: its digits (``2``) or Roman numeral (``II``), else 1."""
    digits = re.search(r"\d+", name)
    if digits and 1 <= int(digits[0]) <= 12:
        return int(digits[0])
    return next((ROMAN[w] for w in re.findall(r"[a-z]+", name.casefold()) if w in ROMAN), 1)
