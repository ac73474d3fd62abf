"""Write journey.json of elzhur_45: days that change their nature (Eljur, Новосибирск, 15 Feb - 7 Mar 2027).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "nsk45", "4545"

PARENTS = {
    "45901": ("Кузнецова", "Ольга", "Викторовна", "female", ["45301", "45701"]),
    "45902": ("Белова", "Ирина", "Сергеевна", "female", ["45702"]),
    "45903": ("Ахмедов", "Руслан", "Тимурович", "male", ["45302"]),
}
PUPILS = {
    "45301": ("Кузнецова", "Алиса", "female", "3Б"),
    "45302": ("Ахмедова", "Амина", "female", "3Б"),
    "45701": ("Кузнецов", "Матвей", "male", "7А"),
    "45702": ("Белов", "Егор", "male", "7А"),
}
HOMETEACHER = {"3Б": ("45611", "Соловьёва", "Надежда", "Петровна"), "7А": ("45612", "Гончаров", "Павел", "Андреевич")}

TEACHER = {
    "Русский язык@7А": "Лебедева Марина Юрьевна", "Литература": "Лебедева Марина Юрьевна",
    "Алгебра": "Гончаров Павел Андреевич", "Геометрия": "Гончаров Павел Андреевич",
    "История": "Зайцев Игорь Николаевич", "Обществознание": "Зайцев Игорь Николаевич",
    "Английский язык": "Миронова Елена Олеговна", "Физика": "Титов Андрей Викторович",
    "Информатика": "Титов Андрей Викторович", "Физическая культура": "Рябов Сергей Иванович",
    "Биология": "Фролова Анна Петровна", "География": "Фролова Анна Петровна", "Музыка": "Орехова Вера Александровна",
}
PRIMARY = "Соловьёва Надежда Петровна"

WEEK = {  # weekday -> subjects by lesson number
    "7А": {0: ["Русский язык", "Алгебра", "История", "Английский язык", "Физика", "Физическая культура"],
           1: ["Геометрия", "Литература", "Биология", "Русский язык", "География"],
           2: ["Алгебра", "Английский язык", "Обществознание", "Физика", "Информатика"],
           3: ["Русский язык", "Геометрия", "Алгебра", "История", "Музыка"],
           4: ["Литература", "Алгебра", "Английский язык", "Биология", "Физическая культура"]},
    "3Б": {0: ["Русский язык", "Математика", "Литературное чтение", "Физическая культура"],
           1: ["Математика", "Русский язык", "Окружающий мир", "Музыка"],
           2: ["Русский язык", "Математика", "Литературное чтение", "Изобразительное искусство"],
           3: ["Математика", "Русский язык", "Английский язык", "Окружающий мир"],
           4: ["Литературное чтение", "Русский язык", "Математика", "Технология"]},
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
SHORT_BELLS = {1: ("08:30", "09:00"), 2: ("09:10", "09:40"), 3: ("09:55", "10:25"), 4: ("10:40", "11:10"),
               5: ("11:20", "11:50"), 6: ("12:00", "12:30")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

D = dt.date
SAT_WORK, MON_OFF, DEFENDER, OLYMPIAD_THU, OLYMPIAD_SUN, FROST, REGIONAL = (
    D(2027, 2, 20), D(2027, 2, 22), D(2027, 2, 23), D(2027, 2, 25), D(2027, 2, 28), D(2027, 2, 17), D(2027, 3, 3))
HOLIDAY_NAMES = {MON_OFF: "Выходной день (перенос с субботы 20 февраля)", DEFENDER: "День защитника Отечества",
                 REGIONAL: "Региональный выходной день (постановление губернатора)"}


def teacher(cls: str, subject: str) -> str:
    if cls == "3Б":
        return {"Английский язык": TEACHER["Английский язык"], "Музыка": TEACHER["Музыка"],
                "Физическая культура": TEACHER["Физическая культура"]}.get(subject, PRIMARY)
    return TEACHER.get(f"{subject}@7А", TEACHER.get(subject, PRIMARY))


def room(cls: str, subject: str) -> str:
    if subject == "Физическая культура":
        return "спортзал"
    if subject == "Английский язык":
        return "305"
    return "214" if cls == "7А" else "105"


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{cls[0]}{day:%Y%m%d}{num}"


def topic(subject: str, day: dt.date) -> str:
    return f"{subject}: урок {day:%d.%m}"


HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "История", "Английский язык", "Математика",
                     "Литературное чтение", "Окружающий мир"}


def homework_text(subject: str, day: dt.date) -> str:
    return f"{subject}: задание к {day:%d.%m}, упр. {day.day * 3 + len(subject)}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


# marks given: (pupil, date, subject) -> list of mark kwargs; only shown in pulls after the day has passed
MARKS = {
    ("45701", D(2027, 2, 15), "Алгебра"): [dict(value="5")],
    ("45702", D(2027, 2, 15), "История"): [dict(value="4")],
    ("45301", D(2027, 2, 16), "Математика"): [dict(value="5")],
    ("45302", D(2027, 2, 16), "Русский язык"): [dict(value="4", comment="безударные гласные")],
    ("45701", D(2027, 2, 17), "Физика"): [dict(value="4", ctype="Лабораторная работа", short="ЛР", weight=2)],
    ("45702", D(2027, 2, 17), "Алгебра"): [dict(value="н", comment="актированный день, по заявлению родителей")],
    ("45702", D(2027, 2, 17), "Физика"): [dict(value="н", comment="актированный день, по заявлению родителей")],
    ("45701", D(2027, 2, 18), "Геометрия"): [dict(value="3"), dict(value="4", nm="2", comment="исправил")],
    ("45302", D(2027, 2, 18), "Математика"): [dict(value="5")],
    ("45702", D(2027, 2, 19), "Английский язык"): [dict(value="5")],
    ("45301", D(2027, 2, 19), "Литературное чтение"): [dict(value="4")],
    ("45701", SAT_WORK, "История"): [dict(value="5", comment="доклад о Сталинградской битве")],
    ("45702", SAT_WORK, "Физика"): [dict(value="оп")],
    ("45301", SAT_WORK, "Математика"): [dict(value="4")],
    ("45302", SAT_WORK, "Литературное чтение"): [dict(value="5")],
    ("45701", D(2027, 2, 24), "Информатика"): [dict(value="5")],
    ("45702", D(2027, 2, 24), "Обществознание"): [dict(value="3")],
    ("45301", D(2027, 2, 24), "Русский язык"): [dict(value="5", ctype="Диктант", short="Д", weight=2)],
    ("45302", D(2027, 2, 25), "Окружающий мир"): [dict(value="4")],
    ("45701", OLYMPIAD_SUN, "Алгебра"): [dict(value="5", comment="олимпиадная задача решена полностью")],
    ("45702", OLYMPIAD_SUN, "Алгебра"): [dict(value="4")],
    ("45702", D(2027, 2, 26), "Биология"): [dict(value="4")],
    ("45701", D(2027, 3, 1), "Русский язык"): [dict(value="4", ctype="Сочинение", short="СОЧ", weight=2)],
    ("45302", D(2027, 3, 1), "Математика"): [dict(value="3")],
    ("45301", D(2027, 3, 2), "Окружающий мир"): [dict(value="5")],
    ("45702", D(2027, 3, 4), "История"): [dict(value="н")],
    ("45301", D(2027, 3, 4), "Английский язык"): [dict(value="5")],
    ("45701", D(2027, 3, 5), "Алгебра"): [dict(value="3", ctype="Контрольная работа", short="КР", weight=3)],
    ("45702", D(2027, 3, 5), "Алгебра"): [dict(value="4", ctype="Контрольная работа", short="КР", weight=3)],
}


def plan(cls: str, day: dt.date, state: dict) -> list[tuple[int, str, str]]:
    """(num, subject, lesson id) of the class's lessons that day as the journal holds them in ``state``."""
    if day in state.get("off", set()):
        return []
    if day == SAT_WORK:
        if not state.get("saturday"):
            return []
        return [(n, s, lesson_id(cls, day, n)) for n, s in enumerate(WEEK[cls][0], 1)]
    if day == OLYMPIAD_SUN:
        return [(1, "Алгебра", lesson_id(cls, OLYMPIAD_THU, 3))] if cls == "7А" and state.get("olympiad") else []
    if day.weekday() > 4:
        return []
    lessons = [(n, s, lesson_id(cls, day, n)) for n, s in enumerate(WEEK[cls][day.weekday()], 1)]
    if day == OLYMPIAD_THU and cls == "7А" and state.get("olympiad"):
        lessons = [x for x in lessons if x[0] != 3]
    return lessons


