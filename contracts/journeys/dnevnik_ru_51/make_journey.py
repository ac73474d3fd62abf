"""Write journey.json: ЧОУ «Лицей «Горизонт»» (Екатеринбург, UTC+5), Dnevnik.ru, the last two school weeks of
2026/27 (2027-05-17..05-28) of the upper classes 10Л and 11Л, whose journal is on the ten-point scale (`mark10`):
lesson marks 1..10, a trial exam in percent (`mark100`), pass/fail works (`test`), half-year and year final marks
on the same ten-point scale and a pass/fail final mark for a non-graded subject, the journal's own averages
(`avg-marks`, `wa-marks`) on ten points, a lesson mark and a year mark corrected from one value to another.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002510051
SCHOOL_NAME = "ЧОУ «Лицей «Горизонт»»"
G10, G11 = 2260325488551100010, 2260325488551100011  # 10Л, 11Л (ids above 2^53, §1)
GNAME = {G10: "10Л", G11: "11Л"}
TT = {G10: 1000006510010, G11: 1000006510011}
WT_OU, WT_SR, WT_KR, WT_PROB, WT_ZACH, WT_DZ, WT_ITOG = 5101, 5102, 5103, 5104, 5105, 5106, 5107
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_PROB, "LessonExamination", "Пробный экзамен", "ПЭ", 2),
    (WT_ZACH, "CommonWork", "Зачёт", "ЗЧ", 1),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_ITOG, "PeriodMark", "Итоговая отметка", "ИТ", 0),
]
SUBJECTS = {
    "Алгебра и начала анализа": (1000003510001, "Математика и информатика"),
    "Физика": (1000003510002, "Естественнонаучные предметы"),
    "Русский язык": (1000003510003, "Русский язык и литература"),
    "Литература": (1000003510004, "Русский язык и литература"),
    "Английский язык": (1000003510005, "Иностранные языки"),
    "История": (1000003510006, "Общественно-научные предметы"),
    "Индивидуальный проект": (1000003510007, "Индивидуальный проект"),
    "Физическая культура": (1000003510008, "Физическая культура"),
}
PASS_FAIL = {G10: "Индивидуальный проект", G11: "Физическая культура"}  # the non-graded subject of each class

# persons: (person id, user id, last, first, middle, sex)
ARSENIY = (1000012510101, 1000011510101, "Волков", "Арсений", "Игоревич", "Male")
POLINA = (1000012510102, 1000011510102, "Зайцева", "Полина", "Андреевна", "Female")
TIMUR = (1000012510103, 1000011510103, "Хасанов", "Тимур", "Рустамович", "Male")
DARYA = (1000012510201, 1000011510201, "Волкова", "Дарья", "Игоревна", "Female")
MARK = (1000012510202, 1000011510202, "Лебедев", "Марк", "Андреевич", "Male")
EVA = (1000012510203, 1000011510203, "Шарипова", "Ева", "Маратовна", "Female")
PUPILS = {G10: [ARSENIY, POLINA, TIMUR], G11: [DARYA, MARK, EVA]}
IRINA = (1000012510901, 1000011510901, "Волкова", "Ирина", "Сергеевна", "Female")
ANDREY = (1000012510902, 1000011510902, "Лебедев", "Андрей", "Павлович", "Male")
T_ORL = (1000012510950, 1000011510950, "Орлова", "Наталья", "Викторовна", "Female")
T_GUS = (1000012510951, 1000011510951, "Гусев", "Олег", "Степанович", "Male")
T_MIR = (1000012510952, 1000011510952, "Миронова", "Светлана", "Юрьевна", "Female")
T_BRO = (1000012510953, 1000011510953, "Brown", "Emily", "", "Female")
T_KUZ = (1000012510954, 1000011510954, "Кузнецов", "Денис", "Алексеевич", "Male")
TEACHER = {"Алгебра и начала анализа": T_ORL, "Физика": T_GUS, "Русский язык": T_MIR, "Литература": T_MIR,
           "Английский язык": T_BRO, "История": T_KUZ, "Индивидуальный проект": T_ORL,
           "Физическая культура": T_KUZ}

WEEKDAY = {
    G10: [["Алгебра и начала анализа", "Русский язык", "Физика", "Английский язык"],
          ["Литература", "Алгебра и начала анализа", "Английский язык", "Индивидуальный проект"],
          ["Физика", "Алгебра и начала анализа", "Русский язык", "Литература"],
          ["Английский язык", "Алгебра и начала анализа", "Физика", "Литература"],
          ["Русский язык", "Алгебра и начала анализа", "Физика", "Индивидуальный проект"]],
    G11: [["Алгебра и начала анализа", "История", "Русский язык", "Физическая культура"],
          ["Физика", "Алгебра и начала анализа", "Английский язык", "История"],
          ["Алгебра и начала анализа", "Русский язык", "Физика", "Физическая культура"],
          ["Английский язык", "Алгебра и начала анализа", "История", "Физика"],
          ["Алгебра и начала анализа", "Английский язык", "Русский язык", "Физическая культура"]],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20")}
ROOM = {G10: "305", G11: "312"}
D = dt.date
W1, W2 = D(2027, 5, 17), D(2027, 5, 24)
DROPPED = (G10, D(2027, 5, 27), 3)  # 10Л's Физика on Thursday 05-27: the teacher ill, the lesson taken off the journal

NICE = {  # (group, date, number) -> (topic, extra work: (kind, work type, markType) or None)
    (G11, D(2027, 5, 19), 1): ("Пробный ЕГЭ по профильной математике", ("LessonExamination", WT_PROB, "mark100")),
    (G11, D(2027, 5, 19), 4): ("Зачёт: бег 100 м, прыжок в длину", ("CommonWork", WT_ZACH, "test")),
    (G10, D(2027, 5, 25), 4): ("Предзащита индивидуального проекта", ("CommonWork", WT_ZACH, "test")),
    (G10, D(2027, 5, 20), 2): ("Итоговая контрольная работа за год", ("LessonTestWork", WT_KR, "mark10")),
    (G11, D(2027, 5, 26), 3): ("Итоговая контрольная работа по физике", ("LessonTestWork", WT_KR, "mark10")),
    (G10, D(2027, 5, 18), 1): ("А. Н. Островский «Гроза»: образ Катерины", None),
    (G11, D(2027, 5, 25), 4): ("Россия в начале XXI века", None),
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+05:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": GNAME[g], "fullName": "",
            "parallel": 10 if g == G10 else 11, "timetable": TT[g], "timetable_str": str(TT[g]),
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                          "groupIds": [G10 if c in PUPILS[G10] else G11]} for c in children],
            "splitId": None}


RP_H1, RP_H2, RP_Y = 1000007510001, 1000007510002, 1000007510003
PERIODS = [(RP_H1, "2026-09-01", "2026-12-27", 1, "HalfYear", "1 полугодие"),
           (RP_H2, "2027-01-11", "2027-05-30", 2, "HalfYear", "2 полугодие"),
           (RP_Y, "2026-09-01", "2027-05-30", 1, "Year", "Год")]
HOLIDAYS = [(1000008510001, "2026-10-26", "2026-11-03", "Осенние каникулы"),
            (1000008510002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008510003, "2027-03-22", "2027-03-28", "Весенние каникулы"),
            (1000008510004, "2027-05-31", "2027-08-31", "Летние каникулы")]


def rpg(g):
    rid = 1000009510000 + (10 if g == G10 else 11)
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
         "year": 2026} for pid, a, b, n, t, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 10–11 классов", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


COUNT = {}


def plan():
    out = {}
    for g in (G10, G11):
        for monday in (W1, W2):
            for i in range(5):
                day = monday + dt.timedelta(days=i)
                for n, subject in enumerate(WEEKDAY[g][i], 1):
                    lid = 2260325488551500000 + (100000 if g == G10 else 200000) + (day - D(2027, 1, 1)).days * 10 + n
                    COUNT[(g, subject)] = COUNT.get((g, subject), 0) + 1
                    nice = NICE.get((g, day, n))
                    out[(g, day, n)] = {"id": lid, "g": g, "day": day, "number": n, "subject": subject,
                                        "title": nice[0] if nice else f"{subject}: повторение, урок {COUNT[(g, subject)] + 60}",
                                        "extra": nice[1] if nice else None, "teacher": TEACHER[subject]}
    return out


LESSONS = plan()

HW = {  # (group, date, number) -> (text, due)
    (G10, D(2027, 5, 17), 1): ("№ 1205, 1207 (б, г)", D(2027, 5, 18)),
    (G10, D(2027, 5, 18), 1): ("Сочинение «Луч света в тёмном царстве?» (не менее 350 слов)", D(2027, 5, 20)),
    (G10, D(2027, 5, 19), 1): ("§ 62, задачи 3, 5", D(2027, 5, 21)),
    (G10, D(2027, 5, 24), 4): ("Упр. 14, 15 на с. 188", D(2027, 5, 27)),
    (G10, D(2027, 5, 25), 2): ("Подготовиться к итоговому зачёту: билеты 1–12", D(2027, 5, 27)),
    (G11, D(2027, 5, 17), 2): ("§ 45–46, хронологическая таблица", D(2027, 5, 18)),
    (G11, D(2027, 5, 18), 3): ("Workbook p. 92, ex. 1–3", D(2027, 5, 20)),
    (G11, D(2027, 5, 24), 1): ("Вариант 17 из сборника Ященко: задачи 1–12", D(2027, 5, 26)),
    (G11, D(2027, 5, 26), 2): ("Повторить правила: н и нн в суффиксах", D(2027, 5, 28)),
}
HW_WITHDRAWN = (G10, D(2027, 5, 18), 1)  # the essay, set by mistake for 10Л (it was 10М's): gone from 05-24's pull

# marks: (group, date, number, pupil, value, textValue, work (default/extra), use_avg_calc, Mark.type)
MARKS = [
    (G10, D(2027, 5, 17), 1, ARSENIY, "8", "8", "d", True, "mark10"),
    (G10, D(2027, 5, 17), 2, POLINA, "10", "10", "d", True, "mark10"),
    (G10, D(2027, 5, 17), 3, TIMUR, "5", "5", "d", True, "mark10"),  # 5 of ten: shown «5», never re-scaled
    (G10, D(2027, 5, 18), 2, ARSENIY, "7", "7", "d", True, "mark10"),  # corrected to 9 on 05-24 (same id)
    (G10, D(2027, 5, 18), 3, POLINA, "9", None, "d", True, "mark10"),  # textValue null (§3.1 nullable)
    (G10, D(2027, 5, 19), 4, TIMUR, "6", "6", "d", True, "mark10"),
    (G10, D(2027, 5, 20), 2, ARSENIY, "9", "9", "x", True, "mark10"),  # the year's контрольная, weight 3
    (G10, D(2027, 5, 20), 2, POLINA, "10", "10", "x", True, "mark10"),
    (G10, D(2027, 5, 20), 2, TIMUR, "4", "4", "x", True, "mark10"),
    (G10, D(2027, 5, 21), 1, ARSENIY, "3", "3", "d", True, "Mark10"),  # Mark.type casing unconfirmed (§3.1, §5)
    (G10, D(2027, 5, 24), 1, POLINA, "8", "8", "d", True, "mark10"),
    (G10, D(2027, 5, 25), 4, ARSENIY, "зачёт", "зачёт", "x", False, "test"),
    (G10, D(2027, 5, 25), 4, POLINA, "зачёт", "зачёт", "x", False, "test"),
    (G10, D(2027, 5, 25), 4, TIMUR, "незачёт", "незачёт", "x", False, "test"),
    (G10, D(2027, 5, 26), 4, ARSENIY, "10", "10", "d", True, "mark10"),
    (G10, D(2027, 5, 27), 3, TIMUR, "7", "7", "d", True, "mark10"),  # on the dropped lesson: gone with it
    (G10, D(2027, 5, 28), 3, ARSENIY, "6", None, "d", True, "mark10"),
    (G11, D(2027, 5, 17), 1, DARYA, "9", "9", "d", True, "mark10"),
    (G11, D(2027, 5, 17), 3, MARK, "7", "7", "d", True, "mark10"),
    (G11, D(2027, 5, 18), 1, EVA, "10", "10", "d", True, "mark10"),
    (G11, D(2027, 5, 19), 1, DARYA, "87", "87", "x", False, "mark100"),  # trial exam in percent
    (G11, D(2027, 5, 19), 1, MARK, "64", "64", "x", False, "mark100"),
    (G11, D(2027, 5, 19), 1, EVA, "100", "100", "x", False, "mark100"),
    (G11, D(2027, 5, 19), 4, DARYA, "зачёт", "зачёт", "x", False, "test"),
    (G11, D(2027, 5, 19), 4, MARK, "незачёт", "незачёт", "x", False, "test"),
    (G11, D(2027, 5, 19), 3, EVA, "4", "4", "d", True, "mark10"),  # entered by mistake, deleted by 05-24
    (G11, D(2027, 5, 20), 2, MARK, "8", "8", "d", True, "mark10"),
    (G11, D(2027, 5, 21), 3, DARYA, "6", "6", "d", True, "mark10"),
    (G11, D(2027, 5, 24), 2, EVA, "9", "9", "d", True, "mark10"),
    (G11, D(2027, 5, 25), 1, DARYA, "10", None, "d", True, "mark10"),
    (G11, D(2027, 5, 26), 3, DARYA, "8", "8", "x", True, "mark10"),
    (G11, D(2027, 5, 26), 3, MARK, "5", "5", "x", True, "mark10"),
    (G11, D(2027, 5, 26), 3, EVA, "9", "9", "x", True, "mark10"),
    (G11, D(2027, 5, 27), 2, MARK, "2", "2", "d", True, "mark10"),
]
CORRECTED = {(G10, D(2027, 5, 18), 2, ARSENIY[0]): "9"}
DELETED = {(G11, D(2027, 5, 19), 3, EVA[0])}
LOG = [  # (group, date, number, pupil, status, comment)
    (G10, D(2027, 5, 18), 1, TIMUR, "Ill", "справка"), (G10, D(2027, 5, 19), 2, ARSENIY, "Late", ""),
    (G10, D(2027, 5, 26), 1, ARSENIY, "Absent", ""), (G11, D(2027, 5, 20), 1, DARYA, "Pass", "олимпиада"),
    (G11, D(2027, 5, 25), 3, DARYA, "Late", "10 минут"), (G11, D(2027, 5, 27), 1, EVA, "Ill", ""),
]


def work_id(lesson, kind):
    return 2260325488551600000 + {"d": 0, "x": 3, "h": 6}[kind] * 1000000 + lesson["id"] % 1000000


def work_objs(lesson, state):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "HalfYear", "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    pf = lesson["subject"] == PASS_FAIL[lesson["g"]]
    out = [{**ids(work_id(lesson, "d")), "type": "DefaultNewLessonWork", "workType": WT_OU,
            "markType": "test" if pf else "mark10", "markCount": 1, "displayInJournal": True, "status": "Sent",
            "tasks": [], "text": "", "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00",
            "sentDate": None, **common}]
    if lesson["extra"]:
        kind, wt, mt = lesson["extra"]
        out.append({**ids(work_id(lesson, "x")), "type": kind, "workType": wt, "markType": mt, "markCount": 1,
                    "displayInJournal": True, "status": "Sent", "tasks": [], "text": lesson["title"],
                    "isImportant": wt in (WT_KR, WT_PROB), "targetDate": f"{lesson['day']}T00:00:00",
                    "sentDate": None, **common})
    key = (lesson["g"], lesson["day"], lesson["number"])
    if key in HW and not (key == HW_WITHDRAWN and state >= 1):
        text, due = HW[key]
        wid = work_id(lesson, "h")
        tasks = [{**ids(2260325488570000000 + (lesson["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS[lesson["g"]])]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark10", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:42.7",
                    **common})
    return out


def held(lesson, state):
    """state 0: as planned; 1: after 05-24's corrections; 2: after 05-28 (the dropped Физика gone)."""
    return not ((lesson["g"], lesson["day"], lesson["number"]) == DROPPED and state >= 2)


