"""Build journey.json of elzhur_43: exam preparation in the 9th and 11th grades, 2-29 March 2026 (Eljur).

Standard library only, deterministic. Written from shared/reference/elzhur_mesh.md Part A (A.1 envelope and
params, A.2 methods, A.3 field tables, A.4 ids, A.5 examples, A.6 vocabulary). Every value is invented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = "ryazan43"

RINGS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05"), 8: ("15:15", "16:00")}
WEEKDAY_TITLE = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

# --- cast ----------------------------------------------------------------------------------------------------

CLASSES = {
    "9А": {"code": "91", "parallel": "9", "teacher": ("43601", "Морозова", "Ирина", "Владимировна"), "room": "301"},
    "9Б": {"code": "92", "parallel": "9", "teacher": ("43602", "Зуева", "Татьяна", "Андреевна"), "room": "302"},
    "9В": {"code": "93", "parallel": "9", "teacher": ("43603", "Никитин", "Сергей", "Павлович"), "room": "303"},
    "11А": {"code": "81", "parallel": "11", "teacher": ("43604", "Ларионова", "Галина", "Петровна"), "room": "201"},
    "11Б": {"code": "82", "parallel": "11", "teacher": ("43605", "Фомин", "Андрей", "Юрьевич"), "room": "202"},
}

PUPILS = {  # id: (last, first, gender, class, level)
    "43101": ("Орлова", "Полина", "female", "9А", 5),
    "43102": ("Гусев", "Артём", "male", "9А", 3),
    "43201": ("Тихонов", "Илья", "male", "9Б", 4),
    "43301": ("Лаптева", "Ксения", "female", "9В", 4),
    "43401": ("Ершов", "Даниил", "male", "11А", 5),
    "43501": ("Орлов", "Максим", "male", "11Б", 4),
    "43502": ("Соколова", "Вероника", "female", "11Б", 4),
}

PARENTS = {  # id: (last, first, middle, gender, children)
    "43901": ("Орлова", "Елена", "Викторовна", "female", ["43101", "43501"]),
    "43902": ("Тихонова", "Марина", "Сергеевна", "female", ["43201"]),
    "43903": ("Лаптев", "Олег", "Николаевич", "male", ["43301"]),
    "43904": ("Соколов", "Игорь", "Александрович", "male", ["43502"]),
    "43905": ("Ершова", "Наталья", "Ивановна", "female", ["43401"]),
}

T9 = {  # subject -> teacher of the 9th grades
    "Русский язык": "Морозова Ирина Владимировна", "Литература": "Морозова Ирина Владимировна",
    "Алгебра": "Кравец Нина Ивановна", "Геометрия": "Кравец Нина Ивановна",
    "Вероятность и статистика": "Кравец Нина Ивановна", "Информатика": "Сазонов Павел Игоревич",
    "История": "Никитин Сергей Павлович", "Обществознание": "Никитин Сергей Павлович",
    "География": "Белякова Ольга Романовна", "Биология": "Зуева Татьяна Андреевна",
    "Физика": "Гришин Виктор Олегович", "Химия": "Панова Людмила Евгеньевна",
    "Английский язык": "Кудрявцева Анна Михайловна", "Физическая культура": "Шестаков Роман Валерьевич",
    "Основы безопасности и защиты Родины": "Шестаков Роман Валерьевич",
}
T11 = {
    "Русский язык": "Ларионова Галина Петровна", "Литература": "Ларионова Галина Петровна",
    "Алгебра и начала математического анализа": "Фомин Андрей Юрьевич", "Геометрия": "Фомин Андрей Юрьевич",
    "Вероятность и статистика": "Кравец Нина Ивановна", "Информатика": "Сазонов Павел Игоревич",
    "История": "Никитин Сергей Павлович", "Обществознание": "Никитин Сергей Павлович",
    "Физика": "Гришин Виктор Олегович", "Химия": "Панова Людмила Евгеньевна",
    "Биология": "Зуева Татьяна Андреевна", "Английский язык": "Кудрявцева Анна Михайловна",
    "Физическая культура": "Шестаков Роман Валерьевич",
    "Основы безопасности и защиты Родины": "Шестаков Роман Валерьевич",
    "Индивидуальный проект": "Белякова Ольга Романовна",
}

WEEK9 = [  # Mon..Fri, lesson 1.. (9А; 9Б and 9В rotate it)
    ["Русский язык", "Алгебра", "Английский язык", "История", "Физика", "Физическая культура"],
    ["Геометрия", "Литература", "Химия", "Биология", "Обществознание", "Информатика"],
    ["Алгебра", "Русский язык", "География", "Физика", "Английский язык", "Физическая культура"],
    ["Русский язык", "Геометрия", "Вероятность и статистика", "История", "Химия", "Литература"],
    ["Алгебра", "Английский язык", "Биология", "Основы безопасности и защиты Родины", "География",
     "Физическая культура"],
]
WEEK11 = [
    ["Алгебра и начала математического анализа", "Русский язык", "Физика", "История", "Английский язык",
     "Физическая культура"],
    ["Геометрия", "Литература", "Химия", "Обществознание", "Биология", "Информатика"],
    ["Русский язык", "Алгебра и начала математического анализа", "Английский язык", "Физика",
     "Физическая культура", "Обществознание"],
    ["Алгебра и начала математического анализа", "Литература", "Вероятность и статистика", "История",
     "Индивидуальный проект", "Английский язык"],
    ["Геометрия", "Русский язык", "Биология", "Основы безопасности и защиты Родины", "Физическая культура",
     "Химия"],
]
ROTATE = {"9А": 0, "9Б": 2, "9В": 4, "11А": 0, "11Б": 3}

TOPICS = {
    "Русский язык": ["Сложные предложения с разными видами связи", "Подготовка к ОГЭ: изложение",
                     "Задание 9 ОГЭ: правописание приставок", "Сочинение-рассуждение 13.2"],
    "Литература": ["А. А. Блок. Лирика", "С. А. Есенин. Тема Родины", "М. А. Булгаков «Собачье сердце»"],
    "Алгебра": ["Арифметическая прогрессия", "Сумма первых n членов прогрессии", "Геометрическая прогрессия"],
    "Геометрия": ["Правильные многоугольники", "Длина окружности", "Площадь круга"],
    "Вероятность и статистика": ["Геометрическая вероятность", "Испытания Бернулли"],
    "Информатика": ["Обработка таблиц", "Циклы в Python"],
    "История": ["Россия в 1880-1890-е гг.", "Культура Серебряного века"],
    "Обществознание": ["Гражданское право", "Трудовые правоотношения"],
    "География": ["Хозяйство Дальнего Востока", "Россия в мировом хозяйстве"],
    "Биология": ["Экосистемы", "Биосфера и человек"],
    "Физика": ["Радиоактивность", "Строение атомного ядра"],
    "Химия": ["Углерод и его соединения", "Кремний"],
    "Английский язык": ["Modal verbs: revision", "OGE: writing an e-mail"],
    "Физическая культура": ["Волейбол: подача", "Гимнастика: опорный прыжок"],
    "Основы безопасности и защиты Родины": ["Первая помощь при кровотечениях"],
    "Алгебра и начала математического анализа": ["Первообразная", "Определённый интеграл",
                                                 "Задание 13 ЕГЭ: уравнения"],
    "Индивидуальный проект": ["Защита проекта: подготовка презентации"],
}
HOMEWORK = {
    "Русский язык": "Сборник Цыбулько, вариант {n}, задания 2-12",
    "Литература": "Выучить стихотворение, анализ по плану (с. {n})",
    "Алгебра": "№ {n}, {m}; вариант ОГЭ из сборника Ященко, задания 1-5",
    "Геометрия": "№ {n}, {m}",
    "Алгебра и начала математического анализа": "Сборник Ященко ЕГЭ, вариант {n}, задания 1-12",
    "Физика": "§ {n}, упр. {m}",
    "Химия": "§ {n}, задачи 1-3",
    "История": "§ {n}, вопросы к параграфу",
    "Английский язык": "Workbook p. {n}, ex. {m}",
    "Обществознание": "§ {n}, задание ОГЭ/ЕГЭ 24",
}
LEVEL_MARKS = {5: ["5", "5", "4", "5", "5+"], 4: ["4", "5", "4", "3", "4-"], 3: ["3", "4", "3", "2", "3"]}
WORK = [("Работа на уроке", "РУ", 1, 1), ("Самостоятельная работа", "СР", 1, 1.5),
        ("Домашняя работа", "ДЗ", 1, 1), ("Контрольная работа", "КР", 2, 2)]
WORK_ID = {"РУ": 1, "СР": 3, "ДЗ": 2, "КР": 5, "ПрОГЭ": 21, "ПБ": 22, "ПрЕГЭ": 23, "ТБ": 24, "ОСВ": 30}


def h(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def d8(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def days_between(a: str, b: str) -> list[dt.date]:
    first, last = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def subjects_of(cls: str) -> dict[str, str]:
    return T9 if cls.startswith("9") else T11


def timetable(cls: str, day: dt.date) -> list[str]:
    week = WEEK9 if cls.startswith("9") else WEEK11
    row = week[day.weekday()]
    k = (ROTATE[cls] + day.weekday()) % len(row)
    rotated = row[k:] + row[:k]
    # physical education stays the last lesson of its day (the gym is shared)
    if "Физическая культура" in rotated:
        rotated.remove("Физическая культура")
        rotated.append("Физическая культура")
    return rotated


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{CLASSES[cls]['code']}{day.strftime('%y%m%d')}{num}"


# --- special days ----------------------------------------------------------------------------------------------

HOLIDAY = {"2026-03-09": "Международный женский день (перенос выходного дня)"}
SPRING_BREAK = ("2026-03-23", "2026-03-29", "Весенние каникулы")
TRIAL_OGE_MATH = "2026-03-04"   # 9th: lessons 2-5, rooms mixing 9А/9Б/9В
TRIAL_EGE_RUS = "2026-03-12"    # 11th: lessons 2-5, rooms mixing 11А/11Б
TRIAL_ROOMS = {  # pupil -> (room, proctor)
    "43101": ("301", "Никитин Сергей Павлович"), "43201": ("301", "Никитин Сергей Павлович"),
    "43102": ("302", "Белякова Ольга Романовна"), "43301": ("302", "Белякова Ольга Романовна"),
    "43401": ("201", "Сазонов Павел Игоревич"), "43501": ("201", "Сазонов Павел Игоревич"),
    "43502": ("204", "Панова Людмила Евгеньевна"),
}
# results: primary score (ОГЭ) or test score (ЕГЭ), the five-point mark, entered on the day given
TRIAL_RESULTS = {
    "43101": ("17", "4", "2026-03-10"), "43201": ("20", "4", "2026-03-10"), "43102": ("9", "3", "2026-03-10"),
    "43301": ("23", "5", "2026-03-10"),
    "43401": ("87", "5", "2026-03-17"), "43501": ("71", "4", "2026-03-17"), "43502": ("64", "4", "2026-03-17"),
}
APPEAL = {"43101": ("18", "2026-03-18")}  # Полина's primary score after the appeal (re-check), 17 -> 18
EXEMPT_PE = {"43201"}                       # Тихонов: освобождён от физической культуры (справка)
IUP = "43502"                               # Соколова: individual plan (олимпийский резерв, биатлон)
IUP_DROPPED = {"Физическая культура"}       # not in her plan: she trains at the sports school
ELECTIVE = ("Практикум по решению задач по математике", "Практикум 11АБ", "Пр. 11АБ", "Фомин Андрей Юрьевич", "205")
ELECTIVE_PUPILS = {"43401", "43501"}
ABSENCES = {  # (pupil, date, num): (first code, later code or None)
    ("43301", "2026-03-16", 1): ("н", "б"), ("43301", "2026-03-16", 2): ("н", "б"),
    ("43401", "2026-03-18", 3): ("уп", None), ("43401", "2026-03-18", 4): ("уп", None),
    ("43102", "2026-03-05", 1): ("оп", None),
    ("43502", "2026-03-17", 1): ("у", None), ("43502", "2026-03-17", 2): ("у", None),
}
CONSULTATIONS = {  # weekday -> parallel -> (name, teacher, start, end)
    3: {"9": ("Консультация по подготовке к ОГЭ (русский язык)", "Морозова Ирина Владимировна", "14:30:00",
              "15:15:00")},
    4: {"11": ("Консультация по подготовке к ЕГЭ (профильная математика)", "Фомин Андрей Юрьевич", "14:20:00",
               "15:05:00")},
    1: {"9": ("Консультация по подготовке к ОГЭ (математика)", "Кравец Нина Ивановна", "14:20:00", "15:05:00")},
}


def room_of(cls: str, subject: str) -> str:
    special = {"Физическая культура": "Спортзал", "Информатика": "105", "Химия": "214", "Физика": "212",
               "Английский язык": "307"}
    return special.get(subject, CLASSES[cls]["room"])


# --- the journal's content ---------------------------------------------------------------------------------------


def mark_for(pupil: str, cls: str, day: dt.date, num: int, subject: str) -> dict | None:
    """The mark a pupil got at a lesson, or None (about a third of lessons)."""
    if subject == "Физическая культура" and pupil in EXEMPT_PE:
        return {"value": "осв", "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "Освобождение", "control_type_short": "ОСВ",
                "comment": "справка ВК № 112 до 31.05.2026"}
    if h("mark?", pupil, day, num) % 3:
        return None
    level = PUPILS[pupil][4]
    value = LEVEL_MARKS[level][h("v", pupil, day, num) % 5]
    work = WORK[h("w", subject, day, num, cls) % 4]
    base = int(value[0])
    countas = {"+": base + 0.25, "-": base - 0.25}.get(value[1:], base)
    return {"value": value, "countas": str(countas).rstrip("0").rstrip(".") if "." in str(countas) else str(countas),
            "count": True, "convert": base, "weight": work[2], "weight_float": work[3],
            "control_type": work[0], "control_type_short": work[1], "comment": ""}


def assessment(m: dict, day: dt.date, lid: str, nm: int, diary: bool) -> dict:
    out = {"value": m["value"], "countas": m["countas"], "count": m["count"], "convert": m["convert"],
           "weight": m["weight"], "weight_float": m["weight_float"], "date": day.isoformat(), "lesson_id": lid,
           "nm": str(nm), "comment": m["comment"]}
    if diary:
        out["weight_float"] = str(m["weight_float"]) if isinstance(m["weight_float"], float) else m["weight_float"]
        out["control_type"] = m["control_type"]
        out["control_type_short"] = m["control_type_short"]
        out["color_hex"] = None
    else:
        out["lesson_comment"] = m.get("lesson_comment")
        out["max_mark"] = m.get("max_mark")
        if m["control_type"]:
            out["mtype"] = {"id": WORK_ID.get(m["control_type_short"], 9), "short": m["control_type_short"],
                            "type": m["control_type"]}
    return out


def absence(code: str, day: dt.date, lid: str) -> dict:
    return {"value": code, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "comment": "", "date": day.isoformat(),
            "lesson_id": lid, "nm": "1"}


def trial_marks(pupil: str, day: dt.date, lid: str, as_of: str, diary: bool) -> list[dict]:
    """The trial exam's results on its lesson, once entered (as of the pull date ``as_of``)."""
    score, five, entered = TRIAL_RESULTS[pupil]
    if as_of < entered:
        return []
    oge = PUPILS[pupil][3].startswith("9")
    if pupil in APPEAL and as_of >= APPEAL[pupil][1]:
        score = APPEAL[pupil][0]
    if oge:
        comment = f"{score} первичных баллов из 31" + (" (после апелляции)" if pupil in APPEAL and as_of >= APPEAL[pupil][1] else "")
        first = {"value": five, "countas": five, "count": True, "convert": int(five), "weight": 2, "weight_float": 2,
                 "control_type": "Пробный ОГЭ", "control_type_short": "ПрОГЭ", "comment": comment,
                 "lesson_comment": "Пробный ОГЭ по математике"}
        second = {"value": score, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                  "control_type": "Первичный балл ОГЭ", "control_type_short": "ПБ", "comment": "",
                  "lesson_comment": "Пробный ОГЭ по математике", "max_mark": 31}
    else:
        first = {"value": five, "countas": five, "count": True, "convert": int(five), "weight": 2, "weight_float": 2,
                 "control_type": "Пробный ЕГЭ", "control_type_short": "ПрЕГЭ",
                 "comment": f"тестовый балл {score}", "lesson_comment": "Пробный ЕГЭ по русскому языку"}
        second = {"value": score, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                  "control_type": "Тестовый балл ЕГЭ", "control_type_short": "ТБ", "comment": "",
                  "lesson_comment": "Пробный ЕГЭ по русскому языку", "max_mark": 100}
    return [assessment(first, day, lid, 1, diary), assessment(second, day, lid, 2, diary)]


