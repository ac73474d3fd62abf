"""Write journey.json: Лицей № 84 (Екатеринбург, UTC+5), 7Б and its two English subgroups, 2026-11-16..11-27.

Theme: homework in depth (reference §3.2 Work, §3.6 Task, §3.7 homework bundle, §2 local times, §1 ids).
Standard library only; deterministic.
"""

import datetime as dt
import json
from pathlib import Path

SCHOOL = 1000002840084
CLASS, SG1, SG2 = 2260325488584100071, 2260325488584100072, 2260325488584100073
TZ = "+05:00"
SUBJ = {"alg": (1000003840001, "Алгебра", "Математика"), "rus": (1000003840002, "Русский язык", "Филология"),
        "eng": (1000003840003, "Английский язык", "Филология")}
TEACHER = {"alg": 1000012840950, "rus": 1000012840951, SG1: 1000012840952, SG2: 1000012840953}
PUPILS = [(1000012840101, "Артём", "Белов", "Male"), (1000012840102, "Вера", "Гусева", "Female"),
          (1000012840103, "Глеб", "Дёмин", "Male"), (1000012840104, "Дарья", "Ершова", "Female"),
          (1000012840105, "Егор", "Жуков", "Male"), (1000012840106, "Злата", "Зуева", "Female")]
