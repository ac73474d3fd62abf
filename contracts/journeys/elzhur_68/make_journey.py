"""Write journey.json of elzhur_68: a senior school's ordinary sync job (Eljur, Самара, 8-19 Feb 2027).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal is modelled as it changes over time (marks entered late, corrected, deleted; tasks edited and
withdrawn; a lesson replaced; a room changed; a half-year mark retaken); every answer renders the journal as of its
pull (``pulled_at``), in the shapes of reference A.3/A.5 (shared/reference/elzhur_mesh.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "samara68", "6368"
D, T = dt.date, dt.datetime

PARENTS = {
    "68901": ("Волкова", "Светлана", "Андреевна", "female", ["68101", "68111"]),
    "68902": ("Тарасов", "Дмитрий", "Олегович", "male", ["68102"]),
    "68903": ("Латыпова", "Резеда", "Ринатовна", "female", ["68112"]),
}
PUPILS = {  # id -> last, first, gender, class, profile group, English group
    "68101": ("Волков", "Илья", "male", "10А", 1, 1),
    "68102": ("Тарасова", "Мария", "female", "10А", 2, 2),
    "68111": ("Волкова", "Анна", "female", "11А", 1, 2),
    "68112": ("Латыпов", "Тимур", "male", "11А", 2, 1),
}
HOMETEACHER = {"10А": ("68501", "Ермакова", "Татьяна", "Николаевна"), "11А": ("68502", "Полякова", "Галина", "Ивановна")}
GROUPS = {1: ("1 группа", "1 гр."), 2: ("2 группа", "2 гр.")}
ENG = "Английский язык"

# weekday -> slots; a slot is a subject (the whole class) or {group: subject} (profile groups, English split)
WEEK = {
    "10А": {0: ["Алгебра", "Русский язык", {1: ENG, 2: ENG}, "История", {1: "Физика", 2: "Экономика"},
                "Физическая культура"],
            1: ["Литература", "Геометрия", "Химия", {1: ENG, 2: ENG}, "Обществознание", "Информатика"],
            2: ["Алгебра", {1: "Физика", 2: "Экономика"}, "Биология", "Русский язык", "История",
                "Физическая культура"],
            3: ["Геометрия", "Литература", {1: ENG, 2: ENG}, "Обществознание", "Алгебра", "ОБЗР"],
            4: [{1: "Физика", 2: "Экономика"}, "Алгебра", "Русский язык", "География", "Литература",
                "Индивидуальный проект"]},
    "11А": {0: ["Русский язык", {1: "Химия", 2: "Информатика"}, "Алгебра", {1: ENG, 2: ENG}, "Литература", "История"],
            1: ["Алгебра", "Физика", {1: "Биология", 2: "Информатика"}, "Обществознание", {1: ENG, 2: ENG},
                "Физическая культура"],
            2: ["Литература", "Геометрия", {1: "Химия", 2: "Информатика"}, "История", "Русский язык", "ОБЗР"],
            3: ["Алгебра", {1: ENG, 2: ENG}, "Физика", "Обществознание", "Литература", "Физическая культура"],
            4: ["Геометрия", {1: "Химия", 2: "Информатика"}, "История", "Русский язык", {1: ENG, 2: ENG},
                "Алгебра"]},
}
TEACHERS = {
    "Алгебра@10А": "Ермакова Татьяна Николаевна", "Геометрия@10А": "Ермакова Татьяна Николаевна",
    "Индивидуальный проект": "Ермакова Татьяна Николаевна",
    "Алгебра@11А": "Ковалёв Андрей Сергеевич", "Геометрия@11А": "Ковалёв Андрей Сергеевич",
    "Русский язык": "Полякова Галина Ивановна", "Литература": "Полякова Галина Ивановна",
    f"{ENG}@1": "Смирнова Елена Викторовна", f"{ENG}@2": "Уткина Марина Алексеевна",
    "История": "Никитин Сергей Павлович", "Обществознание": "Никитин Сергей Павлович",
    "Физика": "Григорьев Олег Владимирович", "Экономика": "Борисова Наталья Юрьевна",
    "Химия": "Сафина Гульнара Рашидовна", "Биология": "Сафина Гульнара Рашидовна",
    "Информатика": "Денисов Артём Игоревич", "Физическая культура": "Клименко Виктор Степанович",
    "География": "Лаптева Ирина Олеговна", "ОБЗР": "Журавлёв Николай Петрович",
}
ROOMS = {"Физика": "212", "Химия": "208", "Биология": "208", "Информатика": "110", f"{ENG}@1": "401",
         f"{ENG}@2": "402", "Физическая культура": "спортзал", "Экономика": "303", "ОБЗР": "105", "География": "310"}
HOME_ROOM = {"10А": "301", "11А": "305"}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00")}
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HW_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", ENG, "История", "Обществознание", "Физика",
               "Химия", "Биология", "Информатика", "Экономика", "География"}
TASKS = ["§ {n}, вопросы 1–4", "№ {n}, {m} (а, б)", "упр. {n}, выучить правило", "конспект § {n}",
         "задачи {n}–{m} из сборника", "повторить § {n}, тест в тетради"]
TOPICS = ["Повторение", "Решение задач", "Практикум", "Обобщение", "Новый материал", "Разбор ошибок"]

WORK = {  # kind -> control_type, short, weight, weight_float, mtype id
    "RU": ("Работа на уроке", "РУ", 1, 1, 1), "SR": ("Самостоятельная работа", "СР", 2, 2, 2),
    "KR": ("Контрольная работа", "КР", 3, 3, 3), "PR": ("Практическая работа", "ПР", 1, "1.5", 4),
    "DZ": ("Домашняя работа", "ДЗ", 1, 1, 5), "LR": ("Лабораторная работа", "ЛР", 2, "2", 6),
}
ABSENCES = {"н", "Н", "оп", "ОП", "б", "уп"}

# the journal's changes (local Samara time)
REPLACED_AT = T(2027, 2, 11, 16, 0)     # 11А Fri 12 Feb lesson 3: История (teacher ill) replaced by Физика
ROOM_AT = T(2027, 2, 17, 12, 0)         # 10А Thu 18 Feb Обществознание moves to room 207
HW_EDIT_AT = T(2027, 2, 15, 19, 0)      # 10А Физика (1 гр.) task of Wed 17 re-texted under its id
HW_BIO_GONE_AT = T(2027, 2, 15, 20, 0)  # 11А Биология (1 гр.) task of Tue 16 withdrawn
HW_LIT_GONE_AT = T(2027, 2, 10, 22, 0)  # 10А Литература task of Thu 11 withdrawn
INDIVIDUAL_AT = T(2027, 2, 16, 12, 0)   # 68102's individual task on 10А Обществознание of Thu 18
FINAL_RETAKE_AT = T(2027, 2, 12, 15, 0)  # 68112 Геометрия I полугодие 2 -> 3 (retake)
FINAL_II_GONE_AT = T(2027, 2, 10, 11, 0)  # 68101 Физика «II» 5 entered by mistake, removed

# marks: pupil, date, subject, value, kind, nm, comment, entered (default: the lesson's day, 14:30), changes, deleted
MARKS = [
    dict(p="68101", d=D(2027, 2, 8), s="Алгебра", v="5", k="RU"),
    dict(p="68101", d=D(2027, 2, 8), s="Физика", v="5", k="KR", at=T(2027, 2, 8, 22, 30)),
    dict(p="68101", d=D(2027, 2, 9), s="Геометрия", v="3", k="SR",
         ch=[(T(2027, 2, 9, 23, 0), dict(v="4", c="работа перепроверена, оценка исправлена"))]),
    dict(p="68101", d=D(2027, 2, 10), s="Физика", v="4-", k="PR"),
    dict(p="68101", d=D(2027, 2, 11), s=ENG, v="5+", k="RU", c="отличный монолог"),
    dict(p="68101", d=D(2027, 2, 12), s="Алгебра", v="4", k="KR"),
    dict(p="68101", d=D(2027, 2, 15), s="История", v="н", k="ABS", gone=T(2027, 2, 15, 22, 40)),
    dict(p="68101", d=D(2027, 2, 16), s="Информатика", v="5", k="PR"),
    dict(p="68101", d=D(2027, 2, 17), s="Физика", v="4", k="LR"),
    dict(p="68101", d=D(2027, 2, 17), s="Физика", v="5", k="RU", nm="2", c="у доски"),
    dict(p="68101", d=D(2027, 2, 18), s="Алгебра", v="3", k="SR", c="ошибки в преобразованиях"),
    dict(p="68101", d=D(2027, 2, 19), s="Литература", v="5", k="DZ", c="сочинение-рассуждение"),
    dict(p="68102", d=D(2027, 2, 8), s="Экономика", v="5", k="RU"),
    dict(p="68102", d=D(2027, 2, 9), s="Литература", v="2", k="RU", gone=T(2027, 2, 9, 22, 50)),
    dict(p="68102", d=D(2027, 2, 9), s=ENG, v="4", k="RU"),
    dict(p="68102", d=D(2027, 2, 10), s="Экономика", v="оп", k="ABS"),
    dict(p="68102", d=D(2027, 2, 10), s="Русский язык", v="4", k="SR"),
    dict(p="68102", d=D(2027, 2, 11), s="Обществознание", v="5", k="RU"),
    dict(p="68102", d=D(2027, 2, 12), s="География", v="", k="PHANTOM"),
    dict(p="68102", d=D(2027, 2, 12), s="Экономика", v="3", k="KR"),
    dict(p="68102", d=D(2027, 2, 16), s="Химия", v="4", k="LR"),
    dict(p="68102", d=D(2027, 2, 17), s="Алгебра", v="4+", k="RU"),
    *[dict(p="68102", d=D(2027, 2, 18), s=s, v="б", k="ABS", c="справка из поликлиники")
      for s in ("Геометрия", "Литература", ENG, "Обществознание", "Алгебра", "ОБЗР")],
    dict(p="68102", d=D(2027, 2, 19), s="Экономика", v="5", k="SR"),
    dict(p="68111", d=D(2027, 2, 8), s="Химия", v="5", k="LR"),
    dict(p="68111", d=D(2027, 2, 9), s="Биология", v="4", k="RU"),
    dict(p="68111", d=D(2027, 2, 10), s="Геометрия", v="5", k="SR"),
    dict(p="68111", d=D(2027, 2, 11), s="Физика", v="4", k="RU"),
    dict(p="68111", d=D(2027, 2, 12), s="Физика", v="5", k="RU", c="замена урока истории"),
    dict(p="68111", d=D(2027, 2, 15), s=ENG, v="4-", k="RU"),
    dict(p="68111", d=D(2027, 2, 16), s="Алгебра", v="5", k="KR"),
    dict(p="68111", d=D(2027, 2, 17), s="История", v="уп", k="ABS", c="региональный этап олимпиады по химии"),
    dict(p="68111", d=D(2027, 2, 17), s="Русский язык", v="уп", k="ABS", c="региональный этап олимпиады по химии"),
    dict(p="68111", d=D(2027, 2, 18), s="Физика", v="4", k="RU",
         ch=[(T(2027, 2, 19, 12, 0), dict(v="5", c="решила дополнительную задачу"))]),
    dict(p="68111", d=D(2027, 2, 19), s="Химия", v="5", k="PR"),
    dict(p="68112", d=D(2027, 2, 8), s="Информатика", v="5", k="PR"),
    dict(p="68112", d=D(2027, 2, 9), s="Физика", v="3", k="RU"),
    dict(p="68112", d=D(2027, 2, 10), s="История", v="4", k="SR"),
    dict(p="68112", d=D(2027, 2, 11), s="Алгебра", v="н", k="ABS",
         ch=[(T(2027, 2, 12, 10, 0), dict(v="оп", c="опоздал на 15 минут"))]),
    dict(p="68112", d=D(2027, 2, 11), s=ENG, v="5", k="RU"),
    dict(p="68112", d=D(2027, 2, 12), s="Геометрия", v="4", k="KR"),
    dict(p="68112", d=D(2027, 2, 15), s="Информатика", v="4", k="SR"),
    dict(p="68112", d=D(2027, 2, 16), s="Физика", v="Н", k="ABS"),
    dict(p="68112", d=D(2027, 2, 17), s="Русский язык", v="3", k="DZ"),
    dict(p="68112", d=D(2027, 2, 18), s="Обществознание", v="4", k="RU"),
    dict(p="68112", d=D(2027, 2, 19), s="Алгебра", v="5", k="KR"),
    dict(p="68112", d=D(2027, 2, 19), s="Алгебра", v="4", k="DZ", nm="2"),
    dict(p="68112", d=D(2027, 2, 19), s=ENG, v="4", k="RU"),
]


def hexid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def teacher(cls: str, subject: str, group: int | None) -> str:
    if subject == ENG:
        return TEACHERS[f"{ENG}@{group}"]
    return TEACHERS.get(f"{subject}@{cls}") or TEACHERS[subject]


def room(cls: str, subject: str, group: int | None, day: dt.date, at: dt.datetime) -> str:
    if cls == "10А" and subject == "Обществознание" and day == D(2027, 2, 18) and at >= ROOM_AT:
        return "207"
    if subject == ENG:
        return ROOMS[f"{ENG}@{group}"]
    return ROOMS.get(subject, HOME_ROOM[cls])


def lesson_id(cls: str, day: dt.date, num: int, group: int | None, extra: int = 0) -> str:
    return f"7{cls[:2]}{day:%m%d}{num}{group or 0}{extra}"


def lessons(cls: str, day: dt.date, at: dt.datetime) -> list[dict]:
    """The class's lessons that day as the journal holds them at ``at``: num, subject, group, lesson id, topic."""
    if day.weekday() > 4:
        return []
    out = []
    for num, slot in enumerate(WEEK[cls][day.weekday()], 1):
        pairs = sorted(slot.items()) if isinstance(slot, dict) else [(None, slot)]
        for group, subject in pairs:
            lid, topic = lesson_id(cls, day, num, group), f"{subject}. {TOPICS[(day.day + num) % len(TOPICS)]}"
            tname = teacher(cls, subject, group)
            if cls == "11А" and day == D(2027, 2, 12) and num == 3 and at >= REPLACED_AT:
                subject, lid, topic = "Физика", lesson_id(cls, day, num, group, 9), "Замена: законы сохранения, задачи"
                tname = TEACHERS["Физика"]
            out.append(dict(num=num, subject=subject, group=group, lid=lid, topic=topic, teacher=tname,
                            room=room(cls, subject, group, day, at)))
    return out


