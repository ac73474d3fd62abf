"""The day the diary files a mark, homework or attendance entry under is kept on its row (``projections.lesson_days``)
and read through a ``(student or class, day)`` index: when a lesson moves, what was given at it moves weeks with it,
on SQLite and PostgreSQL, one event per batch (incremental) or all in one batch (a rebuild), in any order.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hub.projector import versions
from projections import ALL_PROJECTIONS, diary as diary_projection
from projections.base import table_digest
from tests.projecting import empty_views, project
from tests.unit.test_projections_diary import MON, diary, ev, grade, school

WEEK2 = (dt.date(2024, 9, 9), dt.date(2024, 9, 15))
THU2 = dt.date(2024, 9, 12)


def moved(lesson_id: str = "L1", date: str = "2024-09-12") -> object:
    """``L1`` (math, 5a, Monday 2 September) scheduled again on Thursday of the next week."""
    return ev("lesson.scheduled", lesson_id=lesson_id, class_id="5a", subject_id="math", date=date, slot=2,
              starts_at="09:00:00", teacher_id="t1", topic="Fractions")


def given_at_l1() -> list:
    """A mark (its own date the lesson's first one), homework set at L1 and anna's attendance there."""
    return [
        ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1", date="2024-09-02")),
        ev("homework.assigned", homework_id="H1", class_id="5a", subject_id="math", lesson_id="L1",
           due_on="2024-10-01", text="No. 412"),
        ev("attendance.marked", student_id="anna", lesson_id="L1", status="absent"),
    ]


def stored(engine) -> dict[str, dt.date | None]:
    """The stored days of G1, H1 and anna's attendance at L1."""
    m, h, a = (versions.physical(t, diary_projection.PROJECTION.version) for t in
               (diary_projection.marks, diary_projection.homework, diary_projection.attendance))
    with engine.connect() as conn:
        return {"mark": conn.execute(select(m.c.day).where(m.c.grade_id == "G1")).scalar(),
                "homework": conn.execute(select(h.c.set_on).where(h.c.homework_id == "H1")).scalar(),
                "attendance": conn.execute(select(a.c.day).where(a.c.lesson_id == "L1")).scalar()}


def at_l1(days: list[dict]) -> list[tuple]:
    """Where L1's things show in a range: (date, lesson id, marks, homework, attendance status), and stray marks."""
    shown = [(day["date"], lesson["lesson_id"], [m["grade_id"] for m in lesson["marks"]],
              [h["homework_id"] for h in lesson["homework"]], (lesson["attendance"] or {}).get("status"))
             for day in days for lesson in day["lessons"] if lesson["lesson_id"] == "L1"]
    strays = [(day["date"], m["grade_id"]) for day in days for m in day["marks_without_lesson"]]
    return shown + strays


def assert_moved(engine) -> None:
    assert stored(engine) == {"mark": THU2, "homework": THU2, "attendance": THU2}
    assert at_l1(diary(engine, "anna", MON, MON + dt.timedelta(6))) == []
    assert at_l1(diary(engine, "anna", *WEEK2)) == [(THU2, "L1", ["G1"], ["H1"], "absent")]


@pytest.mark.parametrize("per_event", [True, False])
@pytest.mark.parametrize("order", ["lesson moved after", "lesson moved before"])
def test_a_lesson_moved_to_another_week_takes_its_marks_homework_and_attendance(engine, per_event, order):
    events = school() + (given_at_l1() + [moved()] if order == "lesson moved after" else [moved()] + given_at_l1())
    project(engine, events, per_event)
    assert_moved(engine)


def test_the_days_moved_incrementally_equal_a_rebuild(engine):
    events = school() + given_at_l1() + [moved("L1", "2024-09-20"), moved()]
    project(engine, events, per_event=True)
    incremental = digest(engine)
    empty_views(engine)
    project(engine, events)
    assert digest(engine) == incremental
    assert_moved(engine)


def test_a_mark_before_its_lesson_is_filed_under_the_lesson_once_it_comes(engine):
    project(engine, school()[:-3] + [ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1",
                                                                   date="2024-09-03"))])
    assert stored(engine)["mark"] == dt.date(2024, 9, 3)  # no lesson yet: its own date
    project(engine, [moved()])
    assert stored(engine)["mark"] == THU2


