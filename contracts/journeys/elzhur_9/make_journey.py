"""Writes journey.json for the elzhur_9 corpus: one class (5Д, vendor sch9), Mon 2 - Wed 4 March 2026, every fact
sent in a SHAPE VARIANT a public Eljur client model shows (README lists each with its source). Standard library
only, deterministic. All names, ids, texts and links are invented."""

from __future__ import annotations

import json
from pathlib import Path

DAYS = "20260302-20260304"
Q3 = "20260112-20260320"


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled_at):
    return {"request": request, "body": body, "pulled_at": pulled_at}


PUPILS = {"90101": "Орлов Пётр", "90102": "Павлова Вера", "90103": "Рыбин Глеб"}
T = {"mat": "Кротова Анна Ильинична", "rus": "Зуева Елена Павловна", "bio": "Лосев Юрий Маркович",
     "eng": "Ершова Ольга Игоревна", "pe": "Горин Денис Олегович"}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15")}
# (date, num, subject, teacher key, room, lesson_id, topic)
TIMETABLE = [
    ("20260302", 1, "Математика", "mat", "12", "930001", "Деление с остатком"),
    ("20260302", 2, "Русский язык", "rus", "14", "930002", "Имя существительное"),
    ("20260302", 3, "Биология", "bio", "21", "930003", "Строение клетки"),
    ("20260303", 1, "Русский язык", "rus", "14", "930004", "Падежи"),
    ("20260303", 2, "Математика", "mat", "12", "930005", "Задачи на движение"),
    ("20260303", 3, "Английский язык", "eng", None, "930006", "Past Simple"),
    ("20260304", 1, "Математика", "mat", "12", "930007", "Проверочная работа"),
    ("20260304", 2, "Биология", "bio", "21", "930008", "Ткани растений"),
    ("20260304", 3, "Физическая культура", "pe", "", "930009", None),
]
TITLES = {"20260302": "Понедельник", "20260303": "Вторник", "20260304": "Среда", "20260305": "Четверг",
          "20260306": "Пятница"}
DAYS2 = "20260305-20260306"
TIMETABLE2 = [
    ("20260305", 1, "Английский язык", "eng", None, "930010", "Irregular verbs"),
    ("20260305", 2, "Русский язык", "rus", "14", "930011", "Склонение"),
    ("20260305", 3, "Математика", "mat", "12", "930012", "Дроби"),
    ("20260306", 1, "Биология", "bio", "21", "930013", "Мхи"),
    ("20260306", 2, "Математика", "mat", "12", "930014", "Повторение"),
    ("20260306", 3, "Физическая культура", "pe", "", "930015", "Эстафета"),
]


def mark(value, lid, date, nm="1", *, convert, weight=1, weight_float=None, count=True, ct="", cts="", comment="",
         countas=None):
    m = {"value": value, "countas": countas if countas is not None else str(convert), "count": count,
         "convert": convert, "weight": weight, "weight_float": weight if weight_float is None else weight_float,
         "control_type": ct, "control_type_short": cts, "date": date, "lesson_id": lid, "nm": nm,
         "comment": comment, "color_hex": None}
    return m


def absent(value, lid, date, countas="0"):
    return {"value": value, "countas": countas, "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "date": date, "lesson_id": lid, "nm": "1", "comment": "",
            "color_hex": None}


def item(row, *, secs=None, rings=True):
    date, num, subject, tkey, room, lid, topic = row
    it = {"num": str(num), "name": subject, "room": room, "teacher": T[tkey], "sort": num * 100, "lesson_id": lid,
          "is_control": lid == "930007", "homework": {}, "files": [], "resources": []}
    if topic is not None:
        it["topic"] = topic
    if rings:
        start, end = BELLS[num]
        it["starttime"], it["endtime"] = (start + ":00", end + ":00") if secs else (start, end)
    return it


