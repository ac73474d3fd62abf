"""Write journey.json: «Гимназия № 62» (Подольск, Московская область: api.school.mosreg.ru, the same JSON as
Dnevnik.ru, reference §0), class 6Б with its English split into two subgroups, one school week 2026-11-16..11-20
as a nightly sync job pushes it, every answer shaped as the public client models of reference §10 declare and
parse them (standard library only; deterministic; every value invented).

The models, and what each answer takes from them (repo: path):
  M1 Den4ikSuperOstryyPer4ik/SchoolMosregRuAPI: school_mosreg_api/types/Schools.py      School (regionid, optionals)
  M2 ... types/WorkTypes.py     WorkType {id, id_str, schoolId?, kindId?, kind?, title, abbr?, weight: int = 0}
  M3 ... types/EduGroups.py     EduGroup (parentIds list[Optional[int]], fullName?, timetable?, subjects?...)
  M4 ... types/Persons.py       Person (every field optional, userId nullable)
  M5 ... types/Teacher.py       EduGroupTeacher (edu-groups/{g}/teachers)
  M6 ... types/Timetables.py    TimeTable / ITEM (PascalCase)
  M7 ... types/Context.py       Context, Context_Children (only personId required)
  M8 ... types/ReportingPeriods.py  ReportingPeriodEduGroup {id, reportingPeriods, holidays[{.., description}]}
  M9 ... types/Lessons.py       Lesson (id_str?, title?, date?, number?, status?, resultPlaceId?, works=[],
                                teachers=[], teachers_str=[]) with types/Subjects.py Subject (id_str?,
                                knowledgeArea?, fgosSubjectId?)
  M10 ... types/Works.py        Work, Work_Task (status: str | None), text str|None, sentDate None, files None
  M11 ... types/Marks.py        Mark (all fields)
  M12 alllexey123/dnevnik-partners-api: src/main/java/api/dnevnik/partners/model/mark/Mark.java
                                (Gson, no @SerializedName on personStr/lessonStr: camel keys `personStr`,
                                `lessonStr`; primitive long lesson)
  M13 alllexey123/dnevnik-partners-api: .../model/work/Subject.java (camel `idStr`, `espSubjectName`)
  M14 ... types/LessonLog.py    LessonLogEntries (every field optional)
  M15 ... types/Homeworks.py    HomeWork bundle: flattened Lesson (hours?, building?, place?, floor?), LESSON
                                number int | str, HomeWorkFile {.., user: User}, Teacher
  M16 ... types/Schedules.py    Schedule: ScheduleDay {.., teachers: [{person, role}], nextDate}
  M17 ... types/FinalMarks.py   EduGroupFinalMark {marks, works, subjects, workTypes: FinalMarkWorkType}
                                (allfinalmarks, reference §3.13)
  M18 alllexey123/dnevnik-partners-api: .../model/mark/TinyAverageMark.java (avg-marks: person, person_str,
                                per-subject-averages)
  M19 ... types/Users.py        User (inside HomeWorkFile)
Pydantic's int fields take a number or its decimal string, so some integer fields come as strings (hub README:
"an id or integer field ... may also come as the string of its decimal digits"); unknown keys are ignored by every
model (pydantic's default, Gson's), so some answers carry extra keys.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002620062
G = 2260325488562100061  # 6Б (19 digits, §1)
SG1, SG2 = 2260325488562100161, 2260325488562100162  # английский язык, 1 и 2 группа
TT = 1000006620061
WT_OU, WT_SR, WT_KR, WT_DZ, WT_PM = 2621, 2622, 2623, 2624, 2625

# persons: (person id, user id or None, last, first, middle, sex)
DASHA = (1000012620101, 1000011620101, "Белова", "Дарья", "Сергеевна", "Female")
ARTEM = (2260325488562300102, 2260325488562400102, "Белов", "Артём", "Сергеевич", "Male")
POLINA = (1000012620103, 1000011620103, "Кузнецова", "Полина", "Андреевна", "Female")
TIMUR = (1000012620104, 1000011620104, "Шамсутдинов", "Тимур", "Ренатович", "Male")
PUPILS = [DASHA, ARTEM, POLINA, TIMUR]
SUB = {SG1: [DASHA, POLINA], SG2: [ARTEM, TIMUR]}
IRINA = (1000012620901, 1000011620901, "Белова", "Ирина", "Викторовна", "Female")
GULNARA = (1000012620902, 1000011620902, "Шамсутдинова", "Гульнара", "Ильдаровна", "Female")
T_SOK = (1000012620950, 1000011620950, "Соколова", "Марина", "Павловна", "Female")
T_GRI = (1000012620951, 1000011620951, "Гришин", "Виктор", "Андреевич", "Male")
T_ORL = (1000012620952, 1000011620952, "Орлова", "Елена", "Дмитриевна", "Female")
T_MEL = (1000012620953, None, "Мельникова", "Анна", "Игоревна", "Female")  # a person without an account (§1)
T_ZAH = (1000012620954, 1000011620954, "Захаров", "Илья", "Петрович", "Male")
T_RYA = (1000012620955, 1000011620955, "Рябов", "Олег", "Николаевич", "Male")

SUBJECTS = {  # name: (id, knowledgeArea, fgosSubjectId)
    "Русский язык": (1000003620001, "Филология", 101), "Литература": (1000003620002, "Филология", None),
    "Математика": (1000003620003, "Математика и информатика", 201), "История": (1000003620004, None, None),
    "Биология": (1000003620005, "Естественнонаучные предметы", None),
    "География": (1000003620006, "Общественно-научные предметы", 305),
    "Английский язык": (1000003620007, "Иностранные языки", 110),
    "Физическая культура": (1000003620008, "Физическая культура", None),
}
TEACHER = {"Русский язык": T_SOK, "Литература": T_SOK, "Математика": T_GRI, "История": T_ZAH, "Биология": T_ZAH,
           "География": T_ZAH, "Физическая культура": T_RYA}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
ROOM = {"Английский язык": {SG1: "305", SG2: "307"}, "Физическая культура": "спортзал"}
D = dt.date
MON = D(2026, 11, 16)
WEEK = [MON + dt.timedelta(days=i) for i in range(5)]
EN = "Английский язык"
PLAN = [  # by weekday: (number, subject, group)
    [(1, "Русский язык", G), (2, "Математика", G), (3, "История", G), (4, EN, SG1), (5, EN, SG2)],
    [(1, "Математика", G), (2, "Литература", G), (3, "Биология", G), (4, "Физическая культура", G)],
    [(1, "Русский язык", G), (2, "Математика", G), (3, "География", G), (4, EN, SG2), (5, EN, SG1)],
    [(1, "Математика", G), (2, "Русский язык", G), (3, "История", G), (4, "Литература", G)],
    [(1, "Русский язык", G), (2, "Математика", G), (3, "Физическая культура", G), (4, EN, SG1), (5, EN, SG2)],
]
TITLES = {
    ("Русский язык", 0): "Разносклоняемые имена существительные", ("Русский язык", 2): "Несклоняемые имена существительные",
    ("Русский язык", 3): "Род несклоняемых имён существительных", ("Русский язык", 4): "Имена существительные общего рода",
    ("Математика", 0): "Сложение дробей с разными знаменателями", ("Математика", 1): "Вычитание дробей с разными знаменателями",
    ("Математика", 2): "Решение задач на сложение и вычитание дробей", ("Математика", 3): "Контрольная работа № 3 «Сложение и вычитание дробей»",
    ("Математика", 4): "Анализ контрольной работы. Смешанные числа",
    ("История", 0): "Русь в середине XII — начале XIII века", ("История", 3): "Владимиро-Суздальское княжество",
    ("Литература", 1): "Н. В. Гоголь. «Вечера на хуторе близ Диканьки»",
    ("Литература", 3): None,  # the teacher had not written the topic yet (Lesson.title Optional, M9)
    ("Биология", 1): "Строение семени", ("География", 2): "Ориентирование на местности. Компас",
    ("Физическая культура", 1): "Опорный прыжок через козла", ("Физическая культура", 4): "Лазание по канату",
}
LATE_TITLE = "Н. В. Гоголь «Ночь перед Рождеством»: фантастика и реальность"  # the topic filled in on Friday
EN_TITLES = {(SG1, 0): "Unit 3. My free time", (SG2, 0): "Unit 3. Free time activities",
             (SG2, 2): "Present Simple: questions", (SG1, 2): "Present Simple vs Present Continuous",
             (SG1, 4): "Unit 3. Reading: Teen hobbies", (SG2, 4): "Unit 3. Vocabulary revision"}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def lesson_list():
    out = []
    for i, day in enumerate(WEEK):
        for n, subject, g in PLAN[i]:
            lid = 2260325488562500000 + (day - D(2026, 9, 1)).days * 100 + n * 10 + (g % 10)
            if subject == EN:
                title, teacher = EN_TITLES[(g, i)], (T_ORL if g == SG1 else T_MEL)
                room = ROOM[EN][g]
            else:
                title, teacher = TITLES[(subject, i)], TEACHER[subject]
                room = ROOM.get(subject, "214")
            out.append({"id": lid, "g": g, "day": day, "wd": i, "number": n, "subject": subject, "title": title,
                        "teacher": teacher, "room": room})
    return out


LESSONS = lesson_list()


def L(day_index, n):
    return next(x for x in LESSONS if x["wd"] == day_index and x["number"] == n)


CONTROL = L(3, 1)  # Thursday's Математика: контрольная работа (LessonTestWork, weight 3)
LIT_THU = L(3, 4)
GEO_WED = L(2, 3)  # sent without `number` (M9: number Optional)

# homework: lesson -> (text, due, task pupils or None when the work carries no `tasks` key, file)
HW = {
    L(0, 1)["id"]: ("Упр. 312 (письменно), правило на с. 104", D(2026, 11, 18), PUPILS, None),
    L(0, 2)["id"]: ("№ 455, 457, 460 (а, б)", D(2026, 11, 17), PUPILS, "Карточка_дроби_вариант1.pdf"),
    L(0, 4)["id"]: ("Student's Book p. 38, ex. 5; Workbook p. 22", D(2026, 11, 18), SUB[SG1], None),
    L(0, 5)["id"]: ("Workbook p. 21, ex. 1–3", D(2026, 11, 18), SUB[SG2], None),
    L(1, 2)["id"]: ("Прочитать «Ночь перед Рождеством», ответить на вопросы 1–5 на с. 148", D(2026, 11, 19), None, None),
    L(1, 3)["id"]: ("§ 9, рисунок 42 в тетради", D(2026, 11, 24), PUPILS, None),
    L(2, 2)["id"]: ("Подготовиться к контрольной работе: № 470, 472", D(2026, 11, 19), PUPILS, None),
    L(3, 3)["id"]: ("§ 14, вопросы 1–4 на с. 121; таблица «Князья»", D(2026, 11, 23), PUPILS, None),
    L(4, 1)["id"]: ("Упр. 334, 336; словарные слова", D(2026, 11, 23), PUPILS, None),
    L(4, 4)["id"]: ("Project «My hobby»: 8–10 sentences", D(2026, 11, 25), SUB[SG1], None),
}
FILE_ID = 1000020620555

# marks: (day index, lesson number, pupil, value, work type, use_avg_calc, mood, shape)
MARKS = [
    (0, 1, DASHA, "5", WT_OU, True, "Good", "full"), (0, 2, ARTEM, "4", WT_OU, True, "Good", "full"),
    (0, 2, TIMUR, "3", WT_OU, True, "Average", "full"), (0, 3, POLINA, "5", WT_OU, True, "Good", "full"),
    (0, 4, DASHA, "5", WT_OU, True, "Good", "full"), (0, 5, TIMUR, "4", WT_OU, True, "Good", "full"),
    (1, 1, DASHA, "4", WT_SR, True, "Good", "camel"), (1, 1, POLINA, "3", WT_SR, True, "Average", "camel"),
    (1, 3, ARTEM, "5", WT_OU, True, "NotSet", "camel"), (1, 4, TIMUR, "5", WT_OU, True, "Good", "camel"),
    (2, 1, POLINA, "4-", WT_OU, True, "Good", "minus"), (2, 2, DASHA, "2", WT_OU, False, "Bad", "minus"),
    (2, 3, ARTEM, "3+", WT_OU, True, "Average", "minus"), (2, 4, ARTEM, "4", WT_OU, True, "Good", "minus"),
    (2, 5, POLINA, "5", WT_OU, True, "Good", "minus"),
    (3, 1, DASHA, "5", WT_KR, True, "Good", "test"), (3, 1, ARTEM, "4", WT_KR, True, "Good", "test"),
    (3, 1, POLINA, "4", WT_KR, True, "Good", "test"), (3, 1, TIMUR, "3", WT_KR, True, "Average", "test"),
    (3, 2, TIMUR, "4", WT_OU, True, "Good", "notext"), (3, 4, DASHA, "5", WT_OU, True, "Good", "notext"),
    (4, 1, ARTEM, "5", WT_OU, True, "Good", "strids"), (4, 2, DASHA, "5", WT_OU, True, "Good", "strids"),
    (4, 3, POLINA, "4", WT_OU, True, "Good", "strids"), (4, 4, POLINA, "5", WT_OU, True, "Good", "strids"),
    (4, 5, ARTEM, "4+", WT_OU, True, "Good", "strids"),
]
# attendance: (day index, lesson number, pupil, status, comment)
LOG = [
    (1, 2, TIMUR, "Ill", "справка из поликлиники"), (1, 4, POLINA, "Pass", "освобождение от физкультуры"),
    (1, 1, ARTEM, "Late", "опоздал на 7 минут"), (1, 3, DASHA, "Attend", ""),
    (3, 3, ARTEM, "Absent", None), (3, 4, TIMUR, "Late", None), (3, 1, POLINA, "Attend", None),
]
FINALS = [  # (pupil, subject, value) of «1 четверть»
    (DASHA, "Русский язык", "5"), (DASHA, "Математика", "4"), (DASHA, EN, "5"),
    (TIMUR, "Русский язык", "4"), (TIMUR, "Математика", "3"), (TIMUR, EN, "4"),
]
AVERAGES = {  # (pupil, subject) -> "avg-mark-value" over 1 четверть
    (DASHA, "Русский язык"): "4.71", (DASHA, "Математика"): "4.25", (TIMUR, "Русский язык"): "3.80",
    (TIMUR, "Математика"): None,  # M18 (a String): no average yet; reference §3.13
}
PERIODS = [(1000007620001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007620002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007620003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
           (1000007620004, "2027-03-31", "2027-05-26", 4, "4 четверть")]


def default_work(lesson):
    return 2260325488562600000 + lesson["id"] % 100000000


def test_work(lesson):
    return 2260325488562700000 + lesson["id"] % 100000000


def hw_work(lesson):
    return 2260325488562800000 + lesson["id"] % 100000000


def person(p, shape="full"):
    pid, uid, last, first, middle, sex = p
    if shape == "bare":  # M4: every field optional
        return {"id": pid, "id_str": str(pid), "firstName": first, "lastName": last, "middleName": middle}
    out = {**ids(pid), "userId": uid, "userId_str": None if uid is None else str(uid), "firstName": first,
           "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}
    return out


def subject_obj(name, shape):
    sid, area, fgos = SUBJECTS[name]
    if shape == "full":  # M9 Subject, every field
        return {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": fgos}
    if shape == "bare":  # M9: id and name only
        return {"id": sid, "name": name}
    # M13 (Java): camel idStr, espSubjectName, fgosSubjectId as its decimal string
    return {"id": sid, "idStr": str(sid), "name": name, "knowledgeArea": area,
            "fgosSubjectId": None if fgos is None else str(fgos), "espSubjectName": None}


def works_of(lesson):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": lesson["teacher"][0]}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": None,
            "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common,
            "files": None, "oneDriveLinks": None}]
    if lesson is CONTROL:
        out.append({**ids(test_work(lesson)), "type": "LessonTestWork", "workType": str(WT_KR), "markType": "mark5",
                    "markCount": "1", "displayInJournal": True, "status": "Sent", "tasks": [],
                    "text": "Контрольная работа № 3", "isImportant": True,
                    "targetDate": f"{lesson['day']}T00:00:00", "sentDate": f"{lesson['day']}T08:31:12.07", **common,
                    "files": [], "oneDriveLinks": []})
    hw = HW.get(lesson["id"])
    if hw:
        text, due, pupils, file = hw
        w = {**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
             "displayInJournal": False, "status": "Sent", "text": text, "isImportant": False,
             "targetDate": f"{due}T00:00:00",
             "sentDate": None if lesson["wd"] == 1 else f"{lesson['day']}T15:{10 + lesson['number']}:44.3", **common,
             "files": [FILE_ID] if file else [], "oneDriveLinks": []}
        if pupils is not None:
            w["tasks"] = [{**ids(2260325488562900000 + (lesson["id"] % 10000000) * 10 + k), "person": p[0],
                           "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                           "status": None if lesson["wd"] % 2 else "NotStarted", "targetDate": f"{due}T00:00:00"}
                          for k, p in enumerate(pupils)]
        out.append(w)
    return out


def entity_lesson(lesson, title_override=None):
    """A lesson as a group range or lessons/{id} returns it, in the day's shape (M9, M13)."""
    wd = lesson["wd"]
    date = f"{lesson['day']}T{BELLS[lesson['number']][0]}:00"
    t = lesson["teacher"][0]
    title = title_override if title_override is not None else lesson["title"]
    if wd == 0 or title_override is not None:  # every field of M9, the works embedded (M10), an extra key
        return {**ids(lesson["id"]), "title": title, "date": date, "number": lesson["number"],
                "subject": subject_obj(lesson["subject"], "full"), "group": lesson["g"], "status": "Conducted",
                "resultPlaceId": 0, "works": works_of(lesson), "teachers": [t], "teachers_str": [str(t)],
                "onlineLessonUrl": None}
    if wd == 1:  # M9's optionals absent: no id_str, no status, no resultPlaceId, no works, no teachers_str;
        # number as its decimal string, the subject {id, name}
        return {"id": lesson["id"], "title": title, "date": date, "number": str(lesson["number"]),
                "subject": subject_obj(lesson["subject"], "bare"), "group": lesson["g"], "teachers": [t]}
    if wd == 2:  # the Java client's Subject (M13); the lesson's own status; Geography without a number
        out = {**ids(lesson["id"]), "title": title, "date": date, "number": lesson["number"],
               "subject": subject_obj(lesson["subject"], "java"), "group": lesson["g"], "status": "Planned",
               "resultPlaceId": None, "teachers": [t], "teachers_str": [str(t)]}
        if lesson is GEO_WED:
            del out["number"]
        return out
    if wd == 3:  # title null (Literature), status null, works embedded, group as its decimal string
        return {**ids(lesson["id"]), "title": title, "date": date, "number": lesson["number"],
                "subject": subject_obj(lesson["subject"], "full"), "group": str(lesson["g"]), "status": None,
                "resultPlaceId": 0, "works": works_of(lesson), "teachers": [t], "teachers_str": [str(t)]}
    # Friday: id and teachers only as strings beside their twins' absence: teachers_str alone
    return {"id": str(lesson["id"]), "id_str": str(lesson["id"]), "title": title, "date": date,
            "number": lesson["number"], "subject": subject_obj(lesson["subject"], "full"), "group": lesson["g"],
            "teachers_str": [str(t)], "works": works_of(lesson)}


