"""Write journey.json: «Гимназия № 66» (Тюмень, UTC+5), Dnevnik.ru, the end of school year 2026/27 as one school's
sync job pulls it: every kind of final mark (quarter, trimester, half-year, year, exam, итоговая) on every scale the
journal uses for them (five-point with + and -, ten-point, twelve-point, letters, зачёт/незачёт, освобождён, н/а, the
school's own «осв.»), brought by every endpoint that carries them (a pupil's allfinalmarks, a group's final
marks, a subject's final marks, a pupil's final marks, period marks inside a group's marks range, reporting periods
and the period group), changed, deleted and restated; 7А (quarters) and 7Б (trimesters) are one parallel, 9А
(half-years) sits its ОГЭ. Standard library only; deterministic. Sections (§) are shared/reference/dnevnik_ru.md's.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002660066
G7A, G7B, G9A = 2260325488566100071, 2260325488566100072, 2260325488566100091
# subgroups (§3.8 `Subgroup`, `parentIds`): English in groups (letters), 7Б's art studio (twelve-point)
E7A, E7B, A7B = 2260325488566100171, 2260325488566100172, 2260325488566100272
P9A = 2260325488566100191  # 9А's individual project group: the school's own word «зачтено» on the test scale
GNAME = {G7A: ("7А", 7), G7B: ("7Б", 7), G9A: ("9А", 9), E7A: ("7А Английский язык (гр. 1)", 7),
         E7B: ("7Б Английский язык (гр. 1)", 7), A7B: ("7Б Изобразительное искусство (студия)", 7),
         P9A: ("9А Индивидуальный проект", 9)}
PARENT = {E7A: G7A, E7B: G7B, A7B: G7B, P9A: G9A}
TT = {G7A: 1000006660071, G7B: 1000006660072, G9A: 1000006660091}
TT.update({sg: TT[c] for sg, c in PARENT.items()})

# standalone work types (§3.3): id, kind, title, abbr, weight
WT_Q, WT_T, WT_H, WT_Y, WT_E, WT_F = 2661, 2662, 2663, 2664, 2665, 2666
WORK_TYPES = [(WT_Q, "PeriodMark", "Четвертная отметка", "Ч", 1), (WT_T, "PeriodMark", "Триместровая отметка", "Т", 1),
              (WT_H, "PeriodMark", "Полугодовая отметка", "П", 1), (WT_Y, "PeriodMark", "Годовая отметка", "Г", 1),
              (WT_E, "Exam", "Экзамен", "Э", 1), (WT_F, "PeriodFinalMark", "Итоговая отметка", "И", 1)]
SUBJECTS = {"Алгебра": (1000003660001, "Математика и информатика"), "Русский язык": (1000003660002, "Филология"),
            "Английский язык": (1000003660003, "Филология"), "Информатика": (1000003660004, "Математика и информатика"),
            "Физическая культура": (1000003660005, "Физическая культура"), "История": (1000003660006, "Общественные науки"),
            "Изобразительное искусство": (1000003660007, "Искусство"), "Музыка": (1000003660008, "Искусство"),
            "Индивидуальный проект": (1000003660009, "Общественные науки")}
SCALE = {  # (class, subject) -> the work's markType (§5)
    **{(G7A, s): m for s, m in [("Алгебра", "mark5"), ("Информатика", "mark10"),
                                 ("Физическая культура", "test"), ("История", "mark5")]},
    (E7A, "Английский язык"): "markabcdf", (E7B, "Английский язык"): "markabcdf",
    (A7B, "Изобразительное искусство"): "mark12", (P9A, "Индивидуальный проект"): "test",
    **{(G7B, s): m for s, m in [("Алгебра", "mark5"), ("Физическая культура", "test"), ("Музыка", "test")]},
    **{(G9A, s): m for s, m in [("Алгебра", "mark5"), ("Русский язык", "mark5"), ("Информатика", "mark10")]},
}
TEACHER = {G7A: 1000012660950, G7B: 1000012660952, G9A: 1000012660953, E7A: 1000012660954, E7B: 1000012660954,
           A7B: 1000012660955, P9A: 1000012660956}

# persons: (person id, user id, last, first, middle, sex)
ARTEM = (1000012660701, 1000011660701, "Волков", "Артём", "Сергеевич", "Male")
DARYA = (2260325488566300702, 2260325488566400702, "Ковалёва", "Дарья", "Андреевна", "Female")
KSENIA = (1000012660711, 1000011660711, "Волкова", "Ксения", "Сергеевна", "Female")  # Артём's twin, the other 7th
GLEB = (1000012660712, 1000011660712, "Мельников", "Глеб", "Олегович", "Male")
POLINA = (1000012660901, 1000011660901, "Зайцева", "Полина", "Игоревна", "Female")
NIKITA = (2260325488566300902, 2260325488566400902, "Фомин", "Никита", "Денисович", "Male")
PUPILS = {G7A: [ARTEM, DARYA], G7B: [KSENIA, GLEB], G9A: [POLINA, NIKITA]}
PUPILS.update({sg: PUPILS[c] for sg, c in PARENT.items()})
IRINA = (1000012660951, 1000011660951, "Волкова", "Ирина", "Викторовна", "Female")
SERGEY = (1000012660961, 1000011660961, "Зайцев", "Сергей", "Павлович", "Male")

# reporting periods (§3.12): id, type, number, name, start, finish
PERIODS = {
    G7A: [(1000007660701, "Quarter", 1, "1 четверть", "2026-09-01", "2026-10-24"),
          (1000007660702, "Quarter", 2, "2 четверть", "2026-11-05", "2026-12-28"),
          (1000007660703, "Quarter", 3, "3 четверть", "2027-01-11", "2027-03-21"),
          (1000007660704, "Quarter", 4, "4 четверть", "2027-03-31", "2027-05-26"),
          (1000007660709, "Year", 1, "Год", "2026-09-01", "2027-05-26")],
    G7B: [(1000007660711, "Trimester", 1, "1 триместр", "2026-09-01", "2026-11-29"),
          (1000007660712, "Trimester", 2, "2 триместр", "2026-12-07", "2027-02-28"),
          (1000007660713, "Trimester", 3, "3 триместр", "2027-03-09", "2027-05-26"),
          (1000007660719, "Year", 1, "Год", "2026-09-01", "2027-05-26")],
    G9A: [(1000007660901, "HalfYear", 1, "1 полугодие", "2026-09-01", "2026-12-28"),
          (1000007660902, "HalfYear", 2, "2 полугодие", "2027-01-11", "2027-05-24"),
          (1000007660909, "Year", 1, "Год", "2026-09-01", "2027-05-24")],
}
HOLIDAYS = {
    G7A: [(1000008660701, "2026-10-25", "2026-11-04", "Осенние каникулы"),
          (1000008660702, "2026-12-29", "2027-01-10", "Зимние каникулы"),
          (1000008660703, "2027-03-22", "2027-03-30", "Весенние каникулы"),
          (1000008660704, "2027-05-27", "2027-08-31", "Летние каникулы")],
    G7B: [(1000008660711, "2026-11-30", "2026-12-06", "Каникулы после I триместра"),
          (1000008660712, "2026-12-31", "2027-01-10", "Зимние каникулы"),
          (1000008660713, "2027-03-01", "2027-03-08", "Каникулы после II триместра"),
          (1000008660714, "2027-05-27", "2027-08-31", "Летние каникулы")],
}

# Final marks as the journal holds them at first: (pupil, subject) -> {period key: value}; a value "тип:знач" names a
# mark whose own scale (Mark.type) is not the work's (н/а, освобождён).
Q = ["Q1", "Q2", "Q3", "Q4", "Y"]
T = ["T1", "T2", "T3", "Y"]
H = ["H1", "H2", "Y"]
FINALS = {
    (ARTEM, "Алгебра"): dict(zip(Q, ["4", "4+", "5-", "5", "5"])),
    (ARTEM, "Английский язык"): dict(zip(Q, ["B", "B", "A", "A", "A"])),
    (ARTEM, "Информатика"): dict(zip(Q, ["8", "9", "8", "9", "8"])),  # year 8 -> 9 (step 4)
    (ARTEM, "Физическая культура"): dict(zip(Q, ["зачёт"] * 5)),
    (ARTEM, "История"): dict(zip(Q, ["4", "3+", "4", "4", "4"])),
    (DARYA, "Алгебра"): dict(zip(Q, ["3", "3-", "3", "4-", "3"])),
    (DARYA, "Английский язык"): dict(zip(Q, ["C", "B", "B", "B", "B"])),
    (DARYA, "Информатика"): dict(zip(Q, ["6", "7", "7", "7", "7"])),
    (DARYA, "Физическая культура"): dict(zip(Q, ["зачёт", "незачёт", "зачёт", "зачёт", "зачёт"])),
    (DARYA, "История"): dict(zip(Q, ["3", "markna:н/а", "3+", "4-", "3"])),  # Q2 н/а -> 3 after the debt (step 4)
    (KSENIA, "Алгебра"): dict(zip(T, ["5", "4", "4", "5"])),  # T3 4 -> 5- (step 4)
    (KSENIA, "Английский язык"): dict(zip(T, ["A", "A", "A", "A"])),
    (KSENIA, "Изобразительное искусство"): dict(zip(T, ["11", "10", "12", "11"])),
    (KSENIA, "Физическая культура"): dict(zip(T, ["зачёт"] * 4)),
    (KSENIA, "Музыка"): dict(zip(T, ["зачёт"] * 4)),
    (GLEB, "Алгебра"): dict(zip(T, ["3+", "3", "4-", "3"])),  # year 3 deleted, 4 set (step 4)
    (GLEB, "Английский язык"): dict(zip(T, ["C", "C+", "B-", "C"])),
    (GLEB, "Изобразительное искусство"): dict(zip(T, ["9", "8", "9", "9"])),
    (GLEB, "Физическая культура"): dict(zip(T, ["зачёт", "markdismiss:осв.", "markdismiss:освобождён",
                                                "markdismiss:освобождён"])),
    (GLEB, "Музыка"): dict(zip(T, ["зачёт", "зачёт", "зачёт", "незачёт"])),  # year set by mistake (step 4/5)
    (POLINA, "Алгебра"): {"H1": "5", "H2": "5", "Y": "5", "E": "5", "F": "5"},
    (POLINA, "Русский язык"): {"H1": "4+", "H2": "5-", "Y": "5", "E": "4", "F": "5"},
    (POLINA, "Информатика"): {"H1": "9", "H2": "10", "Y": "10", "F": "10"},
    (NIKITA, "Алгебра"): {"H1": "3", "H2": "4-", "Y": "4", "E": "3", "F": "4"},
    (NIKITA, "Русский язык"): {"H1": "3", "H2": "3+", "Y": "3", "E": "2", "F": "3"},  # exam 2 -> retake 3 (step 6)
    (NIKITA, "Информатика"): {"H1": "7", "H2": "8", "Y": "8", "F": "8"},
    (POLINA, "Индивидуальный проект"): {"Y": "зачтено"},
    (NIKITA, "Индивидуальный проект"): {"Y": "зачтено"},
}
PKEY = {"Q": ("Quarter", WT_Q), "T": ("Trimester", WT_T), "H": ("HalfYear", WT_H), "Y": ("Year", WT_Y)}
SET_ON = {  # period key -> the local date-time the mark was set
    "Q1": "2026-10-23T15:10:04.2", "Q2": "2026-12-27T14:02:51.77", "Q3": "2027-03-20T13:40:12.5",
    "Q4": "2027-05-25T16:12:33.41", "T1": "2026-11-28T12:30:40.1", "T2": "2027-02-27T11:05:09.303",
    "T3": "2027-05-25T17:45:00.6", "H1": "2026-12-27T16:20:18.9", "H2": "2027-05-24T15:55:02.15",
    "Y": "2027-05-26T10:30:45.5", "E": "2027-06-15T12:00:00.0", "F": "2027-07-04T11:15:27.82",
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled, request_body=None):
    out = {"request": request, "body": body, "pulled_at": pulled + "+05:00"}
    if request_body is not None:
        out["request_body"] = request_body
    return out


def group_of(p, subject=None):
    """The pupil's class, or the subgroup in which the subject is taught."""
    cls = next(g for g, ps in PUPILS.items() if p in ps and g not in PARENT)
    return next((sg for sg, c in PARENT.items() if c == cls and (sg, subject) in SCALE), cls)


