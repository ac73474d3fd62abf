"""Writes journey.json (stdlib only; deterministic). The payloads are invented, shaped per the reference
(/work/shared/reference/dnevnik_ru.md); run once, the JSON is the corpus."""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).parent
S = 1000002523023
G7, G8, S1, S2, G7N = 2260325488523070002, 2260325488523080002, 2260325488523080011, 2260325488523080012, 2260325488523070102
P1, P2, P3, P4, P5, P6, P7 = (1000012523001, 2260325488523100002, 1000012523003, 1000012523004, 2260325488523100005,
                              1000012523006, 1000012523007)
PAR1_U, PAR1_P, PAR3_U, PAR3_P = 1000011523101, 1000012523101, 1000011523103, 1000012523103
PEOPLE = {
    P1: ("Мария", "Соколова", "Андреевна", "Female", 1000011523001),
    P2: ("Артём", "Никитин", "Сергеевич", "Male", 2260325488523200002),
    P3: ("Даниил", "Фролов", "Игоревич", "Male", 1000011523003),
    P4: ("Ева", "Ковалёва", "Дмитриевна", "Female", 1000011523004),
    P5: ("Тимофей", "Белов", "Романович", "Male", None),
    P6: ("Софья", "Егорова", "Павловна", "Female", 1000011523006),
    P7: ("Алиса", "Романова", "Витальевна", "Female", None),
}
T = {  # teacher person id -> (first, last, middle, sex, user id)
    1000012523901: ("Галина", "Литвинова", "Петровна", "Female", 1000011523901),
    1000012523902: ("Наталья", "Шестакова", "Олеговна", "Female", 1000011523902),
    1000012523903: ("Олег", "Кузьмин", "Викторович", "Male", 1000011523903),
    1000012523904: ("Анна", "Рябова", "Сергеевна", "Female", 1000011523904),
    1000012523905: ("Павел", "Мельников", "Андреевич", "Male", 1000011523905),
    1000012523906: ("Екатерина", "Данилова", "Сергеевна", "Female", 1000011523906),
    1000012523907: ("Виктор", "Гусев", "Николаевич", "Male", 1000011523907),
    1000012523908: ("Светлана", "Орехова", "Юрьевна", "Female", 1000011523908),
}
LIT, SHE, KUZ, RYA, MEL, DAN, GUS, ORE = sorted(T)
SUBJ = {"Алгебра": 1000003523001, "Русский язык": 1000003523002, "История": 1000003523003,
        "Английский язык": 1000003523004, "Физика": 1000003523005, "Химия": 1000003523006}
AREA = {"Алгебра": "Математика и информатика", "Русский язык": "Русский язык и литература",
        "История": "Общественно-научные предметы", "Английский язык": "Иностранные языки",
        "Физика": "Естественно-научные предметы", "Химия": "Естественно-научные предметы"}
BELL = {1: "08:30", 2: "09:25", 3: "10:30", 4: "11:35"}
TZ = "+03:00"


def st(v):
    return str(v)


