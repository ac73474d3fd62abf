"""Elzhur periods per class and the final marks that name them (``adapters/elzhur/periods.py``, ``finals.py``,
``period_keys.py``; found by ``contracts/journeys/elzhur_28``): getperiods is answered per pupil (reference A.2),
and a school whose 5-9 classes count quarters and whose 10-11 classes count half-years gives the short name ``I``
to two periods (A.3 Period: ``name`` a short id, ``fullname`` «1 четверть» / «I полугодие»; A.4: periods vary)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER

NOW = dt.datetime(2026, 1, 20, 12, tzinfo=dt.timezone.utc)
ENV = "&devkey=k&vendor=lyceum&auth_token=t"


class Directory:
    """What earlier answers registered, as the hub's vendor directory keeps it (the latest entry wins)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}

    def get(self, kind: str, vendor_id: str) -> dict[str, Any] | None:
        return self.entries.get((kind, str(vendor_id)))


def push(directory: Directory, *records: dict[str, Any]) -> list[Any]:
    """Translate ``records`` in order, each seeing what the earlier ones registered; their events."""
    events = []
    for record in records:
        out = ADAPTER.translate(record, TranslationContext("test", NOW, school_id="sch-1", directory=directory))
        assert not out.errors and not out.missing, (out.errors, out.missing)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in out.directory_entries})
        events += out.events
    return events


def answer(request: str, result: dict[str, Any], pulled_at: str = "2025-09-02T18:00:00+03:00") -> dict[str, Any]:
    return {"request": request + ENV, "pulled_at": pulled_at,
            "body": {"response": {"state": 200, "error": None, "result": result}}}


def parent_of(*children: tuple[str, str]) -> dict[str, Any]:
    students = {sid: {"rel": "child", "name": sid, "title": f"Ученик {sid}", "class": cls} for sid, cls in children}
    return answer("getrules?", {"roles": ["parent"], "name": "901", "title": "Родитель Один",
                                "relations": {"students": students}})


def period(name: str, fullname: str, start: str = "", end: str = "") -> dict[str, Any]:
    return {"name": name, "fullname": fullname, "start": start, "end": end, "disabled": False,
            "ambigious": None if start else True}


QUARTERS = [period("I", "1 четверть", "20250901", "20251024"), period("II", "2 четверть", "20251105", "20251226"),
            period("Г", "Годовая")]
HALVES = [period("I", "I полугодие", "20250901", "20251226"), period("II", "II полугодие", "20260112", "20260526"),
          period("Г", "Годовая")]


def periods_of(sid: str, periods: list[dict[str, Any]]) -> dict[str, Any]:
    return answer(f"getperiods?student={sid}&weeks=__yes&show_disabled=__yes",
                  {"students": [{"name": sid, "title": f"Ученик {sid}", "periods": periods}]})


def finals_of(sid: str, marks: dict[str, str], days: str = "") -> dict[str, Any]:
    items = [{"name": "Алгебра", "assessments": [{"period": p, "value": v, "comment": ""} for p, v in marks.items()]}]
    return answer(f"getfinalassessments?student={sid}{'&days=' + days if days else ''}",
                  {"students": {sid: {"name": sid, "title": f"Ученик {sid}", "items": items}}},
                  "2026-01-20T18:00:00+03:00")


def defined(events: list[Any]) -> dict[str, dict[str, Any]]:
    return {e.data["period_id"]: e.data for e in events if e.type == "reporting_period.defined"}


def school() -> tuple[Directory, list[Any]]:
    """A 7Б pupil (quarters) and a 10А pupil (half-years) of one parent; 10А's getperiods pushed last."""
    directory = Directory()
    events = push(directory, parent_of(("101", "7Б"), ("102", "10А")), periods_of("101", QUARTERS),
                  periods_of("102", HALVES))
    return directory, events


def test_the_same_short_name_in_two_classes_is_two_periods_each_of_its_class():
    _, events = school()
    periods = defined(events)
    by_name = {p["name"]: p for p in periods.values()}
    assert (by_name["1 четверть"]["starts_on"], by_name["1 четверть"]["ends_on"]) == ("2025-09-01", "2025-10-24")
    assert (by_name["I полугодие"]["starts_on"], by_name["I полугодие"]["ends_on"]) == ("2025-09-01", "2025-12-26")
    assert by_name["1 четверть"]["period_id"] != by_name["I полугодие"]["period_id"]
    assigned = {(e.data["period_id"], e.data["class_id"].split(":")[-1].split("-")[0]) for e in events
                if e.type == "reporting_period.assigned"}
    assert (by_name["1 четверть"]["period_id"], "7b") in assigned
    assert (by_name["I полугодие"]["period_id"], "10a") in assigned
    assert (by_name["1 четверть"]["period_id"], "10a") not in assigned


def test_a_final_mark_is_filed_in_the_period_of_its_pupils_class():
    directory, events = school()
    by_name = {p["name"]: p["period_id"] for p in defined(events).values()}
    quarter = push(directory, finals_of("101", {"I": "5"}))
    half = push(directory, finals_of("102", {"I": "4"}))
    [q] = [e.data for e in quarter if e.type == "final_grade.recorded"]
    [h] = [e.data for e in half if e.type == "final_grade.recorded"]
    assert q["period_id"] == by_name["1 четверть"] and h["period_id"] == by_name["I полугодие"]
    assert q["final_grade_id"].endswith("2025:I") and h["final_grade_id"].endswith("2025:I")  # ids by short name


