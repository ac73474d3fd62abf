"""The containing scopes of Dnevnik.ru answers (``adapters/dnevnik_ru/containing.py``; found by dnevnik_ru_7:
attendance-07, no-mark-04/05): a lesson's log is complete for that lesson's attendance, ``works/many`` for every work
its body asks for, a lesson's works for that lesson's works; entries and marks name the scopes they belong to."""

from __future__ import annotations

from tests.dnevnik_world import SCHOOL_VENDOR, World, env
from tests.unit.test_dnevnik_ru_routes import A, ctx, run

W = World()


def test_an_entry_belongs_to_its_lessons_log_and_the_lessons_log_is_complete_for_it():
    entry = W.entry()
    ranged = A.translate(env(f"GET /v2/persons/{W.pupil}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
                             [entry]), ctx())
    assert list(ranged.scopes.values()) == [((f"lesson-log:{W.lesson}", f"person:{W.pupil}"),
                                             (f"person-lesson-log:{W.pupil}|{W.lesson}", f"person:{W.pupil}"))]
    assert ranged.contains == []  # its lesson unknown: on no day; and it says nothing of a classmate's entries
    whole = A.translate(env(f"GET /v2/lessons/{W.lesson}/log-entries", [entry]), ctx())
    assert whole.contains == [(f"lesson-log:{W.lesson}", frozenset({f"person:{W.pupil}"}))]
    not_set = A.translate(env(f"GET /v2/lessons/{W.lesson}/log-entries", [{**entry, "status": "NotSet"}]), ctx())
    assert not_set.contains == [(f"lesson-log:{W.lesson}", frozenset())]  # "no entry": the entry is gone


def test_a_mark_belongs_to_its_work_and_the_works_answers_are_complete_for_the_works_they_name():
    *_, marks = run([*W.lessons_first(), env(f"GET /v2/lessons/{W.lesson}/marks", [W.mark_obj()])])
    work = f"work:{W.work}"
    assert list(marks.scopes.values())[0][:2] == ((work, work), (f"lesson-works:{W.lesson}", work))
    many = A.translate(env("POST /v2/works/many", [W.work_obj()], [W.work, W.homework]), ctx())
    assert sorted(many.contains) == sorted([(work, frozenset({work})), (f"work:{W.homework}", frozenset())])
    of_lesson = A.translate(env(f"GET /v2/lessons/{W.lesson}/works", []), ctx())
    assert of_lesson.contains == [(f"lesson-works:{W.lesson}", frozenset())]
    unreadable_body = A.translate(env("POST /v2/works/many", [], {"ids": [W.work]}), ctx())
    assert unreadable_body.contains == []  # asks for nothing the hub can name: deletes nothing


def test_a_works_marks_are_the_whole_marks_of_that_work_whichever_answer_brought_them():
    """dnevnik_ru_78 (no-mark-003): §3.1 ``works/{w}/marks`` is the list of the work's marks (a ``List<Mark>`` of
    the work, no paging, as ``lessons/{l}/marks`` is of its lesson), so it is complete for ``work-marks:<w>``: a mark
    the hub holds of that work (from a group's range) and the answer lacks was deleted. A mark belongs to its own
    work's list only, never to another work's of the same lesson; a pupil's ``persons/{p}/works/{w}/marks`` is his
    part of that list, not the whole of it (it is the whole of his part: the next test)."""
    *_, ranged = run([*W.lessons_first(), env(f"GET /v2/edu-groups/{W.group}/marks/2025-10-13/2025-10-18",
                                              [W.mark_obj()])])
    mark = f"mark:{W.mark}"
    assert (f"work-marks:{W.work}", mark) in list(ranged.scopes.values())[0]
    *_, listed, emptied, others, own = run([
        *W.lessons_first(), env(f"GET /v2/works/{W.work}/marks", [W.mark_obj()]),
        env(f"GET /v2/works/{W.work}/marks", []), env(f"GET /v2/works/{W.homework}/marks", []),
        env(f"GET /v2/persons/{W.pupil}/works/{W.work}/marks", [])])
    assert listed.contains == [(f"work-marks:{W.work}", frozenset({mark}))]
    assert emptied.contains == [(f"work-marks:{W.work}", frozenset())]
    assert others.contains == [(f"work-marks:{W.homework}", frozenset())]  # another work's list: not this mark's
    assert [scope for scope, _ in own.contains if scope.startswith("work-marks:")] == []


