"""Write journey.json: «Гимназия № 60» (Казань, UTC+3), Dnevnik.ru, two school weeks (2027-01-18..01-29) of one
school's sync job, about pupils who study some subjects with another class: a 9А pupil in 9Б's English group (her
level), a 9Б pupil in 9А's PE group (a clash with his music school), a pupil moved from 9А to 9Б over the weekend of
01-23 who keeps 9А's profile-maths group, and an elective of both classes. Every group is a Dnevnik.ru edu-group
(§3.8): the two classes (`type` Group) and their subgroups (`type` Subgroup, `parentIds`), whose members
`POST edu-groups` lists with `membershipstatus` (§3.8). Standard library only; deterministic. Sections (§) are those
of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002600060
D = dt.date


def ids(n):
    return {"id": n, "id_str": str(n)}


# groups (§3.8): key -> (id, name, type, parents, subject or None, teacher key or None, room)
G9A, G9B = 2260325488560100091, 2260325488560100092
GROUPS = {
    "9А": (G9A, "9А", "Group", [], None),
    "9Б": (G9B, "9Б", "Group", [], None),
    "ENG_A": (2260325488560100311, "9А англ. яз. (гр. Нуриевой)", "Subgroup", [G9A], "Английский язык"),
    "ENG_B": (2260325488560100312, "9Б англ. яз. (углублённая, гр. Смирновой)", "Subgroup", [G9B], "Английский язык"),
    "PE_A": (2260325488560100411, "9А физкультура", "Subgroup", [G9A], "Физическая культура"),
    "PE_B": (2260325488560100412, "9Б физкультура", "Subgroup", [G9B], "Физическая культура"),
    "PM": (2260325488560100511, "Профильная математика (9А, 9Б)", "Subgroup", [G9A], "Профильная математика"),
    "EL": (2260325488560100611, "Элективный курс «Финансовая грамотность» 9АБ", "Subgroup", [G9A, G9B],
           "Финансовая грамотность"),
}
GID = {k: v[0] for k, v in GROUPS.items()}
TT = {G9A: 1000006600091, G9B: 1000006600092}

SUBJECTS = {
    "Русский язык": (1000003600001, "Филология"), "Литература": (1000003600002, "Филология"),
    "Английский язык": (1000003600003, "Филология"), "Алгебра": (1000003600004, "Математика"),
    "Геометрия": (1000003600005, "Математика"), "Информатика": (1000003600006, "Математика"),
    "История": (1000003600007, "Общественные науки"), "Обществознание": (1000003600008, "Общественные науки"),
    "Физика": (1000003600009, "Естествознание"), "Химия": (1000003600010, "Естествознание"),
    "Биология": (1000003600011, "Естествознание"), "География": (1000003600012, "Естествознание"),
    "Физическая культура": (1000003600013, "Физическая культура"),
    "Профильная математика": (1000003600014, "Математика"),
    "Финансовая грамотность": (1000003600015, "Общественные науки"),
}

# persons: (person id, user id, last, first, middle, sex)
ALISA = (1000012600101, 1000011600101, "Королёва", "Алиса", "Дмитриевна", "Female")      # 9А, English with 9Б
VERONIKA = (1000012600102, 1000011600102, "Лаврова", "Вероника", "Андреевна", "Female")  # 9А -> 9Б, keeps PM
ARTEM = (1000012600103, 1000011600103, "Зайцев", "Артём", "Игоревич", "Male")            # 9А, elective
POLINA = (1000012600104, 1000011600104, "Юдина", "Полина", "Сергеевна", "Female")        # 9А, plain
MAKSIM = (2260325488560200105, 2260325488560300105, "Фомин", "Максим", "Олегович", "Male")  # 9А, PM (19-digit id)
TIMUR = (1000012600201, 1000011600201, "Галиев", "Тимур", "Ренатович", "Male")           # 9Б, PE with 9А
DANIIL = (1000012600202, 1000011600202, "Осипов", "Даниил", "Павлович", "Male")          # 9Б, elective
KSENIA = (1000012600203, 1000011600203, "Белова", "Ксения", "Викторовна", "Female")      # 9Б, plain
PUPILS = [ALISA, VERONIKA, ARTEM, POLINA, MAKSIM, TIMUR, DANIIL, KSENIA]

# parents: (person, user, last, first, middle, sex), children
IRINA = (1000012600901, 1000011600901, "Королёва", "Ирина", "Валерьевна", "Female")
ANDREY = (1000012600902, 1000011600902, "Лавров", "Андрей", "Николаевич", "Male")
ELMIRA = (1000012600903, 1000011600903, "Галиева", "Эльмира", "Рустемовна", "Female")
MARINA = (1000012600904, 1000011600904, "Осипова", "Марина", "Юрьевна", "Female")
SERGEY = (1000012600905, 1000011600905, "Юдин", "Сергей", "Александрович", "Male")
OLGA = (1000012600906, 1000011600906, "Белова", "Ольга", "Петровна", "Female")
IGOR = (1000012600907, 1000011600907, "Зайцев", "Игорь", "Владимирович", "Male")
LYUDMILA = (2260325488560200908, 2260325488560300908, "Фомина", "Людмила", "Ивановна", "Female")
PARENTS = [(IRINA, [ALISA]), (ANDREY, [VERONIKA]), (ELMIRA, [TIMUR]), (MARINA, [DANIIL]), (SERGEY, [POLINA]),
           (OLGA, [KSENIA]), (IGOR, [ARTEM]), (LYUDMILA, [MAKSIM])]

# teachers
T = {
    "GARAEVA": (1000012600950, 1000011600950, "Гараева", "Лилия", "Ринатовна", "Female"),     # 9А class subjects
    "KUZMIN": (1000012600951, 1000011600951, "Кузьмин", "Олег", "Петрович", "Male"),          # 9Б class subjects
    "NURIEVA": (1000012600952, 1000011600952, "Нуриева", "Алсу", "Маратовна", "Female"),      # ENG_A
    "SMIRNOVA": (1000012600953, 1000011600953, "Смирнова", "Елена", "Викторовна", "Female"),  # ENG_B
    "SAFIN": (1000012600954, 1000011600954, "Сафин", "Руслан", "Ильдарович", "Male"),         # PE_A
    "ORLOVA": (1000012600955, 1000011600955, "Орлова", "Наталья", "Сергеевна", "Female"),     # PE_B
    "VOLKOV": (1000012600956, 1000011600956, "Волков", "Игорь", "Семёнович", "Male"),         # PM, 9А algebra
    "ZAKIROVA": (1000012600957, 1000011600957, "Закирова", "Гульнара", "Фаридовна", "Female"),  # elective
}
GROUP_TEACHER = {"ENG_A": "NURIEVA", "ENG_B": "SMIRNOVA", "PE_A": "SAFIN", "PE_B": "ORLOVA", "PM": "VOLKOV",
                 "EL": "ZAKIROVA"}
ROOM = {"9А": "214", "9Б": "216", "ENG_A": "305", "ENG_B": "307", "PE_A": "Спортзал № 1", "PE_B": "Спортзал № 1",
        "PM": "210", "EL": "118"}


def teacher_of(key, subject):
    if key in GROUP_TEACHER:
        return T[GROUP_TEACHER[key]]
    if key == "9А" and subject in ("Алгебра", "Геометрия"):
        return T["VOLKOV"]
    return T["GARAEVA"] if key == "9А" else T["KUZMIN"]


# the week's timetable: weekday (0 = Monday) -> [(number, group key, subject)]
WEEK = {
    0: [(1, "9А", "Алгебра"), (2, "9А", "Русский язык"), (3, "ENG_A", "Английский язык"), (4, "9А", "История"),
        (5, "9А", "Физика"), (7, "PM", "Профильная математика"),
        (1, "9Б", "Русский язык"), (2, "9Б", "Алгебра"), (3, "ENG_B", "Английский язык"), (4, "9Б", "Биология"),
        (5, "9Б", "История"), (6, "PE_B", "Физическая культура")],
    1: [(1, "9А", "Геометрия"), (2, "9А", "Литература"), (3, "9А", "Химия"), (4, "9А", "Биология"),
        (5, "ENG_A", "Английский язык"), (6, "PE_A", "Физическая культура"),
        (1, "9Б", "Геометрия"), (2, "9Б", "История"), (3, "9Б", "Физика"), (4, "9Б", "Литература"),
        (5, "ENG_B", "Английский язык")],
    2: [(1, "9А", "Алгебра"), (2, "9А", "Биология"), (3, "9А", "Русский язык"), (4, "9А", "География"),
        (5, "9А", "Информатика"), (7, "PM", "Профильная математика"),
        (1, "9Б", "Алгебра"), (2, "9Б", "Химия"), (3, "9Б", "Русский язык"), (4, "9Б", "География"),
        (5, "9Б", "Информатика"), (6, "PE_B", "Физическая культура")],
    3: [(1, "ENG_A", "Английский язык"), (2, "9А", "Геометрия"), (3, "9А", "Физика"), (4, "9А", "Обществознание"),
        (5, "9А", "Литература"), (6, "PE_A", "Физическая культура"), (8, "EL", "Финансовая грамотность"),
        (1, "ENG_B", "Английский язык"), (2, "9Б", "Геометрия"), (3, "9Б", "Литература"), (4, "9Б", "Обществознание"),
        (5, "9Б", "Физика")],
    4: [(1, "9А", "Алгебра"), (2, "9А", "Литература"), (3, "9А", "Химия"), (4, "9А", "История"),
        (5, "9А", "Русский язык"),
        (1, "9Б", "Физика"), (2, "9Б", "Алгебра"), (3, "9Б", "История"), (4, "9Б", "Химия"), (5, "9Б", "Русский язык")],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05"), 7: ("13:15", "13:55"), 8: ("14:05", "14:45")}
WEEKS = [D(2027, 1, 18), D(2027, 1, 25)]
MOVE_DAY = D(2027, 1, 25)  # Вероника's first day in 9Б (приказ о переводе от 22.01.2027)

TOPICS = {  # (group key, date, number) -> the topic the teacher wrote; the rest are numbered
    ("ENG_B", D(2027, 1, 18), 3): "Conditionals: mixed types",
    ("ENG_B", D(2027, 1, 19), 5): "Reading: «The Canterville Ghost», ch. 3",
    ("ENG_B", D(2027, 1, 21), 1): "Essay: for and against",
    ("ENG_B", D(2027, 1, 25), 3): "Reported speech: questions",
    ("ENG_B", D(2027, 1, 26), 5): "Listening: ОГЭ, задание 2",
    ("ENG_B", D(2027, 1, 28), 1): "Vocabulary: Environment",
    ("ENG_A", D(2027, 1, 18), 3): "Present Perfect vs Past Simple",
    ("ENG_A", D(2027, 1, 19), 5): "Reading: «My town»",
    ("ENG_A", D(2027, 1, 21), 1): "Irregular verbs, part 2",
    ("ENG_A", D(2027, 1, 25), 3): "Passive voice: Present Simple",
    ("ENG_A", D(2027, 1, 26), 5): "Writing: a personal letter",
    ("ENG_A", D(2027, 1, 28), 1): "Vocabulary: Travelling",
    ("PE_A", D(2027, 1, 19), 6): "Волейбол: верхняя передача",
    ("PE_A", D(2027, 1, 21), 6): "Волейбол: нижняя подача",
    ("PE_A", D(2027, 1, 26), 6): "Лыжная подготовка: попеременный двухшажный ход",
    ("PE_A", D(2027, 1, 28), 6): "Лыжная подготовка: подъём «ёлочкой»",
    ("PE_B", D(2027, 1, 18), 6): "Баскетбол: ведение мяча",
    ("PE_B", D(2027, 1, 20), 6): "Баскетбол: бросок в движении",
    ("PE_B", D(2027, 1, 25), 6): "Гимнастика: опорный прыжок",
    ("PE_B", D(2027, 1, 27), 6): "Гимнастика: акробатическая комбинация",
    ("PM", D(2027, 1, 18), 7): "Уравнения с параметром",
    ("PM", D(2027, 1, 20), 7): "Системы уравнений с параметром",
    ("PM", D(2027, 1, 25), 7): "Неравенства с модулем",
    ("PM", D(2027, 1, 27), 7): "Графики функций с модулем",
    ("EL", D(2027, 1, 21), 8): "Семейный бюджет",
    ("EL", D(2027, 1, 28), 8): "Банковский вклад: простые и сложные проценты",
}
COUNT = {}

# week 2: ENG_B's Tuesday lesson moved to Thursday #7 (Смирнова at a course on Tuesday); the elective's Thursday
# lesson cancelled (Закирова ill) after the plan was pulled.
MOVED_KEY = ("ENG_B", D(2027, 1, 26), 5)
MOVED_TO = (D(2027, 1, 28), 7)
CANCELLED_KEY = ("EL", D(2027, 1, 28), 8)


def plan():
    out = {}
    for monday in WEEKS:
        for wd, items in WEEK.items():
            day = monday + dt.timedelta(days=wd)
            for n, key, subject in items:
                gi = list(GROUPS).index(key)
                lid = 2260325488560500000 + gi * 100000 + (day - D(2027, 1, 1)).days * 10 + n
                COUNT[(key, subject)] = COUNT.get((key, subject), 0) + 1
                title = TOPICS.get((key, day, n)) or f"{subject}: урок {COUNT[(key, subject)] + 50}"
                out[(key, day, n)] = {"id": lid, "key": key, "g": GID[key], "day": day, "number": n,
                                      "subject": subject, "title": title, "teacher": teacher_of(key, subject)}
    return out


LESSONS = plan()


def placed(l, state):
    """The lesson as the journal shows it; state >= 1: week 2's changes made (the move, the cancellation)."""
    key = (l["key"], l["day"], l["number"])
    if state >= 1 and key == MOVED_KEY:
        return {**l, "day": MOVED_TO[0], "number": MOVED_TO[1]}
    return l


