"""Dnevnik.ru journey 8: what a parent reads on a weekday evening. Class 6Б with two crossing splits (English and
informatics, each in two subgroups; a pupil can be in group 1 for one and group 2 for the other), 2026-03-02..13,
pushed by a sync job every weekday evening (`pulled_at` on every record). Standard library only; deterministic.
Ids are Python ints, so ids above 2^53 are written exactly. Written from shared/reference/dnevnik_ru.md only."""
import datetime as dt
import json
from pathlib import Path

S = 1000002460008
G = 2260325488554000601                     # 6Б, 19 digits (§1)
E1, E2 = 2260325488554000611, 2260325488554000612   # English subgroups (§3.8 Subgroup + parentIds)
I1, I2 = 2260325488554000621, 2260325488554000622   # Informatics subgroups
P1, P2, P3, P4 = 1000012800001, 1000012800002, 2260325488554100003, 1000012800004
PUPILS = {P1: ("Громова", "Вера", "Андреевна", "Female", 1000011800001),
          P2: ("Давыдов", "Илья", "Павлович", "Male", 1000011800002),
          P3: ("Ершова", "Софья", "Игоревна", "Female", 2260325488554100002),
          P4: ("Ершов", "Лев", "Игоревич", "Male", None)}        # person without an account (§1)
IN = {G: [P1, P2, P3, P4], E1: [P1, P2], E2: [P3, P4], I1: [P1, P3], I2: [P2, P4]}   # crossing splits
SWITCH = "2026-03-09"    # after a placement test P2 moves from English group 1 to group 2 (the roster of 03-08 says so)
IN2 = {**IN, E1: [P1], E2: [P2, P3, P4]}


def members(g, date):
    return (IN2 if date >= SWITCH else IN)[g]
T_MATH, T_RUS, T_ENG1, T_ENG2, T_INF, T_PE, T_SUB = (1000012800901, 1000012800902, 1000012800903, 1000012800904,
                                                     2260325488554100905, 1000012800906, 1000012800907)
TEACHERS = {T_MATH: ("Лаптева", "Ольга", "Юрьевна", 1000011800901), T_RUS: ("Сомов", "Виктор", "Ильич", 1000011800902),
            T_ENG1: ("Кравец", "Алла", "Борисовна", 1000011800903),
            T_ENG2: ("Мельник", "Дина", "Сергеевна", 1000011800904),
            T_INF: ("Рябов", "Глеб", "Олегович", 2260325488554100906),
            T_PE: ("Тихонов", "Роман", "Петрович", 1000011800906),
            T_SUB: ("Зотова", "Нина", "Аркадьевна", 1000011800907)}
GROUPS = {G: ("6Б", "Group", ""), E1: ("Англ. яз. 1 гр.", "Subgroup", "Кравец Алла Борисовна"),
          E2: ("Англ. яз. 2 гр.", "Subgroup", "Мельник Дина Сергеевна"),
          I1: ("Информатика 1 гр.", "Subgroup", "Рябов Глеб Олегович"),
          I2: ("Информатика 2 гр.", "Subgroup", "Рябов Глеб Олегович")}
MATH, RUS, ENG, INF, PE = 1000003800001, 1000003800002, 1000003800003, 2260325488554200004, 1000003800005
SUBJ = {MATH: ("Математика", "Математика и информатика"), RUS: ("Русский язык", "Русский язык и литература"),
        ENG: ("Английский язык", "Иностранные языки"), INF: ("Информатика", "Математика и информатика"),
        PE: ("Физическая культура", "Физическая культура")}
TEACH = {(G, MATH): T_MATH, (G, RUS): T_RUS, (E1, ENG): T_ENG1, (E2, ENG): T_ENG2, (I1, INF): T_INF,
         (I2, INF): T_INF, (G, PE): T_PE}
ROOM = {(G, MATH): "205", (G, RUS): "112", (E1, ENG): "301", (E2, ENG): "303", (I1, INF): "Кабинет информатики № 1",
        (I2, INF): "Кабинет информатики № 2", (G, PE): "Спортзал"}
BELLS = {1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:20", "11:00"), 4: ("11:20", "12:00"),
         5: ("12:10", "12:50")}
