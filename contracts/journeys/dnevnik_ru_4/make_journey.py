"""Dnevnik.ru journey 4: Kaliningrad (timeZone 2), 6А on quarters and 10Б on half-years, week 2026-02-09..13,
out-of-order delivery of older answers, last year's 5А history pushed late. Standard library only; deterministic.
Ids are Python ints, so ids near 2^63 are written exactly."""
import json
from pathlib import Path

S = 1000002345002
G6, G10, G5 = 2260325488551990601, 9200000000000001010, 2260325488551890501
P1, P2, P3, P4 = 1000012500001, 1000012500002, 9200000000000000017, 1000012500004
U = {P1: 1000011500001, P2: 1000011500002, P3: 9200000000000000016, P4: None}
NAMES = {P1: ("Белова", "Ксения", "Сергеевна", "Female"), P2: ("Орлов", "Никита", "Олегович", "Male"),
         P3: ("Белов", "Артём", "Сергеевич", "Male"), P4: ("Янина", "Полина", "Андреевна", "Female")}
T1, T2, T3, T4 = 1000012500901, 1000012500902, 1000012500903, 9200000000000000904
TNAMES = {T1: ("Зуева", "Марина", "Петровна", 1000011500901), T2: ("Лисицын", "Павел", "Андреевич", 1000011500902),
          T3: ("Громова", "Елена", "Сергеевна", 1000011500903), T4: ("Осипов", "Игорь", "Витальевич", 9200000000000000905)}
PARENTS = {  # user: (person, last, first, middle, children)
    1000011500101: (1000012500101, "Белова", "Ирина", "Викторовна", [P1, P3]),
    9200000000000000201: (9200000000000000202, "Белов", "Сергей", "Николаевич", [P1, P3]),
    1000011500103: (1000012500103, "Орлова", "Татьяна", "Ивановна", [P2])}
MATH, RUS, ALG, PHYS = 1000003500001, 1000003500002, 1000003500003, 9200000000000003004
SUBJ = {MATH: ("Математика", "Математика и информатика"), RUS: ("Русский язык", "Русский язык и литература"),
        ALG: ("Алгебра", "Математика и информатика"), PHYS: ("Физика", "Естественнонаучные предметы")}
WT = {3101: ("Ответ на уроке", "ОУ", 1, "DefaultNewLessonWork"), 3102: ("Контрольная работа", "КР", 3, "LessonTestWork"),
      3103: ("Самостоятельная работа", "СР", 2, "CommonWork"), 3104: ("Домашнее задание", "ДЗ", 1, "Homework"),
      3105: ("Четвертная оценка", "ЧО", 0, "PeriodMark"), 3106: ("Годовая оценка", "ГО", 0, "PeriodMark"),
      3107: ("Полугодовая оценка", "ПО", 0, "PeriodMark")}
BELLS = {1: ("08:00", "08:45"), 2: ("08:55", "09:40"), 3: ("10:00", "10:45"), 4: ("11:05", "11:50"),
         5: ("12:00", "12:45"), 6: ("12:55", "13:40")}
ROOM = {MATH: "214", RUS: "108", ALG: "301", PHYS: "Кабинет физики"}
TEACH = {(G6, MATH): T1, (G6, RUS): T2, (G10, ALG): T3, (G10, PHYS): T4, (G5, MATH): T1, (G5, RUS): T2}
MEMBERS = {G6: [P1, P2], G10: [P3, P4], G5: [P1, P2]}
GNAME = {G6: ("6А", 6, 2025, "Active"), G10: ("10Б", 10, 2025, "Active"), G5: ("5А", 5, 2024, "Archive")}

# lessons: id -> (group, date, number, subject, title, time or None)
L = {}
def lesson(lid, g, date, number, subj, title, midnight=False):
    L[lid] = dict(g=g, date=date, number=number, subj=subj, title=title, midnight=midnight)
