"""Writes journey.json for corpus elzhur_39 (the youngest pupils: a primary school, 1st-4th grades).

Standard library only, deterministic; every value is invented. Shapes follow shared/reference/elzhur_mesh.md Part A
(A.1 envelope and request strings, A.3 field tables, A.5 examples, A.6 vocabulary).
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).parent
VENDOR = "nosh39"
TZ = "+03:00"

# --- the school ---------------------------------------------------------------------------------------------------

# 1st grade: 35-minute lessons and a 40-minute dynamic pause after the 2nd lesson; 2nd-4th grades: 40 minutes.
RINGS = {
    "1А": {1: ("08:30:00", "09:05:00"), 2: ("09:15:00", "09:50:00"), 3: ("10:30:00", "11:05:00"),
           4: ("11:15:00", "11:50:00")},
    "2Б": {1: ("08:30:00", "09:10:00"), 2: ("09:20:00", "10:00:00"), 3: ("10:20:00", "11:00:00"),
           4: ("11:20:00", "12:00:00"), 5: ("12:10:00", "12:50:00")},
}
RINGS["4В"] = RINGS["2Б"]
CLASS_CODE = {"1А": "1", "2Б": "2", "4В": "4"}
HOMETEACHER = {"1А": ("39501", "Белова", "Наталья", "Сергеевна"), "2Б": ("39502", "Лебедева", "Марина", "Викторовна"),
               "4В": ("39504", "Кравцова", "Ольга", "Ивановна")}
ROOM = {"1А": "105", "2Б": "108", "4В": "204"}
MUSIC = ("Кудрявцева Елена Павловна", "Кабинет музыки")
PE = ("Сидоров Павел Андреевич", "Спортзал")
ORKSE = "Основы религиозных культур и светской этики"
ENGLISH = {"1": ("Смирнова Ксения Андреевна", "301"), "2": ("Ахмедова Лейла Руслановна", "302")}
ORKSE_MODULES = {"1": ("Основы православной культуры", "ОПК", "Полякова Галина Николаевна", "206"),
                 "2": ("Основы светской этики", "ОСЭ", "Кравцова Ольга Ивановна", "204")}  # the parents' choice
GRAMOTA_R, GRAMOTA_W = "Обучение грамоте (чтение)", "Обучение грамоте (письмо)"

TIMETABLE = {  # weekday -> subjects by lesson number
    "1А": {0: [GRAMOTA_R, "Математика", "Окружающий мир", "Физическая культура"],
           1: [GRAMOTA_W, "Математика", "Физическая культура", GRAMOTA_R],
           2: [GRAMOTA_R, GRAMOTA_W, "Музыка", "Математика"],
           3: ["Математика", GRAMOTA_W, "Изобразительное искусство", "Физическая культура"],
           4: [GRAMOTA_R, "Окружающий мир", "Технология", "Математика"]},
    "2Б": {0: ["Русский язык", "Математика", "Литературное чтение", "Физическая культура"],
           1: ["Русский язык", "Математика", "Английский язык", "Окружающий мир"],
           2: ["Литературное чтение", "Русский язык", "Математика", "Музыка"],
           3: ["Русский язык", "Литературное чтение", "Математика", "Технология"],
           4: ["Математика", "Русский язык", "Окружающий мир", "Изобразительное искусство"]},
    "4В": {0: ["Русский язык", "Математика", "Литературное чтение", "Английский язык", "Физическая культура"],
           1: ["Русский язык", "Математика", "Окружающий мир", ORKSE, "Музыка"],
           2: ["Литературное чтение", "Русский язык", "Математика", "Английский язык", "Изобразительное искусство"],
           3: ["Русский язык", "Математика", "Окружающий мир", "Физическая культура", "Технология"],
           4: ["Литературное чтение", "Русский язык", "Математика", "Английский язык"]},
}
SUBJECTS = {cls: sorted({s for day in tt.values() for s in day}) for cls, tt in TIMETABLE.items()}

TOPICS = {
    GRAMOTA_R: ["Звук [м], буквы М, м", "Звук [с], буквы С, с", "Звук [н], буквы Н, н", "Чтение слогов и слов с буквой Н",
                "Звук [к], буквы К, к", "Звук [т], буквы Т, т", "Чтение текста «Кот и мыши»", "Звук [л], буквы Л, л"],
    GRAMOTA_W: ["Письмо строчной буквы м", "Письмо заглавной буквы М", "Письмо строчной буквы с",
                "Письмо заглавной буквы С", "Письмо слогов и слов с буквами м, с", "Письмо строчной буквы н",
                "Письмо заглавной буквы Н"],
    "Математика": {"1А": ["Числа от 1 до 5: состав числа", "Знаки «+», «−», «=»", "Прибавить и вычесть 1",
                          "Число 6. Письмо цифры 6", "Число 7. Письмо цифры 7", "Больше. Меньше. Равно",
                          "Число 8. Письмо цифры 8", "Задача: условие и вопрос", "Число 9. Письмо цифры 9"],
                   "2Б": ["Сложение вида 36 + 2, 36 + 20", "Вычитание вида 36 − 2, 36 − 20", "Решение задач в два действия",
                          "Сложение вида 26 + 4", "Вычитание вида 30 − 7", "Вычитание вида 60 − 24",
                          "Задачи на нахождение неизвестного слагаемого", "Сложение вида 26 + 7", "Проверка сложения"],
                   "4В": ["Письменное умножение на однозначное число", "Умножение чисел, оканчивающихся нулями",
                          "Деление с остатком", "Письменное деление на однозначное число", "Задачи на движение",
                          "Скорость. Время. Расстояние", "Решение задач на движение", "Проверочная работа по теме «Деление»",
                          "Работа над ошибками"]},
    "Окружающий мир": {"1А": ["Что такое Родина?", "Что мы знаем о народах России?", "Что у нас над головой?",
                              "Что у нас под ногами?", "Что общего у разных растений?"],
                       "2Б": ["Дикие и культурные растения", "Дикие и домашние животные", "Про кошек и собак",
                              "Красная книга", "Будь природе другом!"],
                       "4В": ["Природные зоны России", "Зона арктических пустынь", "Тундра", "Леса России",
                              "Лес и человек", "Зона степей", "Пустыни"]},
    "Русский язык": {"2Б": ["Слова с непроверяемыми написаниями", "Перенос слов по слогам", "Ударение", "Звуки и буквы",
                            "Гласные звуки", "Правописание слов с безударным гласным звуком в корне",
                            "Проверяемые и непроверяемые безударные гласные", "Словарный диктант", "Работа над ошибками"],
                     "4В": ["Падеж имён существительных", "Три склонения имён существительных",
                            "Правописание безударных падежных окончаний", "Именительный и винительный падежи",
                            "Родительный падеж", "Дательный падеж", "Творительный падеж", "Предложный падеж",
                            "Контрольный диктант «Поздняя осень»", "Работа над ошибками", "Обобщение по теме «Падежи»"]},
    "Литературное чтение": {"2Б": ["Русские народные сказки", "«Петушок и бобовое зёрнышко»",
                                   "«У страха глаза велики»", "«Лиса и тетерев»", "«Каша из топора»",
                                   "«Гуси-лебеди»"],
                            "4В": ["В. А. Жуковский «Спящая царевна»", "А. С. Пушкин «Сказка о мёртвой царевне»",
                                   "М. Ю. Лермонтов «Дары Терека»", "Л. Н. Толстой «Детство»",
                                   "А. П. Чехов «Мальчики»", "Ф. И. Тютчев «Ещё земли печален вид...»",
                                   "А. А. Фет «Весенний дождь»"]},
    "Английский язык": {"2Б": ["My family", "Colours", "My toys", "Numbers 1-10"],
                        "4В": ["At the zoo", "Present Continuous", "My day", "What time is it?", "Telling the time"]},
    "Изобразительное искусство": ["Изображать можно пятном", "Рисуем осенний лист", "Украшения в природе",
                                  "Постройки в нашей жизни"],
    "Технология": ["Аппликация из осенних листьев", "Лепка из пластилина: овощи", "Оригами «Лисичка»",
                   "Работа с бумагой: закладка"],
    "Музыка": ["И Муза вечная со мной", "Хоровод муз", "Музыкальные инструменты", "Звучащие картины"],
    "Физическая культура": ["Подвижные игры", "Бег на 30 м", "Прыжок в длину с места", "Метание мяча",
                            "Эстафеты с мячом", "Челночный бег 3×10 м"],
    ORKSE: ["Россия — наша Родина", "Этика и этикет", "Культура и религия", "Добро и зло"],
}
EXTDAY_TOPICS = {"2025-10-20": "День отца", "2025-11-10": "Мы — одна страна: ко Дню народного единства",
                 "2025-11-17": "День матери", "2026-02-16": "Арктика — территория развития"}
ORLYATA = {"2025-10-23": ("Орлёнок — Эрудит", None), "2025-11-06": ("Орлёнок — Доброволец", None),
           "2025-11-13": ("Орлёнок — Хранитель исторической памяти",
                          (7390110, "Принести фотографию своей семьи для альбома класса")),
           "2025-11-20": ("Орлёнок — Хранитель исторической памяти: итоговая встреча", None)}

# --- the people -------------------------------------------------------------------------------------------------

PUPILS = {  # id: (title, last, first, gender, class, English group)
    "39101": ("Зайцева Варвара", "Зайцева", "Варвара", "female", "1А", None),
    "39102": ("Новиков Матвей", "Новиков", "Матвей", "male", "1А", None),
    "39201": ("Егорова Милана", "Егорова", "Милана", "female", "2Б", None),
    "39401": ("Зайцев Тимофей", "Зайцев", "Тимофей", "male", "4В", "1"),
    "39402": ("Фролова Алиса", "Фролова", "Алиса", "female", "4В", "2"),
}
PARENTS = {  # user id: (last, first, middle, gender, children)
    "39901": ("Зайцева", "Ольга", "Петровна", "female", ["39101", "39401"]),
    "39902": ("Новикова", "Анна", "Игоревна", "female", ["39102"]),
    "39903": ("Егоров", "Дмитрий", "Алексеевич", "male", ["39201"]),
    "39904": ("Фролова", "Светлана", "Викторовна", "female", ["39402"]),
}

# --- the calendar -----------------------------------------------------------------------------------------------

D = dt.date
WEEK1 = [D(2025, 10, 20) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [D(2025, 11, 5), D(2025, 11, 6), D(2025, 11, 7)]
WEEK3 = [D(2025, 11, 10) + dt.timedelta(days=i) for i in range(5)]
WEEK4 = [D(2025, 11, 17) + dt.timedelta(days=i) for i in range(5)]      # 1А's class schedule only
FEB = [D(2026, 2, 16) + dt.timedelta(days=i) for i in range(5)]        # 4В's lessons; 1А's extra holidays
SCHOOL_DAYS = WEEK1 + WEEK2 + WEEK3 + WEEK4 + FEB
FIRST_GRADE_HOLIDAY = {day: "Дополнительные каникулы для первоклассников" for day in FEB}
VACATION = {D(2025, 10, 27): "Осенние каникулы", D(2025, 10, 28): "Осенние каникулы", D(2025, 10, 29): "Осенние каникулы",
            D(2025, 10, 30): "Осенние каникулы", D(2025, 10, 31): "Осенние каникулы", D(2025, 11, 3): "Осенние каникулы",
            D(2025, 11, 4): "День народного единства"}
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260401", "20260526")]


def key(day):
    return day.strftime("%Y%m%d")


def lessons_per_day(cls, day):
    """1st grade's stepped regime: three lessons a day in September-October, four from November."""
    return 3 if cls == "1А" and day < D(2025, 11, 1) else len(TIMETABLE[cls][day.weekday()])


