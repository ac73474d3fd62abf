#!/usr/bin/env python3
"""Writes journey.json: dnevnik_ru_38, the end of school year 2025/26 and the summer after it, as a Dnevnik.ru sync
job pushes it. МБОУ «СОШ № 38», Вологда: class 8В (studyyear 2025, quarters, «Год», a transfer-exam column) in its
last weeks of May, its final, year and exam marks, three pupils with an academic debt and their retakes in June and
late August in retake subgroups, the year marks changed in June (new mark id) and August (same mark id), a pupil
conditionally promoted, and class 9В (studyyear 2026, trimesters, «Годовая») of 1 September with a newcomer; answers
about the finished year pulled in the summer and again in September.

Standard library only, deterministic. Written from shared/reference/dnevnik_ru.md (§N below) alone.
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL = 1000002538038
G8, G9 = 2260325488538000083, 2260325488538000093          # 8В 2025/26, 9В 2026/27 (ids above 2^53, §1)
GA, GR, GG = 2260325488538000841, 2260325488538000842, 2260325488538000843   # retake subgroups of 8В (§3.8)
TIMETABLE = 1000006538001
PUPILS = {  # key: (person id, user id or None, first, last, middle, sex)
    "P1": (1000012538001, 1000011538001, "Егор", "Лебедев", "Андреевич", "Male"),
    "P2": (1000012538002, 1000011538002, "Кирилл", "Смирнов", "Олегович", "Male"),
    "P3": (1000012538003, 1000011538003, "Полина", "Орлова", "Сергеевна", "Female"),
    "P4": (1000012538004, 1000011538004, "Тимур", "Зайцев", "Русланович", "Male"),
    "P5": (2260325488538100005, None, "Алиса", "Новикова", "Дмитриевна", "Female"),   # new in 9В, no account yet
}
PARENTS = {  # key: (user id, person id, short name, children keys)
    "Лебедева": (1000011538101, 1000012538101, "Лебедева И. В.", ["P1"]),
    "Смирнова": (1000011538102, 1000012538102, "Смирнова Н. П.", ["P2"]),
    "Зайцев": (1000011538104, 1000012538104, "Зайцев Р. М.", ["P4"]),
    "Новикова": (1000011538105, 1000012538105, "Новикова О. И.", ["P5"]),
}
TEACHERS = {  # person id: (user id, first, last, middle, sex)
    1000012538901: (1000011538901, "Лариса", "Кравченко", "Петровна", "Female"),   # Алгебра, Геометрия
    1000012538902: (1000011538902, "Марина", "Тихонова", "Юрьевна", "Female"),     # Русский язык; 8В class teacher
    1000012538903: (1000011538903, "Павел", "Сорокин", "Игоревич", "Male"),        # 9В class teacher
}
SUBJ = {"ALG": (1000003538001, "Алгебра", "Математика и информатика", 2),
        "GEO": (1000003538002, "Геометрия", "Математика и информатика", 2),
        "RUS": (1000003538003, "Русский язык", "Русский язык и литература", 1)}
TEACH = {"ALG": 1000012538901, "GEO": 1000012538901, "RUS": 1000012538902}
# work types (§3.3 standalone: id, kind, title, abbr, weight)
WT = [(5101, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
      (5102, "LessonTestWork", "Контрольная работа", "КР", 3),
      (5105, "LessonExamination", "Переводной экзамен", "ПЭ", 4),
      (5106, "LessonExamination", "Ликвидация задолженности", "ЛЗ", 2),
      (5107, "Homework", "Домашнее задание", "ДЗ", 1),
      (5190, "PeriodMark", "Четвертная отметка", "ЧЕТ", 1),
      (5191, "PeriodMark", "Годовая отметка", "ГОД", 1),
      (5193, "Exam", "Экзамен", "ЭКЗ", 1)]
WT_KIND = {w[0]: w[1] for w in WT}
# reporting periods (§3.12): group -> [(key, id, type, number, name, start, finish, year)]
RP = {
    G8: [("Q1", 2260325488538700081, "Quarter", 1, "1 четверть", "2025-09-01", "2025-10-24", 2025),
         ("Q2", 2260325488538700082, "Quarter", 2, "2 четверть", "2025-11-05", "2025-12-26", 2025),
         ("Q3", 2260325488538700083, "Quarter", 3, "3 четверть", "2026-01-12", "2026-03-20", 2025),
         ("Q4", 2260325488538700084, "Quarter", 4, "4 четверть", "2026-03-30", "2026-05-22", 2025),
         ("Y", 2260325488538700089, "Year", 1, "Год", "2025-09-01", "2026-05-29", 2025)],
    G9: [("T1", 2260325488538700091, "Trimester", 1, "1 триместр", "2026-09-01", "2026-11-27", 2026),
         ("T2", 2260325488538700092, "Trimester", 2, "2 триместр", "2026-11-30", "2027-02-26", 2026),
         ("T3", 2260325488538700093, "Trimester", 3, "3 триместр", "2027-03-01", "2027-05-28", 2026),
         ("Y", 2260325488538700099, "Year", 1, "Годовая", "2026-09-01", "2027-05-28", 2026)]}
RPG_ID = {G8: 1000008538083, G9: 1000008538093}
HOLIDAYS = {
    G8: [("Осенние каникулы", "2025-10-25", "2025-11-04"), ("Зимние каникулы", "2025-12-27", "2026-01-11"),
         ("Весенние каникулы", "2026-03-21", "2026-03-29"), ("Летние каникулы", "2026-05-30", "2026-08-31")],
    G9: [("Осенние каникулы", "2026-10-24", "2026-11-01"), ("Зимние каникулы", "2026-12-29", "2027-01-10"),
         ("Весенние каникулы", "2027-03-20", "2027-03-28"), ("Летние каникулы", "2027-05-29", "2027-08-31")]}
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad", "1": "Bad"}
TIMES = {1: "08:30:00", 2: "09:25:00", 3: "10:20:00", 4: "11:20:00"}

# --- lessons: (key, group, date, number, subject, topic, works) --------------------------------------------------
# a work: (work type, {pupil: value (or (value, new value after the June correction) or (value, None): deleted)})
LESSONS = [
    ("L01", G8, "2026-05-18", 1, "ALG", "Решение задач с помощью квадратных уравнений",
     [(5101, {"P1": "5", "P2": "2"})]),
    ("L02", G8, "2026-05-18", 2, "RUS", "Повторение: обособленные члены предложения",
     [(5101, {"P3": "4", "P4": "3-"})]),
    ("L03", G8, "2026-05-18", 3, "GEO", "Подобие треугольников: решение задач",
     [(5101, {"P1": "5", "P4": ("2", None)})]),          # Зайцев's «2» was another pupil's: deleted in June
    ("L04", G8, "2026-05-20", 1, "GEO", "Итоговая контрольная работа за курс 8 класса",
     [(5102, {"P1": "5", "P2": "3", "P4": "3"})]),        # Орлова absent (Absent, later Ill)
    ("L05", G8, "2026-05-20", 2, "RUS", "Контрольный диктант с грамматическим заданием",
     [(5102, {"P1": ("4", "5"), "P2": "3", "P3": "3+", "P4": "2"})]),   # Лебедев's «4» re-checked to «5» in June
    ("L06", G8, "2026-05-22", 1, "ALG", "Итоговое повторение: системы уравнений",
     [(5101, {"P2": "3-", "P4": "4"})]),
    ("L07", G8, "2026-05-22", 2, "GEO", "Итоговое повторение: площади фигур",
     [(5101, {"P3": "3"})]),
    ("L08", G8, "2026-05-22", 3, "RUS", "Анализ контрольного диктанта. Задание на лето",
     [(5101, {"P4": "3"})]),
    ("L09", G8, "2026-05-27", 1, "ALG", "Переводной экзамен по алгебре (письменная работа)",
     [(5105, {"P1": "5", "P2": "2", "P3": "3", "P4": "3"})]),
    ("L10", G8, "2026-05-29", 1, "RUS", "Переводной экзамен по русскому языку (изложение с творческим заданием)",
     [(5105, {"P1": "5", "P2": "3", "P3": "4", "P4": "2"})]),
    # retakes (ликвидация академической задолженности) in the summer, each in its subgroup of 8В
    ("R1", GA, "2026-06-15", 1, "ALG", "Ликвидация академической задолженности по алгебре за 8 класс",
     [(5106, {"P2": "2"})]),
    ("R2", GR, "2026-06-16", 1, "RUS", "Ликвидация академической задолженности по русскому языку за 8 класс",
     [(5106, {})]),                                      # Зайцев did not come (Absent)
    ("R3", GG, "2026-06-17", 1, "GEO", "Ликвидация академической задолженности по геометрии за 8 класс",
     [(5106, {"P3": "3"})]),
    ("R4", GA, "2026-08-27", 1, "ALG", "Повторная ликвидация академической задолженности по алгебре",
     [(5106, {"P2": "4"})]),
    ("R5", GR, "2026-08-28", 1, "RUS", "Повторная ликвидация академической задолженности по русскому языку",
     [(5106, {"P4": "2"})]),
    # 9В, the first week of 2026/27
    ("N01", G9, "2026-09-01", 1, "RUS", "Русский язык в современном мире", [(5101, {})]),
    ("N02", G9, "2026-09-01", 2, "ALG", "Повторение: квадратные уравнения", [(5101, {})]),
    ("N03", G9, "2026-09-02", 1, "GEO", "Повторение курса 8 класса: подобие треугольников", [(5101, {})]),
    ("N04", G9, "2026-09-02", 2, "RUS", "Повторение: словосочетание и предложение", [(5101, {})]),
    ("N05", G9, "2026-09-03", 1, "ALG", "Неравенства с одной переменной", [(5101, {"P1": "5", "P5": "4"})]),
    ("N06", G9, "2026-09-03", 2, "GEO", "Векторы. Понятие вектора", [(5101, {})]),
    ("N07", G9, "2026-09-04", 1, "RUS", "Сложное предложение. Виды сложных предложений",
     [(5101, {"P4": "3", "P2": "4"})]),
    ("N08", G9, "2026-09-04", 2, "ALG", "Решение неравенств с одной переменной", [(5101, {"P3": "4"})]),
]
RETAKE_HOURS = "10:00 - 11:30"
# homework set at a lesson (§3.2 type Homework, §3.6 tasks): lesson key -> (text, targetDate, pupils)
HOMEWORK = {
    "L01": ("№ 612, 615; повторить формулы корней квадратного уравнения", "2026-05-22", ["P1", "P2", "P3", "P4"]),
    "L08": ("Летнее чтение: В. Г. Распутин «Уроки французского», А. С. Пушкин «Капитанская дочка»; "
            "к 1 сентября — отзыв о прочитанной книге", "2026-09-01", ["P1", "P2", "P3", "P4"]),
}

# --- final marks (§3.13): (pupil, subject) -> values of Q1..Q4, Y, and the exam (None: no exam) ------------------
FIN_VALUES = {
    ("P1", "ALG"): ["5", "5", "4", "5", "5", "5"], ("P1", "GEO"): ["5", "4", "5", "5", "5", None],
    ("P1", "RUS"): ["5", "5", "5", "5", "5", "5"],
    ("P2", "ALG"): ["3", "2", "3", "2", "2", "2"], ("P2", "GEO"): ["3", "3", "3", "3", "3", None],
    ("P2", "RUS"): ["3", "3", "4", "3", "3", "3"],
    ("P3", "ALG"): ["3", "3", "4", "3", "3", "3"], ("P3", "GEO"): ["3", "2", "3", "2", "2", None],
    ("P3", "RUS"): ["4", "4", "4", "4", "4", "4"],
    ("P4", "ALG"): ["3", "3", "3", "3", "3", "3"], ("P4", "GEO"): ["3", "3", "3", "3", "3", None],
    ("P4", "RUS"): ["3", "2", "2", "2", "2", "2"],
}
FKEYS = ["Q1", "Q2", "Q3", "Q4", "Y", "EX"]
FDATES = {"Q1": "2025-10-24T15:", "Q2": "2025-12-26T14:", "Q3": "2026-03-20T15:", "Q4": "2026-05-25T16:",
          "Y": "2026-05-29T15:", "EX": "2026-05-29T16:"}
PLIST = list(PUPILS)
SLIST = list(SUBJ)
# the year mark of Орлова's Геометрия, deleted and set anew (new mark id) after her June retake
ORLOVA_NEW = {"id": 2260325488538590001, "value": "3", "date": "2026-06-17T12:40:05.2"}
# the year mark of Смирнов's Алгебра, edited (same mark id) after his August retake
SMIRNOV_UPD = {"value": "3", "date": "2026-08-27T14:52:31.4"}


def ids(k, v):
    return {k: v, k + "_str": None if v is None else str(v)}


def pid(key):
    return PUPILS[key][0]


def period(group, key):
    return next(p for p in RP[group] if p[0] == key)


def person(key):
    p, u, f, l, m, s = PUPILS[key]
    return {**ids("id", p), **ids("userId", u), "firstName": f, "lastName": l, "middleName": m,
            "shortName": f"{l} {f[0]}.", "sex": s}


def teacher_person(tid):
    u, f, l, m, s = TEACHERS[tid]
    return {**ids("id", tid), **ids("userId", u), "firstName": f, "lastName": l, "middleName": m,
            "shortName": f"{l} {f[0]}. {m[0]}.", "sex": s}


def subject(key):
    sid, name, area, _ = SUBJ[key]
    return {**ids("id", sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def group_obj(gid, name, parallel, year, status, parent=None, full=""):
    return {**ids("id", gid), "parentIds": [parent] if parent else [], "parentIds_str": [str(parent)] if parent else [],
            "type": "Subgroup" if parent else "Group", "name": name, "fullName": full, "parallel": parallel,
            **ids("timetable", TIMETABLE), "status": status, "studyyear": year, "educationType": "Regular",
            "subjects": [], "journaltype": "Default"}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


# --- lessons, works and marks --------------------------------------------------------------------------------------

def lesson_id(i):
    return 2260325488538200001 + i


def work_id(i, wi):
    return 2260325488538300001 + i * 10 + wi


def hw_id(i):
    return 2260325488538390001 + i


def build():
    """Every lesson (entity shape), its works, and its marks as first set and as the school finally had them."""
    lessons, marks = {}, {}
    for i, (key, group, day, number, skey, topic, works) in enumerate(LESSONS):
        lid = lesson_id(i)
        retake = key.startswith("R")
        wlist = []
        for wi, (wt, values) in enumerate(works):
            wid = work_id(i, wi)
            in_q = [p for p in RP.get(group, []) if p[2] != "Year" and p[5] <= day <= p[6]]
            wlist.append({**ids("id", wid), "type": WT_KIND[wt], "workType": wt, "markType": "mark5", "markCount": 1,
                          **ids("lesson", lid), "displayInJournal": True, "status": "Sent", **ids("eduGroup", group),
                          "tasks": [], "text": "", "periodNumber": in_q[0][3] if in_q else None,
                          "periodType": in_q[0][2] if in_q else None, "subjectId": SUBJ[skey][0],
                          "isImportant": wt in (5102, 5105, 5106), "targetDate": day + "T00:00:00", "sentDate": None,
                          "createdBy": TEACH[skey], "files": [], "oneDriveLinks": []})
            for pk, v in values.items():
                first, final = (v, v) if isinstance(v, str) else v
                n = PLIST.index(pk)
                mid = 2260325488538400001 + i * 100 + wi * 10 + n
                hh = TIMES[number][:2] if not retake else "11"
                m = {**ids("id", mid), "type": "mark5", "value": first, "textValue": first, **ids("person", pid(pk)),
                     **ids("work", wid), **ids("lesson", lid), "number": 0,
                     "date": f"{day}T{hh}:{12 + n * 7}:{(i * 13) % 60:02d}.{(317 + i * 41) % 1000}",
                     "workType": wt, "mood": MOOD[first[0]], "use_avg_calc": not retake}
                marks[mid] = {"first": m, "final": None if final is None else
                              {**m, "value": final, "textValue": final, "mood": MOOD[final[0]],
                               "date": m["date"]},
                              "lesson": key, "day": day, "group": group}
        if key in HOMEWORK:
            text, due, pupils = HOMEWORK[key]
            hid = hw_id(i)
            wlist.append({**ids("id", hid), "type": "Homework", "workType": 5107, "markType": "mark5", "markCount": 1,
                          **ids("lesson", lid), "displayInJournal": False, "status": "Sent", **ids("eduGroup", group),
                          "tasks": [{**ids("id", 2260325488538395001 + i * 10 + PLIST.index(p)), **ids("person", pid(p)),
                                     **ids("work", hid), "status": "NotStarted", "targetDate": due + "T00:00:00"}
                                    for p in pupils],
                          "text": text, "periodNumber": wlist[0]["periodNumber"], "periodType": wlist[0]["periodType"],
                          "subjectId": SUBJ[skey][0], "isImportant": False, "targetDate": due + "T00:00:00",
                          "sentDate": f"{day}T{TIMES[number][:2]}:4{i % 10}:07.3", "createdBy": TEACH[skey],
                          "files": [], "oneDriveLinks": []})
        lessons[key] = {**ids("id", lid), "title": topic,
                        "date": f"{day}T{'10:00:00' if retake else TIMES[number]}", "number": number,
                        "subject": subject(skey), "group": group, "status": "Conducted", "resultPlaceId": 0,
                        "works": wlist, "teachers": [TEACH[skey]], "teachers_str": [str(TEACH[skey])]}
    return lessons, marks


# --- final marks ---------------------------------------------------------------------------------------------------

def period_work_id(fkey, skey):
    return 2260325488538800001 + FKEYS.index(fkey) * 10 + SLIST.index(skey)


def period_work(fkey, skey):
    if fkey == "EX":   # the transfer exam's final mark: work kind Exam (§3.13 SOAP insertFinalMark(Exam)), of the
        # year it closes: §3.2 "periodNumber, periodType: set on period and final-mark works"
        ptype, pnum, wt, wtype = "Year", 1, 5193, "Exam"
    else:
        p = period(G8, fkey)
        ptype, pnum, wt, wtype = p[2], p[3], 5191 if fkey == "Y" else 5190, "PeriodMark"
    target = {"EX": "2026-05-29", "Y": "2026-05-29"}.get(fkey) or period(G8, fkey)[6]
    return {**ids("id", period_work_id(fkey, skey)), "type": wtype, "workType": wt, "markType": "mark5",
            "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
            **ids("eduGroup", G8), "tasks": [], "text": "", "periodNumber": pnum, "periodType": ptype,
            "subjectId": SUBJ[skey][0], "isImportant": False, "targetDate": target + "T00:00:00", "sentDate": None,
            "createdBy": TEACH[skey], "files": [], "oneDriveLinks": []}


def final_mark(pk, skey, fkey, state):
    """The final mark of (pupil, subject, column) at a pull; state: 'may', 'june' (Орлова anew), 'aug' (Смирнов)."""
    v = FIN_VALUES[(pk, skey)][FKEYS.index(fkey)]
    if v is None:
        return None
    n, si, fi = PLIST.index(pk), SLIST.index(skey), FKEYS.index(fkey)
    mid = 2260325488538500001 + fi * 100 + si * 10 + n
    date = f"{FDATES[fkey]}{10 + n * 9 + si * 3:02d}:{(17 * (fi + 1) + n * 11 + si) % 60:02d}.{(137 * (fi + 1) + n * 11) % 1000}"
    m = {**ids("id", mid), "type": "mark5", "value": v, "textValue": v, **ids("person", pid(pk)),
         **ids("work", period_work_id(fkey, skey)), "lesson": None, "lesson_str": None, "number": 0, "date": date,
         "workType": 5193 if fkey == "EX" else 5191 if fkey == "Y" else 5190, "mood": MOOD[v[0]],
         "use_avg_calc": False}
    if (pk, skey, fkey) == ("P3", "GEO", "Y") and state in ("june", "aug"):
        m.update(ids("id", ORLOVA_NEW["id"]))
        m.update({"value": ORLOVA_NEW["value"], "textValue": ORLOVA_NEW["value"], "date": ORLOVA_NEW["date"],
                  "mood": MOOD[ORLOVA_NEW["value"]]})
    if (pk, skey, fkey) == ("P2", "ALG", "Y") and state == "aug":
        m.update({"value": SMIRNOV_UPD["value"], "textValue": SMIRNOV_UPD["value"], "date": SMIRNOV_UPD["date"],
                  "mood": MOOD[SMIRNOV_UPD["value"]]})
    return m


def final_marks_body(fkeys, state, pupils=("P1", "P2", "P3", "P4")):
    """edu-groups/{g}/final-marks (§3.13): one entry per pupil and reporting period, the exam column's entry with
    reportingPeriod null (§3.13 "reportingPeriod (nullable)")."""
    body = []
    for pk in pupils:
        for fkey in fkeys:
            rp = None if fkey == "EX" else period(G8, fkey)[1]
            psm = []
            for skey in SLIST:
                m = final_mark(pk, skey, fkey, state)
                if m is not None:
                    psm.append({**ids("subject", SUBJ[skey][0]), "final-mark": m})
            if psm:
                body.append({**ids("person", pid(pk)), **ids("group", G8), **ids("reportingPeriod", rp),
                             "per-subject-final-marks": psm})
    return body


def finals_dated(day_from, day_to, state):
    """The final marks (lesson null) set within [day_from, day_to] as of a pull: a group's marks range holds them."""
    out = []
    for pk in ("P1", "P2", "P3", "P4"):
        for fkey in FKEYS:
            for skey in SLIST:
                m = final_mark(pk, skey, fkey, state)
                if m is not None and day_from <= m["date"][:10] <= day_to:
                    out.append(m)
    return out


