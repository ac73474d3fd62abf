"""Write journey.json of elzhur_80: a temporary transfer to the parallel class and back (Eljur, Екатеринбург,
Monday 14 - Sunday 27 December 2026, the end of 2 четверть).

Standard library only, deterministic. Every value is invented. See README.md for the cast, the steps and the traps.

The journal's truth, which the answers below show as of each pull:
* 6А and 6Б, 6th grade, five-day week, two English subgroups each (``grp`` «1 группа» / «2 группа»);
* Лебедев Тимофей (80511) is in 6А and its English group 1; the order of Tue 15 Dec (entered 21:00) moves him to 6Б
  (his twin sister's class, English group 2) from Wed 16 Dec; the order of Wed 23 Dec (entered 07:05, before the
  first lesson) brings him back to 6А (group 1) from that day;
* his 6Б independent work in Mathematics of Fri 18 Dec (``3``) is corrected by the 6Б teacher on Thu 24 Dec (``4``);
  the 6А teacher sets his quarter's Mathematics mark on Fri 25 Dec (``3``) and raises it on Sat 26 Dec (``4``);
* a pupil's own diary shows the lessons he had: 6А's before the move, 6Б's during the stay, 6А's after the return
  (what an answer pulled before an order shows for the days after it is the plan as of that pull).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-sch80", "6680"
D = dt.date
FIRST, LAST = D(2026, 12, 14), D(2026, 12, 27)
MOVER, TWIN = "80511", "80521"
OUT_ORDER = dt.datetime(2026, 12, 15, 21, 0)  # the transfer order is in the journal (local time)
BACK_ORDER = dt.datetime(2026, 12, 23, 7, 5)  # the return order is in the journal
MOVE_DAY, BACK_DAY = D(2026, 12, 16), D(2026, 12, 23)
CORRECTED_AT = dt.datetime(2026, 12, 24, 16, 0)  # 6Б's teacher corrects Тимофей's independent work of 18 Dec
FINALS_SET_AT = dt.datetime(2026, 12, 25, 18, 0)  # the quarter's marks are in the journal
FINAL_RAISED_AT = dt.datetime(2026, 12, 26, 10, 0)  # 6А's Mathematics teacher raises Тимофей's quarter mark

PARENTS = {  # id: (last, first, middle, gender, children)
    "80911": ("Лебедева", "Ольга", "Николаевна", "female", ["80511", "80521"]),
    "80912": ("Андреев", "Виктор", "Павлович", "male", ["80512"]),
    "80913": ("Гусева", "Марина", "Юрьевна", "female", ["80513"]),
    "80914": ("Демидова", "Анна", "Игоревна", "female", ["80514"]),
    "80915": ("Жукова", "Татьяна", "Сергеевна", "female", ["80515"]),
    "80922": ("Захарова", "Людмила", "Андреевна", "female", ["80522"]),
    "80923": ("Климов", "Роман", "Евгеньевич", "male", ["80523"]),
}
PUPILS = {  # id: (last, first, gender, class, English group)
    "80511": ("Лебедев", "Тимофей", "male", "6А", 1),
    "80512": ("Андреева", "Полина", "female", "6А", 1),
    "80513": ("Гусев", "Кирилл", "male", "6А", 1),
    "80514": ("Демидова", "Софья", "female", "6А", 2),
    "80515": ("Жуков", "Артём", "male", "6А", 2),
    "80521": ("Лебедева", "Варвара", "female", "6Б", 1),
    "80522": ("Захаров", "Илья", "male", "6Б", 1),
    "80523": ("Климова", "Ева", "female", "6Б", 2),
}
LEVEL = {"80511": 4, "80512": 5, "80513": 4, "80514": 3, "80515": 4, "80521": 5, "80522": 4, "80523": 3}
HOMETEACHER = {"6А": ("80701", "Сафронова", "Людмила", "Викторовна"),
               "6Б": ("80702", "Горбунов", "Алексей", "Дмитриевич")}

EN = "Английский язык"
WEEK = {  # weekday -> subjects by lesson number (English: both subgroups at that number)
    "6А": {0: ["Русский язык", "Математика", EN, "История", "Физическая культура", "Литература"],
           1: ["Математика", "Русский язык", "Биология", "Литература", "География", "Музыка"],
           2: ["Русский язык", "Математика", EN, "Обществознание", "Технология", "Технология"],
           3: ["Математика", "Русский язык", "История", "Физическая культура", "Изобразительное искусство"],
           4: ["Русский язык", "Математика", "Литература", EN, "Биология", "Физическая культура"]},
    "6Б": {0: ["Математика", "Русский язык", "История", "Литература", EN, "География"],
           1: ["Русский язык", "Математика", "Физическая культура", "Биология", EN, "Изобразительное искусство"],
           2: ["Математика", "Русский язык", "Литература", "Биология", "Физическая культура", "Музыка"],
           3: ["Русский язык", "Математика", EN, "Обществознание", "Технология", "Технология"],
           4: ["Математика", "Русский язык", "История", "Литература", "Физическая культура"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
GRP = {1: ("1 группа", "1 гр."), 2: ("2 группа", "2 гр.")}

SHARED = {"История": "Горбунов Алексей Дмитриевич", "Обществознание": "Горбунов Алексей Дмитриевич",
          "Биология": "Ершова Наталья Павловна", "География": "Ершова Наталья Павловна",
          "Музыка": "Орлова Вера Михайловна", "Изобразительное искусство": "Белкина Ирина Олеговна",
          "Технология": "Тихонов Павел Ильич", "Физическая культура": "Рябов Денис Сергеевич"}
OWN = {("6А", "Русский язык"): "Сафронова Людмила Викторовна", ("6А", "Литература"): "Сафронова Людмила Викторовна",
       ("6Б", "Русский язык"): "Кириллова Татьяна Андреевна", ("6Б", "Литература"): "Кириллова Татьяна Андреевна",
       ("6А", "Математика"): "Плотников Сергей Валерьевич", ("6Б", "Математика"): "Зуева Марина Николаевна"}
EN_TEACHER = {1: "Миронова Анна Сергеевна", 2: "Соколова Елена Игоревна"}
ROOMS = {("6А", "Русский язык"): "204", ("6А", "Литература"): "204", ("6Б", "Русский язык"): "206",
         ("6Б", "Литература"): "206", ("6А", "Математика"): "210", ("6Б", "Математика"): "212",
         "История": "305", "Обществознание": "305", "Биология": "308", "География": "308", "Музыка": "110",
         "Изобразительное искусство": "112", "Технология": "мастерская", "Физическая культура": "спортзал"}
EN_ROOM = {1: "401", 2: "403"}
SUBJECT_ID = {"Русский язык": "1201", "Литература": "1202", "Математика": "1203", "История": "1204",
              "Обществознание": "1205", "География": "1206", "Биология": "1207", EN: "1208", "Музыка": "1209",
              "Изобразительное искусство": "1210", "Технология": "1211", "Физическая культура": "1212"}

TOPICS = {
    "Русский язык": ["Имя числительное как часть речи", "Простые, сложные и составные числительные",
                     "Мягкий знак на конце и в середине числительных", "Порядковые числительные",
                     "Разряды количественных числительных", "Числительные, обозначающие целые числа",
                     "Дробные числительные", "Собирательные числительные",
                     "Морфологический разбор имени числительного", "Повторение по теме «Имя числительное»",
                     "Местоимение как часть речи", "Личные местоимения", "Возвратное местоимение себя"],
    "Литература": ["Н. А. Некрасов «Железная дорога»: картины подневольного труда",
                   "А. А. Фет «Ель рукавом мне тропинку завесила…»",
                   "Н. С. Лесков «Левша»: гордость писателя за народ",
                   "«Левша»: особенности языка сказа", "А. П. Чехов «Толстый и тонкий»",
                   "Родная природа в стихотворениях русских поэтов XIX века",
                   "Урок внеклассного чтения: зимние стихи"],
    "Математика": ["Положительные и отрицательные числа", "Координатная прямая", "Противоположные числа",
                   "Модуль числа", "Сравнение чисел", "Изменение величин",
                   "Сложение чисел с помощью координатной прямой", "Сложение отрицательных чисел",
                   "Сложение чисел с разными знаками", "Вычитание", "Решение задач на сложение и вычитание",
                   "Умножение", "Деление", "Рациональные числа"],
    "История": ["Владимиро-Суздальское княжество", "Новгородская республика",
                "Южные и юго-западные русские княжества", "Монгольская империя", "Батыево нашествие на Русь"],
    "Обществознание": ["Человек в малой группе", "Межличностные отношения", "Отношения со сверстниками"],
    "География": ["Атмосфера: строение, значение, изучение", "Температура воздуха", "Атмосферное давление"],
    "Биология": ["Лист: внешнее строение", "Клеточное строение листа", "Видоизменения листьев",
                 "Стебель: строение и значение", "Строение стебля"],
    EN: ["Unit 4: My Day", "Present Continuous", "Present Simple vs Present Continuous", "Christmas traditions",
         "Vocabulary: Holidays", "Reading: Winter in Russia"],
    "Музыка": ["Образы камерной музыки", "Инструментальный концерт"],
    "Изобразительное искусство": ["Натюрморт в графике", "Цвет в натюрморте"],
    "Технология": ["Технология приготовления блюд из круп", "Сервировка стола к обеду"],
    "Физическая культура": ["Гимнастика: акробатические упражнения", "Гимнастика: опорный прыжок",
                            "Лазание по канату", "Гимнастика: упражнения на равновесие"],
}
OFFSET = {"6А": 0, "6Б": 2}  # 6Б is two lessons ahead in Russian and Mathematics
CONTROL = {  # (class, date, subject): (topic, work type, short, weight)
    ("6Б", D(2026, 12, 18), "Математика"): ("Самостоятельная работа «Сложение и вычитание»",
                                            "Самостоятельная работа", "СР", 2),
    ("6Б", D(2026, 12, 22), "Биология"): ("Лабораторная работа «Клеточное строение листа»",
                                          "Лабораторная работа", "ЛР", 2),
    ("6А", D(2026, 12, 24), "Математика"): ("Контрольная работа № 6 «Положительные и отрицательные числа»",
                                            "Контрольная работа", "КР", 3),
    ("6А", D(2026, 12, 25), "Русский язык"): ("Контрольный диктант по теме «Имя числительное»",
                                              "Контрольный диктант", "КД", 2),
}
WORK = {"РУ": ("Работа на уроке", 1), "УО": ("Устный ответ", 1), "ДЗ": ("Домашняя работа", 1)}
MTYPE_ID = {"РУ": 1, "УО": 2, "ДЗ": 3, "СР": 4, "ЛР": 5, "КР": 6, "КД": 7}
NO_HOMEWORK = {"Физическая культура", "Музыка", "Изобразительное искусство", "Технология"}


def h(*parts: object) -> int:
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def days(first: dt.date, last: dt.date):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def slots(cls: str, day: dt.date) -> list[tuple[int, str, int | None]]:
    """(num, subject, English group or None) of the class's timetable that day (both English groups)."""
    if day.weekday() > 4:
        return []
    out = []
    for num, subject in enumerate(WEEK[cls][day.weekday()], 1):
        if subject == EN:
            out += [(num, subject, 1), (num, subject, 2)]
        else:
            out.append((num, subject, None))
    return out