def lesson_id(cls, day, slot, grp=None):
    return f"39{CLASS_CODE[cls]}{day.strftime('%m%d')}{slot}{grp or '0'}"


def teacher_room(cls, subject, grp=None):
    if subject == "Музыка":
        return MUSIC
    if subject == "Физическая культура":
        return PE
    if subject == ORKSE:
        return ORKSE_MODULES[grp][2:]
    if subject == "Английский язык":
        return ENGLISH[grp] if cls == "4В" else ENGLISH["1"]
    last, first, middle = HOMETEACHER[cls][1:]
    return f"{last} {first} {middle}", ROOM[cls]


def build_lessons():
    """Every lesson of the window per class: {(cls, day): [item without per-pupil parts]}, topics in programme order."""
    counters, out = {}, {}
    for cls in TIMETABLE:
        for day in SCHOOL_DAYS:
            if (day in FEB and cls != "4В") or (day in WEEK4 and cls != "1А"):
                continue
            items = []
            for slot in range(1, lessons_per_day(cls, day) + 1):
                subject = TIMETABLE[cls][day.weekday()][slot - 1]
                groups = ["1", "2"] if (cls == "4В" and subject in ("Английский язык", ORKSE)) else [None]
                topics = TOPICS[subject]
                topics = topics[cls] if isinstance(topics, dict) else topics
                n = counters.get((cls, subject), 0)
                counters[(cls, subject)] = n + 1
                for grp in groups:
                    teacher, room = teacher_room(cls, subject, grp)
                    item = {"num": str(slot), "name": subject, "room": room, "teacher": teacher, "sort": slot * 100,
                            "lesson_id": lesson_id(cls, day, slot, grp), "topic": topics[n % len(topics)],
                            "is_control": False, "starttime": RINGS[cls][slot][0], "endtime": RINGS[cls][slot][1]}
                    if grp and subject == ORKSE:  # ОРКСЭ: one subgroup per module (A.3 grp, grp_short)
                        item["grp"], item["grp_short"] = ORKSE_MODULES[grp][:2]
                    elif grp:
                        item["grp"], item["grp_short"] = f"{grp} группа", f"{grp} гр."
                    items.append(item)
            out[(cls, day)] = items
    return out