def tasks(cls: str, day: dt.date, les: dict, at: dt.datetime, pupil: str | None) -> tuple[dict, list]:
    """The lesson item's ``homework`` and ``files`` as its reader sees them at ``at`` (a class: no individual tasks)."""
    subject, group = les["subject"], les["group"]
    homework, files = {}, []
    if subject in HW_SUBJECTS and not les["lid"].endswith("9"):
        hw_id = int("5" + les["lid"])
        gnote = f" ({GROUPS[group][1]})" if subject == ENG else ""
        n = day.day * 2 + len(subject)
        text = f"{subject}{gnote}: " + TASKS[(day.day + les["num"]) % len(TASKS)].format(n=n, m=n + 3) + \
            f" — к {day:%d.%m}"
        if subject == ENG:
            text += f"; аудио: https://resh.edu.ru/subject/lesson/{4600 + n}/start/"
        if cls == "10А" and subject == "Физика" and day == D(2027, 2, 17):
            text = ("Физика: § 32, задачи 1–7; повторить § 30 — к 17.02" if at >= HW_EDIT_AT
                    else "Физика: § 32, задачи 1–5 — к 17.02")
        gone = ((cls == "11А" and subject == "Биология" and day == D(2027, 2, 16) and at >= HW_BIO_GONE_AT)
                or (cls == "10А" and subject == "Литература" and day == D(2027, 2, 11) and at >= HW_LIT_GONE_AT))
        if not gone:
            homework[str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
            if subject == "Физика" and cls == "10А":
                files.append({"toid": hw_id, "filename": f"Физика_задачи_{day:%d.%m}.pdf",
                              "link": f"https://{VENDOR}.eljur.ru/files/{hexid('f', hw_id)}"})
            if subject == "Химия" and day.weekday() == 4:
                files.append({"toid": hw_id, "filename": "Лабораторная работа №5.docx",
                              "link": f"https://{VENDOR}.eljur.ru/files/{hexid('c', hw_id)}"})
            if subject == "Информатика":
                files.append({"toid": hw_id, "filename": f"task_{day:%d%m}.py",
                              "link": f"https://{VENDOR}.eljur.ru/files/{hexid('i', hw_id)}"})
                files.append({"toid": hw_id, "filename": "Практикум по Python.pdf",
                              "link": f"https://{VENDOR}.eljur.ru/files/{hexid('p', hw_id)}"})
    if (pupil == "68102" and cls == "10А" and subject == "Обществознание" and day == D(2027, 2, 18)
            and at >= INDIVIDUAL_AT):
        ind = int("6" + les["lid"])
        homework[str(ind)] = {"id": ind, "value": "Индивидуально: доклад «Ключевая ставка Банка России» — к 18.02",
                              "individual": True}
        files.append({"toid": ind, "filename": "Требования к докладу.pdf",
                      "link": f"https://{VENDOR}.eljur.ru/files/{hexid('r', ind)}"})
    return homework, files


def marks_of(pupil: str, day: dt.date, subject: str, lid: str, at: dt.datetime) -> list[dict]:
    out = []
    for m in MARKS:
        if m["p"] != pupil or m["d"] != day or m["s"] != subject:
            continue
        if at < m.get("at", T(day.year, day.month, day.day, 14, 30)) or at >= m.get("gone", T(2100, 1, 1)):
            continue
        v, c = m["v"], m.get("c", "")
        for when, change in m.get("ch", []):
            if at >= when:
                v, c = change["v"], change["c"]
        base = {"value": v, "date": day.isoformat(), "lesson_id": lid, "nm": m.get("nm", "1"), "comment": c}
        if m["k"] in ("ABS", "PHANTOM"):
            out.append(dict(base, countas="0", count=False, convert=0, weight=0, weight_float=0, control_type="",
                            control_type_short="", kind=m["k"]))
            continue
        ctype, short, weight, weight_float, type_id = WORK[m["k"]]
        number = int(v[0])
        countas = {"+": f"{number + 0.25:g}", "-": f"{number - 0.25:g}"}.get(v[-1], str(number))
        out.append(dict(base, countas=countas, count=True, convert=number, weight=weight, weight_float=weight_float,
                        control_type=ctype, control_type_short=short, kind=m["k"], color_hex=None))
    return out


def order(m: dict) -> dict:
    keys = ["value", "countas", "count", "convert", "weight", "weight_float", "control_type", "control_type_short",
            "date", "lesson_id", "nm", "comment", "color_hex"]
    return {k: m[k] for k in keys if k in m}


def item(cls, day, les, at, pupil=None, with_marks=True) -> dict:
    start, end = BELLS[les["num"]]
    homework, files = tasks(cls, day, les, at, pupil)
    it = {"num": str(les["num"]), "name": les["subject"], "room": les["room"], "teacher": les["teacher"],
          "sort": les["num"] * 100 + (les["group"] or 0)}
    if les["group"]:
        it["grp"], it["grp_short"] = GROUPS[les["group"]]
    marks = [order(m) for m in marks_of(pupil, day, les["subject"], les["lid"], at)] if with_marks and pupil else []
    control = any(m["k"] == "KR" and m["d"] == day and m["s"] == les["subject"] and PUPILS[m["p"]][3] == cls
                  for m in MARKS)
    it.update({"lesson_id": les["lid"], "topic": les["topic"], "is_control": control,
               "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": files,
               "resources": []})
    if with_marks:
        it["assessments"] = marks
    return it


def pupil_lessons(pupil: str, day: dt.date, at: dt.datetime) -> list[dict]:
    _, _, _, cls, profile, eng = PUPILS[pupil]
    return [x for x in lessons(cls, day, at)
            if x["group"] is None or x["group"] == (eng if x["subject"] == ENG else profile)]


def dates(first: dt.date, last: dt.date):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def envelope(result) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, body: dict, pulled: str) -> dict:
    return {"request": request, "pulled_at": pulled, "body": body}


