"""Write journey.json: «Гимназия № 56» (Екатеринбург, UTC+5), Dnevnik.ru, class 7Б at the end of «1 четверть»
2026/27 as teachers really enter it, and the autumn holiday week after it, as one sync job pulls it.

The last three days of the quarter (Wed 10-21 .. Fri 10-23) bring many marks at once: marks of the day, marks for
lessons weeks earlier (a test a pupil wrote late, «долги»), marks for September lessons, a mark put on the wrong
lesson and moved (same mark id), a «2» corrected to «4» (same id), a mark deleted and re-entered on another lesson
(new id); the quarter's final marks entered in the evening and changed the same evening (one edited, one cleared to
null); the journal's averages pulled before and after. The holiday week (10-26 .. 11-03) has no lessons but late
corrections still arrive: a «долг» closed, a cleared final mark set again under a new id, a mark moved to another
pupil, an absence excused, the homework of the last lesson replaced by a holiday task, the last days' blank topics
filled in. Pulled as a sync job would: daily ranges each evening, then a whole-quarter range at the end.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002560056
G = 2260325488556100072  # 7Б, a 19-digit id (§1)
TT = 1000006560072
RPG = 1000009560072
Q1 = (1000007560001, "2026-09-01", "2026-10-25", 1, "1 четверть")
Q2 = (1000007560002, "2026-11-04", "2026-12-27", 2, "2 четверть")
Q3 = (1000007560003, "2027-01-11", "2027-03-21", 3, "3 четверть")
Q4 = (1000007560004, "2027-03-31", "2027-05-26", 4, "4 четверть")
HOLIDAYS = [(1000008560001, "2026-10-26", "2026-11-03", "Осенние каникулы", "Приказ директора № 214-о"),
            (1000008560002, "2026-12-28", "2027-01-10", "Зимние каникулы", ""),
            (1000008560003, "2027-03-22", "2027-03-30", "Весенние каникулы", "")]

WT_OU, WT_SR, WT_KR, WT_DZ, WT_Q = 5601, 5602, 5603, 5604, 5605
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
              (WT_Q, "PeriodMark", "Четвертная оценка", "Ч", 0)]
SUBJECTS = {"Алгебра": (1000003560001, "Математика"), "Геометрия": (1000003560002, "Математика"),
            "Русский язык": (1000003560003, "Филология"), "Литература": (1000003560004, "Филология"),
            "Английский язык": (1000003560005, "Филология"), "История": (1000003560006, "Общественные науки"),
            "Физика": (1000003560007, "Естествознание"), "Биология": (1000003560008, "Естествознание"),
            "География": (1000003560009, "Естествознание"), "Физическая культура": (1000003560010,
                                                                                  "Физическая культура")}
WEEKDAY = [["Алгебра", "Русский язык", "История", "Физика", "Английский язык"],
           ["Геометрия", "Литература", "Биология", "Русский язык", "Физическая культура"],
           ["Алгебра", "Русский язык", "Физика", "География", "Английский язык"],
           ["Геометрия", "Английский язык", "История", "Литература", "Физическая культура"],
           ["Алгебра", "Русский язык", "Литература", "Биология", "История"]]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:35", "12:15")}

# persons: (person id, user id, last, first, middle, sex)
KIRILL = (1000012560701, 1000011560701, "Белов", "Кирилл", "Сергеевич", "Male")
VERA = (1000012560702, 1000011560702, "Кузнецова", "Вера", "Алексеевна", "Female")
EGOR = (2260325488556300703, 2260325488556400703, "Шарипов", "Егор", "Ринатович", "Male")
PUPILS = [KIRILL, VERA, EGOR]
P_BELOVA = (1000012560901, 1000011560901, "Белова", "Марина", "Викторовна", "Female")
P_KUZN = (1000012560902, 1000011560902, "Кузнецов", "Алексей", "Павлович", "Male")
T_MATH = (1000012560950, 1000011560950, "Гаврилова", "Елена", "Аркадьевна", "Female")
T_RUS = (1000012560951, 1000011560951, "Соколова", "Татьяна", "Ивановна", "Female")
T_ENG = (1000012560952, 1000011560952, "Мельникова", "Ксения", "Олеговна", "Female")
T_NAT = (1000012560953, 1000011560953, "Третьяков", "Андрей", "Юрьевич", "Male")
T_HIST = (1000012560954, 1000011560954, "Абрамова", "Людмила", "Петровна", "Female")
T_PE = (1000012560955, 1000011560955, "Гусев", "Николай", "Викторович", "Male")


def teacher_of(subject):
    return {"Алгебра": T_MATH, "Геометрия": T_MATH, "Русский язык": T_RUS, "Литература": T_RUS,
            "Английский язык": T_ENG, "История": T_HIST, "Физическая культура": T_PE}.get(subject, T_NAT)


TOPIC_LIST = {
    "Алгебра": ["Степень с натуральным показателем", "Свойства степени", "Одночлены", "Умножение одночленов",
                "Многочлены", "Сложение и вычитание многочленов", "Умножение одночлена на многочлен",
                "Вынесение общего множителя за скобки"],
    "Геометрия": ["Отрезки и лучи", "Измерение углов", "Смежные и вертикальные углы", "Треугольники",
                  "Первый признак равенства треугольников", "Медианы, биссектрисы и высоты",
                  "Равнобедренный треугольник", "Второй признак равенства треугольников"],
    "Русский язык": ["Причастие как часть речи", "Причастный оборот", "Действительные причастия",
                     "Страдательные причастия", "Краткие причастия", "Н и НН в причастиях",
                     "Слитное и раздельное написание НЕ с причастиями", "Деепричастие"],
    "Литература": ["«Песнь о вещем Олеге»", "А. С. Пушкин. «Полтава»", "М. Ю. Лермонтов. «Песня про царя Ивана "
                   "Васильевича...»", "Н. В. Гоголь. «Тарас Бульба»", "Образы Остапа и Андрия",
                   "И. С. Тургенев. «Бирюк»", "Стихотворения в прозе", "Н. А. Некрасов. «Русские женщины»"],
    "Английский язык": ["Holidays and travel", "Present Perfect", "Past Simple vs Present Perfect", "My school",
                        "Reading: A Day in London", "Vocabulary: Sports", "Writing a letter", "Revision"],
    "История": ["Великие географические открытия", "Реформация в Европе", "Россия в XVI веке",
                "Иван IV Грозный", "Опричнина", "Смутное время", "Ополчение Минина и Пожарского",
                "Повторение: Россия в XVI веке"],
    "Физика": ["Строение вещества", "Молекулы", "Диффузия", "Взаимодействие молекул",
               "Механическое движение", "Скорость", "Инерция", "Масса тела"],
    "Биология": ["Многообразие животных", "Простейшие", "Кишечнополостные", "Черви",
                 "Моллюски", "Членистоногие", "Ракообразные", "Паукообразные"],
    "География": ["Литосфера", "Рельеф Земли", "Гидросфера", "Мировой океан", "Атмосфера", "Климаты Земли",
                  "Природные зоны", "Повторение"],
    "Физическая культура": ["Лёгкая атлетика: бег 60 м", "Прыжок в длину", "Метание мяча", "Кроссовая подготовка",
                            "Баскетбол: ведение мяча", "Баскетбол: передачи", "Волейбол: подача",
                            "Волейбол: приём мяча"],
}

FIRST, LAST_LESSON = D(2026, 9, 1), D(2026, 10, 23)
BLANK_UNTIL = {D(2026, 10, 22), D(2026, 10, 23)}  # topics left blank, filled in on 10-27 (§3.4 title)
TOPICS_FILLED = "2026-10-27T11:20"


def school_days():
    d = FIRST
    while d <= LAST_LESSON:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


def plan():
    out, seen = {}, {}
    for d in school_days():
        for n, subject in enumerate(WEEKDAY[d.weekday()], 1):
            k = seen.get(subject, 0)
            seen[subject] = k + 1
            lst = TOPIC_LIST[subject]
            topic = lst[k % len(lst)] if k < len(lst) else f"{lst[k % len(lst)]} (закрепление)"
            if k >= 2 * len(lst):
                topic = f"{lst[k % len(lst)]} (повторение)"
            lid = 2260325488556500000 + (d - D(2026, 1, 1)).days * 10 + n
            out[(d, n)] = {"id": lid, "day": d, "number": n, "subject": subject, "title": topic,
                           "teacher": teacher_of(subject)}
    return out


LESSONS = plan()


def L(day, n):
    return LESSONS[(D(*day) if isinstance(day, tuple) else day, n)]


# extra works beyond each lesson's default work: (lesson key) -> (work type id, kind, text)
TESTS = {
    ((2026, 9, 24), 1): (WT_KR, "LessonTestWork", "Контрольная работа № 1 «Треугольники»"),
    ((2026, 10, 7), 1): (WT_KR, "LessonTestWork", "Контрольная работа № 2 «Одночлены»"),
    ((2026, 10, 12), 3): (WT_KR, "LessonTestWork", "Контрольная работа «Россия в XVI веке»"),
    ((2026, 10, 14), 3): (WT_SR, "CommonWork", "Самостоятельная работа «Диффузия»"),
}


def test_lessons():
    return {L(*k)["id"]: v for k, v in TESTS.items()}


def default_work(lesson):
    return 2260325488556700000 + lesson["id"] % 10000000


def test_work(lesson):
    return 2260325488556710000 + lesson["id"] % 10000000 + 5000000


def hw_work_id(lesson, k=0):
    return 2260325488556720000 + (lesson["id"] % 10000000) * 10 + k


T = lambda s: dt.datetime.fromisoformat(s)  # noqa: E731  local wall clock (§2)

# homework: (lesson key, k) -> (text, due, set at, withdrawn at or None)
HW = [
    (((2026, 10, 19), 1), 0, "№ 412, 415 (а, б)", "2026-10-21", "2026-10-19T13:05", None),
    (((2026, 10, 19), 2), 0, "Упр. 186; выучить правило на с. 78", "2026-10-21", "2026-10-19T13:40", None),
    (((2026, 10, 19), 3), 0, "§ 14, вопросы 1–5 письменно", "2026-10-22", "2026-10-19T14:10", None),
    (((2026, 10, 20), 3), 0, "§ 9, зарисовать строение гидры", "2026-10-23", "2026-10-20T13:15", None),
    (((2026, 10, 21), 3), 0, "§ 11, упр. 5 (1–3)", "2026-10-26", "2026-10-21T14:00", None),
    (((2026, 10, 21), 5), 0, "Workbook p. 23, ex. 4, 5", "2026-10-22", "2026-10-21T14:30", None),
    (((2026, 10, 22), 4), 0, "Прочитать «Тарас Бульба», гл. 7–9", "2026-11-04", "2026-10-22T15:00", None),
    (((2026, 10, 23), 1), 0, "№ 430–436", "2026-11-04", "2026-10-23T12:50", "2026-10-27T10:05"),
    (((2026, 10, 23), 1), 1, "Задания на каникулы: карточка № 7 (варианты 1 и 2)", "2026-11-04",
     "2026-10-27T10:05", None),
    (((2026, 10, 23), 2), 0, "Повторить правописание причастий, упр. 210", "2026-11-04", "2026-10-23T13:30", None),
]

# marks: (id, pupil, lesson key, work ('d' default / 't' test), value, set at, [(at, changes)], deleted at)
M0 = 2260325488557000000
MARKS = [
    # the quarter before the last week (pulled in the first sync)
    (M0 + 1, KIRILL, ((2026, 9, 3), 2), "d", "4", "2026-09-03T10:12:30.4", [], None),
    (M0 + 2, VERA, ((2026, 9, 3), 2), "d", "5", "2026-09-03T10:12:51.07", [], None),
    (M0 + 3, KIRILL, ((2026, 9, 24), 1), "t", "2", "2026-09-24T16:40:02.3", [], "2026-10-21T19:52:30"),  # see +34
    (M0 + 4, VERA, ((2026, 9, 24), 1), "t", "5", "2026-09-24T16:40:15.88", [], None),
    (M0 + 5, VERA, ((2026, 10, 7), 1), "t", "4", "2026-10-07T17:02:41.6", [], None),
    (M0 + 6, KIRILL, ((2026, 10, 7), 1), "t", "3", "2026-10-07T17:03:05.21", [], None),
    (M0 + 7, KIRILL, ((2026, 10, 7), 2), "d", "2", "2026-10-07T09:41:10.5",
     [("2026-10-22T18:31:44.12", {"value": "4", "date": "2026-10-22T18:31:44.12"})], None),  # «2» fixed to «4»
    (M0 + 8, EGOR, ((2026, 10, 8), 4), "d", "4", "2026-10-08T12:00:03.9", [], None),
    (M0 + 9, VERA, ((2026, 10, 12), 4), "d", "5", "2026-10-12T11:30:19.44", [], None),
    (M0 + 10, KIRILL, ((2026, 10, 12), 3), "t", "4", "2026-10-13T18:10:07.1", [], None),
    (M0 + 11, KIRILL, ((2026, 10, 14), 3), "t", "5", "2026-10-14T16:22:40.05", [], None),
    (M0 + 12, KIRILL, ((2026, 10, 15), 2), "d", "3", "2026-10-15T09:20:11.7", [], "2026-10-29T12:14:00"),
    (M0 + 13, VERA, ((2026, 10, 16), 2), "d", "4", "2026-10-16T09:28:55.2", [], None),
    # the last week
    (M0 + 21, KIRILL, ((2026, 10, 19), 1), "d", "5", "2026-10-19T08:35:14.6", [], None),
    (M0 + 22, VERA, ((2026, 10, 19), 4), "d", "4-", "2026-10-19T11:21:02.09", [], None),
    (M0 + 23, EGOR, ((2026, 10, 19), 5), "d", "3", "2026-10-19T12:10:30.3", [], None),
    (M0 + 24, VERA, ((2026, 10, 20), 2), "d", "5", "2026-10-20T09:27:48.77", [], None),
    (M0 + 25, KIRILL, ((2026, 10, 20), 4), "d", "4", "2026-10-20T11:18:20.5", [], None),
    # Wed 10-21, third-last day: the day's marks and many back-dated ones
    (M0 + 31, KIRILL, ((2026, 10, 21), 1), "d", "4", "2026-10-21T08:36:10.1", [], None),
    (M0 + 32, VERA, ((2026, 10, 21), 2), "d", "5", "2026-10-21T09:25:33.6", [], None),
    (M0 + 33, VERA, ((2026, 10, 21), 3), "d", "4", "2026-10-21T19:48:02.55",  # on the wrong lesson: moved 10-22
     [("2026-10-22T17:05:12.4", {"lesson": ((2026, 10, 14), 3), "work": "t", "workType": WT_SR,
                                 "date": "2026-10-22T17:05:12.4"})], None),
    (M0 + 34, KIRILL, ((2026, 9, 24), 1), "t", "3", "2026-10-21T19:52:40.8", [], None),  # September test rewritten
    (M0 + 35, EGOR, ((2026, 10, 7), 1), "t", "4", "2026-10-21T19:55:08.31", [], None),  # the test he missed
    (M0 + 36, EGOR, ((2026, 10, 14), 3), "t", "3", "2026-10-21T20:01:57.04", [], None),
    (M0 + 37, VERA, ((2026, 10, 12), 2), "d", "5", "2026-10-21T20:04:15.6", [], None),  # «долг» for 10-12
    # Thu 10-22
    (M0 + 41, KIRILL, ((2026, 10, 22), 2), "d", "5", "2026-10-22T08:55:00.2", [], None),
    (M0 + 42, EGOR, ((2026, 10, 22), 4), "d", "5", "2026-10-22T11:20:41.8", [], "2026-10-23T18:40:00"),
    (M0 + 43, VERA, ((2026, 10, 22), 3), "d", "4+", "2026-10-22T10:20:09.13", [], None),
    (M0 + 44, KIRILL, ((2026, 10, 16), 5), "d", "4", "2026-10-22T18:40:55.5", [], None),
    # Fri 10-23, the last day
    (M0 + 51, VERA, ((2026, 10, 23), 1), "d", "5", "2026-10-23T08:30:27.9", [], None),
    (M0 + 52, KIRILL, ((2026, 10, 23), 3), "d", "3", "2026-10-23T10:10:10.1", [], None),
    (M0 + 53, EGOR, ((2026, 10, 1), 4), "d", "5", "2026-10-23T18:41:20.66", [], None),  # +42 re-entered, new id
    (M0 + 54, VERA, ((2026, 9, 17), 4), "d", "5", "2026-10-23T19:02:31.2", [], None),  # September «доклад»
    (M0 + 55, EGOR, ((2026, 10, 23), 4), "d", "4", "2026-10-23T11:22:18.0", [], None),
    # the holiday week
    (M0 + 61, VERA, ((2026, 10, 12), 3), "t", "4", "2026-10-28T10:44:06.3", [], None),  # «долг» closed
    (M0 + 62, EGOR, ((2026, 10, 15), 2), "d", "3", "2026-10-29T12:14:00.5", [], None),  # Кирилл's «3» was his
]

# attendance: (pupil, lesson key, status, comment, at, [(at, status, comment)])
LOG = [
    (EGOR, ((2026, 10, 7), 1), "Absent", "", "2026-10-07T08:05:00.3", []),
    (KIRILL, ((2026, 10, 12), 2), "Ill", "ОРВИ", "2026-10-12T08:52:10.5", []),
    (VERA, ((2026, 10, 20), 5), "Pass", "освобождена (справка)", "2026-10-20T11:40:31.2", []),
    (KIRILL, ((2026, 10, 22), 1), "Late", "опоздал на 10 минут", "2026-10-22T08:12:44.9", []),
    (EGOR, ((2026, 10, 23), 3), "Absent", "", "2026-10-23T09:47:03.03",
     [("2026-10-28T09:30:15.6", "Pass", "справка от врача")]),
    (VERA, ((2026, 10, 23), 5), "Ill", "", "2026-10-23T11:36:00.7", []),
]

# final marks of «1 четверть» (§3.13): (id, pupil, subject, value, set at, [(at, value or None, new id or None)])
F0 = 2260325488557900000
FINALS = [
    (F0 + 1, KIRILL, "Алгебра", "4", "2026-10-23T19:31:10.2", [("2026-10-23T21:12:40.5", "5", None)]),
    (F0 + 2, KIRILL, "Русский язык", "4", "2026-10-23T19:36:22.8", []),
    (F0 + 3, KIRILL, "История", "4", "2026-10-23T19:44:03.1", []),
    (F0 + 4, KIRILL, "Физика", "5", "2026-10-23T19:47:51.6", []),
    (F0 + 5, KIRILL, "Геометрия", "3", "2026-10-23T19:32:08.0", []),
    (F0 + 11, VERA, "Алгебра", "5", "2026-10-23T19:31:12.9", []),
    (F0 + 12, VERA, "Русский язык", "5", "2026-10-23T19:36:25.4", []),
    (F0 + 13, VERA, "История", "4", "2026-10-23T19:44:06.0",
     [("2026-10-23T21:20:02.7", None, None), ("2026-10-28T10:50:33.1", "5", F0 + 23)]),
    (F0 + 14, VERA, "Физика", "4", "2026-10-23T19:47:53.3", []),
    (F0 + 15, VERA, "Геометрия", "5", "2026-10-23T19:32:10.2", []),
    (F0 + 21, EGOR, "Алгебра", "3", "2026-10-23T19:31:15.5", [("2026-10-23T21:12:58.0", "4", None)]),
    (F0 + 22, EGOR, "Физика", "3", "2026-10-23T19:47:55.0", []),
]
FINAL_WORK = {s: 2260325488557800000 + i for i, s in enumerate(SUBJECTS)}

# the journal's averages over the quarter (§3.13 avg-marks), as the vendor computes them
AVG_BEFORE = {KIRILL: {"Алгебра": "4.00", "Геометрия": "2.33", "Русский язык": "2.50", "История": "4.00",
                       "Физика": "4.50", "Английский язык": "3.00"},
              VERA: {"Алгебра": "4.50", "Геометрия": "5.00", "Русский язык": "5.00", "Физика": "4.00",
                     "Биология": "4.67"},
              EGOR: {"Литература": "4.00", "Английский язык": "3.00"}}
AVG_AFTER = {KIRILL: {"Алгебра": "4.17", "Геометрия": "3.00", "Русский язык": "4.25", "История": "4.00",
                      "Физика": "4.33", "Английский язык": "4.00", "Литература": "4.00"},
             VERA: {"Алгебра": "4.75", "Геометрия": "5.00", "Русский язык": "5.00", "Физика": "4.17",
                    "Биология": "4.75"},
             EGOR: {"Алгебра": "4.00", "Литература": "4.67", "Английский язык": "3.00", "Физика": "3.00",
                    "Биология": "4.00"}}
AVG_HOLIDAY = {**AVG_AFTER, KIRILL: {**AVG_AFTER[KIRILL], "Английский язык": "4.50"},
               VERA: {**AVG_AFTER[VERA], "История": "4.00"},
               EGOR: {**AVG_AFTER[EGOR], "Английский язык": "3.00"}}


def ids(n):
    return {"id": n, "id_str": str(n)}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+05:00"}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Гимназия № 56»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


def rpg():
    return {"id": RPG, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in (Q1, Q2, Q3, Q4)],
        "holidays": [{"id": hid, "reportingPeriodGroupId": RPG, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


# --- state at a time -----------------------------------------------------------------------------------------------

def marks_at(t):
    """{mark id: mark dict} as the journal holds them at local time t."""
    out = {}
    for mid, p, key, work, value, at, changes, deleted in MARKS:
        if T(at[:19]) > t or (deleted and T(deleted) <= t):
            continue
        m = {"id": mid, "p": p, "lesson": L(*key), "work": work, "value": value, "date": at,
             "workType": (TESTS[key][0] if work == "t" else WT_OU)}
        for when, ch in changes:
            if T(when[:19]) <= t:
                if "lesson" in ch:
                    m["lesson"] = L(*ch["lesson"])
                m.update({k: v for k, v in ch.items() if k != "lesson"})
        out[mid] = m
    return out


def mark_obj(m):
    lesson = m["lesson"]
    work = test_work(lesson) if m["work"] == "t" else default_work(lesson)
    return {**ids(m["id"]), "type": "mark5", "value": m["value"], "textValue": m["value"],
            "person": m["p"][0], "person_str": str(m["p"][0]), "work": work, "work_str": str(work),
            "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "number": 0, "date": m["date"],
            "workType": m["workType"], "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[m["value"][0]],
            "use_avg_calc": True}


def marks_range(a, b, t):
    """edu-groups/{g}/marks/{from}/{to}: the marks whose own `date` (when set, §3.1) lies in the range."""
    found = [m for m in marks_at(t).values() if a <= D.fromisoformat(m["date"][:10]) <= b]
    return [mark_obj(m) for m in sorted(found, key=lambda m: (m["date"], m["id"]))]


def homework_at(lesson, t):
    out = []
    for key, k, text, due, set_at, gone in HW:
        if L(*key) is lesson and T(set_at) <= t and not (gone and T(gone) <= t):
            out.append((k, text, due, set_at))
    return out


def title_at(lesson, t):
    if lesson["day"] in BLANK_UNTIL and t < T(TOPICS_FILLED):
        return ""
    return lesson["title"]


def works_of(lesson, t):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 1, "periodType": "Quarter", "subjectId": subj, "createdBy": lesson["teacher"][0],
              "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, "files": [], **common}]
    test = test_lessons().get(lesson["id"])
    if test:
        out.append({**ids(test_work(lesson)), "type": test[1], "workType": test[0], "markType": "mark5",
                    "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": test[2],
                    "isImportant": test[0] == WT_KR, "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None,
                    "files": [], **common})
    for k, text, due, set_at in homework_at(lesson, t):
        wid = hw_work_id(lesson, k)
        tasks = [{**ids(2260325488556900000 + (wid % 10000000) * 10 + i), "person": p[0], "person_str": str(p[0]),
                  "work": wid, "work_str": str(wid), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                 for i, p in enumerate(PUPILS)]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": f"{set_at}:05.4", "files": [], **common})
    return out


def entity_lesson(lesson, t):
    subj_id, area = SUBJECTS[lesson["subject"]]
    start = BELLS[lesson["number"]][0]
    return {**ids(lesson["id"]), "title": title_at(lesson, t), "date": f"{lesson['day']}T{start}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"],
                                                    "knowledgeArea": area, "fgosSubjectId": None},
            "group": G, "status": "Planned" if t < T(f"{lesson['day']}T{start}") else "Conducted",
            "resultPlaceId": 0, "works": works_of(lesson, t),
            "teachers": [lesson["teacher"][0]], "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(a, b, t):
    return [entity_lesson(l, t) for (d, n), l in sorted(LESSONS.items()) if a <= d <= b]


def flat_lesson(lesson, t):
    e = entity_lesson(lesson, t)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Корпус 1",
            "place": "214", "floor": "2", "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]],
            "teachers": [lesson["teacher"][0]]}


def log_at(t):
    out = []
    for p, key, status, comment, at, changes in LOG:
        if T(at[:19]) > t:
            continue
        created = at
        for when, st, cm in changes:
            if T(when[:19]) <= t:
                status, comment, created = st, cm, when
        out.append((p, L(*key), status, comment, created))
    return out


def log_obj(e):
    p, lesson, status, comment, created = e
    return {"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": created}


def log_range(a, b, t):
    return [log_obj(e) for e in log_at(t) if a <= e[1]["day"] <= b]


def homework_bundle(a, b, t):
    works, lessons, teachers, subjects = [], [], {}, {}
    for (d, n), l in sorted(LESSONS.items()):
        if not a <= d <= b:
            continue
        hws = [w for w in works_of(l, t) if w["type"] == "Homework"]
        if not hws:
            continue
        works += hws
        lessons.append(flat_lesson(l, t))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, a, b, t):
    """persons/{p}/groups/{g}/schedules (§0): every day of the range with the pupil's marks and log entries."""
    days, d = [], a
    held = marks_at(t)
    while d <= b:
        ls = [l for (day, n), l in sorted(LESSONS.items()) if day == d]
        works = [w for l in ls for w in works_of(l, t)]
        marks = [mark_obj(m) for m in sorted(held.values(), key=lambda m: m["id"]) if m["p"] is p and m["lesson"] in ls]
        logs = [log_obj(e) for e in log_at(t) if e[0] is p and e[1] in ls]
        days.append({"date": f"{d}T00:00:00", "lessons": [flat_lesson(l, t) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
                                  for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": tt, "isFinal": i == WT_Q,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, tt, ab, _ in WORK_TYPES],
                     "lessonLogEntries": logs, "teachers": [person(x) for x in sorted({l["teacher"] for l in ls})],
                     "nextDate": None})
        d += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


def finals_at(t):
    out = {}
    for fid, p, subject, value, at, changes in FINALS:
        if T(at[:19]) > t:
            continue
        cur_id, cur_val, cur_at = fid, value, at
        for when, v, new_id in changes:
            if T(when[:19]) <= t:
                cur_val, cur_at = v, when
                cur_id = new_id or cur_id
        out[(p[0], subject)] = (cur_id, cur_val, cur_at, p)
    return out


def final_marks(t):
    """edu-groups/{g}/final-marks (§3.13): one entry per pupil and period; `final-mark` null once cleared."""
    held = finals_at(t)
    out = []
    for p in PUPILS:
        per = []
        for subject in SUBJECTS:
            if (p[0], subject) not in held:
                continue
            fid, value, at, _ = held[(p[0], subject)]
            sid = SUBJECTS[subject][0]
            mark = None if value is None else {
                **ids(fid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
                "person_str": str(p[0]), "work": FINAL_WORK[subject], "work_str": str(FINAL_WORK[subject]),
                "lesson": None, "lesson_str": None, "number": 0, "date": at, "workType": WT_Q,
                "mood": {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": False}
            per.append({"subject": sid, "subject_str": str(sid), "final-mark": mark})
        out.append({"person": p[0], "person_str": str(p[0]), "group": G, "group_str": str(G),
                    "reportingPeriod": Q1[0], "reportingPeriod_str": str(Q1[0]), "per-subject-final-marks": per})
    return out


def averages(table):
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
        for s, v in table[p].items()]} for p in PUPILS]


def clock(start):
    base, i = T(start), [0]

    def nxt():
        v = (base + dt.timedelta(seconds=40 * i[0])).isoformat()
        i[0] += 1
        return v
    return nxt


def daily(day, start, school_day=True, extra=()):
    """One evening's pull of one day: marks set that day, the day's lessons, log entries, homework set that day
    and the next week's, Кирилл's and Вера's own days (on school days)."""
    at = clock(start)
    out = []
    t = at()
    out.append(rec(f"GET /v2/edu-groups/{G}/marks/{day}/{day}", marks_range(day, day, T(t)), t))
    t = at()
    out.append(rec(f"GET /v2/edu-groups/{G}/lessons/{day}/{day}", lessons_range(day, day, T(t)), t))
    t = at()
    out.append(rec(f"GET /v2/lesson-log-entries/group/{G}?from={day}&to={day}", log_range(day, day, T(t)), t))
    if school_day:
        t = at()
        out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={day}&endDate={day}",
                       homework_bundle(day, day, T(t)), t))
        for p in (KIRILL, VERA):
            t = at()
            out.append(rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={day}&endDate={day}",
                           schedules(p, day, day, T(t)), t))
    for make in extra:
        t = at()
        out.append(make(t))
    return out


