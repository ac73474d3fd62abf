"""Write journey.json: «СОШ № 47» (Красноярск, UTC+7), Dnevnik.ru, three school weeks (2027-02-15..03-07) of one
school's sync job, in which days change their nature: a frost day (актированный день) for the younger classes, a
working Saturday with Monday's timetable that is also a shortened pre-holiday day, the Monday it replaces, a lesson
moved to a Sunday for an olympiad, a regional day off announced two days ahead, and a nightly pull that runs past
midnight. Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002470047
G2, G8 = 2260325488547100021, 2260325488547100083  # 2А (younger: the frost day is theirs), 8В
TT = {G2: 1000006470021, G8: 1000006470083}
WT_OU, WT_SR, WT_KR, WT_DZ, WT_OL = 2471, 2472, 2473, 2474, 2475
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_OL, "CommonWork", "Олимпиадная работа", "ОЛ", 2),
]
SUBJECTS = {
    "Русский язык": (1000003470001, "Филология"), "Математика": (1000003470002, "Математика"),
    "Литературное чтение": (1000003470003, "Филология"), "Окружающий мир": (1000003470004, "Естествознание"),
    "Физическая культура": (1000003470005, "Физическая культура"), "Музыка": (1000003470006, "Искусство"),
    "Изобразительное искусство": (1000003470007, "Искусство"), "Технология": (1000003470008, "Технология"),
    "Английский язык": (1000003470009, "Филология"), "Алгебра": (1000003470010, "Математика"),
    "Геометрия": (1000003470011, "Математика"), "История": (1000003470012, "Общественные науки"),
    "Физика": (1000003470013, "Естествознание"), "Литература": (1000003470014, "Филология"),
    "Химия": (1000003470015, "Естествознание"), "Биология": (1000003470016, "Естествознание"),
    "География": (1000003470017, "Естествознание"), "Информатика": (1000003470018, "Математика"),
}

# persons: (person id, user id, last, first, middle, sex)
SONYA = (1000012470201, 1000011470201, "Ершова", "Софья", "Андреевна", "Female")
MISHA = (1000012470202, 1000011470202, "Титов", "Михаил", "Денисович", "Male")
LIZA = (2260325488547300203, 2260325488547400203, "Гордеева", "Елизавета", "Игоревна", "Female")
KIRILL = (1000012470801, 1000011470801, "Ершов", "Кирилл", "Андреевич", "Male")
VERA = (1000012470802, 1000011470802, "Лаптева", "Вера", "Олеговна", "Female")
EGOR = (2260325488547300803, 2260325488547400803, "Носков", "Егор", "Романович", "Male")
PUPILS = {G2: [SONYA, MISHA, LIZA], G8: [KIRILL, VERA, EGOR]}
NATALYA = (1000012470901, 1000011470901, "Ершова", "Наталья", "Викторовна", "Female")
OLEG = (1000012470902, 1000011470902, "Лаптев", "Олег", "Игоревич", "Male")
T_BEL = (1000012470950, 1000011470950, "Белоусова", "Галина", "Петровна", "Female")
T_KIM = (1000012470951, 1000011470951, "Ким", "Алина", "Сергеевна", "Female")
T_ZUEV = (1000012470952, 1000011470952, "Зуев", "Павел", "Андреевич", "Male")
T_SAF = (1000012470953, 1000011470953, "Сафронова", "Ирина", "Львовна", "Female")
T_MOR = (1000012470954, 1000011470954, "Морозов", "Дмитрий", "Олегович", "Male")
T_LEB = (1000012470955, 1000011470955, "Лебедева", "Ольга", "Николаевна", "Female")

WEEKDAY = {  # the class's timetable by weekday (0 = Monday): subjects by lesson number 1..
    G2: [["Русский язык", "Математика", "Литературное чтение", "Физическая культура"],
         ["Математика", "Русский язык", "Окружающий мир", "Музыка"],
         ["Русский язык", "Математика", "Литературное чтение", "Изобразительное искусство"],
         ["Математика", "Русский язык", "Окружающий мир", "Технология"],
         ["Русский язык", "Литературное чтение", "Английский язык", "Физическая культура"]],
    G8: [["Алгебра", "Русский язык", "История", "Физика", "Английский язык"],
         ["Геометрия", "Литература", "Химия", "Биология", "Физическая культура"],
         ["Алгебра", "Русский язык", "География", "Физика", "Информатика"],
         ["Геометрия", "Английский язык", "Химия", "История", "Литература"],
         ["Алгебра", "Русский язык", "Литература", "Биология", "Физическая культура"]],
}


def teacher_of(g, subject):
    if g == G2:
        return {"Английский язык": T_KIM, "Физическая культура": T_ZUEV}.get(subject, T_BEL)
    return {"Английский язык": T_KIM, "Физическая культура": T_ZUEV, "Алгебра": T_SAF, "Геометрия": T_SAF,
            "Информатика": T_SAF, "Русский язык": T_LEB, "Литература": T_LEB}.get(subject, T_MOR)


BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:25", "12:10"),
         5: ("12:20", "13:05")}
SHORT = {1: ("08:30", "09:00"), 2: ("09:10", "09:40"), 3: ("09:50", "10:20"), 4: ("10:30", "11:00"),
         5: ("11:10", "11:40")}  # сокращённый предпраздничный день 2027-02-20
ROOM = {G2: "12", G8: "31"}

D = dt.date
FROST = D(2027, 2, 17)  # актированный день: -41 °C at 06:00, lessons of classes 1-4 cancelled
WORK_SAT = D(2027, 2, 20)  # рабочая суббота (перенос с 22.02), Monday's timetable, shortened
MOVED_FROM, OLYMPIAD = D(2027, 2, 26), D(2027, 2, 28)  # 8В's Алгебра #1 moved to Sunday 10:00-11:30
REGIONAL = D(2027, 3, 5)  # дополнительный выходной день, указ губернатора of 2027-03-03
WEEKS = [D(2027, 2, 15), D(2027, 2, 22), D(2027, 3, 1)]


def ids(n):
    return {"id": n, "id_str": str(n)}


def tz(stamp):
    return stamp + "+07:00"


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": tz(pulled)}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par = ("2А", 2) if g == G2 else ("8В", 8)
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МБОУ СОШ № 47", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [G2 if c in PUPILS[G2] else G8]} for c in children],
            "splitId": None}


PERIODS = [(1000007470001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007470002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007470003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007470004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [  # (id, start, finish, name, description)
    (1000008470001, "2026-10-26", "2026-11-04", "Осенние каникулы", ""),
    (1000008470002, "2026-12-29", "2027-01-11", "Зимние каникулы", ""),
    (1000008470003, "2027-02-22", "2027-02-22", "Выходной день (перенос с 20.02)",
     "Суббота 20.02 — рабочий день по расписанию понедельника"),
    (1000008470004, "2027-02-23", "2027-02-23", "День защитника Отечества", ""),
    (1000008470005, "2027-03-08", "2027-03-08", "Международный женский день", ""),
    (1000008470006, "2027-03-22", "2027-03-30", "Весенние каникулы", ""),
]
H_FROST = (1000008470021, "2027-02-17", "2027-02-17", "Актированный день",
           "Занятия 1–4 классов отменены: −41 °C")
H_FROST_8 = (1000008470022, "2027-02-17", "2027-02-17", "Актированный день",
             "Занятия 1–9 классов отменены: прогноз −40 °C")  # 06:40 municipal notice; narrowed to 1–4 at 07:30
H_REGIONAL = (1000008470031, "2027-03-05", "2027-03-05", "Дополнительный выходной день",
              "Указ губернатора края от 03.03.2027")


def rpg(g, extra=()):
    rpg_id = 1000009470000 + (21 if g == G2 else 83)
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in sorted([*HOLIDAYS, *extra], key=lambda h: h[1])]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Основное расписание звонков", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items() if g == G8 or n <= 4]}]


TOPICS = {}


def topic(subject, g):
    TOPICS.setdefault((g, subject), 0)
    TOPICS[(g, subject)] += 1
    return f"{subject}: урок {TOPICS[(g, subject)] + (40 if g == G8 else 70)}"


NICE = {  # (group, date, number) -> topic the teacher wrote (the rest are numbered)
    (G2, WORK_SAT, 1): "Правописание безударных гласных (урок понедельника)",
    (G8, WORK_SAT, 1): "Решение квадратных уравнений (расписание понедельника)",
    (G8, MOVED_FROM, 1): "Теорема Виета",
    (G8, D(2027, 3, 4), 4): "Реформы Петра I",
}


def plan():
    """Every lesson the journal ever held: {lesson id: lesson}; the moved one keeps its id (§3.4)."""
    out = {}
    for g in (G2, G8):
        for monday in [*WEEKS, D(2027, 3, 8)]:  # the fourth week only as the night's "from today" window shows it
            for i in range(6):
                day = monday + dt.timedelta(days=i)
                if i == 5 and day != WORK_SAT:
                    continue
                if day in (D(2027, 2, 22), D(2027, 2, 23), D(2027, 3, 8)) or day > D(2027, 3, 11):
                    continue
                subjects = WEEKDAY[g][0 if day == WORK_SAT else i]
                for n, subject in enumerate(subjects, 1):
                    lid = 2260325488547500000 + (200000 if g == G2 else 800000) + (day - D(2027, 1, 1)).days * 10 + n
                    clock = (SHORT if day == WORK_SAT else BELLS)[n]
                    out[lid] = {"id": lid, "g": g, "day": day, "number": n, "subject": subject,
                                "title": NICE.get((g, day, n)) or topic(subject, g), "start": clock[0],
                                "hours": f"{clock[0]} - {clock[1]}", "teacher": teacher_of(g, subject)}
    return out


LESSONS = plan()
MOVED = next(l for l in LESSONS.values() if l["g"] == G8 and l["day"] == MOVED_FROM and l["number"] == 1)


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == n)


def placed(lesson, moved):
    """The lesson as the journal shows it: the olympiad Алгебра is on Sunday 10:00-11:30 once moved."""
    if moved and lesson is MOVED:
        return {**lesson, "day": OLYMPIAD, "number": 1, "start": "10:00", "hours": "10:00 - 11:30",
                "title": "Олимпиада: школьный тур (перенос урока с 26.02)"}
    return lesson


HW = {  # (group, date, number) -> (text, due)
    (G2, D(2027, 2, 15), 1): ("Упр. 112 на с. 64", D(2027, 2, 16)),
    (G2, D(2027, 2, 16), 1): ("№ 5, 7 на с. 31", D(2027, 2, 18)),
    (G2, D(2027, 2, 16), 2): ("Упр. 118; словарные слова", D(2027, 2, 17)),  # due on the frost day
    (G2, WORK_SAT, 3): ("Выучить стихотворение А. Барто «Весенняя гроза»", D(2027, 2, 26)),
    (G2, D(2027, 2, 24), 2): ("№ 3, 4 на с. 40", D(2027, 2, 25)),
    (G2, D(2027, 3, 3), 1): ("Упр. 140 на с. 80", D(2027, 3, 5)),  # re-dated to 03-09 once 03-05 is off
    (G8, D(2027, 2, 15), 3): ("§ 18, вопросы 1–4", D(2027, 2, 25)),
    (G8, D(2027, 2, 16), 3): ("§ 24, упр. 3", D(2027, 2, 18)),
    (G8, WORK_SAT, 1): ("№ 512, 514 (а, в)", D(2027, 2, 24)),
    (G8, WORK_SAT, 4): ("§ 38, задача 5", D(2027, 2, 24)),
    (G8, D(2027, 2, 24), 1): ("Подготовиться к олимпиаде: задачи 1–6 из листка", D(2027, 2, 28)),
    (G8, D(2027, 2, 25), 2): ("Workbook p. 44, ex. 2", D(2027, 3, 2)),
    (G8, D(2027, 3, 3), 1): ("№ 560, 563", D(2027, 3, 5)),  # re-dated to 03-10
    (G8, D(2027, 3, 4), 4): ("§ 20, конспект", D(2027, 3, 11)),
}
REDATED = {(G2, D(2027, 3, 3), 1): D(2027, 3, 9), (G8, D(2027, 3, 3), 1): D(2027, 3, 10)}

# marks: (group, date, number, pupil, value, work type, mark's own date-time or None)
MARKS = [
    (G2, D(2027, 2, 15), 1, SONYA, "5", WT_OU, None), (G2, D(2027, 2, 15), 2, MISHA, "4", WT_OU, None),
    (G2, D(2027, 2, 16), 2, LIZA, "3", WT_OU, None), (G2, D(2027, 2, 18), 1, SONYA, "4", WT_SR, None),
    (G2, D(2027, 2, 19), 2, SONYA, "5", WT_OU, None), (G2, WORK_SAT, 1, SONYA, "4", WT_OU, None),
    (G2, WORK_SAT, 2, MISHA, "5", WT_OU, None), (G2, D(2027, 2, 24), 2, SONYA, "3", WT_KR, None),
    (G2, D(2027, 2, 26), 2, SONYA, "5", WT_OU, None), (G2, D(2027, 3, 2), 3, SONYA, "5", WT_OU, None),
    (G2, D(2027, 3, 4), 2, SONYA, "4", WT_OU, "2027-03-05T00:01:12.4"),  # set after midnight, Thursday's lesson
    (G8, D(2027, 2, 15), 1, KIRILL, "4", WT_OU, None), (G8, D(2027, 2, 15), 1, VERA, "5", WT_OU, None),
    (G8, D(2027, 2, 16), 3, KIRILL, "3", WT_SR, None), (G8, D(2027, 2, 17), 1, VERA, "4", WT_SR, None),
    (G8, D(2027, 2, 17), 3, KIRILL, "5", WT_OU, None), (G8, D(2027, 2, 18), 1, EGOR, "2", WT_OU, None),
    (G8, D(2027, 2, 19), 2, KIRILL, "4", WT_KR, None), (G8, D(2027, 2, 19), 2, VERA, "5", WT_KR, None),
    (G8, WORK_SAT, 1, KIRILL, "5", WT_OU, None), (G8, WORK_SAT, 3, VERA, "4", WT_OU, None),
    (G8, D(2027, 2, 25), 3, KIRILL, "4", WT_OU, None), (G8, MOVED_FROM, 1, KIRILL, "5", WT_OL, None),
    (G8, MOVED_FROM, 1, VERA, "4", WT_OL, None), (G8, D(2027, 3, 1), 2, VERA, "3", WT_SR, None),
    (G8, D(2027, 3, 2), 3, KIRILL, "4", WT_OU, None), (G8, D(2027, 3, 4), 4, KIRILL, "5", WT_OU,
                                                      "2027-03-05T00:02:40.18"),
    (G8, D(2027, 3, 4), 2, VERA, "5", WT_OU, None),
]
# attendance: (group, date, number, pupil, status, comment)
LOG = [
    (G2, D(2027, 2, 16), 1, LIZA, "Ill", "ОРВИ"), (G2, D(2027, 2, 18), 3, SONYA, "Late", "мороз, автобус"),
    (G2, WORK_SAT, 1, MISHA, "Pass", "заявление родителей"), (G2, WORK_SAT, 4, SONYA, "Absent", ""),
    (G2, D(2027, 3, 4), 1, SONYA, "Ill", "справка"),
    (G8, D(2027, 2, 17), 1, KIRILL, "Late", "опоздал на 10 минут"), (G8, D(2027, 2, 17), 2, EGOR, "Absent", ""),
    (G8, WORK_SAT, 2, VERA, "Pass", "соревнования"), (G8, WORK_SAT, 5, KIRILL, "Absent", ""),
    (G8, MOVED_FROM, 1, EGOR, "Absent", "не участвует в олимпиаде"), (G8, D(2027, 3, 4), 1, VERA, "Late", ""),
]


def default_work(lesson):
    return 2260325488547600000 + lesson["id"] % 10000000


def hw_work(lesson):
    return 2260325488547700000 + lesson["id"] % 10000000


def hw_of(lesson):
    return HW.get((lesson["g"], lesson["day"], lesson["number"]))


def work_objs(lesson, view, pulled):
    """The lesson's works (§3.2): its default work (the marks' column) and its homework, if any."""
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 3, "periodType": "Quarter", "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    wt = WT_OL if lesson is MOVED else WT_OU
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": wt, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{view['day']}T00:00:00", "sentDate": None, **common}]
    hw = hw_of(lesson)
    if hw:
        key = (lesson["g"], lesson["day"], lesson["number"])
        due = REDATED[key] if key in REDATED and pulled >= "2027-03-05" else hw[1]
        tasks = [{**ids(hw_work(lesson) * 0 + 2260325488547900000 + (lesson["id"] % 1000000) * 10 + i),
                  "person": p[0], "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                  "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS[lesson["g"]])]
        out.append({**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5",
                    "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0],
                    "isImportant": False, "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{lesson['day']}T14:{10 + lesson['number']}:05.3", **common})
    return out


def entity_lesson(lesson, moved, pulled):
    view = placed(lesson, moved)
    subj_id, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson["id"]), "title": view["title"], "date": f"{view['day']}T{view['start']}:00",
            "number": view["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                  "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{view['day']}T{view['start']}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(lesson, view, pulled),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def held(lesson, day_state):
    """Whether the journal still holds the lesson in an answer of that state: 'plan' (as first planned), 'frost'
    (2А's frost-day lessons removed), 'moved' (the olympiad Алгебра on Sunday), 'regional' (03-05 removed)."""
    if lesson["g"] == G2 and lesson["day"] == FROST and day_state >= 1:
        return False
    if lesson["day"] == REGIONAL and day_state >= 3:
        return False
    return True


def lessons_range(g, a, b, state, pulled):
    moved = state >= 2
    out = [entity_lesson(l, moved, pulled) for l in sorted(LESSONS.values(), key=lambda l: l["id"])
           if l["g"] == g and held(l, state) and a <= placed(l, moved)["day"] <= b]
    return sorted(out, key=lambda x: (x["date"], x["number"]))


def mark_obj(m, moved):
    g, day, n, p, value, wt, stamp = m
    lesson = lesson_at(g, day, n)
    view = placed(lesson, moved)
    mid = 2260325488548000000 + (lesson["id"] % 10000000) * 10 + PUPILS[g].index(p)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0,
            "date": stamp or f"{view['day']}T{view['start'][:2]}:3{n}:4{n}.51", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def marks_range(g, a, b, moved):
    return [mark_obj(m, moved) for m in MARKS if m[0] == g and a <= placed(lesson_at(m[0], m[1], m[2]), moved)["day"] <= b]


def log_obj(e, moved):
    g, day, n, p, status, comment = e
    lesson = lesson_at(g, day, n)
    view = placed(lesson, moved)
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status,
            "createdDate": f"{view['day']}T{view['start'][:2]}:4{n}:0{n}.2" if day != D(2027, 3, 4)
            else "2027-03-05T00:01:17.93"}


