"""Write journey.json of elzhur_47: academic debt, retakes and appeals (Eljur, Казань, 2026/27 into 2027/28).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn-lyc47", "4747"
D = dt.date

PARENTS = {
    "47901": ("Петрова", "Ирина", "Валерьевна", "female", ["47801"]),
    "47902": ("Сафин", "Ринат", "Ильдусович", "male", ["47802"]),
    "47903": ("Козлова", "Марина", "Сергеевна", "female", ["47803"]),
    "47904": ("Зайцева", "Ольга", "Николаевна", "female", ["47804"]),
}
PUPILS = {
    "47801": ("Петров", "Артём", "male"),
    "47802": ("Сафина", "Алия", "female"),
    "47803": ("Козлова", "Вера", "female"),
    "47804": ("Зайцев", "Никита", "male"),
}
HOMETEACHER = {"8Б": ("47611", "Гарипова", "Лейсан", "Рустемовна"),
               "9Б": ("47612", "Мухаметов", "Айдар", "Ильдарович")}
TEACHER = {
    "Русский язык": "Гарипова Лейсан Рустемовна", "Литература": "Гарипова Лейсан Рустемовна",
    "Алгебра": "Никитина Светлана Павловна", "Геометрия": "Никитина Светлана Павловна",
    "Физика": "Мухаметов Айдар Ильдарович", "Английский язык": "Сорокина Елена Андреевна",
    "История": "Валиев Марат Ренатович", "Обществознание": "Валиев Марат Ренатович",
    "Биология": "Лаптева Ольга Игоревна", "География": "Лаптева Ольга Игоревна", "Химия": "Лаптева Ольга Игоревна",
    "Информатика": "Шарипов Тимур Фаритович", "Физическая культура": "Белоусов Константин Олегович",
    "Разговоры о важном": "Мухаметов Айдар Ильдарович",
}
WEEK = {  # weekday -> subjects by lesson number
    "8Б": {0: ["Русский язык", "Алгебра", "История", "Английский язык", "Физика", "Физическая культура"],
           1: ["Геометрия", "Литература", "Физика", "Русский язык", "Биология", "География"],
           2: ["Алгебра", "Английский язык", "Литература", "Химия", "Информатика", "Физическая культура"],
           3: ["Русский язык", "Физика", "Алгебра", "История", "Английский язык"],
           4: ["Геометрия", "Алгебра", "Литература", "Английский язык", "Химия"]},
    "9Б": {0: ["Разговоры о важном", "Алгебра", "Русский язык", "Физика", "Английский язык", "История"],
           1: ["Геометрия", "Химия", "Литература", "Алгебра", "Биология", "Физическая культура"],
           2: ["Русский язык", "Алгебра", "Физика", "Обществознание", "Английский язык", "Литература"],
           3: ["Геометрия", "Химия", "Русский язык", "Информатика", "История"],
           4: ["Алгебра", "Литература", "Английский язык", "Физика", "Физическая культура"]},
}
ROOMS = {"Физическая культура": "спортзал", "Английский язык": "312", "Физика": "205", "Химия": "207",
         "Биология": "207", "География": "207", "Информатика": "301"}
BELLS = {1: ("08:00", "08:45"), 2: ("08:55", "09:40"), 3: ("10:00", "10:45"), 4: ("11:05", "11:50"),
         5: ("12:00", "12:45"), 6: ("12:55", "13:40")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", "Физика", "Английский язык", "История"}

# marks given (pupil, date, subject) -> list of mark kwargs
MARKS = {
    ("47801", D(2027, 5, 17), "Алгебра"): [dict(value="н", comment="по болезни, справка от врача")],
    ("47801", D(2027, 5, 18), "Физика"): [dict(value="3", comment="ликвидирует пробелы III четверти")],
    ("47801", D(2027, 5, 20), "Физика"): [dict(value="4", ctype="Лабораторная работа", short="ЛР", weight=2)],
    ("47801", D(2027, 5, 21), "Алгебра"): [dict(value="3", ctype="Контрольная работа", short="КР", weight=3)],
    ("47802", D(2027, 5, 18), "Русский язык"): [dict(value="3")],
    ("47802", D(2027, 5, 19), "Алгебра"): [dict(value="2", ctype="Контрольная работа", short="КР", weight=3,
                                                 comment="итоговая контрольная работа за год")],
    ("47802", D(2027, 5, 20), "Английский язык"): [dict(value="4")],
    ("47803", D(2027, 5, 18), "Геометрия"): [dict(value="3", ctype="Самостоятельная работа", short="СР", weight=2)],
    ("47803", D(2027, 5, 19), "Литература"): [dict(value="5", comment="выразительное чтение наизусть")],
    ("47803", D(2027, 5, 21), "Английский язык"): [dict(value="4")],
    ("47804", D(2027, 5, 17), "Русский язык"): [dict(value="4")],
    ("47804", D(2027, 5, 20), "Физика"): [dict(value="5", ctype="Лабораторная работа", short="ЛР", weight=2)],
    ("47804", D(2027, 5, 20), "История"): [dict(value="оп")],
    ("47804", D(2027, 5, 21), "Геометрия"): [dict(value="5"), dict(value="4", nm="2", comment="у доски")],
    ("47802", D(2027, 9, 6), "Алгебра"): [dict(value="4", ctype="Входная контрольная работа", short="ВКР", weight=2,
                                                comment="повторение курса 8 класса")],
    ("47803", D(2027, 9, 8), "Русский язык"): [dict(value="5")],
    ("47804", D(2027, 9, 7), "Геометрия"): [dict(value="4")],
    ("47801", D(2027, 9, 6), "Физика"): [dict(value="4")],
    ("47801", D(2027, 9, 2), "Геометрия"): [dict(value="н")],
}
MTYPE = {"РУ": 1, "КР": 3, "ЛР": 4, "СР": 5, "ВКР": 6, "ПЕР": 9}

SUBJECTS_FINAL = ["Алгебра", "Геометрия", "Русский язык", "Литература", "Физика", "Английский язык"]
# pupil -> subject -> (I, II, III, IV, Г) as the journal holds them at the end of May 2027
FINALS = {
    "47801": {"Алгебра": ["4", "3", "н/а", "3", "3"], "Геометрия": ["4", "4", "3", "3", "3"],
              "Русский язык": ["4", "4", "н/а", "4", "4"], "Литература": ["5", "4", "4", "4", "4"],
              "Физика": ["3", "3", "н/а", "2", "н/а"], "Английский язык": ["4", "4", "4", "4", "4"]},
    "47802": {"Алгебра": ["3", "3", "3", "2", "2"], "Геометрия": ["3", "3", "3", "3", "3"],
              "Русский язык": ["3", "4", "3", "3", "3"], "Литература": ["4", "4", "4", "4", "4"],
              "Физика": ["3", "4", "3", "3", "3"], "Английский язык": ["4", "4", "4", "4", "4"]},
    "47803": {"Алгебра": ["5", "5", "5", "5", "5"], "Геометрия": ["5", "4", "5", "4", "4"],
              "Русский язык": ["4", "4", "4", "4", "4"], "Литература": ["5", "5", "5", "5", "5"],
              "Физика": ["4", "5", "4", "4", "4"], "Английский язык": ["5", "5", "5", "4", "5"]},
    "47804": {"Алгебра": ["4", "4", "4", "4", "4"], "Геометрия": ["4", "4", "5", "5", "5"],
              "Русский язык": ["4", "4", "4", "4", "4"], "Литература": ["5", "5", "5", "5", "4"],
              "Физика": ["5", "5", "5", "5", "5"], "Английский язык": ["4", "3", "4", "4", "4"]},
}
COMMENTS = {
    ("47801", "Алгебра", "III"): "не аттестован: пропуск более 50% уроков по болезни (справка)",
    ("47801", "Русский язык", "III"): "не аттестован: пропуск более 50% уроков по болезни (справка)",
    ("47801", "Физика", "III"): "не аттестован: пропуск более 50% уроков по болезни (справка)",
    ("47801", "Физика", "Г"): "академическая задолженность; пересдача назначена на 24.06.2027",
    ("47802", "Алгебра", "IV"): "итоговая контрольная работа не написана на положительную оценку",
    ("47802", "Алгебра", "Г"): "академическая задолженность; условно переведена в 9 класс "
                               "(протокол педсовета № 11 от 28.05.2027)",
}
PERIOD_NAMES = ["I", "II", "III", "IV", "Г"]


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{day:%y%m%d}{num}{cls[0]}"


def topic(subject: str, day: dt.date) -> str:
    return f"{subject}: урок {day:%d.%m.%Y}"


def homework_text(subject: str, day: dt.date) -> str:
    return f"{subject}: к следующему уроку, § {day.day % 9 + 3}, упр. {day.day * 2 + len(subject)}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def class_of(day: dt.date) -> str:
    return "8Б" if day < D(2027, 9, 1) else "9Б"


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def title(pupil: str) -> str:
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def item(cls, day, num, subject, pupil, state, pulled):
    lid = lesson_id(cls, day, num)
    start, end = BELLS[num]
    homework = {}
    if subject in HOMEWORK_SUBJECTS:
        hw_id = int("9" + lid[:-1])
        text = homework_text(subject, day)
        if state.get("sep_fix") and cls == "9Б" and day == D(2027, 9, 7) and subject == "Алгебра":
            text = "Алгебра: № 14, 17, 21 (повторение: квадратные уравнения); тетрадь сдать в четверг"
        homework[str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for kw in MARKS.get((pupil, day, subject), []):
            kw = dict(kw)
            if state.get("drop_17may") and pupil == "47804" and day == D(2027, 5, 17) and subject == "Русский язык":
                continue
            marks.append(mark(day=day, lid=lid, **kw))
    return {"num": str(num), "name": subject, "room": ROOMS.get(subject, "214" if cls == "8Б" else "216"),
            "teacher": TEACHER[subject], "sort": num * 100, "lesson_id": lid, "topic": topic(subject, day),
            "is_control": any(m.get("weight", 0) >= 3 for m in marks), "starttime": start + ":00",
            "endtime": end + ":00", "homework": homework, "files": [], "resources": [], "assessments": marks}


def diary_days(pupil, first, last, state, pulled):
    days, day = {}, first
    while day <= last:
        key = f"{day:%Y%m%d}"
        cls = class_of(day)
        if day.weekday() < 5:
            subjects = list(WEEK[cls][day.weekday()])
            items = {}
            for n, s in enumerate(subjects, 1):
                if state.get("sep_fix") and day == D(2027, 9, 8) and s == "Физика":
                    continue  # the physics teacher is on a course that day: the lesson is taken off the timetable
                items[str(n)] = item(cls, day, n, s, pupil, state, pulled)
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
        day += dt.timedelta(days=1)
    return days


def getdiary(pupil, first, last, state, pulled):
    days = diary_days(pupil, first, last, state, pulled)
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                               "days": days}}}), pulled)


def getdiary_retake(pulled):
    """47801's own diary of the retake day: a summer-holiday day whose items hold the retake (A.3 Day)."""
    day, lid = D(2027, 6, 24), "27062418"
    it = {"num": "1", "name": "Физика", "room": "205", "teacher": TEACHER["Физика"], "sort": 100,
          "grp": "Пересдача", "grp_short": "пер.", "lesson_id": lid,
          "topic": "Пересдача: ликвидация академической задолженности по физике за 2026/27 учебный год",
          "is_control": True, "starttime": "10:00:00", "endtime": "10:45:00", "homework": {}, "files": [],
          "resources": [],
          "assessments": [mark("3", day, lid, comment="пересдача принята комиссией (протокол № 3)",
                               ctype="Пересдача", short="ПЕР", weight=1)]}
    days = {"20270624": {"name": "20270624", "title": "Четверг", "alert": "vacation", "holiday_name": "Летние каникулы",
                         "items": {"1": it}}}
    return rec("getdiary?student=47801&days=20270624-20270624&rings=__yes",
               envelope({"students": {"47801": {"name": "47801", "title": title("47801"), "parent_signed": False,
                                                 "days": days}}}), pulled)