LESSONS = build_lessons()


def find_lesson(cls, day, subject, grp=None):
    for item in LESSONS[(cls, day)]:
        if item["name"] == subject and item["lesson_id"][-1] in ("0", grp):
            return item
    raise KeyError((cls, day, subject))


# --- what the teachers wrote ---------------------------------------------------------------------------------------
# Pull labels: w1 (Fri 24 Oct), q1 (Sun 26 Oct: getmarks and finals of quarter I), hol (Sun 2 Nov), w2 (Fri 7 Nov),
# w3mid (Wed 12 Nov), w3 (Fri 14 Nov), q2 (Fri 14 Nov, getmarks of quarter II).
ALL = {"w1", "q1", "hol", "w2", "w3mid", "w3", "q2", "feb"}

CT = {"РУ": ("Работа на уроке", 1), "ДЗ": ("Домашняя работа", 1), "СР": ("Самостоятельная работа", 2),
      "КР": ("Контрольная работа", 3), "КД": ("Контрольный диктант", 3), "СД": ("Словарный диктант", 1),
      "ЧН": ("Чтение наизусть", 1), "Н": ("Норматив", 1), "ПР": ("Проверочная работа", 2)}
MTYPE_ID = {"РУ": 1, "ДЗ": 2, "СР": 3, "КР": 4, "КД": 5, "СД": 6, "ЧН": 7, "Н": 8, "ПР": 9}

