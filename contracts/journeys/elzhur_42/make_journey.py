"""Writes journey.json for corpus elzhur_42: a class quarantine and distance learning (Eljur).

Школа № 42, Иваново (Eljur vendor `sch42iv`), hub school `sch-el-42x`, 19 January - 6 February 2026 (quarter III).
6А goes on quarantine for the week of 26-30 January: Monday is a day off («Карантин», `alert: "vacation"`), from
Tuesday its lessons are held remotely (room «Дистанционно», 30-minute online lessons, the two English subgroups
merged into one online lesson, Музыка cancelled, Технология cancelled and moved to Tuesday 3 February). 6Б's
mathematics teacher is off sick from 26 January to 3 February (substitutes, a lesson replaced by Литература, one
cancelled). Pupils ill for a whole week, whose absences a medical certificate later turns to `б` / `уп`; marks for
online work that arrive days later. Standard library only, deterministic; every value is invented.

Reference: shared/reference/elzhur_mesh.md Part A (A.1 envelope and params, A.2 methods, A.3 field tables, A.4 ids
and dates, A.5 examples, A.6 vocabulary).
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).parent
VENDOR = "sch42iv"
D = dt.date

# --- stages of the sync job (push order = pull order) -------------------------------------------------------------
STAGES = [
    "2026-01-18T20:00:00+03:00",  # 0 Sun 18 Jan: getrules, getperiods, finals, class schedules of week 1
    "2026-01-23T19:00:00+03:00",  # 1 Fri 23 Jan: diaries of week 1
    "2026-01-25T20:00:00+03:00",  # 2 Sun 25 Jan: class schedules of week 2 (before the quarantine)
    "2026-01-26T10:00:00+03:00",  # 3 Mon 26 Jan morning: 6А's schedule, the whole week «Карантин»
    "2026-01-26T20:00:00+03:00",  # 4 Mon 26 Jan evening: diaries of week 2 (remote lessons from Tue), 6А gethomework
    "2026-01-28T20:00:00+03:00",  # 5 Wed 28 Jan: mid-week diaries of three pupils
    "2026-01-30T19:00:00+03:00",  # 6 Fri 30 Jan: diaries of week 2
    "2026-02-03T19:00:00+03:00",  # 7 Tue 3 Feb: getmarks of quarter III (certificates entered, online work marked)
    "2026-02-04T19:00:00+03:00",  # 8 Wed 4 Feb: week 2 pulled again (6А and Ксения)
    "2026-02-06T19:00:00+03:00",  # 9 Fri 6 Feb: diaries of week 3, 6Б gethomework
]

RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00"), 6: ("13:25:00", "14:10:00")}
REMOTE = {1: ("09:00:00", "09:30:00"), 2: ("09:45:00", "10:15:00"), 3: ("10:30:00", "11:00:00"),
          4: ("11:15:00", "11:45:00"), 5: ("12:00:00", "12:30:00"), 6: ("12:45:00", "13:15:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

T = {  # teachers
    "petrova": "Петрова Светлана Николаевна", "nikitina": "Никитина Ольга Сергеевна",
    "zaitseva": "Зайцева Марина Олеговна", "kravchenko": "Кравченко Елена Юрьевна",
    "sokolov": "Соколов Андрей Викторович", "orlova": "Орлова Наталья Ивановна", "fedorov": "Фёдоров Павел Игоревич",
    "kiselev": "Киселёв Виктор Петрович", "melnikova": "Мельникова Анна Сергеевна", "sidorov": "Сидоров Денис Александрович",
    "lebedeva": "Лебедева Ирина Павловна", "vasilieva": "Васильева Татьяна Геннадьевна",
    "kovalev": "Ковалёв Игорь Дмитриевич",
}
G1, G2 = "1 группа", "2 группа"
# weekly timetable: weekday -> [(slot, subject, teacher, room, grp)]
TT = {
    "6А": {
        0: [(1, "Русский язык", "petrova", "204", None), (2, "Математика", "nikitina", "204", None),
            (3, "Английский язык", "zaitseva", "311", G1), (3, "Английский язык", "kravchenko", "312", G2),
            (4, "История", "sokolov", "208", None), (5, "Литература", "petrova", "204", None),
            (6, "Физическая культура", "sidorov", "Спортзал", None)],
        1: [(1, "Математика", "nikitina", "204", None), (2, "Русский язык", "petrova", "204", None),
            (3, "Биология", "orlova", "215", None), (4, "География", "fedorov", "217", None),
            (5, "Литература", "petrova", "204", None)],
        2: [(1, "Русский язык", "petrova", "204", None), (2, "Математика", "nikitina", "204", None),
            (3, "Литература", "petrova", "204", None),
            (4, "Английский язык", "zaitseva", "311", G1), (4, "Английский язык", "kravchenko", "312", G2),
            (5, "Музыка", "melnikova", "103", None), (6, "Физическая культура", "sidorov", "Спортзал", None)],
        3: [(1, "Математика", "nikitina", "204", None), (2, "Русский язык", "petrova", "204", None),
            (3, "История", "sokolov", "208", None), (4, "Изобразительное искусство", "melnikova", "103", None),
            (5, "Технология", "kiselev", "Мастерская", None)],
        4: [(1, "Русский язык", "petrova", "204", None), (2, "Математика", "nikitina", "204", None),
            (3, "Литература", "petrova", "204", None),
            (4, "Английский язык", "zaitseva", "311", G1), (4, "Английский язык", "kravchenko", "312", G2),
            (5, "Биология", "orlova", "215", None), (6, "Физическая культура", "sidorov", "Спортзал", None)],
    },
    "6Б": {
        0: [(1, "Математика", "lebedeva", "206", None), (2, "Русский язык", "vasilieva", "207", None),
            (3, "История", "sokolov", "208", None), (4, "Английский язык", "kravchenko", "312", None),
            (5, "Литература", "vasilieva", "207", None)],
        1: [(1, "Русский язык", "vasilieva", "207", None), (2, "Математика", "lebedeva", "206", None),
            (3, "Биология", "orlova", "215", None), (4, "Физическая культура", "sidorov", "Спортзал", None),
            (5, "Литература", "vasilieva", "207", None)],
        2: [(1, "Математика", "lebedeva", "206", None), (2, "Английский язык", "kravchenko", "312", None),
            (3, "Русский язык", "vasilieva", "207", None), (4, "География", "fedorov", "217", None),
            (5, "Обществознание", "sokolov", "208", None)],
        3: [(1, "История", "sokolov", "208", None), (2, "Математика", "lebedeva", "206", None),
            (3, "Русский язык", "vasilieva", "207", None), (4, "Физическая культура", "sidorov", "Спортзал", None),
            (5, "Технология", "kiselev", "Мастерская", None)],
        4: [(1, "Математика", "lebedeva", "206", None), (2, "Литература", "vasilieva", "207", None),
            (3, "Английский язык", "kravchenko", "312", None), (4, "Биология", "orlova", "215", None),
            (5, "Музыка", "melnikova", "103", None)],
    },
}
CLASS_CODE = {"6А": "61", "6Б": "62"}
TOPICS = {
    "Русский язык": ["Имя прилагательное как часть речи", "Разряды прилагательных по значению",
                     "Степени сравнения прилагательных", "Качественные прилагательные", "Относительные прилагательные",
                     "Притяжательные прилагательные", "Морфологический разбор прилагательного",
                     "Правописание не с прилагательными", "Буквы о и е после шипящих в суффиксах"],
    "Математика": ["Сложение чисел с разными знаками", "Вычитание рациональных чисел", "Решение задач на проценты",
                   "Умножение отрицательных чисел", "Деление рациональных чисел", "Координатная плоскость",
                   "Решение уравнений", "Пропорции", "Масштаб"],
    "Литература": ["Н. А. Некрасов «Железная дорога»", "А. А. Фет. Лирика", "Н. С. Лесков «Левша»",
                   "Н. С. Лесков «Левша»: образ главного героя", "А. П. Чехов «Толстый и тонкий»",
                   "Развитие речи: сочинение-рассуждение", "Родная природа в стихах поэтов XIX века"],
    "Английский язык": ["Unit 5. My free time", "Unit 5. Present Continuous", "Unit 5. Reading: hobbies",
                        "Unit 6. Shopping", "Unit 6. Vocabulary: clothes", "Unit 6. Listening"],
    "История": ["Русь в XII–XIII веках: раздробленность", "Владимиро-Суздальское княжество",
                "Новгородская республика", "Монгольское нашествие", "Борьба с крестоносцами"],
    "Биология": ["Корень и его функции", "Видоизменения корней", "Побег и почки", "Строение стебля",
                 "Лист: внешнее строение", "Клеточное строение листа"],
    "География": ["Атмосфера: строение и значение", "Температура воздуха", "Атмосферное давление"],
    "Физическая культура": ["Лыжная подготовка: попеременный двухшажный ход", "Лыжная подготовка: подъём ёлочкой",
                            "Теория: история Олимпийских игр", "Теория: режим дня и здоровье",
                            "Лыжная подготовка: спуски", "Лыжная подготовка: торможение плугом",
                            "Эстафеты на лыжах", "Подвижные игры"],
    "Музыка": ["Образы симфонической музыки", "Г. Свиридов «Метель»", "Инструментальный концерт"],
    "Изобразительное искусство": ["Пейзаж: настроение природы", "Пейзаж в графике", "Городской пейзаж"],
    "Технология": ["Технология обработки древесины", "Изготовление разделочной доски", "Пиление и строгание"],
    "Обществознание": ["Человек в малой группе", "Общение", "Конфликты в межличностных отношениях"],
}
DAYS = [D(2026, 1, 19) + dt.timedelta(days=i) for i in range(19) if (D(2026, 1, 19) + dt.timedelta(days=i)).weekday() < 5]
WEEK2 = [D(2026, 1, 26) + dt.timedelta(days=i) for i in range(5)]

lessons = {}   # lesson_id -> list of (stage, state dict or None)
vacations = {}  # (class, date) -> list of (stage, name or None)
topic_counter = {}


def lid(cls, day, slot, grp, alt=0):
    g = {None: 0, G1: 1, G2: 2}[grp] + alt
    return f"42{CLASS_CODE[cls]}{day:%m%d}{slot}{g}"


def topic(cls, subject):
    n = topic_counter.get((cls, subject), 0)
    topic_counter[(cls, subject)] = n + 1
    lst = TOPICS[subject]
    return lst[n % len(lst)]


def base_state(cls, day, slot, subject, teacher, room, grp):
    return {"class": cls, "date": day, "slot": slot, "subject": subject, "teacher": T[teacher], "room": room,
            "grp": grp, "times": RINGS[slot], "topic": topic(cls, subject), "cancel": False, "is_control": False}


# the normal timetable for both classes, stage 0 (the class schedule of week 1 / week 2 before the quarantine)
for cls, week in TT.items():
    for day in DAYS:
        for slot, subject, teacher, room, grp in week[day.weekday()]:
            lessons[lid(cls, day, slot, grp)] = [(0, base_state(cls, day, slot, subject, teacher, room, grp))]


def change(lesson_id, stage, **kw):
    versions = lessons[lesson_id]
    state = dict(next(s for st, s in reversed(versions) if s is not None))
    state.update(kw)
    versions.append((stage, state))


def drop(lesson_id, stage):
    lessons[lesson_id].append((stage, None))


# --- 6А: the quarantine -------------------------------------------------------------------------------------------
for day in WEEK2:
    vacations[("6А", day)] = [(3, "Карантин")] + ([] if day.weekday() == 0 else [(4, None)])
    for slot, subject, teacher, room, grp in TT["6А"][day.weekday()]:
        drop(lid("6А", day, slot, grp), 3)  # the morning schedule: the whole week a day off, items {}
# from Tuesday the same lessons, held online (same lesson ids), 30-minute lessons, no room but «Дистанционно»
for day in WEEK2[1:]:
    for slot, subject, teacher, room, grp in TT["6А"][day.weekday()]:
        if grp is None:
            change(lid("6А", day, slot, grp), 4, room="Дистанционно", times=REMOTE[slot])
    eng = [e for e in TT["6А"][day.weekday()] if e[1] == "Английский язык"]
    if eng:  # both subgroups online together, one new lesson for the whole class
        slot = eng[0][0]
        lessons[lid("6А", day, slot, None, alt=9)] = [(4, {
            "class": "6А", "date": day, "slot": slot, "subject": "Английский язык", "teacher": T["zaitseva"],
            "room": "Дистанционно", "grp": None, "times": REMOTE[slot], "topic": topic("6А", "Английский язык"),
            "cancel": False, "is_control": False})]
# Физкультура online is theory
for day in (D(2026, 1, 28), D(2026, 1, 30)):
    change(lid("6А", day, 6, None), 4, topic="Теория: история Олимпийских игр" if day.day == 28
           else "Теория: режим дня и здоровье")
# Музыка Wed 28 is cancelled (the reference's `name: "Cancel"`, same lesson id) from the mid-week pull on
change(lid("6А", D(2026, 1, 28), 5, None), 5, cancel=True)
# Технология Thu 29 is moved: the Friday pull lacks it, the week-3 diary has it on Tue 3 Feb as a 6th lesson
TECH = lid("6А", D(2026, 1, 29), 5, None)
drop(TECH, 6)
change(TECH, 9, date=D(2026, 2, 3), slot=6, times=RINGS[6], room="Мастерская",
       topic="Технология обработки древесины (перенос с 29.01)")
# an online test on Wed 28
change(lid("6А", D(2026, 1, 28), 2, None), 4, is_control=True, topic="Самостоятельная работа онлайн: деление")

# --- 6Б: the mathematics teacher off sick 26 Jan - 3 Feb -----------------------------------------------------------
M = {d: lid("6Б", d, s, None) for d, s in [(D(2026, 1, 26), 1), (D(2026, 1, 27), 2), (D(2026, 1, 28), 1),
                                            (D(2026, 1, 29), 2), (D(2026, 1, 30), 1), (D(2026, 2, 2), 1),
                                            (D(2026, 2, 3), 2)]}
change(M[D(2026, 1, 26)], 4, teacher=T["nikitina"], topic="Решение задач на проценты (замена)")
drop(M[D(2026, 1, 27)], 5)  # replaced by Литература (a new lesson in the same slot)
REPL = lid("6Б", D(2026, 1, 27), 2, None, alt=7)
lessons[REPL] = [(5, {"class": "6Б", "date": D(2026, 1, 27), "slot": 2, "subject": "Литература",
                      "teacher": T["vasilieva"], "room": "207", "grp": None, "times": RINGS[2],
                      "topic": "Внеклассное чтение: В. П. Астафьев «Васюткино озеро»", "cancel": False,
                      "is_control": False})]
change(M[D(2026, 1, 28)], 5, teacher=T["kovalev"], room="301", topic="Умножение отрицательных чисел (замена)")
change(M[D(2026, 1, 29)], 6, cancel=True)
change(M[D(2026, 1, 30)], 6, teacher=T["kovalev"], room="301", topic="Деление рациональных чисел (замена)")
change(M[D(2026, 2, 2)], 9, teacher=T["nikitina"], topic="Координатная плоскость (замена)")
change(M[D(2026, 2, 3)], 9, teacher=T["kovalev"], room="301", topic="Решение уравнений (замена)")


def lesson_at(lesson_id, stage):
    state = None
    for st, s in lessons[lesson_id]:
        if st <= stage:
            state = s
    return state


def vacation_at(cls, day, stage):
    name = None
    for st, n in vacations.get((cls, day), []):
        if st <= stage:
            name = n
    return name


# --- the pupils and their parents ----------------------------------------------------------------------------------
PUPILS = {
    "42101": ("Антонов", "Кирилл", "male", "6А", G1), "42102": ("Белова", "Дарья", "female", "6А", G1),
    "42103": ("Воробьёв", "Егор", "male", "6А", G2), "42104": ("Григорьева", "Полина", "female", "6А", G2),
    "42201": ("Дмитриев", "Артём", "male", "6Б", None), "42202": ("Григорьев", "Лев", "male", "6Б", None),
    "42203": ("Ефимова", "Ксения", "female", "6Б", None),
}
PARENTS = [("42901", "Григорьева", "Наталья", "Александровна", "female", ["42104", "42202"]),
           ("42902", "Антонова", "Елена", "Викторовна", "female", ["42101"]),
           ("42903", "Белов", "Сергей", "Михайлович", "male", ["42102"]),
           ("42904", "Воробьёва", "Ольга", "Петровна", "female", ["42103"]),
           ("42905", "Дмитриева", "Юлия", "Андреевна", "female", ["42201"]),
           ("42906", "Ефимов", "Алексей", "Николаевич", "male", ["42203"])]
HOMETEACHER = {"6А": ("42501", "Петрова", "Светлана", "Николаевна"), "6Б": ("42502", "Соколов", "Андрей", "Викторович")}


def title(pid):
    return f"{PUPILS[pid][0]} {PUPILS[pid][1]}"


# --- marks and attendance: (pupil, lesson id, nm) -> [(stage, state or None)] ---------------------------------------
CT = {"РУ": (1, "Работа на уроке"), "СР": (3, "Самостоятельная работа"), "КР": (5, "Контрольная работа"),
      "ДЗ": (2, "Домашняя работа"), "ДР": (9, "Дистанционная работа")}
marks = {}


def mark(pid, lesson_id, stage, value, short="РУ", weight=1, comment="", nm="1"):
    key = (pid, lesson_id, nm)
    marks.setdefault(key, []).append((stage, None if value is None else {"value": value, "short": short,
                                                                        "weight": weight, "comment": comment}))


def L(cls, y, m, d, slot, grp=None, alt=0):
    return lid(cls, D(y, m, d), slot, grp, alt)


ABS = ("н", "б", "уп", "оп", "Б")
# week 1 (pulled Fri 23)
mark("42101", L("6А", 2026, 1, 19, 2), 1, "4")
mark("42102", L("6А", 2026, 1, 19, 1), 1, "5")
mark("42104", L("6А", 2026, 1, 20, 3), 1, "4", "ДЗ")
mark("42103", L("6А", 2026, 1, 21, 2), 1, "3", "СР", 2)
mark("42104", L("6А", 2026, 1, 21, 4, G2), 1, "5")
mark("42102", L("6А", 2026, 1, 22, 3), 1, "5", "РУ", 1, "Отличный доклад")
mark("42201", L("6Б", 2026, 1, 19, 1), 1, "4")
mark("42202", L("6Б", 2026, 1, 20, 2), 1, "5", "СР", 2)
mark("42203", L("6Б", 2026, 1, 21, 3), 1, "4", "ДЗ")
mark("42202", L("6Б", 2026, 1, 23, 1), 1, "3", "РУ")
# Кирилл ill Tue 20 - Fri 23: «н» in the Friday diary, «б» once the certificate is entered (getmarks Tue 3 Feb)
for day in DAYS[1:5]:
    for slot, subject, teacher, room, grp in TT["6А"][day.weekday()]:
        if grp in (None, G1):
            mark("42101", lid("6А", day, slot, grp), 1, "н")
            # Friday's entries were changed by the class teacher, who types the code in capitals («Б», as A.6's
            # «Н»/«ОП» variants)
            marks[("42101", lid("6А", day, slot, grp), "1")].append(
                (7, {"value": "Б" if day.weekday() == 4 else "б", "short": "", "weight": 0,
                     "comment": "справка от 02.02.2026"}))
# week 2, 6А online
mark("42102", L("6А", 2026, 1, 27, 3), 6, "5")                                   # Биология online, in Friday's diary
mark("42102", L("6А", 2026, 1, 28, 2), 7, "4", "СР", 2, "Работа прислана онлайн")   # the online test, marked later
mark("42102", L("6А", 2026, 1, 29, 2), 6, "2", "ДР", 1, "Работа не прислана")
marks[("42102", L("6А", 2026, 1, 29, 2), "1")].append((7, {"value": "4", "short": "ДР", "weight": 1,
                                                         "comment": "Работа прислана 31.01"}))
mark("42104", L("6А", 2026, 1, 28, 2), 7, "5", "СР", 2, "Работа прислана онлайн")
mark("42104", L("6А", 2026, 1, 28, 4, alt=9), 6, "4", "ДР")                      # merged online English
mark("42103", L("6А", 2026, 1, 28, 2), 8, "3", "СР", 2, "Работа прислана онлайн")  # only in the re-pull of Wed 4
# Егор missed an online English lesson: «н» mid-week, «уп» on Friday (the parents' note: no connection)
mark("42103", L("6А", 2026, 1, 28, 4, alt=9), 5, "н", "", 0, "не подключился к уроку")
marks[("42103", L("6А", 2026, 1, 28, 4, alt=9), "1")].append(
    (6, {"value": "уп", "short": "", "weight": 0, "comment": "записка родителей: нет интернета"}))
# Кирилл still ill during the quarantine: no attendance is marked online; a «2» for work not sent, taken back
mark("42101", L("6А", 2026, 1, 30, 2), 6, "2", "ДР", 1, "Задание не выполнено")
marks[("42101", L("6А", 2026, 1, 30, 2), "1")].append((7, None))
mark("42104", L("6А", 2026, 1, 30, 1), 6, "4", "ДР")
# the History teacher marks who worked online with the school's own code «дист» (A.6 / Part D 2: open-ended text)
mark("42102", L("6А", 2026, 1, 29, 3), 6, "дист", "", 0, "работала дистанционно")
# week 2, 6Б with substitutes
mark("42201", M[D(2026, 1, 26)], 4, "5", "РУ", 1, "")
mark("42202", M[D(2026, 1, 26)], 4, "4")
mark("42201", M[D(2026, 1, 28)], 6, "3", "СР", 2)
mark("42202", M[D(2026, 1, 30)], 6, "4", "СР", 2)
mark("42202", REPL, 5, "5", "РУ", 1, "Выразительное чтение")
# work set online for the cancelled lesson of Thu 29 by the teacher at home, marked later: only getmarks brings it
mark("42201", M[D(2026, 1, 29)], 7, "5", "ДР", 1, "Задание на платформе выполнено")
# Ксения ill the whole week 2: «н» (mid-week: Mon-Wed; Friday: all), «уп» after the certificate
for day in WEEK2:
    for slot, subject, teacher, room, grp in TT["6Б"][day.weekday()]:
        lesson_id = lid("6Б", day, slot, grp)
        if day == D(2026, 1, 27) and slot == 2:
            lesson_id = REPL
        if day == D(2026, 1, 29) and slot == 2:
            continue  # the cancelled lesson: nobody marked
        first = 5 if day <= D(2026, 1, 28) else 6
        mark("42203", lesson_id, first, "н")
        marks[("42203", lesson_id, "1")].append((7, {"value": "уп", "short": "", "weight": 0,
                                                    "comment": "медицинская справка"}))
# week 3: back at school
mark("42101", L("6А", 2026, 2, 2, 2), 9, "3", "РУ", 1, "Пропущенная тема: повторить")
mark("42102", TECH, 9, "5")                                                    # the moved Технология
mark("42103", L("6А", 2026, 2, 4, 4, G2), 9, "4")
mark("42104", L("6А", 2026, 2, 5, 1), 9, "5", "КР", 3)
mark("42202", L("6Б", 2026, 2, 2, 1), 9, "оп", "", 0, "опоздал на 10 минут")
mark("42201", L("6Б", 2026, 2, 3, 2), 9, "4", "РУ")
mark("42203", L("6Б", 2026, 2, 4, 1), 9, "4", "РУ", 1, "Тема изучена самостоятельно")
mark("42202", L("6Б", 2026, 2, 4, 1), 9, "5", "КР", 3)
# marks of 12-16 Jan, before the window: only getmarks brings them (their lessons come from no diary)
EARLY = [("42101", "Математика", "6А", D(2026, 1, 13), 1, "5"), ("42102", "Математика", "6А", D(2026, 1, 13), 1, "4"),
         ("42104", "Русский язык", "6А", D(2026, 1, 14), 1, "4"), ("42201", "Математика", "6Б", D(2026, 1, 14), 1, "5"),
         ("42203", "Математика", "6Б", D(2026, 1, 16), 1, "3"), ("42202", "Русский язык", "6Б", D(2026, 1, 12), 2, "4")]
early_subject = {}
for pid, subject, cls, day, slot, value in EARLY:
    lesson_id = lid(cls, day, slot, None)
    early_subject[lesson_id] = (subject, day)
    mark(pid, lesson_id, 0, value)


def mark_at(key, stage):
    state = None
    for st, s in marks[key]:
        if st <= stage:
            state = s
    return state


def lesson_of_mark(lesson_id, stage):
    if lesson_id in early_subject:
        return {"subject": early_subject[lesson_id][0], "date": early_subject[lesson_id][1]}
    return lesson_at(lesson_id, max(stage, 0)) or lesson_at(lesson_id, 99)


def assessment(pid, lesson_id, nm, s, day, with_mtype, stage=0):
    value = s["value"]
    absence = value in ABS
    num = int(value[0]) if value[0].isdigit() else 0
    counts = not absence and value[0].isdigit()
    a = {"value": value, "countas": str(num), "count": counts, "convert": num, "weight": s["weight"],
         "weight_float": str(s["weight"]) if stage >= 9 else s["weight"]}
    if not with_mtype:
        a["control_type"] = CT[s["short"]][1] if s["short"] else ""
        a["control_type_short"] = s["short"]
    a.update({"date": day.isoformat(), "lesson_id": lesson_id, "nm": nm, "comment": s["comment"]})
    if with_mtype:
        a["lesson_comment"] = None
        a["max_mark"] = None
        if s["short"]:
            a["mtype"] = {"id": CT[s["short"]][0], "short": s["short"], "type": CT[s["short"]][1]}
    else:
        a["color_hex"] = None
    return a


# --- homework: id -> (lesson id, [(stage, state or None)]) ---------------------------------------------------------
homework = {}


def hw(hw_id, lesson_id, stage, value, individual_for=None, files=()):
    homework.setdefault(hw_id, (lesson_id, []))[1].append(
        (stage, None if value is None else {"value": value, "for": individual_for, "files": list(files)}))


def F(name, code):
    return {"filename": name, "link": f"https://{VENDOR}.eljur.ru/files/{code}"}


hw(642001, L("6А", 2026, 1, 19, 1), 0, "Упр. 312, выучить правило на с. 58")
hw(642002, L("6А", 2026, 1, 21, 2), 0, "№ 845, 847, 850")
hw(642003, L("6А", 2026, 1, 22, 3), 0, "Подготовить сообщение о Новгородском вече")
hw(642004, L("6Б", 2026, 1, 20, 2), 0, "№ 812 (а–г), 815")
hw(642005, L("6Б", 2026, 1, 22, 3), 0, "Упр. 330")
# 6А remote days: set Monday evening, with task sheets (files[].toid = the task id, A.3)
hw(642101, L("6А", 2026, 1, 27, 1), 4, "Решить вариант 1 в карточке, фото решения прислать в сообщении до 20:00",
   files=[F("карточка_27.01.pdf", "q42a101")])
hw(642102, L("6А", 2026, 1, 27, 2), 4, "Упр. 335 письменно; видеоурок РЭШ № 42")
hw(642103, L("6А", 2026, 1, 28, 2), 4, "Самостоятельная работа онлайн на платформе, 20 минут, до 18:00",
   files=[F("инструкция_вход.pdf", "q42a103")])
hw(642104, L("6А", 2026, 1, 28, 5), 4, "Послушать Г. Свиридов «Метель», записать впечатления")
hw(642104, L("6А", 2026, 1, 28, 5), 5, None)  # the lesson cancelled: its task withdrawn with it
hw(642105, L("6А", 2026, 1, 29, 2), 4, "Сочинение-миниатюра «Зимний вечер», прислать фото до 30.01")
hw(642106, L("6А", 2026, 1, 29, 1), 4, "№ 870, 872 (устно), 874 письменно")
hw(642106, L("6А", 2026, 1, 29, 1), 6, "№ 870, 872, 874 письменно; решения прислать фото")  # edited Friday
hw(642107, L("6А", 2026, 1, 30, 6), 4, "Комплекс утренней гимнастики: составить и выполнить, видео по желанию",
   files=[F("комплекс_упражнений.docx", "q42a107")])
hw(642108, L("6А", 2026, 1, 30, 4, alt=9), 4, "Workbook p. 44, ex. 1–3; выучить слова Unit 6")
hw(642109, L("6А", 2026, 1, 29, 5), 4, "Эскиз разделочной доски в тетради")
hw(642109, L("6А", 2026, 1, 29, 5), 6, None)  # moved with its lesson: withdrawn from Thu 29
hw(642110, TECH, 9, "Эскиз разделочной доски в тетради (на 03.02)")
# individual task for the ill Кирилл after his return
hw(642111, L("6А", 2026, 2, 2, 2), 9, "Для Антонова: № 862–866 по пропущенной теме", individual_for="42101")
hw(642112, L("6А", 2026, 2, 4, 2), 9, "№ 901, 903")
# 6Б with substitutes
hw(642201, M[D(2026, 1, 26)], 4, "№ 851, 853 (задание от Никитиной О. С.)")
hw(642202, M[D(2026, 1, 28)], 5, "№ 858 (а, б), 860")
hw(642203, M[D(2026, 1, 30)], 6, "Повторить правила деления, № 880")
hw(642204, REPL, 5, "Дочитать рассказ «Васюткино озеро», ответить на вопросы 1–5")
hw(642205, M[D(2026, 2, 2)], 9, "Для Ефимовой: № 845–850 по пропущенным темам", individual_for="42203")
hw(642206, M[D(2026, 2, 2)], 9, "№ 890, 892")
hw(642207, L("6Б", 2026, 2, 5, 2), 9, "№ 915, 917, 920", files=[F("задачи_05.02.pdf", "q42b207")])


def hw_at(hw_id, stage):
    state = None
    for st, s in homework[hw_id][1]:
        if st <= stage:
            state = s
    return state


def env(request, result, stage):
    return {"request": request, "body": {"response": {"state": 200, "error": None, "result": result}},
            "pulled_at": STAGES[stage]}


def item(lesson_id, s, stage, pid=None, with_marks=False):
    it = {"num": str(s["slot"]), "name": "Cancel" if s["cancel"] else s["subject"], "room": s["room"],
          "teacher": s["teacher"], "sort": s["slot"] * 100}
    if s["grp"]:
        it["grp"] = s["grp"]
        it["grp_short"] = s["grp"][0] + " гр."
    it.update({"lesson_id": lesson_id, "topic": s["topic"], "is_control": s["is_control"],
               "starttime": s["times"][0], "endtime": s["times"][1]})
    tasks, files = {}, []
    for hw_id, (hw_lesson, _) in sorted(homework.items()):
        h = hw_at(hw_id, stage)
        if hw_lesson != lesson_id or h is None:
            continue
        if h["for"] and h["for"] != pid:
            continue
        tasks[str(hw_id)] = {"id": hw_id, "value": h["value"], "individual": bool(h["for"])}
        files += [{"toid": hw_id, **f} for f in h["files"]]
    resources = []
    if s["room"] == "Дистанционно" and not s["cancel"]:  # the link to the online lesson (A.3 `resources`: an array)
        resources = [{"type": "link", "title": "Подключиться к уроку (Сферум)",
                      "link": f"https://sferum.ru/?call_link=42-{lesson_id}"}]
    it.update({"homework": tasks, "files": files, "resources": resources})
    if with_marks:
        it["assessments"] = [assessment(pid, lesson_id, nm, m, s["date"], False, stage)
                             for (p, l, nm) in sorted(marks) if p == pid and l == lesson_id
                             for m in [mark_at((p, l, nm), stage)] if m is not None]
    return it


def sees(pid, s):
    return s["class"] == PUPILS[pid][3] and (s["grp"] is None or s["grp"] == PUPILS[pid][4])


def days_of(cls, first, last, stage, pid=None, with_marks=False):
    out = {}
    day = first
    while day <= last:
        if day.weekday() < 5:
            key = f"{day:%Y%m%d}"
            found = []
            for lesson_id in sorted(lessons):
                s = lesson_at(lesson_id, stage)
                if s is None or s["class"] != cls or s["date"] != day or (pid and not sees(pid, s)):
                    continue
                found.append(item(lesson_id, s, stage, pid, with_marks))
            found.sort(key=lambda it: (int(it["num"]), it.get("grp") or ""))
            # a pupil's day keyed by lesson number; a class's day, where two subgroups share a number, as an array
            # (A.3 Day: `items` object keyed by lesson number or array)
            flat = {it["num"]: it for it in found} if pid else found
            d = {"name": key, "title": WEEKDAYS[day.weekday()]}
            v = vacation_at(cls, day, stage)
            if v:
                d.update({"alert": "vacation", "holiday_name": v})
            d["items"] = flat
            if not flat and pid == "42103":
                d["items"] = []  # PHP's empty array for an empty object (the hub README's envelope notes)
            out[key] = d
        day += dt.timedelta(days=1)
    return out


def rng(a, b):
    return f"{a:%Y%m%d}-{b:%Y%m%d}"


def getdiary(pid, first, last, stage):
    days = days_of(PUPILS[pid][3], first, last, stage, pid, True)
    return env(f"getdiary?student={pid}&days={rng(first, last)}&rings=__yes",
               {"students": {pid: {"name": pid, "title": title(pid), "parent_signed": False, "days": days}}}, stage)


def getschedule_class(cls, first, last, stage):
    days = days_of(cls, first, last, stage)
    for d in days.values():
        for it in d["items"]:
            it.pop("files")
            it.pop("resources")
    return env(f"getschedule?class={cls}&days={rng(first, last)}&rings=__yes", {"days": days}, stage)


def gethomework_class(cls, first, last, stage):
    days = {}
    for key, d in days_of(cls, first, last, stage).items():
        items = [{"name": it["name"], "grp": it.get("grp"), "lesson_id": it["lesson_id"], "homework": it["homework"],
                  "files": it["files"]} for it in d["items"] if it["homework"]]
        if items:
            days[key] = {"name": key, "title": d["title"], "items": items}
    return env(f"gethomework?class={cls}&days={rng(first, last)}", {"days": days}, stage)


def getmarks(pid, stage):
    first, last = D(2026, 1, 12), D(2026, 3, 20)
    by_subject = {}
    for (p, lesson_id, nm) in sorted(marks):
        m = mark_at((p, lesson_id, nm), stage)
        if p != pid or m is None:
            continue
        s = lesson_of_mark(lesson_id, stage)
        by_subject.setdefault(s["subject"], []).append(assessment(pid, lesson_id, nm, m, s["date"], True))
    for slot, subject, *_ in [e for w in TT[PUPILS[pid][3]].values() for e in w]:
        by_subject.setdefault(subject, [])
    lessons_out = []
    for n, (subject, ms) in enumerate(sorted(by_subject.items())):
        counted = [(int(m["value"][0]), float(m["weight"])) for m in ms if m["count"]]
        avg = f"{sum(v * w for v, w in counted) / sum(w for _, w in counted):.2f}" if counted else ""
        ms.sort(key=lambda m: (m["date"], m["lesson_id"]))
        lessons_out.append({"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else None,
                            "lesson_id": f"42{n + 1:02d}", "color_hex": None, "marks": ms})
    return env(f"getmarks?student={pid}&days={rng(first, last)}",
               {"students": {pid: {"name": pid, "title": title(pid), "lessons": lessons_out}}}, stage)


def getrules(parent):
    pid_, last, first, middle, gender, kids = parent
    students, groups = {}, {}
    for k in kids:
        ln, fn, g, cls, grp = PUPILS[k]
        students[k] = {"rel": "child", "name": k, "title": title(k), "lastname": ln, "firstname": fn, "gender": g,
                       "class": cls, "parallel": "6", "city": "Иваново",
                       "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule",
                                 "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "6", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    return env("getrules", {
        "name": pid_, "id": pid_, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
        "middlename": middle, "gender": gender, "email": f"p{pid_}@example.ru", "roles": ["parent"],
        "region": "Ивановская область", "city": "Иваново", "vendor": VENDOR, "vendor_id": "4242",
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
        "relations": {"students": students, "groups": groups,
                      "schools": [{"title": "Школа № 42", "title_full": "МБОУ «Средняя школа № 42» г. Иваново",
                                   "number": "42", "inn": "3700004200", "kpp": "370201001"}]}}, 0)


PERIODS = [{"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026"},
           {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228"},
           {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260320"},
           {"name": "IV", "fullname": "4 четверть", "start": "20260330", "end": "20260526"}]


def getperiods(pid):
    periods = [{**p, "disabled": False, "ambigious": None, "weeks": []} for p in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                    "weeks": []})
    return env(f"getperiods?student={pid}&show_disabled=__yes",
               {"students": [{"name": pid, "title": title(pid), "periods": periods}]}, 0)


FINALS = {"42101": {"Математика": ("4", "4"), "Русский язык": ("4", "3"), "История": ("5", "5")},
          "42104": {"Математика": ("5", "5"), "Английский язык": ("4", "5"), "Литература": ("5", "5")},
          "42203": {"Математика": ("3", "4"), "Русский язык": ("4", "4"), "Обществознание": ("5", "5")}}


def getfinal(pid):
    items = [{"name": subject, "assessments": [{"period": "I", "value": a, "comment": ""},
                                               {"period": "II", "value": b, "comment": ""}]}
             for subject, (a, b) in sorted(FINALS[pid].items())]
    return env(f"getfinalassessments?student={pid}", {"students": {pid: {"name": pid, "title": title(pid),
                                                                          "items": items}}}, 0)


def main():
    w1, w2, w3 = (D(2026, 1, 19), D(2026, 1, 25)), (D(2026, 1, 26), D(2026, 2, 1)), (D(2026, 2, 2), D(2026, 2, 8))
    A = [p for p in sorted(PUPILS) if PUPILS[p][3] == "6А"]
    B = [p for p in sorted(PUPILS) if PUPILS[p][3] == "6Б"]
    everyone = A + B
    steps = [
        ("01 Sun 18 Jan: getrules of the six parents", [[getrules(p) for p in PARENTS]]),
        ("02 Sun 18 Jan: getperiods (one pupil of each class) and the first half-year's finals of three pupils",
         [[getperiods("42101"), getperiods("42201")] + [getfinal(p) for p in sorted(FINALS)]]),
        ("03 Sun 18 Jan: both classes' schedules of week 1", [[getschedule_class(c, *w1, 0) for c in ("6А", "6Б")]]),
        ("04 Fri 23 Jan: every pupil's diary of week 1 (Кирилл absent from Tuesday)",
         [[getdiary(p, *w1, 1) for p in everyone]]),
        ("05 Sun 25 Jan: both classes' schedules of week 2, as planned", [[getschedule_class(c, *w2, 2)
                                                                           for c in ("6А", "6Б")]]),
        ("06 Mon 26 Jan 10:00: 6А's schedule again: the whole week «Карантин», no lessons",
         [[getschedule_class("6А", *w2, 3)]]),
        ("07 Mon 26 Jan 20:00: every diary of week 2 (6А online from Tuesday; 6Б's first substitute) and 6А's tasks "
         "for the remote days", [[getdiary(p, *w2, 4) for p in everyone] +
                                 [gethomework_class("6А", D(2026, 1, 27), D(2026, 1, 30), 4)]]),
        ("08 Wed 28 Jan: mid-week diaries of Дарья, Егор and Ксения",
         [[getdiary(p, *w2, 5) for p in ("42102", "42103", "42203")]]),
        ("09 Fri 30 Jan: every diary of week 2", [[getdiary(p, *w2, 6) for p in everyone]]),
        ("10 Tue 3 Feb: getmarks of quarter III so far (certificates entered, online work marked)",
         [[getmarks(p, 7) for p in everyone]]),
        ("11 Wed 4 Feb: week 2 pulled again for Дарья, Егор, Полина and Ксения",
         [[getdiary(p, *w2, 8) for p in ("42102", "42103", "42104", "42203")]]),
        ("12 Fri 6 Feb: every diary of week 3 and 6Б's tasks of the week",
         [[getdiary(p, *w3, 9) for p in everyone] + [gethomework_class("6Б", D(2026, 2, 2), D(2026, 2, 6), 9)]]),
    ]
    journey = {"vendor": "elzhur",
               "description": "A class quarantine and distance learning (Школа № 42, Иваново, 19 Jan - 6 Feb 2026): "
                              "6А on quarantine for a week (a day off, then online lessons), 6Б's mathematics teacher "
                              "off sick (substitutes), pupils ill for a whole week, certificates, marks for online "
                              "work arriving later, and the return to school.",
               "school": {"timezone": "Europe/Moscow", "name": "Школа № 42"},
               "steps": [{"name": n, "batches": b} for n, b in steps]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