def diary_90101():
    """students object, items object keyed by num, HH:MM:SS, homework keyed by id, new files list, numeric
    weight_float, an explicit `assessments: []`, `room: null` for English."""
    days = {}
    for row in TIMETABLE:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": {}})
        it = item(row, secs=True)
        it["assessments"] = []
        days[row[0]]["items"][str(row[1])] = it
    d = days
    d["20260302"]["items"]["1"]["assessments"] = [
        mark("5", "930001", "2026-03-02", convert=5, weight=1, weight_float=1, ct="Работа на уроке", cts="РУ")]
    d["20260302"]["items"]["1"]["homework"] = {"7100101": {"id": 7100101, "value": "№ 214, 216", "individual": False}}
    d["20260302"]["items"]["1"]["files"] = [{"toid": 7100101, "filename": "таблица_деления.pdf",
                                             "link": "https://sch9.eljur.ru/files/e9a1"}]
    d["20260303"]["items"]["3"]["assessments"] = [absent("н", "930006", "2026-03-03")]
    d["20260304"]["items"]["1"]["assessments"] = [
        mark("4", "930007", "2026-03-04", convert=4, weight=2, weight_float=2, ct="Проверочная работа", cts="ПР")]
    d["20260304"]["items"]["2"]["homework"] = {"7100108": {"id": 7100108, "value": "Зарисовать срез листа",
                                                           "individual": False, "lesson": "Биология"}}
    d["20260303"]["items_extday"] = [{"name": "Шахматы", "teacher": "Белкин Роман Ильич", "grp": "Шахматы",
                                      "grp_short": "Шахм.", "sort": 900, "topic": "Эндшпиль",
                                      "starttime": "14:00:00", "endtime": "14:40:00",
                                      "homework": [{"id": 7100777, "value": "Решить этюды 1–3", "individual": False}],
                                      # Apheleia DiaryAsyncParser reads `files` and `assessments` on items_extday too
                                      "files": [{"toid": 7100777, "filename": "этюды.pdf",
                                                 "link": "https://sch9.eljur.ru/files/e9f7"}],
                                      "assessments": [mark("5", "931003", "2026-03-03", convert=5, weight=1,
                                                           ct="Работа на занятии", cts="РЗ")]}]
    return ok({"students": {"90101": {"name": "90101", "title": PUPILS["90101"], "parent_signed": False,
                                      "days": d}}})


def diary_90102():
    """students ARRAY, items ARRAY, HH:MM, weight_float as a numeric STRING, `assessments` ABSENT where no mark,
    `topic` absent on PE, individual homework."""
    days = {}
    for row in TIMETABLE:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": []})
        days[row[0]]["items"].append(item(row, secs=False))
    by = {(it["lesson_id"]): it for day in days.values() for it in day["items"]}
    by["930002"]["assessments"] = [
        mark("4-", "930002", "2026-03-02", convert=4, countas="3.75", weight=1, weight_float="1.0",
             ct="Диктант", cts="Д", comment="две ошибки")]
    by["930004"]["assessments"] = [absent("ОП", "930004", "2026-03-03", countas=0)]
    for it in days["20260302"]["items"] + days["20260303"]["items"]:
        for m in it.get("assessments", []):
            m["color"] = "#3f8f3f" if m["count"] else "#c0392b"
    by["930005"]["assessments"] = [
        mark("5", "930005", "2026-03-03", "1", convert=5, weight=1, weight_float="1.5", ct="Самостоятельная работа",
             cts="СР"),
        mark("3", "930005", "2026-03-03", "2", convert=3, weight=1, weight_float="1", ct="Устный ответ", cts="УО")]
    by["930007"]["assessments"] = [
        mark("зч", "930007", "2026-03-04", convert=0, count=False, weight=0, weight_float="0", ct="Зачёт", cts="З")]
    by["930008"]["homework"] = {"7100208": {"id": 7100208, "value": "Доклад о мхах (индивидуально)",
                                            "individual": True}}
    by["930008"]["files"] = [{"toid": 7100208, "filename": "план_доклада.docx",
                              "link": "https://sch9.eljur.ru/files/e9b2"}]
    return ok({"students": [{"name": "90102", "title": PUPILS["90102"], "parent_signed": True, "days": days}]})


