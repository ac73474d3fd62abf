"""The Elzhur adapter: id normalisation, mark mapping, method detection, school, parking, directory entries."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key, normalise_name
from adapters.elzhur.marks import AttendanceMark, GradeMark, Phantom, classify, counts_in_average, weight_of
from adapters.elzhur.translate import detect
from hub.events.scales import UnknownMark

GOLDEN = Path(__file__).resolve().parents[2] / "contracts" / "elzhur" / "golden"
NOW = dt.datetime(2024, 9, 1, 12, tzinfo=dt.timezone.utc)


def ctx(school: str | None = "sch-1", directory=None, tz: str = "Europe/Moscow") -> TranslationContext:
    extra = {"directory": directory} if directory is not None else {}
    return TranslationContext("test", NOW, school_id=school, timezone=tz, **extra)


def golden(name: str) -> dict:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))["input"]


class Directory:
    def __init__(self, entries):
        self.entries = entries

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


@pytest.mark.parametrize(("a", "b"), [
    ("Алгебра", "  алгебра "), ("Ёлкин   Пётр Ильич", "елкин петр ильич"), ("Английский\tязык", "английский язык"),
    ("10А", "10а"),
])
def test_same_name_same_key(a, b):
    assert name_key(a) == name_key(b)
    assert normalise_name(a) == normalise_name(b)


def test_keys_are_readable_distinct_and_fit_the_id_pattern():
    import re
    pattern = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@~-]*$")
    names = ["Алгебра", "Геометрия", "😀", "", "---", "Физ-ра (1 гр.)", "x" * 500, "I", "Г"]
    keys = [name_key(n) for n in names]
    assert all(pattern.match(k) and len(k) <= 49 for k in keys)
    assert len(set(keys)) == len(keys)
    assert name_key("Алгебра").startswith("algebra-")
    assert name_key("Алгебра") == "algebra-8fa7727d"  # stable across runs and releases: ids are stored


@pytest.mark.parametrize(("value", "expected"), [
    ("", Phantom()), ("  ", Phantom()), ("н", AttendanceMark("absent")), ("Н", AttendanceMark("absent")),
    ("оп", AttendanceMark("late")), ("ОП", AttendanceMark("late")), ("б", AttendanceMark("ill")),
    ("уп", AttendanceMark("excused")),
])
def test_pseudo_marks(value, expected):
    assert classify(value) == expected


@pytest.mark.parametrize(("value", "scale", "canonical", "normalised"), [
    ("5", "five_point", "5", 100.0), ("4-", "five_point", "4-", 68.75), ("3+", "five_point", "3+", 56.25),
    ("зч", "pass_fail", "pass", 100.0), ("зачёт", "pass_fail", "pass", 100.0), ("нз", "pass_fail", "fail", 0.0),
    ("осв", "status", "exempt", None), ("н/а", "status", "not_assessed", None),
])
def test_grades_on_the_scale_registry(value, scale, canonical, normalised):
    mark = classify(value)
    assert isinstance(mark, GradeMark)
    assert (mark.scale.value, mark.value, mark.normalised) == (scale, canonical, normalised)


@pytest.mark.parametrize("value", ["6", "0", "10", "отл", "5++", "²"])
def test_unknown_marks_are_refused(value):
    with pytest.raises(UnknownMark):
        classify(value)


def test_weights():
    assert weight_of(1, 1.5) == (1.5, True, "weight_float")
    assert weight_of(2, None) == (2.0, True, "weight")
    assert weight_of(None, None) == (1.0, True, None)
    assert weight_of(0, 0) == (0.0, False, "weight_float")  # the journal's 0, kept (grade v4), never counted
    assert weight_of(0, None) == (0.0, False, "weight")
    assert weight_of(-1, None) == (1.0, False, None)
    assert weight_of(3, 0) == (3.0, True, "weight")


def test_counting_rules():
    five, passed = classify("5"), classify("зч")
    assert counts_in_average(five, True, 5, 5, True)
    assert counts_in_average(five, None, None, None, True)
    assert not counts_in_average(five, False, 5, 5, True)
    assert not counts_in_average(five, None, 0, None, True)
    assert not counts_in_average(five, None, None, 0, True)
    assert counts_in_average(five, True, 0, 0, True)  # an explicit count wins over a zero rendering
    assert not counts_in_average(five, True, 5, 5, False)  # weight 0
    assert not counts_in_average(passed, True, 5, 5, True)  # pass/fail never counts


def test_method_detection():
    assert detect({"relations": {}}) == "getrules"
    assert detect({"days": {}}) == "gethomework"
    assert detect({"students": [{"periods": []}]}) == "getperiods"
    assert detect({"students": {"1": {"lessons": []}}}) == "getmarks"
    assert detect({"students": {"1": {"items": []}}}) == "getfinalassessments"
    assert detect({"students": {"1": {"days": {"20250901": {"items": [{"assessments": []}]}}}}}) == "getdiary"
    assert detect({"students": {"1": {"days": {"20250901": {"items": [{"name": "x"}]}}}}}) is None
    assert detect({"students": {"1": {"lessons": []}, "2": {"items": []}}}) is None
    assert detect({"students": {}}) is None


def test_every_golden_input_without_method_is_detected_as_its_method():
    for path in GOLDEN.glob("get*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))["input"]
        if "method" not in record:
            assert detect(record["response"]["result"]) == path.stem.split("_")[0], path.stem


def test_school_from_the_request_wins_and_must_agree():
    record = {k: v for k, v in golden("getmarks_example").items() if k != "school_id"}
    events = ADAPTER.translate(record, ctx("sch-9")).events
    assert events and all(e.school_id == "sch-9" and ":sch-9:" in e.data.get("student_id", ":sch-9:") for e in events)
    rejected = ADAPTER.translate({**record, "school_id": "other"}, ctx("sch-9"))
    assert [e.pointer for e in rejected.errors] == ["/school_id"]
    none = ADAPTER.translate(record, ctx(None))
    assert [e.pointer for e in none.errors] == [""] and "?school=" in none.errors[0].message


def test_time_zone_of_the_school_is_attached():
    record = golden("getschedule_lessons_only")
    event = next(e for e in ADAPTER.translate(record, ctx(tz="Asia/Yekaterinburg")).events
                 if e.type == "lesson.scheduled")
    assert event.occurred_at.isoformat() == "2025-10-14T08:30:00+05:00"
    assert ADAPTER.translate(record, ctx(tz="Mars/Olympus")).errors[0].pointer == ""


def test_diary_without_class_is_parked_until_getrules_then_uses_the_directory():
    record = {k: v for k, v in golden("getdiary_weight_float_and_minus").items() if k != "class"}
    parked = ADAPTER.translate(record, ctx())
    assert not parked.events and not parked.errors
    assert [(m.kind, m.vendor_id, m.pointer) for m in parked.missing] == [
        ("student", "70123", "/response/result/students/70123")]
    rules = ADAPTER.translate(golden("getrules_roster"), ctx())
    [student] = [data for kind, key, data in rules.directory_entries if (kind, key) == ("student", "70123")]
    assert student == {"class": "10А", "name": {"last_name": "Соколова", "first_name": "Дарья", "middle_name": None},
                       "year": student["year"]} and isinstance(student["year"], int)  # the year it names the class of
    entries = {(k, v): d for k, v, d in rules.directory_entries}
    known = ADAPTER.translate(record, ctx(directory=Directory(entries)))
    lesson = next(e for e in known.events if e.type == "lesson.scheduled")
    enrolled = next(e for e in rules.events if e.type == "student.enrolled" and e.source.record_id.startswith("student:70123:"))
    # the class of getrules' name, of the diary's own school year (a bare getrules: the hub's, README "ids")
    assert lesson.data["class_id"].rsplit("@", 1)[0] == enrolled.data["class_id"].rsplit("@", 1)[0]
    assert lesson.data["class_id"] == next(e for e in known.events if e.type == "student.enrolled").data["class_id"]


def test_phantom_marks_are_counted_in_directory_entries():
    outcome = ADAPTER.translate(golden("getdiary_only_phantom_marks"), ctx())
    assert [e.type for e in outcome.events] == ["class.defined", "student.enrolled", "subject.defined", "teacher.defined",
                                                "teacher.assigned", "lesson.scheduled"]
    [(kind, key, data)] = [entry for entry in outcome.directory_entries if entry[0].startswith("skipped_")]
    assert kind == "skipped_phantom_marks" and key.startswith("getdiary:") and data["count"] == 2
    assert data["pointers"][1].endswith("/items/1/assessments/1")


def test_the_same_mark_from_getdiary_and_getmarks_is_one_source_record():
    diary = ADAPTER.translate(golden("getdiary_example_lessons_homework_mark_absence_vacation"), ctx()).events
    grade = next(e for e in diary if e.type == "grade.recorded")
    marks_record = copy.deepcopy(golden("getmarks_example"))
    mark = marks_record["response"]["result"]["students"]["70123"]["lessons"][0]["marks"][0]
    mark.update(lesson_id="884102", nm="1", date="2025-10-14", value="4", weight=1, weight_float=1)
    from_marks = next(e for e in ADAPTER.translate(marks_record, ctx()).events if e.type == "grade.recorded")
    assert (from_marks.source.record_id, from_marks.source.part, from_marks.event_id) == (
        grade.source.record_id, grade.source.part, grade.event_id)
    deletion = ADAPTER.translate(golden("deletion_mark"), ctx()).events[0]
    assert deletion.type == "grade.retracted" and deletion.source.record_id == grade.source.record_id
    assert deletion.data["grade_id"] == grade.data["grade_id"]


def test_deletion_of_an_absence_matches_the_attendance_record():
    diary = ADAPTER.translate(golden("getdiary_example_lessons_homework_mark_absence_vacation"), ctx()).events
    absence = next(e for e in diary if e.type == "attendance.marked")
    corrected = ADAPTER.translate(golden("deletion_attendance"), ctx()).events[0]
    assert corrected.type == "attendance.corrected" and corrected.data["status"] == "present"
    assert corrected.source.record_id == absence.source.record_id
    assert corrected.data["lesson_id"] == absence.data["lesson_id"]


def test_event_ids_are_distinct_and_deterministic():
    record = golden("getdiary_example_lessons_homework_mark_absence_vacation")
    first, second = ADAPTER.translate(record, ctx()).events, ADAPTER.translate(record, ctx()).events
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first)
    assert all(e.source.revision == 1 for e in first)


def test_vacation_days_have_no_lessons():
    events = ADAPTER.translate(golden("getdiary_example_lessons_homework_mark_absence_vacation"), ctx()).events
    assert {e.data.get("date") for e in events if e.type == "lesson.scheduled"} == {"2025-10-14"}


def test_failed_call_quotes_the_vendor():
    record = {"response": {"state": 403, "error": "доступ запрещён", "result": {}}}
    [error] = ADAPTER.translate(record, ctx()).errors
    assert error.pointer == "/response/error" and "доступ запрещён" in error.message and "403" in error.message


def test_the_record_is_not_mutated():
    record = golden("getdiary_example_lessons_homework_mark_absence_vacation")
    before = copy.deepcopy(record)
    ADAPTER.translate(record, ctx())
    assert record == before


def finals_answer(pulled_at: str, request: str = "getfinalassessments?student=81501") -> dict:
    return {"request": request, "pulled_at": pulled_at, "body": {"response": {"state": 200, "error": None, "result": {
        "students": {"81501": {"name": "81501", "title": "Орлова Вера", "items": [
            {"name": "Алгебра", "assessments": [{"period": "I", "value": "5", "comment": ""}]}]}}}}}}


def test_finals_without_days_speak_for_the_school_year_they_were_pulled_in():
    """Found by elzhur_7 (final-mark-01..25): getfinalassessments without ``days`` is this school year's (A.2: other
    years are asked with ``days``), so next year's answer, lacking last year's marks, must not delete them: the
    answer's snapshot scope names its school year."""
    scope = lambda record: ADAPTER.translate(record, ctx("sch-1")).snapshot[0]  # noqa: E731
    may, june = scope(finals_answer("2026-05-20T10:00:00+03:00")), scope(finals_answer("2026-06-20T10:00:00+03:00"))
    november = scope(finals_answer("2026-11-20T10:00:00+03:00"))
    assert may != november and may.endswith("year=2025") and november.endswith("year=2026")
    assert june == may  # the summer still belongs to the school year that ended (a school year starts on 1 September)
    past = scope(finals_answer("2026-11-20T10:00:00+03:00", "getfinalassessments?student=81501&days=20250901-20260531"))
    assert past.endswith("year=2025") and past != may  # its own scope (its days), last year's


