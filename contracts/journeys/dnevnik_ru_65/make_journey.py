"""Write journey.json: «Гимназия № 65» (Екатеринбург, UTC+5), Dnevnik.ru, class 6Б over two school weeks
(2027-04-05..04-16), pulled by a sync job built on the change-like polling endpoints of §7, as a relay on the
parents' and the class teacher's accounts runs: `users/me/feed?date&childPersonId&limit` per child every evening,
`persons/{p}/group/{g}/recentmarks?fromDate&limit`, `tasks/{personId}/undone`, `works/{w}/marks/histogram`, and the
batch-by-id POSTs (`lessons/many`, `works/many`, `users/many`, `lessons/marks`) to resolve the ids those name; one
full range pull (Saturday 04-10) in between. Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md; the feed's day shape (`date`, `nextWorkingDayDate`, `summary {importantWorks,
markCards, dayEmotion, feedMode}`, `todayHomeworks`, `todaySchedule`, `nextDayHomeworks`, `nextDaySchedule`,
`logEntries`) and `limit` as a number of days are those of the public client models of §10 items 4 and 6.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002650065
G = 2260325488565100062  # 6Б, a 19-digit id (§1)
TT = 1000006650062
RPG = 1000009650062

WT_OU, WT_SR, WT_KR, WT_DZ, WT_SOCH, WT_PR = 6501, 6502, 6503, 6504, 6505, 6506
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_SOCH, "LessonComposition", "Сочинение", "СОЧ", 2),
    (WT_PR, "LaboratoryWork", "Практическая работа", "ПР", 2),
]
WT = {w[0]: w for w in WORK_TYPES}
SUBJECTS = {
    "Русский язык": (1000003650001, "Филология"), "Математика": (1000003650002, "Математика"),
    "История": (1000003650003, "Общественные науки"), "Английский язык": (1000003650004, "Филология"),
    "Физическая культура": (1000003650005, "Физическая культура"), "Биология": (1000003650006, "Естествознание"),
    "Литература": (1000003650007, "Филология"), "Музыка": (1000003650008, "Искусство"),
    "География": (1000003650009, "Естествознание"), "Технология": (1000003650010, "Технология"),
    "Обществознание": (1000003650011, "Общественные науки"),
    "Изобразительное искусство": (1000003650012, "Искусство"),
}

# persons: (person id, user id, last, first, middle, sex)
ALISA = (1000012650101, 1000011650101, "Соколова", "Алиса", "Максимовна", "Female")
TIMA = (1000012650102, 1000011650102, "Ильин", "Тимофей", "Артёмович", "Male")
POLINA = (2260325488565300103, 2260325488565400103, "Захарова", "Полина", "Сергеевна", "Female")
PUPILS = [ALISA, TIMA, POLINA]
MARINA = (1000012650901, 1000011650901, "Соколова", "Марина", "Викторовна", "Female")
ARTYOM = (1000012650902, 1000011650902, "Ильин", "Артём", "Олегович", "Male")
T_PETR = (1000012650950, 1000011650950, "Петрова", "Ирина", "Викторовна", "Female")  # class teacher
T_KUZ = (1000012650951, 1000011650951, "Кузнецов", "Андрей", "Павлович", "Male")
T_BEL = (1000012650952, 1000011650952, "Белова", "Светлана", "Игоревна", "Female")
T_HAR = (1000012650953, 1000011650953, "Харитонова", "Дарья", "Олеговна", "Female")
T_GUS = (1000012650954, 1000011650954, "Гусев", "Роман", "Николаевич", "Male")
T_LAV = (1000012650955, 1000011650955, "Лаврова", "Нина", "Степановна", "Female")
T_MEL = (1000012650956, 1000011650956, "Мельникова", "Елена", "Юрьевна", "Female")
TEACHERS = [T_PETR, T_KUZ, T_BEL, T_HAR, T_GUS, T_LAV, T_MEL]
TEACHER_OF = {"Русский язык": T_PETR, "Литература": T_PETR, "Математика": T_KUZ, "История": T_BEL,
              "Обществознание": T_BEL, "Английский язык": T_HAR, "Физическая культура": T_GUS,
              "Биология": T_LAV, "География": T_LAV, "Музыка": T_MEL, "Технология": T_MEL,
              "Изобразительное искусство": T_MEL}

WEEKDAY = [  # 6Б's timetable by weekday (0 = Monday), lessons 1..5
    ["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"],
    ["Математика", "Русский язык", "Биология", "Литература", "Музыка"],
    ["Русский язык", "Математика", "География", "Английский язык", "Технология"],
    ["Математика", "Литература", "Обществознание", "Биология", "Физическая культура"],
    ["Русский язык", "Математика", "Английский язык", "История", "Изобразительное искусство"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15")}
TOPICS = {
    "Русский язык": ["Причастие как часть речи", "Причастный оборот", "Действительные и страдательные причастия",
                     "Краткие и полные причастия", "Правописание -н- и -нн- в причастиях",
                     "Деепричастие как часть речи", "Деепричастный оборот", "Контрольный диктант по теме «Причастие»"],
    "Математика": ["Сложение и вычитание обыкновенных дробей", "Умножение дробей", "Деление дробей",
                   "Нахождение дроби от числа", "Подготовка к контрольной работе",
                   "Контрольная работа № 7 «Действия с обыкновенными дробями»", "Анализ контрольной работы",
                   "Отношения", "Пропорции", "Основное свойство пропорции"],
    "История": ["Русь при Ярославе Мудром", "Культура Древней Руси", "Политическая раздробленность на Руси",
                "Владимиро-Суздальское княжество"],
    "Английский язык": ["My favourite hobby", "Present Perfect: affirmative", "Present Perfect: questions",
                        "Reading: «The Secret Garden»", "Travelling by train", "Writing a postcard"],
    "Физическая культура": ["Лёгкая атлетика: бег 60 м", "Прыжок в длину с разбега", "Метание мяча",
                            "Эстафетный бег"],
    "Биология": ["Строение листа", "Практическая работа «Строение клеток кожицы лука»", "Фотосинтез",
                 "Практическая работа «Испарение воды листьями»"],
    "Литература": ["А. П. Платонов «Неизвестный цветок»", "Сочинение «Мой любимый герой»",
                   "В. Г. Распутин «Уроки французского»: знакомство с рассказом",
                   "Нравственные проблемы рассказа «Уроки французского»"],
    "Музыка": ["Образы природы в музыке", "Симфоническая картина"],
    "География": ["Атмосфера и её строение", "Температура воздуха"],
    "Технология": ["Ручные швы", "Машинные швы"],
    "Обществознание": ["Человек и его деятельность", "Учение — деятельность школьника"],
    "Изобразительное искусство": ["Пейзаж настроения", "Городской пейзаж"],
}

WEEK1 = [D(2027, 4, 5) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [D(2027, 4, 12) + dt.timedelta(days=i) for i in range(5)]
SCHOOL_DAYS = WEEK1 + WEEK2


def ids(n):
    return {"id": n, "id_str": str(n)}


def at(stamp):
    return stamp + "+05:00"


def rec(request, body, pulled, request_body=None):
    out = {"request": request, "body": body, "pulled_at": at(pulled)}
    if request_body is not None:
        out["request_body"] = request_body
    return out


def plan():
    out, count = {}, {}
    for day in SCHOOL_DAYS:
        for n, subject in enumerate(WEEKDAY[day.weekday()], 1):
            i = count.get(subject, 0)
            count[subject] = i + 1
            lid = 2260325488565500000 + (day - D(2027, 1, 1)).days * 10 + n
            out[lid] = {"id": lid, "day": day, "number": n, "subject": subject, "title": TOPICS[subject][i],
                        "teacher": TEACHER_OF[subject], "start": BELLS[n][0]}
    return out


LESSONS = plan()


def lesson_at(day, n):
    return next(l for l in LESSONS.values() if l["day"] == day and l["number"] == n)


def next_working(day):
    nxt = day + dt.timedelta(days=1)
    while nxt.weekday() >= 5:
        nxt += dt.timedelta(days=1)
    return nxt


# --- works (§3.2): each lesson's default work, plus the works set on some lessons ---------------------------------
def default_work_id(lesson):
    return 2260325488565600000 + lesson["id"] % 100000


EXTRA_WORKS = {}  # work id -> {lesson, type, wt, text, due, sent (local stamp), important}


def extra(kind, day, n, wt, text, due, sent, important=False):
    lesson = lesson_at(day, n)
    wid = (2260325488565700000 if kind == "Homework" else 2260325488565800000) + lesson["id"] % 100000
    EXTRA_WORKS[wid] = {"id": wid, "lesson": lesson, "type": kind, "wt": wt, "text": text, "due": due,
                        "sent": sent, "important": important}
    return wid


H1 = extra("Homework", D(2027, 4, 5), 1, WT_DZ, "Упр. 312: выписать причастия, выделить суффиксы", D(2027, 4, 6),
           "2027-04-05T08:35:12.4")
H2 = extra("Homework", D(2027, 4, 5), 2, WT_DZ, "№ 745, 748 (а, б)", D(2027, 4, 6), "2027-04-05T09:27:40.1")
H3 = extra("Homework", D(2027, 4, 6), 3, WT_DZ, "§ 21, ответить на вопросы 1–3 письменно", D(2027, 4, 8),
           "2027-04-06T10:20:03.77")
H4 = extra("Homework", D(2027, 4, 7), 3, WT_DZ, "§ 17; контурная карта, с. 12", D(2027, 4, 14),
           "2027-04-07T10:22:51.9")
H5 = extra("Homework", D(2027, 4, 8), 1, WT_DZ, "Повторить правила действий с дробями; № 801, 803",
           D(2027, 4, 9), "2027-04-08T08:38:00.5")
H6 = extra("Homework", D(2027, 4, 12), 1, WT_DZ, "Упр. 340; словарные слова на с. 97", D(2027, 4, 13),
           "2027-04-12T08:36:44.2")
H7 = extra("Homework", D(2027, 4, 13), 4, WT_DZ, "Прочитать рассказ В. Распутина «Уроки французского» полностью",
           D(2027, 4, 20), "2027-04-13T11:18:09.6")
H8 = extra("Homework", D(2027, 4, 14), 2, WT_DZ, "№ 870–873", D(2027, 4, 15), "2027-04-14T09:28:30.03")
H9 = extra("Homework", D(2027, 4, 15), 2, WT_DZ, "Выучить наизусть отрывок на с. 145 («Я вошёл в класс...»)",
           D(2027, 4, 22), "2027-04-15T09:29:15.8")
W_SOCH = extra("LessonComposition", D(2027, 4, 6), 4, WT_SOCH, "Сочинение «Мой любимый герой»", D(2027, 4, 6),
               "2027-04-06T10:41:00.0")
W_KR = extra("LessonTestWork", D(2027, 4, 9), 2, WT_KR,
             "Контрольная работа № 7 «Действия с обыкновенными дробями»", D(2027, 4, 9), "2027-04-02T15:00:00.0",
             important=True)
W_PR1 = extra("LaboratoryWork", D(2027, 4, 8), 4, WT_PR, "Практическая работа «Строение клеток кожицы лука»",
              D(2027, 4, 8), "2027-04-08T10:41:00.0")
W_PR2 = extra("LaboratoryWork", D(2027, 4, 15), 4, WT_PR, "Практическая работа «Испарение воды листьями»",
              D(2027, 4, 15), "2027-04-15T10:41:00.0")
HOMEWORK_IDS = [H1, H2, H3, H4, H5, H6, H7, H8, H9]
WORK_OF_KIND = {WT_SOCH: W_SOCH, WT_KR: W_KR}


def work_for(lesson, wt):
    for wid, w in EXTRA_WORKS.items():
        if w["lesson"] is lesson and w["wt"] == wt and w["type"] != "Homework":
            return wid
    return default_work_id(lesson)


def work_obj(wid, now, only=None):
    """A Work entity (§3.2) as of `now`; `only` narrows `tasks` to one pupil (a child's own feed)."""
    if wid in EXTRA_WORKS:
        w = EXTRA_WORKS[wid]
        lesson, kind, wt, text, due, sent = w["lesson"], w["type"], w["wt"], w["text"], w["due"], w["sent"]
        important = w["important"]
    else:
        lesson = next(l for l in LESSONS.values() if default_work_id(l) == wid)
        kind, wt, text, due, sent, important = "DefaultNewLessonWork", WT_OU, "", lesson["day"], None, False
    tasks = []
    if kind == "Homework":
        for i, p in enumerate(PUPILS):
            if only is not None and p is not only:
                continue
            done = p is TIMA and wid == H7 and now >= "2027-04-14T19:00"  # Тимофей marks the reading done
            tasks.append({**ids(2260325488565900000 + (wid % 1000000) * 10 + i), "person": p[0],
                          "person_str": str(p[0]), "work": wid, "work_str": str(wid),
                          "status": "Completed" if done else "NotStarted", "targetDate": f"{due}T00:00:00"})
    return {**ids(wid), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": kind != "Homework",
            "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": tasks, "text": text,
            "periodNumber": 4, "periodType": "Quarter", "subjectId": SUBJECTS[lesson["subject"]][0],
            "isImportant": important, "targetDate": f"{due}T00:00:00", "sentDate": sent,
            "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}


def works_of(lesson, now):
    out = [default_work_id(lesson)]
    out += [wid for wid, w in sorted(EXTRA_WORKS.items()) if w["lesson"] is lesson and w["sent"][:16] <= now]
    return out


def lesson_obj(lesson, now):
    """The entity shape (§3.4) as of `now`: every work the lesson holds by then."""
    subj, area = SUBJECTS[lesson["subject"]]
    status = "Conducted" if f"{lesson['day']}T{lesson['start']}" <= now else "Planned"
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subject": {**ids(subj), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": G, "status": status, "resultPlaceId": 0,
            "works": [work_obj(w, now) for w in works_of(lesson, now)],
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


# --- marks (§3.1): (lesson day, number, pupil, work type, [(from local stamp, value)], set stamp, until) ----------
MARKS = []


def mark(day, n, pupil, wt, values, stamp, until=None, mid=None):
    lesson = lesson_at(day, n)
    mid = mid or 2260325488566000000 + (lesson["id"] % 100000) * 10 + PUPILS.index(pupil)
    if isinstance(values, str):
        values = [(stamp[:16], values)]
    MARKS.append({"id": mid, "lesson": lesson, "pupil": pupil, "wt": wt, "values": values, "date": stamp,
                  "until": until})


d = D
mark(d(2027, 4, 5), 1, ALISA, WT_OU, "5", "2027-04-05T08:31:10.2")
mark(d(2027, 4, 5), 2, TIMA, WT_OU, "4", "2027-04-05T09:22:41.53")
mark(d(2027, 4, 5), 3, POLINA, WT_OU, "5", "2027-04-05T10:15:03.1")
mark(d(2027, 4, 5), 4, ALISA, WT_OU, "4", "2027-04-05T11:12:30.0")
mark(d(2027, 4, 5), 4, TIMA, WT_OU, "3", "2027-04-05T11:13:02.47")
# the mark corrected between two feed pulls: «3» on Tuesday's feed, «4» from Wednesday noon (same id)
mark(d(2027, 4, 6), 1, ALISA, WT_OU, [("2027-04-06T08:33", "3"), ("2027-04-07T12:05", "4")], "2027-04-06T08:33:20.9")
mark(d(2027, 4, 6), 1, TIMA, WT_OU, "5", "2027-04-06T08:34:00.66")
mark(d(2027, 4, 6), 2, TIMA, WT_OU, "4", "2027-04-06T09:25:12.3")
mark(d(2027, 4, 6), 3, ALISA, WT_OU, "5", "2027-04-06T10:18:40.0")
# the essays of Tuesday's Литература, checked and entered on Thursday afternoon
mark(d(2027, 4, 6), 4, TIMA, WT_SOCH, "5", "2027-04-08T16:20:11.4")
mark(d(2027, 4, 6), 4, ALISA, WT_SOCH, "4", "2027-04-08T16:21:37.05")
mark(d(2027, 4, 7), 2, TIMA, WT_OU, "3", "2027-04-07T09:20:18.2")
mark(d(2027, 4, 7), 3, ALISA, WT_OU, "5", "2027-04-07T10:19:55.5")
mark(d(2027, 4, 7), 4, POLINA, WT_OU, "4", "2027-04-07T11:10:00.0")
mark(d(2027, 4, 8), 1, ALISA, WT_OU, "5", "2027-04-08T08:30:31.8")
mark(d(2027, 4, 8), 2, ALISA, WT_OU, "5", "2027-04-08T09:21:44.0")
mark(d(2027, 4, 8), 4, TIMA, WT_PR, "4", "2027-04-08T11:15:27.2")
mark(d(2027, 4, 9), 1, TIMA, WT_OU, "5", "2027-04-09T08:29:09.1")
mark(d(2027, 4, 9), 4, ALISA, WT_OU, "5", "2027-04-09T11:10:48.4")
# Friday's контрольная, checked over the weekend: entered Monday 04-12 at 15:00
mark(d(2027, 4, 9), 2, ALISA, WT_KR, "5", "2027-04-12T15:02:10.3")
mark(d(2027, 4, 9), 2, TIMA, WT_KR, "4", "2027-04-12T15:02:31.85")
mark(d(2027, 4, 9), 2, POLINA, WT_KR, "2", "2027-04-12T15:02:50.0")
# week 2
mark(d(2027, 4, 12), 1, TIMA, WT_OU, [("2027-04-12T08:32", "4-"), ("2027-04-13T10:02", "4")], "2027-04-12T08:32:05.7")
mark(d(2027, 4, 12), 1, ALISA, WT_OU, "5", "2027-04-12T08:33:30.0")
mark(d(2027, 4, 12), 2, ALISA, WT_OU, "4", "2027-04-12T09:24:12.9")
mark(d(2027, 4, 12), 3, POLINA, WT_OU, "3", "2027-04-12T10:20:00.4")
mark(d(2027, 4, 13), 1, TIMA, WT_OU, "5", "2027-04-13T08:35:51.0")
mark(d(2027, 4, 13), 1, POLINA, WT_OU, "4", "2027-04-13T08:36:20.1")
mark(d(2027, 4, 13), 3, ALISA, WT_OU, "4", "2027-04-13T10:16:33.3")
mark(d(2027, 4, 14), 1, ALISA, WT_OU, "5", "2027-04-14T08:30:00.5")
mark(d(2027, 4, 14), 3, TIMA, WT_OU, "4", "2027-04-14T10:11:09.9")
mark(d(2027, 4, 14), 3, POLINA, WT_OU, "5", "2027-04-14T10:12:41.0")
mark(d(2027, 4, 14), 5, ALISA, WT_OU, "5", "2027-04-14T12:05:00.0")
mark(d(2027, 4, 15), 1, ALISA, WT_OU, "3", "2027-04-15T08:31:14.2")
mark(d(2027, 4, 15), 1, TIMA, WT_OU, "4", "2027-04-15T08:32:48.6")
mark(d(2027, 4, 15), 4, ALISA, WT_PR, "5", "2027-04-15T11:14:05.0")
# «2» for the practical work entered on Тимофей by mistake (Thursday 11:15), moved to Полина Friday 08:06
mark(d(2027, 4, 15), 4, TIMA, WT_PR, "2", "2027-04-15T11:15:22.7", until="2027-04-16T08:05")
mark(d(2027, 4, 15), 4, POLINA, WT_PR, "2", "2027-04-16T08:06:02.35",
     mid=2260325488566000000 + (lesson_at(d(2027, 4, 15), 4)["id"] % 100000) * 10 + 7)
mark(d(2027, 4, 16), 1, ALISA, WT_OU, "4", "2027-04-16T08:30:40.0")
mark(d(2027, 4, 16), 1, TIMA, WT_OU, "5", "2027-04-16T08:31:22.2")
mark(d(2027, 4, 16), 2, ALISA, WT_OU, "5", "2027-04-16T09:20:00.0")
mark(d(2027, 4, 16), 2, POLINA, WT_OU, "4", "2027-04-16T09:21:10.1")
mark(d(2027, 4, 16), 3, TIMA, WT_OU, "4", "2027-04-16T10:15:35.5")


def mark_live(m, now):
    return m["date"][:16] <= now and (m["until"] is None or now < m["until"])


def mark_obj(m, now):
    value = [v for since, v in m["values"] if since <= now][-1]
    lesson = m["lesson"]
    wid = work_for(lesson, m["wt"])
    return {**ids(m["id"]), "type": "mark5", "value": value, "textValue": value, "person": m["pupil"][0],
            "person_str": str(m["pupil"][0]), "work": wid, "work_str": str(wid), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": m["date"], "workType": m["wt"],
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]], "use_avg_calc": True}


