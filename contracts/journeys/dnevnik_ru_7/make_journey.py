"""Dnevnik.ru journey 7: an integrator's first day. Лицей № 7, Новосибирск (timeZone 7) switches the hub on on
Monday 2026-11-16; the sync job backfills last school year (2025/26, class 6Б, now archived) and this year so far
(2026/27, class 7Б) through the bulk endpoints, then runs two daily incremental pulls. Standard library only;
deterministic. Ids are Python ints, so 19-digit ids are written exactly."""
import json
from pathlib import Path

S = 1000002415007
G6, G7 = 2260325488554006002, 2260325488554007002  # 6Б (2025/26, Archive), 7Б (2026/27, Active)
P1, P2, P3, P4 = 1000012800001, 1000012800002, 1000012800003, 2260325488554111004
PUPILS = {  # person: (user or None, last, first, middle, sex)
    P1: (1000011800001, "Лаптева", "Дарья", "Романовна", "Female"),
    P2: (1000011800002, "Гусев", "Матвей", "Андреевич", "Male"),
    P3: (1000011800003, "Рябов", "Тимур", "Ильич", "Male"),  # left the school after 2025/26
    P4: (None, "Киселёва", "Ева", "Павловна", "Female"),  # new in 7Б; no login yet (userId null, §1)
}
T1, T2, T3, T4, T5 = 1000012800901, 1000012800902, 1000012800903, 1000012800904, 1000012800905
TEACHERS = {  # person: (user, last, first, middle, sex)
    T1: (1000011800901, "Мельникова", "Галина", "Ивановна", "Female"),
    T2: (1000011800902, "Волков", "Дмитрий", "Андреевич", "Male"),
    T3: (1000011800903, "Соколова", "Анна", "Викторовна", "Female"),
    T4: (1000011800904, "Фёдоров", "Илья", "Сергеевич", "Male"),
    T5: (1000011800905, "Белкина", "Ирина", "Олеговна", "Female"),
}
PARENTS = {  # user: (person, last, first, middle, children)
    1000011800101: (1000012800101, "Лаптева", "Ольга", "Николаевна", [P1]),
    1000011800102: (1000012800102, "Гусева", "Марина", "Петровна", [P2]),
    2260325488554110104: (2260325488554110105, "Киселёв", "Павел", "Юрьевич", [P4]),
}
MATH, ALG, RUS, INF = 1000003800001, 1000003800002, 1000003800003, 1000003800005
INF_OLD, INF_NEW = "Информатика и ИКТ", "Информатика"  # renamed on 2026-11-18 (same subject id)
KA = {MATH: "Математика и информатика", ALG: "Математика и информатика", RUS: "Русский язык и литература",
      INF: "Математика и информатика"}
SNAME = {MATH: "Математика", ALG: "Алгебра", RUS: "Русский язык"}
WT = {4101: ("Ответ на уроке", "ОУ", 1, "DefaultNewLessonWork"), 4102: ("Контрольная работа", "КР", 3, "LessonTestWork"),
      4103: ("Домашнее задание", "ДЗ", 1, "Homework"), 4104: ("Итоговая оценка", "ИО", 0, "PeriodMark"),
      4105: ("Самостоятельная работа", "СР", 2, "CommonWork")}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:30", "12:15")}
ROOM = {MATH: "301", ALG: "305", RUS: "204", INF: "110"}
GROUPS = {G6: ("6Б", 6, 2025, "Archive", 1000006000602), G7: ("7Б", 7, 2026, "Active", 1000006000702)}

D1 = "2026-11-16T09:00:00+07:00"  # first day: backfill
D1b = "2026-11-16T11:30:00+07:00"  # first day: this year
D2 = "2026-11-17T20:00:00+07:00"  # incremental pull, day 2
D3 = "2026-11-18T20:00:00+07:00"  # incremental pull, day 3

# ---- lessons: id -> dict
L = {}


def lesson(lid, g, date, number, subj, title, teacher, works=()):
    L[lid] = dict(id=lid, g=g, date=date, number=number, subj=subj, title=title, teacher=teacher, works=list(works))


