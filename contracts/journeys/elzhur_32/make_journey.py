"""Writes journey.json: class 7В of Средняя школа № 47 (Ярославль) in Eljur, September 2025 to March 2026, while the
school changes its own setup (standard library only, deterministic; every value invented).

What changes, and when the journal shows it (the school's settings in Eljur change at one moment; every answer
pulled after that moment shows the new setting, every answer pulled before shows the old one):

* 16.10.2025: the region moves the autumn holidays a week later. getperiods re-dates quarter I (01.09-24.10 ->
  01.09-31.10) and quarter II (05.11-26.12 -> 10.11-26.12) after marks of quarter I were given; 27-31.10, holidays
  in every answer pulled before, are school days in every answer pulled after; the holidays are 01.11-09.11.
* 17.11.2025: Лаврентьева Марина Сергеевна (Алгебра, Геометрия) goes on maternity leave; Зайцев Павел Геннадьевич
  takes her lessons from Monday 17.11. A class schedule pulled on 13 or 14.11 still names her for those lessons.
* 26.12.2025: the last day of quarter II has shortened lessons (30 minutes): the rings of that day only.
* 09.01.2026 (settings changed in the winter holidays, in force from 12.01):
  - the bells: lessons start at 08:30 instead of 08:00 (rings of every day from 12.01);
  - the subject «Технология» is renamed «Труд (технология)» (the federal programme's name): Eljur names subjects
    by text only, so every answer pulled after that names it anew;
  - Соловьёва Ирина Петровна (Русский язык, Литература, class teacher) leaves the school: Фомина Лариса Борисовна
    takes her lessons, Карпов Денис Алексеевич becomes the class teacher (getrules `hometeacher_*`);
  - getperiods: the fullname of quarter II, entered with a typo in August («2 чевтерть»), is corrected to
    «2 четверть» (same short name `II`, same dates).

The sync job pulls as a real one does (getrules and getperiods at the start of the year and of each quarter, the
class's timetable one or two weeks ahead, pupils' diaries of the week, getmarks over the quarter as the periods
then define it, getfinalassessments after each quarter). Its retry queue, stuck after a server move, delivers seven
older answers in March with their own `pulled_at` (the last step).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q = "devkey=5f3c9a1e7b2d4c6a8e0f1b3d5a7c9e12&vendor=school47yar&auth_token=tok-school47yar&out_format=json"

CLASS = "7В"
PUPILS = {  # id: (title, lastname, firstname, gender, parent id, parent title, parent parts)
    "32001": ("Королёва Алиса", "Королёва", "Алиса", "female",
              "32101", "Королёва Наталья Игоревна", ("Королёва", "Наталья", "Игоревна")),
    "32002": ("Гусев Тимофей", "Гусев", "Тимофей", "male",
              "32102", "Гусев Максим Андреевич", ("Гусев", "Максим", "Андреевич")),
    "32003": ("Белова Ксения", "Белова", "Ксения", "female",
              "32103", "Белова Ольга Викторовна", ("Белова", "Ольга", "Викторовна")),
}
APTITUDE = {"32001": 4.6, "32002": 3.7, "32003": 4.1}

# --- the school's settings, by the moment Eljur changed them -------------------------------------------------------

REDATED = "2025-10-16T12:00:00+03:00"      # quarters I and II re-dated
REPLACED = "2025-11-17T07:30:00+03:00"     # Зайцев entered for Лаврентьева's lessons
NEW_YEAR_SETUP = "2026-01-09T15:00:00+03:00"  # bells, subject name, teachers, class teacher, period name


def after(pulled: str, moment: str) -> bool:
    return dt.datetime.fromisoformat(pulled) >= dt.datetime.fromisoformat(moment)


def periods_of(pulled: str) -> list[dict]:
    q1_end, q2_start = ("20251031", "20251110") if after(pulled, REDATED) else ("20251024", "20251105")
    q2_name = "2 четверть" if after(pulled, NEW_YEAR_SETUP) else "2 чевтерть"
    spans = [("I", "1 четверть", "20250901", q1_end), ("II", q2_name, q2_start, "20251226"),
             ("III", "3 четверть", "20260112", "20260320"), ("IV", "4 четверть", "20260330", "20260526")]
    out = []
    for short, full, start, end in spans:
        out.append({"name": short, "fullname": full, "start": start, "end": end, "disabled": False,
                    "ambigious": None, "weeks": weeks(start, end)})
    out.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                "weeks": []})
    return out


def weeks(start: str, end: str) -> list[dict]:
    d, last, out = ymd(start), ymd(end), []
    while d <= last:
        sunday = d + dt.timedelta(days=6 - d.weekday())
        stop = min(sunday, last)
        out.append({"start": d.strftime("%Y%m%d"), "end": stop.strftime("%Y%m%d"),
                    "title": f"{d:%d.%m} - {stop:%d.%m}"})
        d = stop + dt.timedelta(days=1)
    return out


def ymd(s: str) -> dt.date:
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def holidays_of(pulled: str) -> list[tuple[str, str, str]]:
    """(first, last, name) of the school's holidays as the journal shows them when pulled."""
    autumn = ("20251101", "20251109") if after(pulled, REDATED) else ("20251025", "20251104")
    return [(*autumn, "Осенние каникулы"), ("20251229", "20260111", "Зимние каникулы"),
            ("20260223", "20260223", "День защитника Отечества"), ("20260309", "20260309", "Праздничный день")]


