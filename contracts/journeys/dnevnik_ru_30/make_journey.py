"""Writes journey.json of dnevnik_ru_30 (corrections of every kind). Standard library only; deterministic.

6А of a Tver school, the first fortnight of the second quarter (9-16 November 2026), as a sync job pulls it, with
every kind of correction a real journal sees: a mark's value changed, a mark set on the wrong pupil and moved, a
work's type changed (weight 1 -> 3), a work deleted with its marks, a lesson moved to another day and slot, a
homework text edited and then moved to the next lesson, an attendance entry absent -> late -> present, a quarter
mark corrected after the quarter ended; several of them delivered out of pull order (retries and backfills).
"""
import copy
import json
from pathlib import Path

S = 1000002530030
G = 2260325488530030001
P1, P2, P3 = 1000012530001, 1000012530002, 2260325488530100003
U_PARENT, P_PARENT = 1000011530101, 1000012530101
T_MATH, T_RUS, T_HIST, T_BIO = 1000012530901, 1000012530902, 1000012530903, 1000012530904
MATH, RUS, HIST, BIO = 1000003530001, 1000003530002, 1000003530003, 1000003530004
SUBJ = {MATH: ("Математика", "Математика и информатика"), RUS: ("Русский язык", "Филология"),
        HIST: ("История", "Общественно-научные предметы"), BIO: ("Биология", "Естественнонаучные предметы")}
TEACHER = {MATH: T_MATH, RUS: T_RUS, HIST: T_HIST, BIO: T_BIO}
WT_LESSON, WT_SELF, WT_TEST, WT_HW, WT_PERIOD = 3001, 3002, 3003, 3004, 3090
WT_KIND = {WT_LESSON: "DefaultNewLessonWork", WT_SELF: "CommonWork", WT_TEST: "LessonTestWork", WT_HW: "Homework",
           WT_PERIOD: "PeriodMark"}
HOURS = {1: "08:30", 2: "09:25", 3: "10:30", 4: "11:35", 5: "12:35"}
Q1, Q2, Q3, Q4 = 1000007530301, 1000007530302, 1000007530303, 1000007530304


def L(n):
    return 2260325488530500000 + n


def W(n):
    return 2260325488530700000 + n


def M(n):
    return 2260325488530600000 + n


# lessons: id -> date, number, subject, title (the state the journal has at the time of the pull being built)
LESSONS = {
    L(1): dict(date="2026-11-09", number=1, subject=MATH, title="Сложение и вычитание смешанных чисел"),
    L(2): dict(date="2026-11-09", number=2, subject=RUS, title="Чередование гласных в корнях -лаг- / -лож-"),
    L(3): dict(date="2026-11-10", number=2, subject=RUS, title="Буквы о и ё после шипящих в корне слова"),
    L(4): dict(date="2026-11-11", number=3, subject=HIST, title="Русь при Ярославе Мудром"),
    L(5): dict(date="2026-11-12", number=4, subject=BIO, title="Строение корня. Корневые системы"),
    L(6): dict(date="2026-11-12", number=1, subject=RUS, title="Разделительные ъ и ь"),
    L(7): dict(date="2026-11-12", number=3, subject=MATH, title="Умножение смешанных чисел"),
    L(8): dict(date="2026-11-13", number=1, subject=HIST, title="Владимир Мономах"),
    L(9): dict(date="2026-11-16", number=1, subject=MATH, title="Деление смешанных чисел"),
    L(10): dict(date="2026-11-16", number=2, subject=RUS, title="Правописание приставок пре- и при-"),
}
WEEK1 = [L(n) for n in range(1, 9)]
WEEK2 = [L(9), L(10)]