def entity_lesson(lesson, state, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{lesson['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(lesson, state),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(g, a, b, state, pulled):
    return [entity_lesson(l, state, pulled) for l in sorted(LESSONS.values(), key=lambda l: l["id"])
            if l["g"] == g and a <= l["day"] <= b and held(l, state)]


MOOD = {"10": "Good", "9": "Good", "8": "Good", "7": "Average", "6": "Average", "5": "Average", "4": "Bad",
        "3": "Bad", "2": "Bad", "зачёт": "Good", "незачёт": "Bad"}


def mark_obj(m, state):
    g, day, n, p, value, text, work, avg, mtype = m
    lesson = LESSONS[(g, day, n)]
    if state >= 1 and (g, day, n, p[0]) in CORRECTED:
        value = text = CORRECTED[(g, day, n, p[0])]
    mid = 2260325488560000000 + (lesson["id"] % 1000000) * 10 + PUPILS[g].index(p)
    wid = work_id(lesson, work)
    wt = WT_OU if work == "d" else lesson["extra"][1]
    mood = "Good" if mtype == "mark100" and int(value) >= 80 else MOOD.get(value, "Average")
    stamp = f"{day}T{BELLS[n][0][:2]}:4{n}:1{n}.37" if not (state >= 1 and (g, day, n, p[0]) in CORRECTED) \
        else "2027-05-24T07:52:08.914"
    return {**ids(mid), "type": mtype, "value": value, "textValue": text, "person": p[0], "person_str": str(p[0]),
            "work": wid, "work_str": str(wid), "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": stamp, "workType": wt, "mood": mood, "use_avg_calc": avg}


def current_marks(state):
    return [m for m in MARKS if not (state >= 1 and (m[0], m[1], m[2], m[3][0]) in DELETED)
            and held(LESSONS[(m[0], m[1], m[2])], state)]


def marks_range(g, a, b, state):
    return [mark_obj(m, state) for m in current_marks(state) if m[0] == g and a <= m[1] <= b]


def log_obj(e):
    g, day, n, p, status, comment = e
    lesson = LESSONS[(g, day, n)]
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{day}T{BELLS[n][0][:2]}:3{n}:0{n}.5"}


def log_range(g, a, b):
    return [log_obj(e) for e in LOG if e[0] == g and a <= e[1] <= b]


def flat_lesson(lesson, state, pulled):
    e = entity_lesson(lesson, state, pulled)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Корпус 1",
            "place": ROOM[lesson["g"]], "floor": "3", "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]],
            "teachers": [lesson["teacher"][0]]}


def homework_bundle(a, b, state, pulled):
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not a <= l["day"] <= b or not held(l, state):
            continue
        hws = [w for w in entity_lesson(l, state, pulled)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(l, state, pulled))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, g, a, b, state, pulled):
    days, day = [], a
    while day <= b:
        ls = sorted((l for l in LESSONS.values() if l["g"] == g and l["day"] == day and held(l, state)),
                    key=lambda l: l["number"])
        works = [w for l in ls for w in entity_lesson(l, state, pulled)["works"]]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, state, pulled) for l in ls],
                     "marks": [mark_obj(m, state) for m in current_marks(state) if m[3] == p and m[1] == day],
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None}
                                  for s in dict.fromkeys(l["subject"] for l in ls)],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
                                    "isImportant": i in (WT_KR, WT_PROB), "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": [log_obj(e) for e in LOG if e[3] == p and e[1] == day],
                     "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=3)}T00:00:00"
    return {"days": days}


