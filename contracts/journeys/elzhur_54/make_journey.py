"""Write journey.json of elzhur_54: the end of a quarter as teachers really enter it (Eljur, Екатеринбург,
1 четверть 2026/27, pulled 18 Oct - 1 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast, the steps and the traps.

The journal is modelled as a set of mark entries, each visible in the answers pulled within its window
[shown_from, shown_to): a mark changed in place is two entries of the same lesson and ``nm`` with consecutive
windows, a mark moved to another lesson is two entries of two lessons, a deleted mark's window ends. Every answer
(getdiary, getmarks) is the journal as of its ``pulled_at``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb54", "5454"
D, T = dt.date, dt.datetime

PARENTS = {
    "54901": ("Ковалёва", "Наталья", "Игоревна", "female", ["54301", "54302"]),
    "54902": ("Шарипова", "Гульнара", "Рашидовна", "female", ["54303"]),
    "54903": ("Денисов", "Константин", "Олегович", "male", ["54304"]),
}
PUPILS = {
    "54301": ("Ковалёв", "Артём", "male"),
    "54302": ("Ковалёва", "Полина", "female"),
    "54303": ("Шарипов", "Тимур", "male"),
    "54304": ("Денисова", "Варвара", "female"),
}
CLASS = "8В"
HOMETEACHER = ("54611", "Воронцова", "Елена", "Михайловна")
TEACHER = {
    "Русский язык": "Воронцова Елена Михайловна", "Литература": "Воронцова Елена Михайловна",
    "Алгебра": "Кравец Игорь Семёнович", "Геометрия": "Кравец Игорь Семёнович",
    "Физика": "Лапина Оксана Викторовна", "Химия": "Гарипова Алсу Ринатовна", "Биология": "Гарипова Алсу Ринатовна",
    "География": "Гарипова Алсу Ринатовна", "История": "Мельников Денис Андреевич",
    "Обществознание": "Мельников Денис Андреевич", "Английский язык": "Чернова Ксения Павловна",
    "Информатика": "Юдин Роман Сергеевич", "Физическая культура": "Бобров Виталий Николаевич",
}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "302", "Информатика": "210", "Химия": "115",
        "Физика": "117", "Биология": "115", "География": "115"}
WEEK = {
    0: ["Алгебра", "Русский язык", "История", "Английский язык", "Физика", "Физическая культура"],
    1: ["Геометрия", "Литература", "Химия", "Физика", "Биология", "География"],
    2: ["Русский язык", "Алгебра", "Английский язык", "Информатика", "История", "Обществознание"],
    3: ["Химия", "Алгебра", "Русский язык", "Геометрия", "Литература", "Физическая культура"],
    4: ["Литература", "Английский язык", "Алгебра", "Биология", "Русский язык", "География"],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:30", "12:10"), 6: ("12:20", "13:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
Q1_START, Q1_END = D(2026, 9, 1), D(2026, 10, 25)
HOLIDAYS = [D(2026, 10, 26) + dt.timedelta(days=i) for i in range(7)]  # 26 Oct - 1 Nov
HOLIDAY_NAME = "Осенние каникулы"
HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", "История", "Английский язык", "Физика",
                     "Химия", "Биология", "География"}
WORK = {"РУ": (1, "Работа на уроке"), "КР": (3, "Контрольная работа"), "Д": (5, "Диктант"),
        "СОЧ": (6, "Сочинение"), "ПР": (4, "Практическая работа"), "Доклад": (7, "Доклад")}


def lesson_id(day: dt.date, num: int) -> str:
    return f"54{day:%y%m%d}{num}"


def topic(subject: str, day: dt.date) -> str:
    special = {(D(2026, 10, 23), "Русский язык"): "Итоговый диктант за 1 четверть",
               (D(2026, 9, 30), "Алгебра"): "Контрольная работа № 1 «Рациональные дроби»",
               (D(2026, 10, 21), "Алгебра"): "Контрольная работа № 2 «Квадратные корни»",
               (D(2026, 10, 20), "Химия"): "Практическая работа № 2 «Очистка загрязнённой поваренной соли»",
               (D(2026, 10, 22), "Химия"): "Чистые вещества и смеси: решение задач",
               (D(2026, 9, 10), "Литература"): "Сочинение по повести «Капитанская дочка»"}
    return special.get((day, subject), f"{subject}: тема урока {day:%d.%m}")


def homework_text(subject: str, day: dt.date, pulled: dt.datetime) -> str:
    if subject == "Литература" and day == D(2026, 10, 23):
        if pulled >= T(2026, 10, 27, 11, 0):
            return "На каникулы: прочитать «Ревизор» Н. В. Гоголя полностью, выписать реплики Хлестакова (к 2 ноября)"
        return "На каникулы: прочитать «Ревизор» Н. В. Гоголя, действия 1-3"
    return f"{subject}: § {day.day % 20 + 3}, упр. {day.day * 3 + len(subject)} (к следующему уроку)"


def entry(pupil, day, num, value, nm="1", short="РУ", weight=1, comment="", frm=None, to=None, countas=None):
    """A mark as the journal holds it from ``frm`` (default: the lesson's day, 15:00) until ``to``."""
    return {"pupil": pupil, "day": day, "num": num, "nm": nm, "value": value, "short": short, "weight": weight,
            "comment": comment, "from": frm or T(day.year, day.month, day.day, 15, 0), "to": to, "countas": countas}


# --- the marks ---------------------------------------------------------------------------------------------------
MOVE_CHEM = T(2026, 10, 23, 8, 10)        # Friday morning: the chemistry mark moved to Tuesday's practical
LATE_FIX = T(2026, 10, 27, 11, 0)          # Tuesday of the holiday week: corrections
MARKS = [
    # 30 Sep: 54303 absent at the Algebra test; the test written late (долг) on 22 Oct, entered under that lesson
    entry("54303", D(2026, 9, 30), 2, "н"),
    entry("54303", D(2026, 9, 30), 2, "3", nm="2", short="КР", weight=2, comment="контрольная написана 22.10 (долг)",
          frm=T(2026, 10, 22, 13, 20)),
    # 15 Sep: 54301's «2» in Geometry overwritten by the retake's «3» on 22 Oct (same nm)
    entry("54301", D(2026, 9, 15), 1, "2", to=T(2026, 10, 22, 14, 0)),
    entry("54301", D(2026, 9, 15), 1, "3", comment="пересдача 22.10", frm=T(2026, 10, 22, 14, 0)),
    # 24 Sep: 54304's «2» kept, the work on the mistakes added as a second mark of the lesson on 21 Oct
    entry("54304", D(2026, 9, 24), 3, "2", short="Д", weight=2),
    entry("54304", D(2026, 9, 24), 3, "4", nm="2", comment="работа над ошибками, сдана 21.10",
          frm=T(2026, 10, 21, 16, 0)),
    # the previous month's lessons, marked on the last days
    entry("54302", D(2026, 9, 10), 5, "5", short="СОЧ", weight=2, comment="сочинение проверено 23.10",
          frm=T(2026, 10, 23, 11, 0)),
    entry("54303", D(2026, 9, 28), 3, "4", short="Доклад", comment="доклад сдан 23.10", frm=T(2026, 10, 23, 12, 0)),
    # Mon 19 Oct
    entry("54301", D(2026, 10, 19), 1, "4"),
    entry("54303", D(2026, 10, 19), 3, "5"),
    entry("54304", D(2026, 10, 19), 4, "5"),
    entry("54302", D(2026, 10, 19), 5, "н"),
    # Tue 20 Oct
    entry("54302", D(2026, 10, 20), 1, "5"),
    entry("54301", D(2026, 10, 20), 2, "4"),
    entry("54304", D(2026, 10, 20), 3, "4", short="ПР", weight=2),
    entry("54302", D(2026, 10, 20), 3, "5", short="ПР", weight=2, frm=MOVE_CHEM),  # moved here from Thursday 22
    entry("54303", D(2026, 10, 20), 5, "3"),
    # Wed 21 Oct: the Algebra test
    entry("54301", D(2026, 10, 21), 1, "3"),
    entry("54301", D(2026, 10, 21), 2, "4", short="КР", weight=2),
    entry("54302", D(2026, 10, 21), 2, "5", short="КР", weight=2),
    entry("54303", D(2026, 10, 21), 2, "4", short="КР", weight=2),
    entry("54304", D(2026, 10, 21), 2, "4", short="КР", weight=2),
    entry("54304", D(2026, 10, 21), 4, "5"),
    entry("54303", D(2026, 10, 21), 6, "оп"),
    # Thu 22 Oct
    entry("54302", D(2026, 10, 22), 1, "5", short="ПР", weight=2, to=MOVE_CHEM),  # the wrong date
    entry("54302", D(2026, 10, 22), 2, "3", to=LATE_FIX),
    entry("54302", D(2026, 10, 22), 2, "4", comment="исправлено: ошибка при вводе", frm=LATE_FIX),
    entry("54301", D(2026, 10, 22), 4, "5"),
    entry("54303", D(2026, 10, 22), 3, "4"),
    entry("54304", D(2026, 10, 22), 5, "5"),
    entry("54303", D(2026, 10, 22), 6, "н"),
    # Fri 23 Oct: the final dictation, several marks in one lesson, a mark entered for the wrong pupil
    entry("54301", D(2026, 10, 23), 5, "4", short="Д", weight=2),
    entry("54301", D(2026, 10, 23), 5, "4-", nm="2", comment="грамматическое задание", countas="3.75"),
    entry("54302", D(2026, 10, 23), 5, "5", short="Д", weight=2),
    entry("54303", D(2026, 10, 23), 5, "3", short="Д", weight=2),
    entry("54304", D(2026, 10, 23), 5, "4", short="Д", weight=2),
    entry("54304", D(2026, 10, 23), 4, "2", to=LATE_FIX),  # another class's pupil's mark, deleted in the holidays
    entry("54302", D(2026, 10, 23), 2, "5"),
    entry("54303", D(2026, 10, 23), 1, "4"),
]
CYCLE = ["5", "4", "4", "3", "5", "4"]


def base_marks() -> list[dict]:
    """The quarter's ordinary marks before the last week (1 Sep - 16 Oct), one lesson in nine or so."""
    taken = {(m["pupil"], m["day"], m["num"]) for m in MARKS}
    out = []
    day = Q1_START
    while day <= D(2026, 10, 16):
        if day.weekday() < 5:
            for i, pupil in enumerate(sorted(PUPILS)):
                for num in range(1, 7):
                    if (day.toordinal() + 3 * num + 7 * i) % 9 == 0 and (pupil, day, num) not in taken:
                        value = CYCLE[(day.day + num + i) % 6]
                        short, weight = ("КР", 2) if (day.day + num) % 5 == 0 else ("РУ", 1)
                        out.append(entry(pupil, day, num, value, short=short, weight=weight))
        day += dt.timedelta(days=1)
    return out


ALL_MARKS = MARKS + base_marks()


def assessment(m: dict) -> dict:
    lid = lesson_id(m["day"], m["num"])
    if m["value"] in ("н", "оп"):
        return {"value": m["value"], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": m["day"].isoformat(), "lesson_id": lid,
                "nm": m["nm"], "comment": m["comment"]}
    return {"value": m["value"], "countas": m["countas"] or m["value"][0], "count": True,
            "convert": int(m["value"][0]), "weight": m["weight"], "weight_float": m["weight"],
            "control_type": WORK[m["short"]][1], "control_type_short": m["short"], "date": m["day"].isoformat(),
            "lesson_id": lid, "nm": m["nm"], "comment": m["comment"], "color_hex": None}


def shown(pulled: dt.datetime) -> dict[tuple[str, dt.date, int], list[dict]]:
    out: dict = {}
    for m in ALL_MARKS:
        if m["from"] <= pulled and (m["to"] is None or pulled < m["to"]):
            out.setdefault((m["pupil"], m["day"], m["num"]), []).append(m)
    for marks in out.values():
        marks.sort(key=lambda m: m["nm"])
    return out


def lessons_of(day: dt.date) -> list[tuple[int, str]]:
    if day in HOLIDAYS or day.weekday() > 4 or not (Q1_START <= day <= Q1_END):
        return []
    return list(enumerate(WEEK[day.weekday()], 1))


def item(pupil, day, num, subject, marks, pulled):
    lid = lesson_id(day, num)
    homework = {}
    if subject in HOMEWORK_SUBJECTS:
        hw_id = int("9" + lid)
        homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, day, pulled), "individual": False}
    start, end = BELLS[num]
    assessments = [assessment(m) for m in marks.get((pupil, day, num), [])]
    return {"num": str(num), "name": subject, "room": ROOM.get(subject, "204"), "teacher": TEACHER[subject],
            "sort": num * 100, "lesson_id": lid, "topic": topic(subject, day),
            "is_control": any(a["control_type_short"] in ("КР", "Д") for a in assessments) or "Контрольная" in topic(
                subject, day) or "диктант" in topic(subject, day),
            "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [], "resources": [],
            "assessments": assessments}


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+05:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def title(pupil):
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def getdiary(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    marks = shown(pulled)
    days = {}
    day = first
    while day <= last:
        key = f"{day:%Y%m%d}"
        if day in HOLIDAYS:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": HOLIDAY_NAME, "items": {}}
        elif lessons_of(day):
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(pupil, day, n, s, marks, pulled) for n, s in lessons_of(day)}}
        day += dt.timedelta(days=1)
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


