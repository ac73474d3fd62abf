"""Dnevnik.ru journey 10: the end of the school year and the summer (stdlib, deterministic).

Writes journey.json next to this file. Reference: /work/shared/reference/dnevnik_ru.md (cited as §N).
"""
import json
from pathlib import Path

S = 1000002510010                      # school, 13-digit old id (§1)
G = 2260325488555009001                # class 9А, above 2^53 (§1)
TZ = "+04:00"                          # Самара, school timeZone 4 (§2, §3.10)
P1, P2, P3, P4, P5 = 1000012910001, 1000012910002, 2260325488555111003, 1000012910004, 1000012910005
MOM1_U, MOM1_P = 1000011910101, 1000012910101   # Андреева Ольга, mother of P1
DAD5_U, DAD5_P = 1000011910105, 1000012910105   # Дмитриев Олег, father of P5
T_ALG, T_RUS, T_HIS = 1000012910901, 1000012910902, 1000012910903
SUBJ = {"Алгебра": (1000003910001, T_ALG), "Русский язык": (1000003910002, T_RUS), "История": (1000003910003, T_HIS)}
WT_ANSWER, WT_TEST, WT_HW, WT_Q, WT_YEAR = 2101, 2104, 2107, 2190, 2191
Q4, YEAR = 1000007910004, 1000007910005
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25")}


def sid(x):
    return str(x)


def person(pid, first, last, middle, sex, user):
    return {"id": pid, "id_str": sid(pid), "userId": user, "userId_str": None if user is None else sid(user),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.",
            "sex": sex}


PUPILS = {P1: person(P1, "Полина", "Андреева", "Сергеевна", "Female", 1000011910001),
          P2: person(P2, "Кирилл", "Борисов", "Андреевич", "Male", 1000011910002),
          P3: person(P3, "Глеб", "Воронин", "Ильич", "Male", 2260325488555222003),
          P4: person(P4, "Ника", "Гаврилова", "Романовна", "Female", None),   # new pupil, no account yet (§1)
          P5: person(P5, "Алина", "Дмитриева", "Олеговна", "Female", 1000011910005)}
TEACHERS = {T_ALG: ("Соловьёва", "Ирина", "Павловна"), T_RUS: ("Кравцова", "Елена", "Юрьевна"),
            T_HIS: ("Лаптев", "Денис", "Игоревич")}

# (date, number, subject, topic)
LESSONS = [
    ("2026-05-18", 1, "Алгебра", "Повторение: квадратные неравенства"),
    ("2026-05-18", 2, "Русский язык", "Повторение: сложноподчинённые предложения"),
    ("2026-05-18", 3, "История", "Россия в начале XX века: итоги"),
    ("2026-05-19", 1, "Русский язык", "Подготовка к итоговому сочинению"),
    ("2026-05-19", 2, "Алгебра", "Годовая контрольная работа"),
    ("2026-05-20", 1, "История", "Повторение: реформы Столыпина"),
    ("2026-05-20", 2, "Алгебра", "Анализ годовой контрольной работы"),
    ("2026-05-21", 1, "Алгебра", "Прогрессии: повторение"),
    ("2026-05-21", 2, "Русский язык", "Итоговый диктант"),
    ("2026-05-22", 1, "Русский язык", "Работа над ошибками"),
    ("2026-05-22", 2, "История", "Итоговое тестирование"),
    ("2026-05-25", 1, "Алгебра", "Функции и графики: обобщение"),
    ("2026-05-25", 2, "Русский язык", "Обобщение изученного в 9 классе"),
    ("2026-05-25", 3, "История", "Итоговый урок"),
    ("2026-05-26", 1, "Русский язык", "Последний урок: чтение на лето"),
    ("2026-05-26", 2, "Алгебра", "Итоговый урок"),
]


def lesson_id(i):
    return 2260325488555300000 + i


def work_id(i):
    return 2260325488555400000 + i


def subject_obj(name):
    s = SUBJ[name][0]
    return {"id": s, "id_str": sid(s), "name": name, "knowledgeArea": "", "fgosSubjectId": None}


