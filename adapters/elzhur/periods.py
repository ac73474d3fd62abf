"""getperiods (reference A.3 Period, A.5 E1): the school's reporting periods.

* ``students`` is usually an array (``name`` = pupil id), sometimes an object; every pupil's periods are the
  school's, so the same period from several pupils is one event.
* A period with ``start`` and ``end`` (``YYYYMMDD``) -> ``reporting_period.defined``; its kind from ``fullname``
  or ``name`` (четверть, триместр, полугодие, семестр, год), its number from the digits or the Roman numeral.
  A period without dates (``ambigious``: a year or exam column) is skipped and counted
  (``skipped_undated_periods``), except a year column, which spans the dated periods of the answer, an exam
  column (``ambigious``, no dates, ``fullname`` Экзамен or ``name`` Э) and the итоговая (certificate) column
  (``ambigious``, no dates, ``fullname`` Итоговая or ``name`` И / Ит, elzhur_61): ``reporting_period.defined``
  (v4) kind ``exam`` / ``final`` without dates, of the school year of the answer's dated periods (skipped when it
  has none), so the final-grades view shows their final marks in columns of their own after the year.
* The period id is ``elzhur:<school>:period:<school year>:<key>``: a period is its school year, short name and
  full name (``period_keys.period_key``: ``period:2025:1-chetvert-<hash>:I``; without ``fullname`` the name-only
  key ``period:2025:I``), so 7Б's «1 четверть» ``I`` and 10А's «I полугодие» ``I`` are two periods, two classes of
  one scheme share one, and new dates keep the id (``contracts/journeys/elzhur_28``). Every period, the year and
  exam columns too, is named by its ``fullname`` («1 четверть», «Годовая», «Экзамен»; without one by its short
  name) with its short ``name`` (``I``, ``Г``, ``Э``) kept beside it as ``short_name`` (v3, ``names``): the journal
  shows the one and its final marks name the other. ``weeks`` are not kept.
* **Per class.** Periods are answered per pupil, so they are the periods of that pupil's class: each period
  defined is also ``reporting_period.assigned`` to the class the hub knows the pupil is in during that school year
  (``class_history.current_class``, else the class of the pupil's getrules), so 6В's pupils see 6В's quarters and
  10А's its half-years. A pupil whose class the hub does not know assigns nothing: those periods apply to every
  class, as before. The final marks name a period by its short name only: each period is registered for the pupil
  and his class by that name (``period_keys.remember``), so ``finals.py`` files a 7Б pupil's ``I`` in 7Б's.
* The directory remembers the spans of the pupil's periods, for him and his class (``period_spans.remember``), so
  a getmarks answer of his over exactly one of them reports its averages for that period, and over another class's
  period's days a bare span (``contracts/journeys/elzhur_69``); and each period's dates (``period``), which date
  the final marks of the period.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from adapters.elzhur import class_history, period_keys, period_spans
from adapters.elzhur.common import RESULT, Builder, day_date, local_key, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.period_keys import period_key

PERIOD_KINDS = (("четверт", "quarter"), ("триместр", "trimester"), ("полугод", "half_year"),
                ("семестр", "semester"), ("год", "year"))
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
FINAL_SHORT_NAMES = frozenset({"и", "ит"})  # the итоговая column's short names (elzhur_61 ``И``, elzhur_5 ``Ит``)


def getperiods(b: Builder, record: Any) -> None:
    for sid, student, at in b.students(record.response.result.students, (*RESULT, "students")):
        dated = [(day_date(p.start), day_date(p.end)) for p in student.periods if p.start and p.end]
        if dated:
            b.remember_year(school_year(min(d[0] for d in dated)))
        first_year = school_year(min(d[0] for d in dated)) if dated else None
        class_name = _class_of(b, sid, first_year) if first_year is not None else None
        spans: list[tuple[tuple[dt.date, dt.date], str]] = []
        for index, period in enumerate(student.periods):
            where = (*at, "periods", index)
            label = f"{period.fullname} {period.name}"
            kind = next((k for stem, k in PERIOD_KINDS if stem in label.casefold()), None)
            column = None if period.start and period.end else _column_kind(period, kind)
            if column is not None:
                _assign(b, _column(b, period, column, dated, sid, class_name, where), first_year, class_name, where)
                continue
            if not (period.start and period.end) and kind != "year":
                b.undated.append(b.ptr(where))  # exam columns and the like: nothing to define
                continue
            if kind is None:
                b.error((*where, "fullname"), f"cannot tell the kind of period {label.strip()[:80]!r}: "
                        "expected четверть, триместр, полугодие, семестр or год in fullname or name")
                continue
            if period.start and period.end:
                starts, ends = day_date(period.start), day_date(period.end)
            elif dated:
                starts, ends = min(d[0] for d in dated), max(d[1] for d in dated)
            else:
                b.undated.append(b.ptr(where))
                continue
            number = _number(label, kind)
            if number is None:
                b.error((*where, "fullname"), f"cannot tell which {kind} {label.strip()[:80]!r} is: "
                        "expected a number (1 четверть) or a Roman numeral (II полугодие)")
                continue
            key, year = period_key(period.name, period.fullname), school_year(starts)
            period_id = b.id("period", f"{year}:{key}")
            spans.append(((starts, ends), period_id))
            b.out.directory_entries.append(("period", key, {"starts_on": starts.isoformat(), "ends_on":
                                                            ends.isoformat(), "year": year, "kind": kind}))
            _remember(b, key, period, year, kind, sid, class_name)
            b.emit("reporting_period.defined", f"period:{key}", "period", {
                "period_id": period_id, "kind": kind, "number": number, **names(period), "academic_year": year,
                "starts_on": starts.isoformat(), "ends_on": ends.isoformat()}, b.at(starts), where)
            _assign(b, period_id, year, class_name, where)
        period_spans.remember(b, sid, class_name, spans)


def names(period: Any) -> dict[str, str]:
    """``name``: what the journal shows, the ``fullname`` («1 четверть», «Годовая», «Экзамен»), else the short name;
    ``short_name``: the short ``name`` the final marks use (``I``, ``Г``, ``Э``), kept beside it (v3)."""
    short = period.name.strip()
    return {"name": period.fullname.strip() or short, "short_name": short}


def _class_of(b: Builder, sid: str, year: int) -> str | None:
    """The class whose periods ``sid``'s are: the one he is in during ``year``, else his getrules class when it is
    that year's (``class_history.rules_class``: this year's getrules names no class of a year backfilled)."""
    return class_history.current_class(b, sid, year) or class_history.rules_class(b, sid, year)


def _remember(b: Builder, key: str, period: Any, year: int, kind: str, sid: str, class_name: str | None) -> None:
    """What the final marks resolve their period names through (``period_keys``): the period of the pupil and his
    class by its short name, its short name by its full name, and the school year and kind of the short name."""
    period_keys.remember(b, key, period.name, year, sid, class_name)
    b.out.directory_entries.append(("period_short", local_key(period.name), {"year": year, "kind": kind}))
    if period.fullname.strip():  # a final mark may name its period by the full name
        b.out.directory_entries.append(("period_name", name_key(period.fullname), {"name": period.name.strip()}))


def _assign(b: Builder, period_id: str | None, year: int | None, class_name: str | None,
            where: tuple[Any, ...]) -> None:
    """``reporting_period.assigned``: the period applies to the pupil's class (once per class, however many of
    its pupils report it); dated 1 September of the period's school year."""
    if period_id is None or year is None or not class_name:
        return
    b.emit("reporting_period.assigned", f"period-class:{period_id}:{name_key(class_name)}", "period_class", {
        "period_id": period_id, "class_id": b.class_id(class_name, year)}, b.at(dt.date(year, 9, 1)), where)