def test_an_extra_curricular_item_is_a_lesson_of_its_own_group_after_the_days_lessons():
    """Found by elzhur_8 (lesson-06/11/26/31/46/51): ``items_extday`` (A.3 Day: name, teacher, grp, topic, homework,
    sort, times with rings; BetterJournal ``LessonExtraItemRings``) gave homework only, so a parent never saw when or
    with whom the club meets. It is a lesson of the pupil's extra-curricular group, numbered after the day's lessons
    (slot 20) when it has no ``num``."""
    record = {"request": "getdiary?student=88001&class=5А&days=20260216-20260222&rings=__yes",
              "pulled_at": "2026-02-20T18:00:00+03:00", "body": {"response": {"state": 200, "error": None, "result": {
                  "students": {"88001": {"name": "88001", "title": "Акимов Лев", "class": "5А", "days": {"20260217": {
                      "name": "20260217", "items": {"1": {"num": "1", "name": "Математика", "lesson_id": "990001"}},
                      "items_extday": [{"name": "Шахматы", "teacher": "Лаптева Ирина Михайловна", "grp": "",
                                        "topic": "Эндшпиль", "sort": 900, "starttime": "14:30:00",
                                        "endtime": "15:15:00", "homework": {"7760001": {
                                            "id": 7760001, "value": "Этюды 1–5", "individual": False}}}]}}}}}}}}
    out = ADAPTER.translate(record, ctx("sch-1"))
    assert not out.errors and not out.missing, (out.errors, out.missing)
    lessons = {e.data["subject_id"].rsplit(":", 1)[1]: e.data for e in out.events if e.type == "lesson.scheduled"}
    chess = lessons[name_key("Шахматы")]
    assert (chess["slot"], chess["starts_at"], chess["ends_at"], chess["topic"]) == (20, "14:30:00", "15:15:00",
                                                                                      "Эндшпиль")
    assert chess["class_id"].rsplit("@", 1)[0].endswith(".extday." + name_key("Шахматы")) and chess["teacher_id"]
    assert chess["lesson_id"] != lessons[name_key("Математика")]["lesson_id"]
    [homework] = [e.data for e in out.events if e.type == "homework.assigned"]
    assert homework["class_id"] == chess["class_id"]


