"""Write journey.json of elzhur_71: where the public clients disagree (Eljur, Казань, 2-15 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast, the steps and the list of
disagreements between the public client models (reference Part C) that each answer plays out.

Three answer "dialects", all valid per shared/reference/elzhur_mesh.md Part A:
* form A (BetterJournal zod / NiceEljurOpen Kotlin shape): ``students`` an object keyed by id, ``items`` an object
  keyed by lesson number, times ``HH:MM:SS``, ids as strings, ``countas`` a string, ``convert`` an int,
  ``weight_float`` a number, ``color_hex``, absences lower case, ``grp`` absent on whole-class lessons, ``[]`` never;
* form B (Apheleia's array branches, NiceEljurOpen's string ``weight_float``, BetterJournal's numeric ``countas``):
  ``students`` an array, ``items`` an array (``[]`` on a vacation day), times ``HH:MM``, ``lesson_id`` a JSON
  number, ``countas`` a number, ``convert`` a float, ``weight_float`` a numeric string, ``color`` instead of
  ``color_hex``, absences upper case, ``grp: null`` on whole-class lessons;
* getmarks form 1 / form 2: ``average`` string / number, ``averageConvert`` / ``average_convert``,
  ``color_hex`` / ``colorHex``, ``mtype.id`` int / string, absences without ``mtype`` / with ``mtype: null``,
  ``lesson_comment`` the lesson's topic / null.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn-lyceum71", "7171"
CLS = "7Б"
D = dt.date

PARENTS = {
    "71901": ("Гарипова", "Лилия", "Рустемовна", "female", ["71701"]),
    "71902": ("Смирнова", "Ольга", "Игоревна", "female", ["71702"]),
    "71903": ("Хабибуллин", "Айдар", "Ринатович", "male", ["71703"]),
}
PUPILS = {
    "71701": ("Гарипова", "Алсу", "female", "1 группа"),
    "71702": ("Смирнов", "Денис", "male", "1 группа"),
    "71703": ("Хабибуллин", "Тимур", "male", "2 группа"),
}
HOMETEACHER = ("71611", "Сафина", "Гульнара", "Равилевна")

TEACHER = {
    "Русский язык": "Сафина Гульнара Равилевна", "Литература": "Сафина Гульнара Равилевна",
    "Алгебра": "Мухаметзянов Ильдар Фаридович", "Геометрия": "Мухаметзянов Ильдар Фаридович",
    "История": "Лаврентьев Сергей Павлович", "Обществознание": "Лаврентьев Сергей Павлович",
    "Физика": "Никитина Елена Аркадьевна", "Информатика": "Никитина Елена Аркадьевна",
    "Биология": "Закирова Диляра Маратовна", "География": "Закирова Диляра Маратовна",
    "Физическая культура": "Осипов Андрей Викторович", "Музыка": "Белоусова Анна Сергеевна",
    "Технология": "Осипов Андрей Викторович",
}
ENGLISH = {"1 группа": ("Кузнецова Ирина Львовна", "305", "1 гр."),
           "2 группа": ("Валеева Гузель Ильдаровна", "307", "2 гр.")}
WEEK = {0: ["Русский язык", "Алгебра", "Английский язык", "История", "Физическая культура"],
        1: ["Геометрия", "Литература", "Физика", "Английский язык", "Биология"],
        2: ["Алгебра", "Русский язык", "География", "Информатика", "Музыка"],
        3: ["Алгебра", "Английский язык", "Физика", "Литература", "Физическая культура"],
        4: ["Геометрия", "Русский язык", "История", "Обществознание", "Технология"]}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15")}
ROOMS = {"Физика": "212", "Информатика": "214", "Биология": "108", "География": "108", "Музыка": "актовый зал",
         "Технология": "мастерская", "Физическая культура": None}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOLIDAYS = {D(2026, 11, 2): "Осенние каникулы", D(2026, 11, 4): "День народного единства"}
HW_SUBJECTS = {"Русский язык", "Алгебра", "Геометрия", "История", "Литература", "Физика", "Биология", "География"}

GEOM_DAY, LIT_DAY = D(2026, 11, 10), D(2026, 11, 12)
GEOM_FILE = ("чертёж к задаче 5.pdf", "https://kzn-lyceum71.eljur.ru/files/7b1110a")

# marks: (pupil, date, subject) -> list of dicts (value, weight, wf (weight_float), ctype, short, mid, comment)
RU = dict(ctype="Работа на уроке", short="РУ", mid=1, weight=1)
KR = dict(ctype="Контрольная работа", short="КР", mid=3, weight=3)
SR = dict(ctype="Самостоятельная работа", short="СР", mid=2, weight=1, wf="1.5")
DK = dict(ctype="Диктант", short="Д", mid=5, weight=2)
MARKS = {
    ("71701", D(2026, 11, 3), "Геометрия"): [dict(value="4", comment="аккуратнее с чертежом", **RU)],
    ("71702", D(2026, 11, 3), "Физика"): [dict(value="оп")],
    ("71703", D(2026, 11, 3), "Биология"): [dict(value="5", **RU)],
    ("71701", D(2026, 11, 5), "Алгебра"): [dict(value="5", **KR)],
    ("71702", D(2026, 11, 5), "Алгебра"): [dict(value="3", **KR)],
    ("71703", D(2026, 11, 5), "Алгебра"): [dict(value="4", **KR)],
    ("71703", D(2026, 11, 5), "Литература"): [dict(value="н")],
    ("71701", D(2026, 11, 6), "Русский язык"): [dict(value="5", **RU), dict(value="4", nm="2", **RU)],
    ("71702", D(2026, 11, 6), "История"): [dict(value="4", comment="доклад о Казанском ханстве", **RU)],
    ("71703", D(2026, 11, 6), "Обществознание"): [dict(value="5", **RU)],
    ("71701", D(2026, 11, 9), "Алгебра"): [dict(value="4", **RU)],
    ("71702", D(2026, 11, 9), "Английский язык"): [dict(value="5", **RU)],
    ("71703", D(2026, 11, 9), "История"): [dict(value="н")],
    ("71703", D(2026, 11, 9), "Английский язык"): [dict(value="4", **RU)],
    ("71701", D(2026, 11, 10), "Физика"): [dict(value="5", **RU)],
    ("71702", D(2026, 11, 10), "Геометрия"): [dict(value="4", **SR)],
    ("71703", D(2026, 11, 10), "Литература"): [dict(value="оп")],
    ("71701", D(2026, 11, 11), "Русский язык"): [dict(value="5/4", convert=4.5, comment="грамотность / содержание",
                                                      **DK)],
    ("71702", D(2026, 11, 11), "Русский язык"): [dict(value="3", **DK)],
    ("71703", D(2026, 11, 11), "Русский язык"): [dict(value="4", **DK)],
    ("71702", D(2026, 11, 11), "Информатика"): [dict(value="н")],
    ("71701", D(2026, 11, 12), "Литература"): [dict(value="4", **RU)],
    ("71703", D(2026, 11, 12), "Физика"): [dict(value="4", **SR)],
    ("71702", D(2026, 11, 12), "Алгебра"): [dict(value="5", **RU)],
    ("71701", D(2026, 11, 13), "История"): [dict(value="5", **RU)],
    ("71702", D(2026, 11, 13), "Геометрия"): [dict(value="2", comment="не выполнено домашнее задание", **RU)],
    ("71703", D(2026, 11, 13), "Геометрия"): [dict(value="5", **RU)],
}


def lesson_id(day: dt.date, num: int, grp: str | None = None) -> str:
    return f"71{day:%m%d}{num}{'' if grp is None else grp[0]}"


def task_id(lid: str) -> int:
    return int("5" + lid)


def topic(subject: str, day: dt.date) -> str:
    return f"{subject}: тема урока {day:%d.%m}"


def task_text(subject: str, day: dt.date, state: dict) -> str:
    if subject == "Геометрия" and day == GEOM_DAY and state.get("geom_edited"):
        return "Геометрия: № 212, 215 и задача 5 по чертежу (исправлено: без № 214)"
    return f"{subject}: к {day:%d.%m} упр. {day.day * 7 + len(subject)}"


def lessons_of(pupil: str, day: dt.date):
    """(num, subject, lesson id, grp or None, teacher, room) of the pupil's lessons that day."""
    if day in HOLIDAYS or day.weekday() > 4:
        return []
    grp = PUPILS[pupil][3]
    out = []
    for num, subject in enumerate(WEEK[day.weekday()], 1):
        if subject == "Английский язык":
            teacher, room, _ = ENGLISH[grp]
            out.append((num, subject, lesson_id(day, num, grp), grp, teacher, room))
        else:
            out.append((num, subject, lesson_id(day, num), None, TEACHER[subject], ROOMS.get(subject, "21")))
    return out


