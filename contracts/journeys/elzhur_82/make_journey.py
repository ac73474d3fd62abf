"""Write journey.json of elzhur_82: a class split into subgroups mid-fortnight (Eljur, Екатеринбург, 12-25 Apr 2027).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
6В is taught English and informatics as a whole class until Wednesday 14 April; from Thursday 15 April (the
director's order entered on the evening of the 14th) both subjects are taught per subgroup («1 группа» /
«2 группа»), each subgroup lesson with its own lesson_id, teacher, room and task (reference A.3 Lesson item
`grp`, `grp_short`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-lyc82", "8282"
CLASS = "6В"
D = dt.date
SPLIT = D(2027, 4, 15)  # first day taught per subgroup
FIRST, LAST = D(2027, 4, 12), D(2027, 4, 25)

PUPILS = {  # id -> (last, first, gender, subgroup from the split on)
    "82601": ("Андреев", "Кирилл", "male", 1),
    "82602": ("Васильева", "Полина", "female", 1),
    "82603": ("Гусев", "Тимофей", "male", 1),
    "82604": ("Дёмина", "Софья", "female", 2),
    "82605": ("Васильев", "Артём", "male", 2),
    "82606": ("Жукова", "Варвара", "female", 2),
}
PARENTS = {
    "82901": ("Андреева", "Наталья", "Игоревна", "female", ["82601"]),
    "82902": ("Васильева", "Екатерина", "Олеговна", "female", ["82602", "82605"]),  # twins in different subgroups
    "82903": ("Гусев", "Дмитрий", "Павлович", "male", ["82603"]),
    "82904": ("Дёмин", "Алексей", "Сергеевич", "male", ["82604"]),
    "82906": ("Жукова", "Ольга", "Николаевна", "female", ["82606"]),
}
HOMETEACHER = ("82611", "Некрасова", "Людмила", "Андреевна")
TEACHER = {"Русский язык": "Некрасова Людмила Андреевна", "Литература": "Некрасова Людмила Андреевна",
           "Математика": "Белоусов Игорь Витальевич", "История": "Кравец Анна Борисовна",
           "Биология": "Мальцева Инна Юрьевна", "География": "Мальцева Инна Юрьевна",
           "Физическая культура": "Шаров Денис Олегович", "Музыка": "Зотова Мария Ильинична",
           "Технология": "Зотова Мария Ильинична",
           "Английский язык": "Орлова Татьяна Викторовна", "Информатика": "Седов Павел Андреевич"}
SUBGROUP_TEACHER = {("Английский язык", 1): "Орлова Татьяна Викторовна",
                    ("Английский язык", 2): "Павлова Юлия Сергеевна",
                    ("Информатика", 1): "Седов Павел Андреевич", ("Информатика", 2): "Лаптев Роман Евгеньевич"}
ROOM = {"Английский язык": "301", "Информатика": "210", "Физическая культура": "спортзал", "Музыка": "112",
        "Технология": "112"}
SUBGROUP_ROOM = {("Английский язык", 1): "301", ("Английский язык", 2): "303",
                 ("Информатика", 1): "210", ("Информатика", 2): "211"}
SPLIT_SUBJECTS = ("Английский язык", "Информатика")
WEEK = {0: ["Русский язык", "Математика", "Английский язык", "История", "Биология", "Физическая культура"],
        1: ["Математика", "Русский язык", "Литература", "Информатика", "География"],
        2: ["Русский язык", "Математика", "Английский язык", "Музыка", "Технология"],
        3: ["Математика", "Английский язык", "Русский язык", "Литература", "Информатика"],
        4: ["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"]}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Русский язык", "Математика", "Английский язык", "Информатика", "История", "Литература"}
ZONE = "+05:00"


def lesson_id(day: dt.date, num: int, grp: int | None) -> str:
    base = {None: 900000, 1: 950000, 2: 960000}[grp]
    return str(base + (day - D(2027, 4, 1)).days * 10 + num)


def topic(subject: str, day: dt.date, grp: int | None) -> str:
    if subject == "Английский язык":
        return (f"Module 7: повторение ({day:%d.%m})" if grp is None else
                f"Module 8{'a' if grp == 1 else 'b'}: {'чтение и лексика' if grp == 1 else 'грамматика'} ({day:%d.%m})")
    if subject == "Информатика":
        return (f"Алгоритмы и исполнители ({day:%d.%m})" if grp is None else
                f"{'Исполнитель Черепаха' if grp == 1 else 'Таблицы в текстовом редакторе'} ({day:%d.%m})")
    return f"{subject}: урок {day:%d.%m}"


def homework_text(subject: str, day: dt.date, grp: int | None) -> str:
    n = day.day * 2 + len(subject)
    if subject == "Английский язык":
        if grp is None:
            return f"Spotlight 6, Module 7, упр. {n}, стр. {day.day + 90} (к {day:%d.%m})"
        if grp == 1:
            return f"Spotlight 6, Module 8a, упр. {n}, текст читать (1 группа, к {day:%d.%m})"
        return f"Spotlight 6, Module 8b, слова наизусть, упр. {n + 1} (2 группа, к {day:%d.%m})"
    if subject == "Информатика":
        if grp is None:
            return f"Информатика: § {day.day // 2}, вопросы 1–4 (к {day:%d.%m})"
        if grp == 1:
            return f"Информатика: программа для Черепахи, задача {n} (1 группа)"
        return f"Информатика: таблица «Расписание», задание {n} (2 группа)"
    return f"{subject}: задание к {day:%d.%m}, упр. {n}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


# (pupil, date, subject) -> marks; shown by pulls made after the lesson day's 15:00
MARKS = {
    ("82601", D(2027, 4, 12), "Английский язык"): [dict(value="5")],
    ("82604", D(2027, 4, 12), "Английский язык"): [dict(value="4")],
    ("82605", D(2027, 4, 12), "Математика"): [dict(value="3")],
    ("82601", D(2027, 4, 13), "Информатика"): [dict(value="3", comment="исправлено: ошибка в блок-схеме учтена")],
    ("82606", D(2027, 4, 13), "Информатика"): [dict(value="5")],
    ("82602", D(2027, 4, 14), "Английский язык"): [dict(value="4", ctype="Словарный диктант", short="СД", weight=2)],
    ("82605", D(2027, 4, 14), "Английский язык"): [dict(value="н")],
    ("82603", D(2027, 4, 15), "Английский язык"): [dict(value="5", comment="первый урок в группе")],
    ("82604", D(2027, 4, 15), "Английский язык"): [dict(value="3"), dict(value="4", nm="2")],
    ("82602", D(2027, 4, 15), "Информатика"): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("82605", D(2027, 4, 15), "Информатика"): [dict(value="оп")],
    ("82606", D(2027, 4, 16), "Английский язык"): [dict(value="5")],
    ("82601", D(2027, 4, 16), "Английский язык"): [dict(value="4")],
    ("82603", D(2027, 4, 16), "История"): [dict(value="4")],
    ("82602", D(2027, 4, 19), "Английский язык"): [dict(value="5")],
    ("82605", D(2027, 4, 19), "Английский язык"): [dict(value="4", comment="хорошее произношение")],
    ("82601", D(2027, 4, 20), "Информатика"): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("82604", D(2027, 4, 20), "Информатика"): [dict(value="4", ctype="Практическая работа", short="ПР", weight=2)],
    ("82606", D(2027, 4, 20), "Информатика"): [dict(value="н", comment="болела")],
    ("82603", D(2027, 4, 21), "Английский язык"): [dict(value="н")],
    ("82606", D(2027, 4, 21), "Английский язык"): [dict(value="3")],
    ("82602", D(2027, 4, 22), "Информатика"): [dict(value="4")],
    ("82605", D(2027, 4, 22), "Информатика"): [dict(value="5")],
    ("82601", D(2027, 4, 23), "Английский язык"): [dict(value="5", ctype="Контрольная работа", short="КР", weight=3)],
    ("82604", D(2027, 4, 23), "Английский язык"): [dict(value="4", ctype="Контрольная работа", short="КР", weight=3)],
    ("82605", D(2027, 4, 23), "Английский язык"): [dict(value="2", ctype="Контрольная работа", short="КР",
                                                        weight=3, comment="пересдача 28.04")],
    ("82604", D(2027, 4, 22), "Математика"): [dict(value="5")],
}
# the teacher's first entry, corrected on Thursday 15 April: only the stale 13 April pull still holds it
FIRST_ENTRY = {("82601", D(2027, 4, 13), "Информатика"): [dict(value="2")]}


def split(state: dict, day: dt.date) -> bool:
    return state.get("split", False) and day >= SPLIT


def plan(day: dt.date, state: dict, grp: int | None) -> list[tuple[int, str, int | None]]:
    """(num, subject, subgroup) of the lessons that day: of one pupil's subgroup, or (grp None) of the whole class."""
    if day.weekday() > 4:
        return []
    out = []
    for num, subject in enumerate(WEEK[day.weekday()], 1):
        if subject in SPLIT_SUBJECTS and split(state, day):
            out += [(num, subject, g) for g in ((1, 2) if grp is None else (grp,))]
        else:
            out.append((num, subject, None))
    return out