A = 2260325488552600000
B = 9200000000000600000
C = 2260325488552500000
lesson(A + 1, G6, "2026-02-09", 1, MATH, "Обыкновенные дроби. Сравнение дробей")
lesson(A + 2, G6, "2026-02-09", 2, RUS, "Имя прилагательное как часть речи")
lesson(A + 3, G6, "2026-02-10", 1, RUS, "")            # empty topic
lesson(A + 4, G6, "2026-02-10", 3, MATH, "Приведение дробей к общему знаменателю")
lesson(A + 5, G6, "2026-02-11", 2, MATH, "Сложение дробей")
lesson(A + 6, G6, "2026-02-11", 4, RUS, None)          # null topic
lesson(A + 7, G6, "2026-02-12", 1, MATH, "Самостоятельная работа «Дроби»")
lesson(A + 8, G6, "2026-02-13", 2, RUS, "Контрольный диктант «Зимний лес»")
lesson(A + 9, G6, "2026-02-13", 3, MATH, "Вычитание дробей")
lesson(B + 1, G10, "2026-02-09", 3, ALG, "Логарифм числа")
lesson(B + 2, G10, "2026-02-09", 4, PHYS, "Электрическое поле")
lesson(B + 3, G10, "2026-02-10", 2, PHYS, "Напряжённость электрического поля")
lesson(B + 4, G10, "2026-02-11", 1, ALG, "Свойства логарифмов")
lesson(B + 5, G10, "2026-02-12", 5, ALG, "Логарифмические уравнения")
lesson(B + 6, G10, "2026-02-12", 6, PHYS, "Решение задач: закон Кулона")
lesson(B + 7, G10, "2026-02-13", 2, ALG, "Контрольная работа «Логарифмы»")
lesson(B + 8, G10, "2026-02-13", 7, PHYS, "Консультация перед контрольной", midnight=True)  # no time
lesson(C + 1, G5, "2025-05-12", 2, MATH, "Повторение: натуральные числа")
lesson(C + 2, G5, "2025-05-14", 1, RUS, "Итоговый диктант")
NEW_TOPIC = {A + 5: "Сложение дробей с разными знаменателями"}

WORKTYPE_OF_LESSON = {A + 7: 3103, A + 8: 3102, B + 7: 3102}
def work_id(lid):
    return lid + 1000000

# marks: id -> (lesson, person, value, date, extras)
M = {}
MK = 2260325488552700000
MB = 9200000000000700000
def mark(mid, lid, p, value, date, **extra):
    M[mid] = dict(lesson=lid, person=p, value=value, date=date, extra=extra)
mark(MK + 1, A + 1, P1, "5", "2026-02-09T08:41:12.37")
mark(MK + 2, A + 1, P2, "4-", "2026-02-09T08:42:01.5")
mark(MK + 3, A + 3, P1, "2", "2026-02-10T08:40:09.803")        # deleted by the newer answer
mark(MK + 4, A + 3, P2, "3+", "2026-02-10T08:40:55.1")
mark(MK + 5, A + 5, P2, "3", "2026-02-11T09:30:44.21")          # corrected to 4 by the newer answer
mark(MK + 6, A + 7, P1, "5-", "2026-02-12T15:20:11.853Z")       # Swagger-style Z (§2 [?])
mark(MK + 7, A + 7, P2, "4", "2026-02-12T15:21:30.4")
mark(MK + 8, A + 8, P1, "4", "2026-02-13T16:02:11.9", unknown=True)
mark(MK + 9, A + 8, P2, "5", "2026-02-13T16:02:40")
mark(MB + 1, B + 1, P3, "5", "2026-02-09T10:40:00.12")
mark(MB + 2, B + 1, P4, "4+", "2026-02-09T10:41:00.7")
mark(MB + 3, B + 3, P3, "3", "2026-02-10T09:35:12.5")
mark(MB + 4, B + 3, P4, "5", "2026-02-10T09:36:00.05", no_text=True)
mark(MB + 5, B + 5, P3, "4", "2026-02-12T11:45:00.3")
mark(MB + 6, B + 5, P4, "2", "2026-02-12T11:46:10.6", avg=False)
mark(MB + 7, B + 7, P3, "5", "2026-02-13T16:40:05.1")           # set in the afternoon, after a 15:00 pull
mark(MB + 8, B + 7, P4, "4", "2026-02-13T16:41:15.27")
mark(MK + 51, C + 1, P1, "5", "2025-05-12T09:30:00.2")
mark(MK + 52, C + 1, P2, "3", "2025-05-12T09:31:00.2")
mark(MK + 53, C + 2, P1, "4", "2025-05-15T18:00:00.45")
mark(MK + 54, C + 2, P2, "4-", "2025-05-15T18:01:00.45")
CORRECTED = {MK + 5: ("4", "2026-02-14T08:12:33.6")}
DELETED = {MK + 3}

# attendance: (lesson, person) -> (status, comment, createdDate)
ATT = {}
for lid, l in L.items():
    if l["g"] != G5:
        for p in MEMBERS[l["g"]]:
            ATT[(lid, p)] = ["Attend", "", l["date"] + "T09:00:00.1"]
