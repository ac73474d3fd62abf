#!/usr/bin/env python3
"""Write journey.json for Eljur corpus 34: a month of an integrator's daily cadence for one pupil of class 7А
(Школа № 34, vendor sch34), 19 October - 15 November 2025, with the autumn holiday week and 4 November off.

The journal is modelled as a timeline (lessons, tasks, marks and absences, each with the time it appeared, its
edits and its removal); every answer is the journal's state at the answer's `pulled_at` over the requested `days`
(A.1 `days=YYYYMMDD-YYYYMMDD`, A.3 Day). Shapes follow /work/shared/reference/elzhur_mesh.md Part A (A.1-A.6,
examples E1-E5). Standard library only, deterministic; all names, ids and texts invented.
"""
import datetime as dt
import json
import os
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = "+03:00"
CLS = "7А"
PUPIL, PUPIL_TITLE = "34017", "Белова Алиса"
PARENT, PARENT_TITLE = "34901", "Белова Марина Сергеевна"
G1, G2 = "1 группа", "2 группа"
MY_GRP = G2
WEEKDAY = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
BELLS = [("08:30:00", "09:15:00"), ("09:25:00", "10:10:00"), ("10:25:00", "11:10:00"), ("11:25:00", "12:10:00"),
         ("12:25:00", "13:10:00"), ("13:20:00", "14:05:00")]
VACATION = {}
for _i in range(5):
    VACATION[dt.date(2025, 10, 27) + dt.timedelta(days=_i)] = "Осенние каникулы"
VACATION[dt.date(2025, 11, 4)] = "День народного единства"

