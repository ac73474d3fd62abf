"""Write journey.json of elzhur_74: groups re-formed at the half-year and a class moved for good (Eljur).

МАОУ «Лицей № 74» (Москва), classes 8А and 8Б, 20 December 2026 - 31 January 2027. At the start of the second
half-year the English and informatics subgroups of both classes are re-formed (every pupil goes to the other
group; «1 группа» keeps its name, room and teacher but holds other pupils), Лаптев Никита moves from 8А to 8Б for
good on Wednesday 20 January, and 8Б gets a new class teacher in January. Standard library only, deterministic;
every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "lic74", "7474"
D = dt.date

PARENTS = {  # id -> last, first, middle, gender, children
    "74901": ("Орлова", "Наталья", "Игоревна", "female", ["74101"]),
    "74902": ("Панова", "Светлана", "Викторовна", "female", ["74102", "74202"]),
    "74903": ("Лаптева", "Оксана", "Павловна", "female", ["74103"]),
    "74904": ("Сидоров", "Игорь", "Петрович", "male", ["74104"]),
    "74905": ("Ежов", "Денис", "Андреевич", "male", ["74201"]),
}
PUPILS = {"74101": ("Орлова", "Вера", "female"), "74102": ("Панов", "Кирилл", "male"),
          "74103": ("Лаптев", "Никита", "male"), "74104": ("Сидорова", "Ксения", "female"),
          "74201": ("Ежова", "Полина", "female"), "74202": ("Панова", "Алина", "female")}

REFORM = D(2027, 1, 11)  # first day of the second half-year, groups re-formed
MOVE = D(2027, 1, 20)  # Лаптев Никита's first day in 8Б (Wednesday)
MOVER = "74103"


def class_of(pupil: str, day: dt.date) -> str:
    if pupil == MOVER:
        return "8Б" if day >= MOVE else "8А"
    return "8А" if pupil.startswith("741") else "8Б"


# subgroup number (English and informatics alike): before / from the re-formation; the mover in 8Б from 20 Jan
GROUP = {"74101": (1, 2), "74102": (2, 1), "74103": (1, 2), "74104": (2, 1), "74201": (1, 2), "74202": (2, 1)}


def group_of(pupil: str, day: dt.date, state: dict) -> int:
    if pupil == MOVER and day >= MOVE and state.get("moved"):
        return 1
    return GROUP[pupil][1 if day >= REFORM and state.get("reformed") else 0]


HOMETEACHER = {"8А": [("74611", "Белова", "Марина", "Сергеевна")] * 2,
               "8Б": [("74612", "Фомин", "Андрей", "Викторович"), ("74613", "Зуева", "Ольга", "Николаевна")]}

SPLIT = "split"  # lesson 3: English 1 гр. and informatics 2 гр.; lesson 4: informatics 1 гр. and English 2 гр.
WEEK = {
    "8А": {0: ["Русский язык", "Алгебра", SPLIT, SPLIT, "История", "Физическая культура"],
           1: ["Геометрия", "Литература", "Физика", "Русский язык", "Биология"],
           2: ["Алгебра", "Русский язык", "Физика", "История", "Литература"],
           3: ["Геометрия", "Алгебра", SPLIT, SPLIT, "Биология"],
           4: ["Русский язык", "Алгебра", "Физическая культура", "Литература", "География"]},
    "8Б": {0: ["Алгебра", "Русский язык", "Физика", "Литература", "История"],
           1: ["Русский язык", "Геометрия", SPLIT, SPLIT, "Физическая культура"],
           2: ["Биология", "Алгебра", "География", "Русский язык", "Физическая культура"],
           3: ["Литература", "Алгебра", "Геометрия", "История", "Физика"],
           4: ["Алгебра", "Физика", SPLIT, SPLIT, "Русский язык"]},
}
TEACHER = {
    "8А": {"Русский язык": "Белова Марина Сергеевна", "Литература": "Белова Марина Сергеевна",
           "Алгебра": "Гончаров Павел Андреевич", "Геометрия": "Гончаров Павел Андреевич",
           "История": "Зайцев Игорь Николаевич", "Физика": "Титов Андрей Викторович",
           "Биология": "Фролова Анна Петровна", "География": "Фролова Анна Петровна",
           "Физическая культура": "Рябов Сергей Иванович"},
    "8Б": {"Русский язык": "Зуева Ольга Николаевна", "Литература": "Зуева Ольга Николаевна",
           "Алгебра": "Фомин Андрей Викторович", "Геометрия": "Фомин Андрей Викторович",
           "История": "Зайцев Игорь Николаевич", "Физика": "Титов Андрей Викторович",
           "Биология": "Фролова Анна Петровна", "География": "Фролова Анна Петровна",
           "Физическая культура": "Рябов Сергей Иванович"},
}
GROUP_TEACHER = {  # (class, subject, group) -> teacher, room
    ("8А", "Английский язык", 1): ("Кузнецова Ирина Львовна", "305"),
    ("8А", "Английский язык", 2): ("Смирнова Анна Олеговна", "306"),
    ("8А", "Информатика", 1): ("Титов Андрей Викторович", "401"),
    ("8А", "Информатика", 2): ("Гришин Павел Сергеевич", "402"),
    ("8Б", "Английский язык", 1): ("Смирнова Анна Олеговна", "306"),
    ("8Б", "Английский язык", 2): ("Кузнецова Ирина Львовна", "305"),
    ("8Б", "Информатика", 1): ("Гришин Павел Сергеевич", "402"),
    ("8Б", "Информатика", 2): ("Титов Андрей Викторович", "401"),
}
ROOM = {"8А": "214", "8Б": "216"}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
WINTER = (D(2026, 12, 28), D(2027, 1, 10))
HOLIDAY = "Зимние каникулы"

TOPICS = {
    ("Английский язык", 1): ["Reported Speech", "Reporting verbs", "Future in the Past", "Phrasal verbs: get",
                             "Writing a formal letter", "Passive Voice: Present", "Passive Voice: Past",
                             "Modal verbs of deduction", "Articles with geographical names", "Listening: travel"],
    ("Английский язык", 2): ["Present Perfect Continuous", "For and since", "Past Perfect", "Word building: -ness",
                             "Describing people", "Conditionals 0 and 1", "Conditional 2", "Used to / would",
                             "Gerund or infinitive", "Reading: famous inventors"],
    ("Информатика", 1): ["Алгоритмы с ветвлением", "Циклы с условием", "Цикл с параметром", "Массивы",
                         "Поиск в массиве", "Сортировка выбором", "Вспомогательные алгоритмы",
                         "Функции в Python", "Обработка строк", "Проект: игра «Угадай число»"],
    ("Информатика", 2): ["Двоичная система счисления", "Перевод чисел", "Логические высказывания",
                         "Таблицы истинности", "Логические схемы", "Кодирование текста", "Кодирование графики",
                         "Кодирование звука", "Единицы информации", "Контрольная работа «Информация»"],
}


def split_subject(num: int, grp: int) -> str:
    return "Английский язык" if (num == 3) == (grp == 1) else "Информатика"


def lesson_id(cls: str, day: dt.date, num: int, grp: int = 0) -> str:
    return f"{'81' if cls == '8А' else '82'}{day:%y%m%d}{num}{grp}"


def lesson_index(cls: str, subject: str, grp: int, day: dt.date) -> int:
    """The lesson's running number in its group over the span (topics, task pages)."""
    count, d = 0, D(2026, 12, 21)
    while d < day:
        if d.weekday() < 5 and not (WINTER[0] <= d <= WINTER[1]) and SPLIT in WEEK[cls][d.weekday()]:
            count += 1
        d += dt.timedelta(days=1)
    return count


