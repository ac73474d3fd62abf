"""The Dnevnik.ru adapter beyond the contract cases: detection, school, ids, directory and parking, vocabularies."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from adapters.base import TranslationContext
from adapters.dnevnik_ru import attendance, marks, periods
from adapters.dnevnik_ru.legacy import detect
from adapters.dnevnik_ru.params import strip_version
from adapters.dnevnik_ru.routes import ROUTES
from adapters.registry import all_adapters
from adapters.routing import parse_request
from contracts.suite import load_cases
from hub.events.registry import EVENT_MODELS

A = all_adapters()["dnevnik_ru"]
NOW = datetime(2024, 9, 1, 12, tzinfo=timezone.utc)
GOLDEN = load_cases("dnevnik_ru", "golden")
INVALID = load_cases("dnevnik_ru", "invalid")


class Dir:
    def __init__(self, entries=None):
        self.entries = dict(entries or {})

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


def ctx(directory=None, school="sch-1", tz="Asia/Yekaterinburg"):
    return TranslationContext("c", NOW, school_id=school, timezone=tz, directory=directory or Dir())


MARK = {"id_str": "1981234567890123401", "type": "mark5", "value": "4", "person": 1000012000101,
        "work": 1981234567890000777, "lesson": 1981234567880011122, "date": "2024-01-10T11:42:07.5", "workType": 2101}


def test_case_counts_and_coverage():
    assert len(GOLDEN) >= 40 and len(INVALID) >= 30
    types = {e["type"] for c in GOLDEN for e in c.expected}
    assert {"grade.recorded", "grade.retracted", "final_grade.recorded", "lesson.scheduled", "homework.assigned",
            "attendance.marked", "attendance.corrected", "class.defined", "student.enrolled", "subject.defined",
            "reporting_period.defined", "guardian.linked", "teacher.defined", "teacher.assigned",
            "average.reported", "school.registered", "holiday.defined"} <= types <= set(EVENT_MODELS)
    resources = {c.input["resource"] for c in GOLDEN if "resource" in c.input}
    assert resources >= {"marks", "lessons", "lesson-log-entries", "edu-groups", "subjects", "reporting-periods",
                         "reporting-period-group", "final-marks", "schedules", "homeworks", "work-types", "schools"}
    routed = {ROUTES.match(parse_request(c.input["request"], strip_version))[0].pattern
              for c in GOLDEN if "request" in c.input}
    assert routed >= {"schools/{school}", "schools/{school}/subjects", "edu-groups", "persons/{person}/edu-groups",
                      "users/many", "users/{user}/context", "schools/{school}/teachers", "edu-groups/{group}/classteacher",
                      "edu-groups/{group}/reporting-period-group", "edu-groups/{group}/lessons/{from}/{to}",
                      "users/me/school/{school}/homeworks", "persons/{person}/groups/{group}/schedules",
                      "persons/{person}/group/{group}/recentmarks", "lesson-log-entries/group/{group}",
                      "edu-groups/{group}/final-marks", "edu-groups/{group}/avg-marks/{from}/{to}",
                      "edu-groups/{group}/wa-marks/{from}/{to}"}


@pytest.mark.parametrize(("record", "resource"), [
    ({"days": []}, "schedules"), ({"per-subject-final-marks": [], "person": 1}, "final-marks"),
    ({"reportingPeriods": []}, "reporting-period-group"), (MARK, "marks"),
    ({"person": 1, "lesson_str": "2", "status": "Ill"}, "lesson-log-entries"),
    ({"person": 1, "work": 2, "targetDate": "2024-01-01", "status": "New"}, "tasks"),
    ({"type": "Homework", "markType": "mark5", "id": 1}, "works"), ({"weight": 2, "kind": "CommonWork"}, "work-types"),
    ({"name": "8Б", "studyyear": 2023}, "edu-groups"),
    ({"start": "2023-09-01", "finish": "2023-10-01", "type": "Quarter"}, "reporting-periods"),
    ({"number": 1, "date": "2024-01-01", "subjectId": 5}, "lessons"), ({"works": [], "files": []}, "homeworks"),
    ({"personId": 1, "login": "a"}, "users"), ({"firstName": "А", "lastName": "Б"}, "persons"),
    ({"name": "Алгебра", "knowledgeArea": "Математика"}, "subjects"),
    ({"id": 1, "name": "Школа № 1234", "markType": "mark5", "uses_weighted_avg": True}, "schools"),
])
def test_detection_rules(record, resource):
    assert detect(record) == [resource]


def test_ambiguous_and_unknown_bare_objects_ask_for_the_wrapper():
    for record in ({"x": 1}, {"days": [], "studyyear": 2023}):
        out = A.translate(record, ctx())
        assert [e.pointer for e in out.errors] == [""] and "wrap it" in out.errors[0].message


def test_bare_mark_uses_the_context_school_and_zone():
    out = A.translate(MARK, ctx(Dir({("work_type", "2101"): {"weight": 3, "kind": "LessonTestWork"}})))
    assert not out.errors and not out.missing
    [event] = out.events
    assert event.school_id == "sch-1" and event.data["grade_id"] == "dnevnik:sch-1:mark:1981234567890123401"
    assert event.occurred_at.isoformat() == "2024-01-10T11:42:07.500000+05:00"  # Asia/Yekaterinburg
    assert event.data["weight"] == 3.0 and event.data["work_type"] == {"code": "control_work", "name": None}
    assert event.source.record_id == "marks:1981234567890123401" and event.source.revision == 1


@pytest.mark.parametrize(("hours", "zone"), [(3, "Europe/Moscow"), (7, "Etc/GMT-7"), (0, "Etc/UTC"),
                                             (-5, "Etc/GMT+5"), (12, "Etc/GMT-12")])
def test_a_bare_school_registers_its_zone_scale_and_average_rule(hours, zone):
    out = A.translate({"id": 1000002283078, "name": "Школа № 57", "timeZone": hours, "markType": "mark10",
                       "uses_avg": True, "uses_weighted_avg": True}, ctx())
    assert not out.errors
    [event] = out.events
    assert (event.type, event.school_id) == ("school.registered", "sch-1")
    assert event.data == {"name": "Школа № 57", "short_name": None, "timezone": zone, "default_scale": "ten_point",
                          "average_rule": "weighted", "modifier_step": None}
    assert datetime(2026, 1, 1, tzinfo=ZoneInfo(zone)).utcoffset().total_seconds() == hours * 3600


def test_a_school_without_settings_keeps_the_hubs_defaults():
    out = A.translate({"resource": "schools", "data": {"id": 1, "name": "Школа", "uses_avg": False}}, ctx())
    assert not out.errors
    assert out.events[0].data == {"name": "Школа", "short_name": None, "timezone": "Europe/Moscow",
                                  "default_scale": "five_point", "average_rule": "weighted",
                                  "modifier_step": None}


def test_no_school_is_rejected_and_wrapper_school_must_agree():
    assert A.translate(MARK, ctx(school=None)).errors[0].pointer == ""
    wrapped = {"resource": "marks", "data": MARK, "school_id": "other"}
    assert [e.pointer for e in A.translate(wrapped, ctx()).errors] == ["/school_id"]


def test_ids_above_2_53_survive_and_the_twin_wins():
    record = {**MARK, "id_str": None, "id": 2260325488551003873, "person": 9843497619896145379}
    out = A.translate(record, ctx(Dir({("work_type", "2101"): {"weight": 1}})))
    assert out.events[0].data["grade_id"].endswith(":2260325488551003873")
    assert out.events[0].data["student_id"].endswith(":9843497619896145379")
    twin = {"resource": "subjects", "data": {"id": 1343883032131044600, "id_str": "1343883032131044633",
                                             "name": "Алгебра"}}
    assert A.translate(twin, ctx()).events[0].data["subject_id"] == "dnevnik:sch-1:subject:1343883032131044633"
    camel = {**MARK, "id_str": None, "idStr": "77", "lesson": None, "lessonStr": "88"}
    data = A.translate(camel, ctx(Dir({("work_type", "2101"): {"weight": 1}}))).events[0].data
    assert data["grade_id"].endswith(":77") and data["lesson_id"].endswith(":88")


def test_float_id_is_rejected_naming_the_twin():
    out = A.translate({**MARK, "work": 1.98e18}, ctx())
    assert [(e.pointer, "'work_str'" in e.message) for e in out.errors] == [("/work", True)]


def test_unknown_work_type_states_no_weight_nor_name_then_translates_once_known():
    """dnevnik_ru_68: a mark whose work type the hub was never sent waits for nothing (§3.1: the work type gives
    only its name and weight); those are not stated until a work-types answer states them."""
    unknown = A.translate(MARK, ctx())
    assert not unknown.missing and not unknown.errors and len(unknown.events) == 1
    assert {"weight", "work_type"} <= unknown.omitted[unknown.events[0].event_id]
    types = A.translate({"resource": "work-types", "data": [{"id": 2101, "kind": "LessonExamination", "weight": 4,
                                                             "title": "Экзамен"}]}, ctx())
    assert types.events == [] and types.directory_entries == [
        ("work_type", "2101", {"weight": 4, "title": "Экзамен", "kind": "LessonExamination"})]
    directory = Dir({(k, v): d for k, v, d in types.directory_entries})
    event = A.translate(MARK, ctx(directory)).events[0]
    assert event.data["weight"] == 4.0 and event.data["work_type"] == {"code": "exam", "name": "Экзамен"}


def test_mark_without_lesson_takes_subject_from_the_work_or_parks():
    mark = {**MARK, "lesson": None, "workType": None}
    parked = A.translate(mark, ctx())
    assert [(m.kind, m.pointer) for m in parked.missing] == [("work", "/work")]
    work = A.translate({"resource": "works", "data": {"id": 1981234567890000777, "type": "LessonTestWork",
                                                      "markType": "mark5", "subjectId": 42, "workType": 2101,
                                                      "eduGroup": 7, "lesson": None}}, ctx())
    directory = Dir({(k, v): d for k, v, d in work.directory_entries})
    unknown = A.translate(mark, ctx(directory))  # its work's work type unknown: weight and name not stated
    assert not unknown.missing and {"weight", "work_type"} <= unknown.omitted[unknown.events[0].event_id]
    directory.entries[("work_type", "2101")] = {"weight": 2, "kind": None}
    data = A.translate(mark, ctx(directory)).events[0].data
    assert data["subject_id"] == "dnevnik:sch-1:subject:42" and data["lesson_id"] is None
    assert data["date"] == "2024-01-10" and data["work_type"] == {"code": "control_work", "name": None}  # the work's type


def test_scale_from_the_work_when_the_mark_has_none():
    directory = Dir({("work", "1981234567890000777"): {"mark_type": "mark10", "subject": "5", "type": "CommonWork",
                                                       "work_type": None}})
    data = A.translate({**MARK, "type": None, "value": "7", "workType": None}, ctx(directory)).events[0].data
    assert data["scale"] == "ten_point" and data["weight"] == 1.0 and data["work_type"] == {"code": "lesson_work", "name": None}


@pytest.mark.parametrize(("code", "value", "scale", "canonical"), [
    ("mark5", "4-", "five_point", "4-"), ("Mark5", "5+", "five_point", "5+"), ("mark10", "10", "ten_point", "10"),
    ("mark100", "99.5", "hundred_point", "99.5"), ("test", "незачёт", "pass_fail", "fail"),
    ("markna", "н/а", "status", "not_assessed"), ("markdismiss", "", "status", "exempt"),
])
def test_scale_vocabulary(code, value, scale, canonical):
    mark = {**MARK, "type": code, "value": value or "осв"}
    data = A.translate(mark, ctx(Dir({("work_type", "2101"): {"weight": 1}}))).events[0].data
    assert (data["scale"], data["value"]) == (scale, canonical)


@pytest.mark.parametrize(("code", "value", "scale", "normalised", "counts"), [
    ("mark6", "5", "six_point", 80.0, True), ("mark7", "7", "seven_point", 100.0, True),
    ("mark12", "9", "twelve_point", round(8 / 11 * 100, 6), True), ("Mark12", "12", "twelve_point", 100.0, True),
    ("markabcdf", "B", "letter", None, False),
])
def test_six_seven_twelve_point_and_letter_marks_are_kept_as_the_journal_shows_them(code, value, scale, normalised,
                                                                                   counts):
    """§5: the scales are the journal's; a letter has no published conversion, so it is shown and never counted."""
    mark = {**MARK, "type": code, "value": value, "textValue": value}
    event = A.translate(mark, ctx(Dir({("work_type", "2101"): {"weight": 2, "title": "Ответ"}}))).events[0]
    assert (event.type, event.schema_version) == ("grade.recorded", 5)
    data = event.data
    assert (data["scale"], data["value"], data["text"], data["normalised"]) == (scale, value, value, normalised)
    assert (data["counts_in_average"], data["weight"]) == (counts, 2.0)


