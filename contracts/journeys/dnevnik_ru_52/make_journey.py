"""Write journey.json: «Гимназия № 52» (Тверь, UTC+3), Dnevnik.ru, the first fortnight of the school year 2027/28
(2027-09-01..09-14) of one school's sync job: last year's 7А is 8А now (a new group of `studyyear` 2027, the old
one `Archive`), the first week's timetable changes almost daily and is fixed in the second, 1 September is a
ceremony day with a single class hour, two pupils arrive in the second week, English and Информатика split into
subgroups only in the second week, a new class teacher, the first marks and homework, and last June's data (7А's
June lessons and marks, its quarter and year marks, a year mark corrected after an August retake) arriving late.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002520052
G8 = 2260325488552100081  # 8А of 2027/28 (19 digits, §1)
G7 = 1000004520071  # 7А of 2026/27, the same children last year (Archive now, §3.8)
E1, E2 = 2260325488552100181, 2260325488552100182  # Английский язык, 1 / 2 группа (from week 2)
I1, I2 = 2260325488552100281, 2260325488552100282  # Информатика, 1 / 2 группа (from week 2)
TT = 1000006520081
SUBNAME = {E1: "Английский язык, 1 группа", E2: "Английский язык, 2 группа",
           I1: "Информатика, 1 группа", I2: "Информатика, 2 группа"}
WT_OU, WT_SR, WT_KR, WT_DZ, WT_VK = 5201, 5202, 5203, 5204, 5205
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_VK, "LessonTestWork", "Входная контрольная работа", "ВК", 2),
    (5290, "PeriodMark", "Итоговая отметка", "ИТ", 1),
]
WT_PERIOD = 5290
SUBJECTS = {
    "Алгебра": (1000003520001, "Математика"), "Геометрия": (1000003520002, "Математика"),
    "Русский язык": (1000003520003, "Филология"), "Литература": (1000003520004, "Филология"),
    "Английский язык": (1000003520005, "Филология"), "Физика": (1000003520006, "Естествознание"),
    "Химия": (1000003520007, "Естествознание"), "Биология": (1000003520008, "Естествознание"),
    "География": (1000003520009, "Естествознание"), "История": (1000003520010, "Общественные науки"),
    "Обществознание": (1000003520011, "Общественные науки"), "Информатика": (1000003520012, "Математика"),
    "Физическая культура": (1000003520013, "Физическая культура"), "Классный час": (1000003520014, "Common"),
}

# persons: (person id, user id, last, first, middle, sex)
ARTEM = (1000012520801, 1000011520801, "Соколов", "Артём", "Игоревич", "Male")
POLINA = (1000012520802, 1000011520802, "Мельникова", "Полина", "Андреевна", "Female")
KSENIA = (2260325488552300803, 2260325488552400803, "Фёдорова", "Ксения", "Олеговна", "Female")  # in from 09-06
TIMUR = (2260325488552300804, 2260325488552400804, "Зайцев", "Тимур", "Русланович", "Male")  # in from 09-11
EGOR = (1000012520799, 1000011520799, "Павлов", "Егор", "Сергеевич", "Male")  # 7А last year, left in summer
VARYA = (1000012520805, 1000011520805, "Гусева", "Варвара", "Денисовна", "Female")
MARINA = (1000012520901, 1000011520901, "Соколова", "Марина", "Викторовна", "Female")
ANDREY = (1000012520902, 1000011520902, "Мельников", "Андрей", "Павлович", "Male")
OLGA = (1000012520903, 1000011520903, "Фёдорова", "Ольга", "Николаевна", "Female")
T_KUD = (1000012520950, 1000011520950, "Кудрявцева", "Нина", "Борисовна", "Female")  # 7А's class teacher
T_LEB = (1000012520951, 1000011520951, "Лебедев", "Константин", "Ильич", "Male")  # 8А's new class teacher
T_ORL = (1000012520952, 1000011520952, "Орлова", "Светлана", "Юрьевна", "Female")
T_GRI = (1000012520953, 1000011520953, "Григорьев", "Павел", "Андреевич", "Male")
T_WEB = (1000012520954, 1000011520954, "Вебер", "Анна", "Карловна", "Female")
T_SHI = (1000012520955, 1000011520955, "Широкова", "Елена", "Степановна", "Female")
T_TIT = (1000012520956, 1000011520956, "Титова", "Дарья", "Романовна", "Female")
T_ZOT = (1000012520957, 1000011520957, "Зотов", "Игорь", "Валерьевич", "Male")
TEACHERS = [T_KUD, T_LEB, T_ORL, T_GRI, T_WEB, T_SHI, T_TIT, T_ZOT]
SUBJ_TEACHER = {"Алгебра": T_ORL, "Геометрия": T_ORL, "Русский язык": T_LEB, "Литература": T_LEB,
                "Классный час": T_LEB, "Физика": T_GRI, "Информатика": T_GRI, "Английский язык": T_WEB,
                "Химия": T_SHI, "Биология": T_SHI, "География": T_SHI, "История": T_KUD, "Обществознание": T_KUD,
                "Физическая культура": T_ZOT}
SUB_TEACHER = {E1: T_WEB, E2: T_TIT, I1: T_GRI, I2: T_GRI}

EN, INF = ("EN",), ("INF",)  # a slot of the split subjects: the class in week 1, the subgroups from week 2
TEMPLATE = [  # by weekday, lesson numbers 1..
    ["Алгебра", "Русский язык", EN, "Физика", "История", ("INF1",)],
    ["Геометрия", "Литература", "Химия", "Биология", "Физическая культура"],
    ["Алгебра", "Русский язык", "География", EN, "Обществознание"],
    ["Геометрия", "Химия", "Физика", "История", "Литература", ("INF2",)],
    ["Алгебра", "Русский язык", EN, "Биология", "Физическая культура"],
]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
ROOMS = {G8: "214", E1: "305", E2: "307", I1: "118", I2: "118", G7: "214"}
FIRST = D(2027, 9, 1)

NICE = {  # (date, number, group or None) -> topic
    (D(2027, 9, 1), 1, G8): "День знаний. Урок мира «Россия — наш общий дом»",
    (D(2027, 9, 2), 2, G8): "Предмет химии. Вещества и их свойства",
    (D(2027, 9, 3), 1, G8): "Входная контрольная работа",
    (D(2027, 9, 6), 3, E1): "Unit 1. Meeting new people",
    (D(2027, 9, 6), 3, E2): "Unit 1. Back to school",
    (D(2027, 9, 6), 6, I1): "Техника безопасности. Системы счисления",
    (D(2027, 9, 9), 6, I2): "Техника безопасности. Системы счисления",
    (D(2027, 6, 1), 1, G7): "Летняя практика: гербарий",
    (D(2027, 6, 2), 1, G7): "Консультация перед переводной аттестацией",
}
COUNT = {}


def topic(subject, g, day, n):
    if (day, n, g) in NICE:
        return NICE[(day, n, g)]
    COUNT[(g, subject)] = COUNT.get((g, subject), 0) + 1
    return f"{subject}: урок {COUNT[(g, subject)]}" if subject != "Классный час" else "Классный час"


def lid(g, day, n):
    off = {G8: 0, E1: 100000, E2: 200000, I1: 300000, I2: 400000, G7: 900000}[g]
    return 2260325488552500000 + off + (day - D(2027, 1, 1)).days * 10 + n


def mk(g, day, n, subject, start=None, hours=None):
    s, e = BELLS[n]
    start = start or s
    return {"id": lid(g, day, n), "g": g, "day": day, "number": n, "subject": subject,
            "title": topic(subject, g, day, n), "start": start, "hours": hours or f"{start} - {e}",
            "teacher": SUB_TEACHER.get(g) or SUBJ_TEACHER[subject]}


def plan():
    """Every lesson the journal ever held, by id. Week 1 (09-01..03): the whole class for English and Информатика;
    weeks 2-3 (09-06..14): the subgroups."""
    out = {}
    day = D(2027, 9, 1)
    while day <= D(2027, 9, 14):
        if day.weekday() < 5:
            week1 = day <= D(2027, 9, 3)
            for n, slot in enumerate(TEMPLATE[day.weekday()], 1):
                if slot == EN:
                    groups = [(G8, "Английский язык")] if week1 else [(E1, "Английский язык"), (E2, "Английский язык")]
                elif slot == ("INF1",):
                    groups = [(G8, "Информатика")] if week1 else [(I1, "Информатика")]
                elif slot == ("INF2",):
                    groups = [(G8, "Информатика")] if week1 else [(I2, "Информатика")]
                else:
                    groups = [(G8, slot)]
                for g, subject in groups:
                    x = mk(g, day, n, subject)
                    out[x["id"]] = x
        day += dt.timedelta(days=1)
    ch = mk(G8, D(2027, 9, 1), 1, "Классный час", start="10:00", hours="10:00 - 10:45")  # ceremony day
    ch["id"] = lid(G8, D(2027, 9, 1), 9)
    out[ch["id"]] = ch
    obsh = mk(G8, D(2027, 9, 2), 4, "Обществознание")  # replaces История #4 on Thursday
    obsh["id"] = lid(G8, D(2027, 9, 2), 8)
    out[obsh["id"]] = obsh
    for day, subject in ((D(2027, 6, 1), "Биология"), (D(2027, 6, 2), "Алгебра")):  # last June, 7А
        x = mk(G7, day, 1, subject)
        x["teacher"] = SUBJ_TEACHER[subject]
        out[x["id"]] = x
    return out


LESSONS = plan()


def L(g, day, n, subject=None):
    return next(x for x in LESSONS.values() if x["g"] == g and x["day"] == day and x["number"] == n
                and (subject is None or x["subject"] == subject))


CLASS_HOUR = LESSONS[lid(G8, D(2027, 9, 1), 9)]
OBSH = LESSONS[lid(G8, D(2027, 9, 2), 8)]
HIST_THU = L(G8, D(2027, 9, 2), 4, "История")
PE_FRI = L(G8, D(2027, 9, 3), 5, "Физическая культура")
PHYS_THU = L(G8, D(2027, 9, 2), 3, "Физика")

# state: 0 = the plan of 08-29; 1 = 1 September a ceremony day (pull of 08-31); 2 = Thursday changed (09-01 evening);
# 3 = Friday changed (09-02 evening) and everything after
def held(x, state):
    if x is CLASS_HOUR:
        return state >= 1
    if x is OBSH:
        return state >= 2
    if x["g"] == G8 and x["day"] == FIRST and x is not CLASS_HOUR:
        return state < 1
    if x is HIST_THU:
        return state < 2
    if x is PE_FRI:
        return state < 3
    return True


def view(x, state):
    """The lesson as the journal shows it in that state: Thursday's Физика moved from #3 to #6 (same id, §3.4)
    and Информатика from #6 to #3 in the 09-01 evening change; Friday's Алгебра re-titled."""
    if x is PHYS_THU and state >= 2:
        s, e = BELLS[6]
        return {**x, "number": 6, "start": s, "hours": f"{s} - {e}"}
    if x["g"] == G8 and x["day"] == D(2027, 9, 2) and x["subject"] == "Информатика" and state >= 2:
        s, e = BELLS[3]
        return {**x, "number": 3, "start": s, "hours": f"{s} - {e}"}
    if x["g"] == G8 and x["day"] == D(2027, 9, 3) and x["number"] == 1 and state < 3:
        return {**x, "title": "Повторение курса 7 класса"}
    return x


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    if g == G7:
        return {**ids(G7), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7А", "fullName": "",
                "parallel": 7, "timetable": TT, "timetable_str": str(TT), "status": "Archive", "studyyear": 2026,
                "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    if g == G8:
        return {**ids(G8), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "8А", "fullName": "",
                "parallel": 8, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2027,
                "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    t = SUB_TEACHER[g]
    return {**ids(g), "parentIds": [G8], "parentIds_str": [str(G8)], "type": "Subgroup", "name": SUBNAME[g],
            "fullName": f"{t[2]} {t[3]} {t[4]}", "parallel": 8, "timetable": TT, "timetable_str": str(TT),
            "status": "Active", "studyyear": 2027, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}


# subgroup membership (from week 2)
SUBS = {E1: [ARTEM, KSENIA, VARYA], E2: [POLINA, TIMUR], I1: [ARTEM, TIMUR], I2: [POLINA, KSENIA, VARYA]}


def members(g, stage):
    """stage 0: before Ксения (lists till 09-05), 1: with Ксения (09-07), 2: with Тимур too (09-12)."""
    base = {G8: [ARTEM, POLINA, KSENIA, TIMUR, VARYA]}.get(g) or SUBS[g]
    return [p for p in base if not (p is KSENIA and stage < 1) and not (p is TIMUR and stage < 2)]


def context(parent, children, groups):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Гимназия № 52»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": groups}
                                          for c in children], "splitId": None}


