"""Write journey.json: «Гимназия № 70» (Екатеринбург, Asia/Yekaterinburg, UTC+5), Dnevnik.ru, an ordinary
integrator's sync job over a fortnight of March 2027 (2027-03-01..03-14) for a senior school on half-years:
classes 10А and 11Б, profile subgroups of the 10th parallel that cross the class lines of 10А and 10Б
(physics/maths vs humanities, `parentIds` of both classes), 11Б's English groups, weighted marks on control works,
the journal's averages, homework with attachments, attendance with every status of §6, and the first half-year's
final marks. Pull order of a real job: a Sunday plan pull, nightly range pulls (the week so far), a morning
re-pull of yesterday, a Friday pull of two pupils' schedules bundles, and a Saturday pull of final marks and
averages. Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002700070  # the school (13-digit, §1)
TZ = "+05:00"
T0 = "2027-02-20T00:00"  # the fortnight's plan was in the journal before the job's first pull

# groups (§3.8): classes and subgroups; ids above 2^53 with _str twins (§1)
G10A, G10B, G11B = 2260325488570100010, 2260325488570100011, 2260325488570100022
SG_FM, SG_GUM = 2260325488570200101, 2260325488570200102  # the 10th parallel's profiles, across 10А and 10Б
SG_EN1, SG_EN2 = 2260325488570200201, 2260325488570200202  # 11Б's English groups
GROUPS = [G10A, G10B, G11B, SG_FM, SG_GUM, SG_EN1, SG_EN2]
GIDX = {g: i + 1 for i, g in enumerate(GROUPS)}
TT = {G10A: 1000006700010, G10B: 1000006700011, G11B: 1000006700022}

# persons: (person id, user id, last, first, middle, sex)
ARTEM = (1000012700101, 1000011700101, "Кузнецов", "Артём", "Сергеевич", "Male")
POLINA = (1000012700102, 1000011700102, "Белова", "Полина", "Игоревна", "Female")
DANIIL = (2260325488570400103, 2260325488570500103, "Соколов", "Даниил", "Андреевич", "Male")
KSENIA = (1000012700104, 1000011700104, "Мальцева", "Ксения", "Романовна", "Female")
TIMUR = (2260325488570400201, 2260325488570500201, "Галиев", "Тимур", "Ренатович", "Male")
ALISA = (1000012700202, 1000011700202, "Воронова", "Алиса", "Павловна", "Female")
MATVEY = (1000012700301, 1000011700301, "Соколов", "Матвей", "Андреевич", "Male")
EVA = (2260325488570400302, 2260325488570500302, "Лаврова", "Ева", "Денисовна", "Female")
GLEB = (1000012700303, 1000011700303, "Нестеров", "Глеб", "Олегович", "Male")
DARIA = (1000012700304, 1000011700304, "Юдина", "Дарья", "Максимовна", "Female")
MEMBERS = {G10A: [ARTEM, POLINA, DANIIL, KSENIA], G10B: [TIMUR, ALISA], G11B: [MATVEY, EVA, GLEB, DARIA],
           SG_FM: [ARTEM, DANIIL, TIMUR], SG_GUM: [POLINA, KSENIA, ALISA],
           SG_EN1: [MATVEY, GLEB], SG_EN2: [EVA, DARIA]}
# parents (users/{u}/context, §3.9)
P_KUZ = (1000012700901, 1000011700901, "Кузнецова", "Ольга", "Николаевна", "Female")
P_BEL = (1000012700902, 1000011700902, "Белов", "Игорь", "Витальевич", "Male")
P_SOK = (1000012700903, 1000011700903, "Соколова", "Елена", "Андреевна", "Female")
P_LAV = (2260325488570400904, 2260325488570500904, "Лаврова", "Наталья", "Викторовна", "Female")
PARENTS = [(P_KUZ, [ARTEM]), (P_BEL, [POLINA]), (P_SOK, [MATVEY, DANIIL]), (P_LAV, [EVA])]
# teachers
T_RUS = (1000012700950, 1000011700950, "Зайцева", "Марина", "Викторовна", "Female")
T_MATH = (1000012700951, 1000011700951, "Ханов", "Ринат", "Фаритович", "Male")
T_PHYS = (1000012700952, 1000011700952, "Глазырин", "Сергей", "Павлович", "Male")
T_HIST = (1000012700953, 1000011700953, "Пермякова", "Людмила", "Андреевна", "Female")
T_ENG1 = (1000012700954, 1000011700954, "Уткина", "Дарья", "Сергеевна", "Female")
T_ENG2 = (1000012700955, 1000011700955, "Морозова", "Кристина", "Олеговна", "Female")
T_CHEM = (1000012700956, 1000011700956, "Сафиуллина", "Гульнара", "Рашитовна", "Female")
T_PE = (1000012700957, 1000011700957, "Бурков", "Андрей", "Иванович", "Male")
TEACHERS = [T_RUS, T_MATH, T_PHYS, T_HIST, T_ENG1, T_ENG2, T_CHEM, T_PE]

SUBJECTS = {  # name -> (id, knowledge area)
    "Русский язык": (1000003700001, "Филология"), "Литература": (1000003700002, "Филология"),
    "Английский язык": (1000003700003, "Филология"), "Алгебра и начала математического анализа": (1000003700004, "Математика и информатика"),
    "Геометрия": (1000003700005, "Математика и информатика"), "Информатика": (1000003700006, "Математика и информатика"),
    "Физика": (1000003700007, "Естественные науки"), "Химия": (1000003700008, "Естественные науки"),
    "Биология": (1000003700009, "Естественные науки"), "История": (1000003700010, "Общественные науки"),
    "Обществознание": (1000003700011, "Общественные науки"), "Право": (1000003700012, "Общественные науки"),
    "Физическая культура": (1000003700013, "Физическая культура"),
    "Основы безопасности и защиты Родины": (1000003700014, "Физическая культура"),
    "Астрономия": (1000003700015, "Естественные науки"),
}
ALG = "Алгебра и начала математического анализа"
OBZR = "Основы безопасности и защиты Родины"
TEACHER_OF = {"Русский язык": T_RUS, "Литература": T_RUS, ALG: T_MATH, "Геометрия": T_MATH, "Информатика": T_MATH,
              "Физика": T_PHYS, "Астрономия": T_PHYS, "Химия": T_CHEM, "Биология": T_CHEM, "История": T_HIST,
              "Обществознание": T_HIST, "Право": T_HIST, "Физическая культура": T_PE, OBZR: T_PE,
              "Английский язык": T_ENG1}

# work types (§3.3 standalone: id, kind, title, abbr, weight); the control work's weight is raised 3 -> 4 by the
# methodological council on 2027-03-06 (the Sunday re-pull of week 2 sees it)
WT_OU, WT_SR, WT_KR, WT_LR, WT_DZ, WT_DIAG, WT_PER = 7001, 7002, 7003, 7004, 7005, 7006, 7009
WORK_TYPES = {WT_OU: ("DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              WT_SR: ("CommonWork", "Самостоятельная работа", "СР", 2),
              WT_KR: ("LessonTestWork", "Контрольная работа", "КР", 3),
              WT_LR: ("LaboratoryWork", "Лабораторная работа", "ЛР", 2),
              WT_DZ: ("Homework", "Домашнее задание", "ДЗ", 1),
              WT_DIAG: ("CommonWork", "Диагностическая работа", "ДР", 1),
              WT_PER: ("PeriodMark", "Отметка за полугодие", "П", 1)}
KR_WEIGHT_CHANGE = ("2027-03-06T12:00", 4)
WORK_KIND = {WT_SR: "CommonWork", WT_KR: "LessonTestWork", WT_LR: "LaboratoryWork", WT_DIAG: "CommonWork"}

# bells (§3.14), Monday..Saturday
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00")}
ROOM = {G10A: "214", G10B: "216", G11B: "305", SG_FM: "301", SG_GUM: "208", SG_EN1: "312", SG_EN2: "314"}

# timetables by weekday (0 = Monday): {group: {weekday: {number: subject}}}
TIMETABLE = {
    G10A: [{1: "Русский язык", 2: "История", 3: "Английский язык", 4: "Физическая культура"},
           {1: "Литература", 2: "Химия", 3: "Биология", 4: "Английский язык"},
           {1: "Русский язык", 2: "Геометрия", 3: "История", 4: "Информатика"},
           {1: "Литература", 2: "Английский язык", 3: "Химия", 4: "Физическая культура"},
           {1: "Геометрия", 2: "Русский язык", 3: "Биология", 4: "Физическая культура"}],
    SG_FM: [{5: ALG, 6: "Физика"}, {5: "Физика", 6: ALG}, {5: ALG, 6: ALG}, {5: "Физика", 6: "Физика"},
            {5: ALG, 6: "Физика"}],
    SG_GUM: [{5: "Обществознание", 6: "Право"}, {5: "История", 6: "Обществознание"}, {5: "Литература", 6: "Обществознание"},
             {5: "Право", 6: "История"}, {5: "Обществознание", 6: "Литература"}],
    G11B: [{1: ALG, 2: "Русский язык", 4: "Физика", 5: "История", 6: "Литература"},
           {1: "Геометрия", 2: "Химия", 4: "Литература", 5: "Обществознание", 6: "Физическая культура"},
           {1: ALG, 2: "Биология", 4: "Русский язык", 5: "Информатика", 6: "История"},
           {1: "Физика", 2: "Литература", 4: "Химия", 5: "Обществознание", 6: "Физическая культура"},
           {1: "Геометрия", 2: ALG, 4: "Русский язык", 5: "Физика", 6: OBZR}],
    SG_EN1: [{3: "Английский язык"}] * 5,
    SG_EN2: [{3: "Английский язык"}] * 5,
}
SCHOOL_DAYS = [D(2027, 3, 1) + dt.timedelta(days=i) for i in range(12) if (D(2027, 3, 1) + dt.timedelta(days=i)).weekday() < 5
               and D(2027, 3, 1) + dt.timedelta(days=i) != D(2027, 3, 8)]  # 03-08: Международный женский день

LESSON_BASE, DW_BASE, XW_BASE, HW_BASE, MARK_BASE, TASK_BASE = (
    2260325480000000000, 2260325481000000000, 2260325482000000000, 2260325483000000000, 2260325484000000000,
    2260325485000000000)


def ids(n):
    return {"id": n, "id_str": str(n)}


def key_of(g, day, number):
    return GIDX[g] * 100000 + (day - D(2027, 3, 1)).days * 100 + number


def teacher_for(g, subject):
    if g == SG_EN2:
        return T_ENG2
    return TEACHER_OF[subject]


def topic(subject, k):
    return f"{subject}: урок {k}"


# --- the journal's content over time: every entity a list of (valid from, state or None) ----------------------
LESSONS = {}  # lesson id -> versions
counter = {}
for day in SCHOOL_DAYS:
    for g, week in TIMETABLE.items():
        for n, subj in week[day.weekday()].items():
            counter[(g, subj)] = counter.get((g, subj), 0) + 60
            lid = LESSON_BASE + key_of(g, day, n)
            LESSONS[lid] = [(T0, {"g": g, "day": day, "number": n, "subject": subj, "teacher": teacher_for(g, subj),
                                  "title": topic(subj, counter[(g, subj)] // 60 + 40)})]


def lesson_id(g, day, n):
    return LESSON_BASE + key_of(g, day, n)


def lesson_state(lid, t):
    state = None
    for since, s in LESSONS[lid]:
        if since <= t:
            state = s
    return state


# a topic revised on the lesson's morning (§3.4 title)
_l = lesson_id(G10A, D(2027, 3, 2), 1)
LESSONS[_l].append(("2027-03-02T10:30", {**LESSONS[_l][0][1], "title": "Л. Н. Толстой. «Война и мир»: история создания"}))
# 11Б's Химия of Thu 03-11 #4 moved to Fri 03-12 #7 (the teacher's refresher course), same lesson id
_l = lesson_id(G11B, D(2027, 3, 11), 4)
LESSONS[_l].append(("2027-03-10T15:00", {**LESSONS[_l][0][1], "day": D(2027, 3, 12), "number": 7}))
MOVED_CHEM = _l
# 10А's Физическая культура of Fri 03-12 #4 deleted (the gym closed for repairs), replaced by a new Информатика
_l = lesson_id(G10A, D(2027, 3, 12), 4)
LESSONS[_l].append(("2027-03-11T12:00", None))
NEW_INF = LESSON_BASE + key_of(G10A, D(2027, 3, 12), 4) + 50
LESSONS[NEW_INF] = [("2027-03-11T12:00", {"g": G10A, "day": D(2027, 3, 12), "number": 4, "subject": "Информатика",
                                          "teacher": T_MATH, "title": "Алгоритмы сортировки (замена физкультуры)"})]

# marks: (group, day, number, pupil, value, work type, counts, set at, [(changed at, value or None)])
M = []


def mark(g, day, n, p, value, wt=WT_OU, counts=True, at=None, changes=()):
    M.append({"g": g, "day": day, "n": n, "p": p, "value": value, "wt": wt, "counts": counts,
              "at": at or (dt.datetime.fromisoformat(f"{day}T{BELLS[n][0]}") + dt.timedelta(minutes=17)).strftime(
                  "%Y-%m-%dT%H:%M") + f":{11 + len(M) % 40:02d}.{len(M) % 9 + 1}3",
              "changes": list(changes)})


d = D
mark(G10A, d(2027, 3, 1), 1, ARTEM, "4"); mark(G10A, d(2027, 3, 1), 1, POLINA, "5")
mark(G10A, d(2027, 3, 1), 2, POLINA, "5")
mark(G10A, d(2027, 3, 2), 2, ARTEM, "5", WT_LR)
mark(G10A, d(2027, 3, 3), 2, ARTEM, "3", WT_SR); mark(G10A, d(2027, 3, 3), 2, DANIIL, "4", WT_SR)
mark(G10A, d(2027, 3, 4), 3, POLINA, "4-")
for p, v in ((ARTEM, "4"), (POLINA, "3"), (DANIIL, "5"), (KSENIA, "4")):
    mark(G10A, d(2027, 3, 5), 1, p, v, WT_KR)
mark(G10A, d(2027, 3, 9), 1, ARTEM, "5"); mark(G10A, d(2027, 3, 9), 1, POLINA, "4")
mark(G10A, d(2027, 3, 10), 1, ARTEM, "3", WT_KR); mark(G10A, d(2027, 3, 10), 1, POLINA, "5", WT_KR)
mark(G10A, d(2027, 3, 11), 3, ARTEM, "4", WT_DIAG, counts=False)
mark(G10A, d(2027, 3, 12), 2, POLINA, "5")
mark(SG_FM, d(2027, 3, 1), 5, ARTEM, "5"); mark(SG_FM, d(2027, 3, 1), 5, TIMUR, "4")
mark(SG_FM, d(2027, 3, 2), 5, ARTEM, "4", changes=[("2027-03-02T23:10", "5")])  # corrected after the nightly pull
for p, v in ((ARTEM, "4"), (TIMUR, "5"), (DANIIL, "3")):
    mark(SG_FM, d(2027, 3, 4), 5, p, v, WT_KR)
mark(SG_FM, d(2027, 3, 9), 5, TIMUR, "5")
mark(SG_FM, d(2027, 3, 10), 5, ARTEM, "4-"); mark(SG_FM, d(2027, 3, 10), 5, TIMUR, "3")
mark(SG_FM, d(2027, 3, 11), 6, ARTEM, "5", WT_LR); mark(SG_FM, d(2027, 3, 11), 6, TIMUR, "4", WT_LR)
for p, v in ((ARTEM, "5"), (TIMUR, "4"), (DANIIL, "4")):
    mark(SG_FM, d(2027, 3, 12), 5, p, v, WT_KR)
mark(SG_GUM, d(2027, 3, 1), 5, POLINA, "5"); mark(SG_GUM, d(2027, 3, 1), 5, KSENIA, "4"); mark(SG_GUM, d(2027, 3, 1), 5, ALISA, "5")
# Полина's «3» was Ксения's: deleted the next morning, and given to Ксения (set on 03-04 for Wednesday's lesson)
mark(SG_GUM, d(2027, 3, 3), 5, POLINA, "3", changes=[("2027-03-04T07:00", None)])
mark(SG_GUM, d(2027, 3, 3), 5, KSENIA, "3", at="2027-03-04T07:02:44.5")
mark(SG_GUM, d(2027, 3, 5), 5, POLINA, "4", WT_KR); mark(SG_GUM, d(2027, 3, 5), 5, KSENIA, "5", WT_KR)
mark(SG_GUM, d(2027, 3, 9), 5, POLINA, "5")
mark(SG_GUM, d(2027, 3, 11), 5, POLINA, "4+")
mark(G11B, d(2027, 3, 1), 1, MATVEY, "3"); mark(G11B, d(2027, 3, 1), 1, EVA, "5")
mark(G11B, d(2027, 3, 1), 4, MATVEY, "4")
mark(G11B, d(2027, 3, 2), 2, EVA, "4")
for p, v in ((MATVEY, "4"), (EVA, "5"), (GLEB, "2")):
    mark(G11B, d(2027, 3, 3), 1, p, v, WT_SR)
mark(G11B, d(2027, 3, 4), 4, MATVEY, "3", WT_KR); mark(G11B, d(2027, 3, 4), 4, EVA, "5", WT_KR)
mark(G11B, d(2027, 3, 5), 2, EVA, "5-")
mark(G11B, d(2027, 3, 9), 1, MATVEY, "5")
mark(G11B, d(2027, 3, 10), 4, MATVEY, "4", WT_KR)
mark(G11B, d(2027, 3, 10), 4, EVA, "4", WT_KR, changes=[("2027-03-11T16:00", "5")])  # after her appeal
mark(G11B, d(2027, 3, 11), 1, MATVEY, "5")
mark(G11B, d(2027, 3, 12), 2, MATVEY, "4", WT_KR); mark(G11B, d(2027, 3, 12), 2, EVA, "5", WT_KR)
mark(SG_EN1, d(2027, 3, 2), 3, MATVEY, "5"); mark(SG_EN2, d(2027, 3, 2), 3, EVA, "4")
mark(SG_EN2, d(2027, 3, 4), 3, EVA, "5"); mark(SG_EN1, d(2027, 3, 11), 3, MATVEY, "4")

# attendance (§3.5, §6): (group, day, number, pupil, status, comment, [(changed at, (status, comment) or None)])
LOG = []


def log(g, day, n, p, status, comment="", changes=()):
    LOG.append({"g": g, "day": day, "n": n, "p": p, "status": status, "comment": comment,
                "at": f"{day}T{BELLS[n][0][:2]}:{int(BELLS[n][0][3:]) + 6:02d}:0{len(LOG) % 10}.{len(LOG) % 7 + 2}",
                "changes": list(changes)})


log(G10A, d(2027, 3, 1), 1, ARTEM, "Attend")
log(G10A, d(2027, 3, 2), 3, POLINA, "Absent", "", [("2027-03-03T07:00", ("Ill", "справка от врача"))])
log(G10A, d(2027, 3, 4), 4, ARTEM, "Pass", "освобождение от физкультуры (приказ)")
log(G10A, d(2027, 3, 9), 2, POLINA, "Late", "опоздала на 7 минут")
log(G10A, d(2027, 3, 10), 2, ARTEM, "Absent")
log(SG_FM, d(2027, 3, 5), 5, TIMUR, "Pass", "олимпиада по физике, региональный этап")
log(SG_FM, d(2027, 3, 11), 6, ARTEM, "Late", "", [("2027-03-12T08:00", None)])  # entered for the wrong pupil
log(SG_GUM, d(2027, 3, 9), 6, POLINA, "Ill", "ОРВИ")
log(G11B, d(2027, 3, 1), 1, MATVEY, "Late")
log(G11B, d(2027, 3, 2), 1, MATVEY, "Absent")
log(G11B, d(2027, 3, 3), 4, EVA, "Ill", "справка")
log(G11B, d(2027, 3, 9), 5, EVA, "Pass", "соревнования по волейболу")
log(SG_EN1, d(2027, 3, 10), 3, MATVEY, "Late", "опоздал на 5 минут")
log(G11B, d(2027, 3, 11), 1, MATVEY, "Attend")
log(G11B, d(2027, 3, 12), 6, MATVEY, "Absent")

# homework (§3.2, §3.7): (group, day, number, text, due, files, [(changed at, {changes} or None)])
FILES = {  # id -> (name, type, size, uploader)
    1000020700001: ("Война_и_мир_т1_план_чтения.pdf", "pdf", 183244, T_RUS),
    1000020700002: ("Химия_10_КР_вопросы.docx", "docx", 45112, T_CHEM),
    1000020700003: ("Таблица_растворимости.png", "png", 512090, T_CHEM),
    1000020700004: ("Алгебра_10_КР_вариант2.pdf", "pdf", 220301, T_MATH),
    1000020700005: ("Список_цитат.docx", "docx", 19877, T_HIST),
    1000020700006: ("ЕГЭ_химия_вариант7.pdf", "pdf", 1048001, T_CHEM),
}
HW = []


def hw(g, day, n, text, due, files=(), changes=()):
    HW.append({"g": g, "day": day, "n": n, "text": text, "due": due, "files": list(files), "changes": list(changes),
               "at": f"{day}T15:{10 + len(HW):02d}:27.4"})


hw(G10A, d(2027, 3, 1), 1, "Упр. 214, 217; словарные слова на с. 98", d(2027, 3, 3))
hw(G10A, d(2027, 3, 2), 1, "Прочитать «Война и мир», т. 1, ч. 1, гл. 1–5", d(2027, 3, 9), [1000020700001])
hw(G10A, d(2027, 3, 3), 2, "№ 245, 248, 251", d(2027, 3, 5),
   changes=[("2027-03-04T07:40", {"text": "№ 245, 248, 252 (в № 251 опечатка)"})])
hw(G10A, d(2027, 3, 4), 3, "Подготовиться к контрольной работе: § 12–15", d(2027, 3, 9), [1000020700002, 1000020700003])
hw(G10A, d(2027, 3, 9), 1, "Сочинение-миниатюра «Образ Наташи Ростовой»", d(2027, 3, 12),
   changes=[("2027-03-10T14:00", {"due": d(2027, 3, 15)})])
hw(G10A, d(2027, 3, 10), 2, "№ 260–263", d(2027, 3, 12), changes=[("2027-03-11T13:00", None)])  # a duplicate, removed
hw(SG_FM, d(2027, 3, 1), 6, "§ 24, задачи 3, 5, 7", d(2027, 3, 2))
hw(SG_FM, d(2027, 3, 10), 5, "Подготовка к КР: вариант 2 из сборника", d(2027, 3, 12), [1000020700004])
hw(SG_GUM, d(2027, 3, 2), 6, "Эссе по цитате (на выбор из списка)", d(2027, 3, 5), [1000020700005])
hw(G11B, d(2027, 3, 1), 2, "Задание 27 ЕГЭ: сочинение по тексту № 14", d(2027, 3, 3))
hw(G11B, d(2027, 3, 4), 4, "Решить вариант 7 ЕГЭ, задания 1–28", d(2027, 3, 11), [1000020700006])
hw(G11B, d(2027, 3, 9), 1, "№ 512, 514", d(2027, 3, 11))
hw(SG_EN1, d(2027, 3, 2), 3, "Workbook p. 56, ex. 1–3", d(2027, 3, 4))
hw(SG_EN2, d(2027, 3, 2), 3, "Essay «My future profession» (180–200 words)", d(2027, 3, 4))
hw(G11B, d(2027, 3, 11), 1, "§ 45–46, конспект", d(2027, 3, 12))

# the first half-year's final marks (§3.13): (group, pupil, subject, value, [(changed at, value or None)])
RP = {G10A: (1000007700101, 1000007700102), G10B: (1000007700111, 1000007700112), G11B: (1000007700221, 1000007700222)}
RP_DATES = [("2026-09-01", "2026-12-28", 1, "1 полугодие"), ("2027-01-11", "2027-05-31", 2, "2 полугодие")]
FINALS = [
    (G10A, ARTEM, ALG, "5", []), (G10A, ARTEM, "Физика", "4", []), (G10A, ARTEM, "Русский язык", "4", []),
    (G10A, ARTEM, "Литература", "4", []), (G10A, ARTEM, "История", "5", []), (G10A, ARTEM, "Химия", "4", []),
    (G10A, POLINA, "Русский язык", "5", []), (G10A, POLINA, "Литература", "5", []), (G10A, POLINA, "История", "5", []),
    (G10A, POLINA, "Обществознание", "5", []), (G10A, POLINA, "Право", "4", []), (G10A, POLINA, "Химия", "3", []),
    (G10A, DANIIL, ALG, "4", []), (G10A, KSENIA, "Литература", "4", []),
    (G11B, MATVEY, ALG, "4", []), (G11B, MATVEY, "Физика", "4", []),
    (G11B, MATVEY, "Химия", "2", [("2027-03-10T12:00", "3")]),  # the debt cleared (ликвидация задолженности)
    (G11B, MATVEY, "Русский язык", "4", []),
    (G11B, EVA, ALG, "5", []), (G11B, EVA, "Русский язык", "5", []), (G11B, EVA, "Английский язык", "5", []),
    (G11B, EVA, "Химия", "5", []), (G11B, EVA, "Астрономия", "5", [("2027-03-09T10:00", None)]),  # put in by mistake
    (G11B, GLEB, "Химия", "3", []),
]
# the journal's averages over the second half-year (§3.13): avg-marks strings (10А), wa-marks floats (11Б)
AVG_10A = {  # (pupil, subject) -> [(since, value)]
    (ARTEM, ALG): [(T0, "4.56"), ("2027-03-12T14:00", "4.60")], (ARTEM, "Физика"): [(T0, "4.33"), ("2027-03-12T14:00", "4.47")],
    (ARTEM, "Русский язык"): [(T0, "4.00")], (POLINA, "Обществознание"): [(T0, "4.80"), ("2027-03-12T14:00", "4.75")],
    (POLINA, "Литература"): [(T0, "4.62"), ("2027-03-12T14:00", "4.50")], (DANIIL, ALG): [(T0, "4.17")],
}
WA_11B = {
    (MATVEY, ALG): [(T0, 3.87), ("2027-03-12T14:00", 3.91)], (MATVEY, "Химия"): [(T0, 3.25)],
    (EVA, ALG): [(T0, 4.93), ("2027-03-12T14:00", 4.95)], (EVA, "Русский язык"): [(T0, 4.68), ("2027-03-12T14:00", 4.71)],
    (GLEB, ALG): [(T0, 2.86)],
}
HOLIDAYS = [(1000008700001, "2026-10-26", "2026-11-03", "Осенние каникулы", ""),
            (1000008700002, "2026-12-29", "2027-01-10", "Зимние каникулы", ""),
            (1000008700003, "2027-03-08", "2027-03-08", "Международный женский день", "Праздничный день"),
            (1000008700004, "2027-03-27", "2027-04-04", "Весенние каникулы", "")]


def at(versions, t):
    state = None
    for since, s in versions:
        if since <= t:
            state = s
    return state


# --- shapes -----------------------------------------------------------------------------------------------
def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user_obj(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": "",
            "login": "", "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
            "firstName": first, "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "locale": "ru-RU", "timezone": "+5:00", "sex": sex, "photoSmall": None, "photoMedium": None,
            "photoLarge": None, "birthday": None, "roles": ["EduStaff"], "phone": ""}


GROUP_INFO = {G10A: ("10А", "", 10, []), G10B: ("10Б", "", 10, []), G11B: ("11Б", "", 11, []),
              SG_FM: ("10 физ-мат профиль", "Глазырин С. П.", 10, [G10A, G10B]),
              SG_GUM: ("10 гуманитарный профиль", "Пермякова Л. А.", 10, [G10A, G10B]),
              SG_EN1: ("11Б англ. 1 группа", "Уткина Д. С.", 11, [G11B]),
              SG_EN2: ("11Б англ. 2 группа", "Морозова К. О.", 11, [G11B])}


def group_obj(g):
    name, full, par, parents = GROUP_INFO[g]
    tt = TT.get(g) or TT[parents[0]]
    return {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents],
            "type": "Subgroup" if parents else "Group", "name": name, "fullName": full, "parallel": par,
            "timetable": tt, "timetable_str": str(tt), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def subject_full(name):
    sid_, area = SUBJECTS[name]
    return {**ids(sid_), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def work_type_weight(wt, t):
    if wt == WT_KR and t >= KR_WEIGHT_CHANGE[0]:
        return KR_WEIGHT_CHANGE[1]
    return WORK_TYPES[wt][3]


def work_types(t):
    return [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": title, "abbr": ab,
             "weight": work_type_weight(i, t)} for i, (k, title, ab, _) in WORK_TYPES.items()]


def embedded_work_types():
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": title, "isFinal": k == "PeriodMark",
             "isImportant": i == WT_KR, "kindId": 0, "kind": k} for i, (k, title, ab, _) in WORK_TYPES.items()]


def lkey(lid):
    return lid % 10000000


def mark_work(m):
    lid = lesson_id(m["g"], m["day"], m["n"])
    return DW_BASE + lkey(lid) if m["wt"] == WT_OU else XW_BASE + lkey(lid) * 10 + m["wt"] % 10


def hw_state(h, t):
    if h["at"] > t:
        return None
    state = {"text": h["text"], "due": h["due"]}
    for since, change in h["changes"]:
        if since <= t:
            state = None if change is None else {**state, **change}
    return state


def work_objs(lid, state, t):
    """The lesson's works (§3.2): its default work, a work per assessment it holds, its homework."""
    subj = SUBJECTS[state["subject"]][0]
    common = {"lesson": lid, "lesson_str": str(lid), "eduGroup": state["g"], "eduGroup_str": str(state["g"]),
              "periodNumber": 2, "periodType": "HalfYear", "subjectId": subj, "createdBy": state["teacher"][0],
              "oneDriveLinks": []}
    out = [{**ids(DW_BASE + lkey(lid)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{state['day']}T00:00:00", "sentDate": None, "files": [], **common}]
    extra = sorted({m["wt"] for m in M if lesson_id(m["g"], m["day"], m["n"]) == lid and m["wt"] != WT_OU})
    for wt in extra:
        out.append({**ids(XW_BASE + lkey(lid) * 10 + wt % 10), "type": WORK_KIND[wt], "workType": wt,
                    "markType": "mark5", "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [],
                    "text": WORK_TYPES[wt][1], "isImportant": wt == WT_KR, "targetDate": f"{state['day']}T00:00:00",
                    "sentDate": None, "files": [], **common})
    for h in HW:
        if lesson_id(h["g"], h["day"], h["n"]) != lid:
            continue
        s = hw_state(h, t)
        if s is None:
            continue
        wid = HW_BASE + lkey(lid)
        tasks = [{**ids(TASK_BASE + lkey(lid) * 100 + i), "person": p[0], "person_str": str(p[0]), "work": wid,
                  "work_str": str(wid), "status": "NotStarted", "targetDate": f"{s['due']}T00:00:00"}
                 for i, p in enumerate(MEMBERS[h["g"]])]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": s["text"],
                    "isImportant": False, "targetDate": f"{s['due']}T00:00:00", "sentDate": h["at"],
                    "files": h["files"], **common})
    return out


def start_of(state):
    return BELLS[state["number"]][0]


def entity_lesson(lid, t):
    s = lesson_state(lid, t)
    return {**ids(lid), "title": s["title"], "date": f"{s['day']}T{start_of(s)}:00", "number": s["number"],
            "subject": subject_full(s["subject"]), "group": s["g"],
            "status": "Planned" if t < f"{s['day']}T{start_of(s)}" else "Conducted", "resultPlaceId": 0,
            "works": work_objs(lid, s, t), "teachers": [s["teacher"][0]], "teachers_str": [str(s["teacher"][0])]}


def flat_lesson(lid, t):
    e, s = entity_lesson(lid, t), lesson_state(lid, t)
    a, b = BELLS[s["number"]]
    return {"id": lid, "title": e["title"], "date": e["date"], "number": e["number"], "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус", "place": ROOM[s["g"]],
            "floor": ROOM[s["g"]][0], "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]],
            "teachers": [s["teacher"][0]]}


def live_lessons(t):
    return {lid: s for lid in LESSONS if (s := lesson_state(lid, t)) is not None}


def lessons_range(g, a, b, t):
    out = [entity_lesson(lid, t) for lid, s in live_lessons(t).items() if s["g"] == g and a <= s["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_obj(m, t):
    if m["at"] > t:
        return None
    value = at([(m["at"], m["value"]), *m["changes"]], t)
    if value is None:
        return None
    lid = lesson_id(m["g"], m["day"], m["n"])
    mid = MARK_BASE + lkey(lid) * 100 + [x[0] for x in MEMBERS[m["g"]]].index(m["p"][0])
    wid = mark_work(m)
    mood = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": m["p"][0],
            "person_str": str(m["p"][0]), "work": wid, "work_str": str(wid), "lesson": lid, "lesson_str": str(lid),
            "number": 0, "date": m["at"], "workType": m["wt"], "mood": mood, "use_avg_calc": m["counts"]}


def marks_range(g, a, b, t):
    out = []
    for m in M:
        lid = lesson_id(m["g"], m["day"], m["n"])
        s = lesson_state(lid, t)
        if m["g"] == g and s is not None and a <= s["day"] <= b and (o := mark_obj(m, t)):
            out.append(o)
    return sorted(out, key=lambda o: o["date"])


def log_obj(e, t):
    if e["at"] > t:
        return None
    state = (e["status"], e["comment"])
    for since, change in e["changes"]:
        if since <= t:
            state = change
    if state is None:
        return None
    lid = lesson_id(e["g"], e["day"], e["n"])
    return {"person": e["p"][0], "person_str": str(e["p"][0]), "lesson": lid, "lesson_str": str(lid),
            "comment": state[1], "status": state[0], "createdDate": e["at"]}


def log_range(g, a, b, t):
    out = []
    for e in LOG:
        s = lesson_state(lesson_id(e["g"], e["day"], e["n"]), t)
        if e["g"] == g and s is not None and a <= s["day"] <= b and (o := log_obj(e, t)):
            out.append(o)
    return out


def file_obj(fid):
    name, typ, size, who = FILES[fid]
    return {**ids(fid), "name": name, "typeGroup": "Document" if typ != "png" else "Image", "type": typ,
            "pageUrl": f"https://dnevnik.ru/file/{fid}", "downloadUrl": f"https://dnevnik.ru/file/download/{fid}",
            "user": user_obj(who), "size": size, "vote": 0, "uploadedDate": "2027-02-27T18:20:11.7",
            "storageType": "Default"}


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set on lessons of the range, with their lessons."""
    works, lessons, files, teachers, subjects = [], [], [], {}, {}
    for lid, s in sorted(live_lessons(t).items(), key=lambda x: (x[1]["day"], x[1]["number"], x[0])):
        if not a <= s["day"] <= b:
            continue
        hws = [w for w in entity_lesson(lid, t)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(lid, t))
        files += [file_obj(f) for w in hws for f in w["files"]]
        teachers[s["teacher"][0]] = person(s["teacher"])
        subjects[s["subject"]] = {"id": SUBJECTS[s["subject"]][0], "name": s["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": files,
            "teachers": list(teachers.values())}


def groups_of(p):
    return [g for g in GROUPS if p in MEMBERS[g]]


def schedules(p, a, b, t):
    """persons/{p}/groups/{g}/schedules (§0): each day of the range with the pupil's lessons (his class and his
    subgroups), his marks and log entries."""
    mine = groups_of(p)
    days, day = [], a
    while day <= b:
        ls = sorted([lid for lid, s in live_lessons(t).items() if s["g"] in mine and s["day"] == day],
                    key=lambda lid: lesson_state(lid, t)["number"])
        works = [w for lid in ls for w in entity_lesson(lid, t)["works"]]
        marks = [o for m in M if m["p"] == p and lesson_id(m["g"], m["day"], m["n"]) in ls and (o := mark_obj(m, t))]
        logs = [o for e in LOG if e["p"] == p and lesson_id(e["g"], e["day"], e["n"]) in ls and (o := log_obj(e, t))]
        subs = {}
        for lid in ls:
            s = lesson_state(lid, t)
            subs[s["subject"]] = {"id": SUBJECTS[s["subject"]][0], "name": s["subject"], "knowledgeAreaId": None}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(lid, t) for lid in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subs.values()), "workTypes": embedded_work_types(), "lessonLogEntries": logs,
                     "teachers": [person(x) for x in sorted({lesson_state(lid, t)["teacher"] for lid in ls})],
                     "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days)):
        days[i]["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def final_marks(g, t):
    """edu-groups/{g}/final-marks (§3.13): per pupil and reporting period, the subjects' final marks."""
    out = []
    for p in MEMBERS[g]:
        per = []
        for gg, pp, subj, value, changes in FINALS:
            if gg != g or pp != p:
                continue
            v = at([(T0, value), *changes], t)
            if v is None:
                continue
            sid_ = SUBJECTS[subj][0]
            wid = XW_BASE + 9000000 + GIDX[g] * 1000 + sid_ % 1000
            mid = MARK_BASE + 90000000 + GIDX[g] * 100000 + sid_ % 1000 * 10 + MEMBERS[g].index(p)
            per.append({"subject": sid_, "subject_str": str(sid_),
                        "final-mark": {**ids(mid), "type": "mark5", "value": v, "textValue": v, "person": p[0],
                                       "person_str": str(p[0]), "work": wid, "work_str": str(wid), "lesson": None,
                                       "lesson_str": None, "number": 0, "date": "2026-12-26T13:41:07.25",
                                       "workType": WT_PER, "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[v],
                                       "use_avg_calc": False}})
        if per:
            rp = RP[g][0]
            out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                        "reportingPeriod": rp, "reportingPeriod_str": str(rp), "per-subject-final-marks": per})
    return out