def vacation(day: dt.date, pulled: str) -> str | None:
    key = day.strftime("%Y%m%d")
    for first, last, name in holidays_of(pulled):
        if first <= key <= last:
            return name
    return None


TIMETABLE = {  # weekday -> subjects by lesson number
    0: ["Алгебра", "Русский язык", "История", "Английский язык", "Физическая культура"],
    1: ["Русский язык", "Геометрия", "Технология", "Технология", "Литература"],
    2: ["Алгебра", "Физика", "Русский язык", "Биология", "Английский язык"],
    3: ["Геометрия", "Литература", "Алгебра", "История", "Физическая культура"],
    4: ["Физика", "Русский язык", "Английский язык", "Алгебра", "Биология"],
}
ROOMS = {"Алгебра": "212", "Геометрия": "212", "Русский язык": "305", "Литература": "305", "История": "308",
         "Английский язык": "214", "Физическая культура": "спортзал", "Технология": "мастерская", "Физика": "220",
         "Биология": "116"}
SUBJECT_IDS = {"Алгебра": "4701", "Геометрия": "4702", "Русский язык": "4703", "Литература": "4704",
               "История": "4705", "Английский язык": "4706", "Физическая культура": "4707", "Технология": "4708",
               "Физика": "4709", "Биология": "4710"}


def subject_name(subject: str, pulled: str) -> str:
    if subject == "Технология" and after(pulled, NEW_YEAR_SETUP):
        return "Труд (технология)"
    return subject


def teacher(subject: str, day: dt.date, pulled: str) -> str:
    if subject in ("Алгебра", "Геометрия"):
        return ("Зайцев Павел Геннадьевич" if day >= dt.date(2025, 11, 17) and after(pulled, REPLACED)
                else "Лаврентьева Марина Сергеевна")
    if subject in ("Русский язык", "Литература"):
        return ("Фомина Лариса Борисовна" if day >= dt.date(2026, 1, 12) and after(pulled, NEW_YEAR_SETUP)
                else "Соловьёва Ирина Петровна")
    return {"История": "Карпов Денис Алексеевич", "Английский язык": "Мельникова Анастасия Олеговна",
            "Физическая культура": "Рябов Константин Игоревич", "Технология": "Никифоров Виктор Семёнович",
            "Физика": "Ганиева Эльмира Рустамовна", "Биология": "Тихомирова Галина Петровна"}[subject]


OLD_BELLS = [("08:00", "08:45"), ("08:55", "09:40"), ("09:55", "10:40"), ("10:55", "11:40"), ("11:50", "12:35")]
SHORT_BELLS = [("08:00", "08:30"), ("08:40", "09:10"), ("09:20", "09:50"), ("10:00", "10:30"), ("10:40", "11:10")]
NEW_BELLS = [("08:30", "09:15"), ("09:25", "10:10"), ("10:25", "11:10"), ("11:25", "12:10"), ("12:20", "13:05")]


def rings(day: dt.date, num: int, pulled: str) -> tuple[str, str]:
    if day == dt.date(2025, 12, 26):
        bells = SHORT_BELLS
    elif day >= dt.date(2026, 1, 12) and after(pulled, NEW_YEAR_SETUP):
        bells = NEW_BELLS
    else:
        bells = OLD_BELLS
    start, end = bells[num - 1]
    return f"{start}:00", f"{end}:00"