def item(cls, day, num, subject, lid, pupil, state, pulled):
    cancel = cls == "3Б" and day == FROST and state.get("frost")
    bells = SHORT_BELLS if day == SAT_WORK else BELLS
    start, end = ("11:00", "11:45") if day == OLYMPIAD_SUN else bells[num]
    homework = {}
    if subject in HOMEWORK_SUBJECTS and not cancel:
        hw_id = int("8" + lid)
        homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, day), "individual": False}
    if cls == "7А" and subject == "Алгебра" and day == D(2027, 3, 5) and state.get("regional"):
        moved = int("8" + lesson_id(cls, REGIONAL, 1))
        homework[str(moved)] = {"id": moved, "value": homework_text("Алгебра", REGIONAL), "individual": False}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for kw in MARKS.get((pupil, day, subject), []):
            kw = dict(kw)
            if state.get("correct_5mar") and pupil == "45701" and day == D(2027, 3, 5) and subject == "Алгебра":
                kw.update(value="4", comment="исправлено после перепроверки работы")
            marks.append(mark(day=day, lid=lid, **kw))
    the_topic = "Олимпиадные задачи: принцип Дирихле" if day == OLYMPIAD_SUN else topic(subject, day)
    if day == SAT_WORK:
        the_topic += " (рабочая суббота, расписание понедельника)"
    return {"num": str(num), "name": "Cancel" if cancel else subject, "room": "" if cancel else room(cls, subject),
            "teacher": teacher(cls, subject), "sort": num * 100, "lesson_id": lid,
            "topic": "" if cancel else the_topic, "is_control": bool(marks and marks[0].get("weight", 0) >= 3),
            "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [], "resources": [],
            "assessments": marks}