def topic(cls, subject, grp, day):
    if grp:
        return TOPICS[(subject, grp)][lesson_index(cls, subject, grp, day) % 10]
    return f"{subject}, {cls}: тема урока {day:%d.%m}"


def task_text(cls, subject, grp, day):
    i = lesson_index(cls, subject, grp, day) + (0 if cls == "8А" else 40)
    if subject == "Английский язык":
        return (f"Student's Book p. {60 + 2 * i}, ex. {i % 6 + 1}" if grp == 1
                else f"Workbook p. {30 + 2 * i}, ex. {i % 5 + 2}, {i % 5 + 3}")
    if subject == "Информатика":
        return f"§ {10 + i}, вопросы 1–4; задача {i + 1} в тетради" if grp == 1 else f"Практическая работа № {i + 1}"
    if subject == "Физическая культура":
        return ""
    return f"{subject}: упр. {day.day * 3 + len(subject)} (к {day:%d.%m})"


# homework corrections: lesson id -> (state flag, new text or None for withdrawn)
HW_CHANGES = {lesson_id("8А", D(2027, 1, 14), 4, 2): ("hw_fix_14", "Workbook p. 44, ex. 1, 2 (упр. 3 не делать)"),
              lesson_id("8Б", D(2027, 1, 22), 4, 1): ("hw_drop_22", None)}

