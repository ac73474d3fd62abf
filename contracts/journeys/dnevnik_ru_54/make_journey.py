"""Write journey.json: «Лицей № 54» (Москва, UTC+3), Dnevnik.ru, two school weeks (2026-11-16..11-27) of one school's
sync job, in which names look alike: three pupils «Иванов Александр Сергеевич» (two in 7А, one in 7Б), twins with
one birthday and one short name («Королёва А.»), two teachers «Смирнова О. Н.», two teachers «Соловьёв/Соловьев
Пётр/Петр Алексеевич» (ё/е), a teacher who is also a parent of twins, subjects «Английский язык» and «Английский
язык (углублённый)», «Информатика» and «информатика», subgroups «1 группа» / «2 группа» in both classes, a double
surname, a hyphenated first name and Latin look-alike letters («Oлег» with a Latin O, «Cергей» with a Latin C).
A mark given to the wrong namesake is moved to the right one; an individual task names one namesake only.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002540054
SCHOOL_NAME = "ГБОУ «Лицей № 54»"
G7A, G7B = 2260325488554100071, 2260325488554100072
SA1, SA2 = 2260325488554100711, 2260325488554100712  # 7А «1 группа» (углублённый), «2 группа»
SB1, SB2 = 2260325488554100721, 2260325488554100722  # 7Б «1 группа», «2 группа»
PARENT = {SA1: G7A, SA2: G7A, SB1: G7B, SB2: G7B}
TT = {G7A: 1000006540071, G7B: 1000006540072}
WT_OU, WT_SR, WT_KR, WT_DZ = 5401, 5402, 5403, 5404
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1)]
SUBJECTS = {  # name -> (id, knowledge area): two pairs differ only by a word or by letter case (§3.11)
    "Русский язык": (1000003540001, "Филология"), "Литература": (1000003540002, "Филология"),
    "Алгебра": (1000003540003, "Математика и информатика"),
    "Английский язык": (1000003540004, "Иностранные языки"),
    "Английский язык (углублённый)": (1000003540005, "Иностранные языки"),
    "Информатика": (1000003540006, "Математика и информатика"),
    "информатика": (1000003540007, "Математика и информатика"),  # курс внеурочной деятельности, typed lower-case
    "Физическая культура": (1000003540008, "Физическая культура"),
}

# persons: (person id, user id, last, first, middle, sex, birthday)
IV1 = (1000012540101, 1000011540101, "Иванов", "Александр", "Сергеевич", "Male", "2013-02-11")
IV2 = (1000012540102, 1000011540102, "Иванов", "Александр", "Сергеевич", "Male", "2013-09-30")
TW1 = (1000012540103, 1000011540103, "Королёва", "Анна", "Дмитриевна", "Female", "2013-04-02")
TW2 = (1000012540104, 1000011540104, "Королёва", "Алёна", "Дмитриевна", "Female", "2013-04-02")
PV = (2260325488554300105, 2260325488554400105, "Петрова-Водкина", "Анна-Мария", "Ильинична", "Female", "2013-06-19")
IV3 = (1000012540201, 1000011540201, "Иванов", "Александр", "Сергеевич", "Male", "2012-12-03")
SF1 = (1000012540202, 1000011540202, "Семёнов", "Фёдор", "Андреевич", "Male", "2013-01-15")
SF2 = (1000012540203, 1000011540203, "Семенов", "Федор", "Андреевич", "Male", "2013-05-08")
LT = (2260325488554300204, 2260325488554400204, "Ким", "Cергей", "Вадимович", "Male", "2013-07-27")  # Latin C
PUPILS = {G7A: [IV1, IV2, TW1, TW2, PV], G7B: [IV3, SF1, SF2, LT],
          SA1: [IV1, TW1, PV], SA2: [IV2, TW2], SB1: [IV3, SF1], SB2: [SF2, LT]}
PA1 = (1000012540901, 1000011540901, "Иванова", "Марина", "Петровна", "Female", "1985-03-14")
PA2 = (1000012540902, 1000011540902, "Иванов", "Сергей", "Николаевич", "Male", "1982-10-01")
PA3 = (1000012540903, 1000011540903, "Иванова", "Марина", "Павловна", "Female", "1987-08-22")
PA5 = (1000012540905, 1000011540905, "Семёнов", "Андрей", "Фёдорович", "Male", "1980-11-11")
PA6 = (1000012540906, 1000011540906, "Семенова", "Ольга", "Игоревна", "Female", "1986-01-29")
T_KOR = (1000012540951, 1000011540951, "Королёва", "Елена", "Викторовна", "Female", "1984-05-05")  # teacher + mother
T_SM1 = (1000012540961, 1000011540961, "Смирнова", "Ольга", "Николаевна", "Female", "1971-02-04")
T_SM2 = (1000012540962, 1000011540962, "Смирнова", "Ольга", "Нургалиевна", "Female", "1990-07-16")
T_EN1 = (1000012540963, 1000011540963, "Абрамова-Штерн", "Елизавета", "Марковна", "Female", "1979-12-12")
T_EN2 = (1000012540964, 1000011540964, "Хабибуллина", "Алсу", "Рашитовна", "Female", "1992-03-03")
T_INF = (1000012540965, 1000011540965, "Соловьёв", "Пётр", "Алексеевич", "Male", "1975-09-09")
T_PE = (1000012540966, 1000011540966, "Соловьев", "Петр", "Алексеевич", "Male", "1968-04-21")
T_GUS = (1000012540967, 1000011540967, "Гусев", "Oлег", "Иванович", "Male", "1995-06-06")  # Latin O, as typed
TEACHERS = [T_KOR, T_SM1, T_SM2, T_EN1, T_EN2, T_INF, T_PE, T_GUS]
CLASS_TEACHER = {G7A: T_SM1, G7B: T_KOR}

EN = "EN"  # the class splits into its two subgroups at this number
WEEKDAY = {
    G7A: [["Русский язык", "Алгебра", EN, "Информатика", "Физическая культура"],
          ["Алгебра", "Русский язык", "Литература", EN, "информатика"],
          ["Русский язык", EN, "Алгебра", "Литература", "Физическая культура"],
          ["Алгебра", "Русский язык", "Информатика", EN, "Литература"],
          ["Русский язык", "Алгебра", "Литература", "Физическая культура"]],
    G7B: [["Алгебра", "Русский язык", "Информатика", EN, "Литература"],
          ["Русский язык", EN, "Алгебра", "Физическая культура", "Литература"],
          ["Алгебра", "Русский язык", "Литература", EN, "Информатика"],
          ["Русский язык", "Алгебра", EN, "Физическая культура", "Литература"],
          ["Алгебра", "Русский язык", "Физическая культура", "Литература"]],
}
SPLIT = {G7A: [(SA1, "Английский язык (углублённый)", T_EN1), (SA2, "Английский язык", T_EN2)],
         G7B: [(SB1, "Английский язык", T_EN1), (SB2, "Английский язык", T_EN2)]}


def teacher_of(g, subject):
    return {"Русский язык": T_SM1 if g == G7A else T_SM2, "Литература": T_SM1 if g == G7A else T_SM2,
            "Алгебра": T_KOR, "Информатика": T_INF, "информатика": T_GUS, "Физическая культура": T_PE}[subject]


BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
D = dt.date
WEEKS = [D(2026, 11, 16), D(2026, 11, 23)]
TOPICS = {
    "Русский язык": ["Причастный оборот", "Действительные и страдательные причастия", "Н и НН в причастиях",
                     "Деепричастие как часть речи", "Контрольный диктант по теме «Причастие»"],
    "Литература": ["Н. В. Гоголь «Тарас Бульба»", "Образ Остапа и Андрия", "М. Ю. Лермонтов «Песня про царя Ивана "
                                                                          "Васильевича…»"],
    "Алгебра": ["Линейная функция и её график", "Взаимное расположение графиков", "Решение задач по теме «Функция»",
                "Самостоятельная работа «Линейная функция»"],
    "Английский язык": ["Unit 3. Around the world", "Present Perfect vs Past Simple"],
    "Английский язык (углублённый)": ["Unit 3. Essay writing: opinion", "Phrasal verbs with «get»"],
    "Информатика": ["Алгоритмы и исполнители", "Ветвление в Python"],
    "информатика": ["Робототехника: датчики касания"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Гимнастика: акробатические упражнения"],
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled, request_body=None):
    out = {"request": request, "body": body, "pulled_at": pulled + "+03:00"}
    if request_body is not None:
        out["request_body"] = request_body
    return out


# --- the lessons of the fortnight -----------------------------------------------------------------------------
LESSONS = {}  # (group, date, number) -> lesson dict
_seq = 0
_topic_no = {}
for w, monday in enumerate(WEEKS):
    for g in (G7A, G7B):
        for wd, subjects in enumerate(WEEKDAY[g]):
            day = monday + dt.timedelta(days=wd)
            for n, subject in enumerate(subjects, start=1):
                parts = SPLIT[g] if subject == EN else [(g, subject, teacher_of(g, subject))]
                for grp, subj, teacher in parts:
                    _seq += 1
                    k = _topic_no.get((grp, subj), 0)
                    _topic_no[(grp, subj)] = k + 1
                    topics = TOPICS[subj]
                    LESSONS[(grp, day, n)] = {"id": 2260325488554200000 + _seq * 7, "g": grp, "day": day, "number": n,
                                              "subject": subj, "teacher": teacher,
                                              "title": topics[k % len(topics)] + ("" if k < len(topics) else
                                                                                  " (продолжение)")}

# homework: (group, date, number) -> (text, due, only these pupils or None = every pupil of the group)
HW = {
    (G7A, D(2026, 11, 16), 1): ("Упр. 112, выучить правило на с. 58", D(2026, 11, 18), None),
    (G7B, D(2026, 11, 16), 2): ("Упр. 140; словарные слова на с. 61", D(2026, 11, 18), None),
    (SA1, D(2026, 11, 16), 3): ("Workbook p. 24, ex. 3–5; эссе «My hometown» (120 слов)", D(2026, 11, 19), None),
    (SA2, D(2026, 11, 16), 3): ("Student's Book p. 30, ex. 2, 4", D(2026, 11, 17), None),
    (SB1, D(2026, 11, 16), 4): ("Student's Book p. 31, ex. 6 (письменно)", D(2026, 11, 17), None),
    (SB2, D(2026, 11, 16), 4): ("Student's Book p. 30, ex. 2, 4", D(2026, 11, 17), None),  # same text as 7А's 2 гр.
    (G7A, D(2026, 11, 17), 1): ("Карточка № 7 (индивидуально, за пропущенный урок)", D(2026, 11, 19), [IV2]),
    (G7A, D(2026, 11, 17), 5): ("Придумать 3 примера алгоритмов из жизни", D(2026, 11, 24), None),
    (G7A, D(2026, 11, 19), 3): ("§ 7, вопросы 1–4 письменно", D(2026, 11, 23), None),
    (G7B, D(2026, 11, 16), 3): ("§ 7, вопросы 1–4 письменно", D(2026, 11, 18), None),
    (G7A, D(2026, 11, 23), 2): ("№ 312, 315 (а, б)", D(2026, 11, 24), None),
    (G7B, D(2026, 11, 23), 1): ("№ 312, 315 (а, б)", D(2026, 11, 25), [IV3, SF2]),
    (SA1, D(2026, 11, 24), 4): ("Phrasal verbs: ex. 1–3, p. 41", D(2026, 11, 26), None),
    (G7B, D(2026, 11, 25), 2): ("Упр. 171 (по вариантам: Семёнов Ф. — 1, Семенов Ф. — 2)", D(2026, 11, 26), None),
}
# marks: (group, date, number, pupil, value, work type, mark id suffix)
MARKS_FIRST = [
    (G7A, D(2026, 11, 16), 1, IV1, "5", WT_OU, 1), (G7A, D(2026, 11, 16), 1, IV2, "3", WT_OU, 2),
    (SA1, D(2026, 11, 16), 3, IV1, "4", WT_OU, 3), (SA1, D(2026, 11, 16), 3, TW1, "5", WT_OU, 4),
    (SA2, D(2026, 11, 16), 3, IV2, "5", WT_OU, 5), (SA2, D(2026, 11, 16), 3, TW2, "3", WT_OU, 6),
    (G7A, D(2026, 11, 17), 1, TW1, "5", WT_OU, 7), (G7A, D(2026, 11, 17), 1, TW2, "4-", WT_OU, 8),
    (G7A, D(2026, 11, 17), 5, IV2, "5", WT_SR, 9),
    (G7A, D(2026, 11, 18), 1, IV1, "4", WT_OU, 10),
    (G7A, D(2026, 11, 18), 1, IV1, "2", WT_SR, 11),  # meant for Иванов А. С. (2): moved on 11-23 (mark 12)
    (G7A, D(2026, 11, 19), 3, IV2, "4", WT_OU, 13), (G7A, D(2026, 11, 19), 3, IV1, "3", WT_OU, 14),
    (G7A, D(2026, 11, 20), 1, PV, "5", WT_OU, 15),
    (G7B, D(2026, 11, 16), 2, IV3, "4", WT_OU, 21), (G7B, D(2026, 11, 16), 2, SF1, "5", WT_OU, 22),
    (G7B, D(2026, 11, 16), 2, SF2, "3", WT_OU, 23),
    (SB1, D(2026, 11, 16), 4, IV3, "3", WT_OU, 24), (SB1, D(2026, 11, 16), 4, SF1, "4", WT_OU, 25),
    (SB2, D(2026, 11, 16), 4, SF2, "5", WT_OU, 26), (SB2, D(2026, 11, 16), 4, LT, "4", WT_OU, 27),
    (G7B, D(2026, 11, 18), 1, IV3, "5", WT_KR, 28), (G7B, D(2026, 11, 18), 1, SF2, "4+", WT_KR, 29),
]
MARK_FIX = (G7A, D(2026, 11, 18), 1, IV2, "2", WT_SR, 12)
MARKS_W2 = [
    (G7A, D(2026, 11, 23), 2, IV1, "4+", WT_OU, 31), (G7A, D(2026, 11, 23), 2, IV2, "4", WT_OU, 32),
    (SA1, D(2026, 11, 24), 4, IV1, "5", WT_SR, 33), (SA2, D(2026, 11, 24), 4, IV2, "3-", WT_SR, 34),
    (G7A, D(2026, 11, 26), 2, TW2, "5", WT_KR, 35), (G7A, D(2026, 11, 26), 2, TW1, "3", WT_KR, 36),
    (G7B, D(2026, 11, 25), 2, IV3, "5", WT_OU, 41), (G7B, D(2026, 11, 27), 3, SF2, "5", WT_OU, 42),
    (SB1, D(2026, 11, 25), 4, SF1, "4", WT_OU, 43),
]
MARK_WITHDRAWN = (G7B, D(2026, 11, 25), 2, SF2, "2", WT_OU, 44)  # in Wednesday's pull, gone by Friday's
# attendance: (group, date, number, pupil, status, comment)
LOG = [
    (G7A, D(2026, 11, 16), 1, IV2, "Ill", "справка"), (G7A, D(2026, 11, 17), 2, IV1, "Late", "опоздал на 7 минут"),
    (G7A, D(2026, 11, 19), 1, TW1, "Pass", "муниципальная олимпиада"), (G7B, D(2026, 11, 16), 1, IV3, "Absent", ""),
    (G7B, D(2026, 11, 25), 1, SF1, "Ill", "ОРВИ"), (G7A, D(2026, 11, 24), 1, IV2, "Absent", ""),
]


def lesson_at(g, day, n):
    return LESSONS[(g, day, n)]


def person(p):
    pid, uid, last, first, middle, sex, _ = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user(p, roles):
    pid, uid, last, first, middle, sex, bday = p
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}", "email": "",
            "login": f"u{uid}", "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
            "firstName": first, "middleName": middle, "lastName": last,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+3:00", "sex": sex,
            "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": f"{bday}T00:00:00",
            "roles": roles, "phone": ""}


def group_obj(g):
    if g in PARENT:
        name = "1 группа" if g in (SA1, SB1) else "2 группа"
        teacher = {SA1: T_EN1, SB1: T_EN1, SA2: T_EN2, SB2: T_EN2}[g]
        return {**ids(g), "parentIds": [PARENT[g]], "parentIds_str": [str(PARENT[g])], "type": "Subgroup",
                "name": name, "fullName": f"{teacher[2]} {teacher[3][0]}. {teacher[4][0]}.", "parallel": 7,
                "timetable": TT[PARENT[g]], "timetable_str": str(TT[PARENT[g]]), "status": "Active",
                "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7А" if g == G7A else "7Б",
            "fullName": "", "parallel": 7, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active",
            "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def class_of(p):
    return G7A if p in PUPILS[G7A] else G7B


def context(parent, children, roles=("EduParent",)):
    pid, uid, last, first, middle, _, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": list(roles),
            "schoolIds": [S], "groupIds": [G7B] if "EduStaff" in roles else [],
            "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [class_of(c)]}
                         for c in children], "splitId": None}


PERIODS = [(1000007540001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007540002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007540003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
           (1000007540004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008540001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008540002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008540003, "2027-03-22", "2027-03-29", "Весенние каникулы")]


def rpg(g):
    rid = 1000009540000 + (71 if g == G7A else 72)
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def default_work(lesson):
    return 2260325488554600000 + lesson["id"] % 10000000


def hw_work(lesson):
    return 2260325488554700000 + lesson["id"] % 10000000


def work_objs(lesson, pulled):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    hw = HW.get((lesson["g"], lesson["day"], lesson["number"]))
    if hw and pulled >= f"{lesson['day']}T08:00":
        text, due, only = hw
        who = only or PUPILS[lesson["g"]]
        tasks = [{**ids(2260325488554900000 + (lesson["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                  "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for i, p in enumerate(who)]
        out.append({**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5",
                    "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text,
                    "isImportant": False, "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:05.3", **common})
    return out


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{lesson['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(lesson, pulled),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(g, a, b, pulled):
    out = [entity_lesson(l, pulled) for l in LESSONS.values() if l["g"] == g and a <= l["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_obj(m):
    g, day, n, p, value, wt, k = m
    lesson = lesson_at(g, day, n)
    mood = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value[0]]
    return {**ids(2260325488554800000 + k), "type": "mark5", "value": value, "textValue": value,
            "person": p[0], "person_str": str(p[0]), "work": default_work(lesson),
            "work_str": str(default_work(lesson)), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "number": 0, "date": f"{day}T{BELLS[n][0][:2]}:4{n}:1{k % 10}.{k}3", "workType": wt, "mood": mood,
            "use_avg_calc": True}


def marks_range(g, a, b, marks):
    return [mark_obj(m) for m in marks if m[0] == g and a <= m[1] <= b]


def log_range(g, a, b):
    out = []
    for e in LOG:
        lg, day, n, p, status, comment = e
        if lg == g and a <= day <= b:
            lesson = lesson_at(lg, day, n)
            out.append({"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"],
                        "lesson_str": str(lesson["id"]), "comment": comment, "status": status,
                        "createdDate": f"{day}T{BELLS[n][0][:2]}:3{n}:0{n}.27"})
    return out


def homework_bundle(a, b, pulled):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for key in sorted(HW, key=lambda k: (k[1], k[2], k[0])):
        lesson = LESSONS[key]
        if not a <= lesson["day"] <= b:
            continue
        e = entity_lesson(lesson, pulled)
        works += [w for w in e["works"] if w["type"] == "Homework"]
        lessons.append({"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
                        "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0,
                        "building": "Основное здание", "place": "", "floor": "",
                        "hours": f"{BELLS[lesson['number']][0]} - {BELLS[lesson['number']][1]}",
                        "works": [w["id"] for w in e["works"]], "teachers": [lesson["teacher"][0]]})
        teachers[lesson["teacher"][0]] = person(lesson["teacher"])
        subjects[lesson["subject"]] = {"id": SUBJECTS[lesson["subject"]][0], "name": lesson["subject"],
                                       "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


GROUPS = [G7A, G7B, SA1, SA2, SB1, SB2]


def clock(stamp):
    base = dt.datetime.fromisoformat(stamp)
    n = 0

    def at():
        nonlocal n
        n += 1
        return (base + dt.timedelta(seconds=20 * (n - 1))).isoformat()
    return at


def plan_pull(monday, stamp):
    at, friday = clock(stamp), monday + dt.timedelta(days=4)
    out = []
    for g in GROUPS:
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}", lessons_range(g, monday, friday, t), t))
    return out


def week_pull(monday, stamp, marks):
    at, friday, sunday = clock(stamp), monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    out = []
    for g in GROUPS:
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}", lessons_range(g, monday, friday, t), t))
    for g in GROUPS:
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(g, monday, sunday, marks), at()))
    for g in (G7A, G7B):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={sunday}",
                       log_range(g, monday, sunday), at()))
    t = at()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
                   homework_bundle(monday, sunday, t), t))
    return out


def main():
    at = clock("2026-11-15T19:00:00")
    teacher_users = [t[1] for t in TEACHERS]
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Государственное бюджетное общеобразовательное учреждение города "
                                                 "Москвы «Лицей № 54»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, at()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], at()),
        rec(f"GET /v2/schools/{S}/subjects", [{**ids(i), "name": n, "knowledgeArea": a, "fgosSubjectId": None}
                                              for n, (i, a) in SUBJECTS.items()], at()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in GROUPS], at()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], at()) for g in GROUPS],
        rec(f"GET /v2/schools/{S}/teachers",
            [{"Id": t[0], "IdStr": str(t[0]), "UserId": t[1], "FirstName": t[3], "LastName": t[2],
              "MiddleName": t[4], "ShortName": f"{t[2]} {t[3][0]}. {t[4][0]}.",
              "Sex": t[5], "DateBirth": f"{t[6]}T00:00:00", "Email": "", "Subjects": [],
              "HouseMaster": t in CLASS_TEACHER.values()} for t in TEACHERS], at()),
        rec("POST /v2/users/many", [user(t, ["EduStaff", "EduParent"] if t is T_KOR else ["EduStaff"])
                                    for t in TEACHERS], at(), request_body=teacher_users),
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), at()) for g in (G7A, G7B)],
        *[rec(f"GET /v2/edu-groups/{g}/classteacher", person(CLASS_TEACHER[g]), at()) for g in (G7A, G7B)],
        rec(f"GET /v2/users/{PA1[1]}/context", context(PA1, [IV1]), at()),
        rec(f"GET /v2/users/{PA2[1]}/context", context(PA2, [IV2]), at()),
        rec(f"GET /v2/users/{PA3[1]}/context", context(PA3, [IV3]), at()),
        rec(f"GET /v2/users/{T_KOR[1]}/context", context(T_KOR, [TW1, TW2], ("EduStaff", "EduParent")), at()),
        rec(f"GET /v2/users/{PA5[1]}/context", context(PA5, [SF1]), at()),
        rec(f"GET /v2/users/{PA6[1]}/context", context(PA6, [SF2]), at()),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), at()) for g in (G7A, G7B)],
    ]
    w1, w2 = WEEKS
    marks_w1_fixed = [m for m in MARKS_FIRST if m[6] != 11] + [MARK_FIX]
    fix_at = clock("2026-11-23T07:40:00")
    correction = [rec(f"GET /v2/edu-groups/{G7A}/marks/{w1}/{w1 + dt.timedelta(days=6)}",
                      marks_range(G7A, w1, w1 + dt.timedelta(days=6), marks_w1_fixed), fix_at())]
    mid_at = clock("2026-11-25T18:30:00")
    midweek = [rec(f"GET /v2/edu-groups/{G7B}/marks/{w2}/{w2 + dt.timedelta(days=2)}",
                   marks_range(G7B, w2, w2 + dt.timedelta(days=2), MARKS_W2 + [MARK_WITHDRAWN]), mid_at())]
    steps = [
        ("1. school, work types, subjects, classes and subgroups, members, teachers, bells, class teachers, "
         "parents' contexts, periods (Sun 2026-11-15 19:00)", [setup]),
        ("2. week 1 as planned (Sun 2026-11-15 20:00)", [plan_pull(w1, "2026-11-15T20:00:00")]),
        ("3. week 1 evening pull: marks (one «2» given to the wrong Иванов А. С.), attendance, homework "
         "(Fri 2026-11-20 19:00)", [week_pull(w1, "2026-11-20T19:00:00", MARKS_FIRST)]),
        ("4. week 2 as planned (Sun 2026-11-22 20:00)", [plan_pull(w2, "2026-11-22T20:00:00")]),
        ("5. the teacher moves the «2» of 11-18 to the other Иванов А. С.: 7А's week 1 marks pulled again "
         "(Mon 2026-11-23 07:40)", [correction]),
        ("6. Wednesday: 7Б's marks of Mon..Wed, with a «2» that will be withdrawn (Wed 2026-11-25 18:30)", [midweek]),
        ("7. week 2 evening pull (Fri 2026-11-27 19:00)", [week_pull(w2, "2026-11-27T19:00:00", MARKS_W2)]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "ГБОУ «Лицей № 54» (Москва), 7А and 7Б, 2026-11-16..11-27: namesakes and look-alikes — three "
                       "pupils «Иванов Александр Сергеевич», twins with one birthday and one short name, two "
                       "teachers «Смирнова О. Н.», «Соловьёв»/«Соловьев П. А.», a teacher who is a mother of twins, "
                       "subjects that differ by a word or a letter's case, same-named subgroups in two classes.",
        "school": {"timezone": "Europe/Moscow", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
