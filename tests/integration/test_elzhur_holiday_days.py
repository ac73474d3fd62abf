"""Whether a class's day is a holiday is what the latest pull of that day says (reference A.3 Day, A.5 E2:
``alert: "vacation"`` is the only sign of a holiday; each day of an answer is whole), whichever answer set the
holiday and whatever the arrival order (``adapters/elzhur/holidays.py``), embedded stack. Found by elzhur_32: the
school re-dated its quarters, 27-31 Oct were holidays in the class's getschedule pulled 10 Oct and a pupil's
getdiary pulled 15 Oct, school days with lessons in the class's getschedule pulled 24 Oct (another ``days`` range)
and a pupil's getdiary pulled 31 Oct; the hub kept showing «Осенние каникулы» there, in the class schedule and in
every pupil's diary, and the diary of 15 Oct delivered last set it again."""

from __future__ import annotations

from tests.integration.test_elzhur_class_days import ALGEBRA, LITERATURE, pupil_and_class_day
from tests.integration.test_elzhur_shapes import PUPIL, RULES, SCHOOL, env

DAY, ISO_DAY = "20251027", "2025-10-27"
BEFORE, AFTER = "days=20251020-20251031", "days=20251027-20251107"
VACATION = {"name": DAY, "alert": "vacation", "holiday_name": "Осенние каникулы", "items": {}}
SCHOOL_DAY = {"name": DAY, "items": [ALGEBRA, LITERATURE]}


def schedule(pulled_at: str, day: dict, days: str, class_name: str = "7Б") -> dict:
    answer = env(f"getschedule?class={class_name}&{days}&rings=__yes", {"days": {DAY: day}})
    return {**answer, "pulled_at": pulled_at}


def own_diary(pulled_at: str, day: dict, days: str) -> dict:
    answer = env(f"getdiary?student={PUPIL}&{days}&rings=__yes", {"students": {PUPIL: {
        "name": PUPIL, "title": "Громов Кирилл", "days": {DAY: day}}}})
    return {**answer, "pulled_at": pulled_at}


async def _holidays(tmp_path, *records: dict, class_name: str = "7Б") -> tuple[list[str], list[str]]:
    """Push the records one by one; the holidays of 27 Oct in the pupil's diary and in the class's schedule."""
    diary, week = await pupil_and_class_day(tmp_path, records, ISO_DAY, class_name)
    pupil = [h["name"] for d in diary["days"] if str(d["date"]) <= ISO_DAY <= str(d.get("to") or d["date"])
             for h in d["holidays"]]
    klass = [h["name"] for d in week["days"] if str(d["date"]) == ISO_DAY for h in d["holidays"]]
    return pupil, klass


async def test_a_later_class_schedule_of_another_range_listing_lessons_ends_the_holiday(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   schedule("2025-10-24T18:00:00+03:00", SCHOOL_DAY, AFTER))
    assert (pupil, klass) == ([], []), (pupil, klass)


async def test_a_pupils_later_diary_listing_lessons_ends_the_class_holiday(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   own_diary("2025-10-31T19:00:00+03:00", SCHOOL_DAY, AFTER))
    assert (pupil, klass) == ([], []), (pupil, klass)


async def test_an_older_diary_delivered_after_the_day_was_a_school_day_sets_no_holiday(tmp_path):
    """The diary pulled 15 Oct arrives last: the day was a school day as of 24 Oct, whether or not the hub had
    held the holiday before."""
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-24T18:00:00+03:00", SCHOOL_DAY, AFTER),
                                   own_diary("2025-10-15T19:00:00+03:00", VACATION, BEFORE))
    assert (pupil, klass) == ([], []), (pupil, klass)


async def test_an_older_diary_delivered_after_the_holiday_ended_sets_it_no_more(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   schedule("2025-10-24T18:00:00+03:00", SCHOOL_DAY, AFTER),
                                   own_diary("2025-10-15T19:00:00+03:00", VACATION, BEFORE))
    assert (pupil, klass) == ([], []), (pupil, klass)


async def test_a_day_that_became_a_holiday_again_is_one(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   schedule("2025-10-24T18:00:00+03:00", SCHOOL_DAY, AFTER),
                                   own_diary("2025-10-25T19:00:00+03:00", VACATION, AFTER))
    assert (pupil, klass) == (["Осенние каникулы"], ["Осенние каникулы"]), (pupil, klass)


async def test_an_older_school_day_delivered_late_keeps_the_holiday(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-24T18:00:00+03:00", VACATION, AFTER),
                                   own_diary("2025-10-10T19:00:00+03:00", SCHOOL_DAY, BEFORE))
    assert (pupil, klass) == (["Осенние каникулы"], ["Осенние каникулы"]), (pupil, klass)


async def test_a_later_answer_that_does_not_list_the_day_keeps_the_holiday(tmp_path):
    """A day an answer's range covers but its ``days`` do not list is not shown: it says nothing of a holiday
    (whether Eljur lists the days off of a five-day week, A.3 does not say)."""
    other = dict(SCHOOL_DAY, name="20251028")
    later = {**env(f"getschedule?class=7Б&{AFTER}&rings=__yes", {"days": {"20251028": other}}),
             "pulled_at": "2025-10-24T18:00:00+03:00"}
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE), later)
    assert (pupil, klass) == (["Осенние каникулы"], ["Осенние каникулы"]), (pupil, klass)


async def test_another_classs_school_day_keeps_the_holiday(tmp_path):
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   schedule("2025-10-24T18:00:00+03:00", SCHOOL_DAY, AFTER, class_name="7А"))
    assert (pupil, klass) == (["Осенние каникулы"], ["Осенние каникулы"]), (pupil, klass)


async def test_a_later_answer_without_the_holidays_name_keeps_it(tmp_path):
    """Found by elzhur_40 (holiday-001..004): later answers of 4 Nov left ``holiday_name`` out or sent ``""``, and
    the day was renamed «Каникулы» (the hub's placeholder). A.3 Day: ``holiday_name`` is optional; an answer
    without it names no other holiday."""
    unnamed = {k: v for k, v in VACATION.items() if k != "holiday_name"}
    pupil, klass = await _holidays(tmp_path, RULES, schedule("2025-10-10T18:00:00+03:00", VACATION, BEFORE),
                                   own_diary("2025-10-15T19:00:00+03:00", unnamed, BEFORE),
                                   own_diary("2025-10-16T19:00:00+03:00", {**VACATION, "holiday_name": ""}, BEFORE),
                                   schedule("2025-10-17T18:00:00+03:00", unnamed, BEFORE))
    assert (pupil, klass) == (["Осенние каникулы"], ["Осенние каникулы"]), (pupil, klass)


async def test_a_holiday_no_answer_named_is_called_kanikuly_and_a_later_name_shows(tmp_path):
    unnamed = {k: v for k, v in VACATION.items() if k != "holiday_name"}
    assert await _holidays(tmp_path / "a", RULES, schedule("2025-10-10T18:00:00+03:00", unnamed, BEFORE)) == (
        ["Каникулы"], ["Каникулы"])
    assert await _holidays(tmp_path / "b", RULES, schedule("2025-10-10T18:00:00+03:00", unnamed, BEFORE),
                           own_diary("2025-10-15T19:00:00+03:00", VACATION, BEFORE)) == (
        ["Осенние каникулы"], ["Осенние каникулы"])
