"""Dnevnik.ru journey 18: attendance in depth (6Д, 2026-11-09 .. 2026-11-27). Standard library, deterministic.

Written from shared/reference/dnevnik_ru.md only (§3.4, §3.5, §6, §1, §2, §7, §8.3). Every name, id and text invented.
"""
import json
from pathlib import Path

SCHOOL, GROUP = 1000002518011, 2260325488518000801
S_MATH, S_HIST = 1000003518001, 1000003518002
SUBJ = {S_MATH: "Математика", S_HIST: "История"}
T_MATH, T_HIST = 1000012518901, 1000012518902
P1, P2, P3, P4 = 1000012518001, 1000012518002, 2260325488518100003, 1000012518004
PARENT_USER, PARENT_PERSON = 1000011518101, 1000012518101
TEACHER = {S_MATH: T_MATH, S_HIST: T_HIST}
HOURS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10")}
TOPIC = {}
L = {}  # lesson id -> (subject, date, number)


def lid(n):
    return 2260325488518300000 + n


def add(n, subject, date, number, topic):
    L[lid(n)] = [subject, date, number]
    TOPIC[lid(n)] = topic


add(101, S_MATH, "2026-11-09", 1, "Делимость чисел")
add(102, S_HIST, "2026-11-09", 2, "Древний Египет")
add(103, S_MATH, "2026-11-11", 1, "Признаки делимости")
add(104, S_HIST, "2026-11-12", 2, "Пирамиды и фараоны")
add(201, S_MATH, "2026-11-16", 1, "Простые числа")
add(202, S_HIST, "2026-11-17", 2, "Месопотамия")
add(203, S_MATH, "2026-11-18", 1, "Разложение на множители")
add(204, S_HIST, "2026-11-19", 2, "Законы Хаммурапи")
add(301, S_MATH, "2026-11-23", 1, "НОД и НОК")
add(302, S_HIST, "2026-11-24", 2, "Древняя Индия")
add(303, S_MATH, "2026-11-25", 1, "Взаимно простые числа")


def pulled(day, hm="20:00"):
    return f"{day}T{hm}:00+03:00"


def lesson(l, full=True):
    subject, date, number = L[l]
    start = HOURS[number][0]
    body = {"id": l, "id_str": str(l), "title": TOPIC[l], "date": f"{date}T{start}:00", "number": number,
            "subject": {"id": subject, "id_str": str(subject), "name": SUBJ[subject], "knowledgeArea": "Общее",
                        "fgosSubjectId": None},
            "group": GROUP, "status": "Conducted", "resultPlaceId": 0, "works": [],
            "teachers": [TEACHER[subject]], "teachers_str": [str(TEACHER[subject])]}
    return body


def flat(l):
    subject, date, number = L[l]
    a, b = HOURS[number]
    return {"id": l, "title": TOPIC[l], "date": f"{date}T{a}:00", "number": number, "subjectId": subject,
            "status": "Conducted", "resultPlaceId": 0, "building": "Корпус А", "place": "305", "floor": "3",
            "hours": f"{a} - {b}", "works": [], "teachers": [TEACHER[subject]]}


def entry(l, p, status, comment="", created=None, strings=False):
    date = L[l][1]
    e = {"person": p, "person_str": str(p), "lesson": l, "lesson_str": str(l), "comment": comment,
         "status": status, "createdDate": created or f"{date}T09:31:02.08"}
    if strings:
        e["person"], e["lesson"] = str(p), str(l)
    return e


def rec(request, body, at):
    return {"request": request, "body": body, "pulled_at": at}


def week_range(a, b, lessons, at):
    return rec(f"GET /v2/edu-groups/{GROUP}/lessons/{a}/{b}", [lesson(l) for l in lessons], at)


def person(pid, first, last, middle, user=None):
    return {"id": pid, "id_str": str(pid), "userId": user, "userId_str": None if user is None else str(user),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "sex": "Female" if last.endswith("а") else "Male"}