def lesson_id(cls: str, day: dt.date, num: int, grp: int | None) -> str:
    return f"{47 if cls == '6А' else 48}{day:%m%d}{num}{grp or 0}"


def occurrence(cls: str, subject: str, grp: int | None, day: dt.date, num: int) -> int:
    """How many lessons of the subject (and group) the class had in the fortnight before this one."""
    count = 0
    for d in days(FIRST, day):
        for n, s, g in slots(cls, d):
            if s == subject and g == grp and (d < day or n < num):
                count += 1
    return count


def topic(cls: str, subject: str, grp: int | None, day: dt.date, num: int) -> str:
    if (cls, day, subject) in CONTROL:
        return CONTROL[(cls, day, subject)][0]
    k = occurrence(cls, subject, grp, day, num)
    if subject == "Технология":
        k //= 2  # a double lesson, one topic
    if subject in ("Русский язык", "Математика"):
        k += OFFSET[cls]
    elif subject == EN:
        k += grp - 1
    items = TOPICS[subject]
    return items[k % len(items)]


def teacher(cls: str, subject: str, grp: int | None) -> str:
    return EN_TEACHER[grp] if subject == EN else OWN.get((cls, subject)) or SHARED[subject]


def room(cls: str, subject: str, grp: int | None) -> str:
    return EN_ROOM[grp] if subject == EN else ROOMS.get((cls, subject)) or ROOMS[subject]


