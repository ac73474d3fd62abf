"""Write journey.json: «Лицей № 71» (Москва), Dnevnik.ru, senior classes on individual curricula (ИУП) over the
half-year seam, 2026-12-14..2027-01-29 with the winter break. 10Б and 11А; profile subgroups of each class; groups
of pupils of both classes (межклассные группы: one subgroup with both classes in `parentIds`, §3.8); a pupil who
swaps one elective for another at the half-year (his membership `Archive` in one, `Active` in the other, §3.8); an
11А pupil who studies Химия with 10Б (his own `schedules` lack 11А's Химия, §0); a 10Б pupil on a distance course
of Информатика (a subgroup of her alone, lessons after the day's lessons). Standard library only; deterministic.
Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002710071
G10, G11 = 2260325488571100010, 2260325488571100011
TT = {G10: 1000006710010, G11: 1000006710011}

# work types, standalone shape §3.3: (id, kind, title, abbr, weight)
WT_OU, WT_SR, WT_KR, WT_DZ, WT_PM, WT_PR = 7101, 7102, 7103, 7104, 7105, 7106
WORK_TYPES = [
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PM, "PeriodMark", "Отметка за полугодие", "П", 1),
    (WT_PR, "LaboratoryWork", "Практическая работа", "ПР", 2),
]
SUBJECTS = {  # name -> (id, knowledgeArea)
    "Русский язык": (1000003710001, "Филология"), "Литература": (1000003710002, "Филология"),
    "Английский язык": (1000003710003, "Филология"), "Алгебра": (1000003710004, "Математика"),
    "Геометрия": (1000003710005, "Математика"), "История": (1000003710006, "Общественные науки"),
    "Обществознание": (1000003710007, "Общественные науки"), "Физика": (1000003710008, "Естествознание"),
    "Биология": (1000003710009, "Естествознание"), "Химия": (1000003710010, "Естествознание"),
    "Информатика": (1000003710011, "Математика"), "Физическая культура": (1000003710012, "Физическая культура"),
    "Алгебра и начала анализа (углублённый уровень)": (1000003710013, "Математика"),
    "Алгебра и начала анализа (базовый уровень)": (1000003710014, "Математика"),
    "Финансовая грамотность": (1000003710015, "Общественные науки"),
    "Основы права": (1000003710016, "Общественные науки"),
}

# persons: (person id, user id, last, first, middle, sex)
DASHA = (2260325488571300101, 2260325488571400101, "Орлова", "Дарья", "Сергеевна", "Female")
MATVEY = (1000012710102, 1000011710102, "Ильин", "Матвей", "Андреевич", "Male")
POLINA = (2260325488571300103, 2260325488571400103, "Кузнецова", "Полина", "Павловна", "Female")
ARTEM = (2260325488571300111, 2260325488571400111, "Соколов", "Артём", "Ильич", "Male")
NIKA = (1000012710112, 1000011710112, "Власова", "Ника", "Игоревна", "Female")
TIMUR = (1000012710113, 1000011710113, "Галиев", "Тимур", "Ринатович", "Male")
PUPILS = [DASHA, MATVEY, POLINA, ARTEM, NIKA, TIMUR]
CLASS_OF = {DASHA: G10, MATVEY: G10, POLINA: G10, ARTEM: G11, NIKA: G11, TIMUR: G11}
PARENTS = [  # (parent person, children)
    ((1000012710901, 1000011710901, "Орлова", "Ирина", "Викторовна", "Female"), [DASHA]),
    ((1000012710902, 1000011710902, "Кузнецов", "Павел", "Олегович", "Male"), [POLINA]),
    ((1000012710903, 1000011710903, "Соколова", "Елена", "Юрьевна", "Female"), [ARTEM]),
    ((1000012710904, 1000011710904, "Власов", "Игорь", "Петрович", "Male"), [NIKA]),
]
T_RUS = (1000012710950, 1000011710950, "Белова", "Анна", "Михайловна", "Female")
T_MAT = (1000012710951, 1000011710951, "Королёв", "Олег", "Викторович", "Male")
T_HIS = (1000012710952, 1000011710952, "Смирнова", "Татьяна", "Ивановна", "Female")
T_NAT = (1000012710953, 1000011710953, "Жукова", "Марина", "Алексеевна", "Female")
T_ENG = (1000012710954, 1000011710954, "Фролов", "Денис", "Игоревич", "Male")
T_INF = (1000012710955, 1000011710955, "Лисин", "Кирилл", "Олегович", "Male")
T_PE = (1000012710956, 1000011710956, "Гусев", "Роман", "Петрович", "Male")
TEACHER = {"Русский язык": T_RUS, "Литература": T_RUS, "Алгебра": T_MAT, "Геометрия": T_MAT,
           "Алгебра и начала анализа (углублённый уровень)": T_MAT,
           "Алгебра и начала анализа (базовый уровень)": T_MAT, "История": T_HIS, "Обществознание": T_HIS,
           "Финансовая грамотность": T_HIS, "Основы права": T_HIS, "Физика": T_NAT, "Биология": T_NAT,
           "Химия": T_NAT, "Английский язык": T_ENG, "Информатика": T_INF, "Физическая культура": T_PE}

HALF = D(2026, 12, 28)  # the first day after the first half-year: the elective swap counts from here
# pulls (Moscow local): the sync job's runs
P_SETUP, P_PLAN1 = "2026-12-13T19:00:00", "2026-12-13T19:20:00"
P_W1, P_W2 = "2026-12-19T18:00:00", "2026-12-26T18:00:00"
P_ROSTER_DEC, P_ROSTER_JAN = "2026-12-27T12:00:00", "2027-01-10T19:00:00"
P_W3, P_W4, P_W5 = "2027-01-16T18:00:00", "2027-01-23T18:00:00", "2027-01-30T18:00:00"

# groups: key -> (id, name, type, parentIds, members [(person, status as of the December rosters, as of January)])
GROUPS = {
    "10Б": (G10, "10Б", "Group", [], [(p, "Active", "Active") for p in (DASHA, MATVEY, POLINA)]),
    "11А": (G11, "11А", "Group", [], [(p, "Active", "Active") for p in (ARTEM, NIKA, TIMUR)]),
    "PHYS": (2260325488571100101, "10Б Физика (профиль)", "Subgroup", [G10],
             [(DASHA, "Active", "Active"), (MATVEY, "Active", "Active")]),
    "BIO": (2260325488571100102, "10Б Биология (профиль)", "Subgroup", [G10], [(POLINA, "Active", "Active")]),
    "INF": (2260325488571100103, "10Б Информатика", "Subgroup", [G10],
            [(DASHA, "Active", "Active"), (MATVEY, "Active", "Active")]),
    "DIST": (2260325488571100104, "Информатика (дистанционный курс)", "Subgroup", [G10],
             [(POLINA, "Active", "Active")]),
    "CHEM": (2260325488571100105, "Химия 10 (межклассная)", "Subgroup", [G10, G11],
             [(DASHA, "Active", "Active"), (MATVEY, "Active", "Active"), (POLINA, "Active", "Active"),
              (ARTEM, "Active", "Active")]),
    "FIN": (2260325488571100106, "Финансовая грамотность (электив)", "Subgroup", [G10, G11],
            [(DASHA, "Active", "Active"), (NIKA, "Active", "Archive")]),
    "LAW": (2260325488571100107, "Основы права (электив)", "Subgroup", [G10, G11],
            [(MATVEY, "Active", "Active"), (TIMUR, "Active", "Active"), (NIKA, None, "Active")]),
    "ALGU": (2260325488571100111, "11А Алгебра (углублённый уровень)", "Subgroup", [G11],
             [(ARTEM, "Active", "Active"), (NIKA, "Active", "Active")]),
    "ALGB": (2260325488571100112, "11А Алгебра (базовый уровень)", "Subgroup", [G11], [(TIMUR, "Active", "Active")]),
}
GID = {k: v[0] for k, v in GROUPS.items()}
AU, AB = "Алгебра и начала анализа (углублённый уровень)", "Алгебра и начала анализа (базовый уровень)"
# the timetables by weekday (0 = Monday): (number, group key, subject)
WEEK = {
    "10Б": [
        [(1, "10Б", "Русский язык"), (2, "10Б", "Литература"), (3, "PHYS", "Физика"), (3, "BIO", "Биология"),
         (4, "10Б", "История"), (5, "10Б", "Английский язык")],
        [(1, "10Б", "Алгебра"), (2, "10Б", "Обществознание"), (3, "10Б", "Физическая культура"),
         (5, "INF", "Информатика"), (6, "CHEM", "Химия")],
        [(1, "10Б", "Геометрия"), (2, "PHYS", "Физика"), (2, "BIO", "Биология"), (3, "10Б", "Русский язык"),
         (4, "10Б", "Английский язык"), (7, "FIN", "Финансовая грамотность"), (7, "LAW", "Основы права")],
        [(1, "10Б", "Алгебра"), (2, "10Б", "Литература"), (3, "10Б", "История"), (4, "10Б", "Физическая культура"),
         (8, "DIST", "Информатика")],
        [(1, "10Б", "Геометрия"), (2, "PHYS", "Физика"), (2, "BIO", "Биология"), (3, "10Б", "Английский язык"),
         (4, "10Б", "Обществознание"), (5, "10Б", "Русский язык")],
    ],
    "11А": [
        [(1, "ALGU", AU), (1, "ALGB", AB), (2, "11А", "Русский язык"), (3, "11А", "Литература"), (4, "11А", "Химия"),
         (5, "11А", "История")],
        [(1, "11А", "Геометрия"), (2, "11А", "Английский язык"), (3, "11А", "Физика"), (4, "ALGU", AU),
         (4, "ALGB", AB), (5, "11А", "Физическая культура")],
        [(1, "11А", "Русский язык"), (2, "11А", "Обществознание"), (3, "ALGU", AU), (3, "ALGB", AB),
         (4, "11А", "Химия"), (5, "11А", "Литература")],
        [(1, "ALGU", AU), (1, "ALGB", AB), (2, "11А", "Физика"), (3, "11А", "История"), (4, "11А", "Английский язык"),
         (5, "11А", "Геометрия")],
        [(1, "11А", "Русский язык"), (2, "11А", "Обществознание"), (3, "11А", "Физическая культура"),
         (4, "ALGU", AU), (4, "ALGB", AB), (5, "11А", "Литература")],
    ],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05"), 8: ("15:30", "16:15")}
ROOM = {"10Б": "214", "11А": "305", "PHYS": "Лаб. физики", "BIO": "Лаб. биологии", "INF": "Каб. информатики 2",
        "DIST": "Дистанционно (Moodle)", "CHEM": "Лаб. химии", "FIN": "112", "LAW": "113", "ALGU": "305",
        "ALGB": "307"}
# 11А's Химия (the class's lessons): Артём studies Химия with 10Б (the CHEM group) and is not at his class's
EXEMPT = {(ARTEM, "11А", "Химия")}
WEEKS = [D(2026, 12, 14), D(2026, 12, 21), D(2027, 1, 11), D(2027, 1, 18), D(2027, 1, 25)]


def school_days():
    for monday in WEEKS:
        for i in range(5):
            yield monday + dt.timedelta(days=i)


def lid_of(g, day, n):
    return 2260325488571500000 + list(GROUPS).index(g) * 100000 + (day - D(2026, 12, 1)).days * 10 + n


TOPIC_N = {}


def topic(g, subject):
    TOPIC_N[(g, subject)] = TOPIC_N.get((g, subject), 0) + 1
    return f"{subject}: тема {TOPIC_N[(g, subject)] + 30}"


NICE = {
    ("CHEM", D(2026, 12, 15), 6): "Алканы: строение и номенклатура",
    ("FIN", D(2026, 12, 16), 7): "Личный финансовый план",
    ("LAW", D(2027, 1, 13), 7): "Конституционное право: основы",
    ("DIST", D(2027, 1, 14), 8): "Алгоритмы сортировки (вебинар)",
}
# the lesson replaced after the plan: 10Б's История #3 on 2027-01-14 gave way to Обществознание (teacher ill)
REPLACED = ("10Б", D(2027, 1, 14), 3)
REPLACEMENT_ID = 2260325488571599999


def plan():
    out = {}
    for day in school_days():
        for cls in ("10Б", "11А"):
            for n, g, subject in WEEK[cls][day.weekday()]:
                lid = lid_of(g, day, n)
                if lid in out:
                    continue
                out[lid] = {"id": lid, "g": g, "day": day, "number": n, "subject": subject,
                            "title": NICE.get((g, day, n)) or topic(g, subject), "teacher": TEACHER[subject],
                            "since": "", "until": None}
    old = out[lid_of(*REPLACED)]
    old["until"] = "2027-01-14T08:00:00"  # gone from every answer pulled after the morning of 01-14
    out[REPLACEMENT_ID] = {"id": REPLACEMENT_ID, "g": "10Б", "day": REPLACED[1], "number": 3,
                           "subject": "Обществознание", "title": "Замена: Права человека (вместо истории)",
                           "teacher": TEACHER["Обществознание"], "since": "2027-01-14T08:00:00", "until": None}
    return out


LESSONS = plan()


def alive(x, pulled):
    return x["since"] <= pulled and (x["until"] is None or pulled < x["until"])


def lesson(g, day, n):
    return LESSONS[lid_of(g, day, n)]


def ids(n):
    return {"id": n, "id_str": str(n)}


def member(person, g, day):
    """Whether the pupil is in the group that day, as the journal has it (the elective swap at the half-year)."""
    for p, dec, jan in GROUPS[g][4]:
        if p == person:
            return (dec if day < HALF else jan) == "Active"
    return False


def pupil_lessons(person, day, pulled):
    cls = "10Б" if CLASS_OF[person] == G10 else "11А"
    out = []
    for l in LESSONS.values():
        if l["day"] != day or not alive(l, pulled) or not member(person, l["g"], day):
            continue
        if (person, l["g"], l["subject"]) in EXEMPT:
            continue
        out.append(l)
    return sorted(out, key=lambda l: l["number"])


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled + "+03:00"}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def person_obj(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(key):
    gid, name, typ, parents, _ = GROUPS[key]
    par = 10 if (parents or [gid])[0] == G10 else 11
    return {**ids(gid), "parentIds": parents, "parentIds_str": [str(x) for x in parents], "type": typ, "name": name,
            "fullName": "" if typ == "Group" else f"{TEACHER_OF_GROUP(key)[2]} {TEACHER_OF_GROUP(key)[3][0]}. "
                                                   f"{TEACHER_OF_GROUP(key)[4][0]}.",
            "parallel": par, "timetable": TT[G10 if par == 10 else G11], "timetable_str": str(TT[G10 if par == 10 else G11]),
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def TEACHER_OF_GROUP(key):
    subj = next(s for cls in WEEK.values() for day in cls for _, g, s in day if g == key)
    return TEACHER[subj]


# ------------------------------------------------------------------ marks, attendance, homework, finals

# marks: (group, date, number, pupil, value, work type, [(pulled-after, new value or None = deleted)])
MARKS = [
    ("10Б", D(2026, 12, 14), 1, DASHA, "5", WT_OU, []),
    ("PHYS", D(2026, 12, 14), 3, DASHA, "4", WT_SR, []),
    ("BIO", D(2026, 12, 14), 3, POLINA, "5", WT_SR, []),
    ("CHEM", D(2026, 12, 15), 6, ARTEM, "3", WT_OU, [("2026-12-21T10:00:00", "4")]),  # corrected in the next week's re-pull
    ("CHEM", D(2026, 12, 15), 6, DASHA, "5", WT_OU, []),
    ("CHEM", D(2026, 12, 15), 6, POLINA, "4-", WT_OU, []),
    ("PHYS", D(2026, 12, 16), 2, DASHA, "2", WT_OU, [("2026-12-21T10:00:00", None)]),  # entered for the wrong pupil, deleted
    ("PHYS", D(2026, 12, 16), 2, MATVEY, "2", WT_OU, []),
    ("FIN", D(2026, 12, 16), 7, NIKA, "5", WT_PR, []),
    ("FIN", D(2026, 12, 16), 7, DASHA, "4", WT_PR, []),
    ("ALGU", D(2026, 12, 17), 1, ARTEM, "5", WT_KR, []),
    ("ALGU", D(2026, 12, 17), 1, NIKA, "4", WT_KR, []),
    ("DIST", D(2026, 12, 17), 8, POLINA, "5", WT_PR, []),
    ("11А", D(2026, 12, 16), 4, NIKA, "4", WT_OU, []),  # 11А's Химия: Ника's, not Артём's
    ("10Б", D(2026, 12, 22), 1, POLINA, "3", WT_KR, []),
    ("CHEM", D(2026, 12, 22), 6, ARTEM, "4", WT_KR, []),
    ("FIN", D(2026, 12, 23), 7, NIKA, "5", WT_OU, []),
    ("11А", D(2026, 12, 24), 2, ARTEM, "5+", WT_OU, []),
    ("BIO", D(2027, 1, 13), 2, POLINA, "4", WT_OU, []),
    ("PHYS", D(2027, 1, 13), 2, DASHA, "5", WT_OU, []),
    ("LAW", D(2027, 1, 13), 7, NIKA, "5", WT_OU, []),
    ("FIN", D(2027, 1, 13), 7, DASHA, "3", WT_OU, []),
    ("10Б", D(2027, 1, 14), 3, DASHA, "4", WT_OU, []),  # on the replacement Обществознание
    ("DIST", D(2027, 1, 14), 8, POLINA, "4+", WT_OU, []),
    ("CHEM", D(2027, 1, 19), 6, ARTEM, "2", WT_SR, [("2027-01-26T12:00:00", "3")]),  # a retake raises it a week later
    ("CHEM", D(2027, 1, 19), 6, POLINA, "5", WT_SR, []),
    ("ALGB", D(2027, 1, 20), 3, TIMUR, "4", WT_OU, []),
    ("ALGU", D(2027, 1, 20), 3, NIKA, "3", WT_OU, []),
    ("LAW", D(2027, 1, 20), 7, NIKA, "4", WT_PR, []),
    ("DIST", D(2027, 1, 21), 8, POLINA, "5", WT_KR, []),
    ("PHYS", D(2027, 1, 27), 2, DASHA, "4", WT_KR, []),
    ("11А", D(2027, 1, 26), 3, ARTEM, "4", WT_OU, []),
    ("LAW", D(2027, 1, 27), 7, NIKA, "5", WT_OU, []),
    ("DIST", D(2027, 1, 28), 8, POLINA, "3", WT_OU, []),
]
# log entries: (group, date, number, pupil, status, comment, [(pulled-after, new status or None = removed, comment)])
LOG = [
    ("CHEM", D(2026, 12, 15), 6, ARTEM, "Late", "автобус", []),
    ("10Б", D(2026, 12, 16), 3, POLINA, "Ill", "ОРВИ", []),
    ("FIN", D(2026, 12, 23), 7, DASHA, "Absent", "", []),
    ("11А", D(2026, 12, 21), 2, NIKA, "Pass", "олимпиада по праву", []),
    ("10Б", D(2027, 1, 13), 3, POLINA, "Absent", "", [("2027-01-18T09:00:00", "Ill", "справка от врача")]),
    ("10Б", D(2027, 1, 13), 1, DASHA, "Late", "", [("2027-01-18T09:00:00", None, "")]),  # marked late by mistake
    ("DIST", D(2027, 1, 14), 8, POLINA, "Absent", "не подключилась", []),
    ("LAW", D(2027, 1, 20), 7, NIKA, "Late", "", []),
    ("ALGU", D(2027, 1, 21), 1, ARTEM, "Ill", "", []),
]
# homework: (group, date, number, text, due, [(pulled-after, None = deleted)])
HW = [
    ("PHYS", D(2026, 12, 14), 3, "§ 34, задачи 1–3 (профиль)", D(2026, 12, 16), []),
    ("BIO", D(2026, 12, 14), 3, "Параграф 12, схема митоза", D(2026, 12, 16), []),
    ("CHEM", D(2026, 12, 15), 6, "Номенклатура алканов: упр. 4–7", D(2026, 12, 22), []),
    ("FIN", D(2026, 12, 16), 7, "Составить личный бюджет на месяц", D(2026, 12, 23), []),
    ("LAW", D(2026, 12, 16), 7, "Конспект: виды правовых норм", D(2026, 12, 23), []),
    ("ALGU", D(2026, 12, 17), 1, "№ 18.4–18.9 (углублённый)", D(2026, 12, 21), []),
    ("ALGB", D(2026, 12, 17), 1, "№ 12.1–12.3 (базовый)", D(2026, 12, 21), []),
    ("DIST", D(2026, 12, 17), 8, "Курс Moodle: модуль 5, тест", D(2026, 12, 24), []),
    ("11А", D(2026, 12, 16), 4, "Химия 11А: § 9, задачи", D(2026, 12, 21), []),
    ("FIN", D(2027, 1, 13), 7, "Кейс: кредит или рассрочка", D(2027, 1, 20), []),
    ("LAW", D(2027, 1, 13), 7, "Прочитать главу 1 Конституции", D(2027, 1, 20), []),
    ("DIST", D(2027, 1, 14), 8, "Курс Moodle: модуль 6, сортировки", D(2027, 1, 21), []),
    ("CHEM", D(2027, 1, 19), 6, "Алкены: упр. 2, 5", D(2027, 1, 26), []),
    ("10Б", D(2027, 1, 19), 1, "№ 301–305", D(2027, 1, 21), [("2027-01-25T09:00:00", None)]),  # set by mistake, removed
    ("10Б", D(2027, 1, 19), 2, "Эссе «Права и обязанности»", D(2027, 1, 22), []),
    ("ALGU", D(2027, 1, 20), 3, "№ 21.2–21.8", D(2027, 1, 25), []),
]
HY1, HY2 = 1000007710001, 1000007710002
PERIODS = [(HY1, "2026-09-01", "2026-12-27", 1, "1 полугодие"), (HY2, "2027-01-11", "2027-05-25", 2, "2 полугодие")]
HOLIDAYS = [(1000008710001, "2026-11-02", "2026-11-08", "Осенние каникулы"),
            (1000008710002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008710003, "2027-02-23", "2027-02-23", "День защитника Отечества")]
# half-year marks (1 полугодие): pupil -> [(subject, value, [(pulled-after, new value)])]
FINALS = {
    DASHA: [("Русский язык", "5", []), ("Алгебра", "4", []), ("Физика", "4", []), ("Химия", "5", []),
            ("Информатика", "5", []), ("Финансовая грамотность", "5", [])],
    MATVEY: [("Русский язык", "4", []), ("Физика", "3", []), ("Химия", "4", []), ("Основы права", "4", [])],
    POLINA: [("Русский язык", "4", []), ("Алгебра", "3", []), ("Биология", "5", []), ("Химия", "4", []),
             ("Информатика", "5", [])],
    ARTEM: [("Русский язык", "4", []), (AU, "5", []), ("Химия", "3", [("2027-01-05T10:00:00", "4")]), ("История", "4", [])],
    NIKA: [("Русский язык", "5", []), (AU, "4", []), ("Химия", "4", []), ("Финансовая грамотность", "5", [])],
    TIMUR: [("Русский язык", "3", []), (AB, "4", []), ("Химия", "3", []), ("Основы права", "4", [])],
}


def state(changes, first, pulled):
    """The value as of the pull: the original, then each change pulled after its moment."""
    value = first
    for after, new in changes:
        if pulled > after:
            value = new
    return value


def pidx(p):
    return PUPILS.index(p)


def default_work(l):
    return 2260325488573000000 + l["id"] % 10000000


def hw_work(l):
    return 2260325488574000000 + l["id"] % 10000000


def hw_of(l, pulled):
    for g, day, n, text, due, changes in HW:
        if lid_of(g, day, n) == l["id"]:
            if state(changes, True, pulled) is None:
                return None
            return text, due
    return None


def mark_obj(m, pulled):
    g, day, n, p, value, wt, changes = m
    l = lesson(g, day, n) if (g, day, n) != REPLACED else LESSONS[REPLACEMENT_ID]
    v = state(changes, value, pulled)
    if v is None:
        return None
    mid = 2260325488572000000 + (l["id"] % 10000000) * 10 + pidx(p)
    start = BELLS[n][0]
    return {**ids(mid), "type": "mark5", "value": v, "textValue": v, "person": p[0], "person_str": str(p[0]),
            "work": default_work(l), "work_str": str(default_work(l)), "lesson": l["id"], "lesson_str": str(l["id"]),
            "number": 0, "date": f"{day}T{start[:3]}{int(start[3:]) + 21:02d}:1{n}.{pidx(p) + 3}7", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[v[0]], "use_avg_calc": True}


def mark_lesson(m):
    g, day, n = m[0], m[1], m[2]
    return LESSONS[REPLACEMENT_ID] if (g, day, n) == REPLACED else lesson(g, day, n)


def log_obj(e, pulled):
    g, day, n, p, status, comment, changes = e
    l = mark_lesson(e)
    now = (status, comment)
    for after, new, c in changes:
        if pulled > after:
            now = (new, c)
    if now[0] is None:
        return None
    return {"person": p[0], "person_str": str(p[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": now[1], "status": now[0], "createdDate": f"{day}T{BELLS[n][0][:3]}{int(BELLS[n][0][3:]) + 6:02d}:0{n}.4"}


def members_on(g, day):
    return [p for p, _, _ in GROUPS[g][4] if member(p, g, day)]


def work_objs(l, pulled):
    subj = SUBJECTS[l["subject"]][0]
    gid = GID[l["g"]]
    common = {"lesson": l["id"], "lesson_str": str(l["id"]), "eduGroup": gid, "eduGroup_str": str(gid),
              "periodNumber": 1 if l["day"] < HALF else 2, "periodType": "HalfYear", "subjectId": subj,
              "createdBy": l["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(l)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{l['day']}T00:00:00", "sentDate": None, **common}]
    hw = hw_of(l, pulled)
    if hw:
        text, due = hw
        w = hw_work(l)
        tasks = [{**ids(2260325488575000000 + (l["id"] % 10000000) * 10 + pidx(p)), "person": p[0],
                  "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for p in members_on(l["g"], l["day"])
                 if (p, l["g"], l["subject"]) not in EXEMPT]
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{l['day']}T16:0{l['number']}:12.5", **common})
    return out


def entity_lesson(l, pulled):
    subj_id, area = SUBJECTS[l["subject"]]
    start = BELLS[l["number"]][0]
    return {**ids(l["id"]), "title": l["title"], "date": f"{l['day']}T{start}:00", "number": l["number"],
            "subject": {**ids(subj_id), "name": l["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": GID[l["g"]], "status": "Planned" if pulled < f"{l['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(l, pulled), "teachers": [l["teacher"][0]],
            "teachers_str": [str(l["teacher"][0])]}


def flat_lesson(l, pulled):
    e = entity_lesson(l, pulled)
    a, b = BELLS[l["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0,
            "building": "Корпус 1", "place": ROOM[l["g"]], "floor": "2" if l["g"] != "DIST" else "",
            "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]], "teachers": [l["teacher"][0]]}


def in_range(day, a, b):
    return a <= day <= b


def lessons_range(g, a, b, pulled):
    return [entity_lesson(l, pulled) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"], l["id"]))
            if l["g"] == g and alive(l, pulled) and in_range(l["day"], a, b)]


def marks_range(g, a, b, pulled):
    out = [mark_obj(m, pulled) for m in MARKS if m[0] == g and in_range(m[1], a, b)]
    return [m for m in out if m]


def log_range(g, a, b, pulled):
    out = [log_obj(e, pulled) for e in LOG if e[0] == g and in_range(e[1], a, b)]
    return [e for e in out if e]


def homework_bundle(a, b, pulled):
    """users/me/school/{s}/homeworks (§3.7): the Homework works of the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"], l["id"])):
        hw = hw_of(l, pulled)
        if not hw or not alive(l, pulled) or not in_range(l["day"], a, b) or not in_range(hw[1], a, b):
            continue
        works += [w for w in entity_lesson(l, pulled)["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, pulled))
        teachers[l["teacher"][0]] = person_obj(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, a, b, pulled):
    """persons/{p}/groups/{g}/schedules (§0): the pupil's own days: his lessons, his marks and log entries."""
    days, day = [], a
    while day <= b:
        ls = pupil_lessons(p, day, pulled)
        works = [w for l in ls for w in entity_lesson(l, pulled)["works"]]
        lids = {l["id"] for l in ls}
        marks = [x for x in (mark_obj(m, pulled) for m in MARKS if m[3] == p and mark_lesson(m)["id"] in lids) if x]
        logs = [x for x in (log_obj(e, pulled) for e in LOG if e[3] == p and mark_lesson(e)["id"] in lids) if x]
        subjects = {}
        for l in ls:
            subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, pulled) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subjects.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [{"person": person_obj(t), "role": "Teacher"}
                                  for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def final_marks(cls_gid, pulled):
    """edu-groups/{g}/final-marks (§3.13): per pupil of the class, the half-year marks of his own subjects."""
    out = []
    for p in PUPILS:
        if CLASS_OF[p] != cls_gid:
            continue
        per = []
        for subject, value, changes in FINALS[p]:
            sid = SUBJECTS[subject][0]
            v = state(changes, value, pulled)
            work = 2260325488576000000 + (sid % 100000) * 100 + (cls_gid % 100)
            mid = 2260325488577000000 + (sid % 100000) * 100 + pidx(p)
            per.append({"subject": sid, "subject_str": str(sid), "final-mark": {
                **ids(mid), "type": "mark5", "value": v, "textValue": v, "person": p[0], "person_str": str(p[0]),
                "work": work, "work_str": str(work), "lesson": None, "lesson_str": None, "number": 0,
                "date": "2026-12-25T15:4%d:0%d.12" % (pidx(p), pidx(p)) if v == value else "2027-01-09T11:05:33.8",
                "workType": WT_PM, "mood": "Good" if v in ("4", "5") else "Average", "use_avg_calc": False}})
        out.append({"person": p[0], "person_str": str(p[0]), "group": cls_gid, "group_str": str(cls_gid),
                    "reportingPeriod": HY1, "reportingPeriod_str": str(HY1), "per-subject-final-marks": per})
    return out


def rpg(g):
    rid = 1000009710000 + g % 100
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "HalfYear",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 10–11 классов", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "ГБОУ «Лицей № 71»", "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [CLASS_OF[c]]}
                         for c in children], "splitId": None}


