"""Write journey.json of elzhur_72: pupils who move and come back (Eljur, Москва, 14 Sep - 4 Oct 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal's state is a function of the moment it is read (``pulled``): each pupil's own answers (getdiary,
gethomework, getmarks) list, day by day, only the lessons of the class and groups he was in that day, as the
journal knew it when the answer was pulled (reference A.2 "by student", A.3 Day / Lesson item).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "school72", "7272"
D, T = dt.date, dt.datetime

PARENTS = {  # id -> (last, first, middle, gender, children)
    "72901": ("Тихонова", "Елена", "Викторовна", "female", ["72101"]),
    "72902": ("Гусев", "Андрей", "Николаевич", "male", ["72102"]),
    "72903": ("Краснова", "Ольга", "Игоревна", "female", ["72103"]),
    "72904": ("Лаптев", "Дмитрий", "Сергеевич", "male", ["72104"]),
    "72905": ("Орлова", "Наталья", "Павловна", "female", ["72105"]),
    "72906": ("Семёнова", "Татьяна", "Алексеевна", "female", ["72106"]),
}
PUPILS = {  # id -> (last, first, gender, home class, English group)
    "72101": ("Тихонов", "Артём", "male", "7А", "1 группа"),
    "72102": ("Гусева", "Мария", "female", "7А", "2 группа"),
    "72103": ("Краснов", "Павел", "male", "7Б", "2 группа"),
    "72104": ("Лаптева", "Софья", "female", "7А", "1 группа"),
    "72105": ("Орлова", "Вера", "female", "7А", "2 группа"),
    "72106": ("Семёнов", "Илья", "male", "7А", "1 группа"),
}
HOMETEACHER = {"7А": ("72801", "Миронов", "Олег", "Петрович"), "7Б": ("72802", "Белова", "Светлана", "Игоревна")}

ENG, ROBO = "Английский язык", "Робототехника"
WEEK = {  # weekday -> subjects by lesson number; ENG is split into the class's two groups, ROBO is an elective
    "7А": {0: ["Русский язык", "Алгебра", "История", ENG, "Физика", "Физическая культура", ROBO],
           1: ["Геометрия", "Литература", "Биология", "Русский язык", "География"],
           2: ["Алгебра", ENG, "Обществознание", "Физика", "Информатика", ROBO],
           3: ["Русский язык", "Геометрия", "Алгебра", "История", "Музыка"],
           4: ["Литература", "Алгебра", ENG, "Биология", "Физическая культура", ROBO]},
    "7Б": {0: ["Литература", ENG, "Геометрия", "Биология", "География", "Русский язык"],
           1: ["Алгебра", "Русский язык", "История", "Физика", "Технология"],
           2: ["Русский язык", ENG, "Геометрия", "Изобразительное искусство", "Литература"],
           3: ["Алгебра", "Обществознание", "Информатика", "Физическая культура", "География"],
           4: ["История", "Русский язык", ENG, "Алгебра", "Музыка"]},
}
TEACHERS = {
    "7А": {"Русский язык": "Лебедева Марина Юрьевна", "Литература": "Лебедева Марина Юрьевна",
           "Алгебра": "Миронов Олег Петрович", "Геометрия": "Миронов Олег Петрович",
           "История": "Зайцев Игорь Николаевич", "Обществознание": "Зайцев Игорь Николаевич",
           "Физика": "Титов Андрей Викторович", "Информатика": "Титов Андрей Викторович",
           "Биология": "Фролова Анна Петровна", "География": "Фролова Анна Петровна",
           "Физическая культура": "Рябов Сергей Иванович", "Музыка": "Орехова Вера Александровна",
           ROBO: "Кравцов Денис Юрьевич",
           ENG + "|1 группа": "Кузнецова Ирина Львовна", ENG + "|2 группа": "Павлова Анна Сергеевна"},
    "7Б": {"Русский язык": "Белова Светлана Игоревна", "Литература": "Белова Светлана Игоревна",
           "Алгебра": "Соколов Виктор Андреевич", "Геометрия": "Соколов Виктор Андреевич",
           "История": "Зайцев Игорь Николаевич", "Обществознание": "Зайцев Игорь Николаевич",
           "Физика": "Титов Андрей Викторович", "Информатика": "Титов Андрей Викторович",
           "Биология": "Фролова Анна Петровна", "География": "Фролова Анна Петровна",
           "Физическая культура": "Рябов Сергей Иванович", "Музыка": "Орехова Вера Александровна",
           "Изобразительное искусство": "Орехова Вера Александровна", "Технология": "Ефимов Николай Степанович",
           ENG + "|1 группа": "Кузнецова Ирина Львовна", ENG + "|2 группа": "Никитина Ольга Петровна"},
}
ROOMS = {"Физическая культура": "спортзал", "Информатика": "401", ROBO: "402", "Физика": "310",
         ENG + "|7А|1 группа": "305", ENG + "|7А|2 группа": "306", ENG + "|7Б|1 группа": "305",
         ENG + "|7Б|2 группа": "307"}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
NO_HOMEWORK = {"Физическая культура", "Музыка", "Изобразительное искусство", "Технология", "Информатика"}

# when the journal learned of each move (Moscow time)
TRIAL_IN = T(2026, 9, 19, 10, 0)      # Семёнов: trial in 7Б from Mon 21 Sep, order entered Saturday
TRIAL_BACK = T(2026, 10, 1, 7, 30)    # Семёнов: back in 7А from Thu 1 Oct, entered Thursday morning
SWITCH = T(2026, 9, 19, 11, 0)        # Орлова: English «1 группа» from Mon 21 Sep
SWITCH_BACK = T(2026, 9, 26, 11, 0)   # Орлова: back in «2 группа» from Mon 28 Sep
ROBO_JOIN = T(2026, 9, 15, 16, 0)     # Лаптева: joins the Robotics elective from Wed 16 Sep
ROBO_LEAVE = T(2026, 9, 22, 16, 0)    # Лаптева: leaves it from Wed 23 Sep (last lesson Mon 21)
MARK_FIXED = T(2026, 9, 25, 12, 0)    # Орлова's English 3 of Wed 23 Sep corrected to 4
MARK_DELETED = T(2026, 9, 24, 10, 0)  # Семёнов's Geometry 2 of Wed 23 Sep deleted (entered for the wrong pupil)
TASK_FIXED = T(2026, 9, 22, 18, 0)    # 7Б Algebra task of Thu 24 Sep re-texted

SEP21, SEP28, OCT1 = D(2026, 9, 21), D(2026, 9, 28), D(2026, 10, 1)


def class_of(pupil: str, day: dt.date, pulled: dt.datetime) -> str:
    """The class the journal shows the pupil in on ``day``, as known at ``pulled``."""
    home = PUPILS[pupil][3]
    if pupil != "72106" or pulled < TRIAL_IN or day < SEP21:
        return home
    if pulled < TRIAL_BACK:
        return "7Б"
    return "7Б" if day < OCT1 else "7А"


def eng_group(pupil: str, day: dt.date, pulled: dt.datetime) -> str:
    if pupil == "72106":
        return "2 группа" if class_of(pupil, day, pulled) == "7Б" else "1 группа"
    if pupil != "72105" or pulled < SWITCH or day < SEP21:
        return PUPILS[pupil][4]
    if pulled < SWITCH_BACK:
        return "1 группа"
    return "1 группа" if day < SEP28 else "2 группа"


def in_robotics(pupil: str, day: dt.date, pulled: dt.datetime) -> bool:
    if pupil == "72101":
        return True
    if pupil != "72104" or pulled < ROBO_JOIN or day < D(2026, 9, 16):
        return False
    return pulled < ROBO_LEAVE or day < D(2026, 9, 23)


def lesson_id(cls: str, day: dt.date, num: int, g: int) -> str:
    return f"{71 if cls == '7А' else 72}{day:%m%d}{num}{g}"


def short(grp: str) -> str:
    return grp.replace(" группа", " гр.")


def homework_text(cls: str, subject: str, grp: str | None, day: dt.date, num: int, pulled: dt.datetime) -> str:
    where = f"{cls}, {short(grp)}" if grp else cls
    text = f"{subject} ({where}): к {day:%d.%m} — § {day.day % 9 + num}, упр. {day.day * 3 + len(subject)}"
    if cls == "7Б" and subject == "Алгебра" and day == D(2026, 9, 24):
        text = (f"{subject} ({where}): к 24.09 — № 210–214" if pulled < TASK_FIXED
                else f"{subject} ({where}): к 24.09 — № 214–218 (исправлено: вместо № 210–214)")
    return text


def topic(cls: str, subject: str, grp: str | None, day: dt.date) -> str:
    if subject == ENG:
        return f"{'Unit 1. My school' if grp == '1 группа' else 'Unit 1. Holidays'} ({cls}, {short(grp)}), {day:%d.%m}"
    if subject == ROBO:
        return f"Робототехника: сборка модели, занятие {day:%d.%m}"
    return f"{subject}, {cls}: урок {day:%d.%m}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short_="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short_, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


# marks given: (pupil, date, subject) -> list of mark kwargs; shown by pulls from 15:00 of the day on
MARKS = {
    ("72101", D(2026, 9, 14), "Алгебра"): [dict(value="5")],
    ("72101", D(2026, 9, 16), ENG): [dict(value="4")],
    ("72101", D(2026, 9, 17), "Музыка"): [dict(value="н", comment="соревнования по плаванию")],
    ("72101", D(2026, 9, 18), ROBO): [dict(value="5")],
    ("72101", D(2026, 9, 21), ENG): [dict(value="5")],
    ("72101", D(2026, 9, 23), "Информатика"): [dict(value="4")],
    ("72101", D(2026, 9, 25), ROBO): [dict(value="4")],
    ("72101", D(2026, 9, 28), "Алгебра"): [dict(value="4")],
    ("72101", D(2026, 9, 30), ENG): [dict(value="5")],
    ("72102", D(2026, 9, 14), ENG): [dict(value="5")],
    ("72102", D(2026, 9, 15), "Биология"): [dict(value="4")],
    ("72102", D(2026, 9, 22), "Русский язык"): [dict(value="3", ctype="Диктант", short_="Д", weight=2)],
    ("72102", D(2026, 9, 23), ENG): [dict(value="4")],
    ("72102", D(2026, 9, 28), ENG): [dict(value="4")],
    ("72103", D(2026, 9, 15), "Алгебра"): [dict(value="4")],
    ("72103", D(2026, 9, 16), ENG): [dict(value="3")],
    ("72103", D(2026, 9, 21), ENG): [dict(value="4")],
    ("72103", D(2026, 9, 24), "Алгебра"): [dict(value="5")],
    ("72103", D(2026, 10, 1), "Алгебра"): [dict(value="3")],
    ("72103", D(2026, 10, 2), ENG): [dict(value="5")],
    ("72104", D(2026, 9, 16), ROBO): [dict(value="5", comment="первое занятие, собрала привод")],
    ("72104", D(2026, 9, 17), "Геометрия"): [dict(value="4")],
    ("72104", D(2026, 9, 21), ROBO): [dict(value="4")],
    ("72104", D(2026, 9, 23), "Алгебра"): [dict(value="5")],
    ("72104", D(2026, 9, 30), "Физика"): [dict(value="4", ctype="Лабораторная работа", short_="ЛР", weight=2)],
    ("72105", D(2026, 9, 14), ENG): [dict(value="4")],
    ("72105", D(2026, 9, 15), "Литература"): [dict(value="5")],
    ("72105", D(2026, 9, 18), ENG): [dict(value="5", ctype="Контрольная работа", short_="КР", weight=2)],
    ("72105", D(2026, 9, 21), ENG): [dict(value="5")],
    ("72105", D(2026, 9, 23), ENG): [dict(value="3")],
    ("72105", D(2026, 9, 25), ENG): [dict(value="5")],
    ("72105", D(2026, 9, 28), ENG): [dict(value="5", comment="снова во 2 группе, хороший ответ")],
    ("72105", D(2026, 10, 2), ENG): [dict(value="4")],
    ("72106", D(2026, 9, 14), "История"): [dict(value="4")],
    ("72106", D(2026, 9, 16), "Физика"): [dict(value="3")],
    ("72106", D(2026, 9, 18), "Алгебра"): [dict(value="5")],
    ("72106", D(2026, 9, 21), "Литература"): [dict(value="оп", comment="первый день в 7Б, искал кабинет")],
    ("72106", D(2026, 9, 22), "Алгебра"): [dict(value="4")],
    ("72106", D(2026, 9, 23), "Геометрия"): [dict(value="2")],
    ("72106", D(2026, 9, 24), "Информатика"): [dict(value="5")],
    ("72106", D(2026, 9, 25), ENG): [dict(value="4")],
    ("72106", D(2026, 9, 29), "История"): [dict(value="5", comment="доклад о Петре I")],
    ("72106", D(2026, 9, 30), "Геометрия"): [dict(value="4")],
    ("72106", D(2026, 10, 1), "Алгебра"): [dict(value="4")],
    ("72106", D(2026, 10, 2), ENG): [dict(value="5")],
}


def marks_of(pupil, day, subject, lid, pulled):
    if pulled < T(day.year, day.month, day.day, 15, 0):
        return []
    out = []
    for kw in MARKS.get((pupil, day, subject), []):
        kw = dict(kw)
        if pupil == "72105" and day == D(2026, 9, 23) and pulled >= MARK_FIXED:
            kw.update(value="4", comment="исправлено: работа переписана")
        if pupil == "72106" and day == D(2026, 9, 23) and subject == "Геометрия" and pulled >= MARK_DELETED:
            continue
        out.append(mark(day=day, lid=lid, **kw))
    return out


def items(pupil: str, day: dt.date, pulled: dt.datetime) -> dict[str, dict]:
    """The pupil's lesson items that day, as his own getdiary pulled at ``pulled`` lists them."""
    if day.weekday() > 4:
        return {}
    cls = class_of(pupil, day, pulled)
    out = {}
    for num, subject in enumerate(WEEK[cls][day.weekday()], 1):
        grp = None
        if subject == ENG:
            grp = eng_group(pupil, day, pulled)
        if subject == ROBO and not in_robotics(pupil, day, pulled):
            continue
        g = 0 if subject not in (ENG, ROBO) else (3 if subject == ROBO else int(grp[0]))
        lid = lesson_id(cls, day, num, g)
        homework = {}
        if subject not in NO_HOMEWORK and not (subject == ROBO and day.weekday() != 4):
            hw_id = int("5" + lid)
            homework[str(hw_id)] = {"id": hw_id, "value": homework_text(cls, subject, grp, day, num, pulled),
                                    "individual": False}
        teacher = TEACHERS[cls][f"{subject}|{grp}" if grp and subject == ENG else subject]
        room = ROOMS.get(f"{subject}|{cls}|{grp}", ROOMS.get(subject, "214" if cls == "7А" else "215"))
        marks = marks_of(pupil, day, subject, lid, pulled)
        start, end = BELLS[num]
        item = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100}
        if subject == ENG:
            item.update(grp=grp, grp_short=short(grp))
        elif subject == ROBO:
            item.update(grp="1 группа", grp_short="1 гр.")
        item.update({"lesson_id": lid, "topic": topic(cls, subject, grp, day), "is_control": any(
            m.get("control_type") == "Контрольная работа" for m in marks), "starttime": start + ":00",
                     "endtime": end + ":00", "homework": homework, "files": [], "resources": [], "assessments": marks})
        out[str(num)] = item
    return out


