"""Write journey.json of elzhur_67: an ordinary nightly sync job (Eljur, Москва, 6А and 6Б, 9-22 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The job was written by reading reference Part A top to bottom once: getrules of each parent account, then per
pupil getperiods (weeks, disabled periods), getfinalassessments, getschedule of the fortnight (rings), and every
night getdiary (rings) and gethomework of the current week and getmarks of the 2nd quarter (its `start`-`end`, as
A.3 Period says the dates are meant to be joined into `days=`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "gym1567", "1567"
D = dt.date

PARENTS = {  # user id -> (last, first, middle, gender, children)
    "67901": ("Орлова", "Марина", "Игоревна", "female", ["67101"]),
    "67902": ("Смирнов", "Андрей", "Викторович", "male", ["67102"]),
    "67903": ("Павлова", "Елена", "Сергеевна", "female", ["67201"]),
    "67904": ("Ершова", "Татьяна", "Алексеевна", "female", ["67202"]),
}
PUPILS = {  # id -> (last, first, gender, class, English subgroup)
    "67101": ("Орлова", "Вера", "female", "6А", 1),
    "67102": ("Смирнов", "Кирилл", "male", "6А", 2),
    "67201": ("Павлова", "Ника", "female", "6Б", 1),
    "67202": ("Ершов", "Глеб", "male", "6Б", 2),
}
HOMETEACHER = {"6А": ("67811", "Соколова", "Анна", "Викторовна"), "6Б": ("67812", "Васильева", "Ирина", "Петровна")}

ENGLISH = "Английский язык"
TEACHERS = {
    ("6А", "Русский язык"): "Морозова Ольга Николаевна", ("6А", "Литература"): "Морозова Ольга Николаевна",
    ("6Б", "Русский язык"): "Васильева Ирина Петровна", ("6Б", "Литература"): "Васильева Ирина Петровна",
    "Математика": "Соколова Анна Викторовна", "История": "Григорьев Павел Сергеевич",
    "География": "Никитина Светлана Юрьевна", "Биология": "Никитина Светлана Юрьевна",
    (ENGLISH, 1): "Кузнецова Ирина Львовна", (ENGLISH, 2): "Белов Денис Андреевич",
    "Физическая культура": "Рябов Сергей Иванович", "Музыка": "Орехова Вера Александровна",
    "Изобразительное искусство": "Лаврова Марина Олеговна", "Технология": "Зуев Николай Петрович",
}
WEEK = {  # weekday -> subjects by lesson number
    "6А": {0: ["Русский язык", "Математика", ENGLISH, "История", "Физическая культура"],
           1: ["Математика", "Русский язык", "Литература", "Биология", "Изобразительное искусство"],
           2: [ENGLISH, "Математика", "Русский язык", "География", "Музыка"],
           3: ["Русский язык", "Математика", "Литература", ENGLISH, "Технология", "Технология"],
           4: ["Математика", "История", "Русский язык", "Литература", "Физическая культура"]},
    "6Б": {0: ["Математика", "Русский язык", "Литература", ENGLISH, "Музыка"],
           1: ["Русский язык", ENGLISH, "Математика", "История", "Физическая культура"],
           2: ["Математика", "Русский язык", "Биология", "Литература", "Изобразительное искусство"],
           3: [ENGLISH, "Русский язык", "Математика", "География", "Физическая культура"],
           4: ["Русский язык", "Математика", "История", "Технология", "Технология"]},
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:30", "12:15"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Русский язык", "Математика", "Литература", "История", "География", "Биология", ENGLISH}
SHORT = {"Русский язык": "Рус. яз.", "Математика": "Матем.", "Литература": "Лит.", "История": "Ист.",
         "География": "Геогр.", "Биология": "Биол."}
FILES = {"Математика": "карточка", "География": "контурная карта"}  # tasks of these subjects on Wednesdays carry a file

SUBJECT_IDS = {"Русский язык": "6701", "Литература": "6702", "Математика": "6703", "История": "6704",
               "География": "6705", "Биология": "6706", ENGLISH: "6707", "Музыка": "6708",
               "Изобразительное искусство": "6709", "Технология": "6710", "Физическая культура": "6711"}
WORK = {  # control_type_short -> (mtype id, control_type)
    "РУ": (1, "Работа на уроке"), "ДЗ": (2, "Домашняя работа"), "КР": (3, "Контрольная работа"),
    "КД": (7, "Контрольный диктант"), "СОЧ": (8, "Сочинение"), "ПР": (4, "Практическая работа"),
}

# the marks a teacher entered: (pupil, date, lesson number) -> [(nm, value, short, weight, comment)]
MARKS = {
    ("67101", D(2026, 11, 9), 2): [("1", "5", "РУ", 1, "")],
    ("67101", D(2026, 11, 10), 1): [("1", "3", "РУ", 1, "")],  # corrected to 4 from the 12 Nov pull on
    ("67101", D(2026, 11, 11), 1): [("1", "5", "РУ", 1, "")],
    ("67101", D(2026, 11, 12), 3): [("1", "4-", "ДЗ", 1, "неаккуратно")],
    ("67101", D(2026, 11, 13), 2): [("1", "5", "РУ", 1, "доклад о Древнем Египте")],
    ("67101", D(2026, 11, 16), 1): [("1", "4", "КД", 2, "")],
    ("67101", D(2026, 11, 18), 4): [("1", "5", "РУ", 1, "")],
    ("67101", D(2026, 11, 19), 5): [("1", "5", "ПР", 1, "")],
    ("67101", D(2026, 11, 19), 6): [("1", "4", "ПР", 1, "")],
    ("67101", D(2026, 11, 20), 1): [("1", "4", "КР", 2, "")],
    ("67102", D(2026, 11, 9), 3): [("1", "4", "РУ", 1, "")],
    ("67102", D(2026, 11, 10), 4): [("1", "3", "РУ", 1, "")],
    ("67102", D(2026, 11, 11), 3): [("1", "4", "ДЗ", 1, "")],
    ("67102", D(2026, 11, 12), 2): [("1", "5", "РУ", 1, ""), ("2", "4", "ДЗ", 1, "")],
    ("67102", D(2026, 11, 13), 5): [("1", "н", "", 0, "болезнь")],
    ("67102", D(2026, 11, 16), 1): [("1", "н", "", 0, ""), ("2", "3", "КД", 2, "")],  # н -> оп from 17 Nov
    ("67102", D(2026, 11, 17), 3): [("1", "5", "РУ", 1, "")],
    ("67102", D(2026, 11, 19), 4): [("1", "4", "РУ", 1, "")],
    ("67102", D(2026, 11, 20), 1): [("1", "3", "КР", 2, "")],
    ("67201", D(2026, 11, 9), 3): [("1", "5", "РУ", 1, "")],
    ("67201", D(2026, 11, 10), 2): [("1", "5", "РУ", 1, "")],
    ("67201", D(2026, 11, 12), 1): [("1", "н", "", 0, "по заявлению родителей")],
    ("67201", D(2026, 11, 12), 2): [("1", "н", "", 0, "по заявлению родителей")],
    ("67201", D(2026, 11, 13), 4): [("1", "5", "ПР", 1, "")],
    ("67201", D(2026, 11, 16), 1): [("1", "4", "РУ", 1, "")],
    ("67201", D(2026, 11, 17), 2): [("1", "4", "ДЗ", 1, "")],
    ("67201", D(2026, 11, 18), 3): [("1", "5", "РУ", 1, "")],
    ("67201", D(2026, 11, 20), 2): [("1", "5", "КР", 2, "")],
    ("67202", D(2026, 11, 9), 1): [("1", "4", "РУ", 1, "")],
    ("67202", D(2026, 11, 10), 4): [("1", "2", "РУ", 1, "не готов к уроку")],  # deleted from the 12 Nov pull on
    ("67202", D(2026, 11, 11), 4): [("1", "3", "РУ", 1, "")],
    ("67202", D(2026, 11, 12), 1): [("1", "5", "РУ", 1, "")],
    ("67202", D(2026, 11, 16), 2): [("1", "4", "РУ", 1, "")],
    ("67202", D(2026, 11, 17), 4): [("1", "4", "ДЗ", 1, "")],
    ("67202", D(2026, 11, 19), 4): [("1", "3", "РУ", 1, "не выучил карту")],
    ("67202", D(2026, 11, 20), 1): [("1", "5", "СОЧ", 2, "")],
}
FINALS = {  # 1st quarter's final marks (period "I")
    "67101": {"Русский язык": "4", "Литература": "5", "Математика": "4", ENGLISH: "5", "История": "5",
              "География": "5", "Биология": "4", "Музыка": "5", "Изобразительное искусство": "5",
              "Технология": "5", "Физическая культура": "5"},
    "67102": {"Русский язык": "3", "Литература": "4", "Математика": "4", ENGLISH: "4", "История": "4",
              "География": "4", "Биология": "3", "Музыка": "5", "Изобразительное искусство": "4",
              "Технология": "5", "Физическая культура": "4"},
    "67201": {"Русский язык": "5", "Литература": "5", "Математика": "5", ENGLISH: "5", "История": "4",
              "География": "5", "Биология": "5", "Музыка": "5", "Изобразительное искусство": "5",
              "Технология": "4", "Физическая культура": "5"},
    "67202": {"Русский язык": "4", "Литература": "3", "Математика": "4", ENGLISH: "4", "История": "3",
              "География": "4", "Биология": "4", "Музыка": "4", "Изобразительное искусство": "4",
              "Технология": "5", "Физическая культура": "осв"},
}
FINAL_COMMENTS = {("67202", "Физическая культура"): "справка", ("67102", "Биология"): "по итогам зачёта"}

CORRECTED_MARK = ("67101", D(2026, 11, 10), 1)  # 3 -> 4 from the 12 Nov pull
DELETED_MARK = ("67202", D(2026, 11, 10), 4)  # gone from the 12 Nov pull
LATE = ("67102", D(2026, 11, 16), 1)  # н -> оп from the 17 Nov pull
EDITED_TASK = ("6А", D(2026, 11, 19), 1)  # Русский язык task re-texted from the 17 Nov pull
EDITED_TEXT = "Упр. 245 и 247 (письменно), правило на с. 112 выучить"


def teacher(cls: str, subject: str, grp: int | None) -> str:
    if subject == ENGLISH:
        return TEACHERS[(ENGLISH, grp)]
    return TEACHERS.get((cls, subject)) or TEACHERS[subject]


def room(cls: str, subject: str, grp: int | None) -> str:
    if subject == "Физическая культура":
        return "спортзал"
    if subject == "Технология":
        return "мастерская"
    if subject == ENGLISH:
        return "305" if grp == 1 else "307"
    return "214" if cls == "6А" else "216"


def lesson_id(cls: str, day: dt.date, num: int, grp: int | None) -> str:
    return f"{1 if cls == '6А' else 2}{day:%Y%m%d}{num}{grp or 0}"


def topic(subject: str, day: dt.date, num: int) -> str:
    topics = {"Русский язык": "Разряды имён прилагательных", "Математика": "Сложение дробей с разными знаменателями",
              "Литература": "А. С. Пушкин. «Дубровский»", "История": "Древний Египет", ENGLISH: "My Day",
              "География": "Гидросфера", "Биология": "Строение растительной клетки",
              "Физическая культура": "Баскетбол: ведение мяча", "Музыка": "Образы природы в музыке",
              "Изобразительное искусство": "Натюрморт", "Технология": "Обработка древесины"}
    return f"{topics[subject]} ({day:%d.%m}, урок {num})"


def task_text(cls: str, subject: str, day: dt.date, grp: int | None) -> str:
    if subject == ENGLISH:
        return (f"Workbook p. {day.day + 20}, ex. {day.weekday() + 2}" if grp == 1
                else f"Student's Book p. {day.day + 40}, ex. {day.weekday() + 1} (письменно)")
    return f"{SHORT[subject]} {cls} к {day:%d.%m}: § {day.day}, упр. {day.day * 10 + len(subject)}"


def task_id(lid: str) -> int:
    return int("7" + lid)


def mark(value, short, weight, comment, day, lid, nm):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment, "color_hex": None}
    convert = int(value[0])
    countas = {"4-": "3.75"}.get(value, value)
    return {"value": value, "countas": countas, "count": True, "convert": convert, "weight": weight,
            "weight_float": weight, "control_type": WORK[short][1], "control_type_short": short,
            "date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def marks_of(pupil: str, day: dt.date, num: int, lid: str, pulled: dt.datetime) -> list:
    """The marks the journal shows for the lesson as of ``pulled`` (entered on the evening of the lesson)."""
    if pulled.date() < day:
        return []
    out = []
    for nm, value, short, weight, comment in MARKS.get((pupil, day, num), []):
        if (pupil, day, num) == CORRECTED_MARK and pulled.date() >= D(2026, 11, 12):
            value, comment = "4", "исправлено: отметка выставлена ошибочно"
        if (pupil, day, num) == DELETED_MARK and pulled.date() >= D(2026, 11, 12):
            continue
        if (pupil, day, num) == LATE and value == "н" and pulled.date() >= D(2026, 11, 17):
            value, comment = "оп", "опоздал на 10 минут"
        out.append(mark(value, short, weight, comment, day, lid, nm))
    return out


def lessons_of(pupil: str, day: dt.date) -> list[tuple[int, str, int | None, str]]:
    """(num, subject, subgroup, lesson id) of the pupil's lessons that day."""
    cls, grp = PUPILS[pupil][3], PUPILS[pupil][4]
    if day.weekday() > 4:
        return []
    out = []
    for num, subject in enumerate(WEEK[cls][day.weekday()], 1):
        g = grp if subject == ENGLISH else None
        out.append((num, subject, g, lesson_id(cls, day, num, g)))
    return out