def homework_for(cls: str, day: dt.date, num: int, subject: str, lid: str) -> dict:
    if subject not in HOMEWORK or h("hw?", cls, day, num) % 2:
        return {}
    n, m = 3 + h("n", lid) % 37, 100 + h("m", lid) % 400
    hid = int(lid)
    return {str(hid): {"id": hid, "value": HOMEWORK[subject].format(n=n, m=m), "individual": False}}


def lesson_items(pupil: str, day: dt.date, as_of: str) -> tuple[dict, list]:
    """One pupil's lesson items and extra-curricular items of a school day, as a diary pulled on ``as_of`` shows."""
    last, first, gender, cls, level = PUPILS[pupil]
    teachers = subjects_of(cls)
    items: dict[str, dict] = {}
    iso = day.isoformat()
    nine = cls.startswith("9")
    trial_day = TRIAL_OGE_MATH if nine else TRIAL_EGE_RUS
    for num, subject in enumerate(timetable(cls, day), start=1):
        lid = lesson_id(cls, day, num)
        if iso == trial_day and 2 <= num <= 5:
            if num == 2:  # one item for the exam, lessons 2-5, a room of mixed classes
                room, proctor = TRIAL_ROOMS[pupil]
                tsubject = "Алгебра" if nine else "Русский язык"
                tid = f"99{day.strftime('%y%m%d')}{room}"
                items["2"] = {"num": "2", "name": tsubject, "room": room, "teacher": proctor, "sort": 200,
                              "grp": f"Ауд. {room}", "grp_short": room, "lesson_id": tid,
                              "topic": "Пробный ОГЭ по математике" if nine else "Пробный ЕГЭ по русскому языку",
                              "is_control": True, "starttime": "09:00:00",
                              "endtime": "12:55:00" if nine else "12:30:00",
                              "homework": {}, "files": [], "resources": [],
                              "assessments": trial_marks(pupil, day, tid, as_of, True)}
            continue
        if pupil == IUP and subject in IUP_DROPPED:
            continue
        start, end = RINGS[num]
        topic = TOPICS[subject][h("t", cls, day, num) % len(TOPICS[subject])]
        marks = []
        code = ABSENCES.get((pupil, iso, num))
        if code:
            later = code[1] if code[1] and as_of >= "2026-03-21" else None
            marks.append(absence(later or code[0], day, lid))
        else:
            m = mark_for(pupil, cls, day, num, subject)
            if m and as_of >= iso:
                marks.append(assessment(m, day, lid, 1, True))
        hw = homework_for(cls, day, num, subject, lid)
        if pupil == IUP and subject == "Биология":
            hid = 4390000 + int(day.strftime("%d"))
            hw = dict(hw)
            hw[str(hid)] = {"id": hid, "value": "Индивидуально: разбор заданий 22-28 ЕГЭ по биологии (ИУП)",
                            "individual": True}
        items[str(num)] = {"num": str(num), "name": subject, "room": room_of(cls, subject),
                           "teacher": teachers[subject], "sort": num * 100, "lesson_id": lid,
                           "topic": topic, "is_control": any(a["value"] and a.get("control_type") == "Контрольная работа" for a in marks),
                           "starttime": f"{start}:00", "endtime": f"{end}:00", "homework": hw, "files": [],
                           "resources": [], "assessments": marks}
    # the elective course: one group of 11А and 11Б pupils, Tuesday lesson 7
    if day.weekday() == 1 and pupil in ELECTIVE_PUPILS:
        name, grp, grp_short, teacher, room = ELECTIVE
        lid = f"98{day.strftime('%y%m%d')}7"
        marks = []
        if iso == "2026-03-10":
            m = {"value": "5" if pupil == "43401" else "4", "countas": "5" if pupil == "43401" else "4",
                 "count": True, "convert": 5 if pupil == "43401" else 4, "weight": 1, "weight_float": 1,
                 "control_type": "Работа на уроке", "control_type_short": "РУ", "comment": ""}
            marks.append(assessment(m, day, lid, 1, True))
        items["7"] = {"num": "7", "name": name, "room": room, "teacher": teacher, "sort": 700, "grp": grp,
                      "grp_short": grp_short, "lesson_id": lid,
                      "topic": {"2026-03-03": "Квадратичная функция с параметром",
                                "2026-03-10": "Расположение корней квадратного трёхчлена",
                                "2026-03-17": "Графический метод в задачах с параметром"}[iso],
                      "is_control": False, "starttime": "14:20:00", "endtime": "15:05:00",
                      "homework": {str(4398000 + day.day): {"id": 4398000 + day.day, "individual": False,
                                                            "value": f"Задачи с параметром: листок № {day.day // 7 + 1}"}},
                      "files": [{"toid": 4398000 + day.day, "filename": f"листок_{day.day // 7 + 1}.pdf",
                                 "link": f"https://{VENDOR}.eljur.ru/files/pr{day.day}"}],
                      "resources": [], "assessments": marks}
    # the individual plan: an individual lesson after classes, in her own group
    if pupil == IUP and day.weekday() in (0, 2):
        lid = f"97{day.strftime('%y%m%d')}8"
        marks = []
        if iso == "2026-03-11":
            marks.append(assessment({"value": "5", "countas": "5", "count": True, "convert": 5, "weight": 1,
                                     "weight_float": 1, "control_type": "Работа на уроке",
                                     "control_type_short": "РУ", "comment": "ИУП"}, day, lid, 1, True))
        items["8"] = {"num": "8", "name": "Биология", "room": "110", "teacher": "Зуева Татьяна Андреевна",
                      "sort": 800, "grp": "ИУП Соколова В.", "grp_short": "ИУП", "lesson_id": lid,
                      "topic": "Генетика: задачи на сцепленное наследование" if day.weekday() == 0
                      else "Эволюция: линия 26 ЕГЭ", "is_control": False,
                      "starttime": "15:15:00", "endtime": "16:00:00", "homework": {}, "files": [],
                      "resources": [], "assessments": marks}
    extday = []
    consult = CONSULTATIONS.get(day.weekday(), {}).get(CLASSES[cls]["parallel"])
    if consult and pupil != IUP:
        name, teacher, start, end = consult
        extday.append({"name": name, "teacher": teacher, "grp": "", "topic": f"Разбор заданий пробного экзамена ({day.strftime('%d.%m')})",
                       "homework": [], "sort": 900, "starttime": start, "endtime": end})
    return items, extday


