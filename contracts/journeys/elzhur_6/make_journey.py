#!/usr/bin/env python3
"""Generate journey.json for the sixth Eljur corpus (Гимназия № 6, vendor gym6): 6Б in quarters and 10В in
half-years, the fortnight 2025-11-17..28. Focus: each pupil's own reporting periods (getperiods is asked per
pupil), a parent of two children in different classes, getrules answers pushed out of pull order, every
attendance code of A.6, homework edited and withdrawn by omission, a lesson cancelled on re-pull, text a teacher
really types, finals beside a past year's finals, and methods no earlier corpus sent.
Standard library only, deterministic. Shapes from /work/shared/reference/elzhur_mesh.md Part A; values invented."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = "devkey=6f0e1d2c3b4a59687766554433221100&vendor=gym6&auth_token=tok-gym6&out_format=json"
SCHOOL = [{"title": "Гимназия № 6", "title_full": "МБОУ «Гимназия № 6» г. Ярославля", "number": "6",
           "inn": "7604000066", "kpp": "760401001"}]

PUPILS = {"71001": ("Абрамов Лев", "male", "6Б"), "71002": ("Белова Вера", "female", "6Б"),
          "71003": ("Гусев Ян", "male", "6Б"),
          "71101": ("Абрамова Ксения", "female", "10В"), "71102": ("Дьяков Марат", "male", "10В"),
          "71103": ("Ершова Лада", "female", "10В")}
PARENT_TITLES = {"72001": "Абрамова Наталья Игоревна", "72002": "Белов Антон Сергеевич",
                 "72003": "Гусева Ольга Петровна", "72004": "Дьякова Алсу Маратовна",
                 "72005": "Ершов Илья Николаевич"}
HOME = {"6Б": ("Орлова Вера Николаевна", "73001"), "10В": ("Лебедева Ирина Олеговна", "73002")}
RULES = ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods", "getschedule"]

TEACHERS = {  # (class, subject) -> (teacher, room)
    ("6Б", "Математика"): ("Киселёв Роман Андреевич", "31"),
    ("6Б", "Русский язык"): ("Орлова Вера Николаевна", "12"),
    ("6Б", "Английский язык"): ("Хасанова Дина Рашидовна", "40"),
    ("6Б", "История"): ("Пономарёв Глеб Ильич", "22"),
    ("6Б", "Биология"): ("Седых Алла Борисовна", "35"),
    ("6Б", "Физическая культура"): ("Жданов Артур Павлович", ""),
    ("10В", "Алгебра"): ("Киселёв Роман Андреевич", "31"),
    ("10В", "Литература"): ("Лебедева Ирина Олеговна", "15"),
    ("10В", "Физика"): ("Ушаков Денис Сергеевич", "27"),
    ("10В", "Химия"): ("Зорина Марина Павловна", "29"),
    ("10В", "История"): ("Пономарёв Глеб Ильич", "22"),
    ("10В", "Английский язык"): ("Хасанова Дина Рашидовна", "40"),
}
BELLS = {"6Б": [("08:30:00", "09:15:00"), ("09:25:00", "10:10:00"), ("10:30:00", "11:15:00"),
                ("11:35:00", "12:20:00")],
         "10В": [("09:00:00", "09:45:00"), ("09:55:00", "10:40:00"), ("11:00:00", "11:45:00"),
                 ("12:05:00", "12:50:00")]}
W1 = ["20251117", "20251118", "20251119", "20251120", "20251121"]
W2 = ["20251124", "20251125", "20251126", "20251127", "20251128"]
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
PLAN = {  # weekday -> subjects by lesson number (the same both weeks)
    "6Б": [["Математика", "Русский язык", "История", "Физическая культура"],
           ["Русский язык", "Математика", "Английский язык", "Биология"],
           ["Математика", "История", "Русский язык", "Английский язык"],
           ["Биология", "Математика", "Физическая культура", "Русский язык"],
           ["Русский язык", "Английский язык", "Математика", "История"]],
    "10В": [["Алгебра", "Литература", "Физика", "История"],
            ["Химия", "Алгебра", "Английский язык", "Литература"],
            ["Физика", "Алгебра", "История", "Химия"],
            ["Литература", "Английский язык", "Алгебра", "Физика"],
            ["Алгебра", "История", "Литература", "Химия"]],
}
TOPICS = {"Математика": "Сложение и вычитание дробей с разными знаменателями",
          "Русский язык": "Правописание приставок пре- и при-", "История": "Русь в XII–XIII веках",
          "Английский язык": "Present Simple vs Present Continuous", "Биология": "Строение листа",
          "Физическая культура": None, "Алгебра": "Тригонометрические функции числового аргумента",
          "Литература": "И. А. Гончаров. «Обломов»: образ главного героя",
          "Физика": "Закон сохранения импульса", "Химия": "Предельные углеводороды (алканы)"}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def lid(cls, day, num):
    return ("6" if cls == "6Б" else "10") + day[4:] + str(num)


# --- getrules -----------------------------------------------------------------------------------------------
def getrules(uid, children):
    title = PARENT_TITLES[uid]
    students, groups = {}, {}
    for sid in children:
        name, gender, cls = PUPILS[sid]
        last, first = name.split()
        students[sid] = {"rules": RULES, "rel": "child", "name": sid, "title": name, "lastname": last,
                         "firstname": first, "gender": gender, "class": cls, "parallel": cls[:-1],
                         "city": "Ярославль"}
        teacher, tid = HOME[cls]
        tl, tf, tm = teacher.split()
        groups[cls] = {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls,
                       "parallel": int(cls[:-1]), "balls": 5, "hometeacher_id": tid, "hometeacher_name": teacher,
                       "hometeacher_lastname": tl, "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    last, first, middle = title.split()
    return ok({"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
               "id": uid, "name": uid, "title": title, "lastname": last, "firstname": first, "middlename": middle,
               "gender": "female", "email": "", "region": "Ярославская область", "city": "Ярославль",
               "vendor": "gym6", "vendor_id": 7606})


# --- getperiods ----------------------------------------------------------------------------------------------
def period(name, full, start, end, disabled=False, ambig=None, weeks=None):
    return {"name": name, "fullname": full, "start": start, "end": end, "disabled": disabled, "ambigious": ambig,
            "weeks": weeks or []}


QUARTERS = [period("I", "1 четверть", "20250901", "20251026"),
            period("II", "2 четверть", "20251105", "20251230",
                   weeks=[{"start": "20251117", "end": "20251123", "title": "17 ноября — 23 ноября"},
                          {"start": "20251124", "end": "20251130", "title": "24 ноября — 30 ноября"}]),
            period("III", "3 четверть", "20260112", "20260324"),
            period("IV", "4 четверть", "20260402", "20260531"),
            period("Г", "Годовая", "", "", ambig=True)]
HALVES = [period("1", "I полугодие", "20250901", "20251226",
                 weeks=[{"start": "20251117", "end": "20251123", "title": "17 ноября — 23 ноября"},
                        {"start": "20251124", "end": "20251130", "title": "24 ноября — 30 ноября"}]),
          period("2", "II полугодие", "20260112", "20260528"),
          period("Г", "Годовая", "", "", ambig=True)]


def getperiods(sid):
    name, _, cls = PUPILS[sid]
    return ok({"students": [{"name": sid, "title": name, "periods": QUARTERS if cls == "6Б" else HALVES}]})


# --- marks ---------------------------------------------------------------------------------------------------
RU = (1, "РУ", "Работа на уроке")
KR = (5, "КР", "Контрольная работа")
SR = (3, "СР", "Самостоятельная работа")
DZ = (2, "ДЗ", "Домашняя работа")
LR = (6, "ЛР", "Лабораторная работа")
ATT = {"н", "Н", "оп", "ОП", "б", "у", "уп"}


def mk(value, date, lesson, nm="1", weight=1, wf=None, count=True, convert=None, countas=None, work=None,
       comment="", color=None):
    """One Assessment as getdiary sends it (A.3); getmarks adds lesson_comment/max_mark/mtype (see as_marks)."""
    att = value in ATT
    conv = 0 if att else (convert if convert is not None else int(value[0]))
    if att:
        weight, wf, count = 0, 0, False
    m = {"value": value, "countas": countas if countas is not None else str(conv), "count": count, "convert": conv,
         "weight": weight, "weight_float": wf if wf is not None else weight,
         "control_type": work[2] if work else "", "control_type_short": work[1] if work else "",
         "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lesson, "nm": nm, "comment": comment,
         "color_hex": color}
    m["_work"] = work
    return m


# (pupil, day, num) -> [(value, kwargs)] ; version 2 (the re-pull of step 06) changes are in CHANGES2
MARKS = {
    ("71001", "20251117", 1): [("4", {"work": RU})],
    ("71001", "20251117", 2): [("н", {})],
    ("71001", "20251119", 1): [("5", {"work": SR, "wf": "1.5"})],
    ("71001", "20251125", 2): [("3", {"work": KR, "weight": 2, "wf": "2.0", "comment": "Ошибки в вычислениях, см. тетрадь"})],
    ("71001", "20251127", 4): [("5", {"work": DZ, "wf": "0.5"})],
    ("71002", "20251118", 2): [("5", {"work": KR, "weight": 2, "wf": "2"})],
    ("71002", "20251118", 3): [("оп", {})],
    ("71002", "20251120", 1): [("4+", {"work": RU, "convert": 4, "countas": "4.25"})],
    ("71002", "20251126", 1): [("н", {})],
    ("71002", "20251128", 1): [("5", {"work": DZ}), ("4", {"nm": "2", "work": RU, "comment": "Устный ответ"})],
    ("71003", "20251119", 3): [("б", {})],
    ("71003", "20251119", 1): [("3", {"work": SR, "comment": "Не закончил работу — досдать до пятницы"})],
    ("71003", "20251124", 4): [("2", {"work": RU, "count": True, "comment": "Нет формы (3-й раз)"})],
    ("71003", "20251125", 3): [("4-", {"work": RU, "convert": 4, "countas": "3.75"})],
    ("71101", "20251117", 1): [("5", {"work": KR, "weight": 2, "wf": "2.0", "color": "#2e7d32"})],
    ("71101", "20251118", 1): [("у", {})],
    ("71101", "20251126", 1): [("4", {"work": LR, "wf": "1.5"})],
    ("71101", "20251127", 1): [("зач", {"count": False, "weight": 0, "wf": 0, "convert": 0, "countas": "0",
                                        "work": RU, "comment": "Сочинение-рассуждение"})],
    ("71102", "20251117", 3): [("Н", {})],
    ("71102", "20251119", 2): [("3", {"work": SR})],
    ("71102", "20251125", 2): [("5-", {"work": KR, "weight": 2, "wf": "2.0", "convert": 5, "countas": "4.75"})],
    ("71102", "20251127", 3): [("4", {"work": RU})],
    ("71103", "20251118", 3): [("ОП", {})],
    ("71103", "20251120", 4): [("5", {"work": LR, "wf": "1.5"})],
    ("71103", "20251124", 3): [("уп", {})],
    ("71103", "20251126", 4): [("4", {"work": RU})],
}
# the end-of-week re-pull (step 06) of week 2
MARKS2 = dict(MARKS)
MARKS2[("71001", "20251125", 2)] = [("4", {"work": KR, "weight": 2, "wf": "2.0",
                                           "comment": "Исправлено после работы над ошибками"})]
MARKS2[("71002", "20251126", 1)] = [("уп", {})]  # the absence excused after a note from home
del MARKS2[("71102", "20251127", 3)]  # the mark removed by the teacher: deleted by omission
MARKS2[("71103", "20251127", 2)] = [("н", {})]  # an absence entered late


# --- homework ------------------------------------------------------------------------------------------------
# (class, day, num) -> (id, text, files); texts as teachers type them
HW = {
    ("6Б", "20251117", 1): (6100101, "№ 512, 514 (а, б); повторить правило на с.\u00a012–13", []),
    ("6Б", "20251117", 2): (6100102, "Упр. 245 — выписать слова с «пре-» и «при-»;\u000bсловарные слова "
                                     "выучить", [("памятка_пре-при.pdf", "https://gym6.eljur.ru/files/a1f")]),
    ("6Б", "20251118", 3): (6100103, "Read the text \"My hobby\" & answer Q1–Q5 (p. 34)", []),
    ("6Б", "20251118", 4): (6100104, "§ 14, рисунок «Строение листа» в тетради; ½ страницы конспекта",
                            [("лист_схема.jpg", "https://gym6.eljur.ru/files/b2c"),
                             ("лист_вопросы.docx", "https://gym6.eljur.ru/files/b2d")]),
    ("6Б", "20251125", 2): (6100201, "№ 560–563", []),
    ("6Б", "20251126", 2): (6100202, "§ 15, вопросы 1–3 (письменно); даты выучить: 1223 г. → Калка", []),
    ("10В", "20251117", 2): (6200101, "Прочитать ч. II, гл. 1–4; выписать цитаты к образу Обломова", []),
    ("10В", "20251118", 1): (6200102, "Задачи 2.14, 2.15; C₂H₆ → C₂H₅Cl: записать уравнение реакции",
                             [("алканы_таблица.pdf", "https://gym6.eljur.ru/files/c3e")]),
    ("10В", "20251119", 1): (6200103, "Упр. 3 (стр. 78): p = m·v; ответ округлить до 0,01", []),
    ("10В", "20251126", 1): (6200201, "Подготовиться к лабораторной работе № 4 (бланк распечатать)", []),
    ("10В", "20251126", 2): (6200202, "sin²α + cos²α = 1 — доказать; № 7.3–7.8 (чётные)", []),
}
HW2 = dict(HW)
HW2[("6Б", "20251125", 2)] = (6100201, "№ 560–563, 567* (по желанию)", [])  # edited: same id, new text
del HW2[("10В", "20251126", 1)]  # withdrawn: the re-pull no longer holds it
INDIVIDUAL = {("71003", "20251125", 2): (6100299, "Досдать самостоятельную работу от 19.11 (вариант 2)")}


def item(cls, sid, day, num, subj, rings, hw, marks, files_old=False):
    teacher, room = TEACHERS[(cls, subj)]
    it = {"num": str(num), "name": subj, "room": room, "teacher": teacher, "sort": num * 100,
          "lesson_id": lid(cls, day, num), "is_control": any(m[1].get("work") == KR for m in marks)}
    if TOPICS.get(subj):
        it["topic"] = TOPICS[subj]
    if rings:
        it["starttime"], it["endtime"] = BELLS[cls][num - 1]
    homework, files = {}, []
    task = hw.get((cls, day, num))
    if task:
        homework[str(task[0])] = {"id": task[0], "value": task[1], "individual": False}
        files = [{"toid": task[0], "filename": f, "link": link} for f, link in task[2]]
    ind = INDIVIDUAL.get((sid, day, num))
    if ind:
        homework[str(ind[0])] = {"id": ind[0], "value": ind[1], "individual": True}
    it["homework"] = homework
    it["files"] = files
    it["resources"] = []
    return it


def day_items(cls, sid, day, rings, hw, marks_of, cancelled=()):
    wd = (W1 + W2).index(day) % 5
    items = {}
    for num, subj in enumerate(PLAN[cls][wd], 1):
        if (day, num) in cancelled:
            items[str(num)] = {"num": str(num), "name": "Cancel", "room": "", "teacher": "", "sort": num * 100,
                               "lesson_id": lid(cls, day, num), "homework": {}, "files": [], "resources": [],
                               "assessments": []}
            continue
        marks = marks_of.get((sid, day, num), []) if sid else []
        it = item(cls, sid, day, num, subj, rings, hw, marks)
        if sid is not None:
            it["assessments"] = [strip(mk(v, day, it["lesson_id"], **kw)) for v, kw in marks]
        items[str(num)] = it
    return items


def strip(m):
    return {k: v for k, v in m.items() if not k.startswith("_")}


CANCEL2 = {("20251128", 4)}  # 10В Химия #4 of Fri 28.11, cancelled: the re-pull names the slot "Cancel"


def diary(sid, week, marks_of, hw, rings=True, as_array=False, cancelled=()):
    name, _, cls = PUPILS[sid]
    days = {}
    for i, day in enumerate(week):
        items = day_items(cls, sid, day, rings, hw, marks_of, cancelled if cls == "10В" else ())
        days[day] = {"name": day, "title": TITLES[i], "items": list(items.values()) if as_array else items}
    one = {"name": sid, "title": name, "parent_signed": False, "days": days}
    return ok({"students": [one] if as_array else {sid: one}})


def class_schedule(cls, week, rings=True):
    days = {}
    for i, day in enumerate(week):
        items = day_items(cls, None, day, rings, {}, {})
        for it in items.values():
            it.pop("homework"), it.pop("files"), it.pop("resources")
        days[day] = {"name": day, "title": TITLES[i], "items": list(items.values())}
    return ok({"days": days})


def pupil_schedule(sid, week):
    name, _, cls = PUPILS[sid]
    days = {}
    for i, day in enumerate(week):
        items = day_items(cls, None, day, True, {}, {})
        for it in items.values():
            it.pop("homework"), it.pop("files"), it.pop("resources")
        days[day] = {"name": day, "title": f"{TITLES[i]}, {day[6:]}.{day[4:6]}", "items": items}
    return ok({"students": {sid: {"name": sid, "title": name, "days": days}}})


def class_homework(cls, week, hw):
    """gethomework by class, the older server form (A.5 E5): top-level days, items array, files.file."""
    days = {}
    for i, day in enumerate(week):
        items = []
        wd = (W1 + W2).index(day) % 5
        for num, subj in enumerate(PLAN[cls][wd], 1):
            task = hw.get((cls, day, num))
            if task:
                items.append({"name": subj, "grp": None, "homework": {"1": {"value": task[1], "id": task[0],
                                                                           "individual": False}},
                              "files": {"file": [{"filename": f, "link": link} for f, link in task[2]]}})
        days[day] = {"name": day, "title": TITLES[i], "items": items}
    return ok({"days": days})


def pupil_homework(sid, week, hw):
    """gethomework by pupil: students object, items keyed by lesson number, files [{toid,...}]."""
    name, _, cls = PUPILS[sid]
    days = {}
    for i, day in enumerate(week):
        items = {}
        wd = (W1 + W2).index(day) % 5
        for num, subj in enumerate(PLAN[cls][wd], 1):
            task, ind = hw.get((cls, day, num)), INDIVIDUAL.get((sid, day, num))
            if not (task or ind):
                continue
            it = item(cls, sid, day, num, subj, False, hw, [])
            items[str(num)] = {k: it[k] for k in ("num", "name", "lesson_id", "homework", "files")}
        days[day] = {"name": day, "title": TITLES[i], "items": items}
    return ok({"students": {sid: {"name": sid, "title": name, "days": days}}})


# --- getmarks ------------------------------------------------------------------------------------------------
EARLY = {  # marks before the fortnight that only getmarks holds: (pupil, date, lesson_id) -> (value, kwargs)
    ("71001", "20251106", "6110061"): ("5", {"work": RU}),
    ("71002", "20251110", "6111102"): ("3", {"work": SR, "comment": "Перепутала знаменатели"}),
    ("71003", "20251112", "6111121"): ("4", {"work": KR, "weight": 2, "wf": "2"}),
    ("71101", "20250915", "1009151"): ("4", {"work": RU}),
    ("71102", "20251015", "1010152"): ("5", {"work": KR, "weight": 2, "wf": "2.0"}),
    ("71103", "20251020", "1010204"): ("3", {"work": LR, "wf": "1.5"}),
}
EARLY_SUBJECT = {"6110061": "Математика", "6111102": "Математика", "6111121": "Математика",
                 "1009151": "Алгебра", "1010152": "Алгебра", "1010204": "Физика"}
LESSON_COMMENTS = {"Математика": "Сложение и вычитание дробей", "Алгебра": "Тригонометрия: повторение"}


def subject_at(cls, day, num):
    return PLAN[cls][(W1 + W2).index(day) % 5][num - 1]


def getmarks(sid, marks_of, as_array=False):
    name, _, cls = PUPILS[sid]
    by_subject = {}
    for (p, day, num), marks in sorted(marks_of.items()):
        if p != sid:
            continue
        subj = subject_at(cls, day, num)
        for v, kw in marks:
            by_subject.setdefault(subj, []).append(mk(v, day, lid(cls, day, num), **kw))
    for (p, day, lesson), (v, kw) in sorted(EARLY.items()):
        if p == sid:
            by_subject.setdefault(EARLY_SUBJECT[lesson], []).append(mk(v, day, lesson, **kw))
    lessons = []
    for subj in sorted(by_subject):
        marks = sorted(by_subject[subj], key=lambda m: (m["date"], m["nm"]))
        num = den = 0.0
        out = []
        for m in marks:
            if m["count"]:
                w = float(m["weight_float"])
                num += m["convert"] * w
                den += w
            g = {k: v for k, v in m.items() if k not in ("control_type", "control_type_short", "color_hex", "_work")}
            g["lesson_comment"] = LESSON_COMMENTS.get(subj) if m["_work"] else None
            g["max_mark"] = None
            if m["_work"]:
                g["mtype"] = {"id": m["_work"][0], "short": m["_work"][1], "type": m["_work"][2]}
            out.append(g)
        avg = f"{num / den:.2f}" if den else ""
        lessons.append({"name": subj, "average": avg, "averageConvert": round(num / den) if den else 0,
                        "lesson_id": str(hash_subject(subj)), "color_hex": None, "marks": out})
    one = {"name": sid, "title": name, "lessons": lessons}
    return ok({"students": [one] if as_array else {sid: one}})


def hash_subject(subj):
    return 1000 + sum(ord(c) for c in subj) % 900


# --- getfinalassessments -------------------------------------------------------------------------------------
def fa(period_name, value, comment="", convert=None, color=None):
    a = {"period": period_name, "value": value, "comment": comment}
    if convert is not None:
        a["convert"] = convert
    if color is not None:
        a["color_hex"] = color
    return a


FINALS = {
    "71001": [("Математика", [fa("I", "4", convert=4, color="#1565c0")]),
              ("Русский язык", [fa("I", "5", convert=5, color="#2e7d32")]),
              ("Английский язык", [fa("I", "4-", convert=4)]),
              ("История", [fa("I", "зач", comment="проект «Древний Новгород»")]),
              ("Биология", [fa("I", "5", convert=5)]),
              ("Физическая культура", [fa("I", "осв", comment="справка до 15.12.2025")])],
    "71002": [("Математика", [fa("I", "5", convert=5, color="#2e7d32")]),
              ("Русский язык", [fa("I", "4+", convert=4)]),
              ("Английский язык", [fa("I", "5", convert=5)]),
              ("История", [fa("I", "4", convert=4)]),
              ("Биология", [fa("I", "н/а", comment="пропуски по болезни (более 50 %)")]),
              ("Физическая культура", [fa("I", "5", convert=5)])],
    "71003": [("Математика", [fa("I", "3", convert=3, color="#c62828")]),
              ("Русский язык", [fa("I", "3", convert=3)]),
              ("Английский язык", [fa("I", "4", convert=4)]),
              ("История", [fa("I", "4", convert=4)]),
              ("Биология", [fa("I", "4", convert=4)]),
              ("Физическая культура", [])],
    "71101": [("Алгебра", []), ("Литература", []), ("Физика", []), ("Химия", []),
              ("Индивидуальный проект", [fa("1", "зач", comment="защита 14.11.2025")])],
    "71102": [("Алгебра", []), ("Литература", []), ("Физика", []), ("Химия", []),
              ("Индивидуальный проект", [fa("1", "зач")])],
    "71103": [("Алгебра", []), ("Литература", []), ("Физика", []), ("Химия", []),
              ("Индивидуальный проект", [fa("1", "н/а", comment="тема не утверждена")])],
}
PAST_71002 = [("Математика", [fa("I", "3", convert=3), fa("II", "4", convert=4), fa("III", "4", convert=4),
                              fa("IV", "5", convert=5), fa("Г", "4", convert=4)]),
              ("Русский язык", [fa("I", "3", convert=3), fa("II", "3", convert=3), fa("III", "4", convert=4),
                                fa("IV", "4", convert=4), fa("Г", "4", convert=4)]),
              ("Биология", [fa("I", "4", convert=4), fa("IV", "5", convert=5), fa("Г", "5", convert=5)])]


def finals(sid, items, as_array=False):
    name = PUPILS[sid][0]
    one = {"name": sid, "title": name, "items": [{"name": n, "assessments": a} for n, a in items]}
    return ok({"students": [one] if as_array else {sid: one}})


# --- the journey ---------------------------------------------------------------------------------------------
def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": list(batches)})

    c6, c10 = "6Б", "10В"
    d1, d2 = "days=20251117-20251121", "days=20251124-20251128"
    step("01 getrules of five parents (pulled 2025-11-16): 72001 has a child in 6Б and one in 10В; 72003 only "
         "71003 [A.3 getrules, A.4]",
         [rec(f"getrules?{Q}", getrules("72001", ["71001", "71101"]), "2025-11-16T18:00:00+03:00"),
          rec(f"getrules?{Q}", getrules("72002", ["71002"]), "2025-11-16T18:00:05+03:00"),
          rec(f"getrules?{Q}", getrules("72003", ["71003"]), "2025-11-16T18:00:10+03:00"),
          rec(f"getrules?{Q}", getrules("72004", ["71102"]), "2025-11-16T18:00:15+03:00"),
          rec(f"getrules?{Q}", getrules("72005", ["71103"]), "2025-11-16T18:00:20+03:00")])
    step("02 getperiods asked per pupil: quarters for the 6Б pupils, half-years for the 10В pupils [A.2 getperiods "
         "`student`, A.3 Period, A.4 periods vary]",
         [rec(f"getperiods?student={sid}&weeks=__yes&{Q}", getperiods(sid), f"2025-11-16T18:01:0{i}+03:00")
          for i, sid in enumerate(PUPILS)])
    step("03 week 1: class schedules (rings) and the six diaries; н, Н, оп, ОП, б, у (уп comes in week 2); marks with "
         "weight_float as a string [A.2, A.3 Day, Lesson item, Assessment, A.6]",
         [rec(f"getschedule?class={c6}&{d1}&rings=__yes&{Q}", class_schedule(c6, W1), "2025-11-21T19:00:00+03:00"),
          rec(f"getschedule?class={c10}&{d1}&rings=__yes&{Q}", class_schedule(c10, W1), "2025-11-21T19:00:01+03:00")]
         + [rec(f"getdiary?student={sid}&{d1}&rings=__yes&{Q}",
                diary(sid, W1, MARKS, HW, as_array=(sid == "71102")), f"2025-11-21T19:01:0{i}+03:00")
            for i, sid in enumerate(PUPILS)])
    step("04 week 1 homework: by class (older form: top-level days, items array, files.file) for 6Б, by pupil for "
         "71101 [A.2 gethomework, A.3 files, A.5 E5]",
         [rec(f"gethomework?class={c6}&{d1}&{Q}", class_homework(c6, W1, HW), "2025-11-21T19:02:00+03:00"),
          rec(f"gethomework?student=71101&{d1}&{Q}", pupil_homework("71101", W1, HW), "2025-11-21T19:02:01+03:00")])
    step("05 week 2 (pulled Thu evening): 71002's schedule asked by pupil, 10В's by class, the six diaries "
         "[A.2 getschedule `student` or `class`]",
         [rec(f"getschedule?student=71002&{d2}&rings=__yes&{Q}", pupil_schedule("71002", W2),
              "2025-11-27T20:00:00+03:00"),
          rec(f"getschedule?class={c10}&{d2}&rings=__yes&{Q}", class_schedule(c10, W2), "2025-11-27T20:00:01+03:00")]
         + [rec(f"getdiary?student={sid}&{d2}&rings=__yes&{Q}", diary(sid, W2, {k: v for k, v in MARKS.items() if k[1] <= "20251127"}, HW),
                f"2025-11-27T20:01:0{i}+03:00") for i, sid in enumerate(PUPILS)])
    step("06 week 2 re-pulled Friday evening: a mark corrected, н excused as уп, a mark removed, a late н, "
         "homework edited (same id) and withdrawn, 10В's Химия #4 of 28.11 now named \"Cancel\" [A.3, A.6]",
         [rec(f"getdiary?student={sid}&{d2}&rings=__yes&{Q}",
              diary(sid, W2, MARKS2, HW2, as_array=(sid == "71003"), cancelled=CANCEL2),
              f"2025-11-28T19:00:0{i}+03:00") for i, sid in enumerate(PUPILS)]
         + [rec(f"gethomework?class={c6}&{d2}&{Q}", class_homework(c6, W2, HW2), "2025-11-28T19:01:00+03:00"),
            rec(f"getschedule?class={c10}&{d2}&rings=__yes&{Q}",
                cancel_schedule(c10, W2), "2025-11-28T19:01:01+03:00")])
    step("07 getmarks over the pupil's own period: quarter II (20251105-20251230) for 6Б, half-year 1 "
         "(20250901-20251226) for 10В; lesson_comment, mtype, averages as strings; students as an array for 71003 "
         "[A.3 SubjectMarks, A.5 E3]",
         [rec(f"getmarks?student={sid}&days={'20251105-20251230' if PUPILS[sid][2] == c6 else '20250901-20251226'}"
              f"&{Q}", getmarks(sid, MARKS2, as_array=(sid == "71003")), f"2025-11-28T19:02:0{i}+03:00")
          for i, sid in enumerate(PUPILS)])
    step("08 getfinalassessments: 6Б's quarter I (convert, color_hex, comments, 4-, 4+, зач, осв, н/а), 10В's "
         "half-year still open but for an early project mark [A.3 Final assessment, A.5 E4, A.6]",
         [rec(f"getfinalassessments?student={sid}&{Q}", finals(sid, FINALS[sid], as_array=(sid == "71002")),
              f"2025-11-28T19:03:0{i}+03:00") for i, sid in enumerate(PUPILS)])
    step("09 out of pull order: getrules of 72001 and 72003 pulled 2025-11-01 (72001 before the sibling was "
         "linked; 72003 still with a mistaken link to 71102), pushed after the answers of 2025-11-16 "
         "[A.3 getrules; hub README: pulled_at, the latest pull wins]",
         [rec(f"getrules?{Q}", getrules("72001", ["71001"]), "2025-11-01T09:00:00+03:00"),
          rec(f"getrules?{Q}", getrules("72003", ["71003", "71102"]), "2025-11-01T09:00:05+03:00")])
    step("10 a past year's finals, asked with days: 71002's 2024/25 under the same period names I..IV, Г "
         "[A.2 getfinalassessments (some add days), A.4]",
         [rec(f"getfinalassessments?student=71002&days=20240901-20250531&{Q}", finals("71002", PAST_71002),
              "2025-11-29T10:00:00+03:00")])
    step("11 methods no earlier corpus sent (messages, board notices, user vendors): they say nothing about the "
         "diary and must change nothing [A.2]",
         [rec(f"getmessages?folder=inbox&unreadonly=no&limit=20&page=1&{Q}", ok({
             "messages": [{"id": "884001", "subject": "Оценка по математике", "short_text": "Лев получил 2 за к/р…",
                           "date": "2025-11-25 16:40:00", "unread": False, "with_files": False, "with_resources": False,
                           "user_from": {"name": "73010", "lastname": "Киселёв", "firstname": "Роман",
                                         "middlename": "Андреевич"}}], "count": 1, "total": 1}),
              "2025-11-29T10:01:00+03:00"),
          rec(f"getmessageinfo?id=884001&{Q}", ok({"message": {
              "id": "884001", "subject": "Оценка по математике", "short_text": "Лев получил 2 за к/р…",
              "text": "Лев получил 2 за контрольную работу.", "date": "2025-11-25 16:40:00",
              "user_from": {"name": "73010", "lastname": "Киселёв", "firstname": "Роман", "middlename": "Андреевич"},
              "user_to": [{"name": "72001", "lastname": "Абрамова", "firstname": "Наталья", "middlename": "Игоревна"}],
              "files": []}}), "2025-11-29T10:01:01+03:00"),
          rec(f"getboardnotices?limit=10&page=1&{Q}", ok({"notices": [
              {"id": "5501", "subject": "Родительское собрание 6Б", "short_text": "03.12 в 18:00, каб. 12",
               "date": "2025-11-26", "date_actual_before": "2025-12-03", "unread": True, "with_files": False,
               "with_resources": False, "user_from": {"name": "73001", "lastname": "Орлова", "firstname": "Вера",
                                                      "middlename": "Николаевна"},
               "user_from_string": "Орлова Вера Николаевна", "users_to": "Родители 6Б"}],
              "count": 1, "total": 1, "total_unread": 1}), "2025-11-29T10:01:02+03:00"),
          rec(f"getusersvendors?{Q}", ok([{"expires": "2025-12-29 10:00:00", "login": "abramova_n",
                                           "token": "<opaque>", "user_title": "Абрамова Наталья Игоревна",
                                           "vendor": "gym6", "vendor_id": 7606, "vendor_title": "Гимназия № 6"}]),
              "2025-11-29T10:01:03+03:00")])

    journey = {"vendor": "elzhur",
               "description": "Гимназия № 6 (vendor gym6): 6Б in quarters and 10В in half-years, 2025-11-17..28. "
                              "All values invented; shapes from the reference Part A and the client models of "
                              "Part C.",
               "steps": steps}
    with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as fh:
        fh.write("{\n \"vendor\": \"elzhur\",\n \"description\": " + json.dumps(journey["description"],
                                                                             ensure_ascii=False) + ",\n \"steps\": [\n")
        for i, s in enumerate(steps):
            fh.write("  {\"name\": " + json.dumps(s["name"], ensure_ascii=False) + ",\n   \"batches\": [\n")
            for j, b in enumerate(s["batches"]):
                fh.write("    [\n" + ",\n".join("     " + json.dumps(r, ensure_ascii=False) for r in b) + "\n    ]"
                         + ("," if j < len(s["batches"]) - 1 else "") + "\n")
            fh.write("   ]}" + ("," if i < len(steps) - 1 else "") + "\n")
        fh.write(" ]\n}\n")


def cancel_schedule(cls, week):
    body = class_schedule(cls, week)
    for d in body["response"]["result"]["days"].values():
        for k, it in enumerate(d["items"]):
            if (d["name"], int(it["num"])) in CANCEL2:
                d["items"][k] = {"num": it["num"], "name": "Cancel", "room": "", "teacher": "", "sort": it["sort"],
                                 "lesson_id": it["lesson_id"]}
    return body


if __name__ == "__main__":
    main()