def test_one_answer_mixing_scales_keeps_every_mark():
    """A group's marks over a range (§3.1) with five-point marks beside letters and 12-point marks: all kept."""
    body = [{**MARK, "id_str": str(1981234567890123401 + i), "person": 1000012000101 + i, "type": code,
             "value": value} for i, (code, value) in enumerate([("mark5", "5+"), ("markabcdf", "A"), ("mark12", "11")])]
    out = A.translate({"request": "GET /v2/edu-groups/7/marks/2024-01-08/2024-01-13", "body": body},
                      ctx(Dir({("work_type", "2101"): {"weight": 1}})))
    assert not out.errors
    assert [(e.data["scale"], e.data["text"]) for e in out.events if e.type == "grade.recorded"] == [
        ("five_point", "5+"), ("letter", "A"), ("twelve_point", "11")]


@pytest.mark.parametrize("code", ["Mark"])
def test_an_unknown_mark_type_is_rejected(code):
    out = A.translate({**MARK, "type": code}, ctx())
    assert [e.pointer for e in out.errors] == ["/type"]


@pytest.mark.parametrize("code", ["markoral6band", "notset"])
def test_a_mark_without_a_canonical_scale_is_skipped_and_counted_not_a_reason_to_refuse_the_answer(code):
    """Like Elzhur's unknown marks: the answer's other marks are kept; the skipped one is counted (a directory
    entry ``skipped_unknown_marks`` per mark, with its type and pointer)."""
    body = [{**MARK, "type": code}, {**MARK, "id_str": "1981234567890123402", "value": "5"}]
    out = A.translate({"request": "GET /v2/edu-groups/7/marks/2024-01-08/2024-01-13", "body": body},
                      ctx(Dir({("work_type", "2101"): {"weight": 1}})))
    assert not out.errors
    assert [e.data["value"] for e in out.events if e.type == "grade.recorded"] == ["5"]
    assert [e for e in out.directory_entries if e[0] == "skipped_unknown_marks"] == [
        ("skipped_unknown_marks", "1981234567890123401", {"mark_type": code, "pointer": "/body/0/type"})]