def mark_work(lesson, wt):
    return test_work(lesson) if wt == WT_KR else default_work(lesson)


def mark_id(wd, n, p):
    return 2260325488563000000 + wd * 100000 + n * 1000 + p[0] % 1000


def mark_obj(m):
    wd, n, p, value, wt, avg, mood, shape = m
    lesson = L(wd, n)
    mid, work = mark_id(wd, n, p), mark_work(lesson, wt)
    stamp = f"{lesson['day']}T{BELLS[n][1]}:0{n}.{'5' if n % 2 else '513'}"
    base = {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": work, "work_str": str(work), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "number": 0, "date": stamp, "workType": wt, "mood": mood, "use_avg_calc": avg}
    if shape == "camel":  # M12: Gson reads personStr / lessonStr (no @SerializedName); textValue null; type Mark5
        del base["person_str"], base["lesson_str"]
        base.update({"personStr": str(p[0]), "lessonStr": str(lesson["id"]), "textValue": None,
                     "workType": str(wt), "type": "Mark5"})
    elif shape == "notext":  # textValue absent, number as its decimal string, an extra key
        del base["textValue"]
        base.update({"number": "0", "commentsCount": 0})
    elif shape == "strids":  # ids as their decimal strings beside their twins
        base.update({"id": str(mid), "person": str(p[0]), "work": str(work), "lesson": str(lesson["id"])})
    return base


def marks_of(g, day):
    members = [p[0] for p in (PUPILS if g == G else SUB[g])]
    return [mark_obj(m) for m in MARKS if WEEK[m[0]] == day and L(m[0], m[1])["g"] == g and m[2][0] in members]


def log_obj(e):
    wd, n, p, status, comment = e
    lesson = L(wd, n)
    if comment is None:  # M14: person_str absent, comment null, createdDate absent
        return {"person": p[0], "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "comment": None,
                "status": status}
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{lesson['day']}T{BELLS[n][0]}:4{n}.08"}


def flat(lesson, number_as_str=False):
    """The flattened lesson of the homework and schedules bundles (M15, M16, reference §3.4)."""
    a, b = BELLS[lesson["number"]]
    return {"id": lesson["id"], "title": lesson["title"] if lesson is not LIT_THU else LATE_TITLE,
            "date": f"{lesson['day']}T{a}:00",
            "number": str(lesson["number"]) if number_as_str else lesson["number"],
            "subjectId": SUBJECTS[lesson["subject"]][0], "status": "Conducted", "resultPlaceId": 0,
            "building": "Основное здание", "place": lesson["room"], "floor": "3" if lesson["room"] != "спортзал" else "1",
            "hours": f"{a} - {b}", "works": [w["id"] for w in works_of(lesson)], "teachers": [lesson["teacher"][0]]}


def user_obj(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": None,
            "login": "v.grishin62", "fullName": f"{last} {first} {middle}", "fullNameInverse": None,
            "firstName": first, "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "locale": "ru-RU", "timezone": "+3:00", "sex": sex, "photoSmall": None, "photoMedium": None,
            "photoLarge": None, "birthday": None, "roles": ["EduStaff"], "phone": None}


def homework_bundle():
    hws = [l for l in LESSONS if l["id"] in HW]
    works = [w for l in hws for w in works_of(l) if w["type"] == "Homework"]
    return {"works": works,
            "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": 1000 + i}
                         for i, s in enumerate(sorted({l["subject"] for l in hws}))],
            "lessons": [flat(l, number_as_str=(k % 2 == 1)) for k, l in enumerate(hws)],
            "files": [{**ids(FILE_ID), "name": "Карточка_дроби_вариант1.pdf", "typeGroup": "Document",
                       "type": "pdf", "pageUrl": None,
                       "downloadUrl": "https://school.mosreg.ru/files/1000020620555/download",
                       "user": user_obj(T_GRI), "size": 48213, "vote": None,
                       "uploadedDate": "2026-11-16T15:11:02.77", "storageType": "Default"}],
            "teachers": [person(t) for t in (T_SOK, T_GRI, T_ORL, T_ZAH) ]}


