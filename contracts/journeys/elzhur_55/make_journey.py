"""Write journey.json of elzhur_55: an integrator's mistakes (Eljur, Тверь, 12-25 Oct 2026).

A sync job that retries by stamping the time again, stamps one pull in UTC (``Z``) and the next in naive local
time, mixes classes and days in one batch, writes its request strings carelessly (spaces, a full URL), flushes a
week's backlog at once out of order, and delivers a day pulled at 15:00 after the 20:00 pull of the same week.

Standard library only, deterministic. Every value is invented. The journal's truth is a function of the instant
(``state at t``); each record is the journal as of its content instant, stamped with the ``pulled_at`` the job
wrote (which is the content instant, except for the re-stamped retries). See README.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "tver55", "5555"
D, T = dt.date, dt.datetime

PARENTS = {
    "55901": ("Орлова", "Марина", "Игоревна", "female", ["55501", "55801"]),
    "55902": ("Никитин", "Денис", "Олегович", "male", ["55502"]),
    "55903": ("Гусейнова", "Лейла", "Рашидовна", "female", ["55802"]),
}
PUPILS = {
    "55501": ("Орлов", "Тимофей", "male", "5А"),
    "55502": ("Никитина", "Полина", "female", "5А"),
    "55801": ("Орлова", "Вероника", "female", "8Б"),
    "55802": ("Гусейнов", "Артур", "male", "8Б"),
}
HOMETEACHER = {"5А": ("55611", "Савельева", "Татьяна", "Михайловна"),
               "8Б": ("55612", "Ермаков", "Владимир", "Степанович")}
TEACHERS = {
    "Русский язык@5А": "Савельева Татьяна Михайловна", "Литература@5А": "Савельева Татьяна Михайловна",
    "Русский язык@8Б": "Кравченко Алла Викторовна", "Литература@8Б": "Кравченко Алла Викторовна",
    "Математика": "Полякова Светлана Андреевна", "Алгебра": "Ермаков Владимир Степанович",
    "Геометрия": "Ермаков Владимир Степанович", "Физика": "Лаптев Кирилл Евгеньевич",
    "Информатика": "Лаптев Кирилл Евгеньевич", "Химия": "Зорина Галина Петровна", "Биология": "Зорина Галина Петровна",
    "История": "Мельников Артём Юрьевич", "География": "Волкова Оксана Ивановна",
    "Английский язык": "Тарасова Наталья Сергеевна", "Физическая культура": "Белоусов Роман Алексеевич",
    "Музыка": "Крылова Анна Дмитриевна", "Изобразительное искусство": "Крылова Анна Дмитриевна",
    "Технология": "Крылова Анна Дмитриевна",
}
WEEK = {
    "5А": {0: ["Русский язык", "Математика", "Литература", "Английский язык", "Физическая культура"],
           1: ["Математика", "Русский язык", "История", "Биология", "Музыка"],
           2: ["Русский язык", "Математика", "Английский язык", "Литература", "Изобразительное искусство"],
           3: ["Математика", "Русский язык", "Литература", "География", "Технология"],
           4: ["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"]},
    "8Б": {0: ["Алгебра", "Русский язык", "Физика", "Геометрия", "История", "Английский язык"],
           1: ["Русский язык", "Алгебра", "Английский язык", "Химия", "Литература", "Физическая культура"],
           2: ["Геометрия", "Физика", "История", "Алгебра", "Биология"],
           3: ["Химия", "Алгебра", "Биология", "Русский язык", "Литература"],
           4: ["Английский язык", "Алгебра", "Геометрия", "Русский язык", "Информатика"]},
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:30", "12:15"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HW_SUBJECTS = {"Русский язык", "Математика", "Литература", "Английский язык", "История", "Алгебра", "Геометрия",
               "Физика", "Химия", "Биология", "География"}
CLASS_NO = {"5А": "5", "8Б": "8"}

# --- the journal's changes, by the instant they were made (Moscow local time) -------------------------------
REPLACED_AT = T(2026, 10, 22, 12, 0)  # 8Б Friday 23 Oct lesson 5: Информатика off (teacher ill), Физика instead
RETEXT = {  # (class, date, subject) -> (from instant, new text)
    ("8Б", D(2026, 10, 22), "Биология"): (T(2026, 10, 20, 14, 0), "Учебник, § 9, стр. 42-43, таблица «Ткани растений»"),
    ("8Б", D(2026, 10, 16), "Алгебра"): (T(2026, 10, 16, 17, 15),
                                        "№ 214, 217 (а, в); разобрать ошибки контрольной работы"),
    ("5А", D(2026, 10, 22), "Литература"): (T(2026, 10, 22, 18, 0),
                                           "А. С. Пушкин «Зимнее утро»: первые две строфы наизусть"),
}
WITHDRAWN = {("8Б", D(2026, 10, 23), "Английский язык"): T(2026, 10, 21, 14, 0)}


def work(ctype="Работа на уроке", short="РУ", weight=1):
    return {"ctype": ctype, "short": short, "weight": weight}


SR, KR, LR, DK = (work("Самостоятельная работа", "СР", 2), work("Контрольная работа", "КР", 3),
                  work("Лабораторная работа", "ЛР", 2), work("Диктант", "Д", 2))


def given(day, hh=14, mm=0):
    return T(day.year, day.month, day.day, hh, mm)


# (pupil, date, subject, nm) -> [(from instant, value or None (deleted), comment, work)]
MARKS = {}


def m(pupil, day, subject, *versions, nm="1"):
    MARKS[(pupil, day, subject, nm)] = list(versions)


d = D
m("55501", d(2026, 10, 12), "Математика", (given(d(2026, 10, 12)), "3", "", SR),
  (T(2026, 10, 15, 12, 0), "4", "исправлено: самостоятельная работа переписана", SR))
m("55501", d(2026, 10, 13), "История", (given(d(2026, 10, 13)), "5", "", work()))
m("55501", d(2026, 10, 14), "Английский язык", (given(d(2026, 10, 14)), "4", "", work()))
m("55501", d(2026, 10, 15), "Русский язык", (given(d(2026, 10, 15)), "5", "без ошибок", DK))
m("55501", d(2026, 10, 16), "Математика", (given(d(2026, 10, 16), 9, 0), "н", "", None))
m("55502", d(2026, 10, 12), "Русский язык", (given(d(2026, 10, 12)), "4", "", work()))
m("55502", d(2026, 10, 13), "Биология", (given(d(2026, 10, 13)), "5", "", work()))
m("55502", d(2026, 10, 14), "Литература", (given(d(2026, 10, 14)), "3", "не дочитан рассказ", work()))
m("55502", d(2026, 10, 15), "География", (given(d(2026, 10, 15), 11, 40), "оп", "", None))
m("55502", d(2026, 10, 16), "История", (given(d(2026, 10, 16)), "5", "", work()))
m("55501", d(2026, 10, 19), "Литература", (given(d(2026, 10, 19)), "5", "", work()))
m("55501", d(2026, 10, 20), "Математика", (given(d(2026, 10, 20)), "4", "", work()))
m("55501", d(2026, 10, 21), "Английский язык", (given(d(2026, 10, 21)), "5", "", work()))
m("55501", d(2026, 10, 22), "Русский язык", (given(d(2026, 10, 22), 13, 0), "4", "", work()),
  (T(2026, 10, 22, 17, 0), None, "", None))  # put in the wrong pupil's row, deleted at 17:00
m("55502", d(2026, 10, 19), "Математика", (given(d(2026, 10, 19)), "3", "", work()))
m("55502", d(2026, 10, 20), "Русский язык", (given(d(2026, 10, 20)), "5", "", work()))
m("55502", d(2026, 10, 21), "Математика", (given(d(2026, 10, 21)), "4", "", KR))
m("55502", d(2026, 10, 22), "Математика", (given(d(2026, 10, 22), 16, 0), "5", "лучшая работа в классе", work()))
m("55502", d(2026, 10, 22), "Литература", (given(d(2026, 10, 22), 13, 0), "4", "", work()))
m("55801", d(2026, 10, 12), "Алгебра", (given(d(2026, 10, 12)), "4", "", work()))
m("55801", d(2026, 10, 13), "Химия", (given(d(2026, 10, 13)), "5", "", work()))
m("55801", d(2026, 10, 14), "Физика", (given(d(2026, 10, 14)), "3", "", work()))
m("55801", d(2026, 10, 15), "Химия", (given(d(2026, 10, 15)), "4", "", LR),
  (T(2026, 10, 16, 19, 0), "5", "пересчитаны баллы лабораторной работы", LR))
m("55801", d(2026, 10, 16), "Геометрия", (given(d(2026, 10, 16)), "4", "", work()))
m("55802", d(2026, 10, 12), "История", (given(d(2026, 10, 12)), "5", "", work()))
m("55802", d(2026, 10, 13), "Английский язык", (given(d(2026, 10, 13), 10, 0), "н", "", None))
m("55802", d(2026, 10, 14), "Алгебра", (given(d(2026, 10, 14)), "4", "", work()))
m("55802", d(2026, 10, 15), "Биология", (given(d(2026, 10, 15)), "5", "", work()))
m("55802", d(2026, 10, 16), "Алгебра", (given(d(2026, 10, 16)), "3", "", KR))
m("55801", d(2026, 10, 19), "Геометрия", (given(d(2026, 10, 19)), "2", "не выполнено построение", work()),
  (T(2026, 10, 21, 10, 0), None, "", None))  # the teacher removed it and set a retake
m("55801", d(2026, 10, 20), "Химия", (given(d(2026, 10, 20)), "5", "", work()))
m("55801", d(2026, 10, 21), "Физика", (given(d(2026, 10, 21)), "4", "", work()))
m("55801", d(2026, 10, 22), "Алгебра", (given(d(2026, 10, 22)), "4", "", SR))
m("55801", d(2026, 10, 23), "Физика", (given(d(2026, 10, 23)), "5", "", work()))
m("55802", d(2026, 10, 19), "Русский язык", (given(d(2026, 10, 19)), "4", "", work()))
m("55802", d(2026, 10, 20), "Английский язык", (given(d(2026, 10, 20), 10, 0), "н", "", None))
m("55802", d(2026, 10, 21), "Физика", (given(d(2026, 10, 21), 9, 30), "оп", "", None))
m("55802", d(2026, 10, 21), "Алгебра", (given(d(2026, 10, 21)), "5", "", work()))
m("55802", d(2026, 10, 22), "Биология", (given(d(2026, 10, 22)), "3", "", work()),
  (T(2026, 10, 23, 10, 0), "4", "исправлено после пересдачи", work()))
m("55802", d(2026, 10, 23), "Геометрия", (given(d(2026, 10, 23)), "5", "", work()))


def lesson_id(cls, day, num, suffix=""):
    return f"{CLASS_NO[cls]}{day:%Y%m%d}{num}{suffix}"


def topic(subject, day):
    return f"{subject}: урок {day:%d.%m}"


def hw_text(subject, day):
    return f"{subject}: упр. {day.day * 4 + len(subject)}, стр. {day.day + 20}"


def lessons(cls, day, t):
    """(num, subject, lesson id) of the class's lessons that day, as the journal holds them at instant t."""
    if day.weekday() > 4:
        return []
    out = [(n, s, lesson_id(cls, day, n)) for n, s in enumerate(WEEK[cls][day.weekday()], 1)]
    if cls == "8Б" and day == D(2026, 10, 23) and t >= REPLACED_AT:
        out[4] = (5, "Физика", lesson_id(cls, day, 5, "1"))
    return out


