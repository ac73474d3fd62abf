"""Eljur corpus 15: an unusual calendar (Школа № 150, classes 5А and 6Б, 16 February - 1 March 2026).

Standard library only, deterministic: writes ``journey.json`` beside this file. Every name, id and text is invented.
Written from shared/reference/elzhur_mesh.md Part A (A.1-A.6) and Part C only.

The calendar:
* a six-day week (Saturday lessons) for both classes;
* 5А on the first shift with a zero lesson (num "0", 07:30) on Tuesdays and Thursdays; 6Б on the second shift
  (lessons from 13:00);
* a sanitary day for the whole school, announced for Wed 2026-02-18 and then moved to Thu 2026-02-19;
* Sat 2026-02-21 the eve of 23 February: shortened 30-minute lessons (other bell times);
* Mon 2026-02-23 День защитника Отечества (vacation day);
* 24-28 February 6Б in quarantine (its days come back as vacation days "Карантин") while 5А studies, except
  Thu 26 Feb, 5А's "День здоровья"; the quarantine is lifted early for Sat 28 Feb;
* Sun 2026-03-01 a make-up working Sunday (Monday's timetable) for both classes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

TEACHERS = {
    "5А": {"Математика": ("Лапина Ольга Викторовна", "211"), "Русский язык": ("Сомова Елена Игоревна", "105"),
           "Литература": ("Сомова Елена Игоревна", "105"), "Английский язык": ("Рябов Артём Сергеевич", "302"),
           "Физическая культура": ("Прохоров Денис Ильич", "Спортзал"), "История": ("Зуева Марина Петровна", "208"),
           "Биология": ("Ковалёва Нина Андреевна", "214"), "Музыка": ("Ершова Алла Романовна", "110")},
    "6Б": {"Математика": ("Тарасов Илья Маркович", "212"), "Русский язык": ("Гусева Вера Олеговна", "106"),
           "Литература": ("Гусева Вера Олеговна", "106"), "Английский язык": ("Рябов Артём Сергеевич", "303"),
           "География": ("Нестеров Павел Юрьевич", "215"), "Биология": ("Ковалёва Нина Андреевна", "214"),
           "Физическая культура": ("Прохоров Денис Ильич", "Спортзал")},
}
# weekday -> [(num, subject)]
TIMETABLE = {
    "5А": {0: [(1, "Математика"), (2, "Русский язык"), (3, "Литература"), (4, "Английский язык"), (5, "История")],
           1: [(0, "Физическая культура"), (1, "Русский язык"), (2, "Математика"), (3, "Биология"),
               (4, "Английский язык")],
           2: [(1, "Математика"), (2, "Литература"), (3, "Русский язык"), (4, "Музыка")],
           3: [(0, "Физическая культура"), (1, "Математика"), (2, "Русский язык"), (3, "История"),
               (4, "Английский язык")],
           4: [(1, "Русский язык"), (2, "Математика"), (3, "Биология"), (4, "Литература")],
           5: [(1, "Математика"), (2, "Русский язык"), (3, "История"), (4, "Физическая культура")]},
    "6Б": {0: [(1, "Математика"), (2, "Русский язык"), (3, "География"), (4, "Английский язык"), (5, "Литература")],
           1: [(1, "Биология"), (2, "Математика"), (3, "Русский язык"), (4, "Физическая культура")],
           2: [(1, "Русский язык"), (2, "Математика"), (3, "Английский язык"), (4, "География")],
           3: [(1, "Математика"), (2, "Литература"), (3, "Русский язык"), (4, "Биология"), (5, "Английский язык")],
           4: [(1, "Русский язык"), (2, "Математика"), (3, "География"), (4, "Физическая культура")],
           5: [(1, "Математика"), (2, "Русский язык"), (3, "Литература"), (4, "Английский язык")]},
}
BELLS = {  # normal bells
    "5А": {0: ("07:30", "08:10"), 1: ("08:20", "09:00"), 2: ("09:10", "09:50"), 3: ("10:10", "10:50"),
           4: ("11:10", "11:50"), 5: ("12:00", "12:40")},
    "6Б": {1: ("13:00", "13:40"), 2: ("13:50", "14:30"), 3: ("14:50", "15:30"), 4: ("15:50", "16:30"),
           5: ("16:40", "17:20")},
}
EXTDAY = {"5А": ("07:45", "08:15"), "6Б": ("12:20", "12:50")}
SHORT = {  # the holiday eve (Sat 2026-02-21): 30-minute lessons
    "5А": {1: ("08:20", "08:50"), 2: ("09:00", "09:30"), 3: ("09:40", "10:10"), 4: ("10:20", "10:50")},
    "6Б": {1: ("13:00", "13:30"), 2: ("13:40", "14:10"), 3: ("14:20", "14:50"), 4: ("15:00", "15:30")},
}
TOPICS = {"Математика": "Сложение дробей", "Русский язык": "Имя прилагательное", "Литература": "Сказы П. П. Бажова",
          "Английский язык": "My weekend", "История": "Древний Египет", "Биология": "Строение цветка",
          "Музыка": "Музыкальный образ", "Физическая культура": "Лыжная подготовка", "География": "Литосфера"}

PUPILS = {"55101": ("Белкин Остап", "5А"), "55102": ("Гришина Зоя", "5А"),
          "66101": ("Гришин Лев", "6Б"), "66102": ("Дымова Яна", "6Б")}
PARENTS = {"75101": ("Белкина Ксения Олеговна", ["55101"]), "76101": ("Гришина Римма Андреевна", ["55102", "66101"]),
           "76102": ("Дымов Карен Аркадьевич", ["66102"])}
HOMETEACHERS = {"5А": ("85001", "Сомова", "Елена", "Игоревна"), "6Б": ("85002", "Гусева", "Вера", "Олеговна")}

SANITARY, EVE, DEFENDER, SUNDAY = dt.date(2026, 2, 18), dt.date(2026, 2, 21), dt.date(2026, 2, 23), dt.date(2026, 3, 1)
LATER_HOLIDAYS = {dt.date(2026, 3, 9): "Международный женский день (перенос)",
                  **{dt.date(2026, 3, 23) + dt.timedelta(days=i): "Весенние каникулы" for i in range(7)},
                  dt.date(2026, 5, 1): "Праздник Весны и Труда", dt.date(2026, 5, 11): "День Победы (перенос)"}
SANITARY_MOVED, HEALTH_DAY = dt.date(2026, 2, 19), dt.date(2026, 2, 26)
QUARANTINE = [dt.date(2026, 2, 24) + dt.timedelta(days=i) for i in range(5)]

# (pupil, date, num) -> (value, countas, convert, count, weight, control_type, short, comment)
MARKS = {
    ("55101", "2026-02-17", 0): ("оп", "0", 0, False, 0, "", "", ""),
    ("55101", "2026-02-17", 2): ("5", "5", 5, True, 1, "Работа на уроке", "РУ", ""),
    ("55101", "2026-02-21", 2): ("4", "4", 4, True, 2, "Диктант", "Д", "две ошибки"),
    ("55101", "2026-02-24", 0): ("5", "5", 5, True, 1, "Сдача нормативов", "СН", "лыжи 1 км"),
    ("55101", "2026-03-01", 1): ("4-", "3.75", 4, True, 1, "Работа на уроке", "РУ", ""),
    ("55102", "2026-02-17", 0): ("5", "5", 5, True, 1, "Сдача нормативов", "СН", ""),
    ("55102", "2026-02-21", 1): ("3", "3", 3, True, 1, "Работа на уроке", "РУ", ""),
    ("55102", "2026-02-24", 2): ("4", "4", 4, True, 2, "Самостоятельная работа", "СР", ""),
    ("55102", "2026-03-01", 2): ("н", "0", 0, False, 0, "", "", ""),
    ("66101", "2026-02-16", 1): ("5", "5", 5, True, 1, "Работа на уроке", "РУ", ""),
    ("66101", "2026-02-21", 3): ("4", "4", 4, True, 1, "Работа на уроке", "РУ", "выразительное чтение"),
    ("66101", "2026-03-01", 1): ("5", "5", 5, True, 2, "Контрольная работа", "КР", ""),
    ("66102", "2026-02-20", 2): ("4", "4", 4, True, 1, "Работа на уроке", "РУ", ""),
    ("66102", "2026-02-21", 1): ("оп", "0", 0, False, 0, "", "", ""),
    ("66102", "2026-03-01", 3): ("3", "3", 3, True, 1, "Работа на уроке", "РУ", ""),
}
# given after the fortnight, seen by the long diary of 2 March only
LATE_MARKS = {("55101", "2026-02-28", 1): ("5", "5", 5, True, 1, "Работа на уроке", "РУ", "работа над ошибками")}
# (class, date, num) -> (homework id, text)
HOMEWORK = {
    ("5А", "2026-02-21", 2): (6150001, "Упр. 312; выучить правило на с. 98"),
    ("5А", "2026-02-27", 1): (6150002, "Пересказ текста на с. 112"),
    ("6Б", "2026-03-01", 1): (6150003, "№ 745, 748 (карантинные задания сдать в понедельник)"),
    ("6Б", "2026-02-28", 3): (6150004, "Выучить отрывок наизусть"),
}


W1, W1_END = dt.date(2026, 2, 16), dt.date(2026, 2, 22)
W2, W2_END = dt.date(2026, 2, 23), dt.date(2026, 3, 1)
SUNDAY_EXTDAY = [False]  # the morning pull of 1 March still lists "Разговоры о важном" on the make-up Sunday
PULLED_ON = ["9999-12-31"]  # a diary holds the marks given by the day it was pulled


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return ("81" if cls == "5А" else "82") + day.strftime("%m%d") + str(num)


def day_plan(cls: str, day: dt.date, stage: int) -> dict:
    """The day as the journal holds it at ``stage``: 1 = the plan of 13 Feb; 2 = 16 Feb, the sanitary day (18 Feb),
    the eve's short bells and the make-up Sunday announced; 3 = 17 Feb, the sanitary day moved to 19 Feb; 4 = 23 Feb,
    6Б's quarantine (24-28 Feb) and 5А's health day (26 Feb); 5 = 27 Feb, the quarantine lifted for 28 Feb;
    6 = 2 March: 5А's Математика #1 of 6 April dropped, 13 April a sanitary day.
    Returns {"alert", "holiday_name", "lessons": [(num, subject, start, end)]} or None (no day in the map)."""
    if day == DEFENDER:
        return {"holiday_name": "День защитника Отечества", "lessons": []}
    if stage >= 6 and day == dt.date(2026, 4, 13):
        return {"holiday_name": "Санитарный день", "lessons": []}
    if day in LATER_HOLIDAYS:
        return {"holiday_name": LATER_HOLIDAYS[day], "lessons": []}
    if (stage == 2 and day == SANITARY) or (stage >= 3 and day == SANITARY_MOVED):
        return {"holiday_name": "Санитарный день", "lessons": []}
    if cls == "6Б" and day in QUARANTINE and (stage == 4 or (stage >= 5 and day != QUARANTINE[-1])):
        return {"holiday_name": "Карантин", "lessons": []}
    if cls == "5А" and day == HEALTH_DAY and stage >= 4:
        return {"holiday_name": "День здоровья", "lessons": []}
    if day == SUNDAY:
        if stage < 2:
            return None
        weekday = 0  # the make-up Sunday follows Monday's timetable
    elif day.weekday() == 6:
        return None
    else:
        weekday = day.weekday()
    bells = SHORT[cls] if day == EVE and stage >= 2 else BELLS[cls]
    lessons = [(num, subject) + bells.get(num, BELLS[cls].get(num)) for num, subject in TIMETABLE[cls][weekday]]
    if stage >= 6 and cls == "5А" and day == dt.date(2026, 4, 6):
        lessons = [lesson for lesson in lessons if lesson[0] != 1]  # Математика #1 dropped (the teacher on a course)
    return {"holiday_name": None, "lessons": lessons}


def items_of(cls: str, day: dt.date, plan: dict, *, pupil: str | None, rings: bool, seconds: bool, as_array: bool,
             diary: bool):
    items = []
    for num, subject, start, end in plan["lessons"]:
        teacher, room = TEACHERS[cls][subject]
        item = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100,
                "grp": None, "grp_short": None, "lesson_id": lesson_id(cls, day, num)}
        if rings:
            item["starttime"] = start + (":00" if seconds else "")
            item["endtime"] = end + (":00" if seconds else "")
        if diary:
            item["topic"] = TOPICS[subject]
            item["is_control"] = False
            hw = HOMEWORK.get((cls, day.isoformat(), num))
            item["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}} if hw else {}
            item["files"], item["resources"] = [], []
            mark = MARKS.get((pupil, day.isoformat(), num)) if day.isoformat() <= PULLED_ON[0] else None
            if PULLED_ON[0] >= "2026-03-02":
                mark = LATE_MARKS.get((pupil, day.isoformat(), num), mark)
            item["assessments"] = []
            if mark:
                value, countas, convert, count, weight, ctype, short, comment = mark
                item["assessments"].append({
                    "value": value, "countas": countas, "count": count, "convert": convert, "weight": weight,
                    "weight_float": weight, "control_type": ctype, "control_type_short": short,
                    "date": day.isoformat(), "lesson_id": item["lesson_id"], "nm": "1", "comment": comment,
                    "color_hex": None})
        items.append(item)
    if as_array:
        return items
    return {it["num"]: it for it in items}


def days_map(cls: str, first: dt.date, last: dt.date, stage: int, **kw) -> dict:
    out = {}
    day = first
    while day <= last:
        plan = day_plan(cls, day, stage)
        if plan is not None:
            key = day.strftime("%Y%m%d")
            entry = {"name": key, "title": TITLES[day.weekday()]}
            if plan["holiday_name"]:
                entry["alert"] = "vacation"
                entry["holiday_name"] = plan["holiday_name"]
                entry["items"] = [] if kw.get("as_array") else {}
            else:
                entry["items"] = items_of(cls, day, plan, **kw)
                if kw.get("diary") and (day.weekday() == 0 or (day == SUNDAY and SUNDAY_EXTDAY[0])):
                    start, end = EXTDAY[cls]
                    ext = {"name": "Разговоры о важном", "teacher": " ".join(HOMETEACHERS[cls][1:]), "grp": None,
                           "topic": "Защитники Отечества: вчера и сегодня", "homework": [], "sort": 0}
                    if kw.get("rings"):
                        ext["starttime"] = start + (":00" if kw.get("seconds") else "")
                        ext["endtime"] = end + (":00" if kw.get("seconds") else "")
                    entry["items_extday"] = [ext]
            out[key] = entry
        day += dt.timedelta(days=1)
    return out


def ok(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def rng(first: dt.date, last: dt.date) -> str:
    return f"{first:%Y%m%d}-{last:%Y%m%d}"


def schedule(cls: str, stage: int, pulled: str, *, seconds: bool = True, first: dt.date = W1,
             last: dt.date = W2_END) -> dict:
    body = ok({"days": days_map(cls, first, last, stage, pupil=None, rings=True, seconds=seconds, as_array=True,
                                diary=False)})
    rings = "__yes" if seconds else "true"
    return {"request": f"getschedule?class={cls}&days={rng(first, last)}&rings={rings}", "body": body,
            "pulled_at": pulled}


def class_homework(cls: str, first: dt.date, last: dt.date, stage: int, pulled: str) -> dict:
    """gethomework by class, the older shape of A.5 E5: top-level days, items an array, homework keyed "1"."""
    days = {}
    day = first
    while day <= last:
        plan = day_plan(cls, day, stage)
        if plan is not None:
            key = day.strftime("%Y%m%d")
            entry = {"name": key, "title": TITLES[day.weekday()]}
            if plan["holiday_name"]:
                entry.update(alert="vacation", holiday_name=plan["holiday_name"], items=[])
            else:
                entry["items"] = []
                for num, subject, _start, _end in plan["lessons"]:
                    hw = HOMEWORK.get((cls, day.isoformat(), num))
                    if hw:
                        entry["items"].append({"name": subject, "grp": None, "homework": {
                            "1": {"value": hw[1], "id": hw[0], "individual": False}}, "files": {"file": []}})
            days[key] = entry
        day += dt.timedelta(days=1)
    return {"request": f"gethomework?class={cls}&days={rng(first, last)}", "body": ok({"days": days}),
            "pulled_at": pulled}


def diary(pupil: str, first: dt.date, last: dt.date, stage: int, pulled: str, *, rings: bool = True,
          seconds: bool = True, as_array: bool = False, students_array: bool = False) -> dict:
    title, cls = PUPILS[pupil]
    PULLED_ON[0] = pulled[:10]
    student = {"name": pupil, "title": title, "parent_signed": False,
               "days": days_map(cls, first, last, stage, pupil=pupil, rings=rings, seconds=seconds,
                                as_array=as_array, diary=True)}
    students = [student] if students_array else {pupil: student}
    request = f"getdiary?student={pupil}&days={rng(first, last)}"
    if rings:
        request += "&rings=" + ("__yes" if seconds else "true")
    return {"request": request, "body": ok({"students": students}), "pulled_at": pulled}


def pupil_schedule(pupil: str, first: dt.date, last: dt.date, stage: int, pulled: str) -> dict:
    title, cls = PUPILS[pupil]
    student = {"name": pupil, "title": title,
               "days": days_map(cls, first, last, stage, pupil=pupil, rings=True, seconds=False, as_array=True,
                                diary=False)}
    return {"request": f"getschedule?student={pupil}&days={rng(first, last)}&rings=true",
            "body": ok({"students": {pupil: student}}), "pulled_at": pulled}


def getrules(parent: str, pulled: str) -> dict:
    name, children = PARENTS[parent]
    last, first, middle = name.split()
    students, groups = {}, {}
    for child in children:
        title, cls = PUPILS[child]
        c_last, c_first = title.split()
        students[child] = {"rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getperiods"],
                           "rel": "child", "name": child, "title": title, "lastname": c_last, "firstname": c_first,
                           "gender": "male" if c_first in ("Остап", "Лев") else "female", "class": cls,
                           "parallel": cls[0], "city": "Вологда"}
        ht = HOMETEACHERS[cls]
        groups[cls] = {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": cls[0],
                       "balls": 5, "hometeacher_id": ht[0], "hometeacher_name": " ".join(ht[1:]),
                       "hometeacher_lastname": ht[1], "hometeacher_firstname": ht[2],
                       "hometeacher_middlename": ht[3]}
    result = {"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": [
        {"title": "Школа № 150", "title_full": "МБОУ «СОШ № 150»", "number": "150", "inn": "3525000150",
         "kpp": "352501001"}]}, "allowedSections": ["diary", "marks", "finalmarks", "schedule"], "id": parent,
        "name": parent, "title": name, "lastname": last, "firstname": first, "middlename": middle,
        "email": f"p{parent}@example.org", "region": "Вологодская область", "city": "Вологда", "vendor": "sch150",
        "vendor_id": 150}
    return {"request": "getrules", "body": ok(result), "pulled_at": pulled}


def getperiods(pupil: str, pulled: str) -> dict:
    title, _ = PUPILS[pupil]
    periods = [{"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260322", "disabled": False,
                "ambigious": None},
               {"name": "IV", "fullname": "4 четверть", "start": "20260330", "end": "20260529", "disabled": False,
                "ambigious": None},
               {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True}]
    return {"request": f"getperiods?student={pupil}", "body": ok({"students": [
        {"name": pupil, "title": title, "periods": periods}]}), "pulled_at": pulled}


def morning_diary() -> dict:
    SUNDAY_EXTDAY[0] = True
    try:
        return diary("55101", W2, W2_END, 5, "2026-03-01T07:00:00+03:00")
    finally:
        SUNDAY_EXTDAY[0] = False


def main() -> None:
    steps = [
        {"name": "01 getrules of the three parents (76101 has a child in 5А and one in 6Б), getperiods",
         "batches": [[getrules("75101", "2026-02-13T10:00:00+03:00"), getrules("76101", "2026-02-13T10:01:00+03:00"),
                      getrules("76102", "2026-02-13T10:02:00+03:00"),
                      getperiods("55101", "2026-02-13T10:03:00+03:00"),
                      getperiods("66101", "2026-02-13T10:04:00+03:00")]]},
        {"name": "02 the plan of the fortnight (13 Feb): class schedules of 5А (zero lesson, first shift) and 6Б "
                 "(second shift, from 13:00), Saturdays, 23 Feb a vacation day",
         "batches": [[schedule("5А", 1, "2026-02-13T18:00:00+03:00"),
                      schedule("6Б", 1, "2026-02-13T18:01:00+03:00")]]},
        {"name": "03 re-pull (16 Feb): 18 Feb a sanitary day for both classes, the eve 21 Feb on short bells, "
                 "Sunday 1 March a make-up working day",
         "batches": [[schedule("5А", 2, "2026-02-16T16:00:00+03:00"),
                      schedule("6Б", 2, "2026-02-16T16:01:00+03:00", seconds=False)]]},
        {"name": "03b re-pull (17 Feb): the sanitary day moved from Wed 18 Feb to Thu 19 Feb: 18 Feb's lessons "
                 "are back under their lesson_ids",
         "batches": [[schedule("5А", 3, "2026-02-17T15:00:00+03:00"),
                      schedule("6Б", 3, "2026-02-17T15:01:00+03:00")]]},
        {"name": "04 week-1 diaries (22 Feb); 55102 items as arrays in HH:MM; 66102 without rings",
         "batches": [[diary("55101", W1, W1_END, 3, "2026-02-22T12:00:00+03:00"),
                      diary("55102", W1, W1_END, 3, "2026-02-22T12:01:00+03:00", seconds=False, as_array=True,
                            students_array=True),
                      diary("66101", W1, W1_END, 3, "2026-02-22T12:02:00+03:00"),
                      diary("66102", W1, W1_END, 3, "2026-02-22T12:03:00+03:00", rings=False)]]},
        {"name": "05 quarantine of 6Б announced (23 Feb): 6Б's schedule re-pulled with 24-28 Feb as vacation "
                 "days 'Карантин'; 5А's 26 Feb a 'День здоровья' (same date, other name)",
         "batches": [[schedule("5А", 4, "2026-02-23T20:00:00+03:00"),
                      schedule("6Б", 4, "2026-02-23T20:01:00+03:00")]]},
        {"name": "05b quarantine of 6Б lifted early (27 Feb): Saturday 28 Feb is a school day again (same "
                 "lesson_ids); 5А's 26 Feb stays 'День здоровья'",
         "batches": [[schedule("6Б", 5, "2026-02-27T20:00:00+03:00")]]},
        {"name": "05c 55101's week-2 diary on the make-up Sunday morning: Monday's timetable, with "
                 "'Разговоры о важном' before lesson 1 (items_extday)",
         "batches": [[morning_diary()]]},
        {"name": "06 week-2 diaries (1 March, the make-up Sunday evening) and 66101's own schedule of week 2",
         "batches": [[diary("55101", W2, W2_END, 5, "2026-03-01T19:00:00+03:00"),
                      diary("55102", W2, W2_END, 5, "2026-03-01T19:01:00+03:00", seconds=False, as_array=True),
                      diary("66101", W2, W2_END, 5, "2026-03-01T19:02:00+03:00"),
                      diary("66102", W2, W2_END, 5, "2026-03-01T19:03:00+03:00", seconds=False),
                      pupil_schedule("66101", W2, W2_END, 5, "2026-03-01T19:04:00+03:00"),
                      class_homework("6Б", W2, W2_END, 5, "2026-03-01T19:05:00+03:00")]]},
        {"name": "07 late deliveries of older pulls (a sync job's backlog): 5А's week-2 plan of 13 Feb (lessons on "
                 "the health day), 66102's week-1 diary of 16 Feb (the sanitary day still on 18 Feb), "
                 "6Б's week-2 schedule of 24 Feb (quarantine through Sat 28 Feb)",
         "batches": [[schedule("5А", 1, "2026-02-13T18:30:00+03:00", first=W2, last=W2_END),
                      diary("66102", W1, W1_END, 2, "2026-02-16T17:00:00+03:00", seconds=False),
                      schedule("6Б", 4, "2026-02-24T08:00:00+03:00", first=W2, last=W2_END)]]},
        {"name": "08 the rest of the school year by class (1 March, 21:00): getschedule over 16 Feb - 31 May "
                 "(105 days, like the reference's own range example of 121 days): the fortnight as it stands, "
                 "then March to May with 9 March, the spring break, 1 May and 11 May",
         "batches": [[schedule("5А", 5, "2026-03-01T21:00:00+03:00", first=W1, last=dt.date(2026, 5, 31)),
                      schedule("6Б", 5, "2026-03-01T21:01:00+03:00", first=W1, last=dt.date(2026, 5, 31))]]},
        {"name": "09 the same long 5А request pulled again (2 March): Математика #1 of Mon 6 April is gone, "
                 "Mon 13 April became a sanitary day; 55101's diary over the same 105 days, with a mark of 28 Feb "
                 "given late",
         "batches": [[schedule("5А", 6, "2026-03-02T18:00:00+03:00", first=W1, last=dt.date(2026, 5, 31)),
                      diary("55101", W1, dt.date(2026, 5, 31), 6, "2026-03-02T19:00:00+03:00")]]},
    ]
    journey = {"vendor": "elzhur",
               "description": "Eljur corpus 15: Школа № 150, 5А and 6Б, 16 Feb - 1 Mar 2026, an unusual calendar "
                              "(written from shared/reference/elzhur_mesh.md Part A and C only)",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