def period_of(g, key):
    """(period id, type, number) of a period key in class g; None for the exam and итоговая."""
    if key in ("E", "F"):
        return None
    ptype = PKEY[key[0]][0]
    number = 1 if key == "Y" else int(key[1])
    return next(p for p in PERIODS[PARENT.get(g, g)] if p[1] == ptype and p[2] == number)


def work_id(g, subject, key):
    n = list(SUBJECTS).index(subject) + 1
    k = {"Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4, "T1": 11, "T2": 12, "T3": 13, "H1": 21, "H2": 22, "Y": 30, "E": 40,
         "F": 50}[key]
    return 2260325488566700000 + (g % 1000) * 1000 + n * 100 + k


def mark_id(p, subject, key, rev=0):
    n = list(SUBJECTS).index(subject) + 1
    k = {"Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4, "T1": 11, "T2": 12, "T3": 13, "H1": 21, "H2": 22, "Y": 30, "E": 40,
         "F": 50}[key]
    return 2260325488566800000 + (p[0] % 1000) * 10000 + n * 100 + k + rev * 1000000


def work_type_of(key):
    return {"E": WT_E, "F": WT_F}.get(key) or PKEY[key[0]][1]


def work(g, subject, key):
    w = work_id(g, subject, key)
    per = period_of(g, key)
    wtype = {"E": "Exam", "F": "PeriodFinalMark"}.get(key, "PeriodMark")
    ptype, pnum = (per[1], per[2]) if per else (("Year", 1) if key == "F" else (None, None))
    return {**ids(w), "type": wtype, "workType": work_type_of(key), "markType": SCALE[(g, subject)], "markCount": 1,
            "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent", "eduGroup": g,
            "eduGroup_str": str(g), "tasks": [], "text": "", "periodNumber": pnum, "periodType": ptype,
            "subjectId": SUBJECTS[subject][0], "isImportant": key in ("E", "F", "Y"),
            "targetDate": SET_ON[key][:10] + "T00:00:00", "sentDate": None, "createdBy": TEACHER[g], "files": [],
            "oneDriveLinks": []}


