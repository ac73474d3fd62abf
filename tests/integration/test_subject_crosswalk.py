"""The subject crosswalk (issue 11 §8): a school with classes on two journals names one subject twice; the
operator sees the suggestion, links the two (``POST /v1/operator/subject-links`` writes ``subject.linked``), and
the school's statistics, the diary, the final grades and the grades export show one subject, on both stacks.

``tests/views_scenario.py``'s school sch-q (5А native, mathematics ``native:sch-q:math``) gets a class 5Б kept in
Dnevnik.ru: its mathematics is ``dnevnik:sch-q:subject:77`` "математика (1 группа)", with one lesson and a 3."""

from __future__ import annotations

import pytest

from hub.api import operator_answers
from hub.auth.readers import Role
from hub.projector.runner import project_all
from hub.web.session import COOKIE
from projections.subject_links import normalised
from tests import views_scenario as sc
from tests.views_scenario import q

DN_MATH, DN_CLASS, DN_PUPIL = "dnevnik:sch-q:subject:77", "dnevnik:sch-q:class:9", "dnevnik:sch-q:person:501"


def dnevnik_class() -> list[dict]:
    return [
        sc.rec("subject.defined", "dn-s-77", {"subject_id": DN_MATH, "name": "математика (1 группа)"}),
        sc.rec("class.defined", "dn-c-9", {"class_id": DN_CLASS, "name": "5Б", "academic_year": 2026}),
        sc.rec("student.enrolled", "dn-e-501", {"student_id": DN_PUPIL, "class_id": DN_CLASS,
                                                "enrolled_on": "2026-09-01",
                                                "name": {"last_name": "Петров", "first_name": "Пётр"}}),
        sc.rec("lesson.scheduled", "dn-l-1", {"lesson_id": "dnevnik:sch-q:lesson:1", "class_id": DN_CLASS,
                                              "subject_id": DN_MATH, "date": "2026-10-20", "slot": 1}),
        sc.rec("grade.recorded", "dn-g-1", {"grade_id": "dnevnik:sch-q:mark:1", "student_id": DN_PUPIL,
                                            "lesson_id": "dnevnik:sch-q:lesson:1", "value": "3",
                                            "scale": "five_point"}),
        sc.rec("teacher.assigned", "dn-ta", {"teacher_id": "dnevnik:sch-q:person:701", "role": "subject_teacher",
                                             "class_id": DN_CLASS, "subject_id": DN_MATH}),
        sc.rec("guardian.linked", "dn-gl", {"guardian_id": "dnevnik:sch-q:person:601", "student_id": DN_PUPIL,
                                            "relation": "parent"}),
    ]


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, [*sc.all_records(), *dnevnik_class()], [sc.Q, sc.T])


def test_names_agree_once_normalised():
    assert normalised("Математика (1 группа)") == normalised("МАТЕМАТИКА") == "математика"
    assert normalised("Английский язык, гр. 2") == normalised("английский язык 2 подгруппа") == "английский язык"
    assert normalised("Ёлочная игрушка") == "елочная игрушка"
    assert normalised("Алгебра") != normalised("Геометрия")


async def math_rows(running) -> list[dict]:
    head = sc.bearer(running, "head", Role.HEAD_TEACHER, sc.Q)
    response = await running.http.get(f"/v1/schools/{sc.Q}/statistics", params={"period": q("q1")}, headers=head)
    assert response.status_code == 200, response.text
    return [row for row in response.json()["subjects"] if normalised(row["subject"]["name"]) == "математика"]


