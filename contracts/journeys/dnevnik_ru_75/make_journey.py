"""Write journey.json: «Гимназия № 75» (Москва, UTC+3), Dnevnik.ru, class 7Б over two school weeks
(2026-11-16..11-27), in which the journal deletes, re-creates and moves lessons after marks, attendance and homework
were entered on them:

* Mon 11-16 #2 Русский язык: deleted on Tuesday and created again under a new id (topic corrected), the marks
  re-entered under new mark ids (Тимур's 3 re-entered as 4) and Ксения's absence re-logged as a late arrival;
* Wed 11-18 #5 История: a lesson of another class created in 7Б's journal by mistake; marks, an absence and a
  homework entered on it; deleted on Friday morning;
* Thu 11-19 #3 Физика: Тимур's absence logged, Дарья marked, then the lesson moved to Friday #5 (same id);
* Tue 11-24 #2 Биология: cancelled (deleted) on the morning; its homework, planned on Sunday, moved to the next
  Биология lesson (Thu 11-26 #4) with a new due date.

Answers are pulled before and after each change, through group ranges and per-lesson endpoints (lessons/{l},
lessons/{l}/marks, lessons/{l}/log-entries, works?lesson=), and some are delivered out of pull order (a sync job's
retries): `pulled_at` decides. Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002750075
G = 2260325488575100071  # 7Б (19 digits, §1)
TT = 1000006750071
WT_OU, WT_SR, WT_KR, WT_DZ = 2751, 2752, 2753, 2754
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
]
SUBJECTS = {
    "Алгебра": (1000003750001, "Математика"), "Русский язык": (1000003750002, "Филология"),
    "История": (1000003750003, "Общественные науки"), "Английский язык": (1000003750004, "Филология"),
    "Физика": (1000003750005, "Естествознание"), "Биология": (1000003750006, "Естествознание"),
    "География": (1000003750007, "Естествознание"),
}
# persons: (person id, user id, last, first, middle, sex)
DASHA = (1000012750101, 1000011750101, "Соколова", "Дарья", "Алексеевна", "Female")
TIMUR = (1000012750102, 1000011750102, "Ильин", "Тимур", "Артёмович", "Male")
KSENIA = (2260325488575300103, 2260325488575400103, "Белова", "Ксения", "Романовна", "Female")
PUPILS = [DASHA, TIMUR, KSENIA]
IRINA = (1000012750901, 1000011750901, "Соколова", "Ирина", "Викторовна", "Female")
ARTEM = (1000012750902, 1000011750902, "Ильин", "Артём", "Сергеевич", "Male")
T_KRY = (1000012750950, 1000011750950, "Крылов", "Андрей", "Викторович", "Male")
T_ORL = (1000012750951, 1000011750951, "Орлова", "Марина", "Сергеевна", "Female")
T_ZAI = (1000012750952, 1000011750952, "Зайцева", "Елена", "Павловна", "Female")
T_MIL = (1000012750953, 1000011750953, "Миллер", "Анна", "Юрьевна", "Female")
T_KOV = (1000012750954, 1000011750954, "Ковалёва", "Татьяна", "Игоревна", "Female")
TEACHER = {"Алгебра": T_KRY, "Физика": T_KRY, "Русский язык": T_ORL, "История": T_ZAI, "География": T_ZAI,
           "Английский язык": T_MIL, "Биология": T_KOV}

WEEKDAY = [  # 7Б's timetable by weekday (0 = Monday), subjects by lesson number 1..4
    ["Алгебра", "Русский язык", "История", "Английский язык"],
    ["Физика", "Биология", "Алгебра", "Русский язык"],
    ["Русский язык", "Алгебра", "Английский язык", "География"],
    ["Алгебра", "Русский язык", "Физика", "Биология"],
    ["История", "Алгебра", "Английский язык", "Русский язык"],
]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
TOPICS = {
    "Алгебра": ["Степень с натуральным показателем", "Свойства степени", "Умножение и деление степеней",
                "Одночлены", "Стандартный вид одночлена", "Умножение одночленов", "Многочлены",
                "Сложение и вычитание многочленов", "Подготовка к контрольной работе",
                "Контрольная работа № 3 «Степени и одночлены»"],
    "Русский язык": ["Причастный оборот", "Знаки препинания при причастном обороте",
                     "Действительные и страдательные причастия", "Краткие страдательные причастия",
                     "Н и НН в суффиксах причастий", "Н и НН в суффиксах причастий (закрепление)",
                     "Морфологический разбор причастия", "Слитное и раздельное написание НЕ с причастиями",
                     "Повторение темы «Причастие»"],
    "История": ["Смутное время: причины", "Лжедмитрий I", "Семибоярщина", "Народное ополчение"],
    "Английский язык": ["Unit 3. Talking about the past", "Past Simple vs Past Continuous", "Unit 3. Reading",
                        "Irregular verbs: revision", "Unit 3. Writing a story", "Unit 3. Test yourself"],
    "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Давление в жидкости"],
    "Биология": ["Тип Кольчатые черви", "Класс Многощетинковые черви", "Тип Моллюски", "Брюхоногие моллюски"],
    "География": ["Климат Африки", "Природные зоны Африки"],
}
HW_TEXT = {  # (day, number) -> homework text; due at the subject's next lesson
    (D(2026, 11, 16), 1): "№ 412, 415 (а, б)",
    (D(2026, 11, 16), 3): "§ 12, вопросы 1–4 на с. 98",
    (D(2026, 11, 17), 3): "№ 430, 433",
    (D(2026, 11, 17), 4): "Упр. 184",
    (D(2026, 11, 18), 1): "Упр. 190, выучить правило на с. 86",
    (D(2026, 11, 19), 1): "№ 451, 452, 455",
    (D(2026, 11, 20), 4): "Упр. 201 (письменно)",
    (D(2026, 11, 23), 1): "№ 470 (а–г), 472",
    (D(2026, 11, 23), 2): "Упр. 215",
    (D(2026, 11, 24), 3): "Подготовиться к контрольной работе: № 480–485",
    (D(2026, 11, 25), 4): "§ 22, контурная карта «Природные зоны Африки»",
    (D(2026, 11, 26), 2): "Упр. 230, словарные слова на с. 121",
    (D(2026, 11, 27), 2): "Работа над ошибками контрольной работы",
}
DAYS = [D(2026, 11, 16) + dt.timedelta(days=i) for i in range(12) if (D(2026, 11, 16) + dt.timedelta(days=i)).weekday() < 5]

# the changes (Moscow wall clock, as the journal keeps it, §2)
A_DELETED = "2026-11-17T11:00"  # Mon #2 Русский язык deleted ...
A2_CREATED = "2026-11-17T11:05"  # ... and created again under a new id
X_CREATED, X_DELETED = "2026-11-18T12:25", "2026-11-20T08:10"  # the История lesson entered by mistake
M_MOVED = "2026-11-20T09:00"  # Thu #3 Физика moved to Fri #5
C_DELETED, WC_MOVED = "2026-11-24T08:00", "2026-11-24T08:05"  # Tue #2 Биология cancelled; its homework moved
WC_CREATED = "2026-11-22T19:40"  # the Биология homework was planned on Sunday evening


def ids(n):
    return {"id": n, "id_str": str(n)}


# --- the journal's lessons ---------------------------------------------------------------------------------------
LESSONS = {}  # key -> lesson dict
_seq = {"lesson": 0, "topic": {}}


def new_lesson(key, day, number, subject, title=None, exists=("", "9999")):
    _seq["lesson"] += 1
    if title is None:
        i = _seq["topic"].get(subject, 0)
        _seq["topic"][subject] = i + 1
        title = TOPICS[subject][i]
    LESSONS[key] = {"key": key, "id": 2260325488575700000 + _seq["lesson"] * 7, "subject": subject, "day": day,
                    "number": number, "title": title, "exists": exists}
    return LESSONS[key]


for day in DAYS:
    for n, subject in enumerate(WEEKDAY[day.weekday()], start=1):
        key = (day, n)
        if key == (D(2026, 11, 16), 2):
            new_lesson("A", day, n, subject, "Причастный оброт", exists=("", A_DELETED))  # typo in the topic
        else:
            new_lesson(key, day, n, subject)
    if day == D(2026, 11, 18):
        new_lesson("X", day, 5, "История", "Смутное время: причины (7А)", exists=(X_CREATED, X_DELETED))
LESSONS[(D(2026, 11, 24), 2)]["exists"] = ("", C_DELETED)
LESSONS["C"] = LESSONS.pop((D(2026, 11, 24), 2))
new_lesson("A2", D(2026, 11, 16), 2, "Русский язык", "Причастный оборот", exists=(A2_CREATED, "9999"))
M = LESSONS[(D(2026, 11, 19), 3)]
C2 = LESSONS[(D(2026, 11, 26), 4)]


def alive(lesson, t):
    return lesson["exists"][0] <= t < lesson["exists"][1]


def placed(lesson, t):
    """(day, number) of the lesson as the journal has it at t."""
    if lesson is M and t >= M_MOVED:
        return D(2026, 11, 20), 5
    return lesson["day"], lesson["number"]


def start(lesson, t):
    day, n = placed(lesson, t)
    return f"{day}T{BELLS[n][0]}:00"


def default_work(lesson):
    return lesson["id"] + 1


def test_work(lesson):
    return lesson["id"] + 2


def hw_work(lesson):
    return lesson["id"] + 3


TEST_LESSON = LESSONS[(D(2026, 11, 27), 2)]  # Алгебра, контрольная работа № 3

def next_lesson_day(subject, day):
    """The day of the subject's next lesson in the weekly timetable (the homework's due date)."""
    while True:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and subject in WEEKDAY[day.weekday()]:
            return day


# homework works: work id -> (set-at lesson as of t, due as of t, text, created)
HOMEWORK = {}
for lesson in list(LESSONS.values()):
    text = HW_TEXT.get((lesson["day"], lesson["number"])) if isinstance(lesson["key"], tuple) else None
    if text:
        HOMEWORK[hw_work(lesson)] = {"text": text, "created": f"{lesson['day']}T14:{10 + lesson['number']}",
                                     "states": [("", lesson, next_lesson_day(lesson["subject"], lesson["day"]))]}
X = LESSONS["X"]
HOMEWORK[hw_work(X)] = {"text": "§ 14, вопросы 1–3 на с. 112", "created": "2026-11-18T12:40",
                        "states": [("", X, D(2026, 11, 20))]}
C = LESSONS["C"]
HOMEWORK[hw_work(C)] = {"text": "§ 19, ответить письменно на вопросы 1–4 на с. 87", "created": WC_CREATED,
                        "states": [("", C, D(2026, 11, 26)), (WC_MOVED, C2, D(2026, 12, 1))]}


def hw_state(w, t):
    """(lesson, due) of homework work w at t, or None when it does not exist (not yet, or its lesson deleted)."""
    h = HOMEWORK[w]
    if t < h["created"]:
        return None
    lesson, due = [(l, d) for since, l, d in h["states"] if since <= t][-1]
    return (lesson, due) if alive(lesson, t) else None


def works_of(lesson, t):
    """The lesson's works at t (§3.2): its default work, a test work, and the homework set at it."""
    subj = SUBJECTS[lesson["subject"]][0]
    day, _ = placed(lesson, t)
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": TEACHER[lesson["subject"]][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{day}T00:00:00", "sentDate": None, **common}]
    if lesson is TEST_LESSON:
        out.append({**ids(test_work(lesson)), "type": "LessonTestWork", "workType": WT_KR, "markType": "mark5",
                    "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [],
                    "text": "Контрольная работа № 3", "isImportant": True, "targetDate": f"{day}T00:00:00",
                    "sentDate": None, **common})
    for w in sorted(HOMEWORK):
        st = hw_state(w, t)
        if st and st[0] is lesson:
            due = st[1]
            tasks = [{**ids(2260325488575900000 + (w % 100000) * 10 + i), "person": p[0], "person_str": str(p[0]),
                      "work": w, "work_str": str(w), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                     for i, p in enumerate(PUPILS)]
            out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                        "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": HOMEWORK[w]["text"],
                        "isImportant": False, "targetDate": f"{due}T00:00:00",
                        "sentDate": HOMEWORK[w]["created"] + ":05.3", **common})
    return out