# final marks: (pupil, subject) -> («2 полугодие», «Год»); pass/fail subjects on `test`
FINALS = {
    (ARSENIY, "Алгебра и начала анализа"): ("8", "8"), (ARSENIY, "Физика"): ("7", "7"),
    (ARSENIY, "Русский язык"): ("9", "9"), (ARSENIY, "Литература"): ("10", "9"),
    (ARSENIY, "Английский язык"): ("6", "7"), (ARSENIY, "Индивидуальный проект"): ("зачёт", "зачёт"),
    (POLINA, "Алгебра и начала анализа"): ("10", "10"), (POLINA, "Физика"): ("9", "9"),
    (POLINA, "Русский язык"): ("9", "10"), (POLINA, "Литература"): ("10", "10"),
    (POLINA, "Английский язык"): ("8", "8"), (POLINA, "Индивидуальный проект"): ("зачёт", "зачёт"),
    (TIMUR, "Алгебра и начала анализа"): ("5", "7"), (TIMUR, "Физика"): ("6", "6"),
    (TIMUR, "Русский язык"): ("7", "7"), (TIMUR, "Литература"): ("6", "6"),
    (TIMUR, "Английский язык"): ("7", "7"), (TIMUR, "Индивидуальный проект"): ("незачёт", "зачёт"),
    (DARYA, "Алгебра и начала анализа"): ("9", "9"), (DARYA, "Физика"): ("8", "8"),
    (DARYA, "Русский язык"): ("8", "8"), (DARYA, "История"): ("10", "10"),
    (DARYA, "Английский язык"): ("9", "9"), (DARYA, "Физическая культура"): ("зачёт", "зачёт"),
    (MARK, "Алгебра и начала анализа"): ("6", "6"), (MARK, "Физика"): ("5", "6"),
    (MARK, "Русский язык"): ("7", "7"), (MARK, "История"): ("8", "8"),
    (MARK, "Английский язык"): ("7", "7"), (MARK, "Физическая культура"): ("зачёт", "зачёт"),
    (EVA, "Алгебра и начала анализа"): ("10", "10"), (EVA, "Физика"): ("9", "9"),
    (EVA, "Русский язык"): ("10", "10"), (EVA, "История"): ("9", "9"),
    (EVA, "Английский язык"): ("10", "10"), (EVA, "Физическая культура"): ("зачёт", "зачёт"),
}
FINAL_FIX = {(TIMUR, "Алгебра и начала анализа"): "8"}  # the year mark 7 -> 8 after the retake, 05-29


