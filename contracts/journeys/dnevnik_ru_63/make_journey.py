"""Write journey.json: «Гимназия № 63» (Самара, UTC+4), Dnevnik.ru, 9Б's exam spring 2027: the last school weeks
of May between the May holidays and the last bell (2027-05-25), a mock ОГЭ with its own work type and weight and a
mock scored in points, the fourth-quarter and year marks, the ОГЭ exam marks (one appealed, one pupil admitted late
to the reserve day), the итоговые marks for the аттестат, and answers pulled in June after the last lesson.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002630063
G = 2260325488563100091  # 9Б, 19 digits (§1)
TT = 1000006630091
WT_OU, WT_KR, WT_MOCK, WT_DZ, WT_Q, WT_Y, WT_EXAM, WT_FIN = 6301, 6302, 6303, 6304, 6305, 6306, 6307, 6308
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_MOCK, "LessonExamination", "Пробный ОГЭ", "ПО", 2),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_Q, "PeriodMark", "Четвертная отметка", "Ч", 1),
    (WT_Y, "PeriodMark", "Годовая отметка", "Г", 1),
    (WT_EXAM, "Exam", "Экзамен (ОГЭ)", "Э", 1),
    (WT_FIN, "PeriodFinalMark", "Итоговая отметка", "И", 1),
]
SUBJECTS = {
    "Алгебра": (1000003630001, "Математика"), "Геометрия": (1000003630002, "Математика"),
    "Русский язык": (1000003630003, "Филология"), "Литература": (1000003630004, "Филология"),
    "История": (1000003630005, "Общественные науки"), "Обществознание": (1000003630006, "Общественные науки"),
    "Физика": (1000003630007, "Естествознание"), "Химия": (1000003630008, "Естествознание"),
    "Биология": (1000003630009, "Естествознание"), "Английский язык": (1000003630010, "Филология"),
    "Информатика": (1000003630011, "Математика"), "Физическая культура": (1000003630012, "Физическая культура"),
}
# persons: (person id, user id, last, first, middle, sex)
POLINA = (1000012630901, 1000011630901, "Соколова", "Полина", "Андреевна", "Female")
ARTEM = (1000012630902, 1000011630902, "Гусев", "Артём", "Владимирович", "Male")
DANIIL = (2260325488563300903, 2260325488563400903, "Карпов", "Даниил", "Сергеевич", "Male")
PUPILS = [POLINA, ARTEM, DANIIL]
IRINA = (1000012630951, 1000011630951, "Соколова", "Ирина", "Викторовна", "Female")
SERGEY = (1000012630952, 1000011630952, "Карпов", "Сергей", "Николаевич", "Male")
T_MATH = (1000012630971, 1000011630971, "Руденко", "Галина", "Павловна", "Female")
T_RUS = (1000012630972, 1000011630972, "Воронцова", "Елена", "Игоревна", "Female")
T_SCI = (1000012630973, 1000011630973, "Лапшин", "Олег", "Михайлович", "Male")
T_HUM = (1000012630974, 1000011630974, "Абрамова", "Светлана", "Юрьевна", "Female")

WEEKDAY = [  # 0 = Monday: subjects by lesson number 1..5
    ["Алгебра", "Русский язык", "История", "Физика", "Английский язык"],
    ["Геометрия", "Литература", "Химия", "Биология", "Алгебра"],
    ["Русский язык", "Алгебра", "Обществознание", "Английский язык", "Физика"],
    ["Геометрия", "Русский язык", "Литература", "Химия", "История"],
    ["Алгебра", "Информатика", "Биология", "Русский язык", "Физическая культура"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20")}
SCHOOL_DAYS = [D(2027, 5, 11), D(2027, 5, 12), D(2027, 5, 13), D(2027, 5, 14), D(2027, 5, 17), D(2027, 5, 18),
               D(2027, 5, 19), D(2027, 5, 20), D(2027, 5, 21), D(2027, 5, 24), D(2027, 5, 25)]
LAST_BELL = D(2027, 5, 25)  # последний звонок: lessons 4 and 5 replaced by the ceremony


def teacher_of(subject):
    if subject in ("Алгебра", "Геометрия", "Информатика"):
        return T_MATH
    if subject in ("Русский язык", "Литература"):
        return T_RUS
    if subject in ("Физика", "Химия", "Биология", "Физическая культура"):
        return T_SCI
    return T_HUM


NICE = {
    (D(2027, 5, 12), 2): "Пробный ОГЭ по математике (2-й)",
    (D(2027, 5, 13), 2): "Пробный ОГЭ по русскому языку: сжатое изложение, тест, сочинение",
    (D(2027, 5, 17), 1): "Разбор заданий 20–25 пробного ОГЭ",
    (D(2027, 5, 20), 2): "Сочинение-рассуждение 9.3: как раскрыть понятие",
    (D(2027, 5, 21), 1): "Итоговая контрольная работа за курс 9 класса",
    (D(2027, 5, 24), 1): "Итоговое повторение: функции и графики",
    (D(2027, 5, 25), 1): "Итоговое повторение: площади фигур",
    (D(2027, 5, 25), 2): "«Мы — будущее России»: итоговый урок",
    (D(2027, 5, 25), 3): "Итоговое повторение: генетическая связь классов веществ",
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def lesson_id(day, n):
    return 2260325488563500000 + (day - D(2027, 1, 1)).days * 10 + n


LESSONS = {}
for _day in SCHOOL_DAYS:
    for _n, _subject in enumerate(WEEKDAY[_day.weekday()], 1):
        _count = sum(1 for l in LESSONS.values() if l["subject"] == _subject)
        LESSONS[lesson_id(_day, _n)] = {
            "id": lesson_id(_day, _n), "day": _day, "number": _n, "subject": _subject,
            "title": NICE.get((_day, _n)) or f"{_subject}: повторение, урок {_count + 61}",
            "teacher": teacher_of(_subject)}


def lesson_at(day, n):
    return LESSONS[lesson_id(day, n)]


def held(lesson, state):
    """state 'plan' (as first planned) or 'done' (the last bell's lessons 4 and 5 gone)."""
    return not (state == "done" and lesson["day"] == LAST_BELL and lesson["number"] >= 4)


# homework: (date, number) -> (text, due)
HW = {
    (D(2027, 5, 11), 1): ("Повторить признаки подобия треугольников; № 640, 642", D(2027, 5, 13)),
    (D(2027, 5, 12), 3): ("§ 21, вопросы 1–5; задания 20–24 из сборника", D(2027, 5, 19)),
    (D(2027, 5, 14), 4): ("Сжатое изложение: повторить приёмы сжатия текста", D(2027, 5, 19)),
    (D(2027, 5, 17), 1): ("Пробный вариант № 7, часть 1 (задания 1–19)", D(2027, 5, 19)),
    (D(2027, 5, 20), 2): ("Сочинение 9.3 по тексту варианта 18", D(2027, 5, 24)),
    (D(2027, 5, 24), 5): ("Устная часть ОГЭ: задание 3, вопросы 1–6", D(2027, 5, 25)),
}
# extra works on a lesson: (date, number) -> (work id, Work.type, work type, markType)
EXTRA_WORKS = {
    (D(2027, 5, 12), 2): (2260325488563700122, "LessonExamination", WT_MOCK, "mark5"),
    (D(2027, 5, 13), 2): (2260325488563700132, "LessonExamination", WT_MOCK, "mark100"),
    (D(2027, 5, 21), 1): (2260325488563700211, "LessonTestWork", WT_KR, "mark5"),
}
# marks: (date, number, pupil, value, extra work? , own date or None, pulled from)
MARKS = [
    (D(2027, 5, 11), 1, POLINA, "5", False, None), (D(2027, 5, 11), 1, DANIIL, "4", False, None),
    (D(2027, 5, 11), 2, ARTEM, "4-", False, None),
    (D(2027, 5, 12), 2, POLINA, "4", True, None), (D(2027, 5, 12), 2, ARTEM, "3", True, None),
    (D(2027, 5, 12), 2, DANIIL, "5", True, None),
    (D(2027, 5, 13), 2, POLINA, "29", True, None), (D(2027, 5, 13), 2, ARTEM, "24", True, None),
    (D(2027, 5, 13), 2, DANIIL, "31", True, None),
    (D(2027, 5, 14), 3, POLINA, "5", False, None), (D(2027, 5, 14), 4, DANIIL, "3+", False, None),
    (D(2027, 5, 17), 2, POLINA, "4", False, None), (D(2027, 5, 17), 4, DANIIL, "2", False, None),
    (D(2027, 5, 18), 5, DANIIL, "5", False, None), (D(2027, 5, 19), 1, POLINA, "5-", False, None),
    (D(2027, 5, 20), 2, POLINA, "5", False, None), (D(2027, 5, 20), 4, DANIIL, "4", False, None),
    (D(2027, 5, 21), 1, POLINA, "5", True, None), (D(2027, 5, 21), 1, ARTEM, "3", True, None),
    (D(2027, 5, 21), 1, DANIIL, "4", True, None),
    (D(2027, 5, 24), 2, DANIIL, "4", False, None), (D(2027, 5, 24), 4, POLINA, "5", False, None),
    (D(2027, 5, 25), 1, DANIIL, "5", False, None),
    (D(2027, 5, 21), 2, POLINA, "5", False, "2027-06-01T10:14:22.7"),  # entered in June for Friday's Информатика
]
DELETED = (D(2027, 5, 17), 4, DANIIL)  # the teacher removed Даниил's «2» in Физика before the June pull
LATE = (D(2027, 5, 21), 2, POLINA)
# attendance: (date, number, pupil, status, comment)
LOG = [
    (D(2027, 5, 14), 1, DANIIL, "Ill", "справка"), (D(2027, 5, 14), 2, DANIIL, "Ill", "справка"),
    (D(2027, 5, 19), 3, POLINA, "Pass", "консультация к ОГЭ по обществознанию"),
    (D(2027, 5, 20), 5, DANIIL, "Absent", ""), (D(2027, 5, 24), 1, POLINA, "Late", "опоздала на 7 минут"),
]

PERIODS = [(1000007630001, "2026-09-01", "2026-10-25", 1, "Quarter", "1 четверть"),
           (1000007630002, "2026-11-05", "2026-12-28", 2, "Quarter", "2 четверть"),
           (1000007630003, "2027-01-11", "2027-03-21", 3, "Quarter", "3 четверть"),
           (1000007630004, "2027-03-31", "2027-05-25", 4, "Quarter", "4 четверть"),
           (1000007630005, "2026-09-01", "2027-05-25", 1, "Year", "Годовая")]
Q4, YEAR = 1000007630004, 1000007630005
HOLIDAYS = [
    (1000008630001, "2026-10-26", "2026-11-04", "Осенние каникулы", ""),
    (1000008630002, "2026-12-29", "2027-01-10", "Зимние каникулы", ""),
    (1000008630003, "2027-03-22", "2027-03-30", "Весенние каникулы", ""),
    (1000008630004, "2027-05-01", "2027-05-03", "Праздник Весны и Труда", ""),
    (1000008630005, "2027-05-08", "2027-05-10", "День Победы", "Выходные дни 8–10 мая"),
]

# the teachers' period marks: subject -> {pupil: (4 четверть, годовая, экзамен or None, итоговая)}
FINAL_SUBJECTS = ["Русский язык", "Алгебра", "Геометрия", "Литература", "История", "Физика", "Английский язык",
                  "Химия"]
FINALS = {
    POLINA: {"Русский язык": ("5", "5", "4", "5"), "Алгебра": ("5", "5", "5", "5"), "Геометрия": ("4", "5", None, "5"),
             "Литература": ("5", "5", None, "5"), "История": ("4", "4", None, "4"), "Физика": ("4", "4", None, "4"),
             "Английский язык": ("5", "5", None, "5"), "Химия": ("4", "4", None, "4")},
    ARTEM: {"Русский язык": ("4", "4", "4", "4"), "Алгебра": ("3", "3", "4", "4"), "Геометрия": ("3", "4", None, "4"),
            "Литература": ("4", "4", None, "4"), "История": ("4", "4", None, "4"), "Физика": ("3", "3", None, "3"),
            "Английский язык": ("4", "4", None, "4"), "Химия": ("3", "4", None, "4")},
    DANIIL: {"Русский язык": ("3", "3", "4", "4"), "Алгебра": ("4", "4", "4", "4"), "Геометрия": ("4", "4", None, "4"),
             "Литература": ("3", "4", None, "4"), "История": ("4", "3", None, "3"), "Физика": ("3", "3", None, "3"),
             "Английский язык": ("4", "4", None, "4"), "Химия": ("5", "5", None, "5")},
}
APPEAL_BEFORE = "4"  # Полина's Русский язык exam mark before the appeal raised it to «5» (the same mark, §3.1 id)
# the journal's own averages over 4 четверть (§3.13 avg-marks): pupil -> subject -> "avg-mark-value"
AVERAGES = {POLINA: {"Алгебра": "4.83", "Русский язык": "4.67"}, ARTEM: {"Алгебра": "3.4"},
            DANIIL: {"Алгебра": "4.25", "Русский язык": "3.8"}}


def tz(stamp):
    return stamp + "+04:00"


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": tz(pulled)}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МБОУ «Гимназия № 63»", "type": "School",
                                                           "groupIds": [G]}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


