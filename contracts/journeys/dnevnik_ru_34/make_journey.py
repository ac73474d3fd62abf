"""Writes journey.json (stdlib only; deterministic). The payloads are invented, shaped per the reference
(/work/shared/reference/dnevnik_ru.md); run once, the JSON is the corpus.

History carried over: МАОУ «Гимназия № 34», Калуга, joins the hub in October 2026. Its integrator first pushes the
first weeks of 2026/27 (6Б and the new 5Б), then backfills the whole of 2025/26 for last year's 5Б (studyyear
2025, now `Archive`): the group, its roster, its quarters, one week of lessons per quarter, the marks per quarter,
attendance, the period and year marks. Every backfill answer is pulled in October 2026 for last year's dates.
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).parent
TZ = "+03:00"
S = 1000002534034
G5O = 1000004534052               # 5Б of 2025/26 (studyyear 2025): an old 13-digit id, archived in summer 2026
G6 = 2260325488534060002          # 6Б of 2026/27 (studyyear 2026): the promoted pupils
G5N = 2260325488534050102         # 5Б of 2026/27 (studyyear 2026): a new group of the same name
G6_CORRUPT = 2260325488534060000  # what a double-based relay makes of G6 (reference §1)

P1, P2, P3, P4, P5, P6 = (1000012534001, 2260325488534100002, 1000012534003, 1000012534004, 1000012534005,
                          2260325488534100006)
PEOPLE = {  # person -> (first, last, middle, sex, user id)
    P1: ("Матвей", "Ковалёв", "Андреевич", "Male", 1000011534001),
    P2: ("Вероника", "Соловьёва", "Игоревна", "Female", 2260325488534200002),
    P3: ("Глеб", "Зайцев", "Романович", "Male", 1000011534003),
    P4: ("Полина", "Лебедева", "Сергеевна", "Female", 1000011534004),
    P5: ("Алина", "Мельникова", "Денисовна", "Female", 1000011534005),
    P6: ("Тимур", "Кириллов", "Артёмович", "Male", None),
}
PAR1_U, PAR1_P, PAR3_U, PAR3_P = 1000011534101, 1000012534101, 1000011534103, 1000012534103
T = {  # teacher person id -> (first, last, middle, sex, user id)
    1000012534901: ("Ирина", "Тарасова", "Викторовна", "Female", 1000011534901),
    1000012534902: ("Светлана", "Корнилова", "Николаевна", "Female", 1000011534902),
    1000012534903: ("Павел", "Гришин", "Олегович", "Male", 1000011534903),
    1000012534904: ("Дарья", "Воронцова", "Алексеевна", "Female", 1000011534904),
    1000012534905: ("Марина", "Белоусова", "Юрьевна", "Female", 1000011534905),
    1000012534906: ("Наталья", "Ершова", "Петровна", "Female", 1000011534906),
}
TAR, KOR, GRI, VOR, BEL, ERS = sorted(T)
SUBJ = {"Математика": 1000003534001, "Русский язык": 1000003534002, "Литература": 1000003534003,
        "История": 1000003534004, "Английский язык": 1000003534005}
AREA = {"Математика": "Математика и информатика", "Русский язык": "Русский язык и литература",
        "Литература": "Русский язык и литература", "История": "Общественно-научные предметы",
        "Английский язык": "Иностранные языки"}
FSUBJ = list(SUBJ)
BELL = {1: "08:30", 2: "09:25", 3: "10:30"}
TEACH = {
    G5O: {"Математика": TAR, "Русский язык": KOR, "Литература": KOR, "История": GRI, "Английский язык": BEL},
    G6: {"Математика": TAR, "Русский язык": KOR, "Литература": KOR, "История": VOR, "Английский язык": BEL},
    G5N: {"Математика": ERS, "Русский язык": KOR, "Литература": KOR, "История": VOR, "Английский язык": BEL},
}
WEEK5 = [("Математика", "Русский язык", "История"), ("Английский язык", "Математика", "Литература"),
         ("Русский язык", "Математика", "История"), ("Литература", "Английский язык", "Русский язык"),
         ("Математика", "Русский язык", "Английский язык")]
WEEK6 = [("Русский язык", "Математика", "Английский язык"), ("Математика", "История", "Русский язык"),
         ("Литература", "Математика", "Английский язык"), ("Русский язык", "История", "Математика"),
         ("Английский язык", "Литература", "Русский язык")]
TOPICS = {  # (group, first day of the week) -> subject -> topics in order
    (G5O, "2025-10-13"): {
        "Математика": ["Сложение натуральных чисел и его свойства", "Вычитание натуральных чисел",
                       "Числовые и буквенные выражения", "Буквенная запись свойств сложения и вычитания"],
        "Русский язык": ["Звуки и буквы. Произношение и правописание",
                         "Правописание проверяемых безударных гласных в корне слова",
                         "Правописание непроизносимых согласных в корне слова", "Буквы и, у, а после шипящих"],
        "Литература": ["А. С. Пушкин «Сказка о мёртвой царевне и о семи богатырях»",
                       "Рифма. Ритм. Стихотворная и прозаическая речь"],
        "История": ["Первобытные собиратели и охотники", "Возникновение искусства и религиозных верований"],
        "Английский язык": ["Module 1: School days", "1b: First day!", "1c: Favourite subjects"]},
    (G5O, "2025-12-15"): {
        "Математика": ["Деление с остатком", "Упрощение выражений", "Порядок выполнения действий",
                       "Контрольная работа № 5 «Упрощение выражений»"],
        "Русский язык": ["Синтаксический разбор словосочетания", "Простое предложение. Грамматическая основа",
                         "Однородные члены предложения", "Знаки препинания при однородных членах"],
        "Литература": ["Н. В. Гоголь «Заколдованное место»", "Н. А. Некрасов «На Волге»"],
        "История": ["Финикийские мореплаватели", "Библейские сказания"],
        "Английский язык": ["Module 4: Family and friends", "4a: Family members", "4b: Who is who?"]},
    (G5O, "2026-02-09"): {
        "Математика": ["Сравнение дробей", "Правильные и неправильные дроби",
                       "Сложение и вычитание дробей с одинаковыми знаменателями", "Деление и дроби"],
        "Русский язык": ["Имя существительное как часть речи", "Доказательства в рассуждении",
                         "Род имён существительных", "Склонение имён существительных"],
        "Литература": ["И. С. Тургенев «Муму»: история создания", "Образ Герасима в рассказе «Муму»"],
        "История": ["Зарождение демократии в Афинах", "Древняя Спарта"],
        "Английский язык": ["Module 6: Round the clock", "6a: Wake up!", "6b: At work"]},
    (G5O, "2026-05-11"): {
        "Математика": ["Среднее арифметическое", "Проценты", "Нахождение процентов от числа",
                       "Итоговая контрольная работа"],
        "Русский язык": ["Глагол как часть речи", "Не с глаголами", "Правописание -тся и -ться в глаголах",
                         "Повторение изученного в 5 классе"],
        "Литература": ["Д. Дефо «Робинзон Крузо»", "Х. К. Андерсен «Снежная королева»"],
        "История": ["Рим при императоре Нероне", "Первые христиане и их учение"],
        "Английский язык": ["Module 10: Holidays", "10a: Travel & leisure", "10b: Summer fun"]},
    (G6, "2026-10-05"): {
        "Математика": ["Делители и кратные", "Признаки делимости на 10, на 5 и на 2",
                       "Признаки делимости на 9 и на 3", "Простые и составные числа"],
        "Русский язык": ["Слово и его лексическое значение", "Общеупотребительные слова", "Профессионализмы",
                         "Диалектизмы"],
        "Литература": ["«Повесть временных лет»: «Сказание о белгородском киселе»", "И. А. Крылов «Осёл и Соловей»"],
        "История": ["Образование варварских королевств", "Христианская церковь в раннее Средневековье"],
        "Английский язык": ["Module 2: Here we are!", "2a: Home sweet home", "2b: My neighbourhood"]},
    (G6, "2026-10-12"): {
        "Математика": ["Разложение на простые множители", "Наибольший общий делитель", "Взаимно простые числа"],
        "Русский язык": ["Исконно русские и заимствованные слова", "Неологизмы"],
        "Литература": ["И. А. Крылов «Листы и Корни»"],
        "История": ["Возникновение и распад империи Карла Великого"],
        "Английский язык": ["2c: Bristol", "Culture Corner: Famous streets"]},
    (G5N, "2026-10-05"): {
        "Математика": ["Уравнение", "Решение задач с помощью уравнений", "Умножение натуральных чисел и его свойства",
                       "Деление натуральных чисел"],
        "Русский язык": ["Словосочетание", "Предложение. Виды предложений по цели высказывания",
                         "Восклицательные предложения", "Члены предложения. Главные члены"],
        "Литература": ["Русские народные сказки: «Царевна-лягушка»", "«Иван — крестьянский сын и чудо-юдо»"],
        "История": ["Древний Египет: государство на берегах Нила", "Как жили земледельцы и ремесленники в Египте"],
        "Английский язык": ["Starter unit: English alphabet", "1a: Schoolbag", "1b: First day!"]},
    (G5N, "2026-10-12"): {
        "Математика": ["Деление натуральных чисел: решение задач", "Деление с остатком", "Контрольная работа № 3"],
        "Русский язык": ["Подлежащее", "Сказуемое"],
        "Литература": ["Сказки о животных: «Журавль и цапля»"],
        "История": ["Жизнь египетского вельможи", "Военные походы фараонов"],
        "Английский язык": ["1c: Favourite subjects"]},
}
WEEKS = [(G5O, "2025-10-13", 5), (G5O, "2025-12-15", 5), (G5O, "2026-02-09", 5), (G5O, "2026-05-11", 5),
         (G6, "2026-10-05", 5), (G5N, "2026-10-05", 5), (G6, "2026-10-12", 3), (G5N, "2026-10-12", 3)]
L = []  # (group, date, number, subject, topic, teacher)
for g, monday, days in WEEKS:
    left = {k: list(v) for k, v in TOPICS[(g, monday)].items()}
    for k in range(days):
        d = (dt.date.fromisoformat(monday) + dt.timedelta(days=k)).isoformat()
        for n, subj in enumerate((WEEK5 if g != G6 else WEEK6)[k], 1):
            L.append((g, d, n, subj, left[subj].pop(0), TEACH[g][subj]))
LID, WID = {}, {}
for i, (g, d, n, *_rest) in enumerate(L):
    LID[(g, d, n)] = 2260325488534300000 + i
    WID[(g, d, n)] = 2260325488534400000 + i
ENTRY = {(g, d, n): (g, d, n, s_, t_, te) for g, d, n, s_, t_, te in L}
TEST = {(g, d, n): 2260325488534410000 + k for k, (g, d, n, s_, topic, _) in enumerate(L) if "контрольная" in topic.lower()}


def st(v):
    return str(v)


def year_of(d):
    return int(d[:4]) - (1 if int(d[5:7]) < 8 else 0)


# --- groups and people ---------------------------------------------------------------------------------------
def group(gid, name, parallel, year, status, corrupt=False):
    return {"id": G6_CORRUPT if corrupt else gid, "id_str": st(gid), "parentIds": [], "parentIds_str": [],
            "type": "Group", "name": name, "fullName": "", "parallel": parallel,
            "timetable": 1000006534001, "timetable_str": "1000006534001", "status": status, "studyyear": year,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def g5o():
    return group(G5O, "5Б", 5, 2025, "Archive")


def g6(corrupt=False):
    return group(G6, "6Б", 6, 2026, "Active", corrupt)


def g5n():
    return group(G5N, "5Б", 5, 2026, "Active")


def person(pid):
    f, l_, m, sex, uid = PEOPLE.get(pid) or T[pid]
    return {"id": pid, "id_str": st(pid), "userId": uid, "userId_str": None if uid is None else st(uid),
            "firstName": f, "lastName": l_, "middleName": m, "shortName": f"{l_} {f[0]}.", "sex": sex}


def user(pid):
    f, l_, m, sex, uid = T[pid]
    return {"id": uid, "id_str": st(uid), "personId": pid, "personId_str": st(pid), "firstName": f,
            "middleName": m, "lastName": l_, "fullName": f"{l_} {f} {m}", "shortName": f"{l_} {f[0]}. {m[0]}.",
            "locale": "ru-RU", "timezone": "+3:00", "sex": sex, "birthday": "1978-03-14T00:00:00",
            "roles": ["EduStaff"]}


def roster(entries):
    return [{"group": g, "group_str": st(g), "students": [{"person": p, "person_str": st(p),
                                                           "membershipstatus": ms} for p, ms in members]}
            for g, members in entries]


def rec(request, body, pulled, **extra):
    return {"request": request, "body": body, **extra, "pulled_at": pulled}


def members(g, d):
    """Who is in the group on a lesson day (the leaver left 5Б on 17 April 2026)."""
    if g == G5O:
        return [P1, P2, P3, P5] + ([P4] if d <= "2026-04-17" else [])
    return {G6: [P1, P2, P5], G5N: [P3, P6]}[g]


# --- periods ----------------------------------------------------------------------------------------------------
def rp(pid, start, finish, number, typ, name, year):
    return {"id": pid, "id_str": st(pid), "start": start + "T00:00:00", "finish": finish + "T00:00:00",
            "number": number, "type": typ, "name": name, "year": year}


RP25 = [rp(1000007534101, "2025-09-01", "2025-10-24", 1, "Quarter", "1 четверть", 2025),
        rp(1000007534102, "2025-11-05", "2025-12-28", 2, "Quarter", "2 четверть", 2025),
        rp(1000007534103, "2026-01-12", "2026-03-20", 3, "Quarter", "3 четверть", 2025),
        rp(1000007534104, "2026-03-30", "2026-05-26", 4, "Quarter", "4 четверть", 2025),
        rp(1000007534105, "2025-09-01", "2026-05-26", 1, "Year", "Год", 2025)]
RP26 = [rp(1000007534201, "2026-09-01", "2026-10-23", 1, "Quarter", "1 четверть", 2026),
        rp(1000007534202, "2026-11-02", "2026-12-27", 2, "Quarter", "2 четверть", 2026),
        rp(1000007534203, "2027-01-11", "2027-03-19", 3, "Quarter", "3 четверть", 2026),
        rp(1000007534204, "2027-03-29", "2027-05-25", 4, "Quarter", "4 четверть", 2026),
        rp(1000007534205, "2026-09-01", "2027-05-25", 1, "Year", "Год", 2026)]


def hol(gid, start, finish, name, i):
    return {"id": i, "reportingPeriodGroupId": gid, "dateStart": start + "T00:00:00",
            "dateFinish": finish + "T00:00:00", "name": name, "description": ""}


RPG25 = {"id": 1000007534100, "reportingPeriods": RP25, "holidays": [
    hol(1000007534100, a, b, name, 1000007534901 + i) for i, (a, b, name) in enumerate([
        ("2025-10-25", "2025-11-04", "Осенние каникулы"), ("2025-12-29", "2026-01-11", "Зимние каникулы"),
        ("2026-03-21", "2026-03-29", "Весенние каникулы"), ("2026-05-27", "2026-08-31", "Летние каникулы")])]}
# 2026/27: one period group of the school's 5-9 grades, so 6Б and the new 5Б answer the same object (§3.12)
RPG26 = {"id": 1000007534200, "reportingPeriods": RP26, "holidays": [
    hol(1000007534200, a, b, name, 1000007534911 + i) for i, (a, b, name) in enumerate([
        ("2026-10-24", "2026-11-01", "Осенние каникулы"), ("2026-12-28", "2027-01-10", "Зимние каникулы"),
        ("2027-03-20", "2027-03-28", "Весенние каникулы"), ("2027-05-26", "2027-08-31", "Летние каникулы")])]}


def period_of(d):
    for x in RP25 + RP26:
        if x["type"] == "Quarter" and x["start"][:10] <= d <= x["finish"][:10]:
            return x["number"]
    raise ValueError(d)


# --- homework ---------------------------------------------------------------------------------------------------
HW = [  # (group, lesson date, number, text, due, hw work id)
    (G5O, "2025-12-15", 1, "№ 512, 514, 517 (деление с остатком)", "2025-12-17", 2260325488534490001),
    (G5O, "2025-12-16", 3, "Выразительное чтение «Заколдованного места», вопросы 1–4 на с. 178", "2025-12-18",
     2260325488534490002),
    (G5O, "2025-12-17", 1, "Упр. 268, 271; выучить правило на с. 121", "2025-12-18", 2260325488534490003),
    (G6, "2026-10-05", 2, "№ 112, 115 (а, б), 118", "2026-10-06", 2260325488534490101),
    (G6, "2026-10-07", 1, "Прочитать «Сказание о белгородском киселе», пересказ", "2026-10-09", 2260325488534490102),
    (G5N, "2026-10-05", 1, "№ 405, 407, 409 (уравнения)", "2026-10-06", 2260325488534490201),
    (G5N, "2026-10-06", 3, "Перечитать сказку «Царевна-лягушка», ответить на вопросы 1–3 на с. 38", "2026-10-08",
     2260325488534490202),
]
HW_OF = {(g, d, n): (text, due, hid) for g, d, n, text, due, hid in HW}


def work(g, d, n, wid, typ="DefaultNewLessonWork", wt=2101, text="", target=None, sent=None, tasks=()):
    _, _, _, subj, _, teacher = ENTRY[(g, d, n)]
    lid = LID[(g, d, n)]
    return {"id": wid, "id_str": st(wid), "type": typ, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lid, "lesson_str": st(lid), "displayInJournal": typ != "Homework", "status": "Sent",
            "eduGroup": g, "eduGroup_str": st(g), "tasks": list(tasks), "text": text, "periodNumber": period_of(d),
            "periodType": "Quarter", "subjectId": SUBJ[subj], "isImportant": typ == "LessonTestWork",
            "targetDate": (target or d) + "T00:00:00", "sentDate": sent, "createdBy": teacher, "files": [],
            "oneDriveLinks": []}


def hw_work(g, d, n):
    text, due, hid = HW_OF[(g, d, n)]
    base = 2260325488534500000 + 10 * HW.index((g, d, n, text, due, hid))
    tasks = [{"id": base + k, "id_str": st(base + k),
              "person": p, "person_str": st(p), "work": hid, "work_str": st(hid), "status": "NotStarted",
              "targetDate": due + "T00:00:00"} for k, p in enumerate(members(g, d))]
    return work(g, d, n, hid, "Homework", 2107, text, due, f"{d}T{BELL[n][:2]}:5{n}:12.4", tasks)


def lesson(entry):
    g, d, n, subj, topic, t = entry
    works = [work(g, d, n, WID[(g, d, n)])]
    if (g, d, n) in TEST:
        works.append(work(g, d, n, TEST[(g, d, n)], "LessonTestWork", 2104, topic))
    if (g, d, n) in HW_OF:
        works.append(hw_work(g, d, n))
    lid = LID[(g, d, n)]
    return {"id": lid, "id_str": st(lid), "title": topic, "date": f"{d}T{BELL[n]}:00", "number": n,
            "subject": {"id": SUBJ[subj], "id_str": st(SUBJ[subj]), "name": subj, "knowledgeArea": AREA[subj],
                        "fgosSubjectId": None},
            "group": g, "status": "Conducted", "resultPlaceId": 0, "works": works,
            "teachers": [t], "teachers_str": [st(t)]}


def lessons_of(g, d1, d2):
    return [lesson(e) for e in L if e[0] == g and d1 <= e[1] <= d2]


def homeworks(d1, d2):
    ws, ls, subs = [], [], {}
    for hg, hd, hn, text, due, hid in HW:
        if d1 <= hd <= d2:
            e = ENTRY[(hg, hd, hn)]
            ws.append(hw_work(hg, hd, hn))
            subs[e[3]] = SUBJ[e[3]]
            end = {1: "09:15", 2: "10:10", 3: "11:15"}[hn]
            lw = lesson(e)
            ls.append({"id": lw["id"], "title": lw["title"], "date": lw["date"], "number": hn,
                       "subjectId": SUBJ[e[3]], "status": "Conducted", "resultPlaceId": 0, "building": "",
                       "place": "", "floor": "", "hours": f"{BELL[hn]} - {end}",
                       "works": [w["id"] for w in lw["works"]], "teachers": [e[5]]})
    return {"works": ws, "subjects": [{"id": v, "name": k, "knowledgeAreaId": 0} for k, v in subs.items()],
            "lessons": ls, "files": [], "teachers": [person(t) for t in sorted({ENTRY[h[:3]][5] for h in HW
                                                                               if d1 <= h[1] <= d2})]}


# --- attendance -----------------------------------------------------------------------------------------------
ODD = {  # (group, date, number, person) -> (status, comment)
    (G5O, "2025-10-14", 1, P2): ("Late", "опоздала на 7 минут"),
    (G5O, "2025-10-15", 1, P4): ("Ill", "справка"), (G5O, "2025-10-15", 2, P4): ("Ill", "справка"),
    (G5O, "2025-10-15", 3, P4): ("Ill", "справка"),
    (G5O, "2025-12-18", 2, P3): ("Absent", ""), (G5O, "2025-12-19", 1, P1): ("Pass", "соревнования по плаванию"),
    (G5O, "2025-12-19", 2, P1): ("Pass", "соревнования по плаванию"),
    (G5O, "2026-02-10", 1, P3): ("Ill", ""), (G5O, "2026-02-12", 3, P4): ("Late", ""),
    (G5O, "2026-05-13", 2, P2): ("Absent", ""), (G5O, "2026-05-14", 1, P3): ("Late", "проспал"),
    (G6, "2026-10-06", 2, P1): ("Late", ""), (G6, "2026-10-08", 3, P2): ("Ill", "справка"),
    (G5N, "2026-10-07", 1, P3): ("Absent", ""), (G5N, "2026-10-09", 2, P6): ("Pass", "заявление родителей"),
}
MISSED = {k for k, v in ODD.items() if v[0] != "Late"}


def logs_of(g, d1, d2):
    out = []
    for eg, d, n, subj, topic, t in L:
        if eg == g and d1 <= d <= d2:
            lid = LID[(g, d, n)]
            for p in members(g, d):
                status, comment = ODD.get((g, d, n, p), ("Attend", ""))
                out.append({"person": p, "person_str": st(p), "lesson": lid, "lesson_str": st(lid),
                            "comment": comment, "status": status,
                            "createdDate": f"{d}T{BELL[n]}:{(n * 13 + p % 7) % 60:02d}.{(p % 9) + 1}"})
    return out


# --- marks ----------------------------------------------------------------------------------------------------
CYCLE = {P1: ["5", "4", "5", "5-", "4+"], P2: ["4", "5", "4-", "4", "5"], P3: ["3", "2", "3-", "3", "4-", "2"],
         P4: ["4", "3+", "4", "5", "4-"], P5: ["5", "4", "4", "5"], P6: ["4", "3", "4"]}
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}
MARKS = []  # (group, date, number, person, value, test)
for i, (g, d, n, subj, topic, t) in enumerate(L):
    for j, p in enumerate(members(g, d)):
        if (g, d, n, p) in MISSED:
            continue
        test = (g, d, n) in TEST
        if test or (i * 3 + j) % 5 == 0:
            MARKS.append((g, d, n, p, CYCLE[p][(i + j) % len(CYCLE[p])], test))


def mark(i, g, d, n, p, v, test, lesson_id=None, work_id=None):
    mid = 2260325488534600000 + i
    wid = work_id or (TEST[(g, d, n)] if test else WID[(g, d, n)])
    lid = lesson_id or LID[(g, d, n)]
    start = dt.datetime.fromisoformat(f"{d}T{BELL[n]}:00") + dt.timedelta(minutes=20 + i % 15, seconds=(7 * i) % 60)
    return {"id": mid, "id_str": st(mid), "type": "mark5", "value": v, "textValue": v, "person": p,
            "person_str": st(p), "work": wid, "work_str": st(wid), "lesson": lid, "lesson_str": st(lid),
            "number": 0, "date": f"{start.isoformat()}.{(37 * i) % 1000 or 5}", "workType": 2104 if test else 2101,
            "mood": MOOD[v[0]], "use_avg_calc": True}


MARK_BODY = [(m, mark(i, *m)) for i, m in enumerate(MARKS)]
# 3rd quarter: the sync job pulls the marks of the whole quarter; two of them were given at lessons outside the week
# whose lessons it pulled (a mark names its lesson by id, §3.1; the lesson itself was not fetched)
OUTSIDE = [((G5O, "2026-02-02", 1, P1, "5", False), 2260325488534390001, 2260325488534490901, "Математика"),
           ((G5O, "2026-03-04", 1, P3, "3", False), 2260325488534390002, 2260325488534490902, "Русский язык")]
OUTSIDE_BODY = [(m, mark(900 + k, *m, lesson_id=lid, work_id=wid), subj)
                for k, (m, lid, wid, subj) in enumerate(OUTSIDE)]


def marks_of(g, d1, d2):
    out = [body for m, body in MARK_BODY if m[0] == g and d1 <= m[1] <= d2]
    out += [body for m, body, _ in OUTSIDE_BODY if m[0] == g and d1 <= m[1] <= d2]
    return sorted(out, key=lambda b: b["date"])


# --- period and year marks of 2025/26 -----------------------------------------------------------------------------
FIN = {  # person -> period id -> marks in FSUBJ order
    P1: {1: "5 4 5 5 5", 2: "5 5 5 5 4", 3: "5 4 5 5 5", 4: "5 5 5 5 5", 5: "5 5 5 5 5"},
    P2: {1: "4 4 5 4 5", 2: "4 4 4 5 5", 3: "4 5 5 4 5", 4: "4 4 5 5 5", 5: "4 4 5 5 5"},
    P3: {1: "3 3 3 3 4", 2: "3 2 3 3 3", 3: "2 2 3 3 3", 4: "2 2 3 3 3", 5: "2 2 3 3 3"},
    P4: {1: "4 4 4 5 4", 2: "4 3 4 4 4", 3: "4 4 5 4 4"},
    P5: {1: "5 5 5 4 5", 2: "5 5 5 5 5", 3: "5 4 5 5 5", 4: "5 5 5 5 5", 5: "5 5 5 5 5"},
}
FIN_AT = {1: "2025-10-24T15:20:11.4", 2: "2025-12-26T14:02:37.81", 3: "2026-03-20T16:45:03.2",
          4: "2026-05-25T15:11:52.06", 5: "2026-05-26T12:31:05.87"}
RP_ID = {k: x["id"] for k, x in enumerate(RP25, 1)}
PUPILS = [P1, P2, P3, P4, P5]


def fwork_id(subj, k):
    return 2260325488534700000 + 10 * FSUBJ.index(subj) + k


def fmark(p, subj, k):
    value = FIN[p][k].split()[FSUBJ.index(subj)]
    mid = 2260325488534800000 + 100 * PUPILS.index(p) + 10 * FSUBJ.index(subj) + k
    wid = fwork_id(subj, k)
    return {"id": mid, "id_str": st(mid), "type": "mark5", "value": value, "textValue": value, "person": p,
            "person_str": st(p), "work": wid, "work_str": st(wid), "lesson": None, "lesson_str": None,
            "number": 0, "date": FIN_AT[k], "workType": 2191 if k == 5 else 2190, "mood": MOOD[value],
            "use_avg_calc": False}


def final_marks():
    out = []
    for k in range(1, 6):
        for p in PUPILS:
            if k not in FIN[p]:
                continue
            out.append({"person": p, "person_str": st(p), "group": G5O, "group_str": st(G5O),
                        "reportingPeriod": RP_ID[k], "reportingPeriod_str": st(RP_ID[k]),
                        "per-subject-final-marks": [{"subject": SUBJ[s_], "subject_str": st(SUBJ[s_]),
                                                     "final-mark": fmark(p, s_, k)} for s_ in FSUBJ]})
    return out


def allfinal(p):
    marks, works = [], []
    for k in sorted(FIN[p]):
        for s_ in FSUBJ:
            marks.append(fmark(p, s_, k))
            wid = fwork_id(s_, k)
            works.append({"id": wid, "id_str": st(wid), "type": "PeriodMark", "workType": 2191 if k == 5 else 2190,
                          "markType": "mark5", "markCount": 1, "lesson": None, "lesson_str": None,
                          "displayInJournal": True, "status": "Sent", "eduGroup": G5O, "eduGroup_str": st(G5O),
                          "tasks": [], "text": "", "periodNumber": 1 if k == 5 else k,
                          "periodType": "Year" if k == 5 else "Quarter", "subjectId": SUBJ[s_],
                          "isImportant": False, "targetDate": RP25[k - 1]["finish"], "sentDate": None,
                          "createdBy": TEACH[G5O][s_], "files": [], "oneDriveLinks": []})
    return {"marks": marks, "works": works,
            "subjects": [{"id": SUBJ[s_], "name": s_, "knowledgeAreaId": 0} for s_ in FSUBJ],
            "workTypes": [{"id": 2190, "schoolId": S, "abbreviation": "ЧО", "name": "Четвертная оценка",
                           "isFinal": True, "isImportant": False, "kindId": 20, "kind": "PeriodMark"},
                          {"id": 2191, "schoolId": S, "abbreviation": "ГО", "name": "Годовая оценка",
                           "isFinal": True, "isImportant": False, "kindId": 20, "kind": "PeriodMark"}]}


AVG_Q4 = {P1: ("4.86", "4.67"), P2: ("4.25", "4.40"), P3: ("2.62", "2.83"), P5: ("4.75", "4.80")}


def context(uid, pid, short, child, groups):
    f, l_, m, sex, _ = PEOPLE[child]
    gs = {G6: g6(), G5N: g5n()}
    return {"userId": uid, "userId_str": st(uid), "personId": pid, "personId_str": st(pid), "shortName": short,
            "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S], "groupIds": groups,
            "schools": [{"id": S, "name": "МАОУ «Гимназия № 34»", "type": "School", "groupIds": groups}],
            "eduGroups": [gs[g] for g in groups],
            "children": [{"personId": child, "firstName": f, "lastName": l_, "middleName": m,
                          "shortName": f"{l_} {f[0]}.", "schoolIds": [S], "groupIds": groups}], "splitId": None}


WT = [{"id": 2101, "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
      {"id": 2102, "schoolId": S, "kindId": 2, "kind": "CommonWork", "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
      {"id": 2104, "schoolId": S, "kindId": 3, "kind": "LessonTestWork", "title": "Контрольная работа", "abbr": "КР", "weight": 3},
      {"id": 2107, "schoolId": S, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
      {"id": 2190, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Четвертная оценка", "abbr": "ЧО", "weight": 0},
      {"id": 2191, "schoolId": S, "kindId": 20, "kind": "PeriodMark", "title": "Годовая оценка", "abbr": "ГО", "weight": 0}]
school = {"id": S, "id_str": st(S), "name": "МАОУ «Гимназия № 34»",
          "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 34» г. Калуги",
          "city": "Калуга", "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
          "educationType": "Regular"}


def at(day, hh, mm):
    return f"{day}T{hh:02d}:{mm:02d}:00{TZ}"


A1 = "2026-10-09"
B = "2026-10-12"
Q = [("2025-10-13", "2025-10-17", "2025-09-01", "2025-10-24"), ("2025-12-15", "2025-12-19", "2025-11-05", "2025-12-28"),
     ("2026-02-09", "2026-02-13", "2026-01-12", "2026-03-20"), ("2026-05-11", "2026-05-15", "2026-03-30", "2026-05-26")]


def backfill_quarter(k):
    w1, w2, q1, q2 = Q[k]
    m1, m2 = (q1, q2) if k == 2 else (w1, w2)  # the 3rd quarter's marks pulled for the whole quarter
    base = 10 + 5 * k
    out = [rec(f"GET /v2/edu-groups/{G5O}/lessons/{w1}/{w2}", lessons_of(G5O, w1, w2), at(B, 10, base)),
           rec(f"GET /v2/edu-groups/{G5O}/marks/{m1}/{m2}", marks_of(G5O, m1, m2), at(B, 10, base + 1)),
           rec(f"GET /v2/lesson-log-entries/group/{G5O}?from={w1}&to={w2}", logs_of(G5O, w1, w2), at(B, 10, base + 2))]
    if k == 1:
        out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={w1}&endDate={w2}", homeworks(w1, w2),
                       at(B, 10, base + 3)))
    return out


steps = [
    {"name": "1 Friday 2026-10-09: the school joins; first sync of 2026/27 (school, work types, this year's groups "
             "6Б and 5Б, rosters, teachers, class teachers, quarters, parents; the week 5-9 October)",
     "batches": [[
         rec(f"GET /v2/schools/{S}", school, at(A1, 17, 0)),
         rec(f"GET /v2/work-types/{S}", WT, at(A1, 17, 0)),
         rec(f"GET /v2/schools/{S}/edu-groups", [g6(), g5n()], at(A1, 17, 1)),
         rec("POST /v2/edu-groups", roster([(G6, [(p, "Active") for p in (P1, P2, P5)]),
                                            (G5N, [(p, "Active") for p in (P3, P6)])]), at(A1, 17, 1),
             request_body=[G6, G5N]),
         rec(f"GET /v2/edu-groups/{G6}/persons?includeArchive=false", [person(p) for p in (P1, P2, P5)], at(A1, 17, 2)),
         rec(f"GET /v2/edu-groups/{G5N}/persons?includeArchive=false", [person(p) for p in (P3, P6)], at(A1, 17, 2)),
         rec("POST /v2/users/many", [user(t) for t in (TAR, KOR, VOR, BEL, ERS)], at(A1, 17, 3),
             request_body=[T[t][4] for t in (TAR, KOR, VOR, BEL, ERS)]),
         rec(f"GET /v2/edu-groups/{G6}/classteacher", person(TAR), at(A1, 17, 3)),
         rec(f"GET /v2/edu-groups/{G5N}/classteacher", person(ERS), at(A1, 17, 3)),
         rec(f"GET /v2/edu-groups/{G6}/reporting-period-group", RPG26, at(A1, 17, 4)),
         rec(f"GET /v2/edu-groups/{G5N}/reporting-period-group", RPG26, at(A1, 17, 4)),
         rec(f"GET /v2/users/{PAR1_U}/context", context(PAR1_U, PAR1_P, "Ковалёва Е.", P1, [G6]), at(A1, 17, 5)),
         rec(f"GET /v2/users/{PAR3_U}/context", context(PAR3_U, PAR3_P, "Зайцев Р.", P3, [G5N]), at(A1, 17, 5)),
     ], [
         rec(f"GET /v2/edu-groups/{G6}/lessons/2026-10-05/2026-10-09", lessons_of(G6, "2026-10-05", "2026-10-09"), at(A1, 17, 10)),
         rec(f"GET /v2/edu-groups/{G5N}/lessons/2026-10-05/2026-10-09", lessons_of(G5N, "2026-10-05", "2026-10-09"), at(A1, 17, 10)),
         rec(f"GET /v2/edu-groups/{G6}/marks/2026-10-05/2026-10-09", marks_of(G6, "2026-10-05", "2026-10-09"), at(A1, 17, 11)),
         rec(f"GET /v2/edu-groups/{G5N}/marks/2026-10-05/2026-10-09", marks_of(G5N, "2026-10-05", "2026-10-09"), at(A1, 17, 11)),
         rec(f"GET /v2/lesson-log-entries/group/{G6}?from=2026-10-05&to=2026-10-09", logs_of(G6, "2026-10-05", "2026-10-09"), at(A1, 17, 12)),
         rec(f"GET /v2/lesson-log-entries/group/{G5N}?from=2026-10-05&to=2026-10-09", logs_of(G5N, "2026-10-05", "2026-10-09"), at(A1, 17, 12)),
         rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-05&endDate=2026-10-09", homeworks("2026-10-05", "2026-10-09"), at(A1, 17, 13)),
     ]]},
    {"name": "2 Monday 2026-10-12: backfill of 2025/26, pulled now: last year's 5Б (studyyear 2025, Archive) found "
             "through the pupils' groups, its roster (the spring leaver Archive), class teacher, quarters, "
             "holidays, last year's History teacher",
     "batches": [[
         rec(f"GET /v2/persons/{P1}/edu-groups/all", [g6(corrupt=True), g5o()], at(B, 9, 0)),
         rec(f"GET /v2/persons/{P3}/edu-groups/all", [g5n(), g5o()], at(B, 9, 0)),
         rec(f"GET /v2/edu-groups/{G5O}", g5o(), at(B, 9, 1)),
         rec("POST /v2/edu-groups", roster([(G5O, [(P1, "Active"), (P2, "Active"), (P3, "Active"), (P4, "Archive"),
                                                   (P5, "Active")])]), at(B, 9, 1), request_body=[G5O]),
         rec(f"GET /v2/edu-groups/{G5O}/persons?includeArchive=true", [person(p) for p in PUPILS], at(B, 9, 2)),
         rec(f"GET /v2/persons/{P4}/edu-groups/all", [g5o()], at(B, 9, 2)),
         rec(f"GET /v2/edu-groups/{G5O}/classteacher", person(TAR), at(B, 9, 3)),
         rec(f"GET /v2/edu-groups/{G5O}/reporting-period-group", RPG25, at(B, 9, 3)),
         rec("POST /v2/users/many", [user(GRI)], at(B, 9, 4), request_body=[T[GRI][4]]),
     ]]},
    {"name": "3 Monday 2026-10-12: backfill of 2025/26, pulled now: one week of lessons per quarter (group ranges), "
             "the marks per quarter, attendance, the homework of the 2nd-quarter week",
     "batches": [backfill_quarter(0) + backfill_quarter(1), backfill_quarter(2) + backfill_quarter(3)]},
    {"name": "4 Monday 2026-10-12: backfill of 2025/26, pulled now: period and year marks (final-marks, a pupil's "
             "allfinalmarks), the journal's 4th-quarter averages",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G5O}/final-marks", final_marks(), at(B, 11, 0)),
         rec(f"GET /v2/persons/{P2}/edu-groups/{G5O}/allfinalmarks", allfinal(P2), at(B, 11, 1)),
         rec(f"GET /v2/edu-groups/{G5O}/avg-marks/2026-03-30/2026-05-26",
             [{"person": p, "person_str": st(p), "per-subject-averages": [
                 {"subject": SUBJ["Математика"], "subject_str": st(SUBJ["Математика"]), "avg-mark-value": a[0]},
                 {"subject": SUBJ["Русский язык"], "subject_str": st(SUBJ["Русский язык"]), "avg-mark-value": a[1]}]}
              for p, a in AVG_Q4.items()], at(B, 11, 2)),
     ]]},
    {"name": "5 Wednesday 2026-10-14: the regular sync goes on: 12-14 October of 6Б and 5Б",
     "batches": [[
         rec(f"GET /v2/edu-groups/{G6}/lessons/2026-10-12/2026-10-14", lessons_of(G6, "2026-10-12", "2026-10-14"), at("2026-10-14", 18, 0)),
         rec(f"GET /v2/edu-groups/{G5N}/lessons/2026-10-12/2026-10-14", lessons_of(G5N, "2026-10-12", "2026-10-14"), at("2026-10-14", 18, 0)),
         rec(f"GET /v2/edu-groups/{G6}/marks/2026-10-12/2026-10-14", marks_of(G6, "2026-10-12", "2026-10-14"), at("2026-10-14", 18, 1)),
         rec(f"GET /v2/edu-groups/{G5N}/marks/2026-10-12/2026-10-14", marks_of(G5N, "2026-10-12", "2026-10-14"), at("2026-10-14", 18, 1)),
     ]]},
]
journey = {"vendor": "dnevnik_ru",
           "description": "Гимназия № 34, Калуга: history carried over. The school joins the hub in October 2026; "
                          "its integrator pushes the first weeks of 2026/27 (6Б, the new 5Б), then backfills "
                          "2025/26 (last year's 5Б, studyyear 2025, Archive: roster, quarters, one week of lessons "
                          "per quarter, marks, attendance, period and year marks), all pulled in October 2026, for "
                          "two pupils promoted to 6Б, one kept down in the new 5Б and one who left in April.",
           "steps": steps}
(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s_ in steps for b in s_["batches"]), "records")