def log_range(g, a, b, moved):
    return [log_obj(e, moved) for e in LOG if e[0] == g and a <= placed(lesson_at(e[0], e[1], e[2]), moved)["day"] <= b]


def flat_lesson(lesson, moved, pulled):
    e = entity_lesson(lesson, moved, pulled)
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Основное здание",
            "place": ROOM[lesson["g"]], "floor": "2" if lesson["g"] == G2 else "3",
            "hours": placed(lesson, moved)["hours"], "works": [w["id"] for w in e["works"]],
            "teachers": [lesson["teacher"][0]]}


def homework_bundle(a, b, state, pulled):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    moved = state >= 2
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not hw_of(l) or not held(l, state) or not a <= placed(l, moved)["day"] <= b:
            continue
        works += [w for w in entity_lesson(l, moved, pulled)["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, moved, pulled))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, g, a, b, state, pulled):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range, with the pupil's marks and log entries."""
    moved = state >= 2
    days, day = [], a
    while day <= b:
        ls = [l for l in LESSONS.values() if l["g"] == g and held(l, state) and placed(l, moved)["day"] == day]
        ls.sort(key=lambda l: placed(l, moved)["number"])
        works = [w for l in ls for w in entity_lesson(l, moved, pulled)["works"]]
        marks = [mark_obj(m, moved) for m in MARKS if m[3] == p and lesson_at(m[0], m[1], m[2]) in ls]
        logs = [log_obj(e, moved) for e in LOG if e[3] == p and lesson_at(e[0], e[1], e[2]) in ls]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, moved, pulled) for l in ls],
                     "marks": marks, "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                                  for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    return {"days": days}