def tasks_of(pupil: str, day: dt.date, num: int, subject: str, grp, lid: str, pulled: dt.datetime):
    """({task id: task}, files) of the lesson as of ``pulled``."""
    cls = PUPILS[pupil][3]
    if subject not in HOMEWORK_SUBJECTS:
        return {}, []
    text = task_text(cls, subject, day, grp)
    if (cls, day, num) == EDITED_TASK and pulled.date() >= D(2026, 11, 17):
        text = EDITED_TEXT
    elif (cls, day, num) == EDITED_TASK:
        text = "Упр. 245, правило на с. 112"
    tid = task_id(lid)
    files = []
    if subject in FILES and day.weekday() == 2:
        files = [{"toid": tid, "filename": f"{FILES[subject]} {cls} {day:%d.%m}.pdf",
                  "link": f"https://{VENDOR}.eljur.ru/files/{tid:x}"}]
    return {str(tid): {"id": tid, "value": text, "individual": False}}, files


def item(pupil, day, num, subject, grp, lid, pulled, with_marks=True, with_tasks=True):
    cls = PUPILS[pupil][3]
    it = {"num": str(num), "name": subject, "room": room(cls, subject, grp), "teacher": teacher(cls, subject, grp),
          "sort": num * 100}
    if grp:
        it.update(grp=f"{grp} группа", grp_short=f"{grp} гр.")
    marks = marks_of(pupil, day, num, lid, pulled) if with_marks else []
    it.update(lesson_id=lid, topic=topic(subject, day, num),
              is_control=subject == "Математика" and day == D(2026, 11, 20),
              starttime=BELLS[num][0] + ":00", endtime=BELLS[num][1] + ":00")
    if with_tasks:
        homework, files = tasks_of(pupil, day, num, subject, grp, lid, pulled)
        it.update(homework=homework, files=files, resources=[])
    if with_marks:
        it["assessments"] = marks
    return it