steps = []
# 1 setup
at = pulled("2026-11-08", "18:00")
setup = [
    rec(f"GET /v2/schools/{SCHOOL}", {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «Школа № 18»",
        "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Школа № 18»", "avatarSmall": None,
        "city": "Тверь", "municipality": "город Тверь", "regionid": 69, "markType": "mark5", "timeZone": 3,
        "uses_avg": True, "uses_weighted_avg": False, "educationType": "Regular"}, at),
    rec(f"GET /v2/edu-groups/{GROUP}", {"id": GROUP, "id_str": str(GROUP), "parentIds": [], "parentIds_str": [],
        "type": "Group", "name": "6Д", "fullName": "", "parallel": 6, "timetable": 1000006518011,
        "timetable_str": "1000006518011", "status": "Active", "studyyear": 2026, "educationType": "Regular",
        "subjects": [], "journaltype": "Default"}, at),
    rec(f"GET /v2/edu-groups/{GROUP}/persons?includeArchive=false", [
        person(P1, "Вероника", "Зайцева", "Олеговна", 1000011518001),
        person(P2, "Тимофей", "Гусев", "Андреевич", 1000011518002),
        person(P3, "Милана", "Корнеева", "Игоревна"),
        person(P4, "Арсений", "Шубин", "Романович", 1000011518004)], at),
    rec(f"GET /v2/persons/{T_MATH}", person(T_MATH, "Лариса", "Фомина", "Викторовна"), at),
    rec(f"GET /v2/persons/{T_HIST}", person(T_HIST, "Глеб", "Рябов", "Степанович"), at),
    rec(f"GET /v2/users/{PARENT_USER}/context", {"userId": PARENT_USER, "userId_str": str(PARENT_USER),
        "personId": PARENT_PERSON, "personId_str": str(PARENT_PERSON), "shortName": "Зайцев О. П.",
        "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
        "schools": [{"id": SCHOOL, "name": "МБОУ «Школа № 18»", "type": "School", "groupIds": [GROUP]}],
        "eduGroups": [], "children": [{"personId": P1, "personId_str": str(P1), "firstName": "Вероника",
        "lastName": "Зайцева", "middleName": "Олеговна", "shortName": "Зайцева В. О.", "schoolIds": [SCHOOL],
        "groupIds": [GROUP]}], "splitId": None}, at),
    week_range("2026-11-09", "2026-11-13", [lid(101), lid(102), lid(103), lid(104)], at),
]
steps.append(("1 Sunday 2026-11-08 18:00: school (timeZone 3), 6Д, pupils, teachers, a parent's context, week 1 lessons", [setup]))

# 2 Monday 11-09: whole logs of both lessons
b = [
    rec(f"GET /v2/lessons/{lid(101)}/log-entries", [
        entry(lid(101), P1, "Attend"), entry(lid(101), P2, "Absent"),
        entry(lid(101), P3, "Attend"), entry(lid(101), P4, "Attend")], pulled("2026-11-09")),
    rec(f"GET /v2/lessons/{lid(102)}/log-entries", [
        entry(lid(102), P1, "Attend"), entry(lid(102), P2, "Absent"),
        entry(lid(102), P3, "Late", "опоздала на 7 минут", "2026-11-09T09:37:40.5"),
        entry(lid(102), P4, "Absent", "", "2026-11-09T09:30:11.913")], pulled("2026-11-09")),
]
steps.append(("2 Monday 2026-11-09 20:00: the whole log of each Monday lesson", [b]))

# 3 Wednesday 11-11: correction Absent -> Ill with note, via the pupil's own range; Math Wed log via ?lessons=
b = [
    rec(f"GET /v2/persons/{P2}/lesson-log-entries?startDate=2026-11-09&endDate=2026-11-11", [
        entry(lid(101), P2, "Ill", "справка из поликлиники № 3", "2026-11-09T09:31:02.08", strings=True),
        entry(lid(102), P2, "Ill", "справка из поликлиники № 3", "2026-11-09T09:31:02.08", strings=True),
        entry(lid(103), P2, "Ill", "справка из поликлиники № 3", strings=True)],
        pulled("2026-11-11", "19:00")),
    rec(f"GET /v2/lesson-log-entries?lessons={lid(103)}", [
        entry(lid(103), P1, "Attend"), entry(lid(103), P2, "Ill", "справка из поликлиники № 3"),
        entry(lid(103), P3, "Pass", "соревнования по плаванию"), entry(lid(103), P4, "Absent")],
        pulled("2026-11-11", "19:00")),
]
steps.append(("3 Wednesday 2026-11-11 19:00: P2's own range turns both Monday absences into Ill with a note; Wednesday's log by ?lessons=", [b]))

