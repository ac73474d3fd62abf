"""Writes journey.json for elzhur_35 (standard library only, deterministic).

Гимназия № 35 (Ярославль, Eljur vendor `gym35`): the end of the 2025/26 school year of 8А and the summer after it.
Every shape follows shared/reference/elzhur_mesh.md Part A (A.1 envelope and array-or-object, A.2 methods and params,
A.3 field tables, A.4 dates and ids, A.5 examples, A.6 vocabulary). All names, ids, texts and values are invented.
"""
import json
from pathlib import Path

Q = "devkey=7c1e9a4b2d6f8e0a3b5c7d9e1f2a4b6c&vendor=gym35&auth_token=tok-gym35-sync&out_format=json"
SCHOOL = [{"title": "Гимназия № 35", "title_full": "МОУ «Гимназия № 35» г. Ярославля", "number": "35",
           "inn": "7604035350", "kpp": "760401001"}]
PUPILS = {"35101": ("Голубева", "Анна", "female"), "35102": ("Шестаков", "Тимофей", "male"),
          "35103": ("Латыпова", "Камила", "female"), "35104": ("Карпов", "Матвей", "male"),
          "35105": ("Сафина", "Диляра", "female")}
PARENTS = {"35201": ("Голубева", "Светлана", "Игоревна", "35101"),
           "35202": ("Шестакова", "Елена", "Викторовна", "35102"),
           "35203": ("Латыпов", "Ринат", "Маратович", "35103"),
           "35204": ("Карпова", "Наталья", "Андреевна", "35104"),
           "35205": ("Сафин", "Айдар", "Ренатович", "35105")}
HOMECLASS = {"8А": ("60811", "Воронина", "Ольга", "Николаевна"), "9А": ("60912", "Гаврилов", "Павел", "Сергеевич")}
T = {"math": "Зуева Марина Викторовна", "rus": "Воронина Ольга Николаевна", "phys": "Гаврилов Павел Сергеевич",
     "hist": "Пахомов Игорь Дмитриевич", "eng": "Кравец Алина Сергеевна", "bio": "Лыкова Нина Павловна",
     "chem": "Сёмина Вера Андреевна", "soc": "Пахомов Игорь Дмитриевич"}
WEEKDAY = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:30:00", "11:15:00")}
RETAKE_TIME = ("10:00:00", "11:30:00")  # a retake is no timetable lesson: its own hours (A.3 starttime/endtime)


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def title(sid):
    return f"{PUPILS[sid][0]} {PUPILS[sid][1]}"


def dash(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def weekday(day):
    import datetime
    return WEEKDAY[datetime.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()]


def days_between(first, last):
    import datetime
    d = datetime.date(int(first[:4]), int(first[4:6]), int(first[6:]))
    end = datetime.date(int(last[:4]), int(last[4:6]), int(last[6:]))
    out = []
    while d <= end:
        out.append(d.strftime("%Y%m%d"))
        d += datetime.timedelta(days=1)
    return out


# --- getrules (A.3 getrules; the literal sample of Part C, eljur_notifier) ------------------------------------------
def getrules(parent, klass, at):
    last, first, middle, child = PARENTS[parent]
    t = HOMECLASS[klass]
    return {"request": f"getrules?{Q}", "pulled_at": at, "body": ok({
        "roles": ["parent"],
        "relations": {
            "students": {child: {"rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "gethomework",
                                           "getschedule"], "rel": "child", "name": child, "title": title(child),
                                 "lastname": PUPILS[child][0], "firstname": PUPILS[child][1],
                                 "gender": PUPILS[child][2], "class": klass, "parallel": klass[:-1],
                                 "city": "Ярославль"}},
            "groups": {klass: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": klass,
                               "parallel": int(klass[:-1]), "balls": 5, "hometeacher_id": t[0],
                               "hometeacher_name": f"{t[1]} {t[2]} {t[3]}", "hometeacher_lastname": t[1],
                               "hometeacher_firstname": t[2], "hometeacher_middlename": t[3]}},
            "schools": SCHOOL},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
        "id": parent, "name": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
        "middlename": middle, "gender": "female" if middle.endswith("на") else "male", "email": "",
        "region": "Ярославская область", "city": "Ярославль", "vendor": "gym35", "vendor_id": 7635})}


