"""Writes journey.json: Dnevnik.ru journey 39, a school reorganised in January (standard library only; deterministic).

МБОУ «Гимназия № 39», Казань (timeZone 3), school year 2025/26 (studyyear 2025). In January 7Б is archived and its
pupils join 7А (whose English is then taught in two new subgroups), 8В is split into 8В and the new 8Г, and 8В's old
English subgroups are archived. Autumn answers are pulled again after the change. Written from
/work/shared/reference/dnevnik_ru.md (§N cited in README.md); invented names and values.
"""
import datetime as dt
import json
from pathlib import Path

SCHOOL = 1000002460039
G7A, G7B, G7A1, G7A2 = 2260325488539000701, 2260325488539000702, 2260325488539000711, 2260325488539000712
G8V, G8G, E1, E2 = 2260325488539000803, 2260325488539000804, 2260325488539000813, 2260325488539000814
A1, A2, B1, B2, V1, V2, V3, V4 = (1000012903900 + i for i in range(1, 9))
PUPILS = {A1: ("Алиса", "Миронова", "Денисовна", "Female"), A2: ("Глеб", "Сафин", "Маратович", "Male"),
          B1: ("Ева", "Крылова", "Максимовна", "Female"), B2: ("Тимур", "Хабибуллин", "Ринатович", "Male"),
          V1: ("Степан", "Орлов", "Ильич", "Male"), V2: ("Полина", "Ершова", "Сергеевна", "Female"),
          V3: ("Марк", "Галиев", "Айратович", "Male"), V4: ("Ульяна", "Сафина", "Маратовна", "Female")}
T = {911: ("Ирина", "Кузьмина", "Олеговна"), 912: ("Татьяна", "Быкова", "Юрьевна"),
     913: ("Аркадий", "Левин", "Борисович"), 914: ("Дина", "Мамонтова", "Рашидовна"),
     915: ("Алсу", "Шайхутдинова", "Ильгизовна"), 916: ("Вера", "Петрова", "Николаевна"),
     917: ("Рустам", "Хасанов", "Фаридович")}


def tp(t):
    return 1000012903000 + t


def tu(t):
    return 1000011903000 + t


SUBJ = {"alg": (1000003903901, "Алгебра", "Математика и информатика"),
        "hist": (1000003903902, "История", "Общественно-научные предметы"),
        "eng": (1000003903903, "Английский язык", "Иностранные языки"),
        "phys": (1000003903904, "Физика", "Естественнонаучные предметы"),
        "geom": (1000003903905, "Геометрия", "Математика и информатика")}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25")}
ROOM = {"alg": "214", "hist": "305", "eng": "118", "phys": "221 (физика)", "geom": "216"}
GROUPS = {  # id -> (name, type, parents, fullName, parallel)
    G7A: ("7А", "Group", [], "", 7), G7B: ("7Б", "Group", [], "", 7),
    G7A1: ("Англ. яз. 1 гр.", "Subgroup", [G7A], "Мамонтова Дина Рашидовна", 7),
    G7A2: ("Англ. яз. 2 гр.", "Subgroup", [G7A], "Шайхутдинова Алсу Ильгизовна", 7),
    G8V: ("8В", "Group", [], "", 8), G8G: ("8Г", "Group", [], "", 8),
    E1: ("Англ. яз. 1 гр.", "Subgroup", [G8V], "Шайхутдинова Алсу Ильгизовна", 8),
    E2: ("Англ. яз. 2 гр.", "Subgroup", [G8V], "Шайхутдинова Алсу Ильгизовна", 8)}