# work types (standalone shape, §3.3): id -> (title, abbr, weight, kind)
WT = {4101: ("Ответ на уроке", "ОУ", 1, "DefaultNewLessonWork"), 4102: ("Контрольная работа", "КР", 3, "LessonTestWork"),
      4103: ("Практическая работа", "ПР", 2, "CommonWork"), 4104: ("Домашнее задание", "ДЗ", 1, "Homework"),
      4105: ("Тест", "Т", 2, "LessonTestWork"), 4106: ("Зачёт", "Зч", 1, "CommonWork")}
WEEKS = [["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"],
         ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]]
DAYS = WEEKS[0] + WEEKS[1]
PLAN = {0: [(1, G, MATH), (2, G, RUS), (3, E1, ENG), (4, E2, ENG)],
        1: [(1, G, RUS), (2, I1, INF), (3, I2, INF), (4, G, PE)],
        2: [(1, G, MATH), (2, E2, ENG), (3, E1, ENG), (4, G, RUS)],
        3: [(1, G, MATH), (2, I2, INF), (3, I1, INF), (4, G, PE)],
        4: [(1, G, RUS), (2, E1, ENG), (3, E2, ENG), (4, G, MATH)]}
TOPICS = {MATH: ["Сложение дробей с разными знаменателями", "Вычитание смешанных чисел", "Контрольная работа № 6 «Дроби»",
                 "Умножение дробей", "Нахождение дроби от числа", "Деление дробей", "Интегрированный урок: дроби в таблицах"],
          RUS: ["Имя прилагательное: разряды", "Степени сравнения прилагательных", "Сочинение-описание «Весна в городе»",
                "Правописание «не» с прилагательными", "Буквы о и е после шипящих", "Дефисное написание прилагательных"],
          ENG: ["My daily routine", "Present Simple: questions", "At the shop", "Food and drinks", "Reading: «A school day»",
                "Vocabulary test: food", "Project: my favourite meal"],
          INF: ["Алгоритмы с ветвлением", "Практикум: исполнитель Черепаха", "Циклы с параметром", "Практическая работа «Узор»"],
          PE: ["Баскетбол: ведение мяча", "Эстафеты", "Гимнастика: опорный прыжок", "Сдача норматива: прыжок в длину"]}

LES = {}   # lesson id -> dict(g, date, number, subj, title, teachers)
LBASE = 2260325488554300000
_count = {}
for di, date in enumerate(DAYS):
    wd = dt.date.fromisoformat(date).weekday()
    for number, g, subj in PLAN[wd]:
        k = (g, subj)
        n = _count.get(k, 0)
        _count[k] = n + 1
        topics = TOPICS[subj]
        LES[LBASE + di * 10 + number] = dict(g=g, date=date, number=number, subj=subj, title=topics[n % len(topics)],
                                             teachers=[TEACH[k]])


def lid_of(date, number):
    return LBASE + DAYS.index(date) * 10 + number


L_SUB = lid_of("2026-03-04", 3)          # E1 English: a substitute teacher, known only on the day
L_TWO = lid_of("2026-03-11", 1)          # class maths with two teachers (§3.4 teachers[])
L_MOVED = lid_of("2026-03-10", 3)        # I2 informatics moved from slot 3 to slot 5 on the day
L_KR = lid_of("2026-03-05", 1)           # maths test, marked the next day
LES[L_TWO]["teachers"] = [T_MATH, T_INF]
LES[L_TWO]["title"] = "Интегрированный урок: дроби в электронных таблицах"
LES[L_KR]["title"] = "Контрольная работа № 6 «Дроби»"
SUB_TEACHERS = {L_SUB: [T_SUB]}          # the day's answer (planned: T_ENG1)
MOVED_TO = {L_MOVED: 5,                  # the day's answer (planned: 3)
            lid_of("2026-03-13", 1): 4, lid_of("2026-03-13", 4): 1}   # Friday: Russian and maths swap slots
WORKTYPE = {L_KR: 4102}                  # default 4101
for lid, l in LES.items():
    if l["subj"] == INF and l["number"] == 3 and l["g"] == I1 or l["subj"] == INF and l["date"] == "2026-03-12":
        WORKTYPE[lid] = 4103
    if l["subj"] == ENG and l["date"] in ("2026-03-11", "2026-03-13"):
        WORKTYPE[lid] = 4105
    if l["subj"] == PE and l["date"] == "2026-03-12":
        WORKTYPE[lid] = 4106
MARKTYPE = {}
for lid, l in LES.items():
    if l["subj"] == INF:
        MARKTYPE[lid] = "mark10"          # §5
    elif l["subj"] == ENG and WORKTYPE.get(lid) == 4105:
        MARKTYPE[lid] = "mark100"
    elif l["subj"] == PE and WORKTYPE.get(lid) == 4106:
        MARKTYPE[lid] = "test"