def task_text(cls: str, subject: str, grp: int | None, day: dt.date, num: int) -> str | None:
    if subject in NO_HOMEWORK:
        return None
    k = occurrence(cls, subject, grp, day, num)
    a = 0 if cls == "6А" else 1
    if subject == "Русский язык":
        return f"§ {41 + k + 2 * a}, упр. {386 + 7 * k + 19 * a}"
    if subject == "Математика":
        n = 1012 + 9 * k + 31 * a
        return f"п. {31 + k // 2 + a}, № {n}, {n + 2}, {n + 5}"
    if subject == "Литература":
        return f"Стр. {168 + 9 * k + 4 * a}–{180 + 9 * k + 4 * a}, выразительное чтение; вопросы 1–{3 + a}"
    if subject == "История":
        return f"§ {15 + k}, вопросы {1 + a}–{5 + a} к параграфу"
    if subject == "Обществознание":
        return f"§ {8 + k}, задание «В классе и дома» № {2 + a}"
    if subject in ("Биология", "География"):
        return f"§ {17 + k}, рабочая тетрадь с. {44 + 3 * k + 5 * a}"
    if subject == EN:
        return f"SB p. {52 + 4 * k + 2 * grp + 6 * a}, ex. {3 + k % 4}; WB p. {31 + 2 * k + grp + 3 * a}"
    raise ValueError(subject)


