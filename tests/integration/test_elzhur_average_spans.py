"""The journal's averages of an Elzhur getmarks are over the request's ``days`` (reference A.2 getmarks, A.3
SubjectMarks ``average``), and those days are a reporting period only when they are the dates of one of the
pupil's own periods (A.2 getperiods is asked per pupil; A.3 Period ``start``/``end`` "meant to be joined into
days=start-end"; A.4: periods vary, quarters for one class, half-years for another), embedded stack.

One school, 7Б on quarters and 10А on half-years: the days of 7Б's «2 четверть» are a quarter's for a 7Б pupil and a
bare span for a 10А pupil, whose final grades list that span's average beside the earlier chunks' (each by its own
dates; found by ``contracts/journeys/elzhur_69``: a school's import pulled in chunks, then getmarks over the 2nd
quarter's days for every pupil)."""

from __future__ import annotations

from adapters.elzhur.period_keys import period_key
from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

QUARTERS, HALVES = "71101", "71102"  # a 7Б pupil, a 10А pupil
RULES = env("getrules", {"roles": ["parent"], "id": "41201", "relations": {
    "students": {
        QUARTERS: {"rel": "child", "name": QUARTERS, "lastname": "Лебедев", "firstname": "Иван", "class": "7Б"},
        HALVES: {"rel": "child", "name": HALVES, "lastname": "Лебедева", "firstname": "Анна", "class": "10А"}},
    "groups": {"7Б": {"rel": "homeclass"}, "10А": {"rel": "homeclass"}}}})
SECOND_QUARTER = "20251103-20251228"


def periods(pupil: str, *items: tuple[str, str, str, str]) -> dict:
    listed = [{"name": name, "fullname": full, "start": start, "end": end} for name, full, start, end in items]
    return env(f"getperiods?student={pupil}", {"students": [{"name": pupil, "periods": listed}]})


QUARTER_PERIODS = periods(QUARTERS, ("I", "1 четверть", "20250901", "20251026"),
                          ("II", "2 четверть", "20251103", "20251228"), ("III", "3 четверть", "20260112", "20260322"),
                          ("IV", "4 четверть", "20260401", "20260531"), ("Г", "Годовая", "", ""))
HALF_YEAR_PERIODS = periods(HALVES, ("I", "I полугодие", "20250901", "20251228"),
                            ("II", "II полугодие", "20260112", "20260531"), ("Г", "Год", "", ""))


def marks(pupil: str, days: str, average: str, pulled_at: str) -> dict:
    answer = env(f"getmarks?student={pupil}&days={days}", {"students": {pupil: {"name": pupil, "lessons": [
        {"name": "Алгебра", "average": average, "marks": []}]}}})
    return {**answer, "pulled_at": pulled_at}


async def _journal_averages(tmp_path, *records: dict) -> dict[str, list[dict]]:
    """Push the records; each pupil's Алгебра averages as the final grades of 2025 list them."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in records])
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for pupil in (QUARTERS, HALVES):
            response = await hub.http.get(f"/v1/students/elzhur:{SCHOOL}:student:{pupil}/final-grades",
                                          params={"year": "2025"}, headers=head)
            assert response.status_code == 200, response.text
            subjects = response.json()["subjects"]
            algebra = next((s for s in subjects if s["subject"]["name"] == "Алгебра"), {"vendor_averages": []})
            shown[pupil] = sorted(({k: a.get(k) for k in ("period_id", "value", "from", "to")}
                                   for a in algebra["vendor_averages"]), key=lambda a: (a["from"], a["to"]))
        return shown


def _period(name: str, fullname: str) -> str:
    return f"elzhur:{SCHOOL}:period:2025:{period_key(name, fullname)}"


async def test_the_days_of_another_class_s_period_are_a_bare_span_shown_beside_the_earlier_chunks(tmp_path):
    shown = await _journal_averages(
        tmp_path, RULES, QUARTER_PERIODS, HALF_YEAR_PERIODS,
        marks(HALVES, "20251103-20251130", "5.00", "2025-11-30T18:00:00+03:00"),
        marks(HALVES, "20251201-20251207", "4.00", "2025-12-07T18:00:00+03:00"),
        marks(HALVES, SECOND_QUARTER, "4.75", "2025-12-20T18:00:00+03:00"),
        marks(QUARTERS, SECOND_QUARTER, "4.50", "2025-12-20T18:00:00+03:00"))
    assert shown[HALVES] == [
        {"period_id": None, "value": "5.00", "from": "2025-11-03", "to": "2025-11-30"},
        {"period_id": None, "value": "4.75", "from": "2025-11-03", "to": "2025-12-28"},
        {"period_id": None, "value": "4.00", "from": "2025-12-01", "to": "2025-12-07"},
    ]
    assert [(a["period_id"], a["value"]) for a in shown[QUARTERS]] == [(_period("II", "2 четверть"), "4.50")]


async def test_the_days_of_the_pupil_s_own_period_are_that_period_whichever_class_s_getperiods_came_last(tmp_path):
    """Both classes' year columns span 1 September - 31 May: 10А's «Год» and 7Б's «Годовая» are two periods, and
    7Б's getperiods pulled after 10А's does not make the 10А pupil's year 7Б's."""
    year = "20250901-20260531"
    shown = await _journal_averages(
        tmp_path, RULES, HALF_YEAR_PERIODS, QUARTER_PERIODS,
        marks(HALVES, year, "4.20", "2025-12-20T18:00:00+03:00"),
        marks(QUARTERS, year, "3.90", "2025-12-20T18:00:00+03:00"))
    assert [(a["period_id"], a["value"]) for a in shown[HALVES]] == [(_period("Г", "Год"), "4.20")]
    assert [(a["period_id"], a["value"]) for a in shown[QUARTERS]] == [(_period("Г", "Годовая"), "3.90")]
