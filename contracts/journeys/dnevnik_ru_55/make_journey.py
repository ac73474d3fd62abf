"""Write journey.json: «Кузьминская ООШ» (с. Кузьминка, Омская область, UTC+6), Dnevnik.ru, two school weeks
(2026-11-16..11-27, 2nd quarter) of a small rural school's sync job: a класс-комплект (2nd and 4th grade taught
together, one room, one lesson slot, one teacher, each grade with its own topic and homework in its own journal),
one teacher who teaches almost everything and is class teacher of both grades, a 3rd grade of one pupil, music
shared by 2+4, art shared by 2+3 and PE shared by 3+4 (a subgroup with two parents, §3.8 `parentIds` is a list),
and the parents (one mother with a child in each grade of the combined class). Standard library only;
deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002550055
G2, G3, G4 = 2260325488555100002, 1000004550003, 2260325488555100004
GPE = 2260325488555100034  # «Физкультура 3–4»: one subgroup of the 3rd and 4th grades (§3.8 parentIds: a list)
GIDX = {G2: 2, G3: 3, G4: 4, GPE: 7}
TT = {G2: 1000006550002, G3: 1000006550003, G4: 1000006550004}
WT_OU, WT_SR, WT_KR, WT_DZ = 5501, 5502, 5503, 5504
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
]
SUBJECTS = {
    "Русский язык": (1000003550001, "Филология"), "Математика": (1000003550002, "Математика"),
    "Литературное чтение": (1000003550003, "Филология"), "Окружающий мир": (1000003550004, "Естествознание"),
    "Физическая культура": (1000003550005, "Физическая культура"), "Музыка": (1000003550006, "Искусство"),
    "Изобразительное искусство": (1000003550007, "Искусство"), "Технология": (1000003550008, "Технология"),
    "Родной язык (русский)": (1000003550009, "Филология"),
    "Основы религиозных культур и светской этики": (1000003550010, "Общественные науки"),
}

# persons: (person id, user id, last, first, middle, sex)
DASHA = (1000012550201, 1000011550201, "Иванова", "Дарья", "Сергеевна", "Female")
GLEB = (1000012550202, 1000011550202, "Петров", "Глеб", "Игоревич", "Male")
ALISA = (1000012550203, 1000011550203, "Соколова", "Алиса", "Романовна", "Female")
MAXIM = (2260325488555300204, 2260325488555400204, "Кузнецов", "Максим", "Андреевич", "Male")
ULYANA = (1000012550205, 1000011550205, "Белова", "Ульяна", "Денисовна", "Female")
TIMA = (1000012550301, 1000011550301, "Сёмин", "Тимофей", "Алексеевич", "Male")
ARTYOM = (1000012550401, 1000011550401, "Иванов", "Артём", "Сергеевич", "Male")
POLINA = (1000012550402, 1000011550402, "Смирнова", "Полина", "Олеговна", "Female")
NIKITA = (1000012550403, 1000011550403, "Фёдоров", "Никита", "Павлович", "Male")
KSENIA = (1000012550404, 1000011550404, "Орлова", "Ксения", "Викторовна", "Female")
DENIS = (1000012550405, 1000011550405, "Козлов", "Денис", "Ильич", "Male")
VIKA = (2260325488555300406, 2260325488555400406, "Морозова", "Виктория", "Евгеньевна", "Female")
PUPILS = {G2: [DASHA, GLEB, ALISA, MAXIM, ULYANA], G3: [TIMA], G4: [ARTYOM, POLINA, NIKITA, KSENIA, DENIS, VIKA]}
PUPILS[GPE] = PUPILS[G3] + PUPILS[G4]
MARINA = (1000012550901, 1000011550901, "Иванова", "Марина", "Викторовна", "Female")  # Дарья (2) and Артём (4)
OLGA = (1000012550902, 1000011550902, "Сёмина", "Ольга", "Николаевна", "Female")  # Тимофей, alone in the 3rd
IGOR = (1000012550903, 1000011550903, "Петров", "Игорь", "Васильевич", "Male")  # Глеб
T_RYA = (1000012550950, 1000011550950, "Рябова", "Татьяна", "Николаевна", "Female")  # 2+4, class teacher of both
T_GUS = (1000012550951, 1000011550951, "Гусева", "Лидия", "Петровна", "Female")  # the 3rd grade; art for 2+3
T_ZYK = (1000012550952, 1000011550952, "Зыков", "Андрей", "Викторович", "Male")  # PE 3+4
CLASS_TEACHER = {G2: T_RYA, G3: T_GUS, G4: T_RYA}
NAMES = {G2: ("2 класс", 2), G3: ("3 класс", 3), G4: ("4 класс", 4), GPE: ("Физкультура 3–4", 3)}

D = dt.date
WEEKS = [D(2026, 11, 16), D(2026, 11, 23)]
CANCELLED = D(2026, 11, 26)  # Thursday: Рябова at the district seminar, 2+4's #3 Окружающий мир taken out
PE = "Физическая культура"
# the timetable by weekday (0 = Monday): (subject, group the lesson is in) by lesson number 1..4
DAY = {
    G2: [["Русский язык", "Математика", "Литературное чтение", "Музыка"],
         ["Математика", "Русский язык", "Окружающий мир", "Родной язык (русский)"],
         ["Русский язык", "Математика", "Литературное чтение", "Изобразительное искусство"],
         ["Математика", "Русский язык", "Окружающий мир", "Родной язык (русский)"],
         ["Литературное чтение", "Русский язык", "Математика", "Технология"]],
    G4: [["Русский язык", "Математика", "Литературное чтение", "Музыка"],
         ["Математика", "Русский язык", "Окружающий мир", PE],
         ["Русский язык", "Математика", "Литературное чтение", "Основы религиозных культур и светской этики"],
         ["Математика", "Русский язык", "Окружающий мир", PE],
         ["Литературное чтение", "Русский язык", "Математика", "Технология"]],
    G3: [["Русский язык", "Математика", "Литературное чтение", "Музыка"],
         ["Математика", "Русский язык", "Окружающий мир", PE],
         ["Русский язык", "Математика", "Литературное чтение", "Изобразительное искусство"],
         ["Математика", "Русский язык", "Окружающий мир", PE],
         ["Литературное чтение", "Русский язык", "Математика", "Технология"]],
}
TOPICS = {  # (grade, subject) -> topics in order of its lessons over the fortnight
    (2, "Русский язык"): ["Звуки и буквы", "Гласные звуки", "Ударение в слове", "Слог и перенос слов",
                          "Мягкий знак", "Сочетания жи–ши, ча–ща", "Звонкие и глухие согласные",
                          "Парные согласные на конце слова", "Проверочная работа «Звуки и буквы»",
                          "Работа над ошибками"],
    (4, "Русский язык"): ["Склонение имён существительных", "Падежные окончания существительных 1-го склонения",
                          "Падежные окончания существительных 2-го склонения",
                          "Падежные окончания существительных 3-го склонения",
                          "Мягкий знак после шипящих на конце существительных", "Склонение имён прилагательных",
                          "Диктант «Склонение существительных»", "Работа над ошибками диктанта",
                          "Правописание окончаний имён прилагательных", "Изложение «Осенний лес»"],
    (3, "Русский язык"): ["Корень слова", "Однокоренные слова", "Приставка", "Суффикс", "Разбор слова по составу",
                          "Безударные гласные в корне", "Непроизносимые согласные", "Разделительный твёрдый знак",
                          "Диктант «Состав слова»", "Работа над ошибками"],
    (2, "Математика"): ["Сложение вида 36 + 2", "Вычитание вида 36 − 2", "Сложение вида 26 + 4",
                        "Вычитание вида 30 − 7", "Задачи в два действия", "Сложение и вычитание в пределах 100",
                        "Периметр многоугольника", "Контрольная работа № 3", "Работа над ошибками",
                        "Выражения со скобками"],
    (4, "Математика"): ["Умножение на однозначное число", "Умножение на двузначное число", "Деление с остатком",
                        "Деление на однозначное число", "Задачи на движение", "Скорость, время, расстояние",
                        "Контрольная работа № 3", "Работа над ошибками",
                        "Деление на числа, оканчивающиеся нулями", "Решение задач на движение"],
    (3, "Математика"): ["Умножение на 6", "Умножение на 7", "Умножение на 8", "Деление на 8",
                        "Площадь прямоугольника", "Квадратный сантиметр", "Умножение на 9", "Деление на 9",
                        "Контрольная работа «Табличное умножение»", "Работа над ошибками"],
    (2, "Литературное чтение"): ["И. Бунин «Первый снег»", "Н. Некрасов «Славная осень!»",
                                 "К. Бальмонт «Поспевает брусника»", "Сказка «Петушок и бобовое зёрнышко»",
                                 "Сказка «У страха глаза велики»", "Проверим себя: устное народное творчество"],
    (4, "Литературное чтение"): ["П. Ершов «Конёк-Горбунок»", "А. Пушкин «Няне»", "А. Пушкин «Туча»",
                                 "М. Лермонтов «Дары Терека»", "Л. Толстой «Детство»",
                                 "Проверим себя: чудесный мир классики"],
    (3, "Литературное чтение"): ["И. Крылов «Мартышка и очки»", "И. Крылов «Ворона и Лисица»",
                                 "М. Лермонтов «Горные вершины»", "Л. Толстой «Акула»", "Л. Толстой «Прыжок»",
                                 "Проверим себя: великие русские писатели"],
    (2, "Окружающий мир"): ["Дикие и домашние животные", "Красная книга России", "Будь природе другом!",
                            "Что такое экономика"],
    (4, "Окружающий мир"): ["Природная зона тундры", "Леса России", "Лес и человек", "Зона степей"],
    (3, "Окружающий мир"): ["Воздух и его охрана", "Вода и её свойства", "Превращения и круговорот воды",
                            "Берегите воду!"],
    (2, "Музыка"): ["П. Чайковский «Детский альбом»: звучащие картины", "Музыкальные инструменты: фортепиано"],
    (4, "Музыка"): ["П. Чайковский «Детский альбом»: звучащие картины", "Музыкальные инструменты: фортепиано"],
    (3, "Музыка"): ["Опера М. Глинки «Руслан и Людмила»", "Увертюра и финал оперы"],
    (2, "Изобразительное искусство"): ["Осенний пейзаж: тёплые и холодные цвета",
                                       "Изображение характера животных"],
    (3, "Изобразительное искусство"): ["Осенний пейзаж: тёплые и холодные цвета",
                                       "Изображение характера животных"],
    (2, "Родной язык (русский)"): ["Пословицы и поговорки о труде", "Слова, называющие игры и забавы",
                                   "Загадки о природе", "Считалки и скороговорки"],
    (4, "Основы религиозных культур и светской этики"): ["Россия — наша Родина", "Культура и мораль"],
    (7, PE): ["Подвижные игры «Пятнашки» и «Два мороза»", "Гимнастика: кувырок вперёд",
              "Лыжная подготовка: ступающий шаг", "Лыжная подготовка: скользящий шаг"],
    (2, "Технология"): ["Аппликация из природных материалов", "Оригами «Лиса»"],
    (4, "Технология"): ["Изделие «Ёлочная игрушка»", "Шов «вперёд иголку»"],
    (3, "Технология"): ["Изделие «Кормушка для птиц»", "Открытка ко Дню матери"],
}
TEACHER = {G2: {"Изобразительное искусство": T_GUS}, G4: {}, G3: {}, GPE: {PE: T_ZYK}}
BELLS = {1: ("09:00", "09:40"), 2: ("09:55", "10:35"), 3: ("10:55", "11:35"), 4: ("11:50", "12:30")}
ROOM = {G2: "Кабинет начальных классов № 1", G4: "Кабинет начальных классов № 1",
        G3: "Кабинет начальных классов № 2", GPE: "Спортзал"}


def teacher_of(g, subject):
    return TEACHER[g].get(subject) or (T_GUS if g == G3 else T_RYA)


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+06:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj(g):
    name, par = NAMES[g]
    sub = g == GPE
    parents = [G3, G4] if sub else []
    out = {**ids(g), "parentIds": parents, "parentIds_str": [str(x) for x in parents],
           "type": "Subgroup" if sub else "Group", "name": name,
           "fullName": "Зыков А. В." if sub else "", "parallel": par, "status": "Active", "studyyear": 2026,
           "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    if not sub:
        out.update(timetable=TT[g], timetable_str=str(TT[g]))
    return out


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МКОУ «Кузьминская ООШ»", "type": "School", "groupIds": []}],
            "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                          "groupIds": [g for g in (G2, G3, G4) if c in PUPILS[g]]} for c in children],
            "splitId": None}


PERIODS = [(1000007550001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007550002, "2026-11-05", "2026-12-28", 2, "2 четверть"),
           (1000007550003, "2027-01-12", "2027-03-21", 3, "3 четверть"),
           (1000007550004, "2027-03-31", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008550001, "2026-10-26", "2026-11-04", "Осенние каникулы", ""),
            (1000008550002, "2026-12-29", "2027-01-11", "Зимние каникулы", ""),
            (1000008550003, "2027-03-22", "2027-03-30", "Весенние каникулы", "")]


def rpg(g):
    rpg_id = 1000009550000 + GIDX[g]
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


def plan():
    """Every lesson of the fortnight: {lesson id: lesson}. 2+4 and 2+3 and the PE of 3+4 share a slot, a room and a
    teacher; each class's journal holds its own lesson (one `group` per lesson, §3.4), PE the subgroup's."""
    out, used = {}, {}
    for monday in WEEKS:
        for i in range(5):
            day = monday + dt.timedelta(days=i)
            for g in (G2, G3, G4):
                for n, subject in enumerate(DAY[g][i], 1):
                    lg = GPE if subject == PE else g
                    if lg == GPE and g == G4:
                        continue  # the subgroup's lesson, once
                    key = (GIDX[lg], subject)
                    used[key] = used.get(key, -1) + 1
                    lid = 2260325488555500000 + GIDX[lg] * 100000 + (day - D(2026, 11, 1)).days * 10 + n
                    out[lid] = {"id": lid, "g": lg, "day": day, "number": n, "subject": subject,
                                "title": TOPICS[key][used[key]], "teacher": teacher_of(lg, subject)}
    return out


LESSONS = plan()


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == n)


def next_lesson(lesson):
    later = sorted((l["day"], l["number"]) for l in LESSONS.values() if l["g"] == lesson["g"]
                   and l["subject"] == lesson["subject"] and l["day"] > lesson["day"])
    return later[0][0] if later else lesson["day"] + dt.timedelta(days=7)


M1, T1, W1, H1, F1 = [WEEKS[0] + dt.timedelta(days=i) for i in range(5)]
M2, T2, W2, H2, F2 = [WEEKS[1] + dt.timedelta(days=i) for i in range(5)]
HW = {  # (group, date, number) -> text; due the next lesson of the subject
    (G2, M1, 1): "Упр. 87 на с. 52", (G4, M1, 1): "Упр. 142: выписать существительные 1-го склонения",
    (G2, M1, 2): "№ 3, 5 на с. 42", (G4, M1, 2): "№ 214, 216 (письменно)",
    (G2, M1, 3): "Выучить наизусть «Первый снег»", (G4, M1, 3): "Читать «Конёк-Горбунок», ч. 1",
    (G2, T1, 3): "Сообщение о животном из Красной книги", (G4, T1, 3): "С. 98–103, ответить на вопросы",
    (G2, W1, 2): "№ 6 на с. 44", (G4, W1, 2): "№ 231, 233; повторить таблицу деления",
    (G2, H1, 2): "Упр. 95", (G4, H1, 2): "Упр. 160, выделить окончания",
    (G3, M1, 1): "Упр. 64: подобрать однокоренные слова", (G3, M1, 2): "Выучить таблицу умножения на 6",
    (G3, W1, 3): "Выучить наизусть «Горные вершины»", (G3, T2, 3): "Нарисовать схему круговорота воды",
    (G2, M2, 2): "№ 2, 4 на с. 50", (G4, M2, 2): "№ 260, 262",
    (G2, T2, 2): "Упр. 104 на с. 61", (G4, T2, 2): "Упр. 171 на с. 88",
    (G2, W2, 1): "Подобрать 5 слов с парными согласными", (G4, W2, 1): "Повторить правила склонения",
    (G4, W2, 4): "Рассказать о традициях своей семьи",
    (G2, F2, 4): "Принести цветную бумагу и клей", (G4, F2, 4): "Принести лоскуты ткани и нитки",
}
# the 4th grade's homework typed into the 2nd grade's Математика of M1 (Mon evening), deleted by Friday (§3.2)
WRONG_HW = ((G2, M1, 2), "№ 214, 216 (письменно)")

# marks: (group, date, number, pupil, value, work type)
MARKS = [
    (G2, M1, 1, DASHA, "5", WT_OU), (G4, M1, 1, ARTYOM, "4", WT_OU), (G2, M1, 1, GLEB, "4", WT_OU),
    (G4, M1, 2, POLINA, "5", WT_OU), (G2, M1, 2, ALISA, "4", WT_OU),
    (G3, M1, 1, TIMA, "4", WT_OU), (G3, M1, 2, TIMA, "5", WT_OU),
    (G2, T1, 1, GLEB, "3", WT_SR), (G4, T1, 1, ARTYOM, "5", WT_SR), (G2, T1, 1, DASHA, "4", WT_SR),
    (GPE, T1, 4, TIMA, "5", WT_OU), (GPE, T1, 4, ARTYOM, "4", WT_OU),
    (G2, W1, 4, DASHA, "5", WT_OU), (G3, W1, 4, TIMA, "4", WT_OU),
    (G4, W1, 2, ARTYOM, "5", WT_OU),  # the mark first entered on Дарья (same surname, §3.1 `person`)
    (G3, H1, 3, TIMA, "5", WT_OU), (G2, H1, 4, GLEB, "5", WT_OU),
    (G2, F1, 3, DASHA, "4", WT_OU), (G4, F1, 3, ARTYOM, "3", WT_OU), (G2, F1, 3, GLEB, "5", WT_OU),
    (G2, M2, 4, DASHA, "5", WT_OU), (G4, M2, 4, ARTYOM, "5", WT_OU),
    (G3, T2, 2, TIMA, "3", WT_SR), (GPE, T2, 4, ARTYOM, "5", WT_OU),
    (G2, W2, 2, DASHA, "4", WT_KR), (G4, W2, 2, ARTYOM, "3", WT_KR), (G2, W2, 2, GLEB, "5", WT_KR),
    (G3, W2, 1, TIMA, "4", WT_KR),
    (G2, H2, 2, DASHA, "3", WT_OU), (G4, H2, 2, ARTYOM, "4", WT_OU),
    (G4, F2, 1, ARTYOM, "5", WT_OU), (G2, F2, 1, DASHA, "5", WT_OU), (G3, F2, 1, TIMA, "5", WT_OU),
]
MISFILED = (G2, W1, 2, DASHA, "5", WT_OU)  # in the G2 marks range of Wed evening, gone by Friday's
# attendance: (group, date, number, pupil, status, comment)
LOG = [
    (G4, M1, 1, ARTYOM, "Late", "школьный автобус"), (G2, H1, 1, GLEB, "Absent", ""),
    (G3, T2, 1, TIMA, "Ill", "справка"), (G3, T2, 2, TIMA, "Ill", "справка"), (G3, T2, 3, TIMA, "Ill", "справка"),
    (GPE, T2, 4, TIMA, "Ill", "справка"), (G2, F2, 4, DASHA, "Pass", "районные соревнования по шашкам"),
    (G4, F2, 4, ARTYOM, "Pass", "районные соревнования по шашкам"),
]


def default_work(lesson):
    return 2260325488555600000 + lesson["id"] % 10000000


def hw_work(lesson, wrong=False):
    return 2260325488555700000 + lesson["id"] % 10000000 + (50000000 if wrong else 0)


def works_of(lesson, state):
    """The lesson's works (§3.2): its default work and its homework; state 'wrong' = Monday evening, when the 2nd
    grade's Математика held the 4th grade's homework instead of its own."""
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": 2, "periodType": "Quarter", "subjectId": subj,
              "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    key = (lesson["g"], lesson["day"], lesson["number"])
    text, wrong = HW.get(key), False
    if state == "wrong" and key == WRONG_HW[0]:
        text, wrong = WRONG_HW[1], True
    if text:
        due = next_lesson(lesson)
        w = hw_work(lesson, wrong)
        tasks = [{**ids(2260325488555900000 + (w % 10000000) * 10 + i), "person": p[0], "person_str": str(p[0]),
                  "work": w, "work_str": str(w), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                 for i, p in enumerate(PUPILS[lesson["g"]])]
        out.append({**ids(w), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00",
                    "sentDate": f"{lesson['day']}T13:{10 + lesson['number']}:05.3", **common})
    return out


def entity_lesson(lesson, pulled, state="ok"):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if pulled < f"{lesson['day']}T{start}" else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, state),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def held(lesson, cancelled):
    return not (cancelled and lesson["day"] == CANCELLED and lesson["number"] == 3 and lesson["g"] in (G2, G4))


def lessons_range(g, a, b, pulled, cancelled, state="ok"):
    return [entity_lesson(l, pulled, state) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["number"]))
            if l["g"] == g and held(l, cancelled) and a <= l["day"] <= b]


def mark_obj(m):
    g, day, n, p, value, wt = m
    lesson = lesson_at(g, day, n)
    mid = 2260325488556000000 + (lesson["id"] % 10000000) * 100 + PUPILS[g].index(p) + (50 if m is MISFILED else 0)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0,
            "date": f"{day}T{BELLS[n][0][:3]}2{n}:1{n}.5{n}", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def marks_range(g, a, b):
    return [mark_obj(m) for m in MARKS if m[0] == g and a <= m[1] <= b]


def log_obj(e):
    g, day, n, p, status, comment = e
    lesson = lesson_at(g, day, n)
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": f"{day}T{BELLS[n][0][:3]}1{n}:0{n}.2"}


def log_range(g, a, b):
    return [log_obj(e) for e in LOG if e[0] == g and a <= e[1] <= b]


def flat_lesson(lesson, pulled, state="ok"):
    e = entity_lesson(lesson, pulled, state)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Основное здание",
            "place": ROOM[lesson["g"]], "floor": "1", "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]],
            "teachers": [lesson["teacher"][0]]}


def homework_bundle(a, b, pulled, cancelled, state="ok"):
    """users/me/school/{s}/homeworks (§3.7): the Homework works set in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not held(l, cancelled) or not a <= l["day"] <= b:
            continue
        hws = [w for w in entity_lesson(l, pulled, state)["works"] if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(l, pulled, state))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def groups_of(p):
    return [g for g in (G2, G3, G4, GPE) if p in PUPILS[g]]