ATT[(A + 5, P2)] = ["Late", None, "2026-02-11T08:59:00.31"]
ATT[(A + 7, P1)] = ["Absent", "", "2026-02-12T08:03:10.7"]
ATT[(A + 3, P1)] = ["Ill", "справка", "2026-02-10T08:02:00.0"]
ATT[(B + 5, P4)] = ["Pass", "региональные соревнования по лыжным гонкам", "2026-02-12T11:05:00.2"]
ATT[(B + 3, P3)] = ["Absent", "", "2026-02-10T08:57:00Z"]
for key, entry in (((C + 1, P1), ["Attend", "", "2025-05-12T09:00:00.3"]), ((C + 1, P2), ["Attend", "", "2025-05-12T09:00:00.3"]),
                   ((C + 2, P1), ["Ill", "справка", "2025-05-14T08:10:00.61"]), ((C + 2, P2), ["Attend", "", "2025-05-14T08:10:00.61"])):
    ATT[key] = entry
ATT_NEW = {(B + 3, P3): ["Ill", "справка от врача", "2026-02-14T08:30:00.5"]}

# homework: work id -> (lesson, text, due, files)
HW = {}
HK = 2260325488552800000
HB = 9200000000000800000
FILES = {1000020000701: "Дроби — памятка (6 класс).pdf", 1000020000702: "Таблица логарифмов.docx"}
HW[HK + 1] = (A + 1, "№ 512, 514 (а, б)", "2026-02-11T00:00:00", [1000020000701])
HW[HK + 2] = (A + 6, "Упр. 301; выучить правило на с. 87", "2026-02-13T00:00:00Z", [])
HW[HB + 1] = (B + 4, "§ 18, № 301–305", "2026-02-12T00:00:00", [1000020000702])
HW[HB + 2] = (B + 6, "Подготовиться к контрольной: повторить § 12–15", "2026-02-16T00:00:00", None)


def ids(name, value):
    return {name: value, name + "_str": None if value is None else str(value)}


def subject_obj(s):
    return {"id": s, "id_str": str(s), "name": SUBJ[s][0], "knowledgeArea": SUBJ[s][1], "fgosSubjectId": None}


def dt_of(lid):
    l = L[lid]
    return l["date"] + ("T00:00:00" if l["midnight"] else "T" + BELLS[l["number"]][0] + ":00")


def work_obj(wid, lid, wtype, text="", target=None, files=(), kind=None):
    l = L[lid]
    return {**ids("id", wid), "type": kind or WT[wtype][3], "workType": wtype, "markType": "mark5", "markCount": 1,
            **ids("lesson", lid), "displayInJournal": kind != "Homework", "status": "Sent", **ids("eduGroup", l["g"]),
            "tasks": [], "text": text, "periodNumber": 3 if l["g"] == G6 else 2,
            "periodType": "Quarter" if l["g"] == G6 else "HalfYear", "subjectId": l["subj"], "isImportant": False,
            "targetDate": target or l["date"] + "T00:00:00",
            "sentDate": None if kind != "Homework" else l["date"] + "T16:10:02.7", "createdBy": TEACH[(l["g"], l["subj"])],
            "files": list(files) if files is not None else None, "oneDriveLinks": []}


def lesson_obj(lid, topics):
    l = L[lid]
    works = [work_obj(work_id(lid), lid, WORKTYPE_OF_LESSON.get(lid, 3101))]
    for hid, (hl, text, due, files) in sorted(HW.items()):
        if hl == lid:
            works.append(work_obj(hid, lid, 3104, text, due, files, "Homework"))
    t = TEACH[(l["g"], l["subj"])]
    obj = {**ids("id", lid), "title": topics.get(lid, l["title"]), "date": dt_of(lid), "number": l["number"],
           "subject": subject_obj(l["subj"]), "group": l["g"], "status": "Conducted", "resultPlaceId": 0,
           "works": works, "teachers": [t], "teachers_str": [str(t)]}
    if lid in (A + 2, B + 2):  # fields no reference lists: a newer server may add some
        obj.update({"isOnline": False, "lessonPlanId": None, "roomId": 77120})
    return obj


def mark_obj(mid, state=None):
    m = M[mid]
    value, date = (state or (m["value"], m["date"]))
    lid = m["lesson"]
    obj = {**ids("id", mid), "type": "mark5", "value": value, "textValue": value, **ids("person", m["person"]),
           **ids("work", work_id(lid)), **ids("lesson", lid), "number": 0, "date": date,
           "workType": WORKTYPE_OF_LESSON.get(lid, 3101),
           "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"),
           "use_avg_calc": m["extra"].get("avg", True)}
    if m["extra"].get("no_text"):
        del obj["textValue"], obj["mood"]
    if m["extra"].get("unknown"):
        obj.update({"isExam": False, "criteriaMarks": [], "updatedDate": "2026-02-13T16:02:11.9"})
    return obj