def stamp(moment: dt.datetime) -> str:  # the nightly job stamps its pulls with the offset
    return moment.isoformat() + "+04:00"


def naive(moment: dt.datetime) -> str:  # the morning job writes local time without an offset
    return moment.isoformat()


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil: str, first: dt.date, last: dt.date, at: dt.datetime, pulled: str) -> dict:
    cls = PUPILS[pupil][3]
    days = {}
    for day in dates(first, last):
        les = pupil_lessons(pupil, day, at)
        if les:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(x["num"]): item(cls, day, x, at, pupil) for x in les}}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False, "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def failed(request: str, pulled: str) -> dict:
    return rec(request, {"response": {"state": 400, "error": "не удалось авторизовать пользователя: токен просрочен",
                                       "result": {}}}, pulled)


def getschedule_class(cls: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    days = {}
    for day in dates(first, last):
        les = lessons(cls, day, at)
        if les:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": [item(cls, day, x, at, None, with_marks=False) for x in les]}
    return rec(f"getschedule?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", envelope({"days": days}),
               stamp(at))


def gethomework_class(cls: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    days = {}
    for day in dates(first, last):
        items = []
        for x in lessons(cls, day, at):
            homework, files = tasks(cls, day, x, at, None)
            if not homework:
                continue
            grp = GROUPS[x["group"]][0] if x["group"] else None
            # the class form of A.5 E5: tasks keyed by their position, the id inside
            items.append({"name": x["subject"], "grp": grp,
                          "homework": {str(i): {"value": h["value"], "id": h["id"], "individual": h["individual"]}
                                       for i, h in enumerate(homework.values(), 1)},
                          "files": files})
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), stamp(at))