# works: the default work of every lesson W(n), plus
HW1, HW2 = W(51), W(52)  # homework: Russian (edited, then moved to the next lesson), history
W_H1 = W(41)  # history: "Проверочная работа" entered as Работа на уроке, corrected to Контрольная работа
W_B2 = W(42)  # biology: Самостоятельная работа, deleted with its marks
WORKS = {W(n): dict(lesson=L(n), workType=WT_LESSON, text="") for n in range(1, 11)}
WORKS[W_B2] = dict(lesson=L(5), workType=WT_SELF, text="Самостоятельная работа «Видоизменения корней»")
HW1_OLD = "Упр. 215"
HW1_NEW = "Упр. 215, 217 (устно). Выучить правило на с. 104."
HW2_TEXT = "§ 9, ответить на вопросы 1–3 на с. 78; выписать даты в тетрадь"
LATER_WORKS = {  # set during the fortnight: listed from the pull after they were set
    HW1: dict(lesson=L(3), workType=WT_HW, text=HW1_OLD, target="2026-11-12", sent="2026-11-10T10:12:40.51"),
    HW2: dict(lesson=L(4), workType=WT_HW, text=HW2_TEXT, target="2026-11-13", sent="2026-11-11T11:02:17.3"),
    W_H1: dict(lesson=L(4), workType=WT_LESSON, text="Проверочная работа «Русь при Ярославе Мудром»"),
}

# marks: id -> person, work, value (the journal's state when the pull being built was made)
MARKS = {
    M(1): dict(person=P1, work=W(1), value="5", set="2026-11-09T09:02:11.4"),
    M(2): dict(person=P3, work=W(1), value="4", set="2026-11-09T09:03:05.97"),
    M(5): dict(person=P2, work=W(3), value="3", set="2026-11-10T10:05:48.203"),  # the wrong pupil
    M(11): dict(person=P1, work=W(4), value="5", set="2026-11-11T11:20:09.6"),
    M(12): dict(person=P3, work=W(4), value="4", set="2026-11-11T11:21:30.11"),
    M(13): dict(person=P1, work=W_H1, value="4", set="2026-11-11T16:40:52.8"),
    M(14): dict(person=P2, work=W_H1, value="5", set="2026-11-11T16:41:03.35"),
    M(15): dict(person=P3, work=W_H1, value="3", set="2026-11-11T16:41:19.07"),
}


def teacher_of(lid):
    return TEACHER[LESSONS[lid]["subject"]]


def pid(x):
    return {"id": x, "id_str": str(x)}


def work(wid):
    w = WORKS[wid]
    info = LESSONS[w["lesson"]]
    kind = WT_KIND[w["workType"]]
    out = {"id": wid, "id_str": str(wid), "type": kind, "workType": w["workType"], "markType": "mark5",
           "markCount": 1, "lesson": w["lesson"], "lesson_str": str(w["lesson"]),
           "displayInJournal": kind != "Homework", "status": "Sent", "eduGroup": G, "eduGroup_str": str(G),
           "tasks": [], "text": w["text"], "periodNumber": 2, "periodType": "Quarter", "subjectId": info["subject"],
           "isImportant": kind == "LessonTestWork", "targetDate": w.get("target", info["date"]) + "T00:00:00",
           "sentDate": w.get("sent"), "createdBy": teacher_of(w["lesson"]), "files": [], "oneDriveLinks": []}
    if kind == "Homework":
        out["tasks"] = [{"id": wid + 3000000 + i, "id_str": str(wid + 3000000 + i), "person": p, "person_str": str(p),
                         "work": wid, "work_str": str(wid), "status": "NotStarted",
                         "targetDate": w["target"] + "T00:00:00"} for i, p in enumerate((P1, P2, P3))]
    return out


def works_of(lid):
    return [work(w) for w in sorted(WORKS) if WORKS[w]["lesson"] == lid]


def lesson_entity(lid):
    info = LESSONS[lid]
    name, ka = SUBJ[info["subject"]]
    t = teacher_of(lid)
    return {"id": lid, "id_str": str(lid), "title": info["title"],
            "date": f"{info['date']}T{HOURS[info['number']]}:00", "number": info["number"],
            "subject": {"id": info["subject"], "id_str": str(info["subject"]), "name": name, "knowledgeArea": ka,
                        "fgosSubjectId": None},
            "group": G, "status": "Planned", "resultPlaceId": 0, "works": works_of(lid),
            "teachers": [t], "teachers_str": [str(t)]}