def group(gid, name, parallel, year, status, parents=(), typ="Group", full=""):
    return {"id": gid, "id_str": st(gid), "parentIds": list(parents), "parentIds_str": [st(p) for p in parents],
            "type": typ, "name": name, "fullName": full, "parallel": parallel,
            "timetable": 1000006523001, "timetable_str": "1000006523001", "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


GROUPS = {
    G7: ("7Б", 7, 2025), G8: ("8Б", 8, 2026), G7N: ("7Б", 7, 2026),
}


def g7(status):
    return group(G7, "7Б", 7, 2025, status)


def g8():
    return group(G8, "8Б", 8, 2026, "Active")


def s1():
    return group(S1, "8Б англ. 1 гр.", 8, 2026, "Active", [G8], "Subgroup", "Рябова А. С.")


def s2():
    return group(S2, "8Б англ. 2 гр.", 8, 2026, "Active", [G8], "Subgroup", "Мельников П. А.")


def g7n():
    return group(G7N, "7Б", 7, 2026, "Active")


def person(pid):
    f, l, m, sex, uid = PEOPLE.get(pid) or T[pid]
    return {"id": pid, "id_str": st(pid), "userId": uid, "userId_str": None if uid is None else st(uid),
            "firstName": f, "lastName": l, "middleName": m, "shortName": f"{l} {f[0]}.", "sex": sex}


def user(pid):
    f, l, m, sex, uid = T[pid]
    return {"id": uid, "id_str": st(uid), "personId": pid, "personId_str": st(pid), "firstName": f,
            "middleName": m, "lastName": l, "fullName": f"{l} {f} {m}", "shortName": f"{l} {f[0]}. {m[0]}.",
            "locale": "ru-RU", "timezone": "+3:00", "sex": sex, "birthday": "1979-04-02T00:00:00",
            "roles": ["EduStaff"]}


def roster(entries):
    return [{"group": g, "group_str": st(g), "students": [{"person": p, "person_str": st(p),
                                                           "membershipstatus": ms} for p, ms in members]}
            for g, members in entries]


def rec(request, body, pulled, **extra):
    return {"request": request, "body": body, **extra, "pulled_at": pulled}


# --- lessons ------------------------------------------------------------------------------------------------
# (group, date, number, subject, topic, teacher)
L = []
MAY = {
    "2026-05-18": [("Алгебра", "Повторение: формулы сокращённого умножения"), ("Русский язык", "Повторение: причастный и деепричастный обороты"), ("История", "Россия в XVII веке: обобщение")],
    "2026-05-19": [("Физика", "Повторение: давление твёрдых тел, жидкостей и газов"), ("Английский язык", "Revision: Past Simple vs Present Perfect"), ("Алгебра", "Итоговая контрольная работа")],
    "2026-05-20": [("Русский язык", "Итоговый диктант"), ("Алгебра", "Анализ итоговой контрольной работы"), ("История", "Культура России XVII века")],
    "2026-05-21": [("Английский язык", "Project: My Summer Plans"), ("Физика", "Итоговая контрольная работа"), ("Русский язык", "Работа над ошибками диктанта")],
    "2026-05-22": [("Алгебра", "Системы линейных уравнений: решение задач"), ("История", "Итоговое повторение"), ("Английский язык", "Revision: vocabulary units 7–8")],
    "2026-05-25": [("Алгебра", "Повторение: линейная функция и её график"), ("Русский язык", "Повторение: правописание наречий"), ("История", "Итоговый урок: Россия в XVI–XVII веках")],
    "2026-05-26": [("Физика", "Подведение итогов года"), ("Английский язык", "Summer reading: instructions"), ("Алгебра", "Подведение итогов года")],
}
TEACH7 = {"Алгебра": LIT, "Русский язык": SHE, "История": KUZ, "Английский язык": RYA, "Физика": GUS}
for d, items in MAY.items():
    for n, (subj, topic) in enumerate(items, 1):
        L.append((G7, d, n, subj, topic, TEACH7[subj]))
SEPT8 = {
    "2026-09-01": [(1, G8, "Алгебра", "Повторение курса 7 класса: линейные уравнения", LIT),
                   (2, G8, "Русский язык", "Русский язык в современном мире", SHE),
                   (3, G8, "Химия", "Предмет химии. Вещества и их свойства", DAN)],
    "2026-09-02": [(1, G8, "Физика", "Тепловое движение. Температура", GUS),
                   (2, G8, "История", "Россия в начале XVIII века: предпосылки реформ", KUZ),
                   (3, S1, "Английский язык", "Starter unit: Back to school", RYA),
                   (3, S2, "Английский язык", "Unit 1: Free time activities", MEL),
                   (4, G8, "Алгебра", "Рациональные выражения", LIT)],
    "2026-09-03": [(1, G8, "Химия", "Методы познания в химии", DAN),
                   (2, G8, "Русский язык", "Повторение: словосочетание", SHE),
                   (3, G8, "Алгебра", "Сокращение дробей", LIT)],
    "2026-09-04": [(1, S1, "Английский язык", "Starter unit: Talking about the summer", RYA),
                   (1, S2, "Английский язык", "Unit 1: Present Simple vs Present Continuous", MEL),
                   (2, G8, "Физика", "Внутренняя энергия", GUS),
                   (3, G8, "История", "Пётр I: начало правления", KUZ)],
}
SEPT8B = {
    "2026-09-07": [(1, G8, "Алгебра", "Сложение и вычитание дробей с одинаковыми знаменателями", LIT),
                   (2, G8, "Химия", "Чистые вещества и смеси", DAN),
                   (3, G8, "Русский язык", "Виды связи в словосочетании", SHE)],
    "2026-09-08": [(1, G8, "Физика", "Способы изменения внутренней энергии", GUS),
                   (2, S1, "Английский язык", "Starter unit: School subjects", RYA),
                   (2, S2, "Английский язык", "Unit 1: Hobbies vocabulary", MEL),
                   (3, G8, "Алгебра", "Сложение и вычитание дробей с разными знаменателями", LIT)],
}
SEPT7 = {
    "2026-09-01": [(1, "Русский язык", "Повторение: морфология и орфография", SHE),
                   (2, "Алгебра", "Повторение: действия с рациональными числами", ORE),
                   (3, "Физика", "Что изучает физика", GUS)],
    "2026-09-02": [(1, "История", "Новое время: понятие и хронологические рамки", KUZ),
                   (2, "Английский язык", "Starter unit: My class", RYA),
                   (3, "Алгебра", "Числовые выражения", ORE)],
    "2026-09-03": [(4, "Физика", "Физические величины и их измерение", GUS),
                   (2, "Русский язык", "Причастие как часть речи", SHE)],
}
for d, items in {**SEPT8, **SEPT8B}.items():
    for n, g, subj, topic, t in items:
        L.append((g, d, n, subj, topic, t))
for d, items in SEPT7.items():
    for n, subj, topic, t in items:
        L.append((G7N, d, n, subj, topic, t))

LID, WID = {}, {}
for i, (g, d, n, subj, topic, t) in enumerate(L):
    LID[(g, d, n)] = 2260325488523300000 + i
    WID[(g, d, n)] = 2260325488523400000 + i
TEST_WORK = {(G7, "2026-05-19", 3): 2260325488523410001, (G7, "2026-05-21", 2): 2260325488523410002,
             (G7, "2026-05-20", 1): 2260325488523410003}
HW = [  # (group, lesson date, number, text, due, hw work id)
    (G7, "2026-05-18", 2, "Упр. 512, 514 (выписать причастные обороты)", "2026-05-20", 2260325488523490001),
    (G7, "2026-05-19", 3, "№ 1045, 1047; повторить формулы сокращённого умножения", "2026-05-22", 2260325488523490002),
    (G7, "2026-05-20", 3, "§ 27, вопросы 1–5 на с. 214", "2026-05-22", 2260325488523490003),
    (G7, "2026-05-26", 2, "Summer reading: «The Canterville Ghost», chapters 1–3", "2026-09-02", 2260325488523490004),
    (G8, "2026-09-01", 1, "№ 3, 5, 7 (повторение)", "2026-09-03", 2260325488523490101),
    (G8, "2026-09-01", 3, "§ 1, вопросы 1–4; сообщение о любом веществе", "2026-09-07", 2260325488523490102),
    (S1, "2026-09-02", 3, "SB p. 6 ex. 2, 3", "2026-09-04", 2260325488523490103),
    (S2, "2026-09-02", 3, "WB p. 4 ex. 1–3; learn the words p. 5", "2026-09-04", 2260325488523490104),
    (G7N, "2026-09-01", 2, "№ 12, 15, 18 (повторение)", "2026-09-02", 2260325488523490201),
]
PERIOD_OF = {2025: (4, "Quarter"), 2026: (1, "Trimester")}
YEAR_OF = {G7: 2025, G8: 2026, S1: 2026, S2: 2026, G7N: 2026}


def period_of(g, d):
    if YEAR_OF[g] == 2025:
        return 4, "Quarter"
    return 1, ("Trimester" if g != G7N else "Quarter")


def work(g, d, n, subj, wid, typ="DefaultNewLessonWork", wt=2301, text="", target=None, sent=None, tasks=()):
    num, ptype = period_of(g, d)
    lid = LID[(g, d, n)]
    return {"id": wid, "id_str": st(wid), "type": typ, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lid, "lesson_str": st(lid), "displayInJournal": typ != "Homework", "status": "Sent",
            "eduGroup": g, "eduGroup_str": st(g), "tasks": list(tasks), "text": text, "periodNumber": num,
            "periodType": ptype, "subjectId": SUBJ[subj], "isImportant": typ == "LessonTestWork",
            "targetDate": (target or d) + "T00:00:00", "sentDate": sent,
            "createdBy": [x for x in L if x[:3] == (g, d, n)][0][5], "files": [], "oneDriveLinks": []}


def lesson(entry):
    g, d, n, subj, topic, t = entry
    works = [work(g, d, n, subj, WID[(g, d, n)])]
    if (g, d, n) in TEST_WORK:
        works.append(work(g, d, n, subj, TEST_WORK[(g, d, n)], "LessonTestWork", 2304, topic))
    for hg, hd, hn, text, due, hid in HW:
        if (hg, hd, hn) == (g, d, n):
            works.append(work(g, d, n, subj, hid, "Homework", 2307, text, due, d + "T14:05:12.37"))
    lid = LID[(g, d, n)]
    return {"id": lid, "id_str": st(lid), "title": topic, "date": f"{d}T{BELL[n]}:00", "number": n,
            "subject": {"id": SUBJ[subj], "id_str": st(SUBJ[subj]), "name": subj, "knowledgeArea": AREA[subj],
                        "fgosSubjectId": None},
            "group": g, "status": "Conducted", "resultPlaceId": 0, "works": works,
            "teachers": [t], "teachers_str": [st(t)]}


def lessons_of(groups, d1, d2):
    return [lesson(e) for e in L if e[0] in groups and d1 <= e[1] <= d2]


# --- marks ----------------------------------------------------------------------------------------------------
# (group, date, number, person, value, test?, minute)
M = [
    (G7, "2026-05-18", 1, P1, "5", False), (G7, "2026-05-18", 3, P4, "4", False),
    (G7, "2026-05-19", 2, P6, "4+", False), (G7, "2026-05-19", 3, P1, "4", True), (G7, "2026-05-19", 3, P2, "5-", True),
    (G7, "2026-05-19", 3, P3, "2", True), (G7, "2026-05-19", 3, P4, "3+", True), (G7, "2026-05-19", 3, P6, "4-", True),
    (G7, "2026-05-20", 1, P1, "5", True), (G7, "2026-05-20", 1, P3, "3-", True), (G7, "2026-05-20", 3, P2, "4", False),
    (G7, "2026-05-21", 2, P2, "4", True), (G7, "2026-05-21", 2, P4, "5", True), (G7, "2026-05-22", 1, P3, "3", False),
    (G7, "2026-05-25", 1, P6, "5", False), (G7, "2026-05-25", 2, P4, "4", False), (G7, "2026-05-26", 3, P3, "3", False),
    (G8, "2026-09-01", 1, P1, "5", False), (G8, "2026-09-03", 1, P2, "4", False), (G8, "2026-09-03", 3, P5, "4-", False),
    (S1, "2026-09-02", 3, P6, "5", False), (S2, "2026-09-04", 1, P5, "3", False), (S1, "2026-09-04", 1, P1, "4", False),
    (G8, "2026-09-07", 2, P1, "4+", False), (G8, "2026-09-08", 3, P5, "5", False),
    (G7N, "2026-09-01", 2, P3, "3", False), (G7N, "2026-09-02", 3, P3, "4", False),
]
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}