MOOD = {"5": "Good", "5-": "Good", "5+": "Good", "4": "Good", "4+": "Good", "4-": "Average", "3": "Average",
        "3+": "Average", "3-": "Average", "2": "Bad", "A": "Good", "B": "Good", "B-": "Average", "C": "Average",
        "C+": "Average", "незачёт": "Bad"}


def mark(p, subject, key, value, rev=0, date=None):
    g = group_of(p, subject)
    scale = SCALE[(g, subject)]
    if ":" in value:
        scale, value = value.split(":")
    if scale == "mark10" or scale == "mark12":
        mood = "Good" if int(value) >= (8 if scale == "mark10" else 10) else "Average"
    else:
        mood = MOOD.get(value, "NotSet" if scale in ("markna", "markdismiss") else "Good")
    m = mark_id(p, subject, key, rev)
    return {**ids(m), "type": scale, "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": work_id(g, subject, key), "work_str": str(work_id(g, subject, key)), "lesson": None,
            "lesson_str": None, "number": 0, "date": date or SET_ON[key], "workType": work_type_of(key),
            "mood": mood, "use_avg_calc": False}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par = GNAME[g]
    parents = [PARENT[g]] if g in PARENT else []
    return {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents],
            "type": "Subgroup" if parents else "Group", "name": name,
            "fullName": "Никитина Е. А." if g in (E7A, E7B) else "Орлова Т. В." if g == A7B else "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Гимназия № 66»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [group_of(c)]} for c in children], "splitId": None}


