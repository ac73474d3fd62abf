"""Write journey.json: «ГБОУ Школа № 69» (Москва, Europe/Moscow), Dnevnik.ru, classes 5А and 5Б on quarters, the
fortnight 2027-01-18..01-29 of the third quarter, as an ordinary integrator's sync job pulls it after reading the
reference once: reference data on Sunday, each week's plan, a mid-week pull (sent twice: a network retry), the
week's closing pull with the corrections the journal got meanwhile, and the 2nd quarter's final marks and averages.
English and technology are taught in subgroups. Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002690069
SCHOOL_NAME = "ГБОУ Школа № 69"
TZ = "+03:00"

# --- groups (§3.8): two classes, each with two English and two technology subgroups ------------------------------
GA, GB = 2260325488569100051, 2260325488569100052
TT = {GA: 1000006690051, GB: 1000006690052}
SUB = {  # subgroup id -> (class, subject key, name, full name (the teacher, as captured for subgroups))
    2260325488569100061: (GA, "ENG", "5А англ. 1 гр.", "Орлова Е. В."),
    2260325488569100062: (GA, "ENG", "5А англ. 2 гр.", "Громов П. С."),
    2260325488569100063: (GA, "TEC", "5А технология (дев.)", "Зайцева Н. П."),
    2260325488569100064: (GA, "TEC", "5А технология (мальч.)", "Фёдоров В. И."),
    2260325488569100071: (GB, "ENG", "5Б англ. 1 гр.", "Орлова Е. В."),
    2260325488569100072: (GB, "ENG", "5Б англ. 2 гр.", "Громов П. С."),
    2260325488569100073: (GB, "TEC", "5Б технология (дев.)", "Зайцева Н. П."),
    2260325488569100074: (GB, "TEC", "5Б технология (мальч.)", "Фёдоров В. И."),
}
CLASS_NAME = {GA: "5А", GB: "5Б"}

SUBJECTS = {  # key -> (id, name, knowledge area)
    "RUS": (1000003690001, "Русский язык", "Филология"),
    "LIT": (1000003690002, "Литература", "Филология"),
    "MAT": (1000003690003, "Математика", "Математика и информатика"),
    "HIS": (1000003690004, "История", "Общественно-научные предметы"),
    "BIO": (1000003690005, "Биология", "Естественно-научные предметы"),
    "GEO": (1000003690006, "География", "Общественно-научные предметы"),
    "ENG": (1000003690007, "Английский язык", "Иностранные языки"),
    "TEC": (1000003690008, "Технология", "Технология"),
    "IZO": (1000003690009, "Изобразительное искусство", "Искусство"),
    "MUS": (1000003690010, "Музыка", "Искусство"),
    "PE": (1000003690011, "Физическая культура", "Физическая культура"),
}

# persons: (person id, user id, last, first, middle, sex)
A1 = (1000012690101, 1000011690101, "Смирнова", "Анна", "Сергеевна", "Female")
A2 = (1000012690102, 1000011690102, "Кузнецов", "Илья", "Дмитриевич", "Male")
A3 = (1000012690103, 1000011690103, "Попов", "Максим", "Андреевич", "Male")
A4 = (1000012690104, 1000011690104, "Васильева", "Полина", "Олеговна", "Female")
B1 = (1000012690201, 1000011690201, "Смирнов", "Артём", "Сергеевич", "Male")
B2 = (1000012690202, 1000011690202, "Павлова", "Дарья", "Игоревна", "Female")
B3 = (1000012690203, 1000011690203, "Морозова", "Ксения", "Алексеевна", "Female")
B4 = (2260325488569300204, 2260325488569400204, "Волков", "Егор", "Романович", "Male")  # a 19-digit id (§1)
PUPILS = {GA: [A1, A2, A3, A4], GB: [B1, B2, B3, B4]}
MEMBERS = {  # subgroup -> pupils
    2260325488569100061: [A1, A3], 2260325488569100062: [A2, A4],
    2260325488569100063: [A1, A4], 2260325488569100064: [A2, A3],
    2260325488569100071: [B2, B3], 2260325488569100072: [B1, B4],
    2260325488569100073: [B2, B3], 2260325488569100074: [B1, B4],
}
P_OLGA = (1000012690301, 1000011690301, "Смирнова", "Ольга", "Викторовна", "Female")  # Анна (5А) and Артём (5Б)
P_DMITRY = (1000012690302, 1000011690302, "Кузнецов", "Дмитрий", "Павлович", "Male")  # Илья
P_ELENA = (1000012690303, 1000011690303, "Павлова", "Елена", "Николаевна", "Female")  # Дарья
PARENTS = [(P_OLGA, [A1, B1]), (P_DMITRY, [A2]), (P_ELENA, [B2])]

T = {  # teachers: key -> person tuple, room, floor
    "sokolova": ((1000012690901, 1000011690901, "Соколова", "Марина", "Викторовна", "Female"), "201", "2"),
    "belova": ((1000012690902, 1000011690902, "Белова", "Ирина", "Андреевна", "Female"), "202", "2"),
    "lebedev": ((1000012690903, 1000011690903, "Лебедев", "Игорь", "Николаевич", "Male"), "305", "3"),
    "orlova": ((1000012690904, 1000011690904, "Орлова", "Елена", "Викторовна", "Female"), "310", "3"),
    "gromov": ((1000012690905, 1000011690905, "Громов", "Павел", "Сергеевич", "Male"), "311", "3"),
    "nikitin": ((1000012690906, 1000011690906, "Никитин", "Олег", "Петрович", "Male"), "214", "2"),
    "egorova": ((1000012690907, 1000011690907, "Егорова", "Светлана", "Ивановна", "Female"), "118", "1"),
    "romanova": ((1000012690908, 1000011690908, "Романова", "Татьяна", "Юрьевна", "Female"), "120", "1"),
    "volkov": ((1000012690909, 1000011690909, "Волков", "Андрей", "Михайлович", "Male"), "Спортзал", "1"),
    "zaytseva": ((1000012690910, 1000011690910, "Зайцева", "Нина", "Павловна", "Female"), "Мастерская 2", "0"),
    "fedorov": ((1000012690911, 1000011690911, "Фёдоров", "Виктор", "Иванович", "Male"), "Мастерская 1", "0"),
}
CLASS_TEACHER = {GA: "sokolova", GB: "lebedev"}


def teacher_key(group, subject):
    if group in SUB:
        return {"5А англ. 1 гр.": "orlova", "5Б англ. 1 гр.": "orlova", "5А англ. 2 гр.": "gromov",
                "5Б англ. 2 гр.": "gromov"}.get(SUB[group][2], "zaytseva" if "дев" in SUB[group][2] else "fedorov")
    cls = group
    return {"RUS": "sokolova" if cls == GA else "belova", "LIT": "sokolova" if cls == GA else "belova",
            "MAT": "lebedev", "HIS": "nikitin", "BIO": "egorova", "GEO": "egorova", "IZO": "romanova",
            "MUS": "romanova", "PE": "volkov"}[subject]


# --- the weekly timetable of each class; ENG and TEC are the subgroups' lessons -----------------------------------
WEEK = {
    GA: [["RUS", "MAT", "ENG", "LIT", "PE"], ["MAT", "RUS", "HIS", "TEC", "TEC"], ["RUS", "MAT", "BIO", "ENG", "MUS"],
         ["MAT", "RUS", "LIT", "GEO", "IZO"], ["RUS", "MAT", "ENG", "HIS", "PE"]],
    GB: [["MAT", "RUS", "LIT", "ENG", "HIS"], ["RUS", "MAT", "ENG", "BIO", "PE"], ["MAT", "RUS", "HIS", "TEC", "TEC"],
         ["RUS", "MAT", "ENG", "LIT", "MUS"], ["MAT", "RUS", "GEO", "IZO", "PE"]],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:30", "10:15"), 3: ("10:30", "11:15"), 4: ("11:30", "12:15"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05")}
DAYS = [D(2027, 1, 18) + dt.timedelta(days=i) for i in range(12) if (D(2027, 1, 18) + dt.timedelta(days=i)).weekday() < 5]

TOPICS = {
    "RUS": ["Имя существительное как часть речи", "Род имён существительных", "Число имён существительных",
            "Падеж имён существительных", "Три склонения имён существительных",
            "Правописание безударных окончаний существительных", "Контрольный диктант «Зимний лес»",
            "Работа над ошибками диктанта", "Имя прилагательное как часть речи", "Полные и краткие прилагательные"],
    "MAT": ["Сравнение обыкновенных дробей", "Правильные и неправильные дроби",
            "Сложение дробей с одинаковыми знаменателями", "Вычитание дробей с одинаковыми знаменателями",
            "Смешанные числа", "Сложение смешанных чисел", "Вычитание смешанных чисел", "Решение задач на дроби",
            "Контрольная работа № 6 «Обыкновенные дроби»", "Анализ контрольной работы"],
    "LIT": ["Н. А. Некрасов «Крестьянские дети»", "Л. Н. Толстой «Кавказский пленник»: история создания",
            "Жилин и Костылин: два характера", "Сравнительная характеристика героев"],
    "HIS": ["Древний Египет: природа и население", "Жизнь земледельцев и ремесленников", "Фараон и его вельможи",
            "Религия древних египтян"],
    "BIO": ["Царство Растения: общая характеристика", "Водоросли"],
    "GEO": ["Открытие Австралии и Антарктиды", "Современные географические исследования"],
    "MUS": ["Вокальная музыка: романс", "Песня — верный спутник человека"],
    "IZO": ["Народные промыслы: гжель", "Хохломская роспись"],
    "PE": ["Лыжная подготовка: попеременный двухшажный ход", "Лыжная подготовка: подъём «ёлочкой»",
           "Спуски в основной стойке", "Прохождение дистанции 1 км"],
    "ENG1": ["Unit 5. My day", "Present Simple: questions", "Reading: Sam's morning", "Unit 5. Free time",
             "Vocabulary: hobbies", "Test: Unit 5"],
    "ENG2": ["Daily routines", "Telling the time", "Adverbs of frequency", "Listening: A school day",
             "Project: My weekend", "Revision: Unit 5"],
    "TECG": ["Швейная машина: устройство", "Швейная машина: заправка нити", "Машинные швы", "Обработка срезов"],
    "TECB": ["Разметка заготовок из фанеры", "Пиление лобзиком", "Зачистка деталей", "Сборка изделия"],
}


def topic_key(group, subject):
    if group in SUB:
        name = SUB[group][2]
        if subject == "ENG":
            return "ENG1" if "1 гр" in name else "ENG2"
        return "TECG" if "дев" in name else "TECB"
    return subject


def subgroup_of(cls, subject, which):
    return [g for g, (c, s, _, _) in SUB.items() if c == cls and s == subject][which]


def plan():
    """Every lesson of the fortnight: {lesson id: lesson}."""
    out, seen = {}, {}
    for cls in (GA, GB):
        for day in DAYS:
            for n, subject in enumerate(WEEK[cls][day.weekday()], 1):
                groups = [subgroup_of(cls, subject, 0), subgroup_of(cls, subject, 1)] if subject in ("ENG", "TEC") \
                    else [cls]
                for k, g in enumerate(groups):
                    key = topic_key(g, subject) + str(g)
                    seen[key] = seen.get(key, -1) + 1
                    tk = teacher_key(g, subject)
                    lid = 2260325488569500000 + (100000 if cls == GA else 200000) + (day - D(2027, 1, 1)).days * 100 \
                        + n * 10 + k
                    out[lid] = {"id": lid, "g": g, "cls": cls, "day": day, "number": n, "subject": subject,
                                "title": TOPICS[topic_key(g, subject)][seen[key]], "teacher": tk,
                                "start": BELLS[n][0], "end": BELLS[n][1]}
    return out


LESSONS = plan()


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == n)


def stamp(day, hhmm, extra=""):
    return f"{day}T{hhmm}{extra}"


# --- work types (§3.3 standalone) --------------------------------------------------------------------------------
WT_OU, WT_SR, WT_KR, WT_DZ, WT_PM = 6901, 6902, 6903, 6904, 6906
WORK_TYPES = [(WT_OU, 1, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, 2, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, 3, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, 4, "Homework", "Домашнее задание", "ДЗ", 1),
              (WT_PM, 5, "PeriodMark", "Отметка за четверть", "Ч", 1)]
KIND = {w[0]: w[2] for w in WORK_TYPES}
SPECIAL = {  # (class or group, day, number) -> extra work type planned on that lesson (§3.2 a lesson's works)
    (GA, D(2027, 1, 20), 1): WT_SR, (GB, D(2027, 1, 26), 1): WT_SR,
    (GA, D(2027, 1, 27), 1): WT_KR, (GA, D(2027, 1, 28), 1): WT_KR, (GB, D(2027, 1, 28), 2): WT_KR,
}


def default_work(lesson):
    return lesson["id"] + 3000000000000


def extra_work(lesson):
    return lesson["id"] + 3100000000000


def hw_work(lesson):
    return lesson["id"] + 3200000000000


# --- homework: (class or subgroup, day, number) -> (text, entered at HH:MM) ----------------------------------------
E1A, E2A, TGA, TBA = 2260325488569100061, 2260325488569100062, 2260325488569100063, 2260325488569100064
E1B, E2B, TGB, TBB = 2260325488569100071, 2260325488569100072, 2260325488569100073, 2260325488569100074
d = lambda day: D(2027, 1, day)  # noqa: E731
HW = {
    (GA, d(18), 1): "Упр. 231 (письменно)", (GA, d(18), 2): "№ 612, 615",
    (E1A, d(18), 3): "SB p. 54, ex. 3 (read and translate)", (E2A, d(18), 3): "WB p. 31, ex. 1, 2",
    (GA, d(19), 3): "§ 8, вопросы 1–3 на с. 42",
    (TGA, d(19), 4): "Принести ткань 20×20 см и нитки", (TBA, d(19), 4): "Принести заготовку из фанеры 4 мм",
    (GA, d(20), 1): "Упр. 240; выучить правило на с. 98", (GA, d(20), 2): "№ 630, 632; карточка",
    (E1A, d(20), 4): "SB p. 56, learn the words", (E2A, d(20), 4): "WB p. 33, ex. 4",
    (GA, d(21), 3): "Выучить наизусть отрывок из «Крестьянских детей»", (GA, d(22), 1): "Упр. 252",
    (E1A, d(22), 3): "SB p. 58, ex. 7", (E2A, d(22), 3): "WB p. 35, ex. 6",
    (GA, d(25), 1): "Упр. 260, 261", (GA, d(25), 2): "№ 655, 658",
    (E1A, d(25), 3): "SB p. 60, ex. 2", (E2A, d(25), 3): "WB p. 37, ex. 3",
    (GA, d(26), 2): "Упр. 265", (GA, d(26), 3): "§ 10, пересказ",
    (GA, d(27), 2): "Повторить п. 23–26: контрольная работа", (GA, d(28), 4): "§ 14, контурная карта",
    (GA, d(29), 1): "Упр. 280",
    (E1A, d(29), 3): "SB p. 62: project «My day»", (E2A, d(29), 3): "WB p. 39, ex. 5",
    (GB, d(18), 1): "№ 610, 611", (GB, d(18), 2): "Упр. 228",
    (E1B, d(18), 4): "SB p. 54, ex. 4", (E2B, d(18), 4): "WB p. 30, ex. 2",
    (E1B, d(19), 3): "SB p. 55, ex. 6", (E2B, d(19), 3): "WB p. 32, ex. 1", (GB, d(19), 4): "§ 12, таблица",
    (GB, d(20), 3): "§ 8, вопросы 4–5",
    (TGB, d(20), 4): "Принести ткань 20×20 см", (TBB, d(20), 4): "Принести наждачную бумагу",
    (GB, d(21), 2): "№ 627", (E1B, d(21), 3): "SB p. 57, ex. 2", (E2B, d(21), 3): "WB p. 34, ex. 3",
    (GB, d(22), 2): "Упр. 250", (GB, d(25), 1): "№ 650, 652",
    (E1B, d(25), 4): "SB p. 59, ex. 5", (E2B, d(25), 4): "WB p. 36, ex. 2", (GB, d(26), 1): "Упр. 262",
    (GB, d(27), 1): "Повторить п. 23–26: контрольная работа",
    (E1B, d(28), 3): "SB p. 61, ex. 1", (E2B, d(28), 3): "WB p. 38, ex. 4", (GB, d(29), 3): "§ 14, вопросы",
}
HW_EDIT = {(GA, d(26), 2): ("Упр. 265, 267 (письменно)", "2027-01-28T07:50:00")}  # a lesson's homework edited
HW_DROP = {(GB, d(25), 1): "2027-01-28T08:00:00"}  # entered by mistake (a copy of the next lesson's), deleted
HW_FILE = {(GA, d(20), 2): {"id": 1000020690001, "name": "Карточка_дроби_5А.pdf", "size": 184320}}

# --- marks: (class or group, day, number, pupil, value, work type, counts) --------------------------------------
MARKS = [
    (GA, d(18), 2, A1, "3", WT_OU, True), (GA, d(18), 2, A3, "5", WT_OU, True), (GA, d(18), 1, A2, "4", WT_OU, True),
    (E1A, d(18), 3, A1, "5", WT_OU, True), (E2A, d(18), 3, A2, "4-", WT_OU, True),
    (GB, d(18), 1, B1, "4", WT_OU, True), (GB, d(18), 1, B3, "5", WT_OU, True),
    (E2B, d(18), 4, B1, "5", WT_OU, True), (E1B, d(18), 4, B2, "4", WT_OU, True),
    (GA, d(19), 3, A1, "5", WT_OU, True), (TGA, d(19), 4, A4, "5", WT_OU, True), (TBA, d(19), 4, A2, "4", WT_OU, True),
    (GB, d(19), 1, B2, "2", WT_OU, True), (GB, d(19), 1, B4, "4", WT_OU, True), (E1B, d(19), 3, B2, "5", WT_OU, True),
    (GA, d(20), 1, A1, "4", WT_SR, True), (GA, d(20), 1, A2, "3", WT_SR, True), (GB, d(20), 1, B1, "5", WT_OU, True),
    (GA, d(20), 3, A4, "4", WT_OU, True),
    (GA, d(21), 1, A1, "5", WT_OU, True), (GB, d(21), 4, B1, "4", WT_OU, True), (GB, d(21), 4, B2, "5", WT_OU, True),
    (E1A, d(22), 3, A1, "4", WT_OU, True), (E2A, d(22), 3, A2, "5", WT_OU, True),
    (GB, d(22), 1, B3, "2", WT_OU, False),  # after two weeks ill: the teacher keeps it out of the average
    (GA, d(25), 2, A1, "4", WT_OU, True), (GB, d(25), 2, B1, "4", WT_OU, True),
    (GA, d(26), 2, A1, "5", WT_OU, True), (GB, d(26), 1, B1, "3+", WT_SR, True), (GB, d(26), 1, B2, "4", WT_SR, True),
    (GA, d(27), 1, A1, "4", WT_KR, True), (GA, d(27), 1, A2, "3", WT_KR, True), (GA, d(27), 1, A3, "5", WT_KR, True),
    (GA, d(27), 1, A4, "4", WT_KR, True), (TBB, d(27), 4, B1, "5", WT_OU, True), (TGB, d(27), 4, B2, "5", WT_OU, True),
    (GA, d(28), 1, A1, "5", WT_KR, True), (GA, d(28), 1, A2, "4", WT_KR, True), (GA, d(28), 1, A3, "4-", WT_KR, True),
    (GA, d(28), 1, A4, "3", WT_KR, True), (GB, d(28), 2, B1, "4", WT_KR, True), (GB, d(28), 2, B2, "5", WT_KR, True),
    (GB, d(28), 2, B3, "3", WT_KR, True), (GB, d(28), 2, B4, "4", WT_KR, True),
    (E2A, d(29), 3, A2, "5", WT_OU, True), (GB, d(29), 3, B1, "5", WT_OU, True),
]
MARK_CHANGE = {(GA, d(18), 2, A1[0]): ("4", "2027-01-21T16:20:00")}  # a mark changed (same id, §3.1)
MARK_DROP = {(GB, d(19), 1, B2[0]): "2027-01-22T09:05:00"}  # a mark deleted: the next range lacks it

# --- attendance (§3.5): (class or group, day, number, pupil, status, comment) --------------------------------------
LOG = [
    (GB, d(19), 1, B1, "Absent", ""),
    *[(g, d(20), n, A3, "Ill", "справка") for g, n in ((GA, 1), (GA, 2), (GA, 3), (E1A, 4), (GA, 5))],
    (GA, d(22), 5, A1, "Pass", "освобождение от физкультуры"),
    (GB, d(26), 5, B2, "Absent", ""), (GA, d(28), 1, A4, "Late", "опоздала на 5 минут"),
    (GB, d(29), 1, B4, "Ill", "ОРВИ"),
]
LOG_CHANGE = {(GB, d(19), 1, B1[0]): ("Late", "опоздал на 15 минут", "2027-01-21T10:02:00")}  # absence -> late

# --- periods and holidays (§3.12), final marks of the 1st and 2nd quarter (§3.13), averages ----------------------
PERIODS = [(1000007690001, "2026-09-01", "2026-10-24", 1, "1 четверть"),
           (1000007690002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007690003, "2027-01-12", "2027-03-20", 3, "3 четверть"),
           (1000007690004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008690001, "2026-10-25", "2026-11-04", "Осенние каникулы"),
            (1000008690002, "2026-12-28", "2027-01-11", "Зимние каникулы"),
            (1000008690003, "2027-03-21", "2027-03-29", "Весенние каникулы")]
FINAL_SUBJECTS = ["RUS", "LIT", "MAT", "HIS", "BIO", "ENG", "TEC"]
FINALS = {  # pupil -> {period number: values in FINAL_SUBJECTS order}
    A1: {1: "5445455", 2: "4455455"}, A2: {1: "4344445", 2: "3444445"}, A3: {1: "5555545", 2: "5554545"},
    A4: {1: "4445555", 2: "4455555"}, B1: {1: "4354455", 2: "4444455"}, B2: {1: "5555455", 2: "5545555"},
    B3: {1: "3434445", 2: "3433445"}, B4: {1: "4445445", 2: "4444545"},
}
AVERAGES = {  # pupil -> 2nd quarter averages in FINAL_SUBJECTS order (as the journal prints them)
    A1: ["4.38", "4.5", "4.57", "4.33", "5", "4.71", "5"], A2: ["3.42", "4", "4.14", "4.25", "4", "4.4", "5"],
    A3: ["4.83", "5", "4.71", "4.5", "5", "4.67", "5"], A4: ["4.44", "4.33", "4.6", "4.75", "5", "5", "5"],
    B1: ["4.25", "4", "4.36", "4.4", "4.5", "4.83", "5"], B2: ["4.8", "5", "4.5", "5", "5", "5", "4.75"],
    B3: ["3.33", "4", "3.5", "3.4", "4", "4.5", "5"], B4: ["4.2", "4.25", "4.33", "4", "4.5", "5", "4.67"],
}


# --- shapes ---------------------------------------------------------------------------------------------------------
def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + TZ}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": "",
            "login": f"t.{uid % 1000}", "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle, "lastName": last,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+3:00", "sex": sex,
            "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": "1980-01-01T00:00:00",
            "roles": ["EduStaff"], "phone": ""}


def group_obj(g):
    if g in SUB:
        cls, _, name, full = SUB[g]
        return {**ids(g), "parentIds": [cls], "parentIds_str": [str(cls)], "type": "Subgroup", "name": name,
                "fullName": full, "parallel": 5, "timetable": TT[cls], "timetable_str": str(TT[cls]),
                "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
                "journaltype": "Default"}
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": CLASS_NAME[g], "fullName": "",
            "parallel": 5, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def members_of(g):
    return MEMBERS[g] if g in SUB else PUPILS[g]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    kids = [{"personId": c[0], "personId_str": str(c[0]), "firstName": c[3], "lastName": c[2], "middleName": c[4],
             "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
             "groupIds": [GA if c in PUPILS[GA] else GB]} for c in children]
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": kids, "splitId": None}


def rpg(g):
    rid = 1000009690000 + (51 if g == GA else 52)
    return {"id": rid,
            "reportingPeriods": [{**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n,
                                  "type": "Quarter", "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
            "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                          "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                         for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def key_of(lesson):
    return (lesson["g"], lesson["day"], lesson["number"])


def hw_state(lesson, at):
    """The lesson's homework as the journal holds it at `at` (None: none yet, or deleted)."""
    key = key_of(lesson)
    if key not in HW:
        return None
    entered = f"{lesson['day']}T14:{10 + lesson['number']:02d}:00"
    if at < entered or (key in HW_DROP and at >= HW_DROP[key]):
        return None
    text = HW[key]
    if key in HW_EDIT and at >= HW_EDIT[key][1]:
        text = HW_EDIT[key][0]
    return text