def getmarks(pupil, first, last, state, pulled):
    days = diary_days(pupil, first, last, state, pulled)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                if state.get("geom_fix") and pupil == "47803" and m["date"] == "2027-05-18" and it["name"] == "Геометрия":
                    m.update(value="4", countas="4", convert=4, comment="исправлено: ошибка при выставлении оценки")
                if short:
                    m["mtype"] = {"id": MTYPE.get(short, 1), "short": short, "type": kind}
                m.update(lesson_comment=it["topic"], max_mark=None)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(4700 + SUBJECTS_ORDER.index(subject)), "color_hex": None,
                        "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), pulled)


SUBJECTS_ORDER = sorted(TEACHER)


def finals(pupil, upto: int, pulled, overrides=None, days=None):
    overrides = overrides or {}
    items = []
    for subject in SUBJECTS_FINAL:
        row = []
        for i, period in enumerate(PERIOD_NAMES[:upto]):
            value = overrides.get((subject, period), FINALS[pupil][subject][i])
            comment = overrides.get((subject, period, "comment"), COMMENTS.get((pupil, subject, period), ""))
            cell = {"period": period, "value": value, "comment": comment}
            if value[0].isdigit():
                cell["convert"] = int(value[0])
            row.append(cell)
        items.append({"name": subject, "assessments": row})
    request = f"getfinalassessments?student={pupil}" + (f"&days={days}" if days else "")
    return rec(request, envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}),
               pulled)


