"""Write journey.json of elzhur_48: dense days (Eljur, Тверь, 12-23 October 2026, 1 четверть).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

Double lessons (two consecutive numbers, one subject and teacher, one topic or two, the task on the first only),
several marks for one pupil in one lesson (`nm` 1..3, a test of weight 3), a lesson taught by two teachers and one
with a substitute named beside the teacher (the `teacher` string as the journal sends it), eight-lesson days,
subgroups in parallel in one slot (English in two groups, Технология for girls and boys, Информатика in halves),
a mark without an attendance entry, an absence without a mark, and the corrections a second pull brings.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "tver48", "4848"
CLS = "8Б"
D = dt.date

PARENTS = {
    "48901": ("Смирнова", "Елена", "Андреевна", "female", ["48101", "48102"]),
    "48902": ("Хабибуллина", "Гульнара", "Рашитовна", "female", ["48103"]),
    "48903": ("Воронцов", "Дмитрий", "Сергеевич", "male", ["48104"]),
}
PUPILS = {  # id -> last, first, gender, English group, Informatics half, Технология group
    "48101": ("Смирнова", "Полина", "female", 1, 1, "Девочки"),
    "48102": ("Смирнов", "Артём", "male", 2, 1, "Мальчики"),
    "48103": ("Хабибуллин", "Тимур", "male", 1, 2, "Мальчики"),
    "48104": ("Воронцова", "Ксения", "female", 2, 2, "Девочки"),
}
HOMETEACHER = ("48611", "Гусева", "Марина", "Львовна")

T = {
    "Алгебра": "Гусева Марина Львовна", "Геометрия": "Гусева Марина Львовна",
    "Русский язык": "Климова Светлана Юрьевна", "Литература": "Климова Светлана Юрьевна",
    "История": "Рогов Павел Степанович", "Обществознание": "Рогов Павел Степанович",
    "Физика": "Лаптев Олег Игоревич", "Химия": "Савельева Инна Викторовна", "Биология": "Дроздова Алла Петровна",
    "География": "Дроздова Алла Петровна", "Физическая культура": "Ковалёв Андрей Николаевич",
    "ОБЗР": "Ковалёв Андрей Николаевич",
    "Индивидуальный проект": "Ларионова Ирина Олеговна, Кравцов Денис Андреевич",  # two teachers, one lesson
}
GROUP_TEACHERS = {  # (subject, group) -> teacher, room, grp, grp_short
    ("Английский язык", 1): ("Морозова Анна Викторовна", "305", "1 группа", "1 гр."),
    ("Английский язык", 2): ("Пак Алина Игоревна", "307", "2 группа", "2 гр."),
    ("Информатика", 1): ("Кравцов Денис Андреевич", "210", "1 подгруппа", "1 п/г"),
    ("Информатика", 2): ("Ларионова Ирина Олеговна", "211", "2 подгруппа", "2 п/г"),
    ("Технология", "Девочки"): ("Зуева Людмила Геннадьевна", "112", "Девочки", "дев."),
    ("Технология", "Мальчики"): ("Шубин Виктор Павлович", "мастерская", "Мальчики", "мал."),
}
ROOMS = {"Физическая культура": "спортзал", "Химия": "216", "Физика": "218", "Биология": "201", "География": "201"}
SPLIT = {"Английский язык": 3, "Информатика": 4, "Технология": 5}  # PUPILS column of the pupil's group

# weekday -> subjects by lesson number (a repeated subject on consecutive numbers is a double lesson)
WEEK = {
    0: ["Алгебра", "Алгебра", "Английский язык", "Русский язык", "Литература", "История", "Технология", "Технология"],
    1: ["Физика", "Геометрия", "Информатика", "Английский язык", "Биология", "Физическая культура", "Химия"],
    2: ["Русский язык", "Русский язык", "Алгебра", "География", "Английский язык", "Обществознание", "ОБЗР"],
    3: ["Химия", "Физика", "Геометрия", "История", "Литература", "Индивидуальный проект", "Физическая культура",
        "Физическая культура"],
    4: ["Алгебра", "Биология", "Русский язык", "Информатика", "Английский язык", "География"],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00"), 8: ("14:10", "14:50")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

# topics of the double lessons: one topic for both halves, or two; other lessons get "<subject>: урок DD.MM"
TOPICS = {
    (D(2026, 10, 12), 1): "Формулы сокращённого умножения", (D(2026, 10, 12), 2): "Формулы сокращённого умножения",
    (D(2026, 10, 12), 7): "Технология: обработка заготовок", (D(2026, 10, 12), 8): "Технология: обработка заготовок",
    (D(2026, 10, 14), 1): "Сочинение-рассуждение по тексту", (D(2026, 10, 14), 2): "Сочинение-рассуждение по тексту",
    (D(2026, 10, 15), 7): "Волейбол: передача мяча сверху", (D(2026, 10, 15), 8): "Волейбол: учебная игра",
    (D(2026, 10, 19), 1): "Подготовка к контрольной работе", (D(2026, 10, 19), 2): "Контрольная работа № 2",
    (D(2026, 10, 21), 1): "Причастный оборот", (D(2026, 10, 21), 2): "Причастный оборот",
    (D(2026, 10, 22), 7): "Баскетбол: ведение мяча", (D(2026, 10, 22), 8): "Баскетбол: броски в кольцо",
}
TECH_TOPICS = {("Мальчики", D(2026, 10, 19), 7): "Разметка заготовок из древесины",
               ("Мальчики", D(2026, 10, 19), 8): "Пиление древесины ножовкой",
               ("Девочки", D(2026, 10, 19), 7): "Машинные швы", ("Девочки", D(2026, 10, 19), 8): "Машинные швы"}
NO_TASK = {"Физическая культура", "ОБЗР", "Технология", "Индивидуальный проект"}
HOMEWORK_TEXT = {
    (D(2026, 10, 12), "Алгебра"): "№ 412, 415 (а, в); выучить формулы сокращённого умножения",
    (D(2026, 10, 14), "Русский язык"): "Дописать сочинение-рассуждение (упр. 212), черновик сдать",
    (D(2026, 10, 16), "Биология"): "§ 9, вопросы 1-5 письменно",
    (D(2026, 10, 19), "Алгебра"): "Работа над ошибками контрольной работы",
    (D(2026, 10, 21), "Русский язык"): "Упр. 241, 243; выделить причастные обороты",
}
FILES = {(D(2026, 10, 14), "Русский язык"): "памятка_сочинение-рассуждение.pdf"}

# marks (pupil, date, lesson number) -> [(value, control type, short, weight, comment)]; "н"/"оп" are absences
RU, DZ, SR, KR, UO = (("Работа на уроке", "РУ", 1), ("Проверка домашнего задания", "ДЗ", 1),
                      ("Самостоятельная работа", "СР", 2), ("Контрольная работа", "КР", 3),
                      ("Устный ответ", "УО", 1))


def m(value, kind=RU, comment=""):
    return (value, kind[0], kind[1], kind[2], comment)


MARKS = {
    ("48101", D(2026, 10, 12), 1): [m("5"), m("5", DZ)],
    ("48101", D(2026, 10, 12), 2): [m("4", SR)],
    ("48103", D(2026, 10, 12), 1): [m("оп")],
    ("48103", D(2026, 10, 12), 2): [m("4")],
    ("48102", D(2026, 10, 12), 3): [m("5", UO)],
    ("48104", D(2026, 10, 12), 3): [m("4", UO)],
    ("48104", D(2026, 10, 12), 8): [m("5", comment="аккуратный шов")],
    ("48102", D(2026, 10, 12), 8): [m("4")],
    ("48102", D(2026, 10, 13), 3): [m("2", SR, "не выполнена практическая часть")],
    ("48103", D(2026, 10, 13), 3): [m("5"), m("4", DZ)],
    ("48104", D(2026, 10, 13), 1): [m("н")],
    ("48101", D(2026, 10, 13), 4): [m("4", UO)],
    ("48101", D(2026, 10, 14), 2): [m("5", RU), m("4", DZ), m("5", SR, "сочинение: содержание 5, грамотность 4")],
    ("48104", D(2026, 10, 14), 3): [m("3"), m("3", DZ)],
    ("48102", D(2026, 10, 14), 1): [m("н")],
    ("48102", D(2026, 10, 14), 2): [m("н")],
    ("48103", D(2026, 10, 15), 5): [m("5", UO)],
    ("48102", D(2026, 10, 15), 8): [m("н")],
    ("48101", D(2026, 10, 15), 7): [m("5")],
    ("48104", D(2026, 10, 15), 6): [m("5", comment="защита темы проекта")],
    ("48103", D(2026, 10, 16), 4): [m("4")],
    ("48104", D(2026, 10, 16), 5): [m("5", UO)],
    ("48101", D(2026, 10, 19), 1): [m("5")],
    ("48101", D(2026, 10, 19), 2): [m("5", KR)],
    ("48102", D(2026, 10, 19), 2): [m("4", KR)],
    ("48103", D(2026, 10, 19), 1): [m("4"), m("3", DZ)],
    ("48103", D(2026, 10, 19), 2): [m("3", KR, "решено 3 задания из 5")],
    ("48104", D(2026, 10, 19), 2): [m("4", KR)],
    ("48101", D(2026, 10, 20), 1): [m("4")],
    ("48102", D(2026, 10, 20), 4): [m("5", UO)],
    ("48104", D(2026, 10, 20), 3): [m("5"), m("5", SR)],
    ("48103", D(2026, 10, 21), 2): [m("н")],
    ("48101", D(2026, 10, 21), 1): [m("4"), m("5", DZ)],
    ("48104", D(2026, 10, 22), 7): [m("4")],
    ("48103", D(2026, 10, 22), 6): [m("4", comment="паспорт проекта")],
    ("48102", D(2026, 10, 22), 3): [m("3")],
    ("48101", D(2026, 10, 23), 5): [m("5", UO)],
    ("48103", D(2026, 10, 23), 4): [m("5")],
}
# the journal's corrections entered on Sunday 18 Oct (step 05): a mark changed, a mark deleted, a task withdrawn
CORRECTED = {("48104", D(2026, 10, 14), 3, "2"): ("4", "исправлено после пересдачи")}
DELETED = {("48102", D(2026, 10, 13), 3, "1")}
SUB = "Лаптев Олег Игоревич (замена: Соболева Вера Николаевна)"

FINALS = {  # pupil -> subject -> quarter mark (getfinalassessments, pulled after the quarter)
    "48101": {"Алгебра": "5", "Русский язык": "5", "Английский язык": "4"},
    "48102": {"Алгебра": "4", "Информатика": "4", "Физическая культура": "5"},
    "48103": {"Алгебра": "4", "Информатика": "5", "Литература": "5"},
    "48104": {"Алгебра": "4", "Английский язык": "5", "Индивидуальный проект": "зч"},
}


def lesson_id(day: dt.date, num: int, group=None) -> str:
    suffix = {None: "0", 1: "1", 2: "2", "Девочки": "3", "Мальчики": "4"}[group]
    return f"60{day:%m%d}{num}{suffix}"  # digit 6 is the lesson number


def plan(day: dt.date, state: dict) -> list[int]:
    if day.weekday() > 4:
        return []
    nums = list(range(1, len(WEEK[day.weekday()]) + 1))
    if day == D(2026, 10, 22) and state.get("pe_single"):
        nums.remove(8)  # the PE teacher at the district competition: the double is a single lesson
    return nums


def homework_of(day: dt.date, num: int, subject: str, lid: str, state: dict) -> tuple[dict, list]:
    subjects = WEEK[day.weekday()]
    if subject in NO_TASK or (num > 1 and subjects[num - 2] == subject):
        return {}, []  # no task, or the second half of a double: the task is set on the first
    if (day, subject) == (D(2026, 10, 16), "Биология") and state.get("bio_withdrawn"):
        return {}, []
    text = HOMEWORK_TEXT.get((day, subject), f"{subject}: задание к {day:%d.%m}, упр. {day.day * 2 + num}")
    hw_id = int("7" + lid)
    files = []
    if (day, subject) in FILES:
        files = [{"toid": hw_id, "filename": FILES[(day, subject)], "link": f"https://tver48.eljur.ru/files/{hw_id}"}]
    return {str(hw_id): {"id": hw_id, "value": text, "individual": False}}, files


def assessment(pupil, day, lid, nm, value, ctype, short, weight, comment, state):
    if (pupil, day, int(lid[6]), nm) in CORRECTED and state.get("corrected"):
        value, comment = CORRECTED[(pupil, day, int(lid[6]), nm)]
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def item(pupil, day, num, state, pulled):
    subject = WEEK[day.weekday()][num - 1]
    group = PUPILS[pupil][SPLIT[subject]] if subject in SPLIT else None
    lid = lesson_id(day, num, group)
    start, end = BELLS[num]
    if group is not None:
        teacher, room, grp, grp_short = GROUP_TEACHERS[(subject, group)]
    else:
        teacher, room, grp, grp_short = T[subject], ROOMS.get(subject, "204"), None, None
    if (day, subject) == (D(2026, 10, 20), "Физика") and state.get("substitute"):
        teacher = SUB
    topic = TECH_TOPICS.get((group, day, num)) or TOPICS.get((day, num)) or f"{subject}: урок {day:%d.%m}"
    homework, files = homework_of(day, num, subject, lid, state)
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for nm, (value, ctype, short, weight, comment) in enumerate(MARKS.get((pupil, day, num), []), 1):
            if (pupil, day, num, str(nm)) in DELETED and state.get("corrected"):
                continue
            marks.append(assessment(pupil, day, lid, str(nm), value, ctype, short, weight, comment, state))
    out = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 10, "lesson_id": lid,
           "topic": topic, "is_control": topic.startswith("Контрольная"), "starttime": start + ":00",
           "endtime": end + ":00", "homework": homework, "files": files, "resources": [], "assessments": marks}
    if grp:
        out["grp"], out["grp_short"] = grp, grp_short
    return out


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def rec(request, body, pulled):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def title(pupil):
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil, first, last, state, pulled):
    days, day = {}, first
    while day <= last:
        nums = plan(day, state)
        if nums:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(pupil, day, n, state, pulled) for n in nums}}
        day += dt.timedelta(days=1)
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getrules(parent, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    tid, tl, tf, tm = HOMETEACHER
    students = {c: {"rel": "child", "name": c, "title": title(c), "lastname": PUPILS[c][0],
                    "firstname": PUPILS[c][1], "gender": PUPILS[c][2], "class": CLS, "parallel": "8", "city": "Тверь",
                    "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                              "getfinalassessments"]} for c in children}
    groups = {CLS: {"rel": "homeclass", "name": CLS, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Тверская область", "city": "Тверь", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 48", "title_full": "МБОУ «Гимназия № 48» г. Твери",
                                         "number": "48", "inn": "6950000048", "kpp": "695001001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil, pulled):
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None, "weeks": [{"start": "20261012", "end": "20261018", "title": "12.10 - 18.10"},
                                      {"start": "20261019", "end": "20261025", "title": "19.10 - 25.10"}]},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270322", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []},
    ]
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def getmarks(pupil, first, last, state, pulled):
    days = getdiary(pupil, first, last, state, pulled)["body"]["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for num in sorted(days[key]["items"], key=int):
            it = days[key]["items"][num]
            for a in it["assessments"]:
                a = dict(a)
                short, kind = a.pop("control_type_short"), a.pop("control_type")
                if a["count"]:
                    a["mtype"] = {"id": {"РУ": 1, "ДЗ": 2, "СР": 4, "КР": 3, "УО": 5}[short], "short": short,
                                  "type": kind}
                a.update(lesson_comment=it["topic"], max_mark=None)
                by_subject.setdefault(it["name"], []).append(a)
    lessons = []
    for subject in sorted(by_subject):
        counted = [a for a in by_subject[subject] if a["count"]]
        weight = sum(a["weight"] for a in counted)
        total = sum(a["convert"] * a["weight"] for a in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(4800 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), pulled)


def getfinalassessments(pupil, pulled):
    items = [{"name": s, "assessments": [{"period": "I", "value": v, "comment": ""}]}
             for s, v in sorted(FINALS[pupil].items())]
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 10, 12), D(2026, 10, 18), D(2026, 10, 19), D(2026, 10, 25)
    at = dt.datetime
    pupils = sorted(PUPILS)
    s0: dict = {}
    s1 = {"corrected": True, "bio_withdrawn": True}
    s2 = dict(s1, substitute=True, pe_single=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 11 Oct 19:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, at(2026, 10, 11, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(2026, 10, 11, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 11 Oct 19:10: getdiary of week 1 (12-18 Oct): the timetable and tasks, no marks yet",
         [getdiary(p, W1, W1E, s0, at(2026, 10, 11, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("03 Wed 14 Oct 20:00: week 1 with the marks of Monday to Wednesday",
         [getdiary(p, W1, W1E, s0, at(2026, 10, 14, 20, i)) for i, p in enumerate(pupils)])
    step("04 Fri 16 Oct 20:00: week 1 with the week's marks; week 2 first pull (Thursday 22: PE a double lesson, "
         "Tuesday 20: Физика with its own teacher)",
         [getdiary(p, W1, W1E, s0, at(2026, 10, 16, 20, i)) for i, p in enumerate(pupils)],
         [getdiary(p, W2, W2E, s0, at(2026, 10, 16, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("05 Sun 18 Oct 18:00: week 1 re-pulled after the weekend's corrections: a mark changed (nm 2 of a lesson "
         "with two marks), a mark deleted, Friday's Biology task withdrawn",
         [getdiary(p, W1, W1E, s1, at(2026, 10, 18, 18, i)) for i, p in enumerate(pupils)])
    step("06 Tue 20 Oct 07:30: week 2 re-pulled in the morning: Физика today with a substitute named beside the "
         "teacher; Thursday's PE double cut to one lesson (lesson 8 gone)",
         [getdiary(p, W2, W2E, s2, at(2026, 10, 20, 7, 30 + i)) for i, p in enumerate(pupils)])
    step("07 Fri 23 Oct 20:00: week 2 with the week's marks; getmarks of both weeks",
         [getdiary(p, W2, W2E, s2, at(2026, 10, 23, 20, i)) for i, p in enumerate(pupils)],
         [getmarks(p, W1, W2E, s2, at(2026, 10, 23, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("08 Mon 26 Oct 12:00: getfinalassessments after the quarter (1 четверть ends 25 Oct)",
         [getfinalassessments(p, at(2026, 10, 26, 12, i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Dense days (МБОУ «Гимназия № 48» г. Твери, 8Б, 12-23 October 2026): double lessons "
                              "with the task on the first half, several marks per pupil per lesson, a two-teacher "
                              "lesson and a substitute, eight-lesson days, parallel subgroups (English, Технология, "
                              "Информатика), a mark without attendance, an absence without a mark.",
               "school": {"timezone": "Europe/Moscow", "name": "МБОУ «Гимназия № 48» г. Твери"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