P8 = [(1000007520101, "2027-09-01", "2027-11-30", 1, "Trimester", "1 триместр"),
      (1000007520102, "2027-12-01", "2028-02-29", 2, "Trimester", "2 триместр"),
      (1000007520103, "2028-03-01", "2028-05-31", 3, "Trimester", "3 триместр")]
P7 = [(1000007520001, "2026-09-01", "2026-10-24", 1, "Quarter", "1 четверть"),
      (1000007520002, "2026-11-05", "2026-12-28", 2, "Quarter", "2 четверть"),
      (1000007520003, "2027-01-11", "2027-03-20", 3, "Quarter", "3 четверть"),
      (1000007520004, "2027-03-30", "2027-05-31", 4, "Quarter", "4 четверть"),
      (1000007520005, "2026-09-01", "2027-05-31", 1, "Year", "Год")]
H8 = [(1000008520101, "2027-10-25", "2027-11-03", "Осенние каникулы", "")]
H7 = [(1000008520001, "2026-10-25", "2026-11-04", "Осенние каникулы", ""),
      (1000008520002, "2026-12-29", "2027-01-10", "Зимние каникулы", ""),
      (1000008520003, "2027-03-21", "2027-03-29", "Весенние каникулы", "")]


def rpg(g):
    rid, periods, hols, year = (1000009520081, P8, H8, 2027) if g == G8 else (1000009520071, P7, H7, 2026)
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
         "year": year} for pid, a, b, n, t, name in periods],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc} for hid, a, b, name, desc in hols]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2027/28", "Start": "2027-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2027-09-01T{a}:00", "Finish": f"2027-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


