"""Write journey.json of elzhur_75: pupils who leave and join mid-fortnight (Eljur, Екатеринбург, 16-29 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal is modelled as a state that changes at known local instants (a mark entered, an absence withdrawn, a
task re-texted, a pupil's leaving or arrival entered by the school office, a parent's link archived); every answer is
that state as of its ``pulled_at``, so a re-pull shows what the vendor would show then.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-lyceum75", 7575
TZ = "+05:00"  # Asia/Yekaterinburg, no DST
D, T = dt.date, dt.datetime

PARENTS = {  # user id -> (last, first, middle, gender)
    "75801": ("Лаптева", "Ольга", "Игоревна", "female"),
    "75802": ("Ершова", "Наталья", "Викторовна", "female"),
    "75803": ("Сафин", "Ринат", "Ильдарович", "male"),
    "75804": ("Никитина", "Елена", "Сергеевна", "female"),
    "75805": ("Тагирова", "Алсу", "Рамилевна", "female"),
    "75806": ("Юсупов", "Марат", "Фаридович", "male"),
}
PUPILS = {  # id -> (last, first, gender, class, English subgroup)
    "75611": ("Лаптев", "Глеб", "male", "6В", "1 группа"),
    "75612": ("Ершова", "Варвара", "female", "6В", "2 группа"),
    "75613": ("Сафина", "Камила", "female", "6В", "1 группа"),
    "75614": ("Никитин", "Артём", "male", "6В", "2 группа"),
    "75615": ("Тагиров", "Эмиль", "male", "6В", "1 группа"),
    "75911": ("Ершов", "Тимофей", "male", "9А", None),
    "75912": ("Юсупова", "Диана", "female", "9А", None),
}
HOMETEACHER = {"6В": ("75701", "Белоусова", "Марина", "Андреевна"), "9А": ("75702", "Фёдорова", "Ксения", "Олеговна")}

# The journal's facts about who is where, and when the office entered them (local time).
GLEB_LAST_DAY, GLEB_ENTERED = D(2026, 11, 18), T(2026, 11, 19, 12, 0)  # выбыл с 19.11 (переезд в Тюмень)
TIM_LAST_DAY, TIM_ENTERED = D(2026, 11, 24), T(2026, 11, 25, 14, 0)  # выбыл с 25.11 (кадетский корпус)
EMIL_FIRST_DAY, EMIL_ENTERED = D(2026, 11, 25), T(2026, 11, 25, 8, 0)  # прибыл 25.11 из МАОУ СОШ № 12 г. Перми
LINKS = {  # parent -> [(child, linked from, unlinked at)]
    "75801": [("75611", T(2026, 9, 1), T(2026, 11, 20, 11, 0))],
    "75802": [("75612", T(2026, 9, 1), None), ("75911", T(2026, 9, 1), T(2026, 11, 26, 10, 0))],
    "75803": [("75613", T(2026, 9, 1), None)],
    "75804": [("75614", T(2026, 9, 1), None)],
    "75805": [("75615", T(2026, 11, 25, 8, 30), None)],
    "75806": [("75912", T(2026, 9, 1), None)],
}

WEEK = {  # weekday -> subjects by lesson number; "EN" is the split English lesson of 6В
    "6В": {0: ["Русский язык", "Математика", "EN", "История", "Физическая культура"],
           1: ["Математика", "Литература", "Биология", "Русский язык", "География"],
           2: ["Математика", "Русский язык", "EN", "Музыка", "Технология"],
           3: ["Русский язык", "Математика", "EN", "Литература", "Физическая культура"],
           4: ["Математика", "История", "Русский язык", "Изобразительное искусство", "Обществознание"]},
    "9А": {0: ["Алгебра", "Русский язык", "Физика", "Химия", "История"],
           1: ["Геометрия", "Английский язык", "Литература", "Биология", "Алгебра"],
           2: ["Русский язык", "Алгебра", "Химия", "Информатика", "Физическая культура"],
           3: ["Геометрия", "Физика", "Обществознание", "Английский язык", "География"],
           4: ["Алгебра", "Литература", "Русский язык", "Английский язык", "Физическая культура"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
TEACHERS = {
    "6В": {"Русский язык": "Белоусова Марина Андреевна", "Литература": "Белоусова Марина Андреевна",
           "Математика": "Гарипов Ильдар Рашидович", "История": "Сорокина Анна Викторовна",
           "Обществознание": "Сорокина Анна Викторовна", "Биология": "Мельникова Ирина Павловна",
           "География": "Мельникова Ирина Павловна", "Физическая культура": "Ковалёв Денис Игоревич",
           "Музыка": "Лаврова Светлана Юрьевна", "Изобразительное искусство": "Лаврова Светлана Юрьевна",
           "Технология": "Захаров Пётр Николаевич"},
    "9А": {"Алгебра": "Гарипов Ильдар Рашидович", "Геометрия": "Гарипов Ильдар Рашидович",
           "Русский язык": "Чернова Татьяна Михайловна", "Литература": "Чернова Татьяна Михайловна",
           "Физика": "Ахметов Тимур Ринатович", "Информатика": "Ахметов Тимур Ринатович",
           "Химия": "Фёдорова Ксения Олеговна", "Биология": "Мельникова Ирина Павловна",
           "География": "Мельникова Ирина Павловна", "История": "Сорокина Анна Викторовна",
           "Обществознание": "Сорокина Анна Викторовна", "Английский язык": "Кузьмина Вера Павловна",
           "Физическая культура": "Ковалёв Денис Игоревич"},
}
EN_GROUPS = {"1 группа": ("1 гр.", "Кузьмина Вера Павловна", "212", "Unit 4. Around the town"),
             "2 группа": ("2 гр.", "Шарипова Лилия Айратовна", "214", "Unit 4. Asking the way")}
ROOMS = {"Физическая культура": "спортзал", "Музыка": "112", "Изобразительное искусство": "112",
         "Технология": "мастерская", "Информатика": "318", "Химия": "301", "Физика": "305", "Биология": "210",
         "География": "210"}
HOME_ROOM = {"6В": "207", "9А": "304"}
TOPICS = {
    "Русский язык": "Имя прилагательное", "Литература": "Н. В. Гоголь «Вечера на хуторе близ Диканьки»",
    "Математика": "Сложение дробей с разными знаменателями", "История": "Русь в XII–XIII веках",
    "Обществознание": "Человек и его деятельность", "Биология": "Строение листа", "География": "Атмосфера",
    "Физическая культура": "Гимнастика: опорный прыжок", "Музыка": "Образы русской народной песни",
    "Изобразительное искусство": "Натюрморт", "Технология": "Обработка древесины",
    "Алгебра": "Квадратные неравенства", "Геометрия": "Теорема синусов", "Физика": "Законы Ньютона",
    "Химия": "Электролитическая диссоциация", "Информатика": "Алгоритмы с ветвлением",
    "Английский язык": "Unit 3. Media", }
HOMEWORK = {  # subject -> template of the task text (n varies by day)
    "Русский язык": "упр. {n}, правило на с. {p}", "Литература": "прочитать с. {p}–{q}, вопросы 1–4",
    "Математика": "№ {n}, {m}", "История": "§ {s}, вопросы 1–3", "Биология": "§ {s}, рисунок в тетради",
    "География": "§ {s}, контурная карта", "Алгебра": "№ {n}, {m} (а, б)", "Геометрия": "№ {n}, {m}",
    "Физика": "§ {s}, упр. {k}", "Химия": "§ {s}, задача {k}", "Английский язык": "SB p. {p}, ex. {k}",
    "Обществознание": "§ {s}, задание в рабочей тетради",
}
EN_HOMEWORK = {"1 группа": "Workbook p. {p}, ex. {k}; words Unit 4", "2 группа": "SB p. {p}, ex. {k}; dialogue"}
ISO_TASK = (D(2026, 11, 27), "Принести альбом А3 и гуашь", T(2026, 11, 24, 16, 0))  # set, then removed
MATH_RETEXT = (D(2026, 11, 26), "№ 412, 415, 418 (а)", T(2026, 11, 25, 18, 0))  # the 6В task re-texted
EN_FILE = (D(2026, 11, 26), "text_my_town.pdf")  # 6В English 1 группа task with a card

WORK = {"РУ": (1, "Работа на уроке"), "СР": (2, "Самостоятельная работа"), "КР": (3, "Контрольная работа"),
        "ПР": (4, "Проект"), "ЛР": (5, "Лабораторная работа")}
# (pupil, date, subject) -> marks: value, nm, work, weight, comment, entered, corrected/removed
MARKS = {
    ("75611", D(2026, 11, 16), "Математика"): [dict(value="4")],
    ("75611", D(2026, 11, 17), "Биология"): [dict(value="5", work="ЛР")],
    ("75611", D(2026, 11, 17), "Русский язык"): [dict(value="н", comment="по заявлению родителей")],
    ("75611", D(2026, 11, 18), "EN"): [dict(value="5", work="ПР", weight=2, comment="проект «My town»")],
    ("75611", D(2026, 11, 18), "Математика"): [dict(value="3", work="СР", entered=T(2026, 11, 19, 9, 0))],
    ("75612", D(2026, 11, 16), "Русский язык"): [dict(value="5")],
    ("75612", D(2026, 11, 18), "Математика"): [dict(value="4", work="КР", weight=3)],
    ("75612", D(2026, 11, 20), "Изобразительное искусство"): [dict(value="5")],
    ("75612", D(2026, 11, 24), "География"): [dict(value="4")],
    ("75612", D(2026, 11, 24), "Биология"): [dict(value="2", removed=T(2026, 11, 27, 9, 0))],
    ("75612", D(2026, 11, 26), "EN"): [dict(value="5")],
    ("75613", D(2026, 11, 16), "EN"): [dict(value="4")],
    ("75613", D(2026, 11, 17), "Литература"): [dict(value="5", comment="выразительное чтение")],
    ("75613", D(2026, 11, 19), "EN"): [dict(value="5")],
    ("75613", D(2026, 11, 23), "Математика"): [dict(value="4")],
    ("75613", D(2026, 11, 25), "EN"): [dict(value="3", work="СР", corrected=(T(2026, 11, 27, 12, 0), "4",
                                                                         "работа переписана"))],
    ("75613", D(2026, 11, 27), "История"): [dict(value="5")],
    ("75614", D(2026, 11, 17), "Математика"): [dict(value="3")],
    ("75614", D(2026, 11, 19), "Физическая культура"): [dict(value="н", removed=T(2026, 11, 20, 10, 0))],
    ("75614", D(2026, 11, 20), "Обществознание"): [dict(value="4")],
    ("75614", D(2026, 11, 23), "EN"): [dict(value="4")],
    ("75614", D(2026, 11, 25), "Математика"): [dict(value="5")],
    ("75614", D(2026, 11, 27), "Русский язык"): [dict(value="4")],
    ("75615", D(2026, 11, 26), "EN"): [dict(value="4")],
    ("75615", D(2026, 11, 26), "Литература"): [dict(value="5")],
    ("75615", D(2026, 11, 27), "Математика"): [dict(value="оп", comment="искал кабинет")],
    ("75615", D(2026, 11, 27), "Русский язык"): [dict(value="3")],
    ("75911", D(2026, 11, 16), "Алгебра"): [dict(value="4")],
    ("75911", D(2026, 11, 18), "Химия"): [dict(value="5")],
    ("75911", D(2026, 11, 19), "Физика"): [dict(value="3", work="СР")],
    ("75911", D(2026, 11, 20), "Английский язык"): [dict(value="4")],
    ("75911", D(2026, 11, 23), "История"): [dict(value="5", comment="доклад")],
    ("75911", D(2026, 11, 24), "Геометрия"): [dict(value="4")],
    ("75911", D(2026, 11, 24), "Биология"): [dict(value="н", comment="оформление документов")],
    ("75912", D(2026, 11, 16), "Русский язык"): [dict(value="5")],
    ("75912", D(2026, 11, 17), "Английский язык"): [dict(value="4")],
    ("75912", D(2026, 11, 19), "Геометрия"): [dict(value="5")],
    ("75912", D(2026, 11, 23), "Физика"): [dict(value="4")],
    ("75912", D(2026, 11, 25), "Химия"): [dict(value="4", work="ЛР")],
    ("75912", D(2026, 11, 26), "Обществознание"): [dict(value="5")],
    ("75912", D(2026, 11, 27), "Алгебра"): [dict(value="3", work="КР", weight=3)],
}
FINALS = {  # 1 четверть, entered in October
    "75611": [("Математика", "4"), ("Русский язык", "4"), ("Английский язык", "5")],
    "75612": [("Математика", "4"), ("Русский язык", "5"), ("Английский язык", "4")],
    "75613": [("Математика", "4"), ("Русский язык", "4"), ("Английский язык", "5")],
    "75614": [("Математика", "3"), ("Русский язык", "4"), ("Английский язык", "4")],
    "75911": [("Алгебра", "4"), ("Геометрия", "3"), ("Химия", "5"), ("Русский язык", "4")],
    "75912": [("Алгебра", "5"), ("Геометрия", "5"), ("Химия", "4"), ("Русский язык", "5")],
}
MARKS_SUBJECT_IDS = {}  # getmarks lessons[].lesson_id per subject, stable


def day_index(day: dt.date) -> int:
    return (day - D(2026, 11, 16)).days


def lesson_id(cls: str, day: dt.date, num: int, grp: str | None = None) -> str:
    base = 760000 if cls == "6В" else 790000
    return str(base + day_index(day) * 20 + num + (8 if grp == "2 группа" else 0))


def homework_of(cls: str, day: dt.date, subject: str, grp: str | None, at: dt.datetime) -> dict:
    """The lesson's tasks as of ``at`` (keyed by id, A.3 Lesson item ``homework``)."""
    lid = lesson_id(cls, day, WEEK[cls][day.weekday()].index("EN" if grp else subject) + 1, grp)
    hw_id = 5000000 + int(lid)
    n = 300 + day.day * 4 + (0 if cls == "6В" else 100)
    if grp:
        text = EN_HOMEWORK[grp].format(p=30 + day.day, k=day.weekday() + 2)
    elif subject == "Изобразительное искусство" and day == ISO_TASK[0]:
        if at >= ISO_TASK[2]:
            return {}
        text = ISO_TASK[1]
    elif subject in HOMEWORK:
        text = HOMEWORK[subject].format(n=n, m=n + 3, p=40 + day.day, q=48 + day.day, s=day.day - 6,
                                        k=day.weekday() + 1)
        if cls == "6В" and subject == "Математика" and day == MATH_RETEXT[0] and at >= MATH_RETEXT[2]:
            text = MATH_RETEXT[1]
    else:
        return {}
    return {str(hw_id): {"id": hw_id, "value": text, "individual": False}}


