"""The read API shows what the journal shows, and its answers are exactly what the OpenAPI contract documents
(``hub.api.answers``: every model forbids fields it does not name), on both stacks. Known answers come from
``tests/views_scenario.py``: the pass mark "зачёт", the late arrival "ОП", the PE half-year mark "осв", the English
teacher named by ``teacher.defined``, English group 1, the autumn holidays, 5А's class teacher."""

from __future__ import annotations

import pytest

from hub.api import answers
from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests import views_scenario as sc
from tests.views_scenario import q


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, sc.all_records(), [sc.Q, sc.T])


def bearer(running, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    token = running.hub.tokens.issue(q(sub) if role is Role.GUARDIAN else sub, role, school)
    return {"Authorization": f"Bearer {token}"}


async def answer(running, path: str, model: type, who: dict[str, str], **params) -> dict:
    response = await running.http.get(path, params=params, headers=who)
    assert response.status_code == 200, response.text
    body = response.json()
    model.model_validate(body)  # nothing undocumented, nothing documented missing
    return body


async def test_the_diary_shows_the_journals_marks_codes_teachers_groups_and_holidays(seeded):
    mother = bearer(seeded, "mother", Role.GUARDIAN)
    body = await answer(seeded, f"/v1/students/{q('anna')}/diary", answers.DiaryAnswer, mother,
                        **{"from": "2026-10-20", "to": "2026-10-26"})
    monday = body["days"][0]
    math = next(lesson for lesson in monday["lessons"] if lesson["lesson_id"] == q("lm1"))
    assert [(m["value"], m["text"]) for m in math["marks"]] == [("4-", None), ("pass", "зачёт")]
    assert (math["attendance"]["status"], math["attendance"]["code"]) == ("late", "ОП")
    assert math["group"] is None
    english = next(lesson for lesson in monday["lessons"] if lesson["lesson_id"] == q("le1"))
    assert english["group"] == {"id": q("5a-g1"), "name": "5А англ. 1"}
    assert english["teacher"] is None  # the lesson names no teacher
    autumn = {"id": q("autumn"), "name": "Осенние каникулы", "class_id": None}  # from 25 October
    assert [d["holidays"] for d in body["days"]][-3:] == [[], [autumn], [autumn]]


async def test_final_grades_show_the_journals_text_of_a_final_mark(seeded):
    mother = bearer(seeded, "mother", Role.GUARDIAN)
    body = await answer(seeded, f"/v1/students/{q('anna')}/final-grades", answers.FinalGradesAnswer, mother,
                        year=2026)
    [pe] = [s for s in body["subjects"] if s["subject"]["id"] == q("pe")]
    assert [(f["value"], f["text"]) for p in pe["periods"] for f in p["final_marks"]] == [("exempt", "осв")]
    assert [p["name"] for p in body["periods"]] == ["1 четверть", "2 четверть", "1 полугодие", "Год"]


async def test_schedules_name_the_class_its_class_teacher_and_each_lessons_group(seeded):
    head = bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q)
    body = await answer(seeded, f"/v1/classes/{q('5a')}/schedule", answers.ClassWeek, head, week="2026-W43")
    assert body["class"] == {"id": q("5a"), "name": "5А", "parent_id": None,
                             "class_teacher": {"id": q("t-class"), "name": None}}
    tuesday = body["days"][1]  # 20 October: both English groups, labelled
    assert [(lesson["subject"]["name"], (lesson["group"] or {}).get("name")) for lesson in tuesday["lessons"]] == [
        ("Математика", None), ("Английский язык", "5А англ. 1"), ("Английский язык", "5А англ. 2")]
    mother = bearer(seeded, "mother", Role.GUARDIAN)
    week = await answer(seeded, f"/v1/students/{q('anna')}/schedule", answers.StudentWeek, mother, week="2026-W43")
    assert [(lesson["lesson_id"], lesson["group"]) for lesson in week["days"][1]["lessons"]] == [
        (q("lm1"), None), (q("le1"), {"id": q("5a-g1"), "name": "5А англ. 1"})]


async def test_a_guardians_children_with_their_class_teacher(seeded):
    body = await answer(seeded, "/v1/me/children", answers.ChildrenAnswer, bearer(seeded, "mother", Role.GUARDIAN))
    assert [(c["student_id"], c["class_name"], c["class_teacher"]) for c in body["children"]] == [
        (q("anna"), "5А", {"id": q("t-class"), "name": None})]


async def test_the_teacher_defined_name_reaches_the_diary(seeded):
    vendor = seeded.vendor([sc.Q])
    lesson = sc.rec("lesson.scheduled", "le3", {"lesson_id": "le3", "class_id": "5a-g1", "subject_id": "eng",
                                                "date": "2026-10-21", "slot": 3, "teacher_id": "t-eng"})
    assert (await seeded.http.post("/v1/ingest/native", json=[lesson], headers=vendor)).status_code == 200
    await project_all(seeded.hub.log, seeded.hub.views)
    body = await answer(seeded, f"/v1/students/{q('anna')}/diary", answers.DiaryAnswer,
                        bearer(seeded, "mother", Role.GUARDIAN), **{"from": "2026-10-21", "to": "2026-10-21"})
    [english] = [lesson for lesson in body["days"][0]["lessons"] if lesson["lesson_id"] == q("le3")]
    assert english["teacher"] == {"id": q("t-eng"), "name": "Смит Джон"}  # teacher.defined's display name