def held(l, state):
    return not (state >= 1 and (l["key"], l["day"], l["number"]) == CANCELLED_KEY)


def hours(n):
    return f"{BELLS[n][0]} - {BELLS[n][1]}"


# memberships (§3.8): state 0 before the move, 1 after it
def members(key, state):
    a = [ALISA, VERONIKA, ARTEM, POLINA, MAKSIM]
    b = [TIMUR, DANIIL, KSENIA]
    if state >= 1:
        a, b = [p for p in a if p is not VERONIKA], [VERONIKA, *b]
    return {
        "9А": a, "9Б": b,
        "ENG_A": [p for p in a if p is not ALISA], "ENG_B": [ALISA, *b],
        "PE_A": [*a, TIMUR], "PE_B": [p for p in b if p is not TIMUR],
        "PM": [VERONIKA, MAKSIM], "EL": [ARTEM, POLINA, DANIIL],
    }[key]


def was_member(key, p):
    return p in members(key, 0) or p in members(key, 1)


def groups_of(p, day):
    state = 1 if day >= MOVE_DAY else 0
    return [k for k in GROUPS if p in members(k, state)]


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(key):
    g, name, typ, parents, _ = GROUPS[key]
    par = 9
    return {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents], "type": typ, "name": name,
            "fullName": "" if typ == "Group" else " ".join(teacher_of(key, "")[2:5]), "parallel": par,
            "timetable": TT[parents[0] if parents else g], "timetable_str": str(TT[parents[0] if parents else g]),
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}