A, B = 2260325488554500000, 2260325488554600000  # lesson ids last year / this year
lesson(A + 1, G6, "2025-12-15", 1, MATH, "Отношения и пропорции", T2)
lesson(A + 2, G6, "2026-05-12", 2, MATH, "Повторение: проценты", T2)
lesson(A + 3, G6, "2026-05-12", 3, RUS, "Повторение: причастный оборот", T1)
lesson(A + 4, G6, "2026-05-14", 1, INF, "Алгоритмы с ветвлением", T4)
lesson(A + 5, G6, "2026-05-14", 4, MATH, "Итоговая контрольная работа", T2)
lesson(B + 10, G7, "2026-09-01", 1, RUS, "Русский язык как развивающееся явление", T5)
lesson(B + 1, G7, "2026-10-12", 2, ALG, "Степень с натуральным показателем", T2)
lesson(B + 2, G7, "2026-10-12", 3, INF, "Информация и её свойства", T4)
lesson(B + 3, G7, "2026-10-14", 1, RUS, "Причастие как часть речи", T5)
lesson(B + 4, G7, "2026-11-09", 2, ALG, "Одночлены", T3)  # the algebra teacher changed from 2026-11-09
lesson(B + 5, G7, "2026-11-11", 4, ALG, "Контрольная работа № 2 «Степени»", T3)
lesson(B + 6, G7, "2026-11-13", 3, INF, "Файловая система", T4)
lesson(B + 7, G7, "2026-11-16", 2, ALG, "Многочлены", T3)
lesson(B + 8, G7, "2026-11-17", 1, RUS, "Действительные и страдательные причастия", T5)
lesson(B + 9, G7, "2026-11-18", 3, INF, "Архивация файлов", T4)
lesson(B + 11, G7, "2026-11-19", 2, ALG, "Сложение и вычитание многочленов", T3)  # moved on day 3
MOVED = {B + 11: ("2026-11-20", 1)}  # the teacher moved Thursday's algebra to Friday, lesson 1

# ---- works: id -> dict (lesson works; a homework's text and targetDate)
W = {}
WK = 2260325488554700000


def work(wid, lid, wtype, kind, text="", target=None, mark_count=1, files=()):
    W[wid] = dict(id=wid, lesson=lid, wt=wtype, kind=kind, text=text, target=target, mark_count=mark_count,
                  files=list(files))
    L[lid]["works"].append(wid)


for i, lid in enumerate(sorted(L), start=1):  # every lesson has its default work
    work(WK + i, lid, 4101, "DefaultNewLessonWork")
work(WK + 101, A + 2, 4103, "Homework", "№ 1012, 1015; повторить правило нахождения процента от числа", "2026-05-14")
work(WK + 102, A + 3, 4103, "Homework", "Упр. 312; выучить правило обособления причастного оборота", "2026-05-15",
     files=[1000020800001])
work(WK + 103, A + 5, 4102, "LessonTestWork")
work(WK + 104, A + 4, 4105, "CommonWork")
work(WK + 201, B + 5, 4102, "LessonTestWork")  # deleted by the teacher on 2026-11-18 with its marks
work(WK + 202, B + 7, 4103, "Homework", "№ 612, 615 (а, б)", "2026-11-18")
work(WK + 203, B + 8, 4103, "Homework", "Упр. 98, 101", "2026-11-19")
work(WK + 105, B + 2, 4105, "CommonWork")  # deleted on day 3; its marks only in October's answers
work(WK + 204, B + 2, 4103, "Homework", "§ 1, вопросы 1–4 письменно", "2026-10-19")
DELETED_WORK = WK + 201
DELETED_SR = WK + 105
FILES = {1000020800001: "Причастный оборот — памятка.pdf"}


def dw(lid):  # the default work of a lesson
    return next(w for w in L[lid]["works"] if W[w]["kind"] == "DefaultNewLessonWork")


# ---- marks: id -> dict
M = {}
MK = 2260325488554800000


def mark(n, p, wid, value, date, counts=True, mtype="mark5"):
    w = W[wid]
    M[MK + n] = dict(id=MK + n, p=p, work=wid, lesson=w["lesson"], value=value, date=date, wt=w["wt"], counts=counts,
                     type=mtype)


