"""Builds journey.json for corpus elzhur_24 (standard library only; invented values).

A vendor-side model: each mark (pupil, lesson_id, nm) has a timeline of states; a pull at time t answers the state
at t, through getdiary (the lesson's `assessments`, A.3 Lesson item) or getmarks (by subject, the mark's own
`date`, A.3 SubjectMarks). Run: python make_journey.py > journey.json is not needed: it writes journey.json.
"""
import json
from pathlib import Path

TZ = "+03:00"
PUPILS = {"62401": ("Белова Ксения", "Белова", "Ксения", "female", "72401", "Белова Ольга Сергеевна"),
          "62402": ("Гусев Артём", "Гусев", "Артём", "male", "72402", "Гусев Дмитрий Иванович")}
SUBJECTS = {"Математика": ("3101", "Кравцова Нина Петровна", "212"),
            "Русский язык": ("3102", "Лаптева Галина Юрьевна", "305"),
            "История": ("3103", "Прохоров Андрей Викторович", "118"),
            "Биология": ("3104", "Сафина Эльвира Рашидовна", "220"),
            "Литература": ("3105", "Лаптева Галина Юрьевна", "305")}
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:30:00", "11:15:00")}
DAYS = {  # YYYYMMDD -> (title, [(num, subject, lesson_id, topic)])
    "20260209": ("Понедельник", [("1", "Математика", "2409101", "Сложение дробей с разными знаменателями"),
                                 ("2", "Русский язык", "2409102", "Имя прилагательное как часть речи"),
                                 ("3", "История", "2409103", "Феодальная раздробленность на Руси")]),
    "20260210": ("Вторник", [("1", "Русский язык", "2410101", "Словарный диктант"),
                             ("2", "Математика", "2410102", "Вычитание дробей"),
                             ("3", "Биология", "2410103", "Строение цветка")]),
    "20260211": ("Среда", [("1", "Математика", "2411101", "Самостоятельная работа по теме «Дроби»"),
                           ("2", "Литература", "2411102", "А. С. Пушкин «Дубровский»"),
                           ("3", "История", "2411103", "Владимиро-Суздальское княжество")]),
    "20260212": ("Четверг", [("1", "История", "2412101", "Новгородская республика"),
                             ("2", "Математика", "2412102", "Умножение дробей"),
                             ("3", "Русский язык", "2412103", "Разряды прилагательных")]),
    "20260213": ("Пятница", [("1", "Литература", "2413101", "Образ Владимира Дубровского"),
                             ("2", "Биология", "2413102", "Соцветия"),
                             ("3", "Математика", "2413103", "Деление дробей")]),
}
LESSON = {lid: (day, num, subj, topic) for day, (_, items) in DAYS.items() for num, subj, lid, topic in items}
WORK = {"РУ": (1, "Работа на уроке"), "СР": (2, "Самостоятельная работа"), "ДЗ": (3, "Домашняя работа"),
        "КД": (4, "Контрольный диктант"), "УО": (5, "Устный ответ")}

def m(value, weight, short, comment=""):
    return {"value": value, "weight": weight, "short": short, "comment": comment}