AUTUMN, WINTER = dt.date(2025, 12, 15), dt.date(2026, 1, 12)
# weekly plan: (group, week) -> [(weekday 0=Mon, number, subject, teacher)]
PLAN = {
    (G7A, "w1"): [(0, 1, "alg", 911), (1, 2, "eng", 914), (2, 3, "hist", 912), (4, 1, "alg", 911)],
    (G7B, "w1"): [(0, 2, "alg", 911), (1, 3, "eng", 914), (2, 1, "hist", 912), (4, 2, "alg", 911)],
    (G8V, "w1"): [(0, 3, "phys", 913), (3, 1, "geom", 917)],
    (E1, "w1"): [(1, 1, "eng", 915)],
    (E2, "w1"): [(1, 4, "eng", 915)],
    (G7A, "w2"): [(0, 1, "alg", 911), (2, 3, "hist", 912), (4, 1, "alg", 911)],
    (G7A1, "w2"): [(1, 2, "eng", 914)],
    (G7A2, "w2"): [(1, 3, "eng", 915)],
    (G8V, "w2"): [(0, 3, "phys", 913), (1, 1, "eng", 915), (3, 1, "geom", 917)],
    (G8G, "w2"): [(0, 2, "phys", 913), (1, 4, "eng", 916), (3, 3, "geom", 917)],
    (G7B, "w2"): [], (E1, "w2"): [], (E2, "w2"): [],
}
START = {"w1": AUTUMN, "w2": WINTER}
TOPICS = {
    (G7A, "w1", 0): "Умножение многочлена на многочлен", (G7A, "w1", 1): "Unit 6. Christmas traditions",
    (G7A, "w1", 2): "Смута: причины и начало", (G7A, "w1", 4): "Самостоятельная работа «Многочлены»",
    (G7B, "w1", 0): "Разложение многочлена на множители", (G7B, "w1", 1): "Unit 6. Festivals around the world",
    (G7B, "w1", 2): "Земский собор 1613 года", (G7B, "w1", 4): "Контрольная работа № 4",
    (G8V, "w1", 0): "Закон Джоуля — Ленца", (G8V, "w1", 3): "Подобные треугольники: признаки",
    (E1, "w1", 1): "Module 3c. Extreme weather (1 гр.)", (E2, "w1", 1): "Module 3c. Weather idioms (2 гр.)",
    (G7A, "w2", 0): "Формулы сокращённого умножения: квадрат суммы", (G7A, "w2", 2): "Первые Романовы",
    (G7A, "w2", 4): "Квадрат разности: решение задач",
    (G7A1, "w2", 1): "Unit 7. My town (1 гр.)", (G7A2, "w2", 1): "Unit 7. Places in town (2 гр.)",
    (G8V, "w2", 0): "Электромагнитные явления: магнитное поле (8В)", (G8V, "w2", 1): "Module 4a. Food and shopping (8В)",
    (G8V, "w2", 3): "Средняя линия треугольника (8В)",
    (G8G, "w2", 0): "Магнитное поле прямого тока (8Г)", (G8G, "w2", 1): "Module 4a. Healthy eating (8Г)",
    (G8G, "w2", 3): "Средняя линия трапеции (8Г)",
}
RETOPIC = {(G7B, "w1", 4): "Контрольная работа № 4 «Многочлены»"}  # the teacher filled the topic in after the break
TEST_LESSONS = {(G7B, "w1", 4)}  # a lesson whose graded work is a контрольная (weight 2)
HW = {  # (group, week, weekday) -> (text, due)
    (G7A, "w1", 0): ("№ 614, 617 (7А)", "2025-12-17"),
    (G7B, "w1", 0): ("№ 602, 605 (7Б)", "2025-12-19"),
    (G7B, "w1", 4): ("На каникулы: повторить главу 4, № 701–705 (7Б)", "2026-01-12"),
    (G8V, "w1", 0): ("§ 53, упр. 37 (1–3)", "2025-12-22"),
    (E1, "w1", 1): ("SB p. 56 ex. 2, 4 (1 гр.)", "2025-12-23"),
    (E2, "w1", 1): ("WB p. 41 ex. 1–3 (2 гр.)", "2025-12-23"),
    (G7A, "w2", 0): ("№ 720, 722 (а, б)", "2026-01-16"),
    (G7A1, "w2", 1): ("Unit 7: слова, p. 62 ex. 1 (1 гр.)", "2026-01-20"),
    (G7A2, "w2", 1): ("Unit 7: p. 63 ex. 5 письменно (2 гр.)", "2026-01-20"),
    (G8V, "w2", 0): ("§ 56, упр. 40 (8В)", "2026-01-19"),
    (G8V, "w2", 1): ("Module 4a ex. 3, 6 (8В)", "2026-01-20"),
    (G8G, "w2", 0): ("§ 57, вопросы 1–4 (8Г)", "2026-01-19"),
    (G8G, "w2", 1): ("Module 4a: эссе «My favourite dish», 80 слов (8Г)", "2026-01-20"),
}
# marks: (group, week, weekday) -> [(pupil, value)]
MARKS = {
    (G7A, "w1", 0): [(A1, "5"), (A2, "4-")], (G7A, "w1", 1): [(A2, "5")],
    (G7B, "w1", 0): [(B1, "4"), (B2, "3")], (G7B, "w1", 2): [(B1, "5")], (G7B, "w1", 4): [(B2, "4")],
    (G8V, "w1", 0): [(V1, "5"), (V3, "4")], (G8V, "w1", 3): [(V2, "3"), (V4, "5")],
    (E1, "w1", 1): [(V3, "5")], (E2, "w1", 1): [(V4, "4+")],
    (G7A, "w2", 0): [(B1, "5"), (A1, "4")], (G7A, "w2", 4): [(B2, "5")],
    (G7A1, "w2", 1): [(B1, "4")], (G7A2, "w2", 1): [(A2, "3"), (B2, "4-")],
    (G8V, "w2", 0): [(V1, "4")], (G8V, "w2", 1): [(V2, "5")],
    (G8G, "w2", 0): [(V3, "3")], (G8G, "w2", 3): [(V4, "4")], (G8G, "w2", 1): [(V3, "5-")],
}
CORRECTED = {((G7B, "w1", 0), B2): "4"}  # B2's «3» of 15.12 corrected to «4» in January (7Б already archived)
# attendance: (group, week, weekday) -> [(pupil, status, comment)]
ATT = {
    (G7B, "w1", 0): [(B1, "Attend", ""), (B2, "Attend", "")],
    (G7B, "w1", 4): [(B1, "Ill", "справка из поликлиники № 7")],
    (G8V, "w1", 0): [(V3, "Late", "опоздал на 5 минут"), (V4, "Absent", "")],
    (G7A, "w2", 0): [(B1, "Attend", ""), (B2, "Absent", "")],
    (G7A, "w2", 4): [(A1, "Pass", "городская олимпиада по математике")],
    (G8G, "w2", 0): [(V4, "Ill", "ОРВИ")],
}
LATE_ONLY_PERSON = ((G7B, "w1", 2), B1, "Late", "опоздала на 10 минут")  # only in B1's own log-entries range

