"""Write journey.json of dnevnik_ru_43: two shifts, a six-day week, a 0th lesson, double lessons, and two classes
that swap shifts in the middle of a week (Dnevnik.ru).

Standard library only, deterministic. Every answer is shaped per shared/reference/dnevnik_ru.md (cited §N) and the
client models its §10 cites (alllexey123/dnevnik-partners-api `Timetable`/`TimetableItem`: `Start` a LocalDateTime,
`DaysOfWeek` a list of strings; alexcupertme/dnevnikru_bot `TSchedule`: the schedules bundle's day).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+10:00"  # Владивосток, `timeZone` 10 (§3.10)
SCHOOL = 1000002430043
YEAR = 2026  # studyyear of 2026/27 (§3.8)

G6, G7 = 2260325488543000061, 2260325488543000071  # 6В, 7А (ids above 2^53, §1)
GROUPS = {G6: "6В", G7: "7А"}

SUBJECTS = {  # id: (name, knowledgeArea)
    1000003430001: ("Математика", "Математика и информатика"),
    1000003430002: ("Русский язык", "Русский язык и литература"),
    1000003430003: ("Литература", "Русский язык и литература"),
    1000003430004: ("История", "Общественно-научные предметы"),
    1000003430005: ("Биология", "Естественно-научные предметы"),
    1000003430006: ("Английский язык", "Иностранные языки"),
    1000003430007: ("Технология", "Технология"),
    1000003430008: ("Физическая культура", "Физическая культура"),
    1000003430009: ("Разговоры о важном", "Внеурочная деятельность"),
    1000003430010: ("Алгебра", "Математика и информатика"),
    1000003430011: ("Геометрия", "Математика и информатика"),
    1000003430012: ("Физика", "Естественно-научные предметы"),
}
SID = {name: sid for sid, (name, _) in SUBJECTS.items()}

TEACHERS = {  # person id: (last, first, middle, sex)
    1000012430901: ("Кравец", "Ольга", "Петровна", "Female"),
    1000012430902: ("Шевченко", "Анна", "Викторовна", "Female"),
    1000012430903: ("Ли", "Денис", "Алексеевич", "Male"),
    1000012430904: ("Ганиева", "Марина", "Руслановна", "Female"),
    1000012430905: ("Пак", "Виктория", "Сергеевна", "Female"),
    1000012430906: ("Мельник", "Игорь", "Валентинович", "Male"),
    1000012430907: ("Чернов", "Артём", "Олегович", "Male"),
    1000012430908: ("Юн", "Сергей", "Николаевич", "Male"),
    1000012430909: ("Бондаренко", "Елена", "Игоревна", "Female"),
}
TEACHER_OF = {
    G6: {"Математика": 1000012430901, "Русский язык": 1000012430902, "Литература": 1000012430902,
         "История": 1000012430903, "Биология": 1000012430904, "Английский язык": 1000012430905,
         "Технология": 1000012430906, "Физическая культура": 1000012430907, "Разговоры о важном": 1000012430902},
    G7: {"Алгебра": 1000012430901, "Геометрия": 1000012430901, "Физика": 1000012430908,
         "Русский язык": 1000012430909, "Литература": 1000012430909, "История": 1000012430903,
         "Английский язык": 1000012430905, "Технология": 1000012430906, "Физическая культура": 1000012430907,
         "Разговоры о важном": 1000012430909},
}
CLASS_TEACHER = {G6: 1000012430902, G7: 1000012430909}

PUPILS = {  # person id: (last, first, middle, sex, group)
    1000012430601: ("Абрамова", "Полина", "Игоревна", "Female", G6),
    1000012430602: ("Гусев", "Даниил", "Романович", "Male", G6),
    1000012430603: ("Ибрагимова", "Камила", "Ринатовна", "Female", G6),
    1000012430604: ("Никифоров", "Лев", "Андреевич", "Male", G6),
    1000012430701: ("Цой", "Алина", "Романовна", "Female", G7),
    1000012430702: ("Ершов", "Матвей", "Денисович", "Male", G7),
    1000012430703: ("Кузнецова", "Варвара", "Олеговна", "Female", G7),
}
PARENTS = {  # user id: (person id, last, first, middle, child)
    1000011430801: (1000012430801, "Абрамова", "Ирина", "Викторовна", 1000012430601),
    1000011430802: (1000012430802, "Цой", "Роман", "Эдуардович", 1000012430701),
}

WORK_TYPES = [  # id, kind, title, abbr, weight
    (4301, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (4302, "CommonWork", "Самостоятельная работа", "СР", 2),
    (4303, "LessonTestWork", "Контрольная работа", "КР", 3),
    (4304, "LaboratoryWork", "Практическая работа", "ПР", 2),
    (4307, "Homework", "Домашнее задание", "ДЗ", 1),
]

# --- bells (§3.14): one timetable per shift, the 0th lesson in the first -----------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SHIFT1_WEEK = [(0, "07:40", "08:20"), (1, "08:30", "09:10"), (2, "09:20", "10:00"), (3, "10:15", "10:55"),
               (4, "11:10", "11:50"), (5, "12:00", "12:40"), (6, "12:50", "13:30")]
SHIFT1_SAT = [(1, "08:30", "09:05"), (2, "09:15", "09:50"), (3, "10:00", "10:35"), (4, "10:45", "11:20"),
              (5, "11:30", "12:05")]
SHIFT2_WEEK = [(1, "14:00", "14:40"), (2, "14:50", "15:30"), (3, "15:45", "16:25"), (4, "16:40", "17:20"),
               (5, "17:30", "18:10"), (6, "18:20", "19:00"), (7, "19:10", "19:50")]
SHIFT2_SAT = [(1, "13:00", "13:35"), (2, "13:45", "14:20"), (3, "14:30", "15:05"), (4, "15:15", "15:50")]


def timetable(shift: int) -> dict:
    week, sat = (SHIFT1_WEEK, SHIFT1_SAT) if shift == 1 else (SHIFT2_WEEK, SHIFT2_SAT)
    base = 1000006430100 if shift == 1 else 1000006430200
    items = []
    for number, start, finish in week:
        items.append({"Id": base + number, "Start": f"2026-09-01T{start}:00", "Finish": f"2026-09-01T{finish}:00",
                      "Name": f"{number} урок", "Type": "Lesson", "DaysOfWeek": WEEKDAYS, "LessonNumber": number})
    for number, start, finish in sat:
        items.append({"Id": base + 50 + number, "Start": f"2026-09-05T{start}:00",
                      "Finish": f"2026-09-05T{finish}:00", "Name": f"{number} урок (суббота)", "Type": "Lesson",
                      "DaysOfWeek": ["Saturday"], "LessonNumber": number})
    return {"Name": "1 смена" if shift == 1 else "2 смена", "Start": "2026-09-01T00:00:00",
            "FirstLessonNumber": 0 if shift == 1 else 1, "Items": items}


def bells(shift: int, weekday: int) -> dict[int, tuple[str, str]]:
    week, sat = (SHIFT1_WEEK, SHIFT1_SAT) if shift == 1 else (SHIFT2_WEEK, SHIFT2_SAT)
    return {n: (s, f) for n, s, f in (sat if weekday == 5 else week)}


# --- the classes' weekly plans ------------------------------------------------------------------------------------
PLAN = {
    G6: {
        0: ["Разговоры о важном", "Математика", "Русский язык", "История", "Английский язык"],  # 1st shift: from 0
        1: ["Русский язык", "Математика", "Биология", "Литература"],
        2: ["Математика", "Английский язык", "Физическая культура", "Русский язык"],
        3: ["Русский язык", "Русский язык", "Математика", "История"],  # a double Russian lesson (пара)
        4: ["Литература", "Математика", "Английский язык", "Физическая культура"],
        5: ["Биология", "Математика", "Технология", "Технология"],  # Saturday, technology as a пара
    },
    G7: {
        0: ["Разговоры о важном", "Алгебра", "Физика", "Русский язык", "Литература", "Физическая культура"],
        1: ["Геометрия", "Английский язык", "История", "Алгебра"],
        2: ["Алгебра", "Русский язык", "Английский язык", "Физика", "Технология", "Технология"],
        3: ["Физика", "Геометрия", "Литература", "История"],
        4: ["Алгебра", "Русский язык", "Английский язык", "Физика"],
        5: ["Геометрия", "История", "Литература"],
    },
}

TOPICS = {
    "Математика": ["Деление дробей", "Нахождение числа по его дроби", "Дробные выражения", "Отношения",
                   "Пропорции. Основное свойство пропорции", "Прямая и обратная пропорциональность",
                   "Масштаб", "Длина окружности и площадь круга", "Шар. Сфера", "Контрольная работа № 6",
                   "Координаты на прямой", "Противоположные числа", "Модуль числа", "Сравнение чисел",
                   "Решение задач на пропорции"],
    "Русский язык": ["Имя прилагательное как часть речи", "Степени сравнения прилагательных",
                     "Разряды прилагательных по значению", "Качественные прилагательные",
                     "Относительные прилагательные", "Притяжательные прилагательные", "Морфологический разбор "
                     "прилагательного", "НЕ с прилагательными", "Буквы О и Е после шипящих в суффиксах",
                     "Одна и две буквы Н в суффиксах прилагательных", "Различение на письме суффиксов -К- и -СК-",
                     "Дефисное и слитное написание сложных прилагательных", "Диктант по теме «Имя "
                     "прилагательное»", "Работа над ошибками", "Имя числительное как часть речи",
                     "Простые и составные числительные", "Мягкий знак на конце и в середине числительных",
                     "Порядковые числительные"],
    "Литература": ["А. П. Платонов. «Неизвестный цветок»", "А. С. Грин. «Алые паруса»",
                   "К. Г. Паустовский. «Тёплый хлеб»", "В. Г. Распутин. «Уроки французского»",
                   "Образ учительницы в рассказе", "В. М. Шукшин. «Критики»", "Ф. Искандер. «Тринадцатый подвиг "
                   "Геракла»", "Сочинение по рассказу", "А. А. Блок. «Летний вечер»"],
    "История": ["Русь в середине XII — начале XIII века", "Владимиро-Суздальское княжество",
                "Новгородская республика", "Южные и юго-западные русские княжества", "Монгольская империя",
                "Батыево нашествие на Русь", "Северо-Западная Русь между Востоком и Западом"],
    "Биология": ["Строение стебля", "Видоизменения побегов", "Цветок и его строение", "Соцветия",
                 "Плоды и их классификация", "Распространение плодов и семян"],
    "Английский язык": ["Unit 5. Shopping", "Unit 5. Countable and uncountable nouns", "Unit 5. Reading: At the "
                        "market", "Unit 6. Holidays", "Unit 6. Past Simple: irregular verbs", "Unit 6. Listening",
                        "Unit 6. Writing: a postcard", "Unit 7. Famous people", "Unit 7. Past Continuous"],
    "Технология": ["Разметка заготовок из древесины", "Пиление столярной ножовкой", "Строгание древесины",
                   "Сверление отверстий", "Соединение деталей гвоздями", "Отделка изделий из древесины"],
    "Физическая культура": ["Лыжная подготовка: попеременный двухшажный ход", "Лыжная подготовка: подъём "
                            "ёлочкой", "Лыжная подготовка: торможение плугом", "Прохождение дистанции 1 км",
                            "Лыжная подготовка: одновременный бесшажный ход", "Игры на лыжах"],
    "Разговоры о важном": ["Союзники России", "День российской науки", "Россия и мир"],
    "Алгебра": ["Многочлен и его стандартный вид", "Сложение и вычитание многочленов", "Умножение одночлена на "
                "многочлен", "Вынесение общего множителя за скобки", "Умножение многочлена на многочлен",
                "Разложение многочлена на множители способом группировки", "Контрольная работа № 5",
                "Квадрат суммы и квадрат разности", "Разность квадратов", "Решение задач"],
    "Геометрия": ["Признаки параллельности двух прямых", "Аксиома параллельных прямых", "Свойства параллельных "
                  "прямых", "Сумма углов треугольника", "Внешний угол треугольника", "Соотношения между "
                  "сторонами и углами треугольника"],
    "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Давление в жидкости и газе",
               "Расчёт давления жидкости на дно и стенки сосуда", "Сообщающиеся сосуды",
               "Лабораторная работа «Измерение давления твёрдого тела»", "Вес воздуха. Атмосферное давление",
               "Измерение атмосферного давления", "Барометр-анероид", "Манометры", "Решение задач"],
}
HOMEWORK = {
    "Математика": ["№ 612, 614 (а, б)", "§ 19, № 630, 633", "№ 648, 651; повторить правило", "№ 671, 675 (в, г)",
                   "§ 21, вопросы 1–4, № 690"],
    "Русский язык": ["Упр. 318", "§ 54, упр. 325", "Упр. 331 (списать, обозначить суффиксы)", "§ 56, упр. 340",
                     "Упр. 352; словарные слова на с. 101"],
    "Литература": ["Прочитать «Алые паруса», гл. 1–3", "Пересказ эпизода, с. 87–92", "Ответить на вопросы 1–5 на "
                   "с. 104", "Выучить наизусть «Летний вечер»"],
    "История": ["§ 14, вопросы 1–3 на с. 112", "§ 15, заполнить таблицу", "§ 16, карта на с. 128"],
    "Биология": ["§ 22, рисунок 75 в тетрадь", "§ 23, вопросы после параграфа"],
    "Английский язык": ["SB p. 62, ex. 4; WB p. 38, ex. 1–2", "SB p. 66, ex. 7 (write)", "WB p. 41, ex. 3–5",
                        "SB p. 70: learn the words"],
    "Технология": ["Подготовить эскиз изделия", "Принести заготовку 200×100 мм"],
    "Алгебра": ["№ 587, 589", "§ 26, № 601 (а–г)", "№ 615, 618; повторить формулы", "§ 28, № 640, 642"],
    "Геометрия": ["§ 29, № 199, 201", "§ 30, вопросы 8–12, № 215", "№ 223, 228"],
    "Физика": ["§ 35, упр. 14 (1, 2)", "§ 36, задание 7", "§ 38, упр. 16", "§ 40, вопросы устно, упр. 17 (3)"],
}

DAYS = [dt.date(2027, 1, 25) + dt.timedelta(days=i) for i in range(20) if (dt.date(2027, 1, 25) +
                                                                           dt.timedelta(days=i)).weekday() < 6]
MOVE_DAY = dt.date(2027, 2, 4)  # Thursday: 6В goes to the 2nd shift, 7А to the 1st


def shift_of(group: int, day: dt.date) -> int:
    before = 1 if group == G6 else 2
    return before if day < MOVE_DAY else 3 - before


# the timetable of each class's new shift moves Thursday's lessons (the shift has other rooms and teachers free)
NEW_SHIFT_THURSDAY = {G6: ["Математика", "История", "Русский язык", "Русский язык"],
                      G7: ["Геометрия", "Физика", "Литература", "История"]}


def day_plan(group: int, day: dt.date, shift: int | None = None) -> list[tuple[int, str]]:
    """(number, subject): the 1st shift numbers Monday's first lesson 0 (нулевой урок), the 2nd shift from 1."""
    shift = shift or shift_of(group, day)
    subjects = PLAN[group][day.weekday()]
    if day.weekday() == 3 and shift != (1 if group == G6 else 2):
        subjects = NEW_SHIFT_THURSDAY[group]
    first = 0 if (day.weekday() == 0 and shift == 1) else 1
    return [(first + i, s) for i, s in enumerate(subjects)]