def _column_kind(period: Any, kind: str | None) -> str | None:
    """The kind of an undated column (``ambigious`` true, in any spelling ``fields.Flag`` reads): ``exam`` named
    Экзамен or Э; ``final``, the итоговая (certificate) column, named Итоговая, И or Ит and of no other kind
    (a «Итоговая годовая» is the year); else None."""
    if period.ambigious is not True:
        return None
    short = period.name.strip().casefold()
    if "экзамен" in period.fullname.casefold() or short == "э":
        return "exam"
    if kind is None and ("итогов" in period.fullname.casefold() or short in FINAL_SHORT_NAMES):
        return "final"
    return None


def _column(b: Builder, period: Any, kind: str, dated: list[tuple[Any, Any]], sid: str, class_name: str | None,
            where: tuple[Any, ...]) -> str | None:
    """The exam or итоговая column as an undated period of ``kind`` of the school year of the answer's dated
    periods, named like every period (``names``: «Экзамен» ``Э``, «Итоговая» ``И``); without dated periods its year
    is unknown: skipped."""
    if not dated:
        b.undated.append(b.ptr(where))
        return None
    key, year = period_key(period.name, period.fullname), school_year(min(d[0] for d in dated))
    b.out.directory_entries.append(("period", key, {"year": year, "kind": kind}))
    _remember(b, key, period, year, kind, sid, class_name)
    b.emit("reporting_period.defined", f"period:{key}", "period", {
        "period_id": b.id("period", f"{year}:{key}"), "kind": kind, "number": 1, **names(period),
        "academic_year": year, "starts_on": None, "ends_on": None}, b.at(dt.date(year, 9, 1)), where)
    return b.id("period", f"{year}:{key}")


def _number(label: str, kind: str) -> int | None:
    digits = re.search(r"\d+", label)
    if digits:
        return int(digits[0])
    roman = next((ROMAN[w] for w in re.findall(r"[a-z]+", label.casefold()) if w in ROMAN), None)
    return roman if roman is not None else 1 if kind == "year" else None