def work_types_embedded(wts):
    return [{"id": w[0], "schoolId": SCHOOL, "abbreviation": w[3], "name": w[2], "isFinal": w[1] in ("PeriodMark", "Exam"),
             "isImportant": w[1] in ("LessonTestWork", "LessonExamination"), "kindId": 10 + i, "kind": w[1]}
            for i, w in enumerate(WT) if w[0] in wts]


def context(key, groups):
    user, person_id, short, children = PARENTS[key]
    return {**ids("userId", user), **ids("personId", person_id), "shortName": short, "avatarUrl": None,
            "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МБОУ «СОШ № 38»", "type": "School", "groupIds": groups}],
            "eduGroups": [],
            "children": [{**ids("personId", pid(c)), "firstName": PUPILS[c][2], "lastName": PUPILS[c][3],
                          "middleName": PUPILS[c][4], "shortName": f"{PUPILS[c][3]} {PUPILS[c][2][0]}.",
                          "schoolIds": [SCHOOL], "groupIds": groups} for c in children], "splitId": None}


def rpg(group):
    return {"id": RPG_ID[group], "reportingPeriods": [
        {**ids("id", p[1]), "start": p[5] + "T00:00:00", "finish": p[6] + "T00:00:00", "number": p[3], "type": p[2],
         "name": p[4], "year": p[7]} for p in RP[group]],
        "holidays": [{"id": RPG_ID[group] * 10 + i, "reportingPeriodGroupId": RPG_ID[group],
                      "dateStart": s + "T00:00:00", "dateFinish": f + "T00:00:00", "name": n, "description": d}
                     for i, (n, s, f), d in zip(range(1, 9), HOLIDAYS[group],
                                                ["", "", "", "Летние каникулы обучающихся 1–8, 10 классов"])]}