@pytest.mark.parametrize(("status", "canonical"), list(attendance.ATTENDANCE.items()))
def test_attendance_vocabulary(status, canonical):
    entry = {"person": 1, "lesson": 2, "status": status, "createdDate": "2024-01-10"}
    [event] = A.translate(entry, ctx()).events
    assert event.data["status"] == canonical and event.source.record_id == "lesson-log-entries:(2,1)"
    assert event.occurred_at.isoformat() == "2024-01-10T00:00:00+05:00"


@pytest.mark.parametrize(("kind", "label"), list(marks.WORK_KINDS.items()) + [("SomethingNew", "other")])
def test_work_kind_vocabulary(kind, label):
    assert marks.work_kind(kind) == label


@pytest.mark.parametrize(("kind", "canonical"), list(periods.PERIOD_KINDS.items()))
def test_period_vocabulary(kind, canonical):
    period = {"id": 1, "start": "2024-01-09", "finish": "2024-03-22", "number": 3, "type": kind, "name": "3"}
    data = A.translate({"resource": "reporting-periods", "data": period}, ctx()).events[0].data
    assert data["kind"] == canonical and data["academic_year"] == 2023


def test_student_names_come_from_the_directory_or_the_record_parks():
    group = {"id": 7, "name": "5А", "studyyear": 2024, "students": [{"person": 11, "membershipstatus": "Active"}]}
    parked = A.translate(group, ctx())
    assert [(m.kind, m.vendor_id, m.pointer) for m in parked.missing] == [("person", "11", "/students/0")]
    person = A.translate({"resource": "persons", "data": {"id": 11, "firstName": "Иван", "lastName": "Петров"}}, ctx())
    directory = Dir({(k, v): d for k, v, d in person.directory_entries})
    events = A.translate(group, ctx(directory)).events
    assert [e.type for e in events] == ["class.defined", "student.enrolled"]
    assert events[1].data["name"] == {"last_name": "Петров", "first_name": "Иван", "middle_name": None}
    assert len({e.event_id for e in events}) == 2


