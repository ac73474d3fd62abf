"""Write journey.json: «Гимназия № 78» (Екатеринбург, UTC+5), Dnevnik.ru, the last three weeks of the school year
2027/28 (2028-05-15..06-04) as one school's sync job pulls them, while the journal is corrected over and over:
marks changed, deleted, entered on the wrong pupil (two namesakes, Глебов Т. and Глебова Т.) and moved to the right
one; a column's work type corrected (its weight with it); a mark taken out of the average; absences changed in kind
(Absent -> Ill, Absent -> Late, Absent -> Pass) and withdrawn (deleted, or set back to Attend); quarter, half-year and
year marks set, corrected, moved between pupils and columns, and retaken in June; the journal's own weighted and
simple averages; and answers pulled earlier delivered after newer ones (the job's retry queue).

Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.

The journal is modelled as a history of edits (create, change, delete, each at a local time); every answer of the
job is the journal's state at the answer's `pulled_at`, so answers never contradict one another, and an answer
delivered late is exactly what the journal said when it was pulled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime
TZ = "+05:00"  # Екатеринбург; the school's `timeZone` 5 (§2, §3.10)

S = 1000002783016  # 13-digit school id (§1)
G7, G10 = 1000004780732, 1981234567780100010  # 7В (13-digit id), 10А (19-digit id above 2^53, §1)
GI = {G7: 1, G10: 2}
TT = {G7: 1000006780732, G10: 1000006781010}
RPG = {G7: 1000009780732, G10: 1000009781010}

WT_OU, WT_SR, WT_KR, WT_GKR, WT_DZ, WT_PM = 2781, 2782, 2783, 2784, 2785, 2790
WORK_TYPES = [  # standalone shape, §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_GKR, "LessonTestWork", "Годовая контрольная работа", "ГКР", 4),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PM, "PeriodMark", "Отметка за период", "ОП", 1),
]

SUBJECTS = {  # name: (id, knowledge area)
    "Русский язык": (1000003780001, "Филология"), "Литература": (1000003780002, "Филология"),
    "Алгебра": (1000003780003, "Математика и информатика"), "Геометрия": (1000003780004, "Математика и информатика"),
    "История": (1000003780005, "Общественные науки"), "Английский язык": (1000003780006, "Филология"),
    "Алгебра и начала анализа": (1000003780007, "Математика и информатика"),
    "Физика": (1000003780008, "Естествознание"), "Обществознание": (1000003780009, "Общественные науки"),
}
CLASS_SUBJECTS = {
    G7: ["Русский язык", "Литература", "Алгебра", "Геометрия", "История", "Английский язык"],
    G10: ["Русский язык", "Литература", "Алгебра и начала анализа", "Физика", "Обществознание"],
}

# persons: (person id, user id, last, first, middle, sex)
KIRA = (1000012780701, 1000011780701, "Воронцова", "Кира", "Алексеевна", "Female")
TIMA = (1000012780702, 1000011780702, "Глебов", "Тимофей", "Русланович", "Male")
TAYA = (1000012780703, 1000011780703, "Глебова", "Таисия", "Игоревна", "Female")  # a namesake, no relative
MATV = (1000012781001, 1000011781001, "Воронцов", "Матвей", "Алексеевич", "Male")
POLI = (1000012781002, 1000011781002, "Савельева", "Полина", "Андреевна", "Female")
ARTR = (1981234567780300003, 1981234567780400003, "Исмаилов", "Артур", "Ренатович", "Male")  # 19-digit ids
PUPILS = {G7: [KIRA, TIMA, TAYA], G10: [MATV, POLI, ARTR]}
ELENA = (1000012780901, 1000011780901, "Воронцова", "Елена", "Викторовна", "Female")  # Кира and Матвей
RUSLAN = (1000012780902, 1000011780902, "Глебов", "Руслан", "Петрович", "Male")  # Тимофей
ANDREY = (1000012780903, 1000011780903, "Савельев", "Андрей", "Олегович", "Male")  # Полина
T_KOR = (1000012780950, 1000011780950, "Корнилова", "Вера", "Степановна", "Female")
T_PLO = (1000012780951, 1000011780951, "Плотников", "Игорь", "Семёнович", "Male")
T_DYA = (1000012780952, 1000011780952, "Дьячкова", "Марина", "Юрьевна", "Female")
T_HAS = (1000012780953, 1000011780953, "Хасанова", "Лилия", "Ринатовна", "Female")
T_ERM = (1000012780954, 1000011780954, "Ермаков", "Станислав", "Павлович", "Male")
TEACHER = {"Русский язык": T_KOR, "Литература": T_KOR, "Алгебра": T_PLO, "Геометрия": T_PLO,
           "Алгебра и начала анализа": T_PLO, "История": T_DYA, "Обществознание": T_DYA,
           "Английский язык": T_HAS, "Физика": T_ERM}

WEEKDAY = {  # subjects by lesson number 1..5, Monday..Friday
    G7: [["Алгебра", "Русский язык", "История", "Английский язык", "Литература"],
         ["Геометрия", "Русский язык", "Английский язык", "Алгебра", "История"],
         ["Русский язык", "Алгебра", "Литература", "Геометрия", "Английский язык"],
         ["Алгебра", "История", "Русский язык", "Английский язык", "Геометрия"],
         ["Литература", "Русский язык", "Алгебра", "Геометрия", "История"]],
    G10: [["Физика", "Алгебра и начала анализа", "Русский язык", "Обществознание", "Литература"],
          ["Алгебра и начала анализа", "Литература", "Физика", "Русский язык", "Обществознание"],
          ["Обществознание", "Физика", "Алгебра и начала анализа", "Литература", "Русский язык"],
          ["Русский язык", "Алгебра и начала анализа", "Физика", "Литература", "Обществознание"],
          ["Литература", "Обществознание", "Алгебра и начала анализа", "Физика", "Русский язык"]],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15")}
TOPICS = {
    "Русский язык": ["Служебные части речи. Предлог", "Союз как часть речи", "Частица", "Междометие",
                     "Повторение: морфология", "Повторение: орфография", "Годовая контрольная работа",
                     "Анализ контрольной работы", "Повторение: синтаксис и пунктуация"],
    "Литература": ["А. Т. Твардовский. «Василий Тёркин»", "Д. С. Лихачёв. «Земля родная»",
                   "Поэты о Родине и родной природе", "Р. Бёрнс. «Честная бедность»",
                   "Итоговый урок. Рекомендации для летнего чтения"],
    "Алгебра": ["Решение систем линейных уравнений", "Решение задач с помощью систем уравнений",
                "Повторение: формулы сокращённого умножения", "Повторение: функции и графики",
                "Итоговое повторение", "Разбор годовой контрольной работы"],
    "Геометрия": ["Построение треугольника по трём элементам", "Повторение: признаки равенства треугольников",
                  "Повторение: параллельные прямые", "Решение задач на построение"],
    "История": ["Россия при первых Романовых", "Церковный раскол", "Народные движения XVII века",
                "Культура России XVII века", "Итоговое повторение"],
    "Английский язык": ["Unit 8. Sport", "Unit 8. Reading", "Unit 8. Test", "Revision: Past Simple",
                        "Summer holidays"],
    "Алгебра и начала анализа": ["Производная сложной функции", "Уравнение касательной",
                                 "Применение производной к исследованию функции", "Итоговое повторение",
                                 "Годовая контрольная работа", "Анализ годовой контрольной работы"],
    "Физика": ["Электрический ток в полупроводниках", "Лабораторная работа № 9", "Повторение: механика",
               "Повторение: молекулярная физика", "Итоговое повторение"],
    "Обществознание": ["Правовое регулирование общественных отношений", "Гражданское право",
                       "Семейное право", "Итоговое повторение"],
}

W1, W2, W3 = D(2028, 5, 15), D(2028, 5, 22), D(2028, 5, 29)
SCHOOL_DAYS = [W1 + dt.timedelta(days=i) for i in range(5)] + [W2 + dt.timedelta(days=i) for i in range(5)] + \
              [W3 + dt.timedelta(days=i) for i in range(3)]  # the year's lessons end on Wednesday 05-31

# reporting periods (§3.12, §8.4): 7В counts in quarters, 10А in half-years; both have the year column
PERIODS = {
    G7: [(1000007780701, "2027-09-01", "2027-10-27", 1, "Quarter", "1 четверть"),
         (1000007780702, "2027-11-08", "2027-12-28", 2, "Quarter", "2 четверть"),
         (1000007780703, "2028-01-10", "2028-03-24", 3, "Quarter", "3 четверть"),
         (1000007780704, "2028-04-03", "2028-05-31", 4, "Quarter", "4 четверть"),
         (1000007780709, "2027-09-01", "2028-05-31", 1, "Year", "Год")],
    G10: [(1000007781001, "2027-09-01", "2027-12-28", 1, "HalfYear", "1 полугодие"),
          (1000007781002, "2028-01-10", "2028-05-31", 2, "HalfYear", "2 полугодие"),
          (1000007781009, "2027-09-01", "2028-05-31", 1, "Year", "Год")],
}
HOLIDAYS = [(1000008780001, "2027-10-28", "2027-11-07", "Осенние каникулы"),
            (1000008780002, "2027-12-29", "2028-01-09", "Зимние каникулы"),
            (1000008780003, "2028-03-25", "2028-04-02", "Весенние каникулы"),
            (1000008780004, "2028-06-01", "2028-08-31", "Летние каникулы")]


def at(s):
    return T.fromisoformat(s)


def ids(n):
    return {"id": n, "id_str": str(n)}


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


# --- lessons -------------------------------------------------------------------------------------------------

LESSONS = {}  # (g, day, n) -> lesson
_topic_counter = {}
for _g in (G7, G10):
    for _day in SCHOOL_DAYS:
        for _n, _subj in enumerate(WEEKDAY[_g][_day.weekday()], start=1):
            _i = _topic_counter.get((_g, _subj), 0)
            _topic_counter[(_g, _subj)] = _i + 1
            _off = GI[_g] * 100000 + (_day - D(2028, 5, 1)).days * 10 + _n
            LESSONS[(_g, _day, _n)] = {"g": _g, "day": _day, "n": _n, "subject": _subj, "off": _off,
                                       "id": 1981234567781000000 + _off, "work": 1981234567782000000 + _off,
                                       "title": TOPICS[_subj][_i % len(TOPICS[_subj])]}

# a lesson's second work (§3.2: a lesson has several works), with the history of its work type: [(from, type)]
TESTS = {
    (G7, D(2028, 5, 17), 1): [("2028-05-17T08:00", WT_SR)],  # самостоятельная по русскому
    (G7, D(2028, 5, 23), 4): [("2028-05-23T10:40", WT_SR), ("2028-05-26T12:30", WT_KR)],  # СР -> КР (corrected)
    (G7, D(2028, 5, 25), 5): [("2028-05-25T11:35", WT_KR)],
    (G10, D(2028, 5, 24), 2): [("2028-05-24T08:50", WT_KR)],
    (G10, D(2028, 5, 30), 1): [("2028-05-30T08:00", WT_GKR)],
}


def test_work_id(key):
    return 1981234567783000000 + LESSONS[key]["off"]


def test_type(key, t):
    hist = [wt for since, wt in TESTS[key] if at(since) <= t]
    return hist[-1] if hist else None


# --- the journal's edit history -------------------------------------------------------------------------------

MARKS = {}  # mark id -> {"key", "pupil", "test", "history": [(time, state|None)]}


def new_mark(mid, key, pupil, value, when, test=False, use_avg=True, date=None):
    wt = test_type(key, at(when)) if test else WT_OU
    MARKS[mid] = {"key": key, "pupil": pupil, "test": test, "history": [
        (at(when), {"value": value, "wt": wt, "use_avg": use_avg, "date": date or when})]}
    return mid


def change_mark(mid, when, **fields):
    last = dict(MARKS[mid]["history"][-1][1])
    last.update(fields)
    MARKS[mid]["history"].append((at(when), last))


def delete_mark(mid, when):
    MARKS[mid]["history"].append((at(when), None))


def mark_id(key, pupil, kind=0):
    """kind 0: the lesson's default work, 1: its second work, 2: a mark given anew (a new id)."""
    return 1981234567840000000 + kind * 10000000 + LESSONS[key]["off"] * 10 + PUPILS[key[0]].index(pupil)