# (pupil, date, subject, value, convert, countas, count, control short, comment, pulls, nm)
MARKS = [
    # 4В, quarter I's last week
    ("39401", D(2025, 10, 20), "Русский язык", "4", 4, "4", True, "РУ", "", ALL, "1"),
    ("39401", D(2025, 10, 21), "Математика", "5", 5, "5", True, "СР", "", ALL, "1"),
    ("39401", D(2025, 10, 22), "Литературное чтение", "5", 5, "5", True, "ЧН", "Выразительно!", ALL, "1"),
    ("39401", D(2025, 10, 23), "Окружающий мир", "4", 4, "4", True, "РУ", "", ALL, "1"),
    ("39401", D(2025, 10, 24), "Математика", "2", 2, "2", True, "ДЗ", "Не выполнено домашнее задание", ALL, "1"),
    ("39402", D(2025, 10, 20), "Математика", "5", 5, "5", True, "РУ", "", ALL, "1"),
    ("39402", D(2025, 10, 21), "Окружающий мир", "5", 5, "5", True, "РУ", "", ALL, "1"),
    ("39402", D(2025, 10, 22), "Английский язык", "4", 4, "4", True, "РУ", "", ALL, "1"),
    ("39402", D(2025, 10, 23), "Русский язык", "3", 3, "3", True, "КД", "Три ошибки на безударные окончания", ALL, "1"),
    ("39402", D(2025, 10, 23), "Русский язык", "5", 5, "5", True, "РУ", "Грамматическое задание", ALL, "2"),
    # 4В, quarter II
    ("39401", D(2025, 11, 5), "Русский язык", "4-", 4, "3.75", True, "РУ", "неаккуратно", ALL, "1"),
    ("39401", D(2025, 11, 6), "Окружающий мир", "5", 5, "5", True, "РУ", "", ALL, "1"),
    ("39401", D(2025, 11, 7), "Английский язык", "5", 5, "5", True, "РУ", "", ALL, "1"),
    ("39401", D(2025, 11, 10), "Математика", "3", 3, "3", True, "СР", "", {"w3mid"}, "1"),
    ("39401", D(2025, 11, 10), "Математика", "4", 4, "4", True, "СР", "Исправлено после работы над ошибками",
     {"w3", "q2"}, "1"),
    ("39401", D(2025, 11, 11), ORKSE, "зч", 0, "0", False, "РУ", "", ALL, "1"),
    ("39401", D(2025, 11, 13), "Физическая культура", "нз", 0, "0", False, "Н", "Прыжок в длину с места: не сдал норматив",
     ALL, "1"),
    ("39401", D(2025, 11, 14), "Русский язык", "5", 5, "5", True, "КД", "", {"w3", "q2"}, "1"),
    ("39402", D(2025, 11, 5), "Литературное чтение", "5+", 5, "5.25", True, "ЧН", "", ALL, "1"),
    ("39402", D(2025, 11, 6), "Математика", "4", 4, "4", True, "РУ", "", ALL, "1"),
    ("39402", D(2025, 11, 11), ORKSE, "зач", 0, "0", False, "РУ", "", ALL, "1"),
    ("39402", D(2025, 11, 13), "Физическая культура", "осв", 0, "0", False, "Н", "справка до 30.11", ALL, "1"),
    ("39402", D(2025, 11, 14), "Русский язык", "4/3", 3.5, "3.5", True, "КД", "диктант / грамматическое задание",
     {"w3", "q2"}, "1"),
    # 2Б: marks start with quarter II
    ("39201", D(2025, 11, 6), "Русский язык", "4", 4, "4", True, "СД", "", ALL, "1"),
    ("39201", D(2025, 11, 10), "Русский язык", "5", 5, "5", True, "РУ", "Молодец!", ALL, "1"),
    ("39201", D(2025, 11, 10), "Математика", "4", 4, "4", True, "РУ", "", ALL, "1"),
    ("39201", D(2025, 11, 11), "Английский язык", "5", 5, "5", True, "РУ", "", ALL, "1"),
    ("39201", D(2025, 11, 12), "Литературное чтение", "5", 5, "5", True, "ЧН", "", ALL, "1"),
    ("39201", D(2025, 11, 13), "Математика", "3", 3, "3", True, "СР", "", ALL, "1"),
    ("39201", D(2025, 11, 14), "Окружающий мир", "4", 4, "4", True, "РУ", "", {"w3", "q2"}, "1"),
]
# quarter I marks of 4В before the window: only getmarks brings them (pupil, date, subject, value, short)
EARLY = [
    ("39401", D(2025, 9, 15), "Русский язык", "5", "СД"), ("39401", D(2025, 10, 9), "Русский язык", "4", "КД"),
    ("39401", D(2025, 9, 23), "Математика", "4", "РУ"), ("39401", D(2025, 10, 14), "Математика", "4", "КР"),
    ("39401", D(2025, 9, 24), "Литературное чтение", "5", "ЧН"), ("39401", D(2025, 10, 2), "Окружающий мир", "5", "ПР"),
    ("39401", D(2025, 9, 29), "Английский язык", "5", "РУ"), ("39401", D(2025, 10, 1), "Изобразительное искусство", "5", "РУ"),
    ("39401", D(2025, 10, 16), "Технология", "5", "РУ"), ("39401", D(2025, 9, 30), "Музыка", "5", "РУ"),
    ("39401", D(2025, 9, 18), "Физическая культура", "5", "Н"),
    ("39402", D(2025, 9, 15), "Русский язык", "4", "СД"), ("39402", D(2025, 10, 9), "Русский язык", "4", "КД"),
    ("39402", D(2025, 9, 23), "Математика", "5", "РУ"), ("39402", D(2025, 10, 14), "Математика", "5", "КР"),
    ("39402", D(2025, 9, 24), "Литературное чтение", "5", "ЧН"), ("39402", D(2025, 10, 2), "Окружающий мир", "4", "ПР"),
    ("39402", D(2025, 10, 1), "Изобразительное искусство", "5", "РУ"), ("39402", D(2025, 10, 16), "Технология", "4", "РУ"),
    ("39402", D(2025, 9, 30), "Музыка", "5", "РУ"),
]