class Ids:
    def __init__(self, base: int) -> None:
        self.next = base

    def __call__(self) -> int:
        self.next += 1
        return self.next


LESSON_ID, WORK_ID, MARK_ID, TASK_ID = (Ids(2260325488544000000), Ids(2260325488545000000),
                                        Ids(2260325488546000000), Ids(2260325488547000000))


def iso(day: dt.date, hhmm: str, extra: str = ":00") -> str:
    return f"{day.isoformat()}T{hhmm}{extra}"


# --- the world --------------------------------------------------------------------------------------------------
def build_lessons() -> dict:
    """Every lesson as it finally is, plus the planned lessons of 02-04..02-06 the school regenerated."""
    topic_at = {g: {s: 0 for s in TOPICS} for g in PLAN}
    final, planned_old = [], []
    for day in DAYS:
        for group in (G6, G7):
            for number, subject in day_plan(group, day):
                shift = shift_of(group, day)
                start, finish = bells(shift, day.weekday())[number]
                topics = TOPICS[subject]
                topic = topics[topic_at[group][subject] % len(topics)]
                topic_at[group][subject] += 1
                lesson = {"id": LESSON_ID(), "group": group, "day": day, "number": number, "subject": subject,
                          "start": start, "finish": finish, "topic": topic, "teacher": TEACHER_OF[group][subject],
                          "room": ROOMS[group][subject], "works": [], "shift": shift}
                lesson["default_work"] = work(lesson, "DefaultNewLessonWork", 4301)
                final.append(lesson)
    # the week-2 plan pulled on 01-30, before the move: Thursday to Saturday in the old shift, other lesson ids
    for day in DAYS:
        if MOVE_DAY <= day <= dt.date(2027, 2, 6):
            for group in (G6, G7):
                old_shift = 3 - shift_of(group, day)
                seen: dict[str, int] = {}
                for number, subject in day_plan(group, day, old_shift):
                    start, finish = bells(old_shift, day.weekday())[number]
                    nth = seen[subject] = seen.get(subject, -1) + 1
                    twin = [x for x in final if x["group"] == group and x["day"] == day and x["subject"] == subject][nth]
                    if day.weekday() == 5:  # Saturday's lessons were moved, not regenerated: same ids, new clock
                        planned_old.append(dict(twin, start=start, finish=finish, shift=old_shift))
                        continue
                    lesson = {"id": LESSON_ID(), "group": group, "day": day, "number": number, "subject": subject,
                              "start": start, "finish": finish, "topic": twin["topic"], "teacher": twin["teacher"],
                              "room": twin["room"], "works": [], "shift": old_shift}
                    lesson["default_work"] = work(lesson, "DefaultNewLessonWork", 4301)
                    planned_old.append(lesson)
    return {"final": final, "planned_old": planned_old}


