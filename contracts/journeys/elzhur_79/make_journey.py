"""Write journey.json of elzhur_79: a pupil changes subgroup, not class, mid-fortnight (Eljur, Екатеринбург,
Monday 9 - Sunday 22 November 2026, 2 четверть).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal is modelled as a function of the instant it is read at (``Journal``); every answer of the sync job is
rendered from the journal as of its own pull, and the steps then deliver some answers late (out of pull order).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-gym79", "7979"
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, UTC+5 all year
CLASS = "6А"
D = dt.date

# pupil -> (last, first, gender, English group before, Труд group before)
PUPILS = {
    "79101": ("Абрамова", "Полина", "female", 1, 2),
    "79102": ("Васильев", "Кирилл", "male", 1, 1),
    "79103": ("Григорьева", "Ульяна", "female", 2, 2),
    "79104": ("Дмитриев", "Тимофей", "male", 2, 1),
    "79105": ("Ершова", "Алина", "female", 1, 2),
    "79106": ("Лебедев", "Артём", "male", 1, 2),
    "79107": ("Николаева", "Дарья", "female", 2, 2),
    "79108": ("Орлов", "Максим", "male", 1, 1),
    "79109": ("Семёнова", "Варвара", "female", 2, 2),
    "79110": ("Тарасов", "Глеб", "male", 2, 1),
}
MOVER = "79106"  # from 16 Nov: English 1 группа -> 2 группа, Труд 2 группа -> 1 группа
CHANGE_DAY = D(2026, 11, 16)
# parent (getrules id) -> (last, first, middle, gender, children)
PARENTS = {
    "79501": ("Абрамова", "Ксения", "Олеговна", "female", ["79101"]),
    "79502": ("Васильев", "Роман", "Андреевич", "male", ["79102"]),
    "79503": ("Григорьева", "Анна", "Павловна", "female", ["79103"]),
    "79504": ("Дмитриева", "Ольга", "Сергеевна", "female", ["79104"]),
    "79505": ("Ершов", "Виталий", "Николаевич", "male", ["79105"]),
    "79506": ("Лебедева", "Светлана", "Игоревна", "female", ["79106"]),
    "79507": ("Николаева", "Юлия", "Викторовна", "female", ["79107"]),
    "79508": ("Орлова", "Марина", "Евгеньевна", "female", ["79108"]),
    "79509": ("Семёнов", "Илья", "Аркадьевич", "male", ["79109"]),
    "79510": ("Тарасова", "Наталья", "Юрьевна", "female", ["79110"]),
}
HOMETEACHER = ("79611", "Смирнова", "Елена", "Викторовна")

ENG, TRUD = "Английский язык", "Труд (технология)"
GRP = {1: ("1 группа", "1 гр."), 2: ("2 группа", "2 гр.")}
# (subject, group or None) -> (teacher, room)
STAFF = {
    ("Русский язык", None): ("Смирнова Елена Викторовна", "201"),
    ("Литература", None): ("Смирнова Елена Викторовна", "201"),
    ("Математика", None): ("Козлов Андрей Михайлович", "204"),
    ("История", None): ("Павлова Ольга Николаевна", "210"),
    ("Обществознание", None): ("Павлова Ольга Николаевна", "210"),
    ("Биология", None): ("Фёдорова Марина Алексеевна", "215"),
    ("География", None): ("Фёдорова Марина Алексеевна", "215"),
    ("Физическая культура", None): ("Громов Денис Игоревич", "спортзал"),
    ("Музыка", None): ("Лаптева Галина Петровна", "105"),
    ("Изобразительное искусство", None): ("Лаптева Галина Петровна", "105"),
    (ENG, 1): ("Кузнецова Ирина Львовна", "305"),
    (ENG, 2): ("Морозова Анна Сергеевна", "307"),
    (TRUD, 1): ("Ершов Виктор Павлович", "мастерская"),
    (TRUD, 2): ("Белова Нина Ивановна", "112"),
}
GROUPED = {ENG, TRUD}
WEEK = {  # weekday -> subjects by lesson number
    0: ["Русский язык", "Математика", ENG, "История", "Биология", "Физическая культура"],
    1: ["Математика", "Литература", "Русский язык", "География", "Музыка", "Физическая культура"],
    2: ["Русский язык", ENG, "Математика", "Литература", "Изобразительное искусство"],
    3: ["Математика", "Русский язык", "История", ENG, "Обществознание"],
    4: ["Математика", "Русский язык", "Литература", "Биология", TRUD, TRUD],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
SUBJECT_IDS = {"Русский язык": "1201", "Литература": "1202", "Математика": "1203", "История": "1204",
               "Обществознание": "1205", "Биология": "1206", "География": "1207", "Физическая культура": "1208",
               "Музыка": "1209", "Изобразительное искусство": "1210", ENG: "1211", TRUD: "1212"}

FIRST, LAST = D(2026, 11, 9), D(2026, 11, 22)
CONSULTATION_DAY = D(2026, 11, 21)  # Saturday: an extra lesson of English 2 группа, entered Fri 20 at 21:15


def local(y, m, d, hh, mm) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=ZONE)


CHANGE_ENTERED = local(2026, 11, 16, 7, 40)  # the deputy head enters the order before the first bell
CONSULTATION_ENTERED = local(2026, 11, 20, 21, 15)

TOPICS = {
    (ENG, 1): {D(2026, 11, 9): "Module 3a: Безопасность на дороге", D(2026, 11, 11): "Module 3b: Виды транспорта",
               D(2026, 11, 12): "Контрольная работа по модулю 3 (лексика и грамматика)",
               D(2026, 11, 16): "Module 3c: Как добраться?", D(2026, 11, 18): "Module 3d: Модальный глагол can",
               D(2026, 11, 19): "Module 3e: Дорожные знаки"},
    (ENG, 2): {D(2026, 11, 9): "Unit 4: Present Continuous", D(2026, 11, 11): "Unit 4: Описание картинки",
               D(2026, 11, 12): "Unit 4: Аудирование «At the station»", D(2026, 11, 16): "Unit 5: Лексика «Погода»",
               D(2026, 11, 18): "Unit 5: Сравнение прилагательных", D(2026, 11, 19): "Unit 5: Словарный диктант",
               CONSULTATION_DAY: "Консультация: подготовка к контрольной работе по Unit 5"},
    (TRUD, 1): {D(2026, 11, 13): "Робототехника: датчики и моторы", D(2026, 11, 20): "Робототехника: сборка модели"},
    (TRUD, 2): {D(2026, 11, 13): "Текстиль: виды ручных швов", D(2026, 11, 20): "Текстиль: эскиз фартука"},
}

# a topic the teacher corrects at the end of the week (Fri 20 at 21:00): (subject, group, date) -> (instant, topic)
TOPIC_FIX = {(ENG, 1, D(2026, 11, 19)): (local(2026, 11, 20, 21, 0), "Module 3e: Дорожные знаки и указатели")}

# tasks of the subgroups: (subject, group, date) -> [(homework id, text, file or None, shown from, gone at)]
GROUP_TASKS = {
    (ENG, 1, D(2026, 11, 9)): [(61009310, "Spotlight 6: стр. 32, упр. 4 письменно", None, None, None)],
    (ENG, 1, D(2026, 11, 11)): [(61011210, "Spotlight 6: стр. 34, упр. 2; выучить слова модуля 3b", None, None,
                                 None)],
    (ENG, 1, D(2026, 11, 12)): [(61012410, "Spotlight 6: стр. 36, упр. 5; повторить модуль 3", None, None, None)],
    (ENG, 1, D(2026, 11, 16)): [(61016310, "Spotlight 6: стр. 38, упр. 3, 4", None, None, None)],
    (ENG, 1, D(2026, 11, 18)): [
        (61018210, "Spotlight 6: стр. 52, упр. 4", None, None, local(2026, 11, 21, 10, 0)),  # wrong page, deleted
        (61018211, "Spotlight 6: стр. 40, упр. 4", None, local(2026, 11, 18, 14, 20), None)],
    (ENG, 1, D(2026, 11, 19)): [(61019410, "Spotlight 6: стр. 42, упр. 1 (чтение и перевод)", None, None, None)],
    (ENG, 2, D(2026, 11, 9)): [(61009320, "Workbook: стр. 21, упр. 1-3", None, None, None)],
    (ENG, 2, D(2026, 11, 11)): [(61011220, "Учебник: стр. 45, упр. 6 — описать картинку (6-8 предложений)",
                                 "Unit4_picture.jpg", None, None)],
    (ENG, 2, D(2026, 11, 12)): [(61012420, "Workbook: стр. 23, упр. 5; слова Unit 4 наизусть", None, None, None)],
    (ENG, 2, D(2026, 11, 16)): [(61016320, "Учебник: стр. 50, упр. 2; словарь «Погода»", None, None, None)],
    (ENG, 2, D(2026, 11, 18)): [(61018220, "Workbook: стр. 26, упр. 2, 3", None, None, None)],
    (ENG, 2, D(2026, 11, 19)): [(61019420, "Учебник: стр. 54, упр. 7", None, None, None)],
    (TRUD, 1, D(2026, 11, 13)): [(61013610, "Собрать схему модели «Манипулятор» по инструкции", None, None, None)],
    (TRUD, 1, D(2026, 11, 20)): [(61020610, "Подготовить описание проекта «Умная теплица» (1 страница)", None, None,
                                  None)],
    (TRUD, 2, D(2026, 11, 13)): [(61013620, "Принести ткань 30×30 см и нитки мулине", None, None, None)],
    (TRUD, 2, D(2026, 11, 20)): [(61020620, "Закончить эскиз фартука, подобрать ткань", None, None, None)],
}
# a task re-texted: id -> (instant, new text)
RETEXT = {61019420: (local(2026, 11, 21, 11, 0), "Учебник: стр. 54, упр. 7; после консультации — стр. 55, упр. 9")}
# an individual task of the mover, set at his (old) group's test lesson on Thu 12 Nov
INDIVIDUAL = {(MOVER, ENG, 1, D(2026, 11, 12)): (61012499, "Лебедев Артём: работа над ошибками контрольной "
                                                            "работы, сдать до 17.11")}


def mark(value, comment="", ctype="Работа на уроке", short="РУ", weight=1, convert=None):
    return dict(value=value, comment=comment, ctype=ctype, short=short, weight=weight, convert=convert)


KR = dict(ctype="Контрольная работа", short="КР", weight=2)
SD = dict(ctype="Словарный диктант", short="СД", weight=1)
PR = dict(ctype="Практическая работа", short="ПР", weight=1)
DICT = dict(ctype="Диктант", short="Д", weight=2)

# marks: (pupil, date, lesson number) -> [mark, ...] (the nm is the position); corrections below
MARKS = {
    # English, week 1
    ("79102", D(2026, 11, 9), 3): [mark("4")],
    ("79104", D(2026, 11, 9), 3): [mark("5")],
    ("79107", D(2026, 11, 9), 3): [mark("4")],
    ("79106", D(2026, 11, 11), 2): [mark("5", "хороший пересказ")],
    ("79108", D(2026, 11, 11), 2): [mark("3")],
    ("79109", D(2026, 11, 11), 2): [mark("2", "не выполнено домашнее задание")],
    ("79103", D(2026, 11, 11), 2): [mark("4")],
    ("79101", D(2026, 11, 12), 4): [mark("4", **KR)],
    ("79102", D(2026, 11, 12), 4): [mark("5", **KR)],
    ("79105", D(2026, 11, 12), 4): [mark("3", **KR)],
    ("79106", D(2026, 11, 12), 4): [mark("3", **KR)],
    ("79108", D(2026, 11, 12), 4): [mark("4", **KR)],
    ("79103", D(2026, 11, 12), 4): [mark("5")],
    ("79110", D(2026, 11, 12), 4): [mark("4")],
    # English, week 2 (the change day first)
    ("79101", D(2026, 11, 16), 3): [mark("5")],
    ("79105", D(2026, 11, 16), 3): [mark("н", "болела")],
    ("79106", D(2026, 11, 16), 3): [mark("оп", "первый урок в новой группе, искал кабинет 307")],
    ("79110", D(2026, 11, 16), 3): [mark("5")],
    ("79102", D(2026, 11, 18), 2): [mark("5")],
    ("79105", D(2026, 11, 18), 2): [mark("4")],
    ("79106", D(2026, 11, 18), 2): [mark("5", "отлично влился в группу")],
    ("79107", D(2026, 11, 18), 2): [mark("5")],
    ("79109", D(2026, 11, 18), 2): [mark("4")],
    ("79108", D(2026, 11, 19), 4): [mark("5")],
    ("79101", D(2026, 11, 19), 4): [mark("4")],
    ("79106", D(2026, 11, 19), 4): [mark("4", **SD)],
    ("79103", D(2026, 11, 19), 4): [mark("3", **SD)],
    ("79104", D(2026, 11, 19), 4): [mark("4", **SD)],
    # Труд, Fri 13 (the mover still in 2 группа) and Fri 20 (in 1 группа)
    ("79102", D(2026, 11, 13), 5): [mark("5", **PR)],
    ("79110", D(2026, 11, 13), 5): [mark("4", **PR)],
    ("79106", D(2026, 11, 13), 5): [mark("4", "шов неровный", **PR)],
    ("79101", D(2026, 11, 13), 5): [mark("5", **PR)],
    ("79107", D(2026, 11, 13), 6): [mark("5")],
    ("79106", D(2026, 11, 20), 5): [mark("5", "модель собрана и работает", **PR)],
    ("79104", D(2026, 11, 20), 5): [mark("4", **PR)],
    ("79108", D(2026, 11, 20), 6): [mark("5")],
    ("79103", D(2026, 11, 20), 5): [mark("4", **PR)],
    ("79105", D(2026, 11, 20), 5): [mark("5", **PR)],
    ("79109", D(2026, 11, 20), 5): [mark("н", "по болезни")],
    ("79109", D(2026, 11, 20), 6): [mark("н", "по болезни")],
    # other subjects
    ("79101", D(2026, 11, 10), 1): [mark("4")],
    ("79106", D(2026, 11, 10), 1): [mark("5")],
    ("79103", D(2026, 11, 11), 1): [mark("5", **DICT)],
    ("79108", D(2026, 11, 11), 1): [mark("4", **DICT)],
    ("79106", D(2026, 11, 16), 1): [mark("4")],
    ("79102", D(2026, 11, 17), 1): [mark("оп")],
    ("79107", D(2026, 11, 19), 3): [mark("5")],
    ("79110", D(2026, 11, 20), 1): [mark("3")],
}
for _num in range(1, 7):  # 79104 ill the whole change day
    MARKS[("79104", CHANGE_DAY, _num)] = [mark("н", "болеет, справка")]
# corrections: (pupil, date, number, nm) -> (instant, new mark)
CORRECTIONS = {
    (MOVER, D(2026, 11, 12), 4, 1): (local(2026, 11, 17, 15, 30),
                                     mark("4", "исправлено после работы над ошибками", **KR)),
    ("79109", D(2026, 11, 11), 2, 1): (local(2026, 11, 18, 16, 0), mark("3", "задание сдано позже")),
}

FINALS = {  # period I (1 четверть) marks: pupil -> {subject: value}
    "79101": {"Русский язык": "4", "Математика": "4", ENG: "4", TRUD: "5", "История": "5"},
    "79102": {"Русский язык": "4", "Математика": "5", ENG: "5", TRUD: "5", "История": "4"},
    "79103": {"Русский язык": "5", "Математика": "4", ENG: "5", TRUD: "5", "История": "5"},
    "79104": {"Русский язык": "3", "Математика": "4", ENG: "4", TRUD: "4", "История": "4"},
    "79105": {"Русский язык": "4", "Математика": "3", ENG: "3", TRUD: "5", "История": "4"},
    "79106": {"Русский язык": "4", "Математика": "5", ENG: "4", TRUD: "4", "История": "4"},
    "79107": {"Русский язык": "5", "Математика": "5", ENG: "5", TRUD: "5", "История": "5"},
    "79108": {"Русский язык": "3", "Математика": "4", ENG: "4", TRUD: "5", "История": "3"},
    "79109": {"Русский язык": "4", "Математика": "4", ENG: "3", TRUD: "5", "История": "4"},
    "79110": {"Русский язык": "4", "Математика": "3", ENG: "4", TRUD: "4", "История": "5"},
}


# --- the journal as of an instant ------------------------------------------------------------------------------


def group_of(pupil: str, subject: str, day: dt.date, at: dt.datetime) -> int:
    """The subgroup the journal holds the pupil in for that subject on that day, as of ``at``."""
    _, _, _, eng, trud = PUPILS[pupil]
    if pupil == MOVER and at >= CHANGE_ENTERED and day >= CHANGE_DAY:
        return {ENG: 2, TRUD: 1}[subject]
    return {ENG: eng, TRUD: trud}[subject]


def lesson_id(day: dt.date, num: int, grp: int | None) -> str:
    return str(3_900_000 + (day - D(2026, 9, 1)).days * 100 + num * 10 + (grp or 0))


def slots(day: dt.date, at: dt.datetime) -> list[tuple[int, str, int | None]]:
    """(number, subject, subgroup or None) of every lesson of the class and its subgroups that day."""
    if day == CONSULTATION_DAY:
        return [(1, ENG, 2)] if at >= CONSULTATION_ENTERED else []
    if day.weekday() > 4:
        return []
    out = []
    for num, subject in enumerate(WEEK[day.weekday()], 1):
        if subject in GROUPED:
            out += [(num, subject, 1), (num, subject, 2)]
        else:
            out.append((num, subject, None))
    return out


def tasks(day: dt.date, num: int, subject: str, grp: int | None, at: dt.datetime) -> list[tuple[int, str, str | None]]:
    """The lesson's (non-individual) tasks as of ``at``: (id, text, file name)."""
    set_at = dt.datetime.combine(day, dt.time(14, 0), ZONE)
    if at < set_at:
        return []
    out = []
    if grp is None:
        if subject in ("Физическая культура", "Музыка", "Изобразительное искусство"):
            return []
        hw_id = int(f"6{day:%m%d}{num}00")
        out.append((hw_id, f"{subject}: задание к следующему уроку ({day:%d.%m}), § {day.day % 9 + num}, "
                           f"упр. {day.day * 2 + num}", None))
        return out
    if subject == TRUD and num == 5:
        return []  # a double lesson: the task sits on the second
    for hw_id, text, file, shown_from, gone_at in GROUP_TASKS.get((subject, grp, day), []):
        if shown_from and at < shown_from:
            continue
        if gone_at and at >= gone_at:
            continue
        if hw_id in RETEXT and at >= RETEXT[hw_id][0]:
            text = RETEXT[hw_id][1]
        out.append((hw_id, text, file))
    return out