TIMETABLE = {  # weekday -> [(num, subject, grp)]
    0: [(1, "Алгебра", None), (2, "Русский язык", None), (3, "История", None), (4, "Английский язык", G1),
        (4, "Английский язык", G2), (5, "Физическая культура", None)],
    1: [(1, "Физика", None), (2, "Литература", None), (3, "Геометрия", None), (4, "Биология", None),
        (5, "Русский язык", None), (6, "Музыка", None)],
    2: [(1, "Алгебра", None), (2, "Английский язык", G1), (2, "Английский язык", G2), (3, "География", None),
        (4, "Русский язык", None), (5, "Информатика", None)],
    3: [(1, "Геометрия", None), (2, "Физика", None), (3, "Литература", None), (4, "Обществознание", None),
        (5, "Физическая культура", None)],
    4: [(1, "Алгебра", None), (2, "Английский язык", G1), (2, "Английский язык", G2), (3, "История", None),
        (4, "Русский язык", None), (5, "Биология", None)],
}
TEACH = {  # (subject, grp) -> (teacher, room)
    ("Алгебра", None): ("Соболев Андрей Николаевич", "305"),
    ("Геометрия", None): ("Соболев Андрей Николаевич", "305"),
    ("Русский язык", None): ("Гусева Татьяна Владимировна", "210"),
    ("Литература", None): ("Гусева Татьяна Владимировна", "210"),
    ("История", None): ("Лебедев Павел Аркадьевич", "112"),
    ("Обществознание", None): ("Лебедев Павел Аркадьевич", "112"),
    ("Английский язык", G1): ("Кравец Елена Олеговна", "318"),
    ("Английский язык", G2): ("Мартынова Ольга Игоревна", "320"),
    ("Физическая культура", None): ("Тарасов Игорь Валентинович", "Спортзал"),
    ("Физика", None): ("Ковалёва Наталья Петровна", "214"),
    ("Биология", None): ("Фомина Светлана Юрьевна", "207"),
    ("География", None): ("Рябов Олег Станиславович", "209"),
    ("Информатика", None): ("Зуев Максим Андреевич", "401"),
    ("Музыка", None): ("Полякова Ирина Львовна", "105"),
}
CLASS_TEACHER = ("Гусева Татьяна Владимировна", "30210")
TOPICS = {
    "Алгебра": ["Степень с натуральным показателем", "Свойства степени", "Одночлены", "Умножение одночленов",
                "Возведение одночлена в степень", "Многочлены", "Решение задач", "Сложение многочленов",
                "Вычитание многочленов"],
    "Геометрия": ["Признаки равенства треугольников", "Медианы, биссектрисы и высоты", "Равнобедренный треугольник",
                  "Решение задач на построение", "Окружность", "Второй признак равенства треугольников"],
    "Русский язык": ["Причастный оборот", "Деепричастие", "Деепричастный оборот",
                     "Правописание не с деепричастиями", "Наречие как часть речи", "Разряды наречий",
                     "Степени сравнения наречий", "Словообразование наречий", "Словарный диктант",
                     "Правописание н и нн в наречиях", "Повторение"],
    "Литература": ["А. С. Пушкин «Полтава»", "«Полтавский бой»", "М. Ю. Лермонтов «Песня про царя Ивана Васильевича…»", "Н. В. Гоголь «Тарас Бульба»",
                   "Образ Остапа и Андрия"],
    "История": ["Смутное время", "Ополчение Минина и Пожарского", "Первые Романовы", "Соборное уложение 1649 года",
                "Церковный раскол", "Народные движения XVII века"],
    "Обществознание": ["Что значит жить по правилам", "Права и обязанности граждан", "Почему важно соблюдать законы"],
    "Английский язык": ["Unit 3. Free time", "Present Perfect", "Reading: A day out", "Unit 4. Towns",
                        "Vocabulary: places in town", "Listening practice"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Баскетбол: передачи", "Гимнастика", "Опорный прыжок",
                            "Эстафеты"],
    "Физика": ["Плотность вещества", "Расчёт массы и объёма", "Сила тяжести", "Сила упругости", "Вес тела",
               "Динамометр"],
    "Биология": ["Корень и его функции", "Побег и почки", "Строение стебля", "Лист", "Видоизменения побегов",
                 "Цветок"],
    "География": ["Климат Земли", "Воздушные массы", "Климатические пояса"],
    "Информатика": ["Кодирование информации", "Двоичный код", "Единицы измерения информации"],
    "Музыка": ["Музыкальная драматургия", "Опера «Иван Сусанин»", "Балет"],
}
HW_TEXT = {
    "Алгебра": ["№ 245, 247", "№ 251–254", "№ 260 (а, б), 262", "Повторить § 5–7", "№ 281, 284", "№ 301–305",
                "№ 330, 331", "№ 340 (устно), 342", "№ 350–352"],
    "Геометрия": ["§ 15, № 105", "§ 16, № 112, 114", "№ 120 (чертёж)", "Подготовиться к контрольной",
                  "§ 17, № 130", "§ 18, вопросы 1–5"],
    "Русский язык": ["Упр. 180", "Упр. 185 (письменно)", "Упр. 191", "Правило на с. 96, упр. 195", "Упр. 201",
                     "Упр. 206", "Упр. 210 (по заданию)", "Выучить словарные слова с. 104", "Упр. 215",
                     "Упр. 219", "Упр. 223", "Упр. 230"],
    "Литература": ["Прочитать поэму «Полтава»", "Дописать сочинение", "Прочитать «Песню про царя Ивана Васильевича…»",
                   "Прочитать «Тарас Бульба», главы 1–3", "Характеристика Остапа (письменно)"],
    "История": ["§ 9, вопросы 1–4", "§ 10, таблица", "§ 11, термины", "§ 12, пересказ", "§ 13, вопросы 2, 3",
                "§ 14, сообщение"],
    "Обществознание": ["§ 4, вопросы 1–3", "§ 5, задание 2", "§ 7, термины"],
    ("Английский язык", G1): ["WB p. 20, ex. 1", "SB p. 34, ex. 5", "WB p. 22, ex. 3", "SB p. 38, words",
                              "WB p. 24, ex. 2", "SB p. 41, ex. 4"],
    ("Английский язык", G2): ["SB p. 33, ex. 6", "WB p. 21, ex. 2, 3", "Learn the words p. 36", "SB p. 39, ex. 7",
                              "WB p. 25, ex. 1", "Write an email (80 words)", "SB p. 44, ex. 2",
                              "WB p. 27, ex. 4"],
    "Физика": ["§ 21, упр. 7", "§ 22, задачи 1, 2", "§ 23, упр. 8 (1–3)", "§ 24, вопросы", "§ 25, упр. 9",
               "§ 26, лабораторная (оформить)"],
    "Биология": ["§ 10, рисунок корня", "§ 11, вопросы 1–4", "§ 12", "§ 13, таблица", "§ 14", "§ 15, вопросы 1, 2"],
    "География": ["§ 8, контурная карта", "§ 9, вопросы", "§ 10, таблица поясов"],
    "Информатика": ["§ 1.3, вопросы 1–5", "Задачи 4, 5 с. 22", "§ 1.4, задача 3"],
}
NO_HOMEWORK = {"Физическая культура", "Музыка"}
FIRST, LAST = dt.date(2025, 9, 1), dt.date(2025, 11, 21)  # lessons generated over this span

# --- the journal's changes (the times are Moscow time) --------------------------------------------------------


