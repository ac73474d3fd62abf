"""Write journey.json of elzhur_58: pupils who study some subjects with another class (Eljur, Екатеринбург,
12-25 October 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

Each pupil's getdiary lists the lessons that pupil attends (reference A.2 getdiary is per `student`; A.3 Day
`items`, Lesson item `grp`/`grp_short`): his own class's lessons, the groups of his class he is in, and the lessons
of another class's group he attends, under that lesson's own `lesson_id`, teacher and room.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-lyceum58", "5858"
D = dt.date
MOVE = D(2026, 10, 19)  # Вера Климова studies in 9Б from Monday 19 October (order of 16 October)

PARENTS = {
    "58901": ("Орлова", "Наталья", "Игоревна", "female", "58101"),
    "58902": ("Зуев", "Андрей", "Петрович", "male", "58102"),
    "58903": ("Климова", "Екатерина", "Сергеевна", "female", "58103"),
    "58904": ("Гусева", "Марина", "Олеговна", "female", "58201"),
    "58905": ("Ершова", "Ольга", "Николаевна", "female", "58202"),
}
PUPILS = {  # id -> last, first, gender
    "58101": ("Орлова", "Елизавета", "female"),
    "58102": ("Зуев", "Никита", "male"),
    "58103": ("Климова", "Вера", "female"),
    "58201": ("Гусев", "Артём", "male"),
    "58202": ("Ершова", "Полина", "female"),
}
HOMETEACHER = {"9А": ("58611", "Соколова", "Татьяна", "Игоревна"), "9Б": ("58612", "Панов", "Денис", "Викторович")}


def class_of(pupil: str, day: dt.date) -> str:
    if pupil == "58103":
        return "9Б" if day >= MOVE else "9А"
    return "9А" if pupil.startswith("581") else "9Б"


# group a pupil attends, by (class, subject) -> grp; Вера keeps 9А's profile Algebra group after her move
GROUPS = {
    "58101": {("9А", "Алгебра"): "базовая группа", ("9Б", "Английский язык"): "углублённая группа"},
    "58102": {("9А", "Алгебра"): "профильная группа", ("9А", "Английский язык"): "1 группа",
              ("9А", "Финансовая грамотность"): "элективный курс"},
    "58103": {("9А", "Алгебра"): "профильная группа", ("9А", "Английский язык"): "2 группа",
              ("9Б", "Английский язык"): "базовая группа"},
    "58201": {("9Б", "Английский язык"): "углублённая группа"},
    "58202": {("9Б", "Английский язык"): "базовая группа", ("9А", "Финансовая грамотность"): "элективный курс"},
}
SHORT = {"базовая группа": "баз.", "углублённая группа": "углуб.", "профильная группа": "проф.",
         "1 группа": "1 гр.", "2 группа": "2 гр.", "элективный курс": "электив"}

A_ALG = {"профильная группа": ("Лебедев Игорь Михайлович", "214"), "базовая группа": ("Смирнова Нина Павловна", "215")}
A_ENG = {"1 группа": ("Белова Анна Сергеевна", "301"), "2 группа": ("Тихонова Ольга Павловна", "302")}
B_ENG = {"базовая группа": ("Мельникова Дарья Андреевна", "303"),
         "углублённая группа": ("Ковалёва Элина Робертовна", "304")}
ELECTIVE = {"элективный курс": ("Дмитриева Юлия Андреевна", "110")}
SOLO = {  # whole-class subject -> (teacher, room) per class
    "9А": {"Русский язык": ("Соколова Татьяна Игоревна", "207"), "Литература": ("Соколова Татьяна Игоревна", "207"),
           "История": ("Панов Денис Викторович", "209"), "Обществознание": ("Панов Денис Викторович", "209"),
           "Физика": ("Титов Андрей Викторович", "312"), "Химия": ("Фролова Анна Петровна", "316"),
           "Биология": ("Фролова Анна Петровна", "316"), "География": ("Орехов Павел Ильич", "211"),
           "Геометрия": ("Лебедев Игорь Михайлович", "214"), "Информатика": ("Зайцев Кирилл Олегович", "401"),
           "ОБЗР": ("Рябинин Виктор Степанович", "105"), "Музыка": ("Орехова Вера Александровна", "108"),
           "Физическая культура": ("Рябов Сергей Иванович", "спортзал")},
    "9Б": {"Русский язык": ("Никитина Елена Юрьевна", "208"), "Литература": ("Никитина Елена Юрьевна", "208"),
           "История": ("Панов Денис Викторович", "209"), "Обществознание": ("Панов Денис Викторович", "209"),
           "Физика": ("Титов Андрей Викторович", "312"), "Химия": ("Фролова Анна Петровна", "316"),
           "Биология": ("Фролова Анна Петровна", "316"), "География": ("Орехов Павел Ильич", "211"),
           "Геометрия": ("Горбунова Светлана Олеговна", "216"), "Алгебра": ("Горбунова Светлана Олеговна", "216"),
           "Информатика": ("Зайцев Кирилл Олегович", "401"),
           "Физическая культура": ("Карпов Алексей Юрьевич", "малый спортзал")},
}
SPLIT = {("9А", "Алгебра"): A_ALG, ("9А", "Английский язык"): A_ENG, ("9Б", "Английский язык"): B_ENG,
         ("9А", "Финансовая грамотность"): ELECTIVE}
B_ENG_ONLY_ADV = "углублённая группа"  # Thursday's 7th lesson is the advanced group's fourth hour alone

WEEK = {  # weekday -> subjects by lesson number (the slots of Algebra and English are aligned in the parallel)
    "9А": {0: ["Русский язык", "Алгебра", "История", "Английский язык", "Физика", "Физическая культура"],
           1: ["Геометрия", "Литература", "Химия", "Английский язык", "Биология", "География"],
           2: ["Алгебра", "Русский язык", "Обществознание", "Информатика", "История", "География",
               "Финансовая грамотность"],
           3: ["Физика", "Алгебра", "Литература", "Химия", "ОБЗР", "Геометрия"],
           4: ["Русский язык", "Биология", "Английский язык", "Алгебра", "Физическая культура", "Музыка"]},
    "9Б": {0: ["Литература", "Алгебра", "Физика", "Английский язык", "Русский язык", "История"],
           1: ["Химия", "Геометрия", "Русский язык", "Английский язык", "География", "Биология"],
           2: ["Алгебра", "Биология", "История", "Русский язык", "Информатика", "Обществознание"],
           3: ["Литература", "Алгебра", "Физика", "Обществознание", "Геометрия", "Физическая культура",
               "Английский язык"],
           4: ["Химия", "Русский язык", "Английский язык", "Алгебра"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:30", "14:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK = {"Алгебра", "Геометрия", "Русский язык", "Литература", "История", "Английский язык", "Физика",
            "Химия", "Финансовая грамотность"}


def lessons_of_class(cls: str, day: dt.date) -> list[tuple[int, str, str | None, str, str]]:
    """(num, subject, grp, teacher, room) of every lesson the class holds that day (each group its own lesson)."""
    out = []
    for num, subject in enumerate(WEEK[cls].get(day.weekday(), []), 1):
        split = SPLIT.get((cls, subject))
        if split:
            for grp, (teacher, room) in split.items():
                if cls == "9Б" and num == 7 and grp != B_ENG_ONLY_ADV:
                    continue
                out.append((num, subject, grp, teacher, room))
        else:
            teacher, room = SOLO[cls][subject]
            out.append((num, subject, None, teacher, room))
    return out


def lesson_id(cls: str, day: dt.date, num: int, subject: str, grp: str | None) -> str:
    g = 0 if grp is None else 1 + list(SPLIT[(cls, subject)]).index(grp)
    return f"{'1' if cls == '9А' else '2'}{day:%y%m%d}{num}{g}"


def attends(pupil: str, cls: str, day: dt.date, num: int, subject: str, grp: str | None) -> bool:
    own = class_of(pupil, day)
    groups = GROUPS[pupil]
    if pupil == "58103" and day >= MOVE and cls == "9Б" and subject == "Алгебра":
        return False  # she keeps 9А's profile group instead of 9Б's Algebra (same slots)
    if pupil == "58201" and cls == "9Б" and subject == "Физическая культура":
        return False  # 9Б's PE clashes with his sports school: he goes to 9А's PE on Friday
    if pupil == "58201" and cls == "9А" and subject == "Физическая культура" and day.weekday() == 4:
        return True
    if grp is not None:
        if pupil == "58103" and day < MOVE and cls == "9Б":
            return False
        if pupil == "58103" and day >= MOVE and (cls, subject) == ("9А", "Английский язык"):
            return False
        return groups.get((cls, subject)) == grp
    return cls == own


def topic(subject: str, day: dt.date, grp: str | None) -> str:
    topics = {"Английский язык": "Passive Voice" if grp in ("углублённая группа",) else "Travelling",
              "Алгебра": "Квадратичная функция" if grp == "профильная группа" else "Системы неравенств",
              "Финансовая грамотность": "Личный бюджет и сбережения"}
    return f"{topics.get(subject, subject)}: урок {day:%d.%m}"


def homework_text(cls: str, subject: str, day: dt.date, grp: str | None) -> str:
    where = f"{cls}, {grp}" if grp else cls
    return f"{subject} ({where}): задание к уроку {day:%d.%m}, упр. {day.day * 7 % 97 + len(subject)}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


KR = dict(ctype="Контрольная работа", short="КР", weight=2)
MARKS = {  # (pupil, date, subject, num) -> marks
    ("58101", D(2026, 10, 12), "Английский язык", 4): [dict(value="5")],
    ("58101", D(2026, 10, 13), "Английский язык", 4): [dict(value="4")],
    ("58101", D(2026, 10, 15), "Английский язык", 7): [dict(value="5", comment="эссе о путешествиях")],
    ("58101", D(2026, 10, 14), "Алгебра", 1): [dict(value="3")],
    ("58101", D(2026, 10, 20), "Английский язык", 4): [dict(value="4", **KR)],
    ("58101", D(2026, 10, 22), "Английский язык", 7): [dict(value="н", comment="олимпиада по литературе")],
    ("58101", D(2026, 10, 23), "Алгебра", 4): [dict(value="4", **KR)],
    ("58102", D(2026, 10, 12), "Английский язык", 4): [dict(value="4")],
    ("58102", D(2026, 10, 14), "Финансовая грамотность", 7): [dict(value="5")],
    ("58102", D(2026, 10, 15), "Алгебра", 2): [dict(value="5"), dict(value="4", nm="2")],
    ("58102", D(2026, 10, 21), "Финансовая грамотность", 7): [dict(value="4", comment="проект «Бюджет семьи»")],
    ("58102", D(2026, 10, 23), "Алгебра", 4): [dict(value="5", **KR)],
    ("58102", D(2026, 10, 23), "Физическая культура", 5): [dict(value="4")],
    ("58103", D(2026, 10, 13), "Английский язык", 4): [dict(value="4")],
    ("58103", D(2026, 10, 14), "История", 5): [dict(value="5")],
    ("58103", D(2026, 10, 15), "Алгебра", 2): [dict(value="4")],
    ("58103", D(2026, 10, 19), "Физика", 3): [dict(value="5")],
    ("58103", D(2026, 10, 21), "Алгебра", 1): [dict(value="5")],
    ("58103", D(2026, 10, 20), "Английский язык", 4): [dict(value="3", comment="новая группа, догонит")],
    ("58103", D(2026, 10, 23), "Алгебра", 4): [dict(value="4", **KR)],
    ("58201", D(2026, 10, 16), "Физическая культура", 5): [dict(value="5", comment="норматив: бег 60 м")],
    ("58201", D(2026, 10, 15), "Английский язык", 7): [dict(value="4")],
    ("58201", D(2026, 10, 21), "Алгебра", 1): [dict(value="3")],
    ("58201", D(2026, 10, 23), "Физическая культура", 5): [dict(value="оп")],
    ("58201", D(2026, 10, 23), "Алгебра", 4): [dict(value="4", **KR)],
    ("58202", D(2026, 10, 14), "Финансовая грамотность", 7): [dict(value="3")],
    ("58202", D(2026, 10, 15), "Физическая культура", 6): [dict(value="5")],
    ("58202", D(2026, 10, 20), "Английский язык", 4): [dict(value="5")],
    ("58202", D(2026, 10, 21), "Финансовая грамотность", 7): [dict(value="5", comment="проект «Бюджет семьи»")],
    ("58202", D(2026, 10, 23), "Алгебра", 4): [dict(value="3", **KR)],
}


def pupil_marks(pupil, day, subject, num, lid, pulled: dt.datetime, state: dict) -> list[dict]:
    if not (pulled.date() > day or (pulled.date() == day and pulled.hour >= 15)):
        return []
    out = []
    for kw in MARKS.get((pupil, day, subject, num), []):
        kw = dict(kw)
        if state.get("regraded") and pupil == "58101" and day == D(2026, 10, 13):
            kw.update(value="5", comment="исправлено: пересдача словарного диктанта")
        out.append(mark(day=day, lid=lid, **kw))
    if state.get("dropped") and pupil == "58202" and day == D(2026, 10, 14) and subject == "Финансовая грамотность":
        out = []  # the teacher deleted the elective mark entered by mistake (it was another pupil's)
    return out


def diary(pupil: str, first: dt.date, last: dt.date, state: dict, pulled: dt.datetime) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    days = {}
    day = first
    while day <= last:
        key = f"{day:%Y%m%d}"
        items = {}
        for cls in ("9А", "9Б"):
            for num, subject, grp, teacher, room in lessons_of_class(cls, day):
                if not attends(pupil, cls, day, num, subject, grp):
                    continue
                lid = lesson_id(cls, day, num, subject, grp)
                homework = {}
                withdrawn = state.get("withdrawn") and subject == "Финансовая грамотность" and day == D(2026, 10, 21)
                if subject in HOMEWORK and not withdrawn:
                    hw_id = int("7" + lid)
                    homework[str(hw_id)] = {"id": hw_id, "value": homework_text(cls, subject, day, grp),
                                            "individual": False}
                start, end = BELLS[num]
                it = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100}
                if grp:
                    it.update(grp=grp, grp_short=SHORT[grp])
                it.update({"lesson_id": lid, "topic": topic(subject, day, grp), "is_control": False,
                           "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [],
                           "resources": [],
                           "assessments": pupil_marks(pupil, day, subject, num, lid, pulled, state)})
                it["is_control"] = any(m.get("weight", 0) >= 2 for m in it["assessments"])
                items[str(num)] = it
        if items:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
        day += dt.timedelta(days=1)
    return envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "parent_signed": False,
                                          "days": days}}})


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "pulled_at": pulled, "body": body}


def local(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+05:00"


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, child = PARENTS[parent]
    cl, cf, cg = PUPILS[child]
    cls = class_of(child, pulled.date() + dt.timedelta(days=1))
    students = {child: {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                        "gender": cg, "class": cls, "parallel": "9", "city": "Екатеринбург",
                        "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}}
    tid, tl, tf, tm = HOMETEACHER[cls]
    groups = {cls: {"rel": "homeclass", "name": cls, "parallel": "9", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 58", "title_full": "МАОУ «Лицей № 58» г. Екатеринбурга",
                                         "number": "58", "inn": "6658000058", "kpp": "665801001"}]}}
    return rec("getrules", envelope(result), stamp(pulled))


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261228", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               stamp(pulled))


def getdiary(pupil, first, last, state, pulled: dt.datetime):
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               diary(pupil, first, last, state, pulled), stamp(pulled))


def getmarks(pupil, first, last, state, pulled: dt.datetime):
    body = diary(pupil, first, last, state, pulled)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": {"РУ": 1, "КР": 3}.get(m["control_type_short"], 9),
                         "short": m.pop("control_type_short"), "type": m.pop("control_type")}
                m.update(lesson_comment=it["topic"] or None, max_mark=None, mtype=mtype)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        average = f"{total / weight:.2f}" if weight else ""
        lessons.append({"name": subject, "average": average, "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5800 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": lessons}}}), stamp(pulled))


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 10, 12), D(2026, 10, 18), D(2026, 10, 19), D(2026, 10, 25)
    pupils = sorted(PUPILS)
    s0: dict = {}
    s1 = {"regraded": True, "dropped": True}
    s2 = dict(s1, withdrawn=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 11 Oct 19:00: getrules of the five parents, getperiods of the five pupils",
         [getrules(p, local(2026, 10, 11, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, local(2026, 10, 11, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("02 Wed 14 Oct 20:00: getdiary of week 1 (12-18 Oct) with the marks so far",
         [getdiary(p, W1, W1E, s0, local(2026, 10, 14, 20, i)) for i, p in enumerate(pupils)])
    step("03 Fri 16 Oct 20:00: week 1 with the week's marks (Елизавета's English of 13 Oct re-marked, Полина's "
         "elective mark of 14 Oct deleted)",
         [getdiary(p, W1, W1E, s1, local(2026, 10, 16, 20, i)) for i, p in enumerate(pupils)])
    step("04 Sun 18 Oct 19:00: Вера Климова moves to 9Б (order of 16 Oct, from Monday 19): her mother's getrules "
         "names 9Б; week 2 (19-25 Oct) first pull",
         [getrules("58903", local(2026, 10, 18, 19, 0))],
         [getdiary(p, W2, W2E, s1, local(2026, 10, 18, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("05 Wed 21 Oct 20:00: week 2 with the marks so far; the elective's task of 21 Oct withdrawn",
         [getdiary(p, W2, W2E, s2, local(2026, 10, 21, 20, i)) for i, p in enumerate(pupils)])
    step("06 Fri 23 Oct 20:00: week 2 with the week's marks; getmarks of the fortnight",
         [getdiary(p, W2, W2E, s2, local(2026, 10, 23, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, s2, local(2026, 10, 23, 20, 10 + i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Pupils who study some subjects with another class (МАОУ «Лицей № 58» г. "
                              "Екатеринбурга, 12-25 Oct 2026): a 9А pupil in 9Б's advanced English group, a 9Б pupil "
                              "at 9А's PE (a schedule clash), a pupil moved from 9А to 9Б who keeps 9А's profile "
                              "Algebra group, and a mixed-class elective.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 58» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