def individual(pupil: str, day: dt.date, subject: str, grp: int | None, at: dt.datetime):
    found = INDIVIDUAL.get((pupil, subject, grp, day))
    if found and at >= dt.datetime.combine(day, dt.time(14, 0), ZONE):
        return [(found[0], found[1], None)]
    return []


def marks_of(pupil: str, day: dt.date, num: int, at: dt.datetime) -> list[dict]:
    if at < dt.datetime.combine(day, dt.time(14, 0), ZONE):
        return []
    out = []
    for nm, m in enumerate(MARKS.get((pupil, day, num), []), 1):
        fix = CORRECTIONS.get((pupil, day, num, nm))
        if fix and at >= fix[0]:
            m = fix[1]
        out.append((nm, m))
    return out


def topic(subject: str, grp: int | None, day: dt.date, at: dt.datetime) -> str:
    fix = TOPIC_FIX.get((subject, grp, day))
    if fix and at >= fix[0]:
        return fix[1]
    if grp is not None:
        return TOPICS[(subject, grp)][day]
    return f"{subject}: тема урока {day:%d.%m}"


def times(day: dt.date, num: int) -> tuple[str, str]:
    if day == CONSULTATION_DAY:
        return "10:00:00", "10:40:00"
    start, end = BELLS[num]
    return start + ":00", end + ":00"