def test_a_pupils_own_marks_of_a_work_or_a_lesson_are_his_whole_marks_there():
    """dnevnik_ru_83 (no-mark-006, no-mark-010): §3.1 ``persons/{p}/works/{w}/marks`` and
    ``persons/{p}/lessons/{l}/marks`` (the client endpoint list of §10 item 4) are that pupil's whole list of marks
    in that work, in that lesson, as ``works/{w}/marks`` and ``lessons/{l}/marks`` are of all pupils': complete for
    ``person-work-marks:<p>|<w>`` and ``person-lesson-marks:<p>|<l>``. A mark belongs to its own pupil's lists, never
    to a classmate's."""
    mark = f"mark:{W.mark}"
    *_, ranged, by_work, by_lesson, empty_work, empty_lesson, twin = run([
        *W.lessons_first(), env(f"GET /v2/edu-groups/{W.group}/marks/2025-10-13/2025-10-18", [W.mark_obj()]),
        env(f"GET /v2/persons/{W.pupil}/works/{W.work}/marks", [W.mark_obj()]),
        env(f"GET /v2/persons/{W.pupil}/lessons/{W.lesson}/marks", [W.mark_obj()]),
        env(f"GET /v2/persons/{W.pupil}/works/{W.work}/marks", []),
        env(f"GET /v2/persons/{W.pupil}/lessons/{W.lesson}/marks", []),
        env(f"GET /v2/persons/{W.twin}/works/{W.work}/marks", [])])
    held = list(ranged.scopes.values())[0]
    assert held[4:6] == ((f"person-lesson-marks:{W.pupil}|{W.lesson}", mark),
                         (f"person-work-marks:{W.pupil}|{W.work}", mark))
    assert by_work.contains == [(f"person-work-marks:{W.pupil}|{W.work}", frozenset({mark}))]
    assert by_lesson.contains == [(f"person-lesson-marks:{W.pupil}|{W.lesson}", frozenset({mark}))]
    assert empty_work.contains == [(f"person-work-marks:{W.pupil}|{W.work}", frozenset())]
    assert empty_lesson.contains == [(f"person-lesson-marks:{W.pupil}|{W.lesson}", frozenset())]
    assert twin.contains == [(f"person-work-marks:{W.twin}|{W.work}", frozenset())]  # the classmate's: not this mark


def test_a_period_mark_belongs_to_its_pupils_marks_of_its_work():
    """§3.13: a period mark is a Mark of its ``PeriodMark`` work, so the pupil's marks of that work hold it too."""
    period_first = [*W.roster(), env("POST /v2/works/many", [W.period_work_obj()], [W.period_work])]
    own = f"person-work-marks:{W.pupil}|{W.period_work}"
    *_, listed = run([*period_first, env(f"GET /v2/persons/{W.pupil}/works/{W.period_work}/marks", [W.final_obj()])])
    assert listed.contains == [(own, frozenset({f"mark:{W.final}"}))]
    assert (own, f"mark:{W.final}") in list(listed.scopes.values())[0]


def test_a_period_mark_belongs_to_its_works_marks_whichever_endpoint_brought_it():
    """§3.13: a period mark is an ordinary Mark of its ``PeriodMark`` work, so the work's marks list (§3.1) holds it
    too, whether a marks endpoint or a final-marks answer brought it."""
    period_first = [*W.roster(), env("POST /v2/works/many", [W.period_work_obj()], [W.period_work])]
    final = f"mark:{W.final}"
    *_, listed, finals = run([*period_first, env(f"GET /v2/works/{W.period_work}/marks", [W.final_obj()]),
                              env(f"GET /v2/edu-groups/{W.group}/subjects/{W.subject}/final-marks", [W.final_obj()])])
    assert listed.contains == [(f"work-marks:{W.period_work}", frozenset({final}))]
    for out in (listed, finals):
        assert (f"work-marks:{W.period_work}", final) in list(out.scopes.values())[0]


