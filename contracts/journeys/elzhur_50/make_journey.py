"""Write journey.json of elzhur_50: the first fortnight of a school year (Eljur, Екатеринбург, 1-14 Sep 2027).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
Shapes follow shared/reference/elzhur_mesh.md Part A (A.1 envelope, A.3 field tables, A.5 examples).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-gym50", "5050"
D = dt.date

PARENTS = {
    "50901": ("Смирнова", "Наталья", "Игоревна", "female", ["50801"]),
    "50902": ("Ильин", "Андрей", "Владимирович", "male", ["50802"]),
    "50903": ("Гарипов", "Ринат", "Ильдарович", "male", ["50803"]),
}
PUPILS = {"50801": ("Смирнова", "Варвара", "female"), "50802": ("Ильин", "Тимофей", "male"),
          "50803": ("Гарипова", "Лейла", "female")}
GROUP = {"50801": "1", "50802": "2", "50803": "2"}  # subgroups of English / Informatics from week 2
OLD_TEACHER = ("50611", "Орлова", "Светлана", "Геннадьевна")  # 7А 2026/27
NEW_TEACHER = ("50612", "Кравец", "Дмитрий", "Сергеевич")  # 8А 2027/28

TEACHER = {
    "Алгебра": "Кравец Дмитрий Сергеевич", "Геометрия": "Кравец Дмитрий Сергеевич",
    "Русский язык": "Латышева Ольга Николаевна", "Литература": "Латышева Ольга Николаевна",
    "История": "Бурков Павел Евгеньевич", "Обществознание": "Бурков Павел Евгеньевич",
    "Физика": "Шестаков Артём Валерьевич", "Химия": "Давыдова Ксения Андреевна",
    "Биология": "Зуева Маргарита Львовна", "География": "Зуева Маргарита Львовна",
    "Физическая культура": "Ермаков Виталий Олегович", "Разговоры о важном": "Кравец Дмитрий Сергеевич",
    "Классный час": "Кравец Дмитрий Сергеевич",
    "Английский язык": "Фёдорова Алёна Викторовна", "Английский язык@2": "Хасанова Диляра Маратовна",
    "Информатика": "Пономарёв Игорь Сергеевич", "Информатика@2": "Пономарёв Игорь Сергеевич",
}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "305", "Английский язык@2": "307",
        "Информатика": "212", "Информатика@2": "212", "Химия": "118", "Физика": "116", "Классный час": "208"}
BELLS = {1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:20", "11:00"), 4: ("11:20", "12:00"),
         5: ("12:10", "12:50"), 6: ("13:00", "13:40")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
EN, IT = "Английский язык", "Информатика"

# the provisional timetable the journal held in late August: weekday -> subjects by number (no subgroups)
PROVISIONAL = {0: ["Разговоры о важном", "Русский язык", "Алгебра", EN, "История", "Физическая культура"],
               1: ["Геометрия", "Литература", "Биология", "Физика", "География"],
               2: ["Алгебра", "Русский язык", "Химия", EN, "Обществознание", "Физическая культура"],
               3: ["Русский язык", "Геометрия", "Физика", "История", "Литература"],
               4: ["Алгебра", "Химия", EN, "Биология", "Физическая культура"]}
# the fixed timetable from Monday 6 Sep: a (group 1, group 2) pair is a subgroup slot
FIXED = {0: ["Разговоры о важном", "Алгебра", "Русский язык", (EN, IT), (IT, EN), "История"],
         1: ["Геометрия", "Литература", "Биология", "Физика", "Физическая культура", "География"],
         2: ["Алгебра", "Русский язык", "Химия", (EN, EN), "Обществознание", "Физическая культура"],
         3: ["Русский язык", "Геометрия", "Физика", "История", "Литература"],
         4: ["Алгебра", "Химия", (EN, IT), (IT, EN), "Биология", "Физическая культура"]}
# the last week of May 2027 (7А), for the history
MAY = {0: ["Русский язык", "Алгебра", "Литература", "Физика", "История"],
       1: ["Геометрия", "Литература", "Биология", "Физика", "Русский язык"],
       2: ["Алгебра", "Русский язык", "Литература", "География", "Физическая культура"],
       3: ["Русский язык", "Геометрия", "Алгебра", "Физика", "История"],
       4: ["Литература", "Алгебра", "Английский язык", "Биология", "Физическая культура"]}

HW = {"Алгебра", "Геометрия", "Русский язык", "Литература", "История", "Физика", "Химия", "Биология", EN, IT,
      "География", "Обществознание"}
TOPICS = {"Разговоры о важном": "Россия, устремлённая в будущее", "Классный час": "День знаний. Знакомство с классом"}


def lid(kind: str, day: dt.date, num: int, grp: str = "") -> str:
    return f"{ {'prov': 7, 'fixed': 8, 'may': 6}[kind]}{day:%m%d}{num}{grp or '0'}"


def task_id(subject: str, day: dt.date, grp: str) -> int:
    return int(f"9{sorted(HW | {'x'}).index(subject):02d}{day:%y%m%d}{grp or '0'}")


def task_text(subject: str, day: dt.date, grp: str) -> str:
    base = {"Алгебра": "№ {n}, {m} (учебник)", "Геометрия": "п. 1, задачи {n}-{m}",
            "Русский язык": "упр. {n}, правило на с. {m}", "Литература": "прочитать с. {n}-{m}",
            "История": "§ 1, вопросы {n}-{m}", "Физика": "§ 2, упр. {n} ({m})", "Химия": "введение, с. 5-8, вопрос {n}",
            "Биология": "§ 1, рисунок {n}", EN: "Unit 1, ex. {n}, p. {m}", IT: "практикум {n}, задание {m}",
            "География": "§ 1, контурная карта {n}", "Обществознание": "§ 1, документ на с. {n}"}[subject]
    text = base.format(n=day.day * 2 + len(subject) % 7, m=day.day + 3)
    return text + (f" ({grp} группа)" if grp else "") + f" - к {day:%d.%m}"


def mark(value, day, lesson, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lesson, "nm": nm,
                "comment": comment}
    countas = {"4-": "3.75", "5-": "4.75"}.get(value, value)
    return {"value": value, "countas": countas, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lesson, "nm": nm, "comment": comment, "color_hex": None}


KR = dict(ctype="Входная контрольная работа", short="ВКР", weight=2)
MARKS = {  # (pupil, date, subject) -> marks, shown in pulls after the lesson
    ("50801", D(2027, 5, 24), "Алгебра"): [dict(value="5")],
    ("50801", D(2027, 5, 26), "Литература"): [dict(value="3", ctype="Сочинение", short="СОЧ", weight=2)],
    ("50802", D(2027, 5, 27), "Физика"): [dict(value="2")],
    ("50802", D(2027, 5, 28), "Алгебра"): [dict(value="4")],
    ("50801", D(2027, 9, 3), "Биология"): [dict(value="5", comment="рассказ о летних наблюдениях")],
    ("50802", D(2027, 9, 6), "Разговоры о важном"): [dict(value="оп")],
    ("50801", D(2027, 9, 7), "Физика"): [dict(value="2")],
    ("50801", D(2027, 9, 8), "Алгебра"): [dict(value="4", **KR)],
    ("50802", D(2027, 9, 8), "Алгебра"): [dict(value="3", **KR)],
    ("50802", D(2027, 9, 9), "Физика"): [dict(value="н", comment="ОРВИ, справка")],
    ("50801", D(2027, 9, 10), EN): [dict(value="5")],
    ("50802", D(2027, 9, 10), IT): [dict(value="4")],
    ("50803", D(2027, 9, 10), EN): [dict(value="5", comment="Хорошее начало!")],
    ("50801", D(2027, 9, 13), "Русский язык"): [dict(value="5", ctype="Диктант", short="Д", weight=2)],
    ("50803", D(2027, 9, 13), "Алгебра"): [dict(value="4")],
    ("50802", D(2027, 9, 14), "Геометрия"): [dict(value="4-")],
}


def plan(day: dt.date, pupil: str, state: dict) -> list[tuple[int, str, str, str]]:
    """(num, subject, grp, lesson id) of the pupil's lessons that day as the journal holds them in ``state``."""
    if day.weekday() > 4:
        return []
    if day.month == 5:
        return [(n, s, "", lid("may", day, n)) for n, s in enumerate(MAY[day.weekday()], 1)]
    if day == D(2027, 9, 1) and state["ceremony"]:
        return [(1, "Классный час", "", lid("prov", day, 9))]
    if day >= D(2027, 9, 6) and state["fixed"]:
        out = []
        for n, s in enumerate(FIXED[day.weekday()], 1):
            if isinstance(s, tuple):
                g = GROUP[pupil]
                out.append((n, s[int(g) - 1], f"{g} группа", lid("fixed", day, n, g)))
            else:
                out.append((n, s, "", lid("fixed", day, n)))
        return out
    lessons = [(n, s, "", lid("prov", day, n)) for n, s in enumerate(PROVISIONAL[day.weekday()], 1)]
    if day == D(2027, 9, 2) and state["thu_changed"]:  # История out, Обществознание in; Физика <-> Литература
        swap = {3: (5, "Физика"), 5: (3, "Литература")}
        lessons = [(4, "Обществознание", "", lid("prov", day, 7)) if n == 4 else
                   (swap[n][0], s, g, i) if n in swap else (n, s, g, i) for n, s, g, i in lessons]
    if day == D(2027, 9, 3) and state["fri_changed"]:  # Химия has no teacher yet: География instead
        lessons = [(2, "География", "", lid("prov", day, 8)) if n == 2 else (n, s, g, i) for n, s, g, i in lessons]
    return sorted(lessons)


