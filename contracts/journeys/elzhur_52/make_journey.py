"""Write journey.json of elzhur_52: subjects over time (Eljur, Казань, Dec 2026 - May 2027).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

Elzhur names a subject by its text only (reference A.3: Lesson item ``name``, SubjectMarks ``name``, final
assessment ``name``), so this journey has the journal rename subjects, split one, and write one subject differently
in different answers.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn52", "5252"
D = dt.date

PARENTS = {
    "52901": ("Галиева", "Лейсан", "Рустемовна", "female", ["52301"]),
    "52902": ("Морозов", "Андрей", "Викторович", "male", ["52302", "52303"]),
}
PUPILS = {
    "52301": ("Галиев", "Тимур", "male"),
    "52302": ("Морозова", "Ксения", "female"),
    "52303": ("Морозов", "Илья", "male"),
}
CLASS = "8Б"
HOMETEACHER = ("52611", "Петрова", "Людмила", "Аркадьевна")

OBZH, OBZR = "ОБЖ", "Основы безопасности и защиты Родины"
TECH, TRUD = "Технология", "Труд (технология)"
PRACT = "Практикум «Расчёты в химии»"
VIS = "Вероятность и статистика"

TEACHER = {
    "Русский язык": "Сафина Гульнара Ильдаровна", "Литература": "Сафина Гульнара Ильдаровна",
    "Математика": "Петрова Людмила Аркадьевна", "Алгебра": "Петрова Людмила Аркадьевна",
    "Геометрия": "Петрова Людмила Аркадьевна", VIS: "Нуриева Алсу Ринатовна",
    "История": "Кириллов Денис Олегович", "Английский язык": "Лаптева Ольга Сергеевна",
    "Физика": "Хабибуллин Рамиль Фаритович", "Химия": "Ёлкина Вера Николаевна", PRACT: "Ёлкина Вера Николаевна",
    "Информатика": "Нуриева Алсу Ринатовна", "Биология": "Шарипова Диляра Маратовна",
    "Физическая культура": "Зуев Артём Павлович", OBZH: "Савельев Константин Игоревич",
    OBZR: "Савельев Константин Игоревич", TECH: "Мухаметов Ильнур Азатович", TRUD: "Мухаметов Ильнур Азатович",
}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "312", "Химия": "208", PRACT: "208",
        "Информатика": "401", OBZH: "105", OBZR: "105", TECH: "мастерская", TRUD: "мастерская", "Физика": "210"}

# the first half-year's timetable (weekday -> subjects by lesson number)
WEEK_I = {0: ["Русский язык", "Математика", "История", "Английский язык", "Физика", "Физическая культура"],
          1: ["Математика", "Литература", OBZH, "Химия", TECH],
          2: ["Русский язык", "Математика", "Английский язык", "Информатика", "Биология"],
          3: ["Математика", "Физика", "История", "Русский язык", "Физическая культура"],
          4: ["Литература", "Математика", "Английский язык", "Химия", TECH, PRACT]}
# the second half-year's: «Математика» split, ОБЖ replaced by ОБЗР from 11 Jan, «Технология» renamed «Труд (технология)»
WEEK_II = {0: ["Русский язык", "Алгебра", "История", "Английский язык", "Физика", "Физическая культура"],
           1: ["Геометрия", "Литература", OBZR, "Химия", TRUD],
           2: ["Русский язык", "Алгебра", "Английский язык", "Информатика", "Биология"],
           3: [VIS, "Физика", "История", "Русский язык", "Физическая культура"],
           4: ["Литература", "Геометрия", "Английский язык", "Химия", TRUD, PRACT]}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
DEC = [D(2026, 12, 14) + dt.timedelta(days=i) for i in range(5)]
JAN = [D(2027, 1, 18) + dt.timedelta(days=i) for i in range(5)]
HOMEWORK_SUBJECTS = {"Русский язык", "Математика", "Алгебра", "Геометрия", VIS, "Английский язык", "Литература",
                     "История", "Физика", "Химия", OBZH, OBZR, PRACT}

TOPICS = {
    ("Математика", D(2026, 12, 14)): "Квадратные уравнения. Теорема Виета",
    ("Математика", D(2026, 12, 15)): "Подобные треугольники",
    ("Математика", D(2026, 12, 16)): "Решение задач с помощью квадратных уравнений",
    ("Математика", D(2026, 12, 17)): "Контрольная работа № 4 «Квадратные уравнения»",
    ("Математика", D(2026, 12, 18)): "Анализ контрольной работы",
    (OBZH, D(2026, 12, 15)): "Первая помощь при травмах",
    (TECH, D(2026, 12, 15)): "Обработка древесины: точение",
    (TECH, D(2026, 12, 18)): "Творческий проект: выбор темы",
    ("Алгебра", D(2027, 1, 18)): "Квадратные неравенства",
    ("Геометрия", D(2027, 1, 19)): "Площадь многоугольника",
    (OBZR, D(2027, 1, 19)): "Основы обороны государства",
    ("Алгебра", D(2027, 1, 20)): "Метод интервалов",
    (VIS, D(2027, 1, 21)): "Случайные события и их вероятности",
    ("Геометрия", D(2027, 1, 22)): "Площадь треугольника",
    (TRUD, D(2027, 1, 19)): "Робототехника: датчики",
    (TRUD, D(2027, 1, 22)): "Робототехника: программирование движения",
}


def topic(subject: str, day: dt.date) -> str:
    return TOPICS.get((subject, day), f"{subject}: урок {day:%d.%m}")


def lesson_id(day: dt.date, num: int) -> str:
    return f"52{day:%m%d}{num}"


def homework_text(subject: str, day: dt.date) -> str:
    return f"{subject}: к {day + dt.timedelta(days=2 if day.weekday() < 3 else 4):%d.%m} § {day.day + len(subject)}, " \
           f"упр. {day.day * 2 + 3}"


# marks given: (pupil, date, lesson number) -> list of mark kwargs; shown in pulls after 15:00 of the day
MARKS = {
    ("52301", D(2026, 12, 14), 2): [dict(value="5")],
    ("52302", D(2026, 12, 14), 2): [dict(value="4")],
    ("52303", D(2026, 12, 14), 4): [dict(value="4", comment="хорошее произношение")],
    ("52301", D(2026, 12, 15), 3): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("52302", D(2026, 12, 15), 3): [dict(value="4", ctype="Практическая работа", short="ПР", weight=2)],
    ("52303", D(2026, 12, 15), 5): [dict(value="5")],
    ("52301", D(2026, 12, 15), 2): [dict(value="4")],
    ("52302", D(2026, 12, 16), 3): [dict(value="5")],
    ("52303", D(2026, 12, 16), 2): [dict(value="3"), dict(value="4", nm="2", comment="исправил у доски")],
    ("52301", D(2026, 12, 17), 1): [dict(value="4", ctype="Контрольная работа", short="КР", weight=3)],
    ("52302", D(2026, 12, 17), 1): [dict(value="5", ctype="Контрольная работа", short="КР", weight=3)],
    ("52303", D(2026, 12, 17), 1): [dict(value="3", ctype="Контрольная работа", short="КР", weight=3)],
    ("52302", D(2026, 12, 17), 2): [dict(value="2", comment="не выполнена лабораторная")],  # withdrawn on 25 Dec
    ("52301", D(2026, 12, 17), 3): [dict(value="5", comment="доклад о Петре I")],
    ("52303", D(2026, 12, 18), 1): [dict(value="4")],
    ("52301", D(2026, 12, 18), 6): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("52302", D(2026, 12, 18), 6): [dict(value="4", ctype="Практическая работа", short="ПР", weight=2)],
    ("52303", D(2026, 12, 18), 5): [dict(value="5")],
    ("52301", D(2027, 1, 18), 2): [dict(value="4")],
    ("52302", D(2027, 1, 18), 2): [dict(value="5")],
    ("52303", D(2027, 1, 19), 1): [dict(value="4")],
    ("52301", D(2027, 1, 19), 3): [dict(value="5", comment="отлично знает воинские звания")],
    ("52302", D(2027, 1, 19), 3): [dict(value="н")],
    ("52303", D(2027, 1, 19), 3): [dict(value="4")],
    ("52302", D(2027, 1, 19), 5): [dict(value="5")],
    ("52301", D(2027, 1, 20), 2): [dict(value="3"), dict(value="5", nm="2", ctype="Самостоятельная работа",
                                                          short="СР", weight=2)],
    ("52303", D(2027, 1, 20), 3): [dict(value="5")],
    ("52301", D(2027, 1, 21), 1): [dict(value="5")],
    ("52302", D(2027, 1, 21), 1): [dict(value="4")],
    ("52303", D(2027, 1, 21), 1): [dict(value="4", comment="ошибка в подсчёте исходов")],
    ("52301", D(2027, 1, 22), 2): [dict(value="4", ctype="Самостоятельная работа", short="СР", weight=2)],
    ("52303", D(2027, 1, 22), 2): [dict(value="5", ctype="Самостоятельная работа", short="СР", weight=2)],
    ("52302", D(2027, 1, 22), 6): [dict(value="5")],
    ("52303", D(2027, 1, 22), 5): [dict(value="н", comment="соревнования")],
}


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def subjects_of(day: dt.date, state: dict) -> list[str]:
    """The day's subjects by lesson number as the journal holds them in ``state``."""
    if day < D(2027, 1, 1):
        subjects = list(WEEK_I[day.weekday()])
        if state.get("renamed_trud"):  # the journal renamed the subject: every answer, old days too, says «Труд»
            subjects = [TRUD if s == TECH else s for s in subjects]
        return subjects
    subjects = list(WEEK_II[day.weekday()])
    if day == D(2027, 1, 21) and not state.get("vis_fixed"):  # the timetable still had the old subject
        subjects[0] = "Математика"
    return subjects


