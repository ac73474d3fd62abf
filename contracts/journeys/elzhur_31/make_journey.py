"""Writes journey.json (standard library only). Invented values; shapes of reference Part A (A.1-A.6).

elzhur_31, "history carried over": СОШ № 31 (Тула, Eljur vendor `school_31`) joins the hub in October 2026. Its
integrator first pushes the first weeks of 2026/27 (6Б, the new 5Б), then backfills 2025/26 (5Б): the periods, one
diary week per quarter, the marks of each quarter, the final assessments of every period and the year, pulled now
(October 2026) with `days` of last year (A.1 Date range param), and one class schedule of last year's 5Б
(`class=5Б`, A.1 Student selector). A last pull of this year's final assessments (no `days`) comes after the backfill.
"""
import datetime as dt
import json
from pathlib import Path

Q = "devkey=9b1c4e7a2d5f8036a1b4c7d0e3f6a9b2&vendor=school_31&auth_token=tok-s31-integrator&out_format=json"
SCHOOL = [{"title": "СОШ № 31", "title_full": "МБОУ «Средняя общеобразовательная школа № 31» г. Тулы", "number": "31",
           "inn": "7105031310", "kpp": "710501001"}]
PUPILS = {"31101": ("Соловьёва", "Мария", "female"), "31102": ("Гришин", "Артём", "male"),
          "31103": ("Ефимов", "Тимофей", "male"), "31104": ("Лебедева", "Ксения", "female")}
PARENTS = {"94101": ("Соловьёва", "Анна", "Викторовна", "female", "31101"),
           "94102": ("Гришин", "Павел", "Николаевич", "male", "31102"),
           "94103": ("Ефимова", "Светлана", "Игоревна", "female", "31103")}
T = {"mat25": "Полякова Елена Анатольевна", "mat26n": "Трофимов Андрей Викторович",
     "rus": "Кравцова Наталья Сергеевна", "rus26n": "Белоусова Ирина Дмитриевна",
     "en1": "Шилова Ольга Геннадьевна", "en2": "Мартынов Денис Олегович", "ist": "Захарченко Виктор Павлович",
     "bio": "Рябинина Людмила Ивановна", "fk": "Ковалёв Игорь Николаевич", "obsh": "Захарченко Виктор Павлович"}
HOMECLASS = {"6Б": ("60231", "Кравцова", "Наталья", "Сергеевна"), "5Б": ("60244", "Белоусова", "Ирина", "Дмитриевна")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:25:00", "11:10:00")}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def title(sid):
    return f"{PUPILS[sid][0]} {PUPILS[sid][1]}"


def ymd(d):
    return d.strftime("%Y%m%d")


def dash(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def getrules(parent, klass, at):
    last, first, middle, gender, child = PARENTS[parent]
    t = HOMECLASS[klass]
    return {"request": f"getrules?{Q}", "pulled_at": at, "body": ok({
        "roles": ["parent"],
        "relations": {
            "students": {child: {"rules": ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods",
                                           "getschedule"], "rel": "child", "name": child, "title": title(child),
                                 "lastname": PUPILS[child][0], "firstname": PUPILS[child][1],
                                 "gender": PUPILS[child][2], "class": klass, "parallel": klass[:-1], "city": "Тула"}},
            "groups": {klass: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": klass,
                               "parallel": int(klass[:-1]), "balls": 5, "hometeacher_id": t[0],
                               "hometeacher_name": f"{t[1]} {t[2]} {t[3]}", "hometeacher_lastname": t[1],
                               "hometeacher_firstname": t[2], "hometeacher_middlename": t[3]}},
            "schools": SCHOOL},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
        "id": parent, "name": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
        "middlename": middle, "gender": gender, "email": "", "region": "Тульская область", "city": "Тула",
        "vendor": "school_31", "vendor_id": 7131})}


def per(name, fullname, start, end, amb=None):
    return {"name": name, "fullname": fullname, "start": start, "end": end, "disabled": False, "ambigious": amb,
            "weeks": []}


P2025 = [per("I", "1 четверть", "20250901", "20251024"), per("II", "2 четверть", "20251103", "20251226"),
         per("III", "3 четверть", "20260112", "20260320"), per("IV", "4 четверть", "20260330", "20260526"),
         per("Г", "Годовая", "", "", True)]
