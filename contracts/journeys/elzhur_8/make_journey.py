#!/usr/bin/env python3
"""Write journey.json for the eighth Eljur corpus: class 8В of Школа № 88 (vendor sch88) through the school's
account, two weeks of February 2026 (quarter III), 25 pupils. Standard library only, deterministic.

Shapes follow /work/shared/reference/elzhur_mesh.md Part A (A.1-A.6) and the client models it cites
(BetterJournal/EljurAPI src/diary/DiaryItemModel.ts and DiaryDayModel.ts: items keyed by num, items_extday with
`homework` as a record in the rings variant). All names, ids and texts are invented.
"""
import datetime as dt
import json
import os
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CLS = "8В"
TZ = "+03:00"
D0 = dt.date(2026, 2, 16)  # Monday
DAYS = [D0 + dt.timedelta(days=i) for i in range(12) if (D0 + dt.timedelta(days=i)).weekday() < 5]
VACATION = dt.date(2026, 2, 23)
HOLIDAY_NAME = "День защитника Отечества"
REPULL_DAY = dt.date(2026, 2, 18)
WEEKDAY = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
BELLS = [("08:30:00", "09:15:00"), ("09:25:00", "10:10:00"), ("10:30:00", "11:15:00"), ("11:30:00", "12:15:00"),
         ("12:25:00", "13:10:00"), ("13:20:00", "14:05:00")]

TEACH = {  # (subject, grp) -> (teacher, room)
    ("Алгебра", None): ("Соловьёв Артём Игоревич", "301"),
    ("Русский язык", None): ("Кириллова Нина Петровна", "204"),
    ("История", None): ("Дроздов Виктор Павлович", "110"),
    ("Физика", None): ("Ушакова Вера Николаевна", "220"),
    ("Физическая культура", None): ("Баранов Илья Ильич", ""),
    ("Английский язык", "1 группа"): ("Беляева Ольга Юрьевна", "312"),
    ("Английский язык", "2 группа"): ("Харитонов Денис Сергеевич", "314"),
    ("Информатика", "1 группа"): ("Малахов Глеб Аркадьевич", "401"),
    ("Информатика", "2 группа"): ("Савченко Яна Олеговна", "402"),
}
G1, G2 = "1 группа", "2 группа"
# weekday -> [(num, subject, grp)]: English halves meet at the same number, the informatics halves one after the other
TIMETABLE = {
    0: [(1, "Алгебра", None), (2, "Русский язык", None), (3, "Английский язык", G1), (3, "Английский язык", G2),
        (4, "История", None), (5, "Информатика", G1), (6, "Информатика", G2)],
    1: [(1, "Русский язык", None), (2, "Алгебра", None), (3, "Физика", None), (4, "Английский язык", G1),
        (4, "Английский язык", G2)],
    2: [(1, "Физика", None), (2, "Алгебра", None), (3, "Информатика", G2), (4, "Информатика", G1),
        (5, "Русский язык", None)],
    3: [(1, "История", None), (2, "Английский язык", G1), (2, "Английский язык", G2), (3, "Алгебра", None),
        (4, "Физическая культура", None)],
    4: [(1, "Алгебра", None), (2, "Русский язык", None), (3, "Физика", None), (4, "Английский язык", G1),
        (4, "Английский язык", G2)],
}
EXTDAY = {1: ("Шахматы", "Лаптева Ирина Михайловна", "14:30:00", "15:15:00")}  # Tuesdays
CHESS = {"88001", "88008", "88021"}

NAMES = ["Абрамов Кирилл", "Белова Дина", "Васильев Пётр", "Гусева Алёна", "Данилов Марат", "Ершова Лада",
         "Орлов Степан", "Орлова Вера", "Жданов Тимофей", "Зуева Арина", "Исаев Роберт", "Климова Ульяна",
         "Лунин Фёдор", "Миронова Ева", "Назаров Глеб", "Осипова Майя", "Панов Игнат", "Рыбакова Софья",
         "Седов Максим", "Титова Нелли", "Уваров Ян", "Фролова Ника", "Хохлов Савва", "Цветкова Ира",
         "Шубин Лев"]
