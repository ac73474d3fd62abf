"""A past year's final-mark columns (getfinalassessments with ``days`` of another school year, reference A.2 "some
add days") that no getperiods of that year defined: the final marks define them, so a parent sees last year's
quarter finals under last year's columns.

* The column is named by its short name as the answer names it (``I``, ``Г``: no ``fullname`` came), ``name`` and
  ``short_name`` alike, its key the name-only key (``period:2024:I``), and it is registered for the pupil and his
  class of that year (``period_keys.remember``), so the next pupil's answer files its marks there.
* Its kind is the one getperiods gave that short name (``known_kind``): the pupil's own period of that name (his
  class's, else his) in the school year getperiods gave the name, else the school's latest period of that name; a
  name no getperiods gave is an ``exam`` column, the one kind that says nothing of its span. A ``year`` column is
  the year over the request's ``days``; any other (a quarter or half-year whose dates that year the hub never saw)
  is an undated column of its kind (``reporting_period.defined`` v3: no dates, it holds final marks only,
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
    kind = known_kind(b, sid, name) or "exam"
    if kind == "year" and days is not None:
        data = {"kind": "year", "number": 1, "starts_on": days[0].isoformat(), "ends_on": days[1].isoformat()}
        when = b.at(days[0])
    else:
        data = {"kind": kind, "number": _number(name), "starts_on": None, "ends_on": None}
        when = b.at(dt.date(year, 9, 1))
    b.emit("reporting_period.defined", f"period:{year}:{key}", "period", {
        "period_id": period_id, "name": name.strip(), "short_name": name.strip(), "academic_year": year, **data},
        when, where)
    period_keys.remember(b, key, name, year, sid, class_name)
    if class_name:
        b.emit("reporting_period.assigned", f"period-class:{period_id}:{name_key(class_name)}", "period_class", {
            "period_id": period_id, "class_id": b.class_id(class_name, year)}, b.at(dt.date(year, 9, 1)), where)
    return key


def known_kind(b: Builder, sid: str, name: str) -> str | None:
    """The kind getperiods gave the short name ``name`` (module docstring); None when none gave it."""
    known = b.ctx.directory.get("period_short", local_key(name)) or {}
    if isinstance(known.get("year"), int):
        key = period_keys.resolve(b, sid, name, known["year"])
        if key is not None and key != period_keys.AMBIGUOUS:
            kind = (b.ctx.directory.get("period", key) or {}).get("kind")
            if isinstance(kind, str):
                return kind
    return known.get("kind") if isinstance(known.get("kind"), str) else None


def _number(name: str) -> int:
    """The column's number: its digits (``2``) or Roman numeral (``II``), else 1."""
    digits = re.search(r"\d+", name)
    if digits and 1 <= int(digits[0]) <= 12:
        return int(digits[0])
    return next((ROMAN[w] for w in re.findall(r"[a-z]+", name.casefold()) if w in ROMAN), 1)