def avg_marks(g, t):
    out = []
    for p in MEMBERS[g]:
        per = [{"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": at(v, t)}
               for (pp, s), v in AVG_10A.items() if pp == p]
        if per:
            out.append({"group": g, "group_str": str(g), "reportingPeriod": RP[g][1],
                        "reportingPeriod_str": str(RP[g][1]), "person": p[0], "person_str": str(p[0]),
                        "per-subject-averages": per})
    return out


def wa_marks(t):
    by_subject = {}
    for (p, s), v in WA_11B.items():
        by_subject.setdefault(s, []).append({"person": p[0], "value": at(v, t)})
    return {"subjectMarks": [{"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "marks": ms}
                             for s, ms in by_subject.items()]}


def rpg(g):
    rpg_id = 1000009700000 + GIDX[g]
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(RP[g][i]), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "HalfYear",
         "name": name, "year": 2026} for i, (a, b, n, name) in enumerate(RP_DATES)],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МАОУ Гимназия № 70", "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [str(g) for g in groups_of(c)]}
                         for c in children], "splitId": None}


# --- the job --------------------------------------------------------------------------------------------------
class Clock:
    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def next(self, seconds=20):
        now = self.t
        self.t += dt.timedelta(seconds=seconds)
        return now.isoformat(timespec="seconds")


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + TZ}


