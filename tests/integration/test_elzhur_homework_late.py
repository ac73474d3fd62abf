"""A task an older answer brings after a later one listed its lesson without it, embedded stack (reference A.3 Lesson
item ``homework``: the lesson's tasks keyed by id; A.3 Day: each listed day whole; the latest pull wins, hub README
"request envelope"; ``adapters/elzhur/homework_days.py``, ``hub.ingest.containing.superseded``).

Found by elzhur_65 (no-homework-001, -004, -007): the class's gethomework pulled Sunday 18 Oct names lessons no
answer had brought yet, so it waited (parked) and was re-driven after the pupils' diaries of Friday 23 Oct, which list
its Geography lesson with ``homework: {}``: the hub stated the task then, although the later pull said the lesson has
none, and kept showing it. The same cause made elzhur_14's individual task (homework-14102-884901: the pupil's own
gethomework of 25 Feb delivered after his diary of 27 Feb listing the lesson with ``homework: {}``) show. Either way
the later pull wins, whatever the arrival order; an older ``{}`` delivered after a newer listing withdraws nothing,
and another lesson's task and another pupil's individual task are not the later answer's to deny."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_homework_days import (ALGEBRA, OTHER, RUSSIAN, WEEK, own, rules, schedule, task,
                                                         tasks)
from tests.integration.test_elzhur_shapes import PUPIL, SCHOOL, env

DAY = "20251013"
CLASS_TASK, RUSSIAN_TASK = task(5565001, "§ 7, контурная карта с. 1"), task(5565002, "Упр. 37")


def of_class(pulled_at: str, *items: dict) -> dict:
    """The class's gethomework of the week in elzhur_65's shape: top-level ``days``, items as an array, each with
    its ``lesson_id``."""
    answer = env(f"gethomework?class=7Б&{WEEK}", {"days": {DAY: {"name": DAY, "items": list(items)}}})
    return {**answer, "pulled_at": pulled_at}


def diaries(pulled_at: str, *items: dict) -> list[dict]:
    """Both pupils' getdiary of the week, pulled a minute apart, each listing ``items`` on 13 Oct."""
    hour, minute = pulled_at[11:13], int(pulled_at[14:16])
    return [own("getdiary", f"{pulled_at[:11]}{hour}:{minute + n:02d}{pulled_at[16:]}", *items, pupil=pupil)
            for n, pupil in enumerate((PUPIL, OTHER))]


async def _shown(tmp_path, *batches: list[dict], with_schedule: bool = True) -> tuple[dict[str, set[str]], list]:
    """Push getrules (and the class's schedule), then each batch; per pupil, the texts of the tasks his diary
    shows that week, and each batch's record statuses."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        statuses: list[list[str]] = []
        for batch in ([rules()], *([[schedule()]] if with_schedule else []), *batches):
            body = await hub.push("elzhur", SCHOOL, client, batch)
            statuses.append([r["status"] for r in body["results"]])
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown: dict[str, set[str]] = {}
        for pupil in (PUPIL, OTHER):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2025-10-13", "2025-10-19")
            shown[pupil] = {hw["text"] for day in diary["days"] for lesson in day["lessons"]
                            for hw in lesson.get("homework", [])}
            shown[pupil] |= {hw["text"] for day in diary["days"] for hw in day.get("homework_due", [])}
    return shown, statuses[len(statuses) - len(batches):]


def _texts(*given: dict[str, Any]) -> set[str]:
    return {one["value"] for each in given for one in each.values()}


async def test_a_parked_class_task_re_driven_after_the_later_diaries_without_it_is_not_shown(tmp_path):
    """elzhur_65's order: the class's gethomework waits for its lessons; the later diaries bring them (and list the
    lesson with ``homework: {}``), and it is re-driven after them."""
    shown, statuses = await _shown(
        tmp_path, [of_class("2025-10-12T18:00:00+03:00", tasks(ALGEBRA, CLASS_TASK), tasks(RUSSIAN, RUSSIAN_TASK))],
        diaries("2025-10-17T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK)), with_schedule=False)
    assert statuses[0] == ["parked"], statuses
    assert shown == {PUPIL: _texts(RUSSIAN_TASK), OTHER: _texts(RUSSIAN_TASK)}, shown


async def test_an_older_class_gethomework_delivered_after_the_diaries_states_no_task_they_lacked(tmp_path):
    shown, _ = await _shown(
        tmp_path, diaries("2025-10-17T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK)),
        [of_class("2025-10-12T18:00:00+03:00", tasks(ALGEBRA, CLASS_TASK), tasks(RUSSIAN, RUSSIAN_TASK))])
    assert shown == {PUPIL: _texts(RUSSIAN_TASK), OTHER: _texts(RUSSIAN_TASK)}, shown


async def test_in_pull_order_the_later_diaries_withdraw_the_class_task(tmp_path):
    shown, _ = await _shown(
        tmp_path, [of_class("2025-10-12T18:00:00+03:00", tasks(ALGEBRA, CLASS_TASK), tasks(RUSSIAN, RUSSIAN_TASK))],
        diaries("2025-10-17T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK)))
    assert shown == {PUPIL: _texts(RUSSIAN_TASK), OTHER: _texts(RUSSIAN_TASK)}, shown


async def test_an_older_diary_without_the_task_delivered_after_the_class_gethomework_withdraws_nothing(tmp_path):
    """The diaries pulled before the teacher set the task arrive last: they are older than the listing."""
    shown, _ = await _shown(
        tmp_path, [of_class("2025-10-18T18:00:00+03:00", tasks(ALGEBRA, CLASS_TASK), tasks(RUSSIAN, RUSSIAN_TASK))],
        diaries("2025-10-12T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK)))
    both = _texts(CLASS_TASK, RUSSIAN_TASK)
    assert shown == {PUPIL: both, OTHER: both}, shown


async def test_another_pupils_individual_task_and_another_lessons_task_stay(tmp_path):
    """Ника's individual card on the same lesson is hers: Кирилл's later diary listing the lesson with ``{}`` does
    not deny it, nor does it touch the Russian task the older class answer lists."""
    card = task(5565003, "Карточка Ники", True)
    shown, _ = await _shown(
        tmp_path, [own("getdiary", "2025-10-11T19:00:00+03:00", tasks(ALGEBRA, card), tasks(RUSSIAN), pupil=OTHER)],
        [own("getdiary", "2025-10-17T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK))],
        [of_class("2025-10-12T18:00:00+03:00", tasks(ALGEBRA, CLASS_TASK), tasks(RUSSIAN, RUSSIAN_TASK))])
    assert shown == {PUPIL: _texts(RUSSIAN_TASK), OTHER: _texts(card, RUSSIAN_TASK)}, shown


async def test_an_older_individual_task_delivered_after_the_pupils_later_diary_is_not_shown(tmp_path):
    """elzhur_14's order (homework-14102-884901): the pupil's own gethomework with his individual task, delivered
    after his later diary that lists the lesson with ``homework: {}``."""
    card = task(5565004, "Доклад: реки Африки (индивидуально)", True)
    shown, _ = await _shown(
        tmp_path, [own("getdiary", "2025-10-17T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, RUSSIAN_TASK))],
        [own("gethomework", "2025-10-12T19:00:00+03:00", tasks(ALGEBRA, card), tasks(RUSSIAN, RUSSIAN_TASK))])
    assert shown == {PUPIL: _texts(RUSSIAN_TASK), OTHER: _texts(RUSSIAN_TASK)}, shown