def test_a_mark_on_an_extra_curricular_lesson_is_kept():
    """Found by elzhur_9 (mark-90101-931003-1): ``assessments`` on an ``items_extday`` entry (Apheleia's
    ``DiaryAsyncParser`` reads them as on any lesson) were dropped without a word."""
    record = {"request": "getdiary?student=90101&class=5Д&days=20260303-20260303",
              "pulled_at": "2026-03-03T18:00:00+03:00",
              "body": {"response": {"state": 200, "error": None, "result": {"students": {"90101": {
                  "name": "90101", "title": "Белов Артём", "days": {"20260303": {"name": "20260303", "items_extday": [
                      {"name": "Шахматы", "teacher": "Лаптева Ирина Михайловна", "lesson_id": "931003",
                       "assessments": [{"value": "5", "count": True, "convert": 5, "weight": 1, "nm": "1",
                                        "lesson_id": "931003", "control_type": "Работа на занятии"}]}]}}}}}}}}
    out = ADAPTER.translate(record, ctx("sch-1"))
    assert not out.errors and not out.missing, (out.errors, out.missing)
    [grade] = [e.data for e in out.events if e.type == "grade.recorded"]
    assert (grade["text"], grade["lesson_id"], grade["date"]) == ("5", "elzhur:sch-1:lesson:931003", "2026-03-03")