def item(day, num, subject, grp, pupil, state, pulled: dt.datetime, with_marks=True, with_homework=True):
    lid = lesson_id(day, num, grp)
    start, end = BELLS[num]
    it = {"num": str(num), "name": subject,
          "room": SUBGROUP_ROOM[(subject, grp)] if grp else ROOM.get(subject, "204"),
          "teacher": SUBGROUP_TEACHER[(subject, grp)] if grp else TEACHER[subject], "sort": num * 100}
    if grp:
        it.update(grp=f"{grp} группа", grp_short=f"{grp} гр.")
    it.update(lesson_id=lid, topic=topic(subject, day, grp), is_control=False,
              starttime=start + ":00", endtime=end + ":00")
    if with_homework:
        homework = {}
        if subject in HOMEWORK_SUBJECTS:
            hw_id = 5500000 + int(lid) % 100000 + {None: 0, 1: 50000, 2: 60000}[grp]
            homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, day, grp), "individual": False}
        it["homework"] = homework
        it["files"] = []
    it["resources"] = []
    if with_marks:
        marks = []
        if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
            table = FIRST_ENTRY if state.get("first_entry") and (pupil, day, subject) in FIRST_ENTRY else MARKS
            for kw in table.get((pupil, day, subject), []):
                marks.append(mark(day=day, lid=lid, **kw))
        it["assessments"] = marks
        it["is_control"] = any(m.get("weight", 0) >= 3 for m in marks)
    return it


