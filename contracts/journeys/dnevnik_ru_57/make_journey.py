"""Write journey.json: «Лицей № 57» (Екатеринбург, UTC+5), Dnevnik.ru, two school weeks (2026-11-09..11-20) of one
school's sync job as an integrator really runs it, with an integrator's mistakes: a retry that stamped the time
again (the same answer, two `pulled_at`), `pulled_at` sometimes in UTC (`Z`), sometimes local wall-clock time
without an offset, batches mixing two classes and several days, request strings with extra spaces, an upper-case
host or a full URL, a week's backlog flushed at once, out of order, a week after it was pulled, and a slow answer
delivered after the answer of the next pull. Every answer is valid per the reference. Standard library only;
deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002570057
G5, G9 = 2260325488557100051, 2260325488557100091  # 5Б, 9А (ids above 2^53, §1)
TT = {G5: 1000006570051, G9: 1000006570091}
WT_OU, WT_SR, WT_KR, WT_DZ = 2571, 2572, 2573, 2574
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1)]
SUBJECTS = {"Русский язык": (1000003570001, "Филология"), "Математика": (1000003570002, "Математика"),
            "Литература": (1000003570003, "Филология"), "История": (1000003570004, "Общественные науки"),
            "Английский язык": (1000003570005, "Филология"), "Биология": (1000003570006, "Естествознание"),
            "Физическая культура": (1000003570007, "Физическая культура"), "Алгебра": (1000003570008, "Математика"),
            "Геометрия": (1000003570009, "Математика"), "Физика": (1000003570010, "Естествознание"),
            "Химия": (1000003570011, "Естествознание"), "Обществознание": (1000003570012, "Общественные науки"),
            "География": (1000003570013, "Естествознание"), "Информатика": (1000003570014, "Математика")}

# persons: (person id, user id, last, first, middle, sex)
ULYANA = (1000012570501, 1000011570501, "Захарова", "Ульяна", "Сергеевна", "Female")
GLEB = (1000012570502, 1000011570502, "Петров", "Глеб", "Андреевич", "Male")
DINA = (2260325488557300503, 2260325488557400503, "Исаева", "Дина", "Руслановна", "Female")
MATVEY = (1000012570901, 1000011570901, "Захаров", "Матвей", "Сергеевич", "Male")
KSENIA = (1000012570902, 1000011570902, "Руденко", "Ксения", "Павловна", "Female")
ARTUR = (2260325488557300903, 2260325488557400903, "Шамсутдинов", "Артур", "Ильдарович", "Male")
PUPILS = {G5: [ULYANA, GLEB, DINA], G9: [MATVEY, KSENIA, ARTUR]}
IRINA = (1000012570951, 1000011570951, "Захарова", "Ирина", "Викторовна", "Female")
PAVEL = (1000012570952, 1000011570952, "Руденко", "Павел", "Олегович", "Male")
T_VOL = (1000012570960, 1000011570960, "Волкова", "Наталья", "Ивановна", "Female")
T_GAR = (1000012570961, 1000011570961, "Гарипов", "Рустам", "Маратович", "Male")
T_SOK = (1000012570962, 1000011570962, "Соколова", "Елена", "Михайловна", "Female")
T_LAR = (1000012570963, 1000011570963, "Ларин", "Игорь", "Петрович", "Male")

WEEKDAY = {
    G5: [["Русский язык", "Математика", "Литература", "Английский язык"],
         ["Математика", "Русский язык", "История", "Физическая культура"],
         ["Русский язык", "Математика", "Биология", "Литература"],
         ["Русский язык", "Английский язык", "Математика", "Физическая культура"],
         ["Математика", "Литература", "Русский язык", "История"]],
    G9: [["Алгебра", "Русский язык", "Физика", "История", "Английский язык"],
         ["Геометрия", "Литература", "Химия", "Обществознание", "Физическая культура"],
         ["Алгебра", "Физика", "Химия", "География", "Русский язык"],
         ["Геометрия", "Английский язык", "Информатика", "Литература", "Физическая культура"],
         ["Алгебра", "Русский язык", "История", "Физика", "Биология"]],
}
TOPICS = {
    "Русский язык": ["Имя существительное как часть речи", "Род имён существительных", "Склонение существительных",
                     "Падежные окончания", "Правописание -тся и -ться", "Обособленные определения",
                     "Сложноподчинённые предложения", "Виды придаточных", "Знаки препинания в СПП", "Изложение"],
    "Математика": ["Десятичные дроби", "Сравнение десятичных дробей", "Сложение десятичных дробей",
                   "Вычитание десятичных дробей", "Округление чисел", "Решение задач", "Контрольная работа № 3",
                   "Умножение на натуральное число", "Работа над ошибками", "Деление на натуральное число"],
    "Литература": ["И. С. Тургенев «Муму»", "Образ Герасима", "Н. А. Некрасов «Крестьянские дети»",
                   "Стихотворение наизусть", "Л. Н. Толстой «Кавказский пленник»", "А. С. Пушкин «Евгений Онегин»",
                   "Онегин и Ленский", "Образ Татьяны", "Сочинение по роману"],
    "Английский язык": ["My daily routine", "Present Simple", "At school", "Present Continuous",
                        "Environment problems", "Passive Voice", "Reading: Green planet", "Vocabulary test"],
    "История": ["Древний Египет", "Религия египтян", "Реформы Александра II", "Отмена крепостного права",
                "Крестьянская реформа 1861 г."],
    "Физическая культура": ["Волейбол: передача мяча", "Акробатика", "Баскетбол: ведение мяча", "Подтягивание",
                            "Волейбол: подача", "Гимнастика"],
    "Биология": ["Строение клетки", "Ткани растений", "Эволюция органического мира"],
    "Алгебра": ["Квадратичная функция", "График квадратичной функции", "Неравенства второй степени",
                "Метод интервалов", "Системы неравенств", "Контрольная работа № 3"],
    "Геометрия": ["Подобные треугольники", "Признаки подобия", "Теорема о площадях", "Синус и косинус угла"],
    "Физика": ["Законы Ньютона", "Импульс тела", "Закон сохранения импульса", "Реактивное движение",
               "Лабораторная работа № 2", "Механические колебания"],
    "Химия": ["Электролитическая диссоциация", "Ионные уравнения", "Гидролиз солей", "Свойства кислот"],
    "Обществознание": ["Политическая система", "Государство", "Формы правления"],
    "География": ["Хозяйство России", "Топливно-энергетический комплекс"],
    "Информатика": ["Алгоритмы с ветвлением", "Циклы в Python"],
}
WEEKS = [D(2026, 11, 9), D(2026, 11, 16)]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15")}
ROOM = {G5: "21", G9: "34"}
CANCELLED = (G9, D(2026, 11, 20), 4)  # 9А's Friday Физика #4, removed at 16:03 on Wednesday (teacher's course)


def teacher_of(g, subject):
    if subject in ("Математика", "Алгебра", "Геометрия", "Информатика"):
        return T_GAR
    if subject in ("Русский язык", "Литература"):
        return T_VOL
    if subject in ("Физика", "Химия", "Биология", "География"):
        return T_LAR
    return T_SOK


def ids(n):
    return {"id": n, "id_str": str(n)}


LESSONS = {}  # (group, date, number) -> lesson
_count = {}
for _g in (G5, G9):
    for _w in WEEKS:
        for _k in range(5):
            _day = _w + dt.timedelta(days=_k)
            for _n, _subj in enumerate(WEEKDAY[_g][_k], start=1):
                _i = _count[(_g, _subj)] = _count.get((_g, _subj), -1) + 1
                _topics = TOPICS[_subj]
                LESSONS[(_g, _day, _n)] = {
                    "id": 2260325488557500000 + (1 if _g == G5 else 2) * 100000 + _day.toordinal() % 1000 * 10 + _n,
                    "g": _g, "day": _day, "number": _n, "subject": _subj, "title": _topics[_i % len(_topics)],
                    "teacher": teacher_of(_g, _subj)}


def default_work(lesson):
    return lesson["id"] + 1000000


def hw_work(lesson):
    return lesson["id"] + 2000000


# homework: (group, set on, number) -> [(text, due, sent, valid from pull time), ...] the versions over time
HW = {
    (G5, D(2026, 11, 9), 1): [("Упр. 214, выучить правило на с. 98", D(2026, 11, 11), "2026-11-09T15:10")],
    (G5, D(2026, 11, 10), 1): [("№ 1124, 1126 (а, б)", D(2026, 11, 12), "2026-11-10T15:20")],
    (G5, D(2026, 11, 12), 1): [("Упр. 241, словарные слова", D(2026, 11, 16), "2026-11-12T15:05"),
                                ("Упр. 244, словарные слова", D(2026, 11, 16), "2026-11-13T17:50")],
    (G9, D(2026, 11, 9), 1): [("№ 312, 315, 318", D(2026, 11, 11), "2026-11-09T14:40")],
    (G9, D(2026, 11, 11), 2): [("§ 21, упр. 20 (1, 2)", D(2026, 11, 13), "2026-11-11T15:00")],
    (G5, D(2026, 11, 17), 1): [("№ 1201, 1203", D(2026, 11, 19), "2026-11-17T15:15")],
    (G9, D(2026, 11, 16), 1): [("№ 340, 342 (в, г)", D(2026, 11, 18), "2026-11-16T14:45")],
    (G9, D(2026, 11, 18), 3): [("§ 14, задачи 3–5 на с. 62", D(2026, 11, 20), "2026-11-18T15:00"),
                                ("§ 14, задачи 3–6 на с. 62", D(2026, 11, 20), "2026-11-18T16:02")],
}

# marks: (group, date, number, pupil, [(value, work type, from pull time) ...]); value None = deleted from then on
MARKS = [
    (G5, D(2026, 11, 9), 1, ULYANA, [("5", WT_OU, "2026-11-09T15:00")]),
    (G5, D(2026, 11, 9), 2, GLEB, [("4", WT_OU, "2026-11-09T15:00")]),
    (G5, D(2026, 11, 10), 1, ULYANA, [("4", WT_SR, "2026-11-10T14:00"), ("5", WT_SR, "2026-11-13T18:05")]),
    (G5, D(2026, 11, 11), 3, ULYANA, [("4", WT_OU, "2026-11-11T14:00")]),
    (G5, D(2026, 11, 12), 3, ULYANA, [("3", WT_OU, "2026-11-12T14:00")]),
    (G5, D(2026, 11, 12), 2, DINA, [("5", WT_OU, "2026-11-12T14:00")]),
    (G5, D(2026, 11, 13), 1, ULYANA, [("5", WT_KR, "2026-11-13T15:00")]),
    (G9, D(2026, 11, 9), 1, MATVEY, [("4", WT_OU, "2026-11-09T15:00")]),
    (G9, D(2026, 11, 9), 1, KSENIA, [("3", WT_OU, "2026-11-09T15:00"), (None, WT_OU, "2026-11-13T18:05")]),
    (G9, D(2026, 11, 10), 3, KSENIA, [("5", WT_OU, "2026-11-10T14:00")]),
    (G9, D(2026, 11, 11), 2, MATVEY, [("3", WT_SR, "2026-11-11T14:00")]),
    (G9, D(2026, 11, 12), 3, KSENIA, [("4", WT_OU, "2026-11-12T14:00")]),
    (G9, D(2026, 11, 13), 1, MATVEY, [("5", WT_KR, "2026-11-13T15:00")]),
    (G9, D(2026, 11, 13), 1, KSENIA, [("4", WT_KR, "2026-11-13T15:00")]),
    (G5, D(2026, 11, 16), 2, ULYANA, [("4", WT_OU, "2026-11-16T14:00")]),
    (G5, D(2026, 11, 17), 2, ULYANA, [("2", WT_OU, "2026-11-17T14:00"), (None, WT_OU, "2026-11-19T12:00")]),
    (G5, D(2026, 11, 17), 1, GLEB, [("5", WT_OU, "2026-11-17T14:00")]),
    (G5, D(2026, 11, 18), 2, ULYANA, [("5", WT_SR, "2026-11-18T14:00")]),
    (G5, D(2026, 11, 19), 3, ULYANA, [("4", WT_OU, "2026-11-19T14:00")]),
    (G5, D(2026, 11, 20), 1, ULYANA, [("5", WT_OU, "2026-11-20T14:00")]),
    (G9, D(2026, 11, 16), 3, MATVEY, [("4", WT_OU, "2026-11-16T14:00")]),
    (G9, D(2026, 11, 17), 1, KSENIA, [("5", WT_SR, "2026-11-17T14:00")]),
    (G9, D(2026, 11, 18), 3, MATVEY, [("5", WT_OU, "2026-11-18T14:00")]),
    (G9, D(2026, 11, 19), 1, KSENIA, [("4", WT_OU, "2026-11-19T14:00")]),
    (G9, D(2026, 11, 20), 1, MATVEY, [("4", WT_KR, "2026-11-20T15:00")]),
]
# attendance: (group, date, number, pupil, [(status, comment, from pull time) ...])
LOG = [
    (G5, D(2026, 11, 10), 2, ULYANA, [("Late", "опоздала на 7 минут", "2026-11-10T09:00")]),
    (G9, D(2026, 11, 11), 1, KSENIA, [("Absent", "", "2026-11-11T08:10"),
                                      ("Ill", "справка из поликлиники", "2026-11-13T18:05")]),
    (G9, D(2026, 11, 12), 3, MATVEY, [("Absent", "", "2026-11-12T10:00")]),
    (G9, D(2026, 11, 13), 2, KSENIA, [("Pass", "олимпиада по химии", "2026-11-13T09:00")]),
    (G9, D(2026, 11, 17), 1, MATVEY, [("Ill", "ОРВИ", "2026-11-17T08:10")]),
    (G5, D(2026, 11, 19), 4, ULYANA, [("Absent", "", "2026-11-19T11:00")]),
]


def version(history, pulled):
    """The version a pull at `pulled` (local 'YYYY-MM-DDTHH:MM') sees, or None."""
    seen = None
    for v in history:
        if v[-1] <= pulled:
            seen = v
    return seen


def held(lesson, pulled):
    return not ((lesson["g"], lesson["day"], lesson["number"]) == CANCELLED and pulled >= "2026-11-18T16:03")


def work_objs(lesson, pulled):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    hw = version(HW.get((lesson["g"], lesson["day"], lesson["number"]), []), pulled)
    if hw:
        text, due, _ = hw
        first_sent = HW[(lesson["g"], lesson["day"], lesson["number"])][0][2]
        tasks = [{**ids(2260325488570000000 + (lesson["id"] % 1000000) * 10 + i),
                  "person": p[0], "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                  "status": "NotStarted", "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS[lesson["g"]])]
        out.append({**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5",
                    "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text,
                    "isImportant": False, "targetDate": f"{due}T00:00:00", "sentDate": f"{first_sent}:11.4",
                    **common})
    return out


def start(lesson):
    return BELLS[lesson["number"]][0]


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start(lesson)}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{lesson['day']}T{start(lesson)}" else "Conducted",
            "resultPlaceId": 0, "works": work_objs(lesson, pulled),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(g, a, b, pulled):
    return [entity_lesson(l, pulled) for (gg, d, n), l in sorted(LESSONS.items(), key=lambda x: (x[0][1], x[0][2]))
            if gg == g and a <= d <= b and held(l, pulled)]


def mark_obj(m, pulled):
    g, day, n, p, history = m
    v = version(history, pulled)
    if v is None or v[0] is None:
        return None
    lesson = LESSONS[(g, day, n)]
    mid = 2260325488558000000 + (lesson["id"] % 1000000) * 10 + PUPILS[g].index(p)
    return {**ids(mid), "type": "mark5", "value": v[0], "textValue": v[0], "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": f"{history[0][2]}:3{n}.51", "workType": v[1],
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[v[0]], "use_avg_calc": True}


def marks_range(g, a, b, pulled):
    out = [mark_obj(m, pulled) for m in MARKS if m[0] == g and a <= m[1] <= b]
    return [m for m in out if m]


def log_obj(e, pulled):
    g, day, n, p, history = e
    v = version(history, pulled)
    if v is None:
        return None
    lesson = LESSONS[(g, day, n)]
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": v[1], "status": v[0], "createdDate": f"{v[2]}:0{n}.27"}


def log_range(g, a, b, pulled):
    return [x for x in (log_obj(e, pulled) for e in LOG if e[0] == g and a <= e[1] <= b) if x]


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def flat_lesson(lesson, pulled):
    e = entity_lesson(lesson, pulled)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOM[lesson["g"]], "floor": "2" if lesson["g"] == G5 else "3", "hours": f"{a} - {b}",
            "works": [w["id"] for w in e["works"]], "teachers": [lesson["teacher"][0]]}


def homework_bundle(a, b, pulled):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for key, l in sorted(LESSONS.items(), key=lambda x: x[1]["id"]):
        if key not in HW or not a <= l["day"] <= b or not held(l, pulled):
            continue
        hw = [w for w in entity_lesson(l, pulled)["works"] if w["type"] == "Homework"]
        if not hw:
            continue
        works += hw
        lessons.append(flat_lesson(l, pulled))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, g, a, b, pulled):
    days, day = [], a
    while day <= b:
        ls = [l for (gg, d, n), l in sorted(LESSONS.items(), key=lambda x: x[0][2]) if gg == g and d == day
              and held(l, pulled)]
        works = [w for l in ls for w in entity_lesson(l, pulled)["works"]]
        marks = [x for x in (mark_obj(m, pulled) for m in MARKS if m[3] == p and m[1] == day) if x]
        logs = [x for x in (log_obj(e, pulled) for e in LOG if e[3] == p and e[1] == day) if x]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, pulled) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                                  for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs, "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})],
                     "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=3)}T00:00:00"
    return {"days": days}


def stamp(local, form):
    """`pulled_at` as the job wrote it: 'local' (naive wall-clock, the school's zone), 'utc' (Z) or 'offset'."""
    t = dt.datetime.fromisoformat(local)
    if form == "local":
        return t.isoformat()
    if form == "utc":
        return (t - dt.timedelta(hours=5)).isoformat() + "Z"
    return t.isoformat() + "+05:00"


def rec(request, body, local, form="offset"):
    return {"request": request, "body": body, "pulled_at": stamp(local, form)}


def group_obj(g):
    name, par = ("5Б", 5) if g == G5 else ("9А", 9)
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ Лицей № 57", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "personId_str": str(c[0]), "firstName": c[3],
                                           "lastName": c[2], "middleName": c[4], "shortName": f"{c[2]} {c[3][0]}.",
                                           "schoolIds": [S], "groupIds": [G5 if c in PUPILS[G5] else G9]}
                                          for c in children],
            "splitId": None}