def homework_obj(found) -> tuple[dict, list]:
    homework, files = {}, []
    for hw_id, text, file in found:
        homework[str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
        if file:
            files.append({"toid": hw_id, "filename": file,
                          "link": f"https://{VENDOR}.eljur.ru/files/{hw_id:x}/{file}"})
    return homework, files


def assessment(m: dict, day: dt.date, lid: str, nm: int) -> dict:
    if m["value"] in ("н", "оп"):
        return {"value": m["value"], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid,
                "nm": str(nm), "comment": m["comment"]}
    return {"value": m["value"], "countas": m["value"], "count": True, "convert": int(m["value"][0]),
            "weight": m["weight"], "weight_float": m["weight"], "control_type": m["ctype"],
            "control_type_short": m["short"], "date": day.isoformat(), "lesson_id": lid, "nm": str(nm),
            "comment": m["comment"], "color_hex": None}


def item(day, num, subject, grp, at, pupil=None) -> dict:
    teacher, room = STAFF[(subject, grp)]
    start, end = times(day, num)
    found = tasks(day, num, subject, grp, at) + (individual(pupil, day, subject, grp, at) if pupil else [])
    homework, files = homework_obj(found)
    for hw_id, _, _ in found:
        if pupil and (pupil, subject, grp, day) in INDIVIDUAL and INDIVIDUAL[(pupil, subject, grp, day)][0] == hw_id:
            homework[str(hw_id)]["individual"] = True
    lid = lesson_id(day, num, grp)
    out = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100}
    if grp is not None:
        out.update(grp=GRP[grp][0], grp_short=GRP[grp][1])
    out.update(lesson_id=lid, topic=topic(subject, grp, day, at),
               is_control=(subject, grp, day) == (ENG, 1, D(2026, 11, 12)), starttime=start, endtime=end,
               homework=homework, files=files, resources=[])
    if pupil is not None:
        out["assessments"] = [assessment(m, day, lid, nm) for nm, m in marks_of(pupil, day, num, at)]
    return out