def item(day, num, subject, pupil, state, pulled):
    lid = lesson_id(day, num)
    homework = {}
    if subject in HOMEWORK_SUBJECTS:
        withdrawn = state.get("lit_task_withdrawn") and subject == "Литература" and day == D(2026, 12, 18)
        if not withdrawn:
            hw_id = int(("8" if subject == VIS else "9") + lid)  # the corrected lesson's task is a new one
            homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, day), "individual": False}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for kw in MARKS.get((pupil, day, num), []):
            if state.get("physics_2_withdrawn") and pupil == "52302" and day == D(2026, 12, 17) and num == 2:
                continue
            marks.append(mark(day=day, lid=lid, **kw))
    start, end = BELLS[num]
    return {"num": str(num), "name": subject, "room": ROOM.get(subject, "207"), "teacher": TEACHER[subject],
            "sort": num * 100, "lesson_id": lid, "topic": topic(subject, day),
            "is_control": any(m.get("weight", 0) >= 3 for m in marks),
            "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [], "resources": [],
            "assessments": marks}


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def title(pupil):
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def getdiary(pupil, days, state, pulled):
    out = {}
    for day in days:
        key = f"{day:%Y%m%d}"
        out[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                    "items": {str(n): item(day, n, s, pupil, state, pulled)
                              for n, s in enumerate(subjects_of(day, state), 1)}}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": out}}})
    return rec(f"getdiary?student={pupil}&days={days[0]:%Y%m%d}-{days[-1]:%Y%m%d}&rings=__yes", body, pulled)


