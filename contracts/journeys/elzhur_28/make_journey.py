"""Writes journey.json for elzhur_28 (standard library only; all values invented).

Theme: periods and final marks over a whole school year of two classes of different levels: 7Б in quarters, 10А in
half-years (getperiods per pupil), quarter, half-year and year marks from getfinalassessments, non-numeric finals
(зач, н/а, осв), a final corrected after its period ended, a final withdrawn, subjects with finals and no marks, last
year's finals pulled in January with last year's `days`, and marks dated on a period's last and next first day.
"""
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

Q = "&devkey=8d41c07e2b9a4f5c6e3d2b1a0f9e8d7c&vendor=lyceum28&auth_token=tok-lyceum28&out_format=json"
ENV = lambda res: {"response": {"state": 200, "error": None, "result": res}}  # noqa: E731

# pupil: (title, last, first, gender, class)
KIDS = {"28001": ("Васильева Полина", "Васильева", "Полина", "female", "7Б"),
        "28002": ("Васильев Артём", "Васильев", "Артём", "male", "10А"),
        "28003": ("Никитин Глеб", "Никитин", "Глеб", "male", "7Б"),
        "28004": ("Сорокина Вера", "Сорокина", "Вера", "female", "10А")}
PARENTS = {"28101": ("Васильева Марина Сергеевна", ["28001", "28002"]),
           "28103": ("Никитина Елена Андреевна", ["28003"]),
           "28104": ("Сорокин Павел Игоревич", ["28004"])}
CLASSES = {"7Б": ("7", "28907", "Крылова Анна Викторовна"), "10А": ("10", "28910", "Лебедев Дмитрий Олегович")}
ALG10 = "Алгебра и начала математического анализа"
TEACHERS = {"Алгебра": "Миронова Татьяна Николаевна", ALG10: "Миронова Татьяна Николаевна",
            ("Русский язык", "7Б"): "Крылова Анна Викторовна", ("Русский язык", "10А"): "Соловьёва Ирина Петровна"}
SUBJECT_IDS = {"Алгебра": "2101", "Русский язык": "2102", "История": "2103", "Физическая культура": "2104",
               ALG10: "2111", "Химия": "2115", "Индивидуальный проект": "2119"}
WT = {"КР": (3, "Контрольная работа"), "РУ": (1, "Работа на уроке"), "СР": (4, "Самостоятельная работа"),
      "ДЗ": (2, "Домашняя работа"), "СД": (7, "Словарный диктант"), "КД": (8, "Контрольный диктант")}

# --- periods: each class's own, as getperiods answers them for its pupils (A.3 Period, A.5 E1) ----------------------
WEEKS_7 = [{"start": "20250901", "end": "20250907", "title": "01.09 - 07.09"},
           {"start": "20250908", "end": "20250914", "title": "08.09 - 14.09"}]
PERIODS = {
    "7Б": [("I", "1 четверть", "20250901", "20251024"), ("II", "2 четверть", "20251105", "20251226"),
           ("III", "3 четверть", "20260112", "20260320"), ("IV", "4 четверть", "20260330", "20260526"),
           ("Г", "Годовая", "", "")],
    "10А": [("I", "I полугодие", "20250901", "20251226"), ("II", "II полугодие", "20260112", "20260526"),
            ("Г", "Годовая", "", "")],
}