ROOMS = {
    G6: {"Математика": "21", "Русский язык": "23", "Литература": "23", "История": "31", "Биология": "35",
         "Английский язык": "14", "Технология": "мастерская 2", "Физическая культура": "спортзал",
         "Разговоры о важном": "23"},
    G7: {"Алгебра": "22", "Геометрия": "22", "Физика": "34", "Русский язык": "25", "Литература": "25",
         "История": "31", "Английский язык": "14", "Технология": "мастерская 2", "Физическая культура": "спортзал",
         "Разговоры о важном": "25"},
}


def work(lesson: dict, kind: str, work_type: int, text: str = "", target: dt.date | None = None,
         sent: str | None = None) -> dict:
    wid = WORK_ID()
    tasks = []
    if kind == "Homework":
        for person, p in PUPILS.items():
            if p[4] == lesson["group"]:
                tid = TASK_ID()
                tasks.append({"id": tid, "id_str": str(tid), "person": person, "person_str": str(person),
                              "work": wid, "work_str": str(wid), "status": "NotStarted",
                              "targetDate": f"{target.isoformat()}T00:00:00"})
    body = {"id": wid, "id_str": str(wid), "type": kind, "workType": work_type, "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": kind != "Homework",
            "status": "Sent", "eduGroup": lesson["group"], "eduGroup_str": str(lesson["group"]), "tasks": tasks,
            "text": text, "periodNumber": 3, "periodType": "Quarter", "subjectId": SID[lesson["subject"]],
            "isImportant": work_type == 4303,
            "targetDate": f"{(target or lesson['day']).isoformat()}T00:00:00", "sentDate": sent,
            "createdBy": lesson["teacher"], "files": [], "oneDriveLinks": []}
    lesson["works"].append(body)
    return body


