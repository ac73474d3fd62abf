"""Writes journey.json of dnevnik_ru_46: a school's own data-entry mistakes and their repair (Dnevnik.ru v2,
October 2026, class 7Б of a Moscow school, three weeks).

Standard library only, deterministic. Every answer is generated from a model of the journal as it stood at its pull
(`pulled_at`): week 1 as entered with the mistakes, the re-pulls after the school repaired them. Shapes follow
shared/reference/dnevnik_ru.md (sections cited in README.md).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+03:00"
SCHOOL = 1000002546046
G = 1000004546071  # 7Б

ALG, ALG_DUP, RUS, RUS_DUP, HIST = 1000003546001, 1000003546002, 1000003546003, 1000003546004, 1000003546005
SUBJECTS = {ALG: ("Алгебра", "Математика и информатика"),
            ALG_DUP: ("Математика (алгебра)", "Математика и информатика"),
            RUS: ("Русский язык", "Русский язык и литература"),
            RUS_DUP: ("Русский язык ", "Русский язык и литература"),  # the same subject typed again, trailing space
            HIST: ("История", "Общественно-научные предметы")}

SEM, SEM_DUP, KRA, PAV = 1000012546901, 1000012546902, 1000012546903, 1000012546904
TEACHERS = {SEM: ("Семина", "Ольга", "Петровна", "Female", 1000011546901),
            SEM_DUP: ("Сёмина", "Ольга", "Петровна", "Female", None),  # the same teacher entered twice
            KRA: ("Кравцов", "Дмитрий", "Андреевич", "Male", 1000011546903),
            PAV: ("Павлова", "Наталья", "Игоревна", "Female", 1000011546904)}
TEACHER_OF = {ALG: SEM, RUS: KRA, HIST: PAV}

ART, ART_DUP, VIKA, NIK, POL = 1000012546001, 1000012546011, 1000012546002, 1000012546003, 1000012546004
PUPILS = {ART: ("Лебедев", "Артём", "Сергеевич", "Male", 1000011546001),
          ART_DUP: ("Лебедев", "Артём", "Сергеевич", "Male", None),  # entered twice by the secretary
          VIKA: ("Орлова", "Виктория", "Павловна", "Female", 1000011546002),
          NIK: ("Зайцев", "Никита", "Олегович", "Male", 1000011546003),
          POL: ("Кузьмина", "Полина", "Ильинична", "Female", 1000011546004)}
PARENTS = {1000012546101: (("Лебедева", "Марина", "Викторовна"), 1000011546101),
           1000012546102: (("Орлов", "Павел", "Андреевич"), 1000011546102),
           1000012546103: (("Зайцева", "Ольга", "Николаевна"), 1000011546103),
           1000012546104: (("Кузьмин", "Илья", "Романович"), 1000011546104)}

WT_ANSWER, WT_SELF, WT_HW = 4601, 4602, 4603
WORK_TYPES = [
    {"id": WT_ANSWER, "id_str": str(WT_ANSWER), "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
     "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
    {"id": WT_SELF, "id_str": str(WT_SELF), "schoolId": SCHOOL, "kindId": 2, "kind": "CommonWork",
     "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
    {"id": WT_HW, "id_str": str(WT_HW), "schoolId": SCHOOL, "kindId": 9, "kind": "Homework",
     "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
]

BELLS = {1: "08:30", 2: "09:25", 3: "10:25"}
WEEKS = [dt.date(2026, 10, 5), dt.date(2026, 10, 12), dt.date(2026, 10, 19)]
PLAN = {0: [ALG, RUS], 1: [RUS, ALG], 2: [ALG, HIST], 3: [RUS, ALG], 4: [HIST, RUS]}  # weekday -> slots 1, 2
TOPICS = {
    ALG: ["Одночлены. Стандартный вид одночлена", "Умножение одночленов", "Многочлены", "Сложение многочленов",
          "Вычитание многочленов", "Умножение одночлена на многочлен", "Вынесение общего множителя за скобки",
          "Умножение многочлена на многочлен", "Самостоятельная работа «Многочлены»",
          "Квадрат суммы и квадрат разности", "Разность квадратов", "Решение задач на формулы сокращённого умножения"],
    RUS: ["Причастие как часть речи", "Причастный оборот", "Запятые при причастном обороте",
          "Действительные и страдательные причастия", "Краткие страдательные причастия",
          "Н и НН в суффиксах причастий", "Изложение «Старый пёс»", "Правописание НЕ с причастиями",
          "Буквы Е и Ё после шипящих в суффиксах причастий",
          "Деепричастие как часть речи", "Деепричастный оборот", "Запятые при деепричастном обороте"],
    HIST: ["Смута в России: причины", "Лжедмитрий I", "Семибоярщина. Ополчения", "Земский собор 1613 года",
           "Россия при первых Романовых", "Контрольная работа «Смутное время»"],
}

LESSON_BASE, WORK_BASE, MARK_BASE = 2260325488546100000, 2260325488546200000, 2260325488546300000


def s(x: int | None) -> str | None:
    return None if x is None else str(x)


# --- the journal's lessons (final, repaired state) --------------------------------------------------------------
LESSONS = []  # dict(id, date, number, subject, teacher, title, week)
counters = {ALG: 0, RUS: 0, HIST: 0}
n = 0
for w, monday in enumerate(WEEKS):
    for wd in range(5):
        day = monday + dt.timedelta(days=wd)
        for slot, subj in enumerate(PLAN[wd], start=1):
            n += 1
            LESSONS.append({"id": LESSON_BASE + n, "date": day, "number": slot, "subject": subj,
                            "teacher": TEACHER_OF[subj], "title": TOPICS[subj][counters[subj]], "week": w})
            counters[subj] += 1
L = {(x["date"].isoformat(), x["number"]): x for x in LESSONS}
MOVED = L[("2026-10-16", 1)]  # История, Fri 16 Oct slot 1, first entered on Thu 15 Oct as lesson 3
COPIED = L[("2026-10-21", 2)]  # История, Wed 21 Oct slot 2, first entered a week early, on Wed 14 Oct as lesson 3
WRONG_SUBJ = {L[("2026-10-05", 1)]["id"]: ALG_DUP, L[("2026-10-07", 1)]["id"]: ALG_DUP,
              L[("2026-10-05", 2)]["id"]: RUS_DUP}
WRONG_TEACHER = {L[("2026-10-05", 1)]["id"], L[("2026-10-06", 2)]["id"], L[("2026-10-07", 1)]["id"]}

# homework (Work type Homework, §3.2), set at the lesson, due at the next lesson of the subject
HOMEWORK_TEXT = {
    ("2026-10-05", 1): "№ 455, 457(а,б)", ("2026-10-06", 1): "Упр. 172, выписать причастия",
    ("2026-10-08", 2): "№ 480–484", ("2026-10-09", 1): "§ 3, вопросы 1–4 на с. 27",
    ("2026-10-12", 1): "№ 512, 515; повторить правила действий с одночленами",
    ("2026-10-13", 1): "Упр. 196 (устно), упр. 198 (письменно)", ("2026-10-14", 1): "№ 530–533",
    ("2026-10-16", 1): "§ 5, составить хронологическую таблицу", ("2026-10-19", 1): "№ 560, 562",
    ("2026-10-20", 1): "Подготовиться к изложению: повторить правописание Н и НН",
    ("2026-10-22", 2): "№ 588–590", ("2026-10-23", 1): "Повторить § 1–6, подготовиться к контрольной работе",
}
WRONG_CLASS_HW = ("2026-10-14", 1, "№ 612, 615 — для 7А (контрольная на следующей неделе)")
WRONG_CLASS_HW2 = ("2026-10-16", 2, "Выучить наизусть стихотворение М. Ю. Лермонтова «Парус» (6В)")


def next_lesson(lesson: dict) -> dict:
    later = [x for x in LESSONS if x["subject"] == lesson["subject"] and x["date"] > lesson["date"]]
    return later[0] if later else {"date": lesson["date"] + dt.timedelta(days=7)}


# marks: (lesson key, pupil, value, work type, mark set at)
MARKS = [
    (("2026-10-05", 1), ART, "4", WT_ANSWER), (("2026-10-05", 1), VIKA, "5", WT_ANSWER),
    (("2026-10-05", 2), ART_DUP, "5", WT_ANSWER), (("2026-10-05", 2), NIK, "3", WT_ANSWER),
    (("2026-10-06", 1), ART_DUP, "4-", WT_ANSWER), (("2026-10-06", 2), POL, "5", WT_ANSWER),
    (("2026-10-07", 1), ART, "3+", WT_ANSWER), (("2026-10-07", 2), VIKA, "4", WT_ANSWER),
    (("2026-10-08", 1), ART_DUP, "4", WT_ANSWER), (("2026-10-08", 2), ART, "5", WT_ANSWER),
    (("2026-10-09", 2), ART_DUP, "3", WT_ANSWER), (("2026-10-09", 1), NIK, "4", WT_ANSWER),
    (("2026-10-12", 1), ART, "4", WT_ANSWER), (("2026-10-12", 2), POL, "4+", WT_ANSWER),
    (("2026-10-13", 2), VIKA, "5", WT_SELF),  # first put on Никита by mistake (MOVED_MARK)
    (("2026-10-13", 2), NIK, "3", WT_SELF), (("2026-10-13", 2), ART, "4", WT_SELF),
    (("2026-10-14", 1), POL, "5", WT_ANSWER), (("2026-10-15", 1), ART, "3", WT_ANSWER),
    (("2026-10-16", 1), POL, "5", WT_ANSWER), (("2026-10-16", 1), ART, "4", WT_ANSWER),
    (("2026-10-19", 1), ART, "5", WT_ANSWER), (("2026-10-19", 2), VIKA, "4-", WT_ANSWER),
    (("2026-10-20", 2), NIK, "2", WT_ANSWER), (("2026-10-21", 1), ART, "4", WT_ANSWER),
    (("2026-10-22", 1), POL, "5-", WT_ANSWER), (("2026-10-23", 1), VIKA, "5", WT_ANSWER),
    (("2026-10-23", 1), ART, "4", WT_ANSWER), (("2026-10-22", 2), NIK, "4", WT_ANSWER),
    (("2026-10-09", 2), ART, "4", WT_ANSWER),  # the same answer marked on both records: the merge keeps this one
]
DROPPED_AT_MERGE = MARK_BASE + 11  # the duplicate's '3' of 9 Oct, a second mark for the same work: deleted
WRONG_PUPIL_MARK = MARK_BASE + 900  # the '5' first recorded on Никита, deleted, re-entered on Виктория
# attendance (lesson key, pupil, status, comment)
LOG = [
    (("2026-10-06", 1), ART_DUP, "Late", "опоздал на 10 минут"), (("2026-10-08", 1), ART_DUP, "Absent", ""),
    (("2026-10-07", 2), NIK, "Ill", "справка"), (("2026-10-08", 2), NIK, "Ill", "справка"),
    (("2026-10-16", 1), NIK, "Absent", ""), (("2026-10-14", 2), POL, "Pass", "соревнования, письмо школы"),
    (("2026-10-20", 1), VIKA, "Late", ""), (("2026-10-21", 2), ART, "Absent", ""),
]


def person_obj(pid: int, names: tuple) -> dict:
    last, first, middle, sex, user = names
    return {"id": pid, "id_str": s(pid), "userId": user, "userId_str": s(user), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def at(day: dt.date, clock: str) -> str:
    return f"{day.isoformat()}T{clock}{TZ}"


def lesson_state(lesson: dict, pulled: str) -> dict | None:
    """The lesson as the journal held it at `pulled` (the mistakes live until the repair on 13 Oct)."""
    repaired = pulled >= "2026-10-13"
    state = dict(lesson)
    if not repaired and lesson["id"] in WRONG_SUBJ:
        state["subject"] = WRONG_SUBJ[lesson["id"]]
    if not repaired and lesson["id"] in WRONG_TEACHER:
        state["teacher"] = SEM_DUP
    if lesson["id"] == MOVED["id"] and pulled < "2026-10-16":
        state["date"], state["number"] = dt.date(2026, 10, 15), 3
    if lesson["id"] == COPIED["id"] and pulled < "2026-10-19":
        state["date"], state["number"] = dt.date(2026, 10, 14), 3
    return state


def homework_works(lesson: dict, pulled: str) -> list[dict]:
    key = (lesson["date"].isoformat(), lesson["number"])
    items = []
    if key in HOMEWORK_TEXT:
        items.append((WORK_BASE + 500 + lesson["id"] - LESSON_BASE, HOMEWORK_TEXT[key]))
    if key == WRONG_CLASS_HW[:2] and "2026-10-14" <= pulled < "2026-10-15T12":
        items.append((WORK_BASE + 999, WRONG_CLASS_HW[2]))
    if key == WRONG_CLASS_HW2[:2] and "2026-10-16" <= pulled < "2026-10-17":
        items.append((WORK_BASE + 998, WRONG_CLASS_HW2[2]))
    return [{"id": wid, "id_str": s(wid), "type": "Homework", "workType": WT_HW, "markType": "mark5", "markCount": 1,
             "lesson": lesson["id"], "lesson_str": s(lesson["id"]), "displayInJournal": False, "status": "Sent",
             "eduGroup": G, "eduGroup_str": s(G), "tasks": [], "text": text, "periodNumber": 1,
             "periodType": "Quarter", "subjectId": lesson["subject"], "isImportant": False,
             "targetDate": f"{next_lesson(lesson)['date'].isoformat()}T00:00:00",
             "sentDate": f"{lesson['date'].isoformat()}T15:10:00.5", "createdBy": lesson["teacher"],
             "files": [], "oneDriveLinks": []} for wid, text in items]


def lesson_work(lesson: dict, wt: int) -> dict:
    wid = WORK_BASE + (lesson["id"] - LESSON_BASE) * 2 + (1 if wt == WT_SELF else 0)
    kind = "CommonWork" if wt == WT_SELF else "DefaultNewLessonWork"
    return {"id": wid, "id_str": s(wid), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": s(lesson["id"]), "displayInJournal": True, "status": "Sent",
            "eduGroup": G, "eduGroup_str": s(G), "tasks": [], "text": "", "periodNumber": 1, "periodType": "Quarter",
            "subjectId": lesson["subject"], "isImportant": False,
            "targetDate": f"{lesson['date'].isoformat()}T00:00:00", "sentDate": None, "createdBy": lesson["teacher"],
            "files": [], "oneDriveLinks": []}


def lesson_obj(lesson: dict, pulled: str) -> dict:
    st = lesson_state(lesson, pulled)
    name, area = SUBJECTS[st["subject"]]
    works = [lesson_work(st, WT_ANSWER)]
    if any(k == (lesson["date"].isoformat(), lesson["number"]) and wt == WT_SELF for k, _, _, wt in MARKS):
        works.append(lesson_work(st, WT_SELF))
    works += homework_works(lesson, pulled) if st["date"] == lesson["date"] else []
    return {"id": st["id"], "id_str": s(st["id"]), "title": st["title"],
            "date": f"{st['date'].isoformat()}T{BELLS[st['number']]}:00", "number": st["number"],
            "subject": {"id": st["subject"], "id_str": s(st["subject"]), "name": name, "knowledgeArea": area,
                        "fgosSubjectId": None},
            "group": G, "status": "Conducted" if st["date"] <= dt.date.fromisoformat(pulled[:10]) else "NotConducted",
            "resultPlaceId": 0, "works": works, "teachers": [st["teacher"]], "teachers_str": [s(st["teacher"])]}


def in_range(day: dt.date, start: dt.date) -> bool:
    return start <= day <= start + dt.timedelta(days=6)


def lessons_answer(start: dt.date, pulled: str) -> dict:
    end = start + dt.timedelta(days=6)
    body = [lesson_obj(x, pulled) for x in LESSONS if in_range(lesson_state(x, pulled)["date"], start)]
    return {"request": f"GET /v2/edu-groups/{G}/lessons/{start.isoformat()}/{end.isoformat()}", "body": body,
            "pulled_at": pulled}


def mark_rows(pulled: str) -> list[dict]:
    rows = []
    repaired = pulled >= "2026-10-13"
    for i, (key, pupil, value, wt) in enumerate(MARKS):
        lesson = L[key]
        day = lesson["date"]
        if day > dt.date.fromisoformat(pulled[:10]):
            continue
        mid = MARK_BASE + i + 1
        if pupil == ART_DUP and repaired:
            if mid == DROPPED_AT_MERGE:
                continue
            pupil = ART  # the merge moves the duplicate's marks to the pupil, ids kept
        if mid == MARK_BASE + 15 and pulled < "2026-10-16":
            mid, pupil = WRONG_PUPIL_MARK, NIK  # the '5' on the wrong pupil, until the teacher moved it
        work = lesson_work(lesson, wt)
        rows.append({"id": mid, "id_str": s(mid), "type": "mark5", "value": value, "textValue": value,
                     "person": pupil, "person_str": s(pupil), "work": work["id"], "work_str": s(work["id"]),
                     "lesson": lesson["id"], "lesson_str": s(lesson["id"]), "number": 0,
                     "date": f"{day.isoformat()}T{BELLS[lesson['number']][:2]}:{20 + i % 30:02d}:{10 + i:02d}.{i * 7 % 1000}",
                     "workType": wt, "mood": "Good" if value[0] in "45" else "Average" if value[0] == "3" else "Bad",
                     "use_avg_calc": True})
    return rows


def marks_answer(start: dt.date, pulled: str) -> dict:
    end = start + dt.timedelta(days=6)
    body = [m for m in mark_rows(pulled) if in_range(dt.date.fromisoformat(m["date"][:10]), start)]
    return {"request": f"GET /v2/edu-groups/{G}/marks/{start.isoformat()}/{end.isoformat()}", "body": body,
            "pulled_at": pulled}


def log_answer(start: dt.date, pulled: str) -> dict:
    end = start + dt.timedelta(days=6)
    rows = []
    for key, pupil, status, comment in LOG:
        lesson = L[key]
        st = lesson_state(lesson, pulled)
        if not in_range(st["date"], start) or max(st["date"], lesson["date"]) > dt.date.fromisoformat(pulled[:10]):
            continue
        if pupil == ART_DUP and pulled >= "2026-10-13":
            pupil = ART
        rows.append({"person": pupil, "person_str": s(pupil), "lesson": lesson["id"], "lesson_str": s(lesson["id"]),
                     "comment": comment, "status": status,
                     "createdDate": f"{st['date'].isoformat()}T{BELLS[st['number']]}:4{len(rows) % 10}.{len(rows) + 3}"})
    return {"request": f"GET /v2/lesson-log-entries/group/{G}?from={start.isoformat()}&to={end.isoformat()}",
            "body": rows, "pulled_at": pulled}


def homeworks_answer(start: dt.date, pulled: str, days: int = 6) -> dict:
    end = start + dt.timedelta(days=days)  # the homework set at the range's lessons
    works, lessons, subjects = [], [], {}
    for x in LESSONS:
        st = lesson_state(x, pulled)
        for hw in homework_works(x, pulled) if st["date"] == x["date"] else []:
            if start <= st["date"] <= end:
                works.append(hw)
                lessons.append({"id": x["id"], "title": x["title"], "date": f"{x['date'].isoformat()}T{BELLS[x['number']]}:00",
                                "number": x["number"], "subjectId": st["subject"], "status": "Conducted",
                                "resultPlaceId": 0, "building": None, "place": "каб. 21", "floor": 2,
                                "hours": "", "works": [hw["id"]], "teachers": [st["teacher"]]})
                subjects[st["subject"]] = {"id": st["subject"], "name": SUBJECTS[st["subject"]][0],
                                           "knowledgeAreaId": 1}
    teachers = [person_obj(t, TEACHERS[t]) for t in sorted({x["teachers"][0] for x in lessons})]
    return {"request": f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate={start.isoformat()}&endDate={end.isoformat()}",
            "body": {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
                     "teachers": teachers}, "pulled_at": pulled}


def members(pulled: str) -> dict:
    archived = pulled >= "2026-10-13"
    rows = []
    for pid, names in PUPILS.items():
        if archived and pid == ART_DUP:
            continue
        rows.append(person_obj(pid, names))
    return {"request": f"GET /v2/edu-groups/{G}/persons?includeArchive=false", "body": rows, "pulled_at": pulled}


def members_with_archive(pulled: str) -> dict:
    return {"request": "POST /v2/edu-groups", "request_body": [G],
            "body": [{"group": G, "students": [{"person": pid, "membershipstatus": "Archive" if pid == ART_DUP
                                                else "Active"} for pid in PUPILS]}], "pulled_at": pulled}


def context(parent: int, children: list[int], pulled: str) -> dict:
    (last, first, middle), user = PARENTS[parent]
    kids = [{"personId": c, "firstName": PUPILS[c][1], "lastName": PUPILS[c][0], "middleName": PUPILS[c][2],
             "shortName": f"{PUPILS[c][0]} {PUPILS[c][1][0]}.", "schoolIds": [SCHOOL], "groupIds": [G]}
            for c in children]
    return {"request": f"GET /v2/users/{user}/context",
            "body": {"userId": user, "userId_str": s(user), "personId": parent, "personId_str": s(parent),
                     "shortName": f"{last} {first[0]}.", "avatarUrl": None, "roles": ["EduParent"],
                     "schoolIds": [SCHOOL], "groupIds": [], "schools": [{"id": SCHOOL, "name": "ГБОУ «Школа № 1546»",
                                                                         "type": "School", "groupIds": []}],
                     "eduGroups": [], "children": kids, "splitId": None}, "pulled_at": pulled}


def main() -> None:
    p0 = "2026-10-04T20:00:00+03:00"
    setup = [
        {"request": f"GET /v2/schools/{SCHOOL}", "body": {
            "id": SCHOOL, "id_str": s(SCHOOL), "name": "ГБОУ «Школа № 1546»",
            "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 1546»",
            "avatarSmall": None, "city": "Москва", "municipality": "район Марьино", "regionId": 77, "markType": "mark5",
            "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
            "tsoCityId": 7700000000000, "tsoRegionTreePath": "77."}, "pulled_at": p0},
        {"request": f"GET /v2/schools/{SCHOOL}/subjects", "body": [
            {"id": k, "id_str": s(k), "name": v[0], "knowledgeArea": v[1], "fgosSubjectId": None}
            for k, v in SUBJECTS.items()], "pulled_at": p0},
        {"request": f"GET /v2/work-types/{SCHOOL}", "body": WORK_TYPES, "pulled_at": p0},
        {"request": f"GET /v2/edu-groups/{G}", "body": {
            "id": G, "id_str": s(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7Б",
            "fullName": "", "parallel": 7, "timetable": 1000006546001, "timetable_str": "1000006546001",
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}, "pulled_at": p0},
        members(p0),
    ] + [{"request": f"GET /v2/persons/{t}", "body": person_obj(t, TEACHERS[t]), "pulled_at": p0} for t in TEACHERS] + [
        context(1000012546101, [ART, ART_DUP], p0), context(1000012546102, [VIKA], p0),
        context(1000012546103, [NIK], p0), context(1000012546104, [POL], p0)]
    w1, w2, w3 = WEEKS
    p1 = "2026-10-09T19:00:00+03:00"
    week1 = [members(p1), lessons_answer(w1, p1), marks_answer(w1, p1), log_answer(w1, p1), homeworks_answer(w1, p1)]
    p2 = "2026-10-13T19:30:00+03:00"
    repair = [members_with_archive(p2), members(p2), context(1000012546101, [ART], p2),
              lessons_answer(w1, p2), marks_answer(w1, p2), log_answer(w1, p2), homeworks_answer(w1, p2)]
    p3 = "2026-10-14T19:00:00+03:00"
    midweek = [lessons_answer(w2, p3), marks_answer(w2, p3), log_answer(w2, p3), homeworks_answer(w2, p3)]
    p4 = "2026-10-16T19:00:00+03:00"
    week2 = [members(p4), lessons_answer(w2, p4), marks_answer(w2, p4), log_answer(w2, p4), homeworks_answer(w2, p4)]
    p5 = "2026-10-23T19:00:00+03:00"
    week3 = [members(p5), lessons_answer(w3, p5), marks_answer(w3, p5), log_answer(w3, p5), homeworks_answer(w3, p5),
             homeworks_answer(w2, p5, 13)]  # the job re-pulls a fortnight of homework
    journey = {
        "vendor": "dnevnik_ru",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Школа № 1546»"},
        "description": "The school's own data-entry mistakes and their repair (Dnevnik.ru): 7Б of a Moscow school, "
                       "5-23 October 2026. A pupil entered twice (marks and attendance on both for a week, then the "
                       "duplicate archived and merged), a subject entered twice («Математика (алгебра)», «Русский "
                       "язык » with a trailing space), a teacher entered twice («Сёмина»/«Семина»), a mark put on the "
                       "wrong pupil and moved, a lesson entered on the wrong day and moved, homework of 7А pasted "
                       "into 7Б and removed.",
        "steps": [{"name": "setup: school, subjects, work types, class, pupils, teachers, parents", "batches": [setup]},
                  {"name": "week 1 (5-9 Oct) as entered, with the mistakes", "batches": [week1]},
                  {"name": "repair on 13 Oct: duplicate pupil archived and merged, subjects and teacher fixed",
                   "batches": [repair]},
                  {"name": "week 2 midweek (14 Oct): history lesson on the wrong day, 7А homework pasted",
                   "batches": [midweek]},
                  {"name": "week 2 end (16 Oct): lesson moved, homework removed, mark moved to the right pupil",
                   "batches": [week2]},
                  {"name": "week 3 (19-23 Oct)", "batches": [week3]}],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