PUPILS = {str(88001 + i): NAMES[i] for i in range(25)}
# subgroups: English by the list's halves, informatics by parity, so the twins 88007/88008 share English group 1
# and sit in different informatics groups
ENG = {sid: (G1 if i < 13 else G2) for i, sid in enumerate(PUPILS)}
INF = {sid: (G1 if i % 2 == 0 else G2) for i, sid in enumerate(PUPILS)}
ARRAY_STUDENTS = {"88001", "88016"}  # getdiary / getmarks answer `students` as an array (A.1)

PARENTS = {  # user id -> (title, children)
    "99001": ("Орлова Ксения Андреевна", ["88007", "88008"]),
    "99002": ("Орлов Павел Сергеевич", ["88007", "88008"]),
    "99003": ("Абрамова Елена Викторовна", ["88001"]),
    "99004": ("Миронов Артур Ильдарович", ["88014"]),
    "99005": ("Уварова Тамара Львовна", ["88021"]),
}
CLASS_TEACHER = ("Кириллова Нина Петровна", "30021")

TOPICS = {
    "Алгебра": ["Квадратный трёхчлен", "Разложение квадратного трёхчлена на множители", "Решение задач",
                "Дробные рациональные уравнения", "Самостоятельная работа по теме «Уравнения»",
                "Графический способ решения уравнений", "Уравнения с параметром", "Контрольная работа № 5"],
    "Русский язык": ["Обособленные определения", "Обособленные приложения", "Обособленные обстоятельства",
                     "Уточняющие члены предложения", "Изложение с элементами сочинения", "Словарный диктант"],
    "История": ["Эпоха Петра I", "Северная война", "Реформы управления"],
    "Физика": ["Электрический ток", "Сила тока. Амперметр", "Напряжение. Вольтметр", "Сопротивление проводника",
               "Закон Ома для участка цепи", "Лабораторная работа № 4"],
    "Физическая культура": ["Лыжная подготовка", "Эстафеты"],
    "Английский язык": ["Travelling abroad", "Past Perfect", "At the airport", "Reading: a letter from London",
                        "Vocabulary test", "Reported speech"],
    "Информатика": ["Циклы в Python", "Цикл while", "Списки", "Практическая работа: обработка списков"],
}
HW_TEXT = {
    "Алгебра": ["№ 412, 415", "№ 421 (а, в), 423", "№ 430–433", "№ 440, 441", "№ 447 (б, г)", "№ 452, 455",
                "№ 460", "повторить § 19"],
    "Русский язык": ["Упр. 301", "Упр. 306 (письменно)", "Упр. 312, правило на с. 148", "Упр. 318",
                     "Подготовиться к изложению", "Выучить словарные слова с. 156"],
    "История": ["§ 14, вопросы 1–3", "§ 15, таблица", "§ 16, сообщение"],
    "Физика": ["§ 37, упр. 14 (1, 2)", "§ 38, упр. 15", "§ 24, упр. 12", "§ 40, упр. 17 (3)", "§ 42, задачи 1–4",
               "Оформить лабораторную работу"],
    "Физическая культура": ["Принести лыжи", "Комплекс упражнений № 3"],
    ("Английский язык", G1): ["Workbook p. 34, ex. 2", "Workbook p. 36, ex. 5", "SB p. 58, learn the words",
                              "Write a postcard (60 words)", "Workbook p. 40, ex. 1", "SB p. 62, ex. 3"],
    ("Английский язык", G2): ["SB p. 51, ex. 4", "SB p. 53, ex. 7 (writing)", "Learn the dialogue p. 55",
                              "WB p. 29, ex. 3", "SB p. 57, ex. 2", "Project: my dream trip"],
    ("Информатика", G1): ["Задача 12 на Python", "Задачи 13, 14 (while)", "Задача 20: сумма списка",
                          "Дописать программу из практической работы"],
    ("Информатика", G2): ["Презентация «Системы счисления»", "Перевести числа из таблицы 3",
                          "Задача 7 из учебника, с. 90", "Тест в тетради, вариант 2"],
}
INDIVIDUAL = {("88007", "20260218", "Алгебра"): (7790001, "Индивидуально: карточка № 7 (повторение формул)"),
              ("88014", "20260226", "Физическая культура"): (7790002, "Реферат «История лыжного спорта» (освобождение)")}
