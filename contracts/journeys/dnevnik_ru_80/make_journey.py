"""Write journey.json: «Гимназия № 80» (Москва, UTC+3), Dnevnik.ru, class 6Б and its two English subgroups over
the fortnight 2026-11-16..11-27, in which a pupil leaves mid-week (his memberships turn `Archive`), a new pupil
joins mid-week into his subgroup, and the leaver's sister stays. Standard library only; deterministic. Sections (§)
are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002800080
CLS, SG1, SG2 = 2260325488580100061, 2260325488580100062, 2260325488580100063
TT = 1000006800061
WT_OU, WT_SR, WT_DZ = 2801, 2802, 2803
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1)]
SUBJ = {"Математика": 1000003800001, "Русский язык": 1000003800002, "История": 1000003800003,
        "Литература": 1000003800004, "Физическая культура": 1000003800005, "Английский язык": 1000003800006,
        "Биология": 1000003800007, "География": 1000003800008, "Музыка": 1000003800009,
        "Технология": 1000003800010, "Изобразительное искусство": 1000003800011}
# persons: (person id, user id, last, first, middle, sex)
LEV = (1000012800101, 1000011800101, "Гусев", "Лев", "Павлович", "Male")
MASHA = (1000012800102, 1000011800102, "Гусева", "Мария", "Павловна", "Female")
DASHA = (1000012800103, 1000011800103, "Орлова", "Дарья", "Игоревна", "Female")
ARTEM = (2260325488580300104, 2260325488580400104, "Фролов", "Артём", "Сергеевич", "Male")
OLGA = (1000012800901, 1000011800901, "Гусева", "Ольга", "Викторовна", "Female")
IGOR = (1000012800902, 1000011800902, "Орлов", "Игорь", "Романович", "Male")
ANNA = (1000012800903, 1000011800903, "Фролова", "Анна", "Дмитриевна", "Female")
T = {"main": 1000012800950, "ru": 1000012800951, "en1": 1000012800952, "en2": 1000012800953}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
WEEKDAY = [["Математика", "Русский язык", "История", "Литература", "Физическая культура"],
           ["Русский язык", "Математика", "Английский язык", "Биология", "География"],
           ["Математика", "Литература", "Русский язык", "Музыка", "История"],
           ["Русский язык", "Математика", "Английский язык", "Технология", "Изобразительное искусство"],
           ["Математика", "Русский язык", "Литература", "Английский язык", "Физическая культура"]]
W1, W2 = D(2026, 11, 16), D(2026, 11, 23)
DAYS = [W1 + dt.timedelta(days=i) for i in range(5)] + [W2 + dt.timedelta(days=i) for i in range(5)]

# lessons: id -> dict(g, day, number, subject, teacher, title, room)
LESSONS = {}
_seq = 0
for day in DAYS:
    for n, subject in enumerate(WEEKDAY[day.weekday()], start=1):
        groups = [(SG1, "en1", "21"), (SG2, "en2", "23")] if subject == "Английский язык" else [
            (CLS, "ru" if subject in ("Русский язык", "Литература") else "main", "14")]
        for g, teacher, room in groups:
            _seq += 1
            lid = 2260325488580500000 + _seq
            part = "" if g == CLS else (" (1 гр.)" if g == SG1 else " (2 гр.)")
            LESSONS[lid] = {"id": lid, "g": g, "day": day, "number": n, "subject": subject, "teacher": T[teacher],
                            "title": f"{subject}{part}: тема {day.day:02d}.{day.month}", "room": room}


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == n)


# homework set at a lesson: (group, day, number) -> (text, due, pupils the tasks name)
HW = {(CLS, D(2026, 11, 17), 2): ("№ 512, 515", D(2026, 11, 20), [LEV, MASHA, DASHA]),
      (CLS, D(2026, 11, 18), 3): ("Упр. 240 (письменно)", D(2026, 11, 19), [LEV, MASHA, DASHA]),
      (CLS, D(2026, 11, 19), 2): ("№ 530 (а, б)", D(2026, 11, 23), [MASHA, DASHA, ARTEM]),
      (SG1, D(2026, 11, 19), 3): ("Unit 4, ex. 2 (workbook)", D(2026, 11, 24), [DASHA, ARTEM]),
      (CLS, D(2026, 11, 24), 4): ("§ 14, вопросы 1–3", D(2026, 11, 27), [MASHA, DASHA, ARTEM])}
# marks: (group, day, number, pupil, value, work type); DROPPED/AMENDED: changed in the pull of 11-28
MARKS = [(CLS, D(2026, 11, 16), 1, LEV, "4", WT_OU), (CLS, D(2026, 11, 16), 1, DASHA, "5", WT_OU),
         (CLS, D(2026, 11, 16), 2, MASHA, "5", WT_OU), (SG1, D(2026, 11, 17), 3, LEV, "5", WT_OU),
         (SG2, D(2026, 11, 17), 3, MASHA, "4", WT_OU), (CLS, D(2026, 11, 17), 4, DASHA, "3", WT_OU),
         (CLS, D(2026, 11, 18), 1, LEV, "3", WT_SR), (CLS, D(2026, 11, 18), 1, MASHA, "4", WT_SR),
         (CLS, D(2026, 11, 18), 5, DASHA, "5", WT_OU),
         (CLS, D(2026, 11, 19), 2, ARTEM, "4", WT_OU), (CLS, D(2026, 11, 19), 2, MASHA, "5", WT_OU),
         (CLS, D(2026, 11, 19), 2, DASHA, "3", WT_OU), (SG1, D(2026, 11, 19), 3, ARTEM, "5", WT_OU),
         (CLS, D(2026, 11, 20), 3, MASHA, "4", WT_OU), (CLS, D(2026, 11, 20), 3, DASHA, "5", WT_OU),
         (SG1, D(2026, 11, 20), 4, DASHA, "4", WT_OU), (SG2, D(2026, 11, 20), 4, MASHA, "5", WT_OU),
         (CLS, D(2026, 11, 23), 3, ARTEM, "4", WT_OU), (SG1, D(2026, 11, 24), 3, ARTEM, "3", WT_OU),
         (SG2, D(2026, 11, 24), 3, MASHA, "5", WT_OU), (CLS, D(2026, 11, 25), 1, MASHA, "3", WT_SR),
         (CLS, D(2026, 11, 25), 1, DASHA, "4", WT_SR), (CLS, D(2026, 11, 26), 1, ARTEM, "5", WT_OU),
         (CLS, D(2026, 11, 27), 1, DASHA, "5", WT_OU), (CLS, D(2026, 11, 27), 1, MASHA, "4", WT_OU)]
DROPPED = {(CLS, D(2026, 11, 20), 3, MASHA)}  # Мария's Литература 4 entered by mistake: gone by 11-28
AMENDED = {(CLS, D(2026, 11, 19), 2, DASHA): "4"}  # Дарья's 3 corrected to 4 after a re-check
# log entries: (group, day, number, pupil, status, comment)
LOG = [(CLS, D(2026, 11, 17), 4, LEV, "Absent", ""), (CLS, D(2026, 11, 18), 3, MASHA, "Late", "опоздала на 7 минут"),
       (CLS, D(2026, 11, 19), 4, DASHA, "Ill", "справка"), (CLS, D(2026, 11, 20), 1, ARTEM, "Late", ""),
       (CLS, D(2026, 11, 20), 5, DASHA, "Pass", "соревнования"), (CLS, D(2026, 11, 23), 1, MASHA, "Ill", "ОРВИ"),
       (CLS, D(2026, 11, 25), 5, ARTEM, "Absent", "")]
LOG_DROPPED = {(CLS, D(2026, 11, 20), 5, DASHA)}  # the Pass entry removed by 11-28


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled + "+03:00"}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    sub = g != CLS
    name = {CLS: "6Б", SG1: "6Б англ. 1 гр.", SG2: "6Б англ. 2 гр."}[g]
    return {**ids(g), "parentIds": [CLS] if sub else [], "parentIds_str": [str(CLS)] if sub else [],
            "type": "Subgroup" if sub else "Group", "name": name, "fullName": "", "parallel": 6,
            "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "Гимназия № 80", "type": "School",
                                                           "groupIds": [CLS]}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [CLS]} for c in children],
            "splitId": None}


def memberships(status):
    """POST edu-groups (§3.8): each group with its students and their `membershipstatus`."""
    out = []
    for g in (CLS, SG1, SG2):
        students = [{"person": p[0], "person_str": str(p[0]), "membershipstatus": st}
                    for p, (groups, st) in status.items() if g in groups]
        out.append({"group": group_obj(g), "students": students})
    return out


def works(l, state):
    common = {"lesson": l["id"], "lesson_str": str(l["id"]), "eduGroup": l["g"], "eduGroup_str": str(l["g"]),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ[l["subject"]], "createdBy": l["teacher"],
              "files": [], "oneDriveLinks": []}
    out = [{**ids(l["id"] + 100000), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{l['day']}T00:00:00", "sentDate": None, **common}]
    hw = HW.get((l["g"], l["day"], l["number"]))
    if hw and state >= l["day"]:
        text, due, pupils = hw
        w = l["id"] + 200000
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent",
                    "tasks": [{**ids(w * 0 + 2260325488580900000 + (l["id"] % 100000) * 10 + i), "person": p[0],
                               "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                               "targetDate": f"{due}T00:00:00"} for i, p in enumerate(pupils)],
                    "text": text, "isImportant": False, "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{l['day']}T15:0{l['number']}:12.4", **common})
    return out


def entity(l, state):
    a = BELLS[l["number"]][0]
    return {**ids(l["id"]), "title": l["title"], "date": f"{l['day']}T{a}:00", "number": l["number"],
            "subject": {**ids(SUBJ[l["subject"]]), "name": l["subject"], "knowledgeArea": None, "fgosSubjectId": None},
            "group": l["g"], "status": "Conducted" if state > l["day"] else "Planned", "resultPlaceId": 0,
            "works": works(l, state), "teachers": [l["teacher"]], "teachers_str": [str(l["teacher"])]}


def lessons_range(g, a, b, state):
    return [entity(l, state) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"]))
            if l["g"] == g and a <= l["day"] <= b]


def mark_obj(m, late):
    g, day, n, p, value, wt = m
    if late:
        value = AMENDED.get((g, day, n, p), value)
    l = lesson_at(g, day, n)
    mid = 2260325488580800000 + (l["id"] % 100000) * 10 + [LEV, MASHA, DASHA, ARTEM].index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": l["id"] + 100000, "work_str": str(l["id"] + 100000), "lesson": l["id"], "lesson_str": str(l["id"]),
            "number": 0, "date": f"{day}T{BELLS[n][0][:2]}:4{n}:1{n}.37", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def marks_range(g, a, b, late):
    return [mark_obj(m, late) for m in MARKS if m[0] == g and a <= m[1] <= b and not (late and m[:4] in DROPPED)]


def log_obj(e):
    g, day, n, p, status, comment = e
    l = lesson_at(g, day, n)
    return {"person": p[0], "person_str": str(p[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": comment, "status": status, "createdDate": f"{day}T{BELLS[n][0][:2]}:5{n}:0{n}.6"}


def log_range(g, a, b, late):
    return [log_obj(e) for e in LOG if e[0] == g and a <= e[1] <= b and not (late and e[:4] in LOG_DROPPED)]


def flat(l, state):
    e = entity(l, state)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": SUBJ[l["subject"]], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": l["room"], "floor": "2", "hours": " - ".join(BELLS[l["number"]]),
            "works": [w["id"] for w in e["works"]], "teachers": [l["teacher"]]}


def schedules(p, sg, a, b, state, late=False):
    """persons/{p}/groups/{g}/schedules (§0): each day with the pupil's lessons (class and his subgroup), his marks
    and log entries."""
    days, day = [], a
    while day <= b:
        ls = sorted([l for l in LESSONS.values() if l["day"] == day and l["g"] in (CLS, sg)], key=lambda l: l["number"])
        ws = [w for l in ls for w in works(l, state)]
        marks = [mark_obj(m, late) for m in MARKS if m[3] == p and m[1] == day and m[0] in (CLS, sg)
                 and not (late and m[:4] in DROPPED)]
        logs = [log_obj(e) for e in LOG if e[3] == p and e[1] == day and not (late and e[:4] in LOG_DROPPED)]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat(l, state) for l in ls], "marks": marks, "works": ws,
                     "homeworks": [w for w in ws if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJ[l["subject"]], "name": l["subject"], "knowledgeAreaId": None} for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": False, "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs, "teachers": [], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days)):
        days[i]["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def sched_rec(p, sg, a, b, state, stamp, late=False):
    return rec(f"GET /v2/persons/{p[0]}/groups/{CLS}/schedules?startDate={a}&endDate={b}",
               schedules(p, sg, a, b, state, late), stamp)


def ranges(a, b, stamp, state, late, minute=0):
    """A group-range pull of days a..b: marks, lessons (b + Saturday) and log entries of the class and subgroups."""
    base = dt.datetime.fromisoformat(stamp)
    out = []
    for kind in ("marks", "lessons", "log"):
        for g in (CLS, SG1, SG2):
            t = (base + dt.timedelta(minutes=minute)).isoformat()
            minute += 1
            if kind == "marks":
                out.append(rec(f"GET /v2/edu-groups/{g}/marks/{a}/{b}", marks_range(g, a, b, late), t))
            elif kind == "lessons":
                out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, state), t))
            else:
                out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={a}&to={b}", log_range(g, a, b, late), t))
    return out


def main():
    A, X = "Active", "Archive"
    start = {LEV: ((CLS, SG1), A), MASHA: ((CLS, SG2), A), DASHA: ((CLS, SG1), A)}
    after = {LEV: ((CLS, SG1), X), MASHA: ((CLS, SG2), A), DASHA: ((CLS, SG1), A), ARTEM: ((CLS, SG1), A)}
    post = [CLS, SG1, SG2]
    sun1, thu, sat1, sun2, sat2 = D(2026, 11, 22), D(2026, 11, 19), D(2026, 11, 21), D(2026, 11, 29), D(2026, 11, 28)
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "Гимназия № 80", "fullName": "ГБОУ «Гимназия № 80»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, "2026-11-15T18:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2026-11-15T18:00:10"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (CLS, SG1, SG2)], "2026-11-15T18:00:20"),
        rec(f"GET /v2/edu-groups/{CLS}/persons", [person(p) for p in (LEV, MASHA, DASHA)], "2026-11-15T18:00:30"),
        rec("POST /v2/edu-groups", memberships(start), "2026-11-15T18:00:40", post),
        rec(f"GET /v2/edu-groups/{CLS}/timetables",
            [{"Name": "Расписание звонков", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
              "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                         "Name": f"{n} урок", "Type": "Lesson", "LessonNumber": n} for n, (a, b) in BELLS.items()]}],
            "2026-11-15T18:00:50"),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [LEV, MASHA]), "2026-11-15T18:01:00"),
        rec(f"GET /v2/users/{IGOR[1]}/context", context(IGOR, [DASHA]), "2026-11-15T18:01:10"),
        rec(f"GET /v2/edu-groups/{CLS}/reporting-period-group",
            {"id": 1000009800061, "reportingPeriods": [
                {**ids(1000007800000 + n), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n,
                 "type": "Quarter", "name": f"{n} четверть", "year": 2026}
                for n, a, b in ((1, "2026-09-01", "2026-10-24"), (2, "2026-11-05", "2026-12-28"),
                                (3, "2027-01-12", "2027-03-21"), (4, "2027-03-31", "2027-05-26"))],
             "holidays": []}, "2026-11-15T18:01:20"),
    ]
    steps = [
        ("1. reference data, members (all Active), bells, parents (Sun 2026-11-15 18:00)", [setup]),
        ("2. week 1 as planned (Sun 2026-11-15 18:10)",
         [[rec(f"GET /v2/edu-groups/{g}/lessons/{W1}/{W1 + dt.timedelta(days=5)}",
               lessons_range(g, W1, W1 + dt.timedelta(days=5), W1), f"2026-11-15T18:1{i}:00")
           for i, g in enumerate((CLS, SG1, SG2))]]),
        ("3. Monday 07:00: each pupil's own week (Лев's last one), Mon 2026-11-16",
         [[sched_rec(LEV, SG1, W1, W1 + dt.timedelta(days=5), W1, "2026-11-16T07:00:00"),
           sched_rec(MASHA, SG2, W1, W1 + dt.timedelta(days=5), W1, "2026-11-16T07:00:30"),
           sched_rec(DASHA, SG1, W1, W1 + dt.timedelta(days=5), W1, "2026-11-16T07:01:00")]]),
        ("4. Wednesday evening pull Mon..Wed; members still as before (Wed 2026-11-18 20:00)",
         [[rec("POST /v2/edu-groups", memberships(start), "2026-11-18T20:00:00", post),
           *ranges(W1, D(2026, 11, 18), "2026-11-18T20:01:00", D(2026, 11, 19), False)]]),
        ("5. Thursday evening: Лев Archive in 6Б and 1 гр., Артём Active there; his parent, his own days "
         "(Thu 2026-11-19 20:00)",
         [[rec("POST /v2/edu-groups", memberships(after), "2026-11-19T20:00:00", post),
           rec(f"GET /v2/users/{ANNA[1]}/context", context(ANNA, [ARTEM]), "2026-11-19T20:02:00"),
           sched_rec(ARTEM, SG1, thu, sat1, D(2026, 11, 20), "2026-11-19T20:05:00")]]),
        ("6. week 1 closing pull Thu..Sun, lessons Mon..Sat, the pupils' own weeks (Sat 2026-11-21 19:00)",
         [[rec("POST /v2/edu-groups", memberships(after), "2026-11-21T19:00:00", post),
           *ranges(thu, sun1, "2026-11-21T19:01:00", D(2026, 11, 22), False),
           *[rec(f"GET /v2/edu-groups/{g}/lessons/{W1}/{sat1}", lessons_range(g, W1, sat1, D(2026, 11, 22)),
                 f"2026-11-21T19:2{i}:00") for i, g in enumerate((CLS, SG1, SG2))],
           sched_rec(MASHA, SG2, W1, sat1, D(2026, 11, 22), "2026-11-21T19:30:00"),
           sched_rec(DASHA, SG1, W1, sat1, D(2026, 11, 22), "2026-11-21T19:30:30"),
           sched_rec(ARTEM, SG1, thu, sat1, D(2026, 11, 22), "2026-11-21T19:31:00")]]),
        ("7. week 2 as planned and Monday's own weeks (Sun 2026-11-22 18:10, Mon 2026-11-23 07:00)",
         [[rec(f"GET /v2/edu-groups/{g}/lessons/{W2}/{sat2}", lessons_range(g, W2, sat2, W2),
               f"2026-11-22T18:1{i}:00") for i, g in enumerate((CLS, SG1, SG2))],
          [sched_rec(MASHA, SG2, W2, sat2, W2, "2026-11-23T07:00:00"),
           sched_rec(DASHA, SG1, W2, sat2, W2, "2026-11-23T07:00:30"),
           sched_rec(ARTEM, SG1, W2, sat2, W2, "2026-11-23T07:01:00")]]),
        ("8. week 2 closing pull, and week 1's Thu..Sun again: a mark corrected, a mark and an entry gone "
         "(Sat 2026-11-28 19:00)",
         [[rec("POST /v2/edu-groups", memberships(after), "2026-11-28T19:00:00", post),
           *ranges(W2, sun2, "2026-11-28T19:01:00", D(2026, 11, 29), True),
           *ranges(thu, sun1, "2026-11-28T19:20:00", D(2026, 11, 29), True),
           sched_rec(MASHA, SG2, W2, sat2, D(2026, 11, 29), "2026-11-28T19:40:00", True),
           sched_rec(DASHA, SG1, W2, sat2, D(2026, 11, 29), "2026-11-28T19:40:30", True),
           sched_rec(ARTEM, SG1, W2, sat2, D(2026, 11, 29), "2026-11-28T19:41:00", True)]]),
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Гимназия № 80 (Москва), 6Б with two English subgroups, 2026-11-16..11-27: Лев Гусев "
                              "leaves mid-week (Archive from Thursday's pull), Артём Фролов joins on Thursday into "
                              "his subgroup, Лев's sister Мария stays; marks, absences and homework around both.",
               "school": {"timezone": "Europe/Moscow", "name": "Гимназия № 80"},
               "steps": [{"name": n, "batches": b} for n, b in steps]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