def final_mark(p, subject, period, value, fixed):
    g = G10 if p in PUPILS[G10] else G11
    pi = 0 if period == RP_H2 else 1
    subj = SUBJECTS[subject][0]
    wid = 2260325488553000000 + (subj % 1000) * 100 + (10 if g == G10 else 20) + pi
    mid = 2260325488553500000 + (subj % 1000) * 1000 + (p[0] % 1000) * 2 + pi
    pf = subject == PASS_FAIL[g]
    stamp = "2027-05-29T09:14:51.26" if fixed else f"2027-05-2{7 + pi}T16:{20 + subj % 10}:0{pi}.5"
    return {**ids(mid), "type": "test" if pf else "mark10", "value": value, "textValue": value, "person": p[0],
            "person_str": str(p[0]), "work": wid, "work_str": str(wid), "lesson": None, "lesson_str": None,
            "number": 0, "date": stamp, "workType": WT_ITOG,
            "mood": "Bad" if value in ("незачёт", "4", "3", "2", "5") else "Good", "use_avg_calc": False}


def final_marks(g, state):
    out = []
    for rp in (RP_H2, RP_Y):
        for p in PUPILS[g]:
            per = []
            for (pp, subject), values in FINALS.items():
                if pp != p:
                    continue
                value = values[0 if rp == RP_H2 else 1]
                fixed = rp == RP_Y and state >= 1 and (p, subject) in FINAL_FIX
                if fixed:
                    value = FINAL_FIX[(p, subject)]
                per.append({"subject": SUBJECTS[subject][0], "subject_str": str(SUBJECTS[subject][0]),
                            "final-mark": final_mark(p, subject, rp, value, fixed)})
            out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                        "reportingPeriod": rp, "reportingPeriod_str": str(rp), "per-subject-final-marks": per})
    return out