def schedules_bundle(p):
    """Дарья's own days (M16), Thursday and Friday: her class's lessons and her subgroup's (SG1), her marks and log
    entries."""
    days = []
    for i, day in enumerate(WEEK):
        if i < 3:
            continue
        ls = [l for l in LESSONS if l["day"] == day and l["g"] in (G, SG1)]
        ms = [mark_obj(m) for m in MARKS if m[0] == i and m[2] is p]
        for m in ms:  # the bundle's Mark (ScheduleDayMark) carries every field in its snake form
            if "personStr" in m:
                m["person_str"], m["lesson_str"] = m.pop("personStr"), m.pop("lessonStr")
            if m.get("textValue") is None:
                m["textValue"] = m["value"]
        ws = [w for l in ls for w in works_of(l)]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat(l) for l in ls], "marks": ms,
                     "works": [w for w in ws if w["type"] != "Homework"],
                     "homeworks": [w for w in ws if w["type"] == "Homework"],
                     "subjects": [subject_obj(s, "full") for s in sorted({l["subject"] for l in ls})],
                     "workTypes": [{"id": i2, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i2 == WT_KR, "kindId": 0, "kind": k}
                                   for i2, k, t, ab, _ in WORK_TYPES[:4]],
                     "lessonLogEntries": [log_obj(e) for e in LOG if e[0] == i and e[2] is p],
                     "teachers": [{"person": person(t), "role": "Teacher"}
                                  for t in sorted({l["teacher"] for l in ls}, key=lambda x: x[0])],
                     "nextDate": f"{day + dt.timedelta(days=1 if i < 4 else 3)}T00:00:00"})
    return {"days": days}