def periods_json(g):
    return [{**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
             "year": 2026} for pid, t, n, name, a, b in PERIODS[PARENT.get(g, g)]]


def rpg(g):
    rid = 1000009660000 + g % 1000
    return {"id": rid, "reportingPeriods": periods_json(g),
            "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                          "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                         for hid, a, b, name in HOLIDAYS[g]]}


def subjects_of(g):
    return [s for (gg, s) in SCALE if gg == g]


def embedded_work_types():
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k != "PeriodMark" or i == WT_Y,
             "isImportant": k != "PeriodMark", "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES]


def allfinalmarks(p, keys, state, g=None):
    """persons/{p}/edu-groups/{g}/allfinalmarks (§3.13): the pupil's marks of the periods in keys, with their works;
    state: (pupil, subject, key) -> (value, rev, date) as the journal holds it at the pull."""
    g = g or group_of(p)
    marks, works = [], []
    for subject in subjects_of(g):
        for key in keys:
            if any(key in vals for (pp, s), vals in FINALS.items() if s == subject and group_of(pp, s) == g):
                works.append(work(g, subject, key))
            st = state.get((p, subject, key))
            if st:
                marks.append(mark(p, subject, key, st[0], st[1], st[2]))
    return {"marks": marks, "works": works,
            "subjects": [{"id": SUBJECTS[s][0], "id_str": str(SUBJECTS[s][0]), "name": s, "knowledgeAreaId": 0}
                         for s in subjects_of(g)],
            "workTypes": embedded_work_types()}


