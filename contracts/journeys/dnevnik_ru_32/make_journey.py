#!/usr/bin/env python3
"""Writes journey.json: dnevnik_ru_32, reporting periods and final marks over a whole school year (2025/26) of two
classes of МБОУ «Гимназия № 32», Калуга: 7А on quarters and 10Б on half-years, plus 7А's last year (6А, 2024/25)
pulled in January. Standard library only, deterministic. Written from shared/reference/dnevnik_ru.md alone."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL = 1000002320032
G7, G10, G6 = 2260325488532000071, 2260325488532000102, 1000004320061   # 7А, 10Б (2025/26), 6А (2024/25, Archive)
P = {"A": 1000012320001, "B": 1000012320002, "M": 1000012320003, "D": 1000012320004, "N": 1000012320005}
U = {k: v - 1000000000 for k, v in P.items()}  # user ids 1000011320001...
PERSONS = {"A": ("Артём", "Воронцов", "Игоревич", "Male"), "B": ("Ксения", "Белова", "Андреевна", "Female"),
           "M": ("Матвей", "Ершов", "Денисович", "Male"), "D": ("Дарья", "Воронцова", "Игоревна", "Female"),
           "N": ("Никита", "Кузнецов", "Олегович", "Male")}
SUBJ = {"ALG": (1000003320001, "Алгебра", "Математика и информатика", 1),
        "RUS": (1000003320002, "Русский язык", "Русский язык и литература", 2),
        "HIS": (1000003320003, "История", "Общественно-научные предметы", 3),
        "PE": (1000003320004, "Физическая культура", "Физическая культура", 7),
        "ALG10": (1000003320006, "Алгебра и начала математического анализа", "Математика и информатика", 1),
        "LIT": (1000003320007, "Литература", "Русский язык и литература", 2),
        "PRJ": (1000003320008, "Индивидуальный проект", "Общие предметы", 8),
        "MAT": (1000003320005, "Математика", "Математика и информатика", 1)}   # 6А's, last year only
TEACH = {"ALG": 1000012320901, "RUS": 1000012320902, "HIS": 1000012320903, "PE": 1000012320904,
         "ALG10": 1000012320905, "LIT": 1000012320906, "PRJ": 1000012320905, "MAT": 1000012320901}
WT = [(4101, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1), (4102, "LessonTestWork", "Контрольная работа", "КР", 3),
      (4103, "CommonWork", "Самостоятельная работа", "СР", 2), (4104, "LessonComposition", "Сочинение", "СОЧ", 2),
      (4190, "PeriodMark", "Отметка за период", "ПЕР", 1), (4191, "PeriodMark", "Годовая отметка", "ГОД", 1)]
# reporting periods (§3.12): group -> [(id, type, number, name, start, finish, year)]
RP = {
    G7: [(2260325488532700711, "Quarter", 1, "1 четверть", "2025-09-01", "2025-10-24", 2025),
         (2260325488532700712, "Quarter", 2, "2 четверть", "2025-11-05", "2025-12-26", 2025),
         (2260325488532700713, "Quarter", 3, "3 четверть", "2026-01-12", "2026-03-20", 2025),
         (2260325488532700714, "Quarter", 4, "4 четверть", "2026-03-30", "2026-05-26", 2025),
         (2260325488532700719, "Year", 1, "Год", "2025-09-01", "2026-05-26", 2025)],
    G10: [(2260325488532701021, "HalfYear", 1, "1 полугодие", "2025-09-01", "2025-12-26", 2025),
          (2260325488532701022, "HalfYear", 2, "2 полугодие", "2026-01-12", "2026-05-26", 2025),
          (2260325488532701029, "Year", 1, "Год", "2025-09-01", "2026-05-26", 2025)],
    G6: [(1000007320061, "Quarter", 1, "1 четверть", "2024-09-02", "2024-10-25", 2024),
         (1000007320062, "Quarter", 2, "2 четверть", "2024-11-05", "2024-12-27", 2024),
         (1000007320063, "Quarter", 3, "3 четверть", "2025-01-09", "2025-03-21", 2024),
         (1000007320064, "Quarter", 4, "4 четверть", "2025-03-31", "2025-05-23", 2024),
         (1000007320069, "Year", 1, "Год", "2024-09-02", "2025-05-23", 2024)]}
RPG_ID = {G7: 1000008320071, G10: 1000008320102, G6: 1000008320061}
HOLIDAYS = {  # per group (§3.12 reporting-period-group): 10Б's autumn break is a week later than 7А's
    G7: [("Осенние каникулы", "2025-10-25", "2025-11-04"), ("Зимние каникулы", "2025-12-27", "2026-01-11"),
         ("Весенние каникулы", "2026-03-21", "2026-03-29")],
    G10: [("Осенние каникулы", "2025-11-01", "2025-11-09"), ("Зимние каникулы", "2025-12-27", "2026-01-11"),
          ("Весенние каникулы", "2026-03-21", "2026-03-29")],
    G6: [("Осенние каникулы", "2024-10-26", "2024-11-04"), ("Зимние каникулы", "2024-12-28", "2025-01-08"),
         ("Весенние каникулы", "2025-03-22", "2025-03-30")]}
T, NA, DIS = "test", "markna", "markdismiss"
# final marks: (group, period index in RP[group], pupil, subject) -> (value, scale, date set)
# period index: 0..3 quarters / 0..1 half-years, and the year last
FIN = {}


def fin(group, pupil, subject, values, dates, scale="mark5"):
    for i, v in enumerate(values):
        if v is None:
            continue
        sc = scale
        if isinstance(v, tuple):
            v, sc = v
        FIN[(group, i, pupil, subject)] = (v, sc, dates[i])


Q7 = ["2025-10-24T15:1", "2025-12-26T14:4", "2026-03-20T15:0", "2026-05-25T16:2", "2026-05-26T13:5"]
Q7b = ["2025-10-23T16:0", "2025-12-25T15:3", "2026-03-19T16:1", "2026-05-25T16:2", "2026-05-26T13:5"]
H10 = ["2025-12-26T15:2", "2026-05-25T15:4", "2026-05-26T14:1"]
H10b = ["2025-12-25T16:3", "2026-05-25T15:4", "2026-05-26T14:1"]
fin(G7, "A", "ALG", ["4", "4", "5", "5", "5"], Q7)
fin(G7, "A", "RUS", ["5", "4", "4", "5", "5"], Q7)
fin(G7, "A", "HIS", ["4", "2", "3", "4", "4"], Q7b)          # 2 четверть «2»: set by mistake, deleted in January
fin(G7, "A", "PE", ["зачёт"] * 5, Q7b, T)
fin(G7, "B", "ALG", ["3", "4", "4", "4", "4"], Q7)
fin(G7, "B", "RUS", ["5", "5", "5", "5", "5"], Q7)
fin(G7, "B", "HIS", ["5", "4", "5", "5", "5"], Q7b)
fin(G7, "B", "PE", ["зачёт", ("осв", DIS), ("осв", DIS), "зачёт", "зачёт"], Q7b, T)
fin(G7, "M", "ALG", [None, None, "3", "4", "4"], Q7)         # joined 7А after the winter holidays
fin(G7, "M", "RUS", [None, None, "4", "4", "4"], Q7)
fin(G7, "M", "HIS", [None, None, ("н/а", NA), "4", "4"], Q7b)
fin(G7, "M", "PE", [None, None, "зачёт", "зачёт", "зачёт"], Q7b, T)
fin(G10, "D", "ALG10", ["4", "5", "5"], H10)                 # 1 полугодие «4» corrected to «5» on 2026-01-15
fin(G10, "D", "LIT", ["5", "5", "5"], H10)
fin(G10, "D", "PE", ["зачёт"] * 3, H10b, T)
fin(G10, "D", "PRJ", ["зачёт"] * 3, H10b, T)                 # a subject with period marks and no ordinary marks
fin(G10, "N", "ALG10", ["3", "4", "4"], H10)
fin(G10, "N", "LIT", [("н/а", NA), "4", "4"], H10)
fin(G10, "N", "PE", ["зачёт"] * 3, H10b, T)
fin(G10, "N", "PRJ", ["зачёт"] * 3, H10b, T)
L6 = ["2024-10-25T15:1", "2024-12-27T14:4", "2025-03-21T15:0", "2025-05-22T16:2", "2025-05-23T13:5"]
fin(G6, "A", "MAT", ["4", "5", "4", "5", "5"], L6)
fin(G6, "A", "RUS", ["4", "3", "5", "4", "4"], L6)
fin(G6, "A", "HIS", ["5", "5", "4", "5", "5"], L6)
fin(G6, "A", "PE", ["5", "5", "5", "4", "5"], L6)
CORRECTED = {(G10, 0, "D", "ALG10"): ("5", "2026-01-15T16:40:12.3")}
DELETED = {(G7, 1, "A", "HIS")}
SUBJECTS_OF = {G7: ["ALG", "RUS", "HIS", "PE"], G10: ["ALG10", "LIT", "PE", "PRJ"], G6: ["MAT", "RUS", "HIS", "PE"]}
GBASE = {G7: 2260325488532000000, G10: 2260325488532000000, G6: 2160325488532000000}
GNUM = {G7: 7, G10: 10, G6: 6}
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad", "1": "Bad"}
# ordinary lessons on the periods' last and first days: (date, number, group, subject, topic, [(wt, scale, {pupil: value}, use)])
LESSONS = [
    ("2025-10-24", 1, G7, "ALG", "Линейное уравнение с одной переменной. Обобщение", [(4103, "mark5", {"A": "5", "B": "3+"}, True)]),
    ("2025-10-24", 2, G7, "RUS", "Контрольный диктант по теме «Причастие»", [(4102, "mark5", {"A": "4", "B": "4"}, True)]),
    ("2025-11-05", 1, G7, "HIS", "Россия в эпоху Ивана III", [(4101, "mark5", {"A": "4", "B": "5"}, True)]),
    ("2025-11-05", 3, G7, "ALG", "Степень с натуральным показателем", [(4101, "mark5", {"A": "5-", "B": "4"}, True)]),
    ("2025-12-26", 1, G10, "ALG10", "Тригонометрические уравнения. Зачётная работа", [(4102, "mark5", {"D": "5", "N": "3+"}, True)]),
    ("2025-12-26", 2, G10, "LIT", "И. С. Тургенев. «Отцы и дети». Сочинение", [(4104, "mark5", {"D": "5-"}, True)]),
    ("2026-01-12", 1, G10, "LIT", "Ф. И. Тютчев. Жизнь и творчество", [(4101, "mark5", {"D": "4", "N": "4"}, True)]),
    ("2026-01-12", 3, G10, "PE", "Волейбол: верхняя передача мяча", [(4101, T, {"D": "зачёт", "N": "зачёт"}, False)]),
    ("2026-03-20", 1, G7, "ALG", "Контрольная работа № 6 «Формулы сокращённого умножения»", [(4102, "mark5", {"A": "5-", "B": "4+", "M": "3-"}, True)]),
    ("2026-03-20", 2, G7, "RUS", "Частица как часть речи", [(4101, "mark5", {"A": "5", "M": "4+"}, True)]),
    ("2026-03-30", 1, G7, "RUS", "Союз как часть речи. Простые и составные союзы", [(4101, "mark5", {"A": "5", "M": "3"}, True)]),
    ("2026-03-30", 2, G7, "HIS", "Смутное время: причины и начало", [(4101, "mark5", {"B": "4", "M": "5"}, True)]),
]
TIMES = {1: "08:30:00", 2: "09:25:00", 3: "10:20:00"}


def ids(k, v):
    return {k: v, k + "_str": str(v)}


def subject(key):
    sid, name, area, _ = SUBJ[key]
    return {**ids("id", sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def period_work_id(group, pi, skey):
    return GBASE[group] + 800000 + GNUM[group] * 1000 + list(SUBJ).index(skey) * 10 + pi


def period_work(group, pi, skey):
    rp = RP[group][pi]
    wid = period_work_id(group, pi, skey)
    scale = T if skey == "PE" and group != G6 or skey == "PRJ" else "mark5"
    return {**ids("id", wid), "type": "PeriodMark", "workType": 4191 if rp[1] == "Year" else 4190, "markType": scale,
            "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
            **ids("eduGroup", group), "tasks": [], "text": "", "periodNumber": rp[2], "periodType": rp[1],
            "subjectId": SUBJ[skey][0], "isImportant": False, "targetDate": rp[5] + "T00:00:00", "sentDate": None,
            "createdBy": TEACH[skey], "files": [], "oneDriveLinks": []}


def final_mark(key):
    group, pi, pupil, skey = key
    value, scale, date = FIN[key]
    rp = RP[group][pi]
    n = list(P).index(pupil)
    mid = GBASE[group] + 500000 + GNUM[group] * 1000 + list(SUBJ).index(skey) * 100 + pi * 10 + n
    stamp = f"{date}{n}:{11 + pi * 7 + n:02d}.{(137 * (pi + 1) + n * 11) % 1000}"
    return {**ids("id", mid), "type": scale, "value": value, "textValue": value, **ids("person", P[pupil]),
            **ids("work", period_work_id(group, pi, skey)), "lesson": None, "lesson_str": None, "number": 0,
            "date": stamp, "workType": 4191 if rp[1] == "Year" else 4190,
            "mood": MOOD.get(value[0], "NotSet") if scale == "mark5" else "NotSet", "use_avg_calc": False}


def finals_state(group, upto_pi, pupils=None, corrected=False, deleted=False, period_keys=None):
    """The final marks a final-marks answer holds at a pull: periods 0..upto_pi (and the year when upto_pi is it)."""
    out = {}
    for key in sorted(FIN, key=lambda k: (k[1], list(P).index(k[2]), SUBJECTS_OF[k[0]].index(k[3]))):
        g, pi, pupil, skey = key
        if g != group or pi > upto_pi or (pupils and pupil not in pupils):
            continue
        if period_keys is not None and pi not in period_keys:
            continue
        if deleted and key in DELETED:
            continue
        m = final_mark(key)
        if corrected and key in CORRECTED:
            m["value"] = m["textValue"] = CORRECTED[key][0]
            m["mood"] = MOOD[CORRECTED[key][0][0]]
            m["date"] = CORRECTED[key][1]
        out[key] = m
    return out


def final_marks_body(group, state):
    entries = {}
    for (g, pi, pupil, skey), m in state.items():
        entries.setdefault((pupil, pi), []).append((skey, m))
    body = []
    for (pupil, pi), subs in sorted(entries.items(), key=lambda kv: (list(P).index(kv[0][0]), kv[0][1])):
        rp = RP[group][pi]
        body.append({**ids("person", P[pupil]), **ids("group", group), **ids("reportingPeriod", rp[0]),
                     "per-subject-final-marks": [{**ids("subject", SUBJ[s][0]), "final-mark": m}
                                                 for s, m in sorted(subs, key=lambda x: SUBJECTS_OF[group].index(x[0]))]})
    return body


def build_lessons():
    lessons, marks = [], []
    for li, (day, number, group, skey, topic, works) in enumerate(LESSONS):
        lid = 2260325488532200001 + li
        wlist = []
        for wi, (wt, scale, values, use) in enumerate(works):
            wid = 2260325488532300001 + li * 10 + wi
            rp = next(r for r in RP[group] if r[1] != "Year" and r[4] <= day <= r[5])
            wlist.append({**ids("id", wid), "type": next(w[1] for w in WT if w[0] == wt), "workType": wt,
                          "markType": scale, "markCount": 1, **ids("lesson", lid), "displayInJournal": True,
                          "status": "Sent", **ids("eduGroup", group), "tasks": [], "text": "",
                          "periodNumber": rp[2], "periodType": rp[1], "subjectId": SUBJ[skey][0],
                          "isImportant": wt == 4102, "targetDate": day + "T00:00:00", "sentDate": None,
                          "createdBy": TEACH[skey], "files": [], "oneDriveLinks": []})
            for pk in P:
                if pk not in values:
                    continue
                v = values[pk]
                mid = 2260325488532400001 + li * 100 + wi * 10 + list(P).index(pk)
                marks.append({**ids("id", mid), "type": scale, "value": v, "textValue": v, **ids("person", P[pk]),
                              **ids("work", wid), **ids("lesson", lid), "number": 0,
                              "date": f"{day}T{TIMES[number][:2]}:{21 + list(P).index(pk)}:{10 + li:02d}.{317 + li * 7}",
                              "workType": wt, "mood": MOOD.get(v[0], "NotSet") if scale == "mark5" else "NotSet",
                              "use_avg_calc": use})
        lessons.append({**ids("id", lid), "title": topic, "date": f"{day}T{TIMES[number]}", "number": number,
                        "subject": subject(skey), "group": group, "status": "Conducted", "resultPlaceId": 0,
                        "works": wlist, "teachers": [TEACH[skey]], "teachers_str": [str(TEACH[skey])]})
    return lessons, marks


def group_obj(gid, name, parallel, year, status, timetable):
    return {**ids("id", gid), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": parallel, **ids("timetable", timetable), "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def person(pk):
    f, l, m, s = PERSONS[pk]
    return {**ids("id", P[pk]), **ids("userId", U[pk]), "firstName": f, "lastName": l, "middleName": m,
            "shortName": f"{l} {f[0]}.", "sex": s}


def rpg(group):
    return {"id": RPG_ID[group], "reportingPeriods": [
        {**ids("id", r[0]), "start": r[4] + "T00:00:00", "finish": r[5] + "T00:00:00", "number": r[2], "type": r[1],
         "name": r[3], "year": r[6]} for r in RP[group]],
        "holidays": [{"id": RPG_ID[group] * 10 + i, "reportingPeriodGroupId": RPG_ID[group], "dateStart": s + "T00:00:00",
                      "dateFinish": f + "T00:00:00", "name": n, "description": ""} for i, (n, s, f) in enumerate(HOLIDAYS[group], 1)]}


def context(user, person_id, short, children):
    groups = sorted({g for _, g in children})
    return {**ids("userId", user), **ids("personId", person_id), "shortName": short, "avatarUrl": None,
            "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МБОУ «Гимназия № 32»", "type": "School", "groupIds": groups}],
            "eduGroups": [], "children": [{"personId": P[c], "personId_str": str(P[c]), "firstName": PERSONS[c][0],
                                           "lastName": PERSONS[c][1], "middleName": PERSONS[c][2],
                                           "shortName": f"{PERSONS[c][1]} {PERSONS[c][0][0]}.", "schoolIds": [SCHOOL],
                                           "groupIds": [g]} for c, g in children], "splitId": None}


def allfinalmarks(group, pupil, state):
    marks = [m for (g, pi, p, s), m in state.items() if p == pupil]
    works = [period_work(g, pi, s) for (g, pi, p, s) in state if p == pupil]
    subs = sorted({s for (g, pi, p, s) in state if p == pupil}, key=SUBJECTS_OF[group].index)
    return {"marks": marks, "works": works,
            "subjects": [{"id": SUBJ[s][0], "name": SUBJ[s][1], "knowledgeAreaId": SUBJ[s][3]} for s in subs],
            "workTypes": [{"id": w[0], "schoolId": SCHOOL, "abbreviation": w[3], "name": w[2], "isFinal": True,
                           "isImportant": False, "kindId": 90 + i, "kind": w[1]} for i, w in enumerate(WT) if w[1] == "PeriodMark"]}


def main():
    lessons, marks = build_lessons()

    def day_lessons(group, day):
        return [l for l in lessons if l["group"] == group and l["date"][:10] == day]

    def day_marks(group, day, finals=()):
        lids = {l["id"] for l in day_lessons(group, day)}
        return [m for m in marks if m["lesson"] in lids] + [m for m in finals if m["date"][:10] == day]

    g7, g10, g6 = f"/v2/edu-groups/{G7}", f"/v2/edu-groups/{G10}", f"/v2/edu-groups/{G6}"
    wt_body = [{**ids("id", w[0]), "schoolId": SCHOOL, "kindId": i + 1, "kind": w[1], "title": w[2], "abbr": w[3],
                "weight": w[4]} for i, w in enumerate(WT)]
    q1 = finals_state(G7, 0)
    h1 = finals_state(G10, 0)
    q3 = finals_state(G7, 2, period_keys={2})
    steps = [
        {"name": "1. school and reference data at the start of the year (pulled 2025-09-02): the school (§3.10), its subjects, marks/values (§5), work types incl. two PeriodMark kinds (§3.3, §3.2), classes 7А and 10Б (§3.8), their pupils, each class's reporting-period-group with its own periods and holidays (§3.12: 7А quarters, 10Б half-years, each with a Year period), the parents' contexts (§3.9)",
         "batches": [[
             rec(f"GET /v2/schools/{SCHOOL}", {**ids("id", SCHOOL), "name": "МБОУ «Гимназия № 32»",
                 "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 32» г. Калуги",
                 "avatarSmall": None, "city": "Калуга", "municipality": "г. Калуга", "regionId": 40,
                 "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
                 "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "40."}, "2025-09-02T18:00:00+03:00"),
             rec(f"GET /v2/schools/{SCHOOL}/subjects", [{**subject(k), "halfYear": k in ("ALG10", "LIT", "PRJ")}
                                                      for k in ("ALG", "RUS", "HIS", "PE", "ALG10", "LIT", "PRJ")], "2025-09-02T18:00:01+03:00"),
             rec("GET /v2/marks/values", {"mark5": ["1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-", "5", "5+"],
                                           "test": ["зачёт", "незачёт"], "markna": ["н/а"], "markdismiss": ["осв"]}, "2025-09-02T18:00:02+03:00"),
             rec(f"GET /v2/work-types/{SCHOOL}", wt_body, "2025-09-02T18:00:03+03:00"),
             rec(f"GET {g7}", group_obj(G7, "7А", 7, 2025, "Active", 1000006320071), "2025-09-02T18:00:04+03:00"),
             rec(f"GET {g10}", group_obj(G10, "10Б", 10, 2025, "Active", 1000006320102), "2025-09-02T18:00:05+03:00"),
             rec(f"GET {g7}/persons?includeArchive=false", [person("A"), person("B")], "2025-09-02T18:00:06+03:00"),
             rec(f"GET {g10}/persons?includeArchive=false", [person("D"), person("N")], "2025-09-02T18:00:07+03:00"),
             rec(f"GET {g7}/reporting-period-group", rpg(G7), "2025-09-02T18:00:08+03:00"),
             rec(f"GET {g10}/reporting-period-group", rpg(G10), "2025-09-02T18:00:09+03:00"),
             rec("GET /v2/users/1000011320101/context", context(1000011320101, 1000012320101, "Воронцова Е.", [("A", G7), ("D", G10)]), "2025-09-02T18:00:10+03:00"),
             rec("GET /v2/users/1000011320102/context", context(1000011320102, 1000012320102, "Белов А.", [("B", G7)]), "2025-09-02T18:00:11+03:00"),
         ]]},
        {"name": "2. 7А, the last day of «1 четверть» (pulled 2025-10-25): lessons and marks of 2025-10-24 (the marks range also holds the Алгебра and Русский язык quarter marks set that afternoon: Marks without lesson on PeriodMark works, §3.13), works/many for those works (§3.2 periodType/periodNumber), and the class's final-marks (§3.13)",
         "batches": [[
             rec(f"GET {g7}/lessons/2025-10-24/2025-10-24", day_lessons(G7, "2025-10-24"), "2025-10-25T18:00:00+03:00"),
             rec(f"GET {g7}/marks/2025-10-24/2025-10-24", day_marks(G7, "2025-10-24", q1.values()), "2025-10-25T18:00:01+03:00"),
             rec("POST /v2/works/many", [period_work(G7, 0, s) for s in ("ALG", "RUS")], "2025-10-25T18:00:02+03:00",
                 request_body=[period_work_id(G7, 0, s) for s in ("ALG", "RUS")]),
             rec(f"GET {g7}/final-marks", final_marks_body(G7, q1), "2025-10-25T18:00:03+03:00"),
         ]]},
        {"name": "3. 7А, the first day of «2 четверть» (pulled 2025-11-06): lessons and marks of 2025-11-05",
         "batches": [[
             rec(f"GET {g7}/lessons/2025-11-05/2025-11-05", day_lessons(G7, "2025-11-05"), "2025-11-06T18:00:00+03:00"),
             rec(f"GET {g7}/marks/2025-11-05/2025-11-05", day_marks(G7, "2025-11-05"), "2025-11-06T18:00:01+03:00"),
         ]]},
        {"name": "4. the end of «2 четверть» and «1 полугодие» (pulled 2025-12-27): 7А's final-marks (Воронцов's История «2» among them) and roster (no Ершов yet); 10Б's lessons and marks of 2025-12-26 (with the half-year marks set that day), works/many, and final-marks (Воронцова Алгебра «4», Кузнецов Литература «н/а»)",
         "batches": [[
             rec(f"GET {g7}/final-marks", final_marks_body(G7, finals_state(G7, 1)), "2025-12-27T18:00:00+03:00"),
             rec(f"GET {g7}/persons?includeArchive=false", [person("A"), person("B")], "2025-12-27T18:00:01+03:00"),
             rec(f"GET {g10}/lessons/2025-12-26/2025-12-26", day_lessons(G10, "2025-12-26"), "2025-12-27T18:00:02+03:00"),
             rec(f"GET {g10}/marks/2025-12-26/2025-12-26", day_marks(G10, "2025-12-26", h1.values()), "2025-12-27T18:00:03+03:00"),
             rec("POST /v2/works/many", [period_work(G10, 0, s) for s in ("ALG10", "LIT")], "2025-12-27T18:00:04+03:00",
                 request_body=[period_work_id(G10, 0, s) for s in ("ALG10", "LIT")]),
             rec(f"GET {g10}/final-marks", final_marks_body(G10, h1), "2025-12-27T18:00:05+03:00"),
         ]]},
        {"name": "5. after the winter holidays (pulled 2026-01-13..16): 7А's roster now lists Ершов Матвей (joined during the holidays) and his mother's context; 10Б's lessons and marks of 2026-01-12 (the first day of «2 полугодие»); 7А's final-marks without Воронцов's История «2» of «2 четверть» (deleted); 10Б's final-marks with Воронцова's Алгебра «1 полугодие» corrected to «5» on 2026-01-15 (same mark id)",
         "batches": [[
             rec(f"GET {g7}/persons?includeArchive=false", [person("A"), person("B"), person("M")], "2026-01-13T18:00:00+03:00"),
             rec("GET /v2/users/1000011320103/context", context(1000011320103, 1000012320103, "Ершова С.", [("M", G7)]), "2026-01-13T18:00:01+03:00"),
             rec(f"GET {g10}/lessons/2026-01-12/2026-01-12", day_lessons(G10, "2026-01-12"), "2026-01-13T18:00:02+03:00"),
             rec(f"GET {g10}/marks/2026-01-12/2026-01-12", day_marks(G10, "2026-01-12"), "2026-01-13T18:00:03+03:00"),
             rec(f"GET {g7}/final-marks", final_marks_body(G7, finals_state(G7, 1, deleted=True)), "2026-01-16T18:00:00+03:00"),
             rec(f"GET {g10}/final-marks", final_marks_body(G10, finals_state(G10, 0, corrected=True)), "2026-01-16T18:00:01+03:00"),
         ]]},
        {"name": "6. last year pulled in the middle of this one (2026-01-17): 7А's class of 2024/25, 6А (status Archive, studyyear 2024, §3.8), its pupils, its reporting-period-group (quarters and year of 2024/25 under the same names), and Воронцов's allfinalmarks in it (§3.13: marks, PeriodMark works, subjects incl. Математика, workTypes)",
         "batches": [[
             rec(f"GET {g6}", group_obj(G6, "6А", 6, 2024, "Archive", 1000006320061), "2026-01-17T12:00:00+03:00"),
             rec(f"GET {g6}/persons?includeArchive=true", [person("A")], "2026-01-17T12:00:01+03:00"),
             rec(f"GET {g6}/reporting-period-group", rpg(G6), "2026-01-17T12:00:02+03:00"),
             rec(f"GET /v2/persons/{P['A']}/edu-groups/{G6}/allfinalmarks", allfinalmarks(G6, "A", finals_state(G6, 4, pupils={"A"})), "2026-01-17T12:00:03+03:00"),
         ]]},
        {"name": "7. the last day of «3 четверть» (pulled 2026-03-21): 7А's lessons and marks of 2026-03-20 (with the Алгебра and Русский язык quarter marks of Воронцов, Белова and Ершов set that day: their works are not known yet), Ершов's allfinalmarks (his first finals, with the PeriodMark works of the quarter), and 7А's final-marks",
         "batches": [[
             rec(f"GET {g7}/lessons/2026-03-20/2026-03-20", day_lessons(G7, "2026-03-20"), "2026-03-21T18:00:00+03:00"),
             rec(f"GET {g7}/marks/2026-03-20/2026-03-20", day_marks(G7, "2026-03-20", q3.values()), "2026-03-21T18:00:01+03:00"),
             rec(f"GET /v2/persons/{P['M']}/edu-groups/{G7}/allfinalmarks", allfinalmarks(G7, "M", finals_state(G7, 2, pupils={"M"})), "2026-03-21T18:00:02+03:00"),
             rec(f"GET {g7}/final-marks", final_marks_body(G7, finals_state(G7, 2, deleted=True)), "2026-03-21T18:00:03+03:00"),
         ]]},
        {"name": "8. the first day of «4 четверть» (pulled 2026-03-31): 7А's lessons and marks of 2026-03-30",
         "batches": [[
             rec(f"GET {g7}/lessons/2026-03-30/2026-03-30", day_lessons(G7, "2026-03-30"), "2026-03-31T18:00:00+03:00"),
             rec(f"GET {g7}/marks/2026-03-30/2026-03-30", day_marks(G7, "2026-03-30"), "2026-03-31T18:00:01+03:00"),
         ]]},
        {"name": "9. the end of the year (pulled 2026-05-27): both classes' final-marks with every period and the year (§3.13, reportingPeriod = the group's Year period)",
         "batches": [[
             rec(f"GET {g7}/final-marks", final_marks_body(G7, finals_state(G7, 4, deleted=True)), "2026-05-27T18:00:00+03:00"),
             rec(f"GET {g10}/final-marks", final_marks_body(G10, finals_state(G10, 2, corrected=True)), "2026-05-27T18:00:01+03:00"),
         ]]},
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 32: reporting periods and final marks over the school year 2025/26. МБОУ «Гимназия № 32», Калуга: 7А on quarters, 10Б on half-years, each with its own periods, holidays and Year period; period and year marks of every period (mark5, зачёт, осв, н/а), one corrected after its period ended, one deleted, a subject with finals only, a pupil who joined 7А after the winter holidays, last year's 6А finals pulled in January, and marks on the periods' last and first days.",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
