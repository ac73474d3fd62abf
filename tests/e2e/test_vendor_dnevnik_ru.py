"""Dnevnik.ru end to end: a small school pushed over HTTP in the vendor's own v2 format, read back as a diary.

Covers, in one story on the embedded engines: roster (edu-group with students), a subject, work types with
weights, lessons with topics and embedded works (a Homework work becomes homework), marks on the five-point scale
with the work type's weight, attendance (lesson-log entries), a mark parked before its pupil and lesson (listed in
the quarantine, applied by itself when they arrive; its work type it does not wait for: the work type's weight and
title amend it when they arrive, dnevnik_ru_68), a changed re-send (grade.amended), an unchanged re-send
(duplicate), a deletion notice (grade.retracted), and a guardian linked through the native adapter with the
canonical ids the Dnevnik adapter built (``namespaced_id("dnevnik", school, "person", id)``).
Shapes follow ``adapters/dnevnik_ru/translate.py`` and ``contracts/dnevnik_ru/golden``.
"""

from __future__ import annotations

import pytest

from hub.auth.readers import Role

from tests.e2e.vendor_helpers import event_types, guardian_link, lessons_by_day, running_hub, statuses
from tests.samples import q

SCHOOL = "sch-dnevnik"
ADAPTER = "dnevnik_ru"
GROUP = 1000004500007
ANNA, BORIS = 1000012000101, 1000012000102
SUBJECT = 1000003010001
TEACHER = 1000012000900
LESSON_1, LESSON_2 = 1981234567880011001, 1981234567880011002
WORK_1, HOMEWORK_1, WORK_2 = 1981234567890000701, 1981234567890000702, 1981234567890000703
CLASS_WORK, CONTROL_WORK, SELF_WORK = 2101, 2102, 2103
DAY_1, DAY_2 = "2026-11-16", "2026-11-17"


def cid(kind: str, vendor_id: int) -> str:
    """The canonical id the adapter builds (adapters.base.namespaced_id with the adapter's system "dnevnik")."""
    return f"dnevnik:{SCHOOL}:{kind}:{vendor_id}"


def wrapped(resource: str, data, **extra) -> dict:
    return {"resource": resource, "data": data, **extra}


def work_type(vid: int, kind: str, title: str, abbr: str, weight: float) -> dict:
    return {"id": vid, "schoolId": 1000002283077, "kindId": 1, "kind": kind, "title": title, "abbr": abbr,
            "weight": weight}


def roster() -> list[dict]:
    students = [
        {"person": ANNA, "person_str": str(ANNA), "membershipstatus": "Active", "firstName": "Анна",
         "lastName": "Смирнова", "middleName": "Игоревна"},
        {"person": BORIS, "person_str": str(BORIS), "membershipstatus": "Active", "firstName": "Борис",
         "lastName": "Петров", "middleName": "Андреевич"},
    ]
    return [
        wrapped("edu-groups", {"id": GROUP, "id_str": str(GROUP), "parentIds": [], "parentIds_str": [],
                               "type": "Group", "name": "5А", "parallel": 5, "status": "Active", "studyyear": 2026,
                               "educationType": "Regular", "journaltype": "Default", "students": students}),
        wrapped("subjects", {"id": SUBJECT, "id_str": str(SUBJECT), "name": "Математика",
                             "knowledgeArea": "Математика", "fgosSubjectId": None}),
        wrapped("work-types", [work_type(CLASS_WORK, "DefaultNewLessonWork", "Работа на уроке", "РУ", 1),
                               work_type(CONTROL_WORK, "LessonTestWork", "Контрольная работа", "КР", 2)]),
    ]


def work(vid: int, kind: str, work_type_id: int, lesson: int, target: str, text: str = "", sent: str | None = None):
    return {"id": vid, "id_str": str(vid), "type": kind, "workType": work_type_id, "markType": "mark5",
            "markCount": 1, "lesson": lesson, "lesson_str": str(lesson), "status": "Sent", "eduGroup": GROUP,
            "eduGroup_str": str(GROUP), "tasks": [], "text": text, "periodNumber": 2, "periodType": "Quarter",
            "subjectId": SUBJECT, "isImportant": False, "targetDate": target, "sentDate": sent,
            "createdBy": TEACHER, "files": [], "oneDriveLinks": []}