ALL = [p[0] for p in PUPILS]
SUB = {SG1: ALL[:3], SG2: ALL[3:]}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10")}
WEEK1 = [dt.date(2026, 11, 16) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [dt.date(2026, 11, 23) + dt.timedelta(days=i) for i in range(5)]
DAYS = WEEK1 + WEEK2


def s(v):
    return str(v)


def lesson_id(day, number, group):
    return 2260325488584700000 + DAYS.index(day) * 100 + number * 10 + {CLASS: 1, SG1: 2, SG2: 3}[group]


def default_work(lid):
    return lid + 800000  # 22603254885855xxxxx


def lessons_of(day):
    """(number, subject key, group) of a day: #1 Алгебра, #2 Русский язык (class), #3 English in two subgroups."""
    return [(1, "alg", CLASS), (2, "rus", CLASS), (3, "eng", SG1), (3, "eng", SG2)]


def topic(day, number, key, group):
    n = DAYS.index(day) + 1
    base = {"alg": f"Линейная функция: урок {40 + n}", "rus": f"Причастный оборот: урок {60 + n}",
            "eng": f"Unit 4, lesson {n}"}[key]
    return base


def lesson(day, number, key, group):
    lid = lesson_id(day, number, group)
    sid, name, area = SUBJ[key]
    teacher = TEACHER[group] if key == "eng" else TEACHER[key]
    return {"id": lid, "id_str": s(lid), "title": topic(day, number, key, group),
            "date": f"{day}T{BELLS[number][0]}:00", "number": number,
            "subject": {"id": sid, "id_str": s(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None},
            "group": group, "status": "Planned", "resultPlaceId": 0,
            "works": [{"id": default_work(lid), "id_str": s(default_work(lid)), "type": "DefaultNewLessonWork",
                       "workType": 8401, "markType": "mark5", "markCount": 1, "displayInJournal": True,
                       "status": "Sent", "tasks": [], "text": "", "isImportant": False,
                       "targetDate": f"{day}T00:00:00", "sentDate": None, "lesson": lid, "lesson_str": s(lid),
                       "eduGroup": group, "eduGroup_str": s(group), "periodNumber": 2, "periodType": "Quarter",
                       "subjectId": sid, "createdBy": teacher, "files": [], "oneDriveLinks": []}],
            "teachers": [teacher], "teachers_str": [s(teacher)]}


def flat(day, number, key, group):
    lid = lesson_id(day, number, group)
    teacher = TEACHER[group] if key == "eng" else TEACHER[key]
    return {"id": lid, "title": topic(day, number, key, group), "date": f"{day}T{BELLS[number][0]}:00",
            "number": number, "subjectId": SUBJ[key][0], "status": "Planned", "resultPlaceId": 0,
            "building": "Главный корпус", "place": {"alg": "21", "rus": "14", "eng": "31"}[key], "floor": "2",
            "hours": f"{BELLS[number][0]} - {BELLS[number][1]}", "works": [default_work(lid)],
            "teachers": [teacher]}


FILES = {1000020840001: ("Упр_245.pdf", 182340), 1000020840002: ("Словарные_слова.docx", 24110),
         1000020840003: ("Project_brief.pdf", 90211)}


def file_obj(fid):
    name, size = FILES[fid]
    return {"id": fid, "id_str": s(fid), "name": name, "typeGroup": "Document", "type": name.rsplit(".", 1)[1],
            "pageUrl": f"https://dnevnik.ru/files/{fid}", "downloadUrl": f"https://dnevnik.ru/files/{fid}/download",
            "user": None, "size": size, "vote": 0, "uploadedDate": "2026-11-18T15:02:11.4", "storageType": "Local"}


class Hw:
    """A Homework work as the journal holds it at one moment."""

    def __init__(self, wid, day, number, key, group, text, due, pupils, sent, files=(), status=None, lg=None):
        self.lg = lg or (group if key == "eng" else CLASS)
        self.wid, self.day, self.number, self.key, self.group = wid, day, number, key, group
        self.text, self.due, self.pupils, self.sent, self.files = text, due, list(pupils), sent, list(files)
        self.status = status or {}

    def body(self):
        lid = lesson_id(self.day, self.number, self.lg)
        teacher = TEACHER[self.lg] if self.key == "eng" else TEACHER[self.key]
        tasks = [{"id": self.wid + 1000000 + i, "id_str": s(self.wid + 1000000 + i), "person": p,
                  "person_str": s(p), "work": self.wid, "work_str": s(self.wid),
                  "status": self.status.get(p, "NotStarted"), "targetDate": f"{self.due}T00:00:00"}
                 for i, p in enumerate(self.pupils)]
        return {"id": self.wid, "id_str": s(self.wid), "type": "Homework", "workType": 8404, "markType": "mark5",
                "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": self.text,
                "isImportant": False, "targetDate": f"{self.due}T00:00:00", "sentDate": self.sent,
                "lesson": lid, "lesson_str": s(lid), "eduGroup": self.group, "eduGroup_str": s(self.group),
                "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ[self.key][0], "createdBy": teacher,
                "files": self.files, "oneDriveLinks": []}


def next_day(day):
    i = DAYS.index(day)
    return DAYS[i + 1] if i + 1 < len(DAYS) else day + dt.timedelta(days=3)


def routine(day):
    """The everyday Алгебра and Русский язык homework set on a day's lessons, due the next school day."""
    i = DAYS.index(day)
    alg = Hw(2260325488585400000 + i * 100 + 1, day, 1, "alg", CLASS, f"§{12 + i}, № {400 + 7 * i}–{404 + 7 * i}",
             next_day(day), ALL, f"{day}T14:05:12.3")
    rus = Hw(2260325488585400000 + i * 100 + 2, day, 2, "rus", CLASS, f"Упр. {231 + 3 * i}", next_day(day), ALL,
             f"{day}T15:20:41.07")
    return [alg, rus]


D = {d.isoformat()[5:]: d for d in DAYS}

# --- the traps -------------------------------------------------------------------------------------------------
# T1: set on Monday's Алгебра, due Friday's (four days later, not the next lesson).
T1 = Hw(2260325488585400501, D["11-16"], 1, "alg", CLASS, "Контрольные вопросы к главе 3 (письменно)", D["11-20"],
        ALL, "2026-11-16T14:07:55.9")
# T2: set on Tuesday's English of subgroup 1, first (by mistake) for the whole class, then re-targeted to subgroup 1.
T2_CLASS = Hw(2260325488585400502, D["11-17"], 3, "eng", CLASS, "Workbook p. 34, ex. 1–3", D["11-19"], ALL,
              "2026-11-17T11:40:02.5", lg=SG1)
T2_SG1 = Hw(2260325488585400502, D["11-17"], 3, "eng", SG1, "Workbook p. 34, ex. 1–3", D["11-19"], SUB[SG1],
            "2026-11-17T11:40:02.5")
# T3: Wednesday's Русский язык: text and files changed on Thursday.
T3_OLD = Hw(2260325488585400503, D["11-18"], 2, "rus", CLASS, "Упр. 245", D["11-20"], ALL, "2026-11-18T15:02:40.1",
            [1000020840001])
T3_NEW = Hw(2260325488585400503, D["11-18"], 2, "rus", CLASS, "Упр. 245, 247 (письменно), словарные слова",
            D["11-20"], ALL, "2026-11-18T15:02:40.1", [1000020840001, 1000020840002])
# T4: Thursday's Алгебра: deleted on Friday and re-created under a new id with a new text.
T4_OLD = Hw(2260325488585400504, D["11-19"], 1, "alg", CLASS, "№ 512–515", D["11-23"], ALL, "2026-11-19T13:58:07.6")
T4_NEW = Hw(2260325488585400514, D["11-19"], 1, "alg", CLASS, "№ 512–518 (только чётные)", D["11-23"], ALL,
            "2026-11-20T08:02:19.24")
# T5: an individual task for Егор Жуков (ill on Wednesday), on Friday's Русский язык.
T5 = Hw(2260325488585400505, D["11-20"], 2, "rus", CLASS, "Написать пропущенный диктант: упр. 250 (индивидуально)",
        D["11-24"], [ALL[4]], "2026-11-20T15:31:00.8")
# T6: Friday's Алгебра, due across the seam of two weekly ranges (Wednesday of week 2).
T6 = Hw(2260325488585400506, D["11-20"], 1, "alg", CLASS, "Подготовиться к контрольной: № 530–540", D["11-25"], ALL,
        "2026-11-20T14:11:45.5")
# T7: Monday week 2, English subgroup 2 project: text changed on Tuesday; the two pulls delivered out of order.
T7_A = Hw(2260325488585400507, D["11-23"], 3, "eng", SG2, "Project: My favourite book (draft)", D["11-26"], SUB[SG2],
          "2026-11-23T11:35:10.2", [1000020840003])
T7_B = Hw(2260325488585400507, D["11-23"], 3, "eng", SG2, "Project: My favourite book — 10 slides, due Thursday",
          D["11-26"], SUB[SG2], "2026-11-23T11:35:10.2", [1000020840003])
# T8: Monday week 2 Русский язык extra task, present on Monday's pull, deleted by Tuesday's (delivered first).
T8 = Hw(2260325488585400508, D["11-23"], 2, "rus", CLASS, "Сочинение-миниатюра «Первый снег»", D["11-25"], ALL,
        "2026-11-23T15:44:12.9")


def homeworks_answer(start, end, works):
    lessons, subjects, teachers, files = {}, {}, {}, {}
    for hw in works:
        g = hw.lg
        lessons[lesson_id(hw.day, hw.number, g)] = flat(hw.day, hw.number, hw.key, g)
        sid, name, _ = SUBJ[hw.key]
        subjects[sid] = {"id": sid, "name": name, "knowledgeAreaId": None}
        for f in hw.files:
            files[f] = file_obj(f)
    return {"works": [hw.body() for hw in works], "subjects": list(subjects.values()),
            "lessons": list(lessons.values()), "files": list(files.values()), "teachers": []}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + TZ}


def hw_rec(start, end, works, pulled):
    return rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate={start}&endDate={end}",
               homeworks_answer(start, end, works), pulled)