HW = {  # lesson id -> (text, due)
    lid(G8, D(2027, 9, 2), 1): ("Повторить признаки равенства треугольников (7 класс), № 12, 15", D(2027, 9, 7)),
    lid(G8, D(2027, 9, 2), 2): ("§ 1, вопросы 1–5; завести тетрадь для практических работ", D(2027, 9, 7)),
    lid(G8, D(2027, 9, 3), 2): ("Упр. 7 (письменно), повторить орфограммы корня", D(2027, 9, 7)),
    lid(E1, D(2027, 9, 6), 3): ("SB p. 8, ex. 3, 4; learn the words", D(2027, 9, 8)),
    lid(E2, D(2027, 9, 6), 3): ("WB p. 5, ex. 1, 2", D(2027, 9, 8)),
    lid(G8, D(2027, 9, 6), 1): ("№ 24, 27, 31", D(2027, 9, 8)),
    lid(G8, D(2027, 9, 7), 3): ("§ 2, опыты 1–2 описать в тетради", D(2027, 9, 9)),  # withdrawn by 09-10
    lid(G8, D(2027, 9, 9), 5): ("Прочитать «Капитанскую дочку», главы 1–3", D(2027, 9, 13)),  # re-dated to 09-16
    lid(I1, D(2027, 9, 6), 6): ("Перевести числа из таблицы в двоичную систему", D(2027, 9, 13)),
    lid(G8, D(2027, 9, 13), 1): ("№ 45, 48 (а, б)", D(2027, 9, 15)),
}
HW_WITHDRAWN = lid(G8, D(2027, 9, 7), 3)
HW_REDATED = {lid(G8, D(2027, 9, 9), 5): D(2027, 9, 16)}