def entity_lesson(lesson, t):
    """A lesson as lessons/{l} and the group ranges return it (§3.4, §8.2)."""
    subj_id, area = SUBJECTS[lesson["subject"]]
    day, n = placed(lesson, t)
    s = start(lesson, t)
    teacher = TEACHER[lesson["subject"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": s, "number": n,
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": G, "status": "Planned" if t < s[:16] else "Conducted", "resultPlaceId": 0,
            "works": works_of(lesson, t), "teachers": [teacher], "teachers_str": [str(teacher)]}


def lessons_at(t, a, b):
    return sorted((l for l in LESSONS.values() if alive(l, t) and a <= placed(l, t)[0] <= b),
                  key=lambda l: placed(l, t))


# --- marks and attendance ----------------------------------------------------------------------------------------
# (mark id, lesson key, pupil, value, work kind, entered at, deleted at)
MARKS = []


def mark(lesson_key, pupil, value, at, kind="default", until="9999"):
    MARKS.append((2260325488576000000 + len(MARKS) * 13 + 1, lesson_key, pupil, value, kind, at, until))


mark((D(2026, 11, 16), 1), DASHA, "4", "2026-11-16T08:58:12.31")
mark((D(2026, 11, 16), 1), KSENIA, "5", "2026-11-16T09:02:40.7")
mark("A", DASHA, "5", "2026-11-16T09:58:03.44", until=A_DELETED)
mark("A", TIMUR, "3", "2026-11-16T10:01:19.2", until=A_DELETED)
mark((D(2026, 11, 16), 3), TIMUR, "4", "2026-11-16T11:05:51.06")
mark((D(2026, 11, 17), 1), DASHA, "5", "2026-11-17T09:07:33.9")
mark("A2", DASHA, "5", "2026-11-17T11:09:14.52")  # re-entered under new ids on Tuesday for Monday's lesson
mark("A2", TIMUR, "4", "2026-11-17T11:09:40.1")
mark((D(2026, 11, 17), 4), KSENIA, "4", "2026-11-17T12:14:02.35")
mark((D(2026, 11, 18), 2), TIMUR, "3", "2026-11-18T10:02:26.8")
mark("X", DASHA, "4", "2026-11-18T12:51:08.17", until=X_DELETED)
mark("X", TIMUR, "5", "2026-11-18T12:51:31.6", until=X_DELETED)
mark((D(2026, 11, 19), 3), DASHA, "4", "2026-11-19T11:08:45.93")  # the Физика lesson moved to Friday
mark((D(2026, 11, 19), 4), KSENIA, "5", "2026-11-19T12:11:17.4")
mark((D(2026, 11, 20), 1), TIMUR, "5", "2026-11-20T09:09:55.21")
mark((D(2026, 11, 20), 4), DASHA, "3", "2026-11-20T12:15:36.6")
mark((D(2026, 11, 23), 3), DASHA, "5", "2026-11-23T11:10:12.05")
mark((D(2026, 11, 23), 3), TIMUR, "4", "2026-11-23T11:12:44.8")
mark((D(2026, 11, 25), 1), KSENIA, "3", "2026-11-25T09:11:27.3")
mark((D(2026, 11, 25), 4), TIMUR, "5", "2026-11-25T12:16:09.74")
mark((D(2026, 11, 26), 4), DASHA, "4", "2026-11-26T12:17:50.5")  # Биология, the lesson the homework moved to
mark((D(2026, 11, 27), 2), DASHA, "4", "2026-11-27T15:40:21.6", kind="test")
mark((D(2026, 11, 27), 2), TIMUR, "3", "2026-11-27T15:41:02.18", kind="test")
mark((D(2026, 11, 27), 2), KSENIA, "5", "2026-11-27T15:41:37.9", kind="test")

# (lesson key, pupil, status, comment, created, deleted at)
LOG = [
    ("A", KSENIA, "Absent", "", "2026-11-16T09:26:10.4", A_DELETED),
    ("A2", KSENIA, "Late", "опоздала на 15 минут", "2026-11-17T11:10:27.08", "9999"),
    ((D(2026, 11, 17), 1), DASHA, "Ill", "справка", "2026-11-17T08:31:55.6", "9999"),
    ("X", KSENIA, "Absent", "", "2026-11-18T12:33:41.2", X_DELETED),
    ((D(2026, 11, 19), 3), TIMUR, "Absent", "без уважительной причины", "2026-11-19T10:32:03.41", "9999"),
    ((D(2026, 11, 23), 1), TIMUR, "Pass", "соревнования по плаванию", "2026-11-23T08:30:40.5", "9999"),
    ((D(2026, 11, 26), 4), KSENIA, "Ill", "ОРВИ", "2026-11-26T11:36:12.9", "9999"),
]


def mark_obj(m, t):
    mid, key, p, value, kind, at, _ = m
    lesson = LESSONS[key]
    work, wt = (test_work(lesson), WT_KR) if kind == "test" else (default_work(lesson), WT_OU)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": work, "work_str": str(work), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "number": 0, "date": at, "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def marks_at(t, lessons):
    return [mark_obj(m, t) for m in MARKS if m[5][:16] <= t < m[6] and LESSONS[m[1]] in lessons]


def log_obj(e):
    key, p, status, comment, created, _ = e
    lesson = LESSONS[key]
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": created}


def logs_at(t, lessons):
    return [log_obj(e) for e in LOG if e[4][:16] <= t < e[5] and LESSONS[e[0]] in lessons]


# --- answers -----------------------------------------------------------------------------------------------------
def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def flat_lesson(lesson, t):
    e = entity_lesson(lesson, t)
    _, n = placed(lesson, t)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": n, "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Основное здание", "place": "", "floor": "",
            "hours": f"{BELLS[n][0]} - {BELLS[n][1]}", "works": [w["id"] for w in e["works"]],
            "teachers": e["teachers"]}