async def test_the_operator_links_two_journals_subject_and_every_view_shows_one(seeded):
    operator = sc.bearer(seeded, "op", Role.OPERATOR)
    before = await seeded.http.get("/v1/operator/subject-links", params={"school": sc.Q}, headers=operator)
    assert before.status_code == 200, before.text
    operator_answers.SubjectLinksAnswer.model_validate(before.json())
    assert before.json()["links"] == []
    suggested = [(s["subject"]["id"], [a["id"] for a in s["aliases"]]) for s in before.json()["suggestions"]]
    assert suggested == [(q("math"), [DN_MATH])]
    two = await math_rows(seeded)
    assert sorted(row["subject"]["id"] for row in two) == [DN_MATH, q("math")]
    assert sorted(row["marks"] for row in two) == [1, 6]  # 5А's (anna 5, boris 1) and 5Б's

    link = {"school_id": sc.Q, "subject_id": q("math"), "alias_id": DN_MATH}
    response = await seeded.http.post("/v1/operator/subject-links", json=link, headers=operator)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "accepted"
    await project_all(seeded.hub.log, seeded.hub.views)

    after = (await seeded.http.get("/v1/operator/subject-links", params={"school": sc.Q}, headers=operator)).json()
    assert after["suggestions"] == []
    assert [(x["alias"]["id"], x["counts_under"]["id"]) for x in after["links"]] == [(DN_MATH, q("math"))]
    rows = await math_rows(seeded)  # one row with both journals' marks
    assert [(row["subject"]["id"], row["subject"]["name"]) for row in rows] == [(q("math"), "Математика")]
    assert rows[0]["marks"] == 7

    head = sc.bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q)
    chart = await seeded.http.get(f"/v1/schools/{sc.Q}/statistics/charts/distribution.svg", headers=head,
                                  params={"period": q("q1"), "subject": DN_MATH})
    assert chart.status_code == 200 and "Математика" in chart.text

    week = (await seeded.http.get(f"/v1/classes/{DN_CLASS}/schedule", headers=head, params={"week": "2026-W43"})).json()
    assert [lesson["subject"] for day in week["days"] for lesson in day["lessons"]] == [
        {"id": q("math"), "name": "Математика"}]

    parent = sc.bearer(seeded, "dnevnik:sch-q:person:601", Role.GUARDIAN)
    diary = (await seeded.http.get(f"/v1/students/{DN_PUPIL}/diary", headers=parent,
                                   params={"from": "2026-10-20", "to": "2026-10-20"})).json()
    lesson = diary["days"][0]["lessons"][0]
    assert lesson["subject"] == {"id": q("math"), "name": "Математика"}
    assert lesson["marks"][0]["subject"]["id"] == q("math")
    grades = (await seeded.http.get(f"/v1/students/{DN_PUPIL}/grades", headers=parent,
                                    params={"from": "2026-10-01", "to": "2026-10-31"})).json()
    assert [(s["subject"]["id"], s["marks_count"]) for s in grades["subjects"]] == [(q("math"), 1)]
    page = (await seeded.http.get(f"/v1/students/{DN_PUPIL}/subjects/{q('math')}", headers=parent,
                                  params={"period": "year", "date": "2026-10-20"})).json()
    assert [lesson["lesson_id"] for day in page["days"] for lesson in day["lessons"]] == ["dnevnik:sch-q:lesson:1"]
    assert page["marks_count"] == 1 and page["subject"] == {"id": q("math"), "name": "Математика"}
    finals = (await seeded.http.get(f"/v1/students/{DN_PUPIL}/final-grades", headers=parent,
                                    params={"year": "2026"})).json()
    assert [s["subject"]["id"] for s in finals["subjects"]] == [q("math")]
    assert finals["subjects"][0]["periods"][0]["average"]["value"] == 3.0
    csv = await seeded.http.get(f"/v1/students/{DN_PUPIL}/grades", headers=parent,
                                params={"from": "2026-10-01", "to": "2026-10-31", "format": "csv"})
    assert "Математика" in csv.content.decode("utf-8-sig") and "группа" not in csv.content.decode("utf-8-sig")

    teacher = sc.bearer(seeded, "dnevnik:sch-q:person:701", Role.TEACHER, sc.Q)  # 5Б's mathematics, by its own id
    taught = (await seeded.http.get(f"/v1/students/{DN_PUPIL}/diary", headers=teacher,
                                    params={"from": "2026-10-20", "to": "2026-10-20"})).json()
    assert [lesson["subject"]["id"] for lesson in taught["days"][0]["lessons"]] == [q("math")]
    assert [s["subject"]["id"] for s in (await seeded.http.get(
        f"/v1/students/{DN_PUPIL}/final-grades", headers=teacher, params={"year": "2026"})).json()["subjects"]] == [
        q("math")]

    seeded.http.cookies.set(COOKIE, seeded.hub.tokens.issue("op", Role.OPERATOR))
    page = await seeded.http.get("/console")
    seeded.http.cookies.clear()
    assert page.status_code == 200 and 'data-testid="subject-suggestions"' in page.text


async def test_a_link_must_stay_within_one_school_and_be_an_operators(seeded):
    operator = sc.bearer(seeded, "op", Role.OPERATOR)
    post = lambda body, who=operator: seeded.http.post("/v1/operator/subject-links", json=body, headers=who)  # noqa: E731
    foreign = await post({"school_id": sc.Q, "subject_id": q("math"), "alias_id": sc.t("t-math")})
    assert foreign.status_code == 422 and foreign.json()["error"]["code"] == "unknown_subject"
    same = await post({"school_id": sc.Q, "subject_id": q("math"), "alias_id": q("math")})
    assert same.status_code == 422 and same.json()["error"]["code"] == "same_subject"
    head = sc.bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q)
    refused = await post({"school_id": sc.Q, "subject_id": q("math"), "alias_id": DN_MATH}, head)
    assert refused.status_code == 404
    assert (await seeded.http.get("/v1/operator/subject-links", params={"school": sc.Q}, headers=head)).status_code == 404
    ok = await post({"school_id": sc.Q, "subject_id": q("math"), "alias_id": DN_MATH})
    assert ok.status_code == 200, ok.text
    await project_all(seeded.hub.log, seeded.hub.views)
    chained = await post({"school_id": sc.Q, "subject_id": DN_MATH, "alias_id": q("hist")})
    assert chained.status_code == 422 and chained.json()["error"]["code"] == "linked_subject"
