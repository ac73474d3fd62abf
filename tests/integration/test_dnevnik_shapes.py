"""Every pair of Dnevnik.ru answer shapes that carry the same fact (issue 11 §6), on both stacks.

For each fact family (a lesson, a mark, an attendance entry, a homework, a period mark, a subject, a teacher's
name, a class, an enrolment, a guardian link) and each ordered pair (A, B) of the endpoints that carry it, a fresh
copy of the world (``tests/dnevnik_world.py``) gets A, then B, then A and B again: the re-sends append nothing, and
the fact holds every field either shape states (what one shape does not state, the other's answer keeps). The
rules are ``adapters/dnevnik_ru/README.md``'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from hub.events.envelope import decode
from hub.ingest.service import Client
from tests.dnevnik_world import EMBEDDED_TYPE, SCHOOL_VENDOR, World, env

SCHOOL = "sch-dn"
CLIENT = Client("c-dn", "dnevnik_ru", frozenset({SCHOOL}))
S = SCHOOL_VENDOR


def cid(kind: str, vendor: int) -> str:
    return f"dnevnik:{SCHOOL}:{kind}:{vendor}"


def schedules(w: World) -> dict:
    return env(f"GET v2.0/persons/{w.pupil}/groups/{w.group}/schedules?startDate=2025-10-13T00:00:00"
               f"&endDate=2025-10-18T23:59:59", {"days": [w.day()]})


def recent(w: World) -> dict:
    return env(f"GET /v2/persons/{w.pupil}/group/{w.group}/recentmarks?fromDate=2025-10-13&limit=50", {
        "marks": [w.mark_obj()], "criteriabasedmarks": [], "works": [w.work_obj()],
        "subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}], "workTypes": [EMBEDDED_TYPE],
        "lessons": [w.lesson_flat()], "lessonLogEntries": [w.entry()]})


def homeworks(w: World) -> dict:
    return env(f"GET https://api.dnevnik.ru/v2/users/me/school/{S}/homeworks?startDate=2025-10-13&endDate=2025-10-18",
               {"works": [w.homework_obj()], "subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}],
                "lessons": [w.lesson_flat()], "files": [w.file_obj()], "teachers": [w.person("teacher")]})


def feed(w: World) -> dict:
    """A child's feed of the lesson's day (§7; the day layout of the client models, §10 items 4 and 6)."""
    card = {"marks": [w.mark_obj()], "lesson": {"id": w.lesson, "date": "2025-10-13T08:30:00"}, "isImportant": False,
            "subjectName": "Алгебра", "subjectId": w.subject, "workTypeName": "Ответ на уроке"}
    return env(f"GET /v2/users/me/feed?date=2025-10-13&childPersonId={w.pupil}&limit=1", {"days": [{
        "date": "2025-10-13T00:00:00", "nextWorkingDayDate": "2025-10-14T00:00:00",
        "summary": {"importantWorks": [], "markCards": [card], "dayEmotion": "Good", "feedMode": "Default"},
        "todayHomeworks": [], "todaySchedule": [], "nextDaySchedule": [],
        "nextDayHomeworks": [{"work": w.homework_obj(), "subjectName": "Алгебра", "workTypeName": "ДЗ"}],
        "logEntries": [{"lessonLogEntry": w.entry(), "subjectName": "Алгебра", "lessonTitle": "Степени"}]}]})


def group_lessons(w: World) -> dict:
    return env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18", [w.lesson_entity()])


def bare_lesson(w: World) -> dict:
    return env(f"GET /v2/lessons/{w.lesson}", {**w.lesson_entity(), "works": []})


Shapes = dict[str, Callable[[World], dict]]
FLAT = {"schedules", "homeworks", "recentmarks"}  # the shapes that state a lesson's room and end time
# (prerequisites, shapes, event type prefix, the fact's key, the fields it must hold after shapes (a, b))
FAMILIES: dict[str, tuple[Callable[[World], list[dict]], Shapes, str, Callable[[World], tuple[str, str]],
                          Callable[[World, set[str]], dict[str, Any]]]] = {
    "lesson": (lambda w: w.roster(), {
        "edu-groups/{g}/lessons": group_lessons,
        "lessons/{l}": lambda w: env(f"/v2/lessons/{w.lesson}", w.lesson_entity()),
        "POST lessons/many": lambda w: env("POST /v2/lessons/many", [w.lesson_entity()], [w.lesson]),
        "schedules": schedules, "homeworks": homeworks, "recentmarks": recent,
    }, "lesson.", lambda w: ("lesson_id", cid("lesson", w.lesson)), lambda w, pair: {
        "class_id": cid("class", w.group), "topic": "Степени", "starts_at": "08:30:00",
        "teacher_id": cid("person", w.teacher), "date": "2025-10-13", "slot": 1,
        "room": "31" if pair & FLAT else None, "ends_at": "09:15:00" if pair & FLAT else None}),
    "grade": (lambda w: w.lessons_first(), {
        "edu-groups/{g}/marks": lambda w: env(
            f"/v2/edu-groups/{w.group}/marks/2025-10-13T00:00:00/2025-10-18T23:59:59", [w.mark_obj()]),
        "persons/{p}/schools/{s}/marks": lambda w: env(
            f"/v2/persons/{w.pupil}/schools/{S}/marks/2025-10-13/2025-10-18", [w.mark_obj(twins=False)]),
        "marks/{m}": lambda w: env(f"/v2/marks/{w.mark}", w.mark_obj()),
        "works/{w}/marks": lambda w: env(f"/v2/works/{w.work}/marks", [w.mark_obj()]),
        "lessons/{l}/marks": lambda w: env(f"/v2/lessons/{w.lesson}/marks", [w.mark_obj(twins=False)]),
        "POST lessons/marks": lambda w: env("POST /v2/lessons/marks", [w.mark_obj()], {"lessons": [w.lesson]}),
        "schedules": schedules, "recentmarks": recent, "users/me/feed": feed,
    }, "grade.", lambda w: ("grade_id", cid("mark", w.mark)), lambda w, pair: {
        "value": "4-", "text": "4-", "weight": 2.0, "subject_id": cid("subject", w.subject),
        "work_type": {"code": "lesson_work", "name": "Ответ на уроке"}, "counts_in_average": True,
        "lesson_id": cid("lesson", w.lesson), "student_id": cid("person", w.pupil), "date": "2025-10-13"}),
    "attendance": (lambda w: w.lessons_first(), {
        "lesson-log-entries/group/{g}": lambda w: env(
            f"/v2/lesson-log-entries/group/{w.group}?subject={w.subject}&from=2025-10-13&to=2025-10-18", [w.entry()]),
        "lessons/{l}/log-entries": lambda w: env(f"/v2/lessons/{w.lesson}/log-entries", [w.entry()]),
        "lesson-log-entries/lesson/{l}/person/{p}": lambda w: env(
            f"/v2/lesson-log-entries/lesson/{w.lesson}/person/{w.pupil}", w.entry()),
        "lesson-log-entries?lessons=": lambda w: env(f"/v2/lesson-log-entries?lessons={w.lesson}", [w.entry()]),
        "persons/{p}/lesson-log-entries": lambda w: env(
            f"/v2/persons/{w.pupil}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
            {"logEntries": [w.entry()], "lessons": [w.lesson_flat()]}),
        "schedules": schedules, "recentmarks": recent, "users/me/feed": feed,
    }, "attendance.", lambda w: ("lesson_id", cid("lesson", w.lesson)), lambda w, pair: {
        "student_id": cid("person", w.pupil), "status": "late", "code": "Late", "comment": "опоздала"}),
    "homework": (lambda w: [*w.roster(), bare_lesson(w)], {
        "edu-groups/{g}/lessons": group_lessons,
        "works/{w}": lambda w: env(f"/v2/works/{w.homework}", w.homework_obj()),
        "lessons/{l}/works": lambda w: env(f"/v2/lessons/{w.lesson}/works", [w.work_obj(), w.homework_obj()]),
        "POST works/many": lambda w: env("POST /v2/works/many", [w.homework_obj()], [w.homework]),
        "homeworks": homeworks, "schedules": schedules, "users/me/feed": feed,
    }, "homework.", lambda w: ("homework_id", cid("work", w.homework)), lambda w, pair: {
        "attachments": [{"name": "задачи.pdf", "url": f"https://dnevnik.ru/files/download/{w.file}",
                         "media_type": None, "size_bytes": 4821}] if "homeworks" in pair else [],
        "text": "№ 212, 215", "due_on": "2025-10-15", "class_id": cid("class", w.group),
        "subject_id": cid("subject", w.subject), "lesson_id": cid("lesson", w.lesson),
        "teacher_id": cid("person", w.teacher)}),
    "final_grade": (lambda w: [*w.roster(), env(f"/v2/works/{w.period_work}", w.period_work_obj())], {
        "edu-groups/{g}/final-marks": lambda w: env(f"/v2/edu-groups/{w.group}/final-marks", [{
            "person": w.pupil, "person_str": str(w.pupil), "group": w.group, "group_str": str(w.group),
            "reportingPeriod": w.period, "reportingPeriod_str": str(w.period),
            "per-subject-final-marks": [{"subject": w.subject, "subject_str": str(w.subject),
                                         "final-mark": w.final_obj()}]}]),
        "persons/{p}/edu-groups/{g}/final-marks": lambda w: env(
            f"/v2/persons/{w.pupil}/edu-groups/{w.group}/final-marks",
            [{"subject": w.subject, "subject_str": str(w.subject), "final-mark": w.final_obj()}]),
        "allfinalmarks": lambda w: env(f"/v2/persons/{w.pupil}/edu-groups/{w.group}/allfinalmarks", {
            "marks": [w.final_obj()], "works": [w.period_work_obj()],
            "subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}],
            "workTypes": [{**EMBEDDED_TYPE, "id": 2190, "name": "Четвертная оценка", "kind": "PeriodMark"}]}),
        "edu-groups/{g}/subjects/{s}/final-marks": lambda w: env(
            f"/v2/edu-groups/{w.group}/subjects/{w.subject}/final-marks", [w.final_obj()]),
    }, "final_grade.", lambda w: ("final_grade_id", cid("mark", w.final)), lambda w, pair: {
        "value": "5", "text": "5", "period_id": cid("period", w.period), "subject_id": cid("subject", w.subject),
        "student_id": cid("person", w.pupil)}),
    "subject": (lambda w: [], {
        "schools/{s}/subjects": lambda w: env(f"/v2/schools/{S}/subjects", [w.subject_obj()]),
        "edu-groups/{g}/subjects": lambda w: env(f"/v2/edu-groups/{w.group}/subjects", [w.subject_obj()]),
        "bundle subjects": lambda w: env(f"/v2/persons/{w.pupil}/group/{w.group}/recentmarks",
                                         {"subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}]}),
    }, "subject.", lambda w: ("subject_id", cid("subject", w.subject)), lambda w, pair: {
        "name": "Алгебра", "knowledge_area": "Математика"}),
    "teacher": (lambda w: w.roster(), {
        "POST users/many": lambda w: env("POST /v2/users/many", [w.user("teacher")], [w.teacher_user]),
        "edu-groups/{g}/teachers": lambda w: env(f"/v2/edu-groups/{w.group}/teachers", [w.person("teacher")]),
        "edu-groups/{g}/classteacher": lambda w: env(f"/v2/edu-groups/{w.group}/classteacher", w.person("teacher")),
        "schools/{s}/teachers": lambda w: env(f"/v2/schools/{S}/teachers", [{
            "Id": w.teacher, "IdStr": str(w.teacher), "UserId": w.teacher_user, "FirstName": "Наталья",
            "LastName": "Орлова", "MiddleName": "Викторовна", "ShortName": "Наталья О", "HouseMaster": True}]),
    }, "teacher.defined", lambda w: ("teacher_id", cid("person", w.teacher)), lambda w, pair: {
        "display_name": "Орлова Наталья Викторовна" if "POST users/many" in pair else None, "name": {"last_name": "Орлова", "first_name": "Наталья", "middle_name": "Викторовна"}}),
    "class": (lambda w: [], {
        "POST edu-groups": lambda w: env("POST /v2/edu-groups", [{"group": w.edu_group(), "students": []}], [w.group]),
        "edu-groups/{g}": lambda w: env(f"/v2/edu-groups/{w.group}", w.edu_group()),
        "persons/{p}/edu-groups": lambda w: env(f"/v2/persons/{w.pupil}/edu-groups", [w.edu_group(parent_ids=None)]),
        "schools/{s}/edu-groups": lambda w: env(f"/v2/schools/{S}/edu-groups", [w.edu_group()]),
    }, "class.", lambda w: ("class_id", cid("class", w.group)), lambda w, pair: {
        "name": "7Б", "academic_year": 2025, "grade_level": 7, "parent_class_id": None}),
    "enrolment": (lambda w: [env(f"/v2/edu-groups/{w.group}", w.edu_group())], {
        "POST edu-groups": lambda w: env("POST /v2/edu-groups", [{"group": w.edu_group(), "students": [
            {"person": w.person("pupil"), "membershipstatus": "Active"}]}], [w.group]),
        "edu-groups/{g}/persons": lambda w: env(f"/v2/edu-groups/{w.group}/persons?includeArchive=false",
                                                [w.person("pupil")]),
        "teacher/{t}/students": lambda w: env(f"/v2/teacher/{w.teacher}/students", [{
            **{"id": w.group, "id_str": str(w.group)}, "students": [w.person("pupil")]}]),
    }, "student.", lambda w: ("student_id", cid("person", w.pupil)), lambda w, pair: {
        "class_id": cid("class", w.group), "enrolled_on": "2025-09-01",
        "name": {"last_name": "Смирнова", "first_name": "Анна", "middle_name": "Игоревна"}}),
    "guardian": (lambda w: [*w.roster(), env("POST /v2/users/many", [w.user("parent")], [w.parent_user])], {
        "users/{u}/context": lambda w: env(f"/v2/users/{w.parent_user}/context", {
            "userId": w.parent_user, "personId": w.parent, "roles": ["EduParent"], "children": [
                {"personId": w.pupil, "firstName": "Анна", "lastName": "Смирнова", "groupIds": [w.group]}]}),
        "users/{u}/relatives": lambda w: env(f"/v2/users/{w.parent_user}/relatives",
                                             [{"type": "Child", "person": w.person("pupil")}]),
        "user/{u}/children": lambda w: env(f"/v2/user/{w.parent_user}/children", [
            {"id": w.pupil, "id_str": str(w.pupil), "shortName": "Анна С", "sex": "Female"}]),
    }, "guardian.", lambda w: ("student_id", cid("person", w.pupil)), lambda w, pair: {
        "guardian_id": cid("person", w.parent), "relation": "parent",
        "name": {"last_name": "Смирнова", "first_name": "Марина", "middle_name": "Олеговна"}}),
}


async def log_events(hub) -> list[Any]:
    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        found += [decode(record.value) for record in await hub.log.read(partition, 0, high + 1)]
    return found


@pytest.mark.parametrize("family", sorted(FAMILIES))
async def test_every_pair_of_shapes_of_a_fact_merges(running, family):
    prerequisites, shapes, kind, key_of, expected_of = FAMILIES[family]
    ingest = running.hub.ingest.ingest
    problems = []
    for k, (a, b) in enumerate(itertools.permutations(sorted(shapes), 2), start=1):
        world = World(k + 100 * sorted(FAMILIES).index(family))
        first = await ingest(CLIENT, _adapter(), prerequisites(world), False, SCHOOL)
        assert all(r.status in ("accepted", "duplicate") for r in first.results), first.as_dict()
        for name in (a, b):
            report = await ingest(CLIENT, _adapter(), [shapes[name](world)], False, SCHOOL)
            assert report.results[0].status in ("accepted", "duplicate"), (name, report.as_dict())
        size = len(await log_events(running.hub))
        for name in (a, b):
            report = await ingest(CLIENT, _adapter(), [shapes[name](world)], False, SCHOOL)
            if report.results[0].status != "duplicate":
                problems.append(f"{a} then {b}: re-sending {name} appended {report.as_dict()['results'][0]}")
        assert len(await log_events(running.hub)) == size or problems
        field, value = key_of(world)
        facts = [e for e in await log_events(running.hub) if e.type.startswith(kind) and e.data.get(field) == value]
        if not facts:
            problems.append(f"{a} then {b}: no {kind} event")
            continue
        latest = facts[-1].data
        expected = expected_of(world, {a, b})
        wrong = {name: latest.get(name) for name, want in expected.items() if latest.get(name) != want}
        if wrong:
            problems.append(f"{a} then {b}: {wrong}")
    assert not problems, "\n".join(problems)


def _adapter():
    from adapters.registry import get_adapter

    return get_adapter("dnevnik_ru")