def test_offsets_and_zulu_are_kept():
    directory = Dir({("work_type", "2101"): {"weight": 1}})
    for given, expected in [("2024-01-10T11:42:07+03:00", "2024-01-10T11:42:07+03:00"),
                            ("2024-01-10T08:42:07Z", "2024-01-10T08:42:07+00:00"),
                            ("2024-01-10", "2024-01-10T00:00:00+05:00")]:
        assert A.translate({**MARK, "date": given}, ctx(directory)).events[0].occurred_at.isoformat() == expected


def test_deletion_and_original_share_the_record_id_but_not_the_event_id():
    directory = Dir({("work_type", "2101"): {"weight": 1}})
    original = A.translate(MARK, ctx(directory)).events[0]
    deleted = A.translate({"resource": "marks", "deleted": True, "data": {"id_str": MARK["id_str"], "person": 1000012000101}},
                          ctx()).events[0]
    assert deleted.type == "grade.retracted" and deleted.source.record_id == original.source.record_id
    assert deleted.event_id != original.event_id and deleted.data["grade_id"] == original.data["grade_id"]
    for resource, kind in [("works", "homework.withdrawn"), ("homeworks", "homework.withdrawn"),
                           ("lessons", "lesson.cancelled")]:
        assert A.translate({"resource": resource, "deleted": True, "data": {"id": 5}}, ctx()).events[0].type == kind