def item(day, num, subject, grp, lesson, pupil, pulled: dt.datetime, state):
    key = subject + ("@2" if grp.startswith("2") and subject in (EN, IT) else "")
    start, end = ("10:00", "10:40") if subject == "Классный час" else BELLS[num]
    g = grp[0] if grp else ""
    homework = {}
    if subject in HW and (day - pulled.date()).days <= 5:
        tid = task_id(subject, day, g)
        homework[str(tid)] = {"id": tid, "value": task_text(subject, day, g), "individual": False}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for kw in MARKS.get((pupil, day, subject), []):
            kw = dict(kw)
            if state.get("late_may") and (pupil, day, subject) == ("50801", D(2027, 5, 26), "Литература"):
                kw.update(value="4", comment="исправлено 02.06.2027: сочинение переписано")
            if state.get("late_may") and (pupil, day, subject) == ("50802", D(2027, 5, 27), "Физика"):
                continue  # entered for the wrong pupil in May, removed in June
            if state.get("wk2_clean") and (pupil, day, subject) == ("50801", D(2027, 9, 7), "Физика"):
                continue  # put in the wrong row on 7 Sep, removed by the teacher
            marks.append(mark(day=day, lesson=lesson, **kw))
    it = {"num": str(num), "name": subject, "room": ROOM.get(key, "208" if day.month == 9 else "214"),
          "teacher": TEACHER[key], "sort": num * 100, "lesson_id": lesson,
          "topic": TOPICS.get(subject, f"{subject}: вводное занятие {day:%d.%m}" if day.month == 9
                              else f"{subject}: повторение {day:%d.%m}"),
          "is_control": any(m.get("weight", 0) >= 2 for m in marks), "starttime": start + ":00",
          "endtime": end + ":00", "homework": homework, "files": [], "resources": [], "assessments": marks}
    if grp:
        it.update(grp=grp, grp_short=f"{g} гр.")
    return it