def mark(form: str, pupil: str, day: dt.date, lid: str, m: dict) -> dict:
    value, nm, comment = m["value"], m.get("nm", "1"), m.get("comment", "")
    lid_out = int(lid) if form == "B" else lid
    if value in ("н", "оп"):
        out = {"value": value.upper() if form == "B" else value, "countas": 0 if form == "B" else "0",
               "count": False, "convert": 0, "weight": 0, "weight_float": "0" if form == "B" else 0,
               "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid_out,
               "nm": nm, "comment": comment}
    else:
        convert = m.get("convert", int(value[0]))
        wf = m.get("wf", str(m["weight"]))
        out = {"value": value, "countas": convert if form == "B" else str(convert),
               "count": True, "convert": float(convert) if form == "B" else convert, "weight": m["weight"],
               "weight_float": wf if form == "B" else float(wf) if "." in wf else int(wf),
               "control_type": m["ctype"], "control_type_short": m["short"], "date": day.isoformat(),
               "lesson_id": lid_out, "nm": nm, "comment": comment}
    if form == "B":
        out["color"] = ""
    else:
        out["color_hex"] = None
    return out


def marks_now(pupil: str, day: dt.date, subject: str, state: dict, pulled: dt.datetime) -> list[dict]:
    if not (pulled.date() > day or (pulled.date() == day and pulled.hour >= 15)):
        return []
    found = []
    for m in MARKS.get((pupil, day, subject), []):
        m = dict(m)
        if state.get("corrected"):
            if (pupil, day, subject) == ("71702", D(2026, 11, 5), "Алгебра"):
                m.update(value="4", comment="исправлено: работа над ошибками")
            if (pupil, day, subject) in (("71701", D(2026, 11, 10), "Физика"), ("71703", D(2026, 11, 9), "История")):
                continue  # given to the wrong pupil / the pupil was there after all: deleted in the journal
        found.append(m)
    return found