def test_a_range_answer_is_complete_for_each_whole_day_of_its_range_keyed_by_group_or_person():
    """dnevnik_ru_13 (no-lesson-02, no-mark-06, no-mark-01): each day is a scope of its own (``days.py``)."""
    *_, marks = run([*W.lessons_first(), env(f"GET /v2/edu-groups/{W.group}/marks/2025-10-12/2025-10-14",
                                             [W.mark_obj()])])
    mark = f"mark:{W.mark}"
    assert list(marks.scopes.values())[0][2] == (f"lesson-marks:{W.lesson}", mark)  # its lesson's marks (dnevnik_ru_65)
    assert list(marks.scopes.values())[0][3] == (f"work-marks:{W.work}", mark)  # its work's marks (dnevnik_ru_78)
    assert list(marks.scopes.values())[0][6:] == (
        (f"person-marks-day:{W.pupil}|2025-10-13", mark), (f"marks-day:{W.group}|2025-10-13", mark),
        (f"person-group-marks-day:{W.pupil}|{W.group}|2025-10-13", mark),
        (f"subject-marks-day:{W.group}|{W.subject}|2025-10-13", mark))
    assert marks.contains == [(f"marks-day:{W.group}|2025-10-12", frozenset()),
                              (f"marks-day:{W.group}|2025-10-13", frozenset({mark})),
                              (f"marks-day:{W.group}|2025-10-14", frozenset())]
    own = A.translate(env(f"GET /v2/persons/{W.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-13T00:00:00/2025-10-13T23:59:59",
                          []), ctx())
    assert own.contains == [(f"person-marks-day:{W.pupil}|2025-10-13", frozenset())]
    subject = A.translate(env(f"GET /v2/edu-groups/{W.group}/subjects/{W.subject}/marks/2025-10-13/2025-10-13", []),
                          ctx())  # dnevnik_ru_21 (no-mark-05): narrowed to the subject, and to the pupil in a group
    assert subject.contains == [(f"subject-marks-day:{W.group}|{W.subject}|2025-10-13", frozenset())]
    in_group = A.translate(env(f"GET /v2/persons/{W.pupil}/edu-groups/{W.group}/marks/2025-10-13/2025-10-13", []),
                           ctx())
    assert in_group.contains == [(f"person-group-marks-day:{W.pupil}|{W.group}|2025-10-13", frozenset())]
    lessons = A.translate(W.lessons_first()[-1], ctx())
    assert (f"lessons-day:{W.group}|2025-10-13", frozenset({f"lesson:{W.lesson}"})) in lessons.contains
    assert len(lessons.contains) == 7  # 10-13 .. 10-18, and the lesson's works (§3.4)


def test_a_mark_set_on_another_day_than_its_lessons_joins_no_day():
    *_, marks = run([*W.lessons_first(), env(f"GET /v2/lessons/{W.lesson}/marks",
                                             [{**W.mark_obj(), "date": "2025-10-20T10:00:00"}])])
    assert list(marks.scopes.values())[0][6] == (f"person-marks-day:{W.pupil}|2025-10-13~2025-10-20",
                                                 f"mark:{W.mark}")


