"""Write journey.json: Dnevnik.ru journey 11, "lessons that move and change hands" (class 8В, 2026-04-06..17).

Standard library only, deterministic. Every name, id and text is invented. Shapes follow
/work/shared/reference/dnevnik_ru.md (cited §N); the request envelope follows the hub README ("The vendor adapters").
"""
import json
from pathlib import Path

HERE = Path(__file__).parent

SCHOOL = 1000002511011
G = 2260325488511000801            # class 8В
S_ALG, S_RUS, S_PHY = 1000003511001, 1000003511002, 1000003511003
SUBJ = {S_ALG: ("Алгебра", "Математика и информатика"), S_RUS: ("Русский язык", "Филология"),
        S_PHY: ("Физика", "Естественные науки")}
P1, P2, P3 = 1000012511001, 1000012511002, 2260325488511100003
PUPILS = [P1, P2, P3]
PARENT_P, PARENT_U = 1000012511101, 1000011511101
T_ALG, T_RUS, T_PHY, T_SUB = 1000012511901, 1000012511902, 1000012511903, 1000012511904
TEACHER_OF = {S_ALG: T_ALG, S_RUS: T_RUS, S_PHY: T_PHY}
ROOM_OF = {S_ALG: "214", S_RUS: "108", S_PHY: "301"}
WT_ANSWER, WT_TEST, WT_SELF, WT_HOME = 5101, 5102, 5103, 5104
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:25", "12:10")}


def s(v):
    return None if v is None else str(v)


def at(day, hour="20:00"):
    return f"2026-04-{day:02d}T{hour}:00+03:00"


# --- lessons: (id, day of April, number, subject, title) -------------------------------------------------------
L = {}


def lesson(lid, day, number, subject, title, teacher=None, room=None):
    L[lid] = dict(id=lid, day=day, number=number, subject=subject, title=title,
                  teacher=teacher or TEACHER_OF[subject], room=room or ROOM_OF[subject])


BASE = 2260325488511300000
lesson(BASE + 101, 6, 1, S_ALG, "Системы линейных уравнений")
lesson(BASE + 102, 6, 2, S_RUS, "Причастный оборот")
lesson(BASE + 103, 7, 1, S_PHY, "Закон Ома для участка цепи")
lesson(BASE + 104, 7, 2, S_ALG, "Метод подстановки")          # moved to Thu 9 #3 on Wednesday
lesson(BASE + 105, 8, 1, S_RUS, "Деепричастный оборот")
lesson(BASE + 106, 8, 2, S_PHY, "Работа электрического тока")  # substitute teacher
lesson(BASE + 107, 9, 1, S_PHY, "Мощность электрического тока")  # room 301 -> 118
lesson(BASE + 108, 9, 2, S_RUS, "Обособленные обстоятельства")
lesson(BASE + 109, 9, 4, S_ALG, "Метод алгебраического сложения")
lesson(BASE + 110, 10, 1, S_ALG, "Самостоятельная работа: системы уравнений")
lesson(BASE + 111, 10, 2, S_RUS, "Сравнительный оборот")       # held, deleted, then restored
lesson(BASE + 201, 13, 1, S_ALG, "Решение задач с помощью систем")
lesson(BASE + 202, 13, 2, S_PHY, "Закон Джоуля — Ленца")
lesson(BASE + 203, 14, 1, S_RUS, "Сочинение-рассуждение")
lesson(BASE + 204, 14, 2, S_RUS, "Сочинение-рассуждение (продолжение)")  # retitled on Thursday
lesson(BASE + 205, 14, 3, S_PHY, "Электрический ток в металлах")
lesson(BASE + 206, 15, 1, S_ALG, "Графический способ решения систем")   # deleted by omission
lesson(BASE + 207, 15, 2, S_PHY, "Магнитное поле прямого тока")
lesson(BASE + 208, 16, 1, S_RUS, "Уточняющие члены предложения")          # deleted, then restored
lesson(BASE + 209, 16, 2, S_ALG, "Системы уравнений: повторение")
lesson(BASE + 210, 17, 1, S_PHY, "Электромагниты и их применение")
lesson(BASE + 211, 17, 2, S_ALG, "Контрольная работа № 6")
MOVED, SUBST, ROOMCH, DROPPED, RESTORED, RETITLED = BASE + 104, BASE + 106, BASE + 107, BASE + 206, BASE + 208, BASE + 204
HELD = BASE + 111
SHIFTED = BASE + 209  # Thursday 16 #2 -> Friday 17 #3, seen only in the schedules bundles

