"""Write journey.json: three weeks of 7А (two English subgroups) at МБОУ «СОШ № 31», Калуга, on Dnevnik.ru, with
substitutions and timetable changes, as a sync job pulls and pushes them. Standard library only; deterministic.

Written from shared/reference/dnevnik_ru.md (and the client models of its §10: alexcupertme/dnevnikru_bot
schedule.type.ts and lessons.type.ts for the bundle and lesson shapes), never from the hub's code.
Run: python make_journey.py (writes journey.json beside it). The story is in README.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCHOOL = 1000002431031
CLASS = 1000004531070                    # 7А, a 13-digit id (§1)
SG1, SG2 = 2260325488556031101, 2260325488556031102   # English subgroups, ids above 2^53 (§1)
TIMETABLE = 1000006031001

# pupils (persons) and their users
ALISA, TIMUR, VARYA, MATVEY = 1000012831001, 1000012831002, 1000012831003, 1000012831004
PUPILS = {
    ALISA: ("Алиса", "Миронова", "Андреевна", "Female", 1000011831001),
    TIMUR: ("Тимур", "Захаров", "Ильдарович", "Male", 1000011831002),
    VARYA: ("Варвара", "Лебедева", "Олеговна", "Female", None),
    MATVEY: ("Матвей", "Орлов", "Сергеевич", "Male", 1000011831004),
}
SUBGROUP_OF = {ALISA: SG1, TIMUR: SG1, VARYA: SG2, MATVEY: SG2}
PARENTS = {  # user -> (person, first, last, middle, children)
    1000011831201: (1000012831201, "Екатерина", "Миронова", "Андреевна", [ALISA]),
    1000011831202: (1000012831202, "Сергей", "Орлов", "Викторович", [MATVEY]),
}

# teachers: person -> (first, last, middle, sex, user or None)
GAVRILOVA, SOBOLEVA, NESTEROVA, TIKHONOV, KORNILOV, KUZMIN, FOMINA, POLYAKOVA = (
    1000012831901, 1000012831902, 1000012831903, 1000012831904, 1000012831905, 1000012831906, 1000012831907,
    1000012831908)
TEACHERS = {
    GAVRILOVA: ("Наталья", "Гаврилова", "Петровна", "Female", 1000011831901),
    SOBOLEVA: ("Ирина", "Соболева", "Викторовна", "Female", 1000011831902),
    NESTEROVA: ("Ольга", "Нестерова", "Дмитриевна", "Female", 1000011831903),
    TIKHONOV: ("Арсений", "Тихонов", "Павлович", "Male", 1000011831904),
    KORNILOV: ("Андрей", "Корнилов", "Вадимович", "Male", 1000011831905),
    KUZMIN: ("Павел", "Кузьмин", "Егорович", "Male", 1000011831906),
    FOMINA: ("Дарья", "Фомина", "Сергеевна", "Female", None),      # new this term, no account yet (§1 userId null)
    POLYAKOVA: ("Татьяна", "Полякова", "Михайловна", "Female", 1000011831908),  # the substitute
}

ALG, RUS, ENG, HIS, BIO, TECH = (1000003831001, 1000003831002, 1000003831003, 1000003831004, 1000003831005,
                                 1000003831006)
SUBJECTS = {ALG: ("Алгебра", "Математика и информатика"), RUS: ("Русский язык", "Русский язык и литература"),
            ENG: ("Английский язык", "Иностранные языки"), HIS: ("История", "Общественно-научные предметы"),
            BIO: ("Биология", "Естественно-научные предметы"), TECH: ("Технология", "Технология")}
TECH_NEW_NAME = "Труд (технология)"      # the school renamed the subject on 23 Nov (same id)
RENAMED_AT = "2026-11-23T07:30:00+03:00"

WT_ANSWER, WT_SELF, WT_TEST, WT_HW = 3101, 3102, 3103, 3107
WORK_TYPES = [(WT_ANSWER, 1, "DefaultNewLessonWork", "Ответ на уроке", "О", 1),
              (WT_SELF, 2, "CommonWork", "Самостоятельная работа", "С", 2),
              (WT_TEST, 3, "LessonTestWork", "Контрольная работа", "К", 3),
              (WT_HW, 4, "Homework", "Домашнее задание", "Д", 1)]

BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:20", "11:05"), 4: ("11:20", "12:05"),
         5: ("12:15", "13:00")}
SATURDAY_BELLS = {1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:10", "10:50")}

ROOM = {ALG: "24", RUS: "31", HIS: "27", BIO: "22", TECH: "мастерская 3"}
ENG_ROOM = {SG1: "12", SG2: "14"}
TEACHER_OF = {ALG: GAVRILOVA, RUS: SOBOLEVA, HIS: KORNILOV, BIO: FOMINA, TECH: KUZMIN}
ENG_TEACHER = {SG1: NESTEROVA, SG2: TIKHONOV}

MONDAYS = ["2026-11-09", "2026-11-16", "2026-11-23"]
# the weekly timetable: weekday (0 = Mon) -> [(slot, subject or ("eng",))]
WEEK = {0: [(1, ALG), (2, RUS), (3, "eng")], 1: [(1, HIS), (2, BIO), (3, TECH)], 2: [(1, RUS), (2, ALG)],
        3: [(1, "eng"), (2, HIS)], 4: [(1, BIO), (2, RUS)]}

TOPICS = {
    ALG: ["Линейная функция и её график", "Взаимное расположение графиков линейных функций",
          "Системы линейных уравнений", "Способ подстановки", "Способ сложения", "Решение задач с помощью систем"],
    RUS: ["Причастие как часть речи", "Причастный оборот", "Причастный оборот. Знаки препинания",
          "Действительные и страдательные причастия", "Краткие и полные страдательные причастия",
          "Н и НН в суффиксах причастий", "Правописание НЕ с причастиями", "Деепричастие как часть речи",
          "Деепричастный оборот"],
    HIS: ["Смутное время: причины", "Лжедмитрий I", "Ополчение Минина и Пожарского",
          "Начало правления Романовых", "Соборное уложение 1649 года", "Повторение: Россия в XVII веке"],
    BIO: ["Тип Кишечнополостные", "Тип Плоские черви", "Тип Круглые черви", "Тип Кольчатые черви",
          "Лабораторная работа «Внешнее строение дождевого червя»", "Тип Моллюски"],
    TECH: ["Проект «Изделие из текстиля»: выбор идеи", "Раскрой изделия", "Швейная машина: заправка нитей"],
    ENG: ["Unit 3. School life", "Unit 3. Present Perfect", "Unit 3. Reading: My school",
          "Unit 3. Writing a letter", "Unit 4. Hobbies", "Unit 4. Gerund"],
}

# ---------------------------------------------------------------------------------------------------------------
# lessons: id -> state; built from the weekly timetable, then the changes


def lid(n: int) -> int:
    return 2260325488556531000 + n


def wid(n: int) -> int:
    return 2260325488556731000 + n


lessons: dict[int, dict] = {}
_topic_at = {k: 0 for k in TOPICS}
_n = 0
for monday in MONDAYS:
    m = dt.date.fromisoformat(monday)
    for wd, slots in WEEK.items():
        day = (m + dt.timedelta(days=wd)).isoformat()
        for slot, subj in slots:
            groups = [(SG1, ENG), (SG2, ENG)] if subj == "eng" else [(CLASS, subj)]
            for group, s in groups:
                _n += 1
                topics = TOPICS[s]
                key = s if s != ENG else ENG
                topic = topics[_topic_at[key] % len(topics)] if s != ENG else topics[_topic_at[ENG] // 2 % len(topics)]
                _topic_at[key] += 1
                teacher = ENG_TEACHER[group] if s == ENG else TEACHER_OF[s]
                room = ENG_ROOM[group] if s == ENG else ROOM[s]
                lessons[lid(_n)] = {"id": lid(_n), "group": group, "subject": s, "date": day, "number": slot,
                                    "teacher": teacher, "title": topic, "room": room, "homework": None}


def find(day: str, subject: int, group: int = CLASS) -> int:
    return next(i for i, l in lessons.items() if l["date"] == day and l["subject"] == subject and l["group"] == group)


# the planned state (what the week-before pulls show) is a copy taken now
PLANNED = json.loads(json.dumps(lessons))
PLANNED = {int(k): v for k, v in PLANNED.items()}

# week 2 changes, as they stand after the week
H17, T17 = find("2026-11-17", HIS), find("2026-11-17", TECH)
lessons[H17].update(number=3)          # History and Technology swapped slots on Tuesday 17 Nov
lessons[T17].update(number=1)
R18 = find("2026-11-18", RUS)
lessons[R18].update(teacher=POLYAKOVA)  # Соболева on a course: Полякова substitutes on Wed 18 Nov
A16 = find("2026-11-16", ALG)
lessons[A16].update(room="35")          # algebra moved to room 35 on Mon 16 Nov (room 24 being repainted)
H19 = find("2026-11-19", HIS)
REMOVED_H19 = lessons.pop(H19)          # History of Thu 19 Nov removed from the timetable
A19 = lid(901)                          # ... a replacement algebra lesson added on Thu 19 Nov, slot 4
lessons[A19] = {"id": A19, "group": CLASS, "subject": ALG, "date": "2026-11-19", "number": 4, "teacher": GAVRILOVA,
                "title": "Решение задач с помощью систем уравнений", "room": "24", "homework": None}
SAT28 = lid(902)                        # a Saturday make-up History lesson on 28 Nov, slot 2
lessons[SAT28] = {"id": SAT28, "group": CLASS, "subject": HIS, "date": "2026-11-28", "number": 2,
                  "teacher": KORNILOV, "title": "Смутное время: итоги и последствия", "room": "27", "homework": None}

# homework (Work type Homework, §3.2), set at a lesson; due = targetDate
R16, E1_12, T24 = find("2026-11-16", RUS), find("2026-11-12", ENG, SG1), find("2026-11-24", TECH)
HOMEWORK = {
    R16: (wid(801), "Упр. 214; выучить правило на с. 98", "2026-11-18"),
    E1_12: (wid(802), "Student's Book p. 34, ex. 5 (письменно)", "2026-11-16"),
    A19: (wid(803), "№ 312, 315, 318", "2026-11-23"),
    SAT28: (wid(804), "§ 14, вопросы 1–3 на с. 112", "2026-12-01"),
    T24: (wid(805), "Принести ткань и нитки для проекта", "2026-12-01"),
}
B10, E2_12 = find("2026-11-10", BIO), find("2026-11-12", ENG, SG2)

# marks: (lesson, pupil, value, work type) on the lesson's default work; id by order
MARKS = [
    (E1_12, ALISA, "5", WT_ANSWER), (E1_12, TIMUR, "4", WT_ANSWER), (E2_12, MATVEY, "4+", WT_ANSWER),
    (B10, ALISA, "4", WT_ANSWER),
    (R18, TIMUR, "4", WT_ANSWER), (R18, ALISA, "5", WT_ANSWER), (H17, VARYA, "5", WT_ANSWER),
    (A19, MATVEY, "3", WT_SELF),
    (T24, TIMUR, "5", WT_ANSWER), (SAT28, ALISA, "4", WT_ANSWER), (SAT28, VARYA, "5", WT_SELF),
]
MARK_ID = {i: 2260325488556831000 + i + 1 for i in range(len(MARKS))}

# attendance (§3.5): the substitute's lesson, and History in week 3 (incl. the Saturday make-up)
LOG = {R18: {ALISA: ("Attend", ""), TIMUR: ("Late", "опоздал на 10 минут"), VARYA: ("Attend", ""),
             MATVEY: ("Ill", "справка")}}
for l_ in (find("2026-11-24", HIS), find("2026-11-26", HIS), SAT28):
    LOG[l_] = {ALISA: ("Attend", ""), TIMUR: ("Attend", ""), VARYA: ("Attend", ""), MATVEY: ("Attend", "")}
LOG[SAT28][MATVEY] = ("Pass", "соревнования по плаванию, заявление родителей")
LOG[find("2026-11-26", HIS)][VARYA] = ("Absent", "")

# ---------------------------------------------------------------------------------------------------------------
# shapes


def s(v: int | None) -> str | None:
    return None if v is None else str(v)


def subject_name(subj: int, pulled: str) -> str:
    return TECH_NEW_NAME if subj == TECH and pulled >= RENAMED_AT else SUBJECTS[subj][0]


def start_end(l: dict) -> tuple[str, str]:
    sat = dt.date.fromisoformat(l["date"]).weekday() == 5
    return (SATURDAY_BELLS if sat else BELLS)[l["number"]]


def default_work(l: dict) -> dict:
    return work(l, wid(l["id"] - 2260325488556531000), "DefaultNewLessonWork", WT_ANSWER, "", l["date"], None)


def work(l: dict, w: int, kind: str, wtype: int, text: str, target: str, sent: str | None) -> dict:
    return {"id": w, "id_str": str(w), "type": kind, "workType": wtype, "markType": "mark5", "markCount": 1,
            "lesson": l["id"], "lesson_str": str(l["id"]), "displayInJournal": kind != "Homework", "status": "Sent",
            "eduGroup": l["group"], "eduGroup_str": str(l["group"]), "tasks": [], "text": text, "periodNumber": 2,
            "periodType": "Quarter", "subjectId": l["subject"], "isImportant": False,
            "targetDate": f"{target}T00:00:00", "sentDate": sent, "createdBy": l["teacher"], "files": [],
            "oneDriveLinks": []}


def self_work_id(l: dict) -> int:
    return wid(600 + l["id"] - 2260325488556531000)


def works_of(l: dict, with_homework: bool) -> list[dict]:
    out = [default_work(l)]
    if with_homework and any(m[0] == l["id"] and m[3] == WT_SELF for m in MARKS):
        out.append(work(l, self_work_id(l), "CommonWork", WT_SELF, "Самостоятельная работа", l["date"],
                        f"{l['date']}T{start_end(l)[0]}:00.0"))
    if with_homework and l["id"] in HOMEWORK:
        w, text, due = HOMEWORK[l["id"]]
        start = start_end(l)[0]
        out.append(work(l, w, "Homework", WT_HW, text, due, f"{l['date']}T{start}:00.0"))
    return out


def entity(l: dict, pulled: str, with_homework: bool, status: str) -> dict:
    """A lesson as §3.4 gives it (group ranges, lessons/{id}): embedded subject and works, teachers."""
    subj = l["subject"]
    return {"id": l["id"], "id_str": str(l["id"]), "title": l["title"], "date": f"{l['date']}T{start_end(l)[0]}:00",
            "number": l["number"],
            "subject": {"id": subj, "id_str": str(subj), "name": subject_name(subj, pulled),
                        "knowledgeArea": SUBJECTS[subj][1], "fgosSubjectId": None},
            "group": l["group"], "status": status, "resultPlaceId": 0,
            "works": works_of(l, with_homework), "teachers": [l["teacher"]], "teachers_str": [str(l["teacher"])]}


def flat(l: dict) -> dict:
    """A lesson flattened as the schedules bundle gives it (§3.4; no id_str)."""
    a, b = start_end(l)
    ws = works_of(l, True)
    return {"id": l["id"], "title": l["title"], "date": f"{l['date']}T{a}:00", "number": l["number"],
            "subjectId": l["subject"], "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
            "place": l["room"], "floor": "2" if l["room"] in ("24", "27", "31", "35") else "1",
            "hours": f"{a} - {b}", "works": [w["id"] for w in ws], "teachers": [l["teacher"]]}


def mark_obj(i: int) -> dict:
    l_, person, value, wtype = MARKS[i]
    l = lessons[l_]
    w = self_work_id(l) if wtype == WT_SELF else wid(l["id"] - 2260325488556531000)
    end = start_end(l)[1]
    return {"id": MARK_ID[i], "id_str": str(MARK_ID[i]), "type": "mark5", "value": value, "textValue": value,
            "person": person, "person_str": str(person), "work": w, "work_str": str(w), "lesson": l["id"],
            "lesson_str": str(l["id"]), "number": 0, "date": f"{l['date']}T{end}:41.{(i * 37) % 1000:03d}",
            "workType": wtype, "mood": "Good" if value[0] in "45" else "Average", "use_avg_calc": True}


def log_obj(l_: int, person: int) -> dict:
    status, comment = LOG[l_][person]
    l = lessons[l_]
    return {"person": person, "person_str": str(person), "lesson": l_, "lesson_str": str(l_), "comment": comment,
            "status": status, "createdDate": f"{l['date']}T{start_end(l)[0]}:{10 + person % 7:02d}.5"}


def person_obj(p: int, first: str, last: str, middle: str, sex: str, user: int | None) -> dict:
    return {"id": p, "id_str": str(p), "userId": user, "userId_str": s(user), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def teacher_person(p: int) -> dict:
    first, last, middle, sex, user = TEACHERS[p]
    return person_obj(p, first, last, middle, sex, user)


def user_obj(p: int) -> dict:
    first, last, middle, sex, user = TEACHERS[p]
    return {"id": user, "id_str": str(user), "personId": p, "personId_str": str(p), "name": f"{first} {last}",
            "email": "", "login": None, "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle,
            "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU",
            "timezone": "+3:00", "sex": sex, "photoSmall": None, "photoMedium": None, "photoLarge": None,
            "birthday": None, "roles": ["EduStaff"], "phone": ""}


def group_obj(g: int) -> dict:
    if g == CLASS:
        return {"id": CLASS, "id_str": str(CLASS), "parentIds": [], "parentIds_str": [], "type": "Group",
                "name": "7А", "fullName": "", "parallel": 7, "timetable": TIMETABLE, "timetable_str": str(TIMETABLE),
                "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
                "journaltype": None}
    n = 1 if g == SG1 else 2
    first, last, middle, *_ = TEACHERS[ENG_TEACHER[g]]
    return {"id": g, "id_str": str(g), "parentIds": [CLASS], "parentIds_str": [str(CLASS)], "type": "Subgroup",
            "name": f"Английский язык, {n} группа", "fullName": f"{last} {first} {middle}", "parallel": 7,
            "timetable": TIMETABLE, "timetable_str": str(TIMETABLE), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": None}


def in_range(l: dict, a: str, b: str) -> bool:
    return a <= l["date"] <= b


def group_range(state: dict[int, dict], group: int, a: str, b: str, pulled: str, post: bool) -> dict:
    items = sorted((l for l in state.values() if l["group"] == group and in_range(l, a, b)),
                   key=lambda l: (l["date"], l["number"]))
    return rec(f"GET /v2/edu-groups/{group}/lessons/{a}/{b}",
               [entity(l, pulled, post, "Conducted" if post else "Planned") for l in items], pulled)


def schedules(person: int, a: str, b: str, pulled: str) -> dict:
    mine = {CLASS, SUBGROUP_OF[person]}
    days = []
    d, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    while d <= end:
        day = d.isoformat()
        ls = sorted((l for l in lessons.values() if l["group"] in mine and l["date"] == day),
                    key=lambda l: l["number"])
        ids = {l["id"] for l in ls}
        ws = [w for l in ls for w in works_of(l, True)]
        days.append({
            "date": f"{day}T00:00:00", "lessons": [flat(l) for l in ls],
            "marks": [mark_obj(i) for i in range(len(MARKS)) if MARKS[i][0] in ids and MARKS[i][1] == person],
            "works": [w for w in ws if w["type"] != "Homework"], "homeworks": [w for w in ws if w["type"] == "Homework"],
            "subjects": [{"id": sj, "name": subject_name(sj, pulled), "knowledgeAreaId": 1}
                         for sj in sorted({l["subject"] for l in ls})],
            "workTypes": [{"id": t, "schoolId": SCHOOL, "abbreviation": ab, "name": title, "isFinal": False,
                           "isImportant": False, "kindId": k, "kind": kind} for t, k, kind, title, ab, _ in WORK_TYPES],
            "lessonLogEntries": [log_obj(l_, person) for l_ in sorted(ids) if l_ in LOG],
            "teachers": [{"person": teacher_person(t), "role": "Teacher"} for t in sorted({l["teacher"] for l in ls})],
            "nextDate": f"{(d + dt.timedelta(days=1)).isoformat()}T00:00:00"})
        d += dt.timedelta(days=1)
    return rec(f"GET /v2/persons/{person}/groups/{CLASS}/schedules?startDate={a}&endDate={b}", {"days": days}, pulled)


def rec(request: str, body, pulled: str, request_body=None) -> dict:
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def classteacher(p: int, pulled: str) -> dict:
    return rec(f"GET /v2/edu-groups/{CLASS}/classteacher", [teacher_person(p)], pulled)


def subjects_list(pulled: str) -> dict:
    return rec(f"GET /v2/schools/{SCHOOL}/subjects",
               [{"id": k, "id_str": str(k), "name": subject_name(k, pulled), "knowledgeArea": v[1],
                 "fgosSubjectId": None, "halfYear": False} for k, v in SUBJECTS.items()], pulled)


def marks_in(a: str, b: str) -> list[dict]:
    return [mark_obj(i) for i in range(len(MARKS))
            if lessons[MARKS[i][0]]["group"] == CLASS and in_range(lessons[MARKS[i][0]], a, b)]


# ---------------------------------------------------------------------------------------------------------------
# the pulls

A = "2026-11-06T19:00:00+03:00"   # Fri before week 1: set-up and the week-before ranges
school = {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «СОШ № 31»",
          "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 31» г. Калуги",
          "avatarSmall": None, "city": "Калуга", "municipality": "городской округ «Город Калуга»", "regionId": 40,
          "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
          "tsoCityId": None, "tsoRegionTreePath": "40."}
periods = [
    {"id": 1000007831001, "id_str": "1000007831001", "start": "2026-09-01T00:00:00", "finish": "2026-10-30T00:00:00",
     "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2026},
    {"id": 1000007831002, "id_str": "1000007831002", "start": "2026-11-09T00:00:00", "finish": "2026-12-27T00:00:00",
     "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026},
    {"id": 1000007831003, "id_str": "1000007831003", "start": "2027-01-11T00:00:00", "finish": "2027-03-20T00:00:00",
     "number": 3, "type": "Quarter", "name": "3 четверть", "year": 2026},
    {"id": 1000007831004, "id_str": "1000007831004", "start": "2027-03-30T00:00:00", "finish": "2027-05-29T00:00:00",
     "number": 4, "type": "Quarter", "name": "4 четверть", "year": 2026}]
holidays = [
    {"id": 1000007831101, "reportingPeriodGroupId": 1000007831000, "dateStart": "2026-10-31T00:00:00",
     "dateFinish": "2026-11-08T00:00:00", "name": "Осенние каникулы", "description": ""},
    {"id": 1000007831102, "reportingPeriodGroupId": 1000007831000, "dateStart": "2026-12-28T00:00:00",
     "dateFinish": "2027-01-10T00:00:00", "name": "Зимние каникулы", "description": ""}]
weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
bells = [{"Name": "Расписание звонков 2026/2027", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
          "Items": [{"Id": 1000006031100 + n, "Start": a, "Finish": b, "Name": f"{n} урок", "Type": "Lesson",
                     "DaysOfWeek": weekdays, "LessonNumber": n} for n, (a, b) in BELLS.items()]
          + [{"Id": 1000006031200 + n, "Start": a, "Finish": b, "Name": f"{n} урок (суббота)", "Type": "Lesson",
              "DaysOfWeek": ["Saturday"], "LessonNumber": n} for n, (a, b) in SATURDAY_BELLS.items()]}]

setup = [
    rec(f"GET /v2/schools/{SCHOOL}", school, A),
    rec(f"GET /v2/schools/{SCHOOL}/edu-groups", [group_obj(g) for g in (CLASS, SG1, SG2)], A),
    rec("POST /v2/edu-groups",
        [{"group": g, "students": [{"person": p, "person_str": str(p), "membershipstatus": "Active"}
                                   for p in PUPILS if g == CLASS or SUBGROUP_OF[p] == g]} for g in (CLASS, SG1, SG2)],
        A, request_body=[str(CLASS), str(SG1), str(SG2)]),
    rec(f"GET /v2/edu-groups/{CLASS}/persons", [person_obj(p, *v) for p, v in PUPILS.items()], A),
    rec("POST /v2/users/many", [user_obj(p) for p in (GAVRILOVA, SOBOLEVA, NESTEROVA, TIKHONOV, KORNILOV, KUZMIN)],
        A, request_body=[str(TEACHERS[p][4]) for p in (GAVRILOVA, SOBOLEVA, NESTEROVA, TIKHONOV, KORNILOV, KUZMIN)]),
    classteacher(GAVRILOVA, A),
]
for user, (person, first, last, middle, kids) in PARENTS.items():
    setup.append(rec(f"GET /v2/users/{user}/context", {
        "userId": user, "userId_str": str(user), "personId": person, "personId_str": str(person),
        "shortName": f"{last} {first[0]}.", "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL],
        "groupIds": [], "schools": [{"id": SCHOOL, "name": "МБОУ «СОШ № 31»", "type": "School", "groupIds": []}],
        "eduGroups": [], "children": [
            {"personId": k, "personId_str": str(k), "firstName": PUPILS[k][0], "lastName": PUPILS[k][1],
             "middleName": PUPILS[k][2], "shortName": f"{PUPILS[k][1]} {PUPILS[k][0][0]}.", "schoolIds": [SCHOOL],
             "groupIds": [CLASS, SUBGROUP_OF[k]]} for k in kids], "splitId": None}, A))
setup += [
    subjects_list(A),
    rec(f"GET /v2/work-types/{SCHOOL}",
        [{"id": t, "id_str": str(t), "schoolId": SCHOOL, "kindId": k, "kind": kind, "title": title, "abbr": ab,
          "weight": w} for t, k, kind, title, ab, w in WORK_TYPES], A),
    rec(f"GET /v2/edu-groups/{CLASS}/reporting-periods", periods, A),
    rec(f"GET /v2/edu-groups/{CLASS}/reporting-period-group",
        {"id": 1000007831000, "reportingPeriods": periods, "holidays": holidays}, A),
    rec(f"GET /v2/edu-groups/{CLASS}/timetables", bells, A),
]
A1 = "2026-11-06T19:05:00+03:00"
week1_before = [group_range(PLANNED, CLASS, "2026-11-09", "2026-11-15", A1, False),
                group_range(PLANNED, SG1, "2026-11-09", "2026-11-29", A1, False),
                group_range(PLANNED, SG2, "2026-11-09", "2026-11-29", A1, False)]

B = "2026-11-13T19:00:00+03:00"   # Fri: the week-before range of week 2, as planned
week2_before = [group_range(PLANNED, CLASS, "2026-11-16", "2026-11-22", B, False)]

C = "2026-11-15T20:00:00+03:00"   # Sun: week 1 again after the week, Алиса's diary, the English marks
week1_after = [
    group_range(lessons, CLASS, "2026-11-09", "2026-11-15", C, True),
    schedules(ALISA, "2026-11-09", "2026-11-15", C),
    rec(f"GET /v2/lessons/{E1_12}/marks", [mark_obj(i) for i in range(len(MARKS)) if MARKS[i][0] == E1_12], C),
    rec(f"GET /v2/lessons/{E2_12}/marks", [mark_obj(i) for i in range(len(MARKS)) if MARKS[i][0] == E2_12], C),
]

D = "2026-11-18T07:40:00+03:00"   # Wed morning: the substitution and the replacement lesson, as single lessons
D_sub = [
    rec(f"GET /v2/lessons/{R18}", entity(lessons[R18], D, False, "Planned"), D),
    rec(f"GET /v2/persons/{POLYAKOVA}", teacher_person(POLYAKOVA), D),
    rec(f"GET /v2/lessons/{A19}", entity(lessons[A19], D, False, "Planned"), D),
]

E0 = "2026-11-20T19:00:00+03:00"  # Fri: the week-before range of week 3 (the Saturday make-up not yet planned)
planned3 = {i: l for i, l in lessons.items() if i != SAT28}
week3_before = [group_range(planned3, CLASS, "2026-11-23", "2026-11-29", E0, False)]

E = "2026-11-22T20:00:00+03:00"   # Sun: week 2 again after the week
week2_after = [
    group_range(lessons, CLASS, "2026-11-16", "2026-11-22", E, True),
    schedules(ALISA, "2026-11-16", "2026-11-22", E),
    rec(f"GET /v2/edu-groups/{CLASS}/marks/2026-11-16/2026-11-22", marks_in("2026-11-16", "2026-11-22"), E),
    rec(f"GET /v2/lessons/{R18}/log-entries", [log_obj(R18, p) for p in PUPILS], E),
    rec(f"GET /v2/persons/{FOMINA}", teacher_person(FOMINA), E),
    classteacher(SOBOLEVA, E),
]

F = RENAMED_AT                     # Mon 23 Nov: the renamed subject; Wed 25: the Saturday make-up as a single lesson
F2 = "2026-11-25T16:10:00+03:00"
midweek3 = [subjects_list(F), rec(f"GET /v2/lessons/{SAT28}", entity(lessons[SAT28], F2, False, "Planned"), F2)]

G = "2026-11-29T20:00:00+03:00"   # Sun: week 3 again after the week (with Saturday), the subgroups' month again
his_week3 = [l_ for l_ in sorted(LOG) if l_ != R18]
week3_after = [
    group_range(lessons, CLASS, "2026-11-23", "2026-11-29", G, True),
    schedules(ALISA, "2026-11-23", "2026-11-27", G),
    rec(f"GET /v2/edu-groups/{CLASS}/marks/2026-11-23/2026-11-29", marks_in("2026-11-23", "2026-11-29"), G),
    rec(f"GET /v2/lesson-log-entries/group/{CLASS}?subject={HIS}&from=2026-11-23&to=2026-11-29",
        [log_obj(l_, p) for l_ in his_week3 for p in PUPILS], G),
    group_range(lessons, SG1, "2026-11-09", "2026-11-29", G, True),
    group_range(lessons, SG2, "2026-11-09", "2026-11-29", G, True),
]
# a retried delivery: the class teacher as pulled on Fri 13 Nov (before the change), delivered last
late = [classteacher(GAVRILOVA, B)]

journey = {"vendor": "dnevnik_ru", "steps": [
    {"name": "1. Fri 6 Nov: school, class and subgroups, people, reference data; week 1 planned", "batches":
        [setup, week1_before]},
    {"name": "2. Fri 13 Nov: week 2 as planned", "batches": [week2_before]},
    {"name": "3. Sun 15 Nov: week 1 after the week, Алиса's diary, English marks", "batches": [week1_after]},
    {"name": "4. Wed 18 Nov 07:40: the substitute and the replacement lesson, single lessons", "batches": [D_sub]},
    {"name": "5. Fri 20 Nov: week 3 as planned", "batches": [week3_before]},
    {"name": "6. Sun 22 Nov: week 2 after the week, the biology teacher's person, the new class teacher",
     "batches": [week2_after]},
    {"name": "7. Mon 23 / Wed 25 Nov: the subject renamed, the Saturday make-up lesson", "batches": [midweek3]},
    {"name": "8. Sun 29 Nov: week 3 after the week, the subgroups' month, a late retry", "batches":
        [week3_after, late]},
]}

(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for st in journey["steps"] for b in st["batches"]), "records")
