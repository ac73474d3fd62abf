"""Write journey.json: «ГБОУ Школа № 67» (Москва, UTC+3), Dnevnik.ru, 6Б's whole first quarter of 2026/27 as a
careful integrator pulls it at low density: one weekly pull of every endpoint family over nine weeks
(2026-08-31..11-01: the class's lessons, marks and attendance ranges, the homework bundle, the roster), the
autumn break in the middle (2026-10-05..10-11, a modular year), the quarter close (quarter marks and the journal's
averages), re-pulls of earlier weeks that differ (corrections), a pupil arriving in week 4 and one leaving in
week 7. Standard library only; deterministic; every value invented. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002670067
G = 2260325488567100062  # 6Б, an id above 2^53 (§1)
TT = 1000006670062
RPG = 1000009670062
Q1, Q2 = 1000007670001, 1000007670002
WT_OU, WT_SR, WT_KR, WT_DZ, WT_PM = 2671, 2672, 2673, 2674, 2679
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PM, "PeriodMark", "Четвертная отметка", "ЧО", 1),
]
SUBJECTS = {
    "Русский язык": (1000003670001, "Филология"), "Математика": (1000003670002, "Математика"),
    "История": (1000003670003, "Общественные науки"), "Биология": (1000003670004, "Естествознание"),
    "Английский язык": (1000003670005, "Филология"),
}
# persons: (person id, user id, last, first, middle, sex)
DASHA = (1000012670601, 1000011670601, "Миронова", "Дарья", "Сергеевна", "Female")
ARTEM = (1000012670602, 1000011670602, "Кузнецов", "Артём", "Игоревич", "Male")
VERA = (2260325488567300603, 2260325488567400603, "Соколова", "Вера", "Павловна", "Female")  # leaves, week 7
ILYA = (1000012670604, 1000011670604, "Лебедев", "Илья", "Андреевич", "Male")  # arrives, week 4
PUPILS = [DASHA, ARTEM, VERA, ILYA]
OLGA = (1000012670901, 1000011670901, "Миронова", "Ольга", "Викторовна", "Female")
ANNA = (1000012670902, 1000011670902, "Лебедева", "Анна", "Николаевна", "Female")
PAVEL = (1000012670903, 1000011670903, "Соколов", "Павел", "Андреевич", "Male")
T_KOV = (1000012670950, 1000011670950, "Ковалёва", "Елена", "Викторовна", "Female")
T_ORL = (1000012670951, 1000011670951, "Орлов", "Сергей", "Николаевич", "Male")
T_BEL = (1000012670952, 1000011670952, "Белова", "Марина", "Юрьевна", "Female")
T_SMI = (1000012670953, 1000011670953, "Смирнова", "Ирина", "Олеговна", "Female")
TEACHER = {"Русский язык": T_KOV, "Математика": T_ORL, "История": T_BEL, "Биология": T_BEL,
           "Английский язык": T_SMI}

WEEKDAY = [["Математика", "Русский язык", "История"],
           ["Русский язык", "Английский язык", "Биология"],
           ["Математика", "Русский язык", "Английский язык"],
           ["Математика", "История", "Биология"],
           ["Русский язык", "Математика", "Английский язык"]]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15")}
TOPICS = {
    "Русский язык": ["Повторение изученного в 5 классе", "Орфограммы в корнях слов", "Правописание приставок",
                     "Буквы ы и и после приставок", "Гласные в приставках пре- и при-", "Соединительные гласные о и е",
                     "Морфемный разбор слова", "Словообразование", "Сложные и сложносокращённые слова",
                     "Разносклоняемые имена существительные", "Несклоняемые существительные",
                     "Род несклоняемых существительных", "Имена существительные общего рода",
                     "Не с существительными", "Буквы ч и щ в суффиксе -чик (-щик)",
                     "Гласные в суффиксах -ек и -ик", "Гласные о и е после шипящих в суффиксах",
                     "Имя прилагательное как часть речи", "Степени сравнения прилагательных",
                     "Разряды прилагательных по значению", "Качественные прилагательные",
                     "Относительные прилагательные", "Притяжательные прилагательные",
                     "Контрольный диктант за I четверть", "Работа над ошибками"],
    "Математика": ["Делители и кратные", "Признаки делимости на 10, 5 и 2", "Признаки делимости на 9 и 3",
                   "Простые и составные числа", "Разложение на простые множители", "Наибольший общий делитель",
                   "Взаимно простые числа", "Наименьшее общее кратное", "Основное свойство дроби",
                   "Сокращение дробей", "Приведение дробей к общему знаменателю", "Сравнение дробей",
                   "Сложение и вычитание дробей с разными знаменателями", "Решение задач на дроби",
                   "Сложение и вычитание смешанных чисел", "Контрольная работа № 1", "Умножение дробей",
                   "Нахождение дроби от числа", "Применение распределительного свойства умножения",
                   "Взаимно обратные числа", "Деление дробей", "Нахождение числа по его дроби",
                   "Дробные выражения", "Контрольная работа № 2", "Анализ контрольной работы"],
    "История": ["Что изучает история Средних веков", "Образование варварских королевств", "Королевство франков",
                "Империя Карла Великого", "Феодальная раздробленность", "Англия в раннее Средневековье",
                "Византия при Юстиниане", "Культура Византии", "Возникновение ислама", "Арабский халифат",
                "Средневековая деревня", "Повторение: раннее Средневековье"],
    "Биология": ["Биология — наука о живом", "Методы изучения живой природы", "Увеличительные приборы",
                 "Строение клетки", "Химический состав клетки", "Жизнедеятельность клетки", "Ткани растений",
                 "Ткани животных", "Органы цветкового растения", "Корень и его функции", "Побег и почки",
                 "Обобщение по теме «Клетка»"],
    "Английский язык": ["My summer holidays", "Back to school", "My family tree", "Family members and jobs",
                        "Present Simple: revision", "My home", "Rooms and furniture", "Prepositions of place",
                        "My neighbourhood", "Shopping for food", "Some and any", "Countable nouns",
                        "Test: Units 1-2", "At the café", "Revision"],
}
TOPIC_FIX = ("Сокращение дробей", "Сокращение дробей. Несократимые дроби")  # C2: week 3, corrected

D = dt.date
BREAK = (D(2026, 10, 5), D(2026, 10, 11))  # осенние каникулы (модульный год)
MONDAYS = [D(2026, 8, 31) + dt.timedelta(days=7 * i) for i in range(9)]
ARRIVES = D(2026, 9, 24)  # Илья's first day in 6Б (Thursday of week 4)
LEAVES_AFTER = D(2026, 10, 14)  # Вера's last day in 6Б (Wednesday of week 7)


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled, request_body=None):
    out = {"request": request, "body": body, "pulled_at": pulled + "+03:00"}
    if request_body is not None:
        out["request_body"] = request_body
    return out


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj():
    return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
            "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def in_class(p, day):
    if p is ILYA:
        return day >= ARRIVES
    if p is VERA:
        return day <= LEAVES_AFTER
    return True


# --- the quarter's lessons -----------------------------------------------------------------------------------
LESSONS = []  # dicts: id, day, number, subject, topic, index
_count = {s: 0 for s in SUBJECTS}
_day = D(2026, 9, 1)
while _day <= D(2026, 10, 30):
    if _day.weekday() < 5 and not BREAK[0] <= _day <= BREAK[1]:
        for n, subject in enumerate(WEEKDAY[_day.weekday()], start=1):
            topic = TOPICS[subject][_count[subject] % len(TOPICS[subject])]
            _count[subject] += 1
            LESSONS.append({"id": 2260325488567700000 + len(LESSONS) * 7 + 3, "day": _day, "number": n,
                            "subject": subject, "topic": topic, "index": len(LESSONS)})
    _day += dt.timedelta(days=1)


def lesson_of(day, number):
    return next(l for l in LESSONS if l["day"] == day and l["number"] == number)


def default_work(lesson):
    return lesson["id"] + 40000000


def hw_work(lesson):
    return lesson["id"] + 80000000


def work_type_of(lesson):
    if "Контрольн" in lesson["topic"] or lesson["topic"].startswith("Test"):
        return WT_KR
    return WT_SR if lesson["index"] % 7 == 4 else WT_OU


# marks: (pupil, lesson index) -> value; a pupil gets a mark at some lessons, only while in the class
VALUES = ["5", "4", "4-", "5", "3", "4+", "5-", "4", "3+", "5"]
MARKS = {}
for lesson in LESSONS:
    for j, p in enumerate(PUPILS):
        if (lesson["index"] * 4 + 7 * j) % 9 == 0 and in_class(p, lesson["day"]):
            MARKS[(p[0], lesson["index"])] = VALUES[(lesson["index"] + j) % len(VALUES)]
# C1: week 2 re-pulled in week 4: Дарья's «3» at lesson k became «4» (same mark id), Артём's mark at lesson m gone
C1_CHANGED = next(i for (pid, i) in sorted(MARKS, key=lambda k: k[1]) if pid == DASHA[0]
                  and MONDAYS[1] <= LESSONS[i]["day"] < MONDAYS[2])
C1_DELETED = next(i for (pid, i) in sorted(MARKS, key=lambda k: k[1]) if pid == ARTEM[0]
                  and MONDAYS[1] <= LESSONS[i]["day"] < MONDAYS[2])
MARKS[(DASHA[0], C1_CHANGED)] = "3"  # as first pulled
C1_NEW_VALUE = "4"
# C5: a mark entered late for week 8 (Tuesday's Биология, Дарья), first seen in the week-9 re-pull
C5 = (DASHA[0], lesson_of(D(2026, 10, 20), 3)["index"], "5")

ATTENDANCE = {  # (pupil, day, number) -> (status, comment)
    (DASHA[0], D(2026, 9, 9), 2): ("Late", "опоздала на 10 минут"),
    (ARTEM[0], D(2026, 9, 15), 1): ("Ill", "ОРВИ"),
    (ARTEM[0], D(2026, 9, 15), 2): ("Ill", "ОРВИ"),
    (ARTEM[0], D(2026, 9, 15), 3): ("Ill", "ОРВИ"),
    (VERA[0], D(2026, 9, 17), 1): ("Pass", "соревнования, приказ № 112"),
    (DASHA[0], D(2026, 9, 22), 1): ("Absent", ""),  # C3: corrected to Ill «справка» in week 5
    (DASHA[0], D(2026, 9, 22), 2): ("Absent", ""),
    (ILYA[0], D(2026, 9, 25), 3): ("Late", "автобус"),
    (DASHA[0], D(2026, 10, 1), 3): ("Attend", ""),
    (VERA[0], D(2026, 10, 2), 1): ("Absent", ""),
    (ILYA[0], D(2026, 10, 15), 1): ("Pass", "олимпиада по математике"),
    (DASHA[0], D(2026, 10, 21), 2): ("Ill", "справка"),
    (ILYA[0], D(2026, 10, 27), 3): ("Absent", ""),
    (DASHA[0], D(2026, 10, 29), 1): ("Late", "пробка на Профсоюзной"),
}
C3 = [(DASHA[0], D(2026, 9, 22), 1), (DASHA[0], D(2026, 9, 22), 2)]
for (_pid, _day, _n), (_status, _) in ATTENDANCE.items():  # no mark for a pupil missing the lesson
    if _status in ("Absent", "Ill", "Pass"):
        MARKS.pop((_pid, lesson_of(_day, _n)["index"]), None)

HW_TEXT = {
    "Русский язык": ["Упр. {n} (письменно)", "Выучить правило на с. {p}, упр. {n}", "Словарные слова, с. {p}"],
    "Математика": ["№ {n}, {m} (а, б)", "№ {n}; повторить п. {q}", "№ {n}-{m}"],
    "История": ["§ {q}, вопросы 1-4 на с. {p}", "§ {q}, пересказ"],
    "Биология": ["§ {q}, зарисовать клетку в тетради", "§ {q}, вопросы после параграфа"],
    "Английский язык": ["Ex. {q}, p. {p} (write)", "Learn the words, p. {p}"],
}
HOMEWORK = {}  # lesson index -> (text, due date)
for lesson in LESSONS:
    if lesson["index"] % 5 == 2:
        nxt = next((l for l in LESSONS if l["subject"] == lesson["subject"] and l["day"] > lesson["day"]), None)
        if nxt is None:
            continue
        forms = HW_TEXT[lesson["subject"]]
        text = forms[lesson["index"] % len(forms)].format(n=100 + lesson["index"] * 3, m=102 + lesson["index"] * 3,
                                                           p=20 + lesson["index"], q=1 + lesson["index"] // 5)
        HOMEWORK[lesson["index"]] = (text, nxt["day"])
# C4: a homework of week 7 re-worded, first pull vs the week-8 re-pull
C4 = next(i for i in sorted(HOMEWORK) if MONDAYS[6] <= LESSONS[i]["day"] < MONDAYS[7])
C4_OLD = HOMEWORK[C4][0]
C4_NEW = C4_OLD + "; подготовиться к самостоятельной работе"


def works_of(lesson, hw_text=None):
    subj = SUBJECTS[lesson["subject"]][0]
    teacher = TEACHER[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 1, "periodType": "Quarter", "subjectId": subj, "createdBy": teacher, "files": [],
              "oneDriveLinks": []}
    wt = work_type_of(lesson)
    kind = {WT_OU: "DefaultNewLessonWork", WT_SR: "CommonWork", WT_KR: "LessonTestWork"}[wt]
    out = [{**ids(default_work(lesson)), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": wt == WT_KR,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    if lesson["index"] in HOMEWORK:
        text, due = HOMEWORK[lesson["index"]]
        text = hw_text or text
        pupils = [p for p in PUPILS if in_class(p, lesson["day"])]  # §3.6: the tasks name the pupils of that day
        tasks = [{**ids(hw_work(lesson) * 0 + 2260325488568000000 + lesson["index"] * 10 + PUPILS.index(p)),
                  "person": p[0], "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                  "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for p in pupils]
        out.append({**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5",
                    "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text,
                    "isImportant": False, "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:07.4", **common})
    return out


def entity_lesson(lesson, pulled, topic_fixed=True, hw_text=None):
    subj_id, area = SUBJECTS[lesson["subject"]]
    topic = lesson["topic"]
    if topic == TOPIC_FIX[0] and topic_fixed:
        topic = TOPIC_FIX[1]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": topic, "date": f"{lesson['day']}T{start}:00", "number": lesson["number"],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": G, "status": "Conducted" if pulled > str(lesson["day"]) else "Planned", "resultPlaceId": 0,
            "works": works_of(lesson, hw_text), "teachers": [TEACHER[lesson["subject"]][0]],
            "teachers_str": [str(TEACHER[lesson["subject"]][0])]}


def in_range(lesson, a, b):
    return a <= lesson["day"] <= b


def lessons_range(a, b, pulled, topic_fixed):
    return [entity_lesson(l, pulled, topic_fixed) for l in LESSONS if in_range(l, a, b)]


def mark_obj(pid, index, value):
    lesson = LESSONS[index]
    j = [p[0] for p in PUPILS].index(pid)
    wt = work_type_of(lesson)
    h, mnt = BELLS[lesson["number"]][0].split(":")
    return {**ids(2260325488569000000 + index * 10 + j), "type": "mark5", "value": value, "textValue": value,
            "person": pid, "person_str": str(pid), "work": default_work(lesson), "work_str": str(default_work(lesson)),
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{lesson['day']}T{h}:{int(mnt) + 20 + j:02d}:1{j}.{37 + index}", "workType": wt,
            "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"),
            "use_avg_calc": True}


def marks_range(a, b, corrected=False, late=False):
    out = []
    for (pid, i), value in sorted(MARKS.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if not in_range(LESSONS[i], a, b):
            continue
        if corrected and i == C1_DELETED and pid == ARTEM[0]:
            continue
        if corrected and i == C1_CHANGED and pid == DASHA[0]:
            value = C1_NEW_VALUE
        out.append(mark_obj(pid, i, value))
    if late and in_range(LESSONS[C5[1]], a, b):
        out.append(mark_obj(*C5))
    return out


def log_range(a, b, corrected=False):
    out = []
    for (pid, day, n), (status, comment) in sorted(ATTENDANCE.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        if not a <= day <= b:
            continue
        if corrected and (pid, day, n) in C3:
            status, comment = "Ill", "справка из поликлиники"
        lesson = lesson_of(day, n)
        out.append({"person": pid, "person_str": str(pid), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
                    "comment": comment, "status": status,
                    "createdDate": f"{day}T{BELLS[n][0][:2]}:4{n}:0{n}.{n}5"})
    return out


def flat_lesson(lesson, entity):
    return {"id": lesson["id"], "title": entity["title"], "date": entity["date"], "number": lesson["number"],
            "subjectId": SUBJECTS[lesson["subject"]][0], "status": entity["status"], "resultPlaceId": 0,
            "building": "Основное здание", "place": "214", "floor": "2",
            "hours": " - ".join(BELLS[lesson["number"]]), "works": [w["id"] for w in entity["works"]],
            "teachers": [TEACHER[lesson["subject"]][0]]}


def homework_bundle(a, b, pulled, reworded=False):
    works, lessons, teachers, subjects = [], [], {}, {}
    for lesson in LESSONS:
        if lesson["index"] not in HOMEWORK or not in_range(lesson, a, b):
            continue
        text = C4_NEW if reworded and lesson["index"] == C4 else None
        entity = entity_lesson(lesson, pulled, hw_text=text)
        works += [w for w in entity["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(lesson, entity))
        t = TEACHER[lesson["subject"]]
        teachers[t[0]] = person(t)
        subjects[lesson["subject"]] = {"id": SUBJECTS[lesson["subject"]][0], "name": lesson["subject"],
                                       "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def roster(on):
    """POST edu-groups (§3.8): the group with its pupils and their membershipstatus as of that day."""
    students = []
    for p in PUPILS:
        if p is ILYA and on < ARRIVES:
            continue
        status = "Archive" if p is VERA and on > LEAVES_AFTER else "Active"
        students.append({"person": person(p), "membershipstatus": status})
    return [{"group": group_obj(), "students": students}]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "ГБОУ Школа № 67", "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]} for c in children],
            "splitId": None}


def rpg():
    return {"id": RPG, "reportingPeriods": [
        {**ids(Q1), "start": "2026-09-01T00:00:00", "finish": "2026-10-30T00:00:00", "number": 1, "type": "Quarter",
         "name": "1 четверть", "year": 2026},
        {**ids(Q2), "start": "2026-11-09T00:00:00", "finish": "2026-12-27T00:00:00", "number": 2, "type": "Quarter",
         "name": "2 четверть", "year": 2026}],
        "holidays": [{"id": 1000008670001, "reportingPeriodGroupId": RPG, "dateStart": "2026-10-05T00:00:00",
                      "dateFinish": "2026-10-11T00:00:00", "name": "Осенние каникулы",
                      "description": "Модульный график: первые осенние каникулы"},
                     {"id": 1000008670002, "reportingPeriodGroupId": RPG, "dateStart": "2026-10-31T00:00:00",
                      "dateFinish": "2026-11-08T00:00:00", "name": "Каникулы после I четверти",
                      "description": ""}]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


FINALS = {  # pupil -> subject -> quarter mark (first pull); Вера left before the close and has none
    DASHA[0]: {"Русский язык": "5", "Математика": "4", "История": "5", "Биология": "5", "Английский язык": "4"},
    ARTEM[0]: {"Русский язык": "3", "Математика": "4", "История": "4", "Биология": "4", "Английский язык": "3"},
    ILYA[0]: {"Русский язык": "4", "Математика": "5", "История": "4", "Биология": "5", "Английский язык": "4"},
}
FINAL_FIX = (DASHA[0], "Математика", "5")  # the pedagogical council's correction, re-pulled on 11-02


def final_marks(fixed):
    out = []
    for pid, subjects in FINALS.items():
        j = [p[0] for p in PUPILS].index(pid)
        per = []
        for k, (subject, value) in enumerate(subjects.items()):
            if fixed and (pid, subject) == FINAL_FIX[:2]:
                value = FINAL_FIX[2]
            sid = SUBJECTS[subject][0]
            per.append({"subject": sid, "subject_str": str(sid), "final-mark": {
                **ids(2260325488569900000 + j * 10 + k), "type": "mark5", "value": value, "textValue": value,
                "person": pid, "person_str": str(pid), "work": 2260325488569800000 + k,
                "work_str": str(2260325488569800000 + k), "lesson": None, "lesson_str": None, "number": 0,
                "date": f"2026-10-30T16:{10 + k}:2{j}.5", "workType": WT_PM,
                "mood": "Good" if value in "45" else "Average", "use_avg_calc": False}})
        out.append({"person": pid, "person_str": str(pid), "group": G, "group_str": str(G), "reportingPeriod": Q1,
                    "reportingPeriod_str": str(Q1), "per-subject-final-marks": per})
    return out


def avg_marks():
    """edu-groups/{g}/avg-marks/{from}/{to} (§3.13): the journal's own averages, a string per subject."""
    out = []
    for pid in FINALS:
        per = []
        for subject, (sid, _) in SUBJECTS.items():
            vals = [int(v[0]) + (0.25 if v[1:] == "+" else -0.25 if v[1:] == "-" else 0)
                    for (p, i), v in MARKS.items() if p == pid and LESSONS[i]["subject"] == subject]
            if not vals:
                continue
            per.append({"subject": sid, "subject_str": str(sid), "avg-mark-value": f"{sum(vals) / len(vals):.2f}"})
        out.append({"person": pid, "person_str": str(pid), "per-subject-averages": per})
    return out