LOG = {}  # (lesson key, pupil) -> [(time, state|None)]


def log(key, pupil, status, comment, when, created=None):
    LOG.setdefault((key, pupil), []).append((at(when), {"status": status, "comment": comment,
                                                        "created": created or when}))


def unlog(key, pupil, when):
    LOG[(key, pupil)].append((at(when), None))


def relog(key, pupil, when, **fields):
    last = dict(LOG[(key, pupil)][-1][1])
    last.update(fields)
    LOG[(key, pupil)].append((at(when), last))


# ---- week 1 ----
# (a) 7В Алгебра Tue 05-16 #4: a «5» entered on Глебова Т. belongs to Глебов Т.: deleted, given to him anew
K = (G7, D(2028, 5, 16), 4)
new_mark(mark_id(K, TAYA), K, TAYA, "5", "2028-05-16T11:24:13.41")
delete_mark(mark_id(K, TAYA), "2028-05-19T15:20:02.10")
new_mark(mark_id(K, TIMA, 2), K, TIMA, "5", "2028-05-19T15:20:40.77")
# (b) 7В Геометрия Tue 05-16 #1: Кира's «3» raised to «4» (she corrected her work)
K = (G7, D(2028, 5, 16), 1)
new_mark(mark_id(K, KIRA), K, KIRA, "3", "2028-05-16T08:44:51.2")
change_mark(mark_id(K, KIRA), "2028-05-19T16:02:11.5", value="4", date="2028-05-19T16:02:11.5")
# (c) 10А Физика Wed 05-17 #2: a «2» for Матвей, who was absent: the mark deleted, the absence entered
K = (G10, D(2028, 5, 17), 2)
new_mark(mark_id(K, MATV), K, MATV, "2", "2028-05-17T09:34:20.9")
delete_mark(mark_id(K, MATV), "2028-05-18T13:05:44.6")
log(K, MATV, "Absent", "", "2028-05-18T13:06:02.31")
# (d) 7В Русский язык Wed 05-17 #1: Тимофей absent, then a doctor's note: Absent -> Ill
K = (G7, D(2028, 5, 17), 1)
log(K, TIMA, "Absent", "", "2028-05-17T08:05:12.8")
relog(K, TIMA, "2028-05-19T09:12:00.0", status="Ill", comment="справка от 18.05")
new_mark(mark_id(K, KIRA, 1), K, KIRA, "5", "2028-05-17T14:10:05.1", test=True)
new_mark(mark_id(K, TAYA, 1), K, TAYA, "4", "2028-05-17T14:10:31.6", test=True)
# (e) 10А Литература Thu 05-18 #4: Полина's «4» corrected to «5»
K = (G10, D(2028, 5, 18), 4)
new_mark(mark_id(K, POLI), K, POLI, "4", "2028-05-18T11:22:19.3")
change_mark(mark_id(K, POLI), "2028-05-19T17:40:03.9", value="5", date="2028-05-19T17:40:03.9")
# ordinary entries of week 1
log((G7, D(2028, 5, 15), 3), TAYA, "Late", "опоздала на 7 минут", "2028-05-15T09:52:40.15")
log((G10, D(2028, 5, 16), 1), ARTR, "Ill", "ОРВИ", "2028-05-16T08:03:11.4")
log((G10, D(2028, 5, 16), 2), ARTR, "Ill", "ОРВИ", "2028-05-16T08:52:07.3")