# marks: (lesson id, pupil, value, work type, own date or None, mark id suffix)
MARKS = [
    (lid(G8, D(2027, 9, 3), 1), ARTEM, "4", WT_VK), (lid(G8, D(2027, 9, 3), 1), POLINA, "3", WT_VK),
    (lid(G8, D(2027, 9, 3), 1), VARYA, "5", WT_VK),
    (lid(G8, D(2027, 9, 6), 1), POLINA, "5", WT_OU), (lid(E1, D(2027, 9, 6), 3), ARTEM, "5", WT_OU),
    (lid(E2, D(2027, 9, 6), 3), POLINA, "4", WT_OU), (lid(G8, D(2027, 9, 7), 2), ARTEM, "4", WT_OU),
    (lid(G8, D(2027, 9, 7), 3), POLINA, "2", WT_OU),  # withdrawn: entered for the wrong pupil
    (lid(G8, D(2027, 9, 8), 2), KSENIA, "4", WT_OU), (lid(G8, D(2027, 9, 9), 3), ARTEM, "3", WT_SR),
    (lid(G8, D(2027, 9, 9), 3), KSENIA, "5", WT_SR), (lid(I2, D(2027, 9, 9), 6), POLINA, "5", WT_OU),
    (lid(G8, D(2027, 9, 10), 2), POLINA, "4-", WT_SR), (lid(E1, D(2027, 9, 10), 3), KSENIA, "5", WT_OU),
    (lid(G8, D(2027, 9, 13), 1), TIMUR, "4", WT_OU), (lid(G8, D(2027, 9, 14), 2), ARTEM, "5+", WT_OU),
    (lid(G8, D(2027, 9, 14), 3), POLINA, "3", WT_OU),
    (lid(G7, D(2027, 6, 2), 1), ARTEM, "4", WT_SR), (lid(G7, D(2027, 6, 1), 1), POLINA, "5", WT_OU),
]
MARK_GONE = (lid(G8, D(2027, 9, 7), 3), POLINA[0])
AMENDED = {(lid(E1, D(2027, 9, 6), 3), ARTEM[0]): "4"}  # the mid-week pull had «4», the teacher corrected it to «5»
# attendance: (lesson id, pupil, status, comment)
LOG = [
    (lid(G8, D(2027, 9, 2), 1), POLINA, "Ill", "ОРВИ, справка"), (lid(G8, D(2027, 9, 3), 1), ARTEM, "Late", "автобус"),
    (lid(G8, D(2027, 9, 8), 2), KSENIA, "Absent", ""), (lid(G8, D(2027, 9, 8), 5), POLINA, "Absent", ""),
    (lid(G8, D(2027, 9, 10), 5), ARTEM, "Pass", "освобождён от физкультуры"),
    (lid(G8, D(2027, 9, 14), 1), TIMUR, "Late", ""),
]
LOG_GONE = (lid(G8, D(2027, 9, 8), 5), POLINA[0])  # a mistaken «Н»: the Friday range lacks it