def lessons_rec(group, days, pulled):
    body = [lesson(d, n, k, g) for d in days for n, k, g in lessons_of(d) if g == group]
    return rec(f"GET /v2/edu-groups/{group}/lessons/{days[0]}/{days[-1] + dt.timedelta(days=1)}", body, pulled)


def person(pid, first, last, sex, middle="Сергеевич"):
    uid = pid - 1000000
    mid = {"Male": "Сергеевич", "Female": "Сергеевна"}[sex]
    return {"id": pid, "id_str": s(pid), "userId": uid, "userId_str": s(uid), "firstName": first, "lastName": last,
            "middleName": mid, "shortName": f"{last} {first[0]}.", "sex": sex}


def group(gid, name, kind, parent=None, full=""):
    return {"id": gid, "id_str": s(gid), "parentIds": [parent] if parent else [],
            "parentIds_str": [s(parent)] if parent else [], "type": kind, "name": name, "fullName": full,
            "parallel": 7, "timetable": 1000006840071, "timetable_str": "1000006840071", "status": "Active",
            "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(uid, pid, short, children):
    return {"userId": uid, "userId_str": s(uid), "personId": pid, "personId_str": s(pid), "shortName": short,
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МАОУ Лицей № 84", "type": "School", "groupIds": []}],
            "eduGroups": [], "splitId": None,
            "children": [{"personId": c[0], "firstName": c[1], "lastName": c[2], "middleName": "Сергеевич",
                          "shortName": f"{c[2]} {c[1][0]}.", "schoolIds": [SCHOOL], "groupIds": [CLASS]}
                         for c in children]}


def mark(mid, pupil, day, number, key, group, value, at):
    lid = lesson_id(day, number, group)
    return {"id": mid, "id_str": s(mid), "type": "mark5", "value": value, "textValue": value, "person": pupil,
            "person_str": s(pupil), "work": default_work(lid), "work_str": s(default_work(lid)), "lesson": lid,
            "lesson_str": s(lid), "number": 0, "date": f"{day}T{at}", "workType": 8401,
            "mood": "Good" if value[0] in "45" else "Average", "use_avg_calc": True}


def entry(pupil, day, number, group, status, comment, at):
    lid = lesson_id(day, number, group)
    return {"person": pupil, "person_str": s(pupil), "lesson": lid, "lesson_str": s(lid), "comment": comment,
            "status": status, "createdDate": f"{day}T{at}"}


def tasks_rec(pupil, key, start, end, works, pulled):
    tasks = [t for hw in works for t in hw.body()["tasks"] if t["person"] == pupil]
    return rec(f"GET /v2/persons/{pupil}/tasks?subject={SUBJ[key][0]}&from={start}&to={end}&pageNumber=1&pageSize=50",
               tasks, pulled)


def build():
    W1S, W1E, W2S, W2E = "2026-11-16", "2026-11-22", "2026-11-23", "2026-11-29"
    r1 = routine
    wk1 = {d: r1(d) for d in WEEK1}
    wk2 = {d: r1(d) for d in WEEK2}
    steps = []
    ref = [rec(f"GET /v2/schools/{SCHOOL}",
               {"id": SCHOOL, "id_str": s(SCHOOL), "name": "МАОУ Лицей № 84",
                "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 84»",
                "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург", "regionId": 66,
                "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": False,
                "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "66."}, "2026-11-15T19:00:00"),
           rec(f"GET /v2/work-types/{SCHOOL}",
               [{"id": 8401, "id_str": "8401", "schoolId": SCHOOL, "kindId": 0, "kind": "DefaultNewLessonWork",
                 "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
                {"id": 8404, "id_str": "8404", "schoolId": SCHOOL, "kindId": 8, "kind": "Homework",
                 "title": "Домашняя работа", "abbr": "ДЗ", "weight": 1}], "2026-11-15T19:00:10"),
           rec(f"GET /v2/schools/{SCHOOL}/edu-groups",
               [group(CLASS, "7Б", "Group"), group(SG1, "Английский язык, 1 группа", "Subgroup", CLASS,
                                                   "Лаптева О. И."),
                group(SG2, "Английский язык, 2 группа", "Subgroup", CLASS, "Морозов Д. А.")],
               "2026-11-15T19:00:20"),
           rec(f"GET /v2/edu-groups/{CLASS}/persons", [person(*p) for p in PUPILS], "2026-11-15T19:00:30"),
           rec(f"GET /v2/edu-groups/{SG1}/persons", [person(*p) for p in PUPILS[:3]], "2026-11-15T19:00:40"),
           rec(f"GET /v2/edu-groups/{SG2}/persons", [person(*p) for p in PUPILS[3:]], "2026-11-15T19:00:50"),
           rec("GET /v2/users/1000011840901/context",
               context(1000011840901, 1000012840901, "Белова М. П.", [PUPILS[0]]), "2026-11-15T19:01:00"),
           rec("GET /v2/users/1000011840902/context",
               context(1000011840902, 1000012840902, "Жукова Т. В.", [PUPILS[4]]), "2026-11-15T19:01:10"),
           rec(f"GET /v2/edu-groups/{CLASS}/reporting-period-group",
               {"id": 1000009840071, "reportingPeriods": [
                   {"id": 1000007840001 + i, "id_str": s(1000007840001 + i), "start": a, "finish": b,
                    "number": i + 1, "type": "Quarter", "name": f"{i + 1} четверть", "year": 2026}
                   for i, (a, b) in enumerate([("2026-09-01T00:00:00", "2026-10-25T00:00:00"),
                                               ("2026-11-05T00:00:00", "2026-12-28T00:00:00"),
                                               ("2027-01-12T00:00:00", "2027-03-21T00:00:00"),
                                               ("2027-03-31T00:00:00", "2027-05-26T00:00:00")])],
                "holidays": []}, "2026-11-15T19:01:20")]
    steps.append({"name": "1. reference data: school, work types, 7Б and its English subgroups, parents, periods "
                          "(Sun 2026-11-15 19:00)", "batches": [ref]})
    steps.append({"name": "2. week 1 lessons (Sun 2026-11-15 19:05)", "batches": [[
        lessons_rec(CLASS, WEEK1, "2026-11-15T19:05:00"), lessons_rec(SG1, WEEK1, "2026-11-15T19:05:10"),
        lessons_rec(SG2, WEEK1, "2026-11-15T19:05:20")]]})

    # evening homework pulls of week 1: what the journal held at each moment
    def held_w1(upto, t2, t3, t4):
        works = [w for d in WEEK1 if d <= upto for w in wk1[d]]
        if upto >= D["11-16"]:
            works.append(T1)
        if upto >= D["11-17"]:
            works.append(t2)
        if upto >= D["11-18"]:
            works.append(t3)
        if upto >= D["11-19"] and t4:
            works.append(t4)
        if upto >= D["11-20"]:
            works += [T4_NEW, T5, T6]
        return works

    evening = [("11-16", "Mon", T2_CLASS, T3_OLD, None), ("11-17", "Tue", T2_CLASS, T3_OLD, None),
               ("11-18", "Wed", T2_SG1, T3_OLD, None), ("11-19", "Thu", T2_SG1, T3_NEW, T4_OLD),
               ("11-20", "Fri", T2_SG1, T3_NEW, None)]
    for md, wd, t2, t3, t4 in evening:
        day = D[md]
        batch = [hw_rec(W1S, W1E, held_w1(day, t2, t3, t4), f"{day}T20:00:00")]
        if md == "11-18":
            batch.append(rec(f"GET /v2/lesson-log-entries/group/{CLASS}?from={W1S}&to={W1E}",
                             [entry(ALL[1], D["11-16"], 1, CLASS, "Late", "опоздала на 10 минут",
                                    "08:41:12.5"),
                              entry(ALL[4], D["11-18"], 1, CLASS, "Ill", "ОРВИ", "08:35:02.08"),
                              entry(ALL[4], D["11-18"], 2, CLASS, "Ill", "ОРВИ", "09:27:44.1")],
                             f"{day}T20:01:00"))
            batch.append(rec(f"GET /v2/lesson-log-entries/group/{SG2}?from={W1S}&to={W1E}",
                             [entry(ALL[4], D["11-18"], 3, SG2, "Ill", "ОРВИ", "10:26:30.7")], f"{day}T20:01:10"))
        steps.append({"name": f"{3 + len(steps) - 2}. week 1 evening homework pull ({wd} 2026-{md} 20:00)",
                      "batches": [batch]})
    marks1 = [mark(2260325488586200001, ALL[0], D["11-16"], 1, "alg", CLASS, "5", "08:52:10.3"),
              mark(2260325488586200002, ALL[3], D["11-16"], 1, "alg", CLASS, "4", "08:55:41.77"),
              mark(2260325488586200003, ALL[2], D["11-17"], 2, "rus", CLASS, "3+", "09:58:03.1"),
              mark(2260325488586200004, ALL[4], D["11-20"], 1, "alg", CLASS, "4-", "08:49:12.0"),
              mark(2260325488586200005, ALL[5], D["11-19"], 3, "eng", SG2, "5", "10:50:00.5"),
              mark(2260325488586200006, ALL[1], D["11-19"], 3, "eng", SG1, "4", "10:47:21.93")]
    steps.append({"name": "8. week 1 marks, and pupils' own task lists pulled at different times (Sat 2026-11-21)",
                  "batches": [[
                      rec(f"GET /v2/edu-groups/{CLASS}/marks/{W1S}/{W1E}", [m for m in marks1 if m["lesson"] % 10 == 1],
                          "2026-11-21T10:00:00"),
                      rec(f"GET /v2/edu-groups/{SG1}/marks/{W1S}/{W1E}", [m for m in marks1 if m["lesson"] % 10 == 2],
                          "2026-11-21T10:00:10"),
                      rec(f"GET /v2/edu-groups/{SG2}/marks/{W1S}/{W1E}", [m for m in marks1 if m["lesson"] % 10 == 3],
                          "2026-11-21T10:00:20"),
                      tasks_rec(ALL[0], "alg", W1S, W1E, [T1] + [wk1[d][0] for d in WEEK1] + [T4_NEW, T6],
                                "2026-11-21T10:05:00"),
                      tasks_rec(ALL[4], "rus", W1S, W1E, [T3_NEW, T5] + [wk1[d][1] for d in WEEK1],
                                "2026-11-21T10:06:00")]]})
    # pupils answered: statuses change; Артём's Алгебра list pulled again on Sunday (newer), delivered before
    # Saturday's (older) copy above? No: here the newer copy is pushed after; the older re-sent last (out of order).
    done = {ALL[0]: "Completed"}
    t1_done = Hw(T1.wid, T1.day, T1.number, T1.key, T1.group, T1.text, T1.due, T1.pupils, T1.sent, status=done)
    t6_work = Hw(T6.wid, T6.day, T6.number, T6.key, T6.group, T6.text, T6.due, T6.pupils, T6.sent,
                 status={ALL[0]: "InProgress"})
    newer = tasks_rec(ALL[0], "alg", W1S, W1E, [t1_done] + [wk1[d][0] for d in WEEK1] + [T4_NEW, t6_work],
                      "2026-11-22T18:30:00")
    older = tasks_rec(ALL[0], "alg", W1S, W1E, [T1] + [wk1[d][0] for d in WEEK1] + [T4_NEW, T6],
                      "2026-11-21T10:05:00")
    steps.append({"name": "9. Sunday: week 2 lessons; Артём's task list (newer), then Saturday's copy re-sent late "
                          "(Sun 2026-11-22)",
                  "batches": [[lessons_rec(CLASS, WEEK2, "2026-11-22T19:05:00"),
                               lessons_rec(SG1, WEEK2, "2026-11-22T19:05:10"),
                               lessons_rec(SG2, WEEK2, "2026-11-22T19:05:20")], [newer], [older],
                              [tasks_rec(p, "rus", W1S, W1E, [T3_NEW] + [wk1[d][1] for d in WEEK1],
                                         f"2026-11-22T19:1{i}:00") for i, p in enumerate(ALL[:4])]]})

    def held_w2(upto, t7, t8):
        works = [T6] + [w for d in WEEK2 if d <= upto for w in wk2[d]]
        works.append(t7)
        if t8:
            works.append(t8)
        return works

    mon = hw_rec(W2S, W2E, held_w2(D["11-23"], T7_A, T8), "2026-11-23T20:00:00")
    tue = hw_rec(W2S, W2E, held_w2(D["11-24"], T7_B, None), "2026-11-24T20:00:00")
    steps.append({"name": "10. Tuesday's homework pull arrives first, Monday's (delayed by a retry) after it "
                          "(Tue 2026-11-24 20:00)", "batches": [[tue], [mon]]})
    for md, wd, key in (("11-25", "Wed", "alg"), ("11-26", "Thu", "rus"), ("11-27", "Fri", "alg")):
        works = held_w2(D[md], T7_B, None)
        batch = [hw_rec(W2S, W2E, works, f"2026-{md}T20:00:00")]
        batch += [tasks_rec(p, key, W2S, W2E, [w for w in works if w.key == key], f"2026-{md}T20:0{2 + i}:00")
                  for i, p in enumerate(ALL)]
        steps.append({"name": f"{len(steps) + 1}. week 2 evening homework pull and the pupils' task lists "
                              f"({wd} 2026-{md} 20:00)", "batches": [batch]})
    marks2 = [mark(2260325488586200011, ALL[0], D["11-25"], 1, "alg", CLASS, "4", "08:44:01.2"),
              mark(2260325488586200012, ALL[4], D["11-24"], 2, "rus", CLASS, "5", "09:51:30.66"),
              mark(2260325488586200013, ALL[3], D["11-26"], 3, "eng", SG2, "5-", "10:59:59.9")]
    steps.append({"name": f"{len(steps) + 1}. week 2 marks and attendance (Sat 2026-11-28 10:00)", "batches": [[
        rec(f"GET /v2/edu-groups/{CLASS}/marks/{W2S}/{W2E}", marks2[:2], "2026-11-28T10:00:00"),
        rec(f"GET /v2/edu-groups/{SG1}/marks/{W2S}/{W2E}", [], "2026-11-28T10:00:10"),
        rec(f"GET /v2/edu-groups/{SG2}/marks/{W2S}/{W2E}", marks2[2:], "2026-11-28T10:00:20"),
        rec(f"GET /v2/lesson-log-entries/group/{CLASS}?from={W2S}&to={W2E}",
            [entry(ALL[2], D["11-26"], 1, CLASS, "Absent", "", "08:33:10.4")], "2026-11-28T10:01:00"),
        rec(f"GET /v2/lesson-log-entries/group/{SG1}?from={W2S}&to={W2E}",
            [entry(ALL[2], D["11-26"], 3, SG1, "Pass", "соревнования", "10:27:00.15")], "2026-11-28T10:01:10")]]})
    # a late re-send of week 1's Thursday pull (the deleted T4 and the old T3), after everything
    steps.append({"name": f"{len(steps) + 1}. the queue re-sends Thursday 11-19's week-1 pull late (Sat 2026-11-28)",
                  "batches": [[hw_rec(W1S, W1E, held_w1(D["11-19"], T2_SG1, T3_NEW, T4_OLD),
                                      "2026-11-19T20:00:00")]]})
    return {"vendor": "dnevnik_ru",
            "description": "МАОУ Лицей № 84 (Екатеринбург, UTC+5), 7Б with two English subgroups, 2026-11-16..27: "
                           "homework in depth (long-due tasks, re-targeting to a subgroup, edited text and files, "
                           "delete and re-create, an individual task, ranges and pupils' task lists pulled at "
                           "different times and delivered out of order).",
            "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ Лицей № 84"}, "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
