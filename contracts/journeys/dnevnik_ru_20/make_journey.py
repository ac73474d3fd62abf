"""Writes journey.json for Dnevnik.ru journey 20 (out of order and taken back). Standard library, deterministic."""
import json
from pathlib import Path

SCHOOL, GROUP = 1000002620020, 2260325488520000701
P1, P2, P3 = 1000012620001, 1000012620002, 2260325488520100003
T_ALG, T_LIT = 1000012620901, 1000012620902
PARENT_USER, PARENT_PERSON = 1000011620101, 1000012620101
S_ALG, S_LIT = 1000003620001, 1000003620002
L = {i: 2260325488520300000 + i for i in range(1, 6)}          # lessons L1..L5
W = {i: 2260325488520700000 + i for i in range(1, 8)}          # assessment works W1..W6
H = {i: 2260325488520700100 + i for i in range(1, 6)}          # homework works H1..H5
F = {i: 1000020620000 + i for i in range(1, 4)}                # files
WT = {"answer": 6101, "test": 6102, "self": 6103, "hw": 6107}
TZ = "+03:00"


def s(x):
    return None if x is None else str(x)


def pulled(day, hm):
    return f"2026-11-{day:02d}T{hm}:00{TZ}"


def rec(request, body, pulled_at=None, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    if pulled_at:
        r["pulled_at"] = pulled_at
    return r


SUBJ = {S_ALG: {"id": S_ALG, "id_str": s(S_ALG), "name": "Алгебра", "knowledgeArea": "Математика", "fgosSubjectId": None},
        S_LIT: {"id": S_LIT, "id_str": s(S_LIT), "name": "Литература", "knowledgeArea": "Филология", "fgosSubjectId": None}}
TEACHER = {S_ALG: T_ALG, S_LIT: T_LIT}
# lesson: (date, number, start, subject, title)
LESSONS = {1: ("2026-11-16", 1, "08:30", S_ALG, "Формулы сокращённого умножения"),
           2: ("2026-11-16", 2, "09:25", S_LIT, "Н. В. Гоголь. «Тарас Бульба»: история создания"),
           3: ("2026-11-18", 1, "08:30", S_ALG, "Разность квадратов"),
           4: ("2026-11-19", 3, "10:20", S_LIT, "Остап и Андрий: сравнительная характеристика"),
           5: ("2026-11-20", 2, "09:25", S_ALG, "Контрольная работа № 3 «Многочлены»")}
# assessment works: (lesson, Work.type, workType)
WORKS = {1: (1, "DefaultNewLessonWork", WT["answer"]), 2: (1, "CommonWork", WT["self"]),
         3: (2, "DefaultNewLessonWork", WT["answer"]), 4: (3, "CommonWork", WT["self"]),
         5: (3, "DefaultNewLessonWork", WT["answer"]), 6: (5, "LessonTestWork", WT["test"]),
         7: (4, "DefaultNewLessonWork", WT["answer"])}


def work(i):
    lesson, kind, wt = WORKS[i]
    date, _, _, subj, _ = LESSONS[lesson]
    return {"id": W[i], "id_str": s(W[i]), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": L[lesson], "lesson_str": s(L[lesson]), "displayInJournal": True, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": s(GROUP), "tasks": [], "text": "", "periodNumber": 2,
            "periodType": "Quarter", "subjectId": subj, "isImportant": kind == "LessonTestWork",
            "targetDate": f"{date}T00:00:00", "sentDate": None, "createdBy": TEACHER[subj], "files": [],
            "oneDriveLinks": []}


def lesson_full(i, works):
    date, number, start, subj, title = LESSONS[i]
    return {"id": L[i], "id_str": s(L[i]), "title": title, "date": f"{date}T{start}:00", "number": number,
            "subject": SUBJ[subj], "group": GROUP, "status": "Conducted", "resultPlaceId": 0,
            "works": [work(w) for w in works], "teachers": [TEACHER[subj]], "teachers_str": [s(TEACHER[subj])]}


HOURS = {"08:30": "08:30 - 09:15", "09:25": "09:25 - 10:10", "10:20": "10:20 - 11:05"}


def lesson_flat(i, work_ids):
    date, number, start, subj, title = LESSONS[i]
    return {"id": L[i], "title": title, "date": f"{date}T{start}:00", "number": number, "subjectId": subj,
            "status": "Conducted", "resultPlaceId": 0, "building": "Главный корпус", "place": "21" + str(i),
            "floor": "2", "hours": HOURS[start], "works": work_ids, "teachers": [TEACHER[subj]]}


def mark(mid, person, w, value, date):
    lesson, _, wt = WORKS[w]
    return {"id": mid, "id_str": s(mid), "type": "mark5", "value": value, "textValue": value, "person": person,
            "person_str": s(person), "work": W[w], "work_str": s(W[w]), "lesson": L[lesson], "lesson_str": s(L[lesson]),
            "number": 0, "date": date, "workType": wt,
            "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"), "use_avg_calc": True}