def default_work(x):
    return 2260325488552600000 + x["id"] % 10000000


def hw_work(x):
    return 2260325488552700000 + x["id"] % 10000000


def works(x, v, stamp):
    subj = SUBJECTS[x["subject"]][0]
    common = {"lesson": x["id"], "lesson_str": str(x["id"]), "eduGroup": x["g"], "eduGroup_str": str(x["g"]),
              "periodNumber": 4 if x["g"] == G7 else 1, "periodType": "Quarter" if x["g"] == G7 else "Trimester",
              "subjectId": subj, "createdBy": x["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(x)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{v['day']}T00:00:00", "sentDate": None, **common}]
    hw = HW.get(x["id"])
    if hw and not (x["id"] == HW_WITHDRAWN and stamp >= "2027-09-10"):
        due = HW_REDATED.get(x["id"], hw[1]) if stamp >= "2027-09-10" else hw[1]
        pupils = members(x["g"], 2 if stamp >= "2027-09-12" else 1 if stamp >= "2027-09-07" else 0)
        tasks = [{**ids(2260325488552900000 + (x["id"] % 1000000) * 10 + i), "person": p[0], "person_str": str(p[0]),
                  "work": hw_work(x), "work_str": str(hw_work(x)), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(pupils)]
        out.append({**ids(hw_work(x)), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0], "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{x['day']}T15:{10 + v['number']}:05.3", **common})
    return out


def entity(x, state, stamp):
    v = view(x, state)
    sid, area = SUBJECTS[x["subject"]]
    return {**ids(x["id"]), "title": v["title"], "date": f"{v['day']}T{v['start']}:00", "number": v["number"],
            "subject": {**ids(sid), "name": x["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": x["g"], "status": "Planned" if stamp < f"{v['day']}T{v['start']}" else "Conducted",
            "resultPlaceId": 0, "works": works(x, v, stamp), "teachers": [x["teacher"][0]],
            "teachers_str": [str(x["teacher"][0])]}


def lessons_range(g, a, b, state, stamp):
    out = [entity(x, state, stamp) for x in LESSONS.values() if x["g"] == g and held(x, state) and a <= x["day"] <= b]
    return sorted(out, key=lambda e: (e["date"], e["number"]))


def mark_obj(m, stamp):
    lesson_id, p, value, wt = m
    x = LESSONS[lesson_id]
    value = AMENDED.get((lesson_id, p[0]), value) if stamp < "2027-09-10" else value
    mid = 2260325488553000000 + (lesson_id % 10000000) * 10 + [ARTEM, POLINA, KSENIA, TIMUR, VARYA].index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(x), "work_str": str(default_work(x)), "lesson": x["id"], "lesson_str": str(x["id"]),
            "number": 0, "date": f"{x['day']}T{x['start'][:2]}:4{x['number']}:1{x['number']}.37", "workType": wt,
            "mood": "Good" if value[0] in "45" else "Average" if value[0] == "3" else "Bad", "use_avg_calc": True}


def marks_range(g, a, b, stamp):
    return [mark_obj(m, stamp) for m in MARKS if LESSONS[m[0]]["g"] == g and a <= LESSONS[m[0]]["day"] <= b
            and not ((m[0], m[1][0]) == MARK_GONE and stamp >= "2027-09-10")]


def log_range(g, a, b, stamp):
    out = []
    for lesson_id, p, status, comment in LOG:
        x = LESSONS[lesson_id]
        if x["g"] == g and a <= x["day"] <= b and not ((lesson_id, p[0]) == LOG_GONE and stamp >= "2027-09-10"):
            out.append({"person": p[0], "person_str": str(p[0]), "lesson": x["id"], "lesson_str": str(x["id"]),
                        "comment": comment, "status": status,
                        "createdDate": f"{x['day']}T{x['start'][:2]}:5{x['number']}:0{x['number']}.41"})
    return out


def flat(x, state, stamp):
    e, v = entity(x, state, stamp), view(x, state)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOMS[x["g"]], "floor": "2", "hours": v["hours"], "works": [w["id"] for w in e["works"]],
            "teachers": [x["teacher"][0]]}


