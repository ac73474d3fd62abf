"""Write journey.json of elzhur_63: senior classes on individual curricula (ИУП), Eljur, 22 Dec 2025 - 23 Jan 2026.

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
10А of a lyceum: every pupil has his own profile and elective groups (`grp`), some subjects have no whole-class
lesson at all, groups change at the half-year, a pupil's getdiary lists only his own lessons, the class's
getschedule lists every group's lessons in the same slots (`items` as an array), finals per pupil cover different
subject sets.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID, CLASS = "kzn-lic63", "6363", "10А"
D = dt.date

PARENTS = {
    "63901": ("Орлова", "Наталья", "Викторовна", "female", ["63101"]),
    "63902": ("Гусев", "Андрей", "Михайлович", "male", ["63102", "63103"]),
    "63903": ("Кравец", "Ольга", "Степановна", "female", ["63104"]),
}
PUPILS = {  # id -> (last, first, gender, profile)
    "63101": ("Орлова", "Вероника", "female", "социально-экономический"),
    "63102": ("Гусев", "Тимофей", "male", "физико-математический"),
    "63103": ("Гусева", "Алина", "female", "химико-биологический"),
    "63104": ("Кравец", "Даниил", "male", "гуманитарный"),
}
O, T, A, K = "63101", "63102", "63103", "63104"
ALL = (O, T, A, K)
HOMETEACHER = ("63611", "Ахметова", "Лилия", "Фаридовна")

DEEP, BASE, EL = "углублённый уровень", "базовый уровень", "элективный курс"
# (subject, grp) -> (teacher, room, members in I полугодие, members in II полугодие)
GROUPS = {
    ("Русский язык", None): ("Ахметова Лилия Фаридовна", "214", ALL, ALL),
    ("Литература", None): ("Ахметова Лилия Фаридовна", "214", ALL, ALL),
    ("История", None): ("Никитин Сергей Олегович", "216", ALL, ALL),
    ("Физическая культура", None): ("Зарипов Ильдар Маратович", "спортзал", ALL, ALL),
    ("Индивидуальный проект", None): ("Никитин Сергей Олегович", "216", (T, A), (T, A)),
    ("Математика", DEEP): ("Шарипова Гульнара Рашидовна", "301", (O, T), (O, T)),
    ("Математика", BASE): ("Морозов Виктор Павлович", "302", (A, K), (A, K)),
    ("Физика", DEEP): ("Ланской Борис Аркадьевич", "210", (T,), (T,)),
    ("Физика", BASE): ("Егорова Татьяна Николаевна", "211", (O, A, K), (O, A, K)),
    ("Химия", DEEP): ("Хабибуллина Резеда Ильдаровна", "205", (A,), (A,)),
    ("Биология", DEEP): ("Валиева Альфия Ринатовна", "206", (A,), (A,)),
    ("Обществознание", DEEP): ("Семенова Ирина Геннадьевна", "218", (O, K), (O, K)),
    ("Информатика", DEEP): ("Лаптев Артём Игоревич", "312", (T,), (T,)),
    ("Экономика", EL): ("Семенова Ирина Геннадьевна", "218", (O, T), (T,)),
    ("Право", EL): ("Гарипов Рустем Наилевич", "219", (K,), (K, O)),
    ("Английский язык", "1 группа"): ("Кузьмина Олеся Андреевна", "305", (O, A), (O,)),
    ("Английский язык", "2 группа"): ("Бекова Диляра Ришатовна", "306", (T, K), (T, K, A)),
}
WEEK = {  # weekday -> slot -> the lessons held in that slot (every group's)
    0: {1: [("Русский язык", None)], 2: [("Математика", DEEP), ("Математика", BASE)],
        3: [("Математика", DEEP), ("Химия", DEEP)],
        4: [("Английский язык", "1 группа"), ("Английский язык", "2 группа")], 5: [("Физическая культура", None)],
        6: [("Экономика", EL), ("Право", EL)]},
    1: {1: [("Литература", None)], 2: [("Физика", DEEP), ("Физика", BASE)],
        3: [("Физика", DEEP), ("Биология", DEEP), ("Обществознание", DEEP)], 4: [("История", None)],
        5: [("Английский язык", "1 группа"), ("Английский язык", "2 группа")], 6: [("Информатика", DEEP)]},
    2: {1: [("Математика", DEEP), ("Математика", BASE)], 2: [("Математика", DEEP), ("Химия", DEEP)],
        3: [("Русский язык", None)], 4: [("Биология", DEEP), ("Обществознание", DEEP), ("Информатика", DEEP)],
        5: [("Физическая культура", None)]},
    3: {1: [("История", None)], 2: [("Английский язык", "1 группа"), ("Английский язык", "2 группа")],
        3: [("Физика", DEEP), ("Химия", DEEP), ("Право", EL)], 4: [("Литература", None)],
        5: [("Математика", DEEP), ("Математика", BASE)], 6: [("Индивидуальный проект", None)]},
    4: {1: [("Русский язык", None)], 2: [("Математика", DEEP), ("Математика", BASE)],
        3: [("Обществознание", DEEP), ("Физика", DEEP), ("Биология", DEEP)],
        4: [("Физика", BASE), ("Информатика", DEEP)], 5: [("Физическая культура", None)]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05"), 7: ("13:15", "13:55")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HALF2 = D(2026, 1, 12)
VACATION = (D(2025, 12, 29), D(2026, 1, 11))
VACATION_NAME = "Зимние каникулы"
SHORT = {DEEP: "угл.", BASE: "баз.", EL: "электив", "1 группа": "1 гр.", "2 группа": "2 гр."}

TOPICS = {
    ("Русский язык", None): "Сложноподчинённые предложения с несколькими придаточными",
    ("Литература", None): "Л. Н. Толстой. «Война и мир»: путь Андрея Болконского",
    ("История", None): "Россия в годы Первой мировой войны",
    ("Физическая культура", None): "Баскетбол: ведение мяча, бросок в движении",
    ("Индивидуальный проект", None): "Проект: постановка цели и гипотезы исследования",
    ("Математика", DEEP): "Производная сложной функции",
    ("Математика", BASE): "Тригонометрические уравнения простейшего вида",
    ("Физика", DEEP): "Закон сохранения импульса: задачи олимпиадного уровня",
    ("Физика", BASE): "Импульс тела. Закон сохранения импульса",
    ("Химия", DEEP): "Изомерия углеводородов",
    ("Биология", DEEP): "Мейоз и его биологическое значение",
    ("Обществознание", DEEP): "Рыночное равновесие и роль государства",
    ("Информатика", DEEP): "Динамическое программирование",
    ("Экономика", EL): "Спрос, предложение и эластичность",
    ("Право", EL): "Конституционные права и свободы гражданина",
    ("Английский язык", "1 группа"): "Environmental issues: reading and discussion",
    ("Английский язык", "2 группа"): "Modal verbs of deduction",
}
HOMEWORK = {
    ("Русский язык", None): "упр. {n}, выписать СПП с последовательным подчинением",
    ("Литература", None): "перечитать главы тома {n}, цитатный план",
    ("История", None): "§ {n}, вопросы к документу",
    ("Математика", DEEP): "задачи профильного ЕГЭ № {n}–{m}",
    ("Математика", BASE): "базовый ЕГЭ, вариант {n}, задания 1–10",
    ("Физика", DEEP): "Рымкевич № {n}, {m}; задача со звёздочкой",
    ("Физика", BASE): "§ {n}, упр. {m} (1, 2)",
    ("Химия", DEEP): "составить изомеры C{n}H{m}",
    ("Биология", DEEP): "§ {n}, таблица «Митоз и мейоз»",
    ("Обществознание", DEEP): "эссе по цитате № {n}",
    ("Информатика", DEEP): "задачи {n} и {m} на платформе",
    ("Экономика", EL): "кейс {n}: рассчитать эластичность",
    ("Право", EL): "ст. {n}–{m} Конституции, конспект",
    ("Английский язык", "1 группа"): "WB p. {n}, ex. {m}",
    ("Английский язык", "2 группа"): "SB p. {n}, ex. {m} (must/might/can't)",
}

# marks by (pupil, date, subject): list of (value, work type, short, weight, comment)
RU, KR, SR, PR = ("Работа на уроке", "РУ", 1), ("Контрольная работа", "КР", 2), ("Самостоятельная работа", "СР", 1), (
    "Проект", "ПР", 2)
MARKS = {
    (O, D(2025, 12, 22), "Экономика"): [("5", RU, "")],
    (O, D(2025, 12, 23), "Физика"): [("н", None, "")],
    (O, D(2025, 12, 24), "Математика"): [("4", KR, "")],
    (O, D(2025, 12, 26), "Обществознание"): [("5", SR, "")],
    (T, D(2025, 12, 22), "Экономика"): [("4", RU, "")],
    (T, D(2025, 12, 23), "Физика"): [("5", RU, ""), ("4", SR, "недочёт в оформлении")],
    (T, D(2025, 12, 24), "Математика"): [("5", KR, "")],
    (T, D(2025, 12, 25), "Индивидуальный проект"): [("5", PR, "тема утверждена")],
    (A, D(2025, 12, 22), "Химия"): [("5", RU, "")],
    (A, D(2025, 12, 22), "Английский язык"): [("4", RU, "")],
    (A, D(2025, 12, 24), "Математика"): [("4", KR, "")],
    (A, D(2025, 12, 26), "Биология"): [("5", SR, "")],
    (K, D(2025, 12, 22), "Право"): [("5", RU, "")],
    (K, D(2025, 12, 24), "Математика"): [("3", KR, "")],
    (K, D(2025, 12, 25), "Право"): [("оп", None, "")],
    (K, D(2025, 12, 26), "Обществознание"): [("4", SR, "")],
    (O, D(2026, 1, 12), "Право"): [("4", RU, "первое занятие курса")],
    (O, D(2026, 1, 13), "Английский язык"): [("5", RU, "")],
    (O, D(2026, 1, 15), "Математика"): [("5", SR, "")],
    (T, D(2026, 1, 12), "Экономика"): [("5", RU, "")],
    (T, D(2026, 1, 13), "Информатика"): [("5", RU, "")],
    (T, D(2026, 1, 16), "Физика"): [("4", SR, "")],
    (A, D(2026, 1, 12), "Английский язык"): [("5", RU, "")],
    (A, D(2026, 1, 14), "Химия"): [("4", SR, "")],
    (A, D(2026, 1, 15), "Индивидуальный проект"): [("4", PR, "")],
    (K, D(2026, 1, 12), "Право"): [("н", None, "по болезни, справка")],
    (K, D(2026, 1, 14), "Обществознание"): [("5", RU, "")],
    (K, D(2026, 1, 16), "Физика"): [("4-", RU, "")],
    (O, D(2026, 1, 19), "Право"): [("5", RU, "")],
    (O, D(2026, 1, 21), "Обществознание"): [("4", SR, "")],
    (T, D(2026, 1, 19), "Экономика"): [("4", RU, "")],
    (T, D(2026, 1, 22), "Физика"): [("5", KR, "")],
    (A, D(2026, 1, 20), "Биология"): [("оп", None, "")],
    (A, D(2026, 1, 22), "Химия"): [("5", KR, "")],
    (K, D(2026, 1, 19), "Право"): [("5", RU, "")],
    (K, D(2026, 1, 21), "Обществознание"): [("5", RU, "эссе зачтено досрочно")],
}
# an individual task of Daniil's plan (ИУП), on the class's Обществознание lesson of Wed 21 Jan
INDIVIDUAL = {(K, D(2026, 1, 21), "Обществознание"): (9630121, "ИУП: подготовить выступление на конференцию "
                                                               "«Право и общество» (10 минут, презентация)")}
FILES = {(D(2026, 1, 13), "Информатика"): "задачи_ДП_13-01.pdf"}
# finals of the I полугодие per pupil: his own subjects only; Тимофей's physics 4 corrected to 5 in January
FINALS = {
    O: [("Русский язык", "5"), ("Литература", "5"), ("История", "4"), ("Математика", "4"), ("Физика", "4"),
        ("Обществознание", "5"), ("Экономика", "5"), ("Английский язык", "5"), ("Физическая культура", "5")],
    T: [("Русский язык", "4"), ("Литература", "4"), ("История", "4"), ("Математика", "5"), ("Физика", "4"),
        ("Информатика", "5"), ("Экономика", "4"), ("Английский язык", "4"), ("Физическая культура", "5"),
        ("Индивидуальный проект", "зч")],
    A: [("Русский язык", "5"), ("Литература", "5"), ("История", "5"), ("Математика", "4"), ("Физика", "4"),
        ("Химия", "5"), ("Биология", "5"), ("Английский язык", "4"), ("Физическая культура", "4"),
        ("Индивидуальный проект", "зч")],
    K: [("Русский язык", "4"), ("Литература", "5"), ("История", "5"), ("Математика", "3"), ("Физика", "3"),
        ("Обществознание", "4"), ("Право", "5"), ("Английский язык", "4"), ("Физическая культура", "осв")],
}


def members(key, day):
    return GROUPS[key][3 if day >= HALF2 else 2]


def lesson_id(day, num, k):
    return f"63{day:%y%m%d}{num}{k}"


def class_lessons(day):
    """(num, k, (subject, grp)) of every lesson of 10А that day."""
    if VACATION[0] <= day <= VACATION[1] or day.weekday() > 4:
        return []
    return [(num, k, key) for num, keys in sorted(WEEK[day.weekday()].items()) for k, key in enumerate(keys, 1)]


def task(day, num, k, key, pupil=None):
    """{hw id: task} of the lesson (the individual one only for its pupil)."""
    out = {}
    if key in HOMEWORK:
        hid = int(f"9{lesson_id(day, num, k)}")
        text = HOMEWORK[key].format(n=(day.day * 7 + num) % 40 + 3, m=(day.day * 3 + k) % 30 + 10)
        out[str(hid)] = {"id": hid, "value": f"{text} (к следующему уроку)", "individual": False}
    ind = INDIVIDUAL.get((pupil, day, key[0]))
    if ind:
        out[str(ind[0])] = {"id": ind[0], "value": ind[1], "individual": True}
    return out


def mark(value, work, comment, day, lid, nm):
    if work is None:
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid,
                "nm": str(nm), "comment": comment}
    ctype, short, weight = work
    return {"value": value, "countas": "3.75" if value == "4-" else value, "count": True, "convert": int(value[0]),
            "weight": weight, "weight_float": weight, "control_type": ctype, "control_type_short": short,
            "date": day.isoformat(), "lesson_id": lid, "nm": str(nm), "comment": comment, "color_hex": None}


def item(day, num, k, key, pupil=None, pulled=None, homework=True):
    subject, grp = key
    teacher, room, _, _ = GROUPS[key]
    start, end = BELLS[num]
    it = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100 + k,
          "lesson_id": lesson_id(day, num, k), "topic": TOPICS[key], "is_control": False,
          "starttime": start + ":00", "endtime": end + ":00"}
    if grp:
        it["grp"], it["grp_short"] = grp, SHORT[grp]
    if homework:
        it["homework"] = task(day, num, k, key, pupil)
        name = FILES.get((day, subject))
        hids = [h for h, v in it["homework"].items() if not v["individual"]]
        it["files"] = [{"toid": int(hids[0]), "filename": name, "link": f"https://{VENDOR}.eljur.ru/files/f{hids[0]}"}
                       ] if name and hids else []
        it["resources"] = []
    if pupil is not None:
        marks = []
        if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
            for nm, (value, work, comment) in enumerate(MARKS.get((pupil, day, subject), []), 1):
                marks.append(mark(value, work, comment, day, it["lesson_id"], nm))
        it["assessments"] = marks
        it["is_control"] = any(m["control_type_short"] == "КР" for m in marks)
    return it


def days_between(first, last):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def vacation_day(day, items):
    return {"name": f"{day:%Y%m%d}", "title": WEEKDAYS[day.weekday()], "alert": "vacation",
            "holiday_name": VACATION_NAME, "items": items}


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment):
    return moment.isoformat() + "+03:00"


def rec(request, body, pulled):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def title(pupil):
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil, first, last, pulled):
    days = {}
    for day in days_between(first, last):
        key = f"{day:%Y%m%d}"
        if VACATION[0] <= day <= VACATION[1]:
            if day.weekday() < 5:
                days[key] = vacation_day(day, {})
            continue
        own = [(num, k, g) for num, k, g in class_lessons(day) if pupil in members(g, day)]
        if own:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(num): item(day, num, k, g, pupil, pulled) for num, k, g in own}}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getschedule_class(first, last, pulled):
    """The class's timetable: every group's lessons, several in one slot, so `items` is an array (A.3 Day)."""
    days = {}
    for day in days_between(first, last):
        key = f"{day:%Y%m%d}"
        if VACATION[0] <= day <= VACATION[1]:
            if day.weekday() < 5:
                days[key] = vacation_day(day, [])
            continue
        lessons = class_lessons(day)
        if lessons:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": [item(day, num, k, g, homework=False) for num, k, g in lessons]}
    return rec(f"getschedule?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", envelope({"days": days}),
               pulled)


def gethomework_class(first, last, pulled):
    days = {}
    for day in days_between(first, last):
        items = []
        for num, k, g in class_lessons(day):
            hw = task(day, num, k, g)
            if hw:
                it = {"name": g[0], "grp": g[1], "homework": hw, "files": []}
                name = FILES.get((day, g[0]))
                if name:
                    hid = next(iter(hw))
                    it["files"] = [{"toid": int(hid), "filename": name,
                                    "link": f"https://{VENDOR}.eljur.ru/files/f{hid}"}]
                items.append(it)
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), pulled)


def getrules(parent, pulled):
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLASS, "parallel": "10", "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "10", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                      "hometeacher_firstname": tf, "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 63", "title_full": "МАОУ «Лицей № 63» г. Казани",
                                         "number": "63", "inn": "1658000063", "kpp": "165801001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil, pulled):
    periods = [
        {"name": "I", "fullname": "I полугодие", "start": "20250901", "end": "20251228", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "II полугодие", "start": "20260112", "end": "20260529", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def getfinalassessments(pupil, pulled, corrected=False):
    items = []
    for subject, value in FINALS[pupil]:
        if corrected and pupil == T and subject == "Физика":
            value = "5"
        comment = "справка ЛФК" if value == "осв" else ""
        items.append({"name": subject, "assessments": [{"period": "I", "value": value, "comment": comment}]})
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def getmarks(pupil, first, last, pulled):
    by_subject = {}
    for day in days_between(first, last):
        for num, k, g in class_lessons(day):
            if pupil not in members(g, day):
                continue
            it = item(day, num, k, g, pupil, pulled)
            for m in it["assessments"]:
                m = dict(m)
                short, ctype = m.pop("control_type_short"), m.pop("control_type")
                if short:
                    m["mtype"] = {"id": {"РУ": 1, "КР": 3, "СР": 2, "ПР": 5}[short], "short": short, "type": ctype}
                m.update(lesson_comment=it["topic"], max_mark=None)
                by_subject.setdefault(g[0], []).append(m)
    lessons = []
    for n, subject in enumerate(sorted(by_subject), 1):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(float(m["countas"]) * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0, "lesson_id": str(6300 + n),
                        "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), pulled)


def at(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    W1, W1E = D(2025, 12, 22), D(2025, 12, 28)
    V1, V1E = D(2025, 12, 29), D(2026, 1, 11)
    W2, W2E = D(2026, 1, 12), D(2026, 1, 18)
    W3, W3E = D(2026, 1, 19), D(2026, 1, 25)
    step("01 Sun 21 Dec 18:00: getrules of the three parents, getperiods of the four pupils (half-years)",
         [getrules(p, at(2025, 12, 21, 18, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(2025, 12, 21, 18, 5 + i)) for i, p in enumerate(ALL)])
    step("02 Sun 21 Dec 18:10: the class's getschedule of the last week of the I полугодие (every group), then each "
         "pupil's getdiary (his own lessons only)",
         [getschedule_class(W1, W1E, at(2025, 12, 21, 18, 10))]
         + [getdiary(p, W1, W1E, at(2025, 12, 21, 18, 11 + i)) for i, p in enumerate(ALL)])
    step("03 Fri 26 Dec 19:00: the week's diaries with marks; the I полугодие finals of each pupil",
         [getdiary(p, W1, W1E, at(2025, 12, 26, 19, i)) for i, p in enumerate(ALL)],
         [getfinalassessments(p, at(2025, 12, 26, 19, 10 + i)) for i, p in enumerate(ALL)])
    step("04 Sun 28 Dec 18:00: the winter holidays, 29 Dec - 11 Jan (class schedule and diaries)",
         [getschedule_class(V1, V1E, at(2025, 12, 28, 18, 0))]
         + [getdiary(p, V1, V1E, at(2025, 12, 28, 18, 1 + i)) for i, p in enumerate(ALL)])
    step("05 Sun 11 Jan 18:00: II полугодие, new groups: the class's getschedule and each pupil's getdiary of the "
         "first week, the class's gethomework; Тимофей's physics final corrected",
         [getschedule_class(W2, W2E, at(2026, 1, 11, 18, 0))]
         + [getdiary(p, W2, W2E, at(2026, 1, 11, 18, 1 + i)) for i, p in enumerate(ALL)]
         + [gethomework_class(W2, W2E, at(2026, 1, 11, 18, 10)),
            getfinalassessments(T, at(2026, 1, 11, 18, 15), corrected=True)])
    step("06 Fri 16 Jan 19:00: the week's diaries with marks",
         [getdiary(p, W2, W2E, at(2026, 1, 16, 19, i)) for i, p in enumerate(ALL)])
    step("07 Sun 18 Jan 18:00: the class's getschedule and each pupil's getdiary of the second week",
         [getschedule_class(W3, W3E, at(2026, 1, 18, 18, 0))]
         + [getdiary(p, W3, W3E, at(2026, 1, 18, 18, 1 + i)) for i, p in enumerate(ALL)])
    step("08 Fri 23 Jan 19:00: the week's diaries with marks; getmarks of the whole span for each pupil",
         [getdiary(p, W3, W3E, at(2026, 1, 23, 19, i)) for i, p in enumerate(ALL)]
         + [getmarks(p, W1, W3E, at(2026, 1, 23, 19, 10 + i)) for i, p in enumerate(ALL)])
    journey = {"vendor": "elzhur",
               "description": "Senior classes on individual curricula (МАОУ «Лицей № 63» г. Казани, 10А, 22 Dec 2025 "
                              "- 23 Jan 2026): profile and elective groups per pupil, no whole-class lesson of some "
                              "subjects, groups changed at the half-year, the class schedule listing every group's "
                              "lessons in the same slots, finals over different subject sets.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 63» г. Казани"},
               "steps": steps}
    # no pupil is in two lessons at once
    for day in days_between(W1, W3E):
        for pupil in ALL:
            slots = [num for num, _, g in class_lessons(day) if pupil in members(g, day)]
            assert len(slots) == len(set(slots)), (pupil, day, slots)
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
