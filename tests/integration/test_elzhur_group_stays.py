"""A pupil's groups per day, as his own latest answer of each day lists them, with several stays per group
(``adapters/elzhur/group_stays.py``), embedded stack. Found by ``contracts/journeys/elzhur_72`` (a subgroup switch
and return, an elective joined mid-week and left the next week, a trial in another class and the return).

Reference A.2: getdiary by ``student`` is his own diary; A.1 ``days`` and A.3 Day: each listed day whole, the later
pull of a day wins; A.3 Lesson item ``grp``: the subgroup. A day his latest answer covers shows exactly the groups it
lists (a group with a lesson that day it does not list is not his that day); a day no answer of his covers keeps the
nearest evidence; he can leave a group and come back."""

from __future__ import annotations

import pytest

from tests.integration.test_elzhur_group_days import RULES as LATER_RULES
from tests.integration.test_elzhur_group_days import _shown, diary, item

A, B, C = "70501", "70502", "70503"  # A moves; B stays in English «2 группа»; C in «1 группа» and Robotics
ENG, ROBO = "Английский язык", "Робототехника"
W1, W2, W3 = ("20251013", "20251019"), ("20251020", "20251026"), ("20251027", "20251102")
RULES = {**LATER_RULES, "pulled_at": "2025-10-01T07:00:00+03:00"}  # before every diary
MON_WED = {W1: ("20251013", "20251015"), W2: ("20251020", "20251022"), W3: ("20251027", "20251029")}


def english_week(week: tuple[str, str], grp: str) -> dict[str, list[dict]]:
    """Monday and Wednesday of ``week``: the class's Русский язык and the pupil's English group with its task."""
    return {day: [item(day, "1", "Русский язык"), _english(day, grp)] for day in MON_WED[week]}


def _english(day: str, grp: str) -> dict:
    """The English lesson of ``grp`` on ``day`` with its task (each group's task an id of its own)."""
    task_id = f"{day}2{grp[0]}9"
    return {**item(day, "2", ENG, grp),
            "homework": {task_id: {"id": int(task_id), "value": f"{ENG} {grp}: {day}", "individual": False}}}


@pytest.mark.parametrize("order", ["pulled", "reversed"])
async def test_a_subgroup_switch_and_return_shows_each_day_the_group_his_latest_answer_lists(tmp_path, order):
    """elzhur_72 lesson-038..040, 046..048, no-homework-003..005, 040..042: A is in «2 группа», in «1 группа» the
    second week, back in «2 группа» the third. The week-2 and week-3 previews pulled before each switch was entered
    list the old group; the later pulls of those weeks win. A sees one English lesson a day, his group's, and only
    his group's tasks, whatever the arrival order."""
    pull = {W1: "2025-10-12T19:00:00+03:00", W2: "2025-10-20T07:00:00+03:00", W3: "2025-10-27T07:00:00+03:00"}
    mine = {W1: "2 группа", W2: "1 группа", W3: "2 группа"}
    classmates = [diary(pupil, week, pull[week].replace("07:00", "07:05").replace("19:00", "19:05"),
                        english_week(week, grp)) for week in (W1, W2, W3) for pupil, grp in ((B, "2 группа"),
                                                                                             (C, "1 группа"))]
    own = [diary(A, W1, pull[W1], english_week(W1, "2 группа")),
           diary(A, W2, "2025-10-17T20:00:00+03:00", english_week(W2, "2 группа")),  # before the switch was entered
           diary(A, W2, pull[W2], english_week(W2, "1 группа")),
           diary(A, W3, "2025-10-24T20:00:00+03:00", english_week(W3, "1 группа")),  # before the return was entered
           diary(A, W3, pull[W3], english_week(W3, "2 группа"))]
    records = [RULES, *classmates, *(own if order == "pulled" else own[::-1])]
    shown = await _shown(tmp_path, records, (A,), ("2025-10-13", "2025-11-02"))
    expected = {(f"{day[:4]}-{day[4:6]}-{day[6:]}", ENG, mine[week]) for week in (W1, W2, W3) for day in MON_WED[week]}
    assert {lesson for lesson in shown[A]["lessons"] if lesson[1] == ENG} == expected, shown[A]
    assert {task for task in shown[A]["tasks"] if task.startswith(ENG)} == {
        f"{ENG} {mine[week]}: {day}" for week in (W1, W2) for day in MON_WED[week]} | {
        f"{ENG} {mine[W3]}: {day}" for day in MON_WED[W3]}, shown[A]


async def test_an_elective_joined_mid_week_and_left_the_next_week_shows_only_on_the_days_his_answers_list(tmp_path):
    """elzhur_72 no-lesson-001..003: C's answers list Robotics on Monday, Wednesday and Friday of both weeks. A's
    latest answer of week 1 (pulled after she joined) lists it Wednesday and Friday, not Monday; her week-2 preview
    lists all three days, her later week-2 answer (after she left) Monday only. She sees it on those three days; C
    (whose week-2 answer is pulled after hers, as a stayer's are) on all six."""
    days1, days2 = ("20251013", "20251015", "20251017"), ("20251020", "20251022", "20251024")

    def week(days: tuple[str, ...], robotics: tuple[str, ...]) -> dict[str, list[dict]]:
        return {day: [item(day, "1", "Русский язык")] + ([item(day, "6", ROBO, "1 группа")] if day in robotics else [])
                for day in days}

    records = [RULES, diary(C, W1, "2025-10-12T19:00:00+03:00", week(days1, days1)),
               diary(A, W1, "2025-10-12T19:01:00+03:00", week(days1, ())),
               diary(A, W1, "2025-10-15T20:00:00+03:00", week(days1, days1[1:])),
               diary(A, W2, "2025-10-17T20:00:00+03:00", week(days2, days2)),
               diary(A, W2, "2025-10-21T20:00:00+03:00", week(days2, days2[:1])),
               diary(C, W2, "2025-10-21T20:01:00+03:00", week(days2, days2))]
    shown = await _shown(tmp_path, records, (A, C), ("2025-10-13", "2025-10-26"))
    assert {d for d, s in shown[A]["subjects"] if s == ROBO} == {"2025-10-15", "2025-10-17", "2025-10-20"}, shown[A]
    assert {d for d, s in shown[C]["subjects"] if s == ROBO} == {
        f"{day[:4]}-{day[4:6]}-{day[6:]}" for day in days1 + days2}, shown[C]