def files_of(cls: str, day: dt.date, grp: str | None, homework: dict) -> list:
    if cls == "6В" and grp == "1 группа" and day == EN_FILE[0] and homework:
        hw_id = next(iter(homework.values()))["id"]
        return [{"toid": hw_id, "filename": EN_FILE[1], "link": f"https://{VENDOR}.eljur.ru/files/k7{hw_id}"}]
    return []


def marks_of(pupil: str, day: dt.date, subject: str, lid: str, at: dt.datetime) -> list:
    out = []
    for i, spec in enumerate(MARKS.get((pupil, day, subject), []), 1):
        entered = spec.get("entered", T(day.year, day.month, day.day, 15, 0))
        if at < entered or ("removed" in spec and at >= spec["removed"]):
            continue
        value, comment = spec["value"], spec.get("comment", "")
        if "corrected" in spec and at >= spec["corrected"][0]:
            value, comment = spec["corrected"][1], spec["corrected"][2]
        nm = str(spec.get("nm", i))
        if value in ("н", "оп"):
            out.append({"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0,
                        "weight_float": 0, "control_type": "", "control_type_short": "", "date": day.isoformat(),
                        "lesson_id": lid, "nm": nm, "comment": comment})
            continue
        short = spec.get("work", "РУ")
        weight = spec.get("weight", 1)
        out.append({"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
                    "weight_float": weight, "control_type": WORK[short][1], "control_type_short": short,
                    "date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None})
    return out


def in_class(pupil: str, day: dt.date, at: dt.datetime) -> bool:
    """Whether the journal, as of ``at``, has ``pupil`` in his class on ``day``."""
    if pupil == "75611" and at >= GLEB_ENTERED:
        return day <= GLEB_LAST_DAY
    if pupil == "75911" and at >= TIM_ENTERED:
        return day <= TIM_LAST_DAY
    if pupil == "75615":
        return at >= EMIL_ENTERED and day >= EMIL_FIRST_DAY
    return True


def items_of(cls: str, day: dt.date, at: dt.datetime, pupil: str | None, grp_of_pupil: str | None,
             both_groups: bool = False) -> list[dict]:
    """The lesson items of a day: a pupil's (his English group only), or the class's (``both_groups``)."""
    out = []
    for num, subject in enumerate(WEEK[cls].get(day.weekday(), []), 1):
        groups = [None]
        if subject == "EN":
            groups = ["1 группа", "2 группа"] if both_groups else [grp_of_pupil]
        for grp in groups:
            lid = lesson_id(cls, day, num, grp)
            start, end = BELLS[num]
            if grp:
                short, teacher, room, topic = EN_GROUPS[grp]
                name = "Английский язык"
            else:
                name, teacher = subject, TEACHERS[cls][subject]
                room, topic, short = ROOMS.get(subject, HOME_ROOM[cls]), TOPICS[subject], None
            homework = homework_of(cls, day, name, grp, at)
            it = {"num": str(num), "name": name, "room": room, "teacher": teacher, "sort": num * 100,
                  "lesson_id": lid, "topic": f"{topic} ({day:%d.%m})", "is_control": False,
                  "starttime": start + ":00", "endtime": end + ":00", "homework": homework,
                  "files": files_of(cls, day, grp, homework), "resources": []}
            if grp:
                it["grp"], it["grp_short"] = grp, short
            if pupil is not None:
                it["assessments"] = marks_of(pupil, day, subject, lid, at)
                it["is_control"] = any(m.get("control_type_short") == "КР" for m in it["assessments"])
            out.append(it)
    return out


def days_between(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def envelope(result) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(at: dt.datetime) -> str:
    return at.isoformat() + TZ


def rec(request: str, body: dict, at: dt.datetime) -> dict:
    return {"request": request, "pulled_at": stamp(at), "body": body}


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    cls, grp = PUPILS[pupil][3], PUPILS[pupil][4]
    days = {}
    for day in days_between(first, last):
        if day.weekday() > 4 or not in_class(pupil, day, at):
            continue  # no lessons of his that day: the day is not listed (a weekend likewise)
        key = f"{day:%Y%m%d}"
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                     "items": {it["num"]: it for it in items_of(cls, day, at, pupil, grp)}}
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                              "days": days}}}), at)