def memberships(state):
    """POST edu-groups (§3.8): `[{group, students:[{person, membershipstatus}]}]`, archived members kept."""
    out = []
    for key in GROUPS:
        now = members(key, state)
        before = members(key, 0)
        students = [{"person": p[0], "person_str": str(p[0]), "membershipstatus": "Active"} for p in now]
        students += [{"person": p[0], "person_str": str(p[0]), "membershipstatus": "Archive"}
                     for p in before if p not in now]
        out.append({"group": group_obj(key), "students": students})
    return out


def context(parent, children, state):
    pid, uid, last, first, middle, _ = parent
    kids = []
    for c in children:
        gs = [GID[k] for k in GROUPS if c in members(k, state)]
        kids.append({"personId": c[0], "personId_str": str(c[0]), "firstName": c[3], "lastName": c[2],
                     "middleName": c[4], "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": gs})
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Гимназия № 60»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": kids, "splitId": None}


PERIODS = [(1000007600001, "2026-09-01", "2026-10-30", 1, "1 четверть"),
           (1000007600002, "2026-11-09", "2026-12-29", 2, "2 четверть"),
           (1000007600003, "2027-01-11", "2027-03-19", 3, "3 четверть"),
           (1000007600004, "2027-03-29", "2027-05-25", 4, "4 четверть")]
