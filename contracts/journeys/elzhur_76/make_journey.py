"""Write journey.json of elzhur_76: timetable changes as an Eljur sync job sees them (Пермь, 26 Feb - 11 Mar 2029).

Standard library only, deterministic. Every value is invented. See README.md for the cast, the steps and the traps.

The journal is a function of time (``lessons`` and ``marks_of`` below take the instant the answer was pulled): each
change is entered at an instant, and every answer shows the journal as of its pull. The nightly job pulls each
pupil's getdiary for today and the next seven days (A.2 ``days``, ``rings``), on Sundays also the past week, and the
two classes' getschedule (by ``class``) for the weeks ahead.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "licey76perm", "7676"
ZONE = "+05:00"  # Asia/Yekaterinburg (Пермь), no DST

PARENTS = {  # user id -> (last, first, middle, gender, children)
    "76901": ("Шилова", "Екатерина", "Андреевна", "female", ["76102", "76201"]),
    "76902": ("Мальцев", "Игорь", "Валерьевич", "male", ["76101"]),
    "76903": ("Ковалёва", "Светлана", "Юрьевна", "female", ["76202"]),
}
PUPILS = {  # student id -> (last, first, gender, class)
    "76101": ("Мальцева", "Варвара", "female", "6А"),
    "76102": ("Шилов", "Тимофей", "male", "6А"),
    "76201": ("Шилова", "Полина", "female", "9Б"),
    "76202": ("Ковалёв", "Даниил", "male", "9Б"),
}
HOMETEACHER = {"6А": ("76611", "Морозова", "Татьяна", "Викторовна"),
               "9Б": ("76612", "Кравцов", "Денис", "Олегович")}

TEACHERS = {
    ("6А", "Русский язык"): "Морозова Татьяна Викторовна", ("6А", "Литература"): "Морозова Татьяна Викторовна",
    ("9Б", "Русский язык"): "Гусева Ольга Николаевна", ("9Б", "Литература"): "Гусева Ольга Николаевна",
    "Математика": "Соколова Елена Аркадьевна", "Алгебра": "Лаптев Андрей Сергеевич",
    "Геометрия": "Лаптев Андрей Сергеевич", "Английский язык": "Никитина Мария Игоревна",
    "История": "Кравцов Денис Олегович", "Обществознание": "Кравцов Денис Олегович",
    "Физика": "Титов Роман Евгеньевич", "Химия": "Зуева Наталья Петровна",
    "Биология": "Шестакова Людмила Ивановна", "География": "Шестакова Людмила Ивановна",
    "Информатика": "Пермяков Илья Романович", "Физическая культура": "Белоусов Артём Геннадьевич",
    "ОБЗР": "Белоусов Артём Геннадьевич", "Музыка": "Лебедева Анна Юрьевна",
    "Изобразительное искусство": "Лебедева Анна Юрьевна", "Технология": "Карпов Сергей Михайлович",
}
SUBSTITUTE_MATH = "Ершов Виктор Павлович"
SUBSTITUTE_PHYS = "Власова Ирина Андреевна"

ROOMS = {
    "Английский язык": "209", "Физика": "305", "Химия": "303", "Информатика": "312", "Физическая культура": "спортзал",
    "ОБЗР": "спортзал", "Музыка": "актовый зал", "Технология": "мастерская", "Алгебра": "214", "Геометрия": "214",
    "История": "217", "Обществознание": "217", "Биология": "302", "География": "302",
}
HOMEROOM = {"6А": "107", "9Б": "211"}

WEEK = {  # weekday -> [(lesson number, subject)]; 9Б has a lesson 0 on Tuesdays (07:40, before the first bell)
    "6А": {0: ["Русский язык", "Математика", "Литература", "Английский язык", "История", "Физическая культура"],
           1: ["Русский язык", "Математика", "Английский язык", "Биология", "Физическая культура"],
           2: ["Математика", "Русский язык", "Литература", "Технология", "Технология"],
           3: ["Русский язык", "Математика", "Английский язык", "История", "Изобразительное искусство"],
           4: ["Литература", "Математика", "Русский язык", "Музыка", "География"]},
    "9Б": {0: ["Алгебра", "Русский язык", "Физика", "История", "Английский язык", "Литература"],
           1: ["Обществознание", "Геометрия", "Химия", "Русский язык", "Физическая культура", "Биология",
               "Английский язык"],
           2: ["Физика", "Алгебра", "Литература", "История", "Химия", "Физическая культура"],
           3: ["Русский язык", "Геометрия", "Информатика", "Информатика", "Английский язык", "ОБЗР"],
           4: ["Алгебра", "Литература", "Физика", "География", "Обществознание", "Физическая культура"]},
}
FIRST_NUM = {"6А": {}, "9Б": {1: 0}}  # weekday -> the number of the first lesson (9Б's Tuesday starts at 0)
BELLS = {0: ("07:40", "08:20"), 1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"),
         4: ("11:35", "12:20"), 5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05")}
SUBJECT_IDS = {s: str(7601 + i) for i, s in enumerate(sorted({x for w in WEEK.values() for d in w.values() for x in d}))}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

D = dt.date


def T(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2029, month, day, hour, minute)


# the days that change (2029)
TUE_SUB, WED_SWAP, THU_ROOM, FRI_MUSIC, SAT_WORK = D(2029, 2, 27), D(2029, 2, 28), D(2029, 3, 1), D(2029, 3, 2), D(
    2029, 3, 3)
MON_SWAP, TUE_PE, WED_SUB, WOMEN, FRI_OFF = D(2029, 3, 5), D(2029, 3, 6), D(2029, 3, 7), D(2029, 3, 8), D(2029, 3, 9)
HOLIDAY_NAMES = {WOMEN: "Международный женский день", FRI_OFF: "Выходной день (перенос с субботы 3 марта)"}

# the instants the journal changes (local time, +05:00)
C_SUB_MATH = T(2, 26, 15)  # 6А: Соколова on sick leave; Ершов takes Tuesday 27's Mathematics (one day)
C_SWAP_9B = T(2, 26, 16)  # 9Б: Wednesday 28's Algebra (2) and History (4) swap numbers
C_ORDER = T(2, 27, 12)  # the director's order: Saturday 3 Mar works on Friday's timetable, Friday 9 Mar off
C_TASK_RU = T(2, 27, 17)  # 6А: Tuesday 27's Russian lesson, held without a task, gets one in the evening
C_CANCEL = T(2, 28, 13)  # 6А: Friday 2's Music cancelled (the teacher sent to a course)
C_ROOM_EN = T(2, 28, 14)  # 6А: Thursday 1's English in the library
C_ROOM0 = T(3, 1, 10)  # 9Б: Tuesday 6's lesson 0 gets its room (it was entered without one)
C_RESTORE = T(3, 1, 11)  # 6А: the course moved, Friday 2's Music restored
C_ROOM_CHEM = T(3, 2, 10)  # 9Б: the chemistry lab (303) under repair from 5 Mar: Chemistry in 204
C_MARKFIX = T(3, 2, 12)  # 9Б: 76202's Algebra 3 of 28 Feb corrected to 4 after the rewrite
C_SWAP_6A = T(3, 4, 12)  # 6А: Monday 5's Mathematics (2) and History (5) swap numbers
C_DROP_PE = T(3, 5, 14)  # 9Б: Tuesday 6's PE removed (the gym taken for the trial ОГЭ)
C_TASK_PHYS = T(3, 5, 16)  # 9Б: Wednesday 7's Physics, shown without a task, gets one
C_BACK_PE = T(3, 6, 9)  # 9Б: the trial moved to the hall, PE held after all
C_SUB_PHYS = T(3, 6, 15)  # 9Б: Титов at the olympiad jury; Власова takes Wednesday 7's Physics in 301
C_EDIT_ALG = T(3, 6, 18)  # 9Б: Wednesday 7's Algebra task re-texted (same task id)

HW_BASE = {
    "Русский язык": "упр. {n}, {m}", "Литература": "выучить наизусть отрывок, с. {n}",
    "Математика": "№ {n}, {m} (а, б)", "Английский язык": "Ex. {k}, p. {n}", "История": "§ {k}, вопросы 1–4",
    "Биология": "§ {k}, рисунок в тетради", "География": "§ {k}, контурная карта", "Алгебра": "№ {n}, {m}",
    "Геометрия": "№ {n}, теорема {k}", "Физика": "§ {k}, упр. {j}", "Химия": "§ {k}, задача {j}",
    "Обществознание": "§ {k}, эссе", "Информатика": "программа {n}: «Таблица умножения» (цикл for)",
}


def lid(cls: str, day: dt.date, num: int) -> str:
    """Eljur lesson id (six digits, as A.5 E2's): class, month, day, the lesson's number in the plan."""
    return f"{7 if cls == '6А' else 8}{day:%m%d}{num}"


def hw_text(subject: str, day: dt.date) -> str:
    n = 100 + day.day * 7 + len(subject)
    return HW_BASE[subject].format(n=n, m=n + 3, k=day.day + 3, j=day.day % 5 + 1)


def teacher(cls: str, subject: str) -> str:
    return TEACHERS.get((cls, subject), TEACHERS.get(subject))


def room(cls: str, subject: str) -> str:
    return ROOMS.get(subject, HOMEROOM[cls])


def topic(subject: str, day: dt.date, num: int) -> str:
    return f"{subject}: тема урока {day:%d.%m}" + (f" ({num}-й урок)" if subject in ("Информатика", "Технология")
                                                    else "")


def lessons(cls: str, day: dt.date, t: dt.datetime) -> list[dict] | str:
    """The class's lessons that day as the journal holds them at ``t``; "vacation" for a day off."""
    if day == WOMEN or (day == FRI_OFF and t >= C_ORDER):
        return "vacation"
    if day == SAT_WORK:
        if t < C_ORDER:
            return []
        plan = WEEK[cls][4]
    elif day.weekday() > 4:
        return []
    else:
        plan = WEEK[cls][day.weekday()]
    first = FIRST_NUM[cls].get(day.weekday() if day != SAT_WORK else 4, 1)
    out = []
    for i, subject in enumerate(plan):
        num = first + i
        les = {"planned": num, "num": num, "subject": subject, "lesson_id": lid(cls, day, num),
               "teacher": teacher(cls, subject), "room": room(cls, subject), "topic": topic(subject, day, num),
               "tasks": {}, "cancel": False}
        if subject in HW_BASE and not (subject == "Информатика" and i + 1 < len(plan) and plan[i + 1] == subject):
            les["tasks"] = {"5" + les["lesson_id"]: hw_text(subject, day)}
        if day == SAT_WORK:
            les["topic"] += " (рабочая суббота, расписание пятницы)"
        out.append(les)
    by = {(x["subject"], x["planned"]): x for x in out}
    if cls == "6А":
        if day == TUE_SUB and t >= C_SUB_MATH:
            by[("Математика", 2)].update(teacher=SUBSTITUTE_MATH, topic="Проценты: решение задач (замена)")
        if day == TUE_SUB and t < C_TASK_RU:
            by[("Русский язык", 1)]["tasks"] = {}
        if day == FRI_MUSIC and C_CANCEL <= t < C_RESTORE:
            by[("Музыка", 4)]["cancel"] = True
        if day == THU_ROOM and t >= C_ROOM_EN:
            by[("Английский язык", 3)]["room"] = "библиотека"
        if day == MON_SWAP and t >= C_SWAP_6A:
            by[("Математика", 2)]["num"], by[("История", 5)]["num"] = 5, 2
    else:
        if day == WED_SWAP and t >= C_SWAP_9B:
            by[("Алгебра", 2)]["num"], by[("История", 4)]["num"] = 4, 2
        if day == TUE_PE and t < C_ROOM0:
            by[("Обществознание", 0)]["room"] = None  # entered without a room (A.3: `room` may be empty or null)
        if day >= MON_SWAP and t >= C_ROOM_CHEM:
            for x in out:
                if x["subject"] == "Химия":
                    x["room"] = "204"
        if day == TUE_PE and C_DROP_PE <= t < C_BACK_PE:
            out = [x for x in out if x["subject"] != "Физическая культура"]
        if day == WED_SUB:
            phys = by[("Физика", 1)]
            if t < C_TASK_PHYS:
                phys["tasks"] = {}
            if t >= C_SUB_PHYS:
                phys.update(teacher=SUBSTITUTE_PHYS, room="301", topic="Физика: решение задач на закон Ома (замена)")
            if t >= C_EDIT_ALG:
                alg = by[("Алгебра", 2)]
                alg["tasks"] = {k: v + ", повторить формулы сокращённого умножения" for k, v in alg["tasks"].items()}
    return sorted(out, key=lambda x: x["num"])


# marks: (pupil, lesson id) -> [(value, kwargs)]; shown from 14:30 of the lesson's day, on a live lesson only
MARKS = {
    ("76101", lid("6А", D(2029, 2, 26), 2)): [dict(value="5")],
    ("76101", lid("6А", TUE_SUB, 2)): [dict(value="4", comment="проценты — без ошибок в записи")],
    ("76102", lid("6А", TUE_SUB, 2)): [dict(value="н")],
    ("76101", lid("6А", WED_SWAP, 5)): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("76102", lid("6А", THU_ROOM, 3)): [dict(value="4", comment="чтение в библиотеке")],
    ("76101", lid("6А", FRI_MUSIC, 4)): [dict(value="5")],
    ("76102", lid("6А", SAT_WORK, 3)): [dict(value="4", ctype="Диктант", short="Д", weight=2)],
    ("76101", lid("6А", SAT_WORK, 2)): [dict(value="оп", comment="рабочая суббота, опоздал автобус")],
    ("76101", lid("6А", MON_SWAP, 2)): [dict(value="3", ctype="Самостоятельная работа", short="СР", weight=2)],
    ("76102", lid("6А", MON_SWAP, 5)): [dict(value="5")],
    ("76102", lid("6А", TUE_PE, 2)): [dict(value="4")],
    ("76202", lid("9Б", TUE_SUB, 0)): [dict(value="4")],
    ("76201", lid("9Б", WED_SWAP, 2)): [dict(value="5")],
    ("76202", lid("9Б", WED_SWAP, 2)): [dict(value="3", ctype="Самостоятельная работа", short="СР", weight=2)],
    ("76201", lid("9Б", THU_ROOM, 3)): [dict(value="5")],
    ("76201", lid("9Б", THU_ROOM, 4)): [dict(value="4", ctype="Практическая работа", short="ПР", weight=2,
                                             comment="цикл работает, нет проверки ввода")],
    ("76202", lid("9Б", THU_ROOM, 3)): [dict(value="4")],
    ("76202", lid("9Б", SAT_WORK, 3)): [dict(value="н")],
    ("76201", lid("9Б", SAT_WORK, 1)): [dict(value="4")],
    ("76201", lid("9Б", TUE_PE, 0)): [dict(value="оп")],
    ("76201", lid("9Б", TUE_PE, 4)): [dict(value="5", comment="сдала норматив")],
    ("76202", lid("9Б", TUE_PE, 2)): [dict(value="4")],
    ("76202", lid("9Б", WED_SUB, 1)): [dict(value="5")],
    ("76201", lid("9Б", WED_SUB, 2)): [dict(value="4"), dict(value="5", nm="2", comment="у доски")],
}


def marks_of(pupil: str, les: dict, day: dt.date, t: dt.datetime) -> list[dict]:
    if les["cancel"] or t < dt.datetime.combine(day, dt.time(14, 30)):
        return []
    out = []
    for kw in MARKS.get((pupil, les["lesson_id"]), []):
        kw = dict(kw)
        if pupil == "76202" and day == WED_SWAP and les["subject"] == "Алгебра" and t >= C_MARKFIX:
            kw.update(value="4", comment="исправлено: работа переписана")
        out.append(mark(day=day, lesson_id=les["lesson_id"], **kw))
    return out


def mark(value, day, lesson_id, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lesson_id,
                "nm": nm, "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lesson_id, "nm": nm, "comment": comment, "color_hex": None}


def item(cls: str, day: dt.date, les: dict, pupil: str | None, t: dt.datetime) -> dict:
    start, end = BELLS[les["num"]]
    it = {"num": str(les["num"]), "name": "Cancel" if les["cancel"] else les["subject"],
          "room": "" if les["cancel"] else les["room"], "teacher": les["teacher"], "sort": (les["num"] + 1) * 100,
          "lesson_id": les["lesson_id"], "topic": "" if les["cancel"] else les["topic"], "is_control": False,
          "starttime": start + ":00", "endtime": end + ":00", "homework": {}, "files": [], "resources": []}
    if not les["cancel"]:
        it["homework"] = {k: {"id": int(k), "value": v, "individual": False} for k, v in les["tasks"].items()}
    if pupil is not None:
        it["assessments"] = marks_of(pupil, les, day, t)
        it["is_control"] = any(m["weight"] >= 2 for m in it["assessments"])
    return it


def days_of(cls: str, first: dt.date, last: dt.date, t: dt.datetime, pupil: str | None, as_array: bool) -> dict:
    days = {}
    day = first
    while day <= last:
        key = f"{day:%Y%m%d}"
        plan = lessons(cls, day, t)
        if plan == "vacation":
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAY_NAMES[day], "items": [] if as_array else {}}
        elif plan:
            items = [item(cls, day, les, pupil, t) for les in plan]
            # keyed by lesson number (A.3 Day); numbers 0..n-1 come as an array, as PHP's json_encode writes a
            # list (9Б's Tuesdays, which start with lesson 0): the reference says clients must accept both forms
            sequential = [int(x["num"]) for x in items] == list(range(len(items)))
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": items if as_array or sequential else {x["num"]: x for x in items}}
        day += dt.timedelta(days=1)
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + ZONE


def rec(request: str, body: dict, pulled: dt.datetime) -> dict:
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Пермь",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"u{parent}@example.ru", "roles": ["parent"],
              "region": "Пермский край", "city": "Пермь", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 76", "title_full": "МАОУ «Лицей № 76» г. Перми",
                                         "number": "76", "inn": "5902000076", "kpp": "590201001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20280901", "end": "20281027", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20281106", "end": "20281229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20290109", "end": "20290323", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20290402", "end": "20290530", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def getdiary(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    last_name, first_name, _, cls = PUPILS[pupil]
    body = envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "parent_signed": False,
                                          "days": days_of(cls, first, last, pulled, pupil, as_array=False)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getschedule(cls: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    """A class's timetable (A.2 getschedule by ``class``: like getdiary without marks; by class the ``days`` come at
    the top of ``result``, as A.5 E5 shows for gethomework by class; items as an array, A.3 Day)."""
    body = envelope({"days": days_of(cls, first, last, pulled, None, as_array=True)})
    return rec(f"getschedule?class={quote(cls)}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getmarks(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    last_name, first_name, _, cls = PUPILS[pupil]
    days = days_of(cls, first, last, pulled, pupil, as_array=False)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        items = days[key]["items"]
        for it in sorted(items.values() if isinstance(items, dict) else items, key=lambda x: int(x["num"])):
            for m in it.get("assessments", []):
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                if short:
                    m["mtype"] = {"id": {"РУ": 1, "СР": 2, "ПР": 4, "Д": 5}[short], "short": short, "type": kind}
                m.update(lesson_comment=it["topic"] or None, max_mark=None)
                by_subject.setdefault(it["name"], []).append(m)
    subjects = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        subjects.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                         "averageConvert": round(total / weight) if weight else 0,
                         "lesson_id": SUBJECT_IDS[subject],
                         "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "lessons": subjects}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


def main() -> None:
    pupils = sorted(PUPILS)
    six_a = [p for p in pupils if PUPILS[p][3] == "6А"]
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def nightly(day: dt.date, hour: int = 21, who=None) -> list[dict]:
        """Each pupil's getdiary for today and the next seven days, one minute apart."""
        return [getdiary(p, day, day + dt.timedelta(days=7), T(day.month, day.day, hour, i))
                for i, p in enumerate(who or pupils)]

    def weekly(day: dt.date) -> list[dict]:
        """Sunday: each pupil's week again (marks and corrections of the past days)."""
        return [getdiary(p, day - dt.timedelta(days=6), day, T(day.month, day.day, 20, i))
                for i, p in enumerate(pupils)]

    start, end = D(2029, 2, 26), D(2029, 3, 11)
    step("01 Sun 25 Feb 19:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, T(2, 25, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, T(2, 25, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 25 Feb 19:30: the two weeks ahead: each class's getschedule, then each pupil's getdiary "
         "(Saturday 3 Mar not a school day, Friday 9 Mar an ordinary Friday, Thursday 8 Mar a holiday)",
         [getschedule(c, start, end, T(2, 25, 19, 30 + i)) for i, c in enumerate(["6А", "9Б"])],
         [getdiary(p, start, end, T(2, 25, 19, 40 + i)) for i, p in enumerate(pupils)])
    step("03 Mon 26 Feb 21:00: nightly: 6А's Tuesday Mathematics taught by a substitute, 9Б's Wednesday Algebra "
         "and History swapped", nightly(D(2029, 2, 26)))
    step("04 Tue 27 Feb 21:00: nightly: the director's order (Saturday 3 Mar works, Friday 9 Mar off) is in the "
         "journal; 6А's Russian of today gets its task", nightly(D(2029, 2, 27)))
    wednesday_6a = nightly(D(2029, 2, 28), who=six_a)
    step("05 Wed 28 Feb 21:00: nightly: 6А's Friday Music «Cancel», Thursday's English in the library; 6А's batch "
         "fails (503, kept in the job's retry queue) and only 9Б's is delivered",
         [r for r in nightly(D(2029, 2, 28)) if PUPILS[r["request"].split("student=")[1][:5]][3] == "9Б"])
    step("06 Thu 1 Mar 21:00: nightly (Friday's Music restored, 9Б's Tuesday lesson 0 gets its room)",
         nightly(D(2029, 3, 1)))
    step("07 Fri 2 Mar 21:00: nightly: Friday 9 Mar now a day off; 9Б's Chemistry in 204 from 5 Mar",
         nightly(D(2029, 3, 2)))
    step("08 Sat 3 Mar 21:00: nightly after the working Saturday", nightly(D(2029, 3, 3)))
    step("09 Sun 4 Mar 19:30-21:00: each class's getschedule of the week ahead (6А's Monday Mathematics and "
         "History swapped); each pupil's past week (76202's Algebra mark corrected); nightly",
         [getschedule(c, D(2029, 3, 5), end, T(3, 4, 19, 30 + i)) for i, c in enumerate(["6А", "9Б"])],
         weekly(D(2029, 3, 4)), nightly(D(2029, 3, 4)))
    step("10 Mon 5 Mar 21:00: nightly: 9Б's Tuesday PE removed, Wednesday's Physics gets its task",
         nightly(D(2029, 3, 5)))
    step("11 Tue 6 Mar 21:00: nightly: PE restored and held; Wednesday's Physics by a substitute in 301, "
         "Algebra's task re-texted", nightly(D(2029, 3, 6)))
    for n, (day, what) in enumerate([(D(2029, 3, 7), "Wed 7 Mar"), (D(2029, 3, 8), "Thu 8 Mar (holiday)"),
                                     (D(2029, 3, 9), "Fri 9 Mar (day off)"), (D(2029, 3, 10), "Sat 10 Mar")], 12):
        step(f"{n} {what} 21:00: nightly", nightly(day))
    step("16 Sun 11 Mar 20:00-21:10: each pupil's past week; getmarks of the fortnight; then the job's retry queue "
         "delivers 6А's answers of Wednesday 28 Feb (pulled then, with Friday's Music «Cancel»), after all the newer "
         "ones", weekly(end), [getmarks(p, start, end, T(3, 11, 21, 10 + i)) for i, p in enumerate(pupils)],
         wednesday_6a)
    journey = {"vendor": "elzhur",
               "description": "Timetable changes as an Eljur sync job sees them (МАОУ «Лицей № 76» г. Перми, "
                              "26 Feb - 11 Mar 2029): a substitute for one day, rooms changed, lessons swapped "
                              "between numbers, a lesson cancelled then restored (one answer retried late), a working "
                              "Saturday for a Friday off (перенос), double lessons, tasks added to lessons held "
                              "without one, and 9Б's lesson 0.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 76» г. Перми"},
               "steps": steps}
    (HERE / "journey.json").write_text(dump(journey), encoding="utf-8")


def dump(journey: dict) -> str:
    """The journey as JSON with one record a line (the answers are long; a line each keeps the file readable)."""
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    head = {k: v for k, v in journey.items() if k != "steps"}
    lines = ["{" + ",\n".join(f"{json.dumps(k, **compact)}:{json.dumps(v, **compact)}" for k, v in head.items())
             + ',\n"steps":[']
    for i, step in enumerate(journey["steps"]):
        batches = ",\n".join("[\n" + ",\n".join(json.dumps(r, **compact) for r in batch) + "\n]"
                             for batch in step["batches"])
        lines.append(f'{{"name":{json.dumps(step["name"], **compact)},"batches":[\n{batches}\n]}}'
                     + ("," if i < len(journey["steps"]) - 1 else ""))
    return "\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    main()
