"""Writes journey.json for Dnevnik.ru journey 14: a fortnight's answers as a live, evolving API returns them.

Standard library only, deterministic (same bytes every run). Ids are Python ints, so 19-digit ids are exact.
Every answer carries what the reference lists plus what it does not: fields a vendor adds over time (at every
nesting level), null where a value is optional, empty arrays and strings, keys in another order, numbers sent as
strings (the pydantic models of SchoolMosregRuAPI coerce "3" to int and ignore unknown keys), ids present only
as `*_str`, dates with and without fractional seconds and with the school's offset.
"""

import json
from pathlib import Path

S = 1000002514014  # school
G = 2260325488514000601  # class 6Г
TZ = "+03:00"

P1, P2, P3, P4 = 1000012514001, 1000012514002, 2260325488514100003, 1000012514004
PUPILS = [
    (P1, 1000011514001, "Вера", "Громова", "Олеговна", "Female"),
    (P2, 1000011514002, "Степан", "Жуков", None, "Male"),
    (P3, None, "Лиана", "Зайцева", "Руслановна", "Female"),
    (P4, 1000011514004, "Марк", "Ильин", "", "Male"),
]
# teachers: person, user, first, last, middle
T_MATH = (1000012514901, 1000011514901, "Нина", "Крылова", "Аркадьевна")
T_RUS = (1000012514902, 1000011514902, "Олег", "Лаврентьев", "Ильич")
T_HIST = (1000012514903, 1000011514903, "Тамара", "Мишина", "Петровна")
T_BIO = (1000012514904, 1000011514904, "Роберт", "Назаров", "")
TEACHERS = [T_MATH, T_RUS, T_HIST, T_BIO]