def due_of(lesson):
    """The next lesson of the same group and subject (the homework's targetDate)."""
    later = sorted((l["day"], l["number"]) for l in LESSONS.values()
                   if l["g"] == lesson["g"] and l["subject"] == lesson["subject"] and l["day"] > lesson["day"])
    if later:
        return later[0][0]
    day = lesson["day"] + dt.timedelta(days=1)  # the week after the fortnight: the same weekday pattern
    while day.weekday() >= 5 or lesson["subject"] not in WEEK[lesson["cls"]][day.weekday()]:
        day += dt.timedelta(days=1)
    return day


def works(lesson, at):
    """The lesson's works (§3.2): its default work, a planned test or independent work, its homework."""
    subj = SUBJECTS[lesson["subject"]][0]
    tid = T[lesson["teacher"]][0][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 3, "periodType": "Quarter", "subjectId": subj,
              "createdBy": tid, "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common,
            "files": []}]
    if key_of(lesson) in SPECIAL:
        wt = SPECIAL[key_of(lesson)]
        out.append({**ids(extra_work(lesson)), "type": KIND[wt], "workType": wt, "markType": "mark5",
                    "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": lesson["title"],
                    "isImportant": wt == WT_KR, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None,
                    **common, "files": []})
    text = hw_state(lesson, at)
    if text is not None:
        due = due_of(lesson)
        wid = hw_work(lesson)
        tasks = [{**ids(wid + 1 + i), "person": p[0], "person_str": str(p[0]), "work": wid, "work_str": str(wid),
                  "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for i, p in enumerate(members_of(lesson["g"]))]
        f = HW_FILE.get(key_of(lesson))
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{lesson['day']}T14:{10 + lesson['number']:02d}:31.2", **common,
                    "files": [f["id"]] if f else []})
    return out