WORK_TYPES = [  # (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PM, "PeriodMark", "Четвертная оценка", "Ч", 1),
]


def work_types_answer():
    """M2: one work type with every field, others with the optionals absent or null, a weight as its string."""
    out = []
    for i, k, t, ab, w in WORK_TYPES:
        item = {**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab, "weight": w}
        if i == WT_SR:
            item.update({"schoolId": None, "kindId": None, "abbr": None})
        if i == WT_KR:
            item["weight"] = str(w)
            del item["abbr"]
        if i == WT_DZ:
            del item["kindId"], item["schoolId"]
        out.append(item)
    return out


def groups_answer():
    """M3: the class in full, the subgroups with their parent, a subgroup's list holding a null (list[Optional])."""
    cls = {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": None,
           "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
           "educationType": "Regular", "subjects": None, "journaltype": None, "avatarUrl": None}
    sg1 = {**ids(SG1), "parentIds": [G], "parentIds_str": [str(G)], "type": "Subgroup", "name": "6Б англ. 1 группа",
           "fullName": "Орлова Елена Дмитриевна", "parallel": "6", "status": "Active", "studyyear": "2026",
           "educationType": "Regular", "subjects": [subject_obj(EN, "full")]}
    sg2 = {**ids(SG2), "parentIds": [G], "parentIds_str": [str(G)], "type": "Subgroup", "name": "6Б англ. 2 группа",
           "fullName": "Мельникова Анна Игоревна", "parallel": 6, "timetable": None, "timetable_str": None,
           "status": "Active", "studyyear": 2026, "subjects": []}
    return [cls, sg1, sg2]


