"""Write journey.json: «Гимназия № 48» (Екатеринбург, UTC+5), Dnevnik.ru, the last week of the first quarter of
2026/27 (2026-10-19..10-24) and the quarter's final marks, for a class whose pupils live under special regimes:

* Тимофей Соколов is exempt from PE for the quarter on a doctor's note: his PE lessons (the class's main PE
  subgroup) are still listed, the journal holds «осв» (scale `markdismiss`, §5) instead of marks, not counted, and
  his quarter PE mark is «осв»; a «2» set on Monday before the note reached the teacher is replaced by «осв».
* Алиса Миронова is in the special medical group (СМГ): PE in a cross-class subgroup (parents 7Б and 8А, §3.8
  `parentIds` is a list) after lessons, not with her class's main PE subgroup.
* Артём Васильев is taught at home (надомное обучение): a subgroup of his own with individual lessons at home on
  Monday, Wednesday and Friday afternoons (the bundle's `place` «на дому»), individual homework (tasks naming him
  only, §3.6); of the class's lessons he attends only Музыка, ИЗО and Технология: his own `schedules` bundle (§0,
  per person) lists only those and his home lessons. Wednesday's home lessons are cancelled (he fell ill).
* Дарья Ефимова is on family education (семейное обучение): she is no member of 7Б; she appears in the journal
  only in a group of her own for the intermediate attestation (two lessons, two marks, half-year final marks).
* The elective «Финансовая грамотность» (элективный курс, subgroup of 7Б) is graded pass/fail (scale `test`,
  «зачёт»/«незачёт», `use_avg_calc` false, §3.1, §5); Thursday's session moves to Friday (same lesson id, new
  date); a homework set for it is deleted.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002480048
SCHOOL_NAME = "МАОУ «Гимназия № 48»"
G7 = 2260325488548100072  # 7Б (19-digit ids, §1)
G8 = 2260325488548100081  # 8А (only as the second parent of the СМГ group)
GPE = 2260325488548110072  # 7Б физкультура, основная группа
GSMG = 2260325488548120078  # СМГ 7-8 классов (parents 7Б and 8А)
GHOME = 2260325488548130072  # надомное обучение, Васильев А.
GEL = 2260325488548140072  # элективный курс «Финансовая грамотность»
GFAM = 2260325488548150007  # семейное обучение, 7 класс: промежуточная аттестация
TT = 1000006480001  # the school's bell timetable (one for all groups)
GIDX = {G7: 0, GPE: 1, GSMG: 2, GHOME: 3, GEL: 4, GFAM: 5}

WT_OU, WT_KR, WT_DZ, WT_ZCH, WT_PA, WT_PM, WT_NR = 4801, 4802, 4803, 4804, 4805, 4806, 4807
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_ZCH, "CommonWork", "Зачётное занятие", "ЗЧ", 1),
    (WT_PA, "LessonTestWork", "Промежуточная аттестация", "ПА", 3),
    (WT_PM, "PeriodMark", "Четвертная отметка", "ЧТ", 1),
    (WT_NR, "CommonWork", "Сдача нормативов", "НР", 2),
]
SUBJECTS = {
    "Алгебра": (1000003480001, "Математика"), "Геометрия": (1000003480002, "Математика"),
    "Русский язык": (1000003480003, "Филология"), "Литература": (1000003480004, "Филология"),
    "Английский язык": (1000003480005, "Филология"), "История": (1000003480006, "Общественные науки"),
    "Обществознание": (1000003480007, "Общественные науки"), "География": (1000003480008, "Естествознание"),
    "Биология": (1000003480009, "Естествознание"), "Физика": (1000003480010, "Естествознание"),
    "Информатика": (1000003480011, "Математика"), "Музыка": (1000003480012, "Искусство"),
    "Изобразительное искусство": (1000003480013, "Искусство"), "Технология": (1000003480014, "Технология"),
    "Физическая культура": (1000003480015, "Физическая культура"),
    "Финансовая грамотность": (1000003480016, "Общественные науки"),
    "Математика": (1000003480017, "Математика"),
}

# persons: (person id, user id, last, first, middle, sex)
TIMOFEY = (1000012480701, 1000011480701, "Соколов", "Тимофей", "Игоревич", "Male")
ALISA = (1000012480702, 1000011480702, "Миронова", "Алиса", "Сергеевна", "Female")
ARTEM = (1000012480703, 1000011480703, "Васильев", "Артём", "Павлович", "Male")
POLINA = (1000012480704, 1000011480704, "Кравцова", "Полина", "Андреевна", "Female")
DANIIL = (2260325488548300705, 2260325488548400705, "Жуков", "Даниил", "Романович", "Male")
DARYA = (1000012480791, 1000011480791, "Ефимова", "Дарья", "Андреевна", "Female")
KSENIA = (1000012480811, 1000011480811, "Рябова", "Ксения", "Олеговна", "Female")  # 8А, in the СМГ
MEMBERS = {G7: [TIMOFEY, ALISA, ARTEM, POLINA, DANIIL], GPE: [TIMOFEY, POLINA, DANIIL], GSMG: [ALISA, KSENIA],
           GHOME: [ARTEM], GEL: [ALISA, POLINA, DANIIL], GFAM: [DARYA]}
PARENTS = [  # (parent person, children)
    ((1000012480901, 1000011480901, "Соколова", "Марина", "Викторовна", "Female"), [TIMOFEY]),
    ((1000012480902, 1000011480902, "Миронов", "Сергей", "Петрович", "Male"), [ALISA]),
    ((1000012480903, 1000011480903, "Васильева", "Ольга", "Николаевна", "Female"), [ARTEM]),
    ((1000012480904, 1000011480904, "Кравцова", "Елена", "Юрьевна", "Female"), [POLINA]),
    ((1000012480905, 1000011480905, "Ефимов", "Андрей", "Михайлович", "Male"), [DARYA]),
]
T_ROM = (1000012480950, 1000011480950, "Романова", "Светлана", "Игоревна", "Female")  # математика
T_GUS = (1000012480951, 1000011480951, "Гусева", "Наталья", "Олеговна", "Female")  # русский, литература
T_BYK = (1000012480952, 1000011480952, "Быков", "Алексей", "Викторович", "Male")  # физкультура
T_LIN = (1000012480953, 1000011480953, "Линь", "Мария", "Сергеевна", "Female")  # английский
T_OSI = (1000012480954, 1000011480954, "Осипов", "Глеб", "Андреевич", "Male")  # история, обществознание, ФГ
T_ZAI = (1000012480955, 1000011480955, "Зайцева", "Ирина", "Львовна", "Female")  # естественные науки
T_PAV = (1000012480956, 1000011480956, "Павлова", "Анна", "Денисовна", "Female")  # искусство, технология
T_KOL = (1000012480957, 1000011480957, "Колесникова", "Вера", "Ивановна", "Female")  # СМГ (ЛФК)


def teacher_of(subject, g):
    if g == GSMG:
        return T_KOL
    return {"Алгебра": T_ROM, "Геометрия": T_ROM, "Информатика": T_ROM, "Математика": T_ROM,
            "Русский язык": T_GUS, "Литература": T_GUS, "Физическая культура": T_BYK, "Английский язык": T_LIN,
            "История": T_OSI, "Обществознание": T_OSI, "Финансовая грамотность": T_OSI,
            "Музыка": T_PAV, "Изобразительное искусство": T_PAV, "Технология": T_PAV}.get(subject, T_ZAI)


BELLS = {1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:20", "11:00"), 4: ("11:20", "12:00"),
         5: ("12:10", "12:50"), 6: ("13:00", "13:40"), 7: ("14:10", "14:50"), 8: ("15:00", "15:40")}
PE = "Физическая культура"
WEEK = [  # 7Б by weekday: subjects by lesson number 1..6; PE is held in the main PE subgroup (GPE)
    ["Алгебра", "Русский язык", "История", "Английский язык", PE, "Литература"],
    ["Геометрия", "Биология", "Русский язык", "География", "Музыка", "Физика"],
    ["Алгебра", "Литература", PE, "Английский язык", "Изобразительное искусство", "Информатика"],
    ["Русский язык", "Физика", "Геометрия", "История", "Технология", "Алгебра"],
    ["Алгебра", "Русский язык", PE, "Английский язык", "Обществознание", "Литература"],
]
ARTEM_AT_SCHOOL = {"Музыка", "Изобразительное искусство", "Технология"}
MON = D(2026, 10, 19)
DAYS = [MON + dt.timedelta(days=i) for i in range(5)]
TUE, WED, THU, FRI = DAYS[1:]


def lid(g, day, n):
    return 2260325488548500000 + GIDX[g] * 1000000 + (day - D(2026, 9, 1)).days * 10 + n


def plan():
    """Every lesson of the week: id -> lesson (group, day, number, subject, start, end, place)."""
    out = {}

    def add(g, day, n, subject, start=None, end=None, place=None, title=None):
        start, end = start or BELLS[n][0], end or BELLS[n][1]
        i = lid(g, day, n)
        out[i] = {"id": i, "g": g, "day": day, "number": n, "subject": subject, "start": start, "end": end,
                  "place": place or {GPE: "Большой спортзал", GSMG: "Малый спортзал", GEL: "21"}.get(g, "33"),
                  "title": title or TITLES.get((g, day, n)) or f"{subject}: урок по плану",
                  "teacher": teacher_of(subject, g)}

    for day, subjects in zip(DAYS, WEEK):
        for n, subject in enumerate(subjects, 1):
            add(GPE if subject == PE else G7, day, n, subject)
    for day in (TUE, FRI):  # СМГ: after lessons, 15:00-15:40
        add(GSMG, day, 8, PE)
    add(GEL, THU, 7, "Финансовая грамотность")  # moved to Friday 14:10 on Wednesday evening
    home = {MON: ("Алгебра", "Русский язык"), WED: ("Геометрия", "Литература"), FRI: ("Алгебра", "Английский язык")}
    for day, (a, b) in home.items():  # individual lessons at home, numbered after the school day
        add(GHOME, day, 7, a, "15:00", "15:40", "на дому")
        add(GHOME, day, 8, b, "15:50", "16:30", "на дому")
    add(GFAM, WED, 2, "Математика", "09:20", "10:50", "14", "Промежуточная аттестация по математике (письменно)")
    add(GFAM, THU, 2, "Русский язык", "09:20", "10:50", "14", "Промежуточная аттестация по русскому языку (диктант)")
    return out


TITLES = {
    (G7, MON, 1): "Линейная функция и её график", (G7, WED, 1): "Решение задач на линейную функцию",
    (G7, THU, 6): "Контрольная работа № 2 «Линейная функция»", (G7, FRI, 1): "Анализ контрольной работы",
    (GPE, MON, 5): "Баскетбол: ведение мяча", (GPE, WED, 3): "Баскетбол: передачи в движении",
    (GPE, FRI, 3): "Сдача норматива: челночный бег 3×10 м",
    (GSMG, TUE, 8): "Дыхательная гимнастика, упражнения на осанку", (GSMG, FRI, 8): "ОРУ без предметов, ходьба",
    (GEL, THU, 7): "Семейный бюджет: доходы и расходы",
    (GHOME, MON, 7): "Линейная функция (индивидуально)", (GHOME, MON, 8): "Причастный оборот",
    (GHOME, WED, 7): "Признаки равенства треугольников", (GHOME, WED, 8): "«Тарас Бульба»: образ Остапа",
    (GHOME, FRI, 7): "Линейная функция: закрепление", (GHOME, FRI, 8): "Present Perfect",
    (G7, TUE, 5): "Музыка и театр", (G7, WED, 5): "Декоративно-прикладное искусство",
    (G7, THU, 5): "Технология обработки древесины",
}
LESSONS = plan()


def L(g, day, n):
    return LESSONS[lid(g, day, n)]


EL = L(GEL, THU, 7)
EL_MOVED = {"day": FRI, "number": 7, "start": "14:10", "end": "14:50",
            "title": "Семейный бюджет: доходы и расходы (перенос с 22.10)"}
HOME_WED = [L(GHOME, WED, 7), L(GHOME, WED, 8)]


def view(lesson, state):
    """The lesson as the journal shows it in an answer of that state (0 planned, 1 elective moved, 2 Wednesday's
    home lessons cancelled as well)."""
    if lesson is EL and state >= 1:
        return {**lesson, **EL_MOVED}
    return lesson


def held(lesson, state):
    return not (state >= 2 and lesson in HOME_WED)


HW = {  # (group, day, number) -> (text, due, work id suffix)
    (G7, MON, 1): ("№ 312, 315 (а, б)", WED),
    (G7, MON, 2): ("Упр. 184; выделить причастные обороты", TUE),
    (G7, TUE, 2): ("§ 14, вопросы 1–5 на с. 61", D(2026, 10, 27)),
    (G7, WED, 1): ("Подготовиться к контрольной работе: № 330–336", THU),
    (G7, FRI, 4): ("Workbook p. 23, ex. 4, 5", D(2026, 10, 26)),
    (GHOME, MON, 7): ("№ 318, 320 (по карточке)", FRI),
    (GHOME, FRI, 8): ("Student's book p. 40, ex. 3 (письменно)", D(2026, 10, 26)),
    (GEL, THU, 7): ("Составить бюджет семьи на неделю (таблица)", D(2026, 10, 29)),
}
HW_DELETED = ("Прочитать статью «Откуда берутся деньги» (ссылка в группе)", D(2026, 10, 22))
HW_DELETED_AT = (GEL, THU, 7)  # set on Tuesday evening, deleted by the teacher on Wednesday

# marks: (group, day, number, pupil, scale, value, work type, counts)
MARKS = [
    (G7, MON, 1, POLINA, "mark5", "5", WT_OU, True), (G7, MON, 1, TIMOFEY, "mark5", "4", WT_OU, True),
    (G7, TUE, 3, ALISA, "mark5", "5", WT_OU, True), (G7, WED, 2, POLINA, "mark5", "4", WT_OU, True),
    (G7, THU, 6, POLINA, "mark5", "5", WT_KR, True), (G7, THU, 6, TIMOFEY, "mark5", "3", WT_KR, True),
    (G7, THU, 6, ALISA, "mark5", "4", WT_KR, True), (G7, TUE, 5, ARTEM, "mark5", "5", WT_OU, True),
    (G7, WED, 5, ALISA, "mark5", "5", WT_OU, True), (G7, FRI, 4, TIMOFEY, "mark5", "4-", WT_OU, True),
    (GPE, MON, 5, TIMOFEY, "markdismiss", "осв", WT_OU, False), (GPE, MON, 5, POLINA, "mark5", "5", WT_OU, True),
    (GPE, WED, 3, TIMOFEY, "markdismiss", "осв", WT_OU, False), (GPE, WED, 3, DANIIL, "mark5", "4", WT_OU, True),
    (GPE, FRI, 3, TIMOFEY, "markdismiss", "осв", WT_NR, False), (GPE, FRI, 3, POLINA, "mark5", "5", WT_NR, True),
    (GSMG, TUE, 8, ALISA, "mark5", "5", WT_OU, True), (GSMG, FRI, 8, ALISA, "mark5", "5", WT_OU, True),
    (GHOME, MON, 7, ARTEM, "mark5", "4", WT_OU, True), (GHOME, MON, 8, ARTEM, "mark5", "5", WT_OU, True),
    (GHOME, FRI, 7, ARTEM, "mark5", "4", WT_OU, True),
    (GEL, THU, 7, POLINA, "test", "зачёт", WT_ZCH, False), (GEL, THU, 7, ALISA, "test", "зачёт", WT_ZCH, False),
    (GEL, THU, 7, DANIIL, "test", "незачёт", WT_ZCH, False),
    (GFAM, WED, 2, DARYA, "mark5", "4", WT_PA, True), (GFAM, THU, 2, DARYA, "mark5", "5", WT_PA, True),
]
WRONG_TWO = (GPE, MON, 5, TIMOFEY, "mark5", "2", WT_OU, True)  # set on Monday, before the note reached the teacher
# attendance: (group, day, number, pupil, status, comment)
LOG = [
    (G7, TUE, 1, POLINA, "Late", "опоздание 10 мин"), (G7, THU, 4, TIMOFEY, "Absent", ""),
    (G7, TUE, 5, ARTEM, "Attend", ""), (G7, WED, 5, ARTEM, "Ill", "надомное обучение: болеет"),
    (GPE, MON, 5, TIMOFEY, "Attend", "освобождён (справка до 25.10), присутствует"),
    (GSMG, TUE, 8, ALISA, "Attend", ""), (GSMG, FRI, 8, ALISA, "Pass", "заявление родителей"),
    (GHOME, MON, 7, ARTEM, "Attend", ""), (GFAM, WED, 2, DARYA, "Attend", "аттестация"),
]
Q = [(1000007480001, "2026-09-01", "2026-10-25", 1, "Quarter", "1 четверть"),
     (1000007480002, "2026-11-05", "2026-12-28", 2, "Quarter", "2 четверть"),
     (1000007480003, "2027-01-11", "2027-03-21", 3, "Quarter", "3 четверть"),
     (1000007480004, "2027-03-31", "2027-05-26", 4, "Quarter", "4 четверть")]
HY = [(1000007480011, "2026-09-01", "2026-12-28", 1, "HalfYear", "1 полугодие"),
      (1000007480012, "2027-01-11", "2027-05-26", 2, "HalfYear", "2 полугодие")]
HOLIDAYS = [(1000008480001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008480002, "2026-12-29", "2027-01-10", "Зимние каникулы")]
# final marks: (group, period id, pupil, subject, scale, value)
FINALS = [
    (G7, 1000007480001, TIMOFEY, "Алгебра", "mark5", "4"), (G7, 1000007480001, TIMOFEY, PE, "markdismiss", "осв"),
    (G7, 1000007480001, TIMOFEY, "Русский язык", "mark5", "4"),
    (G7, 1000007480001, ALISA, "Алгебра", "mark5", "4"), (G7, 1000007480001, ALISA, PE, "mark5", "5"),
    (G7, 1000007480001, ALISA, "Финансовая грамотность", "test", "зачёт"),
    (G7, 1000007480001, ARTEM, "Алгебра", "mark5", "4"), (G7, 1000007480001, ARTEM, "Музыка", "mark5", "5"),
    (G7, 1000007480001, POLINA, "Алгебра", "mark5", "5"), (G7, 1000007480001, POLINA, PE, "mark5", "5"),
    (G7, 1000007480001, POLINA, "Финансовая грамотность", "test", "зачёт"),
    (G7, 1000007480001, DANIIL, "Финансовая грамотность", "test", "зачёт"),
    (GFAM, 1000007480011, DARYA, "Математика", "mark5", "4"),
    (GFAM, 1000007480011, DARYA, "Русский язык", "mark5", "5"),
]
AVERAGES = {TIMOFEY: {"Алгебра": "3.86", "Русский язык": "4.10"}, ALISA: {"Алгебра": "4.33", PE: "5.00"},
            POLINA: {"Алгебра": "4.71", PE: "4.88"}, ARTEM: {"Алгебра": "4.20"}}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+05:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


GROUPS = {  # id -> (type, name, fullName, parents, parallel)
    G7: ("Group", "7Б", "", [], 7), G8: ("Group", "8А", "", [], 8),
    GPE: ("Subgroup", "Физическая культура (основная группа)", "Быков А. В.", [G7], 7),
    GSMG: ("Subgroup", "Физическая культура (СМГ, 7–8 кл.)", "Колесникова В. И.", [G7, G8], 7),
    GHOME: ("Subgroup", "Надомное обучение (Васильев А.)", "Романова С. И.", [G7], 7),
    GEL: ("Subgroup", "Элективный курс «Финансовая грамотность»", "Осипов Г. А.", [G7], 7),
    GFAM: ("Group", "7 (семейное обучение, аттестация)", "", [], 7),
}


def group_obj(g):
    kind, name, full, parents, par = GROUPS[g]
    return {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents], "type": kind, "name": name,
            "fullName": full, "parallel": par, "timetable": TT, "timetable_str": str(TT), "status": "Active",
            "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School",
                                                           "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                          "groupIds": [g for g in (G7, GFAM) if c in MEMBERS[g]]} for c in children],
            "splitId": None}


def rpg(g):
    periods = HY if g == GFAM else Q
    rid = 1000009480000 + GIDX[g]
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": t, "name": name,
         "year": 2026} for pid, a, b, n, t, name in periods],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    return [{"Name": "Звонки 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def default_work(lesson):
    return lesson["id"] + 1000000000000000


def hw_work(lesson, deleted=False):
    return lesson["id"] + (3000000000000000 if deleted else 2000000000000000)


def works_of(lesson, state, hw_deleted_present):
    """The lesson's works (§3.2): its default work (the marks' column) and homework, if any."""
    v = view(lesson, state)
    subj = SUBJECTS[lesson["subject"]][0]
    pid, ptype = (1, "HalfYear") if lesson["g"] == GFAM else (1, "Quarter")
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": pid, "periodType": ptype, "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    key = (lesson["g"], lesson["day"], lesson["number"])
    scale = "test" if lesson["g"] == GEL else "mark5"
    wt = {GEL: WT_ZCH, GFAM: WT_PA}.get(lesson["g"], WT_KR if key == (G7, THU, 6) else
                                        WT_NR if key == (GPE, FRI, 3) else WT_OU)
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": wt, "markType": scale,
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": wt in (WT_KR, WT_PA), "targetDate": f"{v['day']}T00:00:00", "sentDate": None, **common}]
    hws = []
    if key in HW:
        hws.append((hw_work(lesson), *HW[key]))
    if key == HW_DELETED_AT and hw_deleted_present:
        hws.append((hw_work(lesson, True), *HW_DELETED))
    for wid, text, due in hws:
        tasks = [{**ids(2264325488548000000 + (wid % 100000000) * 100 + (50 if wid % 10**16 >= 3 * 10**15 else 0) + i), "person": p[0], "person_str": str(p[0]), "work": wid,
                  "work_str": str(wid), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                 for i, p in enumerate(MEMBERS[lesson["g"]])]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{lesson['day']}T16:{10 + lesson['number']}:05.3",
                    **common})
    return out


def entity_lesson(lesson, state, pulled, hw_deleted_present=False):
    v = view(lesson, state)
    sid, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson["id"]), "title": v["title"], "date": f"{v['day']}T{v['start']}:00", "number": v["number"],
            "subject": {**ids(sid), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{v['day']}T{v['start']}" else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, state, hw_deleted_present),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(g, a, b, state, pulled, hw_deleted_present=False):
    out = [entity_lesson(l, state, pulled, hw_deleted_present) for l in LESSONS.values()
           if l["g"] == g and held(l, state) and a <= view(l, state)["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_obj(m, state):
    g, day, n, p, scale, value, wt, counts = m
    lesson = L(g, day, n)
    v = view(lesson, state)
    off = 5 if value == "2" else 0
    mid = 2263325488548000000 + (lesson["id"] % 100000000) * 100 + [*MEMBERS[g]].index(p) * 10 + off
    mood = {"5": "Good", "4": "Good", "4-": "Good", "3": "Average", "2": "Bad"}.get(value, "NotSet")
    return {**ids(mid), "type": scale, "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{v['day']}T{int(v['start'][:2]) + 1:02d}:1{n}:2{n}.{40 + n}", "workType": wt, "mood": mood,
            "use_avg_calc": counts}


def marks_range(g, a, b, state, extra=()):
    return [mark_obj(m, state) for m in [*MARKS, *extra] if m[0] == g and a <= view(L(m[0], m[1], m[2]), state)["day"] <= b]


def log_obj(e, state):
    g, day, n, p, status, comment = e
    lesson = L(g, day, n)
    v = view(lesson, state)
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{v['day']}T{v['start'][:2]}:4{n}:0{n}.2"}


def flat(lesson, state, pulled):
    e = entity_lesson(lesson, state, pulled)
    v = view(lesson, state)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0,
            "building": "Корпус 1" if lesson["g"] != GHOME else "", "place": lesson["place"],
            "floor": "" if lesson["g"] == GHOME else "2", "hours": f"{v['start']} - {v['end']}",
            "works": [w["id"] for w in e["works"]], "teachers": [lesson["teacher"][0]]}


def pupil_lessons(p, state):
    """The lessons of a pupil's own diary (§0 schedules bundle is per person): his groups' lessons; a pupil taught
    at home has only those class lessons he attends at school."""
    out = []
    for l in LESSONS.values():
        if not held(l, state) or p not in MEMBERS[l["g"]]:
            continue
        if p is ARTEM and l["g"] == G7 and l["subject"] not in ARTEM_AT_SCHOOL:
            continue
        out.append(l)
    return out


def schedules(p, g, a, b, state, pulled):
    days, day = [], a
    mine = pupil_lessons(p, state)
    while day <= b:
        ls = sorted([l for l in mine if view(l, state)["day"] == day],
                    key=lambda l: (view(l, state)["start"], view(l, state)["number"]))
        works = [w for l in ls for w in entity_lesson(l, state, pulled)["works"]]
        marks = [mark_obj(m, state) for m in MARKS if m[3] is p and L(m[0], m[1], m[2]) in ls]
        logs = [log_obj(e, state) for e in LOG if e[3] is p and L(e[0], e[1], e[2]) in ls]
        subj = {}
        for l in ls:
            subj[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
        teachers = {l["teacher"][0]: person(l["teacher"]) for l in ls}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat(l, state, pulled) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subj.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
                                    "isImportant": i in (WT_KR, WT_PA), "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs, "teachers": [teachers[k] for k in sorted(teachers)], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def homework_bundle(a, b, state, pulled):
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        hw = [w for w in entity_lesson(l, state, pulled)["works"] if w["type"] == "Homework"]
        if not hw or not held(l, state) or not a <= view(l, state)["day"] <= b:
            continue
        works += hw
        lessons.append(flat(l, state, pulled))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def final_marks(g):
    out = []
    for p in MEMBERS[g]:
        mine = [f for f in FINALS if f[0] == g and f[2] is p]
        if not mine:
            continue
        rp = mine[0][1]
        rows = []
        for _, _, _, subject, scale, value in mine:
            sid = SUBJECTS[subject][0]
            work = 2265325488548000000 + (rp % 1000) * 100000 + (sid % 1000) * 100
            mid = 2266325488548000000 + (rp % 1000) * 10000000 + (sid % 1000) * 10000 + p[0] % 10000
            rows.append({"subject": sid, "subject_str": str(sid), "final-mark": {
                **ids(mid), "type": scale, "value": value, "textValue": value, "person": p[0],
                "person_str": str(p[0]), "work": work, "work_str": str(work), "lesson": None, "lesson_str": None,
                "number": 0, "date": "2026-10-23T17:05:12.4" if g == GFAM else "2026-10-25T12:40:31.07",
                "workType": WT_PM, "mood": {"5": "Good", "4": "Good"}.get(value, "NotSet"), "use_avg_calc": False}})
        out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g), "reportingPeriod": rp,
                    "reportingPeriod_str": str(rp), "per-subject-final-marks": rows})
    return out


def averages():
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v} for s, v in subj.items()]}
        for p, subj in AVERAGES.items()]


GROUP_ORDER = (G7, GPE, GSMG, GHOME, GEL, GFAM)


def clock(stamp, minutes):
    return (dt.datetime.fromisoformat(stamp) + dt.timedelta(minutes=minutes)).isoformat()


def main():
    sat = D(2026, 10, 24)
    sun = D(2026, 10, 25)
    t0 = "2026-10-18T19:00:00"
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 48»",
                                     "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                     "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "66."}, t0),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], clock(t0, 0.5)),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G7, G8, GPE, GSMG, GHOME, GEL, GFAM)],
            clock(t0, 1)),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in MEMBERS[g]], clock(t0, 1.5 + i / 4))
          for i, g in enumerate(GROUP_ORDER)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(), clock(t0, 3 + i / 4))
          for i, g in enumerate((G7, GSMG, GFAM))],
        *[rec(f"GET /v2/users/{par[1]}/context", context(par, kids), clock(t0, 4 + i / 4))
          for i, (par, kids) in enumerate(PARENTS)],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), clock(t0, 6 + i / 4))
          for i, g in enumerate((G7, GFAM))],
    ]
    t1 = "2026-10-18T19:10:00"
    week_plan = [rec(f"GET /v2/edu-groups/{g}/lessons/{MON}/{sat}", lessons_range(g, MON, sat, 0, t1[:16]),
                     clock(t1, i)) for i, g in enumerate(GROUP_ORDER)]
    t2 = "2026-10-20T18:30:00"  # Tuesday evening: Monday's PE «2» and the elective's first homework
    tuesday = [
        rec(f"GET /v2/edu-groups/{GPE}/marks/{MON}/{TUE}", marks_range(GPE, MON, TUE, 0, [WRONG_TWO]), t2),
        rec(f"GET /v2/edu-groups/{GEL}/lessons/{MON}/{sat}", lessons_range(GEL, MON, sat, 0, t2[:16], True),
            clock(t2, 1)),
    ]
    t3 = "2026-10-21T07:40:00"  # Wednesday morning: Артём is ill, his home lessons of the day are cancelled
    wednesday = [rec(f"GET /v2/edu-groups/{GHOME}/lessons/{WED}/{WED}", lessons_range(GHOME, WED, WED, 2, t3[:16]), t3)]
    t4 = "2026-10-21T20:15:00"  # Wednesday evening: the elective moved to Friday, its first homework deleted
    wed_evening = [rec(f"GET /v2/edu-groups/{GEL}/lessons/{MON}/{sat}", lessons_range(GEL, MON, sat, 2, t4[:16]), t4)]
    t5 = "2026-10-24T19:00:00"  # Saturday evening: the week's pull
    week = []
    m = 0
    for g in GROUP_ORDER:
        week.append(rec(f"GET /v2/edu-groups/{g}/marks/{MON}/{sun}", marks_range(g, MON, sun, 2), clock(t5, m)))
        m += 1
    for g in GROUP_ORDER:
        week.append(rec(f"GET /v2/edu-groups/{g}/lessons/{MON}/{sat}", lessons_range(g, MON, sat, 2, clock(t5, m)[:16]),
                        clock(t5, m)))
        m += 1
    for g in GROUP_ORDER:
        week.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={MON}&to={sun}",
                        [log_obj(e, 2) for e in LOG if e[0] == g], clock(t5, m)))
        m += 1
    week.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={MON}&endDate=2026-10-31",
                    homework_bundle(MON, D(2026, 10, 31), 2, clock(t5, m)[:16]), clock(t5, m)))
    m += 1
    for p, g in ((TIMOFEY, G7), (ALISA, G7), (ARTEM, G7), (POLINA, G7), (DARYA, GFAM)):
        week.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={MON}&endDate={sat}",
                        schedules(p, g, MON, sat, 2, clock(t5, m)[:16]), clock(t5, m)))
        m += 1
    t6 = "2026-10-26T10:00:00"  # Monday of the autumn break: the quarter's final marks and averages
    finals = [
        rec(f"GET /v2/edu-groups/{G7}/final-marks", final_marks(G7), t6),
        rec(f"GET /v2/edu-groups/{GFAM}/final-marks", final_marks(GFAM), clock(t6, 1)),
        rec(f"GET /v2/edu-groups/{G7}/avg-marks/2026-09-01/2026-10-25", averages(), clock(t6, 2)),
    ]
    steps = [
        ("1. reference data: school, work types, groups and subgroups, members, bells, parents, periods "
         "(Sun 2026-10-18 19:00)", [setup]),
        ("2. the week as planned, every group (Sun 2026-10-18 19:10)", [week_plan]),
        ("3. Tuesday evening: Monday's PE marks with Тимофей's «2», the elective's homework (Tue 2026-10-20 18:30)",
         [tuesday]),
        ("4. Wednesday morning: Артём's home lessons of the day cancelled (Wed 2026-10-21 07:40)", [wednesday]),
        ("5. Wednesday evening: the elective moved to Friday 14:10, its reading homework deleted "
         "(Wed 2026-10-21 20:15)", [wed_evening]),
        ("6. the week's pull: marks, lessons, log entries, homework, the pupils' own days (Sat 2026-10-24 19:00)",
         [week]),
        ("7. the quarter's final marks, the attestation's half-year marks, averages (Mon 2026-10-26 10:00)",
         [finals]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 48» (Екатеринбург, UTC+5), 7Б, 2026-10-19..10-24 and the first quarter's "
                       "final marks: a pupil exempt from PE on a doctor's note, one in the special medical group, "
                       "one taught at home, one on family education attested in a group of her own, and a "
                       "pass/fail elective.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