def dates(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# --- answers ---------------------------------------------------------------------------------------------------


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, body: dict, pulled_at: str) -> dict:
    return {"request": request, "pulled_at": pulled_at, "body": body}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat()


def title(pupil: str) -> str:
    last, first, *_ = PUPILS[pupil]
    return f"{last} {first}"


def getdiary(pupil: str, first: dt.date, last: dt.date, at: dt.datetime, pulled_text: str | None = None) -> dict:
    days = {}
    for day in dates(first, last):
        items = {}
        for num, subject, grp in slots(day, at):
            if grp is not None and group_of(pupil, subject, day, at) != grp:
                continue
            items[str(num)] = item(day, num, subject, grp, at, pupil)
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body,
               pulled_text or stamp(at))


def getschedule(first: dt.date, last: dt.date, at: dt.datetime, pulled_text: str | None = None) -> dict:
    """The class's schedule (the head teacher's view): every lesson of 6А and of both subgroups; parallel subgroup
    lessons share a number, so the items come as an array (A.3 Day: `items` keyed by number or an array)."""
    days = {}
    for day in dates(first, last):
        items = [item(day, num, subject, grp, at) for num, subject, grp in slots(day, at)]
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"getschedule?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", envelope({"days": days}),
               pulled_text or stamp(at))