def diary_day(pupil: str, day: dt.date, as_of: str) -> dict | None:
    iso = day.isoformat()
    if day.weekday() >= 5:
        return None
    out = {"name": d8(day), "title": WEEKDAY_TITLE[day.weekday()]}
    if iso in HOLIDAY:
        out.update({"alert": "vacation", "holiday_name": HOLIDAY[iso], "items": {}})
        return out
    if SPRING_BREAK[0] <= iso <= SPRING_BREAK[1]:
        out.update({"alert": "vacation", "holiday_name": SPRING_BREAK[2], "items": {}})
        return out
    items, extday = lesson_items(pupil, day, as_of)
    out["items"] = items
    if extday:
        out["items_extday"] = extday
    return out


def envelope(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def pupil_title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil: str, first: str, last: str, as_of: str) -> dict:
    days = {}
    for day in days_between(first, last):
        shown = diary_day(pupil, day, as_of)
        if shown is not None:
            days[d8(day)] = shown
    return envelope({"students": {pupil: {"name": pupil, "title": pupil_title(pupil), "parent_signed": False,
                                          "days": days}}})


# --- periods, marks over the period, final marks ------------------------------------------------------------------

PERIODS9 = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
            ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260330", "20260526")]
PERIODS11 = [("I", "I полугодие", "20250901", "20251228"), ("II", "II полугодие", "20260112", "20260526")]