def add_marks_and_homework(lessons: list[dict]) -> tuple[list[dict], list[dict]]:
    marks, homeworks = [], []
    values = ["5", "4", "4-", "3", "5", "4+", "5-", "3+", "4", "2", "5", "4"]
    vi = 0
    by_group = {g: [x for x in lessons if x["group"] == g] for g in PLAN}
    for lesson in lessons:
        group, day, subject, number = lesson["group"], lesson["day"], lesson["subject"], lesson["number"]
        pupils = [p for p, v in PUPILS.items() if v[4] == group]
        same_day = [x for x in by_group[group] if x["day"] == day and x["subject"] == subject]
        pair_first = len(same_day) == 2 and same_day[0] is lesson
        pair_second = len(same_day) == 2 and same_day[1] is lesson
        di = DAYS.index(day)
        if subject == "Разговоры о важном":
            continue
        # marks: the first lesson of a pair always (practical work), other lessons on a rota
        if pair_first or (not pair_second and (di + number) % 3 == 0):
            if pair_first and subject == "Технология":
                w = work(lesson, "LaboratoryWork", 4304)
            elif lesson["topic"].startswith("Контрольная") or lesson["topic"].startswith("Диктант"):
                w = work(lesson, "LessonTestWork", 4303)
            else:
                w = lesson["default_work"]
            who = pupils if pair_first or w["workType"] == 4303 else [pupils[(di + number) % len(pupils)],
                                                                     pupils[(di + number + 1) % len(pupils)]]
            end = lesson["finish"]
            for k, person in enumerate(who):
                value = values[vi % len(values)]
                vi += 1
                mid = MARK_ID()
                marks.append({"id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
                              "person": person, "person_str": str(person), "work": w["id"],
                              "work_str": str(w["id"]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
                              "number": 0, "date": f"{day.isoformat()}T{end}:{10 + k:02d}.{(mid % 900) + 100}",
                              "workType": w["workType"],
                              "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"),
                              "use_avg_calc": True, "_group": group})
        # homework: on the second lesson of a pair, never on the first; else on a rota; not in PE
        if subject in HOMEWORK and not pair_first and (pair_second or (di + number) % 3 == 1):
            later = [x for x in by_group[group] if x["subject"] == subject and x["day"] > day]
            if not later:
                continue
            due = later[0]["day"]
            texts = HOMEWORK[subject]
            text = texts[sum(1 for h in homeworks if h["_subject"] == subject and h["_group"] == group) % len(texts)]
            sent = f"{day.isoformat()}T{lesson['finish']}:41.5"
            w = work(lesson, "Homework", 4307, text=text, target=due, sent=sent)
            homeworks.append({"work": w, "_subject": subject, "_group": group, "lesson": lesson})
    return marks, homeworks


