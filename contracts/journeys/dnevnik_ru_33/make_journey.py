"""Write journey.json: a whole school's first import from Dnevnik.ru (dnevnik_ru_33).

Standard library only; deterministic. Written from shared/reference/dnevnik_ru.md (sections given as §) and the
public client models it cites (§10), not from the hub's adapters.

School 1000002433033 «МАОУ СОШ № 33» (Тюмень, timeZone 5), studyyear 2025. Four classes in two parallels (5А, 5Б,
6А, 6Б), each split into two English subgroups ("Анг.я1 О.К" / "Анг.я2 Д.М": the same two names in every class,
as the captured kundelik.kz answer names subgroups by subject and teacher initials, §10.1). Every id a first
import meets above 2^53, neighbours differing only in their last digits (§1), so a double-based reader would fold
5А into 5Б, a pupil into his twin, a subject into another.

One week (Mon 2026-02-09 .. Fri 2026-02-13), pulled on Sunday 2026-02-15 night through the bulk paths (§7): the
school lists (edu-groups, subjects, work types, teachers), each group's ranges (lessons, marks, lesson-log
entries: twelve groups), the school homework bundle (§3.7), `POST edu-groups` (§3.8), the parents' contexts (§3.9)
and, paged as §3.6/§11 say paging works (`pageNumber`/`pageSize`), two pupils' task lists.

Push order is a concurrent job's: the school lists first (it needs the group ids to pull anything), then the
journal answers in the order they completed (small subgroup answers first, marks before lessons), and only then
the rosters and the parents' contexts (the job resolves the persons it met last).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+05:00"
SCHOOL = 1000002433033
YEAR = 2025
WEEK = [dt.date(2026, 2, 9) + dt.timedelta(days=i) for i in range(5)]  # Mon..Fri
RANGE_FROM, RANGE_TO = "2026-02-09", "2026-02-15"
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:25", "12:10"),
         5: ("12:20", "13:05")}
TIMETABLE_ID = 1343854728296550433


def js(n: int) -> int:
    """An id as a double-based relay prints it (the captured kundelik.kz answer, §1): 2260325488733004101 ->
    2260325488733004000."""
    return int(Decimal(repr(float(n))))


# --- people ----------------------------------------------------------------------------------------------------

P0, U0 = 2260325488733100000, 2260325488733200000  # persons, users: neighbours differ in the last digits

TEACHERS = {  # key: (person offset, last, first, middle, sex, subjects text)
    "math": (101, "Волкова", "Ирина", "Николаевна", "Female", "Математика"),
    "rus5": (102, "Петрова", "Наталья", "Сергеевна", "Female", "Русский язык, Литература"),
    "rus6": (103, "Смирнова", "Елена", "Васильевна", "Female", "Русский язык, Литература"),
    "hist": (104, "Соколов", "Алексей", "Петрович", "Male", "История"),
    "bio": (105, "Лебедева", "Марина", "Юрьевна", "Female", "Биология"),
    "en1": (106, "Кузнецова", "Ольга", "Викторовна", "Female", "Английский язык"),
    "en2": (107, "Морозов", "Денис", "Андреевич", "Male", "Английский язык"),
}

CLASSES = ["5А", "5Б", "6А", "6Б"]
G0 = 2260325488733004000
GROUP = {"5А": G0 + 101, "5Б": G0 + 111, "6А": G0 + 121, "6Б": G0 + 131}
SUB = {(c, k): GROUP[c] + k for c in CLASSES for k in (1, 2)}  # ...102 Анг.я1, ...103 Анг.я2
SUB_NAME = {1: "Анг.я1 О.К", 2: "Анг.я2 Д.М"}
SUB_FULL = {1: "Кузнецова О.В.", 2: "Морозов Д.А."}

PUPILS = {  # class -> [(last, first, middle, sex)], index 1..4; 1-2 in Анг.я1, 3-4 in Анг.я2
    "5А": [("Белов", "Тимофей", "Игоревич", "Male"), ("Григорьева", "Ева", "Максимовна", "Female"),
           ("Зайцев", "Марк", "Олегович", "Male"), ("Орлова", "Милана", "Романовна", "Female")],
    "5Б": [("Белова", "Таисия", "Игоревна", "Female"), ("Лазарев", "Артём", "Сергеевич", "Male"),
           ("Никитина", "Варвара", "Дмитриевна", "Female"), ("Романов", "Мирон", "Павлович", "Male")],
    "6А": [("Романова", "Ульяна", "Павловна", "Female"), ("Семёнов", "Даниил", "Артёмович", "Male"),
           ("Тарасова", "Вероника", "Евгеньевна", "Female"), ("Фёдоров", "Илья", "Константинович", "Male")],
    "6Б": [("Харитонов", "Лев", "Алексеевич", "Male"), ("Чернова", "Злата", "Викторовна", "Female"),
           ("Шестаков", "Кирилл", "Андреевич", "Male"), ("Яковлева", "Дарья", "Ильинична", "Female")],
}


def pid(c: str, i: int) -> int:
    return P0 + (CLASSES.index(c) + 1) * 10 + i  # 5А#1 ...011, 5Б#1 ...021 (twins), 6А#1 ...031


def sub_of(i: int) -> int:
    return 1 if i <= 2 else 2


PARENTS = [  # (person offset, user offset, last, first, middle, sex, children [(class, index)])
    (91, 91, "Белова", "Светлана", "Викторовна", "Female", [("5А", 1), ("5Б", 1)]),
    (92, 92, "Романов", "Павел", "Игоревич", "Male", [("6А", 1), ("5Б", 4)]),
]

# --- subjects, work types ----------------------------------------------------------------------------------------

S0 = 2260325488733000300
SUBJECTS = {  # key: (id offset, name, knowledge area)
    "M": (1, "Математика", "Математика и информатика"),
    "R": (2, "Русский язык", "Русский язык и литература"),
    "L": (3, "Литература", "Русский язык и литература"),
    "H": (4, "История", "Общественно-научные предметы"),
    "B": (5, "Биология", "Естественно-научные предметы"),
    "E": (6, "Английский язык", "Иностранные языки"),
}
WORK_TYPES = [  # §3.3 standalone shape; the weight lives here (§3.1)
    (3101, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (3102, "CommonWork", "Самостоятельная работа", "СР", 2),
    (3103, "LessonTestWork", "Контрольная работа", "КР", 3),
    (3107, "Homework", "Домашнее задание", "ДЗ", 1),
]
WT = {w[0]: w for w in WORK_TYPES}

# --- the timetable -----------------------------------------------------------------------------------------------
# per class and weekday (0 = Mon): (number, subject, part); part "C" whole class, "E" both subgroups in the same
# slot (two rooms, two teachers), "E1"/"E2" one subgroup only (the split at the edges of the day)
T = {
    "5А": [[(1, "M", "C"), (2, "R", "C"), (3, "H", "C")],
           [(1, "R", "C"), (2, "E", "E"), (3, "M", "C")],
           [(1, "M", "C"), (2, "L", "C"), (3, "B", "C")],
           [(1, "E", "E1"), (2, "R", "C"), (3, "M", "C"), (4, "E", "E2")],
           [(1, "L", "C"), (2, "M", "C"), (3, "B", "C")]],
    "5Б": [[(1, "R", "C"), (2, "M", "C"), (3, "B", "C")],
           [(1, "M", "C"), (2, "R", "C"), (3, "E", "E")],
           [(1, "L", "C"), (2, "M", "C"), (3, "H", "C")],
           [(1, "E", "E2"), (2, "M", "C"), (3, "R", "C"), (4, "E", "E1")],
           [(1, "M", "C"), (2, "B", "C"), (3, "L", "C")]],
    "6А": [[(1, "H", "C"), (2, "R", "C"), (3, "M", "C")],
           [(1, "E", "E"), (2, "M", "C"), (3, "L", "C")],
           [(1, "R", "C"), (2, "B", "C"), (3, "M", "C")],
           [(2, "E", "E1"), (3, "H", "C"), (4, "M", "C"), (5, "E", "E2")],
           [(1, "B", "C"), (2, "R", "C"), (3, "M", "C")]],
    "6Б": [[(1, "B", "C"), (2, "H", "C"), (3, "R", "C"), (4, "M", "C")],
           [(1, "R", "C"), (2, "H", "C"), (3, "B", "C"), (4, "E", "E")],
           [(1, "H", "C"), (2, "R", "C"), (4, "M", "C")],
           [(2, "E", "E2"), (3, "R", "C"), (4, "H", "C"), (5, "E", "E1")],
           [(1, "R", "C"), (2, "H", "C"), (4, "M", "C")]],
}

TOPICS = {  # (parallel, subject) -> topics in teaching order; Б-classes run one lesson behind А
    (5, "M"): ["Десятичная запись дробных чисел", "Сравнение десятичных дробей", "Сложение десятичных дробей",
               "Вычитание десятичных дробей", "Округление чисел", "Контрольная работа № 7 «Десятичные дроби»",
               "Умножение десятичной дроби на натуральное число"],
    (5, "R"): ["Имя существительное как часть речи", "Род имён существительных", "Число имён существительных",
               "Три склонения имён существительных", "Падеж имён существительных"],
    (5, "L"): ["В. А. Жуковский «Спящая царевна»", "В. А. Жуковский. Баллада «Кубок»",
               "А. С. Пушкин «Сказка о мёртвой царевне и о семи богатырях»"],
    (5, "H"): ["Греко-персидские войны", "Возвышение Афин в V веке до н. э.", "Афинская демократия при Перикле"],
    (5, "B"): ["Строение клетки", "Химический состав клетки", "Жизнедеятельность клетки"],
    (6, "M"): ["Противоположные числа", "Модуль числа", "Сравнение чисел", "Сложение отрицательных чисел",
               "Сложение чисел с разными знаками", "Контрольная работа № 6 «Сложение рациональных чисел»",
               "Вычитание рациональных чисел"],
    (6, "R"): ["Имя прилагательное как часть речи", "Степени сравнения имён прилагательных",
               "Разряды прилагательных по значению", "Качественные прилагательные", "Относительные прилагательные"],
    (6, "L"): ["Н. А. Некрасов «Железная дорога»", "Н. С. Лесков «Левша»", "Н. С. Лесков «Левша»: образ мастера"],
    (6, "H"): ["Русь в середине XII — начале XIII века", "Владимиро-Суздальское княжество",
               "Новгородская республика", "Южные и юго-западные русские княжества"],
    (6, "B"): ["Корень и его функции", "Видоизменения корней", "Побег и почки", "Строение стебля"],
    (5, "E1"): ["Unit 5. My family: new words", "Unit 5. Present Simple: questions"],
    (5, "E2"): ["Unit 5. Describing people", "Unit 5. Possessive case"],
    (6, "E1"): ["Unit 4. Travelling: new words", "Unit 4. Past Simple: irregular verbs"],
    (6, "E2"): ["Unit 4. At the airport", "Unit 4. Past Simple: negatives"],
}


def teacher_key(c: str, subj: str, sub: int | None) -> str:
    if subj == "E":
        return f"en{sub}"
    return {"M": "math", "H": "hist", "B": "bio"}.get(subj) or f"rus{c[0]}"


# --- what happened in the week -----------------------------------------------------------------------------------
# marks: (class, weekday, subject, part or None, pupil index, value, work type, set day offset, set time)
MARKS = [
    ("5А", 0, "M", None, 1, "5", 3101, 0, "13:42:17.53"), ("5А", 0, "M", None, 3, "4-", 3101, 0, "13:42:40.2"),
    ("5А", 1, "E", 1, 2, "5", 3101, 0, "15:10:05.117"), ("5А", 1, "E", 2, 4, "3", 3101, 0, "14:02:51.6"),
    ("5А", 2, "L", None, 2, "4", 3101, 0, "16:20:00.8"), ("5А", 3, "E", 1, 1, "4+", 3101, 0, "09:40:12.04"),
    ("5А", 3, "E", 2, 3, "5", 3101, 0, "12:31:09.9"), ("5А", 4, "M", None, 1, "4", 3103, 1, "11:05:44.31"),
    ("5А", 4, "M", None, 2, "5", 3103, 1, "11:05:49.06"), ("5А", 4, "M", None, 3, "3", 3103, 1, "11:05:53.7"),
    ("5А", 4, "M", None, 4, "5-", 3103, 1, "11:05:58.2"),
    ("5Б", 0, "M", None, 1, "4", 3101, 0, "14:12:31.27"), ("5Б", 0, "R", None, 4, "3+", 3101, 0, "14:30:02.5"),
    ("5Б", 1, "E", 1, 1, "5", 3101, 0, "15:44:18.6"), ("5Б", 1, "E", 2, 3, "4", 3101, 0, "15:02:33.81"),
    ("5Б", 2, "M", None, 2, "2", 3102, 0, "17:55:10.0"), ("5Б", 3, "E", 1, 2, "4", 3101, 0, "13:02:41.35"),
    ("5Б", 3, "E", 2, 4, "5", 3101, 0, "09:31:27.7"), ("5Б", 4, "M", None, 1, "5", 3103, 1, "10:48:03.12"),
    ("5Б", 4, "M", None, 2, "3", 3103, 1, "10:48:09.4"), ("5Б", 4, "M", None, 3, "4", 3103, 1, "10:48:15.9"),
    ("5Б", 4, "M", None, 4, "4-", 3103, 1, "10:48:21.66"),
    ("6А", 0, "M", None, 1, "5", 3101, 0, "12:40:00.2"), ("6А", 1, "E", 1, 2, "4", 3101, 0, "14:20:11.5"),
    ("6А", 1, "E", 2, 3, "5", 3101, 0, "14:25:43.08"), ("6А", 2, "B", None, 4, "4", 3101, 0, "15:15:15.15"),
    ("6А", 3, "E", 1, 1, "3", 3101, 0, "10:12:54.3"), ("6А", 3, "E", 2, 4, "4+", 3101, 0, "13:15:36.6"),
    ("6А", 3, "M", None, 2, "5", 3102, 0, "16:01:22.47"), ("6А", 3, "M", None, 3, "4", 3102, 0, "16:01:30.1"),
    ("6Б", 0, "H", None, 2, "5", 3101, 0, "11:03:40.9"), ("6Б", 1, "E", 2, 3, "4", 3101, 0, "14:58:02.2"),
    ("6Б", 1, "E", 1, 1, "5", 3101, 0, "14:50:19.77"), ("6Б", 3, "E", 2, 4, "3", 3101, 0, "10:05:05.5"),
    ("6Б", 3, "E", 1, 2, "5", 3101, 0, "13:07:48.02"), ("6Б", 3, "R", None, 1, "4", 3101, 0, "12:00:31.3"),
]
# attendance: (class, weekday, subject, part or None, pupil index, status, comment, created time)
LOGS = [
    ("5А", 0, "M", None, 2, "Late", "", "08:41:10.5"), ("5А", 1, "E", 2, 3, "Absent", "", "09:31:02.08"),
    ("5А", 3, "E", 1, 2, "Ill", "справка", "08:35:47.6"), ("5А", 3, "M", None, 2, "Ill", "справка", "10:30:00.1"),
    ("5А", 2, "M", None, 1, "Attend", "", "08:32:00.0"),
    ("5Б", 0, "R", None, 1, "Absent", "", "08:33:19.2"), ("5Б", 1, "E", 1, 1, "Late", "", "10:31:56.4"),
    ("5Б", 3, "E", 2, 3, "Pass", "соревнования", "08:36:12.9"), ("5Б", 4, "M", None, 4, "Late", "", "08:44:00.37"),
    ("6А", 1, "E", 1, 1, "Absent", "", "08:34:40.0"), ("6А", 2, "R", None, 3, "Ill", "", "08:31:05.6"),
    ("6А", 3, "E", 2, 4, "Late", "", "12:27:33.3"),
    ("6Б", 0, "B", None, 4, "Pass", "олимпиада", "08:35:21.8"), ("6Б", 1, "E", 2, 4, "Absent", "", "11:27:13.03"),
    ("6Б", 3, "E", 1, 1, "Ill", "справка", "12:21:49.5"), ("6Б", 4, "R", None, 2, "Late", "", "08:39:58.1"),
]
# homework: (class, weekday set, subject, part or None, due weekday offset from the set day, text)
HOMEWORK = [
    ("5А", 0, "M", None, 2, "№ 1121, 1124 (а, б); правило на с. 183 выучить"),
    ("5А", 2, "M", None, 2, "№ 1160, 1163; подготовиться к контрольной работе"),
    ("5А", 4, "M", None, 3, "№ 1187, 1190 (в, г)"),
    ("5А", 1, "E", 1, 2, "Учебник с. 62 упр. 3 (письменно), слова Unit 5 наизусть"),
    ("5А", 1, "E", 2, 2, "Рабочая тетрадь с. 41 упр. 1, 2; описать друга (5 предложений)"),
    ("5Б", 0, "M", None, 2, "№ 1118, 1119; выучить правило сравнения дробей"),
    ("5Б", 2, "M", None, 2, "№ 1140, 1142, 1145 (а)"),
    ("5Б", 4, "M", None, 3, "№ 1176, 1179; работа над ошибками"),
    ("5Б", 1, "E", 1, 2, "Учебник с. 60 упр. 5, 6 (устно); слова стр. 59"),
    ("5Б", 1, "E", 2, 2, "Рабочая тетрадь с. 40 упр. 3; выучить диалог"),
    ("6А", 0, "M", None, 2, "№ 915, 918, 921"),
    ("6А", 2, "M", None, 2, "№ 944, 947 (б, в); повторить правило сложения"),
    ("6А", 4, "M", None, 3, "№ 968, 970"),
    ("6А", 1, "E", 1, 2, "Учебник с. 54 упр. 2; таблица неправильных глаголов (1-20)"),
    ("6А", 1, "E", 2, 2, "Рабочая тетрадь с. 33 упр. 4; рассказ «At the airport»"),
    ("6Б", 0, "M", None, 2, "№ 908, 910 (а-г)"),
    ("6Б", 2, "M", None, 2, "№ 930, 933; карточка"),
    ("6Б", 4, "M", None, 3, "№ 951, 955, 957"),
    ("6Б", 1, "E", 1, 2, "Учебник с. 52 упр. 4 (письменно)"),
    ("6Б", 1, "E", 2, 2, "Рабочая тетрадь с. 32 упр. 1-3; выучить слова Unit 4"),
]
TESTS = {("5А", 4, "M"): (3103, "Контрольная работа № 7 «Десятичные дроби»"),
         ("5Б", 4, "M"): (3103, "Контрольная работа № 7 «Десятичные дроби»"),
         ("5Б", 2, "M"): (3102, "Самостоятельная работа «Сложение десятичных дробей»"),
         ("6А", 3, "M"): (3102, "Самостоятельная работа «Сложение чисел с разными знаками»")}


# --- building the vendor's objects --------------------------------------------------------------------------------

class Ids:
    def __init__(self, base: int) -> None:
        self.next = base

    def __call__(self) -> int:
        self.next += 1
        return self.next


LESSON_ID, WORK_ID, MARK_ID, TASK_ID = (Ids(2260325488733500000), Ids(2260325488733600000),
                                        Ids(2260325488733700000), Ids(2260325488733800000))


def members(c: str, sub: int | None) -> list[int]:
    return [pid(c, i) for i in range(1, 5) if sub is None or sub_of(i) == sub]


def at(day: dt.date, hhmm: str) -> str:
    return f"{day.isoformat()}T{hhmm}:00"


def subject_obj(s: str) -> dict:
    off, name, area = SUBJECTS[s]
    return {"id": S0 + off, "id_str": str(S0 + off), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def person_obj(person: int, user: int, last: str, first: str, middle: str, sex: str) -> dict:
    return {"id": person, "id_str": str(person), "userId": user, "userId_str": str(user), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g: int, name: str, full: str, parallel: int, parent: int | None, relay: bool = False) -> dict:
    ids = (lambda n: js(n)) if relay else (lambda n: n)
    return {"id": ids(g), "id_str": str(g),
            "parentIds": [ids(parent)] if parent else ([] if not relay else None),
            "parentIds_str": [str(parent)] if parent else ([] if not relay else None),
            "type": "Subgroup" if parent else "Group", "name": name, "fullName": full, "parallel": parallel,
            "timetable": ids(TIMETABLE_ID), "timetable_str": str(TIMETABLE_ID), "status": "Active",
            "studyyear": YEAR, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def all_groups(relay: bool = False) -> list[dict]:
    out = []
    for c in CLASSES:
        out.append(group_obj(GROUP[c], c, "", int(c[0]), None, relay))
        for k in (1, 2):
            out.append(group_obj(SUB[(c, k)], SUB_NAME[k], SUB_FULL[k], int(c[0]), GROUP[c], relay))
    return out


def build_lessons() -> list[dict]:
    """Every lesson of the week with its works (§3.4 entity shape, §3.2)."""
    seen: dict[tuple, int] = {}
    lessons = []
    for c in CLASSES:
        par = int(c[0])
        offset = 0 if c.endswith("А") else 1
        for wd, slots in enumerate(T[c]):
            day = WEEK[wd]
            for number, s, part in slots:
                subs = [None] if part == "C" else ([1, 2] if part == "E" else [int(part[1])])
                for sub in subs:
                    topic_key = (par, s if s != "E" else f"E{sub}")
                    k = seen.get((c, topic_key), 0)
                    seen[(c, topic_key)] = k + 1
                    topics = TOPICS[topic_key]
                    title = topics[min(k + offset, len(topics) - 1)] if s != "E" else topics[min(k, len(topics) - 1)]
                    if (c, wd, s) in TESTS:
                        title = TESTS[(c, wd, s)][1] if TESTS[(c, wd, s)][0] == 3103 else title
                    tk = teacher_key(c, s, sub)
                    tperson = P0 + TEACHERS[tk][0]
                    g = GROUP[c] if sub is None else SUB[(c, sub)]
                    lid = LESSON_ID()
                    lesson = {"id": lid, "id_str": str(lid), "title": title, "date": at(day, BELLS[number][0]),
                              "number": number, "subject": subject_obj(s), "group": g, "status": "Conducted",
                              "resultPlaceId": 0, "works": [], "teachers": [tperson], "teachers_str": [str(tperson)]}
                    lesson["_meta"] = {"class": c, "wd": wd, "subject": s, "sub": sub, "teacher": tk}
                    lesson["works"].append(work(lesson, "DefaultNewLessonWork", 3101, "", day, None))
                    if (c, wd, s) in TESTS:
                        wt, text = TESTS[(c, wd, s)]
                        lesson["works"].append(work(lesson, WT[wt][1], wt, text, day, None, important=wt == 3103))
                    lessons.append(lesson)
    return lessons


def work(lesson: dict, kind: str, wt: int, text: str, target: dt.date, sent: str | None, tasks=None,
         important: bool = False) -> dict:
    wid = WORK_ID()
    subj = lesson["subject"]["id"]
    return {"id": wid, "id_str": str(wid), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": kind != "Homework",
            "status": "Sent", "eduGroup": lesson["group"], "eduGroup_str": str(lesson["group"]),
            "tasks": tasks or [], "text": text, "periodNumber": 3, "periodType": "Quarter", "subjectId": subj,
            "isImportant": important, "targetDate": f"{target.isoformat()}T00:00:00", "sentDate": sent,
            "createdBy": lesson["teachers"][0], "files": [], "oneDriveLinks": []}


def find(lessons: list[dict], c: str, wd: int, s: str, sub: int | None) -> dict:
    found = [l for l in lessons if l["_meta"]["class"] == c and l["_meta"]["wd"] == wd and l["_meta"]["subject"] == s
             and l["_meta"]["sub"] == sub]
    assert len(found) == 1, (c, wd, s, sub, len(found))
    return found[0]


def check_timetable(lessons: list[dict]) -> None:
    """No teacher in two rooms at once, no subgroup lesson outside its class's split (a sanity check)."""
    busy = {}
    for l in lessons:
        key = (l["teachers"][0], l["date"])
        assert key not in busy, (l["title"], busy.get(key))
        busy[key] = l["title"]


