"""Dnevnik.ru journey 19: subgroups in depth. Writes journey.json (standard library, deterministic).

Every name, id and text is invented. Shapes follow /work/shared/reference/dnevnik_ru.md (§N).
"""
import json
from pathlib import Path

SCHOOL = 1000002460019
CLASS = 2260325488519000700
E1, E2 = 2260325488519000711, 2260325488519000712          # English by level, same slot
I1, I2 = 2260325488519000721, 2260325488519000722          # informatics by halves
PM, PF = 2260325488519000731, 2260325488519000732          # PE by gender, same slot
T1, T2, T3 = 2260325488519000741, 2260325488519000742, 2260325488519000743  # technology; T3 formed from T1+T2
D1 = 2260325488519000751                                   # German club subgroup, dissolved after week 1
D2 = 2260325488519000761                                   # choir subgroup: archived after week 1, memberships left Active

P1, P2, P3, P4 = 1000012900001, 1000012900002, 2260325488519100003, 1000012900004
PUPILS = [
    (P1, "Алиса", "Белова", "Романовна", "Female"),
    (P2, "Глеб", "Воронов", "Ильич", "Male"),
    (P3, "Дарья", "Гусева", "Олеговна", "Female"),
    (P4, "Егор", "Жуков", "Павлович", "Male"),
]
TEACHERS = {  # person -> (user, first, last, middle)
    1000012900901: (1000011900901, "Нина", "Орлова", "Викторовна"),      # maths, class
    1000012900902: (1000011900902, "Эмма", "Ланге", "Карловна"),         # English Starter/Elementary
    1000012900903: (1000011900903, "Тимур", "Исаев", "Русланович"),      # English Intermediate
    1000012900904: (1000011900904, "Олег", "Пестов", "Андреевич"),       # informatics
    1000012900905: (1000011900905, "Кирилл", "Рожков", "Сергеевич"),     # PE boys
    1000012900906: (1000011900906, "Светлана", "Уварова", "Петровна"),   # PE girls
    1000012900907: (1000011900907, "Григорий", "Фомин", "Львович"),      # technology
    1000012900908: (1000011900908, "Ульрика", "Шмидт", "Георгиевна"),    # German
    1000012900909: (1000011900909, "Вадим", "Яковлев", "Денисович"),     # choir
}
SUBJ = {
    "math": (1000003900001, "Математика", "Математика и информатика"),
    "eng": (1000003900002, "Английский язык", "Иностранные языки"),
    "inf": (1000003900003, "Информатика", "Математика и информатика"),
    "pe": (1000003900004, "Физическая культура", "Физическая культура"),
    "tech": (1000003900005, "Технология", "Технология"),
    "ger": (1000003900006, "Немецкий язык", "Иностранные языки"),
    "mus": (1000003900007, "Музыка", "Искусство"),
}
START = {1: "08:30", 2: "09:25", 3: "10:20", 4: "11:20", 5: "12:15", 6: "13:10"}
HOURS_END = {1: "09:10", 2: "10:05", 3: "11:00", 4: "12:00", 5: "12:55", 6: "13:50"}

WEEK1 = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]
WEEK2 = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]


def s(v):
    return str(v)


def group(gid, name, full, typ="Subgroup", status="Active"):
    return {"id": gid, "id_str": s(gid), "parentIds": [] if gid == CLASS else [CLASS],
            "parentIds_str": [] if gid == CLASS else [s(CLASS)], "type": typ, "name": name, "fullName": full,
            "parallel": 7, "timetable": 1000006000719, "timetable_str": "1000006000719", "status": status,
            "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def roster(members, name_e1="Англ. яз. Starter", week2=False):
    g = []
    g.append({"group": group(CLASS, "7В", "", "Group"), "students": [{"person": p, "membershipstatus": "Active"} for p, *_ in PUPILS]})
    g.append({"group": group(E1, name_e1, "Ланге Эмма Карловна"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P1, P2)]})
    g.append({"group": group(E2, "Англ. яз. Intermediate", "Исаев Тимур Русланович"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P3, P4)]})
    g.append({"group": group(I1, "Информатика 1 гр.", "Пестов Олег Андреевич"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P1, P3)]})
    g.append({"group": group(I2, "Информатика 2 гр.", "Пестов Олег Андреевич"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P2, P4)]})
    g.append({"group": group(PM, "Физкультура (мальчики)", "Рожков Кирилл Сергеевич"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P2, P4)]})
    g.append({"group": group(PF, "Физкультура (девочки)", "Уварова Светлана Петровна"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P1, P3)]})
    st = "Archive" if week2 else "Active"
    g.append({"group": group(T1, "Технология 1 гр.", "Фомин Григорий Львович", status=st), "students": [{"person": p, "membershipstatus": st} for p in (P1, P4)]})
    g.append({"group": group(T2, "Технология 2 гр.", "Фомин Григорий Львович", status=st), "students": [{"person": p, "membershipstatus": st} for p in (P2, P3)]})
    g.append({"group": group(D1, "Немецкий язык (2-й ин.)", "Шмидт Ульрика Георгиевна", status=st), "students": [{"person": p, "membershipstatus": st} for p in (P1, P3)]})
    g.append({"group": group(D2, "Хор (мальчики)", "Яковлев Вадим Денисович", status=st), "students": [{"person": p, "membershipstatus": "Active"} for p in (P2, P4)]})
    if week2:
        g.append({"group": group(T3, "Технология (сводная)", "Фомин Григорий Львович"), "students": [{"person": p, "membershipstatus": "Active"} for p in (P1, P2, P3, P4)]})
    return g