def diary_90103():
    """Pulled WITHOUT rings (no times at all: they must come from the class schedule), OLD files form
    {file:[...]}, homework `[]` when empty (PHP empty array), `topic: null`, `grp: null`."""
    days = {}
    for row in TIMETABLE:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": {}})
        it = item(row, rings=False)
        it["homework"] = []
        it["grp"] = None
        if "topic" not in it:
            it["topic"] = None
        days[row[0]]["items"][str(row[1])] = it
    d = days
    d["20260302"]["items"]["3"]["assessments"] = [
        mark("5+", "930003", "2026-03-02", convert=5, weight=1, ct="Работа на уроке", cts="РУ")]
    d["20260302"]["items"]["3"]["homework"] = {"7100303": {"id": 7100303, "value": "Прочитать § 9",
                                                           "individual": False}}
    d["20260302"]["items"]["3"]["files"] = {"file": [{"filename": "клетка_схема.png",
                                                      "link": "https://sch9.eljur.ru/files/e9c3"}]}
    d["20260303"]["items"]["1"]["assessments"] = [absent("Н", "930004", "2026-03-03")]
    d["20260304"]["items"]["1"]["assessments"] = [
        mark("", "930007", "2026-03-04", convert=0, count=False, weight=0),
        mark("3", "930007", "2026-03-04", "2", convert=3, weight=2, ct="Проверочная работа", cts="ПР",
             comment="Не решена задача 4")]
    return ok({"students": {"90103": {"name": "90103", "title": PUPILS["90103"], "days": d}}})


def diary_week2(pid, *, students_array, items_array, secs):
    """Thu-Fri: each pupil gets the OTHER shapes than in Mon-Wed (so each pupil's facts need both forms)."""
    marks2 = {
        "90101": {"930010": [mark("4", "930010", "2026-03-05", convert=4, weight=1, weight_float="1.0",
                                  ct="Словарный диктант", cts="СД")]},
        "90102": {"930014": [mark("2", "930014", "2026-03-06", convert=2, weight=1, weight_float=1,
                                  ct="Работа на уроке", cts="РУ", comment="Нет тетради")],
                  "930013": [absent("н", "930013", "2026-03-06", countas=0)]},
        "90103": {"930012": [absent("оп", "930012", "2026-03-05")],
                  "930011": [mark("5", "930011", "2026-03-05", convert=5, weight=2, weight_float="2.0",
                                  ct="Диктант", cts="Д")]},
    }[pid]
    hw2 = {"90101": ("930014", 7100614, "№ 301–303"), "90102": ("930011", 7100611, "Упр. 330"),
           "90103": ("930013", 7100613, "§ 11, вопросы 1–3")}[pid]
    days = {}
    for row in TIMETABLE2:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": [] if items_array else {}})
        it = item(row, secs=secs)
        if row[5] in marks2:
            it["assessments"] = marks2[row[5]]
        if row[5] == hw2[0]:
            it["homework"] = {str(hw2[1]): {"id": hw2[1], "value": hw2[2], "individual": False}}
        if items_array:
            days[row[0]]["items"].append(it)
        else:
            days[row[0]]["items"][str(row[1])] = it
    if pid == "90102":  # a Saturday with no `items` key at all (Apheleia: `items == null` -> no lessons)
        days["20260307"] = {"name": "20260307", "title": "Суббота"}
    body = {"name": pid, "title": PUPILS[pid], "parent_signed": False, "days": days}
    return ok({"students": [body]} if students_array else {"students": {pid: body}})


def schedule_pupil(pid):
    """getschedule by pupil (A.2: `student` or `class`), rings=__yes, per-pupil `students` object."""
    days = {}
    for row in TIMETABLE2:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": {}})
        it = item(row, secs=True)
        it.pop("homework"), it.pop("files")
        days[row[0]]["items"][str(row[1])] = it
    return ok({"students": {pid: {"name": pid, "title": PUPILS[pid], "days": days}}})