def previous_lesson(cls: str, subject: str, grp: int | None, day: dt.date) -> dt.date:
    d = day - dt.timedelta(days=1)
    while not any(s == subject and g == grp for _, s, g in slots(cls, d)):
        d -= dt.timedelta(days=1)
    return d


def class_of(pupil: str, day: dt.date, pulled: dt.datetime) -> str:
    """The class whose lessons the pupil's own diary lists for ``day`` as of ``pulled`` (local)."""
    cls = PUPILS[pupil][3]
    if pupil != MOVER or day < MOVE_DAY or pulled < OUT_ORDER:
        return cls
    if day >= BACK_DAY and pulled >= BACK_ORDER:
        return "6А"
    return "6Б"


def group_of(pupil: str, cls: str) -> int:
    return (1 if cls == "6А" else 2) if pupil == MOVER else PUPILS[pupil][4]


def the_class_now(pupil: str, pulled: dt.datetime) -> str:
    """The pupil's class as getrules shows it at ``pulled``."""
    if pupil != MOVER:
        return PUPILS[pupil][3]
    return "6Б" if OUT_ORDER <= pulled < BACK_ORDER else "6А"


# --- marks (the journal's truth; each answer shows what was entered by its pull) ---------------------------------

def mark(value: str, lid: str, day: dt.date, short: str = "РУ", nm: str = "1", comment: str = "",
         work: tuple[str, int] | None = None) -> dict:
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment, "color_hex": None}
    name, weight = work or WORK[short]
    convert = int(value[0])
    countas = {"4-": "3.75", "5-": "4.75"}.get(value, value)
    return {"value": value, "countas": countas, "count": True, "convert": convert, "weight": weight,
            "weight_float": weight, "control_type": name, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


# (pupil, date, subject) -> [(value, short, comment, entered at, replaced by (value, comment, at) or None,
#                             deleted at or None)]
MOVER_MARKS = {
    (D(2026, 12, 14), "Математика"): [("4", "РУ", "")],
    (D(2026, 12, 14), EN): [("5", "УО", "")],
    (D(2026, 12, 15), "Математика"): [("3", "ДЗ", "домашнее задание выполнено не полностью")],
    (D(2026, 12, 15), "Биология"): [("5", "РУ", "")],
    (D(2026, 12, 16), "Литература"): [("4", "УО", "")],
    (D(2026, 12, 17), "Русский язык"): [("оп", None, "опоздал: искал кабинет 206")],
    (D(2026, 12, 17), EN): [("4", "РУ", "")],
    (D(2026, 12, 18), "Математика"): [("3", "СР", "")],  # corrected on 24 Dec, see below
    (D(2026, 12, 18), "История"): [("5", "УО", "")],
    (D(2026, 12, 21), "Математика"): [("н", None, "по заявлению родителей (приём у врача)")],
    (D(2026, 12, 21), "Русский язык"): [("н", None, "по заявлению родителей (приём у врача)")],
    (D(2026, 12, 21), "География"): [("4", "РУ", "")],
    (D(2026, 12, 22), "Математика"): [("5", "РУ", "")],
    (D(2026, 12, 22), "Биология"): [("4-", "ЛР", "неаккуратный рисунок клеток")],
    (D(2026, 12, 23), "Русский язык"): [("4", "УО", "")],
    (D(2026, 12, 23), "Обществознание"): [("5", "УО", "")],
    (D(2026, 12, 24), "Математика"): [("3", "КР", "")],
    (D(2026, 12, 24), "Физическая культура"): [("5", "РУ", "")],
    (D(2026, 12, 25), "Русский язык"): [("4", "КД", "")],
    (D(2026, 12, 25), EN): [("4", "РУ", "")],
}
CORRECTION = {"value": "4", "comment": "исправлено 24.12: работа переписана"}
SPECIAL = {  # (pupil, date, subject) -> (value shown first, entered, value later, changed at, comment later)
    ("80513", D(2026, 12, 14), "Русский язык"): ("н", dt.datetime(2026, 12, 14, 8, 5), "оп",
                                                 dt.datetime(2026, 12, 15, 10, 0), "опоздал на 10 минут"),
}
DELETED = {  # (pupil, date, subject) -> (value, entered, deleted at): a mark entered for the wrong pupil
    ("80514", D(2026, 12, 15), "Математика"): ("2", dt.datetime(2026, 12, 15, 15, 0), dt.datetime(2026, 12, 16, 9, 0)),
}
TWIN_ILL = D(2026, 12, 25)


def marks_of(pupil: str, cls: str, day: dt.date, subject: str, lid: str, pulled: dt.datetime) -> list[dict]:
    """The pupil's marks on that lesson as the journal holds them at ``pulled`` (local)."""
    entered = dt.datetime.combine(day, dt.time(15, 0))
    if pulled < dt.datetime.combine(day, dt.time(8, 0)):
        return []
    out = []
    key = (pupil, day, subject)
    if key in SPECIAL:
        first, at, later, changed, comment = SPECIAL[key]
        if pulled >= changed:
            out.append(mark(later, lid, day, comment=comment))
        elif pulled >= at:
            out.append(mark(first, lid, day))
        return out
    if key in DELETED:
        value, at, gone = DELETED[key]
        return [mark(value, lid, day, short="ДЗ")] if at <= pulled < gone else []
    if pulled < entered:
        return []
    if pupil == MOVER:
        for value, short, comment in MOVER_MARKS.get((day, subject), []):
            if value in ("н", "оп"):
                out.append(mark(value, lid, day, comment=comment))
                continue
            work = None
            if short in ("СР", "ЛР", "КР", "КД"):
                _, name, _, weight = CONTROL[(cls, day, subject)]
                work = (name, weight)
            if (day, subject) == (D(2026, 12, 18), "Математика") and pulled >= CORRECTED_AT:
                value, comment = CORRECTION["value"], CORRECTION["comment"]
            out.append(mark(value, lid, day, short=short, comment=comment, work=work))
        return out
    if pupil == TWIN and day == TWIN_ILL:
        return [mark("н", lid, day, comment="болеет")]
    if (cls, day, subject) in CONTROL:
        _, name, short, weight = CONTROL[(cls, day, subject)]
        value = str(min(5, max(2, LEVEL[pupil] + h(pupil, lid) % 3 - 1)))
        return [mark(value, lid, day, short=short, work=(name, weight))]
    x = h(pupil, lid, "mark")
    if x % 5 == 0:
        value = str(min(5, max(3, LEVEL[pupil] + x % 3 - 1)))
        short = "УО" if subject in ("Литература", "История", "Обществознание") else "РУ"
        out.append(mark(value, lid, day, short=short))
    return out


# --- answers ------------------------------------------------------------------------------------------------------

def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, body: dict, pulled: str) -> dict:
    return {"request": request, "pulled_at": pulled, "body": body}