def diary(pupil: str, first: dt.date, last: dt.date, state: dict, pulled: dt.datetime) -> dict:
    last_name, first_name, _, cls = PUPILS[pupil]
    days = {}
    day = first
    while day <= last:
        key = f"{day:%Y%m%d}"
        if day in state.get("off", set()):
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAY_NAMES[day], "items": {}}
        else:
            lessons = plan(cls, day, state)
            if lessons:
                days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                             "items": {str(n): item(cls, day, n, s, lid, pupil, state, pulled) for n, s, lid in lessons}}
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
    return moment.isoformat() + "+07:00"


def getrules(parent: str, pulled: str) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Новосибирск",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Новосибирская область", "city": "Новосибирск", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "СОШ № 45", "title_full": "МБОУ «СОШ № 45» г. Новосибирска",
                                         "number": "45", "inn": "5405000045", "kpp": "540501001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: str) -> dict:
    last_name, first_name, _, cls = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270527", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def getdiary(pupil, first, last, state, pulled: dt.datetime, pulled_text=None):
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               diary(pupil, first, last, state, pulled), pulled_text or stamp(pulled))


def getmarks(pupil, first, last, state, pulled: dt.datetime):
    body = diary(pupil, first, last, state, pulled)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": {"РУ": 1, "КР": 3, "ЛР": 4, "Д": 5, "СОЧ": 6}.get(m["control_type_short"], 9),
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
                        "lesson_id": str(4500 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": lessons}}}), stamp(pulled))


def main() -> None:
    W1, W1E, W2, W2E, W3, W3E = D(2027, 2, 15), D(2027, 2, 21), D(2027, 2, 22), D(2027, 2, 28), D(2027, 3, 1), D(
        2027, 3, 7)
    pupils = sorted(PUPILS)
    s0 = {"off": {DEFENDER}}
    s1 = {"off": {DEFENDER, MON_OFF}, "saturday": True}
    s2 = dict(s1, frost=True)
    s3 = dict(s2, olympiad=True)
    s4 = dict(s3, off={DEFENDER, MON_OFF, REGIONAL}, regional=True)
    s5 = dict(s4, correct_5mar=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 14 Feb 20:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, stamp(local(2027, 2, 14, 20, i))) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, stamp(local(2027, 2, 14, 20, 5 + i))) for i, p in enumerate(pupils)])
    step("02 Sun 14 Feb 20:10: getdiary of weeks 1 and 2 (15-28 Feb): Saturday 20 not a school day yet, "
         "Monday 22 an ordinary Monday",
         [getdiary(p, W1, W2E, s0, local(2027, 2, 14, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("03 Tue 16 Feb 21:00: the director's order is in the journal: Saturday 20 works on Monday's timetable with "
         "short bells, Monday 22 is off",
         [getdiary(p, W1, W1E, s1, local(2027, 2, 16, 21, i)) for i, p in enumerate(pupils)],
         [getdiary(p, W2, W2E, s1, local(2027, 2, 16, 21, 10 + i)) for i, p in enumerate(pupils)])
    step("04 Wed 17 Feb 07:10: frost day (актированный день, −36 °C): the morning pull of the day, 3Б's lessons "
         "«Cancel», 7А works",
         [getdiary(p, FROST, FROST, s2, local(2027, 2, 17, 7, 10 + i)) for i, p in enumerate(pupils)])
    step("05 Fri 19 Feb 20:00: week 1 with the week's marks",
         [getdiary(p, W1, W1E, s2, local(2027, 2, 19, 20, i)) for i, p in enumerate(pupils)])
    step("06 Sun 21 Feb 19:00: week 1 with the working Saturday's marks; week 2 (Algebra still on Thursday 25)",
         [getdiary(p, W1, W1E, s2, local(2027, 2, 21, 19, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W2, W2E, s2, local(2027, 2, 21, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("07 Fri 26 Feb 20:00: Thursday's Algebra moved to Sunday 28 (the teacher sat on the municipal olympiad's "
         "jury); week 3 first pull (Wednesday 3 Mar ordinary)",
         [getdiary(p, W2, W2E, s3, local(2027, 2, 26, 20, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W3, W3E, s3, local(2027, 2, 26, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("08 Sun 28 Feb 19:00: week 2 with the Sunday lesson's marks",
         [getdiary(p, W2, W2E, s3, local(2027, 2, 28, 19, i)) for i, p in enumerate(pupils)])
    step("09 Tue 2 Mar 21:30: the governor's regional day off on Wednesday 3 Mar, entered at short notice; "
         "Wednesday's Algebra task moved to Friday",
         [getdiary(p, W3, W3E, s4, local(2027, 3, 2, 21, 30 + i)) for i, p in enumerate(pupils)])
    step("10 Fri 5 Mar 20:00: week 3 with the week's marks; getmarks of the three weeks",
         [getdiary(p, W3, W3E, s4, local(2027, 3, 5, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W3E, s4, local(2027, 3, 5, 20, 10 + i)) for i, p in enumerate(pupils)])
    relay = getdiary("45701", D(2027, 3, 5), D(2027, 3, 5), s5, local(2027, 3, 6, 1, 40), "2027-03-05T18:40:00Z")
    nightly = getdiary("45701", D(2027, 3, 5), D(2027, 3, 5), s4, local(2027, 3, 6, 0, 20), "2027-03-06T00:20:00")
    step("11 Sat 6 Mar: the relay's pull at 01:40 local (stamped in UTC, 18:40Z on the 5th) after the teacher's "
         "late correction is delivered first; the nightly 23:50 pull that landed at 00:20 (naive local time) is "
         "retried after it", [relay], [nightly])
    journey = {"vendor": "elzhur",
               "description": "Days that change their nature (МБОУ «СОШ № 45» г. Новосибирска, 15 Feb - 7 Mar 2027): "
                              "a working Saturday on Monday's timetable with short bells in place of Monday 22 Feb, "
                              "a frost day cancelling 3Б's lessons only, Algebra moved to a Sunday for an olympiad, "
                              "a regional day off at short notice, and a night pull that lands after midnight.",
               "school": {"timezone": "Asia/Novosibirsk", "name": "МБОУ «СОШ № 45» г. Новосибирска"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