def week_pull(monday, state, stamp, homework_to=None, fetch=()):
    """One evening pull of a week, as the job runs it: marks and log entries of each class over Monday..Sunday (a
    teacher may mark on a weekend), every lesson a mark names that the job does not hold fetched alone
    (`lessons/{id}`, §3.4), the classes' lessons over the school week Monday..Saturday, homework, the pupils' days."""
    saturday, sunday = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    moved = state >= 2
    out, m = [], 0

    def at():
        nonlocal m
        base = dt.datetime.fromisoformat(stamp) + dt.timedelta(minutes=m)
        m += 1
        return base.isoformat()

    for g in (G2, G8):
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(g, monday, sunday, moved), at()))
    for lesson in fetch:
        t = at()
        out.append(rec(f"GET /v2/lessons/{lesson['id']}", entity_lesson(lesson, moved, t[:16]), t))
    for g in (G2, G8):
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}",
                       lessons_range(g, monday, saturday, state, t[:16]), t))
    for g in (G2, G8):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={sunday}",
                       log_range(g, monday, sunday, moved), at()))
    hw_to = homework_to or sunday
    t = at()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={hw_to}",
                   homework_bundle(monday, hw_to, state, t[:16]), t))
    for p, g in ((SONYA, G2), (KIRILL, G8), (VERA, G8)):
        t = at()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={monday}&endDate={saturday}",
                       schedules(p, g, monday, saturday, state, t[:16]), t))
    return out


