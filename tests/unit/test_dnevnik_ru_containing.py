"""The containing scopes of Dnevnik.ru answers (``adapters/dnevnik_ru/containing.py``; found by dnevnik_ru_7:
attendance-07, no-mark-04/05): a lesson's log is complete for that lesson's attendance, ``works/many`` for every work
its body asks for, a lesson's works for that lesson's works; entries and marks name the scopes they belong to."""

from __future__ import annotations

from tests.dnevnik_world import World, env
from tests.unit.test_dnevnik_ru_routes import A, ctx, run

W = World()


def test_an_entry_belongs_to_its_lessons_log_and_the_lessons_log_is_complete_for_it():
    entry = W.entry()
    ranged = A.translate(env(f"GET /v2/persons/{W.pupil}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
                             [entry]), ctx())
    assert list(ranged.scopes.values()) == [((f"lesson-log:{W.lesson}", f"person:{W.pupil}"),)]
    assert ranged.contains == []  # a pupil's range says nothing of the lesson's other entries
    whole = A.translate(env(f"GET /v2/lessons/{W.lesson}/log-entries", [entry]), ctx())
    assert whole.contains == [(f"lesson-log:{W.lesson}", frozenset({f"person:{W.pupil}"}))]
    not_set = A.translate(env(f"GET /v2/lessons/{W.lesson}/log-entries", [{**entry, "status": "NotSet"}]), ctx())
    assert not_set.contains == [(f"lesson-log:{W.lesson}", frozenset())]  # "no entry": the entry is gone


def test_a_mark_belongs_to_its_work_and_the_works_answers_are_complete_for_the_works_they_name():
    *_, marks = run([*W.lessons_first(), env(f"GET /v2/lessons/{W.lesson}/marks", [W.mark_obj()])])
    work = f"work:{W.work}"
    assert list(marks.scopes.values()) == [((work, work), (f"lesson-works:{W.lesson}", work))]
    many = A.translate(env("POST /v2/works/many", [W.work_obj()], [W.work, W.homework]), ctx())
    assert sorted(many.contains) == sorted([(work, frozenset({work})), (f"work:{W.homework}", frozenset())])
    of_lesson = A.translate(env(f"GET /v2/lessons/{W.lesson}/works", []), ctx())
    assert of_lesson.contains == [(f"lesson-works:{W.lesson}", frozenset())]
    unreadable_body = A.translate(env("POST /v2/works/many", [], {"ids": [W.work]}), ctx())
    assert unreadable_body.contains == []  # asks for nothing the hub can name: deletes nothing
