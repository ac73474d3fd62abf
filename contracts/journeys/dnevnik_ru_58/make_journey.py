"""Write journey.json: «Гимназия № 58» (Самара, UTC+4), Dnevnik.ru, two school days (Tue 2026-10-13 and Wed
2026-10-14) of two classes (5Б, 9А) as they fill in, pulled at 07:30, 10:00, 13:00, 16:00 and 21:00 local and once
more the next morning: lessons planned without topics, topics, attendance and marks added lesson by lesson, homework
set during the day and edited in the evening, a lesson whose teacher falls ill (a substitute at noon, then the
lesson cancelled), a lesson replaced by another subject at noon, a mark put on and taken off the same afternoon, a
mark corrected, absences first `Absent` («Н») then `Ill` / `Pass`. Standard library only; deterministic. Sections
(§) are those of shared/reference/dnevnik_ru.md; every value is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002580058
G5, G9 = 2260325488558100051, 2260325488558100091  # 5Б, 9А: ids above 2^53 (§1)
TT = {G5: 1000006580051, G9: 1000006580091}
WT_OU, WT_SR, WT_KR, WT_DZ = 2581, 2582, 2583, 2584
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
]
SUBJECTS = {
    "Русский язык": (1000003580001, "Филология"), "Математика": (1000003580002, "Математика"),
    "Английский язык": (1000003580003, "Филология"), "Литература": (1000003580004, "Филология"),
    "История": (1000003580005, "Общественные науки"), "Биология": (1000003580006, "Естествознание"),
    "Физическая культура": (1000003580007, "Физическая культура"), "Музыка": (1000003580008, "Искусство"),
    "Алгебра": (1000003580009, "Математика"), "Физика": (1000003580010, "Естествознание"),
    "Химия": (1000003580011, "Естествознание"), "Геометрия": (1000003580012, "Математика"),
    "Информатика": (1000003580013, "Математика"), "Обществознание": (1000003580014, "Общественные науки"),
}

# persons: (person id, user id, last, first, middle, sex)
DASHA = (1000012580501, 1000011580501, "Орлова", "Дарья", "Сергеевна", "Female")
ARTYOM = (1000012580502, 1000011580502, "Петров", "Артём", "Ильич", "Male")
YAN = (2260325488558300503, 2260325488558400503, "Сидоренко", "Ян", "Богданович", "Male")
NIKITA = (1000012580901, 1000011580901, "Орлов", "Никита", "Сергеевич", "Male")
POLINA = (1000012580902, 1000011580902, "Ковалёва", "Полина", "Андреевна", "Female")
MARK = (2260325488558300903, 2260325488558400903, "Шубин", "Марк", "Олегович", "Male")
PUPILS = {G5: [DASHA, ARTYOM, YAN], G9: [NIKITA, POLINA, MARK]}
MARINA = (1000012580951, 1000011580951, "Орлова", "Марина", "Викторовна", "Female")
ANDREY = (1000012580952, 1000011580952, "Ковалёв", "Андрей", "Петрович", "Male")
T_BEL = (1000012580960, 1000011580960, "Белова", "Елена", "Николаевна", "Female")
T_SOK = (1000012580961, 1000011580961, "Соколова", "Ирина", "Павловна", "Female")
T_KRA = (1000012580962, 1000011580962, "Кравец", "Анна", "Юрьевна", "Female")
T_DRO = (1000012580963, 1000011580963, "Дроздов", "Виктор", "Семёнович", "Male")
T_GAL = (1000012580964, 1000011580964, "Галкина", "Людмила", "Аркадьевна", "Female")
T_FED = (1000012580965, 1000011580965, "Фёдоров", "Олег", "Игоревич", "Male")
T_TIH = (1000012580966, 1000011580966, "Тихонова", "Светлана", "Борисовна", "Female")
T_MIR = (1000012580967, 1000011580967, "Миронова", "Ольга", "Дмитриевна", "Female")
T_ILI = (1000012580968, 1000011580968, "Ильина", "Тамара", "Викторовна", "Female")  # falls ill on 10-13
T_LOS = (1000012580969, 1000011580969, "Лосев", "Геннадий", "Фёдорович", "Male")  # her substitute
TEACHERS = [T_BEL, T_SOK, T_KRA, T_DRO, T_GAL, T_FED, T_TIH, T_MIR, T_ILI, T_LOS]

D1, D2, D3 = dt.date(2026, 10, 13), dt.date(2026, 10, 14), dt.date(2026, 10, 15)
DAY = {
    (G5, D1): [("Русский язык", T_SOK), ("Математика", T_BEL), ("Английский язык", T_KRA), ("Литература", T_SOK),
               ("История", T_DRO)],
    (G5, D2): [("Математика", T_BEL), ("Русский язык", T_SOK), ("Биология", T_TIH), ("Физическая культура", T_FED),
               ("Музыка", T_GAL)],
    (G9, D1): [("Алгебра", T_MIR), ("Физика", T_MIR), ("Русский язык", T_SOK), ("История", T_DRO),
               ("Английский язык", T_KRA), ("Химия", T_ILI)],
    (G9, D2): [("Геометрия", T_MIR), ("Литература", T_SOK), ("Информатика", T_TIH), ("Биология", T_TIH),
               ("Физическая культура", T_FED), ("Обществознание", T_DRO)],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:35", "13:20"), 6: ("13:30", "14:15")}
TOPICS = {  # (group, day, number) -> the topic the teacher writes once the lesson has begun
    (G5, D1, 1): "Орфограммы в корнях слов", (G5, D1, 2): "Сложение и вычитание натуральных чисел",
    (G5, D1, 3): "My school day: Present Simple", (G5, D1, 4): "Сказка «Снегурочка» А. Н. Островского",
    (G5, D1, 5): "Древний Египет: земледельцы и ремесленники",
    (G5, D2, 1): "Свойства сложения", (G5, D2, 2): "Правописание -тся и -ться в глаголах",
    (G5, D2, 3): "Строение клетки", (G5, D2, 4): "",  # the PE teacher never writes a topic
    (G9, D1, 1): "Квадратичная функция и её график", (G9, D1, 2): "Закон всемирного тяготения",
    (G9, D1, 3): "Сложноподчинённые предложения с придаточными определительными",
    (G9, D1, 4): "Россия в начале XIX века", (G9, D1, 5): "Environmental problems: Passive Voice",
    (G9, D2, 1): "Подобие треугольников", (G9, D2, 2): "А. С. Грибоедов. «Горе от ума»",
    (G9, D2, 3): "Кодирование графической информации", (G9, D2, 4): "Обмен веществ и энергии в клетке",
    (G9, D2, 5): "", (G9, D2, 6): "Политические партии и движения",
}
TOPIC_FIX = {(G9, D1, 4): ("2026-10-13T21:00", "Россия в первой четверти XIX века")}  # corrected in the evening
# 9А's Химия #6 on 10-13: Ильина falls ill; at the 13:00 pull the lesson names her substitute, at 16:00 it is gone
CHEM = (G9, D1, 6)
CHEM_SUB, CHEM_GONE = "2026-10-13T12:00", "2026-10-13T15:00"
# 5Б's Музыка #5 on 10-14: Галкина off sick, at noon the slot becomes a Математика lesson (a new lesson id)
MUSIC = (G5, D2, 5)
SWAP = "2026-10-14T12:00"


def lid(g, day, n, replacement=False):
    return 2260325488558500000 + (0 if g == G5 else 100000) + (day - D1).days * 100 + n + (50 if replacement else 0)


def lessons_of(g, day):
    """(lesson id, number, subject, teacher, exists from, exists until) of every lesson the journal ever holds."""
    out = []
    for n, (subject, teacher) in enumerate(DAY[(g, day)], 1):
        until = CHEM_GONE if (g, day, n) == CHEM else SWAP if (g, day, n) == MUSIC else None
        out.append((lid(g, day, n), n, subject, teacher, None, until))
    if g == G5 and day == D2:
        out.append((lid(g, day, 5, True), 5, "Математика", T_BEL, SWAP, None))
    return out


def ids(n):
    return {"id": n, "id_str": str(n)}


# marks: (group, day, number, pupil, value, work type, set at, [(changed at, new value)], removed at)
MARKS = [
    (G5, D1, 1, DASHA, "5", WT_OU, "2026-10-13T09:05:12.4", [], None),
    (G5, D1, 1, YAN, "3", WT_OU, "2026-10-13T09:07:40.11", [], None),
    (G5, D1, 2, DASHA, "4", WT_SR, "2026-10-13T10:02:03.7", [("2026-10-13T15:40", "5")], None),  # rechecked: 5
    (G5, D1, 2, ARTYOM, "3", WT_SR, "2026-10-13T10:02:31.25", [], None),
    (G5, D1, 3, DASHA, "5", WT_OU, "2026-10-13T11:10:55.9", [], None),
    (G5, D1, 4, ARTYOM, "2", WT_OU, "2026-10-13T12:15:20.3", [], "2026-10-13T15:10"),  # put on, taken off
    (G5, D1, 4, YAN, "4", WT_OU, "2026-10-13T12:16:08.61", [], None),
    (G5, D1, 5, DASHA, "4", WT_OU, "2026-10-13T22:40:17.5", [], None),  # entered late in the evening
    (G5, D2, 1, ARTYOM, "4", WT_OU, "2026-10-14T09:10:44.2", [], None),
    (G5, D2, 2, DASHA, "3", WT_KR, "2026-10-14T10:05:00.8", [], None),
    (G5, D2, 2, ARTYOM, "4-", WT_KR, "2026-10-14T10:05:21.13", [], None),
    (G5, D2, 2, YAN, "5", WT_KR, "2026-10-14T10:05:47.0", [], None),
    (G5, D2, 3, DASHA, "5", WT_OU, "2026-10-14T11:12:33.47", [], None),
    (G5, D2, 5, DASHA, "4", WT_OU, "2026-10-14T13:18:02.6", [], None),  # on the replacement Математика
    (G9, D1, 1, NIKITA, "4", WT_OU, "2026-10-13T09:11:09.3", [], None),
    (G9, D1, 1, POLINA, "5", WT_OU, "2026-10-13T09:12:50.72", [], None),
    (G9, D1, 2, POLINA, "2", WT_SR, "2026-10-13T10:08:15.1", [], "2026-10-13T14:30"),  # taken off: wrong pupil
    (G9, D1, 2, MARK, "2", WT_SR, "2026-10-13T14:31:02.44", [], None),  # ... and put on Марк's name
    (G9, D1, 3, NIKITA, "3+", WT_OU, "2026-10-13T11:13:27.0", [], None),
    (G9, D1, 4, POLINA, "5", WT_OU, "2026-10-13T12:18:40.9", [], None),
    (G9, D1, 5, NIKITA, "5", WT_KR, "2026-10-13T13:19:59.2", [("2026-10-13T20:15", "4")], None),
    (G9, D1, 5, POLINA, "4", WT_KR, "2026-10-13T13:20:11.58", [], None),
    (G9, D2, 1, NIKITA, "5", WT_OU, "2026-10-14T09:14:06.35", [], None),
    (G9, D2, 2, POLINA, "4", WT_OU, "2026-10-14T10:09:40.1", [], None),
    (G9, D2, 3, NIKITA, "5", WT_SR, "2026-10-14T11:14:51.8", [], None),
    (G9, D2, 3, MARK, "4", WT_SR, "2026-10-14T11:15:02.03", [], "2026-10-14T15:20"),  # removed the same afternoon
    (G9, D2, 4, POLINA, "3", WT_OU, "2026-10-14T12:19:30.66", [("2026-10-14T16:45", "4")], None),
    (G9, D2, 6, NIKITA, "4", WT_OU, "2026-10-14T14:13:12.9", [], None),
]
# log entries: (group, day, number, pupil, [(at, status or None = entry deleted, comment)])
LOG = [
    (G5, D1, 1, ARTYOM, [("2026-10-13T08:35", "Absent", ""), ("2026-10-13T11:20", "Ill", "справка из поликлиники")]),
    (G5, D1, 3, ARTYOM, [("2026-10-13T10:35", "Absent", ""), ("2026-10-13T11:20", "Ill", "справка из поликлиники")]),
    (G5, D1, 2, YAN, [("2026-10-13T09:30", "Late", "опоздал на 10 минут")]),
    (G5, D2, 1, YAN, [("2026-10-14T08:40", "Absent", ""), ("2026-10-15T07:05", "Pass", "заявление родителей")]),
    (G5, D2, 2, YAN, [("2026-10-14T09:30", "Absent", ""), ("2026-10-15T07:05", "Pass", "заявление родителей")]),
    (G5, D2, 3, DASHA, [("2026-10-14T10:32", "Absent", ""), ("2026-10-14T15:00", None, "")]),  # a slip, undone
    (G9, D1, 1, MARK, [("2026-10-13T08:36", "Absent", ""), ("2026-10-13T09:40", "Late", "пришёл к 08:50")]),
    (G9, D1, 3, NIKITA, [("2026-10-13T10:31", "Absent", ""), ("2026-10-13T18:30", "Pass", "олимпиада по физике")]),
    (G9, D1, 4, NIKITA, [("2026-10-13T11:36", "Absent", ""), ("2026-10-13T18:30", "Pass", "олимпиада по физике")]),
    (G9, D2, 1, POLINA, [("2026-10-14T08:33", "Absent", ""), ("2026-10-14T20:10", "Ill", "ОРВИ, справка")]),
    (G9, D2, 5, MARK, [("2026-10-14T12:40", "Absent", "")]),  # stays «Н»
    (G9, D2, 6, POLINA, [("2026-10-14T13:32", "Attend", "")]),
]
# homework: (group, day, number, [(at, text or None = withdrawn, due)])
HW = [
    (G5, D1, 1, [("2026-10-13T09:10", "Упр. 87 на с. 52", D2)]),
    (G5, D1, 2, [("2026-10-13T10:05", "№ 214, 216", D2),
                 ("2026-10-13T20:40", "№ 214, 216, 219 (а, б)", D2)]),  # edited in the evening
    (G5, D1, 4, [("2026-10-13T12:18", "Прочитать сказку «Снегурочка», действие 1", D3)]),
    (G5, D1, 5, [("2026-10-13T13:15", "§ 8, пересказ; карта на с. 41", dt.date(2026, 10, 20)),
                 ("2026-10-13T19:05", "§ 8–9, пересказ; контурная карта", dt.date(2026, 10, 20))]),
    (G5, D2, 3, [("2026-10-14T11:14", "§ 5, рисунок клетки в тетради", dt.date(2026, 10, 21))]),
    (G5, D2, 5, [("2026-10-14T13:10", "Повторить таблицу умножения на 7", D3)]),  # the replacement's
    (G5, D2, 2, [("2026-10-14T10:06", "Упр. 101", D3), ("2026-10-14T15:30", None, D3)]),  # withdrawn
    (G9, D1, 1, [("2026-10-13T09:13", "№ 121, 124 (б)", D2)]),
    (G9, D1, 3, [("2026-10-13T11:14", "Упр. 76", D3), ("2026-10-13T20:05", "Упр. 76, 78", D3)]),
    (G9, D1, 5, [("2026-10-13T13:21", "Workbook p. 18, ex. 3", dt.date(2026, 10, 16))]),
    (G9, D1, 6, [("2026-10-13T08:00", "§ 14, задачи 1–3", dt.date(2026, 10, 20))]),  # set ahead; its lesson cancelled
    (G9, D2, 2, [("2026-10-14T10:08", "Выучить монолог Чацкого", dt.date(2026, 10, 21)),
                 ("2026-10-14T21:00", "Выучить монолог Чацкого «А судьи кто?»", dt.date(2026, 10, 21))]),
    (G9, D2, 3, [("2026-10-14T11:15", "§ 1.3, вопросы 1–5", dt.date(2026, 10, 21))]),
    (G9, D2, 4, [("2026-10-14T12:20", "§ 19, таблица", dt.date(2026, 10, 16)),
                 ("2026-10-14T14:50", None, dt.date(2026, 10, 16))]),  # withdrawn the same afternoon
]

PERIODS = [(1000007580001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007580002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007580003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007580004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008580001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008580002, "2026-12-29", "2027-01-11", "Зимние каникулы"),
            (1000008580003, "2027-03-22", "2027-03-30", "Весенние каникулы")]


def current(history, at):
    """The last entry of (time, ...) history at or before `at`, else None."""
    got = None
    for h in history:
        if h[0][:16] <= at:
            got = h
    return got


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": "",
            "login": None, "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
            "firstName": first, "middleName": middle, "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "locale": "ru-RU", "timezone": "+4:00", "sex": sex, "photoSmall": None, "photoMedium": None,
            "photoLarge": None, "birthday": None, "roles": ["EduStaff"], "phone": ""}


def group_obj(g):
    name, par = ("5Б", 5) if g == G5 else ("9А", 9)
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МБОУ «Гимназия № 58»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [G5 if c in PUPILS[G5] else G9]} for c in children],
            "splitId": None}


def rpg(g):
    rpg_id = 1000009580000 + (51 if g == G5 else 91)
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def default_work(lesson_id):
    return 2260325488558600000 + lesson_id % 1000000


def hw_work(lesson_id):
    return 2260325488558700000 + lesson_id % 1000000


def hw_of(g, day, n, lesson_id, at):
    """The lesson's homework as of `at`: (text, due) or None. A replacement lesson's homework is the slot's."""
    for hg, hd, hn, history in HW:
        if (hg, hd, hn) == (g, day, n):
            if (g, day, n) == MUSIC and lesson_id != lid(g, day, n, True):
                return None
            got = current(history, at)
            return None if got is None or got[1] is None else (got[1], got[2])
    return None


