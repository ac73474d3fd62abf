"""Write journey.json: «СОШ № 74» (Москва), Dnevnik.ru, three school weeks (2026-11-16..12-04) of pupils who move
and come back: Аня leaves 7А's English subgroup 1 for subgroup 2 and returns a week later; Борис spends a ten-day
trial in 7Б and returns to 7А; Вика joins the robotics elective on a Wednesday morning and leaves it the next
Tuesday. The sync job pulls the member lists (§3.8 `POST edu-groups`, with `membershipstatus`) every school morning
and evening, the groups' lessons ranges, marks, log entries and homework as it goes. Standard library only;
deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime
S = 1000002740074
G7A, G7B = 2260325488574100071, 2260325488574100072
GE1, GE2, GRB = 2260325488574100711, 2260325488574100712, 2260325488574100719  # 7А's English 1/2, robotics
GROUPS = [G7A, G7B, GE1, GE2, GRB]
GCODE = {G7A: 1, G7B: 2, GE1: 3, GE2: 4, GRB: 5}
TT = {G7A: 1000006740071, G7B: 1000006740072}
GROUP_INFO = {  # id: (type, name, fullName, parent)
    G7A: ("Group", "7А", "", None), G7B: ("Group", "7Б", "", None),
    GE1: ("Subgroup", "7А англ. 1 гр.", "Соколова Елена Викторовна", G7A),
    GE2: ("Subgroup", "7А англ. 2 гр.", "Миронов Артём Павлович", G7A),
    GRB: ("Subgroup", "Робототехника (элективный курс)", "Гусев Денис Олегович", G7A),
}
WT_OU, WT_SR, WT_KR, WT_DZ = 7401, 7402, 7403, 7404
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1)]
SUBJECTS = {
    "Русский язык": (1000003740001, "Филология"), "Литература": (1000003740002, "Филология"),
    "Английский язык": (1000003740003, "Филология"), "Алгебра": (1000003740004, "Математика"),
    "Геометрия": (1000003740005, "Математика"), "Информатика": (1000003740006, "Математика"),
    "История": (1000003740007, "Общественные науки"), "Обществознание": (1000003740008, "Общественные науки"),
    "География": (1000003740009, "Естествознание"), "Биология": (1000003740010, "Естествознание"),
    "Физика": (1000003740011, "Естествознание"), "Музыка": (1000003740012, "Искусство"),
    "Технология": (1000003740013, "Технология"), "Физическая культура": (1000003740014, "Физическая культура"),
    "Робототехника": (1000003740015, "Технология"),
}
# persons: (person id, user id, last, first, middle, sex)
ANYA = (1000012740101, 1000011740101, "Кузнецова", "Анна", "Сергеевна", "Female")
BORIS = (2260325488574300102, 2260325488574400102, "Орлов", "Борис", "Алексеевич", "Male")
VIKA = (1000012740103, 1000011740103, "Лебедева", "Виктория", "Игоревна", "Female")
GLEB = (1000012740104, 1000011740104, "Николаев", "Глеб", "Романович", "Male")
ZOYA = (1000012740105, 1000011740105, "Фролова", "Зоя", "Андреевна", "Female")
DINA = (1000012740201, 1000011740201, "Пахомова", "Дина", "Олеговна", "Female")
EGOR = (1000012740202, 1000011740202, "Лебедев", "Егор", "Игоревич", "Male")
IRINA = (2260325488574300203, 2260325488574400203, "Савченко", "Ирина", "Павловна", "Female")
PUPILS = [ANYA, BORIS, VIKA, GLEB, ZOYA, DINA, EGOR, IRINA]
OLGA = (1000012740901, 1000011740901, "Кузнецова", "Ольга", "Николаевна", "Female")
SERGEY = (1000012740902, 1000011740902, "Орлов", "Алексей", "Викторович", "Male")
MARINA = (1000012740903, 1000011740903, "Лебедева", "Марина", "Юрьевна", "Female")
T_SOK = (1000012740950, 1000011740950, "Соколова", "Елена", "Викторовна", "Female")
T_MIR = (1000012740951, 1000011740951, "Миронов", "Артём", "Павлович", "Male")
T_GUS = (1000012740952, 1000011740952, "Гусев", "Денис", "Олегович", "Male")
T_BEL = (1000012740953, 1000011740953, "Белова", "Ирина", "Петровна", "Female")
T_KOV = (1000012740954, 1000011740954, "Ковалёв", "Павел", "Андреевич", "Male")
T_ROM = (1000012740955, 1000011740955, "Романова", "Светлана", "Игоревна", "Female")
HUMAN = {"Русский язык", "Литература", "История", "Обществознание", "Музыка"}

# memberships: (instant the journal changed, person, group, new membershipstatus or None = not listed)
INITIAL = {G7A: [ANYA, BORIS, VIKA, GLEB, ZOYA], G7B: [DINA, EGOR, IRINA], GE1: [ANYA, GLEB, ZOYA],
           GE2: [BORIS, VIKA], GRB: [GLEB, ZOYA]}
A_SWITCH = T(2026, 11, 17, 15, 0)  # Tuesday after lessons: Аня to subgroup 2 from Wednesday
V_JOIN = T(2026, 11, 18, 8, 0)  # Wednesday morning, before the elective's lesson #6
B_TRIAL = T(2026, 11, 20, 16, 0)  # Friday after lessons: Борис to 7Б (a trial) from Monday
V_LEAVE = T(2026, 11, 24, 10, 0)  # Tuesday: Вика drops the elective
A_BACK = T(2026, 11, 24, 20, 0)  # Tuesday evening: Аня back in subgroup 1 from Wednesday
B_BACK = T(2026, 12, 2, 15, 30)  # Wednesday after lessons: Борис back in 7А from Thursday
CHANGES = [
    (A_SWITCH, ANYA, GE1, "Archive"), (A_SWITCH, ANYA, GE2, "Active"),
    (V_JOIN, VIKA, GRB, "Active"),
    (B_TRIAL, BORIS, G7A, "Archive"), (B_TRIAL, BORIS, GE2, "Archive"), (B_TRIAL, BORIS, G7B, "Active"),
    (V_LEAVE, VIKA, GRB, "Archive"),
    (A_BACK, ANYA, GE1, "Active"), (A_BACK, ANYA, GE2, "Archive"),
    (B_BACK, BORIS, G7B, "Archive"), (B_BACK, BORIS, G7A, "Active"), (B_BACK, BORIS, GE2, "Active"),
]


def roster(g, at):
    """[(person, membershipstatus)] of group g as the journal held it at instant `at`."""
    state = {p: "Active" for p in INITIAL[g]}
    for when, p, gg, status in CHANGES:
        if gg == g and when <= at:
            state[p] = status
    return sorted(state.items(), key=lambda x: x[0][0])


def active(g, at):
    return [p for p, s in roster(g, at) if s == "Active"]


TIMETABLE = {  # weekday -> subjects by number 1..5; 7А's English is split into its two subgroups
    G7A: [["Алгебра", "Русский язык", "Английский язык", "История", "Физическая культура"],
          ["Физика", "Геометрия", "Литература", "Биология", "Русский язык"],
          ["Русский язык", "Английский язык", "Алгебра", "География", "Музыка"],
          ["Литература", "Алгебра", "Обществознание", "Английский язык", "Информатика"],
          ["Геометрия", "История", "Физика", "Русский язык", "Технология"]],
    G7B: [["Русский язык", "Алгебра", "Литература", "Физическая культура", "История"],
          ["Геометрия", "Английский язык", "Физика", "Русский язык", "Биология"],
          ["Алгебра", "Русский язык", "География", "Информатика", "Литература"],
          ["Физика", "Русский язык", "Алгебра", "Музыка", "Обществознание"],
          ["История", "Геометрия", "Английский язык", "Технология", "Русский язык"]],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
WEEKS = [D(2026, 11, 16), D(2026, 11, 23), D(2026, 11, 30)]
SCHOOL_DAYS = [w + dt.timedelta(days=i) for w in WEEKS for i in range(5)]
TITLED = {  # (group, date, number) -> the topic the teacher wrote
    (GE1, D(2026, 11, 16), 3): "Unit 3. Holidays: Present Perfect", (GE2, D(2026, 11, 16), 3): "Unit 3. Travelling",
    (GE1, D(2026, 11, 18), 2): "Unit 3. Reading: «A trip to Scotland»",
    (GE2, D(2026, 11, 18), 2): "Unit 3. Past Simple vs Present Perfect",
    (GE1, D(2026, 11, 19), 4): "Unit 3. Listening", (GE2, D(2026, 11, 19), 4): "Unit 3. Writing a postcard",
    (GE1, D(2026, 11, 23), 3): "Unit 3. Revision", (GE2, D(2026, 11, 23), 3): "Unit 3. Seasons and weather",
    (GE1, D(2026, 11, 25), 2): "Unit 4. Sport: vocabulary", (GE2, D(2026, 11, 25), 2): "Unit 3. Test",
    (GE1, D(2026, 11, 26), 4): "Unit 4. Speaking", (GE2, D(2026, 11, 26), 4): "Unit 4. Sport: vocabulary",
    (GE1, D(2026, 11, 30), 3): "Unit 4. Modal verbs", (GE2, D(2026, 11, 30), 3): "Unit 4. Reading",
    (GE1, D(2026, 12, 2), 2): "Unit 4. Listening", (GE2, D(2026, 12, 2), 2): "Unit 4. Modal verbs",
    (GE1, D(2026, 12, 3), 4): "Unit 4. Writing an e-mail", (GE2, D(2026, 12, 3), 4): "Unit 4. Speaking",
    (G7B, D(2026, 11, 26), 1): "Физика: урок 31",  # re-titled on Friday (RETITLED)
}
RETITLED = {(G7B, D(2026, 11, 26), 1): (T(2026, 11, 26, 16, 0),
                                         "Лабораторная работа № 4 «Измерение силы трения скольжения»")}


def teacher_of(g, subject):
    if g == GE1:
        return T_SOK
    if g == GE2:
        return T_MIR
    if g == GRB:
        return T_GUS
    if subject == "Английский язык":
        return T_SOK
    if g == G7A:
        return T_BEL if subject in HUMAN else T_KOV
    return T_ROM if subject in HUMAN else T_KOV


def plan():
    out, counter = {}, {}
    for day in SCHOOL_DAYS:
        wd = day.weekday()
        slots = []
        for g in (G7A, G7B):
            for n, subject in enumerate(TIMETABLE[g][wd], 1):
                if g == G7A and subject == "Английский язык":
                    slots += [(GE1, n, subject), (GE2, n, subject)]
                else:
                    slots.append((g, n, subject))
        if wd in (0, 2, 4):
            slots.append((GRB, 6, "Робототехника"))
        for g, n, subject in slots:
            lid = 2260325488574500000 + GCODE[g] * 100000 + (day - D(2026, 11, 1)).days * 10 + n
            counter[(g, subject)] = counter.get((g, subject), 0) + 1
            title = TITLED.get((g, day, n)) or f"{subject}: урок {counter[(g, subject)] + 24}"
            out[lid] = {"id": lid, "g": g, "day": day, "number": n, "subject": subject, "title": title,
                        "teacher": teacher_of(g, subject)}
    return out


LESSONS = plan()


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == n)


def starts(lesson):
    return T.combine(lesson["day"], dt.time.fromisoformat(BELLS[lesson["number"]][0]))


def title_of(lesson, at):
    key = (lesson["g"], lesson["day"], lesson["number"])
    if key in RETITLED and at >= RETITLED[key][0]:
        return RETITLED[key][1]
    return lesson["title"]


# homework: (group, date, number) -> (text, due, deleted at or None)
HW = {
    (GE1, D(2026, 11, 16), 3): ("Workbook p. 32, ex. 1–3", D(2026, 11, 18), None),
    (GE1, D(2026, 11, 18), 2): ("Student's Book p. 40, ex. 5 (письменно)", D(2026, 11, 25), None),
    (GE1, D(2026, 11, 26), 4): ("Выучить слова Unit 4 (с. 44)", D(2026, 11, 30), None),
    (GE2, D(2026, 11, 18), 2): ("Workbook p. 35, ex. 4", D(2026, 11, 19), None),
    (GE2, D(2026, 11, 23), 3): ("Эссе «My favourite season», 80–100 слов", D(2026, 11, 25), None),
    (GE2, D(2026, 11, 30), 3): ("Student's Book p. 52, ex. 2", D(2026, 12, 2), None),
    (G7A, D(2026, 11, 20), 3): ("§ 14, упр. 9 (1–3)", D(2026, 11, 24), None),
    (G7A, D(2026, 11, 23), 1): ("№ 312, 315", D(2026, 11, 25), None),
    (G7A, D(2026, 12, 1), 2): ("№ 245 (сделать чертёж)", D(2026, 12, 4), None),
    (G7A, D(2026, 12, 3), 2): ("№ 401–404", D(2026, 12, 7), None),
    (G7B, D(2026, 11, 24), 3): ("§ 12, вопросы 1–5", D(2026, 11, 26), None),
    (G7B, D(2026, 11, 26), 1): ("Лабораторная работа № 4: оформить отчёт", D(2026, 11, 30),
                                T(2026, 11, 27, 12, 0)),  # the teacher deleted it on Friday
    (G7B, D(2026, 12, 2), 1): ("№ 388, 390", D(2026, 12, 7), None),
    (G7B, D(2026, 12, 3), 3): ("№ 395", D(2026, 12, 7), None),
    (GRB, D(2026, 11, 16), 6): ("Повторить правила техники безопасности", D(2026, 11, 18), None),
    (GRB, D(2026, 11, 20), 6): ("Собрать схему «светофор» по инструкции", D(2026, 11, 23), None),
    (GRB, D(2026, 11, 25), 6): ("Написать программу для датчика расстояния", D(2026, 11, 27), None),
}

VALUES = ["5", "4", "4", "3", "5", "4-", "5", "3+", "4+", "4"]


def auto_marks():
    """Marks the teachers gave: about one pupil in three present per lesson (members at the lesson's start)."""
    out = {}
    for lid, l in sorted(LESSONS.items()):
        for p in active(l["g"], starts(l)):
            h = (lid // 7 + p[0] // 3) % 7
            if h in (0, 3):
                wt = WT_SR if h == 3 and l["number"] == 2 else WT_OU
                out[(lid, p[0])] = (VALUES[(lid + p[0]) % len(VALUES)], wt, None, None)
    return out


# explicit marks: (group, date, number, pupil) -> (value, work type, (corrected at, new value) or None, deleted at)
SPECIAL = {
    (GRB, D(2026, 11, 18), 6, VIKA): ("5", WT_OU, None, None),  # her first elective lesson, the day she joined
    (GE2, D(2026, 11, 18), 2, ANYA): ("4", WT_OU, (T(2026, 11, 20, 9, 0), "5"), None),  # corrected on Friday
    (G7A, D(2026, 11, 20), 3, BORIS): ("4", WT_OU, None, None),  # his last lesson in 7А before the trial
    (G7B, D(2026, 11, 23), 2, BORIS): ("3", WT_SR, None, None),  # his first day in 7Б
    (G7B, D(2026, 11, 25), 1, BORIS): ("2", WT_OU, None, T(2026, 11, 26, 9, 0)),  # deleted by the teacher
    (G7B, D(2026, 12, 2), 3, BORIS): ("5", WT_KR, None, None),  # his last day in 7Б
    (G7A, D(2026, 12, 3), 2, BORIS): ("4", WT_OU, None, None),  # back in 7А
    (GE2, D(2026, 12, 3), 4, BORIS): ("5", WT_OU, None, None),
    (GRB, D(2026, 11, 23), 6, VIKA): ("4", WT_SR, None, None),  # her last elective lesson
    (GE1, D(2026, 11, 25), 2, ANYA): ("5", WT_OU, None, None),  # back in subgroup 1
    (GE1, D(2026, 11, 16), 3, ANYA): ("4", WT_OU, None, None),
}


def all_marks():
    out = auto_marks()
    for (g, day, n, p), v in SPECIAL.items():
        out[(lesson_at(g, day, n)["id"], p[0])] = v
    return out


MARKS = all_marks()
PERSON = {p[0]: p for p in PUPILS}

# log entries: (group, date, number, pupil) -> [(from instant, status, comment)], a None status = deleted
LOG = {
    (GE2, D(2026, 11, 19), 4, ANYA): [(None, "Late", "опоздала на 10 минут")],
    (G7B, D(2026, 11, 24), 3, BORIS): [(None, "Absent", ""), (T(2026, 11, 26, 8, 0), "Pass", "справка от врача")],
    (GRB, D(2026, 11, 20), 6, VIKA): [(None, "Absent", "")],
    (GE1, D(2026, 11, 25), 2, ANYA): [(None, "Late", ""), (T(2026, 11, 26, 12, 0), None, "")],
    (G7A, D(2026, 12, 3), 1, BORIS): [(None, "Ill", "ОРВИ")],
    (G7B, D(2026, 11, 23), 1, BORIS): [(None, "Attend", "")],
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def stamp(at):
    return at.isoformat() + "+03:00"


def rec(request, body, at, request_body=None):
    r = {"request": request, "body": body, "pulled_at": stamp(at)}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    kind, name, full, parent = GROUP_INFO[g]
    tt = TT[parent or g]
    return {**ids(g), "parentIds": [parent] if parent else [], "parentIds_str": [str(parent)] if parent else [],
            "type": kind, "name": name, "fullName": full, "parallel": 7, "timetable": tt, "timetable_str": str(tt),
            "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
            "journaltype": "Default"}


def memberships(at):
    """POST /v2/edu-groups (§3.8): [{group, students: [{person, membershipstatus}]}] for every group asked."""
    return [{"group": group_obj(g), "students": [{"person": person(p), "membershipstatus": s} for p, s in roster(g, at)]}
            for g in GROUPS]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    kids = [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
             "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G7B if c in (DINA, EGOR, IRINA) else G7A]}
            for c in children]
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "ГБОУ Школа № 74", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": kids, "splitId": None}


PERIODS = [(1000007740001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007740002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007740003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007740004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008740001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008740002, "2026-12-28", "2027-01-11", "Зимние каникулы"),
            (1000008740003, "2027-03-22", "2027-03-30", "Весенние каникулы")]


def rpg(g):
    rid = 1000009740000 + GCODE[g]
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    return [{"Name": "Расписание звонков", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def default_work(l):
    return l["id"] + 1000000000


def hw_work(l):
    return l["id"] + 2000000000


def hw_exists(l, at):
    hw = HW.get((l["g"], l["day"], l["number"]))
    if not hw or at < starts(l):
        return None
    if hw[2] and at >= hw[2]:
        return None
    return hw


def work_objs(l, at):
    subj = SUBJECTS[l["subject"]][0]
    common = {"lesson": l["id"], "lesson_str": str(l["id"]), "eduGroup": l["g"], "eduGroup_str": str(l["g"]),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": subj, "createdBy": l["teacher"][0],
              "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(l)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{l['day']}T00:00:00", "sentDate": None, **common}]
    hw = hw_exists(l, at)
    if hw:
        wid = hw_work(l)
        members = active(l["g"], starts(l))  # the pupils of the group the day it was set (§3.6 tasks)
        tasks = [{**ids(2260325488590000000 + (l["id"] % 10000000) * 100 + i), "person": p[0], "person_str": str(p[0]),
                  "work": wid, "work_str": str(wid), "status": "NotStarted", "targetDate": f"{hw[1]}T00:00:00"}
                 for i, p in enumerate(members)]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0], "isImportant": False,
                    "targetDate": f"{hw[1]}T00:00:00", "sentDate": f"{l['day']}T15:{10 + l['number']}:21.4",
                    **common})
    return out


def entity_lesson(l, at):
    subj, area = SUBJECTS[l["subject"]]
    a = starts(l)
    return {**ids(l["id"]), "title": title_of(l, at), "date": a.isoformat(), "number": l["number"],
            "subject": {**ids(subj), "name": l["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": l["g"], "status": "Planned" if at < a else "Conducted", "resultPlaceId": 0,
            "works": work_objs(l, at), "teachers": [l["teacher"][0]], "teachers_str": [str(l["teacher"][0])]}


def lessons_range(g, a, b, at):
    ls = sorted((l for l in LESSONS.values() if l["g"] == g and a <= l["day"] <= b), key=lambda l: (l["day"], l["number"]))
    return [entity_lesson(l, at) for l in ls]


def mark_state(key, at):
    lid, pid = key
    value, wt, corr, deleted = MARKS[key]
    l = LESSONS[lid]
    if at < starts(l) or (deleted and at >= deleted):
        return None
    if corr and at >= corr[0]:
        value = corr[1]
    return value, wt


def mark_obj(key, at):
    lid, pid = key
    value, wt = mark_state(key, at)
    l = LESSONS[lid]
    p = PERSON[pid]
    mid = 2260325488580000000 + (lid % 10000000) * 100 + PUPILS.index(p)
    given = starts(l) + dt.timedelta(minutes=20 + PUPILS.index(p), seconds=lid % 50, microseconds=370000)
    mood = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": pid, "person_str": str(pid),
            "work": default_work(l), "work_str": str(default_work(l)), "lesson": lid, "lesson_str": str(lid),
            "number": 0, "date": given.isoformat(timespec="milliseconds"), "workType": wt, "mood": mood,
            "use_avg_calc": True}


def marks_range(g, a, b, at):
    keys = sorted(k for k in MARKS if LESSONS[k[0]]["g"] == g and a <= LESSONS[k[0]]["day"] <= b
                  and mark_state(k, at))
    return [mark_obj(k, at) for k in keys]


def person_marks(pid, a, b, at):
    keys = sorted(k for k in MARKS if k[1] == pid and a <= LESSONS[k[0]]["day"] <= b and mark_state(k, at))
    return [mark_obj(k, at) for k in sorted(keys, key=lambda k: (LESSONS[k[0]]["day"], LESSONS[k[0]]["number"]))]


def log_state(key, at):
    history = LOG[key]
    g, day, n, p = key
    l = lesson_at(g, day, n)
    if at < starts(l):
        return None
    current = None
    for since, status, comment in history:
        if since is None or at >= since:
            current = (status, comment, since)
    return current if current and current[0] else None


def log_obj(key, at):
    g, day, n, p = key
    l = lesson_at(g, day, n)
    status, comment, since = log_state(key, at)
    created = (since or starts(l) + dt.timedelta(minutes=3, seconds=12)).isoformat(timespec="milliseconds")
    return {"person": p[0], "person_str": str(p[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": comment, "status": status, "createdDate": created}


def log_range(g, a, b, at):
    keys = sorted((k for k in LOG if k[0] == g and a <= k[1] <= b and log_state(k, at)), key=lambda k: (k[1], k[2]))
    return [log_obj(k, at) for k in keys]


def flat_lesson(l, at):
    e = entity_lesson(l, at)
    a, b = BELLS[l["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"], "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Основное здание", "place": None, "floor": None,
            "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]], "teachers": [l["teacher"][0]]}


def homework_bundle(a, b, at):
    """users/me/school/{s}/homeworks (§3.7): the Homework works of the range's lessons, with those lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not a <= l["day"] <= b or not hw_exists(l, at):
            continue
        works += [w for w in work_objs(l, at) if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, at))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": [teachers[k] for k in sorted(teachers)]}


def members_pull(at):
    return rec("POST /v2/edu-groups", memberships(at), at, request_body=list(GROUPS))


def day_pulls(day):
    """One school day of the job: member lists at 07:00 and 19:00, homework at 19:05; Wednesday and Friday evenings
    also the week's lessons, marks and log entries; Thursday evening the lesson log the teacher edited."""
    monday = day - dt.timedelta(days=day.weekday())
    morning = [members_pull(T.combine(day, dt.time(7, 0)))]
    ev = T.combine(day, dt.time(19, 0))
    evening = [members_pull(ev)]
    m = 1

    def at():
        nonlocal m
        m += 1
        return ev + dt.timedelta(minutes=m)

    if day.weekday() in (2, 4):
        saturday, sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        to = day if day.weekday() == 2 else sunday
        for g in GROUPS:
            t = at()
            evening.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}",
                               lessons_range(g, monday, saturday, t), t))
        for g in GROUPS:
            t = at()
            evening.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{to}", marks_range(g, monday, to, t), t))
        for g in GROUPS:
            t = at()
            evening.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={to}",
                               log_range(g, monday, to, t), t))
    if day == D(2026, 11, 26):  # the teacher took Аня's «Late» of Wednesday back: the lesson's whole log (§3.5)
        l = lesson_at(GE1, D(2026, 11, 25), 2)
        t = at()
        evening.append(rec(f"GET /v2/lessons/{l['id']}/log-entries",
                           [log_obj(k, t) for k in LOG if lesson_at(k[0], k[1], k[2]) is l and log_state(k, t)], t))
    t = at()
    end = monday + dt.timedelta(days=13)
    evening.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={end}",
                       homework_bundle(monday, end, t), t))
    return morning, evening