def monday_of(day):
    return day - dt.timedelta(days=day.weekday())


def setup(start):
    c = Clock(start)
    out = [rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ Гимназия № 70",
                                        "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 70»",
                                        "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                        "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                        "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                        "tsoRegionTreePath": "66."}, c.next()),
           rec(f"GET /v2/work-types/{S}", work_types(c.t.isoformat()[:16]), c.next()),
           rec(f"GET /v2/schools/{S}/subjects", [subject_full(name) for name in SUBJECTS], c.next()),
           rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in GROUPS], c.next())]
    out += [rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in MEMBERS[g]], c.next()) for g in GROUPS]
    out += [rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), c.next()) for g in (G10A, G10B, G11B)]
    out += [rec(f"GET /v2/persons/{t[0]}", person(t), c.next(5)) for t in TEACHERS]
    out += [rec(f"GET /v2/users/{p[1]}/context", context(p, kids), c.next()) for p, kids in PARENTS]
    out += [rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), c.next()) for g in (G10A, G10B, G11B)]
    return out


def period_pull(start):
    """Final marks of the first half-year and the journal's averages over the second (§3.13)."""
    c = Clock(start)
    t = c.t.isoformat()[:16]
    return [rec(f"GET /v2/edu-groups/{G10A}/final-marks", final_marks(G10A, t), c.next()),
            rec(f"GET /v2/edu-groups/{G11B}/final-marks", final_marks(G11B, t), c.next()),
            rec(f"GET /v2/edu-groups/{G10A}/avg-marks/2027-01-11/2027-05-31", avg_marks(G10A, t), c.next()),
            rec(f"GET /v2/edu-groups/{G11B}/wa-marks/2027-01-11/2027-05-31", wa_marks(t), c.next())]


