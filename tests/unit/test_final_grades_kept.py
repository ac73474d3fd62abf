"""What the final grades read from what the projector keeps (final_grades v3, diary v5): the subjects taught
(``final_grades_class_subjects`` candidates, each asked of the diary's lessons in the year's span) and each mark
under its filed subject and day. A lesson cancelled, moved out of the periods or sent again with another subject
changes the answer at once, in one batch or one event at a time, and the tables equal a rebuild.
"""

from __future__ import annotations

import pytest

from hub.projector import versions
from projections import ALL_PROJECTIONS, final_grades, progress
from projections.base import table_digest
from tests.projecting import empty_views, project
from tests.unit.test_projections_diary import ev, grade, school

Q1 = ev("reporting_period.defined", period_id="q1", kind="quarter", number=1, name="1 четверть", academic_year=2024,
        starts_on="2024-09-01", ends_on="2024-10-27")


def lesson(lesson_id: str, subject: str, date: str) -> object:
    return ev("lesson.scheduled", lesson_id=lesson_id, class_id="5a", subject_id=subject, date=date, slot=4)


def shown(engine) -> dict[str, list[tuple[int, object]]]:
    """anna's final grades: per subject, per period (marks, average value)."""
    with engine.connect() as conn:
        body = final_grades.read_final_grades(conn, progress.student_context(conn, "anna"), 2024)
    return {s["subject"]["id"]: [(p["marks_count"], (p["average"] or {}).get("value")) for p in s["periods"]]
            for s in body["subjects"]}


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, versions.live_table_map(conn, ALL_PROJECTIONS).values())


@pytest.mark.parametrize("per_event", [False, True])
def test_a_subject_is_taught_while_a_lesson_of_it_is_in_the_periods_and_not_cancelled(engine, per_event):
    project(engine, school() + [Q1, lesson("L9", "art", "2024-09-05")], per_event)
    assert set(shown(engine)) == {"math", "eng", "art"}
    project(engine, [ev("lesson.cancelled", lesson_id="L9", reason="ill")], per_event)
    assert set(shown(engine)) == {"math", "eng"}
    project(engine, [lesson("L8", "art", "2024-11-05")], per_event)  # after the only period: not in its span
    assert set(shown(engine)) == {"math", "eng"}
    project(engine, [lesson("L8", "art", "2024-10-01")], per_event)  # moved into it
    assert set(shown(engine)) == {"math", "eng", "art"}
    project(engine, [lesson("L8", "music", "2024-10-01")], per_event)  # the same lesson, another subject
    assert set(shown(engine)) == {"math", "eng", "music"}


@pytest.mark.parametrize("per_event", [False, True])
def test_a_mark_counts_under_its_lessons_subject_and_day_as_they_change(engine, per_event):
    events = school() + [Q1, ev("grade.recorded", **grade("G1", "5", 100.0, lesson_id="L1")),
                         ev("grade.recorded", **grade("G2", "3", 50.0, lesson_id="L1", subject_id="math"))]
    project(engine, events, per_event)
    assert shown(engine)["math"] == [(2, 4.0)]
    changed = [lesson("L1", "eng", "2024-09-02")]  # L1 is an English lesson after all: G1 goes, G2 stays
    project(engine, changed, per_event)
    assert (shown(engine)["math"], shown(engine)["eng"]) == ([(1, 3.0)], [(1, 5.0)])
    moved = [lesson("L1", "eng", "2024-11-02")]  # out of the only period: G1 and G2 (filed on its day) nowhere
    project(engine, moved, per_event)
    assert (shown(engine)["math"], shown(engine)["eng"]) == ([(0, None)], [(0, None)])
    incremental = digest(engine)
    empty_views(engine)
    project(engine, events + changed + moved)
    assert digest(engine) == incremental