# 2026/27: the school counts 5th-9th grades in trimesters; the short names I, II, III come back with other spans
P2026 = [per("I", "1 триместр", "20260901", "20261129"), per("II", "2 триместр", "20261130", "20270228"),
         per("III", "3 триместр", "20270301", "20270531"), per("Г", "Годовая", "", "", True)]


def getperiods(sid, periods, at, extra=""):
    return {"request": f"getperiods?{Q}&student={sid}{extra}", "pulled_at": at,
            "body": ok({"students": [{"name": sid, "title": title(sid), "periods": periods}]})}


# --- timetables: weekday -> [(slot, subject key)]; "en" is the English subgroup lesson -------------------------
SUBJ = {"mat": "Математика", "rus": "Русский язык", "lit": "Литература", "en": "Английский язык", "ist": "История",
        "bio": "Биология", "fk": "Физическая культура", "obsh": "Обществознание"}
TT = {
    "5Б@2025": {0: ["rus", "mat", "en"], 1: ["mat", "ist", "lit"], 2: ["rus", "bio", "fk"], 3: ["mat", "en", "rus"],
                4: ["lit", "mat", "ist"]},
    "6Б@2026": {0: ["mat", "rus", "ist"], 1: ["en", "mat", "bio"], 2: ["lit", "rus", "mat"], 3: ["fk", "en", "obsh"],
                4: ["rus", "mat", "lit"]},
    "5Б@2026": {0: ["mat", "en", "rus"], 1: ["rus", "lit", "mat"], 2: ["ist", "mat", "bio"], 3: ["rus", "fk", "en"],
                4: ["mat", "lit", "rus"]},
}
TEACHER = {"5Б@2025": {"mat": "mat25", "rus": "rus", "lit": "rus"},
           "6Б@2026": {"mat": "mat25", "rus": "rus", "lit": "rus"},
           "5Б@2026": {"mat": "mat26n", "rus": "rus26n", "lit": "rus26n"}}
