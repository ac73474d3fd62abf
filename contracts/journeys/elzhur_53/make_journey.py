"""Write journey.json of elzhur_53: a small rural school's combined classes (Eljur, 9-20 November 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

МКОУ «Сосновская основная школа» (Eljur vendor `sosnovka-oosh`): 2nd and 4th grade taught together (класс-комплект)
by Иванова Галина Николаевна, class teacher of both; a 3rd grade of a single pupil (Лаптева Нина Ивановна); music and
art shared by grades 2 and 4 in one lesson (one `lesson_id` in both grades' diaries), PE shared by 4 and 3 on Thursday
and by 2 and 4 on Friday.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "sosnovka-oosh", "5353"
D = dt.date

PUPILS = {  # id -> (last, first, gender, class)
    "53201": ("Петров", "Кирилл", "male", "2"), "53202": ("Сидорова", "Полина", "female", "2"),
    "53203": ("Овчинников", "Артём", "male", "2"), "53204": ("Жукова", "Варвара", "female", "2"),
    "53205": ("Лысенко", "Тимофей", "male", "2"), "53206": ("Шарипова", "Айгуль", "female", "2"),
    "53301": ("Морозов", "Ярослав", "male", "3"),
    "53401": ("Петрова", "Софья", "female", "4"), "53402": ("Козлов", "Никита", "male", "4"),
    "53403": ("Гусева", "Дарья", "female", "4"), "53404": ("Баранов", "Илья", "male", "4"),
    "53405": ("Тимофеева", "Ульяна", "female", "4"),
}
PARENTS = {  # id -> (last, first, middle, gender, children)
    "53901": ("Петрова", "Анна", "Сергеевна", "female", ["53201", "53401"]),
    "53902": ("Сидоров", "Роман", "Алексеевич", "male", ["53202"]),
    "53903": ("Овчинникова", "Елена", "Викторовна", "female", ["53203"]),
    "53904": ("Жукова", "Марина", "Олеговна", "female", ["53204"]),
    "53905": ("Лысенко", "Оксана", "Петровна", "female", ["53205"]),
    "53906": ("Шарипов", "Ринат", "Маратович", "male", ["53206"]),
    "53907": ("Морозова", "Татьяна", "Ивановна", "female", ["53301"]),
    "53908": ("Козлова", "Светлана", "Юрьевна", "female", ["53402"]),
    "53909": ("Гусев", "Алексей", "Николаевич", "male", ["53403"]),
    "53910": ("Баранова", "Ирина", "Владимировна", "female", ["53404"]),
    "53911": ("Тимофеева", "Наталья", "Андреевна", "female", ["53405"]),
}
IVANOVA = ("53611", "Иванова", "Галина", "Николаевна")
LAPTEVA = ("53612", "Лаптева", "Нина", "Ивановна")
HOMETEACHER = {"2": IVANOVA, "4": IVANOVA, "3": LAPTEVA}
MUSIC, PE = "Соколова Вера Павловна", "Гаврилов Пётр Семёнович"


def full(t):
    return f"{t[1]} {t[2]} {t[3]}"


# weekday -> slot -> {class: subject}; a "*" subject is one lesson shared by the classes listed (one lesson_id)
WEEK = {
    0: {1: {"2": "Русский язык", "4": "Русский язык", "3": "Русский язык"},
        2: {"2": "Математика", "4": "Математика", "3": "Математика"},
        3: {"2": "Литературное чтение", "4": "Литературное чтение", "3": "Литературное чтение"},
        4: {"2": "*Музыка", "4": "*Музыка", "3": "Окружающий мир"}},
    1: {1: {"2": "Математика", "4": "Математика", "3": "Математика"},
        2: {"2": "Русский язык", "4": "Русский язык", "3": "Русский язык"},
        3: {"2": "Окружающий мир", "4": "Окружающий мир", "3": "Литературное чтение"},
        4: {"2": "Физическая культура", "4": "Технология", "3": "Технология"},
        5: {"4": "Основы религиозных культур и светской этики"}},
    2: {1: {"2": "Русский язык", "4": "Русский язык", "3": "Русский язык"},
        2: {"2": "Математика", "4": "Математика", "3": "Математика"},
        3: {"2": "Математика", "4": "Русский язык", "3": "Окружающий мир"},
        4: {"2": "*Изобразительное искусство", "4": "*Изобразительное искусство", "3": "Музыка"}},
    3: {1: {"2": "Литературное чтение", "4": "Литературное чтение", "3": "Литературное чтение"},
        2: {"2": "Русский язык", "4": "Русский язык", "3": "Русский язык"},
        3: {"2": "Математика", "4": "Математика", "3": "Математика"},
        4: {"2": "Технология", "4": "Технология", "3": "Изобразительное искусство"},
        5: {"4": "*Физическая культура", "3": "*Физическая культура"}},
    4: {1: {"2": "Математика", "4": "Математика", "3": "Математика"},
        2: {"2": "Русский язык", "4": "Русский язык", "3": "Русский язык"},
        3: {"2": "Окружающий мир", "4": "Окружающий мир", "3": "Литературное чтение"},
        4: {"2": "*Физическая культура", "4": "*Физическая культура", "3": "Физическая культура"}},
}
BELLS = {1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:20", "11:00"), 4: ("11:20", "12:00"),
         5: ("12:10", "12:50")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

TOPICS = {  # (class, subject) -> topics in turn
    ("2", "Русский язык"): ["Парные согласные в конце слова", "Проверочные слова для парных согласных",
                            "Правописание жи-ши, ча-ща, чу-щу", "Разделительный мягкий знак",
                            "Словарный диктант", "Однокоренные слова"],
    ("4", "Русский язык"): ["Падежные окончания имён существительных", "Склонение имён прилагательных",
                            "Правописание безударных падежных окончаний", "Изложение по плану",
                            "Личные местоимения", "Глагол как часть речи"],
    ("3", "Русский язык"): ["Корень слова", "Приставки и суффиксы", "Правописание приставок", "Разбор слова по составу",
                            "Непроизносимые согласные", "Контрольное списывание"],
    ("2", "Математика"): ["Сложение вида 36 + 2", "Вычитание вида 36 − 2", "Сложение с переходом через десяток",
                          "Решение задач в два действия", "Периметр многоугольника", "Проверка сложения вычитанием",
                          "Угол. Прямой угол", "Закрепление изученного"],
    ("4", "Математика"): ["Письменное умножение на однозначное число", "Деление с остатком",
                          "Задачи на движение", "Умножение на 10, 100, 1000", "Единицы массы: тонна и центнер",
                          "Решение уравнений", "Письменное деление на однозначное число", "Контрольная работа"],
    ("3", "Математика"): ["Таблица умножения на 7", "Площадь прямоугольника", "Таблица умножения на 8",
                          "Деление на 8", "Таблица умножения на 9", "Квадратный сантиметр"],
    ("2", "Литературное чтение"): ["Н. Носов «Живая шляпа»", "Н. Носов «На горке»", "Русские народные сказки",
                                   "Сказка «Лиса и журавль»"],
    ("4", "Литературное чтение"): ["В. Жуковский «Спящая царевна»", "А. Пушкин «Сказка о мёртвой царевне»",
                                   "М. Лермонтов «Ашик-Кериб»", "Л. Толстой «Детство»"],
    ("3", "Литературное чтение"): ["И. Крылов «Мартышка и очки»", "И. Крылов «Ворона и лисица»",
                                   "Л. Толстой «Акула»", "Л. Толстой «Лев и собачка»", "Ф. Тютчев «Листья»"],
    ("2", "Окружающий мир"): ["Домашние и дикие животные", "Будь здоров!", "Берегись автомобиля!"],
    ("4", "Окружающий мир"): ["Природные зоны России: тундра", "Лес и человек", "Зона степей"],
    ("3", "Окружающий мир"): ["Вода и её свойства", "Круговорот воды в природе", "Берегите воду!"],
    ("2", "Технология"): ["Аппликация из осенних листьев", "Работа с пластилином"],
    ("4", "Технология"): ["Вышивка крестиком", "Изделие из бумаги: закладка", "Макет избы"],
    ("3", "Технология"): ["Плетение косички", "Игрушка из помпонов"],
    ("3", "Изобразительное искусство"): ["Осенний натюрморт", "Рисуем зимний лес"],
    ("3", "Музыка"): ["Русские народные инструменты", "Песня «Во поле берёза стояла»"],
    ("3", "Физическая культура"): ["Прыжки в длину с места", "Подвижные игры"],
    ("2", "Физическая культура"): ["Строевые упражнения", "Кувырок вперёд"],
    ("4", "Основы религиозных культур и светской этики"): ["Что такое этика", "Добро и зло"],
    ("*", "Музыка"): ["Марш, танец, песня", "Звучащие картины: П. И. Чайковский «Детский альбом»"],
    ("*", "Изобразительное искусство"): ["Краски осени: акварель", "Рисуем родную деревню"],
    ("*", "Физическая культура"): ["Эстафеты с мячом", "Лыжная подготовка: ступающий шаг",
                                   "Подвижные игры на свежем воздухе", "Упражнения на гимнастической скамейке"],
}
TASKS = {  # (class, subject) -> homework texts in turn
    ("2", "Русский язык"): ["Упр. 45 на с. 28", "Выучить правило на с. 30, упр. 49", "Упр. 52, подчеркнуть жи-ши",
                            "Упр. 58 на с. 34", "Выписать 5 слов с мягким знаком", "Упр. 63"],
    ("4", "Русский язык"): ["Упр. 112 на с. 64, выделить окончания", "Упр. 118, просклонять прилагательные",
                            "Упр. 124 (устно), упр. 125 (письменно)", "Подготовить план изложения",
                            "Упр. 131 на с. 72", "Выучить таблицу спряжения на с. 80"],
    ("3", "Русский язык"): ["Упр. 88 на с. 50", "Упр. 93, выделить приставки", "Упр. 97 на с. 54",
                            "Разобрать по составу 5 слов из упр. 101", "Упр. 104", "Словарные слова на с. 60"],
    ("2", "Математика"): ["С. 54 № 3, 4", "С. 55 № 2 и задача 5", "С. 58 № 1 (столбиком)", "С. 60 задача 2",
                          "С. 62 № 4, начертить треугольник", "С. 64 № 3", "С. 66 № 1, 2", "С. 68 № 5"],
    ("4", "Математика"): ["С. 37 № 150, 152", "С. 39 № 161 (деление с остатком)", "С. 41 задача 172",
                          "С. 43 № 180, 181", "С. 45 № 190 (перевести в центнеры)", "С. 47 № 197, уравнения",
                          "С. 49 № 203", "Повторить таблицу мер длины"],
    ("3", "Математика"): ["С. 70 № 2, выучить таблицу на 7", "С. 72 № 4 (площадь)", "Выучить таблицу на 8",
                          "С. 76 № 3", "Выучить таблицу на 9", "С. 80 № 5"],
    ("2", "Литературное чтение"): ["Пересказ рассказа «Живая шляпа»", "Читать «На горке», ответить на вопросы",
                                   "Нарисовать героя сказки", "Выразительное чтение сказки «Лиса и журавль»"],
    ("4", "Литературное чтение"): ["Выучить отрывок из «Спящей царевны»", "Читать сказку Пушкина до конца",
                                   "Пересказ сказки «Ашик-Кериб»", "Читать главы из повести «Детство»"],
    ("3", "Литературное чтение"): ["Выучить басню «Мартышка и очки»", "Читать по ролям «Ворона и лисица»",
                                   "Пересказ рассказа «Акула»", "Ответить на вопросы на с. 112",
                                   "Выучить стихотворение «Листья»"],
    ("2", "Окружающий мир"): ["Рабочая тетрадь с. 36-37", "Составить режим дня", "Выучить дорожные знаки на с. 42"],
    ("4", "Окружающий мир"): ["Сообщение о животных тундры", "Рабочая тетрадь с. 40-41", "Прочитать с. 88-93"],
    ("3", "Окружающий мир"): ["Рабочая тетрадь с. 30", "Нарисовать схему круговорота воды", "Памятка «Берегите воду»"],
    ("*", "Музыка"): ["Выучить слова песни «Осень»", "Послушать пьесу «Баба-яга» из «Детского альбома»"],
}
SHARED_TASKS = {  # (subject, class) -> per-grade task on the shared lesson (one lesson_id, each grade's own task)
    ("Изобразительное искусство", "2"): ["Принести акварель и кисти", "Нарисовать свой дом"],
    ("Изобразительное искусство", "4"): ["Закончить осенний пейзаж", "Эскиз деревенской улицы"],
}

WEEK1, WEEK2 = [D(2026, 11, 9) + dt.timedelta(days=i) for i in range(5)], [
    D(2026, 11, 16) + dt.timedelta(days=i) for i in range(5)]
MOVED_FROM, MOVED_TO = D(2026, 11, 20), D(2026, 11, 19)  # grade 2's Окружающий мир, Fri slot 3 -> Thu slot 5
SEMINAR = D(2026, 11, 17)  # Иванова at the district seminar: Лаптева teaches 2 and 4 in slots 1-2
COURSES = D(2026, 11, 18)  # grade 3's Математика cancelled («Cancel»)
WITHDRAWN = (D(2026, 11, 12), "4", "Русский язык")  # grade 4's task withdrawn in the later pull


def index_of(cls: str, subject: str, day: dt.date, at: int) -> int:
    """The how-many-th lesson of the subject this is for the class in the fortnight (topics and tasks in turn)."""
    n = 0
    for d in WEEK1 + WEEK2:
        for slot in sorted(WEEK[d.weekday()]):
            if (d, slot) == (day, at):
                return n
            if WEEK[d.weekday()][slot].get(cls, "").lstrip("*") == subject:
                n += 1
    return n


def in_turn(texts: list[str], n: int) -> str:
    """The n-th text of a list; a second round says so (each task text is its lesson's own)."""
    return texts[n % len(texts)] if n < len(texts) else f"Повторить: {texts[n % len(texts)][0].lower()}{texts[n % len(texts)][1:]}"


def lesson_id(cls: str, day: dt.date, slot: int, shared: bool) -> str:
    return f"{'9' if shared else cls}{day:%Y%m%d}{slot}"


# marks: (pupil, date, subject) -> list of (value, nm, comment, control_type, short, weight)
RU, KR, SR, D_ = ("Работа на уроке", "РУ"), ("Контрольная работа", "КР"), ("Самостоятельная работа", "СР"), (
    "Диктант", "Д")
MARKS = {
    ("53201", D(2026, 11, 9), "Русский язык"): [("5", "1", "", *RU, 1)],
    ("53202", D(2026, 11, 9), "Литературное чтение"): [("2", "1", "не читал", *RU, 1)],  # deleted later
    ("53401", D(2026, 11, 9), "Русский язык"): [("4", "1", "", *RU, 1)],
    ("53402", D(2026, 11, 9), "Математика"): [("5", "1", "", *RU, 1)],
    ("53301", D(2026, 11, 9), "Математика"): [("4", "1", "", *RU, 1)],
    ("53201", D(2026, 11, 10), "Математика"): [("4", "1", "", *RU, 1)],
    ("53401", D(2026, 11, 10), "Окружающий мир"): [("5", "1", "сообщение о тундре", *RU, 1)],
    ("53402", D(2026, 11, 10), "Русский язык"): [("3", "1", "", *SR, 2)],
    ("53203", D(2026, 11, 10), "Русский язык"): [("н", "1", "", "", "", 0)],
    ("53401", D(2026, 11, 11), "Математика"): [("3", "1", "", *SR, 2)],  # corrected to 4 later
    ("53201", D(2026, 11, 11), "Математика"): [("5", "1", "", *RU, 1), ("4", "2", "устный счёт", *RU, 1)],
    ("53202", D(2026, 11, 11), "Математика"): [("4", "1", "", *RU, 1)],
    ("53402", D(2026, 11, 11), "Русский язык"): [("4", "1", "", *RU, 1)],
    ("53301", D(2026, 11, 11), "Русский язык"): [("5", "1", "", *RU, 1)],
    ("53401", D(2026, 11, 11), "Изобразительное искусство"): [("5", "1", "", *RU, 1)],
    ("53202", D(2026, 11, 11), "Изобразительное искусство"): [("4", "1", "", *RU, 1)],
    ("53301", D(2026, 11, 12), "Физическая культура"): [("н", "1", "болел", "", "", 0)],
    ("53402", D(2026, 11, 12), "Физическая культура"): [("5", "1", "", *RU, 1)],
    ("53201", D(2026, 11, 12), "Технология"): [("5", "1", "", *RU, 1)],
    ("53401", D(2026, 11, 13), "Физическая культура"): [("4", "1", "", *RU, 1)],
    ("53202", D(2026, 11, 13), "Окружающий мир"): [("5", "1", "", *RU, 1)],
    ("53201", D(2026, 11, 16), "Музыка"): [("5", "1", "", *RU, 1)],
    ("53401", D(2026, 11, 16), "Музыка"): [("4", "1", "", *RU, 1)],
    ("53402", D(2026, 11, 16), "Литературное чтение"): [("5", "1", "выразительное чтение", *RU, 1)],
    ("53301", D(2026, 11, 16), "Литературное чтение"): [("5", "1", "", *RU, 1)],
    ("53201", D(2026, 11, 17), "Русский язык"): [("4", "1", "", *D_, 2)],
    ("53202", D(2026, 11, 17), "Русский язык"): [("3", "1", "", *D_, 2)],
    ("53401", D(2026, 11, 17), "Русский язык"): [("5", "1", "", *RU, 1)],
    ("53402", D(2026, 11, 17), "Математика"): [("н", "1", "", "", "", 0)],
    ("53401", D(2026, 11, 18), "Математика"): [("4", "1", "", *RU, 1)],
    ("53202", D(2026, 11, 18), "Математика"): [("5", "1", "", *RU, 1)],
    ("53301", D(2026, 11, 18), "Русский язык"): [("4", "1", "", *RU, 1)],
    ("53201", MOVED_TO, "Окружающий мир"): [("5", "1", "", *RU, 1)],
    ("53402", D(2026, 11, 19), "Русский язык"): [("4", "1", "", *RU, 1)],
    ("53301", D(2026, 11, 19), "Физическая культура"): [("5", "1", "", *RU, 1)],
    ("53401", D(2026, 11, 20), "Математика"): [("4", "1", "", *KR, 3)],
    ("53402", D(2026, 11, 20), "Математика"): [("3", "1", "", *KR, 3)],
    ("53201", D(2026, 11, 20), "Математика"): [("5", "1", "", *SR, 2)],
    ("53202", D(2026, 11, 20), "Физическая культура"): [("оп", "1", "", "", "", 0)],
}


def plan(cls: str, day: dt.date, state: dict) -> list[tuple[int, str, bool]]:
    """(slot, subject, shared) of the class's lessons that day as the journal holds them in ``state``."""
    lessons = []
    for slot, by_class in sorted(WEEK[day.weekday()].items()):
        if cls in by_class:
            lessons.append((slot, by_class[cls].lstrip("*"), by_class[cls].startswith("*")))
    if cls == "2" and state.get("moved"):
        if day == MOVED_FROM:
            lessons = [x for x in lessons if x[0] != 3]
        if day == MOVED_TO:
            lessons.append((5, "Окружающий мир", False))
    return lessons


def item(cls, day, slot, subject, shared, pupil, state, pulled):
    lid_day, lid_slot = (MOVED_FROM, 3) if (cls == "2" and day == MOVED_TO and slot == 5) else (day, slot)
    lid = lesson_id(cls, lid_day, lid_slot, shared)
    topic_key = ("*" if shared else cls, subject)
    # a shared lesson is one lesson: its topic is counted in the turn of the first class it is shared by
    ref = min(c for c, v in WEEK[lid_day.weekday()][lid_slot].items() if v.startswith("*")) if shared else cls
    topic = TOPICS[topic_key][index_of(ref, subject, lid_day, lid_slot) % len(TOPICS[topic_key])]
    cancel = cls == "3" and day == COURSES and subject == "Математика" and state.get("courses")
    who = {"Музыка": MUSIC if shared else LAPTEVA, "Физическая культура": PE}.get(subject)
    teacher = who if isinstance(who, str) else full(who or HOMETEACHER[cls])
    if cls in ("2", "4") and day == SEMINAR and slot in (1, 2) and state.get("seminar"):
        teacher = full(LAPTEVA)
    room = {"Физическая культура": "Спортзал"}.get(subject, "Кабинет № 1" if cls in ("2", "4") else "Кабинет № 2")
    homework = {}
    if shared and (subject, cls) in SHARED_TASKS:
        texts = SHARED_TASKS[(subject, cls)]
        hw_id = int(f"7{cls}{lid}")
        homework[str(hw_id)] = {"id": hw_id, "value": in_turn(texts, index_of(cls, subject, day, slot)),
                                "individual": False}
    elif topic_key in TASKS and not cancel:
        texts = TASKS[topic_key]
        hw_id = int(f"7{lid}")
        homework[str(hw_id)] = {"id": hw_id, "value": in_turn(texts, index_of(ref, subject, lid_day, lid_slot)),
                                "individual": False}
    if (day, cls, subject) == WITHDRAWN and state.get("withdrawn"):
        homework = {}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for value, nm, comment, ctype, short, weight in MARKS.get((pupil, day, subject), []):
            if state.get("corrected") and (pupil, day, subject) == ("53401", D(2026, 11, 11), "Математика"):
                value, comment = "4", "исправлено после работы над ошибками"
            if state.get("deleted") and (pupil, day, subject) == ("53202", D(2026, 11, 9), "Литературное чтение"):
                continue
            marks.append(mark(value, day, lid, nm, comment, ctype, short, weight))
    if cancel:
        return {"num": str(slot), "name": "Cancel", "room": "", "teacher": teacher, "sort": slot * 100,
                "lesson_id": lid, "topic": "", "is_control": False, "starttime": BELLS[slot][0] + ":00",
                "endtime": BELLS[slot][1] + ":00", "homework": {}, "files": [], "resources": [], "assessments": []}
    return {"num": str(slot), "name": subject, "room": room, "teacher": teacher, "sort": slot * 100, "lesson_id": lid,
            "topic": topic, "is_control": any(m["weight"] >= 3 for m in marks), "starttime": BELLS[slot][0] + ":00",
            "endtime": BELLS[slot][1] + ":00", "homework": homework, "files": [], "resources": [], "assessments": marks}


def mark(value, day, lid, nm, comment, ctype, short, weight):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def diary(pupil, days, state, pulled):
    last, first, _, cls = PUPILS[pupil]
    out = {}
    for day in days:
        key = f"{day:%Y%m%d}"
        out[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                    "items": {str(s): item(cls, day, s, subj, sh, pupil, state, pulled)
                              for s, subj, sh in plan(cls, day, state)}}
    return envelope({"students": {pupil: {"name": pupil, "title": f"{last} {first}", "parent_signed": False,
                                          "days": out}}})


def getdiary(pupil, days, state, pulled):
    return rec(f"getdiary?student={pupil}&days={days[0]:%Y%m%d}-{days[-1]:%Y%m%d}&rings=__yes",
               diary(pupil, days, state, pulled), pulled)


def getrules(parent, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls, "city": "с. Сосновка",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls, "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": "", "roles": ["parent"],
              "region": "Вологодская область", "city": "с. Сосновка", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Сосновская ООШ",
                                         "title_full": "МКОУ «Сосновская основная общеобразовательная школа»",
                                         "number": "", "inn": "3512005353", "kpp": "351201001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil, pulled):
    last, first, _, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last} {first}", "periods": periods}]}), pulled)


def getmarks(pupil, days, state, pulled):
    body = diary(pupil, days, state, pulled)
    by_subject: dict[str, list] = {}
    for key in sorted(body["response"]["result"]["students"][pupil]["days"]):
        for it in body["response"]["result"]["students"][pupil]["days"][key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"] or None, max_mark=None)
                if kind:
                    m["mtype"] = {"id": {"РУ": 1, "СР": 2, "КР": 3, "Д": 4}[short], "short": short, "type": kind}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5300 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last, first, _, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={days[0]:%Y%m%d}-{days[-1]:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last} {first}", "lessons": lessons}}}),
               pulled)


def main() -> None:
    pupils, T = sorted(PUPILS), dt.datetime
    s0 = {}
    s1 = {"withdrawn": True}
    s2 = dict(s1, corrected=True, deleted=True)
    s3 = dict(s2, seminar=True, courses=True, moved=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 8 Nov 19:00: getrules of the eleven parents, getperiods of the pupils the facts follow",
         [getrules(p, T(2026, 11, 8, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, T(2026, 11, 8, 19, 20 + i)) for i, p in enumerate(["53201", "53301", "53401"])])
    step("02 Sun 8 Nov 19:30: week 1 (9-13 Nov) as planned, every pupil's getdiary",
         [getdiary(p, WEEK1, s0, T(2026, 11, 8, 19, 30 + i)) for i, p in enumerate(pupils)])
    step("03 Fri 13 Nov 20:00: week 1 with its marks; grade 4's Thursday Russian task withdrawn",
         [getdiary(p, WEEK1, s1, T(2026, 11, 13, 20, i)) for i, p in enumerate(pupils)])
    step("04 Sun 15 Nov 19:00: week 1 again (53401's Wednesday 3 corrected to 4, 53202's Monday 2 deleted); week 2 "
         "as planned",
         [getdiary(p, WEEK1, s2, T(2026, 11, 15, 19, i)) for i, p in enumerate(pupils)],
         [getdiary(p, WEEK2, s2, T(2026, 11, 15, 19, 30 + i)) for i, p in enumerate(pupils)])
    step("05 Fri 20 Nov 20:00: week 2 with its marks: the district seminar (Лаптева substitutes in 2 and 4), grade "
         "3's Wednesday Mathematics «Cancel», grade 2's Friday Окружающий мир moved to Thursday lesson 5",
         [getdiary(p, WEEK2, s3, T(2026, 11, 20, 20, i)) for i, p in enumerate(pupils)])
    step("06 Sat 21 Nov 10:00: getmarks 9-20 Nov of the pupils the facts follow",
         [getmarks(p, WEEK1 + WEEK2, s3, T(2026, 11, 21, 10, i))
          for i, p in enumerate(["53201", "53202", "53301", "53401", "53402"])])
    journey = {"vendor": "elzhur",
               "description": "A small rural school (МКОУ «Сосновская ООШ», 9-20 Nov 2026): grades 2 and 4 taught "
                              "together by their one class teacher, each grade with its own topic and task in the "
                              "same lesson slot; music and art one lesson for both grades, PE shared by 3 and 4 and "
                              "by 2 and 4; a 3rd grade of one pupil; a mother of a 2nd and a 4th grader.",
               "school": {"timezone": "Europe/Moscow", "name": "МКОУ «Сосновская основная общеобразовательная школа»"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
