"""Dnevnik.ru log-entry range answers speak for the logs of the lessons on each day they cover whole
(``adapters/dnevnik_ru/days.py``; found by dnevnik_ru_18: attendance-16, attendance-21..24): a later, overlapping
group range without an entry deletes it (present), whichever range brought it; a pupil's own range deletes only that
pupil's entries; a range pulled after the lesson moved to another day no longer selects its log and deletes nothing.
On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

WEEK, LATER, LAST = "2025-10-18T20:00:00+05:00", "2025-10-20T09:00:00+05:00", "2025-10-21T09:00:00+05:00"


def group_range(w: World, start: str, end: str, entries: list) -> dict:
    return env(f"GET /v2/lesson-log-entries/group/{w.group}?subject={w.subject}&from={start}&to={end}", entries)


async def test_a_later_overlapping_group_range_without_an_entry_deletes_it(running):
    w = World()
    await send(running, *w.lessons_first())
    assert await send(running, pulled(group_range(w, "2025-10-13", "2025-10-17", [w.entry()]), WEEK)) == ["accepted"]
    assert await send(running, pulled(group_range(w, "2025-10-06", "2025-10-19", []), LATER)) == ["accepted"]
    assert [(kind, data["status"]) for kind, data in await latest(running, "attendance.")] == [
        ("attendance.marked", "late"), ("attendance.corrected", "present")]


async def test_a_pupils_own_range_deletes_only_that_pupils_entry(running):
    w = World()
    await send(running, *w.lessons_first())
    twin = {**w.entry(), "person": w.twin, "person_str": str(w.twin)}
    assert await send(running, pulled(group_range(w, "2025-10-13", "2025-10-17", [w.entry(), twin]), WEEK)) == [
        "accepted"]
    own = env(f"GET /v2/persons/{w.twin}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-13", [])
    assert await send(running, pulled(own, LATER)) == ["accepted"]
    assert [(kind, data["student_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "attendance.")] == [
        ("attendance.marked", str(w.pupil)), ("attendance.marked", str(w.twin)),
        ("attendance.corrected", str(w.twin))]


async def test_a_range_pulled_after_the_lesson_moved_away_keeps_its_log(running):
    w = World()
    await send(running, *w.lessons_first())
    assert await send(running, pulled(group_range(w, "2025-10-13", "2025-10-13", [w.entry()]), WEEK)) == ["accepted"]
    moved = env(f"GET /v2/lessons/{w.lesson}", {**w.lesson_entity(), "date": "2025-10-15T08:30:00"})
    assert await send(running, pulled(moved, LATER)) == ["accepted"]
    assert await send(running, pulled(group_range(w, "2025-10-13", "2025-10-13", []), LAST)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "attendance.")] == ["attendance.marked"]
    on_its_day = group_range(w, "2025-10-15", "2025-10-15", [])
    assert await send(running, pulled(on_its_day, "2025-10-22T09:00:00+05:00")) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "attendance.")] == ["attendance.marked", "attendance.corrected"]
