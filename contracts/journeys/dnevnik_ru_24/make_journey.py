"""Writes journey.json of dnevnik_ru_24 (homework in depth). Standard library only; deterministic."""
import json
from pathlib import Path

S = 1000002524024
G, SG1, SG2 = 2260325488524024001, 2260325488524024002, 2260325488524024003
P1, P2, P3 = 1000012524001, 1000012524002, 2260325488524100003
U_PARENT, P_PARENT = 1000011524101, 1000012524101
T_RUS, T_MATH, T_EN1, T_EN2, T_BIO = 1000012524901, 1000012524902, 1000012524903, 1000012524904, 1000012524905
RUS, MATH, LIT, ENG, BIO = 1000003524001, 1000003524002, 1000003524003, 1000003524004, 1000003524005
SUBJ = {RUS: ("Русский язык", "Филология"), MATH: ("Математика", "Математика и информатика"),
        LIT: ("Литература", "Филология"), ENG: ("Английский язык", "Иностранные языки"),
        BIO: ("Биология", "Естественнонаучные предметы")}
KA = {"Филология": 1, "Математика и информатика": 2, "Иностранные языки": 3, "Естественнонаучные предметы": 4}
WT_HW, WT_LESSON, WT_TEST = 2401, 2402, 2403
TEACHER = {RUS: T_RUS, LIT: T_RUS, MATH: T_MATH, BIO: T_BIO}
HOURS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}


def L(n):
    return 2260325488524500000 + n


def W(n):
    return 2260325488524700000 + n


def F(n):
    return 2260325488524900000 + n


def pid(x):
    return {"id": x, "id_str": str(x)}


# lessons: id -> dict(date, number, subject, group, title, teacher)
LESSONS = {
    L(1): dict(date="2026-11-16", number=1, subject=MATH, group=G, title="Сложение дробей с разными знаменателями"),
    L(2): dict(date="2026-11-16", number=2, subject=RUS, group=G, title="Правописание -тся и -ться в глаголах"),
    L(3): dict(date="2026-11-17", number=3, subject=LIT, group=G, title="И. С. Тургенев. «Муму»: образ Герасима"),
    L(4): dict(date="2026-11-17", number=4, subject=ENG, group=SG1, title="Unit 4. My day", teacher=T_EN1),
    L(5): dict(date="2026-11-17", number=4, subject=ENG, group=SG2, title="Unit 4. Daily routine", teacher=T_EN2),
    L(6): dict(date="2026-11-18", number=2, subject=BIO, group=G, title="Строение растительной клетки"),
    L(7): dict(date="2026-11-19", number=1, subject=MATH, group=G, title="Контрольная работа № 3 по теме «Дроби»"),
    L(8): dict(date="2026-11-19", number=2, subject=RUS, group=G, title="Сочинение-описание природы"),
    L(9): dict(date="2026-11-23", number=1, subject=MATH, group=G, title="Вычитание дробей с разными знаменателями"),
    L(10): dict(date="2026-11-25", number=3, subject=LIT, group=G, title="Ф. И. Тютчев. «Весенние воды»"),
    L(11): dict(date="2026-11-24", number=2, subject=RUS, group=G, title="Глагол: повторение"),
}
MEMBERS = {G: [P1, P2, P3], SG1: [P1, P3], SG2: [P2]}

HW2_TEXT = ("Упр. 312 (списать, вставить пропущенные буквы, обозначить суффиксы).\n"
            "Выучить правило на с. 97: «-тся» отвечает на вопрос «что делает?», «-ться» — «что делать?».\n"
            "Словарные слова: «гражданин», «пассажир» & «расстояние» — записать 3 раза.\n"
            "Кто не сдал диктант — переписать работу над ошибками <обязательно> до пятницы!\n"
            "P.S. Тетради подписать: \"Рабочая тетрадь по русскому языку ученика 5 \"В\" класса\".")
HW3_OLD = "Прочитать рассказ «Муму» до конца, ответить на вопросы 1–5 (с. 143)"
HW3_NEW = ("Прочитать рассказ «Муму» до конца, ответить письменно на вопросы 1–7 (с. 143–144).\n"
           "Вопросы — в прикреплённом файле.")
