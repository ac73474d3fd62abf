"""Dnevnik.ru journey 35: groups that cross class lines. Writes journey.json (standard library, deterministic).

Every name, id and text is invented. Shapes follow /work/shared/reference/dnevnik_ru.md (cited as §N); the
subgroup shape (`type: Subgroup`, `parentIds`, `fullName` = the teacher) follows the captured kundelik.kz answer
of §10 item 1.
"""
import datetime as dt
import json
from pathlib import Path

SCHOOL = 1000002350035
C10A, C10B = 2260325488535000101, 2260325488535000102
INF = 2260325488535000211   # «Информатика (профиль)»: pupils of 10А and 10Б, parentIds = both classes
INFB = 2260325488535000212  # «Информатика (база)»: the rest of both classes, parentIds = both classes
EN1 = 2260325488535000221   # English by level across the parallel, same slots as EN2
EN2 = 2260325488535000222
CHA = 2260325488535000231   # «Химия 10А (углубл.)»: a subgroup of 10А that also holds Зуев of 10Б
CHB = 2260325488535000232   # «Химия 10Б»: 10Б without Зуев
IND = 2260325488535000241   # «Индивидуальный план (Лебедев С.)»: home tuition of one 10А pupil, from week 2

A1, A2, A3, A4, A5 = 1000012350001, 2260325488535100002, 1000012350003, 1000012350004, 1000012350005
B1, B2, B3, B4 = 1000012350011, 2260325488535100012, 1000012350013, 1000012350014
PUPILS = [  # person, first, last, middle, sex, class
    (A1, "Кирилл", "Андреев", "Максимович", "Male", C10A),
    (A2, "Полина", "Белова", "Андреевна", "Female", C10A),
    (A3, "Тимофей", "Волков", "Сергеевич", "Male", C10A),
    (A4, "Иван", "Смирнов", "Дмитриевич", "Male", C10A),
    (A5, "Савелий", "Лебедев", "Олегович", "Male", C10A),
    (B1, "Ева", "Дмитриева", "Артёмовна", "Female", C10B),
    (B2, "Матвей", "Ершов", "Ильич", "Male", C10B),
    (B3, "Дарья", "Смирнова", "Дмитриевна", "Female", C10B),
    (B4, "Арсений", "Зуев", "Павлович", "Male", C10B),
]
T_ALG, T_HIS, T_LIT, T_INF, T_EN1, T_EN2, T_CHA, T_CHB = range(1000012350801, 1000012350809)
TEACHERS = {  # person -> (user, first, last, middle)
    T_ALG: (1000011350801, "Наталья", "Корнилова", "Борисовна"),
    T_HIS: (1000011350802, "Ольга", "Кравцова", "Николаевна"),     # class teacher of 10А
    T_LIT: (1000011350803, "Лилия", "Гарипова", "Ринатовна"),      # class teacher of 10Б
    T_INF: (1000011350804, "Роман", "Шестаков", "Валерьевич"),
    T_EN1: (1000011350805, "Алина", "Миронова", "Евгеньевна"),
    T_EN2: (1000011350806, "Вера", "Тихонова", "Павловна"),
    T_CHA: (1000011350807, "Денис", "Фролов", "Аркадьевич"),
    T_CHB: (1000011350808, "Камила", "Юсупова", "Рашидовна"),
}
PARENTS = [  # person, user, first, last, middle, children
    (1000012350901, 1000011350901, "Елена", "Смирнова", "Викторовна", [A4, B3]),  # twins in 10А and 10Б
    (1000012350902, 1000011350902, "Марина", "Зуева", "Сергеевна", [B4]),
    (1000012350903, 1000011350903, "Олег", "Лебедев", "Игоревич", [A5]),
]
SUBJ = {
    "alg": (1000003350001, "Алгебра", "Математика и информатика"),
    "his": (1000003350002, "История", "Общественно-научные предметы"),
    "lit": (1000003350003, "Литература", "Русский язык и литература"),
    "inf": (1000003350004, "Информатика", "Математика и информатика"),
    "eng": (1000003350005, "Английский язык", "Иностранные языки"),
    "chem": (1000003350006, "Химия", "Естественно-научные предметы"),
}
START = {1: "08:30", 2: "09:25", 3: "10:20", 4: "11:20", 5: "12:15", 6: "13:10", 8: "15:00"}
END = {1: "09:10", 2: "10:05", 3: "11:00", 4: "12:00", 5: "12:55", 6: "13:50", 8: "15:40"}
WEEKS = [["2025-12-08", "2025-12-09", "2025-12-10", "2025-12-11", "2025-12-12"],
         ["2025-12-15", "2025-12-16", "2025-12-17", "2025-12-18", "2025-12-19"],
         ["2025-12-22", "2025-12-23", "2025-12-24", "2025-12-25", "2025-12-26"]]