def roster(pulled, january):
    """POST edu-groups (§3.8): every group with its students and their membershipstatus."""
    body = []
    for key, (gid, _, _, _, members) in GROUPS.items():
        students = [{"person": p[0], "person_str": str(p[0]), "membershipstatus": jan if january else dec}
                    for p, dec, jan in members if (jan if january else dec)]
        body.append({"group": group_obj(key), "students": students})
    return rec("POST /v2/edu-groups", body, pulled, request_body=[GROUPS[k][0] for k in GROUPS])


def at(stamp, minutes):
    return (dt.datetime.fromisoformat(stamp) + dt.timedelta(minutes=minutes)).isoformat()


def week_pull(monday, stamp, marks_from=None, hw_from=None):
    """One Saturday-evening pull of a week: every group's lessons, marks and log entries, the school's homework,
    every pupil's own days. `marks_from`/`hw_from` widen the marks and homework ranges back (a re-check)."""
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    out, m = [], 0

    def t():
        nonlocal m
        m += 1
        return at(stamp, m)

    for key in GROUPS:
        out.append(rec(f"GET /v2/edu-groups/{GID[key]}/lessons/{monday}/{friday}",
                       lessons_range(key, monday, friday, t()), at(stamp, m)))
    mf = marks_from or monday
    for key in GROUPS:
        out.append(rec(f"GET /v2/edu-groups/{GID[key]}/marks/{mf}/{sunday}", marks_range(key, mf, sunday, t()),
                       at(stamp, m)))
    for key in GROUPS:
        out.append(rec(f"GET /v2/lesson-log-entries/group/{GID[key]}?from={monday}&to={sunday}",
                       log_range(key, monday, sunday, t()), at(stamp, m)))
    hf = hw_from or monday
    hw_to = sunday + dt.timedelta(days=7)
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={hf}&endDate={hw_to}",
                   homework_bundle(hf, hw_to, t()), at(stamp, m)))
    for p in PUPILS:
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{CLASS_OF[p]}/schedules?startDate={monday}&endDate={friday}",
                       schedules(p, monday, friday, t()), at(stamp, m)))
    return out