def work_id(lid):
    return lid + 100000


# marks: id -> (lesson, person, value, type, date, use_avg_calc)
MARKS = {}
MBASE = 2260325488554500000


def mark(lid, p, value, time, mtype=None, avg=True, date=None):
    mid = MBASE + len(MARKS) + 1
    MARKS[mid] = dict(lesson=lid, person=p, value=value, type=mtype or MARKTYPE.get(lid, "mark5"),
                      date=(date or LES[lid]["date"]) + "T" + time, avg=avg)
    return mid


mark(lid_of("2026-03-02", 1), P1, "5", "08:58:12.4")
mark(lid_of("2026-03-02", 1), P3, "3+", "09:01:40.07")
mark(lid_of("2026-03-02", 2), P2, "4-", "09:55:02.513")
mark(lid_of("2026-03-02", 3), P1, "5-", "10:51:33.1")       # E1
mark(lid_of("2026-03-02", 4), P4, "4+", "11:50:20.75")      # E2
mark(lid_of("2026-03-03", 2), P3, "9", "09:58:00.3")        # I1 mark10
mark(lid_of("2026-03-03", 3), P2, "7", "10:55:41.62")       # I2 mark10
mark(lid_of("2026-03-04", 3), P2, "3", "10:58:10.5")        # E1, substitute lesson
mark(lid_of("2026-03-04", 4), P4, "2", "11:57:00.2", avg=False)   # not counted (§3.1 use_avg_calc)
mark(lid_of("2026-03-05", 3), P1, "10", "10:59:59.9")       # I1 mark10
mark(lid_of("2026-03-05", 4), P3, "5", "11:45:00.01")       # PE
LATE = [mark(L_KR, P1, "4+", "16:20:05.31", date="2026-03-06"),   # the test, marked the next day (§3.1 date)
        mark(L_KR, P2, "3", "16:21:10.2", date="2026-03-06"),
        mark(L_KR, P3, "5", "16:22:47.905", date="2026-03-06"),
        mark(L_KR, P4, "2+", "16:23:30.4", date="2026-03-06")]
mark(lid_of("2026-03-06", 2), P2, "5+", "09:59:00.8")       # E1
mark(lid_of("2026-03-09", 2), P3, "4", "09:50:11.11")
mark(lid_of("2026-03-10", 2), P1, "8", "09:57:45.6")        # I1 mark10
mark(L_MOVED, P4, "6", "12:45:00.2")                       # I2 mark10, in the moved slot
mark(lid_of("2026-03-10", 4), P2, "н/а", "11:58:00.4", mtype="markna", avg=False)   # §5 markna
mark(L_TWO, P1, "5", "08:59:01.5")
mark(L_TWO, P4, "3-", "09:02:00.25")
mark(lid_of("2026-03-11", 2), P3, "87", "09:59:30.3")       # E2 vocabulary test, mark100
mark(lid_of("2026-03-11", 2), P4, "64", "09:59:45.7")
mark(lid_of("2026-03-11", 3), P1, "95", "10:58:30.9")       # E1 test, mark100
mark(lid_of("2026-03-12", 2), P2, "9", "09:59:59.1")        # I2 practical, mark10
mark(lid_of("2026-03-12", 4), P1, "зачёт", "11:55:00.6", avg=False)   # PE test scale
mark(lid_of("2026-03-12", 4), P2, "незачёт", "11:55:20.6", avg=False)
mark(lid_of("2026-03-12", 4), P3, "осв", "11:55:40.6", mtype="markdismiss", avg=False)
mark(lid_of("2026-03-12", 4), P4, "зачёт", "11:56:00.6", avg=False)
mark(lid_of("2026-03-13", 4), P3, "4-", "11:58:12.27")

# attendance (lesson, person) -> (status, comment, createdDate); everyone Attend unless listed
ATT = {}
for lid, l in LES.items():
    for p in members(l["g"], l["date"]):
        ATT[(lid, p)] = ("Attend", "", l["date"] + "T" + BELLS[MOVED_TO.get(lid, l["number"])][0] + ":05.3")