def test_an_empty_hometeacher_id_names_no_class_teacher_and_the_children_are_linked():
    """Found by elzhur_40 (children-004): the journal's form left the class teacher empty (``hometeacher_*`` all
    ``""``), and the whole getrules was rejected at ``hometeacher_id``: the parent saw no child. ``""`` names no
    one (A.3 getrules: the child link is ``relations.students``)."""
    record = {"request": "getrules", "pulled_at": "2026-11-01T19:00:00+03:00", "body": {"response": {
        "state": 200, "error": None, "result": {"roles": ["parent"], "id": "40400", "relations": {
            "students": {"40504": {"rel": "child", "name": "40504", "lastname": "Шарипов", "firstname": "Тимур",
                                   "class": "6Б", "parallel": "6"}},
            "groups": {"6Б": {"rel": "homeclass", "parallel": "6", "hometeacher_id": "", "hometeacher_name": "",
                              "hometeacher_lastname": "", "hometeacher_firstname": "",
                              "hometeacher_middlename": ""}}}}}}}
    outcome = ADAPTER.translate(record, ctx())
    assert not outcome.errors, outcome.errors
    assert [e.data["student_id"] for e in outcome.events if e.type == "guardian.linked"] == [
        "elzhur:sch-1:student:40504"]
    assert not [e for e in outcome.events if e.type.startswith("teacher.")]
    bad = copy.deepcopy(record)
    bad["body"]["response"]["result"]["relations"]["groups"]["6Б"]["hometeacher_id"] = "no such id!"
    assert [e.pointer for e in ADAPTER.translate(bad, ctx()).errors] == [
        "/body/response/result/relations/groups/6Б/hometeacher_id"]