def group_final_marks(g, keys, state, pupils=None):
    """edu-groups/{g}/final-marks (§3.13, §8.4): one entry per pupil and period; the exam's period is null."""
    out = []
    for p in pupils or PUPILS[g]:
        for key in keys:
            if key == "F":
                continue  # итоговые come in the marks range
            per = period_of(g, key)
            entries = []
            for subject in subjects_of(g):
                st = state.get((p, subject, key), "absent")
                if st == "absent":
                    continue
                entries.append({"subject": SUBJECTS[subject][0], "subject_str": str(SUBJECTS[subject][0]),
                                "final-mark": None if st is None else mark(p, subject, key, st[0], st[1], st[2])})
            if entries:
                out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                            "reportingPeriod": per[0] if per else None,
                            "reportingPeriod_str": str(per[0]) if per else None,
                            "per-subject-final-marks": entries})
    return out


def range_marks(g, keys, state, lo, hi):
    """edu-groups/{g}/marks/{lo}/{hi}: every mark of the group dated in the range (only final ones here)."""
    out = []
    for p in PUPILS[g]:
        for subject in subjects_of(g):
            for key in keys:
                st = state.get((p, subject, key))
                if st and lo <= st[2][:10] <= hi:
                    out.append(mark(p, subject, key, st[0], st[1], st[2]))
    return out