def lesson_flat(lid):
    info = LESSONS[lid]
    start = HOURS[info["number"]]
    h, m = map(int, start.split(":"))
    end = f"{h + (m + 45) // 60:02d}:{(m + 45) % 60:02d}"
    return {"id": lid, "title": info["title"], "date": f"{info['date']}T{start}:00", "number": info["number"],
            "subjectId": info["subject"], "status": "Planned", "resultPlaceId": 0, "building": "Основное здание",
            "place": {MATH: "12", RUS: "24", HIST: "31", BIO: "17"}[info["subject"]], "floor": "2",
            "hours": f"{start} - {end}", "works": [w for w in sorted(WORKS) if WORKS[w]["lesson"] == lid],
            "teachers": [teacher_of(lid)]}


def mood(value):
    return {"5": "Good", "4": "Good", "3": "Average"}.get(value[0], "Bad")


def mark(mid):
    m = MARKS[mid]
    w = WORKS[m["work"]]
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": m["value"], "textValue": m["value"],
            "person": m["person"], "person_str": str(m["person"]), "work": m["work"], "work_str": str(m["work"]),
            "lesson": w["lesson"], "lesson_str": str(w["lesson"]), "number": 0, "date": m["set"],
            "workType": w["workType"], "mood": mood(m["value"]), "use_avg_calc": True}


def log_entry(lid, p, status, comment, created):
    return {"person": p, "person_str": str(p), "lesson": lid, "lesson_str": str(lid), "comment": comment,
            "status": status, "createdDate": created}


def person(p):
    first, last, middle, sex, user = PEOPLE[p]
    return {"id": p, "id_str": str(p), "userId": user, "userId_str": None if user is None else str(user),
            "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


PEOPLE = {
    P1: ("Полина", "Волкова", "Сергеевна", "Female", 1000011530001),
    P2: ("Артём", "Лебедев", "Игоревич", "Male", 1000011530002),
    P3: ("Вера", "Никитина", "Павловна", "Female", None),
    T_MATH: ("Светлана", "Орлова", "Викторовна", "Female", 1000011530901),
    T_RUS: ("Марина", "Зайцева", "Алексеевна", "Female", 1000011530902),
    T_HIST: ("Дмитрий", "Григорьев", "Олегович", "Male", 1000011530903),
    T_BIO: ("Татьяна", "Соловьёва", "Ивановна", "Female", 1000011530904),
}

FINAL_WORK = {MATH: W(91), RUS: W(92), HIST: W(93), BIO: W(94)}
FINALS = {  # (person, subject) -> (final mark id, value, date)
    (P1, MATH): [M(901), "4", "2026-10-23T15:10:02.4"],
    (P1, RUS): [M(902), "5", "2026-10-23T16:01:44.9"],
    (P2, MATH): [M(903), "3", "2026-10-23T15:10:40.15"],
    (P2, HIST): [M(904), "3", "2026-10-22T14:30:00.7"],
    (P3, MATH): [M(905), "4", "2026-10-23T15:11:12.0"],
}


def final_marks(persons=(P1, P2, P3)):
    out = []
    for p in persons:
        per = []
        for (fp, subj), (mid, value, date) in sorted(FINALS.items()):
            if fp != p:
                continue
            per.append({"subject": subj, "subject_str": str(subj), "final-mark": {
                "id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
                "person": p, "person_str": str(p), "work": FINAL_WORK[subj], "work_str": str(FINAL_WORK[subj]),
                "lesson": None, "lesson_str": None, "number": 0, "date": date, "workType": WT_PERIOD,
                "mood": mood(value), "use_avg_calc": False}})
        out.append({"person": p, "person_str": str(p), "group": G, "group_str": str(G), "reportingPeriod": Q1,
                    "reportingPeriod_str": str(Q1), "per-subject-final-marks": per})
    return out


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": copy.deepcopy(body), "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def marks_range(ids):
    return [mark(m) for m in ids]


def homeworks_bundle(hws):
    lessons = sorted({WORKS[w]["lesson"] for w in hws})
    subs = sorted({LESSONS[lid]["subject"] for lid in lessons})
    return {"works": [work(w) for w in hws],
            "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": 1 + list(SUBJ).index(s)} for s in subs],
            "lessons": [lesson_flat(lid) for lid in lessons], "files": [],
            "teachers": [person(TEACHER[s]) for s in subs]}