ATT[(lid_of("2026-03-03", 1), P4)] = ("Absent", "", "2026-03-03T08:35:10.2")
ATT[(lid_of("2026-03-03", 3), P4)] = ("Absent", "", "2026-03-03T10:25:00.7")
ATT[(lid_of("2026-03-04", 1), P2)] = ("Late", "опоздал на 7 минут", "2026-03-04T08:37:02.08")
for n in (1, 2, 3):
    lid = lid_of("2026-03-09", n)
    if (lid, P1) in ATT:
        ATT[(lid, P1)] = ("Ill", "справка", "2026-03-09T08:31:47.6")
ATT[(lid_of("2026-03-10", 4), P3)] = ("Pass", "освобождена от физкультуры до 20.03", "2026-03-10T11:21:00.4")
ATT[(lid_of("2026-03-13", 3), P4)] = ("Late", "", "2026-03-13T10:31:00.51")

# homework works: id -> (lesson, text, targetDate, files, oneDriveLinks)
HW = {}
HBASE = 2260325488554600000
FILES = {2260325488554700001: ("Дроби — карточка № 3.pdf", "pdf"),
         2260325488554700002: ("Worksheet 6B — daily routine.docx", "docx"),
         2260325488554700003: ("Audio track 14.mp3", "mp3"),
         2260325488554700004: ("Черепаха — шаблон задания.kum", "kum"),
         2260325488554700005: ("Сочинение: план и опорные слова.pdf", "pdf")}
HW[HBASE + 1] = (lid_of("2026-03-02", 1), "№ 401, 403 (а–г); карточка № 3", "2026-03-04T00:00:00", [2260325488554700001], [])
HW[HBASE + 2] = (lid_of("2026-03-02", 3), "WB p. 42 ex. 1–3; listen to track 14", "2026-03-04T00:00:00",
                 [2260325488554700002, 2260325488554700003], [])
HW[HBASE + 3] = (lid_of("2026-03-02", 4), "SB p. 58 ex. 5 (write); learn the words p. 60", "2026-03-04T00:00:00", [], [])
HW[HBASE + 4] = (lid_of("2026-03-03", 2), "Составить программу «Квадрат» для Черепахи", "2026-03-05T00:00:00",
                 [2260325488554700004], [2260325488554710001])
HW[HBASE + 5] = (lid_of("2026-03-03", 3), "Повторить § 2.3, ответить на вопросы 1–4 письменно", "2026-03-05T00:00:00", [], [])
HW[HBASE + 6] = (lid_of("2026-03-06", 1), "Сочинение «Весна в городе» (черновик), упр. 412", "2026-03-10T00:00:00",
                 [2260325488554700005], [])
HW[HBASE + 7] = (lid_of("2026-03-06", 4), "№ 455, 457; повторить правило деления дробей", "2026-03-11T00:00:00", [], [])
HW[HBASE + 8] = (lid_of("2026-03-11", 3), "Project: my favourite meal (poster), due Friday", "2026-03-13T00:00:00", [],
                 [2260325488554710002])
HW[HBASE + 9] = (lid_of("2026-03-11", 2), "Learn the food words for the test, SB p. 66", "2026-03-13T00:00:00", [], [])
HW[HBASE + 10] = (lid_of("2026-03-12", 2), "Доделать практическую работу «Узор» дома (по желанию)", "2026-03-17T00:00:00",
                  [], [])
HW_ONLY_DETAIL = HBASE + 10   # first seen through users/me/school/homeworks?homeworkId= and works/{w}


def ids(name, value):
    return {name: value, name + "_str": None if value is None else str(value)}


def start_of(lid, moved):
    n = MOVED_TO.get(lid, LES[lid]["number"]) if moved else LES[lid]["number"]
    return n, BELLS[n]


def teachers_of(lid, day):
    return SUB_TEACHERS.get(lid, LES[lid]["teachers"]) if day else LES[lid]["teachers"]


def subject_obj(s):
    return {"id": s, "id_str": str(s), "name": SUBJ[s][0], "knowledgeArea": SUBJ[s][1], "fgosSubjectId": None}


def period_of(date):
    return 3