def subject_obj(subject: str) -> dict:
    sid = SID[subject]
    return {"id": sid, "id_str": str(sid), "name": subject, "knowledgeArea": SUBJECTS[sid][1], "fgosSubjectId": None}


def lesson_entity(lesson: dict, status: str, with_works: bool = True) -> dict:
    works = [w for w in lesson["works"]] if with_works else [lesson["default_work"]]
    return {"id": lesson["id"], "id_str": str(lesson["id"]), "title": lesson["topic"],
            "date": iso(lesson["day"], lesson["start"]), "number": lesson["number"],
            "subject": subject_obj(lesson["subject"]), "group": lesson["group"], "status": status,
            "resultPlaceId": 0, "works": works, "teachers": [lesson["teacher"]],
            "teachers_str": [str(lesson["teacher"])]}


def flat_lesson(lesson: dict) -> dict:
    return {"id": lesson["id"], "title": lesson["topic"], "date": iso(lesson["day"], lesson["start"]),
            "number": lesson["number"], "subjectId": SID[lesson["subject"]], "status": "Conducted",
            "resultPlaceId": 0, "building": "Основное здание", "place": lesson["room"],
            "floor": "1" if lesson["room"] in ("14", "спортзал", "мастерская 2") else ("2" if lesson["room"] < "30"
                                                                                         else "3"),
            "hours": f"{lesson['start']} - {lesson['finish']}", "works": [w["id"] for w in lesson["works"]],
            "teachers": [lesson["teacher"]]}


def person(pid: int, last: str, first: str, middle: str, sex: str, user: int | None) -> dict:
    return {"id": pid, "id_str": str(pid), "userId": user, "userId_str": None if user is None else str(user),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "sex": sex}


def edu_group(group: int, shift: int) -> dict:
    tt = 1000006430001 if shift == 1 else 1000006430002
    return {"id": group, "id_str": str(group), "parentIds": [], "parentIds_str": [], "type": "Group",
            "name": GROUPS[group], "fullName": "", "parallel": int(GROUPS[group][0]), "timetable": tt,
            "timetable_str": str(tt), "status": "Active", "studyyear": YEAR, "educationType": "Regular",
            "subjects": [], "journaltype": "Default"}


def rec(request: str, body, pulled: str, request_body=None) -> dict:
    out = {"request": request, "body": body}
    if request_body is not None:
        out["request_body"] = request_body
    out["pulled_at"] = pulled
    return out


def clean(mark: dict) -> dict:
    return {k: v for k, v in mark.items() if not k.startswith("_")}