# ---- week 2 ----
# (f) 10А Физика Mon 05-22 #1: a «4» on Матвей that is Артур's: deleted, Артур's given anew
K = (G10, D(2028, 5, 22), 1)
new_mark(mark_id(K, MATV), K, MATV, "4", "2028-05-22T08:43:09.5")
delete_mark(mark_id(K, MATV), "2028-05-25T16:30:00.2")
new_mark(mark_id(K, ARTR, 2), K, ARTR, "4", "2028-05-25T16:30:41.8")
# (g) 7В Алгебра Tue 05-23 #4: the column created as «Самостоятельная работа», corrected to «Контрольная работа»
K = (G7, D(2028, 5, 23), 4)
for p, v in ((KIRA, "5"), (TIMA, "3"), (TAYA, "4")):
    new_mark(mark_id(K, p, 1), K, p, v, f"2028-05-23T15:4{PUPILS[G7].index(p)}:12.6", test=True)
    change_mark(mark_id(K, p, 1), "2028-05-26T12:30:00.0", wt=WT_KR)
# (h) 10А Физика Wed 05-24 #2: контрольная; Артур's «2» kept but taken out of the average (he rewrites it)
K = (G10, D(2028, 5, 24), 2)
for p, v in ((MATV, "5"), (POLI, "4"), (ARTR, "2")):
    new_mark(mark_id(K, p, 1), K, p, v, f"2028-05-24T14:0{PUPILS[G10].index(p)}:55.1", test=True)