def item(form: str, pupil: str, day: dt.date, lesson, state: dict, pulled: dt.datetime) -> dict:
    num, subject, lid, grp, teacher, room = lesson
    start, end = BELLS[num]
    if form == "A":
        start, end = start + ":00", end + ":00"
    homework, files = {}, []
    if subject in HW_SUBJECTS and not (subject == "Литература" and day == LIT_DAY and state.get("lit_withdrawn")):
        hid = task_id(lid)
        homework[str(hid)] = {"id": hid, "value": task_text(subject, day, state), "individual": False}
        if subject == "Геометрия" and day == GEOM_DAY:
            files.append({"toid": hid, "filename": GEOM_FILE[0], "link": GEOM_FILE[1]})
    out = {"num": str(num), "name": subject, "room": room if room is not None else ("" if form == "B" else None),
           "teacher": teacher, "sort": num * 100, "lesson_id": int(lid) if form == "B" else lid,
           "topic": topic(subject, day), "is_control": any(m.get("mid") == 3 for m in MARKS.get((pupil, day, subject), [])),
           "starttime": start, "endtime": end, "homework": homework, "files": files, "resources": [],
           "assessments": [mark(form, pupil, day, lid, m) for m in marks_now(pupil, day, subject, state, pulled)]}
    if grp is not None:
        out["grp"], out["grp_short"] = grp, ENGLISH[grp][2]
    elif form == "B":
        out["grp"], out["grp_short"] = None, None
    return out


def diary(form: str, pupil: str, first: dt.date, last: dt.date, state: dict, pulled: dt.datetime) -> dict:
    last_name, first_name, _, _ = PUPILS[pupil]
    days = {}
    day = first
    while day <= last:
        key = f"{day:%Y%m%d}"
        if day in HOLIDAYS:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAYS[day], "items": [] if form == "B" else {}}
        else:
            items = [item(form, pupil, day, lesson, state, pulled) for lesson in lessons_of(pupil, day)]
            if items:
                days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                             "items": items if form == "B" else {it["num"]: it for it in items}}
        day += dt.timedelta(days=1)
    student = {"name": pupil, "title": f"{last_name} {first_name}", "parent_signed": False, "days": days}
    return envelope({"students": [student] if form == "B" else {pupil: student}})


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def at(m, d, hh, mm):
    return dt.datetime(2026, m, d, hh, mm)