def main() -> None:
    lessons = build_lessons()
    check_timetable(lessons)
    homeworks = []
    for c, wd, s, sub, due_in, text in HOMEWORK:
        lesson = find(lessons, c, wd, s, sub)
        day = WEEK[wd]
        due = day + dt.timedelta(days=due_in)
        sent = f"{day.isoformat()}T{BELLS[lesson['number']][1]}:{17 + wd:02d}.4"
        w = work(lesson, "Homework", 3107, text, due, sent)
        w["tasks"] = [{"id": (t := TASK_ID()), "id_str": str(t), "person": p, "person_str": str(p), "work": w["id"],
                       "work_str": str(w["id"]), "status": "NotStarted", "targetDate": w["targetDate"]}
                      for p in members(c, sub)]
        lesson["works"].append(w)
        homeworks.append((lesson, w))

    marks_by_group: dict[int, list] = {}
    for c, wd, s, sub, i, value, wt, set_in, clock in MARKS:
        lesson = find(lessons, c, wd, s, sub)
        p = pid(c, i)
        assert p in members(c, sub)
        w = next(w for w in lesson["works"] if w["workType"] == wt)
        mid = MARK_ID()
        mood = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]
        marks_by_group.setdefault(lesson["group"], []).append({
            "id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
            "person": p, "person_str": str(p), "work": w["id"], "work_str": str(w["id"]),
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{(WEEK[wd] + dt.timedelta(days=set_in)).isoformat()}T{clock}", "workType": wt,
            "mood": mood, "use_avg_calc": True})
    logs_by_group: dict[int, list] = {}
    for c, wd, s, sub, i, status, comment, clock in LOGS:
        lesson = find(lessons, c, wd, s, sub)
        p = pid(c, i)
        assert p in members(c, sub)
        logs_by_group.setdefault(lesson["group"], []).append({
            "person": p, "person_str": str(p), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{WEEK[wd].isoformat()}T{clock}"})

    def pulled(minute: int, second: int = 0) -> str:
        return f"2026-02-15T02:{minute:02d}:{second:02d}{TZ}"

    def rec(request: str, body, when: str, request_body=None) -> dict:
        r = {"request": request, "body": body, "pulled_at": when}
        if request_body is not None:
            r["request_body"] = request_body
        return r

    # step 1: the school and its lists (§3.10, §3.8, §3.11, §3.3, §3.9 PascalCase teachers)
    school = {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МАОУ СОШ № 33",
              "fullName": "Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная "
                          "школа № 33 города Тюмени",
              "avatarSmall": None, "city": "Тюмень", "municipality": "городской округ город Тюмень",
              "regionId": 72, "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular", "tsoCityId": 3316, "tsoRegionTreePath": "72."}
    subjects = [{"id": js(S0 + off), "id_str": str(S0 + off), "name": name, "knowledgeArea": area,
                 "fgosSubjectId": None, "espSubjectName": None, "halfYear": False}
                for off, name, area in SUBJECTS.values()]
    work_types = [{"id": i, "id_str": str(i), "schoolId": SCHOOL, "kindId": n, "kind": kind, "title": title,
                   "abbr": abbr, "weight": weight}
                  for n, (i, kind, title, abbr, weight) in enumerate(WORK_TYPES, start=1)]
    teachers = []
    for key, (off, last, first, middle, sex, subj) in TEACHERS.items():
        teachers.append({"Id": P0 + off, "IdStr": str(P0 + off), "UserId": U0 + off, "UserIdStr": str(U0 + off),
                         "FirstName": first, "LastName": last, "MiddleName": middle,
                         "ShortName": f"{last} {first[0]}.{middle[0]}.", "Sex": sex,
                         "DateBirth": "1980-01-01T00:00:00" if off % 2 else "1976-05-12T00:00:00",
                         "Email": "", "Subjects": subj, "HouseMaster": False, "Education": "Высшее",
                         "StartDate": "2015-09-01T00:00:00", "PedagogicalActivityDate": "2005-09-01T00:00:00",
                         "TeachingStaff": True, "NameTeacherPosition": "Учитель"})
    step1 = [rec(f"GET /v2/schools/{SCHOOL}", school, pulled(0, 0)),
             rec(f"GET /v2/schools/{SCHOOL}/edu-groups", all_groups(relay=True), pulled(0, 4)),
             rec(f"GET /v2/schools/{SCHOOL}/subjects", subjects, pulled(0, 7)),
             rec(f"GET /v2/work-types/{SCHOOL}", work_types, pulled(0, 9)),
             rec(f"GET /v2/schools/{SCHOOL}/teachers", teachers, pulled(0, 12))]

    # step 2: the journal, group by group (§7 group-wide ranges), in the order the answers completed
    def clean(l: dict) -> dict:
        return {k: v for k, v in l.items() if k != "_meta"}

    order = [SUB[(c, k)] for c in CLASSES for k in (1, 2)] + [GROUP[c] for c in CLASSES]
    pull_slot = {g: n for n, g in enumerate([x for c in CLASSES for x in (GROUP[c], SUB[(c, 1)], SUB[(c, 2)])])}
    step2 = []
    for g in order:
        n = pull_slot[g]
        step2.append(rec(f"GET /v2/edu-groups/{g}/marks/{RANGE_FROM}/{RANGE_TO}", marks_by_group.get(g, []),
                         pulled(1 + n // 2, 20 + (n % 2) * 20)))
        step2.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={RANGE_FROM}&to={RANGE_TO}",
                         logs_by_group.get(g, []), pulled(1 + n // 2, 25 + (n % 2) * 20)))
        step2.append(rec(f"GET /v2/edu-groups/{g}/lessons/{RANGE_FROM}/{RANGE_TO}",
                         [clean(l) for l in lessons if l["group"] == g], pulled(1 + n // 2, 15 + (n % 2) * 20)))
    # the school's homework bundle (§3.7): works of type Homework, flattened lessons, subjects, teachers
    hw_lessons = []
    for lesson, w in homeworks:
        start, end = BELLS[lesson["number"]]
        hw_lessons.append({"id": lesson["id"], "title": lesson["title"], "date": lesson["date"],
                           "number": lesson["number"], "subjectId": lesson["subject"]["id"],
                           "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
                           "place": None, "floor": None, "hours": f"{start} - {end}",
                           "works": [x["id"] for x in lesson["works"]], "teachers": lesson["teachers"]})
    used_subjects = sorted({l["subject"]["id"] for l, _ in homeworks})
    used_teachers = sorted({l["teachers"][0] for l, _ in homeworks})
    by_person = {P0 + t[0]: t for t in TEACHERS.values()}
    bundle = {"works": [w for _, w in homeworks],
              "subjects": [{"id": s, "name": next(v[1] for v in SUBJECTS.values() if S0 + v[0] == s),
                            "knowledgeAreaId": None} for s in used_subjects],
              "lessons": hw_lessons, "files": [],
              "teachers": [person_obj(t, U0 + by_person[t][0], by_person[t][1], by_person[t][2], by_person[t][3],
                                      by_person[t][4]) for t in used_teachers]}
    step2.append(rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate={RANGE_FROM}&endDate=2026-02-16", bundle,
                     pulled(8, 30)))

    # step 3: rosters and families (§3.8 POST edu-groups, §3.9 contexts), then two pupils' task lists (§3.6)
    groups = {g["id_str"]: g for g in all_groups()}
    memberships = []
    for c in CLASSES:
        for g, sub in [(GROUP[c], None), (SUB[(c, 1)], 1), (SUB[(c, 2)], 2)]:
            memberships.append({"group": groups[str(g)], "students": [
                {"person": person_obj(p, U0 + (p - P0), *PUPILS[c][(p - P0) % 10 - 1]), "membershipstatus": "Active"}
                for p in members(c, sub)]})
    group_ids = [int(g) for g in groups]
    step3 = [rec("POST /v2/edu-groups", memberships, pulled(9, 10), request_body=group_ids)]
    for poff, uoff, last, first, middle, sex, kids in PARENTS:
        person, user = P0 + poff, U0 + uoff
        step3.append(rec(f"GET /v2/users/{user}/context", {
            "userId": user, "userId_str": str(user), "personId": person, "personId_str": str(person),
            "shortName": f"{last} {first[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МАОУ СОШ № 33", "type": "School", "groupIds": []}],
            "eduGroups": [],
            "children": [{"personId": pid(c, i), "personId_str": str(pid(c, i)), "firstName": PUPILS[c][i - 1][1],
                          "lastName": PUPILS[c][i - 1][0], "middleName": PUPILS[c][i - 1][2],
                          "shortName": f"{PUPILS[c][i - 1][0]} {PUPILS[c][i - 1][1][0]}.",
                          "schoolIds": [SCHOOL], "groupIds": [GROUP[c]]} for c, i in kids],
            "splitId": None}, pulled(9, 30 + poff - 91)))
    math = S0 + SUBJECTS["M"][0]
    for c, i in [("5А", 1), ("5Б", 1)]:
        p = pid(c, i)
        tasks = [t for _, w in homeworks for t in w["tasks"] if t["person"] == p and w["subjectId"] == math]
        tasks.sort(key=lambda t: t["targetDate"])
        assert len(tasks) == 3
        for page, chunk in ((1, tasks[:2]), (2, tasks[2:])):
            step3.append(rec(f"GET /v2/persons/{p}/tasks?subject={math}&from={RANGE_FROM}&to=2026-02-16"
                             f"&pageNumber={page}&pageSize=2", chunk, pulled(10, 5 * page + (0 if c == "5А" else 20))))

    journey = {"vendor": "dnevnik_ru", "steps": [
        {"name": "1 first import 2026-02-15 night: the school and its lists (groups, subjects, work types, teachers)",
         "batches": [step1]},
        {"name": "2 the week 2026-02-09..13 of all twelve groups (marks, log entries, lessons), as the answers "
                 "completed, and the school's homework bundle", "batches": [step2]},
        {"name": "3 rosters (POST edu-groups), the parents' contexts and two pupils' paged task lists",
         "batches": [step3]},
    ]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(n, "records")


if __name__ == "__main__":
    main()