HW7_TEXT = ("Посмотреть видеоурок: https://resh.edu.ru/subject/lesson/7753/main/?utm_source=dnevnik&amp=1\n"
            "Решить № 261, 263 (а–г), карточку — в приложении.")
HW8_TEXT = ("Написать сочинение-описание «Мой любимый уголок природы» (не менее 8 предложений).\n\n"
            "План:\n1) где находится;\n2) что я там вижу и слышу;\n3) почему мне там нравится.")

# works: id -> dict
WORKS = {
    W(1): dict(type="Homework", lesson=L(1), text="§ 12, № 245, 247 (а, в), 249*", target="2026-11-18",
               sent="2026-11-16T14:05:12.37"),
    W(2): dict(type="Homework", lesson=L(2), text=HW2_TEXT, target="2026-11-17", sent="2026-11-16T15:40:03.9"),
    W(3): dict(type="Homework", lesson=L(3), text=HW3_OLD, target="2026-11-19", sent="2026-11-17T13:12:44.105",
               files=[F(1)]),
    W(4): dict(type="Homework", lesson=L(4), text="Workbook p. 34, ex. 2, 3; learn the words (Unit 4, p. 51)",
               target="2026-11-19", sent="2026-11-17T12:50:00.0"),
    W(5): dict(type="Homework", lesson=L(5), text="Student's Book p. 52, ex. 6 (письменно); рабочая тетрадь с. 30",
               target="2026-11-19", sent="2026-11-17T12:55:21.4"),
    W(6): dict(type="Homework", lesson=L(6), text="§ 8, зарисовать строение клетки в тетради",
               target="2026-11-25", sent="2026-11-18T11:02:09.66"),
    W(7): dict(type="Homework", lesson=L(7), text=HW7_TEXT, target="2026-11-23", sent="2026-11-18T16:20:00.5",
               files=[F(2)]),
    W(8): dict(type="Homework", lesson=L(8), text=HW8_TEXT, target="2026-11-24", sent="2026-11-18T17:45:31.02"),
    W(9): dict(type="Homework", lesson=L(9), text="№ 280–284 (чётные); повторить правило на с. 71",
               target="2026-11-24", sent="2026-11-22T10:00:00.0"),
    W(10): dict(type="Homework", lesson=L(10), text="Выучить наизусть стихотворение Ф. И. Тютчева «Весенние воды»",
                target="2026-11-27", sent="2026-11-22T11:30:15.8"),
    W(20): dict(type="LessonTestWork", lesson=L(7), text="Контрольная работа № 3 «Обыкновенные дроби»",
                target="2026-11-19", sent=None),
}
for n in range(1, 12):
    WORKS[W(100 + n)] = dict(type="DefaultNewLessonWork", lesson=L(n), text="", target=LESSONS[L(n)]["date"],
                             sent=None)
FILES = {
    F(1): dict(name="Муму_вопросы_1-7.pdf", typeGroup="Document", type="pdf", size=184320),
    F(2): dict(name="Карточка_дроби_№3.docx", typeGroup="Document", type="docx", size=27648),
}


def teacher_of(lesson):
    info = LESSONS[lesson]
    return info.get("teacher") or TEACHER[info["subject"]]


def work(wid, lesson_override=None, **over):
    w = dict(WORKS[wid], **over)
    lesson = lesson_override or w["lesson"]
    info = LESSONS[lesson]
    wt = {"Homework": WT_HW, "LessonTestWork": WT_TEST}.get(w["type"], WT_LESSON)
    tasks = []
    if w["type"] == "Homework":
        tasks = [{"id": wid + 5000000 + i, "id_str": str(wid + 5000000 + i), "person": p, "person_str": str(p),
                  "work": wid, "work_str": str(wid), "status": "NotStarted", "targetDate": w["target"] + "T00:00:00"}
                 for i, p in enumerate(MEMBERS[info["group"]])]
    return {"id": wid, "id_str": str(wid), "type": w["type"], "workType": wt, "markType": "mark5",
            "markCount": 1, "lesson": lesson, "lesson_str": str(lesson),
            "displayInJournal": w["type"] != "Homework", "status": "Sent",
            "eduGroup": info["group"], "eduGroup_str": str(info["group"]), "tasks": tasks, "text": w["text"],
            "periodNumber": 2, "periodType": "Quarter", "subjectId": info["subject"],
            "isImportant": w["type"] == "LessonTestWork", "targetDate": w["target"] + "T00:00:00",
            "sentDate": w["sent"], "createdBy": teacher_of(lesson), "files": list(w.get("files", [])),
            "oneDriveLinks": []}