TOPICS = {
    "Алгебра": ["Числовые выражения", "Выражения с переменными", "Свойства действий над числами", "Тождества",
                "Уравнение и его корни", "Линейное уравнение с одной переменной",
                "Решение задач с помощью уравнений", "Среднее арифметическое, размах и мода",
                "Медиана как статистическая характеристика", "Что такое функция",
                "Вычисление значений функции по формуле", "График функции",
                "Прямая пропорциональность и её график", "Линейная функция и её график",
                "Степень с натуральным показателем", "Умножение и деление степеней",
                "Одночлен и его стандартный вид", "Умножение одночленов", "Многочлен и его стандартный вид",
                "Сложение и вычитание многочленов", "Умножение одночлена на многочлен",
                "Вынесение общего множителя за скобки", "Умножение многочлена на многочлен",
                "Способ группировки", "Возведение в квадрат суммы и разности двух выражений",
                "Разность квадратов", "Сумма и разность кубов", "Преобразование целых выражений",
                "Линейное уравнение с двумя переменными", "Системы линейных уравнений", "Способ подстановки",
                "Способ сложения"],
    "Геометрия": ["Прямая и отрезок", "Луч и угол", "Сравнение отрезков и углов", "Измерение отрезков",
                  "Измерение углов", "Перпендикулярные прямые", "Треугольник",
                  "Первый признак равенства треугольников", "Медианы, биссектрисы и высоты треугольника",
                  "Свойства равнобедренного треугольника", "Второй признак равенства треугольников",
                  "Третий признак равенства треугольников", "Окружность", "Построения циркулем и линейкой",
                  "Признаки параллельности двух прямых", "Аксиома параллельных прямых",
                  "Свойства параллельных прямых", "Сумма углов треугольника",
                  "Соотношения между сторонами и углами треугольника", "Прямоугольные треугольники"],
    "Русский язык": ["Повторение изученного в 5–6 классах", "Причастие как часть речи", "Склонение причастий",
                     "Причастный оборот", "Выделение причастного оборота запятыми",
                     "Действительные и страдательные причастия", "Краткие и полные страдательные причастия",
                     "Н и НН в суффиксах причастий", "Морфологический разбор причастия",
                     "Слитное и раздельное написание НЕ с причастиями", "Деепричастие как часть речи",
                     "Деепричастный оборот", "Запятые при деепричастном обороте",
                     "Раздельное написание НЕ с деепричастиями", "Наречие как часть речи",
                     "Смысловые группы наречий", "Степени сравнения наречий",
                     "НЕ с наречиями на -о и -е", "Одна и две буквы Н в наречиях на -о и -е",
                     "Дефис между частями слова в наречиях"],
    "Литература": ["Изображение человека как идейно-нравственная проблема литературы",
                   "Былина «Вольга и Микула Селянинович»", "«Повесть временных лет». «О пользе книг»",
                   "«Поучение» Владимира Мономаха", "«Повесть о Петре и Февронии Муромских»",
                   "М. В. Ломоносов. «Ода на день восшествия на престол...»", "А. С. Пушкин. «Полтава»",
                   "А. С. Пушкин. «Песнь о вещем Олеге»", "А. С. Пушкин. «Станционный смотритель»",
                   "М. Ю. Лермонтов. «Песня про царя Ивана Васильевича...»", "Н. В. Гоголь. «Тарас Бульба»",
                   "И. С. Тургенев. «Бирюк»", "Н. А. Некрасов. «Русские женщины»",
                   "Л. Н. Толстой. «Детство»", "А. П. Чехов. «Хамелеон»"],
    "История": ["Понятие «Новое время»", "Великие географические открытия", "Возрождение", "Реформация",
                "Россия в XVI веке", "Правление Ивана IV", "Опричнина", "Смутное время",
                "Первое и второе ополчение", "Россия при первых Романовых", "Соборное уложение 1649 года",
                "Церковный раскол", "Народные движения XVII века"],
    "Английский язык": ["Back to school", "My summer holidays", "Present Simple and Present Continuous",
                        "School subjects", "Past Simple: regular verbs", "Past Simple: irregular verbs",
                        "Hobbies and free time", "Travelling", "Future Simple", "Be going to",
                        "Countries and nationalities", "Comparatives and superlatives", "Healthy lifestyle",
                        "Present Perfect"],
    "Физическая культура": ["Техника безопасности на уроках", "Бег на 60 м", "Прыжок в длину с разбега",
                            "Метание мяча", "Бег 1000 м", "Баскетбол: ведение мяча", "Баскетбол: передачи мяча",
                            "Волейбол: приём и передача мяча", "Гимнастика: акробатические упражнения",
                            "Лыжная подготовка: попеременный двухшажный ход", "Лыжная подготовка: подъёмы и спуски"],
    "Технология": ["Технологии и мир профессий", "Чертёж и технический рисунок", "Древесина и её свойства",
                   "Разметка заготовок", "Пиление и строгание древесины", "Соединение деталей из древесины",
                   "Металлы и сплавы", "Тонколистовой металл и проволока", "Обработка проволоки",
                   "Резьба по дереву", "Проект «Полочка для книг»", "Защита проекта"],
    "Физика": ["Что изучает физика", "Физические величины", "Строение вещества", "Диффузия",
               "Взаимодействие молекул", "Механическое движение", "Скорость", "Инерция", "Масса тела",
               "Плотность вещества", "Сила", "Сила тяжести", "Вес тела", "Сила упругости", "Динамометр",
               "Сила трения", "Давление"],
    "Биология": ["Многообразие растений", "Строение цветка", "Соцветия", "Плоды и семена",
                 "Корень и корневые системы", "Побег и почки", "Строение листа", "Фотосинтез",
                 "Дыхание растений", "Размножение растений", "Водоросли", "Мхи", "Папоротники", "Голосеменные",
                 "Покрытосеменные"],
}
CONTROL = {  # (date, num) -> topic of a control work: every pupil present gets a mark of weight 3
    (dt.date(2025, 10, 30), 3): "Контрольная работа № 2 «Линейная функция»",
    (dt.date(2025, 11, 20), 1): "Контрольная работа № 2 «Признаки равенства треугольников»",
    (dt.date(2025, 12, 24), 3): "Контрольный диктант с грамматическим заданием",
    (dt.date(2026, 1, 14), 2): "Контрольная работа № 1 «Сила. Силы в природе»",
}
WEEKDAY = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