# --- getperiods (A.3 Period, A.4, A.5 E1): an array of students ------------------------------------------------------
def quarter(name, fullname, start, end):
    return {"name": name, "fullname": fullname, "start": start, "end": end, "disabled": False, "ambigious": None}


def column(name, fullname):
    return {"name": name, "fullname": fullname, "start": "", "end": "", "disabled": False, "ambigious": True}


P2025 = [quarter("I", "1 четверть", "20250901", "20251026"), quarter("II", "2 четверть", "20251105", "20251228"),
         quarter("III", "3 четверть", "20260112", "20260322"), quarter("IV", "4 четверть", "20260401", "20260529"),
         column("Г", "Годовая"), column("Э", "Экзамен")]
P2026 = [quarter("I", "1 четверть", "20260901", "20261025"), quarter("II", "2 четверть", "20261105", "20261227"),
         quarter("III", "3 четверть", "20270111", "20270321"), quarter("IV", "4 четверть", "20270401", "20270525"),
         column("Г", "Годовая")]


def weeks_of(p):
    if not p["start"]:
        return []
    out, days = [], days_between(p["start"], p["end"])
    for i in range(0, len(days), 7):
        chunk = days[i:i + 7]
        out.append({"start": chunk[0], "end": chunk[-1], "title": f"{chunk[0][6:]}.{chunk[0][4:6]} - "
                                                                  f"{chunk[-1][6:]}.{chunk[-1][4:6]}"})
    return out


def getperiods(sid, periods, at, weeks=False):
    extra = "&weeks=__yes&show_disabled=__yes" if weeks else "&show_disabled=__yes"
    return {"request": f"getperiods?{Q}&student={sid}{extra}", "pulled_at": at,
            "body": ok({"students": [{"name": sid, "title": title(sid),
                                      "periods": [dict(p, weeks=weeks_of(p) if weeks else []) for p in periods]}]})}


# --- getdiary (A.3 Day, Lesson item, Assessment; A.5 E2) -------------------------------------------------------------
def assessment(value, day, lid, ctype="Работа на уроке", short="РУ", weight=1, comment=""):
    absent = value in ("н", "оп")
    number = 0 if absent else int(value[0])
    return {"value": value, "countas": str(number), "count": not absent, "convert": number,
            "weight": 0 if absent else weight, "weight_float": 0 if absent else weight,
            "control_type": "" if absent else ctype, "control_type_short": "" if absent else short,
            "date": dash(day), "lesson_id": lid, "nm": "1", "comment": comment, "color_hex": None}