def schedule_class():
    """getschedule by class: days at the TOP level, items array, HH:MM times, `room` null/""."""
    days = {}
    for row in TIMETABLE:
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": []})
        it = item(row, secs=False)
        for k in ("homework", "files", "resources"):
            it.pop(k)
        days[row[0]]["items"].append(it)
    return ok({"days": days})


def homework_class():
    """gethomework by class: top-level days, items array WITHOUT lesson_id/num (fallback ids), homework keyed
    "1", OLD files {file:[...]}; a Thursday task set on Wednesday's Биология only here."""
    return ok({"days": {
        "20260303": {"name": "20260303", "title": "Вторник", "items": [
            {"name": "Английский язык", "grp": None, "homework": {"1": {"value": "Exercise 5, p. 61", "id": 7100406,
                                                                        "individual": False}},
             "files": {"file": [{"filename": "irregular_verbs.pdf", "link": "https://sch9.eljur.ru/files/e9d4"}]}}]},
        "20260304": {"name": "20260304", "title": "Среда", "items": [
            {"name": "Биология", "grp": "", "homework": {"1": {"value": "Заполнить таблицу «Ткани»", "id": 7100409,
                                                              "individual": False}},
             "files": {"file": []}}]}}})


def homework_90101():
    """gethomework by pupil: students ARRAY, days keyed, items OBJECT keyed by num, homework keyed by id."""
    return ok({"students": [{"name": "90101", "title": PUPILS["90101"], "days": {
        "20260303": {"name": "20260303", "title": "Вторник", "items": {
            "1": {"name": "Русский язык", "num": "1", "lesson_id": "930004",
                  "homework": {"7100504": {"id": 7100504, "value": "Упр. 312 (просклонять слова)",
                                           "individual": False}},
                  "files": []}}}}}]})


def homework_pupil(pid, extra):
    """gethomework by pupil in NiceEljurOpen's HomeworkResponse.kt shape: students map, items map keyed by num,
    `room`/`grp`/`grp_short` null, times HH:MM:SS (rings); one task only this answer holds."""
    lid, hid, value = extra
    days = {}
    for row in TIMETABLE2:
        if row[5] != lid:
            continue
        it = item(row, secs=True)
        it.update({"room": None, "grp": None, "grp_short": None,
                   "homework": {str(hid): {"value": value, "id": hid, "individual": False}}})
        days.setdefault(row[0], {"name": row[0], "title": TITLES[row[0]], "items": {}})["items"][str(row[1])] = it
    return ok({"students": {pid: {"name": pid, "title": PUPILS[pid], "parent_signed": False, "days": days}}})


