"""The identity crosswalk: one child known by two journals is one child in the views (identity.linked)."""

from __future__ import annotations

import pytest

from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests.samples import SCHOOL, q, rec

ALIAS = "dnevnik:sch-1:person:1000012000101"  # how the old journal's adapter knows her


@pytest.fixture
def stack() -> dict[str, str]:
    return {}


def grade(grade_id: str, student: str, value: str, date: str) -> dict:
    return rec("grade.recorded", grade_id, {"grade_id": grade_id, "student_id": student, "date": date,
                                             "subject_id": "math", "value": value, "scale": "five_point"})


def enrol(student: str, day: str) -> dict:
    return rec("student.enrolled", f"e-{student}", {"student_id": student, "class_id": "5a", "enrolled_on": day,
                                                    "name": {"last_name": "Смирнова", "first_name": "Анна"}})


async def test_a_child_known_by_two_journals_is_one_child(running):
    records = [
        rec("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        rec("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        enrol(ALIAS, "2026-09-01"), enrol("anna", "2026-09-01"),
        grade("g-old", ALIAS, "4", "2026-09-07"),  # from the journal the school used until October
        grade("g-new", "anna", "5", "2026-09-08"),  # from the journal it uses now
        rec("guardian.linked", "gl-1", {"guardian_id": "mother", "student_id": "anna", "relation": "parent"}),
        rec("guardian.linked", "gl-2", {"guardian_id": "mother", "student_id": ALIAS, "relation": "parent"}),
        rec("identity.linked", "link-1", {"student_id": "anna", "alias_id": ALIAS}),
    ]
    body = (await running.http.post("/v1/ingest/native", json=records, headers=running.vendor([SCHOOL]))).json()
    assert body["summary"]["accepted"] == len(records), body
    await project_all(running.hub.log, running.hub.views)
    mother = {"Authorization": f"Bearer {running.hub.tokens.issue(q('mother'), Role.GUARDIAN)}"}

    children = (await running.http.get("/v1/me/children", headers=mother)).json()["children"]
    assert [c["student_id"] for c in children] == [q("anna")]
    diary = (await running.http.get(f"/v1/students/{q('anna')}/diary", headers=mother,
                                    params={"from": "2026-09-07", "to": "2026-09-08"})).json()
    marks = [m["value"] for day in diary["days"] for m in day["marks_without_lesson"]]
    assert marks == ["4", "5"]

    teacher = {"Authorization": f"Bearer {running.hub.tokens.issue(q('head'), Role.HEAD_TEACHER, SCHOOL)}"}
    assert (await running.http.get(f"/v1/students/{q('anna')}/diary", headers=teacher,
                                   params={"from": "2026-09-07", "to": "2026-09-08"})).status_code == 200


async def test_a_child_cannot_be_its_own_alias(running):
    body = (await running.http.post("/v1/ingest/native", json=[
        rec("identity.linked", "link-x", {"student_id": "anna", "alias_id": "anna"})],
        headers=running.vendor([SCHOOL]))).json()
    assert body["results"][0]["status"] == "rejected"