def main():
    lessons, marks = build()

    def lessons_of(group, a, b):
        return [l for l in lessons.values() if l["group"] == group and a <= l["date"][:10] <= b]

    def marks_of(group, a, b, version, pupil=None):
        out = []
        for m in marks.values():
            mk = m[version] if version == "final" else m["first"]
            if mk is None or m["group"] != group or not a <= m["day"] <= b:
                continue
            if pupil and mk["person"] != pid(pupil):
                continue
            out.append(mk)
        return out

    def log(entries):
        out = []
        for lkey, pk, status, comment, stamp in entries:
            l = lessons[lkey]
            out.append({**ids("person", pid(pk)), **ids("lesson", l["id"]), "comment": comment, "status": status,
                        "createdDate": f"{l['date'][:10]}T{stamp}"})
        return out

    def may_log(june):
        """lesson-log-entries of 8В's lessons (§3.5): every pupil of every lesson; Орлова's Absent of 05-20 became
        Ill once the school had her certificate (June)."""
        entries = []
        for lkey in ("L01", "L02", "L03", "L04", "L05", "L06", "L07", "L08") + (("L09", "L10") if june else ()):
            l = lessons[lkey]
            for n, pk in enumerate(("P1", "P2", "P3", "P4")):
                status, comment = "Attend", ""
                if (lkey, pk) == ("L04", "P3"):
                    status, comment = ("Ill", "справка от 02.06") if june else ("Absent", "")
                elif (lkey, pk) == ("L06", "P4"):
                    status, comment = "Late", "опоздал на 7 минут"
                elif (lkey, pk) == ("L02", "P2"):
                    status, comment = "Pass", "областные соревнования по лыжным гонкам"
                hh = int(l["date"][11:13])
                entries.append((lkey, pk, status, comment, f"{hh:02d}:{33 + n}:{(n * 17) % 60:02d}.{41 + n}"))
        return log(entries)

    def schedule(pk, group, a, b, lesson_keys, entries):
        """persons/{p}/groups/{g}/schedules (§0 bundles; flattened lessons §3.4): the pupil's days in his group."""
        days = []
        d, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        while d <= end:
            day = d.isoformat()
            ls = [lessons[k] for k in lesson_keys if lessons[k]["date"][:10] == day]
            ms = [m["final"] for m in marks.values() if m["lesson"] in lesson_keys and m["day"] == day
                  and m["final"]["person"] == pid(pk)]
            works = [w for l in ls for w in l["works"]]
            days.append({
                "date": day + "T00:00:00",
                "lessons": [{"id": l["id"], "title": l["title"], "date": l["date"], "number": l["number"],
                             "subjectId": l["subject"]["id"], "status": l["status"], "resultPlaceId": 0,
                             "building": "Главный корпус", "place": "24", "floor": "2", "hours": RETAKE_HOURS,
                             "works": [w["id"] for w in l["works"]], "teachers": l["teachers"]} for l in ls],
                "marks": ms, "works": works, "homeworks": [],
                "subjects": [{"id": l["subject"]["id"], "name": l["subject"]["name"],
                              "knowledgeAreaId": next(s[3] for s in SUBJ.values() if s[0] == l["subject"]["id"])}
                             for l in ls],
                "workTypes": work_types_embedded({w["workType"] for w in works}),
                "lessonLogEntries": [e for e in log(entries) if e["lesson"] in {l["id"] for l in ls}],
                "teachers": [{"person": teacher_person(t), "role": "Teacher"} for t in
                             sorted({t for l in ls for t in l["teachers"]})],
                "nextDate": (d + dt.timedelta(days=1)).isoformat() + "T00:00:00"})
            d += dt.timedelta(days=1)
        return {"days": days}

    def homework_bundle(a, b):
        ls = [l for l in lessons.values() if l["group"] == G8 and a <= l["date"][:10] <= b
              and any(w["type"] == "Homework" for w in l["works"])]
        return {"works": [w for l in ls for w in l["works"] if w["type"] == "Homework"],
                "subjects": [{"id": l["subject"]["id"], "name": l["subject"]["name"],
                              "knowledgeAreaId": next(s[3] for s in SUBJ.values() if s[0] == l["subject"]["id"])}
                             for l in ls],
                "lessons": [{"id": l["id"], "title": l["title"], "date": l["date"], "number": l["number"],
                             "subjectId": l["subject"]["id"], "status": l["status"], "resultPlaceId": 0,
                             "building": "Главный корпус", "place": "31", "floor": "3",
                             "hours": {1: "08:30 - 09:15", 2: "09:25 - 10:10", 3: "10:20 - 11:05"}[l["number"]],
                             "works": [w["id"] for w in l["works"]], "teachers": l["teachers"]} for l in ls],
                "files": [], "teachers": [teacher_person(t) for t in sorted({t for l in ls for t in l["teachers"]})]}

    def averages(values):
        return [{**ids("person", pid(pk)), "per-subject-averages": [
            {**ids("subject", SUBJ[s][0]), "avg-mark-value": v} for s, v in subj.items()]} for pk, subj in values]

    year_avg = [("P1", {"ALG": "4.83", "GEO": "4.71", "RUS": "4.90"}),
                ("P2", {"ALG": "2.58", "GEO": "3.12", "RUS": "3.24"}),
                ("P3", {"ALG": "3.31", "GEO": "2.47", "RUS": "3.95"}),
                ("P4", {"ALG": "3.18", "GEO": "3.05", "RUS": "2.44"})]
    sep_avg = [("P1", {"ALG": "5.00"}), ("P2", {"RUS": "4.00"}), ("P3", {"ALG": "4.00"}),
               ("P4", {"RUS": "3.00"}), ("P5", {"ALG": "4.00"})]

    g8, g9 = f"/v2/edu-groups/{G8}", f"/v2/edu-groups/{G9}"
    wt_body = [{**ids("id", w[0]), "schoolId": SCHOOL, "kindId": 10 + i, "kind": w[1], "title": w[2], "abbr": w[3],
                "weight": w[4]} for i, w in enumerate(WT)]
    works_may = [period_work(f, s) for f in ("Q4", "Y", "EX") for s in SLIST if f != "EX" or s != "GEO"]
    persons_8 = [person(k) for k in ("P1", "P2", "P3", "P4")]
    ga_name = {GA: "8В Алгебра (ликвидация задолженности)", GR: "8В Русский язык (ликвидация задолженности)",
               GG: "8В Геометрия (ликвидация задолженности)"}
    ga_full = {GA: "Кравченко Л. П.", GR: "Тихонова М. Ю.", GG: "Кравченко Л. П."}
    sub_members = {GA: ["P2"], GR: ["P4"], GG: ["P3"]}
    subgroups = [group_obj(g, ga_name[g], 8, 2025, "Active", G8, ga_full[g]) for g in (GA, GR, GG)]
    g8_active = group_obj(G8, "8В", 8, 2025, "Active")
    smirnov_summer = [m["final"] for m in marks.values() if m["lesson"] in ("R1", "R4") and m["final"]] + \
        [final_mark("P2", "ALG", "Y", "aug")]
    zaitsev_all = [final_mark("P4", s, f, "aug") for f in FKEYS for s in SLIST if final_mark("P4", s, f, "aug")]

    steps = [
        {"name": "1. the sync job's state of 8В in its last weeks (pulled 2026-05-18): the school (§3.10), its subjects "
                 "(§3.11), work types with weights incl. the period, year and exam kinds (§3.3), class 8В (§3.8, "
                 "studyyear 2025), its pupils, its class teacher (§3.9), its reporting-period-group with the quarters, "
                 "«Год» and the holidays up to 31 August (§3.12), three parents' contexts (§3.9)",
         "batches": [[
             rec(f"GET /v2/schools/{SCHOOL}", {**ids("id", SCHOOL), "name": "МБОУ «СОШ № 38»",
                 "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 38» г. Вологды",
                 "avatarSmall": None, "city": "Вологда", "municipality": "г. Вологда", "regionId": 35,
                 "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
                 "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "35."}, "2026-05-18T19:00:00+03:00"),
             rec(f"GET /v2/schools/{SCHOOL}/subjects", [{**subject(k), "halfYear": False} for k in SLIST],
                 "2026-05-18T19:00:01+03:00"),
             rec(f"GET /v2/work-types/{SCHOOL}", wt_body, "2026-05-18T19:00:02+03:00"),
             rec(f"GET {g8}", g8_active, "2026-05-18T19:00:03+03:00"),
             rec(f"GET {g8}/persons", persons_8, "2026-05-18T19:00:04+03:00"),
             rec(f"GET {g8}/classteacher", teacher_person(1000012538902), "2026-05-18T19:00:05+03:00"),
             rec(f"GET {g8}/reporting-period-group", rpg(G8), "2026-05-18T19:00:06+03:00"),
             rec(f"GET /v2/users/{PARENTS['Лебедева'][0]}/context", context("Лебедева", [G8]), "2026-05-18T19:00:07+03:00"),
             rec(f"GET /v2/users/{PARENTS['Смирнова'][0]}/context", context("Смирнова", [G8]), "2026-05-18T19:00:08+03:00"),
             rec(f"GET /v2/users/{PARENTS['Зайцев'][0]}/context", context("Зайцев", [G8]), "2026-05-18T19:00:09+03:00"),
         ]]},
        {"name": "2. the last week of «4 четверть» (pulled 2026-05-23): 8В's lessons (§3.4, entity shape with works and "
                 "the homework works), marks (§3.1) and attendance (§3.5) of 05-18..05-22, a pupil's homework bundle "
                 "(§3.7: the summer reading due 1 September), and the class's final-marks: quarters 1-3 so far (§3.13)",
         "batches": [[
             rec(f"GET {g8}/lessons/2026-05-18/2026-05-22", lessons_of(G8, "2026-05-18", "2026-05-22"), "2026-05-23T18:30:00+03:00"),
             rec(f"GET {g8}/marks/2026-05-18/2026-05-22", marks_of(G8, "2026-05-18", "2026-05-22", "first"), "2026-05-23T18:30:01+03:00"),
             rec(f"GET /v2/lesson-log-entries/group/{G8}?from=2026-05-18&to=2026-05-22", may_log(False), "2026-05-23T18:30:02+03:00"),
             rec(f"GET /v2/persons/{pid('P1')}/school/{SCHOOL}/homeworks?startDate=2026-05-18&endDate=2026-05-24",
                 homework_bundle("2026-05-18", "2026-05-24"), "2026-05-23T18:30:03+03:00"),
             rec(f"GET {g8}/final-marks", final_marks_body(["Q1", "Q2", "Q3"], "may"), "2026-05-23T18:30:04+03:00"),
         ]]},
        {"name": "3. the year closes (pulled 2026-05-30): the transfer exams of 05-27 (Алгебра) and 05-29 (Русский "
                 "язык) as lessons (§3.2 LessonExamination); the marks range of 05-25..05-29 holds their marks and also "
                 "the quarter marks set on 05-25 and the year and exam marks set on 05-29 (lesson null, §3.1, §3.13); "
                 "works/many for those works (§3.2 PeriodMark and Exam works, with periodType/periodNumber); "
                 "the final-marks with every quarter, «Год» and the exam column (reportingPeriod null, §3.13)",
         "batches": [[
             rec(f"GET {g8}/lessons/2026-05-25/2026-05-29", lessons_of(G8, "2026-05-25", "2026-05-29"), "2026-05-30T12:00:00+03:00"),
             rec(f"GET {g8}/marks/2026-05-25/2026-05-29",
                 marks_of(G8, "2026-05-25", "2026-05-29", "first") + finals_dated("2026-05-25", "2026-05-29", "may"),
                 "2026-05-30T12:00:01+03:00"),
             rec("POST /v2/works/many", works_may, "2026-05-30T12:00:02+03:00",
                 request_body=[w["id"] for w in works_may]),
             rec(f"GET {g8}/final-marks", final_marks_body(FKEYS, "may"), "2026-05-30T12:00:03+03:00"),
         ]]},
        {"name": "4. the school tidies the finished journal (pulled 2026-06-02): the whole range 05-18..05-29 again "
                 "(Лебедев's dictation re-checked «4» -> «5», same mark id; Зайцев's Геометрия «2» of 05-18 deleted), "
                 "its attendance (Орлова's Absent of 05-20 now Ill), and the year's averages over «Год»'s dates (§3.13)",
         "batches": [[
             rec(f"GET {g8}/marks/2026-05-18/2026-05-29",
                 marks_of(G8, "2026-05-18", "2026-05-29", "final") + finals_dated("2026-05-18", "2026-05-29", "may"),
                 "2026-06-02T20:00:00+03:00"),
             rec(f"GET /v2/lesson-log-entries/group/{G8}?from=2026-05-18&to=2026-05-29", may_log(True), "2026-06-02T20:00:01+03:00"),
             rec(f"GET {g8}/avg-marks/2025-09-01/2026-05-29", averages(year_avg), "2026-06-02T20:00:02+03:00"),
         ]]},
        {"name": "5. the June retakes (pulled 2026-06-18): the school's groups now list three retake subgroups of 8В "
                 "(§3.8 type Subgroup, parentIds), their members (POST edu-groups), each debtor's schedule of that week "
                 "in his subgroup (lessons, marks, attendance: Зайцев Absent), and 8В's final-marks: Орлова's "
                 "Геометрия «Год» deleted and set anew «3» under a new mark id (§3.13)",
         "batches": [[
             rec(f"GET /v2/schools/{SCHOOL}/edu-groups", [g8_active] + subgroups, "2026-06-18T19:00:00+03:00"),
             rec("POST /v2/edu-groups", [{"group": g, "students": [{"person": person(k), "membershipstatus": "Active"}
                                                                   for k in sub_members[g["id"]]]} for g in subgroups],
                 "2026-06-18T19:00:01+03:00", request_body=[GA, GR, GG]),
             rec(f"GET /v2/persons/{pid('P2')}/groups/{GA}/schedules?startDate=2026-06-15&endDate=2026-06-21",
                 schedule("P2", GA, "2026-06-15", "2026-06-21", ["R1"], [("R1", "P2", "Attend", "", "10:02:11.2")]),
                 "2026-06-18T19:00:02+03:00"),
             rec(f"GET /v2/persons/{pid('P4')}/groups/{GR}/schedules?startDate=2026-06-15&endDate=2026-06-21",
                 schedule("P4", GR, "2026-06-15", "2026-06-21", ["R2"], [("R2", "P4", "Absent", "не явился", "10:15:40.07")]),
                 "2026-06-18T19:00:03+03:00"),
             rec(f"GET /v2/persons/{pid('P3')}/groups/{GG}/schedules?startDate=2026-06-15&endDate=2026-06-21",
                 schedule("P3", GG, "2026-06-15", "2026-06-21", ["R3"], [("R3", "P3", "Attend", "", "10:01:52.9")]),
                 "2026-06-18T19:00:04+03:00"),
             rec(f"GET {g8}/final-marks", final_marks_body(FKEYS, "june"), "2026-06-18T19:00:05+03:00"),
         ]]},
        {"name": "6. late August (pulled 2026-08-28): the second retakes (Смирнов «4» on 08-27, Зайцев «2» on 08-28), "
                 "8В's final-marks with Смирнов's Алгебра «Год» edited to «3» (same mark id, dated 08-27, §3.13, "
                 "§3.1), and the new school year's class 9В (studyyear 2026, §3.8): its pupils so far (the newcomer "
                 "Новикова, no Зайцев yet), class teacher, reporting-period-group (trimesters and «Годовая», §3.12)",
         "batches": [[
             rec(f"GET /v2/persons/{pid('P2')}/groups/{GA}/schedules?startDate=2026-08-24&endDate=2026-08-30",
                 schedule("P2", GA, "2026-08-24", "2026-08-30", ["R4"], [("R4", "P2", "Attend", "", "10:00:58.31")]),
                 "2026-08-28T17:00:00+03:00"),
             rec(f"GET /v2/persons/{pid('P4')}/groups/{GR}/schedules?startDate=2026-08-24&endDate=2026-08-30",
                 schedule("P4", GR, "2026-08-24", "2026-08-30", ["R5"], [("R5", "P4", "Attend", "", "10:03:21.5")]),
                 "2026-08-28T17:00:01+03:00"),
             rec(f"GET {g8}/final-marks", final_marks_body(FKEYS, "aug"), "2026-08-28T17:00:02+03:00"),
             rec(f"GET {g9}", group_obj(G9, "9В", 9, 2026, "Active"), "2026-08-28T17:00:03+03:00"),
             rec(f"GET {g9}/persons", [person(k) for k in ("P1", "P2", "P3", "P5")], "2026-08-28T17:00:04+03:00"),
             rec(f"GET {g9}/classteacher", teacher_person(1000012538903), "2026-08-28T17:00:05+03:00"),
             rec(f"GET {g9}/reporting-period-group", rpg(G9), "2026-08-28T17:00:06+03:00"),
         ]]},
        {"name": "7. the new year begins (pulled 2026-09-02): 8В is now Archive (§3.8), 9В's pupils now include "
                 "Зайцев (conditionally promoted with his debt in Русский язык), his father's context names 9В, the "
                 "newcomer's mother's context (§3.9)",
         "batches": [[
             rec(f"GET {g8}", group_obj(G8, "8В", 8, 2025, "Archive"), "2026-09-02T19:00:00+03:00"),
             rec(f"GET {g9}/persons", [person(k) for k in ("P1", "P2", "P3", "P4", "P5")], "2026-09-02T19:00:01+03:00"),
             rec(f"GET /v2/users/{PARENTS['Зайцев'][0]}/context", context("Зайцев", [G9]), "2026-09-02T19:00:02+03:00"),
             rec(f"GET /v2/users/{PARENTS['Новикова'][0]}/context", context("Новикова", [G9]), "2026-09-02T19:00:03+03:00"),
         ]]},
        {"name": "8. the first week of 9В and the finished year once more (pulled 2026-09-05): 9В's lessons and marks "
                 "of 09-01..09-04 and its averages over them; 8В's final-marks again (as in August), Зайцев's "
                 "allfinalmarks in 8В (§3.13: marks, their PeriodMark and Exam works, subjects, workTypes), "
                 "Смирнов's own marks of the summer (§3.1 persons range: both retakes and his edited year mark), 8В's "
                 "range 05-18..05-29 again (the year marks re-dated or replaced since no longer in it) and its year "
                 "averages again",
         "batches": [[
             rec(f"GET {g9}/lessons/2026-09-01/2026-09-04", lessons_of(G9, "2026-09-01", "2026-09-04"), "2026-09-05T11:00:00+03:00"),
             rec(f"GET {g9}/marks/2026-09-01/2026-09-04", marks_of(G9, "2026-09-01", "2026-09-04", "final"), "2026-09-05T11:00:01+03:00"),
             rec(f"GET {g9}/avg-marks/2026-09-01/2026-09-04", averages(sep_avg), "2026-09-05T11:00:02+03:00"),
             rec(f"GET {g8}/final-marks", final_marks_body(FKEYS, "aug"), "2026-09-05T11:00:03+03:00"),
             rec(f"GET /v2/persons/{pid('P4')}/edu-groups/{G8}/allfinalmarks",
                 {"marks": zaitsev_all, "works": [period_work(f, s) for f in FKEYS for s in SLIST
                                                  if final_mark("P4", s, f, "aug")],
                  "subjects": [{"id": SUBJ[s][0], "name": SUBJ[s][1], "knowledgeAreaId": SUBJ[s][3]} for s in SLIST],
                  "workTypes": work_types_embedded({5190, 5191, 5193})}, "2026-09-05T11:00:04+03:00"),
             rec(f"GET /v2/persons/{pid('P2')}/schools/{SCHOOL}/marks/2026-06-01/2026-08-31", smirnov_summer,
                 "2026-09-05T11:00:05+03:00"),
             rec(f"GET {g8}/marks/2026-05-18/2026-05-29",
                 marks_of(G8, "2026-05-18", "2026-05-29", "final") + finals_dated("2026-05-18", "2026-05-29", "aug"),
                 "2026-09-05T11:00:06+03:00"),
             rec(f"GET {g8}/avg-marks/2025-09-01/2026-05-29", averages(year_avg), "2026-09-05T11:00:07+03:00"),
         ]]},
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 38: the end of school year 2025/26 and the summer after it. МБОУ «СОШ "
                              "№ 38», Вологда: 8В's last weeks of May, its quarter, year and transfer-exam marks, three "
                              "debtors' retakes in June and late August in retake subgroups, a year mark set anew in "
                              "June (new id) and one edited in August (same id, dated in August), a pupil conditionally "
                              "promoted, 9В of 1 September (trimesters) with a newcomer, and the finished year pulled "
                              "again in the summer and in September.",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