# 4 Friday 11-13: P2 L101 -> Pass (excused by the parents' letter) one entry; group range week 1 history;
#   a retry of an older pull (Monday's L101 log, pulled 11-09) delivered late
b = [
    rec(f"GET /v2/lesson-log-entries/lesson/{lid(101)}/person/{P2}",
        entry(lid(101), P2, "Pass", "заявление родителей", "2026-11-09T09:31:02.08"), pulled("2026-11-13", "19:30")),
    rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject={S_HIST}&from=2026-11-09&to=2026-11-13", [
        entry(lid(102), P1, "Attend"), entry(lid(102), P2, "Ill", "справка из поликлиники № 3"),
        entry(lid(102), P3, "Late", "опоздала на 7 минут", "2026-11-09T09:37:40.5"),
        entry(lid(102), P4, "Absent", "", "2026-11-09T09:30:11.913"),
        entry(lid(104), P1, "Attend"), entry(lid(104), P2, "Attend"),
        entry(lid(104), P3, "Ill", "ОРВИ"), entry(lid(104), P4, "Late", "опоздал на 15 минут")],
        pulled("2026-11-13", "20:00")),
    rec(f"GET /v2/lessons/{lid(101)}/log-entries", [
        entry(lid(101), P1, "Attend"), entry(lid(101), P2, "Absent"),
        entry(lid(101), P3, "Attend"), entry(lid(101), P4, "Attend")], pulled("2026-11-09", "20:00")),
]
steps.append(("4 Friday 2026-11-13: P2's Monday maths entry now Pass; the week's history range; an old Monday log re-delivered late", [b]))

# 5 Sunday 11-15: week 2 lessons; Wednesday's log corrected (P4 Absent -> Attend), P3 Pass kept
at = pulled("2026-11-15", "18:00")
b = [
    week_range("2026-11-16", "2026-11-20", [lid(201), lid(202), lid(203), lid(204)], at),
    rec(f"GET /v2/lessons/{lid(103)}/log-entries", [
        entry(lid(103), P1, "Attend"), entry(lid(103), P2, "Ill", "справка из поликлиники № 3"),
        entry(lid(103), P3, "Pass", "соревнования по плаванию"), entry(lid(103), P4, "Attend")], at),
]
steps.append(("5 Sunday 2026-11-15: week 2 lessons; Wednesday's log again, P4's absence corrected to Attend", [b]))

# 6 Thursday 11-19 20:00: history lesson 204 held Thu #2: its log; history range 16..19 holds it
b = [
    rec(f"GET /v2/lessons/{lid(204)}/log-entries", [
        entry(lid(204), P1, "Absent"), entry(lid(204), P2, "Late", "опоздал на 20 минут"),
        entry(lid(204), P3, "Attend"), entry(lid(204), P4, "Attend")], pulled("2026-11-19")),
    rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject={S_HIST}&from=2026-11-16&to=2026-11-19", [
        entry(lid(202), P4, "Ill", "температура"),
        entry(lid(204), P1, "Absent"), entry(lid(204), P2, "Late", "опоздал на 20 минут"),
        entry(lid(204), P3, "Attend"), entry(lid(204), P4, "Attend")],
        pulled("2026-11-19", "20:05")),
]
steps.append(("6 Thursday 2026-11-19: lesson 204's whole log; the history range 11-16..19", [b]))

# 7 Friday 11-20: lesson 204 moved to Fri #3 (the journal re-dated it after its log was taken)
L[lid(204)] = [S_HIST, "2026-11-20", 3]
b = [
    rec(f"GET /v2/lessons/{lid(204)}", lesson(lid(204)), pulled("2026-11-20", "18:00")),
    rec(f"GET /v2/persons/{P1}/lesson-log-entries?startDate=2026-11-20&endDate=2026-11-20", [
        entry(lid(204), P1, "Absent")], pulled("2026-11-20", "19:00")),
    rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject={S_HIST}&from=2026-11-16&to=2026-11-19", [
        entry(lid(202), P4, "Ill", "температура")], pulled("2026-11-20", "20:00")),
    week_range("2026-11-16", "2026-11-20", [lid(201), lid(202), lid(203), lid(204)], pulled("2026-11-20", "21:00")),
]
steps.append(("7 Friday 2026-11-20: lesson 204 re-dated to Fri #3; P1's own day; the same history range 16..19 again, now without 204", [b]))

