"""Write journey.json: «МАОУ СОШ № 81» (Пермь, UTC+5), Dnevnik.ru, class 6Б and its two English subgroups over two
school weeks (2026-11-16..11-27) as the school's sync job pushes them.

The story: Орлов Максим moves from English subgroup 1 («Анг.я1 С.М», Соколова) to subgroup 2 («Анг.я2 К.А», Кравец)
on Thursday 2026-11-19 (same class 6Б); he has marks and homework in both subgroups. The job pulls the member lists,
the pupils' own schedules and each group's lessons ranges at different times (subgroup 2's ranges in the next
morning's run), and three answers reach the hub after newer ones (a later batch carries an answer pulled earlier):
the Wednesday member lists, Максим's week-1 schedule pulled on Sunday, and subgroup 1's week-2 plan. A dispatcher
first puts a replacement lesson (Tue 11-24 #7) into subgroup 1's journal by mistake and moves it to subgroup 2 on
Monday morning, deleting subgroup 2's Wednesday lesson it replaces; a subgroup-2 homework is corrected (text and due
date) the day after it was set.

Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002810081  # 13-digit school id (§1)
# 19-digit group ids (§1): the three differ only in their last digits, so as doubles they are one number (the captured
# kundelik.kz subgroups, §1, §10 item 1); only int64 or the `_str` twins tell them apart
C, G1, G2 = 2260325488551081872, 2260325488551081873, 2260325488551081876
TIMETABLE = 1000006810081
GCODE = {C: 1, G1: 2, G2: 3}

WT_OU, WT_SR, WT_KR, WT_SD, WT_DZ = 28101, 28102, 28103, 28104, 28105
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_SD, "CommonWork", "Словарный диктант", "СД", 2),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
]
WORK_KIND = {WT_OU: "DefaultNewLessonWork", WT_SR: "CommonWork", WT_KR: "LessonTestWork", WT_SD: "CommonWork"}

SUBJECTS = {  # name -> (id, knowledge area) §3.11
    "Русский язык": (1000003810001, "Филология"), "Литература": (1000003810002, "Филология"),
    "Английский язык": (1000003810003, "Филология"), "Математика": (1000003810004, "Математика"),
    "История": (1000003810005, "Общественные науки"), "Обществознание": (1000003810006, "Общественные науки"),
    "География": (1000003810007, "Естествознание"), "Биология": (1000003810008, "Естествознание"),
    "Музыка": (1000003810009, "Искусство"), "Изобразительное искусство": (1000003810010, "Искусство"),
    "Технология": (1000003810011, "Технология"), "Физическая культура": (1000003810012, "Физическая культура"),
}

# persons: (person id, user id, last, first, middle, sex)
MAKSIM = (1000012810101, 1000011810101, "Орлов", "Максим", "Сергеевич", "Male")
VIKA = (1000012810102, 1000011810102, "Белова", "Виктория", "Андреевна", "Female")
ARTYOM = (1000012810103, 1000011810103, "Гусев", "Артём", "Игоревич", "Male")
POLINA = (1000012810104, 1000011810104, "Жукова", "Полина", "Денисовна", "Female")
TIMUR = (1000012810105, 1000011810105, "Хасанов", "Тимур", "Ринатович", "Male")
DENIS = (1000012810106, 1000011810106, "Ковалёв", "Денис", "Олегович", "Male")
ALISA = (1000012810107, 1000011810107, "Морозова", "Алиса", "Павловна", "Female")
EGOR = (1000012810108, 1000011810108, "Панов", "Егор", "Витальевич", "Male")
ULYANA = (1000012810109, 1000011810109, "Сафина", "Ульяна", "Маратовна", "Female")
LEV = (2260325488551300009, 2260325488551400009, "Шестаков", "Лев", "Андреевич", "Male")  # a newer 19-digit id
PUPILS = [MAKSIM, VIKA, ARTYOM, POLINA, TIMUR, DENIS, ALISA, EGOR, ULYANA, LEV]
G1_STAY = [VIKA, ARTYOM, POLINA, TIMUR]
G2_STAY = [DENIS, ALISA, EGOR, ULYANA, LEV]

NATALYA = (1000012810201, 1000011810201, "Орлова", "Наталья", "Викторовна", "Female")
ANDREY = (1000012810202, 1000011810202, "Белов", "Андрей", "Николаевич", "Male")
IRINA = (1000012810203, 1000011810203, "Ковалёва", "Ирина", "Сергеевна", "Female")
PARENTS = [(NATALYA, [MAKSIM]), (ANDREY, [VIKA]), (IRINA, [DENIS])]

T_LEB = (1000012810301, 1000011810301, "Лебедева", "Ольга", "Николаевна", "Female")
T_GOR = (1000012810302, 1000011810302, "Горбунова", "Елена", "Ивановна", "Female")
T_FOM = (1000012810303, 1000011810303, "Фомин", "Игорь", "Петрович", "Male")
T_ERS = (1000012810304, 1000011810304, "Ершова", "Татьяна", "Львовна", "Female")
T_NIK = (1000012810305, 1000011810305, "Никитин", "Павел", "Андреевич", "Male")
T_PES = (1000012810306, 1000011810306, "Пестова", "Анна", "Юрьевна", "Female")
T_SOK = (1000012810307, 1000011810307, "Соколова", "Марина", "Викторовна", "Female")
T_KRA = (1000012810308, 1000011810308, "Кравец", "Андрей", "Павлович", "Male")
TEACHER = {"Русский язык": T_LEB, "Литература": T_LEB, "Математика": T_GOR, "История": T_FOM,
           "Обществознание": T_FOM, "География": T_ERS, "Биология": T_ERS, "Физическая культура": T_NIK,
           "Технология": T_NIK, "Музыка": T_PES, "Изобразительное искусство": T_PES}
EN_TEACHER = {G1: T_SOK, G2: T_KRA}
ROOM = {"Физическая культура": "Спортзал", "Технология": "Мастерская 2", "Музыка": "Актовый зал"}
EN_ROOM = {G1: "21", G2: "23"}

BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00")}
# the class's week (0 = Monday): slot -> subject. English days keep the class at #2..#5; one subgroup comes for
# English at #1, the other stays for it at #6 (the English teachers cannot both teach 6Б at the same hour)
CLASS_WEEK = [
    {2: "Русский язык", 3: "Математика", 4: "История", 5: "Литература"},
    {1: "Математика", 2: "Русский язык", 3: "Биология", 4: "География", 5: "Музыка", 6: "Физическая культура"},
    {2: "Математика", 3: "Русский язык", 4: "Литература", 5: "Физическая культура"},
    {2: "Математика", 3: "Русский язык", 4: "История", 5: "Изобразительное искусство"},
    {1: "Математика", 2: "Русский язык", 3: "Литература", 4: "Технология", 5: "Физическая культура",
     6: "Обществознание"},
]
EN_WEEK = {G1: {0: 1, 2: 6, 3: 6}, G2: {0: 6, 2: 1, 3: 1}}  # weekday -> slot

TOPICS = {
    "Русский язык": ["Имя прилагательное как часть речи", "Степени сравнения имён прилагательных",
                     "Разряды прилагательных по значению", "Качественные прилагательные",
                     "Относительные прилагательные", "Притяжательные прилагательные",
                     "Морфологический разбор имени прилагательного", "Не с именами прилагательными",
                     "Буквы о и е после шипящих и ц в суффиксах прилагательных",
                     "Одна и две буквы н в суффиксах прилагательных"],
    "Математика": ["Отношения", "Пропорции", "Основное свойство пропорции", "Решение задач с помощью пропорций",
                   "Прямая и обратная пропорциональные зависимости", "Решение задач на пропорциональность",
                   "Контрольная работа № 4 «Отношения и пропорции»", "Анализ контрольной работы", "Масштаб",
                   "Длина окружности и площадь круга"],
    "Литература": ["Н. А. Некрасов. «Железная дорога»", "Картины подневольного труда в стихотворении Некрасова",
                   "Н. С. Лесков. «Левша»", "Гордость писателя за народ в сказе «Левша»",
                   "Особенности языка сказа «Левша»", "Р. р. Подготовка к сочинению по сказу «Левша»"],
    "История": ["Русь в середине XII — начале XIII в.", "Владимиро-Суздальское княжество", "Новгородская республика",
                "Южные и юго-западные русские княжества"],
    "Обществознание": ["Человек и его деятельность", "Труд — основа жизни"],
    "Биология": ["Строение корня", "Видоизменения корней"],
    "География": ["Атмосфера: строение, значение, изучение", "Температура воздуха"],
    "Музыка": ["Образы романсов и песен русских композиторов", "Два музыкальных посвящения"],
    "Изобразительное искусство": ["Пейзаж — большой мир", "Пейзаж настроения"],
    "Технология": ["Технология приготовления блюд из круп", "Практическая работа «Приготовление каши»"],
    "Физическая культура": ["Акробатика: кувырок вперёд", "Акробатика: кувырок назад", "Стойка на лопатках",
                            "Опорный прыжок", "Лазание по канату", "Эстафеты с элементами акробатики"],
}
EN_TOPICS = {
    G1: ["Module 3a: My dream house", "Module 3b: Moving house", "Module 3c: My bedroom",
         "Module 3d: Typically British homes", "Module 3e: Describing a room", "Progress Check 3"],
    G2: ["Present Simple: affirmative", "Present Simple: questions and negatives", "Adverbs of frequency",
         "Vocabulary: daily routines", "Writing: an e-mail about my day", "Test: Present Simple"],
}

WEEK1, WEEK2 = D(2026, 11, 16), D(2026, 11, 23)
DAYS = [WEEK1 + dt.timedelta(days=i) for i in range(5)] + [WEEK2 + dt.timedelta(days=i) for i in range(5)]
SWITCH = D(2026, 11, 19)
SWITCH_AT = "2026-11-19T07:30"  # the deputy head moves Максим to subgroup 2 before Thursday's first lesson
MADE_AT = "2026-11-20T16:00"  # the dispatcher creates the replacement lesson Tue 11-24 #7 in subgroup 1's journal
FIX_AT = "2026-11-23T07:30"  # ...moves it to subgroup 2 and deletes subgroup 2's Wednesday 11-25 lesson it replaces
HW_FIX_AT = "2026-11-24T10:00"  # Кравец corrects the homework he set on Monday 11-23


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+05:00"}


def lesson_id(g, day, n):
    return 2260325488560000000 + GCODE[g] * 100000 + (day - D(2026, 9, 1)).days * 10 + n


def local(lid):
    return lid % 10_000_000


# --- the journal: lessons, works, marks, log entries, homework -------------------------------------------------------


def build_lessons():
    out, counters = {}, {}
    for day in DAYS:
        wd = day.weekday()
        for n, subject in sorted(CLASS_WEEK[wd].items()):
            k = counters[subject] = counters.get(subject, -1) + 1
            lid = lesson_id(C, day, n)
            out[lid] = {"id": lid, "day": day, "n": n, "subject": subject, "group": C, "teacher": TEACHER[subject],
                        "room": ROOM.get(subject, "14"), "title": TOPICS[subject][k], "title_at": None}
        for g in (G1, G2):
            if wd in EN_WEEK[g]:
                n = EN_WEEK[g][wd]
                lid = lesson_id(g, day, n)
                out[lid] = {"id": lid, "day": day, "n": n, "subject": "Английский язык", "group": g,
                            "teacher": EN_TEACHER[g], "room": EN_ROOM[g], "title": None, "title_at": None}
    for g in (G1, G2):  # each subgroup's English topics in its own order (subgroup 2 fills its topics after class)
        mine = sorted((l for l in out.values() if l["group"] == g), key=lambda l: l["day"])
        for i, lesson in enumerate(mine):
            lesson["title"] = EN_TOPICS[g][i]
            if g == G2:
                lesson["title_at"] = f"{lesson['day']}T15:00"
    return out


LESSONS = build_lessons()
G2_WED = lesson_id(G2, D(2026, 11, 25), 1)  # deleted at FIX_AT (Кравец at a seminar on Wednesday)
LESSONS[G2_WED]["gone_at"] = FIX_AT
LESSONS[G2_WED]["title_at"] = "2099-01-01T00:00"  # never filled: deleted before it was held
REPL = lesson_id(G1, D(2026, 11, 24), 7)  # the replacement lesson, created in subgroup 1's journal by mistake
LESSONS[REPL] = {"id": REPL, "day": D(2026, 11, 24), "n": 7, "subject": "Английский язык", "group": G2,
                 "teacher": T_KRA, "room": "23", "title": "Reading: a day in the life of a British teenager",
                 "title_at": "2026-11-24T15:00", "made_at": MADE_AT, "moved_at": FIX_AT}


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["day"] == day and l["n"] == n and
                (l["group"] == g or l["id"] == REPL and g in (G1, G2)))


def exists(lesson, t):
    return lesson.get("made_at", "") <= t < lesson.get("gone_at", "9999")


def group_at(lesson, t):
    if lesson["id"] == REPL and t < FIX_AT:
        return G1
    return lesson["group"]


def view(lesson, t):
    """The lesson as the journal holds it at local time t (a 'YYYY-MM-DDTHH:MM' string)."""
    g = group_at(lesson, t)
    moved_out = lesson["id"] == REPL and t < FIX_AT
    title = lesson["title"] if not lesson["title_at"] or t >= lesson["title_at"] else ""
    return {"group": g, "teacher": T_SOK if moved_out else lesson["teacher"], "room": "21" if moved_out else
            lesson["room"], "title": "" if moved_out else title}


def en_group(p, day, t):
    """The English subgroup a pupil is in on a day, as the journal knows it at time t."""
    if p in G1_STAY:
        return G1
    if p in G2_STAY:
        return G2
    if t < SWITCH_AT:
        return G1
    return G1 if day < SWITCH else G2


def members(g, t):
    if g == C:
        return PUPILS
    base = list(G1_STAY if g == G1 else G2_STAY)
    if (g == G1) == (t < SWITCH_AT):
        base.insert(0, MAKSIM)
    return base


# extra works on a lesson: (group, day, slot) -> (work type, slot index 1..)
TESTS = {(G2, D(2026, 11, 19), 1): WT_SD, (G1, D(2026, 11, 19), 6): WT_SD, (G2, D(2026, 11, 26), 1): WT_KR,
         (G1, D(2026, 11, 26), 6): WT_KR, (C, D(2026, 11, 24), 1): WT_KR, (C, D(2026, 11, 20), 2): WT_SR}


def default_work(lid):
    return 2260325488570000000 + local(lid)


def test_work(lid):
    return 2260325488575000000 + local(lid)


def hw_work(lid):
    return 2260325488580000000 + local(lid)


def test_type(lesson):
    for (g, day, n), wt in TESTS.items():
        if lesson["day"] == day and lesson["n"] == n and (lesson["group"] == g or lesson["id"] == REPL and g != C):
            if lesson["id"] == lesson_at(g, day, n)["id"]:
                return wt
    return None


# homework: (group, day, slot) -> [(from time, text, due)], tasks for the group's members when set
HW = {
    (G1, D(2026, 11, 16), 1): [("", "Workbook p. 20, ex. 1, 2", D(2026, 11, 18))],
    (G1, D(2026, 11, 18), 6): [("", "SB p. 38, ex. 4 (письменно); слова модуля 3c наизусть", D(2026, 11, 19))],
    (G1, D(2026, 11, 19), 6): [("", "Workbook p. 22, ex. 3, 4", D(2026, 11, 23))],
    (G1, D(2026, 11, 23), 1): [("", "SB p. 42, ex. 6: описать свою комнату (8–10 предложений)", D(2026, 11, 25))],
    (G1, D(2026, 11, 25), 6): [("", "Подготовиться к Progress Check 3: SB p. 46", D(2026, 11, 26))],
    (G2, D(2026, 11, 16), 6): [("", "Workbook p. 18, ex. 2, 3", D(2026, 11, 18))],
    (G2, D(2026, 11, 18), 1): [("", "Выучить слова Vocabulary 3 (SB p. 35)", D(2026, 11, 19))],
    (G2, D(2026, 11, 19), 1): [("", "SB p. 36, ex. 7: пять предложений о своём дне", D(2026, 11, 23))],
    (G2, D(2026, 11, 23), 6): [("", "Workbook p. 34, ex. 5", D(2026, 11, 25)),
                               (HW_FIX_AT, "Workbook p. 43, ex. 5, 6", D(2026, 11, 26))],
    (G2, D(2026, 11, 24), 7): [("", "Повторить Present Simple: SB p. 40, ex. 1–3", D(2026, 11, 26))],
    (C, D(2026, 11, 16), 3): [("", "№ 712, 715", D(2026, 11, 17))],
    (C, D(2026, 11, 17), 2): [("", "Упр. 289", D(2026, 11, 19))],
    (C, D(2026, 11, 18), 4): [("", "Выучить наизусть отрывок из «Железной дороги» (до слов «Прямо дороженька…»)",
                               D(2026, 11, 23))],
    (C, D(2026, 11, 19), 4): [("", "§ 12, вопросы 1–3 письменно", D(2026, 11, 23))],
    (C, D(2026, 11, 20), 1): [("", "№ 761, 763, 770", D(2026, 11, 23))],
    (C, D(2026, 11, 23), 2): [("", "Упр. 301, 305", D(2026, 11, 25))],
    (C, D(2026, 11, 24), 4): [("", "§ 18, заполнить таблицу «Слои атмосферы»", D(2026, 12, 1))],
    (C, D(2026, 11, 25), 2): [("", "Повторить п. 21–23; № 812, 815", D(2026, 11, 26))],
    (C, D(2026, 11, 27), 3): [("", "Сочинение «Чем удивил меня Левша»", D(2026, 12, 4))],
}


def homework_of(lesson):
    for (g, day, n), states in HW.items():
        if lesson["day"] == day and lesson["n"] == n and lesson["id"] == lesson_at(g, day, n)["id"]:
            return g, states
    return None


def set_at(lesson):
    return f"{lesson['day']}T14:{10 + lesson['n']}"


def hw_state(lesson, t):
    """(text, due, tasks' pupils) of the lesson's homework at time t, or None (not set yet)."""
    found = homework_of(lesson)
    if not found or t < set_at(lesson):
        return None
    g, states = found
    text, due = next((x, d) for at, x, d in reversed(states) if t >= at)
    # §3.6: one task per pupil of the group the day it was set (a task is made when the homework is assigned)
    return text, due, members(g, f"{lesson['day']}T{BELLS[lesson['n']][0]}")


# marks: (group, day, slot, pupil, value, work type, set at, [(changed at, value)])
MARKS = [
    (G1, D(2026, 11, 16), 1, MAKSIM, "4", WT_OU, "2026-11-16T08:31:37.42", []),
    (G1, D(2026, 11, 16), 1, VIKA, "5", WT_OU, "2026-11-16T08:32:05.1", []),
    (G1, D(2026, 11, 16), 1, ARTYOM, "3", WT_OU, "2026-11-16T08:33:48.903", []),
    (G1, D(2026, 11, 18), 6, MAKSIM, "3", WT_OU, "2026-11-18T13:02:14.5", [("2026-11-19T16:05:12.37", "4")]),
    (G1, D(2026, 11, 18), 6, VIKA, "4-", WT_OU, "2026-11-18T13:03:02.77", []),
    (G1, D(2026, 11, 19), 6, VIKA, "5", WT_SD, "2026-11-19T13:02:40.6", []),
    (G1, D(2026, 11, 19), 6, POLINA, "4", WT_SD, "2026-11-19T13:03:11.18", []),
    (G1, D(2026, 11, 23), 1, VIKA, "4", WT_OU, "2026-11-23T08:29:55.2", []),
    (G1, D(2026, 11, 26), 6, VIKA, "5", WT_KR, "2026-11-26T15:40:02.815", []),
    (G1, D(2026, 11, 26), 6, ARTYOM, "3", WT_KR, "2026-11-26T15:41:30.3", []),
    (G2, D(2026, 11, 16), 6, DENIS, "4", WT_OU, "2026-11-16T13:04:09.61", []),
    (G2, D(2026, 11, 18), 1, ALISA, "5", WT_OU, "2026-11-18T08:34:50.4", []),
    (G2, D(2026, 11, 19), 1, MAKSIM, "3", WT_SD, "2026-11-19T08:38:27.06", []),
    (G2, D(2026, 11, 19), 1, DENIS, "5", WT_SD, "2026-11-19T08:38:51.7", []),
    (G2, D(2026, 11, 23), 6, MAKSIM, "5", WT_OU, "2026-11-23T13:00:44.1", []),
    (G2, D(2026, 11, 24), 7, MAKSIM, "4+", WT_OU, "2026-11-24T13:55:16.25", []),
    (G2, D(2026, 11, 24), 7, DENIS, "4", WT_OU, "2026-11-24T13:56:02.9", []),
    (G2, D(2026, 11, 26), 1, MAKSIM, "4", WT_KR, "2026-11-26T16:12:33.5", []),
    (G2, D(2026, 11, 26), 1, DENIS, "3", WT_KR, "2026-11-26T16:13:07.47", []),
    (C, D(2026, 11, 16), 3, MAKSIM, "5", WT_OU, "2026-11-16T10:17:10.3", []),
    (C, D(2026, 11, 17), 2, MAKSIM, "4", WT_OU, "2026-11-17T09:26:42.11", []),
    (C, D(2026, 11, 18), 2, VIKA, "4", WT_OU, "2026-11-18T09:26:19.8", []),
    (C, D(2026, 11, 19), 4, DENIS, "4", WT_OU, "2026-11-19T11:22:58.04", []),
    (C, D(2026, 11, 20), 2, VIKA, "3", WT_SR, "2026-11-20T17:45:30.2", []),
    (C, D(2026, 11, 20), 2, DENIS, "5", WT_SR, "2026-11-20T17:46:01.66", []),
    (C, D(2026, 11, 20), 2, MAKSIM, "4-", WT_SR, "2026-11-20T17:46:40.9", []),
    (C, D(2026, 11, 24), 1, MAKSIM, "3", WT_KR, "2026-11-24T18:02:13.5", []),
    (C, D(2026, 11, 24), 1, DENIS, "4-", WT_KR, "2026-11-24T18:03:44.08", []),
    (C, D(2026, 11, 24), 4, MAKSIM, "5", WT_OU, "2026-11-24T11:21:07.9", []),
    (C, D(2026, 11, 27), 3, MAKSIM, "5", WT_OU, "2026-11-27T10:24:31.35", []),
]
# attendance: (group, day, slot, pupil, status, comment, created)
LOG = [
    (G2, D(2026, 11, 19), 1, MAKSIM, "Late", "первый урок в группе: искал кабинет 23", "2026-11-19T08:12:40.51"),
    (C, D(2026, 11, 20), 5, MAKSIM, "Pass", "освобождён от физкультуры (справка)", "2026-11-20T11:41:03.2"),
    (C, D(2026, 11, 23), 2, DENIS, "Late", "", "2026-11-23T08:59:55.7"),
    *[(C, D(2026, 11, 24), n, VIKA, "Ill", "ОРВИ, справка", f"2026-11-24T{BELLS[n][0]}:2{n}.4") for n in range(1, 7)],
    (G1, D(2026, 11, 25), 6, ARTYOM, "Absent", "", "2026-11-25T12:32:31.09"),
    (G1, D(2026, 11, 26), 6, TIMUR, "Absent", "", "2026-11-26T12:33:18.6"),
]


def mood(value):
    return {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]


def works_of(lesson, t):
    """The lesson's works at time t (§3.2): its default work (the marks' column), a test work, its homework."""
    v = view(lesson, t)
    subj = SUBJECTS[lesson["subject"]][0]
    lid = lesson["id"]
    common = {"lesson": lid, "lesson_str": str(lid), "eduGroup": v["group"], "eduGroup_str": str(v["group"]),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": subj, "createdBy": v["teacher"][0], "files": [],
              "oneDriveLinks": []}
    out = [{**ids(default_work(lid)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    wt = test_type(lesson)
    if wt:
        out.append({**ids(test_work(lid)), "type": WORK_KIND[wt], "workType": wt, "markType": "mark5",
                    "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [],
                    "text": {WT_SD: "Словарный диктант", WT_KR: "Контрольная работа", WT_SR: "Самостоятельная работа"}[wt],
                    "isImportant": wt == WT_KR, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common})
    hw = hw_state(lesson, t)
    if hw:
        text, due, pupils = hw
        wid = hw_work(lid)
        tasks = [{**ids(2260325488590000000 + local(lid) * 100 + PUPILS.index(p)), "person": p[0],
                  "person_str": str(p[0]), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for p in pupils]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{set_at(lesson)}:05.3", **common})
    return out


def entity_lesson(lesson, t):
    """§3.4 Lesson as a lessons range or `lessons/{id}` returns it."""
    v = view(lesson, t)
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["n"]][0]
    return {**ids(lesson["id"]), "title": v["title"], "date": f"{lesson['day']}T{start}:00", "number": lesson["n"],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": v["group"], "status": "Planned" if t < f"{lesson['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, t), "teachers": [v["teacher"][0]],
            "teachers_str": [str(v["teacher"][0])]}


def flat_lesson(lesson, t):
    """§3.4 the flattened lesson of the schedules and homeworks bundles (no group, no `id_str`)."""
    e = entity_lesson(lesson, t)
    v = view(lesson, t)
    a, b = BELLS[lesson["n"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"], "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Основной корпус", "place": v["room"],
            "floor": "2" if v["room"] in ("21", "23", "14") else "1", "hours": f"{a} - {b}",
            "works": [w["id"] for w in e["works"]], "teachers": e["teachers"]}


def lessons_range(g, a, b, t):
    out = [entity_lesson(l, t) for l in LESSONS.values()
           if exists(l, t) and group_at(l, t) == g and a <= l["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_state(m, t):
    g, day, n, p, value, wt, stamp, changes = m
    if t < stamp[:16]:
        return None
    for at, new in changes:
        if t >= at[:16]:
            value, stamp = new, at
    return value, stamp


def mark_obj(m, t):
    g, day, n, p, _, wt, _, _ = m
    value, stamp = mark_state(m, t)
    lesson = lesson_at(g, day, n)
    wid = default_work(lesson["id"]) if wt == WT_OU else test_work(lesson["id"])
    mid = 2260325488600000000 + local(lesson["id"]) * 1000 + (0 if wt == WT_OU else 100) + PUPILS.index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": wid, "work_str": str(wid), "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0,
            "date": stamp, "workType": wt, "mood": mood(value), "use_avg_calc": True}


def marks_range(g, a, b, t):
    out = []
    for m in MARKS:
        lesson = lesson_at(m[0], m[1], m[2])
        if group_at(lesson, t) == g and a <= lesson["day"] <= b and mark_state(m, t):
            out.append(mark_obj(m, t))
    return sorted(out, key=lambda x: x["date"])


def log_obj(e):
    g, day, n, p, status, comment, created = e
    lesson = lesson_at(g, day, n)
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": created}


def log_range(g, a, b, t):
    return [log_obj(e) for e in LOG if group_at(lesson_at(e[0], e[1], e[2]), t) == g and a <= e[1] <= b
            and t >= e[6][:16]]


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def teacher_obj(p):
    return person(p)


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): every Homework work whose lesson or due date lies in the range."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for lesson in sorted(LESSONS.values(), key=lambda l: l["id"]):
        hw = hw_state(lesson, t) if exists(lesson, t) else None
        if not hw or not (a <= lesson["day"] <= b or a <= hw[1] <= b):
            continue
        works += [w for w in works_of(lesson, t) if w["type"] == "Homework"]
        lessons.append(flat_lesson(lesson, t))
        v = view(lesson, t)
        teachers[v["teacher"][0]] = teacher_obj(v["teacher"])
        subjects[lesson["subject"]] = {"id": SUBJECTS[lesson["subject"]][0], "name": lesson["subject"],
                                       "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": [teachers[k] for k in sorted(teachers)]}


def pupils_lessons(p, day, t):
    out = []
    for lesson in LESSONS.values():
        if lesson["day"] != day or not exists(lesson, t):
            continue
        g = group_at(lesson, t)
        if g == C or g == en_group(p, day, t):
            out.append(lesson)
    return sorted(out, key=lambda l: l["n"])


def schedules(p, a, b, t):
    """persons/{p}/groups/{g}/schedules (§0): the pupil's own days: his lessons (his class's and his subgroup's
    that day), his marks and log entries, the works and homework of his lessons."""
    days, day = [], a
    while day <= b:
        ls = pupils_lessons(p, day, t)
        lids = {l["id"] for l in ls}
        works = [w for l in ls for w in works_of(l, t)]
        marks = [mark_obj(m, t) for m in MARKS if m[3] == p and lesson_at(m[0], m[1], m[2])["id"] in lids
                 and mark_state(m, t)]
        logs = [log_obj(e) for e in LOG if e[3] == p and lesson_at(e[0], e[1], e[2])["id"] in lids and t >= e[6][:16]]
        subjects = {}
        for l in ls:
            subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
        teachers = {}
        for l in ls:
            tp = view(l, t)["teacher"]
            teachers[tp[0]] = teacher_obj(tp)
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, t) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subjects.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": title, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, title, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs, "teachers": [teachers[k] for k in sorted(teachers)], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=2)}T00:00:00"  # the next school day after Saturday is Monday
    return {"days": days}


def group_obj(g):
    if g == C:
        return {**ids(C), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
                "parallel": 6, "timetable": TIMETABLE, "timetable_str": str(TIMETABLE), "status": "Active",
                "studyyear": 2026, "educationType": "Regular", "subjects": []}
    name, full = ("Анг.я1 С.М", "Соколова М.В.") if g == G1 else ("Анг.я2 К.А", "")
    return {**ids(g), "parentIds": [C], "parentIds_str": [str(C)], "type": "Subgroup", "name": name,
            "fullName": full, "parallel": 6, "timetable": TIMETABLE, "timetable_str": str(TIMETABLE),
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": []}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «СОШ № 81»", "type": "School",
                                                           "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [C]} for c in children],
            "splitId": None}


PERIODS = [(1000007810001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007810002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007810003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
           (1000007810004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008810001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008810002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008810003, "2027-03-22", "2027-03-29", "Весенние каникулы")]


def rpg():
    rid = 1000009810081
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetables():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TIMETABLE * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


# --- the sync job ------------------------------------------------------------------------------------------------


def clock(stamp):
    base = dt.datetime.fromisoformat(stamp)

    def at(minutes=0, seconds=0):
        return (base + dt.timedelta(minutes=minutes, seconds=seconds)).isoformat()
    return at


def sched_rec(p, a, b, stamp):
    return rec(f"GET /v2/persons/{p[0]}/groups/{C}/schedules?startDate={a}&endDate={b}",
               schedules(p, a, b, stamp[:16]), stamp)


def member_recs(stamp):
    at = clock(stamp)
    return [rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in members(g, stamp[:16])], at(seconds=10 * i))
            for i, g in enumerate((C, G1, G2))]


def evening(day, stamp):
    """The evening run (19:00): the week so far of marks and log entries of each group, the day's lessons of the
    class and of subgroup 1, and the homework of this week and the next."""
    at = clock(stamp)
    monday = day - dt.timedelta(days=day.weekday())
    out = []
    for i, g in enumerate((C, G1, G2)):
        t = at(seconds=10 * i)
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{day}", marks_range(g, monday, day, t[:16]), t))
    for i, g in enumerate((C, G1)):
        t = at(1, 10 * i)
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{day}/{day}", lessons_range(g, day, day, t[:16]), t))
    for i, g in enumerate((C, G1, G2)):
        t = at(2, 10 * i)
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={day}",
                       log_range(g, monday, day, t[:16]), t))
    t = at(3)
    end = monday + dt.timedelta(days=13)
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={end}",
                   homework_bundle(monday, end, t[:16]), t))
    return out


def morning(day, stamp):
    """The morning run (07:40): subgroup 2's lessons of the day before (its teacher fills topics after class)."""
    return [rec(f"GET /v2/edu-groups/{G2}/lessons/{day}/{day}", lessons_range(G2, day, day, stamp[:16]), stamp)]