WT_LESSON, WT_TEST, WT_HW, WT_PERIOD = 3501, 3502, 3504, 3509
H1, H2 = 2260325488535700001, 2260325488535700002  # I and II полугодие, one reporting-period group for the parallel

# the weekly plan: (group, subject, weekday 0..4, number, teacher, [topic of week 1, 2, 3])
PLAN = [
    (C10A, "alg", 0, 1, T_ALG, ["Тригонометрические уравнения", "Уравнения, сводящиеся к квадратным",
                                "Решение тригонометрических уравнений: зачёт"]),
    (C10B, "alg", 0, 2, T_ALG, ["Формулы приведения", "Простейшие тригонометрические уравнения",
                                "Подготовка к контрольной работе"]),
    (EN1, "eng", 1, 3, T_EN1, ["Unit 5: Career choices (reading)", "Unit 5: Conditionals 2 and 3", "Unit 5: Test"]),
    (EN2, "eng", 1, 3, T_EN2, ["Unit 5: Jobs and workplaces", "Present Perfect Continuous", "Revision: Units 4–5"]),
    (INF, "inf", 1, 5, T_INF, ["Списки в Python: срезы и методы", "Алгоритмы сортировки: вставки",
                               "Рекурсия: основные понятия"]),
    (CHA, "chem", 2, 2, T_CHA, ["Алканы: строение и номенклатура (углублённо)",
                                "Контрольная работа № 2 «Предельные углеводороды»", "Циклоалканы"]),
    (CHB, "chem", 2, 4, T_CHB, ["Алканы: состав и строение", "Химические свойства алканов",
                                "Алкены: общая характеристика"]),
    (INFB, "inf", 2, 6, T_INF, ["Кодирование графической информации", "Кодирование звука",
                                "Повторение: кодирование информации"]),
    (C10B, "lit", 3, 1, T_LIT, ["И. С. Тургенев «Отцы и дети»: образ Базарова", "Базаров и Кирсановы",
                                "Сочинение по роману «Отцы и дети»"]),
    (C10A, "his", 3, 2, T_HIS, ["Россия в Первой мировой войне", "Февральская революция 1917 года",
                                "Повторительно-обобщающий урок"]),
    (INF, "inf", 3, 5, T_INF, ["Практикум: обработка списков", "Сравнение алгоритмов сортировки",
                               "Зачётная практическая работа"]),
    (EN1, "eng", 4, 4, T_EN1, ["Job interview: speaking", "Writing a cover letter", "Christmas traditions in the UK"]),
    (EN2, "eng", 4, 4, T_EN2, ["Listening: a day at work", "Phrasal verbs with «work»", "New Year quiz"]),
]
# Лебедев's home tuition, weeks 2 and 3 only (slot 8, after the school day)
IND_PLAN = [
    (IND, "alg", 1, 8, T_ALG, [None, "Тригонометрические уравнения (индивидуально)",
                               "Практикум: тригонометрические уравнения"]),
    (IND, "chem", 3, 8, T_CHA, [None, "Алканы: строение и свойства (индивидуально)", "Алканы: повторение"]),
    (IND, "eng", 4, 8, T_EN2, [None, "Unit 5: Jobs (individual)", "Unit 5: Revision (individual)"]),
]
# homework: (group, date, number) -> (text, due)
HOMEWORK = {
    (C10A, "2025-12-08", 1): ("№ 312, 315, 318 (тригонометрические уравнения)", "2025-12-15"),
    (C10B, "2025-12-08", 2): ("№ 298, 301, 304", "2025-12-15"),
    (EN1, "2025-12-09", 3): ("Workbook p. 42 ex. 3, 4 (гр. Мироновой)", "2025-12-12"),
    (EN2, "2025-12-09", 3): ("Выучить слова Unit 5, с. 61 (гр. Тихоновой)", "2025-12-12"),
    (INF, "2025-12-09", 5): ("Задачи 1–3 на Python: обработка списков (профиль)", "2025-12-11"),
    (CHA, "2025-12-10", 2): ("§ 18, задачи 3–5 (углублённый уровень)", "2025-12-17"),
    (CHB, "2025-12-10", 4): ("§ 12, вопросы 1–4", "2025-12-17"),
    (INFB, "2025-12-10", 6): ("§ 14, вопросы 1–5 (база)", "2025-12-17"),
    (INF, "2025-12-16", 5): ("Реализовать сортировку вставками, отчёт в тетради", "2025-12-23"),
    (CHA, "2025-12-17", 2): ("§ 19, задачи 1–4", "2025-12-24"),
    (EN1, "2025-12-19", 4): ("Essay «My future profession», 150 words", "2025-12-23"),
    (EN2, "2025-12-19", 4): ("Workbook p. 50 ex. 1–3", "2025-12-23"),
    (IND, "2025-12-16", 8): ("Карточка № 7 (индивидуально)", "2025-12-23"),
    (IND, "2025-12-18", 8): ("Конспект § 18–19 (индивидуально)", "2025-12-25"),
}
TEST_LESSONS = {(CHA, "2025-12-17", 2)}  # a контрольная: a LessonTestWork beside the default work
# marks: (group, date, number, person, value, test work?)
MARKS = [
    (C10A, "2025-12-08", 1, A2, "5", False), (C10A, "2025-12-08", 1, A5, "3", False),
    (C10B, "2025-12-08", 2, B1, "5", False), (C10B, "2025-12-08", 2, B4, "4", False),
    (EN1, "2025-12-09", 3, A3, "4", False), (EN1, "2025-12-09", 3, B4, "5", False),
    (EN2, "2025-12-09", 3, A5, "4", False), (EN2, "2025-12-09", 3, B3, "5", False),
    (INF, "2025-12-09", 5, A1, "5", False), (INF, "2025-12-09", 5, B2, "4-", False),
    (CHA, "2025-12-10", 2, A1, "4", False), (CHA, "2025-12-10", 2, A5, "5", False), (CHA, "2025-12-10", 2, B4, "5", False),
    (CHB, "2025-12-10", 4, B3, "4", False),
    (INF, "2025-12-11", 5, A2, "5", False), (INF, "2025-12-11", 5, B1, "3", False),
    (EN1, "2025-12-12", 4, A1, "5", False), (EN1, "2025-12-12", 4, B2, "4+", False),
    (EN2, "2025-12-12", 4, A4, "3", False), (EN2, "2025-12-12", 4, B1, "5", False),
    (C10B, "2025-12-15", 2, B3, "3+", False),
    (EN1, "2025-12-16", 3, B4, "4", False),
    (INF, "2025-12-16", 5, A1, "4", False), (INF, "2025-12-16", 5, B2, "5", False),
    (IND, "2025-12-16", 8, A5, "4", False),
    (CHA, "2025-12-17", 2, A1, "5", True), (CHA, "2025-12-17", 2, A2, "4", True),
    (CHA, "2025-12-17", 2, A4, "4", True), (CHA, "2025-12-17", 2, B4, "5", True),
    (INF, "2025-12-18", 5, B1, "5", False),
    (IND, "2025-12-18", 8, A5, "5", False),
    (INF, "2025-12-23", 5, A2, "5", False), (INF, "2025-12-23", 5, B1, "4", False),
    (IND, "2025-12-23", 8, A5, "5", False),
    (CHB, "2025-12-24", 4, B2, "4", False),
    (EN2, "2025-12-26", 4, A2, "5", False), (EN2, "2025-12-26", 4, B1, "4", False),
    (IND, "2025-12-26", 8, A5, "4", False),
]
# attendance exceptions: (group, date, number, person) -> (status, comment); everyone else Attend
ABSENCES = {
    (INF, "2025-12-09", 5, B1): ("Absent", ""),
    (INF, "2025-12-09", 5, A2): ("Late", "опоздала на 7 минут"),
    (INF, "2025-12-11", 5, B2): ("Ill", "справка"),
    (EN2, "2025-12-09", 3, B3): ("Pass", "олимпиада по физике"),
    (EN2, "2025-12-12", 4, A5): ("Ill", "справка"),
    (CHA, "2025-12-17", 2, B4): ("Late", "опоздал на 5 минут"),
    (CHA, "2025-12-17", 2, A3): ("Ill", "справка"),
}
# half-year final marks per pupil: subject -> value (§3.13)
FINALS = {
    A1: {"alg": "5", "his": "5", "inf": "5", "eng": "5", "chem": "5"},
    A2: {"alg": "5", "his": "4", "inf": "5", "eng": "4", "chem": "4"},
    A3: {"alg": "4", "his": "4", "inf": "4", "eng": "4", "chem": "3"},
    A4: {"alg": "4", "his": "5", "inf": "4", "eng": "3", "chem": "4"},
    A5: {"alg": "4", "his": "5", "inf": "5", "eng": "4", "chem": "4"},
    B1: {"alg": "5", "lit": "5", "inf": "5", "eng": "5", "chem": "4"},
    B2: {"alg": "4", "lit": "4", "inf": "5", "eng": "4", "chem": "4"},
    B3: {"alg": "3", "lit": "5", "inf": "4", "eng": "5", "chem": "4"},
    B4: {"alg": "4", "lit": "4", "inf": "4", "eng": "4", "chem": "5"},
}