# (lesson seq, group, subject key, date, number, teacher, topic, homework (text, due) or None)
LESSONS = []
TOPICS_MATH = ["Линейная функция", "График линейной функции", "Системы уравнений", "Метод подстановки", "Метод сложения",
               "Решение задач системами", "Контрольная работа № 7", "Анализ контрольной", "Степень с натуральным показателем", "Свойства степени"]
for i, d in enumerate(WEEK1 + WEEK2):
    LESSONS.append((1 + i, CLASS, "math", d, 1, 1000012900901, TOPICS_MATH[i], None))
SUB = [
    # week 1
    (101, E1, "eng", "2026-03-02", 3, 1000012900902, "Shopping: numbers and prices", ("Starter WB p. 31 ex. 1–4", "2026-03-04")),
    (102, E2, "eng", "2026-03-02", 3, 1000012900903, "Past Continuous vs Past Simple", ("Intermediate SB p. 77 ex. 6 (essay 80 words)", "2026-03-04")),
    (103, I1, "inf", "2026-03-03", 2, 1000012900904, "Циклы с условием (1 гр.)", ("Составить блок-схему задачи 4 (1 гр.)", "2026-03-10")),
    (104, I2, "inf", "2026-03-03", 3, 1000012900904, "Циклы с условием (2 гр.)", ("Составить блок-схему задачи 7 (2 гр.)", "2026-03-10")),
    (105, E1, "eng", "2026-03-04", 3, 1000012900902, "At the market: dialogues", None),
    (106, E2, "eng", "2026-03-04", 3, 1000012900903, "Reported speech: statements", None),
    (107, T1, "tech", "2026-03-04", 5, 1000012900907, "Разметка заготовки из фанеры", ("Принести лобзик и эскиз полочки", "2026-03-11")),
    (108, T2, "tech", "2026-03-04", 6, 1000012900907, "Технология обработки ткани: шов", ("Подобрать лоскуты ткани 20×20 см", "2026-03-11")),
    (109, PM, "pe", "2026-03-05", 4, 1000012900905, "Баскетбол: ведение мяча", None),
    (110, PF, "pe", "2026-03-05", 4, 1000012900906, "Гимнастика: равновесие на бревне", ("Комплекс упражнений на гибкость, 15 минут ежедневно", "2026-03-12")),
    (111, D1, "ger", "2026-03-05", 6, 1000012900908, "Meine Familie", ("Выучить слова урока 5, с. 22", "2026-03-12")),
    (121, D2, "mus", "2026-03-06", 5, 1000012900909, "Разучивание канона «Звонкий колокольчик»", ("Выучить текст канона, 1 куплет", "2026-03-13")),
    # week 2 (planned on 2026-03-01 for the fortnight)
    (201, E1, "eng", "2026-03-09", 3, 1000012900902, "Clothes and colours", ("Starter WB p. 34 ex. 2, 5", "2026-03-11")),
    (202, E2, "eng", "2026-03-09", 3, 1000012900903, "Reported speech: questions", ("Intermediate WB p. 50 ex. 1–3", "2026-03-11")),
    (203, I1, "inf", "2026-03-10", 2, 1000012900904, "Вложенные циклы (1 гр.)", None),
    (204, I2, "inf", "2026-03-10", 3, 1000012900904, "Вложенные циклы (2 гр.)", None),
    (205, E1, "eng", "2026-03-11", 3, 1000012900902, "Describing people", None),
    (206, E2, "eng", "2026-03-11", 3, 1000012900903, "Phrasal verbs with «get»", None),
    (207, T1, "tech", "2026-03-11", 5, 1000012900907, "Выпиливание лобзиком", None),
    (208, T2, "tech", "2026-03-11", 6, 1000012900907, "Машинные швы", None),
    (209, PM, "pe", "2026-03-12", 4, 1000012900905, "Баскетбол: бросок в кольцо", None),
    (210, PF, "pe", "2026-03-12", 4, 1000012900906, "Гимнастика: опорный прыжок", None),
    (221, D2, "mus", "2026-03-13", 5, 1000012900909, "Двухголосие: партия альтов", ("Повторить партию альтов по записи", "2026-03-20")),
    (211, D1, "ger", "2026-03-12", 6, 1000012900908, "Mein Zimmer", ("Написать 5 предложений о своей комнате", "2026-03-19")),
]
LESSONS += SUB
# T3, formed on 2026-03-08 from T1 and T2: its own lessons in week 2 (Wednesday #5-6 pair, Thursday none)
T3_LESSONS = [
    (301, T3, "tech", "2026-03-11", 5, 1000012900907, "Проект «Полочка для кухни»: выбор материала", ("Эскиз проекта в тетради, формат А5", "2026-03-18")),
]