def default_work(lesson):
    return 2260325488563600000 + lesson["id"] % 100000


def hw_work(lesson):
    return 2260325488563800000 + lesson["id"] % 100000


def work_objs(lesson, with_hw):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 4, "periodType": "Quarter", "subjectId": subj, "createdBy": lesson["teacher"][0],
              "files": [], "oneDriveLinks": [], "isImportant": False}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    key = (lesson["day"], lesson["number"])
    if key in EXTRA_WORKS:
        wid, wtype, wt, scale = EXTRA_WORKS[key]
        out.append({**ids(wid), "type": wtype, "workType": wt, "markType": scale, "markCount": 1,
                    "displayInJournal": True, "status": "Sent", "tasks": [], "text": lesson["title"],
                    "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common, "isImportant": True})
    if with_hw and key in HW:
        text, due = HW[key]
        w = hw_work(lesson)
        tasks = [{**ids(2260325488563900000 + (lesson["id"] % 100000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS)]
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{lesson['day']}T14:2{lesson['number']}:05.3",
                    **common})
    return out


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    done = pulled >= f"{lesson['day']}T{start}"
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": G, "status": "Conducted" if done else "Planned", "resultPlaceId": 0,
            "works": work_objs(lesson, done), "teachers": [lesson["teacher"][0]],
            "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(a, b, state, pulled):
    return [entity_lesson(l, pulled) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"]))
            if a <= l["day"] <= b and held(l, state)]


def mark_obj(m):
    day, n, p, value, extra, stamp = m
    lesson = lesson_at(day, n)
    if extra:
        wid, _, wt, scale = EXTRA_WORKS[(day, n)]
    else:
        wid, wt, scale = default_work(lesson), WT_OU, "mark5"
    mid = 2260325488564000000 + (lesson["id"] % 100000) * 10 + PUPILS.index(p) + (5 if extra else 0)
    mood = "NotSet" if scale == "mark100" else {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]
    return {**ids(mid), "type": scale, "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": wid, "work_str": str(wid), "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": stamp or f"{day}T{BELLS[n][0][:2]}:2{n}:1{n}.48", "workType": wt, "mood": mood,
            "use_avg_calc": scale != "mark100"}


def marks_range(a, b, june=False):
    out = []
    for m in MARKS:
        key = (m[0], m[1], m[2])
        if not a <= m[0] <= b or (june and key == DELETED) or (not june and key == LATE):
            continue
        out.append(mark_obj(m))
    return out


def log_range(a, b):
    return [{"person": p[0], "person_str": str(p[0]), "lesson": lesson_id(day, n), "lesson_str": str(lesson_id(day, n)),
             "comment": c, "status": st, "createdDate": f"{day}T{BELLS[n][0][:2]}:4{n}:0{n}.2"}
            for day, n, p, st, c in LOG if a <= day <= b]


def rpg():
    rid = 1000009630091
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
         "year": 2026} for pid, a, b, n, t, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable():
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def fm_id(kind, p, subject):
    return 2260325488564500000 + {"q": 0, "y": 1, "e": 2, "f": 3}[kind] * 100000 + PUPILS.index(p) * 1000 + \
        FINAL_SUBJECTS.index(subject)


def fm_work(kind, subject):
    return 2260325488564400000 + {"q": 0, "y": 1, "e": 2, "f": 3}[kind] * 100 + FINAL_SUBJECTS.index(subject)


FM_WT = {"q": WT_Q, "y": WT_Y, "e": WT_EXAM, "f": WT_FIN}
FM_DATE = {"q": "2027-05-24T15:10:00.3", "y": "2027-05-25T16:02:11.9", "e": "2027-06-04T12:00:00",
           "f": "2027-06-21T11:30:00.5"}


def final_mark(kind, p, subject, value, date=None):
    w = fm_work(kind, subject)
    return {**ids(fm_id(kind, p, subject)), "type": "mark5", "value": value, "textValue": value, "person": p[0],
            "person_str": str(p[0]), "work": w, "work_str": str(w), "lesson": None, "lesson_str": None, "number": 0,
            "date": date or FM_DATE[kind], "workType": FM_WT[kind],
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": False}


def group_final_marks():
    """edu-groups/{g}/final-marks (§3.13): per pupil and reporting period, the hyphenated keys."""
    out = []
    for p in PUPILS:
        for rp, kind, idx in ((Q4, "q", 0), (YEAR, "y", 1)):
            out.append({"person": p[0], "person_str": str(p[0]), "group": G, "group_str": str(G),
                        "reportingPeriod": rp, "reportingPeriod_str": str(rp), "per-subject-final-marks": [
                            {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                             "final-mark": final_mark(kind, p, s, FINALS[p][s][idx])} for s in FINAL_SUBJECTS]})
    return out


def fm_works(kinds):
    out = []
    for kind in kinds:
        for s in FINAL_SUBJECTS:
            if kind == "e" and s not in ("Русский язык", "Алгебра"):
                continue
            wtype, ptype, pnum = {"q": ("PeriodMark", "Quarter", 4), "y": ("PeriodMark", "Year", 1),
                                  "e": ("Exam", None, None), "f": ("PeriodFinalMark", "Year", 1)}[kind]
            out.append({**ids(fm_work(kind, s)), "type": wtype, "workType": FM_WT[kind], "markType": "mark5",
                        "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
                        "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "", "periodNumber": pnum,
                        "periodType": ptype, "subjectId": SUBJECTS[s][0], "isImportant": kind in "ef",
                        "targetDate": None, "sentDate": None, "createdBy": teacher_of(s)[0], "files": [],
                        "oneDriveLinks": []})
    return out


def allfinalmarks(p, stage):
    """persons/{p}/edu-groups/{g}/allfinalmarks (§3.13): {marks, works, subjects, workTypes}. stage: 1 = the main
    exam days' results (06-05), 2 = after the appeal and the reserve day (06-16), 3 = with the итоговые (06-22)."""
    marks = []
    for s in FINAL_SUBJECTS:
        q, y, e, f = FINALS[p][s]
        marks += [final_mark("q", p, s, q), final_mark("y", p, s, y)]
        if e is not None:
            if p is DANIIL and stage == 1:
                pass  # admitted late: sits the reserve day (06-10), no exam mark yet
            elif p is POLINA and s == "Русский язык" and stage == 1:
                marks.append(final_mark("e", p, s, APPEAL_BEFORE))
            elif p is POLINA and s == "Русский язык":
                marks.append(final_mark("e", p, s, e, "2027-06-15T17:40:00"))
            elif p is DANIIL:
                marks.append(final_mark("e", p, s, e, "2027-06-15T12:00:00"))
            else:
                marks.append(final_mark("e", p, s, e))
        if stage == 3:
            marks.append(final_mark("f", p, s, f))
    works = fm_works("qye" + ("f" if stage == 3 else ""))
    used = {m["work"] for m in marks}
    return {"marks": marks, "works": [w for w in works if w["id"] in used],
            "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None} for s in FINAL_SUBJECTS],
            "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k in (
                "PeriodMark", "Exam", "PeriodFinalMark"), "isImportant": k in ("Exam", "LessonExamination"),
                           "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES]}


def avg_marks():
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
        for s, v in AVERAGES[p].items()]} for p in PUPILS]