# how getmarks writes some subjects (the journal's marks screen has its own subject list)
GETMARKS_NAMES = {"Английский язык": "Английский  язык", "Литература": "Литература.", "История": " История ",
                  PRACT: "Практикум «Расчеты в химии»"}
MTYPES = {"РУ": 1, "ПР": 2, "КР": 3, "СР": 4}


def getmarks(pupil, days, first, last, state, pulled):
    by_subject: dict[str, list] = {}
    for day in days:
        for n, subject in enumerate(subjects_of(day, state), 1):
            it = item(day, n, subject, pupil, state, pulled)
            for m in it["assessments"]:
                m = dict(m)
                m.pop("color_hex", None)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"], max_mark=None,
                         mtype={"id": MTYPES.get(short, 9), "short": short, "type": kind})
                by_subject.setdefault(subject, []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        weight = sum(m["weight"] for m in counted)
        total = sum(m["convert"] * m["weight"] for m in counted)
        lessons.append({"name": GETMARKS_NAMES.get(subject, subject),
                        "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5200 + sum(map(ord, subject)) % 97), "color_hex": None,
                        "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first}-{last}", body, pulled)


# final marks: pupil -> [(subject as getfinalassessments writes it, period, value)]
FINALS_DEC = {
    "52301": [("Математика", "I", "5"), (OBZH, "I", "5"), (TECH, "I", "5"), ("английский язык", "I", "4"),
              ("русский язык", "I", "4"), ("Литература.", "I", "5"), ("История", "I", "5")],
    "52302": [("Математика", "I", "5"), (OBZH, "I", "4"), (TECH, "I", "5"), ("английский язык", "I", "5"),
              ("русский язык", "I", "5"), ("Литература.", "I", "5"), ("История", "I", "4")],
    "52303": [("Математика", "I", "3"), (OBZH, "I", "4"), (TECH, "I", "4"), ("английский язык", "I", "4"),
              ("русский язык", "I", "4"), ("Литература.", "I", "4"), ("История", "I", "4")],
}
YEAR_MARKS = {  # pupil -> the II half-year's and the year's marks of the new subjects (II, Г)
    "52301": {"Алгебра": ("4", "4"), "Геометрия": ("4", "4"), VIS: ("5", "5"), OBZR: ("5", "5"),
              TRUD: ("5", "5"), "английский язык": ("4", "4")},
    "52302": {"Алгебра": ("5", "5"), "Геометрия": ("4", "5"), VIS: ("4", "4"), OBZR: ("4", "4"),
              TRUD: ("5", "5"), "английский язык": ("5", "5")},
    "52303": {"Алгебра": ("4", "4"), "Геометрия": ("4", "4"), VIS: ("4", "4"), OBZR: ("4", "4"),
              TRUD: ("5", "5"), "английский язык": ("4", "4")},
}
# the year's answer: the I half-year's marks again («Технология» under its new name), then II and Г
FINALS_MAY = {p: [(TRUD if s == TECH else s, period, v) for s, period, v in FINALS_DEC[p]]
              + [(s, period, v) for s, (ii, year) in YEAR_MARKS[p].items() for period, v in (("II", ii), ("Г", year))]
              for p in FINALS_DEC}


def getfinalassessments(pupil, rows, pulled):
    items: dict[str, list] = {}
    for subject, period, value in rows:
        items.setdefault(subject, []).append({"period": period, "value": value, "comment": "",
                                              "convert": int(value), "color_hex": None})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil),
                                          "items": [{"name": s, "assessments": a} for s, a in items.items()]}}})
    return rec(f"getfinalassessments?student={pupil}", body, pulled)