def getrules(parent: str, pulled) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLS, "parallel": "7", "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLS: {"rel": "homeclass", "name": CLS, "parallel": "7", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 71", "title_full": "МАОУ «Лицей № 71» г. Казани",
                                         "number": "71", "inn": "1659000071", "kpp": "165901001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, variant: int, pulled) -> dict:
    """variant 0: weeks=__yes, ambigious null/true (E1); 1: no weeks, ambigious "1" on the year column and absent
    on the dated ones, no ``disabled``; 2: ambigious "" / "true" (NiceEljurOpen reads it as String?)."""
    last_name, first_name, _, _ = PUPILS[pupil]
    rows = [("I", "1 четверть", "20260901", "20261025"), ("II", "2 четверть", "20261103", "20261229"),
            ("III", "3 четверть", "20270111", "20270321"), ("IV", "4 четверть", "20270331", "20270528"),
            ("Г", "Годовая", "", "")]
    periods = []
    for name, full, start, end in rows:
        p = {"name": name, "fullname": full, "start": start, "end": end}
        year = name == "Г"
        if variant == 0:
            p.update(disabled=False, ambigious=True if year else None)
            if name == "II":
                p["weeks"] = [{"start": "20261102", "end": "20261108", "title": "02.11 - 08.11"},
                              {"start": "20261109", "end": "20261115", "title": "09.11 - 15.11"}]
            else:
                p["weeks"] = []
        elif variant == 1:
            if year:
                p["ambigious"] = "1"
        else:
            p.update(disabled=False, ambigious="true" if year else "")
        periods.append(p)
    query = "&weeks=__yes" if variant == 0 else ""
    return rec(f"getperiods?student={pupil}{query}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def getdiary(form, pupil, first, last, state, pulled):
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               diary(form, pupil, first, last, state, pulled), pulled)


def gethomework_class(form: str, first, last, state, pulled):
    """By class: ``days`` at the top level (A.2); form "S": items keyed by the subject's name (BetterJournal
    HomeworkRecordModel), form "L": items an array (w1nsh json_parser); files in the older ``{"file": [...]}`` form."""
    days = {}
    day = first
    pupil = "71701"  # the class's whole-class lessons are the same for every pupil
    while day <= last:
        entries = []
        for num, subject, lid, grp, _, _ in lessons_of(pupil, day):
            if grp is not None or subject not in HW_SUBJECTS:
                continue
            hid = task_id(lid)
            entry = {"name": subject, "grp": None,
                     "homework": {str(hid): {"value": task_text(subject, day, state), "id": hid, "individual": False}}}
            if subject == "Геометрия" and day == GEOM_DAY:
                entry["files"] = {"file": [{"filename": GEOM_FILE[0], "link": GEOM_FILE[1]}]}
            entries.append(entry)
        if entries:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {e["name"]: e for e in entries} if form == "S" else entries}
        day += dt.timedelta(days=1)
    return rec(f"gethomework?class={CLS}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), pulled)


def getmarks(form: int, pupil, first, last, state, pulled):
    body = diary("A", pupil, first, last, state, pulled)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        items = days[key]["items"]
        for it in sorted(items.values(), key=lambda x: int(x["num"])):
            for m in it["assessments"]:
                m = dict(m)
                absent = m["value"] in ("н", "оп")
                ctype, short = m.pop("control_type"), m.pop("control_type_short")
                mid = {"РУ": 1, "СР": 2, "КР": 3, "Д": 5}.get(short)
                m.pop("color_hex", None)
                if form == 1:
                    m.update(lesson_comment=it["topic"], max_mark=None, color_hex=None)
                    if not absent:
                        m["mtype"] = {"id": mid, "short": short, "type": ctype}
                else:
                    m.update(lesson_comment=None, max_mark=None, colorHex=None,
                             countas=float(m["countas"]) if "." in m["countas"] else int(m["countas"]),
                             weight_float=str(m["weight_float"]),
                             mtype=None if absent else {"id": str(mid), "short": short, "type": ctype})
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * float(m["weight_float"]) for m in counted)
        weight = sum(float(m["weight_float"]) for m in counted)
        avg = total / weight if weight else None
        row = {"name": subject, "lesson_id": str(7100 + len(subject)), "marks": by_subject[subject]}
        if form == 1:
            row.update(average=f"{avg:.2f}" if avg is not None else "", averageConvert=round(avg) if avg else 0,
                       color_hex=None)
        else:
            number = None if avg is None else round(avg, 2)
            if number is not None and number == int(number):
                number = int(number)
            row.update(average=number if number is not None else "", average_convert=round(avg) if avg else 0,
                       colorHex=None)
        lessons.append(row)
    last_name, first_name, _, _ = PUPILS[pupil]
    student = {"name": pupil, "title": f"{last_name} {first_name}", "lessons": lessons}
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: student} if form == 1 else [student]}), pulled)