def mark(i, g, d, n, p, v, test):
    mid = 2260325488523500000 + i
    wid = TEST_WORK[(g, d, n)] if test else WID[(g, d, n)]
    lid = LID[(g, d, n)]
    start = dt.datetime.fromisoformat(f"{d}T{BELL[n]}:00") + dt.timedelta(minutes=20 + i % 15, seconds=(7 * i) % 60)
    stamp = f"{start.isoformat()}.{(37 * i) % 1000 or 5}"
    return {"id": mid, "id_str": st(mid), "type": "mark5", "value": v, "textValue": v, "person": p,
            "person_str": st(p), "work": wid, "work_str": st(wid), "lesson": lid, "lesson_str": st(lid),
            "number": 0, "date": stamp, "workType": 2304 if test else 2301, "mood": MOOD[v[0]],
            "use_avg_calc": True}


MARKS = [(m, mark(i, *m)) for i, m in enumerate(M)]


def marks_of(groups, d1, d2):
    return [body for m, body in MARKS if m[0] in groups and d1 <= m[1] <= d2]


# --- attendance -----------------------------------------------------------------------------------------------
MEMBERS = {G7: [P1, P2, P3, P4, P6], G8: [P1, P2, P5, P6], S1: [P1, P6], S2: [P2, P5], G7N: [P3, P7]}
ODD = {(G7, "2026-05-20", n, P2): ("Ill", "справка") for n in (1, 2, 3)}
ODD.update({(G7, "2026-05-21", 1, P4): ("Absent", ""), (G7, "2026-05-22", 1, P6): ("Late", "опоздала на 10 минут"),
            (G7, "2026-05-26", 2, P3): ("Pass", "заявление родителей"), (G7, "2026-05-25", 1, P1): ("Late", ""),
            (G8, "2026-09-01", 1, P5): ("Late", ""), (G8, "2026-09-03", 2, P2): ("Absent", ""),
            (S2, "2026-09-02", 3, P5): ("Ill", ""), (G7N, "2026-09-02", 1, P3): ("Absent", "")})