# --- attendance (§3.5): (lesson day, number, pupil, [(from local stamp, status, comment)], createdDate) -----------
LOG = []


def log(day, n, pupil, states, created):
    LOG.append({"lesson": lesson_at(day, n), "pupil": pupil, "states": states, "created": created})


log(d(2027, 4, 5), 1, TIMA, [("2027-04-05T08:12", "Late", "опоздал на 12 минут")], "2027-04-05T08:12:40.3")
# absent on Wednesday morning; the doctor's note came Friday, the entry became Ill
log(d(2027, 4, 7), 1, ALISA, [("2027-04-07T08:05", "Absent", ""), ("2027-04-09T12:30", "Ill", "справка от врача")],
    "2027-04-07T08:05:17.0")
log(d(2027, 4, 8), 3, POLINA, [("2027-04-08T09:50", "Absent", "")], "2027-04-08T09:50:02.81")
log(d(2027, 4, 9), 5, TIMA, [("2027-04-09T11:36", "Pass", "городские соревнования по плаванию")],
    "2027-04-09T11:36:30.5")
log(d(2027, 4, 12), 1, POLINA, [("2027-04-12T08:15", "Late", "приём у врача")], "2027-04-12T08:15:00.9")
log(d(2027, 4, 13), 1, TIMA, [("2027-04-13T08:07", "Late", "")], "2027-04-13T08:07:45.2")
log(d(2027, 4, 15), 1, POLINA, [("2027-04-15T08:02", "Pass", "муниципальная олимпиада по биологии")],
    "2027-04-15T08:02:11.6")