def week_pull(w, stamp, extra=()):
    """One weekly pull: roster, the class's lessons Mon..Sat, marks and log entries Mon..Sun, homework Mon..Sun."""
    monday = MONDAYS[w]
    saturday, sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    base = dt.datetime.fromisoformat(stamp)
    t = [(base + dt.timedelta(minutes=i)).isoformat() for i in range(12)]
    on = base.date()
    out = [
        rec("POST /v2/edu-groups", roster(on), t[0], request_body=[str(G)]),
        rec(f"GET /v2/edu-groups/{G}/lessons/{monday}/{saturday}", lessons_range(monday, saturday, t[1],
                                                                                 topic_fixed=w > 4), t[1]),
        rec(f"GET /v2/edu-groups/{G}/marks/{monday}/{sunday}", marks_range(monday, sunday), t[2]),
        rec(f"GET /v2/lesson-log-entries/group/{G}?from={monday}&to={sunday}", log_range(monday, sunday), t[3]),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
            homework_bundle(monday, sunday, t[4]), t[4]),
    ]
    return out + [rec(r, b, t[5 + i], **kw) for i, (r, b, kw) in enumerate(extra)]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "ГБОУ Школа № 67",
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 67»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, "2026-08-30T19:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": wgt} for i, k, t, ab, wgt in WORK_TYPES], "2026-08-30T19:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj()], "2026-08-30T19:00:40"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), "2026-08-30T19:01:00"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2026-08-30T19:01:20"),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [DASHA]), "2026-08-30T19:01:40"),
        rec(f"GET /v2/users/{PAVEL[1]}/context", context(PAVEL, [VERA]), "2026-08-30T19:02:00"),
    ]
    sat = lambda w: str(MONDAYS[w] + dt.timedelta(days=5))  # noqa: E731
    w2a, w2b = MONDAYS[1], MONDAYS[1] + dt.timedelta(days=6)
    w3a, w3s = MONDAYS[2], MONDAYS[2] + dt.timedelta(days=5)
    w4a, w4b = MONDAYS[3], MONDAYS[3] + dt.timedelta(days=6)
    w7a, w7b = MONDAYS[6], MONDAYS[6] + dt.timedelta(days=6)
    w8a, w8b = MONDAYS[7], MONDAYS[7] + dt.timedelta(days=6)
    steps = [
        ("0. reference data: school, work types, 6Б, bells, periods and holidays, two parents (Sun 2026-08-30)",
         [setup]),
        ("1. week 1 (Tue 09-01..Fri 09-04), pulled Sat 09-05 18:00", [week_pull(0, f"{sat(0)}T18:00:00")]),
        ("2. week 2 (09-07..09-11), pulled Sat 09-12 18:00", [week_pull(1, f"{sat(1)}T18:00:00")]),
        ("3. week 3 (09-14..09-18), pulled Sat 09-19 18:00", [week_pull(2, f"{sat(2)}T18:00:00")]),
        ("4. week 4 (09-21..09-25): Илья arrives on Thursday 09-24, his mother's context; week 2's marks re-pulled "
         "(a mark corrected 3 -> 4, one deleted), pulled Sat 09-26 18:00",
         [week_pull(3, f"{sat(3)}T18:00:00", extra=[
             (f"GET /v2/users/{ANNA[1]}/context", context(ANNA, [ILYA]), {}),
             (f"GET /v2/edu-groups/{G}/marks/{w2a}/{w2b}", marks_range(w2a, w2b, corrected=True), {})])]),
        ("5. week 5 (09-28..10-02); week 3's lessons re-pulled (a topic corrected) and week 4's log entries "
         "(two absences now «Ill» with a certificate), pulled Sat 10-03 18:00",
         [week_pull(4, f"{sat(4)}T18:00:00", extra=[
             (f"GET /v2/edu-groups/{G}/lessons/{w3a}/{w3s}", lessons_range(w3a, w3s, f"{sat(4)}T18:05",
                                                                           topic_fixed=True), {}),
             (f"GET /v2/lesson-log-entries/group/{G}?from={w4a}&to={w4b}", log_range(w4a, w4b, corrected=True),
              {})])]),
        ("6. week 6: the autumn break (10-05..10-11), the weekly pull answers empty ranges, Sun 10-11 18:00",
         [week_pull(5, "2026-10-11T18:00:00")]),
        ("7. week 7 (10-12..10-16): Вера leaves after Wednesday 10-14 (Archive), pulled Sat 10-17 18:00",
         [week_pull(6, f"{sat(6)}T18:00:00")]),
        ("8. week 8 (10-19..10-23); week 7's homework re-pulled (a task re-worded), pulled Sat 10-24 18:00",
         [week_pull(7, f"{sat(7)}T18:00:00", extra=[
             (f"GET /v2/users/me/school/{S}/homeworks?startDate={w7a}&endDate={w7b}",
              homework_bundle(w7a, w7b, f"{sat(7)}T18:05", reworded=True), {})])]),
        ("9. week 9 (10-26..10-30) and the quarter close: week 8's marks re-pulled (a mark entered late), the "
         "periods, the quarter marks and the journal's averages, pulled Sat 10-31 18:00",
         [week_pull(8, f"{sat(8)}T18:00:00", extra=[
             (f"GET /v2/edu-groups/{G}/marks/{w8a}/{w8b}", marks_range(w8a, w8b, late=True), {}),
             (f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), {}),
             (f"GET /v2/edu-groups/{G}/final-marks", final_marks(False), {}),
             (f"GET /v2/edu-groups/{G}/avg-marks/2026-09-01/2026-10-30", avg_marks(), {})])]),
        ("10. the pedagogical council's correction: the final marks re-pulled (Mon 2026-11-02 17:30)",
         [[rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks(True), "2026-11-02T17:30:00")]]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ Школа № 67 (Москва, UTC+3), 6Б, the first quarter 2026-09-01..10-30 pulled weekly: the "
                       "autumn break in the middle, re-pulls that correct earlier weeks, a pupil arriving in week 4 "
                       "and one leaving in week 7, the quarter marks and the journal's averages.",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ Школа № 67"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(n, "records")


if __name__ == "__main__":
    main()
