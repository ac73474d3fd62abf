"""A small Dnevnik.ru world (one class with a subgroup, two pupils, a teacher, a parent, a lesson with a work and a
homework, a mark, an attendance entry, a period mark), written from ``shared/reference/dnevnik_ru.md`` and given
in **every shape** the reference lists for each fact, as request envelopes. ``World(k)`` offsets every id by ``k``,
so several copies live in one hub without touching each other.

Used by ``tests/integration/test_dnevnik_shapes.py`` (every pair of shapes carrying the same fact merges) and the
adapter's unit tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHOOL_VENDOR = 1000002283077
WORK_TYPES = [{"id": 2101, "schoolId": SCHOOL_VENDOR, "kindId": 1, "kind": "DefaultNewLessonWork",
               "title": "Ответ на уроке", "abbr": "ОУ", "weight": 2},
              {"id": 2190, "schoolId": SCHOOL_VENDOR, "kindId": 10, "kind": "PeriodMark", "title": "Четвертная оценка",
               "abbr": "Ч", "weight": 0},
              {"id": 2107, "schoolId": SCHOOL_VENDOR, "kindId": 9, "kind": "Homework", "title": "Домашнее задание",
               "abbr": "ДЗ", "weight": 1}]
EMBEDDED_TYPE = {"id": 2101, "schoolId": SCHOOL_VENDOR, "abbreviation": "ОУ", "name": "Ответ на уроке",
                 "isFinal": False, "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"}


def env(request: str, body: Any, request_body: Any = None) -> dict[str, Any]:
    record = {"request": request, "body": body}
    if request_body is not None:
        record["request_body"] = request_body
    return record


def ids(value: int) -> dict[str, Any]:
    return {"id": value, "id_str": str(value)}


@dataclass(frozen=True)
class World:
    k: int = 0

    # ids ----------------------------------------------------------------------------------------------------------
    def i(self, n: int) -> int:
        return 2260325488551000000 + self.k * 1000 + n

    @property
    def group(self) -> int: return self.i(1)
    @property
    def subgroup(self) -> int: return self.i(2)
    @property
    def pupil(self) -> int: return self.i(101)
    @property
    def twin(self) -> int: return self.i(102)
    @property
    def parent(self) -> int: return self.i(201)
    @property
    def parent_user(self) -> int: return self.i(701)
    @property
    def teacher(self) -> int: return self.i(901)
    @property
    def teacher_user(self) -> int: return self.i(801)
    @property
    def subject(self) -> int: return self.i(301)
    @property
    def period(self) -> int: return self.i(350)
    @property
    def lesson(self) -> int: return self.i(401)
    @property
    def work(self) -> int: return self.i(501)
    @property
    def homework(self) -> int: return self.i(502)
    @property
    def period_work(self) -> int: return self.i(510)
    @property
    def mark(self) -> int: return self.i(551)
    @property
    def final(self) -> int: return self.i(560)
    @property
    def file(self) -> int: return self.i(601)

    # objects ------------------------------------------------------------------------------------------------------
    def edu_group(self, sub: bool = False, parent_ids: Any = ()) -> dict[str, Any]:
        if sub:
            return {**ids(self.subgroup), "parentIds": [self.group], "parentIds_str": [str(self.group)],
                    "type": "Subgroup", "name": "Англ1", "fullName": "Морозова И.А.", "parallel": 7,
                    "status": "Active", "studyyear": 2025}
        parents = {"parentIds": None} if parent_ids is None else {"parentIds": [], "parentIds_str": []}
        return {**ids(self.group), **parents, "type": "Group", "name": "7Б", "fullName": "", "parallel": 7,
                "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": []}

    def person(self, which: str) -> dict[str, Any]:
        names = {"pupil": ("Анна", "Смирнова", "Игоревна"), "twin": ("Алиса", "Смирнова", "Игоревна"),
                 "teacher": ("Наталья", "Орлова", "Викторовна"), "parent": ("Марина", "Смирнова", "Олеговна")}[which]
        user = {"pupil": None, "twin": None, "teacher": self.teacher_user, "parent": self.parent_user}[which]
        return {**ids(getattr(self, which)), "userId": user, "userId_str": str(user) if user else None,
                "firstName": names[0], "lastName": names[1], "middleName": names[2], "shortName": names[0],
                "sex": "Female"}

    def user(self, which: str) -> dict[str, Any]:
        person = self.person(which)
        roles = {"teacher": ["EduStaff"], "parent": ["EduParent"]}[which]
        return {**ids(person["userId"]), "personId": person["id"], "personId_str": person["id_str"],
                "firstName": person["firstName"], "lastName": person["lastName"], "middleName": person["middleName"],
                "fullName": f"{person['lastName']} {person['firstName']} {person['middleName']}",
                "birthday": "1980-01-02T00:00:00", "roles": roles, "timezone": "+5:00"}

    def subject_obj(self) -> dict[str, Any]:
        return {**ids(self.subject), "name": "Алгебра", "knowledgeArea": "Математика", "fgosSubjectId": None}

    def work_obj(self) -> dict[str, Any]:
        return {**ids(self.work), "type": "DefaultNewLessonWork", "workType": 2101, "markType": "mark5",
                "markCount": 1, "lesson": self.lesson, "lesson_str": str(self.lesson), "eduGroup": self.group,
                "eduGroup_str": str(self.group), "text": "", "subjectId": self.subject,
                "targetDate": "2025-10-13T00:00:00", "sentDate": None, "createdBy": self.teacher, "files": []}

    def homework_obj(self) -> dict[str, Any]:
        return {**ids(self.homework), "type": "Homework", "workType": 2107, "markType": "mark5", "markCount": 1,
                "lesson": self.lesson, "lesson_str": str(self.lesson), "eduGroup": self.group,
                "eduGroup_str": str(self.group), "text": "№ 212, 215", "subjectId": self.subject,
                "targetDate": "2025-10-15T00:00:00", "sentDate": "2025-10-13T09:20:31.2", "createdBy": self.teacher,
                "files": [self.file]}

    def period_work_obj(self) -> dict[str, Any]:
        return {**ids(self.period_work), "type": "PeriodMark", "workType": 2190, "markType": "mark5", "markCount": 1,
                "lesson": None, "eduGroup": self.group, "eduGroup_str": str(self.group), "text": "",
                "periodNumber": 1, "periodType": "Quarter", "subjectId": self.subject,
                "targetDate": "2025-10-24T00:00:00"}

    def file_obj(self) -> dict[str, Any]:
        return {**ids(self.file), "name": "задачи.pdf", "typeGroup": "Document", "type": "pdf",
                "pageUrl": f"https://dnevnik.ru/files/file/{self.file}",
                "downloadUrl": f"https://dnevnik.ru/files/download/{self.file}", "size": 4821}

    def lesson_entity(self) -> dict[str, Any]:
        return {**ids(self.lesson), "title": "Степени", "date": "2025-10-13T08:30:00", "number": 1,
                "subject": self.subject_obj(), "group": self.group, "status": "Conducted", "resultPlaceId": 0,
                "works": [self.work_obj(), self.homework_obj()], "teachers": [self.teacher],
                "teachers_str": [str(self.teacher)]}

    def lesson_flat(self, teachers: bool = True) -> dict[str, Any]:
        flat = {"id": self.lesson, "title": "Степени", "date": "2025-10-13T08:30:00", "number": 1,
                "subjectId": self.subject, "status": "Conducted", "resultPlaceId": 0, "building": "Главный",
                "place": "31", "floor": "3", "hours": "08:30 - 09:15", "works": [self.work, self.homework]}
        return {**flat, "teachers": [self.teacher]} if teachers else flat

    def mark_obj(self, twins: bool = True) -> dict[str, Any]:
        mark = {**ids(self.mark), "type": "mark5", "value": "4-", "textValue": "4-", "person": self.pupil,
                "work": self.work, "lesson": self.lesson, "number": 0, "date": "2025-10-13T09:11:07.513",
                "workType": 2101, "mood": "Good", "use_avg_calc": True}
        if twins:
            mark.update(person_str=str(self.pupil), work_str=str(self.work), lesson_str=str(self.lesson))
        return mark

    def final_obj(self) -> dict[str, Any]:
        return {**ids(self.final), "type": "mark5", "value": "5", "textValue": "5", "person": self.pupil,
                "person_str": str(self.pupil), "work": self.period_work, "work_str": str(self.period_work),
                "lesson": None, "lesson_str": None, "number": 0, "date": "2025-10-24T15:02:11.9", "workType": 2190,
                "mood": "Good", "use_avg_calc": False}

    def entry(self) -> dict[str, Any]:
        return {"person": self.pupil, "person_str": str(self.pupil), "lesson": self.lesson,
                "lesson_str": str(self.lesson), "comment": "опоздала", "status": "Late",
                "createdDate": "2025-10-13T08:40:02.08"}

    def day(self) -> dict[str, Any]:
        return {"date": "2025-10-13T00:00:00", "lessons": [self.lesson_flat()], "marks": [self.mark_obj()],
                "works": [self.work_obj()], "homeworks": [self.homework_obj()],
                "subjects": [{"id": self.subject, "name": "Алгебра", "knowledgeAreaId": 2}],
                "workTypes": [EMBEDDED_TYPE], "lessonLogEntries": [self.entry()],
                "teachers": [{"person": self.person("teacher"), "role": "Teacher"}], "nextDate": "2025-10-14T00:00:00"}

    # what every family needs first ------------------------------------------------------------------------------
    def roster(self) -> list[dict[str, Any]]:
        students = [{"person": self.person("pupil"), "membershipstatus": "Active"},
                    {"person": self.person("twin"), "membershipstatus": "Active"}]
        return [
            env(f"GET /v2/schools/{SCHOOL_VENDOR}", {**ids(SCHOOL_VENDOR), "name": "СОШ № 17", "fullName": "МАОУ СОШ № 17",
                                                     "timeZone": 5, "markType": "mark5", "uses_avg": True,
                                                     "uses_weighted_avg": True}),
            env(f"GET /v2/work-types/{SCHOOL_VENDOR}", WORK_TYPES),
            env("POST /v2/edu-groups", [{"group": self.edu_group(), "students": students},
                                        {"group": self.edu_group(sub=True), "students": students[:1]}],
                [self.group, self.subgroup]),
            env(f"GET /v2/edu-groups/{self.group}/reporting-periods",
                [{**ids(self.period), "start": "2025-09-01T00:00:00", "finish": "2025-10-24T00:00:00", "number": 1,
                  "type": "Quarter", "name": "1 четверть", "year": 2025}]),
        ]

    def lessons_first(self) -> list[dict[str, Any]]:
        return [*self.roster(), env(f"GET /v2/edu-groups/{self.group}/lessons/2025-10-13/2025-10-18",
                                    [self.lesson_entity()])]
