"""Write journey.json: «Гимназия № 64» (Самара, UTC+4), Dnevnik.ru, class 6Б over two school weeks
(2027-04-19..04-30) of one school's sync job, with every answer shaped as the other public clients of reference §10
read them: alexcupertme/dnevnikru_bot's TS response types (schedule, recentmarks, final marks, avg marks, wa-marks,
periods and the period group with holidays), Injent/MySchool's v2 DTOs and IdSerializer (`id_str` wins), WebMad/
dn-service's mapping of the `persons/{p}/groups/{g}/schedules` bundle, SiroXYZ/DnevnikRu_proxiAPI's date formats and
30-day chunks, and baywind/rujel's DnevnikSync enums (mark types with ± and letters, work kinds, log-entry statuses,
reporting-period types). Standard library only; deterministic; every value invented. Sections (§) are those of
shared/reference/dnevnik_ru.md; shapes cite the client file (repo, path) they follow.

Shapes and their sources:
- schedules bundle `{days:[{date, lessons, marks, works, homeworks, subjects, workTypes, lessonLogEntries,
  teachers:[{person, role}], nextDate}]}`: alexcupertme/dnevnikru_bot src/core/typings/response/schedule.type.ts
  (TSchedule), every field WebMad/dn-service app/Operations/ScheduleOperation.php maps (works, lessons with building/
  place/floor/hours, marks, workTypes, teachers[].person). Flattened lessons carry no `id_str` (§1).
- bell timetable: schedule.type.ts TSchoolTimetable (PascalCase, §3.14).
- recentmarks `{marks, criteriabasedmarks, works, subjects, workTypes, lessons, lessonLogEntries}`:
  dnevnikru_bot src/core/typings/response/marks.type.ts (TRecentMarks); relayed through a double-based (JS) hop, so
  `id`, `work`, `person` above 2^53 are corrupted and their `_str` twins are exact (§1; Injent/MySchool
  core/network/.../model/NetworkMark.kt reads only `id_str`, `person_str`, `work_str`, `lesson_str` through
  `IdSerializer`, core/network/.../Serializers.kt at f6e7e668).
- final marks (hyphenated keys), avg marks (`TAvgGroupMark`, with `group`/`reportingPeriod`), wa-marks
  (`TWeightedMarks`, `value` a number): marks.type.ts; periods and the period group with holidays:
  src/core/typings/response/periods.type.ts (TPeriod, TPeriodGroup).
- person marks and log entries in 30-day chunks, `persons/{p}/lesson-log-entries` answering `{logEntries, lessons}`,
  lesson dates `%Y-%m-%dT%H:%M:%S`, mark `date` / `createdDate` `%Y-%m-%dT%H:%M:%S.%f` (1..6 fractional digits):
  SiroXYZ/DnevnikRu_proxiAPI handlers/marks_handler.py, handlers/entries_handler.py.
- enums: baywind/rujel DnevnikSync/Sources/ru/mos/dnevnik/EduMarkType.java (mark5, markabcdf, test),
  EduWorkType.java (LessonByHeart, LessonTestWork, PeriodMark), EduLessonLogEntryStatus.java (Attend, Absent, Ill,
  Late, Pass, NotSet), EduReportingPeriodType.java (Quarter).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002640064
G = 2260325488564006401  # 6Б: a 19-digit group id (§1)
TT = 1000006640064
RPG = 1000009640064
SCHOOL_NAME = "МБОУ «Гимназия № 64»"

# work types, standalone shape §3.3: (id, kind, title, abbr, weight, with id_str)
WT_OU, WT_KR, WT_SR, WT_DZ, WT_NZ, WT_PM = 2641, 2642, 2643, 2644, 2645, 2690
WORK_TYPES = [
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1, True),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3, True),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2, False),  # `id_str?` optional (§3.3)
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1, True),
    (WT_NZ, "LessonByHeart", "Чтение наизусть", "НЗ", 1, False),
    (WT_PM, "PeriodMark", "Четвертная оценка", "ЧО", 1, True),
]
WT_KIND = {w[0]: w[1] for w in WORK_TYPES}

SUBJECTS = {  # name: (id, knowledgeArea, knowledgeAreaId)
    "Русский язык": (1000003640001, "Филология", 1), "Литература": (1000003640002, "Филология", 1),
    "Английский язык": (1000003640003, "Иностранные языки", 2), "Математика": (1000003640004, "Математика", 3),
    "История": (1000003640005, "Общественные науки", 4), "География": (1000003640006, "Естествознание", 5),
    "Биология": (1000003640007, "Естествознание", 5), "Музыка": (1000003640008, "Искусство", 6),
    "Изобразительное искусство": (1000003640009, "Искусство", 6), "Технология": (1000003640010, "Технология", 7),
    "Физическая культура": (1000003640011, "Физическая культура", 8),
}

# persons: (person id, user id, last, first, middle, sex)
POLINA = (1000012640601, 1000011640601, "Зайцева", "Полина", "Андреевна", "Female")
TIMUR = (2260325488564300602, 2260325488564400602, "Мухаметов", "Тимур", "Ринатович", "Male")  # ids above 2^53
ARSENY = (1000012640603, 1000011640603, "Белов", "Арсений", "Игоревич", "Male")
PUPILS = [POLINA, TIMUR, ARSENY]
OLGA = (1000012640901, 1000011640901, "Зайцева", "Ольга", "Викторовна", "Female")
GULNARA = (1000012640902, 1000011640902, "Мухаметова", "Гульнара", "Ильдаровна", "Female")
T_KUZ = (1000012640950, 1000011640950, "Кузнецова", "Марина", "Сергеевна", "Female")
T_EF = (1000012640951, 1000011640951, "Ефимов", "Олег", "Петрович", "Male")
T_SAF = (1000012640952, 1000011640952, "Сафина", "Лейсан", "Маратовна", "Female")
T_GOR = (1000012640953, 1000011640953, "Горбунов", "Денис", "Андреевич", "Male")
T_LAV = (1000012640954, 1000011640954, "Лаврова", "Анна", "Николаевна", "Female")
T_NIK = (1000012640955, 1000011640955, "Никитин", "Сергей", "Валерьевич", "Male")
T_ROM = (1000012640956, 1000011640956, "Романова", "Елена", "Юрьевна", "Female")
TEACHER = {"Русский язык": T_KUZ, "Литература": T_KUZ, "Математика": T_EF, "Английский язык": T_SAF,
           "История": T_GOR, "География": T_GOR, "Биология": T_LAV, "Физическая культура": T_NIK,
           "Музыка": T_ROM, "Изобразительное искусство": T_ROM, "Технология": T_ROM}
ROOM = {"Английский язык": "214", "Физическая культура": "Спортзал", "Технология": "105", "Музыка": "301",
        "Изобразительное искусство": "301"}

WEEKDAY = [  # 0 = Monday: subjects by lesson number 1..5
    ["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"],
    ["Математика", "Литература", "Биология", "Русский язык", "Музыка"],
    ["Русский язык", "Математика", "География", "Английский язык", "Технология"],
    ["Математика", "Русский язык", "История", "Литература", "Физическая культура"],
    ["Английский язык", "Математика", "Русский язык", "Изобразительное искусство", "Биология"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:30", "12:10")}
SHORT = {1: ("08:00", "08:30"), 2: ("08:40", "09:10"), 3: ("09:20", "09:50"), 4: ("10:00", "10:30"),
         5: ("10:40", "11:10")}  # пятница 23.04: сокращённые уроки (педсовет)
SHORT_DAY = D(2027, 4, 23)
DAY_OFF = D(2027, 4, 30)  # дополнительный выходной, объявлен 27.04
DAYS = [D(2027, 4, 19) + dt.timedelta(days=i) for i in range(12) if (D(2027, 4, 19) + dt.timedelta(days=i)).weekday() < 5]

TOPICS = {
    "Русский язык": ["Причастный оборот", "Знаки препинания при причастном обороте", "Деепричастие как часть речи",
                     "Деепричастный оборот", "Правописание не с деепричастиями", "Контрольный диктант по теме «Причастие»",
                     "Работа над ошибками", "Деепричастия совершенного вида"],
    "Математика": ["Сложение чисел с разными знаками", "Вычитание отрицательных чисел", "Контрольная работа № 9",
                   "Анализ контрольной работы", "Умножение отрицательных чисел", "Самостоятельная работа: умножение",
                   "Деление отрицательных чисел", "Свойства действий с рациональными числами", "Решение задач"],
    "История": ["Падение Западной Римской империи", "Византия при Юстиниане", "Образование славянских государств",
                "Культура Византии"],
    "Английский язык": ["Unit 7: My Town", "Unit 7: Giving Directions", "Unit 8: Holidays", "Unit 8: Past Simple",
                        "Unit 8: Reading Practice"],
    "Физическая культура": ["Бег на 60 м", "Прыжок в длину с разбега", "Бег на 1000 м", "Метание мяча"],
    "Литература": ["А. С. Пушкин «Песнь о вещем Олеге»", "М. Ю. Лермонтов «Бородино»", "Н. В. Гоголь «Вечера на хуторе»",
                   "Н. В. Гоголь «Ночь перед Рождеством»"],
    "Биология": ["Строение цветка", "Соцветия", "Плоды и семена", "Распространение плодов"],
    "Музыка": ["Музыкальные образы в балете", "Симфония"],
    "География": ["Вулканы и гейзеры", "Землетрясения"],
    "Технология": ["Обработка древесины", "Изделия из древесины"],
    "Изобразительное искусство": ["Натюрморт", "Пейзаж"],
}
USED = {}


def next_topic(subject):
    USED[subject] = USED.get(subject, -1) + 1
    return TOPICS[subject][USED[subject] % len(TOPICS[subject])]


def lid_of(day, n):
    return 4264064000000000 + (day - D(2027, 4, 1)).days * 10 + n  # below 2^53: flattened lessons lack id_str (§1)


LESSONS = {}
for _day in DAYS:
    for _n, _subj in enumerate(WEEKDAY[_day.weekday()], 1):
        _clock = (SHORT if _day == SHORT_DAY else BELLS)[_n]
        LESSONS[(_day, _n)] = {"id": lid_of(_day, _n), "day": _day, "n": _n, "subject": _subj,
                               "title": next_topic(_subj), "start": _clock[0], "hours": f"{_clock[0]} - {_clock[1]}"}
# the teacher corrected a topic on Wednesday morning (a `lessons/{id}` answer states the new title)
FIXED_TOPIC = {(D(2027, 4, 22), 3): "Византия при Юстиниане. Храм Святой Софии"}


def lesson_title(key, fixed):
    return FIXED_TOPIC[key] if fixed and key in FIXED_TOPIC else LESSONS[key]["title"]


def ids(n, with_str=True):
    return {"id": n, "id_str": str(n)} if with_str else {"id": n}


def corrupt(n):
    """What a double-based (JavaScript) relay makes of a 64-bit id (§1): exact below 2^53."""
    return int(float(n))


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+04:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


# works: (day, n, kind) -> work; kinds "default", "kr", "sr", "nz", "abc", "test", "hw"
def wid(day, n, k):
    return 2260325488564500000 + (lid_of(day, n) % 100000) * 10 + "default kr sr nz abc test hw".split().index(k)


WORK_SPEC = {  # kind: (type, workType, markType)
    "default": ("DefaultNewLessonWork", WT_OU, "mark5"), "kr": ("LessonTestWork", WT_KR, "mark5"),
    "sr": ("CommonWork", WT_SR, "mark5"), "nz": ("LessonByHeart", WT_NZ, "mark5"),
    "abc": ("CommonWork", WT_SR, "markabcdf"), "test": ("CommonWork", WT_SR, "test"),
    "hw": ("Homework", WT_DZ, "mark5"),
}

# marks: (day, n, work kind, pupil, value, date the teacher set it)
MARKS = [
    (D(2027, 4, 19), 1, "default", POLINA, "5", "2027-04-19T08:31:12.5"),
    (D(2027, 4, 19), 2, "default", TIMUR, "4-", "2027-04-19T09:24:55.53"),
    (D(2027, 4, 19), 4, "abc", POLINA, "B", "2027-04-19T11:15:02.513"),
    (D(2027, 4, 20), 1, "default", ARSENY, "4", "2027-04-20T08:35:40.5137"),
    (D(2027, 4, 20), 2, "nz", POLINA, "5", "2027-04-20T09:20:18.51372"),
    (D(2027, 4, 20), 3, "default", TIMUR, "3+", "2027-04-20T19:02:11.47"),  # set in the evening (§3.1 `date`)
    (D(2027, 4, 21), 2, "kr", POLINA, "4", "2027-04-22T16:40:03.513729"),  # a test marked the next day
    (D(2027, 4, 21), 2, "kr", TIMUR, "5-", "2027-04-22T16:40:09.1"),
    (D(2027, 4, 21), 2, "kr", ARSENY, "3", "2027-04-22T16:40:15.12"),
    (D(2027, 4, 21), 3, "default", TIMUR, "5", "2027-04-21T10:20:33.903"),
    (D(2027, 4, 22), 5, "test", POLINA, "зачёт", "2027-04-22T12:05:00.0"),
    (D(2027, 4, 22), 5, "test", TIMUR, "зачёт", "2027-04-22T12:05:10.0"),
    (D(2027, 4, 22), 3, "default", POLINA, "4+", "2027-04-22T10:21:47.77"),
    (D(2027, 4, 23), 1, "abc", TIMUR, "A", "2027-04-23T08:29:30.2"),
    (D(2027, 4, 23), 3, "sr", POLINA, "3", "2027-04-23T15:12:44.615"),
    (D(2027, 4, 26), 1, "default", TIMUR, "4", "2027-04-26T08:38:01.33"),
    (D(2027, 4, 26), 3, "default", POLINA, "5", "2027-04-26T10:19:27.4"),
    (D(2027, 4, 27), 1, "sr", POLINA, "5", "2027-04-27T18:44:10.09"),
    (D(2027, 4, 27), 1, "sr", TIMUR, "2", "2027-04-27T18:44:21.8"),
    (D(2027, 4, 28), 4, "abc", POLINA, "A", "2027-04-28T11:18:52.06"),
    (D(2027, 4, 29), 2, "kr", POLINA, "5", "2027-04-29T20:10:10.1"),
    (D(2027, 4, 29), 2, "kr", TIMUR, "4+", "2027-04-29T20:10:20.2"),
    (D(2027, 4, 29), 4, "nz", TIMUR, "5-", "2027-04-29T11:15:16.171"),
]
NOT_COUNTED = {"abc", "test"}  # letters and зачёт: the school leaves them out of averages (use_avg_calc false)
MOOD = {"5": "Good", "5-": "Good", "4+": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average",
        "2": "Bad", "A": "Good", "B": "Good", "зачёт": "NotSet"}
SCALE = {"abc": "markabcdf", "test": "test"}

# attendance: (day, n, pupil, status, comment)
LOG = [
    (D(2027, 4, 19), 1, POLINA, "Attend", ""),
    (D(2027, 4, 19), 2, TIMUR, "Late", "опоздал на 10 минут"),
    (D(2027, 4, 20), 1, ARSENY, "Ill", "ОРВИ"),
    (D(2027, 4, 21), 4, POLINA, "Absent", ""),  # cleared by the teacher on Saturday: NotSet
    (D(2027, 4, 22), 5, TIMUR, "Pass", "освобождён по заявлению родителей"),
    (D(2027, 4, 23), 2, POLINA, "Ill", "справка от врача"),
    (D(2027, 4, 27), 3, POLINA, "Late", "трамвай"),
    (D(2027, 4, 28), 1, TIMUR, "Absent", ""),
    (D(2027, 4, 28), 2, TIMUR, "Absent", ""),
]
CLEARED = (D(2027, 4, 21), 4, POLINA)

# homework: (day, n) -> (text, due, files)
FILE_MAP = (1000020640001, "Контурная_карта_Рим.pdf")
HW = {
    (D(2027, 4, 19), 1): ("Упр. 412: выписать причастные обороты", D(2027, 4, 20), []),
    (D(2027, 4, 19), 3): ("§ 24, вопросы 1–3; контурная карта на с. 12", D(2027, 4, 22), [FILE_MAP]),
    (D(2027, 4, 20), 2): ("Выучить наизусть отрывок из «Песни о вещем Олеге»", D(2027, 4, 22), []),
    (D(2027, 4, 21), 2): ("№ 845, 847 (б), 851", D(2027, 4, 22), []),
    (D(2027, 4, 23), 5): ("§ 31, зарисовать строение цветка", D(2027, 4, 27), []),
    (D(2027, 4, 26), 4): ("Workbook p. 61, ex. 3, 4", D(2027, 4, 28), []),
    (D(2027, 4, 27), 1): ("№ 902, 905; повторить правила знаков", D(2027, 4, 28), []),
    (D(2027, 4, 28), 3): ("§ 29, подготовить сообщение о вулканах", D(2027, 5, 5), []),
    (D(2027, 4, 29), 2): ("Упр. 455; словарные слова на с. 140", D(2027, 5, 4), []),
}


def works_of(key):
    kinds = ["default"] + sorted({m[2] for m in MARKS if (m[0], m[1]) == key} - {"default"})
    if key in HW:
        kinds.append("hw")
    return kinds


def work_obj(key, kind, status):
    day, n = key
    lesson = LESSONS[key]
    typ, wt, mt = WORK_SPEC[kind]
    w = wid(day, n, kind)
    subj = SUBJECTS[lesson["subject"]][0]
    body = {**ids(w), "type": typ, "workType": wt, "markType": mt, "markCount": 1, "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "displayInJournal": kind != "hw", "status": status, "eduGroup": G,
            "eduGroup_str": str(G), "tasks": [], "text": "", "periodNumber": 4, "periodType": "Quarter",
            "subjectId": subj, "isImportant": kind == "kr", "targetDate": f"{day}T00:00:00", "sentDate": None,
            "createdBy": TEACHER[lesson["subject"]][0], "files": [], "oneDriveLinks": []}
    if kind == "kr":
        body["text"] = "Контрольная работа"
    if kind == "hw":
        text, due, files = HW[key]
        body.update(text=text, targetDate=f"{due}T00:00:00", sentDate=f"{day}T{lesson['start'][:2]}:5{n}:0{n}.3",
                    files=[f[0] for f in files],
                    tasks=[{**ids(2260325488564900000 + (lesson["id"] % 100000) * 10 + i), "person": p[0],
                            "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                            "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS)])
    return body


def entity_lesson(key, pulled, fixed=False, with_works=True):
    lesson = LESSONS[key]
    subj_id, area, _ = SUBJECTS[lesson["subject"]]
    status = "Conducted" if pulled >= f"{key[0]}T{lesson['start']}" else "Planned"
    body = {**ids(lesson["id"]), "title": lesson_title(key, fixed), "date": f"{key[0]}T{lesson['start']}:00",
            "number": key[1], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                          "fgosSubjectId": None},
            "group": G, "status": status, "resultPlaceId": 0}
    if with_works:
        body["works"] = [work_obj(key, k, "Sent") for k in works_of(key)]
    body.update(teachers=[TEACHER[lesson["subject"]][0]], teachers_str=[str(TEACHER[lesson["subject"]][0])])
    return body


def flat_lesson(key, pulled, fixed=False):
    """The flattened lesson of the bundles (§3.4; schedule.type.ts / marks.type.ts `lessons`): no id_str."""
    lesson = LESSONS[key]
    e = entity_lesson(key, pulled, fixed)
    return {"id": lesson["id"], "title": e["title"], "date": e["date"], "number": key[1],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOM.get(lesson["subject"], "208"), "floor": "2", "hours": lesson["hours"],
            "works": [w["id"] for w in e["works"]], "teachers": e["teachers"]}


def mark_obj(m, relay=False):
    day, n, kind, p, value, stamp = m
    lesson = LESSONS[(day, n)]
    mid = 2260325488564700000 + (lesson["id"] % 100000) * 100 + PUPILS.index(p) * 10 + "default kr sr nz abc test".split().index(kind)
    w = wid(day, n, kind)
    out = {**ids(mid), "type": SCALE.get(kind, "mark5"), "value": value, "textValue": value, "person": p[0],
           "person_str": str(p[0]), "work": w, "work_str": str(w), "lesson": lesson["id"],
           "lesson_str": str(lesson["id"]), "number": 0, "date": stamp, "workType": WORK_SPEC[kind][1],
           "mood": MOOD[value], "use_avg_calc": kind not in NOT_COUNTED}
    if relay:
        out.update(id=corrupt(mid), work=corrupt(w), person=corrupt(p[0]))
    return out


def log_state(e, pulled):
    day, n, p, status, comment = e
    if (day, n, p) == CLEARED and pulled >= "2027-04-24T18:20":
        status, comment = "NotSet", ""
    return status, comment


def log_obj(e, pulled):
    day, n, p, _, _ = e
    status, comment = log_state(e, pulled)
    lesson = LESSONS[(day, n)]
    created = f"{day}T{lesson['start'][:2]}:1{n}:4{n}.{n * 7}" if status != "NotSet" else "2027-04-24T18:15:03.2"
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": created}


def keys_between(a, b, planned_friday=False):
    out = [k for k in sorted(LESSONS) if a <= k[0] <= b and k[0] != DAY_OFF]
    if planned_friday:
        out += [k for k in sorted(LESSONS) if k[0] == DAY_OFF and a <= k[0] <= b]
    return out


def lessons_range(a, b, pulled, planned_friday=False, fixed=True):
    return [entity_lesson(k, pulled, fixed and pulled >= "2027-04-21T07") for k in keys_between(a, b, planned_friday)]


def work_types_embedded():
    """The bundles' work types (§3.3 embedded shape; schedule.type.ts `workTypes`): no weight."""
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
             "isImportant": k == "LessonTestWork", "kindId": [w[0] for w in WORK_TYPES].index(i) + 1, "kind": k}
            for i, k, t, ab, _, _ in WORK_TYPES]