def lesson(num, subject, teacher, room, lid, topic, control=False, hw=None, marks=(), grp=None, hours=None):
    start, end = hours or RINGS[num]
    item = {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100, "lesson_id": lid,
            "topic": topic, "is_control": control, "starttime": start, "endtime": end, "homework": {}, "files": [],
            "resources": [], "assessments": list(marks)}
    if grp:
        item["grp"], item["grp_short"] = grp
    if hw:
        item["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}}
    return item


def school_day(day, items, as_array=False):
    return {"name": day, "title": weekday(day), "items": list(items) if as_array else {i["num"]: i for i in items}}


def vacation(day, items=(), as_array=False):
    d = {"name": day, "title": weekday(day), "alert": "vacation", "holiday_name": "Летние каникулы"}
    d["items"] = list(items) if as_array else {i["num"]: i for i in items}
    return d


def getdiary(sid, first, last, days, at, students_as_array=False):
    student = {"name": sid, "title": title(sid), "parent_signed": False, "days": {d["name"]: d for d in days}}
    students = [student] if students_as_array else {sid: student}
    return {"request": f"getdiary?{Q}&student={sid}&days={first}-{last}&rings=__yes", "pulled_at": at,
            "body": ok({"students": students})}


# 8А, the last school week of 2025/26 (25-29 May 2026). Per pupil: the marks of each lesson.
EXAM = ("Экзамен", "ЭКЗ", 3)
KR = ("Контрольная работа", "КР", 2)
MAY_MARKS = {  # lesson id -> pupil -> (value, work type, short, weight, comment)
    "886101": {"35101": ("5",) + EXAM + ("",), "35102": ("3",) + EXAM + ("",), "35103": ("4",) + EXAM + ("",),
               "35104": ("4",) + EXAM + ("",)},
    "886102": {"35104": ("4", "Работа на уроке", "РУ", 1, "")},
    "886111": {"35101": ("5",) + KR + ("",), "35102": ("2",) + KR + ("Не решены задачи 3–5",),
               "35103": ("4",) + KR + ("",), "35104": ("3",) + KR + ("",)},
    "886121": {"35101": ("5",) + EXAM + ("",), "35102": ("3",) + EXAM + ("",), "35103": ("н", "", "", 0, ""),
               "35104": ("4",) + EXAM + ("",)},
    "886122": {"35103": ("н", "", "", 0, "")},
    "886131": {"35101": ("5", "Работа на уроке", "РУ", 1, "")},
    "886132": {"35102": ("оп", "", "", 0, "")},
    "886143": {"35104": ("5", "Работа на уроке", "РУ", 1, ""), "35102": ("3", "Работа на уроке", "РУ", 1, "")},
}
MAY_TIMETABLE = {
    "20260525": [("1", "Русский язык", "rus", "203", "886101",
                  "Переводной экзамен по русскому языку (изложение с творческим заданием)", True, None),
                 ("2", "Физика", "phys", "221", "886102", "Повторение: электрические явления", False, None),
                 ("3", "История", "hist", "307", "886103", "Итоговое повторение: Россия в XVIII веке", False, None)],
    "20260526": [("1", "Геометрия", "math", "214", "886111", "Итоговая контрольная работа за курс 8 класса", True,
                  None),
                 ("2", "Английский язык", "eng", "305", "886112", "Summer plans: speaking", False, None),
                 ("3", "Биология", "bio", "118", "886113", "Итоговое повторение: организм человека", False,
                  (7710113, "Летнее задание: дневник наблюдений за погодой и растениями (10 записей)"))],
    "20260527": [("1", "Алгебра", "math", "214", "886121", "Переводной экзамен по алгебре (письменная работа)", True,
                  None),
                 ("2", "Литература", "rus", "203", "886122", "Итоги года. Книги на лето", False,
                  (7710122, "Летнее чтение: Н. В. Гоголь «Ревизор», А. С. Пушкин «Капитанская дочка», "
                            "М. Ю. Лермонтов «Мцыри»"))],
    "20260528": [("1", "Химия", "chem", "112", "886131", "Обобщение курса химии 8 класса", False, None),
                 ("2", "Геометрия", "math", "214", "886132", "Анализ итоговой контрольной работы", False, None),
                 ("3", "Русский язык", "rus", "203", "886133", "Анализ переводного экзамена", False, None)],
    "20260529": [("1", "Физика", "phys", "221", "886141", "Итоговый урок. Физика вокруг нас", False, None),
                 ("2", "Английский язык", "eng", "305", "886142", "Reading for pleasure", False,
                  (7710142, "Read an adapted book of your choice, write out 5 new words a week")),
                 ("3", "Алгебра", "math", "214", "886143", "Итоги года", False, None)],
}


def may_week(sid):
    days = []
    for day, rows in MAY_TIMETABLE.items():
        items = []
        for num, subject, teacher, room, lid, topic, control, hw in rows:
            marks = []
            if sid in MAY_MARKS.get(lid, {}):
                value, ctype, short, weight, comment = MAY_MARKS[lid][sid]
                marks.append(assessment(value, day, lid, ctype, short, weight, comment))
            items.append(lesson(num, subject, T[teacher], room, lid, topic, control, hw, marks))
        days.append(school_day(day, items))
    return days


# The retake of Геометрия (Шестаков's academic debt): a lesson of its own on a vacation day, held for him alone.
RETAKE_GRP = ("Пересдача", "пересд.")
RETAKE_1 = lesson("1", "Геометрия", T["math"], "214", "887010", "Ликвидация академической задолженности (1-я попытка)",
                  True, marks=[assessment("2", "20260610", "887010", "Пересдача", "ПС", 1,
                                          "Не решены задачи на подобие треугольников")],
                  grp=RETAKE_GRP, hours=RETAKE_TIME)
RETAKE_2 = lesson("1", "Геометрия", T["math"], "214", "887826",
                  "Ликвидация академической задолженности (2-я попытка, комиссия)", True,
                  marks=[assessment("3", "20260826", "887826", "Пересдача", "ПС", 1,
                                    "Комиссия: Зуева М. В., Гаврилов П. С.")],
                  grp=RETAKE_GRP, hours=RETAKE_TIME)


def summer(first, last, special=None, as_array=False):
    special = special or {}
    return [vacation(d, special.get(d, ()), as_array) for d in days_between(first, last)]


# 9А, the first days of 2026/27 (1-4 September 2026)
SEPT_MARKS = {"990211": {"35102": ("3", "Работа на уроке", "РУ", 1, "")},
              "990311": {"35101": ("5",) + KR + ("",), "35102": ("4",) + KR + ("",),
                         "35105": ("5",) + KR + ("",)},
              "990101": {"35101": ("5", "Работа на уроке", "РУ", 1, "")}}
SEPT_TIMETABLE = {
    "20260901": [("1", "Алгебра", "math", "214", "990101", "Повторение: квадратные уравнения", False, None),
                 ("2", "Литература", "rus", "203", "990102", "Литература как искусство слова", False,
                  (7790102, "Прочитать «Слово о полку Игореве», с. 8–25"))],
    "20260902": [("1", "Геометрия", "math", "214", "990211", "Повторение: подобие треугольников", False, None),
                 ("2", "Физика", "phys", "221", "990212", "Материальная точка. Система отсчёта", False,
                  (7790212, "§ 1, упр. 1 (1, 2)")),
                 ("3", "Обществознание", "soc", "307", "990213", "Политика и власть", False, None)],
    "20260903": [("1", "Русский язык", "rus", "203", "990311", "Входная контрольная работа (диктант)", True, None),
                 ("2", "Химия", "chem", "112", "990312", "Повторение курса 8 класса", False, None)],
    "20260904": [("1", "История", "hist", "307", "990401", "Россия в начале XIX века", False, None),
                 ("2", "Английский язык", "eng", "305", "990402", "My summer", False,
                  (7790402, "Ex. 3, p. 9: write about your summer (80–100 words)"))],
}


def sept_week(sid):
    days = []
    for day, rows in SEPT_TIMETABLE.items():
        items = []
        for num, subject, teacher, room, lid, topic, control, hw in rows:
            marks = []
            if sid in SEPT_MARKS.get(lid, {}):
                value, ctype, short, weight, comment = SEPT_MARKS[lid][sid]
                marks.append(assessment(value, day, lid, ctype, short, weight, comment))
            items.append(lesson(num, subject, T[teacher], room, lid, topic, control, hw, marks))
        days.append(school_day(day, items))
    return days


# --- getmarks (A.3 SubjectMarks, A.5 E3): marks by their own dates ---------------------------------------------------
MTYPE = {"Работа на уроке": (1, "РУ"), "Контрольная работа": (4, "КР"), "Самостоятельная работа": (3, "СР"),
         "Экзамен": (9, "ЭКЗ"), "Пересдача": (12, "ПС"), "": None}
TOPICS = {lid: (topic, subject) for rows in list(MAY_TIMETABLE.values()) + list(SEPT_TIMETABLE.values())
          for _, subject, _, _, lid, topic, _, _ in rows}
TOPICS.update({"887010": (RETAKE_1["topic"], "Геометрия"), "887826": (RETAKE_2["topic"], "Геометрия"),
               "886903": ("Переводной экзамен по алгебре (резервный день)", "Алгебра")})
# Marks of April and May 2026 that no getdiary of this journey holds (their lessons were pulled before it started)
EARLIER = {  # lesson id -> (date, subject, topic)
    "884410": ("20260415", "Алгебра", "Квадратные уравнения: решение задач"),
    "884522": ("20260422", "Геометрия", "Площадь трапеции"),
    "884630": ("20260429", "Русский язык", "Обособленные обстоятельства"),
    "885114": ("20260514", "Алгебра", "Самостоятельная работа: теорема Виета"),
    "885219": ("20260519", "Геометрия", "Теорема Пифагора: задачи"),
    "885320": ("20260520", "Русский язык", "Подготовка к экзамену: изложение"),
    "882117": ("20260217", "Геометрия", "Подобные треугольники"),
}
TOPICS.update({lid: (topic, subject) for lid, (_, subject, topic) in EARLIER.items()})
EARLIER_MARKS = {  # pupil -> lesson id -> (value, work type, weight, comment)
    "35101": {"884410": ("5", "Работа на уроке", 1, ""), "884522": ("5", "Самостоятельная работа", 1, ""),
              "884630": ("4", "Работа на уроке", 1, ""), "885114": ("5", "Самостоятельная работа", 1, ""),
              "885320": ("5", "Работа на уроке", 1, "")},
    "35102": {"884410": ("3", "Работа на уроке", 1, ""), "884522": ("2", "Самостоятельная работа", 1,
                                                                   "Не выучены формулы площадей"),
              "885114": ("3", "Самостоятельная работа", 1, ""), "885219": ("2", "Работа на уроке", 1, ""),
              "885320": ("3", "Работа на уроке", 1, ""), "882117": ("2", "Контрольная работа", 2, "")},
    "35103": {"884410": ("4", "Работа на уроке", 1, ""), "884630": ("5", "Работа на уроке", 1, ""),
              "885219": ("4", "Работа на уроке", 1, "")},
    "35104": {"884522": ("3", "Самостоятельная работа", 1, ""), "885114": ("4", "Самостоятельная работа", 1, ""),
              "885320": ("4", "Работа на уроке", 1, "")},
}
SUMMER_MARKS = {"35102": {"887010": ("20260610", "2", "Пересдача", 1, RETAKE_1["assessments"][0]["comment"]),
                          "887826": ("20260826", "3", "Пересдача", 1, RETAKE_2["assessments"][0]["comment"])},
                "35103": {"886903": ("20260603", "4", "Экзамен", 3, "Сдавала в резервный день (болела 27.05)")}}
LESSON_DAY = {lid: day for day, rows in list(MAY_TIMETABLE.items()) + list(SEPT_TIMETABLE.items())
              for _, _, _, _, lid, _, _, _ in rows}
SUBJECT_IDS = {"Алгебра": "1401", "Геометрия": "1402", "Русский язык": "1403", "Литература": "1404",
               "Физика": "1405", "Химия": "1406", "Английский язык": "1407", "Биология": "1408", "История": "1409",
               "Обществознание": "1410"}


def gm(value, day, lid, ctype, weight, comment):
    absent = value in ("н", "оп")
    number = 0 if absent else int(value[0])
    m = {"value": value, "countas": str(number), "count": not absent, "convert": number,
         "weight": 0 if absent else weight, "weight_float": 0 if absent else weight, "date": dash(day),
         "lesson_id": lid, "nm": "1", "comment": comment, "lesson_comment": TOPICS[lid][0], "max_mark": None}
    if MTYPE.get(ctype):
        m["mtype"] = {"id": MTYPE[ctype][0], "short": MTYPE[ctype][1], "type": ctype}
    return m


def marks_of(sid, first, last):
    """Every mark and absence of the pupil dated first..last (getmarks selects by the marks' own dates, A.3)."""
    found = []
    for lid, (day, subject, _) in EARLIER.items():
        if lid in EARLIER_MARKS.get(sid, {}):
            value, ctype, weight, comment = EARLIER_MARKS[sid][lid]
            found.append((day, subject, gm(value, day, lid, ctype, weight, comment)))
    for table in (MAY_MARKS, SEPT_MARKS):
        for lid, by_pupil in table.items():
            if sid in by_pupil:
                value, ctype, _, weight, comment = by_pupil[sid]
                found.append((LESSON_DAY[lid], TOPICS[lid][1], gm(value, LESSON_DAY[lid], lid, ctype, weight,
                                                                  comment)))
    for lid, (day, value, ctype, weight, comment) in SUMMER_MARKS.get(sid, {}).items():
        found.append((day, TOPICS[lid][1], gm(value, day, lid, ctype, weight, comment)))
    return sorted((f for f in found if first <= f[0] <= last), key=lambda f: (f[0], f[2]["lesson_id"]))


def average(marks):
    counted = [(float(m["weight_float"]), m["convert"]) for m in marks if m["count"] and m["weight_float"]]
    if not counted:
        return ""
    return f"{sum(w * v for w, v in counted) / sum(w for w, _ in counted):.2f}"


def getmarks(sid, first, last, at, upto=None):
    """The pupil's getmarks over first..last as pulled at `at` (marks entered after `upto` are not there yet)."""
    by_subject = {}
    for day, subject, m in marks_of(sid, first, min(last, upto or last)):
        by_subject.setdefault(subject, []).append(m)
    lessons = [{"name": s, "average": average(ms), "averageConvert": round(float(average(ms) or 0)),
                "lesson_id": SUBJECT_IDS[s], "color_hex": None, "marks": ms} for s, ms in by_subject.items()]
    return {"request": f"getmarks?{Q}&student={sid}&days={first}-{last}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "lessons": lessons}}})}


# --- getfinalassessments (A.3 Final assessment, A.5 E4) ---------------------------------------------------------------
def fa(subject, cells):
    return {"name": subject, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in cells]}


def cells(i, ii, iii, iv, year, exam=None, year_comment="", exam_comment=""):
    out = [("I", i, ""), ("II", ii, ""), ("III", iii, ""), ("IV", iv, ""), ("Г", year, year_comment)]
    if exam is not None:
        out.append(("Э", exam, exam_comment))
    return out


def finals_state(sid, moment):
    """The pupil's 2025/26 final marks as the journal had them at `moment` ('may', 'june', 'august')."""
    if sid == "35101":
        lit = ("5", "5") if moment != "may" else ("4", "4")
        return [fa("Алгебра", cells("5", "5", "4", "5", "5", "5")),
                fa("Геометрия", cells("5", "4", "5", "5", "5")),
                fa("Русский язык", cells("4", "5", "5", "5", "5", "5")),
                fa("Литература", cells("5", "5", "4", lit[0], lit[1]))]
    if sid == "35102":
        geo_year, geo_comment = ("3", "Задолженность ликвидирована 26.08.2026") if moment == "august" else (
            "2", "Академическая задолженность")
        if moment == "june":
            geo_comment = "Академическая задолженность; пересдача 10.06.2026: 2, повторная пересдача 26.08.2026"
        return [fa("Алгебра", cells("3", "3", "3", "3", "3", "3")),
                fa("Геометрия", cells("3", "3", "2", "2", geo_year, year_comment=geo_comment)),
                fa("Русский язык", cells("3", "4", "3", "3", "3", "3")),
                fa("Литература", cells("4", "4", "4", "4", "4"))]
    if sid == "35103":
        exam, year, note = ("", "", "") if moment == "may" else ("4", "4", "Резервный день 03.06.2026")
        return [fa("Алгебра", cells("4", "4", "4", "4", year, exam, exam_comment=note)),
                fa("Геометрия", cells("4", "4", "4", "4", "4")),
                fa("Русский язык", cells("5", "4", "4", "5", "4", "4")),
                fa("Литература", cells("5", "5", "5", "5", "5"))]
    return [fa("Алгебра", cells("4", "4", "4", "4", "4", "4")),
            fa("Геометрия", cells("3", "3", "4", "3", "3")),
            fa("Русский язык", cells("4", "4", "4", "4", "4", "4")),
            fa("Литература", cells("4", "3", "4", "4", "4"))]


def finals(sid, items, at, days=None):
    query = f"&days={days}" if days else ""
    return {"request": f"getfinalassessments?{Q}&student={sid}{query}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "items": items}}})}


LAST_YEAR = "20250901-20260531"
YEAR_WITH_SUMMER = ("20250901", "20260831")
CLASS8 = ["35101", "35102", "35103", "35104"]

steps = [
    {"name": "01 20 May 2026: the parents' getrules (8А, class teacher Воронина) and the pupils' getperiods of 2025/26: "
             "quarters I-IV, the year column Г and the exam column Э (ambigious, no dates) [A.3 getrules, Period; A.4]",
     "batches": [[getrules(p, "8А", f"2026-05-20T07:0{i}:00+03:00")
                  for i, p in enumerate(["35201", "35202", "35203", "35204"])]
                 + [getperiods("35101", P2025, "2026-05-20T07:10:00+03:00", weeks=True),
                    getperiods("35102", P2025, "2026-05-20T07:11:00+03:00"),
                    getperiods("35103", P2025, "2026-05-20T07:12:00+03:00")]]},
    {"name": "02 29 May 2026: the last school week of 8А (25-29 May): transfer exams in Русский язык and Алгебра, the "
             "Геометрия test Шестаков fails, Латыпова ill on the Алгебра exam day, summer homework [A.3 Day, Lesson item, "
             "Assessment; A.5 E2; A.6]",
     "batches": [[getdiary(s, "20260525", "20260529", may_week(s), "2026-05-29T19:00:00+03:00") for s in CLASS8]]},
    {"name": "03 30-31 May 2026: quarter IV's getmarks (days = IV exactly, with the journal's averages) and the first "
             "finals without days: Шестаков's year mark Г 2 in Геометрия, Латыпова's exam and year cells of Алгебра "
             "still empty [A.3 SubjectMarks, Final assessment; A.2 getfinalassessments]",
     "batches": [[getmarks(s, "20260401", "20260529", "2026-05-31T20:00:00+03:00") for s in CLASS8]
                 + [finals(s, finals_state(s, "may"), "2026-05-30T20:00:00+03:00") for s in CLASS8]]},
    {"name": "04 5 June 2026: the first week of the summer (vacation days), Латыпова's Алгебра exam on the reserve day "
             "3 June in her finals (Э 4, Г 4, days of the finished year), Голубева's Литература IV and Г corrected "
             "4 -> 5 (an answer without days, pulled in the summer) [A.3 Day alert; Final assessment; A.2]",
     "batches": [[getdiary(s, "20260601", "20260605", summer("20260601", "20260605"), "2026-06-05T19:00:00+03:00")
                  for s in ["35101", "35102", "35103"]]
                 + [finals("35103", finals_state("35103", "june"), "2026-06-05T19:30:00+03:00", LAST_YEAR),
                    finals("35101", finals_state("35101", "june"), "2026-06-05T19:31:00+03:00")]]},
    {"name": "05 11-15 June 2026: the first retake of Геометрия on 10 June (Шестаков: 2 again; a lesson of its own on "
             "a vacation day), the whole year's getmarks including the summer (Шестаков, Латыпова: her reserve-day exam "
             "mark dated 3 June), a classmate's week without the retake, the parents' getrules in the summer (still 8А) "
             "[A.3 Day, Lesson item grp, SubjectMarks; A.4]",
     "batches": [[getdiary("35102", "20260608", "20260612",
                           summer("20260608", "20260612", {"20260610": [RETAKE_1]}, as_array=True),
                           "2026-06-11T19:00:00+03:00"),
                  getdiary("35101", "20260608", "20260612", summer("20260608", "20260612"),
                           "2026-06-11T19:01:00+03:00"),
                  getmarks("35102", *YEAR_WITH_SUMMER, "2026-06-11T19:05:00+03:00", upto="20260611"),
                  getmarks("35103", *YEAR_WITH_SUMMER, "2026-06-11T19:06:00+03:00", upto="20260611"),
                  getrules("35202", "8А", "2026-06-15T07:00:00+03:00")]]},
    {"name": "06 27 August 2026: the second retake on 26 August (Шестаков passes with 3 before a commission), the "
             "year's getmarks with both retakes, and his finals of the finished year with the year mark changed "
             "Г 2 -> 3 [A.3 Day, Lesson item, SubjectMarks, Final assessment; A.1 students as an array]",
     "batches": [[getdiary("35102", "20260824", "20260828",
                           summer("20260824", "20260828", {"20260826": [RETAKE_2]}),
                           "2026-08-27T19:00:00+03:00", students_as_array=True),
                  getmarks("35102", *YEAR_WITH_SUMMER, "2026-08-27T19:05:00+03:00", upto="20260827"),
                  finals("35102", finals_state("35102", "august"), "2026-08-27T19:10:00+03:00", LAST_YEAR)]]},
    {"name": "07 1 September 2026: the new school year's getrules (8А is now 9А, class teacher Гаврилов; Шестаков "
             "promoted after his retake; Сафина new in 9А) and getperiods of 2026/27 [A.3 getrules, Period; A.4]",
     "batches": [[getrules(p, "9А", f"2026-09-01T07:0{i}:00+03:00")
                  for i, p in enumerate(["35201", "35202", "35203", "35204", "35205"])]
                 + [getperiods("35102", P2026, "2026-09-01T07:11:00+03:00", weeks=True),
                    getperiods("35105", P2026, "2026-09-01T07:12:00+03:00")]]},
    {"name": "08 3-4 September 2026: the first days of 9А; the finished year pulled again with its days (finals of "
             "2025/26 as the school finally had them, the whole year's getmarks, Шестаков's last summer week); this "
             "year's finals (empty, with and without days) and the first getmarks of 2026/27 [A.2 days; A.3; A.4]",
     "batches": [[getdiary(s, "20260901", "20260904", sept_week(s), "2026-09-04T19:00:00+03:00")
                  for s in ["35101", "35102", "35105"]]
                 + [getdiary("35102", "20260824", "20260831",
                             summer("20260824", "20260831", {"20260826": [RETAKE_2]}), "2026-09-03T18:00:00+03:00")]
                 + [finals(s, finals_state(s, "august"), f"2026-09-03T18:1{i}:00+03:00", LAST_YEAR)
                    for i, s in enumerate(CLASS8)]
                 + [getmarks("35104", *YEAR_WITH_SUMMER, "2026-09-03T18:20:00+03:00"),
                    finals("35101", [fa(s, []) for s in ("Алгебра", "Геометрия", "Русский язык", "Литература",
                                                         "Обществознание")], "2026-09-03T18:21:00+03:00"),
                    finals("35102", [], "2026-09-03T18:22:00+03:00", "20260901-20270531"),
                    getmarks("35101", "20260901", "20261025", "2026-09-04T19:05:00+03:00")]]},
    {"name": "09 delivered on 5 September, pulled on 11 June: Шестаков's finals after the first retake (Г still 2), "
             "replayed by the sync job's retry queue; older than what the hub holds [A.3 Final assessment; hub README "
             "pulled_at]",
     "batches": [[finals("35102", finals_state("35102", "june"), "2026-06-11T19:10:00+03:00", LAST_YEAR)]]},
]

journey = {"vendor": "elzhur",
           "description": "Гимназия № 35 (Ярославль): the end of 8А's school year 2025/26 and the summer after it. Transfer "
                          "exams (the Э column), year marks (Г), Шестаков's academic debt in Геометрия retaken on "
                          "10 June (2) and 26 August (3, year mark changed in August), Латыпова's exam on the reserve "
                          "day; the new year 2026/27 (9А, Сафина new) begins on 1 September, and the finished year is "
                          "pulled again with its days.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