ROOM = {"5Б@2025": "212", "6Б@2026": "212", "5Б@2026": "105"}
SPECIAL_ROOM = {"en1": "308", "en2": "309", "bio": "214", "fk": "спортзал", "ist": "303", "obsh": "303"}
# topics per (class, subject): consumed in lesson order
TOPICS = {
    ("5Б@2025", "mat"): ["Натуральные числа и шкалы", "Сложение натуральных чисел", "Вычитание натуральных чисел",
                         "Числовые и буквенные выражения", "Деление с остатком", "Упрощение выражений",
                         "Квадрат и куб числа", "Площадь прямоугольника", "Обыкновенные дроби", "Сравнение дробей",
                         "Сложение и вычитание дробей с одинаковыми знаменателями", "Смешанные числа",
                         "Десятичная запись дробных чисел", "Умножение десятичных дробей",
                         "Деление десятичной дроби на натуральное число", "Среднее арифметическое"],
    ("5Б@2025", "rus"): ["Части речи", "Орфограммы в корне слова", "Синтаксис и пунктуация", "Словосочетание",
                         "Простое предложение", "Однородные члены предложения", "Фонетика. Гласные и согласные",
                         "Лексика. Слово и его значение", "Морфемика. Корень слова", "Чередование гласных в корне",
                         "Имя существительное как часть речи", "Склонение имён существительных"],
    ("5Б@2025", "lit"): ["Русские народные сказки", "«Царевна-лягушка»", "В. А. Жуковский «Спящая царевна»",
                         "А. С. Пушкин «Сказка о мёртвой царевне»", "Н. В. Гоголь «Заколдованное место»",
                         "И. С. Тургенев «Муму»", "Н. А. Некрасов «Крестьянские дети»", "Л. Н. Толстой «Кавказский пленник»"],
    ("5Б@2025", "en"): ["My family", "School subjects", "Daily routine", "My house", "Animals", "Weather",
                        "Seasons and holidays", "Food and drinks"],
    ("5Б@2025", "ist"): ["Первобытные собиратели и охотники", "Древний Египет: природа и люди",
                         "Религия древних египтян", "Древнее Двуречье", "Древняя Индия", "Древний Китай",
                         "Древняя Греция: Гомер", "Афинская демократия"],
    ("5Б@2025", "bio"): ["Строение клетки", "Многообразие организмов", "Растения и животные",
                         "Экосистема леса"],
    ("5Б@2025", "fk"): ["Бег на короткие дистанции", "Баскетбол: ведение мяча", "Лыжная подготовка",
                        "Прыжок в длину с разбега"],
    ("6Б@2026", "mat"): ["Делители и кратные", "Признаки делимости на 10, на 5 и на 2", "Признаки делимости на 9 и на 3",
                         "Простые и составные числа", "Разложение на простые множители", "Наибольший общий делитель",
                         "Наименьшее общее кратное", "Основное свойство дроби", "Сокращение дробей",
                         "Приведение дробей к общему знаменателю"],
    ("6Б@2026", "rus"): ["Язык и общение", "Речь устная и письменная", "Лексика и фразеология. Повторение",
                         "Слова общеупотребительные и диалектизмы", "Профессионализмы", "Жаргонизмы",
                         "Заимствованные слова", "Фразеологизмы"],
    ("6Б@2026", "lit"): ["Мифы народов мира", "Гомер «Илиада» и «Одиссея»", "Былины: «Илья Муромец и Соловей-разбойник»",
                         "Русские летописи", "А. С. Пушкин «Песнь о вещем Олеге»"],
    ("6Б@2026", "en"): ["Back to school", "My summer holidays", "Free time", "Hobbies", "Sports"],
    ("6Б@2026", "ist"): ["Средние века: понятие и хронология", "Великое переселение народов", "Королевство франков"],
    ("6Б@2026", "bio"): ["Ткани растений", "Органы цветкового растения", "Корень и его функции"],
    ("6Б@2026", "fk"): ["Бег 60 м", "Эстафеты"],
    ("6Б@2026", "obsh"): ["Человек и его потребности", "Деятельность человека"],
    ("5Б@2026", "mat"): ["Натуральные числа и нуль", "Запись и чтение натуральных чисел", "Координатный луч",
                         "Округление натуральных чисел", "Сложение натуральных чисел", "Свойства сложения",
                         "Вычитание натуральных чисел", "Решение текстовых задач", "Умножение натуральных чисел",
                         "Свойства умножения"],
    ("5Б@2026", "rus"): ["Богатство и выразительность русского языка", "Лингвистика как наука о языке",
                         "Язык и речь", "Монолог и диалог", "Текст и его признаки", "Тема и главная мысль текста",
                         "Фонетика. Звуки речи", "Слог и ударение", "Орфоэпия", "Графика. Алфавит"],
    ("5Б@2026", "lit"): ["Мифология: миф о Геракле", "Басни И. А. Крылова", "Басня «Волк на псарне»",
                         "А. С. Пушкин «Няне»"],
    ("5Б@2026", "en"): ["Hello, school!", "Numbers 1-100", "Colours", "My things"],
    ("5Б@2026", "ist"): ["Что изучает история", "Первобытные люди"],
    ("5Б@2026", "bio"): ["Биология — наука о живой природе", "Методы изучения природы"],
    ("5Б@2026", "fk"): ["Бег 30 м", "Подвижные игры"],
}
_topic_pos = {}


def next_topic(cls, subj):
    lst = TOPICS[(cls, subj)]
    i = _topic_pos.get((cls, subj), 0)
    _topic_pos[(cls, subj)] = i + 1
    return lst[i % len(lst)]


# the lesson of a class, date and slot (and English group): one id per class lesson, built once
LESSONS = {}
_ids = {"2025": 731000, "2026": 931000}


def lesson(cls, day, slot, key, grp=None):
    k = (cls, day, slot, grp)
    if k not in LESSONS:
        year = cls.split("@")[1]
        _ids[year] += 7
        tkey = ("en" + grp) if key == "en" else TEACHER[cls].get(key, key)
        room = SPECIAL_ROOM.get(("en" + grp) if key == "en" else key, ROOM[cls])
        LESSONS[k] = {"num": str(slot), "name": SUBJ[key], "room": room, "teacher": T[tkey], "sort": slot * 100,
                      "lesson_id": str(_ids[year]), "topic": next_topic(cls, key), "is_control": False,
                      "starttime": RINGS[str(slot)][0], "endtime": RINGS[str(slot)][1]}
        if grp:
            LESSONS[k]["grp"], LESSONS[k]["grp_short"] = f"{grp} группа", f"{grp} гр."
    return LESSONS[k]


# English subgroup per pupil and class-year (A.3 grp): Ефимов was in 2 группа in the old 5Б, in 1 группа in the new
GROUP = {("31101", "5Б@2025"): "1", ("31102", "5Б@2025"): "2", ("31103", "5Б@2025"): "2", ("31104", "5Б@2025"): "1",
         ("31101", "6Б@2026"): "1", ("31102", "6Б@2026"): "2", ("31103", "5Б@2026"): "1"}