log(d(2027, 4, 15), 5, ALISA, [("2027-04-15T11:37", "Ill", "освобождение от физкультуры")], "2027-04-15T11:37:28.0")


def log_live(e, now):
    return e["created"][:16] <= now


def log_obj(e, now):
    _, status, comment = [s for s in e["states"] if s[0] <= now][-1]
    return {"person": e["pupil"][0], "person_str": str(e["pupil"][0]), "lesson": e["lesson"]["id"],
            "lesson_str": str(e["lesson"]["id"]), "comment": comment, "status": status, "createdDate": e["created"]}


# --- the feed (§7; public client models of §10 items 4, 6) ---------------------------------------------------------
def sched_item(lesson):
    imp = [{"id": WT_KR, "name": "Контрольная работа"}] if any(
        w["important"] and w["lesson"] is lesson for w in EXTRA_WORKS.values()) else []
    return {"lessonId": lesson["id"], "lessonStatus": "Planned", "number": lesson["number"],
            "subjectName": lesson["subject"], "importantWorkTypes": imp}


def hw_item(wid, now, child):
    w = EXTRA_WORKS[wid]
    return {"work": work_obj(wid, now, only=child), "subjectName": w["lesson"]["subject"],
            "workTypeName": WT[w["wt"]][2]}


def feed_day(child, day, now):
    nxt = next_working(day)
    cards = {}
    for m in MARKS:
        if m["pupil"] is child and m["date"][:10] == str(day) and mark_live(m, now):
            lesson = m["lesson"]
            key = (lesson["id"], m["wt"])
            cards.setdefault(key, {"marks": [], "lesson": {"id": lesson["id"], "date": f"{lesson['day']}T{lesson['start']}:00"},
                                   "isImportant": m["wt"] == WT_KR, "subjectName": lesson["subject"],
                                   "subjectId": SUBJECTS[lesson["subject"]][0], "workTypeName": WT[m["wt"]][2]})
            cards[key]["marks"].append(mark_obj(m, now))
    important = [{"work": work_obj(wid, now), "subjectName": w["lesson"]["subject"], "workTypeName": WT[w["wt"]][2]}
                 for wid, w in sorted(EXTRA_WORKS.items())
                 if w["important"] and w["lesson"]["day"] in (day, nxt) and w["sent"][:16] <= now]
    hws = [(wid, w) for wid, w in sorted(EXTRA_WORKS.items()) if w["type"] == "Homework" and w["sent"][:16] <= now]
    school_day = day.weekday() < 5
    return {
        "date": f"{day}T00:00:00", "nextWorkingDayDate": f"{nxt}T00:00:00",
        "summary": {"importantWorks": important, "markCards": list(cards.values()),
                    "dayEmotion": "Good" if cards else "Neutral", "feedMode": "Default"},
        "todayHomeworks": [hw_item(wid, now, child) for wid, w in hws if w["due"] == day],
        "todaySchedule": [sched_item(l) for l in sorted(LESSONS.values(), key=lambda l: l["number"])
                          if l["day"] == day] if school_day else [],
        "nextDayHomeworks": [hw_item(wid, now, child) for wid, w in hws if w["due"] == nxt],
        "nextDaySchedule": [sched_item(l) for l in sorted(LESSONS.values(), key=lambda l: l["number"])
                            if l["day"] == nxt],
        "logEntries": [{"lessonLogEntry": log_obj(e, now), "subjectName": e["lesson"]["subject"],
                        "lessonTitle": e["lesson"]["title"]}
                       for e in LOG if e["pupil"] is child and e["lesson"]["day"] == day and log_live(e, now)],
    }