def lesson(vid: int, day: str, number: int, hours: str, title: str, works: list[dict]) -> dict:
    return wrapped("lessons", {
        "id": vid, "id_str": str(vid), "title": title, "date": f"{day}T00:00:00", "number": number, "hours": hours,
        "subject": {"id": SUBJECT, "id_str": str(SUBJECT), "name": "Математика", "knowledgeArea": "Математика"},
        "group": GROUP, "status": "Conducted", "place": "214", "works": works,
        "teachers": [TEACHER], "teachers_str": [str(TEACHER)]})


def lessons() -> list[dict]:
    return [
        lesson(LESSON_1, DAY_1, 2, "09:25-10:10", "Обыкновенные дроби", [
            work(WORK_1, "DefaultNewLessonWork", CLASS_WORK, LESSON_1, f"{DAY_1}T00:00:00"),
            work(HOMEWORK_1, "Homework", 2107, LESSON_1, f"{DAY_2}T00:00:00", text="№ 412, 415(а,б)",
                 sent=f"{DAY_1}T10:05:31.2")]),
        lesson(LESSON_2, DAY_2, 3, "10:20-11:05", "Сложение дробей", [
            work(WORK_2, "LessonTestWork", CONTROL_WORK, LESSON_2, f"{DAY_2}T00:00:00")]),
    ]


def mark(vid: int, person: int, value: str, work_id: int, lesson_id: int, work_type_id: int, when: str) -> dict:
    return wrapped("marks", {
        "id": vid, "id_str": str(vid), "type": "mark5", "value": value, "textValue": value, "person": person,
        "person_str": str(person), "work": work_id, "work_str": str(work_id), "lesson": lesson_id,
        "lesson_str": str(lesson_id), "number": 0, "date": when, "workType": work_type_id, "mood": "Good",
        "use_avg_calc": True})


MARK_CLASS = 1981234567890123401  # Анна, 4 for class work on day 1
MARK_CONTROL = 1981234567890123402  # Анна, 3 on the control work, later re-sent as 4 (amended)
MARK_WRONG = 1981234567890123403  # Анна, a 2 deleted afterwards
MARK_BORIS = 1981234567890123404  # Борис: not in Анна's diary
MARK_SELF = 1981234567890123405  # Анна, sent before its pupil, lesson and work type (parked for the first two)


def marks(control_value: str = "3") -> list[dict]:
    return [
        mark(MARK_CLASS, ANNA, "4", WORK_1, LESSON_1, CLASS_WORK, f"{DAY_1}T10:01:07.513"),
        mark(MARK_CONTROL, ANNA, control_value, WORK_2, LESSON_2, CONTROL_WORK, f"{DAY_2}T11:00:00"),
        mark(MARK_WRONG, ANNA, "2", WORK_2, LESSON_2, CONTROL_WORK, f"{DAY_2}T11:00:05"),
        mark(MARK_BORIS, BORIS, "5+", WORK_1, LESSON_1, CLASS_WORK, f"{DAY_1}T10:02:00"),
    ]


def attendance() -> dict:
    def entry(person: int, lesson_id: int, status: str, created: str, comment: str = "") -> dict:
        return {"person": person, "person_str": str(person), "lesson": lesson_id, "lesson_str": str(lesson_id),
                "comment": comment, "status": status, "createdDate": created}

    return wrapped("lesson-log-entries", [
        entry(ANNA, LESSON_1, "Late", f"{DAY_1}T09:31:02.08", "опоздала на 5 минут"),
        entry(BORIS, LESSON_1, "Ill", f"{DAY_1}T09:30:47.6", "справка"),
        entry(ANNA, LESSON_2, "Attend", f"{DAY_2}T10:21:00"),
    ])