change_mark(mark_id(K, ARTR, 1), "2028-05-26T13:15:27.4", use_avg=False)
# (i) 7В История Mon 05-22 #3: a «5» for Кира entered by mistake, deleted on Thursday
K = (G7, D(2028, 5, 22), 3)
new_mark(mark_id(K, KIRA), K, KIRA, "5", "2028-05-22T10:29:33.3")
delete_mark(mark_id(K, KIRA), "2028-05-25T18:01:12.9")
# (j) 7В Английский язык Mon 05-22 #4: Кира absent -> late (she came 15 minutes late)
K = (G7, D(2028, 5, 22), 4)
log(K, KIRA, "Absent", "", "2028-05-22T10:45:03.3")
relog(K, KIRA, "2028-05-25T12:00:41.0", status="Late", comment="опоздала на 15 минут")
# (k) 10А Литература Tue 05-23 #2: Полина absent -> Pass (the parents' application)
K = (G10, D(2028, 5, 23), 2)
log(K, POLI, "Absent", "", "2028-05-23T08:55:30.6")
relog(K, POLI, "2028-05-26T10:10:10.1", status="Pass", comment="заявление родителей")
# (l) 7В Русский язык Wed 05-24 #1: Тимофей late -> set back to Attend (the teacher's slip)
K = (G7, D(2028, 5, 24), 1)
log(K, TIMA, "Late", "", "2028-05-24T08:06:44.2")
relog(K, TIMA, "2028-05-25T09:30:19.8", status="Attend", comment="")
# (m) 7В Русский язык Wed 05-24 #1: Таисия's «3» -> «4»
new_mark(mark_id(K, TAYA), K, TAYA, "3", "2028-05-24T08:41:02.7")
change_mark(mark_id(K, TAYA), "2028-05-26T11:47:38.0", value="4", date="2028-05-26T11:47:38.0")
# (n) 7В Геометрия Thu 05-25 #5: контрольная; Тимофей's «2» deleted on Saturday (he rewrites it); his oral «4»
K = (G7, D(2028, 5, 25), 5)
for p, v in ((KIRA, "4"), (TIMA, "2"), (TAYA, "5")):
    new_mark(mark_id(K, p, 1), K, p, v, f"2028-05-25T16:1{PUPILS[G7].index(p)}:05.5", test=True)
new_mark(mark_id(K, TIMA), K, TIMA, "4", "2028-05-25T12:16:48.0")
delete_mark(mark_id(K, TIMA, 1), "2028-05-27T11:02:36.4")
# (o) 10А Обществознание Fri 05-26 #2: Артур absent (he was at the city olympiad: deleted on Saturday); Полина late
K = (G10, D(2028, 5, 26), 2)
log(K, ARTR, "Absent", "", "2028-05-26T08:52:00.9")
unlog(K, ARTR, "2028-05-27T10:14:55.0")
log(K, POLI, "Late", "опоздала на 5 минут", "2028-05-26T08:56:21.4")
# ordinary entries of week 2
log((G10, D(2028, 5, 25), 3), MATV, "Ill", "", "2028-05-25T09:46:30.0")

# ---- week 3 ----
# (p) 10А Алгебра и начала анализа Mon 05-29 #2: the absence entered on Матвей is Артур's
K = (G10, D(2028, 5, 29), 2)
log(K, MATV, "Absent", "", "2028-05-29T08:51:17.7")
unlog(K, MATV, "2028-05-30T12:40:00.3")
log(K, ARTR, "Absent", "", "2028-05-30T12:40:25.9")
# (q) 10А Физика Mon 05-29 #1: Артур rewrites the контрольная
K = (G10, D(2028, 5, 29), 1)
new_mark(mark_id(K, ARTR), K, ARTR, "3", "2028-05-29T08:42:10.2")
# (r) 10А Алгебра и начала анализа Tue 05-30 #1: годовая контрольная; Артур's «2» rechecked to «3»
K = (G10, D(2028, 5, 30), 1)
for p, v in ((MATV, "4"), (POLI, "5"), (ARTR, "2")):
    new_mark(mark_id(K, p, 1), K, p, v, f"2028-05-30T15:0{PUPILS[G10].index(p)}:40.3", test=True)
change_mark(mark_id(K, ARTR, 1), "2028-05-31T13:20:06.6", value="3", date="2028-05-31T13:20:06.6")
# (s) 7В Английский язык Tue 05-30 #3: Таисия's «2» deleted the next day
K = (G7, D(2028, 5, 30), 3)
new_mark(mark_id(K, TAYA), K, TAYA, "2", "2028-05-30T09:47:11.0")
delete_mark(mark_id(K, TAYA), "2028-05-31T10:05:58.4")
# (t) 7В Литература Wed 05-31 #3: Кира's «5»
new_mark(mark_id((G7, D(2028, 5, 31), 3), KIRA), (G7, D(2028, 5, 31), 3), KIRA, "5", "2028-05-31T10:27:30.8")
log((G7, D(2028, 5, 31), 5), TIMA, "Pass", "соревнования", "2028-05-31T11:36:02.2")

