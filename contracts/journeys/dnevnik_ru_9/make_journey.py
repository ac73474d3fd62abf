"""Dnevnik.ru journey 9: the same facts in the shapes real clients see (see README.md). Stdlib, deterministic.

Writes journey.json beside this file. One class (5В), four pupils, one week (2026-03-16..20): every day's lessons,
marks, attendance and homework come through another shape of the same endpoint family.
"""

from __future__ import annotations

import json
from pathlib import Path

SCHOOL = 1000002470009
G = 2260325488559000501  # class 5В, 19 digits (§1)
P1, P2, P3, P4, P5 = 1000012900001, 1000012900002, 2260325488559100003, 1000012900004, 1000012900005
PUPILS = {P1: ("Мила", "Орлова", "Female"), P2: ("Олег", "Панин", "Male"), P3: ("Зоя", "Рыбакова", "Female"),
          P4: ("Тимур", "Сафин", "Male"), P5: ("Ася", "Юдина", "Female")}
T_MATH, T_RUS, T_ENG = 1000012900901, 1000012900902, 1000012900903
MATH, RUS, ENG, LIT = 1000003090001, 1000003090002, 1000003090003, 1000003090004
SUBJECTS = {MATH: "Математика", RUS: "Русский язык", ENG: "Английский язык"}
TEACHER_OF = {MATH: T_MATH, RUS: T_RUS, ENG: T_ENG, LIT: T_RUS}
DAYS = ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]
SLOTS = {1: ("08:30", "09:15", MATH), 2: ("09:25", "10:10", RUS), 3: ("10:20", "11:05", ENG),
         4: ("11:15", "12:00", LIT)}  # slot 4 (literature) only on Wednesday
ROOMS = {MATH: "21", RUS: "14", ENG: "32", LIT: "14"}
TOPICS = {
    (0, 1): "Десятичные дроби", (0, 2): "Имя существительное", (0, 3): "My family",
    (1, 1): "Сложение десятичных дробей", (1, 2): "Падежи существительных", (1, 3): "Present Simple",
    (2, 1): "Вычитание десятичных дробей", (2, 2): "Склонение существительных", (2, 3): "My school",
    (3, 1): "Умножение десятичной дроби на 10", (3, 2): "Имя прилагательное", (3, 3): "Days of the week",
    (4, 1): "Самостоятельная работа по теме «Дроби»", (4, 2): "Изложение", (4, 3): "Spring holidays",
    (2, 4): "А. С. Пушкин. «Сказка о мёртвой царевне»",
}
WT = {"ОУ": 2201, "СР": 2202, "КР": 2203, "ДЗ": 2207, "ИТ": 2290}
RP = {1: 1000007900001, 2: 1000007900002, 3: 1000007900003, 4: 1000007900004}
RP_DATES = {1: ("2025-09-01", "2025-10-24"), 2: ("2025-11-05", "2025-12-28"), 3: ("2026-01-12", "2026-03-20"),
            4: ("2026-03-30", "2026-05-29")}


def L(d: int, slot: int) -> int:
    return 2260325488559200000 + d * 10 + slot


def W(d: int, slot: int) -> int:  # the lesson's default work
    return 2260325488559400000 + d * 10 + slot


def HW(d: int, slot: int) -> int:  # the lesson's homework work
    return 2260325488559500000 + d * 10 + slot


def both(name: str, value: int) -> dict:
    return {name: value, f"{name}_str": str(value)}


def subject_of(slot: int) -> int:
    return SLOTS[slot][2]


def entity_lesson(d: int, slot: int, date_suffix: str = "", works: list | None = None, ids: str = "both") -> dict:
    subj = subject_of(slot)
    lesson = {**both("id", L(d, slot)), "title": TOPICS[(d, slot)],
              "date": f"{DAYS[d]}T{SLOTS[slot][0]}:00{date_suffix}", "number": slot,
              "subject": {**both("id", subj), "name": SUBJECTS.get(subj, "Литература"), "knowledgeArea": "", "fgosSubjectId": None},
              "group": G, "status": "Conducted", "resultPlaceId": 0, "works": works or [],
              "teachers": [TEACHER_OF[subj]], "teachers_str": [str(TEACHER_OF[subj])]}
    if ids == "str_teachers":  # §3.4 teachers / teachers_str: only the string twins
        del lesson["teachers"]
        lesson["subject"] = {"id": subj, "idStr": str(subj), "name": SUBJECTS[subj]}  # §1 Subject.idStr
    return lesson