M = {k: 2260325488520800000 + k for k in range(1, 30)}
# (mark id, person, work, value, date set)
MK = {
    1: (M[1], P1, 1, "4", "2026-11-16T09:05:12.4"), 2: (M[2], P2, 1, "2", "2026-11-16T09:07:40.15"),
    3: (M[3], P3, 1, "5", "2026-11-16T09:10:03.9"), 4: (M[4], P1, 2, "5", "2026-11-16T14:20:31.2"),
    5: (M[5], P2, 2, "3", "2026-11-16T14:21:02.77"), 6: (M[6], P1, 3, "4", "2026-11-16T10:02:11.3"),
    7: (M[7], P2, 3, "5", "2026-11-16T10:03:45.05"), 8: (M[8], P1, 4, "4", "2026-11-18T15:40:00.1"),
    9: (M[9], P3, 4, "5", "2026-11-18T15:41:12.6"), 10: (M[10], P3, 5, "3", "2026-11-18T09:00:21.4"),
    11: (M[11], P2, 5, "4+", "2026-11-18T09:02:50.8"), 12: (M[12], P3, 5, "4", "2026-11-19T16:12:09.33"),
    13: (M[13], P1, 6, "4", "2026-11-20T17:30:00.5"), 14: (M[14], P2, 6, "5-", "2026-11-20T17:31:10.2"),
    15: (M[15], P3, 6, "3", "2026-11-20T17:32:44.9"), 16: (M[16], P3, 7, "5", "2026-11-19T11:00:05.6"),
}


def mk(k, value=None, date=None):
    mid, person, w, v, d = MK[k]
    return mark(mid, person, w, value or v, date or d)


def hw(i, lesson, text, due, files, sent):
    subj = LESSONS[lesson][3]
    return {"id": H[i], "id_str": s(H[i]), "type": "Homework", "workType": WT["hw"], "markType": "mark5",
            "markCount": 1, "lesson": L[lesson], "lesson_str": s(L[lesson]), "displayInJournal": False,
            "status": "Sent", "eduGroup": GROUP, "eduGroup_str": s(GROUP), "tasks": [], "text": text,
            "periodNumber": 2, "periodType": "Quarter", "subjectId": subj, "isImportant": False,
            "targetDate": f"{due}T00:00:00", "sentDate": sent, "createdBy": TEACHER[subj],
            "files": [F[f] for f in files], "oneDriveLinks": []}


FILES = {1: ("Формулы сокращённого умножения — таблица.pdf", "pdf", "Document", 61244),
         2: ("План сочинения.docx", "docx", "Document", 18302),
         3: ("Критерии оценивания сочинения.pdf", "pdf", "Document", 40511)}


def file(i, uploaded):
    name, typ, group, size = FILES[i]
    return {"id": F[i], "id_str": s(F[i]), "name": name, "typeGroup": group, "type": typ,
            "pageUrl": f"https://dnevnik.ru/file/{F[i]}", "downloadUrl": f"https://dnevnik.ru/file/{F[i]}/download",
            "user": None, "size": size, "vote": None, "uploadedDate": uploaded, "storageType": "Dnevnik"}


HW1 = hw(1, 1, "№ 214, 216 (а, в); выучить формулы сокращённого умножения", "2026-11-18", [1], "2026-11-16T15:00:10.2")
HW2a = hw(2, 2, "Прочитать главы 1–4 повести «Тарас Бульба»", "2026-11-19", [], "2026-11-16T15:05:00.4")
HW2b = hw(2, 2, "Прочитать главы 1–6 повести «Тарас Бульба»; письменно ответить на вопросы 1–3 на с. 112", "2026-11-19",
          [], "2026-11-18T08:10:42.7")