PROFILE = {KIRA: "5545", TIMA: "3443", TAYA: "4545", MATV: "4554", POLI: "5555", ARTR: "3434"}
SCENARIO = {(m["key"], m["pupil"]) for m in MARKS.values()} | set(LOG) | {(k, p) for k in TESTS for p in PUPILS[k[0]]}
for key, lesson in sorted(LESSONS.items(), key=lambda x: x[1]["off"]):
    for p in PUPILS[key[0]]:  # at most one ordinary «ответ на уроке» mark per lesson, on about 3 lessons in 8
        hh = h(lesson["id"], p[0])
        if (key, p) in SCENARIO or h(lesson["id"]) % 8 != PUPILS[key[0]].index(p):
            continue
        end = BELLS[key[2]][1]
        stamp = (at(f"{key[1]}T{end}") + dt.timedelta(minutes=3 + 4 * PUPILS[key[0]].index(p),
                                                           seconds=hh % 59)).isoformat() + f".{hh % 97 + 1}"
        new_mark(mark_id(key, p), key, p, PROFILE[p][(hh // 7) % 4], stamp)

# --- final marks (§3.13): (group, pupil, period id, subject) -> history -----------------------------------------

FINALS = {}  # final mark id -> {"g", "pupil", "rp", "subject", "history"}
PERIOD_ID = {(g, name): pid for g, ps in PERIODS.items() for pid, *_, name in ps}


def period_work(g, rp, subject):
    return 1981234567789000000 + GI[g] * 100000 + (rp % 100) * 100 + list(SUBJECTS).index(subject)


def final(g, pupil, period, subject, value, when, anew=0):
    rp = PERIOD_ID[(g, period)]
    fid = 1981234567880000000 + anew * 1000000 + GI[g] * 100000 + (rp % 100) * 1000 + \
        list(SUBJECTS).index(subject) * 10 + PUPILS[g].index(pupil)
    FINALS[fid] = {"g": g, "pupil": pupil, "rp": rp, "subject": subject,
                   "history": [(at(when), {"value": value, "date": when})]}
    return fid


def change_final(fid, when, value):
    FINALS[fid]["history"].append((at(when), {"value": value, "date": when}))


def delete_final(fid, when):
    FINALS[fid]["history"].append((at(when), None))


for g in (G7, G10):  # the earlier periods' marks, set long before the journey
    earlier = [p for p in PERIODS[g] if p[4] != "Year" and p[2] < "2028-05-01"]
    for pid, a, b, n, kind, name in earlier:
        for subject in CLASS_SUBJECTS[g]:
            for p in PUPILS[g]:
                value = PROFILE[p][h(pid, subject, p[0]) % 4]
                final(g, p, name, subject, value, f"{b}T15:{10 + PUPILS[g].index(p)}:0{n}.5")

# 7В «4 четверть», set on Monday 05-29 (Русский, Литература, Алгебра, Геометрия, История, Английский); Тимофей's
# История is not set on Monday (entered in the year column by mistake, see below)
Q4 = {KIRA: "545455", TIMA: "4432_4", TAYA: "454445"}
YEAR7 = {KIRA: "555455", TIMA: "443344", TAYA: "454445"}
HY2 = {MATV: "4545_", POLI: "5554_", ARTR: "34234"}  # Рус, Лит, Алгебра и н. а., Физика, Обществознание
YEAR10 = {MATV: "45454", POLI: "54545", ARTR: "34244"}
FINAL_SET = {}
for g, table, period, when in ((G7, Q4, "4 четверть", "2028-05-29T15:{m:02d}:07.4"),
                               (G10, HY2, "2 полугодие", "2028-05-29T16:{m:02d}:51.2"),
                               (G7, YEAR7, "Год", "2028-05-31T14:{m:02d}:19.8"),
                               (G10, YEAR10, "Год", "2028-05-31T15:{m:02d}:33.0")):
    for p, values in table.items():
        for i, (subject, value) in enumerate(zip(CLASS_SUBJECTS[g], values)):
            if value != "_":
                FINAL_SET[(g, p[0], period, subject)] = final(
                    g, p, period, subject, value, when.format(m=10 + PUPILS[g].index(p) * 6 + i))
# Кира's Литература for the quarter «4» -> «5» (Tuesday)
change_final(FINAL_SET[(G7, KIRA[0], "4 четверть", "Литература")], "2028-05-30T13:45:10.6", "5")
# Тимофей's История: on Monday a «5» was entered in the year column instead of the quarter's; Tuesday it is
# deleted and entered in the quarter; on Wednesday the year mark «4» is set (a new mark, YEAR7 above)
wrong = final(G7, TIMA, "Год", "История", "5", "2028-05-29T15:22:40.1", anew=1)
delete_final(wrong, "2028-05-30T14:02:12.0")
final(G7, TIMA, "4 четверть", "История", "5", "2028-05-30T14:02:55.5", anew=2)
# Тимофей's Геометрия for the quarter «2»: retaken on Friday 06-02: «3», a new mark; the «2» is gone
delete_final(FINAL_SET[(G7, TIMA[0], "4 четверть", "Геометрия")], "2028-06-02T12:10:00.0")
final(G7, TIMA, "4 четверть", "Геометрия", "3", "2028-06-02T12:10:31.9", anew=3)
# 10А Обществознание for the half-year: Полина's «5» entered in Матвей's row on Monday; Tuesday it is moved to her,
# and his own «4» set
misplaced = final(G10, MATV, "2 полугодие", "Обществознание", "5", "2028-05-29T16:29:03.3", anew=1)
delete_final(misplaced, "2028-05-30T15:31:20.4")
final(G10, POLI, "2 полугодие", "Обществознание", "5", "2028-05-30T15:31:48.0", anew=2)
final(G10, MATV, "2 полугодие", "Обществознание", "4", "2028-05-30T15:32:05.7", anew=2)
# Артур's Физика for the half-year «3» -> «4» (Tuesday, after his rewrite)
change_final(FINAL_SET[(G10, ARTR[0], "2 полугодие", "Физика")], "2028-05-30T16:05:44.2", "4")
# Полина's year Литература «4» -> «5» (Thursday 06-01, the teachers' council)
change_final(FINAL_SET[(G10, POLI[0], "Год", "Литература")], "2028-06-01T09:20:02.9", "5")
# Артур's year Алгебра и начала анализа «2»: retaken on Friday 06-02: «3», a new mark
delete_final(FINAL_SET[(G10, ARTR[0], "Год", "Алгебра и начала анализа")], "2028-06-02T11:40:00.0")
final(G10, ARTR, "Год", "Алгебра и начала анализа", "3", "2028-06-02T11:40:36.2", anew=3)


# --- the journal's state at a pull ----------------------------------------------------------------------------

def state(history, t):
    current = None
    for when, st in history:
        if when <= t:
            current = st
    return current


MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad", "1": "Bad"}


def mark_obj(mid, t):
    m = MARKS[mid]
    st = state(m["history"], t)
    if st is None:
        return None
    lesson = LESSONS[m["key"]]
    work = test_work_id(m["key"]) if m["test"] else lesson["work"]
    p = m["pupil"]
    return {**ids(mid), "type": "mark5", "value": st["value"], "textValue": st["value"],
            "person": p[0], "person_str": str(p[0]), "work": work, "work_str": str(work),
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0, "date": st["date"],
            "workType": st["wt"], "mood": MOOD[st["value"][0]], "use_avg_calc": st["use_avg"]}


def works_of(key, t):
    lesson = LESSONS[key]
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": key[0],
              "eduGroup_str": str(key[0]), "tasks": [], "periodNumber": 4 if key[0] == G7 else 2,
              "periodType": "Quarter" if key[0] == G7 else "HalfYear", "subjectId": subj, "isImportant": False,
              "createdBy": TEACHER[lesson["subject"]][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(lesson["work"]), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "text": "",
            "targetDate": f"{key[1]}T00:00:00", "sentDate": None, **common}]
    if key in TESTS and test_type(key, t):
        wt = test_type(key, t)
        title = {WT_SR: "Самостоятельная работа", WT_KR: "Контрольная работа",
                 WT_GKR: "Годовая контрольная работа"}[wt]
        out.append({**ids(test_work_id(key)), "type": "LessonTestWork" if wt != WT_SR else "CommonWork",
                    "workType": wt, "markType": "mark5", "markCount": 1, "displayInJournal": True, "status": "Sent",
                    "text": f"{title}: {lesson['title']}", "targetDate": f"{key[1]}T00:00:00", "sentDate": None,
                    **{**common, "isImportant": wt in (WT_KR, WT_GKR)}})
    return out


def entity_lesson(key, t):
    lesson = LESSONS[key]
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[key[2]][0]
    teacher = TEACHER[lesson["subject"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{key[1]}T{start}:00", "number": key[2],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": key[0], "status": "Conducted" if t >= at(f"{key[1]}T{start}") else "Planned",
            "resultPlaceId": 0, "works": works_of(key, t), "teachers": [teacher], "teachers_str": [str(teacher)]}


def lessons_range(g, a, b, t):
    return [entity_lesson(k, t) for k in sorted(LESSONS, key=lambda k: (k[1], k[2])) if k[0] == g and a <= k[1] <= b]


def marks_range(g, a, b, t):
    out = [mark_obj(mid, t) for mid, m in sorted(MARKS.items()) if m["key"][0] == g and a <= m["key"][1] <= b]
    return sorted([m for m in out if m], key=lambda m: (m["date"], m["id"]))


def work_marks(key, t):
    out = [mark_obj(mid, t) for mid, m in sorted(MARKS.items()) if m["key"] == key and m["test"]]
    return [m for m in out if m]


def log_obj(key, p, t):
    st = state(LOG[(key, p)], t)
    if st is None:
        return None
    lid = LESSONS[key]["id"]
    return {"person": p[0], "person_str": str(p[0]), "lesson": lid, "lesson_str": str(lid),
            "comment": st["comment"], "status": st["status"], "createdDate": st["created"]}


def log_range(g, subject, a, b, t):
    out = [log_obj(k, p, t) for (k, p) in sorted(LOG, key=lambda x: (x[0][1], x[0][2], x[1][0]))
           if k[0] == g and LESSONS[k]["subject"] == subject and a <= k[1] <= b]
    return [e for e in out if e]


def lesson_log(key, t):
    out = [log_obj(k, p, t) for (k, p) in sorted(LOG, key=lambda x: x[1][0]) if k == key]
    return [e for e in out if e]


def final_marks(g, t):
    """edu-groups/{g}/final-marks (§3.13, §8.4): per pupil and reporting period, the subjects' final marks."""
    out = []
    for p in PUPILS[g]:
        for rp, *_ in PERIODS[g]:
            per_subject = []
            for subject in CLASS_SUBJECTS[g]:
                for fid, f in sorted(FINALS.items()):
                    if f["g"] != g or f["pupil"] != p or f["rp"] != rp or f["subject"] != subject:
                        continue
                    st = state(f["history"], t)
                    if st is None:
                        continue
                    work = period_work(g, rp, subject)
                    sid = SUBJECTS[subject][0]
                    per_subject.append({"subject": sid, "subject_str": str(sid), "final-mark": {
                        **ids(fid), "type": "mark5", "value": st["value"], "textValue": st["value"],
                        "person": p[0], "person_str": str(p[0]), "work": work, "work_str": str(work),
                        "lesson": None, "lesson_str": None, "number": 0, "date": st["date"], "workType": WT_PM,
                        "mood": MOOD[st["value"]], "use_avg_calc": False}})
            if per_subject:
                out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                             "reportingPeriod": rp, "reportingPeriod_str": str(rp),
                             "per-subject-final-marks": per_subject})
    return out


WEIGHT = {i: w for i, _, _, _, w in WORK_TYPES}


def counted(g, p, subject, a, b, t):
    """(weight, value) of the pupil's counted marks of the subject whose lessons fall in [a, b], as of t."""
    out = []
    for mid, m in MARKS.items():
        key = m["key"]
        if key[0] != g or m["pupil"] != p or LESSONS[key]["subject"] != subject or not a <= key[1] <= b:
            continue
        st = state(m["history"], t)
        if st and st["use_avg"]:
            out.append((WEIGHT[st["wt"]], int(st["value"][0])))
    return out


def earlier_marks(g, p, subject, a):
    """The marks of the period before the journey (2028-05-15), which the journey does not carry: the journal's
    averages count them (invented, deterministic)."""
    n = 6 + h(g, p[0], subject, a) % 5
    return [((1, 1, 2, 1, 3)[h(p[0], subject, a, i) % 5], int(PROFILE[p][h(subject, i, p[0]) % 4]) -
             (1 if h(i, p[0], a) % 9 == 0 else 0)) for i in range(n)]


def two_decimals(v):
    """The journal's figure as a float with two decimals whose last is not 0 (so that its JSON text is unique)."""
    v = round(v, 2)
    if round(v * 100) % 10 == 0:
        v = round(v - 0.01, 2)
    return v


def wa_marks(g, a, b, t):
    """edu-groups/{g}/wa-marks/{from}/{to} (§3.1): weighted averages per subject and pupil, a float."""
    out = []
    for subject in CLASS_SUBJECTS[g]:
        sid = SUBJECTS[subject][0]
        marks = []
        for p in PUPILS[g]:
            ws = earlier_marks(g, p, subject, a) + counted(g, p, subject, D.fromisoformat(a), D.fromisoformat(b), t)
            marks.append({"person": p[0], "value": two_decimals(sum(w * v for w, v in ws) / sum(w for w, _ in ws))})
        out.append({"subject": sid, "subject_str": str(sid), "marks": marks})
    return {"subjectMarks": out}


def avg_marks(g, a, b, t):
    """edu-groups/{g}/avg-marks/{from}/{to} (§3.13): simple averages as strings."""
    out = []
    for p in PUPILS[g]:
        per = []
        for subject in CLASS_SUBJECTS[g]:
            sid = SUBJECTS[subject][0]
            ws = earlier_marks(g, p, "year:" + subject, a) + counted(g, p, subject, D.fromisoformat(a),
                                                                       D.fromisoformat(b), t)
            per.append({"subject": sid, "subject_str": str(sid),
                        "avg-mark-value": f"{sum(v for _, v in ws) / len(ws):.2f}"})
        out.append({"person": p[0], "person_str": str(p[0]), "per-subject-averages": per})
    return out


# --- reference data -------------------------------------------------------------------------------------------

def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par = ("7В", 7) if g == G7 else ("10А", 10)
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2027,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МАОУ «Гимназия № 78»", "type": "School", "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2],
                                           "middleName": c[4], "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [G7 if c in PUPILS[G7] else G10]} for c in children],
            "splitId": None}


