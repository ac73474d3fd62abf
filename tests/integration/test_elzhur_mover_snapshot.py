"""A mover's later diary of the same week says nothing of his old class's lessons of the days after his move
(``adapters/elzhur/pupil_tasks.py``: ``Translation.snapshot_groups``), embedded stack. Reference A.2 getdiary by
``student``: that pupil's own diary; A.3 Day: each day it lists is his whole day, so it speaks for his class's
lessons only on the days he was in that class.

Reported by two fixers (stop 26): Тимофей and Полина of 6А, both diaries of Monday 14 to Friday 18 December pulled on
Sunday evening (6А's lessons). Тимофей moves to 6Б on Wednesday 16: his getrules and his getdiary of the same
``days`` pulled on Wednesday evening list 6А's lessons on Monday and Tuesday and 6Б's from Wednesday. The request
snapshot of his diary cancelled 6А's lessons of Wednesday to Friday for the whole class, so Полина's diary, not
pulled again, lost them. (His Wednesday diary delivered before the getrules that moved him is read for 6А, a matter
of membership by arrival order, not of this snapshot: not among these orders.)

**Not fixed yet** (stop 28): the orders in which his Wednesday diary comes after the answers that first showed
6А's lessons cancel them for the whole class; they are marked ``xfail(strict=True)``, so the test fails the day
they pass, and the marks must then go. Extending ``pupil_tasks.FAMILIES`` to lessons (his answer's snapshot
speaking only for his class's lessons of his days in it, and for the groups it lists) fixes them but stops a wider
later diary from cancelling an extra-curricular item an earlier one listed (``contracts/journeys/elzhur_15``,
no-lesson-17): lessons need their own set of classes and groups per day in ``hub.ingest.snapshots``."""

from __future__ import annotations

from typing import Any

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.unit.test_elzhur_move_days import C, M, SCHOOL, SUBJECTS, WEEK1, all_in, diary, moved, rules

ROSTER = [rules(C, "6А", "2026-12-13T18:00:00+03:00"), rules(M, "6А", "2026-12-13T18:01:00+03:00")]
HERS = [diary(C, WEEK1, "2026-12-13T20:00:00+03:00", all_in("6А", WEEK1))]  # not pulled again
HIS_SUNDAY = [diary(M, WEEK1, "2026-12-13T20:01:00+03:00", all_in("6А", WEEK1))]
HIS_MOVE = [rules(M, "6Б", "2026-12-16T19:00:00+03:00")]
HIS_WEDNESDAY = [diary(M, WEEK1, "2026-12-16T20:00:00+03:00", moved(WEEK1, "6А", "6Б", "20261216"))]
ORDERS: dict[str, list[dict[str, Any]]] = {
    "pulled": [*ROSTER, *HERS, *HIS_SUNDAY, *HIS_MOVE, *HIS_WEDNESDAY],
    "her diary last": [*ROSTER, *HIS_SUNDAY, *HIS_MOVE, *HIS_WEDNESDAY, *HERS],
    "his Sunday diary last": [*ROSTER, *HERS, *HIS_MOVE, *HIS_WEDNESDAY, *HIS_SUNDAY],
    "his Sunday diary after his move": [*ROSTER, *HERS, *HIS_MOVE, *HIS_SUNDAY, *HIS_WEDNESDAY],
}
NOT_FIXED = pytest.mark.xfail(strict=True, reason="his later diary's request snapshot cancels 6А's lessons of his "
                              "days in 6Б for the whole class (module docstring)")
CASES = [pytest.param(order, marks=() if order == "his Sunday diary last" else NOT_FIXED) for order in sorted(ORDERS)]
EXPECTED = {M: {"2026-12-14": "6А", "2026-12-15": "6А", "2026-12-16": "6Б", "2026-12-17": "6Б", "2026-12-18": "6Б"},
            C: {"2026-12-14": "6А", "2026-12-15": "6А", "2026-12-16": "6А", "2026-12-17": "6А", "2026-12-18": "6А"}}


@pytest.mark.parametrize("order", CASES)
async def test_the_movers_later_diary_cancels_none_of_his_old_classs_lessons_after_his_move(tmp_path, order):
    """Полина, not pulled again, still sees 6А's lesson every day of the week; Тимофей sees 6А's up to Tuesday and
    6Б's from Wednesday, whichever order the answers arrive in."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in ORDERS[order]])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for pupil in (M, C):
            diary_read = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2026-12-14", "2026-12-18")
            shown[pupil] = {day["date"]: [lesson["subject"]["name"] for lesson in day["lessons"]
                                          if not lesson["cancelled"]] for day in diary_read["days"]}
    assert shown == {pupil: {day: [SUBJECTS[class_name][0]] for day, class_name in days.items()}
                     for pupil, days in EXPECTED.items()}