APTITUDE = {"74101": "5545", "74102": "3434", "74103": "4454", "74104": "4345", "74201": "5455", "74202": "4435"}


def marks_for(pupil, day, cls, num, subject, grp, lid, state):
    """The pupil's assessments on this lesson as the journal holds them in ``state``."""
    out = []
    key = (pupil, day.isoformat(), subject)
    if key in ABSENT:
        if not (key in ABSENT_UNDONE and state.get(ABSENT_UNDONE[key])):
            out.append(absence(day, lid, ABSENT[key]))
    elif key in EXTRA_MARKS:
        for value, kw in EXTRA_MARKS[key]:
            change = MARK_CHANGES.get(key)
            if change and state.get(change[0]):
                if change[1] is None:
                    continue
                value, kw = change[1], dict(kw, comment=change[2])
            out.append(grade(value, day, lid, **kw))
    elif grp and (int(pupil) + day.toordinal() + num) % 2 == 0:
        out.append(grade(APTITUDE[pupil][(day.toordinal() + num) % 4], day, lid))
    return out


def grade(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def absence(day, lid, comment):
    return {"value": "н", "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": "1",
            "comment": comment}


ABSENT = {("74104", "2026-12-21", "Английский язык"): "",
          ("74103", "2027-01-14", "Информатика"): "олимпиада по математике",
          ("74101", "2027-01-18", "Английский язык"): ""}
ABSENT_UNDONE = {("74101", "2027-01-18", "Английский язык"): "absence_fixed_18"}
EXTRA_MARKS = {
    ("74103", "2027-01-19", "Физика"): [("4", dict(ctype="Лабораторная работа", short="ЛР", weight=2))],
    ("74103", "2027-01-20", "Алгебра"): [("5", dict(comment="первый урок в 8Б: решил у доски"))],
    ("74103", "2027-01-21", "Геометрия"): [("4", {})],
    ("74102", "2026-12-24", "Алгебра"): [("3", dict(ctype="Контрольная работа", short="КР", weight=3))],
    ("74104", "2026-12-24", "Информатика"): [("3", dict(ctype="Самостоятельная работа", short="СР", weight=2))],
    ("74201", "2026-12-25", "Английский язык"): [("4", dict(ctype="Тест", short="Т", weight=2))],
}
# (pupil, day, subject) -> (state flag, new value or None = deleted, comment)
MARK_CHANGES = {("74104", "2026-12-24", "Информатика"): ("dec_fix", None, ""),
                ("74201", "2026-12-25", "Английский язык"): ("dec_fix", "5", "исправлено: тест переписан")}


def lessons_of(pupil: str, day: dt.date, state: dict):
    """(num, subject, grp, lesson id, class) of the pupil's lessons that day."""
    if day.weekday() > 4 or WINTER[0] <= day <= WINTER[1]:
        return []
    cls = class_of(pupil, day) if (pupil != MOVER or state.get("moved")) else "8А"
    grp = group_of(pupil, day, state)
    out = []
    for num, subject in enumerate(WEEK[cls][day.weekday()], 1):
        if subject == SPLIT:
            out.append((num, split_subject(num, grp), grp, lesson_id(cls, day, num, grp), cls))
        else:
            out.append((num, subject, 0, lesson_id(cls, day, num), cls))
    return out


def item(pupil, day, num, subject, grp, lid, cls, state, pulled: dt.datetime):
    if grp:
        who, room = GROUP_TEACHER[(cls, subject, grp)]
    else:
        who = TEACHER[cls][subject]
        room = "спортзал" if subject == "Физическая культура" else ROOM[cls]
    homework = {}
    text = task_text(cls, subject, grp, day)
    if text and day <= pulled.date() + dt.timedelta(days=5) and state.get("homework", True):
        change = HW_CHANGES.get(lid)
        if change and state.get(change[0]):
            text = change[1]
        if text:
            hw_id = int("5" + lid)
            homework[str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        marks = marks_for(pupil, day, cls, num, subject, grp, lid, state)
    start, end = BELLS[num]
    it = {"num": str(num), "name": subject, "room": room, "teacher": who, "sort": num * 100}
    if grp:
        it.update(grp=f"{grp} группа", grp_short=f"{grp} гр.")
    it.update({"lesson_id": lid, "topic": topic(cls, subject, grp, day),
               "is_control": any(m.get("weight", 0) >= 3 for m in marks), "starttime": start + ":00",
               "endtime": end + ":00", "homework": homework, "files": [], "resources": [], "assessments": marks})
    return it


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def title(pupil):
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def days_between(first, last):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def diary_days(pupil, first, last, state, pulled, with_marks=True):
    days = {}
    for day in days_between(first, last):
        key = f"{day:%Y%m%d}"
        if WINTER[0] <= day <= WINTER[1] and day.weekday() < 5:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAY, "items": {}}
            continue
        lessons = lessons_of(pupil, day, state)
        if lessons:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(pupil, day, n, s, g, lid, c, state, pulled)
                                   for n, s, g, lid, c in lessons}}
    return days