# attendance pseudo-marks: (pupil, date, subject or None for every lesson, value, pulls)
ATTENDANCE = [
    ("39102", D(2025, 10, 21), None, "н", {"w1"}),              # absent: the first pull
    ("39102", D(2025, 10, 21), None, "б", ALL - {"w1"}),        # the mother's note: ill
    ("39102", D(2025, 11, 12), GRAMOTA_R, "оп", ALL),           # late for the first lesson
    ("39101", D(2025, 11, 13), None, "у", ALL),                 # excused (a family reason, with a note)
    ("39402", D(2025, 11, 10), None, "н", {"w3mid"}),
    ("39402", D(2025, 11, 10), "Русский язык", "н", ALL - {"w3mid"}),   # she came for the 2nd lesson on:
    ("39402", D(2025, 11, 10), "Математика", "н", set()),                # the teacher took the other н back
    ("39401", D(2025, 11, 7), "Литературное чтение", "ОП", ALL),
    ("39201", D(2025, 10, 22), "Музыка", "н", ALL),
]

# homework: (class, date, subject, hw id, text, individual pupil or None, file, pulls)
HOMEWORK = [
    ("1А", D(2025, 10, 24), "Технология", 7390101, "Принести цветную бумагу, клей-карандаш и ножницы с закруглёнными концами",
     None, None, ALL),
    ("1А", D(2025, 11, 7), "Окружающий мир", 7390102, "Нарисовать своё любимое дерево", None, None, ALL),
    ("1А", D(2025, 11, 13), "Изобразительное искусство", 7390103, "Принести гуашь и кисточку № 3", None, None, ALL),
    ("2Б", D(2025, 10, 20), "Русский язык", 7390201, "Упр. 12, с. 9", None, None, ALL),
    ("2Б", D(2025, 10, 21), "Математика", 7390202, "№ 3, 5 на с. 34", None, None, ALL),
    ("2Б", D(2025, 11, 10), "Литературное чтение", 7390203, "Пересказ сказки «Гуси-лебеди»", None, None, ALL),
    ("2Б", D(2025, 11, 12), "Математика", 7390204, "№ 2, 4 на с. 52; выучить таблицу сложения", None, None, ALL),
    ("4В", D(2025, 10, 20), "Русский язык", 7390401, "Упр. 98, с. 56", None, None, ALL),
    ("4В", D(2025, 10, 22), "Литературное чтение", 7390402, "Выучить наизусть отрывок «Ещё земли печален вид...»",
     None, None, ALL),
    ("4В", D(2025, 11, 5), "Математика", 7390403, "№ 214, 216 (с. 48)", None, None, ALL),
    ("4В", D(2025, 11, 6), "Окружающий мир", 7390404, "С. 62–67, ответить на вопросы 1–3", None, None, ALL),
    ("4В", D(2025, 11, 10), "Русский язык", 7390405, "Упр. 117, с. 64", None, None, ALL),
    ("4В", D(2025, 11, 12), "Изобразительное искусство", 7390406, "Закончить рисунок «Осенний парк»", None,
     "образец_осенний_парк.jpg", ALL),
    ("4В", D(2025, 11, 12), "Математика", 7390407, "№ 230 (с. 51)", None, None, {"w3mid"}),  # entered by mistake
    ("4В", D(2025, 11, 12), "Математика", 7390408, "№ 231, 233 (с. 51)", None, None, {"w3", "q2"}),
    ("4В", D(2025, 11, 13), "Окружающий мир", 7390409, "Подготовить сообщение «Природная зона тундры»", "39401", None,
     ALL),
]

FINALS = {
    "39401": [("Русский язык", "4", ""), ("Литературное чтение", "5", ""), ("Математика", "4", ""),
              ("Окружающий мир", "5", ""), ("Английский язык", "5", ""), ("Изобразительное искусство", "5", ""),
              ("Технология", "5", ""), ("Музыка", "5", ""), ("Физическая культура", "5", ""), (ORKSE, "зч", "")],
    "39402": [("Русский язык", "4", ""), ("Литературное чтение", "5", ""), ("Математика", "5", ""),
              ("Окружающий мир", "5", ""), ("Английский язык", "н/а", "пропуски по болезни в сентябре"),
              ("Изобразительное искусство", "5", ""), ("Технология", "4", ""), ("Музыка", "5", ""),
              ("Физическая культура", "осв", "справка"), (ORKSE, "зач", "")],
}


# --- answers -------------------------------------------------------------------------------------------------------


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def record(request, result, pulled):
    return {"request": request, "body": envelope(result), "pulled_at": pulled}