def marks_of(pred, corrected=False, deleted=False):
    out = []
    for mid in sorted(M):
        if deleted and mid in DELETED:
            continue
        if pred(M[mid]):
            out.append(mark_obj(mid, CORRECTED.get(mid) if corrected else None))
    return out


def log_obj(key, entry):
    (lid, p), (status, comment, created) = key, entry
    return {**ids("person", p), **ids("lesson", lid), "comment": comment, "status": status, "createdDate": created}


def flat_lesson(lid, topics):
    l = L[lid]
    b = BELLS.get(l["number"])
    works = [work_id(lid)] + [h for h, v in sorted(HW.items()) if v[0] == lid]
    return {"id": lid, "title": topics.get(lid, l["title"]), "date": dt_of(lid), "number": l["number"],
            "subjectId": l["subj"], "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
            "place": ROOM[l["subj"]] if not l["midnight"] else "", "floor": None,
            "hours": None if l["midnight"] else f"{b[0]} - {b[1]}", "works": works,
            "teachers": [TEACH[(l["g"], l["subj"])]]}


def person_obj(p, last, first, middle, sex, user):
    return {**ids("id", p), **ids("userId", user), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def schedule(p, g, d_from, d_to, topics, corrected=False, deleted=False):
    days = []
    dates = sorted({l["date"] for l in L.values() if l["g"] == g and d_from <= l["date"] <= d_to})
    for i, date in enumerate(dates):
        lids = sorted((lid for lid, l in L.items() if l["g"] == g and l["date"] == date), key=lambda x: L[x]["number"])
        subs = sorted({L[x]["subj"] for x in lids})
        teachers = sorted({TEACH[(g, L[x]["subj"])] for x in lids})
        days.append({
            "date": date + "T00:00:00", "lessons": [flat_lesson(x, topics) for x in lids],
            "marks": marks_of(lambda m: m["person"] == p and m["lesson"] in lids, corrected, deleted),
            "works": [work_obj(work_id(x), x, WORKTYPE_OF_LESSON.get(x, 3101)) for x in lids],
            "homeworks": [], "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": None} for s in subs],
            "workTypes": [{"id": w, "schoolId": S, "abbreviation": WT[w][1], "name": WT[w][0], "isFinal": False,
                           "isImportant": w == 3102, "kindId": w - 3100, "kind": WT[w][3]}
                          for w in sorted({WORKTYPE_OF_LESSON.get(x, 3101) for x in lids})],
            "lessonLogEntries": [log_obj((x, p), ATT[(x, p)]) for x in lids if (x, p) in ATT],
            "teachers": [{"person": person_obj(t, *TNAMES[t][:3], "Female" if TNAMES[t][2].endswith("вна") else "Male",
                                               TNAMES[t][3]), "role": "Teacher"} for t in teachers],
            "nextDate": (dates[i + 1] + "T00:00:00") if i + 1 < len(dates) else None})
    return {"days": days}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


