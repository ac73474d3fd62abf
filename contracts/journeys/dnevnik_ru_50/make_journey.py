"""Write journey.json: «Лицей № 50» (Казань, UTC+3), Dnevnik.ru, class 7Б, one dense school week
(Mon 2026-11-16 .. Fri 2026-11-20) of one school's sync job: double lessons (one topic or two), several marks for
one pupil in one lesson (class work, homework check, a test of weight 3), a double lesson taken over by a substitute,
a lesson with two teachers, eight-lesson days, subgroups in the same slot in parallel (English and Информатика
halves that swap, Технология for boys and girls as a parallel double), marks without attendance entries and
absences without marks, homework set on the first of a double lesson only, a corrected and a deleted mark, a
withdrawn homework and a cancelled last lesson. Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002500050
G = 2260325488550100071  # 7Б (19 digits, §1)
EN1, EN2, IN1, IN2, TB, TG = (2260325488550100711, 2260325488550100712, 2260325488550100713, 2260325488550100714,
                              2260325488550100715, 2260325488550100716)
TT = 1000006500071
WT_OU, WT_PDZ, WT_SR, WT_KR, WT_DZ, WT_PR = 5001, 5002, 5003, 5004, 5005, 5006
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_PDZ, "CommonWork", "Проверка домашнего задания", "ПДЗ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PR, "LaboratoryWork", "Практическая работа", "ПР", 2),
]
WT_KIND = {w[0]: w[1] for w in WORK_TYPES}
SLOT = {WT_OU: 0, WT_PDZ: 1, WT_SR: 2, WT_KR: 3, WT_PR: 4}  # a lesson's works by work type
SUBJECTS = {
    "Русский язык": (1000003500001, "Филология"), "Литература": (1000003500002, "Филология"),
    "Английский язык": (1000003500003, "Филология"), "Алгебра": (1000003500004, "Математика"),
    "Геометрия": (1000003500005, "Математика"), "Информатика": (1000003500006, "Математика и информатика"),
    "История": (1000003500007, "Общественные науки"), "Обществознание": (1000003500008, "Общественные науки"),
    "Биология": (1000003500009, "Естествознание"), "География": (1000003500010, "Естествознание"),
    "Физика": (1000003500011, "Естествознание"), "Физическая культура": (1000003500012, "Физическая культура"),
    "Музыка": (1000003500013, "Искусство"), "Изобразительное искусство": (1000003500014, "Искусство"),
    "Технология": (1000003500015, "Технология"),
}

# persons: (person id, user id, last, first, middle, sex)
ALENA = (1000012500101, 1000011500101, "Воронцова", "Алёна", "Игоревна", "Female")
TIMUR = (1000012500102, 1000011500102, "Галиев", "Тимур", "Ренатович", "Male")
DASHA = (1000012500103, 1000011500103, "Кузьмина", "Дарья", "Сергеевна", "Female")
MAKSIM = (2260325488550300104, 2260325488550400104, "Орлов", "Максим", "Андреевич", "Male")
PUPILS = [ALENA, TIMUR, DASHA, MAKSIM]
PARENTS = [  # (parent, children)
    ((1000012500901, 1000011500901, "Воронцова", "Ирина", "Александровна", "Female"), [ALENA]),
    ((1000012500902, 1000011500902, "Галиев", "Ренат", "Ильдарович", "Male"), [TIMUR]),
    ((1000012500903, 1000011500903, "Кузьмина", "Ольга", "Викторовна", "Female"), [DASHA]),
    ((1000012500904, 1000011500904, "Орлов", "Андрей", "Валерьевич", "Male"), [MAKSIM]),
]
T_MIR = (1000012500950, 1000011500950, "Миронова", "Елена", "Викторовна", "Female")
T_SAF = (1000012500951, 1000011500951, "Сафина", "Гульнара", "Рашидовна", "Female")
T_HAB = (1000012500952, 1000011500952, "Хабибуллина", "Алсу", "Ильдаровна", "Female")
T_PET = (1000012500953, 1000011500953, "Петров", "Артём", "Сергеевич", "Male")
T_ZAR = (1000012500954, 1000011500954, "Зарипов", "Ильдар", "Маратович", "Male")
T_NIK = (1000012500955, 1000011500955, "Никитина", "Светлана", "Павловна", "Female")
T_AKH = (1000012500956, 1000011500956, "Ахметов", "Руслан", "Айдарович", "Male")
T_BEL = (1000012500957, 1000011500957, "Белова", "Анна", "Игоревна", "Female")
T_SOK = (1000012500958, 1000011500958, "Соколов", "Павел", "Андреевич", "Male")
T_LAP = (1000012500959, 1000011500959, "Лаптева", "Марина", "Юрьевна", "Female")
T_GRI = (1000012500960, 1000011500960, "Григорьев", "Олег", "Николаевич", "Male")
T_KRA = (1000012500961, 1000011500961, "Кравцов", "Денис", "Олегович", "Male")
T_EFI = (1000012500962, 1000011500962, "Ефимова", "Наталья", "Петровна", "Female")
T_FAT = (1000012500963, 1000011500963, "Фаттахова", "Лилия", "Ринатовна", "Female")  # substitute, Wed 2-3
T_ORL = (1000012500964, 1000011500964, "Орлова", "Вера", "Михайловна", "Female")  # school librarian, Thu 3
TEACHERS = [T_MIR, T_SAF, T_HAB, T_PET, T_ZAR, T_NIK, T_AKH, T_BEL, T_SOK, T_LAP, T_GRI, T_KRA, T_EFI, T_FAT, T_ORL]

GROUPS = {  # id: (type, name, fullName, members)
    G: ("Group", "7Б", "", PUPILS),
    EN1: ("Subgroup", "7Б Английский язык, 1 группа", "Хабибуллина Алсу Ильдаровна", [ALENA, MAKSIM]),
    EN2: ("Subgroup", "7Б Английский язык, 2 группа", "Петров Артём Сергеевич", [TIMUR, DASHA]),
    IN1: ("Subgroup", "7Б Информатика, 1 группа", "Ахметов Руслан Айдарович", [ALENA, MAKSIM]),
    IN2: ("Subgroup", "7Б Информатика, 2 группа", "Белова Анна Игоревна", [TIMUR, DASHA]),
    TB: ("Subgroup", "7Б Технология (мальчики)", "Зарипов Ильдар Маратович", [TIMUR, MAKSIM]),
    TG: ("Subgroup", "7Б Технология (девочки)", "Никитина Светлана Павловна", [ALENA, DASHA]),
}
ORDER = [G, EN1, EN2, IN1, IN2, TB, TG]
ROOM = {G: "305", EN1: "214", EN2: "216", IN1: "118", IN2: "119", TB: "мастерская 1", TG: "кабинет 7"}

D = dt.date
MON = D(2026, 11, 16)
WEEK = [MON + dt.timedelta(days=i) for i in range(5)]
SAT, SUN = MON + dt.timedelta(days=5), MON + dt.timedelta(days=6)
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:45", "12:25"), 6: ("12:35", "13:15"), 7: ("13:25", "14:05"), 8: ("14:15", "14:55")}

# the week as planned: day index -> number -> [(group, subject, teachers, topic)] (parallel subgroups share a number)
PLAN = {
    0: {1: [(G, "Русский язык", [T_MIR], "Причастие как часть речи")],
        2: [(EN1, "Английский язык", [T_HAB], "Unit 3. Travelling: новая лексика"),
            (EN2, "Английский язык", [T_PET], "Unit 3. Present Perfect: образование")],
        3: [(G, "Алгебра", [T_SAF], "Умножение одночлена на многочлен")],
        4: [(G, "Алгебра", [T_SAF], "Умножение одночлена на многочлен")],
        5: [(G, "История", [T_SOK], "Смутное время: причины и начало")],
        6: [(G, "Биология", [T_LAP], "Простейшие: амёба и инфузория-туфелька")],
        7: [(G, "Физическая культура", [T_KRA], "Волейбол: верхняя передача мяча")]},
    1: {1: [(G, "Литература", [T_MIR], "Н. В. Гоголь. «Тарас Бульба»: история создания")],
        2: [(G, "Русский язык", [T_MIR], "Действительные и страдательные причастия")],
        3: [(G, "Геометрия", [T_SAF], "Признаки равенства треугольников")],
        4: [(G, "Физика", [T_GRI], "Плотность вещества")],
        5: [(IN1, "Информатика", [T_AKH], "Кодирование текстовой информации"),
            (EN2, "Английский язык", [T_PET], "Unit 3. Чтение: «A trip to Kazan»")],
        6: [(EN1, "Английский язык", [T_HAB], "Unit 3. Present Perfect: образование"),
            (IN2, "Информатика", [T_BEL], "Кодирование текстовой информации")],
        7: [(G, "География", [T_LAP], "Климатические пояса Земли")],
        8: [(G, "Музыка", [T_EFI], "Музыка народов Поволжья")]},
    2: {1: [(G, "Алгебра", [T_SAF], "Умножение многочлена на многочлен")],
        2: [(G, "Русский язык", [T_MIR], "Причастный оборот")],
        3: [(G, "Русский язык", [T_MIR], "Знаки препинания при причастном обороте")],
        4: [(G, "Обществознание", [T_SOK], "Права и обязанности граждан")],
        5: [(G, "Биология", [T_LAP], "Жгутиконосцы. Эвглена зелёная")],
        6: [(EN1, "Английский язык", [T_HAB], "Unit 3. Аудирование: at the station"),
            (EN2, "Английский язык", [T_PET], "Unit 3. Аудирование: at the airport")],
        7: [(G, "Изобразительное искусство", [T_EFI], "Шрифт и композиция плаката")]},
    3: {1: [(G, "История", [T_SOK], "Первые Романовы")],
        2: [(G, "Геометрия", [T_SAF], "Решение задач на признаки равенства треугольников")],
        3: [(G, "Литература", [T_MIR, T_ORL], "Урок в библиотеке: Запорожская Сечь в повести")],
        4: [(G, "Физика", [T_GRI], "Решение задач на плотность")],
        5: [(G, "Алгебра", [T_SAF], "Умножение многочлена на многочлен: текстовые задачи")],
        6: [(G, "Физическая культура", [T_KRA], "Волейбол: нижняя прямая подача")],
        7: [(TB, "Технология", [T_ZAR], "Пиление древесины ножовкой"),
            (TG, "Технология", [T_NIK], "Блюда из круп")],
        8: [(TB, "Технология", [T_ZAR], "Пиление древесины ножовкой"),
            (TG, "Технология", [T_NIK], "Сервировка стола к завтраку")]},
    4: {1: [(G, "Русский язык", [T_MIR], "Контрольный диктант по теме «Причастие»")],
        2: [(G, "Алгебра", [T_SAF], "Умножение многочленов: обобщение")],
        3: [(G, "Геометрия", [T_SAF], "Решение задач")],
        4: [(G, "География", [T_LAP], "Природные зоны Африки")],
        5: [(IN1, "Информатика", [T_AKH], "Практическая работа «Кодировка символов»"),
            (IN2, "Информатика", [T_BEL], "Практическая работа «Кодировка символов»")],
        6: [(G, "Литература", [T_MIR], "«Тарас Бульба»: Остап и Андрий")],
        7: [(G, "Физическая культура", [T_KRA], "Волейбол: учебная игра")],
        8: [(G, "История", [T_SOK], "Смутное время: обобщение")]},
}
# what the Saturday pull states differently: the substitute took Wednesday's Русский double; Friday's История #8 was
# cancelled (the teacher on a course) and is gone from the class's range
SUBSTITUTED = {(2, 2): [T_FAT], (2, 3): [T_FAT]}
CANCELLED = {(4, 8)}


def lesson_id(day, number, group):
    return 2260325488550700000 + day * 1000 + number * 10 + ORDER.index(group)


LESSONS = {}  # (day, number, group) -> dict
for _day, _slots in PLAN.items():
    for _n, _items in _slots.items():
        for _g, _subj, _teachers, _topic in _items:
            LESSONS[(_day, _n, _g)] = {"id": lesson_id(_day, _n, _g), "day": _day, "date": WEEK[_day], "number": _n,
                                       "g": _g, "subject": _subj, "teachers": _teachers, "topic": _topic}

# marks: (day, number, group, pupil, work type, value); works of a lesson follow from its marks (one work per type)
MARKS = [
    (0, 1, G, TIMUR, WT_OU, "3"),  # corrected to "4" by the Saturday pull (same id)
    (0, 2, EN1, ALENA, WT_OU, "4"), (0, 2, EN2, TIMUR, WT_OU, "5"), (0, 2, EN2, DASHA, WT_OU, "3"),
    (0, 3, G, ALENA, WT_OU, "5"), (0, 3, G, ALENA, WT_PDZ, "4"), (0, 3, G, TIMUR, WT_OU, "3+"),
    (0, 3, G, DASHA, WT_PDZ, "5"),
    (0, 4, G, ALENA, WT_KR, "4-"), (0, 4, G, DASHA, WT_KR, "5-"), (0, 4, G, MAKSIM, WT_KR, "3"),
    (0, 6, G, MAKSIM, WT_OU, "4"),
    (1, 2, G, DASHA, WT_OU, "5"),
    (1, 4, G, MAKSIM, WT_OU, "2"),  # deleted: the Saturday range lacks it
    (1, 4, G, ALENA, WT_SR, "5"),
    (1, 5, IN1, ALENA, WT_PR, "5"), (1, 5, IN1, MAKSIM, WT_PR, "4"), (1, 5, EN2, DASHA, WT_OU, "4"),
    (1, 6, IN2, TIMUR, WT_PR, "4"), (1, 6, IN2, DASHA, WT_PR, "5"),
    (2, 2, G, DASHA, WT_OU, "4"), (2, 2, G, DASHA, WT_PDZ, "5"), (2, 3, G, DASHA, WT_SR, "3+"),
    (2, 2, G, TIMUR, WT_PDZ, "2"), (2, 3, G, ALENA, WT_SR, "4+"),
    (2, 6, EN1, MAKSIM, WT_OU, "5"), (2, 6, EN2, TIMUR, WT_OU, "4"),
    (3, 3, G, ALENA, WT_OU, "5"), (3, 4, G, DASHA, WT_OU, "4"),
    (3, 5, G, TIMUR, WT_OU, "4"), (3, 5, G, TIMUR, WT_SR, "3"),
    (3, 7, TG, ALENA, WT_PR, "5"), (3, 8, TG, ALENA, WT_OU, "4"),
    (3, 7, TB, TIMUR, WT_PR, "4"), (3, 8, TB, MAKSIM, WT_PR, "5"),
    (4, 1, G, ALENA, WT_KR, "4"), (4, 1, G, TIMUR, WT_KR, "3"), (4, 1, G, MAKSIM, WT_KR, "5"),
    (4, 5, IN1, MAKSIM, WT_PR, "5"), (4, 5, IN2, TIMUR, WT_PR, "5-"),
    (4, 6, G, DASHA, WT_OU, "5"),
]
CORRECTED = {(0, 1, G, TIMUR[0], WT_OU): "4"}
DELETED = {(1, 4, G, MAKSIM[0], WT_OU)}

# attendance: (day, number, group, pupil, status, comment); present pupils mostly have no entry at all
LOG = [
    (0, 1, G, MAKSIM, "Late", "опоздал на 10 минут"),
    (0, 4, G, TIMUR, "Pass", "городская олимпиада по математике, приказ № 212"),
    (2, 2, G, ALENA, "Attend", ""), (2, 2, G, TIMUR, "Attend", ""), (2, 2, G, DASHA, "Attend", ""),
    (2, 2, G, MAKSIM, "Attend", ""),
    (3, 2, G, TIMUR, "Absent", ""),
    (3, 7, TG, DASHA, "Absent", ""), (3, 8, TG, DASHA, "Absent", ""),
    (4, 1, G, DASHA, "Ill", "справка из поликлиники"),
]

# homework: (day, number, group) -> (text, due); set on the first lesson of a double only
HW = {
    (0, 3, G): ("№ 312, 315; повторить формулы сокращённого умножения", D(2026, 11, 18)),
    (0, 2, EN1): ("Ex. 5, p. 42 (письменно)", D(2026, 11, 17)),
    (0, 2, EN2): ("Учебник с. 40, упр. 3; слова 3B наизусть", D(2026, 11, 17)),
    (1, 4, G): ("§ 14, упр. 9 (1–3)", D(2026, 11, 19)),  # withdrawn: the Saturday bundle lacks it
    (1, 5, IN1): ("§ 2.3, вопросы 1–4 письменно", D(2026, 11, 20)),
    (1, 6, IN2): ("§ 2.3, вопросы 1–5; таблица ASCII", D(2026, 11, 20)),
    (2, 2, G): ("Упр. 214, 216; выписать 5 причастных оборотов из «Тараса Бульбы»", D(2026, 11, 20)),
    (3, 3, G): ("Прочитать «Тараса Бульбу», гл. 5–7", D(2026, 11, 20)),
    (3, 7, TB): ("Принести эскиз подставки для телефона", D(2026, 11, 26)),
    (3, 7, TG): ("Принести фартук и косынку; рецепт каши", D(2026, 11, 26)),
    (4, 3, G): ("№ 156, 158", D(2026, 11, 23)),
}
WITHDRAWN = {(1, 4, G)}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def group_obj(g):
    kind, name, full, _ = GROUPS[g]
    parents = [] if g == G else [G]
    return {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents], "type": kind, "name": name,
            "fullName": full, "parallel": 7, "timetable": TT, "timetable_str": str(TT), "status": "Active",
            "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Лицей № 50»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [g for g in ORDER if c in GROUPS[g][3]]} for c in children],
            "splitId": None}


PERIODS = [(1000007500001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007500002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007500003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007500004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008500001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008500002, "2026-12-29", "2027-01-11", "Зимние каникулы"),
            (1000008500003, "2027-03-22", "2027-03-30", "Весенние каникулы")]


def rpg():
    rid = 1000009500071
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 5–11 классов", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def teachers_of(lesson, final):
    if final and (lesson["day"], lesson["number"]) in SUBSTITUTED and lesson["g"] == G:
        return SUBSTITUTED[(lesson["day"], lesson["number"])]
    return lesson["teachers"]


def held(lesson, final):
    return not (final and (lesson["day"], lesson["number"]) in CANCELLED and lesson["g"] == G)


def marks_of(lesson, final):
    return [m for m in MARKS if (m[0], m[1], m[2]) == (lesson["day"], lesson["number"], lesson["g"])
            and not (final and (m[0], m[1], m[2], m[3][0], m[4]) in DELETED)]


def work_id(lesson, wt):
    return 2260325488551000000 + (lesson["id"] % 100000) * 10 + SLOT[wt]


def hw_id(lesson):
    return 2260325488551000000 + (lesson["id"] % 100000) * 10 + 9


def hw_of(lesson, final):
    key = (lesson["day"], lesson["number"], lesson["g"])
    if final and key in WITHDRAWN:
        return None
    return HW.get(key)


def work_objs(lesson, final):
    """The lesson's works (§3.2): its default work, one work per other work type its marks use, its homework."""
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": teachers_of(lesson, final)[0][0], "files": [], "oneDriveLinks": []}
    types = [WT_OU] + sorted({m[4] for m in MARKS if (m[0], m[1], m[2]) == (lesson["day"], lesson["number"],
                                                                              lesson["g"])} - {WT_OU})
    out = []
    for wt in types:
        text = {WT_PDZ: "Проверка домашнего задания", WT_SR: "Самостоятельная работа на 15 минут",
                WT_KR: "Контрольная работа", WT_PR: "Практическая работа за компьютером"}.get(wt, "")
        out.append({**ids(work_id(lesson, wt)), "type": WT_KIND[wt], "workType": wt, "markType": "mark5",
                    "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": text,
                    "isImportant": wt == WT_KR, "targetDate": f"{lesson['date']}T00:00:00", "sentDate": None,
                    **common})
    hw = hw_of(lesson, final)
    if hw:
        wid = hw_id(lesson)
        tasks = [{**ids(2260325488553000000 + (lesson["id"] % 100000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": f"{hw[1]}T00:00:00"} for i, p in enumerate(GROUPS[lesson["g"]][3])]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0],
                    "isImportant": False, "targetDate": f"{hw[1]}T00:00:00",
                    "sentDate": f"{lesson['date']}T{BELLS[lesson['number']][1]}:12.4", **common})
    return out


def entity_lesson(lesson, final):
    subj_id, area = SUBJECTS[lesson["subject"]]
    teachers = teachers_of(lesson, final)
    return {**ids(lesson["id"]), "title": lesson["topic"], "date": f"{lesson['date']}T{BELLS[lesson['number']][0]}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Conducted" if final else "Planned", "resultPlaceId": 0,
            "works": work_objs(lesson, final), "teachers": [t[0] for t in teachers],
            "teachers_str": [str(t[0]) for t in teachers]}


def flat_lesson(lesson, final):
    e = entity_lesson(lesson, final)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOM[lesson["g"]], "floor": "3" if lesson["g"] == G else "2", "hours": f"{a} - {b}",
            "works": [w["id"] for w in e["works"]], "teachers": e["teachers"]}


def lessons_range(g, final):
    return [entity_lesson(l, final) for l in sorted(LESSONS.values(), key=lambda l: (l["date"], l["number"]))
            if l["g"] == g and held(l, final)]


def mark_obj(m, final):
    day, n, g, p, wt, value = m
    lesson = LESSONS[(day, n, g)]
    if final:
        value = CORRECTED.get((day, n, g, p[0], wt), value)
    mid = 2260325488552000000 + (lesson["id"] % 100000) * 100 + SLOT[wt] * 10 + PUPILS.index(p)
    minute = 10 + SLOT[wt] * 7 + PUPILS.index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": work_id(lesson, wt), "work_str": str(work_id(lesson, wt)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{lesson['date']}T{BELLS[n][0][:2]}:{minute:02d}:3{n}.{PUPILS.index(p) + 1}7", "workType": wt,
            "mood": "Good" if value[0] in "45" else "Average" if value[0] == "3" else "Bad", "use_avg_calc": True}


