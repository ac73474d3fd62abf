"""Write journey.json: «Лицей № 59» (Ярославль, UTC+3), Dnevnik.ru, class 7А in the autumn of 2026/27, as one
school's sync job pulls it: homework beyond the next lesson. A long-term project set in September and due three
weeks later; homework due on a day the subject has no lesson; holiday homework set on the last day before the
autumn break and due after it; an online lesson on a Saturday of a five-day school, with its homework; homework
given only to the pupils absent from a lesson (tasks, §3.6); homework whose due date is moved twice (its text edited
the second time); homework with attachments only (no text, §3.2 `files`, §3.7 File); and homework set by mistake
and deleted. Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002590059
G = 2260325488559100071  # 7А, a 19-digit id (§1)
TT = 1000006590071
WT_OU, WT_SR, WT_DZ, WT_PR = 2591, 2592, 2593, 2594
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PR, "CommonWork", "Защита проекта", "ПР", 2),
]
SUBJECTS = {
    "Русский язык": (1000003590001, "Филология"), "Литература": (1000003590002, "Филология"),
    "Английский язык": (1000003590003, "Филология"), "Алгебра": (1000003590004, "Математика"),
    "Геометрия": (1000003590005, "Математика"), "Информатика": (1000003590006, "Математика и информатика"),
    "История": (1000003590007, "Общественные науки"), "География": (1000003590008, "Естествознание"),
    "Биология": (1000003590009, "Естествознание"), "Физика": (1000003590010, "Естествознание"),
    "Физическая культура": (1000003590011, "Физическая культура"), "Технология": (1000003590012, "Технология"),
}
# persons: (person id, user id, last, first, middle, sex)
ARTEM = (1000012590701, 1000011590701, "Воронцов", "Артём", "Игоревич", "Male")
POLINA = (1000012590702, 1000011590702, "Мельникова", "Полина", "Сергеевна", "Female")
DENIS = (2260325488559300703, 2260325488559400703, "Гусев", "Денис", "Алексеевич", "Male")
YANA = (1000012590704, 1000011590704, "Кравец", "Яна", "Викторовна", "Female")
PUPILS = [ARTEM, POLINA, DENIS, YANA]
P_VORONTSOVA = (1000012590901, 1000011590901, "Воронцова", "Ирина", "Павловна", "Female")
P_MELNIKOV = (1000012590902, 1000011590902, "Мельников", "Сергей", "Юрьевич", "Male")
T_ORL = (1000012590950, 1000011590950, "Орлова", "Татьяна", "Михайловна", "Female")  # русский, литература
T_SHE = (1000012590951, 1000011590951, "Шевченко", "Виктор", "Андреевич", "Male")  # алгебра, геометрия, информатика
T_LIS = (1000012590952, 1000011590952, "Лисицына", "Анна", "Олеговна", "Female")  # английский
T_BOG = (1000012590953, 1000011590953, "Богданов", "Олег", "Николаевич", "Male")  # физика
T_ZAH = (1000012590954, 1000011590954, "Захарова", "Елена", "Викторовна", "Female")  # биология, география
T_KUZ = (1000012590955, 1000011590955, "Кузнецов", "Роман", "Ильич", "Male")  # история, физкультура, технология
TEACHERS = {"Русский язык": T_ORL, "Литература": T_ORL, "Алгебра": T_SHE, "Геометрия": T_SHE,
            "Информатика": T_SHE, "Английский язык": T_LIS, "Физика": T_BOG, "Биология": T_ZAH,
            "География": T_ZAH, "История": T_KUZ, "Физическая культура": T_KUZ, "Технология": T_KUZ}

WEEKDAY = [  # 7А's timetable, Monday..Friday (a five-day school): subjects by lesson number 1..4
    ["Русский язык", "Алгебра", "Информатика", "История"],
    ["Биология", "Литература", "Английский язык", "Алгебра"],
    ["Русский язык", "Геометрия", "Физика", "География"],
    ["Алгебра", "Английский язык", "Русский язык", "Физическая культура"],
    ["Литература", "Физика", "История", "Технология"],
]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20")}
SATURDAY = D(2026, 10, 17)  # an online English lesson on a Saturday (the olympiad preparation), 10:00-10:40
HOLIDAY_NATIONAL = D(2026, 11, 4)  # День народного единства, a Wednesday
WEEKS = [D(2026, 9, 14), D(2026, 10, 5), D(2026, 10, 12), D(2026, 10, 19), D(2026, 11, 2), D(2026, 11, 9),
         D(2026, 11, 16)]


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def lesson_id(day, n):
    return 2260325488559500000 + (day - D(2026, 1, 1)).days * 10 + n


def plan():
    out = {}
    for monday in WEEKS:
        for i in range(6):
            day = monday + dt.timedelta(days=i)
            if day == HOLIDAY_NATIONAL:
                continue
            if i == 5:
                if day == SATURDAY:
                    out[lesson_id(day, 1)] = {"id": lesson_id(day, 1), "day": day, "number": 1,
                                              "subject": "Английский язык", "start": "10:00", "hours": "10:00 - 10:40",
                                              "place": "Онлайн (Сферум)",
                                              "title": "Онлайн-урок: Present Perfect, подготовка к олимпиаде"}
                continue
            for n, subject in enumerate(WEEKDAY[i], 1):
                a, b = BELLS[n]
                out[lesson_id(day, n)] = {"id": lesson_id(day, n), "day": day, "number": n, "subject": subject,
                                          "start": a, "hours": f"{a} - {b}", "place": "214" if subject != "Физическая культура" else "Спортзал",
                                          "title": None}
    count = {}
    for l in sorted(out.values(), key=lambda l: l["id"]):
        count[l["subject"]] = count.get(l["subject"], 0) + 1
        if l["title"] is None:
            l["title"] = TOPICS.get((l["day"], l["number"])) or f"{l['subject']}: урок {count[l['subject']] + 3}"
    return out


TOPICS = {
    (D(2026, 9, 15), 1): "Многообразие растений. Выдача проектов",
    (D(2026, 10, 6), 1): "Защита проектов «Растения нашего двора»",
    (D(2026, 10, 5), 3): "Линейные алгоритмы. Практикум",
    (D(2026, 10, 8), 1): "Линейная функция и её график",
    (D(2026, 10, 23), 1): "А. С. Пушкин. «Дубровский»: вводный урок",
    (D(2026, 11, 3), 2): "«Дубровский»: беседа по прочитанному",
    (D(2026, 11, 11), 3): "Лабораторная работа № 4 «Измерение силы трения»",
    (D(2026, 11, 20), 2): "Сдача отчётов по лабораторной работе № 4",
}
LESSONS = plan()


def at(day, n):
    return LESSONS[lesson_id(day, n)]


ALL = [p[0] for p in PUPILS]
F_PPTX = (1000020590001, "Презентация «Строение клетки».pptx", "Document", "pptx", 2483114)
F_PDF = (1000020590002, "Рабочий лист № 3 (клетка).pdf", "Document", "pdf", 318776)
MOVED_TEXT_1 = "Лабораторная работа № 4: оформить отчёт, ответить на контрольные вопросы"
MOVED_TEXT_2 = "Лабораторная работа № 4: оформить отчёт, ответить на контрольные вопросы (срок сдачи перенесён на 20.11)"
# homework: key -> (lesson (day, number), text, due, assignees (person ids), files)
HW = {
    "alg-0914": ((D(2026, 9, 14), 2), "№ 45, 47, 52", D(2026, 9, 15), ALL, []),
    "project": ((D(2026, 9, 15), 1),
                "Долгосрочный проект «Растения нашего двора»: гербарий из 10 растений и презентация "
                "(защита 06.10)", D(2026, 10, 6), ALL, []),
    "rus-0916": ((D(2026, 9, 16), 1), "Упр. 64, 66", D(2026, 9, 17), ALL, []),
    "inf-online": ((D(2026, 10, 5), 3), "Написать программу «Калькулятор» и отправить файл через раздел «Задания» "
                   "до 08.10", D(2026, 10, 8), ALL, []),
    "alg-common": ((D(2026, 10, 8), 1), "№ 228, 230", D(2026, 10, 12), ALL, []),
    "alg-absent": ((D(2026, 10, 8), 1), "Для отсутствовавших 08.10: разобрать § 9 по учебнику, № 221, 223",
                   D(2026, 10, 12), [POLINA[0], DENIS[0]], []),
    "eng-sat": ((SATURDAY, 1), "Workbook p. 34, ex. 1–3; записать и загрузить аудиоответ", D(2026, 10, 20), ALL, []),
    "lit-holiday": ((D(2026, 10, 23), 1), "Прочитать повесть А. С. Пушкина «Дубровский» (гл. 1–10) за каникулы",
                    D(2026, 11, 3), ALL, []),
    "hist-holiday": ((D(2026, 10, 23), 3), "Подготовить сообщение «Смутное время в Ярославле» (по желанию)",
                     D(2026, 11, 2), ALL, []),
    "bio-files": ((D(2026, 11, 3), 1), "", D(2026, 11, 10), ALL, [F_PPTX, F_PDF]),
    "rus-mistake": ((D(2026, 11, 9), 1), "Упр. 245, 247", D(2026, 11, 11), ALL, []),
    "phys-moved": ((D(2026, 11, 11), 3), MOVED_TEXT_1, D(2026, 11, 13), ALL, []),
}
HW_ID = {k: 2260325488559700000 + i * 101 for i, k in enumerate(HW)}
# the due date moves twice: (pulled from, due, text)
MOVES = [("2026-11-12T21:00", D(2026, 11, 18), MOVED_TEXT_1), ("2026-11-17T20:00", D(2026, 11, 20), MOVED_TEXT_2)]
DELETED = {"rus-mistake": "2026-11-12T08:00"}  # withdrawn by the teacher (set by mistake)

# marks: (day, number, pupil, value, work type)
MARKS = [
    (D(2026, 9, 14), 2, ARTEM, "4", WT_OU), (D(2026, 9, 16), 1, POLINA, "5", WT_OU),
    (D(2026, 9, 17), 1, ARTEM, "3", WT_SR), (D(2026, 10, 6), 1, ARTEM, "5", WT_PR),
    (D(2026, 10, 6), 1, POLINA, "4", WT_PR), (D(2026, 10, 6), 1, DENIS, "5", WT_PR),
    (D(2026, 10, 9), 2, ARTEM, "4", WT_SR), (SATURDAY, 1, POLINA, "5", WT_OU),
    (D(2026, 10, 20), 3, ARTEM, "5", WT_DZ), (D(2026, 11, 3), 2, POLINA, "4", WT_OU),
    (D(2026, 11, 3), 2, ARTEM, "5", WT_OU), (D(2026, 11, 20), 2, ARTEM, "4", WT_DZ),
]
# attendance: (day, number, pupil, status, comment)
LOG = [
    (D(2026, 10, 8), 1, POLINA, "Ill", "ОРВИ, справка"), (D(2026, 10, 8), 1, DENIS, "Absent", ""),
    (D(2026, 10, 8), 2, POLINA, "Ill", "ОРВИ, справка"), (D(2026, 10, 8), 2, DENIS, "Absent", ""),
    (SATURDAY, 1, YANA, "Pass", "заявление родителей"), (D(2026, 11, 11), 3, ARTEM, "Late", "10 минут"),
]


def hw_state(key, pulled):
    """(due, text) of a homework as the journal holds it at `pulled`, or None once withdrawn."""
    if key in DELETED and pulled >= DELETED[key]:
        return None
    (_, _), text, due, _, _ = HW[key]
    if key == "phys-moved":
        for since, d, t in MOVES:
            if pulled >= since:
                due, text = d, t
    return due, text


def hw_of(lesson):
    return [k for k, v in HW.items() if lesson_id(*v[0]) == lesson["id"]]


def default_work(lesson):
    return 2260325488559600000 + lesson["id"] % 10000000


def file_obj(f):
    fid, name, group, ext, size = f
    return {**ids(fid), "name": name, "typeGroup": group, "type": ext,
            "pageUrl": f"https://dnevnik.ru/files/{fid}", "downloadUrl": f"https://dnevnik.ru/files/{fid}/download",
            "user": {**ids(T_ZAH[1]), "personId": T_ZAH[0], "personId_str": str(T_ZAH[0]),
                     "shortName": "Захарова Е. В."},
            "size": size, "vote": 0, "uploadedDate": "2026-11-03T13:41:07.52", "storageType": "Internal"}


def homework_work(key, lesson, pulled, person_filter=None):
    state = hw_state(key, pulled)
    if state is None:
        return None
    due, text = state
    _, _, _, assignees, files = HW[key]
    if person_filter is not None and person_filter not in assignees:
        return None
    wid = HW_ID[key]
    subj = SUBJECTS[lesson["subject"]][0]
    tasks = [{**ids(wid + 1 + i), "person": p, "person_str": str(p), "work": wid, "work_str": str(wid),
              "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for i, p in enumerate(assignees)]
    return {**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": False, "status": "Sent",
            "eduGroup": G, "eduGroup_str": str(G), "tasks": tasks, "text": text,
            "periodNumber": 1 if lesson["day"] < D(2026, 11, 2) else 2, "periodType": "Quarter", "subjectId": subj,
            "isImportant": key == "project", "targetDate": f"{due}T00:00:00",
            "sentDate": f"{lesson['day']}T{13 + lesson['number'] % 3}:{10 + lesson['number']}:05.3",
            "createdBy": TEACHERS[lesson["subject"]][0], "files": [f[0] for f in files], "oneDriveLinks": []}


def works_of(lesson, pulled, person_filter=None):
    subj = SUBJECTS[lesson["subject"]][0]
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork",
            "workType": WT_PR if lesson["id"] == lesson_id(D(2026, 10, 6), 1) else WT_OU,
            "markType": "mark5", "markCount": 1, "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "displayInJournal": True, "status": "Sent", "eduGroup": G, "eduGroup_str": str(G), "tasks": [],
            "text": "", "periodNumber": 1 if lesson["day"] < D(2026, 11, 2) else 2, "periodType": "Quarter",
            "subjectId": subj, "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None,
            "createdBy": TEACHERS[lesson["subject"]][0], "files": [], "oneDriveLinks": []}]
    for key in hw_of(lesson):
        w = homework_work(key, lesson, pulled, person_filter)
        if w:
            out.append(w)
    return out


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    t = TEACHERS[lesson["subject"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": G, "status": "Planned" if pulled < f"{lesson['day']}T{lesson['start']}" else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, pulled), "teachers": [t], "teachers_str": [str(t)]}


def flat_lesson(lesson, pulled, person_filter=None):
    return {"id": lesson["id"], "title": lesson["title"], "date": f"{lesson['day']}T{lesson['start']}:00",
            "number": lesson["number"], "subjectId": SUBJECTS[lesson["subject"]][0],
            "status": "Planned" if pulled < f"{lesson['day']}T{lesson['start']}" else "Conducted",
            "resultPlaceId": 0, "building": "Главный корпус", "place": lesson["place"],
            "floor": "" if lesson["day"] == SATURDAY else "2", "hours": lesson["hours"],
            "works": [w["id"] for w in works_of(lesson, pulled, person_filter)],
            "teachers": [TEACHERS[lesson["subject"]][0]]}


def in_range(a, b):
    return sorted((l for l in LESSONS.values() if a <= l["day"] <= b), key=lambda l: (l["day"], l["number"]))


def mark_obj(m):
    day, n, p, value, wt = m
    lesson = at(day, n)
    return {**ids(2260325488559800000 + (lesson["id"] % 10000000) * 10 + PUPILS.index(p)), "type": "mark5",
            "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": f"{day}T{lesson['start'][:2]}:4{n}:1{n}.27",
            "workType": wt, "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value],
            "use_avg_calc": True}


def log_obj(e):
    day, n, p, status, comment = e
    lesson = at(day, n)
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{day}T{lesson['start'][:2]}:0{n + 2}:3{n}.6"}


def homework_bundle(a, b, pulled):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set at lessons within the range, as the school's
    sync user (staff) sees them: every pupil's tasks."""
    works, lessons, teachers, subjects, files = [], [], {}, {}, {}
    for l in in_range(a, b):
        hws = [w for w in entity_lesson(l, pulled)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(l, pulled))
        t = TEACHERS[l["subject"]]
        teachers[t[0]] = person(t)
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
        for key in hw_of(l):
            for f in HW[key][4]:
                if any(w["id"] == HW_ID[key] for w in hws):
                    files[f[0]] = file_obj(f)
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": list(files.values()),
            "teachers": list(teachers.values())}


