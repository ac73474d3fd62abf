"""The turn of an Elzhur school year and the days off of its summer (``adapters/elzhur/common.py``,
``adapters/elzhur/diary.py``; found by ``contracts/journeys/elzhur_35``; the embedded stack:
``tests/integration/test_elzhur_summer.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from adapters.elzhur.common import pull_year, school_year

NOW = dt.datetime(2026, 9, 5, 12, tzinfo=dt.timezone.utc)
RULES_8A = {("student", "35102"): {"class": "8А", "name": {"last_name": "Шестаков", "first_name": "Тимофей",
                                                            "middle_name": None}, "year": 2025}}


class Directory:
    def __init__(self, entries):
        self.entries = entries

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


def translate(record: dict, directory: dict | None = None):
    ctx = TranslationContext("test", NOW, school_id="sch-1", timezone="Europe/Moscow",
                             directory=Directory(directory or {}))
    out = ADAPTER.translate(record, ctx)
    assert not out.errors and not out.missing, (out.errors, out.missing)
    return out


@pytest.mark.parametrize(("day", "dated", "pulled"), [
    ("2026-07-31", 2025, 2025), ("2026-08-01", 2025, 2026), ("2026-08-31", 2025, 2026), ("2026-09-01", 2026, 2026),
    ("2027-01-15", 2026, 2026), ("2026-06-10", 2025, 2025)])
def test_a_dated_day_turns_on_1_september_a_pull_without_dates_on_1_august(day, dated, pulled):
    """A.5 E1: the school year's periods begin on 1 September; a getrules pulled in late August already names the
    coming year's classes (``contracts/journeys/elzhur_7``)."""
    assert (school_year(dt.date.fromisoformat(day)), pull_year(dt.date.fromisoformat(day))) == (dated, pulled)


def test_a_getrules_pulled_in_late_august_names_the_coming_years_class():
    out = translate({"request": "getrules", "pulled_at": "2026-08-28T10:00:00+03:00", "body": {"response": {
        "state": 200, "error": None, "result": {"roles": ["parent"], "id": "92001", "relations": {"students": {
            "81501": {"rel": "child", "name": "81501", "lastname": "Орлова", "firstname": "Вера", "class": "7Б"}},
            "groups": {"7Б": {"rel": "homeclass"}}}}}}})
    [enrolled] = [e.data for e in out.events if e.type == "student.enrolled"]
    assert enrolled["class_id"].endswith("@2026") and enrolled["enrolled_on"] == "2026-09-01"


def _retake_week(pulled_at: str, first: str, last: str, retake_day: str) -> dict:
    days = {key: {"name": key, "alert": "vacation", "holiday_name": "Летние каникулы",
                  "items": [{"num": "1", "name": "Геометрия", "lesson_id": "887826", "topic": "Пересдача",
                             "starttime": "10:00:00", "endtime": "11:30:00", "grp": "Пересдача"}]
                  if key == retake_day else []}
            for key in (f"{first[:6]}{n:02d}" for n in range(int(first[6:]), int(last[6:]) + 1))}
    return {"request": f"getdiary?student=35102&days={first}-{last}&rings=__yes", "pulled_at": pulled_at,
            "body": {"response": {"state": 200, "error": None, "result": {"students": {"35102": {
                "name": "35102", "title": "Шестаков Тимофей", "days": days}}}}}}


def test_a_vacation_days_items_are_its_lessons_and_late_august_is_the_year_that_ends():
    """A.3 Day: ``alert`` and ``items`` are two fields. His getdiary of 24-28 August, pulled on 27 August while his
    getrules names 8А of 2025/26, is 8А's: the holidays and the retake, of the retake's subgroup."""
    out = translate(_retake_week("2026-08-27T19:00:00+03:00", "20260824", "20260828", "20260826"), RULES_8A)
    holidays = [e.data for e in out.events if e.type == "holiday.defined"]
    assert [h["starts_on"] for h in holidays] == [f"2026-08-{n}" for n in range(24, 29)]
    assert {(h["academic_year"], h["class_id"].rsplit(":", 1)[1]) for h in holidays} == {(2025, "8a-52d00264@2025")}
    [lesson] = [e.data for e in out.events if e.type == "lesson.scheduled"]
    assert (lesson["date"], lesson["slot"], lesson["topic"], lesson["starts_at"]) == ("2026-08-26", 1, "Пересдача",
                                                                                       "10:00:00")
    assert lesson["class_id"].rsplit(":", 1)[1].startswith("8a-52d00264.") and lesson["class_id"].endswith("@2025")
