"""Write journey.json: МАОУ «Лицей № 72» (Екатеринбург, UTC+5), Dnevnik.ru, class 6Б, the last fortnight of the
first quarter (2026-10-12..10-25), built around ten places where two careful integrators reading the same reference
would send or read something differently (see README.md). Standard library only; deterministic. Sections (§) are
those of shared/reference/dnevnik_ru.md.

The journal is modelled as a timeline (every lesson, work, mark, log entry and final mark with the local time it
came into being, changed or was removed); every answer is generated from the timeline as of its pull, so answers
never contradict the journal at their own time.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002720072
G = 2260325488551007201  # 6Б: a 19-digit id (§1)
TT = 1000006720061
SCHOOL_NAME = "МАОУ «Лицей № 72»"

WT_OU, WT_SR, WT_KR, WT_DZ, WT_ZCH, WT_Q = 1000004720001, 1000004720002, 1000004720003, 1000004720004, \
    1000004720005, 1000004720006
WORK_TYPES = [  # standalone §3.3: (id, kind, title, abbr, weight); the embedded shape has no weight
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_ZCH, "CommonWork", "Зачёт по нормативам", "ЗЧ", 1),
    (WT_Q, "PeriodMark", "Четвертная отметка", "Ч", 1),
]
SUBJECTS = {  # name -> (id, knowledge area)
    "Русский язык": (1000003720001, "Филология"), "Литература": (1000003720002, "Филология"),
    "Математика": (1000003720003, "Математика и информатика"), "История": (1000003720004, "Общественные науки"),
    "Биология": (1000003720005, "Естественные науки"), "География": (1000003720006, "Естественные науки"),
    "Английский язык": (1000003720007, "Иностранные языки"), "Физическая культура": (1000003720008, "Физическая культура"),
    "Музыка": (1000003720009, "Искусство"), "Технология": (1000003720010, "Технология"),
}
# persons: (person id, user id or None, last, first, middle, sex)
POLINA = (1000012720601, 1000011720601, "Алексеева", "Полина", "Сергеевна", "Female")
TIMUR = (2260325488551306602, 2260325488551406602, "Богданов", "Тимур", "Русланович", "Male")
DARYA = (2260325488551306603, None, "Воронцова", "Дарья", "Олеговна", "Female")  # no account yet (§1 userId null)
LEV = (1000012720604, 1000011720604, "Гусев", "Лев", "Артёмович", "Male")
PUPILS = [POLINA, TIMUR, DARYA, LEV]
MARINA = (1000012720901, 1000011720901, "Алексеева", "Марина", "Викторовна", "Female")
RUSLAN = (2260325488551309901, 2260325488551409901, "Богданов", "Руслан", "Ильдарович", "Male")
T_SOK = (1000012720950, 1000011720950, "Соколова", "Анна", "Павловна", "Female")
T_KLI = (1000012720951, 1000011720951, "Климов", "Игорь", "Валерьевич", "Male")
T_ILI = (1000012720952, 1000011720952, "Ильина", "Светлана", "Юрьевна", "Female")
T_RAH = (1000012720953, 1000011720953, "Рахимова", "Алия", "Маратовна", "Female")
T_ZAI = (1000012720954, 1000011720954, "Зайцев", "Олег", "Николаевич", "Male")
T_ORL = (1000012720955, 1000011720955, "Орлова", "Вера", "Андреевна", "Female")
TEACHER = {"Русский язык": T_SOK, "Литература": T_SOK, "Математика": T_KLI, "История": T_ILI, "География": T_ILI,
           "Биология": T_ILI, "Английский язык": T_RAH, "Физическая культура": T_ZAI, "Музыка": T_ORL,
           "Технология": T_ORL}
WEEKDAY = [
    ["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"],
    ["Математика", "Литература", "Биология", "Русский язык", "Музыка"],
    ["Русский язык", "Математика", "География", "Английский язык", "Литература"],
    ["Математика", "Русский язык", "История", "Физическая культура", "Технология"],
    ["Литература", "Математика", "Русский язык", "Биология", "Английский язык"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20")}
SHORT_DAY = D(2026, 10, 23)  # last day of the quarter: shortened lessons (the bundle's `hours`, §3.4)
SHORT = {1: ("08:00", "08:35"), 2: ("08:45", "09:20"), 3: ("09:30", "10:05"), 4: ("10:15", "10:50"),
         5: ("11:00", "11:35")}
ROOM = "214"
WEEKS = [D(2026, 10, 12), D(2026, 10, 19)]
NEVER = "9999-12-31T00:00"


def js(n):
    """What a double-based relay makes of an id (§1: the captured `1343883032131044600` next to its `id_str`)."""
    return int(Decimal(repr(float(n)))) if n > 2 ** 53 else n


def ids(n):
    return {"id": n, "id_str": str(n)}


# --- the timeline ----------------------------------------------------------------------------------------------

def lesson_id(day, n):
    return 2260325488551500000 + (day - D(2026, 10, 1)).days * 10 + n


LESSONS = {}
for monday in WEEKS:
    for i in range(5):
        day = monday + dt.timedelta(days=i)
        for n, subject in enumerate(WEEKDAY[i], 1):
            clock = (SHORT if day == SHORT_DAY else BELLS)[n]
            LESSONS[(day, n)] = {"id": lesson_id(day, n), "day": day, "number": n, "subject": subject,
                                 "start": clock[0], "hours": f"{clock[0]} - {clock[1]}", "teacher": TEACHER[subject],
                                 "titles": [("0000", f"{subject}: тема {(day - D(2026, 9, 1)).days * 5 + n}")],
                                 "gone": NEVER}
# a topic typo fixed in the evening (§3.4 `title`: the latest statement wins)
LESSONS[(D(2026, 10, 20), 1)]["titles"] = [("0000", "Сложение дробей с разными знаменателми"),
                                           ("2026-10-20T18:00", "Сложение дробей с разными знаменателями")]
# Thursday's Технология dropped from the journal the morning of (teacher ill, no replacement)
LESSONS[(D(2026, 10, 22), 5)]["gone"] = "2026-10-22T07:00"


def title(lesson, at):
    return [t for since, t in lesson["titles"] if since <= at][-1]


# works: (id, lesson key, type, work type, markType, created, gone, homework: [(since, text, due)] or None)
WORKS = {}


def add_work(wid, key, wtype, wt, mtype, created, gone=NEVER, hw=None):
    WORKS[wid] = {"id": wid, "key": key, "type": wtype, "wt": wt, "markType": mtype, "created": created,
                  "gone": gone, "hw": hw}


for key, lesson in LESSONS.items():
    add_work(2260325488551600000 + lesson["id"] % 1000, key, "DefaultNewLessonWork", WT_OU, "mark5", "0000")
W_SR = 2260325488551650151
add_work(W_SR, (D(2026, 10, 15), 1), "CommonWork", WT_SR, "mark5", "2026-10-15T08:05", gone="2026-10-16T08:00")
W_KR = 2260325488551650212
add_work(W_KR, (D(2026, 10, 21), 2), "LessonTestWork", WT_KR, "Mark5", "2026-10-21T08:50")  # §5: casing unconfirmed
W_ZCH = 2260325488551650195
add_work(W_ZCH, (D(2026, 10, 19), 5), "CommonWork", WT_ZCH, "test", "2026-10-19T11:40")

HOMEWORK = [  # (lesson key, created, gone, [(since, text, due)])
    ((D(2026, 10, 12), 1), "2026-10-12T08:30", NEVER, [("0000", "Упр. 145, 147", D(2026, 10, 14))]),
    ((D(2026, 10, 12), 2), "2026-10-12T09:20", NEVER, [("0000", "№ 512, 514", D(2026, 10, 13))]),
    ((D(2026, 10, 14), 3), "2026-10-14T10:20", NEVER, [("0000", "§ 9, контурная карта", D(2026, 10, 21))]),
    ((D(2026, 10, 15), 3), "2026-10-15T10:20", NEVER,
     [("0000", "§ 12, вопросы 1–3", D(2026, 10, 19)), ("2026-10-16T10:00", "§ 12–13, вопросы 1–5", D(2026, 10, 19))]),
    ((D(2026, 10, 20), 3), "2026-10-20T10:25", "2026-10-22T12:00", [("0000", "§ 7, рисунок 23", D(2026, 10, 23))]),
    ((D(2026, 10, 20), 2), "2026-10-20T09:25", NEVER,
     [("0000", "Выучить наизусть отрывок «Бородино»", D(2026, 10, 22)),
      ("2026-10-21T19:00", "Выучить наизусть отрывок «Бородино»", D(2026, 10, 23))]),
    ((D(2026, 10, 21), 2), "2026-10-21T09:25", NEVER, [("0000", "№ 601–605", D(2026, 10, 22))]),
    ((D(2026, 10, 23), 1), "2026-10-23T08:30", NEVER,
     [("0000", "Прочитать «Кавказский пленник», гл. 1–2", D(2026, 11, 6))]),
]
for key, created, gone, versions in HOMEWORK:
    add_work(2260325488551700000 + LESSONS[key]["id"] % 1000, key, "Homework", WT_DZ, "mark5", created, gone,
             versions)

# marks: (pupil, lesson key, work id or None (the default work), [(since, value)], set at (its own `date`), gone,
#         type casing, textValue mode, use_avg_calc)
MARKS = []


def add_mark(pupil, key, work, values, stamp, gone=NEVER, mtype="mark5", text="same", avg=True):
    mid = 2260325488551800000 + len(MARKS) * 3  # ids 3 apart: a double-based relay maps several onto one (§1)
    w = work or 2260325488551600000 + LESSONS[key]["id"] % 1000
    MARKS.append({"id": mid, "pupil": pupil, "key": key, "work": w, "values": values, "date": stamp,
                  "gone": gone, "type": mtype, "text": text, "avg": avg})


add_mark(POLINA, (D(2026, 10, 12), 2), None, [("0000", "5")], "2026-10-12T09:14:37.5")
add_mark(TIMUR, (D(2026, 10, 12), 1), None, [("0000", "4-")], "2026-10-12T08:31:02.513")
add_mark(DARYA, (D(2026, 10, 12), 3), None, [("0000", "4")], "2026-10-12T10:20:11.0412")
add_mark(LEV, (D(2026, 10, 13), 1), None, [("0000", "2"), ("2026-10-15T10:00", "3")], "2026-10-13T08:35:40.07")
add_mark(TIMUR, (D(2026, 10, 14), 3), None, [("0000", "4")], "2026-10-14T10:25:09.9", gone="2026-10-15T09:00")
add_mark(LEV, (D(2026, 10, 14), 3), None, [("0000", "4")], "2026-10-15T09:00:31.25")  # the right pupil, a day later
add_mark(POLINA, (D(2026, 10, 13), 4), None, [("0000", "5-")], "2026-10-13T11:20:00.3", text=None)
add_mark(DARYA, (D(2026, 10, 14), 4), None, [("0000", "5")], "2026-10-14T11:21:45")
add_mark(TIMUR, (D(2026, 10, 15), 1), None, [("0000", "4")], "2026-10-15T08:38:12.66")
add_mark(POLINA, (D(2026, 10, 15), 1), W_SR, [("0000", "2")], "2026-10-15T15:02:10.1", gone="2026-10-16T08:00")
add_mark(LEV, (D(2026, 10, 15), 1), W_SR, [("0000", "3")], "2026-10-15T15:02:30.47", gone="2026-10-16T08:00")
add_mark(POLINA, (D(2026, 10, 16), 4), None, [("0000", "3")], "2026-10-16T11:25:01.8")
add_mark(TIMUR, (D(2026, 10, 16), 2), None, [("0000", "5")], "2026-10-16T09:22:33.123", gone="2026-10-20T10:00")
add_mark(DARYA, (D(2026, 10, 16), 5), None, [("0000", "4")], "2026-10-19T08:12:05.61")  # Friday's lesson, set Monday
add_mark(POLINA, (D(2026, 10, 15), 3), None, [("0000", "4+")], "2026-10-15T10:28:50.2", mtype="Mark5")
add_mark(POLINA, (D(2026, 10, 19), 5), W_ZCH, [("0000", "зачёт")], "2026-10-19T12:15:00.5", mtype="test", avg=False)
add_mark(TIMUR, (D(2026, 10, 19), 5), W_ZCH, [("0000", "не зачтено")], "2026-10-19T12:15:20.5", mtype="test",
         avg=False)
add_mark(POLINA, (D(2026, 10, 21), 2), W_KR, [("0000", "4-")], "2026-10-21T16:40:01.02")
add_mark(TIMUR, (D(2026, 10, 21), 2), W_KR, [("0000", "3+")], "2026-10-21T16:40:19.9")
add_mark(DARYA, (D(2026, 10, 21), 2), W_KR, [("0000", "5")], "2026-10-21T16:40:33.317")
add_mark(LEV, (D(2026, 10, 21), 2), W_KR, [("0000", "2")], "2026-10-21T16:40:52.4")
add_mark(TIMUR, (D(2026, 10, 20), 1), None, [("0000", "4")], "2026-10-20T08:37:00.81")
add_mark(DARYA, (D(2026, 10, 22), 3), None, [("0000", "5")], "2026-10-22T10:11:12.5")
add_mark(POLINA, (D(2026, 10, 23), 2), None, [("0000", "5")], "2026-10-23T09:01:00")
add_mark(TIMUR, (D(2026, 10, 23), 5), None, [("0000", "4")], "2026-10-24T09:15:44.2")  # Saturday, only in recentmarks
add_mark(LEV, (D(2026, 10, 20), 4), None, [("0000", "3-"), ("2026-10-22T12:00", "4-")], "2026-10-20T11:20:05.5")
add_mark(DARYA, (D(2026, 10, 20), 3), None, [("0000", "4")], "2026-10-20T10:02:02.2", avg=False,
         gone="2026-10-24T11:10")  # a diagnostic entered in the journal by mistake

# attendance: (pupil, lesson key, [(since, status or None, comment)])
LOG = [
    (DARYA, (D(2026, 10, 13), 2), [("2026-10-13T09:00", "Absent", ""), ("2026-10-16T09:00", "Ill", "справка")]),
    (TIMUR, (D(2026, 10, 14), 1), [("2026-10-14T08:10", "Late", "8 минут"), ("2026-10-17T12:15", None, "")]),
    (POLINA, (D(2026, 10, 15), 4), [("2026-10-15T10:55", "Pass", "освобождение от физкультуры")]),
    (LEV, (D(2026, 10, 19), 1), [("2026-10-19T08:05", "Ill", "")]),
    (TIMUR, (D(2026, 10, 20), 2), [("2026-10-20T08:55", "Absent", "")]),
    (POLINA, (D(2026, 10, 21), 1), [("2026-10-21T08:02", "Attend", "")]),
    (DARYA, (D(2026, 10, 23), 1), [("2026-10-23T08:06", "Late", "5 минут")]),
    (TIMUR, (D(2026, 10, 22), 4), [("2026-10-22T10:52", "Pass", "соревнования")]),
]

RP1 = 1000007720001
PERIODS = [(RP1, "2026-09-01", "2026-10-24", 1, "1 четверть"), (1000007720002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007720003, "2027-01-11", "2027-03-19", 3, "3 четверть"), (1000007720004, "2027-03-30", "2027-05-29", 4, "4 четверть")]
HOLIDAYS = [(1000008720001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008720002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008720003, "2027-03-20", "2027-03-29", "Весенние каникулы")]
FINAL_SUBJECTS = ["Русский язык", "Математика", "История", "Английский язык"]
# final marks of the 1st quarter: (pupil, subject) -> [(since, value or None)]
FINALS = {(p, s): [("2026-10-23T15:00", v)] for p, vals in
          ((POLINA, "5 4 5 5"), (TIMUR, "4 4 4 4"), (DARYA, "5 5 5 5"), (LEV, "3 3 4 4"))
          for s, v in zip(FINAL_SUBJECTS, vals.split())}
FINALS[(TIMUR, "История")].append(("2026-10-24T09:30", "5"))  # raised after a retold paragraph
FINALS[(LEV, "Английский язык")].append(("2026-10-24T09:40", None))  # set by mistake: he is not assessed yet
FINALS[(TIMUR, "Английский язык")].append(("2026-10-24T15:30", "5"))  # the teacher's own later correction


def at(versions, t):
    got = [v for v in versions if v[0] <= t]
    return got[-1] if got else None


def alive(thing, t, created_key="created"):
    return thing.get(created_key, "0000") <= t < thing["gone"]


# --- shapes ----------------------------------------------------------------------------------------------------

def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": None if uid is None else str(uid), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def work_obj(w, t):
    lesson = LESSONS[w["key"]]
    out = {**ids(w["id"]), "type": w["type"], "workType": w["wt"], "markType": w["markType"], "markCount": 1,
           "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": w["type"] != "Homework",
           "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "",
           "periodNumber": 1, "periodType": "Quarter", "subjectId": SUBJECTS[lesson["subject"]][0],
           "isImportant": w["type"] == "LessonTestWork", "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None,
           "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    if w["hw"]:
        _, text, due = at(w["hw"], t)
        out.update(text=text, targetDate=f"{due}T00:00:00", sentDate=f"{w['created']}:41.7",
                   tasks=[{**ids(2260325488551750000 + (lesson["id"] % 1000) * 10 + i), "person": p[0],
                           "person_str": str(p[0]), "work": w["id"], "work_str": str(w["id"]), "status": "NotStarted",
                           "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS)])
    return out


def works_of(key, t):
    return [work_obj(w, t) for w in WORKS.values() if w["key"] == key and alive(w, t)]


def entity_lesson(lesson, t):
    subj, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson["id"]), "title": title(lesson, t), "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subject": {**ids(subj), "name": lesson["subject"], "knowledgeArea": area,
                                                     "fgosSubjectId": None},
            "group": G, "status": "Planned" if t < f"{lesson['day']}T{lesson['start']}" else "Conducted",
            "resultPlaceId": 0, "works": works_of((lesson["day"], lesson["number"]), t),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def flat_lesson(lesson, t):
    return {"id": lesson["id"], "title": title(lesson, t), "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subjectId": SUBJECTS[lesson["subject"]][0],
            "status": "Planned" if t < f"{lesson['day']}T{lesson['start']}" else "Conducted", "resultPlaceId": 0,
            "building": "Главный корпус", "place": ROOM, "floor": "2", "hours": lesson["hours"],
            "works": [w["id"] for w in works_of((lesson["day"], lesson["number"]), t)],
            "teachers": [lesson["teacher"][0]]}


def lessons_alive(t, a, b):
    return [l for l in sorted(LESSONS.values(), key=lambda l: l["id"]) if a <= l["day"] <= b and t < l["gone"]]


def mark_obj(m, t, relay=False, camel=False):
    lesson = LESSONS[m["key"]]
    _, value = at(m["values"], t)
    num = js if relay else (lambda n: n)
    out = {"id": num(m["id"]), "id_str": str(m["id"]), "type": m["type"], "value": value,
           "textValue": value if m["text"] == "same" else None, "person": num(m["pupil"][0]),
           "person_str": str(m["pupil"][0]), "work": num(m["work"]), "work_str": str(m["work"]),
           "lesson": num(lesson["id"]), "lesson_str": str(lesson["id"]), "number": 0, "date": m["date"],
           "workType": WORKS[m["work"]]["wt"], "mood": mood(value), "use_avg_calc": m["avg"]}
    if camel:  # the Java client's naming (§1: `lesson_str` sometimes `lessonStr`)
        out["lessonStr"] = out.pop("lesson_str")
        out["personStr"] = out.pop("person_str")
    return out


def mood(value):
    head = value[:1]
    return {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}.get(head, "NotSet")


def mark_alive(m, t):
    return m["date"][:16] <= t < m["gone"] and WORKS[m["work"]]["gone"] > t and LESSONS[m["key"]]["gone"] > t


def log_obj(e, t):
    pupil, key, versions = e
    since, status, comment = at(versions, t)
    lesson = LESSONS[key]
    return {"person": pupil[0], "person_str": str(pupil[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{since}:{17 + len(comment) % 40:02d}.{len(comment) % 9 + 1}"}


def log_alive(e, t):
    v = at(e[2], t)
    return v is not None and v[1] is not None and LESSONS[e[1]]["gone"] > t


def subj_bundle(name):
    return {"id": SUBJECTS[name][0], "name": name, "knowledgeAreaId": None}


def embedded_work_types():
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": ti, "isFinal": k == "PeriodMark",
             "isImportant": k == "LessonTestWork", "kindId": n, "kind": k}
            for n, (i, k, ti, ab, _) in enumerate(WORK_TYPES, 1)]


# --- answers ---------------------------------------------------------------------------------------------------

def parse_bound(s, end):
    """`{from}/{to}` as yyyy-MM-dd or a full ISO date-time (§2): the instant it names (a date-only `to`: its day's
    end)."""
    if "T" in s:
        return s[:16]
    return f"{s}T23:59" if end else f"{s}T00:00"


def marks_range(a, b, t, relay=False):
    lo, hi = parse_bound(a, False), parse_bound(b, True)
    return [mark_obj(m, t, relay) for m in MARKS if mark_alive(m, t) and lo <= m["date"][:16] <= hi]


def lessons_range(a, b, t):
    return [entity_lesson(l, t) for l in lessons_alive(t, D.fromisoformat(a[:10]), D.fromisoformat(b[:10]))]


def log_range(a, b, t):
    return [log_obj(e, t) for e in LOG if log_alive(e, t) and D.fromisoformat(a) <= e[1][0] <= D.fromisoformat(b)]


def homeworks(a, b, t):
    a, b = D.fromisoformat(a), D.fromisoformat(b)
    works, lessons, subjects, teachers = [], [], {}, {}
    for w in sorted(WORKS.values(), key=lambda w: w["id"]):
        lesson = LESSONS[w["key"]]
        if w["type"] != "Homework" or not alive(w, t) or not a <= lesson["day"] <= b or lesson["gone"] <= t:
            continue
        works.append(work_obj(w, t))
        lessons.append(flat_lesson(lesson, t))
        subjects[lesson["subject"]] = subj_bundle(lesson["subject"])
        teachers[lesson["teacher"][0]] = person(lesson["teacher"])
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(pupil, a, b, t, offset=False):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range; `offset`: the day `date`/`nextDate` as an
    OffsetDateTime (§2: one client parses them so)."""
    suffix = "+05:00" if offset else ""
    days, day = [], a
    while day <= b:
        ls = [l for l in lessons_alive(t, day, day)]
        keys = {(l["day"], l["number"]) for l in ls}
        works = [w for l in ls for w in works_of((l["day"], l["number"]), t)]
        days.append({"date": f"{day}T00:00:00{suffix}", "lessons": [flat_lesson(l, t) for l in ls],
                     "marks": [mark_obj(m, t) for m in MARKS if m["pupil"] == pupil and m["key"] in keys
                               and mark_alive(m, t)],
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [subj_bundle(l["subject"]) for l in ls], "workTypes": embedded_work_types(),
                     "lessonLogEntries": [log_obj(e, t) for e in LOG if e[0] == pupil and e[1] in keys
                                          and log_alive(e, t)],
                     "teachers": [person(p) for p in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i, d in enumerate(days):
        d["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00{suffix}"
    return {"days": days}


def recentmarks(pupil, t, since, relay=False, camel=False):
    """persons/{p}/group/{g}/recentmarks (§0, §7): the pupil's latest marks with their works, lessons, subjects and
    embedded work types: a feed of recent marks, not a complete list."""
    ms = [m for m in MARKS if m["pupil"] == pupil and mark_alive(m, t) and m["date"][:10] >= since]
    keys = sorted({m["key"] for m in ms})
    return {"marks": [mark_obj(m, t, relay, camel) for m in ms], "criteriabasedmarks": [],
            "works": [work_obj(WORKS[w], t) for w in sorted({m["work"] for m in ms})],
            "subjects": [{"id": SUBJECTS[LESSONS[k]["subject"]][0], "idStr": str(SUBJECTS[LESSONS[k]["subject"]][0]),
                          "name": LESSONS[k]["subject"],
                          "knowledgeArea": SUBJECTS[LESSONS[k]["subject"]][1], "fgosSubjectId": None} for k in keys],
            "workTypes": embedded_work_types(), "lessons": [entity_lesson(LESSONS[k], t) for k in keys],
            "lessonLogEntries": [log_obj(e, t) for e in LOG if e[0] == pupil and e[1] in keys and log_alive(e, t)]}


def final_work_id(subject):
    return 2260325488551900000 + SUBJECTS[subject][0] % 100


def final_mark_obj(pupil, subject, value):
    mid = 2260325488551950000 + SUBJECTS[subject][0] % 100 * 10 + PUPILS.index(pupil)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": pupil[0],
            "person_str": str(pupil[0]), "work": final_work_id(subject), "work_str": str(final_work_id(subject)),
            "lesson": None, "lesson_str": None, "number": 0, "date": "2026-10-23T15:04:26.7", "workType": WT_Q,
            "mood": mood(value), "use_avg_calc": False}


def final_marks(t):
    out = []
    for p in PUPILS:
        per = []
        for s in FINAL_SUBJECTS:
            v = at(FINALS[(p, s)], t)
            if v and v[1] is not None:
                per.append({"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                            "final-mark": final_mark_obj(p, s, v[1])})
        out.append({"person": p[0], "person_str": str(p[0]), "group": G, "group_str": str(G),
                    "reportingPeriod": RP1, "reportingPeriod_str": str(RP1), "per-subject-final-marks": per})
    return out


def allfinalmarks(pupil, t):
    marks, works = [], []
    for s in FINAL_SUBJECTS:
        v = at(FINALS[(pupil, s)], t)
        if v and v[1] is not None:
            marks.append(final_mark_obj(pupil, s, v[1]))
            works.append({**ids(final_work_id(s)), "type": "PeriodMark", "workType": WT_Q, "markType": "mark5",
                          "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True,
                          "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "",
                          "periodNumber": 1, "periodType": "Quarter", "subjectId": SUBJECTS[s][0],
                          "isImportant": False, "targetDate": "2026-10-24T00:00:00", "sentDate": None,
                          "createdBy": TEACHER[s][0], "files": [], "oneDriveLinks": []})
    return {"marks": marks, "works": works, "subjects": [subj_bundle(s) for s in FINAL_SUBJECTS],
            "workTypes": [w for w in embedded_work_types() if w["kind"] == "PeriodMark"]}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


def rpg():
    rid = 1000009720061
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Звонки 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


# --- the sync job ----------------------------------------------------------------------------------------------

class Job:
    """Pull stamps: local wall-clock minutes (the school's zone, +05:00); `utc` writes them as UTC instants."""

    def __init__(self, start, utc=False):
        self.t = dt.datetime.fromisoformat(start)
        self.utc = utc

    def rec(self, request, make, minutes=1):
        t = self.t.isoformat()[:16]
        stamp = (self.t - dt.timedelta(hours=5)).isoformat() + "Z" if self.utc else self.t.isoformat() + "+05:00"
        self.t += dt.timedelta(minutes=minutes)
        return {"request": request, "body": make(t), "pulled_at": stamp}


def main():
    P, T = POLINA[0], TIMUR[0]
    j = Job("2026-10-11T19:00:00")
    setup = [
        j.rec(f"GET /v2/schools/{S}", lambda t: {
            **ids(S), "name": SCHOOL_NAME, "fullName": "Муниципальное автономное общеобразовательное учреждение "
                                                       "«Лицей № 72»", "avatarSmall": None, "city": "Екатеринбург",
            "municipality": "г. Екатеринбург", "regionid": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
            "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "66."}),
        j.rec(f"GET /v2/work-types/{S}", lambda t: [{**ids(i), "schoolId": S, "kindId": n, "kind": k, "title": ti,
                                                     "abbr": ab, "weight": w}
                                                    for n, (i, k, ti, ab, w) in enumerate(WORK_TYPES, 1)]),
        j.rec(f"GET /v2/schools/{S}/edu-groups", lambda t: [{
            **ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
            "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}]),
        j.rec(f"GET /v2/edu-groups/{G}/persons", lambda t: [person(p) for p in PUPILS]),
        j.rec(f"GET /v2/edu-groups/{G}/timetables", lambda t: timetable()),
        j.rec(f"GET /v2/edu-groups/{G}/reporting-period-group", lambda t: rpg()),
        j.rec(f"GET /v2/users/{MARINA[1]}/context", lambda t: context(MARINA, [POLINA])),
        j.rec(f"GET /v2/users/{RUSLAN[1]}/context", lambda t: context(RUSLAN, [TIMUR])),
    ]
    j = Job("2026-10-11T19:15:00")
    plan1 = [j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-12/2026-10-17",
                   lambda t: lessons_range("2026-10-12", "2026-10-17", t))]
    j = Job("2026-10-14T20:00:00")
    wed1 = [
        j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-12/2026-10-14", lambda t: lessons_range("2026-10-12", "2026-10-14", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-12T00:00:00/2026-10-14T23:59:59",
              lambda t: marks_range("2026-10-12T00:00:00", "2026-10-14T23:59:59", t)),
        j.rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-10-12&to=2026-10-14",
              lambda t: log_range("2026-10-12", "2026-10-14", t)),
        j.rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-12&endDate=2026-10-18",
              lambda t: homeworks("2026-10-12", "2026-10-18", t)),
        j.rec(f"GET /v2/persons/{P}/groups/{G}/schedules?startDate=2026-10-12&endDate=2026-10-14",
              lambda t: schedules(POLINA, D(2026, 10, 12), D(2026, 10, 14), t)),
    ]
    j = Job("2026-10-15T20:00:00")
    thu1 = [
        j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-15/2026-10-15", lambda t: lessons_range("2026-10-15", "2026-10-15", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-15/2026-10-15", lambda t: marks_range("2026-10-15", "2026-10-15", t)),
    ]
    j = Job("2026-10-17T12:00:00")
    sat1 = [
        j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-12/2026-10-17", lambda t: lessons_range("2026-10-12", "2026-10-17", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-12/2026-10-18",  # through a double-based relay: ids rounded
              lambda t: marks_range("2026-10-12", "2026-10-18", t, relay=True)),
        j.rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-10-12&to=2026-10-18",
              lambda t: log_range("2026-10-12", "2026-10-18", t), minutes=28),
        j.rec(f"GET /v2/lessons/{LESSONS[(D(2026, 10, 14), 1)]['id']}/log-entries",  # 12:30, after the 12:15 fix
              lambda t: [log_obj(e, t) for e in LOG if e[1] == (D(2026, 10, 14), 1) and log_alive(e, t)]),
        j.rec(f"GET /v2/lessons/{LESSONS[(D(2026, 10, 15), 1)]['id']}/works",
              lambda t: works_of((D(2026, 10, 15), 1), t)),
        j.rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-12&endDate=2026-10-18",
              lambda t: homeworks("2026-10-12", "2026-10-18", t)),
        j.rec(f"GET /v2/persons/{T}/group/{G}/recentmarks", lambda t: recentmarks(TIMUR, t, "2026-10-12")),
    ]
    j = Job("2026-10-18T19:05:00")
    plan2 = [j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-19T00:00:00/2026-10-24T23:59:59",
                   lambda t: lessons_range("2026-10-19", "2026-10-24", t))]
    j = Job("2026-10-21T20:00:00", utc=True)
    wed2 = [
        j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-19/2026-10-21", lambda t: lessons_range("2026-10-19", "2026-10-21", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-19T00:00:00/2026-10-22T00:00:00",
              lambda t: marks_range("2026-10-19T00:00:00", "2026-10-22T00:00:00", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-16/2026-10-16", lambda t: marks_range("2026-10-16", "2026-10-16", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-15T00:00:00/2026-10-16T00:00:00",  # a `to` at midnight
              lambda t: marks_range("2026-10-15T00:00:00", "2026-10-16T00:00:00", t)),
        j.rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-10-19&to=2026-10-21",
              lambda t: log_range("2026-10-19", "2026-10-21", t)),
        j.rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-19&endDate=2026-10-25",
              lambda t: homeworks("2026-10-19", "2026-10-25", t)),
        j.rec(f"GET /v2/persons/{P}/groups/{G}/schedules?startDate=2026-10-19&endDate=2026-10-21",
              lambda t: schedules(POLINA, D(2026, 10, 19), D(2026, 10, 21), t)),
    ]
    j = Job("2026-10-23T21:00:00")
    fri2 = [
        j.rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-19/2026-10-24", lambda t: lessons_range("2026-10-19", "2026-10-24", t)),
        j.rec(f"GET /v2/edu-groups/{G}/marks/2026-10-19/2026-10-25", lambda t: marks_range("2026-10-19", "2026-10-25", t)),
        j.rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-10-19&to=2026-10-25",
              lambda t: log_range("2026-10-19", "2026-10-25", t)),
        j.rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-19&endDate=2026-10-25",
              lambda t: homeworks("2026-10-19", "2026-10-25", t)),
        j.rec(f"GET /v2/persons/{P}/groups/{G}/schedules?startDate=2026-10-19&endDate=2026-10-23",
              lambda t: schedules(POLINA, D(2026, 10, 19), D(2026, 10, 23), t, offset=True), minutes=15),
        j.rec(f"GET /v2/edu-groups/{G}/final-marks", lambda t: final_marks(t)),
    ]
    j = Job("2026-10-24T10:00:00")
    sat2 = [
        j.rec(f"GET /v2/edu-groups/{G}/final-marks", lambda t: final_marks(t), minutes=5),
        j.rec(f"GET /v2/persons/{T}/edu-groups/{G}/allfinalmarks", lambda t: allfinalmarks(TIMUR, t), minutes=55),
        j.rec(f"GET /v2/persons/{T}/group/{G}/recentmarks",  # relayed and camel-named: only the latest marks
              lambda t: recentmarks(TIMUR, t, "2026-10-22", relay=True, camel=True), minutes=30),
        j.rec(f"GET /v2/persons/{DARYA[0]}/schools/{S}/marks/2026-10-19/2026-10-25",  # one pupil's own range
              lambda t: [m for m in marks_range("2026-10-19", "2026-10-25", t) if m["person_str"] == str(DARYA[0])]),
    ]
    j = Job("2026-10-24T16:00:00")
    sat2b = [j.rec(f"GET /v2/persons/{T}/edu-groups/{G}/allfinalmarks", lambda t: allfinalmarks(TIMUR, t))]
    steps = [
        ("1. reference data: school (timeZone 5), work types, the class, pupils, bells, periods, parents (Sun 10-11 19:00)",
         [setup]),
        ("2. week 1 as planned, date-only bounds (Sun 10-11 19:15)", [plan1]),
        ("3. Wednesday's pull: ISO date-time bounds, Полина's bundle Mon..Wed (Wed 10-14 20:00)", [wed1]),
        ("4. Thursday's one-day pull: the СР column and a mark filed under the day after its lesson (Thu 10-15 20:00)",
         [thu1]),
        ("5. week 1 in full: marks through a double-based relay, a log entry removed by its lesson's log, the СР "
         "column gone from its lesson's works, Тимур's recentmarks (Sat 10-17 12:00)", [sat1]),
        ("6. week 2 as planned, ISO bounds (Sun 10-18 19:05)", [plan2]),
        ("7. Wednesday's pull, stamped in UTC: a `to` of T00:00:00, a one-day re-pull of Friday 10-16 (Wed 10-21 "
         "20:00 local)", [wed2]),
        ("8. week 2 in full, Полина's bundle with offset day dates, the quarter's final marks (Fri 10-23 21:00)",
         [fri2]),
        ("9. final marks corrected, Тимур's allfinalmarks, a relayed camel-named recentmarks, Дарья's own marks range (Sat 10-24 10:00)",
         [sat2]),
        ("10. Тимур's allfinalmarks again: his English quarter mark raised (Sat 10-24 16:00)", [sat2b]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 72» (Екатеринбург, UTC+5), 6Б, 2026-10-12..10-25: the end of the first quarter "
                       "read through ten places where two careful integrators would read the reference differently.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