def lessons_range(a, b, t):
    return rec(f"GET /v2/edu-groups/{G}/lessons/{a}/{b}", [entity_lesson(l, t) for l in lessons_at(t[:16], a, b)], t)


def marks_range(a, b, t):
    return rec(f"GET /v2/edu-groups/{G}/marks/{a}/{b}", marks_at(t[:16], lessons_at(t[:16], a, b)), t)


def log_range(a, b, t):
    return rec(f"GET /v2/lesson-log-entries/group/{G}?from={a}&to={b}", logs_at(t[:16], lessons_at(t[:16], a, b)), t)


def homework_range(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set at a lesson of the range (every one of them due
    within it too, so the answer is the same whichever date the journal selects by)."""
    tt = t[:16]
    works, lessons, subjects, teachers = [], [], {}, {}
    for w in sorted(HOMEWORK):
        st = hw_state(w, tt)
        if not st or not a <= placed(st[0], tt)[0] <= b:
            continue
        assert st[1] <= b, (w, st[1], b)
        lesson = st[0]
        works += [x for x in works_of(lesson, tt) if x["id"] == w]
        if lesson["id"] not in [x["id"] for x in lessons]:
            lessons.append(flat_lesson(lesson, tt))
        subjects[lesson["subject"]] = {"id": SUBJECTS[lesson["subject"]][0], "name": lesson["subject"],
                                       "knowledgeAreaId": None}
        teachers[TEACHER[lesson["subject"]][0]] = person(TEACHER[lesson["subject"]])
    return rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={a}&endDate={b}",
               {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
                "teachers": list(teachers.values())}, t)


def lesson_get(lesson, t):
    assert alive(lesson, t[:16])
    return rec(f"GET /v2/lessons/{lesson['id']}", entity_lesson(lesson, t[:16]), t)


def lesson_marks(lesson, t):
    return rec(f"GET /v2/lessons/{lesson['id']}/marks", marks_at(t[:16], [lesson]), t)


def lesson_log(lesson, t):
    return rec(f"GET /v2/lessons/{lesson['id']}/log-entries", logs_at(t[:16], [lesson]), t)


def lesson_works(lesson, t):
    return rec(f"GET /v2/works?lesson={lesson['id']}", works_of(lesson, t[:16]), t)


def group_obj():
    return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7Б", "fullName": "",
            "parallel": 7, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "Гимназия № 75", "type": "School",
                                                           "groupIds": [G]}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": 1000006750100 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


PERIODS = [(1000007750001, "2026-09-01", "2026-10-24", 1, "1 четверть"),
           (1000007750002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007750003, "2027-01-11", "2027-03-20", 3, "3 четверть"),
           (1000007750004, "2027-03-30", "2027-05-26", 4, "4 четверть")]


def rpg():
    rid = 1000009750071
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": 1000008750001, "reportingPeriodGroupId": rid, "dateStart": "2026-10-25T00:00:00",
                      "dateFinish": "2026-11-04T00:00:00", "name": "Осенние каникулы", "description": ""},
                     {"id": 1000008750002, "reportingPeriodGroupId": rid, "dateStart": "2026-12-28T00:00:00",
                      "dateFinish": "2027-01-10T00:00:00", "name": "Зимние каникулы", "description": ""}]}


def clock(base):
    """Successive pull times from base, one minute apart (the job's requests)."""
    t = dt.datetime.fromisoformat(base)
    while True:
        yield t.isoformat()
        t += dt.timedelta(minutes=1)


def main():
    d = D
    setup_t = clock("2026-11-15T20:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "Гимназия № 75",
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Гимназия № 75»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, next(setup_t)),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], next(setup_t)),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj()], next(setup_t)),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], next(setup_t)),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), next(setup_t)),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [DASHA]), next(setup_t)),
        rec(f"GET /v2/users/{ARTEM[1]}/context", context(ARTEM, [TIMUR]), next(setup_t)),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), next(setup_t)),
        lessons_range(d(2026, 11, 16), d(2026, 11, 21), next(setup_t)),
    ]
    mon, tue, wed, thu, fri = (d(2026, 11, 16 + i) for i in range(5))
    # Monday evening: the day's ranges and the Русский язык lesson's own answers
    t = clock("2026-11-16T19:00:00")
    monday = [lessons_range(mon, mon, next(t)), marks_range(mon, mon, next(t)), log_range(mon, mon, next(t)),
              lesson_get(LESSONS["A"], next(t)), lesson_marks(LESSONS["A"], next(t)), lesson_log(LESSONS["A"], next(t))]
    # Tuesday 12:30: the lesson re-created, marks re-entered under new ids
    t = clock("2026-11-17T12:30:00")
    tuesday = [lessons_range(mon, tue, next(t)), marks_range(mon, tue, next(t)), log_range(mon, tue, next(t)),
               lesson_get(LESSONS["A2"], next(t)), lesson_marks(LESSONS["A2"], next(t)),
               lesson_log(LESSONS["A2"], next(t)), lesson_works(LESSONS["A2"], next(t)),
               homework_range(mon, d(2026, 11, 20), next(t))]
    # Wednesday evening: the История lesson entered by mistake, with marks, an absence and homework
    t = clock("2026-11-18T19:00:00")
    wednesday = [lessons_range(wed, wed, next(t)), marks_range(wed, wed, next(t)), log_range(wed, wed, next(t)),
                 homework_range(wed, d(2026, 11, 20), next(t)), lesson_get(X, next(t)), lesson_marks(X, next(t)),
                 lesson_log(X, next(t)), lesson_works(X, next(t))]
    # Thursday evening: Физика #3 with Тимур's absence and Дарья's mark
    t = clock("2026-11-19T19:00:00")
    thursday = [lessons_range(thu, thu, next(t)), marks_range(thu, thu, next(t)), log_range(thu, thu, next(t)),
                lesson_log(M, next(t))]
    # Friday evening: the week again; the mistaken lesson gone, Физика moved to Friday #5
    t = clock("2026-11-20T19:00:00")
    sun = d(2026, 11, 22)
    friday = [marks_range(mon, sun, next(t)), lessons_range(mon, d(2026, 11, 21), next(t)),
              log_range(mon, sun, next(t)), homework_range(mon, d(2026, 11, 24), next(t)),
              lesson_get(M, next(t)), lesson_marks(M, next(t)), lesson_log(M, next(t)), lesson_works(M, next(t)),
              log_range(thu, thu, next(t)),  # Thursday alone, pulled after the move: the absence left it
              lessons_range(thu, thu, next(t))]
    # week 2 as planned on Sunday evening (the Биология homework planned at Tuesday's lesson)
    t = clock("2026-11-22T20:05:00")
    w2a, w2b = d(2026, 11, 23), d(2026, 11, 28)
    sunday = [lessons_range(w2a, w2b, next(t)), homework_range(w2a, d(2026, 11, 29), next(t)),
              lesson_works(C, next(t))]
    # Tuesday 10:30: Биология #2 cancelled, its homework moved to Thursday's Биология
    t = clock("2026-11-24T10:30:00")
    tuesday2 = [lessons_range(w2a, w2b, next(t)), lesson_get(C2, next(t)), lesson_works(C2, next(t)),
                homework_range(w2a, d(2026, 12, 2), next(t))]
    # Friday evening of week 2
    t = clock("2026-11-27T19:00:00")
    sun2 = d(2026, 11, 29)
    friday2 = [marks_range(w2a, sun2, next(t)), lessons_range(w2a, w2b, next(t)), log_range(w2a, sun2, next(t)),
               homework_range(w2a, d(2026, 12, 2), next(t)), lesson_marks(C2, next(t)), lesson_log(C2, next(t)),
               lesson_works(C2, next(t))]
    steps = [
        ("1. reference data, bells, periods, parents, week 1 as planned (Sun 2026-11-15 20:00)", [setup]),
        ("2. Monday evening: Русский язык #2 with marks and Ксения's absence (Mon 2026-11-16 19:00)", [monday]),
        ("3. Tuesday 12:30: Monday's Русский язык deleted and created again under a new id, marks re-entered; "
         "then the job's retry of Monday's per-lesson answers (pulled Monday) arrives", [tuesday, monday[3:6]]),
        ("4. Wednesday evening: an История lesson of 7А entered in 7Б's journal by mistake, with marks, an absence "
         "and homework (Wed 2026-11-18 19:00)", [wednesday]),
        ("5. Thursday evening: Физика #3, Тимур absent (Thu 2026-11-19 19:00)", [thursday]),
        ("6. Friday evening: the mistaken lesson deleted, Физика moved to Friday #5; then retries of Wednesday's "
         "and Thursday's answers arrive (Fri 2026-11-20 19:00)",
         [friday, [wednesday[4], wednesday[5], wednesday[6], wednesday[7], wednesday[0], wednesday[3], thursday[0],
                   thursday[3]]]),
        ("7. week 2 as planned, the Биология homework planned at Tuesday #2 (Sun 2026-11-22 20:05)", [sunday]),
        ("8. Tuesday 10:30: Биология #2 cancelled, its homework moved to Thursday #4; then Sunday's answers "
         "arrive again (a retry)", [tuesday2, sunday]),
        ("9. Friday evening of week 2 (Fri 2026-11-27 19:00)", [friday2]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "Гимназия № 75 (Москва), 7Б, 2026-11-16..11-27: lessons the journal deletes, re-creates "
                       "under a new id, moves to another day or cancels after marks, attendance and homework were "
                       "entered on them; answers pulled before and after each change, through group ranges and "
                       "per-lesson endpoints, some delivered out of pull order.",
        "school": {"timezone": "Europe/Moscow", "name": "Гимназия № 75"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
