"""Write journey.json of elzhur_59: marks outside ordinary lessons and on odd days (Eljur, Екатеринбург,
19 Oct - 15 Nov 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb59", "5959"
D, T = dt.date, dt.datetime
CLS = "8В"

PARENTS = {
    "59901": ("Орлова", "Марина", "Сергеевна", "female", ["59801"]),
    "59902": ("Никитин", "Алексей", "Викторович", "male", ["59802"]),
    "59903": ("Гарипова", "Лейсан", "Ринатовна", "female", ["59803"]),
    "59904": ("Смирнова", "Ольга", "Ивановна", "female", ["59804"]),
}
PUPILS = {
    "59801": ("Орлов", "Тимофей", "male"),
    "59802": ("Никитина", "Полина", "female"),
    "59803": ("Гарипов", "Артур", "male"),
    "59804": ("Смирнова", "Ева", "female"),
}
HOMETEACHER = ("59611", "Белоусова", "Татьяна", "Николаевна")
TEACHER = {
    "Русский язык": "Белоусова Татьяна Николаевна", "Литература": "Белоусова Татьяна Николаевна",
    "Алгебра": "Шарипов Ильдар Маратович", "Геометрия": "Шарипов Ильдар Маратович",
    "Физика": "Колесников Андрей Павлович", "Химия": "Лаптева Светлана Юрьевна",
    "Биология": "Лаптева Светлана Юрьевна", "История": "Воронцов Денис Игоревич",
    "Обществознание": "Воронцов Денис Игоревич", "Английский язык": "Данилова Кристина Олеговна",
    "География": "Пономарёва Елена Васильевна", "Информатика": "Гусев Роман Александрович",
    "Физическая культура": "Ермаков Виктор Степанович",
}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "212", "Информатика": "305", "Химия": "118",
        "Физика": "120", "Биология": "118"}
WEEK = {0: ["Алгебра", "Русский язык", "Физика", "История", "Английский язык", "Физическая культура"],
        1: ["Геометрия", "Литература", "Химия", "Биология", "Русский язык", "Информатика"],
        2: ["Алгебра", "Английский язык", "География", "Физика", "Обществознание", "Литература"],
        3: ["Русский язык", "Химия", "Алгебра", "Геометрия", "История", "Физическая культура"],
        4: ["Литература", "Английский язык", "Биология", "Алгебра", "Русский язык", "География"]}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:30", "12:15"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
VACATION = {D(2026, 10, 26) + dt.timedelta(days=i): "Осенние каникулы" for i in range(9)}
VACATION[D(2026, 11, 4)] = "День народного единства"
HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", "Физика", "Химия", "История",
                     "Английский язык", "Биология", "География"}

# the extra lesson the journal held for two days: Tuesday 10 Nov, lesson 7, a physics consultation
CONSULT_DAY, CONSULT_NUM = D(2026, 11, 10), 7
CONSULT_FROM, CONSULT_TO = T(2026, 11, 9, 18, 0), T(2026, 11, 11, 10, 0)
CONSULT_TOPIC = "Консультация: подготовка к контрольной работе «Тепловые явления»"
WORK = {"РУ": (1, "Работа на уроке"), "КР": (3, "Контрольная работа"), "СР": (2, "Самостоятельная работа"),
        "СОЧ": (2, "Сочинение"), "ОЛ": (2, "Олимпиада"), "ПР": (3, "Проект"), "Т": (1, "Тест"),
        "ЧН": (1, "Чтение наизусть")}


def lesson_id(day: dt.date, num: int) -> str:
    return f"59{day:%m%d}{num}"


def topic(subject: str, day: dt.date) -> str:
    special = {(D(2026, 10, 19), "Русский язык"): "Сочинение-рассуждение по тексту Д. С. Лихачёва",
               (D(2026, 11, 12), "Химия"): "Контрольная работа № 2 «Строение атома»"}
    return special.get((day, subject), f"{subject}: урок {day:%d.%m}")


def homework_text(subject: str, day: dt.date) -> str:
    return f"{subject}: § {day.day % 9 + 3}, упр. {day.day * 2 + len(subject)} (к следующему уроку)"


def M(pupil, day, subject, value, *, num=None, nm="1", short="РУ", comment="", entered=None, removed=None,
      lid=None, wf=None, count=None, weight=None):
    """One mark of the journal: on the lesson ``num`` of ``day`` (found from the timetable when None), or, with
    ``lid``, of a journal column that no diary day lists; visible from ``entered`` until ``removed``."""
    if lid is None:
        num = num or WEEK[day.weekday()].index(subject) + 1
        lid = lesson_id(day, num)
    absent = value in ("н", "оп")
    w, wtype = (0, "") if absent else WORK[short]
    weight = w if weight is None else weight
    return {"pupil": pupil, "day": day, "subject": subject, "value": value, "nm": nm, "lid": lid,
            "short": "" if absent else short, "type": wtype, "weight": weight,
            "wf": weight if wf is None else wf, "count": (not absent) if count is None else count,
            "comment": comment, "entered": entered or T(day.year, day.month, day.day, 15, 0), "removed": removed}


MARKS = [
    # the week before the autumn holidays
    M("59801", D(2026, 10, 19), "Алгебра", "4"),
    M("59802", D(2026, 10, 19), "Физика", "5"),
    M("59803", D(2026, 10, 20), "Химия", "3"),
    M("59804", D(2026, 10, 21), "География", "5"),
    M("59802", D(2026, 10, 22), "История", "4"),
    M("59803", D(2026, 10, 23), "Английский язык", "4"),
    # the essay of Monday 19 Oct, checked after the holidays: entered on 12 Nov in the lesson's column
    M("59801", D(2026, 10, 19), "Русский язык", "4", short="СОЧ", comment="сочинение проверено после каникул",
      entered=T(2026, 11, 12, 14, 0)),
    M("59803", D(2026, 10, 19), "Русский язык", "3", short="СОЧ", comment="раскрыта не вся проблема текста",
      entered=T(2026, 11, 12, 14, 5)),
    # 2 Quarter, first days
    M("59801", D(2026, 11, 5), "Химия", "5"),
    M("59802", D(2026, 11, 5), "Алгебра", "4"),
    M("59804", D(2026, 11, 5), "Геометрия", "5", short="Т", wf="1.5", comment="тест по теме «Площади»"),
    M("59803", D(2026, 11, 6), "Биология", "4"),
    M("59802", D(2026, 11, 6), "Английский язык", "5"),
    M("59804", D(2026, 11, 6), "Литература", "оп", comment="опоздание 10 минут"),
    M("59801", D(2026, 11, 9), "История", "5"),
    # the mark given on Monday's Algebra lesson, moved by the teacher to Wednesday's (the work was handed in then)
    M("59803", D(2026, 11, 9), "Алгебра", "4", entered=T(2026, 11, 9, 15, 0), removed=T(2026, 11, 11, 12, 0)),
    M("59803", D(2026, 11, 11), "Алгебра", "4", comment="перенесена: работа сдана в среду",
      entered=T(2026, 11, 11, 12, 0)),
    M("59804", D(2026, 11, 9), "Английский язык", "4"),
    M("59802", D(2026, 11, 10), "Литература", "5"),
    M("59804", D(2026, 11, 10), "Химия", "4"),
    # the mark of the consultation lesson that the journal deleted on 11 Nov (the mark stays in the marks list)
    M("59803", CONSULT_DAY, "Физика", "4", num=CONSULT_NUM, short="СР", comment="самостоятельная на консультации"),
    M("59801", D(2026, 11, 11), "Физика", "4"),
    M("59802", D(2026, 11, 11), "География", "3"),
    M("59804", D(2026, 11, 11), "Обществознание", "5"),
    # Thursday 12 Nov: the chemistry test; Полина absent, writes it at the consultation on Friday, the teacher puts
    # the mark in Thursday's column beside her «н»
    M("59801", D(2026, 11, 12), "Химия", "4", short="КР"),
    M("59803", D(2026, 11, 12), "Химия", "5", short="КР"),
    M("59804", D(2026, 11, 12), "Химия", "3", short="КР"),
    M("59802", D(2026, 11, 12), "Химия", "н", comment="по болезни (справка)", entered=T(2026, 11, 12, 10, 0)),
    M("59802", D(2026, 11, 12), "Химия", "3", short="КР", nm="2",
      comment="контрольную написала на консультации 13.11", entered=T(2026, 11, 13, 16, 0)),
    M("59803", D(2026, 11, 12), "Геометрия", "5"),
    M("59801", D(2026, 11, 13), "Биология", "4"),
    M("59803", D(2026, 11, 13), "Литература", "5"),
    M("59804", D(2026, 11, 13), "Алгебра", "н"),
    # marks of work with no lesson, dated on days the class had no lesson of the subject
    M("59802", D(2026, 11, 4), "Информатика", "5", short="ПР", lid="5911040", entered=T(2026, 11, 4, 19, 0),
      comment="защита проекта «Умный дом на Arduino» (онлайн)"),
    M("59801", D(2026, 11, 7), "Физика", "5", short="ОЛ", lid="5911070", entered=T(2026, 11, 10, 12, 0),
      comment="школьный этап ВсОШ по физике, призёр"),
    M("59804", D(2026, 11, 8), "Литература", "4", short="ОЛ", lid="5911080", weight=0, count=False,
      entered=T(2026, 11, 10, 12, 30), comment="муниципальный этап, в средний балл не входит"),
    M("59801", D(2026, 11, 12), "Литература", "5", short="ЧН", lid="5911120", entered=T(2026, 11, 12, 16, 0),
      comment="стихотворение прочитано после уроков"),
]
LESSONLESS_TOPIC = {"5911040": "Защита индивидуальных проектов", "5911070": "Школьный этап всероссийской олимпиады",
                    "5911080": "Муниципальный этап олимпиады по литературе",
                    "5911120": "Чтение наизусть (пересдача после уроков)"}


def visible(mark: dict, at: dt.datetime) -> bool:
    return mark["entered"] <= at and (mark["removed"] is None or at < mark["removed"])


def assessment(mark: dict, marks_list: bool = False) -> dict:
    out = {"value": mark["value"], "countas": "0" if mark["value"] in ("н", "оп") else mark["value"],
           "count": mark["count"], "convert": 0 if mark["value"] in ("н", "оп") else int(mark["value"]),
           "weight": mark["weight"], "weight_float": mark["wf"], "date": mark["day"].isoformat(),
           "lesson_id": mark["lid"], "nm": mark["nm"], "comment": mark["comment"]}
    if marks_list:
        out.update(lesson_comment=None, max_mark=None)
        if mark["short"]:
            out["mtype"] = {"id": list(WORK).index(mark["short"]) + 1, "short": mark["short"], "type": mark["type"]}
    else:
        out.update(control_type=mark["type"], control_type_short=mark["short"], color_hex=None)
    return out


def lessons_of(day: dt.date, at: dt.datetime) -> list[tuple[int, str]]:
    if day in VACATION or day.weekday() > 4:
        return []
    lessons = list(enumerate(WEEK[day.weekday()], 1))
    if day == CONSULT_DAY and CONSULT_FROM <= at < CONSULT_TO:
        lessons.append((CONSULT_NUM, "Физика"))
    return lessons


def item(pupil: str, day: dt.date, num: int, subject: str, at: dt.datetime) -> dict:
    lid = lesson_id(day, num)
    homework = {}
    if subject in HOMEWORK_SUBJECTS and num != CONSULT_NUM:
        hw = int("7" + lid)
        homework[str(hw)] = {"id": hw, "value": homework_text(subject, day), "individual": False}
    marks = [assessment(m) for m in MARKS if m["pupil"] == pupil and m["lid"] == lid and visible(m, at)]
    start, end = BELLS[num]
    return {"num": str(num), "name": subject, "room": ROOM.get(subject, "207"), "teacher": TEACHER[subject],
            "sort": num * 100, "lesson_id": lid,
            "topic": CONSULT_TOPIC if num == CONSULT_NUM else topic(subject, day),
            "is_control": any(m["control_type_short"] == "КР" for m in marks),
            "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [], "resources": [],
            "assessments": marks}


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(at: dt.datetime) -> str:
    return at.isoformat() + "+05:00"


def rec(request, body, at):
    return {"request": request, "pulled_at": stamp(at), "body": body}


def title(pupil):
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    days, day = {}, first
    while day <= last:
        key = f"{day:%Y%m%d}"
        if day in VACATION:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": VACATION[day], "items": {}}
        elif lessons := lessons_of(day, at):
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(pupil, day, n, s, at) for n, s in lessons}}
        day += dt.timedelta(days=1)
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, at)


def getmarks(pupil: str, first: dt.date, last: dt.date, at: dt.datetime) -> dict:
    by_subject: dict[str, list] = {}
    for m in sorted(MARKS, key=lambda m: (m["day"], m["lid"], m["nm"])):
        if m["pupil"] == pupil and first <= m["day"] <= last and visible(m, at):
            a = assessment(m, marks_list=True)
            a["lesson_comment"] = LESSONLESS_TOPIC.get(m["lid"]) or (
                CONSULT_TOPIC if m["lid"] == lesson_id(CONSULT_DAY, CONSULT_NUM) else topic(m["subject"], m["day"]))
            by_subject.setdefault(m["subject"], []).append(a)
    lessons = []
    for subject in sorted(by_subject):
        counted = [a for a in by_subject[subject] if a["count"]]
        weight = sum(float(a["weight_float"]) for a in counted)
        total = sum(a["convert"] * float(a["weight_float"]) for a in counted)
        average = f"{total / weight:.2f}" if weight else ""
        lessons.append({"name": subject, "average": average, "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5900 + sorted(TEACHER).index(subject)), "color_hex": None,
                        "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, at)


def getrules(parent: str, at: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {c: {"rel": "child", "name": c, "title": title(c), "lastname": PUPILS[c][0],
                    "firstname": PUPILS[c][1], "gender": PUPILS[c][2], "class": CLS, "parallel": "8",
                    "city": "Екатеринбург", "rules": ["getdiary", "getmarks", "getperiods", "getschedule"]}
                for c in children}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLS: {"rel": "homeclass", "name": CLS, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Лицей № 59", "title_full": "МАОУ «Лицей № 59» г. Екатеринбурга",
                                         "number": "59", "inn": "6659005959", "kpp": "665901001"}]}}
    return rec("getrules", envelope(result), at)


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
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), at)


def main() -> None:
    pupils = sorted(PUPILS)
    OCT19, OCT25, W1, W1E, W2, W2E = D(2026, 10, 19), D(2026, 10, 25), D(2026, 11, 2), D(2026, 11, 8), D(
        2026, 11, 9), D(2026, 11, 15)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Fri 16 Oct 19:00: getrules of the four parents, getperiods of the four pupils",
         [getrules(p, T(2026, 10, 16, 19, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, T(2026, 10, 16, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("02 Fri 23 Oct 20:00: getdiary 19-25 Oct (the essay of Monday 19 Oct not checked yet)",
         [getdiary(p, OCT19, OCT25, T(2026, 10, 23, 20, i)) for i, p in enumerate(pupils)])
    step("03 Sun 1 Nov 19:00: getdiary 2-8 Nov (2-3 Nov holidays, 4 Nov День народного единства) and 9-15 Nov",
         [getdiary(p, W1, W1E, T(2026, 11, 1, 19, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W2, W2E, T(2026, 11, 1, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("04 Mon 9 Nov 20:00: getdiary 2-8 Nov with Thursday's and Friday's marks; 9-15 Nov with Monday's marks "
         "(Артур's Algebra 4 under Monday's lesson) and Tuesday's consultation lesson 7",
         [getdiary(p, W1, W1E, T(2026, 11, 9, 20, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W2, W2E, T(2026, 11, 9, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("05 Tue 10 Nov 20:00: getdiary 9-15 Nov: Артур's 4 on the consultation lesson",
         [getdiary(p, W2, W2E, T(2026, 11, 10, 20, i)) for i, p in enumerate(pupils)])
    step("06 Wed 11 Nov 20:00: getdiary 9-15 Nov (consultation lesson deleted, the Algebra 4 moved to Wednesday); "
         "20:20 getmarks 19 Oct-15 Nov (olympiad, project marks without lessons)",
         [getdiary(p, W2, W2E, T(2026, 11, 11, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, OCT19, W2E, T(2026, 11, 11, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("07 Thu 12 Nov 20:00: the weekly re-check of past weeks: getdiary 19-25 Oct with the essay marks",
         [getdiary(p, OCT19, OCT25, T(2026, 11, 12, 20, i)) for i, p in enumerate(pupils)])
    step("08 Fri 13 Nov 20:00: getdiary 9-15 Nov with the week's marks (Полина's н and 3 in Thursday's chemistry)",
         [getdiary(p, W2, W2E, T(2026, 11, 13, 20, i)) for i, p in enumerate(pupils)])
    step("09 Sun 15 Nov 19:00: getmarks 19 Oct-15 Nov of every pupil",
         [getmarks(p, OCT19, W2E, T(2026, 11, 15, 19, i)) for i, p in enumerate(pupils)])
    step("10 Mon 16 Nov 07:00: the morning re-check of last week: getdiary 9-15 Nov of every pupil (after the "
         "marks list: no consultation lesson on the 10th, no literature on Thursday 12th)",
         [getdiary(p, W2, W2E, T(2026, 11, 16, 7, i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Marks outside ordinary lessons and on odd days (МАОУ «Лицей № 59» г. Екатеринбурга, "
                              "19 Oct - 15 Nov 2026): a project mark dated on a public holiday, olympiad marks dated "
                              "on a Saturday and a Sunday, a recitation on a day without literature, a mark on a "
                              "lesson the journal deleted, a mark moved to another lesson, an essay checked three "
                              "weeks late, a test mark beside an absence.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 59» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
