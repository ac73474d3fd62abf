"""A mover's own answer pulled before his move and delivered after it changes nothing his later pull of those days
decided (``adapters/elzhur/class_history.class_of_day``), embedded stack. Found by ``contracts/journeys/elzhur_77``
(no-lesson-001..018, no-homework-005..030): his getdiary of next week pulled on Friday (7А) and delivered after
Sunday's (7Б) left 7А's lessons and tasks in his diary, each in a group of its own named after its subject, which
his classmates' lessons carried too.

Reference A.2 getdiary by ``student``; A.3 Day: each day a getdiary lists is the pupil's whole day; A.1 envelope,
``pulled_at``: answers count in pull order."""

from __future__ import annotations

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL
from tests.unit.test_elzhur_late_forward_days import C, M, ORDERS


@pytest.mark.parametrize("order", sorted(ORDERS))
async def test_the_movers_monday_shows_his_new_class_and_his_old_classmates_no_group(tmp_path, order):
    """Monday 25: the mover sees 7Б's Химия and its task alone; his former classmate sees 7А's Алгебра and its task,
    with no group, whichever order the answers arrive in."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in ORDERS[order]])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for pupil in (M, C):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2027-01-25", "2027-01-25")
            lessons = [lesson for day in diary["days"] for lesson in day["lessons"] if not lesson["cancelled"]]
            shown[pupil] = [(lesson["subject"]["name"], lesson.get("group"),
                             sorted(hw["text"] for hw in lesson["homework"])) for lesson in lessons]
    assert shown[M] == [("Химия", None, ["№ 71"])], shown
    assert shown[C] == [("Алгебра", None, ["№ 71"])], shown
