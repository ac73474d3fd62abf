#!/usr/bin/env python3
"""Generate journey.json for the seventh Eljur corpus: Школа № 44 (vendor sch44, Тула), the pupil 81501 Лебедева
Ульяна seen through her own login and later her mother's, across the year's seams: the winter holidays and the new
calendar year (2025-12-22 .. 2026-01-16), the end of school year 2025/26 (late May 2026) and the start of 2026/27
(September 2026, the pupil now in 7Б, while next year's cohort takes the name 6В).

Standard library only, deterministic. Shapes from /work/shared/reference/elzhur_mesh.md Part A and the client
models its Part C cites (BetterJournal/EljurAPI src/diary/DiaryItemModel.ts, DiaryDayModel.ts,
src/personal/UserRules.ts); every value is invented."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = "devkey=7c1e0a9b2d3f4e5a6b7c8d9e0f1a2b3c&vendor=sch44&auth_token=tok-sch44"
RULES = ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods", "getschedule"]
SCHOOL = [{"title": "Школа № 44", "title_full": "МБОУ «Центр образования № 44» г. Тулы", "number": "44",
           "inn": "7105000444", "kpp": "710501001"}]
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

# --- the cast ---------------------------------------------------------------------------------------------------
PUPILS = {"81501": ("Лебедева Ульяна", "Лебедева", "Ульяна", "female"),
          "81777": ("Лебедев Марк", "Лебедев", "Марк", "male"),
          "81502": ("Сафин Тимур", "Сафин", "Тимур", "male"),
          "81601": ("Яковлева Зоя", "Яковлева", "Зоя", "female")}
HOMECLASS = {  # class name, school year -> (class teacher, id, parallel)
    ("6В", 2025): ("Громова Алла Викторовна", "50311", 6), ("2А", 2025): ("Пахомова Зинаида Ивановна", "50201", 2),
    ("7Б", 2026): ("Фёдоров Константин Ильич", "50412", 7), ("3А", 2026): ("Пахомова Зинаида Ивановна", "50201", 3),
    ("6В", 2026): ("Никитина Дарья Львовна", "50315", 6)}
TEACH = {"Математика": ("Зайцев Пётр Андреевич", "301"), "Алгебра": ("Зайцев Пётр Андреевич", "301"),
         "Геометрия": ("Зайцев Пётр Андреевич", "301"), "История": ("Мельников Олег Юрьевич", "112"),
         "Биология": ("Соколова Нина Павловна", "215"), "Английский язык": ("Ким Виктория Сергеевна", "307"),
         "Физика": ("Белоусов Артём Викторович", "310")}
RUSSIAN = {("6В", 2025): ("Громова Алла Викторовна", "204"), ("7Б", 2026): ("Фёдоров Константин Ильич", "206"),
           ("6В", 2026): ("Никитина Дарья Львовна", "203")}
WEEK = {  # class, school year -> subjects by weekday (Mon..Fri), lessons 1..4
    ("6В", 2025): [["Математика", "Русский язык", "История", "Английский язык"],
                   ["Русский язык", "Математика", "Биология", "Английский язык"],
                   ["Математика", "История", "Русский язык", "Биология"],
                   ["Английский язык", "Математика", "Русский язык", "История"],
                   ["Биология", "Русский язык", "Математика", "История"]],
    ("7Б", 2026): [["Алгебра", "Русский язык", "Физика", "История"],
                   ["Геометрия", "Алгебра", "Русский язык", "Физика"],
                   ["Русский язык", "История", "Алгебра", "Геометрия"],
                   ["Физика", "Алгебра", "История", "Русский язык"],
                   ["Алгебра", "Геометрия", "Русский язык", "История"]],
    ("6В", 2026): [["Математика", "Русский язык", "Биология", "История"],
                   ["Русский язык", "Математика", "Английский язык", "Биология"],
                   ["Математика", "Биология", "Русский язык", "Английский язык"],
                   ["История", "Математика", "Русский язык", "Английский язык"],
                   ["Математика", "Русский язык", "История", "Биология"]]}
BELLS = {2025: [("08:00", "08:45"), ("08:55", "09:40"), ("10:00", "10:45"), ("11:05", "11:50")],
         2026: [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15"), ("11:35", "12:20")]}
TOPIC = {"Математика": "Действия с обыкновенными дробями", "Русский язык": "Имя прилагательное",
         "История": "Русь в XII–XIII веках", "Биология": "Строение цветка", "Английский язык": "Winter holidays",
         "Алгебра": "Линейные уравнения", "Геометрия": "Начальные геометрические сведения",
         "Физика": "Физические величины и их измерение"}
TOPIC_DAY = {("20251222", 1): "Сложение дробей с разными знаменателями", ("20251226", 3): "Итоговое повторение за полугодие",
             ("20260112", 1): "Умножение дробей", ("20260529", 3): "Итоговый урок за год",
             ("20260901", 2): "Введение в алгебру", ("20260907", 1): "Выражения с переменными",
             ("20260908", 1): "Точка, прямая, отрезок"}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def ymd(d):
    return d.strftime("%Y%m%d")


def school_year(day):
    return day.year - (1 if day.month < 8 else 0)


def group_of(cls, year):
    name, tid, par = HOMECLASS[(cls, year)]
    last, first, mid = name.split()
    return {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": par, "balls": 5,
            "hometeacher_id": tid, "hometeacher_name": name, "hometeacher_lastname": last,
            "hometeacher_firstname": first, "hometeacher_middlename": mid}


def user(uid, title, gender):
    last, first, *mid = title.split()
    return {"id": uid, "name": uid, "title": title, "lastname": last, "firstname": first,
            "middlename": mid[0] if mid else "", "gender": gender, "email": "", "region": "Тульская область",
            "city": "Тула", "vendor": "sch44", "vendor_id": 7144}


def student_rules(sid, cls, year):
    p = PUPILS[sid]
    return ok({"roles": ["student"], "relations": {"groups": {cls: group_of(cls, year)}, "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
               **user(sid, p[0], p[3])})


def parent_rules(uid, title, kids, year):
    students = {sid: {"rules": RULES, "rel": "child", "name": sid, "title": PUPILS[sid][0],
                      "lastname": PUPILS[sid][1], "firstname": PUPILS[sid][2], "gender": PUPILS[sid][3],
                      "class": cls, "parallel": str(HOMECLASS[(cls, year)][2]), "city": "Тула"} for sid, cls in kids}
    groups = {cls: group_of(cls, year) for _, cls in kids}
    return ok({"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
               **user(uid, title, "female")})


def lesson_id(cls, day, num):
    base = {"6В": 600000, "7Б": 700000}[cls] + (50000 if school_year(day) == 2026 and cls == "6В" else 0)
    return str(base + (day - dt.date(2025, 9, 1)).days * 10 + num)


def subject(cls, day, num):
    return WEEK[(cls, school_year(day))][day.weekday()][num - 1]


def item(cls, day, num, rings, seconds=False, topic=True):
    year = school_year(day)
    subj = subject(cls, day, num)
    teacher, room = RUSSIAN[(cls, year)] if subj == "Русский язык" else TEACH[subj]
    it = {"num": str(num), "name": subj, "room": room, "teacher": teacher, "sort": num * 100,
          "lesson_id": lesson_id(cls, day, num), "is_control": False}
    if topic:
        it["topic"] = TOPIC_DAY.get((ymd(day), num), TOPIC[subj])
    if rings:
        s, e = BELLS[year][num - 1]
        it["starttime"], it["endtime"] = (s + ":00", e + ":00") if seconds else (s, e)
    return it


def mark(value, day, lid, nm="1", weight=1, ctype="Работа на уроке", short="РУ", comment="", convert=None):
    absent = value in ("н", "Н", "оп", "ОП", "уп", "б")
    if absent:
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    c = convert if convert is not None else int(value[0])
    return {"value": value, "countas": str(c), "count": True, "convert": c, "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def hw(hid, text, individual=False):
    return {"id": hid, "value": text, "individual": individual}


D = dt.date


def days_between(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


# --- the journal's content ----------------------------------------------------------------------------------------
# (pupil's class, date, lesson number) -> marks / homework, by version ("dec": as first pulled, "jan": corrected)
def marks_of(cls, day, num, version):
    if cls == "6В" and school_year(day) == 2026:
        return []  # next year's 6В: no marks in this journey
    lid = lesson_id(cls, day, num)
    k = (ymd(day), num)
    table = {
        ("20251222", 1): [mark("5", day, lid)],
        ("20251223", 2): [mark("4", day, lid, weight=2, ctype="Самостоятельная работа", short="СР")],
        ("20251224", 3): [mark("3", day, lid, weight=2, ctype="Диктант", short="Д")] if version == "dec" else
        [mark("4", day, lid, weight=2, ctype="Диктант", short="Д", comment="Исправлено после работы над ошибками")],
        ("20251225", 1): [mark("н", day, lid)] if version == "dec" else [mark("уп", day, lid, comment="Справка")],
        ("20251226", 1): [mark("4", day, lid)],
        ("20251226", 4): [mark("5-", day, lid, convert=5, ctype="Ответ на уроке", short="ОУ")],
        ("20260112", 1): [mark("4", day, lid), mark("5", day, lid, nm="2", ctype="Домашняя работа", short="ДР")],
        ("20260114", 4): [mark("оп", day, lid)],
        ("20260115", 3): [mark("2", day, lid, comment="Не выучено правило")],
        ("20260116", 1): [mark("5", day, lid, weight=3, ctype="Контрольная работа", short="КР")],
        ("20260525", 1): [mark("5", day, lid, weight=3, ctype="Годовая контрольная работа", short="ГКР")],
        ("20260527", 4): [mark("4", day, lid)],
        ("20260528", 1): [mark("Н", day, lid)],
        ("20260529", 3): [mark("5", day, lid, ctype="Ответ на уроке", short="ОУ")],
        ("20260901", 2): [mark("5", day, lid)],
        ("20260903", 1): [mark("4", day, lid, ctype="Ответ на уроке", short="ОУ")],
        ("20260904", 1): [mark("н", day, lid)],
        ("20260907", 1): [mark("3", day, lid, comment="Ошибки в вычислениях")],
        ("20260908", 1): [mark("5", day, lid, weight=2, ctype="Практическая работа", short="ПР")],
        ("20260910", 1): [mark("4", day, lid, weight=2, ctype="Лабораторная работа", short="ЛР")],
    }
    return table.get(k, [])


def homework_of(cls, day, num, version, individual_for=None):
    k = (ymd(day), num)
    table = {
        ("20251222", 2): [hw(7710001, "Упр. 412 (устно), упр. 415 (письменно)")],
        ("20251223", 3): [hw(7710002, "§ 14, вопросы 1–3 на с. 88")] if version == "dec" else [],
        ("20251224", 1): [hw(7710003, "№ 845, 847, 850")],
        ("20251226", 3): [hw(7710004, "На каникулы: повторить действия с дробями, № 901–905")],
        ("20260112", 2): [hw(7710101, "Упр. 430; словарные слова на с. 96")],
        ("20260113", 3): [hw(7710102, "§ 15; зарисовать строение цветка")]
        + ([hw(7710103, "Индивидуально: сообщение «Зимующие птицы Тульской области»", True)]
           if individual_for == "81501" else []),
        ("20260115", 2): [hw(7710104, "№ 912, 915 (а, в)")],
        ("20260529", 2): [hw(7710201, "Список литературы на лето: прочитать 5 книг по выбору")],
        ("20260901", 1): [hw(7710301, "№ 3, 5, 8")],
        ("20260907", 1): [hw(7710401, "№ 21, 24; выучить определения")],
        ("20260908", 1): [hw(7710402, "Начертить отрезки по заданию на карточке")],
        ("20260909", 1): [hw(7710403, "Упр. 14, выписать словарные слова")],
        ("20260910", 1): [hw(7710404, "§ 2, ответить на вопросы устно")],
    }
    if cls == "6В" and school_year(day) == 2026:  # next year's 6В: other tasks
        table = {("20260907", 1): [hw(7720401, "Повторить таблицу умножения, № 12, 14")],
                 ("20260908", 1): [hw(7720402, "Упр. 7, списать текст")],
                 ("20260910", 1): [hw(7720403, "§ 1, пересказ")]}
    return table.get(k, [])


def diary_day(cls, day, rings, version, seconds, as_array=False, pupil=None):
    items = []
    for num in range(1, 5):
        it = item(cls, day, num, rings, seconds)
        tasks = homework_of(cls, day, num, version, pupil)
        it["homework"] = {str(t["id"]): t for t in tasks}
        it["files"] = []
        if ymd(day) == "20251226" and num == 3:
            it["files"] = [{"toid": 7710004, "filename": "дроби_каникулы.pdf",
                            "link": "https://sch44.eljur.ru/files/a7d3e1"}]
        it["resources"] = []
        it["assessments"] = marks_of(cls, day, num, version)
        if it["assessments"] and it["assessments"][0]["control_type_short"] == "КР":
            it["is_control"] = True
        items.append(it)
    return {"name": ymd(day), "title": TITLES[day.weekday()],
            "items": items if as_array else {it["num"]: it for it in items}}


def vacation_day(day, name, items):
    return {"name": ymd(day), "title": TITLES[day.weekday()], "alert": "vacation", "holiday_name": name,
            "items": items}


def schooldays(a, b):
    return [d for d in days_between(a, b) if d.weekday() < 5]


def diary(sid, cls, spans, version, rings=True, seconds=True, vac=(), reverse=False, array_days=()):
    days = {}
    for a, b in spans:
        for d in schooldays(a, b):
            days[ymd(d)] = diary_day(cls, d, rings, version, seconds, as_array=ymd(d) in array_days, pupil=sid)
    for d, name in vac:
        days[ymd(d)] = vacation_day(d, name, [])
    keys = sorted(days, reverse=reverse)
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "parent_signed": False,
                                  "days": {k: days[k] for k in keys}}}})


def schedule_items(cls, day, rings, seconds):
    out = []
    for num in range(1, 5):
        it = item(cls, day, num, rings, seconds, topic=False)
        out.append(it)
    return out


def pupil_schedule(sid, cls, a, b):
    """getschedule by pupil: like getdiary without marks (A.2); items as an array, times HH:MM."""
    days = {ymd(d): {"name": ymd(d), "title": TITLES[d.weekday()] + ", " + d.strftime("%d.%m"),
                     "items": schedule_items(cls, d, True, False)} for d in schooldays(a, b)}
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "days": days}}})


def class_schedule(cls, a, b, vac=None):
    days = {}
    for d in days_between(a, b):
        if d.weekday() >= 5:
            continue
        if vac:
            days[ymd(d)] = vacation_day(d, vac, {} if d.month == 12 else [])
        else:
            days[ymd(d)] = {"name": ymd(d), "title": TITLES[d.weekday()],
                            "items": schedule_items(cls, d, True, True)}
    return ok({"days": days})


def class_homework(cls, a, b, version):
    """gethomework by class: top-level days, items an array, homework keyed "1" (A.5 E5); never individual tasks."""
    days = {}
    for d in schooldays(a, b):
        items = []
        for num in range(1, 5):
            tasks = [t for t in homework_of(cls, d, num, version) if not t["individual"]]
            if tasks:
                it = {"name": subject(cls, d, num), "grp": None,
                      "homework": {str(i + 1): {"value": t["value"], "id": t["id"], "individual": False}
                                   for i, t in enumerate(tasks)}}
                if ymd(d) == "20251226" and num == 3:
                    it["files"] = {"file": [{"filename": "дроби_каникулы.pdf",
                                             "link": "https://sch44.eljur.ru/files/a7d3e1"}]}
                items.append(it)
        if items:
            days[ymd(d)] = {"name": ymd(d), "title": TITLES[d.weekday()], "items": items}
    return ok({"days": days})


def pupil_homework(sid, cls, a, b, version):
    days = {}
    for d in schooldays(a, b):
        items = {}
        for num in range(1, 5):
            tasks = homework_of(cls, d, num, version, sid)
            if tasks:
                items[str(num)] = {"name": subject(cls, d, num), "num": str(num),
                                   "homework": {str(t["id"]): t for t in tasks}, "files": []}
        if items:
            days[ymd(d)] = {"name": ymd(d), "title": TITLES[d.weekday()], "items": items}
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "days": days}}})


def getmarks(sid, cls, a, b, version, extra, averages):
    """getmarks over a range: every mark and absence the diary holds in it, plus `extra` marks only getmarks
    shows; `averages` subject -> the journal's average string (A.3 SubjectMarks)."""
    by_subject = {}
    for d in schooldays(a, b):
        for num in range(1, 5):
            for m in marks_of(cls, d, num, version):
                by_subject.setdefault(subject(cls, d, num), []).append(dict(m))
    for subj, m in extra:
        by_subject.setdefault(subj, []).append(m)
    lessons = []
    for subj in sorted(by_subject):
        ms = []
        for m in sorted(by_subject[subj], key=lambda m: (m["date"], m["lesson_id"], m["nm"])):
            g = {k: v for k, v in m.items() if k not in ("control_type", "control_type_short")}
            g["lesson_comment"] = None
            g["max_mark"] = None
            if m["control_type"]:
                g["mtype"] = {"id": {"РУ": 1, "СР": 3, "Д": 5, "ОУ": 2, "ДР": 4, "КР": 6, "ГКР": 9, "ПР": 7,
                                     "ЛР": 8}[m["control_type_short"]],
                              "short": m["control_type_short"], "type": m["control_type"]}
            ms.append(g)
        avg = averages.get(subj, "")
        lessons.append({"name": subj, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str({"Математика": 1101, "Русский язык": 1102, "История": 1103,
                                          "Биология": 1104, "Английский язык": 1105, "Алгебра": 1201,
                                          "Геометрия": 1202, "Физика": 1203}[subj]), "color_hex": None,
                        "marks": ms})
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "lessons": lessons}}})


