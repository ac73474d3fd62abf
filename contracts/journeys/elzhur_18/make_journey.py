"""Writes journey.json of elzhur_18 (OUT OF ORDER AND TAKEN BACK). Standard library only; deterministic.

The vendor's truth is a timeline (VERSIONS below); every answer is the journal as it stood when it was pulled, and
the sync job delivers those answers late, twice, and around the deletion notices.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+03:00"
S1, S2 = "61801", "61802"
TITLES = {S1: "Лебедева Полина", S2: "Голубев Тимофей"}
CLASS = "6В"
HOST = "https://sch118.eljur.ru/files/"
DAY_TITLES = {"20251110": "Понедельник", "20251111": "Вторник", "20251112": "Среда", "20251113": "Четверг",
              "20251114": "Пятница"}
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:30:00", "11:15:00")}
TEACHERS = {"Математика": ("Воронцова Галина Ивановна", "21"), "Русский язык": ("Захарова Елена Викторовна", "14"),
            "Литература": ("Захарова Елена Викторовна", "14"), "История": ("Кудрявцев Павел Андреевич", "32"),
            "Английский язык": ("Осипова Диана Руслановна", "27"), "Биология": ("Никитина Светлана Олеговна", "36"),
            "География": ("Никитина Светлана Олеговна", "36")}
# day -> [(num, subject, lesson_id, topic)]
LESSONS = {
    "20251110": [("1", "Математика", "8810101", "Деление обыкновенных дробей"),
                 ("2", "Русский язык", "8810102", "Контрольный диктант по теме «Имя прилагательное»"),
                 ("3", "История", "8810103", "Русь при Владимире Святославиче")],
    "20251111": [("1", "Английский язык", "8811101", "My daily routine"),
                 ("2", "Математика", "8811102", "Деление дробей. Решение задач"),
                 ("3", "Литература", "8811103", "А. С. Пушкин «Дубровский»: история создания")],
    "20251112": [("1", "Биология", "8812101", "Строение клетки"),
                 ("2", "Русский язык", "8812102", "Словарный диктант. Правописание корней"),
                 ("3", "География", "8812103", "Литосфера и рельеф Земли")],
    "20251113": [("1", "Математика", "8813101", "Нахождение числа по его дроби"),
                 ("2", "История", "8813102", "Ярослав Мудрый и «Русская правда»")],
    "20251114": [("1", "Русский язык", "8814101", "Изложение «Друзья»"),
                 ("2", "Литература", "8814102", "Дубровский: пересказ главы III")],
}


def mark(value, date, lesson, nm, *, weight=1, ctype="Работа на уроке", short="РУ", comment=""):
    absent = value in ("н", "оп")
    number = 0 if absent else int(value[0])
    return {"value": value, "countas": str(number), "count": not absent, "convert": number,
            "weight": 0 if absent else weight, "weight_float": 0 if absent else weight,
            "control_type": "" if absent else ctype, "control_type_short": "" if absent else short,
            "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lesson, "nm": nm, "comment": comment}


def hw(hid, value):
    return {str(hid): {"id": hid, "value": value, "individual": False}}


# ---- the journal's state, version by version ---------------------------------------------------------------------
V0 = {
    "topic": {},  # lesson_id -> corrected topic
    "homework": {  # lesson_id -> {hwid: text}
        "8811102": {7700201: "№ 245, 247", 7700202: "Повторить правило деления дробей (учебник, с. 58)"},
        "8812102": {7700301: "Упр. 118", 7700302: "Выучить словарные слова на с. 54"},
        "8813102": {7700401: "§ 9, вопросы 1–3", 7700402: "Подготовить сообщение о Ярославе Мудром"},
        "8814101": {7700501: "Дописать изложение в тетради для творческих работ"},
    },
    "files": {  # lesson_id -> the lesson's `files` as the server shapes it
        "8811102": [{"toid": 7700201, "filename": "карточка_дроби.pdf", "link": HOST + "a81c20"},
                    {"toid": 7700202, "filename": "правило_с58.jpg", "link": HOST + "a81c21"}],
        "8812102": {"file": [{"filename": "словарные_слова.docx", "link": HOST + "b7d301"}]},
        "8813102": [{"filename": "план_сообщения.docx", "link": HOST + "c4e402"}],
    },
    "marks": {
        S1: {"8810101": [mark("3", "20251110", "8810101", "1")],
             "8810102": [mark("5", "20251110", "8810102", "1", weight=2, ctype="Контрольный диктант", short="КД")],
             "8811103": [mark("оп", "20251111", "8811103", "1")],
             "8812101": [mark("5", "20251112", "8812101", "1")],
             "8813102": [mark("4", "20251113", "8813102", "1"),
                         mark("2", "20251113", "8813102", "2", ctype="Устный ответ", short="УО",
                              comment="не готов к ответу")]},
        S2: {"8810101": [mark("5", "20251110", "8810101", "1")],
             "8811101": [mark("н", "20251111", "8811101", "1")],
             "8812102": [mark("2", "20251112", "8812102", "1", weight=2, ctype="Словарный диктант", short="СД")],
             "8812103": [mark("4", "20251112", "8812103", "1")],
             "8813101": [mark("н", "20251113", "8813101", "1")],
             "8814102": [mark("4", "20251114", "8814102", "1", ctype="Пересказ", short="П")]},
    },
}


def after(state, change):
    new = copy.deepcopy(state)
    change(new)
    return new


def c1(s):  # 14.11 20:00 the "3" deleted (notice), 20:10 a "4" given in its place: same lesson, same nm
    s["marks"][S1]["8810101"] = [mark("4", "20251110", "8810101", "1", comment="самостоятельная переписана")]


def c2(s):  # 15.11 09:00 task 7700201 withdrawn (notice), 09:30 set again under the same id with another text
    s["homework"]["8811102"][7700201] = "№ 245, 247, 251"
    s["files"]["8811102"][0] = {"toid": 7700201, "filename": "карточка_дроби_вариант2.pdf", "link": HOST + "a81c29"}
    # and a file added to the unchanged second task
    s["files"]["8811102"].append({"toid": 7700202, "filename": "пример_решения.png", "link": HOST + "a81c30"})


def c3(s):  # 15.11 09:40 Упр. 118 withdrawn, a new task in its place (new id); files of the old form
    del s["homework"]["8812102"][7700301]
    s["homework"]["8812102"][7700311] = "Упр. 121 (письменно)"
    s["files"]["8812102"] = {"file": [{"filename": "словарные_слова.docx", "link": HOST + "b7d301"},
                                      {"filename": "образец_упр121.pdf", "link": HOST + "b7d311"}]}


def c4(s):  # 15.11 12:00 Биология topic corrected
    s["topic"]["8812101"] = "Строение растительной клетки"


def c5(s):  # 15.11 13:00 S2's "2" on Русский язык 12.11 deleted (dated notice)
    del s["marks"][S2]["8812102"]


def c6(s):  # 15.11 15:00 S2's "н" on Математика 13.11 taken back (no notice: the diary just lacks it)
    del s["marks"][S2]["8813101"]


def c7(s):  # 15.11 18:00 S2's Литература "4" replaced by "5" (same nm)
    s["marks"][S2]["8814102"] = [mark("5", "20251114", "8814102", "1", ctype="Пересказ", short="П",
                                      comment="пересказ исправлен")]


V_1415 = V0                                                   # as of 14.11 16:00
V_1510 = after(after(after(V0, c1), c2), c3)                   # as of 15.11 10:00
V_1612 = after(after(after(after(V_1510, c4), c5), c6), c7)    # as of 16.11 12:00


def lesson_item(state, pupil, num, subject, lid, topic):
    teacher, room = TEACHERS[subject]
    start, end = RINGS[num]
    homework = {}
    for hid, text in state["homework"].get(lid, {}).items():
        homework.update(hw(hid, text))
    return {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100, "lesson_id": lid,
            "topic": state["topic"].get(lid, topic), "is_control": lid == "8810102", "starttime": start,
            "endtime": end, "homework": homework, "files": copy.deepcopy(state["files"].get(lid, [])),
            "resources": [], "assessments": copy.deepcopy(state["marks"][pupil].get(lid, []))}


def days_of(first, last):
    return [d for d in sorted(DAY_TITLES) if first <= d <= last]


def getdiary(state, pupil, first, last, pulled):
    days = {}
    for d in days_of(first, last):
        days[d] = {"name": d, "title": DAY_TITLES[d],
                   "items": {num: lesson_item(state, pupil, num, subj, lid, topic)
                             for num, subj, lid, topic in LESSONS[d]}}
    body = {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
        "name": pupil, "title": TITLES[pupil], "parent_signed": False, "days": days}}}}}
    return {"request": f"getdiary?student={pupil}&days={first}-{last}&rings=__yes", "body": body,
            "pulled_at": f"{pulled}{TZ}"}


def gethomework(state, pupil, first, last, pulled):
    days = {}
    for d in days_of(first, last):
        items = []
        for num, subj, lid, _ in LESSONS[d]:
            if state["homework"].get(lid):
                item = lesson_item(state, pupil, num, subj, lid, "")
                items.append({"name": subj, "grp": None, "lesson_id": lid, "homework": item["homework"],
                              "files": item["files"]})
        days[d] = {"name": d, "title": DAY_TITLES[d], "items": items}
    body = {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
        "name": pupil, "title": TITLES[pupil], "days": days}}}}}
    return {"request": f"gethomework?student={pupil}&days={first}-{last}", "body": body,
            "pulled_at": f"{pulled}{TZ}"}


def notice(kind, date, pupil, pulled=None, **ids):
    record = {"method": "deletion", "deleted": {"kind": kind, "date": date, "student": pupil, **ids}}
    if pulled:
        record["pulled_at"] = f"{pulled}{TZ}"
    return record


def getrules(parent, title, pupil, pulled):
    first, last = TITLES[pupil].split()[1], TITLES[pupil].split()[0]
    return {"request": "getrules", "pulled_at": f"{pulled}{TZ}", "body": {"response": {"state": 200, "error": None,
            "result": {"roles": ["parent"], "relations": {
                "students": {pupil: {"rules": ["getdiary", "getmarks", "gethomework", "getperiods"], "rel": "child",
                                     "name": pupil, "title": TITLES[pupil], "lastname": last, "firstname": first,
                                     "gender": "female" if pupil == S1 else "male", "class": CLASS, "parallel": "6",
                                     "city": "Вологда"}},
                "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5,
                                   "hometeacher_id": "86118", "hometeacher_name": "Захарова Елена Викторовна"}},
                "schools": [{"title": "Школа № 118", "title_full": "МАОУ «СОШ № 118»", "number": "118",
                             "inn": "3525011800", "kpp": "352501001"}]},
                "allowedSections": ["diary", "marks", "finalmarks", "schedule"], "id": parent, "name": parent,
                "title": title, "vendor": "sch118", "vendor_id": 118}}}}


def getperiods(pupil, pulled):
    periods = [{"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False,
                "ambigious": None, "weeks": []},
               {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False,
                "ambigious": None, "weeks": []},
               {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                "weeks": []}]
    return {"request": f"getperiods?student={pupil}&weeks=__yes", "pulled_at": f"{pulled}{TZ}",
            "body": {"response": {"state": 200, "error": None, "result": {"students": [
                {"name": pupil, "title": TITLES[pupil], "periods": periods}]}}}}


D1 = getdiary(V_1415, S1, "20251110", "20251114", "2025-11-14T16:00:00")
E1 = getdiary(V_1415, S2, "20251110", "20251114", "2025-11-14T16:05:00")
D2 = getdiary(V_1510, S1, "20251110", "20251114", "2025-11-15T10:00:00")
E2 = getdiary(V_1510, S2, "20251110", "20251114", "2025-11-15T10:05:00")
D3 = getdiary(V_1612, S1, "20251110", "20251114", "2025-11-16T12:00:00")
E3 = getdiary(V_1612, S2, "20251113", "20251114", "2025-11-16T12:05:00")
G1 = gethomework(V_1612, S1, "20251111", "20251112", "2025-11-16T12:30:00")

STEPS = [
    ("01 getrules of both parents, getperiods of both pupils (quarters I and II, an undated year column)",
     [[getrules("91801", "Лебедева Ольга Николаевна", S1, "2025-11-09T10:00:00"),
       getrules("91802", "Голубева Марина Сергеевна", S2, "2025-11-09T10:01:00"),
       getperiods(S1, "2025-11-09T10:02:00"), getperiods(S2, "2025-11-09T10:03:00")]]),
    ("02 getdiary 10-14 Nov of both pupils, pulled 14 Nov 16:00, delivered on time", [[D1], [E1]]),
    ("03 dated deletion notice of Полина's \"3\" (Математика 10.11, pulled 14.11 20:00), then the retry of the "
     "14.11 16:00 diary that still holds it", [[notice("mark", "2025-11-10", S1, "2025-11-14T20:00:00",
                                                        lesson_id="8810101", nm="1")], [D1]]),
    ("04 Полина's diary pulled 16.11 12:00 arrives before her 15.11 10:00 pull; Тимофей's 15.11 10:05 pull",
     [[D3], [E2]]),
    ("05 Полина's 15.11 10:00 pull delivered late (after the 16.11 one)", [[D2]]),
    ("06 dated notices delivered late: task 7700201 withdrawn at 15.11 09:00 (set again at 09:30, both pulls after "
     "that hold it), Тимофей's \"2\" deleted at 15.11 13:00; then retries of Тимофей's 15.11 and 14.11 pulls",
     [[notice("homework", "2025-11-11", S1, "2025-11-15T09:00:00", homework_id="7700201"),
       notice("mark", "2025-11-12", S2, "2025-11-15T13:00:00", lesson_id="8812102", nm="1")], [E2], [E1]]),
    ("07 undated notice: Тимофей's \"н\" on Английский язык 11.11 taken back; then the 15.11 retry that holds it",
     [[notice("attendance", "2025-11-11", S2, lesson_id="8811101", nm="1")], [E2]]),
    ("08 Тимофей's 13-14 Nov pull (16.11 12:05), Полина's gethomework 11-12 Nov (16.11 12:30), retries of both "
     "14.11 pulls, then an undated notice: Полина's \"2\" on История 13.11 deleted",
     [[E3, G1], [D1, E1], [notice("mark", "2025-11-13", S1, lesson_id="8813102", nm="2")]]),
]


def main() -> None:
    journey = {"vendor": "elzhur",
               "description": "elzhur_18: OUT OF ORDER AND TAKEN BACK. Class 6В of school 118 (Вологда), week "
                              "10-14 Nov 2025: a sync job that retries, answers delivered after later pulls, "
                              "deletion notices with and without pulled_at before and after retried answers, a mark "
                              "deleted and another given in its place, homework withdrawn and set again, homework "
                              "files with and without toid on lessons with two tasks.",
               "steps": [{"name": name, "batches": batches} for name, batches in STEPS]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