def main():
    q_a, q_b = D(2026, 9, 1), D(2026, 10, 25)
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 56»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия "
                                                 "№ 56»", "avatarSmall": None, "city": "Екатеринбург",
                                     "municipality": "г. Екатеринбург", "regionId": 66, "markType": "mark5",
                                     "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "66."},
            "2026-10-18T19:00:00"),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": tt, "abbr": ab,
                                         "weight": w} for i, k, tt, ab, w in WORK_TYPES], "2026-10-18T19:00:20"),
        rec(f"GET /v2/schools/{S}/edu-groups", [{**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group",
                                                 "name": "7Б", "fullName": "", "parallel": 7, "timetable": TT,
                                                 "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
                                                 "educationType": "Regular", "subjects": [],
                                                 "journaltype": "Default"}], "2026-10-18T19:00:40"),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], "2026-10-18T19:01:00"),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), "2026-10-18T19:01:20"),
        rec(f"GET /v2/users/{P_BELOVA[1]}/context", context(P_BELOVA, [KIRILL]), "2026-10-18T19:01:40"),
        rec(f"GET /v2/users/{P_KUZN[1]}/context", context(P_KUZN, [VERA]), "2026-10-18T19:02:00"),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2026-10-18T19:02:20"),
    ]
    first = T("2026-10-18T19:10:00")
    history = [
        rec(f"GET /v2/edu-groups/{G}/lessons/{q_a}/{q_b}", lessons_range(q_a, q_b, first), first.isoformat()),
        rec(f"GET /v2/edu-groups/{G}/marks/{q_a}/2026-10-18", marks_range(q_a, D(2026, 10, 18), first),
            "2026-10-18T19:12:00"),
        rec(f"GET /v2/lesson-log-entries/group/{G}?from={q_a}&to=2026-10-18",
            log_range(q_a, D(2026, 10, 18), first), "2026-10-18T19:13:00"),
        rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-12&endDate=2026-10-18",
            homework_bundle(D(2026, 10, 12), D(2026, 10, 18), first), "2026-10-18T19:14:00"),
    ]
    avg = lambda table: lambda t: rec(f"GET /v2/edu-groups/{G}/avg-marks/{q_a}/{q_b}", averages(table), t)  # noqa
    finals = lambda t: rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks(T(t)), t)  # noqa: E731
    steps = [
        ("1. reference data: school, work types, 7Б, pupils, bells, parents, quarters and holidays "
         "(Sun 2026-10-18 19:00)", [setup]),
        ("2. the job's first sync: the quarter's lessons, marks and absences so far (Sun 2026-10-18 19:10)",
         [history]),
        ("3. Mon 2026-10-19 evening pull", [daily(D(2026, 10, 19), "2026-10-19T20:30:00")]),
        ("4. Tue 2026-10-20 evening pull, the journal's averages before the last days",
         [daily(D(2026, 10, 20), "2026-10-20T20:30:00", extra=[avg(AVG_BEFORE)])]),
        ("5. Wed 2026-10-21 evening pull: the day's marks and many back-dated ones (a September test rewritten, "
         "a missed test, a «долг»), and a mark on the wrong lesson", [daily(D(2026, 10, 21), "2026-10-21T20:30:00")]),
        ("6. Thu 2026-10-22 evening pull: the wrong-lesson mark moved to 10-14 (same id), a «2» corrected to «4»",
         [daily(D(2026, 10, 22), "2026-10-22T20:30:00")]),
        ("7. Fri 2026-10-23: the last day's pull at 19:50 with the quarter marks, changed by 21:30, "
         "the averages after",
         [daily(D(2026, 10, 23), "2026-10-23T19:50:00", extra=[finals]),
          [finals("2026-10-23T21:30:00"), avg(AVG_AFTER)("2026-10-23T21:31:00")]]),
        ("8. the holiday week's daily pulls: no lessons; a «долг» closed, a quarter mark set again, an absence "
         "excused, topics filled in, homework replaced, a mark moved to another pupil (Mon 10-26 .. Fri 10-30)",
         [daily(D(2026, 10, 26), "2026-10-26T20:30:00", school_day=False),
          daily(D(2026, 10, 27), "2026-10-27T20:30:00", school_day=False),
          daily(D(2026, 10, 28), "2026-10-28T20:30:00", school_day=False, extra=[finals]),
          daily(D(2026, 10, 29), "2026-10-29T20:30:00", school_day=False),
          daily(D(2026, 10, 30), "2026-10-30T20:30:00", school_day=False)]),
        ("9. the whole-quarter pull at the end of the holidays (Sun 2026-11-01 18:00)",
         [[rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2026-11-01T18:00:00"),
           rec(f"GET /v2/edu-groups/{G}/lessons/{q_a}/{q_b}", lessons_range(q_a, q_b, T("2026-11-01T18:01:00")),
               "2026-11-01T18:01:00"),
           rec(f"GET /v2/edu-groups/{G}/marks/{q_a}/2026-11-01", marks_range(q_a, D(2026, 11, 1),
                                                                            T("2026-11-01T18:03:00")),
               "2026-11-01T18:03:00"),
           rec(f"GET /v2/lesson-log-entries/group/{G}?from={q_a}&to=2026-11-01",
               log_range(q_a, D(2026, 11, 1), T("2026-11-01T18:04:00")), "2026-11-01T18:04:00"),
           rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-19&endDate=2026-10-25",
               homework_bundle(D(2026, 10, 19), D(2026, 10, 25), T("2026-11-01T18:05:00")), "2026-11-01T18:05:00"),
           finals("2026-11-01T18:06:00"),
           avg(AVG_HOLIDAY)("2026-11-01T18:07:00")]]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 56» (Екатеринбург, UTC+5), 7Б, the end of «1 четверть» 2026/27 "
                       "(2026-10-19..10-23) and the autumn holidays (10-26..11-03): marks entered en masse and "
                       "back-dated, a mark moved, quarter marks changed the same evening, averages before and after, "
                       "late corrections in the holidays; daily ranges, then a whole-quarter range.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 56»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(f"{n} records")


if __name__ == "__main__":
    main()