PERIODS = {
    G6: [(1000007500601, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть", 2025),
         (1000007500602, "2025-11-05", "2025-12-26", 2, "Quarter", "2 четверть", 2025),
         (1000007500603, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть", 2025),
         (1000007500604, "2026-03-30", "2026-05-25", 4, "Quarter", "4 четверть", 2025)],
    G10: [(1000007501001, "2025-09-01", "2025-12-26", 1, "HalfYear", "1 полугодие", 2025),
          (1000007501002, "2026-01-12", "2026-05-25", 2, "HalfYear", "2 полугодие", 2025)],
    G5: [(1000007400501, "2024-09-02", "2024-10-25", 1, "Quarter", "1 четверть", 2024),
         (1000007400502, "2024-11-05", "2024-12-27", 2, "Quarter", "2 четверть", 2024),
         (1000007400503, "2025-01-09", "2025-03-21", 3, "Quarter", "3 четверть", 2024),
         (1000007400504, "2025-03-31", "2025-05-26", 4, "Quarter", "4 четверть", 2024),
         (1000007400509, "2024-09-02", "2025-05-26", 1, "Year", "Год", 2024)]}
HOLIDAYS = [(1000007700001, "2025-10-25", "2025-11-04", "Осенние каникулы"),
            (1000007700002, "2025-12-27", "2026-01-11", "Зимние каникулы"),
            (1000007700003, "2026-03-21", "2026-03-29", "Весенние каникулы")]
FINALS = {  # group -> [(period, person, subject, value, date)]
    G6: [(1000007500601, P1, MATH, "5", "2025-10-24T14:00:00.5"), (1000007500601, P1, RUS, "4", "2025-10-24T14:05:00.5"),
         (1000007500601, P2, MATH, "4", "2025-10-24T14:00:30.5"), (1000007500601, P2, RUS, "3", "2025-10-24T14:05:30.5"),
         (1000007500602, P1, MATH, "5", "2025-12-26T13:00:00.71"), (1000007500602, P1, RUS, "4", "2025-12-26T13:10:00.71"),
         (1000007500602, P2, MATH, "3", "2025-12-26T13:00:40.71"), (1000007500602, P2, RUS, "4", "2025-12-26T13:10:40.71")],
    G10: [(1000007501001, P3, ALG, "4", "2025-12-26T12:00:00.3"), (1000007501001, P3, PHYS, "4", "2025-12-26T12:30:00.3"),
          (1000007501001, P4, ALG, "5", "2025-12-26T12:00:20.3"), (1000007501001, P4, PHYS, "5", "2025-12-26T12:30:20.3")],
    G5: [(1000007400504, P1, MATH, "5", "2025-05-23T12:00:00.1"), (1000007400504, P1, RUS, "4", "2025-05-23T12:10:00.1"),
         (1000007400504, P2, MATH, "3", "2025-05-23T12:00:30.1"), (1000007400504, P2, RUS, "4", "2025-05-23T12:10:30.1"),
         (1000007400509, P1, MATH, "5", "2025-05-26T10:00:00.9"), (1000007400509, P1, RUS, "4", "2025-05-26T10:10:00.9"),
         (1000007400509, P2, MATH, "4", "2025-05-26T10:00:30.9"), (1000007400509, P2, RUS, "4", "2025-05-26T10:10:30.9")]}
AVG_YEAR = ("2024-09-02", "2025-05-26", {P1: {MATH: "4.61", RUS: "4.10"}, P2: {MATH: "3.48", RUS: "4.00"}})
AVGS = {G6: ("2025-11-05", "2025-12-26", {P1: {MATH: "4.80", RUS: "4.25"}, P2: {MATH: "3.50", RUS: "3.67"}}),
        G10: ("2025-09-01", "2025-12-26", {P3: {ALG: "4.20", PHYS: "3.90"}, P4: {ALG: "4.75", PHYS: "5.00"}})}


def group_obj(g):
    name, par, year, status = GNAME[g]
    return {**ids("id", g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, **ids("timetable", 1000006000500 + par), "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def final_marks_body(g):
    out = []
    for (rp, p) in sorted({(f[0], f[1]) for f in FINALS[g]}):
        subs = []
        for i, (rp2, p2, s, v, d) in enumerate(FINALS[g]):
            if (rp2, p2) == (rp, p):
                fid = 2260325488552900000 + (g % 1000) * 100 + i
                wt = 3106 if rp == 1000007400509 else (3107 if g == G10 else 3105)
                subs.append({**ids("subject", s), "final-mark": {
                    **ids("id", fid), "type": "mark5", "value": v, "textValue": v, **ids("person", p),
                    **ids("work", fid + 50), "lesson": None, "lesson_str": None, "number": 0, "date": d,
                    "workType": wt, "mood": "Good", "use_avg_calc": False}})
        out.append({**ids("person", p), **ids("group", g), **ids("reportingPeriod", rp), "per-subject-final-marks": subs})
    return out


def build():
    steps = []
    t0 = "2026-02-09T07:00:00+02:00"
    # 1. reference data
    b1 = [rec(f"GET /v2/schools/{S}", {**ids("id", S), "name": "МАОУ СОШ № 56", "fullName":
              "Муниципальное автономное общеобразовательное учреждение города Калининграда средняя общеобразовательная школа № 56",
              "avatarSmall": None, "city": "Калининград", "municipality": "городской округ «Город Калининград»",
              "regionid": 39, "markType": "mark5", "timeZone": 2, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular", "tsoCityId": 3901, "tsoRegionTreePath": "39."}, t0),
          rec(f"GET /v2/work-types/{S}", [{"id": w, "id_str": str(w), "schoolId": S, "kindId": w - 3100, "kind": v[3],
                                            "title": v[0], "abbr": v[1], "weight": v[2]} for w, v in sorted(WT.items())], t0),
          rec("POST /v2/edu-groups", [{"group": group_obj(g), "students": [{"person": p, "membershipstatus": "Active"}
                                                                         for p in MEMBERS[g]]} for g in (G6, G10)], t0, [G6, G10])]
    for g in (G6, G10):
        b1.append(rec(f"GET /v2/edu-groups/{g}/reporting-periods",
                      [{**ids("id", rp), "start": a + "T00:00:00", "finish": b + "T00:00:00", "number": n, "type": t,
                        "name": nm, "year": y} for rp, a, b, n, t, nm, y in PERIODS[g]], t0))
        b1.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group",
                      {"id": 1000007600000 + g % 1000, "reportingPeriods": [
                          {**ids("id", rp), "start": a + "T00:00:00", "finish": b + "T00:00:00", "number": n, "type": t,
                           "name": nm, "year": y} for rp, a, b, n, t, nm, y in PERIODS[g]],
                       "holidays": [{"id": h, "reportingPeriodGroupId": 1000007600000 + g % 1000,
                                     "dateStart": a + "T00:00:00", "dateFinish": b + "T00:00:00", "name": nm,
                                     "description": None} for h, a, b, nm in HOLIDAYS]}, t0))
    users = []
    for t, (last, first, middle, user) in sorted(TNAMES.items()):
        users.append({**ids("id", user), **ids("personId", t), "name": f"{first} {last}", "email": None,
                      "login": None, "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
                      "firstName": first, "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
                      "locale": "ru-RU", "timezone": "+2:00", "sex": None, "photoSmall": None, "photoMedium": None,
                      "photoLarge": None, "birthday": None, "roles": ["EduStaff"], "phone": ""})
    for p, (last, first, middle, sex) in sorted(NAMES.items()):
        if U[p]:
            users.append({**ids("id", U[p]), **ids("personId", p), "name": f"{first} {last}", "fullName": f"{last} {first} {middle}",
                          "firstName": first, "middleName": middle, "lastName": last, "locale": "ru-RU",
                          "timezone": "+2:00", "sex": sex, "birthday": "2014-03-03T00:00:00" if p in (P1, P2) else "2009-07-21T00:00:00",
                          "roles": ["EduStudent"]})
    b1.append(rec("POST /v2/users/many", users, t0, sorted(u[3] for u in TNAMES.values()) + sorted(u for u in U.values() if u)))
    for g, t in ((G6, T1), (G10, T3)):
        b1.append(rec(f"GET /v2/edu-groups/{g}/classteacher", person_obj(t, *TNAMES[t][:3], "Female", TNAMES[t][3]), t0))
    for g in (G6, G10):
        b1.append(rec(f"GET /v2/edu-groups/{g}/persons?includeArchive=false",
                      [person_obj(p, *NAMES[p], U[p]) for p in MEMBERS[g]], t0))
    for g in (G6, G10):
        b1.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks_body(g), t0))
        a, b, vals = AVGS[g]
        b1.append(rec(f"GET /v2/edu-groups/{g}/avg-marks/{a}/{b}",
                      [{**ids("person", p), "per-subject-averages": [{**ids("subject", s), "avg-mark-value": v}
                                                                    for s, v in sorted(vals[p].items())]}
                       for p in sorted(vals)], t0))
    ctx = []
    for u, (pp, last, first, middle, kids) in PARENTS.items():
        ctx.append(rec(f"GET /v2/users/{u}/context", {
            "userId": u, "personId": pp, "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None,
            "roles": ["EduParent"], "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ СОШ № 56",
                                                                                  "type": "School", "groupIds": []}],
            "eduGroups": [], "children": [{"personId": k, "firstName": NAMES[k][1], "lastName": NAMES[k][0],
                                           "middleName": NAMES[k][2], "shortName": f"{NAMES[k][0]} {NAMES[k][1][0]}.",
                                           "schoolIds": [S], "groupIds": [G6 if k in MEMBERS[G6] else G10]} for k in kids],
            "splitId": None}, t0))
    steps.append({"name": "1 reference data, 2026-02-09 07:00 (+02:00, Kaliningrad): school timeZone 2; work types; "
                          "quarters for 6А and half-years for 10Б in one school; holidays; users; class teachers; "
                          "final marks and avg-marks ('4.80', '5.00' as strings); parents of children in two classes",
                  "batches": [b1, ctx]})

    # 2. the week, pulled Friday 18:00; the 6А schedules and P2's person range are pulled at 18:05/18:10 but
    # delivered only after the Saturday corrections (step 4)
    tf = "2026-02-13T18:00:00+02:00"
    week = []
    for g in (G6, G10):
        week.append(rec(f"GET /v2/edu-groups/{g}/lessons/2026-02-09/2026-02-13",
                        [lesson_obj(x, {}) for x in sorted(L) if L[x]["g"] == g], tf))
    week.append(rec(f"GET /v2/edu-groups/{G6}/marks/2026-02-09/2026-02-13",
                    marks_of(lambda m: L[m["lesson"]]["g"] == G6), tf))
    b10 = [x for x in sorted(L) if L[x]["g"] == G10]
    week.append(rec("POST /v2/lessons/marks", marks_of(lambda m: L[m["lesson"]]["g"] == G10), tf, {"lessons": b10}))
    for g, subs in ((G6, (MATH, RUS)), (G10, (ALG, PHYS))):
        for s in subs:
            week.append(rec(f"GET /v2/lesson-log-entries/group/{g}?subject={s}&from=2026-02-09&to=2026-02-13",
                            [log_obj(k, v) for k, v in sorted(ATT.items()) if L[k[0]]["g"] == g and L[k[0]]["subj"] == s], tf))
    hw_lessons = sorted({v[0] for v in HW.values()})
    week.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-02-09&endDate=2026-02-20", {
        "works": [work_obj(h, v[0], 3104, v[1], v[2], v[3], "Homework") for h, v in sorted(HW.items())],
        "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": None} for s in sorted({L[x]["subj"] for x in hw_lessons})],
        "lessons": [flat_lesson(x, {}) for x in hw_lessons],
        "files": [{**ids("id", f), "name": n, "typeGroup": "Document", "type": n.rsplit(".", 1)[1], "pageUrl": None,
                   "downloadUrl": f"https://static.dnevnik.ru/files/{f}", "user": None, "size": 48213, "vote": None,
                   "uploadedDate": "2026-02-09T16:00:00.5", "storageType": "Default"} for f, n in sorted(FILES.items())],
        "teachers": [person_obj(t, *TNAMES[t][:3], "Female", TNAMES[t][3]) for t in (T1, T2, T3, T4)]}, tf))
    for p in (P3, P4):
        week.append(rec(f"GET /v2.0/persons/{p}/groups/{G10}/schedules?startDate=2026-02-09&endDate=2026-02-13",
                        schedule(p, G10, "2026-02-09", "2026-02-13", {}), "2026-02-13T18:10:00+02:00"))
    t22 = "2026-02-13T22:00:00+02:00"
    for p in (P3, P4):
        week.append(rec(f"GET /v2/persons/{p}/schools/{S}/marks/2026-02-09/2026-02-13",
                        marks_of(lambda m: m["person"] == p and L[m["lesson"]]["g"] == G10), t22))
    week.append(rec(f"GET /v2/lessons/{B + 7}/marks", marks_of(lambda m: m["lesson"] == B + 7), t22))
    steps.append({"name": "2 week 2026-02-09..13 pulled Friday 18:00: lessons with topic '' and null, unknown extra "
                          "fields, a lesson at midnight without hours (no time), marks of 10Б by POST lessons/marks, "
                          "a Z mark date, a mark without textValue/mood, log entries with comment null, homework "
                          "targetDate with Z and files null", "batches": [week]})

    # 3. Saturday corrections (newer answers)
    ts = "2026-02-14T09:00:00+02:00"
    corr = [rec(f"GET /v2/edu-groups/{G6}/lessons/2026-02-09/2026-02-13",
                [lesson_obj(x, NEW_TOPIC) for x in sorted(L) if L[x]["g"] == G6], ts),
            rec(f"GET /v2/edu-groups/{G6}/marks/2026-02-09/2026-02-13",
                marks_of(lambda m: L[m["lesson"]]["g"] == G6, True, True), ts),
            rec(f"GET /v2/lesson-log-entries/group/{G10}?subject={PHYS}&from=2026-02-09&to=2026-02-13",
                [log_obj(k, ATT_NEW.get(k, v)) for k, v in sorted(ATT.items()) if L[k[0]]["g"] == G10 and L[k[0]]["subj"] == PHYS], ts)]
    steps.append({"name": "3 Saturday 09:00 re-pull: 6А lesson topic changed, P2's maths 3 -> 4 (same id), P1's "
                          "Russian 2 gone; P3's physics Absent -> Ill", "batches": [corr]})

    # 4. older answers delivered after the newer ones (queue delay / retry of a failed batch)
    stale = [week[2], week[0],
             rec(f"GET /v2/persons/{P2}/schools/{S}/marks/2026-02-09/2026-02-13",
                 marks_of(lambda m: m["person"] == P2 and L[m["lesson"]]["g"] == G6), "2026-02-13T18:05:00+02:00")]
    for p in (P1, P2):
        stale.append(rec(f"GET /v2.0/persons/{p}/groups/{G6}/schedules?startDate=2026-02-09&endDate=2026-02-13",
                         schedule(p, G6, "2026-02-09", "2026-02-13", {}), "2026-02-13T18:10:00+02:00"))
    stale.append(week[[i for i, r in enumerate(week) if f"group/{G10}?subject={PHYS}" in r["request"]][0]])
    stale.append(rec(f"GET /v2/persons/{P3}/schools/{S}/marks/2026-02-09/2026-02-13",
                     marks_of(lambda m: m["person"] == P3 and L[m["lesson"]]["g"] == G10 and m["lesson"] != B + 7),
                     "2026-02-13T15:00:00+02:00"))
    stale.append(rec(f"GET /v2/lessons/{B + 7}/marks", [], "2026-02-13T15:00:00+02:00"))
    steps.append({"name": "4 older answers (pulled Friday 18:00-18:10) delivered after Saturday's: the stale 6А "
                          "marks and lessons again, P2's person range and the 6А schedules never sent before, the stale "
                          "10Б physics log entries; P3's person range and the test's lessons/{l}/marks pulled at 15:00, before the "
                          "Friday test marks were set (16:40), so they lack them; none may undo a newer state", "batches": [stale]})

    # 5. last year's history pushed late
    th = "2026-02-14T10:00:00+02:00"
    hist = [rec(f"GET /v2/persons/{P1}/edu-groups/all", [group_obj(G6), group_obj(G5)], th),
            rec(f"GET /v2/persons/{P2}/edu-groups/all", [group_obj(G6), group_obj(G5)], th),
            rec(f"GET /v2/persons/{P3}/edu-groups/all", [group_obj(G10)], th),
            rec(f"GET /v2/edu-groups/{G5}", group_obj(G5), th),
            rec(f"GET /v2/edu-groups/{G5}/persons?includeArchive=true", [person_obj(p, *NAMES[p], U[p]) for p in MEMBERS[G5]], th),
            rec(f"GET /v2/edu-groups/{G5}/reporting-periods",
                [{**ids("id", rp), "start": a + "T00:00:00", "finish": b + "T00:00:00", "number": n, "type": t,
                  "name": nm, "year": y} for rp, a, b, n, t, nm, y in PERIODS[G5]], th),
            rec(f"GET /v2/edu-groups/{G5}/lessons/2025-05-12/2025-05-16",
                [lesson_obj(x, {}) for x in sorted(L) if L[x]["g"] == G5], th),
            rec(f"GET /v2/edu-groups/{G5}/marks/2025-05-12/2025-05-16", marks_of(lambda m: L[m["lesson"]]["g"] == G5), th)]
    for p in (P1, P2):
        hist.append(rec(f"GET /v2/persons/{p}/groups/{G5}/schedules?startDate=2025-05-12&endDate=2025-05-16",
                        schedule(p, G5, "2025-05-12", "2025-05-16", {}), th))
    hist.append(rec(f"GET /v2/edu-groups/{G5}/final-marks", final_marks_body(G5), th))
    for p in (P1, P2):
        hist.append(rec(f"GET /v2/persons/{p}/edu-groups/{G5}/final-marks",
                        [row for row in final_marks_body(G5) if row["person"] == p], th))
    for sub in (MATH, RUS):
        hist.append(rec(f"GET /v2/lesson-log-entries/group/{G5}?subject={sub}&from=2025-05-12&to=2025-05-16",
                        [log_obj(k, v) for k, v in sorted(ATT.items()) if L[k[0]]["g"] == G5 and L[k[0]]["subj"] == sub], th))
    a, b, vals = AVG_YEAR
    hist.append(rec(f"GET /v2/edu-groups/{G5}/avg-marks/{a}T00:00:00/{b}T00:00:00",
                    [{**ids("person", p), "per-subject-averages": [{**ids("subject", s2), "avg-mark-value": v}
                                                                  for s2, v in sorted(vals[p].items())]}
                     for p in sorted(vals)], th))
    steps.append({"name": "5 last year's 5А (studyyear 2024, Archive) pushed late: lessons, marks and schedules of "
                          "2025-05-12..16 with log entries, quarter and Year final marks, the Year's avg-marks", "batches": [hist]})
    return {"vendor": "dnevnik_ru",
            "description": "A fourth Dnevnik.ru journey: МАОУ СОШ № 56, Калининград (timeZone 2), 6А (quarters) and "
                           "10Б (half-years) in one school, week 2026-02-09..13; ids near 2^63; older answers "
                           "delivered after newer ones; last year's 5А (quarters and Год) pushed late.",
            "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