PULLED = [G10A, G11B, SG_FM, SG_GUM, SG_EN1, SG_EN2]  # 10Б's own lessons are another job's


def plan_pull(monday, start):
    c = Clock(start)
    saturday = monday + dt.timedelta(days=5)
    return [rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}", lessons_range(g, monday, saturday, c.t.isoformat()[:16]),
                c.next()) for g in PULLED]


def nightly(day, start, bundles=False):
    """The nightly pull: the week so far (Monday..today) of marks and log entries, the school week's lessons,
    homework set from Monday to the next Sunday, and on Fridays two pupils' schedules bundles."""
    c = Clock(start)
    monday = monday_of(day)
    saturday, next_sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=13)
    out = []
    for g in PULLED:
        t = c.t.isoformat()[:16]
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}", lessons_range(g, monday, saturday, t), c.next()))
    for g in PULLED:
        t = c.t.isoformat()[:16]
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{day}", marks_range(g, monday, day, t), c.next()))
    for g in PULLED:
        t = c.t.isoformat()[:16]
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={day}", log_range(g, monday, day, t),
                       c.next()))
    t = c.t.isoformat()[:16]
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={next_sunday}",
                   homework_bundle(monday, next_sunday, t), c.next()))
    if bundles:
        for p in (ARTEM, MATVEY):
            t = c.t.isoformat()[:16]
            out.append(rec(f"GET /v2/persons/{p[0]}/groups/{groups_of(p)[0]}/schedules?startDate={monday}&endDate={saturday}",
                           schedules(p, monday, saturday, t), c.next()))
    return out