def test_a_final_of_a_class_whose_periods_are_unknown_waits_rather_than_guess_between_two():
    directory, _ = school()
    directory.entries.pop(("student", "103"), None)
    record = finals_of("103", {"I": "5"})  # a pupil of no known class: 7Б's I or 10А's I?
    out = ADAPTER.translate(record, TranslationContext("test", NOW, school_id="sch-1", directory=directory))
    assert not out.events and {m.kind for m in out.missing} == {"period_of"}


def test_last_years_finals_define_last_years_columns():
    """A past year's getfinalassessments (``days``) naming columns no getperiods of that year gave: the quarter
    columns are undated columns of that year (reporting_period.defined v3: any kind may be an undated column),
    of the kind getperiods gave the pupil's period of that short name (7Б's ``I`` is a quarter, though 10А's
    half-years were pushed last), named as the answer names them; the year column spans ``days``."""
    directory, _ = school()
    events = push(directory, finals_of("101", {"I": "5", "II": "4", "Г": "5"}, "20240901-20250531"))
    columns = {p["name"]: p for p in defined(events).values()}
    assert {n: (p["kind"], p["number"], p["academic_year"], p["starts_on"], p["short_name"])
            for n, p in columns.items()} == {
        "I": ("quarter", 1, 2024, None, "I"), "II": ("quarter", 2, 2024, None, "II"),
        "Г": ("year", 1, 2024, "2024-09-01", "Г")}
    finals = {e.data["period_id"] for e in events if e.type == "final_grade.recorded"}
    assert finals == {p["period_id"] for p in columns.values()}  # each in last year's own column


def test_a_period_carries_its_full_name_and_its_short_name():
    """A.3 Period: ``name`` is the short id the final marks name (``I``, ``Г``), ``fullname`` what the journal
    shows («1 четверть», «Годовая»): reporting_period.defined v3 names every period by its ``fullname`` and keeps
    the short name beside it, the undated year column's too."""
    _, events = school()
    periods = [e for e in events if e.type == "reporting_period.defined"]
    assert {e.schema_version for e in periods} == {4}
    assert sorted({(e.data["name"], e.data["short_name"]) for e in periods}) == [
        ("1 четверть", "I"), ("2 четверть", "II"), ("I полугодие", "I"), ("II полугодие", "II"), ("Годовая", "Г")]


def test_the_exam_column_and_a_period_without_fullname_keep_both_names():
    """The exam column (``ambigious``, no dates) is «Экзамен» with short name ``Э``; a period the journal gives no
    ``fullname`` is named by its short name, which is also its short name."""
    directory = Directory()
    events = push(directory, parent_of(("101", "7Б")), periods_of("101", [
        period("1 четверть", "", "20250901", "20251024"), period("II", "2 четверть", "20251105", "20251226"),
        period("Э", "Экзамен")]))
    by_kind = {(p["kind"], p["number"]): p for p in defined(events).values()}
    exam = by_kind[("exam", 1)]
    assert (exam["name"], exam["short_name"], exam["starts_on"], exam["ends_on"]) == ("Экзамен", "Э", None, None)
    assert (by_kind[("quarter", 1)]["name"], by_kind[("quarter", 1)]["short_name"]) == ("1 четверть", "1 четверть")
    assert (by_kind[("quarter", 2)]["name"], by_kind[("quarter", 2)]["short_name"]) == ("2 четверть", "II")


def test_the_itogovaya_column_is_a_final_column_and_its_marks_are_filed_there():
    """elzhur_61: getperiods lists the certificate column ``{"name": "И", "fullname": "Итоговая", "ambigious":
    true}`` undated like ``Г`` and ``Э`` (A.3 Period, A.4), and getfinalassessments names it (A.3 Final assessment:
    ``period`` is a Period ``name``): an undated column of kind ``final`` (reporting_period.defined v4), «Итоговая»
    ``И``, assigned to the pupil's class, holding those marks; the year mark stays in the year column."""
    directory = Directory()
    events = push(directory, parent_of(("101", "9А")), periods_of("101", [
        period("IV", "4 четверть", "20260330", "20260525"), period("Г", "Годовая"), period("Э", "Экзамен"),
        period("И", "Итоговая")]))
    by_kind = {p["kind"]: p for p in defined(events).values()}
    final = by_kind["final"]
    assert (final["name"], final["short_name"], final["number"], final["academic_year"], final["starts_on"],
            final["ends_on"]) == ("Итоговая", "И", 1, 2025, None, None)
    assert {e.schema_version for e in events if e.type == "reporting_period.defined"} == {4}
    assert any(e.type == "reporting_period.assigned" and e.data["period_id"] == final["period_id"] for e in events)
    marks = push(directory, finals_of("101", {"Г": "3", "Э": "4", "И": "4"}))
    filed = {e.data["period_id"]: e.data["text"] for e in marks if e.type == "final_grade.recorded"}
    assert filed == {by_kind["year"]["period_id"]: "3", by_kind["exam"]["period_id"]: "4",
                     final["period_id"]: "4"}
