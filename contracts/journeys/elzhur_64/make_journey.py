"""Write journey.json of elzhur_64: every kind of final assessment (Eljur), two classes of one parallel.

МАОУ «Лицей № 64» г. Казани (Eljur vendor `kzn-lyc64`), hub school `sch-el-64x`, zone Europe/Moscow. School year
2026/27, the last fortnight of May and June 2027. 9А works by quarters, 9Б (a profile class) by trimesters; both
have a year column, an exam column and an итоговая column (`ambigious`, 9Б's exam column also `disabled`).
Every value is invented. Written from shared/reference/elzhur_mesh.md Part A (A.1-A.6) only.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = "kzn-lyc64"
TZ = "+03:00"


def ok(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, pulled: str, result: dict) -> dict:
    return {"request": request, "pulled_at": f"{pulled}{TZ}", "body": ok(result)}


PUPILS = {  # id -> (title, lastname, firstname, gender, class)
    "64101": ("Захаров Артём", "Захаров", "Артём", "male", "9А"),
    "64102": ("Гарипова Алсу", "Гарипова", "Алсу", "female", "9А"),
    "64201": ("Валиев Тимур", "Валиев", "Тимур", "male", "9Б"),
    "64202": ("Захарова Полина", "Захарова", "Полина", "female", "9Б"),
}
PARENTS = {  # id -> (title, last, first, middle, gender, children)
    "64901": ("Захарова Елена Викторовна", "Захарова", "Елена", "Викторовна", "female", ["64101", "64202"]),
    "64902": ("Гарипов Ренат Ильдарович", "Гарипов", "Ренат", "Ильдарович", "male", ["64102"]),
    "64903": ("Валиева Гульнара Рустэмовна", "Валиева", "Гульнара", "Рустэмовна", "female", ["64201"]),
}
HOMEROOM = {
    "9А": ("64611", "Сафина Лилия Ринатовна", "Сафина", "Лилия", "Ринатовна"),
    "9Б": ("64612", "Корнилов Дмитрий Сергеевич", "Корнилов", "Дмитрий", "Сергеевич"),
}
TEACHERS = {
    "Алгебра": "Сафина Лилия Ринатовна",
    "Русский язык": "Егорова Наталья Павловна",
    "Литература": "Егорова Наталья Павловна",
    "Химия": "Корнилов Дмитрий Сергеевич",
    "Английский язык": "Хабибуллина Эльмира Азатовна",
    "Физическая культура": "Тихонов Сергей Владимирович",
    "Информатика": "Мухаметзянов Айдар Фаритович",
}


def getrules(parent: str) -> dict:
    title, last, first, middle, gender, kids = PARENTS[parent]
    students, groups = {}, {}
    for k in kids:
        t, ln, fn, g, cls = PUPILS[k]
        students[k] = {"rel": "child", "name": k, "title": t, "lastname": ln, "firstname": fn, "gender": g,
                       "class": cls, "parallel": "9", "city": "Казань",
                       "rules": ["getdiary", "getmarks", "getperiods", "getfinalassessments", "getschedule"]}
        hid, hname, hl, hf, hm = HOMEROOM[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "9", "balls": 5, "hometeacher_id": hid,
                       "hometeacher_name": hname, "hometeacher_lastname": hl, "hometeacher_firstname": hf,
                       "hometeacher_middlename": hm}
    return {"name": parent, "id": parent, "title": title, "lastname": last, "firstname": first,
            "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
            "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR, "vendor_id": "6464",
            "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
            "relations": {"students": students, "groups": groups,
                          "schools": [{"title": "Лицей № 64", "title_full": "МАОУ «Лицей № 64» г. Казани",
                                       "number": "64", "inn": "1660006464", "kpp": "166001001"}]}}


def weeks(start: str, end: str) -> list[dict]:
    import datetime as dt
    d = dt.date(int(start[:4]), int(start[4:6]), int(start[6:]))
    last = dt.date(int(end[:4]), int(end[4:6]), int(end[6:]))
    d -= dt.timedelta(days=d.weekday())
    out = []
    while d <= last:
        s, e = max(d, dt.date(int(start[:4]), int(start[4:6]), int(start[6:]))), min(d + dt.timedelta(days=6), last)
        out.append({"start": s.strftime("%Y%m%d"), "end": e.strftime("%Y%m%d"),
                    "title": f"{s.strftime('%d.%m')} - {e.strftime('%d.%m')}"})
        d += dt.timedelta(days=7)
    return out


def period(name, fullname, start, end, *, disabled=False, ambigious=None, with_weeks=False):
    p = {"name": name, "fullname": fullname, "start": start, "end": end, "disabled": disabled,
         "ambigious": ambigious, "weeks": []}
    if with_weeks and start:
        p["weeks"] = weeks(start, end)
    return p


def periods_9a(iv_end: str, with_weeks: bool) -> list[dict]:
    return [period("I", "1 четверть", "20260901", "20261025"),
            period("II", "2 четверть", "20261105", "20261229"),
            period("III", "3 четверть", "20270112", "20270321"),
            period("IV", "4 четверть", "20270401", iv_end, with_weeks=with_weeks),
            period("Г", "Годовая", "", "", ambigious=True),
            period("Э", "Экзамен", "", "", ambigious=True),
            period("И", "Итоговая", "", "", ambigious=True)]


def periods_9b(show_disabled: bool, with_weeks: bool) -> list[dict]:
    out = [period("I", "1 триместр", "20260901", "20261130"),
           period("II", "2 триместр", "20261201", "20270228"),
           period("III", "3 триместр", "20270301", "20270525", with_weeks=with_weeks),
           period("Г", "Годовая", "", "", ambigious=True)]
    if show_disabled:  # the exam column is disabled: listed only with show_disabled (A.3 Period)
        out.append(period("Э", "Экзамен", "", "", disabled=True, ambigious=True))
    out.append(period("И", "Итоговая", "", "", ambigious=True))
    return out


def getperiods(pupil: str, periods: list[dict]) -> dict:
    return {"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": periods}]}


# --- final assessments ----------------------------------------------------------------------------------------
# per pupil: subject -> {period: value or (value, comment) or (value, comment, convert)}
FINALS_MAY16 = {
    "64101": {
        "Русский язык": {"I": "4", "II": "4", "III": "5"},
        "Литература": {"I": ("5-", "", 5), "II": "5", "III": "5"},
        "Алгебра": {"I": "4", "II": ("4+", "", 4), "III": "4"},
        "Английский язык": {"I": "3", "II": "4", "III": "4"},
        "Химия": {"I": "4", "II": "3", "III": "4"},
        "Физическая культура": {"I": "зач", "II": ("незач", "не сдал нормативы"), "III": "зач"},
        "Информатика": {"I": "5", "II": "5", "III": "5"},
    },
    "64102": {
        "Русский язык": {"I": "3", "II": "4", "III": "4"},
        "Литература": {"I": "4", "II": "4", "III": "4"},
        "Алгебра": {"I": "3", "II": "3", "III": "3"},
        "Английский язык": {"I": "5", "II": "5", "III": "5"},
        "Химия": {"I": "4", "II": "4", "III": ("н/а", "пропустила более половины уроков (болезнь)")},
        "Физическая культура": {"I": ("осв", "справка, спецмедгруппа"), "II": ("осв", "справка, спецмедгруппа"),
                                "III": ("осв", "справка, спецмедгруппа")},
        "Информатика": {"I": "4", "II": "5", "III": "4"},
    },
    "64201": {
        "Русский язык": {"I": "4", "II": "4"},
        "Литература": {"I": "4", "II": "3"},
        "Алгебра": {"I": "5", "II": "5"},
        "Английский язык": {"I": "4", "II": "4"},
        "Химия": {"I": "5", "II": ("2", "не написал контрольную")},
        "Физическая культура": {"I": "5", "II": "5"},
        "Информатика": {"I": "9", "II": "10"},
        "Индивидуальный проект": {"I": "усв"},
    },
    "64202": {
        "Русский язык": {"I": "5", "II": "5"},
        "Литература": {"I": "5", "II": "5"},
        "Алгебра": {"I": "4", "II": ("4-", "", 4)},
        "Английский язык": {"I": ("4-", "", 4), "II": "4"},
        "Химия": {"I": "4", "II": "4"},
        "Физическая культура": {"I": "зачёт", "II": "зачёт"},
        "Информатика": {"I": "8", "II": "9"},
        "Индивидуальный проект": {"I": "усв"},
    },
}


def upd(base: dict, changes: dict) -> dict:
    out = {p: {s: dict(v) for s, v in subjects.items()} for p, subjects in base.items()}
    for pupil, subjects in changes.items():
        for subject, cells in subjects.items():
            row = out[pupil].setdefault(subject, {})
            for per, value in cells.items():
                if value is None:
                    row.pop(per, None)
                else:
                    row[per] = value
            if not row:
                out[pupil].pop(subject)
    return out


FINALS_MAY26 = upd(FINALS_MAY16, {
    "64101": {"Русский язык": {"IV": "5", "Г": "5"}, "Литература": {"IV": "5", "Г": "5"},
              "Алгебра": {"IV": "4", "Г": "4"}, "Английский язык": {"IV": "4", "Г": "4"},
              "Химия": {"IV": "4", "Г": "4"},
              "Физическая культура": {"II": ("зач", "пересдал нормативы 14.01"), "IV": "зач", "Г": "зач"},
              "Информатика": {"IV": "5", "Г": "5"}},
    "64102": {"Русский язык": {"IV": "4", "Г": "4"}, "Литература": {"IV": "5", "Г": "4"},
              "Алгебра": {"IV": "3", "Г": "3"}, "Английский язык": {"IV": "5", "Г": "5"},
              "Химия": {"III": ("3", "аттестована по итогам собеседования"), "IV": "4", "Г": "4"},
              "Физическая культура": {"IV": ("осв", "справка, спецмедгруппа"), "Г": ("осв", "справка, спецмедгруппа")},
              "Информатика": {"IV": "4", "Г": "4"}},
    "64201": {"Русский язык": {"III": "4", "Г": "4"}, "Литература": {"III": "4", "Г": "4"},
              "Алгебра": {"III": "5", "Г": "5"}, "Английский язык": {"III": "4", "Г": "4"},
              "Химия": {"II": None, "III": "4", "Г": "4"},  # the 2 of the 2nd trimester removed
              "Физическая культура": {"III": "5", "Г": "5"},
              "Информатика": {"III": "9", "Г": "9"}, "Индивидуальный проект": {"Г": "усв"}},
    "64202": {"Русский язык": {"III": "5", "Г": "5"}, "Литература": {"III": "5", "Г": "5"},
              "Алгебра": {"III": "4", "Г": "4"}, "Английский язык": {"III": "4", "Г": "4"},
              "Химия": {"III": "5", "Г": ("4", "")},
              "Физическая культура": {"III": "зачёт", "Г": "зачёт"},
              "Информатика": {"III": "10", "Г": "9"}, "Индивидуальный проект": {"Г": "усв"}},
})

FINALS_JUN25 = upd(FINALS_MAY26, {
    "64101": {"Русский язык": {"Э": "5", "И": "5"}, "Литература": {"И": "5"},
              "Алгебра": {"Э": ("4", "ОГЭ, 17 первичных баллов"), "И": "4"}, "Английский язык": {"И": "4"},
              "Химия": {"Э": "4", "И": "4"}, "Физическая культура": {"И": "зач"}, "Информатика": {"И": "5"}},
    "64102": {"Русский язык": {"Э": ("4", "по результатам апелляции"), "И": "4"}, "Литература": {"И": "4"},
              "Алгебра": {"Г": ("4", "исправлено по решению педсовета"), "Э": "4", "И": "4"},
              "Английский язык": {"Э": "5", "И": "5"}, "Химия": {"И": "4"},
              "Физическая культура": {"И": ("осв", "справка, спецмедгруппа")}, "Информатика": {"И": "4"}},
    "64201": {"Русский язык": {"Э": "4", "И": "4"}, "Литература": {"И": "4"},
              "Алгебра": {"Э": "5", "И": "5"}, "Английский язык": {"И": "4"},
              "Химия": {"II": ("3", "пересдача 2 триместра"), "Э": "5", "И": "5"},
              "Физическая культура": {"И": "5"}, "Информатика": {"Э": "18", "И": "5"},
              "Индивидуальный проект": {"И": "зачёт"}},
    "64202": {"Русский язык": {"Э": "5", "И": "5"}, "Литература": {"И": "5"},
              "Алгебра": {"Э": "4", "И": "4"}, "Английский язык": {"И": "4"},
              "Химия": {"Г": None, "И": "5"},  # a year mark entered by mistake, removed
              "Физическая культура": {"И": "зачёт"}, "Информатика": {"Э": "19", "И": "5"},
              "Индивидуальный проект": {"И": "усв"}},
})
FINALS_JUN20 = upd(FINALS_MAY26, {  # pulled between: the exam marks before the appeal, the 2 not re-entered yet
    "64102": {"Русский язык": {"Э": "3"}, "Английский язык": {"Э": "5"}},
    "64201": {"Русский язык": {"Э": "4"}, "Алгебра": {"Э": "5"}, "Информатика": {"Э": "18"}},
})
ORDER = {"I": 1, "II": 2, "III": 3, "IV": 4, "Г": 5, "Э": 6, "И": 7}


def getfinalassessments(pupil: str, finals: dict) -> dict:
    items = []
    for subject, cells in finals[pupil].items():
        assessments = []
        for per in sorted(cells, key=ORDER.get):
            v = cells[per]
            value, comment, convert = (v, "", None) if isinstance(v, str) else (v + ("", None))[:3]
            a = {"period": per, "value": value, "comment": comment}
            if convert is not None:
                a["convert"] = convert
            assessments.append(a)
        items.append({"name": subject, "assessments": assessments})
    return {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "items": items}}}


# --- a week of the diary (17-23 May 2027) ---------------------------------------------------------------------
BELLS = [("08:00", "08:45"), ("08:55", "09:40"), ("10:00", "10:45"), ("11:05", "11:50")]
ROOMS = {"Алгебра": "204", "Русский язык": "301", "Литература": "301", "Химия": "112",
         "Английский язык": "215", "Физическая культура": "спортзал", "Информатика": "318"}
TIMETABLE = {
    "9А": {"20270517": ["Алгебра", "Русский язык", "Химия"], "20270518": ["Литература", "Английский язык",
                                                                           "Физическая культура"],
           "20270519": ["Информатика", "Алгебра", "Русский язык"],
           "20270524": ["Алгебра", "Русский язык", "Химия"], "20270525": ["Литература", "Английский язык",
                                                                           "Физическая культура"]},
    "9Б": {"20270517": ["Русский язык", "Алгебра", "Информатика"], "20270518": ["Химия", "Физическая культура",
                                                                                 "Литература"],
           "20270519": ["Английский язык", "Алгебра", "Химия"],
           "20270524": ["Русский язык", "Алгебра", "Информатика"], "20270525": ["Химия", "Физическая культура",
                                                                                 "Литература"]},
}
TOPICS = {"Алгебра": "Подготовка к ОГЭ: функции и графики", "Русский язык": "Сжатое изложение",
          "Литература": "М. А. Шолохов «Судьба человека»", "Химия": "Повторение: генетические ряды",
          "Английский язык": "Revision: Passive Voice", "Физическая культура": "Лёгкая атлетика: бег 1000 м",
          "Информатика": "Обработка массивов на Python"}
DIARY_MARKS = {  # (pupil, date, subject) -> list of (value, countas, count, convert, weight, control_type, comment)
    ("64101", "20270517", "Алгебра"): [("4-", "3.75", True, 4, 2, "Контрольная работа", "ошибка в №5")],
    ("64101", "20270518", "Физическая культура"): [("зач", "0", False, 0, 1, "Сдача нормативов", "")],
    ("64102", "20270517", "Химия"): [("н", "0", False, 0, 0, "", "")],
    ("64102", "20270519", "Алгебра"): [("3", "3", True, 3, 1, "Работа на уроке", "")],
    ("64201", "20270517", "Информатика"): [("5", "5", True, 5, 1, "Практическая работа", "")],
    ("64201", "20270519", "Химия"): [("5+", "5.25", True, 5, 2, "Контрольная работа", "отлично")],
    ("64202", "20270518", "Литература"): [("5", "5", True, 5, 1, "Работа на уроке", "")],
    ("64202", "20270519", "Английский язык"): [("оп", "0", False, 0, 0, "", "")],
    ("64101", "20270525", "Английский язык"): [("4", "4", True, 4, 1, "Работа на уроке", "")],
    ("64102", "20270524", "Русский язык"): [("4", "4", True, 4, 1, "Работа на уроке", ""),
                                            ("5", "5", True, 5, 1, "Домашняя работа", "")],
    ("64201", "20270525", "Физическая культура"): [("н", "0", False, 0, 0, "", "")],
    ("64202", "20270524", "Алгебра"): [("5-", "4.75", True, 5, 1, "Самостоятельная работа", "")],
}


def getdiary(pupil: str, first: str, last: str) -> dict:
    cls = PUPILS[pupil][4]
    days = {}
    for date, subjects in TIMETABLE[cls].items():
        if not first <= date <= last:
            continue
        items = {}
        for n, subject in enumerate(subjects, start=1):
            lesson_id = f"{'1' if cls == '9А' else '2'}{date[4:]}{n}"
            marks = []
            for i, (value, countas, count, convert, weight, ct, comment) in enumerate(
                    DIARY_MARKS.get((pupil, date, subject), []), start=1):
                marks.append({"value": value, "countas": countas, "count": count, "convert": convert,
                              "weight": weight, "weight_float": weight, "control_type": ct,
                              "control_type_short": "".join(w[0] for w in ct.split()).upper(),
                              "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lesson_id, "nm": str(i),
                              "comment": comment, "color_hex": None})
            items[str(n)] = {"num": str(n), "name": subject, "room": ROOMS[subject], "teacher": TEACHERS[subject],
                             "sort": n * 100, "lesson_id": lesson_id, "topic": TOPICS[subject], "is_control": False,
                             "starttime": BELLS[n - 1][0] + ":00", "endtime": BELLS[n - 1][1] + ":00",
                             "homework": {}, "files": [], "resources": [], "assessments": marks}
        days[date] = {"name": date, "title": {"20270517": "Понедельник", "20270518": "Вторник",
                                               "20270519": "Среда", "20270524": "Понедельник",
                                               "20270525": "Вторник"}[date], "items": items}
    return {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "parent_signed": False, "days": days}}}


EXTRA_MARKS = {  # pupil -> subject -> marks of the period outside the diary weeks: (value, convert, weight, date, type)
    "64101": {"Алгебра": [("5", 5, 1, "2027-04-06", "Работа на уроке"), ("4", 4, 1, "2027-04-20", "Работа на уроке")],
              "Русский язык": [("5", 5, 1, "2027-04-08", "Работа на уроке"),
                               ("5", 5, 2, "2027-05-06", "Контрольная работа")]},
    "64102": {"Алгебра": [("3", 3, 1, "2027-04-07", "Работа на уроке"), ("4", 4, 1, "2027-04-21", "Работа на уроке")],
              "Химия": [("4", 4, 1, "2027-04-12", "Работа на уроке"), ("4", 4, 2, "2027-05-10", "Контрольная работа")]},
    "64201": {"Химия": [("4", 4, 1, "2027-03-10", "Работа на уроке")],
              "Информатика": [("5", 5, 1, "2027-03-15", "Практическая работа"),
                              ("4", 4, 1, "2027-04-14", "Практическая работа")]},
    "64202": {"Литература": [("5", 5, 1, "2027-03-11", "Работа на уроке"), ("4", 4, 1, "2027-04-15", "Сочинение")],
              "Алгебра": [("4", 4, 1, "2027-03-09", "Работа на уроке"), ("3", 3, 1, "2027-04-13", "Работа на уроке")]},
}
SHORT = {"Работа на уроке": "РУ", "Контрольная работа": "КР", "Практическая работа": "ПР", "Сочинение": "СОЧ",
         "Сдача нормативов": "СН", "Домашняя работа": "ДЗ", "Самостоятельная работа": "СР"}
MTYPE = {t: i for i, t in enumerate(SHORT, start=1)}


def getmarks(pupil: str) -> dict:
    """Every mark and absence of the pupil over the range, by subject (A.3 SubjectMarks, E3): the diary weeks' marks
    and the earlier ones of the period; the average weighted by ``weight_float`` over ``convert`` of counted marks."""
    cls = PUPILS[pupil][4]
    by_subject: dict[str, list] = {}
    for subject, marks in EXTRA_MARKS[pupil].items():
        for i, (value, convert, weight, date, wtype) in enumerate(marks):
            by_subject.setdefault(subject, []).append(
                {"value": value, "countas": str(convert), "count": True, "convert": convert, "weight": weight,
                 "weight_float": weight, "date": date, "lesson_id": f"{'3' if cls == '9А' else '4'}{date[5:7]}{date[8:]}{i}",
                 "nm": "1", "comment": "", "lesson_comment": None, "max_mark": None,
                 "mtype": {"id": MTYPE[wtype], "short": SHORT[wtype], "type": wtype}})
    for (p, day, subject), marks in sorted(DIARY_MARKS.items()):
        if p != pupil:
            continue
        lesson_id = f"{'1' if cls == '9А' else '2'}{day[4:]}{TIMETABLE[cls][day].index(subject) + 1}"
        for i, (value, countas, count, convert, weight, ct, comment) in enumerate(marks, start=1):
            m = {"value": value, "countas": countas, "count": count, "convert": convert, "weight": weight,
                 "weight_float": weight, "date": f"{day[:4]}-{day[4:6]}-{day[6:]}", "lesson_id": lesson_id,
                 "nm": str(i), "comment": comment, "lesson_comment": TOPICS[subject], "max_mark": None}
            if ct:
                m["mtype"] = {"id": MTYPE[ct], "short": SHORT[ct], "type": ct}
            by_subject.setdefault(subject, []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        marks = sorted(by_subject[subject], key=lambda m: (m["date"], m["nm"]))
        counted = [m for m in marks if m["count"]]
        total = sum(m["weight_float"] for m in counted)
        avg = sum(m["convert"] * m["weight_float"] for m in counted) / total if total else None
        lessons.append({"name": subject, "average": "" if avg is None else f"{avg:.2f}",
                        "averageConvert": 0 if avg is None else round(avg), "lesson_id": f"{5 if cls == '9А' else 6}{sorted(TOPICS).index(subject) + 101}",
                        "color_hex": None, "marks": marks})
    return {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "lessons": lessons}}}


def main() -> None:
    a, b = ["64101", "64102"], ["64201", "64202"]
    steps = []
    steps.append({"name": "01 Sun 16 May 19:00: getrules of the three parents; getperiods (9А weeks, no show_disabled; "
                          "9Б show_disabled)", "batches": [
        [rec("getrules", f"2027-05-16T19:0{i}:00", getrules(p)) for i, p in enumerate(PARENTS)],
        [rec(f"getperiods?student={p}&weeks=__yes", f"2027-05-16T19:1{i}:00", getperiods(p, periods_9a("20270528", True)))
         for i, p in enumerate(a)]
        + [rec(f"getperiods?student={p}&show_disabled=__yes", f"2027-05-16T19:1{i + 2}:00",
               getperiods(p, periods_9b(True, False))) for i, p in enumerate(b)]]})
    steps.append({"name": "02 Sun 16 May 19:30: getfinalassessments, quarters I-III and trimesters I-II", "batches": [
        [rec(f"getfinalassessments?student={p}", f"2027-05-16T19:3{i}:00", getfinalassessments(p, FINALS_MAY16))
         for i, p in enumerate(a + b)]]})
    steps.append({"name": "03 Fri 21 May 20:00: getdiary 17-23 May", "batches": [
        [rec(f"getdiary?student={p}&days=20270517-20270523&rings=__yes", f"2027-05-21T20:0{i}:00", getdiary(p, "20270517", "20270523"))
         for i, p in enumerate(a + b)]]})
    steps.append({"name": "03b Tue 25 May 17:00: getdiary 24-30 May (the last school days; 26-30 May not listed)",
                  "batches": [[rec(f"getdiary?student={p}&days=20270524-20270530&rings=__yes", f"2027-05-25T17:0{i}:00",
                                   getdiary(p, "20270524", "20270530")) for i, p in enumerate(a + b)]]})
    steps.append({"name": "04 Tue 25 May 18:00: getperiods again, 9А's 4th quarter ends 25 May (was 28 May); "
                          "weeks and show_disabled", "batches": [
        [rec(f"getperiods?student={p}&weeks=__yes&show_disabled=__yes", f"2027-05-25T18:0{i}:00",
             getperiods(p, periods_9a("20270525", True))) for i, p in enumerate(a)]
        + [rec(f"getperiods?student=64202&weeks=__yes&show_disabled=__yes", "2027-05-25T18:05:00",
               getperiods("64202", periods_9b(True, True)))]]})
    steps.append({"name": "05 Tue 25 May 20:00: getmarks over the last quarter / trimester", "batches": [
        [rec(f"getmarks?student={p}&days={'20270401-20270525' if p in a else '20270301-20270525'}",
             f"2027-05-25T20:0{i}:00", getmarks(p)) for i, p in enumerate(a + b)]]})
    steps.append({"name": "06 Wed 26 May 19:00: getfinalassessments with the 4th quarter / 3rd trimester and the year",
                  "batches": [[rec(f"getfinalassessments?student={p}", f"2027-05-26T19:0{i}:00",
                                   getfinalassessments(p, FINALS_MAY26)) for i, p in enumerate(a + b)]]})
    steps.append({"name": "07 Thu 10 Jun 19:00: getperiods without show_disabled (9Б's disabled exam column not listed "
                          "for 64201), 64202 with it", "batches": [
        [rec(f"getperiods?student={p}", f"2027-06-10T19:0{i}:00", getperiods(p, periods_9a("20270525", False)))
         for i, p in enumerate(a)]
        + [rec("getperiods?student=64201", "2027-06-10T19:02:00", getperiods("64201", periods_9b(False, False))),
           rec("getperiods?student=64202&show_disabled=__yes", "2027-06-10T19:03:00",
               getperiods("64202", periods_9b(True, False)))]]})
    steps.append({"name": "08 Fri 25 Jun 19:00: getfinalassessments after the exams: Э and И columns, the corrections",
                  "batches": [[rec(f"getfinalassessments?student={p}", f"2027-06-25T19:0{i}:00",
                                   getfinalassessments(p, FINALS_JUN25)) for i, p in enumerate(a + b)]]})
    steps.append({"name": "09 Sat 26 Jun: a relay delivers 64102's and 64201's answers pulled on 20 Jun late", "batches": [
        [rec("getfinalassessments?student=64102", "2027-06-20T12:01:00", getfinalassessments("64102", FINALS_JUN20)),
         rec("getfinalassessments?student=64201", "2027-06-20T12:02:00", getfinalassessments("64201", FINALS_JUN20))]]})
    steps.append({"name": "10 Sun 27 Jun 03:00: the sync job re-sends the batch of 25 Jun after a timeout (duplicates)",
                  "batches": [steps[-2]["batches"][0]]})
    journey = {"vendor": "elzhur",
               "description": "elzhur_64: every kind of final assessment; 9А on quarters, 9Б on trimesters; year, "
                              "exam (9Б's disabled) and итоговая columns; five-point with modifiers, ten-point, "
                              "зачёт/незачёт, осв, н/а, a school's own word; changed and removed between pulls",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 64» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in steps for b in s["batches"])
    print(f"journey.json: {n} records in {len(steps)} steps")


if __name__ == "__main__":
    main()
