"""Dnevnik.ru journey 17: the year's final grades screen (class 7Г, school year 2025/26).

Standard library only, deterministic. Every name, id and text is invented. Writes journey.json.
"""
import json
from pathlib import Path

S = 1000002377017
G = 2260325488557000701
P1, P2, P3 = 1000012717001, 2260325488557111002, 1000012717003
ALG, PE, RUS = 1000003717001, 1000003717002, 1000003717003
WT_OU, WT_KR, WT_SELF, WT_PM = 7101, 7102, 7103, 7190
PER = {  # id: (number, type, name, start, finish)
    1000007717001: (1, "Quarter", "1 четверть", "2025-09-01", "2025-10-24"),
    1000007717002: (2, "Quarter", "2 четверть", "2025-11-05", "2025-12-26"),
    1000007717003: (3, "Quarter", "3 четверть", "2026-01-12", "2026-03-20"),
    1000007717004: (4, "Quarter", "4 четверть", "2026-03-30", "2026-05-26"),
    1000007717009: (1, "Year", "Год", "2025-09-01", "2026-05-26"),
}
Q = {n: pid for pid, (n, t, *_r) in PER.items() if t == "Quarter"}
YEAR = 1000007717009


def s(x):
    return str(x)


def rec(request, body, pulled_at=None, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    if pulled_at:
        r["pulled_at"] = pulled_at
    return r


def period(pid):
    n, t, name, a, b = PER[pid]
    return {"id": pid, "id_str": s(pid), "start": a + "T00:00:00", "finish": b + "T00:00:00", "number": n,
            "type": t, "name": name, "year": 2025}


def person(pid, first, last, middle, sex):
    return {"id": pid, "id_str": s(pid), "userId": None, "userId_str": None, "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


SUBJ = {ALG: ("Алгебра", "Математика и информатика"), PE: ("Физическая культура", "Физическая культура"),
        RUS: ("Русский язык", "Русский язык и литература")}


def lesson(lid, subj, date, number, title):
    return {"id": lid, "id_str": s(lid), "title": title, "date": date, "number": number,
            "subject": {"id": subj, "id_str": s(subj), "name": SUBJ[subj][0], "knowledgeArea": SUBJ[subj][1],
                        "fgosSubjectId": None},
            "group": G, "status": "Conducted", "resultPlaceId": 0, "works": [],
            "teachers": [1000012717900], "teachers_str": ["1000012717900"]}


def mark(mid, pers, work, lid, value, date, wt, avg=True, mtype="mark5"):
    return {"id": mid, "id_str": s(mid), "type": mtype, "value": value, "textValue": value,
            "person": pers, "person_str": s(pers), "work": work, "work_str": s(work),
            "lesson": lid, "lesson_str": s(lid) if lid else None, "number": 0, "date": date,
            "workType": wt, "mood": "Good", "use_avg_calc": avg}


def fmark(mid, pers, work, value, date, mtype="mark5"):
    return mark(mid, pers, work, None, value, date, WT_PM, False, mtype)


def pm_work(wid, subj, pid):
    n, t, *_r = PER[pid]
    return {"id": wid, "id_str": s(wid), "type": "PeriodMark", "workType": WT_PM, "markType": "mark5",
            "markCount": 1, "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent",
            "eduGroup": G, "eduGroup_str": s(G), "tasks": [], "text": "", "periodNumber": n, "periodType": t,
            "subjectId": subj, "isImportant": False, "targetDate": PER[pid][4] + "T00:00:00", "sentDate": None,
            "createdBy": 1000012717900, "files": [], "oneDriveLinks": []}


def fm_rows(pid, entries):
    """entries: {person: [(subject, Mark), ...]} -> edu-groups/{g}/final-marks answer (§3.13, §8.4)."""
    return [{"person": p, "person_str": s(p), "group": G, "group_str": s(G), "reportingPeriod": pid,
             "reportingPeriod_str": s(pid),
             "per-subject-final-marks": [{"subject": sj, "subject_str": s(sj), "final-mark": m} for sj, m in ms]}
            for p, ms in entries.items()]


STATE = {}  # reportingPeriod -> {person: {subject: Mark}}: what the group's final-marks holds so far


def fm_all(pid=None, entries=None, drop=()):
    """The whole `edu-groups/{g}/final-marks` answer (every period's rows so far, §3.13), after adding `entries`
    for `pid` and removing (person, subject, period) in `drop`."""
    if pid is not None:
        for p, ms in entries.items():
            for sj, m in ms:
                STATE.setdefault(pid, {}).setdefault(p, {})[sj] = m
    for p, sj, pid2 in drop:
        del STATE[pid2][p][sj]
    rows = []
    for pid2 in PER:
        for p in (P1, P2, P3):
            ms = sorted(STATE.get(pid2, {}).get(p, {}).items())
            if ms:
                rows += fm_rows(pid2, {p: ms})
    return rows


def avg_rows(entries):
    return [{"person": p, "person_str": s(p),
             "per-subject-averages": [{"subject": sj, "subject_str": s(sj), "avg-mark-value": v} for sj, v in ms]}
            for p, ms in entries.items()]


def main():
    steps = []
    wtypes = [
        {"id": WT_OU, "id_str": s(WT_OU), "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork",
         "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
        {"id": WT_KR, "id_str": s(WT_KR), "schoolId": S, "kindId": 2, "kind": "LessonTestWork",
         "title": "Контрольная работа", "abbr": "КР", "weight": 3},
        {"id": WT_SELF, "id_str": s(WT_SELF), "schoolId": S, "kindId": 3, "kind": "CommonWork",
         "title": "Тренировочная работа", "abbr": "ТР", "weight": 0},
        {"id": WT_PM, "id_str": s(WT_PM), "schoolId": S, "kindId": 9, "kind": "PeriodMark",
         "title": "Итоговая отметка", "abbr": "ИО", "weight": 0},
    ]
    ref = [
        rec(f"GET /v2/schools/{S}", {"id": S, "id_str": s(S), "name": "МБОУ Лицей № 17", "fullName":
            "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 17»", "avatarSmall": None,
            "city": "Пермь", "municipality": "Пермь", "regionId": 59, "markType": "mark5", "timeZone": 5,
            "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular"}),
        rec(f"GET /v2/work-types/{S}", wtypes),
        rec(f"GET /v2/schools/{S}/subjects", [{"id": k, "id_str": s(k), "name": v[0], "knowledgeArea": v[1],
                                              "fgosSubjectId": None} for k, v in SUBJ.items()]),
        rec(f"GET /v2/edu-groups/{G}", {"id": G, "id_str": s(G), "parentIds": [], "parentIds_str": [],
            "type": "Group", "name": "7Г", "fullName": "", "parallel": 7, "timetable": 1000006717001,
            "timetable_str": "1000006717001", "status": "Active", "studyyear": 2025, "educationType": "Regular",
            "subjects": []}),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(P1, "Злата", "Вершинина", "Олеговна", "Female"),
                                                 person(P2, "Тимофей", "Лаптев", "Ильич", "Male"),
                                                 person(P3, "Арсений", "Дубравин", "Маркович", "Male")]),
        rec(f"GET /v2/edu-groups/{G}/reporting-periods", [period(p) for p in PER]),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", {"id": 1000007817000,
            "reportingPeriods": [period(p) for p in PER],
            "holidays": [{"id": 1000007917001, "reportingPeriodGroupId": 1000007817000,
                          "dateStart": "2025-10-25T00:00:00", "dateFinish": "2025-11-04T00:00:00",
                          "name": "Осенние каникулы", "description": ""}]}),
    ]
    steps.append({"name": "1 reference data", "batches": [ref]})

    # Sparse lessons and marks, one week per quarter (§3.4, §3.1)
    L = 2260325488557400000
    M = 2260325488557500000
    W = 2260325488557900000
    weeks = [  # (from, to, [(lesson, subj, date, number, title, [(mark, person, value, wt, use_avg)])])
        ("2025-10-20", "2025-10-24", [
            (1, ALG, "2025-10-20T09:25:00", 2, "Одночлены и многочлены",
             [(1, P1, "2", WT_SELF, True), (2, P2, "5", WT_OU, False), (3, P3, "4", WT_OU, True)]),
            (2, ALG, "2025-10-23T10:20:00", 3, "Контрольная работа № 1",
             [(4, P1, "4", WT_KR, True), (5, P2, "3", WT_KR, True)])]),
        ("2025-12-22", "2025-12-26", [
            (3, ALG, "2025-12-22T09:25:00", 2, "Формулы сокращённого умножения",
             [(6, P1, "5", WT_OU, True), (7, P2, "4-", WT_OU, True)])]),
        ("2026-03-16", "2026-03-20", [
            (4, ALG, "2026-03-16T09:25:00", 2, "Линейная функция",
             [(8, P1, "3", WT_KR, True), (9, P3, "5", WT_SELF, True)])]),
        ("2026-05-18", "2026-05-22", [
            (5, ALG, "2026-05-18T09:25:00", 2, "Итоговое повторение",
             [(10, P2, "5", WT_OU, True), (11, P1, "4", WT_OU, True)])]),
    ]
    batches = []
    for a, b, ls in weeks:
        lessons, marks = [], []
        for ln, subj, date, num, title, ms in ls:
            lessons.append(lesson(L + ln, subj, date, num, title))
            for mn, p, v, wt, avg in ms:
                marks.append(mark(M + mn, p, W + ln, L + ln, v, date[:10] + "T14:0%d:11.52" % (mn % 10), wt, avg))
        batches.append([rec(f"GET /v2/edu-groups/{G}/lessons/{a}/{b}", lessons),
                        rec(f"GET /v2/edu-groups/{G}/marks/{a}/{b}", marks)])
    steps.append({"name": "2 lessons and marks, a week of each quarter", "batches": batches})

    F = 2260325488557600000
    FW = 2260325488557700000

    def fw(subj, pid):  # the PeriodMark work id of a subject and period
        return FW + (subj % 100) * 100 + (pid % 100)

    # Quarter 1: group final-marks; P3 exempt from PE (markdismiss, §5); avg-marks over Q1's exact dates.
    q1 = Q[1]
    b3 = [
        rec(f"GET /v2/edu-groups/{G}/final-marks", fm_all(q1, {
            P1: [(ALG, fmark(F + 1, P1, fw(ALG, q1), "4", "2025-10-24T16:01:00.5")),
                 (PE, fmark(F + 2, P1, fw(PE, q1), "5", "2025-10-24T16:02:00.5"))],
            P2: [(ALG, fmark(F + 3, P2, fw(ALG, q1), "3", "2025-10-24T16:03:00.5")),
                 (PE, fmark(F + 4, P2, fw(PE, q1), "5", "2025-10-24T16:04:00.5"))],
            P3: [(ALG, fmark(F + 5, P3, fw(ALG, q1), "4", "2025-10-24T16:05:00.5")),
                 (PE, fmark(F + 6, P3, fw(PE, q1), "осв", "2025-10-24T16:06:00.5", "markdismiss"))]}),
            pulled_at="2025-10-25T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2025-09-01/2025-10-24", avg_rows({
            P1: [(ALG, "3.50")], P2: [(ALG, "3")], P3: [(ALG, "4.00")]}), pulled_at="2025-10-25T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/wa-marks/2025-09-01/2025-10-24", {"subjectMarks": [
            {"subject": ALG, "subject_str": s(ALG), "marks": [
                {"person": P1, "person_str": s(P1), "value": 4.0},
                {"person": P2, "person_str": s(P2), "value": 3.0},
                {"person": P3, "person_str": s(P3), "value": 4.0}]}]}, pulled_at="2025-10-25T06:00:00"),
    ]
    steps.append({"name": "3 quarter 1 closed", "batches": [b3]})

    # Quarter 2: period marks set through PeriodMark works (POST works/many) and the subject's final-marks (Mark[]).
    q2 = Q[2]
    works_q2 = [pm_work(fw(ALG, q2), ALG, q2), pm_work(fw(PE, q2), PE, q2)]
    b4 = [
        rec("POST /v2/works/many", works_q2, request_body=[s(w["id"]) for w in works_q2]),
        rec(f"GET /v2/edu-groups/{G}/subjects/{ALG}/final-marks", [
            fmark(F + 11, P1, fw(ALG, q2), "5", "2025-12-26T15:10:00.1"),
            fmark(F + 12, P2, fw(ALG, q2), "3", "2025-12-26T15:11:00.1"),
            fmark(F + 13, P3, fw(ALG, q2), "4", "2025-12-26T15:12:00.1")], pulled_at="2025-12-27T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/subjects/{PE}/final-marks", [
            fmark(F + 14, P1, fw(PE, q2), "5", "2025-12-26T15:13:00.1"),
            fmark(F + 15, P2, fw(PE, q2), "4", "2025-12-26T15:14:00.1"),
            fmark(F + 16, P3, fw(PE, q2), "осв", "2025-12-26T15:15:00.1", "markdismiss")],
            pulled_at="2025-12-27T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2025-11-05/2025-12-26", avg_rows({
            P1: [(ALG, "5.00")], P2: [(ALG, "3.75")]}), pulled_at="2025-12-27T06:00:00"),
    ]
    # Correction: P2's Алгебра Q2 mark 3 -> 4 (same mark id, newer date, later pull)
    b4b = [rec(f"GET /v2/edu-groups/{G}/subjects/{ALG}/final-marks", [
        fmark(F + 11, P1, fw(ALG, q2), "5", "2025-12-26T15:10:00.1"),
        fmark(F + 12, P2, fw(ALG, q2), "4", "2025-12-29T10:40:00.7"),
        fmark(F + 13, P3, fw(ALG, q2), "4", "2025-12-26T15:12:00.1")], pulled_at="2025-12-29T12:00:00")]
    # The group's whole final-marks answer holds these Q2 marks from now on (the corrected value).
    fm_all(q2, {p: [(sj, m) for sj, m in ms] for p, ms in {
        P1: [(ALG, b4b[0]["body"][0]), (PE, b4[2]["body"][0])],
        P2: [(ALG, b4b[0]["body"][1]), (PE, b4[2]["body"][1])],
        P3: [(ALG, b4b[0]["body"][2]), (PE, b4[2]["body"][2])]}.items()})
    steps.append({"name": "4 quarter 2 through PeriodMark works, then a correction", "batches": [b4, b4b]})

    # Quarter 3: P1's allfinalmarks bundle (period only from the Work's periodType/periodNumber); group final-marks;
    # then a re-pull where P2's PE mark was removed (omission) and the legacy deletion notice for it.
    q3 = Q[3]
    b5 = [
        rec(f"GET /v2/persons/{P1}/edu-groups/{G}/allfinalmarks", {
            "marks": [fmark(F + 21, P1, fw(ALG, q3), "3", "2026-03-20T17:00:00.3"),
                      fmark(F + 22, P1, fw(PE, q3), "5", "2026-03-20T17:01:00.3")],
            "works": [pm_work(fw(ALG, q3), ALG, q3), pm_work(fw(PE, q3), PE, q3)],
            "subjects": [{"id": ALG, "name": "Алгебра", "knowledgeAreaId": 2},
                         {"id": PE, "name": "Физическая культура", "knowledgeAreaId": 7}],
            "workTypes": [{"id": WT_PM, "schoolId": S, "abbreviation": "ИО", "name": "Итоговая отметка",
                           "isFinal": True, "isImportant": False, "kindId": 9, "kind": "PeriodMark"}]},
            pulled_at="2026-03-21T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/final-marks", fm_all(q3, {
            P1: [(ALG, fmark(F + 21, P1, fw(ALG, q3), "3", "2026-03-20T17:00:00.3")),
                 (PE, fmark(F + 22, P1, fw(PE, q3), "5", "2026-03-20T17:01:00.3"))],
            P2: [(ALG, fmark(F + 23, P2, fw(ALG, q3), "4", "2026-03-20T17:02:00.3")),
                 (PE, fmark(F + 24, P2, fw(PE, q3), "2", "2026-03-20T17:03:00.3"))],
            P3: [(ALG, fmark(F + 25, P3, fw(ALG, q3), "5", "2026-03-20T17:04:00.3")),
                 (PE, fmark(F + 26, P3, fw(PE, q3), "осв", "2026-03-20T17:05:00.3", "markdismiss"))]}),
            pulled_at="2026-03-21T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2026-01-12/2026-03-20", avg_rows({
            P1: [(ALG, "3")], P3: [(ALG, "5.0")]}), pulled_at="2026-03-21T06:00:00"),
    ]
    b5b = [rec(f"GET /v2/edu-groups/{G}/final-marks", fm_all(drop=[(P2, PE, q3)]),
               pulled_at="2026-03-23T06:00:00")]
    steps.append({"name": "5 quarter 3 via allfinalmarks and final-marks, then a period mark removed",
                  "batches": [b5, b5b]})

    # Quarter 4 and the year: final-marks for Q4 and for the Year period; a year зачёт via allfinalmarks
    # (Work periodType Year); avg-marks over Q4 and over the whole year; wa-marks over the year.
    q4 = Q[4]
    b6 = [
        rec(f"GET /v2/edu-groups/{G}/final-marks", fm_all(q4, {
            P1: [(ALG, fmark(F + 31, P1, fw(ALG, q4), "4", "2026-05-26T12:00:00.9"))],
            P2: [(ALG, fmark(F + 32, P2, fw(ALG, q4), "5", "2026-05-26T12:01:00.9"))],
            P3: [(ALG, fmark(F + 33, P3, fw(ALG, q4), "4+", "2026-05-26T12:02:00.9"))]}),
            pulled_at="2026-05-27T06:00:00"),
        rec(f"GET /v2/edu-groups/{G}/final-marks", fm_all(YEAR, {
            P1: [(ALG, fmark(F + 41, P1, fw(ALG, YEAR), "4", "2026-05-27T09:00:00.2"))],
            P2: [(ALG, fmark(F + 42, P2, fw(ALG, YEAR), "4", "2026-05-27T09:01:00.2")),
                 (PE, fmark(F + 45, P2, fw(PE, YEAR), "зачёт", "2026-05-27T09:04:00.2", "test"))],
            P3: [(ALG, fmark(F + 43, P3, fw(ALG, YEAR), "4", "2026-05-27T09:02:00.2")),
                 (PE, fmark(F + 46, P3, fw(PE, YEAR), "осв", "2026-05-27T09:05:00.2", "markdismiss"))]}),
            pulled_at="2026-05-27T10:00:00"),
        rec(f"GET /v2/persons/{P2}/edu-groups/{G}/allfinalmarks", {
            "marks": [fmark(F + 45, P2, fw(PE, YEAR), "зачёт", "2026-05-27T09:04:00.2", "test")],
            "works": [dict(pm_work(fw(PE, YEAR), PE, YEAR), markType="test")],
            "subjects": [{"id": PE, "name": "Физическая культура", "knowledgeAreaId": 7}],
            "workTypes": [{"id": WT_PM, "schoolId": S, "abbreviation": "ИО", "name": "Итоговая отметка",
                           "isFinal": True, "isImportant": False, "kindId": 9, "kind": "PeriodMark"}]},
            pulled_at="2026-05-27T10:00:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2026-03-30/2026-05-26", avg_rows({
            P1: [(ALG, "4")], P2: [(ALG, "5.00")]}), pulled_at="2026-05-27T10:00:00"),
        rec(f"GET /v2/edu-groups/{G}/avg-marks/2025-09-01/2026-05-26", avg_rows({
            P1: [(ALG, "3.67")], P2: [(ALG, "4.08")], P3: [(ALG, "4.50")]}), pulled_at="2026-05-27T10:00:00"),
        rec(f"GET /v2/edu-groups/{G}/wa-marks/2025-09-01/2026-05-26", {"subjectMarks": [
            {"subject": ALG, "subject_str": s(ALG), "marks": [
                {"person": P1, "person_str": s(P1), "value": 3.8333333333333335},
                {"person": P2, "person_str": s(P2), "value": 4.125}]}]}, pulled_at="2026-05-27T10:00:00"),
        rec(f"GET /v2/edu-groups/{G}/wa-marks/2026-03-30/2026-05-26", {"subjectMarks": [
            {"subject": ALG, "subject_str": s(ALG), "marks": [
                {"person": P2, "person_str": s(P2), "value": 5}]}]}, pulled_at="2026-05-27T10:00:00"),
    ]
    # Later that day the PE teacher sets the 4 четверть marks in the journal's PeriodMark column: the works come
    # through POST works/many and the marks through the group's marks range (lesson null, §3.1; §3.13: period
    # marks are ordinary Marks whose Work is a PeriodMark).
    works_q4 = [pm_work(fw(PE, q4), PE, q4)]
    b6b = [
        rec("POST /v2/works/many", works_q4, request_body=[s(w["id"]) for w in works_q4],
            pulled_at="2026-05-27T12:00:00"),
        rec(f"GET /v2/edu-groups/{G}/marks/2026-05-27/2026-05-27", [
            fmark(F + 51, P1, fw(PE, q4), "5", "2026-05-27T11:30:00.4"),
            fmark(F + 52, P2, fw(PE, q4), "4", "2026-05-27T11:31:00.4"),
            fmark(F + 53, P3, fw(PE, q4), "осв", "2026-05-27T11:32:00.4", "markdismiss")],
            pulled_at="2026-05-27T12:00:00"),
    ]
    steps.append({"name": "6 quarter 4 and the year", "batches": [b6, b6b]})

    out = {"vendor": "dnevnik_ru", "steps": steps}
    Path(__file__).with_name("journey.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