def wa_marks(values):
    return {"subjectMarks": [{"subject": HIST, "subject_str": str(HIST),
                              "marks": [{"person": p, "person_str": str(p), "value": v} for p, v in values]}]}


steps = []
week1 = f"/v2/edu-groups/{G}/lessons/2026-11-09/2026-11-15"
marks_week1 = f"/v2/edu-groups/{G}/marks/2026-11-09/2026-11-15"
hw_week1 = f"/v2/users/me/school/{S}/homeworks?startDate=2026-11-09&endDate=2026-11-15"
finals_req = f"/v2/edu-groups/{G}/final-marks"


def log_range(subject):
    return f"/v2/lesson-log-entries/group/{G}?subject={subject}&from=2026-11-09&to=2026-11-15"


# 1: Sunday 8 November: roster, periods, the first quarter's marks (backfilled), the week's lessons
t1 = "2026-11-08T18:00:00+03:00"
b1 = [
    rec(f"GET /v2/schools/{S}", {"id": S, "id_str": str(S), "name": "МБОУ «Средняя школа № 30»",
                                  "fullName": "Муниципальное бюджетное общеобразовательное учреждение "
                                              "«Средняя общеобразовательная школа № 30»",
                                  "avatarSmall": None, "city": "Тверь", "municipality": "город Тверь",
                                  "regionid": 69, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                  "uses_weighted_avg": True, "educationType": "Regular"}, t1),
    rec(f"GET /v2/schools/{S}/subjects", [
        {"id": s, "id_str": str(s), "name": n, "knowledgeArea": ka, "fgosSubjectId": None}
        for s, (n, ka) in SUBJ.items()], t1),
    rec(f"GET /v2/work-types/{S}", [
        {"id": WT_LESSON, "id_str": str(WT_LESSON), "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork",
         "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
        {"id": WT_SELF, "id_str": str(WT_SELF), "schoolId": S, "kindId": 2, "kind": "CommonWork",
         "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
        {"id": WT_TEST, "id_str": str(WT_TEST), "schoolId": S, "kindId": 3, "kind": "LessonTestWork",
         "title": "Контрольная работа", "abbr": "КР", "weight": 3},
        {"id": WT_HW, "id_str": str(WT_HW), "schoolId": S, "kindId": 9, "kind": "Homework",
         "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
        {"id": WT_PERIOD, "id_str": str(WT_PERIOD), "schoolId": S, "kindId": 20, "kind": "PeriodMark",
         "title": "Четвертная оценка", "abbr": "ЧО", "weight": 1}], t1),
    rec(f"GET /v2/edu-groups/{G}", {"id": G, "id_str": str(G), "parentIds": [], "parentIds_str": [], "type": "Group",
                                    "name": "6А", "fullName": "", "parallel": 6, "timetable": 1000006530030,
                                    "timetable_str": "1000006530030", "status": "Active", "studyyear": 2026,
                                    "educationType": "Regular", "subjects": [], "journaltype": "Default"}, t1),
    rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in (P1, P2, P3)], t1),
] + [rec(f"GET /v2/persons/{t}", person(t), t1) for t in (T_MATH, T_RUS, T_HIST, T_BIO)] + [
    rec(f"GET /v2/users/{U_PARENT}/context", {
        "userId": U_PARENT, "userId_str": str(U_PARENT), "personId": P_PARENT, "personId_str": str(P_PARENT),
        "shortName": "Волкова Н. А.", "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": [],
        "schools": [{"id": S, "name": "МБОУ «Средняя школа № 30»", "type": "School", "groupIds": []}],
        "eduGroups": [], "children": [{"personId": P1, "firstName": "Полина", "lastName": "Волкова",
                                       "middleName": "Сергеевна", "shortName": "Волкова П. С.", "schoolIds": [S],
                                       "groupIds": [G]}], "splitId": None}, t1),
    rec(f"GET /v2/edu-groups/{G}/reporting-periods", [
        {"id": Q1, "id_str": str(Q1), "start": "2026-09-01T00:00:00", "finish": "2026-10-24T00:00:00", "number": 1,
         "type": "Quarter", "name": "1 четверть", "year": 2026},
        {"id": Q2, "id_str": str(Q2), "start": "2026-11-05T00:00:00", "finish": "2026-12-27T00:00:00", "number": 2,
         "type": "Quarter", "name": "2 четверть", "year": 2026},
        {"id": Q3, "id_str": str(Q3), "start": "2027-01-11T00:00:00", "finish": "2027-03-21T00:00:00", "number": 3,
         "type": "Quarter", "name": "3 четверть", "year": 2026},
        {"id": Q4, "id_str": str(Q4), "start": "2027-03-30T00:00:00", "finish": "2027-05-29T00:00:00", "number": 4,
         "type": "Quarter", "name": "4 четверть", "year": 2026}], t1),
]
# the first quarter's marks as the journal held them on 26 October (the holidays): backfilled now
b1.append(rec(f"GET {finals_req}", final_marks(), "2026-10-26T10:00:00+03:00"))
b1.append(rec(f"GET {week1}", [lesson_entity(lid) for lid in WEEK1], t1))
steps.append({"name": "1 Sun 2026-11-08 18:00: school (weighted averages, timeZone 3), subjects, work types with "
                      "weights, 6А and its pupils, teachers, a parent's context, the quarters, the first quarter's "
                      "marks pulled 26.10 (backfill), week 1 lessons", "batches": [b1]})

# 2: Monday evening: the day's marks and the maths log (Артём absent)
t2 = "2026-11-09T20:00:00+03:00"
b2 = [
    rec(f"GET {marks_week1}", marks_range([M(1), M(2)]), t2),
    rec(f"GET {log_range(MATH)}", [log_entry(L(1), P2, "Absent", "", "2026-11-09T08:34:10.52")], t2),
]
steps.append({"name": "2 Mon 2026-11-09 20:00: week 1 marks so far, the maths log (Лебедев Артём absent on 9.11 #1)",
              "batches": [b2]})

# 3: Tuesday: the homework bundle, the maths teacher corrects the log twice, the homework text edited,
# the quarter marks corrected after the quarter ended
t3a = "2026-11-10T08:40:00+03:00"  # first correction: he was late, not absent (delivered late, step 8)
WORKS[HW1] = LATER_WORKS[HW1]
late_answer = rec(f"GET /v2/lessons/{L(1)}/log-entries",
                  [log_entry(L(1), P2, "Late", "опоздал на 15 минут", "2026-11-10T08:31:55.8")], t3a)
lesson7_before_move = rec(f"GET /v2/lessons/{L(7)}", lesson_entity(L(7)), "2026-11-10T12:00:00+03:00")
t3b = "2026-11-10T16:00:00+03:00"
bundle_before = rec(f"GET {hw_week1}", homeworks_bundle([HW1]), t3b)
t3c = "2026-11-10T17:00:00+03:00"  # second correction: he was there from the start: the entry removed
present_answer = rec(f"GET /v2/lessons/{L(1)}/log-entries", [], t3c)
FINALS[(P1, MATH)][1:] = ["5", "2026-11-10T14:25:31.06"]
FINALS[(P2, HIST)][1:] = ["4", "2026-11-10T15:02:10.4"]
finals_corrected = rec(f"GET {finals_req}", final_marks(), "2026-11-10T18:00:00+03:00")
p1_own_old = rec(f"GET /v2/persons/{P1}/school/{S}/homeworks?startDate=2026-11-09&endDate=2026-11-15",
                 homeworks_bundle([HW1]), "2026-11-10T18:00:00+03:00")  # delivered in step 8
WORKS[HW1]["text"] = HW1_NEW
hw1_edited = rec(f"GET /v2/works/{HW1}", work(HW1), "2026-11-10T19:30:00+03:00")
b3 = [bundle_before, present_answer, finals_corrected, hw1_edited]
steps.append({"name": "3 Tue 2026-11-10 20:00: homework bundle (Russian homework on 10.11), the maths lesson's log "
                      "pulled 17:00 (Артём's entry removed: present), the first quarter's marks corrected "
                      "(Волкова maths 4 -> 5, Лебедев history 3 -> 4), the Russian homework text edited (works/{w})",
              "batches": [b3]})


# 4: Wednesday: marks, the lessons re-pulled (maths moved Thu #3 -> Fri #2), homework moved, weighted averages
WORKS[HW2], WORKS[W_H1] = LATER_WORKS[HW2], LATER_WORKS[W_H1]
r1_ids = [M(1), M(2), M(5), M(11), M(12), M(13), M(14), M(15)]
r1 = rec(f"GET {marks_week1}", marks_range(r1_ids), "2026-11-11T19:00:00+03:00")
own_old = [rec(f"GET /v2/persons/{p}/schools/{S}/marks/2026-11-09/2026-11-15",
               marks_range([m for m in r1_ids if MARKS[m]["person"] == p]), "2026-11-11T19:05:00+03:00")
           for p in (P1, P2)]  # delivered in step 8
LESSONS[L(7)].update(date="2026-11-13", number=2)
lessons_moved = rec(f"GET {week1}", [lesson_entity(lid) for lid in WEEK1], "2026-11-11T20:00:00+03:00")
WORKS[HW1].update(lesson=L(6), target="2026-11-16")
bundle_after = rec(f"GET {hw_week1}", homeworks_bundle([HW1, HW2]), "2026-11-11T21:00:00+03:00")
wa_before = rec(f"GET /v2/edu-groups/{G}/wa-marks/2026-11-05/2026-12-27",
                wa_marks([(P1, 4.5), (P2, 5.0), (P3, 3.5)]), "2026-11-11T21:00:00+03:00")
steps.append({"name": "4 Wed 2026-11-11 21:30: week 1 marks (history's check-up marks as Работа на уроке), lessons "
                      "re-pulled (maths of 12.11 #3 moved to 13.11 #2), homework bundle re-pulled (Russian homework "
                      "moved to the next lesson, 12.11, due 16.11), history's weighted averages",
              "batches": [[r1, lessons_moved, bundle_after, wa_before]]})

# 5: Friday evening: marks re-pulled (5 -> 4, the mark moved to the right pupil), the logs, biology's work deleted
MARKS[M(1)].update(value="4", set="2026-11-12T08:15:30.7")
del MARKS[M(5)]
MARKS[M(6)] = dict(person=P3, work=W(3), value="3", set="2026-11-12T08:20:02.33")
MARKS[M(21)] = dict(person=P1, work=W(5), value="5", set="2026-11-12T12:10:44.1")
MARKS[M(22)] = dict(person=P1, work=W_B2, value="2", set="2026-11-12T12:14:05.9")
MARKS[M(23)] = dict(person=P2, work=W_B2, value="4", set="2026-11-12T12:14:19.25")
MARKS[M(31)] = dict(person=P2, work=W(7), value="4", set="2026-11-13T10:05:12.8")
MARKS[M(41)] = dict(person=P1, work=W(8), value="5", set="2026-11-13T08:40:33.3")
MARKS[M(42)] = dict(person=P3, work=W(8), value="2", set="2026-11-13T08:41:07.91")
t5 = "2026-11-13T19:00:00+03:00"
all_week1 = [M(1), M(2), M(6), M(11), M(12), M(13), M(14), M(15), M(21), M(22), M(23), M(31), M(41), M(42)]
r2 = rec(f"GET {marks_week1}", marks_range(all_week1), t5)
logs5 = [
    rec(f"GET {log_range(MATH)}", [log_entry(L(7), P1, "Late", "опоздала на 5 минут", "2026-11-13T09:31:20.4")], t5),
    rec(f"GET {log_range(RUS)}", [log_entry(L(6), P3, "Ill", "справка", "2026-11-12T08:31:02.08")], t5),
    rec(f"GET {log_range(HIST)}", [log_entry(L(8), P2, "Absent", "", "2026-11-13T08:31:47.6")], t5),
]
# P3's own range, pulled at 20:00 (before the history work's type was corrected at 21:00): delivered in step 7
p3_range = rec(f"GET /v2/persons/{P3}/schools/{S}/marks/2026-11-09/2026-11-15",
               marks_range([m for m in all_week1 if MARKS[m]["person"] == P3]), "2026-11-13T20:00:00+03:00")
del WORKS[W_B2], MARKS[M(22)], MARKS[M(23)]  # 19:30: the biology teacher deletes the column, its marks with it
bio_works = rec(f"GET /v2/lessons/{L(5)}/works", works_of(L(5)), "2026-11-13T20:00:00+03:00")
steps.append({"name": "5 Fri 2026-11-13 21:00: week 1 marks re-pulled (Волкова maths 5 -> 4; Лебедев's Russian 3 "
                      "moved to Никитина; biology's two works, history 13.11), the logs by subject, biology's "
                      "works pulled 20:00 lack the deleted Самостоятельная работа",
              "batches": [[r2] + logs5, [bio_works]]})

# 6: Saturday: a legacy deletion notice, the first days re-pulled with the history work's new type, the history
# log corrected (absent -> ill), weighted averages again
WORKS[W_H1].update(workType=WT_TEST)  # Fri 21:00: the check-up was a control work
del MARKS[M(42)]  # Sat 10:00: deleted (the teacher lets Вера retake it)
notice = {"resource": "marks", "deleted": True, "deleted_at": "2026-11-14T10:00:00+03:00",
          "data": {"id": M(42), "id_str": str(M(42)), "person": P3, "person_str": str(P3), "work": W(8),
                   "work_str": str(W(8)), "lesson": L(8), "lesson_str": str(L(8))}}
t6 = "2026-11-14T12:00:00+03:00"
r3 = rec(f"GET /v2/edu-groups/{G}/marks/2026-11-09/2026-11-11",
         marks_range([M(1), M(2), M(6), M(11), M(12), M(13), M(14), M(15)]), t6)
hist_log2 = rec(f"GET {log_range(HIST)}", [log_entry(L(8), P2, "Ill", "справка от врача", "2026-11-13T08:31:47.6")],
                t6)
wa_after = rec(f"GET /v2/edu-groups/{G}/wa-marks/2026-11-05/2026-12-27",
               wa_marks([(P1, 4.4), (P2, 5.0), (P3, 3.25)]), t6)
steps.append({"name": "6 Sat 2026-11-14 12:00: a legacy deletion notice (Никитина's history 2 of 13.11, deleted "
                      "10:00), marks of 9-11.11 re-pulled (history's check-up now a Контрольная работа, weight 3), "
                      "the history log re-pulled (Лебедев absent -> ill), weighted averages",
              "batches": [[notice], [r3, hist_log2, wa_after]]})

# 7: Sunday: week 2 lessons; then retries and a backfill of older pulls, delivered after everything
t7 = "2026-11-15T18:00:00+03:00"
week2 = rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-16/2026-11-22", [lesson_entity(lid) for lid in WEEK2], t7)
finals_p1_old = copy.deepcopy(finals_corrected)
finals_p1_old["request"] = f"GET /v2/persons/{P1}/edu-groups/{G}/final-marks"
finals_p1_old["pulled_at"] = "2026-10-27T09:00:00+03:00"
FINALS[(P1, MATH)][1:] = ["4", "2026-10-23T15:10:02.4"]
finals_p1_old["body"] = final_marks((P1,))
steps.append({"name": "7 Sun 2026-11-15 18:00: week 2 lessons", "batches": [[week2]]})
steps.append({"name": "8 Mon 2026-11-16 07:00: retries and a backfill delivered late, all pulled before the "
                      "corrections: the maths log of 10.11 08:40 (late), the maths lesson before its move, "
                      "Волкова's homework of 10.11 18:00, Волкова's and Лебедев's own marks of 11.11, Никитина's "
                      "own marks of 13.11 20:00, Волкова's first-quarter marks of 27.10",
              "batches": [[late_answer, lesson7_before_move, p1_own_old] + own_old + [p3_range, finals_p1_old]]})

journey = {"vendor": "dnevnik_ru",
           "description": "Corrections of every kind (Dnevnik.ru): 6А of a Tver school over the first fortnight of "
                          "the second quarter; a mark's value changed, a mark moved to the right pupil, a work's "
                          "type changed (weight 1 -> 3), a work deleted with its marks, a lesson moved to another "
                          "day and slot, a homework edited then moved to the next lesson, attendance absent -> late "
                          "-> present and absent -> ill, quarter marks corrected after the quarter, a legacy "
                          "deletion notice; retries and backfills of older pulls delivered last.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