def test_a_list_reports_every_bad_item_and_keeps_nothing():
    entries = [{"person": 1, "lesson": 2, "status": "Ill", "createdDate": "2024-01-10"}, 5,
               {"person": 1, "lesson": 3, "status": "Gone", "createdDate": "2024-01-10"}]
    out = A.translate({"resource": "lesson-log-entries", "data": entries}, ctx())
    assert not out.events and [e.pointer for e in out.errors] == ["/data/1", "/data/2/status"]


def test_the_record_is_not_mutated_and_unknown_fields_are_ignored():
    record = {**MARK, "mood": "Good", "somethingNew": {"a": [1]}}
    before = repr(record)
    assert A.translate(record, ctx(Dir({("work_type", "2101"): {"weight": 1}}))).events
    assert repr(record) == before


def test_a_lessons_embedded_subject_names_the_subject():
    """Found by dnevnik_ru_10 (38 facts): a lesson's embedded ``subject {id, name}`` (§3.4, §8.2) was read for its id
    only, so a subject no subject list named showed without a name. The lesson defines it."""
    from tests.dnevnik_world import World, env

    world = World()
    record = env(f"/v2/lessons/{world.lesson}", world.lesson_entity())
    out = A.translate(record, ctx(Dir({("group", str(world.group)): {"academic_year": 2025}})))
    assert not out.errors, out.errors
    [subject] = [e.data for e in out.events if e.type == "subject.defined"]
    assert subject["name"] == world.lesson_entity()["subject"]["name"]


# --- empty, null and absent values (found by dnevnik_ru_42) --------------------------------------------------------

def _golden(name):
    [case] = [c for c in GOLDEN if c.path.stem == name]
    return case


def _translate_golden(name, change):
    """The golden case ``name`` with its input changed by ``change(body)``: (case, translation)."""
    import copy

    case = _golden(name)
    record = copy.deepcopy(case.input)
    change(record["body"])
    return case, A.translate(record, case.context())


def test_a_bundle_lesson_with_empty_hours_states_no_hours_and_the_answer_is_kept():
    """Found by dnevnik_ru_42 (lesson-077..084): a flattened lesson with ``hours: ""`` (§3.4: display text,
    "08:30 - 09:15"; the start is in ``date``) failed the pattern and the whole schedules answer was refused, with
    every other lesson's room and the pupil's marks. "" states no hours: the start from the clock of ``date``, no end
    (no bells known here), the rest of the answer as before."""
    def no_hours(body):
        body["days"][0]["lessons"][0]["hours"] = ""

    case, out = _translate_golden("env_schedules", no_hours)
    assert not out.errors, out.errors
    expected = [e for e in case.expected]
    assert [e.type for e in out.events] == [e["type"] for e in expected]
    [lesson] = [e for e in out.events if e.type == "lesson.scheduled"]
    assert (lesson.data["starts_at"], lesson.data["ends_at"], lesson.data["room"]) == ("08:30:00", None, "31")


