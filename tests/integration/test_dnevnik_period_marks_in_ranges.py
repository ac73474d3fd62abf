"""A Dnevnik.ru period mark read through a marks endpoint (§3.13: period and year marks are ordinary Marks whose
Work has type ``PeriodMark``; §3.1: their ``lesson`` is null), found by dnevnik_ru_17 (final-mark-26..28): a group's
marks range holding one is the pupil's final mark for the work's period (``final_grade.recorded``, the same fact as
the final-marks endpoints give), waits for its work when the hub does not know it yet, and leaves with the mark when
a later pull of the range no longer holds it. On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

DAY1, DAY3 = "2025-10-25T07:00:00+05:00", "2025-10-27T20:00:00+05:00"


async def test_a_period_mark_in_a_group_marks_range_is_the_final_mark_and_leaves_with_it(running):
    w = World()
    await send(running, *w.roster())
    day = f"GET /v2/edu-groups/{w.group}/marks/2025-10-24/2025-10-24"
    assert await send(running, pulled(env(day, [w.final_obj()]), DAY1)) == ["parked"]  # its work is not known yet
    assert await send(running, env(f"GET /v2/works/{w.period_work}", w.period_work_obj())) == ["accepted"]
    assert [(kind, data["final_grade_id"].rsplit(":", 1)[1], data["period_id"].rsplit(":", 1)[1], data["text"])
            for kind, data in await latest(running, "final_grade.")] == [
        ("final_grade.recorded", str(w.final), str(w.period), "5")]
    of_subject = env(f"GET /v2/edu-groups/{w.group}/subjects/{w.subject}/final-marks", [w.final_obj()])
    assert await send(running, pulled(of_subject, DAY1)) == ["duplicate"]  # the same fact by the other path
    assert await send(running, pulled(env(day, []), DAY3)) == ["accepted"]
    assert [(kind, data["final_grade_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "final_grade.")
            ] == [("final_grade.recorded", str(w.final)), ("final_grade.retracted", str(w.final))]
    assert await latest(running, "grade.") == []  # not a diary mark