def test_a_mark_pointed_at_another_lesson_moves_with_it(engine):
    project(engine, school() + [ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1"))])
    assert stored(engine)["mark"] == MON
    project(engine, [ev("grade.amended", **grade("G1", "4", 75.0, lesson_id="L3"))])
    assert stored(engine)["mark"] == dt.date(2024, 9, 4)
    project(engine, [ev("grade.amended", **grade("G1", "4", 75.0, date="2024-09-13", subject_id="math"))])
    assert stored(engine)["mark"] == dt.date(2024, 9, 13)  # no lesson: its own date
    (friday,) = [day for day in diary(engine, "anna", *WEEK2) if day["marks_without_lesson"]]
    assert (friday["date"], [m["grade_id"] for m in friday["marks_without_lesson"]]) == (dt.date(2024, 9, 13),
                                                                                          ["G1"])


def test_a_cancelled_lesson_keeps_its_day(engine):
    project(engine, school() + given_at_l1())
    project(engine, [ev("lesson.cancelled", lesson_id="L1", reason="ill")])
    assert stored(engine) == {"mark": MON, "homework": MON, "attendance": MON}


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, versions.live_table_map(conn, ALL_PROJECTIONS).values())


# A mark's filed subject (diary v5): its own subject, else its lesson's, and it follows a lesson sent again with
# another subject ------------------------------------------------------------------------------------------------


def as_english(lesson_id: str = "L1") -> object:
    """``L1`` sent again, same day, as an English lesson."""
    return ev("lesson.scheduled", lesson_id=lesson_id, class_id="5a", subject_id="eng", date="2024-09-02", slot=2,
              starts_at="09:00:00", teacher_id="t1", topic="Fractions")


def filed_subjects(engine) -> dict[str, str | None]:
    m = versions.physical(diary_projection.marks, diary_projection.PROJECTION.version)
    with engine.connect() as conn:
        return dict(conn.execute(select(m.c.grade_id, m.c.filed_subject).order_by(m.c.grade_id)).all())


def marks_g1_g2() -> list:
    """G1 at L1 without a subject of its own; G2 at L1 with its own (math); G3 without a lesson, its own (eng)."""
    return [ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1")),
            ev("grade.recorded", **grade("G2", "4", 75.0, lesson_id="L1", subject_id="math")),
            ev("grade.recorded", **grade("G3", "3", 50.0, date="2024-09-03", subject_id="eng"))]


@pytest.mark.parametrize("per_event", [True, False])
@pytest.mark.parametrize("order", ["lesson changed after", "lesson changed before"])
def test_a_mark_is_filed_under_its_own_subject_else_its_lessons_which_may_change(engine, per_event, order):
    events = school() + (marks_g1_g2() + [as_english()] if order == "lesson changed after"
                         else [as_english()] + marks_g1_g2())
    project(engine, events, per_event)
    assert filed_subjects(engine) == {"G1": "eng", "G2": "math", "G3": "eng"}


def test_a_mark_before_its_lesson_takes_the_lessons_subject_once_it_comes(engine):
    project(engine, school()[:-3] + [ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1"))])
    assert filed_subjects(engine) == {"G1": None}  # no lesson yet, no subject of its own
    project(engine, [as_english()])
    assert filed_subjects(engine) == {"G1": "eng"}
    project(engine, [moved()])  # back to math, another week: day and subject both follow
    assert filed_subjects(engine) == {"G1": "math"} and stored(engine)["mark"] == THU2


def test_the_subjects_changed_incrementally_equal_a_rebuild(engine):
    events = school() + marks_g1_g2() + [as_english(), moved(), as_english()]
    project(engine, events, per_event=True)
    incremental = digest(engine)
    empty_views(engine)
    project(engine, events)
    assert digest(engine) == incremental
    assert filed_subjects(engine) == {"G1": "eng", "G2": "math", "G3": "eng"}