def homework_bundle(a, b, state, stamp):
    ws, ls, teachers, subjects = [], [], {}, {}
    for x in sorted(LESSONS.values(), key=lambda x: x["id"]):
        if x["g"] == G7 or not held(x, state) or not a <= x["day"] <= b:
            continue
        hws = [w for w in entity(x, state, stamp)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        ws += hws
        ls.append(flat(x, state, stamp))
        teachers[x["teacher"][0]] = person(x["teacher"])
        subjects[x["subject"]] = {"id": SUBJECTS[x["subject"]][0], "name": x["subject"], "knowledgeAreaId": None}
    return {"works": ws, "subjects": list(subjects.values()), "lessons": ls, "files": [],
            "teachers": list(teachers.values())}


def groups_of(p, stamp):
    stage = 2 if stamp >= "2027-09-12" else 1 if stamp >= "2027-09-07" else 0
    return [G8] + [g for g in SUBS if stamp >= "2027-09-05" and p in members(g, stage)]


def schedules(p, a, b, state, stamp):
    """persons/{p}/groups/{g}/schedules (§0): each day of the range, the pupil's lessons (the class's and his own
    subgroups'), his marks and log entries."""
    mine = groups_of(p, stamp)
    days, day = [], a
    while day <= b:
        ls = sorted([x for x in LESSONS.values() if x["g"] in mine and held(x, state) and x["day"] == day],
                    key=lambda x: view(x, state)["number"])
        ws = [w for x in ls for w in entity(x, state, stamp)["works"]]
        ms = [mark_obj(m, stamp) for m in MARKS if m[1] is p and LESSONS[m[0]] in ls
              and not ((m[0], p[0]) == MARK_GONE and stamp >= "2027-09-10")]
        logs = [e for x in ls for e in log_range(x["g"], day, day, stamp) if e["person"] == p[0] and e["lesson"] == x["id"]]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat(x, state, stamp) for x in ls], "marks": ms,
                     "works": ws, "homeworks": [w for w in ws if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None}
                                  for s in dict.fromkeys(x["subject"] for x in ls)],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({x["teacher"] for x in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days)):
        days[i]["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


class Clock:
    def __init__(self, stamp):
        self.t = dt.datetime.fromisoformat(stamp)

    def __call__(self):
        s = self.t.isoformat()
        self.t += dt.timedelta(seconds=20)
        return s


def roster(stage, clock, subgroups=True):
    out = [rec(f"GET /v2/edu-groups/{G8}/persons", [person(p) for p in members(G8, stage)], clock())]
    if subgroups:
        out += [rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in members(g, stage)], clock()) for g in SUBS]
    return out


def day_ranges(a, b, state, clock, groups=(G8,)):
    out = []
    for g in groups:
        t = clock()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, state, t[:16]), t))
    return out


def evening(a, b, state, clock, pupils, groups, hw_to):
    """A week's evening pull: lessons (Mon..Fri), marks and log entries (Mon..Sun), homework, the pupils' days."""
    sunday = a + dt.timedelta(days=6 - a.weekday())
    out = day_ranges(a, b, state, clock, groups)
    for g in groups:
        t = clock()
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{a}/{sunday}", marks_range(g, a, sunday, t), t))
    t = clock()  # the class's log holds its subgroups' lessons too: one range (§3.5)
    out.append(rec(f"GET /v2/lesson-log-entries/group/{G8}?from={a}&to={sunday}",
                   [e for g in groups for e in log_range(g, a, sunday, t)], t))
    t = clock()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={a}&endDate={hw_to}",
                   homework_bundle(a, hw_to, state, t[:16]), t))
    for p in pupils:
        t = clock()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{G8}/schedules?startDate={a}&endDate={b}",
                       schedules(p, a, b, state, t[:16]), t))
    return out