def rpg(g):
    return {"id": RPG[g], "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": kind, "name": name,
         "year": 2027} for pid, a, b, n, kind, name in PERIODS[g]],
        "holidays": [{"id": hid, "reportingPeriodGroupId": RPG[g], "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков", "Start": "2027-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2027-09-01T{a}:00", "Finish": f"2027-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


# --- the job's pulls ------------------------------------------------------------------------------------------

class Clock:
    """Pull stamps: each answer a few seconds after the previous one."""

    def __init__(self, start):
        self.t = at(start)

    def next(self, seconds=20):
        now = self.t
        self.t += dt.timedelta(seconds=seconds)
        return now


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled.isoformat() + TZ}


def plan_pull(monday, start):
    c = Clock(start)
    saturday = monday + dt.timedelta(days=5)
    out = []
    for g in (G7, G10):
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}", lessons_range(g, monday, saturday, t), t))
    return out


def day_pull(monday, start, last_day=None):
    """The job's regular pull of the running week: each class's lessons (Mon..Sat), marks (Mon..Sun) and, per
    subject (the endpoint's `subject` filter, §3.5), its log entries (Mon..Sun)."""
    c = Clock(start)
    saturday, sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    out = []
    for g in (G7, G10):
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}", lessons_range(g, monday, saturday, t), t))
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(g, monday, sunday, t), t))
        for subject in CLASS_SUBJECTS[g]:
            t = c.next(10)
            sid = SUBJECTS[subject][0]
            out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?subject={sid}&from={monday}&to={sunday}",
                           log_range(g, subject, monday, sunday, t), t))
    return out


