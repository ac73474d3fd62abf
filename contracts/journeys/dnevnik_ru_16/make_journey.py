"""Writes journey.json of Dnevnik.ru journey 16: names and people that change (7Г, 2026-09-13 .. 2026-10-06).

Standard library only, deterministic. Every name, id and text is invented. Shapes from
/work/shared/reference/dnevnik_ru.md (§ cited beside each record) and the hub README's request envelope.
"""
import json
from pathlib import Path

S = 1000002516016                      # school
G = 2260325488516000701                # class 7Г
TZ = "+03:00"

# subjects (§3.11): S1 renamed mid-month (same id); S2 and S3 share the name «Практикум» in two knowledge areas
S1, S2, S3, S4 = 1000003516001, 1000003516002, 1000003516003, 1000003516004
SUBJ = {S1: ("Родной язык", "Родной язык и родная литература"),
        S2: ("Практикум", "Математика и информатика"),
        S3: ("Практикум", "Естественнонаучные предметы"),
        S4: ("Алгебра", "Математика и информатика")}
S1_NEW = "Родной язык (русский)"

# teachers (person ids; user ids = person - 1000000)
T1 = 1000012516901   # Белкина Ольга Ивановна: Родной язык, first class teacher; leaves the school
T2 = 1000012516902   # Зуева Тамара Львовна: Практикум (maths)
T3 = 1000012516903   # Гусев Павел Романович: Практикум (science)
T4 = 1000012516904   # Соколова Дарья Андреевна -> Кузнецова (marriage): Алгебра; class teacher from 09-24
T5 = 1000012516905   # Орлова-Вишневская Марина Олеговна: substitute in Алгебра on 09-28, mother of P3
T6 = 1000012516906   # Лебедева Нина Сергеевна: Родной язык from 09-28 (new hire)

# pupils
P1, P2, P3, P4, P5, P6 = (1000012516001, 1000012516002, 1000012516003, 1000012516004, 1000012516005,
                          1000012516006)
PAR2, PAR5 = 1000012516102, 1000012516105  # parents of P2 and P5 (person ids)


def uid(p):
    return p - 1000000