def work_obj(wid, lid, hw=None):
    l = LES[lid]
    kind = "Homework" if hw else WT[WORKTYPE.get(lid, 4101)][3]
    wtype = 4104 if hw else WORKTYPE.get(lid, 4101)
    pupils = members(l["g"], l["date"])
    obj = {**ids("id", wid), "type": kind, "workType": wtype, "markType": "mark5" if hw else MARKTYPE.get(lid, "mark5"),
           "markCount": 1, **ids("lesson", lid), "displayInJournal": not hw, "status": "Sent", **ids("eduGroup", l["g"]),
           "tasks": [], "text": "", "periodNumber": 3, "periodType": "Quarter", "subjectId": l["subj"],
           "isImportant": wtype == 4102, "targetDate": l["date"] + "T00:00:00", "sentDate": None,
           "createdBy": TEACH[(l["g"], l["subj"])], "files": [], "oneDriveLinks": []}
    if hw:
        _, text, target, files, links = HW[wid]
        sent = l["date"] + ("T20:41:07.35" if wid == HW_ONLY_DETAIL else "T15:4%d:1%d.2" % (wid % 10, wid % 7))
        obj.update({"text": text, "targetDate": target, "sentDate": sent,
                    "files": files, "oneDriveLinks": links,
                    "tasks": [{**ids("id", wid * 0 + 2260325488554800000 + (wid % 100) * 10 + i), **ids("person", p),
                               **ids("work", wid), "status": "NotStarted", "targetDate": target}
                              for i, p in enumerate(pupils)]})
    return obj


def hw_of_lesson(lid):
    """Homework works of a lesson as the schedules and lessons answers show them: the one published late in the
    evening (after the day's pull) is absent from them."""
    return [h for h in sorted(HW) if HW[h][0] == lid and h != HW_ONLY_DETAIL]


def lesson_obj(lid, day):
    l = LES[lid]
    n, (start, _) = start_of(lid, day)
    t = teachers_of(lid, day)
    works = [work_obj(work_id(lid), lid)] + [work_obj(h, lid, True) for h in hw_of_lesson(lid)]
    return {**ids("id", lid), "title": l["title"], "date": f"{l['date']}T{start}:00", "number": n,
            "subject": subject_obj(l["subj"]), "group": l["g"], "status": "Conducted", "resultPlaceId": 0,
            "works": works, "teachers": t, "teachers_str": [str(x) for x in t]}


def flat_lesson(lid, day):
    l = LES[lid]
    n, (start, end) = start_of(lid, day)
    return {"id": lid, "title": l["title"], "date": f"{l['date']}T{start}:00", "number": n, "subjectId": l["subj"],
            "status": "Conducted", "resultPlaceId": 0, "building": "Корпус 1", "place": ROOM[(l["g"], l["subj"])],
            "floor": "2", "hours": f"{start} - {end}", "works": [work_id(lid)] + hw_of_lesson(lid),
            "teachers": teachers_of(lid, day)}


def mark_obj(mid):
    m = MARKS[mid]
    v = m["value"]
    mood = "Good" if v[0] in "459" or v in ("10", "зачёт", "87", "95", "8") else (
        "Average" if v[0] in "367" else ("Bad" if v[0] == "2" or v == "незачёт" else "NotSet"))
    return {**ids("id", mid), "type": m["type"], "value": v, "textValue": v, **ids("person", m["person"]),
            **ids("work", work_id(m["lesson"])), **ids("lesson", m["lesson"]), "number": 0, "date": m["date"],
            "workType": WORKTYPE.get(m["lesson"], 4101), "mood": mood, "use_avg_calc": m["avg"]}


def person_obj(p, last, first, middle, sex, user):
    return {**ids("id", p), **ids("userId", user), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def teacher_person(t):
    last, first, middle, user = TEACHERS[t]
    return person_obj(t, last, first, middle, "Female" if middle.endswith("вна") else "Male", user)


def groups_of(p):
    return [g for g in (G, E1, E2, I1, I2) if p in IN[g]]


def visible(p, lid):
    return p in members(LES[lid]["g"], LES[lid]["date"])


def marks_of(pred):
    return [mark_obj(m) for m in sorted(MARKS) if pred(MARKS[m])]


def log_obj(key):
    lid, p = key
    status, comment, created = ATT[key]
    return {**ids("person", p), **ids("lesson", lid), "comment": comment, "status": status, "createdDate": created}


def schedule(p, dates, day, late_marks_known):
    """The pupil's schedules bundle (§0): only their own groups' lessons."""
    days = []
    for i, date in enumerate(dates):
        lids = sorted((x for x in LES if LES[x]["date"] == date and visible(p, x)),
                      key=lambda x: start_of(x, day)[0])
        subs = sorted({LES[x]["subj"] for x in lids})
        teachers = sorted({t for x in lids for t in teachers_of(x, day)})
        marks = marks_of(lambda m: m["person"] == p and m["lesson"] in lids and day
                         and (late_marks_known or m["date"][:10] == date))
        days.append({
            "date": date + "T00:00:00", "lessons": [flat_lesson(x, day) for x in lids], "marks": marks,
            "works": [work_obj(work_id(x), x) for x in lids],
            "homeworks": [work_obj(h, x, True) for x in lids for h in hw_of_lesson(x)],
            "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": None} for s in subs],
            "workTypes": [{"id": w, "schoolId": S, "abbreviation": WT[w][1], "name": WT[w][0], "isFinal": False,
                           "isImportant": w == 4102, "kindId": w - 4100, "kind": WT[w][3]}
                          for w in sorted({WORKTYPE.get(x, 4101) for x in lids})],
            "lessonLogEntries": [log_obj((x, p)) for x in lids if day],
            "teachers": [{"person": teacher_person(t), "role": "Teacher"} for t in teachers],
            "nextDate": (dates[i + 1] + "T00:00:00") if i + 1 < len(dates) else None})
    return {"days": days}