PERIODS = [(1000007903901, 1, "1 четверть", "2025-09-01", "2025-10-26"),
           (1000007903902, 2, "2 четверть", "2025-11-05", "2025-12-28"),
           (1000007903903, 3, "3 четверть", "2026-01-12", "2026-03-22"),
           (1000007903904, 4, "4 четверть", "2026-03-30", "2026-05-26")]
FINALS = {  # group -> pupil -> period number -> {subject: value}
    G7A: {A1: {1: {"alg": "5", "hist": "5", "eng": "4"}, 2: {"alg": "5", "hist": "4", "eng": "4"}},
          A2: {1: {"alg": "4", "hist": "4", "eng": "5"}, 2: {"alg": "4", "hist": "4", "eng": "5"}}},
    G7B: {B1: {1: {"alg": "4", "hist": "5", "eng": "5"}, 2: {"alg": "4", "hist": "4", "eng": "5"}},
          B2: {1: {"alg": "3", "hist": "4", "eng": "4"}, 2: {"alg": "3", "hist": "4", "eng": "4"}}},
    G8V: {V1: {1: {"phys": "5", "geom": "4", "eng": "5"}, 2: {"phys": "5", "geom": "5", "eng": "5"}},
          V2: {1: {"phys": "4", "geom": "3", "eng": "4"}, 2: {"phys": "4", "geom": "3", "eng": "4"}},
          V3: {1: {"phys": "4", "geom": "4", "eng": "5"}, 2: {"phys": "4", "geom": "4", "eng": "5"}},
          V4: {1: {"phys": "3", "geom": "5", "eng": "4"}, 2: {"phys": "4", "geom": "5", "eng": "4"}}},
}
FINAL_FIX = (G7B, B1, 2, "hist", "5")  # B1's 2nd-quarter history corrected 4 -> 5 in January (7Б archived)

PULL = {"S0": "2025-12-14", "S1": "2025-12-21", "S2": "2025-12-27", "S3": "2026-01-11", "S4": "2026-01-18"}
A, X = "Active", "Archive"
R_AUTUMN = {G7A: {A1: A, A2: A}, G7B: {B1: A, B2: A}, G8V: {V1: A, V2: A, V3: A, V4: A},
            E1: {V1: A, V3: A}, E2: {V2: A, V4: A}}