# The school days as the school finally holds them (the re-dated calendar); lessons are numbered by day and slot.
FIRST, LAST = dt.date(2025, 9, 1), dt.date(2026, 3, 20)
FINAL_PULL = "2026-03-20T23:00:00+03:00"


def school_days() -> list[dt.date]:
    d, out = FIRST, []
    while d <= LAST:
        if d.weekday() < 5 and not vacation(d, FINAL_PULL):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


DAYS = school_days()
LESSONS = {}  # (date, num) -> {"id", "subject", "topic", "k"}
_count: dict[str, int] = {}
for _d in DAYS:
    for _i, _s in enumerate(TIMETABLE[_d.weekday()], start=1):
        _k = _count.get(_s, 0)
        _count[_s] = _k + 1
        LESSONS[(_d, _i)] = {"id": f"32{_d:%y%m%d}{_i}", "subject": _s, "k": _k,
                             "topic": CONTROL.get((_d, _i)) or TOPICS[_s][_k % len(TOPICS[_s])]}


def h(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


WORK = {  # mtype id -> (short, type, weight)
    1: ("РУ", "Работа на уроке", 1), 2: ("ДЗ", "Домашняя работа", 1), 4: ("СР", "Самостоятельная работа", 2),
    5: ("КР", "Контрольная работа", 3), 6: ("Н", "Сдача нормативов", 1), 7: ("КД", "Контрольный диктант", 3),
}
ABSENT = {("32003", dt.date(2025, 11, 19)): "н", ("32003", dt.date(2025, 11, 20)): "н",
          ("32002", dt.date(2025, 10, 22), 4): "н", ("32001", dt.date(2026, 1, 13), 1): "оп",
          ("32002", dt.date(2025, 12, 23), 3): "н", ("32002", dt.date(2025, 12, 23), 4): "н"}
COMMENTS = {("32002", dt.date(2025, 10, 30), 3): "ошибки в построении графика",
            ("32001", dt.date(2026, 1, 13), 3): "изделие выполнено аккуратно",
            ("32003", dt.date(2025, 11, 17), 1): "молодец, активно работала"}


def absence(pupil: str, day: dt.date, num: int) -> str | None:
    return ABSENT.get((pupil, day)) or ABSENT.get((pupil, day, num))


FORCED = {  # marks the story needs where the dice might give none: (pupil, date, num) -> (value, mtype id)
    ("32002", dt.date(2025, 10, 21), 2): ("3", 4), ("32001", dt.date(2026, 1, 13), 3): ("5", 1),
    ("32003", dt.date(2025, 11, 17), 1): ("5", 1), ("32003", dt.date(2025, 12, 23), 3): ("5", 1),
    ("32001", dt.date(2025, 12, 23), 4): ("4", 1), ("32001", dt.date(2025, 11, 12), 3): ("4", 2),
    ("32002", dt.date(2025, 11, 26), 1): ("4", 1), ("32003", dt.date(2026, 1, 12), 2): ("4", 1),
    ("32002", dt.date(2025, 12, 16), 4): ("5", 1),
}


def mark_of(pupil: str, day: dt.date, num: int) -> dict | None:
    """The pupil's mark at a lesson, as the journal holds it (None: no mark)."""
    code = absence(pupil, day, num)
    if code:
        return {"value": code, "count": False, "convert": 0, "weight": 0, "work": None}
    if (pupil, day, num) in FORCED:
        value, work = FORCED[(pupil, day, num)]
        return {"value": value, "count": True, "convert": int(value), "weight": WORK[work][2], "work": work}
    lesson = LESSONS[(day, num)]
    control = (day, num) in CONTROL
    roll = h(pupil, lesson["id"]) % 100
    if not control and roll >= 16:
        return None
    score = APTITUDE[pupil] + ((h(pupil, lesson["id"], "v") % 100) - 50) / 40
    value = max(2, min(5, int(score + 0.5)))
    if control:
        work = 7 if lesson["subject"] == "Русский язык" else 5
    elif lesson["subject"] == "Физическая культура":
        work = 6
    else:
        work = (1, 2, 1, 4)[h(pupil, lesson["id"], "w") % 4]
    return {"value": str(value), "count": True, "convert": value, "weight": WORK[work][2], "work": work}


def assessment(pupil: str, day: dt.date, num: int, m: dict, with_mtype: bool, pulled: str) -> dict:
    lesson = LESSONS[(day, num)]
    a = {"value": m["value"], "countas": str(m["convert"]), "count": m["count"], "convert": m["convert"],
         "weight": m["weight"], "weight_float": m["weight"],
         "control_type": WORK[m["work"]][1] if m["work"] else "",
         "control_type_short": WORK[m["work"]][0] if m["work"] else "",
         "date": day.isoformat(), "lesson_id": lesson["id"], "nm": "1",
         "comment": COMMENTS.get((pupil, day, num), ""), "color_hex": None}
    if with_mtype:
        del a["control_type"], a["control_type_short"]
        a["lesson_comment"] = lesson["topic"] if m["work"] in (4, 5, 7) else None
        a["max_mark"] = None
        if m["work"]:
            a["mtype"] = {"id": m["work"], "short": WORK[m["work"]][0], "type": WORK[m["work"]][1]}
    return a


HOMEWORK_TEXT = {
    "Алгебра": lambda k: f"№ {300 + 4 * k}, {302 + 4 * k}, {305 + 4 * k}",
    "Геометрия": lambda k: f"п. {k // 2 + 1}, № {60 + 3 * k}, {61 + 3 * k}",
    "Русский язык": lambda k: f"Упр. {100 + 3 * k}",
    "Литература": lambda k: f"Прочитать и пересказать: {TOPICS['Литература'][(k + 1) % 15]}",
    "История": lambda k: f"§ {k // 2 + 1}, вопросы 1–4 на с. {12 + 6 * (k // 2)}",
    "Английский язык": lambda k: f"Student's Book p. {20 + 2 * k}, ex. {k % 5 + 2}",
    "Физика": lambda k: f"§ {k // 2 + 1}, упр. {k // 2 + 1} (1, 2)",
    "Биология": lambda k: f"§ {k + 1}, зарисовать в тетради",
    "Технология": lambda k: "Подготовить эскиз изделия в тетради" if k % 2 == 0 else "Принести заготовку 200×150 мм",
}


def homework(day: dt.date, num: int) -> dict:
    lesson = LESSONS[(day, num)]
    make = HOMEWORK_TEXT.get(lesson["subject"])
    if make is None or (lesson["subject"] == "Технология" and num == 3):
        return {}
    hw_id = 4700000 + int(lesson["id"][2:]) % 1000000
    return {str(hw_id): {"id": hw_id, "value": make(lesson["k"]), "individual": False}}


def item(day: dt.date, num: int, pulled: str, with_rings: bool, pupil: str | None) -> dict:
    lesson = LESSONS[(day, num)]
    out = {"num": str(num), "name": subject_name(lesson["subject"], pulled), "room": ROOMS[lesson["subject"]],
           "teacher": teacher(lesson["subject"], day, pulled), "sort": num * 100, "lesson_id": lesson["id"],
           "topic": lesson["topic"], "is_control": (day, num) in CONTROL}
    if with_rings:
        out["starttime"], out["endtime"] = rings(day, num, pulled)
    if pupil is not None:  # a pupil's getdiary: homework and marks of the days already taught
        taught = dt.datetime.combine(day, dt.time(15, 0)).replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))
        done = dt.datetime.fromisoformat(pulled) >= taught
        out["homework"] = homework(day, num) if done else {}
        out["files"] = []
        out["resources"] = []
        m = mark_of(pupil, day, num) if done else None
        out["assessments"] = [assessment(pupil, day, num, m, False, pulled)] if m else []
    else:
        out["resources"] = []
    return out