def lesson_work(i, date, name, wtype, kind):
    return {"id": work_id(i), "id_str": sid(work_id(i)), "type": kind, "workType": wtype, "markType": "mark5",
            "markCount": 1, "lesson": lesson_id(i), "lesson_str": sid(lesson_id(i)), "displayInJournal": True,
            "status": "Sent", "eduGroup": G, "eduGroup_str": sid(G), "tasks": [], "text": "", "periodNumber": 4,
            "periodType": "Quarter", "subjectId": SUBJ[name][0], "isImportant": kind == "LessonTestWork",
            "targetDate": f"{date}T00:00:00", "sentDate": None, "createdBy": SUBJ[name][1], "files": [],
            "oneDriveLinks": []}


SUMMER_HW = 2260325488555499001
HW_HIS = 2260325488555499002


def homework_work(wid, i, date, name, text, due):
    w = lesson_work(i, date, name, WT_HW, "Homework")
    w.update({"id": wid, "id_str": sid(wid), "displayInJournal": False, "text": text,
              "targetDate": f"{due}T00:00:00", "sentDate": f"{date}T10:12:40.37"})
    return w


def lesson(i):
    date, num, name, topic = LESSONS[i]
    kind, wt = ("LessonTestWork", WT_TEST) if topic.startswith("Годовая") or topic.startswith("Итоговый диктант") \
        else ("DefaultNewLessonWork", WT_ANSWER)
    works = [lesson_work(i, date, name, wt, kind)]
    if (date, name) == ("2026-05-26", "Русский язык"):
        works.append(homework_work(SUMMER_HW, i, date, name,
                                   "Прочитать на лето: «Капитанская дочка», «Мёртвые души» (т. 1)", "2026-09-01"))
    if (date, name) == ("2026-05-20", "История"):
        works.append(homework_work(HW_HIS, i, date, name, "§ 38, вопросы 1–4", "2026-05-22"))
    t = SUBJ[name][1]
    return {"id": lesson_id(i), "id_str": sid(lesson_id(i)), "title": topic, "date": f"{date}T{BELLS[num][0]}:00",
            "number": num, "subject": subject_obj(name), "group": G, "status": "Conducted", "resultPlaceId": 0,
            "works": works, "teachers": [t], "teachers_str": [sid(t)]}


def lessons_between(a, b):
    return [lesson(i) for i, l in enumerate(LESSONS) if a <= l[0] <= b]


MARK_SEQ = [0]


def mark(pid, i, value, when, avg=True, mtype="mark5"):
    MARK_SEQ[0] += 1
    mid = 2260325488555500000 + MARK_SEQ[0]
    kind_wt = WT_TEST if LESSONS[i][3].startswith(("Годовая", "Итоговый диктант")) else WT_ANSWER
    return {"id": mid, "id_str": sid(mid), "type": mtype, "value": value, "textValue": value,
            "person": pid, "person_str": sid(pid), "work": work_id(i), "work_str": sid(work_id(i)),
            "lesson": lesson_id(i), "lesson_str": sid(lesson_id(i)), "number": 0, "date": when,
            "workType": kind_wt, "mood": "Good" if value[0] in "45" else "Average", "use_avg_calc": avg}


def idx(date, name):
    return next(i for i, l in enumerate(LESSONS) if l[0] == date and l[2] == name)


WEEK1_MARKS = [
    mark(P1, idx("2026-05-18", "Алгебра"), "5", "2026-05-18T08:37:12.4"),
    mark(P3, idx("2026-05-18", "История"), "4", "2026-05-18T10:20:03.15"),
    mark(P3, idx("2026-05-19", "Алгебра"), "3+", "2026-05-19T18:40:55.871"),   # left on 05-20: still his
    mark(P1, idx("2026-05-19", "Алгебра"), "4", "2026-05-19T18:41:02.5"),
    mark(P2, idx("2026-05-19", "Алгебра"), "5-", "2026-05-19T18:41:30"),
    mark(P5, idx("2026-05-19", "Алгебра"), "4+", "2026-05-19T18:42:11.09"),
    mark(P4, idx("2026-05-21", "Русский язык"), "4", "2026-05-21T14:05:44.2"),  # new pupil's first mark
    mark(P1, idx("2026-05-21", "Русский язык"), "5", "2026-05-21T14:06:10.33"),
    mark(P5, idx("2026-05-22", "История"), "3", "2026-05-22T09:29:01.7"),
    mark(P4, idx("2026-05-22", "История"), "5", "2026-05-22T09:29:40.12"),
]
WEEK2_MARKS = [
    mark(P2, idx("2026-05-25", "Алгебра"), "4", "2026-05-25T08:39:00.5"),
    mark(P4, idx("2026-05-25", "Алгебра"), "4-", "2026-05-25T08:39:20.61"),
    mark(P5, idx("2026-05-26", "Алгебра"), "5", "2026-05-26T09:28:14.9"),
]