HW3 = hw(3, 3, "№ 231–234; § 6 повторить", "2026-11-20", [], "2026-11-18T15:45:00.1")
HW4 = hw(4, 4, "Сочинение-миниатюра «Остап и Андрий» (по плану, 1–1,5 страницы)", "2026-11-23", [2, 3],
         "2026-11-19T14:00:30.5")
HW5a = hw(5, 5, "Работа над ошибками контрольной работы", "2026-11-23", [], "2026-11-20T18:00:00.8")
HW5b = hw(5, 5, "Работа над ошибками: № 3, 5 контрольной работы; повторить § 7", "2026-11-25", [], "2026-11-22T11:30:12.3")
TEACHERS = [{"id": T_ALG, "id_str": s(T_ALG), "userId": None, "userId_str": None, "firstName": "Ирина",
             "lastName": "Хабибуллина", "middleName": "Рашидовна", "shortName": "Хабибуллина И. Р.", "sex": "Female"},
            {"id": T_LIT, "id_str": s(T_LIT), "userId": None, "userId_str": None, "firstName": "Татьяна",
             "lastName": "Соколова", "middleName": "Андреевна", "shortName": "Соколова Т. А.", "sex": "Female"}]


def bundle(works, lessons, files):
    subjects = sorted({w["subjectId"] for w in works})
    return {"works": works,
            "subjects": [{"id": x, "name": SUBJ[x]["name"], "knowledgeAreaId": 1 if x == S_ALG else 2} for x in subjects],
            "lessons": lessons, "files": files, "teachers": TEACHERS}


HW_REQ = f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2026-11-16&endDate=2026-11-22"


def notice(resource, data, deleted_at=None):
    r = {"resource": resource, "deleted": True, "data": data}
    if deleted_at:
        r["deleted_at"] = deleted_at
    return r


def mark_ids(k):
    mid, person, w, _, _ = MK[k]
    lesson = WORKS[w][0]
    return {"id": mid, "id_str": s(mid), "person": person, "person_str": s(person), "work": W[w], "work_str": s(W[w]),
            "lesson": L[lesson], "lesson_str": s(L[lesson])}


def pupils():
    people = [(P1, 1000011620001, "Алина", "Галиева", "Маратовна", "Female"),
              (P2, 1000011620002, "Егор", "Васильев", "Дмитриевич", "Male"),
              (P3, None, "Камиль", "Сафин", "Ильдарович", "Male")]
    return [{"id": p, "id_str": s(p), "userId": u, "userId_str": s(u), "firstName": f, "lastName": la,
             "middleName": m, "shortName": f"{la} {f[0]}. {m[0]}.", "sex": sex} for p, u, f, la, m, sex in people]