AVG_H2 = {  # (pupil, subject) -> the journal's simple average over «2 полугодие» (avg-marks, a string, §3.13)
    ARSENIY: ["7.85", "7.4", "8.67", "9.2", "6.75"], POLINA: ["9.62", "8.83", "9.25", "9.71", "8.1"],
    TIMUR: ["5.38", "5.9", "6.75", "6.2", "6.57"], DARYA: ["8.77", "8.25", "8.4", "9.63", "8.92"],
    MARK: ["6.14", "5.45", "6.8", "7.6", "7.25"], EVA: ["9.69", "8.86", "9.5", "9.17", "9.75"],
}
WA_Y = {  # the journal's weighted average over the year (wa-marks, a float, §3.1)
    ARSENIY: [7.93, 7.18, 8.74, 9.05, 6.88], POLINA: [9.71, 8.95, 9.33, 9.8, 8.26],
    TIMUR: [6.12, 5.74, 6.91, 6.35, 6.69], DARYA: [8.81, 8.13, 8.47, 9.58, 8.86],
    MARK: [6.27, 5.61, 6.93, 7.72, 7.14], EVA: [9.74, 8.79, 9.57, 9.21, 9.68],
}


def graded(g):
    return [s for s in dict.fromkeys(x for day in WEEKDAY[g] for x in day) if s != PASS_FAIL[g]]