# marks, absences and homework given in the diary weeks: (pupil, date, subject) -> list of specs
#   ("m", value, control type, short, weight, comment)  a mark;  ("a", "н"/"оп")  an absence pseudo-mark
MARKS = {
    # 2025/26, 1 четверть week
    ("31101", "20251020", "mat"): [("m", "5", "Работа на уроке", "РУ", 1, "")],
    ("31102", "20251020", "mat"): [("m", "4", "Работа на уроке", "РУ", 1, "")],
    ("31103", "20251020", "mat"): [("m", "3", "Работа на уроке", "РУ", 1, "")],
    ("31104", "20251021", "ist"): [("a", "н")],
    ("31101", "20251022", "rus"): [("m", "5", "Диктант", "Д", 2, "")],
    ("31102", "20251022", "rus"): [("m", "3", "Диктант", "Д", 2, "")],
    ("31103", "20251022", "rus"): [("m", "2", "Диктант", "Д", 2, "много ошибок на безударные гласные")],
    ("31104", "20251022", "rus"): [("m", "4", "Диктант", "Д", 2, "")],
    ("31103", "20251023", "en"): [("m", "4", "Ответ на уроке", "УО", 1, "")],
    ("31104", "20251024", "lit"): [("m", "5", "Выразительное чтение", "ВЧ", 1, "")],
    # 2 четверть week
    ("31101", "20251215", "en"): [("m", "5", "Ответ на уроке", "УО", 1, "")],
    ("31102", "20251216", "mat"): [("m", "4-", "Самостоятельная работа", "СР", 2, "вычислительная ошибка")],
    ("31103", "20251216", "mat"): [("m", "2", "Самостоятельная работа", "СР", 2, "")],
    ("31104", "20251216", "mat"): [("m", "5", "Самостоятельная работа", "СР", 2, "")],
    ("31102", "20251217", "bio"): [("a", "н")],
    ("31101", "20251217", "bio"): [("m", "5", "Работа на уроке", "РУ", 1, "")],
    ("31103", "20251218", "rus"): [("m", "3", "Работа на уроке", "РУ", 1, "")],
    ("31104", "20251219", "ist"): [("m", "4", "Ответ на уроке", "УО", 1, "")],
    # 3 четверть week
    ("31103", "20260302", "rus"): [("a", "оп")],
    ("31101", "20260303", "ist"): [("m", "4", "Ответ на уроке", "УО", 1, "")],
    ("31104", "20260303", "lit"): [("m", "5", "Сочинение", "СОЧ", 2, "")],
    ("31101", "20260305", "mat"): [("m", "5", "Контрольная работа", "КР", 3, "")],
    ("31102", "20260305", "mat"): [("m", "3", "Контрольная работа", "КР", 3, "")],
    ("31103", "20260305", "mat"): [("m", "2", "Контрольная работа", "КР", 3, "не решена ни одна задача")],
    ("31104", "20260305", "mat"): [("m", "4", "Контрольная работа", "КР", 3, "")],
    ("31102", "20260306", "lit"): [("m", "5", "Выразительное чтение", "ВЧ", 1, "")],
    # 4 четверть week (Лебедева left in April)
    ("31101", "20260518", "rus"): [("m", "4", "Работа на уроке", "РУ", 1, "")],
    ("31103", "20260518", "mat"): [("m", "3", "Работа на уроке", "РУ", 1, "")],
    ("31102", "20260520", "fk"): [("m", "5", "Сдача нормативов", "Н", 1, "")],
    ("31103", "20260520", "fk"): [("m", "4", "Сдача нормативов", "Н", 1, "")],
    ("31101", "20260521", "mat"): [("m", "5", "Итоговая контрольная работа", "ИКР", 3, "")],
    ("31102", "20260521", "mat"): [("m", "4", "Итоговая контрольная работа", "ИКР", 3, "")],
    ("31103", "20260521", "mat"): [("m", "2", "Итоговая контрольная работа", "ИКР", 3, "")],
    # 2026/27
    ("31101", "20260902", "mat"): [("m", "5", "Работа на уроке", "РУ", 1, "")],
    ("31103", "20260902", "mat"): [("m", "4", "Работа на уроке", "РУ", 1, "")],
    ("31103", "20260903", "en"): [("m", "5", "Ответ на уроке", "УО", 1, "")],
    ("31101", "20261005", "rus"): [("m", "5", "Работа на уроке", "РУ", 1, "")],
    ("31102", "20261005", "mat"): [("m", "4", "Самостоятельная работа", "СР", 2, "")],
    ("31103", "20261006", "rus"): [("a", "н")],
    ("31102", "20261008", "en"): [("m", "5", "Ответ на уроке", "УО", 1, "")],
    ("31103", "20261007", "mat"): [("m", "3", "Самостоятельная работа", "СР", 2, "")],
    ("31101", "20261009", "mat"): [("m", "4", "Самостоятельная работа", "СР", 2, "")],
}
# homework of the class lesson (class, date, subject, group or None) -> (id, text)
HOMEWORK = {
    ("5Б@2025", "20251020", "mat", None): (6140211, "№ 312, 315 (учебник, с. 74)"),
    ("5Б@2025", "20251021", "lit", None): (6140236, "Выучить наизусть отрывок из «Спящей царевны»"),
    ("5Б@2025", "20251020", "en", "1"): (6140219, "Student's Book p. 38, ex. 5"),
    ("5Б@2025", "20251215", "rus", None): (6158804, "Упр. 412, 415"),
    ("5Б@2025", "20251217", "bio", None): (6158840, "§ 14, вопросы 1–4 на с. 71"),
    ("5Б@2025", "20260302", "mat", None): (6177305, "№ 1021, 1024, 1027"),
    ("5Б@2025", "20260303", "ist", None): (6177321, "§ 38, рассказ об афинском народном собрании"),
    ("5Б@2025", "20260519", "lit", None): (6199112, "Список литературы на лето: прочитать «Кавказского пленника»"),
    ("6Б@2026", "20260902", "mat", None): (7701104, "№ 12, 15, 19 (учебник, с. 8)"),
    ("6Б@2026", "20261005", "rus", None): (7712230, "Упр. 86, выписать профессионализмы"),
    ("6Б@2026", "20261006", "bio", None): (7712255, "§ 6, зарисовать строение корня"),
    ("5Б@2026", "20260901", "rus", None): (7701180, "Упр. 7, 9"),
    ("5Б@2026", "20261005", "mat", None): (7712301, "№ 144, 146 (а, б), 151"),
    ("5Б@2026", "20261007", "bio", None): (7712344, "§ 2, подготовить сообщение о Линнее"),
}