def lesson_entity(lid, works, **over):
    info = dict(LESSONS[lid], **over)
    name, ka = SUBJ[info["subject"]]
    t = teacher_of(lid)
    return {"id": lid, "id_str": str(lid), "title": info["title"],
            "date": f"{info['date']}T{HOURS[info['number']][0]}:00", "number": info["number"],
            "subject": {"id": info["subject"], "id_str": str(info["subject"]), "name": name, "knowledgeArea": ka,
                        "fgosSubjectId": None},
            "group": info["group"], "status": "Planned", "resultPlaceId": 0, "works": works,
            "teachers": [t], "teachers_str": [str(t)]}


def lesson_flat(lid, work_ids, **over):
    info = dict(LESSONS[lid], **over)
    a, b = HOURS[info["number"]]
    return {"id": lid, "title": info["title"], "date": f"{info['date']}T{a}:00", "number": info["number"],
            "subjectId": info["subject"], "status": "Planned", "resultPlaceId": 0, "building": "Основное здание",
            "place": {RUS: "21", LIT: "21", MATH: "14", ENG: "32", BIO: "8"}[info["subject"]], "floor": "2",
            "hours": f"{a} - {b}", "works": work_ids, "teachers": [teacher_of(lid)]}


def subjects_bundle(ids):
    return [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": KA[SUBJ[s][1]]} for s in ids]


PEOPLE = {
    P1: ("Дарья", "Соколова", "Андреевна", "Female", 1000011524001),
    P2: ("Кирилл", "Медведев", "Олегович", "Male", 1000011524002),
    P3: ("Алиса", "Ершова", "Максимовна", "Female", None),
    T_RUS: ("Ирина", "Кузнецова", "Петровна", "Female", 1000011524901),
    T_MATH: ("Андрей", "Белов", "Сергеевич", "Male", 1000011524902),
    T_EN1: ("Елена", "Морозова", "Викторовна", "Female", 1000011524903),
    T_EN2: ("Ольга", "Гаврилова", "Николаевна", "Female", 1000011524904),
    T_BIO: ("Павел", "Тихонов", "Ильич", "Male", 1000011524905),
}


def person(p):
    first, last, middle, sex, user = PEOPLE[p]
    return {"id": p, "id_str": str(p), "userId": user, "userId_str": None if user is None else str(user),
            "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def group_obj(g):
    base = {"id": g, "id_str": str(g), "timetable": 1000006524024, "timetable_str": "1000006524024",
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default", "parallel": 5}
    if g == G:
        return dict(base, parentIds=[], parentIds_str=[], type="Group", name="5В", fullName="")
    name = "Английский язык, 1 группа" if g == SG1 else "Английский язык, 2 группа"
    full = "Морозова Елена Викторовна" if g == SG1 else "Гаврилова Ольга Николаевна"
    return dict(base, parentIds=[G], parentIds_str=[str(G)], type="Subgroup", name=name, fullName=full)


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def works_of(lid, homework):
    """The lesson's works at a pull: its default work, its test, and the homework ids listed."""
    out = [work(W(100 + lid - L(0)))]
    if lid == L(7):
        out.append(work(W(20)))
    out += [homework[w] for w in sorted(homework) if WORKS[w]["lesson"] == lid]
    return out


steps = []
# 1: roster
t1 = "2026-11-15T18:00:00+03:00"
b1 = [
    rec(f"GET /v2/schools/{S}", {"id": S, "id_str": str(S), "name": "МАОУ «Гимназия № 24»",
                                  "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 24»",
                                  "avatarSmall": None, "city": "Ярославль", "municipality": "город Ярославль",
                                  "regionid": 76, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                  "uses_weighted_avg": False, "educationType": "Regular"}, t1),
    rec(f"GET /v2/schools/{S}/subjects", [
        {"id": s, "id_str": str(s), "name": n, "knowledgeArea": ka, "fgosSubjectId": None}
        for s, (n, ka) in SUBJ.items()], t1),
    rec(f"GET /v2/work-types/{S}", [
        {"id": WT_HW, "id_str": str(WT_HW), "schoolId": S, "kindId": 9, "kind": "Homework",
         "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
        {"id": WT_LESSON, "id_str": str(WT_LESSON), "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork",
         "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
        {"id": WT_TEST, "id_str": str(WT_TEST), "schoolId": S, "kindId": 3, "kind": "LessonTestWork",
         "title": "Контрольная работа", "abbr": "КР", "weight": 2}], t1),
    rec(f"GET /v2/edu-groups/{G}", group_obj(G), t1),
    rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G), group_obj(SG1), group_obj(SG2)], t1),
    rec("POST /v2/edu-groups", [
        {"group": group_obj(g), "students": [{"person": p, "person_str": str(p), "membershipstatus": "Active"}
                                             for p in MEMBERS[g]]} for g in (G, SG1, SG2)], t1,
        request_body=[G, SG1, SG2]),
    rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in (P1, P2, P3)], t1),
] + [rec(f"GET /v2/persons/{t}", person(t), t1) for t in (T_RUS, T_MATH, T_EN1, T_EN2, T_BIO)] + [
    rec(f"GET /v2/users/{U_PARENT}/context", {
        "userId": U_PARENT, "userId_str": str(U_PARENT), "personId": P_PARENT, "personId_str": str(P_PARENT),
        "shortName": "Соколов А. В.", "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": [],
        "schools": [{"id": S, "name": "МАОУ «Гимназия № 24»", "type": "School", "groupIds": []}], "eduGroups": [],
        "children": [{"personId": P1, "firstName": "Дарья", "lastName": "Соколова", "middleName": "Андреевна",
                      "shortName": "Соколова Д. А.", "schoolIds": [S], "groupIds": [G, SG1]}],
        "splitId": None}, t1),
]
steps.append({"name": "1 Sun 2026-11-15 18:00: school (timeZone 3), subjects, work types, 5В and its two English "
                      "subgroups, memberships, teachers, a parent's context", "batches": [b1]})