def test_a_range_covering_both_a_late_marks_lesson_day_and_its_own_day_is_complete_for_it():
    """dnevnik_ru_44 (no-mark-001): whichever date §3.1 means a range to select by, a range covering both the
    lesson's day (10-13) and the mark's own (10-20) would hold the mark; one covering only one of them says nothing
    of it."""
    late = env(f"GET /v2/lessons/{W.lesson}/marks", [{**W.mark_obj(), "date": "2025-10-20T10:00:00"}])
    pair, mark = "2025-10-13~2025-10-20", f"mark:{W.mark}"
    group = f"GET /v2/edu-groups/{W.group}/marks"
    *_, both, lesson_only, mark_only, own, holding = run([
        *W.lessons_first(), late, env(f"{group}/2025-10-12/2025-10-21", []),
        env(f"{group}/2025-10-06/2025-10-19", []), env(f"{group}/2025-10-14/2025-10-24", []),
        env(f"GET /v2/persons/{W.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-13/2025-10-20", []),
        env(f"{group}/2025-10-13/2025-10-20", [{**W.mark_obj(), "date": "2025-10-20T10:00:00"}])])
    assert (f"marks-day:{W.group}|{pair}", frozenset()) in both.contains
    assert not [scope for scope, _ in lesson_only.contains + mark_only.contains if "~" in scope]
    assert [c for c in own.contains if "~" in c[0]] == [(f"person-marks-day:{W.pupil}|{pair}", frozenset())]
    assert (f"marks-day:{W.group}|{pair}", frozenset({mark})) in holding.contains
    lessons = A.translate(W.lessons_first()[-1], ctx())
    assert not [scope for scope, _ in lessons.contains if "~" in scope]  # lessons have no such day


def test_the_days_a_range_covers_whole_in_the_schools_zone():
    from datetime import date
    from zoneinfo import ZoneInfo

    from adapters.dnevnik_ru.days import whole_days

    tz = ZoneInfo("Europe/Moscow")
    assert whole_days("2026-11-20T00:00:00", "2026-11-20T23:59:59", tz) == [date(2026, 11, 20)]
    assert whole_days("2026-11-20", "2026-11-21", tz) == [date(2026, 11, 20), date(2026, 11, 21)]
    assert whole_days("2026-11-19T08:00:00", "2026-11-21T00:00:00", tz) == [date(2026, 11, 20)]
    assert whole_days("2026-11-19T21:00:00Z", "2026-11-20T20:59:59Z", tz) == [date(2026, 11, 20)]
    assert whole_days("2026-11-20", "2026-11-19", tz) == []
    assert whole_days("2026-01-01", "2026-12-31", tz) == []  # longer than MAX_DAYS: no day
    assert whole_days("2026-11-20T10:00:99", "2026-11-21", tz) == []  # no time: no day, never an exception
    assert whole_days("2026-11-20T25:00:00", "2026-11-21", tz) == []


def test_a_log_entry_range_is_complete_for_the_logs_of_the_lessons_dated_on_its_days():
    """dnevnik_ru_18 (attendance-16, -21..24): the group's range for the whole log, with ``?subject=`` only that
    subject's lessons, a pupil's range for that pupil's part; a lesson moved to another day leaves the range."""
    entry, logs = W.entry(), f"lesson-log:{W.lesson}"
    twin = {**entry, "person": W.twin, "person_str": str(W.twin)}
    group = f"GET /v2/lesson-log-entries/group/{W.group}?subject={W.subject}&from=2025-10-13&to=2025-10-17"
    *_, ranged, other, own = run([*W.lessons_first(), env(group, [entry, twin]), env(group.replace(
        f"subject={W.subject}", "subject=1"), []), env(
        f"GET /v2/persons/{W.twin}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-13", [])])
    assert ranged.contains == [(logs, frozenset({f"person:{W.pupil}", f"person:{W.twin}"}))]
    assert ranged.snapshot is None  # no request snapshot: leaving the range is no deletion
    assert other.contains == []  # another subject's range says nothing of this lesson's log
    assert own.contains == [(f"person-lesson-log:{W.twin}|{W.lesson}", frozenset())]  # the twin's part only
    moved = {**W.lesson_entity(), "date": "2025-10-15T08:30:00"}
    *_, after = run([*W.lessons_first(), env(group, [entry]), env(f"GET /v2/lessons/{W.lesson}", moved),
                     env(group.replace("to=2025-10-17", "to=2025-10-13"), [])])
    assert after.contains == []  # the lesson left the range: its log is not this answer's