def feed(child, day, limit, stamp):
    """`users/me/feed?date&childPersonId&limit`: `limit` days up to `date` (the client's `daysLimit`, §10 item 4)."""
    now = stamp[:16]
    days = [day - dt.timedelta(days=i) for i in range(limit - 1, -1, -1)]
    return rec(f"GET /v2/users/me/feed?date={day}&childPersonId={child[0]}&limit={limit}",
               {"days": [feed_day(child, x, now) for x in days]}, stamp)


def lessons_many(day, stamp):
    """`POST lessons/many` for the ids the feed's `nextDaySchedule` named."""
    ls = sorted((l for l in LESSONS.values() if l["day"] == day), key=lambda l: l["number"])
    return rec("POST /v2/lessons/many", [lesson_obj(l, stamp[:16]) for l in ls], stamp,
               request_body=[l["id"] for l in ls])


def works_many(wids, stamp):
    return rec("POST /v2/works/many", [work_obj(w, stamp[:16]) for w in wids], stamp, request_body=list(wids))


def undone(pupil, stamp):
    """`tasks/{personId}/undone` (§3.6, §7): the pupil's tasks not done yet, of homework not yet due."""
    now = stamp[:16]
    out = []
    for wid in HOMEWORK_IDS:
        w = EXTRA_WORKS[wid]
        if w["sent"][:16] > now or str(w["due"]) < now[:10]:
            continue
        task = next(t for t in work_obj(wid, now)["tasks"] if t["person"] == pupil[0])
        if task["status"] != "Completed":
            out.append(task)
    return rec(f"GET /v2/tasks/{pupil[0]}/undone", out, stamp)