SUBJECT_IDS = {}


def getmarks(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    by_subject: dict[str, list] = {}
    for day in dates(max(first, D(2027, 2, 8)), min(last, D(2027, 2, 19))):
        for x in pupil_lessons(pupil, day, at):
            for m in marks_of(pupil, day, x["subject"], x["lid"], at):
                if m["kind"] == "PHANTOM":
                    continue
                entry = {k: m[k] for k in ("value", "countas", "count", "convert", "weight", "weight_float", "date",
                                           "lesson_id", "nm", "comment")}
                entry.update(lesson_comment=x["topic"], max_mark=None)
                if m["kind"] != "ABS":
                    ctype, short, _, _, type_id = WORK[m["kind"]]
                    entry["mtype"] = {"id": type_id, "short": short, "type": ctype}
                by_subject.setdefault(x["subject"], []).append(entry)
    out = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        weight = sum(float(m["weight_float"]) for m in counted)
        total = sum(m["convert"] * float(m["weight_float"]) for m in counted)
        average = f"{total / weight:.2f}" if weight else ""
        sid = SUBJECT_IDS.setdefault(subject, str(1200 + len(SUBJECT_IDS)))
        out.append({"name": subject, "average": average, "averageConvert": round(total / weight) if weight else 0,
                    "lesson_id": sid, "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": out}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, stamp(at))


def getrules(parent: str, at: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls, _, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[:2], "city": "Самара",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[:2], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Самарская область", "city": "Самара", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 68", "title_full": "МБОУ «Лицей № 68» г.о. Самара",
                                         "number": "68", "inn": "6316000068", "kpp": "631601001"}]}}
    return rec("getrules", envelope(result), stamp(at))