def span(days: str) -> list[dt.date]:
    first, last = (ymd(x) for x in days.split("-"))
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)
            if (first + dt.timedelta(days=i)).weekday() < 5]


def day_of(day: dt.date, pulled: str, with_rings: bool, pupil: str | None, as_array: bool) -> dict:
    key = day.strftime("%Y%m%d")
    out = {"name": key, "title": WEEKDAY[day.weekday()]}
    name = vacation(day, pulled)
    if name:
        out.update({"alert": "vacation", "holiday_name": name, "items": {}})
        return out
    items = [item(day, n, pulled, with_rings, pupil) for n in range(1, 6)]
    out["items"] = items if as_array else {it["num"]: it for it in items}
    return out


def envelope(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, result: dict, pulled: str) -> dict:
    return {"request": f"{request}&{Q}" if "?" in request else f"{request}?{Q}", "body": envelope(result),
            "pulled_at": pulled}


def getrules(parent_of: str, pulled: str) -> dict:
    title, last, first, gender, parent, ptitle, parts = PUPILS[parent_of]
    new = after(pulled, NEW_YEAR_SETUP)
    home = (("47308", "Карпов Денис Алексеевич", "Карпов", "Денис", "Алексеевич") if new else
            ("47301", "Соловьёва Ирина Петровна", "Соловьёва", "Ирина", "Петровна"))
    rules = ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule", "gethomework"]
    result = {
        "roles": ["parent"],
        "relations": {
            "students": {parent_of: {"rel": "child", "name": parent_of, "title": title, "lastname": last,
                                     "firstname": first, "gender": gender, "class": CLASS, "parallel": "7",
                                     "city": "Ярославль", "rules": rules}},
            "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": 7, "balls": 5,
                               "hometeacher_id": home[0], "hometeacher_name": home[1], "hometeacher_lastname": home[2],
                               "hometeacher_firstname": home[3], "hometeacher_middlename": home[4], "rules": rules}},
            "schools": [{"title": "Средняя школа № 47", "title_full": "МОУ «Средняя школа № 47» г. Ярославля",
                         "number": "47", "inn": "7604047471", "kpp": "760401001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
        "name": parent, "title": ptitle, "lastname": parts[0], "firstname": parts[1], "middlename": parts[2],
        "email": "", "region": "Ярославская область", "city": "Ярославль", "vendor": "school47yar",
        "vendor_id": 4732}
    return rec("getrules", result, pulled)


def getperiods(pupil: str, pulled: str) -> dict:
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               {"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": periods_of(pulled)}]}, pulled)


