"""Write journey.json: a month of an integrator's daily sync cadence for one class (Dnevnik.ru, 6Б).

Standard library only, deterministic. The script keeps one "true journal" (lessons, marks, attendance entries and
homework works, each with the local times it was created, changed or deleted) and answers every request of the
sync job with that journal's state at the request's pull time, so every record describes one consistent world.
The corpus's README lists the cadence, the teacher's corrections and the traps; derive_facts.py reads only the
journey this script writes.

Answers are shaped as reference /work/shared/reference/dnevnik_ru.md describes them (cited §N in the README).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+05:00"  # the school's timeZone 5 (Каменск-Уральский, §2, §3.10)

SCHOOL = 1000002437037
GROUP = 2260325488551437037  # above 2^53: the _str twins carry it exactly (§1)
PERIOD_GROUP = 1000007637037

SUBJECTS = {
    "mat": (1000003437001, "Математика", "Математика и информатика"),
    "rus": (1000003437002, "Русский язык", "Русский язык и литература"),
    "lit": (1000003437003, "Литература", "Русский язык и литература"),
    "ist": (1000003437004, "История", "Общественно-научные предметы"),
    "eng": (1000003437005, "Английский язык", "Иностранные языки"),
    "bio": (1000003437006, "Биология", "Естественно-научные предметы"),
}
KNOWLEDGE_AREA_ID = {"mat": 2, "rus": 1, "lit": 1, "ist": 3, "eng": 5, "bio": 4}

# person id, user id, last, first, middle, sex
TEACHERS = {
    "lapshina": (1000012437901, 1000011437901, "Лапшина", "Оксана", "Витальевна", "Female"),
    "sherstneva": (1000012437902, 1000011437902, "Шерстнёва", "Галина", "Петровна", "Female"),
    "kudryavtsev": (1000012437903, 1000011437903, "Кудрявцев", "Арсений", "Львович", "Male"),
    "nurieva": (1000012437904, 1000011437904, "Нуриева", "Эльвира", "Рашидовна", "Female"),
    "panteleev": (1000012437905, 1000011437905, "Пантелеев", "Олег", "Игоревич", "Male"),
}
TEACHER_OF = {"mat": "lapshina", "rus": "sherstneva", "lit": "sherstneva", "ist": "kudryavtsev",
              "eng": "nurieva", "bio": "panteleev"}

PUPIL_NAMES = [
    ("Антонов", "Лев", "Андреевич", "Male"), ("Белоусова", "Алиса", "Дмитриевна", "Female"),
    ("Воронцов", "Матвей", "Ильич", "Male"), ("Гусева", "Варвара", "Сергеевна", "Female"),
    ("Гусев", "Гордей", "Сергеевич", "Male"), ("Дёмина", "Полина", "Артёмовна", "Female"),
    ("Ершов", "Никита", "Павлович", "Male"), ("Жукова", "Ева", "Романовна", "Female"),
    ("Захаров", "Марк", "Евгеньевич", "Male"), ("Исаева", "Милана", "Олеговна", "Female"),
    ("Калинин", "Артём", "Денисович", "Male"), ("Лебедева", "София", "Максимовна", "Female"),
    ("Морозов", "Егор", "Владимирович", "Male"), ("Никитина", "Ксения", "Алексеевна", "Female"),
    ("Орлов", "Даниил", "Русланович", "Male"), ("Попова", "Вероника", "Игоревна", "Female"),
    ("Рябов", "Тимур", "Ринатович", "Male"), ("Смирнова", "Ярослава", "Константиновна", "Female"),
]


def pupil_id(n: int) -> int:
    return 2260325488556437017 if n == 17 else 1000012437000 + n  # P17's id is above 2^53 (§1)


PUPILS = list(range(1, 19))
PARENTS = {  # user id -> (person id, last, first, middle, children)
    1000011437801: (1000012437801, "Гусева", "Наталья", "Викторовна", [4, 5]),
    1000011437802: (1000012437802, "Калинин", "Денис", "Юрьевич", [11]),
}

SLOT_START = {1: "08:00", 2: "08:55", 3: "09:50", 4: "10:50"}
SLOT_HOURS = {1: "08:00 - 08:40", 2: "08:55 - 09:35", 3: "09:50 - 10:30", 4: "10:50 - 11:30"}
WEEKLY = {0: ["rus", "mat", "eng", "ist"], 1: ["mat", "rus", "lit", "bio"], 2: ["rus", "mat", "eng", "ist"],
          3: ["mat", "rus", "lit", "bio"], 4: ["rus", "mat", "ist", "lit"]}

WORK_TYPES = {  # id -> (kind, title, abbr, weight)
    3701: ("DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    3702: ("CommonWork", "Самостоятельная работа", "СР", 2),
    3703: ("LessonTestWork", "Контрольная работа", "КР", 3),
    3704: ("Homework", "Домашнее задание", "ДЗ", 1),
}
WT_KEY = {"answer": 3701, "self": 3702, "test": 3703}


def T(day: str, hm: str) -> dt.datetime:
    """A local wall-clock time of the school (§2)."""
    return dt.datetime.fromisoformat(f"{day}T{hm}")


def iso_pulled(t: dt.datetime) -> str:
    return t.isoformat() + TZ


class Versions:
    def __init__(self) -> None:
        self.items: dict = {}

    def set(self, key, t: dt.datetime, state) -> None:
        self.items.setdefault(key, []).append((t, state))
        self.items[key].sort(key=lambda v: v[0])

    def change(self, key, t: dt.datetime, **fields) -> None:
        last = self.at(key, t)
        assert last is not None, key
        self.set(key, t, {**last, **fields})

    def delete(self, key, t: dt.datetime) -> None:
        self.set(key, t, None)

    def at(self, key, t: dt.datetime):
        state = None
        for vt, st in self.items.get(key, []):
            if vt <= t:
                state = st
        return state

    def all_at(self, t: dt.datetime):
        for key in self.items:
            st = self.at(key, t)
            if st is not None:
                yield key, st


LESSONS, MARKS, LOGS, HOMEWORK = Versions(), Versions(), Versions(), Versions()
WORKS_OF_LESSON: dict[int, set[int]] = {}


def lesson_id(n: int) -> int:
    return 2260325488552437000 + n


def work_id(n: int, wt: int) -> int:
    return 2260325488553437000 + n * 10 + (wt - 3700)


def hw_id(n: int) -> int:
    return 2260325488555437000 + n


# --- the true journal -----------------------------------------------------------------------------------------

WEEKS = {1: "2027-03-01", 2: "2027-03-08", 3: "2027-03-15"}
TOPICS = {
    101: "Правописание гласных в корнях с чередованием", 102: "Деление десятичных дробей на натуральное число",
    103: "My favourite season", 104: "Русь под властью Золотой Орды",
    105: "Деление десятичной дроби на десятичную дробь", 106: "Правописание приставок пре- и при-",
    107: "А. С. Пушкин. «Зимнее утро»", 108: "Строение цветка",
    109: "Буквы ы и и после приставок", 110: "Деление на десятичную дробь. Решение задач",
    111: "Weather and clothes", 112: "Русь в XIII веке",
    113: "Среднее арифметическое", 114: "Соединительные гласные о и е в сложных словах",
    115: "Ф. И. Тютчев. «Листья»", 116: "Соцветия",
    117: "Сложные слова. Закрепление", 118: "Среднее арифметическое. Решение задач",
    119: "Борьба Руси с иноземными захватчиками", 120: "А. А. Фет. «Ель рукавом мне тропинку завесила…»",
    201: "Деление десятичных дробей. Повторение", 202: "Правописание сложных слов", 203: "At the weather station",
    204: "Александр Невский",
    205: "Проценты", 206: "Словообразование. Повторение", 207: "А. П. Чехов. «Толстый и тонкий»",
    208: "Плоды", 209: "Имя существительное как часть речи", 210: "Нахождение процента от числа",
    211: "Seasons and holidays", 212: "Московское княжество", 213: "Нахождение числа по его проценту",
    214: "Разносклоняемые имена существительные", 215: "А. П. Чехов. «Хамелеон»", 216: "Распространение плодов и семян",
    217: "Буква е в суффиксе -ен- существительных на -мя", 218: "Контрольная работа № 6 «Десятичные дроби. Проценты»",
    219: "Дмитрий Донской. Куликовская битва", 220: "В. Г. Короленко. «Слепой музыкант»",
    301: "Несклоняемые имена существительные", 302: "Анализ контрольной работы. Решение задач на проценты",
    303: "Spring is coming", 304: "Иван III. Конец ордынского ига",
    305: "Микрокалькулятор. Проценты", 306: "Род несклоняемых имён существительных", 307: "В. Г. Распутин. «Уроки французского»",
    308: "Семя и его строение", 309: "Имена существительные общего рода", 310: "Решение задач на проценты",
    311: "Spring holidays", 312: "Формирование единого Русского государства",
    313: "Повторение. Десятичные дроби", 314: "Морфологический разбор имени существительного",
    315: "В. Г. Распутин. «Уроки французского». Образ учительницы", 316: "Прорастание семян",
    317: "Контрольный диктант", 318: "Итоговое повторение за четверть", 319: "Культура Руси в XIV–XV веках",
    320: "Внеклассное чтение. В. П. Астафьев. «Васюткино озеро»",
}

SUNDAY_PULL = {1: T("2027-02-28", "18:00"), 2: T("2027-03-07", "18:00"), 3: T("2027-03-14", "18:00")}


def schedule_week(week: int) -> None:
    monday = dt.date.fromisoformat(WEEKS[week])
    for d in range(5):
        day = monday + dt.timedelta(days=d)
        for slot, subj in enumerate(WEEKLY[d], start=1):
            n = week * 100 + 4 * d + slot
            created = SUNDAY_PULL[week] - dt.timedelta(days=3)  # the week generated from the timetable
            LESSONS.set(n, created, {"date": day.isoformat(), "slot": slot, "subj": subj,
                                     "teacher": TEACHER_OF[subj], "topic": TOPICS[n]})
            WORKS_OF_LESSON.setdefault(n, set()).add(3701)


for w in WEEKS:
    schedule_week(w)

_mark_seq = [0]


def mark(n: int, pupil: int, value: str, kind: str = "answer", at: str = "", mid: int | None = None) -> int:
    """A mark on lesson n for pupil; `at` is the local time it was set (default: 20 min after the lesson)."""
    st = LESSONS.at(n, dt.datetime(2100, 1, 1))
    day = st["date"]
    if not at:
        start = dt.datetime.fromisoformat(f"{day}T{SLOT_START[st['slot']]}")
        set_at = start + dt.timedelta(minutes=22 + _mark_seq[0] % 13)
    else:
        set_at = dt.datetime.fromisoformat(at)
    _mark_seq[0] += 1
    m = mid or 2260325488554437000 + _mark_seq[0]
    wt = WT_KEY[kind]
    WORKS_OF_LESSON.setdefault(n, set()).add(wt)
    frac = f".{(_mark_seq[0] * 137) % 1000:03d}"
    MARKS.set(m, set_at, {"person": pupil, "lesson": n, "wt": wt, "value": value,
                          "date": set_at.isoformat() + frac})
    return m


def log(n: int, pupil: int, status: str, comment: str = "", at: str = "") -> tuple[int, int]:
    st = LESSONS.at(n, dt.datetime(2100, 1, 1))
    t = dt.datetime.fromisoformat(at) if at else dt.datetime.fromisoformat(
        f"{st['date']}T{SLOT_START[st['slot']]}") + dt.timedelta(minutes=4)
    LOGS.set((n, pupil), t, {"status": status, "comment": comment, "created": t.isoformat() + ".27"})
    return (n, pupil)


def homework(n: int, text: str, due: str, at: str = "") -> int:
    st = LESSONS.at(n, dt.datetime(2100, 1, 1))
    t = dt.datetime.fromisoformat(at) if at else dt.datetime.fromisoformat(f"{st['date']}T14:{10 + n % 40:02d}:00")
    HOMEWORK.set(hw_id(n), t, {"lesson": n, "subj": st["subj"], "text": text, "due": due,
                               "sent": t.isoformat() + ".4"})
    return hw_id(n)


def day_lessons(day: str) -> list[int]:
    return sorted(n for n, st in LESSONS.all_at(dt.datetime(2100, 1, 1)) if st["date"] == day)


# ---- week 1: 2027-03-01 .. 03-05 ----
# Mon 03-01
mark(102, 4, "5"); m_p07 = mark(102, 7, "4"); mark(102, 11, "3", "self"); mark(101, 2, "4"); mark(101, 5, "5")
mark(104, 11, "5")
for n in (101, 102, 103, 104):
    log(n, 9, "Absent")
log(101, 13, "Late", "опоздал на 7 минут")
homework(102, "№ 512, 514 (а, б)", "2027-03-03")
homework(101, "Упр. 301", "2027-03-03")
homework(103, "WB p. 42, ex. 1–3", "2027-03-03")
homework(104, "§ 18, вопросы 1–4 устно", "2027-03-03")
# the teacher's corrections, Monday night and Tuesday morning
MARKS.change(m_p07, T("2027-03-01", "21:15"), value="4-")
for n in (101, 102, 103, 104):
    LOGS.change((n, 9), T("2027-03-02", "06:50"), status="Ill", comment="справка из поликлиники № 2")
HOMEWORK.change(hw_id(101), T("2027-03-01", "22:05"), text="Упр. 301, 302 (устно)")
HOMEWORK.delete(hw_id(103), T("2027-03-02", "06:30"))  # English of Wed will not take place (substitution)
# Tue 03-02
m_p01_302 = mark(105, 1, "3"); mark(105, 4, "4"); mark(107, 5, "5"); mark(108, 11, "4")
m_p14 = mark(108, 14, "2")
for n in (105, 106, 107, 108):
    log(n, 16, "Absent")
log(105, 5, "Late", "опоздал на 5 минут")
homework(105, "№ 520, 523", "2027-03-04")
homework(106, "Упр. 305", "2027-03-04")
homework(107, "Выучить наизусть «Зимнее утро» (до слов «Вся комната янтарным блеском…»)", "2027-03-04")
homework(108, "§ 14, рисунок 52 в тетрадь", "2027-03-09")
MARKS.delete(m_p14, T("2027-03-03", "06:55"))           # put in the wrong row, removed next morning
LOGS.change((105, 5), T("2027-03-03", "07:00"), status="Attend", comment="")  # was in time after all
MARKS.delete(m_p01_302, T("2027-03-04", "11:00"))       # removed on Thursday: only the weekly range sees it
# Wed 03-03: the English lesson (slot 3) becomes Biology (substitute: the English teacher is ill)
LESSONS.delete(111, T("2027-03-02", "17:30"))
LESSONS.set(121, T("2027-03-02", "17:30"), {"date": "2027-03-03", "slot": 3, "subj": "bio", "teacher": "panteleev",
                                            "topic": "Строение цветка. Практическая работа"})
WORKS_OF_LESSON.setdefault(121, set()).add(3701)
LESSONS.change(112, T("2027-03-02", "20:00"), topic="Монгольское нашествие на Русь")
mark(110, 4, "5"); mark(109, 9, "3"); mark(112, 2, "5"); mark(112, 11, "4"); mark(121, 7, "5")
m_late = mark(110, 12, "4", "self", at="2027-03-05T21:40:12")  # entered on Friday night for Wednesday's lesson
for n in (109, 110, 121, 112):
    log(n, 13, "Pass", "областные соревнования по лыжным гонкам")
    log(n, 16, "Absent")
homework(109, "Упр. 310", "2027-03-05")
homework(110, "№ 531, 533", "2027-03-05")
homework(112, "§ 19, составить план параграфа", "2027-03-05")
HOMEWORK.delete(hw_id(110), T("2027-03-04", "15:00"))  # cancelled on Thursday afternoon
# Thu 03-04
mark(113, 1, "4"); mark(113, 6, "5"); m_p10 = mark(114, 10, "3+"); mark(115, 4, "5"); mark(115, 5, "4")
mark(116, 8, "4")
for n in (113, 114, 115, 116):
    log(n, 3, "Ill", "ОРВИ, справка")
    log(n, 16, "Absent")
homework(113, "№ 540", "2027-03-05")
homework(114, "Упр. 314", "2027-03-05")
homework(115, "Ответить на вопросы на с. 112", "2027-03-05")
homework(116, "§ 15", "2027-03-11")
MARKS.change(m_p10, T("2027-03-04", "22:30"), value="4-")
HOMEWORK.change(hw_id(113), T("2027-03-05", "06:45"), text="№ 540, 541 (в)")
LESSONS.change(115, T("2027-03-05", "16:20"), topic="Ф. И. Тютчев. «Листья». Анализ стихотворения")
# Fri 03-05
mark(117, 2, "5"); mark(117, 9, "4"); m_p11_test = mark(118, 11, "2", "test"); mark(118, 7, "5", "test")
mark(119, 13, "4"); mark(120, 6, "4")
for n in (117, 118, 119, 120):
    log(n, 16, "Absent")
log(117, 8, "Late", "опоздала на 10 минут")
homework(117, "Упр. 318", "2027-03-09")
homework(118, "№ 552, 555", "2027-03-09")
homework(119, "§ 20, заполнить таблицу", "2027-03-10")
homework(120, "Прочитать рассказ Л. Н. Андреева «Кусака»", "2027-03-11")
for n in (105, 106, 107, 108, 109, 110, 121, 112, 113, 114, 115, 116, 117, 118, 119, 120):
    LOGS.change((n, 16), T("2027-03-06", "09:00"), status="Ill", comment="справка о болезни с 02.03 по 05.03")
LOGS.delete((117, 8), T("2027-03-06", "08:00"))  # the late mark was a mistake

# ---- week 2: 2027-03-08 (public holiday) .. 03-12 ----
for n in (201, 202, 203, 204):  # generated from the timetable on a public holiday; removed on Sunday night
    LESSONS.delete(n, T("2027-03-07", "21:00"))
# Tue 03-09
mark(205, 4, "5"); m_p09 = mark(205, 9, "3"); mark(206, 5, "4"); mark(208, 2, "5")
for n in (205, 206, 207, 208):
    log(n, 7, "Ill", "справка")
log(205, 13, "Late", "опоздал на 12 минут")
homework(205, "№ 560, 562", "2027-03-11")
homework(206, "Упр. 322", "2027-03-10")
homework(207, "Выучить наизусть «Зимнее утро» целиком", "2027-03-11")
homework(208, "§ 16, вопросы 1–3", "2027-03-16")
MARKS.change(m_p09, T("2027-03-09", "20:40"), value="4-")
HOMEWORK.change(hw_id(205), T("2027-03-10", "06:40"), due="2027-03-12")
LOGS.delete((205, 13), T("2027-03-10", "06:45"))
# Wed 03-10: History and Russian swap slots (same lessons, new numbers)
LESSONS.change(212, T("2027-03-09", "18:00"), slot=1)
LESSONS.change(209, T("2027-03-09", "18:00"), slot=4)
mark(211, 3, "5"); m_p10_eng = mark(211, 10, "4"); mark(212, 14, "3"); mark(210, 1, "5")
for n in (209, 210, 211, 212):
    log(n, 7, "Ill", "справка")
log(211, 15, "Absent")
homework(209, "Упр. 330", "2027-03-12")
homework(210, "№ 571", "2027-03-12")
homework(211, "SB p. 58, ex. 4 (письменно)", "2027-03-15")
homework(212, "§ 21", "2027-03-12")
MARKS.delete(m_p10_eng, T("2027-03-11", "06:50"))
mark(211, 12, "4", at="2027-03-11T06:51:30")
HOMEWORK.change(hw_id(212), T("2027-03-11", "06:55"), text="§ 21, ответить на вопросы 1–3 письменно")
LOGS.change((211, 15), T("2027-03-12", "09:00"), status="Pass", comment="заявление родителей")
# Thu 03-11
m_p04_thu = mark(213, 4, "4", at="2027-03-11T08:31:05"); mark(214, 11, "4"); mark(215, 5, "5"); mark(215, 9, "4")
mark(216, 6, "3")
MARKS.change(m_p04_thu, T("2027-03-11", "16:00"), value="5")
for n in (213, 214, 215, 216):
    log(n, 7, "Ill", "справка")
log(213, 2, "Late", "опоздала на 10 минут")
log(216, 11, "Absent")
homework(213, "№ 580", "2027-03-12")
homework(214, "Упр. 334", "2027-03-12")
homework(215, "Подготовить пересказ рассказа «Хамелеон»", "2027-03-12")
homework(216, "§ 17", "2027-03-16")
LOGS.change((216, 11), T("2027-03-12", "06:40"), status="Pass", comment="по заявлению родителей")
HOMEWORK.delete(hw_id(215), T("2027-03-12", "20:30"))  # withdrawn Friday night: only the weekly pull sees it
# Fri 03-12: the maths test
mark(218, 2, "3", "test"); mark(218, 4, "5", "test"); mark(218, 5, "4", "test")
m_p11_2 = mark(218, 11, "2", "test"); mark(217, 14, "4"); mark(220, 10, "5")
for n in (217, 218, 219, 220):
    log(n, 7, "Ill", "справка")
log(217, 16, "Late", "опоздала на 6 минут")
homework(217, "Упр. 340", "2027-03-15")
homework(218, "Работа над ошибками, № 590", "2027-03-16")
homework(219, "§ 22", "2027-03-17")
homework(220, "Прочитать «Уроки французского», главы 1–2", "2027-03-16")
MARKS.delete(m_p11_2, T("2027-03-13", "10:00"))  # a retake allowed; the 2 removed on Saturday

# ---- week 3: 2027-03-15 .. 03-19, the quarter's last week ----
# Mon 03-15
mark(301, 4, "4"); mark(302, 9, "5"); mark(303, 12, "5"); mark(304, 16, "3")
for n in (301, 302, 303, 304):
    log(n, 10, "Ill", "ОРВИ")
homework(301, "Упр. 345", "2027-03-17")
homework(302, "№ 601, 603", "2027-03-17")
homework(303, "WB p. 50, ex. 2", "2027-03-17")
homework(304, "§ 23, вопрос 2 письменно", "2027-03-17")
# Tue 03-16: a substitute teaches Biology
LESSONS.change(308, T("2027-03-16", "06:30"), teacher="lapshina")
mark(305, 5, "5"); m_p13 = mark(305, 13, "4"); mark(306, 3, "3"); mark(307, 11, "4"); mark(308, 4, "5")
MARKS.change(m_p13, T("2027-03-17", "06:35"), wt=3702)  # re-filed as a self-study mark (weight 2)
WORKS_OF_LESSON[305].add(3702)
for n in (305, 306, 307, 308):
    log(n, 10, "Ill", "ОРВИ")
    log(n, 6, "Absent")
homework(305, "№ 612", "2027-03-18")
homework(306, "Упр. 350", "2027-03-18")
homework(307, "Сочинение-миниатюра «Мой учитель»", "2027-03-18")
homework(308, "§ 18", "2027-03-18")
# Wed 03-17
mark(309, 2, "5"); mark(310, 14, "4"); mark(311, 5, "4+"); mark(312, 9, "5")
for n in (309, 310, 311, 312):
    log(n, 10, "Ill", "ОРВИ")
log(309, 1, "Late", "опоздал на 4 минуты")
homework(309, "Упр. 356", "2027-03-19")
homework(310, "№ 620, 621", "2027-03-19")
homework(311, "SB p. 60, ex. 1 (читать)", "2027-03-29")
homework(312, "§ 24", "2027-03-19")
HOMEWORK.change(hw_id(312), T("2027-03-18", "06:50"), text="§ 24–25, конспект")
HOMEWORK.delete(hw_id(311), T("2027-03-17", "22:00"))
# Thu 03-18
mark(313, 1, "4"); mark(313, 4, "3"); mark(314, 13, "5"); mark(315, 7, "5"); mark(316, 16, "4")
for n in (313, 314, 315, 316):
    log(n, 10, "Ill", "ОРВИ")
log(313, 12, "Absent")
log(314, 12, "Absent")
homework(313, "№ 630", "2027-03-19")
homework(314, "Упр. 360", "2027-03-19")
homework(315, "Дочитать «Уроки французского»", "2027-03-29")
homework(316, "§ 19, повторить §§ 14–18", "2027-03-30")
for n in (313, 314):
    LOGS.change((n, 12), T("2027-03-19", "12:00"), status="Pass", comment="записка от родителей")
# Fri 03-19
mark(317, 6, "4"); mark(318, 9, "4"); mark(318, 11, "3"); m_p14_lit = mark(320, 14, "5")
for n in (317, 318, 319, 320):
    log(n, 10, "Ill", "ОРВИ")
log(317, 5, "Late", "опоздал на 3 минуты")
homework(318, "№ 640 (на каникулы)", "2027-03-29")
LESSONS.delete(319, T("2027-03-19", "16:00"))  # the class was at the museum: History not held, lesson removed
MARKS.change(m_p14_lit, T("2027-03-20", "09:00"), value="5-")


# --- answers -----------------------------------------------------------------------------------------------------

def sstr(v: int) -> str:
    return str(v)


def subject_obj(subj: str) -> dict:
    sid, name, area = SUBJECTS[subj]
    return {"id": sid, "id_str": sstr(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def work_obj(n: int, wt: int, st: dict) -> dict:
    w = work_id(n, wt)
    kind = WORK_TYPES[wt][0]
    return {"id": w, "id_str": sstr(w), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
            "lesson": lesson_id(n), "lesson_str": sstr(lesson_id(n)), "displayInJournal": True, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": sstr(GROUP), "tasks": [], "text": "", "periodNumber": 3,
            "periodType": "Quarter", "subjectId": SUBJECTS[st["subj"]][0], "isImportant": wt == 3703,
            "targetDate": f"{st['date']}T00:00:00", "sentDate": None,
            "createdBy": TEACHERS[st["teacher"]][0], "files": [], "oneDriveLinks": []}


def homework_obj(h: int, st: dict) -> dict:
    n = st["lesson"]
    lst = LESSONS.at(n, dt.datetime(2100, 1, 1)) or {}
    teacher = TEACHERS[lst.get("teacher", TEACHER_OF[st["subj"]])][0]
    tasks = [{"id": 2260325488557437000 + (n * 100 + p) % 1000000, "id_str": "", "person": pupil_id(p),
              "person_str": sstr(pupil_id(p)), "work": h, "work_str": sstr(h), "status": "NotStarted",
              "targetDate": f"{st['due']}T00:00:00"} for p in PUPILS]
    for task in tasks:
        task["id_str"] = sstr(task["id"])
    return {"id": h, "id_str": sstr(h), "type": "Homework", "workType": 3704, "markType": "mark5", "markCount": 1,
            "lesson": lesson_id(n), "lesson_str": sstr(lesson_id(n)), "displayInJournal": False, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": sstr(GROUP), "tasks": tasks, "text": st["text"], "periodNumber": 3,
            "periodType": "Quarter", "subjectId": SUBJECTS[st["subj"]][0], "isImportant": False,
            "targetDate": f"{st['due']}T00:00:00", "sentDate": st["sent"], "createdBy": teacher, "files": [],
            "oneDriveLinks": []}


def lesson_status(st: dict, t: dt.datetime) -> str:
    start = dt.datetime.fromisoformat(f"{st['date']}T{SLOT_START[st['slot']]}")
    return "Conducted" if t >= start else "Planned"


def lesson_entity(n: int, st: dict, t: dt.datetime) -> dict:
    works = [work_obj(n, wt, st) for wt in sorted(WORKS_OF_LESSON.get(n, {3701}))
             if wt == 3701 or any(m["lesson"] == n and m["wt"] == wt for _, m in MARKS.all_at(t))]
    hw = HOMEWORK.at(hw_id(n), t)
    if hw is not None:
        works.append(homework_obj(hw_id(n), hw))
    tid = TEACHERS[st["teacher"]][0]
    return {"id": lesson_id(n), "id_str": sstr(lesson_id(n)), "title": st["topic"],
            "date": f"{st['date']}T{SLOT_START[st['slot']]}:00", "number": st["slot"],
            "subject": subject_obj(st["subj"]), "group": GROUP, "status": lesson_status(st, t), "resultPlaceId": 0,
            "works": works, "teachers": [tid], "teachers_str": [sstr(tid)]}


def lesson_flat(n: int, st: dict, t: dt.datetime) -> dict:
    works = [work_id(n, wt) for wt in sorted(WORKS_OF_LESSON.get(n, {3701}))
             if wt == 3701 or any(m["lesson"] == n and m["wt"] == wt for _, m in MARKS.all_at(t))]
    if HOMEWORK.at(hw_id(n), t) is not None:
        works.append(hw_id(n))
    return {"id": lesson_id(n), "title": st["topic"], "date": f"{st['date']}T{SLOT_START[st['slot']]}:00",
            "number": st["slot"], "subjectId": SUBJECTS[st["subj"]][0], "status": lesson_status(st, t),
            "resultPlaceId": 0, "building": "Основное здание", "place": str(200 + st["slot"] * 3 + (st["subj"] == "bio") * 100),
            "floor": "2", "hours": SLOT_HOURS[st["slot"]], "works": works, "teachers": [TEACHERS[st["teacher"]][0]]}


def in_range(day: str, lo: str, hi: str) -> bool:
    return lo <= day <= hi


def mark_obj(m: int, st: dict) -> dict:
    v = st["value"]
    mood = "Good" if v[0] in "45" else "Average" if v[0] == "3" else "Bad"
    w = work_id(st["lesson"], st["wt"])
    return {"id": m, "id_str": sstr(m), "type": "mark5", "value": v, "textValue": v,
            "person": pupil_id(st["person"]), "person_str": sstr(pupil_id(st["person"])), "work": w,
            "work_str": sstr(w), "lesson": lesson_id(st["lesson"]), "lesson_str": sstr(lesson_id(st["lesson"])),
            "number": 0, "date": st["date"], "workType": st["wt"], "mood": mood, "use_avg_calc": True}


def lesson_date_of(n: int, t: dt.datetime) -> str | None:
    st = LESSONS.at(n, t)
    return st["date"] if st else None


def lessons_answer(lo: str, hi: str, t: dt.datetime) -> list:
    found = [(st["date"], st["slot"], n, st) for n, st in LESSONS.all_at(t) if in_range(st["date"], lo, hi)]
    return [lesson_entity(n, st, t) for _, _, n, st in sorted(found)]


def marks_answer(lo: str, hi: str, t: dt.datetime) -> list:
    """The group's marks whose lesson lies in the range (the selection this world assumes; README)."""
    found = []
    for m, st in MARKS.all_at(t):
        day = lesson_date_of(st["lesson"], t)
        if day and in_range(day, lo, hi):
            found.append((day, st["lesson"], m, st))
    return [mark_obj(m, st) for _, _, m, st in sorted(found)]