def work(wid: int, d: int, slot: int, kind: str, wt: int, text: str = "", target: str | None = None,
         files: list | None = None, tasks: list | None = None) -> dict:
    return {**both("id", wid), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            **both("lesson", L(d, slot)), "displayInJournal": kind != "Homework", "status": "Sent",
            **both("eduGroup", G), "tasks": tasks or [], "text": text, "periodNumber": 3, "periodType": "Quarter",
            "subjectId": subject_of(slot), "isImportant": False,
            "targetDate": target or f"{DAYS[d]}T00:00:00", "sentDate": None, "createdBy": TEACHER_OF[subject_of(slot)],
            "files": files if files is not None else [], "oneDriveLinks": []}


def mark(mid: int, person: int, d: int, slot: int, value: str, wt: int, date: str, ids: str = "both",
         text: str | None = "same", mood: str | None = "Good") -> dict:
    m: dict = {}
    for name, val in (("id", mid), ("person", person), ("work", W(d, slot)), ("lesson", L(d, slot))):
        if ids in ("both", "num"):
            m[name] = val
        if ids in ("both", "str"):
            m[f"{name}_str"] = str(val)
    m.update({"type": "mark5", "value": value, "number": 0, "date": date, "workType": wt, "use_avg_calc": True})
    if text == "same":
        m["textValue"] = value
    elif text is not None:
        m["textValue"] = text
    if mood is not None:
        m["mood"] = mood
    return m


def log_entry(person: int, d: int, slot: int, status: str, created: str, comment="", ids: str = "both") -> dict:
    e: dict = {}
    for name, val in (("person", person), ("lesson", L(d, slot))):
        if ids in ("both", "num"):
            e[name] = val
        if ids in ("both", "str"):
            e[f"{name}_str"] = str(val)
    e.update({"status": status, "createdDate": created})
    if comment != "absent":
        e["comment"] = comment
    return e


def flat_lesson(d: int, slot: int, nulls: bool = False) -> dict:
    subj = subject_of(slot)
    return {"id": L(d, slot), "title": TOPICS[(d, slot)], "date": f"{DAYS[d]}T{SLOTS[slot][0]}:00", "number": slot,
            "subjectId": subj, "status": "Conducted", "resultPlaceId": 0,
            "building": None if nulls else "", "place": ROOMS[subj], "floor": None if nulls else "",
            "hours": f"{SLOTS[slot][0]} - {SLOTS[slot][1]}", "works": [W(d, slot)], "teachers": [TEACHER_OF[subj]]}


BUNDLE_SUBJECTS = [{"id": s, "name": n, "knowledgeAreaId": 1} for s, n in SUBJECTS.items()]
BUNDLE_WORKTYPES = [{"id": WT["ОУ"], "schoolId": SCHOOL, "abbreviation": "ОУ", "name": "Ответ на уроке",
                     "isFinal": False, "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"},
                    {"id": WT["СР"], "schoolId": SCHOOL, "abbreviation": "СР", "name": "Самостоятельная работа",
                     "isFinal": False, "isImportant": False, "kindId": 2, "kind": "CommonWork"},
                    {"id": WT["КР"], "schoolId": SCHOOL, "abbreviation": "КР", "name": "Контрольная работа",
                     "isFinal": False, "isImportant": True, "kindId": 3, "kind": "LessonTestWork"}]


def person_obj(p: int, user: int | None = None) -> dict:
    first, last, sex = PUPILS[p]
    return {**both("id", p), "userId": user, "userId_str": None if user is None else str(user), "firstName": first,
            "lastName": last, "middleName": "", "shortName": f"{last} {first[0]}.", "sex": sex}