def homework_bundle(hws, day=True):
    lessons = sorted({HW[h][0] for h in hws})
    files = sorted({f for h in hws for f in HW[h][3]})
    return {"works": [work_obj(h, HW[h][0], True) for h in hws],
            "subjects": [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": None}
                         for s in sorted({LES[x]["subj"] for x in lessons})],
            "lessons": [flat_lesson(x, day) for x in lessons],
            "files": [{**ids("id", f), "name": FILES[f][0], "typeGroup": "Document", "type": FILES[f][1],
                       "pageUrl": f"https://dnevnik.ru/file/{f}", "downloadUrl": f"https://static.dnevnik.ru/files/{f}",
                       "user": None, "size": 30000 + f % 1000, "vote": None, "uploadedDate": "2026-03-01T21:10:00.4",
                       "storageType": "Default"} for f in files],
            "teachers": [teacher_person(t) for t in sorted({TEACH[(LES[x]["g"], LES[x]["subj"])] for x in lessons})]}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


PERIODS = [(1000007800001, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть"),
           (1000007800002, "2025-11-05", "2025-12-26", 2, "Quarter", "2 четверть"),
           (1000007800003, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть"),
           (1000007800004, "2026-03-30", "2026-05-26", 4, "Quarter", "4 четверть")]
HOLIDAYS = [(1000007900001, "2026-03-21", "2026-03-29", "Весенние каникулы")]
PARENTS = {1000011800101: (1000012800101, "Громов", "Андрей", "Викторович", [P1]),
           1000011800103: (2260325488554100101, "Ершова", "Марина", "Олеговна", [P3, P4])}


def group_obj(g):
    name, kind, full = GROUPS[g]
    parent = [] if g == G else [G]
    return {**ids("id", g), "parentIds": parent, "parentIds_str": [str(x) for x in parent], "type": kind, "name": name,
            "fullName": full, "parallel": 6, **ids("timetable", 1000006000806), "status": "Active", "studyyear": 2025,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def evening(date):
    return f"{date}T19:00:00+03:00"


def build():
    steps = []
    t0 = "2026-03-01T20:00:00+03:00"
    ref = [rec(f"GET /v2/schools/{S}", {**ids("id", S), "name": "МБОУ «Гимназия № 8»", "fullName":
               "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 8» г. Твери", "avatarSmall": None,
               "city": "Тверь", "municipality": "городской округ город Тверь", "regionid": 69, "markType": "mark5",
               "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
               "tsoCityId": 6901, "tsoRegionTreePath": "69."}, t0),
           rec(f"GET /v2/work-types/{S}", [{"id": w, "id_str": str(w), "schoolId": S, "kindId": w - 4100, "kind": v[3],
                                             "title": v[0], "abbr": v[1], "weight": v[2]} for w, v in sorted(WT.items())], t0),
           rec("POST /v2/edu-groups", [{"group": group_obj(g), "students": [{"person": p, "membershipstatus": "Active"}
                                                                          for p in IN[g]]} for g in (G, E1, E2, I1, I2)],
               t0, [G, E1, E2, I1, I2]),
           rec(f"GET /v2/edu-groups/{G}/reporting-period-group",
               {"id": 1000007600806, "reportingPeriods": [
                   {**ids("id", rp), "start": a + "T00:00:00", "finish": b + "T00:00:00", "number": n, "type": t,
                    "name": nm, "year": 2025} for rp, a, b, n, t, nm in PERIODS],
                "holidays": [{"id": h, "reportingPeriodGroupId": 1000007600806, "dateStart": a + "T00:00:00",
                              "dateFinish": b + "T00:00:00", "name": nm, "description": None} for h, a, b, nm in HOLIDAYS]},
               t0)]
    users = []
    for t, (last, first, middle, user) in sorted(TEACHERS.items()):
        users.append({**ids("id", user), **ids("personId", t), "name": f"{first} {last}", "email": None, "login": None,
                      "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
                      "firstName": first, "middleName": middle, "lastName": last,
                      "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+3:00",
                      "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""})
    for p, (last, first, middle, sex, user) in sorted(PUPILS.items()):
        if user:
            users.append({**ids("id", user), **ids("personId", p), "name": f"{first} {last}",
                          "fullName": f"{last} {first} {middle}", "firstName": first, "middleName": middle,
                          "lastName": last, "locale": "ru-RU", "timezone": "+3:00", "sex": sex,
                          "birthday": "2014-0%d-1%dT00:00:00" % (p % 9 + 1, p % 10), "roles": ["EduStudent"]})
    ref.append(rec("POST /v2/users/many", users, t0,
                   [v[3] for _, v in sorted(TEACHERS.items())] + [v[4] for _, v in sorted(PUPILS.items()) if v[4]]))
    ref.append(rec(f"GET /v2/edu-groups/{G}/classteacher", teacher_person(T_RUS), t0))
    ref.append(rec(f"GET /v2/edu-groups/{G}/persons?includeArchive=false",
                   [person_obj(p, *PUPILS[p]) for p in IN[G]], t0))
    ctx = []
    for u, (pp, last, first, middle, kids) in PARENTS.items():
        ctx.append(rec(f"GET /v2/users/{u}/context", {
            "userId": u, "userId_str": str(u), "personId": pp, "personId_str": str(pp),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МБОУ «Гимназия № 8»", "type": "School",
                                                           "groupIds": []}], "eduGroups": [],
            "children": [{"personId": k, "firstName": PUPILS[k][1], "lastName": PUPILS[k][0], "middleName": PUPILS[k][2],
                          "shortName": f"{PUPILS[k][0]} {PUPILS[k][1][0]}.", "schoolIds": [S], "groupIds": [G]}
                         for k in kids], "splitId": None}, t0))
    steps.append({"name": "1 Sunday 2026-03-01 20:00: school (timeZone 3), work types with weights, POST edu-groups "
                          "with 6Б and four subgroups in two crossing splits (§3.8), quarters and holidays, users, "
                          "class teacher, roster, parents' contexts", "batches": [ref, ctx]})

    for wi, week in enumerate(WEEKS):
        mon, fri = week[0], week[-1]
        sunday = (dt.date.fromisoformat(mon) - dt.timedelta(days=1)).isoformat()
        tplan = f"{sunday}T20:30:00+03:00"
        plan = [rec(f"GET /v2/edu-groups/{g}/lessons/{mon}/{fri}",
                    [lesson_obj(x, False) for x in sorted(LES) if LES[x]["g"] == g and mon <= LES[x]["date"] <= fri],
                    tplan) for g in (G, E1, E2, I1, I2)]
        if wi == 1:
            plan.insert(0, rec("POST /v2/edu-groups", [{"group": group_obj(g), "students": [
                {"person": p, "membershipstatus": "Active"} for p in IN2[g]] + [
                {"person": p, "membershipstatus": "Archive"} for p in IN[g] if p not in IN2[g]]}
                for g in (G, E1, E2, I1, I2)], "2026-03-08T20:00:00+03:00", [G, E1, E2, I1, I2]))
            for p in (P2, P4):   # the week's plan: I2 informatics on Tuesday at slot 3
                plan.append(rec(f"GET /v2.0/persons/{p}/groups/{G}/schedules?startDate={mon}&endDate={fri}",
                                schedule(p, week, False, False), tplan))
        # the evening syncs
        evenings = []
        for date in week:
            te = evening(date)
            batch = [rec(f"GET /v2.0/persons/{p}/groups/{G}/schedules?startDate={date}&endDate={date}",
                         schedule(p, [date], True, False), te) for p in (P1, P2, P3, P4)]
            if date == "2026-03-06":
                t20 = "2026-03-06T20:00:00+03:00"
                for p in (P1, P3):   # by mark date (§3.1): the test of Thursday, marked Friday
                    batch.append(rec(f"GET /v2/persons/{p}/marks/2026-03-06",
                                     marks_of(lambda m, p=p: m["person"] == p and m["date"][:10] == "2026-03-06"), t20))
                for p in (P1, P2, P3, P4):   # the pupils' homework of the week (§3.7 persons/{p}/school/{s}/homeworks)
                    batch.append(rec(f"GET /v2/persons/{p}/school/{S}/homeworks?startDate={mon}&endDate={fri}",
                                     homework_bundle([h for h in sorted(HW) if mon <= LES[HW[h][0]]["date"] <= fri
                                                      and visible(p, HW[h][0])]), t20))
            if date == "2026-03-10":
                batch.append(rec(f"GET /v2/edu-groups/{I2}/lessons/{mon}/{fri}",
                                 [lesson_obj(x, True) for x in sorted(LES) if LES[x]["g"] == I2
                                  and mon <= LES[x]["date"] <= fri], "2026-03-10T19:05:00+03:00"))
            if date == "2026-03-11":
                batch.append(rec(f"GET /v2/lesson-log-entries/group/{E2}?subject={ENG}&from={mon}&to={fri}",
                                 [log_obj((x, p)) for x in sorted(LES) if LES[x]["g"] == E2 and mon <= LES[x]["date"] <= date
                                  for p in members(E2, date)], "2026-03-11T19:10:00+03:00"))
                batch.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-03-11&endDate=2026-03-20",
                                 homework_bundle([h for h in sorted(HW) if LES[HW[h][0]]["date"] == date]),
                                 "2026-03-11T19:10:00+03:00"))
            if date == "2026-03-12":
                t21 = "2026-03-12T21:00:00+03:00"   # published 20:41, after the evening's schedules
                batch.append(rec(f"GET /v2/users/me/school/homeworks?homeworkId={HW_ONLY_DETAIL}",
                                 homework_bundle([HW_ONLY_DETAIL]), t21))
                batch.append(rec(f"GET /v2/works/{HW_ONLY_DETAIL}", work_obj(HW_ONLY_DETAIL, HW[HW_ONLY_DETAIL][0], True),
                                 t21))
                batch.append(rec(f"GET /v2/tasks/{P2}/undone",
                                 [t for h in sorted(HW) if LES[HW[h][0]]["date"] >= "2026-03-11" and visible(P2, HW[h][0])
                                  for t in work_obj(h, HW[h][0], True)["tasks"] if t["person"] == P2], t21))
            evenings.append(batch)
        if wi == 0:   # Saturday morning: the sweep of the last days (by mark date and by lesson date)
            ts = "2026-03-07T10:00:00+03:00"
            sweep = []
            for p in (P1, P3):
                sweep.append(rec(f"GET /v2/persons/{p}/marks/2026-03-05",
                                 marks_of(lambda m, p=p: m["person"] == p and m["date"][:10] == "2026-03-05"), ts))
            for p in (P2, P4):
                sweep.append(rec(f"GET /v2/lessons/2026-03-05/persons/{p}/marks",
                                 marks_of(lambda m, p=p: m["person"] == p and LES[m["lesson"]]["date"] == "2026-03-05"), ts))
            evenings.append(sweep)
        steps.append({"name": f"{2 + wi} week {mon}..{fri}: the Sunday plan (entity lessons per group"
                              + (", the pupils' homework bundles" if wi == 0 else ", P2/P4 week schedules") +
                              "), then every weekday evening at 19:00 each pupil's schedules bundle for that day"
                              + ("; Friday 20:00 the test marks of Thursday by mark date; Saturday's sweep by mark "
                                 "date and by lesson date" if wi == 0 else "; Sunday's roster: P2 moved from English group 1 (Archive) to group 2; Tuesday the I2 lesson "
                                 "moved to slot 5; Thursday the homework detail endpoints; Friday Russian and maths swap slots"),
                      "batches": [plan] + evenings})
    return {"vendor": "dnevnik_ru",
            "description": "Dnevnik.ru journey 8: МБОУ «Гимназия № 8», Тверь (timeZone 3), 6Б with crossing English "
                           "and informatics splits, 2026-03-02..13, pushed every weekday evening; substitute teacher, "
                           "two teachers on one lesson, a lesson moved between slots, a test marked the next day, "
                           "mark5/mark10/mark100/test/markna/markdismiss marks, homework from every homework endpoint.",
            "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