V0 = "2026-02-09T08:00:00"
# (pupil, lesson_id, nm) -> [(time the vendor state changed, mark or None)]
MARKS = {
    # --- Белова Ксения (62401)
    ("62401", "2409101", "1"): [(V0, m("3", 1, "РУ")),
                                ("2026-02-14T10:00:00", m("4", 1, "РУ", "Исправлено после работы над ошибками"))],
    ("62401", "2409102", "1"): [(V0, m("5", 1, "УО"))],
    ("62401", "2410101", "1"): [(V0, m("4", 1, "КД")), ("2026-02-14T11:00:00", m("4", 2, "КД"))],
    ("62401", "2410102", "1"): [(V0, m("5", 1, "ДЗ")), ("2026-02-16T11:00:00", None)],
    ("62401", "2411101", "1"): [(V0, m("2", 2, "СР")), ("2026-02-14T12:00:00", None)],
    ("62401", "2411102", "1"): [(V0, m("4", 2, "УО")), ("2026-02-16T13:00:00", m("5", 1, "УО", "Выразительное чтение наизусть"))],
    ("62401", "2412101", "1"): [(V0, m("5", 1, "УО"))],
    ("62401", "2412101", "2"): [("2026-02-14T13:00:00", m("4", 1, "ДЗ", "Контурная карта"))],
    ("62401", "2412102", "1"): [(V0, m("5", 1, "РУ"))],
    ("62401", "2412102", "2"): [("2026-02-16T12:00:00", m("3", 2, "СР"))],
    ("62401", "2413102", "1"): [(V0, m("5", 1, "ДЗ")), ("2026-02-16T10:00:00", m("4", 1, "ДЗ", "Не сдан гербарий"))],
    ("62401", "2413103", "1"): [(V0, m("4", 1, "РУ")), ("2026-02-17T15:00:00", m("4", 2, "СР", "Работа выполнена аккуратно"))],
    # --- Гусев Артём (62402)
    ("62402", "2409101", "1"): [(V0, m("4", 1, "РУ"))],
    ("62402", "2409103", "1"): [(V0, m("3", 1, "УО")), ("2026-02-14T10:30:00", m("4", 1, "УО", "Дополнил ответ на консультации"))],
    ("62402", "2410101", "1"): [(V0, m("3", 2, "КД")), ("2026-02-14T11:30:00", m("3", 1, "КД", "Вес изменён: диктант обучающий"))],
    ("62402", "2410103", "1"): [(V0, m("5", 1, "РУ")), ("2026-02-14T12:30:00", None)],
    ("62402", "2411101", "1"): [(V0, m("3", 2, "СР"))],
    ("62402", "2411101", "2"): [("2026-02-16T12:30:00", m("5", 2, "СР", "Переписал самостоятельную работу"))],
    ("62402", "2411103", "1"): [(V0, m("4", 1, "ДЗ")), ("2026-02-16T10:30:00", m("2", 1, "ДЗ", "Списано"))],
    ("62402", "2412102", "1"): [(V0, m("2", 1, "ДЗ")), ("2026-02-16T11:30:00", None)],
    ("62402", "2412103", "1"): [(V0, m("5", 1, "РУ"))],
    ("62402", "2413101", "1"): [(V0, m("4", 1, "УО"))],
    ("62402", "2413101", "2"): [("2026-02-14T13:30:00", m("5", 1, "УО", "Сочинение-миниатюра"))],
    ("62402", "2413103", "1"): [(V0, m("3", 1, "РУ")), ("2026-02-17T15:30:00", m("4", 1, "РУ"))],
}

def state(pupil, lid, nm, at):
    cur = None
    for t, mark in MARKS[(pupil, lid, nm)]:
        if t <= at:
            cur = mark
        else:
            break
    return cur

def marks_at(pupil, at, days):
    out = []
    for (p, lid, nm), _ in MARKS.items():
        if p != pupil or LESSON[lid][0] not in days:
            continue
        mk = state(p, lid, nm, at)
        if mk and LESSON[lid][0] <= at[:10].replace("-", ""):
            out.append((lid, nm, mk))
    return out

def assessment(lid, nm, mk):
    day = LESSON[lid][0]
    v = mk["value"]
    tid, ttype = WORK[mk["short"]]
    return {"value": v, "countas": v, "count": True, "convert": int(v), "weight": mk["weight"],
            "weight_float": mk["weight"], "control_type": ttype, "control_type_short": mk["short"],
            "date": f"{day[:4]}-{day[4:6]}-{day[6:]}", "lesson_id": lid, "nm": nm, "comment": mk["comment"]}

def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}

def span(a, b):
    out, d = [], int(a)
    return [d for d in DAYS if a <= d <= b]

def getdiary(pupil, a, b, at):
    days = {}
    present = {(lid, nm): mk for lid, nm, mk in marks_at(pupil, at, span(a, b))}
    for day in span(a, b):
        title, items = DAYS[day]
        its = {}
        for num, subj, lid, topic in items:
            _, teacher, room = SUBJECTS[subj]
            ass = [assessment(lid, nm, present[(l, nm)]) for (l, nm) in sorted(present) if l == lid]
            its[num] = {"num": num, "name": subj, "room": room, "teacher": teacher, "sort": int(num) * 100,
                        "lesson_id": lid, "topic": topic, "is_control": False,
                        "starttime": RINGS[num][0], "endtime": RINGS[num][1], "homework": {}, "files": [],
                        "resources": [], "assessments": ass}
        days[day] = {"name": day, "title": title, "items": its}
    name = PUPILS[pupil][0]
    return {"request": f"getdiary?student={pupil}&days={a}-{b}&rings=__yes",
            "body": envelope({"students": {pupil: {"name": pupil, "title": name, "parent_signed": False,
                                                   "days": days}}}),
            "pulled_at": at + TZ}

