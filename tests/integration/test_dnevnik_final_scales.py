"""Dnevnik.ru final marks on the letter and twelve-point scales and the ``test`` scale's words, found by dnevnik_ru_66.

§3.13 makes final marks ordinary Marks, §3.1 their ``value`` the raw string, and §5 lists ``markabcdf`` and
``mark12``: such a final mark is read as an ordinary mark on its scale is (``final_grade.recorded`` v3) and shown in
the final grades with the journal's text. «зачтено» on the ``test`` scale is a pass (§5 never shows that scale's
words); a word the hub does not know there is the school's own, shown as sent. A final mark the hub cannot read
(``6`` on ``mark5``) is skipped and counted (``skipped_unreadable_final_marks``): the answer's other marks are kept,
where before the whole answer was refused. On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests.dnevnik_world import World, env, ids
from tests.integration.test_dnevnik_containing_scopes import DAY3, latest, pulled, send
from tests.integration.test_dnevnik_weight_change import SCHOOL

MARKS = [("mark5", "4+"), ("markabcdf", "B-"), ("mark12", "11"), ("test", "зачтено"), ("test", "усв"),
         ("mark5", "6")]


def group_final_marks(w: World) -> dict[str, Any]:
    subjects = [{"subject": w.i(301 + i), "final-mark": {**w.final_obj(), **ids(w.i(561 + i)), "type": mark_type,
                                                          "value": value, "textValue": value}}
                for i, (mark_type, value) in enumerate(MARKS)]
    return pulled(env(f"GET /v2/edu-groups/{w.group}/final-marks", [
        {"person": w.pupil, "reportingPeriod": w.period, "per-subject-final-marks": subjects}]), DAY3)


async def test_letters_twelve_points_and_school_words_are_final_marks_and_one_unreadable_mark_refuses_nothing(
        running):
    w = World()
    await send(running, *w.roster())
    assert await send(running, group_final_marks(w)) == ["accepted"]
    assert [(data["scale"], data["value"], data["text"]) for _, data in await latest(running, "final_grade.")] == [
        ("five_point", "4+", "4+"), ("letter", "B-", "B-"), ("twelve_point", "11", "11"), ("pass_fail", "pass", "зачтено"),
        ("status", "усв", "усв")]
    key = ("skipped_unreadable_final_marks", str(w.i(566)))
    skipped = running.hub.ingest.vendor_state.lookup("dnevnik", SCHOOL, [key])
    assert [(entry["mark_type"], entry["value"], entry["pointer"]) for entry in skipped.values()] == [
        ("mark5", "6", "/body/0/per-subject-final-marks/5/final-mark/value")]

    await project_all(running.hub.log, running.hub.views)
    token = running.hub.tokens.issue("head", Role.HEAD_TEACHER, SCHOOL)
    student = f"dnevnik:{SCHOOL}:person:{w.pupil}"
    answer = await running.http.get(f"/v1/students/{student}/final-grades", params={"year": "2025"},
                                    headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    shown = {s["subject"]["id"].rsplit(":", 1)[1]: [(f["scale"], f["value"], f["text"]) for p in s["periods"]
                                                    for f in p["final_marks"]] for s in answer.json()["subjects"]}
    assert shown == {str(w.i(301)): [("five_point", "4+", "4+")], str(w.i(302)): [("letter", "B-", "B-")],
                     str(w.i(303)): [("twelve_point", "11", "11")],
                     str(w.i(304)): [("pass_fail", "pass", "зачтено")], str(w.i(305)): [("status", "усв", "усв")]}