def getperiods(pupil: str) -> dict:
    rows = PERIODS9 if PUPILS[pupil][3].startswith("9") else PERIODS11
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None}
               for n, f, s, e in rows]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False,
                    "ambigious": True})
    return envelope({"students": [{"name": pupil, "title": pupil_title(pupil), "periods": periods}]})


def earlier_marks(pupil: str, subject: str) -> list[tuple[dt.date, str, dict]]:
    """Marks of January and February (before the diary window), only getmarks brings them."""
    cls = PUPILS[pupil][3]
    out = []
    for day in days_between("2026-01-12", "2026-02-27"):
        if day.weekday() >= 5:
            continue
        for num, subj in enumerate(timetable(cls, day), start=1):
            if subj != subject or (pupil == IUP and subj in IUP_DROPPED):
                continue
            if h("old?", pupil, day, num) % 3 == 0 or (subject == "Физическая культура" and pupil in EXEMPT_PE):
                m = mark_for(pupil, cls, day, num, subject) or {
                    "value": LEVEL_MARKS[PUPILS[pupil][4]][h("ov", pupil, day) % 5], "count": True,
                    "weight": 1, "weight_float": 1, "control_type": "Работа на уроке", "control_type_short": "РУ",
                    "comment": ""}
                if m["value"] != "осв":
                    base = int(m["value"][0])
                    m["convert"] = base
                    m["countas"] = str({"+": base + 0.25, "-": base - 0.25}.get(m["value"][1:], base)).replace(".0", "")
                out.append((day, lesson_id(cls, day, num), m))
    return out