steps = []
# 1: Sunday 11-15: reference data, roster, week lessons with their planned assessment works
steps.append({"name": "1 Sunday 2026-11-15 18:00: school, work types, 7Г, pupils, teachers, a parent's context, the week's lessons", "batches": [[
    rec(f"GET /v2/schools/{SCHOOL}", {"id": SCHOOL, "id_str": s(SCHOOL), "name": "МАОУ «Лицей № 20»",
        "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 20»", "avatarSmall": None,
        "city": "Казань", "municipality": "город Казань", "regionid": 16, "markType": "mark5", "timeZone": 3,
        "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular"}, pulled(15, "18:00")),
    rec(f"GET /v2/work-types/{SCHOOL}", [
        {"id": 6101, "id_str": "6101", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
        {"id": 6102, "id_str": "6102", "schoolId": SCHOOL, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа", "abbr": "КР", "weight": 3},
        {"id": 6103, "id_str": "6103", "schoolId": SCHOOL, "kindId": 2, "kind": "CommonWork", "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
        {"id": 6107, "id_str": "6107", "schoolId": SCHOOL, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1}],
        pulled(15, "18:00")),
    rec(f"GET /v2/edu-groups/{GROUP}", {"id": GROUP, "id_str": s(GROUP), "parentIds": [], "parentIds_str": [],
        "type": "Group", "name": "7Г", "fullName": "", "parallel": 7, "timetable": 1000006620020,
        "timetable_str": "1000006620020", "status": "Active", "studyyear": 2026, "educationType": "Regular",
        "subjects": [], "journaltype": "Default"}, pulled(15, "18:00")),
    rec(f"GET /v2/edu-groups/{GROUP}/persons?includeArchive=false", pupils(), pulled(15, "18:00")),
    rec(f"GET /v2/persons/{T_ALG}", TEACHERS[0], pulled(15, "18:00")),
    rec(f"GET /v2/persons/{T_LIT}", TEACHERS[1], pulled(15, "18:00")),
    rec(f"GET /v2/users/{PARENT_USER}/context", {"userId": PARENT_USER, "userId_str": s(PARENT_USER),
        "personId": PARENT_PERSON, "personId_str": s(PARENT_PERSON), "shortName": "Галиева Л. Р.", "avatarUrl": None,
        "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
        "schools": [{"id": SCHOOL, "name": "МАОУ «Лицей № 20»", "type": "School", "groupIds": [GROUP]}],
        "eduGroups": [], "children": [{"personId": P1, "personId_str": s(P1), "firstName": "Алина", "lastName": "Галиева",
        "middleName": "Маратовна", "shortName": "Галиева А. М.", "schoolIds": [SCHOOL], "groupIds": [GROUP]}],
        "splitId": None}, pulled(15, "18:00")),
    rec(f"GET /v2/edu-groups/{GROUP}/lessons/2026-11-16/2026-11-20",
        [lesson_full(1, [1, 2]), lesson_full(2, [3]), lesson_full(3, [4, 5]), lesson_full(4, [7]), lesson_full(5, [6])],
        pulled(15, "18:00")),
]]})
# 2: Monday evening: marks of Monday's lessons, the first homework bundle
steps.append({"name": "2 Monday 2026-11-16 19:00-20:00: Monday's marks by lesson; the week's homework (H1 with a file, H2)", "batches": [[
    rec(f"GET /v2/lessons/{L[1]}/marks", [mk(1), mk(2), mk(3), mk(4), mk(5)], pulled(16, "19:00")),
    rec(f"GET /v2/lessons/{L[2]}/marks", [mk(6), mk(7)], pulled(16, "19:00")),
    rec(HW_REQ, bundle([HW1, HW2a], [lesson_flat(1, [W[1], W[2], H[1]]), lesson_flat(2, [W[3], H[2]])],
                       [file(1, "2026-11-16T15:00:00")]), pulled(16, "20:00")),
]]})
# 3: Tuesday: notices; works/many without W2
steps.append({"name": "3 Tuesday 2026-11-17: legacy notices (P2's '2' with deleted_at, P1's literature '4' with deleted_at, H2 undated); works/many without the self-study work W2", "batches": [[
    notice("marks", mark_ids(2), f"2026-11-17T10:00:00{TZ}"),
    notice("marks", mark_ids(6), f"2026-11-17T12:00:00{TZ}"),
    notice("homeworks", {"id": H[2], "id_str": s(H[2])}),
    rec("POST /v2/works/many", [work(1)], pulled(17, "18:00"), request_body=[s(W[1]), s(W[2])]),
]]})
# 4: Wednesday: P1's literature mark given again under its id; L3 marks; homework bundle with H2 set again and H3
steps.append({"name": "4 Wednesday 2026-11-18: P1's literature mark given again (same id, '5'); Wednesday's algebra marks; the homework bundle sets H2 again (new text) and H3", "batches": [[
    rec(f"GET /v2/lessons/{L[2]}/marks", [mk(6, "5", "2026-11-18T08:05:19.4"), mk(7)], pulled(18, "09:00")),
    rec(f"GET /v2/lessons/{L[3]}/marks", [mk(8), mk(9), mk(10), mk(11)], pulled(18, "19:00")),
    rec(HW_REQ, bundle([HW1, HW2b, HW3], [lesson_flat(1, [W[1], H[1]]), lesson_flat(2, [W[3], H[2]]),
                                          lesson_flat(3, [W[4], W[5], H[3]])],
                       [file(1, "2026-11-16T15:00:00")]), pulled(18, "20:00")),
]]})
# 5: Thursday: P3's '3' deleted (undated) and re-given as a new mark; H3 withdrawn (dated); W4 deleted; literature marks; homework bundle with H4 and files
steps.append({"name": "5 Thursday 2026-11-19: P3's algebra '3' deleted (undated notice) and re-given as '4'; H3 withdrawn (deleted_at 12:00); lessons/{L3}/works without W4; Thursday's literature; the homework bundle with H4 and two files", "batches": [[
    notice("marks", mark_ids(10)),
    rec(f"GET /v2/works/{W[5]}/marks", [mk(11), mk(12)], pulled(19, "16:30")),
    notice("homeworks", {"id": H[3], "id_str": s(H[3])}, f"2026-11-19T12:00:00{TZ}"),
    rec(f"GET /v2/lessons/{L[3]}/works", [work(5)], pulled(19, "18:00")),
    rec(f"GET /v2/lessons/{L[4]}/marks", [mk(16)], pulled(19, "18:00")),
    rec(HW_REQ, bundle([HW1, HW2b, HW4], [lesson_flat(1, [W[1], H[1]]), lesson_flat(2, [W[3], H[2]]),
                                          lesson_flat(4, [W[7], H[4]])],
                       [file(1, "2026-11-16T15:00:00"), file(2, "2026-11-19T14:00:00"), file(3, "2026-11-19T14:00:10")]),
        pulled(19, "20:00")),
]]})
# 6: the retry: the homework bundle pulled Wednesday delivered after Thursday's (H3 must stay withdrawn)
steps.append({"name": "6 Thursday 2026-11-19 late: the job retries Wednesday's homework bundle (pulled 11-18 20:00, before H3's deleted_at)", "batches": [[
    rec(HW_REQ, bundle([HW1, HW2b, HW3], [lesson_flat(1, [W[1], H[1]]), lesson_flat(2, [W[3], H[2]]),
                                          lesson_flat(3, [W[4], W[5], H[3]])],
                       [file(1, "2026-11-16T15:00:00")]), pulled(18, "20:00")),
]]})
# 7: Saturday: the test's marks, newer pull first, older pull delivered after; homework H5
RANGE20 = f"GET /v2/edu-groups/{GROUP}/marks/2026-11-20/2026-11-20"
steps.append({"name": "7 Saturday 2026-11-21: Friday's test marks pulled Sat 12:00 (P3 '3' -> '4-' after an appeal, P2's '5-' gone) delivered before the Friday 18:00 pull; H5 set Friday", "batches": [[
    rec(RANGE20, [mk(13), mk(15, "4-")], pulled(21, "12:00")),
    rec(HW_REQ, bundle([HW1, HW2b, HW4, HW5a], [lesson_flat(1, [W[1], H[1]]), lesson_flat(2, [W[3], H[2]]),
                                                lesson_flat(4, [W[7], H[4]]), lesson_flat(5, [W[6], H[5]])],
                       [file(1, "2026-11-16T15:00:00"), file(2, "2026-11-19T14:00:00"), file(3, "2026-11-19T14:00:10")]),
        pulled(20, "20:00")),
], [
    rec(RANGE20, [mk(13), mk(14), mk(15)], pulled(20, "18:00")),
]]})
# 8: Sunday: H5 withdrawn (dated) and set again by a later pull with a new text and due date
steps.append({"name": "8 Sunday 2026-11-22: H5 withdrawn (deleted_at Sat 09:00), then set again by the bundle pulled Sun 18:00 (new text, due Wed)", "batches": [[
    notice("homeworks", {"id": H[5], "id_str": s(H[5])}, f"2026-11-21T09:00:00{TZ}"),
    rec(HW_REQ, bundle([HW1, HW2b, HW4, HW5b], [lesson_flat(1, [W[1], H[1]]), lesson_flat(2, [W[3], H[2]]),
                                                lesson_flat(4, [W[7], H[4]]), lesson_flat(5, [W[6], H[5]])],
                       [file(1, "2026-11-16T15:00:00"), file(2, "2026-11-19T14:00:00"), file(3, "2026-11-19T14:00:10")]),
        pulled(22, "18:00")),
]]})
# 9: the big retry: Monday's group marks range (pulled Mon 20:00) delivered last
steps.append({"name": "9 Monday 2026-11-23: the job's retry of Monday's group marks range, pulled 11-16 20:00 (before every notice and works/many)", "batches": [[
    rec(f"GET /v2/edu-groups/{GROUP}/marks/2026-11-16/2026-11-16", [mk(1), mk(2), mk(3), mk(4), mk(5), mk(6), mk(7)],
        pulled(16, "20:00")),
]]})

journey = {"vendor": "dnevnik_ru",
           "description": "Dnevnik.ru 7Г, 2026-11-16..22: a retrying sync job. Answers pulled earlier delivered after "
                          "later pulls, legacy deletion notices with and without deleted_at, assessment works deleted "
                          "(works/many, lessons/{l}/works), marks deleted and re-given, homework withdrawn and set again, "
                          "homework files.",
           "steps": steps}
out = Path(__file__).with_name("journey.json")
out.write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for st in steps for b in st["batches"]), "records")