async def test_dnevnik_school_from_http_to_the_guardians_diary(tmp_path):
    async with running_hub(tmp_path) as hub:
        dnevnik = hub.client(ADAPTER, SCHOOL)

        # A mark whose pupil and lesson the hub has not seen yet is parked, and listed in the vendor's quarantine
        # (not for its work type: §3.1, the work type gives only its name and weight, dnevnik_ru_68).
        early = mark(MARK_SELF, ANNA, "5", WORK_2, LESSON_2, SELF_WORK, f"{DAY_2}T11:10:00")
        parked = await hub.push(ADAPTER, SCHOOL, dnevnik, [early])
        assert parked["results"][0]["status"] == "parked", parked
        assert [w["kind"] for w in parked["results"][0]["waiting_for"]] == ["student", "lesson"]
        listing = (await hub.http.get(f"/v1/ingest/{ADAPTER}/quarantine", headers=dnevnik)).json()
        assert listing["count"] == 1 and listing["parked"][0]["record"] == early
        assert listing["parked"][0]["waiting_for"][1]["vendor_id"] == cid("lesson", LESSON_2)

        # Roster, subject and work types, then lessons with works, marks (work types known) and attendance.
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, roster())
        assert statuses(body) == ["accepted"] * 3, body
        assert event_types(body, 0) == ["class.defined", "student.enrolled", "student.enrolled"]
        assert event_types(body, 1) == ["subject.defined"] and event_types(body, 2) == []  # work types: directory
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [*lessons(), *marks(), attendance()])
        assert statuses(body) == ["accepted"] * 7, body
        # the lesson's teacher; its embedded subject names the subject too (the legacy subjects record above is
        # numbered by its own record, so this first statement through a lesson is an event of its own)
        assert event_types(body, 0) == ["subject.defined", "lesson.scheduled", "teacher.assigned", "homework.assigned"]
        assert event_types(body, 2) == ["grade.recorded"]
        assert event_types(body, 6) == ["attendance.marked"] * 3
        # its pupil and lesson arrived: the parked mark is applied by itself and leaves the quarantine
        assert (await hub.http.get(f"/v1/ingest/{ADAPTER}/quarantine", headers=dnevnik)).json()["count"] == 0

        # The work type arrives: its weight and title amend the mark (§3.1: they are its work type's).
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [wrapped("work-types", [
            work_type(SELF_WORK, "LessonSelfWork", "Самостоятельная работа", "СР", 1.5)])])
        assert statuses(body) == ["accepted"] and event_types(body) == ["grade.amended"], body

        # A changed re-send is the correction; an unchanged re-send a duplicate; a deletion notice retracts.
        changed = await hub.push(ADAPTER, SCHOOL, dnevnik, [marks(control_value="4")[1]])
        assert statuses(changed) == ["accepted"] and event_types(changed) == ["grade.amended"], changed
        again = await hub.push(ADAPTER, SCHOOL, dnevnik, [roster()[0], *lessons(), marks()[0],
                                                          marks(control_value="4")[1], attendance()])
        assert statuses(again) == ["duplicate"] * 6, again
        deleted = await hub.push(ADAPTER, SCHOOL, dnevnik, [wrapped(
            "marks", {"id_str": str(MARK_WRONG), "person": ANNA}, deleted=True, deleted_at=f"{DAY_2}T15:00:00")])
        assert statuses(deleted) == ["accepted"] and event_types(deleted) == ["grade.retracted"], deleted

        # Dnevnik.ru carries no guardians: link one through the native adapter, with the canonical student id.
        native = hub.client("native", SCHOOL)
        body = await hub.push("native", SCHOOL, native, [guardian_link(SCHOOL, "mother-1", cid("person", ANNA),
                                                                       "gl-mother-anna")])
        assert statuses(body) == ["accepted"], body
        await hub.project()

        mother = hub.reader(q("mother-1", SCHOOL), Role.GUARDIAN)
        [child] = await hub.children(mother)
        assert (child["student_id"], child["last_name"], child["first_name"], child["middle_name"]) == (
            cid("person", ANNA), "Смирнова", "Анна", "Игоревна")
        assert (child["class_id"], child["class_name"], child["school_id"]) == (cid("class", GROUP), "5А", SCHOOL)

        diary = await hub.diary(cid("person", ANNA), mother, DAY_1, DAY_2)
        days = lessons_by_day(diary)
        assert list(days) == [DAY_1, DAY_2]
        [first], [second] = days[DAY_1], days[DAY_2]

        assert first["lesson_id"] == cid("lesson", LESSON_1)
        assert (first["slot"], first["topic"], first["room"]) == (2, "Обыкновенные дроби", "214")
        assert (first["starts_at"], first["ends_at"]) == ("09:25:00", "10:10:00")
        assert first["subject"] == {"id": cid("subject", SUBJECT), "name": "Математика"}
        assert [(h["homework_id"], h["text"], h["due_on"]) for h in first["homework"]] == [
            (cid("work", HOMEWORK_1), "№ 412, 415(а,б)", DAY_2)]
        assert [(m["grade_id"], m["value"], m["scale"], m["weight"], m["work_type"], m["work_type_name"], m["amended"])
                for m in first["marks"]] == [(cid("mark", MARK_CLASS), "4", "five_point", 1.0, "lesson_work",
                                              "Работа на уроке", False)]  # the code and the school's own title
        assert first["marks"][0]["normalised"] == 75.0 and first["marks"][0]["counts_in_average"] is True
        assert first["attendance"]["status"] == "late" and first["attendance"]["comment"] == "опоздала на 5 минут"

        assert second["lesson_id"] == cid("lesson", LESSON_2)
        assert (second["slot"], second["topic"]) == (3, "Сложение дробей")
        assert [h["text"] for h in second["homework"]] == ["№ 412, 415(а,б)"]  # due that day, in its subject
        graded = {m["grade_id"]: m for m in second["marks"]}
        assert set(graded) == {cid("mark", MARK_CONTROL), cid("mark", MARK_SELF)}  # the deleted 2 is gone
        control, self_work = graded[cid("mark", MARK_CONTROL)], graded[cid("mark", MARK_SELF)]
        assert (control["value"], control["scale"], control["weight"], control["work_type"], control["amended"]) == (
            "4", "five_point", 2.0, "control_work", True)
        assert (self_work["value"], self_work["weight"], self_work["work_type"], self_work["amended"]) == (
            "5", 1.5, "independent_work", True)  # amended by its work type's weight
        assert second["attendance"]["status"] == "present"
        assert all(d["marks_without_lesson"] == [] for d in diary["days"])

        # Борис is in the class but not this guardian's child: his diary is not hers to read.
        refused = await hub.http.get(f"/v1/students/{cid('person', BORIS)}/diary",
                                     params={"from": DAY_1, "to": DAY_2}, headers=mother)
        assert refused.status_code == 404


