"""A pupil's own day as of his latest answer (``adapters/elzhur/own_days.py``), embedded stack. Found by elzhur_46.

Reference A.2: getdiary is one pupil's own diary (``student``); A.1 ``days`` and A.3 Day: the answer holds each day
of its range whole (a day it does not list holds no lesson of his); the latest pull is the journal's state (README
"request envelope"). A class's pupils on special regimes (home schooling from an order, family education) have
other days than their classmates: a class lesson his latest answer for a day lacks is not his, whatever an earlier
answer of his listed, and whatever other days' answers made him a member of."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

MON, TUE, WEEK = "20251013", "20251014", "days=20251013-20251019"
P1, P2, P3 = "70401", "70402", "70403"  # an ordinary pupil, one home-schooled by an order, one on family education
TASK = {"7890011": {"id": 7890011, "value": "Алгебра: упр. 49", "individual": False}}
CLASS_DAYS = {MON: [{"num": "1", "name": "Алгебра", "lesson_id": "890011", "homework": TASK},
                    {"num": "6", "name": "Физическая культура", "lesson_id": "890016"}],
              TUE: [{"num": "1", "name": "Алгебра", "lesson_id": "890021"},
                    {"num": "6", "name": "Физическая культура", "lesson_id": "890026"}]}
AT_HOME = {MON: [{"num": "8", "name": "Алгебра", "lesson_id": "990018", "grp": "надомное обучение"}]}
ATTESTATION = {TUE: [{"num": "8", "name": "Алгебра", "lesson_id": "990028", "grp": "семейное обучение"}]}
RULES = env("getrules", {"roles": ["parent"], "id": "41401", "relations": {
    "students": {P1: {"rel": "child", "name": P1, "lastname": "Никитина", "firstname": "Софья", "class": "7Б"},
                 P2: {"rel": "child", "name": P2, "lastname": "Сафин", "firstname": "Карим", "class": "7Б"},
                 P3: {"rel": "child", "name": P3, "lastname": "Орлов", "firstname": "Максим", "class": "7Б"}},
    "groups": {"7Б": {"rel": "homeclass"}}}})


def own_diary(pupil: str, pulled_at: str, days: dict[str, list[dict]]) -> dict:
    answer = env(f"getdiary?student={pupil}&{WEEK}", {"students": {pupil: {"name": pupil, "title": pupil, "days": {
        key: {"name": key, "items": items} for key, items in days.items()}}}})
    return {**answer, "pulled_at": pulled_at}


async def _shown(tmp_path, *records: dict) -> dict[str, dict[str, Any]]:  # noqa: ANN001 - pytest's tmp_path
    """Push the records one by one; each pupil's open lessons of 13-14 Oct (date, slot, subject, group) and tasks."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in records])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        out = {}
        for pupil in (P1, P2, P3):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2025-10-13", "2025-10-14")
            lessons = [(day["date"], lesson) for day in diary["days"] for lesson in day["lessons"]
                       if not lesson["cancelled"]]
            out[pupil] = {"lessons": {(date, lesson["slot"], lesson["subject"]["name"]) for date, lesson in lessons},
                          "tasks": {hw["text"] for _, lesson in lessons for hw in lesson["homework"]}
                          | {hw["text"] for day in diary["days"] for hw in day["homework_due"]}}
    return out


async def test_a_class_lesson_the_pupils_latest_answer_for_the_day_lacks_is_not_his(tmp_path):
    """Found by elzhur_46 (no-lesson-023..038, no-homework-001..010; no-lesson-042, -049, -051): reference A.2
    getdiary per ``student``, A.1 ``days`` and A.3 Day (each day of the range whole, a day not listed holds no
    lesson of his), the latest pull wins (README "request envelope"). The home-schooled pupil's answer pulled
    before the order listed the class's days; his answers pulled after it list his lesson at home on Monday and
    nothing on Tuesday: he sees neither day's class lessons nor their task, though an earlier answer made him a
    member of lessons of the same subjects. The pupil on family education, whose answers list only his attestation,
    sees no class lesson on any day. The ordinary pupil keeps every class lesson and its task."""
    shown = await _shown(
        tmp_path, RULES,
        own_diary(P1, "2025-10-18T19:00:00+03:00", CLASS_DAYS),
        own_diary(P2, "2025-10-18T19:01:00+03:00", CLASS_DAYS),
        own_diary(P3, "2025-10-18T19:02:00+03:00", ATTESTATION),
        own_diary(P1, "2025-10-19T20:00:00+03:00", CLASS_DAYS),
        own_diary(P2, "2025-10-19T20:01:00+03:00", AT_HOME),
        own_diary(P3, "2025-10-19T20:02:00+03:00", ATTESTATION))
    every = {("2025-10-13", 1, "Алгебра"), ("2025-10-13", 6, "Физическая культура"),
             ("2025-10-14", 1, "Алгебра"), ("2025-10-14", 6, "Физическая культура")}
    assert shown[P2] == {"lessons": {("2025-10-13", 8, "Алгебра")}, "tasks": set()}, shown[P2]
    assert shown[P3] == {"lessons": {("2025-10-14", 8, "Алгебра")}, "tasks": set()}, shown[P3]
    assert shown[P1] == {"lessons": every, "tasks": {"Алгебра: упр. 49"}}, shown[P1]