def week_plan(g, monday, stamp):
    sat = monday + dt.timedelta(days=5)
    return rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{sat}", lessons_range(g, monday, sat, stamp[:16]), stamp)


def main():
    sat1, sat2 = WEEK1 + dt.timedelta(days=5), WEEK2 + dt.timedelta(days=5)
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «СОШ № 81»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя "
                                                 "общеобразовательная школа № 81» г. Перми",
                                     "avatarSmall": None, "city": "Пермь", "municipality": "г. Пермь", "regionId": 59,
                                     "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "59."},
            "2026-11-15T20:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": title,
                                         "abbr": ab, "weight": w} for i, k, title, ab, w in WORK_TYPES],
            "2026-11-15T20:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (C, G1, G2)], "2026-11-15T20:00:40"),
        *member_recs("2026-11-15T20:01:00"),
        rec(f"GET /v2/persons/{MAKSIM[0]}/edu-groups", [group_obj(C), group_obj(G1)], "2026-11-15T20:01:40"),
        rec(f"GET /v2/edu-groups/{C}/timetables", timetables(), "2026-11-15T20:02:00"),
        *[rec(f"GET /v2/users/{parent[1]}/context", context(parent, kids), f"2026-11-15T20:02:{20 + 10 * i}")
          for i, (parent, kids) in enumerate(PARENTS)],
        rec(f"GET /v2/edu-groups/{C}/reporting-period-group", rpg(), "2026-11-15T20:03:00"),
        week_plan(C, WEEK1, "2026-11-15T20:05:00"),
        week_plan(G1, WEEK1, "2026-11-15T20:05:20"),
        sched_rec(VIKA, WEEK1, sat1, "2026-11-15T20:31:00"),
    ]
    maksim_sunday = sched_rec(MAKSIM, WEEK1, sat1, "2026-11-15T20:30:00")  # its delivery failed: sent on Thursday
    wed_lists = member_recs("2026-11-18T19:10:00")  # their delivery failed: sent on Friday, after Friday's lists
    g1_week2 = week_plan(G1, WEEK2, "2026-11-22T20:05:20")  # delivery failed: sent on Monday after the fix's pulls

    steps = [
        ("1. Sun 11-15 20:00: school, work types, groups, members, bells, parents, periods; week 1 planned "
         "(class, subgroup 1); Виктория's week (Максим's week pulled 20:30 is not delivered)", [setup]),
        ("2. Mon 11-16 07:40: subgroup 2's week 1 planned; Денис's week",
         [[week_plan(G2, WEEK1, "2026-11-16T07:40:00"), sched_rec(DENIS, WEEK1, sat1, "2026-11-16T07:45:00")]]),
        ("3. Mon 11-16 19:00 evening run", [evening(D(2026, 11, 16), "2026-11-16T19:00:00")]),
        ("4. Tue 11-17 07:40 subgroup 2's Monday; 19:00 evening run",
         [morning(D(2026, 11, 16), "2026-11-17T07:40:00"), evening(D(2026, 11, 17), "2026-11-17T19:00:00")]),
        ("5. Wed 11-18 07:40 subgroup 2's Tuesday; 19:00 evening run (the 19:10 member lists are not delivered)",
         [morning(D(2026, 11, 17), "2026-11-18T07:40:00"), evening(D(2026, 11, 18), "2026-11-18T19:00:00")]),
        ("6. Thu 11-19 (Максим in subgroup 2 since 07:30): 07:40 subgroup 2's Wednesday; 19:00 evening run; 19:20 "
         "Максим's week; then his week pulled on Sunday 11-15 20:30, delivered late",
         [morning(D(2026, 11, 18), "2026-11-19T07:40:00"),
          evening(D(2026, 11, 19), "2026-11-19T19:00:00") + [sched_rec(MAKSIM, WEEK1, sat1, "2026-11-19T19:20:00")],
          [maksim_sunday]]),
        ("7. Fri 11-20 07:40 subgroup 2's Thursday; 19:00 evening run; 19:10 member lists; 19:25 Виктория's and "
         "Денис's weeks; then Wednesday's member lists (pulled 11-18 19:10), delivered late",
         [morning(D(2026, 11, 19), "2026-11-20T07:40:00"),
          evening(D(2026, 11, 20), "2026-11-20T19:00:00") + member_recs("2026-11-20T19:10:00")
          + [sched_rec(VIKA, WEEK1, sat1, "2026-11-20T19:25:00"), sched_rec(DENIS, WEEK1, sat1, "2026-11-20T19:26:00")],
          wed_lists]),
        ("8. Sat 11-21 07:40: subgroup 2's Friday", [morning(D(2026, 11, 20), "2026-11-21T07:40:00")]),
        ("9. Sun 11-22 20:00: members, Максим's groups, week 2 planned (class; subgroup 1's range pulled 20:05 is not "
         "delivered), the three pupils' weeks",
         [member_recs("2026-11-22T20:00:00") + [
             rec(f"GET /v2/persons/{MAKSIM[0]}/edu-groups", [group_obj(C), group_obj(G2)], "2026-11-22T20:00:40"),
             week_plan(C, WEEK2, "2026-11-22T20:05:00"),
             sched_rec(MAKSIM, WEEK2, sat2, "2026-11-22T20:30:00"), sched_rec(VIKA, WEEK2, sat2, "2026-11-22T20:31:00"),
             sched_rec(DENIS, WEEK2, sat2, "2026-11-22T20:32:00")]]),
        ("10. Mon 11-23 07:40 (the dispatcher's fix at 07:30): both subgroups' week 2; then subgroup 1's week 2 "
         "pulled Sunday 20:05, delivered late",
         [[week_plan(G1, WEEK2, "2026-11-23T07:40:00"), week_plan(G2, WEEK2, "2026-11-23T07:40:20")], [g1_week2]]),
        ("11. Mon 11-23 19:00 evening run", [evening(D(2026, 11, 23), "2026-11-23T19:00:00")]),
        ("12. Tue 11-24 07:40 subgroup 2's Monday; 19:00 evening run; 19:20 Максим's week",
         [morning(D(2026, 11, 23), "2026-11-24T07:40:00"),
          evening(D(2026, 11, 24), "2026-11-24T19:00:00") + [sched_rec(MAKSIM, WEEK2, sat2, "2026-11-24T19:20:00")]]),
        ("13. Wed 11-25 07:40 subgroup 2's Tuesday; 19:00 evening run",
         [morning(D(2026, 11, 24), "2026-11-25T07:40:00"), evening(D(2026, 11, 25), "2026-11-25T19:00:00")]),
        ("14. Thu 11-26 07:40 subgroup 2's Wednesday; 19:00 evening run",
         [morning(D(2026, 11, 25), "2026-11-26T07:40:00"), evening(D(2026, 11, 26), "2026-11-26T19:00:00")]),
        ("15. Fri 11-27 07:40 subgroup 2's Thursday; 19:00 evening run; member lists; the three pupils' weeks",
         [morning(D(2026, 11, 26), "2026-11-27T07:40:00"),
          evening(D(2026, 11, 27), "2026-11-27T19:00:00") + member_recs("2026-11-27T19:10:00")
          + [sched_rec(p, WEEK2, sat2, f"2026-11-27T19:2{i}:00") for i, p in enumerate((MAKSIM, VIKA, DENIS))]]),
        ("16. Sat 11-28 07:40: subgroup 2's Friday", [morning(D(2026, 11, 27), "2026-11-28T07:40:00")]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «СОШ № 81» (Пермь, UTC+5), 6Б and its English subgroups, 2026-11-16..11-27: Орлов Максим "
                       "moves from subgroup 1 to subgroup 2 on Thursday 11-19 with marks and homework on both sides; "
                       "member lists, pupils' schedules and group ranges pulled at different times, three answers "
                       "delivered after newer ones; a replacement lesson moved from subgroup 1's journal to subgroup "
                       "2's; a homework corrected the day after it was set.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «СОШ № 81»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for _, bs in steps for b in bs)
    print(f"{n} records in {len(steps)} steps")


if __name__ == "__main__":
    main()
