"""Write journey.json of elzhur_51: a nightly sync job that never sends ``pulled_at`` (Eljur, Казань,
5-23 Oct 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
No record carries ``pulled_at`` (the hub README: optional; without it, records apply in arrival order). The
journal's state each answer shows is computed from the moment the job pulled it (``moment`` below), which the job
never tells the hub.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn-gym51", "5151"
D, T = dt.date, dt.datetime

PARENTS = {
    "51901": ("Иванова", "Наталья", "Павловна", "female", ["51101"]),
    "51902": ("Сафина", "Гульнара", "Ильдаровна", "female", ["51102"]),
    "51903": ("Орлова", "Елена", "Викторовна", "female", ["51103"]),
    "51904": ("Гарипов", "Ильдар", "Рашидович", "male", ["51201"]),
}
PUPILS = {
    "51101": ("Иванова", "Полина", "female"),
    "51102": ("Сафин", "Тимур", "male"),
    "51103": ("Орлов", "Кирилл", "male"),
    "51201": ("Гарипова", "Алсу", "female"),
}
JOINS = D(2026, 10, 14)  # Кирилл's first day in 6А (a newcomer from another school)
MOVES = D(2026, 10, 19)  # Тимур's first day in 6Б (moved from 6А by the director's order)


def class_of(pupil: str, day: dt.date) -> str | None:
    if pupil == "51201":
        return "6Б"
    if pupil == "51103":
        return "6А" if day >= JOINS else None
    if pupil == "51102":
        return "6Б" if day >= MOVES else "6А"
    return "6А"


HOMETEACHER = {"6А": ("51611", "Хабибуллина", "Гузель", "Ринатовна"), "6Б": ("51612", "Мельников", "Андрей", "Сергеевич")}
TEACHERS = {
    ("6А", "Русский язык"): "Хабибуллина Гузель Ринатовна", ("6А", "Литература"): "Хабибуллина Гузель Ринатовна",
    ("6Б", "Русский язык"): "Кондратьева Ольга Николаевна", ("6Б", "Литература"): "Кондратьева Ольга Николаевна",
    ("6А", "Математика"): "Зарипова Лилия Маратовна", ("6Б", "Математика"): "Мельников Андрей Сергеевич",
    "История": "Галиев Рустем Ильдарович", "Обществознание": "Галиев Рустем Ильдарович",
    "Английский язык": "Пономарёва Светлана Игоревна", "Биология": "Ахметова Дина Равилевна",
    "География": "Ахметова Дина Равилевна", "Физическая культура": "Шакиров Айрат Фаридович",
    "Музыка": "Лебедева Анна Викторовна", "Технология": "Николаев Павел Юрьевич",
    "Изобразительное искусство": "Соколова Мария Дмитриевна",
}
WEEK = {
    "6А": {0: ["Русский язык", "Математика", "История", "Английский язык", "Биология", "Физическая культура"],
           1: ["Математика", "Литература", "Русский язык", "География", "Музыка"],
           2: ["Русский язык", "Математика", "Английский язык", "Технология", "Технология"],
           3: ["Математика", "Русский язык", "Литература", "История", "Физическая культура"],
           4: ["Английский язык", "Математика", "Русский язык", "Изобразительное искусство", "Обществознание"]},
    "6Б": {0: ["Математика", "Русский язык", "Английский язык", "История", "Физическая культура", "Биология"],
           1: ["Литература", "Математика", "География", "Русский язык", "Музыка"],
           2: ["Математика", "Русский язык", "Технология", "Технология", "Английский язык"],
           3: ["Русский язык", "Математика", "История", "Литература", "Физическая культура"],
           4: ["Математика", "Английский язык", "Обществознание", "Русский язык", "Изобразительное искусство"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Русский язык", "Математика", "Английский язык", "Литература", "История", "Биология",
                     "География"}
TOPICS = {
    "Русский язык": ["Разряды местоимений", "Личные местоимения", "Возвратное местоимение себя",
                     "Вопросительные и относительные местоимения", "Неопределённые местоимения"],
    "Математика": ["Делители и кратные", "Признаки делимости на 2, 5 и 10", "Признаки делимости на 3 и 9",
                   "Простые и составные числа", "Наибольший общий делитель"],
    "Литература": ["А. С. Пушкин «Дубровский»", "Образ Владимира Дубровского", "Роль пейзажа в повести"],
    "История": ["Древнерусское государство", "Крещение Руси", "Ярослав Мудрый и «Русская правда»"],
    "Английский язык": ["Present Simple и Present Continuous", "My school day", "Past Simple: правильные глаголы"],
    "Биология": ["Строение клетки", "Ткани растений", "Корень и его функции"],
    "География": ["Литосфера", "Землетрясения и вулканы", "Рельеф суши"],
}

# the moment a change is in the journal
MOVE_HISTORY = T(2026, 10, 13, 12, 0)        # 6А's История of Thu 15 Oct moved to Fri 16 Oct, lesson 6
DROP_LITERATURE_TASK = T(2026, 10, 13, 12, 0)  # 6А's Литература task on Thu 15 Oct withdrawn
CORRECT_POLINA = T(2026, 10, 10, 11, 0)       # Полина's Математика 3 of 7 Oct corrected to 4
CLEAR_ABSENCE = T(2026, 10, 15, 20, 0)        # Полина's «н» in Физическая культура of 15 Oct removed
LATE_MARK_KIRILL = T(2026, 10, 15, 20, 0)     # Кирилл's Математика 5 of 15 Oct entered late
CORRECT_ALSU = T(2026, 10, 21, 16, 0)         # Алсу's Русский язык 3 of 20 Oct corrected to 4
DROP_ENGLISH_TASK = T(2026, 10, 21, 16, 0)    # 6Б's Английский язык task on Fri 23 Oct withdrawn


def teacher(cls: str, subject: str) -> str:
    return TEACHERS.get((cls, subject)) or TEACHERS[subject]


def room(cls: str, subject: str) -> str:
    return {"Английский язык": "310", "Физическая культура": "спортзал", "Технология": "мастерская",
            "Музыка": "105"}.get(subject, "201" if cls == "6А" else "204")


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{'61' if cls == '6А' else '62'}{day:%Y%m%d}{num}"


def topic(subject: str, day: dt.date, num: int) -> str:
    options = TOPICS.get(subject)
    if not options:
        return {"Технология": "Проект «Кормушка для птиц»" + (" (продолжение)" if num == 5 else ""),
                "Физическая культура": "Лёгкая атлетика: бег 60 м", "Музыка": "Песня как жанр",
                "Изобразительное искусство": "Натюрморт: рисунок с натуры",
                "Обществознание": "Человек и его деятельность"}[subject]
    return options[(day.day + num) % len(options)]


def homework_text(subject: str, day: dt.date, cls: str) -> str:
    k = day.day + (0 if cls == "6А" else 40)
    return {"Русский язык": f"§ {k % 30 + 20}, упр. {k * 7 % 90 + 300}",
            "Математика": f"№ {k * 11 % 200 + 400}, {k * 11 % 200 + 402} (а, б)",
            "Английский язык": f"Учебник с. {k + 30}, упр. {k % 6 + 2}; слова выучить",
            "Литература": f"Прочитать главы {k % 20 + 1}-{k % 20 + 2} повести «Дубровский», пересказ",
            "История": f"§ {k % 40 + 5}, ответить на вопросы 1-3 письменно",
            "Биология": f"§ {k % 40 + 3}, зарисовать схему в тетради",
            "География": f"§ {k % 40 + 8}, контурная карта: вулканы мира"}[subject]


# (pupil, day, subject) -> marks as the teacher entered them first (corrections in ``marks_of``)
MARKS = {
    ("51101", D(2026, 10, 5), "Математика"): [dict(value="5")],
    ("51102", D(2026, 10, 5), "Английский язык"): [dict(value="4")],
    ("51201", D(2026, 10, 5), "Русский язык"): [dict(value="4")],
    ("51102", D(2026, 10, 6), "География"): [dict(value="н")],
    ("51101", D(2026, 10, 6), "Литература"): [dict(value="5", comment="выразительное чтение наизусть")],
    ("51201", D(2026, 10, 6), "Математика"): [dict(value="5"), dict(value="4", nm="2")],
    ("51101", D(2026, 10, 7), "Математика"): [dict(value="3", ctype="Самостоятельная работа", short="СР",
                                                   weight=2)],
    ("51102", D(2026, 10, 7), "Русский язык"): [dict(value="4")],
    ("51201", D(2026, 10, 8), "История"): [dict(value="5")],
    ("51102", D(2026, 10, 8), "Математика"): [dict(value="3")],
    ("51101", D(2026, 10, 9), "Английский язык"): [dict(value="4")],
    ("51102", D(2026, 10, 9), "Русский язык"): [dict(value="5", ctype="Диктант", short="Д", weight=2)],
    ("51201", D(2026, 10, 9), "Обществознание"): [dict(value="оп")],
    ("51101", D(2026, 10, 12), "История"): [dict(value="4")],
    ("51201", D(2026, 10, 12), "Биология"): [dict(value="5")],
    ("51102", D(2026, 10, 13), "Литература"): [dict(value="4")],
    ("51201", D(2026, 10, 13), "География"): [dict(value="4")],
    ("51103", D(2026, 10, 14), "Английский язык"): [dict(value="4", comment="первый урок в классе, хорошо")],
    ("51101", D(2026, 10, 14), "Технология"): [dict(value="5")],
    ("51101", D(2026, 10, 15), "Физическая культура"): [dict(value="н")],  # entered by mistake, removed
    ("51103", D(2026, 10, 15), "Математика"): [dict(value="5")],            # entered late that evening
    ("51102", D(2026, 10, 15), "Русский язык"): [dict(value="3")],
    ("51201", D(2026, 10, 15), "Литература"): [dict(value="5")],
    ("51101", D(2026, 10, 16), "История"): [dict(value="5", comment="сообщение о Ярославе Мудром")],
    ("51103", D(2026, 10, 16), "Русский язык"): [dict(value="4")],
    ("51102", D(2026, 10, 16), "Обществознание"): [dict(value="4")],
    ("51101", D(2026, 10, 19), "Биология"): [dict(value="4")],
    ("51102", D(2026, 10, 19), "Математика"): [dict(value="4", comment="первый урок в 6Б")],
    ("51103", D(2026, 10, 19), "Математика"): [dict(value="н")],
    ("51201", D(2026, 10, 20), "Русский язык"): [dict(value="3", ctype="Контрольная работа", short="КР",
                                                     weight=3)],
    ("51102", D(2026, 10, 20), "География"): [dict(value="5")],
    ("51101", D(2026, 10, 20), "Русский язык"): [dict(value="4")],
    ("51103", D(2026, 10, 21), "Английский язык"): [dict(value="5")],
    ("51201", D(2026, 10, 21), "Математика"): [dict(value="4")],
    ("51101", D(2026, 10, 21), "Математика"): [dict(value="5", ctype="Контрольная работа", short="КР", weight=3)],
    ("51102", D(2026, 10, 22), "История"): [dict(value="3")],
    ("51103", D(2026, 10, 22), "Литература"): [dict(value="4")],
    ("51201", D(2026, 10, 23), "Английский язык"): [dict(value="5")],
    ("51101", D(2026, 10, 23), "Обществознание"): [dict(value="4")],
}


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def marks_of(pupil: str, day: dt.date, subject: str, moment: dt.datetime) -> list[dict]:
    out = []
    for kw in MARKS.get((pupil, day, subject), []):
        kw = dict(kw)
        if pupil == "51101" and day == D(2026, 10, 7) and moment >= CORRECT_POLINA:
            kw.update(value="4", comment="исправлено: работа над ошибками")
        if pupil == "51101" and day == D(2026, 10, 15) and moment >= CLEAR_ABSENCE:
            continue
        if pupil == "51103" and day == D(2026, 10, 15) and moment < LATE_MARK_KIRILL:
            continue
        if pupil == "51201" and day == D(2026, 10, 20) and moment >= CORRECT_ALSU:
            kw.update(value="4", comment="исправлено после пересдачи")
        out.append(kw)
    return out


def plan(cls: str, day: dt.date, moment: dt.datetime) -> list[tuple[int, str, str]]:
    """(num, subject, lesson id) of the class's lessons that day as the journal holds them at ``moment``."""
    if day.weekday() > 4:
        return []
    lessons = [(n, s, lesson_id(cls, day, n)) for n, s in enumerate(WEEK[cls][day.weekday()], 1)]
    if cls == "6А" and moment >= MOVE_HISTORY:
        if day == D(2026, 10, 15):
            lessons = [x for x in lessons if x[1] != "История"]
        if day == D(2026, 10, 16):
            lessons.append((6, "История", lesson_id(cls, D(2026, 10, 15), 4)))
    return lessons


