"""Dnevnik.ru journey 5: final grades and the journal's own figures. One school (Yekaterinburg, timeZone 5,
weighted averages), 9В on quarters + year, 10А on half-years + year; lessons around the end of the first quarter,
the autumn break and the first day of the second quarter; 5-, 10-, 100-point and pass/fail works; final marks from
three endpoints (final-marks, a pupil's final-marks, allfinalmarks); a corrected final mark re-sent; avg-marks and
wa-marks over period dates and over a bare span. Standard library only; deterministic. Ids are Python ints."""
import json
from pathlib import Path

S = 1000002377001
G9, G10, G5, G8 = 2260325488553000901, 2260325488553001001, 2260325488553000501, 2260325488552000801
P = {1000012700001: ("Кузнецова", "Варвара", "Денисовна", "Female", G9),
     1000012700002: ("Морозов", "Тимур", "Ильич", "Male", G9),
     2260325488553111003: ("Савельева", "Дарья", "Олеговна", "Female", G9),
     1000012700004: ("Егоров", "Лев", "Павлович", "Male", G10),
     2260325488553111005: ("Фомина", "Алиса", "Романовна", "Female", G10),
     1000012700006: ("Никитин", "Марк", "Сергеевич", "Male", G5),
     1000012700007: ("Орлова", "Ева", "Антоновна", "Female", G5)}
P1, P2, P3, P4, P5, P6, P7 = list(P)
G8_PUPILS = [P1, P2]  # last year's 8В, now 9В
ALG, ENG, PE, ALGA, PHYS, MATH = 1000003700001, 1000003700002, 1000003700003, 2260325488553222004, 1000003700005, 1000003700006
SUBJ = {ALG: ("Алгебра", "Математика и информатика"), ENG: ("Английский язык", "Иностранные языки"),
        PE: ("Физическая культура", "Физическая культура"), ALGA: ("Алгебра и начала анализа", "Математика и информатика"),
        PHYS: ("Физика", "Естественнонаучные предметы"), MATH: ("Математика", "Математика и информатика")}
# work types: id -> (title, abbr, weight, kind)
WT = {4101: ("Ответ на уроке", "ОУ", 1, "DefaultNewLessonWork"), 4102: ("Контрольная работа", "КР", 3, "LessonTestWork"),
      4103: ("Самостоятельная работа", "СР", 2, "CommonWork"), 4104: ("Лабораторная работа", "ЛР", 2, "LaboratoryWork"),
      4105: ("Тест", "Т", 2, "CommonWork"), 4106: ("Зачёт", "З", 1, "CommonWork"),
      4190: ("Итоговая оценка за период", "ИО", 0, "PeriodMark")}
