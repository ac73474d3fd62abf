"""A week in the parallel class and back, read through the diary (``adapters/elzhur/move_days.py``), embedded
stack. Found by ``contracts/journeys/elzhur_80`` (no-lesson-002..044, homework-030..032, -047, -048,
no-homework-008, -012): once the mover's 05:00 answer, pulled before his return and delivered after it, was read,
his diary showed the other class's lessons beside his own every day of his stay and after it, and his classmate
lost the tasks of her own class of the days he was away.

Reference A.2 getdiary by ``student``; A.3 Day: each day a getdiary lists is the pupil's whole day; A.1 envelope,
``pulled_at``: the latest pull of a day decides."""

from __future__ import annotations

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.unit.test_elzhur_move_days import C, M, ORDERS, SCHOOL, SUBJECTS, task_id

DAYS = {"2026-12-15": "6А", "2026-12-16": "6Б", "2026-12-22": "6Б", "2026-12-23": "6А", "2026-12-25": "6А"}


@pytest.mark.parametrize("order", sorted(ORDERS))
async def test_each_day_of_the_movers_diary_shows_the_class_he_was_in(tmp_path, order):
    """The mover sees one class's lesson each day, with its task: 6А's up to Tuesday 15 and from Wednesday 23, 6Б's
    between; his classmate sees 6А's lesson and task every day, his days in 6Б too, whichever order the answers
    arrive in."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in ORDERS[order]])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for pupil in (M, C):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2026-12-14", "2026-12-25")
            shown[pupil] = {day["date"]: [(lesson["subject"]["name"], sorted(hw["text"] for hw in lesson["homework"]))
                                          for lesson in day["lessons"] if not lesson["cancelled"]]
                            for day in diary["days"] if day["date"] in DAYS}
    for day, class_name in DAYS.items():
        expected = {M: class_name, C: "6А"}
        for pupil, cls in expected.items():
            subject = SUBJECTS[cls][0]
            task = f"{subject}: № {task_id(cls, day.replace('-', '')) % 1000}"
            assert shown[pupil][day] == [(subject, [task])], (pupil, day, shown[pupil][day])
