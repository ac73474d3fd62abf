"""Kept answers (``hub.api.answer_cache``, ``hub.projector.stamps``): a year of final grades read again goes out
as the bytes it went out as, until an event changes one of its scopes (the student's own rows, his school's) or a
rebuild switches a version; then it is computed again and shows the change. Each test reads through the API,
on both stacks (embedded; Kafka + PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from hub.api import answer_cache
from hub.auth.readers import Role
from hub.projector import stamps
from hub.projector.rebuild import rebuild
from projections import final_grades
from projections import get
from tests import views_scenario as sc
from tests.views_scenario import q

STABLE = ("log_positions", "caught_up")


async def _read(running, student: str = "anna", guardian: str = "mother") -> dict[str, Any]:
    response = await running.http.get(f"/v1/students/{q(student)}/final-grades", params={"year": "2026"},
                                      headers=sc.bearer(running, q(guardian), Role.GUARDIAN))
    assert response.status_code == 200, response.text
    return {k: v for k, v in response.json().items() if k not in STABLE}


def _kept(running) -> int:
    with running.hub.views.connect() as conn:
        return conn.execute(select(func.count()).select_from(stamps.answers)).scalar_one()


@pytest.fixture
def computed(monkeypatch) -> list[str]:
    """The students whose final grades were computed from the views (not taken from the kept answers)."""
    seen: list[str] = []
    compute = final_grades.read_final_grades

    def counting(conn, student, year, subjects=None):  # noqa: ANN001, ANN202
        seen.append(student.student_id)
        return compute(conn, student, year, subjects)

    monkeypatch.setattr(final_grades, "read_final_grades", counting)
    return seen


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, sc.all_records(), [sc.Q, sc.T])


async def test_a_second_read_is_the_kept_answer_byte_for_byte(seeded, computed):
    first = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                  headers=sc.bearer(seeded, q("mother"), Role.GUARDIAN))
    second = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                   headers=sc.bearer(seeded, q("mother"), Role.GUARDIAN))
    assert computed == [q("anna")]  # the second read computed nothing
    assert second.content == first.content and _kept(seeded) == 1
    assert second.headers["content-type"] == "application/json"


async def test_a_mark_of_the_student_shows_at_the_next_read(seeded, computed):
    before = await _read(seeded)
    await sc.seed(seeded, [sc._grade("g-new", "anna", "2", lesson_id="lm1")], [sc.Q])
    after = await _read(seeded)
    assert computed == [q("anna"), q("anna")]
    math_before, math_after = (next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
                               for body in (before, after))
    assert sum(c["marks_count"] for c in math_after["periods"]) == sum(
        c["marks_count"] for c in math_before["periods"]) + 3  # its quarter, half-year and year count it


async def test_another_students_mark_keeps_the_answer(seeded, computed):
    await _read(seeded)
    await sc.seed(seeded, [sc._grade("g-boris", "boris", "5", lesson_id="lm1")], [sc.Q])
    await _read(seeded)
    assert computed == [q("anna")]


async def test_a_change_of_the_school_shows_at_the_next_read(seeded, computed):
    await _read(seeded)
    await sc.seed(seeded, [sc.rec("subject.defined", "s-math-renamed", {"subject_id": "math", "name": "Алгебра"},
                                  revision=2)], [sc.Q])
    after = await _read(seeded)
    assert computed == [q("anna"), q("anna")]
    assert next(s for s in after["subjects"] if s["subject"]["id"] == q("math"))["subject"]["name"] == "Алгебра"


async def test_a_new_build_of_the_read_code_computes_again(seeded, computed, monkeypatch):
    await _read(seeded)
    monkeypatch.setattr(answer_cache, "reader_digest", lambda: "another-build")  # an upgrade, no new version
    await _read(seeded)
    await _read(seeded)
    assert computed == [q("anna"), q("anna")]  # computed again once, then kept under the new build's stamp


def test_the_read_codes_digest_follows_its_source(tmp_path):
    (tmp_path / "views.py").write_text("A = 1\n")
    first = answer_cache.reader_digest((tmp_path,))
    (tmp_path / "views.py").write_text("A = 2\n")
    assert answer_cache.reader_digest((tmp_path,)) == first  # one digest per process (cached)
    answer_cache.reader_digest.cache_clear()
    assert answer_cache.reader_digest((tmp_path,)) != first
    assert answer_cache.reader_digest() == answer_cache.reader_digest()


async def test_a_teachers_answer_is_never_kept(seeded, computed):
    for _ in range(2):
        response = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                         headers=sc.bearer(seeded, q("t-math"), Role.TEACHER, sc.Q))
        assert response.status_code == 200, response.text
    assert computed == [q("anna"), q("anna")] and _kept(seeded) == 0


async def test_a_switched_version_changes_the_stamp(seeded, computed):
    await _read(seeded)
    result = await rebuild(seeded.hub.log, seeded.hub.views, get("final_grades"), say=lambda _line: None)
    assert result.switched
    await _read(seeded)
    assert computed == [q("anna"), q("anna")]
    with seeded.hub.views.connect() as conn:  # the dropped version's stamps went with it
        versions = set(conn.execute(select(stamps.stamps.c.version).where(
            stamps.stamps.c.projection == "final_grades")).scalars())
    assert versions == {result.version}


def test_an_events_scope_is_its_student_for_his_own_rows_else_his_school():
    def event(kind: str, data: dict) -> Any:
        return type("Event", (), {"type": kind, "data": data, "school_id": "s"})()

    assert stamps.scope_of(event("grade.recorded", {"student_id": "a"})) == "student:a"
    assert stamps.scope_of(event("grade.amended", {"grade_id": "g"})) == "school:s"  # no student named
    assert stamps.scope_of(event("lesson.scheduled", {"lesson_id": "l", "class_id": "c"})) == "school:s"
    assert stamps.scope_of(event("identity.linked", {"student_id": "a", "alias_id": "b"})) == "school:s"
    assert answer_cache.spliced(b'{"a":1}', {"b": [2]}) == b'{"a":1,"b":[2]}'


async def _diary(running, guardian: str = "mother", student: str = "anna"):
    return await running.http.get(f"/v1/students/{q(student)}/diary", params={"from": "2026-10-19", "to": "2026-10-25"},
                                  headers=sc.bearer(running, q(guardian), Role.GUARDIAN))


@pytest.fixture
def diaries(monkeypatch) -> list[str]:
    """The students whose diary was read from the views (not taken from the kept answers)."""
    from projections import diary_reads

    seen: list[str] = []
    compute = diary_reads.read_diary

    def counting(conn, student_id, date_from, date_to, guardian_id=None):  # noqa: ANN001, ANN202
        seen.append(student_id)
        return compute(conn, student_id, date_from, date_to, guardian_id=guardian_id)

    monkeypatch.setattr(diary_reads, "read_diary", counting)
    return seen


async def test_a_diary_week_read_again_is_the_kept_answer_and_never_another_guardians(seeded, diaries):
    first, second = await _diary(seeded), await _diary(seeded)
    assert first.status_code == 200 and second.content == first.content and diaries == [q("anna")]
    refused = await _diary(seeded, guardian="father")  # Vera's father: Anna's kept week is not his to read
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "not_found"
    assert diaries == [q("anna")]


async def test_a_diary_week_shows_a_new_mark_and_a_new_lesson_at_the_next_read(seeded, diaries):
    before = (await _diary(seeded)).json()
    await sc.seed(seeded, [sc._grade("g-new-d", "anna", "3", lesson_id="lm1")], [sc.Q])
    marked = (await _diary(seeded)).json()
    await sc.seed(seeded, [sc._lesson("lm-new", "5a", "math", "2026-10-23", slot=6)], [sc.Q])
    scheduled = (await _diary(seeded)).json()
    assert diaries == [q("anna")] * 3

    def marks(body: dict) -> int:
        return sum(len(lesson["marks"]) for day in body["days"] for lesson in day["lessons"])

    def lessons(body: dict) -> int:
        return sum(len(day["lessons"]) for day in body["days"])

    assert marks(marked) == marks(before) + 1 and lessons(scheduled) == lessons(before) + 1