def days_between(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + ZONE


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getdiary(pupil, first, last, state, pulled: dt.datetime):
    last_name, first_name, _, grp = PUPILS[pupil]
    days = {}
    for day in days_between(first, last):
        lessons = plan(day, state, grp)
        if lessons:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(day, n, s, g, pupil, state, pulled) for n, s, g in lessons}}
    body = envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                          "parent_signed": False, "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def class_days(first, last, state, pulled, homework_only: bool):
    days = {}
    for day in days_between(first, last):
        lessons = plan(day, state, None)
        if homework_only:
            lessons = [x for x in lessons if x[1] in HOMEWORK_SUBJECTS]
        if not lessons:
            continue
        key = f"{day:%Y%m%d}"
        items = []
        for n, s, g in lessons:
            it = item(day, n, s, g, None, state, pulled, with_marks=False, with_homework=True)
            if homework_only:
                it = {"name": it["name"], "grp": it.get("grp"), "lesson_id": it["lesson_id"],
                      "homework": {k: dict(v, lesson=it["lesson_id"]) for k, v in it["homework"].items()},
                      "files": []}
            else:
                it.pop("homework"), it.pop("files")
            items.append(it)
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return days


def getschedule(first, last, state, pulled):
    return rec(f"getschedule?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"days": class_days(first, last, state, pulled, False)}), pulled)


def gethomework(first, last, state, pulled):
    return rec(f"gethomework?class={CLASS}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"days": class_days(first, last, state, pulled, True)}), pulled)


def getmarks(pupil, first, last, state, pulled: dt.datetime):
    diary = getdiary(pupil, first, last, state, pulled)["body"]
    days = diary["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": {"РУ": 1, "КР": 3, "ПР": 4, "СД": 5}.get(m["control_type_short"], 9),
                         "short": m.pop("control_type_short"), "type": m.pop("control_type")}
                m.update(lesson_comment=it["topic"], max_mark=None, mtype=mtype)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(8200 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": lessons}}}), pulled)


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLASS, "parallel": "6", "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5, "hometeacher_id": tid,
                      "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                      "hometeacher_firstname": tf, "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 82", "title_full": "МАОУ «Лицей № 82» г. Екатеринбурга",
                                         "number": "82", "inn": "6660008282", "kpp": "667001001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261228", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None,
         "weeks": [{"start": "20270412", "end": "20270418", "title": "12.04 - 18.04"},
                   {"start": "20270419", "end": "20270425", "title": "19.04 - 25.04"}]},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def at(d, hh, mm):
    return dt.datetime(2027, 4, d, hh, mm)


def main() -> None:
    W1, W1E, W2, W2E = D(2027, 4, 12), D(2027, 4, 18), D(2027, 4, 19), D(2027, 4, 25)
    pupils = sorted(PUPILS)
    before = {"split": False, "first_entry": True}
    after_entry = {"split": True, "first_entry": True}
    after = {"split": True}
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 11 Apr 19:00: getrules of the five parents, getperiods of the six pupils",
         [getrules(p, at(11, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(11, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 11 Apr 19:10: class getschedule 12-25 Apr and gethomework of week 1, whole-class English and "
         "informatics", [getschedule(W1, W2E, before, at(11, 19, 10)), gethomework(W1, W1E, before, at(11, 19, 11))])
    step("03 Sun 11 Apr 19:20: each pupil's getdiary 12-25 Apr before the split",
         [getdiary(p, W1, W2E, before, at(11, 19, 20 + i)) for i, p in enumerate(pupils)])
    stale = [getdiary(p, W1, W1E, before, at(13, 20, i)) for i, p in enumerate(pupils)]
    step("04 Wed 14 Apr 21:00: the split is in the journal (order of 14 Apr, from Thursday 15): each pupil's "
         "getdiary 12-25 Apr, English and informatics per subgroup from the 15th",
         [getdiary(p, W1, W2E, after_entry, at(14, 21, i)) for i, p in enumerate(pupils)])
    step("05 Wed 14 Apr: the class pulls of 20:50 (after the split) delivered first, then the 20:30 pulls (before it) "
         "that a slow worker delivered late",
         [getschedule(W1, W2E, after_entry, at(14, 20, 50)), gethomework(W1, W1E, after_entry, at(14, 20, 51))],
         [getschedule(W1, W2E, before, at(14, 20, 30)), gethomework(W1, W1E, before, at(14, 20, 31))])
    step("06 Thu 15 Apr 07:30: the morning one-day getdiary of each pupil, the first day in subgroups",
         [getdiary(p, SPLIT, SPLIT, after_entry, at(15, 7, 30 + i)) for i, p in enumerate(pupils)])
    step("07 Fri 16 Apr 20:00: week 1 with its marks (82601's informatics 2 of the 13th corrected to 3)",
         [getdiary(p, W1, W1E, after, at(16, 20, i)) for i, p in enumerate(pupils)])
    step("08 Sun 18 Apr 19:00: class getschedule and gethomework of week 2, then each pupil's week 2",
         [getschedule(W2, W2E, after, at(18, 19, 0)), gethomework(W2, W2E, after, at(18, 19, 1))],
         [getdiary(p, W2, W2E, after, at(18, 19, 5 + i)) for i, p in enumerate(pupils)])
    step("09 Fri 23 Apr 20:00: week 2 with its marks; getmarks of the fortnight",
         [getdiary(p, W2, W2E, after, at(23, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, after, at(23, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("10 Sat 24 Apr 10:00: the sync job's outbox retries the week-1 pulls of Tue 13 Apr 20:00 (before the split, "
         "82601's first-entry informatics 2) that never went out", stale)
    journey = {"vendor": "elzhur",
               "description": "6В split into subgroups for English and informatics from Thursday 15 April 2027 "
                              "(МАОУ «Лицей № 82» г. Екатеринбурга, 12-25 Apr 2027): whole-class lessons before, "
                              "per-subgroup lessons after, class getschedule/gethomework pulled before and after the "
                              "split and delivered out of pull order, a stale pre-split week retried last.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 82» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