# works: default lesson work per lesson (4xxxxx), homework per some lessons (6xxxxx)
WBASE, HBASE = 2260325488511400000, 2260325488511600000
HOMEWORK = {  # lesson -> (text, due day)
    MOVED: ("№ 615, 618 (а, б); повторить метод подстановки", 13),
    BASE + 109: ("№ 630 (в, г)", 14),
    RETITLED: ("Сочинение по тексту К. Г. Паустовского «Корзина с еловыми шишками»", 21),
    DROPPED: ("№ 640, 641; построить графики в тетради", 17),
    RESTORED: ("Упр. 312 (письменно), выделить уточняющие члены", 20),
    HELD: ("Упр. 287; выписать 5 сравнительных оборотов из стихотворений", 13),
}
WORKTYPE_OF = {BASE + 110: WT_SELF, BASE + 211: WT_TEST}


def lesson_date(l, hour=True):
    return f"2026-04-{l['day']:02d}T{BELLS[l['number']][0]}:00" if hour else f"2026-04-{l['day']:02d}T00:00:00"


def work(l, kind="default"):
    lid = l["id"]
    if kind == "default":
        wid, wtype, wt, text = WBASE + lid - BASE, "DefaultNewLessonWork", WORKTYPE_OF.get(lid, WT_ANSWER), ""
        target, sent, tasks = lesson_date(l, False), None, []
        if wt == WT_SELF:
            wtype = "CommonWork"
        if wt == WT_TEST:
            wtype = "LessonTestWork"
    else:
        wid, wtype, wt = HBASE + lid - BASE, "Homework", WT_HOME
        text, due = HOMEWORK[lid]
        target, sent = f"2026-04-{due:02d}T00:00:00", f"{lesson_date(l, False)[:10]}T{BELLS[l['number']][1]}:31.2"
        tasks = [{"id": 2260325488511800000 + (lid - BASE) * 10 + i, "id_str": str(2260325488511800000 + (lid - BASE) * 10 + i),
                  "person": p, "person_str": str(p), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": target} for i, p in enumerate(PUPILS)]
    return {"id": wid, "id_str": str(wid), "type": wtype, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lid, "lesson_str": str(lid), "displayInJournal": kind == "default", "status": "Sent",
            "eduGroup": G, "eduGroup_str": str(G), "tasks": tasks, "text": text, "periodNumber": 4,
            "periodType": "Quarter", "subjectId": l["subject"], "isImportant": wt == WT_TEST, "targetDate": target,
            "sentDate": sent, "createdBy": TEACHER_OF[l["subject"]], "files": [], "oneDriveLinks": []}


def works_of(l):
    return [work(l)] + ([work(l, "homework")] if l["id"] in HOMEWORK else [])


def entity(l):
    """§3.4 entity shape (edu-groups/{g}/lessons, lessons/{id}, lessons/many)."""
    name, area = SUBJ[l["subject"]]
    return {"id": l["id"], "id_str": str(l["id"]), "title": l["title"], "date": lesson_date(l), "number": l["number"],
            "subject": {"id": l["subject"], "id_str": str(l["subject"]), "name": name, "knowledgeArea": area,
                        "fgosSubjectId": None},
            "group": G, "status": "Conducted", "resultPlaceId": 0, "works": works_of(l),
            "teachers": [l["teacher"]], "teachers_str": [str(l["teacher"])]}


def flat(l):
    """§3.4 flattened shape inside the schedules and homework bundles (no id_str, §1)."""
    start, end = BELLS[l["number"]]
    return {"id": l["id"], "title": l["title"], "date": lesson_date(l), "number": l["number"],
            "subjectId": l["subject"], "status": "Conducted", "resultPlaceId": 0, "building": "Главный корпус",
            "place": l["room"], "floor": l["room"][0], "hours": f"{start} - {end}",
            "works": [w["id"] for w in works_of(l)], "teachers": [l["teacher"]]}


MBASE = 2260325488511500000


def mark(n, person, l, value, set_day=None, minute="50", wk=None):
    lid = l["id"]
    wid = wk or WBASE + lid - BASE
    day = set_day or l["day"]
    mood = {"5": "Good", "4": "Good", "4+": "Good", "4-": "Good", "3": "Average", "3-": "Average"}.get(value, "Bad")
    return {"id": MBASE + n, "id_str": str(MBASE + n), "type": "mark5", "value": value, "textValue": value,
            "person": person, "person_str": str(person), "work": wid, "work_str": str(wid),
            "lesson": lid, "lesson_str": str(lid), "number": 0,
            "date": f"2026-04-{day:02d}T{BELLS[l['number']][0][:2]}:{minute}:07.513",
            "workType": WORKTYPE_OF.get(lid, WT_ANSWER), "mood": mood, "use_avg_calc": True}


def log(person, l, status, comment="", day=None, minute="31"):
    return {"person": person, "person_str": str(person), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": comment, "status": status,
            "createdDate": f"2026-04-{day or l['day']:02d}T{BELLS[l['number']][0][:2]}:{minute}:02.08"}


PERSONS = {
    P1: ("Алина", "Комарова", "Сергеевна", "Female", 1000011511001),
    P2: ("Марк", "Лосев", "Дмитриевич", "Male", 1000011511002),
    P3: ("Ульяна", "Нечаева", "Игоревна", "Female", 2260325488511100002),
    T_SUB: ("Олег", "Кудрявцев", "Ильич", "Male", 1000011511904),
    T_RUS: ("Андрей", "Белов", "Петрович", "Male", 1000011511902),
}
TEACHERS = {T_ALG: ("Ирина", "Сорокина", "Павловна", "Female"), T_RUS: ("Андрей", "Белов", "Петрович", "Male"),
            T_PHY: ("Нина", "Жукова", "Олеговна", "Female")}


def person(pid):
    first, last, middle, sex, uid = PERSONS[pid]
    return {"id": pid, "id_str": str(pid), "userId": uid, "userId_str": str(uid), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def teacher_person(tid):
    first, last, middle, sex = TEACHERS[tid] if tid in TEACHERS else PERSONS[tid][:4]
    return {"id": tid, "id_str": str(tid), "userId": None, "userId_str": None, "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def pascal_teacher(tid):
    first, last, middle, sex = TEACHERS[tid]
    subject = next(k for k, v in TEACHER_OF.items() if v == tid)
    return {"Id": tid, "IdStr": str(tid), "UserId": tid - 1000000, "FirstName": first, "LastName": last,
            "MiddleName": middle, "ShortName": f"{last} {first[0]}. {middle[0]}.", "Sex": sex,
            "DateBirth": None, "Email": None, "Subjects": [{"Id": subject, "Name": SUBJ[subject][0]}],
            "HouseMaster": tid == T_RUS, "Education": "Высшее", "StartDate": "2015-09-01T00:00:00",
            "PedagogicalActivityDate": "2012-09-01T00:00:00", "TeachingStaff": True,
            "NameTeacherPosition": "Учитель"}


def schedules(pupil, days, when, marks=(), logs=()):
    out = []
    for d in days:
        ls = sorted((l for l in L.values() if l["day"] == d and l.get("live", True)), key=lambda l: l["number"])
        ids = {l["id"] for l in ls}
        out.append({"date": f"2026-04-{d:02d}T00:00:00",
                    "lessons": [flat(l) for l in ls],
                    "marks": [m for m in marks if m["lesson"] in ids],
                    "works": [w for l in ls for w in works_of(l)],
                    "homeworks": [w for l in ls for w in works_of(l) if w["type"] == "Homework"],
                    "subjects": [{"id": k, "name": SUBJ[k][0], "knowledgeAreaId": 1} for k in
                                 sorted({l["subject"] for l in ls})],
                    "workTypes": [{"id": WT_ANSWER, "schoolId": SCHOOL, "abbreviation": "ОУ", "name": "Ответ на уроке",
                                   "isFinal": False, "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"},
                                  {"id": WT_HOME, "schoolId": SCHOOL, "abbreviation": "ДЗ", "name": "Домашнее задание",
                                   "isFinal": False, "isImportant": False, "kindId": 4, "kind": "Homework"}],
                    "lessonLogEntries": [e for e in logs if e["lesson"] in ids],
                    "teachers": [teacher_person(t) for t in sorted({l["teacher"] for l in ls})],
                    "nextDate": f"2026-04-{d + 1:02d}T00:00:00"})
    start, end = days[0], days[-1]
    return {"request": f"GET /v2.0/persons/{pupil}/groups/{G}/schedules?startDate=2026-04-{start:02d}&endDate=2026-04-{end:02d}",
            "body": {"days": out}, "pulled_at": when}


def rec(request, body, when, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = when
    return r


def group_lessons(d1, d2, when):
    ls = sorted((l for l in L.values() if d1 <= l["day"] <= d2 and l.get("live", True)),
                key=lambda l: (l["day"], l["number"]))
    return rec(f"GET /v2/edu-groups/{G}/lessons/2026-04-{d1:02d}/2026-04-{d2:02d}", [entity(l) for l in ls], when)


steps = []

# ---- step 1: Sunday 2026-04-05 20:00, reference data ------------------------------------------------------------
school = {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МОУ «Средняя школа № 11»",
          "fullName": "Муниципальное общеобразовательное учреждение «Средняя школа № 11» г. Ярославля",
          "avatarSmall": None, "city": "Ярославль", "municipality": "городской округ город Ярославль", "regionid": 76,
          "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
          "educationType": "Regular", "tsoCityId": 7601, "tsoRegionTreePath": "76."}
work_types = [
    {"id": WT_ANSWER, "id_str": str(WT_ANSWER), "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
     "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
    {"id": WT_TEST, "id_str": str(WT_TEST), "schoolId": SCHOOL, "kindId": 2, "kind": "LessonTestWork",
     "title": "Контрольная работа", "abbr": "КР", "weight": 3},
    {"id": WT_SELF, "id_str": str(WT_SELF), "schoolId": SCHOOL, "kindId": 3, "kind": "CommonWork",
     "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
    {"id": WT_HOME, "id_str": str(WT_HOME), "schoolId": SCHOOL, "kindId": 4, "kind": "Homework",
     "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1}]
group = {"id": G, "id_str": str(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "8В",
         "fullName": "", "parallel": 8, "timetable": 1000006511011, "timetable_str": "1000006511011",
         "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}
context = {"userId": PARENT_U, "userId_str": str(PARENT_U), "personId": PARENT_P, "personId_str": str(PARENT_P),
           "shortName": "Комаров С. В.", "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL],
           "groupIds": [], "schools": [{"id": SCHOOL, "name": school["name"], "type": "School", "groupIds": [G]}],
           "eduGroups": [], "children": [{"personId": P1, "personId_str": str(P1), "firstName": "Алина",
                                          "lastName": "Комарова", "middleName": "Сергеевна",
                                          "shortName": "Комарова А. С.", "schoolIds": [SCHOOL], "groupIds": [G]}],
           "splitId": None}
w1 = at(5)
steps.append({"name": "1 Sunday 2026-04-05 20:00: school (timeZone 3), work types with weights, class 8В, its pupils, "
                      "the school's teachers (PascalCase), class teacher, a parent's context",
              "batches": [[
                  rec(f"GET /v2/schools/{SCHOOL}", school, w1),
                  rec(f"GET /v2/work-types/{SCHOOL}", work_types, w1),
                  rec(f"GET /v2/edu-groups/{G}", group, w1),
                  rec(f"GET /v2/edu-groups/{G}/persons?includeArchive=false", [person(p) for p in PUPILS], w1),
                  rec(f"GET /v2/schools/{SCHOOL}/teachers", [pascal_teacher(t) for t in (T_ALG, T_RUS, T_PHY)], w1),
                  rec(f"GET /v2/edu-groups/{G}/classteacher", teacher_person(T_RUS), w1),
                  rec(f"GET /v2/users/{PARENT_U}/context", context, at(5, "20:05")),
              ]]})

# ---- step 2: Sunday 20:30, the week-1 plan ---------------------------------------------------------------------
steps.append({"name": "2 Sunday 2026-04-05 20:30: week-1 plan: the class's lessons (entity shape) and P1's week "
                      "schedules (rooms, hours); algebra «Метод подстановки» on Tuesday #2, physics on Wednesday #2 "
                      "by Жукова, Thursday's physics in room 301",
              "batches": [[group_lessons(6, 10, at(5, "20:30")),
                           schedules(P1, [6, 7, 8, 9, 10], at(5, "20:30"))]]})

# ---- step 3: Tuesday 2026-04-07 20:00, the algebra lesson is held: works, marks, log entries ---------------------
m_moved_p1 = mark(1, P1, L[MOVED], "4")
m_moved_p2 = mark(2, P2, L[MOVED], "3", minute="52")
logs_moved = [log(P1, L[MOVED], "Attend"), log(P2, L[MOVED], "Late", "опоздал на 10 минут"),
              log(P3, L[MOVED], "Attend")]
tue = at(7)
steps.append({"name": "3 Tuesday 2026-04-07 20:00: Tuesday's algebra lesson (#2) as held: its works (homework due "
                      "13th), its marks and its log (P2 Late)",
              "batches": [[
                  rec(f"GET /v2/lessons/{MOVED}/works", works_of(L[MOVED]), tue),
                  rec(f"GET /v2/lessons/{MOVED}/marks", [m_moved_p1, m_moved_p2], tue),
                  rec(f"GET /v2/lessons/{MOVED}/log-entries", logs_moved, tue),
              ]]})

# ---- step 4: Wednesday 2026-04-08 19:00: the algebra lesson re-dated to Thursday #3; substitute --------------------
L[MOVED].update(day=9, number=3)
L[SUBST].update(teacher=T_SUB)
wed = at(8, "19:00")
logs_subst = [log(P1, L[SUBST], "Attend"), log(P2, L[SUBST], "Attend"), log(P3, L[SUBST], "Absent")]
steps.append({"name": "4 Wednesday 2026-04-08 19:00: lessons/{id} of the algebra lesson now says Thursday #3 "
                      "(re-dated in the journal after its marks and homework); POST lessons/many of Wednesday's "
                      "lessons names the substitute Кудрявцев on physics #2; persons/{id} names him; P1's day "
                      "schedules; lesson-log-entries?lessons= (P3 Absent at the substitute's lesson)",
              "batches": [[
                  rec(f"GET /v2/lessons/{MOVED}", entity(L[MOVED]), wed),
                  rec("POST /v2/lessons/many", [entity(L[BASE + 105]), entity(L[SUBST])], wed,
                      request_body=[BASE + 105, SUBST]),
                  rec(f"GET /v2/persons/{T_SUB}", teacher_person(T_SUB), wed),
                  schedules(P1, [8], wed),
                  rec(f"GET /v2/lesson-log-entries?lessons={BASE + 105}&lessons={SUBST}",
                      [log(p, L[BASE + 105], "Attend") for p in PUPILS] + logs_subst, wed),
              ]]})

# ---- step 5: Thursday 2026-04-09 19:00: room change, two algebra lessons ------------------------------------------
L[ROOMCH].update(room="118")
m_109_p1 = mark(3, P1, L[BASE + 109], "5")
m_109_p3 = mark(4, P3, L[BASE + 109], "4-", minute="55")
thu = at(9, "19:00")
steps.append({"name": "5 Thursday 2026-04-09 19:00: P1's and P3's day schedules (physics moved to room 118; two "
                      "algebra lessons, #3 the re-dated one and #4); P1's marks by lesson date",
              "batches": [[
                  schedules(P1, [9], thu, marks=[m_moved_p1, m_109_p1]),
                  schedules(P3, [9], thu, marks=[m_109_p3]),
                  rec(f"GET /v2/lessons/2026-04-09/persons/{P1}/marks", [m_moved_p1, m_109_p1], thu),
              ]]})

# ---- step 6: Friday 2026-04-10 20:00: week-1 sweep ---------------------------------------------------------------
m_110 = [mark(5, P1, L[BASE + 110], "5"), mark(6, P2, L[BASE + 110], "3-", minute="51"),
         mark(7, P3, L[BASE + 110], "4", minute="53")]
m_held = mark(13, P2, L[HELD], "4", minute="55")
logs_held = [log(P1, L[HELD], "Attend"), log(P2, L[HELD], "Attend"), log(P3, L[HELD], "Late", "")]
fri = at(10)
steps.append({"name": "6 Friday 2026-04-10 20:00: week-1 sweep: the class's lessons again (algebra on Thursday #3, "
                      "physics Wednesday by Кудрявцев), the class's marks of the week, the work's marks of Friday's "
                      "самостоятельная, the physics attendance of the week, the moved lesson's homework by id",
              "batches": [[
                  group_lessons(6, 10, fri),
                  rec(f"GET /v2/edu-groups/{G}/marks/2026-04-06/2026-04-10",
                      [m_moved_p1, m_moved_p2, m_109_p1, m_109_p3] + m_110 + [m_held], fri),
                  rec(f"GET /v2/lessons/{HELD}/marks", [m_held], fri),
                  rec(f"GET /v2/lessons/{HELD}/log-entries", logs_held, fri),
                  rec(f"GET /v2/works/{WBASE + 110}/marks", m_110, fri),
                  rec(f"GET /v2/lesson-log-entries/group/{G}?subject={S_PHY}&from=2026-04-06&to=2026-04-10",
                      [logs_subst[2]], fri),
                  rec(f"GET /v2/works/{HBASE + 104}", work(L[MOVED], "homework"), fri),
              ]]})

# ---- step 7: Sunday 2026-04-12 20:00: the week-2 plan --------------------------------------------------------------
sun2 = at(12)
steps.append({"name": "7 Sunday 2026-04-12 20:00: week-2 plan: the class's lessons (two Russian lessons on Tuesday; "
                      "Wednesday algebra #1; Thursday Russian #1, both with homework) and P1's week schedules",
              "batches": [[group_lessons(13, 17, sun2), schedules(P1, [13, 14, 15, 16, 17], sun2)]]})

# ---- step 8: Tuesday 2026-04-14 20:00: re-pull; two lessons gone; marks re-pulled -------------------------------
L[DROPPED]["live"] = False
L[RESTORED]["live"] = False
L[HELD]["live"] = False
m_moved_p1_b = dict(m_moved_p1, value="5", textValue="5", date="2026-04-14T16:02:44.1")
m_110_b = [m_110[0], dict(m_110[1], value="4-", textValue="4-", mood="Good", date="2026-04-13T15:40:12.77")]
m_rus = [mark(8, P1, L[BASE + 203], "5", minute="40"), mark(9, P1, L[RETITLED], "4", minute="45")]
tue2 = at(14)
hw_bundle = {"works": [work(L[RETITLED], "homework")],
             "subjects": [{"id": S_RUS, "name": "Русский язык", "knowledgeAreaId": 1}],
             "lessons": [flat(L[RETITLED])], "files": [], "teachers": [teacher_person(T_RUS)]}
steps.append({"name": "8 Tuesday 2026-04-14 20:00: the class's week-1 lessons re-pulled: last Friday's Russian lesson (held, "
                      "marked, with homework and a Late) is gone; the class's week-2 lessons re-pulled: Wednesday's algebra and "
                      "Thursday's Russian are gone; the moved lesson's marks re-pulled (P1 4 -> 5); Friday's work's "
                      "marks re-pulled (P2 3- -> 4-, P3's 4 removed); P1's marks of the week; the homework bundle of "
                      "the day",
              "batches": [[
                  group_lessons(6, 10, tue2),
                  group_lessons(13, 17, tue2),
                  rec(f"GET /v2/lessons/{MOVED}/marks", [m_moved_p1_b, m_moved_p2], tue2),
                  rec(f"GET /v2/works/{WBASE + 110}/marks", m_110_b, tue2),
                  rec(f"GET /v2/persons/{P1}/schools/{SCHOOL}/marks/2026-04-13/2026-04-17", m_rus, tue2),
                  rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2026-04-14&endDate=2026-04-14",
                      hw_bundle, tue2),
              ]]})

# ---- step 9: Thursday 2026-04-16 20:00: the Russian lesson is back; the Tuesday topic edited -----------------------
L[RESTORED]["live"] = True
L[HELD]["live"] = True
L[RETITLED]["title"] = "Анализ сочинений-рассуждений"
thu2 = at(16)
m_209 = mark(14, P3, L[SHIFTED], "3", minute="57")
steps.append({"name": "9 Thursday 2026-04-16 20:00: the class's week-1 lessons re-pulled: last Friday's Russian lesson is "
                      "back (same id, same works); its marks and log re-pulled, unchanged; the class's week-2 "
                      "lessons re-pulled: Thursday's Russian lesson "
                      "is back (same id, same homework), Tuesday's second Russian lesson retitled, Wednesday's "
                      "algebra still gone; the restored lesson's works; P1's log entry there (Ill); P2's log of "
                      "the week (Pass); P3's Thursday schedules (algebra #2, P3's 3); "
                      "P1's marks of the week re-pulled without her 5 of Tuesday's Russian #1",
              "batches": [[
                  group_lessons(6, 10, thu2),
                  rec(f"GET /v2/lessons/{HELD}/marks", [m_held], thu2),
                  rec(f"GET /v2/lessons/{HELD}/log-entries", logs_held, thu2),
                  group_lessons(13, 17, thu2),
                  rec(f"GET /v2/works?lesson={RESTORED}", works_of(L[RESTORED]), thu2),
                  schedules(P3, [16], thu2, marks=[m_209]),
                  rec(f"GET /v2/persons/{P1}/schools/{SCHOOL}/marks/2026-04-13/2026-04-17", [m_rus[1]], thu2),
                  rec(f"GET /v2/lesson-log-entries/lesson/{RESTORED}/person/{P1}",
                      log(P1, L[RESTORED], "Ill", "справка"), thu2),
                  rec(f"GET /v2/persons/{P2}/lesson-log-entries?startDate=2026-04-13&endDate=2026-04-17",
                      [log(P2, L[BASE + 205], "Pass")], thu2),
              ]]})

# ---- step 10: Friday 2026-04-17 20:00: the week's last marks -------------------------------------------------------
m_208 = mark(10, P3, L[RESTORED], "5")
m_211 = [mark(11, P1, L[BASE + 211], "4+", minute="58"), mark(12, P2, L[BASE + 211], "2", minute="59")]
fri2 = at(17)
L[SHIFTED].update(day=17, number=3)
steps.append({"name": "10 Friday 2026-04-17: P1's schedules of Thursday-Friday (19:00) show Thursday's algebra #2 "
                      "re-dated to Friday #3; P3's Thursday schedules re-pulled (20:00) no longer hold it nor P3's 3 set there; "
                      "lessons/{id}/marks of it (20:10) holds P3's 3; P1's marks of the week re-pulled: her 5 of Tuesday is "
                      "back (same id); the restored lesson's work's marks; POST lessons/marks of "
                      "Friday's lessons (the algebra test); one mark by id; the Tuesday-Russian subject's lessons "
                      "(subject range)",
              "batches": [[
                  schedules(P1, [16, 17], at(17, "19:00")),
                  schedules(P3, [16], fri2),
                  rec(f"GET /v2/lessons/{SHIFTED}/marks", [m_209], at(17, "20:10")),
                  rec(f"GET /v2/works/{WBASE + 208}/marks", [m_208], fri2),
                  rec(f"GET /v2/persons/{P1}/schools/{SCHOOL}/marks/2026-04-13/2026-04-17", m_rus + [m_211[0]], fri2),
                  rec("POST /v2/lessons/marks", m_211, fri2, request_body={"lessons": [BASE + 210, BASE + 211]}),
                  rec(f"GET /v2/marks/{MBASE + 11}", m_211[0], fri2),
                  rec(f"GET /v2/edu-groups/{G}/subjects/{S_RUS}/lessons/2026-04-13/2026-04-17",
                      [entity(l) for l in sorted(L.values(), key=lambda l: (l["day"], l["number"]))
                       if 13 <= l["day"] <= 17 and l["subject"] == S_RUS and l.get("live", True)], fri2),
              ]]})

journey = {"vendor": "dnevnik_ru",
           "description": "Dnevnik.ru journey 11: МОУ «Средняя школа № 11», Ярославль (timeZone 3), 8В, "
                          "2026-04-06..17: lessons that move and change hands (a lesson re-dated after its marks, "
                          "homework and log; a substitute; a room change; a lesson deleted by omission and one "
                          "restored; two lessons of one subject a day; a topic edit; marks re-pulled changed and "
                          "removed).",
           "steps": steps}
(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for st in steps for b in st["batches"]), "records")