REMOVED = ("20260218", "Физика")  # this task is gone when the day is pulled again
CHESS_HW = {"20260217": (7760001, "Решить этюды 1–5 из сборника"), "20260224": (7760002, "Разобрать партию № 12")}


def ymd(d):
    return d.strftime("%Y%m%d")


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def lesson_id(day, num, grp):
    return str(880000 + (day - dt.date(2026, 1, 12)).days * 20 + num * 2 + (1 if grp == G2 else 0))


def in_group(sid, subject, grp):
    if grp is None:
        return True
    return (ENG if subject == "Английский язык" else INF)[sid] == grp


def lessons_of(day):
    """The class's lessons of a day with their topic and common homework (the same for every answer)."""
    if day == VACATION:
        return []
    out, seen = [], {}
    for num, subject, grp in TIMETABLE[day.weekday()]:
        k = (subject, grp)
        idx = seen.get(k, 0)
        seen[k] = idx + 1
        n_before = sum(1 for d in DAYS if d < day and d != VACATION for (_, s, g) in TIMETABLE[d.weekday()]
                       if (s, g) == k)
        topic = TOPICS[subject][n_before % len(TOPICS[subject])]
        texts = HW_TEXT.get(k) or HW_TEXT[subject]
        hw_text = texts[n_before % len(texts)] if n_before < len(texts) else None
        hw_id = 7700000 + int(lesson_id(day, num, grp)) % 100000
        teacher, room = TEACH[k]
        out.append({"num": num, "subject": subject, "grp": grp, "topic": topic, "teacher": teacher, "room": room,
                    "lesson_id": lesson_id(day, num, grp), "hw": (hw_id, hw_text) if hw_text else None})
    return out


# marks the journal holds: (pupil, YYYYMMDD, subject) -> [assessment fields]; nm = position in the list
def mk(value, **kw):
    base = {"value": value, "countas": value, "count": True, "convert": int(value[0]) if value[:1].isdigit() else 0,
            "weight": 1, "weight_float": 1, "control_type": "Работа на уроке", "control_type_short": "РУ",
            "comment": ""}
    base.update(kw)
    return base


def absent(value):
    return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "comment": ""}


def nonnum(value, ctype="", short="", comment=""):
    return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": ctype, "control_type_short": short, "comment": comment}