@pytest.mark.parametrize(("hours", "times"), [("08:30 – 09:15", ("08:30:00", "09:15:00")),
                                              ("8.30-9.15", ("08:30:00", "09:15:00")),
                                              ("08:30—09:15", ("08:30:00", "09:15:00")),
                                              ("с 8:30 до 9:15", ("08:30:00", "09:15:00")),
                                              ("по расписанию", ("08:30:00", None)),
                                              ("25:00 - 26:00", ("08:30:00", None))])
def test_a_lessons_hours_as_a_journal_displays_them_are_read_and_unreadable_ones_lose_nothing_else(hours, times):
    """§3.4: ``hours`` is display text ("08:30 - 09:15"). A journal that writes it with a dash of its own, dots or
    words is read; a text with no two times of day in it states no hours (the start from the clock of ``date``, as
    ``""``) and is counted with its pointer (``skipped_malformed_times``, as Elzhur's), where before it refused the
    whole answer: every lesson's room and the pupil's marks."""
    def written(body):
        body["days"][0]["lessons"][0]["hours"] = hours

    case, out = _translate_golden("env_schedules", written)
    assert not out.errors, out.errors
    assert [e.type for e in out.events] == [e["type"] for e in case.expected]
    [lesson] = [e for e in out.events if e.type == "lesson.scheduled"]
    assert (lesson.data["starts_at"], lesson.data["ends_at"]) == times
    skipped = [d for k, _, d in out.directory_entries if k == "skipped_malformed_times"]
    assert skipped == ([] if times[1] else [{"hours": hours, "pointer": "/body/days/0/lessons/0/hours"}])


@pytest.mark.parametrize("text", ["", None, "absent"])
def test_a_homework_work_without_text_is_homework_with_its_file_and_due_date(text):
    """Found by dnevnik_ru_42 (homework-005..008, 011..014, 019..022): a ``Homework`` work (§3.2) with ``text`` ""
    or null (a teacher who only attached the task, §3.7) was not read as homework: the attachment and the due date
    were lost. It is homework whatever its text: text "" (a text left out is not stated)."""
    def blank(body):
        work = body["works"][0]
        assert work["type"] == "Homework"
        if text == "absent":
            del work["text"]
        else:
            work["text"] = text

    case, out = _translate_golden("env_homeworks_bundle", blank)
    assert not out.errors, out.errors
    [homework] = [e for e in out.events if e.type == "homework.assigned"]
    [expected] = [e for e in case.expected if e["type"] == "homework.assigned"]
    assert homework.data["text"] == ""
    assert homework.data["attachments"] == expected["data"]["attachments"] != []
    assert homework.data["due_on"] == expected["data"]["due_on"]
    assert ("text" in out.omitted.get(homework.event_id, ())) == (text == "absent")


def test_a_null_average_is_no_average_and_the_others_are_kept():
    """Found by dnevnik_ru_42 (vendor-average-001..015): one null ``avg-mark-value`` (a subject without marks,
    §3.13) refused the whole ``avg-marks`` answer. A null (or empty) value is no average: nothing is recorded for
    that subject, and every other average of the answer is (as Elzhur's empty ``average``, ``grades.py``)."""
    def with_nulls(body):
        body[0]["per-subject-averages"] += [{"subject": 2260325488551000302, "avg-mark-value": None},
                                            {"subject": 2260325488551000303, "avg-mark-value": ""}]
        body.append({"person": 2260325488551000102, "per-subject-averages": [
            {"subject": 2260325488551000301, "avg-mark-value": None},
            {"subject": 2260325488551000302, "avg-mark-value": "3.50"}]})

    case, out = _translate_golden("env_avg_marks", with_nulls)
    assert not out.errors, out.errors
    assert [(e.data["student_id"].rsplit(":", 1)[1], e.data["subject_id"].rsplit(":", 1)[1], e.data["value"])
            for e in out.events] == [("2260325488551000101", "2260325488551000301", "4.25"),
                                     ("2260325488551000102", "2260325488551000302", "3.50")]