def context(parent, children, shape):
    pid, uid, last, first, middle, _ = parent
    if shape == "full":  # M7, every field
        return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
                "firstName": first, "lastName": last, "middleName": middle,
                "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
                "schoolIds": [S], "groupIds": [],
                "schools": [{"id": S, "name": "МАОУ «Гимназия № 62»", "type": "School", "groupIds": []}],
                "eduGroups": [groups_answer()[0]],
                "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                              "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]} for c in children],
                "splitId": "b62-7f1c"}
    # M7's optionals absent: the children carry only personId (as its decimal string)
    return {"userId": uid, "personId": pid, "roles": ["EduParent"],
            "children": [{"personId": str(c[0])} for c in children]}


def rpg():
    """M8: reportingPeriods and holidays (each holiday with its description)."""
    return {"id": 1000009620061, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n if n % 2 else str(n),
         "type": "Quarter", "name": name, "year": 2026 if n < 4 else "2026"} for pid, a, b, n, name in PERIODS],
        "holidays": [
            {"id": 1000008620001, "reportingPeriodGroupId": 1000009620061, "dateStart": "2026-10-26T00:00:00",
             "dateFinish": "2026-11-04T00:00:00", "name": "Осенние каникулы", "description": ""},
            {"id": 1000008620002, "reportingPeriodGroupId": 1000009620061, "dateStart": "2026-12-29T00:00:00",
             "dateFinish": "2027-01-10T00:00:00", "name": "Зимние каникулы",
             "description": "Приказ директора № 214-о от 01.09.2026"}]}


