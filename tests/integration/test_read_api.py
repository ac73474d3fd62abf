"""The read API over views built by the projector: the diary, children, who may read what, read-your-writes."""

from __future__ import annotations

import pytest

from hub.auth.readers import Role
from hub.projector.runner import project_all

from tests.samples import OTHER, SCHOOL, q, school_records


@pytest.fixture
def stack() -> dict[str, str]:
    """The read side does not depend on the log engine: these run on the embedded stack only (the Kafka +
    PostgreSQL read path is covered end to end in tests/e2e)."""
    return {}


@pytest.fixture
async def seeded(running):
    body = (await running.http.post("/v1/ingest/native", json=school_records(),
                                    headers=running.vendor([SCHOOL]))).json()
    assert body["summary"]["rejected"] == 0, body
    await project_all(running.hub.log, running.hub.views)
    return running


def bearer(running, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    """A reader token for the person of ``sub``, a local id of ``SCHOOL`` (auditor and operator names as given)."""
    person = sub if role in (Role.AUDITOR, Role.OPERATOR) else q(sub)
    return {"Authorization": f"Bearer {running.hub.tokens.issue(person, role, school)}"}


async def diary(running, student: str, headers: dict, **params) -> object:
    """The diary of ``student``, a local id of ``SCHOOL``."""
    query = {"from": "2026-09-07", "to": "2026-09-09", **params}
    return await running.http.get(f"/v1/students/{q(student)}/diary", params=query, headers=headers)


async def test_guardian_sees_the_day_with_lesson_homework_amended_mark_and_attendance(seeded):
    response = await diary(seeded, "anna", bearer(seeded, "mother", Role.GUARDIAN))
    assert response.status_code == 200, response.text
    body = response.json()
    assert [d["date"] for d in body["days"]] == ["2026-09-07", "2026-09-08", "2026-09-09"]
    [lesson] = body["days"][0]["lessons"]
    assert (lesson["slot"], lesson["topic"], lesson["subject"]["name"]) == (2, "Дроби", "Математика")
    [mark] = lesson["marks"]
    assert (mark["value"], mark["weight"], mark["work_type"], mark["amended"]) == ("5", 2.0, "test", True)
    assert lesson["attendance"]["status"] == "late" and lesson["attendance"]["minutes_late"] == 5
    assert [h["text"] for h in lesson["homework"]] == ["№ 412"]
    assert body["caught_up"] is True and body["log_positions"]
    assert response.headers["X-Hub-Positions"]


async def test_guardian_of_two_sees_two_children(seeded):
    body = (await seeded.http.get("/v1/me/children", headers=bearer(seeded, "mother", Role.GUARDIAN))).json()
    assert sorted(c["student_id"] for c in body["children"]) == [q("anna"), q("boris")]
    assert {c["class_name"] for c in body["children"]} == {"5А", "6А"}


@pytest.mark.parametrize("sub, role, school, student, status", [
    ("mother", Role.GUARDIAN, None, "anna", 200),
    ("mother", Role.GUARDIAN, None, "vera", 404),  # someone else's child
    ("mother", Role.GUARDIAN, None, "nobody", 404),  # does not exist: same answer
    ("anna", Role.STUDENT, None, "anna", 200),
    ("anna", Role.STUDENT, None, "boris", 404),
    ("t-math", Role.TEACHER, SCHOOL, "anna", 200),  # teaches 5А
    ("t-math", Role.TEACHER, SCHOOL, "vera", 404),  # does not teach 6А
    ("t-math", Role.TEACHER, OTHER, "anna", 404),  # token for another school
    ("head", Role.HEAD_TEACHER, SCHOOL, "vera", 200),
    ("head", Role.HEAD_TEACHER, OTHER, "vera", 404),
    ("aud", Role.AUDITOR, None, "anna", 404),
    ("op", Role.OPERATOR, None, "anna", 404),
])
async def test_who_may_read_which_diary(seeded, sub, role, school, student, status):
    response = await diary(seeded, student, bearer(seeded, sub, role, school))
    assert response.status_code == status, response.text
    if status == 404:
        assert response.json() == {"error": {"code": "not_found", "message": "student not found"}}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Token x"}])
async def test_bad_reader_tokens_are_401(seeded, headers):
    response = await diary(seeded, "anna", headers)
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthenticated"


async def test_token_signed_with_another_secret_is_401(seeded, hub_settings):
    from hub.auth.readers import TokenService

    forged = TokenService(hub_settings(jwt_secret="x" * 40)).issue(q("mother"), Role.GUARDIAN)
    response = await diary(seeded, "anna", {"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401


@pytest.mark.parametrize("params, code", [
    ({"from": "2026-09-09", "to": "2026-09-07"}, "invalid_range"),
    ({"from": "2026-01-01", "to": "2026-12-31"}, "range_too_long"),
    ({"from": "yesterday"}, "invalid_request"),
    ({"min_position": "banana"}, "invalid_position"),
])
async def test_bad_parameters_are_422(seeded, params, code):
    response = await diary(seeded, "anna", bearer(seeded, "mother", Role.GUARDIAN), **params)
    assert response.status_code == 422 and response.json()["error"]["code"] == code


async def test_min_position_reports_whether_the_views_caught_up(running):
    headers = running.vendor([SCHOOL])
    body = (await running.http.post("/v1/ingest/native", json=school_records(), headers=headers)).json()
    last = body["results"][-1]["events"][0]["position"]
    reader = bearer(running, "mother", Role.GUARDIAN)
    before = (await running.http.get("/v1/me/children", params={"min_position": last}, headers=reader)).json()
    assert before["caught_up"] is False and before["children"] == []
    await project_all(running.hub.log, running.hub.views)
    after = (await running.http.get("/v1/me/children", params={"min_position": last}, headers=reader)).json()
    assert after["caught_up"] is True and len(after["children"]) == 2


async def test_openapi_and_health(running):
    assert (await running.http.get("/healthz")).json() == {"status": "ok"}
    spec = (await running.http.get("/openapi.json")).json()
    assert {"/v1/ingest/{adapter}", "/v1/students/{student_id}/diary", "/v1/me/children"} <= set(spec["paths"])