def assessment(value, day, lid, nm, comment, kind):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": kind["weight"],
            "weight_float": kind["weight"], "control_type": kind["ctype"], "control_type_short": kind["short"],
            "date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def marks_at(pupil, day, subject, lid, t):
    out = []
    for (p, dday, subj, nm), versions in sorted(MARKS.items(), key=lambda x: x[0][3]):
        if (p, dday, subj) != (pupil, day, subject):
            continue
        live = [v for v in versions if v[0] <= t]
        if live and live[-1][1] is not None:
            _, value, comment, kind = live[-1]
            out.append(assessment(value, day, lid, nm, comment, kind))
    return out


def item(cls, day, num, subject, lid, pupil, t):
    start, end = BELLS[num]
    homework = {}
    key = (cls, day, subject)
    if subject in HW_SUBJECTS and not (key in WITHDRAWN and t >= WITHDRAWN[key]):
        hw_id = int("7" + lid)
        text = hw_text(subject, day)
        if key in RETEXT and t >= RETEXT[key][0]:
            text = RETEXT[key][1]
        homework[str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
    assessments = marks_at(pupil, day, subject, lid, t) if pupil else []
    room = "спортзал" if subject == "Физическая культура" else ("31" if subject == "Английский язык" else
                                                                ("12" if cls == "5А" else "24"))
    body = {"num": str(num), "name": subject, "room": room, "teacher": TEACHERS.get(f"{subject}@{cls}",
                                                                                    TEACHERS.get(subject)),
            "sort": num * 100, "lesson_id": lid, "topic": topic(subject, day),
            "is_control": any(a.get("weight", 0) >= 3 for a in assessments), "starttime": start + ":00",
            "endtime": end + ":00", "homework": homework, "files": [], "resources": []}
    if pupil:
        body["assessments"] = assessments
    return body


def days_map(cls, first, last, t, pupil=None):
    days, day = {}, first
    while day <= last:
        got = lessons(cls, day, t)
        if got:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                         "items": {str(n): item(cls, day, n, s, lid, pupil, t) for n, s, lid in got}}
        day += dt.timedelta(days=1)
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(t):
    return t.isoformat() + "+03:00"