def histogram(wid, stamp):
    now = stamp[:16]
    counts = {}
    for m in MARKS:
        if work_for(m["lesson"], m["wt"]) == wid and mark_live(m, now):
            v = mark_obj(m, now)["value"]
            counts[v] = counts.get(v, 0) + 1
    return rec(f"GET /v2/works/{wid}/marks/histogram",
               {"markNumbers": [{"markNumber": 0, "marks": [{"value": v, "count": c}
                                                            for v, c in sorted(counts.items(), reverse=True)]}]},
               stamp)


def lessons_marks(lessons, stamp):
    now = stamp[:16]
    return rec("POST /v2/lessons/marks", [mark_obj(m, now) for m in MARKS if m["lesson"] in lessons and
                                          mark_live(m, now)], stamp,
               request_body={"lessons": [l["id"] for l in lessons]})


def recentmarks(pupil, from_day, limit, stamp):
    """`persons/{p}/group/{g}/recentmarks?fromDate&limit` (§0, §7): the pupil's latest `limit` marks set since
    `fromDate`, with their works, subjects, work types (embedded shape, §3.3), lessons and log entries."""
    now = stamp[:16]
    ms = sorted((m for m in MARKS if m["pupil"] is pupil and mark_live(m, now) and m["date"][:10] >= str(from_day)),
                key=lambda m: m["date"], reverse=True)[:limit]
    lessons = sorted({m["lesson"]["id"]: m["lesson"] for m in ms}.values(), key=lambda l: l["id"])
    wids = sorted({work_for(m["lesson"], m["wt"]) for m in ms})
    logs = [log_obj(e, now) for e in LOG if e["pupil"] is pupil and log_live(e, now)
            and str(from_day) <= str(e["lesson"]["day"])]
    return rec(f"GET /v2/persons/{pupil[0]}/group/{G}/recentmarks?fromDate={from_day}&limit={limit}", {
        "marks": [mark_obj(m, now) for m in ms], "criteriabasedmarks": [],
        "works": [work_obj(w, now) for w in wids],
        "subjects": [{**ids(SUBJECTS[s][0]), "name": s, "knowledgeArea": SUBJECTS[s][1], "fgosSubjectId": None}
                     for s in sorted({l["subject"] for l in lessons})],
        "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                       "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                      for i, k, t, ab, _ in WORK_TYPES if i in {m["wt"] for m in ms}],
        "lessons": [lesson_obj(l, now) for l in lessons], "lessonLogEntries": logs}, stamp)


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": None,
            "login": None, "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
            "firstName": first, "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "locale": "ru-RU", "timezone": "+5:00", "sex": sex, "photoSmall": None, "photoMedium": None,
            "photoLarge": None, "birthday": None, "roles": ["EduStaff"], "phone": None}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Гимназия № 65»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