def subj_small(name):
    sid, _, area_id = SUBJECTS[name]
    return {"id": sid, "name": name, "knowledgeAreaId": area_id}


def schedules(p, a, b, pulled, offset_days=False):
    days, day = [], a
    while day <= b:
        ks = [k for k in keys_between(a, b) if k[0] == day]
        works = [work_obj(k, kind, "Sent") for k in ks for kind in works_of(k)]
        stamp = f"{day}T00:00:00" + ("+04:00" if offset_days else "")
        days.append({
            "date": stamp, "lessons": [flat_lesson(k, pulled, pulled >= "2027-04-21T07") for k in ks],
            "marks": [mark_obj(m) for m in MARKS if m[3] == p and (m[0], m[1]) in ks],
            "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
            "subjects": [subj_small(LESSONS[k]["subject"]) for k in ks], "workTypes": work_types_embedded(),
            "lessonLogEntries": [log_obj(e, pulled) for e in LOG if e[2] == p and (e[0], e[1]) in ks],
            "teachers": [{"person": person(t), "role": "EduStaff"}
                         for t in sorted({TEACHER[LESSONS[k]["subject"]] for k in ks})],
            "nextDate": None})
        day += dt.timedelta(days=1)
    for i, d in enumerate(days):
        nxt = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00"
        d["nextDate"] = nxt
    return {"days": days}