def rec(request, body, pulled_at):
    return {"request": request, "pulled_at": pulled_at, "body": body}


def diary_body(pupil, first, last, t):
    last_name, first_name, _, cls = PUPILS[pupil]
    return envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                          "parent_signed": False, "days": days_map(cls, first, last, t, pupil)}}})


def diary_request(pupil, first, last):
    return f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes"


def getdiary(pupil, first, last, t, pulled_at=None, request=None):
    return rec(request or diary_request(pupil, first, last), diary_body(pupil, first, last, t),
               pulled_at or stamp(t))


def getschedule(cls, first, last, t):
    return rec(f"getschedule?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               envelope({"days": days_map(cls, first, last, t)}), stamp(t))


def getmarks(pupil, first, last, t):
    body = diary_body(pupil, first, last, t)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for a in it["assessments"]:
                a = dict(a)
                short, ctype = a.pop("control_type_short"), a.pop("control_type")
                a.update(lesson_comment=it["topic"], max_mark=None)
                if ctype:
                    a["mtype"] = {"id": {"РУ": 1, "СР": 2, "КР": 3, "ЛР": 4, "Д": 5}[short], "short": short,
                                  "type": ctype}
                by_subject.setdefault(it["name"], []).append(a)
    out = []
    for subject in sorted(by_subject):
        counted = [a for a in by_subject[subject] if a["count"]]
        weight = sum(a["weight"] for a in counted)
        total = sum(a["convert"] * a["weight"] for a in counted)
        out.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                    "averageConvert": round(total / weight) if weight else 0, "lesson_id": str(5500 + len(subject)),
                    "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": out}}}), stamp(t))