PERIODS = [(1000007650001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007650002, "2026-11-05", "2026-12-29", 2, "2 четверть"),
           (1000007650003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007650004, "2027-03-31", "2027-05-28", 4, "4 четверть")]
HOLIDAYS = [(1000008650001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008650002, "2026-12-30", "2027-01-11", "Зимние каникулы"),
            (1000008650003, "2027-03-22", "2027-03-30", "Весенние каникулы"),
            (1000008650004, "2027-05-01", "2027-05-03", "Праздничные дни")]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 65»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 65»",
                                     "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                     "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "66."}, "2027-04-04T18:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2027-04-04T18:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [
            {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
             "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
             "educationType": "Regular", "subjects": [], "journaltype": "Default"}], "2027-04-04T18:00:40"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], "2027-04-04T18:01:00"),
        rec(f"GET /v2/edu-groups/{G}/timetables", [
            {"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}], "2027-04-04T18:01:20"),
        rec("POST /v2/users/many", [user(t) for t in TEACHERS], "2027-04-04T18:01:40",
            request_body=[t[1] for t in TEACHERS]),
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [ALISA]), "2027-04-04T18:02:00"),
        rec(f"GET /v2/users/{ARTYOM[1]}/context", context(ARTYOM, [TIMA]), "2027-04-04T18:02:20"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", {"id": RPG, "reportingPeriods": [
            {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
             "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
            "holidays": [{"id": hid, "reportingPeriodGroupId": RPG, "dateStart": f"{a}T00:00:00",
                          "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                         for hid, a, b, name in HOLIDAYS]}, "2027-04-04T18:02:40"),
    ]
    plan_week1 = [rec(f"GET /v2/edu-groups/{G}/lessons/2027-04-05/2027-04-10",
                      [lesson_obj(l, "2027-04-04T18:10") for l in sorted(LESSONS.values(), key=lambda l: l["id"])
                       if l["day"] in WEEK1], "2027-04-04T18:10:00")]

    def evening(day, limits=(2, 2), extra_before=(), extra_after=(), next_lessons=False):
        batch = list(extra_before)
        batch.append(feed(ALISA, day, limits[0], f"{day}T19:30:00"))
        batch.append(feed(TIMA, day, limits[1], f"{day}T19:31:00"))
        if next_lessons:
            batch.append(lessons_many(next_working(day), f"{day}T19:32:00"))
        batch += list(extra_after)
        return batch

    sat = "2027-04-10T10:00"
    full = [rec(f"GET /v2/edu-groups/{G}/marks/2027-04-05/2027-04-10",
                [mark_obj(m, sat) for m in MARKS if m["lesson"]["day"] in WEEK1 and mark_live(m, sat)],
                "2027-04-10T10:00:00"),
            rec(f"GET /v2/lesson-log-entries/group/{G}?from=2027-04-05&to=2027-04-10",
                [log_obj(e, sat) for e in LOG if e["lesson"]["day"] in WEEK1 and log_live(e, sat)],
                "2027-04-10T10:01:00"),
            rec(f"GET /v2/edu-groups/{G}/lessons/2027-04-05/2027-04-10",
                [lesson_obj(l, sat) for l in sorted(LESSONS.values(), key=lambda l: l["id"]) if l["day"] in WEEK1],
                "2027-04-10T10:02:00")]
    bio = lesson_at(D(2027, 4, 15), 4)
    steps = [
        ("1. reference data: school, work types, 6Б, pupils, bells, teachers (users/many), parents' contexts, "
         "periods (Sun 2027-04-04 18:00)", [setup]),
        ("2. the only planned range: week 1's lessons (Sun 2027-04-04 18:10)", [plan_week1]),
        ("3. Mon 04-05 evening: each child's feed", [evening(WEEK1[0])]),
        ("4. Tue 04-06 evening: the feeds (Алиса's Математика «3»)", [evening(WEEK1[1])]),
        ("5. Wed 04-07 evening: the feeds repeat Tuesday, Алиса's «3» now «4»; Алиса absent in the morning",
         [evening(WEEK1[2])]),
        ("6. Thu 04-08 evening: Tuesday's essays entered today; tomorrow's контрольная among importantWorks",
         [evening(WEEK1[3])]),
        ("7. Fri 04-09 evening: the feeds; Monday's lessons by id (lessons/many)",
         [evening(WEEK1[4], next_lessons=True)]),
        ("8. Sat 04-10 10:00: the week's full range pull (marks, log entries, lessons)", [full]),
        ("9. Mon 04-12 evening: the контрольная's marks in today's feed, the histogram, Тимофей's recent marks "
         "(class teacher's account); Tuesday's lessons",
         [evening(WEEK2[0], extra_after=[histogram(W_KR, "2027-04-12T19:33:00"),
                                               recentmarks(TIMA, D(2027, 4, 12), 10, "2027-04-12T19:38:00")], next_lessons=True)]),
        ("10. Tue 04-13 evening: the feeds (Тимофей's «4-» now «4»), undone tasks, works/many, Wednesday's lessons",
         [evening(WEEK2[1], extra_after=[undone(p, f"2027-04-13T19:4{i}:00") for i, p in enumerate(PUPILS)]
                  + [works_many([H4, H7], "2027-04-13T19:44:00")], next_lessons=True)]),
        ("11. Wed 04-14 evening: the feeds, Полина's recent marks (teacher's account), Thursday's lessons",
         [evening(WEEK2[2], extra_after=[recentmarks(POLINA, D(2027, 4, 12), 10, "2027-04-14T19:33:00")],
                  next_lessons=True)]),
        ("12. Thu 04-15 evening: the feeds (Тимофей's «2» in Биология), undone tasks (Тимофей's reading done), "
         "works/many, Friday's lessons, Тимофей's recent marks of the day",
         [evening(WEEK2[3], extra_after=[undone(p, f"2027-04-15T19:4{i}:00") for i, p in enumerate(PUPILS)]
                  + [works_many([H9], "2027-04-15T19:44:00"),
                     recentmarks(TIMA, D(2027, 4, 15), 10, "2027-04-15T19:45:00")], next_lessons=True)]),
        ("13. Fri 04-16: morning lessons/marks of Thursday's Биология (the «2» moved to Полина); evening feeds "
         "(Алиса's cut to one day), recent marks cut by limit, the practical work's histogram",
         [[lessons_marks([bio], "2027-04-16T08:15:00")],
          evening(WEEK2[4], limits=(1, 2),
                  extra_after=[recentmarks(p, D(2027, 4, 12), 4, f"2027-04-16T19:3{3 + i}:00")
                               for i, p in enumerate(PUPILS)] + [histogram(W_PR2, "2027-04-16T19:37:00")])]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 65» (Екатеринбург, UTC+5), 6Б, 2027-04-05..04-16, pulled through the "
                       "change-like polling endpoints (§7): each child's feed every evening, recentmarks, undone "
                       "tasks, histograms and the batch-by-id POSTs, with one full range pull on Saturday 04-10.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 65»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(n, "records")


if __name__ == "__main__":
    main()
