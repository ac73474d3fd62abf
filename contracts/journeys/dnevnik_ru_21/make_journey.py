"""Writes journey.json (kept for review; the corpus is journey.json). Standard library only."""
import json
from pathlib import Path

S, G = 1000002321021, 2260325488551321021
MATH = {"id": 1000003321001, "id_str": "1000003321001", "name": "Математика", "knowledgeArea": "Математика и информатика", "fgosSubjectId": None}
RUS = {"id": 1000003321002, "id_str": "1000003321002", "name": "Русский язык", "knowledgeArea": "Филология", "fgosSubjectId": None}
T_MATH, T_RUS = 1000012321901, 1000012321902
P = {1: 1000012321001, 2: 1000012321002, 3: 1000012321003, 4: 1000012321004}
NAMES = {1: ("Арсений", "Голубев", "Денисович", "Male"), 2: ("Вероника", "Дьячкова", "Андреевна", "Female"),
         3: ("Матвей", "Ерофеев", "Ильич", "Male"), 4: ("Полина", "Жукова", "Романовна", "Female")}
WT = {6101: ("Ответ на уроке", "ОУ", 1, "DefaultNewLessonWork"), 6102: ("Самостоятельная работа", "СР", 2, "CommonWork"),
      6103: ("Контрольная работа", "КР", 3, "LessonTestWork")}
# lesson no -> (date, number, start, subject, title, worktype)
LES = {1: ("2026-11-09", 2, "09:00", MATH, "Деление и дроби", 6101),
       2: ("2026-11-10", 1, "08:00", RUS, "Лексика. Повторение изученного в 5 классе", 6101),
       3: ("2026-11-11", 2, "09:00", MATH, "Основное свойство дроби", 6101),
       4: ("2026-11-12", 1, "08:00", RUS, "Исконно русские и заимствованные слова", 6101),
       5: ("2026-11-13", 2, "09:00", MATH, "Сокращение дробей", 6102),
       6: ("2026-11-16", 2, "09:00", MATH, "Приведение дробей к общему знаменателю", 6101),
       7: ("2026-11-17", 1, "08:00", RUS, "Неологизмы", 6101),
       8: ("2026-11-18", 2, "09:00", MATH, "Контрольная работа № 3 «Обыкновенные дроби»", 6103),
       9: ("2026-11-19", 1, "08:00", RUS, "Устаревшие слова", 6101),
       10: ("2026-11-20", 2, "09:00", MATH, "Сравнение дробей", 6101)}
MOVED = {9: ("2026-11-20", 3, "10:00")}  # the Russian lesson of Thursday moved to Friday, 3rd lesson


def lid(n): return 2260325488552321000 + n
def wid(n): return 2260325488553321000 + n
def mid(n): return 2260325488554321000 + n


def lesson(n, moved=False):
    date, num, start, subj, title, wt = LES[n]
    if moved and n in MOVED:
        date, num, start = MOVED[n]
    t = T_MATH if subj is MATH else T_RUS
    return {"id": lid(n), "id_str": str(lid(n)), "title": title, "date": f"{date}T{start}:00", "number": num,
            "subject": subj, "group": G, "status": "Conducted", "resultPlaceId": 0, "works": [work(n)],
            "teachers": [t], "teachers_str": [str(t)]}


def work(n):
    date, num, start, subj, title, wt = LES[n]
    return {"id": wid(n), "id_str": str(wid(n)), "type": WT[wt][3], "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lid(n), "lesson_str": str(lid(n)), "displayInJournal": True, "status": "Sent",
            "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": "", "periodNumber": 2, "periodType": "Quarter",
            "subjectId": subj["id"], "isImportant": wt == 6103, "targetDate": f"{date}T00:00:00", "sentDate": None,
            "createdBy": T_MATH if subj is MATH else T_RUS, "files": [], "oneDriveLinks": []}