def span(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def diary_days(pupil, first, last, pulled):
    days = {}
    for day in span(first, last):
        its = items(pupil, day, pulled)
        if its:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": its}
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getdiary(pupil, first, last, pulled):
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": diary_days(pupil, first, last, pulled)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def gethomework(pupil, first, last, pulled):
    days = {}
    for key, day in diary_days(pupil, first, last, pulled).items():
        its = {}
        for it in day["items"].values():
            if it["homework"]:
                entry = {"name": it["name"], "homework": it["homework"], "files": []}
                if "grp" in it:
                    entry["grp"] = it["grp"]
                its[it["name"]] = entry  # keyed by the subject's name, as BetterJournal's HomeworkDay reads it
        if its:
            days[key] = {"name": key, "title": day["title"], "items": its}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}})
    return rec(f"gethomework?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


MTYPES = {"РУ": 1, "КР": 3, "ЛР": 4, "Д": 5}


def getmarks(pupil, first, last, pulled):
    by_subject: dict[str, list] = {}
    for key, day in sorted(diary_days(pupil, first, last, pulled).items()):
        for it in day["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": MTYPES.get(m["control_type_short"], 9), "short": m.pop("control_type_short"),
                         "type": m.pop("control_type")}
                m.pop("color_hex", None)
                m.update(lesson_comment=it["topic"], max_mark=None)
                if mtype["short"]:
                    m["mtype"] = mtype
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(7200 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


def getrules(parent: str, pulled: dt.datetime):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    today = pulled.date()
    for child in children:
        cl, cf, cg, _, _ = PUPILS[child]
        cls = class_of(child, max(today, D(2026, 9, 1)), pulled)
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": "7", "city": "Москва",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "7", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Москва", "city": "Москва", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Школа № 72", "title_full": "ГБОУ «Школа № 72»",
                                         "number": "72", "inn": "7707000072", "kpp": "770701001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime):
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270321", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


def main() -> None:
    W1, W1E = D(2026, 9, 14), D(2026, 9, 20)
    W2, W2E = D(2026, 9, 21), D(2026, 9, 27)
    W3, W3E = D(2026, 9, 28), D(2026, 10, 4)
    pupils, parents = sorted(PUPILS), sorted(PARENTS)
    movers = ["72104", "72105", "72106"]
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def rules(at):
        return [getrules(p, at + dt.timedelta(minutes=i)) for i, p in enumerate(parents)]

    def diaries(first, last, at, who=None):
        return [getdiary(p, first, last, at + dt.timedelta(minutes=i)) for i, p in enumerate(who or pupils)]

    def homeworks(first, last, at, who=None):
        return [gethomework(p, first, last, at + dt.timedelta(minutes=i)) for i, p in enumerate(who or movers)]

    s01 = T(2026, 9, 13, 19, 0)
    step("01 Sun 13 Sep 19:00: getrules of the six parents, getperiods and the week-1 diary (14-20 Sep) of the six "
         "pupils: everyone in his own class and group",
         rules(s01) + [getperiods(p, s01 + dt.timedelta(minutes=10 + i)) for i, p in enumerate(pupils)]
         + diaries(W1, W1E, s01 + dt.timedelta(minutes=20)))
    s02 = T(2026, 9, 16, 20, 0)
    step("02 Wed 16 Sep 20:00: week 1 with Monday-Wednesday marks; Лаптева joined Robotics on Wednesday "
         "(entered Tuesday): her diary lists it on Wed 16 and Fri 18, not Mon 14",
         rules(s02) + diaries(W1, W1E, s02 + dt.timedelta(minutes=10)))
    s03 = T(2026, 9, 18, 20, 0)
    step("03 Fri 18 Sep 20:00: week 1 final; week 2 (21-27 Sep) first pull with nothing entered yet: Семёнов in 7А, "
         "Орлова in «2 группа», Лаптева in Robotics on 21, 23, 25; gethomework of week 2 of the three movers",
         rules(s03) + diaries(W1, W1E, s03 + dt.timedelta(minutes=10))
         + diaries(W2, W2E, s03 + dt.timedelta(minutes=20)) + homeworks(W2, W2E, s03 + dt.timedelta(minutes=30)))
    s04 = T(2026, 9, 21, 7, 0)
    step04 = rules(s04) + diaries(W2, W2E, s04 + dt.timedelta(minutes=10))
    step("04 Mon 21 Sep 07:00: the orders are in (Saturday): Семёнов on trial in 7Б from today (his parent's "
         "getrules says 7Б), Орлова in English «1 группа» from today; week 2 pulled again; the job's retry sends "
         "the same batch twice", step04, step04)
    s05 = T(2026, 9, 23, 20, 0)
    step("05 Wed 23 Sep 20:00: week 2 with Monday-Wednesday marks; Лаптева left Robotics (entered Tuesday): Mon 21 "
         "listed, Wed 23 and Fri 25 not; the 7Б Algebra task of Thu 24 re-texted; Семёнов's Geometry 2 of Wed 23",
         rules(s05) + diaries(W2, W2E, s05 + dt.timedelta(minutes=10)))
    s06 = T(2026, 9, 25, 20, 0)
    step("06 Fri 25 Sep 20:00: week 2 final (Орлова's English 3 of Wed 23 corrected to 4, Семёнов's Geometry 2 "
         "deleted); week 3 (28 Sep-4 Oct) first pull: Орлова still «1 группа», Семёнов in 7Б all week; "
         "gethomework of week 2 of the movers",
         rules(s06) + diaries(W2, W2E, s06 + dt.timedelta(minutes=10))
         + diaries(W3, W3E, s06 + dt.timedelta(minutes=20)) + homeworks(W2, W2E, s06 + dt.timedelta(minutes=30)))
    s07 = T(2026, 9, 28, 7, 0)
    step("07 Mon 28 Sep 07:00: Орлова back in «2 группа» from today (entered Saturday); week 3 pulled again",
         rules(s07) + diaries(W3, W3E, s07 + dt.timedelta(minutes=10)))
    s08 = T(2026, 9, 30, 20, 0)
    step("08 Wed 30 Sep 20:00: week 3 with Monday-Wednesday marks; Семёнов still in 7Б (his last trial day), "
         "his diary still lists 7Б's Thursday and Friday",
         rules(s08) + diaries(W3, W3E, s08 + dt.timedelta(minutes=10)))
    s09 = T(2026, 10, 1, 20, 0)
    step("09 Thu 1 Oct 20:00: Семёнов back in 7А from today (entered this morning): getrules says 7А; his week-3 "
         "diary lists 7Б on 28-30 Sep and 7А (English «1 группа») on 1-2 Oct",
         rules(s09) + diaries(W3, W3E, s09 + dt.timedelta(minutes=10)))
    s10 = T(2026, 10, 2, 20, 0)
    step("10 Fri 2 Oct 20:00: week 3 final with marks; getmarks of the three weeks of every pupil; gethomework of "
         "week 3 of the movers; Семёнов's whole three weeks in one getdiary (the month's check before the parents' "
         "meeting)",
         rules(s10) + diaries(W3, W3E, s10 + dt.timedelta(minutes=10))
         + [getmarks(p, W1, W3E, s10 + dt.timedelta(minutes=20 + i)) for i, p in enumerate(pupils)]
         + homeworks(W3, W3E, s10 + dt.timedelta(minutes=30))
         + [getdiary("72106", W1, W3E, s10 + dt.timedelta(minutes=40))])
    journey = {"vendor": "elzhur",
               "description": "Pupils who move and come back (ГБОУ «Школа № 72», Москва, 14 Sep - 4 Oct 2026): "
                              "Орлова leaves English «2 группа» for «1 группа» for a week and returns; Семёнов is "
                              "on a ten-day trial in 7Б and returns to 7А; Лаптева joins the Robotics elective on a "
                              "Wednesday and leaves it the next week. Each pupil's own answers list only his days.",
               "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Школа № 72»"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