def marks_range(g, last_day, final):
    return [mark_obj(m, final) for m in MARKS if m[2] == g and m[0] <= last_day
            and not (final and (m[0], m[1], m[2], m[3][0], m[4]) in DELETED)]


def log_obj(e):
    day, n, g, p, status, comment = e
    lesson = LESSONS[(day, n, g)]
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status,
            "createdDate": f"{lesson['date']}T{BELLS[n][0][:2]}:{5 + n:02d}:1{n}.{PUPILS.index(p) + 2}"}


def log_range(g, last_day):
    return [log_obj(e) for e in LOG if e[2] == g and e[0] <= last_day]


def homework_bundle(final):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not hw_of(l, final) or not held(l, final) or (not final and l["day"] > 2):
            continue
        works += [w for w in entity_lesson(l, final)["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, final))
        for t in teachers_of(l, final):
            teachers[t[0]] = person(t)
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range with the pupil's lessons (his class's and his
    subgroups'), marks and log entries."""
    groups = [g for g in ORDER if p in GROUPS[g][3]]
    days = []
    for i in range(6):
        date = MON + dt.timedelta(days=i)
        ls = sorted([l for l in LESSONS.values() if l["date"] == date and l["g"] in groups and held(l, True)],
                    key=lambda l: l["number"])
        works = [w for l in ls for w in entity_lesson(l, True)["works"]]
        marks = [mark_obj(m, True) for l in ls for m in marks_of(l, True) if m[3] == p]
        logs = [log_obj(e) for e in LOG if e[3] == p and LESSONS[(e[0], e[1], e[2])] in ls]
        days.append({"date": f"{date}T00:00:00", "lessons": [flat_lesson(l, True) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None}
                                  for s in dict.fromkeys(l["subject"] for l in ls)],
                     "workTypes": [{"id": i_, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i_ == WT_KR, "kindId": 0, "kind": k}
                                   for i_, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({t for l in ls for t in teachers_of(l, True)})],
                     "nextDate": None})
    for i in range(len(days)):
        days[i]["nextDate"] = days[i + 1]["date"] if i + 1 < len(days) else f"{SUN + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def stamps(start):
    base = dt.datetime.fromisoformat(start)
    i = 0
    while True:
        yield (base + dt.timedelta(seconds=20 * i)).isoformat()
        i += 1


def main():
    t = stamps("2026-11-15T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Лицей № 50»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 50»",
                                     "avatarSmall": None, "city": "Казань", "municipality": "г. Казань",
                                     "regionId": 16, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "16."}, next(t)),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": ti, "abbr": ab,
                                         "weight": w} for i, k, ti, ab, w in WORK_TYPES], next(t)),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in ORDER], next(t)),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in GROUPS[g][3]], next(t)) for g in ORDER],
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), next(t)),
        *[rec(f"GET /v2/persons/{p[0]}", person(p), next(t)) for p in TEACHERS],
        *[rec(f"GET /v2/users/{par[1]}/context", context(par, kids), next(t)) for par, kids in PARENTS],
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), next(t)),
    ]
    t = stamps("2026-11-15T19:30:00")
    plan = [rec(f"GET /v2/edu-groups/{g}/lessons/{MON}/{SAT}", lessons_range(g, False), next(t)) for g in ORDER]
    t = stamps("2026-11-18T20:00:00")
    wed = MON + dt.timedelta(days=2)
    midweek = [
        *[rec(f"GET /v2/edu-groups/{g}/marks/{MON}/{wed}", marks_range(g, 2, False), next(t)) for g in ORDER],
        *[rec(f"GET /v2/lesson-log-entries/group/{g}?from={MON}&to={wed}", log_range(g, 2), next(t))
          for g in ORDER],
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={MON}&endDate={SUN}", homework_bundle(False), next(t)),
    ]
    t = stamps("2026-11-21T12:00:00")
    saturday = [
        *[rec(f"GET /v2/edu-groups/{g}/lessons/{MON}/{SAT}", lessons_range(g, True), next(t)) for g in ORDER],
        *[rec(f"GET /v2/edu-groups/{g}/marks/{MON}/{SUN}", marks_range(g, 4, True), next(t)) for g in ORDER],
        *[rec(f"GET /v2/lesson-log-entries/group/{g}?from={MON}&to={SUN}", log_range(g, 4), next(t))
          for g in ORDER],
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={MON}&endDate={SUN}", homework_bundle(True), next(t)),
        *[rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={MON}&endDate={SAT}", schedules(p), next(t))
          for p in (ALENA, TIMUR)],
    ]
    steps = [
        ("1. reference data: school, work types, the class and its six subgroups, members, bells, teachers, "
         "parents, periods (Sun 2026-11-15 19:00)", [setup]),
        ("2. the week as planned, the class's and each subgroup's range (Sun 2026-11-15 19:30)", [plan]),
        ("3. mid-week pull: marks and log entries Mon..Wed, homework of the week (Wed 2026-11-18 20:00)", [midweek]),
        ("4. the week's pull: lessons (substitute on Wednesday, Friday's #8 cancelled), marks and log entries "
         "Mon..Sun (one mark corrected, one deleted), homework (one withdrawn), two pupils' schedules "
         "(Sat 2026-11-21 12:00)", [saturday]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 50» (Казань, UTC+3), 7Б and its six subgroups, 2026-11-16..11-20: dense days "
                       "of double lessons, several marks per pupil per lesson, parallel subgroups in one slot, "
                       "eight-lesson days, a substitute and a lesson with two teachers.",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 50»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