def assessment(spec, day, lid):
    if spec[0] == "a":
        return {"value": spec[1], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": dash(day), "lesson_id": lid, "nm": "1",
                "comment": "", "color_hex": None}
    _, value, ctype, short, weight, comment = spec
    num = int(value[0])
    countas = {"4-": "3.75", "5+": "5.25"}.get(value, str(num))
    return {"value": value, "countas": countas, "count": True, "convert": num, "weight": weight,
            "weight_float": str(weight) if weight == 2 else weight,  # NiceEljurOpen types it as a string (A.3)
            "control_type": ctype, "control_type_short": short, "date": dash(day), "lesson_id": lid, "nm": "1",
            "comment": comment, "color_hex": None}


def day_items(cls, sid, day, with_marks=True):
    weekday = dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()
    items = {}
    for slot, key in enumerate(TT[cls][weekday], start=1):
        grp = GROUP[(sid, cls)] if key == "en" else None
        base = dict(lesson(cls, day, slot, key, grp))
        hw = HOMEWORK.get((cls, day, key, grp))
        base["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}} if hw else {}
        base["files"], base["resources"] = [], []
        if with_marks:
            base["assessments"] = [assessment(s, day, base["lesson_id"]) for s in MARKS.get((sid, day, key), [])]
        items[str(slot)] = base
    return items


def days_of(rng):
    a, b = rng.split("-")
    d, end = dt.date(int(a[:4]), int(a[4:6]), int(a[6:])), dt.date(int(b[:4]), int(b[4:6]), int(b[6:]))
    while d <= end:
        yield ymd(d)
        d += dt.timedelta(days=1)


VACATION = {"20251027": "Осенние каникулы"}


def getdiary(sid, cls, rng, at):
    days = {}
    for d in days_of(rng):
        if d in VACATION:
            days[d] = {"name": d, "title": WEEKDAYS[dt.date(int(d[:4]), int(d[4:6]), int(d[6:])).weekday()],
                       "alert": "vacation", "holiday_name": VACATION[d], "items": {}}
        elif dt.date(int(d[:4]), int(d[4:6]), int(d[6:])).weekday() < 5:
            days[d] = {"name": d, "title": WEEKDAYS[dt.date(int(d[:4]), int(d[4:6]), int(d[6:])).weekday()],
                       "items": day_items(cls, sid, d)}
    return {"request": f"getdiary?{Q}&student={sid}&days={rng}&rings=__yes", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "parent_signed": False, "days": days}}})}