mark(1, P1, dw(A + 1), "3", "2025-12-15T10:02:11.5")
mark(2, P1, dw(A + 2), "5", "2026-05-12T10:05:40.21")
mark(3, P2, dw(A + 2), "4-", "2026-05-12T10:06:02.7")
mark(4, P3, dw(A + 2), "3", "2026-05-12T10:06:30.03")
mark(5, P3, dw(A + 3), "4+", "2026-05-12T11:20:00.9")
mark(6, P1, WK + 103, "4", "2026-05-15T06:10:00.4")  # set the next morning: filed under its lesson (2026-05-14)
mark(7, P2, WK + 103, "5", "2026-05-15T06:10:10.4")
mark(8, P3, WK + 103, "2", "2026-05-15T06:10:20.4")
mark(9, P1, WK + 104, "5", "2026-05-14T09:20:00.12")
mark(10, P2, WK + 104, "4", "2026-05-14T09:20:05.1", counts=False)
mark(11, P1, dw(B + 1), "5", "2026-10-12T10:11:00.5")
mark(12, P4, dw(B + 1), "4", "2026-10-12T10:11:09.25")
mark(13, P2, dw(B + 2), "3", "2026-10-12T11:16:00.8")
mark(14, P4, dw(B + 3), "5", "2026-10-14T09:14:00.01")
mark(15, P2, dw(B + 4), "4", "2026-11-09T10:09:00.3")
mark(16, P1, DELETED_WORK, "5", "2026-11-12T17:30:00.5")
mark(17, P2, DELETED_WORK, "3", "2026-11-12T17:30:10.5")
mark(18, P4, DELETED_WORK, "4", "2026-11-12T17:30:20.5")
mark(19, P4, dw(B + 5), "5", "2026-11-11T12:10:00.7")  # the default work's mark stays
mark(20, P1, dw(B + 6), "4", "2026-11-13T11:10:00.6")
mark(21, P4, dw(B + 7), "3", "2026-11-16T10:08:00.2")
mark(22, P2, dw(B + 8), "5", "2026-11-17T09:10:00.2")
mark(23, P1, dw(B + 9), "5", "2026-11-18T11:12:00.4")
mark(24, P1, DELETED_SR, "2", "2026-10-12T11:15:00.3")
mark(25, P4, DELETED_SR, "3", "2026-10-12T11:15:09.3")

# ---- attendance: (lesson, person) -> (status, comment, created)
LOG = {
    (A + 2, P1): ("Attend", "", "2026-05-12T09:30:01.2"), (A + 2, P3): ("Attend", "", "2026-05-12T09:30:01.3"),
    (A + 3, P2): ("Absent", "", "2026-05-12T10:31:40.5"),
    (A + 4, P3): ("Ill", "справка", "2026-05-14T08:40:00.1"),
    (A + 5, P1): ("Late", "опоздал на 10 минут", "2026-05-14T11:41:00.7"),
    (A + 5, P2): ("Pass", "олимпиада по математике", "2026-05-14T11:31:00.7"),
    (B + 1, P2): ("Ill", "ОРВИ", "2026-10-12T09:26:00.3"),
    (B + 3, P1): ("Absent", "", "2026-10-14T08:33:00.3"),
    (B + 7, P1): ("Late", "", "2026-11-16T09:31:00.2"),
    (B + 7, P4): ("Attend", "", "2026-11-16T09:26:00.2"),
    (B + 9, P2): ("Pass", "соревнования по плаванию", "2026-11-18T10:31:00.2"),
}
MEMBERS = {G6: [P1, P2, P3], G7: [P1, P2, P4]}

