"""A pupil who joins his class during the year joins its subgroups no earlier than the class (reference A.3 Day:
his own getdiary is complete per day; A.3 Lesson item ``grp``), embedded stack (``adapters/elzhur/subgroups.py``,
``adapters/elzhur/arrival.py``; found by ``contracts/journeys/elzhur_19``).

7Б has algebra for the whole class and English in two subgroups. Громов's own diary of 13-19 Oct shows Mon 13
without lessons (``items: []``), Tue 14 with ``items: {}``, and lessons from Wed 15 (his English group ``1
группа``): he joined on Wed 15, so the class schedule's English ``1 группа`` lessons of Mon 13 and of the week
before are not his, whichever answer reached the hub first and however late his class start was dated."""

from __future__ import annotations

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import lessons_by_day, running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

PUPIL = "70301"
ALGEBRA = {"name": "Алгебра", "teacher": "Миронов Олег Петрович"}
ENGLISH = {"name": "Английский язык", "teacher": "Смирнова Елена Викторовна", "grp": "1 группа",
           "grp_short": "1 гр."}
BOTH = ["Алгебра", "Английский язык"]


def _day(day_key: str) -> dict:
    return {"name": day_key, "items": [{**ALGEBRA, "num": "1", "lesson_id": f"{day_key}1"},
                                       {**ENGLISH, "num": "2", "lesson_id": f"{day_key}2"}]}


def class_schedule() -> dict:
    """The class's school days 6-15 Oct (Mon-Fri, Mon-Wed), pulled on Wed 15 in the morning."""
    days = [f"202510{d:02}" for d in (6, 7, 8, 9, 10, 13, 14, 15)]
    answer = env("getschedule?class=7Б&days=20251006-20251015", {"days": {key: _day(key) for key in days}})
    return {**answer, "pulled_at": "2025-10-15T08:00:00+03:00"}


def own_diary(days: dict, first: str, last: str, pulled_at: str) -> dict:
    answer = env(f"getdiary?student={PUPIL}&class=7Б&days={first}-{last}", {"students": {PUPIL: {
        "name": PUPIL, "title": "Громов Кирилл", "days": days}}})
    return {**answer, "pulled_at": pulled_at}


def arrival_week() -> dict:
    """Mon 13 and Tue 14 without lessons, Wed 15 his first lessons."""
    days = {"20251013": {"name": "20251013", "items": []}, "20251014": {"name": "20251014", "items": {}},
            "20251015": _day("20251015")}
    return own_diary(days, "20251013", "20251015", "2025-10-15T18:00:00+03:00")


def next_week() -> dict:
    return own_diary({"20251020": _day("20251020")}, "20251020", "20251020", "2025-10-20T18:00:00+03:00")


async def _shown(tmp_path, batches: list[list[dict]]) -> dict[str, list[str]]:
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, batches)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-06", "2025-10-20")
        return {day: [lesson["subject"]["name"] for lesson in lessons]
                for day, lessons in lessons_by_day(diary).items() if lessons}


async def test_a_pupil_who_joins_mid_year_joins_his_subgroup_with_his_class(tmp_path):
    shown = await _shown(tmp_path, [[class_schedule()],
                                    [arrival_week()]])
    assert shown == {"2025-10-15": BOTH}


async def test_a_subgroup_follows_his_class_start_dated_by_an_older_diary_delivered_late(tmp_path):
    """His later diary (class and subgroup from 1 September, for want of evidence) arrives first; the diary of
    his arrival week, pulled earlier, re-dates his class from Wed 15 and his subgroup with it."""
    shown = await _shown(tmp_path, [[class_schedule()],
                                    [next_week()], [arrival_week()]])
    assert shown == {"2025-10-15": BOTH, "2025-10-20": BOTH}