def T(date, hhmm):
    return f"{date}T{hhmm}:00{TZ}"


LESSON_CHANGES = {  # (date, subject) -> [(from time, {field: value})]
    ("2025-10-23", "Физика"): [(T("2025-10-23", "07:00"), {"teacher": "Громов Виталий Евгеньевич"})],
    ("2025-11-07", "Биология"): [(T("2025-11-06", "18:00"), {"room": "105"})],
    ("2025-11-07", "Алгебра"): [(T("2025-11-07", "10:00"), {"topic": "Линейная функция и её график"})],
}
TOPIC_FIX = {("2025-10-24", "Алгебра"): "Контрольная работа № 2", ("2025-11-13", "Геометрия"): "Контрольная работа № 1",
             ("2025-10-22", "Русский язык"): "Контрольный диктант",
             ("2025-10-23", "Литература"): "Сочинение по поэме «Полтава»",
             ("2025-11-12", "Русский язык"): "Словарный диктант. Наречие"}
HOMEWORK_BASE = {("2025-10-23", "Литература"): "Выучить отрывок из поэмы «Полтава» (с. 112)",
                 ("2025-11-13", "Обществознание"): "§ 6, вопросы",
                 ("2025-11-07", "Алгебра"): "№ 318, 320, 322",
                 ("2025-11-14", "Биология"): "Подготовить сообщение о видоизменённых побегах"}
LESSON_REMOVED = {("2025-11-11", "Музыка"): T("2025-11-10", "20:00")}  # the teacher is ill: no lesson
HOMEWORK_EDITS = {  # (date, subject) -> [(time, new text)]
    ("2025-10-23", "Литература"): [(T("2025-10-23", "07:05"), "Выучить наизусть «Полтавский бой» (с. 114–115)")],
    ("2025-11-13", "Обществознание"): [(T("2025-11-13", "07:00"), "§ 6, вопросы 1–3 письменно")],
}
HOMEWORK_REMOVED = {("2025-11-07", "Алгебра"): T("2025-11-06", "07:15"),
                    ("2025-11-14", "Биология"): T("2025-11-15", "08:00")}
HOMEWORK_FILES = {("2025-10-21", "Геометрия"): "чертёж к № 120.pdf", ("2025-11-05", "География"): "контурная карта.pdf"}

WT = {  # work type -> (mtype id, short, weight)
    "Работа на уроке": (1, "РУ", 1), "Ответ на уроке": (2, "ОУ", 1), "Домашняя работа": (3, "ДР", 1),
    "Самостоятельная работа": (4, "СР", 2), "Контрольная работа": (5, "КР", 3), "Практическая работа": (6, "ПР", 1),
    "Контрольный диктант": (7, "КД", 2), "Сочинение": (8, "СОЧ", 2), "Словарный диктант": (9, "СД", 1),
}


def M(date, subject, value, wt="", nm=1, created=None, changes=(), removed=None, comment=""):
    return {"date": date, "subject": subject, "value": value, "wt": wt, "nm": nm,
            "created": created or T(date, "15:30"), "changes": list(changes), "removed": removed, "comment": comment}