R_WINTER = {G7A: {A1: A, A2: A, B1: A, B2: A}, G7B: {B1: X, B2: X},
            G7A1: {A1: A, B1: A}, G7A2: {A2: A, B2: A},
            G8V: {V1: A, V2: A, V3: X, V4: X}, G8G: {V3: A, V4: A},
            E1: {V1: X, V3: X}, E2: {V2: X, V4: X}}
ROSTER = {"S0": R_AUTUMN, "S1": R_AUTUMN, "S2": R_AUTUMN, "S3": R_WINTER, "S4": R_WINTER}
GROUP_STATUS = {"S3": {G7B: X, E1: X, E2: X}, "S4": {G7B: X, E1: X, E2: X}}
PARENTS = {  # user id -> (person id, first, last, middle, children)
    1000011903951: (1000012903951, "Наталья", "Крылова", "Викторовна", [B1]),
    1000011903952: (1000012903952, "Лейсан", "Галиева", "Ринатовна", [V3]),
    1000011903953: (1000012903953, "Марат", "Сафин", "Ильдарович", [A2, V4]),
}
CLASS_TEACHER = {G7A: 911, G7B: 912, G8V: 917, G8G: 916}


def at(snap, time):
    return f"{PULL[snap]}T{time}+03:00"


def group_obj(g, snap="S0"):
    name, typ, parents, full, par = GROUPS[g]
    return {"id": g, "id_str": str(g), "parentIds": parents, "parentIds_str": [str(p) for p in parents], "type": typ,
            "name": name, "fullName": full, "parallel": par, "timetable": 1000006003939, "timetable_str": "1000006003939",
            "status": GROUP_STATUS.get(snap, {}).get(g, "Active"), "studyyear": 2025, "educationType": "Regular",
            "subjects": [], "journaltype": "Default"}