def classteacher(t):
    return [person(t)]


def final_marks(stamp):
    """edu-groups/{7А}/final-marks (§3.13): per pupil and period; Полина's year Алгебра «3», after the August
    retake «4» (the same mark id)."""
    table = {ARTEM: {"Алгебра": ("4", "4"), "Русский язык": ("5", "5"), "Биология": ("5", "5")},
             POLINA: {"Алгебра": ("3", "3"), "Русский язык": ("4", "4"), "Биология": ("4", "5")},
             EGOR: {"Алгебра": ("3", "3"), "Русский язык": ("3", "3"), "Биология": ("4", "4")}}
    out = []
    for p, subjects in table.items():
        for rp, col in ((P7[3], 0), (P7[4], 1)):
            entries = []
            for k, (subject, vals) in enumerate(subjects.items()):
                value = vals[col]
                date = f"{rp[2]}T14:0{k}:12.5"
                if p is POLINA and subject == "Алгебра" and col == 1 and stamp >= "2027-09-10":
                    value, date = "4", "2027-08-30T12:10:44.2"
                mid = 2260325488553900000 + p[0] % 1000 * 100 + col * 10 + k
                wid = 2260325488553800000 + col * 10 + k
                entries.append({"subject": SUBJECTS[subject][0], "subject_str": str(SUBJECTS[subject][0]),
                                "final-mark": {**ids(mid), "type": "mark5", "value": value, "textValue": value,
                                               "person": p[0], "person_str": str(p[0]), "work": wid,
                                               "work_str": str(wid), "lesson": None, "lesson_str": None, "number": 0,
                                               "date": date, "workType": WT_PERIOD, "mood": "Good",
                                               "use_avg_calc": False}})
            out.append({"person": p[0], "person_str": str(p[0]), "group": G7, "group_str": str(G7),
                        "reportingPeriod": rp[0], "reportingPeriod_str": str(rp[0]), "per-subject-final-marks": entries})
    return out