# 2: Monday evening: the week's lessons by group, with their works (two homeworks already set)
t2 = "2026-11-16T20:00:00+03:00"
hw2 = {W(1): work(W(1)), W(2): work(W(2))}
wk1 = [L(1), L(2), L(3), L(6), L(7), L(8)]
b2 = [
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-16/2026-11-22",
        [lesson_entity(l, works_of(l, hw2)) for l in wk1], t2),
    rec(f"GET /v2/edu-groups/{SG1}/lessons/2026-11-16/2026-11-22", [lesson_entity(L(4), works_of(L(4), {}))], t2),
    rec(f"GET /v2/edu-groups/{SG2}/lessons/2026-11-16/2026-11-22", [lesson_entity(L(5), works_of(L(5), {}))], t2),
]
steps.append({"name": "2 Mon 2026-11-16 20:00: week 1 lessons of 5В and of each subgroup, works embedded "
                      "(homework on maths and Russian)", "batches": [b2]})

# 3: Tuesday evening: the homework bundle, a pupil's schedule, a lesson's works, a lesson entity
t3 = "2026-11-17T20:00:00+03:00"
t3b = "2026-11-17T20:30:00+03:00"
bundle1_works = [W(1), W(2), W(3), W(4), W(5)]
bundle1 = {"works": [work(w) for w in bundle1_works],
           "subjects": subjects_bundle([MATH, RUS, LIT, ENG]),
           "lessons": [lesson_flat(l, [w for w in bundle1_works if WORKS[w]["lesson"] == l])
                       for l in (L(1), L(2), L(3), L(4), L(5))],
           "files": [{"id": F(1), "id_str": str(F(1)), "name": FILES[F(1)]["name"], "typeGroup": "Document",
                      "type": "pdf", "pageUrl": f"https://dnevnik.ru/files/file.aspx?file={F(1)}",
                      "downloadUrl": f"https://static.dnevnik.ru/files/{F(1)}/download",
                      "user": {"id": 1000011524901, "id_str": "1000011524901", "personId": T_RUS,
                               "personId_str": str(T_RUS), "name": "Кузнецова Ирина Петровна",
                               "shortName": "Кузнецова И. П."},
                      "size": FILES[F(1)]["size"], "vote": 0, "uploadedDate": "2026-11-17T13:10:02.5",
                      "storageType": "Dnevnik"}],
           "teachers": [person(t) for t in (T_MATH, T_RUS, T_EN1, T_EN2)]}


