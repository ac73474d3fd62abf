"""A pupil who leaves a class or subgroup and comes back has two stays in it (``projections.roster_stays``), on
both stacks: his diary and his week show the lessons and holidays of both stays and nothing of the days between;
the roster row stays the envelope (first start, open again); a rebuild from the log, one event per batch, equals
the incremental views. Found by ``contracts/journeys/elzhur_19`` (a pupil in English group 1, in group 2 for a
week, then in group 1 again).

7А has math for the whole class and English in two subgroups; 7Б has math. Кира is in 7А all along, in English
group 1 until Mon 12 Oct, in group 2 that week, in group 1 again from Mon 19. Лев is in 7А, moves to 7Б on Mon 12
and back to 7А on Mon 19."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hub.auth.readers import Role
from hub.projector.runner import project_all
from projections import ALL_PROJECTIONS, progress, roster, statistics
from projections.base import table_digest
from tests import views_scenario as sc
from tests.integration.test_views_rebuild import fresh_engine  # noqa: F401 (a fixture)

S = "sch-s"
MONDAYS = ("2026-10-05", "2026-10-12", "2026-10-19")


def s(local: str) -> str:
    return sc.q(local, S)


def _rec(kind: str, record_id: str, data: dict) -> dict:
    return sc.rec(kind, record_id, data, S)


def _enrol(record_id: str, student: str, cls: str, on: str) -> dict:
    return _rec("student.enrolled", record_id, {"student_id": student, "class_id": cls, "enrolled_on": on,
                                                "name": {"last_name": student.title(), "first_name": "Тест"}})


def _withdraw(record_id: str, student: str, cls: str, on: str) -> dict:
    return _rec("student.withdrawn", record_id, {"student_id": student, "class_id": cls, "withdrawn_on": on})


def roster_records() -> list[dict]:
    cls = lambda cid, name, parent=None: _rec("class.defined", cid, {  # noqa: E731
        "class_id": cid, "name": name, "academic_year": 2026, **({"parent_class_id": parent} if parent else {})})
    return [
        _rec("school.registered", "school", {"name": "Школа S"}),
        _rec("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        _rec("subject.defined", "s-eng", {"subject_id": "eng", "name": "Английский язык"}),
        cls("7a", "7А"), cls("7a-g1", "7А 1 группа", "7a"), cls("7a-g2", "7А 2 группа", "7a"), cls("7b", "7Б"),
        _enrol("e-kira-7a", "kira", "7a", "2026-09-01"), _enrol("e-kira-g1", "kira", "7a-g1", "2026-09-01"),
        _withdraw("w-kira-g1", "kira", "7a-g1", "2026-10-12"), _enrol("e-kira-g2", "kira", "7a-g2", "2026-10-12"),
        _withdraw("w-kira-g2", "kira", "7a-g2", "2026-10-19"), _enrol("e-kira-g1-back", "kira", "7a-g1", "2026-10-19"),
        _enrol("e-lev-7a", "lev", "7a", "2026-09-01"), _withdraw("w-lev-7a", "lev", "7a", "2026-10-12"),
        _enrol("e-lev-7b", "lev", "7b", "2026-10-12"), _withdraw("w-lev-7b", "lev", "7b", "2026-10-19"),
        _enrol("e-lev-7a-back", "lev", "7a", "2026-10-19"),
        _rec("holiday.defined", "h-7a", {"holiday_id": "h-7a", "class_id": "7a", "name": "День 7А",
                                         "academic_year": 2026, "starts_on": "2026-10-13", "ends_on": "2026-10-13"}),
    ]


def lesson_records() -> list[dict]:
    lessons = []
    for n, day in enumerate(MONDAYS):
        for cls, subject, slot in (("7a", "math", 1), ("7b", "math", 1), ("7a-g1", "eng", 2), ("7a-g2", "eng", 2)):
            lid = f"l-{cls}-{n}"
            lessons.append(_rec("lesson.scheduled", lid, {"lesson_id": lid, "class_id": cls, "subject_id": subject,
                                                          "date": day, "slot": slot}))
    return lessons


SEEN = {  # by pupil: each Monday's lessons (their classes), and the days with a holiday
    "kira": ({"2026-10-05": ["7a", "7a-g1"], "2026-10-12": ["7a", "7a-g2"], "2026-10-19": ["7a", "7a-g1"]},
             ["2026-10-13"]),
    "lev": ({"2026-10-05": ["7a"], "2026-10-12": ["7b"], "2026-10-19": ["7a"]}, []),
}


async def _diary(running, student: str) -> tuple[dict[str, list[str]], list[str]]:
    response = await running.http.get(f"/v1/students/{s(student)}/diary",
                                      params={"from": MONDAYS[0], "to": MONDAYS[-1]},
                                      headers=sc.bearer(running, "head", Role.HEAD_TEACHER, S))
    assert response.status_code == 200, response.text
    days = response.json()["days"]
    lessons = {day["date"]: [_class_of(lesson) for lesson in day["lessons"]] for day in days if day["lessons"]}
    return lessons, [day["date"] for day in days if day["holidays"]]


def _iso_week(day: str) -> str:
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02}"


def _class_of(lesson: dict) -> str:
    """The class of one of these lessons, from its id (``native:sch-s:l-<class>-<n>``)."""
    return lesson["lesson_id"].split(":")[-1][2:-2]


def _classes_of(lessons: dict[str, list[str]]) -> dict[str, list[str]]:
    return {day: sorted(ids) for day, ids in lessons.items()}


@pytest.mark.parametrize("student", ["kira", "lev"])
async def test_a_pupil_who_leaves_and_returns_sees_both_stays_and_nothing_between(running, student):
    await sc.seed(running, [*roster_records(), *lesson_records()], [S])
    lessons, holidays = await _diary(running, student)
    assert _classes_of(lessons) == SEEN[student][0]
    assert holidays == SEEN[student][1]  # 7А's holiday of Tue 13: not Лев's (in 7Б that week)


@pytest.mark.parametrize("student", ["kira", "lev"])
async def test_his_week_leaves_out_the_days_between_his_stays(running, student):
    await sc.seed(running, [*roster_records(), *lesson_records()], [S])
    shown = {}
    for monday in MONDAYS:
        response = await running.http.get(f"/v1/students/{s(student)}/schedule", params={"week": _iso_week(monday)},
                                          headers=sc.bearer(running, "head", Role.HEAD_TEACHER, S))
        assert response.status_code == 200, response.text
        for day in response.json()["days"]:
            if day["lessons"]:
                shown[day["date"]] = sorted(map(_class_of, day["lessons"]))
    assert shown == SEEN[student][0]


async def test_the_roster_keeps_the_envelope_of_his_stays(running):
    await sc.seed(running, roster_records(), [S])
    e, g = roster.enrolments, roster.enrolment_gaps
    with running.hub.views.connect() as conn:
        rows = conn.execute(select(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on)
                            .where(e.c.student_id.in_([s("kira"), s("lev")])).order_by(e.c.class_id)).all()
        gaps = conn.execute(select(g.c.student_id, g.c.class_id, g.c.left_on, g.c.returned_on)
                            .order_by(g.c.student_id)).all()
    assert [(c.split(":")[-1], str(on), off and str(off)) for c, on, off in rows] == [
        ("7a", "2026-09-01", None), ("7a", "2026-09-01", None), ("7a-g1", "2026-09-01", None),
        ("7a-g2", "2026-10-12", "2026-10-19"), ("7b", "2026-10-12", "2026-10-19")]
    assert [(st.split(":")[-1], c.split(":")[-1], str(a), str(b)) for st, c, a, b in gaps] == [
        ("kira", "7a-g1", "2026-10-12", "2026-10-19"), ("lev", "7a", "2026-10-12", "2026-10-19")]


async def test_rebuild_one_event_per_batch_equals_the_incremental_views(running, fresh_engine):
    body = (await running.http.post("/v1/ingest/native", json=[*roster_records(), *lesson_records()],
                                    headers=running.vendor([S]))).json()
    assert body["summary"]["rejected"] == 0, body
    await project_all(running.hub.log, running.hub.views, batch_size=1)
    await project_all(running.hub.log, fresh_engine)
    tables = [table for projection in ALL_PROJECTIONS for table in projection.tables]
    with running.hub.views.connect() as incremental, fresh_engine.connect() as rebuilt:
        assert table_digest(rebuilt, tables) == table_digest(incremental, tables)
        assert rebuilt.execute(select(roster.enrolment_gaps)).all() == \
            incremental.execute(select(roster.enrolment_gaps)).all()


async def test_class_statistics_count_no_lesson_of_the_days_between_his_stays(running):
    """7А's math lessons held times its pupils in class on their dates: Кира 3, Лев 2 (not Mon 12, in 7Б); a mark
    without a lesson dated Tue 13 counts for 7Б, his class that day, not for 7А."""
    mark = _rec("grade.recorded", "g-lev", {"grade_id": "g-lev", "student_id": "lev", "subject_id": "math",
                                            "date": "2026-10-13", "value": "5", "scale": "five_point"})
    await sc.seed(running, [*roster_records(), *lesson_records(), mark], [S])
    period = statistics.Period("q", "q", "quarter", dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    with running.hub.views.connect() as conn:
        school = conn.execute(select(roster.classes.c.school_id).where(roster.classes.c.class_id == s("7a"))).scalar()
        sums = statistics.partial(conn, school, period, [s("7a"), s("7b")])
    held = {cls.split(":")[-1]: 0 for cls in (s("7a"), s("7b"))}
    for (cls, subject, _teacher), count in sums.student_lessons.items():
        held[cls.split(":")[-1]] += count if subject == s("math") else 0
    assert held == {"7a": 5, "7b": 1}
    assert {key[0].split(":")[-1] for key in sums.marks} == {"7b"}


async def test_the_student_views_place_him_in_a_class_only_during_his_stays(running):
    """The subject view and final grades read the pupil's classes per day (``progress.StudentContext``)."""
    await sc.seed(running, roster_records(), [S])
    with running.hub.views.connect() as conn:
        lev = progress.student_context(conn, s("lev"))
    assert [lev.enrolled(s("7a"), dt.date.fromisoformat(day)) for day in MONDAYS] == [True, False, True]
    assert [lev.enrolled(s("7b"), dt.date.fromisoformat(day)) for day in MONDAYS] == [False, True, False]