def person(p, first, last, middle, sex):
    short = f"{last} {first[0]}. {middle[0]}." if middle else f"{last} {first[0]}."
    return {"id": p, "id_str": str(p), "userId": uid(p), "userId_str": str(uid(p)), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": short, "sex": sex}


def pupils(p2_first):
    return [person(P1, "Илья", "Абрамов", "Сергеевич", "Male"),
            person(P2, p2_first, "Никитина", "Олеговна", "Female"),
            person(P3, "Ева", "Орлова-Вишневская", "Дмитриевна", "Female"),
            person(P4, "Иван", "Смирнов", "Петрович", "Male"),
            person(P5, "Иван", "Смирнов", "Петрович", "Male"),
            person(P6, "Вера", "Тихонова", "Андреевна", "Female")]


def pascal(p, first, last, middle, sex, subjects, house=False):
    return {"Id": p, "IdStr": str(p), "UserId": uid(p), "FirstName": first, "LastName": last, "MiddleName": middle,
            "ShortName": f"{last} {first[0]}. {middle[0]}.", "Sex": sex, "DateBirth": None, "Email": None,
            "Subjects": [{"Id": s, "Name": n} for s, n in subjects], "HouseMaster": house, "Education": "Высшее",
            "StartDate": "2019-09-01T00:00:00", "PedagogicalActivityDate": None, "TeachingStaff": True,
            "NameTeacherPosition": "Учитель"}


def teachers_list(t4_last, with_t1, with_t6):
    out = []
    if with_t1:
        out.append(pascal(T1, "Ольга", "Белкина", "Ивановна", "Female", [(S1, SUBJ[S1][0])], house=True))
    out += [pascal(T2, "Тамара", "Зуева", "Львовна", "Female", [(S2, "Практикум")]),
            pascal(T3, "Павел", "Гусев", "Романович", "Male", [(S3, "Практикум")]),
            pascal(T4, "Дарья", t4_last, "Андреевна", "Female", [(S4, "Алгебра")], house=not with_t1)]
    if with_t6:
        out.append(pascal(T6, "Нина", "Лебедева", "Сергеевна", "Female", [(S1, S1_NEW)]))
    return out


SLOTS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20")}
WEEKS = [("2026-09-14", "2026-09-15"), ("2026-09-21", "2026-09-22"), ("2026-09-28", "2026-09-29"),
         ("2026-10-05", "2026-10-06")]
TOPICS = {
    S1: ["Звуки и буквы родной речи", "Лексическое значение слова", "Фразеологизмы в речи",
         "Диалектные слова и просторечие"],
    S4: ["Степень с натуральным показателем", "Свойства степени", "Одночлены. Стандартный вид",
         "Сложение и вычитание многочленов"],
    S2: ["Задачи на проценты", "Задачи на движение", "Логические задачи", "Задачи на части"],
    S3: ["Измерение объёма тела", "Плотность вещества", "Наблюдение за ростом растений", "Свойства воды"],
}


def lesson_id(week, subj):
    return 2260325488516300000 + week * 10 + [S1, S4, S2, S3].index(subj) + 1


def work_id(week, subj, kind=0):
    return 2260325488516400000 + week * 100 + kind * 10 + [S1, S4, S2, S3].index(subj) + 1


def teacher_of(week, subj):
    if subj == S1:
        return T1 if week < 2 else T6
    if subj == S4:
        return T5 if week == 2 else T4
    return T2 if subj == S2 else T3


def lesson(week, subj):
    mon, tue = WEEKS[week]
    day, num = {S1: (mon, 1), S4: (mon, 2), S2: (tue, 3), S3: (tue, 4)}[subj]
    name = SUBJ[subj][0] if not (subj == S1 and week >= 2) else S1_NEW
    lid, t = lesson_id(week, subj), teacher_of(week, subj)
    return {"id": lid, "id_str": str(lid), "title": TOPICS[subj][week], "date": f"{day}T{SLOTS[num][0]}:00",
            "number": num,
            "subject": {"id": subj, "id_str": str(subj), "name": name, "knowledgeArea": SUBJ[subj][1],
                        "fgosSubjectId": None},
            "group": G, "status": "Conducted", "resultPlaceId": 0, "works": [],
            "teachers": [t], "teachers_str": [str(t)]}


def lessons_range(week):
    mon, tue = WEEKS[week]
    return {"request": f"GET /v2/edu-groups/{G}/lessons/{mon}/{tue}",
            "body": [lesson(week, s) for s in (S1, S4, S2, S3)]}


def work(week, subj, kind="DefaultNewLessonWork", text="", target=None, wtype=6101):
    k = 1 if kind == "Homework" else 0
    wid, lid = work_id(week, subj, k), lesson_id(week, subj)
    day = lesson(week, subj)["date"][:10]
    return {"id": wid, "id_str": str(wid), "type": kind, "workType": wtype, "markType": "mark5", "markCount": 1,
            "lesson": lid, "lesson_str": str(lid), "displayInJournal": kind != "Homework", "status": "Sent",
            "eduGroup": G, "eduGroup_str": str(G), "tasks": [], "text": text, "periodNumber": 1,
            "periodType": "Quarter", "subjectId": subj, "isImportant": False,
            "targetDate": f"{target or day}T00:00:00", "sentDate": f"{day}T12:00:00.5",
            "createdBy": teacher_of(week, subj), "files": [], "oneDriveLinks": []}


_mark_seq = [0]


def mark(week, subj, p, value):
    _mark_seq[0] += 1
    mid, wid, lid = 2260325488516500000 + _mark_seq[0], work_id(week, subj), lesson_id(week, subj)
    day = lesson(week, subj)["date"][:10]
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
            "person": p, "person_str": str(p), "work": wid, "work_str": str(wid), "lesson": lid,
            "lesson_str": str(lid), "number": 0, "date": f"{day}T13:05:11.27", "workType": 6101, "mood": "Good",
            "use_avg_calc": True}


def log(week, subj, entries):
    lid = lesson_id(week, subj)
    day = lesson(week, subj)["date"][:10]
    return {"request": f"GET /v2/lessons/{lid}/log-entries",
            "body": [{"person": p, "person_str": str(p), "lesson": lid, "lesson_str": str(lid), "comment": c,
                      "status": st, "createdDate": f"{day}T09:40:02.3"} for p, st, c in entries]}


def held(week, subj, marks, homework=None):
    """A lesson as held: its works, its marks."""
    lid = lesson_id(week, subj)
    works = [work(week, subj)]
    if homework:
        works.append(work(week, subj, "Homework", homework[0], homework[1], 6107))
    return [{"request": f"GET /v2/lessons/{lid}/works", "body": works},
            {"request": f"GET /v2/lessons/{lid}/marks", "body": [mark(week, subj, p, v) for p, v in marks]}]