BELL = {1: "08:30", 2: "09:25", 3: "10:20", 4: "11:25", 5: "12:20"}
PERIODS = {  # group -> [(id, start, finish, number, type, name)]
    G9: [(1000007700091, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть"),
         (1000007700092, "2025-11-05", "2025-12-26", 2, "Quarter", "2 четверть"),
         (1000007700093, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть"),
         (1000007700094, "2026-03-30", "2026-05-26", 4, "Quarter", "4 четверть"),
         (1000007700095, "2025-09-01", "2026-05-26", 1, "Year", "Год")],
    G10: [(1000007700101, "2025-09-01", "2025-12-26", 1, "HalfYear", "1 полугодие"),
          (1000007700102, "2026-01-12", "2026-05-26", 2, "HalfYear", "2 полугодие"),
          (1000007700103, "2025-09-01", "2026-05-26", 1, "Year", "Год")],
    G5: [(1000007700051, "2025-09-01", "2025-11-28", 1, "Trimester", "1 триместр"),
         (1000007700052, "2025-12-01", "2026-02-27", 2, "Trimester", "2 триместр"),
         (1000007700053, "2026-03-09", "2026-05-26", 3, "Trimester", "3 триместр"),
         (1000007700054, "2025-09-01", "2026-05-26", 1, "Year", "Год")],
    G8: [(1000007600081, "2024-09-02", "2024-10-25", 1, "Quarter", "1 четверть"),
         (1000007600082, "2024-11-05", "2024-12-27", 2, "Quarter", "2 четверть"),
         (1000007600083, "2025-01-09", "2025-03-21", 3, "Quarter", "3 четверть"),
         (1000007600084, "2025-03-31", "2025-05-26", 4, "Quarter", "4 четверть"),
         (1000007600085, "2024-09-02", "2025-05-26", 1, "Year", "Год")]}
PTYPE = {G9: "Quarter", G10: "HalfYear", G5: "Trimester", G8: "Quarter"}
# lessons: id -> (group, date, number, subject, title, workType, markType)
L = {}
LA = 2260325488553400000
def lesson(n, g, date, num, subj, title, wt=4101, scale="mark5"):
    L[LA + n] = (g, date, num, subj, title, wt, scale)
lesson(1, G9, "2025-10-22", 2, ALG, "Квадратичная функция")
lesson(2, G9, "2025-10-22", 3, ENG, "Present Perfect: test", 4105, "mark100")
lesson(3, G9, "2025-10-23", 1, PE, "Бег 1000 м: зачёт", 4106, "test")
lesson(4, G9, "2025-10-24", 1, ALG, "Контрольная работа «Функции»", 4102)      # last day of Q1
lesson(5, G9, "2025-11-01", 2, ALG, "Отработка пропущенной контрольной", 4102)  # Saturday in the break
lesson(6, G9, "2025-11-05", 2, ALG, "Неравенства с одной переменной")          # first day of Q2
lesson(7, G9, "2025-11-05", 4, ENG, "Vocabulary quiz", 4105, "mark100")
lesson(11, G10, "2025-10-22", 1, PHYS, "Лабораторная работа «Измерение ускорения»", 4104, "mark10")
lesson(12, G10, "2025-10-23", 2, ALGA, "Тригонометрические уравнения", 4103)
lesson(13, G10, "2025-12-26", 3, ALGA, "Контрольная работа за полугодие", 4102)  # last day of H1
lesson(14, G10, "2025-12-26", 4, PHYS, "Решение задач", 4101, "mark10")
lesson(21, G5, "2025-11-28", 1, MATH, "Сложение и вычитание десятичных дробей")   # last day of T1
lesson(22, G5, "2025-11-28", 3, PE, "Подтягивание: зачёт", 4106, "test")
lesson(23, G5, "2025-12-01", 2, MATH, "Умножение десятичных дробей", 4103)        # first day of T2
lesson(31, G8, "2025-05-20", 2, ALG, "Итоговое повторение: уравнения")            # last year
# marks: id -> (lesson, person, value, date, use_avg_calc)
M = {}
MA = 2260325488553500000
def mark(n, lid, p, value, date, avg=True, number=0):
    M[MA + n] = (LA + lid, p, value, date, avg, number)
mark(1, 1, P1, "5", "2025-10-22T09:58:12.4")
mark(2, 1, P2, "3+", "2025-10-22T09:59:01.25")
mark(3, 1, P3, "4", "2025-10-22T10:00:40.117")
mark(4, 2, P1, "92", "2025-10-22T14:12:00.5")
mark(5, 2, P2, "67", "2025-10-22T14:12:30.5")
mark(6, 2, P3, "100", "2025-10-22T14:13:00.5", avg=False)     # retake counted elsewhere
mark(7, 3, P1, "зачёт", "2025-10-23T09:20:00.3", avg=False)
mark(8, 3, P2, "незачёт", "2025-10-23T09:20:30.3", avg=False)
mark(9, 4, P1, "5", "2025-10-24T16:40:11.9")
mark(10, 4, P3, "4-", "2025-10-24T16:41:02.08")
mark(11, 4, P3, "5", "2025-10-24T16:41:02.08", number=1)        # a double mark on a markCount 2 work
mark(12, 5, P2, "4", "2025-11-01T10:15:00.7")                   # outside every period
mark(13, 6, P1, "4", "2025-11-05T10:05:00.6")
mark(14, 6, P2, "2", "2025-11-05T10:06:00.6", avg=False)        # not counted
mark(15, 7, P3, "75", "2025-11-05T12:10:00.1")
mark(21, 11, P4, "8", "2025-10-22T09:10:00.33")
mark(22, 11, P5, "10", "2025-10-22T09:11:00.33")
mark(23, 12, P4, "4", "2025-10-23T10:05:00.8")
mark(24, 12, P5, "3-", "2025-10-23T10:06:00.8")
mark(25, 13, P4, "5", "2025-12-26T15:00:00.45")
mark(26, 13, P5, "4+", "2025-12-26T15:01:00.45")
mark(27, 14, P4, "7", "2025-12-26T16:00:00.2")
mark(28, 14, P5, "9", "2025-12-26T16:01:00.2", avg=False)
mark(31, 21, P6, "5", "2025-11-28T08:59:00.4")
mark(32, 21, P7, "4", "2025-11-28T09:00:10.4")
mark(33, 22, P6, "зачёт", "2025-11-28T11:00:00.9", avg=False)
mark(34, 22, P7, "зачёт", "2025-11-28T11:00:30.9", avg=False)
mark(35, 23, P6, "3", "2025-12-01T10:10:00.15")
mark(36, 23, P7, "5+", "2025-12-01T10:11:00.15")
mark(41, 31, P1, "5", "2025-05-20T10:05:00.6")
mark(42, 31, P2, "3-", "2025-05-20T10:06:00.6")
MARK_COUNT2 = {LA + 4}


def ids(name, value):
    return {name: value, name + "_str": None if value is None else str(value)}


def subject_obj(s):
    return {**ids("id", s), "name": SUBJ[s][0], "knowledgeArea": SUBJ[s][1], "fgosSubjectId": None}


def period_of(g, date, ptype):
    for pid, start, finish, number, t, _ in PERIODS[g]:
        if t == ptype and start <= date <= finish:
            return number, t
    return None, ptype


def work_id(lid):
    return lid + 900000


def work_obj(lid):
    g, date, num, subj, title, wt, scale = L[lid]
    pn, pt = period_of(g, date, PTYPE[g])
    return {**ids("id", work_id(lid)), "type": WT[wt][3], "workType": wt, "markType": scale,
            "markCount": 2 if lid in MARK_COUNT2 else 1, **ids("lesson", lid), "displayInJournal": True,
            "status": "Sent", **ids("eduGroup", g), "tasks": [], "text": "", "periodNumber": pn, "periodType": pt,
            "subjectId": subj, "isImportant": wt == 4102, "targetDate": date + "T00:00:00", "sentDate": None,
            "createdBy": 1000012700900, "files": [], "oneDriveLinks": []}


def lesson_obj(lid):
    g, date, num, subj, title, wt, scale = L[lid]
    return {**ids("id", lid), "title": title, "date": f"{date}T{BELL[num]}:00", "number": num,
            "subject": subject_obj(subj), "group": g, "status": "Conducted", "resultPlaceId": 0,
            "works": [work_obj(lid)], "teachers": [1000012700900], "teachers_str": ["1000012700900"]}


def mark_obj(mid, value=None, date=None, mtype=None, work=None, wt=None, avg=None, lesson=True):
    lid, p, v, d, a, number = M[mid] if mid in M else (None, None, None, None, None, 0)
    v = value or v
    scale = mtype or L[lid][6]
    mood = "NotSet" if scale in ("test", "mark100") else ("Good" if v[0] in "45" else "Average" if v[0] == "3" else "Bad")
    return {**ids("id", mid), "type": scale, "value": v, "textValue": v, **ids("person", p),
            **ids("work", work or work_id(lid)), **ids("lesson", lid if lesson else None), "number": number,
            "date": date or d, "workType": wt or L[lid][5], "mood": mood, "use_avg_calc": a if avg is None else avg}


def group_marks(g, start, end):
    return [mark_obj(mid) for mid, m in M.items() if L[m[0]][0] == g and start <= L[m[0]][1] <= end]


# final marks: (person, period id, subject) -> (mark id, value, scale, date)
FM = 2260325488553600000
PW = 2260325488553700000  # period-mark works: PW + subject index*10 + period number
def final_mark(n, p, pid, subj, value, date, scale="mark5"):
    return dict(id=FM + n, p=p, pid=pid, subj=subj, value=value, date=date, scale=scale)
Q1, Q2, H1, T1 = 1000007700091, 1000007700092, 1000007700101, 1000007700051
Q4_24, Y24 = 1000007600084, 1000007600085
FINALS_G5 = [final_mark(21, P6, T1, MATH, "5", "2025-11-28T16:00:00.3"),
             final_mark(22, P6, T1, PE, "зачёт", "2025-11-28T16:01:00.3", "test"),
             final_mark(23, P7, T1, MATH, "4", "2025-11-28T16:02:00.3"),
             final_mark(24, P7, T1, PE, "осв", "2025-11-28T16:03:00.3", "markdismiss")]
FINALS_G8 = [final_mark(31, P1, Q4_24, ALG, "5", "2025-05-26T12:00:00.7"),
             final_mark(32, P1, Y24, ALG, "5", "2025-05-27T09:00:00.7"),
             final_mark(33, P1, Y24, ENG, "4", "2025-05-27T09:01:00.7"),
             final_mark(34, P2, Q4_24, ALG, "3", "2025-05-26T12:01:00.7"),
             final_mark(35, P2, Y24, ALG, "4", "2025-05-27T09:02:00.7"),
             final_mark(36, P2, Y24, ENG, "3", "2025-05-27T09:03:00.7")]
ALLFINAL_P1_G8 = [final_mark(37, P1, Y24, PE, "зачёт", "2025-05-27T09:04:00.7", "test")]
FINALS_G9 = [final_mark(1, P1, Q1, ALG, "5", "2025-10-24T17:30:00.1"),
             final_mark(2, P1, Q1, ENG, "5", "2025-10-24T17:31:00.1"),
             final_mark(3, P1, Q1, PE, "зачёт", "2025-10-24T17:32:00.1", "test"),
             final_mark(4, P2, Q1, ALG, "3", "2025-10-24T17:33:00.1"),   # corrected to 4 on 27 Oct
             final_mark(5, P2, Q1, ENG, "3", "2025-10-24T17:34:00.1"),
             final_mark(6, P2, Q1, PE, "незачёт", "2025-10-24T17:35:00.1", "test")]
FINALS_G9_SUBJ = [final_mark(8, P3, Q1, PE, "н/а", "2025-10-24T17:40:00.1", "markna")]
ALLFINAL_P3 = [final_mark(9, P3, Q1, ALG, "4", "2025-10-24T17:41:00.1"),
               final_mark(10, P3, Q1, ENG, "5", "2025-10-24T17:42:00.1")]
FINALS_G10 = [final_mark(11, P4, H1, ALGA, "5", "2025-12-26T17:00:00.5"),
              final_mark(12, P4, H1, PHYS, "8", "2025-12-26T17:01:00.5", "mark10"),
              final_mark(13, P5, H1, ALGA, "4", "2025-12-26T17:02:00.5"),
              final_mark(14, P5, H1, PHYS, "9", "2025-12-26T17:03:00.5", "mark10")]
CORRECT = {FM + 4: ("4", "2025-10-27T08:05:19.77")}
PERIOD_INFO = {pid: (g, number, t) for g, ps in PERIODS.items() for pid, _, _, number, t, _ in ps}
SUBJ_INDEX = {s: i for i, s in enumerate(SUBJ)}


def period_work(f):
    return PW + SUBJ_INDEX[f["subj"]] * 10 + PERIOD_INFO[f["pid"]][1] + {G9: 0, G10: 100, G5: 200, G8: 300}[PERIOD_INFO[f["pid"]][0]]


def fm_obj(f, corrected=False):
    value, date = CORRECT[f["id"]] if corrected and f["id"] in CORRECT else (f["value"], f["date"])
    mood = "NotSet" if not value[0].isdigit() else ("Good" if value in ("5", "4", "8", "9", "10") else "Average")
    return {**ids("id", f["id"]), "type": f["scale"], "value": value, "textValue": value, **ids("person", f["p"]),
            **ids("work", period_work(f)), **ids("lesson", None), "number": 0, "date": date, "workType": 4190,
            "mood": mood, "use_avg_calc": False}


def final_marks_body(finals, corrected=False):
    out = []
    for p in sorted({f["p"] for f in finals}):
        for pid in sorted({f["pid"] for f in finals if f["p"] == p}):
            g = PERIOD_INFO[pid][0]
            out.append({**ids("person", p), **ids("group", g), **ids("reportingPeriod", pid),
                        "per-subject-final-marks": [{**ids("subject", f["subj"]), "final-mark": fm_obj(f, corrected)}
                                                    for f in finals if f["p"] == p and f["pid"] == pid]})
    return out


def period_work_obj(f):
    g, number, t = PERIOD_INFO[f["pid"]]
    return {**ids("id", period_work(f)), "type": "PeriodMark", "workType": 4190, "markType": f["scale"],
            "markCount": 1, **ids("lesson", None), "displayInJournal": True, "status": "Sent", **ids("eduGroup", g),
            "tasks": [], "text": "", "periodNumber": number, "periodType": t, "subjectId": f["subj"],
            "isImportant": False, "targetDate": f["date"][:10] + "T00:00:00", "sentDate": None,
            "createdBy": 1000012700900, "files": [], "oneDriveLinks": []}


def avg_marks(rows):  # rows: person -> [(subject, "value")]
    return [{**ids("person", p), "per-subject-averages": [{**ids("subject", s), "avg-mark-value": v} for s, v in sv]}
            for p, sv in rows.items()]


def wa_marks(rows):  # rows: subject -> [(person, float)]
    return {"subjectMarks": [{**ids("subject", s), "marks": [{"person": p, "person_str": str(p), "value": v}
                                                              for p, v in pv]} for s, pv in rows.items()]}


def rec(request, body, pulled_at=None):
    r = {"request": request, "body": body}
    if pulled_at:
        r["pulled_at"] = pulled_at
    return r


def person_obj(p):
    last, first, middle, sex, _ = P[p]
    return {**ids("id", p), **ids("userId", None), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par, year, status = {G9: ("9В", 9, 2025, "Active"), G10: ("10А", 10, 2025, "Active"),
                               G5: ("5Б", 5, 2025, "Active"), G8: ("8В", 8, 2024, "Archive")}[g]
    return {**ids("id", g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, **ids("timetable", 1000006700001), "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": []}


def build():
    school = {**ids("id", S), "name": "МАОУ СОШ № 77", "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 77»",
              "avatarSmall": None, "city": "Екатеринбург", "municipality": "Екатеринбург", "regionId": 66,
              "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular"}
    wts = [{**ids("id", w), "schoolId": S, "kindId": i + 1, "kind": k, "title": t, "abbr": a, "weight": wgt}
           for i, (w, (t, a, wgt, k)) in enumerate(WT.items())]
    reference = [rec(f"GET /v2/schools/{S}", school), rec(f"GET /v2/work-types/{S}", wts),
                 rec(f"GET /v2/schools/{S}/subjects", [subject_obj(s) for s in SUBJ])]
    for g in (G9, G10, G5):
        reference += [rec(f"GET /v2/edu-groups/{g}", group_obj(g)),
                      rec(f"GET /v2/edu-groups/{g}/persons", [person_obj(p) for p in P if P[p][4] == g]),
                      rec(f"GET /v2/edu-groups/{g}/reporting-periods",
                          [{**ids("id", pid), "start": s + "T00:00:00", "finish": f + "T00:00:00", "number": n,
                            "type": t, "name": nm, "year": int(PERIODS[g][0][1][:4])} for pid, s, f, n, t, nm in PERIODS[g]])]
    week = []
    for g, ranges in ((G9, [("2025-10-20", "2025-10-25"), ("2025-10-27", "2025-11-08")]),
                      (G10, [("2025-10-20", "2025-10-25"), ("2025-12-22", "2025-12-27")]),
                      (G5, [("2025-11-24", "2025-11-29"), ("2025-12-01", "2025-12-06")])):
        for start, end in ranges:
            week.append(rec(f"GET /v2/edu-groups/{g}/lessons/{start}/{end}",
                            [lesson_obj(l) for l in L if L[l][0] == g and start <= L[l][1] <= end]))
            week.append(rec(f"GET /v2/edu-groups/{g}/marks/{start}/{end}", group_marks(g, start, end)))
    finals = [rec(f"GET /v2/edu-groups/{G9}/final-marks", final_marks_body(FINALS_G9), "2025-10-25T07:00:00"),
              rec(f"GET /v2/persons/{P3}/edu-groups/{G9}/final-marks", final_marks_body(FINALS_G9_SUBJ)),
              rec(f"GET /v2/persons/{P3}/edu-groups/{G9}/allfinalmarks",
                  {"marks": [fm_obj(f) for f in ALLFINAL_P3], "works": [period_work_obj(f) for f in ALLFINAL_P3],
                   "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": 1} for s in (ALG, ENG)],
                   "workTypes": [{"id": 4190, "schoolId": S, "abbreviation": "ИО", "name": WT[4190][0],
                                  "isFinal": True, "isImportant": False, "kindId": 7, "kind": "PeriodMark"}]}),
              rec(f"GET /v2/edu-groups/{G10}/final-marks", final_marks_body(FINALS_G10)),
              rec(f"GET /v2/edu-groups/{G5}/final-marks", final_marks_body(FINALS_G5))]
    averages = [
        rec(f"GET /v2/edu-groups/{G9}/avg-marks/2025-09-01/2025-10-24",
            avg_marks({P1: [(ALG, "4.83"), (ENG, "4.60")], P2: [(ALG, "3.29"), (ENG, "3")], P3: [(ALG, "4.5")]})),
        rec(f"GET /v2/edu-groups/{G9}/wa-marks/2025-09-01/2025-10-24",
            wa_marks({ALG: [(P1, 4.875), (P2, 3.4285714285714284), (P3, 4.333333333333333)]})),
        rec(f"GET /v2/edu-groups/{G9}/avg-marks/2025-10-20/2025-11-08",
            avg_marks({P2: [(ALG, "3.67")], P3: [(ENG, "87.50")]})),
        rec(f"GET /v2/edu-groups/{G10}/avg-marks/2025-09-01T00:00:00/2025-12-26T23:59:59",
            avg_marks({P4: [(ALGA, "4.40"), (PHYS, "7.75")], P5: [(ALGA, "3.80"), (PHYS, "8.5")]})),
        rec(f"GET /v2/edu-groups/{G10}/wa-marks/2025-09-01/2025-12-26",
            wa_marks({ALGA: [(P4, 4.6), (P5, 3.9166666666666665)]})),
        rec(f"GET /v2/edu-groups/{G5}/avg-marks/2025-09-01/2025-11-28",
            avg_marks({P6: [(MATH, "4.75")], P7: [(MATH, "4.2")]})),
        rec(f"GET /v2/edu-groups/{G5}/wa-marks/2025-09-01/2025-11-28",
            wa_marks({MATH: [(P6, 4.777777777777778), (P7, 4.0)]}))]
    history = [rec(f"GET /v2/edu-groups/{G8}", group_obj(G8)),
               rec(f"GET /v2/edu-groups/{G8}/persons", [person_obj(p) for p in G8_PUPILS]),
               rec(f"GET /v2/edu-groups/{G8}/reporting-periods",
                   [{**ids("id", pid), "start": s + "T00:00:00", "finish": f + "T00:00:00", "number": n,
                     "type": t, "name": nm, "year": 2024} for pid, s, f, n, t, nm in PERIODS[G8]]),
               rec(f"GET /v2/edu-groups/{G8}/lessons/2025-05-19/2025-05-23", [lesson_obj(l) for l in L if L[l][0] == G8]),
               rec(f"GET /v2/edu-groups/{G8}/marks/2025-05-19/2025-05-23", group_marks(G8, "2025-05-19", "2025-05-23")),
               rec(f"GET /v2/edu-groups/{G8}/final-marks", final_marks_body(FINALS_G8)),
               rec(f"GET /v2/persons/{P1}/edu-groups/{G8}/allfinalmarks",
                   {"marks": [fm_obj(f) for f in ALLFINAL_P1_G8], "works": [period_work_obj(f) for f in ALLFINAL_P1_G8],
                    "subjects": [{"id": PE, "name": SUBJ[PE][0], "knowledgeAreaId": 6}],
                    "workTypes": [{"id": 4190, "schoolId": S, "abbreviation": "ИО", "name": WT[4190][0],
                                   "isFinal": True, "isImportant": False, "kindId": 7, "kind": "PeriodMark"}]}),
               rec(f"GET /v2/edu-groups/{G8}/avg-marks/2024-09-02/2025-05-26",
                   avg_marks({P1: [(ALG, "4.81"), (ENG, "4.38")], P2: [(ALG, "3.55"), (ENG, "3.40")]}))]
    avg_one = [rec(f"GET /v2/persons/{p}/reporting-periods/{pid}/avg-mark", v) for p, pid, v in
               ((P1, Q1, "4.72"), (P2, Q1, "3.2"), (P4, H1, "4.40"))]
    holidays = [rec(f"GET /v2/edu-groups/{g}/reporting-period-group",
                    {"id": 1000007800000 + i, "reportingPeriods": [
                        {**ids("id", pid), "start": s + "T00:00:00", "finish": f + "T00:00:00", "number": n,
                         "type": t, "name": nm, "year": int(PERIODS[g][0][1][:4])} for pid, s, f, n, t, nm in PERIODS[g]],
                     "holidays": [{"id": 1000007900001 + i, "reportingPeriodGroupId": 1000007800000 + i,
                                   "dateStart": "2025-10-25T00:00:00", "dateFinish": "2025-11-04T00:00:00",
                                   "name": "Осенние каникулы", "description": ""}]})
                for i, g in enumerate((G9, G10))]
    subj_finals = [rec(f"GET /v2/edu-groups/{G10}/subjects/{PHYS}/final-marks",
                       [fm_obj(f) for f in FINALS_G10 if f["subj"] == PHYS])]
    resend = [rec(f"GET /v2/edu-groups/{G9}/final-marks", final_marks_body(FINALS_G9, corrected=True),
                  "2025-10-27T09:00:00")]
    return {"vendor": "dnevnik_ru", "steps": [
        {"name": "reference data: school (weighted), work types with weights, subjects, classes, pupils, periods",
         "batches": [reference + holidays]},
        {"name": "lessons and marks around the end of Q1, the break and the start of Q2 / end of H1", "batches": [week]},
        {"name": "final marks from three endpoints", "batches": [finals + subj_finals]},
        {"name": "the journal's own averages", "batches": [averages + avg_one]},
        {"name": "final marks re-sent after a correction", "batches": [resend]},
        {"name": "work types re-read: the school raised the weight of a test (КР) from 3 to 4",
         "batches": [[rec(f"GET /v2/work-types/{S}", [dict(w, weight=4) if w["id"] == 4102 else w for w in wts],
                          "2025-12-29T08:00:00")]]},
        {"name": "last year's 8В (archived) pushed late: lessons, marks, Q4 and year final marks, year averages",
         "batches": [history]}]}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