def getrules(parent, t):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Тверь",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Тверская область", "city": "Тверь", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Школа № 55", "title_full": "МОУ «Средняя школа № 55» г. Твери",
                                         "number": "55", "inn": "6950005555", "kpp": "695001001"}]}}
    return rec("getrules", envelope(result), stamp(t))


def getperiods(pupil, t):
    last_name, first_name, _, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               stamp(t))


FULL_URL = ("https://tver55.eljur.ru/apiv3/getdiary?devkey=9b1f0c2e7a4d4e5f8a6b3c2d1e0f9a8b&vendor=tver55"
            "&out_format=json&auth_token=invented-token-55501&student={pupil}&days={days}&rings=__yes")


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 10, 12), D(2026, 10, 18), D(2026, 10, 19), D(2026, 10, 25)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 11 Oct 18:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, T(2026, 10, 11, 18, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, T(2026, 10, 11, 18, 5 + i)) for i, p in enumerate(sorted(PUPILS))])
    step("02 Sun 11 Oct 19:00: one batch mixing both classes: the class schedules of week 1, then the pupils' "
         "diaries of week 1, 8Б and 5А interleaved",
         [getschedule("8Б", W1, W1E, T(2026, 10, 11, 19, 0)), getschedule("5А", W1, W1E, T(2026, 10, 11, 19, 1))]
         + [getdiary(p, W1, W1E, T(2026, 10, 11, 19, 10 + i)) for i, p in enumerate(["55801", "55501", "55802",
                                                                                   "55502"])])
    wed = T(2026, 10, 14, 18, 0)
    p1 = getdiary("55501", W1, W1E, wed)
    step("03 Wed 14 Oct 18:00: week 1 with marks so far; the batch timed out on the job's side and was sent again "
         "at once, the retry stamping 18:05",
         [p1] + [getdiary(p, W1, W1E, wed) for p in ("55502", "55801", "55802")],
         [dict(p1, pulled_at=stamp(T(2026, 10, 14, 18, 5)))])
    step("04 Thu 15 Oct 20:00: 55501's week 1 (Monday's Математика corrected 3 -> 4, Thursday's dictation 5)",
         [getdiary("55501", W1, W1E, T(2026, 10, 15, 20, 0))])
    step("05 Thu 15 Oct 21:30: the job replays its failed Wednesday batch from its queue, stamping the replay's own "
         "time: Wednesday's answer for 55501, pulled_at 21:30",
         [dict(p1, pulled_at=stamp(T(2026, 10, 15, 21, 30)))])
    step("06 Fri 16 Oct 16:00: week 1 of all four pupils, 5А and 8Б mixed",
         [getdiary(p, W1, W1E, T(2026, 10, 16, 16, i)) for i, p in enumerate(["55502", "55802", "55501", "55801"])])
    step("07 Fri 16 Oct evening: one-day pulls through two relays, one stamping UTC (Z), the other naive local "
         "time; the UTC ones delivered first, in one batch with both classes' days",
         [getdiary("55801", D(2026, 10, 15), D(2026, 10, 15), T(2026, 10, 16, 19, 30), "2026-10-16T16:30:00Z"),
          getdiary("55802", D(2026, 10, 16), D(2026, 10, 16), T(2026, 10, 16, 17, 30), "2026-10-16T14:30:00Z"),
          getdiary("55801", D(2026, 10, 15), D(2026, 10, 15), T(2026, 10, 16, 18, 0), "2026-10-16T18:00:00"),
          getdiary("55802", D(2026, 10, 16), D(2026, 10, 16), T(2026, 10, 16, 17, 0), "2026-10-16T17:00:00")])
    sun = T(2026, 10, 18, 19, 0)
    days2 = f"{W2:%Y%m%d}-{W2E:%Y%m%d}"
    step("08 Sun 18 Oct: getmarks of 5А's week 1 (10:00); week 2's first pull (19:00), the request strings written "
         "carelessly: a full URL with devkey and token, leading and trailing spaces, upper case, a `GET ` prefix",
         [getmarks(p, W1, W1E, T(2026, 10, 18, 10, i)) for i, p in enumerate(["55501", "55502"])],
         [getdiary("55501", W2, W2E, sun, request=FULL_URL.format(pupil="55501", days=days2)),
          getdiary("55502", W2, W2E, sun + dt.timedelta(minutes=1),
                   request="  " + diary_request("55502", W2, W2E) + "  "),
          getdiary("55801", W2, W2E, sun + dt.timedelta(minutes=2),
                   request=diary_request("55801", W2, W2E).replace("getdiary", "GETDIARY")),
          getdiary("55802", W2, W2E, sun + dt.timedelta(minutes=3),
                   request="GET /apiv3/" + diary_request("55802", W2, W2E))])
    thu = T(2026, 10, 22, 20, 0)
    step("09 Thu 22 Oct: 5А's week 2 pulled at 20:00 is delivered; then the one-day pulls of 22 Oct the job made at "
         "15:00, before the 20:00 pull's answer arrived, land after it",
         [getdiary(p, W2, W2E, thu + dt.timedelta(minutes=i)) for i, p in enumerate(["55501", "55502"])],
         [getdiary(p, D(2026, 10, 22), D(2026, 10, 22), T(2026, 10, 22, 15, i)) for i, p in
          enumerate(["55501", "55502"])])
    order = [3, 0, 4, 1, 2]  # Thu, Mon, Fri, Tue, Wed
    step("10 Sat 24 Oct 10:00: 8Б's backlog flushed at once: the evening pulls (20:00) of week 2, Monday to "
         "Friday, kept in a queue while the relay was down, sent in one batch out of order",
         [getdiary(p, W2, W2E, T(2026, 10, 19 + k, 20, j)) for k in order for j, p in
          enumerate(["55802", "55801"])])
    step("11 Sun 25 Oct 12:00: getmarks of 8Б's week 2",
         [getmarks(p, W2, W2E, T(2026, 10, 25, 12, i)) for i, p in enumerate(["55801", "55802"])])
    journey = {"vendor": "elzhur",
               "description": "An integrator's mistakes (МОУ «Средняя школа № 55» г. Твери, 12-25 Oct 2026): a "
                              "retry stamped with the time again (at once and a day later), pulled_at in UTC and in "
                              "naive local time, batches mixing classes and days, careless request strings, a "
                              "week's backlog flushed out of order, a day pulled before the previous pull's answer "
                              "arrived.",
               "school": {"timezone": "Europe/Moscow", "name": "МОУ «Средняя школа № 55» г. Твери"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