def main():
    state = {}  # (pupil, subject, key) -> (value, rev, date) | None (entry present, no mark)
    for (p, subject), vals in FINALS.items():
        for key, v in vals.items():
            state[(p, subject, key)] = (v, 0, SET_ON[key])

    def snap(keys):
        return {k: v for k, v in state.items() if k[2] in keys}

    past = {G7A: ["Q1", "Q2", "Q3"], G7B: ["T1", "T2"], G9A: ["H1"]}
    full = {G7A: Q, G7B: T, G9A: H}
    for sg, c in PARENT.items():
        past[sg], full[sg] = past[c], full[c]
    ALL = (G7A, E7A, G7B, E7B, A7B, G9A, P9A)
    steps = []
    # 1. reference data
    b = [rec(f"GET /v2/schools/{S}", {
        **ids(S), "name": "МАОУ «Гимназия № 66»",
        "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 66» города Тюмени",
        "avatarSmall": None, "city": "Тюмень", "municipality": "г. Тюмень", "regionId": 72, "markType": "mark5",
        "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
        "tsoRegionTreePath": "72."}, "2027-05-20T19:00:00"),
         rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                          "weight": w} for i, k, t, ab, w in WORK_TYPES], "2027-05-20T19:00:01"),
         rec(f"GET /v2/schools/{S}/subjects", [{**ids(i), "name": n, "knowledgeArea": ka, "fgosSubjectId": None}
                                               for n, (i, ka) in SUBJECTS.items()], "2027-05-20T19:00:02")]
    for g in (G7A, G7B, G9A, E7A, E7B, A7B, P9A):
        b.append(rec(f"GET /v2/edu-groups/{g}", group_obj(g), "2027-05-20T19:00:05"))
        b.append(rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], "2027-05-20T19:00:06"))
    b.append(rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ARTEM, KSENIA]), "2027-05-20T19:00:08"))
    b.append(rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [POLINA]), "2027-05-20T19:00:08"))
    b.append(rec(f"GET /v2/edu-groups/{G7A}/reporting-period-group", rpg(G7A), "2027-05-20T19:00:10"))
    b.append(rec(f"GET /v2/edu-groups/{G7B}/reporting-period-group", rpg(G7B), "2027-05-20T19:00:10"))
    for g in (G9A, E7A, E7B, A7B, P9A):
        b.append(rec(f"GET /v2/edu-groups/{g}/reporting-periods", periods_json(g), "2027-05-20T19:00:11"))
    steps.append({"name": "1. 05-20 19:00: school, work types, subjects, classes, pupils, parents, periods",
                  "batches": [b]})
    # 2. the past periods: each pupil's allfinalmarks, then each group's final marks
    b = []
    for i, g in enumerate(ALL):
        for j, p in enumerate(PUPILS[g]):
            b.append(rec(f"GET /v2/persons/{p[0]}/edu-groups/{g}/allfinalmarks",
                         allfinalmarks(p, past[g], snap(past[g]), g), f"2027-05-20T19:1{i}:{10 + j * 5:02d}"))
    for i, g in enumerate(ALL):
        b.append(rec(f"GET /v2/edu-groups/{g}/final-marks", group_final_marks(g, past[g], snap(past[g])),
                     f"2027-05-20T19:20:{i * 8:02d}"))
    steps.append({"name": "2. 05-20 19:10: past periods' marks: pupils' allfinalmarks, groups' final marks",
                  "batches": [b]})
    # 3. the last period and the year set on 05-24..26: marks ranges, then one pupil's allfinalmarks per class
    last = {G7A: ["Q4", "Y"], G7B: ["T3", "Y"], G9A: ["H2", "Y"]}
    for sg, c in PARENT.items():
        last[sg] = last[c]
    b = []
    for i, g in enumerate(ALL):
        b.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-05-24/2027-05-30",
                     range_marks(g, last[g], state, "2027-05-24", "2027-05-30"), f"2027-05-26T18:0{i}:00"))
    for i, g in enumerate(ALL):
        p = PUPILS[g][0]
        b.append(rec(f"GET /v2/persons/{p[0]}/edu-groups/{g}/allfinalmarks",
                     allfinalmarks(p, full[g], snap(full[g]), g), f"2027-05-26T18:1{i}:00"))
    steps.append({"name": "3. 05-26 18:00: the last period and the year: marks ranges, allfinalmarks", "batches": [b]})
    # 4. corrections on 05-27..28
    state[(DARYA, "История", "Q2")] = (("3", 1, "2027-05-27T14:20:00.5"))  # debt cleared: н/а gone, 3 set
    state[(KSENIA, "Алгебра", "T3")] = ("5-", 0, SET_ON["T3"])  # same mark, new value
    state[(GLEB, "Музыка", "Y")] = None  # the mistaken незачёт deleted: the entry stays, no mark
    b = [rec(f"GET /v2/edu-groups/{G7A}/final-marks", group_final_marks(G7A, Q, snap(Q)), "2027-05-28T17:00:00"),
         rec(f"GET /v2/edu-groups/{G7B}/final-marks", group_final_marks(G7B, T, snap(T)), "2027-05-28T17:00:10")]
    state[(ARTEM, "Информатика", "Y")] = ("9", 0, SET_ON["Y"])  # changed at 17:03, the same mark id
    state[(GLEB, "Алгебра", "Y")] = ("4", 1, "2027-05-28T17:04:12.3")  # year 3 deleted, a new 4 set
    sub = SUBJECTS["Информатика"][0]
    b.append(rec(f"GET /v2/edu-groups/{G7A}/subjects/{sub}/final-marks",
                 [mark(p, "Информатика", k, *state[(p, "Информатика", k)]) for p in PUPILS[G7A] for k in Q],
                 "2027-05-28T17:05:00"))
    b.append(rec(f"GET /v2/edu-groups/{G7B}/marks/2027-05-24/2027-05-30",
                 range_marks(G7B, last[G7B], state, "2027-05-24", "2027-05-30"), "2027-05-28T17:10:00"))
    for i, p in enumerate(PUPILS[G9A]):
        b.append(rec(f"GET /v2/persons/{p[0]}/edu-groups/{G9A}/final-marks",
                     group_final_marks(G9A, H, snap(H), [p]), f"2027-05-28T17:2{i}:00"))
    steps.append({"name": "4. 05-28 17:00: a debt cleared, marks changed and deleted, 9А restated",
                  "batches": [b]})
    # 5. 06-01: Глеб's music year mark set again; 06-21: 9А's ОГЭ results
    state[(GLEB, "Музыка", "Y")] = ("зачёт", 1, "2027-06-01T09:40:00.0")
    b = [rec(f"GET /v2/edu-groups/{G7B}/marks/2027-06-01/2027-06-01",
             range_marks(G7B, ["Y"], state, "2027-06-01", "2027-06-01"), "2027-06-01T20:00:00"),
         rec(f"GET /v2/edu-groups/{G7B}/final-marks", group_final_marks(G7B, T, snap(T)), "2027-06-01T20:01:00")]
    steps.append({"name": "5. 06-01 20:00: 7Б's music year mark set again", "batches": [b]})
    exam = ["H1", "H2", "Y", "E"]
    b = [rec(f"GET /v2/persons/{POLINA[0]}/edu-groups/{G9A}/allfinalmarks", allfinalmarks(POLINA, exam, snap(exam)),
             "2027-06-21T15:00:00"),
         rec(f"GET /v2/edu-groups/{G9A}/final-marks", group_final_marks(G9A, exam, snap(exam)), "2027-06-21T15:01:00")]
    steps.append({"name": "6. 06-21 15:00: 9А's exam marks (ОГЭ)", "batches": [b]})
    # 7. 07-05: Никита's retake (07-01, result 07-03), the итоговые marks
    state[(NIKITA, "Русский язык", "E")] = ("3", 1, "2027-07-03T10:05:30.0")
    alls = ["H1", "H2", "Y", "E", "F"]
    b = [rec(f"GET /v2/edu-groups/{G9A}/marks/2027-06-20/2027-07-05",
             range_marks(G9A, alls, state, "2027-06-20", "2027-07-05"), "2027-07-05T12:00:00")]
    for i, p in enumerate(PUPILS[G9A]):
        b.append(rec(f"GET /v2/persons/{p[0]}/edu-groups/{G9A}/allfinalmarks", allfinalmarks(p, alls, snap(alls)),
                     f"2027-07-05T12:0{i + 1}:00"))
    b.append(rec(f"GET /v2/edu-groups/{G9A}/final-marks", group_final_marks(G9A, exam, snap(exam)),
                 "2027-07-05T12:05:00"))
    steps.append({"name": "7. 07-05 12:00: the retake and the итоговые marks", "batches": [b]})

    journey = {"vendor": "dnevnik_ru",
               "description": "МАОУ «Гимназия № 66» (Тюмень, UTC+5), 7А (quarters), 7Б (trimesters), 9А (half-years), "
                              "2027-05-20..07-05: every kind of final mark on every scale, from every endpoint that "
                              "carries them, changed, deleted and restated.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 66»"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for s in steps for b in s["batches"]), "records")


if __name__ == "__main__":
    main()