def weeks(start: dt.date, end: dt.date) -> list[dict]:
    out, day = [], start - dt.timedelta(days=start.weekday())
    while day <= end:
        a, b = max(day, start), min(day + dt.timedelta(days=6), end)
        out.append({"start": f"{a:%Y%m%d}", "end": f"{b:%Y%m%d}", "title": f"{a:%d.%m} - {b:%d.%m}"})
        day += dt.timedelta(days=7)
    return out


def getperiods(pupil: str, at: dt.datetime) -> dict:
    periods = [
        {"name": "I", "fullname": "I полугодие", "start": "20260901", "end": "20261229", "disabled": False,
         "ambigious": None, "weeks": weeks(D(2026, 9, 1), D(2026, 12, 29))},
        {"name": "II", "fullname": "II полугодие", "start": "20270111", "end": "20270531", "disabled": False,
         "ambigious": None, "weeks": weeks(D(2027, 1, 11), D(2027, 5, 31))},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []},
    ]
    body = envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]})
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes", body, stamp(at))


FINAL_VALUES = ["5", "4", "5", "4", "3", "5", "4"]


def subjects_of(pupil: str) -> list[str]:
    names = set()
    for day in dates(D(2027, 2, 8), D(2027, 2, 12)):
        names |= {x["subject"] for x in pupil_lessons(pupil, day, T(2027, 2, 1))}
    return sorted(names)