def local(moment: dt.datetime) -> str:
    return moment.isoformat() + "+05:00"


def utc(moment: dt.datetime) -> str:
    return (moment - dt.timedelta(hours=5)).isoformat() + "Z"


def naive(moment: dt.datetime) -> str:
    return moment.isoformat()


def task_visible(cls: str, subject: str, grp: int | None, day: dt.date, pulled: dt.datetime) -> bool:
    """A task for a lesson is entered at the end of the subject's previous lesson (15:00 that day)."""
    return pulled >= dt.datetime.combine(previous_lesson(cls, subject, grp, day), dt.time(15, 0))


INDIVIDUAL = {  # (class, date, subject) -> (id, text, entered): a task for Тимофей alone
    ("6Б", D(2026, 12, 17), "Русский язык"): (
        958121710, "Индивидуально: догнать программу 6Б — § 43–44 (порядковые числительные), упр. 401, 404",
        dt.datetime(2026, 12, 16, 15, 0)),
    ("6А", D(2026, 12, 24), "Русский язык"): (
        957122420, "Индивидуально: повторить темы 16–22.12 по классу 6А (§ 44–46), упр. 414, 417",
        dt.datetime(2026, 12, 23, 15, 0)),
}
FILES = {("6Б", D(2026, 12, 22), "Биология"): "бланк_лабораторной_работы_лист.pdf",
         ("6А", D(2026, 12, 24), "Математика"): "памятка_правила_знаков.pdf"}