MARKS = [
    # quarter I before the month: only getmarks (over the quarter) shows them
    M("2025-09-15", "Алгебра", "5", "Работа на уроке"), M("2025-09-24", "Алгебра", "4", "Самостоятельная работа"),
    M("2025-10-03", "Алгебра", "5", "Домашняя работа"), M("2025-09-16", "Физика", "4", "Ответ на уроке"),
    M("2025-10-07", "Физика", "5", "Контрольная работа"), M("2025-09-22", "Русский язык", "4", "Работа на уроке"),
    M("2025-10-08", "Русский язык", "5", "Контрольный диктант"), M("2025-09-19", "История", "5", "Ответ на уроке"),
    M("2025-10-06", "Английский язык", "4", "Работа на уроке"), M("2025-10-14", "Геометрия", "5", "Работа на уроке"),
    M("2025-09-25", "Литература", "4", "Ответ на уроке"), M("2025-10-10", "Биология", "4", "Ответ на уроке"),
    M("2025-10-01", "География", "5", "Практическая работа"), M("2025-10-02", "Обществознание", "5", "Ответ на уроке"),
    M("2025-10-15", "Информатика", "5", "Практическая работа"), M("2025-10-09", "Физическая культура", "5", "Работа на уроке"),
    # week 20-24 October
    M("2025-10-20", "Алгебра", "3", "Работа на уроке",
      changes=[(T("2025-10-21", "07:20"), {"value": "4", "comment": "Исправлено: ошибка при выставлении"})]),
    M("2025-10-20", "История", "4", "Ответ на уроке", removed=T("2025-10-23", "16:00")),
    M("2025-10-20", "Английский язык", "5", "Работа на уроке"),
    M("2025-10-21", "Физика", "оп"),
    M("2025-10-21", "Физика", "5", "Самостоятельная работа", nm=2, removed=T("2025-10-22", "07:10")),
    M("2025-10-21", "Геометрия", "4", "Домашняя работа"),
    M("2025-10-22", "География", "н",
      changes=[(T("2025-10-23", "07:00"), {"value": "уп", "comment": "Заявление родителей"})]),
    M("2025-10-22", "Информатика", "5", "Практическая работа"),
    M("2025-10-22", "Русский язык", "5", "Контрольный диктант", created=T("2025-10-24", "17:30")),
    M("2025-10-23", "Литература", "5", "Сочинение"),
    M("2025-10-23", "Обществознание", "4", "Ответ на уроке"),
    M("2025-10-23", "Физика", "4", "Работа на уроке"),
    M("2025-10-24", "Алгебра", "2", "Контрольная работа",
      changes=[(T("2025-10-27", "11:00"), {"value": "3", "comment": "Работа переписана 27.10"})]),
    M("2025-10-24", "Биология", "5", "Ответ на уроке"),
    M("2025-10-24", "Английский язык", "4", "Работа на уроке"),
    # week 3-7 November (quarter II)
    M("2025-11-03", "Английский язык", "4", "Работа на уроке"),
    M("2025-11-03", "Русский язык", "5", "Работа на уроке"),
    M("2025-11-05", "Алгебра", "5", "Самостоятельная работа"),
    M("2025-11-05", "Информатика", "4", "Практическая работа"),
    M("2025-11-06", "Геометрия", "3", "Самостоятельная работа",
      changes=[(T("2025-11-10", "16:00"), {"value": "4", "comment": "Исправлено после работы над ошибками"})]),
    M("2025-11-06", "Физика", "н", removed=T("2025-11-07", "07:20")),
    M("2025-11-07", "История", "5", "Ответ на уроке"),
    M("2025-11-07", "Алгебра", "4", "Работа на уроке"),
    # week 10-14 November
    M("2025-11-10", "Алгебра", "5", "Работа на уроке"),
    M("2025-11-10", "Английский язык", "4", "Домашняя работа"),
    M("2025-11-11", "Литература", "5", "Ответ на уроке"),
    M("2025-11-11", "Биология", "4", "Ответ на уроке"),
    M("2025-11-12", "Русский язык", "4", "Работа на уроке", removed=T("2025-11-13", "07:10")),
    M("2025-11-12", "Русский язык", "5", "Словарный диктант", nm=2),
    M("2025-11-12", "Информатика", "оп"),
    M("2025-11-13", "Физическая культура", "н",
      changes=[(T("2025-11-14", "07:00"), {"value": "б", "comment": "Справка из поликлиники"})]),
    M("2025-11-13", "Геометрия", "5", "Контрольная работа"),
    M("2025-11-14", "Английский язык", "5", "Работа на уроке"),
    M("2025-11-14", "История", "4", "Ответ на уроке",
      changes=[(T("2025-11-15", "09:00"), {"value": "5", "comment": "Учтён доклад"})]),
]
ABSENCE = {"н", "Н", "оп", "ОП", "б", "у", "уп"}

# --- the journal as a timeline --------------------------------------------------------------------------------


def ymd(d):
    return d.strftime("%Y%m%d")


def dates(a, b):
    d, out = a, []
    while d <= b:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def lesson_id(day, num, grp):
    return str(600000 + (day - FIRST).days * 20 + num * 2 + (1 if grp == G1 else 0))


def build_lessons():
    """Every planned lesson of the span, in order, with its task (due at that lesson)."""
    out, count = [], {}
    for day in dates(FIRST, LAST):
        if day.weekday() > 4 or day in VACATION:
            continue
        for num, subject, grp in TIMETABLE[day.weekday()]:
            k = (subject, grp)
            i = count.get(k, 0)
            count[k] = i + 1
            teacher, room = TEACH[k]
            topics = TOPICS[subject]
            L = {"date": day, "num": num, "subject": subject, "grp": grp, "teacher": teacher, "room": room,
                 "topic": topics[(i + (day.toordinal() % 3)) % len(topics)], "lesson_id": lesson_id(day, num, grp),
                 "k": k, "i": i}
            out.append(L)
    # topics of the month in programme order (one step per lesson of the subject)
    seen = {}
    for L in out:
        if L["date"] >= dt.date(2025, 10, 13):
            j = seen.get(L["subject"], 0)
            seen[L["subject"]] = j + 1
            L["topic"] = TOPICS[L["subject"]][j % len(TOPICS[L["subject"]])]
        L["topic"] = TOPIC_FIX.get((L["date"].isoformat(), L["subject"]), L["topic"])
    return out