def status(lesson, at):
    return "Planned" if at < f"{lesson['day']}T{lesson['start']}" else "Conducted"


def entity_lesson(lesson, at):
    sid, name, area = SUBJECTS[lesson["subject"]]
    tid = T[lesson["teacher"]][0][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"],
            "subject": {**ids(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None},
            "group": lesson["g"], "status": status(lesson, at), "resultPlaceId": 0, "works": works(lesson, at),
            "teachers": [tid], "teachers_str": [str(tid)]}


def flat_lesson(lesson, at):
    _, room, floor = T[lesson["teacher"]]
    return {"id": lesson["id"], "title": lesson["title"], "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subjectId": SUBJECTS[lesson["subject"]][0], "status": status(lesson, at),
            "resultPlaceId": 0, "building": "Основное здание", "place": room, "floor": floor,
            "hours": f"{lesson['start']} - {lesson['end']}", "works": [w["id"] for w in works(lesson, at)],
            "teachers": [T[lesson["teacher"]][0][0]]}


def lessons_range(g, a, b, at):
    return [entity_lesson(l, at) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"]))
            if l["g"] == g and a <= l["day"] <= b]


MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}


def mark_obj(m, at):
    """The mark as the journal holds it at `at` (None: not set yet, or deleted)."""
    g, day, n, p, value, wt, counts = m
    lesson = lesson_at(g, day, n)
    key = (g, day, n, p[0])
    minute = 35 + PUPILS[lesson["cls"]].index(p) * 2
    hh = lesson["start"][:2]
    created = f"{day}T{hh}:{minute}:{10 + n}.{(p[0] % 97) + 1}"
    if at < created[:16] or (key in MARK_DROP and at >= MARK_DROP[key]):
        return None
    if key in MARK_CHANGE and at >= MARK_CHANGE[key][1]:
        value = MARK_CHANGE[key][0]
    work = extra_work(lesson) if wt in (WT_SR, WT_KR) else default_work(lesson)
    mid = 2260325488570000000 + (lesson["id"] % 1000000) * 10 + PUPILS[lesson["cls"]].index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": work, "work_str": str(work), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "number": 0, "date": created, "workType": wt, "mood": MOOD[value[0]], "use_avg_calc": counts}