def timetable():
    """M6: PascalCase bells, Monday..Friday."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def finals_answer(p):
    """M17 (allfinalmarks, §3.13): the quarter marks as Marks of PeriodMark works, embedded work types."""
    marks, works = [], []
    for pupil, subject, value in FINALS:
        if pupil is not p:
            continue
        sid = SUBJECTS[subject][0]
        g = G if subject != EN else next(s for s, ps in SUB.items() if p in ps)
        wid = 2260325488562990000 + (sid % 1000) * 10 + (g % 10)
        mid = 2260325488563990000 + (sid % 1000) * 1000 + p[0] % 1000
        works.append({**ids(wid), "type": "PeriodMark", "workType": WT_PM, "markType": "mark5", "markCount": 1,
                      "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
                      "eduGroup": g, "eduGroup_str": str(g), "tasks": [], "text": None, "periodNumber": 1,
                      "periodType": "Quarter", "subjectId": sid, "isImportant": False,
                      "targetDate": "2026-10-25T00:00:00", "sentDate": None, "createdBy": T_SOK[0],
                      "files": [], "oneDriveLinks": []})
        marks.append({**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
                      "person_str": str(p[0]), "work": wid, "work_str": str(wid), "lesson": None,
                      "lesson_str": None, "number": 0, "date": "2026-10-24T13:05:41.2", "workType": WT_PM,
                      "mood": "Good", "use_avg_calc": False})
    subjects = sorted({s for pp, s, _ in FINALS if pp is p})
    return {"marks": marks, "works": works, "subjects": [subject_obj(s, "full") for s in subjects],
            "workTypes": [{"id": WT_PM, "schoolId": S, "abbreviation": "Ч", "name": "Четвертная оценка",
                           "isFinal": True, "isImportant": False, "kindId": 0, "kind": "PeriodMark"}]}


def averages_answer():
    """M18 (§3.13): per pupil, per subject "avg-mark-value" (a string; null: no average yet)."""
    out = []
    for p in (DASHA, TIMUR):
        out.append({"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
            {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
            for (pp, s), v in AVERAGES.items() if pp is p]})
    return out


def main():
    setup_t = "2026-11-15T20:00:"
    setup = [
        rec(f"GET /v2/schools/{S}", {  # M1: regionid (lowercase), timeZone as its decimal string
            **ids(S), "name": "МАОУ «Гимназия № 62»",
            "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 62» г.о. Подольск",
            "avatarSmall": None, "city": "Подольск", "municipality": "г.о. Подольск", "regionid": 50,
            "markType": "mark5", "timeZone": "3", "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular", "tsoCityId": None, "tsoRegionTreePath": "50.", "schoolType": "Gymnasium"},
            setup_t + "00"),
        rec(f"GET /v2/work-types/{S}", work_types_answer(), setup_t + "05"),
        rec(f"GET /v2/schools/{S}/edu-groups", groups_answer(), setup_t + "10"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) if k % 2 == 0 else person(p, "bare")
                                                for k, p in enumerate(PUPILS)], setup_t + "15"),
        rec(f"GET /v2/edu-groups/{SG1}/persons", [person(p) for p in SUB[SG1]], setup_t + "16"),
        rec(f"GET /v2/edu-groups/{SG2}/persons", [person(p, "bare") for p in SUB[SG2]], setup_t + "17"),
        rec(f"GET /v2/edu-groups/{G}/teachers", [person(t) for t in (T_SOK, T_GRI, T_ZAH, T_RYA)], setup_t + "20"),
        rec(f"GET /v2/edu-groups/{SG1}/teachers", [person(T_ORL)], setup_t + "21"),
        rec(f"GET /v2/edu-groups/{SG2}/teachers", [person(T_MEL)], setup_t + "22"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), setup_t + "25"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), setup_t + "30"),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [DASHA, ARTEM], "full"), setup_t + "35"),
        rec(f"GET /v2/users/{GULNARA[1]}/context", context(GULNARA, [TIMUR], "bare"), setup_t + "40"),
    ]
    steps = [("1. reference data: school, work types, groups and subgroups, members, teachers, bells, periods, "
              "parents (Sun 2026-11-15 20:00)", [setup])]
    names = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    for i, day in enumerate(WEEK):
        t = f"{day}T18:"
        batch = []
        for k, g in enumerate((G, SG1, SG2)):
            ls = [l for l in LESSONS if l["day"] == day and l["g"] == g]
            if ls or g == G:
                batch.append(rec(f"GET /v2/edu-groups/{g}/lessons/{day}/{day}", [entity_lesson(l) for l in ls],
                                 f"{t}0{k}:00"))
        for k, g in enumerate((G, SG1, SG2)):
            if any(l["day"] == day and l["g"] == g for l in LESSONS):
                batch.append(rec(f"GET /v2/edu-groups/{g}/marks/{day}/{day}", marks_of(g, day), f"{t}1{k}:00"))
        if i in (1, 3):
            for k, g in enumerate((G, SG1, SG2)):
                entries = [log_obj(e) for e in LOG if e[0] == i and L(e[0], e[1])["g"] == g]
                if g == G:
                    batch.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={day}&to={day}", entries,
                                     f"{t}2{k}:00"))
        steps.append((f"{i + 2}. {names[i]} {day} evening pull: the day's lessons, marks"
                      + (" and attendance" if i in (1, 3) else ""), [batch]))
    fri = WEEK[4]
    steps.append(("7. Fri 2026-11-20 19:00: Thursday's Литература fetched again (its topic filled in), the week's "
                  "homework, Дарья's schedules bundle of Thursday and Friday",
                  [[rec(f"GET /v2/lessons/{LIT_THU['id']}", entity_lesson(LIT_THU, LATE_TITLE), f"{fri}T19:00:00"),
                    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={MON}&endDate=2026-11-27",
                        homework_bundle(), f"{fri}T19:02:00"),
                    rec(f"GET /v2/persons/{DASHA[0]}/groups/{G}/schedules?startDate={WEEK[3]}&endDate={fri}",
                        schedules_bundle(DASHA), f"{fri}T19:04:00")]]))
    steps.append(("8. Fri 2026-11-20 19:10: first-quarter marks (allfinalmarks) and the journal's averages",
                  [[rec(f"GET /v2/persons/{p[0]}/edu-groups/{G}/allfinalmarks", finals_answer(p),
                        f"{fri}T19:1{k}:00") for k, p in enumerate((DASHA, TIMUR))]
                   + [rec(f"GET /v2/edu-groups/{G}/avg-marks/2026-09-01/2026-10-25", averages_answer(),
                          f"{fri}T19:15:00")]]))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 62» (Подольск, UTC+3), 6Б with English in two subgroups, 2026-11-16..20: "
                       "every answer shaped as the public client models (reference §10) declare them: optional "
                       "fields present and absent, nullable ones null, integers as numbers and as strings, camel "
                       "twins, extra keys, nested objects in each accepted form.",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Гимназия № 62»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