LESSONS = build_lessons()


def prev_lesson(L):
    earlier = [x for x in LESSONS if x["k"] == L["k"] and x["date"] < L["date"]]
    return earlier[-1] if earlier else None


def task_of(L):
    """The task due at lesson L, set at the previous lesson of the subject (same group)."""
    if L["subject"] in NO_HOMEWORK or L["date"] < dt.date(2025, 10, 13):
        return None
    texts = HW_TEXT.get(L["k"]) or HW_TEXT[L["subject"]]
    j = sum(1 for x in LESSONS if x["k"] == L["k"] and dt.date(2025, 10, 13) <= x["date"] < L["date"])
    prev = prev_lesson(L)
    key = (L["date"].isoformat(), L["subject"])
    return {"id": 5100000 + int(L["lesson_id"]) - 600000, "text": HOMEWORK_BASE.get(key, texts[j % len(texts)]),
            "created": T(prev["date"].isoformat(), f"{14 + prev['num'] % 3}:{5 * prev['num']:02d}"),
            "edits": HOMEWORK_EDITS.get(key, []), "removed": HOMEWORK_REMOVED.get(key),
            "file": HOMEWORK_FILES.get(key)}


def lesson_at(L, at):
    """The lesson as the journal shows it at time `at`, or None."""
    key = (L["date"].isoformat(), L["subject"])
    if key in LESSON_REMOVED and LESSON_REMOVED[key] <= at:
        return None
    x = dict(L)
    for when, change in LESSON_CHANGES.get(key, []):
        if when <= at:
            x.update(change)
    t = task_of(L)
    x["task"] = None
    if t and t["created"] <= at and not (t["removed"] and t["removed"] <= at):
        text = t["text"]
        for when, new in t["edits"]:
            if when <= at:
                text = new
        x["task"] = {"id": t["id"], "text": text, "file": t["file"]}
    return x


def marks_at(L, at):
    out = []
    for m in MARKS:
        if m["date"] != L["date"].isoformat() or m["subject"] != L["subject"] or L["grp"] not in (None, MY_GRP):
            continue
        if m["created"] > at or (m["removed"] and m["removed"] <= at):
            continue
        x = {"value": m["value"], "comment": m["comment"], "wt": m["wt"], "nm": m["nm"]}
        for when, change in m["changes"]:
            if when <= at:
                x.update(change)
        out.append(x)
    return sorted(out, key=lambda x: x["nm"])


def mine(L):
    return L["grp"] in (None, MY_GRP)


def day_lessons(day, at, pupil=False):
    out = []
    for L in LESSONS:
        if L["date"] == day and (not pupil or mine(L)):
            x = lesson_at(L, at)
            if x:
                out.append(x)
    return out


# --- answers -----------------------------------------------------------------------------------------------------


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def rng(a, b):
    return f"days={ymd(a)}-{ymd(b)}"


def school_days(a, b):
    return [d for d in dates(a, b) if d.weekday() < 5]


def assessment(m, L, for_marks=False):
    if m["value"] in ABSENCE:
        a = {"value": m["value"], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0}
        if not for_marks:
            a.update({"control_type": "", "control_type_short": ""})
    else:
        mid, short, w = WT[m["wt"]]
        a = {"value": m["value"], "countas": m["value"], "count": True, "convert": int(m["value"]), "weight": w,
             "weight_float": w}
        if for_marks:
            a["mtype"] = {"id": mid, "short": short, "type": m["wt"]}
        else:
            a.update({"control_type": m["wt"], "control_type_short": short})
    a.update({"date": L["date"].isoformat(), "lesson_id": L["lesson_id"], "nm": str(m["nm"]), "comment": m["comment"]})
    if for_marks:
        a.update({"lesson_comment": L["topic"], "max_mark": None})
    else:
        a["color_hex"] = None
    return a


def vacation_day(day, items_empty):
    return {"name": ymd(day), "title": WEEKDAY[day.weekday()], "alert": "vacation", "holiday_name": VACATION[day],
            "items": items_empty}