def getschedule_class(klass, cls, rng, at):
    """A class's schedule (A.2 getschedule by `class`; like getdiary without marks, `days` at the top as E5 shows
    for the class form): every group's lessons, no homework, marks nor topics."""
    days = {}
    for d in days_of(rng):
        wd = dt.date(int(d[:4]), int(d[4:6]), int(d[6:])).weekday()
        if d in VACATION:
            days[d] = {"name": d, "title": WEEKDAYS[wd], "alert": "vacation", "holiday_name": VACATION[d], "items": []}
        elif wd < 5:
            items = []
            for slot, key in enumerate(TT[cls][wd], start=1):
                for grp in (["1", "2"] if key == "en" else [None]):
                    it = {k: v for k, v in lesson(cls, d, slot, key, grp).items() if k != "topic"}
                    items.append(it)
            days[d] = {"name": d, "title": WEEKDAYS[wd], "items": items}
    return {"request": f"getschedule?{Q}&class={klass}&days={rng}&rings=__yes", "pulled_at": at,
            "body": ok({"days": days})}


# marks of a quarter that fall outside the pulled diary weeks: (pupil, date, subject, value, type, short, mtype id, weight, lesson id, lesson comment)
EXTRA = {
    "31101": [("20251008", "mat", "5", "Контрольная работа", "КР", 3, 3, "731702", "Контрольная работа № 1"),
              ("20251126", "rus", "5", "Контрольный диктант", "КД", 3, 7, "732811", "Контрольный диктант по теме «Синтаксис»"),
              ("20260212", "mat", "4", "Контрольная работа", "КР", 3, 3, "734415", "Контрольная работа № 5"),
              ("20260415", "rus", "5", "Изложение", "ИЗЛ", 2, 9, "736027", "Изложение «Старый пёс»"),
              ("20260917", "lit", "5", "Выразительное чтение", "ВЧ", 1, 11, "931988", "Мифы народов мира")],
    "31102": [("20261001", "fk", "5", "Сдача нормативов", "Н", 1, 12, "932145", "Бег 60 м")],
    "31103": [("20251008", "mat", "3", "Контрольная работа", "КР", 3, 3, "731702", "Контрольная работа № 1"),
              ("20251126", "rus", "2", "Контрольный диктант", "КД", 3, 7, "732811", "Контрольный диктант по теме «Синтаксис»"),
              ("20260212", "mat", "2", "Контрольная работа", "КР", 3, 3, "734415", "Контрольная работа № 5"),
              ("20260415", "rus", "3", "Изложение", "ИЗЛ", 2, 9, "736027", "Изложение «Старый пёс»"),
              ("20260922", "mat", "3", "Самостоятельная работа", "СР", 2, 2, "932030", "Округление натуральных чисел")],
    "31104": [("20260212", "mat", "5", "Контрольная работа", "КР", 3, 3, "734415", "Контрольная работа № 5")],
}
MTYPE = {"Работа на уроке": 1, "Самостоятельная работа": 2, "Контрольная работа": 3, "Ответ на уроке": 4,
         "Диктант": 5, "Выразительное чтение": 11, "Сочинение": 8, "Сдача нормативов": 12,
         "Итоговая контрольная работа": 13, "Контрольный диктант": 7, "Изложение": 9}