PERIODS = [(1000007570001, "2026-09-01", "2026-10-24", 1, "1 четверть"),
           (1000007570002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007570003, "2027-01-12", "2027-03-20", 3, "3 четверть"),
           (1000007570004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008570001, "2026-10-25", "2026-11-04", "Осенние каникулы"),
            (1000008570002, "2026-12-29", "2027-01-11", "Зимние каникулы"),
            (1000008570003, "2027-03-21", "2027-03-29", "Весенние каникулы")]


def rpg(g):
    rpg_id = 1000009570000 + (51 if g == G5 else 91)
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": wd, "LessonNumber": n}
                       for n, (a, b) in BELLS.items() if n <= len(WEEKDAY[g][0])]}]


def evening(day, local, form, req=None):
    """One evening's pull of week 1, as the job ran it: marks and log entries of both classes from Monday to today,
    and the school's homework from Monday to the next Sunday (§3.1, §3.5, §3.7, §7)."""
    mon, t = WEEKS[0], dt.datetime.fromisoformat(local)
    at = [(t + dt.timedelta(minutes=i)).isoformat()[:16] for i in range(5)]
    r = req or (lambda s: s)
    return [
        rec(r(f"GET /v2/edu-groups/{G5}/marks/{mon}/{day}"), marks_range(G5, mon, day, at[0]), at[0], form),
        rec(r(f"GET /v2/edu-groups/{G9}/marks/{mon}/{day}"), marks_range(G9, mon, day, at[1]), at[1], form),
        rec(r(f"GET /v2/lesson-log-entries/group/{G5}?from={mon}&to={day}"), log_range(G5, mon, day, at[2]), at[2],
            form),
        rec(r(f"GET /v2/lesson-log-entries/group/{G9}?from={mon}&to={day}"), log_range(G9, mon, day, at[3]), at[3],
            form),
        rec(r(f"GET /v2/users/me/school/{S}/homeworks?startDate={mon}&endDate=2026-11-22"),
            homework_bundle(mon, D(2026, 11, 22), at[4]), at[4], form),
    ]


