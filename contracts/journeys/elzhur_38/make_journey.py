"""Writes journey.json for elzhur_38: namesakes and look-alikes in one school's Eljur (reference Part A only).

Standard library only, deterministic. Every payload follows shared/reference/elzhur_mesh.md Part A (sections cited
in README.md); all names and values are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
PETROVA = "Петрова Ирина Николаевна"  # two teachers of this name: Russian (углублённый) in 10А, English in 10Б

TEACHERS = {
    ("10А", "Алгебра и начала анализа"): ("Волков Сергей Петрович", "312"),
    ("10А", "Русский язык (углублённый)"): (PETROVA, "205"),
    ("10А", "Физика"): ("Гусев Андрей Ильич", "318"),
    ("10А", "Литература"): ("Орлова Татьяна Михайловна", "207"),
    ("10А", "Английский язык"): ("Белова Кристина Олеговна", "401"),
    ("10Б", "Алгебра"): ("Волкова Марина Андреевна", "310"),
    ("10Б", "Русский язык"): ("Захарова Людмила Петровна", "204"),
    ("10Б", "Английский язык"): (PETROVA, "403"),
    ("10Б", "История"): ("Соболев Игорь Викторович", "215"),
    ("10Б", "Литература"): ("Орлова Татьяна Михайловна", "207"),
}
TIMETABLE = {  # weekday -> subjects at lessons 1..3
    "10А": [["Алгебра и начала анализа", "Русский язык (углублённый)", "Физика"],
            ["Литература", "Алгебра и начала анализа", "Английский язык"],
            ["Физика", "Русский язык (углублённый)", "Литература"],
            ["Алгебра и начала анализа", "Английский язык", "Литература"],
            ["Русский язык (углублённый)", "Физика", "Алгебра и начала анализа"]],
    "10Б": [["Алгебра", "Русский язык", "Английский язык"],
            ["История", "Алгебра", "Литература"],
            ["Русский язык", "Английский язык", "Алгебра"],
            ["Литература", "Алгебра", "История"],
            ["Английский язык", "Русский язык", "Алгебра"]],
}
TOPICS = {
    "Алгебра и начала анализа": ["Тригонометрические функции", "Периодичность функций", "Свойства функции y = sin x",
                                 "Свойства функции y = cos x", "Функция y = tg x", "Контрольная работа № 4",
                                 "Анализ контрольной работы", "Арккосинус", "Арксинус", "Уравнение cos x = a"],
    "Алгебра": ["Числовые функции", "Свойства функций", "Периодические функции", "Обратная функция",
                "Контрольная работа по теме «Функции»", "Тригонометрическая окружность", "Синус и косинус",
                "Тангенс и котангенс", "Решение задач", "Повторение"],
    "Русский язык (углублённый)": ["Морфемика и словообразование", "Орфоэпические нормы", "Лексические нормы",
                                   "Сочинение-рассуждение по тексту", "Анализ сочинений", "Пунктуация в ССП"],
    "Русский язык": ["Лексика и фразеология", "Орфография: корни", "Орфография: приставки",
                     "Изложение с элементами сочинения", "Анализ изложений", "Правописание Н и НН"],
    "Физика": ["Закон всемирного тяготения", "Сила тяжести и вес", "Силы трения", "Решение задач по динамике",
               "Импульс тела", "Закон сохранения импульса"],
    "Литература": ["И. С. Тургенев «Отцы и дети»: история создания", "Базаров и Кирсановы", "Споры героев",
                   "Базаров и Одинцова", "Финал романа", "Сочинение по роману «Отцы и дети»"],
    "Английский язык": ["Unit 4. Technology", "Passive Voice", "Reading: Inventions", "Listening practice"],
    "История": ["Россия в годы Первой мировой войны", "Февральская революция", "Двоевластие",
                "Октябрь 1917 года"],
}
SAME_TEXT = "Подготовиться к контрольной работе"
HOMEWORK = {  # (class, date, lesson) -> [(id, text, individual, only-for pupil or None)]
    ("10А", "20251208", 1): [(881001, "№ 1.12, 1.15 (а, б)", False, None)],
    ("10А", "20251209", 1): [(881002, "Прочитать главы X–XIII романа", False, None)],
    ("10А", "20251210", 1): [(881003, "§ 29, упр. 4", False, None)],
    ("10А", "20251211", 1): [(881004, SAME_TEXT, False, None)],
    ("10А", "20251212", 3): [(881005, SAME_TEXT, False, None)],
    ("10А", "20251215", 2): [(881006, "Упр. 112 (письменно)", False, None)],
    ("10А", "20251217", 1): [(881007, "§ 31, задачи 2, 3", False, None),
                             (881008, "Индивидуально: доклад «Опыт Кавендиша»", True, "38211")],
    ("10А", "20251218", 1): [(881009, "№ 2.4–2.9 (чётные)", False, None)],
    ("10Б", "20251208", 2): [(882001, "Упр. 87", False, None)],
    ("10Б", "20251209", 1): [(882002, "§ 5, вопросы 1–4", False, None)],
    ("10Б", "20251212", 3): [(882003, SAME_TEXT, False, None)],
    ("10Б", "20251215", 1): [(882004, "№ 8.3, 8.5, 8.7", False, None)],
    ("10Б", "20251216", 3): [(882005, "Прочитать главы X–XIII романа", False, None)],
    ("10Б", "20251218", 3): [(882006, "§ 7, конспект", False, None)],
}
PUPILS = {  # id -> (title, class, gender)
    "38211": ("Смирнов Артём", "10А", "male"),
    "38217": ("Смирнов Артём", "10А", "male"),
    "38221": ("Ковалёва Анна", "10А", "female"),
    "38222": ("Ковалёва Мария", "10А", "female"),
    "38305": ("Смирнов Артём", "10Б", "male"),
}
PARENTS = {  # id -> (last, first, middle, gender, children)
    "38901": ("Смирнова", "Елена", "Викторовна", "female", ["38211"]),
    "38902": ("Смирнова", "Ольга", "Андреевна", "female", ["38217"]),
    "38903": ("Смирнов", "Дмитрий", "Павлович", "male", ["38305"]),
    "38904": ("Ковалёва", "Наталья", "Игоревна", "female", ["38221", "38222"]),
}
HOMETEACHERS = {"10А": ("38501", "Орлова", "Татьяна", "Михайловна"), "10Б": ("38502", "Петрова", "Ирина", "Николаевна")}
WORK = {"РУ": ("Работа на уроке", 1), "ОУ": ("Ответ у доски", 1), "СР": ("Самостоятельная работа", 2),
        "КР": ("Контрольная работа", 3), "ДЗ": ("Домашнее задание", 1)}
# (pupil, date, lesson number, nm, value, work code, comment)
MARKS = [
    ("38211", "20251208", 2, "1", "5", "ОУ", ""),
    ("38305", "20251208", 2, "1", "4", "РУ", ""),
    ("38211", "20251209", 1, "1", "5", "ОУ", "Глубокий анализ образа Базарова"),
    ("38305", "20251209", 3, "1", "3", "ОУ", ""),
    ("38211", "20251210", 1, "1", "5", "РУ", ""),
    ("38217", "20251210", 1, "1", "2", "РУ", "Не решил ни одной задачи"),  # deleted in week 2
    ("38221", "20251210", 1, "1", "5", "ОУ", ""),
    ("38221", "20251210", 1, "2", "5", "СР", ""),
    ("38222", "20251210", 1, "1", "4", "ОУ", ""),
    ("38222", "20251211", 2, "1", "5", "РУ", ""),
    ("38221", "20251211", 2, "1", "4", "РУ", ""),
    ("38305", "20251211", 2, "1", "4", "ДЗ", ""),
    ("38211", "20251215", 1, "1", "4", "КР", ""),
    ("38217", "20251215", 1, "1", "5", "КР", ""),
    ("38221", "20251215", 1, "1", "3", "КР", "Ошибки в преобразованиях"),
    ("38222", "20251215", 1, "1", "5", "КР", ""),
    ("38305", "20251215", 1, "1", "4", "СР", ""),
    ("38211", "20251216", 2, "1", "4", "РУ", ""),
    ("38217", "20251216", 2, "1", "н", "", ""),
    ("38222", "20251209", 1, "1", "оп", "", ""),
    ("38217", "20251217", 2, "1", "4", "ОУ", ""),
    ("38211", "20251217", 2, "1", "3", "ОУ", ""),
    ("38305", "20251217", 1, "1", "5", "РУ", ""),
    ("38305", "20251217", 1, "2", "5", "СР", "Отлично"),
    ("38217", "20251219", 2, "1", "4", "СР", ""),
    ("38211", "20251219", 2, "1", "4", "СР", ""),
]
DELETED = ("38217", "20251210", 1, "1")
WEEK1 = [f"202512{d:02d}" for d in range(8, 13)]
WEEK2 = [f"202512{d:02d}" for d in range(15, 20)]
PULL1, PULL2, RULES_AT = "2025-12-12T19:00:00+03:00", "2025-12-19T19:00:00+03:00", "2025-12-07T20:00:00+03:00"


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def lesson_id(cls: str, day: str, num: int) -> str:
    return str(700000 + (1 if cls == "10А" else 2) * 10000 + int(day[6:]) * 10 + num)


def topic(cls: str, day: str, num: int) -> str:
    subject = TIMETABLE[cls][dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()][num - 1]
    days = WEEK1 + WEEK2
    seen = sum(1 for d in days[:days.index(day)] for s in TIMETABLE[cls][days.index(d) % 5] if s == subject)
    seen += TIMETABLE[cls][days.index(day) % 5][:num - 1].count(subject)
    return TOPICS[subject][seen % len(TOPICS[subject])]


def assessment(mark, cls):
    pupil, day, num, nm, value, code, comment = mark
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    lid = lesson_id(cls, day, num)
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": iso, "lesson_id": lid, "nm": nm,
                "comment": comment}
    kind, weight = WORK[code]
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": kind, "control_type_short": code, "date": iso,
            "lesson_id": lid, "nm": nm, "comment": comment}


def marks_of(pupil, day, num, deleted=False):
    return [m for m in MARKS if m[0] == pupil and m[1] == day and m[2] == num
            and not (deleted and m[:4] == DELETED)]


def diary(pupil: str, days: list[str], deleted: bool) -> dict:
    title, cls, _ = PUPILS[pupil]
    out = {}
    for day in days:
        weekday = dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()
        items = {}
        for num, subject in enumerate(TIMETABLE[cls][weekday], start=1):
            teacher, room = TEACHERS[(cls, subject)]
            homework = {str(hid): {"id": hid, "value": text, "individual": ind}
                        for hid, text, ind, only in HOMEWORK.get((cls, day, num), []) if only in (None, pupil)}
            lid = lesson_id(cls, day, num)
            items[str(num)] = {
                "num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100,
                "lesson_id": lid, "topic": topic(cls, day, num),
                "is_control": (cls, day, num) in (("10А", "20251215", 1),),
                "starttime": RINGS[num][0], "endtime": RINGS[num][1], "homework": homework, "files": [],
                "resources": [], "assessments": [assessment(m, cls) for m in marks_of(pupil, day, num, deleted)]}
        out[day] = {"name": day, "title": WEEKDAYS[weekday], "items": items}
    return ok({"students": {pupil: {"name": pupil, "title": title, "parent_signed": False, "days": out}}})


def getmarks(pupil: str) -> dict:
    title, cls, _ = PUPILS[pupil]
    by_subject: dict[str, list] = {}
    for mark in MARKS:
        if mark[0] != pupil or mark[:4] == DELETED:
            continue
        _, day, num, *_ = mark
        weekday = dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()
        subject = TIMETABLE[cls][weekday][num - 1]
        entry = assessment(mark, cls)
        del entry["control_type"], entry["control_type_short"]
        entry.update({"lesson_comment": topic(cls, day, num), "max_mark": None})
        if mark[5]:
            entry["mtype"] = {"id": list(WORK).index(mark[5]) + 1, "short": mark[5], "type": WORK[mark[5]][0]}
        by_subject.setdefault(subject, []).append(entry)
    lessons = []
    for subject, marks in by_subject.items():
        counted = [(m["convert"], m["weight"]) for m in marks if m["count"]]
        total = sum(w for _, w in counted)
        average = f"{sum(v * w for v, w in counted) / total:.2f}" if total else ""
        lessons.append({"name": subject, "average": average,
                        "averageConvert": round(sum(v * w for v, w in counted) / total) if total else 0,
                        "lesson_id": str(3800 + len(lessons)), "color_hex": None, "marks": marks})
    return ok({"students": {pupil: {"name": pupil, "title": title, "lessons": lessons}}})


FINALS = {  # pupil -> {subject: quarter I mark}
    "38211": {"Алгебра и начала анализа": "5", "Физика": "5", "Русский язык (углублённый)": "4"},
    "38217": {"Алгебра и начала анализа": "4", "Физика": "3", "Русский язык (углублённый)": "4"},
    "38221": {"Алгебра и начала анализа": "4", "Физика": "5", "Литература": "5"},
    "38222": {"Алгебра и начала анализа": "5", "Физика": "4", "Литература": "4"},
    "38305": {"Алгебра": "3", "Русский язык": "4", "Английский язык": "5"},
}


def finals(pupil):
    title = PUPILS[pupil][0]
    items = [{"name": s, "assessments": [{"period": "I", "value": v, "comment": ""}]} for s, v in FINALS[pupil].items()]
    return ok({"students": {pupil: {"name": pupil, "title": title, "items": items}}})


def periods(pupil):
    return ok({"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": [
        {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260322", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20260401", "end": "20260526", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []}]}]})


def rules(parent):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        title, cls, g = PUPILS[child]
        lastname, firstname = title.split()
        students[child] = {"rel": "child", "name": child, "title": title, "lastname": lastname,
                           "firstname": firstname, "gender": g, "class": cls, "parallel": "10", "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule"]}
        tid, tl, tf, tm = HOMETEACHERS[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "10", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    return ok({"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
               "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
               "roles": ["parent"], "region": "Республика Татарстан", "city": "Казань", "vendor": "lyceum38kzn",
               "vendor_id": "3808", "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
               "relations": {"students": students, "groups": groups,
                             "schools": [{"title": "Лицей № 38", "title_full": "МАОУ «Лицей № 38»", "number": "38",
                                          "inn": "1600003800", "kpp": "165501001"}]}})


def rec(request, body, pulled_at):
    return {"request": request, "body": body, "pulled_at": pulled_at}


def main() -> None:
    pupils = list(PUPILS)
    steps = [
        {"name": "01 getrules of four parents: two mothers of two Смирнов Артём in 10А, the father of the third in "
                 "10Б, the twins' mother", "batches": [[rec("getrules", rules(p), RULES_AT) for p in PARENTS]]},
        {"name": "02 getperiods of each pupil (quarters, undated year column)",
         "batches": [[rec(f"getperiods?student={p}&weeks=__yes&show_disabled=__yes", periods(p), RULES_AT)
                      for p in pupils]]},
        {"name": "03 Friday sync of week 1: each pupil's getdiary 8-12 Dec",
         "batches": [[rec(f"getdiary?student={p}&days=20251208-20251212&rings=__yes", diary(p, WEEK1, False), PULL1)
                      for p in pupils]]},
        {"name": "04 Friday sync of week 2: getdiary 15-19 Dec, 38217's 10 Dec re-pulled without the deleted 2, "
                 "getmarks of quarter II, getfinalassessments",
         "batches": [[rec(f"getdiary?student={p}&days=20251215-20251219&rings=__yes", diary(p, WEEK2, True), PULL2)
                      for p in pupils]
                     + [rec("getdiary?student=38217&days=20251210-20251210&rings=__yes",
                            diary("38217", ["20251210"], True), PULL2)],
                     [rec(f"getmarks?student={p}&days=20251105-20251228", getmarks(p), PULL2) for p in pupils]
                     + [rec(f"getfinalassessments?student={p}", finals(p), PULL2) for p in pupils]]},
    ]
    journey = {"vendor": "elzhur",
               "description": "Namesakes and look-alikes (Lyceum 38, Kazan, 8-19 Dec 2025): three pupils named "
                              "Смирнов Артём (two in 10А, one in 10Б), the twins Ковалёва Анна and Мария, two "
                              "teachers named Петрова Ирина Николаевна, subjects whose names are prefixes of each "
                              "other, one homework text on several lessons, two equal marks on one lesson.",
               "school": {"timezone": "Europe/Moscow", "name": "Лицей № 38"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