HOLIDAYS = [(1000008600001, "2026-10-31", "2026-11-08", "Осенние каникулы", ""),
            (1000008600002, "2026-12-30", "2027-01-10", "Зимние каникулы", ""),
            (1000008600003, "2027-02-23", "2027-02-23", "День защитника Отечества", ""),
            (1000008600004, "2027-03-08", "2027-03-08", "Международный женский день", ""),
            (1000008600005, "2027-03-20", "2027-03-28", "Весенние каникулы", "")]


def rpg(g):
    rid = 1000009600000 + g % 1000
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


WT_OU, WT_SR, WT_KR, WT_DZ, WT_NORM = 2601, 2602, 2603, 2604, 2605
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
              (WT_NORM, "CommonWork", "Сдача норматива", "Н", 1)]

HW = {  # (group key, date, number) -> (text, due)
    ("ENG_B", D(2027, 1, 18), 3): ("SB p. 62 ex. 4, 5; WB p. 38", D(2027, 1, 19)),
    ("ENG_B", D(2027, 1, 21), 1): ("Essay (200–250 words): «Online learning: for and against»", D(2027, 1, 25)),
    ("ENG_B", D(2027, 1, 25), 3): ("SB p. 70 ex. 2, 3 (reported questions)", D(2027, 1, 28)),
    ("ENG_A", D(2027, 1, 18), 3): ("WB p. 41 ex. 1–3", D(2027, 1, 19)),
    ("ENG_A", D(2027, 1, 25), 3): ("SB p. 55 ex. 6; выучить слова unit 4", D(2027, 1, 26)),
    ("PM", D(2027, 1, 18), 7): ("Сборник Мордковича: № 12.4–12.9", D(2027, 1, 20)),
    ("PM", D(2027, 1, 25), 7): ("Решить вариант 7 (задания 20–23)", D(2027, 1, 27)),
    ("PM", D(2027, 1, 27), 7): ("№ 15.1–15.6 (графики с модулем)", D(2027, 2, 1)),  # withdrawn on 01-29
    ("9А", D(2027, 1, 25), 2): ("Упр. 214, 215; правило на с. 112", D(2027, 1, 27)),
    ("9А", D(2027, 1, 18), 2): ("Упр. 198 (письменно)", D(2027, 1, 20)),
    ("9Б", D(2027, 1, 25), 1): ("Упр. 301; словарный диктант № 9", D(2027, 1, 27)),
    ("9Б", D(2027, 1, 18), 1): ("Упр. 288, 290", D(2027, 1, 20)),
    ("PE_A", D(2027, 1, 21), 6): ("Комплекс ОРУ № 3, 3 подхода", D(2027, 1, 26)),
    ("EL", D(2027, 1, 21), 8): ("Составить бюджет семьи на месяц (таблица)", D(2027, 1, 28)),
}
WITHDRAWN_HW = ("PM", D(2027, 1, 27), 7)