def rec(request: str, body, pulled: str, request_body=None) -> dict:
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def day_schedule(person: int, d: int, marks: list, entries: list, homeworks: list, date_suffix: str,
                 nulls: bool = False) -> dict:
    return {"date": f"{DAYS[d]}T00:00:00{date_suffix}",
            "lessons": [flat_lesson(d, s, nulls) for s in (1, 2, 3)],
            "marks": marks, "works": [work(W(d, s), d, s, "DefaultNewLessonWork", WT["ОУ"]) for s in (1, 2, 3)],
            "homeworks": homeworks, "subjects": BUNDLE_SUBJECTS, "workTypes": BUNDLE_WORKTYPES,
            "lessonLogEntries": entries,
            "teachers": [], "nextDate": f"{DAYS[d + 1] if d + 1 < len(DAYS) else '2026-03-23'}T00:00:00{date_suffix}"}


def build() -> dict:
    steps = []
    # --- step 1: the school, the class, the roster, the periods ------------------------------------------------
    s1 = [
        rec(f"GET /v2/schools/{SCHOOL}", {**both("id", SCHOOL), "name": "МБОУ «СОШ № 9»", "fullName": "", "city": "Пермь",
            "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular"}, "2026-03-15T20:00:00+05:00"),
        rec(f"GET /v2/work-types/{SCHOOL}", [
            {"id": WT["ОУ"], "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке",
             "abbr": "ОУ", "weight": 1},
            {"id": WT["СР"], "schoolId": SCHOOL, "kindId": 2, "kind": "CommonWork", "title": "Самостоятельная работа",
             "abbr": "СР", "weight": 2},
            {"id": WT["КР"], "schoolId": SCHOOL, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа",
             "abbr": "КР", "weight": 3},
            {"id": WT["ДЗ"], "schoolId": SCHOOL, "kindId": 9, "kind": "Homework", "title": "Домашнее задание",
             "abbr": "ДЗ", "weight": 1},
            {"id": WT["ИТ"], "schoolId": SCHOOL, "kindId": 20, "kind": "PeriodMark", "title": "Итоговая отметка",
             "abbr": "ИТ", "weight": 1}], "2026-03-15T20:00:00+05:00"),
        rec(f"GET /v2/schools/{SCHOOL}/subjects", [
            {**both("id", LIT), "name": "Литература", "knowledgeArea": "Филология", "fgosSubjectId": None}],
            "2026-03-15T20:00:00+05:00"),
        rec(f"GET /v2/edu-groups/{G}", {**both("id", G), "parentIds": None, "parentIds_str": None, "type": "Group",
            "name": "5В", "fullName": "", "parallel": 5, "status": "Active", "studyyear": 2025,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}, "2026-03-15T20:00:00+05:00"),
        # roster, three shapes: a bare list of persons, a teacher's wrapped list, POST edu-groups with students
        rec(f"GET /v2/edu-groups/{G}/persons", [person_obj(P1, 1000011900001), person_obj(P2, None)],
            "2026-03-15T20:01:00+05:00"),
        rec(f"GET /v2/teacher/{T_ENG}/students", [{**both("id", G), "students": [person_obj(P3, 1000011900003)]}],
            "2026-03-15T20:02:00+05:00"),
        rec("POST /v2/edu-groups", [{"group": {**both("id", G), "type": "Group", "name": "5В", "parallel": 5,
                                               "status": "Active", "studyyear": 2025},
                                     "students": [{"person": P4, "person_str": str(P4), "membershipstatus": "Active"},
                                                  {"person": P5, "person_str": str(P5), "membershipstatus": "Active"}]}],
            "2026-03-15T20:03:00+05:00", request_body=[G]),
        # P5's person only as the standalone Person (§3.9), after the membership that names her
        rec(f"GET /v2/persons/{P5}", person_obj(P5, 1000011900005), "2026-03-15T20:03:30+05:00"),
        # periods: a bare list (1..3 четверть) and the wrapped period group (all four, with the holidays)
        rec(f"GET /v2/edu-groups/{G}/reporting-periods", [
            {**both("id", RP[n]), "start": f"{RP_DATES[n][0]}T00:00:00", "finish": f"{RP_DATES[n][1]}T00:00:00",
             "number": n, "type": "Quarter", "name": f"{n} четверть", "year": 2025} for n in (1, 2, 3)],
            "2026-03-15T20:04:00+05:00"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", {
            "id": 1000007900100, "reportingPeriods": [
                {"id": RP[n], "id_str": str(RP[n]), "start": f"{RP_DATES[n][0]}T00:00:00.000",
                 "finish": f"{RP_DATES[n][1]}T00:00:00.000", "number": n, "type": "Quarter",
                 "name": f"{n} четверть", "year": 2025} for n in (1, 2, 3, 4)],
            "holidays": [{"id": 1000007900201, "reportingPeriodGroupId": 1000007900100,
                          "dateStart": "2026-03-21T00:00:00", "dateFinish": "2026-03-29T00:00:00",
                          "name": "Весенние каникулы", "description": None}]}, "2026-03-15T20:05:00+05:00"),
        # guardians, three shapes
        rec("GET /v2/users/1000011900101/context", {
            "userId": 1000011900101, "userId_str": "1000011900101", "personId": 1000012900101,
            "personId_str": "1000012900101", "shortName": "Орлов А.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [], "schools": [], "eduGroups": [],
            "children": [{"personId": P1, "firstName": "Мила", "lastName": "Орлова", "middleName": "",
                          "shortName": "Орлова М.", "schoolIds": [SCHOOL], "groupIds": [G]}], "splitId": None},
            "2026-03-15T20:06:00+05:00"),
        rec("GET /v2/users/1000011900102/context", {
            "userId_str": "1000011900102", "personId_str": "1000012900102", "shortName": "Панина Е.",
            "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "children": [{"personId_str": str(P2), "firstName": "Олег", "lastName": "Панин",
                          "middleName": "", "shortName": "Панин О.", "schoolIds": [SCHOOL], "groupIds": [G]}]},
            "2026-03-15T20:07:00+05:00"),
        rec("GET /v2/person/1000012900103/children", [person_obj(P3, 1000011900003), person_obj(P4, None)],
            "2026-03-15T20:08:00+05:00"),
    ]
    steps.append({"name": "Sunday 03-15: school, class, roster in three shapes, periods, guardians", "batches": [s1]})

    # --- step 2: Monday..Wednesday, entity endpoints in their variants -------------------------------------------
    mon = [entity_lesson(0, s, works=[work(W(0, s), 0, s, "DefaultNewLessonWork", WT["ОУ"])] + (
        [work(HW(0, 1), 0, 1, "Homework", WT["ДЗ"], "№ 214, 215", "2026-03-18T00:00:00")] if s == 1 else []))
           for s in (1, 2, 3)]
    b_mon = [
        rec(f"GET /v2/edu-groups/{G}/lessons/2026-03-16/2026-03-16", mon, "2026-03-16T19:00:00+05:00"),
        rec(f"GET /v2/edu-groups/{G}/marks/2026-03-16/2026-03-16", [
            mark(2260325488559300001, P1, 0, 1, "5", WT["ОУ"], "2026-03-16T08:51:12.5"),
            mark(2260325488559300002, P2, 0, 1, "3+", WT["ОУ"], "2026-03-16T08:52:40", ids="num"),
            mark(2260325488559300003, P3, 0, 2, "4", WT["СР"], "2026-03-16T10:02:03.21")],
            "2026-03-16T19:01:00+05:00"),
        rec(f"GET /v2/lessons/{L(0, 1)}/log-entries", [
            log_entry(P1, 0, 1, "Attend", "2026-03-16T08:31:00.1"),
            log_entry(P2, 0, 1, "Absent", "2026-03-16T08:31:05.12")], "2026-03-16T19:02:00+05:00"),
    ]
    tue_ids = [L(1, s) for s in (1, 2, 3)]
    b_tue = [
        rec("POST /v2/lessons/many", [entity_lesson(1, s, ".000") for s in (1, 2, 3)], "2026-03-17T19:00:00+05:00",
            request_body=tue_ids),
        rec(f"GET /v2/lessons/{L(1, 2)}/marks", [
            mark(2260325488559300004, P1, 1, 2, "4-", WT["ОУ"], "2026-03-17T10:05:00.7", ids="str", text=""),
            mark(2260325488559300005, P4, 1, 2, "2", WT["ОУ"], "2026-03-17T10:06:00.77", text=None, mood=None)],
            "2026-03-17T19:01:00+05:00"),
        rec(f"GET /v2/lesson-log-entries/lesson/{L(1, 2)}/person/{P3}",
            log_entry(P3, 1, 2, "Ill", "2026-03-17T09:26:00.5", comment=None), "2026-03-17T19:02:00+05:00"),
        rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2026-03-17&endDate=2026-03-17", {
            "works": [work(HW(1, 2), 1, 2, "Homework", WT["ДЗ"], "Упр. 118 (устно), упр. 121",
                           "2026-03-19T00:00:00Z")],
            "subjects": [{"id": RUS, "name": SUBJECTS[RUS], "knowledgeAreaId": 1}],
            "lessons": [flat_lesson(1, 2)], "files": [], "teachers": []}, "2026-03-17T19:03:00+05:00"),
    ]
    b_wed = [rec(f"GET /v2/lessons/{L(2, s)}", entity_lesson(2, s, "+05:00", ids="str_teachers"),
                 "2026-03-18T19:00:00+05:00") for s in (1, 2, 3)]
    hw3 = work(HW(2, 3), 2, 3, "Homework", WT["ДЗ"], "Выучить слова урока 7", "2026-03-20T00:00:00.000")
    for k in ("id", "lesson", "eduGroup"):  # string twins only
        del hw3[k]
    del hw3["files"]
    b_wed += [
        rec(f"GET /v2/persons/{P2}/schools/{SCHOOL}/marks/2026-03-18/2026-03-18", [
            mark(2260325488559300006, P2, 2, 3, "5", WT["КР"], "2026-03-18T11:30:00Z")], "2026-03-18T19:01:00+05:00"),
        rec("GET /v2/marks/2260325488559300007",
            mark(2260325488559300007, P3, 2, 1, "4+", WT["ОУ"], "2026-03-18T09:01:02.1234567"),
            "2026-03-18T19:02:00+05:00"),
        rec(f"GET /v2/persons/{P4}/lesson-log-entries?startDate=2026-03-18&endDate=2026-03-18", [
            log_entry(P4, 2, 2, "Late", "2026-03-18T09:41:07.1234567+05:00", comment="absent", ids="str")],
            "2026-03-18T19:03:00+05:00"),
        rec(f"GET /v2/works/{HW(2, 3)}", hw3, "2026-03-18T19:04:00+05:00"),
        rec(f"GET /v2/persons/{P4}/group/{G}/recentmarks", {
            "marks": [mark(2260325488559300012, P4, 2, 2, "4+", WT["СР"], "2026-03-18T10:00:00.3")],
            "criteriabasedmarks": [], "works": [work(W(2, 2), 2, 2, "DefaultNewLessonWork", WT["СР"])],
            "subjects": BUNDLE_SUBJECTS, "workTypes": BUNDLE_WORKTYPES, "lessons": [flat_lesson(2, 2)],
            "lessonLogEntries": []}, "2026-03-18T19:05:00+05:00"),
    ]
    lit = entity_lesson(2, 4, ".0000000", works=[work(W(2, 4), 2, 4, "DefaultNewLessonWork", WT["ОУ"])])
    lit["subject"] = {"id": LIT, "id_str": str(LIT), "name": "Литература"}  # no knowledgeArea, no fgosSubjectId
    b_wed += [
        rec(f"GET /v2/edu-groups/{G}/subjects/{LIT}/lessons/2026-03-16/2026-03-20", [lit],
            "2026-03-18T19:10:00+05:00"),
        rec(f"GET /v2/works/{W(2, 4)}/marks", [
            mark(2260325488559300013, P2, 2, 4, "5", WT["ОУ"], "2026-03-18T11:40:00+05:00"),
            mark(2260325488559300014, P4, 2, 4, "4-", WT["ОУ"], "2026-03-18T11:41:00.000Z")],
            "2026-03-18T19:11:00+05:00"),
        rec(f"GET /v2/lesson-log-entries?lessons={L(2, 4)}", [
            log_entry(P1, 2, 4, "Absent", "2026-03-18T11:16:00Z", comment=None)], "2026-03-18T19:12:00+05:00"),
    ]
    steps.append({"name": "Mon..Wed: entity endpoints, list / many / standalone, ids numeric / string-only",
                  "batches": [b_mon, b_tue, b_wed]})

    # --- step 3: Thursday: the schedules bundle wrapped {days: [...]} --------------------------------------------
    hw4 = work(HW(3, 1), 3, 1, "Homework", WT["ДЗ"], "№ 230 (а, б)", "2026-03-23T00:00:00")
    thu_marks = {P1: [mark(2260325488559300008, P1, 3, 3, "5-", WT["ОУ"], "2026-03-19T10:50:00.33")],
                 P4: [mark(2260325488559300009, P4, 3, 1, "3", WT["ОУ"], "2026-03-19T09:10:00")]}
    thu_log = {P1: [log_entry(P1, 3, 3, "Pass", "2026-03-19T10:21:00.4")],
               P4: [log_entry(P4, 3, 2, "Ill", "2026-03-19T09:26:00", comment="справка")]}
    b_thu = [rec(f"GET /v2/persons/{p}/groups/{G}/schedules?startDate=2026-03-19&endDate=2026-03-19",
                 {"days": [day_schedule(p, 3, thu_marks.get(p, []), thu_log.get(p, []), [hw4], "")]},
                 "2026-03-19T19:00:00+05:00") for p in (P1, P2, P3, P4)]
    steps.append({"name": "Thursday: schedules bundle as {days: [...]}", "batches": [b_thu]})

    # --- step 4: Friday: the schedules bundle as a bare list, group attendance, a pupil's homework bundle ---------
    hw5 = work(HW(4, 2), 4, 2, "Homework", WT["ДЗ"], "Сочинение «Весна в городе»", "2026-03-30T00:00:00")
    fri_marks = {P2: [mark(2260325488559300010, P2, 4, 2, "4", WT["КР"], "2026-03-20T10:11:00.9")],
                 P3: [mark(2260325488559300011, P3, 4, 3, "5", WT["ОУ"], "2026-03-20T11:01:00.05")]}
    fri_log = {P2: [log_entry(P2, 4, 1, "Late", "2026-03-20T08:44:00.6", comment="автобус")]}
    saturday = {"date": "2026-03-21T00:00:00+05:00", "lessons": [], "marks": [], "works": [], "homeworks": [],
                "subjects": [], "workTypes": [], "lessonLogEntries": [], "teachers": [],
                "nextDate": "2026-03-30T00:00:00+05:00"}  # the first day of the holidays: every array empty
    b_fri = [rec(f"GET /v2/persons/{p}/groups/{G}/schedules?startDate=2026-03-20&endDate="
                 f"{'2026-03-21' if p == P1 else '2026-03-20'}",
                 [day_schedule(p, 4, fri_marks.get(p, []), fri_log.get(p, []), [hw5], "+05:00", nulls=True)]
                 + ([saturday] if p == P1 else []),
                 "2026-03-20T19:00:00+05:00") for p in (P1, P2, P3, P4)]
    b_fri += [
        rec(f"GET /v2/lesson-log-entries/group/{G}?subject={ENG}&from=2026-03-20&to=2026-03-20", [
            log_entry(P3, 4, 3, "Absent", "2026-03-20T10:21:00.2", comment="")], "2026-03-20T19:30:00+05:00"),
        rec(f"GET /v2/works?lesson={L(4, 1)}", [
            work(W(4, 1), 4, 1, "DefaultNewLessonWork", WT["ОУ"]),
            work(HW(4, 1), 4, 1, "Homework", WT["ДЗ"], "№ 251, 253; повторить правила округления",
                 "2026-03-30T00:00:00+05:00")], "2026-03-20T19:40:00+05:00"),
        rec(f"GET /v2/persons/{P1}/school/{SCHOOL}/homeworks?startDate=2026-03-20&endDate=2026-03-20", {
            "works": [work(HW(4, 3), 4, 3, "Homework", WT["ДЗ"], "Выучить стихотворение «Spring»",
                           "2026-03-30T00:00:00", files=[1000020900001])],
            "subjects": [{"id": ENG, "name": SUBJECTS[ENG], "knowledgeAreaId": 2}],
            "lessons": [flat_lesson(4, 3)],
            "files": [{**both("id", 1000020900001), "name": "spring_poem.pdf", "typeGroup": "Document",
                       "type": "pdf", "pageUrl": "https://dnevnik.ru/files/1000020900001",
                       "downloadUrl": "https://dnevnik.ru/files/1000020900001/download", "size": 48213,
                       "uploadedDate": "2026-03-20T12:00:00.15", "storageType": "Default"}],
            "teachers": []}, "2026-03-20T20:00:00+05:00"),
    ]
    steps.append({"name": "Friday: schedules bundle as a bare list, group attendance, homework bundle",
                  "batches": [b_fri]})

    # --- step 5: the quarter closes: final marks in three shapes --------------------------------------------------
    math_final = {P1: "5", P2: "4", P3: "4", P4: "3"}
    rus_final = {P1: "4", P2: "4", P3: "5", P4: "3"}
    eng_final = {P1: "5", P2: "4", P3: "5", P4: "4"}

    def fmark(mid, p, value, wid, ids="both"):
        m = {}
        for name, val in (("id", mid), ("person", p), ("work", wid)):
            if ids == "both":
                m[name] = val
            m[f"{name}_str"] = str(val)
        m.update({"type": "mark5", "value": value, "textValue": value, "lesson": None, "lesson_str": None,
                  "number": 0, "date": "2026-03-20T15:02:11.9", "workType": WT["ИТ"], "mood": "Good",
                  "use_avg_calc": False})
        return m

    finals = [rec(f"GET /v2/edu-groups/{G}/final-marks", [
        {**both("person", p), **both("group", G), **both("reportingPeriod", RP[3]),
         "per-subject-final-marks": [{**both("subject", MATH),
                                      "final-mark": fmark(2260325488559600000 + i, p, v, 2260325488559700001)}]}
        for i, (p, v) in enumerate(math_final.items())], "2026-03-20T21:00:00+05:00")]
    finals += [rec(f"GET /v2/persons/{p}/edu-groups/{G}/final-marks", [
        {"person_str": str(p), "group_str": str(G), "reportingPeriod_str": str(RP[3]),
         "per-subject-final-marks": [{"subject_str": str(RUS),
                                      "final-mark": fmark(2260325488559610000 + i, p, v, 2260325488559700002,
                                                          ids="str")}]}],
        "2026-03-20T21:01:00+05:00") for i, (p, v) in enumerate(rus_final.items())]
    eng_work = {**both("id", 2260325488559700003), "type": "PeriodMark", "workType": WT["ИТ"], "markType": "mark5",
                "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
                **both("eduGroup", G), "tasks": [], "text": "", "periodNumber": 3, "periodType": "Quarter",
                "subjectId": ENG, "isImportant": False, "targetDate": "2026-03-20T00:00:00", "sentDate": None,
                "createdBy": T_ENG, "files": [], "oneDriveLinks": []}
    finals += [rec(f"GET /v2/persons/{p}/edu-groups/{G}/allfinalmarks", {
        "marks": [fmark(2260325488559620000 + i, p, v, 2260325488559700003)], "works": [eng_work],
        "subjects": [{"id": ENG, "name": SUBJECTS[ENG], "knowledgeAreaId": 2}],
        "workTypes": [{"id": WT["ИТ"], "schoolId": SCHOOL, "abbreviation": "ИТ", "name": "Итоговая отметка",
                       "isFinal": True, "isImportant": False, "kindId": 20, "kind": "PeriodMark"}]},
        "2026-03-20T21:02:00+05:00") for i, (p, v) in enumerate(eng_final.items())]
    lit_work = dict(eng_work, **both("id", 2260325488559700004), subjectId=LIT, createdBy=T_RUS)
    lit_final = {P1: "5", P2: "5", P3: "4", P4: "4"}
    finals += [
        rec("POST /v2/works/many", [lit_work], "2026-03-20T21:03:00+05:00", request_body=[2260325488559700004]),
        rec(f"GET /v2/edu-groups/{G}/subjects/{LIT}/final-marks",
            [fmark(2260325488559630000 + i, p, v, 2260325488559700004) for i, (p, v) in enumerate(lit_final.items())],
            "2026-03-20T21:04:00+05:00")]
    steps.append({"name": "Friday night: 3 четверть closes, final marks in three shapes", "batches": [finals]})
    return {"vendor": "dnevnik_ru", "school_timezone": "Asia/Yekaterinburg", "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {sum(len(b) for s in build()['steps'] for b in s['batches'])} records")