MARKS = {
    ("88001", "20260216", "Алгебра"): [mk("4-", countas="3.75", convert=4)],
    ("88001", "20260217", "Физика"): [mk("5"), mk("3", weight=2, weight_float=2, control_type="Самостоятельная работа",
                                                 control_type_short="СР", comment="Ошибки в задаче 3")],
    ("88001", "20260219", "Физическая культура"): [nonnum("осв", comment="Справка до 01.03")],
    ("88001", "20260220", "Английский язык"): [absent("н")],
    ("88001", "20260225", "Русский язык"): [absent("оп")],
    ("88007", "20260216", "Информатика"): [nonnum("зч", "Зачёт", "ЗЧ")],
    ("88007", "20260218", "Алгебра"): [mk("5+", countas="5.25", convert=5)],
    ("88007", "20260224", "Физика"): [absent("Н")],
    ("88007", "20260226", "История"): [absent("б")],
    ("88008", "20260216", "Информатика"): [nonnum("нз", "Зачёт", "ЗЧ", "Не сдана практическая")],
    ("88008", "20260218", "Информатика"): [mk("4", weight_float="1.5", control_type="Практическая работа",
                                              control_type_short="ПР")],
    ("88008", "20260219", "Английский язык"): [absent("уп")],
    ("88008", "20260227", "Алгебра"): [absent("ОП")],
    ("88014", "20260217", "Английский язык"): [mk("5", comment="Excellent!")],
    ("88014", "20260218", "Алгебра"): [mk("3", control_type="Самостоятельная работа", control_type_short="СР")],
    ("88014", "20260224", "Алгебра"): [absent("у")],
    ("88014", "20260226", "Физическая культура"): [mk("2", comment="Не выполнил норматив")],
    ("88021", "20260218", "Информатика"): [mk("5", weight=2, weight_float=2, control_type="Практическая работа",
                                              control_type_short="ПР")],
    ("88021", "20260220", "Физика"): [mk("3-", countas="2.75", convert=3), mk("", count=False, convert=0, weight=0,
                                                                              weight_float=0)],
    ("88021", "20260225", "Алгебра"): [absent("н")],
}
CORRECTED = {("88014", "20260218", "Алгебра"): [mk("4", control_type="Самостоятельная работа",
                                                   control_type_short="СР", comment="Исправлено после работы над ошибками")]}
FILLER = ["5", "4", "3", "4", "5", "4+"]


def marks_for(sid, day, subject, corrected):
    key = (sid, ymd(day), subject)
    if corrected and key in CORRECTED:
        return CORRECTED[key]
    if key in MARKS:
        return MARKS[key]
    i = int(sid) - 88001
    if sid in {"88001", "88007", "88008", "88014", "88021"} or subject != "Алгебра":
        return []
    if (i + day.day) % 4 == 0:
        return [mk(FILLER[(i + day.day) % len(FILLER)])]
    return []


JANUARY = {  # marks only getmarks holds (quarter III before the fortnight)
    "88001": [("2026-01-20", "Алгебра", mk("5"), "Квадратные уравнения"),
              ("2026-01-27", "Физика", mk("4", weight=2, weight_float=2, control_type="Контрольная работа",
                                          control_type_short="КР"), "Контрольная работа № 3")],
    "88007": [("2026-01-21", "Алгебра", mk("4"), "Теорема Виета")],
    "88008": [("2026-01-21", "Алгебра", mk("3"), "Теорема Виета")],
    "88014": [("2026-01-22", "Алгебра", mk("5"), "Решение задач"), ("2026-01-29", "Физика", mk("4"), "Электризация тел")],
    "88021": [("2026-01-22", "Алгебра", mk("4"), "Решение задач")],
}


def diary_item(sid, day, L, corrected, rings=True):
    it = {"num": str(L["num"]), "name": L["subject"], "room": L["room"], "teacher": L["teacher"],
          "sort": L["num"] * 100, "lesson_id": L["lesson_id"], "topic": L["topic"],
          "is_control": L["topic"].startswith("Контрольная"), "homework": {}, "files": [], "resources": []}
    if L["grp"]:
        it["grp"], it["grp_short"] = L["grp"], L["grp"].replace("группа", "гр.")
    if rings:
        it["starttime"], it["endtime"] = BELLS[L["num"] - 1]
    if L["hw"] and not (corrected and (ymd(day), L["subject"]) == REMOVED):
        it["homework"][str(L["hw"][0])] = {"id": L["hw"][0], "value": L["hw"][1], "individual": False}
    ind = INDIVIDUAL.get((sid, ymd(day), L["subject"]))
    if ind:
        it["homework"][str(ind[0])] = {"id": ind[0], "value": ind[1], "individual": True}
    marks = []
    for nm, m in enumerate(marks_for(sid, day, L["subject"], corrected), 1):
        a = dict(m)
        a.update({"date": day.isoformat(), "lesson_id": L["lesson_id"], "nm": str(nm), "color_hex": None})
        marks.append(a)
    it["assessments"] = marks
    return it