def periods(sid, year):
    if year == 2025:
        spans = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
                 ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260401", "20260529")]
    else:
        spans = [("I", "1 четверть", "20260901", "20261025"), ("II", "2 четверть", "20261105", "20261227"),
                 ("III", "3 четверть", "20270111", "20270321"), ("IV", "4 четверть", "20270401", "20270528")]
    ps = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
          for n, f, s, e in spans]
    ps.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
               "weeks": []})
    return ok({"students": [{"name": sid, "title": PUPILS[sid][0], "periods": ps}]})


def finals(sid, table):
    items = [{"name": subj, "assessments": [{"period": p, "value": v, "comment": c}
                                            for p, v, c in rows]} for subj, rows in table]
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "items": items}}})


FIN_DEC = [("Математика", [("I", "4", ""), ("II", "4", "")]), ("Русский язык", [("I", "3", ""), ("II", "4", "")]),
           ("История", [("I", "4", ""), ("II", "5", "")]), ("Биология", [("I", "5", ""), ("II", "5", "")]),
           ("Английский язык", [("I", "4", ""), ("II", "", "")])]
FIN_MAY = [("Математика", [("I", "4", ""), ("II", "4", ""), ("III", "4", ""), ("IV", "5", ""), ("Г", "4", "")]),
           ("Русский язык", [("I", "3", ""), ("II", "4", ""), ("III", "3", ""), ("IV", "4", ""), ("Г", "4", "")]),
           ("История", [("I", "4", ""), ("II", "5", ""), ("III", "5", ""), ("IV", "5", ""), ("Г", "5", "")]),
           ("Биология", [("I", "5", ""), ("II", "5", ""), ("III", "4", ""), ("IV", "4", ""), ("Г", "", "")]),
           ("Английский язык", [("I", "4", ""), ("II", "4", ""), ("III", "5", ""), ("IV", "4", ""),
                                ("Г", "4", "")])]