def week_pull(a, b, state, stamp, marks_from=None, june=False):
    """One evening pull: the group's marks over Monday..Sunday, lessons Monday..Saturday, log entries."""
    base = dt.datetime.fromisoformat(stamp)
    at = [(base + dt.timedelta(minutes=i)).isoformat() for i in range(4)]
    sunday = b + dt.timedelta(days=1)
    mf = marks_from or a
    return [rec(f"GET /v2/edu-groups/{G}/marks/{mf}/{sunday}", marks_range(mf, sunday, june), at[0]),
            rec(f"GET /v2/edu-groups/{G}/lessons/{a}/{b}", lessons_range(a, b, state, at[1][:16]), at[1]),
            rec(f"GET /v2/lesson-log-entries/group/{G}?from={a}&to={sunday}", log_range(a, sunday), at[2])]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МБОУ «Гимназия № 63»",
                                     "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 63» городского округа Самара",
                                     "avatarSmall": None, "city": "Самара", "municipality": "г.о. Самара",
                                     "regionId": 63, "markType": "mark5", "timeZone": 4, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "63."}, "2027-05-09T20:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2027-05-09T20:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [{**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group",
                                                 "name": "9Б", "fullName": "", "parallel": 9, "timetable": TT,
                                                 "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
                                                 "educationType": "Regular", "subjects": [],
                                                 "journaltype": "Default"}], "2027-05-09T20:00:40"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], "2027-05-09T20:01:00"),
        rec(f"GET /v2/persons/{T_MATH[0]}", person(T_MATH), "2027-05-09T20:01:10"),
        rec(f"GET /v2/persons/{T_RUS[0]}", person(T_RUS), "2027-05-09T20:01:11"),
        rec(f"GET /v2/persons/{T_SCI[0]}", person(T_SCI), "2027-05-09T20:01:12"),
        rec(f"GET /v2/persons/{T_HUM[0]}", person(T_HUM), "2027-05-09T20:01:13"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), "2027-05-09T20:01:30"),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [POLINA]), "2027-05-09T20:02:00"),
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [DANIIL]), "2027-05-09T20:02:10"),
        rec(f"GET /v2/edu-groups/{G}/reporting-periods", rpg()["reportingPeriods"], "2027-05-09T20:02:20"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2027-05-09T20:02:30"),
    ]
    w1, w2, w3 = (D(2027, 5, 10), D(2027, 5, 15)), (D(2027, 5, 17), D(2027, 5, 22)), (D(2027, 5, 24), D(2027, 5, 29))
    steps = [
        ("1. reference data: school, work types (a mock ОГЭ's own), 9Б, bells, parents, periods with the year, the "
         "May holidays (Sun 2027-05-09 20:00)", [setup]),
        ("2. week of 05-10 as planned (Monday 05-10 is the Victory Day holiday) (Sun 2027-05-09 20:05)",
         [[rec(f"GET /v2/edu-groups/{G}/lessons/{w1[0]}/{w1[1]}", lessons_range(*w1, "plan", "2027-05-09T20:05"),
               "2027-05-09T20:05:00")]]),
        ("3. week of 05-10 evening pull: the mock ОГЭ in mathematics and the mock in Russian scored in points "
         "(Fri 2027-05-14 19:00)", [week_pull(*w1, "plan", "2027-05-14T19:00:00")]),
        ("4. week of 05-17 as planned (Sun 2027-05-16 20:05)",
         [[rec(f"GET /v2/edu-groups/{G}/lessons/{w2[0]}/{w2[1]}", lessons_range(*w2, "plan", "2027-05-16T20:05"),
               "2027-05-16T20:05:00")]]),
        ("5. week of 05-17 evening pull: the final test (Fri 2027-05-21 19:00)",
         [week_pull(*w2, "plan", "2027-05-21T19:00:00")]),
        ("6. the last week as planned: Monday and Tuesday, five lessons each (Sun 2027-05-23 20:05)",
         [[rec(f"GET /v2/edu-groups/{G}/lessons/{w3[0]}/{w3[1]}", lessons_range(*w3, "plan", "2027-05-23T20:05"),
               "2027-05-23T20:05:00")]]),
        ("7. the last bell (Tue 2027-05-25 19:00): lessons 4-5 gone for the ceremony; then the quarter and year "
         "marks and the journal's quarter averages (Wed 05-26 09:00)",
         [week_pull(*w3, "done", "2027-05-25T19:00:00"),
          [rec(f"GET /v2/edu-groups/{G}/final-marks", group_final_marks(), "2027-05-26T09:00:00"),
           rec(f"GET /v2/edu-groups/{G}/avg-marks/2027-03-31/2027-05-25", avg_marks(), "2027-05-26T09:01:00")]]),
        ("8. June re-pull after the last lesson (Wed 2027-06-02 08:30): Даниил's «2» in Физика removed, Полина's "
         "Информатика mark of 05-21 entered on 06-01",
         [[*week_pull(w2[0], w3[1], "done", "2027-06-02T08:30:00", june=True),
           rec(f"GET /v2/persons/{POLINA[0]}/schools/{S}/marks/2027-05-24/2027-05-30",
               [m for m in marks_range(D(2027, 5, 24), D(2027, 5, 30), True) if m["person"] == POLINA[0]],
               "2027-06-02T08:34:00"),
           rec(f"GET /v2/edu-groups/{G}/final-marks", group_final_marks(), "2027-06-02T08:35:00"),
           rec(f"GET /v2/edu-groups/{G}/avg-marks/2027-03-31/2027-05-25", avg_marks(), "2027-06-02T08:36:00")]]),
        ("9. ОГЭ results of the main days (Sat 2027-06-05 10:00): Даниил, admitted late, has none yet",
         [[rec(f"GET /v2/persons/{p[0]}/edu-groups/{G}/allfinalmarks", allfinalmarks(p, 1), f"2027-06-05T10:0{i}:00")
           for i, p in enumerate(PUPILS)]]),
        ("10. after the appeal and the reserve day (Wed 2027-06-16 18:00)",
         [[rec(f"GET /v2/persons/{p[0]}/edu-groups/{G}/allfinalmarks", allfinalmarks(p, 2), f"2027-06-16T18:0{i}:00")
           for i, p in enumerate(PUPILS)]]),
        ("11. the итоговые marks for the аттестат (Tue 2027-06-22 09:00), and the group's final marks again",
         [[*[rec(f"GET /v2/persons/{p[0]}/edu-groups/{G}/allfinalmarks", allfinalmarks(p, 3),
                 f"2027-06-22T09:0{i}:00") for i, p in enumerate(PUPILS)],
           rec(f"GET /v2/edu-groups/{G}/final-marks", group_final_marks(), "2027-06-22T09:05:00")]]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МБОУ «Гимназия № 63» (Самара, UTC+4), 9Б, the exam spring of 2027: May holidays, mock ОГЭ, "
                       "the last bell, quarter, year, exam (appealed; a pupil admitted late) and итоговые marks, "
                       "answers pulled in June.",
        "school": {"timezone": "Europe/Samara", "name": "МБОУ «Гимназия № 63»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