def lesson_item(x, with_times=True):
    it = {"num": str(x["num"]), "name": x["subject"], "room": x["room"], "teacher": x["teacher"],
          "sort": x["num"] * 100 + (1 if x["grp"] == G2 else 0), "lesson_id": x["lesson_id"], "topic": x["topic"],
          "is_control": x["topic"].startswith("Контрольн")}
    if x["grp"]:
        it["grp"], it["grp_short"] = x["grp"], x["grp"].replace("группа", "гр.")
    if with_times:
        it["starttime"], it["endtime"] = BELLS[x["num"] - 1]
    return it


def files_of(task):
    if not task or not task["file"]:
        return []
    return [{"toid": task["id"], "filename": task["file"],
             "link": f"https://sch34.eljur.ru/files/{task['id']:x}"}]


def getschedule_class(a, b, at):
    days = {}
    for day in school_days(a, b):
        if day in VACATION:
            days[ymd(day)] = vacation_day(day, [])
            continue
        days[ymd(day)] = {"name": ymd(day), "title": WEEKDAY[day.weekday()],
                          "items": [lesson_item(x) for x in day_lessons(day, at)]}
    return ok({"days": days})


def pupil_wrap(payload):
    return ok({"students": {PUPIL: {"name": PUPIL, "title": PUPIL_TITLE, **payload}}})


def getdiary(a, b, at):
    days = {}
    for day in school_days(a, b):
        if day in VACATION:
            days[ymd(day)] = vacation_day(day, {})
            continue
        items = {}
        for x in day_lessons(day, at, pupil=True):
            it = lesson_item(x)
            task = x["task"]
            it["homework"] = {str(task["id"]): {"id": task["id"], "value": task["text"], "individual": False}} \
                if task else {}
            it["files"], it["resources"] = files_of(task), []
            it["assessments"] = [assessment(m, x) for m in marks_at(x, at)]
            items[str(x["num"])] = it
        days[ymd(day)] = {"name": ymd(day), "title": WEEKDAY[day.weekday()], "items": items}
    return pupil_wrap({"parent_signed": False, "days": days})


def gethomework(a, b, at):
    days = {}
    for day in school_days(a, b):
        if day in VACATION:
            days[ymd(day)] = vacation_day(day, [])
            continue
        items = []
        for x in day_lessons(day, at, pupil=True):
            if x["task"]:
                it = {"num": str(x["num"]), "name": x["subject"], "lesson_id": x["lesson_id"],
                      "grp": x["grp"], "homework": {str(x["task"]["id"]): {
                          "id": x["task"]["id"], "value": x["task"]["text"], "individual": False}},
                      "files": files_of(x["task"])}
                items.append(it)
        days[ymd(day)] = {"name": ymd(day), "title": WEEKDAY[day.weekday()], "items": items}
    return pupil_wrap({"days": days})