def tasks(cls: str, subject: str, grp: int | None, day: dt.date, num: int, pulled: dt.datetime,
          pupil: str | None) -> tuple[dict, list]:
    """(homework, files) of the lesson item as of ``pulled``; a class's view (pupil None) has no individual task."""
    homework, files = {}, []
    text = task_text(cls, subject, grp, day, num)
    lid = lesson_id(cls, day, num, grp)
    if text and task_visible(cls, subject, grp, day, pulled):
        hid = int("9" + lid)
        homework[str(hid)] = {"id": hid, "value": text, "individual": False}
        if (cls, day, subject) in FILES:
            name = FILES[(cls, day, subject)]
            files.append({"toid": hid, "filename": name, "link": f"https://{VENDOR}.eljur.ru/files/{h(name):08x}"})
    if pupil == MOVER and (cls, day, subject) in INDIVIDUAL:
        hid, text, at = INDIVIDUAL[(cls, day, subject)]
        if pulled >= at:
            homework[str(hid)] = {"id": hid, "value": text, "individual": True}
    return homework, files


def first_of_subject(cls: str, day: dt.date, subject: str, grp: int | None, num: int) -> bool:
    """A double lesson carries its task on the first of its two numbers."""
    return not any(s == subject and g == grp and n < num for n, s, g in slots(cls, day))


def item(cls: str, day: dt.date, num: int, subject: str, grp: int | None, pulled: dt.datetime,
         pupil: str | None, seconds: bool = True) -> dict:
    lid = lesson_id(cls, day, num, grp)
    start, end = BELLS[num]
    if seconds:
        start, end = start + ":00", end + ":00"
    it = {"num": str(num), "name": subject, "room": room(cls, subject, grp), "teacher": teacher(cls, subject, grp),
          "sort": num * 100 + (grp or 0), "lesson_id": lid, "topic": topic(cls, subject, grp, day, num),
          "is_control": (cls, day, subject) in CONTROL, "starttime": start, "endtime": end}
    if grp:
        it["grp"], it["grp_short"] = GRP[grp]
    if pupil is not None:
        homework, files = tasks(cls, subject, grp, day, num, pulled, pupil) if first_of_subject(
            cls, day, subject, grp, num) else ({}, [])
        it.update(homework=homework, files=files, resources=[],
                  assessments=marks_of(pupil, cls, day, subject, lid, pulled))
    return it


def pupil_days(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    out = {}
    for day in days(first, last):
        cls = class_of(pupil, day, pulled)
        grp = group_of(pupil, cls)
        lessons = [(n, s, g) for n, s, g in slots(cls, day) if g is None or g == grp]
        if lessons:
            key = f"{day:%Y%m%d}"
            out[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                        "items": {str(n): item(cls, day, n, s, g, pulled, pupil) for n, s, g in lessons}}
    return out


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime, stamp=local) -> dict:
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": pupil_days(pupil, first, last, pulled)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, stamp(pulled))