def title(pupil):
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def diary(pupil, first, last, state, pulled: dt.datetime) -> dict:
    days, day = {}, first
    while day <= last:
        key = f"{day:%Y%m%d}"
        lessons = plan(day, pupil, state)
        if lessons:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(day, n, s, g, i, pupil, pulled, state) for n, s, g, i in lessons}}
        day += dt.timedelta(days=1)
    return envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+05:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getdiary(pupil, first, last, state, pulled):
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               diary(pupil, first, last, state, pulled), pulled)


def getrules(parent: str, cls: str, teacher, pulled) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = teacher
    groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                   "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                   "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru",
              "roles": ["parent"], "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR,
              "vendor_id": VENDOR_ID, "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 50", "title_full": "МАОУ «Гимназия № 50» г. Екатеринбурга",
                                         "number": "50", "inn": "6658000050", "kpp": "665801001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil, year: int, pulled) -> dict:
    if year == 2026:
        periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None}
                   for n, f, s, e in (("I", "1 четверть", "20260901", "20261026"),
                                      ("II", "2 четверть", "20261105", "20261229"),
                                      ("III", "3 четверть", "20270112", "20270322"),
                                      ("IV", "4 четверть", "20270401", "20270531"))]
    else:
        periods = [{"name": "I", "fullname": "1 триместр", "start": "20270901", "end": "20271130", "disabled": False,
                    "ambigious": None,
                    "weeks": [{"start": "20270901", "end": "20270905", "title": "01.09 - 05.09"},
                              {"start": "20270906", "end": "20270912", "title": "06.09 - 12.09"},
                              {"start": "20270913", "end": "20270919", "title": "13.09 - 19.09"}]},
                   {"name": "II", "fullname": "2 триместр", "start": "20271201", "end": "20280229",
                    "disabled": False, "ambigious": None, "weeks": []},
                   {"name": "III", "fullname": "3 триместр", "start": "20280301", "end": "20280531",
                    "disabled": False, "ambigious": None, "weeks": []}]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                    "weeks": []} if year == 2027 else
                   {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True})
    weeks = "&weeks=__yes" if year == 2027 else ""
    return rec(f"getperiods?student={pupil}{weeks}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


FINALS = {  # pupil -> subject -> [(period, value, comment)]; "late" = as of September
    "50801": {"Алгебра": [("IV", "5", ""), ("Г", "5", "")], "Литература": [("IV", "4", ""), ("Г", "4", "")],
              "Физика": [("IV", "5", "")]},
    "50802": {"Алгебра": [("IV", "2", ""), ("Г", "2", "")], "Литература": [("IV", "4", ""), ("Г", "4", "")],
              "Физика": [("IV", "3", ""), ("Г", "3", "")]},
}
LATE_FINALS = {("50801", "Физика"): [("IV", "5", ""), ("Г", "5", "выставлено 03.06.2027 после защиты проекта")],
               ("50802", "Алгебра"): [("IV", "2", ""), ("Г", "3", "пересдача 24.06.2027")]}


def getfinals(pupil, late: bool, pulled) -> dict:
    items = []
    for subject, marks in FINALS[pupil].items():
        marks = LATE_FINALS.get((pupil, subject), marks) if late else marks
        items.append({"name": subject, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in marks]})
    return rec(f"getfinalassessments?student={pupil}&days=20260901-20270531",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def getmarks(pupil, first, last, state, pulled):
    body = diary(pupil, first, last, state, pulled)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"], max_mark=None)
                if short:
                    m["mtype"] = {"id": {"РУ": 1, "ВКР": 3, "Д": 5}[short], "short": short, "type": kind}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(float(m["countas"]) * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5000 + sorted(HW | {'x', 'Разговоры о важном'}).index(subject)),
                        "color_hex": None, "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), pulled)


def at(m, d, hh, mm=0, y=2027):
    return dt.datetime(y, m, d, hh, mm)


def main() -> None:
    old, both = ["50801", "50802"], ["50801", "50802"]
    all3 = ["50801", "50802", "50803"]
    s_may = dict(ceremony=False, fixed=False, thu_changed=False, fri_changed=False)
    s_aug = dict(s_may)
    s_cer = dict(s_aug, ceremony=True)
    s_thu = dict(s_cer, thu_changed=True)
    s_fri = dict(s_thu, fri_changed=True)
    s_fix = dict(s_fri, fixed=True)
    s_clean = dict(s_fix, wk2_clean=True)
    s_late = dict(s_may, late_may=True)
    M24, M28 = D(2027, 5, 24), D(2027, 5, 28)
    S1, S3, S6, S7, S8, S10, S12, S13, S14 = (D(2027, 9, d) for d in (1, 3, 6, 7, 8, 10, 12, 13, 14))
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 history, pulled Thu 20 - Mon 31 May 2027: 7А's getrules (class teacher Орлова), the quarters of "
         "2026/27, the last week of May with marks, the year marks as they stood on 31 May",
         [getrules(p, "7А", OLD_TEACHER, at(5, 20, 18, i)) for i, p in enumerate(("50901", "50902"))]
         + [getperiods(p, 2026, at(5, 20, 18, 5 + i)) for i, p in enumerate(old)]
         + [getdiary(p, M24, M28, s_may, at(5, 28, 19, i)) for i, p in enumerate(old)]
         + [getfinals(p, False, at(5, 31, 20, i)) for i, p in enumerate(old)])
    step("02 Mon 30 Aug 2027 10:00: the new year's getrules (8А, class teacher Кравец), trimesters of 2027/28, "
         "the provisional timetable of 1-12 Sep (1 Sep an ordinary Wednesday)",
         [getrules(p, "8А", NEW_TEACHER, at(8, 30, 10, i)) for i, p in enumerate(("50901", "50902"))]
         + [getperiods(p, 2027, at(8, 30, 10, 5 + i)) for i, p in enumerate(both)]
         + [getdiary(p, S1, S12, s_aug, at(8, 30, 10, 10 + i)) for i, p in enumerate(both)])
    step("03 Tue 31 Aug 17:00: 1 September made the ceremony day: one class hour at 10:00",
         [getdiary(p, S1, S3, s_cer, at(8, 31, 17, i)) for i, p in enumerate(both)])
    step("04 Wed 1 Sep 19:00: Thursday changed (История out, Обществознание in; Физика and Литература swap)",
         [getdiary(p, S1, S3, s_thu, at(9, 1, 19, i)) for i, p in enumerate(both)])
    step("05 Thu 2 Sep 19:00 (late changes of June, delivered now): the May week again with the June corrections, "
         "the year marks after the June retake and project; Friday 3 Sep changed (Химия -> География)",
         [getdiary(p, M24, M28, s_late, at(9, 2, 19, i)) for i, p in enumerate(old)]
         + [getfinals(p, True, at(9, 2, 19, 5 + i)) for i, p in enumerate(old)],
         [getdiary(p, S1, S3, s_fri, at(9, 2, 19, 10 + i)) for i, p in enumerate(both)])
    step("06 Fri 3 Sep 19:00: the first week with its marks",
         [getdiary(p, S1, S3, s_fri, at(9, 3, 19, i)) for i, p in enumerate(both)])
    step("07 Sat 4 Sep 12:00: the fixed timetable from 6 Sep (new lesson ids, English and Informatics in two "
         "subgroups)",
         [getdiary(p, S6, S12, s_fix, at(9, 4, 12, i)) for i, p in enumerate(both)])
    step("08 Tue 7 Sep 20:00: a newcomer (50803) joins 8А on Wednesday 8 Sep: her father's getrules, her periods, "
         "her week from 8 Sep (2nd subgroup); the class's week pulled again (the wrong «2» in Физика of 7 Sep)",
         [getrules("50903", "8А", NEW_TEACHER, at(9, 7, 20, 0)), getperiods("50803", 2027, at(9, 7, 20, 1)),
          getdiary("50803", S8, S12, s_fix, at(9, 7, 20, 2))]
         + [getdiary(p, S6, S12, s_fix, at(9, 7, 20, 5 + i)) for i, p in enumerate(both)])
    step("09 Fri 10 Sep 19:00: the second week with its marks",
         [getdiary(p, S6, S12, s_fix, at(9, 10, 19, i)) for i, p in enumerate(both)]
         + [getdiary("50803", S8, S12, s_fix, at(9, 10, 19, 5))])
    step("10 Tue 14 Sep 19:00: 6-14 Sep of every pupil (the wrong «2» removed), getmarks 1-14 Sep",
         [getdiary(p, S6 if p != "50803" else S8, S14, s_clean, at(9, 14, 19, i)) for i, p in enumerate(all3)]
         + [getmarks(p, S1, S14, s_clean, at(9, 14, 19, 10 + i)) for i, p in enumerate(all3)])
    journey = {"vendor": "elzhur",
               "description": "The first fortnight of 2027/28 (МАОУ «Гимназия № 50» г. Екатеринбурга): last year's "
                              "7А is 8А with a new class teacher; 1 September a ceremony day with a single class "
                              "hour; the provisional timetable changed daily in the first week and fixed from 6 Sep "
                              "with English and Informatics split into subgroups; a newcomer from 8 Sep; the first "
                              "marks and tasks; May's marks and the year marks corrected in June, delivered now.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 50» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