def diary_day(sid, day, corrected):
    d = {"name": ymd(day), "title": WEEKDAY[day.weekday()] + ", " + day.strftime("%d.%m")}
    if day == VACATION:
        d.update({"alert": "vacation", "holiday_name": HOLIDAY_NAME, "items": {}})
        return d
    items = {}
    for L in lessons_of(day):
        if in_group(sid, L["subject"], L["grp"]):
            items[str(L["num"])] = diary_item(sid, day, L, corrected)
    d["items"] = items
    ext = EXTDAY.get(day.weekday())
    if ext and sid in CHESS:
        hw = {}
        if ymd(day) in CHESS_HW:
            hid, text = CHESS_HW[ymd(day)]
            hw[str(hid)] = {"id": hid, "value": text, "individual": False}
        d["items_extday"] = [{"name": ext[0], "teacher": ext[1], "grp": "", "grp_short": "",
                              "topic": "Эндшпиль" if day.day < 20 else "Миттельшпиль", "sort": 900, "homework": hw,
                              "starttime": ext[2], "endtime": ext[3]}]
    return d


def students_wrap(sid, payload):
    payload = {"name": sid, "title": PUPILS[sid], **payload}
    if sid in ARRAY_STUDENTS:
        return {"students": [payload]}
    return {"students": {sid: payload}}


def getdiary(sid, days, corrected):
    body = students_wrap(sid, {"parent_signed": False,
                               "days": {ymd(d): diary_day(sid, d, corrected) for d in days}})
    return ok(body)


def class_schedule():
    days = {}
    for day in DAYS:
        d = {"name": ymd(day), "title": WEEKDAY[day.weekday()]}
        if day == VACATION:
            d.update({"alert": "vacation", "holiday_name": HOLIDAY_NAME, "items": []})
        else:
            items = []
            for L in lessons_of(day):
                it = {"num": str(L["num"]), "name": L["subject"], "room": L["room"], "teacher": L["teacher"],
                      "sort": L["num"] * 100, "lesson_id": L["lesson_id"], "starttime": BELLS[L["num"] - 1][0],
                      "endtime": BELLS[L["num"] - 1][1]}
                if L["grp"]:
                    it["grp"], it["grp_short"] = L["grp"], L["grp"].replace("группа", "гр.")
                items.append(it)
            d["items"] = items
        days[ymd(day)] = d
    return ok({"days": days})


def class_homework(days, corrected):
    out = {}
    for day in days:
        items = []
        for L in lessons_of(day):
            if L["hw"] and not (corrected and (ymd(day), L["subject"]) == REMOVED):
                items.append({"name": L["subject"], "grp": L["grp"],
                              "homework": {"1": {"value": L["hw"][1], "id": L["hw"][0], "individual": False}},
                              "files": {"file": []}})
        d = {"name": ymd(day), "title": WEEKDAY[day.weekday()]}
        if day == VACATION:
            d.update({"alert": "vacation", "holiday_name": HOLIDAY_NAME})
        d["items"] = items
        out[ymd(day)] = d
    return ok({"days": out})