def item(cls, day, num, subject, lid, pupil, moment, with_homework=True, with_marks=True):
    start, end = BELLS[num]
    lesson_day = D(2026, 10, 15) if lid.endswith("202610154") and cls == "6А" else day
    it = {"num": str(num), "name": subject, "room": room(cls, subject), "teacher": teacher(cls, subject),
          "sort": num * 100, "lesson_id": lid, "topic": topic(subject, lesson_day, 4 if lesson_day != day else num),
          "is_control": False,
          "starttime": start + ":00", "endtime": end + ":00"}
    if with_homework:
        homework = {}
        if subject in HOMEWORK_SUBJECTS:
            hw_id = int("7" + lid)
            dropped = ((cls == "6А" and subject == "Литература" and day == D(2026, 10, 15)
                        and moment >= DROP_LITERATURE_TASK)
                       or (cls == "6Б" and subject == "Английский язык" and day == D(2026, 10, 23)
                           and moment >= DROP_ENGLISH_TASK))
            if not dropped:
                homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, lesson_day, cls), "individual": False}
        it["homework"] = homework
    it.update(files=[], resources=[])
    if with_marks:
        shown = moment.date() > day or (moment.date() == day and moment.hour >= 15)
        it["assessments"] = [mark(day=day, lid=lid, **kw) for kw in marks_of(pupil, day, subject, moment)] if shown \
            else []
        it["is_control"] = any(m["weight"] >= 3 for m in it["assessments"])
    return it