def log_obj(key: tuple[int, int], st: dict) -> dict:
    n, p = key
    return {"person": pupil_id(p), "person_str": sstr(pupil_id(p)), "lesson": lesson_id(n),
            "lesson_str": sstr(lesson_id(n)), "comment": st["comment"], "status": st["status"],
            "createdDate": st["created"]}


def logs_answer(lo: str, hi: str, t: dt.datetime) -> list:
    found = []
    for key, st in LOGS.all_at(t):
        day = lesson_date_of(key[0], t)
        if day and in_range(day, lo, hi):
            found.append((day, key, st))
    return [log_obj(key, st) for _, key, st in sorted(found)]


def teacher_person(key: str) -> dict:
    pid, uid, last, first, middle, sex = TEACHERS[key]
    return {"id": pid, "id_str": sstr(pid), "userId": uid, "userId_str": sstr(uid), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def homeworks_answer(lo: str, hi: str, t: dt.datetime) -> dict:
    """`users/me/school/{s}/homeworks`: the homework due (targetDate) within the range (the selection this world
    assumes; README), with the bundle's subjects, lessons and teachers (§3.7)."""
    works = sorted((st["due"], h, st) for h, st in HOMEWORK.all_at(t) if in_range(st["due"], lo, hi))
    subjects, lessons, teachers = {}, {}, {}
    for _, h, st in works:
        subj = st["subj"]
        subjects[subj] = {"id": SUBJECTS[subj][0], "name": SUBJECTS[subj][1], "knowledgeAreaId": KNOWLEDGE_AREA_ID[subj]}
        lst = LESSONS.at(st["lesson"], t)
        if lst is not None:
            lessons[st["lesson"]] = lesson_flat(st["lesson"], lst, t)
            teachers[lst["teacher"]] = teacher_person(lst["teacher"])
    return {"works": [homework_obj(h, st) for _, h, st in works],
            "subjects": [subjects[k] for k in sorted(subjects)],
            "lessons": [lessons[k] for k in sorted(lessons)], "files": [],
            "teachers": [teachers[k] for k in sorted(teachers)]}


def schedules_answer(pupil: int, day: str, t: dt.datetime) -> dict:
    """`persons/{p}/groups/{g}/schedules` for one day (§0, §3.4 flattened lessons)."""
    ls = sorted((st["slot"], n, st) for n, st in LESSONS.all_at(t) if st["date"] == day)
    ids = {n for _, n, _ in ls}
    marks = [mark_obj(m, st) for m, st in MARKS.all_at(t) if st["person"] == pupil and st["lesson"] in ids]
    works = [work_obj(n, wt, st) for _, n, st in ls for wt in sorted(WORKS_OF_LESSON.get(n, {3701}))
             if wt == 3701 or any(m["lesson"] == n and m["wt"] == wt for _, m in MARKS.all_at(t))]
    hws = [homework_obj(hw_id(n), HOMEWORK.at(hw_id(n), t)) for _, n, _ in ls if HOMEWORK.at(hw_id(n), t)]
    entries = [log_obj(k, st) for k, st in LOGS.all_at(t) if k[1] == pupil and k[0] in ids]
    subjects = {st["subj"] for _, _, st in ls}
    wts = sorted({w["workType"] for w in works + hws})
    next_day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return {"days": [{
        "date": f"{day}T00:00:00",
        "lessons": [lesson_flat(n, st, t) for _, n, st in ls],
        "marks": marks, "works": works, "homeworks": hws,
        "subjects": [{"id": SUBJECTS[s][0], "name": SUBJECTS[s][1], "knowledgeAreaId": KNOWLEDGE_AREA_ID[s]}
                     for s in sorted(subjects)],
        "workTypes": [{"id": w, "schoolId": SCHOOL, "abbreviation": WORK_TYPES[w][2], "name": WORK_TYPES[w][1],
                       "isFinal": False, "isImportant": w == 3703, "kindId": w - 3700, "kind": WORK_TYPES[w][0]}
                      for w in wts],
        "lessonLogEntries": entries,
        "teachers": [teacher_person(k) for k in sorted({st["teacher"] for _, _, st in ls})],
        "nextDate": f"{next_day}T00:00:00"}]}


# --- reference data ------------------------------------------------------------------------------------------

def reference(t: dt.datetime) -> list[dict]:
    def rec(request, body, **extra):
        return {"request": request, **extra, "pulled_at": iso_pulled(t), "body": body}

    school = {"id": SCHOOL, "id_str": sstr(SCHOOL), "name": "МАОУ «СОШ № 37»",
              "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
                          "школа № 37» города Каменска-Уральского",
              "avatarSmall": None, "city": "Каменск-Уральский", "municipality": "Каменск-Уральский городской округ",
              "regionid": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular", "tsoCityId": 6612, "tsoRegionTreePath": "66."}
    wtypes = [{"id": w, "id_str": sstr(w), "schoolId": SCHOOL, "kindId": w - 3700, "kind": k, "title": title,
               "abbr": abbr, "weight": weight} for w, (k, title, abbr, weight) in WORK_TYPES.items()]
    group = {"id": GROUP, "id_str": sstr(GROUP), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б",
             "fullName": "", "parallel": 6, "timetable": 1000006437037, "timetable_str": "1000006437037",
             "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
             "journaltype": "Default"}
    students = [{"person": pupil_id(p), "person_str": sstr(pupil_id(p)), "membershipstatus": "Active"} for p in PUPILS]
    users = []
    for key in sorted(TEACHERS, key=lambda k: TEACHERS[k][1]):
        pid, uid, last, first, middle, sex = TEACHERS[key]
        users.append({"id": uid, "id_str": sstr(uid), "personId": pid, "personId_str": sstr(pid),
                      "name": f"{first} {last}", "email": None, "login": None,
                      "fullName": f"{last} {first} {middle}", "fullNameInverse": f"{first} {middle} {last}",
                      "firstName": first, "middleName": middle, "lastName": last,
                      "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+5:00",
                      "sex": sex, "photoSmall": None, "photoMedium": None, "photoLarge": None,
                      "birthday": None, "roles": ["EduStaff"], "phone": None})
    recs = [
        rec(f"GET /v2/schools/{SCHOOL}", school),
        rec(f"GET /v2/work-types/{SCHOOL}", wtypes),
        rec("POST /v2/edu-groups", [{"group": group, "students": students}], request_body=[GROUP]),
        rec(f"GET /v2/edu-groups/{GROUP}/persons?includeArchive=false", [pupil_person(p) for p in PUPILS]),
        rec(f"GET /v2/edu-groups/{GROUP}/reporting-period-group", period_group()),
        rec("POST /v2/users/many", users, request_body=[u["id"] for u in users]),
        rec(f"GET /v2/edu-groups/{GROUP}/classteacher", teacher_person("sherstneva")),
    ]
    for uid, (pid, last, first, middle, kids) in PARENTS.items():
        children = []
        for k in kids:
            pl, pf, pm, _ = PUPIL_NAMES[k - 1]
            children.append({"personId": pupil_id(k), "personId_str": sstr(pupil_id(k)), "firstName": pf,
                             "lastName": pl, "middleName": pm, "shortName": f"{pl} {pf[0]}.",
                             "schoolIds": [SCHOOL], "groupIds": [GROUP]})
        recs.append(rec(f"GET /v2/users/{uid}/context", {
            "userId": uid, "userId_str": sstr(uid), "personId": pid, "personId_str": sstr(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [], "schools": [{"id": SCHOOL, "name": "МАОУ «СОШ № 37»",
                                                                "type": "School", "groupIds": []}],
            "eduGroups": [], "children": children, "splitId": None}))
    return recs


def pupil_person(p: int) -> dict:
    last, first, middle, sex = PUPIL_NAMES[p - 1]
    uid = 1000011437000 + p
    return {"id": pupil_id(p), "id_str": sstr(pupil_id(p)), "userId": uid, "userId_str": sstr(uid),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.",
            "sex": sex}


def period_group() -> dict:
    periods = [(1, "2026-09-01", "2026-10-24"), (2, "2026-11-05", "2026-12-28"), (3, "2027-01-11", "2027-03-19"),
               (4, "2027-03-29", "2027-05-26")]
    holidays = [("Осенние каникулы", "2026-10-25", "2026-11-04"), ("Зимние каникулы", "2026-12-29", "2027-01-10"),
                ("Международный женский день", "2027-03-08", "2027-03-08"),
                ("Весенние каникулы", "2027-03-20", "2027-03-28")]
    return {"id": PERIOD_GROUP, "reportingPeriods": [
        {"id": 1000007437000 + n, "id_str": sstr(1000007437000 + n), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00",
         "number": n, "type": "Quarter", "name": f"{n} четверть", "year": 2026} for n, a, b in periods],
        "holidays": [{"id": 1000007737000 + i, "reportingPeriodGroupId": PERIOD_GROUP, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                     for i, (name, a, b) in enumerate(holidays, start=1)]}


# --- the sync job's cadence --------------------------------------------------------------------------------------

def d(day: str, delta: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=delta)).isoformat()


def req_lessons(lo, hi, t):
    return {"request": f"GET /v2/edu-groups/{GROUP}/lessons/{lo}/{hi}", "pulled_at": iso_pulled(t),
            "body": lessons_answer(lo, hi, t)}


def req_marks(lo, hi, t):
    return {"request": f"GET /v2/edu-groups/{GROUP}/marks/{lo}/{hi}", "pulled_at": iso_pulled(t),
            "body": marks_answer(lo, hi, t)}


def req_logs(lo, hi, t):
    return {"request": f"GET /v2/lesson-log-entries/group/{GROUP}?from={lo}&to={hi}", "pulled_at": iso_pulled(t),
            "body": logs_answer(lo, hi, t)}


def req_hw(lo, hi, t):
    return {"request": f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate={lo}&endDate={hi}",
            "pulled_at": iso_pulled(t), "body": homeworks_answer(lo, hi, t)}


def evening(day: str, t: dt.datetime | None = None) -> list[dict]:
    """The evening pull of a school day: its marks and attendance, and the homework due from the day before yesterday to two
    weeks ahead (a rolling window)."""
    t = t or T(day, "19:30")
    return [req_marks(day, day, t), req_logs(day, day, t), req_hw(d(day, -2), d(day, 14), t)]


def corrections(day: str, kinds: str, t: dt.datetime) -> list[dict]:
    """The next morning: yesterday evening's requests again (only those whose answers changed are kept: the
    others are identical re-pulls, answered `duplicate`)."""
    out = []
    if "m" in kinds:
        out.append(req_marks(day, day, t))
    if "l" in kinds:
        out.append(req_logs(day, day, t))
    if "h" in kinds:
        out.append(req_hw(d(day, -2), d(day, 14), t))
    return out


def weekly(monday: str, t: dt.datetime) -> list[dict]:
    sat, sun = d(monday, 5), d(monday, 6)
    return [req_lessons(monday, sat, t), req_marks(monday, sat, t), req_logs(monday, sat, t), req_hw(monday, sun, t)]


def main() -> None:
    steps = []

    def step(name: str, *batches: list[dict]) -> None:
        steps.append({"name": name, "batches": [b for b in batches if b]})

    t0 = SUNDAY_PULL[1]
    step("00 Sun 02-28 18:00: reference data and next week's schedule",
         reference(t0), [req_lessons("2027-03-01", "2027-03-06", t0)])
    # week 1
    step("01 Mon 03-01 evening", evening("2027-03-01"))
    step("02 Tue 03-02 morning: Monday corrected", corrections("2027-03-01", "mlh", T("2027-03-02", "07:10")))
    step("03 Tue 03-02 evening", evening("2027-03-02"))
    step("04 Wed 03-03 morning: Tuesday corrected; today's schedule changed",
         corrections("2027-03-02", "ml", T("2027-03-03", "07:10")),
         [req_lessons("2027-03-03", "2027-03-03", T("2027-03-03", "07:10"))])
    step("05 Wed 03-03 evening", evening("2027-03-03"))
    thursday_evening = evening("2027-03-04")
    step("06 Fri 03-05 morning: Thursday corrected (delivered before Thursday's evening batch)",
         corrections("2027-03-04", "mh", T("2027-03-05", "07:10")))
    step("07 Thu 03-04 evening, retried late (pulled Thu 19:30, delivered Fri 08:00)", thursday_evening)
    step("08 Fri 03-05 evening", evening("2027-03-05"))
    step("09 Sat 03-06 12:00: the whole week again", weekly("2027-03-01", T("2027-03-06", "12:00")))
    # week 2
    step("10 Sun 03-07 18:00: next week's schedule", [req_lessons("2027-03-08", "2027-03-13", SUNDAY_PULL[2])])
    step("11 Mon 03-08 morning (public holiday)", [req_lessons("2027-03-08", "2027-03-08", T("2027-03-08", "07:10"))])
    step("12 Tue 03-09 evening", evening("2027-03-09"))
    step("13 Wed 03-10 morning: Tuesday corrected; today's schedule changed",
         corrections("2027-03-09", "mlh", T("2027-03-10", "07:10")),
         [req_lessons("2027-03-10", "2027-03-10", T("2027-03-10", "07:10"))])
    step("14 Wed 03-10 evening", evening("2027-03-10"))
    step("15 Thu 03-11 morning: Wednesday corrected", corrections("2027-03-10", "mh", T("2027-03-11", "07:10")))
    step("16 Thu 03-11 14:00: a parent opens the app (P04's day)",
         [{"request": f"GET /v2/persons/{pupil_id(4)}/groups/{GROUP}/schedules?startDate=2027-03-11&endDate=2027-03-11",
           "pulled_at": iso_pulled(T("2027-03-11", "14:00")),
           "body": schedules_answer(4, "2027-03-11", T("2027-03-11", "14:00"))}])
    step("17 Thu 03-11 evening", evening("2027-03-11"))
    step("18 Fri 03-12 morning: Thursday corrected", corrections("2027-03-11", "l", T("2027-03-12", "07:10")))
    step("19 Fri 03-12 evening", evening("2027-03-12"))
    step("20 Sat 03-13 12:00: the whole week again", weekly("2027-03-08", T("2027-03-13", "12:00")))
    # week 3
    step("21 Sun 03-14 18:00: next week's schedule", [req_lessons("2027-03-15", "2027-03-20", SUNDAY_PULL[3])])
    step("22 Mon 03-15 evening", evening("2027-03-15"))
    step("23 Tue 03-16 morning: today's schedule changed",
         [req_lessons("2027-03-16", "2027-03-16", T("2027-03-16", "07:10"))])
    step("24 Tue 03-16 evening", evening("2027-03-16"))
    step("25 Wed 03-17 morning: Tuesday corrected", corrections("2027-03-16", "m", T("2027-03-17", "07:10")))
    step("26 Wed 03-17 evening", evening("2027-03-17"))
    step("27 Thu 03-18 morning: Wednesday corrected", corrections("2027-03-17", "h", T("2027-03-18", "07:10")))
    step("28 Thu 03-18 evening", evening("2027-03-18"))
    step("29 Fri 03-19 evening", evening("2027-03-19"))
    t_sat = T("2027-03-20", "12:00")
    step("30 Sat 03-20 12:00: the whole week again, and the periods at the quarter's end",
         weekly("2027-03-15", t_sat),
         [{"request": f"GET /v2/edu-groups/{GROUP}/reporting-period-group", "pulled_at": iso_pulled(t_sat),
           "body": period_group()}])
    step("31 Sun 03-21 18:00: next week's schedule (the spring holidays)",
         [req_lessons("2027-03-22", "2027-03-27", T("2027-03-21", "18:00"))])
    journey = {"vendor": "dnevnik_ru",
               "description": "6Б, МАОУ «СОШ № 37», Каменск-Уральский (UTC+5), 2027-02-28 .. 03-21: a month of a "
                              "sync job's daily cadence (morning schedule, evening marks, attendance and homework, "
                              "next-morning corrections, Sunday's next week, Saturday's whole week again)",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(b) for s in steps for b in s["batches"])
    print(f"{len(steps)} steps, {n} records")


if __name__ == "__main__":
    main()