def test_a_lessons_works_in_a_lessons_answer_are_its_whole_works_and_a_bundles_flattened_ids_are_not():
    """dnevnik_ru_37 (no-homework-03/05): §3.4, a lesson's ``works[]`` (objects or ids) in the entity shape."""
    lessons = A.translate(W.lessons_first()[-1], ctx())
    works = frozenset({f"work:{W.work}", f"work:{W.homework}"})
    assert (f"lesson-works:{W.lesson}", works) in lessons.contains
    bare = A.translate(env(f"GET /v2/lessons/{W.lesson}", {**W.lesson_entity(), "works": [W.work]}), ctx())
    assert bare.contains == [(f"lesson-works:{W.lesson}", frozenset({f"work:{W.work}"}))]
    unstated = {k: v for k, v in W.lesson_entity().items() if k != "works"}
    assert A.translate(env(f"GET /v2/lessons/{W.lesson}", unstated), ctx()).contains == []
    schedules = A.translate(env(f"GET /v2/persons/{W.pupil}/groups/{W.group}/schedules?startDate=2025-10-13"
                                f"&endDate=2025-10-13", {"days": [W.day()]}), ctx())
    assert not [scope for scope, _ in schedules.contains if scope.startswith("lesson-works:")]


def homeworks(start: str, end: str, *works: dict) -> dict:
    return env(f"GET /v2/users/me/school/{SCHOOL_VENDOR}/homeworks?startDate={start}&endDate={end}",
               {"works": list(works), "lessons": [W.lesson_flat()] if works else []})


def test_a_homework_belongs_to_itself_and_its_lessons_works():
    homework = [e for e in A.translate(homeworks("2025-10-11", "2025-10-27", W.homework_obj()), ctx()).events
                if e.type == "homework.assigned"]
    out = run([homeworks("2025-10-11", "2025-10-27", W.homework_obj())])[0]
    member = f"work:{W.homework}"
    assert homework and out.scopes[homework[0].event_id] == ((f"homework:{W.homework}", member),
                                                             (f"lesson-works:{W.lesson}", member))


def test_a_homework_range_is_complete_for_the_homework_whose_set_and_due_dates_it_covers_whole():
    """dnevnik_ru_37 (no-homework-03/05): the lesson on 10-13, the homework due 10-15; §3.7 does not say which date
    selects, so both must lie within the days the range covers whole."""
    scope, window = f"homework:{W.homework}", homeworks("2025-10-11", "2025-10-27", W.homework_obj())
    *_, held, week, due_only, set_only, part = run([
        *W.roster(), window, window, homeworks("2025-10-13", "2025-10-19"), homeworks("2025-10-14", "2025-10-30"),
        homeworks("2025-10-06", "2025-10-14"), homeworks("2025-10-13", "2025-10-15T12:00:00")])
    assert held.contains == [(scope, frozenset({f"work:{W.homework}"}))]
    assert week.contains == [(scope, frozenset())]
    assert week.snapshot_span is not None and [d.isoformat() for d in week.snapshot_span] == [
        "2025-10-13", "2025-10-19"]  # its omission holds for what is due within (hub.ingest.revisions.DATED_BY)
    assert due_only.contains == set_only.contains == part.contains == []  # 10-15 not covered whole by the last
    moved = {**W.homework_obj(), "targetDate": "2025-10-22T00:00:00"}
    *_, after = run([*W.roster(), window, homeworks("2025-10-11", "2025-10-27", moved),
                     homeworks("2025-10-13", "2025-10-19")])
    assert after.contains == []  # due on another day since: no longer this range's


def test_a_ranges_span_ends_on_a_date_only_to_and_before_a_midnight_to():
    """§2: a date-only bound covers its day (as ``whole_days`` reads it); ``.../T00:00:00`` as ``to`` does not."""
    def span_of(start: str, end: str) -> list[str]:
        out = A.translate(env(f"GET /v2/edu-groups/{W.group}/marks/{start}/{end}", []), ctx())
        return [d.isoformat() for d in out.snapshot_span]

    assert span_of("2025-10-01", "2025-10-31") == ["2025-10-01", "2025-10-31"]
    assert span_of("2025-10-01T00:00:00", "2025-10-31T00:00:00") == ["2025-10-01", "2025-10-30"]
    assert span_of("2025-10-01", "2025-10-31T23:59:59") == ["2025-10-01", "2025-10-31"]
    assert span_of("2025-10-13", "2025-10-13") == ["2025-10-13", "2025-10-13"]
