"""The summer after an Elzhur school year (reference A.3 Day, ``grp``; A.5 E1), embedded stack. Found by
``contracts/journeys/elzhur_35`` (lesson-15/16, no-lesson-01..03, holiday-10/11).

* A retake listed in ``items`` of a day whose ``alert`` is ``"vacation"`` (A.3 Day: two fields) is a lesson with
  its topic and times, of its ``grp`` only: the classmates, whose own days list nothing, see no lesson, and the day
  is still a holiday of the class.
* The last days of August are the school year that ends (A.5 E1: a year's periods begin on 1 September; README
  ``year``: "in summer the one just ended"): a pupil's own getdiary of 24-28 August, pulled on 27 August while his
  getrules names 8А, shows his 8А holidays and his retake, and so does the same week pulled again on 3 September,
  after the getrules of the new year named 9А.
"""

from __future__ import annotations

from typing import Any

from adapters.elzhur.ids import name_key
from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import ok

SCHOOL, DEBTOR, CLASSMATE = "sch-el-su", "35102", "35101"
SUMMER = "Летние каникулы"
EIGHT_A = f"elzhur:{SCHOOL}:class:{name_key('8А')}@2025"  # 8А of 2025/26, not a class of unknown name (unplaced.py)


def _env(request: str, result: dict, pulled_at: str) -> dict:
    return {"request": request, "body": ok(result), "pulled_at": pulled_at}


def _rules(class_name: str, pulled_at: str) -> dict:
    pupils = {sid: {"rel": "child", "name": sid, "lastname": last, "firstname": first, "class": class_name}
              for sid, last, first in ((DEBTOR, "Шестаков", "Тимофей"), (CLASSMATE, "Голубева", "Анна"))}
    return _env("getrules", {"roles": ["parent"], "id": "35200", "relations": {
        "students": pupils, "groups": {class_name: {"rel": "homeclass"}}}}, pulled_at)


def _retake(lesson_id: str, date: str, topic: str, value: str) -> dict:
    mark = {"value": value, "count": True, "convert": int(value), "weight": 1, "control_type": "Пересдача",
            "date": date, "lesson_id": lesson_id, "nm": "1", "comment": ""}
    return {"num": "1", "name": "Геометрия", "room": "214", "teacher": "Зуева Марина Викторовна",
            "lesson_id": lesson_id, "topic": topic, "starttime": "10:00:00", "endtime": "11:30:00",
            "grp": "Пересдача", "grp_short": "пересд.", "assessments": [mark]}


def _diary(sid: str, first: str, last: str, pulled_at: str, items: dict[str, list[dict]]) -> dict:
    """``sid``'s own getdiary: every day of the range a vacation day, with the ``items`` given for some."""
    days = {f"{first[:6]}{n:02d}": {"name": f"{first[:6]}{n:02d}", "alert": "vacation", "holiday_name": SUMMER,
                                    "items": items.get(f"{first[:6]}{n:02d}", [])}
            for n in range(int(first[6:]), int(last[6:]) + 1)}
    return _env(f"getdiary?student={sid}&days={first}-{last}&rings=__yes",
                {"students": {sid: {"name": sid, "title": sid, "days": days}}}, pulled_at)


def _marks(pulled_at: str, *marks: tuple[str, str, str]) -> dict:
    given = [{"value": value, "count": True, "convert": int(value), "weight": 1, "date": date,
              "lesson_id": lesson_id, "nm": "1", "mtype": {"id": 9, "short": "ПС", "type": "Пересдача"}}
             for lesson_id, date, value in marks]
    return _env(f"getmarks?student={DEBTOR}&days=20250901-20260831", {"students": {DEBTOR: {
        "name": DEBTOR, "title": DEBTOR, "lessons": [{"name": "Геометрия", "marks": given}]}}}, pulled_at)


JUNE_RETAKE = _retake("887010", "2026-06-10", "Ликвидация задолженности (1-я попытка)", "2")
AUGUST_RETAKE = _retake("887826", "2026-08-26", "Ликвидация задолженности (2-я попытка)", "3")


async def _days(tmp_path, batches: list[list[dict]], first: str, last: str) -> dict[str, dict[str, Any]]:
    """Per pupil, per ISO day of ``first``..``last``: its lessons (slot, subject, topic, times) and holidays."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, batches)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown: dict[str, dict[str, Any]] = {}
        for sid in (DEBTOR, CLASSMATE):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{sid}", head, first, last)
            shown[sid] = {day["date"]: {
                "lessons": [(lesson["slot"], lesson["subject"]["name"], lesson["topic"], lesson["starts_at"],
                             lesson["ends_at"]) for lesson in day["lessons"]],
                "holidays": [holiday["name"] for holiday in day["holidays"]],
                "classes": {holiday["class_id"] for holiday in day["holidays"]}} for day in diary["days"]}
        return shown


async def test_a_retake_on_a_vacation_day_is_the_debtors_lesson_and_the_day_a_holiday_of_the_class(tmp_path):
    shown = await _days(tmp_path, [
        [_rules("8А", "2026-05-20T07:00:00+03:00")],
        [_diary(DEBTOR, "20260608", "20260612", "2026-06-11T19:00:00+03:00", {"20260610": [JUNE_RETAKE]}),
         _diary(CLASSMATE, "20260608", "20260612", "2026-06-11T19:01:00+03:00", {}),
         _marks("2026-06-11T19:05:00+03:00", ("887010", "2026-06-10", "2"))]], "2026-06-10", "2026-06-10")
    assert shown[DEBTOR]["2026-06-10"] == {
        "lessons": [(1, "Геометрия", "Ликвидация задолженности (1-я попытка)", "10:00:00", "11:30:00")],
        "holidays": [SUMMER], "classes": {EIGHT_A}}
    assert shown[CLASSMATE]["2026-06-10"] == {"lessons": [], "holidays": [SUMMER], "classes": {EIGHT_A}}


async def test_late_august_is_the_school_year_that_ends_pulled_then_or_again_in_september(tmp_path):
    august = _diary(DEBTOR, "20260824", "20260828", "2026-08-27T19:00:00+03:00", {"20260826": [AUGUST_RETAKE]})
    again = _diary(DEBTOR, "20260824", "20260831", "2026-09-03T18:00:00+03:00", {"20260826": [AUGUST_RETAKE]})
    marks = _marks("2026-08-27T19:05:00+03:00", ("887010", "2026-06-10", "2"), ("887826", "2026-08-26", "3"))
    for later in ([], [[_rules("9А", "2026-09-01T07:00:00+03:00")], [again]]):
        shown = await _days(tmp_path / str(len(later)), [[_rules("8А", "2026-06-15T07:00:00+03:00")],
                                                         [august, marks], *later], "2026-08-24", "2026-08-31")
        debtor = shown[DEBTOR]
        assert debtor["2026-08-26"] == {
            "lessons": [(1, "Геометрия", "Ликвидация задолженности (2-я попытка)", "10:00:00", "11:30:00")],
            "holidays": [SUMMER], "classes": {EIGHT_A}}, later
        assert debtor["2026-08-24"] == {"lessons": [], "holidays": [SUMMER], "classes": {EIGHT_A}}, later
        assert shown[CLASSMATE]["2026-08-26"]["lessons"] == [], later
    # the days only the September pull holds are 8А's too (he ended 2025/26 there), not a class of unknown name's
    assert debtor["2026-08-31"] == {"lessons": [], "holidays": [SUMMER], "classes": {EIGHT_A}}