def day(date, lessons, hws, over=None):
    over = over or {}
    works = [w for l in lessons for w in works_of(l, {})]
    homeworks = [hws[w] for w in sorted(hws) if WORKS[w]["lesson"] in lessons]
    subs = sorted({LESSONS[l]["subject"] for l in lessons})
    return {"date": f"{date}T00:00:00",
            "lessons": [lesson_flat(l, [w["id"] for w in works_of(l, {k: v for k, v in hws.items()})
                                        if w["lesson"] == l], **over.get(l, {})) for l in lessons],
            "marks": [], "works": works, "homeworks": homeworks, "subjects": subjects_bundle(subs),
            "workTypes": [{"id": WT_HW, "schoolId": S, "abbreviation": "ДЗ", "name": "Домашнее задание",
                           "isFinal": False, "isImportant": False, "kindId": 9, "kind": "Homework"},
                          {"id": WT_LESSON, "schoolId": S, "abbreviation": "РУ", "name": "Работа на уроке",
                           "isFinal": False, "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"}],
            "lessonLogEntries": [], "teachers": [{"person": person(teacher_of(l)), "role": "Teacher"}
                                                 for l in lessons],
            "nextDate": None}


hw3 = {w: work(w) for w in bundle1_works}
sched = {"days": [day("2026-11-16", [L(1), L(2)], hw3), day("2026-11-17", [L(3), L(5)], hw3),
                  day("2026-11-18", [L(6)], hw3), day("2026-11-19", [L(7), L(8)], hw3),
                  day("2026-11-20", [], hw3)]}
for i, d in enumerate(sched["days"][:-1]):
    d["nextDate"] = sched["days"][i + 1]["date"]
b3 = [
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-16&endDate=2026-11-22", bundle1, t3),
    rec(f"GET /v2/persons/{P2}/groups/{G}/schedules?startDate=2026-11-16&endDate=2026-11-20", sched, t3),
    rec(f"GET /v2/lessons/{L(3)}", lesson_entity(L(3), works_of(L(3), {W(3): work(W(3))})), t3),
    rec(f"GET /v2/lessons/{L(6)}/works", works_of(L(6), {W(6): work(W(6))}), t3b),
]
steps.append({"name": "3 Tue 2026-11-17 20:00: homework bundle (literature with a file, each subgroup's English), "
                      "Кирилл's schedules bundle, the literature lesson, biology's works (homework set)",
              "batches": [b3]})