def span(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, body, pulled: dt.datetime) -> dict:
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": 6, "city": "Москва",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": 6, "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm,
                       "rules": ["getdiary", "getmarks", "getschedule"]}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Москва", "city": "Москва", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 1567", "title_full": "ГБОУ «Гимназия № 1567»",
                                         "number": "1567", "inn": "7729000567", "kpp": "772901001"}]}}
    return rec("getrules", envelope(result), pulled)


def weeks(first: dt.date, last: dt.date) -> list:
    out, day = [], first - dt.timedelta(days=first.weekday())
    while day <= last:
        end = day + dt.timedelta(days=6)
        a, b = max(day, first), min(end, last)
        out.append({"start": f"{a:%Y%m%d}", "end": f"{b:%Y%m%d}", "title": f"{a:%d.%m} - {b:%d.%m}"})
        day += dt.timedelta(days=7)
    return out


PERIODS = [("I", "1 четверть", D(2026, 9, 1), D(2026, 10, 25)), ("II", "2 четверть", D(2026, 11, 9), D(2026, 12, 27)),
           ("III", "3 четверть", D(2027, 1, 11), D(2027, 3, 21)), ("IV", "4 четверть", D(2027, 3, 31), D(2027, 5, 26))]


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    periods = [{"name": n, "fullname": f, "start": f"{a:%Y%m%d}", "end": f"{b:%Y%m%d}", "disabled": False,
                "ambigious": None, "weeks": weeks(a, b)} for n, f, a, b in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                    "weeks": []})
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def getfinalassessments(pupil: str, pulled: dt.datetime) -> dict:
    items = [{"name": subject, "assessments": [{"period": "I", "value": value,
                                                 "comment": FINAL_COMMENTS.get((pupil, subject), "")}]}
             for subject, value in FINALS[pupil].items()]
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def days_of(pupil, first, last, pulled, **kw) -> dict:
    days = {}
    for day in span(first, last):
        lessons = lessons_of(pupil, day)
        if lessons:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(pupil, day, n, s, g, lid, pulled, **kw) for n, s, g, lid in lessons}}
    return days