FINALS = {"71701": [("Алгебра", "5"), ("Русский язык", "5"), ("История", "4")],
          "71702": [("Алгебра", "3"), ("Русский язык", "4"), ("История", "4")],
          "71703": [("Алгебра", "4"), ("Русский язык", "4"), ("История", "5")]}


def getfinalassessments(pupil: str, pulled):
    """71701: object, ``convert`` stated (BetterJournal FinalAssessment requires it); 71702: array, no
    ``convert`` (reference A.3: ``convert?``); 71703: object with ``convert`` and ``color_hex``."""
    items = []
    for subject, value in FINALS[pupil]:
        a = {"period": "I", "value": value, "comment": ""}
        if pupil != "71702":
            a["convert"] = int(value)
        if pupil == "71703":
            a["color_hex"] = None
        items.append({"name": subject, "assessments": [a]})
    last_name, first_name, _, _ = PUPILS[pupil]
    student = {"name": pupil, "title": f"{last_name} {first_name}", "items": items}
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": [student] if pupil == "71702" else {pupil: student}}), pulled)


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 11, 2), D(2026, 11, 8), D(2026, 11, 9), D(2026, 11, 15)
    pupils = sorted(PUPILS)
    s0: dict = {}
    s1 = {"corrected": True, "geom_edited": True, "lit_withdrawn": True}
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 1 Nov 19:00: getrules of the three parents; getperiods of the three pupils in three shapes",
         [getrules(p, at(11, 1, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, i, at(11, 1, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 1 Nov 19:10: getdiary of week 1 (2-8 Nov), form A, no marks yet",
         [getdiary("A", p, W1, W1E, s0, at(11, 1, 19, 10 + i)) for i, p in enumerate(pupils)])
    week1_b = [getdiary("B", p, W1, W1E, s0, at(11, 6, 20, i)) for i, p in enumerate(pupils)]
    step("03 Fri 6 Nov 20:00: getdiary of week 1 with its marks, form B; gethomework of the class for week 2 "
         "(9-11 Nov items keyed by subject, 12-13 Nov items as a list; files in the older {file: [...]} form)",
         week1_b + [gethomework_class("S", W2, D(2026, 11, 11), s0, at(11, 6, 20, 10)),
                    gethomework_class("L", D(2026, 11, 12), D(2026, 11, 13), s0, at(11, 6, 20, 11))])
    step("04 Sun 8 Nov 19:00: getmarks of week 1 (form 1), getdiary of week 2 (form B, no marks yet); "
         "the sync job retries 71701's week-1 diary of step 03",
         [getmarks(1, p, W1, W1E, s0, at(11, 8, 19, i)) for i, p in enumerate(pupils)]
         + [getdiary("B", p, W2, W2E, s0, at(11, 8, 19, 10 + i)) for i, p in enumerate(pupils)],
         [week1_b[0]])
    step("05 Fri 13 Nov 20:00: getdiary of week 2 with its marks, form A; getfinalassessments (quarter I) of the "
         "three pupils in three shapes",
         [getdiary("A", p, W2, W2E, s0, at(11, 13, 20, i)) for i, p in enumerate(pupils)]
         + [getfinalassessments(p, at(11, 13, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("06 Sun 15 Nov 18:00: the teachers' corrections: 71701's and 71703's week 2 again in form B (a Physics "
         "mark given to the wrong pupil deleted, an absence removed, the Geometry task of 10 Nov re-texted, the "
         "Literature task of 12 Nov withdrawn), 71702's 5 Nov in form A (Algebra test 3 -> 4); getmarks of week 2 "
         "(form 2)",
         [getdiary("B", "71701", W2, W2E, s1, at(11, 15, 18, 0)),
          getdiary("B", "71703", W2, W2E, s1, at(11, 15, 18, 1)),
          getdiary("A", "71702", D(2026, 11, 5), D(2026, 11, 5), s1, at(11, 15, 18, 2))]
         + [getmarks(2, p, W2, W2E, s1, at(11, 15, 18, 10 + i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Where the public clients disagree (МАОУ «Лицей № 71» г. Казани, 7Б, 2-15 Nov 2026): "
                              "every answer valid per the reference, each disagreement between the public client "
                              "models played both ways across the fortnight.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 71» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