def gethomework_class(cls: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    days = {}
    for day in days_between(first, last):
        if day.weekday() > 4:
            continue
        items = []
        for it in items_of(cls, day, at, None, None, both_groups=True):
            if it["homework"]:
                entry = {"name": it["name"], "grp": it.get("grp"), "homework": it["homework"]}
                if it["files"]:
                    entry["files"] = {"file": [{"filename": f["filename"], "link": f["link"]} for f in it["files"]]}
                items.append(entry)
        key = f"{day:%Y%m%d}"
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), at)


def getmarks(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    body = getdiary(pupil, first, last, at)["body"]
    by_subject: dict[str, list] = {}
    for key in sorted(body["response"]["result"]["students"][pupil]["days"]):
        day = body["response"]["result"]["students"][pupil]["days"][key]
        for it in day["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                short = m.pop("control_type_short")
                m.pop("control_type")
                m.update(lesson_comment=it["topic"], max_mark=None)
                if short:
                    m["mtype"] = {"id": WORK[short][0], "short": short, "type": WORK[short][1]}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(1200 + sorted(TOPICS).index(subject)), "color_hex": None,
                        "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), at)


def getrules(parent: str, at: dt.datetime) -> dict:
    last, first, middle, gender = PARENTS[parent]
    students, groups = {}, {}
    for child, since, until in LINKS[parent]:
        if not (since <= at and (until is None or at < until)):
            continue
        cl, cf, cg, cls, _ = PUPILS[child]
        students[child] = {"rules": ["getassessments", "getdiary", "getfinalassessments", "gethomework",
                                     "getmarks", "getperiods", "getschedule"],
                           "rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[:-1], "city": "Екатеринбург"}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls,
                       "parallel": cls[:-1], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"roles": ["parent"],
              # PHP sends an empty associative array as []: the parent whose only child left has none
              "relations": {"students": students or [], "groups": groups or [],
                            "schools": [{"title": "Лицей № 75", "title_full": "МАОУ «Лицей № 75» г. Екатеринбурга",
                                         "number": "75", "inn": "6658007575", "kpp": "665801001"}]},
              "allowedAds": [], "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"u{parent}@mail.example",
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID}
    return rec("getrules", envelope(result), at)


PERIODS = [
    {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
     "ambigious": None},
    {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
     "ambigious": None},
    {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
     "ambigious": None},
    {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270529", "disabled": False,
     "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil: str, at: dt.datetime) -> dict:
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": PERIODS}]}), at)


def getfinalassessments(pupil: str, at: dt.datetime) -> dict:
    items = [{"name": subject, "assessments": [{"period": "I", "value": value, "comment": ""}]}
             for subject, value in FINALS.get(pupil, [])]
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), at)


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 11, 16), D(2026, 11, 22), D(2026, 11, 23), D(2026, 11, 29)
    first_six = ["75611", "75612", "75613", "75614", "75911", "75912"]
    stayers = ["75612", "75613", "75614", "75911", "75912"]  # week 2 plan: Глеб is gone, Эмиль not yet there
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def at(d, hh, mm):
        return T(2026, 11, d, hh, mm)

    step("01 Sun 15 Nov 19:00: getrules of five parents, getperiods and getfinalassessments of six pupils",
         [getrules(p, at(15, 19, i)) for i, p in enumerate(["75801", "75802", "75803", "75804", "75806"])]
         + [getperiods(p, at(15, 19, 5 + i)) for i, p in enumerate(first_six)]
         + [getfinalassessments(p, at(15, 19, 11 + i)) for i, p in enumerate(first_six)])
    step("02 Sun 15 Nov 19:20: getdiary of week 1 (16-22 Nov), the plan",
         [getdiary(p, W1, W1E, at(15, 19, 20 + i)) for i, p in enumerate(first_six)])
    step("03 Wed 18 Nov 20:00: getdiary of week 1 with Mon-Wed marks (Глеб's last school day)",
         [getdiary(p, W1, W1E, at(18, 20, i)) for i, p in enumerate(first_six)])
    step("04 Thu 19 Nov 20:00: the office entered Глеб's leaving at noon; his mother's getrules still lists him; "
         "his getdiary (his last) lists Mon-Wed only; classmates' week 1",
         [getrules("75801", at(19, 20, 0)), getdiary("75611", W1, W1E, at(19, 20, 1))]
         + [getdiary(p, W1, W1E, at(19, 20, 2 + i)) for i, p in enumerate(stayers)])
    step("05 Fri 20 Nov 20:00: his mother's getrules lists no child; week 1 of the others (Артём's н of Thursday "
         "withdrawn)",
         [getrules("75801", at(20, 20, 0))] + [getdiary(p, W1, W1E, at(20, 20, 1 + i)) for i, p in enumerate(stayers)])
    step("06 Sun 22 Nov 19:00: getmarks of week 1; getdiary of week 2 (23-29 Nov), the plan; 6В's gethomework of "
         "week 2 by class",
         [getmarks(p, W1, W1E, at(22, 19, i)) for i, p in enumerate(stayers)]
         + [getdiary(p, W2, W2E, at(22, 19, 10 + i)) for i, p in enumerate(stayers)]
         + [gethomework_class("6В", W2, W2E, at(22, 19, 20))])
    step("07 Tue 24 Nov 20:00: getdiary of week 2 with Mon-Tue marks (Тимофей's last school day; the ИЗО task "
         "of Friday removed at 16:00)",
         [getdiary(p, W2, W2E, at(24, 20, i)) for i, p in enumerate(stayers)])
    six_b = ["75612", "75613", "75614", "75615"]
    step("08 Wed 25 Nov 20:00: Эмиль arrived (his mother's first getrules, his getperiods and finals, his diary "
         "backfilled over the fortnight); Ершова's getrules still lists both children; week 2 of the others "
         "(Тимофей's 20:12 pull times out in delivery)",
         [getrules("75805", at(25, 20, 0)), getrules("75802", at(25, 20, 1)), getperiods("75615", at(25, 20, 2)),
          getfinalassessments("75615", at(25, 20, 3)), getdiary("75615", W1, W2E, at(25, 20, 4))]
         + [getdiary(p, W2, W2E, at(25, 20, 5 + i)) for i, p in enumerate(["75612", "75613", "75614", "75912"])])
    step("09 Thu 26 Nov 20:00: Ершова's getrules lists Варвара only; week 2 of 6В and of Диана",
         [getrules("75802", at(26, 20, 0))] + [getdiary(p, W2, W2E, at(26, 20, 1 + i))
                                               for i, p in enumerate(six_b + ["75912"])])
    step("10 Fri 27 Nov 07:40: the retry queue delivers Тимофей's getdiary pulled Wed 25 Nov 20:12 (Wed-Fri not "
         "listed: he left)",
         [getdiary("75911", W2, W2E, at(25, 20, 12))])
    step("11 Fri 27 Nov 20:00: week 2 with Fri marks (Варвара's Biology 2 deleted, Камила's English 3 corrected to "
         "4); getmarks of the fortnight; every parent's getrules",
         [getdiary(p, W2, W2E, at(27, 20, i)) for i, p in enumerate(six_b + ["75912"])]
         + [getmarks(p, W1, W2E, at(27, 20, 30 + i)) for i, p in enumerate(six_b + ["75912"])]
         + [getrules(p, at(27, 21, i)) for i, p in enumerate(sorted(PARENTS))])
    journey = {"vendor": "elzhur",
               "description": "Pupils who leave and join mid-fortnight (МАОУ «Лицей № 75» г. Екатеринбурга, "
                              "16-29 Nov 2026): a 6В pupil of English «1 группа» leaves after Wednesday 18 and his "
                              "mother's getrules stops listing him; a 9А brother leaves after Tuesday 24 while his "
                              "6В sister stays (their mother's getrules drops him, his last diary delivered after "
                              "that); a new pupil joins 6В and English «1 группа» on Wednesday 25.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 75» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