def teacher_at(g, day, n, teacher, at):
    if (g, day, n) == CHEM and at >= CHEM_SUB:
        return T_LOS
    return teacher


def work_objs(g, day, n, lesson_id, subject, teacher, at):
    common = {"lesson": lesson_id, "lesson_str": str(lesson_id), "eduGroup": g, "eduGroup_str": str(g),
              "periodNumber": 1, "periodType": "Quarter", "subjectId": SUBJECTS[subject][0],
              "createdBy": teacher[0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson_id)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{day}T00:00:00", "sentDate": None, **common}]
    hw = hw_of(g, day, n, lesson_id, at)
    if hw:
        w = hw_work(lesson_id)
        hist = next(h for hg, hd, hn, h in HW if (hg, hd, hn) == (g, day, n))
        tasks = [{**ids(2260325488558900000 + (lesson_id % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": w, "work_str": str(w), "status": "NotStarted",
                  "targetDate": f"{hw[1]}T00:00:00"} for i, p in enumerate(PUPILS[g])]
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0], "isImportant": False,
                    "targetDate": f"{hw[1]}T00:00:00", "sentDate": f"{hist[0][0]}:07.4", **common})
    return out


def lesson_obj(g, day, n, lesson_id, subject, teacher, at):
    start = BELLS[n][0]
    title = ""
    if at >= f"{day}T{start}":
        title = TOPICS.get((g, day, n), "") if lesson_id != lid(*MUSIC, True) else "Решение задач на умножение"
        fix = TOPIC_FIX.get((g, day, n))
        if fix and at >= fix[0]:
            title = fix[1]
    if (g, day, n) == CHEM and at >= CHEM_SUB:
        title = "Замена: урок проводит Лосев Г. Ф."
    t = teacher_at(g, day, n, teacher, at)
    status = "Planned" if at < f"{day}T{BELLS[n][1]}" else "Conducted"
    return {**ids(lesson_id), "title": title, "date": f"{day}T{start}:00", "number": n,
            "subject": {**ids(SUBJECTS[subject][0]), "name": subject, "knowledgeArea": SUBJECTS[subject][1],
                        "fgosSubjectId": None},
            "group": g, "status": status, "resultPlaceId": 0,
            "works": work_objs(g, day, n, lesson_id, subject, t, at),
            "teachers": [t[0]], "teachers_str": [str(t[0])]}


