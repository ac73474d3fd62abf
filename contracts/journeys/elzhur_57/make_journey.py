"""Write journey.json of elzhur_57: homework beyond the next lesson (Eljur, Казань, September - November 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn57", "5757"
D = dt.date

PARENTS = {
    "57801": ("Орлова", "Марина", "Андреевна", "female", ["57601", "57901"]),
    "57802": ("Захарова", "Светлана", "Игоревна", "female", ["57602"]),
    "57803": ("Сафин", "Ринат", "Маратович", "male", ["57902"]),
}
PUPILS = {
    "57601": ("Орлова", "Вероника", "female", "6Б"),
    "57602": ("Захаров", "Тимофей", "male", "6Б"),
    "57901": ("Орлов", "Никита", "male", "9А"),
    "57902": ("Сафина", "Камила", "female", "9А"),
}
HOMETEACHER = {"6Б": ("57611", "Гарипова", "Эльвира", "Рашидовна"), "9А": ("57612", "Волков", "Денис", "Сергеевич")}
TEACHER = {
    "Русский язык": "Гарипова Эльвира Рашидовна", "Литература": "Гарипова Эльвира Рашидовна",
    "Математика": "Никитина Алла Борисовна", "Алгебра": "Волков Денис Сергеевич",
    "Геометрия": "Волков Денис Сергеевич", "Биология": "Хабибуллина Лилия Ильдаровна",
    "География": "Хабибуллина Лилия Ильдаровна", "История": "Сорокин Павел Евгеньевич",
    "Обществознание": "Сорокин Павел Евгеньевич", "Английский язык": "Миннуллина Алсу Ринатовна",
    "Физика": "Журавлёв Олег Николаевич", "Химия": "Абдуллина Гульнара Фаритовна",
    "Информатика": "Журавлёв Олег Николаевич", "Физическая культура": "Кравец Игорь Владимирович",
    "Музыка": "Лаптева Ольга Юрьевна", "Технология": "Лаптева Ольга Юрьевна",
    "Изобразительное искусство": "Лаптева Ольга Юрьевна",
}
LIT_9A = "Семёнова Татьяна Викторовна"  # 9А's Russian and literature teacher
WEEK = {
    "6Б": {0: ["Русский язык", "Математика", "Биология", "Литература", "Английский язык"],
           1: ["Математика", "История", "Русский язык", "Физическая культура", "Музыка"],
           2: ["Русский язык", "Математика", "География", "Английский язык", "Технология"],
           3: ["Литература", "Математика", "Русский язык", "Физическая культура"],
           4: ["Математика", "Русский язык", "Английский язык", "История", "Изобразительное искусство"]},
    "9А": {0: ["Алгебра", "Русский язык", "Биология", "Литература", "История", "Физическая культура"],
           1: ["Геометрия", "Физика", "Английский язык", "Русский язык", "Химия", "Обществознание"],
           2: ["Алгебра", "Литература", "География", "Физика", "Английский язык", "Информатика"],
           3: ["Биология", "Химия", "Алгебра", "Русский язык", "Английский язык", "Физическая культура"],
           4: ["Геометрия", "Литература", "История", "Физика", "Алгебра"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:30", "12:10"), 6: ("12:20", "13:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
NO_HOMEWORK = {"Физическая культура", "Музыка", "Технология", "Изобразительное искусство", "Информатика"}

VACATION = {D(2026, 10, 26) + dt.timedelta(days=i) for i in range(10)}  # 26 Oct - 4 Nov
HOLIDAY_NAME = {d: ("День народного единства" if d == D(2026, 11, 4) else "Осенние каникулы") for d in VACATION}
SATURDAY = D(2026, 9, 12)

# the theme's tasks: id -> fixed facts
PROJECT_TEXT = {0: "Долгосрочный проект «Экосистема школьного двора»: выбрать участок, описать 10 видов растений "
                   "и животных, составить пищевые цепи. Защита — 21.09",
                1: "Долгосрочный проект «Экосистема школьного двора»: выбрать участок, описать 10 видов растений "
                   "и животных, составить пищевые цепи. Защита — 28.09 (на выполнение три недели)"}
DEFENCE_TEXT = "Защита проектов «Экосистема школьного двора» (задано 07.09): презентация 5–7 слайдов, выступление 3 минуты"
ONLINE_TEXT = "№ 112, 115, 118 (задано на онлайн-уроке в субботу)"
ABSENT_TEXT = "Для отсутствовавших 17.09: конспект § 5 «Электролитическая диссоциация», задачи 1–3 на с. 31"
HERBARIUM_TEXT = "Сдать гербарий (5 листьев деревьев) в кабинет 204 до 15:00 — урока в этот день нет"
FLUTE_TEXT = "Принести блокфлейту на репетицию хора в актовый зал к 14:30"
LINK_TEXT = "https://resh.edu.ru/subject/lesson/2156/start/"
MOVED_TEXT = {1: "№ 245–250 (деление десятичных дробей)", 3: "№ 245–250 (деление десятичных дробей), срок перенесён на 16.10"}
HOLIDAY_TEXT = {
    "6Б": {0: "Задание на каникулы: повторить словарные слова 1–60", 1: "Задание на каникулы: повторить словарные "
           "слова 1–60, упр. 211 письменно; сдать 05.11 (файл со словами прикреплён)"},
    "9А": {0: "На каникулы: прочитать «Капитанскую дочку»", 1: "На каникулы: прочитать «Капитанскую дочку» "
           "А. С. Пушкина целиком, вести читательский дневник; сочинение-отзыв 06.11"},
}
AFTER_TEXT = {"6Б": "Словарный диктант по заданию на каникулы (задано 23.10): слова 1–60",
              "9А": "Сочинение-отзыв о «Капитанской дочке» (задано 23.10 на каникулы), 250–300 слов"}


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{cls[0]}{day:%y%m%d}{num}"


def teacher(cls: str, subject: str) -> str:
    if cls == "9А" and subject in ("Русский язык", "Литература"):
        return LIT_9A
    return TEACHER[subject]


def room(cls: str, subject: str) -> str:
    return {"Физическая культура": "спортзал", "Английский язык": "312", "Химия": "204",
            "Биология": "204", "Музыка": "актовый зал"}.get(subject, "107" if cls == "6Б" else "215")


def ordinary_text(subject: str, day: dt.date) -> str:
    return f"{subject}: § {day.day % 9 + 3}, упр. {day.day * 4 + len(subject)} (к следующему уроку)"


def hw(hid: int, text: str, individual: bool = False) -> dict:
    return {"id": hid, "value": text, "individual": individual}


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


MARKS = {  # (pupil, date, subject) -> marks (shown from 15:00 of the day on)
    ("57601", SATURDAY, "Математика"): [dict(value="5", comment="активная работа на онлайн-уроке")],
    ("57902", D(2026, 9, 17), "Химия"): [dict(value="н", comment="болела")],
    ("57901", D(2026, 9, 17), "Химия"): [dict(value="4")],
    ("57901", D(2026, 9, 28), "Биология"): [dict(value="5", ctype="Проект", short="ПР", weight=2,
                                                 comment="отличная презентация")],
    ("57902", D(2026, 9, 28), "Биология"): [dict(value="4", ctype="Проект", short="ПР", weight=2)],
    ("57602", D(2026, 10, 16), "Математика"): [dict(value="4")],
    ("57601", D(2026, 10, 16), "Математика"): [dict(value="5")],
    ("57902", D(2026, 11, 6), "Литература"): [dict(value="5", ctype="Сочинение", short="СОЧ", weight=2)],
    ("57601", D(2026, 11, 5), "Русский язык"): [dict(value="4", ctype="Диктант", short="Д", weight=2)],
}

FILES = {
    5700006: [("чертёж_к_задаче_3.pdf", "https://kzn57.eljur.ru/files/a7c3e1"),
              ("образец_оформления.jpg", "https://kzn57.eljur.ru/files/b81f20")],
    5700007: [("Видеоурок «Капитанская дочка»", "https://disk.yandex.ru/i/Kd57Vd0urok")],
    5700009: [("словарные_слова_6_класс.docx", "https://kzn57.eljur.ru/files/c902d4")],
}


def tasks(cls: str, day: dt.date, num: int, subject: str, pupil: str, st: dict) -> dict:
    """The homework map of one lesson item as the journal holds it in state ``st``."""
    out = {}
    lid = lesson_id(cls, day, num)

    def put(hid, text, individual=False):
        out[str(hid)] = hw(hid, text, individual)

    special = False
    if cls == "9А" and day == D(2026, 9, 7) and num == 3:
        put(5700001, PROJECT_TEXT[st.get("project", 0)]); special = True
    if cls == "9А" and day == D(2026, 9, 28) and num == 3:
        put(5700002, DEFENCE_TEXT); special = True
    if cls == "6Б" and day == SATURDAY:
        put(5700003, ONLINE_TEXT); special = True
    if cls == "9А" and day == D(2026, 9, 17) and num == 2 and pupil == "57902":
        put(5700004, ABSENT_TEXT, individual=True)
    if cls == "9А" and day == D(2026, 9, 29) and num == 1:
        put(5700006, ""); special = True
    if cls == "9А" and day == D(2026, 10, 2) and num == 2:
        put(5700007, LINK_TEXT); special = True
    moved = st.get("moved")
    if cls == "6Б" and moved and (day, num) == {1: (D(2026, 10, 12), 2), 2: (D(2026, 10, 14), 2),
                                                 3: (D(2026, 10, 16), 1)}[moved]:
        put(5700008, MOVED_TEXT[3 if moved == 3 else 1])
    if day == D(2026, 10, 23) and (cls, num) in (("6Б", 2), ("9А", 2)):
        put(5700009 if cls == "6Б" else 5700010, HOLIDAY_TEXT[cls][st.get("holiday", 0)]); special = True
    if (cls, day, num) in (("6Б", D(2026, 11, 5), 3), ("9А", D(2026, 11, 6), 2)):
        put(5700011 if cls == "6Б" else 5700012, AFTER_TEXT[cls]); special = True
    if not special and subject not in NO_HOMEWORK:
        put(int("8" + lid), ordinary_text(subject, day))
    return out


def files_of(homework: dict) -> list:
    return [{"toid": int(h), "filename": name, "link": link} for h in homework for name, link in
            FILES.get(int(h), []) if int(h) != 5700009 or len(homework[h]["value"]) > 60]


def plan(cls: str, day: dt.date, st: dict) -> list[tuple[int, str]]:
    if day in VACATION or day.weekday() == 6:
        return []
    if day.weekday() == 5:  # a five-day school: only the online lesson of 12 Sep, once it is entered
        return [(1, "Математика")] if cls == "6Б" and day == SATURDAY and st.get("saturday", True) else []
    return list(enumerate(WEEK[cls][day.weekday()], 1))


def item(cls, day, num, subject, pupil, st, pulled):
    lid = lesson_id(cls, day, num)
    homework = tasks(cls, day, num, subject, pupil, st)
    online = day == SATURDAY
    start, end = ("10:00", "10:40") if online else BELLS[num]
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        marks = [mark(day=day, lid=lid, **kw) for kw in MARKS.get((pupil, day, subject), [])]
    topic = ("Онлайн-урок (Сферум): решение задач на НОК и НОД" if online
             else f"{subject}: тема урока {day:%d.%m}")
    return {"num": str(num), "name": subject, "room": "онлайн (Сферум)" if online else room(cls, subject),
            "teacher": teacher(cls, subject), "sort": num * 100, "lesson_id": lid, "topic": topic,
            "is_control": False, "starttime": start + ":00", "endtime": end + ":00", "homework": homework,
            "files": files_of(homework), "resources": [], "assessments": marks}


def days_of(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getdiary(pupil, first, last, st, pulled):
    last_name, first_name, _, cls = PUPILS[pupil]
    days = {}
    for day in days_of(first, last):
        key = f"{day:%Y%m%d}"
        if day in VACATION:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAY_NAME[day], "items": {}}
        elif plan(cls, day, st):
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(cls, day, n, s, pupil, st, pulled) for n, s in plan(cls, day, st)}}
    body = envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                          "parent_signed": False, "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def homework_days(cls, first, last, st, pupil, extra, keyed):
    """gethomework days: every lesson's homework of the range, plus ``extra`` {date: (subject, task)}."""
    days = {}
    for day in days_of(first, last):
        items = []
        for n, s in plan(cls, day, st):
            h = tasks(cls, day, n, s, pupil, st)
            if h:
                items.append({"name": s, "grp": None, "homework": h, "files": files_of(h)})
        if day in extra:
            subject, task = extra[day]
            items.append({"name": subject, "grp": None, "homework": {str(task["id"]): task}, "files": []})
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {i["name"]: i for i in items} if keyed else items}
    return days


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
              "roles": ["parent"], "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR,
              "vendor_id": VENDOR_ID, "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 57", "title_full": "МАОУ «Гимназия № 57» г. Казани",
                                         "number": "57", "inn": "1657000057", "kpp": "165701001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def at(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def main() -> None:
    pupils = sorted(PUPILS)
    p6, p9 = ["57601", "57602"], ["57901", "57902"]
    base = {"project": 1, "moved": 3, "holiday": 1}
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def week(first, st, when, who=pupils):
        return [getdiary(p, first, first + dt.timedelta(days=6), st, at(*when[:3], when[3], when[4] + i))
                for i, p in enumerate(who)]

    step("01 Sun 6 Sep 19:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, at(2026, 9, 6, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(2026, 9, 6, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Mon 7 Sep 15:30: week 7-13 Sep: 9А's Biology project set with «Защита — 21.09»; Saturday not listed",
         week(D(2026, 9, 7), {"project": 0, "saturday": False}, (2026, 9, 7, 15, 30)))
    step("03 Sat 12 Sep 16:00: week 7-13 Sep again: the project's term corrected to 28.09 (same task id); "
         "6Б's online Saturday lesson of Mathematics with its task and a mark",
         week(D(2026, 9, 7), {"project": 1}, (2026, 9, 12, 16, 0)))
    step("04 Fri 18 Sep 19:00: week 14-20 Sep: 9А's Chemistry of Thursday 17 Sep, a task for the absent pupil only",
         week(D(2026, 9, 14), base, (2026, 9, 18, 19, 0)))
    step("05 Sun 4 Oct 18:00: week 28 Sep-4 Oct: the project's defence on 28 Sep, 9А's Geometry task of files "
         "only, Literature task of a link only; then gethomework of 9А by class: Biology due on Wednesday 30 Sep, "
         "a day without a Biology lesson",
         week(D(2026, 9, 28), base, (2026, 10, 4, 18, 0)),
         [rec("gethomework?class=9А&days=20260928-20261004",
              envelope({"days": homework_days("9А", D(2026, 9, 28), D(2026, 10, 4), base, "", {
                  D(2026, 9, 30): ("Биология", hw(5700005, HERBARIUM_TEXT))}, keyed=False)}),
              at(2026, 10, 4, 18, 30))])
    step("06 Fri 9 Oct 19:00: week 5-11 Oct; then Sun 11 Oct gethomework of 57601: Music due on Thursday 8 Oct, "
         "a day 6Б has no Music",
         week(D(2026, 10, 5), base, (2026, 10, 9, 19, 0)),
         [rec("gethomework?student=57601&days=20261005-20261011",
              envelope({"students": {"57601": {"name": "57601", "title": "Орлова Вероника", "days": homework_days(
                  "6Б", D(2026, 10, 5), D(2026, 10, 11), base, "57601",
                  {D(2026, 10, 8): ("Музыка", hw(5700013, FLUTE_TEXT))}, keyed=False)}}}),
              at(2026, 10, 11, 10, 0))])
    step("07 Sun 11 Oct 20:00: week 12-18 Oct: 6Б's Mathematics task 5700008 on Monday 12 Oct (lesson 2)",
         week(D(2026, 10, 12), dict(base, moved=1), (2026, 10, 11, 20, 0)))
    step("08 Mon 12 Oct 18:00: the task moved to Wednesday 14 Oct (lesson 2), same id and text",
         week(D(2026, 10, 12), dict(base, moved=2), (2026, 10, 12, 18, 0), p6))
    step("09 Wed 14 Oct 17:00: moved again, to Friday 16 Oct (lesson 1), text «срок перенесён на 16.10»",
         week(D(2026, 10, 12), dict(base, moved=3), (2026, 10, 14, 17, 0), p6))
    step("10 Fri 16 Oct 19:00: week 12-18 Oct with the week's marks",
         week(D(2026, 10, 12), base, (2026, 10, 16, 19, 0)))
    step("11 Fri 23 Oct 15:00: week 19-25 Oct: the last day of the quarter, holiday tasks set (first wording)",
         week(D(2026, 10, 19), dict(base, holiday=0), (2026, 10, 23, 15, 0)))
    step("12 Sat 24 Oct 11:00: week 19-25 Oct again (holiday tasks reworded, 6Б's with a file), and the break "
         "26 Oct-1 Nov: every day `vacation` «Осенние каникулы», `items: {}`",
         week(D(2026, 10, 19), base, (2026, 10, 24, 11, 0)) + week(D(2026, 10, 26), base, (2026, 10, 24, 11, 10)))
    step("13 Fri 6 Nov 19:00: week 2-8 Nov: 2-3 Nov the break, 4 Nov «День народного единства», school from "
         "Thursday 5 Nov with the tasks due after the break",
         week(D(2026, 11, 2), base, (2026, 11, 6, 19, 0)))
    journey = {"vendor": "elzhur",
               "description": "Homework beyond the next lesson (МАОУ «Гимназия № 57» г. Казани, 7 Sep - 8 Nov 2026): "
                              "a three-week project, tasks due on days without the subject's lesson, holiday tasks, "
                              "an online Saturday lesson in a five-day school, a task for the absent pupil only, a "
                              "task moved twice, tasks of files or a link only.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Гимназия № 57» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