def assessment(value, convert, countas, count, short, day, lid, nm, comment, for_marks=False):
    ctype, weight = CT[short] if short else ("", 0)
    if not count and short and value not in ("зч", "зач", "нз", "осв"):
        weight = 0
    out = {"value": value, "countas": countas, "count": count, "convert": convert, "weight": weight,
           "weight_float": weight, "date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment}
    if for_marks:
        out["lesson_comment"] = None
        out["max_mark"] = None
        if short:
            out["mtype"] = {"id": MTYPE_ID[short], "short": short, "type": ctype}
    else:
        out["control_type"], out["control_type_short"] = ctype, short
        out["color_hex"] = None
    return out


def absence(value, day, lid, for_marks=False):
    return assessment(value, 0, "0", False, "", day, lid, "1", "", for_marks)


def pupil_lessons(pupil, day):
    _, _, _, _, cls, grp = PUPILS[pupil]
    return [dict(item) for item in LESSONS[(cls, day)] if item["lesson_id"][-1] in ("0", grp)]


def marks_of(pupil, day, pull, for_marks=False):
    """{lesson_id: [assessment...]} of the pupil's marks and absences that day as the pull shows them."""
    cls = PUPILS[pupil][4]
    grp = PUPILS[pupil][5]
    out = {}
    for p, d, subject, value, convert, countas, count, short, comment, pulls, nm in MARKS:
        if p == pupil and d == day and pull in pulls:
            lid = find_lesson(cls, d, subject, grp)["lesson_id"]
            out.setdefault(lid, []).append(assessment(value, convert, countas, count, short, d, lid, nm, comment,
                                                      for_marks))
    for p, d, subject, value, pulls in ATTENDANCE:
        if p == pupil and d == day and pull in pulls:
            for item in pupil_lessons(pupil, day):
                if subject in (None, item["name"]):
                    out.setdefault(item["lesson_id"], []).append(absence(value, d, item["lesson_id"], for_marks))
    return out


def homework_of(pupil, day, subject, pull):
    cls = PUPILS[pupil][4]
    hw, files = {}, []
    for c, d, s, hid, text, individual, file, pulls in HOMEWORK:
        if c == cls and d == day and s == subject and pull in pulls and individual in (None, pupil):
            hw[str(hid)] = {"id": hid, "value": text, "individual": individual is not None}
            if file:
                files.append({"toid": hid, "filename": file, "link": f"https://{VENDOR}.eljur.ru/files/{hid}"})
    return hw, files


def getdiary(pupil, first, last, pull, pulled):
    title, _, _, _, cls, _ = PUPILS[pupil]
    days = {}
    day = first
    while day <= last:
        k = key(day)
        holiday = VACATION.get(day) or (FIRST_GRADE_HOLIDAY.get(day) if cls == "1А" else None)
        if holiday:
            days[k] = {"name": k, "title": TITLES[day.weekday()], "alert": "vacation", "holiday_name": holiday,
                       "items": {}}
        elif day in SCHOOL_DAYS:
            marks = marks_of(pupil, day, pull)
            items = {}
            for item in pupil_lessons(pupil, day):
                hw, files = homework_of(pupil, day, item["name"], pull)
                item.update({"homework": hw, "files": files, "resources": [],
                             "assessments": marks.get(item["lesson_id"], [])})
                if pupil == "39102" and day == D(2025, 10, 22) and item["name"] == "Математика":
                    # a phantom mark (A.3: an empty value occurs; Apheleia filters it out)
                    item["assessments"] = [{"value": "", "countas": "0", "count": False, "convert": 0, "weight": 0,
                                            "weight_float": 0, "control_type": "", "control_type_short": "",
                                            "date": day.isoformat(), "lesson_id": item["lesson_id"], "nm": "1",
                                            "comment": ""}]
                items[item["num"]] = item
            if day.weekday() == 0 and cls == "2Б":
                # 2Б's timetable has «Разговоры о важном» as lesson 0 of its regular items (a «нулевой урок»)
                items = {"0": {"num": "0", "name": "Разговоры о важном", "room": ROOM[cls],
                               "teacher": teacher_room(cls, "Русский язык")[0], "sort": 0,
                               "lesson_id": lesson_id(cls, day, 0), "topic": EXTDAY_TOPICS[day.isoformat()],
                               "is_control": False, "starttime": "08:00:00", "endtime": "08:30:00", "homework": {},
                               "files": [], "resources": [], "assessments": []}, **items}
            d = {"name": k, "title": TITLES[day.weekday()], "items": items}
            extday = extday_items(cls, day)
            if extday:
                d["items_extday"] = extday
            days[k] = d
        day += dt.timedelta(days=1)
    req = f"getdiary?student={pupil}&days={key(first)}-{key(last)}&rings=__yes"
    return record(req, {"students": {pupil: {"name": pupil, "title": title, "parent_signed": False, "days": days}}},
                  pulled)


def extday_items(cls, day):
    """Внеурочная деятельность (A.3 Day items_extday: name, teacher, grp, topic, homework[], sort, times with rings):
    «Разговоры о важном» before the first lesson on Mondays (1А and 4В), «Орлята России» after 1А's lessons on
    Thursdays, with a task in the array form of homework[]."""
    teacher = teacher_room(cls, "Русский язык")[0]
    out = []
    if day.weekday() == 0 and cls in ("1А", "4В"):
        homework = []
        if day == D(2026, 2, 16) and cls == "4В":  # the rings form keyed by id (BetterJournal LessonExtraItemRings)
            homework = {"7390411": {"id": 7390411, "value": "Найти на карте Северный морской путь", "individual": False}}
        out.append({"name": "Разговоры о важном", "teacher": teacher, "grp": "", "topic": EXTDAY_TOPICS[day.isoformat()],
                    "homework": homework, "sort": 0, "starttime": "08:00:00",
                    "endtime": "08:25:00" if cls == "1А" else "08:30:00"})
    if day.weekday() == 3 and cls == "1А":
        topic, task = ORLYATA[day.isoformat()]
        out.append({"name": "Орлята России", "teacher": teacher, "grp": "", "topic": topic,
                    "homework": [{"id": task[0], "value": task[1], "individual": False}] if task else [],
                    "sort": 900, "starttime": "12:00:00", "endtime": "12:35:00"})
    return out


def class_url(method, cls, first, last, rings):
    """The full URL a school account's sync job forwards (A.1: `class={name}`; an HTTP client percent-encodes the
    Cyrillic letter, as requests does for felpsyatina's bot)."""
    q = f"vendor={VENDOR}&out_format=json&class={quote(cls)}&days={key(first)}-{key(last)}" + (
        "&rings=__yes" if rings else "")
    return f"https://{VENDOR}.eljur.ru/apiv3/{method}?{q}"


def getschedule_class(cls, first, last, pulled):
    """A class's schedule (A.2: getschedule by `class`, like getdiary without marks; by class the days are at the
    top level, as A.5 E5 shows for gethomework)."""
    days = {}
    day = first
    while day <= last:
        k = key(day)
        if (cls, day) in LESSONS:
            items = {}
            for item in LESSONS[(cls, day)]:
                item = dict(item)
                item.update({"homework": {}, "files": [], "resources": []})
                items[item["num"]] = item
            d = {"name": k, "title": TITLES[day.weekday()], "items": items}
            extday = extday_items(cls, day)
            if extday:
                d["items_extday"] = extday
            days[k] = d
        day += dt.timedelta(days=1)
    return record(class_url("getschedule", cls, first, last, True), {"days": days}, pulled)


def gethomework_class(cls, first, last, tasks, pulled):
    """A class's homework (A.5 E5: by class, `days` at the top level, items with name and homework)."""
    days = {}
    for day, subject, hid, text, file in tasks:
        k = key(day)
        days.setdefault(k, {"name": k, "title": TITLES[day.weekday()], "items": []})["items"].append(
            {"name": subject, "grp": None, "homework": {str(hid): {"value": text, "id": hid, "individual": False}},
             # the older servers' form (A.3 files; A.5 E5): {"file": [{filename, link}]}, no toid
             "files": {"file": [{"filename": file, "link": f"https://{VENDOR}.eljur.ru/files/{hid}"}]} if file else []})
    return record(class_url("gethomework", cls, first, last, False), {"days": days}, pulled)


def average(marks):
    counted = [(float(m["weight_float"]), m["convert"]) for m in marks if m["count"]]
    total = sum(w for w, _ in counted)
    if not counted or not total:
        return "", None
    value = sum(w * c for w, c in counted) / total
    return f"{value:.2f}", round(value)


def getmarks(pupil, first, last, pull, pulled):
    title, _, _, _, cls, grp = PUPILS[pupil]
    by_subject = {s: [] for s in SUBJECTS[cls]}
    day = first
    while day <= last:
        if day in SCHOOL_DAYS:
            for lid, marks in marks_of(pupil, day, pull, for_marks=True).items():
                subject = next(i["name"] for i in pupil_lessons(pupil, day) if i["lesson_id"] == lid)
                by_subject[subject] += marks
        day += dt.timedelta(days=1)
    for p, d, subject, value, short in EARLY:
        if p == pupil and first <= d <= last:
            slot = TIMETABLE[cls][d.weekday()].index(subject) + 1
            lid = lesson_id(cls, d, slot, grp if subject in ("Английский язык", ORKSE) else None)
            by_subject[subject].append(assessment(value, int(value), value, True, short, d, lid, "1", "", True))
    lessons = []
    for n, subject in enumerate(SUBJECTS[cls]):
        marks = sorted(by_subject[subject], key=lambda m: (m["date"], m["nm"]))
        avg, avg_convert = average(marks)
        lessons.append({"name": subject, "average": avg, "averageConvert": avg_convert,
                        "lesson_id": f"39{CLASS_CODE[cls]}{n + 1:02d}", "color_hex": None, "marks": marks})
    if pupil == "39102" and pull == "q2":  # a phantom mark in getmarks too (A.6 "": skip)
        lid = find_lesson("1А", D(2025, 11, 12), "Математика")["lesson_id"]
        by_subject_lessons = {x["name"]: x for x in lessons}
        by_subject_lessons["Математика"]["marks"].append(
            {"value": "", "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
             "date": "2025-11-12", "lesson_id": lid, "nm": "1", "comment": "", "lesson_comment": None, "max_mark": None})
    req = f"getmarks?student={pupil}&days={key(first)}-{key(last)}"
    return record(req, {"students": {pupil: {"name": pupil, "title": title, "lessons": lessons}}}, pulled)


def getfinalassessments(pupil, pulled):
    title, _, _, _, cls, _ = PUPILS[pupil]
    items = []
    for subject in SUBJECTS[cls]:
        assessments = [{"period": "I", "value": v, "comment": c} for s, v, c in FINALS.get(pupil, []) if s == subject]
        items.append({"name": subject, "assessments": assessments})
    return record(f"getfinalassessments?student={pupil}",
                  {"students": {pupil: {"name": pupil, "title": title, "items": items}}}, pulled)


def getperiods(pupil, pulled):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
               for n, f, s, e in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                    "weeks": []})
    return record(f"getperiods?student={pupil}&show_disabled=__yes",
                  {"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": periods}]}, pulled)