def plan_pull(monday, state, stamp):
    saturday = monday + dt.timedelta(days=5)
    base = dt.datetime.fromisoformat(stamp)
    return [rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{saturday}",
                lessons_range(g, monday, saturday, state, stamp[:16]), (base + dt.timedelta(minutes=i)).isoformat())
            for i, g in enumerate((G2, G8))]


def main():
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МБОУ СОШ № 47",
                                     "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 47»",
                                     "avatarSmall": None, "city": "Красноярск", "municipality": "г. Красноярск",
                                     "regionId": 24, "markType": "mark5", "timeZone": 7, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "24."}, "2027-02-14T20:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], "2027-02-14T20:00:30"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G2), group_obj(G8)], "2027-02-14T20:01:00"),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], f"2027-02-14T20:01:{10 + i}")
          for i, g in enumerate((G2, G8))],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), f"2027-02-14T20:01:{30 + i}")
          for i, g in enumerate((G2, G8))],
        rec(f"GET /v2/users/{NATALYA[1]}/context", context(NATALYA, [SONYA, KIRILL]), "2027-02-14T20:02:00"),
        rec(f"GET /v2/users/{OLEG[1]}/context", context(OLEG, [VERA]), "2027-02-14T20:02:10"),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), f"2027-02-14T20:02:{30 + i}")
          for i, g in enumerate((G2, G8))],
    ]
    steps = [
        ("1. reference data, bells, periods and holidays (Sun 2027-02-14 20:00)", [setup]),
        ("2. week 1 as planned (Sun 2027-02-14 20:05)", [plan_pull(WEEKS[0], 0, "2027-02-14T20:05:00")]),
        ("3. frost morning: «Актированный день» for classes 1-9 at 06:40, narrowed to 1-4 at 07:30 (Wed 2027-02-17)",
         [[rec(f"GET /v2/edu-groups/{G2}/reporting-period-group", rpg(G2, [H_FROST]), "2027-02-17T06:40:00"),
           rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", rpg(G8, [H_FROST_8]), "2027-02-17T06:40:20")],
          [rec(f"GET /v2/edu-groups/{G2}/reporting-period-group", rpg(G2, [H_FROST]), "2027-02-17T07:35:00"),
           rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", rpg(G8), "2027-02-17T07:35:20")]]),
        ("4. week 1 evening pull, with the working Saturday (Sat 2027-02-20 19:00)",
         [week_pull(WEEKS[0], 1, "2027-02-20T19:00:00")]),
        ("5. week 2 as planned: Monday off, Tuesday a holiday (Sun 2027-02-21 20:05)",
         [plan_pull(WEEKS[1], 1, "2027-02-21T20:05:00")]),
        ("6. week 2 evening pull: the olympiad Алгебра moved to Sunday (Sun 2027-02-28 18:00)",
         [week_pull(WEEKS[1], 2, "2027-02-28T18:00:00", fetch=[MOVED])]),
        ("7. week 3 as planned (Sun 2027-02-28 20:05)", [plan_pull(WEEKS[2], 2, "2027-02-28T20:05:00")]),
        ("8. the governor's decree: 2027-03-05 a day off for both classes (Wed 2027-03-03 21:00)",
         [[rec(f"GET /v2/edu-groups/{G2}/reporting-period-group", rpg(G2, [H_FROST, H_REGIONAL]),
               "2027-03-03T21:00:00"),
           rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", rpg(G8, [H_REGIONAL]), "2027-03-03T21:00:20")]]),
        ("9. Thursday's nightly pull, started 23:52, lands after midnight (Thu 2027-03-04 23:52 .. Fri 03-05 00:14)",
         [[rec(f"GET /v2/edu-groups/{G2}/reporting-period-group", rpg(G2, [H_FROST, H_REGIONAL]),
               "2027-03-04T23:52:00"),
           rec(f"GET /v2/edu-groups/{G8}/reporting-period-group", rpg(G8, [H_REGIONAL]), "2027-03-04T23:52:20")],
          week_pull(WEEKS[2], 3, "2027-03-05T00:04:00", homework_to=D(2027, 3, 14)),
          [rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate=2027-03-05&endDate=2027-03-11",
               schedules(p, g, D(2027, 3, 5), D(2027, 3, 11), 3, "2027-03-05T00:1"), f"2027-03-05T00:1{5 + i}:00")
           for i, (p, g) in enumerate(((SONYA, G2), (KIRILL, G8)))]]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МБОУ СОШ № 47 (Красноярск, UTC+7), 2А and 8В, 2027-02-15..03-07: a frost day for the younger "
                       "classes, a working shortened Saturday with Monday's timetable, the Monday it replaces, an "
                       "olympiad lesson moved to a Sunday, a regional day off at two days' notice, and a nightly pull "
                       "that runs past midnight.",
        "school": {"timezone": "Asia/Krasnoyarsk", "name": "МБОУ СОШ № 47"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