def dates(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body):
    return {"request": request, "body": body}  # no pulled_at: the job never sends it


def title(pupil: str) -> str:
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def diary_days(pupil: str, first: dt.date, last: dt.date, moment: dt.datetime) -> dict:
    days = {}
    for day in dates(first, last):
        if day.weekday() > 4:
            continue
        key = f"{day:%Y%m%d}"
        cls = class_of(pupil, day)
        if cls is None:  # the newcomer's days before he joined: the journal lists the day, he has no lessons
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": {}}
            continue
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                     "items": {str(n): item(cls, day, n, s, lid, pupil, moment) for n, s, lid in plan(cls, day, moment)}}
    return days


def getdiary(pupil: str, first: dt.date, last: dt.date, moment: dt.datetime) -> dict:
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                              "days": diary_days(pupil, first, last, moment)}}}))


def getschedule(cls: str, first: dt.date, last: dt.date, moment: dt.datetime) -> dict:
    days = {}
    for day in dates(first, last):
        lessons = plan(cls, day, moment)
        if lessons:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(cls, day, n, s, lid, "", moment, with_homework=False,
                                                with_marks=False) for n, s, lid in lessons}}
    return rec(f"getschedule?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", envelope({"days": days}))


def getmarks(pupil: str, first: dt.date, last: dt.date, moment: dt.datetime) -> dict:
    days = diary_days(pupil, first, last, moment)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": {"РУ": 1, "СР": 2, "КР": 3, "Д": 5}.get(m["control_type_short"], 9),
                         "short": m.pop("control_type_short"), "type": m.pop("control_type")}
                m.update(lesson_comment=it["topic"], max_mark=None)
                if mtype["short"]:
                    m["mtype"] = mtype
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5100 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}))