ALL_A, ALL_B = [A1, A2, A3, A4, A5], [B1, B2, B3, B4]
WEEK1_MEMBERS = {C10A: ALL_A, C10B: ALL_B, INF: [A1, A2, B1, B2], INFB: [A3, A4, A5, B3, B4],
                 EN1: [A1, A3, B2, B4], EN2: [A2, A4, A5, B1, B3], CHA: [A1, A2, A3, A4, A5, B4], CHB: [B1, B2, B3]}
LEFT_IN_WEEK2 = {INFB: A5, EN2: A5, CHA: A5}  # Лебедев goes on home tuition from 2025-12-15


def s(v):
    return str(v)


def group_obj(gid, status="Active"):
    names = {C10A: ("10А", ""), C10B: ("10Б", ""),
             INF: ("Информатика (профиль)", "Шестаков Роман Валерьевич"),
             INFB: ("Информатика (база)", "Шестаков Роман Валерьевич"),
             EN1: ("Англ. яз. 10 (гр. Мироновой)", "Миронова Алина Евгеньевна"),
             EN2: ("Англ. яз. 10 (гр. Тихоновой)", "Тихонова Вера Павловна"),
             CHA: ("Химия 10А (углубл.)", "Фролов Денис Аркадьевич"),
             CHB: ("Химия 10Б", "Юсупова Камила Рашидовна"),
             IND: ("Индивидуальный план (Лебедев С.)", "Кравцова Ольга Николаевна")}
    parents = {C10A: [], C10B: [], INF: [C10A, C10B], INFB: [C10A, C10B], EN1: [C10A, C10B], EN2: [C10A, C10B],
               CHA: [C10A], CHB: [C10B], IND: [C10A]}[gid]
    name, full = names[gid]
    return {"id": gid, "id_str": s(gid), "parentIds": parents, "parentIds_str": [s(p) for p in parents],
            "type": "Group" if not parents else "Subgroup", "name": name, "fullName": full, "parallel": 10,
            "timetable": 1000006350010, "timetable_str": "1000006350010", "status": status, "studyyear": 2025,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def roster(week2):
    out = []
    for gid, members in WEEK1_MEMBERS.items():
        students = [{"person": p, "person_str": s(p),
                     "membershipstatus": "Archive" if week2 and LEFT_IN_WEEK2.get(gid) == p else "Active"}
                    for p in members]
        out.append({"group": group_obj(gid), "students": students})
    if week2:
        out.append({"group": group_obj(IND), "students": [{"person": A5, "person_str": s(A5), "membershipstatus": "Active"}]})
    return out


def members_on(gid, day):
    if gid == IND:
        return [A5] if day >= "2025-12-15" else []
    m = list(WEEK1_MEMBERS[gid])
    if day >= "2025-12-15" and LEFT_IN_WEEK2.get(gid) in m:
        m.remove(LEFT_IN_WEEK2[gid])
    return m


LESSONS = []  # dicts: seq, group, subj, date, number, teacher, topic
seq = 0
for w, days in enumerate(WEEKS):
    for gid, subj, wd, n, teacher, topics in PLAN + IND_PLAN:
        if topics[w] is None:
            continue
        seq += 1
        LESSONS.append({"seq": seq, "group": gid, "subj": subj, "date": days[wd], "number": n, "teacher": teacher,
                        "topic": topics[w]})
LESSONS.sort(key=lambda l: (l["date"], l["number"], l["group"]))
BY_KEY = {(l["group"], l["date"], l["number"]): l for l in LESSONS}


def lid(l):
    return 2260325488535300000 + l["seq"]


def wid(l, k):  # k 0 default, 1 homework, 2 test
    return 2260325488535400000 + l["seq"] * 10 + k


def works_of(l, hw_until="2099-01-01"):
    L, d = lid(l), l["date"]
    sid = SUBJ[l["subj"]][0]
    base = {"markType": "mark5", "markCount": 1, "lesson": L, "lesson_str": s(L), "status": "Sent",
            "eduGroup": l["group"], "eduGroup_str": s(l["group"]), "periodNumber": 1, "periodType": "HalfYear",
            "subjectId": sid, "createdBy": l["teacher"], "files": [], "oneDriveLinks": []}
    out = [dict(id=wid(l, 0), id_str=s(wid(l, 0)), type="DefaultNewLessonWork", workType=WT_LESSON,
                displayInJournal=True, tasks=[], text="", isImportant=False, targetDate=d + "T00:00:00", sentDate=None,
                **base)]
    key = (l["group"], l["date"], l["number"])
    if key in TEST_LESSONS:
        out.append(dict(id=wid(l, 2), id_str=s(wid(l, 2)), type="LessonTestWork", workType=WT_TEST,
                        displayInJournal=True, tasks=[], text="Контрольная работа № 2", isImportant=True,
                        targetDate=d + "T00:00:00", sentDate=None, **base))
    if key in HOMEWORK and l["date"] <= hw_until:
        text, due = HOMEWORK[key]
        w = wid(l, 1)
        tasks = [{"id": 2260325488535800000 + l["seq"] * 10 + i, "id_str": s(2260325488535800000 + l["seq"] * 10 + i),
                  "person": p, "person_str": s(p), "work": w, "work_str": s(w), "status": "NotStarted",
                  "targetDate": due + "T00:00:00"} for i, p in enumerate(members_on(l["group"], d))]
        out.append(dict(id=w, id_str=s(w), type="Homework", workType=WT_HW, displayInJournal=False, tasks=tasks,
                        text=text, isImportant=False, targetDate=due + "T00:00:00",
                        sentDate=f"{d}T{END[l['number']]}:12.4", **base))
    return out


def lesson_entity(l, hw_until):
    sid, name, area = SUBJ[l["subj"]]
    return {"id": lid(l), "id_str": s(lid(l)), "title": l["topic"], "date": f"{l['date']}T{START[l['number']]}:00",
            "number": l["number"], "subject": {"id": sid, "id_str": s(sid), "name": name, "knowledgeArea": area,
                                               "fgosSubjectId": None},
            "group": l["group"], "status": "Conducted", "resultPlaceId": 0, "works": works_of(l, hw_until),
            "teachers": [l["teacher"]], "teachers_str": [s(l["teacher"])]}


def mark_obj(m):
    gid, d, n, p, v, test = m
    l = BY_KEY[(gid, d, n)]
    mid = 2260325488535500000 + l["seq"] * 100 + [pp for pp, *_ in PUPILS].index(p) * 10 + (2 if test else 0)
    w = wid(l, 2 if test else 0)
    given = dt.datetime.fromisoformat(f"{d}T{START[n]}") + dt.timedelta(minutes=31 + [pp for pp, *_ in PUPILS].index(p))
    return {"id": mid, "id_str": s(mid), "type": "mark5", "value": v, "textValue": v, "person": p, "person_str": s(p),
            "work": w, "work_str": s(w), "lesson": lid(l), "lesson_str": s(lid(l)), "number": 0,
            "date": given.strftime("%Y-%m-%dT%H:%M:%S") + f".{l['seq'] % 9 + 1}3",
            "workType": WT_TEST if test else WT_LESSON,
            "mood": "Good" if v[0] in "45" else ("Average" if v[0] == "3" else "Bad"), "use_avg_calc": True}


def marks_range(gid, a, b):
    return [mark_obj(m) for m in MARKS if m[0] == gid and a <= m[1] <= b]


def log_range(gid, subj, a, b):
    out = []
    for l in LESSONS:
        if l["group"] == gid and l["subj"] == subj and a <= l["date"] <= b:
            for i, p in enumerate(members_on(gid, l["date"])):
                status, comment = ABSENCES.get((gid, l["date"], l["number"], p), ("Attend", ""))
                hh, mm = START[l["number"]].split(":")
                out.append({"person": p, "person_str": s(p), "lesson": lid(l), "lesson_str": s(lid(l)),
                            "comment": comment, "status": status,
                            "createdDate": f"{l['date']}T{hh}:{int(mm) + 4:02d}:{11 + i * 3:02d}.{l['seq'] % 7 + 1}7"})
    return out


def lessons_range(gid, a, b, hw_until):
    """A group's lessons as the journal holds them when pulled: homework exists once the teacher set it."""
    return [lesson_entity(l, hw_until) for l in LESSONS if l["group"] == gid and a <= l["date"] <= b]


def person_obj(p, f, last, m, sex):
    return {"id": p, "id_str": s(p), "userId": None, "userId_str": None, "firstName": f, "lastName": last,
            "middleName": m, "shortName": f"{last} {f[0]}.", "sex": sex}


def schedule(person, days):
    out = []
    for d in days:
        ls = sorted((l for l in LESSONS if l["date"] == d and person in members_on(l["group"], d)),
                    key=lambda l: l["number"])
        works = [w for l in ls for w in works_of(l, "2025-12-14")]
        out.append({"date": d + "T00:00:00",
                    "lessons": [{"id": lid(l), "title": l["topic"], "date": f"{d}T{START[l['number']]}:00",
                                 "number": l["number"], "subjectId": SUBJ[l["subj"]][0], "status": "NotConducted",
                                 "resultPlaceId": 0, "building": "Главный корпус", "place": None, "floor": None,
                                 "hours": f"{START[l['number']]} - {END[l['number']]}",
                                 "works": [w["id"] for w in works_of(l, "2025-12-14")], "teachers": [l["teacher"]]} for l in ls],
                    "marks": [], "works": [w for w in works if w["type"] != "Homework"],
                    "homeworks": [w for w in works if w["type"] == "Homework"],
                    "subjects": [{"id": SUBJ[k][0], "name": SUBJ[k][1], "knowledgeAreaId": None}
                                 for k in sorted({l["subj"] for l in ls})],
                    "workTypes": [], "lessonLogEntries": [], "teachers": [], "nextDate": None})
    return {"days": out}


def final_mark(p, subj, gid):
    idx = [pp for pp, *_ in PUPILS].index(p)
    sidx = list(SUBJ).index(subj)
    mid = 2260325488535600000 + idx * 10 + sidx
    work = 2260325488535650000 + gid % 1000 * 10 + sidx
    v = FINALS[p][subj]
    return {"subject": SUBJ[subj][0], "subject_str": s(SUBJ[subj][0]),
            "final-mark": {"id": mid, "id_str": s(mid), "type": "mark5", "value": v, "textValue": v, "person": p,
                           "person_str": s(p), "work": work, "work_str": s(work), "lesson": None, "lesson_str": None,
                           "number": 0, "date": f"2025-12-2{5 + sidx % 2}T15:{10 + sidx:02d}:0{idx}.5",
                           "workType": WT_PERIOD, "mood": "Good" if v in "45" else "Average", "use_avg_calc": False}}


# which group's period work carries each final mark (the teacher who set it): for the answers of a subgroup
def teaching_group(p, subj):
    if subj in ("alg", "his", "lit"):
        return C10A if p in ALL_A else C10B
    if p == A5:
        return IND if subj in ("chem", "eng") else INFB
    for gid in (INF, INFB) if subj == "inf" else (EN1, EN2) if subj == "eng" else (CHA, CHB):
        if p in WEEK1_MEMBERS[gid]:
            return gid


def finals_of_class(cls, pupils):
    return [{"person": p, "person_str": s(p), "group": cls, "group_str": s(cls), "reportingPeriod": H1,
             "reportingPeriod_str": s(H1),
             "per-subject-final-marks": [final_mark(p, subj, teaching_group(p, subj)) for subj in FINALS[p]]}
            for p in pupils]


def finals_of_group(gid, subj):
    return [{"person": p, "person_str": s(p), "group": gid, "group_str": s(gid), "reportingPeriod": H1,
             "reportingPeriod_str": s(H1), "per-subject-final-marks": [final_mark(p, subj, gid)]}
            for p in members_on(gid, "2025-12-26")]


def env(req, body, pulled, request_body=None):
    r = {"request": req, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def main():
    by_pid = {p: (f, last, m, sx) for p, f, last, m, sx, _ in PUPILS}
    users = [{"id": u, "id_str": s(u), "personId": pid, "personId_str": s(pid), "name": f"{f} {l}", "email": None,
              "login": None, "fullName": f"{l} {f} {m}", "fullNameInverse": f"{f} {m} {l}", "firstName": f,
              "middleName": m, "lastName": l, "shortName": f"{l} {f[0]}. {m[0]}.", "locale": "ru-RU",
              "timezone": "+3:00", "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""}
             for pid, (u, f, l, m) in TEACHERS.items()]
    rpg = {"id": 1000008350010,
           "reportingPeriods": [
               {"id": H1, "id_str": s(H1), "start": "2025-09-01T00:00:00", "finish": "2025-12-28T00:00:00",
                "number": 1, "type": "HalfYear", "name": "I полугодие", "year": 2025},
               {"id": H2, "id_str": s(H2), "start": "2026-01-12T00:00:00", "finish": "2026-05-26T00:00:00",
                "number": 2, "type": "HalfYear", "name": "II полугодие", "year": 2025}],
           "holidays": [{"id": 10000083500101, "reportingPeriodGroupId": 1000008350010,
                         "dateStart": "2025-12-29T00:00:00", "dateFinish": "2026-01-11T00:00:00",
                         "name": "Зимние каникулы", "description": ""}]}
    ctx = []
    for pp, u, f, l, m, kids in PARENTS:
        ctx.append(env(f"GET /v2/users/{u}/context", {
            "userId": u, "userId_str": s(u), "personId": pp, "personId_str": s(pp), "shortName": f"{l} {f[0]}.",
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МАОУ «Гимназия № 35»", "type": "School", "groupIds": []}],
            "eduGroups": [],
            "children": [{"personId": k, "personId_str": s(k), "firstName": by_pid[k][0], "lastName": by_pid[k][1],
                          "middleName": by_pid[k][2], "shortName": f"{by_pid[k][1]} {by_pid[k][0][0]}.",
                          "schoolIds": [SCHOOL],
                          "groupIds": [g for g in WEEK1_MEMBERS if k in WEEK1_MEMBERS[g]]} for k in kids],
            "splitId": None}, "2025-12-07T20:05:00+03:00"))
    groups1 = [C10A, C10B, INF, INFB, EN1, EN2, CHA, CHB]
    t1 = "2025-12-07T20:00:00+03:00"
    step1 = [
        env(f"GET /v2/schools/{SCHOOL}", {
            "id": SCHOOL, "id_str": s(SCHOOL), "name": "МАОУ «Гимназия № 35»",
            "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 35» г. Ярославля",
            "avatarSmall": None, "city": "Ярославль", "municipality": "городской округ город Ярославль",
            "regionid": 76, "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "76."}, t1),
        env(f"GET /v2/work-types/{SCHOOL}", [
            {"id": WT_LESSON, "id_str": s(WT_LESSON), "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
             "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
            {"id": WT_TEST, "id_str": s(WT_TEST), "schoolId": SCHOOL, "kindId": 3, "kind": "LessonTestWork",
             "title": "Контрольная работа", "abbr": "КР", "weight": 2},
            {"id": WT_HW, "id_str": s(WT_HW), "schoolId": SCHOOL, "kindId": 9, "kind": "Homework",
             "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
            {"id": WT_PERIOD, "id_str": s(WT_PERIOD), "schoolId": SCHOOL, "kindId": 40, "kind": "PeriodMark",
             "title": "Отметка за период", "abbr": "ИТ", "weight": 1}], t1),
        env("POST /v2/users/many", users, t1, [u for u, *_ in TEACHERS.values()]),
        env(f"GET /v2/edu-groups/{C10A}/persons?includeArchive=false",
            [person_obj(p, *by_pid[p]) for p in ALL_A], t1),
        env(f"GET /v2/edu-groups/{C10B}/persons?includeArchive=false",
            [person_obj(p, *by_pid[p]) for p in ALL_B], t1),
        env("POST /v2/edu-groups", roster(False), t1, [s(g) for g in groups1]),
        env(f"GET /v2/persons/{B4}/edu-groups", [group_obj(g) for g in (C10B, INFB, EN1, CHA)], t1),
        env(f"GET /v2/edu-groups/{C10A}/reporting-period-group", rpg, t1),
        env(f"GET /v2/edu-groups/{C10B}/reporting-period-group", rpg, t1),
        env(f"GET /v2/edu-groups/{C10A}/classteacher", person_obj(T_HIS, "Ольга", "Кравцова", "Николаевна", "Female"), t1),
        env(f"GET /v2/edu-groups/{C10B}/classteacher", person_obj(T_LIT, "Лилия", "Гарипова", "Ринатовна", "Female"), t1),
    ] + ctx
    for g in (INF, INFB, EN1, EN2, CHA, CHB, C10A, C10B):  # the subgroups first, then the classes
        step1.append(env(f"GET /v2/edu-groups/{g}/lessons/2025-12-08/2025-12-26", lessons_range(g, "2025-12-08", "2025-12-26", "2025-12-12"),
                         "2025-12-07T20:30:00+03:00"))
    t2 = "2025-12-12T19:00:00+03:00"
    step2 = [env(f"GET /v2/edu-groups/{g}/marks/2025-12-08/2025-12-12", marks_range(g, "2025-12-08", "2025-12-12"), t2)
             for g in (INF, EN1, EN2, CHA, CHB, C10A, C10B)]
    step2 += [
        env(f"GET /v2/lesson-log-entries/group/{INF}?subject={SUBJ['inf'][0]}&from=2025-12-08&to=2025-12-12",
            log_range(INF, "inf", "2025-12-08", "2025-12-12"), t2),
        env(f"GET /v2/lesson-log-entries/group/{EN2}?subject={SUBJ['eng'][0]}&from=2025-12-08&to=2025-12-12",
            log_range(EN2, "eng", "2025-12-08", "2025-12-12"), t2),
        env("POST /v2/edu-groups", roster(False), "2025-12-12T19:30:00+03:00", [s(g) for g in groups1]),
    ]
    t3 = "2025-12-14T20:00:00+03:00"
    step3 = [
        env("POST /v2/edu-groups", roster(True), t3, [s(g) for g in groups1 + [IND]]),
        env(f"GET /v2/persons/{A5}/edu-groups", [group_obj(g) for g in (C10A, IND)], t3),
        env(f"GET /v2/edu-groups/{IND}/lessons/2025-12-15/2025-12-26", lessons_range(IND, "2025-12-15", "2025-12-26", "2025-12-26"),
            "2025-12-14T20:30:00+03:00"),
        env(f"GET /v2/persons/{B4}/groups/{C10B}/schedules?startDate=2025-12-15&endDate=2025-12-19",
            schedule(B4, WEEKS[1]), "2025-12-14T20:40:00+03:00"),
    ]
    t4 = "2025-12-19T19:00:00+03:00"
    step4 = [env(f"GET /v2/edu-groups/{g}/lessons/2025-12-15/2025-12-19", lessons_range(g, "2025-12-15", "2025-12-19",
                                                                                      "2025-12-19"),
                 "2025-12-19T18:50:00+03:00") for g in (INF, EN1, EN2, CHA)]
    step4 += [env(f"GET /v2/edu-groups/{g}/marks/2025-12-15/2025-12-19", marks_range(g, "2025-12-15", "2025-12-19"), t4)
              for g in (INF, EN1, CHA, IND, C10B)]
    step4 += [
        env(f"GET /v2/lesson-log-entries/group/{CHA}?subject={SUBJ['chem'][0]}&from=2025-12-15&to=2025-12-19",
            log_range(CHA, "chem", "2025-12-15", "2025-12-19"), t4),
        env(f"GET /v2/lesson-log-entries/group/{IND}?from=2025-12-15&to=2025-12-19",
            log_range(IND, "alg", "2025-12-15", "2025-12-19") + log_range(IND, "chem", "2025-12-15", "2025-12-19")
            + log_range(IND, "eng", "2025-12-15", "2025-12-19"), t4),
    ]
    t5 = "2025-12-26T19:00:00+03:00"
    step5 = [env(f"GET /v2/edu-groups/{g}/marks/2025-12-22/2025-12-26", marks_range(g, "2025-12-22", "2025-12-26"), t5)
             for g in (INF, EN2, CHB, IND)]
    step5 += [
        env(f"GET /v2/edu-groups/{INF}/final-marks", finals_of_group(INF, "inf"), "2025-12-26T19:10:00+03:00"),
        env(f"GET /v2/edu-groups/{CHA}/final-marks", finals_of_group(CHA, "chem"), "2025-12-26T19:10:00+03:00"),
        env(f"GET /v2/edu-groups/{C10A}/final-marks", finals_of_class(C10A, ALL_A), "2025-12-26T19:10:00+03:00"),
        env(f"GET /v2/edu-groups/{C10B}/final-marks", finals_of_class(C10B, ALL_B), "2025-12-26T19:10:00+03:00"),
    ]
    journey = {"vendor": "dnevnik_ru", "description": (
        "Dnevnik.ru journey 35: МАОУ «Гимназия № 35», Ярославль (timeZone 3), 10А and 10Б, 2025-12-08..2025-12-26: "
        "a profile informatics group and English level groups formed across the parallel (parentIds = both classes), "
        "a 10Б pupil who studies chemistry in a 10А subgroup, a 10А pupil moved to home tuition (an individual "
        "subgroup) from week 2; marks, attendance, homework and the I полугодие final marks in those groups."),
        "steps": [
            {"name": "1 Sunday 2025-12-07: school, subjects, work types, teachers, both classes and their six cross or "
                     "class subgroups, periods, class teachers, parents, the three weeks' lessons", "batches": [step1]},
            {"name": "2 Friday 2025-12-12: week-1 marks of every group, attendance of the profile and English groups, "
                     "the roster again (unchanged)", "batches": [step2]},
            {"name": "3 Sunday 2025-12-14: Лебедев on home tuition (Archive in three subgroups, a new individual "
                     "subgroup and its lessons), Зуев's own week-2 schedule", "batches": [step3]},
            {"name": "4 Friday 2025-12-19: week-2 lessons re-pulled with the homework set that week, week-2 marks and attendance", "batches": [step4]},
            {"name": "5 Friday 2025-12-26: week-3 marks, the I полугодие final marks of two subgroups and both classes",
             "batches": [step5]},
        ]}
    n = sum(len(b) for st in journey["steps"] for b in st["batches"])
    Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    print(n, "records,", len(LESSONS), "lessons,", len(MARKS), "marks")


if __name__ == "__main__":
    main()