def getrules(parent, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        title, clast, cfirst, cgender, cls, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": title, "lastname": clast, "firstname": cfirst,
                           "gender": cgender, "class": cls, "parallel": cls[0], "city": "Тверь",
                           "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule"]}
        tid, tlast, tfirst, tmiddle = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tlast} {tfirst} {tmiddle}", "hometeacher_lastname": tlast,
                       "hometeacher_firstname": tfirst, "hometeacher_middlename": tmiddle}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Тверская область", "city": "Тверь", "vendor": VENDOR, "vendor_id": "3939",
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "НОШ № 39", "title_full": "МБОУ «Начальная общеобразовательная школа № 39»",
                                         "number": "39", "inn": "6900003900", "kpp": "695001001"}]}}
    return record("getrules", result, pulled)


def main():
    pupils = sorted(PUPILS)
    q1 = (D(2025, 9, 1), D(2025, 10, 26))
    q2 = (D(2025, 11, 5), D(2025, 12, 28))
    steps = [
        {"name": "01 getrules of the four parents (the Зайцевы have a first grader in 1А and a fourth grader in 4В)",
         "batches": [[getrules(p, f"2025-10-19T20:00:00{TZ}") for p in sorted(PARENTS)]]},
        {"name": "02 getperiods of every pupil: quarters and the undated year column",
         "batches": [[getperiods(p, f"2025-10-19T20:05:00{TZ}") for p in pupils]]},
        {"name": "03 Friday 24 Oct: getdiary of the last week of quarter I",
         "batches": [[getdiary(p, D(2025, 10, 20), D(2025, 10, 26), "w1", f"2025-10-24T19:00:00{TZ}") for p in pupils]]},
        {"name": "04 Sunday 26 Oct: getmarks of quarter I and getfinalassessments (1А and 2Б: no marks, no finals)",
         "batches": [[getmarks(p, *q1, "q1", f"2025-10-26T21:00:00{TZ}") for p in pupils]
                     + [getfinalassessments(p, f"2025-10-26T21:05:00{TZ}") for p in pupils]]},
        {"name": "05 Sunday 2 Nov: getdiary of the holiday week",
         "batches": [[getdiary(p, D(2025, 10, 27), D(2025, 11, 2), "hol", f"2025-11-02T20:00:00{TZ}") for p in pupils]]},
        {"name": "06 Friday 7 Nov: getdiary 3-9 Nov (3 and 4 Nov are holidays, quarter II begins on the 5th)",
         "batches": [[getdiary(p, D(2025, 11, 3), D(2025, 11, 9), "w2", f"2025-11-07T19:00:00{TZ}") for p in pupils]]},
        {"name": "07 Wednesday 12 Nov: a mid-week pull of the two fourth graders' diaries",
         "batches": [[getdiary(p, D(2025, 11, 10), D(2025, 11, 16), "w3mid", f"2025-11-12T19:00:00{TZ}")
                      for p in ("39401", "39402")]]},
        {"name": "08 Friday 14 Nov: getdiary 10-16 Nov of every pupil, then getmarks of quarter II so far",
         "batches": [[getdiary(p, D(2025, 11, 10), D(2025, 11, 16), "w3", f"2025-11-14T19:00:00{TZ}") for p in pupils],
                     [getmarks(p, *q2, "q2", f"2025-11-14T20:00:00{TZ}") for p in pupils]]},
        {"name": "09 Sunday 16 Nov: the school account pulls 1А's schedule and homework for the coming week (full URLs, "
                 "class=1А percent-encoded)",
         "batches": [[getschedule_class("1А", D(2025, 11, 17), D(2025, 11, 21), f"2025-11-16T18:00:00{TZ}"),
                      gethomework_class("1А", D(2025, 11, 17), D(2025, 11, 21), [
                          (D(2025, 11, 18), "Математика", 7390104, "Принести счётные палочки", None),
                          (D(2025, 11, 21), "Технология", 7390105, "Принести пластилин и дощечку для лепки",
                           "образец_ёжик_из_пластилина.jpg")],
                          f"2025-11-16T18:05:00{TZ}")]]},
        {"name": "10 Friday 20 Feb 2026: the Зайцевы's two diaries of 16-22 Feb: 1А's extra holidays, 4В at school",
         "batches": [[getdiary(p, D(2026, 2, 16), D(2026, 2, 22), "feb", f"2026-02-20T19:00:00{TZ}")
                      for p in ("39101", "39401")]]},
    ]
    journey = {"vendor": "elzhur",
               "description": "The youngest pupils (НОШ № 39, Тверь, 20 Oct - 14 Nov 2025): 1А without marks "
                              "(безотметочное обучение) on 35-minute lessons, 2Б whose marks begin with quarter II, "
                              "4В with English subgroups, ОРКСЭ on pass/fail, an exempt pupil; one family with a first "
                              "and a fourth grader.",
               "school": {"timezone": "Europe/Moscow", "name": "НОШ № 39"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for s in steps for b in s["batches"]), "records")


if __name__ == "__main__":
    main()