def lid(seq):
    return 2260325488519300000 + seq


def members(gid, week2):
    return {E1: (P1, P2), E2: (P3, P4), I1: (P1, P3), I2: (P2, P4), PM: (P2, P4), PF: (P1, P3), T1: (P1, P4),
            T2: (P2, P3), D1: (P1, P3), D2: (P2, P4), T3: (P1, P2, P3, P4), CLASS: (P1, P2, P3, P4)}[gid]


def works_of(seq, gid, subj, d, teacher, hw):
    L = lid(seq)
    w = [{"id": 2260325488519400000 + seq, "id_str": s(2260325488519400000 + seq), "type": "DefaultNewLessonWork",
          "workType": 4201, "markType": "mark5", "markCount": 1, "lesson": L, "lesson_str": s(L),
          "displayInJournal": True, "status": "Sent", "eduGroup": gid, "eduGroup_str": s(gid), "tasks": [], "text": "",
          "periodNumber": 3, "periodType": "Quarter", "subjectId": SUBJ[subj][0], "isImportant": False,
          "targetDate": d + "T00:00:00", "sentDate": None, "createdBy": teacher, "files": [], "oneDriveLinks": []}]
    if hw:
        wid = 2260325488519600000 + seq
        w.append({"id": wid, "id_str": s(wid), "type": "Homework", "workType": 4204, "markType": "mark5", "markCount": 1,
                  "lesson": L, "lesson_str": s(L), "displayInJournal": False, "status": "Sent", "eduGroup": gid,
                  "eduGroup_str": s(gid),
                  "tasks": [{"id": 2260325488519800000 + seq * 10 + k, "id_str": s(2260325488519800000 + seq * 10 + k),
                             "person": p, "person_str": s(p), "work": wid, "work_str": s(wid), "status": "NotStarted",
                             "targetDate": hw[1] + "T00:00:00"} for k, p in enumerate(members(gid, False))],
                  "text": hw[0], "periodNumber": 3, "periodType": "Quarter", "subjectId": SUBJ[subj][0],
                  "isImportant": False, "targetDate": hw[1] + "T00:00:00", "sentDate": d + "T15:10:00.4",
                  "createdBy": teacher, "files": [], "oneDriveLinks": []})
    return w


def lesson_entity(row):
    seq, gid, subj, d, n, teacher, topic, hw = row
    sid, sname, area = SUBJ[subj]
    return {"id": lid(seq), "id_str": s(lid(seq)), "title": topic, "date": f"{d}T{START[n]}:00", "number": n,
            "subject": {"id": sid, "id_str": s(sid), "name": sname, "knowledgeArea": area, "fgosSubjectId": None},
            "group": gid, "status": "Conducted", "resultPlaceId": 0, "works": works_of(seq, gid, subj, d, teacher, hw),
            "teachers": [teacher], "teachers_str": [s(teacher)]}


