"""Two pupils' own days of one pull day decide whose a class's lesson is, whatever the arrival order
(``adapters/elzhur/pull_days.py``, ``own_lessons.py``), embedded stack: the hub's merge keeps what a later pull
stated, so the move of an answer delivered late must be as of the latest pull that listed the lesson. Found by
``contracts/journeys/elzhur_75`` (no-lesson-029..033, no-homework-038/046/049).

Reference A.2 getdiary by ``student``; A.1 ``days`` and A.3 Day: each day of the range whole, a day it does not list
holds no lesson of his; the envelope's ``pulled_at``: the latest pull wins, whatever the arrival order."""

from __future__ import annotations

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL
from tests.unit.test_elzhur_pull_days import D, ORDERS, T


@pytest.mark.parametrize("order", sorted(ORDERS))
async def test_the_leavers_wednesday_shows_him_no_lesson_or_task_whatever_the_arrival_order(tmp_path, order):
    """Тимофей's last diary (pulled Wednesday 20:12) lists no Wednesday, Диана's of the same evening does: he sees
    no lesson or task of Wednesday, she sees both, whether his answer, or hers, arrives after her Thursday pull."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in ORDERS[order]])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for pupil in (D, T):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2026-11-25", "2026-11-25")
            lessons = [lesson for day in diary["days"] for lesson in day["lessons"] if not lesson["cancelled"]]
            shown[pupil] = ({lesson["subject"]["name"] for lesson in lessons},
                            {hw["text"] for lesson in lessons for hw in lesson["homework"]})
    assert shown[T] == (set(), set()), shown
    assert shown[D] == ({"Алгебра", "Химия"}, {"§ 19 (20261125)"}), shown