def getmarks(pid):
    lessons = {
        "90101": [{"name": "Математика", "average": "4.50", "averageConvert": 4.5, "lesson_id": "1201", "marks": [
            {**mark("5", "930001", "2026-03-02", convert=5, weight=1), "lesson_comment": "Деление с остатком",
             "max_mark": None, "mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}},
            {**mark("4", "930007", "2026-03-04", convert=4, weight=2), "lesson_comment": None, "max_mark": None,
             "mtype": {"id": "4", "short": "ПР", "type": "Проверочная работа"}}]},
            {"name": "Русский язык", "average": "", "averageConvert": 0, "lesson_id": "1202", "marks": []}],
        "90102": [{"name": "Математика", "average": "4.14", "averageConvert": 4, "lesson_id": "1201", "marks": [
            {**mark("5", "929001", "2026-02-10", convert=5, weight=1, weight_float="1"),
             "lesson_comment": "Дроби", "max_mark": None,
             "mtype": {"id": 9, "short": "ДР", "type": "Домашняя работа"}},
            {**mark("5", "930005", "2026-03-03", "1", convert=5, weight=1, weight_float="1.5"),
             "lesson_comment": None, "max_mark": None, "mtype": {"id": 5, "short": "СР", "type": "Самостоятельная работа"}},
            {**mark("3", "930005", "2026-03-03", "2", convert=3, weight=1, weight_float="1"),
             "lesson_comment": None, "max_mark": None, "mtype": {"id": 2, "short": "УО", "type": "Устный ответ"}}]},
            # a subject with its average and no `marks` key (Apheleia MarkGridAsyncParser: marks == null)
            {"name": "Биология", "average": "5.00", "averageConvert": 5, "lesson_id": "1203"}],
        # NiceEljurOpen MarksResponse.kt shape: `average_convert` (snake case), `average` null, `countas` null,
        # `weight` null beside a string `weight_float`, `lesson_id` null (a mark with no lesson), `mtype.id` a string
        "90103": [{"name": "Биология", "average": "4.67", "average_convert": 5, "colorHex": None, "lesson_id": "1203",
                   "marks": [
            {**mark("5+", "930003", "2026-03-02", convert=5, weight=1), "lesson_comment": None, "max_mark": None,
             "mtype": {"id": "1", "short": "РУ", "type": "Работа на уроке"}},
            {**mark("4", None, "2026-02-17", convert=4, weight=None, weight_float="1", countas=None,
                    comment="Реферат сдан"), "countas": None, "lesson_comment": None,
             "mtype": {"id": "6", "short": "РФ", "type": "Реферат"}},
            {**mark("5", None, "2026-02-24", convert=5, weight=None, weight_float="2", countas=None), "countas": None,
             "lesson_comment": None, "mtype": {"id": "8", "short": "ЛР", "type": "Лабораторная работа"}}]},
            {"name": "Русский язык", "average": None, "average_convert": None, "lesson_id": "1202", "marks": [
                {**absent("Н", "930004", "2026-03-03"), "lesson_comment": None, "max_mark": None}]}],
    }[pid]
    body = {"name": pid, "title": PUPILS[pid], "lessons": lessons}
    return ok({"students": [body]} if pid == "90102" else {"students": {pid: body}})


PERIODS = [
    {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False},
    {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False},
    {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260320", "disabled": False},
    {"name": "IV", "fullname": "4 четверть", "start": "20260330", "end": "20260529", "disabled": False},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def periods(pid):
    return ok({"students": [{"name": pid, "title": PUPILS[pid], "periods": PERIODS}]})


def finals(pid):
    items = {
        "90101": [{"name": "Математика", "assessments": [{"period": "I", "value": "5", "comment": ""},
                                                        {"period": "II", "value": "4", "comment": "", "convert": 4}]},
                  {"name": "Биология", "assessments": []}],
        "90102": [{"name": "Математика", "assessments": [{"period": "II", "value": "5", "comment": ""}]},
                  {"name": "Физическая культура", "assessments": [{"period": "II", "value": "осв",
                                                                  "comment": "справка", "color_hex": None}]},
                  {"name": "Русский язык", "assessments": []}],
        "90103": [{"name": "Русский язык", "assessments": [{"period": "I", "value": "4", "comment": "", "convert": 4},
                                                          {"period": "II", "value": "", "comment": ""}]}],
    }[pid]
    body = {"name": pid, "title": PUPILS[pid], "items": items}
    return ok({"students": [body]} if pid == "90102" else {"students": {pid: body}})


def rules(uid, kids):
    return ok({"id": uid, "name": uid, "title": f"Родитель {uid}", "roles": ["parent"], "vendor": "sch9",
               "relations": {"students": {k: {"rel": "child", "name": k, "title": PUPILS[k],
                                              "lastname": PUPILS[k].split()[0], "firstname": PUPILS[k].split()[1],
                                              "class": "5Д", "parallel": "5"} for k in kids},
                             "groups": {"5Д": {"rel": "homeclass", "parallel": "5", "balls": 5}}}})


def main():
    P = "2026-03-04T18:00:00+03:00"
    steps = [
        {"name": "01 getrules of both parents (relations keyed by id)", "batches": [[
            rec("getrules", rules("51001", ["90101"]), "2026-03-01T10:00:00+03:00"),
            rec("https://sch9.eljur.ru/apiv3/getrules?devkey=x&vendor=sch9&auth_token=t&out_format=json",
                rules("51002", ["90102", "90103"]), "2026-03-01T10:00:00+03:00")]]},
        {"name": "02 getperiods: students array, weeks=__yes/show_disabled=__yes vs true, full URL on api.eljur.ru",
         "batches": [[
             rec("https://api.eljur.ru/apiv3/getperiods?vendor=sch9&student=90101&weeks=__yes&show_disabled=__yes",
                 periods("90101"), P),
             rec("getperiods?student=90102&weeks=true", periods("90102"), P),
             rec("/apiv3/getperiods?student=90103", periods("90103"), P)]]},
        {"name": "03 class schedule (top-level days, items array, HH:MM)", "batches": [[
            rec(f"getschedule?class=5Д&days={DAYS}&rings=__yes", schedule_class(), P)]]},
        {"name": "04 diaries in three shapes", "batches": [[
            rec(f"getdiary?student=90101&days={DAYS}&rings=__yes", diary_90101(), P),
            rec(f"https://sch9.eljur.ru/apiv3/getdiary?student=90102&days={DAYS}&rings=true", diary_90102(), P),
            rec(f"/apiv3/getdiary?student=90103&days={DAYS}", diary_90103(), P)]]},
        {"name": "05 homework by class (no lesson_id, files.file) and by pupil (students array)", "batches": [[
            rec(f"gethomework?class=5Д&days={DAYS}", homework_class(), P),
            rec(f"gethomework?student=90101&days={DAYS}", homework_90101(), P)]]},
        {"name": "05b Thu-Fri: diaries with each pupil's shapes swapped, schedule by pupil", "batches": [[
            rec(f"https://sch9.eljur.ru/apiv3/getdiary?student=90101&days={DAYS2}&rings=true",
                diary_week2("90101", students_array=True, items_array=True, secs=False), P),
            rec("getdiary?student=90102&days=20260305-20260307&rings=__yes",
                diary_week2("90102", students_array=False, items_array=False, secs=True), P),
            rec(f"https://api.eljur.ru/api/getdiary?vendor=sch9&student=90103&days={DAYS2}&rings=__yes",
                diary_week2("90103", students_array=True, items_array=False, secs=True), P),
            rec(f"getschedule?student=90101&days={DAYS2}&rings=__yes", schedule_pupil("90101"), P),
            rec(f"gethomework?student=90102&days={DAYS2}&rings=__yes",
                homework_pupil("90102", ("930015", 7100715, "Повторить правила эстафеты")), P),
            rec(f"/apiv3/gethomework?student=90103&days={DAYS2}&rings=__yes",
                homework_pupil("90103", ("930010", 7100710, "Выучить 10 неправильных глаголов")), P)]]},
        {"name": "06 getmarks over quarter III (mtype id int/str, average ''/'5', students array)", "batches": [[
            rec(f"getmarks?student={p}&days={Q3}", getmarks(p), P) for p in PUPILS]]},
        {"name": "07 getfinalassessments (assessments [], convert present/absent, value '')", "batches": [[
            rec(f"getfinalassessments?student={p}", finals(p), P) for p in PUPILS]]},
    ]
    journey = {"vendor": "elzhur", "steps": steps}
    out = Path(__file__).with_name("journey.json")
    lines = ['{"vendor": "elzhur", "steps": [']
    for i, step in enumerate(steps):
        lines.append(' {"name": ' + json.dumps(step["name"], ensure_ascii=False) + ', "batches": [')
        for j, batch in enumerate(step["batches"]):
            lines.append('  [')
            lines += ['   ' + json.dumps(r, ensure_ascii=False) + (',' if k < len(batch) - 1 else '')
                      for k, r in enumerate(batch)]
            lines.append('  ]' + (',' if j < len(step["batches"]) - 1 else ''))
        lines.append(' ]}' + (',' if i < len(steps) - 1 else ''))
    lines.append(']}')
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == journey
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