def person(p):
    first, last, middle, sex = PUPILS[p]
    return {"id": p, "id_str": str(p), "userId": None, "userId_str": None, "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def members(g, snap):
    return [p for p, s in sorted(ROSTER[snap].get(g, {}).items()) if s == A and GROUP_STATUS.get(snap, {}).get(g) != X]


def roster_rec(snap, time="18:00:00"):
    groups = [g for g in GROUPS if g in ROSTER[snap]]
    body = [{"group": group_obj(g, snap), "students": [{"person": p, "membershipstatus": s}
                                                       for p, s in sorted(ROSTER[snap][g].items())]} for g in groups]
    return {"request": "POST /v2/edu-groups", "request_body": groups, "body": body, "pulled_at": at(snap, time)}


def persons_rec(g, snap):
    return {"request": f"GET /v2/edu-groups/{g}/persons?includeArchive=false", "body": [person(p) for p in members(g, snap)],
            "pulled_at": at(snap, "18:05:00")}


def key_day(key):
    g, wk, wd = key
    return START[wk] + dt.timedelta(days=wd)


def lesson_id(key):
    g, wk, wd = key
    return 2260325488539300000 + (g % 1000) * 100 + (0 if wk == "w1" else 50) + wd * 5


def snap_before(day):
    return max((s for s in PULL if dt.date.fromisoformat(PULL[s]) < day), key=lambda s: PULL[s])


def lessons_of(g, wk, retopic=False):
    out = []
    for wd, n, subj, teacher in PLAN[(g, wk)]:
        key = (g, wk, wd)
        day, lid = key_day(key), lesson_id(key)
        sid, sname, area = SUBJ[subj]
        qnum = 2 if wk == "w1" else 3
        works = [{"id": lid + 1000000, "id_str": str(lid + 1000000),
                  "type": "LessonTestWork" if key in TEST_LESSONS else "DefaultNewLessonWork",
                  "workType": 3902 if key in TEST_LESSONS else 3901, "markType": "mark5", "markCount": 1,
                  "lesson": lid, "lesson_str": str(lid), "displayInJournal": True, "status": "Sent",
                  "eduGroup": g, "eduGroup_str": str(g), "tasks": [], "text": "", "periodNumber": qnum,
                  "periodType": "Quarter", "subjectId": sid, "isImportant": key in TEST_LESSONS,
                  "targetDate": f"{day}T00:00:00", "sentDate": None, "createdBy": tp(teacher), "files": [],
                  "oneDriveLinks": []}]
        if key in HW:
            text, due = HW[key]
            wid = lid + 2000000
            works.append({"id": wid, "id_str": str(wid), "type": "Homework", "workType": 3907, "markType": "mark5",
                          "markCount": 1, "lesson": lid, "lesson_str": str(lid), "displayInJournal": False,
                          "status": "Sent", "eduGroup": g, "eduGroup_str": str(g),
                          "tasks": [{"id": 2260325488539800000 + (wid % 100000) * 10 + i,
                                     "id_str": str(2260325488539800000 + (wid % 100000) * 10 + i),
                                     "person": p, "person_str": str(p), "work": wid, "work_str": str(wid),
                                     "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                                    for i, p in enumerate(members(g, snap_before(day)))],
                          "text": text, "periodNumber": qnum, "periodType": "Quarter", "subjectId": sid,
                          "isImportant": False, "targetDate": f"{due}T00:00:00",
                          "sentDate": f"{day}T{BELLS[n][1]}:00.37", "createdBy": tp(teacher), "files": [],
                          "oneDriveLinks": []})
        out.append({"id": lid, "id_str": str(lid),
                    "title": RETOPIC.get(key, TOPICS[key]) if retopic else TOPICS[key],
                    "date": f"{day}T{BELLS[n][0]}:00", "number": n,
                    "subject": {"id": sid, "id_str": str(sid), "name": sname, "knowledgeArea": area, "fgosSubjectId": None},
                    "group": g, "status": "Conducted", "resultPlaceId": 0, "works": works,
                    "teachers": [tp(teacher)], "teachers_str": [str(tp(teacher))]})
    return sorted(out, key=lambda l: l["date"])


def week_span(wk):
    return START[wk], START[wk] + dt.timedelta(days=4)


def lessons_rec(g, wk, snap, time, retopic=False):
    a, b = week_span(wk)
    return {"request": f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", "body": lessons_of(g, wk, retopic),
            "pulled_at": at(snap, time)}


def mark_obj(key, p, value, n):
    g, wk, wd = key
    lid = lesson_id(key)
    day = key_day(key)
    mid = 2260325488539700000 + (lid % 100000) * 10 + n
    test = key in TEST_LESSONS
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
            "person": p, "person_str": str(p), "work": lid + 1000000, "work_str": str(lid + 1000000),
            "lesson": lid, "lesson_str": str(lid), "number": 0,
            "date": f"{day}T{BELLS[next(n_ for wd_, n_, *_ in PLAN[(g, wk)] if wd_ == wd)][1]}:00.{n + 1}52",
            "workType": 3902 if test else 3901, "mood": "Good" if value[0] in "45" else "Average",
            "use_avg_calc": True}


def marks_rec(g, wk, snap, time, corrected=False):
    a, b = week_span(wk)
    body = []
    for key in sorted(k for k in MARKS if k[0] == g and k[1] == wk):
        for n, (p, value) in enumerate(MARKS[key]):
            if corrected and (key, p) in CORRECTED:
                value = CORRECTED[(key, p)]
            body.append(mark_obj(key, p, value, n))
    return {"request": f"GET /v2/edu-groups/{g}/marks/{a}/{b}", "body": body, "pulled_at": at(snap, time)}


def log_obj(key, p, status, comment, n):
    day = key_day(key)
    lid = lesson_id(key)
    return {"person": p, "person_str": str(p), "lesson": lid, "lesson_str": str(lid), "comment": comment,
            "status": status, "createdDate": f"{day}T12:0{n}:14.3"}


def log_rec(g, subj, wk, snap, time):
    a, b = week_span(wk)
    body = [log_obj(key, p, s, c, n) for key in sorted(ATT) if key[0] == g and key[1] == wk
            and any(PLAN[(g, wk)][i][2] == subj and PLAN[(g, wk)][i][0] == key[2] for i in range(len(PLAN[(g, wk)])))
            for n, (p, s, c) in enumerate(ATT[key])]
    return {"request": f"GET /v2/lesson-log-entries/group/{g}?subject={SUBJ[subj][0]}&from={a}&to={b}", "body": body,
            "pulled_at": at(snap, time)}


def person_log_rec(p, snap, time):
    body = [log_obj(key, q, s, c, n) for key in sorted(ATT, key=key_day) for n, (q, s, c) in enumerate(ATT[key]) if q == p]
    key, q, s, c = LATE_ONLY_PERSON
    body.append(log_obj(key, q, s, c, 0))
    body.sort(key=lambda e: e["createdDate"])
    return {"request": f"GET /v2/persons/{p}/lesson-log-entries?startDate=2025-12-01&endDate=2026-01-18", "body": body,
            "pulled_at": at(snap, time)}


def periods_rec(g, snap, time):
    return {"request": f"GET /v2/edu-groups/{g}/reporting-periods", "pulled_at": at(snap, time), "body": [
        {"id": i, "id_str": str(i), "start": f"{s}T00:00:00", "finish": f"{f}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2025} for i, n, name, s, f in PERIODS]}


def final_entries(g, pupils, fixed=False, empty=()):
    out = []
    for p in pupils:
        for pid, n, name, s, f in PERIODS[:2]:
            psfm = []
            for subj, value in (FINALS[g].get(p, {}).get(n, {}) if p not in empty else {}).items():
                if fixed and (g, p, n, subj) == FINAL_FIX[:4]:
                    value = FINAL_FIX[4]
                mid = 2260325488539900000 + (p % 100) * 1000 + n * 10 + list(SUBJ).index(subj)
                psfm.append({"subject": SUBJ[subj][0], "subject_str": str(SUBJ[subj][0]), "final-mark": {
                    "id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
                    "person": p, "person_str": str(p), "work": 2260325488539950000 + g % 1000 * 100 + n * 10 + list(SUBJ).index(subj),
                    "work_str": str(2260325488539950000 + g % 1000 * 100 + n * 10 + list(SUBJ).index(subj)),
                    "lesson": None, "lesson_str": None, "number": 0, "date": f"{f}T14:3{n}:05.2", "workType": 3990,
                    "mood": "Good" if value in ("4", "5") else "Average", "use_avg_calc": False}})
            out.append({"person": p, "person_str": str(p), "group": g, "group_str": str(g), "reportingPeriod": pid,
                        "reportingPeriod_str": str(pid), "per-subject-final-marks": psfm})
    return out


def finals_rec(g, pupils, snap, time, fixed=False, empty=()):
    return {"request": f"GET /v2/edu-groups/{g}/final-marks", "body": final_entries(g, pupils, fixed, empty),
            "pulled_at": at(snap, time)}


def person_finals_rec(p, g, snap, time):
    return {"request": f"GET /v2/persons/{p}/edu-groups/{g}/final-marks", "body": final_entries(g, [p]),
            "pulled_at": at(snap, time)}


def classteacher_rec(g, snap, time):
    t = CLASS_TEACHER[g]
    f, l, m = T[t]
    return {"request": f"GET /v2/edu-groups/{g}/classteacher", "pulled_at": at(snap, time), "body": {
        "id": tp(t), "id_str": str(tp(t)), "userId": tu(t), "userId_str": str(tu(t)), "firstName": f, "lastName": l,
        "middleName": m, "shortName": f"{l} {f[0]}. {m[0]}.", "sex": "Female" if m.endswith("на") else "Male"}}


def context_rec(u, snap, time):
    pid, f, l, m, kids = PARENTS[u]
    children = []
    for k in kids:
        first, last, middle, _ = PUPILS[k]
        gs = [g for g in GROUPS if k in members(g, snap)]
        children.append({"personId": k, "firstName": first, "lastName": last, "middleName": middle,
                         "shortName": f"{last} {first[0]}.", "schoolIds": [SCHOOL], "groupIds": gs})
    return {"request": f"GET /v2/users/{u}/context", "pulled_at": at(snap, time), "body": {
        "userId": u, "personId": pid, "shortName": f"{l} {f[0]}. {m[0]}.", "avatarUrl": None, "roles": ["EduParent"],
        "schoolIds": [SCHOOL], "groupIds": [], "schools": [{"id": SCHOOL, "name": "МБОУ «Гимназия № 39»", "type": "School",
                                                          "groupIds": []}],
        "eduGroups": [], "children": children, "splitId": None}}


def groups_all_rec(p, snap, time):
    gs = [g for g in GROUPS if p in ROSTER[snap].get(g, {})]
    return {"request": f"GET /v2/persons/{p}/edu-groups/all", "pulled_at": at(snap, time),
            "body": [group_obj(g, snap) for g in gs]}


def schedule_rec(p, cls, wk, snap, time):
    a, b = week_span(wk)
    mine = [g for g in GROUPS if p in members(g, snap)]
    days = []
    for i in range(5):
        day = a + dt.timedelta(days=i)
        ls = sorted((l for g in mine for l in lessons_of(g, wk) if l["date"][:10] == str(day)), key=lambda l: l["number"])
        subj_of = {l["id"]: next(k for k, v in SUBJ.items() if v[0] == l["subject"]["id"]) for l in ls}
        days.append({"date": f"{day}T00:00:00",
                     "lessons": [{"id": l["id"], "title": l["title"], "date": l["date"], "number": l["number"],
                                  "subjectId": l["subject"]["id"], "status": "Conducted", "resultPlaceId": 0,
                                  "building": "Основное здание", "place": ROOM[subj_of[l["id"]]], "floor": "2",
                                  "hours": f"{BELLS[l['number']][0]} - {BELLS[l['number']][1]}",
                                  "works": [w["id"] for w in l["works"]], "teachers": l["teachers"]} for l in ls],
                     "marks": [], "works": [w for l in ls for w in l["works"] if w["type"] != "Homework"],
                     "homeworks": [w for l in ls for w in l["works"] if w["type"] == "Homework"],
                     "subjects": [{"id": s, "name": nm, "knowledgeAreaId": None}
                                  for s, nm in sorted({(l["subject"]["id"], l["subject"]["name"]) for l in ls})],
                     "workTypes": [], "lessonLogEntries": [],
                     "teachers": [{"id": tp(t), "id_str": str(tp(t)), "userId": tu(t), "userId_str": str(tu(t)),
                                   "firstName": T[t][0], "lastName": T[t][1], "middleName": T[t][2],
                                   "shortName": f"{T[t][1]} {T[t][0][0]}. {T[t][2][0]}.",
                                   "sex": "Female" if T[t][2].endswith("на") else "Male"}
                                  for t in sorted({l["teachers"][0] - 1000012903000 for l in ls})],
                     "nextDate": f"{day + dt.timedelta(days=1)}T00:00:00"})
    return {"request": f"GET /v2/persons/{p}/groups/{cls}/schedules?startDate={a}&endDate={b}", "body": {"days": days},
            "pulled_at": at(snap, time)}


school = {"request": f"GET /v2/schools/{SCHOOL}", "pulled_at": at("S0", "17:55:00"), "body": {
    "id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «Гимназия № 39»",
    "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 39» Советского района г. Казани",
    "avatarSmall": None, "city": "Казань", "municipality": "городской округ город Казань", "regionid": 16,
    "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
    "tsoCityId": 0, "tsoRegionTreePath": "16."}}
worktypes = {"request": f"GET /v2/work-types/{SCHOOL}", "pulled_at": at("S0", "17:55:00"), "body": [
    {"id": 3901, "id_str": "3901", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
    {"id": 3902, "id_str": "3902", "schoolId": SCHOOL, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа", "abbr": "КР", "weight": 2},
    {"id": 3907, "id_str": "3907", "schoolId": SCHOOL, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
    {"id": 3990, "id_str": "3990", "schoolId": SCHOOL, "kindId": 20, "kind": "PeriodMark", "title": "Четвертная оценка", "abbr": "ЧО", "weight": 0}]}
users = {"request": "POST /v2/users/many", "request_body": [tu(t) for t in sorted(T)], "pulled_at": at("S0", "17:55:00"), "body": [
    {"id": tu(t), "id_str": str(tu(t)), "personId": tp(t), "personId_str": str(tp(t)),
     "name": f"{f} {l}", "email": None, "login": None, "fullName": f"{l} {f} {m}", "fullNameInverse": f"{f} {m} {l}",
     "firstName": f, "middleName": m, "lastName": l, "shortName": f"{l} {f[0]}. {m[0]}.", "locale": "ru-RU", "timezone": "+3:00",
     "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""} for t, (f, l, m) in sorted(T.items())]}

W1_GROUPS = [G7A, G7B, G8V, E1, E2]
W2_GROUPS = [G7A, G7A1, G7A2, G8V, G8G, G7B]
steps = [
    {"name": "Sunday 2025-12-14: school, work types, teachers, the autumn roster (7А, 7Б, 8В with its English halves), "
             "periods, class teachers, parents' contexts, Ева Крылова's planned week in 7Б",
     "batches": [[school, worktypes, users, roster_rec("S0"), persons_rec(G7A, "S0"), persons_rec(G7B, "S0"), persons_rec(G8V, "S0"),
                  periods_rec(G7A, "S0", "18:10:00"), periods_rec(G8V, "S0", "18:10:00"),
                  classteacher_rec(G7A, "S0", "18:12:00"),
                  classteacher_rec(G8V, "S0", "18:12:00")]
                 + [context_rec(u, "S0", "18:15:00") for u in PARENTS]
                 + [schedule_rec(B1, G7B, "w1", "S0", "18:20:00")]]},
    {"name": "Sunday 2025-12-21: the week of 15-19 December as it went: lessons, marks, attendance",
     "batches": [[lessons_rec(g, "w1", "S1", "19:00:00") for g in W1_GROUPS]
                 + [marks_rec(g, "w1", "S1", "19:05:00") for g in W1_GROUPS]
                 + [log_rec(G7B, "alg", "w1", "S1", "19:08:00"), log_rec(G8V, "phys", "w1", "S1", "19:08:00")]]},
    {"name": "Saturday 2025-12-27: end of the 2nd quarter: roster, period marks of 7А, 7Б and 8В",
     "batches": [[roster_rec("S2"), finals_rec(G7A, [A1, A2], "S2", "12:00:00"),
                  finals_rec(G7B, [B1, B2], "S2", "12:00:00"), finals_rec(G8V, [V1, V2, V3, V4], "S2", "12:00:00")]]},
    {"name": "Sunday 2026-01-11: the reorganisation: 7Б archived and its pupils in 7А (two new English subgroups), 8Г "
             "split off 8В, 8В's English subgroups archived; the week of 12 January planned",
     "batches": [[roster_rec("S3"), persons_rec(G7A, "S3"), persons_rec(G8G, "S3"),
                  periods_rec(G8G, "S3", "18:10:00"), classteacher_rec(G8G, "S3", "18:12:00"),
                  groups_all_rec(B1, "S3", "18:14:00")]
                 + [context_rec(u, "S3", "18:15:00") for u in PARENTS if u != 1000011903952]
                 + [lessons_rec(g, "w2", "S3", "18:30:00") for g in W2_GROUPS]
                 + [schedule_rec(B1, G7A, "w2", "S3", "18:40:00"), schedule_rec(V3, G8G, "w2", "S3", "18:40:00")]]},
    {"name": "Sunday 2026-01-18: the first week after the change as it went; the autumn pulled again (7Б's December "
             "lessons, marks and period marks, corrected after the archive; 7А's and 8В's period marks; "
             "Ева's own attendance since December; Марк's period marks from 8В)",
     "batches": [[roster_rec("S4")]
                 + [marks_rec(g, "w2", "S4", "19:05:00") for g in (G7A, G7A1, G7A2, G8V, G8G)]
                 + [log_rec(G7A, "alg", "w2", "S4", "19:08:00"), log_rec(G8G, "phys", "w2", "S4", "19:08:00")],
                 [lessons_rec(G7B, "w1", "S4", "19:20:00", retopic=True), marks_rec(G7B, "w1", "S4", "19:21:00", corrected=True),
                  marks_rec(G8V, "w1", "S4", "19:21:00"),
                  finals_rec(G7B, [B1, B2], "S4", "19:25:00", fixed=True),
                  finals_rec(G7A, [A1, A2, B1, B2], "S4", "19:25:00", empty=(B1, B2)),
                  finals_rec(G8V, [V1, V2], "S4", "19:25:00"),
                  person_finals_rec(V3, G8V, "S4", "19:26:00"),
                  person_log_rec(B1, "S4", "19:30:00")]]},
]
journey = {"vendor": "dnevnik_ru",
           "description": "Dnevnik.ru journey 39: МБОУ «Гимназия № 39», Казань (timeZone 3), 2025/26: a school reorganised "
                          "in January. 7Б is archived and merged into 7А (new English subgroups of 7А), 8В is split into 8В "
                          "and the new 8Г, 8В's English subgroups archived; December answers pulled again after the change.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