def gethomework(first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    """The class's homework (the head teacher's view), `days` at the top level, the older `files.file` form (A.5
    E5); each task keyed by its position, its id inside."""
    days = {}
    for day in dates(first, last):
        items = []
        for num, subject, grp in slots(day, at):
            found = tasks(day, num, subject, grp, at)
            if not found:
                continue
            homework = {str(i): {"value": text, "id": hw_id, "individual": False}
                        for i, (hw_id, text, _) in enumerate(found, 1)}
            entry = {"name": subject, "grp": GRP[grp][0] if grp else None, "homework": homework}
            files = [{"filename": file, "link": f"https://{VENDOR}.eljur.ru/files/{hw_id:x}/{file}"}
                     for hw_id, _, file in found if file]
            if files:
                entry["files"] = {"file": files}
            items.append(entry)
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), stamp(at))


def getmarks(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    by_subject: dict[str, list] = {}
    for day in dates(first, last):
        for num, subject, grp in slots(day, at):
            if grp is not None and group_of(pupil, subject, day, at) != grp:
                continue
            lid = lesson_id(day, num, grp)
            for nm, m in marks_of(pupil, day, num, at):
                a = assessment(m, day, lid, nm)
                short, kind = a.pop("control_type_short"), a.pop("control_type")
                a.pop("color_hex", None)
                a.update(lesson_comment=topic(subject, grp, day, at), max_mark=None)
                if kind:
                    a["mtype"] = {"id": {"РУ": 1, "КР": 3, "СД": 4, "ПР": 5, "Д": 6}[short], "short": short,
                                  "type": kind}
                by_subject.setdefault(subject, []).append(a)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0, "lesson_id": SUBJECT_IDS[subject],
                        "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), stamp(at))


def getperiods(pupil: str, at: dt.datetime) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270322", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), stamp(at))


def getfinalassessments(pupil: str, at: dt.datetime, as_array: bool = False) -> dict:
    items = [{"name": subject, "assessments": [{"period": "I", "value": value, "comment": ""}]}
             for subject, value in FINALS[pupil].items()]
    entry = {"name": pupil, "title": title(pupil), "items": items}
    students = [entry] if as_array else {pupil: entry}
    return rec(f"getfinalassessments?student={pupil}", envelope({"students": students}), stamp(at))


def getrules(parent: str, at: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg, *_ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLASS, "parallel": "6", "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                      "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 79", "title_full": "МАОУ «Гимназия № 79» г. Екатеринбурга",
                                         "number": "79", "inn": "6660007979", "kpp": "667001001"}]}}
    return rec("getrules", envelope(result), stamp(at))


