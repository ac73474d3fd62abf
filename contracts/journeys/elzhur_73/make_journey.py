"""Write journey.json of elzhur_73: lessons the journal deletes, re-creates or moves after marks, absences and
homework were entered on them (Eljur, 6Б, Mon 16 - Sun 29 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal is modelled as a function of the moment it is read (``journal_at``): each pull renders the answer the
vendor would return at its ``pulled_at`` (reference A.1 envelope, A.3 Day / Lesson item / Assessment, A.5 E2, E3,
E5), so answers delivered out of pull order carry the journal as it was when they were pulled.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "gym73", "7373"
CLASS = "6Б"
D = dt.date
T = dt.datetime

PARENTS = {
    "73901": ("Орлова", "Марина", "Викторовна", "female", ["73601"]),
    "73902": ("Тихонов", "Андрей", "Павлович", "male", ["73602"]),
    "73903": ("Гусейнова", "Лейла", "Маратовна", "female", ["73603"]),
}
PUPILS = {
    "73601": ("Орлов", "Кирилл", "male"),
    "73602": ("Тихонова", "Варвара", "female"),
    "73603": ("Гусейнов", "Эмиль", "male"),
}
HOMETEACHER = ("73611", "Смирнова", "Галина", "Аркадьевна")

TEACHER = {
    "Русский язык": "Смирнова Галина Аркадьевна", "Литература": "Смирнова Галина Аркадьевна",
    "Математика": "Воронцов Илья Семёнович", "Английский язык": "Кравец Дина Олеговна",
    "История": "Панова Лидия Сергеевна", "Обществознание": "Белоусова Ксения Игоревна",
    "Биология": "Федосеева Маргарита Павловна", "География": "Федосеева Маргарита Павловна",
    "Физическая культура": "Ганиев Тимур Рашидович", "Музыка": "Лапина Софья Андреевна",
    "Изобразительное искусство": "Лапина Софья Андреевна",
}
ROOM = {"Русский язык": "212", "Литература": "212", "Математика": "208", "Английский язык": "315",
        "История": "304", "Обществознание": "304", "Биология": "107", "География": "107",
        "Физическая культура": "спортзал", "Музыка": "401", "Изобразительное искусство": "401"}
WEEK = {0: ["Русский язык", "Математика", "Английский язык", "История", "Литература", "Физическая культура"],
        1: ["Математика", "Русский язык", "Биология", "География", "Английский язык"],
        2: ["Русский язык", "Математика", "Английский язык", "Литература", "Музыка"],
        3: ["Русский язык", "Математика", "История", "Литература", "Физическая культура"],
        4: ["Математика", "Русский язык", "Биология", "Английский язык", "Изобразительное искусство"]}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Русский язык", "Математика", "Английский язык", "История", "Литература", "Биология",
                     "География"}

# the special lessons
WED18, THU19, FRI20, MON23, TUE24, WED25 = D(2026, 11, 18), D(2026, 11, 19), D(2026, 11, 20), D(2026, 11, 23), D(
    2026, 11, 24), D(2026, 11, 25)
MISTAKE_LID = "7399186"          # Обществознание of 7А entered into 6Б's Wednesday as lesson 6 by mistake
MISTAKE_FROM, MISTAKE_TO = T(2026, 11, 18, 14, 10), T(2026, 11, 19, 8, 40)
BIO_MARKED = T(2026, 11, 19, 15, 0)    # the biology teacher marks her lesson (Friday's column) on Thursday
SWAPPED = T(2026, 11, 20, 8, 0)        # the deputy re-dates Биология to Thu 19 and История to Fri 20
ENG_CANCELLED = T(2026, 11, 23, 8, 0)  # Monday's English cancelled, its task moved to Wednesday's English
MATH_DELETED, MATH_RECREATED = T(2026, 11, 25, 7, 10), T(2026, 11, 25, 10, 0)
MATH24_OLD, MATH24_NEW = "73111241", "73112507"   # the new lesson id is the journal's next free one
HW_MISTAKE, HW_ENG23, HW_MATH_OLD, HW_MATH_NEW = 97399186, 973111233, 973111241, 973112507

TOPICS = {
    ("Биология", FRI20): "Строение цветка. Лабораторная работа «Цветок вишни»",
    ("История", THU19): "Средневековый город и его жители",
    ("Английский язык", MON23): "My Free Time: Present Simple",
    ("Английский язык", WED25): "Present Simple vs Present Continuous",
    ("Математика", TUE24): "Деление дробей",
}
TEXTS = {
    HW_MISTAKE: "§ 5, вопросы 1–3 на с. 42",
    HW_ENG23: "Workbook p. 34, ex. 2, 3",
    HW_MATH_OLD: "№ 512, 514",
    HW_MATH_NEW: "№ 512, 514, 517 (а)",
}


def lesson_id(day: dt.date, num: int) -> str:
    return f"731{day:%m%d}{num}"


assert lesson_id(D(2026, 11, 24), 1) == "73111241" and int("9" + lesson_id(D(2026, 11, 23), 3)) == 973111233


def topic(subject: str, day: dt.date) -> str:
    return TOPICS.get((subject, day), f"{subject}: урок {day:%d.%m}")


def task_text(subject: str, day: dt.date) -> str:
    n = day.day * 7 % 90 + len(subject)
    return {"Русский язык": f"Упр. {n + 300}, с. {n // 2 + 60}", "Математика": f"№ {n + 440}, {n + 442}",
            "История": f"§ {day.day // 3}, вопросы 1–4 на с. {n + 20}",
            "Литература": f"Прочитать с. {n + 100}–{n + 108}, пересказ",
            "Биология": f"§ {day.day // 2 - 2}, вопросы на с. {n + 30}",
            "География": f"§ {day.day // 2}, контурная карта с. {n % 12 + 4}",
            "Английский язык": f"Student's Book p. {n % 50 + 20}, ex. {day.day % 5 + 1}"}[subject]


def mk(value, comment="", ctype="Работа на уроке", short="РУ", weight=1, nm="1"):
    return dict(value=value, comment=comment, ctype=ctype, short=short, weight=weight, nm=nm)


# marks by (lesson id, pupil): given on the lesson, dated with the lesson's date as the journal holds it
MARKS = {
    (lesson_id(D(2026, 11, 16), 1), "73601"): [mk("5")],
    (lesson_id(D(2026, 11, 16), 2), "73602"): [mk("4")],
    (lesson_id(D(2026, 11, 16), 6), "73603"): [mk("н", comment="без формы")],
    (lesson_id(D(2026, 11, 16), 4), "73601"): [mk("4", ctype="Устный ответ", short="УО")],
    (lesson_id(D(2026, 11, 17), 2), "73602"): [mk("3", comment="ошибки в безударных гласных")],
    (lesson_id(D(2026, 11, 17), 3), "73603"): [mk("5")],
    (lesson_id(D(2026, 11, 17), 4), "73601"): [mk("4", ctype="Практическая работа", short="ПР", weight=2)],
    (lesson_id(WED18, 2), "73601"): [mk("5")],
    (lesson_id(WED18, 4), "73603"): [mk("4", ctype="Устный ответ", short="УО")],
    (MISTAKE_LID, "73601"): [mk("5", ctype="Устный ответ", short="УО")],
    (MISTAKE_LID, "73602"): [mk("4", ctype="Устный ответ", short="УО")],
    (MISTAKE_LID, "73603"): [mk("н")],
    (lesson_id(THU19, 4), "73602"): [mk("5", comment="выразительное чтение")],
    (lesson_id(THU19, 1), "73603"): [mk("4")],
    # Биология of Fri 20 (lesson 3), held on Thu 19 and re-dated there: the absence and the lab mark go with it
    (lesson_id(FRI20, 3), "73601"): [mk("5", ctype="Лабораторная работа", short="ЛР", weight=2)],
    (lesson_id(FRI20, 3), "73602"): [mk("н", comment="")],
    # История of Thu 19 (lesson 3), held on Fri 20 and re-dated there
    (lesson_id(THU19, 3), "73603"): [mk("4", ctype="Устный ответ", short="УО")],
    (lesson_id(FRI20, 4), "73601"): [mk("5")],
    (lesson_id(FRI20, 1), "73602"): [mk("оп", comment="опоздал на 10 минут")],
    (lesson_id(MON23, 4), "73602"): [mk("5", ctype="Устный ответ", short="УО")],
    (lesson_id(MON23, 5), "73601"): [mk("4")],
    (MATH24_OLD, "73601"): [mk("4")],
    (MATH24_OLD, "73602"): [mk("3")],
    (MATH24_OLD, "73603"): [mk("оп")],
    (MATH24_NEW, "73601"): [mk("4", ctype="Самостоятельная работа", short="СР", weight=2)],
    (MATH24_NEW, "73602"): [mk("4", comment="исправлено: ответ у доски", ctype="Самостоятельная работа",
                               short="СР", weight=2)],
    (MATH24_NEW, "73603"): [mk("5", ctype="Самостоятельная работа", short="СР", weight=2)],
    (lesson_id(TUE24, 2), "73603"): [mk("3", comment="ошибки в окончаниях")],
    (lesson_id(WED25, 3), "73601"): [mk("4")],
    (lesson_id(WED25, 3), "73603"): [mk("5")],
    (lesson_id(WED25, 5), "73602"): [mk("5")],
    (lesson_id(D(2026, 11, 26), 2), "73601"): [mk("3", ctype="Контрольная работа", short="КР", weight=3)],
    (lesson_id(D(2026, 11, 26), 2), "73602"): [mk("4", ctype="Контрольная работа", short="КР", weight=3)],
    (lesson_id(D(2026, 11, 26), 2), "73603"): [mk("5", ctype="Контрольная работа", short="КР", weight=3)],
    (lesson_id(D(2026, 11, 26), 3), "73602"): [mk("н")],
    (lesson_id(D(2026, 11, 27), 3), "73603"): [mk("4")],
    (lesson_id(D(2026, 11, 27), 2), "73601"): [mk("5", ctype="Диктант", short="Д", weight=2)],
}
MTYPE_ID = {"РУ": 1, "УО": 2, "КР": 3, "ЛР": 4, "ПР": 5, "СР": 6, "Д": 7}


def journal_at(now: dt.datetime, day: dt.date) -> list[dict]:
    """The lessons of ``day`` as the journal holds them at local time ``now``: dicts with num, subject, lid,
    held (the day the lesson's marks may be given), cancelled."""
    if day.weekday() > 4:
        return []
    out = []
    for num, subject in enumerate(WEEK[day.weekday()], 1):
        lid = lesson_id(day, num)
        held = day
        entry = {"num": num, "subject": subject, "lid": lid, "held": held, "cancelled": False, "topic_day": day}
        if day == TUE24 and num == 1:
            if now < MATH_DELETED:
                entry["lid"] = MATH24_OLD
            elif now < MATH_RECREATED:
                continue  # deleted, not re-created yet
            else:
                entry.update(lid=MATH24_NEW, topic="Деление дробей. Взаимно обратные числа")
        if now >= SWAPPED and num == 3 and day in (THU19, FRI20):
            # the deputy's fix: Fri 20's Биология was held on Thu 19, Thu 19's История on Fri 20 (same lesson ids)
            other = FRI20 if day == THU19 else THU19
            entry.update(subject=WEEK[other.weekday()][2], lid=lesson_id(other, 3), topic_day=other)
        if day == MON23 and num == 3 and now >= ENG_CANCELLED:
            entry["cancelled"] = True
        out.append(entry)
    if day == WED18 and MISTAKE_FROM <= now < MISTAKE_TO:
        out.append({"num": 6, "subject": "Обществознание", "lid": MISTAKE_LID, "held": day, "cancelled": False,
                    "topic_day": day, "topic": "Гражданин и государство"})
    return out


def tasks_of(entry: dict, day: dt.date, now: dt.datetime) -> dict:
    subject, lid = entry["subject"], entry["lid"]
    if entry["cancelled"]:
        return {}
    if lid == MISTAKE_LID:
        ids = [HW_MISTAKE]
    elif lid == MATH24_OLD:
        ids = [HW_MATH_OLD]
    elif lid == MATH24_NEW:
        ids = [HW_MATH_NEW]
    elif subject in HOMEWORK_SUBJECTS:
        ids = [int("9" + lid)]
    else:
        ids = []
    if day == WED25 and subject == "Английский язык" and now >= ENG_CANCELLED:
        ids.append(HW_ENG23)  # the cancelled Monday lesson's task, moved under the same id
    return {hid: TEXTS.get(hid) or task_text(subject, entry["topic_day"]) for hid in ids}


def assessment(m: dict, date: dt.date, lid: str) -> dict:
    if m["value"] in ("н", "оп"):
        return {"value": m["value"], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": date.isoformat(), "lesson_id": lid,
                "nm": m["nm"], "comment": m["comment"]}
    return {"value": m["value"], "countas": m["value"], "count": True, "convert": int(m["value"][0]),
            "weight": m["weight"], "weight_float": m["weight"], "control_type": m["ctype"],
            "control_type_short": m["short"], "date": date.isoformat(), "lesson_id": lid, "nm": m["nm"],
            "comment": m["comment"], "color_hex": None}


def marks_visible(entry: dict, now: dt.datetime) -> bool:
    if entry["lid"] == lesson_id(FRI20, 3):
        return now >= BIO_MARKED
    held = entry["held"]
    return now >= T(held.year, held.month, held.day, 15, 0)


def item(entry: dict, day: dt.date, pupil: str, now: dt.datetime) -> dict:
    num, subject, lid = entry["num"], entry["subject"], entry["lid"]
    start, end = BELLS[num]
    tasks = tasks_of(entry, day, now)
    if entry["cancelled"]:
        return {"num": str(num), "name": "Cancel", "room": "", "teacher": TEACHER[subject], "sort": num * 100,
                "lesson_id": lid, "topic": "", "is_control": False, "starttime": start + ":00",
                "endtime": end + ":00", "homework": {}, "files": [], "resources": [], "assessments": []}
    marks = []
    if marks_visible(entry, now):
        marks = [assessment(m, day, lid) for m in MARKS.get((lid, pupil), [])]
    return {"num": str(num), "name": subject, "room": ROOM[subject], "teacher": TEACHER[subject], "sort": num * 100,
            "lesson_id": lid, "topic": entry.get("topic") or topic(subject, entry["topic_day"]),
            "is_control": any(m.get("weight", 0) >= 3 for m in marks), "starttime": start + ":00",
            "endtime": end + ":00",
            "homework": {str(h): {"id": h, "value": text, "individual": False} for h, text in tasks.items()},
            "files": [], "resources": [], "assessments": marks}


def dates(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def utc(moment: dt.datetime) -> str:
    return (moment - dt.timedelta(hours=3)).isoformat() + "Z"


def rec(request: str, body: dict, pulled: str) -> dict:
    return {"request": request, "pulled_at": pulled, "body": body}


def title(pupil: str) -> str:
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def diary_days(pupil: str, first: dt.date, last: dt.date, now: dt.datetime) -> dict:
    days = {}
    for day in dates(first, last):
        lessons = journal_at(now, day)
        if lessons:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(e["num"]): item(e, day, pupil, now) for e in lessons}}
    return days