def context(parent, first, last, middle, roles, children):
    return {"request": f"GET /v2/users/{uid(parent)}/context",
            "body": {"userId": uid(parent), "userId_str": str(uid(parent)), "personId": parent,
                     "personId_str": str(parent), "shortName": f"{last} {first[0]}. {middle[0]}.",
                     "avatarUrl": None, "roles": roles, "schoolIds": [S], "groupIds": [G] if "EduStaff" in roles
                     else [], "schools": [{"id": S, "name": "МБОУ «Лицей № 16»", "type": "School",
                                           "groupIds": [G]}], "eduGroups": [],
                     "children": [{"personId": c["id"], "firstName": c["firstName"], "lastName": c["lastName"],
                                   "middleName": c["middleName"], "shortName": c["shortName"], "schoolIds": [S],
                                   "groupIds": [G]} for c in children],
                     "splitId": None}}


def at(records, when):
    return [dict(r, pulled_at=f"{when}{TZ}") for r in records]


def by_id(p, first):
    return next(x for x in pupils(first) if x["id"] == p)


def user(p, first, last, middle, sex, login):
    u = uid(p)
    return {"id": u, "id_str": str(u), "personId": p, "personId_str": str(p), "name": f"{first} {last}",
            "email": None, "login": login, "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle,
            "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU",
            "timezone": "+3:00", "sex": sex, "photoSmall": None, "photoMedium": None, "photoLarge": None,
            "birthday": "1988-03-02T00:00:00", "roles": ["EduStaff"], "phone": ""}


def classteacher(p):
    return {"request": f"GET /v2/edu-groups/{G}/classteacher", "body": p}