SUBJ = {  # id, name, teacher, room
    "math": (1000003514001, "Математика", T_MATH, "201"),
    "rus": (1000003514002, "Русский язык", T_RUS, "204"),
    "hist": (1000003514003, "История", T_HIST, "307"),
    "bio": (2260325488514700004, "Биология", T_BIO, "112"),
}
ORDER = ["math", "rus", "hist", "bio"]
STARTS = ["08:30", "09:25", "10:20", "11:15"]
ENDS = ["09:15", "10:10", "11:05", "12:00"]
WT = {  # work type id: (kind, title, abbr, weight as sent)
    2141: ("DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    2142: ("CommonWork", "Самостоятельная работа", "СР", "2"),
    2143: ("LessonTestWork", "Контрольная работа", "КР", 3),
    2147: ("Homework", "Домашнее задание", "ДЗ", 1),
    2190: ("PeriodMark", "Итоговая оценка", "ИО", 0),
}
DAYS = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
TOPICS = {
    ("2026-11-16", "math"): "Делимость чисел", ("2026-11-16", "rus"): "Имя существительное",
    ("2026-11-16", "hist"): "Древний Египет", ("2026-11-16", "bio"): "Строение клетки",
    ("2026-11-17", "math"): "Признаки делимости на 3 и 9", ("2026-11-17", "rus"): "Склонение существительных",
    ("2026-11-17", "hist"): "Пирамиды и фараоны", ("2026-11-17", "bio"): "Ткани растений",
    ("2026-11-18", "math"): "Простые и составные числа", ("2026-11-18", "rus"): "Разносклоняемые существительные",
    ("2026-11-18", "hist"): "Религия древних египтян", ("2026-11-18", "bio"): "Органы цветкового растения",
    ("2026-11-19", "math"): "Разложение на простые множители", ("2026-11-19", "rus"): "Несклоняемые существительные",
    ("2026-11-19", "hist"): "Письменность и знания египтян", ("2026-11-19", "bio"): "Корень и его зоны",
    ("2026-11-20", "math"): "НОД и НОК", ("2026-11-20", "rus"): "Род несклоняемых существительных",
    ("2026-11-20", "hist"): "Искусство Древнего Египта", ("2026-11-20", "bio"): "Побег и почки",
}


def lid(day, subj):
    return 2260325488514200000 + DAYS.index(day) * 10 + ORDER.index(subj) + 1


def wid(day, subj, k=0):  # k 0: default lesson work, 1: test/self work, 5: homework
    return 2260325488514400000 + DAYS.index(day) * 100 + ORDER.index(subj) * 10 + k


def mid(n):
    return 2260325488514300000 + n


def pulled(day, hhmm):
    return f"{day}T{hhmm}:00{TZ}"


def rec(request, body, at, request_body=None):
    r = {"request": request, "body": body, "pulled_at": at}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def person(p, extra=True):
    pid, uid, first, last, middle, sex = p
    d = {"id": pid, "id_str": str(pid), "userId": uid, "userId_str": None if uid is None else str(uid),
         "firstName": first, "lastName": last, "middleName": middle,
         "shortName": f"{last} {first[0]}.", "sex": sex}
    if extra:
        d.update({"avatarUrl": None, "snils": None, "birthday": "2014-03-02T00:00:00",
                  "educationLevels": [], "externalIds": {"esia": None}})
    return d


def subject_full(key, extra=True):
    sid, name, _, _ = SUBJ[key]
    d = {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": None, "fgosSubjectId": None}
    if extra:
        d.update({"color": "#3a7bd5", "shortName": name[:3], "sortOrder": ORDER.index(key) + 1,
                  "espSubjectName": None, "halfYear": None})
    return d


# ---------------------------------------------------------------------------------------------------------------
steps = []

# Step 1: reference data, Sunday evening
b = []
b.append(rec(f"GET /v2/schools/{S}", {
    "id": S, "id_str": str(S), "name": "МБОУ «Гимназия № 14»", "fullName": "", "avatarSmall": None,
    "city": "Тверь", "municipality": None, "regionId": 69, "markType": "mark5", "timeZone": 3,
    "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": None,
    "tsoRegionTreePath": "69.", "features": {"homeworkFiles": True, "aiAssistant": False, "chats": None},
    "licenseNumber": None, "site": "", "phones": []}, pulled("2026-11-15", "20:00")))
b.append(rec(f"GET /v2/work-types/{S}", [
    {"weight": w, "title": t, "abbr": a, "kind": k, "kindId": i % 10, "schoolId": S, "id_str": str(i), "id": i,
     "color": None, "isHidden": False, "sortOrder": n, "description": ""}
    for n, (i, (k, t, a, w)) in enumerate(sorted(WT.items()))], pulled("2026-11-15", "20:01")))
b.append(rec(f"GET /v2/schools/{S}/subjects", [subject_full(k) for k in ORDER], pulled("2026-11-15", "20:02")))
b.append(rec(f"GET /v2/edu-groups/{G}", {
    "id_str": str(G), "id": G, "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Г",
    "fullName": "", "parallel": 6, "timetable": None, "timetable_str": None, "status": "Active",
    "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": None,
    "profile": None, "building": {"id": None, "name": ""}, "studentsCount": 4}, pulled("2026-11-15", "20:03")))
roster = [person(PUPILS[0])]
p2 = person(PUPILS[1])
del p2["id"]  # only id_str (§1: treat twins as optional; key on _str)
roster.append(p2)
p3 = person(PUPILS[2])
roster.append(dict(reversed(list(p3.items()))))  # keys in reverse order, userId null
p4 = person(PUPILS[3], extra=False)
p4.pop("id_str")  # numeric id only, no twin
p4["sex"] = None
p4["lastName"], p4["firstName"] = p4.pop("lastName"), p4.pop("firstName")  # keys moved to the end
roster.append(p4)
b.append(rec(f"GET /v2/edu-groups/{G}/persons", roster, pulled("2026-11-15", "20:04")))
b.append(rec(f"GET /v2/edu-groups/{G}/reporting-period-group", {
    "id": 1000007514100, "id_str": "1000007514100", "studyYear": 2026, "type": "Quarter", "isActive": True,
    "reportingPeriods": [
        {"id": 1000007514001, "id_str": "1000007514001", "start": "2026-09-01T00:00:00.0000000",
         "finish": "2026-10-25T00:00:00.0000000", "number": 1, "type": "Quarter", "name": "1 четверть",
         "year": 2026, "isCurrent": False, "weeks": None},
        {"id_str": "1000007514002", "start": "2026-11-05T00:00:00", "finish": "2026-12-27T00:00:00",
         "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026, "isCurrent": True, "weeks": 8},
    ],
    "holidays": [
        {"id": 1000007514201, "reportingPeriodGroupId": 1000007514100, "dateStart": "2026-10-26T00:00:00.000",
         "dateFinish": "2026-11-04T00:00:00.000", "name": "Осенние каникулы", "description": None,
         "isAdditional": False, "color": ""}],
    "extraDaysOff": []}, pulled("2026-11-15", "20:05")))
b.append(rec("POST /v2/users/many", [
    {"id": u, "id_str": str(u), "personId": p, "personId_str": str(p), "name": f"{l} {f}",
     "fullName": " ".join(x for x in (l, f, m) if x), "firstName": f, "middleName": m, "lastName": l,
     "shortName": f"{l} {f[0]}.", "locale": "ru-RU", "timezone": "+3:00", "sex": None, "roles": ["EduStaff"],
     "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": None, "phone": "",
     "email": None, "login": f"t{u % 1000}", "isBanned": None, "gosuslugiLinked": True, "preferences": {}}
    for p, u, f, l, m in TEACHERS], pulled("2026-11-15", "20:06"), [str(t[1]) for t in TEACHERS]))
b.append(rec(f"GET /v2/edu-groups/{G}/classteacher", {
    "sex": "Female", "shortName": "Мишина Т. П.", "middleName": "Петровна", "lastName": "Мишина",
    "firstName": "Тамара", "userId_str": str(T_HIST[1]), "userId": T_HIST[1], "id_str": str(T_HIST[0]),
    "id": T_HIST[0], "position": "Учитель истории", "isMainTeacher": True, "contacts": None},
    pulled("2026-11-15", "20:07")))
b.append(rec("GET /v2/users/1000011514101/context", {
    "userId": 1000011514101, "userId_str": "1000011514101", "personId": 1000012514101,
    "personId_str": "1000012514101", "shortName": "Громов О.", "avatarUrl": None, "roles": ["EduParent"],
    "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МБОУ «Гимназия № 14»", "type": "School",
                                                     "groupIds": [], "timeZone": None}],
    "eduGroups": [], "splitId": None, "features": ["newDiary", "chats"], "info": {"onboarding": None},
    "children": [{"personId": P1, "personId_str": str(P1), "firstName": "Вера", "lastName": "Громова",
                  "middleName": "Олеговна", "shortName": "Громова В.", "schoolIds": [S], "groupIds": [G],
                  "avatarUrl": None, "sex": "Female", "eduGroups": [{"id": G, "name": "6Г", "extra": None}]}]},
    pulled("2026-11-15", "20:08")))
b.append(rec("GET /v2/users/1000011514102/context", {
    "children": [
        {"groupIds": [G], "schoolIds": [S], "shortName": "Жуков С.", "middleName": None,
         "lastName": "Жуков", "firstName": "Степан", "personId_str": str(P2), "isPrimary": True},
        {"groupIds": [G], "schoolIds": [S], "shortName": "Зайцева Л.", "middleName": "Руслановна",
         "lastName": "Зайцева", "firstName": "Лиана", "personId_str": str(P3), "personId": P3,
         "isPrimary": None}],
    "eduGroups": [], "schools": [], "groupIds": [], "schoolIds": [S], "roles": ["EduParent", "Beta"],
    "avatarUrl": None, "shortName": "Жукова А.", "personId_str": "1000012514102", "personId": 1000012514102,
    "userId_str": "1000011514102", "userId": 1000011514102, "splitId": None}, pulled("2026-11-15", "20:09")))
b.append(rec(f"GET /v2/edu-groups/{G}/reporting-periods", [
    {"id": 1000007514001, "id_str": "1000007514001", "start": "2026-09-01T00:00:00", "finish": "2026-10-25T00:00:00",
     "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2026},
    {"id": 1000007514002, "id_str": "1000007514002", "start": "2026-11-05T00:00:00", "finish": "2026-12-27T00:00:00",
     "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026},
    {"id": "1000007514003", "start": "2027-01-11T00:00:00", "finish": "2027-03-21T00:00:00",
     "number": "3", "type": "Quarter", "name": "3 четверть", "year": "2026"}], pulled("2026-11-15", "20:05")))
steps.append({"name": "Sunday 11-15: school, work types, subjects, class, roster, periods, teachers, parents",
              "batches": [b]})


# Step 2: Monday by the group's ranges, entity shapes with every kind of evolution
def full_lesson(day, key, works=()):
    sid, name, t, room = SUBJ[key]
    n = ORDER.index(key)
    return {"id": lid(day, key), "id_str": str(lid(day, key)), "title": TOPICS[(day, key)],
            "date": f"{day}T{STARTS[n]}:00", "number": n + 1, "subject": subject_full(key),
            "group": G, "status": "Conducted", "resultPlaceId": 0, "works": list(works),
            "teachers": [t[0]], "teachers_str": [str(t[0])]}


D = DAYS[0]
mon = []
l1 = full_lesson(D, "math")
l1.update({"isRemote": False, "meetingUrl": None, "lessonType": "Regular", "homeworkCount": 0,
           "room": {"id": None, "name": None}, "place": None})
mon.append(l1)
l2 = full_lesson(D, "rus")
l2.update({"status": None, "resultPlaceId": None, "teachers_str": None, "date": f"{D}T09:25:00.1234567"})
mon.append(dict(reversed(list(l2.items()))))
l3 = full_lesson(D, "hist")
l3.update({"date": f"{D}T10:20:00{TZ}", "works": [], "tags": ["ФГОС"]})
mon.append(l3)
l4 = full_lesson(D, "bio")
del l4["id"]
l4["subject"] = {"id_str": str(SUBJ["bio"][0]), "name": "Биология", "knowledgeArea": "Естественные науки",
                 "unknownFlag": 1}
l4["date"] = f"{D}T11:15:00.5{TZ}"
l4["teachers"] = None  # null numeric list, the string twin holds the teacher
mon.append(l4)


def mark(n, p, day, key, value, wt, k=0, **kw):
    d = {"id": mid(n), "id_str": str(mid(n)), "type": "mark5", "value": value, "textValue": value,
         "person": p, "person_str": str(p), "work": wid(day, key, k), "work_str": str(wid(day, key, k)),
         "lesson": lid(day, key), "lesson_str": str(lid(day, key)), "number": 0,
         "date": f"{day}T12:3{n % 10}:0{n % 7}.{n * 37 % 1000}", "workType": wt, "mood": "Good",
         "use_avg_calc": True}
    d.update(kw)
    return d


mon_marks = [
    mark(1, P1, D, "math", "5", 2141, isExam=False, criteria=[], sourceSystem=None,
         updatedAt=f"{D}T13:00:00.000{TZ}", markDetails={"comment": None, "files": []}),
    mark(2, P2, D, "math", "4", 2141, textValue=None, mood=None),
    mark(3, P3, D, "rus", "3", 2142, k=1, grade={"scale": None}),
    mark(4, P4, D, "hist", "4-", 2143, k=1, use_avg_calc=False, textValue=""),
]
m5 = mark(5, P1, D, "bio", "5", 2141)
for f in ("id", "person", "work", "lesson"):
    del m5[f]
mon_marks.append(dict(reversed(list(m5.items()))))
mon_log = [
    {"person": P1, "person_str": str(P1), "lesson": lid(D, "math"), "lesson_str": str(lid(D, "math")),
     "comment": "", "status": "Attend", "createdDate": f"{D}T08:31:00.4", "updatedDate": None, "editorId": None},
    {"status": "Absent", "lesson_str": str(lid(D, "math")), "person_str": str(P2), "comment": None,
     "createdDate": f"{D}T08:40:00{TZ}", "reason": {"id": None, "title": ""}},
    {"person": P3, "lesson": lid(D, "math"), "status": "Late", "comment": "опоздала на 10 минут",
     "createdDate": f"{D}T08:41:12.07", "minutesLate": 10},
    {"person": P4, "person_str": str(P4), "lesson": lid(D, "math"), "lesson_str": str(lid(D, "math")),
     "status": "Ill", "comment": "справка", "createdDate": f"{D}T08:31:00", "isExcused": None},
]
mon_hw = {"works": [
    {"id": wid(D, "math", 5), "id_str": str(wid(D, "math", 5)), "type": "Homework", "workType": 2147,
     "markType": "mark5", "markCount": 1, "lesson": lid(D, "math"), "lesson_str": str(lid(D, "math")),
     "displayInJournal": False, "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": [],
     "text": "№ 301, 305 (устно), 307", "periodNumber": 2, "periodType": "Quarter",
     "subjectId": SUBJ["math"][0], "isImportant": False, "targetDate": "2026-11-18T00:00:00.000",
     "sentDate": None, "createdBy": T_MATH[0], "files": [], "oneDriveLinks": None,
     "criteria": None, "maxMark": None, "duration": {"minutes": 20, "source": "teacher"}, "aiHints": []},
    {"id_str": str(wid(D, "hist", 5)), "type": "Homework", "workType": 2147, "markType": "mark5",
     "markCount": 1, "lesson_str": str(lid(D, "hist")), "displayInJournal": None, "status": "New",
     "eduGroup_str": str(G), "tasks": None, "text": "Параграф 12, вопросы 1–4 письменно",
     "periodNumber": None, "periodType": None, "subjectId": SUBJ["hist"][0], "isImportant": None,
     "targetDate": f"2026-11-17T00:00:00{TZ}", "sentDate": f"{D}T10:58:00.12{TZ}", "createdBy": None,
     "files": None, "oneDriveLinks": [], "links": [{"url": "", "title": None}]}],
    "subjects": [{"id": SUBJ["math"][0], "name": "Математика", "knowledgeAreaId": None, "color": "#aa0000"},
                 {"knowledgeAreaId": 7, "name": "История", "id": SUBJ["hist"][0], "id_str": str(SUBJ["hist"][0])}],
    "lessons": [
        {"id": lid(D, "math"), "title": TOPICS[(D, "math")], "date": f"{D}T08:30:00", "number": 1,
         "subjectId": SUBJ["math"][0], "status": None, "resultPlaceId": None, "building": None, "place": "201",
         "floor": None, "hours": "08:30 - 09:15", "works": [wid(D, "math", 5)], "teachers": [T_MATH[0]],
         "isRemote": False},
        {"id": lid(D, "hist"), "title": TOPICS[(D, "hist")], "date": f"{D}T10:20:00.000", "number": 3,
         "subjectId": SUBJ["hist"][0], "status": "Conducted", "resultPlaceId": 0, "building": "",
         "place": "307", "floor": "", "hours": "10:20 - 11:05", "works": [], "teachers": [],
         "videoLink": None}],
    "files": [], "teachers": [], "pagination": {"page": 1, "pageSize": 100, "total": 2}, "generatedAt": None}
steps.append({"name": "Monday 11-16: group ranges, log entries, homework bundle", "batches": [[
    rec(f"GET /v2/edu-groups/{G}/lessons/{D}/{D}", mon, pulled(D, "19:00")),
    rec(f"GET /v2/edu-groups/{G}/marks/{D}/{D}", mon_marks, pulled(D, "19:01")),
    rec(f"GET /v2/lessons/{lid(D, 'math')}/log-entries", mon_log, pulled(D, "19:02")),
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={D}&endDate={D}", mon_hw, pulled(D, "19:03")),
]]})

# Step 3: Tuesday by lessons/many, lessons/{l}/marks and the group's log range
D = DAYS[1]
tue = []
for n, key in enumerate(ORDER):
    lz = full_lesson(D, key)
    if key == "math":
        lz["works"] = [{"id_str": str(wid(D, key, 1)), "type": "LessonTestWork", "workType": 2143,
                        "markType": "mark5", "markCount": 1, "lesson_str": str(lid(D, key)),
                        "displayInJournal": True, "status": "Sent", "eduGroup_str": str(G), "tasks": [],
                        "text": "", "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ[key][0],
                        "isImportant": True, "targetDate": f"{D}T00:00:00", "sentDate": None,
                        "createdBy": T_MATH[0], "files": [], "oneDriveLinks": [], "gradingScheme": None}]
    if key == "rus":
        lz["date"] = f"{D}T09:25:00Z"[:-1] + ".0"  # one fractional digit
        lz["subject"]["knowledgeArea"] = ""
    if key == "bio":
        lz["title"] = TOPICS[(D, key)]
        lz["extensions"] = {"lab": {"equipment": ["микроскоп"], "safety": None}}
    tue.append(lz)
tue_marks_math = [
    mark(11, P1, D, "math", "5", 2143, k=1, weightOverride=None),
    mark(12, P2, D, "math", "3+", 2143, k=1, textValue="3+", mood="Average"),
    mark(13, P3, D, "math", "4", 2143, k=1, date=f"{D}T14:05:00{TZ}"),
    mark(14, P4, D, "math", "2", 2143, k=1, mood="Bad", date=f"{D}T14:06:00.000000"),
]
tue_log = [
    {"person": P2, "person_str": str(P2), "lesson": lid(D, "rus"), "lesson_str": str(lid(D, "rus")),
     "comment": "", "status": "Pass", "createdDate": f"{D}T09:26:00.9", "device": {"type": "web", "ver": None}},
    {"person_str": str(P4), "lesson_str": str(lid(D, "rus")), "status": "Absent",
     "createdDate": f"{D}T09:27:00", "comment": None},
]
steps.append({"name": "Tuesday 11-17: lessons/many, a work's marks, the group's log range", "batches": [[
    rec("POST /v2/lessons/many", tue, pulled(D, "19:00"), [str(lid(D, k)) for k in ORDER]),
    rec(f"GET /v2/lessons/{lid(D, 'math')}/marks", tue_marks_math, pulled(D, "19:01")),
    rec(f"GET /v2/lesson-log-entries/group/{G}?subject={SUBJ['rus'][0]}&from={D}&to={D}", tue_log,
        pulled(D, "19:02")),
    # a person's homework bundle holding only `works`: subjects, lessons, files, teachers absent (each defaults
    # to [] in SchoolMosregRuAPI HomeWork); the work names its lesson and subject by id only
    rec(f"GET /v2/persons/{P3}/school/{S}/homeworks?startDate={D}&endDate={D}", {"works": [
        {"id": wid(D, "math", 5), "id_str": str(wid(D, "math", 5)), "type": "Homework", "workType": 2147,
         "markType": "mark5", "markCount": 1, "lesson": lid(D, "math"), "lesson_str": str(lid(D, "math")),
         "displayInJournal": False, "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": [],
         "text": "Выписать числа от 100 до 150, делящиеся на 9", "periodNumber": 2, "periodType": "Quarter",
         "subjectId": SUBJ["math"][0], "isImportant": False, "targetDate": "2026-11-19T00:00:00",
         "sentDate": None, "createdBy": T_MATH[0], "files": [], "oneDriveLinks": [], "quiz": None}]},
        pulled(D, "19:03")),
]]})

# Step 4: Wednesday and Thursday: each pupil's schedules bundle (a live one, with what it added)
sched_batch = []
for p in (P1, P2, P3, P4):
    days = []
    for D in DAYS[2:4]:
        lessons, marks, logs, works, homeworks = [], [], [], [], []
        for n, key in enumerate(ORDER):
            sid, name, t, room = SUBJ[key]
            lesson = {"id": lid(D, key), "title": TOPICS[(D, key)], "date": f"{D}T{STARTS[n]}:00",
                      "number": n + 1, "subjectId": sid, "status": "Conducted", "resultPlaceId": None,
                      "building": None, "place": room, "floor": "", "hours": f"{STARTS[n]} - {ENDS[n]}",
                      "works": [wid(D, key)], "teachers": [t[0]], "isRemote": False, "onlineLesson": None,
                      "attachments": []}
            if key == "hist":
                lesson = dict(reversed(list(lesson.items())))
            if key == "bio" and D == DAYS[3]:
                lesson["number"] = 4
                lesson["id_str"] = str(lid(D, key))
            lessons.append(lesson)
            works.append({"id": wid(D, key), "id_str": str(wid(D, key)), "type": "DefaultNewLessonWork",
                          "workType": 2141, "markType": "mark5", "markCount": 1, "lesson": lid(D, key),
                          "lesson_str": str(lid(D, key)), "displayInJournal": True, "status": "Sent",
                          "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "", "periodNumber": 2,
                          "periodType": "Quarter", "subjectId": sid, "isImportant": False,
                          "targetDate": f"{D}T00:00:00", "sentDate": None, "createdBy": t[0], "files": [],
                          "oneDriveLinks": [], "rubric": None})
        # marks: one per pupil per day, various subjects
        day_i = DAYS.index(D)
        pi = [P1, P2, P3, P4].index(p)
        key = ORDER[(pi + day_i) % 4]
        val = ["5", "4", "4+", "3", "5-", "4", "5", "3-"][pi * 2 + day_i - 2]
        m = mark(100 + pi * 10 + day_i, p, D, key, val, 2141, yearMark=None, comments=[],
                 date=f"{D}T13:1{pi}:00.{'1' * (pi + 1)}")
        if pi == 1:
            m["textValue"] = None
            m["mood"] = None
        if pi == 2:
            for f in ("id", "person", "work", "lesson"):
                m.pop(f)
        marks.append(m)
        if D == DAYS[2]:
            logs.append({"person": p, "person_str": str(p), "lesson": lid(D, "bio"),
                         "lesson_str": str(lid(D, "bio")), "comment": "" if pi else None,
                         "status": ["Attend", "Late", "Ill", "Absent"][pi],
                         "createdDate": f"{D}T11:16:0{pi}.{'25'[:pi % 2 + 1]}", "source": None})
        if D == DAYS[3]:
            homeworks.append({"id": wid(D, "rus", 5), "id_str": str(wid(D, "rus", 5)), "type": "Homework",
                              "workType": 2147, "markType": "mark5", "markCount": 1, "lesson": lid(D, "rus"),
                              "lesson_str": str(lid(D, "rus")), "displayInJournal": False, "status": "Sent",
                              "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text":
                              "Упражнение 214; выписать 5 несклоняемых существительных",
                              "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ["rus"][0],
                              "isImportant": False, "targetDate": "2026-11-20T00:00:00.0000000",
                              "sentDate": f"{D}T10:02:00.3", "createdBy": T_RUS[0], "files": [],
                              "oneDriveLinks": [], "estimatedMinutes": "25"})
        days.append({"date": f"{D}T00:00:00", "lessons": lessons, "marks": marks, "works": works,
                     "homeworks": homeworks,
                     "subjects": [{"id": SUBJ[k][0], "name": SUBJ[k][1], "knowledgeAreaId": None,
                                   "color": None} for k in ORDER],
                     "workTypes": [{"id": 2141, "schoolId": S, "abbreviation": "ОУ", "name": "Ответ на уроке",
                                    "isFinal": False, "isImportant": False, "kindId": 1,
                                    "kind": "DefaultNewLessonWork", "weight": None, "color": ""}],
                     "lessonLogEntries": logs,
                     "teachers": [{"person": {"id": t[0], "id_str": str(t[0]), "userId": t[1],
                                              "firstName": t[2], "lastName": t[3], "middleName": t[4],
                                              "shortName": f"{t[3]} {t[2][0]}.", "sex": None, "photo": None},
                                   "role": "Teacher", "isSubstitute": False} for t in TEACHERS],
                     "nextDate": None, "dayType": "Workday", "notes": [], "announcements": None})
    D0, D1 = DAYS[2], DAYS[3]
    sched_batch.append(rec(f"GET /v2/persons/{p}/groups/{G}/schedules?startDate={D0}&endDate={D1}",
                           {"days": days, "version": "2.1", "meta": {"cached": False}}, pulled(D1, "19:00")))
steps.append({"name": "Wednesday-Thursday 11-18..19: each pupil's schedules bundle", "batches": [sched_batch]})

# Step 5: Friday: standalone objects, then the 1 четверть final marks and averages pulled late
D = DAYS[4]
fri = []
for key in ORDER:
    lz = full_lesson(D, key)
    lz.update({"createdAt": f"{D}T07:00:00.000{TZ}", "updatedAt": None, "version": 3,
               "subject": subject_full(key)})
    if key == "math":  # a .NET type hint first, an unknown id pair, a null works list
        lz = {"$type": "Dnevnik.Api.Models.Lesson, Dnevnik.Api", **lz, "works": None,
              "lessonPlanId": 2260325488514888001, "lessonPlanId_str": "2260325488514888001"}
    if key == "rus":  # floats in unknown fields; a work of a kind the reference does not list
        lz.update({"stats": {"percentile": 87.5, "ids": [1.0, 2.5], "attendanceRate": 0.96},
                   "works": [{"id": wid(D, key, 7), "id_str": str(wid(D, key, 7)), "type": "ProjectWork",
                              "workType": 2141, "markType": "mark5", "markCount": 1, "lesson": lid(D, key),
                              "lesson_str": str(lid(D, key)), "displayInJournal": True, "status": "Sent",
                              "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "",
                              "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ[key][0],
                              "isImportant": False, "targetDate": f"{D}T00:00:00", "sentDate": None,
                              "createdBy": T_RUS[0], "files": [], "oneDriveLinks": [],
                              "maxScore": 10.5}]})
    if key == "hist":  # numbers sent as strings (pydantic int coerces them: SchoolMosregRuAPI Lesson)
        lz.update({"number": "3", "group": str(G), "subject": dict(subject_full(key), id=str(SUBJ[key][0]))})
    fri.append(rec(f"GET /v2/lessons/{lid(D, key)}", lz, pulled(D, "19:00")))
fri.append(rec(f"GET /v2/marks/{mid(201)}", mark(201, P1, D, "rus", "4", 2142, k=1, date=f"{D}T12:00:00.1{TZ}",
                                                 history=[{"value": "3", "date": f"{D}T11:00:00"}], avgScore=4.67,
                                                 mood="Excellent"),
               pulled(D, "19:01")))
fri.append(rec(f"GET /v2/marks/{mid(202)}", {
    "use_avg_calc": True, "mood": "Good", "workType": 2142, "date": f"{D}T12:01:00", "number": 0,
    "lesson_str": str(lid(D, "rus")), "lesson": None, "work_str": str(wid(D, "rus", 1)),
    "person_str": str(P3), "textValue": "5", "value": "5", "type": "mark5", "id_str": str(mid(202)),
    "id": None}, pulled(D, "19:01")))
fri.append(rec(f"GET /v2/marks/{mid(203)}", mark(203, P4, D, "rus", "4", "2142", k=1, number="0",
                                                 date=f"{D}T12:02:00.25"),
               pulled(D, "19:01")))  # numbers as strings (SchoolMosregRuAPI Mark: pydantic int coerces them)
fri.append(rec(f"GET /v2/lesson-log-entries/lesson/{lid(D, 'math')}/person/{P4}", {
    "person": str(P4), "lesson": str(lid(D, "math")), "status": "Absent", "comment": None,
    "createdDate": f"{D}T08:33:00.000{TZ}", "updatedBy": None}, pulled(D, "19:01")))
fri.append(rec(f"GET /v2/lesson-log-entries?lessons={lid(D, 'rus')}", [  # createdDate null or absent
    {"person": P1, "person_str": str(P1), "lesson": lid(D, "rus"), "lesson_str": str(lid(D, "rus")),
     "status": "Late", "createdDate": None},
    {"person": P2, "person_str": str(P2), "lesson": lid(D, "rus"), "lesson_str": str(lid(D, "rus")),
     "status": "Absent", "comment": ""}], pulled(D, "19:01")))
fri.append(rec(f"GET /v2/works/{wid(D, 'bio', 5)}", {
    "id": wid(D, "bio", 5), "id_str": str(wid(D, "bio", 5)), "type": "Homework", "workType": "2147",
    "markType": "mark5", "markCount": "1", "lesson": lid(D, "bio"), "lesson_str": str(lid(D, "bio")),
    "displayInJournal": False, "status": "Sent", "eduGroup": G, "eduGroup_str": str(G),
    "tasks": [{"id": 2260325488514990001, "id_str": "2260325488514990001", "person": P1, "person_str": str(P1),
               "work": wid(D, "bio", 5), "work_str": str(wid(D, "bio", 5)), "status": None,
               "targetDate": "2026-11-23T00:00:00", "progress": {"percent": None}}],
    "text": "Зарисовать строение почки, с. 58", "periodNumber": 2, "periodType": "Quarter",
    "subjectId": SUBJ["bio"][0], "isImportant": False, "targetDate": "2026-11-23T00:00:00.00",
    "sentDate": f"{D}T12:10:00{TZ}", "createdBy": T_BIO[0], "files": [], "oneDriveLinks": [],
    "externalResources": [], "checkType": None}, pulled(D, "19:02")))
fm = []
for pi, p in enumerate((P1, P2, P3, P4)):
    per = []
    for si, key in enumerate(ORDER):
        val = "5443"[(pi + si) % 4]
        per.append({"subject_str": str(SUBJ[key][0]), "subject": SUBJ[key][0] if si % 2 else None,
                    "final-mark": {"id_str": str(2260325488514600000 + pi * 10 + si), "type": "mark5",
                                   "value": val, "textValue": None if si == 1 else val,
                                   "person_str": str(p), "work_str": str(2260325488514500000 + si),
                                   "lesson": None, "lesson_str": None, "number": 0,
                                   "date": "2026-10-23T15:00:00.05", "workType": 2190, "mood": None,
                                   "use_avg_calc": False, "isYear": False, "approvedBy": None},
                    "comment": None, "isLocked": True})
    if p == P1:  # a subject without a final mark yet: the entry is there, the mark null
        per.append({"subject": 1000003514005, "subject_str": "1000003514005", "final-mark": None,
                    "comment": None, "isLocked": False})
    fm.append({"person": p, "person_str": str(p), "group": G, "group_str": str(G),
               "reportingPeriod": None if pi == 3 else 1000007514001, "reportingPeriod_str": "1000007514001",
               "per-subject-final-marks": per, "generatedBy": "v2.3"})
fri.append(rec(f"GET /v2/edu-groups/{G}/final-marks", fm[1:], pulled(D, "20:00")))
fri.append(rec(f"GET /v2/persons/{P1}/edu-groups/{G}/final-marks", fm[:1], pulled(D, "20:00")))
avg = [{"person_str": str(p), "person": p if pi != 1 else None,
        "per-subject-averages": [{"subject_str": str(SUBJ[k][0]), "avg-mark-value": v, "trend": None,
                                  "marksCount": "7"}
                                 for k, v in zip(("math", "rus"), (["4.57", "3.86", "4.29", "3.5"][pi],
                                                                   ["4.2", "4.75", "3.33", "4"][pi]))],
        "updatedAt": None} for pi, p in enumerate((P1, P2, P3, P4))]
fri.append(rec(f"GET /v2/edu-groups/{G}/avg-marks/2026-09-01/2026-10-25", avg, f"{D}T20:01:00.123456{TZ}"))
steps.append({"name": "Friday 11-20: standalone lessons, marks and a work; 1 четверть finals and averages",
              "batches": [fri]})

journey = {"vendor": "dnevnik_ru", "school_timezone": TZ, "steps": steps}
out = Path(__file__).with_name("journey.json")
out.write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out, sum(len(b) for s in steps for b in s["batches"]), "records")