def getdiary(pupil: str, days: str, pulled: str, with_rings: bool = True) -> dict:
    result = {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "parent_signed": False,
                                   "days": {d.strftime("%Y%m%d"): day_of(d, pulled, with_rings, pupil, False)
                                            for d in span(days)}}}}
    return rec(f"getdiary?student={pupil}&days={days}" + ("&rings=__yes" if with_rings else ""), result, pulled)


def getschedule_class(days: str, pulled: str) -> dict:
    result = {"days": {d.strftime("%Y%m%d"): day_of(d, pulled, True, None, True) for d in span(days)}}
    return rec(f"getschedule?class={CLASS}&days={days}&rings=__yes", result, pulled)


def quarter_marks(pupil: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, int, dict]]:
    return [(d, n, m) for d in DAYS if first <= d <= last for n in range(1, 6)
            if (m := mark_of(pupil, d, n)) is not None]


def average(marks: list[dict]) -> str:
    counted = [m for m in marks if m["count"]]
    if not counted:
        return ""
    total = sum(m["convert"] * m["weight"] for m in counted) / sum(m["weight"] for m in counted)
    return f"{total:.2f}"


def half_up(x: str) -> str:
    return str(int(float(x) + 0.5))


def getmarks(pupil: str, days: str, pulled: str) -> dict:
    first, last = (ymd(x) for x in days.split("-"))
    cutoff = dt.datetime.fromisoformat(pulled).date()
    found = [x for x in quarter_marks(pupil, first, last) if x[0] <= cutoff]
    lessons = []
    for subject in SUBJECT_IDS:
        ms = [(d, n, m) for d, n, m in found if LESSONS[(d, n)]["subject"] == subject]
        if not ms:
            continue
        avg = average([m for _, _, m in ms])
        lessons.append({"name": subject_name(subject, pulled), "average": avg,
                        "averageConvert": int(float(avg) + 0.5) if avg else 0, "lesson_id": SUBJECT_IDS[subject],
                        "color_hex": None,
                        "marks": [assessment(pupil, d, n, m, True, pulled) for d, n, m in ms]})
    return rec(f"getmarks?student={pupil}&days={days}",
               {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "lessons": lessons}}}, pulled)