def getrules(parent, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    tid, tl, tf, tm = HOMETEACHER
    students = {c: {"rel": "child", "name": c, "title": title(c), "lastname": PUPILS[c][0],
                    "firstname": PUPILS[c][1], "gender": PUPILS[c][2], "class": CLASS, "parallel": "8",
                    "city": "Казань", "rules": ["getdiary", "getmarks", "getperiods", "getfinalassessments"]}
                for c in children}
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                      "hometeacher_firstname": tf, "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
              "roles": ["parent"], "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR,
              "vendor_id": VENDOR_ID, "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 52", "title_full": "МАОУ «Лицей № 52» г. Казани",
                                         "number": "52", "inn": "1655000052", "kpp": "165501001"}]}}
    return rec("getrules", envelope(result), pulled)


PERIODS = [
    {"name": "I", "fullname": "I полугодие", "start": "20260901", "end": "20261229", "disabled": False,
     "ambigious": None},
    {"name": "II", "fullname": "II полугодие", "start": "20270111", "end": "20270530", "disabled": False,
     "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil, pulled):
    body = envelope({"students": [{"name": pupil, "title": title(pupil), "periods": PERIODS}]})
    return rec(f"getperiods?student={pupil}&show_disabled=__yes", body, pulled)


def t(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def main() -> None:
    pupils = sorted(PUPILS)
    s_dec = {}
    s_dec2 = {"physics_2_withdrawn": True, "lit_task_withdrawn": True}
    s_jan = dict(s_dec2, renamed_trud=True)
    s_jan2 = dict(s_jan, vis_fixed=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 13 Dec 20:00: getrules of the two parents, getperiods of the three pupils (half-years)",
         [getrules(p, t(2026, 12, 13, 20, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, t(2026, 12, 13, 20, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 13 Dec 20:10: getdiary 14-18 Dec (Математика, ОБЖ, Технология, the Practicum with «ё»)",
         [getdiary(p, DEC, s_dec, t(2026, 12, 13, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("03 Fri 18 Dec 20:00: getdiary 14-18 Dec with the week's marks",
         [getdiary(p, DEC, s_dec, t(2026, 12, 18, 20, i)) for i, p in enumerate(pupils)])
    step("04 Fri 25 Dec 19:00: getdiary 14-18 Dec again (Физика '2' withdrawn, Friday's Литература task withdrawn); "
         "getmarks of the I half-year, which writes four subjects its own way",
         [getdiary(p, DEC, s_dec2, t(2026, 12, 25, 19, i)) for i, p in enumerate(pupils)],
         [getmarks(p, DEC, "20260901", "20261229", s_dec2, t(2026, 12, 25, 19, 10 + i))
          for i, p in enumerate(pupils)])
    step("05 Tue 29 Dec 18:00: getfinalassessments: the half-year's marks, subjects written in their own case "
         "and spelling",
         [getfinalassessments(p, FINALS_DEC[p], t(2026, 12, 29, 18, i)) for i, p in enumerate(pupils)])
    step("06 Sun 17 Jan 20:00: getrules again; getdiary 18-22 Jan: Математика split into Алгебра, Геометрия, Вероятность и "
         "статистика, ОБЗР in place of ОБЖ, «Труд (технология)»; Thursday's lesson 1 still «Математика»",
         [getrules(p, t(2027, 1, 17, 19, 50 + i)) for i, p in enumerate(sorted(PARENTS))]
         + [getdiary(p, JAN, s_jan, t(2027, 1, 17, 20, i)) for i, p in enumerate(pupils)])
    step("07 Wed 20 Jan 21:00: getdiary 18-22 Jan: Thursday's lesson 1 corrected to «Вероятность и статистика» "
         "(same lesson_id, a new task)",
         [getdiary(p, JAN, s_jan2, t(2027, 1, 20, 21, i)) for i, p in enumerate(pupils)])
    step("08 Fri 22 Jan 20:00: getdiary 18-22 Jan with the week's marks",
         [getdiary(p, JAN, s_jan2, t(2027, 1, 22, 20, i)) for i, p in enumerate(pupils)])
    step("09 Mon 25 Jan 19:00: the December week pulled again after the journal renamed «Технология» to "
         "«Труд (технология)» (ОБЖ's December lessons keep their name); getmarks of the II half-year so far",
         [getdiary(p, DEC, s_jan2, t(2027, 1, 25, 19, i)) for i, p in enumerate(pupils)],
         [getmarks(p, JAN, "20270111", "20270530", s_jan2, t(2027, 1, 25, 19, 10 + i))
          for i, p in enumerate(pupils)])
    step("10 Fri 28 May 18:00: getperiods again; getfinalassessments of the year: II and the year marks of the new subjects, "
         "«Труд (технология)» for the I half-year too",
         [getperiods(p, t(2027, 5, 28, 17, 50 + i)) for i, p in enumerate(pupils)]
         + [getfinalassessments(p, FINALS_MAY[p], t(2027, 5, 28, 18, i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Subjects over time (МАОУ «Лицей № 52» г. Казани, 8Б, 2026/27): «Математика» split "
                              "into three subjects from the II half-year, ОБЖ replaced by «Основы безопасности и "
                              "защиты Родины» from 11 Jan, «Технология» renamed «Труд (технология)» in the whole "
                              "journal, and subjects written differently by getdiary, getmarks and "
                              "getfinalassessments (spaces, a trailing dot, ё/е, letter case, an official long name).",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 52» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