# marks: (group key, date, number, pupil, value, work type)
MARKS = [
    ("ENG_B", D(2027, 1, 18), 3, ALISA, "5", WT_OU), ("ENG_B", D(2027, 1, 18), 3, TIMUR, "4", WT_OU),
    ("ENG_B", D(2027, 1, 19), 5, ALISA, "3", WT_OU),  # set by mistake (Ксения's), deleted on 01-25
    ("ENG_B", D(2027, 1, 19), 5, KSENIA, "3", WT_OU),
    ("ENG_B", D(2027, 1, 21), 1, ALISA, "4+", WT_SR), ("ENG_B", D(2027, 1, 21), 1, DANIIL, "4", WT_SR),
    ("ENG_B", D(2027, 1, 25), 3, VERONIKA, "4", WT_OU), ("ENG_B", D(2027, 1, 25), 3, ALISA, "5", WT_OU),
    ("ENG_B", D(2027, 1, 28), 1, ALISA, "5", WT_KR), ("ENG_B", D(2027, 1, 26), 5, KSENIA, "4", WT_OU),
    ("ENG_A", D(2027, 1, 18), 3, POLINA, "4", WT_OU), ("ENG_A", D(2027, 1, 21), 1, VERONIKA, "5", WT_SR),
    ("ENG_A", D(2027, 1, 25), 3, POLINA, "5", WT_OU),
    ("PE_A", D(2027, 1, 19), 6, TIMUR, "5", WT_NORM), ("PE_A", D(2027, 1, 19), 6, ARTEM, "4", WT_NORM),
    ("PE_A", D(2027, 1, 26), 6, TIMUR, "4", WT_NORM), ("PE_A", D(2027, 1, 28), 6, POLINA, "5", WT_OU),
    ("PE_B", D(2027, 1, 18), 6, KSENIA, "5", WT_NORM), ("PE_B", D(2027, 1, 25), 6, VERONIKA, "4", WT_NORM),
    ("PE_B", D(2027, 1, 27), 6, DANIIL, "3", WT_OU),
    ("PM", D(2027, 1, 18), 7, VERONIKA, "5", WT_OU), ("PM", D(2027, 1, 20), 7, MAKSIM, "4", WT_SR),
    ("PM", D(2027, 1, 25), 7, VERONIKA, "4-", WT_SR), ("PM", D(2027, 1, 27), 7, VERONIKA, "5", WT_KR),
    ("PM", D(2027, 1, 27), 7, MAKSIM, "3", WT_KR),
    ("EL", D(2027, 1, 21), 8, ARTEM, "5", WT_OU), ("EL", D(2027, 1, 21), 8, DANIIL, "4", WT_OU),
    ("9А", D(2027, 1, 18), 1, VERONIKA, "4", WT_OU), ("9А", D(2027, 1, 20), 1, ALISA, "5", WT_SR),
    ("9А", D(2027, 1, 25), 1, POLINA, "4", WT_OU), ("9А", D(2027, 1, 22), 5, VERONIKA, "3", WT_OU),
    ("9Б", D(2027, 1, 19), 3, TIMUR, "4", WT_OU), ("9Б", D(2027, 1, 26), 3, VERONIKA, "5", WT_OU),
    ("9Б", D(2027, 1, 27), 1, DANIIL, "4", WT_SR), ("9Б", D(2027, 1, 29), 2, VERONIKA, "4", WT_KR),
]
DELETED_MARK = ("ENG_B", D(2027, 1, 19), 5, ALISA)
# attendance: (group key, date, number, pupil, status, comment)
LOG = [
    ("PE_A", D(2027, 1, 19), 6, TIMUR, "Late", "из музыкальной школы"),
    ("PE_A", D(2027, 1, 28), 6, TIMUR, "Pass", "концерт в музыкальной школе, заявление родителей"),
    ("ENG_B", D(2027, 1, 21), 1, KSENIA, "Ill", "справка"),
    ("ENG_B", D(2027, 1, 26), 5, ALISA, "Absent", ""),  # the moved lesson, on Thursday #7
    ("PM", D(2027, 1, 25), 7, VERONIKA, "Attend", ""),
]