def marks_by_subject(pupil: str, first: str, last: str, as_of: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    cls = PUPILS[pupil][3]
    for subject in subjects_of(cls):
        for day, lid, m in earlier_marks(pupil, subject):
            out.setdefault(subject, []).append(assessment(m, day, lid, 1, False))
    for day in days_between(max(first, "2026-03-02"), min(last, "2026-03-22")):
        shown = diary_day(pupil, day, as_of)
        if not shown:
            continue
        for item in shown.get("items", {}).values():
            for a in item["assessments"]:
                a = dict(a)
                for k in ("control_type", "control_type_short", "color_hex"):
                    a.pop(k, None)
                a["weight_float"] = float(a["weight_float"]) if isinstance(a["weight_float"], str) else a["weight_float"]
                if a["value"] in ("н", "б", "оп", "у", "уп"):
                    a.update({"lesson_comment": None, "max_mark": None})
                else:
                    src = None
                    if item["lesson_id"].startswith("99"):
                        src = trial_marks(pupil, day, item["lesson_id"], as_of, False)[int(a["nm"]) - 1]
                        a = src
                    else:
                        m = mark_for(pupil, cls, day, int(item["num"]), item["name"]) if item["num"] not in ("7", "8") else None
                        mt = {"id": WORK_ID.get(m["control_type_short"] if m else "РУ", 9),
                              "short": m["control_type_short"] if m else "РУ",
                              "type": m["control_type"] if m else "Работа на уроке"}
                        a.update({"lesson_comment": item["topic"] if m and m["control_type_short"] == "КР" else None,
                                  "max_mark": None, "mtype": mt})
                out.setdefault(item["name"], []).append(a)
    return out


def average(marks: list[dict]) -> tuple[str, int]:
    counted = [(float(m["weight_float"]), float(m["convert"])) for m in marks if m["count"] is True]
    if not counted or not sum(w for w, _ in counted):
        return "", 0
    value = sum(w * c for w, c in counted) / sum(w for w, _ in counted)
    text = f"{value:.2f}"
    return text, int(float(text) + 0.5)


def getmarks(pupil: str, first: str, last: str, as_of: str) -> dict:
    lessons = []
    for i, (subject, marks) in enumerate(sorted(marks_by_subject(pupil, first, last, as_of).items())):
        marks.sort(key=lambda a: (a["date"], a["lesson_id"], a["nm"]))
        avg, conv = average(marks)
        lessons.append({"name": subject, "average": avg, "averageConvert": conv,
                        "lesson_id": str(4301 + h("subj", subject) % 700), "color_hex": None, "marks": marks})
    return envelope({"students": {pupil: {"name": pupil, "title": pupil_title(pupil), "lessons": lessons}}})


FINALS_EARLIER = {"43101": "5", "43102": "3", "43201": "4", "43301": "4", "43401": "5", "43501": "4", "43502": "4"}


def getfinalassessments(pupil: str, marks_answer: dict) -> dict:
    cls = PUPILS[pupil][3]
    items = []
    lessons = marks_answer["response"]["result"]["students"][pupil]["lessons"]
    for subject in subjects_of(cls):
        if pupil == IUP and subject in IUP_DROPPED:
            assessments = [{"period": "I", "value": "зач", "comment": "ИУП: норматив спортивной школы"}]
            items.append({"name": subject, "assessments": assessments})
            continue
        bump = h("f", pupil, subject) % 3
        base = FINALS_EARLIER[pupil]
        earlier = str(max(2, min(5, int(base) - (1 if bump == 2 else 0))))
        if subject == "Физическая культура" and pupil in EXEMPT_PE:
            assessments = [{"period": p, "value": "осв", "comment": "справка"} for p in ("I", "II", "III")]
        elif cls.startswith("9"):
            row = next((x for x in lessons if x["name"] == subject), None)
            avg = row["average"] if row else ""
            third = str(int(float(avg) + 0.5)) if avg else "н/а"
            assessments = [{"period": "I", "value": earlier, "comment": ""},
                           {"period": "II", "value": str(max(2, min(5, int(earlier) + (bump == 1)))), "comment": ""},
                           {"period": "III", "value": third, "comment": ""}]
        else:
            assessments = [{"period": "I", "value": earlier, "comment": ""}]
        items.append({"name": subject, "assessments": assessments})
    return envelope({"students": {pupil: {"name": pupil, "title": pupil_title(pupil), "items": items}}})


# --- getrules -------------------------------------------------------------------------------------------------


def group_entry(cls: str) -> dict:
    tid, last, first, middle = CLASSES[cls]["teacher"]
    return {"rel": "homeclass", "name": cls, "parallel": CLASSES[cls]["parallel"], "balls": 5,
            "hometeacher_id": tid, "hometeacher_name": f"{last} {first} {middle}", "hometeacher_lastname": last,
            "hometeacher_firstname": first, "hometeacher_middlename": middle}


RULES = ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule", "gethomework"]


def getrules_parent(parent: str) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg, cls, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": CLASSES[cls]["parallel"], "city": "Рязань",
                           "rules": RULES}
    return envelope({"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
                     "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
                     "roles": ["parent"], "region": "Рязанская область", "city": "Рязань", "vendor": VENDOR,
                     "vendor_id": "4343", "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
                     "relations": {"students": students,
                                   "groups": {PUPILS[c][3]: group_entry(PUPILS[c][3]) for c in children},
                                   "schools": [{"title": "Школа № 43", "title_full": "МБОУ «Школа № 43» г. Рязани",
                                                "number": "43", "inn": "6229000043", "kpp": "622901001"}]}})


