"""Builds journey.json for elzhur_40: empty, null and absent (standard library only, deterministic).

Школа № 40 (Липецк, Eljur vendor `sch40lip`), class 6Б, the first two weeks of quarter II of 2026/27
(Mon 2 - Fri 13 November 2026; Wed 4 November is a vacation day). The journal is sparse the way a real one is: a
vacant technology post (teacher ""), an art teacher the journal never names (no `teacher` key), rooms left empty or
null, topics not filled in, tasks given as a file only, marks with no comment, no work type and no weight, a
pupil (Белова Ксения) without a single mark, final assessments not set yet (`value: ""`, `assessments: []`,
`items: []`), a parent whose later getrules lists no child. Every answer is the journal's state when it was pulled
(pull order = push order); the sparse shapes are written from reference A.3 (which fields are optional, "may be
empty or null") and the BetterJournal zod models it cites (Part C: `teacher`/`room` are plain strings, `topic`,
`grp`, `assessments` optional; gethomework by pupil keys its items by subject name).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENT = object()  # a key the answer leaves out

CLASS = "6Б"
WEEKS = [("20261102", "20261108"), ("20261109", "20261115")]
HOLIDAY = "20261104"
HOLIDAY_NAME = "День народного единства"
DAY_TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

PUPILS = {
    "40501": {"title": "Морозов Артём", "lastname": "Морозов", "firstname": "Артём", "gender": "male", "eng": "1 группа"},
    "40502": {"title": "Белова Ксения", "lastname": "Белова", "firstname": "Ксения", "gender": "female", "eng": "1 группа"},
    "40503": {"title": "Шарипов Тимур", "lastname": "Шарипов", "firstname": "Тимур", "gender": "male", "eng": "2 группа"},
}
PARENTS = {
    "40100": {"title": "Морозова Ирина Викторовна", "child": "40501"},
    "40200": {"title": "Белов Андрей Сергеевич", "child": "40502"},
    "40300": {"title": "Шарипова Эльвира Ринатовна", "child": "40503"},
    "40400": {"title": "Шарипов Руслан Маратович", "child": "40503"},
}
BELLS = {0: ("08:00:00", "08:25:00"), 1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"),
         3: ("10:30:00", "11:15:00"), 4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00")}

# subject -> (teacher, room); ABSENT = the journal never sends the key; "" / None as the journal sends them
SUBJECTS = {
    "Разговоры о важном": (ABSENT, ABSENT),
    "Математика": ("Лебедева Галина Ивановна", "21"),
    "Русский язык": ("Крылова Наталья Андреевна", "14"),
    "Литература": ("Крылова Наталья Андреевна", "14"),
    "История": ("Никитин Павел Олегович", "18"),
    "Физическая культура": ("Гусев Виктор Алексеевич", ""),
    "Биология": ("Соколова Марина Юрьевна", "25"),
    "География": ("Соколова Марина Юрьевна", "25"),
    "Музыка": ("Орехова Светлана Борисовна", None),
    "Технология": ("", "7"),
    "Изобразительное искусство": (ABSENT, ABSENT),
}
ENGLISH = {"1 группа": ("Зайцева Ольга Петровна", "31", "1 гр."), "2 группа": ("Ганиева Алия Рашидовна", "32", "2 гр.")}
TIMETABLE = {
    0: [(0, "Разговоры о важном"), (1, "Математика"), (2, "Русский язык"), (3, "Английский язык"), (4, "История"),
        (5, "Физическая культура")],
    1: [(1, "Русский язык"), (2, "Математика"), (3, "Биология"), (4, "Музыка"), (5, "Технология")],
    2: [(1, "Литература"), (2, "Математика"), (3, "География"), (4, "Английский язык"),
        (5, "Изобразительное искусство")],
    3: [(1, "Математика"), (2, "Русский язык"), (3, "История"), (4, "Физическая культура"), (5, "Литература")],
    4: [(1, "Английский язык"), (2, "Математика"), (3, "Русский язык"), (4, "Технология")],
}
# (date, subject[, group]) -> topic; ABSENT: the key is left out; "" or None as sent; not listed: ABSENT
TOPICS = {
    ("20261102", "Разговоры о важном"): "",
    ("20261102", "Математика"): "Делители и кратные",
    ("20261102", "Русский язык"): "Разносклоняемые существительные",
    ("20261102", "Английский язык", "1 группа"): "My day",
    ("20261102", "Английский язык", "2 группа"): "Daily routine",
    ("20261102", "История"): "Феодальная раздробленность",
    ("20261102", "Физическая культура"): None,
    ("20261103", "Русский язык"): "Словарный диктант",
    ("20261103", "Математика"): "Признаки делимости на 10, на 5 и на 2",
    ("20261103", "Биология"): "Строение растительной клетки",
    ("20261103", "Технология"): "",
    ("20261105", "Математика"): "Признаки делимости на 9 и на 3",
    ("20261105", "Русский язык"): "Несклоняемые существительные",
    ("20261105", "Физическая культура"): None,
    ("20261105", "Литература"): "М. Ю. Лермонтов. «Тучи»",
    ("20261106", "Английский язык", "1 группа"): "Present Simple",
    ("20261106", "Английский язык", "2 группа"): "Present Simple: questions",
    ("20261106", "Математика"): "Простые и составные числа",
    ("20261106", "Русский язык"): "Род несклоняемых существительных",
    ("20261106", "Технология"): None,
    ("20261109", "Математика"): "Разложение на простые множители",
    ("20261109", "Русский язык"): "Имя прилагательное как часть речи",
    ("20261109", "Английский язык", "1 группа"): "",
    ("20261109", "Английский язык", "2 группа"): "Free time",
    ("20261109", "История"): "Владимиро-Суздальское княжество",
    ("20261109", "Физическая культура"): None,
    ("20261110", "Русский язык"): "Степени сравнения прилагательных",
    ("20261110", "Математика"): "Наибольший общий делитель",
    ("20261110", "Биология"): "Ткани растений",
    ("20261110", "Технология"): "",
    ("20261111", "Литература"): "М. Ю. Лермонтов. «Бородино»",
    ("20261111", "Математика"): "Взаимно простые числа",
    ("20261111", "География"): "Градусная сеть",
    ("20261111", "Английский язык", "1 группа"): "Sports",
    ("20261111", "Английский язык", "2 группа"): None,
    ("20261111", "Изобразительное искусство"): "Народные промыслы",
    ("20261112", "Математика"): "",
    ("20261112", "Русский язык"): "Разряды прилагательных",
    ("20261112", "История"): "",
    ("20261112", "Физическая культура"): None,
    ("20261112", "Литература"): "«Бородино»: чтение наизусть",
    ("20261113", "Английский язык", "1 группа"): "Revision",
    ("20261113", "Английский язык", "2 группа"): "Revision",
    ("20261113", "Математика"): "Наименьшее общее кратное",
    ("20261113", "Русский язык"): "Качественные прилагательные",
    ("20261113", "Технология"): "",
}
# homework: (date, subject[, group]) -> [task]; a task {id, value, files, individual}; individual ABSENT: no key
FILES_HOST = "https://sch40lip.eljur.ru/files"
HOMEWORK = {
    ("20261102", "Математика"): [{"id": 5540101, "value": "№ 112, 115, 118"}],
    ("20261102", "Русский язык"): [{"id": 5540102, "value": "Упр. 201"}],
    ("20261102", "Английский язык", "1 группа"): [{"id": 5540103, "value": "Student's Book p. 34, ex. 5"}],
    ("20261102", "Английский язык", "2 группа"): [{"id": 5540104, "value": "Workbook p. 21, ex. 1-3"}],
    ("20261102", "История"): [{"id": 5540105, "value": "§ 12, вопросы 1–3 на с. 98"}],
    ("20261103", "Русский язык"): [{"id": 5540106, "value": "Упр. 205"}],
    ("20261103", "Математика"): [{"id": 5540107, "value": "",
                                  "files": [("Карточка 12.pdf", "a7f3c1")]}],
    ("20261103", "Биология"): [{"id": 5540108, "value": "§ 7, рисунок в тетради"}],
    ("20261103", "Технология"): [{"id": 5540109, "value": "Принести ткань и нитки"}],
    ("20261105", "Математика"): [{"id": 5540110, "value": "№ 131, 133"}],
    ("20261105", "Русский язык"): [{"id": 5540111, "value": "Упр. 211"}],
    ("20261105", "История"): [{"id": 5540112, "value": "§ 13, пересказ"}],
    ("20261105", "Литература"): [{"id": 5540113, "value": "Выразительное чтение стихотворения «Тучи»"}],
    ("20261106", "Английский язык", "1 группа"): [{"id": 5540114, "value": "Student's Book p. 36, ex. 2"}],
    ("20261106", "Английский язык", "2 группа"): [{"id": 5540115, "value": "Workbook p. 23, ex. 4"}],
    ("20261106", "Математика"): [{"id": 5540116, "value": "№ 140 (а–г)"}],
    ("20261106", "Русский язык"): [{"id": 5540117, "value": "Упр. 214"}],
    ("20261106", "Технология"): [{"id": 5540118, "value": "Закончить образец шва", "files": []}],
    ("20261109", "Математика"): [{"id": 5540119, "value": "№ 152, 154"}],
    ("20261109", "Русский язык"): [{"id": 5540120, "value": "Упр. 220"}, {"id": 5540121, "value": ""}],
    ("20261109", "Английский язык", "1 группа"): [{"id": 5540122, "value": "",
                                                   "files": [("Vocabulary_Sports.docx", "b81d02")]}],
    ("20261109", "Английский язык", "2 группа"): [{"id": 5540123, "value": "Workbook p. 25, ex. 2"}],
    ("20261109", "История"): [{"id": 5540124, "value": "§ 14, вопросы 1–4 на с. 112"}],
    ("20261110", "Русский язык"): [{"id": 5540125, "value": "Упр. 226"}],
    ("20261110", "Математика"): [{"id": 5540126, "value": "№ 165, 167"}],
    ("20261110", "Биология"): [{"id": 5540127, "value": "§ 8, таблица «Ткани растений»", "individual": ABSENT}],
    ("20261111", "Литература"): [{"id": 5540128, "value": "Выучить стихотворение «Бородино» наизусть",
                                  "old_files": []}],
    ("20261111", "Математика"): [{"id": 5540129, "value": "№ 175, 178"}],
    ("20261111", "География"): [{"id": 5540130, "value": "§ 9, задание 3 на с. 45"}],
    ("20261111", "Английский язык", "1 группа"): [{"id": 5540131, "value": "Student's Book p. 38, ex. 6"}],
    ("20261111", "Английский язык", "2 группа"): [{"id": 5540132, "value": "Student's Book p. 38, ex. 4"}],
    ("20261112", "Математика"): [{"id": 5540133, "value": "№ 184, 186, 189"}],
    ("20261112", "Русский язык"): [{"id": 5540134, "value": "Упр. 231"}],
    ("20261112", "История"): [{"id": 5540135, "value": "§ 15, таблица", "individual": ""}],
    ("20261113", "Английский язык", "1 группа"): [{"id": 5540136, "value": "Выучить слова модуля 3"}],
    ("20261113", "Английский язык", "2 группа"): [{"id": 5540137, "value": "Выучить слова модуля 3"}],
    ("20261113", "Математика"): [{"id": 5540138, "value": "№ 196, 198"}],
    ("20261113", "Русский язык"): [{"id": 5540139, "value": "Упр. 238"}],
    ("20261113", "Технология"): [{"id": 5540140, "value": "", "files": [("Выкройка фартука.pdf", "c55e90")]}],
}
EXTDAY = {  # 40502 goes to a club on Thursdays: no times, no topic, no tasks, no group name
    "40502": {"20261105": "Юный эколог", "20261112": "Юный эколог"},
}


def mark(value, nm, **fields):
    return {"value": value, "nm": nm, **fields}


FULL = {"count": True, "weight": 1, "weight_float": 1, "control_type": "Работа на уроке",
        "control_type_short": "РУ", "mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}}
# pupil -> (date, subject) -> [mark]: what each answer may send of a mark (see assessment()/marks_entry())
MARKS = {
    "40501": {
        ("20261102", "Математика"): [mark("5", "1", convert=5, countas="5", comment="", **FULL)],
        ("20261103", "Русский язык"): [mark("4", "1", convert=4, countas="4", count=True, weight=2, weight_float=None,
                                            control_type="Словарный диктант", control_type_short="СД",
                                            mtype={"id": 9, "short": "СД", "type": "Словарный диктант"},
                                            comment="Ошибка в слове «пламя»")],
        ("20261103", "Биология"): [mark("н", "1", convert=0, countas="0", count=False)],
        ("20261105", "История"): [mark("5", "1", convert=5, countas="5", count=True)],
        ("20261106", "Английский язык"): [mark("4", "1", convert=4, countas="4", count=True, weight=1,
                                               weight_float=1, control_type="", control_type_short="",
                                               comment="")],
        ("20261109", "Математика"): [mark("3", "1", convert=3, countas="3", count=False, weight=0, weight_float=0,
                                          control_type="Тренировочная работа", control_type_short="ТР",
                                          mtype={"id": 14, "short": "ТР", "type": "Тренировочная работа"},
                                          comment="")],
        ("20261110", "Музыка"): [mark("5", "1", convert=5, countas="5", count=True, weight=1, weight_float="",
                                      control_type="Работа на уроке", control_type_short="РУ", comment=None)],
        ("20261112", "Математика"): [mark("4", "1", convert=4, countas="4", count=True, weight=2, weight_float=2,
                                          control_type="Самостоятельная работа", control_type_short="СР",
                                          mtype={"id": 4, "short": "СР", "type": "Самостоятельная работа"},
                                          comment="Ответ не записан", sparse_in_getmarks=True)],
        ("20261113", "Русский язык"): [mark("оп", "1", convert=0, countas="0", count=False, comment="")],
    },
    "40502": {},
    "40503": {
        ("20261102", "Английский язык"): [mark("5", "1", convert=5, countas="5", comment="Excellent!", **FULL)],
        ("20261105", "Математика"): [mark("2", "1", convert=2, countas="2", count=True, weight=2, weight_float=2,
                                          control_type="Контрольная работа", control_type_short="КР",
                                          mtype={"id": 3, "short": "КР", "type": "Контрольная работа"},
                                          comment="")],
        ("20261106", "Технология"): [mark("5", "1", convert=5, countas="5", count=True)],
        ("20261110", "Музыка"): [mark("", "1", convert=0, countas="", count=False, weight=0, weight_float=0,
                                      control_type="", control_type_short="", comment="")],
        ("20261111", "География"): [mark("4", "1", convert=4, countas="4", count=True, weight=1, weight_float=1,
                                         control_type="Работа с картой", control_type_short="К",
                                         mtype={"id": 11, "short": "К", "type": "Работа с картой"},
                                         comment="", no_date_in_diary=True)],
        ("20261112", "История"): [mark("н", "1", convert=0, countas="0", count=False, comment=None,
                                       control_type=None)],
        ("20261113", "Английский язык"): [mark("4", "1", convert=4, countas="4", count=True, weight=1,
                                               weight_float=1, comment=None, control_type=None)],
    },
}
AVERAGES_Q2 = {  # getmarks over quarter II: the journal's own figure per subject ("" where nothing counts)
    "40501": {"Математика": "4.33", "Русский язык": "4.00", "Биология": "", "История": "5.00",
              "Английский язык": "4.00", "Музыка": "5.00"},
    "40503": {"Английский язык": "4.50", "Математика": "2.00", "Технология": "5.00", "Музыка": "",
              "География": "4.00", "История": "", "Русский язык": "", "Биология": ""},
}
FINALS = {
    "40501": [{"name": "Математика", "assessments": [{"period": "I", "value": "5", "comment": ""}]},
              {"name": "Русский язык", "assessments": [{"period": "I", "value": "4"}]},
              {"name": "Английский язык", "assessments": [{"period": "I", "value": "", "comment": ""}]},
              {"name": "Музыка", "assessments": []},
              {"name": "Физическая культура", "assessments": [{"period": "I", "value": "5", "comment": None}]}],
    "40502": [],
    "40503": [{"name": "Математика", "assessments": [{"period": "I", "value": "3", "comment": ""}]},
              {"name": "История", "assessments": [{"period": "I", "value": "4"}]},
              {"name": "Технология", "assessments": [{"period": "I", "value": "", "comment": None}]}],
}


def put(obj, key, value):
    if value is not ABSENT:
        obj[key] = value


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def days_of(first, last):
    day, end = dt.date(int(first[:4]), int(first[4:6]), int(first[6:])), dt.date(int(last[:4]), int(last[4:6]),
                                                                                  int(last[6:]))
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


LESSON_IDS: dict[tuple, str] = {}


def lessons_of(day: dt.date):
    """[(num, subject, group or None, lesson_id)] of a school day of the class (both English groups)."""
    key = day.strftime("%Y%m%d")
    if key == HOLIDAY or day.weekday() > 4:
        return []
    out = []
    for num, subject in TIMETABLE[day.weekday()]:
        groups = ["1 группа", "2 группа"] if subject == "Английский язык" else [None]
        for group in groups:
            ident = (key, subject, group)
            if ident not in LESSON_IDS:
                LESSON_IDS[ident] = str(771000 + len(LESSON_IDS) + 1)
            out.append((num, subject, group, LESSON_IDS[ident]))
    return out


def _ident(key, subject, group):
    return (key, subject, group) if group else (key, subject)


def tasks_of(key, subject, group):
    return HOMEWORK.get(_ident(key, subject, group), [])


def homework_object(tasks, *, pupil_form=False):
    out = {}
    for task in tasks:
        entry = {"id": task["id"], "value": task["value"]}
        put(entry, "individual", task.get("individual", False))
        out[str(task["id"])] = entry
    return out


def files_list(tasks):
    files = []
    for task in tasks:
        for name, code in task.get("files", []):
            files.append({"toid": task["id"], "filename": name, "link": f"{FILES_HOST}/{code}"})
    return files


def assessment(lesson_id, date_key, m):
    """A mark as getdiary sends it: only the fields the journal filled in."""
    out = {"value": m["value"]}
    for key in ("countas", "count", "convert", "weight", "weight_float", "control_type", "control_type_short"):
        if key in m:
            out[key] = m[key]
    if not m.get("no_date_in_diary"):
        out["date"] = f"{date_key[:4]}-{date_key[4:6]}-{date_key[6:]}"
    out["lesson_id"] = lesson_id
    out["nm"] = m["nm"]
    if "comment" in m:
        out["comment"] = m["comment"]
    return out


def marks_entry(lesson_id, date_key, m, *, sparse):
    """A mark as getmarks sends it; `sparse`: the re-pull leaves out mtype, weights and comment of a mark."""
    out = {"value": m["value"]}
    for key in ("countas", "count", "convert"):
        if key in m:
            out[key] = m[key]
    if not (sparse and m.get("sparse_in_getmarks")):
        for key in ("weight", "weight_float", "comment", "mtype"):
            if key in m:
                out[key] = m[key]
    out["date"] = f"{date_key[:4]}-{date_key[4:6]}-{date_key[6:]}"
    out["lesson_id"] = lesson_id
    out["nm"] = m["nm"]
    out["lesson_comment"] = None
    return out


def lesson_item(pupil, day, num, subject, group, lesson_id, *, method, style):
    """A lesson as getdiary (pupil's) or getschedule (class) sends it.

    style: "full" (rooms, topics, tasks, files), "sparse" (the Saturday re-pull of the schedule: no room, topic,
    tasks or files at all)."""
    key = day.strftime("%Y%m%d")
    teacher, room = SUBJECTS.get(subject, (None, None))
    if group:
        teacher, room = ENGLISH[group][0], ENGLISH[group][1]
    if subject == "Литература" and method == "getdiary":
        teacher = ABSENT  # the pupils' diaries leave the teacher out; the class schedule names her
    item = {}
    put(item, "num", ABSENT if (method == "getdiary" and day.weekday() == 3) else str(num))
    item["name"] = subject
    if style == "full":
        put(item, "room", room)
    put(item, "teacher", teacher)
    if style == "full":
        item["sort"] = num * 100
    if group:
        item["grp"] = group
        item["grp_short"] = ENGLISH[group][2]
    elif method == "getdiary" and pupil == "40503":
        item["grp"] = ""
        item["grp_short"] = ""
    item["lesson_id"] = lesson_id
    if style == "full":
        put(item, "topic", TOPICS.get(_ident(key, subject, group), ABSENT))
    if subject != "Изобразительное искусство" or style == "full":
        start, end = BELLS[num]
        item["starttime"], item["endtime"] = start, end
    if style == "full":
        tasks = tasks_of(key, subject, group)
        if tasks:
            item["homework"] = homework_object(tasks)
            old = [t for t in tasks if "old_files" in t]
            item["files"] = {"file": []} if old else files_list(tasks)
        elif subject == "Изобразительное искусство":
            item["homework"] = []  # PHP's empty array
            item["files"] = []
        else:
            item["homework"] = {}
            item["files"] = []
        item["resources"] = []
    if method == "getdiary":
        marks = MARKS[pupil].get((key, subject), [])
        if pupil == "40502":
            if day.weekday() % 2 == 0:
                item["assessments"] = []
        else:
            item["assessments"] = [assessment(lesson_id, key, m) for m in marks]
    return item


def day_object(pupil, day, *, method, style, as_array):
    key = day.strftime("%Y%m%d")
    obj = {"name": key}
    if not (pupil == "40502" and method == "getdiary"):
        obj["title"] = DAY_TITLES[day.weekday()]
    if key == HOLIDAY:
        obj["alert"] = "vacation"
        if style == "full" and pupil != "40502":
            obj["holiday_name"] = "" if pupil == "40503" else HOLIDAY_NAME
        obj["items"] = [] if as_array else {}
        return obj
    mine = []
    for num, subject, group, lesson_id in lessons_of(day):
        if pupil and group and PUPILS[pupil]["eng"] != group:
            continue
        mine.append((num, subject, group, lesson_id))
    items = [lesson_item(pupil, day, *lesson, method=method, style=style) for lesson in mine]
    if as_array:
        obj["items"] = items
    else:
        obj["items"] = {str(lesson[0]): item for lesson, item in zip(mine, items)}
    if method == "getdiary":
        club = EXTDAY.get(pupil, {}).get(key)
        obj["items_extday"] = ([{"name": club, "teacher": "Соколова Марина Юрьевна", "homework": []}]
                               if club else [])
    return obj


def getdiary(pupil, first, last, pulled_at):
    info = PUPILS[pupil]
    days = {}
    for day in days_of(first, last):
        if day.weekday() > 4:
            continue
        days[day.strftime("%Y%m%d")] = day_object(pupil, day, method="getdiary", style="full", as_array=False)
    student = {"name": pupil, "title": info["title"], "days": days}
    if pupil == "40501":
        student["parent_signed"] = False
    return {"request": f"getdiary?student={pupil}&days={first}-{last}&rings=__yes",
            "body": envelope({"students": {pupil: student}}), "pulled_at": pulled_at}


def getschedule(first, last, pulled_at, *, style):
    days = {}
    for day in days_of(first, last):
        if day.weekday() > 4:
            continue
        days[day.strftime("%Y%m%d")] = day_object(None, day, method="getschedule", style=style,
                                                  as_array=(style == "sparse" or day.strftime("%Y%m%d") == HOLIDAY))
    return {"request": f"getschedule?class={CLASS}&days={first}-{last}&rings=__yes",
            "body": envelope({"days": days}), "pulled_at": pulled_at}


def gethomework_class(first, last, pulled_at):
    days = {}
    for day in days_of(first, last):
        key = day.strftime("%Y%m%d")
        items = []
        for num, subject, group, _ in lessons_of(day):
            tasks = tasks_of(key, subject, group)
            if not tasks:
                continue
            item = {"name": subject, "grp": group}
            item["homework"] = {str(i + 1): {"value": t["value"], "id": t["id"],
                                             **({} if t.get("individual", False) is ABSENT
                                                else {"individual": t.get("individual", False)})}
                                for i, t in enumerate(tasks)}
            files = [{"filename": name, "link": f"{FILES_HOST}/{code}"} for t in tasks for name, code in
                     t.get("files", [])]
            if files:
                item["files"] = {"file": files}
            items.append(item)
        if items:
            days[key] = {"name": key, "title": DAY_TITLES[day.weekday()], "items": items}
    return {"request": f"gethomework?class={CLASS}&days={first}-{last}",
            "body": envelope({"days": days}), "pulled_at": pulled_at}


def gethomework_pupil(pupil, first, last, pulled_at):
    days = {}
    for day in days_of(first, last):
        key = day.strftime("%Y%m%d")
        items = {}
        for num, subject, group, _ in lessons_of(day):
            if group and PUPILS[pupil]["eng"] != group:
                continue
            tasks = tasks_of(key, subject, group)
            if not tasks:
                continue
            item = {"name": subject, "homework": homework_object(tasks)}
            files = files_list(tasks)
            if files:
                item["files"] = files
            items[str(num)] = item  # A.3 Day: items keyed by lesson number
        if items:
            days[key] = {"name": key, "title": DAY_TITLES[day.weekday()], "items": items}
    info = PUPILS[pupil]
    return {"request": f"gethomework?student={pupil}&days={first}-{last}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": info["title"], "days": days}}}),
            "pulled_at": pulled_at}


def getmarks(pupil, first, last, pulled_at, *, sparse=False, averages=None):
    subjects: dict[str, list] = {}
    for day in days_of(first, last):
        key = day.strftime("%Y%m%d")
        for num, subject, group, lesson_id in lessons_of(day):
            if group and PUPILS[pupil]["eng"] != group:
                continue
            for m in MARKS[pupil].get((key, subject), []):
                subjects.setdefault(subject, []).append(marks_entry(lesson_id, key, m, sparse=sparse))
    lessons = []
    names = list(subjects)
    if averages:
        names += [s for s in averages if s not in subjects]
    for subject in names:
        entry = {"name": subject}
        if averages is not None:
            entry["average"] = averages.get(subject, "")
            if entry["average"] == "":
                entry["averageConvert"] = None
        entry["marks"] = subjects.get(subject, [])
        lessons.append(entry)
    info = PUPILS[pupil]
    return {"request": f"getmarks?student={pupil}&days={first}-{last}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": info["title"], "lessons": lessons}}}),
            "pulled_at": pulled_at}


def getperiods(pupil, pulled_at):
    periods = [("I", "1 четверть", "20260901", "20261025"), ("II", "2 четверть", "20261102", "20261227"),
               ("III", "3 четверть", "20270111", "20270321"), ("IV", "4 четверть", "20270330", "20270526")]
    out = []
    for name, fullname, start, end in periods:
        period = {"name": name, "fullname": fullname, "start": start, "end": end}
        if pupil == "40501":
            period.update({"disabled": False, "ambigious": None, "weeks": []})
        elif pupil == "40503":
            period.update({"disabled": None, "ambigious": "", "weeks": None})
        out.append(period)
    year = {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "ambigious": True}
    if pupil == "40501":
        year.update({"disabled": False, "weeks": []})
    out.append(year)
    info = PUPILS[pupil]
    return {"request": f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
            "body": envelope({"students": [{"name": pupil, "title": info["title"], "periods": out}]}),
            "pulled_at": pulled_at}


def getrules(parent, pulled_at, *, empty=False):
    info = PARENTS[parent]
    last, first, *middle = info["title"].split()
    result = {"name": parent, "id": parent, "title": info["title"], "lastname": last, "firstname": first,
              "roles": ["parent"], "vendor": "sch40lip", "vendor_id": "4040"}
    child = info["child"]
    pupil = PUPILS[child]
    if parent == "40100":
        result.update({"middlename": middle[0], "gender": "female", "email": "irina.morozova@example.ru",
                       "region": "Липецкая область", "city": "Липецк",
                       "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"]})
        student = {"rel": "child", "name": child, "title": pupil["title"], "lastname": pupil["lastname"],
                   "firstname": pupil["firstname"], "gender": pupil["gender"], "class": CLASS, "parallel": "6",
                   "city": "Липецк", "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods",
                                               "getschedule", "gethomework"]}
        groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5,
                          "hometeacher_id": "40901", "hometeacher_name": "Лебедева Галина Ивановна",
                          "hometeacher_lastname": "Лебедева", "hometeacher_firstname": "Галина",
                          "hometeacher_middlename": "Ивановна"}}
        schools = [{"title": "Школа № 40", "title_full": "МБОУ СОШ № 40 г. Липецка", "number": "40",
                    "inn": "4826000040", "kpp": "482601001"}]
    elif parent == "40200":
        result.update({"email": "", "allowedSections": []})
        student = {"rel": "child", "name": child, "title": pupil["title"], "class": CLASS, "rules": []}
        groups = []  # PHP's empty array
        schools = []
    elif parent == "40300":  # the group without any hometeacher_* key
        result.update({"middlename": middle[0], "gender": None, "email": None, "city": ""})
        student = {"rel": "child", "name": child, "title": pupil["title"], "lastname": pupil["lastname"],
                   "firstname": pupil["firstname"], "gender": "", "class": CLASS, "parallel": None, "city": None,
                   "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule",
                             "gethomework"]}
        groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6"}}
        schools = [{"title": "Школа № 40", "title_full": "", "number": "40", "inn": "", "kpp": ""}]
    else:  # every hometeacher_* key "": the journal's form left empty
        result.update({"middlename": middle[0], "gender": "male", "email": "", "city": "Липецк"})
        student = {"rel": "child", "name": child, "title": pupil["title"], "lastname": pupil["lastname"],
                   "firstname": pupil["firstname"], "gender": "", "class": CLASS, "parallel": None, "city": None,
                   "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule",
                             "gethomework"]}
        groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5, "hometeacher_id": "",
                          "hometeacher_name": "", "hometeacher_lastname": "", "hometeacher_firstname": "",
                          "hometeacher_middlename": ""}}
        schools = [{"title": "Школа № 40", "title_full": "", "number": "40", "inn": "", "kpp": ""}]
    result["relations"] = {"students": [] if empty else {child: student}, "groups": [] if empty else groups,
                           "schools": schools}
    return {"request": "getrules", "body": envelope(result), "pulled_at": pulled_at}


def getfinalassessments(pupil, pulled_at):
    info = PUPILS[pupil]
    return {"request": f"getfinalassessments?student={pupil}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": info["title"], "items": FINALS[pupil]}}}),
            "pulled_at": pulled_at}


def empty_answer(request, result, pulled_at):
    """An answer about days with nothing in them: `days` is PHP's empty array."""
    return {"request": request, "body": envelope(result), "pulled_at": pulled_at}


def main():
    steps = []
    steps.append({"name": "01 getrules of the four parents (Sunday evening, before the quarter)", "batches": [[
        getrules("40100", "2026-11-01T19:00:00+03:00"),
        getrules("40200", "2026-11-01T19:02:00+03:00"),
        getrules("40300", "2026-11-01T19:04:00+03:00"),
        getrules("40400", "2026-11-01T19:06:00+03:00"),
    ]]})
    steps.append({"name": "02 getperiods of each pupil", "batches": [[
        getperiods(p, f"2026-11-01T19:1{i}:00+03:00") for i, p in enumerate(PUPILS)]]})
    for week, (first, last) in enumerate(WEEKS, start=1):
        friday = dt.date(int(first[:4]), int(first[4:6]), int(first[6:])) + dt.timedelta(days=4)
        stamp = friday.isoformat()
        batch = [getschedule(first, last, f"{stamp}T17:00:00+03:00", style="full")]
        batch += [getdiary(p, first, last, f"{stamp}T18:0{i}:00+03:00") for i, p in enumerate(PUPILS)]
        batch.append(gethomework_class(first, last, f"{stamp}T18:05:00+03:00"))
        batch += [getmarks(p, first, last, f"{stamp}T18:1{i}:00+03:00") for i, p in enumerate(PUPILS)]
        if week == 2:
            batch.append(gethomework_pupil("40503", first, last, f"{stamp}T18:20:00+03:00"))
        steps.append({"name": f"0{week + 2} Friday sync of week {week}: the class schedule, each pupil's diary, "
                              f"the class homework, each pupil's marks", "batches": [batch]})
    steps.append({"name": "05 Белов's getrules again: the answer lists no child (relations empty)", "batches": [[
        getrules("40200", "2026-11-13T20:00:00+03:00", empty=True)]]})
    steps.append({"name": "06 Saturday re-pull: the fortnight's schedule in its sparse shape, the quarter's marks "
                          "(one mark without its work type, weight and comment), the final assessments; two empty answers "
                          "(the holiday's homework, Ксения's weekend)",
                  "batches": [
                      [getschedule(WEEKS[0][0], WEEKS[1][0][:6] + "13", "2026-11-14T10:00:00+03:00", style="sparse")],
                      [getmarks(p, "20261102", "20261227", f"2026-11-14T10:1{i}:00+03:00", sparse=True,
                                averages=AVERAGES_Q2.get(p, {})) for i, p in enumerate(PUPILS)]
                      + [getfinalassessments(p, f"2026-11-14T10:2{i}:00+03:00") for i, p in enumerate(PUPILS)],
                      [empty_answer("gethomework?class=6Б&days=20261104-20261104", {"days": []},
                                    "2026-11-14T10:30:00+03:00"),
                       empty_answer("getdiary?student=40502&days=20261107-20261108&rings=__yes",
                                    {"students": {"40502": {"name": "40502", "title": PUPILS["40502"]["title"],
                                                            "days": []}}}, "2026-11-14T10:31:00+03:00")],
                  ]})
    journey = {
        "vendor": "elzhur",
        "description": "Empty, null and absent (Школа № 40, Липецк, 6Б, 2-13 Nov 2026): every optional field the "
                       "reference allows is somewhere left out, null, \"\", [] / {} or zero; what a parent must still "
                       "see and must not see.",
        "school": {"timezone": "Europe/Moscow", "name": "Школа № 40"},
        "steps": steps,
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