def main() -> None:
    pupils = sorted(PUPILS)
    others = [p for p in pupils if p != MOVER]
    W1, W1E, W2, W2E = D(2026, 11, 9), D(2026, 11, 15), D(2026, 11, 16), D(2026, 11, 22)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 8 Nov 19:00: getrules of the ten parents, getperiods and getfinalassessments (1 четверть) of the "
         "ten pupils",
         [getrules(p, local(2026, 11, 8, 19, 0)) for p in sorted(PARENTS)]
         + [getperiods(p, local(2026, 11, 8, 19, 1)) for p in pupils]
         + [getfinalassessments(p, local(2026, 11, 8, 19, 2), as_array=(p == "79110")) for p in pupils])
    step("02 Sun 8 Nov 19:20: the head teacher's getschedule of 6А for the fortnight: both subgroups' lessons, "
         "items as an array", [getschedule(W1, W2E, local(2026, 11, 8, 19, 20))])
    step("03 Sun 8 Nov 19:30: every pupil's getdiary of the fortnight (no marks, no tasks yet; Лебедев still in "
         "English 1 группа and Труд 2 группа for both weeks)",
         [getdiary(p, W1, W2E, local(2026, 11, 8, 19, 30 + i)) for i, p in enumerate(pupils)])
    step("04 Wed 11 Nov 21:00: the head teacher's gethomework of 6А for week 1 (days at the top, files.file form)",
         [gethomework(W1, W1E, local(2026, 11, 11, 21, 0))])
    step("05 Fri 13 Nov 20:00: week 1 diaries with the week's marks and tasks; Лебедев's answer is lost by the relay",
         [getdiary(p, W1, W1E, local(2026, 11, 13, 20, i)) for i, p in enumerate(others)])
    mover_friday = getdiary(MOVER, W1, W2E, local(2026, 11, 13, 20, 5), "2026-11-13T15:05:00Z")
    step("06 Mon 16 Nov 21:00: the evening pull of the change day, one day per pupil (Лебедев in English 2 группа "
         "from 16 Nov; attendance of the change day); then the relay's retry delivers Лебедев's Fri 13 20:05 pull of "
         "both weeks (stamped in UTC, still 1 группа for week 2) late",
         [getdiary(p, CHANGE_DAY, CHANGE_DAY, local(2026, 11, 16, 21, i)) for i, p in enumerate(pupils)],
         [mover_friday])
    step("07 Wed 18 Nov 21:00: the head teacher's gethomework of 6А for week 2 (1 группа's Wednesday task entered "
         "twice, the first with a wrong page)", [gethomework(W2, W2E, local(2026, 11, 18, 21, 0))])
    step("08 Fri 20 Nov 20:00: the diaries since the last pull (Tue 17 - Sun 22) with the week's marks and tasks",
         [getdiary(p, CHANGE_DAY + dt.timedelta(days=1), W2E, local(2026, 11, 20, 20, i)) for i, p in enumerate(pupils)])
    step("09 Sat 21 Nov 00:10: the class schedule pulled Fri 20 at 21:30 (stamped in UTC) with 2 группа's Saturday "
         "consultation; then the nightly class schedule pulled Fri 20 at 18:00 (naive local stamp, before the "
         "consultation was entered and 1 группа's Thursday topic corrected) delivered after it",
         [getschedule(W2, W2E, local(2026, 11, 20, 21, 30), "2026-11-20T16:30:00Z")],
         [getschedule(W2, W2E, local(2026, 11, 20, 18, 0), "2026-11-20T18:00:00")])
    step("10 Sun 22 Nov 18:00: the head teacher's gethomework of week 2 (the wrong-page task deleted, 2 группа's "
         "Thursday task re-texted); getmarks of the fortnight of every pupil (the corrections); then the head "
         "teacher's gethomework pulled Fri 20 at 19:00 delivered late",
         [gethomework(W2, W2E, local(2026, 11, 22, 18, 0))]
         + [getmarks(p, W1, W2E, local(2026, 11, 22, 18, 10 + i)) for i, p in enumerate(pupils)],
         [gethomework(W2, W2E, local(2026, 11, 20, 19, 0))])
    journey = {"vendor": "elzhur",
               "description": "A pupil changes subgroup, not class (МАОУ «Гимназия № 79» г. Екатеринбурга, 6А, "
                              "9-22 Nov 2026): from Monday 16 Nov Лебедев Артём moves from English 1 группа to 2 группа "
                              "and from Труд 2 группа to 1 группа; class schedules, the head teacher's homework views "
                              "and the pupils' diaries pulled at different times, some delivered late.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 79» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