def plan_pull(monday, at):
    saturday = monday + dt.timedelta(days=5)
    return [rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}",
                lessons_range(g, monday, saturday, at + dt.timedelta(minutes=i)), at + dt.timedelta(minutes=i))
            for i, g in enumerate(GROUPS)]


def main():
    t0 = T(2026, 11, 15, 18, 0)
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "ГБОУ Школа № 74", "fullName":
            "Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 74»",
            "avatarSmall": None, "city": "Москва", "municipality": "г. Москва", "regionId": 77, "markType": "mark5",
            "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
            "tsoCityId": 0, "tsoRegionTreePath": "77."}, t0),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], t0 + dt.timedelta(seconds=20)),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in GROUPS], t0 + dt.timedelta(minutes=1)),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in active(g, t0)],
              t0 + dt.timedelta(minutes=1, seconds=10 + i)) for i, g in enumerate(GROUPS)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), t0 + dt.timedelta(minutes=1, seconds=30 + i))
          for i, g in enumerate((G7A, G7B))],
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [ANYA]), t0 + dt.timedelta(minutes=2)),
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [BORIS]), t0 + dt.timedelta(minutes=2, seconds=5)),
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [VIKA, EGOR]),
            t0 + dt.timedelta(minutes=2, seconds=10)),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), t0 + dt.timedelta(minutes=2, seconds=30 + i))
          for i, g in enumerate((G7A, G7B))],
    ]
    steps = [("1. reference data, groups and members, bells, parents, periods (Sun 2026-11-15 18:00)", [setup]),
             ("2. week 1 as planned (Sun 2026-11-15 18:05)", [plan_pull(WEEKS[0], T(2026, 11, 15, 18, 5))])]
    for day in SCHOOL_DAYS:
        if day.weekday() == 0 and day != WEEKS[0]:
            sunday = day - dt.timedelta(days=1)
            steps.append((f"week of {day} as planned (Sun {sunday} 18:05)",
                          [plan_pull(day, T.combine(sunday, dt.time(18, 5)))]))
        morning, evening = day_pulls(day)
        steps.append((f"{day:%a} {day}: morning member lists (07:00)", [morning]))
        steps.append((f"{day:%a} {day}: evening pull (19:00)", [evening]))
    t = T(2026, 12, 4, 20, 0)  # the month's backfill of the three pupils who moved: their own marks (§3.1, §7)
    steps.append(("the movers' own marks over the three weeks (Fri 2026-12-04 20:00)",
                  [[rec(f"GET /v2/persons/{p[0]}/schools/{S}/marks/2026-11-16/2026-12-04",
                        person_marks(p[0], D(2026, 11, 16), D(2026, 12, 4), t + dt.timedelta(minutes=i)),
                        t + dt.timedelta(minutes=i)) for i, p in enumerate((ANYA, BORIS, VIKA))]]))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ Школа № 74 (Москва), 7А with its two English subgroups and a robotics elective, and 7Б, "
                       "2026-11-16..12-04: Аня switches English subgroups for a week and returns, Борис spends a "
                       "ten-day trial in 7Б and returns to 7А, Вика joins the elective on a Wednesday morning and "
                       "leaves it the next Tuesday; member lists (POST edu-groups with membershipstatus) pulled every "
                       "school morning and evening.",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ Школа № 74"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records,", len(steps), "steps")


if __name__ == "__main__":
    main()