def live_lessons(g, day, at):
    return [x for x in lessons_of(g, day) if (x[4] is None or at >= x[4]) and (x[5] is None or at < x[5])]


def lessons_range(g, day, at):
    return [lesson_obj(g, day, n, i, subj, t, at) for i, n, subj, t, _, _ in live_lessons(g, day, at)]


def mark_lesson(g, day, n, at):
    """The lesson a mark of that slot is on: the replacement after the swap."""
    if (g, day, n) == MUSIC:
        return lid(g, day, n, True)
    return lid(g, day, n)


def marks_range(g, day, at):
    out = []
    for mg, md, n, p, value, wt, stamp, changes, removed in MARKS:
        if (mg, md) != (g, day) or stamp[:16] > at or (removed and at >= removed):
            continue
        for when, new in changes:
            if at >= when:
                value = new
        lesson_id = mark_lesson(g, day, n, at)
        mid = 2260325488558800000 + (lesson_id % 1000000) * 10 + PUPILS[g].index(p)
        out.append({**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
                    "person_str": str(p[0]), "work": default_work(lesson_id), "work_str": str(default_work(lesson_id)),
                    "lesson": lesson_id, "lesson_str": str(lesson_id), "number": 0, "date": stamp, "workType": wt,
                    "mood": {"5": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average",
                             "2": "Bad"}[value], "use_avg_calc": True})
    return out


