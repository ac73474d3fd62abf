"""Write journey.json: «Лицей № 61» (Пермь, UTC+5), Dnevnik.ru, 6А and 9Б from 2026-10-19 to 2026-11-15 (the last
week of the first quarter, the autumn break with 4 November, the first fortnight of the second quarter), one school's
sync job. The theme: marks outside ordinary lessons and on odd days. Marks of works with no lesson (school olympiads,
a project), marks entered on a Saturday, a Sunday, a holiday or a Wednesday without that subject, an essay checked
during the break, a dictation rewritten three weeks later, a mark given at an extra lesson the journal later deleted,
a mark moved to another lesson of the same subject, marks given to pupils absent from the lesson.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002610061
G6, G9 = 2260325488561100006, 2260325488561100092  # 6А, 9Б (ids above 2^53, §1)
TT = {G6: 1000006610006, G9: 1000006610092}
GNAME = {G6: ("6А", 6), G9: ("9Б", 9)}

WT_OU, WT_SR, WT_KR, WT_OL, WT_PR, WT_SO, WT_DZ, WT_LR = 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6108
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_OL, "CommonWork", "Олимпиада (школьный этап)", "ОЛ", 3),
    (WT_PR, "CommonWork", "Проектная работа", "ПР", 2),
    (WT_SO, "LessonComposition", "Сочинение", "СОЧ", 2),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_LR, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
]
SUBJECTS = {
    "Русский язык": (1000003610001, "Филология"), "Математика": (1000003610002, "Математика"),
    "Литература": (1000003610003, "Филология"), "Английский язык": (1000003610004, "Филология"),
    "Физическая культура": (1000003610005, "Физическая культура"), "История": (1000003610006, "Общественные науки"),
    "Биология": (1000003610007, "Естествознание"), "Музыка": (1000003610008, "Искусство"),
    "География": (1000003610009, "Естествознание"), "Технология": (1000003610010, "Технология"),
    "Изобразительное искусство": (1000003610011, "Искусство"), "Алгебра": (1000003610012, "Математика"),
    "Геометрия": (1000003610013, "Математика"), "Физика": (1000003610014, "Естествознание"),
    "Химия": (1000003610015, "Естествознание"), "Информатика": (1000003610016, "Математика"),
    "Обществознание": (1000003610017, "Общественные науки"),
}

# persons: (person id, user id, last, first, middle, sex)
ARTYOM = (1000012610601, 1000011610601, "Кузнецов", "Артём", "Игоревич", "Male")
POLINA = (1000012610602, 1000011610602, "Белова", "Полина", "Андреевна", "Female")
TIMUR = (2260325488561300603, 2260325488561400603, "Шарипов", "Тимур", "Ринатович", "Male")
DASHA = (1000012610901, 1000011610901, "Кузнецова", "Дарья", "Игоревна", "Female")
GLEB = (1000012610902, 1000011610902, "Миронов", "Глеб", "Сергеевич", "Male")
ULYANA = (2260325488561300903, 2260325488561400903, "Ясинская", "Ульяна", "Олеговна", "Female")
PUPILS = {G6: [ARTYOM, POLINA, TIMUR], G9: [DASHA, GLEB, ULYANA]}
IRINA = (1000012610951, 1000011610951, "Кузнецова", "Ирина", "Владимировна", "Female")
SERGEY = (1000012610952, 1000011610952, "Миронов", "Сергей", "Павлович", "Male")
ANDREY = (1000012610953, 1000011610953, "Белов", "Андрей", "Николаевич", "Male")
T_VOL = (1000012610970, 1000011610970, "Волкова", "Наталья", "Сергеевна", "Female")  # русский, литература
T_GAR = (1000012610971, 1000011610971, "Гарипов", "Ренат", "Ильдарович", "Male")  # математика
T_LOS = (1000012610972, 1000011610972, "Лосева", "Елена", "Викторовна", "Female")  # естественные
T_PAK = (1000012610973, 1000011610973, "Пак", "Виктория", "Олеговна", "Female")  # английский, информатика
T_DEM = (1000012610974, 1000011610974, "Дёмин", "Олег", "Анатольевич", "Male")  # история, общество, физра...

WEEKDAY = {  # by weekday (0 = Monday): subjects by lesson number 1..
    G6: [["Русский язык", "Математика", "Литература", "Английский язык", "Физическая культура"],
         ["Математика", "Русский язык", "История", "Биология", "Музыка"],
         ["Русский язык", "Математика", "География", "Литература", "Технология"],
         ["Математика", "Английский язык", "Русский язык", "История", "Физическая культура"],
         ["Русский язык", "Литература", "Математика", "Биология", "Изобразительное искусство"]],
    G9: [["Алгебра", "Русский язык", "Физика", "История", "Английский язык"],
         ["Геометрия", "Алгебра", "Физика", "Литература", "Химия"],
         ["Русский язык", "Биология", "Алгебра", "Информатика", "Физическая культура"],
         ["Алгебра", "Химия", "История", "Английский язык", "Обществознание"],
         ["Геометрия", "Литература", "Русский язык", "География", "Физическая культура"]],
}


def teacher_of(subject):
    if subject in ("Русский язык", "Литература"):
        return T_VOL
    if subject in ("Математика", "Алгебра", "Геометрия"):
        return T_GAR
    if subject in ("Биология", "Физика", "Химия", "География"):
        return T_LOS
    if subject in ("Английский язык", "Информатика"):
        return T_PAK
    return T_DEM


TOPICS = {
    "Русский язык": ["Правописание приставок пре- и при-", "Контрольный диктант по теме «Лексика»",
                     "Разбор ошибок диктанта", "Имя существительное как часть речи",
                     "Разносклоняемые существительные", "Несклоняемые существительные", "Род несклоняемых существительных",
                     "Имена существительные общего рода", "Морфологический разбор существительного",
                     "Сложноподчинённые предложения с придаточными изъяснительными",
                     "Придаточные определительные", "Знаки препинания в СПП", "Придаточные обстоятельственные",
                     "Подготовка к сочинению-рассуждению", "Сочинение-рассуждение 9.2"],
    "Математика": ["Сложение дробей с разными знаменателями", "Вычитание дробей", "Решение задач на дроби",
                   "Смешанные числа", "Сложение смешанных чисел", "Вычитание смешанных чисел",
                   "Умножение дробей", "Самостоятельная работа «Действия с дробями»", "Умножение смешанных чисел",
                   "Нахождение дроби от числа", "Решение задач", "Повторение", "Распределительное свойство"],
    "Литература": ["И. С. Тургенев «Бежин луг»", "Сочинение «Образы мальчиков в рассказе»", "Ф. И. Тютчев. Лирика",
                   "А. А. Фет. Лирика", "Н. А. Некрасов «Железная дорога»", "Н. С. Лесков «Левша»",
                   "«Слово о полку Игореве»", "Д. И. Фонвизин «Недоросль»", "Образ Митрофанушки",
                   "Н. М. Карамзин «Бедная Лиза»", "Сентиментализм"],
    "Английский язык": ["Present Perfect", "My hobbies", "Reading: A day in London", "Grammar revision",
                        "Listening practice", "Writing a letter", "Vocabulary test"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Баскетбол: передачи", "Гимнастика: акробатика",
                            "Лёгкая атлетика: челночный бег", "Волейбол: подача", "Гимнастика: опорный прыжок",
                            "Баскетбол: броски", "Волейбол: приём мяча"],
    "История": ["Русь в XII веке", "Владимиро-Суздальское княжество", "Новгородская республика",
                "Россия при Александре I", "Отечественная война 1812 года", "Движение декабристов",
                "Культура Руси", "Внутренняя политика Николая I", "Монгольское нашествие", "Крымская война"],
    "Биология": ["Строение цветка", "Соцветия", "Плоды и семена", "Опыление", "Ткани человека",
                 "Нервная система", "Мышцы"],
    "Музыка": ["Музыкальный образ", "Романс", "Вокальная музыка"],
    "География": ["Атмосфера", "Погода и климат", "Ветер", "Природные зоны России", "Население России"],
    "Технология": ["Обработка древесины", "Проект «Кормушка»", "Чертёж детали"],
    "Изобразительное искусство": ["Натюрморт", "Пейзаж", "Портрет"],
    "Алгебра": ["Квадратичная функция", "Построение параболы", "Неравенства второй степени",
                "Метод интервалов", "Решение неравенств", "Целые уравнения", "Дробно-рациональные уравнения",
                "Системы уравнений", "Консультация: подготовка к контрольной работе", "Решение систем",
                "Текстовые задачи", "Повторение", "Графики функций"],
    "Геометрия": ["Векторы", "Сложение векторов", "Метод координат", "Контрольная работа «Векторы»",
                  "Уравнение окружности"],
    "Физика": ["Законы Ньютона", "Свободное падение", "Движение по окружности", "Импульс тела",
               "Лабораторная работа № 3 «Измерение ускорения свободного падения»", "Закон сохранения импульса",
               "Реактивное движение"],
    "Химия": ["Электролитическая диссоциация", "Реакции ионного обмена", "Гидролиз солей", "Окислительно-восстановительные реакции",
              "Галогены", "Хлор", "Хлороводород"],
    "Информатика": ["Алгоритмы с ветвлением", "Циклы", "Массивы", "Обработка массивов"],
    "Обществознание": ["Политика и власть", "Государство", "Политические режимы", "Правовое государство"],
}

BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}

SCHOOL_DAYS = [D(2026, 10, 19) + dt.timedelta(days=i) for i in range(5)] + [D(2026, 11, 5), D(2026, 11, 6)] + \
              [D(2026, 11, 9) + dt.timedelta(days=i) for i in range(5)]
CONSULT_DAY = D(2026, 11, 6)  # 9Б: an extra Алгебра lesson #6, later deleted by the journal

LESSONS = {}  # (g, day, number) -> lesson dict


def build_lessons():
    count = {}
    serial = 0
    for g in (G6, G9):
        for day in SCHOOL_DAYS:
            subjects = list(WEEKDAY[g][day.weekday()])
            if g == G9 and day == CONSULT_DAY:
                subjects.append("Алгебра")
            for n, subj in enumerate(subjects, start=1):
                serial += 1
                k = count.get((g, subj), 0)
                count[(g, subj)] = k + 1
                topic = TOPICS[subj][k % len(TOPICS[subj])]
                if g == G9 and day == CONSULT_DAY and n == 6:
                    topic = "Консультация: подготовка к контрольной работе"
                LESSONS[(g, day, n)] = {"id": 2260325488561500000 + serial * 7, "g": g, "day": day, "number": n,
                                        "subject": subj, "title": topic, "teacher": teacher_of(subj)}


build_lessons()


def L(g, day, n):
    return LESSONS[(g, day, n)]


def default_work(lesson):
    return lesson["id"] + 2


def extra_work(lesson):
    return lesson["id"] + 3


# works beyond the default one, attached to a lesson: (g, day, number) -> (type, work type, markType, text)
EXTRA_WORKS = {
    (G6, D(2026, 10, 20), 2): ("LessonTestWork", WT_KR, "Контрольный диктант «Лексика»"),
    (G6, D(2026, 10, 23), 2): ("LessonComposition", WT_SO, "Сочинение «Образы мальчиков в рассказе «Бежин луг»»"),
    (G6, D(2026, 11, 12), 1): ("CommonWork", WT_SR, "Самостоятельная работа «Действия с дробями»"),
    (G9, D(2026, 11, 10), 3): ("LaboratoryWork", WT_LR, "Лабораторная работа № 3"),
    (G9, D(2026, 11, 13), 1): ("LessonTestWork", WT_KR, "Контрольная работа «Векторы»"),
}

# works without a lesson (§3.2 fetched alone, `works/{id}`): key -> (id, g, subject, type, work type, markType, text)
LOOSE = {
    "olymp_math": (2260325488561900011, G6, "Математика", "CommonWork", WT_OL, "mark5",
                   "Школьный этап ВсОШ по математике"),
    "olymp_inf": (2260325488561900022, G9, "Информатика", "CommonWork", WT_OL, "mark100",
                  "Школьный этап ВсОШ по информатике (платформа «Сириус»), баллы"),
    "project_bio": (2260325488561900033, G6, "Биология", "CommonWork", WT_PR, "mark5",
                    "Проект «Комнатные растения нашего класса»"),
}

ORIG = {"mark": 0}


def work_of_lesson_mark(lesson, wt):
    key = (lesson["g"], lesson["day"], lesson["number"])
    if key in EXTRA_WORKS and EXTRA_WORKS[key][1] == wt:
        return extra_work(lesson)
    return default_work(lesson)


# marks: (key, pupil, where, value, work type, mark's own date-time, use_avg_calc)
#   where = ("lesson", g, day, number) or ("loose", key)
MARKS = [
    # --- week 1 (2026-10-19..25)
    ("m01", ARTYOM, ("lesson", G6, D(2026, 10, 19), 2), "5", WT_OU, "2026-10-19T09:58:12.31", True),
    ("m02", POLINA, ("lesson", G6, D(2026, 10, 19), 1), "4", WT_OU, "2026-10-19T09:07:40.5", True),
    ("m03", ARTYOM, ("lesson", G6, D(2026, 10, 20), 2), "4", WT_KR, "2026-10-20T15:31:02.07", True),
    ("m04", POLINA, ("lesson", G6, D(2026, 10, 20), 2), "3", WT_KR, "2026-10-20T15:31:44.9", True),
    ("m05", TIMUR, ("lesson", G6, D(2026, 10, 21), 3), "3", WT_OU, "2026-10-21T11:02:19.4", True),
    ("m06", POLINA, ("lesson", G6, D(2026, 10, 22), 4), "5", WT_OU, "2026-10-22T12:11:53.66", True),
    # entered on Saturday morning for Friday's lesson
    ("m07", POLINA, ("lesson", G6, D(2026, 10, 23), 3), "4", WT_OU, "2026-10-24T10:12:05.8", True),
    # school olympiad on Saturday: no lesson
    ("m08", ARTYOM, ("loose", "olymp_math"), "5", WT_OL, "2026-10-24T14:40:00.2", True),
    ("m09", DASHA, ("lesson", G9, D(2026, 10, 19), 1), "4", WT_OU, "2026-10-19T09:05:31.1", True),
    ("m10", GLEB, ("lesson", G9, D(2026, 10, 19), 3), "3", WT_OU, "2026-10-19T11:09:27.35", True),
    ("m11", ULYANA, ("lesson", G9, D(2026, 10, 20), 5), "5", WT_OU, "2026-10-20T13:10:08.2", True),
    ("m12", DASHA, ("lesson", G9, D(2026, 10, 21), 4), "5", WT_OU, "2026-10-21T12:16:45.0", True),
    ("m13", GLEB, ("lesson", G9, D(2026, 10, 22), 5), "4", WT_OU, "2026-10-22T13:12:33.71", True),
    # Дарья absent from История on Thursday, her report handed in: marked on that lesson
    ("m14", DASHA, ("lesson", G9, D(2026, 10, 22), 3), "4", WT_OU, "2026-10-22T16:48:10.5", True),
    # entered on Sunday evening for Friday's lesson
    ("m15", ULYANA, ("lesson", G9, D(2026, 10, 23), 3), "5", WT_OU, "2026-10-25T21:03:57.12", True),
    # --- the autumn break: an online olympiad on a holiday, hundred-point score, not counted
    ("m16", DASHA, ("loose", "olymp_inf"), "87", WT_OL, "2026-10-28T18:20:41.4", False),
    # --- essays of Friday 10-23 checked on 4 November (a public holiday)
    ("m17", ARTYOM, ("lesson", G6, D(2026, 10, 23), 2), "5", WT_SO, "2026-11-04T17:40:22.9", True),
    ("m18", POLINA, ("lesson", G6, D(2026, 10, 23), 2), "4-", WT_SO, "2026-11-04T17:44:03.15", True),
    # --- week 2 (11-05, 11-06)
    ("m19", TIMUR, ("lesson", G6, D(2026, 11, 5), 1), "4", WT_OU, "2026-11-05T09:10:16.0", True),
    ("m20", DASHA, ("lesson", G9, D(2026, 11, 5), 2), "4", WT_OU, "2026-11-05T10:04:51.8", True),
    # the extra consultation lesson, deleted later; its mark stays in the marks ranges
    ("m21", GLEB, ("lesson", G9, D(2026, 11, 6), 6), "5", WT_OU, "2026-11-06T14:02:38.3", True),
    # --- week 3 (11-09..15)
    ("m22", DASHA, ("lesson", G9, D(2026, 11, 10), 2), "3", WT_OU, "2026-11-10T10:02:11.46", True),  # moved later
    # lab of Tuesday marked on Wednesday (no Физика on Wednesdays)
    ("m23", GLEB, ("lesson", G9, D(2026, 11, 10), 3), "5", WT_LR, "2026-11-11T15:05:09.7", True),
    # Ульяна absent (Pass) from the lab, did it at the consultation hour: marked on that lesson
    ("m24", ULYANA, ("lesson", G9, D(2026, 11, 10), 3), "4", WT_LR, "2026-11-10T16:30:00.5", True),
    ("m25", DASHA, ("lesson", G9, D(2026, 11, 13), 1), "4", WT_KR, "2026-11-13T15:20:12.1", True),
    ("m26", GLEB, ("lesson", G9, D(2026, 11, 13), 1), "3+", WT_KR, "2026-11-13T15:21:40.8", True),
    ("m27", ULYANA, ("lesson", G9, D(2026, 11, 13), 1), "5", WT_KR, "2026-11-13T15:22:05.33", True),
    # Артём absent from Tuesday's Математика, his homework notebook checked: marked on that lesson
    ("m28", ARTYOM, ("lesson", G6, D(2026, 11, 10), 1), "4", WT_OU, "2026-11-10T13:55:20.2", True),
    ("m29", POLINA, ("lesson", G6, D(2026, 11, 12), 1), "5", WT_SR, "2026-11-12T14:30:45.9", True),
    ("m30", ARTYOM, ("lesson", G6, D(2026, 11, 12), 1), "3", WT_SR, "2026-11-12T14:31:12.05", True),
    # Тимур (ill on 10-20) rewrote the dictation on 11-12: marked on the dictation lesson of 10-20
    ("m31", TIMUR, ("lesson", G6, D(2026, 10, 20), 2), "4", WT_KR, "2026-11-12T16:20:48.6", True),
    # a project defended on Wednesday 11-11 (no Биология on Wednesdays): no lesson
    ("m32", POLINA, ("loose", "project_bio"), "5", WT_PR, "2026-11-11T15:45:00.0", True),
    ("m33", TIMUR, ("lesson", G6, D(2026, 11, 13), 2), "5", WT_OU, "2026-11-13T10:01:30.25", True),
]
MOVED = {"m22": ("lesson", G9, D(2026, 11, 12), 1)}  # from Tuesday's Алгебра #2 to Thursday's Алгебра #1
MOVED_AFTER = "2026-11-12"  # answers pulled from this day on name the new lesson

# attendance: (group, date, number, pupil, status, comment, createdDate)
LOG = [
    (G6, D(2026, 10, 20), 2, TIMUR, "Ill", "справка", "2026-10-20T09:26:11.4"),
    (G6, D(2026, 10, 22), 1, ARTYOM, "Late", "опоздал на 5 минут", "2026-10-22T08:36:02.2"),
    (G9, D(2026, 10, 22), 3, DASHA, "Absent", "", "2026-10-22T10:31:40.08"),
    (G9, D(2026, 11, 10), 3, ULYANA, "Pass", "городские соревнования по плаванию", "2026-11-10T10:32:17.6"),
    (G6, D(2026, 11, 10), 1, ARTYOM, "Absent", "", "2026-11-10T08:31:55.91"),
    (G9, D(2026, 11, 12), 1, GLEB, "Late", "", "2026-11-12T08:41:03.3"),
]


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+05:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par = GNAME[g]
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def group_of(p):
    return G6 if p in PUPILS[G6] else G9


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Лицей № 61»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "personId_str": str(c[0]), "firstName": c[3],
                                           "lastName": c[2], "middleName": c[4], "shortName": f"{c[2]} {c[3][0]}.",
                                           "schoolIds": [S], "groupIds": [group_of(c)]} for c in children],
            "splitId": None}


PERIODS = [(1000007610001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007610002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007610003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
           (1000007610004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [
    (1000008610001, "2026-10-26", "2026-11-03", "Осенние каникулы", ""),
    (1000008610002, "2026-11-04", "2026-11-04", "День народного единства", "Государственный праздник"),
    (1000008610003, "2026-12-28", "2027-01-10", "Зимние каникулы", ""),
    (1000008610004, "2027-03-22", "2027-03-29", "Весенние каникулы", ""),
]


def rpg(g):
    rpg_id = 1000009610000 + GNAME[g][1]
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def work_obj(wid, wtype, wt, mark_type, lesson, g, subject, text, day):
    common = {"lesson": lesson["id"] if lesson else None, "lesson_str": str(lesson["id"]) if lesson else None,
              "eduGroup": g, "eduGroup_str": str(g)}
    period = 1 if day <= D(2026, 10, 25) else 2
    return {**ids(wid), "type": wtype, "workType": wt, "markType": mark_type, "markCount": 1,
            **common, "displayInJournal": True, "status": "Sent", "tasks": [], "text": text,
            "periodNumber": period, "periodType": "Quarter", "subjectId": SUBJECTS[subject][0],
            "isImportant": wt in (WT_KR, WT_OL), "targetDate": f"{day}T00:00:00", "sentDate": None,
            "createdBy": teacher_of(subject)[0], "files": [], "oneDriveLinks": []}


def entity_lesson(lesson, pulled):
    subj_id, area = SUBJECTS[lesson["subject"]]
    g, day = lesson["g"], lesson["day"]
    works = [work_obj(default_work(lesson), "DefaultNewLessonWork", WT_OU, "mark5", lesson, g, lesson["subject"], "",
                      day)]
    extra = EXTRA_WORKS.get((g, day, lesson["number"]))
    if extra:
        works.append(work_obj(extra_work(lesson), extra[0], extra[1], "mark5", lesson, g, lesson["subject"], extra[2],
                              day))
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{day}T{start}:00", "number": lesson["number"],
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": g, "status": "Planned" if pulled[:10] < str(day) else "Conducted", "resultPlaceId": 0,
            "works": works, "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(g, a, b, pulled, deleted=False):
    out = []
    for (gg, day, n), lesson in sorted(LESSONS.items(), key=lambda x: (x[0][1], x[0][2])):
        if gg != g or not a <= day <= b:
            continue
        if deleted and g == G9 and day == CONSULT_DAY and n == 6:
            continue  # the journal deleted the extra consultation lesson
        out.append(entity_lesson(lesson, pulled))
    return out


def where_of(key, pulled):
    m = next(x for x in MARKS if x[0] == key)
    if key in MOVED and pulled[:10] >= MOVED_AFTER:
        return MOVED[key]
    return m[2]


def mark_obj(m, pulled):
    key, p, _, value, wt, stamp, avg = m
    where = where_of(key, pulled)
    if where[0] == "lesson":
        lesson = L(*where[1:])
        work = work_of_lesson_mark(lesson, wt)
        lesson_id, lesson_str = lesson["id"], str(lesson["id"])
        mark_type = "mark5"
    else:
        loose = LOOSE[where[1]]
        work, lesson_id, lesson_str, mark_type = loose[0], None, None, loose[5]
    mid = 2260325488561800000 + int(key[1:]) * 13
    mood = {"5": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average", "2": "Bad"}.get(value, "NotSet")
    if mark_type == "mark100":
        mood = "Good"
    return {**ids(mid), "type": mark_type, "value": value, "textValue": value, "person": p[0],
            "person_str": str(p[0]), "work": work, "work_str": str(work), "lesson": lesson_id, "lesson_str": lesson_str,
            "number": 0, "date": stamp, "workType": wt, "mood": mood, "use_avg_calc": avg}


def marks_range(g, a, b, pulled):
    """A group's marks over a date range (§3.1, §7): the journal selects them by the mark's own `date`."""
    return [mark_obj(m, pulled) for m in MARKS if group_of(m[1]) == g and a <= D.fromisoformat(m[5][:10]) <= b
            and m[5][:10] <= pulled[:10]]


def log_range(g, a, b):
    return [{"person": p[0], "person_str": str(p[0]), "lesson": L(gg, day, n)["id"],
             "lesson_str": str(L(gg, day, n)["id"]), "comment": comment, "status": status, "createdDate": created}
            for gg, day, n, p, status, comment, created in LOG if gg == g and a <= day <= b]


def loose_work(key):
    wid, g, subject, wtype, wt, mark_type, text = LOOSE[key]
    day = next(D.fromisoformat(m[5][:10]) for m in MARKS if m[2] == ("loose", key))
    return work_obj(wid, wtype, wt, mark_type, None, g, subject, text, day)


class Clock:
    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def __call__(self):
        out = self.t.isoformat()
        self.t += dt.timedelta(seconds=40)
        return out


def pull(stamp, items):
    """items: ("lessons", g, a, b[, deleted]) | ("marks", g, a, b) | ("log", g, a, b) | ("work", key)."""
    clock, out = Clock(stamp), []
    for item in items:
        t = clock()
        kind = item[0]
        if kind == "lessons":
            g, a, b = item[1:4]
            out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}",
                           lessons_range(g, a, b, t, deleted=len(item) > 4 and item[4]), t))
        elif kind == "marks":
            g, a, b = item[1:4]
            out.append(rec(f"GET /v2/edu-groups/{g}/marks/{a}/{b}", marks_range(g, a, b, t), t))
        elif kind == "log":
            g, a, b = item[1:4]
            out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?subject=&from={a}&to={b}".replace("subject=&", ""),
                           log_range(g, a, b), t))
        elif kind == "work":
            out.append(rec(f"GET /v2/works/{LOOSE[item[1]][0]}", loose_work(item[1]), t))
    return out


def main():
    setup_clock = Clock("2026-10-18T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Лицей № 61»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 61» г. Перми",
                                     "avatarSmall": None, "city": "Пермь", "municipality": "г. Пермь",
                                     "regionId": 59, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "59."}, setup_clock()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], setup_clock()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G6), group_obj(G9)], setup_clock()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], setup_clock()) for g in (G6, G9)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), setup_clock()) for g in (G6, G9)],
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ARTYOM, DASHA]), setup_clock()),
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [GLEB]), setup_clock()),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [POLINA]), setup_clock()),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), setup_clock()) for g in (G6, G9)],
    ]
    w1, w1s, w1sun = D(2026, 10, 19), D(2026, 10, 24), D(2026, 10, 25)
    brk, brk_s, brk_sun = D(2026, 10, 26), D(2026, 10, 31), D(2026, 11, 1)
    w2, w2s, w2sun = D(2026, 11, 2), D(2026, 11, 7), D(2026, 11, 8)
    w3, w3s, w3sun = D(2026, 11, 9), D(2026, 11, 14), D(2026, 11, 15)
    steps = [
        ("1. reference data: school, work types with weights, classes, pupils, bells, parents, periods and holidays "
         "(Sun 2026-10-18 19:00)", [setup]),
        ("2. week 1, pulled Sunday night after the last mark of the weekend: marks Mon..Sun (one entered Saturday, "
         "one Sunday, a Saturday olympiad without a lesson), lessons Mon..Sat, attendance, the olympiad's work fetched "
         "alone (Sun 2026-10-25 22:00)",
         [pull("2026-10-25T22:00:00", [("marks", G6, w1, w1sun), ("marks", G9, w1, w1sun),
                                       ("lessons", G6, w1, w1s), ("lessons", G9, w1, w1s),
                                       ("log", G6, w1, w1sun), ("log", G9, w1, w1sun), ("work", "olymp_math")])]),
        ("3. the autumn break: no lessons, an online olympiad in Информатика on Wednesday 10-28, hundred-point, "
         "not counted (Sat 2026-10-31 12:00)",
         [pull("2026-10-31T12:00:00", [("marks", G6, brk, brk_sun), ("marks", G9, brk, brk_sun),
                                       ("lessons", G6, brk, brk_s), ("lessons", G9, brk, brk_s),
                                       ("work", "olymp_inf")])]),
        ("4. week 2 (Thu 11-05, Fri 11-06): essays of 10-23 checked on 4 November, 9Б's extra Алгебра "
         "consultation #6 with a mark (Sat 2026-11-07 18:00)",
         [pull("2026-11-07T18:00:00", [("marks", G6, w2, w2sun), ("marks", G9, w2, w2sun),
                                       ("lessons", G6, w2, w2s), ("lessons", G9, w2, w2s),
                                       ("log", G6, w2, w2sun), ("log", G9, w2, w2sun)])]),
        ("5. mid-week pull of week 3: Дарья's Алгебра «3» on Tuesday's lesson (Wed 2026-11-11 20:00)",
         [pull("2026-11-11T20:00:00", [("lessons", G6, w3, w3s), ("lessons", G9, w3, w3s),
                                       ("marks", G9, w3, w3sun)])]),
        ("6. week 3's evening pull: 9Б's fortnight again (the consultation lesson deleted, its mark kept; Дарья's «3» "
         "moved to Thursday's Алгебра), Тимур's dictation rewritten on 11-12 for 10-20, Полина's project defended "
         "on Wednesday (Sat 2026-11-14 18:00)",
         [pull("2026-11-14T18:00:00", [("marks", G9, w2, w3sun), ("marks", G6, w3, w3sun),
                                       ("lessons", G9, w2, w3s, True), ("lessons", G6, w3, w3s),
                                       ("log", G6, w3, w3sun), ("log", G9, w3, w3sun), ("work", "project_bio")])]),
        ("7. Sunday reconciliation: 6А's marks of week 1 again, selected by the marks' own dates (Sun 2026-11-15 10:00)",
         [pull("2026-11-15T10:00:00", [("marks", G6, w1, w1sun)])]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 61» (Пермь, UTC+5), 6А and 9Б, 2026-10-19..11-15: marks outside ordinary "
                       "lessons and on odd days (olympiads and a project without a lesson, marks entered on a weekend, "
                       "a holiday, a day without that subject, weeks late, at a lesson the journal deleted, moved to "
                       "another lesson, given to absent pupils).",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 61»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