def test_a_lesson_only_getmarks_names_has_no_number():
    """Found by elzhur_41 (no-lesson-*-getmarks): getmarks names a mark's lesson by ``lesson_id`` and gives no
    number (reference A.3 SubjectMarks); in a school with real 0th lessons (A.3 Lesson item ``num``) a stub in slot
    0 told the parent of a lesson before the first. The stub states no number (slot null), and leaves the slot to
    the diary or schedule that lists the lesson (omitted, as its class and times)."""
    out = ADAPTER.translate(golden("getmarks_example"), ctx())
    assert not out.errors and not out.missing, (out.errors, out.missing)
    stubs = [e for e in out.events if e.type == "lesson.scheduled"]
    assert stubs and all(e.data["slot"] is None for e in stubs), [e.data["slot"] for e in stubs]
    assert all("slot" in out.omitted[e.event_id] for e in stubs)


def test_a_marks_list_states_no_lesson_of_its_marks_and_its_absences_lessons_only_in_a_group_of_their_own():
    """Found by elzhur_59 (no-lesson-001..016): getmarks names a mark's lesson by ``lesson_id`` and lists no
    lessons (reference A.3 SubjectMarks; A.3 Day: the diaries list the class's lessons). A grade states no lesson
    (``lesson_id`` omitted: a diary's stays) and no mark makes a lesson, so no classmate sees one and a deleted
    lesson is not stated again; an absence's lesson is stated in a group of its own of the absent pupil
    (``<class key>.marked.<lesson part>``), its class left to a diary (omitted)."""
    out = ADAPTER.translate(golden("getmarks_example"), ctx())
    assert not out.errors and not out.missing, (out.errors, out.missing)
    grades = [e for e in out.events if e.type == "grade.recorded"]
    assert grades and all(e.data["lesson_id"] is None and "lesson_id" in out.omitted[e.event_id] for e in grades)
    stubs = [e for e in out.events if e.type == "lesson.scheduled"]
    absence = next(e for e in out.events if e.type == "attendance.marked")
    assert [e.data["lesson_id"] for e in stubs] == [absence.data["lesson_id"]] == ["elzhur:sch-1:lesson:880302"]
    assert stubs[0].data["class_id"] == "elzhur:sch-1:class:10a-cf329085.marked.880302@2025"
    assert "class_id" in out.omitted[stubs[0].event_id]
    enrolled = {e.data["class_id"] for e in out.events if e.type == "student.enrolled"}
    assert stubs[0].data["class_id"] in enrolled