def main():
    c = Clock("2027-08-29T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 52»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 52» г. Твери",
                                     "avatarSmall": None, "city": "Тверь", "municipality": "г. Тверь", "regionId": 69,
                                     "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "69."}, c()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], c()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G8)], c()),
        *roster(0, c, subgroups=False),
        rec(f"GET /v2/edu-groups/{G8}/timetables", timetable(), c()),
        rec(f"GET /v2/edu-groups/{G8}/classteacher", classteacher(T_KUD), c()),  # carried over from 7А
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [ARTEM], [G8]), c()),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [POLINA], [G8]), c()),
        rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", rpg(G8), c()),
        *day_ranges(D(2027, 9, 1), D(2027, 9, 3), 0, c),
    ]
    c31 = Clock("2027-08-31T17:30:00")
    day1 = [*day_ranges(FIRST, FIRST, 1, c31)]
    c01 = Clock("2027-09-01T19:00:00")
    day2 = [*day_ranges(D(2027, 9, 2), D(2027, 9, 3), 2, c01)]
    c02 = Clock("2027-09-02T19:00:00")
    day3 = [*day_ranges(D(2027, 9, 3), D(2027, 9, 3), 3, c02)]
    c03 = Clock("2027-09-03T19:00:00")
    week1 = evening(FIRST, D(2027, 9, 3), 3, c03, [ARTEM, POLINA], [G8], D(2027, 9, 5))
    c03b = Clock("2027-09-03T19:30:00")
    history1 = [rec(f"GET /v2/edu-groups/{G7}", group_obj(G7), c03b()),
                rec(f"GET /v2/edu-groups/{G7}/persons", [person(p) for p in (ARTEM, POLINA, EGOR, VARYA)], c03b()),
                rec(f"GET /v2/edu-groups/{G7}/classteacher", classteacher(T_KUD), c03b()),
                rec(f"GET /v2/edu-groups/{G7}/reporting-period-group", rpg(G7), c03b()),
                rec(f"GET /v2/edu-groups/{G7}/final-marks", final_marks("2027-09-03T19:31"), c03b())]
    c05 = Clock("2027-09-05T20:00:00")
    subs = list(SUBS)
    week2_plan = [rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G8, *subs)], c05()),
                  *roster(0, c05), rec(f"GET /v2/edu-groups/{G8}/classteacher", classteacher(T_LEB), c05()),
                  *day_ranges(D(2027, 9, 6), D(2027, 9, 10), 3, c05, (G8, *subs))]
    c07 = Clock("2027-09-07T07:30:00")
    arrival = [*roster(1, c07), rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [KSENIA], [G8]), c07())]
    c08 = Clock("2027-09-08T20:00:00")
    midweek = []
    for g in (G8, *subs):
        t = c08()
        midweek.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-09-06/2027-09-08",
                           marks_range(g, D(2027, 9, 6), D(2027, 9, 8), t), t))
    for g in (G8,):
        t = c08()
        midweek.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from=2027-09-06&to=2027-09-08",
                           log_range(g, D(2027, 9, 6), D(2027, 9, 8), t), t))
    t = c08()
    midweek.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-09-06&endDate=2027-09-12",
                       homework_bundle(D(2027, 9, 6), D(2027, 9, 12), 3, t[:16]), t))
    c10 = Clock("2027-09-10T19:00:00")
    week2 = [*roster(1, c10, subgroups=False), *evening(D(2027, 9, 6), D(2027, 9, 10), 3, c10, [ARTEM, POLINA, KSENIA],
                                       [G8, *subs], D(2027, 9, 12))]
    c10b = Clock("2027-09-10T19:40:00")
    history2 = [rec(f"GET /v2/edu-groups/{G7}/lessons/2027-06-01/2027-06-04",
                    lessons_range(G7, D(2027, 6, 1), D(2027, 6, 4), 3, "2027-09-10T19:40"), c10b()),
                rec(f"GET /v2/edu-groups/{G7}/marks/2027-06-01/2027-06-04",
                    marks_range(G7, D(2027, 6, 1), D(2027, 6, 4), "2027-09-10T19:41"), c10b()),
                rec(f"GET /v2/edu-groups/{G7}/final-marks", final_marks("2027-09-10T19:41"), c10b())]
    c12 = Clock("2027-09-12T20:00:00")
    week3_plan = [*roster(2, c12), rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [KSENIA], [G8]), c12()),
                  *day_ranges(D(2027, 9, 13), D(2027, 9, 17), 3, c12, (G8, *subs))]
    c14 = Clock("2027-09-14T19:00:00")
    week3 = evening(D(2027, 9, 13), D(2027, 9, 14), 3, c14, [ARTEM, POLINA, KSENIA, TIMUR], [G8],
                    D(2027, 9, 19))
    steps = [
        ("1. the new year's reference data: school, work types, 8А (studyyear 2027), its pupils, bells, the class "
         "teacher carried over, parents, trimesters, week 1 as planned (Sun 2027-08-29 19:00)", [setup]),
        ("2. 1 September becomes a ceremony day: one class hour at 10:00 (Tue 2027-08-31 17:30)", [day1]),
        ("3. Thursday changed: История #4 replaced by Обществознание, Физика and Информатика swap (Wed 09-01 19:00)",
         [day2]),
        ("4. Friday changed: no Физическая культура (the gym under repair), Алгебра re-titled (Thu 09-02 19:00)",
         [day3]),
        ("5. week 1 evening pull (Fri 2027-09-03 19:00)", [week1]),
        ("6. last year's 7А arrives late: the archived group, its pupils, class teacher, quarters, quarter and year "
         "marks (Fri 2027-09-03 19:30)", [history1]),
        ("7. week 2 planned: the subgroups exist, a new class teacher (Sun 2027-09-05 20:00)", [week2_plan]),
        ("8. Ксения arrives (Tue 2027-09-07 07:30)", [arrival]),
        ("9. mid-week pull of marks, log entries and homework (Wed 2027-09-08 20:00)", [midweek]),
        ("10. week 2 evening pull (Fri 2027-09-10 19:00)", [week2]),
        ("11. last June arrives late: 7А's June lessons and marks, the year mark corrected after an August retake "
         "(Fri 2027-09-10 19:40)", [history2]),
        ("12. week 3 planned; Тимур in the lists (Sun 2027-09-12 20:00)", [week3_plan]),
        ("13. Tuesday's evening pull (Tue 2027-09-14 19:00)", [week3]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 52» (Тверь, UTC+3), 8А (last year 7А), 2027-09-01..09-14: the first fortnight "
                       "of a school year, with last June's data arriving late.",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Гимназия № 52»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
