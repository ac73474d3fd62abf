"""A Dnevnik.ru final-marks entry whose ``final-mark`` is null (§3.13; the Java client's ``SubjectFinalMark`` holds a
nullable ``Mark``), found by dnevnik_ru_14: the subject has no final mark yet. The answer is read (the other subjects'
marks are recorded), and a complete answer (``edu-groups/{g}/final-marks``) deletes the mark the hub held for that
subject, as an answer without the subject does. On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import DAY1, DAY3, latest, pulled, send


def finals(w: World, marks: dict[int, Any]) -> dict[str, Any]:
    return env(f"GET /v2/edu-groups/{w.group}/final-marks", [{
        "person": w.pupil, "reportingPeriod": w.period,
        "per-subject-final-marks": [{"subject": subject, "final-mark": mark} for subject, mark in marks.items()]}])


async def test_a_null_final_mark_records_the_others_and_deletes_the_one_held(running):
    w = World()
    other = {**w.final_obj(), "id": w.i(561), "id_str": str(w.i(561))}
    await send(running, *w.roster())
    assert await send(running, pulled(finals(w, {w.subject: w.final_obj(), w.i(302): None}), DAY1)) == ["accepted"]
    assert await send(running, pulled(finals(w, {w.subject: None, w.i(302): other}), DAY3)) == ["accepted"]
    assert [(kind, data["final_grade_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "final_grade.")
            ] == [("final_grade.recorded", str(w.final)), ("final_grade.recorded", str(w.i(561))),
                  ("final_grade.retracted", str(w.final))]