def getrules(parent: str, on: dt.date) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        cls = class_of(child, on)
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": "6", "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "6", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru",
              "roles": ["parent"], "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR,
              "vendor_id": VENDOR_ID, "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 51", "title_full": "МБОУ «Гимназия № 51» г. Казани",
                                         "number": "51", "inn": "1659005151", "kpp": "165901001"}]}}
    return rec("getrules", envelope(result))


def getperiods(pupil: str) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270322", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}))


def main() -> None:
    W1, W1E, W2, W2E, W3, W3E = D(2026, 10, 5), D(2026, 10, 9), D(2026, 10, 12), D(2026, 10, 16), D(2026, 10, 19), \
        D(2026, 10, 23)
    three = ["51101", "51102", "51201"]
    four = ["51101", "51102", "51103", "51201"]
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    m = T(2026, 10, 4, 20, 0)
    step("01 Sun 4 Oct 20:00: getrules of three parents, getperiods, the classes' schedules and the pupils' "
         "diaries of week 1",
         [getrules(p, W1) for p in ("51901", "51902", "51904")] + [getperiods(p) for p in three]
         + [getschedule(c, W1, W1E, m) for c in ("6А", "6Б")] + [getdiary(p, W1, W1E, m) for p in three])
    m = T(2026, 10, 7, 21, 0)
    step("02 Wed 7 Oct 21:00: week 1 with Monday-Wednesday's marks (Полина's Математика «3»)",
         [getdiary(p, W1, W1E, m) for p in three])
    m = T(2026, 10, 9, 21, 0)
    friday = [getdiary(p, W1, W1E, m) for p in three]
    step("03 Fri 9 Oct 21:00: week 1 with the week's marks; the job timed out waiting and sent the same batch "
         "again", friday, json.loads(json.dumps(friday)))
    m = T(2026, 10, 11, 20, 0)
    step("04 Sun 11 Oct 20:00: week 1 again (Полина's «3» corrected to «4»); schedules and diaries of week 2",
         [getdiary(p, W1, W1E, m) for p in three] + [getschedule(c, W2, W2E, m) for c in ("6А", "6Б")]
         + [getdiary(p, W2, W2E, m) for p in three])
    m = T(2026, 10, 13, 21, 0)
    step("05 Tue 13 Oct 21:00: week 2: 6А's История moved from Thu 15 lesson 4 to Fri 16 lesson 6 (same "
         "lesson_id), 6А's Литература task on Thu 15 withdrawn", [getdiary(p, W2, W2E, m) for p in three])
    m = T(2026, 10, 14, 21, 0)
    step("06 Wed 14 Oct 21:00: Кирилл joined 6А today: his mother's getrules, his getperiods, week 2 of all four "
         "(his Monday and Tuesday listed without lessons)",
         [getrules("51903", JOINS), getperiods("51103")] + [getdiary(p, W2, W2E, m) for p in four])
    day = D(2026, 10, 15)
    step("07 Thu 15 Oct: the day pulled twice in one evening: at 18:30 (Полина «н» in Физическая культура, "
         "Кирилл's Математика mark not yet entered), at 21:40 after the teacher's corrections",
         [getdiary(p, day, day, T(2026, 10, 15, 18, 30)) for p in four],
         [getdiary(p, day, day, T(2026, 10, 15, 21, 40)) for p in four])
    m = T(2026, 10, 16, 21, 0)
    step("08 Fri 16 Oct 21:00: week 2 with the week's marks", [getdiary(p, W2, W2E, m) for p in four])
    m = T(2026, 10, 18, 20, 0)
    step("09 Sun 18 Oct 20:00: Тимур moved to 6Б from Monday: his mother's getrules (class 6Б), his getperiods; "
         "schedules and diaries of week 3",
         [getrules("51902", MOVES), getperiods("51102")] + [getschedule(c, W3, W3E, m) for c in ("6А", "6Б")]
         + [getdiary(p, W3, W3E, m) for p in four])
    tuesday = [getdiary(p, W3, W3E, T(2026, 10, 20, 21, 0)) for p in four]  # the batch that failed on Tuesday
    m = T(2026, 10, 21, 21, 0)
    step("10 Wed 21 Oct 21:00: week 3 (Алсу's Русский язык «3» of Tue 20 corrected to «4», 6Б's Английский "
         "язык task on Fri 23 withdrawn, Wednesday's marks)", [getdiary(p, W3, W3E, m) for p in four])
    step("11 Thu 22 Oct 06:10: the retry of Tuesday night's batch (week 3 as pulled on Tue 20 at 21:00: «3», the "
         "task, no Wednesday marks) delivered after Wednesday's answers", tuesday)
    m = T(2026, 10, 23, 21, 0)
    step("12 Fri 23 Oct 21:00: week 3 with the week's marks; getmarks of 5-23 Oct",
         [getdiary(p, W3, W3E, m) for p in four] + [getmarks(p, W1, W3E, m) for p in four])
    journey = {"vendor": "elzhur",
               "description": "A nightly sync job that never sends pulled_at (МБОУ «Гимназия № 51» г. Казани, "
                              "5-23 Oct 2026): a mark corrected, a homework withdrawn, a lesson moved, a newcomer, "
                              "a pupil moved to the parallel class, a re-sent batch, a day pulled twice one evening, "
                              "and a retried batch delivered after the next night's answers.",
               "school": {"timezone": "Europe/Moscow", "name": "МБОУ «Гимназия № 51» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