def getmarks(pupil, a, b, at):
    present = marks_at(pupil, at, span(a, b))
    lessons = []
    for subj, (sid, _, _) in SUBJECTS.items():
        ms = []
        for lid, nm, mk in sorted(present, key=lambda x: (LESSON[x[0]][0], x[1])):
            if LESSON[lid][2] != subj:
                continue
            a_ = assessment(lid, nm, mk)
            tid, ttype = WORK[mk["short"]]
            for k in ("control_type", "control_type_short"):
                a_.pop(k)
            a_.update({"lesson_comment": LESSON[lid][3], "max_mark": None,
                       "mtype": {"id": tid, "short": mk["short"], "type": ttype}})
            ms.append(a_)
        if not ms:
            continue
        tw = sum(x["weight"] for x in ms)
        avg = sum(x["convert"] * x["weight"] for x in ms) / tw
        lessons.append({"name": subj, "average": f"{avg:.2f}", "averageConvert": round(avg), "lesson_id": sid,
                        "color_hex": None, "marks": ms})
    name = PUPILS[pupil][0]
    return {"request": f"getmarks?student={pupil}&days={a}-{b}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": name, "lessons": lessons}}}),
            "pulled_at": at + TZ}

def getrules(pupil, at):
    name, last, first, gender, parent, ptitle = PUPILS[pupil]
    return {"request": "getrules", "body": envelope({
        "roles": ["parent"],
        "relations": {"students": {pupil: {"rules": ["getdiary", "getmarks", "getperiods"], "rel": "child",
                                           "name": pupil, "title": name, "lastname": last, "firstname": first,
                                           "gender": gender, "class": "6А", "parallel": "6", "city": "Тверь"}},
                      "groups": {"6А": {"rel": "homeclass", "name": "6А", "parallel": "6", "balls": 5,
                                        "hometeacher_id": "52401", "hometeacher_name": "Кравцова Нина Петровна"}},
                      "schools": [{"title": "Гимназия № 24", "title_full": "МОУ «Гимназия № 24»", "number": "24",
                                   "inn": "6901002424", "kpp": "690101001"}]},
        "allowedSections": ["diary", "marks"], "id": parent, "name": parent, "title": ptitle,
        "vendor": "gym24", "vendor_id": 24}), "pulled_at": at + TZ}

A, B = "62401", "62402"
W0, W1 = "20260209", "20260213"
steps = [
    ("01 getrules of both parents (6А, Гимназия № 24)",
     [[getrules(A, "2026-02-08T12:00:00"), getrules(B, "2026-02-08T12:01:00")]]),
    ("02 each evening's getdiary of that day, both pupils (the marks as first given)",
     [[getdiary(p, d, d, f"2026-02-{d[6:]}T19:0{i}:00") for i, p in enumerate((A, B))] for d in span(W0, W1)]),
    ("03 getmarks of the week: Ксения after the first corrections; Артём's pulled 15 Feb delivered later",
     [[getmarks(A, W0, "20260215", "2026-02-15T09:00:00")]]),
    ("04 getdiary of the week after the second corrections, both pupils",
     [[getdiary(A, W0, W1, "2026-02-17T09:00:00"), getdiary(B, W0, W1, "2026-02-17T09:05:00")]]),
    ("05 late deliveries of older getmarks: Артём's pulled 15 Feb, Ксения's pulled 16 Feb",
     [[getmarks(B, W0, "20260215", "2026-02-15T09:05:00")], [getmarks(A, W0, W1, "2026-02-16T09:00:00")]]),
    ("06 getmarks of the month pulled 18 Feb (third corrections), both pupils",
     [[getmarks(A, "20260201", "20260228", "2026-02-18T09:00:00"),
       getmarks(B, "20260201", "20260228", "2026-02-18T09:05:00")]]),
    ("07 retries delivered last: getdiary of the week pulled 17 Feb 12:00 and 14 Feb 09:00, getdiary of Wednesday pulled 16 Feb",
     [[getdiary(A, W0, W1, "2026-02-17T12:00:00"), getdiary(B, W0, W1, "2026-02-17T12:05:00")],
      [getdiary(A, W0, W1, "2026-02-14T09:00:00"), getdiary(B, "20260211", "20260211", "2026-02-16T09:30:00")],
      [getmarks(B, W0, W1, "2026-02-16T09:35:00")]]),
]
journey = {"vendor": "elzhur",
           "description": "Eljur corpus 24: Гимназия № 24, 6А, 9-13 Feb 2026: marks through both methods "
                          "(getdiary assessments and getmarks), corrected, deleted and added, pulled in both orders "
                          "(written from shared/reference/elzhur_mesh.md Part A and C only)",
           "steps": [{"name": n, "batches": b} for n, b in steps]}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
print(sum(len(b) for _, bs in steps for b in bs), "records")