SUBJECT_IDS = {s: str(5400 + i) for i, s in enumerate(sorted(TEACHER))}


def getmarks(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    by_subject: dict[str, list] = {}
    for (p, day, num), marks in sorted(shown(pulled).items(), key=lambda kv: (kv[0][1], kv[0][2])):
        if p != pupil or not (first <= day <= last):
            continue
        subject = WEEK[day.weekday()][num - 1]
        for m in marks:
            a = assessment(m)
            short, kind = a.pop("control_type_short"), a.pop("control_type")
            a.update(lesson_comment=topic(subject, day), max_mark=None)
            if short:
                a["mtype"] = {"id": WORK[short][0], "short": short, "type": kind}
            a.pop("color_hex", None)
            by_subject.setdefault(subject, []).append(a)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        weight = sum(m["weight"] for m in counted)
        total = sum(m["convert"] * m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": int(total / weight + 0.5) if weight else 0,
                        "lesson_id": SUBJECT_IDS[subject], "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


FINALS_19 = {
    "54301": {"Алгебра": "4", "Геометрия": "4", "Русский язык": "4", "Литература": "4", "История": "5",
              "Физическая культура": "5"},
    "54302": {"Алгебра": "5", "Геометрия": "5", "Русский язык": "5", "Литература": "5", "История": "4",
              "Физическая культура": "5"},
    "54303": {"Алгебра": "3", "Геометрия": "3", "Русский язык": "3", "Литература": "4", "История": "4",
              "Физическая культура": "осв"},
    "54304": {"Алгебра": "4", "Геометрия": "4", "Русский язык": "4", "Литература": "5", "История": "5",
              "Физическая культура": "5"},
}
FINAL_COMMENTS = {("54303", "Физическая культура"): "справка, освобождён до 15.11",
                  ("54301", "Алгебра"): "с учётом контрольной 21.10 и пересдачи"}
EVENING_FIX = T(2026, 10, 23, 21, 0)
HOLIDAY_FIX = T(2026, 10, 28, 10, 30)


def finals_at(pupil: str, pulled: dt.datetime) -> dict[str, str]:
    marks = dict(FINALS_19[pupil])
    if pulled >= EVENING_FIX:
        marks.update({"54301": {"Алгебра": "5"}, "54302": {"Геометрия": "4"}, "54304": {"Геометрия": "5"}}
                     .get(pupil, {}))
    if pulled >= HOLIDAY_FIX and pupil == "54303":
        marks["Русский язык"] = "4"  # the test written late counted: the teacher raises the quarter mark
    return marks


def getfinalassessments(pupil: str, pulled: dt.datetime) -> dict:
    items = [{"name": subject, "assessments": [{"period": "I", "value": value,
                                                "comment": FINAL_COMMENTS.get((pupil, subject), "")
                                                if not (pupil == "54301" and subject == "Алгебра" and value == "4")
                                                else ""}]}
             for subject, value in sorted(finals_at(pupil, pulled).items())]
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}})
    return rec(f"getfinalassessments?student={pupil}", body, pulled)


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLASS, "parallel": "8", "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getfinalassessments", "gethomework"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                      "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 54", "title_full": "МАОУ «Гимназия № 54» г. Екатеринбурга",
                                         "number": "54", "inn": "6661005454", "kpp": "667101001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261102", "end": "20261227", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270330", "end": "20270530", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def main() -> None:
    pupils = sorted(PUPILS)
    mon, sun = D(2026, 10, 19), D(2026, 10, 25)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def week(y, m, d, hh, mm):
        return [getdiary(p, mon, sun, T(y, m, d, hh, mm + i)) for i, p in enumerate(pupils)]

    step("01 Sun 18 Oct 19:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, T(2026, 10, 18, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, T(2026, 10, 18, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Mon 19 Oct 20:00: the daily pull, getdiary of the current week (19-25 Oct)", week(2026, 10, 19, 20, 0))
    step("03 Tue 20 Oct 20:00: the daily pull", week(2026, 10, 20, 20, 0))
    step("04 Wed 21 Oct 20:00: the daily pull; getmarks of the whole quarter (the journal's averages before the rush)",
         week(2026, 10, 21, 20, 0),
         [getmarks(p, D(2026, 9, 1), D(2026, 10, 25), T(2026, 10, 21, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("05 Thu 22 Oct 20:00: the daily pull: 54302's Chemistry practical marked on Thursday 22 (the wrong date); "
         "the back-dated marks of September entered today are outside the week's range", week(2026, 10, 22, 20, 0))
    step("06 Fri 23 Oct 19:00: the daily pull (the Chemistry mark moved to Tuesday 20); the quarter marks as first "
         "entered (getfinalassessments of three pupils; 54301's answer fails and is retried later)",
         week(2026, 10, 23, 19, 0),
         [getfinalassessments(p, T(2026, 10, 23, 19, 10 + i)) for i, p in enumerate(pupils) if p != "54301"])
    step("07 Fri 23 Oct 21:30: the quarter marks changed the same evening; then 54301's 19:10 answer, retried, "
         "delivered after them",
         [getfinalassessments(p, T(2026, 10, 23, 21, 30 + i)) for i, p in enumerate(pupils)],
         [getfinalassessments("54301", T(2026, 10, 23, 19, 10))])
    step("08 Sat 24 Oct 10:00: getmarks of the whole quarter (the journal's averages after the rush, with the "
         "back-dated marks)",
         [getmarks(p, D(2026, 9, 1), D(2026, 10, 25), T(2026, 10, 24, 10, i)) for i, p in enumerate(pupils)])
    step("09 Mon 26 Oct 20:00: the daily pull of the holiday week (26 Oct - 1 Nov): every day `vacation`",
         [getdiary(p, D(2026, 10, 26), D(2026, 11, 1), T(2026, 10, 26, 20, i)) for i, p in enumerate(pupils)])
    step("10 Sun 1 Nov 20:00: the end-of-quarter pull of the whole quarter: getdiary and getmarks 1 Sep - 25 Oct "
         "(with the holiday week's corrections of 27 Oct), getfinalassessments (54303's Russian raised on 28 Oct)",
         [getdiary(p, D(2026, 9, 1), D(2026, 10, 25), T(2026, 11, 1, 20, i)) for i, p in enumerate(pupils)],
         [getmarks(p, D(2026, 9, 1), D(2026, 10, 25), T(2026, 11, 1, 20, 10 + i)) for i, p in enumerate(pupils)],
         [getfinalassessments(p, T(2026, 11, 1, 20, 20 + i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "The end of a quarter as teachers really enter it (МАОУ «Гимназия № 54» "
                              "г. Екатеринбурга, 8В, 1 четверть 2026/27): marks entered at once on the last three "
                              "days, back-dated to September's lessons (a test written late, a retake, an essay "
                              "checked late), a mark entered on the wrong date and moved, quarter marks changed the "
                              "same evening, the journal's averages before and after, and the autumn holiday week "
                              "with corrections still arriving.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 54» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
