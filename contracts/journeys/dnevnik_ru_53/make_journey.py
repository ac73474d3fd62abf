"""Write journey.json: «Лицей № 53» (Москва, UTC+3), Dnevnik.ru, class 6Б over three school weeks
(2026-10-05..10-23) as a simple nightly sync job pushes it: each answer posted as it gets it, one answer a batch,
and NO `pulled_at` in any envelope (optional per the hub's README, "The request envelope"). The only order the hub
has is the order of arrival. Traps: a mark corrected, a homework withdrawn, a lesson moved to another day, a pupil
who joins in week 2, a re-sent batch (last Friday's answers re-posted after the roster changed), a day pulled twice
on one evening, and a retried batch (week 2 Tuesday's marks and homework) that arrives after Wednesday's answers.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002530053
G = 2260325488553100062  # 6Б, 19 digits (§1)
TT = 1000006530062
WT_OU, WT_SR, WT_KR, WT_DZ = 5301, 5302, 5303, 5304
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
]
SUBJECTS = {
    "Русский язык": (1000003530001, "Филология"), "Математика": (1000003530002, "Математика"),
    "История": (1000003530003, "Общественные науки"), "Английский язык": (1000003530004, "Филология"),
    "Литература": (1000003530005, "Филология"), "Биология": (1000003530006, "Естествознание"),
    "Физическая культура": (1000003530007, "Физическая культура"), "География": (1000003530008, "Естествознание"),
    "Музыка": (1000003530009, "Искусство"), "Технология": (1000003530010, "Технология"),
}
# persons: (person id, user id, last, first, middle, sex)
ARTYOM = (1000012530601, 1000011530601, "Волков", "Артём", "Сергеевич", "Male")
DASHA = (1000012530602, 1000011530602, "Соколова", "Дарья", "Павловна", "Female")
EVA = (2260325488553300603, 2260325488553400603, "Мельникова", "Ева", "Романовна", "Female")
NIKITA = (2260325488553300604, 2260325488553400604, "Зайцев", "Никита", "Олегович", "Male")  # joins in week 2
IRINA = (1000012530901, 1000011530901, "Волкова", "Ирина", "Викторовна", "Female")
PAVEL = (1000012530902, 1000011530902, "Соколов", "Павел", "Андреевич", "Male")
OLGA = (2260325488553300905, 2260325488553400905, "Зайцева", "Ольга", "Игоревна", "Female")
T_RUS = (1000012530950, 1000011530950, "Кравцова", "Елена", "Михайловна", "Female")
T_MAT = (1000012530951, 1000011530951, "Гусев", "Андрей", "Николаевич", "Male")
T_ENG = (1000012530952, 1000011530952, "Фомина", "Наталья", "Олеговна", "Female")
T_OTH = (1000012530953, 1000011530953, "Белов", "Игорь", "Петрович", "Male")

WEEKDAY = [  # subjects by lesson number 1..4, Monday..Friday
    ["Русский язык", "Математика", "История", "Английский язык"],
    ["Математика", "Литература", "Биология", "Физическая культура"],
    ["Русский язык", "Математика", "География", "Музыка"],
    ["Математика", "Русский язык", "Английский язык", "Технология"],
    ["Литература", "Русский язык", "Математика", "Физическая культура"],
]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
WEEKS = [D(2026, 10, 5), D(2026, 10, 12), D(2026, 10, 19)]


def teacher_of(subject):
    return {"Русский язык": T_RUS, "Литература": T_RUS, "Математика": T_MAT, "Английский язык": T_ENG}.get(
        subject, T_OTH)


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body):
    return {"request": request, "body": body}  # no pulled_at: the theme


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


# --- the journal's lessons ---------------------------------------------------------------------------------------
TOPIC = {
    ("Русский язык", 0): "Имя существительное как часть речи", ("Математика", 0): "Делимость чисел",
    ("История", 0): "Древний Рим: возникновение города", ("Английский язык", 0): "My school day",
    ("Литература", 0): "А. С. Пушкин «Дубровский»: история создания", ("Биология", 0): "Строение растительной клетки",
    ("Физическая культура", 0): "Лёгкая атлетика: бег 60 м", ("География", 0): "Земная кора и литосфера",
    ("Музыка", 0): "Образы русской природы в музыке", ("Технология", 0): "Разметка деталей из древесины",
}
COUNT = {}


def topic(subject):
    n = COUNT[subject] = COUNT.get(subject, 0) + 1
    first = TOPIC.get((subject, 0), subject)
    return first if n == 1 else f"{first}. Урок {n}"


def plan():
    out = {}
    for monday in WEEKS:
        for i in range(5):
            day = monday + dt.timedelta(days=i)
            for n, subject in enumerate(WEEKDAY[i], 1):
                lid = 2260325488553500000 + (day - D(2026, 9, 1)).days * 10 + n
                out[lid] = {"id": lid, "day": day, "number": n, "subject": subject, "title": topic(subject),
                            "teacher": teacher_of(subject)}
    return out


LESSONS = plan()


def lesson_at(day, n):
    return next(l for l in LESSONS.values() if l["day"] == day and l["number"] == n)


MOVED = lesson_at(D(2026, 10, 22), 1)  # Математика Thu #1 -> Fri 10-23 #5 (a контрольная, teacher's request)
MOVED["title"] = "Контрольная работа № 2 «Делимость чисел»"
MOVED_ON = (D(2026, 10, 20), 0)  # the journal shows the move from Tuesday night on
KR = {MOVED["id"]}
SR = {lesson_at(D(2026, 10, 7), 2)["id"], lesson_at(D(2026, 10, 15), 2)["id"]}

# The job's clock: (school day, phase). Phase 0 = the night's pull; -1 = an earlier pull that evening.
Night = tuple


def placed(lesson, t):
    if lesson is MOVED and t >= MOVED_ON:
        return {**lesson, "day": D(2026, 10, 23), "number": 5}
    return lesson


def wt_of(lesson):
    return WT_KR if lesson["id"] in KR else WT_SR if lesson["id"] in SR else WT_OU


def default_work(lesson):
    return 2260325488553600000 + lesson["id"] % 10000000


def hw_work(lesson):
    return 2260325488553700000 + lesson["id"] % 10000000


# homework: (day, number) -> [(from night, text)], due, withdrawn-from night or None
HW = {
    (D(2026, 10, 5), 1): ([((D(2026, 10, 5), 0), "Упр. 45, выписать существительные")], D(2026, 10, 7), None),
    (D(2026, 10, 6), 1): ([((D(2026, 10, 6), 0), "№ 112, 114 (а, б)")], D(2026, 10, 7), None),
    (D(2026, 10, 7), 3): ([((D(2026, 10, 7), 0), "§ 5, контурная карта с. 6")], D(2026, 10, 14), None),
    (D(2026, 10, 8), 3): ([((D(2026, 10, 8), 0), "Workbook p. 17, ex. 3, 4")], D(2026, 10, 12), None),
    (D(2026, 10, 9), 1): ([((D(2026, 10, 9), 0), "Дочитать главы IV–V «Дубровского»")], D(2026, 10, 13), None),
    (D(2026, 10, 12), 3): ([((D(2026, 10, 12), 0), "§ 7, вопросы 1–3; пересказ")], D(2026, 10, 15),
                           (D(2026, 10, 14), 0)),  # withdrawn Wednesday: the wrong paragraph
    (D(2026, 10, 13), 1): ([((D(2026, 10, 13), 0), "№ 168, 171, 173")], D(2026, 10, 15), None),
    (D(2026, 10, 14), 1): ([((D(2026, 10, 14), 0), "Упр. 92; словарный диктант")], D(2026, 10, 15), None),
    (D(2026, 10, 15), 2): ([((D(2026, 10, 15), 0), "Упр. 101 (устно), 103")], D(2026, 10, 19), None),
    (D(2026, 10, 16), 3): ([((D(2026, 10, 16), 0), "№ 201–204")], D(2026, 10, 20), None),
    (D(2026, 10, 19), 3): ([((D(2026, 10, 19), 0), "§ 9, даты в тетрадь")], D(2026, 10, 26), None),
    (D(2026, 10, 20), 3): ([((D(2026, 10, 20), 0), "Зарисовать клетку кожицы лука")], D(2026, 10, 27), None),
    (D(2026, 10, 21), 2): ([((D(2026, 10, 21), 0), "№ 240, 243; повторить признаки делимости")],
                           D(2026, 10, 22), None),
    (D(2026, 10, 23), 2): ([((D(2026, 10, 23), -1), "Упр. 214"), ((D(2026, 10, 23), 0), "Упр. 214, 216")],
                           D(2026, 11, 5), None),  # edited between the evening's two pulls
}

# marks: (mark id suffix, day, number, pupil, [(from night, value, date)], removed-from night or None)
MARKS = [
    (1, D(2026, 10, 5), 2, ARTYOM, [((D(2026, 10, 5), 0), "5", "2026-10-05T09:51:12.3")], None),
    (2, D(2026, 10, 5), 4, DASHA, [((D(2026, 10, 5), 0), "4", "2026-10-05T12:02:40.71")], None),
    (3, D(2026, 10, 6), 2, ARTYOM, [((D(2026, 10, 6), 0), "2", "2026-10-06T09:58:03.5"),
                                    ((D(2026, 10, 7), 0), "4-", "2026-10-07T15:20:44.09")], None),  # corrected
    (4, D(2026, 10, 7), 2, ARTYOM, [((D(2026, 10, 7), 0), "4", "2026-10-07T10:05:31.8")], None),
    (5, D(2026, 10, 7), 2, EVA, [((D(2026, 10, 7), 0), "3", "2026-10-07T10:05:32.14")], None),
    (6, D(2026, 10, 8), 3, ARTYOM, [((D(2026, 10, 8), 0), "5", "2026-10-08T11:10:08.6")], None),
    (7, D(2026, 10, 9), 3, DASHA, [((D(2026, 10, 9), 0), "3+", "2026-10-09T11:12:57.02")], None),
    (8, D(2026, 10, 9), 1, ARTYOM, [((D(2026, 10, 9), 0), "4", "2026-10-09T09:07:19.4")], None),
    (9, D(2026, 10, 12), 1, ARTYOM, [((D(2026, 10, 12), 0), "4", "2026-10-12T09:03:25.9")], None),
    (10, D(2026, 10, 12), 4, NIKITA, [((D(2026, 10, 12), 0), "5", "2026-10-12T12:11:48.37")], None),
    (11, D(2026, 10, 13), 3, ARTYOM, [((D(2026, 10, 13), 0), "3", "2026-10-13T11:00:02.5"),
                                      ((D(2026, 10, 14), 0), "4", "2026-10-14T16:41:10.2")], None),  # corrected Wed
    (12, D(2026, 10, 13), 1, NIKITA, [((D(2026, 10, 13), 0), "4", "2026-10-13T09:10:36.66")], None),
    (13, D(2026, 10, 14), 2, ARTYOM, [((D(2026, 10, 14), 0), "5", "2026-10-14T10:04:50.1")], None),
    (14, D(2026, 10, 14), 3, NIKITA, [((D(2026, 10, 14), 0), "3", "2026-10-14T11:09:14.7")], None),
    (15, D(2026, 10, 15), 2, ARTYOM, [((D(2026, 10, 15), 0), "4+", "2026-10-15T10:07:03.3")], None),
    (16, D(2026, 10, 15), 2, NIKITA, [((D(2026, 10, 15), 0), "4", "2026-10-15T10:07:04.81")], None),
    (17, D(2026, 10, 16), 1, ARTYOM, [((D(2026, 10, 16), 0), "5", "2026-10-16T09:12:29.0")], None),
    (18, D(2026, 10, 20), 2, ARTYOM, [((D(2026, 10, 20), 0), "5", "2026-10-20T10:01:17.45")], None),
    (19, D(2026, 10, 20), 1, NIKITA, [((D(2026, 10, 20), 0), "3", "2026-10-20T09:08:55.5")], None),
    (20, D(2026, 10, 21), 1, ARTYOM, [((D(2026, 10, 21), 0), "4", "2026-10-21T09:11:42.9")], None),
    (21, D(2026, 10, 22), 3, NIKITA, [((D(2026, 10, 22), 0), "5", "2026-10-22T11:02:06.28")], None),
    (22, D(2026, 10, 22), 1, ARTYOM, [((D(2026, 10, 23), -1), "5", "2026-10-23T13:40:11.6")], None),  # moved KR
    (23, D(2026, 10, 22), 1, NIKITA, [((D(2026, 10, 23), -1), "4", "2026-10-23T13:40:12.03")], None),
    (24, D(2026, 10, 23), 1, DASHA, [((D(2026, 10, 23), -1), "5", "2026-10-23T08:59:30.4")],
     (D(2026, 10, 23), 0)),  # put on the wrong pupil, deleted between the evening's two pulls
    (25, D(2026, 10, 23), 1, ARTYOM, [((D(2026, 10, 23), 0), "5", "2026-10-23T19:12:05.77")], None),
]
# attendance: (day, number, pupil, status, comment)
LOG = [
    (D(2026, 10, 7), 1, ARTYOM, "Late", "опоздал на 7 минут"),
    (D(2026, 10, 9), 4, EVA, "Pass", "заявление родителей"),
    (D(2026, 10, 16), 4, NIKITA, "Absent", ""),
    *[(D(2026, 10, 19), n, ARTYOM, "Ill", "справка") for n in (1, 2, 3, 4)],
    (D(2026, 10, 23), 4, DASHA, "Pass", "соревнования по плаванию"),
]


def pupils_at(t):
    return [ARTYOM, DASHA, EVA] + ([NIKITA] if t >= (D(2026, 10, 11), 0) else [])


def hw_text(key, t):
    texts, _, withdrawn = HW[key]
    if withdrawn is not None and t >= withdrawn:
        return None
    shown = [text for since, text in texts if t >= since]
    return shown[-1] if shown else None


def work_objs(lesson, view, t):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 1, "periodType": "Quarter", "subjectId": subj, "createdBy": lesson["teacher"][0],
              "files": [], "oneDriveLinks": []}
    kind = {WT_OU: "DefaultNewLessonWork", WT_SR: "CommonWork", WT_KR: "LessonTestWork"}[wt_of(lesson)]
    out = [{**ids(default_work(lesson)), "type": kind, "workType": wt_of(lesson), "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": lesson["id"] in KR, "targetDate": f"{view['day']}T00:00:00", "sentDate": None, **common}]
    key = (lesson["day"], lesson["number"])
    if key in HW and (text := hw_text(key, t)) is not None:
        due = HW[key][1]
        w = hw_work(lesson)
        tasks = [{**ids(2260325488553900000 + (lesson["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(pupils_at((lesson["day"], 0)))]
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:07.4",
                    **common})
    return out


def entity_lesson(lesson, t):
    view = placed(lesson, t)
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[view["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{view['day']}T{start}:00",
            "number": view["number"],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": G, "status": "Conducted" if view["day"] <= t[0] else "Planned", "resultPlaceId": 0,
            "works": work_objs(lesson, view, t), "teachers": [lesson["teacher"][0]],
            "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(a, b, t):
    out = [entity_lesson(l, t) for l in LESSONS.values() if a <= placed(l, t)["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_state(m, t):
    _, day, n, p, versions, removed = m
    if removed is not None and t >= removed:
        return None
    shown = [(value, date) for since, value, date in versions if t >= since]
    return shown[-1] if shown else None


def mark_obj(m, t):
    suffix, day, n, p, _, _ = m
    value, date = mark_state(m, t)
    lesson = lesson_at(day, n)
    mid = 2260325488554000000 + suffix
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": date, "workType": wt_of(lesson),
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]], "use_avg_calc": True}


def marks_range(a, b, t):
    return [mark_obj(m, t) for m in MARKS
            if mark_state(m, t) is not None and a <= placed(lesson_at(m[1], m[2]), t)["day"] <= b]


def log_range(a, b, t):
    out = []
    for day, n, p, status, comment in LOG:
        lesson = lesson_at(day, n)
        if day <= t[0] and a <= placed(lesson, t)["day"] <= b:
            out.append({"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"],
                        "lesson_str": str(lesson["id"]), "comment": comment, "status": status,
                        "createdDate": f"{day}T{BELLS[n][0][:2]}:4{n}:1{n}.5"})
    return out


def flat_lesson(lesson, t):
    e = entity_lesson(lesson, t)
    view = placed(lesson, t)
    a, b = BELLS[view["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": "214", "floor": "2", "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]],
            "teachers": [lesson["teacher"][0]]}


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): the Homework works of the lessons in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not a <= placed(l, t)["day"] <= b or placed(l, t)["day"] > t[0]:
            continue
        hws = [w for w in entity_lesson(l, t)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(l, t))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def night(day, phase=0):
    """The answers of one night's run for the week of `day`, in the job's order."""
    t = (day, phase)
    monday = day - dt.timedelta(days=day.weekday())
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    return [
        rec(f"GET /v2/edu-groups/{G}/lessons/{monday}/{friday}", lessons_range(monday, friday, t)),
        rec(f"GET /v2/edu-groups/{G}/marks/{monday}/{sunday}", marks_range(monday, sunday, t)),
        rec(f"GET /v2/lesson-log-entries/group/{G}?from={monday}&to={sunday}", log_range(monday, sunday, t)),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
            homework_bundle(monday, sunday, t)),
    ]


def group_obj():
    return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
            "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "ГБОУ «Лицей № 53»", "type": "School",
                                                           "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]} for c in children],
            "splitId": None}


PERIODS = [(1000007530001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007530002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007530003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007530004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008530001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008530002, "2026-12-29", "2027-01-11", "Зимние каникулы"),
            (1000008530003, "2027-03-22", "2027-03-30", "Весенние каникулы")]


def rpg():
    rid = 1000009530062
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def one_each(records):
    """The job posts each answer as it gets it: one answer a batch."""
    return [[r] for r in records]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "ГБОУ «Лицей № 53»",
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Лицей № 53»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES]),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj()]),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in pupils_at((D(2026, 10, 4), 0))]),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable()),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ARTYOM])),
        rec(f"GET /v2/users/{PAVEL[1]}/context", context(PAVEL, [DASHA])),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg()),
    ]
    w1 = [WEEKS[0] + dt.timedelta(days=i) for i in range(5)]
    w2 = [WEEKS[1] + dt.timedelta(days=i) for i in range(5)]
    w3 = [WEEKS[2] + dt.timedelta(days=i) for i in range(5)]
    roster = [rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in pupils_at((D(2026, 10, 11), 0))]),
              rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [NIKITA]))]
    tue2 = night(w2[1])
    steps = [("1. first run: school, work types, class, members, bells, parents, periods (Sun 2026-10-04 night)",
              one_each(setup))]
    for d in w1[:3]:
        steps.append((f"night of {d:%a %Y-%m-%d}: the week's lessons, marks, log, homework", one_each(night(d))))
    thu = night(w1[3])
    steps.append((f"night of Thu 2026-10-08, each answer posted twice (the client timed out and re-posted)",
                  [b for r in thu for b in ([r], [r])]))
    fri1 = night(w1[4])
    steps.append(("night of Fri 2026-10-09", one_each(fri1)))
    steps.append(("Sun 2026-10-11: the roster re-pulled (Никита Зайцев joins 6Б) and his mother's context",
                  one_each(roster)))
    steps.append(("Sun 2026-10-11: the job re-sends last Friday's four answers (its outbox was not cleared)",
                  one_each(fri1)))
    steps.append(("night of Mon 2026-10-12", one_each(night(w2[0]))))
    steps.append(("night of Tue 2026-10-13: lessons and log posted; marks and homework fail (connection reset)",
                  one_each([tue2[0], tue2[2]])))
    steps.append(("night of Wed 2026-10-14 (a mark of Tuesday corrected, Monday's История homework withdrawn)",
                  one_each(night(w2[2]))))
    steps.append(("Wed 2026-10-14, after Wednesday's answers: Tuesday's failed marks and homework retried as they "
                  "were pulled on Tuesday", one_each([tue2[1], tue2[3]])))
    for d in w2[3:]:
        steps.append((f"night of {d:%a %Y-%m-%d}", one_each(night(d))))
    for d in w3[:4]:
        steps.append((f"night of {d:%a %Y-%m-%d}" + (" (Thursday's Математика moved to Friday #5)"
                                                      if d == w3[1] else ""), one_each(night(d))))
    fri = w3[4]
    early, late = (fri, -1), (fri, 0)
    hw_req = f"GET /v2/users/me/school/{S}/homeworks?startDate={fri}&endDate=2026-11-08"
    mk_req = f"GET /v2/edu-groups/{G}/marks/{fri}/{fri}"
    steps.append(("Fri 2026-10-23, early evening: the operator pulls Friday alone (a mark on the wrong pupil, "
                  "the homework's first text)",
                  one_each([rec(mk_req, marks_range(fri, fri, early)),
                            rec(hw_req, homework_bundle(fri, D(2026, 11, 8), early))])))
    steps.append(("Fri 2026-10-23, the night's run: Friday pulled again, then the week",
                  one_each([rec(mk_req, marks_range(fri, fri, late)),
                            rec(hw_req, homework_bundle(fri, D(2026, 11, 8), late)), *night(fri)])))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ «Лицей № 53» (Москва, UTC+3), 6Б, 2026-10-05..10-23, a nightly sync job that never "
                       "sends pulled_at: a corrected mark, a withdrawn homework, a moved lesson, a pupil who joins, "
                       "a re-sent batch, a day pulled twice on one evening, a retry delivered after the next night.",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Лицей № 53»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for _, bs in steps for b in bs)
    print(f"journey.json: {len(steps)} steps, {n} records")


if __name__ == "__main__":
    main()
