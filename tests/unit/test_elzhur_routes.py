"""The Elzhur routing table (adapters/elzhur/routes.py): requests, parameters, failed calls, the coverage matrix,
and the rules the journey relies on (dates from the data, subgroups, omitted fields, guardians)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key
from adapters.elzhur.routes import ROUTES, strip

ROOT = Path(__file__).resolve().parents[2]


class Directory(dict):
    def get(self, kind, vendor_id):  # noqa: D102 - the Directory protocol
        return dict.get(self, (kind, str(vendor_id)))


def ctx(directory=None, recorded=dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)) -> TranslationContext:
    return TranslationContext("c", recorded, "sch-1", directory=directory or Directory())


def ok(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


PARENT = ok({"roles": ["parent"], "id": "41103", "name": "41103", "lastname": "Громова", "firstname": "Анна",
             "relations": {"students": {
                 "70213": {"rel": "child", "name": "70213", "lastname": "Громов", "firstname": "Кирилл",
                           "class": "7Б", "parallel": "7"},
                 "70214": {"rel": "child", "name": "70214", "lastname": "Громова", "firstname": "Софья",
                           "class": "7Б", "parallel": 7}},
                 "groups": {"7Б": {"rel": "homeclass", "hometeacher_name": "Белова Наталья Сергеевна"}}}})


def item(num: str, name: str, lesson_id: str, **extra) -> dict:
    return {"num": num, "name": name, "lesson_id": lesson_id, "teacher": "Кузнецова Ирина Львовна", "room": "305",
            "topic": "Тема", **extra}


def diary(items: dict, day: str = "20251013") -> dict:
    return ok({"students": {"70213": {"name": "70213", "title": "Громов Кирилл",
                                      "days": {day: {"name": day, "items": items}}}}})


def known() -> Directory:
    found = ADAPTER.translate({"request": "getrules", "body": PARENT, "pulled_at": "2025-10-18T07:00:00+03:00"},
                              ctx())
    return Directory({(k, str(v)): d for k, v, d in found.directory_entries})


def test_every_row_of_the_table_is_in_the_coverage_matrix():
    coverage = (ROOT / "contracts" / "elzhur" / "COVERAGE.md").read_text(encoding="utf-8")
    missing = [route.pattern for route in ROUTES.routes if f"`{route.pattern}`" not in coverage]
    assert not missing


@pytest.mark.parametrize("request_text", [
    "getdiary?student=1", "apiv3/getdiary?student=1", "https://gymn7.eljur.ru/apiv3/getdiary?student=1",
    "https://api.eljur.ru/api/getdiary?student=1&devkey=abc&vendor=gymn7", "GET /apiv3/getdiary?student=1"])
def test_the_method_is_found_in_any_request_form(request_text):
    from adapters.routing import parse_request
    route, _ = ROUTES.match(parse_request(request_text, strip))
    assert route.pattern == "getdiary"


def test_a_failed_call_is_rejected_and_reads_nothing():
    record = {"request": "getdiary?student=70213&days=20251013-20251019", "body": {"response": {
        "state": 400, "error": "не удалось авторизовать разработчика", "result": {}}}}
    out = ADAPTER.translate(record, ctx())
    assert [e.pointer for e in out.errors] == ["/body/response/error"] and not out.events and out.snapshot is None


def test_a_parent_is_linked_to_each_child_and_enrolments_are_dated_by_pulled_at():
    out = ADAPTER.translate({"request": "getrules", "body": PARENT, "pulled_at": "2025-10-18T07:00:00+03:00"}, ctx())
    links = [e.data for e in out.events if e.type == "guardian.linked"]
    assert [(l["guardian_id"], l["student_id"]) for l in links] == [
        ("elzhur:sch-1:parent:41103", "elzhur:sch-1:student:70213"),
        ("elzhur:sch-1:parent:41103", "elzhur:sch-1:student:70214")]
    assert {e.data["enrolled_on"] for e in out.events if e.type == "student.enrolled"} == {"2025-09-01"}


def test_a_pupils_getrules_enrols_the_pupil_in_its_homeclass():
    body = ok({"roles": ["student"], "id": "70215", "lastname": "Демидов", "firstname": "Артём", "middlename": "",
               "relations": {"groups": {"7Б": {"rel": "homeclass", "parallel": 7}}}})
    out = ADAPTER.translate({"request": "getrules", "body": body, "pulled_at": "2025-10-18T07:00:00+03:00"}, ctx())
    [enrolled] = [e.data for e in out.events if e.type == "student.enrolled"]
    assert enrolled["student_id"] == "elzhur:sch-1:student:70215" and enrolled["enrolled_on"] == "2025-09-01"


def test_a_diary_enrols_from_its_own_dates_whatever_the_hubs_clock():
    record = {"request": "getdiary?student=70213&days=20251013-20251019", "body": diary({"1": item("1", "Алгебра",
                                                                                                  "880001")})}
    early = ADAPTER.translate(record, ctx(known(), dt.datetime(2025, 10, 20, tzinfo=dt.timezone.utc)))
    late = ADAPTER.translate(record, ctx(known(), dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)))
    assert [e.data for e in early.events] == [e.data for e in late.events]
    assert {e.data["enrolled_on"] for e in late.events if e.type == "student.enrolled"} == {"2025-09-01"}


def test_a_subgroup_item_belongs_to_the_subgroup_and_enrols_the_pupil():
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"2": item("2", "Английский язык", "880002", grp="1 группа", grp_short="1 гр.")})}
    out = ADAPTER.translate(record, ctx(known()))
    [group] = [e.data for e in out.events if e.type == "class.defined" and e.data["parent_class_id"]]
    lesson = next(e.data for e in out.events if e.type == "lesson.scheduled")
    assert group["name"] == "1 группа" and group["parent_class_id"] == f"elzhur:sch-1:class:{name_key('7Б')}@2025"
    assert lesson["class_id"] == group["class_id"]
    assert any(e.type == "student.enrolled" and e.data["class_id"] == group["class_id"] for e in out.events)


def test_without_rings_the_times_are_omitted_and_a_cancel_item_is_cancelled():
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"6": {"num": "6", "name": "Cancel", "lesson_id": "889999"}})}
    out = ADAPTER.translate(record, ctx(known()))
    lesson = next(e for e in out.events if e.type == "lesson.scheduled")
    assert {"starts_at", "ends_at", "teacher_id", "topic", "room"} <= out.omitted[lesson.event_id]
    assert [e.type for e in out.events if e.type == "lesson.cancelled"] == ["lesson.cancelled"]


def test_the_snapshot_scope_ignores_rings_and_the_url_form():
    scopes = set()
    for request in ("getdiary?student=70213&days=20251013-20251019&rings=__yes",
                    "https://gymn7.eljur.ru/apiv3/getdiary?student=70213&days=20251013-20251019",
                    "getdiary?days=20251013-20251019&rings=true&student=70213"):
        out = ADAPTER.translate({"request": request, "body": diary({})}, ctx(known()))
        scopes.add(out.snapshot)
    assert len(scopes) == 1 and None not in scopes


def test_a_double_mark_keeps_its_text_and_counts_as_its_convert():
    mark = {"value": "5/4", "countas": "4.5", "count": True, "convert": 4.5, "weight": 2, "weight_float": "2.0",
            "control_type": "Контрольный диктант", "date": "2025-10-13", "lesson_id": "880001", "nm": "1"}
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"1": item("1", "Русский язык", "880001", assessments=[mark])})}
    grade = next(e.data for e in ADAPTER.translate(record, ctx(known())).events if e.type == "grade.recorded")
    assert (grade["text"], grade["vendor_number"], grade["normalised"], grade["weight"]) == ("5/4", 4.5, 87.5, 2.0)


def test_getmarks_reports_the_journals_average_for_the_period_of_its_range():
    directory = known()
    directory[("period_span", "20250901-20251026")] = {"period_id": "elzhur:sch-1:period:I"}
    body = ok({"students": {"70213": {"name": "70213", "lessons": [
        {"name": "Алгебра", "average": "4.40", "marks": []}, {"name": "Физика", "average": "", "marks": []}]}}})
    out = ADAPTER.translate({"request": "getmarks?student=70213&days=20250901-20251026", "body": body},
                            ctx(directory))
    [average] = [e.data for e in out.events if e.type == "average.reported"]
    assert (average["value"], average["number"], average["period_id"]) == ("4.40", 4.4, "elzhur:sch-1:period:I")


def test_an_unsupported_method_says_why():
    out = ADAPTER.translate({"request": "getupdates?student=1", "body": ok({})}, ctx())
    assert [e.pointer for e in out.errors] == ["/request"] and "unknown" in out.errors[0].message


def test_an_answer_about_nobody_deletes_nothing():
    request = "getdiary?student=70213&days=20251013-20251019"
    nobody = ADAPTER.translate({"request": request, "body": ok({"students": {}})}, ctx(known()))
    empty_week = ADAPTER.translate({"request": request, "body": diary({})}, ctx(known()))
    assert not nobody.errors and nobody.snapshot is None
    assert empty_week.snapshot is not None  # the pupil's week, with nothing in it: complete


def test_a_getmarks_lesson_id_equal_to_the_subjects_names_no_lesson():
    mark = {"value": "5", "count": True, "convert": 5, "weight": 1, "date": "2025-09-19", "lesson_id": "1201",
            "nm": "1"}
    body = ok({"students": {"70213": {"name": "70213", "lessons": [
        {"name": "Алгебра", "lesson_id": "1201", "average": "5.00", "marks": [mark]}]}}})
    out = ADAPTER.translate({"request": "getmarks?student=70213&days=20250901-20251026", "body": body},
                            ctx(known()))
    [grade] = [e.data for e in out.events if e.type == "grade.recorded"]
    assert grade["lesson_id"] is None and not any(e.type == "lesson.scheduled" for e in out.events)


def test_two_groups_lessons_at_one_number_without_lesson_ids_are_two_lessons():
    items = [{"num": "5", "name": "Английский язык", "grp": "1 группа"},
             {"num": "5", "name": "Английский язык", "grp": "2 группа"}]
    out = ADAPTER.translate({"request": "getschedule?class=7Б&days=20251013-20251019",
                             "body": ok({"days": {"20251016": {"name": "20251016", "items": items}}})}, ctx(known()))
    lessons = [e.data for e in out.events if e.type == "lesson.scheduled"]
    assert len({lesson["lesson_id"] for lesson in lessons}) == 2


def test_what_an_answer_cannot_place_is_counted_not_a_reason_to_refuse_it():
    items = [{"name": "Алгебра", "homework": {"1": {"id": 7, "value": "Своё", "individual": True},
                                              "2": {"id": 8, "value": "Общее", "individual": False}}}]
    out = ADAPTER.translate({"request": "gethomework?class=7Б&days=20251013-20251019",
                             "body": ok({"days": {"20251013": {"name": "20251013", "items": items}}})}, ctx(known()))
    assert [e.data["text"] for e in out.events if e.type == "homework.assigned"] == ["Общее"]
    assert [k for k, _, d in out.directory_entries if k == "skipped_individual_tasks"] == ["skipped_individual_tasks"]
    absent = {"value": "н", "count": False, "date": "2025-09-19"}
    body = ok({"students": {"70213": {"name": "70213", "lessons": [{"name": "Алгебра", "marks": [absent]}]}}})
    marks = ADAPTER.translate({"request": "getmarks?student=70213&days=20250901-20251026", "body": body},
                              ctx(known()))
    assert not marks.errors and not any(e.type == "attendance.marked" for e in marks.events)


def test_a_schools_own_word_is_shown_as_the_journal_shows_it():
    # reference A.3 (value "as displayed"), A.6, D.2 ("open-ended text ... rely on count/convert"); elzhur_42 mark-10
    mark = {"value": "дист", "count": False, "convert": 0, "weight": 0, "comment": "работала дистанционно",
            "date": "2025-10-13", "lesson_id": "880001", "nm": "1"}
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"1": item("1", "Алгебра", "880001", assessments=[mark])})}
    word = ADAPTER.translate(record, ctx(known()))
    assert not word.errors and not any(k == "skipped_unknown_marks" for k, _, _ in word.directory_entries)
    [grade] = [e.data for e in word.events if e.type == "grade.recorded"]
    assert (grade["text"], grade["value"], grade["scale"], grade["normalised"], grade["counts_in_average"],
            grade["weight"], grade["comment"]) == ("дист", "дист", "status", None, False, 0.0, "работала дистанционно")
    assert not any(e.type == "attendance.marked" for e in word.events)


def test_a_final_mark_the_hub_has_no_word_for_is_shown_as_the_journal_shows_it():
    # reference A.3 Final assessment (``value`` as displayed), A.6, D.2 ("open-ended text ... rely on count/convert"):
    # as a diary mark's (marks.school_word, school_number), a period mark that is the school's own word or a score off
    # the five-point scale was skipped (a word) or refused the whole answer (a number), and the parent lost it
    assessments = [{"period": "I", "value": "дист", "comment": ""},
                   {"period": "II", "value": "87", "comment": "пробный ЕГЭ"},
                   {"period": "III", "value": "17", "comment": "", "convert": 4},
                   {"period": "IV", "value": "5", "comment": ""}]
    record = {"request": "getfinalassessments?student=70213", "pulled_at": "2025-12-20T10:00:00+03:00",
              "body": ok({"students": {"70213": {"name": "70213", "title": "Громов Кирилл", "items": [
                  {"name": "Алгебра", "assessments": assessments}]}}})}
    out = ADAPTER.translate(record, ctx(known()))
    assert not out.errors and not any(k == "skipped_unknown_marks" for k, _, _ in out.directory_entries)
    finals = {e.data["text"]: e.data for e in out.events if e.type == "final_grade.recorded"}
    assert [(finals[text]["value"], finals[text]["scale"], finals[text]["normalised"]) for text in
            ("дист", "87", "17", "5")] == [("дист", "status", None), ("87", "status", None),
                                           ("17", "five_point", 75.0), ("5", "five_point", 100.0)]
    assert finals["17"]["vendor_number"] == 4.0 and finals["87"]["vendor_number"] is None


def test_a_marks_lists_spelling_of_a_subject_never_renames_the_diarys():
    # found by elzhur_52 (lesson-018..., mark-006...): getmarks spelt «Расчеты» the subject every getdiary item names
    # «Расчёты» (one subject: names are keyed folded), and the later-pulled spelling renamed the diary's lessons. A.3:
    # a lesson's subject is the text its diary item gives; a marks list (SubjectMarks, Final assessment) names a
    # subject no diary named yet, and states no name over one (``omitted``: the stored name is kept)
    marks = {"request": "getmarks?student=70213&days=20251013-20251019", "pulled_at": "2025-10-20T10:00:00+03:00",
             "body": ok({"students": {"70213": {"name": "70213", "lessons": [{"name": "Расчеты в химии", "marks": []}]}}})}
    finals = {"request": "getfinalassessments?student=70213", "pulled_at": "2025-12-20T10:00:00+03:00",
              "body": ok({"students": {"70213": {"name": "70213", "items": [
                  {"name": "расчеты в химии", "assessments": [{"period": "I", "value": "5", "comment": ""}]}]}}})}
    diary_record = {"request": "getdiary?student=70213&days=20251013-20251019",
                    "body": diary({"1": item("1", "Расчёты в химии", "880001")})}
    for record, stated in ((marks, False), (finals, False), (diary_record, True)):
        out = ADAPTER.translate(record, ctx(known()))
        [subject] = [e for e in out.events if e.type == "subject.defined"]
        assert ("name" not in out.omitted.get(subject.event_id, frozenset())) is stated, record["request"]


def test_homework_items_keyed_by_subject_name_are_read():
    # found by elzhur_57: BetterJournal's HomeworkRecordModel keys a gethomework day's ``items`` by the subject's name
    # (``z.record(SubjectHomework.shape.name, ...)``, reference Part C); the hub refused every such item for its key
    items = {"Русский язык": {"name": "Русский язык", "homework": {"41": {"id": 41, "value": "Упр. 12", "individual": False}}},
             "Алгебра": {"name": "Алгебра", "homework": {"42": {"id": 42, "value": "№ 5", "individual": False}}}}
    record = {"request": "gethomework?student=70213&days=20251013-20251019", "pulled_at": "2025-10-12T18:00:00+03:00",
              "body": ok({"students": {"70213": {"name": "70213", "days": {"20251013": {"name": "20251013",
                                                                                        "items": items}}}}})}
    out = ADAPTER.translate(record, ctx(known()))
    assert not out.errors, out.errors
    assert sorted(e.data["text"] for e in out.events if e.type == "homework.assigned") == sorted(["№ 5", "Упр. 12"])
    by_number = {"1": {**items["Алгебра"], "num": "1"}}  # keyed by lesson number, as before
    record["body"] = ok({"students": {"70213": {"name": "70213", "days": {"20251013": {"name": "20251013",
                                                                                     "items": by_number}}}}})
    assert not ADAPTER.translate(record, ctx(known())).errors


def test_a_trial_exams_score_is_shown_as_written_never_counted_and_the_answer_kept():
    # reference A.3 (value "the mark as displayed", getmarks max_mark), A.6 ("values are free strings"), D.2 ("rely
    # on count/convert"); elzhur_43 mark-02 etc.: the five-point mark (nm 1) and the primary score (nm 2) of one lesson
    marks = [{"value": "4", "countas": "4", "count": True, "convert": 4, "weight": 2, "weight_float": 2,
              "control_type": "Пробный ОГЭ", "comment": "17 первичных баллов из 31", "date": "2025-10-13",
              "lesson_id": "880001", "nm": "1"},
             {"value": "17", "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
              "control_type": "Первичный балл ОГЭ", "control_type_short": "ПБ", "comment": "", "date": "2025-10-13",
              "lesson_id": "880001", "nm": "2"}]
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"1": item("1", "Алгебра", "880001", assessments=marks),
                             "2": item("2", "История", "880002",
                                       homework={"1": {"id": 71, "value": "Параграф 12", "individual": False}})})}
    out = ADAPTER.translate(record, ctx(known()))
    assert not out.errors
    grades = {e.data["text"]: e.data for e in out.events if e.type == "grade.recorded"}
    score, five = grades["17"], grades["4"]
    assert (score["value"], score["scale"], score["normalised"], score["counts_in_average"], score["weight"],
            score["vendor_number"]) == ("17", "status", None, False, 0.0, None)
    assert score["grade_id"].endswith("70213.880001.2")
    assert (five["scale"], five["normalised"], five["counts_in_average"], five["weight"]) == ("five_point", 75.0,
                                                                                              True, 2.0)
    assert [e.data["text"] for e in out.events if e.type == "homework.assigned"] == ["Параграф 12"]
    assert len([e for e in out.events if e.type == "lesson.scheduled"]) == 2


def test_a_test_score_in_getmarks_keeps_the_answers_averages_and_absences():
    # getmarks carries max_mark (A.3 SubjectMarks); an ЕГЭ test score of 100 is shown as written, not counted
    score = {"value": "87", "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
             "date": "2025-10-13", "lesson_id": "880001", "nm": "2", "max_mark": 100, "lesson_comment": None,
             "mtype": {"id": 9, "short": "ТБ", "type": "Тестовый балл ЕГЭ"}}
    ill = {"value": "б", "count": False, "convert": 0, "countas": "0", "date": "2025-10-14", "lesson_id": "880010",
           "nm": "1", "max_mark": None}
    body = ok({"students": {"70213": {"name": "70213", "title": "Громов Кирилл", "lessons": [
        {"name": "Русский язык", "average": "4.63", "marks": [score, ill]}]}}})
    out = ADAPTER.translate({"request": "getmarks?student=70213&days=20251013-20251019", "body": body}, ctx(known()))
    assert not out.errors
    [grade] = [e.data for e in out.events if e.type == "grade.recorded"]
    assert (grade["text"], grade["value"], grade["scale"], grade["counts_in_average"], grade["work_type"]["name"]) \
        == ("87", "87", "status", False, "Тестовый балл ЕГЭ")
    assert grade["grade_id"].endswith("70213.880001.2")
    assert [e.data["status"] for e in out.events if e.type == "attendance.marked"] == ["ill"]
    assert [e.data["value"] for e in out.events if e.type == "average.reported"] == ["4.63"]


@pytest.mark.parametrize(("convert", "count", "scale", "normalised", "number", "counts"), [
    (4, True, "five_point", 75.0, 4.0, True),  # the journal counts it as a 4: it counts as a 4
    (4, False, "five_point", 75.0, 4.0, False),  # a five-point number, but the journal keeps it out
    (6, True, "status", None, None, False),  # no five-point number to count it as: shown, never counted
    (None, True, "status", None, None, False),
    (0, None, "status", None, None, False),
])
def test_a_number_off_the_five_point_scale_counts_only_as_the_journals_own_five_point_number(
        convert, count, scale, normalised, number, counts):
    mark = {"value": "6", "count": count, "convert": convert, "weight": 1, "date": "2025-10-13",
            "lesson_id": "880001", "nm": "1"}
    record = {"request": "getdiary?student=70213&days=20251013-20251019",
              "body": diary({"1": item("1", "Алгебра", "880001", assessments=[mark])})}
    out = ADAPTER.translate(record, ctx(known()))
    assert not out.errors
    [grade] = [e.data for e in out.events if e.type == "grade.recorded"]
    assert (grade["text"], grade["value"], grade["scale"], grade["normalised"], grade["vendor_number"],
            grade["counts_in_average"]) == ("6", "6", scale, normalised, number, counts)


def test_a_schools_own_word_in_getmarks_is_the_same_grade_and_never_counts():
    mark = {"value": "Дист", "count": True, "convert": 5, "weight": 1, "date": "2025-10-13", "lesson_id": "880001",
            "nm": "1", "mtype": {"id": 1, "short": "ДО", "type": "Дистанционное обучение"}}
    body = ok({"students": {"70213": {"name": "70213", "title": "Громов Кирилл",
                                      "lessons": [{"name": "История", "marks": [mark]}]}}})
    out = ADAPTER.translate({"request": "getmarks?student=70213&days=20251013-20251019", "body": body}, ctx(known()))
    assert not out.errors
    [grade] = [e for e in out.events if e.type == "grade.recorded"]
    assert grade.data["text"] == "Дист" and grade.data["scale"] == "status" and not grade.data["counts_in_average"]
    assert grade.data["vendor_number"] is None and grade.data["normalised"] is None
    assert grade.data["grade_id"].endswith("70213.880001.1")  # the diary's id for the same entry