def schedules(p, g, a, b, pulled, cancelled):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range: the pupil's lessons (his class's and his PE
    subgroup's), his marks and log entries."""
    days, day = [], a
    mine = groups_of(p)
    while day <= b:
        ls = sorted((l for l in LESSONS.values() if l["g"] in mine and held(l, cancelled) and l["day"] == day),
                    key=lambda l: l["number"])
        works = [w for l in ls for w in entity_lesson(l, pulled)["works"]]
        lids = {l["id"] for l in ls}
        marks = [mark_obj(m) for m in MARKS if m[3] == p and lesson_at(m[0], m[1], m[2])["id"] in lids]
        logs = [log_obj(e) for e in LOG if e[3] == p and lesson_at(e[0], e[1], e[2])["id"] in lids]
        subjects = {l["subject"]: {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                    for l in ls}
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, pulled) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": list(subjects.values()),
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=3)}T00:00:00"
    return {"days": days}


def clock(stamp):
    base, m = dt.datetime.fromisoformat(stamp), [0]

    def at():
        m[0] += 1
        return (base + dt.timedelta(seconds=20 * (m[0] - 1))).isoformat()
    return at


def week_pull(monday, stamp, cancelled):
    """The Friday evening pull of a week: marks and log entries of every group Monday..Sunday, the groups' lessons
    Monday..Friday, homework, and the watched pupils' days (a parent's diary)."""
    friday, sunday = monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)
    at, out = clock(stamp), []
    for g in (G2, G3, G4, GPE):
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(g, monday, sunday),
                       at()))
    for g in (G2, G3, G4, GPE):
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}",
                       lessons_range(g, monday, friday, t[:16], cancelled), t))
    for g in (G2, G3, G4, GPE):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={sunday}", log_range(g, monday, sunday),
                       at()))
    t = at()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={sunday}",
                   homework_bundle(monday, sunday, t[:16], cancelled), t))
    for p, g in ((DASHA, G2), (GLEB, G2), (ARTYOM, G4), (TIMA, G3)):
        t = at()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={monday}&endDate={friday}",
                       schedules(p, g, monday, friday, t[:16], cancelled), t))
    return out