def getmarks(pupil: str, first: dt.date, last: dt.date, pulled: dt.datetime, stamp=local) -> dict:
    by_subject: dict[str, list] = {}
    for key, day in sorted(pupil_days(pupil, first, last, pulled).items()):
        for it in sorted(day["items"].values(), key=lambda x: int(x["num"])):
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.update(lesson_comment=it["topic"], max_mark=None)
                if short:
                    m["mtype"] = {"id": MTYPE_ID[short], "short": short, "type": kind}
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject, key=lambda s: SUBJECT_ID[s]):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        average = str((Decimal(total) / Decimal(weight)).quantize(Decimal("0.01"), ROUND_HALF_UP)) if weight else ""
        lessons.append({"name": subject, "average": average,
                        "averageConvert": round(total / weight) if weight else 0, "lesson_id": SUBJECT_ID[subject],
                        "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, stamp(pulled))


def class_schedule(cls: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    """getschedule by class (felpsyatina's shape: ``days`` at the top, ``items`` a list): a timetable, so its items
    carry no homework and no marks; both English groups, labelled."""
    out = {}
    for day in days(first, last):
        lessons = slots(cls, day)
        if lessons:
            key = f"{day:%Y%m%d}"
            out[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                        "items": [item(cls, day, n, s, g, pulled, None, seconds=False) for n, s, g in lessons]}
    return rec(f"getschedule?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", envelope({"days": out}),
               local(pulled))


def class_homework(cls: str, first: dt.date, last: dt.date, pulled: dt.datetime) -> dict:
    """gethomework by class (A.5 E5: ``days`` at the top, ``items`` a list of subjects, the older ``files.file``)."""
    out = {}
    for day in days(first, last):
        items = []
        for n, s, g in slots(cls, day):
            if not first_of_subject(cls, day, s, g, n):
                continue
            homework, files = tasks(cls, s, g, day, n, pulled, None)
            if homework:
                entry = {"name": s, "grp": GRP[g][0] if g else None, "homework": homework}
                if files:
                    entry["files"] = {"file": [{"filename": f["filename"], "link": f["link"]} for f in files]}
                items.append(entry)
        if items:
            key = f"{day:%Y%m%d}"
            out[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    return rec(f"gethomework?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": out}), local(pulled))


def getrules(parent: str, pulled: dt.datetime, stamp=local) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, _, _ = PUPILS[child]
        cls = the_class_now(child, pulled)
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": 6, "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": 6, "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm,
                       "rules": ["getschedule", "gethomework"]}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last,
              "firstname": first, "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru",
              "roles": ["parent"], "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR,
              "vendor_id": VENDOR_ID, "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": dict(sorted(groups.items())),
                            "schools": [{"title": "СОШ № 80", "title_full": "МАОУ СОШ № 80 г. Екатеринбурга",
                                         "number": "80", "inn": "6658000080", "kpp": "665801001"}]}}
    return rec("getrules", envelope(result), stamp(pulled))


PERIODS = [
    {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
     "ambigious": None},
    {"name": "II", "fullname": "2 четверть", "start": "20261109", "end": "20261227", "disabled": False,
     "ambigious": None},
    {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
     "ambigious": None},
    {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270530", "disabled": False,
     "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": PERIODS}]}), local(pulled))


SUBJECTS = list(SUBJECT_ID)
MOVER_II = {"Русский язык": "4", "Литература": "4", "Математика": "3", "История": "5", "Обществознание": "5",
            "География": "4", "Биология": "4", EN: "4", "Музыка": "5", "Изобразительное искусство": "5",
            "Технология": "5", "Физическая культура": "5"}


def final_value(pupil: str, subject: str, period: str) -> str:
    if pupil == MOVER and period == "II":
        return MOVER_II[subject]
    return str(min(5, max(3, LEVEL[pupil] + h(pupil, subject, period) % 3 - 1)))


def getfinalassessments(pupil: str, pulled: dt.datetime, stamp=local) -> dict:
    items = []
    for subject in SUBJECTS:
        assessments = [{"period": "I", "value": final_value(pupil, subject, "I"), "comment": ""}]
        if pulled >= FINALS_SET_AT:
            value, comment = final_value(pupil, subject, "II"), ""
            if pupil == MOVER and subject == "Математика" and pulled >= FINAL_RAISED_AT:
                value, comment = "4", "с учётом исправленной самостоятельной работы (6Б, 18.12)"
            assessments.append({"period": "II", "value": value, "comment": comment})
        items.append({"name": subject, "assessments": assessments})
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), stamp(pulled))