def fmt_avg(marks):
    num = den = Decimal(0)
    for m in marks:
        if m["count"]:
            w = Decimal(str(m["weight_float"]))
            num += w * Decimal(str(m["convert"]))
            den += w
    return "" if not den else str((num / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


SUBJECT_IDS = {s: str(1201 + i) for i, s in enumerate(sorted(TOPICS))}


def getmarks(a, b, at):
    by_subject = {}
    for L in LESSONS:
        if not (a <= L["date"] <= b) or not mine(L):
            continue
        x = lesson_at(L, at) or L
        for m in marks_at(x, at):
            by_subject.setdefault(L["subject"], []).append(assessment(m, x, for_marks=True))
    lessons = []
    for subject in sorted(by_subject):
        ms = sorted(by_subject[subject], key=lambda m: (m["date"], m["nm"]))
        avg = fmt_avg(ms)
        lessons.append({"name": subject, "average": avg,
                        "averageConvert": int(Decimal(avg).quantize(Decimal(1), rounding=ROUND_HALF_UP)) if avg else 0,
                        "lesson_id": SUBJECT_IDS[subject], "color_hex": None, "marks": ms})
    return pupil_wrap({"lessons": lessons})


def getrules():
    last, first, middle = PARENT_TITLE.split()
    sl, sf = PUPIL_TITLE.split()
    tname, tid = CLASS_TEACHER
    tl, tf, tm = tname.split()
    return ok({
        "roles": ["parent"],
        "relations": {
            "students": {PUPIL: {"rules": ["getdiary", "getmarks", "getschedule", "gethomework",
                                           "getfinalassessments", "getperiods"],
                                 "rel": "child", "name": PUPIL, "title": PUPIL_TITLE, "lastname": sl, "firstname": sf,
                                 "gender": "female", "class": CLS, "parallel": "7", "city": "Тверь"}},
            "groups": {CLS: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": CLS, "parallel": 7,
                             "balls": 5, "hometeacher_id": tid, "hometeacher_name": tname,
                             "hometeacher_lastname": tl, "hometeacher_firstname": tf, "hometeacher_middlename": tm}},
            "schools": [{"title": "Школа № 34", "title_full": "МБОУ «Средняя общеобразовательная школа № 34»",
                         "number": 34, "inn": "6900000034", "kpp": "695001001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
        "id": PARENT, "name": PARENT, "title": PARENT_TITLE, "lastname": last, "firstname": first,
        "middlename": middle, "email": "", "region": "Тверская область", "city": "Тверь", "vendor": "sch34",
        "vendor_id": 6934})


PERIODS = [("I", "1 четверть", "20250901", "20251024"), ("II", "2 четверть", "20251103", "20251228"),
           ("III", "3 четверть", "20260112", "20260320"), ("IV", "4 четверть", "20260330", "20260529")]


def getperiods():
    ps = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
          for n, f, s, e in PERIODS]
    ps.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
               "weeks": []})
    return ok({"students": [{"name": PUPIL, "title": PUPIL_TITLE, "periods": ps}]})


# --- the sync job's cadence -------------------------------------------------------------------------------------


def D(s):
    return dt.date.fromisoformat(s)


def q(method, extra):
    return f"{method}?{extra}"


def sched_rec(a, b, at):
    return rec(q("getschedule", f"class={CLS}&{rng(a, b)}&rings=__yes"), getschedule_class(a, b, at), at)


def diary_rec(a, b, at):
    return rec(q("getdiary", f"student={PUPIL}&{rng(a, b)}&rings=__yes"), getdiary(a, b, at), at)


def hw_rec(a, b, at):
    return rec(q("gethomework", f"student={PUPIL}&{rng(a, b)}"), gethomework(a, b, at), at)


def marks_rec(period, at):
    _, _, s, e = next(p for p in PERIODS if p[0] == period)
    a, b = dt.date(int(s[:4]), int(s[4:6]), int(s[6:])), dt.date(int(e[:4]), int(e[4:6]), int(e[6:]))
    return rec(q("getmarks", f"student={PUPIL}&days={s}-{e}"), getmarks(a, b, at), at)


def rules_rec(at):
    return rec("getrules", getrules(), at)


# evening windows: from the last day the evening sync covered to today (the job skips the holiday week)
EVENING = [("2025-10-20", "2025-10-20"), ("2025-10-20", "2025-10-21"), ("2025-10-21", "2025-10-22"),
           ("2025-10-22", "2025-10-23"), ("2025-10-23", "2025-10-24"), ("2025-10-24", "2025-10-27"),
           ("2025-10-27", "2025-11-03"), ("2025-11-03", "2025-11-05"), ("2025-11-05", "2025-11-06"),
           ("2025-11-06", "2025-11-07"), ("2025-11-07", "2025-11-10"), ("2025-11-10", "2025-11-11"),
           ("2025-11-11", "2025-11-12"), ("2025-11-12", "2025-11-13"), ("2025-11-13", "2025-11-14")]
CORRECTIONS = {"2025-10-21": "2025-10-20", "2025-10-22": "2025-10-21", "2025-10-23": "2025-10-22",
               "2025-11-07": "2025-11-06", "2025-11-13": "2025-11-12"}  # morning: yesterday pulled again
FORWARD_HW = {"2025-10-20": ("2025-10-21", "2025-10-27"), "2025-10-22": ("2025-10-23", "2025-10-29"),
              "2025-10-24": ("2025-10-27", "2025-11-03"), "2025-11-05": ("2025-11-06", "2025-11-12"),
              "2025-11-10": ("2025-11-11", "2025-11-17"), "2025-11-12": ("2025-11-13", "2025-11-19")}
SUNDAYS = ["2025-10-19", "2025-10-26", "2025-11-02", "2025-11-09"]
SATURDAY_WIDE = {"2025-10-25": ("2025-10-20", "2025-10-26", "I"), "2025-11-08": ("2025-11-03", "2025-11-09", "II"),
                 "2025-11-15": ("2025-11-10", "2025-11-16", "II")}
MORNING_DAYS = [d.isoformat() for d in school_days(D("2025-10-20"), D("2025-11-14"))
                if d not in VACATION or d == D("2025-11-04")]
LATE_DELIVERED = "2025-11-14"  # Friday's evening pull fails and is re-sent after Saturday's pulls


def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": f"{len(steps) + 1:02d} {name}", "batches": [b for b in batches if b]})

    evening_of = {b: (a, b) for a, b in EVENING}
    late_record = None
    for day in dates(D("2025-10-19"), D("2025-11-15")):
        s = day.isoformat()
        wd = day.strftime("%A")
        if s in SUNDAYS:
            nxt = day + dt.timedelta(days=1)
            batch = [rules_rec(T(s, "20:00"))]
            if s == SUNDAYS[0]:
                batch.append(rec("getperiods?student=" + PUPIL + "&weeks=__yes", getperiods(), T(s, "20:01")))
            batch.append(sched_rec(nxt, nxt + dt.timedelta(days=6), T(s, "20:05")))
            step(f"{s} (Sunday): weekly getrules, next week's getschedule by class (A.2, A.3 getrules, Day)", batch)
            continue
        if s in SATURDAY_WIDE:
            a, b, period = SATURDAY_WIDE[s]
            batch = [diary_rec(D(a), D(b), T(s, "10:00")), marks_rec(period, T(s, "10:05"))]
            step(f"{s} (Saturday): the week pulled again whole, days={a}..{b}, and getmarks over quarter {period} "
                 f"(A.1 days, A.3 Day, SubjectMarks)", batch)
            if s == "2025-11-15":
                step(f"{s} (Saturday, 10:30): the retry queue flushed: Friday 14 November's evening getdiary "
                     f"(pulled 19:00 Friday, answered 503 then) delivered after Saturday's pulls", [late_record])
            continue
        morning, evening = [], []
        if s in CORRECTIONS:
            y = D(CORRECTIONS[s])
            morning.append(diary_rec(y, y, T(s, "07:45")))
        if s in MORNING_DAYS:
            morning.append(sched_rec(day, day, T(s, "07:30")))
            morning.sort(key=lambda r: r["pulled_at"])
        if s in evening_of:
            a, b = evening_of[s]
            evening.append(diary_rec(D(a), D(b), T(s, "19:00")))
            if s in FORWARD_HW:
                fa, fb = FORWARD_HW[s]
                evening.append(hw_rec(D(fa), D(fb), T(s, "19:02")))
            if s == "2025-10-27":
                evening.append(marks_rec("I", T(s, "19:05")))
        if s == LATE_DELIVERED:
            late_record = evening.pop(0)
        if not morning and not evening:
            continue
        batches = [morning] if morning else []
        if s == "2025-11-04":  # the morning call timed out on the client and was sent again: the same bytes
            batches.append(list(morning))
        if evening:
            batches.append(evening)
        parts = []
        if s in MORNING_DAYS:
            parts.append("07:30 the day's getschedule by class" + (", sent twice (a client retry)"
                                                                   if s == "2025-11-04" else ""))
        if s in CORRECTIONS:
            parts.append(f"07:45 yesterday ({CORRECTIONS[s]}) pulled again")
        if evening:
            a, b = evening_of[s]
            parts.append(f"19:00 getdiary days={a}..{b}" + (" and gethomework of the days ahead" if s in FORWARD_HW
                                                              else "") + (" and getmarks over quarter I again"
                                                                          if s == "2025-10-27" else ""))
        if s == LATE_DELIVERED:
            parts.append("(the evening getdiary fails: see the last step)")
        what = "; ".join(parts)
        if day in VACATION:
            what = f"{VACATION[day]}: " + what
        step(f"{s} ({wd}): {what}", *batches)
    journey = {"vendor": "elzhur",
               "description": "Школа № 34 (vendor sch34, Тверь), class 7А, one parent's account: a month of an "
                              "integrator's daily cadence, 19 October - 15 November 2025 (end of quarter I, the "
                              "autumn holiday week, quarter II with 4 November off): morning getschedule, evening "
                              "getdiary over a sliding window, next-morning re-pulls, forward gethomework, Sunday "
                              "getrules and next week's schedule, Saturday re-pulls of the whole week and getmarks.",
               "steps": steps}
    out = ['{', ' "vendor": "elzhur",', ' "description": ' + json.dumps(journey["description"], ensure_ascii=False)
           + ',', ' "steps": [']
    for i, st in enumerate(steps):
        out.append('  {"name": ' + json.dumps(st["name"], ensure_ascii=False) + ',')
        out.append('   "batches": [')
        for j, b in enumerate(st["batches"]):
            out.append('    [')
            for k, r in enumerate(b):
                out.append('     ' + json.dumps(r, ensure_ascii=False) + (',' if k < len(b) - 1 else ''))
            out.append('    ]' + (',' if j < len(st["batches"]) - 1 else ''))
        out.append('   ]}' + (',' if i < len(steps) - 1 else ''))
    out += [' ]', '}']
    with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