def period_group() -> dict:
    def period(vid: int, number: int, start: str, finish: str) -> dict:
        return {"id": vid, "id_str": str(vid), "start": f"{start}T00:00:00", "finish": f"{finish}T00:00:00",
                "number": number, "type": "Quarter", "name": f"{number} четверть", "year": 2026}

    return wrapped("reporting-period-group", {
        "id": 55, "reportingPeriods": [period(1000007000301, 1, "2026-09-01", "2026-10-25"),
                                       period(1000007000302, 2, "2026-11-05", "2026-12-28")],
        "holidays": [{"id": 7, "reportingPeriodGroupId": 55, "dateStart": "2026-10-26T00:00:00",
                      "dateFinish": "2026-11-04T00:00:00", "name": "Осенние каникулы", "description": ""}]})


async def test_dnevnik_school_periods_and_holidays_reach_the_final_grades(tmp_path):
    """The school's average rule, and a reporting-period group's quarters and holidays, are the school's own: the
    final-grades view uses and lists them."""
    school = wrapped("schools", {"id": 1000002283077, "id_str": "1000002283077", "name": "Школа № 1234",
                                 "fullName": "ГБОУ «Школа № 1234»", "markType": "mark5", "timeZone": 3,
                                 "uses_avg": True, "uses_weighted_avg": False})
    async with running_hub(tmp_path) as hub:
        dnevnik = hub.client(ADAPTER, SCHOOL)
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [school, *roster(), period_group()])
        assert statuses(body) == ["accepted"] * 5, body
        assert event_types(body, 0) == ["school.registered"]
        assert event_types(body, 4) == ["reporting_period.defined"] * 2 + ["holiday.defined"]
        body = await hub.push("native", SCHOOL, hub.client("native", SCHOOL),
                              [guardian_link(SCHOOL, "mother-1", cid("person", ANNA), "gl-mother-anna")])
        assert statuses(body) == ["accepted"], body
        await hub.project()

        answer = await hub.http.get(f"/v1/students/{cid('person', ANNA)}/final-grades", params={"year": 2026},
                                    headers=hub.reader(q("mother-1", SCHOOL), Role.GUARDIAN))
        assert answer.status_code == 200, answer.text
        grades = answer.json()
        assert (grades["average_rule"], grades["scale"]) == ("simple", "five_point")
        assert [(p["name"], p["starts_on"], p["ends_on"]) for p in grades["periods"]] == [
            ("1 четверть", "2026-09-01", "2026-10-25"), ("2 четверть", "2026-11-05", "2026-12-28")]
        assert [(h["holiday_id"], h["name"], h["starts_on"], h["ends_on"], h["class_id"])
                for h in grades["holidays"]] == [
            (cid("holiday", 7), "Осенние каникулы", "2026-10-26", "2026-11-04", None)]

        # The teacher's quarter mark, then its deletion: the cell shows it, then the computed average alone.
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [wrapped("final-marks", [final_mark(QUARTER_MARK, "5")])])
        assert statuses(body) == ["accepted"] and event_types(body) == ["final_grade.recorded"], body
        assert await quarter_marks(hub) == ["5"]
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [wrapped(
            "final-marks", {"id_str": str(QUARTER_MARK), "person": ANNA}, deleted=True, deleted_at="2026-10-26T09:00:00")])
        assert statuses(body) == ["accepted"] and event_types(body) == ["final_grade.retracted"], body
        assert await quarter_marks(hub) == []