def schedules(p, a, b, pulled):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range, the pupil's own marks, log entries and
    homework (a task of another pupil is not his, §3.6)."""
    days, day = [], a
    while day <= b:
        ls = [l for l in in_range(day, day)]
        works = [w for l in ls for w in works_of(l, pulled, p[0])]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, pulled, p[0]) for l in ls],
                     "marks": [mark_obj(m) for m in MARKS if m[2] == p and m[0] == day],
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                                  for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_PR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": [log_obj(e) for e in LOG if e[2] == p and e[0] == day],
                     "teachers": [person(t) for t in sorted({TEACHERS[l["subject"]] for l in ls})],
                     "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days)):
        days[i]["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def week_pull(monday, stamp, bundles=(ARTEM,)):
    """A weekly pull: the group's marks (Mon..Sun), lessons (Mon..Sat), log entries, the homework set that week, and
    the watched pupils' schedules (Mon..Sat)."""
    saturday, sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    base, out = dt.datetime.fromisoformat(stamp), []

    def t(i):
        return (base + dt.timedelta(minutes=i)).isoformat()

    out.append(rec(f"GET /v2/edu-groups/{G}/marks/{monday}/{sunday}",
                   [mark_obj(m) for m in MARKS if monday <= m[0] <= sunday], t(0)))
    out.append(rec(f"GET /v2/edu-groups/{G}/lessons/{monday}/{saturday}",
                   [entity_lesson(l, t(1)) for l in in_range(monday, saturday)], t(1)))
    out.append(rec(f"GET /v2/lesson-log-entries/group/{G}?from={monday}&to={sunday}",
                   [log_obj(e) for e in LOG if monday <= e[0] <= sunday], t(2)))
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
                   homework_bundle(monday, sunday, t(3)), t(3)))
    for i, p in enumerate(bundles):
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={monday}&endDate={saturday}",
                       schedules(p, monday, saturday, t(4 + i)), t(4 + i)))
    return out


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МОУ «Лицей № 59»", "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]} for c in children],
            "splitId": None}