def pupil_marks(p, a, b, at):
    out = []
    for m in MARKS:
        if m[3] == p and a <= m[1] <= b:
            obj = mark_obj(m, at)
            if obj:
                out.append(obj)
    return sorted(out, key=lambda x: x["date"])


def log_obj(e, at):
    g, day, n, p, st, comment = e
    lesson = lesson_at(g, day, n)
    created = f"{day}T{lesson['start'][:2]}:{40 + n}:0{n}.{(p[0] % 89) + 3}"
    if at < created[:16]:
        return None
    key = (g, day, n, p[0])
    if key in LOG_CHANGE and at >= LOG_CHANGE[key][2]:
        st, comment, changed = LOG_CHANGE[key]
        created = changed + ".48"
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": st, "createdDate": created}


def pupil_log(p, a, b, at):
    out = [log_obj(e, at) for e in LOG if e[3] == p and a <= e[1] <= b]
    return [x for x in out if x]


def file_obj(f, lesson):
    tp = T[lesson["teacher"]][0]
    return {**ids(f["id"]), "name": f["name"], "typeGroup": "Document", "type": "pdf",
            "pageUrl": f"https://dnevnik.ru/files/{f['id']}", "downloadUrl": f"https://static.dnevnik.ru/files/{f['id']}",
            "user": user(tp), "size": f["size"], "vote": 0, "uploadedDate": f"{lesson['day']}T14:12:03.77",
            "storageType": "Default"}