def plan_pull(monday, stamp):
    friday = monday + dt.timedelta(days=4)
    return [rec(f"GET /v2/edu-groups/{GID[key]}/lessons/{monday}/{friday}", lessons_range(key, monday, friday,
                                                                                         at(stamp, i)), at(stamp, i))
            for i, key in enumerate(GROUPS)]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "ГБОУ «Лицей № 71»",
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Лицей № 71»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва", "regionId": 77,
                                     "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "77."},
            P_SETUP),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], at(P_SETUP, 1)),
        rec(f"GET /v2/schools/{S}/subjects", [{**ids(i), "name": n, "knowledgeArea": a, "fgosSubjectId": None}
                                              for n, (i, a) in SUBJECTS.items()], at(P_SETUP, 2)),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(k) for k in GROUPS], at(P_SETUP, 3)),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person_obj(p) for p in PUPILS if CLASS_OF[p] == g], at(P_SETUP, 4))
          for g in (G10, G11)],
        roster(at(P_SETUP, 5), january=False),
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), at(P_SETUP, 6)) for g in (G10, G11)],
        *[rec(f"GET /v2/users/{parent[1]}/context", context(parent, kids), at(P_SETUP, 7)) for parent, kids in PARENTS],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), at(P_SETUP, 8)) for g in (G10, G11)],
        *[rec(f"GET /v2/persons/{t[0]}", person_obj(t), at(P_SETUP, 9)) for t in
          (T_RUS, T_MAT, T_HIS, T_NAT, T_ENG, T_INF, T_PE)],
    ]
    w1 = week_pull(WEEKS[0], P_W1)
    steps = [
        ("1. reference data: school, work types, subjects, groups and their members, bells, parents, half-years "
         "(Sun 2026-12-13 19:00)", [setup]),
        ("2. week of 12-14 as planned (Sun 2026-12-13 19:20)", [plan_pull(WEEKS[0], P_PLAN1)]),
        ("3. week of 12-14, Saturday evening pull (Sat 2026-12-19 18:00)", [w1]),
        ("4. the same batch sent again: the job's retry after a timeout", [w1]),
        ("5. week of 12-21 (last of the half-year), marks re-checked from 12-14: a mark corrected, one deleted; "
         "half-year marks (Sat 2026-12-26 18:00)",
         [week_pull(WEEKS[1], P_W2, marks_from=WEEKS[0], hw_from=WEEKS[0]),
          [rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, at(P_W2, 50)), at(P_W2, 50)) for g in (G10, G11)]]),
        ("6. rosters on the first day of the break (Sun 2026-12-27 12:00)", [[roster(P_ROSTER_DEC, january=False)]]),
        ("7. before the second half-year: rosters (Ника leaves Финансовая грамотность for Основы права), half-years, "
         "a corrected half-year mark, week of 01-11 as planned (Sun 2027-01-10 19:00)",
         [[roster(P_ROSTER_JAN, january=True),
           *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), at(P_ROSTER_JAN, 1)) for g in (G10, G11)],
           *[rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, at(P_ROSTER_JAN, 2)), at(P_ROSTER_JAN, 2))
             for g in (G10, G11)]],
          plan_pull(WEEKS[2], at(P_ROSTER_JAN, 10))]),
        ("8. week of 01-11: 10Б's История of Thursday replaced by Обществознание (Sat 2027-01-16 18:00)",
         [week_pull(WEEKS[2], P_W3)]),
        ("9. week of 01-18, and Wednesday 01-13's log re-read lesson by lesson (Sat 2027-01-23 18:00)",
         [week_pull(WEEKS[3], P_W4),
          [rec(f"GET /v2/lessons/{lesson(g, D(2027, 1, 13), n)['id']}/log-entries",
               [x for x in (log_obj(e, at(P_W4, 60 + n)) for e in LOG
                            if mark_lesson(e)["id"] == lesson(g, D(2027, 1, 13), n)["id"]) if x], at(P_W4, 60 + n))
           for g, n in (("10Б", 1), ("10Б", 3))]]),
        ("10. week of 01-25, marks and homework re-checked from 01-18: a retake, a homework removed "
         "(Sat 2027-01-30 18:00)", [week_pull(WEEKS[4], P_W5, marks_from=WEEKS[3], hw_from=WEEKS[3])]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ «Лицей № 71» (Москва), 10Б and 11А on individual curricula, 2026-12-14..2027-01-29 over "
                       "the half-year seam and the winter break: profile subgroups, groups of both classes, an "
                       "elective swapped at the half-year, an 11А pupil studying Химия with 10Б, a distance course.",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Лицей № 71»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