PERIODS = [(1000007590001, "2026-09-01", "2026-10-23", 1, "1 четверть"),
           (1000007590002, "2026-11-02", "2026-12-28", 2, "2 четверть"),
           (1000007590003, "2027-01-11", "2027-03-19", 3, "3 четверть"),
           (1000007590004, "2027-03-29", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008590001, "2026-10-24", "2026-11-01", "Осенние каникулы", ""),
            (1000008590002, "2026-11-04", "2026-11-04", "День народного единства", ""),
            (1000008590003, "2026-12-29", "2027-01-10", "Зимние каникулы", ""),
            (1000008590004, "2027-03-20", "2027-03-28", "Весенние каникулы", "")]


def rpg():
    rid = 1000009590071
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def work_alone(key, pulled):
    lesson = at(*HW[key][0])
    return rec(f"GET /v2/works/{HW_ID[key]}", homework_work(key, lesson, pulled), pulled)


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МОУ «Лицей № 59»",
                                     "fullName": "Муниципальное общеобразовательное учреждение «Лицей № 59»",
                                     "avatarSmall": None, "city": "Ярославль", "municipality": "г. Ярославль",
                                     "regionId": 76, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "76."}, "2026-09-13T18:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2026-09-13T18:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [{**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group",
                                                  "name": "7А", "fullName": "", "parallel": 7, "timetable": TT,
                                                  "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
                                                  "educationType": "Regular", "subjects": [],
                                                  "journaltype": "Default"}], "2026-09-13T18:00:40"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], "2026-09-13T18:01:00"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), "2026-09-13T18:01:20"),
        rec(f"GET /v2/users/{P_VORONTSOVA[1]}/context", context(P_VORONTSOVA, [ARTEM]), "2026-09-13T18:01:40"),
        rec(f"GET /v2/users/{P_MELNIKOV[1]}/context", context(P_MELNIKOV, [POLINA]), "2026-09-13T18:01:50"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2026-09-13T18:02:00"),
    ]
    w = WEEKS
    steps = [
        ("1. reference data, bells, periods and holidays (Sun 2026-09-13 18:00)", [setup]),
        ("2. week of 09-14: the biology project set on Tue 09-15, due 10-06 (Sat 2026-09-19 19:00)",
         [week_pull(w[0], "2026-09-19T19:00:00")]),
        ("3. week of 10-05: the project defended; informatics due on Thursday (no informatics lesson); algebra "
         "homework for the absent only (Sat 2026-10-10 19:00)",
         [week_pull(w[1], "2026-10-10T19:00:00", bundles=(ARTEM, POLINA))]),
        ("4. week of 10-12 with the online English lesson on Saturday 10-17 (Sat 2026-10-17 19:00)",
         [week_pull(w[2], "2026-10-17T19:00:00", bundles=(ARTEM, POLINA))]),
        ("5. the last day before the autumn break: holiday homework (Fri 2026-10-23 20:00)",
         [week_pull(w[3], "2026-10-23T20:00:00", bundles=(ARTEM, POLINA))]),
        ("6. week of 11-02 after the break, 11-04 a public holiday; biology homework of files only (Sat 2026-11-07 "
         "19:00)", [week_pull(w[4], "2026-11-07T19:00:00", bundles=(ARTEM, POLINA))]),
        ("7. mid-week pull: physics lab report due Fri 11-13; a Russian homework set by mistake (Wed 2026-11-11 "
         "20:00)", [[rec(f"GET /v2/edu-groups/{G}/lessons/{w[5]}/{w[5] + dt.timedelta(days=5)}",
                         [entity_lesson(l, "2026-11-11T20:00") for l in in_range(w[5], w[5] + dt.timedelta(days=5))],
                         "2026-11-11T20:00:00"),
                     rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={w[5]}&endDate={w[5] + dt.timedelta(days=6)}",
                         homework_bundle(w[5], w[5] + dt.timedelta(days=6), "2026-11-11T20:01"),
                         "2026-11-11T20:01:00")]]),
        ("8. the lab report's due date moved to Wed 11-18 (Thu 2026-11-12 21:00: the job re-reads the changed work)",
         [[work_alone("phys-moved", "2026-11-12T21:00:00")]]),
        ("9. week of 11-09 evening pull: the mistaken Russian homework deleted (Sat 2026-11-14 19:00)",
         [week_pull(w[5], "2026-11-14T19:00:00", bundles=(ARTEM, POLINA))]),
        ("10. the lab report moved again, to Fri 11-20, its text edited (Tue 2026-11-17 20:00)",
         [[work_alone("phys-moved", "2026-11-17T20:00:00")]]),
        ("11. week of 11-16 evening pull (Sat 2026-11-21 19:00)",
         [week_pull(w[6], "2026-11-21T19:00:00", bundles=(ARTEM, POLINA))]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МОУ «Лицей № 59» (Ярославль, UTC+3), 7А, autumn 2026: homework beyond the next lesson: a "
                       "three-week project, homework due on a day without the subject, holiday homework, a "
                       "Saturday online lesson's homework, homework for the absent pupils only, a due date moved "
                       "twice, homework of attachments only, and homework set by mistake and deleted.",
        "school": {"timezone": "Europe/Moscow", "name": "МОУ «Лицей № 59»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for s in steps for b in s[1]), "records")


if __name__ == "__main__":
    main()