def log_range(g, day, at):
    out = []
    for lg, ld, n, p, history in LOG:
        if (lg, ld) != (g, day):
            continue
        got = current(history, at)
        if got is None or got[1] is None:
            continue
        lesson_id = mark_lesson(g, day, n, at)
        out.append({"person": p[0], "person_str": str(p[0]), "lesson": lesson_id, "lesson_str": str(lesson_id),
                    "comment": got[2], "status": got[1], "createdDate": f"{got[0]}:1{n}.{n}2"})
    return out


def flat(g, day, n, lesson_id, subject, teacher, at):
    e = lesson_obj(g, day, n, lesson_id, subject, teacher, at)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": n, "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Основной корпус",
            "place": "", "floor": "", "hours": f"{BELLS[n][0]} - {BELLS[n][1]}",
            "works": [w["id"] for w in e["works"]], "teachers": e["teachers"]}


def homework_bundle(a, b, at):
    """users/me/school/{s}/homeworks (§3.7): the Homework works of the lessons in [a, b], with those lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for g in (G5, G9):
        for day in (D1, D2):
            if not a <= day <= b:
                continue
            for i, n, subj, t, _, _ in live_lessons(g, day, at):
                e = lesson_obj(g, day, n, i, subj, t, at)
                hws = [w for w in e["works"] if w["type"] == "Homework"]
                if not hws:
                    continue
                works += hws
                lessons.append(flat(g, day, n, i, subj, t, at))
                tt = teacher_at(g, day, n, t, at)
                teachers[tt[0]] = person(tt)
                subjects[subj] = {"id": SUBJECTS[subj][0], "name": subj, "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def tz(stamp):
    return stamp + "+04:00"


def pull(day, at, parts=("lessons", "marks", "log", "hw"), lessons_too=()):
    """One pull of `day` at `at` (HH:MM): each class's lessons, marks and log entries of that day, the homework
    bundle over the day and the week after; `lessons_too`: further days whose lessons the job reads (the morning
    plan of the day it is)."""
    stamp = f"{at}"
    out, k = [], 0

    def t():
        nonlocal k
        k += 1
        return tz((dt.datetime.fromisoformat(stamp) + dt.timedelta(seconds=20 * (k - 1))).isoformat())

    when = stamp[:16]
    if "lessons" in parts:
        for g in (G5, G9):
            out.append({"request": f"GET /v2/edu-groups/{g}/lessons/{day}/{day}", "body": lessons_range(g, day, when),
                        "pulled_at": t()})
    if "marks" in parts:
        for g in (G5, G9):
            out.append({"request": f"GET /v2/edu-groups/{g}/marks/{day}/{day}", "body": marks_range(g, day, when),
                        "pulled_at": t()})
    if "log" in parts:
        for g in (G5, G9):
            out.append({"request": f"GET /v2/lesson-log-entries/group/{g}?from={day}&to={day}",
                        "body": log_range(g, day, when), "pulled_at": t()})
    if "hw" in parts:
        end = day + dt.timedelta(days=7)
        out.append({"request": f"GET /v2/users/me/school/{S}/homeworks?startDate={day}&endDate={end}",
                    "body": homework_bundle(day, end, when), "pulled_at": t()})
    for other in lessons_too:
        for g in (G5, G9):
            out.append({"request": f"GET /v2/edu-groups/{g}/lessons/{other}/{other}",
                        "body": lessons_range(g, other, when), "pulled_at": t()})
    return out


def main():
    at = "2026-10-12T20:00"
    setup = [
        {"request": f"GET /v2/schools/{S}", "body": {
            **ids(S), "name": "МБОУ «Гимназия № 58»",
            "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 58» г. о. Самара",
            "avatarSmall": None, "city": "Самара", "municipality": "г. о. Самара", "regionId": 63, "markType": "mark5",
            "timeZone": 4, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
            "tsoRegionTreePath": "63."}},
        {"request": f"GET /v2/work-types/{S}", "body": [
            {**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab, "weight": w}
            for i, k, t, ab, w in WORK_TYPES]},
        {"request": f"GET /v2/schools/{S}/edu-groups", "body": [group_obj(G5), group_obj(G9)]},
        *[{"request": f"GET /v2/edu-groups/{g}/persons", "body": [person(p) for p in PUPILS[g]]} for g in (G5, G9)],
        *[{"request": f"GET /v2/edu-groups/{g}/timetables", "body": timetable(g)} for g in (G5, G9)],
        {"request": "POST /v2/users/many", "request_body": [t[1] for t in TEACHERS],
         "body": [user(t) for t in TEACHERS]},
        {"request": f"GET /v2/users/{MARINA[1]}/context", "body": context(MARINA, [DASHA, NIKITA])},
        {"request": f"GET /v2/users/{ANDREY[1]}/context", "body": context(ANDREY, [POLINA])},
        *[{"request": f"GET /v2/edu-groups/{g}/reporting-period-group", "body": rpg(g)} for g in (G5, G9)],
    ]
    for i, r in enumerate(setup):
        r["pulled_at"] = tz(f"{at}:{i * 5:02d}")
    steps = [("1. reference data: school, work types, classes, pupils, bells, teachers, parents, periods "
              "(Mon 2026-10-12 20:00)", [setup]),
             ("2. Tue 10-13 07:30: the day as planned, no topics", [pull(D1, "2026-10-13T07:30:00", ("lessons",))]),
             ("3. Tue 10-13 10:00: lessons 1-2 held", [pull(D1, "2026-10-13T10:00:00", ("lessons", "marks", "log"))]),
             ("4. Tue 10-13 13:00: 9А's chemist ill, a substitute named; a wrong «2» still on Полина",
              [pull(D1, "2026-10-13T13:00:00")]),
             ("5. Tue 10-13 16:00: Химия cancelled, the «2» moved to Марк, Артём's «2» taken off, Дарья's «4» now «5»",
              [pull(D1, "2026-10-13T16:00:00")]),
             ("6. Tue 10-13 21:00: homework edited, absences excused, a topic corrected",
              [pull(D1, "2026-10-13T21:00:00")]),
             ("7. Wed 10-14 07:30: Tuesday once more (a mark entered at 22:40) and Wednesday as planned",
              [pull(D1, "2026-10-14T07:30:00", lessons_too=(D2,))]),
             ("8. Wed 10-14 10:00: lessons 1-2 held, Дарья marked absent by mistake",
              [pull(D2, "2026-10-14T10:00:00", ("lessons", "marks", "log"))]),
             ("9. Wed 10-14 13:00: Музыка replaced by Математика at noon", [pull(D2, "2026-10-14T13:00:00")]),
             ("10. Wed 10-14 16:00: a homework withdrawn, Марк's «4» taken off", [pull(D2, "2026-10-14T16:00:00")]),
             ("11. Wed 10-14 21:00: Полина's «3» now «4», her absence «Ill», Литература homework edited",
              [pull(D2, "2026-10-14T21:00:00")]),
             ("12. Thu 10-15 07:30: Wednesday once more: Ян's absences excused by his parents' note",
              [pull(D2, "2026-10-15T07:30:00")])]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МБОУ «Гимназия № 58» (Самара, UTC+4), 5Б and 9А, 2026-10-13..14: two school days as they "
                       "fill in, pulled five times a day and once more the next morning.",
        "school": {"timezone": "Europe/Samara", "name": "МБОУ «Гимназия № 58»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