def lesson_id(key, day, n):
    return LESSONS[(key, day, n)]["id"]


def default_work(l):
    return 2260325488561000000 + l["id"] % 1000000


def hw_work(l):
    return 2260325488562000000 + l["id"] % 1000000


def hw_of(l, state):
    key = (l["key"], l["day"], l["number"])
    if state >= 2 and key == WITHDRAWN_HW:
        return None
    return HW.get(key)


def work_objs(l, state, pulled):
    view = placed(l, state)
    subj = SUBJECTS[l["subject"]][0]
    common = {"lesson": l["id"], "lesson_str": str(l["id"]), "eduGroup": l["g"], "eduGroup_str": str(l["g"]),
              "periodNumber": 3, "periodType": "Quarter", "subjectId": subj, "createdBy": l["teacher"][0],
              "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(l)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{view['day']}T00:00:00", "sentDate": None, **common}]
    hw = hw_of(l, state)
    if hw:
        st = 1 if l["day"] >= MOVE_DAY else 0
        tasks = [{**ids(2260325488563000000 + (l["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": hw_work(l), "work_str": str(hw_work(l)), "status": "NotStarted",
                  "targetDate": f"{hw[1]}T00:00:00"} for i, p in enumerate(members(l["key"], st))]
        out.append({**ids(hw_work(l)), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0],
                    "isImportant": False, "targetDate": f"{hw[1]}T00:00:00",
                    "sentDate": f"{l['day']}T15:{10 + l['number']}:07.4", **common})
    return out


def entity_lesson(l, state, pulled):
    view = placed(l, state)
    subj_id, area = SUBJECTS[l["subject"]]
    start = BELLS[view["number"]][0]
    return {**ids(l["id"]), "title": l["title"], "date": f"{view['day']}T{start}:00", "number": view["number"],
            "subject": {**ids(subj_id), "name": l["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": l["g"], "status": "Planned" if pulled < f"{view['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(l, state, pulled),
            "teachers": [l["teacher"][0]], "teachers_str": [str(l["teacher"][0])]}


def lessons_range(key, a, b, state, pulled):
    out = [entity_lesson(l, state, pulled) for l in LESSONS.values()
           if l["key"] == key and held(l, state) and a <= placed(l, state)["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_obj(m, state):
    key, day, n, p, value, wt = m
    l = LESSONS[(key, day, n)]
    view = placed(l, state)
    mid = 2260325488564000000 + (l["id"] % 1000000) * 10 + PUPILS.index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
            "person_str": str(p[0]), "work": default_work(l), "work_str": str(default_work(l)), "lesson": l["id"],
            "lesson_str": str(l["id"]), "number": 0,
            "date": f"{view['day']}T{BELLS[view['number']][0][:2]}:2{n}:1{n}.37", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average"}.get(value[0], "Bad"), "use_avg_calc": True}


def mark_live(m, state):
    return not (state >= 1 and m[:4] == DELETED_MARK)


def marks_range(key, a, b, state):
    return [mark_obj(m, state) for m in MARKS if m[0] == key and mark_live(m, state)
            and a <= placed(LESSONS[m[:3]], state)["day"] <= b]


def log_obj(e, state):
    key, day, n, p, status, comment = e
    l = LESSONS[(key, day, n)]
    view = placed(l, state)
    return {"person": p[0], "person_str": str(p[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": comment, "status": status,
            "createdDate": f"{view['day']}T{BELLS[view['number']][1][:2]}:0{n}:4{n}.8"}


def log_range(key, a, b, state):
    return [log_obj(e, state) for e in LOG if e[0] == key and a <= placed(LESSONS[e[:3]], state)["day"] <= b]


def flat_lesson(l, state, pulled):
    e = entity_lesson(l, state, pulled)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0,
            "building": "Основной корпус", "place": ROOM[l["key"]],
            "floor": "1" if l["key"].startswith("PE") or l["key"] == "EL" else ROOM[l["key"]][0],
            "hours": hours(e["number"]), "works": [w["id"] for w in e["works"]], "teachers": [l["teacher"][0]]}


def homework_bundle(a, b, state, pulled):
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        hw = hw_of(l, state)
        if not hw or not held(l, state) or not (a <= placed(l, state)["day"] <= b and a <= hw[1] <= b):
            continue
        works += [w for w in entity_lesson(l, state, pulled)["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, state, pulled))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, a, b, state, pulled):
    """persons/{p}/groups/{g}/schedules (§0): each day of the range, the pupil's own lessons (his class's and
    those of every group he is in, another class's too), with his marks, log entries and the works."""
    days, day = [], a
    while day <= b:
        mine = groups_of(p, day)
        ls = [l for l in LESSONS.values() if l["key"] in mine and held(l, state) and placed(l, state)["day"] == day]
        ls.sort(key=lambda l: placed(l, state)["number"])
        works = [w for l in ls for w in entity_lesson(l, state, pulled)["works"]]
        marks = [mark_obj(m, state) for m in MARKS if m[3] is p and mark_live(m, state) and LESSONS[m[:3]] in ls]
        logs = [log_obj(e, state) for e in LOG if e[3] is p and LESSONS[e[:3]] in ls]
        subjects = {l["subject"]: {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                    for l in ls}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, state, pulled) for l in ls],
                     "marks": marks, "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subjects.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=3)}T00:00:00"
    return {"days": days}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled + "+03:00"}
    if request_body is not None:
        r["request_body"] = request_body
    return r


class Clock:
    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def __call__(self):
        out = self.t.isoformat()
        self.t += dt.timedelta(seconds=20)
        return out


SCHEDULE_PUPILS = [ALISA, TIMUR, VERONIKA, DANIIL]


def class_of(p, day):
    return G9A if "9А" in groups_of(p, day) else G9B


def week_pull(monday, state, start, mstate):
    at = Clock(start)
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    out = [rec("POST /v2/edu-groups", memberships(mstate), at(), [GID[k] for k in GROUPS])]
    for key in GROUPS:
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{GID[key]}/lessons/{monday}/{friday}",
                       lessons_range(key, monday, friday, state, t[:16]), t))
    for key in GROUPS:
        out.append(rec(f"GET /v2/edu-groups/{GID[key]}/marks/{monday}/{sunday}",
                       marks_range(key, monday, sunday, state), at()))
    for key in ("PE_A", "ENG_B", "PM"):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{GID[key]}?from={monday}&to={sunday}",
                       log_range(key, monday, sunday, state), at()))
    t = at()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={monday + dt.timedelta(days=13)}",
                   homework_bundle(monday, monday + dt.timedelta(days=13), state, t[:16]), t))
    for p in SCHEDULE_PUPILS:
        t = at()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{class_of(p, monday)}/schedules?startDate={monday}"
                       f"&endDate={friday}", schedules(p, monday, friday, state, t[:16]), t))
    return out