# 8 Saturday 11-21: an overlapping history range 11-09..11-19 pulled later lacks P3's Ill at 104 (removed)
b = [
    rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject={S_HIST}&from=2026-11-09&to=2026-11-19", [
        entry(lid(102), P1, "Attend"), entry(lid(102), P2, "Ill", "справка из поликлиники № 3"),
        entry(lid(102), P3, "Late", "опоздала на 7 минут", "2026-11-09T09:37:40.5"),
        entry(lid(102), P4, "Absent", "", "2026-11-09T09:30:11.913"),
        entry(lid(104), P1, "Attend"), entry(lid(104), P2, "Attend"),
        entry(lid(104), P4, "Late", "опоздал на 15 минут"),
        entry(lid(202), P4, "Ill", "температура")],
        pulled("2026-11-21", "12:00")),
    rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject={S_MATH}&from=2026-11-16&to=2026-11-20", [
        entry(lid(201), P3, "Absent"), entry(lid(203), P3, "Ill", "справка"),
        entry(lid(203), P1, "Late", "опоздала на 3 минуты")], pulled("2026-11-21", "12:00")),
]
steps.append(("8 Saturday 2026-11-21: an overlapping history range 11-09..19 pulled later (P3's Ill at 104 gone; 204 now outside it); the maths range of week 2", [b]))

# 9 week 3 via P1's schedules bundle, then corrections
at = pulled("2026-11-22", "18:00")
b = [week_range("2026-11-23", "2026-11-27", [lid(301), lid(302), lid(303)], at)]
def sched(p, a, z, days, at):
    out = []
    for d, lessons, entries in days:
        out.append({"date": f"{d}T00:00:00", "lessons": [flat(l) for l in lessons], "marks": [], "works": [],
                    "homeworks": [], "subjects": [{"id": s, "name": n, "knowledgeAreaId": 1} for s, n in SUBJ.items()],
                    "workTypes": [], "lessonLogEntries": entries,
                    "teachers": [], "nextDate": None})
    return rec(f"GET /v2/persons/{p}/groups/{GROUP}/schedules?startDate={a}&endDate={z}", {"days": out}, at)
b2 = [
    sched(P1, "2026-11-23", "2026-11-25", [
        ("2026-11-23", [lid(301)], [entry(lid(301), P1, "Ill", "больничный лист")]),
        ("2026-11-24", [lid(302)], [entry(lid(302), P1, "Late", "опоздала на 10 минут")]),
        ("2026-11-25", [lid(303)], [entry(lid(303), P1, "Pass", "олимпиада")])], pulled("2026-11-25", "20:00")),
    rec(f"GET /v2/lessons/{lid(302)}/log-entries", [
        entry(lid(302), P1, "Late", "опоздала на 10 минут"), entry(lid(302), P2, "Absent"),
        entry(lid(302), P3, "Attend"), entry(lid(302), P4, "Pass", "уважительная причина")], pulled("2026-11-25", "20:00")),
]
b3 = [
    # the teacher removes P1's late mark at 302 and sets P2's absence excused
    sched(P1, "2026-11-23", "2026-11-25", [
        ("2026-11-23", [lid(301)], [entry(lid(301), P1, "Ill", "больничный лист")]),
        ("2026-11-24", [lid(302)], []),
        ("2026-11-25", [lid(303)], [entry(lid(303), P1, "Pass", "олимпиада")])], pulled("2026-11-27", "20:00")),
    rec(f"GET /v2/lessons/{lid(302)}/log-entries", [
        entry(lid(302), P2, "Ill", "справка"), entry(lid(302), P3, "Attend"),
        entry(lid(302), P4, "Pass", "уважительная причина")], pulled("2026-11-27", "20:00")),
    rec(f"GET /v2/lesson-log-entries/lesson/{lid(302)}/person/{P2}",
        entry(lid(302), P2, "Pass", "заявление родителей"), pulled("2026-11-27", "20:30")),
]
steps.append(("9 week 3: lessons; P1's schedules bundle with her log; 302's whole log", [b, b2]))
steps.append(("10 Friday 2026-11-27: the same bundle without P1's Late at 302; 302's log again; P2's 302 entry excused", [b3]))

journey = {"vendor": "dnevnik_ru", "description": "Dnevnik.ru journey 18: МБОУ «Школа № 18», Тверь (timeZone 3), 6Д, "
           "2026-11-09..27: attendance in depth (every status, corrections through every endpoint family, a "
           "removed entry, overlapping ranges, a lesson re-dated after its log).",
           "steps": [{"name": n, "batches": bs} for n, bs in steps]}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
print(sum(len(b) for _, bs in steps for b in bs), "records")