def env(req, body, pulled, request_body=None):
    r = {"request": req, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def rng(gid, rows, a, b):
    return [lesson_entity(r) for r in rows if r[1] == gid and a <= r[3] <= b]


MARKS = [  # (seq of lesson, person, value, date set)
    (101, P1, "5", "2026-03-02T10:58:11.2"), (101, P2, "4", "2026-03-02T10:58:40.9"),
    (102, P3, "4-", "2026-03-02T10:57:02.15"), (102, P4, "3", "2026-03-02T10:57:30.6"),
    (103, P1, "5", "2026-03-03T10:01:00.3"), (103, P3, "4", "2026-03-03T10:01:22.7"),
    (104, P2, "3+", "2026-03-03T10:55:12.1"), (104, P4, "5", "2026-03-03T10:55:40.0"),
    (107, P1, "5", "2026-03-04T12:50:00.5"), (107, P4, "4", "2026-03-04T12:50:20.5"),
    (108, P2, "4", "2026-03-04T13:45:00.5"), (108, P3, "5", "2026-03-04T13:45:20.5"),
    (110, P1, "4+", "2026-03-05T11:58:00.1"), (110, P3, "5-", "2026-03-05T11:58:30.1"),
    (111, P1, "5", "2026-03-05T13:49:00.9"), (111, P3, "4+", "2026-03-05T13:49:30.9"),
    (201, P1, "4", "2026-03-09T10:59:00.2"), (201, P2, "5", "2026-03-09T10:59:30.2"),
    (202, P3, "5", "2026-03-09T10:58:00.2"), (202, P4, "4", "2026-03-09T10:58:30.2"),
    (209, P2, "5", "2026-03-12T11:58:00.3"), (209, P4, "4-", "2026-03-12T11:58:30.3"),
    (301, P1, "5", "2026-03-11T12:54:00.4"), (301, P2, "3", "2026-03-11T12:54:10.4"),
    (301, P3, "4", "2026-03-11T12:54:20.4"), (301, P4, "4", "2026-03-11T12:54:30.4"),
]


def mark(seq, p, v, when):
    mid = 2260325488519500000 + seq * 10 + [P1, P2, P3, P4].index(p)
    wid = 2260325488519400000 + seq
    return {"id": mid, "id_str": s(mid), "type": "mark5", "value": v, "textValue": v, "person": p, "person_str": s(p),
            "work": wid, "work_str": s(wid), "lesson": lid(seq), "lesson_str": s(lid(seq)), "number": 0, "date": when,
            "workType": 4201, "mood": "Good" if v[0] in "45" else "Average", "use_avg_calc": True}


def group_of(seq):
    return next(r[1] for r in LESSONS + T3_LESSONS if r[0] == seq)


def marks_range(gid, a, b):
    rows = [m for m in MARKS if group_of(m[0]) == gid and a <= next(r[3] for r in LESSONS + T3_LESSONS if r[0] == m[0]) <= b]
    return [mark(*m) for m in rows]


def schedule(p, rows, days):
    out = []
    for d in days:
        ls = [r for r in rows if r[3] == d]
        ls.sort(key=lambda r: r[4])
        works = [w for r in ls for w in works_of(r[0], r[1], r[2], r[3], r[5], r[7])]
        out.append({"date": d + "T00:00:00",
                    "lessons": [{"id": lid(r[0]), "title": r[6], "date": f"{d}T{START[r[4]]}:00", "number": r[4],
                                 "subjectId": SUBJ[r[2]][0], "status": "NotConducted", "resultPlaceId": 0,
                                 "building": "Корпус 2", "place": None, "floor": None,
                                 "hours": f"{START[r[4]]} - {HOURS_END[r[4]]}",
                                 "works": [w["id"] for w in works_of(r[0], r[1], r[2], r[3], r[5], r[7])],
                                 "teachers": [r[5]]} for r in ls],
                    "marks": [], "works": [w for w in works if w["type"] != "Homework"],
                    "homeworks": [w for w in works if w["type"] == "Homework"],
                    "subjects": [{"id": SUBJ[k][0], "name": SUBJ[k][1], "knowledgeAreaId": None}
                                 for k in sorted({r[2] for r in ls})],
                    "workTypes": [], "lessonLogEntries": [], "teachers": [], "nextDate": None})
    return {"days": out}


def member_rows_week2(p):
    mine = {CLASS, T3} | {g for g in (E1, E2, I1, I2, PM, PF) if p in members(g, True)}
    return [r for r in LESSONS + T3_LESSONS if r[1] in mine and r[3] in WEEK2]


def main():
    users = [{"id": u, "id_str": s(u), "personId": pid, "personId_str": s(pid), "name": f"{f} {l}", "email": None,
              "login": None, "fullName": f"{l} {f} {m}", "fullNameInverse": f"{f} {m} {l}", "firstName": f,
              "middleName": m, "lastName": l, "shortName": f"{l} {f[0]}. {m[0]}.", "locale": "ru-RU", "timezone": "+3:00",
              "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""} for pid, (u, f, l, m) in TEACHERS.items()]
    persons = [{"id": p, "id_str": s(p), "userId": None, "userId_str": None, "firstName": f, "lastName": l,
                "middleName": m, "shortName": f"{l} {f[0]}.", "sex": sx} for p, f, l, m, sx in PUPILS]
    all_groups = [CLASS, E1, E2, I1, I2, PM, PF, T1, T2, D1, D2]
    step1 = [
        env(f"GET /v2/schools/{SCHOOL}", {"id": SCHOOL, "id_str": s(SCHOOL), "name": "МАОУ «Лицей № 19»",
            "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 19» г. Калуги",
            "avatarSmall": None, "city": "Калуга", "municipality": "городской округ город Калуга", "regionid": 40,
            "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": False,
            "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "40."}, "2026-03-01T20:00:00+03:00"),
        env(f"GET /v2/work-types/{SCHOOL}", [
            {"id": 4201, "id_str": "4201", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
             "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
            {"id": 4204, "id_str": "4204", "schoolId": SCHOOL, "kindId": 9, "kind": "Homework",
             "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1}], "2026-03-01T20:00:00+03:00"),
        env("POST /v2/edu-groups", roster(None), "2026-03-01T20:00:00+03:00", [s(g) for g in all_groups]),
        env("POST /v2/users/many", users, "2026-03-01T20:00:00+03:00", [u for u, *_ in TEACHERS.values()]),
        env(f"GET /v2/edu-groups/{CLASS}/persons?includeArchive=false", persons, "2026-03-01T20:00:00+03:00"),
    ]
    for g in all_groups:
        step1.append(env(f"GET /v2/edu-groups/{g}/lessons/2026-03-02/2026-03-13", rng(g, LESSONS, WEEK1[0], WEEK2[-1]),
                         "2026-03-01T20:30:00+03:00"))
    step2 = [env(f"GET /v2/edu-groups/{g}/marks/2026-03-02/2026-03-06", marks_range(g, WEEK1[0], WEEK1[-1]),
                 "2026-03-06T19:00:00+03:00") for g in (E1, E2, I1, I2, PF, T1, T2, D1)]
    step2.append(env("POST /v2/edu-groups", roster(None), "2026-03-06T20:00:00+03:00", [s(g) for g in all_groups]))
    step3 = [env("POST /v2/edu-groups", roster(None, "Англ. яз. Elementary", week2=True), "2026-03-08T20:00:00+03:00",
                 [s(g) for g in all_groups + [T3]])]
    for g in (CLASS, E1, E2, I1, I2, PM, PF, T1, T2, T3):  # D1, D2 are Archive: the job no longer pulls their lessons
        step3.append(env(f"GET /v2/edu-groups/{g}/lessons/2026-03-09/2026-03-13",
                         rng(g, [r for r in LESSONS if r[1] not in (T1, T2)] + T3_LESSONS, WEEK2[0], WEEK2[-1]),
                         "2026-03-08T20:30:00+03:00"))
    for p, *_ in PUPILS:
        step3.append(env(f"GET /v2/persons/{p}/groups/{CLASS}/schedules?startDate=2026-03-09&endDate=2026-03-13",
                         schedule(p, member_rows_week2(p), WEEK2), "2026-03-08T20:40:00+03:00"))
    step4 = [env(f"GET /v2/edu-groups/{g}/marks/2026-03-09/2026-03-13", marks_range(g, WEEK2[0], WEEK2[-1]),
                 "2026-03-13T19:00:00+03:00") for g in (E1, E2, PM, T3)]
    journey = {"vendor": "dnevnik_ru", "description": "Dnevnik.ru journey 19: МАОУ «Лицей № 19», Калуга (timeZone 3), 7В split four ways at once (English by level in one slot, informatics by halves, PE by gender, technology halves, a German subgroup); E1 renamed, T1+T2 merged into a new T3, the German subgroup dissolved after week 1; 2026-03-02..13.", "steps": [
        {"name": "1 Sunday 2026-03-01: school, roster of 7В and its nine subgroups, teachers, the fortnight's plan", "batches": [step1]},
        {"name": "2 Friday 2026-03-06: week-1 marks of the subgroups, the roster again (unchanged)", "batches": [step2]},
        {"name": "3 Sunday 2026-03-08: E1 renamed, T1+T2 merged into T3, D1 dissolved; week-2 plan and pupils' week schedules", "batches": [step3]},
        {"name": "4 Friday 2026-03-13: week-2 marks", "batches": [step4]},
    ]}
    Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
