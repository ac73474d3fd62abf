"""Writes journey.json of dnevnik_ru_45: exam preparation in the 9th and 11th grades (Dnevnik.ru v2, spring 2027).

Standard library only, deterministic. Every answer is generated from one model of the journal as it stood at the
moment of its pull (`pulled_at`), so re-pulls, plans replaced by the journal and corrections are consistent with
each other. Shapes follow shared/reference/dnevnik_ru.md (§ cited in README.md).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+05:00"  # Екатеринбург, schools/{s} timeZone 5 (§2, §3.10)

SCHOOL = 1000002545045
SCHOOL_NAME = "МАОУ «Лицей № 45»"

# --- subjects (§3.11) ---------------------------------------------------------------------------------------------
ALG9, RUS, PE, ALG11, ELECT = 1000003545001, 1000003545002, 1000003545003, 1000003545004, 1000003545005
SUBJECTS = {
    ALG9: ("Алгебра", "Математика и информатика"),
    RUS: ("Русский язык", "Русский язык и литература"),
    PE: ("Физическая культура", "Физическая культура и основы безопасности жизнедеятельности"),
    ALG11: ("Алгебра и начала математического анализа", "Математика и информатика"),
    ELECT: ("Практикум по русскому языку", "Русский язык и литература"),
}

# --- work types (§3.3 standalone, with weight) ----------------------------------------------------------------------
WT = {
    4501: ("DefaultNewLessonWork", 1, "Ответ на уроке", "ОУ", 1),
    4502: ("LessonTestWork", 3, "Контрольная работа", "КР", 3),
    4503: ("CommonWork", 2, "Самостоятельная работа", "СР", 2),
    4504: ("LessonExamination", 7, "Пробный экзамен (отметка)", "ПЭ", 3),
    4505: ("LessonExamination", 7, "Пробный экзамен (баллы)", "ПБ", 1),
    4506: ("Homework", 9, "Домашнее задание", "ДЗ", 1),
    4507: ("PeriodMark", 20, "Четвертная отметка", "Ч", 1),
    4508: ("PeriodMark", 20, "Полугодовая отметка", "П", 1),
    4509: ("LessonComposition", 5, "Сочинение (содержание/грамотность)", "СОЧ", 2),
}

# --- people (§3.9) ------------------------------------------------------------------------------------------------
TEACHERS = {
    1000012545901: ("Кузнецова", "Ирина", "Викторовна", "Female", 1000011545901, "Алгебра, геометрия"),
    1000012545902: ("Ахметова", "Лилия", "Рашидовна", "Female", 1000011545902, "Русский язык, литература"),
    1000012545903: ("Григорьев", "Олег", "Иванович", "Male", 1000011545903, "Физическая культура"),
    1000012545904: ("Белов", "Сергей", "Петрович", "Male", 1000011545904, "Математика"),
    1000012545905: ("Шарипова", "Венера", "Ахатовна", "Female", 1000011545905, "Математика"),
}
KUZ, AKH, GRI, BEL, SHA = TEACHERS

MAX, ALINA, DANIIL, KAMILA = 1000012545001, 1000012545002, 1000012545003, 2260325488545100004
ARTEM, RUSLAN, DARYA = 1000012545011, 1000012545012, 1000012545013
PUPILS = {
    MAX: ("Иванов", "Максим", "Андреевич", "Male", 1000011545001),
    ALINA: ("Сафина", "Алина", "Маратовна", "Female", 1000011545002),
    DANIIL: ("Петров", "Даниил", "Сергеевич", "Male", None),
    KAMILA: ("Гарипова", "Камила", "Ильдаровна", "Female", 2260325488545200004),
    ARTEM: ("Морозов", "Артём", "Игоревич", "Male", 1000011545011),
    RUSLAN: ("Сафин", "Руслан", "Маратович", "Male", 1000011545012),
    DARYA: ("Котова", "Дарья", "Олеговна", "Female", 1000011545013),
}
PARENTS = {  # person id -> (names, user id, children)
    1000012545101: (("Иванова", "Елена", "Викторовна"), 1000011545101, [MAX]),
    1000012545102: (("Сафина", "Гульнара", "Ринатовна"), 1000011545102, [ALINA, RUSLAN]),
    1000012545103: (("Морозов", "Игорь", "Николаевич"), 1000011545103, [ARTEM]),
    1000012545104: (("Котова", "Наталья", "Павловна"), 1000011545104, [DARYA]),
    1000012545105: (("Гарипов", "Ильдар", "Ренатович"), 1000011545105, [KAMILA]),
}

# --- groups (§3.8) ------------------------------------------------------------------------------------------------
G9A, G9B, G9V, G11A = 2260325488545000091, 2260325488545000092, 2260325488545000093, 2260325488545000111
R204, R205, RRES, CONS = 2260325488545000941, 2260325488545000942, 2260325488545000943, 2260325488545000951
PROF, BASE, IUP, ELEC = 2260325488545001121, 2260325488545001122, 2260325488545001123, 2260325488545001131
NINTH = [G9A, G9B, G9V]
GROUPS = {  # id -> (name, parallel, parents, fullName)
    G9A: ("9А", 9, [], ""), G9B: ("9Б", 9, [], ""), G9V: ("9В", 9, [], ""), G11A: ("11А", 11, [], ""),
    R204: ("Пробный ОГЭ по математике, ауд. 204", 9, NINTH, "Ахметова Л. Р."),
    R205: ("Пробный ОГЭ по математике, ауд. 205", 9, NINTH, "Григорьев О. И."),
    RRES: ("Пробный ОГЭ по математике, резервный день", 9, NINTH, "Кузнецова И. В."),
    CONS: ("Консультация к ОГЭ по математике", 9, NINTH, "Шарипова В. А."),
    PROF: ("Алгебра и НА, профильный уровень", 11, [G11A], "Белов С. П."),
    BASE: ("Алгебра и НА, базовый уровень", 11, [G11A], "Шарипова В. А."),
    IUP: ("Алгебра и НА, ИУП (Котова Д.)", 11, [G11A], "Белов С. П."),
    ELEC: ("Элективный курс «Практикум по русскому языку»", 11, [G11A], "Ахметова Л. Р."),
}
MEMBERS = {
    G9A: [MAX, KAMILA], G9B: [ALINA], G9V: [DANIIL], G11A: [ARTEM, RUSLAN, DARYA],
    R204: [MAX, ALINA], R205: [KAMILA, DANIIL], RRES: [KAMILA], CONS: [MAX, DANIIL],
    PROF: [ARTEM], BASE: [RUSLAN], IUP: [DARYA], ELEC: [ARTEM, RUSLAN],
}
CLASS_OF = {MAX: G9A, KAMILA: G9A, ALINA: G9B, DANIIL: G9V, ARTEM: G11A, RUSLAN: G11A, DARYA: G11A}

# --- bells (§3.14) ------------------------------------------------------------------------------------------------
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05"), 7: ("13:15", "13:55"), 8: ("14:10", "14:50")}
PLACES = {ALG9: "302", RUS: "215", PE: "Спортзал", ALG11: "310"}

# --- periods (§3.12) ----------------------------------------------------------------------------------------------
Q = {1: (1000007545001, "2026-09-01", "2026-10-24"), 2: (1000007545002, "2026-11-05", "2026-12-27"),
     3: (1000007545003, "2027-01-12", "2027-03-19"), 4: (1000007545004, "2027-03-29", "2027-05-25")}
H = {1: (1000007545101, "2026-09-01", "2026-12-27"), 2: (1000007545102, "2027-01-12", "2027-05-25")}
YEAR9, YEAR11 = 1000007545009, 1000007545109


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# --- the journal's lessons --------------------------------------------------------------------------------------
LESSONS: dict[int, dict] = {}
WORKS: dict[int, dict] = {}
MARKS: dict[int, dict] = {}
LOG: list[dict] = []
_seq = {"lesson": 0, "work": 0, "mark": 0, "task": 0}


def lesson(group, subject, day, number, title, teacher, place=None, hours=None, clock=None, removed=None,
           planned="2027-02-26T12:00:00"):
    _seq["lesson"] += 1
    lid = 2260325488545500000 + _seq["lesson"]
    LESSONS[lid] = {"id": lid, "group": group, "subject": subject, "day": day, "number": number, "title": title,
                    "teacher": teacher, "place": place or PLACES.get(subject), "hours": hours,
                    "clock": clock or BELLS[number][0], "created": planned, "removed": removed}
    work(lid, 4501, "DefaultNewLessonWork", created=planned)  # the lesson's default work (§7 SOAP insertLesson)
    return lid


def work(lid, wtype, kind, mark_type="mark5", text="", created=None, target=None, important=False, files=(),
         count=1):
    _seq["work"] += 1
    wid = 2260325488545700000 + _seq["work"]
    les = LESSONS[lid]
    WORKS[wid] = {"id": wid, "lesson": lid, "workType": wtype, "type": kind, "markType": mark_type, "text": text,
                  "created": created or f"{les['day']}T{les['clock']}:00", "target": target or les["day"],
                  "important": important, "files": list(files), "count": count}
    return wid


def default_work(lid):
    return next(w for w in WORKS.values() if w["lesson"] == lid and w["type"] == "DefaultNewLessonWork")


def mark(person, wid, value, when, mtype="mark5", avg=True, changes=(), removed=None, number=0):
    _seq["mark"] += 1
    mid = 2260325488545800000 + _seq["mark"]
    MARKS[mid] = {"id": mid, "person": person, "work": wid, "value": value, "date": when, "type": mtype,
                  "avg": avg, "changes": list(changes), "removed": removed, "number": number}
    return mid


def log(lid, person, status, comment, when):
    LOG.append({"lesson": lid, "person": person, "status": status, "comment": comment, "created": when})


WEEK1 = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
WEEK2 = ["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]  # 03-08: a public holiday
WEEK3 = ["2027-03-15", "2027-03-16", "2027-03-17", "2027-03-18", "2027-03-19"]

ALG9_TOPICS = {"2027-03-01": "Арифметическая прогрессия. Формула n-го члена",
               "2027-03-04": "Сумма первых n членов арифметической прогрессии",
               "2027-03-11": "Разбор пробного ОГЭ: задания первой части",
               "2027-03-15": "Геометрическая прогрессия",
               "2027-03-18": "Контрольная работа «Прогрессии»"}
RUS9_TOPICS = {"2027-03-02": "Сложноподчинённые предложения с придаточными изъяснительными",
               "2027-03-09": "Подготовка к сжатому изложению",
               "2027-03-16": "Сочинение-рассуждение 13.2 (ОГЭ)"}
PE9_TOPICS = {"2027-03-03": "Волейбол: верхняя передача мяча", "2027-03-10": "Волейбол: нижняя прямая подача",
              "2027-03-17": "Лёгкая атлетика: челночный бег 3×10 м"}
SLOTS9 = {G9A: {"alg": 2, "rus": 3, "pe": 5}, G9B: {"alg": 3, "rus": 2, "pe": 6}, G9V: {"alg": 4, "rus": 4, "pe": 4}}

L = {}  # (group, subject key, day) -> lesson id
for g in NINTH:
    for day, title in ALG9_TOPICS.items():
        L[(g, "alg", day)] = lesson(g, ALG9, day, SLOTS9[g]["alg"], title, KUZ)
    for day, title in RUS9_TOPICS.items():
        L[(g, "rus", day)] = lesson(g, RUS, day, SLOTS9[g]["rus"], title, AKH)
    for day, title in PE9_TOPICS.items():
        removed = "2027-03-06T09:00:00" if (g == G9V and day == "2027-03-10") else None  # exam day: 9В's PE dropped
        L[(g, "pe", day)] = lesson(g, PE, day, SLOTS9[g]["pe"], title, GRI, removed=removed)

PROF_TOPICS = {"2027-03-01": "Производная сложной функции", "2027-03-04": "Задачи с параметром (задание 18 ЕГЭ)",
               "2027-03-11": "Исследование функции с помощью производной",
               "2027-03-15": "Первообразная и интеграл", "2027-03-18": "Разбор пробного ЕГЭ (профильный уровень)"}
BASE_TOPICS = {"2027-03-01": "Текстовые задачи (задания 1–5 ЕГЭ базового уровня)",
               "2027-03-04": "Вероятность случайного события", "2027-03-11": "Площади многоугольников",
               "2027-03-15": "Площади фигур на клетчатой бумаге", "2027-03-18": "Разбор пробного ЕГЭ (базовый уровень)"}
IUP_TOPICS = {"2027-03-01": "Производная (индивидуальное занятие)", "2027-03-04": "Применение производной",
              "2027-03-11": "Вероятность (индивидуальное занятие)", "2027-03-15": "Подготовка к пробному ЕГЭ",
              "2027-03-18": "Разбор пробного ЕГЭ"}
for day, title in PROF_TOPICS.items():
    removed = "2027-03-09T09:00:00" if day == "2027-03-11" else None  # the trial ЕГЭ in Russian takes the morning
    L[(PROF, "alg", day)] = lesson(PROF, ALG11, day, 1, title, BEL, removed=removed)
for day, title in BASE_TOPICS.items():
    removed = "2027-03-09T09:00:00" if day == "2027-03-11" else None
    L[(BASE, "alg", day)] = lesson(BASE, ALG11, day, 1, title, SHA, place="311", removed=removed)
for day, title in IUP_TOPICS.items():
    L[(IUP, "alg", day)] = lesson(IUP, ALG11, day, 7, title, BEL, place="310")
RUS11_TOPICS = {"2027-03-02": "Задание 27: комментарий к сформулированной проблеме",
                "2027-03-09": "Орфография: задания 9–15", "2027-03-16": "Разбор пробного ЕГЭ по русскому языку"}
for day, title in RUS11_TOPICS.items():
    L[(G11A, "rus", day)] = lesson(G11A, RUS, day, 2, title, AKH)
ELEC_TOPICS = {"2027-03-02": "Аргументация в сочинении", "2027-03-09": "Логические ошибки в сочинении",
               "2027-03-16": "Пишем сочинение по тексту Д. А. Гранина"}
for day, title in ELEC_TOPICS.items():
    L[(ELEC, "el", day)] = lesson(ELEC, ELECT, day, 8, title, AKH, place="215")
PE11_TOPICS = {"2027-03-05": "Баскетбол: ведение мяча", "2027-03-12": "Баскетбол: бросок в движении",
               "2027-03-19": "Сдача норматива: прыжок в длину с места"}
for day, title in PE11_TOPICS.items():
    L[(G11A, "pe", day)] = lesson(G11A, PE, day, 4, title, GRI)
CONS_TOPICS = {"2027-03-03": "Консультация: задания 20–22 второй части",
               "2027-03-17": "Консультация: разбор ошибок пробного ОГЭ"}
for day, title in CONS_TOPICS.items():
    L[(CONS, "cons", day)] = lesson(CONS, ALG9, day, 8, title, SHA, place="302")

# the trial exams: the whole parallel at once, in rooms mixing 9А, 9Б and 9В (groups of their own, §3.8 parentIds)
EX204 = lesson(R204, ALG9, "2027-03-10", 1, "Пробный ОГЭ по математике", AKH, place="204", hours="09:00 - 12:55",
               clock="09:00", planned="2027-03-01T10:00:00")
EX205 = lesson(R205, ALG9, "2027-03-10", 1, "Пробный ОГЭ по математике", GRI, place="205", hours="09:00 - 12:55",
               clock="09:00", planned="2027-03-01T10:00:00")
EXRES = lesson(RRES, ALG9, "2027-03-17", 7, "Пробный ОГЭ по математике (резервный день)", KUZ, place="204",
               hours="13:15 - 17:10", planned="2027-03-12T16:00:00")
EXRUS = lesson(G11A, RUS, "2027-03-11", 1, "Пробный ЕГЭ по русскому языку", AKH, place="Актовый зал",
               hours="09:00 - 12:30", clock="09:00", planned="2027-03-01T10:00:00")
EXPROF = lesson(PROF, ALG11, "2027-03-17", 1, "Пробный ЕГЭ по математике (профильный уровень)", BEL, place="310",
                hours="09:00 - 12:55", clock="09:00", planned="2027-03-09T10:00:00")
EXBASE = lesson(BASE, ALG11, "2027-03-17", 1, "Пробный ЕГЭ по математике (базовый уровень)", SHA, place="311",
                clock="09:00", planned="2027-03-09T10:00:00")
EXIUP = lesson(IUP, ALG11, "2027-03-17", 7, "Пробный ЕГЭ по математике (базовый уровень), индивидуально", BEL,
               place="310", planned="2027-03-09T10:00:00")

# exam works: the five-point conversion (counts) and the score (mark100, not counted), §3.2 markType, §5
def exam_works(lid, score_text):
    conv = work(lid, 4504, "LessonExamination", "mark5", "Отметка по шкале перевода ФИПИ")
    score = work(lid, 4505, "LessonExamination", "mark100", score_text) if score_text else None
    return conv, score


OGE204 = exam_works(EX204, "Первичный балл (максимум 31)")
OGE205 = exam_works(EX205, "Первичный балл (максимум 31)")
OGERES = exam_works(EXRES, "Первичный балл (максимум 31)")
EGERUS = exam_works(EXRUS, "Тестовый балл (из 100)")
EGEPROF = exam_works(EXPROF, "Тестовый балл (из 100)")
EGEBASE = exam_works(EXBASE, None)  # the base level has no test score: five-point only
EGEIUP = exam_works(EXIUP, None)

# --- marks --------------------------------------------------------------------------------------------------------
def at(day, clock):
    return f"{day}T{clock}"


# trial ОГЭ, checked on Friday 03-12 (the marks' date is when they were set, §3.1)
mark(MAX, OGE204[0], "4", at("2027-03-12", "15:20:11.3"))
mark(MAX, OGE204[1], "19", at("2027-03-12", "15:20:48.07"), mtype="mark100", avg=False)
mark(ALINA, OGE204[0], "5", at("2027-03-12", "15:22:02.5"))
mark(ALINA, OGE204[1], "24", at("2027-03-12", "15:22:31.61"), mtype="mark100", avg=False)
mark(DANIIL, OGE205[0], "2", at("2027-03-12", "16:01:15.9"))
mark(DANIIL, OGE205[1], "7", at("2027-03-12", "16:01:40.2"), mtype="mark100", avg=False)
# Камила was ill on 03-10 and wrote it on the reserve day
mark(KAMILA, OGERES[0], "3", at("2027-03-19", "13:05:09.4"))
mark(KAMILA, OGERES[1], "13", at("2027-03-19", "13:05:30.88"), mtype="mark100", avg=False)
# trial ЕГЭ Russian, checked 03-15; Руслан's score raised on appeal on 03-20 (same mark id, §3.1)
mark(ARTEM, EGERUS[0], "5", at("2027-03-15", "17:40:12.2"))
mark(ARTEM, EGERUS[1], "81", at("2027-03-15", "17:40:40.5"), mtype="mark100", avg=False)
mark(RUSLAN, EGERUS[0], "4", at("2027-03-15", "17:42:03.1"))
RUSLAN_SCORE = mark(RUSLAN, EGERUS[1], "64", at("2027-03-15", "17:42:19.77"), mtype="mark100", avg=False,
                    changes=[("2027-03-20T11:05:44.3", "66")])
mark(DARYA, EGERUS[0], "4", at("2027-03-15", "17:44:50.0"))
mark(DARYA, EGERUS[1], "58", at("2027-03-15", "17:45:10.25"), mtype="mark100", avg=False)
# trial ЕГЭ mathematics, checked 03-19
mark(ARTEM, EGEPROF[0], "4", at("2027-03-19", "14:30:00.5"))
mark(ARTEM, EGEPROF[1], "72", at("2027-03-19", "14:30:21.3"), mtype="mark100", avg=False)
mark(RUSLAN, EGEBASE[0], "5", at("2027-03-19", "14:51:37.8"))
mark(DARYA, EGEIUP[0], "4", at("2027-03-19", "15:10:02.9"))

# ordinary lesson marks
def lm(person, key, value, wt=4501, kind="DefaultNewLessonWork", clock="12:00:00.0", mtype="mark5", avg=True,
       changes=(), removed=None, extra_work=None):
    lid = L[key]
    wid = extra_work if extra_work else default_work(lid)["id"]
    return mark(person, wid, value, at(LESSONS[lid]["day"], clock), mtype=mtype, avg=avg, changes=changes,
                removed=removed)


for g in NINTH:
    # the unit test on 03-18 (a second work of the lesson, «Контрольная работа», §3.2)
    L[(g, "kr", "2027-03-18")] = work(L[(g, "alg", "2027-03-18")], 4502, "LessonTestWork", text="Прогрессии")
    L[(g, "sr", "2027-03-04")] = work(L[(g, "alg", "2027-03-04")], 4503, "CommonWork",
                                      text="Сумма арифметической прогрессии")
lm(MAX, (G9A, "alg", "2027-03-01"), "5", clock="09:12:44.1")
lm(MAX, (G9A, "alg", "2027-03-04"), "4", extra_work=L[(G9A, "sr", "2027-03-04")], clock="15:02:10.5")
lm(KAMILA, (G9A, "alg", "2027-03-04"), "3-", extra_work=L[(G9A, "sr", "2027-03-04")], clock="15:03:00.25")
lm(MAX, (G9A, "rus", "2027-03-09"), "4+", clock="10:30:00.3")
lm(KAMILA, (G9A, "rus", "2027-03-16"), "5", clock="10:20:41.0")
# the essay of 03-16 is marked as a double mark («дробь», §3.1 number / §3.2 markCount 2): content / literacy
ESSAY = work(L[(G9A, "rus", "2027-03-16")], 4509, "LessonComposition", text="Сочинение-рассуждение 13.2", count=2,
             created="2027-03-16T09:45:00")
mark(MAX, ESSAY, "4", "2027-03-18T18:02:10.4", number=0)
mark(MAX, ESSAY, "3", "2027-03-18T18:02:10.4", number=1)
mark(KAMILA, ESSAY, "5", "2027-03-18T18:03:55.12", number=0)
mark(KAMILA, ESSAY, "5", "2027-03-18T18:03:55.12", number=1)
# 03-18: Максим's «3» raised to «4» on 03-19 (same id); Камила's «2» was put in by mistake and deleted
lm(MAX, (G9A, "alg", "2027-03-18"), "3", extra_work=L[(G9A, "kr", "2027-03-18")], clock="16:40:00.0",
   changes=[("2027-03-19T10:15:30.6", "4")])
lm(KAMILA, (G9A, "alg", "2027-03-18"), "2", extra_work=L[(G9A, "kr", "2027-03-18")], clock="16:41:12.9",
   removed="2027-03-20T09:00:00")
lm(MAX, (G9A, "pe", "2027-03-17"), "5", clock="12:10:05.5")
lm(ALINA, (G9B, "alg", "2027-03-01"), "5", clock="10:05:00.7")
lm(ALINA, (G9B, "alg", "2027-03-04"), "5", extra_work=L[(G9B, "sr", "2027-03-04")], clock="15:30:19.0")
lm(ALINA, (G9B, "rus", "2027-03-02"), "4", clock="09:25:47.35")
lm(ALINA, (G9B, "alg", "2027-03-18"), "4", extra_work=L[(G9B, "kr", "2027-03-18")], clock="16:55:00.0")
lm(ALINA, (G9B, "pe", "2027-03-03"), "5", clock="13:00:12.0")
lm(DANIIL, (G9V, "alg", "2027-03-04"), "3", extra_work=L[(G9V, "sr", "2027-03-04")], clock="15:45:00.0")
lm(DANIIL, (G9V, "rus", "2027-03-09"), "3", clock="11:15:03.0")
lm(DANIIL, (G9V, "alg", "2027-03-18"), "3-", extra_work=L[(G9V, "kr", "2027-03-18")], clock="17:05:55.2")
# Даниил is exempt from PE (освобождён): the PE teacher gives him the scale's «осв» (§5 markdismiss)
lm(DANIIL, (G9V, "pe", "2027-03-03"), "осв", mtype="markdismiss", avg=False, clock="11:20:00.0")
lm(DANIIL, (G9V, "pe", "2027-03-17"), "осв", mtype="markdismiss", avg=False, clock="11:20:00.0")
# 11А
lm(ARTEM, (PROF, "alg", "2027-03-04"), "5", clock="09:00:30.0")
lm(ARTEM, (PROF, "alg", "2027-03-15"), "4", clock="08:41:10.4")
lm(RUSLAN, (BASE, "alg", "2027-03-04"), "4", clock="08:45:00.0")
lm(DARYA, (IUP, "alg", "2027-03-04"), "5", clock="14:00:00.0")
L[(IUP, "sr", "2027-03-15")] = work(L[(IUP, "alg", "2027-03-15")], 4503, "CommonWork",
                                    text="Самостоятельная работа по вариантам ЕГЭ (база)")
lm(DARYA, (IUP, "alg", "2027-03-15"), "4", extra_work=L[(IUP, "sr", "2027-03-15")], clock="14:10:00.0")
lm(ARTEM, (G11A, "rus", "2027-03-02"), "5", clock="09:35:22.0")
lm(RUSLAN, (G11A, "rus", "2027-03-09"), "3+", clock="09:35:00.0")
lm(RUSLAN, (ELEC, "el", "2027-03-16"), "5", clock="14:55:00.0")
lm(DARYA, (G11A, "pe", "2027-03-12"), "5", clock="11:25:00.0")

# --- attendance (§3.5, §6) -----------------------------------------------------------------------------------------
log(EX205, KAMILA, "Ill", "справка", "2027-03-10T09:05:12.4")
log(EX204, MAX, "Attend", "", "2027-03-10T09:04:01.0")
log(L[(CONS, "cons", "2027-03-17")], DANIIL, "Absent", "", "2027-03-17T14:12:33.1")
log(L[(G11A, "rus", "2027-03-02")], RUSLAN, "Late", "опоздал на 10 минут", "2027-03-02T09:01:07.55")
log(L[(G9V, "pe", "2027-03-03")], DANIIL, "Pass", "освобождён от физкультуры до 31.03", "2027-03-03T10:41:00.0")
log(L[(G9V, "pe", "2027-03-17")], DANIIL, "Pass", "освобождён от физкультуры до 31.03", "2027-03-17T10:41:00.0")
log(L[(G11A, "pe", "2027-03-19")], DARYA, "Pass", "ИУП: занятие по индивидуальному плану", "2027-03-19T10:41:30.0")

# --- homework (§3.2 Homework works, §3.6 tasks, §3.7 bundle) ---------------------------------------------------------
FILES = {2260325488545900001: ("Вариант_15_Ященко_2027.pdf", 812_345),
         2260325488545900002: ("Тексты_для_сочинения_Гранин.docx", 48_120)}
HW = [
    work(L[(G9A, "alg", "2027-03-04")], 4506, "Homework", text="Сборник Ященко, вариант 12, задания 1–19",
         target="2027-03-11"),
    work(L[(G9B, "alg", "2027-03-04")], 4506, "Homework", text="Сборник Ященко, вариант 12, задания 1–19",
         target="2027-03-11"),
    work(L[(G9V, "alg", "2027-03-04")], 4506, "Homework", text="Сборник Ященко, вариант 12, задания 1–19",
         target="2027-03-11"),
    work(L[(CONS, "cons", "2027-03-03")], 4506, "Homework", text="Вариант 15: задания 20–25 с полным решением",
         target="2027-03-17", files=[2260325488545900001]),
    work(L[(G9A, "rus", "2027-03-16")], 4506, "Homework", text="Написать сочинение 13.2 по тексту упр. 214",
         target="2027-03-23"),
    work(L[(ELEC, "el", "2027-03-09")], 4506, "Homework", text="Сочинение по тексту Д. А. Гранина (задание 27)",
         target="2027-03-16", files=[2260325488545900002]),
    work(L[(PROF, "alg", "2027-03-15")], 4506, "Homework", text="Вариант 7 профильного ЕГЭ, задания 1–12",
         target="2027-03-17"),
    work(L[(IUP, "alg", "2027-03-15")], 4506, "Homework", text="Вариант 3 базового ЕГЭ, задания 1–21",
         target="2027-03-17"),
]


# --- shapes -----------------------------------------------------------------------------------------------------
def ts(s):
    return dt.datetime.fromisoformat(s)


def alive(item, t):
    return ts(item["created"]) <= t and (item.get("removed") is None or ts(item["removed"]) > t)


def person_obj(pid, names, sex, user):
    last, first, middle = names
    obj = {"id": pid, "id_str": str(pid), "userId": user, "userId_str": str(user) if user else None,
           "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.",
           "sex": sex}
    return obj


def pupil_obj(pid):
    last, first, middle, sex, user = PUPILS[pid]
    return person_obj(pid, (last, first, middle), sex, user)


def teacher_obj(tid):
    last, first, middle, sex, user, _ = TEACHERS[tid]
    return person_obj(tid, (last, first, middle), sex, user)


def subject_obj(sid):
    name, area = SUBJECTS[sid]
    return {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def group_obj(gid):
    name, parallel, parents, full = GROUPS[gid]
    return {"id": gid, "id_str": str(gid), "parentIds": parents, "parentIds_str": [str(p) for p in parents],
            "type": "Subgroup" if parents else "Group", "name": name, "fullName": full, "parallel": parallel,
            "timetable": 1000006545045, "timetable_str": "1000006545045", "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def period_of(day):
    for n, (pid, start, finish) in Q.items():
        if start <= day <= finish:
            return n
    return 3


def tasks_of(w, gid):
    out = []
    for p in MEMBERS[gid]:
        tid = 2260325488545750000 + (w["id"] - 2260325488545700000) * 10 + sorted(MEMBERS[gid]).index(p)
        out.append({"id": tid, "id_str": str(tid), "person": p, "person_str": str(p), "work": w["id"],
                    "work_str": str(w["id"]), "status": "NotStarted", "targetDate": f"{w['target']}T00:00:00"})
    return out


def work_obj(w):
    les = LESSONS[w["lesson"]]
    gid, hw = les["group"], w["type"] == "Homework"
    return {"id": w["id"], "id_str": str(w["id"]), "type": w["type"], "workType": w["workType"],
            "markType": w["markType"], "markCount": w["count"], "lesson": les["id"], "lesson_str": str(les["id"]),
            "displayInJournal": not hw, "status": "Sent", "eduGroup": gid, "eduGroup_str": str(gid),
            "tasks": tasks_of(w, gid) if hw else [], "text": w["text"], "periodNumber": period_of(les["day"]),
            "periodType": "Quarter", "subjectId": les["subject"], "isImportant": w["type"] == "LessonExamination",
            "targetDate": f"{w['target']}T00:00:00", "sentDate": (w["created"] + ".0") if hw else None,
            "createdBy": les["teacher"], "files": w["files"], "oneDriveLinks": []}


def works_of(lid, t):
    return [w for w in WORKS.values() if w["lesson"] == lid and ts(w["created"]) <= t]


def lesson_entity(les, t):
    return {"id": les["id"], "id_str": str(les["id"]), "title": les["title"],
            "date": f"{les['day']}T{les['clock']}:00", "number": les["number"], "subject": subject_obj(les["subject"]),
            "group": les["group"], "status": "Conducted" if les["day"] < t.date().isoformat() else "Planned",
            "resultPlaceId": 0, "works": [work_obj(w) for w in works_of(les["id"], t)],
            "teachers": [les["teacher"]], "teachers_str": [str(les["teacher"])]}


def lesson_flat(les, t):
    start, finish = BELLS[les["number"]]
    return {"id": les["id"], "title": les["title"], "date": f"{les['day']}T{les['clock']}:00",
            "number": les["number"], "subjectId": les["subject"],
            "status": "Conducted" if les["day"] < t.date().isoformat() else "Planned", "resultPlaceId": 0,
            "building": "Главный корпус", "place": les["place"], "floor": les["place"][0] if les["place"][0].isdigit() else "1",
            "hours": les["hours"] or (f"{start} - {finish}" if les["clock"] == start else None),
            "works": [w["id"] for w in works_of(les["id"], t)], "teachers": [les["teacher"]]}


def value_at(m, t):
    value, when = m["value"], m["date"]
    for change_at, new in m["changes"]:
        if ts(change_at) <= t:
            value, when = new, change_at
    return value, when


def mark_obj(m, t):
    w = WORKS[m["work"]]
    les = LESSONS[w["lesson"]]
    value, when = value_at(m, t)
    mood = {"5": "Good", "4": "Good", "4+": "Good", "3": "Average", "3-": "Average", "3+": "Average",
            "2": "Bad"}.get(value, "NotSet")
    if m["type"] == "mark100":
        mood = "NotSet"
    return {"id": m["id"], "id_str": str(m["id"]), "type": m["type"], "value": value, "textValue": value,
            "person": m["person"], "person_str": str(m["person"]), "work": w["id"], "work_str": str(w["id"]),
            "lesson": les["id"], "lesson_str": str(les["id"]), "number": m["number"], "date": when,
            "workType": w["workType"], "mood": mood, "use_avg_calc": m["avg"]}


def mark_alive(m, t):
    return ts(m["date"]) <= t and (m["removed"] is None or ts(m["removed"]) > t)


def log_obj(e):
    return {"person": e["person"], "person_str": str(e["person"]), "lesson": e["lesson"],
            "lesson_str": str(e["lesson"]), "comment": e["comment"], "status": e["status"],
            "createdDate": e["created"]}


def in_range(day, start, end):
    return start <= day <= end


def lessons_range(gid, start, end, t):
    return [lesson_entity(les, t) for les in sorted(LESSONS.values(), key=lambda x: (x["day"], x["number"]))
            if les["group"] == gid and in_range(les["day"], start, end) and alive(les, t)]


def marks_range(gid, start, end, t):
    out = []
    for m in MARKS.values():
        les = LESSONS[WORKS[m["work"]]["lesson"]]
        if les["group"] == gid and in_range(les["day"], start, end) and mark_alive(m, t):
            assert in_range(value_at(m, t)[1][:10], start, end), (m, start, end)  # ranges cover both dates
            out.append(mark_obj(m, t))
    return sorted(out, key=lambda x: (x["date"], x["id"]))


def log_range(gid, start, end, t):
    return [log_obj(e) for e in LOG if LESSONS[e["lesson"]]["group"] == gid
            and in_range(LESSONS[e["lesson"]]["day"], start, end) and ts(e["created"]) <= t]


def homeworks(start, end, t):
    ws = [w for w in WORKS.values() if w["type"] == "Homework" and in_range(LESSONS[w["lesson"]]["day"], start, end)
          and ts(w["created"]) <= t]
    lessons = [LESSONS[w["lesson"]] for w in ws]
    subj = sorted({les["subject"] for les in lessons})
    teachers = sorted({les["teacher"] for les in lessons})
    files = sorted({f for w in ws for f in w["files"]})
    return {"works": [work_obj(w) for w in ws],
            "subjects": [{"id": s, "name": SUBJECTS[s][0], "knowledgeAreaId": None} for s in subj],
            "lessons": [lesson_flat(les, t) for les in lessons],
            "files": [{"id": f, "id_str": str(f), "name": FILES[f][0], "typeGroup": "Document",
                       "type": FILES[f][0].rsplit(".", 1)[1], "pageUrl": f"https://dnevnik.ru/file/{f}",
                       "downloadUrl": f"https://dnevnik.ru/file/download/{f}", "user": None, "size": FILES[f][1],
                       "vote": 0, "uploadedDate": "2027-03-03T16:00:00", "storageType": "Files"} for f in files],
            "teachers": [teacher_obj(x) for x in teachers]}


def wt_embedded(wid):
    kind, kind_id, title, abbr, _ = WT[wid]
    return {"id": wid, "schoolId": SCHOOL, "abbreviation": abbr, "name": title, "isFinal": kind == "PeriodMark",
            "isImportant": kind == "LessonExamination", "kindId": kind_id, "kind": kind}


def schedules(person, gid, start, end, t):
    groups = [g for g, members in MEMBERS.items() if person in members]
    days = []
    day = d(start)
    while day <= d(end):
        iso = day.isoformat()
        lessons = sorted((les for les in LESSONS.values() if les["group"] in groups and les["day"] == iso
                          and alive(les, t)), key=lambda x: x["number"])
        ids = {les["id"] for les in lessons}
        ws = [w for les in lessons for w in works_of(les["id"], t)]
        marks = [mark_obj(m, t) for m in MARKS.values() if m["person"] == person and mark_alive(m, t)
                 and WORKS[m["work"]]["lesson"] in ids]
        logs = [log_obj(e) for e in LOG if e["person"] == person and e["lesson"] in ids and ts(e["created"]) <= t]
        nxt = (day + dt.timedelta(days=1)).isoformat() + "T00:00:00"
        days.append({"date": f"{iso}T00:00:00", "lessons": [lesson_flat(les, t) for les in lessons],
                     "marks": marks, "works": [work_obj(w) for w in ws if w["type"] != "Homework"],
                     "homeworks": [work_obj(w) for w in ws if w["type"] == "Homework"],
                     "subjects": [{"id": s, "name": SUBJECTS[s][0], "knowledgeAreaId": None}
                                  for s in sorted({les["subject"] for les in lessons})],
                     "workTypes": [wt_embedded(x) for x in sorted({w["workType"] for w in ws})],
                     "lessonLogEntries": logs,
                     "teachers": [teacher_obj(x) for x in sorted({les["teacher"] for les in lessons})],
                     "nextDate": nxt if day < d(end) else None})
        day += dt.timedelta(days=1)
    return {"days": days}


# --- records ------------------------------------------------------------------------------------------------------
def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled + TZ}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def school_obj():
    return {"id": SCHOOL, "id_str": str(SCHOOL), "name": SCHOOL_NAME,
            "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 45»",
            "avatarSmall": None, "city": "Екатеринбург", "municipality": "Верх-Исетский район", "regionId": 66,
            "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular", "tsoCityId": 6600000100000, "tsoRegionTreePath": "66."}


def period_group(gid):
    if gid == G11A:
        periods = [{"id": pid, "id_str": str(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00",
                    "number": n, "type": "HalfYear", "name": f"{n} полугодие", "year": 2026}
                   for n, (pid, a, b) in H.items()]
        year, group_id, hol = YEAR11, 1000007545100, 1000007545150
    else:
        periods = [{"id": pid, "id_str": str(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00",
                    "number": n, "type": "Quarter", "name": f"{n} четверть", "year": 2026}
                   for n, (pid, a, b) in Q.items()]
        year, group_id, hol = YEAR9, 1000007545000, 1000007545050
    periods.append({"id": year, "id_str": str(year), "start": "2026-09-01T00:00:00", "finish": "2027-05-25T00:00:00",
                    "number": 1, "type": "Year", "name": "Год", "year": 2026})
    holidays = [("Осенние каникулы", "2026-10-25", "2026-11-04"), ("Зимние каникулы", "2026-12-28", "2027-01-11"),
                ("Весенние каникулы", "2027-03-20", "2027-03-28")]
    return {"id": group_id, "reportingPeriods": periods,
            "holidays": [{"id": hol + i, "reportingPeriodGroupId": group_id, "dateStart": f"{a}T00:00:00",
                          "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                         for i, (name, a, b) in enumerate(holidays, 1)]}


def context(parent):
    names, user, children = PARENTS[parent]
    last, first, middle = names
    return {"userId": user, "userId_str": str(user), "personId": parent, "personId_str": str(parent),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": SCHOOL_NAME, "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c, "firstName": PUPILS[c][1], "lastName": PUPILS[c][0],
                          "middleName": PUPILS[c][2], "shortName": f"{PUPILS[c][0]} {PUPILS[c][1][0]}. {PUPILS[c][2][0]}.",
                          "schoolIds": [SCHOOL],
                          "groupIds": [g for g, members in MEMBERS.items() if c in members]} for c in children],
            "splitId": None}


def members_answer(groups):
    return [{"group": group_obj(g), "students": [{"person": p, "person_str": str(p), "membershipstatus": "Active"}
                                                 for p in MEMBERS[g]]} for g in groups]


def teachers_pascal():
    out = []
    for tid, (last, first, middle, sex, user, subjects) in TEACHERS.items():
        out.append({"Id": tid, "IdStr": str(tid), "UserId": user, "UserIdStr": str(user), "FirstName": first,
                    "LastName": last, "MiddleName": middle, "ShortName": f"{last} {first[0]}. {middle[0]}.",
                    "Sex": sex, "DateBirth": None, "Email": "", "Subjects": subjects,
                    "HouseMaster": tid in (KUZ, BEL), "Education": "Высшее", "StartDate": "2015-09-01T00:00:00",
                    "PedagogicalActivityDate": None, "TeachingStaff": True, "NameTeacherPosition": "Учитель"})
    return out


def timetables():
    return [{"Name": "Звонки 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": 1000006545100 + n, "Start": a, "Finish": b, "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": [1, 2, 3, 4, 5], "LessonNumber": n} for n, (a, b) in BELLS.items()]}]


FM_BASE = 2260325488545880000


FINAL_VALUES = {  # (person, subject) -> {quarter: value}; «осв»: exempt (markdismiss, §5)
    (MAX, ALG9): {2: "4", 3: "4"}, (MAX, RUS): {2: "4", 3: "4"}, (MAX, PE): {2: "5", 3: "5"},
    (KAMILA, ALG9): {2: "3", 3: "3"}, (KAMILA, RUS): {2: "4", 3: "5"}, (KAMILA, PE): {2: "4", 3: "4"},
    (ALINA, ALG9): {2: "5", 3: "5"}, (ALINA, RUS): {2: "4", 3: "4"}, (ALINA, PE): {2: "5", 3: "5"},
    (DANIIL, ALG9): {2: "3", 3: "3"}, (DANIIL, RUS): {2: "3", 3: "3"}, (DANIIL, PE): {2: "4", 3: "осв"},
}
FINAL11 = {(ARTEM, ALG11): "4", (ARTEM, RUS): "5", (ARTEM, PE): "5", (ARTEM, ELECT): "5",
           (RUSLAN, ALG11): "4", (RUSLAN, RUS): "4", (RUSLAN, PE): "5", (RUSLAN, ELECT): "5",
           (DARYA, ALG11): "5", (DARYA, RUS): "4", (DARYA, PE): "5"}


def _fm(fid, person, value, work_id, wtype, when, mtype="mark5"):
    return {"id": fid, "id_str": str(fid), "type": mtype, "value": value, "textValue": value, "person": person,
            "person_str": str(person), "work": work_id, "work_str": str(work_id), "lesson": None,
            "lesson_str": None, "number": 0, "date": when, "workType": wtype,
            "mood": "Good" if value in ("4", "5") else ("Average" if value == "3" else "NotSet"),
            "use_avg_calc": False}


def final_marks_9(gid):
    out = []
    n = 0
    for person in MEMBERS[gid]:
        for qn, when in ((2, "2026-12-25T15:00:00.0"), (3, "2027-03-19T17:30:12.5")):
            pid = Q[qn][0]
            entries = []
            for subject in (ALG9, RUS, PE):
                value = FINAL_VALUES[(person, subject)][qn]
                fid = FM_BASE + (person % 1000) * 100 + qn * 10 + (subject % 10)
                wid = 2260325488545790000 + (gid % 1000) * 100 + qn * 10 + (subject % 10)
                mtype = "markdismiss" if value == "осв" else "mark5"
                entries.append({"subject": subject, "subject_str": str(subject),
                                "final-mark": _fm(fid, person, value, wid, 4507, when, mtype)})
            out.append({"person": person, "person_str": str(person), "group": gid, "group_str": str(gid),
                        "reportingPeriod": pid, "reportingPeriod_str": str(pid), "per-subject-final-marks": entries})
            n += 1
    return out


def final_marks_11():
    out = []
    for person in MEMBERS[G11A]:
        for hn in (1, 2):
            pid = H[hn][0]
            entries = []
            for subject in (ALG11, RUS, PE, ELECT):
                if (person, subject) not in FINAL11:
                    continue
                if hn == 1:
                    fid = FM_BASE + (person % 1000) * 100 + 50 + (subject % 10)
                    wid = 2260325488545790000 + 11100 + 50 + (subject % 10)
                    fm = _fm(fid, person, FINAL11[(person, subject)], wid, 4508, "2026-12-26T12:00:00.0")
                else:
                    fm = None  # the 2nd half-year is not over: no final mark yet (§3.13)
                entries.append({"subject": subject, "subject_str": str(subject), "final-mark": fm})
            out.append({"person": person, "person_str": str(person), "group": G11A, "group_str": str(G11A),
                        "reportingPeriod": pid, "reportingPeriod_str": str(pid), "per-subject-final-marks": entries})
    return out


AVG9 = {  # the journal's own quarter averages (avg-marks, §3.13), figures over the whole quarter
    MAX: {ALG9: "4.21", RUS: "4.38", PE: "4.83"}, KAMILA: {ALG9: "3.29", RUS: "4.5", PE: "4.2"},
    ALINA: {ALG9: "4.76", RUS: "4.14", PE: "5"}, DANIIL: {ALG9: "2.94", RUS: "3.17", PE: ""},
}
WA11 = {ALG11: {ARTEM: 4.42, RUSLAN: 4.17, DARYA: 4.63}, RUS: {ARTEM: 4.85, RUSLAN: 3.71, DARYA: 4.25},
        PE: {ARTEM: 4.93, RUSLAN: 4.8, DARYA: 4.88}, ELECT: {ARTEM: 4.5, RUSLAN: 4.75}}


def avg_marks(gid):
    return [{"person": p, "person_str": str(p),
             "per-subject-averages": [{"subject": s, "subject_str": str(s), "avg-mark-value": v}
                                      for s, v in AVG9[p].items()]} for p in MEMBERS[gid]]


def wa_marks():
    return {"subjectMarks": [{"subject": s, "subject_str": str(s),
                              "marks": [{"person": p, "person_str": str(p), "value": v} for p, v in by.items()]}
                             for s, by in WA11.items()]}


def single_mark(mid, t):
    return mark_obj(MARKS[mid], ts(t))


def build():
    steps = []
    p1 = "2027-02-28T18:00:00"
    groups_first = [G9A, G9B, G9V, G11A, R204, R205, CONS, PROF, BASE, IUP, ELEC]
    step1 = [
        rec(f"GET /v2/schools/{SCHOOL}", school_obj(), p1),
        rec(f"GET /v2/schools/{SCHOOL}/subjects", [subject_obj(s) for s in SUBJECTS], p1),
        rec(f"GET /v2/work-types/{SCHOOL}",
            [{"id": k, "id_str": str(k), "schoolId": SCHOOL, "kindId": v[1], "kind": v[0], "title": v[2],
              "abbr": v[3], "weight": v[4]} for k, v in WT.items()], p1),
        rec(f"GET /v2/schools/{SCHOOL}/edu-groups", [group_obj(g) for g in groups_first], p1),
    ]
    step1 += [rec(f"GET /v2/edu-groups/{g}/persons", [pupil_obj(x) for x in MEMBERS[g]], p1) for g in (*NINTH, G11A)]
    step1 += [
        rec("POST /v2/edu-groups", members_answer(groups_first), p1, request_body=groups_first),
        rec(f"GET /v2/schools/{SCHOOL}/teachers", teachers_pascal(), p1),
        rec(f"GET /v2/edu-groups/{G9A}/classteacher", teacher_obj(KUZ), p1),
        rec(f"GET /v2/edu-groups/{G11A}/classteacher", teacher_obj(BEL), p1),
    ]
    step1 += [rec(f"GET /v2/edu-groups/{g}/reporting-period-group", period_group(g), p1) for g in (*NINTH, G11A)]
    step1.append(rec(f"GET /v2/schools/{SCHOOL}/timetables", timetables(), p1))
    step1 += [rec(f"GET /v2/users/{PARENTS[p][1]}/context", context(p), p1) for p in PARENTS]
    steps.append({"name": "1 Sun 2027-02-28 18:00 (+05): school, subjects, work types, the 9th and 11th grade "
                          "classes and their pupils, the exam rooms, consultation, level and ИУП subgroups, the elective, memberships, "
                          "teachers, class teachers, periods and holidays, bells, five parents' contexts",
                  "batches": [step1]})

    p2 = "2027-03-05T19:30:00"
    t2 = ts(p2)
    step2 = []
    for g in (*NINTH, G11A, PROF, BASE):
        step2.append(rec(f"GET /v2/edu-groups/{g}/lessons/2027-03-01/2027-03-14", lessons_range(g, "2027-03-01",
                                                                                            "2027-03-14", t2), p2))
    for g in (IUP, ELEC, CONS):  # the small groups' plan for the month
        step2.append(rec(f"GET /v2/edu-groups/{g}/lessons/2027-03-01/2027-03-21",
                         lessons_range(g, "2027-03-01", "2027-03-21", t2), p2))
    for g in NINTH:
        step2.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-03-01/2027-03-07",
                         marks_range(g, "2027-03-01", "2027-03-07", t2), p2))
    step2.append(rec(f"GET /v2/lesson-log-entries/group/{G9V}?from=2027-03-01&to=2027-03-07",
                     log_range(G9V, "2027-03-01", "2027-03-07", t2), p2))
    steps.append({"name": "2 Fri 2027-03-05 19:30: week 1 of the classes and the level subgroups, with next week's "
                          "plan (lessons 03-01..03-14; the small groups' plan for the month), marks, 9В's attendance",
                  "batches": [step2]})

    p2b = "2027-03-10T07:30:00"
    t2b = ts(p2b)
    step2b = [rec(f"GET /v2/persons/{x}/groups/{G9A}/schedules?startDate=2027-03-10&endDate=2027-03-10",
                  schedules(x, G9A, "2027-03-10", "2027-03-10", t2b), p2b) for x in (MAX, KAMILA)]
    steps.append({"name": "2b Wed 2027-03-10 07:30: the parents' app pulls the day of the trial ОГЭ for Максим and "
                          "Камила (both 9А, written in rooms 204 and 205): the bundle's lessons name no group (§3.4), "
                          "and the rooms' own ranges have not been pulled yet",
                  "batches": [step2b]})

    p3 = "2027-03-12T20:00:00"
    t3 = ts(p3)
    step3 = []
    for g in (*NINTH, G11A, PROF, BASE, R204, R205):
        step3.append(rec(f"GET /v2/edu-groups/{g}/lessons/2027-03-08/2027-03-14",
                         lessons_range(g, "2027-03-08", "2027-03-14", t3), p3))
    for g in (G9A, G9V, G11A, R204, R205):
        step3.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-03-08/2027-03-14",
                         marks_range(g, "2027-03-08", "2027-03-14", t3), p3))
    step3.append(rec(f"GET /v2/lesson-log-entries/group/{R205}?from=2027-03-08&to=2027-03-14",
                     log_range(R205, "2027-03-08", "2027-03-14", t3), p3))
    step3.append(rec(f"GET /v2/persons/{MAX}/groups/{G9A}/schedules?startDate=2027-03-08&endDate=2027-03-14",
                     schedules(MAX, G9A, "2027-03-08", "2027-03-14", t3), p3))
    step3.append(rec(f"GET /v2/persons/{KAMILA}/groups/{G9A}/schedules?startDate=2027-03-08&endDate=2027-03-14",
                     schedules(KAMILA, G9A, "2027-03-08", "2027-03-14", t3), p3))
    steps.append({"name": "3 Fri 2027-03-12 20:00: week 2 (03-08 a public holiday; 03-10 the trial ОГЭ of the whole "
                          "9th parallel in rooms 204 and 205; 03-11 the trial ЕГЭ in Russian, the planned algebra "
                          "of that morning and 9В's PE of 03-10 gone from the journal), the ОГЭ checked on Friday",
                  "batches": [step3]})

    p4 = "2027-03-19T20:00:00"
    t4 = ts(p4)
    step4 = [
        rec(f"GET /v2/schools/{SCHOOL}/edu-groups", [group_obj(g) for g in (*groups_first, RRES)], p4),
        rec("POST /v2/edu-groups", members_answer([RRES]), p4, request_body=[RRES]),
    ]
    for g in (*NINTH, G11A, PROF, BASE, RRES):
        step4.append(rec(f"GET /v2/edu-groups/{g}/lessons/2027-03-15/2027-03-21",
                         lessons_range(g, "2027-03-15", "2027-03-21", t4), p4))
    for g in (IUP, ELEC, CONS):
        step4.append(rec(f"GET /v2/edu-groups/{g}/lessons/2027-03-01/2027-03-21",
                         lessons_range(g, "2027-03-01", "2027-03-21", t4), p4))
    for g in (*NINTH, RRES):
        step4.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-03-15/2027-03-21",
                         marks_range(g, "2027-03-15", "2027-03-21", t4), p4))
    for g in (G11A, PROF, BASE, IUP, ELEC):
        step4.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-03-01/2027-03-21",
                         marks_range(g, "2027-03-01", "2027-03-21", t4), p4))
    for g in (G9V, CONS):
        step4.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from=2027-03-15&to=2027-03-21",
                         log_range(g, "2027-03-15", "2027-03-21", t4), p4))
    step4.append(rec(f"GET /v2/lesson-log-entries/group/{G11A}?from=2027-03-01&to=2027-03-21",
                     log_range(G11A, "2027-03-01", "2027-03-21", t4), p4))
    step4.append(rec(f"GET /v2/persons/{ARTEM}/groups/{G11A}/schedules?startDate=2027-03-08&endDate=2027-03-19",
                     schedules(ARTEM, G11A, "2027-03-08", "2027-03-19", t4), p4))
    step4.append(rec(f"GET /v2/persons/{KAMILA}/groups/{G9A}/schedules?startDate=2027-03-15&endDate=2027-03-19",
                     schedules(KAMILA, G9A, "2027-03-15", "2027-03-19", t4), p4))
    step4.append(rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2027-03-01&endDate=2027-03-21",
                     homeworks("2027-03-01", "2027-03-21", t4), p4))
    steps.append({"name": "4 Fri 2027-03-19 20:00: week 3 (the reserve day of the ОГЭ in a new group of one pupil, the "
                          "trial ЕГЭ in mathematics on profile, base and individual level, consultations, the "
                          "elective), the 11th grade's marks of the three weeks, the ИУП and elective groups over "
                          "the three weeks",
                  "batches": [step4]})

    p5 = "2027-03-22T10:00:00"
    t5 = ts(p5)
    step5 = [rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks_9(g), p5) for g in NINTH]
    step5.append(rec(f"GET /v2/edu-groups/{G11A}/final-marks", final_marks_11(), p5))
    step5 += [rec(f"GET /v2/edu-groups/{g}/avg-marks/2027-01-12/2027-03-19", avg_marks(g), p5) for g in NINTH]
    step5.append(rec(f"GET /v2/edu-groups/{G11A}/wa-marks/2027-01-12/2027-03-19", wa_marks(), p5))
    step5.append(rec(f"GET /v2/edu-groups/{G9A}/marks/2027-03-15/2027-03-21",
                     marks_range(G9A, "2027-03-15", "2027-03-21", t5), p5))
    step5.append(rec(f"GET /v2/marks/{RUSLAN_SCORE}", single_mark(RUSLAN_SCORE, p5), p5))
    steps.append({"name": "5 Mon 2027-03-22 10:00 (spring holidays): the quarter's final marks (9th grades; the "
                          "11th grade's half-years), the journal's averages, 9А's last week re-pulled (a mark "
                          "raised, a mark deleted), Руслан's Russian score after the appeal",
                  "batches": [step5]})
    return {"vendor": "dnevnik_ru", "school": {"timezone": "Asia/Yekaterinburg", "name": SCHOOL_NAME},
            "description": "Exam preparation (Dnevnik.ru): the 9th grades 9А, 9Б, 9В and 11А of a Yekaterinburg "
                           "lyceum over three weeks of March 2027: trial ОГЭ and ЕГЭ with scores and five-point "
                           "conversions, rooms mixing classes, consultations and an elective, a pupil exempt from "
                           "PE, a pupil on an individual plan, the quarter's final marks and the journal's averages.",
            "steps": steps}


if __name__ == "__main__":
    journey = build()
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(f"journey.json: {count} records in {len(journey['steps'])} steps")