def logs_of(groups, d1, d2, with_sub=()):
    out = []
    for g, d, n, subj, topic, t in L:
        if g in groups and d1 <= d <= d2:
            lid = LID[(g, d, n)]
            for p in MEMBERS[g]:
                if p == P7:
                    continue
                status, comment = ODD.get((g, d, n, p), ("Attend", ""))
                out.append({"person": p, "person_str": st(p), "lesson": lid, "lesson_str": st(lid),
                            "comment": comment, "status": status,
                            "createdDate": f"{d}T{BELL[n]}:{(n * 13) % 60:02d}.4"})
    return out


# --- periods ---------------------------------------------------------------------------------------------------
def rp(pid, start, finish, number, typ, name, year):
    return {"id": pid, "id_str": st(pid), "start": start + "T00:00:00", "finish": finish + "T00:00:00",
            "number": number, "type": typ, "name": name, "year": year}


RP25 = [rp(1000007523001, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть", 2025),
        rp(1000007523002, "2025-11-05", "2025-12-28", 2, "Quarter", "2 четверть", 2025),
        rp(1000007523003, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть", 2025),
        rp(1000007523004, "2026-03-30", "2026-05-26", 4, "Quarter", "4 четверть", 2025),
        rp(1000007523005, "2025-09-01", "2026-05-26", 1, "Year", "Год", 2025)]
HOL25 = [{"id": 1000007523901 + i, "reportingPeriodGroupId": 1000007523000, "dateStart": a + "T00:00:00",
          "dateFinish": b + "T00:00:00", "name": name, "description": ""}
         for i, (a, b, name) in enumerate([("2025-10-25", "2025-11-04", "Осенние каникулы"),
                                           ("2025-12-29", "2026-01-11", "Зимние каникулы"),
                                           ("2026-03-21", "2026-03-29", "Весенние каникулы"),
                                           ("2026-05-27", "2026-08-31", "Летние каникулы")])]
RP26 = [rp(1000007523101, "2026-09-01", "2026-11-27", 1, "Trimester", "1 триместр", 2026),
        rp(1000007523102, "2026-11-30", "2027-02-26", 2, "Trimester", "2 триместр", 2026),
        rp(1000007523103, "2027-03-01", "2027-05-25", 3, "Trimester", "3 триместр", 2026),
        rp(1000007523104, "2026-09-01", "2027-05-25", 1, "Year", "Год", 2026)]
HOL26 = [{"id": 1000007523911 + i, "reportingPeriodGroupId": 1000007523100, "dateStart": a + "T00:00:00",
          "dateFinish": b + "T00:00:00", "name": name, "description": ""}
         for i, (a, b, name) in enumerate([("2026-10-03", "2026-10-11", "Осенние каникулы (1-я неделя)"),
                                           ("2026-11-28", "2026-12-06", "Осенние каникулы (2-я неделя)")])]
RP7N = [rp(1000007523201, "2026-09-01", "2026-10-23", 1, "Quarter", "1 четверть", 2026),
        rp(1000007523202, "2026-11-02", "2026-12-27", 2, "Quarter", "2 четверть", 2026),
        rp(1000007523203, "2027-01-11", "2027-03-19", 3, "Quarter", "3 четверть", 2026),
        rp(1000007523204, "2027-03-29", "2027-05-25", 4, "Quarter", "4 четверть", 2026),
        rp(1000007523205, "2026-09-01", "2027-05-25", 1, "Year", "Год", 2026)]

# --- final marks of 2025/26 -----------------------------------------------------------------------------------
FSUBJ = ["Алгебра", "Русский язык", "История", "Английский язык", "Физика"]
Q4 = {P1: "5 4 5 5 5", P2: "4 4 4 5 4", P3: "2 3 3 3 3", P4: "4 4 5 4 4", P6: "4 5 4 5 4"}
YR = {P1: "5 5 5 5 5", P2: "4 4 4 5 4", P3: "2 3 3 3 3", P4: "4 4 4 4 4", P6: "4 5 4 5 4"}
FWORK = {(subj, per): 2260325488523700000 + 10 * k + j for k, subj in enumerate(FSUBJ) for j, per in
         enumerate((1000007523004, 1000007523005))}


def fmark(p, subj, per, value, when):
    j = (1000007523004, 1000007523005).index(per)
    mid = 2260325488523600000 + 100 * [P1, P2, P3, P4, P6].index(p) + 10 * FSUBJ.index(subj) + j
    wid = FWORK[(subj, per)]
    return {"id": mid, "id_str": st(mid), "type": "mark5", "value": value, "textValue": value, "person": p,
            "person_str": st(p), "work": wid, "work_str": st(wid), "lesson": None, "lesson_str": None,
            "number": 0, "date": when, "workType": 2390 if j == 0 else 2391, "mood": MOOD[value],
            "use_avg_calc": False}


def final_entries(pers):
    out = []
    for per, table, when in pers:
        for p in [P1, P2, P3, P4, P6]:
            vals = table[p].split()
            out.append({"person": p, "person_str": st(p), "group": G7, "group_str": st(G7), "reportingPeriod": per,
                        "reportingPeriod_str": st(per), "per-subject-final-marks": [
                            {"subject": SUBJ[s_], "subject_str": st(SUBJ[s_]),
                             "final-mark": fmark(p, s_, per, vals[k], when)} for k, s_ in enumerate(FSUBJ)]})
    return out


Q4_AT, YR_AT = "2026-05-26T16:10:42.3", "2026-05-28T12:31:05.87"


def allfinal(p):
    marks, works = [], []
    for per, table, when, (num, typ) in ((1000007523004, Q4, Q4_AT, (4, "Quarter")),
                                         (1000007523005, YR, YR_AT, (1, "Year"))):
        for k, s_ in enumerate(FSUBJ):
            marks.append(fmark(p, s_, per, table[p].split()[k], when))
            wid = FWORK[(s_, per)]
            works.append({"id": wid, "id_str": st(wid), "type": "PeriodMark", "workType": 2390 if num == 4 else 2391,
                          "markType": "mark5", "markCount": 1, "lesson": None, "lesson_str": None,
                          "displayInJournal": True, "status": "Sent", "eduGroup": G7, "eduGroup_str": st(G7),
                          "tasks": [], "text": "", "periodNumber": num, "periodType": typ, "subjectId": SUBJ[s_],
                          "isImportant": False, "targetDate": "2026-05-26T00:00:00", "sentDate": None,
                          "createdBy": TEACH7[s_], "files": [], "oneDriveLinks": []})
    return {"marks": marks, "works": works,
            "subjects": [{"id": SUBJ[s_], "name": s_, "knowledgeAreaId": 0} for s_ in FSUBJ],
            "workTypes": [{"id": 2390, "schoolId": S, "abbreviation": "ЧО", "name": "Четвертная оценка",
                           "isFinal": True, "isImportant": False, "kindId": 20, "kind": "PeriodMark"},
                          {"id": 2391, "schoolId": S, "abbreviation": "ГО", "name": "Годовая оценка",
                           "isFinal": True, "isImportant": False, "kindId": 20, "kind": "PeriodMark"}]}


AVG = {P1: ("4.71", "4.40"), P2: ("4.33", "4.25"), P3: ("2.64", "3.10"), P4: ("3.92", "4.05"), P6: ("4.18", "4.62")}


# --- homeworks bundle -----------------------------------------------------------------------------------------
def homeworks(groups, d1, d2):
    ws, ls, subs = [], [], {}
    for hg, hd, hn, text, due, hid in HW:
        if hg in groups and d1 <= hd <= d2:
            e = [x for x in L if x[:3] == (hg, hd, hn)][0]
            lw = lesson(e)
            ws.append([w for w in lw["works"] if w["id"] == hid][0])
            subs[e[3]] = SUBJ[e[3]]
            n = hn
            end = {1: "09:15", 2: "10:10", 3: "11:15", 4: "12:20"}[n]
            ls.append({"id": lw["id"], "title": lw["title"], "date": lw["date"], "number": n,
                       "subjectId": SUBJ[e[3]], "status": "Conducted", "resultPlaceId": 0, "building": "",
                       "place": "", "floor": "", "hours": f"{BELL[n]} - {end}",
                       "works": [w["id"] for w in lw["works"]], "teachers": [e[5]]})
    return {"works": ws, "subjects": [{"id": v, "name": k, "knowledgeAreaId": 0} for k, v in subs.items()],
            "lessons": ls, "files": [], "teachers": []}


def context(uid, pid, short, child, groups):
    f, l, m, sex, _ = PEOPLE[child]
    gs = {G7: g7("Active"), G8: g8(), S1: s1(), S2: s2(), G7N: g7n()}
    return {"userId": uid, "userId_str": st(uid), "personId": pid, "personId_str": st(pid), "shortName": short,
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": groups,
            "schools": [{"id": S, "name": "МБОУ «Лицей № 23»", "type": "School", "groupIds": groups}],
            "eduGroups": [gs[g] for g in groups],
            "children": [{"personId": child, "firstName": f, "lastName": l, "middleName": m,
                          "shortName": f"{l} {f[0]}.", "schoolIds": [S], "groupIds": groups}], "splitId": None}


WT = [{"id": 2301, "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
      {"id": 2304, "schoolId": S, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа", "abbr": "КР", "weight": 3},
      {"id": 2307, "schoolId": S, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
      {"id": 2390, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Четвертная оценка", "abbr": "ЧО", "weight": 0},
      {"id": 2391, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Годовая оценка", "abbr": "ГО", "weight": 0},
      {"id": 2392, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Триместровая оценка", "abbr": "ТО", "weight": 0}]

A1 = "2026-05-18T07:00:00" + TZ
A2 = "2026-05-22T19:00:00" + TZ
A3 = "2026-05-26T19:00:00" + TZ
A4 = "2026-08-28T18:00:00" + TZ
A5 = "2026-09-04T19:00:00" + TZ
A6L = "2026-05-29T09:30:00" + TZ
A7 = "2026-09-08T19:00:00" + TZ
school = {"id": S, "id_str": st(S), "name": "МБОУ «Лицей № 23»", "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 23» г. Тулы",
          "city": "Тула", "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
          "educationType": "Regular"}
steps = [
    {"name": "1 Monday 2026-05-18: the last fortnight of 2025/26; 7Б (studyyear 2025), roster, teachers, quarters, parents",
     "batches": [[
         rec(f"GET /v2/schools/{S}", school, A1),
         rec(f"GET /v2/work-types/{S}", WT, A1),
         rec(f"GET /v2/edu-groups/{G7}", g7("Active"), A1),
         rec("POST /v2/edu-groups", roster([(G7, [(p, "Active") for p in MEMBERS[G7]])]), A1, request_body=[G7]),
         rec(f"GET /v2/edu-groups/{G7}/persons?includeArchive=false", [person(p) for p in MEMBERS[G7]], A1),
         rec("POST /v2/users/many", [user(t) for t in (LIT, SHE, KUZ, RYA, GUS)], A1,
             request_body=[T[t][4] for t in (LIT, SHE, KUZ, RYA, GUS)]),
         rec(f"GET /v2/edu-groups/{G7}/classteacher", person(LIT), A1),
         rec(f"GET /v2/edu-groups/{G7}/reporting-periods", RP25, A1),
         rec(f"GET /v2/edu-groups/{G7}/reporting-period-group", {"id": 1000007523000, "reportingPeriods": RP25, "holidays": HOL25}, A1),
         rec(f"GET /v2/users/{PAR1_U}/context", context(PAR1_U, PAR1_P, "Соколова О.", P1, [G7]), A1),
         rec(f"GET /v2/users/{PAR3_U}/context", context(PAR3_U, PAR3_P, "Фролов И.", P3, [G7]), A1),
     ]]},
    {"name": "2 Friday 2026-05-22: the week's lessons, marks, attendance and homework of 7Б",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G7}/lessons/2026-05-18/2026-05-22", lessons_of([G7], "2026-05-18", "2026-05-22"), A2),
         rec(f"GET /v2/edu-groups/{G7}/marks/2026-05-18/2026-05-22", marks_of([G7], "2026-05-18", "2026-05-22"), A2),
         rec(f"GET /v2/lesson-log-entries/group/{G7}?from=2026-05-18&to=2026-05-22", logs_of([G7], "2026-05-18", "2026-05-22"), A2),
         rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-05-18&endDate=2026-05-22", homeworks([G7], "2026-05-18", "2026-05-22"), A2),
     ]]},
    {"name": "3 Tuesday 2026-05-26: the last school day; lessons, marks, 4th-quarter marks, the roster still Active",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G7}/lessons/2026-05-25/2026-05-26", lessons_of([G7], "2026-05-25", "2026-05-26"), A3),
         rec(f"GET /v2/edu-groups/{G7}/marks/2026-05-25/2026-05-26", marks_of([G7], "2026-05-25", "2026-05-26"), A3),
         rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-05-25&endDate=2026-05-26", homeworks([G7], "2026-05-25", "2026-05-26"), A3),
         rec(f"GET /v2/edu-groups/{G7}/final-marks", final_entries([(1000007523004, Q4, Q4_AT)]), A3),
         rec("POST /v2/edu-groups", roster([(G7, [(p, "Active") for p in MEMBERS[G7]])]), A3, request_body=[G7]),
     ]]},
    {"name": "4 Friday 2026-08-28: the year turns over: 7Б 2025 archived, 8Б 2026 (new id) with English subgroups, 7Б 2026 for the pupil kept down, trimesters",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G7}", g7("Archive"), A4),
         rec(f"GET /v2/schools/{S}/edu-groups", [g8(), s1(), s2(), g7n()], A4),
         rec("POST /v2/edu-groups", roster([(G8, [(p, "Active") for p in MEMBERS[G8]]),
                                            (S1, [(p, "Active") for p in MEMBERS[S1]]),
                                            (S2, [(p, "Active") for p in MEMBERS[S2]]),
                                            (G7N, [(p, "Active") for p in MEMBERS[G7N]])]), A4,
             request_body=[G8, S1, S2, G7N]),
         rec(f"GET /v2/edu-groups/{G8}/persons?includeArchive=false", [person(p) for p in MEMBERS[G8]], A4),
         rec(f"GET /v2/edu-groups/{G7N}/persons?includeArchive=false", [person(p) for p in MEMBERS[G7N]], A4),
         rec(f"GET /v2/persons/{P4}/edu-groups/all", [g7("Archive")], A4),
         rec("POST /v2/users/many", [user(t) for t in (MEL, DAN, ORE)], A4, request_body=[T[t][4] for t in (MEL, DAN, ORE)]),
         rec(f"GET /v2/edu-groups/{G8}/classteacher", person(LIT), A4),
         rec(f"GET /v2/edu-groups/{G7N}/classteacher", person(ORE), A4),
         rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", {"id": 1000007523100, "reportingPeriods": RP26, "holidays": HOL26}, A4),
         rec(f"GET /v2/edu-groups/{G7N}/reporting-periods", RP7N, A4),
         rec(f"GET /v2/users/{PAR1_U}/context", context(PAR1_U, PAR1_P, "Соколова О.", P1, [G8, S1]), A4),
         rec(f"GET /v2/users/{PAR3_U}/context", context(PAR3_U, PAR3_P, "Фролов И.", P3, [G7N]), A4),
     ]]},
    {"name": "5 Friday 2026-09-04: the first week of 2026/27: 8Б, its subgroups, 7Б 2026",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G8}/lessons/2026-09-01/2026-09-04", lessons_of([G8], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/edu-groups/{S1}/lessons/2026-09-01/2026-09-04", lessons_of([S1], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/edu-groups/{S2}/lessons/2026-09-01/2026-09-04", lessons_of([S2], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/edu-groups/{G7N}/lessons/2026-09-01/2026-09-04", lessons_of([G7N], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/edu-groups/{G8}/marks/2026-09-01/2026-09-04", marks_of([G8, S1, S2], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/edu-groups/{G7N}/marks/2026-09-01/2026-09-04", marks_of([G7N], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/lesson-log-entries/group/{G8}?from=2026-09-01&to=2026-09-04", logs_of([G8, S1, S2], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/lesson-log-entries/group/{G7N}?from=2026-09-01&to=2026-09-04", logs_of([G7N], "2026-09-01", "2026-09-04"), A5),
         rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-09-01&endDate=2026-09-04", homeworks([G8, S1, S2, G7N], "2026-09-01", "2026-09-04"), A5),
     ]]},
    {"name": "6 Tuesday 2026-09-08: a backfill of 2025/26 pulled on 26-29 May, delivered in September (year marks, averages, the last days' attendance)",
     "batches": [[
         rec(f"GET /v2/lesson-log-entries/group/{G7}?from=2026-05-25&to=2026-05-26", logs_of([G7], "2026-05-25", "2026-05-26"), "2026-05-26T20:00:00" + TZ),
         rec(f"GET /v2/persons/{P2}/edu-groups/{G7}/allfinalmarks", allfinal(P2), A6L),
         rec(f"GET /v2/edu-groups/{G7}/final-marks", final_entries([(1000007523004, Q4, Q4_AT), (1000007523005, YR, YR_AT)]), A6L),
         rec(f"GET /v2/edu-groups/{G7}/avg-marks/2026-03-30/2026-05-26",
             [{"person": p, "person_str": st(p), "per-subject-averages": [
                 {"subject": SUBJ["Алгебра"], "subject_str": st(SUBJ["Алгебра"]), "avg-mark-value": AVG[p][0]},
                 {"subject": SUBJ["Русский язык"], "subject_str": st(SUBJ["Русский язык"]), "avg-mark-value": AVG[p][1]}]}
              for p in MEMBERS[G7]], A6L),
     ]]},
    {"name": "7 Tuesday 2026-09-08: the second week of 8Б so far",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G8}/lessons/2026-09-07/2026-09-08", lessons_of([G8], "2026-09-07", "2026-09-08"), A7),
         rec(f"GET /v2/edu-groups/{S1}/lessons/2026-09-07/2026-09-08", lessons_of([S1], "2026-09-07", "2026-09-08"), A7),
         rec(f"GET /v2/edu-groups/{S2}/lessons/2026-09-07/2026-09-08", lessons_of([S2], "2026-09-07", "2026-09-08"), A7),
         rec(f"GET /v2/edu-groups/{G8}/marks/2026-09-07/2026-09-08", marks_of([G8, S1, S2], "2026-09-07", "2026-09-08"), A7),
     ]]},
]
journey = {"vendor": "dnevnik_ru",
           "description": "Лицей № 23, Тула: the school year turns over. 7Б (studyyear 2025) ends its year in late May "
                          "(last lessons, 4th-quarter and year marks); on 28 August 7Б is archived and its pupils move "
                          "to 8Б (a new group id, studyyear 2026, trimesters, English subgroups); one pupil is kept down "
                          "in the new 7Б 2026, one left the school, one is new. The year marks, averages and last days' "
                          "attendance of 2025/26 arrive only in September.",
           "steps": steps}
(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s_ in steps for b in s_["batches"]), "records")
