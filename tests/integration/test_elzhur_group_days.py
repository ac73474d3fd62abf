"""A pupil's groups as his own days show them (``adapters/elzhur/group_days.py``), embedded stack. Found by elzhur_63
(an elective dropped at the half-year for another subject's) and elzhur_46 (an extra-curricular group his later
answers no longer list).

Reference A.2: getdiary is one pupil's own diary (``student``); A.1 ``days`` and A.3 Day: each day of the range
whole; A.3 Lesson item ``grp``; the latest pull is the journal's state (README "request envelope"). A group lesson on
a day his own latest answer lists without it is not his; the days his answers list it are; days no answer of his
covers keep the membership as it was."""

from __future__ import annotations

from typing import Any

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

A, B, C = "70501", "70502", "70503"  # Вероника switches electives; Тимофей stays in Экономика, Даниил in Право
RULES = env("getrules", {"roles": ["parent"], "id": "41501", "relations": {
    "students": {A: {"rel": "child", "name": A, "lastname": "Орлова", "firstname": "Вероника", "class": "10А"},
                 B: {"rel": "child", "name": B, "lastname": "Гусев", "firstname": "Тимофей", "class": "10А"},
                 C: {"rel": "child", "name": C, "lastname": "Кравец", "firstname": "Даниил", "class": "10А"}},
    "groups": {"10А": {"rel": "homeclass"}}}})
DEC, JAN, EARLY, LATE = ("20251222", "20251228"), ("20260112", "20260118"), ("20251215", "20251221"), \
    ("20260126", "20260201")
ECON, LAW = "Экономика", "Право"


def item(day: str, num: str, name: str, grp: str | None = None, task: str | None = None) -> dict:
    found = {"num": num, "name": name, "lesson_id": f"{day}{num}{len(name)}{ord(grp[0]) % 10 if grp else 0}"}
    if grp:
        found["grp"] = grp
    if task:
        task_id = f"{day}{num}{len(name)}9"
        found["homework"] = {task_id: {"id": int(task_id), "value": task, "individual": False}}
    return found


def week_items(week: tuple[str, str], elective: str, english: str) -> dict[str, list[dict]]:
    """Monday of ``week``: the class's Русский язык, the pupil's English group, his elective (with a task)."""
    mon = week[0]
    return {mon: [item(mon, "1", "Русский язык"), item(mon, "2", "Английский язык", english),
                  item(mon, "6", elective, "элективный курс", f"{elective}: {mon}")]}


def diary(pupil: str, week: tuple[str, str], pulled_at: str, days: dict[str, list[dict]],
          extday: dict[str, list[dict]] | None = None) -> dict:
    listed = {key: {"name": key, "items": items, **({"items_extday": extday[key]} if extday and key in extday else {})}
              for key, items in days.items()}
    answer = env(f"getdiary?student={pupil}&days={week[0]}-{week[1]}", {"students": {pupil: {
        "name": pupil, "title": pupil, "days": listed}}})
    return {**answer, "pulled_at": pulled_at}


def schedule(week: tuple[str, str], pulled_at: str) -> dict:
    """The class's getschedule of ``week``: both electives, both English groups."""
    mon = week[0]
    items = [item(mon, "1", "Русский язык"), item(mon, "2", "Английский язык", "1 группа"),
             item(mon, "2", "Английский язык", "2 группа"), item(mon, "6", ECON, "элективный курс"),
             item(mon, "6", LAW, "элективный курс")]
    return {**env(f"getschedule?class=10А&days={week[0]}-{week[1]}", {"days": {mon: {"name": mon, "items": items}}}),
            "pulled_at": pulled_at}


async def _shown(tmp_path, records: list[dict], pupils: tuple[str, ...], span: tuple[str, str]  # noqa: ANN001
                 ) -> dict[str, dict[str, Any]]:
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in records])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        out = {}
        for pupil in pupils:
            found = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, *span)
            lessons = [(day["date"], lesson) for day in found["days"] for lesson in day["lessons"]
                       if not lesson["cancelled"]]
            out[pupil] = {"lessons": {(date, lesson["subject"]["name"], (lesson.get("group") or {}).get("name")
                                       if isinstance(lesson.get("group"), dict) else lesson.get("group_label"))
                                      for date, lesson in lessons},
                          "subjects": {(date, lesson["subject"]["name"]) for date, lesson in lessons},
                          "tasks": {hw["text"] for _, lesson in lessons for hw in lesson["homework"]}}
    return out


def _half_year() -> list[dict]:
    dec, jan = "2025-12-21T18:00:00+03:00", "2026-01-11T18:00:00+03:00"
    return [diary(A, DEC, dec, week_items(DEC, ECON, "1 группа")),
            diary(B, DEC, dec, week_items(DEC, ECON, "2 группа")), diary(C, DEC, dec, week_items(DEC, LAW, "1 группа")),
            diary(A, JAN, jan, week_items(JAN, LAW, "2 группа")), diary(B, JAN, jan, week_items(JAN, ECON, "2 группа")),
            diary(C, JAN, jan, week_items(JAN, LAW, "1 группа"))]