def main() -> None:
    world = build_lessons()
    final, planned_old = world["final"], world["planned_old"]
    marks, homeworks = add_marks_and_homework(final)

    def lessons_in(group, a, b, pool=None):
        return [x for x in (pool or final) if x["group"] == group and a <= x["day"] <= b]

    def marks_in(group, a, b):
        ids = {x["id"] for x in lessons_in(group, a, b)}
        return [clean(m) for m in marks if m["lesson"] in ids]

    weeks = [(DAYS[0], DAYS[5]), (DAYS[6], DAYS[11]), (DAYS[12], DAYS[17])]

    # attendance: the journal's log (§3.5), entries other than a plain presence, and the presences that matter
    def find(group, day, subject, nth=0):
        return [x for x in final if x["group"] == group and x["day"] == day and x["subject"] == subject][nth]

    d = dict((x.isoformat(), x) for x in DAYS)
    log_plan = [  # (lesson, person, status, comment, minutes after the start)
        (find(G6, d["2027-01-25"], "Разговоры о важном"), 1000012430602, "Late", "опоздал на 7 минут", 9),
        (find(G6, d["2027-01-25"], "Математика"), 1000012430602, "Attend", "", 2),
        (find(G6, d["2027-01-28"], "Русский язык", 0), 1000012430603, "Late", "автобус", 12),
        (find(G6, d["2027-01-28"], "Русский язык", 1), 1000012430603, "Attend", "", 1),
        (find(G6, d["2027-01-30"], "Технология", 0), 1000012430604, "Attend", "", 1),
        (find(G6, d["2027-01-30"], "Технология", 1), 1000012430604, "Ill", "ушёл к медсестре", 2),
        (find(G6, d["2027-02-02"], "Биология"), 1000012430601, "Pass", "соревнования", 1),
        (find(G6, d["2027-02-04"], "Русский язык", 0), 1000012430601, "Attend", "", 1),
        (find(G6, d["2027-02-04"], "Русский язык", 1), 1000012430601, "Absent", "", 1),
        (find(G6, d["2027-02-06"], "Технология", 1), 1000012430602, "Late", "", 3),
        (find(G6, d["2027-02-08"], "Разговоры о важном"), 1000012430604, "Absent", "", 1),
        (find(G6, d["2027-02-08"], "Английский язык"), 1000012430603, "Ill", "справка", 1),
        (find(G6, d["2027-02-11"], "История"), 1000012430601, "Late", "", 5),
        (find(G7, d["2027-01-25"], "Физическая культура"), 1000012430702, "Absent", "", 1),
        (find(G7, d["2027-01-27"], "Технология", 0), 1000012430701, "Attend", "", 1),
        (find(G7, d["2027-01-27"], "Технология", 1), 1000012430701, "Pass", "ушла с родителями", 1),
        (find(G7, d["2027-02-03"], "Технология", 1), 1000012430703, "Late", "", 4),
        (find(G7, d["2027-02-08"], "Разговоры о важном"), 1000012430701, "Late", "", 6),
        (find(G7, d["2027-02-10"], "Технология", 0), 1000012430702, "Ill", "", 1),
        (find(G7, d["2027-02-10"], "Технология", 1), 1000012430702, "Ill", "", 1),
        (find(G7, d["2027-02-13"], "История"), 1000012430703, "Attend", "", 1),
    ]
    log = []
    for lesson, pid, status, comment, minutes in log_plan:
        h, m = map(int, lesson["start"].split(":"))
        t = dt.datetime(2000, 1, 1, h, m) + dt.timedelta(minutes=minutes)
        log.append({"person": pid, "person_str": str(pid), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
                    "comment": comment, "status": status,
                    "createdDate": f"{lesson['day'].isoformat()}T{t:%H:%M}:{(pid % 50) + 5:02d}.{pid % 97}",
                    "_group": lesson["group"], "_day": lesson["day"]})

    def log_in(group, a, b):
        return [{k: v for k, v in e.items() if not k.startswith("_")} for e in log
                if e["_group"] == group and a <= e["_day"] <= b]

    def hw_bundle(a, b):
        hws = [h for h in homeworks if a <= h["lesson"]["day"] <= b]
        lessons = [h["lesson"] for h in hws]
        subjects = sorted({x["subject"] for x in lessons}, key=lambda s: SID[s])
        teachers = sorted({x["teacher"] for x in lessons})
        return {"works": [h["work"] for h in hws],
                "subjects": [{"id": SID[s], "name": s, "knowledgeAreaId": 0} for s in subjects],
                "lessons": [flat_lesson(x) for x in lessons], "files": [],
                "teachers": [person(t, *TEACHERS[t][:3], TEACHERS[t][3], t - 1000000000) for t in teachers]}

    def schedules(pid, a, b):
        group = PUPILS[pid][4]
        days = []
        day = a
        while day <= b:
            ls = [x for x in final if x["group"] == group and x["day"] == day]
            if ls:
                ids = {x["id"] for x in ls}
                nxt = day + dt.timedelta(days=1 if day.weekday() < 5 else 2)
                days.append({
                    "date": f"{day.isoformat()}T00:00:00",
                    "lessons": [flat_lesson(x) for x in ls],
                    "marks": [clean(m) for m in marks if m["lesson"] in ids and m["person"] == pid],
                    "works": [w for x in ls for w in x["works"] if w["type"] != "Homework"],
                    "homeworks": [w for x in ls for w in x["works"] if w["type"] == "Homework"],
                    "subjects": [{"id": SID[s], "name": s, "knowledgeAreaId": 0}
                                 for s in sorted({x["subject"] for x in ls}, key=lambda s: SID[s])],
                    "workTypes": [{"id": i, "schoolId": SCHOOL, "abbreviation": ab, "name": t, "isFinal": False,
                                   "isImportant": i == 4303, "kindId": i - 4300, "kind": k}
                                  for i, k, t, ab, _ in WORK_TYPES],
                    "lessonLogEntries": [{k: v for k, v in e.items() if not k.startswith("_")} for e in log
                                         if e["lesson"] in ids and e["person"] == pid],
                    "teachers": [{"person": person(t, *TEACHERS[t][:3], TEACHERS[t][3], t - 1000000000),
                                  "role": "Teacher"} for t in sorted({x["teacher"] for x in ls})],
                    "nextDate": f"{nxt.isoformat()}T00:00:00"})
            day += dt.timedelta(days=1)
        return {"days": days}

    v2 = "GET /v2"
    steps = []

    # 1. Sunday 2027-01-24: the school's reference data, the bells of both shifts and of each class
    p = "2027-01-24T18:00:{:02d}" + TZ
    users = [{"id": t - 1000000000, "id_str": str(t - 1000000000), "personId": t, "personId_str": str(t),
              "name": f"{v[1]} {v[0]}", "email": "", "login": None, "fullName": f"{v[0]} {v[1]} {v[2]}",
              "fullNameInverse": f"{v[1]} {v[2]} {v[0]}", "firstName": v[1], "middleName": v[2], "lastName": v[0],
              "shortName": f"{v[0]} {v[1][0]}. {v[2][0]}.", "locale": "ru-RU", "timezone": "+10:00", "sex": v[3],
              "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": None, "roles": ["EduStaff"],
              "phone": ""} for t, v in TEACHERS.items()]
    ref = [
        rec(f"{v2}/schools/{SCHOOL}", {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «СОШ № 43»",
                                        "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя "
                                                    "общеобразовательная школа № 43» г. Владивостока",
                                        "avatarSmall": None, "city": "Владивосток", "municipality": "г. Владивосток",
                                        "regionId": 25, "markType": "mark5", "timeZone": 10, "uses_avg": True,
                                        "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                        "tsoRegionTreePath": "25."}, p.format(0)),
        rec(f"{v2}/schools/{SCHOOL}/subjects",
            [{"id": sid, "id_str": str(sid), "name": n, "knowledgeArea": ka, "fgosSubjectId": None,
              "halfYear": False} for sid, (n, ka) in SUBJECTS.items()], p.format(1)),
        rec(f"{v2}/work-types/{SCHOOL}",
            [{"id": i, "id_str": str(i), "schoolId": SCHOOL, "kindId": i - 4300, "kind": k, "title": t, "abbr": ab,
              "weight": w} for i, k, t, ab, w in WORK_TYPES], p.format(2)),
        rec(f"{v2}/schools/{SCHOOL}/edu-groups", [edu_group(G6, 1), edu_group(G7, 2)], p.format(3)),
        rec("POST /v2/edu-groups",
            [{"group": edu_group(g, 1 if g == G6 else 2),
              "students": [{"person": person(pid, *v[:3], v[3], pid - 1000000000), "membershipstatus": "Active"}
                           for pid, v in PUPILS.items() if v[4] == g]} for g in (G6, G7)],
            p.format(4), request_body=[G6, G7]),
        rec(f"{v2}/schools/{SCHOOL}/timetables", [timetable(1), timetable(2)], p.format(5)),
        rec(f"{v2}/edu-groups/{G6}/timetables", [timetable(1)], p.format(6)),
        rec(f"{v2}/edu-groups/{G7}/timetables", [timetable(2)], p.format(7)),
    ]
    for k, g in enumerate((G6, G7)):
        ref.append(rec(f"{v2}/edu-groups/{g}/reporting-period-group", {
            "id": 1000008430000 + k, "reportingPeriods": [
                {"id": 1000007430001, "id_str": "1000007430001", "start": "2026-09-01T00:00:00",
                 "finish": "2026-10-30T00:00:00", "number": 1, "type": "Quarter", "name": "1 четверть", "year": YEAR},
                {"id": 1000007430002, "id_str": "1000007430002", "start": "2026-11-09T00:00:00",
                 "finish": "2026-12-29T00:00:00", "number": 2, "type": "Quarter", "name": "2 четверть", "year": YEAR},
                {"id": 1000007430003, "id_str": "1000007430003", "start": "2027-01-11T00:00:00",
                 "finish": "2027-03-20T00:00:00", "number": 3, "type": "Quarter", "name": "3 четверть", "year": YEAR},
                {"id": 1000007430004, "id_str": "1000007430004", "start": "2027-03-30T00:00:00",
                 "finish": "2027-05-29T00:00:00", "number": 4, "type": "Quarter", "name": "4 четверть", "year": YEAR}],
            "holidays": [
                {"id": 1000009430001, "reportingPeriodGroupId": 1000008430000 + k, "dateStart": "2026-10-31T00:00:00",
                 "dateFinish": "2026-11-08T00:00:00", "name": "Осенние каникулы", "description": ""},
                {"id": 1000009430002, "reportingPeriodGroupId": 1000008430000 + k, "dateStart": "2026-12-30T00:00:00",
                 "dateFinish": "2027-01-10T00:00:00", "name": "Зимние каникулы", "description": ""},
                {"id": 1000009430003, "reportingPeriodGroupId": 1000008430000 + k, "dateStart": "2027-02-23T00:00:00",
                 "dateFinish": "2027-02-23T00:00:00", "name": "День защитника Отечества", "description": ""}]},
            p.format(8 + k)))
    ref.append(rec(f"{v2}/schools/{SCHOOL}/teachers", [
        {"Id": t, "IdStr": str(t), "UserId": t - 1000000000, "UserIdStr": str(t - 1000000000), "FirstName": v[1],
         "LastName": v[0], "MiddleName": v[2], "ShortName": f"{v[0]} {v[1][0]}. {v[2][0]}.", "Sex": v[3],
         "DateBirth": None, "Email": None, "Subjects": None, "HouseMaster": t in CLASS_TEACHER.values(),
         "Education": "Высшее", "StartDate": "2015-09-01T00:00:00", "PedagogicalActivityDate": "2012-09-01T00:00:00",
         "TeachingStaff": True, "NameTeacherPosition": "Учитель"} for t, v in TEACHERS.items()], p.format(10)))
    ref.append(rec("POST /v2/users/many", users, p.format(11), request_body=[u["id"] for u in users]))
    for k, g in enumerate((G6, G7)):
        t = CLASS_TEACHER[g]
        ref.append(rec(f"{v2}/edu-groups/{g}/classteacher", person(t, *TEACHERS[t][:3], TEACHERS[t][3],
                                                                     t - 1000000000), p.format(12 + k)))
    for k, (user, (pid, last, first, middle, child)) in enumerate(PARENTS.items()):
        c = PUPILS[child]
        ref.append(rec(f"{v2}/users/{user}/context", {
            "userId": user, "userId_str": str(user), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [], "schools": [{"id": SCHOOL, "name": "МБОУ «СОШ № 43»",
                                                                 "type": "School", "groupIds": [c[4]]}],
            "eduGroups": [], "children": [{"personId": child, "personId_str": str(child), "firstName": c[1],
                                           "lastName": c[0], "middleName": c[2],
                                           "shortName": f"{c[0]} {c[1][0]}. {c[2][0]}.", "schoolIds": [SCHOOL],
                                           "groupIds": [c[4]]}], "splitId": None}, p.format(14 + k)))
    steps.append({"name": "1. reference data and each shift's bells (Sun 2027-01-24)", "batches": [ref]})

    # 2. Saturday 2027-01-30 evening: week 1 after the week; the plan of week 2 (still in the old shifts)
    a, b = weeks[0]
    p = "2027-01-30T20:{:02d}:00" + TZ
    batch = []
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a}/{b}",
                         [lesson_entity(x, "Conducted") for x in lessons_in(g, a, b)], p.format(k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/marks/{a}/{b}", marks_in(g, a, b), p.format(2 + k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/lesson-log-entries/group/{g}?from={a}&to={b}", log_in(g, a, b), p.format(4 + k)))
    batch.append(rec(f"{v2}/users/me/school/{SCHOOL}/homeworks?startDate={a}&endDate={b}", hw_bundle(a, b),
                     p.format(6)))
    batch.append(rec(f"{v2}/persons/1000012430601/groups/{G6}/schedules?startDate={a}&endDate={b}",
                     schedules(1000012430601, a, b), p.format(7)))
    a2, b2 = weeks[1]
    for k, g in enumerate((G6, G7)):
        plan = [x for x in lessons_in(g, a2, b2) if x["day"] < MOVE_DAY] + lessons_in(g, a2, b2, planned_old)
        plan.sort(key=lambda x: (x["day"], x["number"]))
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a2}/{b2}",
                         [lesson_entity(x, "Planned", with_works=False) for x in plan], p.format(8 + k)))
    steps.append({"name": "2. week 1 after the week, week 2 as planned (Sat 2027-01-30)", "batches": [batch]})

    # 3. Wednesday 2027-02-03 evening: the daily reference refresh, the classes' bells still the old ones
    p = "2027-02-03T21:00:{:02d}" + TZ
    late_g6 = rec(f"{v2}/edu-groups/{G6}/timetables", [timetable(1)], p.format(0))
    steps.append({"name": "3. daily refresh (Wed 2027-02-03 21:00): 7А's bells, still the 2nd shift",
                  "batches": [[rec(f"{v2}/edu-groups/{G7}/timetables", [timetable(2)], p.format(1))]]})

    # 4. Thursday 2027-02-04 07:30: the classes swapped shifts; the regenerated lessons of Thursday to Saturday
    p = "2027-02-04T07:30:{:02d}" + TZ
    a3, b3 = MOVE_DAY, weeks[1][1]
    batch = [rec(f"{v2}/schools/{SCHOOL}/edu-groups", [edu_group(G6, 2), edu_group(G7, 1)], p.format(0)),
             rec(f"{v2}/edu-groups/{G6}/timetables", [timetable(2)], p.format(1)),
             rec(f"{v2}/edu-groups/{G7}/timetables", [timetable(1)], p.format(2))]
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a3}/{b3}",
                         [lesson_entity(x, "Planned", with_works=False) for x in lessons_in(g, a3, b3)],
                         p.format(3 + k)))
    steps.append({"name": "4. the shifts swap from Thu 2027-02-04: new bells, Thursday to Saturday regenerated",
                  "batches": [batch]})

    # 5. the Wednesday refresh of 6В's bells, failed with a 503 and re-sent by the job after step 4
    steps.append({"name": "5. 6В's bells pulled Wed 2027-02-03 21:00, re-sent after a 503 (delivered late)",
                  "batches": [[late_g6]]})

    # 6. Saturday 2027-02-06 evening: week 2 after the week; the plan of week 3 (the new shifts)
    a, b = weeks[1]
    p = "2027-02-06T20:{:02d}:00" + TZ
    batch = []
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a}/{b}",
                         [lesson_entity(x, "Conducted") for x in lessons_in(g, a, b)], p.format(k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/marks/{a}/{b}", marks_in(g, a, b), p.format(2 + k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/lesson-log-entries/group/{g}?from={a}&to={b}", log_in(g, a, b), p.format(4 + k)))
    batch.append(rec(f"{v2}/users/me/school/{SCHOOL}/homeworks?startDate={a}&endDate={b}", hw_bundle(a, b),
                     p.format(6)))
    a2, b2 = weeks[2]
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a2}/{b2}",
                         [lesson_entity(x, "Planned", with_works=False) for x in lessons_in(g, a2, b2)],
                         p.format(8 + k)))
    steps.append({"name": "6. week 2 after the week, week 3 as planned (Sat 2027-02-06)", "batches": [batch]})

    # 7. Saturday 2027-02-13 evening: week 3 after the week, both pupils' schedules bundles
    a, b = weeks[2]
    p = "2027-02-13T20:{:02d}:00" + TZ
    batch = []
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/lessons/{a}/{b}",
                         [lesson_entity(x, "Conducted") for x in lessons_in(g, a, b)], p.format(k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/edu-groups/{g}/marks/{a}/{b}", marks_in(g, a, b), p.format(2 + k)))
    for k, g in enumerate((G6, G7)):
        batch.append(rec(f"{v2}/lesson-log-entries/group/{g}?from={a}&to={b}", log_in(g, a, b), p.format(4 + k)))
    batch.append(rec(f"{v2}/users/me/school/{SCHOOL}/homeworks?startDate={a}&endDate={b}", hw_bundle(a, b),
                     p.format(6)))
    batch.append(rec(f"{v2}/persons/1000012430601/groups/{G6}/schedules?startDate={a}&endDate={b}",
                     schedules(1000012430601, a, b), p.format(7)))
    batch.append(rec(f"{v2}/persons/1000012430701/groups/{G7}/schedules?startDate={a}&endDate={b}",
                     schedules(1000012430701, a, b), p.format(8)))
    steps.append({"name": "7. week 3 after the week, two pupils' schedules (Sat 2027-02-13)", "batches": [batch]})

    journey = {
        "vendor": "dnevnik_ru",
        "description": "Dnevnik.ru journey 43: МБОУ «СОШ № 43», Владивосток (timeZone 10), a school in two shifts "
                       "with a six-day week. 6В in the 1st shift (a 0th lesson on Mondays at 07:40) and 7А in the 2nd "
                       "(lessons 14:00 to 19:00, numbered from 1 again) swap shifts from Thursday 2027-02-04, in the "
                       "middle of the quarter and of a week: their bells (edu-groups/{g}/timetables, §3.14) change, "
                       "Thursday to Saturday are regenerated under new lesson ids, Monday's numbering changes. Double "
                       "lessons (Русский язык, Технология), Saturday bells of each shift (DaysOfWeek). Three weeks "
                       "2027-01-25 .. 2027-02-13.",
        "school": {"timezone": "Asia/Vladivostok", "name": "МБОУ «СОШ № 43»"},
        "steps": steps,
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