def getdiary(pupil: str, first: dt.date, last: dt.date, now: dt.datetime, pulled: str | None = None) -> dict:
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": diary_days(pupil, first, last, now)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body,
               pulled or stamp(now))


def getmarks(pupil: str, first: dt.date, last: dt.date, now: dt.datetime, pulled: str | None = None) -> dict:
    by_subject: dict[str, list] = {}
    for key, day in sorted(diary_days(pupil, first, last, now).items()):
        for it in day["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                short, ctype = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"] or None, max_mark=None)
                if m["count"]:
                    m["mtype"] = {"id": MTYPE_ID[short], "short": short, "type": ctype}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(7300 + sorted(ROOM).index(subject)), "color_hex": None,
                        "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled or stamp(now))


def gethomework_class(first: dt.date, last: dt.date, now: dt.datetime, pulled: str | None = None) -> dict:
    """By class (A.2; A.5 E5): ``days`` at the top level, each day's ``items`` an array of subject items."""
    days = {}
    for day in dates(first, last):
        items = []
        for entry in journal_at(now, day):
            tasks = tasks_of(entry, day, now)
            if tasks:
                items.append({"name": entry["subject"], "grp": None,
                              "homework": {str(h): {"value": text, "id": h, "individual": False}
                                           for h, text in tasks.items()},
                              "files": []})
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}),
               pulled or stamp(now))