def finals_next_year(pupil, pulled):
    items = [{"name": s, "assessments": []} for s in SUBJECTS_FINAL]
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def getrules(parent, cls, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER[cls]
    groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                   "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                   "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 47", "title_full": "МАОУ «Лицей № 47» г. Казани",
                                         "number": "47", "inn": "1657000047", "kpp": "165701001"}]}}
    return rec("getrules", envelope(result), pulled)


PERIODS = {
    2026: [("I", "1 четверть", "20260901", "20261025"), ("II", "2 четверть", "20261105", "20261229"),
           ("III", "3 четверть", "20270111", "20270321"), ("IV", "4 четверть", "20270401", "20270528")],
    2027: [("I", "1 четверть", "20270901", "20271024"), ("II", "2 четверть", "20271103", "20271228"),
           ("III", "3 четверть", "20280110", "20280319"), ("IV", "4 четверть", "20280330", "20280526")],
}


def getperiods(pupil, year, pulled):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None}
               for n, f, s, e in PERIODS[year]]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True})
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def at(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def main() -> None:
    pupils, parents = sorted(PUPILS), sorted(PARENTS)
    may1, may2 = D(2027, 5, 17), D(2027, 5, 21)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Mon 15 Mar 2027 18:00: getrules of the four parents (8Б), getperiods of the four pupils (2026/27)",
         [getrules(p, "8Б", at(2027, 3, 15, 18, i)) for i, p in enumerate(parents)]
         + [getperiods(p, 2026, at(2027, 3, 15, 18, 10 + i)) for i, p in enumerate(pupils)])
    step("02 Fri 26 Mar 2027 17:00: quarter III closed: getfinalassessments I-III (47801 «н/а» after his illness)",
         [finals(p, 3, at(2027, 3, 26, 17, i), overrides={("Русский язык", "III"): "3"} if p == "47803" else None)
          for i, p in enumerate(pupils)])
    step("03 Fri 2 Apr 2027 16:00: the appeal: 47803's III Russian raised from 3 to 4 by the conflict commission",
         [finals("47803", 3, at(2027, 4, 2, 16, 0), overrides={
             ("Русский язык", "III", "comment"): "изменено по решению конфликтной комиссии (апелляция) от 01.04.2027"})])
    step("04 Fri 21 May 2027 19:00: getdiary of the week 17-21 May with its marks",
         [getdiary(p, may1, may2, {}, at(2027, 5, 21, 19, i)) for i, p in enumerate(pupils)])
    appeal = {("Русский язык", "III", "comment"): "изменено по решению конфликтной комиссии (апелляция) от 01.04.2027"}
    step("05 Fri 28 May 2027 19:00: the year closed: getfinalassessments I-IV and Г; getmarks of quarter IV",
         [finals(p, 5, at(2027, 5, 28, 19, i), overrides=appeal if p == "47803" else None)
          for i, p in enumerate(pupils)]
         + [getmarks(p, D(2027, 4, 1), D(2027, 5, 28), {}, at(2027, 5, 28, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("06 Thu 3 Jun 2027 16:30: 47804's year Literature corrected the second time (3 -> 5), delivered first",
         [finals("47804", 5, at(2027, 6, 3, 16, 30), overrides={
             ("Литература", "Г"): "5",
             ("Литература", "Г", "comment"): "исправлено повторно: решение педсовета от 03.06.2027"})])
    step("07 Tue 1 Jun 2027 09:30: 47804's first correction (4 -> 3, a slip), held by a relay and delivered late",
         [finals("47804", 5, at(2027, 6, 1, 9, 30), overrides={
             ("Литература", "Г"): "3", ("Литература", "Г", "comment"): "исправлено"})])
    step("08 Thu 10 Jun 2027 12:00: closed quarter IV changed late: 47803's Geometry of 18 May 3 -> 4 (getmarks), "
         "47804's Russian of 17 May deleted (getdiary of that week)",
         [getmarks("47803", D(2027, 4, 1), D(2027, 5, 28), {"geom_fix": True}, at(2027, 6, 10, 12, 0)),
          getdiary("47804", may1, may2, {"drop_17may": True}, at(2027, 6, 10, 12, 5))])
    step("09 Thu 24 Jun 2027: the summer retake of 47801 in Physics: his diary of the day (a holiday with the retake "
         "lesson), then getfinalassessments on the 25th (Г н/а -> 3)",
         [getdiary_retake(at(2027, 6, 24, 15, 0)),
          finals("47801", 5, at(2027, 6, 25, 10, 0), overrides={
              ("Физика", "Г"): "3",
              ("Физика", "Г", "comment"): "пересдача 24.06.2027: академическая задолженность ликвидирована"})])
    step("10 Mon 30 Aug 2027 20:00: the new school year: getrules (9Б, new class teacher), getperiods of 2027/28",
         [getrules(p, "9Б", at(2027, 8, 30, 20, i)) for i, p in enumerate(parents)]
         + [getperiods(p, 2027, at(2027, 8, 30, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("11 Fri 3 Sep 2027 18:00: first pulls of 2027/28: getdiary 1-10 Sep",
         [getdiary(p, D(2027, 9, 1), D(2027, 9, 10), {}, at(2027, 9, 3, 18, i)) for i, p in enumerate(pupils)])
    step("12 Fri 10 Sep 2027 19:00: getdiary 6-10 Sep (Wednesday's Physics taken off, Tuesday's Algebra task "
         "re-texted); getfinalassessments of 2027/28 (nothing set yet)",
         [getdiary(p, D(2027, 9, 6), D(2027, 9, 10), {"sep_fix": True}, at(2027, 9, 10, 19, i))
          for i, p in enumerate(pupils)]
         + [finals_next_year(p, at(2027, 9, 10, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("13 Mon 13 Sep 2027: history pushed late: 47802's August retake in Algebra (pulled Fri 27 Aug 14:00, "
         "getfinalassessments with the 2026/27 `days`)",
         [finals("47802", 5, at(2027, 8, 27, 14, 0), days="20260901-20270831", overrides={
             ("Алгебра", "Г"): "3",
             ("Алгебра", "Г", "comment"): "пересдача 27.08.2027 (комиссия): академическая задолженность ликвидирована"})])
    journey = {"vendor": "elzhur",
               "description": "Academic debt, retakes and appeals (МАОУ «Лицей № 47» г. Казани, 8Б of 2026/27 into "
                              "9Б of 2027/28): «н/а» after an illness, a «2» for the year and a conditional transfer, "
                              "an appeal of a closed quarter, a year mark corrected twice (delivered out of order), "
                              "closed-quarter marks changed and deleted in June, two summer retakes, and the next "
                              "school year's first pulls.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 47» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