def getrules_pupil(pupil: str) -> dict:
    last, first, gender, cls, _ = PUPILS[pupil]
    return envelope({"name": pupil, "id": pupil, "title": f"{last} {first}", "lastname": last, "firstname": first,
                     "gender": gender, "email": "", "roles": ["student"], "region": "Рязанская область",
                     "city": "Рязань", "vendor": VENDOR, "vendor_id": "4343",
                     "allowedSections": ["diary", "marks", "finalmarks", "schedule"],
                     "relations": {"groups": {cls: group_entry(cls)},
                                   "schools": [{"title": "Школа № 43", "title_full": "МБОУ «Школа № 43» г. Рязани",
                                                "number": "43", "inn": "6229000043", "kpp": "622901001"}]}})


# --- the sync job ---------------------------------------------------------------------------------------------


def stamp(day: str, hour: int, minute: int) -> str:
    return f"{day}T{hour:02d}:{minute:02d}:00+03:00"


def build() -> dict:
    pupils = sorted(PUPILS)
    steps = []

    def step(name: str, records: list[dict]) -> None:
        steps.append({"name": name, "batches": [records]})

    step("01 Sun 1 Mar: getrules of the five parents and of the pupil Гусев (his own account)",
         [{"request": "getrules", "pulled_at": stamp("2026-03-01", 18, i), "body": getrules_parent(p)}
          for i, p in enumerate(sorted(PARENTS))]
         + [{"request": "getrules", "pulled_at": stamp("2026-03-01", 18, 10), "body": getrules_pupil("43102")}])
    step("02 Sun 1 Mar: getperiods of every pupil (9th: quarters, 11th: half-years)",
         [{"request": f"getperiods?student={p}&show_disabled=__yes", "pulled_at": stamp("2026-03-01", 18, 20 + i),
           "body": getperiods(p)} for i, p in enumerate(pupils)])
    step("03 Fri 6 Mar: getdiary 2-8 Mar of every pupil, one after another (the trial ОГЭ in mathematics on Wed 4 Mar)",
         [{"request": f"getdiary?student={p}&days=20260302-20260308&rings=__yes",
           "pulled_at": stamp("2026-03-06", 19, i), "body": getdiary(p, "2026-03-02", "2026-03-08", "2026-03-06")}
          for i, p in enumerate(pupils)])
    step("04 Fri 13 Mar: getdiary 2-15 Mar of every pupil (two weeks: the trial ОГЭ results of 10 Mar on 4 Mar; "
         "9 Mar a day off; the trial ЕГЭ in Russian on Thu 12 Mar)",
         [{"request": f"getdiary?student={p}&days=20260302-20260315&rings=__yes",
           "pulled_at": stamp("2026-03-13", 19, i), "body": getdiary(p, "2026-03-02", "2026-03-15", "2026-03-13")}
          for i, p in enumerate(pupils)])
    step("05 Fri 20 Mar: getdiary 16-22 Mar of every pupil (last week of quarter III)",
         [{"request": f"getdiary?student={p}&days=20260316-20260322&rings=__yes",
           "pulled_at": stamp("2026-03-20", 19, i), "body": getdiary(p, "2026-03-16", "2026-03-22", "2026-03-20")}
          for i, p in enumerate(pupils)])
    marks_records, finals_records = [], []
    for i, p in enumerate(pupils):
        first, last = ("20260112", "20260322") if PUPILS[p][3].startswith("9") else ("20260112", "20260526")
        iso = lambda s: f"{s[:4]}-{s[4:6]}-{s[6:]}"  # noqa: E731
        answer = getmarks(p, iso(first), iso(last), "2026-03-21")
        marks_records.append({"request": f"getmarks?student={p}&days={first}-{last}",
                              "pulled_at": stamp("2026-03-21", 12, i), "body": answer})
        finals_records.append({"request": f"getfinalassessments?student={p}",
                               "pulled_at": stamp("2026-03-21", 12, 30 + i), "body": getfinalassessments(p, answer)})
    step("06 Sat 21 Mar: getmarks of the period so far (9th: quarter III; 11th: II полугодие) and "
         "getfinalassessments of every pupil (quarter III closed)", marks_records + finals_records)
    step("07 Sun 29 Mar: getdiary 23-29 Mar of the Орловы (spring holidays)",
         [{"request": f"getdiary?student={p}&days=20260323-20260329&rings=__yes",
           "pulled_at": stamp("2026-03-29", 20, i), "body": getdiary(p, "2026-03-23", "2026-03-29", "2026-03-29")}
          for i, p in enumerate(["43101", "43501"])])
    return {"vendor": "elzhur",
            "description": "Exam preparation in the 9th and 11th grades (Школа № 43, Рязань, 2-29 March 2026): trial "
                           "ОГЭ/ЕГЭ written by whole parallels in rooms mixing classes, with the score and its "
                           "five-point mark; consultations and an elective of two classes; a pupil exempt from PE; "
                           "a pupil on an individual plan; quarter III's final marks and the journal's averages.",
            "school": {"timezone": "Europe/Moscow", "name": "МБОУ «Школа № 43» г. Рязани"},
            "steps": steps}


if __name__ == "__main__":
    journey = build()
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for s in journey["steps"] for b in s["batches"]), "records")