MOOD = {"5": "Good", "5-": "Good", "4+": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average", "2": "Bad"}


def mark(n, person, les, value, when):
    wt = LES[les][5]
    return {"id": mid(n), "id_str": str(mid(n)), "type": "mark5", "value": value, "textValue": value,
            "person": P[person], "person_str": str(P[person]), "work": wid(les), "work_str": str(wid(les)),
            "lesson": lid(les), "lesson_str": str(lid(les)), "number": 0, "date": when, "workType": wt,
            "mood": MOOD[value], "use_avg_calc": True}


M = {  # the marks as the journal holds them at some time
    "m01": mark(1, 1, 1, "5", "2026-11-09T09:41:12.307"),
    "m02": mark(2, 2, 1, "4", "2026-11-09T09:43:55.81"),
    "m03": mark(3, 3, 2, "3+", "2026-11-10T08:37:20.5"),
    "m04": mark(4, 1, 2, "4", "2026-11-10T08:39:02.114"),
    "m05": mark(5, 2, 3, "3", "2026-11-11T09:38:47.02"),       # deleted by the teacher on Friday 11-13
    "m06": mark(6, 4, 3, "5", "2026-11-11T09:40:10.9"),
    "m07": mark(7, 3, 4, "2", "2026-11-12T08:35:31.66"),       # deleted by the teacher on Friday 11-13
    "m08": mark(8, 1, 4, "5-", "2026-11-12T08:36:48.1"),
    "m09a": mark(9, 1, 5, "4", "2026-11-13T09:44:03.75"),      # set on the independent work of 11-13 ...
    "m10": mark(10, 2, 5, "5", "2026-11-13T09:45:19.3"),
    "m11": mark(11, 4, 6, "4", "2026-11-16T09:39:27.41"),
    "m12a": mark(12, 2, 7, "3", "2026-11-17T08:40:14.8"),      # corrected to 4 on 11-20
    "m16": mark(16, 3, 6, "4", "2026-11-16T09:42:50.06"),
    "m20": mark(20, 3, 7, "4-", "2026-11-17T08:41:36.2"),
    "m17": mark(17, 2, 8, "2", "2026-11-18T14:12:09.5"),       # deleted by the teacher on 11-19
    "m13": mark(13, 3, 8, "5", "2026-11-18T14:10:41.38"),
    "m09b": mark(9, 1, 8, "4", "2026-11-18T14:15:22.7"),       # ... moved by the teacher to the test of 11-18
    "m14": mark(14, 4, 9, "5", "2026-11-19T08:38:05.93"),      # its lesson later moved to 11-20
    "m18": mark(18, 4, 10, "3", "2026-11-20T12:04:30.1"),
    "m12b": mark(12, 2, 7, "4", "2026-11-17T08:40:14.8"),
    "m15": mark(15, 1, 10, "4+", "2026-11-20T21:15:40.6"),     # set after Friday's pulls
}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def recent(person, marks, lessons):
    subj = {l["subject"]["id"]: l["subject"] for l in lessons}
    wts = sorted({m["workType"] for m in marks})
    return {"marks": marks, "criteriabasedmarks": [],
            "works": [l["works"][0] for l in lessons],
            "subjects": [{"id": s["id"], "id_str": s["id_str"], "name": s["name"], "knowledgeArea": s["knowledgeArea"]}
                         for s in subj.values()],
            "workTypes": [{"id": w, "schoolId": S, "abbreviation": WT[w][1], "name": WT[w][0], "isFinal": False,
                           "isImportant": w == 6103, "kindId": w - 6100, "kind": WT[w][3]} for w in wts],
            "lessons": lessons, "lessonLogEntries": []}


def person(i):
    f, l, m, sex = NAMES[i]
    return {"id": P[i], "id_str": str(P[i]), "userId": P[i] - 1000000, "userId_str": str(P[i] - 1000000),
            "firstName": f, "lastName": l, "middleName": m, "shortName": f"{l} {f[0]}.", "sex": sex}


def user(pid, first, middle, last, sex):
    uid = pid - 1000000
    return {"id": uid, "id_str": str(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}",
            "email": None, "login": None, "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle, "lastName": last,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+3:00", "sex": sex,
            "birthday": None, "roles": ["EduStaff"], "phone": ""}


GROUP = {"id": G, "id_str": str(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6А", "fullName": "",
         "parallel": 6, "timetable": 1000006321006, "timetable_str": "1000006321006", "status": "Active",
         "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}
V2 = "GET /v2/"
SMATH, SRUS = MATH["id"], RUS["id"]
PARENT_U, PARENT_P = 1000011321801, 1000012321801

steps = []
steps.append({"name": "00 reference data pulled Monday 2026-11-09 07:00: school, work types, class 6А with 4 pupils, teachers, a parent's context", "batches": [[
    rec(f"{V2}schools/{S}", {"id": S, "id_str": str(S), "name": "МАОУ «Лицей № 21»", "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 21» г. Заречного", "avatarSmall": None, "city": "Заречный", "municipality": "городской округ Заречный", "regionid": 58, "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 58021, "tsoRegionTreePath": "58."}, "2026-11-09T07:00:00+03:00"),
    rec(f"{V2}work-types/{S}", [{"id": k, "id_str": str(k), "schoolId": S, "kindId": k - 6100, "kind": v[3], "title": v[0], "abbr": v[1], "weight": v[2]} for k, v in WT.items()], "2026-11-09T07:00:00+03:00"),
    {"request": "POST /v2/edu-groups", "request_body": [G], "body": [{"group": GROUP, "students": [{"person": P[i], "membershipstatus": "Active"} for i in P]}], "pulled_at": "2026-11-09T07:00:00+03:00"},
    rec(f"{V2}edu-groups/{G}/persons?includeArchive=false", [person(i) for i in P], "2026-11-09T07:00:00+03:00"),
    {"request": "POST /v2/users/many", "request_body": [T_MATH - 1000000, T_RUS - 1000000], "body": [user(T_MATH, "Ольга", "Викторовна", "Лаврентьева", "Female"), user(T_RUS, "Андрей", "Игоревич", "Беспалов", "Male")], "pulled_at": "2026-11-09T07:00:00+03:00"},
    rec(f"{V2}users/{PARENT_U}/context", {"userId": PARENT_U, "userId_str": str(PARENT_U), "personId": PARENT_P, "personId_str": str(PARENT_P), "shortName": "Голубева Н. С.", "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Лицей № 21»", "type": "School", "groupIds": []}], "eduGroups": [], "children": [{"personId": P[1], "firstName": "Арсений", "lastName": "Голубев", "middleName": "Денисович", "shortName": "Голубев А.", "schoolIds": [S], "groupIds": [G]}], "splitId": None}, "2026-11-09T07:00:00+03:00"),
]]})
steps.append({"name": "01 the fortnight's lessons as planned, edu-groups lessons range 11-09..11-22, pulled Mon 11-09 07:00", "batches": [[
    rec(f"{V2}edu-groups/{G}/lessons/2026-11-09/2026-11-22", [lesson(n) for n in LES], "2026-11-09T07:00:00+03:00")]]})
steps.append({"name": "02 Wed 11-11 20:00: the group's marks 11-09..11-11 (m05, Дьячкова's 3 of 11-11, shows only here)", "batches": [[
    rec(f"{V2}edu-groups/{G}/marks/2026-11-09/2026-11-11", [M[k] for k in ("m01", "m02", "m03", "m04", "m05", "m06")], "2026-11-11T20:00:00+03:00")]]})
steps.append({"name": "03 Thu 11-12 20:00: the group's Russian marks 11-09..11-15 (m07, Ерофеев's 2 of 11-12, shows only here)", "batches": [[
    rec(f"{V2}edu-groups/{G}/subjects/{SRUS}/marks/2026-11-09/2026-11-15", [M[k] for k in ("m03", "m04", "m07", "m08")], "2026-11-12T20:00:00+03:00")]]})
steps.append({"name": "04 Fri 11-13 20:00: the group's maths marks 11-09..11-15; the teacher deleted m05 that morning", "batches": [[
    rec(f"{V2}edu-groups/{G}/subjects/{SMATH}/marks/2026-11-09/2026-11-15", [M[k] for k in ("m01", "m02", "m06", "m09a", "m10")], "2026-11-13T20:00:00+03:00")]]})
steps.append({"name": "05 Sat 11-14: one day (11-11) of the group's marks, then the Wednesday answer of step 02 delivered again late", "batches": [
    [rec(f"{V2}edu-groups/{G}/marks/2026-11-11T00:00:00/2026-11-11T23:59:59", [M["m06"]], "2026-11-14T10:00:00+03:00")],
    [rec(f"{V2}edu-groups/{G}/marks/2026-11-09/2026-11-11", [M[k] for k in ("m01", "m02", "m03", "m04", "m05", "m06")], "2026-11-11T20:00:00+03:00")]]})
steps.append({"name": "06 Tue 11-17 20:00: the group's marks 11-13..11-17 (overlaps week 1 on Friday 11-13)", "batches": [[
    rec(f"{V2}edu-groups/{G}/marks/2026-11-13/2026-11-17", [M[k] for k in ("m09a", "m10", "m11", "m16", "m12a", "m20")], "2026-11-17T20:00:00+03:00")]]})
steps.append({"name": "07 Wed 11-18 20:00: Дьячкова's marks in 6А 11-16..11-22 (person-group range; m17, her 2 of the test, shows only here)", "batches": [[
    rec(f"{V2}persons/{P[2]}/edu-groups/{G}/marks/2026-11-16/2026-11-22", [M[k] for k in ("m12a", "m17")], "2026-11-18T20:00:00+03:00")]]})
L8, L9m, L10 = lesson(8), lesson(9, moved=True), lesson(10)
steps.append({"name": "08 Sat 11-21 09:00, delivered first: maths 11-09..11-15 again (m09 has left 11-13), the week's lessons (Thursday's Russian lesson moved to Friday #3), recent marks of Голубев and Дьячкова", "batches": [[
    rec(f"{V2}edu-groups/{G}/subjects/{SMATH}/marks/2026-11-09/2026-11-15", [M[k] for k in ("m01", "m02", "m06", "m10")], "2026-11-21T09:00:00+03:00"),
    rec(f"{V2}edu-groups/{G}/lessons/2026-11-16/2026-11-22", [lesson(n, moved=True) for n in (6, 7, 8, 9, 10)], "2026-11-21T09:00:00+03:00"),
    rec(f"{V2}persons/{P[1]}/group/{G}/recentmarks?fromDate=2026-11-19&limit=10", recent(P[1], [M["m15"]], [L10]), "2026-11-21T09:00:00+03:00"),
    rec(f"{V2}persons/{P[2]}/group/{G}/recentmarks?fromDate=2026-11-17&limit=10", recent(P[2], [M["m12b"]], [lesson(7)]), "2026-11-21T09:00:00+03:00"),
]]})
steps.append({"name": "09 the job's backlog of Thu 11-19 / Fri 11-20 pulls, delivered after step 08: Голубев's marks (m09 now on the test of 11-18), Ерофеев's marks in 6А, Жукова's marks, the group's maths week 11-16..11-22 (m17 deleted on 11-19)", "batches": [[
    rec(f"{V2}persons/{P[1]}/schools/{S}/marks/2026-11-16/2026-11-22", [M["m09b"]], "2026-11-19T20:00:00+03:00"),
    rec(f"{V2}persons/{P[3]}/edu-groups/{G}/marks/2026-11-16/2026-11-20", [M[k] for k in ("m16", "m20", "m13")], "2026-11-20T20:00:00+03:00"),
    rec(f"{V2}persons/{P[4]}/schools/{S}/marks/2026-11-16/2026-11-22", [M[k] for k in ("m11", "m14", "m18")], "2026-11-20T20:00:00+03:00"),
    rec(f"{V2}edu-groups/{G}/subjects/{SMATH}/marks/2026-11-16/2026-11-22", [M[k] for k in ("m11", "m16", "m13", "m09b", "m18")], "2026-11-20T20:00:00+03:00"),
]]})
steps.append({"name": "10 Sun 11-22 18:00: Ерофеев's marks in the school 11-09..11-22 (no m07), then the Thursday answer of step 03 delivered again late", "batches": [
    [rec(f"{V2}persons/{P[3]}/schools/{S}/marks/2026-11-09/2026-11-22", [M[k] for k in ("m03", "m16", "m20", "m13")], "2026-11-22T18:00:00+03:00")],
    [rec(f"{V2}edu-groups/{G}/subjects/{SRUS}/marks/2026-11-09/2026-11-15", [M[k] for k in ("m03", "m04", "m07", "m08")], "2026-11-12T20:00:00+03:00")]]})

journey = {"vendor": "dnevnik_ru", "description": "6А of Лицей № 21, two weeks of November 2026: the same marks reached through every marks range of the reference (group, group subject, person in school, person in group, recent marks), overlapping ranges and a single day, pulled and delivered out of order; marks deleted that only one range showed, a mark moved to another lesson across ranges, a lesson moved to another day, a mark corrected in recent marks.", "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
