"""Write journey.json: «СОШ № 79» (Екатеринбург, UTC+5), Dnevnik.ru, two school weeks (2026-11-16..11-27) of one
school's sync job whose answers reach the hub out of pull order (a retry queue: an answer that failed is sent again
with a later run, after answers pulled after it), while the membership of 7А changes: a pupil leaves the school
(Wednesday of week 1), another joins (Thursday of week 1), one moves to the parallel class 7Б (over the weekend)
and one moves from the English subgroup 1 to subgroup 2 (Wednesday of week 2). Around each change the member lists,
the pupils' own schedules, lessons ranges, marks and homework answers are delayed.

Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.

The vendor is simulated as a journal with a history: memberships with their true start and end (§3.8 gives none:
the answers only show `membershipstatus`), lessons (planned topics replaced by the taught ones, one lesson deleted),
marks and attendance entries with the moment they were set, changed or deleted, homework with its tasks (§3.6: the
pupils of the group when it was set). Every answer is rendered as the journal was at its `pulled_at`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime
S = 1000002790079
G7A, G7B = 1000004579071, 1000004579072
SG1, SG2 = 1000004579073, 1000004579074  # 7А's English subgroups (§3.8 `type` Subgroup, `parentIds`)
GROUP = {"A": G7A, "B": G7B, "S1": SG1, "S2": SG2}
TT = {G7A: 1000006790071, G7B: 1000006790072}
FAMILY_A, FAMILY_B = ["A", "S1", "S2"], ["B"]  # the job asks `POST edu-groups` for 7А with its subgroups, and 7Б

WT_OU, WT_SR, WT_KR, WT_DZ, WT_LR = 7911, 7912, 7913, 7914, 7915
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_LR, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
]
KIND = {i: k for i, k, *_ in WORK_TYPES}
SUBJECTS = {
    "Русский язык": (1000003790001, "Филология"), "Литература": (1000003790002, "Филология"),
    "Английский язык": (1000003790003, "Филология"), "Алгебра": (1000003790004, "Математика"),
    "Геометрия": (1000003790005, "Математика"), "История": (1000003790006, "Общественные науки"),
    "География": (1000003790007, "Естествознание"), "Биология": (1000003790008, "Естествознание"),
    "Физика": (1000003790009, "Естествознание"), "Информатика": (1000003790010, "Математика"),
    "Технология": (1000003790011, "Технология"), "Музыка": (1000003790012, "Искусство"),
    "Физическая культура": (1000003790013, "Физическая культура"),
}

# persons: (person id, user id, last, first, middle, sex)
POLINA = (1000012790101, 1000011790101, "Азарова", "Полина", "Сергеевна", "Female")
TIMUR = (1000012790102, 1000011790102, "Белов", "Тимур", "Ильдарович", "Male")  # leaves the school
MARK = (1000012790103, 1000011790103, "Гусев", "Марк", "Андреевич", "Male")  # English group 1 -> group 2
KSENIA = (1000012790104, 1000011790104, "Давыдова", "Ксения", "Олеговна", "Female")  # 7А -> 7Б
VERA = (1000012790105, 1000011790105, "Жукова", "Вера", "Максимовна", "Female")
LEV = (1000012790106, 1000011790106, "Зайцев", "Лев", "Романович", "Male")
ARTEM = (2260325488579300107, 2260325488579400107, "Ефимов", "Артём", "Витальевич", "Male")  # joins; a new id (§1)
ALISA = (1000012790201, 1000011790201, "Иванова", "Алиса", "Денисовна", "Female")
NIKITA = (1000012790202, 1000011790202, "Карпов", "Никита", "Павлович", "Male")
DARYA = (1000012790203, 1000011790203, "Лунёва", "Дарья", "Игоревна", "Female")
PUPILS = [POLINA, TIMUR, MARK, KSENIA, VERA, LEV, ARTEM, ALISA, NIKITA, DARYA]

P_POLINA = (1000012790901, 1000011790901, "Азарова", "Наталья", "Викторовна", "Female")
P_TIMUR = (1000012790902, 1000011790902, "Белов", "Ильдар", "Маратович", "Male")
P_MARK = (1000012790903, 1000011790903, "Гусева", "Елена", "Павловна", "Female")
P_KSENIA = (1000012790904, 1000011790904, "Давыдов", "Олег", "Николаевич", "Male")
P_ARTEM = (1000012790905, 1000011790905, "Ефимова", "Ольга", "Станиславовна", "Female")

T_RUS = (1000012790951, 1000011790951, "Морозова", "Светлана", "Ивановна", "Female")
T_MATH = (1000012790952, 1000011790952, "Ковалёв", "Дмитрий", "Сергеевич", "Male")
T_ENG1 = (1000012790953, 1000011790953, "Соколова", "Ирина", "Павловна", "Female")
T_ENG2 = (1000012790954, 1000011790954, "Кузнецов", "Артур", "Евгеньевич", "Male")
T_HIST = (1000012790955, 1000011790955, "Орлова", "Татьяна", "Юрьевна", "Female")
T_BIO = (1000012790956, 1000011790956, "Никитина", "Анна", "Владимировна", "Female")
T_PHYS = (1000012790957, 1000011790957, "Фёдоров", "Игорь", "Олегович", "Male")
T_PE = (1000012790958, 1000011790958, "Лебедев", "Константин", "Андреевич", "Male")
T_MUS = (1000012790959, 1000011790959, "Полякова", "Марина", "Геннадьевна", "Female")
T_RUSB = (1000012790960, 1000011790960, "Тихонова", "Галина", "Петровна", "Female")

ENG = "Английский язык"
WEEKDAY = {  # subjects by lesson number 1..5, Monday..Friday; ENG in 7А is taught in its two subgroups at once
    "A": [["Русский язык", "Алгебра", ENG, "История", "Физическая культура"],
          ["Геометрия", "Литература", "Биология", "Русский язык", "Музыка"],
          ["Русский язык", "Алгебра", ENG, "География", "Физика"],
          ["Алгебра", "Литература", "История", "Физика", "Технология"],
          ["Геометрия", ENG, "Русский язык", "Биология", "Физическая культура"]],
    "B": [["Алгебра", "Русский язык", "География", ENG, "История"],
          ["Литература", "Геометрия", "Русский язык", "Физика", "Биология"],
          [ENG, "Русский язык", "Алгебра", "Физическая культура", "Музыка"],
          ["Физика", "Алгебра", "Литература", ENG, "Информатика"],
          ["Русский язык", "История", "Геометрия", "Биология", "Технология"]],
}


def teacher_of(gk, subject):
    if gk == "S1":
        return T_ENG1
    if gk == "S2":
        return T_ENG2
    common = {"Алгебра": T_MATH, "Геометрия": T_MATH, "История": T_HIST, "География": T_HIST, "Биология": T_BIO,
              "Физика": T_PHYS, "Информатика": T_PHYS, "Технология": T_PHYS, "Физическая культура": T_PE,
              "Музыка": T_MUS, ENG: T_ENG1}
    if subject in ("Русский язык", "Литература"):
        return T_RUS if gk == "A" else T_RUSB
    return common[subject]


BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20")}
ROOM = {"A": "214", "B": "216", "S1": "305", "S2": "307"}
WEEK1, WEEK2 = D(2026, 11, 16), D(2026, 11, 23)
SCHOOL_DAYS = [WEEK1 + dt.timedelta(days=i) for i in range(5)] + [WEEK2 + dt.timedelta(days=i) for i in range(5)]
START = T(2026, 9, 1)
FOREVER = T(2027, 9, 1)

# --- the journal's true history (§3.8 membership has no dates; only the answers' `pulled_at` bound them) ----------
T_LEAVES = T(2026, 11, 18, 8, 45)  # Тимур: documents collected on Wednesday after the first lesson (marked absent)
A_JOINS = T(2026, 11, 19, 7, 30)  # Артём: enrolled on Thursday morning
K_MOVES = T(2026, 11, 21, 12, 0)  # Ксения: moved to the parallel 7Б on Saturday
M_SWITCHES = T(2026, 11, 25, 7, 30)  # Марк: from English group 1 to group 2 on Wednesday morning
MEMBERS = {  # group key -> [(pupil, start, end)]
    "A": [(POLINA, START, FOREVER), (TIMUR, START, T_LEAVES), (MARK, START, FOREVER), (KSENIA, START, K_MOVES),
          (VERA, START, FOREVER), (LEV, START, FOREVER), (ARTEM, A_JOINS, FOREVER)],
    "S1": [(POLINA, START, FOREVER), (MARK, START, M_SWITCHES), (VERA, START, FOREVER), (ARTEM, A_JOINS, FOREVER)],
    "S2": [(TIMUR, START, T_LEAVES), (KSENIA, START, K_MOVES), (LEV, START, FOREVER), (MARK, M_SWITCHES, FOREVER)],
    "B": [(ALISA, START, FOREVER), (NIKITA, START, FOREVER), (DARYA, START, FOREVER), (KSENIA, K_MOVES, FOREVER)],
}


def member(p, gk, at):
    return any(q == p and a <= at < b for q, a, b in MEMBERS[gk])


TOPICS = {
    "Русский язык": ["Причастный оборот", "Знаки препинания при причастном обороте", "Действительные и страдательные "
                     "причастия", "Краткие страдательные причастия", "Н и НН в причастиях",
                     "Деепричастие как часть речи"],
    "Литература": ["А. С. Пушкин. «Капитанская дочка»: история создания", "Гринёв и Швабрин",
                   "Образ Пугачёва в повести", "Маша Миронова: нравственная красота героини"],
    "Алгебра": ["Степень с натуральным показателем", "Свойства степени", "Одночлены", "Умножение одночленов",
                "Многочлены", "Сложение и вычитание многочленов"],
    "Геометрия": ["Признаки равенства треугольников", "Медианы, биссектрисы и высоты", "Равнобедренный треугольник",
                  "Задачи на построение"],
    ENG: ["Unit 3: Free time activities", "Present Perfect: form", "Present Perfect: practice", "Reading: teen hobbies",
          "Vocabulary: sports", "Writing a letter"],
    "История": ["Россия в начале XVII века", "Смутное время: причины", "Лжедмитрий I", "Ополчения 1611–1612 годов"],
    "География": ["Климатические пояса Земли", "Океаны: Тихий океан", "Атлантический океан"],
    "Биология": ["Тип Плоские черви", "Тип Круглые черви", "Тип Кольчатые черви", "Тип Моллюски"],
    "Физика": ["Сила тяжести", "Вес тела", "Сила упругости", "Сила трения", "Динамометр"],
    "Информатика": ["Кодирование информации", "Двоичный код"],
    "Технология": ["Обработка древесины", "Точение деталей"],
    "Музыка": ["Музыкальная драматургия", "Опера «Иван Сусанин»"],
    "Физическая культура": ["Гимнастика: строевые упражнения", "Опорный прыжок", "Лазание по канату",
                            "Акробатика", "Баскетбол: ведение мяча"],
}
# (group key, date, number) -> (the topic the teacher entered instead of the planned one, when)
TOPIC_FIX = {
    ("A", D(2026, 11, 19), 3): ("Смутное время: ополчение Минина и Пожарского", T(2026, 11, 19, 10, 40)),
    ("B", D(2026, 11, 24), 4): ("Лабораторная работа № 4 «Измерение силы трения скольжения»", T(2026, 11, 24, 11, 40)),
    ("S2", D(2026, 11, 25), 3): ("Present Perfect vs Past Simple (самостоятельная работа)", T(2026, 11, 25, 10, 35)),
}
REMOVED = {("B", D(2026, 11, 26), 5): T(2026, 11, 26, 8, 0)}  # 7Б's Информатика deleted: the teacher is ill
LESSON_WT = {("A", D(2026, 11, 19), 1): WT_SR, ("A", D(2026, 11, 27), 1): WT_KR, ("B", D(2026, 11, 24), 4): WT_LR,
             ("S2", D(2026, 11, 25), 3): WT_SR}


def plan():
    out, counters = {}, {}
    for day in SCHOOL_DAYS:
        for gk in ("A", "S1", "S2", "B"):
            subjects = WEEKDAY["B" if gk == "B" else "A"][day.weekday()]
            for n, subject in enumerate(subjects, 1):
                if (gk == "A" and subject == ENG) or (gk in ("S1", "S2") and subject != ENG):
                    continue
                i = counters.get((gk, subject), 0)
                counters[(gk, subject)] = i + 1
                topics = TOPICS[subject]
                title = topics[i % len(topics)] if i < len(topics) else f"{topics[i % len(topics)]} (повторение)"
                suffix = ("A", "S1", "S2", "B").index(gk) * 100000 + (day - D(2026, 11, 1)).days * 10 + n
                out[(gk, day, n)] = {"id": 1981234567879000000 + suffix, "suffix": suffix, "gk": gk, "day": day,
                                     "number": n, "subject": subject, "title": title,
                                     "teacher": teacher_of(gk, subject)}
    return out


LESSONS = plan()

HW = {  # (group key, date, number) -> (text, due)
    ("A", D(2026, 11, 16), 2): ("№ 312, 315 (устно № 310)", D(2026, 11, 18)),
    ("A", D(2026, 11, 17), 2): ("Прочитать «Капитанскую дочку», гл. 3–4", D(2026, 11, 19)),
    ("A", D(2026, 11, 18), 4): ("§ 14, заполнить контурную карту", D(2026, 11, 20)),
    ("A", D(2026, 11, 19), 3): ("§ 9, вопросы 1–3 письменно", D(2026, 11, 23)),
    ("S1", D(2026, 11, 20), 2): ("SB p. 40, ex. 2 (письменно)", D(2026, 11, 23)),
    ("S2", D(2026, 11, 20), 2): ("WB p. 31, ex. 4", D(2026, 11, 25)),
    ("B", D(2026, 11, 20), 2): ("§ 10, заполнить таблицу «Ополчения»", D(2026, 11, 23)),
    ("B", D(2026, 11, 23), 1): ("№ 330, 334", D(2026, 11, 25)),
    ("A", D(2026, 11, 23), 2): ("№ 329, 331", D(2026, 11, 25)),
    ("A", D(2026, 11, 24), 2): ("Сочинение-миниатюра «Мой любимый герой повести»", D(2026, 11, 26)),
    ("S1", D(2026, 11, 25), 3): ("SB p. 44, ex. 5", D(2026, 11, 27)),
    ("S2", D(2026, 11, 25), 3): ("WB p. 34, ex. 1–2", D(2026, 11, 27)),
    ("B", D(2026, 11, 25), 2): ("Упр. 214", D(2026, 11, 27)),
    ("A", D(2026, 11, 26), 4): ("§ 22, задача 3", D(2026, 12, 1)),
}


def M(gk, day, n, pupil, value, at=None, fix=None, deleted=None):
    """A mark: set at `at` (default: during its lesson), changed to fix[1] at fix[0], deleted at `deleted`."""
    return {"gk": gk, "day": day, "n": n, "p": pupil, "value": value, "at": at, "fix": fix, "deleted": deleted}


d16, d17, d18, d19, d20 = SCHOOL_DAYS[:5]
d23, d24, d25, d26, d27 = SCHOOL_DAYS[5:]
MARKS = [
    M("A", d16, 1, POLINA, "3", fix=(T(2026, 11, 17, 15, 20), "4")),  # a slip corrected the next afternoon
    M("A", d16, 1, LEV, "4"),
    M("A", d16, 2, MARK, "2", deleted=T(2026, 11, 17, 14, 5)),  # entered for the wrong pupil, deleted next day
    M("A", d16, 2, TIMUR, "4"), M("A", d16, 2, VERA, "2", at=T(2026, 11, 16, 9, 10, 33, 120000)),
    M("S2", d16, 3, TIMUR, "5", at=T(2026, 11, 17, 16, 2, 11, 400000)),  # Monday's answer entered on Tuesday
    M("S2", d16, 3, KSENIA, "4"), M("S1", d16, 3, POLINA, "5"),
    M("A", d16, 4, POLINA, "5"),
    M("A", d17, 2, TIMUR, "5"), M("A", d17, 2, MARK, "4"), M("A", d17, 3, KSENIA, "3"),
    M("A", d18, 2, POLINA, "5"), M("A", d18, 2, MARK, "3"), M("S1", d18, 3, MARK, "4"),
    M("A", d19, 1, ARTEM, "4"), M("A", d19, 1, POLINA, "5"), M("A", d19, 1, KSENIA, "4"), M("A", d19, 3, MARK, "5"),
    M("A", d20, 1, KSENIA, "5"), M("A", d20, 1, ARTEM, "3"), M("S1", d20, 2, POLINA, "4"), M("S1", d20, 2, ARTEM, "5"),
    M("S2", d20, 2, KSENIA, "5"), M("B", d20, 2, NIKITA, "4"),
    M("S1", d23, 3, MARK, "4"), M("S1", d23, 3, POLINA, "5"), M("B", d23, 1, KSENIA, "4"), M("A", d23, 2, ARTEM, "4"),
    M("B", d23, 1, ALISA, "5"),
    M("B", d24, 4, KSENIA, "4", fix=(T(2026, 11, 25, 15, 0), "5")),  # the lab report re-checked
    M("A", d24, 2, MARK, "5"), M("A", d24, 2, ARTEM, "3"),
    M("S2", d25, 3, MARK, "4"), M("S1", d25, 3, ARTEM, "4"), M("B", d25, 2, KSENIA, "3"), M("S2", d25, 3, LEV, "3"),
    M("A", d26, 4, MARK, "3"), M("A", d26, 4, POLINA, "4"), M("B", d26, 2, KSENIA, "5"),
    M("A", d27, 1, POLINA, "4"), M("A", d27, 1, MARK, "4"), M("A", d27, 1, ARTEM, "5"), M("S2", d27, 2, MARK, "5"),
    M("B", d27, 1, KSENIA, "4"), M("B", d27, 1, DARYA, "3"),
]


def L(gk, day, n, pupil, status, comment, deleted=None):
    return {"gk": gk, "day": day, "n": n, "p": pupil, "status": status, "comment": comment, "deleted": deleted}


LOG = [
    L("A", d17, 1, POLINA, "Late", "", deleted=T(2026, 11, 18, 12, 40)),  # entered for the wrong pupil
    L("A", d17, 4, LEV, "Ill", "справка"),
    L("A", d18, 1, TIMUR, "Absent", "выбывает, документы забраны"),
    L("A", d19, 4, MARK, "Ill", "справка от врача"),
    L("A", d20, 5, KSENIA, "Pass", "освобождение"),
    L("B", d23, 3, KSENIA, "Late", "первый день в классе"),
    L("A", d24, 5, POLINA, "Ill", ""),
    L("A", d25, 1, ARTEM, "Absent", ""),
    L("S2", d25, 3, LEV, "Late", ""),
    L("B", d26, 1, KSENIA, "Absent", ""),
]


# --- rendering answers as of a pull -------------------------------------------------------------------------


def ids(n):
    return {"id": n, "id_str": str(n)}


def clock(lesson):
    return BELLS[lesson["number"]]


def start_of(lesson):
    h, m = map(int, clock(lesson)[0].split(":"))
    return T(lesson["day"].year, lesson["day"].month, lesson["day"].day, h, m)


def end_of(lesson):
    h, m = map(int, clock(lesson)[1].split(":"))
    return T(lesson["day"].year, lesson["day"].month, lesson["day"].day, h, m)


def exists(lesson, at):
    gone = REMOVED.get((lesson["gk"], lesson["day"], lesson["number"]))
    return gone is None or at < gone


def title_at(lesson, at):
    fix = TOPIC_FIX.get((lesson["gk"], lesson["day"], lesson["number"]))
    return fix[0] if fix and at >= fix[1] else lesson["title"]


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(gk):
    g = GROUP[gk]
    base = {**ids(g), "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}
    if gk in ("A", "B"):
        return {**base, "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7А" if gk == "A" else "7Б",
                "fullName": "", "parallel": 7, "timetable": TT[g], "timetable_str": str(TT[g])}
    teacher = T_ENG1 if gk == "S1" else T_ENG2
    return {**base, "parentIds": [G7A], "parentIds_str": [str(G7A)], "type": "Subgroup",
            "name": "7А англ. 1 гр." if gk == "S1" else "7А англ. 2 гр.",
            "fullName": f"{teacher[2]} {teacher[3]} {teacher[4]}", "parallel": 7, "timetable": TT[G7A],
            "timetable_str": str(TT[G7A])}


def members_answer(keys, at):
    """POST /v2/edu-groups (§3.8, §7): each group asked for with its students and their `membershipstatus`; a pupil
    who left stays listed as `Archive`, one who has not joined yet is not listed."""
    out = []
    for gk in keys:
        students = [{"person": person(p), "membershipstatus": "Active" if at < b else "Archive"}
                    for p, a, b in sorted(MEMBERS[gk], key=lambda x: x[0][2]) if a <= at]
        out.append({"group": group_obj(gk), "students": students})
    return out


def tasks_of(lesson):
    """§3.6: one task per pupil of the homework's group when it was set (the end of its lesson)."""
    set_at = end_of(lesson)
    hw_id = 1981234567881000000 + lesson["suffix"]
    due = HW[(lesson["gk"], lesson["day"], lesson["number"])][1]
    return [{**ids(1981234567883000000 + lesson["suffix"] * 100 + i), "person": p[0], "person_str": str(p[0]),
             "work": hw_id, "work_str": str(hw_id), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
            for i, p in enumerate(PUPILS) if member(p, lesson["gk"], set_at)]


def works_of(lesson, at):
    """§3.2: the lesson's default work (its marks' column) and, once it was set, its homework."""
    subj = SUBJECTS[lesson["subject"]][0]
    g = GROUP[lesson["gk"]]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": g, "eduGroup_str": str(g),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": subj, "createdBy": lesson["teacher"][0],
              "files": [], "oneDriveLinks": []}
    wt = LESSON_WT.get((lesson["gk"], lesson["day"], lesson["number"]), WT_OU)
    out = [{**ids(1981234567880000000 + lesson["suffix"]), "type": KIND[wt], "workType": wt, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": wt == WT_KR, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    hw = HW.get((lesson["gk"], lesson["day"], lesson["number"]))
    if hw and at >= end_of(lesson):
        set_at = end_of(lesson) + dt.timedelta(minutes=3)
        out.append({**ids(1981234567881000000 + lesson["suffix"]), "type": "Homework", "workType": WT_DZ,
                    "markType": "mark5", "markCount": 1, "displayInJournal": False, "status": "Sent",
                    "tasks": tasks_of(lesson), "text": hw[0], "isImportant": False,
                    "targetDate": f"{hw[1]}T00:00:00", "sentDate": f"{set_at:%Y-%m-%dT%H:%M:%S}.37", **common})
    return out


def entity_lesson(lesson, at):
    subj_id, area = SUBJECTS[lesson["subject"]]
    t = lesson["teacher"][0]
    return {**ids(lesson["id"]), "title": title_at(lesson, at), "date": f"{lesson['day']}T{clock(lesson)[0]}:00",
            "number": lesson["number"],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": GROUP[lesson["gk"]], "status": "Planned" if at < start_of(lesson) else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, at), "teachers": [t], "teachers_str": [str(t)]}


def flat_lesson(lesson, at):
    e = entity_lesson(lesson, at)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOM[lesson["gk"]], "floor": "2" if lesson["gk"] in ("A", "B") else "3",
            "hours": f"{clock(lesson)[0]} - {clock(lesson)[1]}", "works": [w["id"] for w in e["works"]],
            "teachers": e["teachers"]}


def lesson_of(gk, day, n):
    return LESSONS[(gk, day, n)]


def mark_at(m, at):
    """The mark as the journal holds it at `at`, or None (not set yet, or deleted)."""
    lesson = lesson_of(m["gk"], m["day"], m["n"])
    set_at = m["at"] or start_of(lesson) + dt.timedelta(minutes=17 + m["n"], seconds=PUPILS.index(m["p"]) * 7)
    if at < set_at or (m["deleted"] and at >= m["deleted"]):
        return None
    value = m["fix"][1] if m["fix"] and at >= m["fix"][0] else m["value"]
    wt = LESSON_WT.get((m["gk"], m["day"], m["n"]), WT_OU)
    w = 1981234567880000000 + lesson["suffix"]
    stamp = (m["fix"][0] if m["fix"] and at >= m["fix"][0] else set_at)
    return {**ids(1981234567882000000 + lesson["suffix"] * 100 + PUPILS.index(m["p"])), "type": "mark5",
            "value": value, "textValue": value, "person": m["p"][0], "person_str": str(m["p"][0]), "work": w,
            "work_str": str(w), "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{stamp:%Y-%m-%dT%H:%M:%S}.{(stamp.microsecond // 10000) or 51:02d}", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def log_at(e, at):
    lesson = lesson_of(e["gk"], e["day"], e["n"])
    made = start_of(lesson) + dt.timedelta(minutes=4, seconds=PUPILS.index(e["p"]) * 3)
    if at < made or (e["deleted"] and at >= e["deleted"]):
        return None
    return {"person": e["p"][0], "person_str": str(e["p"][0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": e["comment"], "status": e["status"], "createdDate": f"{made:%Y-%m-%dT%H:%M:%S}.4"}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def lessons_range(gk, a, b, at):
    out = [entity_lesson(l, at) for l in LESSONS.values() if l["gk"] == gk and a <= l["day"] <= b and exists(l, at)]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def marks_range(gk, a, b, at):
    out = [mark_at(m, at) for m in MARKS if m["gk"] == gk and a <= m["day"] <= b]
    return sorted([m for m in out if m], key=lambda m: m["date"])


def log_range(gk, a, b, at):
    out = [log_at(e, at) for e in LOG if e["gk"] == gk and a <= e["day"] <= b]
    return [e for e in out if e]


def homework_bundle(a, b, at):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for key in sorted(HW, key=lambda k: lesson_of(*k)["id"]):
        lesson = lesson_of(*key)
        if not a <= lesson["day"] <= b or at < end_of(lesson):
            continue
        works += [w for w in works_of(lesson, at) if w["type"] == "Homework"]
        lessons.append(flat_lesson(lesson, at))
        teachers[lesson["teacher"][0]] = person(lesson["teacher"])
        subjects[lesson["subject"]] = {"id": SUBJECTS[lesson["subject"]][0], "name": lesson["subject"],
                                       "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def family(gk):
    return FAMILY_B if gk == "B" else FAMILY_A


def schedules(p, gk, a, b, at):
    """persons/{p}/groups/{g}/schedules (§0): the pupil's own days: the lessons of his class and of its subgroups he
    is in at each lesson, his marks and attendance entries, the lessons' works and his homework."""
    out = []
    for day in days(a, b):
        ls = sorted([l for l in LESSONS.values() if l["day"] == day and l["gk"] in family(gk) and exists(l, at)
                     and member(p, l["gk"], start_of(l))], key=lambda l: l["number"])
        works = [w for l in ls for w in works_of(l, at)]
        marks = [x for x in (mark_at(m, at) for m in MARKS if m["p"] == p) if x and
                 any(x["lesson"] == l["id"] for l in ls)]
        logs = [x for x in (log_at(e, at) for e in LOG if e["p"] == p) if x and any(x["lesson"] == l["id"] for l in ls)]
        out.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, at) for l in ls], "marks": marks,
                    "works": works,
                    "homeworks": [w for w in works if w["type"] == "Homework" and
                                  any(t["person"] == p[0] for t in w["tasks"])],
                    "subjects": [{"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                                 for l in ls],
                    "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                   "isImportant": i == WT_KR, "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES],
                    "lessonLogEntries": logs,
                    "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
    for i, day in enumerate(out):
        day["nextDate"] = out[i + 1]["date"] if i + 1 < len(out) else f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": out}


def context(parent, children, at):
    pid, uid, last, first, middle, _ = parent
    kids = []
    for c in children:
        groups = [GROUP[gk] for gk in ("A", "S1", "S2", "B") if member(c, gk, at)]
        kids.append({"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                     "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": groups})
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МАОУ СОШ № 79", "type": "School", "groupIds": []}],
            "eduGroups": [], "children": kids, "splitId": None}


PERIODS = [(1000007790001, "2026-09-01", "2026-10-24", 1, "1 четверть"),
           (1000007790002, "2026-11-03", "2026-12-27", 2, "2 четверть"),
           (1000007790003, "2027-01-11", "2027-03-20", 3, "3 четверть"),
           (1000007790004, "2027-03-30", "2027-05-25", 4, "4 четверть")]
HOLIDAYS = [(1000008790001, "2026-10-25", "2026-11-02", "Осенние каникулы"),
            (1000008790002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008790003, "2027-03-21", "2027-03-29", "Весенние каникулы")]


def rpg(g):
    rid = 1000009790000 + g % 1000
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": week, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


# --- the sync job: pulls, and when each answer reached the hub ------------------------------------------------

PULLS = []  # (pulled_at, request, body, request_body or None, delivery slot)


def pull(at, request, body, deliver, request_body=None):
    PULLS.append((at, request, body, request_body, deliver))


def evening(day, deliver_default, late=None):
    """The nightly run at 19:00 (school zone): the member lists, each group's lessons of the day, marks and log
    entries of yesterday and today (a teacher fills in the journal after school), the homework set today (due
    within a week), and the followed pupils' own day (the parents' children the job serves). `late` maps a request
    to the later run whose retry queue delivered it."""
    late = late or {}
    base = T(day.year, day.month, day.day, 19, 0)
    step = [0]

    def at():
        t = base + dt.timedelta(seconds=20 * step[0])
        step[0] += 1
        return t

    def put(request, body_fn, request_body=None):
        t = at()
        pull(t, request, body_fn(t), late.get(request, deliver_default), request_body)

    put("POST /v2/edu-groups#A", lambda t: members_answer(FAMILY_A, t), [G7A, SG1, SG2])
    put("POST /v2/edu-groups#B", lambda t: members_answer(FAMILY_B, t), [G7B])
    y = day - dt.timedelta(days=1)
    for gk in ("A", "S1", "S2", "B"):
        g = GROUP[gk]
        put(f"GET /v2/edu-groups/{g}/lessons/{day}/{day}", lambda t, gk=gk: lessons_range(gk, day, day, t))
    for gk in ("A", "S1", "S2", "B"):
        g = GROUP[gk]
        put(f"GET /v2/edu-groups/{g}/marks/{y}/{day}", lambda t, gk=gk: marks_range(gk, y, day, t))
    for gk in ("A", "S1", "S2", "B"):
        g = GROUP[gk]
        put(f"GET /v2/lesson-log-entries/group/{g}?from={y}&to={day}", lambda t, gk=gk: log_range(gk, y, day, t))
    week_on = day + dt.timedelta(days=7)
    put(f"GET /v2/users/me/school/{S}/homeworks?startDate={day}&endDate={week_on}",
        lambda t: homework_bundle(day, week_on, t))
    noon = T(day.year, day.month, day.day, 12, 0)
    for p in (POLINA, TIMUR, MARK, KSENIA, ARTEM):  # the job follows a pupil in the class its member list shows
        gk = "B" if member(p, "B", noon) else "A" if member(p, "A", noon) else None
        if gk is None:
            continue
        put(f"GET /v2/persons/{p[0]}/groups/{GROUP[gk]}/schedules?startDate={day}&endDate={day}",
            lambda t, p=p, gk=gk: schedules(p, gk, day, day, t))
    if day == d19:  # Артём's mother connects her account on his first day
        put(f"GET /v2/users/{P_ARTEM[1]}/context", lambda t: context(P_ARTEM, [ARTEM], t))


def plan_pull(monday, at0, deliver, late=None, members=True):
    """Sunday 20:00: the member lists and the coming week's lessons of every group (§3.4 group ranges)."""
    late = late or {}
    friday = monday + dt.timedelta(days=4)
    t = at0
    if members:
        pull(t, "POST /v2/edu-groups#A", members_answer(FAMILY_A, t), late.get("POST /v2/edu-groups#A", deliver),
             [G7A, SG1, SG2])
        t += dt.timedelta(seconds=20)
        pull(t, "POST /v2/edu-groups#B", members_answer(FAMILY_B, t), late.get("POST /v2/edu-groups#B", deliver),
             [G7B])
    for gk in ("A", "S1", "S2", "B"):
        t += dt.timedelta(seconds=30)
        req = f"GET /v2/edu-groups/{GROUP[gk]}/lessons/{monday}/{friday}"
        pull(t, req, lessons_range(gk, monday, friday, t), late.get(req, deliver))


def week_marks(monday, at0, deliver):
    """Saturday 10:00: the week's marks of every group again (Mon..Sun), to catch what was corrected late."""
    sunday = monday + dt.timedelta(days=6)
    for i, gk in enumerate(("A", "S1", "S2", "B")):
        t = at0 + dt.timedelta(seconds=30 * i)
        pull(t, f"GET /v2/edu-groups/{GROUP[gk]}/marks/{monday}/{sunday}", marks_range(gk, monday, sunday, t), deliver)


def g(gk):
    return GROUP[gk]


SLOTS = {  # delivery slot -> step name
    "s01": "1. Sun 2026-11-15 20:00: school, work types, groups, member lists, bells, parents, periods, week 1 planned",
    "s02": "2. Mon 11-16 19:00: the nightly run (its marks ranges and homework time out: retry queue)",
    "s03": "3. Tue 11-17 19:00: the nightly run (7А's member lists, SG2's marks, 7А's log entries and Тимур's day "
           "time out)",
    "s04": "4. Wed 11-18 19:00: the nightly run (Тимур archived in 7А and group 2); then Monday's retries",
    "s05": "5. Thu 11-19 19:00: Артём's first day; the member lists time out; then Tuesday's retries",
    "s06": "6. Fri 11-20 19:00: Ксения's last day in 7А (7А's member lists, her day and 7А's marks time out); then "
           "Wednesday's homework",
    "s07": "7. Sat 11-21 10:00: the week's marks of every group again",
    "s08": "8. Sun 11-22 20:00: member lists (7А's times out) and week 2 planned (7Б's range times out)",
    "s09": "9. Mon 11-23 19:00: Ксения's first day in 7Б; then Thursday's member lists",
    "s10": "10. Tue 11-24 19:00: the nightly run (7А's member lists, Марк's subgroup marks time out); then Friday's "
           "and Sunday's retries",
    "s11": "11. Wed 11-25 19:00: Марк moved to group 2 (the homework and group 2's lessons time out)",
    "s12": "12. Thu 11-26 19:00: 7Б's Информатика deleted; then Sunday's 7Б plan and Monday/Tuesday's retries",
    "s13": "13. Fri 11-27 19:00: the nightly run; then Wednesday's homework and group 2's lessons",
    "s14": "14. Sat 11-28 10:00: the week's marks of every group again",
}


def build():
    setup_at = T(2026, 11, 15, 20, 0)
    t = [setup_at]

    def nxt(sec=15):
        v = t[0]
        t[0] += dt.timedelta(seconds=sec)
        return v

    pull(nxt(), f"GET /v2/schools/{S}", {
        **ids(S), "name": "МАОУ СОШ № 79", "fullName": "Муниципальное автономное общеобразовательное учреждение "
                                                    "«Средняя общеобразовательная школа № 79»",
        "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург", "regionId": 66,
        "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
        "tsoCityId": 0, "tsoRegionTreePath": "66."}, "s01")
    pull(nxt(), f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": ti, "abbr": ab,
                                             "weight": w} for i, k, ti, ab, w in WORK_TYPES], "s01")
    pull(nxt(), f"GET /v2/schools/{S}/edu-groups", [group_obj(k) for k in ("A", "B", "S1", "S2")], "s01")
    at = nxt()
    pull(at, "POST /v2/edu-groups#A", members_answer(FAMILY_A, at), "s01", [G7A, SG1, SG2])
    at = nxt()
    pull(at, "POST /v2/edu-groups#B", members_answer(FAMILY_B, at), "s01", [G7B])
    for gg in (G7A, G7B):
        pull(nxt(), f"GET /v2/edu-groups/{gg}/timetables", timetable(gg), "s01")
    for parent, kids in ((P_POLINA, [POLINA]), (P_TIMUR, [TIMUR]), (P_MARK, [MARK]), (P_KSENIA, [KSENIA])):
        at = nxt()
        pull(at, f"GET /v2/users/{parent[1]}/context", context(parent, kids, at), "s01")
    for gg in (G7A, G7B):
        pull(nxt(), f"GET /v2/edu-groups/{gg}/reporting-period-group", rpg(gg), "s01")
    plan_pull(WEEK1, T(2026, 11, 15, 20, 5), "s01", members=False)

    evening(d16, "s02", {**{f"GET /v2/edu-groups/{g(k)}/marks/2026-11-15/2026-11-16": "s04r" for k in GROUP},
                         f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-16&endDate=2026-11-23": "s04r"})
    evening(d17, "s03", {"POST /v2/edu-groups#A": "s05r",
                         f"GET /v2/edu-groups/{g('S2')}/marks/2026-11-16/2026-11-17": "s05r",
                         f"GET /v2/lesson-log-entries/group/{g('A')}?from=2026-11-16&to=2026-11-17": "s05r",
                         f"GET /v2/persons/{TIMUR[0]}/groups/{G7A}/schedules?startDate=2026-11-17&endDate=2026-11-17":
                             "s05r"})
    evening(d18, "s04", {f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-18&endDate=2026-11-25": "s06r"})
    evening(d19, "s05", {"POST /v2/edu-groups#A": "s09r", "POST /v2/edu-groups#B": "s09r"})
    evening(d20, "s06", {"POST /v2/edu-groups#A": "s10r",
                         f"GET /v2/persons/{KSENIA[0]}/groups/{G7A}/schedules?startDate=2026-11-20&endDate=2026-11-20":
                             "s10r", f"GET /v2/edu-groups/{g('A')}/marks/2026-11-19/2026-11-20": "s10r"})
    week_marks(WEEK1, T(2026, 11, 21, 10, 0), "s07")
    plan_pull(WEEK2, T(2026, 11, 22, 20, 0), "s08",
              {"POST /v2/edu-groups#A": "s10r", f"GET /v2/edu-groups/{G7B}/lessons/2026-11-23/2026-11-27": "s12r"})
    evening(d23, "s09", {f"GET /v2/edu-groups/{g('S1')}/marks/2026-11-22/2026-11-23": "s12r",
                         f"GET /v2/persons/{MARK[0]}/groups/{G7A}/schedules?startDate=2026-11-23&endDate=2026-11-23":
                             "s12r"})
    evening(d24, "s10", {"POST /v2/edu-groups#A": "s12r", f"GET /v2/edu-groups/{g('S1')}/marks/2026-11-23/2026-11-24":
                         "s12r", f"GET /v2/edu-groups/{g('B')}/marks/2026-11-23/2026-11-24": "s12r"})
    evening(d25, "s11", {f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-25&endDate=2026-12-02": "s13r",
                         f"GET /v2/edu-groups/{g('S2')}/lessons/2026-11-25/2026-11-25": "s13r"})
    evening(d26, "s12")
    evening(d27, "s13")
    week_marks(WEEK2, T(2026, 11, 28, 10, 0), "s14")


def tz(stamp):
    return f"{stamp:%Y-%m-%dT%H:%M:%S}+05:00"


def main():
    build()
    steps = []
    for slot, name in SLOTS.items():
        fresh = [p for p in PULLS if p[4] == slot]
        retry = [p for p in PULLS if p[4] == slot + "r"]
        batches = []
        for part in (fresh, retry):
            if part:
                batch = []
                for at, request, body, request_body, _ in sorted(part, key=lambda x: x[0]):
                    rec = {"request": request.split("#")[0]}
                    if request_body is not None:
                        rec["request_body"] = request_body
                    rec["body"] = body
                    rec["pulled_at"] = tz(at)
                    batch.append(rec)
                batches.append(batch)
        steps.append({"name": name, "batches": batches})
    placed = sum(len(b) for s in steps for b in s["batches"])
    assert placed == len(PULLS), (placed, len(PULLS))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ СОШ № 79 (Екатеринбург, UTC+5), 7А with its two English subgroups and the parallel 7Б, "
                       "2026-11-16..11-27: a sync job whose retry queue delivers answers after answers pulled later, "
                       "while a pupil leaves the school, another joins mid-week, one moves to 7Б and one moves "
                       "between 7А's English subgroups.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ СОШ № 79"},
        "steps": steps,
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(PULLS), "records,", len(steps), "steps")


if __name__ == "__main__":
    main()