def getrules(parent: str, now: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLASS, "parallel": "6", "city": "Москва",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                      "hometeacher_firstname": tf, "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
              "roles": ["parent"], "region": "Москва", "city": "Москва", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 73", "title_full": "ГБОУ «Гимназия № 73» г. Москвы",
                                         "number": "73", "inn": "7707000073", "kpp": "770701001"}]}}
    return rec("getrules", envelope(result), stamp(now))


def getperiods(pupil: str, now: dt.datetime) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270527", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), stamp(now))


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 11, 16), D(2026, 11, 22), D(2026, 11, 23), D(2026, 11, 29)
    pupils = sorted(PUPILS)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def at(d, h, m, i=0):
        return T(2026, 11, d, h, m + i)

    step("01 Sun 15 Nov 19:00: getrules of the three parents, getperiods of the three pupils",
         [getrules(p, at(15, 19, 0, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(15, 19, 5, i)) for i, p in enumerate(pupils)])
    step("02 Mon 16 Nov 20:00: getdiary of week 1 with Monday's marks",
         [getdiary(p, W1, W1E, at(16, 20, 0, i)) for i, p in enumerate(pupils)])
    step("03 Wed 18 Nov 20:00: week 1 with 7А's Обществознание entered into 6Б's Wednesday by mistake (lesson 6: "
         "two marks, an absence, a task); getmarks 16-22 Nov of 73602 and 73603 (73601's is held by the relay)",
         [getdiary(p, W1, W1E, at(18, 20, 0, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W1E, at(18, 20, 30, i)) for i, p in enumerate(pupils) if p != "73601"])
    step("04 Thu 19 Nov 20:00: the mistaken lesson deleted at 08:40; Биология (Fri 20, lesson 3) held today and "
         "marked in Friday's column (73601 `5`, 73602 `н`)",
         [getdiary(p, W1, W1E, at(19, 20, 0, i)) for i, p in enumerate(pupils)])
    step("05 Fri 20 Nov 17:00: the deputy's fix at 08:00: Биология re-dated to Thu 19 (lesson 3, its absence and "
         "mark with it), История of Thu 19 re-dated to Fri 20; first pull of week 2; 6Б's gethomework of week 2",
         [getdiary(p, W1, W1E, at(20, 17, 0, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W2, W2E, at(20, 17, 10, i)) for i, p in enumerate(pupils)]
         + [gethomework_class(W2, W2E, at(20, 17, 30))])
    step("06 Fri 20 Nov 18:00: getmarks 16-22 Nov of each pupil; the relay re-sends 73603's Wednesday diary",
         [getmarks(p, W1, W1E, at(20, 18, 0, i)) for i, p in enumerate(pupils)]
         + [getdiary("73603", W1, W1E, at(18, 20, 2))])
    step("07 Mon 23 Nov 12:00: Monday's English cancelled (`Cancel`, same lesson id), its task moved under the same "
         "id to Wednesday's English; week 2 and 6Б's gethomework",
         [getdiary(p, W2, W2E, at(23, 12, 0, i)) for i, p in enumerate(pupils)]
         + [gethomework_class(W2, W2E, at(23, 12, 5))])
    step("08 Tue 24 Nov 18:00: week 2 with Tuesday's marks (Математика lesson 1: 73601 `4`, 73602 `3`, 73603 `оп`); "
         "getmarks 16-29 Nov at 20:00",
         [getdiary(p, W2, W2E, at(24, 18, 0, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, at(24, 20, 0, i)) for i, p in enumerate(pupils)])
    step("09 Wed 25 Nov 07:30: the morning job pulls yesterday: Математика lesson 1 deleted at 07:10, not re-created "
         "yet",
         [getdiary(p, TUE24, TUE24, at(25, 7, 30, i)) for i, p in enumerate(pupils)])
    step("10 Wed 25 Nov 20:00: Математика of Tue 24 re-created at 10:00 under a new lesson id, topic corrected, marks "
         "re-entered (73602 `4`, 73603 `5`, no `оп`), task re-entered with a new id; 6Б's gethomework",
         [getdiary(p, W2, W2E, at(25, 20, 0, i)) for i, p in enumerate(pupils)]
         + [gethomework_class(W2, W2E, at(25, 20, 10))])
    step("11 Fri 27 Nov 20:00: the fortnight 16-29 Nov of each pupil, getmarks 16-29 Nov, 6Б's gethomework of week 2",
         [getdiary(p, W1, W2E, at(27, 20, 0, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, at(27, 20, 30, i)) for i, p in enumerate(pupils)]
         + [gethomework_class(W2, W2E, at(27, 20, 40))])
    step("12 Sat 28 Nov 10:00: the relay's backlog, every answer pulled before what the hub holds: 73601's getmarks "
         "of Wed 18 20:30 (the mistaken lesson's `5`), 73602's one-day diary of Fri 20 pulled Thu 19 22:00 (stamped "
         "UTC; Биология still on Friday with her `н`), 73603's one-day diary of Tue 24 pulled 21:00 (stamped UTC; "
         "the deleted Математика with `оп`), 6Б's gethomework pulled Sun 22 (English task still on Monday), and "
         "73601's Tuesday-evening week-2 diary sent again",
         [getmarks("73601", W1, W1E, at(18, 20, 30)),
          getdiary("73602", FRI20, FRI20, at(19, 22, 0), utc(at(19, 22, 0))),
          getdiary("73603", TUE24, TUE24, at(24, 21, 0), utc(at(24, 21, 0))),
          gethomework_class(W2, W2E, at(22, 19, 0), utc(at(22, 19, 0))),
          getdiary("73601", W2, W2E, at(24, 18, 0))])
    journey = {"vendor": "elzhur",
               "description": "Lessons the journal deletes, re-creates or moves after marks, absences and homework "
                              "were entered on them (ГБОУ «Гимназия № 73», 6Б, 16-29 Nov 2026): a lesson entered "
                              "by mistake and deleted, two lessons swapped between Thursday and Friday after an "
                              "absence was marked, a cancelled lesson whose task moves to the next lesson, a lesson "
                              "deleted and re-created under a new id with its marks re-entered, and a relay's "
                              "backlog delivered after newer pulls.",
               "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Гимназия № 73» г. Москвы"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