def morning(yesterday, start):
    """The morning re-pull of yesterday: late marks, corrected absences (a doctor's note brought at 07:00)."""
    c = Clock(start)
    out = []
    for g in PULLED:
        t = c.t.isoformat()[:16]
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{yesterday}/{yesterday}", marks_range(g, yesterday, yesterday, t),
                       c.next()))
    for g in PULLED:
        t = c.t.isoformat()[:16]
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={yesterday}&to={yesterday}",
                       log_range(g, yesterday, yesterday, t), c.next()))
    return out


def main():
    steps = [("1. Sun 02-28 19:00: school, work types, groups and subgroups, members, bells, teachers, parents, "
              "half-years and holidays", [setup("2027-02-28T19:00:00")]),
             ("2. Sun 02-28 19:20: the first half-year's final marks, the second's averages so far",
              [period_pull("2027-02-28T19:20:00")]),
             ("3. Sun 02-28 19:30: week 1 as planned", [plan_pull(D(2027, 3, 1), "2027-02-28T19:30:00")])]
    n = 4
    week1 = [D(2027, 3, 1) + dt.timedelta(days=i) for i in range(5)]
    for day in week1:
        if day.weekday() > 0:
            y = day - dt.timedelta(days=1)
            steps.append((f"{n}. {day:%a %m-%d} 07:15: morning re-pull of {y}", [morning(y, f"{day}T07:15:00")]))
            n += 1
        steps.append((f"{n}. {day:%a %m-%d} 22:30: nightly pull", [nightly(day, f"{day}T22:30:00", day.weekday() == 4)]))
        n += 1
    steps.append((f"{n}. Sat 03-06 07:15: morning re-pull of Friday", [morning(D(2027, 3, 5), "2027-03-06T07:15:00")]))
    n += 1
    steps.append((f"{n}. Sun 03-07 19:00: reference data again (the control work's weight raised to 4), week 2 as "
                  "planned (Monday 03-08 a holiday)",
                  [[rec(f"GET /v2/work-types/{S}", work_types("2027-03-07T19:00"), "2027-03-07T19:00:00"),
                    *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), f"2027-03-07T19:01:{10 * i:02d}")
                      for i, g in enumerate((G10A, G10B, G11B))]],
                   plan_pull(D(2027, 3, 8), "2027-03-07T19:30:00")]))
    n += 1
    for day in [D(2027, 3, 8) + dt.timedelta(days=i) for i in range(5)]:
        if day.weekday() > 0:
            y = day - dt.timedelta(days=1)
            steps.append((f"{n}. {day:%a %m-%d} 07:15: morning re-pull of {y}", [morning(y, f"{day}T07:15:00")]))
            n += 1
        steps.append((f"{n}. {day:%a %m-%d} 22:30: nightly pull", [nightly(day, f"{day}T22:30:00", day.weekday() == 4)]))
        n += 1
    steps.append((f"{n}. Sat 03-13 07:15: morning re-pull of Friday", [morning(D(2027, 3, 12), "2027-03-13T07:15:00")]))
    n += 1
    steps.append((f"{n}. Sat 03-13 10:00: final marks and averages again, the parents' contexts",
                  [period_pull("2027-03-13T10:00:00"),
                   [rec(f"GET /v2/users/{p[1]}/context", context(p, kids), f"2027-03-13T10:05:{10 * i:02d}")
                    for i, (p, kids) in enumerate(PARENTS)]]))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ Гимназия № 70 (Екатеринбург, UTC+5), 10А and 11Б on half-years, 2027-03-01..03-14: "
                       "profile subgroups across 10А and 10Б, 11Б's English groups, weighted control works, the "
                       "journal's averages, homework with attachments, every attendance status, the first "
                       "half-year's final marks; nightly range pulls and a morning re-pull of yesterday.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ Гимназия № 70"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records,", len(steps), "steps")


if __name__ == "__main__":
    main()