def plan_pull(monday, state, start):
    at = Clock(start)
    friday = monday + dt.timedelta(days=4)
    out = []
    for key in GROUPS:
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{GID[key]}/lessons/{monday}/{friday}",
                       lessons_range(key, monday, friday, state, t[:16]), t))
    return out


def main():
    at = Clock("2027-01-17T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 60»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 60» Советского района г. Казани",
                                     "avatarSmall": None, "city": "Казань", "municipality": "г. Казань",
                                     "regionId": 16, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "16."}, at()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], at()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(k) for k in GROUPS], at()),
        rec("POST /v2/edu-groups", memberships(0), at(), [GID[k] for k in GROUPS]),
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), at()) for g in (G9A, G9B)],
        *[rec(f"GET /v2/users/{par[1]}/context", context(par, kids, 0), at()) for par, kids in PARENTS],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), at()) for g in (G9A, G9B)],
    ]
    move = [rec("POST /v2/edu-groups", memberships(1), "2027-01-23T11:00:00", [GID[k] for k in GROUPS]),
            rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [VERONIKA], 1), "2027-01-23T11:00:40")]
    recheck = [rec(f"GET /v2/edu-groups/{GID['ENG_B']}/marks/{WEEKS[0]}/{WEEKS[0] + dt.timedelta(days=6)}",
                   marks_range("ENG_B", WEEKS[0], WEEKS[0] + dt.timedelta(days=6), 1), "2027-01-25T07:30:00")]
    mid = [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-01-25&endDate=2027-02-07",
               homework_bundle(D(2027, 1, 25), D(2027, 2, 7), 1, "2027-01-27T20:00"), "2027-01-27T20:00:00")]
    steps = [
        ("1. the school, work types, groups and subgroups, memberships, bells, parents, periods (Sun 2027-01-17 19:00)",
         [setup]),
        ("2. week 1 as planned, every group's range (Sun 2027-01-17 19:10)", [plan_pull(WEEKS[0], 0, "2027-01-17T19:10:00")]),
        ("3. week 1 evening pull: memberships, lessons, marks, log entries, homework, four pupils' days (Fri 2027-01-22 18:00)",
         [week_pull(WEEKS[0], 0, "2027-01-22T18:00:00", 0)]),
        ("4. Вероника moved to 9Б from Monday 01-25; she keeps 9А's profile-maths group (Sat 2027-01-23 11:00)", [move]),
        ("5. week 2 as planned (Sun 2027-01-24 19:10)", [plan_pull(WEEKS[1], 0, "2027-01-24T19:10:00")]),
        ("6. week 1's English marks pulled again: the «3» set on Алиса by mistake is gone (Mon 2027-01-25 07:30)",
         [recheck]),
        ("7. mid-week homework pull (Wed 2027-01-27 20:00)", [mid]),
        ("8. week 2 evening pull: ENG_B's Tuesday lesson moved to Thursday #7, the elective's Thursday lesson "
         "cancelled, profile-maths homework of 01-27 withdrawn (Fri 2027-01-29 18:00)",
         [week_pull(WEEKS[1], 2, "2027-01-29T18:00:00", 1)]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 60» (Казань, UTC+3), 9А and 9Б, 2027-01-18..01-29: pupils who study some "
                       "subjects with another class (English with 9Б's group, PE with 9А's group, a move to 9Б "
                       "keeping 9А's profile maths, an elective of both classes).",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Гимназия № 60»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for _, bs in steps for b in bs)
    print(f"journey.json: {n} records")


if __name__ == "__main__":
    main()