FIN_SEP = [(s, [(p, ("5" if (s, p) == ("Биология", "Г") else v), ("Выставлена после доработки"
                                                                  if (s, p) == ("Биология", "Г") else c))
                for p, v, c in rows]) for s, rows in FIN_MAY]
FIN_NOV = [("Алгебра", [("I", "5", "")]), ("Геометрия", [("I", "4", "")]), ("Русский язык", [("I", "5", "")]),
           ("Физика", [("I", "4", "")]), ("История", [("I", "3", "")])]


def main():
    P = "81501"
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    dec = (D(2025, 12, 22), D(2025, 12, 26))
    step("01 the pupil's own login (roles student, homeclass 6В) and a classmate's parent; getperiods of 2025/26 "
         "[A.3 getrules, Period; A.5 E1]",
         [rec(f"getrules?{Q}", student_rules(P, "6В", 2025), "2025-12-20T12:00:00+03:00"),
          rec(f"getrules?{Q}", parent_rules("92002", "Сафина Эльмира Рашидовна", [("81502", "6В")], 2025),
              "2025-12-20T12:05:00+03:00"),
          rec(f"getperiods?student={P}&weeks=__yes&show_disabled=__yes&{Q}", periods(P, 2025),
              "2025-12-20T12:01:00+03:00"),
          rec(f"getperiods?student=81502&weeks=__yes&{Q}", periods("81502", 2025), "2025-12-20T12:06:00+03:00")])
    step("02 last week of quarter II, pulled Friday evening: the pupil's diary (items keyed, HH:MM:SS), her "
         "getschedule (items an array, HH:MM, no marks), the class's getschedule and gethomework "
         "[A.2, A.3 Day/Lesson item, A.5 E2/E5]",
         [rec(f"getdiary?student={P}&days=20251222-20251228&rings=__yes&{Q}",
              diary(P, "6В", [dec], "dec"), "2025-12-26T18:00:00+03:00"),
          rec(f"getschedule?student={P}&days=20251222-20251228&rings=true&{Q}",
              pupil_schedule(P, "6В", *dec), "2025-12-26T18:01:00+03:00"),
          rec(f"getschedule?class=6В&days=20251222-20251228&rings=__yes&{Q}",
              class_schedule("6В", *dec), "2025-12-26T18:02:00+03:00"),
          rec(f"gethomework?class=6В&days=20251222-20251228&{Q}",
              class_homework("6В", *dec, "dec"), "2025-12-26T18:03:00+03:00")])
    nov_extra = [("Математика", mark("3", D(2025, 11, 12), "609001", ctype="Самостоятельная работа", short="СР",
                                     weight=2)),
                 ("История", mark("4", D(2025, 12, 3), "609002", ctype="Ответ на уроке", short="ОУ"))]
    avg_dec = {"Математика": "3.80", "Русский язык": "3.00", "История": "4.50", "Биология": "4.00"}
    step("03 quarter II's marks and the finals so far, pulled 2025-12-27 [A.3 SubjectMarks, Final assessment]",
         [rec(f"getmarks?student={P}&days=20251105-20251228&{Q}",
              getmarks(P, "6В", D(2025, 11, 5), D(2025, 12, 28), "dec", nov_extra, avg_dec),
              "2025-12-27T10:00:00+03:00"),
          rec(f"getfinalassessments?student={P}&{Q}", finals(P, FIN_DEC), "2025-12-27T10:01:00+03:00")])
    step("04 the winter holidays by class across the new calendar year (ISO week 2026-W01 starts 2025-12-29): "
         "alert vacation; items {} in December, [] in January [A.3 Day]",
         [rec(f"getschedule?class=6В&days=20251229-20260111&rings=__yes&{Q}",
              class_schedule("6В", D(2025, 12, 29), D(2026, 1, 11), vac="Зимние каникулы"),
              "2025-12-29T09:00:00+03:00")])
    vac = [(d, "Зимние каникулы") for d in schooldays(D(2025, 12, 29), D(2026, 1, 9))]
    jan = (D(2026, 1, 12), D(2026, 1, 16))
    avg_jan_ii = {"Математика": "3.80", "Русский язык": "4.00", "История": "4.50", "Биология": "4.00"}
    avg_iii = {"Математика": "4.50", "Русский язык": "2.00", "Биология": "5.00"}
    step("05 January: the mother's login (both children), then one getdiary whose days cross the new year "
         "(20251222-20260118, newest day first): December re-pulled with a mark corrected, an absence excused, a task "
         "removed; the holidays; quarter III's first week. The class's December homework re-pulled too; pupil and "
         "class gethomework of January (an individual task only in the pupil's); getmarks of II again and of III "
         "[A.2, A.3, A.6]",
         [rec(f"getrules?{Q}", parent_rules("92001", "Лебедева Ирина Олеговна", [(P, "6В"), ("81777", "2А")], 2025),
              "2026-01-14T20:00:00+03:00"),
          rec(f"getdiary?student={P}&days=20251222-20260118&rings=__yes&{Q}",
              diary(P, "6В", [dec, jan], "jan", vac=vac, reverse=True, array_days=("20260113",)),
              "2026-01-16T19:00:00+03:00"),
          rec(f"gethomework?class=6В&days=20251222-20251228&{Q}", class_homework("6В", *dec, "jan"),
              "2026-01-16T19:02:00+03:00"),
          rec(f"gethomework?student={P}&days=20260112-20260118&{Q}", pupil_homework(P, "6В", *jan, "jan"),
              "2026-01-16T19:03:00+03:00"),
          rec(f"gethomework?class=6В&days=20260112-20260118&{Q}", class_homework("6В", *jan, "jan"),
              "2026-01-16T19:04:00+03:00"),
          rec(f"getschedule?student={P}&days=20260112-20260118&rings=true&{Q}", pupil_schedule(P, "6В", *jan),
              "2026-01-16T19:05:00+03:00"),
          rec(f"getmarks?student={P}&days=20251105-20251228&{Q}",
              getmarks(P, "6В", D(2025, 11, 5), D(2025, 12, 28), "jan", nov_extra, avg_jan_ii),
              "2026-01-16T19:06:00+03:00"),
          rec(f"getmarks?student={P}&days=20260112-20260322&{Q}",
              getmarks(P, "6В", D(2026, 1, 12), D(2026, 3, 22), "jan", [], avg_iii), "2026-01-16T19:07:00+03:00")])
    may = (D(2026, 5, 25), D(2026, 5, 29))
    summer = [(d, "Летние каникулы") for d in schooldays(D(2026, 6, 1), D(2026, 6, 5))]
    avg_iv = {"Математика": "5.00", "История": "4.00", "Биология": "4.00", "Английский язык": "4.00"}
    apr_extra = [("История", mark("4", D(2026, 4, 16), "609003", ctype="Ответ на уроке", short="ОУ")),
                 ("Английский язык", mark("4", D(2026, 4, 20), "609004"))]
    step("06 the end of school year 2025/26, pulled on its last day: a diary whose days run into the summer "
         "holidays, getmarks of quarter IV, the year's finals (the Биология year mark still empty) "
         "[A.3 Day, SubjectMarks, Final assessment]",
         [rec(f"getdiary?student={P}&days=20260525-20260607&rings=__yes&{Q}",
              diary(P, "6В", [may], "jan", vac=summer), "2026-05-29T17:00:00+03:00"),
          rec(f"getschedule?class=6В&days=20260525-20260531&rings=__yes&{Q}", class_schedule("6В", *may),
              "2026-05-29T17:03:00+03:00"),
          rec(f"getmarks?student={P}&days=20260401-20260529&{Q}",
              getmarks(P, "6В", D(2026, 4, 1), D(2026, 5, 29), "jan", apr_extra, avg_iv), "2026-05-29T17:01:00+03:00"),
          rec(f"getfinalassessments?student={P}&{Q}", finals(P, FIN_MAY), "2026-05-29T17:02:00+03:00")])
    step("07 late August: the pupil's own login now says 7Б (new class teacher), the mother's says 7Б and 3А; next "
         "year's cohort takes the name 6В (another parent, another class teacher) [A.3 getrules]",
         [rec(f"getrules?{Q}", student_rules(P, "7Б", 2026), "2026-08-28T10:00:00+03:00"),
          rec(f"getrules?{Q}", parent_rules("92001", "Лебедева Ирина Олеговна", [(P, "7Б"), ("81777", "3А")], 2026),
              "2026-08-28T10:01:00+03:00"),
          rec(f"getrules?{Q}", parent_rules("92003", "Яковлева Марина Петровна", [("81601", "6В")], 2026),
              "2026-08-28T10:02:00+03:00")])
    sep1 = (D(2026, 9, 1), D(2026, 9, 4))
    sep2 = (D(2026, 9, 7), D(2026, 9, 11))
    step("08 September 2026: getperiods of 2026/27 (the same short names, new dates); last year's finals asked with "
         "days (the Биология year mark now set); the first week's diary; week 2 by class for 7Б and the new 6В; "
         "week 2's diary without rings (no times), the times only in the class schedule [A.2 getfinalassessments "
         "'some add days', A.3 Period, A.4]",
         [rec(f"getperiods?student={P}&weeks=__yes&{Q}", periods(P, 2026), "2026-09-01T08:00:00+03:00"),
          rec(f"getfinalassessments?student={P}&days=20250901-20260531&{Q}", finals(P, FIN_SEP),
              "2026-09-02T16:00:00+03:00"),
          rec(f"getperiods?student=81601&weeks=__yes&{Q}", periods("81601", 2026), "2026-09-01T08:01:00+03:00"),
          rec(f"getschedule?class=7Б&days=20260901-20260906&rings=__yes&{Q}", class_schedule("7Б", *sep1),
              "2026-09-01T08:02:00+03:00"),
          rec(f"getdiary?student={P}&days=20260901-20260906&rings=__yes&{Q}", diary(P, "7Б", [sep1], "jan"),
              "2026-09-04T18:00:00+03:00"),
          rec(f"getschedule?class=7Б&days=20260907-20260913&rings=__yes&{Q}", class_schedule("7Б", *sep2),
              "2026-09-06T12:00:00+03:00"),
          rec(f"getschedule?class=6В&days=20260907-20260913&rings=__yes&{Q}", class_schedule("6В", *sep2),
              "2026-09-06T12:01:00+03:00"),
          rec(f"getdiary?student={P}&days=20260907-20260913&{Q}",
              diary(P, "7Б", [sep2], "jan", rings=False), "2026-09-11T18:00:00+03:00"),
          rec(f"gethomework?class=7Б&days=20260907-20260913&{Q}", class_homework("7Б", *sep2, "jan"),
              "2026-09-11T18:01:00+03:00"),
          rec(f"gethomework?class=6В&days=20260907-20260913&{Q}", class_homework("6В", *sep2, "jan"),
              "2026-09-11T18:02:00+03:00"),
          rec(f"getdiary?student=81601&days=20260907-20260913&rings=__yes&{Q}",
              diary("81601", "6В", [sep2], "jan"), "2026-09-11T18:03:00+03:00")])
    oct_extra = [("Алгебра", mark("5", D(2026, 10, 20), "709001", weight=3, ctype="Контрольная работа", short="КР")),
                 ("Физика", mark("4", D(2026, 10, 15), "709002"))]
    avg_i = {"Алгебра": "4.60", "Геометрия": "5.00", "Физика": "4.00"}
    step("09 autumn 2026: getmarks of the new quarter I, then the finals without days (this year's only: last "
         "year's are not in the answer and must stay) [A.3 SubjectMarks, Final assessment]",
         [rec(f"getmarks?student={P}&days=20260901-20261025&{Q}",
              getmarks(P, "7Б", D(2026, 9, 1), D(2026, 10, 25), "jan", oct_extra, avg_i), "2026-10-24T12:00:00+03:00"),
          rec(f"getfinalassessments?student={P}&{Q}", finals(P, FIN_NOV), "2026-11-06T15:00:00+03:00")])
    step("10 a failed call for December's diary, pulled last: state 400, result {}; it says nothing and deletes "
         "nothing [A.1 failure case, A.5 E6]",
         [rec(f"getdiary?student={P}&days=20251222-20251228&rings=__yes&{Q}",
              {"response": {"state": 400, "error": "не удалось авторизовать разработчика", "result": {}}},
              "2026-11-06T15:05:00+03:00")])
    journey = {"vendor": "elzhur",
               "description": "Школа № 44 (vendor sch44, Тула): the pupil 81501 through her own login and later her "
                              "mother's, December 2025 to November 2026: the winter holidays across the new calendar "
                              "year, a January re-pull of December, the end of 2025/26 and the start of 2026/27 in a "
                              "new class (6В -> 7Б) while next year's cohort takes the name 6В. All values invented; "
                              "shapes from the reference Part A and the client models of Part C.",
               "steps": steps}
    out = ['{', ' "vendor": ' + json.dumps(journey["vendor"]) + ',',
           ' "description": ' + json.dumps(journey["description"], ensure_ascii=False) + ',', ' "steps": [']
    for i, s in enumerate(steps):
        out.append('  {"name": ' + json.dumps(s["name"], ensure_ascii=False) + ',')
        out.append('   "batches": [')
        for j, b in enumerate(s["batches"]):
            out.append('    [')
            for k, r in enumerate(b):
                out.append('     ' + json.dumps(r, ensure_ascii=False) + (',' if k < len(b) - 1 else ''))
            out.append('    ]' + (',' if j < len(s["batches"]) - 1 else ''))
        out.append('   ]}' + (',' if i < len(steps) - 1 else ''))
    out += [' ]', '}']
    with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(steps)} steps, {sum(len(b) for s in steps for b in s['batches'])} records")


if __name__ == "__main__":
    main()
