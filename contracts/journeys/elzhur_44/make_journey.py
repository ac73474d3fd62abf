"""elzhur_44: the school's own data-entry mistakes and their repair (Eljur, 7В, 9-27 November 2026).

Standard library only, deterministic: writes journey.json beside this file. Shapes follow
shared/reference/elzhur_mesh.md Part A (A.1 envelope and params, A.3 field tables, A.5 examples, A.6 vocabulary).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

CLASS = "7В"
VENDOR = "sch44tver"
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00"), 6: ("13:25:00", "14:10:00")}
DAY_TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

T_MATH = "Соловьёв Андрей Павлович"
T_RUS = "Миронова Ольга Петровна"
T_RUS_DUP = "Миронова О. П."  # the same teacher entered a second time (week 1)
T_PHYS = "Зайцев Николай Иванович"
T_HIST = "Орлова Татьяна Сергеевна"
T_ENG = "Кузнецова Ирина Львовна"
T_BIO = "Лебедева Галина Ивановна"
T_PE = "Петров Денис Олегович"

SUBJ = {  # subject -> (teacher, room)
    "Математика": (T_MATH, "21"), "Русский язык": (T_RUS, "14"), "Литература": (T_RUS, "14"),
    "Физика": (T_PHYS, "32"), "История": (T_HIST, "18"), "Английский язык": (T_ENG, "25"),
    "Биология": (T_BIO, "30"), "Физическая культура": (T_PE, "спортзал"),
}
WEEK = {0: ["Математика", "Русский язык", "Английский язык", "История"],
        1: ["Физика", "Математика", "Литература", "Биология"],
        2: ["Русский язык", "Математика", "Физическая культура"],
        3: ["Математика", "Физика", "Английский язык", "Литература", "История"],
        4: ["Русский язык", "Биология", "Физическая культура", "Математика"]}
TOPICS = {"Математика": ["Линейная функция", "График линейной функции", "Системы уравнений", "Решение задач",
                         "Степень с натуральным показателем", "Свойства степени", "Одночлены", "Многочлены",
                         "Сложение многочленов", "Умножение одночлена на многочлен", "Контрольная работа № 3",
                         "Анализ контрольной работы", "Вынесение множителя за скобки", "Способ группировки",
                         "Повторение"],
          "Русский язык": ["Причастный оборот", "Действительные причастия", "Страдательные причастия",
                           "Краткие причастия", "Диктант", "Работа над ошибками", "Деепричастие",
                           "Деепричастный оборот", "Изложение"],
          "Литература": ["Н. В. Гоголь «Тарас Бульба»", "Образ Остапа и Андрия", "И. С. Тургенев «Бирюк»",
                         "Н. А. Некрасов «Русские женщины»", "Сочинение", "М. Е. Салтыков-Щедрин"],
          "Физика": ["Сила тяжести", "Вес тела", "Динамометр", "Сила трения", "Лабораторная работа № 6",
                     "Давление твёрдых тел"],
          "История": ["Реформация в Европе", "Контрреформация", "Смутное время", "Первые Романовы",
                      "Соборное уложение", "Церковный раскол"],
          "Английский язык": ["Hobbies", "Past Continuous", "Reading: Free time", "Writing a letter",
                              "Vocabulary test", "Revision"],
          "Биология": ["Тип Кишечнополостные", "Плоские черви", "Круглые черви", "Кольчатые черви",
                       "Моллюски", "Проверочная работа"],
          "Физическая культура": ["Гимнастика", "Опорный прыжок", "Лазание по канату", "Акробатика",
                                  "Гимнастика", "Подвижные игры"]}

STUDENTS = {"44501": "Ковалёв Илья", "44502": "Белова Анна", "44503": "Гусев Тимофей", "44504": "Дьякова Полина"}
DUP = ("44599", "Ковалев Илья")  # the same boy entered a second time, without «ё»
PARENTS = {
    "44101": ("Ковалёва Марина Андреевна", "Ковалёва", "Марина", "Андреевна", "female", ["44501"]),
    "44102": ("Белов Сергей Николаевич", "Белов", "Сергей", "Николаевич", "male", ["44502"]),
    "44103": ("Гусева Елена Викторовна", "Гусева", "Елена", "Викторовна", "female", ["44503"]),
    "44104": ("Дьяков Максим Игоревич", "Дьяков", "Максим", "Игоревич", "male", ["44504"]),
    "44105": ("Ковалёв Дмитрий Сергеевич", "Ковалёв", "Дмитрий", "Сергеевич", "male", ["44501"]),
}
MON = [dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23)]
DAYS = [m + dt.timedelta(days=i) for m in MON for i in range(5)]


def ymd(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def envelope(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def lesson_id(day: dt.date, slot: int) -> str:
    return str(884000 + DAYS.index(day) * 10 + slot)


# --- the journal as it stands at each pull -----------------------------------------------------------------


def base_timetable() -> dict[dt.date, list[dict]]:
    """Every lesson of the three weeks as the journal holds them once repaired."""
    count: dict[str, int] = {}
    out: dict[dt.date, list[dict]] = {}
    for day in DAYS:
        out[day] = []
        for slot, subject in enumerate(WEEK[day.weekday()], start=1):
            if subject == "История" and day.weekday() == 3 and day != dt.date(2026, 11, 19):
                continue  # Thursday's second История lesson is only in week 2 (an extra lesson, 19 Nov)
            n = count.get(subject, 0)
            count[subject] = n + 1
            teacher, room = SUBJ[subject]
            out[day].append({"slot": slot, "subject": subject, "teacher": teacher, "room": room,
                             "topic": TOPICS[subject][n % len(TOPICS[subject])], "lesson_id": lesson_id(day, slot),
                             "homework": {}})
    return out


HW = {  # (date, subject) -> (homework id, text)
    (dt.date(2026, 11, 9), "Математика"): (5540101, "№ 301, 303"),
    (dt.date(2026, 11, 10), "Литература"): (5540102, "Прочитать главы 1–3"),
    (dt.date(2026, 11, 12), "Физика"): (5540103, "§ 26, упр. 10"),
    (dt.date(2026, 11, 13), "Биология"): (5540104, "§ 9, вопросы 1–5"),
    (dt.date(2026, 11, 17), "Математика"): (5540201, "№ 356, 358, 360"),
    (dt.date(2026, 11, 19), "История"): (5540202, "§ 12, вопросы 1–3 письменно"),
    (dt.date(2026, 11, 19), "Физика"): (5540203, "§ 27, упр. 11 (1, 2)"),
    (dt.date(2026, 11, 20), "Русский язык"): (5540204, "Упр. 186"),
    (dt.date(2026, 11, 24), "Литература"): (5540301, "Выучить отрывок наизусть"),
    (dt.date(2026, 11, 26), "Английский язык"): (5540302, "WB p. 34, ex. 2, 3"),
    (dt.date(2026, 11, 27), "Математика"): (5540303, "№ 412–415"),
}
WRONG_DAY_BIO = ("884990", 5540190, "§ 9, вопросы 1–4")  # Fri 13 Nov's Биология first entered on Thu 12 Nov
PASTED = (5540299, "§ 14, задачи 1–5 (8А, гидростатика)")  # another class's task pasted on 7В's Физика, 19 Nov

MARKS = {  # pupil -> [(date, subject, value, weight, work type, comment)] as the repaired journal holds them
    "44501": [("2026-11-09", "Математика", "4", 1, "Работа на уроке", ""),
              ("2026-11-10", "Математика", "5", 1, "Самостоятельная работа", ""),  # entered on 44599 at first
              ("2026-11-12", "Физика", "4", 1, "Работа на уроке", ""),  # entered on 44599 at first
              ("2026-11-16", "Английский язык", "5", 1, "Работа на уроке", ""),
              ("2026-11-17", "Математика", "3", 1, "Домашняя работа", "не все номера"),
              ("2026-11-19", "История", "5", 1, "Ответ на уроке", ""),
              ("2026-11-24", "Математика", "4", 2, "Контрольная работа", ""),
              ("2026-11-26", "Английский язык", "4", 1, "Работа на уроке", "")],
    "44502": [("2026-11-09", "Русский язык", "5", 1, "Работа на уроке", ""),
              ("2026-11-13", "Биология", "4", 1, "Работа на уроке", ""),
              ("2026-11-17", "Математика", "4", 1, "Домашняя работа", ""),
              ("2026-11-19", "Физика", "5", 1, "Работа на уроке", ""),
              ("2026-11-24", "Математика", "5", 2, "Контрольная работа", "")],
    "44503": [("2026-11-09", "История", "4", 1, "Ответ на уроке", ""),  # on 44502 until week 3
              ("2026-11-10", "Физика", "3", 1, "Работа на уроке", ""),
              ("2026-11-17", "Физика", "2", 1, "Работа на уроке", "не готов к уроку"),  # put on 44502 at first
              ("2026-11-19", "История", "4", 1, "Ответ на уроке", ""),
              ("2026-11-24", "Математика", "3", 2, "Контрольная работа", "")],
    "44504": [("2026-11-11", "Русский язык", "4+", 2, "Диктант", ""),
              ("2026-11-18", "Русский язык", "5", 1, "Работа на уроке", ""),
              ("2026-11-24", "Математика", "4", 2, "Контрольная работа", "")],
}
ABSENT = {  # pupil -> [(date, subject, code)] as repaired
    "44501": [("2026-11-11", "Русский язык", "н")],  # entered on 44599 at first
    "44503": [("2026-11-24", "Биология", "н")],  # put on 44502 at first
    "44504": [("2026-11-25", "Физическая культура", "оп")],  # «н» at first, then corrected to late
}
CONVERT = {"5": 5, "4+": 4, "4": 4, "3": 3, "2": 2}
COUNTAS = {"5": "5", "4+": "4.25", "4": "4", "3": "3", "2": "2"}


def find_slot(lessons: list[dict], subject: str) -> dict:
    return next(les for les in lessons if les["subject"] == subject)


def assessment(value, weight, work, comment, date, lid, nm, absence=False):
    if absence:
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": date, "lesson_id": lid, "nm": str(nm),
                "comment": "", "color_hex": None}
    short = "".join(w[0] for w in work.split()).upper()
    return {"value": value, "countas": COUNTAS[value], "count": True, "convert": CONVERT[value], "weight": weight,
            "weight_float": weight, "control_type": work, "control_type_short": short, "date": date,
            "lesson_id": lid, "nm": str(nm), "comment": comment, "color_hex": None}


def journal(stage: str) -> dict:
    """The journal at a stage: 'w1' (week 1 as first entered), 'w1fix', 'w2' (week 2 as first entered), 'w2fix',
    'w3a' (Tue 24 Nov evening, before the correction), 'w3' (final). Returns {lessons, marks, absences}."""
    tt = base_timetable()
    for (day, subject), (hid, text) in HW.items():
        find_slot(tt[day], subject)["homework"] = {str(hid): {"id": hid, "value": text, "individual": False}}
    marks = {s: [list(m) for m in ms] for s, ms in MARKS.items()}
    absences = {s: [list(a) for a in xs] for s, xs in ABSENT.items()}
    marks[DUP[0]] = []
    absences[DUP[0]] = []
    if stage != "w3":  # two week-1 slips repaired only in week 3, long after week 1's diaries were pulled:
        # Гусев's История «4» of 9 Nov sits on Белова, and Дьякова has an «н» in Биология of 10 Nov she never had
        late = next(m for m in marks["44503"] if m[0] == "2026-11-09")
        marks["44503"].remove(late)
        marks["44502"].append(late)
        absences.setdefault("44504", []).append(["2026-11-10", "Биология", "н"])
    if stage == "w1":  # the duplicate pupil carries part of Илья's week
        moved = [m for m in marks["44501"] if m[0] in ("2026-11-10", "2026-11-12")]
        marks["44501"] = [m for m in marks["44501"] if m not in moved]
        marks[DUP[0]] = moved
        absences[DUP[0]] = absences["44501"]
        absences["44501"] = []
        for day in DAYS[:5]:  # the subject and the teacher entered twice
            for les in tt[day]:
                if les["subject"] == "Математика":
                    les["subject"] = "Математика "
                if les["subject"] in ("Русский язык", "Литература") and day.weekday() in (0, 2):
                    les["teacher"] = T_RUS_DUP
        # Friday's Биология entered on Thursday as a lesson of its own (another id, another task text);
        # the repair deletes it and enters the lesson on Friday anew
        fri, thu = dt.date(2026, 11, 13), dt.date(2026, 11, 12)
        bio = find_slot(tt[fri], "Биология")
        tt[fri].remove(bio)
        tt[thu].append(dict(bio, slot=6, lesson_id=WRONG_DAY_BIO[0], homework={str(WRONG_DAY_BIO[1]): {
            "id": WRONG_DAY_BIO[1], "value": WRONG_DAY_BIO[2], "individual": False}}))
        for m in marks.values():
            for mk in m:
                if mk[0] == "2026-11-13" and mk[1] == "Биология":
                    mk[0] = "2026-11-12"
    if stage == "w2":
        for day in DAYS[5:10]:
            for les in tt[day]:
                if les["subject"] == "Математика" and day.weekday() in (1, 3):
                    les["subject"] = "Математика (алгебра)"
        # История of Thu 19 Nov entered on Wed 18 Nov, slot 5 (the same lesson id)
        thu, wed = dt.date(2026, 11, 19), dt.date(2026, 11, 18)
        hist = find_slot(tt[thu], "История")
        tt[thu].remove(hist)
        hist = dict(hist, slot=4)
        tt[wed].append(hist)
        for m in marks.values():
            for mk in m:
                if mk[0] == "2026-11-19" and mk[1] == "История":
                    mk[0] = "2026-11-18"
        # the «2» in Физика put on Анна Белова instead of Тимофей Гусев
        wrong = next(m for m in marks["44503"] if m[0] == "2026-11-17")
        marks["44503"].remove(wrong)
        marks["44502"].append(wrong)
        # another class's homework pasted on 7В's Физика of 19 Nov
        phys = find_slot(tt[thu], "Физика")
        phys["homework"] = dict(phys["homework"], **{str(PASTED[0]): {"id": PASTED[0], "value": PASTED[1],
                                                                       "individual": False}})
    if stage == "w3a":  # Tue 24 Nov evening: the absence put on Анна, and «н» not yet corrected to «оп»
        wrong = absences["44503"][0]
        absences["44503"] = []
        absences["44502"] = [wrong]
        absences["44504"] = [a for a in absences["44504"] if a[0] != "2026-11-25"]  # not entered yet (w3b)
    if stage == "w3b":  # Wed 25 Nov evening: 44504 marked absent, later corrected to late
        wrong = absences["44503"][0]
        absences["44503"] = []
        absences["44502"] = [wrong]
        absences["44504"] = [a for a in absences["44504"] if a[0] != "2026-11-25"] + [
            ["2026-11-25", "Физическая культура", "н"]]
    return {"tt": tt, "marks": marks, "absences": absences}


def diary_day(j: dict, pupil: str, day: dt.date) -> dict:
    items = {}
    iso = day.isoformat()
    for les in sorted(j["tt"][day], key=lambda x: x["slot"]):
        start, end = RINGS[les["slot"]]
        ass = []
        nm = 0
        for m in j["marks"].get(pupil, []):
            if m[0] == iso and m[1] == les["subject"].strip().replace(" (алгебра)", "") and \
                    (les["subject"] in (m[1], m[1] + " ", m[1] + " (алгебра)")):
                nm += 1
                ass.append(assessment(m[2], m[3], m[4], m[5], iso, les["lesson_id"], nm))
        for a in j["absences"].get(pupil, []):
            if a[0] == iso and les["subject"].startswith(a[1]):
                nm += 1
                ass.append(assessment(a[2], 0, "", "", iso, les["lesson_id"], nm, absence=True))
        files = []
        for hid in les["homework"]:
            if hid == "5540103":
                files.append({"toid": 5540103, "filename": "задачи_трение.pdf",
                              "link": "https://sch44tver.eljur.ru/files/a44f03"})
        items[str(les["slot"])] = {
            "num": str(les["slot"]), "name": les["subject"], "room": les["room"], "teacher": les["teacher"],
            "sort": les["slot"] * 100, "lesson_id": les["lesson_id"], "topic": les["topic"],
            "is_control": les["topic"].startswith("Контрольная"), "starttime": start, "endtime": end,
            "homework": les["homework"], "files": files, "resources": [], "assessments": ass}
    return {"name": ymd(day), "title": DAY_TITLES[day.weekday()], "items": items}


def getdiary(j: dict, pupil: str, title: str, first: dt.date, last: dt.date, pulled: str, upto: dt.date | None = None):
    days = {}
    d = first
    while d <= last:
        if d.weekday() < 5 and (upto is None or d <= upto):
            days[ymd(d)] = diary_day(j, pupil, d)
        d += dt.timedelta(days=1)
    return {"request": f"getdiary?student={pupil}&days={ymd(first)}-{ymd(last)}&rings=__yes",
            "body": envelope({"students": {pupil: {"name": pupil, "title": title, "parent_signed": False,
                                                   "days": days}}}),
            "pulled_at": pulled}


def gethomework(j: dict, first: dt.date, last: dt.date, pulled: str):
    days = {}
    d = first
    while d <= last:
        if d.weekday() < 5:
            items = []
            for les in sorted(j["tt"][d], key=lambda x: x["slot"]):
                if les["homework"]:
                    hw = {}
                    for k, (hid, task) in enumerate(sorted(les["homework"].items()), start=1):
                        hw[str(k)] = {"value": task["value"], "id": task["id"], "individual": False}
                    items.append({"name": les["subject"], "grp": None, "homework": hw})
            days[ymd(d)] = {"name": ymd(d), "title": DAY_TITLES[d.weekday()], "items": items}
        d += dt.timedelta(days=1)
    return {"request": f"gethomework?class={CLASS}&days={ymd(first)}-{ymd(last)}",
            "body": envelope({"days": days}), "pulled_at": pulled}


def getmarks(j: dict, pupil: str, first: dt.date, last: dt.date, pulled: str):
    by_subject: dict[str, list] = {}
    tt_by_id = {les["lesson_id"]: les for d in DAYS for les in j["tt"][d]}
    for m in j["marks"][pupil]:
        d = dt.date.fromisoformat(m[0])
        if not first <= d <= last:
            continue
        les = next(le for le in j["tt"][d] if le["subject"] == m[1])
        nm = 1 + sum(1 for o in j["marks"][pupil] if o[0] == m[0] and o[1] == m[1] and j["marks"][pupil].index(o)
                     < j["marks"][pupil].index(m))
        mk = assessment(m[2], m[3], m[4], m[5], m[0], les["lesson_id"], nm)
        for k in ("control_type", "control_type_short", "color_hex"):
            mk.pop(k)
        mk["lesson_comment"] = les["topic"]
        mk["max_mark"] = None
        mk["mtype"] = {"id": {"Работа на уроке": 1, "Самостоятельная работа": 3, "Домашняя работа": 4,
                              "Ответ на уроке": 5, "Контрольная работа": 6, "Диктант": 7}[m[4]],
                       "short": assessment(m[2], m[3], m[4], m[5], m[0], "", 1)["control_type_short"], "type": m[4]}
        by_subject.setdefault(m[1], []).append(mk)
    for a in j["absences"].get(pupil, []):
        d = dt.date.fromisoformat(a[0])
        if not first <= d <= last:
            continue
        les = next(le for le in j["tt"][d] if le["subject"] == a[1])
        mk = assessment(a[2], 0, "", "", a[0], les["lesson_id"], 1 + sum(
            1 for m in j["marks"][pupil] if m[0] == a[0] and m[1] == a[1]), absence=True)
        for k in ("control_type", "control_type_short", "color_hex"):
            mk.pop(k)
        mk["lesson_comment"] = None
        mk["max_mark"] = None
        by_subject.setdefault(a[1], []).append(mk)
    lessons = []
    for i, (subject, marks) in enumerate(sorted(by_subject.items())):
        marks.sort(key=lambda m: (m["date"], m["nm"]))
        counted = [m for m in marks if m["count"]]
        wsum = sum(m["weight"] for m in counted)
        avg = sum(float(m["countas"]) * m["weight"] for m in counted) / wsum if wsum else None
        lessons.append({"name": subject, "average": f"{avg:.2f}" if avg is not None else "",
                        "averageConvert": round(avg) if avg is not None else None,
                        "lesson_id": str(1200 + list(SUBJ).index(subject)), "color_hex": None, "marks": marks})
    return {"request": f"getmarks?student={pupil}&days={ymd(first)}-{ymd(last)}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": STUDENTS[pupil], "lessons": lessons}}}),
            "pulled_at": pulled}


def getrules(parent: str, pulled: str, hometeacher: str, with_dup: bool):
    title, last, first, middle, gender, children = PARENTS[parent]
    students = {}
    kids = list(children) + ([DUP[0]] if with_dup else [])
    if parent == "44105" and with_dup:  # the father was linked to the duplicate record only
        kids = [DUP[0]]
    for kid in kids:
        name = DUP[1] if kid == DUP[0] else STUDENTS[kid]
        ln, fn = name.split()
        students[kid] = {"rel": "child", "name": kid, "title": name, "lastname": ln, "firstname": fn,
                         "gender": "female" if fn.endswith("а") else "male", "class": CLASS, "parallel": "7",
                         "city": "Тверь", "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods",
                                                    "getschedule", "gethomework"]}
    h_last, h_first, *h_rest = hometeacher.split()
    result = {"name": parent, "id": parent, "title": title, "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": "", "roles": ["parent"], "vendor": VENDOR,
              "vendor_id": "4444", "region": "Тверская область", "city": "Тверь",
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students,
                            "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "7", "balls": 5,
                                               "hometeacher_id": "44901", "hometeacher_name": hometeacher,
                                               "hometeacher_lastname": h_last, "hometeacher_firstname": h_first,
                                               "hometeacher_middlename": " ".join(h_rest)}},
                            "schools": [{"title": "Школа № 44", "title_full": "МБОУ СОШ № 44 г. Твери",
                                         "number": "44", "inn": "6950004444", "kpp": "695001001"}]}}
    return {"request": "getrules", "body": envelope(result), "pulled_at": pulled}


def getperiods(pupil: str, title: str, pulled: str):
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
         "ambigious": None, "weeks": [{"start": ymd(m), "end": ymd(m + dt.timedelta(days=6)),
                                       "title": f"{m:%d.%m} - {m + dt.timedelta(days=6):%d.%m}"} for m in MON]},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20270330", "end": "20270531", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []}]
    return {"request": f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
            "body": envelope({"students": [{"name": pupil, "title": title, "periods": periods}]}),
            "pulled_at": pulled}


def build() -> dict:
    d = dt.date
    steps = []
    w1, w1fix, w2, w2fix = journal("w1"), journal("w1fix"), journal("w2"), journal("w2fix")
    w3a, w3b, w3 = journal("w3a"), journal("w3b"), journal("w3")
    rules = [getrules(p, f"2026-11-08T19:0{i}:00+03:00", T_RUS_DUP, p in ("44101", "44105"))
             for i, p in enumerate(PARENTS)]
    periods = [getperiods(s, STUDENTS[s], f"2026-11-08T19:1{i}:00+03:00") for i, s in enumerate(STUDENTS)]
    steps.append({"name": "01 getrules of the five parents (Ковалёва's lists Илья twice, 44501 and 44599; Ковалёв's only 44599) and "
                          "getperiods, Sun 8 Nov", "batches": [rules, periods]})
    pupils1 = list(STUDENTS) + [DUP[0]]
    diaries = [getdiary(w1, p, DUP[1] if p == DUP[0] else STUDENTS[p], MON[0], MON[0] + dt.timedelta(days=6),
                        f"2026-11-13T18:0{i}:00+03:00") for i, p in enumerate(pupils1)]
    steps.append({"name": "02 week 1 as first entered (Fri 13 Nov): «Математика » with a trailing space, "
                          "«Миронова О. П.» beside «Миронова Ольга Петровна», Илья's marks split over two records, "
                          "Friday's Биология entered on Thursday",
                  "batches": [diaries, [gethomework(w1, MON[0], MON[0] + dt.timedelta(days=6),
                                                    "2026-11-13T18:10:00+03:00")]]})
    rules2 = [getrules(p, f"2026-11-15T19:0{i}:00+03:00", T_RUS, False) for i, p in enumerate(PARENTS)]
    fix1 = [getdiary(w1fix, "44501", STUDENTS["44501"], MON[0], MON[0] + dt.timedelta(days=6),
                     "2026-11-15T19:10:00+03:00"),
            getmarks(w1fix, "44501", MON[0], MON[0] + dt.timedelta(days=6), "2026-11-15T19:11:00+03:00")]
    steps.append({"name": "03 repair 1 (Sun 15 Nov): 44599 merged into 44501, the teacher's duplicate removed, "
                          "Thursday's Биология deleted and entered on Friday; getrules again, Илья's week 1 again",
                  "batches": [rules2, fix1]})
    diaries2 = [getdiary(w2, p, STUDENTS[p], MON[1], MON[1] + dt.timedelta(days=6), f"2026-11-20T18:0{i}:00+03:00")
                for i, p in enumerate(STUDENTS)]
    steps.append({"name": "04 week 2 as first entered (Fri 20 Nov): «Математика (алгебра)» on Tue and Thu, "
                          "История of Thu 19 Nov on Wed 18 Nov, Тимофей's «2» on Анна, 8А's task on 7В's Физика",
                  "batches": [diaries2, [gethomework(w2, MON[1], MON[1] + dt.timedelta(days=6),
                                                     "2026-11-20T18:10:00+03:00")]]})
    fix2 = [getdiary(w2fix, p, STUDENTS[p], MON[1], MON[1] + dt.timedelta(days=6), f"2026-11-22T12:0{i}:00+03:00")
            for i, p in enumerate(STUDENTS)]
    fix2.append(gethomework(w2fix, MON[1], MON[1] + dt.timedelta(days=6), "2026-11-22T12:10:00+03:00"))
    fix2 += [getmarks(w2fix, p, MON[0], MON[1] + dt.timedelta(days=6), f"2026-11-22T12:2{i}:00+03:00")
             for i, p in enumerate(STUDENTS)]
    steps.append({"name": "05 repair 2 (Sun 22 Nov): week 2 pulled again, and getmarks of weeks 1-2",
                  "batches": [fix2]})
    mid = [getdiary(w3a, p, STUDENTS[p], MON[2], MON[2] + dt.timedelta(days=6), f"2026-11-24T19:0{i}:00+03:00") for i, p in enumerate(STUDENTS)]
    mid += [getdiary(w3b, p, STUDENTS[p], d(2026, 11, 25), d(2026, 11, 25), f"2026-11-25T19:0{i}:00+03:00")
            for i, p in enumerate(STUDENTS)]
    final = [getdiary(w3, p, STUDENTS[p], MON[2], MON[2] + dt.timedelta(days=6), f"2026-11-27T18:0{i}:00+03:00")
             for i, p in enumerate(STUDENTS)]
    final.append(gethomework(w3, MON[2], MON[2] + dt.timedelta(days=6), "2026-11-27T18:10:00+03:00"))
    final += [getmarks(w3, p, d(2026, 11, 5), d(2026, 12, 27), f"2026-11-27T18:2{i}:00+03:00")
              for i, p in enumerate(STUDENTS)]
    steps.append({"name": "06 week 3: Tue 24 and Wed 25 Nov evenings (Гусев's «н» on Белова, Дьякова «н»), "
                          "then Fri 27 Nov repaired (the «н» on Гусев, Дьякова «оп») and getmarks of quarter II",
                  "batches": [mid, final]})
    return {"vendor": "elzhur",
            "description": "The school's own data-entry mistakes and their repair (Школа № 44, Тверь, 7В, 9-27 Nov "
                           "2026): a pupil entered twice and merged, a subject and a teacher entered twice, a mark "
                           "and an absence on the wrong pupil, a lesson on the wrong day, another class's homework.",
            "school": {"timezone": "Europe/Moscow", "name": "Школа № 44"}, "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    j = json.loads(out.read_text(encoding="utf-8"))
    print(sum(len(b) for s in j["steps"] for b in s["batches"]), "records")