PERIODS = {  # group: [(id, start, finish, number, type, name, year)]
    G6: [(1000007800601, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть", 2025),
         (1000007800602, "2025-11-05", "2025-12-26", 2, "Quarter", "2 четверть", 2025),
         (1000007800603, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть", 2025),
         (1000007800604, "2026-03-30", "2026-05-29", 4, "Quarter", "4 четверть", 2025),
         (1000007800605, "2025-09-01", "2026-05-29", 1, "Year", "Год", 2025)],
    G7: [(1000007800701, "2026-09-01", "2026-10-23", 1, "Quarter", "1 четверть", 2026),
         (1000007800702, "2026-11-03", "2026-12-25", 2, "Quarter", "2 четверть", 2026),
         (1000007800703, "2027-01-11", "2027-03-19", 3, "Quarter", "3 четверть", 2026),
         (1000007800704, "2027-03-29", "2027-05-28", 4, "Quarter", "4 четверть", 2026),
         (1000007800705, "2026-09-01", "2027-05-28", 1, "Year", "Год", 2026)],
}
HOLIDAYS = {
    G6: [(501, "2025-10-25", "2025-11-04", "Осенние каникулы"), (502, "2025-12-27", "2026-01-11", "Зимние каникулы"),
         (503, "2026-03-21", "2026-03-29", "Весенние каникулы")],
    G7: [(601, "2026-10-24", "2026-11-02", "Осенние каникулы"), (602, "2026-12-26", "2027-01-10", "Зимние каникулы"),
         (603, "2027-03-20", "2027-03-28", "Весенние каникулы")],
}
FINALS = {  # (group, period id): {person: {subject: value}}
    (G6, 1000007800604): {P1: {MATH: "5", RUS: "4", INF: "5"}, P2: {MATH: "4", RUS: "3", INF: "4"},
                          P3: {MATH: "3", RUS: "4", INF: "3"}},
    (G6, 1000007800605): {P1: {MATH: "5", RUS: "4", INF: "5"}, P2: {MATH: "4", RUS: "4", INF: "4"},
                          P3: {MATH: "3", RUS: "4", INF: "4"}},
    (G7, 1000007800701): {P1: {ALG: "5", RUS: "4", INF: "5"}, P2: {ALG: "4", RUS: "4", INF: "3"},
                          P4: {ALG: "4", RUS: "5", INF: "4"}},
}
AVG = {P1: {MATH: "4.33", RUS: "4.10"}, P2: {MATH: "4.50", RUS: "3.57"}, P3: {MATH: "2.75", RUS: "4"}}


# ---- shapes (§3, §8)
def ids(key, value):
    return {key: value, key + "_str": None if value is None else str(value)}


def subject(sid, name):
    return {**ids("id", sid), "name": name, "knowledgeArea": KA[sid], "fgosSubjectId": None}


def sname(sid, inf):
    return inf if sid == INF else SNAME[sid]


def work_obj(wid):
    w, l = W[wid], L[W[wid]["lesson"]]
    return {**ids("id", wid), "type": w["kind"], "workType": w["wt"], "markType": "mark5",
            "markCount": w["mark_count"], **ids("lesson", w["lesson"]), "displayInJournal": w["kind"] != "Homework",
            "status": "Sent", **ids("eduGroup", l["g"]), "tasks": [], "text": w["text"], "periodNumber": None,
            "periodType": None, "subjectId": l["subj"], "isImportant": w["kind"] == "LessonTestWork",
            "targetDate": (w["target"] or l["date"]) + "T00:00:00",
            "sentDate": l["date"] + "T15:00:00.5" if w["kind"] == "Homework" else None,
            "createdBy": l["teacher"], "files": w["files"], "oneDriveLinks": []}


def time_of(lid):
    return BELLS[L[lid]["number"]][0] + ":00"


def lesson_obj(lid, inf=INF_OLD, works=None, moved=False):
    l = dict(L[lid])
    if moved and lid in MOVED:
        l["date"], l["number"] = MOVED[lid]
    ws = [w for w in l["works"] if works is None or w in works]
    return {**ids("id", lid), "title": l["title"], "date": f"{l['date']}T{BELLS[l['number']][0]}:00",
            "number": l["number"], "subject": subject(l["subj"], sname(l["subj"], inf)), "group": l["g"], "status": "Conducted",
            "resultPlaceId": 0, "works": [work_obj(w) for w in ws],
            "teachers": [l["teacher"]], "teachers_str": [str(l["teacher"])]}


def flat_lesson(lid):  # schedules / homeworks bundles (§3.4)
    l = L[lid]
    b = BELLS[l["number"]]
    return {"id": lid, "title": l["title"], "date": f"{l['date']}T{time_of(lid)}", "number": l["number"],
            "subjectId": l["subj"], "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
            "place": ROOM[l["subj"]], "floor": ROOM[l["subj"]][0], "hours": f"{b[0]} - {b[1]}",
            "works": l["works"], "teachers": [l["teacher"]]}


def mark_obj(mid):
    m = M[mid]
    return {**ids("id", mid), "type": m["type"], "value": m["value"], "textValue": m["value"], **ids("person", m["p"]),
            **ids("work", m["work"]), **ids("lesson", m["lesson"]), "number": 0, "date": m["date"], "workType": m["wt"],
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[m["value"][0]], "use_avg_calc": m["counts"]}


def log_obj(lid, p):
    status, comment, created = LOG[(lid, p)]
    return {**ids("person", p), **ids("lesson", lid), "comment": comment, "status": status, "createdDate": created}


def person_obj(p, user, last, first, middle, sex):
    return {**ids("id", p), **ids("userId", user), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def user_obj(user, p, last, first, middle, sex, roles):
    return {**ids("id", user), **ids("personId", p), "name": f"{first} {last}", "email": None, "login": None,
            "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}", "firstName": first,
            "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "locale": "ru-RU", "timezone": "+7:00", "sex": sex, "photoSmall": None, "photoMedium": None,
            "photoLarge": None, "birthday": None, "roles": roles, "phone": ""}


def group_obj(g):
    name, parallel, year, status, tt = GROUPS[g]
    return {**ids("id", g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": parallel, **ids("timetable", tt), "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": None}


def period_obj(t):
    pid, start, finish, number, ptype, name, year = t
    return {**ids("id", pid), "start": start + "T00:00:00", "finish": finish + "T00:00:00", "number": number,
            "type": ptype, "name": name, "year": year}


def worktype_obj(wt, embedded=False):
    title, abbr, weight, kind = WT[wt]
    if embedded:  # bundles: no weight (§3.3)
        return {"id": wt, "schoolId": S, "abbreviation": abbr, "name": title, "isFinal": kind == "PeriodMark",
                "isImportant": kind == "LessonTestWork", "kindId": wt - 4100, "kind": kind}
    return {**ids("id", wt), "schoolId": S, "kindId": wt - 4100, "kind": kind, "title": title, "abbr": abbr,
            "weight": weight}


def finals_obj(g, pid):
    out = []
    for p, subj in FINALS[(g, pid)].items():
        per = []
        for k, (sid, value) in enumerate(subj.items()):
            fid = 2260325488554900000 + (pid % 1000) * 100 + (p % 100) * 10 + k
            per.append({**ids("subject", sid), "final-mark": {
                **ids("id", fid), "type": "mark5", "value": value, "textValue": value, **ids("person", p),
                **ids("work", 2260325488554990000 + (pid % 1000) * 10 + k), "lesson": None, "lesson_str": None,
                "number": 0, "date": ("2026-05-27T16:00:00.5" if g == G6 else "2026-10-23T16:00:00.5"),
                "workType": 4104, "mood": "Good", "use_avg_calc": False}})
        out.append({**ids("person", p), **ids("group", g), **ids("reportingPeriod", pid),
                    "per-subject-final-marks": per})
    return out


def in_range(date, a, b):
    return a <= date <= b


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


def marks_where(pred):
    return [mark_obj(m) for m in sorted(M) if pred(M[m])]


def lessons_in(g, a, b):
    return sorted(lid for lid in L if L[lid]["g"] == g and in_range(L[lid]["date"], a, b))


def schedules(p, g, a, b, pulled_days, inf, deleted=()):
    days = []
    import datetime as dt
    day = dt.date.fromisoformat(a)
    while day.isoformat() <= b:
        d = day.isoformat()
        ls = [lid for lid in lessons_in(g, d, d)]
        ws = [w for lid in ls for w in L[lid]["works"] if w not in deleted]
        days.append({"date": d + "T00:00:00", "lessons": [dict(flat_lesson(lid), works=[w for w in L[lid]["works"]
                                                                                           if w not in deleted])
                                                          for lid in ls],
                     "marks": [mark_obj(m) for m in sorted(M) if M[m]["p"] == p and M[m]["lesson"] in ls
                               and M[m]["work"] not in deleted],
                     "works": [work_obj(w) for w in ws],
                     "homeworks": [work_obj(w) for w in ws if W[w]["kind"] == "Homework"],
                     "subjects": [{"id": s, "name": sname(s, inf), "knowledgeAreaId": 1}
                                  for s in sorted({L[lid]["subj"] for lid in ls})],
                     "workTypes": [worktype_obj(t, embedded=True) for t in sorted({W[w]["wt"] for w in ws})],
                     "lessonLogEntries": [log_obj(lid, q) for (lid, q) in sorted(LOG) if q == p and lid in ls],
                     "teachers": [person_obj(t, *TEACHERS[t]) for t in sorted({L[lid]["teacher"] for lid in ls})],
                     "nextDate": (day + dt.timedelta(days=1)).isoformat() + "T00:00:00"})
        day += dt.timedelta(days=1)
    return {"days": days}


def homeworks_bundle(a, b, inf):
    ws = sorted(w for w in W if W[w]["kind"] == "Homework" and in_range(L[W[w]["lesson"]]["date"], a, b))
    ls = sorted({W[w]["lesson"] for w in ws})
    return {"works": [work_obj(w) for w in ws],
            "subjects": [{"id": s, "name": sname(s, inf), "knowledgeAreaId": 1} for s in sorted({L[l]["subj"] for l in ls})],
            "lessons": [flat_lesson(l) for l in ls],
            "files": [{**ids("id", f), "name": FILES[f], "typeGroup": "Document", "type": "pdf",
                       "pageUrl": f"https://dnevnik.ru/file/{f}", "downloadUrl": f"https://dnevnik.ru/file/{f}/download",
                       "user": None, "size": 48213, "vote": None, "uploadedDate": "2026-05-12T15:01:00",
                       "storageType": "Dnevnik"} for w in ws for f in W[w]["files"]],
            "teachers": [person_obj(t, *TEACHERS[t]) for t in sorted({L[l]["teacher"] for l in ls})]}


def context(user):
    p, last, first, middle, kids = PARENTS[user]
    return {**ids("userId", user), **ids("personId", p), "shortName": f"{last} {first[0]}. {middle[0]}.",
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МБОУ «Лицей № 7»", "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": k, "firstName": PUPILS[k][2], "lastName": PUPILS[k][1],
                          "middleName": PUPILS[k][3], "shortName": f"{PUPILS[k][1]} {PUPILS[k][2][0]}.",
                          "schoolIds": [S], "groupIds": [G7]} for k in kids], "splitId": None}


def main():
    steps = []
    school = {**ids("id", S), "name": "МБОУ «Лицей № 7»", "fullName": "Муниципальное бюджетное общеобразовательное "
              "учреждение города Новосибирска «Лицей № 7»", "avatarSmall": None, "city": "Новосибирск",
              "municipality": "Новосибирск", "regionid": 54, "markType": "mark5", "timeZone": 7, "uses_avg": True,
              "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": None, "tsoRegionTreePath": "54."}
    all_users = sorted([v[0] for v in TEACHERS.values()] + [v[0] for v in PUPILS.values() if v[0]])

    # 1. roster: the job starts from the groups the token's school shows, then people
    roster = [
        rec(f"GET /v2/schools/{S}", school, D1),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G7)], D1),
        rec("POST /v2/edu-groups", [{"group": group_obj(G7), "students": [
            {"person": p, "person_str": str(p), "membershipstatus": "Active"} for p in MEMBERS[G7]]}], D1, [G7]),
        rec(f"GET /v2/persons/{P1}/edu-groups/all", [group_obj(G7), group_obj(G6)], D1),
        rec(f"GET /v2/persons/{P3}/edu-groups/all", [group_obj(G6)], D1),
        rec(f"GET /v2/edu-groups/{G6}", group_obj(G6), D1),
        rec(f"GET /v2/edu-groups/{G6}/persons?includeArchive=true",
            [person_obj(p, *PUPILS[p]) for p in MEMBERS[G6]], D1),
        rec("POST /v2/users/many", [user_obj(u, p, last, first, mid, sex, ["EduStaff"])
                                    for p, (u, last, first, mid, sex) in sorted(TEACHERS.items())]
            + [user_obj(u, p, last, first, mid, sex, ["EduStudent"])
               for p, (u, last, first, mid, sex) in sorted(PUPILS.items()) if u], D1, all_users),
        rec(f"GET /v2/edu-groups/{G6}/classteacher", person_obj(T1, *TEACHERS[T1]), D1),
        rec(f"GET /v2/edu-groups/{G7}/classteacher", person_obj(T2, *TEACHERS[T2]), D1),
    ] + [rec(f"GET /v2/users/{u}/context", context(u), D1) for u in sorted(PARENTS)]
    steps.append({"name": "1 first day 09:00: the school, its groups (7Б by POST edu-groups; 6Б archived, through a "
                          "pupil's groups/all and persons?includeArchive=true), users/many, class teachers, parents",
                  "batches": [roster]})

    # 2. last year's backfill, one large batch, marks and attendance by person range BEFORE the lessons and works
    #    they name (the job collects lesson and work ids from the marks, then asks lessons/many and works/many),
    #    work types and periods at the end
    ly = []
    for p in MEMBERS[G6]:
        ly.append(rec(f"GET /v2/persons/{p}/schools/{S}/marks/2025-09-01/2026-05-31",
                      marks_where(lambda m: m["p"] == p and L[m["lesson"]]["g"] == G6), D1))
    for p in MEMBERS[G6]:
        ly.append(rec(f"GET /v2/persons/{p}/lesson-log-entries?startDate=2025-09-01&endDate=2026-05-31",
                      [log_obj(lid, q) for (lid, q) in sorted(LOG) if q == p and L[lid]["g"] == G6], D1))
    ly_lessons = lessons_in(G6, "2025-09-01", "2026-05-31")
    ly.append(rec("POST /v2/lessons/many", [lesson_obj(lid) for lid in ly_lessons], D1, ly_lessons))
    ly_works = sorted(w for lid in ly_lessons for w in L[lid]["works"])
    ly.append(rec("POST /v2/works/many", [work_obj(w) for w in ly_works], D1, ly_works))
    ly.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-05-11&endDate=2026-05-17",
                  homeworks_bundle("2026-05-11", "2026-05-17", INF_OLD), D1))
    ly.append(rec(f"GET /v2/persons/{P3}/groups/{G6}/schedules?startDate=2026-05-11&endDate=2026-05-15",
                  schedules(P3, G6, "2026-05-11", "2026-05-15", None, INF_OLD), D1))
    ly.append(rec(f"GET /v2/edu-groups/{G6}/final-marks",
                  finals_obj(G6, 1000007800604) + finals_obj(G6, 1000007800605), D1))
    ly.append(rec(f"GET /v2/edu-groups/{G6}/avg-marks/2025-09-01/2026-05-29",
                  [{**ids("person", p), "per-subject-averages": [{**ids("subject", s), "avg-mark-value": v}
                                                                 for s, v in AVG[p].items()]} for p in AVG], D1))
    ly.append(rec(f"GET /v2/edu-groups/{G6}/reporting-periods", [period_obj(t) for t in PERIODS[G6]], D1))
    ly.append(rec(f"GET /v2/edu-groups/{G6}/reporting-period-group",
                  {"id": 1000007900602, "reportingPeriods": [period_obj(t) for t in PERIODS[G6]],
                   "holidays": [{"id": h, "reportingPeriodGroupId": 1000007900602, "dateStart": a + "T00:00:00",
                                 "dateFinish": b + "T00:00:00", "name": n, "description": ""}
                                for h, a, b, n in HOLIDAYS[G6]]}, D1))
    ly.append(rec(f"GET /v2/work-types/{S}", [worktype_obj(t) for t in sorted(WT)], D1))
    steps.append({"name": "2 first day 09:00: last year (2025/26) in one batch: person ranges of marks and log entries, "
                          "then lessons/many and works/many for the ids they name, the homework bundle, the leaver's "
                          "schedules, final marks, avg-marks, periods and holidays, work types last",
                  "batches": [ly]})

    # 3. this year so far: 30-day chunks of the group ranges, two batches mixing families
    chunks = [("2026-09-01", "2026-09-30"), ("2026-10-01", "2026-10-30"), ("2026-10-31", "2026-11-29")]
    b1, b2 = [], []
    for a, b in chunks:
        b1.append(rec(f"GET /v2/edu-groups/{G7}/lessons/{a}/{b}",
                      [lesson_obj(lid) for lid in lessons_in(G7, a, min(b, "2026-11-16"))], D1b))
        b1.append(rec(f"GET /v2/edu-groups/{G7}/marks/{a}/{b}",
                      marks_where(lambda m: L[m["lesson"]]["g"] == G7 and in_range(L[m["lesson"]]["date"], a,
                                                                                       min(b, "2026-11-16"))), D1b))
    for s in (ALG, RUS, INF):
        b2.append(rec(f"GET /v2/lesson-log-entries/group/{G7}?subject={s}&from=2026-09-01&to=2026-11-16",
                      [log_obj(lid, q) for (lid, q) in sorted(LOG) if L[lid]["g"] == G7 and L[lid]["subj"] == s
                       and L[lid]["date"] <= "2026-11-16"], D1b))
    for p in MEMBERS[G7]:
        b2.append(rec(f"GET /v2/persons/{p}/schools/{S}/marks/2026-09-01/2026-11-16",
                      marks_where(lambda m: m["p"] == p and L[m["lesson"]]["g"] == G7
                                  and L[m["lesson"]]["date"] <= "2026-11-16"), D1b))
    b2.append(rec(f"GET /v2/edu-groups/{G7}/reporting-periods", [period_obj(t) for t in PERIODS[G7]], D1b))
    b2.append(rec(f"GET /v2/edu-groups/{G7}/reporting-period-group",
                  {"id": 1000007900702, "reportingPeriods": [period_obj(t) for t in PERIODS[G7]],
                   "holidays": [{"id": h, "reportingPeriodGroupId": 1000007900702, "dateStart": a + "T00:00:00",
                                 "dateFinish": b + "T00:00:00", "name": n, "description": ""}
                                for h, a, b, n in HOLIDAYS[G7]]}, D1b))
    b2.append(rec(f"GET /v2/edu-groups/{G7}/final-marks", finals_obj(G7, 1000007800701), D1b))
    steps.append({"name": "3 first day 11:30: this year (2026/27) so far: lessons and marks of 7Б in 30-day chunks "
                          "(the last chunk runs past today), log entries per subject, each pupil's marks range, "
                          "periods, holidays, the first quarter's final marks",
                  "batches": [b1, b2]})

    # 4. day 2 incremental; the algebra teacher corrected Киселёва's October mark 4 -> 4+ on day 2
    M[MK + 12]["value"] = "4+"
    d2 = [rec(f"GET /v2/edu-groups/{G7}/lessons/2026-11-16/2026-11-22",
              [lesson_obj(lid) for lid in lessons_in(G7, "2026-11-16", "2026-11-17") + [B + 11]], D2),
          rec(f"GET /v2/persons/{P4}/group/{G7}/recentmarks",
              {"marks": [mark_obj(m) for m in sorted(M) if M[m]["p"] == P4 and L[M[m]["lesson"]]["g"] == G7],
               "criteriabasedmarks": [],
               "works": [work_obj(w) for w in sorted({M[m]["work"] for m in M if M[m]["p"] == P4
                                                      and L[M[m]["lesson"]]["g"] == G7})],
               "subjects": [{"id": s, "name": sname(s, INF_OLD), "knowledgeAreaId": 1} for s in (ALG, RUS, INF)],
               "workTypes": [worktype_obj(t, embedded=True) for t in (4101, 4102)],
               "lessons": [flat_lesson(lid) for lid in sorted({M[m]["lesson"] for m in M if M[m]["p"] == P4
                                                               and L[M[m]["lesson"]]["g"] == G7})],
               "lessonLogEntries": []}, D2),
          rec(f"GET /v2/edu-groups/{G7}/marks/2026-10-31/2026-11-29",
              marks_where(lambda m: L[m["lesson"]]["g"] == G7 and in_range(L[m["lesson"]]["date"], "2026-10-31",
                                                                            "2026-11-17")), D2),
          rec(f"GET /v2/lessons/{B + 8}/log-entries", [], D2)]
    steps.append({"name": "4 day 2 20:00: this week's lessons, the marks chunk again, a pupil's recentmarks, "
                          "an empty log of a lesson with no absences", "batches": [d2]})

    # 5. day 3 incremental: subject renamed, the algebra test deleted with its marks, class teacher changed
    L[B + 11]["date"], L[B + 11]["number"] = MOVED[B + 11]  # moved between the day-2 and day-3 pulls
    W[WK + 202]["text"] = "№ 612, 615 (а, б), 618 — письменно"  # the homework was edited on day 3
    deleted = {DELETED_WORK, DELETED_SR}
    asked = sorted(L[B + 2]["works"] + L[B + 5]["works"])
    d3 = [rec(f"GET /v2/schools/{S}/subjects", [subject(s, sname(s, INF_NEW)) for s in (ALG, RUS, INF)], D3),
          rec(f"GET /v2/edu-groups/{G7}/lessons/2026-11-16/2026-11-22",
              [lesson_obj(lid, INF_NEW, moved=True) for lid in lessons_in(G7, "2026-11-16", "2026-11-18") + [B + 11]], D3),
          rec(f"GET /v2/edu-groups/{G7}/marks/2026-10-31/2026-11-29",
              marks_where(lambda m: L[m["lesson"]]["g"] == G7 and m["work"] not in deleted
                          and in_range(L[m["lesson"]]["date"], "2026-10-31", "2026-11-18")), D3),
          rec("POST /v2/works/many", [work_obj(w) for w in asked if w not in deleted], D3, asked),
          rec(f"GET /v2/lessons/{B + 2}/works", [work_obj(w) for w in sorted(L[B + 2]["works"]) if w not in deleted],
              D3),
          rec(f"GET /v2/lessons/{B + 5}/works", [work_obj(w) for w in sorted(L[B + 5]["works"]) if w not in deleted],
              D3),
          rec(f"GET /v2/lesson-log-entries/group/{G7}?subject={INF}&from=2026-11-16&to=2026-11-22",
              [log_obj(lid, q) for (lid, q) in sorted(LOG) if lid == B + 9], D3),
          rec(f"GET /v2/persons/{P1}/groups/{G7}/schedules?startDate=2026-11-16&endDate=2026-11-20",
              schedules(P1, G7, "2026-11-16", "2026-11-20", None, INF_NEW, deleted), D3),
          rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-16&endDate=2026-11-22",
              homeworks_bundle("2026-11-16", "2026-11-22", INF_NEW), D3),
          rec(f"GET /v2/lessons/{B + 1}/log-entries", [log_obj(B + 1, q) for (lid, q) in sorted(LOG)
                                                        if lid == B + 1 and q != P2], D3),  # P2's Ill deleted
          rec(f"GET /v2/lessons/{B + 3}/log-entries",
              [dict(log_obj(B + 3, P1), status="Attend", comment="ошибочно отмечена отсутствующей")], D3),
          rec(f"GET /v2/edu-groups/{G7}/classteacher", person_obj(T3, *TEACHERS[T3]), D3)]
    steps.append({"name": "5 day 3 20:00: the subjects list (Информатика и ИКТ renamed Информатика), this week's "
                          "lessons, the marks chunk without the deleted test's marks, works/many and lessons/{l}/works "
                          "without the test, a pupil's schedules, the homework bundle, the new class teacher",
                  "batches": [d3]})

    journey = {"vendor": "dnevnik_ru",
               "description": "An integrator's first day: Лицей № 7 (Новосибирск, UTC+7) backfills 2025/26 (6Б, "
                              "archived) and 2026/27 (7Б) through bulk endpoints, then two daily pulls",
               "steps": steps}
    (Path(__file__).parent / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")


if __name__ == "__main__":
    main()