def main() -> None:
    pupils, parents = sorted(PUPILS), sorted(PARENTS)
    W1, W1E, W2, W2E = FIRST, D(2026, 12, 20), D(2026, 12, 21), LAST
    at = dt.datetime
    steps = []

    def step(name: str, *batches) -> None:
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 13 Dec 18:00: getrules of the seven parents, getperiods of the eight pupils; the head teacher's "
         "class schedules of 6А and 6Б for the fortnight",
         [getrules(p, at(2026, 12, 13, 18, i)) for i, p in enumerate(parents)]
         + [getperiods(p, at(2026, 12, 13, 18, 10 + i)) for i, p in enumerate(pupils)],
         [class_schedule(c, FIRST, LAST, at(2026, 12, 13, 18, 30 + i)) for i, c in enumerate(("6А", "6Б"))])
    step("02 Mon 14 Dec 20:00: every pupil's getdiary of the fortnight (Тимофей still in 6А for both weeks)",
         [getdiary(p, FIRST, LAST, at(2026, 12, 14, 20, i)) for i, p in enumerate(pupils)])
    step("03 Tue 15 Dec 21:30: the transfer order is in the journal (Тимофей to 6Б from Wed 16): his parent's "
         "getrules, every pupil's getdiary of week 1",
         [getrules("80911", at(2026, 12, 15, 21, 30))]
         + [getdiary(p, W1, W1E, at(2026, 12, 15, 21, 31 + i)) for i, p in enumerate(pupils)])
    step("04 Thu 17 Dec 16:00: the head teacher's gethomework of 6А and 6Б, week 1",
         [class_homework(c, W1, W1E, at(2026, 12, 17, 16, i)) for i, c in enumerate(("6А", "6Б"))])
    step("05 Fri 18 Dec 20:00: every pupil's getdiary of week 1 with the week's marks; getfinalassessments "
         "(1 четверть only)",
         [getdiary(p, W1, W1E, at(2026, 12, 18, 20, i)) for i, p in enumerate(pupils)],
         [getfinalassessments(p, at(2026, 12, 18, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("06 Mon 21 Dec 20:00: getrules of the seven parents (Тимофей in 6Б), the class schedules of week 2, every "
         "pupil's getdiary of week 2 (Тимофей's shows 6Б for the whole week)",
         [getrules(p, at(2026, 12, 21, 19, 50 + i)) for i, p in enumerate(parents)]
         + [class_schedule(c, W2, W2E, at(2026, 12, 21, 19, 58 + i)) for i, c in enumerate(("6А", "6Б"))],
         [getdiary(p, W2, W2E, at(2026, 12, 21, 20, i)) for i, p in enumerate(pupils)])
    night = at(2026, 12, 23, 5, 0)
    step("07 Wed 23 Dec 05:10: the nightly job's getdiary of week 2 (pulled 05:00-05:09, naive local stamps); "
         "Тимофей's and his parent's answers time out on the way and go to the retry queue",
         [getdiary(p, W2, W2E, night + dt.timedelta(minutes=2 + i), naive) for i, p in enumerate(pupils)
          if p != MOVER])
    step("08 Wed 23 Dec 07:30: the return order is in the journal (07:05); the head teacher's relay pulls "
         "Тимофей's parent's getrules and his getdiary of week 2 (stamped in UTC)",
         [getrules("80911", at(2026, 12, 23, 7, 30), utc), getdiary(MOVER, W2, W2E, at(2026, 12, 23, 7, 31), utc)])
    step("09 Wed 23 Dec 07:50: the retry queue delivers the nightly 05:00 pulls of Тимофей's parent's getrules and "
         "his getdiary of week 2 (still 6Б: pulled before the return, delivered after it)",
         [getrules("80911", night, naive), getdiary(MOVER, W2, W2E, night + dt.timedelta(minutes=1), naive)])
    step("10 Fri 25 Dec 20:00: every pupil's getdiary of week 2 with the marks; the head teacher's getmarks of the "
         "fortnight (Тимофей's 6Б independent work corrected on Thu 24) and gethomework of week 2; "
         "getfinalassessments with 2 четверть",
         [getdiary(p, W2, W2E, at(2026, 12, 25, 20, i)) for i, p in enumerate(pupils)],
         [getmarks(p, FIRST, LAST, at(2026, 12, 25, 20, 20 + i)) for i, p in enumerate(pupils)]
         + [class_homework(c, W2, W2E, at(2026, 12, 25, 20, 30 + i)) for i, c in enumerate(("6А", "6Б"))],
         [getfinalassessments(p, at(2026, 12, 25, 21, i)) for i, p in enumerate(pupils)])
    step("11 Sat 26 Dec: the relay's 02:10 pull of Тимофей's getdiary of week 1 (stamped in UTC, 21:10Z on the "
         "25th); the noon getfinalassessments (his Mathematics quarter mark raised to 4); last, the backfill of "
         "the head teacher's getmarks of Тимофей pulled Tue 22 Dec 18:00 (before the correction)",
         [getdiary(MOVER, W1, W1E, at(2026, 12, 26, 2, 10), utc)],
         [getfinalassessments(p, at(2026, 12, 26, 12, i)) for i, p in enumerate(pupils)],
         [getmarks(MOVER, FIRST, LAST, at(2026, 12, 22, 18, 0), utc)])
    journey = {"vendor": "elzhur",
               "description": "A temporary transfer to the parallel class and back (МАОУ СОШ № 80 г. Екатеринбурга, "
                              "14-27 Dec 2026): Тимофей moves from 6А to his twin's 6Б on Wed 16 Dec and returns to "
                              "6А on Wed 23 Dec, with marks, attendance and homework in both classes; an answer "
                              "pulled before the return is delivered after it; a 6Б mark corrected after his return; "
                              "the quarter's marks set after it.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ СОШ № 80 г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
