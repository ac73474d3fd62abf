"""Eljur corpus 16: marks whose day is not their lesson's day. Writes journey.json (deterministic, stdlib only).

Written from shared/reference/elzhur_mesh.md Part A and C only. Every name, id and text is invented.
School "Школа № 416", class 8Б, pupils 81601 (parent 91601) and 81602 (parent 91602), 20 Oct - 7 Nov 2025.
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASS = "8Б"
TEACHERS = {"Алгебра": "Гордеева Нина Павловна", "История": "Ларионова Вера Степановна",
            "Физика": "Шубин Артём Ильич", "Русский язык": "Мельникова Тамара Юрьевна"}
ROOMS = {"Алгебра": "312", "История": "207", "Физика": "115", "Русский язык": "209"}
TIMES = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00")}
# date -> [(num, subject, lesson_id, topic)]
SCHEDULE = {
    "20251020": [("1", "Алгебра", "7710201", "Степень с целым показателем"), ("2", "История", "7710202", "Смутное время")],
    "20251021": [("1", "Физика", "7710211", "Плавление и отвердевание"), ("2", "Русский язык", "7710212", "Обособленные определения")],
    "20251022": [("1", "История", "7710221", "Первые Романовы"), ("2", "Алгебра", "7710222", "Стандартный вид числа")],
    "20251023": [("1", "Физика", "7710231", "Удельная теплота плавления"), ("2", "Русский язык", "7710232", "Обособленные приложения")],
    "20251024": [("1", "Алгебра", "7710241", "Контрольная работа № 2"), ("2", "История", "7710242", "Соборное уложение")],
    "20251105": [("1", "Алгебра", "7711051", "Квадратный корень"), ("2", "Физика", "7711052", "Испарение и конденсация")],
    "20251106": [("1", "Алгебра", "7711061", "Арифметический квадратный корень"), ("2", "История", "7711062", "Церковный раскол")],
    "20251107": [("1", "Русский язык", "7711071", "Уточняющие члены предложения"), ("2", "Физика", "7711072", "Кипение")],
}
SATURDAYS = {"20251025", "20251101"}
VACATION = {"20251027", "20251028", "20251029", "20251030", "20251031", "20251103", "20251104"}
PUPILS = {"81601": ("Тарасов Глеб", "Тарасов", "Глеб", "male"), "81602": ("Ершова Милана", "Ершова", "Милана", "female")}
PARENTS = {"91601": ("81601", "Тарасова Алла Викторовна"), "91602": ("81602", "Ершов Роман Андреевич")}


def env(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def mark(value, date, lesson_id, nm="1", weight=1, ctype=("Работа на уроке", "РУ"), comment=""):
    absent = value in ("н", "оп")
    conv = 0 if absent else int(value[0])
    return {"value": value, "countas": str(conv), "count": not absent, "convert": conv, "weight": 0 if absent else weight,
            "weight_float": 0 if absent else weight, "control_type": ctype[0], "control_type_short": ctype[1],
            "date": date, "lesson_id": lesson_id, "nm": nm, "comment": comment}


def gm_mark(m, lesson_comment=None, mtype_id=1):
    g = {k: v for k, v in m.items() if k not in ("control_type", "control_type_short")}
    g["lesson_comment"] = lesson_comment
    g["max_mark"] = None
    g["mtype"] = {"id": mtype_id, "short": m["control_type_short"], "type": m["control_type"]}
    return g


def days_between(first, last):
    d, end = dt.date(int(first[:4]), int(first[4:6]), int(first[6:])), dt.date(int(last[:4]), int(last[4:6]), int(last[6:]))
    while d <= end:
        yield d.strftime("%Y%m%d")
        d += dt.timedelta(days=1)


TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def diary(student, first, last, marks):
    """getdiary of one pupil over first..last; marks: {lesson_id: [assessment, ...]}."""
    days = {}
    for key in days_between(first, last):
        weekday = dt.date(int(key[:4]), int(key[4:6]), int(key[6:])).weekday()
        title = TITLES[weekday]
        if key in VACATION:
            days[key] = {"name": key, "title": title, "alert": "vacation", "holiday_name": "Осенние каникулы", "items": {}}
        elif key in SCHEDULE:
            items = {}
            for num, subject, lid, topic in SCHEDULE[key]:
                items[num] = {"num": num, "name": subject, "room": ROOMS[subject], "teacher": TEACHERS[subject],
                              "sort": int(num) * 100, "lesson_id": lid, "topic": topic,
                              "is_control": topic.startswith("Контрольная"), "starttime": TIMES[num][0],
                              "endtime": TIMES[num][1], "homework": {}, "files": [], "resources": [],
                              "assessments": marks.get(lid, [])}
            days[key] = {"name": key, "title": title, "items": items}
        elif key in SATURDAYS:
            days[key] = {"name": key, "title": title, "items": []}
    name = PUPILS[student][0]
    return env({"students": {student: {"name": student, "title": name, "parent_signed": False, "days": days}}})


def getmarks(student, lessons):
    """lessons: [(subject, average, [marks])]"""
    body = [{"name": s, "average": avg, "averageConvert": round(float(avg)) if avg else 0, "lesson_id": str(1600 + i),
             "color_hex": None, "marks": ms} for i, (s, avg, ms) in enumerate(lessons)]
    return env({"students": {student: {"name": student, "title": PUPILS[student][0], "lessons": body}}})


def rec(request, body, pulled_at):
    return {"request": request, "body": body, "pulled_at": pulled_at}


def getrules(parent):
    child, title = PARENTS[parent]
    full, last, first, gender = PUPILS[child]
    return env({"roles": ["parent"], "relations": {
        "students": {child: {"rules": ["getdiary", "getmarks", "getperiods"], "rel": "child", "name": child, "title": full,
                             "lastname": last, "firstname": first, "gender": gender, "class": CLASS, "parallel": "8",
                             "city": "Кострома"}},
        "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "8", "balls": 5, "hometeacher_id": "86001",
                           "hometeacher_name": "Ларионова Вера Степановна"}},
        "schools": [{"title": "Школа № 416", "title_full": "МБОУ «СОШ № 416»", "number": "416", "inn": "4401000416",
                     "kpp": "440101001"}]},
        "allowedSections": ["diary", "marks", "finalmarks"], "id": parent, "name": parent, "title": title,
        "vendor": "sch416", "vendor_id": 416})


PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260330", "20260531")]


def getperiods(student):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
               for n, f, s, e in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                    "weeks": []})
    return env({"students": [{"name": student, "title": PUPILS[student][0], "periods": periods}]})


KR = ("Контрольная работа", "КР")
P1, P2 = "81601", "81602"
# P1 marks, as the journal holds them at each moment
p1_f_old = {"7710211": [mark("3", "2025-10-21", "7710211")], "7710241": [mark("4", "2025-10-24", "7710241", weight=2, ctype=KR)],
            "7710221": [mark("5", "2025-10-22", "7710221")]}
p1_week1 = {"7710231": [mark("3", "2025-10-23", "7710231")],  # the Физика mark moved to Thursday's lesson
            "7710241": [mark("4", "2025-10-24", "7710241", weight=2, ctype=KR)],
            "7710221": [mark("5", "2025-10-22", "7710221")]}
late5 = mark("5", "2025-11-06", "7710241", nm="2", ctype=("Работа над ошибками", "РО"), comment="исправление контрольной")
p1_later = dict(p1_week1, **{"7710241": p1_week1["7710241"] + [late5],
                             "7711061": [mark("3", "2025-11-06", "7711061")]})
sat_test = mark("3", "2025-10-25", "7710251", weight=2, ctype=KR, comment="писал в субботу с 8А")
holiday_test = mark("4", "2025-10-30", "7710301", ctype=("Зачёт по теме", "ЗЧ"), comment="досдача в каникулы")
fiz4 = mark("4", "2025-10-23", "7710231", comment="исправлено после проверки")
ghost = mark("5", "2025-10-15", "7709151", ctype=("Самостоятельная работа", "СР"))
# P2
p2_week1 = {"7710201": [mark("4", "2025-10-20", "7710201")], "7710241": [mark("2", "2025-10-24", "7710241", weight=2, ctype=KR)],
            "7710211": [mark("4", "2025-10-21", "7710211")]}
p2_later = dict(p2_week1, **{"7710241": [mark("3", "2025-10-29", "7710241", weight=2, ctype=KR, comment="пересдача в каникулы")]})
p2_sat = mark("4", "2025-10-25", "7710251", weight=2, ctype=KR)

steps = [
    ("01 getrules of both parents, getperiods of both pupils (quarters I 1.09-26.10, II 5.11-28.12)",
     [[rec("getrules", getrules("91601"), "2025-10-19T10:00:00+03:00"),
       rec("getrules", getrules("91602"), "2025-10-19T10:01:00+03:00"),
       rec(f"getperiods?student={P1}&weeks=__yes", getperiods(P1), "2025-10-19T10:02:00+03:00"),
       rec(f"getperiods?student={P2}&weeks=__yes", getperiods(P2), "2025-10-19T10:03:00+03:00")]]),
    ("02 getdiary of week 20-26 Oct for both pupils",
     [[rec(f"getdiary?student={P1}&days=20251020-20251026&rings=__yes", diary(P1, "20251020", "20251026", p1_f_old),
           "2025-10-26T18:00:00+03:00"),
       rec(f"getdiary?student={P2}&days=20251020-20251026&rings=__yes", diary(P2, "20251020", "20251026", p2_week1),
           "2025-10-26T18:05:00+03:00")]]),
    ("03 P2 getmarks of quarter I, pulled before the retake",
     [[rec(f"getmarks?student={P2}&days=20250901-20251026",
           getmarks(P2, [("Алгебра", "2.67", [gm_mark(p2_week1["7710201"][0]), gm_mark(p2_week1["7710241"][0], "Контрольная работа № 2", 5)]),
                         ("Физика", "4.00", [gm_mark(p2_week1["7710211"][0])])]),
           "2025-10-26T19:00:00+03:00")]]),
    ("04 P1 getdiary of the same week again: the Физика mark moved from Tuesday's lesson to Thursday's (same nm)",
     [[rec(f"getdiary?student={P1}&days=20251020-20251026&rings=__yes", diary(P1, "20251020", "20251026", p1_week1),
           "2025-10-27T12:00:00+03:00")]]),
    ("05 getdiary 24 Oct - 7 Nov (another range over the 24 Oct lesson; holidays between the quarters)",
     [[rec(f"getdiary?student={P1}&days=20251024-20251107&rings=__yes", diary(P1, "20251024", "20251107", p1_later),
           "2025-11-07T19:00:00+03:00"),
       rec(f"getdiary?student={P2}&days=20251024-20251107&rings=__yes", diary(P2, "20251024", "20251107", p2_later),
           "2025-11-07T19:05:00+03:00")]]),
    ("06 P1 getdiary 5-7 Nov (a third range)",
     [[rec(f"getdiary?student={P1}&days=20251105-20251107&rings=__yes", diary(P1, "20251105", "20251107", p1_later),
           "2025-11-09T18:00:00+03:00")]]),
    ("07 getmarks of quarter II, then of quarter I (by the marks' own date), both pupils",
     [[rec(f"getmarks?student={P1}&days=20251105-20251228",
           getmarks(P1, [("Алгебра", "4.00", [gm_mark(late5, "Работа над ошибками", 4), gm_mark(p1_later["7711061"][0], "Арифметический квадратный корень")])]),
           "2025-11-10T09:00:00+03:00"),
       rec(f"getmarks?student={P1}&days=20251027-20251104",
           getmarks(P1, [("История", "4.00", [gm_mark(holiday_test, None, 6)])]),
           "2025-11-10T09:02:00+03:00"),
       rec(f"getmarks?student={P1}&days=20250901-20251026",
           getmarks(P1, [("Алгебра", "4.33", [gm_mark(ghost, "Самостоятельная работа по теме «Степени»", 3),
                                               gm_mark(p1_week1["7710241"][0], "Контрольная работа № 2", 5)]),
                         ("История", "3.67", [gm_mark(p1_week1["7710221"][0], "Первые Романовы"),
                                              gm_mark(sat_test, "Контрольная работа за четверть (суббота)", 5)]),
                         ("Физика", "4.00", [gm_mark(fiz4, "Удельная теплота плавления")])]),
           "2025-11-10T09:05:00+03:00"),
       rec(f"getmarks?student={P2}&days=20250901-20251026",
           getmarks(P2, [("Алгебра", "4.00", [gm_mark(p2_week1["7710201"][0])]),
                         ("История", "4.00", [gm_mark(p2_sat, "Контрольная работа за четверть (суббота)", 5)]),
                         ("Физика", "4.00", [gm_mark(p2_week1["7710211"][0])])]),
           "2025-11-10T09:06:00+03:00"),
       rec(f"getmarks?student={P2}&days=20251105-20251228", getmarks(P2, []), "2025-11-10T09:07:00+03:00")]]),
    ("08 getdiary of Saturday 25 Oct alone (no lessons that day) for both pupils",
     [[rec(f"getdiary?student={P1}&days=20251025-20251025&rings=__yes", diary(P1, "20251025", "20251025", {}),
           "2025-11-10T09:10:00+03:00"),
       rec(f"getdiary?student={P2}&days=20251025-20251025&rings=__yes", diary(P2, "20251025", "20251025", {}),
           "2025-11-10T09:11:00+03:00")]]),
    ("09 a retry of an old pull (20-31 Oct, pulled 24 Oct 15:00) delivered last",
     [[rec(f"getdiary?student={P1}&days=20251020-20251031&rings=__yes",
           diary(P1, "20251020", "20251031", p1_f_old),
           "2025-10-24T15:00:00+03:00"),
       rec(f"getdiary?student={P2}&days=20251020-20251031&rings=__yes",
           diary(P2, "20251020", "20251031", p2_week1), "2025-10-24T15:05:00+03:00")]]),
]
journey = {"vendor": "elzhur",
           "description": "Eljur corpus 16: Школа № 416, 8Б, 20 Oct - 7 Nov 2025: marks whose day is not their lesson's day "
                          "(written from shared/reference/elzhur_mesh.md Part A and C only)",
           "steps": [{"name": n, "batches": b} for n, b in steps]}
(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for _, bs in steps for b in bs), "records")