def log_entry(pid, i, status, comment, created):
    return {"person": pid, "person_str": sid(pid), "lesson": lesson_id(i), "lesson_str": sid(lesson_id(i)),
            "comment": comment, "status": status, "createdDate": created}


def logs(subject, a, b, extra):
    """The group's log for one subject over a range: who was there and who was not (§3.5, §8.3)."""
    out = []
    for i, l in enumerate(LESSONS):
        if l[2] != subject or not (a <= l[0] <= b):
            continue
        members = [P1, P2, P5] + ([P3] if l[0] < "2026-05-20" else [P4])
        for pid in members:
            status, comment = extra.get((pid, l[0]), ("Attend", ""))
            out.append(log_entry(pid, i, status, comment, f"{l[0]}T{BELLS[l[1]][0]}:05.3"))
    return out


ABSENCES = {(P2, "2026-05-21"): ("Ill", "справка"), (P1, "2026-05-22"): ("Absent", ""),
            (P5, "2026-05-25"): ("Late", "опоздала на 7 минут"), (P3, "2026-05-18"): ("Pass", "соревнования")}


def group_obj(status="Active"):
    return {"id": G, "id_str": sid(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "9А",
            "fullName": "", "parallel": 9, "timetable": 1000006910001, "timetable_str": "1000006910001",
            "status": status, "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def roster(active, archive=()):
    return [{"group": G, "group_str": sid(G),
             "students": [{"person": p, "person_str": sid(p), "membershipstatus": "Active"} for p in active]
             + [{"person": p, "person_str": sid(p), "membershipstatus": "Archive"} for p in archive]}]


def periods():
    q = [("1 четверть", "2025-09-01", "2025-10-24"), ("2 четверть", "2025-11-05", "2025-12-28"),
         ("3 четверть", "2026-01-12", "2026-03-20"), ("4 четверть", "2026-03-30", "2026-05-26")]
    out = [{"id": Q4 - 3 + n, "id_str": sid(Q4 - 3 + n), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00",
            "number": n + 1, "type": "Quarter", "name": name, "year": 2025} for n, (name, a, b) in enumerate(q)]
    out.append({"id": YEAR, "id_str": sid(YEAR), "start": "2025-09-01T00:00:00", "finish": "2026-05-26T00:00:00",
                "number": 1, "type": "Year", "name": "Год", "year": 2025})
    return out


HOLIDAYS = [("Осенние каникулы", "2025-10-25", "2025-11-04"), ("Зимние каникулы", "2025-12-29", "2026-01-11"),
            ("Весенние каникулы", "2026-03-21", "2026-03-29"), ("Летние каникулы", "2026-05-27", "2026-08-31")]

FINALS = {  # person -> subject -> (4 четверть, Год)
    P1: {"Алгебра": ("5", "5"), "Русский язык": ("5", "5"), "История": ("4", "5")},
    P2: {"Алгебра": ("4", "4"), "Русский язык": ("3", "4"), "История": ("4", "4")},
    P5: {"Алгебра": ("4", "4"), "Русский язык": ("4", "4"), "История": ("3", "3")},
}
AVG = {P1: {"Алгебра": "4.78", "Русский язык": "4.70", "История": "4.55"},
       P2: {"Алгебра": "4.12", "Русский язык": "3.64", "История": "4.00"},
       P5: {"Алгебра": "4.20", "Русский язык": "3.91", "История": "3.38"}}


def final_marks():
    out, n = [], 0
    for period, col in ((Q4, 0), (YEAR, 1)):
        for pid, subjects in FINALS.items():
            per = []
            for name, vals in subjects.items():
                n += 1
                mid, wid = 2260325488555600000 + n, 2260325488555700000 + n
                per.append({"subject": SUBJ[name][0], "subject_str": sid(SUBJ[name][0]), "final-mark": {
                    "id": mid, "id_str": sid(mid), "type": "mark5", "value": vals[col], "textValue": vals[col],
                    "person": pid, "person_str": sid(pid), "work": wid, "work_str": sid(wid), "lesson": None,
                    "lesson_str": None, "number": 0, "date": "2026-05-26T15:20:31.4",
                    "workType": WT_Q if col == 0 else WT_YEAR, "mood": "Good", "use_avg_calc": False}})
            out.append({"person": pid, "person_str": sid(pid), "group": G, "group_str": sid(G),
                        "reportingPeriod": period, "reportingPeriod_str": sid(period),
                        "per-subject-final-marks": per})
    return out


def context(user, pid, short, children):
    return {"userId": user, "userId_str": sid(user), "personId": pid, "personId_str": sid(pid), "shortName": short,
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": [G],
            "schools": [{"id": S, "name": "МБОУ «Школа № 10»", "type": "School", "groupIds": [G]}],
            "eduGroups": [group_obj()],
            "children": [{"personId": c, "firstName": PUPILS[c]["firstName"], "lastName": PUPILS[c]["lastName"],
                          "middleName": PUPILS[c]["middleName"], "shortName": PUPILS[c]["shortName"],
                          "schoolIds": [S], "groupIds": [G]} for c in children], "splitId": None}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


def users_teachers():
    return [{"id": 1000011910900 + k, "id_str": sid(1000011910900 + k), "personId": t, "personId_str": sid(t),
             "firstName": f, "middleName": m, "lastName": l, "fullName": f"{l} {f} {m}", "shortName": f"{l} {f[0]}. {m[0]}.",
             "locale": "ru-RU", "timezone": "+4:00", "sex": "Female" if l.endswith("а") else "Male",
             "birthday": "1980-01-01T00:00:00", "roles": ["EduStaff"]}
            for k, (t, (l, f, m)) in enumerate(sorted(TEACHERS.items()), 1)]


def build():
    W = {"id": 0}
    work_types = [{"id": WT_ANSWER, "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
                  {"id": WT_TEST, "schoolId": S, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа", "abbr": "КР", "weight": 3},
                  {"id": WT_HW, "schoolId": S, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
                  {"id": WT_Q, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Четвертная оценка", "abbr": "ЧО", "weight": 0},
                  {"id": WT_YEAR, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Годовая оценка", "abbr": "ГО", "weight": 0}]
    school = {"id": S, "id_str": sid(S), "name": "МБОУ «Школа № 10»", "fullName": "МБОУ «Школа № 10» г. о. Самара",
              "city": "Самара", "markType": "mark5", "timeZone": 4, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular"}
    t0 = "2026-05-11T07:30:00" + TZ
    step1 = [rec(f"GET /v2/schools/{S}", school, t0),
             rec(f"GET /v2/work-types/{S}", work_types, t0),
             rec(f"GET /v2/edu-groups/{G}", group_obj(), t0),
             rec("POST /v2/edu-groups", roster([P1, P2, P3, P5]), t0, [G]),
             rec(f"GET /v2/edu-groups/{G}/persons?includeArchive=true", [PUPILS[p] for p in (P1, P2, P3, P5)], t0),
             rec("POST /v2/users/many", users_teachers(), t0, [u["id"] for u in users_teachers()]),
             rec(f"GET /v2/edu-groups/{G}/reporting-periods", periods(), t0),
             rec(f"GET /v2/edu-groups/{G}/reporting-period-group",
                 {"id": 1000007910000, "reportingPeriods": periods(),
                  "holidays": [{"id": 1000007919000 + k, "reportingPeriodGroupId": 1000007910000,
                                "dateStart": f"{a}T00:00:00", "dateFinish": f"{b}T00:00:00", "name": n,
                                "description": ""} for k, (n, a, b) in enumerate(HOLIDAYS)]}, t0),
             rec(f"GET /v2/users/{MOM1_U}/context", context(MOM1_U, MOM1_P, "Андреева О.", [P1]), t0),
             rec(f"GET /v2/users/{DAD5_U}/context", context(DAD5_U, DAD5_P, "Дмитриев О.", [P5]), t0)]
    t1 = "2026-05-19T19:00:00" + TZ
    step2 = [rec("POST /v2/edu-groups", roster([P1, P2, P3, P5]), t1, [G]),
             rec(f"GET /v2/edu-groups/{G}/persons?includeArchive=true", [PUPILS[p] for p in (P1, P2, P3, P5)], t1),
             rec(f"GET /v2/edu-groups/{G}/lessons/2026-05-18/2026-05-19", lessons_between("2026-05-18", "2026-05-19"), t1),
             rec(f"GET /v2/edu-groups/{G}/marks/2026-05-18/2026-05-19",
                 [m for m in WEEK1_MARKS if m["date"][:10] <= "2026-05-19"], t1)]
    t2 = "2026-05-20T07:30:00" + TZ
    step3 = [rec("POST /v2/edu-groups", roster([P1, P2, P4, P5], [P3]), t2, [G]),
             rec(f"GET /v2/edu-groups/{G}/persons?includeArchive=false", [PUPILS[p] for p in (P1, P2, P4, P5)], t2),
             rec(f"GET /v2/persons/{P4}", PUPILS[P4], t2)]
    t3 = "2026-05-22T18:00:00" + TZ
    step4 = [rec(f"GET /v2/edu-groups/{G}/lessons/2026-05-18/2026-05-22", lessons_between("2026-05-18", "2026-05-22"), t3),
             rec(f"GET /v2/edu-groups/{G}/marks/2026-05-18/2026-05-22", WEEK1_MARKS, t3)]
    step4 += [rec(f"GET /v2/lesson-log-entries/group/{G}?subject={SUBJ[n][0]}&from=2026-05-18&to=2026-05-22",
                  logs(n, "2026-05-18", "2026-05-22", ABSENCES), t3) for n in SUBJ]
    t4 = "2026-05-26T18:00:00" + TZ
    step5 = [rec(f"GET /v2/edu-groups/{G}/lessons/2026-05-25/2026-05-26", lessons_between("2026-05-25", "2026-05-26"), t4),
             rec(f"GET /v2/edu-groups/{G}/marks/2026-05-25/2026-05-26", WEEK2_MARKS, t4)]
    step5 += [rec(f"GET /v2/lesson-log-entries/group/{G}?subject={SUBJ[n][0]}&from=2026-05-25&to=2026-05-26",
                  logs(n, "2026-05-25", "2026-05-26", ABSENCES), t4) for n in SUBJ]
    hw_lessons = [lesson(idx("2026-05-20", "История")), lesson(idx("2026-05-26", "Русский язык"))]
    flat = [{"id": l["id"], "title": l["title"], "date": l["date"], "number": l["number"],
             "subjectId": l["subject"]["id"], "status": "Conducted", "resultPlaceId": 0, "building": "", "place": "",
             "floor": "", "hours": f"{BELLS[l['number']][0]} - {BELLS[l['number']][1]}",
             "works": [w["id"] for w in l["works"]], "teachers": l["teachers"]} for l in hw_lessons]
    step5.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-05-18&endDate=2026-05-26",
                     {"works": [w for l in hw_lessons for w in l["works"] if w["type"] == "Homework"],
                      "subjects": [{"id": SUBJ[n][0], "name": n, "knowledgeAreaId": 0} for n in ("История", "Русский язык")],
                      "lessons": flat, "files": [], "teachers": []}, t4))
    t5 = "2026-05-26T19:30:00" + TZ
    step6 = [rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks(), t5),
             rec(f"GET /v2/edu-groups/{G}/avg-marks/2025-09-01/2026-05-26",
                 [{"person": p, "person_str": sid(p), "per-subject-averages": [
                     {"subject": SUBJ[n][0], "subject_str": sid(SUBJ[n][0]), "avg-mark-value": v}
                     for n, v in AVG[p].items()]} for p in AVG], t5)]
    t6 = "2026-06-05T12:00:00" + TZ
    step7 = [rec(f"GET /v2/edu-groups/{G}/lessons/2026-06-01/2026-06-05", [], t6),
             rec(f"GET /v2/edu-groups/{G}/marks/2026-06-01/2026-06-05", [], t6),
             rec(f"GET /v2/edu-groups/{G}", group_obj(), t6)]
    steps = [("1 roster and calendar of 2025/26, with the summer holiday in the period group (§3.8, §3.12)", step1),
             ("2 Mon-Tue of the last full week: P3 still a member (§3.4, §3.1)", step2),
             ("3 Wed 2026-05-20 morning: P3 Archive (left), P4 Active (joined) (§3.8 membershipstatus)", step3),
             ("4 the whole week re-pulled on Friday: lessons, marks, attendance (§3.5, §6)", step4),
             ("5 the last two days, summer homework due 1 September (§3.2 targetDate, §3.7)", step5),
             ("6 year close: 4 четверть and Год marks, averages over the year (§3.13)", step6),
             ("7 summer: no lessons, no marks (§3.12 holidays)", step7)]
    return {"vendor": "dnevnik_ru", "school": "sch-dn-10x",
            "steps": [{"name": n, "batches": [b]} for n, b in steps]}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