def getschedule(pupil, first, last, pulled) -> dict:
    days = days_of(pupil, first, last, pulled, with_marks=False, with_tasks=False)
    return rec(f"getschedule?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}}), pulled)


def getdiary(pupil, first, last, pulled) -> dict:
    days = days_of(pupil, first, last, pulled)
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                              "days": days}}}), pulled)


def gethomework(pupil, first, last, pulled) -> dict:
    days = {}
    for key, day in days_of(pupil, first, last, pulled, with_marks=False).items():
        items = {}
        for it in day["items"].values():
            if it["homework"]:
                entry = items.setdefault(it["name"], {"name": it["name"], "homework": {}, "files": []})
                entry["homework"].update(it["homework"])
                entry["files"] += it["files"]
        if items:
            days[key] = {"name": key, "title": day["title"], "items": items}
    return rec(f"gethomework?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}}), pulled)


def getmarks(pupil, first, last, pulled) -> dict:
    by_subject: dict[str, list] = {}
    for day in span(first, last):
        for num, subject, grp, lid in lessons_of(pupil, day):
            for m in marks_of(pupil, day, num, lid, pulled):
                m = dict(m)
                short = m.pop("control_type_short")
                m.pop("control_type")
                m.update(lesson_comment=topic(subject, day, num), max_mark=None)
                if short:
                    m["mtype"] = {"id": WORK[short][0], "short": short, "type": WORK[short][1]}
                by_subject.setdefault(subject, []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        weight = sum(m["weight_float"] for m in counted)
        total = sum(m["convert"] * m["weight_float"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": SUBJECT_IDS[subject],
                        "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), pulled)


def main() -> None:
    pupils = sorted(PUPILS)
    W1, W1E, W2, W2E = D(2026, 11, 9), D(2026, 11, 15), D(2026, 11, 16), D(2026, 11, 22)
    Q2, Q2E = D(2026, 11, 9), D(2026, 12, 27)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches if b]})

    def at(day: dt.date, hh: int, mm: int) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, hh, mm)

    sun = D(2026, 11, 8)
    step("01 Sun 8 Nov 20:00: getrules of the four parent accounts; getperiods (weeks, disabled periods) and "
         "getfinalassessments of each pupil (the 1st quarter's final marks)",
         [getrules(p, at(sun, 20, i)) for i, p in enumerate(sorted(PARENTS))],
         [getperiods(p, at(sun, 20, 5 + i)) for i, p in enumerate(pupils)],
         [getfinalassessments(p, at(sun, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 8 Nov 20:20: getschedule of the fortnight (rings) and the first getdiary and gethomework of week 1",
         [getschedule(p, W1, W2E, at(sun, 20, 20 + i)) for i, p in enumerate(pupils)],
         [getdiary(p, W1, W1E, at(sun, 20, 30 + i)) for i, p in enumerate(pupils)],
         [gethomework(p, W1, W1E, at(sun, 20, 40 + i)) for i, p in enumerate(pupils)])
    nights = [D(2026, 11, d) for d in (9, 10, 11, 12, 13)] + [D(2026, 11, d) for d in (16, 17, 18, 19, 20)]
    for n, night in enumerate(nights):
        first, last = (W1, W1E) if night < W2 else (W2, W2E)
        batch = ([getdiary(p, first, last, at(night, 21, i)) for i, p in enumerate(pupils)]
                 + [gethomework(p, first, last, at(night, 21, 10 + i)) for i, p in enumerate(pupils)]
                 + [getmarks(p, Q2, Q2E, at(night, 21, 20 + i)) for i, p in enumerate(pupils)])
        what = {D(2026, 11, 10): "; 67202's History «2» and 67101's Maths «3» of today",
                D(2026, 11, 11): "; the batch timed out and the job sent it again (duplicates)",
                D(2026, 11, 12): "; 67101's Maths mark of 10 Nov corrected 3 -> 4, 67202's History «2» of 10 Nov "
                                 "deleted",
                D(2026, 11, 16): "; 67102 marked absent (н) at lesson 1",
                D(2026, 11, 17): "; 67102's absence of 16 Nov turned into a late arrival (оп); 6А's Russian task "
                                 "for Thursday 19 edited"}.get(night, "")
        name = (f"{3 + n + (1 if night >= W2 else 0):02d} {night:%a %d} Nov 21:00: "
                f"nightly getdiary and gethomework of the week, getmarks of the 2nd quarter{what}")
        if night == D(2026, 11, 11):
            step(name, batch, batch)
        else:
            step(name, batch)
        if night == D(2026, 11, 13):
            sun2 = D(2026, 11, 15)
            step("08 Sun 15 Nov 20:00: the week ahead: getdiary and gethomework of week 2",
                 [getdiary(p, W2, W2E, at(sun2, 20, i)) for i, p in enumerate(pupils)],
                 [gethomework(p, W2, W2E, at(sun2, 20, 10 + i)) for i, p in enumerate(pupils)])
    sun3 = D(2026, 11, 22)
    step("14 Sun 22 Nov 20:00: the weekly refresh: getrules of the parents, getfinalassessments of each pupil "
         "(unchanged: re-sent answers)",
         [getrules(p, at(sun3, 20, i)) for i, p in enumerate(sorted(PARENTS))],
         [getfinalassessments(p, at(sun3, 20, 10 + i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "An ordinary nightly sync job (ГБОУ «Гимназия № 1567», Москва, 6А and 6Б, 9-22 Nov "
                              "2026, the first fortnight of the 2nd quarter): getrules, getperiods, getschedule, "
                              "getdiary with rings, gethomework, getmarks and getfinalassessments per pupil; English "
                              "in two subgroups; a mark changed, a mark deleted, a task edited, an absence turned "
                              "into a late arrival; a batch re-sent after a timeout.",
               "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Гимназия № 1567»"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