@pytest.mark.parametrize("order", ["pulled", "reversed"])
async def test_an_elective_changed_at_the_half_year_shows_each_half_as_her_own_days_do(tmp_path, order):
    """Found by elzhur_63 (no-lesson-002, -003, -008, -013, no-homework-003, -005, -012): reference A.2 by student,
    A.3 Day, Lesson item ``grp``. Вероника's December diary lists Экономика in slot 6, her January one Право (another
    subject): she sees Экономика and its task in December only and Право in January only, whichever half arrives
    first (the class's schedule of each week, pulled before the diaries, tells the hub each group's lessons); her
    English switch (1 группа -> 2 группа) still shows each group in its half. Тимофей keeps Экономика and Даниил
    Право in both halves, and the class's schedule of weeks no diary of hers covers (mid-December, late January)
    still shows her Экономика before her switch and Право after it."""
    own = _half_year()
    weeks = [schedule(DEC, "2025-12-21T17:00:00+03:00"), schedule(JAN, "2026-01-11T17:00:00+03:00")]
    records = [RULES, *weeks, *(own if order == "pulled" else [*own[3:], *own[:3]]),
               schedule(EARLY, "2025-12-14T18:00:00+03:00"), schedule(LATE, "2026-01-25T18:00:00+03:00")]
    shown = await _shown(tmp_path, records, (A, B, C), ("2025-12-15", "2026-01-31"))
    assert {(d, s) for d, s in shown[A]["subjects"] if s in (ECON, LAW)} == {
        ("2025-12-15", ECON), ("2025-12-22", ECON), ("2026-01-12", LAW), ("2026-01-26", LAW)}, shown[A]
    assert shown[A]["tasks"] == {f"{ECON}: 20251222", f"{LAW}: 20260112"}, shown[A]
    english = {lesson for lesson in shown[A]["lessons"] if lesson[1] == "Английский язык" and lesson[0] in (
        "2025-12-22", "2026-01-12")}
    assert english == {("2025-12-22", "Английский язык", "1 группа"), ("2026-01-12", "Английский язык", "2 группа")}
    for pupil, mine in ((B, ECON), (C, LAW)):
        assert {(d, s) for d, s in shown[pupil]["subjects"] if s in (ECON, LAW)} == {
            (day, mine) for day in ("2025-12-15", "2025-12-22", "2026-01-12", "2026-01-26")}, shown[pupil]
        assert shown[pupil]["tasks"] == {f"{mine}: 20251222", f"{mine}: 20260112"}, shown[pupil]


@pytest.mark.parametrize("order", ["pulled", "reversed"])
async def test_an_extra_curricular_group_his_later_answers_no_longer_list_is_not_his_on_those_days(tmp_path, order):
    """Found by elzhur_46 (no-lesson-025, -033): reference A.2 by student, A.3 Day (``items_extday``), the latest
    pull wins. A's fortnight answer pulled before the order lists «Разговоры о важном» on both Mondays; his answer
    of the second week, pulled later, lists that day's lessons without it: he sees the first Monday's, not the
    second's, whatever the arrival order. B, whose answers (the second week's pulled after A's) list it both
    weeks, sees both."""
    mon1, mon2, fortnight = "20251013", "20251020", ("20251013", "20251026")
    talk = {mon1: [{"name": "Разговоры о важном", "lesson_id": "77001"}],
            mon2: [{"name": "Разговоры о важном", "lesson_id": "77002"}]}
    days = {mon1: [item(mon1, "1", "Русский язык")], mon2: [item(mon2, "1", "Русский язык")]}
    week2 = ("20251020", "20251026")
    late = diary(A, week2, "2025-10-19T20:00:00+03:00", {mon2: days[mon2]})
    records = [diary(A, fortnight, "2025-10-12T19:00:00+03:00", days, talk),
               diary(B, fortnight, "2025-10-12T19:01:00+03:00", days, talk), late,
               diary(B, week2, "2025-10-19T20:01:00+03:00", {mon2: days[mon2]}, {mon2: talk[mon2]})]
    records = [RULES, *(records if order == "pulled" else records[::-1])]
    shown = await _shown(tmp_path, records, (A, B), ("2025-10-13", "2025-10-26"))
    assert {lesson for lesson in shown[A]["subjects"] if lesson[1] != "Русский язык"} == {
        ("2025-10-13", "Разговоры о важном")}, shown[A]
    assert {lesson for lesson in shown[B]["subjects"] if lesson[1] != "Русский язык"} == {
        ("2025-10-13", "Разговоры о важном"), ("2025-10-20", "Разговоры о важном")}, shown[B]
