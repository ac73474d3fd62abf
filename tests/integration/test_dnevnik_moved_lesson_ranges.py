"""A Dnevnik.ru lessons range speaks only for the lessons dated within it (``adapters/dnevnik_ru/days.py``, ``span``;
found by dnevnik_ru_75: lesson-020/059/094). §3.4: a lesson is one entity with one ``date``; a range over Thursday
lists the lessons dated Thursday, so a Thursday range pulled after its lesson moved to Friday (same id) says nothing
of it, even though the previous answer to the same request held it. Its omission still cancels a lesson the hub
holds dated within the range (one moved into it), and an older answer delivered late changes nothing. On both
stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

MONDAY, MOVED, AGAIN = "2025-10-13T19:00:00+05:00", "2025-10-17T19:01:00+05:00", "2025-10-17T19:09:00+05:00"


def dated(w: World, at: str) -> dict[str, Any]:
    """The world's lesson (Monday 10-13 #1) as dated at ``at`` (same id)."""
    return {**w.lesson_entity(), "date": at}


async def lesson_events(running) -> list[tuple[str, str | None]]:
    """Each lesson event's type with the day it dates the lesson at (a cancellation dates none)."""
    return [(kind, (data.get("date") or "")[:10] or None) for kind, data in await latest(running, "lesson.")]


async def test_a_one_day_lessons_range_pulled_after_its_lesson_moved_away_does_not_cancel_it(running):
    w = World()
    await send(running, *w.roster())
    monday = f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-13"
    assert await send(running, pulled(env(monday, [w.lesson_entity()]), MONDAY)) == ["accepted"]
    moved = env(f"GET /v2/lessons/{w.lesson}", dated(w, "2025-10-17T12:30:00"))
    assert await send(running, pulled(moved, MOVED)) == ["accepted"]
    await send(running, pulled(env(monday, []), AGAIN))  # Monday alone again: the lesson is Friday's now
    assert await lesson_events(running) == [("lesson.scheduled", "2025-10-13"), ("lesson.scheduled", "2025-10-17")]


async def test_a_long_range_does_not_cancel_a_lesson_moved_out_of_it(running):
    """A range over more than 93 days speaks for no day (``days.MAX_DAYS``): only its request snapshot, as of the
    lessons' latest dates, decides."""
    w = World()
    await send(running, *w.roster())
    term = f"GET /v2/edu-groups/{w.group}/lessons/2025-09-01/2025-12-31"
    assert await send(running, pulled(env(term, [w.lesson_entity()]), MONDAY)) == ["accepted"]
    away = env(f"GET /v2/lessons/{w.lesson}", dated(w, "2026-01-12T08:30:00"))
    assert await send(running, pulled(away, MOVED)) == ["accepted"]
    await send(running, pulled(env(term, []), AGAIN))
    assert await lesson_events(running) == [("lesson.scheduled", "2025-10-13"), ("lesson.scheduled", "2026-01-12")]


async def test_a_long_range_still_cancels_a_lesson_moved_within_it_that_it_lacks(running):
    w = World()
    await send(running, *w.roster())
    term = f"GET /v2/edu-groups/{w.group}/lessons/2025-09-01/2025-12-31"
    assert await send(running, pulled(env(term, [w.lesson_entity()]), MONDAY)) == ["accepted"]
    within = env(f"GET /v2/lessons/{w.lesson}", dated(w, "2025-12-22T08:30:00"))
    assert await send(running, pulled(within, MOVED)) == ["accepted"]
    assert await send(running, pulled(env(term, []), AGAIN)) == ["accepted"]
    assert [kind for kind, _ in await lesson_events(running)] == [
        "lesson.scheduled", "lesson.scheduled", "lesson.cancelled"]


async def test_a_one_day_range_cancels_a_lesson_moved_into_it_that_it_lacks(running):
    w = World()
    await send(running, *w.roster())
    week = f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18"
    assert await send(running, pulled(env(week, [w.lesson_entity()]), MONDAY)) == ["accepted"]
    into = env(f"GET /v2/lessons/{w.lesson}", dated(w, "2025-10-17T12:30:00"))
    assert await send(running, pulled(into, MOVED)) == ["accepted"]
    friday = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-17/2025-10-17", [])
    assert await send(running, pulled(friday, AGAIN)) == ["accepted"]
    assert [kind for kind, _ in await lesson_events(running)] == [
        "lesson.scheduled", "lesson.scheduled", "lesson.cancelled"]


async def test_an_older_range_holding_the_lesson_on_its_old_day_delivered_late_changes_nothing(running):
    w = World()
    await send(running, *w.roster())
    monday = f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-13"
    moved = env(f"GET /v2/lessons/{w.lesson}", dated(w, "2025-10-17T12:30:00"))
    assert await send(running, pulled(moved, MOVED), pulled(env(monday, []), AGAIN)) == ["accepted", "accepted"]
    assert await send(running, pulled(env(monday, [w.lesson_entity()]), MONDAY)) == ["duplicate"]
    assert await lesson_events(running) == [("lesson.scheduled", "2025-10-17")]
