"""Write journey.json: «Гимназия № 49» (Самара, UTC+4), Dnevnik.ru, one school's sync job from March 2027 to
September 2027, on academic debt, retakes and appeals: quarter / half-year and year final marks of «2» and «н/а»
(не аттестован) for a pupil who was ill; summer retakes (June and late August, after the year closed) that set a
new year mark; an appeal that changes a closed quarter's mark; a half-year mark corrected twice (edited, then
deleted and entered again under a new id); an ordinary mark of a closed quarter changed late and another deleted
late; and a pupil conditionally transferred (условно переведён) to 8Б whose 7th-grade debt in physics is
liquidated in September, recorded in last year's journal. Standard library only; deterministic. Sections (§) are
those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002490049
SCHOOL_NAME = "МАОУ «Гимназия № 49»"
G7, G10 = 2260325488549100071, 2260325488549100101  # 7Б and 10А of 2026/27 (studyyear 2026)
G8, G11 = 2260325488549200081, 2260325488549200111  # 8Б and 11А of 2027/28 (studyyear 2027)
GROUPS = {G7: ("7Б", 7, 2026), G10: ("10А", 10, 2026), G8: ("8Б", 8, 2027), G11: ("11А", 11, 2027)}
TT = {G7: 1000006490071, G10: 1000006490101, G8: 1000006490081, G11: 1000006490111}

WT_OU, WT_SR, WT_KR, WT_DZ, WT_RT, WT_FIN = 2491, 2492, 2493, 2494, 2495, 2496
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_RT, "LessonTestWork", "Пересдача (ликвидация академической задолженности)", "ПЗ", 3),
    (WT_FIN, "PeriodMark", "Итоговая отметка", "ИТ", 1),
]
SUBJECTS = {
    "Алгебра": (1000003490001, "Математика"), "Физика": (1000003490002, "Естествознание"),
    "Русский язык": (1000003490003, "Филология"), "Литература": (1000003490004, "Филология"),
    "Геометрия": (1000003490005, "Математика"), "Химия": (1000003490006, "Естествознание"),
    "История": (1000003490007, "Общественные науки"), "Физическая культура": (1000003490008, "Физическая культура"),
}
WEEKDAY = {  # subjects by lesson number 1..4, Monday..Friday
    "7": [["Алгебра", "Русский язык", "Физика", "Литература"], ["Русский язык", "Алгебра", "Литература", "Физика"],
          ["Физика", "Алгебра", "Русский язык", "Литература"], ["Литература", "Русский язык", "Алгебра", "Физика"],
          ["Алгебра", "Физика", "Литература", "Русский язык"]],
    "10": [["Геометрия", "Химия", "История", "Физическая культура"], ["История", "Геометрия", "Химия", "Физическая культура"],
           ["Химия", "История", "Геометрия", "Физическая культура"], ["Геометрия", "История", "Физическая культура", "Химия"],
           ["История", "Химия", "Геометрия", "Физическая культура"]],
}
KIND = {G7: "7", G8: "7", G10: "10", G11: "10"}

# persons: (person id, user id, last, first, middle, sex)
ARTYOM = (1000012490701, 1000011490701, "Сорокин", "Артём", "Денисович", "Male")
DARYA = (2260325488549300702, 2260325488549400702, "Белова", "Дарья", "Андреевна", "Female")  # 19-digit ids (§1)
TIMUR = (1000012490703, 1000011490703, "Ким", "Тимур", "Русланович", "Male")
POLINA = (1000012491001, 1000011491001, "Мельникова", "Полина", "Игоревна", "Female")
ILYA = (1000012491002, 1000011491002, "Гусев", "Илья", "Павлович", "Male")
PUPILS = {G7: [ARTYOM, DARYA, TIMUR], G10: [POLINA, ILYA], G8: [ARTYOM, DARYA, TIMUR], G11: [POLINA, ILYA]}
ELENA = (1000012490901, 1000011490901, "Сорокина", "Елена", "Викторовна", "Female")
ANDREY = (1000012490902, 1000011490902, "Белов", "Андрей", "Николаевич", "Male")
OLGA = (1000012490903, 1000011490903, "Мельникова", "Ольга", "Сергеевна", "Female")
TEACHER = {"Алгебра": 1000012490950, "Геометрия": 1000012490950, "Физика": 1000012490951,
           "Русский язык": 1000012490952, "Литература": 1000012490952, "Химия": 1000012490953,
           "История": 1000012490954, "Физическая культура": 1000012490955}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20")}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+04:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g, status="Active"):
    name, par, year = GROUPS[g]
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children, groups):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [g for g in groups if c in PUPILS[g]]} for c in children],
            "splitId": None}


# reporting periods (§3.12, §8.4): (id, start, finish, number, type, name)
PERIODS = {
    G7: [(1000007490711, "2026-09-01", "2026-10-25", 1, "Quarter", "1 четверть"),
         (1000007490712, "2026-11-05", "2026-12-28", 2, "Quarter", "2 четверть"),
         (1000007490713, "2027-01-11", "2027-03-21", 3, "Quarter", "3 четверть"),
         (1000007490714, "2027-03-31", "2027-05-26", 4, "Quarter", "4 четверть"),
         (1000007490719, "2026-09-01", "2027-05-26", 1, "Year", "Год")],
    G10: [(1000007491011, "2026-09-01", "2026-12-28", 1, "HalfYear", "1 полугодие"),
          (1000007491012, "2027-01-11", "2027-05-26", 2, "HalfYear", "2 полугодие"),
          (1000007491019, "2026-09-01", "2027-05-26", 1, "Year", "Год")],
    G8: [(1000007490811, "2027-09-01", "2027-10-24", 1, "Quarter", "1 четверть"),
         (1000007490812, "2027-11-03", "2027-12-28", 2, "Quarter", "2 четверть"),
         (1000007490813, "2028-01-10", "2028-03-19", 3, "Quarter", "3 четверть"),
         (1000007490814, "2028-03-29", "2028-05-26", 4, "Quarter", "4 четверть"),
         (1000007490819, "2027-09-01", "2028-05-26", 1, "Year", "Год")],
    G11: [(1000007491111, "2027-09-01", "2027-12-28", 1, "HalfYear", "1 полугодие"),
          (1000007491112, "2028-01-10", "2028-05-26", 2, "HalfYear", "2 полугодие"),
          (1000007491119, "2027-09-01", "2028-05-26", 1, "Year", "Год")],
}
HOLIDAYS = {
    2026: [("2026-10-26", "2026-11-04", "Осенние каникулы"), ("2026-12-29", "2027-01-10", "Зимние каникулы"),
           ("2027-03-22", "2027-03-30", "Весенние каникулы"), ("2027-05-27", "2027-08-31", "Летние каникулы")],
    2027: [("2027-10-25", "2027-11-02", "Осенние каникулы"), ("2027-12-29", "2028-01-09", "Зимние каникулы"),
           ("2028-03-20", "2028-03-28", "Весенние каникулы")],
}


def rpg(g):
    rpg_id = 1000009490000 + g % 1000
    year = GROUPS[g][2]
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
         "year": year} for pid, a, b, n, t, name in PERIODS[g]],
        "holidays": [{"id": rpg_id * 10 + i, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                     for i, (a, b, name) in enumerate(HOLIDAYS[year])]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков", "Start": f"{GROUPS[g][2]}-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"{GROUPS[g][2]}-09-01T{a}:00",
                        "Finish": f"{GROUPS[g][2]}-09-01T{b}:00", "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": days, "LessonNumber": n} for n, (a, b) in BELLS.items()]}]


# --- lessons -----------------------------------------------------------------------------------------------------
MARCH = [D(2027, 3, 15) + dt.timedelta(days=i) for i in range(5)]
SEPT = [D(2027, 9, 1), D(2027, 9, 2), D(2027, 9, 3)]
RETAKE_ALG = D(2027, 6, 18)  # 7Б, Артём's year «2» in Алгебра
RETAKE_HIST = D(2027, 8, 27)  # 10А, Илья's year «2» in История, late August: still 2026/27
CONSULT = D(2027, 3, 19)  # 7Б's «Консультация» #5, entered by mistake, gone from the April re-pull

HW_TEXT = {
    "Алгебра": "№ 612, 615(а,в)", "Физика": "§ 38, упр. 24 (1, 2)", "Русский язык": "Упр. 341; словарные слова",
    "Литература": "Прочитать «Тарас Бульба», гл. 7–9", "Геометрия": "№ 589, 591; теорема о вписанном угле",
    "Химия": "§ 17, задачи 3, 4", "История": "§ 21, вопросы на с. 148", "Физическая культура": "",
}


def lid(g, day, n):
    return 2260325488549500000 + (g % 1000) * 10000 + (day - D(2026, 9, 1)).days * 10 + n


def next_school_day(day):
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def make_lessons():
    out = {}
    n_topic = {}
    for g, dates in ((G7, MARCH), (G10, MARCH), (G8, SEPT), (G11, SEPT)):
        for day in dates:
            for n, subject in enumerate(WEEKDAY[KIND[g]][day.weekday()], 1):
                n_topic[(g, subject)] = n_topic.get((g, subject), 0) + 1
                topic = f"{subject}: урок {n_topic[(g, subject)] + (50 if day.month == 3 else 0)}"
                if g in (G8, G11) and n_topic[(g, subject)] == 1:
                    topic = f"{subject}: вводное повторение"
                hw = HW_TEXT[subject] if n <= 2 and HW_TEXT[subject] else None
                due = next_school_day(day)
                if due == D(2027, 3, 22):
                    due = D(2027, 3, 31)
                out[lid(g, day, n)] = {"id": lid(g, day, n), "g": g, "day": day, "number": n, "subject": subject,
                                       "title": topic, "hw": hw, "due": due, "wt": WT_OU}
    out[lid(G7, CONSULT, 5)] = {"id": lid(G7, CONSULT, 5), "g": G7, "day": CONSULT, "number": 5, "subject": "Алгебра",
                                "title": "Консультация перед контрольной работой", "hw": "Повторить § 20–24, карточка К-7",
                                "due": D(2027, 3, 31), "wt": WT_OU}
    out[lid(G7, RETAKE_ALG, 1)] = {"id": lid(G7, RETAKE_ALG, 1), "g": G7, "day": RETAKE_ALG, "number": 1,
                                   "subject": "Алгебра", "title": "Пересдача: алгебра за 7 класс (ликвидация "
                                   "академической задолженности)", "hw": None, "due": None, "wt": WT_RT}
    out[lid(G10, RETAKE_HIST, 2)] = {"id": lid(G10, RETAKE_HIST, 2), "g": G10, "day": RETAKE_HIST, "number": 2,
                                     "subject": "История", "title": "Пересдача: история за 10 класс (комиссия)",
                                     "hw": None, "due": None, "wt": WT_RT}
    return out


LESSONS = make_lessons()


def at(g, day, n):
    return LESSONS[lid(g, day, n)]


def works(lesson):
    subj = SUBJECTS[lesson["subject"]][0]
    year = GROUPS[lesson["g"]][2]
    quarter = 3 if lesson["day"].month == 3 else (1 if lesson["day"].year == year else 4)
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": quarter if KIND[lesson["g"]] == "7" else
              (2 if lesson["day"].year > year else 1), "periodType": "Quarter" if KIND[lesson["g"]] == "7" else "HalfYear",
              "subjectId": subj, "createdBy": TEACHER[lesson["subject"]], "files": [], "oneDriveLinks": []}
    w0 = 2260325488549600000 + lesson["id"] % 10000000
    out = [{**ids(w0), "type": "DefaultNewLessonWork" if lesson["wt"] == WT_OU else "LessonTestWork",
            "workType": lesson["wt"], "markType": "mark5", "markCount": 1, "displayInJournal": True, "status": "Sent",
            "tasks": [], "text": "", "isImportant": lesson["wt"] != WT_OU,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    if lesson["hw"]:
        w1 = 2260325488548700000 + lesson["id"] % 10000000
        tasks = [{**ids(2260325488549800000 + (lesson["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": w1, "work_str": str(w1), "status": "NotStarted",
                  "targetDate": f"{lesson['due']}T00:00:00"} for i, p in enumerate(PUPILS[lesson["g"]])]
        out.append({**ids(w1), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": lesson["hw"],
                    "isImportant": False, "targetDate": f"{lesson['due']}T00:00:00",
                    "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:02.7", **common})
    return out


def default_work(lesson):
    return 2260325488549600000 + lesson["id"] % 10000000


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{lesson['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": works(lesson),
            "teachers": [TEACHER[lesson["subject"]]], "teachers_str": [str(TEACHER[lesson["subject"]])]}


def lessons_range(g, a, b, pulled, drop=()):
    return [entity_lesson(l, pulled) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"]))
            if l["g"] == g and a <= l["day"] <= b and l["id"] not in drop]


# --- marks (§3.1) ------------------------------------------------------------------------------------------------
# (group, day, number, pupil, value, work type); the work type of a mark is its lesson work's
MARKS = [
    (G7, D(2027, 3, 15), 1, DARYA, "5", WT_OU), (G7, D(2027, 3, 16), 1, DARYA, "4", WT_SR),
    (G7, D(2027, 3, 17), 4, DARYA, "3", WT_OU),  # Литература; changed to «4» on 2027-04-05 (a closed quarter)
    (G7, D(2027, 3, 18), 3, DARYA, "5", WT_KR), (G7, D(2027, 3, 19), 2, DARYA, "4", WT_OU),
    (G7, D(2027, 3, 16), 2, TIMUR, "3", WT_OU),
    (G7, D(2027, 3, 17), 1, TIMUR, "2", WT_OU),  # Физика; entered for the wrong pupil, deleted on 2027-04-05
    (G7, D(2027, 3, 18), 3, TIMUR, "3-", WT_KR),
    (G10, D(2027, 3, 15), 1, POLINA, "4", WT_OU), (G10, D(2027, 3, 17), 1, POLINA, "5", WT_SR),
    (G10, D(2027, 3, 18), 2, POLINA, "4+", WT_OU), (G10, D(2027, 3, 16), 1, ILYA, "2", WT_KR),
    (G10, D(2027, 3, 19), 2, ILYA, "3", WT_OU),
]
LATE_CHANGED = (G7, D(2027, 3, 17), 4, DARYA)
LATE_DELETED = (G7, D(2027, 3, 17), 1, TIMUR)
RETAKE_MARKS = [(G7, RETAKE_ALG, 1, ARTYOM, "3", WT_RT), (G10, RETAKE_HIST, 2, ILYA, "3", WT_RT)]
MOOD = {"5": "Good", "4": "Good", "4+": "Good", "3": "Average", "3-": "Average", "2": "Bad"}


def mark_obj(m, late=False):
    g, day, n, p, value, wt = m
    lesson = at(g, day, n)
    if late and m[:4] == LATE_CHANGED:
        value, stamp = "4", "2027-04-05T13:12:40.18"
    else:
        stamp = f"{day}T{BELLS[n][0][:2]}:2{n}:1{n}.37"
    mid = 2260325488549900000 + (lesson["id"] % 1000000) * 10 + PUPILS[g].index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": stamp, "workType": wt, "mood": MOOD[value],
            "use_avg_calc": True}


def marks_range(g, a, b, late=False, marks=MARKS):
    return [mark_obj(m, late) for m in marks if m[0] == g and a <= m[1] <= b and not (late and m[:4] == LATE_DELETED)]


def log_range(g, a, b):
    out = []
    for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"])):
        if l["g"] != g or not a <= l["day"] <= b or l["number"] == 5:
            continue
        if g == G7:  # Артём ill the whole week (§6 Ill, «справка»)
            out.append({"person": ARTYOM[0], "person_str": str(ARTYOM[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
                        "comment": "справка из поликлиники № 3", "status": "Ill",
                        "createdDate": f"{l['day']}T{BELLS[l['number']][0][:2]}:1{l['number']}:05.4"})
            if l["day"] == D(2027, 3, 16) and l["number"] == 1:
                out.append({"person": TIMUR[0], "person_str": str(TIMUR[0]), "lesson": l["id"],
                            "lesson_str": str(l["id"]), "comment": "опоздал на 10 минут", "status": "Late",
                            "createdDate": "2027-03-16T08:12:44.9"})
        if g == G10 and l["day"] == D(2027, 3, 18) and l["subject"] == "Физическая культура":
            out.append({"person": ILYA[0], "person_str": str(ILYA[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
                        "comment": "", "status": "Absent", "createdDate": f"{l['day']}T10:55:31.06"})
    return out


def homework_bundle(a, b, pulled, drop=()):
    out_w, out_l, subjects = [], [], {}
    for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["g"], l["number"])):
        if not l["hw"] or not a <= l["day"] <= b or l["id"] in drop:
            continue
        e = entity_lesson(l, pulled)
        out_w += [w for w in e["works"] if w["type"] == "Homework"]
        out_l.append({"id": l["id"], "title": l["title"], "date": e["date"], "number": l["number"],
                      "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0,
                      "building": "Главный корпус", "place": "", "floor": "",
                      "hours": "{} - {}".format(*BELLS[l["number"]]), "works": [w["id"] for w in e["works"]],
                      "teachers": [TEACHER[l["subject"]]]})
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": out_w, "subjects": list(subjects.values()), "lessons": out_l, "files": [], "teachers": []}


# --- final marks (§3.13, §8.4) -----------------------------------------------------------------------------------
SUBJ7 = ["Алгебра", "Физика", "Русский язык", "Литература"]
SUBJ10 = ["Геометрия", "Химия", "История", "Физическая культура"]
BASE = {  # pupil -> subject -> values per period (7Б: 1..4 четверть, Год; 10А: 1, 2 полугодие, Год)
    ARTYOM: {"Алгебра": ["3", "3", "2", "2", "2"], "Физика": ["3", "3", "н/а", "3", "н/а"],
             "Русский язык": ["3", "4", "3", "3", "3"], "Литература": ["4", "4", "3", "4", "4"]},
    DARYA: {"Алгебра": ["5", "5", "5", "5", "5"], "Физика": ["4", "5", "4", "4", "4"],
            "Русский язык": ["4", "4", "4", "4", "4"], "Литература": ["5", "4", "4", "5", "5"]},
    TIMUR: {"Алгебра": ["3", "3", "3", "3", "3"], "Физика": ["4", "3", "3", "4", "4"],
            "Русский язык": ["3", "3", "3", "4", "3"], "Литература": ["4", "4", "4", "4", "4"]},
    POLINA: {"Геометрия": ["4", "3", "4"], "Химия": ["5", "5", "5"], "История": ["5", "4", "5"],
             "Физическая культура": ["5", "5", "5"]},
    ILYA: {"Геометрия": ["3", "3", "3"], "Химия": ["4", "3", "3"], "История": ["3", "2", "2"],
           "Физическая культура": ["4", "4", "4"]},
}
SET_ON = {G7: ["2026-10-23", "2026-12-25", "2027-03-19", "2027-05-25", "2027-05-25"],
          G10: ["2026-12-25", "2027-05-25", "2027-05-25"]}
# changes: (pupil, subject, period index, value, date set, new mark id?) applied to answers pulled after `date set`
CHANGES = [
    (POLINA, "Геометрия", 1, "4", "2027-05-27T16:40:12.5", False),  # a typo fixed: same id
    (POLINA, "Геометрия", 1, "5", "2027-06-01T11:05:48.2", True),  # deleted and entered again: new id
    (POLINA, "Геометрия", 2, "5", "2027-06-01T11:06:30.9", False),
    (DARYA, "Русский язык", 3, "5", "2027-06-03T14:20:05.3", False),  # апелляция: 4 четверть
    (DARYA, "Русский язык", 4, "5", "2027-06-03T14:21:17.8", False),  # and the year mark with it
    (ARTYOM, "Алгебра", 4, "3", "2027-06-18T12:31:44.6", False),  # summer retake
    (ILYA, "История", 2, "3", "2027-08-27T11:47:09.1", False),  # late-August retake, still 2026/27
    (ARTYOM, "Физика", 4, "3", "2027-09-23T15:02:26.4", False),  # conditional transfer: the debt liquidated
]


def final_state(g, pulled):
    """{(pupil, subject, period index): (mark id, value, date)} as the journal held it at `pulled`."""
    out = {}
    subjects = SUBJ7 if g == G7 else SUBJ10
    for p in PUPILS[g]:
        for si, s in enumerate(subjects):
            for k, v in enumerate(BASE[p][s]):
                if SET_ON[g][k] + "T17:00" <= pulled:
                    mid = 2260325488550000000 + (g % 1000) * 100000 + PUPILS[g].index(p) * 1000 + si * 10 + k
                    out[(p, s, k)] = (mid, v, f"{SET_ON[g][k]}T16:{30 + si}:0{k}.4")
    for p, s, k, v, stamp, new_id in CHANGES:
        if p in PUPILS[g] and stamp <= pulled and (p, s, k) in out:
            mid = out[(p, s, k)][0] + (500 if new_id else 0)
            out[(p, s, k)] = (mid, v, stamp)
    return out


def final_marks(g, pulled, only=None):
    state = final_state(g, pulled)
    subjects = SUBJ7 if g == G7 else SUBJ10
    out = []
    for p in PUPILS[g]:
        if only and p is not only:
            continue
        for k, (rp, *_rest) in enumerate(PERIODS[g]):
            per = []
            for si, s in enumerate(subjects):
                if (p, s, k) not in state:
                    continue
                mid, v, stamp = state[(p, s, k)]
                work = 2260325488550900000 + (g % 1000) * 1000 + si * 10 + k
                na = v == "н/а"
                per.append({"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "final-mark": {
                    **ids(mid), "type": "markna" if na else "mark5", "value": v, "textValue": v, "person": p[0],
                    "person_str": str(p[0]), "work": work, "work_str": str(work), "lesson": None, "lesson_str": None,
                    "number": 0, "date": stamp, "workType": WT_FIN, "mood": "NotSet" if na else MOOD[v],
                    "use_avg_calc": False}})
            if per:
                out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                            "reportingPeriod": rp, "reportingPeriod_str": str(rp), "per-subject-final-marks": per})
    return out


def fm(g, pulled):
    return rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, pulled), pulled)


def main():
    wt_body = [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab, "weight": w}
               for i, k, t, ab, w in WORK_TYPES]
    school = {**ids(S), "name": SCHOOL_NAME,
              "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 49» городского округа Самара",
              "avatarSmall": None, "city": "Самара", "municipality": "г.о. Самара", "regionId": 63, "markType": "mark5",
              "timeZone": 4, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
              "tsoRegionTreePath": "63."}
    setup = [
        rec(f"GET /v2/schools/{S}", school, "2027-03-14T19:00:00"),
        rec(f"GET /v2/work-types/{S}", wt_body, "2027-03-14T19:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G7), group_obj(G10)], "2027-03-14T19:00:40"),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], f"2027-03-14T19:01:{10 + i}")
          for i, g in enumerate((G7, G10))],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), f"2027-03-14T19:01:{30 + i}")
          for i, g in enumerate((G7, G10))],
        rec(f"GET /v2/users/{ELENA[1]}/context", context(ELENA, [ARTYOM], (G7, G10)), "2027-03-14T19:02:00"),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [DARYA], (G7, G10)), "2027-03-14T19:02:10"),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [POLINA], (G7, G10)), "2027-03-14T19:02:20"),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), f"2027-03-14T19:02:{30 + i}")
          for i, g in enumerate((G7, G10))],
    ]
    a, b, sun = MARCH[0], MARCH[-1], D(2027, 3, 21)
    week = [
        *[rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, "2027-03-20T18:00"),
              f"2027-03-20T18:0{i}:00") for i, g in enumerate((G7, G10))],
        *[rec(f"GET /v2/edu-groups/{g}/marks/{a}/{sun}", marks_range(g, a, sun), f"2027-03-20T18:0{2 + i}:00")
          for i, g in enumerate((G7, G10))],
        *[rec(f"GET /v2/lesson-log-entries/group/{g}?from={a}&to={sun}", log_range(g, a, sun),
              f"2027-03-20T18:0{4 + i}:00") for i, g in enumerate((G7, G10))],
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={a}&endDate={sun}", homework_bundle(a, sun, "2027-03-20T18:06"),
            "2027-03-20T18:06:00"),
    ]
    consult = {lid(G7, CONSULT, 5)}
    april = [
        rec(f"GET /v2/edu-groups/{G7}/lessons/{a}/{b}", lessons_range(G7, a, b, "2027-04-05T18:00", drop=consult),
            "2027-04-05T18:00:00"),
        rec(f"GET /v2/edu-groups/{G7}/marks/{a}/{sun}", marks_range(G7, a, sun, late=True), "2027-04-05T18:01:00"),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={a}&endDate={sun}",
            homework_bundle(a, sun, "2027-04-05T18:02", drop=consult), "2027-04-05T18:02:00"),
    ]
    june_a, june_b = D(2027, 6, 14), D(2027, 6, 20)
    aug_a, aug_b = D(2027, 8, 23), D(2027, 8, 29)
    retake_june = [
        rec(f"GET /v2/edu-groups/{G7}/lessons/{june_a}/{june_b}", lessons_range(G7, june_a, june_b, "2027-06-20T18:00"),
            "2027-06-20T18:00:00"),
        rec(f"GET /v2/edu-groups/{G7}/marks/{june_a}/{june_b}",
            marks_range(G7, june_a, june_b, marks=RETAKE_MARKS), "2027-06-20T18:01:00"),
        fm(G7, "2027-06-21T18:00:00"),
    ]
    retake_aug = [
        rec(f"GET /v2/edu-groups/{G10}/lessons/{aug_a}/{aug_b}",
            lessons_range(G10, aug_a, aug_b, "2027-08-29T18:00"), "2027-08-29T18:00:00"),
        rec(f"GET /v2/edu-groups/{G10}/marks/{aug_a}/{aug_b}",
            marks_range(G10, aug_a, aug_b, marks=RETAKE_MARKS), "2027-08-29T18:01:00"),
        fm(G10, "2027-08-30T18:00:00"),
    ]
    new = (G8, G11)
    s1, s2 = SEPT[0], D(2027, 9, 5)
    september = [
        rec(f"GET /v2/schools/{S}", school, "2027-08-31T20:00:00"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G8), group_obj(G11)], "2027-08-31T20:00:20"),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], f"2027-08-31T20:00:{40 + i}")
          for i, g in enumerate(new)],
        rec(f"GET /v2/persons/{ARTYOM[0]}/edu-groups/all", [group_obj(G7, "Archive"), group_obj(G8)],
            "2027-08-31T20:01:00"),
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), f"2027-08-31T20:01:{20 + i}")
          for i, g in enumerate(new)],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), f"2027-08-31T20:01:{40 + i}")
          for i, g in enumerate(new)],
        rec(f"GET /v2/users/{ELENA[1]}/context", context(ELENA, [ARTYOM], new), "2027-08-31T20:02:00"),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [DARYA], new), "2027-08-31T20:02:10"),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [POLINA], new), "2027-08-31T20:02:20"),
    ]
    first_week = [
        *[rec(f"GET /v2/edu-groups/{g}/lessons/{s1}/{s2}", lessons_range(g, s1, s2, "2027-09-04T18:00"),
              f"2027-09-04T18:0{i}:00") for i, g in enumerate(new)],
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={s1}&endDate={s2}",
            homework_bundle(s1, s2, "2027-09-04T18:02"), "2027-09-04T18:02:00"),
    ]
    debt = [rec(f"GET /v2/persons/{ARTYOM[0]}/edu-groups/{G7}/final-marks",
                final_marks(G7, "2027-09-24T17:30:00", only=ARTYOM), "2027-09-24T17:30:00")]
    steps = [
        ("1. reference data, bells, periods (Sun 2027-03-14 19:00)", [setup]),
        ("2. the last full week of the 3rd quarter: Артём ill all week (Sat 2027-03-20 18:00)", [week]),
        ("3. the 3rd quarter's and 1st half-year's final marks: «2» and «н/а» for Артём (Mon 2027-03-22 18:00)",
         [[fm(G7, "2027-03-22T18:00:00"), fm(G10, "2027-03-22T18:05:00")]]),
        ("4. the closed quarter re-pulled: a Литература mark changed, a Физика mark deleted, a lesson removed "
         "(Mon 2027-04-05 18:00)", [april]),
        ("5. the year closes: 4th quarter, 2nd half-year and year marks (Wed 2027-05-26 18:00)",
         [[fm(G7, "2027-05-26T18:00:00"), fm(G10, "2027-05-26T18:05:00")]]),
        ("6. Полина's 2nd half-year Геометрия corrected (Fri 2027-05-28 18:00), then deleted and entered again "
         "(Wed 2027-06-02 18:00)", [[fm(G10, "2027-05-28T18:00:00")], [fm(G10, "2027-06-02T18:00:00")]]),
        ("7. Дарья's appeal: the 4th quarter and year Русский язык 4 -> 5 (Fri 2027-06-04 18:00)",
         [[fm(G7, "2027-06-04T18:00:00")]]),
        ("8. the June retake: Артём's Алгебра, year 2 -> 3 (Sun 2027-06-20 .. Mon 06-21)", [retake_june]),
        ("9. the late-August retake: Илья's История, year 2 -> 3 (Sun 2027-08-29 .. Mon 08-30)", [retake_aug]),
        ("10. the new school year: 8Б (Артём условно переведён) and 11А (Tue 2027-08-31 20:00)", [september]),
        ("11. the first week of 2027/28 (Sat 2027-09-04 18:00)", [first_week]),
        ("12. Артём's debt in Физика liquidated, recorded in 7Б's journal (Fri 2027-09-24 17:30)", [debt]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 49» (Самара, UTC+4), 7Б/10А of 2026/27 and 8Б/11А of 2027/28, March to "
                       "September 2027: academic debt, summer retakes, an appeal, a final mark corrected twice, a "
                       "closed quarter's marks changed late, and a pupil conditionally transferred.",
        "school": {"timezone": "Europe/Samara", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