# 4: Wednesday night: corrections, a removal, a lesson moved, new homework
t4 = "2026-11-18T21:00:00+03:00"
WORKS[W(1)]["target"] = "2026-11-19"
WORKS[W(3)].update(text=HW3_NEW, target="2026-11-20")
LESSONS[L(8)].update(date="2026-11-20", number=3)
cur = [W(1), W(2), W(3), W(4), W(5), W(7), W(8)]
hw4 = {w: work(w) for w in cur}
bundle2 = {"works": [hw4[w] for w in cur],
           "subjects": subjects_bundle([MATH, RUS, LIT, ENG]),
           "lessons": [lesson_flat(l, [w for w in cur if WORKS[w]["lesson"] == l])
                       for l in (L(1), L(2), L(3), L(4), L(5), L(7), L(8))],
           "files": [dict(bundle1["files"][0]),
                     {"id": F(2), "id_str": str(F(2)), "name": FILES[F(2)]["name"], "typeGroup": "Document",
                      "type": "docx", "pageUrl": f"https://dnevnik.ru/files/file.aspx?file={F(2)}",
                      "downloadUrl": f"https://static.dnevnik.ru/files/{F(2)}/download",
                      "user": {"id": 1000011524902, "id_str": "1000011524902", "personId": T_MATH,
                               "personId_str": str(T_MATH), "name": "Белов Андрей Сергеевич",
                               "shortName": "Белов А. С."},
                      "size": FILES[F(2)]["size"], "vote": 0, "uploadedDate": "2026-11-18T16:18:40.11",
                      "storageType": "Dnevnik"}],
           "teachers": [person(t) for t in (T_MATH, T_RUS, T_EN1, T_EN2)]}
b4 = [
    rec(f"GET /v2/works/{W(1)}", work(W(1)), t4),
    rec(f"GET /v2/lessons/{L(6)}/works", works_of(L(6), {}), t4),
    rec(f"GET /v2/lessons/{L(8)}", lesson_entity(L(8), works_of(L(8), hw4)), t4),
    rec("POST /v2/works/many", [hw4[W(7)], hw4[W(8)]], t4, request_body=[W(7), W(8)]),
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-16&endDate=2026-11-22", bundle2, t4),
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-16/2026-11-22",
        [lesson_entity(l, works_of(l, hw4)) for l in wk1], t4),
]
steps.append({"name": "4 Wed 2026-11-18 21:00: maths homework re-dated (works/{w}), literature homework "
                      "rewritten and re-dated, biology homework removed (lessons/{l}/works lacks it), Russian "
                      "lesson moved Thu #2 -> Fri #3 with its homework, new maths homework with a file and a link",
              "batches": [b4]})

# 5: Sunday: week 2
t5 = "2026-11-22T19:00:00+03:00"
wk2 = [L(9), L(11), L(10)]
hw5 = {W(9): work(W(9)), W(10): work(W(10))}
b5 = [
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-23/2026-11-29",
        [lesson_entity(l, works_of(l, hw5)) for l in wk2], t5),
    rec(f"GET /v2/persons/{P1}/school/{S}/homeworks?startDate=2026-11-23&endDate=2026-11-29",
        {"works": [hw5[W(9)]], "subjects": subjects_bundle([MATH]), "lessons": [lesson_flat(L(9), [W(9)])],
         "files": [], "teachers": [person(T_MATH)]}, t5),
    rec(f"GET /v2/users/me/school/homeworks?homeworkId={W(10)}",
        {"works": [hw5[W(10)]], "subjects": subjects_bundle([LIT]), "lessons": [lesson_flat(L(10), [W(10)])],
         "files": [], "teachers": [person(T_RUS)]}, t5),
]
steps.append({"name": "5 Sun 2026-11-22 19:00: week 2 lessons, Дарья's own homework bundle, one homework by id",
              "batches": [b5]})

# 6: a retry of Tuesday's answers delivered after everything: pulled before the corrections, it changes nothing
steps.append({"name": "6 Mon 2026-11-23 07:00: a retry delivers Tuesday's homework bundle and biology's works "
                      "(pulled 2026-11-17) late", "batches": [[b3[0], b3[3]]]})

journey = {"vendor": "dnevnik_ru",
           "description": "Homework in depth (Dnevnik.ru): 5В of a Yaroslavl gymnasium over two weeks; homework "
                          "through works embedded in lessons, lessons/{l}/works, works/{w}, works/many, the "
                          "homeworks bundles (school, person, by id) and a schedules bundle; files and a link; "
                          "homework of one English subgroup; a lesson moved with its homework; homework corrected "
                          "(text, due date) and removed; long texts with line breaks and special characters.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