def getfinalassessments(pupil: str, at: dt.datetime) -> dict:
    items = []
    for i, subject in enumerate(subjects_of(pupil)):
        value, comment = FINAL_VALUES[(i + int(pupil[-1])) % len(FINAL_VALUES)], ""
        if pupil == "68102" and subject == "Физическая культура":
            value, comment = "осв", "освобождена по справке (ЛФК)"
        if pupil == "68112" and subject == "Геометрия":
            value, comment = ("3", "пересдача 12.02.2027") if at >= FINAL_RETAKE_AT else ("2", "")
        assessments = [{"period": "I", "value": value, "comment": comment}]
        if pupil == "68101" and subject == "Физика" and at < FINAL_II_GONE_AT:
            assessments.append({"period": "II", "value": "5", "comment": ""})
        items.append({"name": subject, "assessments": assessments})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}})
    return rec(f"getfinalassessments?student={pupil}", body, stamp(at))


def main() -> None:
    pupils = sorted(PUPILS)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    sun7 = T(2027, 2, 7, 19, 0)
    step("01 Sun 7 Feb 19:00: set-up pull: getrules of the three parents, getperiods (half-years, weeks) and "
         "getfinalassessments (the I полугодие marks) of the four pupils",
         [getrules(p, sun7 + dt.timedelta(minutes=i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, sun7 + dt.timedelta(minutes=5 + i)) for i, p in enumerate(pupils)]
         + [getfinalassessments(p, sun7 + dt.timedelta(minutes=10 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 7 Feb 19:30: the classes' timetables of week 1 (getschedule by class; items as an array, both "
         "profile groups in one slot)",
         [getschedule_class(c, D(2027, 2, 8), D(2027, 2, 14), T(2027, 2, 7, 19, 30 + i))
          for i, c in enumerate(["10А", "11А"])])
    school_days = [d for d in dates(D(2027, 2, 8), D(2027, 2, 19)) if d.weekday() < 5]
    previous = None
    n = 3
    for day in school_days:
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        if previous is not None:
            morning = T(day.year, day.month, day.day, 7, 0)
            records = [getdiary(p, previous, previous, morning + dt.timedelta(minutes=i), naive(
                morning + dt.timedelta(minutes=i))) for i, p in enumerate(pupils)]
            if day == D(2027, 2, 19):  # 11А's two answers stay in the job's outbox until Saturday
                late = [r for r in records if r["request"].split("student=")[1][:5] in ("68111", "68112")]
                records = [r for r in records if r not in late]
            step(f"{n:02d} {EN_DAYS[day.weekday()]} {day:%d %b} 07:00: morning re-pull of {previous:%d %b} "
                 "(one day per pupil; local time without offset)", records)
            n += 1
        night = T(day.year, day.month, day.day, 21, 30)
        records = []
        for i, p in enumerate(pupils):
            at = night + dt.timedelta(minutes=i)
            request = f"getdiary?student={p}&days={monday:%Y%m%d}-{sunday:%Y%m%d}&rings=__yes"
            if p == "68112" and day == D(2027, 2, 11):
                records.append(failed(request, stamp(at)))
            else:
                records.append(getdiary(p, monday, sunday, at, stamp(at)))
        if day.weekday() == 4:
            records += [getmarks(p, D(2027, 1, 11), D(2027, 5, 31), night + dt.timedelta(minutes=15 + i))
                        for i, p in enumerate(pupils)]
        name = f"{n:02d} {EN_DAYS[day.weekday()]} {day:%d %b} 21:30: nightly getdiary of the week per pupil"
        if day == D(2027, 2, 11):
            name += " (68112's call fails: state 400, retried by the next night's pull of the same week)"
        if day.weekday() == 4:
            name += "; getmarks of the II полугодие per pupil"
        step(name, records)
        n += 1
        if day == D(2027, 2, 9):
            step(f"{n:02d} Tue 09 Feb 21:40: the job timed out waiting for the answer and re-sends the same batch",
                 records)
            n += 1
        if day == D(2027, 2, 12):
            sun14 = T(2027, 2, 14, 18, 0)
            step(f"{n:02d} Sun 14 Feb 18:00: week 2's homework by class (gethomework, E5 form); getfinalassessments "
                 "again (the Геометрия retake, a mistaken II mark removed)",
                 [gethomework_class(c, D(2027, 2, 15), D(2027, 2, 21), sun14 + dt.timedelta(minutes=i))
                  for i, c in enumerate(["10А", "11А"])]
                 + [getfinalassessments(p, sun14 + dt.timedelta(minutes=5 + i)) for i, p in enumerate(pupils)])
            n += 1
        previous = day
    fri = T(2027, 2, 19, 7, 0)
    step(f"{n:02d} Sat 20 Feb 09:00: the outbox delivers 11А's Friday 07:00 re-pulls of Thursday (older than "
         "Friday night's pulls)",
         [getdiary(p, D(2027, 2, 18), D(2027, 2, 18), fri + dt.timedelta(minutes=i), naive(fri + dt.timedelta(
             minutes=i))) for i, p in enumerate(pupils) if p in ("68111", "68112")])
    journey = {"vendor": "elzhur",
               "description": "An ordinary integrator's sync job for МБОУ «Лицей № 68» г.о. Самара (Europe/Samara), "
                              "10А and 11А on half-years, 8-19 Feb 2027: profile groups, weighted marks and the "
                              "journal's averages, homework with files and links, attendance codes, the I полугодие "
                              "final marks; nightly and morning pulls, a failed call, a re-sent batch and a late "
                              "delivery.",
               "school": {"timezone": "Europe/Samara", "name": "МБОУ «Лицей № 68» г.о. Самара"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