def getdiary(pupil, first, last, state, pulled):
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": diary_days(pupil, first, last, state, pulled)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def gethomework(pupil, first, last, state, pulled):
    days = {}
    for key, day in diary_days(pupil, first, last, state, pulled).items():
        items = []
        for it in sorted(day["items"].values(), key=lambda x: int(x["num"])):
            if it["homework"]:
                entry = {"name": it["name"], "grp": it.get("grp"), "homework": it["homework"], "files": []}
                items.append(entry)
        if items:
            days[key] = {"name": key, "title": day["title"], "items": items}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}})
    return rec(f"gethomework?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


MTYPE = {"РУ": 1, "КР": 3, "ЛР": 4, "СР": 5, "Т": 6}


def getmarks(pupil, first, last, state, pulled):
    days = diary_days(pupil, first, last, state, pulled)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in sorted(days[key]["items"].values(), key=lambda x: int(x["num"])):
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"], max_mark=None)
                if short:
                    m["mtype"] = {"id": MTYPE[short], "short": short, "type": kind}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(7400 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


FINALS = {  # pupil -> subject -> I mark (before the January retake)
    "74101": {"Алгебра": "5", "Английский язык": "5", "Информатика": "5", "Русский язык": "4"},
    "74102": {"Алгебра": "3", "Английский язык": "4", "Информатика": "3", "Русский язык": "4"},
    "74103": {"Алгебра": "4", "Английский язык": "4", "Информатика": "5", "Русский язык": "4",
              "Физика": "4", "История": "5"},
    "74104": {"Алгебра": "4", "Английский язык": "3", "Информатика": "4", "Русский язык": "5"},
    "74201": {"Алгебра": "5", "Английский язык": "5", "Информатика": "4", "Русский язык": "5"},
    "74202": {"Алгебра": "4", "Английский язык": "4", "Информатика": "4", "Русский язык": "3"},
}
RETAKE = ("74102", "Алгебра", "4", "пересдача 14.01.2027")


def getfinalassessments(pupil, state, pulled):
    items = []
    for subject, value in FINALS[pupil].items():
        comment = ""
        if state.get("retake") and (pupil, subject) == RETAKE[:2]:
            value, comment = RETAKE[2], RETAKE[3]
        items.append({"name": subject, "assessments": [{"period": "I", "value": value, "comment": comment}]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}})
    return rec(f"getfinalassessments?student={pupil}", body, pulled)


PERIODS = [
    {"name": "I", "fullname": "I полугодие", "start": "20260901", "end": "20261227", "disabled": False,
     "ambigious": None},
    {"name": "II", "fullname": "II полугодие", "start": "20270111", "end": "20270531", "disabled": False,
     "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil, pulled):
    body = envelope({"students": [{"name": pupil, "title": title(pupil), "periods": PERIODS}]})
    return rec(f"getperiods?student={pupil}&show_disabled=__yes", body, pulled)


def getrules(parent, state, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        cls = "8Б" if child == MOVER and state.get("moved") else class_of(child, D(2026, 12, 1))
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": "8", "city": "Москва",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls][1 if state.get("new_hometeacher") else 0]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Москва", "city": "Москва", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 74", "title_full": "МАОУ «Лицей № 74» г. Москвы",
                                         "number": "74", "inn": "7707074074", "kpp": "770701001"}]}}
    return rec("getrules", envelope(result), pulled)