def fmt_avg(marks):
    num = den = Decimal(0)
    for m in marks:
        if m["count"] and m["value"] and m["convert"]:
            w = Decimal(str(m["weight_float"]))
            num += w * Decimal(str(m["convert"]))
            den += w
    if not den:
        return ""
    return str((num / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def getmarks(sid, corrected):
    by_subject = {}
    for date, subject, m, comment in JANUARY.get(sid, []):
        a = dict(m)
        day = dt.date.fromisoformat(date)
        a.update({"date": date, "lesson_id": str(870000 + (day - dt.date(2026, 1, 12)).days * 20), "nm": "1",
                  "lesson_comment": comment, "max_mark": None,
                  "mtype": {"id": 1 if a["control_type_short"] == "РУ" else 5, "short": a["control_type_short"],
                            "type": a["control_type"]}})
        for k in ("control_type", "control_type_short"):
            a.pop(k)
        by_subject.setdefault(subject, []).append(a)
    for day in DAYS:
        for L in lessons_of(day):
            if not in_group(sid, L["subject"], L["grp"]):
                continue
            for nm, m in enumerate(marks_for(sid, day, L["subject"], corrected), 1):
                a = dict(m)
                a.update({"date": day.isoformat(), "lesson_id": L["lesson_id"], "nm": str(nm),
                          "lesson_comment": L["topic"], "max_mark": None})
                if a.get("control_type"):
                    a["mtype"] = {"id": 1 if a["control_type_short"] == "РУ" else 4, "short": a["control_type_short"],
                                  "type": a["control_type"]}
                for k in ("control_type", "control_type_short"):
                    a.pop(k)
                by_subject.setdefault(L["subject"], []).append(a)
    lessons = []
    for subject in sorted(by_subject):
        ms = sorted(by_subject[subject], key=lambda m: (m["date"], m["nm"]))
        avg = fmt_avg(ms)
        lessons.append({"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str(1200 + sorted(TOPICS).index(subject)), "color_hex": None, "marks": ms})
    return ok(students_wrap(sid, {"lessons": lessons}))


FINALS = {
    "88001": [("Алгебра", "II", "4", 4, ""), ("Физическая культура", "II", "осв", None, "Освобождён по справке"),
              ("Информатика", "II", "зч", None, "")],
    "88007": [("Алгебра", "II", "5", 5, ""), ("Английский язык", "II", "4", 4, "")],
    "88008": [("Алгебра", "II", "4", 4, ""), ("Информатика", "II", "нз", None, "Не сдан проект")],
    "88014": [("Алгебра", "II", "3", 3, ""), ("Физика", "II", "4", 4, "")],
    "88021": [("Алгебра", "II", "4", 4, ""), ("Физика", "II", "3", 3, "")],
}


def finals(sid):
    items = {}
    for subject, period, value, conv, comment in FINALS[sid]:
        a = {"period": period, "value": value, "comment": comment}
        if conv is not None:
            a["convert"] = conv
        items.setdefault(subject, []).append(a)
    return ok(students_wrap(sid, {"items": [{"name": s, "assessments": a} for s, a in items.items()]}))


def getrules(uid):
    title, kids = PARENTS[uid]
    last, first, mid = title.split()
    tname, tid = CLASS_TEACHER
    tl, tf, tm = tname.split()
    students = {}
    for sid in kids:
        sl, sf = PUPILS[sid].split()
        students[sid] = {"rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getfinalassessments"],
                         "rel": "child", "name": sid, "title": PUPILS[sid], "lastname": sl, "firstname": sf,
                         "gender": "female" if sf.endswith(("а", "я")) else "male", "class": CLS, "parallel": "8",
                         "city": "Ярославль"}
    groups = {CLS: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": CLS, "parallel": 8,
                    "balls": 5, "hometeacher_id": tid, "hometeacher_name": tname, "hometeacher_lastname": tl,
                    "hometeacher_firstname": tf, "hometeacher_middlename": tm}}
    return ok({"roles": ["parent"], "relations": {"students": students, "groups": groups,
                                                   "schools": [{"title": "Школа № 88", "title_full": "МОУ «Средняя школа № 88»",
                                                                "number": 88, "inn": "7600000088", "kpp": "760001001"}]},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
               "id": uid, "name": uid, "title": title, "lastname": last, "firstname": first, "middlename": mid,
               "email": "", "region": "Ярославская область", "city": "Ярославль", "vendor": "sch88",
               "vendor_id": 7188})


def getperiods():
    def p(name, full, s, e):
        return {"name": name, "fullname": full, "start": s, "end": e, "disabled": False, "ambigious": None,
                "weeks": []}
    periods = [p("I", "1 четверть", "20250901", "20251026"), p("II", "2 четверть", "20251105", "20251228"),
               p("III", "3 четверть", "20260112", "20260322"), p("IV", "4 четверть", "20260401", "20260529"),
               {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                "weeks": []}]
    return ok({"students": [{"name": "88001", "title": PUPILS["88001"], "periods": periods}]})


def main():
    R = f"days={ymd(DAYS[0])}-{ymd(DAYS[-1])}"
    one = f"days={ymd(REPULL_DAY)}-{ymd(REPULL_DAY)}"
    steps = []
    steps.append({"name": "01 getrules of five parents (two of them share the twins) and getperiods (A.3 getrules, Period)",
                  "batches": [[rec("getrules", getrules(u), f"2026-02-14T10:0{i}:00{TZ}")
                               for i, u in enumerate(PARENTS)] +
                              [rec("getperiods?student=88001&weeks=__yes", getperiods(), f"2026-02-14T10:10:00{TZ}")]]})
    steps.append({"name": "02 the class's schedule and homework by class: both halves of English and informatics, the vacation day (A.2 class=, A.3 Day, A.5 E5)",
                  "batches": [[rec(f"getschedule?class={CLS}&{R}&rings=__yes", class_schedule(), f"2026-02-27T18:00:00{TZ}"),
                               rec(f"gethomework?class={CLS}&{R}", class_homework(DAYS, False), f"2026-02-27T18:01:00{TZ}")]]})
    diaries = [rec(f"getdiary?student={sid}&{R}&rings=__yes", getdiary(sid, DAYS, False),
                   f"2026-02-27T18:{5 + i // 2:02d}:{(i % 2) * 30:02d}{TZ}") for i, sid in enumerate(PUPILS)]
    steps.append({"name": "03 getdiary of every pupil of 8В over the fortnight (A.3 Day, Lesson item, Assessment; A.6)",
                  "batches": [diaries]})
    marks = [rec(f"getmarks?student={sid}&days=20260112-20260322", getmarks(sid, False),
                 f"2026-02-27T19:{i:02d}:00{TZ}") for i, sid in enumerate(PUPILS)]
    steps.append({"name": "04 getmarks of every pupil over quarter III (A.3 SubjectMarks, A.5 E3)", "batches": [marks]})
    steps.append({"name": "05 getfinalassessments of the five pupils followed (A.3 Final assessment, A.5 E4)",
                  "batches": [[rec(f"getfinalassessments?student={sid}", finals(sid), f"2026-02-27T19:40:0{i}{TZ}")
                               for i, sid in enumerate(FINALS)]]})
    repull = [rec(f"getdiary?student={sid}&{one}&rings=__yes", getdiary(sid, [REPULL_DAY], True),
                  f"2026-03-02T09:{i:02d}:00{TZ}") for i, sid in enumerate(PUPILS)]
    repull.append(rec(f"gethomework?class={CLS}&{one}", class_homework([REPULL_DAY], True), f"2026-03-02T09:30:00{TZ}"))
    repull.append(rec("getmarks?student=88014&days=20260112-20260322", getmarks("88014", True),
                      f"2026-03-02T09:31:00{TZ}"))
    steps.append({"name": "06 Wednesday 18 February pulled again, one day: 88014's Алгебра 3 -> 4, the Физика task removed (A.1 days, A.3)",
                  "batches": [repull]})
    journey = {"vendor": "elzhur",
               "description": "Школа № 88 (vendor sch88, Ярославль), class 8В through the school's account: schedule and homework by class, getdiary and getmarks of all 25 pupils, 16-27 February 2026 (quarter III), English and informatics halves, a vacation day on 23 February, chess after lessons, twins, a day pulled again.",
               "steps": steps}
    out = ['{', ' "vendor": "elzhur",', ' "description": ' + json.dumps(journey["description"], ensure_ascii=False) + ',',
           ' "steps": [']
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


if __name__ == "__main__":
    main()