def build():
    _mark_seq[0] = 0
    school = {"id": S, "id_str": str(S), "name": "МБОУ «Лицей № 16»",
              "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 16» г. Твери",
              "avatarSmall": None, "city": "Тверь", "municipality": "городской округ город Тверь", "regionid": 69,
              "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": False,
              "educationType": "Regular", "tsoCityId": None, "tsoRegionTreePath": "69."}
    group = {"id": G, "id_str": str(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7Г",
             "fullName": "", "parallel": 7, "timetable": 1000006516016, "timetable_str": "1000006516016",
             "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
             "journaltype": "Default"}
    wtypes = [{"id": 6101, "id_str": "6101", "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork",
               "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
              {"id": 6107, "id_str": "6107", "schoolId": S, "kindId": 9, "kind": "Homework",
               "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1}]
    subjects_old = [{"id": s, "id_str": str(s), "name": n, "knowledgeArea": a, "fgosSubjectId": None}
                    for s, (n, a) in SUBJ.items()]
    subjects_new = [dict(x, name=S1_NEW) if x["id"] == S1 else x for x in subjects_old]
    setup_teachers = {"request": f"GET /v2/schools/{S}/teachers", "body": teachers_list("Соколова", True, False)}
    users_many = {"request": "POST /v2/users/many", "request_body": [uid(T1), uid(T2), uid(T3), uid(T4)],
                  "body": [user(T1, "Ольга", "Белкина", "Ивановна", "Female", "o.belkina"),
                           user(T2, "Тамара", "Зуева", "Львовна", "Female", "t.zueva"),
                           user(T3, "Павел", "Гусев", "Романович", "Male", "p.gusev"),
                           user(T4, "Дарья", "Соколова", "Андреевна", "Female", "d.sokolova")]}
    setup_ct = classteacher(person(T1, "Ольга", "Белкина", "Ивановна", "Female"))
    ctx_p2_old = context(PAR2, "Олег", "Никитин", "Юрьевич", ["EduParent"], [by_id(P2, "Алесия")])
    ctx_p5 = context(PAR5, "Пётр", "Смирнов", "Ильич", ["EduParent"], [by_id(P5, "Иван")])
    ctx_t5 = context(T5, "Марина", "Орлова-Вишневская", "Олеговна", ["EduParent", "EduStaff"], [by_id(P3, "Ева")])
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [b for b in batches]})

    step("1 Sun 2026-09-13 19:00: school, work types, class 7Г, its subjects, its pupils (P2 as «Алесия»), the "
         "school's teachers (PascalCase, Соколова), class teacher Белкина, two parents' contexts",
         at([{"request": f"GET /v2/schools/{S}", "body": school},
             {"request": f"GET /v2/work-types/{S}", "body": wtypes},
             {"request": f"GET /v2/edu-groups/{G}", "body": group},
             {"request": f"GET /v2/schools/{S}/subjects", "body": subjects_old},
             {"request": f"GET /v2/edu-groups/{G}/persons?includeArchive=false", "body": pupils("Алесия")},
             setup_teachers, users_many, setup_ct, ctx_p2_old, ctx_p5], "2026-09-13T19:00:00"))
    step("2 Tue 2026-09-15 20:00: week 1 as held: lessons, algebra marks of the two Иван Смирнов, both Практикум",
         at([lessons_range(0)]
            + held(0, S4, [(P4, "5"), (P5, "3"), (P2, "4")])
            + held(0, S2, [(P1, "5")]) + held(0, S3, [(P1, "4-")]), "2026-09-15T20:00:00"))
    step("3 Tue 2026-09-22 20:00: P2's first name corrected «Алесия» -> «Алеся» (pupils list); week 2 as held, "
         "Родной язык homework",
         at([{"request": f"GET /v2/edu-groups/{G}/persons?includeArchive=false", "body": pupils("Алеся")},
             lessons_range(1)]
            + held(1, S1, [(P2, "5"), (P6, "4")],
                   homework=("Выучить наизусть стихотворение «Листопад» (2 строфы)", "2026-09-28"))
            + held(1, S4, [(P3, "3+")]), "2026-09-22T20:00:00"))
    step("4 Thu 2026-09-24 18:00: the class teacher is replaced: classteacher names Кузнецова Дарья Андреевна "
         "(Соколова's new surname; the Person shows it first); subject S1 renamed «Родной язык (русский)»",
         at([classteacher(person(T4, "Дарья", "Кузнецова", "Андреевна", "Female")),
             {"request": f"GET /v2/schools/{S}/subjects", "body": subjects_new}], "2026-09-24T18:00:00"))
    step("5 Sun 2026-09-27 19:00: the substitute (a parent) as a Person and her context (EduParent + EduStaff)",
         at([{"request": f"GET /v2/persons/{T5}",
              "body": person(T5, "Марина", "Орлова-Вишневская", "Олеговна", "Female")}, ctx_t5],
            "2026-09-27T19:00:00"))
    step("6 Tue 2026-09-29 20:00: week 3 as held: Лебедева on Родной язык (new name), Орлова-Вишневская "
         "substitutes in algebra; log of that lesson",
         at([lessons_range(2)]
            + held(2, S4, [(P3, "4"), (P4, "4"), (P5, "5")])
            + [log(2, S4, [(P1, "Absent", ""), (P2, "Attend", ""), (P3, "Attend", ""), (P4, "Ill", "справка"),
                           (P5, "Attend", ""), (P6, "Late", "")])]
            + held(2, S1, [(P6, "5")]), "2026-09-29T20:00:00"))
    step("7 Fri 2026-10-02 18:00: the school's teachers again: Белкина gone (left the school), Кузнецова, "
         "Лебедева hired; P2's parent's context with the corrected name",
         at([{"request": f"GET /v2/schools/{S}/teachers", "body": teachers_list("Кузнецова", False, True)},
             context(PAR2, "Олег", "Никитин", "Юрьевич", ["EduParent"], [by_id(P2, "Алеся")])],
            "2026-10-02T18:00:00"))
    step("8 Tue 2026-10-06 20:00: week 4 as held (Кузнецова back on algebra)",
         at([lessons_range(3)] + held(3, S4, [(P3, "5"), (P5, "4")]) + held(3, S2, [(P4, "3")]),
            "2026-10-06T20:00:00"))
    step("9 Tue 2026-10-06 21:00: a retry delivers the setup answers pulled 2026-09-13 again (the old teacher "
         "list, the old class teacher, the old pupils list, the old subjects list, P2's parent's old context), and week 1's lessons pulled 2026-09-15 (the subject's old name embedded)",
         at([setup_teachers, setup_ct,
             {"request": f"GET /v2/edu-groups/{G}/persons?includeArchive=false", "body": pupils("Алесия")},
             {"request": f"GET /v2/schools/{S}/subjects", "body": subjects_old}, ctx_p2_old],
            "2026-09-13T19:00:00")
         + at([lessons_range(0)], "2026-09-15T20:00:00"))
    return {"vendor": "dnevnik_ru",
            "description": "Dnevnik.ru journey 16: МБОУ «Лицей № 16», Тверь (timeZone 3), 7Г, 2026-09-13..10-06: "
                           "names and people that change (a subject renamed, two «Практикум», a teacher's married "
                           "name, a substitute who is a parent, the class teacher replaced, a teacher who left, a "
                           "pupil's corrected first name, a double surname, two pupils with one full name).",
            "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    j = build()
    print(sum(len(b) for s in j["steps"] for b in s["batches"]), "records")