def at(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def main() -> None:
    pupils, parents = sorted(PUPILS), sorted(PARENTS)
    DEC1, DEC2 = D(2026, 12, 21), D(2026, 12, 27)
    J1, J1E, J2, J2E, J3, J3E = D(2027, 1, 11), D(2027, 1, 17), D(2027, 1, 18), D(2027, 1, 24), D(2027, 1, 25), D(
        2027, 1, 31)
    s_dec = {}
    s_dec_fixed = dict(s_dec, dec_fix=True)
    s_jan = dict(s_dec_fixed, reformed=True, new_hometeacher=True)
    s_jan2 = dict(s_jan, hw_fix_14=True)
    s_moved = dict(s_jan2, moved=True)
    s_last = dict(s_moved, hw_drop_22=True, absence_fixed_18=True, retake=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 20 Dec 19:00: getrules of the five parents, getperiods of the six pupils",
         [getrules(p, s_dec, at(2026, 12, 20, 19, i)) for i, p in enumerate(parents)]
         + [getperiods(p, at(2026, 12, 20, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 20 Dec 19:20: getdiary 21 Dec - 10 Jan (the last week of I полугодие, the winter break)",
         [getdiary(p, DEC1, J1 - dt.timedelta(days=1), s_dec, at(2026, 12, 20, 19, 20 + i))
          for i, p in enumerate(pupils)])
    step("03 Fri 25 Dec 20:00: the week with its marks; gethomework and getmarks of the week",
         [getdiary(p, DEC1, DEC2, s_dec, at(2026, 12, 25, 20, i)) for i, p in enumerate(pupils)],
         [gethomework(p, DEC1, DEC2, s_dec, at(2026, 12, 25, 20, 10 + i)) for i, p in enumerate(pupils)]
         + [getmarks(p, DEC1, DEC2, s_dec, at(2026, 12, 25, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("04 Sun 27 Dec 18:00: the week pulled again (a mark deleted, a test re-written), getmarks again, "
         "getfinalassessments with the I полугодие marks",
         [getdiary(p, DEC1, DEC2, s_dec_fixed, at(2026, 12, 27, 18, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, DEC1, DEC2, s_dec_fixed, at(2026, 12, 27, 18, 10 + i)) for i, p in enumerate(pupils)],
         [getfinalassessments(p, s_dec_fixed, at(2026, 12, 27, 18, 20 + i)) for i, p in enumerate(pupils)])
    step("05 Tue 29 Dec 12:00: the first two weeks of January pulled ahead, groups as they still are",
         [getdiary(p, J1, J2E, s_dec_fixed, at(2026, 12, 29, 12, i)) for i, p in enumerate(pupils)])
    step("06 Sat 9 Jan 20:00: the groups re-formed in the journal; getrules (8Б's new class teacher), getperiods, "
         "getdiary 11-24 Jan, gethomework 11-17 Jan",
         [getrules(p, s_jan, at(2027, 1, 9, 20, i)) for i, p in enumerate(parents)]
         + [getperiods(p, at(2027, 1, 9, 20, 5 + i)) for i, p in enumerate(pupils)],
         [getdiary(p, J1, J2E, s_jan, at(2027, 1, 9, 20, 20 + i)) for i, p in enumerate(pupils)]
         + [gethomework(p, J1, J1E, s_jan, at(2027, 1, 9, 20, 30 + i)) for i, p in enumerate(pupils)])
    step("07 Fri 15 Jan 20:00: the first week with its marks (a task of 14 Jan re-texted); gethomework, getmarks",
         [getdiary(p, J1, J1E, s_jan2, at(2027, 1, 15, 20, i)) for i, p in enumerate(pupils)]
         + [gethomework(p, J1, J1E, s_jan2, at(2027, 1, 15, 20, 10 + i)) for i, p in enumerate(pupils)]
         + [getmarks(p, J1, J1E, s_jan2, at(2027, 1, 15, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("08 Tue 19 Jan 20:00: nightly: getrules, getdiary 18-24 Jan (Лаптев still in 8А)",
         [getrules(p, s_jan2, at(2027, 1, 19, 20, i)) for i, p in enumerate(parents)]
         + [getdiary(p, J2, J2E, s_jan2, at(2027, 1, 19, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("09 Wed 20 Jan 20:00: nightly: Лаптев moved to 8Б today (getrules), his diary shows 8А on Monday and "
         "Tuesday, 8Б from Wednesday",
         [getrules(p, s_moved, at(2027, 1, 20, 20, i)) for i, p in enumerate(parents)]
         + [getdiary(p, J2, J2E, s_moved, at(2027, 1, 20, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("10 Fri 22 Jan 20:00: the week with its marks (a wrong н removed, a task of 22 Jan withdrawn); "
         "gethomework, getmarks",
         [getdiary(p, J2, J2E, s_last, at(2027, 1, 22, 20, i)) for i, p in enumerate(pupils)]
         + [gethomework(p, J2, J2E, s_last, at(2027, 1, 22, 20, 10 + i)) for i, p in enumerate(pupils)]
         + [getmarks(p, J2, J2E, s_last, at(2027, 1, 22, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("11 Sun 31 Jan 18:00: week 25-31 Jan with its marks; getmarks of January; getperiods and "
         "getfinalassessments again (I полугодие kept, one retake)",
         [getdiary(p, J3, J3E, s_last, at(2027, 1, 31, 18, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, J1, J3E, s_last, at(2027, 1, 31, 18, 10 + i)) for i, p in enumerate(pupils)],
         [getperiods(p, at(2027, 1, 31, 18, 20 + i)) for i, p in enumerate(pupils)]
         + [getfinalassessments(p, s_last, at(2027, 1, 31, 18, 30 + i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Groups re-formed at the half-year and a class moved for good (МАОУ «Лицей № 74», "
                              "8А and 8Б, 20 Dec 2026 - 31 Jan 2027): English and informatics subgroups re-formed "
                              "on 11 January (every pupil to the other group, names reused), Лаптев Никита moved "
                              "from 8А to 8Б on Wednesday 20 January, 8Б's new class teacher.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 74» г. Москвы"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