def homework_bundle(a, b, at):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set or due in the range, with their lessons."""
    ws, ls, teachers, subjects, files = [], [], {}, {}, []
    for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"], l["id"])):
        if hw_state(l, at) is None:
            continue
        if not (a <= l["day"] <= b or a <= due_of(l) <= b):
            continue
        ws += [w for w in works(l, at) if w["type"] == "Homework"]
        ls.append(flat_lesson(l, at))
        tp = T[l["teacher"]][0]
        teachers[tp[0]] = person(tp)
        sid, name, _ = SUBJECTS[l["subject"]]
        subjects[sid] = {"id": sid, "name": name, "knowledgeAreaId": list(SUBJECTS).index(l["subject"]) + 1}
        if key_of(l) in HW_FILE:
            files.append(file_obj(HW_FILE[key_of(l)], l))
    return {"works": ws, "subjects": list(subjects.values()), "lessons": ls, "files": files,
            "teachers": [teachers[k] for k in sorted(teachers)]}


def groups_of(p):
    return [g for g in (GA, GB, *SUB) if p in members_of(g)]


def schedules(p, a, b, at):
    """persons/{p}/groups/{g}/schedules (§0): each day of the range with the pupil's lessons (his class's and his
    subgroups'), his marks and log entries, the day's works and homework."""
    mine = groups_of(p)
    days, day = [], a
    while day <= b:
        ls = sorted((l for l in LESSONS.values() if l["g"] in mine and l["day"] == day), key=lambda l: l["number"])
        ws = [w for l in ls for w in works(l, at)]
        ids_here = {l["id"] for l in ls}
        marks = [x for x in pupil_marks(p, day, day, at) if x["lesson"] in ids_here]
        logs = [x for x in pupil_log(p, day, day, at) if x["lesson"] in ids_here]
        subj = {}
        for l in ls:
            sid, name, _ = SUBJECTS[l["subject"]]
            subj[sid] = {"id": sid, "name": name, "knowledgeAreaId": list(SUBJECTS).index(l["subject"]) + 1}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, at) for l in ls], "marks": marks,
                     "works": ws, "homeworks": [w for w in ws if w["type"] == "Homework"],
                     "subjects": list(subj.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
                                    "isImportant": i == WT_KR, "kindId": kid, "kind": k}
                                   for i, kid, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(T[k][0]) for k in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def final_marks(g):
    out = []
    for p in PUPILS[g]:
        for pid, a, b, n, name in PERIODS[:2]:
            per = []
            for k, subject in enumerate(FINAL_SUBJECTS):
                sid = SUBJECTS[subject][0]
                v = FINALS[p][n][k]
                mid = 2260325488571000000 + (p[0] % 100000) * 100 + n * 10 + k
                work = 2260325488572000000 + (g % 1000) * 100 + n * 10 + k
                per.append({"subject": sid, "subject_str": str(sid), "final-mark": {
                    **ids(mid), "type": "mark5", "value": v, "textValue": v, "person": p[0], "person_str": str(p[0]),
                    "work": work, "work_str": str(work), "lesson": None, "lesson_str": None, "number": 0,
                    "date": f"{b}T15:0{k}:11.9", "workType": WT_PM, "mood": MOOD[v], "use_avg_calc": False}})
            out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                        "reportingPeriod": pid, "reportingPeriod_str": str(pid), "per-subject-final-marks": per})
    return out


def avg_marks(g):
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": AVERAGES[p][k]}
        for k, s in enumerate(FINAL_SUBJECTS)]} for p in PUPILS[g]]


ALL_GROUPS = [GA, *[g for g in SUB if SUB[g][0] == GA], GB, *[g for g in SUB if SUB[g][0] == GB]]
ALL_PUPILS = PUPILS[GA] + PUPILS[GB]
WATCHED = [A1, B1, A2, B2]  # the parents' children: their own days (schedules bundle)


class Clock:
    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def tick(self, seconds=20):
        now = self.t
        self.t += dt.timedelta(seconds=seconds)
        return now.isoformat()


def setup(start):
    c = Clock(start)
    out = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 69»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, c.tick()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": kid, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, kid, k, t, ab, w in WORK_TYPES], c.tick()),
        rec(f"GET /v2/schools/{S}/subjects", [{**ids(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}
                                              for sid, name, area in SUBJECTS.values()], c.tick()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in ALL_GROUPS], c.tick()),
    ]
    out += [rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in members_of(g)], c.tick()) for g in ALL_GROUPS]
    for g in (GA, GB):
        out.append(rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), c.tick()))
        out.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), c.tick()))
        teachers = sorted({l["teacher"] for l in LESSONS.values() if l["cls"] == g})
        out.append(rec(f"GET /v2/edu-groups/{g}/teachers", [person(T[k][0]) for k in teachers], c.tick()))
        out.append(rec(f"GET /v2/edu-groups/{g}/classteacher", person(T[CLASS_TEACHER[g]][0]), c.tick()))
    out += [rec(f"GET /v2/users/{par[1]}/context", context(par, kids), c.tick()) for par, kids in PARENTS]
    return out


def plan_pull(a, b, start):
    c = Clock(start)
    out = []
    for g in ALL_GROUPS:
        t = c.tick()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, t[:16]), t))
    return out


def finals_pull(start):
    c = Clock(start)
    out = []
    for g in (GA, GB):
        out.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g), c.tick()))
        out.append(rec(f"GET /v2/edu-groups/{g}/avg-marks/2026-11-05/2026-12-27", avg_marks(g), c.tick()))
    return out


def week_pull(a, b, week_end, start, hw_from, hw_to, bundles=False):
    """Marks and attendance of every pupil from `a` to `b` (his own ranges: §3.1, §3.5), the lessons of every class
    and subgroup of the school week (§3.4), the homework (§3.7) and, at the week's end, the parents' children's own
    days (§0 schedules)."""
    c = Clock(start)
    out = []
    for p in ALL_PUPILS:
        t = c.tick(10)
        out.append(rec(f"GET /v2/persons/{p[0]}/schools/{S}/marks/{a}/{b}", pupil_marks(p, a, b, t[:16]), t))
    for p in ALL_PUPILS:
        t = c.tick(10)
        out.append(rec(f"GET /v2/persons/{p[0]}/lesson-log-entries?startDate={a}&endDate={b}",
                       pupil_log(p, a, b, t[:16]), t))
    lesson_from = b - dt.timedelta(days=b.weekday())
    for g in ALL_GROUPS:
        t = c.tick(10)
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{lesson_from}/{week_end}",
                       lessons_range(g, lesson_from, week_end, t[:16]), t))
    t = c.tick()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={hw_from}&endDate={hw_to}",
                   homework_bundle(hw_from, hw_to, t[:16]), t))
    if bundles:
        for p in WATCHED:
            t = c.tick()
            cls = GA if p in PUPILS[GA] else GB
            out.append(rec(f"GET /v2/persons/{p[0]}/groups/{cls}/schedules?startDate={lesson_from}&endDate={week_end}",
                           schedules(p, lesson_from, week_end, t[:16]), t))
    return out


def main():
    w1a, w1e = d(18), d(24)
    w2a, w2e = d(25), d(31)
    midweek1 = week_pull(w1a, d(20), w1e, "2027-01-20T21:00:00", w1a, w2e)
    steps = [
        ("1. reference data: school, work types, subjects, classes and subgroups, members, bells, periods and "
         "holidays, teachers, class teachers, parents (Sun 2027-01-17 18:00)", [setup("2027-01-17T18:00:00")]),
        ("2. the 2nd quarter's final marks and averages; week 1 as planned (Sun 2027-01-17 18:20)",
         [finals_pull("2027-01-17T18:20:00") + plan_pull(w1a, w1e, "2027-01-17T18:25:00")]),
        ("3. mid-week pull Mon..Wed (Wed 2027-01-20 21:00), sent twice: the first answer timed out", [midweek1,
                                                                                                     midweek1]),
        ("4. week 1 closing pull Mon..Sun with the pupils' own days: A1's Monday mark 3 -> 4, B2's Tuesday 2 "
         "deleted, B1's absence on Tuesday turned into a late arrival; week 2 as planned (Sun 2027-01-24 18:00)",
         [week_pull(w1a, w1e, w1e, "2027-01-24T18:00:00", w1a, w2e, bundles=True)
          + plan_pull(w2a, w2e, "2027-01-24T18:30:00")]),
        ("5. mid-week pull Mon..Wed of week 2 (Wed 2027-01-27 21:00)",
         [week_pull(w2a, d(27), w2e, "2027-01-27T21:00:00", w1a, w2e)]),
        ("6. closing pull over the fortnight (Sun 2027-01-31 18:00): 5А's Tuesday Russian homework edited, 5Б's "
         "Monday maths homework deleted; final marks and averages pulled again",
         [week_pull(w1a, w2e, w2e, "2027-01-31T18:00:00", w2a, D(2027, 2, 7), bundles=True)
          + finals_pull("2027-01-31T18:40:00")]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ Школа № 69 (Москва), 5А and 5Б on quarters, 2027-01-18..01-29 (3rd quarter), English and "
                       "technology in subgroups: an ordinary sync job with re-sends, overlapping ranges and the "
                       "journal's ordinary corrections; the 2nd quarter's final marks.",
        "school": {"timezone": "Europe/Moscow", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