def recentmarks(p, upto, pulled, since=D(2027, 4, 19)):
    ms = [m for m in MARKS if m[3] == p and m[5] <= upto and m[0] >= since]
    ks = sorted({(m[0], m[1]) for m in ms})
    return {"marks": [mark_obj(m, relay=True) for m in ms], "criteriabasedmarks": [],
            "works": [{**work_obj(k, m[2], "Sent"), "id": corrupt(wid(k[0], k[1], m[2]))}
                      for m in ms for k in [(m[0], m[1])]],
            "subjects": [subj_small(LESSONS[k]["subject"]) for k in ks], "workTypes": work_types_embedded(),
            "lessons": [flat_lesson(k, pulled, pulled >= "2027-04-21T07") for k in ks],
            "lessonLogEntries": [log_obj(e, pulled) for e in LOG if e[2] == p and (e[0], e[1]) in ks]}


def homework_bundle(a, b, pulled):
    ks = [k for k in sorted(HW) if a <= k[0] <= b]
    works = [work_obj(k, "hw", "Sent") for k in ks]
    files = [{**ids(f[0]), "name": f[1], "typeGroup": "Document", "type": "pdf",
              "pageUrl": f"https://dnevnik.ru/file/{f[0]}", "downloadUrl": f"https://static.dnevnik.ru/files/{f[0]}/{f[1]}",
              "user": {**ids(TEACHER[LESSONS[k]['subject']][1]), "personId": TEACHER[LESSONS[k]['subject']][0]},
              "size": 482113, "vote": 0, "uploadedDate": f"{k[0]}T15:02:19.4", "storageType": "Dnevnik"}
             for k in ks for f in HW[k][2]]
    return {"works": works, "subjects": [subj_small(LESSONS[k]["subject"]) for k in ks],
            "lessons": [flat_lesson(k, pulled, True) for k in ks], "files": files,
            "teachers": [person(t) for t in sorted({TEACHER[LESSONS[k]["subject"]] for k in ks})]}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