def finals_pull(start):
    c = Clock(start)
    out = []
    for g in (G7, G10):
        t = c.next(30)
        out.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, t), t))
    return out


def averages_pull(start, with_year):
    c = Clock(start)
    out = []
    for g in (G7, G10):
        a, b = next((x[1], x[2]) for x in PERIODS[g] if x[2] == "2028-05-31" and x[4] != "Year")
        t = c.next(30)
        out.append(rec(f"GET /v2/edu-groups/{g}/wa-marks/{a}/{b}", wa_marks(g, a, b, t), t))
        if with_year:
            t = c.next(30)
            out.append(rec(f"GET /v2/edu-groups/{g}/avg-marks/2027-09-01/2028-05-31",
                           avg_marks(g, "2027-09-01", "2028-05-31", t), t))
    return out


def pick(records, *needles):
    return [r for r in records if any(n in r["request"] for n in needles)]


def main():
    c = Clock("2028-05-14T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 78»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 78»",
                                     "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                     "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "66."}, c.next()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], c.next()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G7), group_obj(G10)], c.next()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], c.next()) for g in (G7, G10)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), c.next()) for g in (G7, G10)],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), c.next()) for g in (G7, G10)],
        rec(f"GET /v2/users/{ELENA[1]}/context", context(ELENA, [KIRA, MATV]), c.next()),
        rec(f"GET /v2/users/{RUSLAN[1]}/context", context(RUSLAN, [TIMA]), c.next()),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [POLI]), c.next()),
    ]
    setup += finals_pull("2028-05-14T19:05:00")

    wed1 = day_pull(W1, "2028-05-17T20:00:00")
    retry1 = pick(wed1, "/marks/", f"subject={SUBJECTS['Русский язык'][0]}&",
                  f"{G10}?subject={SUBJECTS['Физика'][0]}&")
    fri2 = day_pull(W2, "2028-05-26T20:00:00") + averages_pull("2028-05-26T20:30:00", with_year=True)
    late_averages = averages_pull("2028-05-30T07:00:00", with_year=False)  # stuck in the retry queue until 06-01
    mon3_morning = [rec(f"GET /v2/works/{test_work_id((G7, D(2028, 5, 25), 5))}/marks",
                        work_marks((G7, D(2028, 5, 25), 5), at("2028-05-29T08:00:00")), at("2028-05-29T08:00:00")),
                    rec(f"GET /v2/lessons/{LESSONS[(G10, D(2028, 5, 26), 2)]['id']}/log-entries",
                        lesson_log((G10, D(2028, 5, 26), 2), at("2028-05-29T08:00:30")), at("2028-05-29T08:00:30"))]
    tue3_morning = finals_pull("2028-05-30T08:00:00")
    steps = [
        ("1. reference data, members, bells, periods, parents, the final marks so far (Sun 2028-05-14 19:00)",
         [setup]),
        ("2. week 1 as planned (Sun 05-14 19:10)", [plan_pull(W1, "2028-05-14T19:10:00")]),
        ("3. Wednesday's pull of week 1 (Wed 05-17 20:00)", [wed1]),
        ("4. Friday's pull of week 1: the namesakes' «5» moved, Кира's «3» -> «4», Матвей's «2» deleted and his "
         "absence entered, Тимофей's absence now Ill, Полина's «4» -> «5» (Fri 05-19 20:00)",
         [day_pull(W1, "2028-05-19T20:00:00")]),
        ("5. the retry queue re-sends Wednesday's marks and two attendance answers (pulled Wed 05-17 20:00), "
         "delivered Sat 05-20 09:00", [retry1]),
        ("6. week 2 as planned (Sun 05-21 19:10)", [plan_pull(W2, "2028-05-21T19:10:00")]),
        ("7. Wednesday's pull of week 2 (Wed 05-24 20:00)", [day_pull(W2, "2028-05-24T20:00:00")]),
        ("8. Friday's pull of week 2, and the journal's weighted averages of the running period and simple "
         "averages of the year (Fri 05-26 20:00)",
         [fri2]),
        ("9. week 3 as planned: the year's last three days, then the summer (Sun 05-28 19:10)",
         [plan_pull(W3, "2028-05-28T19:10:00")]),
        ("10. Monday morning: the job re-reads a work's marks and a lesson's log entries the teachers changed on "
         "Saturday (Mon 05-29 08:00)", [mon3_morning]),
        ("11. Monday's pull, and the quarter's and half-year's final marks (Mon 05-29 20:00)",
         [day_pull(W3, "2028-05-29T20:00:00") + finals_pull("2028-05-29T20:30:00")]),
        ("12. Tuesday's pull with the final marks corrected (Tue 05-30 20:00); then the final marks pulled that "
         "morning (08:00), delivered late by the retry queue",
         [day_pull(W3, "2028-05-30T20:00:00") + finals_pull("2028-05-30T20:30:00"), tue3_morning]),
        ("13. Wednesday's pull: the year marks, the journal's weighted averages of the periods and simple averages "
         "of the year (Wed 05-31 20:00)",
         [day_pull(W3, "2028-05-31T20:00:00") + finals_pull("2028-05-31T20:30:00") +
          averages_pull("2028-05-31T21:00:00", with_year=True)]),
        ("14. summer: the final marks after the teachers' council (Thu 06-01 10:00); the weighted averages pulled "
         "on Tuesday 05-30 07:00, delivered late by the retry queue, after Wednesday's",
         [finals_pull("2028-06-01T10:00:00") + late_averages]),
        ("15. the retakes (Fri 06-02 15:00)", [finals_pull("2028-06-02T15:00:00")]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 78» (Екатеринбург, UTC+5), 7В (quarters) and 10А (half-years), "
                       "2028-05-15..06-04, the end of the school year 2027/28: marks changed, deleted and moved "
                       "between two namesakes, a column's work type corrected, a mark taken out of the average, "
                       "absences changed in kind and withdrawn, quarter, half-year and year marks set, corrected, "
                       "moved and retaken, the journal's own averages, and answers pulled earlier delivered later.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 78»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records,", len(steps), "steps")


if __name__ == "__main__":
    main()