def plan_pull(monday, stamp):
    friday = monday + dt.timedelta(days=4)
    at = clock(stamp)
    out = []
    for g in (G2, G3, G4, GPE):
        t = at()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{friday}",
                       lessons_range(g, monday, friday, t[:16], False), t))
    return out


def main():
    at = clock("2026-11-15T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МКОУ «Кузьминская ООШ»",
                                     "fullName": "Муниципальное казённое общеобразовательное учреждение "
                                                 "«Кузьминская основная общеобразовательная школа»",
                                     "avatarSmall": None, "city": "с. Кузьминка",
                                     "municipality": "Называевский муниципальный район", "regionId": 55,
                                     "markType": "mark5", "timeZone": 6, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "55."}, at()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], at()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G2, G3, G4, GPE)], at()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], at()) for g in (G2, G3, G4, GPE)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), at()) for g in (G2, G3, G4)],
        *[rec(f"GET /v2/edu-groups/{g}/classteacher", person(CLASS_TEACHER[g]), at()) for g in (G2, G3, G4)],
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [DASHA, ARTYOM]), at()),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [TIMA]), at()),
        rec(f"GET /v2/users/{IGOR[1]}/context", context(IGOR, [GLEB]), at()),
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), at()) for g in (G2, G3, G4)],
    ]
    mon_eve = clock("2026-11-16T19:30:00")
    t1, t2 = mon_eve(), mon_eve()
    wed_eve = clock("2026-11-18T20:00:00")
    thu_morning = clock("2026-11-26T07:40:00")
    t3, t4 = thu_morning(), thu_morning()
    steps = [
        ("1. the school, work types, groups and the PE subgroup of 3+4, members, bells, class teachers, the parents' "
         "contexts, periods (Sun 2026-11-15 19:00)", [setup]),
        ("2. week 1 as planned (Sun 2026-11-15 20:00)", [plan_pull(WEEKS[0], "2026-11-15T20:00:00")]),
        ("3. Monday evening: the 2nd grade's Математика carries the 4th grade's homework (Mon 2026-11-16 19:30)",
         [[rec(f"GET /v2/edu-groups/{G2}/lessons/{M1}/{F1}", lessons_range(G2, M1, F1, t1[:16], False, "wrong"), t1),
           rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={M1}&endDate={M1 + dt.timedelta(days=6)}",
               homework_bundle(M1, M1 + dt.timedelta(days=6), t2[:16], False, "wrong"), t2)]]),
        ("4. Wednesday evening: Артём's «5» in Математика entered on Дарья (Wed 2026-11-18 20:00)",
         [[rec(f"GET /v2/edu-groups/{g}/marks/{M1}/{M1 + dt.timedelta(days=6)}",
               [mark_obj(m) for m in MARKS if m[0] == g and m[1] <= W1 and m != (G4, W1, 2, ARTYOM, "5", WT_OU)]
               + ([mark_obj(MISFILED)] if g == G2 else []), wed_eve()) for g in (G2, G4)]]),
        ("5. week 1 Friday evening pull: the homework and the mark corrected (Fri 2026-11-20 18:00)",
         [week_pull(WEEKS[0], "2026-11-20T18:00:00", False)]),
        ("6. week 2 as planned (Sun 2026-11-22 20:00)", [plan_pull(WEEKS[1], "2026-11-22T20:00:00")]),
        ("7. Thursday morning: 2+4's #3 Окружающий мир taken out (Рябова at the district seminar) "
         "(Thu 2026-11-26 07:40)",
         [[rec(f"GET /v2/edu-groups/{g}/lessons/{M2}/{F2}", lessons_range(g, M2, F2, t, True), t)
           for g, t in ((G2, t3), (G4, t4))]]),
        ("8. week 2 Friday evening pull (Fri 2026-11-27 18:00)", [week_pull(WEEKS[1], "2026-11-27T18:00:00", True)]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МКОУ «Кузьминская ООШ» (Омская область, UTC+6), 2026-11-16..11-27: a класс-комплект of the 2nd "
                       "and 4th grades (one slot, one teacher, each grade its own topic and homework), a 3rd grade of "
                       "one pupil, music 2+4, art 2+3, PE 3+4 in one subgroup of two classes, a mother of a child in "
                       "each grade of the combined class, a homework typed into the wrong grade's journal and a mark "
                       "entered on the wrong Иванов(а).",
        "school": {"timezone": "Asia/Omsk", "name": "МКОУ «Кузьминская ООШ»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