PERIODS = [(1000007640001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007640002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007640003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007640004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008640001, "2026-10-26", "2026-11-04", "Осенние каникулы", ""),
            (1000008640002, "2026-12-29", "2027-01-11", "Зимние каникулы", ""),
            (1000008640003, "2027-03-22", "2027-03-30", "Весенние каникулы", ""),
            (1000008640004, "2027-05-01", "2027-05-03", "Праздник Весны и Труда", "")]
H_OFF = (1000008640005, "2027-04-30", "2027-04-30", "Дополнительный выходной день",
         "Приказ директора № 118 от 27.04.2027: перенос учебного дня")


def periods_list():
    """periods.type.ts TPeriod (§3.12): `type` of rujel's EduReportingPeriodType."""
    return [{**ids(i), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
             "name": name, "year": 2026} for i, a, b, n, name in PERIODS]


def rpg(extra=()):
    return {"id": RPG, "reportingPeriods": periods_list(),
            "holidays": [{"id": h, "reportingPeriodGroupId": RPG, "dateStart": f"{a}T00:00:00",
                          "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                         for h, a, b, name, desc in sorted([*HOLIDAYS, *extra], key=lambda x: x[1])]}


FINALS = {  # pupil: [(subject, value or None)], 3 четверть (§3.13)
    POLINA: [("Русский язык", "5"), ("Математика", "4"), ("История", "5"), ("Биология", None)],
    TIMUR: [("Русский язык", "4"), ("Математика", "5"), ("История", "4"), ("Биология", "3")],
    ARSENY: [("Русский язык", "3"), ("Математика", "4")],
}


def final_marks():
    out = []
    for p, rows in FINALS.items():
        per = []
        for subj, value in rows:
            sid = SUBJECTS[subj][0]
            fm = None
            if value is not None:
                w = 2260325488564600000 + sid % 1000
                fid = 2260325488564800000 + sid % 1000 * 10 + PUPILS.index(p)
                fm = {**ids(fid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
                      "person_str": str(p[0]), "work": w, "work_str": str(w), "lesson": None, "lesson_str": None,
                      "number": 0, "date": "2027-03-19T15:40:21.3", "workType": WT_PM, "mood": MOOD[value],
                      "use_avg_calc": False}
            per.append({"subject": sid, "subject_str": str(sid), "final-mark": fm})
        out.append({"person": p[0], "person_str": str(p[0]), "group": G, "group_str": str(G),
                    "reportingPeriod": PERIODS[2][0], "reportingPeriod_str": str(PERIODS[2][0]),
                    "per-subject-final-marks": per})
    return out


AVG = {POLINA: {"Русский язык": "4.00", "Математика": "4.67", "История": "4.75"},
       TIMUR: {"Русский язык": "4.25", "Математика": "3.67", "Биология": "3.50"}}
WA = {"Математика": {POLINA: 4.67, TIMUR: 4.17}, "Русский язык": {POLINA: 3.8, TIMUR: 4.3}}


def avg_marks():
    q4 = PERIODS[3][0]
    return [{"group": G, "group_str": str(G), "reportingPeriod": q4, "reportingPeriod_str": str(q4), "person": p[0],
             "person_str": str(p[0]), "per-subject-averages": [
                 {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
                 for s, v in vals.items()]} for p, vals in AVG.items()]


def wa_marks():
    return {"subjectMarks": [{"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                              "marks": [{"person": p[0], "value": v} for p, v in vals.items()]}
                             for s, vals in WA.items()]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def person_chunks(p, pulled):
    """SiroXYZ's 30-day chunks (handlers/marks_handler.py, handlers/entries_handler.py) over 03-31..04-30."""
    out = []
    for i, (a, b) in enumerate(((D(2027, 3, 31), D(2027, 4, 29)), (D(2027, 4, 30), D(2027, 4, 30)))):
        ms = [mark_obj(m) for m in MARKS if m[3] == p and a <= m[0] <= b]
        out.append(rec(f"GET /v2/persons/{p[0]}/schools/{S}/marks/{a}/{b}", ms, f"{pulled}:{10 + i}"))
    for i, (a, b) in enumerate(((D(2027, 3, 31), D(2027, 4, 29)), (D(2027, 4, 30), D(2027, 4, 30)))):
        es = [e for e in LOG if e[2] == p and a <= e[0] <= b]
        ks = sorted({(e[0], e[1]) for e in es})
        out.append(rec(f"GET /v2/persons/{p[0]}/lesson-log-entries?startDate={a}&endDate={b}",
                       {"logEntries": [log_obj(e, pulled) for e in es],
                        "lessons": [entity_lesson(k, pulled, True) for k in ks]}, f"{pulled}:{20 + i}"))
    return out


def main():
    wk1a, wk1b = D(2027, 4, 19), D(2027, 4, 24)
    wk2a, wk2b = D(2027, 4, 26), D(2027, 4, 30)
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 64» городского округа Самара",
                                     "avatarSmall": None, "city": "Самара", "municipality": "г. о. Самара",
                                     "regionId": 63, "markType": "mark5", "timeZone": 4, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "63."}, "2027-04-18T20:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i, s), "schoolId": S, "kindId": n + 1, "kind": k, "title": t,
                                         "abbr": ab, "weight": w}
                                        for n, (i, k, t, ab, w, s) in enumerate(WORK_TYPES)], "2027-04-18T20:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [{**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group",
                                                  "name": "6Б", "fullName": "", "parallel": 6, "timetable": TT,
                                                  "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
                                                  "educationType": "Regular", "subjects": [], "journaltype": "Default"}],
            "2027-04-18T20:00:40"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], "2027-04-18T20:01:00"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), "2027-04-18T20:01:20"),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [POLINA]), "2027-04-18T20:01:40"),
        rec(f"GET /v2/users/{GULNARA[1]}/context", context(GULNARA, [TIMUR]), "2027-04-18T20:02:00"),
        rec(f"GET /v2/edu-groups/{G}/reporting-periods", periods_list(), "2027-04-18T20:02:20"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2027-04-18T20:02:40"),
        rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks(), "2027-04-18T20:03:00"),
    ]
    week1_plan = [rec(f"GET /v2/edu-groups/{G}/lessons/{wk1a}/{wk1b}", lessons_range(wk1a, wk1b, "2027-04-18T20:10"),
                      "2027-04-18T20:10:00")]
    topic_fix = [rec(f"GET /v2/lessons/{lid_of(D(2027, 4, 22), 3)}",
                     entity_lesson((D(2027, 4, 22), 3), "2027-04-21T07:05", fixed=True), "2027-04-21T07:05:00")]
    recent1 = [rec(f"GET /v2/persons/{TIMUR[0]}/group/{G}/recentmarks?fromDate=2027-04-19&limit=20",
                   recentmarks(TIMUR, "2027-04-23T21", "2027-04-23T21:00"), "2027-04-23T21:00:00")]
    week1 = [
        rec(f"GET /v2/edu-groups/{G}/marks/{wk1a}/2027-04-25",
            [mark_obj(m) for m in MARKS if wk1a <= m[0] <= D(2027, 4, 25)], "2027-04-24T18:00:00"),
        rec(f"GET /v2/edu-groups/{G}/lessons/{wk1a}/{wk1b}", lessons_range(wk1a, wk1b, "2027-04-24T18:01"),
            "2027-04-24T18:01:00"),
        rec(f"GET /v2/lesson-log-entries/group/{G}?from={wk1a}&to=2027-04-25",
            [log_obj(e, "2027-04-24T18:02") for e in LOG if wk1a <= e[0] <= D(2027, 4, 25)], "2027-04-24T18:02:00"),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={wk1a}&endDate=2027-04-25",
            homework_bundle(wk1a, D(2027, 4, 25), "2027-04-24T18:03"), "2027-04-24T18:03:00"),
        rec(f"GET /v2/persons/{POLINA[0]}/groups/{G}/schedules?startDate={wk1a}&endDate={wk1b}",
            schedules(POLINA, wk1a, wk1b, "2027-04-24T18:04"), "2027-04-24T18:04:00"),
        rec(f"GET /v2/persons/{TIMUR[0]}/groups/{G}/schedules?startDate={wk1a}&endDate={wk1b}",
            schedules(TIMUR, wk1a, wk1b, "2027-04-24T18:05", offset_days=True), "2027-04-24T18:05:00"),
        rec(f"GET /v2/persons/{ARSENY[0]}/groups/{G}/schedules?startDate={wk1a}&endDate={wk1b}",
            schedules(ARSENY, wk1a, wk1b, "2027-04-24T18:06"), "2027-04-24T18:06:00"),
        rec(f"GET /v2/lessons/{lid_of(*CLEARED[:2])}/log-entries",
            [log_obj(e, "2027-04-24T18:20") for e in LOG if (e[0], e[1]) == CLEARED[:2]], "2027-04-24T18:20:00"),
    ]
    week2_plan = [rec(f"GET /v2/edu-groups/{G}/lessons/{wk2a}T00:00:00/{wk2b}T23:59:59",
                      lessons_range(wk2a, wk2b, "2027-04-25T20:10", planned_friday=True), "2027-04-25T20:10:00")]
    day_off = [rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg([H_OFF]), "2027-04-27T16:30:00")]
    week2 = [
        rec(f"GET /v2/edu-groups/{G}/lessons/{wk2a}T00:00:00/{wk2b}T23:59:59",
            lessons_range(wk2a, wk2b, "2027-04-29T22:00"), "2027-04-29T22:00:00"),
        *person_chunks(POLINA, "2027-04-29T22:01"),
        *person_chunks(TIMUR, "2027-04-29T22:02"),
        *person_chunks(ARSENY, "2027-04-29T22:03"),
        rec(f"GET /v2/works/{wid(D(2027, 4, 19), 3, 'hw')}", work_obj((D(2027, 4, 19), 3), "hw", "Sent"),
            "2027-04-29T22:03:40"),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={wk2a}&endDate=2027-05-09",
            homework_bundle(wk2a, D(2027, 5, 9), "2027-04-29T22:03"), "2027-04-29T22:03:00"),
        rec(f"GET /v2/persons/{POLINA[0]}/group/{G}/recentmarks?fromDate=2027-04-26&limit=20",
            recentmarks(POLINA, "2027-04-29T22", "2027-04-29T22:04", since=wk2a),
            "2027-04-29T22:04:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2027-03-31/2027-05-26", avg_marks(), "2027-04-29T22:05:00"),
        rec(f"GET /v2/edu-groups/{G}/wa-marks/2027-03-31/2027-05-26", wa_marks(), "2027-04-29T22:05:30"),
        rec(f"GET /v2/persons/{TIMUR[0]}/edu-groups/{G}/final-marks",
            [x for x in final_marks() if x["person"] == TIMUR[0]], "2027-04-29T22:06:00"),
    ]
    steps = [
        ("1. reference data: school, work types, 6Б, pupils, bells, parents' contexts, quarters and holidays, "
         "3 четверть finals (Sun 2027-04-18 20:00)", [setup]),
        ("2. week 1 as planned (Sun 2027-04-18 20:10)", [week1_plan]),
        ("3. a topic corrected: lessons/{id} (Wed 2027-04-21 07:05)", [topic_fix]),
        ("4. Тимур's recent marks through a JS relay: ids above 2^53 corrupted, _str exact (Fri 2027-04-23 21:00)",
         [recent1]),
        ("5. week 1 evening pull; the teacher clears an absence to NotSet at 18:20 (Sat 2027-04-24 18:00)", [week1]),
        ("6. week 2 as planned, Friday 04-30 included (Sun 2027-04-25 20:10)", [week2_plan]),
        ("7. Friday 04-30 declared a day off (Tue 2027-04-27 16:30)", [day_off]),
        ("8. week 2 pull: lessons, 30-day person chunks, homework, recent marks, averages (Thu 2027-04-29 22:00)",
         [week2]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МБОУ «Гимназия № 64» (Самара, UTC+4), 6Б, 2027-04-19..04-30: every answer in the shape another "
                       "public client of reference §10 reads (dnevnikru_bot's TS types, MySchool's id_str DTOs, "
                       "dn-service's schedules mapping, DnevnikRu_proxiAPI's date formats and 30-day chunks, RUJEL's "
                       "enums): ± and letter marks, зачёт, ids above 2^53 corrupted by a JS relay, NotSet, a day off.",
        "school": {"timezone": "Europe/Samara", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