def rules(parent):
    pname, kids = PARENTS[parent]
    pl, pf, pm = pname.split()
    students, groups = {}, {}
    for k in kids:
        title, last, first, gender, cls = KIDS[k]
        students[k] = {"rel": "child", "name": k, "title": title, "lastname": last, "firstname": first,
                       "gender": gender, "class": cls, "parallel": CLASSES[cls][0], "city": "Киров",
                       "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule"]}
        parallel, tid, tname = CLASSES[cls]
        tl, tf, tm = tname.split()
        groups[cls] = {"rel": "homeclass", "parallel": int(parallel), "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": tname, "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                       "hometeacher_middlename": tm}
    return ENV({"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": [
        {"title": "Лицей № 28", "title_full": "МАОУ «Лицей № 28» г. Кирова", "number": "28", "inn": "4345000280",
         "kpp": "434501001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule"], "name": parent, "title": pname,
        "lastname": pl, "firstname": pf, "middlename": pm, "email": "", "region": "Кировская область",
        "city": "Киров", "vendor": "lyceum28", "vendor_id": 4328})


def periods(student):
    cls = KIDS[student][4]
    out = []
    for i, (name, full, start, end) in enumerate(PERIODS[cls]):
        year = not start
        out.append({"name": name, "fullname": full, "start": start, "end": end, "disabled": False,
                    "ambigious": True if year else None,
                    "weeks": (WEEKS_7 if cls == "7Б" else WEEKS_7[:1]) if i == 0 else []})
    return ENV({"students": [{"name": student, "title": KIDS[student][0], "periods": out}]})


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


# --- marks ------------------------------------------------------------------------------------------------------
def mark(date, lesson, value, short, wf=1, nm="1", comment="", topic=None):
    """A mark as the journal holds it (A.3 Assessment / SubjectMarks); absences count false with convert 0."""
    absent = value in ("н", "Н", "оп", "ОП")
    conv = 0 if absent else int(value[0])
    return {"value": value, "countas": str(conv), "count": not absent, "convert": conv,
            "weight": 0 if absent else max(1, int(Decimal(str(wf)).to_integral_value(ROUND_HALF_UP))),
            "weight_float": 0 if absent else wf, "date": date, "lesson_id": lesson, "nm": nm, "comment": comment,
            "_short": short, "_topic": topic}


def as_getmarks(m):
    out = {k: v for k, v in m.items() if not k.startswith("_")}
    out["lesson_comment"] = m["_topic"]
    out["max_mark"] = None
    if m["_short"]:
        out["mtype"] = {"id": WT[m["_short"]][0], "short": m["_short"], "type": WT[m["_short"]][1]}
    return out


def as_diary(m):
    out = {k: v for k, v in m.items() if not k.startswith("_")}
    out["control_type"] = WT[m["_short"]][1] if m["_short"] else ""
    out["control_type_short"] = m["_short"]
    out["color_hex"] = None
    return out


def average(ms):
    """The journal's average: sum(convert * weight_float) / sum(weight_float) over count=true, 2 decimals."""
    counted = [m for m in ms if m["count"]]
    if not counted:
        return ""
    total = sum(Decimal(str(m["weight_float"])) for m in counted)
    value = sum(Decimal(str(m["convert"])) * Decimal(str(m["weight_float"])) for m in counted) / total
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# Lessons (lesson_id) shared by the class's pupils: 7Б 91xxxx, 10А 92xxxx
MARKS = {  # (pupil, period short name) -> {subject: [marks]}
    ("28001", "I"): {
        "Алгебра": [mark("2025-09-10", "910104", "5", "КР", 2, topic="Контрольная работа № 1"),
                    mark("2025-10-01", "910131", "4", "РУ"),
                    mark("2025-10-24", "910171", "3", "СР", comment="невнимательно, пересчитать № 214",
                         topic="Одночлены и многочлены")],
        "Русский язык": [mark("2025-09-17", "910211", "4", "СД"),
                         mark("2025-10-24", "910272", "5", "РУ", topic="Причастный оборот")],
        "История": [mark("2025-10-08", "910341", "5", "РУ", topic="Смутное время")]},
    ("28003", "I"): {
        "Алгебра": [mark("2025-09-10", "910104", "4", "КР", 2, topic="Контрольная работа № 1"),
                    mark("2025-10-24", "910171", "4", "СР", topic="Одночлены и многочлены")],
        "Русский язык": [mark("2025-09-17", "910211", "3", "СД", comment="пять ошибок"),
                         mark("2025-10-15", "910255", "н", "")],
        "История": [mark("2025-10-08", "910341", "н", "")]},
    ("28001", "II"): {
        "Алгебра": [mark("2025-11-05", "910501", "4", "РУ", topic="Сложение и вычитание многочленов"),
                    mark("2025-12-10", "910560", "5", "КР", 2, topic="Контрольная работа № 3")],
        "Русский язык": [mark("2025-11-05", "910602", "4", "ДЗ"),
                         mark("2025-12-26", "910689", "5", "КД", 2, topic="Контрольный диктант за полугодие")],
        "История": [mark("2025-11-19", "910720", "4", "РУ")]},
    ("28003", "II"): {
        "Алгебра": [mark("2025-11-05", "910501", "3", "РУ", topic="Сложение и вычитание многочленов"),
                    mark("2025-12-10", "910560", "4", "КР", 2, topic="Контрольная работа № 3")],
        "Русский язык": [mark("2025-12-26", "910689", "4", "КД", 2, topic="Контрольный диктант за полугодие")],
        "История": [mark("2025-11-19", "910720", "3", "РУ"), mark("2025-12-17", "910751", "4", "СР")]},
    ("28001", "III"): {
        "Алгебра": [mark("2026-01-12", "911001", "5", "РУ", topic="Формулы сокращённого умножения"),
                    mark("2026-03-20", "911190", "4", "КР", 2, topic="Контрольная работа № 6")],
        "Русский язык": [mark("2026-02-11", "911230", "4", "РУ")]},
    ("28003", "III"): {
        "Алгебра": [mark("2026-01-12", "911001", "3", "РУ", topic="Формулы сокращённого умножения"),
                    mark("2026-03-20", "911190", "3", "КР", 2, topic="Контрольная работа № 6")],
        "История": [mark("2026-02-04", "911310", "5", "РУ")]},
    ("28001", "IV"): {
        "Алгебра": [mark("2026-03-30", "911501", "5", "РУ", topic="Линейная функция"),
                    mark("2026-05-26", "911690", "4", "КР", 2, topic="Итоговая контрольная работа")]},
    ("28003", "IV"): {
        "Алгебра": [mark("2026-04-15", "911560", "4", "СР"),
                    mark("2026-05-26", "911690", "4", "КР", 2, topic="Итоговая контрольная работа")]},
    ("28002", "I"): {
        ALG10: [mark("2025-09-15", "920105", "3", "КР", 2, topic="Входная контрольная работа"),
                mark("2025-12-26", "920399", "4", "СР", topic="Тригонометрические уравнения")],
        "Русский язык": [mark("2025-10-08", "920430", "4", "РУ")],
        "Химия": [mark("2025-11-12", "920560", "4", "РУ", topic="Алканы")]},
    ("28004", "I"): {
        ALG10: [mark("2025-09-15", "920105", "5", "КР", 2, topic="Входная контрольная работа"),
                mark("2025-12-26", "920399", "5", "СР", topic="Тригонометрические уравнения")],
        "Русский язык": [mark("2025-10-08", "920430", "5", "РУ")],
        "Химия": [mark("2025-11-12", "920560", "2", "КР", 2, comment="не решены задачи 3-5", topic="Алканы"),
                  mark("2025-12-19", "920590", "3", "РУ")],
        "Физическая культура": [mark("2025-10-20", "920650", "4", "РУ")]},
    ("28002", "II"): {
        ALG10: [mark("2026-01-12", "921001", "4", "РУ", topic="Производная"),
                mark("2026-05-26", "921290", "5", "КР", 2, topic="Итоговая контрольная работа")],
        "Химия": [mark("2026-03-11", "921460", "4", "СР")]},
    ("28004", "II"): {
        ALG10: [mark("2026-01-12", "921001", "5", "РУ", topic="Производная")],
        "Химия": [mark("2026-02-18", "921420", "4", "КР", 2, comment="пересдача работы за I полугодие"),
                  mark("2026-05-26", "921590", "4", "РУ")]},
}


def period_days(student, pname):
    name, full, start, end = next(p for p in PERIODS[KIDS[student][4]] if p[0] == pname)
    return start, end


def getmarks_rec(student, pname, pulled):
    start, end = period_days(student, pname)
    lessons = []
    for subject, ms in MARKS[(student, pname)].items():
        av = average(ms)
        lessons.append({"name": subject, "average": av, "averageConvert": round(float(av)) if av else 0,
                        "lesson_id": SUBJECT_IDS[subject], "color_hex": None, "marks": [as_getmarks(m) for m in ms]})
    body = ENV({"students": {student: {"name": student, "title": KIDS[student][0], "lessons": lessons}}})
    return rec(f"getmarks?student={student}&days={start}-{end}" + Q, body, pulled)


# --- the diary over the seams between periods (A.3 Day, Lesson item; A.5 E2: alert "vacation") --------------------
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def weekday(day):
    import datetime as dt
    return dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()


def diary_rec(student, start, end, lessons, vacation, holiday_name, pulled):
    """lessons: {day: [(num, subject, room, (start, end), topic, mark)]}; every weekday of the vacation as a day
    with alert "vacation" and no items."""
    import datetime as dt
    cls = KIDS[student][4]
    days = {}
    day = dt.date(int(start[:4]), int(start[4:6]), int(start[6:]))
    last = dt.date(int(end[:4]), int(end[4:6]), int(end[6:]))
    while day <= last:
        key = day.strftime("%Y%m%d")
        if key in lessons:
            items = {}
            for num, subject, room, (t0, t1), topic, m in lessons[key]:
                teacher = TEACHERS.get(subject) or TEACHERS[(subject, cls)]
                items[num] = {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100,
                              "lesson_id": m["lesson_id"], "topic": topic, "is_control": m["_short"] in ("КР", "КД"),
                              "starttime": t0 + ":00", "endtime": t1 + ":00", "homework": {}, "files": [],
                              "resources": [], "assessments": [as_diary(m)]}
            days[key] = {"name": key, "title": TITLES[day.weekday()], "items": items}
        elif key in vacation:
            days[key] = {"name": key, "title": TITLES[day.weekday()], "alert": "vacation",
                         "holiday_name": holiday_name, "items": {}}
        day += dt.timedelta(days=1)
    body = ENV({"students": {student: {"name": student, "title": KIDS[student][0], "parent_signed": False,
                                       "days": days}}})
    return rec(f"getdiary?student={student}&days={start}-{end}&rings=__yes" + Q, body, pulled)


def weekdays(start, end, skip=()):
    import datetime as dt
    day = dt.date(int(start[:4]), int(start[4:6]), int(start[6:]))
    last = dt.date(int(end[:4]), int(end[4:6]), int(end[6:]))
    out = []
    while day <= last:
        if day.weekday() < 5 and day.strftime("%Y%m%d") not in skip:
            out.append(day.strftime("%Y%m%d"))
        day += dt.timedelta(days=1)
    return out


def mk(student, pname, subject, date):
    return next(m for m in MARKS[(student, pname)][subject] if m["date"] == date)


DIARY_7 = diary_rec("28001", "20251024", "20251105", {
    "20251024": [("2", "Алгебра", "214", ("09:25", "10:10"), "Одночлены и многочлены",
                  mk("28001", "I", "Алгебра", "2025-10-24")),
                 ("3", "Русский язык", "108", ("10:25", "11:10"), "Причастный оборот",
                  mk("28001", "I", "Русский язык", "2025-10-24"))],
    "20251105": [("1", "Алгебра", "214", ("08:30", "09:15"), "Сложение и вычитание многочленов",
                  mk("28001", "II", "Алгебра", "2025-11-05")),
                 ("2", "Русский язык", "108", ("09:25", "10:10"), "Деепричастие как часть речи",
                  mk("28001", "II", "Русский язык", "2025-11-05"))]},
    weekdays("20251027", "20251104"), "Осенние каникулы", "2025-11-05T19:00:00+03:00")
DIARY_10 = diary_rec("28002", "20251226", "20260112", {
    "20251226": [("3", ALG10, "301", ("10:25", "11:10"), "Тригонометрические уравнения",
                  mk("28002", "I", ALG10, "2025-12-26"))],
    "20260112": [("1", ALG10, "301", ("08:30", "09:15"), "Производная",
                  mk("28002", "II", ALG10, "2026-01-12"))]},
    weekdays("20251229", "20260109"), "Зимние каникулы", "2026-01-12T19:00:00+03:00")


# --- final assessments (A.3 Final assessment, A.5 E4, A.6) -------------------------------------------------------
def fa(period, value, comment=""):
    cell = {"period": period, "value": value, "comment": comment, "color_hex": None}
    if value[:1].isdigit():
        cell["convert"] = int(value[0])  # FinalAssessment picks `convert` (BetterJournal); none for зач/осв/н/а
    return cell


def finals_rec(student, items, pulled, days=None):
    body = ENV({"students": {student: {"name": student, "title": KIDS[student][0], "items": [
        {"name": subject, "assessments": [fa(*c) for c in cells]} for subject, cells in items]}}})
    query = f"getfinalassessments?student={student}" + (f"&days={days}" if days else "")
    return rec(query + Q, body, pulled)


F_28001_Q1 = [("Алгебра", [("I", "4")]), ("Русский язык", [("I", "5")]), ("История", [("I", "5")]),
              ("Физическая культура", [("I", "4")])]
F_28003_Q1 = [("Алгебра", [("I", "4")]), ("Русский язык", [("I", "3")]),
              ("История", [("I", "н/а", "пропуски по болезни, 12 уроков")]),
              ("Физическая культура", [("I", "осв", "справка до 31.05.2026")])]
F_28001_Q2 = [("Алгебра", [("I", "5", "исправлено после пересдачи 12.11"), ("II", "5")]),
              ("Русский язык", [("I", "5"), ("II", "5")]), ("История", [("I", "5"), ("II", "4")]),
              ("Физическая культура", [("I", "4"), ("II", "5")])]
F_28003_Q2 = [("Алгебра", [("I", "4"), ("II", "4")]), ("Русский язык", [("I", "3"), ("II", "4")]),
              ("История", [("I", "н/а", "пропуски по болезни, 12 уроков"), ("II", "3")]),
              ("Физическая культура", [("I", "осв", "справка до 31.05.2026"), ("II", "осв")])]
F_28002_H1 = [(ALG10, [("I", "4")]), ("Русский язык", [("I", "4")]), ("Химия", [("I", "4")]),
              ("Физическая культура", [("I", "5")]), ("Индивидуальный проект", [("I", "зач", "тема утверждена")])]
F_28004_H1 = [(ALG10, [("I", "5")]), ("Русский язык", [("I", "4")]), ("Химия", [("I", "3")]),
              ("Физическая культура", [("I", "4")]), ("Индивидуальный проект", [("I", "зач")])]
F_28004_H1b = [(ALG10, [("I", "5")]), ("Русский язык", [("I", "5", "исправлено: ошибка при выставлении")]),
               ("Физическая культура", [("I", "4")]), ("Индивидуальный проект", [("I", "зач")])]
F_28001_LAST = [("Математика", [("I", "5"), ("II", "4"), ("III", "5"), ("IV", "5"), ("Г", "5")]),
                ("Русский язык", [("IV", "4"), ("Г", "4")]), ("Изобразительное искусство", [("Г", "5")])]
F_28001_Y = [("Алгебра", [("I", "5", "исправлено после пересдачи 12.11"), ("II", "5"), ("III", "4"), ("IV", "5"),
                          ("Г", "5")]),
             ("Русский язык", [("I", "5"), ("II", "5"), ("III", "4"), ("IV", "5"), ("Г", "5")]),
             ("История", [("I", "5"), ("II", "4"), ("III", "5"), ("IV", "5"), ("Г", "5")]),
             ("Физическая культура", [("I", "4"), ("II", "5"), ("III", "5"), ("IV", "5"), ("Г", "5")])]
F_28003_Y = [("Алгебра", [("I", "4"), ("II", "4"), ("III", "3"), ("IV", "4"), ("Г", "4")]),
             ("Русский язык", [("I", "3"), ("II", "4"), ("III", "4"), ("IV", "4"), ("Г", "4")]),
             ("История", [("I", "н/а", "пропуски по болезни, 12 уроков"), ("II", "3"), ("III", "5"), ("IV", "4"),
                          ("Г", "4")]),
             ("Физическая культура", [("I", "осв", "справка до 31.05.2026"), ("II", "осв"), ("III", "осв"),
                                      ("IV", "осв"), ("Г", "осв")])]
F_28002_Y = [(ALG10, [("I", "4"), ("II", "4"), ("Г", "4")]), ("Русский язык", [("I", "4"), ("II", "4"), ("Г", "4")]),
             ("Химия", [("I", "4"), ("II", "4"), ("Г", "4")]),
             ("Физическая культура", [("I", "5"), ("II", "5"), ("Г", "5")]),
             ("Индивидуальный проект", [("I", "зач", "тема утверждена"), ("II", "5", "защита проекта"), ("Г", "5")])]
F_28004_Y = [(ALG10, [("I", "5"), ("II", "5"), ("Г", "5")]),
             ("Русский язык", [("I", "5", "исправлено: ошибка при выставлении"), ("II", "5"), ("Г", "5")]),
             ("Химия", [("II", "4"), ("Г", "4")]),
             ("Физическая культура", [("I", "4"), ("II", "5"), ("Г", "5")]),
             ("Индивидуальный проект", [("I", "зач"), ("II", "5", "защита проекта"), ("Г", "5")])]

steps = [
    {"name": "01 getrules of the three parents: Васильева Марина (two children: 7Б and 10А), Никитина Елена (7Б), "
             "Сорокин Павел (10А) [A.3 getrules]",
     "batches": [[rec("getrules?" + Q[1:], rules(p), f"2025-09-01T08:0{i}:00+03:00") for i, p in
                  enumerate(PARENTS)]]},
    {"name": "02 getperiods of each pupil: 7Б quarters I-IV + Годовая, 10А half-years I-II + Годовая; the same short "
             "names I and II mean other dates in each class [A.3 Period, A.4, A.5 E1]",
     "batches": [[rec(f"getperiods?student={s}&weeks=__yes&show_disabled=__yes" + Q, periods(s),
                      f"2025-09-01T08:1{i}:00+03:00") for i, s in enumerate(KIDS)]]},
    {"name": "03 getmarks of 7Б over exactly quarter I (20250901-20251024): marks dated 24.10, the quarter's last "
             "day; absences н [A.3 SubjectMarks, A.6]",
     "batches": [[getmarks_rec("28001", "I", "2025-10-25T18:00:00+03:00"),
                  getmarks_rec("28003", "I", "2025-10-25T18:00:01+03:00")]]},
    {"name": "04 getfinalassessments of 7Б after quarter I: 4 in Алгебра for 28001, н/а and осв for 28003 [A.3 Final "
             "assessment, A.5 E4, A.6]",
     "batches": [[finals_rec("28001", F_28001_Q1, "2025-10-27T12:00:00+03:00"),
                  finals_rec("28003", F_28003_Q1, "2025-10-27T12:00:01+03:00")]]},
    {"name": "05 getdiary of 28001 over 24.10-05.11: the last day of quarter I, the autumn holidays (alert vacation),"
             " the first day of quarter II [A.3 Day, A.5 E2]",
     "batches": [[DIARY_7]]},
    {"name": "06 getmarks of 7Б over exactly quarter II (20251105-20251226) and of 10А over exactly half-year I "
             "(20250901-20251226): marks dated 05.11 (first day of quarter II) and 26.12 (last day of both) "
             "[A.3 SubjectMarks, Period]",
     "batches": [[getmarks_rec("28001", "II", "2025-12-27T10:00:00+03:00"),
                  getmarks_rec("28003", "II", "2025-12-27T10:00:01+03:00"),
                  getmarks_rec("28002", "I", "2025-12-27T10:00:02+03:00"),
                  getmarks_rec("28004", "I", "2025-12-27T10:00:03+03:00")]]},
    {"name": "07 getfinalassessments of all four at the end of December: quarter II for 7Б with 28001's quarter-I "
             "Алгебра corrected 4 -> 5 after the quarter ended; half-year I for 10А (зач in Индивидуальный проект, "
             "a subject without marks) [A.3 Final assessment, A.6]",
     "batches": [[finals_rec("28001", F_28001_Q2, "2025-12-27T12:00:00+03:00"),
                  finals_rec("28003", F_28003_Q2, "2025-12-27T12:00:01+03:00"),
                  finals_rec("28002", F_28002_H1, "2025-12-27T12:00:02+03:00"),
                  finals_rec("28004", F_28004_H1, "2025-12-27T12:00:03+03:00")]]},
    {"name": "08 getdiary of 28002 over 26.12-12.01: the last day of half-year I, the winter holidays, the first "
             "day of half-year II [A.3 Day, A.5 E2]",
     "batches": [[DIARY_10]]},
    {"name": "09 getfinalassessments of 28004 after half-year I ended: Русский язык corrected 4 -> 5, the Химия "
             "half-year mark withdrawn (absent from the answer) [A.3 Final assessment; README deletions by omission]",
     "batches": [[finals_rec("28004", F_28004_H1b, "2026-01-13T12:00:00+03:00")]]},
    {"name": "10 last year's finals of 28001 (6Б in 2024/25: Математика, Изобразительное искусство), pulled on "
             "20.01.2026 with days=20240901-20250531 [A.2 getfinalassessments: some add days]",
     "batches": [[finals_rec("28001", F_28001_LAST, "2026-01-20T12:00:00+03:00", days="20240901-20250531")]]},
    {"name": "11 getmarks of 7Б over quarters III and IV: marks dated 12.01 (first day of III), 20.03 (last day of "
             "III), 30.03 (first day of IV), 26.05 (last day of IV) [A.3 SubjectMarks]",
     "batches": [[getmarks_rec("28001", "III", "2026-03-21T10:00:00+03:00"),
                  getmarks_rec("28003", "III", "2026-03-21T10:00:01+03:00")],
                 [getmarks_rec("28001", "IV", "2026-05-27T10:00:00+03:00"),
                  getmarks_rec("28003", "IV", "2026-05-27T10:00:01+03:00")]]},
    {"name": "12 getmarks of 10А over exactly half-year II (20260112-20260526) [A.3 SubjectMarks]",
     "batches": [[getmarks_rec("28002", "II", "2026-05-27T10:00:02+03:00"),
                  getmarks_rec("28004", "II", "2026-05-27T10:00:03+03:00")]]},
    {"name": "13 getfinalassessments of all four at the end of the year: every quarter / half-year and the year "
             "marks (Годовая), осв all year, the withdrawn Химия mark still absent [A.3 Final assessment, A.6]",
     "batches": [[finals_rec("28001", F_28001_Y, "2026-05-29T12:00:00+03:00"),
                  finals_rec("28003", F_28003_Y, "2026-05-29T12:00:01+03:00"),
                  finals_rec("28002", F_28002_Y, "2026-05-29T12:00:02+03:00"),
                  finals_rec("28004", F_28004_Y, "2026-05-29T12:00:03+03:00")]]},
]
journey = {"vendor": "elzhur",
           "description": "Лицей № 28 (Киров), 7Б in quarters and 10А in half-years over the school year 2025/26: "
                          "getperiods per pupil, quarter, half-year and year marks, зач/н/а/осв, a final corrected "
                          "after its period, a final withdrawn, finals without marks, last year's finals, marks on "
                          "the periods' seams.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