def getmarks(sid, cls, rng, at):
    """The pupil's marks dated within `days` (A.3 SubjectMarks): the diary weeks' marks and the others of the range;
    `average` weighted by weight, counted marks only, two decimals (A.5 E3)."""
    a, b = rng.split("-")
    by_subject = {}
    for (s, day, key), specs in MARKS.items():
        if s != sid or not (a <= day <= b):
            continue
        weekday = dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()
        slot = TT[cls][weekday].index(key) + 1
        grp = GROUP[(sid, cls)] if key == "en" else None
        les = lesson(cls, day, slot, key, grp)
        for spec in specs:
            m = assessment(spec, day, les["lesson_id"])
            for k in ("control_type", "control_type_short", "color_hex"):
                m.pop(k)
            m["lesson_comment"], m["max_mark"] = les["topic"], None
            if spec[0] == "m":
                m["mtype"] = {"id": MTYPE[spec[2]], "short": spec[3], "type": spec[2]}
            by_subject.setdefault(key, []).append(m)
    for day, key, value, ctype, short, mid, weight, lid, lcomment in EXTRA.get(sid, []):
        if a <= day <= b:
            by_subject.setdefault(key, []).append(
                {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
                 "weight_float": weight, "date": dash(day), "lesson_id": lid, "nm": "1", "comment": "",
                 "lesson_comment": lcomment, "max_mark": None, "mtype": {"id": mid, "short": short, "type": ctype}})
    lessons = []
    for key in sorted(by_subject, key=lambda k: list(SUBJ).index(k)):
        marks = sorted(by_subject[key], key=lambda m: m["date"])
        counted = [m for m in marks if m["count"]]
        wsum = sum(float(m["weight_float"]) for m in counted)
        avg = sum(float(m["weight_float"]) * m["convert"] for m in counted) / wsum if wsum else None
        lessons.append({"name": SUBJ[key], "average": f"{avg:.2f}" if avg is not None else "",
                        "averageConvert": round(avg) if avg is not None else 0,
                        "lesson_id": str(1200 + list(SUBJ).index(key)), "color_hex": None, "marks": marks})
    return {"request": f"getmarks?{Q}&student={sid}&days={rng}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "lessons": lessons}}})}


def fa(subject, **vals):
    return {"name": SUBJ[subject], "assessments": [
        {"period": p.replace("G", "Г"), "value": v, "comment": "справка" if v == "осв" else ""}
        for p, v in vals.items()]}


FIN2025 = {
    "31101": [fa("mat", I="5", II="5", III="4", IV="5", G="5"), fa("rus", I="5", II="5", III="5", IV="4", G="5"),
              fa("lit", I="5", II="5", III="5", IV="5", G="5"), fa("en", I="4", II="5", III="5", IV="5", G="5"),
              fa("ist", I="4", II="4", III="4", IV="5", G="4"), fa("bio", I="5", II="5", III="5", IV="5", G="5"),
              fa("fk", I="5", II="5", III="5", IV="5", G="5")],
    "31102": [fa("mat", I="4", II="4", III="3", IV="4", G="4"), fa("rus", I="3", II="3", III="4", IV="3", G="3"),
              fa("lit", I="4", II="4", III="5", IV="4", G="4"), fa("en", I="4", II="4", III="4", IV="5", G="4"),
              fa("ist", I="4", II="3", III="4", IV="4", G="4"), fa("bio", I="4", II="4", III="4", IV="4", G="4"),
              fa("fk", I="5", II="5", III="5", IV="5", G="5")],
    "31103": [fa("mat", I="3", II="2", III="2", IV="2", G="2"), fa("rus", I="2", II="2", III="3", IV="2", G="2"),
              fa("lit", I="3", II="3", III="3", IV="3", G="3"), fa("en", I="4", II="3", III="4", IV="4", G="4"),
              fa("ist", I="3", II="3", III="3", IV="3", G="3"), fa("bio", I="3", II="4", III="3", IV="3", G="3"),
              fa("fk", I="4", II="4", III="осв", IV="4", G="4")],
    "31104": [fa("mat", I="4", II="5", III="5"), fa("rus", I="4", II="4", III="4"), fa("lit", I="5", II="5", III="5"),
              fa("en", I="5", II="4", III="5"), fa("ist", I="4", II="4", III="4"), fa("bio", I="5", II="4", III="5"),
              fa("fk", I="5", II="5", III="5")],
}


def getfinal(sid, items, at, days=""):
    return {"request": f"getfinalassessments?{Q}&student={sid}{days}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "items": items}}})}


NOW1 = "2026-10-09T19:{:02d}:00+03:00"  # first push: this year's weeks
NOW2 = "2026-10-13T{:02d}:{:02d}:00+03:00"  # backfill of 2025/26, pulled now
QUARTER_WEEKS = [("I", "20251020-20251027", "20250901-20251024"), ("II", "20251215-20251219", "20251103-20251226"),
                 ("III", "20260302-20260306", "20260112-20260320"), ("IV", "20260518-20260522", "20260330-20260526")]
YEAR25 = "&days=20250901-20260531"

steps = []
first = [getrules("94101", "6Б", NOW1.format(0)), getrules("94102", "6Б", NOW1.format(1)),
         getrules("94103", "5Б", NOW1.format(2)),
         getperiods("31101", P2026, NOW1.format(3)), getperiods("31103", P2026, NOW1.format(4))]
steps.append({"name": "01 9 October 2026, the school joins: parents' getrules (Соловьёва and Гришин in 6Б, Ефимов kept down in 5Б), "
                      "getperiods of 2026/27 (trimesters I, II, III and Г) [A.3 getrules, Period; A.4]",
              "batches": [first]})
this_year = [getdiary("31101", "6Б@2026", "20260901-20260904", NOW1.format(10)),
             getdiary("31103", "5Б@2026", "20260901-20260904", NOW1.format(11)),
             getdiary("31101", "6Б@2026", "20261005-20261009", NOW1.format(12)),
             getdiary("31102", "6Б@2026", "20261005-20261009", NOW1.format(13)),
             getdiary("31103", "5Б@2026", "20261005-20261009", NOW1.format(14)),
             getmarks("31101", "6Б@2026", "20260901-20261129", NOW1.format(20)),
             getmarks("31102", "6Б@2026", "20260901-20261129", NOW1.format(21)),
             getmarks("31103", "5Б@2026", "20260901-20261129", NOW1.format(22)),
             getfinal("31101", [{"name": SUBJ[k], "assessments": []} for k in ("mat", "rus", "lit", "en", "ist", "bio", "fk", "obsh")],
                      NOW1.format(25))]
steps.append({"name": "02 the first weeks of 2026/27: diaries of 1-4 September and 5-9 October (6Б; the new 5Б), marks of trimester I so far, "
                      "this year's final assessments (none yet) [A.3 Day, Lesson item, Assessment, SubjectMarks; A.5 E2-E4]",
              "batches": [this_year]})

backfill_periods = [getperiods(s, P2025, NOW2.format(9, i), YEAR25 + "&weeks=__yes&show_disabled=__yes")
                    for i, s in enumerate(["31101", "31103", "31104"])]
backfill_diary = []
for qi, (qname, week, _) in enumerate(QUARTER_WEEKS):
    for si, sid in enumerate(["31101", "31102", "31103", "31104"]):
        if sid == "31104" and qname == "IV":
            continue  # Лебедева left the school in April 2026: no diary of hers after that
        backfill_diary.append(getdiary(sid, "5Б@2025", week, NOW2.format(10 + qi, 5 * si)))
class_schedule = [getschedule_class("5Б", "5Б@2025", QUARTER_WEEKS[0][1], NOW2.format(14, 30))]
backfill_marks = []
for qi, (qname, _, qdays) in enumerate(QUARTER_WEEKS):
    for si, sid in enumerate(["31101", "31103", "31104"]):
        if sid == "31104" and qname != "III":
            continue
        backfill_marks.append(getmarks(sid, "5Б@2025", qdays, NOW2.format(15 + qi, 5 * si)))
backfill_finals = [getfinal(s, FIN2025[s], NOW2.format(16, 30 + i), YEAR25) for i, s in enumerate(FIN2025)]
steps.append({"name": "03 the backfill of 2025/26, pulled on 13 October 2026 with days of last year: getperiods (quarters I-IV, Г), "
                      "a diary week per quarter (Q1 with the first day of the autumn holidays), 5Б's schedule of that week by class, "
                      "marks of each quarter, final assessments of every period and the year [A.1 days; A.2; A.3; A.4; A.5 E1-E4]",
              "batches": [backfill_periods + backfill_diary, class_schedule + backfill_marks + backfill_finals]})
steps.append({"name": "04 14 October 2026: this year's final assessments pulled again without days (none yet, an empty list) "
                      "[A.2 getfinalassessments]",
              "batches": [[getfinal("31103", [], "2026-10-14T08:00:00+03:00"),
                           getfinal("31102", [], "2026-10-14T08:01:00+03:00", "&days=20260901-20270531")]]})

journey = {"vendor": "elzhur",
           "description": "СОШ № 31 (Тула): history carried over. The school joins in October 2026: the first weeks of 2026/27 "
                          "(Соловьёва and Гришин in 6Б, Ефимов kept down in the new 5Б, trimesters), then the backfill of 2025/26 "
                          "(5Б, quarters: periods, a diary week per quarter, each quarter's marks, the finals), pulled in "
                          "October 2026 with days of last year; Лебедева left in April 2026.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
