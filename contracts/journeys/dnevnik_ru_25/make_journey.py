#!/usr/bin/env python3
"""Writes journey.json (the invented payloads of this corpus). Standard library only, deterministic."""
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL = 1000002250025
GROUP = 2260325488525000001
RP = 1000007250001
SUBJ = {"MATH": (2260325488525100001, "Математика", "Математика и информатика"),
        "RUS": (2260325488525100002, "Русский язык", "Русский язык и литература"),
        "HIS": (2260325488525100003, "История", "Общественно-научные предметы"),
        "PE": (2260325488525100004, "Физическая культура", "Физическая культура")}
TEACH = {"MATH": 1000012250901, "RUS": 1000012250902, "HIS": 1000012250903, "PE": 1000012250904}
P = {"O": 1000012250001, "S": 1000012250002, "T": 1000012250003}
PERSONS = [(P["O"], 1000011250001, "Мария", "Орлова", "Андреевна", "Female"),
           (P["S"], 1000011250002, "Илья", "Сафонов", "Дмитриевич", "Male"),
           (P["T"], 1000011250003, "Полина", "Тихонова", "Сергеевна", "Female")]
# work types: id -> (kind, title, abbr, weight before, weight after the change of 2025-10-20)
WT = {3101: ("DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1, 1),
      3102: ("LessonTestWork", "Контрольная работа", "КР", 3, 4),
      3103: ("CommonWork", "Самостоятельная работа", "СР", 2, 2),
      3104: ("Homework", "Домашняя работа", "ДЗ", 1, 1),
      3105: ("LessonComposition", "Сочинение", "СОЧ", 2, 2),
      3106: ("LessonExamination", "Диагностическая работа", "ДР", 2, 2)}
# lessons: (date, number, subject, topic, [(work type, markType, {pupil: value}, use_avg_calc)])
LESSONS = [
    ("2025-10-13", 1, "MATH", "Деление десятичных дробей", [(3101, "mark5", {"O": "5", "S": "4-", "T": "3+"}, True)]),
    ("2025-10-13", 2, "RUS", "Разносклоняемые существительные", [(3101, "mark5", {"O": "5", "S": "4", "T": "4"}, True)]),
    ("2025-10-14", 1, "MATH", "Деление десятичных дробей: решение задач", []),
    ("2025-10-14", 2, "HIS", "Русь при Ярославе Мудром", [(3101, "mark5", {"O": "5", "S": "4"}, True)]),
    ("2025-10-15", 1, "MATH", "Среднее арифметическое", [(3103, "mark5", {"O": "4", "S": "3", "T": "5-"}, True)]),
    ("2025-10-15", 2, "RUS", "Контрольный диктант по теме «Имя существительное»", [(3102, "mark5", {"O": "4", "S": "3", "T": "5"}, True)]),
    ("2025-10-15", 3, "PE", "Лёгкая атлетика: бег 60 м", [(3101, "test", {"O": "зачёт", "S": "зачёт"}, False),
                                                         (3101, "markdismiss", {"T": "осв"}, False)]),
    ("2025-10-16", 1, "MATH", "Проценты", []),
    ("2025-10-16", 2, "HIS", "Культура Древней Руси", [(3103, "mark5", {"O": "4", "S": "2", "T": "5"}, True)]),
    ("2025-10-17", 1, "MATH", "Контрольная работа № 2 «Действия с десятичными дробями»", [(3102, "mark5", {"O": "5", "S": "3", "T": "4"}, True)]),
    ("2025-10-17", 2, "RUS", "Сочинение по картине А. А. Пластова «Первый снег»", [(3105, "mark5", {"O": "5", "S": "4", "T": "3"}, True)]),
    ("2025-10-20", 1, "MATH", "Анализ контрольной работы. Проценты", [(3104, "mark5", {"O": "4+", "S": "5", "T": "4"}, True)]),
    ("2025-10-20", 2, "RUS", "Имя прилагательное как часть речи", [(3104, "mark5", {"O": "5", "S": "5", "T": "4"}, True)]),
    ("2025-10-21", 1, "MATH", "Нахождение процентов от числа", []),
    ("2025-10-21", 2, "HIS", "Контрольная работа по теме «Древняя Русь»", [(3102, "mark5", {"O": "5", "S": "3", "T": "4"}, True)]),
    ("2025-10-22", 1, "MATH", "Диагностическая работа за I четверть", [(3106, "mark5", {"O": "2", "S": "3", "T": "3"}, False)]),
    ("2025-10-22", 2, "RUS", "Качественные прилагательные", [(3101, "mark5", {"T": "5"}, True), (3101, "markna", {"S": "н/а"}, False)]),
    ("2025-10-22", 3, "PE", "Прыжок в длину с разбега", [(3101, "mark5", {"O": "5", "S": "4"}, True),
                                                        (3101, "markdismiss", {"T": "осв"}, False)]),
    ("2025-10-23", 1, "MATH", "Решение задач на проценты", []),
    ("2025-10-23", 2, "HIS", "Раздробленность Руси", [(3101, "mark5", {"S": "5", "T": "5"}, True)]),
    ("2025-10-24", 1, "MATH", "Контрольная работа № 3 «Проценты»", [(3102, "mark5", {"O": "4", "S": "4", "T": "5"}, True)]),
    ("2025-10-24", 2, "RUS", "Самостоятельная работа «Имя прилагательное»", [(3103, "mark5", {"O": "4", "S": "4", "T": "4"}, True)]),
]
TIMES = {1: "08:30:00", 2: "09:25:00", 3: "10:20:00"}
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad", "1": "Bad"}


def ids(k, v):
    return {k: v, k + "_str": str(v)}


def subject(key):
    sid, name, area = SUBJ[key]
    return {**ids("id", sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def build():
    lessons, marks = [], []
    for li, (day, number, skey, topic, works) in enumerate(LESSONS):
        lid = 2260325488525200001 + li
        wlist = []
        for wi, (wt, mtype, values, use) in enumerate(works):
            wid = 2260325488525300001 + li * 10 + wi
            wlist.append({**ids("id", wid), "type": WT[wt][0], "workType": wt, "markType": mtype, "markCount": 1,
                          **ids("lesson", lid), "displayInJournal": True, "status": "Sent", **ids("eduGroup", GROUP),
                          "tasks": [], "text": "", "periodNumber": 1, "periodType": "Quarter",
                          "subjectId": SUBJ[skey][0], "isImportant": wt == 3102, "targetDate": day + "T00:00:00",
                          "sentDate": None, "createdBy": TEACH[skey], "files": [], "oneDriveLinks": []})
            for pk in ("O", "S", "T"):
                if pk not in values:
                    continue
                v = values[pk]
                mid = 2260325488525400001 + li * 100 + wi * 10 + "OST".index(pk)
                marks.append({**ids("id", mid), "type": mtype, "value": v, "textValue": v, **ids("person", P[pk]),
                              **ids("work", wid), **ids("lesson", lid), "number": 0,
                              "date": f"{day}T{TIMES[number][:2]}:{31 + wi}:{10 + li:02d}.{417 + li}",
                              "workType": wt, "mood": MOOD.get(v[0], "NotSet") if mtype == "mark5" else "NotSet",
                              "use_avg_calc": use})
        lessons.append({**ids("id", lid), "title": topic, "date": f"{day}T{TIMES[number]}", "number": number,
                        "subject": subject(skey), "group": GROUP, "status": "Conducted", "resultPlaceId": 0,
                        "works": wlist, "teachers": [TEACH[skey]], "teachers_str": [str(TEACH[skey])]})
    return lessons, marks


def num(v):
    return int(v[0])  # the journal's own reading of a +/- mark is not in the reference; this corpus's journal counts the digit


def averages(marks, lo, hi, weights):
    """(person, subject) -> (simple, weighted) over marks of lessons dated lo..hi that count (§3.1 use_avg_calc)."""
    lesson_day = {2260325488525200001 + i: l[0] for i, l in enumerate(LESSONS)}
    lesson_subj = {2260325488525200001 + i: SUBJ[l[2]][0] for i, l in enumerate(LESSONS)}
    acc = {}
    for m in marks:
        day = lesson_day[m["lesson"]]
        if not (lo <= day <= hi) or not m["use_avg_calc"] or m["type"] != "mark5":
            continue
        key = (m["person"], lesson_subj[m["lesson"]])
        acc.setdefault(key, []).append((num(m["value"]), weights[m["workType"]]))
    out = {}
    for key, xs in acc.items():
        simple = Decimal(sum(v for v, _ in xs)) / len(xs)
        weighted = Decimal(sum(v * w for v, w in xs)) / sum(w for _, w in xs)
        out[key] = (simple.quantize(Decimal("0.01"), ROUND_HALF_UP), weighted.quantize(Decimal("0.01"), ROUND_HALF_UP))
    return out


def avg_marks_body(avgs):
    return [{**ids("person", p), "per-subject-averages": [
        {**ids("subject", s), "avg-mark-value": str(avgs[(p, s)][0])} for s in sorted({s for (pp, s) in avgs if pp == p})]}
        for p in sorted({p for p, _ in avgs})]


def wa_marks_body(avgs):
    return {"subjectMarks": [{**ids("subject", s), "marks": [{"person": p, "value": float(avgs[(p, s)][1])}
                                                          for p in sorted({p for p, ss in avgs if ss == s})]}
                             for s in sorted({s for _, s in avgs})]}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def main():
    lessons, marks = build()
    w_before = {k: v[3] for k, v in WT.items()}
    w_after = {k: v[4] for k, v in WT.items()}

    def work_types(after):
        return [{**ids("id", k), "schoolId": SCHOOL, "kindId": i + 1, "kind": v[0], "title": v[1], "abbr": v[2],
                 "weight": v[4] if after else v[3]} for i, (k, v) in enumerate(sorted(WT.items()))]

    wk1 = [l for l in lessons if l["date"] < "2025-10-18"]
    wk2 = [l for l in lessons if l["date"] > "2025-10-18"]
    l1 = {l["id"] for l in wk1}
    m1 = [m for m in marks if m["lesson"] in l1]
    m2 = [m for m in marks if m["lesson"] not in l1]
    a1 = averages(marks, "2025-10-13", "2025-10-17", w_before)
    aq = averages(marks, "2025-09-01", "2025-10-24", w_after)
    G = f"/v2/edu-groups/{GROUP}"
    steps = [
        {"name": "1. school and reference data (pulled 2025-10-12): the school with uses_avg and uses_weighted_avg true (§3.10), subjects, marks/values (§5), work types with their weights (§3.3: Контрольная работа weight 3), the class 6Б, its pupils, its one reporting period «1 четверть» (§3.12)",
         "batches": [[
             rec(f"GET /v2/schools/{SCHOOL}", {**ids("id", SCHOOL), "name": "МАОУ «СОШ № 25»",
                 "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 25»",
                 "avatarSmall": None, "city": "Ярославль", "municipality": "г. Ярославль", "regionId": 76,
                 "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
                 "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "76."}, "2025-10-12T18:00:00+03:00"),
             rec(f"GET /v2/schools/{SCHOOL}/subjects", [{**subject(k), "halfYear": False} for k in ("MATH", "RUS", "HIS", "PE")], "2025-10-12T18:00:01+03:00"),
             rec("GET /v2/marks/values", {"mark5": ["1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-", "5", "5+"],
                                           "test": ["зачёт", "незачёт"], "markna": ["н/а"], "markdismiss": ["осв"]}, "2025-10-12T18:00:02+03:00"),
             rec(f"GET /v2/work-types/{SCHOOL}", work_types(False), "2025-10-12T18:00:03+03:00"),
             rec(f"GET {G}", {**ids("id", GROUP), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б",
                              "fullName": "", "parallel": 6, "timetable": 1000006250001, "timetable_str": "1000006250001",
                              "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [],
                              "journaltype": "Default"}, "2025-10-12T18:00:04+03:00"),
             rec(f"GET {G}/persons?includeArchive=false",
                 [{**ids("id", p), **ids("userId", u), "firstName": f, "lastName": l, "middleName": m,
                   "shortName": f"{l} {f[0]}.", "sex": s} for p, u, f, l, m, s in PERSONS], "2025-10-12T18:00:05+03:00"),
             rec(f"GET {G}/reporting-periods", [{**ids("id", RP), "start": "2025-09-01T00:00:00", "finish": "2025-10-24T00:00:00",
                                                 "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2025}],
                 "2025-10-12T18:00:06+03:00"),
         ]]},
        {"name": "2. week 1 (2025-10-13..17): lessons with their works (§3.4, §3.2), the class's marks range (§3.1: mark5 with +/-, test зачёт, markdismiss осв), and the journal's averages over the week as pulled then: avg-marks (strings) and wa-marks (floats, Контрольная работа still weight 3); a bare span, no period (§3.13)",
         "batches": [[
             rec(f"GET {G}/lessons/2025-10-13/2025-10-17", wk1, "2025-10-18T18:00:00+03:00"),
             rec(f"GET {G}/marks/2025-10-13/2025-10-17", m1, "2025-10-18T18:00:01+03:00"),
             rec(f"GET {G}/avg-marks/2025-10-13/2025-10-17", avg_marks_body(a1), "2025-10-18T18:00:02+03:00"),
             rec(f"GET {G}/wa-marks/2025-10-13/2025-10-17", wa_marks_body(a1), "2025-10-18T18:00:03+03:00"),
         ]]},
        {"name": "3. the school raises the weight of «Контрольная работа» from 3 to 4 (work-types/{school} re-pulled 2025-10-20 07:00, §3.3): the weight lives on the work type, not on the mark (§3.1), so the week-1 tests now weigh 4 too",
         "batches": [[rec(f"GET /v2/work-types/{SCHOOL}", work_types(True), "2025-10-20T07:00:00+03:00")]]},
        {"name": "4. week 2 (2025-10-20..24): lessons, marks (a diagnostic work with use_avg_calc false, н/а on markna, осв again)",
         "batches": [[
             rec(f"GET {G}/lessons/2025-10-20/2025-10-24", wk2, "2025-10-25T18:00:00+03:00"),
             rec(f"GET {G}/marks/2025-10-20/2025-10-24", m2, "2025-10-25T18:00:01+03:00"),
         ]]},
        {"name": "5. the quarter's averages as the journal states them (pulled 2025-10-25): avg-marks and wa-marks over exactly 2025-09-01..2025-10-24 (= «1 четверть»), a subject's avg-mark per pupil (persons/{p}/reporting-periods/{rp}/subjects/{s}/avg-mark, §10 item 4), and one pupil's overall avg-mark (§3.13, a bare string)",
         "batches": [[
             rec(f"GET {G}/avg-marks/2025-09-01/2025-10-24", avg_marks_body(aq), "2025-10-25T18:05:00+03:00"),
             rec(f"GET {G}/wa-marks/2025-09-01/2025-10-24", wa_marks_body(aq), "2025-10-25T18:05:01+03:00"),
         ] + [rec(f"GET /v2/persons/{P[pk]}/reporting-periods/{RP}/subjects/{SUBJ[sk][0]}/avg-mark",
                  str(aq[(P[pk], SUBJ[sk][0])][1]), "2025-10-25T18:05:02+03:00")
              for pk in ("O", "S", "T") for sk in ("MATH", "RUS")]
           + [rec(f"GET /v2/persons/{P['S']}/reporting-periods/{RP}/avg-mark", "3.95", "2025-10-25T18:05:03+03:00")]]},
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 25: the journal's averages and the hub's. МАОУ «СОШ № 25», Ярославль (timeZone 3, uses_weighted_avg true), class 6Б of 2025/26, one reporting period «1 четверть» 2025-09-01..2025-10-24, three pupils, four subjects, marks of six work types with weights (one of them changes from 3 to 4 mid-period), mark5 with +/-, зачёт / осв / н/а, a diagnostic work outside the average, and the journal's averages through avg-marks, wa-marks and a subject's avg-mark.",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