def graded_sorted(g):
    return sorted(graded(g), key=lambda s: SUBJECTS[s][0])


def avg_marks(g):
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
        for s, v in zip(graded_sorted(g), AVG_H2[p])]} for p in PUPILS[g]]


def wa_marks(g):
    return {"subjectMarks": [{"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                              "marks": [{"person": p[0], "value": WA_Y[p][i]} for p in PUPILS[g]]}
                             for i, s in enumerate(graded_sorted(g))]}


def allfinalmarks(p, g):
    """persons/{p}/edu-groups/{g}/allfinalmarks (§3.13): period and year marks as Marks of PeriodMark works."""
    marks, works = [], {}
    for rp, number, ptype in ((RP_H2, 2, "HalfYear"), (RP_Y, 1, "Year")):
        for (pp, subject), values in FINALS.items():
            if pp != p:
                continue
            m = final_mark(p, subject, rp, values[0 if rp == RP_H2 else 1], False)
            marks.append(m)
            works[m["work"]] = {**ids(m["work"]), "type": "PeriodMark", "workType": WT_ITOG, "markType": m["type"],
                                "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True,
                                "status": "Sent", "eduGroup": g, "eduGroup_str": str(g), "tasks": [], "text": "",
                                "periodNumber": number, "periodType": ptype, "subjectId": SUBJECTS[subject][0],
                                "isImportant": False, "targetDate": "2027-05-28T00:00:00", "sentDate": None,
                                "createdBy": TEACHER[subject][0], "files": [], "oneDriveLinks": []}
    subjects = [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None}
                for s in dict.fromkeys(s for (pp, s) in FINALS if pp == p)]
    return {"marks": marks, "works": list(works.values()), "subjects": subjects,
            "workTypes": [{"id": WT_ITOG, "schoolId": S, "abbreviation": "ИТ", "name": "Итоговая отметка",
                           "isFinal": True, "isImportant": False, "kindId": 0, "kind": "PeriodMark"}]}