def main():
    full = "https://api.dnevnik.ru/v2.0/"
    setup = [
        rec(f"GET {full}schools/{S}", {**ids(S), "name": "МАОУ Лицей № 57",
                                      "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 57»",
                                      "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                      "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                      "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                      "tsoRegionTreePath": "66."}, "2026-11-08T19:00", "local"),
        rec(f"GET HTTPS://API.DNEVNIK.RU/v2/work-types/{S}",
            [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab, "weight": w}
             for i, k, t, ab, w in WORK_TYPES], "2026-11-08T19:00", "local"),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G5), group_obj(G9)], "2026-11-08T19:01", "utc"),
        rec(f"GET   /v2/edu-groups/{G5}/persons ", [person(p) for p in PUPILS[G5]], "2026-11-08T19:01", "utc"),
        rec(f"  GET /v2/edu-groups/{G9}/persons", [person(p) for p in PUPILS[G9]], "2026-11-08T19:02", "local"),
        rec(f"GET {full}edu-groups/{G5}/timetables", timetable(G5), "2026-11-08T19:02", "utc"),
        rec(f"GET https://api.dnevnik.ru/v2/edu-groups/{G9}/timetables", timetable(G9), "2026-11-08T19:03"),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ULYANA, MATVEY]), "2026-11-08T19:03", "local"),
        rec(f"GET /v2/users/{PAVEL[1]}/context", context(PAVEL, [KSENIA]), "2026-11-08T19:04", "utc"),
        rec(f"GET /v2/edu-groups/{G5}/reporting-period-group", rpg(G5), "2026-11-08T19:04", "local"),
        rec(f"GET /v2.0/edu-groups/{G9}/reporting-period-group", rpg(G9), "2026-11-08T19:05", "utc"),
    ]
    plan = [  # one batch, two classes, two weeks
        rec(f"GET /v2/edu-groups/{G9}/lessons/2026-11-09/2026-11-21", lessons_range(G9, WEEKS[0], D(2026, 11, 21),
                                                                                     "2026-11-08T19:10"),
            "2026-11-08T19:10", "utc"),
        rec(f"GET /v2/edu-groups/{G5}/lessons/2026-11-09/2026-11-21", lessons_range(G5, WEEKS[0], D(2026, 11, 21),
                                                                                     "2026-11-08T19:11"),
            "2026-11-08T19:11", "local"),
    ]
    # week 1: the job's evening pulls never reached the hub (its queue was stuck); flushed Mon 11-16 07:30
    week1 = {
        "mon": evening(D(2026, 11, 9), "2026-11-09T18:00", "utc"),
        "tue": evening(D(2026, 11, 10), "2026-11-10T18:00", "local"),
        "wed": evening(D(2026, 11, 11), "2026-11-11T18:00", "offset"),
        "thu": evening(D(2026, 11, 12), "2026-11-12T18:00", "local"),
        # Friday: pulled at 17:30 (stamped local, naive) and again at 18:10, after the teachers' Friday corrections
        # (stamped UTC: 13:10Z). As text, "17:30" reads later than "13:10".
        "fri1": evening(D(2026, 11, 13), "2026-11-13T17:30", "local"),
        "fri2": evening(D(2026, 11, 13), "2026-11-13T18:10", "utc",
                        req=lambda s: s.replace("GET /v2/", "GET  https://api.dnevnik.ru/v2/")),
    }
    backlog_a = [*week1["fri2"][:2], *week1["wed"][2:], *week1["mon"], *week1["thu"][:2]]
    backlog_b = [*week1["fri2"][2:], *week1["tue"], *week1["fri1"], *week1["wed"][:2], *week1["thu"][2:]]
    mon2 = WEEKS[1]
    tue_marks = [rec(f"GET /v2/edu-groups/{g}/marks/{mon2}/2026-11-17", marks_range(g, mon2, D(2026, 11, 17),
                                                                                    "2026-11-17T18:00"),
                     "2026-11-17T18:00", "local") for g in (G5, G9)]
    tue_logs = [rec(f"GET /v2/lesson-log-entries/group/{g}?from={mon2}&to=2026-11-17",
                    log_range(g, mon2, D(2026, 11, 17), "2026-11-17T18:01"), "2026-11-17T18:01", "local")
                for g in (G5, G9)]
    # the retry: the same answers, the time stamped again at the re-send (18:04 local), in UTC this time
    retry = [{**r, "pulled_at": stamp("2026-11-17T18:04", "utc")} for r in tue_marks + tue_logs]

    def wed_pull(local):
        return [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={mon2}&endDate=2026-11-29",
                    homework_bundle(mon2, D(2026, 11, 29), local), local),
                rec(f"GET /v2/edu-groups/{G9}/lessons/2026-11-18/2026-11-20",
                    lessons_range(G9, D(2026, 11, 18), D(2026, 11, 20), local), local)]

    fri = "2026-11-20T19:00"
    fri_pull = [
        rec(f"GET {full}edu-groups/{G5}/marks/{mon2}/2026-11-20", marks_range(G5, mon2, D(2026, 11, 20), fri), fri,
            "utc"),
        rec(f"GET  /v2/edu-groups/{G9}/marks/{mon2}/2026-11-20", marks_range(G9, mon2, D(2026, 11, 20), fri), fri,
            "local"),
        rec(f"GET /v2/lesson-log-entries/group/{G5}?from={mon2}&to=2026-11-20",
            log_range(G5, mon2, D(2026, 11, 20), fri), fri, "utc"),
        rec(f"GET /v2/lesson-log-entries/group/{G9}?from={mon2}&to=2026-11-20",
            log_range(G9, mon2, D(2026, 11, 20), fri), fri, "local"),
        rec(f"GET /v2/persons/{ULYANA[0]}/groups/{G5}/schedules?startDate={mon2}&endDate=2026-11-20",
            schedules(ULYANA, G5, mon2, D(2026, 11, 20), "2026-11-20T19:01"), "2026-11-20T19:01", "utc"),
    ]
    steps = [
        ("1. reference data (Sun 2026-11-08 19:00 local; stamps in three forms, request strings as logged)", [setup]),
        ("2. both classes' lessons for two weeks, one batch (Sun 2026-11-08 19:10)", [plan]),
        ("3. week 1's six evening pulls (Mon 11-09 .. Fri 11-13, two on Friday), stuck in the job's queue, flushed "
         "Mon 2026-11-16 07:30 in two batches, out of order", [backlog_a, backlog_b]),
        ("4. Tue 2026-11-17 18:00: marks and log entries of both classes; the job's HTTP client timed out and the "
         "retry stamped the time again (18:04, UTC)", [tue_marks + tue_logs, retry]),
        ("5. Wed 2026-11-18: a slow pull at 16:00 and the next one at 16:05 (9А's Friday Физика removed, a homework "
         "corrected); 16:05 lands first", [wed_pull("2026-11-18T16:05"), wed_pull("2026-11-18T16:00")]),
        ("6. Fri 2026-11-20 19:00: week 2's marks and log entries, Ульяна's schedules bundle", [fri_pull]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ Лицей № 57 (Екатеринбург, UTC+5), 5Б and 9А, 2026-11-09..11-20: an integrator's "
                       "mistakes: restamped retries, pulled_at in UTC and as naive local time, mixed batches, "
                       "request strings with spaces, upper case and full URLs, a week's backlog flushed out of "
                       "order, a slow answer delivered after the next pull's.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ Лицей № 57"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