FINAL_SPANS = [("I", dt.date(2025, 9, 1), dt.date(2025, 10, 31)), ("II", dt.date(2025, 11, 10), dt.date(2025, 12, 26)),
               ("III", dt.date(2026, 1, 12), dt.date(2026, 3, 20))]


def getfinalassessments(pupil: str, pulled: str, upto: str) -> dict:
    items, shorts = [], [s for s, _, _ in FINAL_SPANS]
    for subject in SUBJECT_IDS:
        cells = []
        for short, first, last in FINAL_SPANS[:shorts.index(upto) + 1]:
            avg = average([m for d, n, m in quarter_marks(pupil, first, last) if LESSONS[(d, n)]["subject"] == subject])
            if avg:  # the teacher's quarter mark: the journal's weighted average rounded half up
                cells.append({"period": short, "value": half_up(avg), "comment": ""})
        if cells:
            items.append({"name": subject_name(subject, pulled), "assessments": cells})
    return rec(f"getfinalassessments?student={pupil}",
               {"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "items": items}}}, pulled)


P = list(PUPILS)


def steps() -> list[tuple[str, list[dict]]]:
    return [
        ("01 getrules of the three parents on 1 September: class 7В, class teacher Соловьёва Ирина Петровна "
         "[A.3 getrules]",
         [getrules(p, f"2025-09-01T07:{10 + i}:00+03:00") for i, p in enumerate(P)]),
        ("02 getperiods of 32001 and 32002 on 1 September: quarter I 01.09-24.10, quarter II «2 чевтерть» (typo) "
         "05.11-26.12 [A.3 Period, A.5 E1]",
         [getperiods(p, f"2025-09-01T07:{20 + i}:00+03:00") for i, p in enumerate(P[:2])]),
        ("03 on 10 October: the class's timetable for the next fortnight (20.10-31.10; 27-31.10 still autumn "
         "holidays) and 32001's marks over quarter I as then dated (20250901-20251024) [A.2, A.3 Day, SubjectMarks]",
         [getschedule_class("20251020-20251031", "2025-10-10T18:00:00+03:00"),
          getmarks("32001", "20250901-20251024", "2025-10-10T18:05:00+03:00")]),
        ("04 getperiods of the three pupils on 17 October, after the region moved the holidays: quarter I "
         "01.09-31.10, quarter II 10.11-26.12 (re-dated after marks were given) [A.3 Period, A.4]",
         [getperiods(p, f"2025-10-17T18:{10 + i}:00+03:00") for i, p in enumerate(P)]),
        ("05 on 24 October: the class's timetable 27.10-07.11: 27-31.10 are school days now, 03-07.11 holidays "
         "[A.3 Day, A.5 E2]",
         [getschedule_class("20251027-20251107", "2025-10-24T18:00:00+03:00")]),
        ("06 32001's diary of 27-31.10 (control work in Алгебра on 30.10) and getmarks of the three pupils over the "
         "re-dated quarter I (20250901-20251031) [A.3 Lesson item, Assessment, SubjectMarks]",
         [getdiary("32001", "20251027-20251031", "2025-10-31T19:00:00+03:00")]
         + [getmarks(p, "20250901-20251031", f"2025-11-01T10:{10 + i}:00+03:00") for i, p in enumerate(P)]),
        ("07 32001's diary of 10-14.11 (Алгебра, Геометрия: Лаврентьева) and, on 14.11, the class's timetable of "
         "17-21.11 as then planned (still Лаврентьева) [A.3 Lesson item]",
         [getdiary("32001", "20251110-20251114", "2025-11-14T19:00:00+03:00"),
          getschedule_class("20251117-20251121", "2025-11-14T19:10:00+03:00")]),
        ("08 diaries of 17-21.11 (32001; 32003 ill on 19-20.11) and of 24-28.11 (32001): Зайцев Павел Геннадьевич "
         "teaches Алгебра and Геометрия from 17.11 [A.3 Lesson item, A.6]",
         [getdiary("32001", "20251117-20251121", "2025-11-21T19:00:00+03:00"),
          getdiary("32003", "20251117-20251121", "2025-11-21T19:05:00+03:00"),
          getdiary("32001", "20251124-20251128", "2025-11-28T19:00:00+03:00")]),
        ("09 the last week of quarter II: 32002's diary of 22-26.12 (shortened lessons on 26.12), getmarks over "
         "quarter II (20251110-20251226) and getfinalassessments (I, II) of the three pupils [A.3, A.5 E4]",
         [getdiary("32002", "20251222-20251226", "2025-12-26T19:00:00+03:00")]
         + [getmarks(p, "20251110-20251226", f"2025-12-26T20:{10 + i}:00+03:00") for i, p in enumerate(P)]
         + [getfinalassessments(p, f"2025-12-27T10:{10 + i}:00+03:00", "II") for i, p in enumerate(P)]),
        ("10 on 12 January: getrules of the three parents (class teacher Карпов Денис Алексеевич) and getperiods of "
         "the three pupils (quarter II's fullname corrected to «2 четверть») [A.3 getrules, Period]",
         [getrules(p, f"2026-01-12T07:{10 + i}:00+03:00") for i, p in enumerate(P)]
         + [getperiods(p, f"2026-01-12T07:{20 + i}:00+03:00") for i, p in enumerate(P)]),
        ("11 diaries of 12-16.01: new bells (08:30), «Труд (технология)», Фомина Лариса Борисовна for Русский язык "
         "and Литература; 32003's without rings [A.3 Lesson item starttime/endtime]",
         [getdiary("32001", "20260112-20260116", "2026-01-16T19:00:00+03:00"),
          getdiary("32002", "20260112-20260116", "2026-01-16T19:05:00+03:00"),
          getdiary("32003", "20260112-20260116", "2026-01-16T19:10:00+03:00", with_rings=False)]),
        ("12 the end of quarter III: getmarks (20260112-20260320) and getfinalassessments (I, II, III; the subject "
         "now «Труд (технология)» in every column) of the three pupils [A.3 SubjectMarks, Final assessment]",
         [getmarks(p, "20260112-20260320", f"2026-03-20T20:{10 + i}:00+03:00") for i, p in enumerate(P)]
         + [getfinalassessments(p, f"2026-03-21T10:{10 + i}:00+03:00", "III") for i, p in enumerate(P)]),
        ("13 the retry queue, delivered in March: seven older answers with their own pulled_at (32003's getperiods of "
         "1 September, 32001's of 15 December, 32002's diary of 20-31.10 pulled on 15.10, the class's timetable of "
         "17-28.11 pulled on 13.11, 32003's diary of 22-26.12 without rings pulled on 29.12, the class's timetable "
         "of 12-16.01 pulled on 26.12, 32103's getrules of 20 December) [A.2, A.3, A.4]",
         [getperiods("32003", "2025-09-01T07:22:00+03:00"),
          getperiods("32001", "2025-12-15T18:00:00+03:00"),
          getdiary("32002", "20251020-20251031", "2025-10-15T18:00:00+03:00"),
          getschedule_class("20251117-20251128", "2025-11-13T18:00:00+03:00"),
          getdiary("32003", "20251222-20251226", "2025-12-29T11:00:00+03:00", with_rings=False),
          getschedule_class("20260112-20260116", "2025-12-26T18:30:00+03:00"),
          getrules("32003", "2025-12-20T09:00:00+03:00")]),
    ]


def main() -> None:
    journey = {
        "vendor": "elzhur",
        "description": "Средняя школа № 47 (Ярославль), class 7В, September 2025 to March 2026: the school's setup "
                       "changes during the year (quarters re-dated after marks were given, a period renamed, new "
                       "bells from 12 January, a subject renamed, a class teacher and two teachers replaced), and "
                       "older answers delivered late must not rewrite what changed.",
        "steps": [{"name": name, "batches": [batch]} for name, batch in steps()],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