def week_pull(monday, state, stamp):
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    base, out = dt.datetime.fromisoformat(stamp), []

    def at(i):
        return (base + dt.timedelta(minutes=i)).isoformat()

    for i, g in enumerate((G10, G11)):
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(g, monday, sunday, state), at(i)))
    for i, g in enumerate((G10, G11)):
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}",
                       lessons_range(g, monday, friday, state, at(2 + i)[:16]), at(2 + i)))
    for i, g in enumerate((G10, G11)):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={sunday}",
                       log_range(g, monday, sunday), at(4 + i)))
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
                   homework_bundle(monday, sunday, state, at(6)[:16]), at(6)))
    for i, (p, g) in enumerate(((ARSENIY, G10), (DARYA, G11))):
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={monday}&endDate={friday}",
                       schedules(p, g, monday, friday, state, at(7 + i)[:16]), at(7 + i)))
    return out


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Частное общеобразовательное учреждение «Лицей «Горизонт»»",
                                     "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                     "regionId": 66, "markType": "mark10", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "66."}, "2027-05-16T19:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2027-05-16T19:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G10), group_obj(G11)], "2027-05-16T19:00:40"),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], f"2027-05-16T19:01:{10 + i}")
          for i, g in enumerate((G10, G11))],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), f"2027-05-16T19:01:{30 + i}")
          for i, g in enumerate((G10, G11))],
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ARSENIY, DARYA]), "2027-05-16T19:02:00"),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [MARK]), "2027-05-16T19:02:10"),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), f"2027-05-16T19:02:{30 + i}")
          for i, g in enumerate((G10, G11))],
    ]

    def plan_pull(monday, state, stamp):
        friday = monday + dt.timedelta(days=4)
        base = dt.datetime.fromisoformat(stamp)
        return [rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}", lessons_range(g, monday, friday, state, stamp),
                    (base + dt.timedelta(minutes=i)).isoformat()) for i, g in enumerate((G10, G11))]

    sun1 = W1 + dt.timedelta(days=6)
    corrections = [
        *[rec(f"GET /v2/edu-groups/{g}/marks/{W1}/{sun1}", marks_range(g, W1, sun1, 1), f"2027-05-24T08:0{i}:00")
          for i, g in enumerate((G10, G11))],
        rec(f"GET /v2/edu-groups/{G10}/lessons/{W1}/{W1 + dt.timedelta(days=4)}",
            lessons_range(G10, W1, W1 + dt.timedelta(days=4), 1, "2027-05-24T08:02"), "2027-05-24T08:02:00"),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={W1}&endDate={sun1}",
            homework_bundle(W1, sun1, 1, "2027-05-24T08:03"), "2027-05-24T08:03:00"),
    ]
    finals = [
        *[rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, 0), f"2027-05-28T19:0{i}:00")
          for i, g in enumerate((G10, G11))],
        *[rec(f"GET /v2/edu-groups/{g}/avg-marks/2027-01-11/2027-05-30", avg_marks(g), f"2027-05-28T19:0{2 + i}:00")
          for i, g in enumerate((G10, G11))],
        *[rec(f"GET /v2/edu-groups/{g}/wa-marks/2026-09-01/2027-05-30", wa_marks(g), f"2027-05-28T19:0{4 + i}:00")
          for i, g in enumerate((G10, G11))],
        rec(f"GET /v2/persons/{MARK[0]}/edu-groups/{G11}/allfinalmarks", allfinalmarks(MARK, G11),
            "2027-05-28T19:06:00"),
    ]
    steps = [
        ("1. reference data: school (mark10), work types, classes, pupils, bells, parents, periods (Sun 2027-05-16 19:00)",
         [setup]),
        ("2. week 1 as planned (Sun 2027-05-16 19:10)", [plan_pull(W1, 0, "2027-05-16T19:10:00")]),
        ("3. week 1 evening pull: ten-point marks, the trial exam in percent, the PE зачёт (Fri 2027-05-21 18:00)",
         [week_pull(W1, 0, "2027-05-21T18:00:00")]),
        ("4. Monday corrections: Арсений's 7 is a 9, Ева's 4 deleted, 10Л's essay withdrawn (Mon 2027-05-24 08:00)",
         [corrections]),
        ("5. week 2 as planned (Sun 2027-05-23 19:10, delivered late)", [plan_pull(W2, 1, "2027-05-23T19:10:00")]),
        ("6. week 2 evening pull: the project's предзащита (test), 10Л's Thursday Физика dropped (Fri 2027-05-28 18:00)",
         [week_pull(W2, 2, "2027-05-28T18:00:00")]),
        ("7. final marks of «2 полугодие» and «Год», the journal's averages (Fri 2027-05-28 19:00)", [finals]),
        ("8. Тимур's year Алгебра after the retake: 7 -> 8 (Sat 2027-05-29 09:20)",
         [[rec(f"GET /v2/edu-groups/{G10}/final-marks", final_marks(G10, 1), "2027-05-29T09:20:00")]]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ЧОУ «Лицей «Горизонт»» (Екатеринбург, UTC+5), 10Л and 11Л on the ten-point scale, "
                       "2027-05-17..05-28: mark10 lesson marks, a trial exam in percent (mark100), pass/fail works "
                       "(test), half-year and year final marks on ten points and a pass/fail final for the non-graded "
                       "subject, the journal's avg-marks and wa-marks, a lesson mark and a year mark corrected.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