QUARTER_MARK = 1981234567890999001


def final_mark(vid: int, value: str) -> dict:
    """``final-marks`` for Анна: her mathematics mark for the first quarter of ``period_group``."""
    return {"person": ANNA, "person_str": str(ANNA), "group": GROUP, "group_str": str(GROUP),
            "reportingPeriod": 1000007000301, "reportingPeriod_str": "1000007000301", "per-subject-final-marks": [
                {"subject": SUBJECT, "subject_str": str(SUBJECT), "final-mark": {
                    "id": vid, "id_str": str(vid), "type": "mark5", "value": value, "textValue": value,
                    "person": ANNA, "person_str": str(ANNA), "lesson": None, "lesson_str": None, "number": 0,
                    "date": "2026-10-24T15:02:11.9", "mood": "Good", "use_avg_calc": False}}]}


async def quarter_marks(hub) -> list[str]:  # noqa: ANN001 - the VendorHub of running_hub
    await hub.project()
    answer = await hub.http.get(f"/v1/students/{cid('person', ANNA)}/final-grades", params={"year": 2026},
                                headers=hub.reader(q("mother-1", SCHOOL), Role.GUARDIAN))
    rows = [s for s in answer.json()["subjects"] if s["subject"]["id"] == cid("subject", SUBJECT)]
    if not rows:  # no lessons here: the subject is listed only while it has a mark
        return []
    [quarter] = [p for p in rows[0]["periods"] if p["period_id"] == cid("period", 1000007000301)]
    return [mark["value"] for mark in quarter["final_marks"]]


@pytest.mark.parametrize("record", [
    pytest.param(roster()[1], id="subject"),
    pytest.param(wrapped("marks", {"id_str": str(MARK_WRONG), "person": ANNA}, deleted=True),
                 id="deletion-without-deleted_at"),
])
async def test_unchanged_resend_without_a_vendor_time_is_a_duplicate(tmp_path, record):
    async with running_hub(tmp_path) as hub:
        dnevnik = hub.client(ADAPTER, SCHOOL)
        body = await hub.push(ADAPTER, SCHOOL, dnevnik, [*roster(), *lessons(), *marks()])
        assert set(statuses(body)) == {"accepted"}, body
        first = await hub.push(ADAPTER, SCHOOL, dnevnik, [record])
        assert statuses(first) in (["accepted"], ["duplicate"]), first
        again = await hub.push(ADAPTER, SCHOOL, dnevnik, [record])
        assert statuses(again) == ["duplicate"], again
