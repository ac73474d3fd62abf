"""Builds journey.json for elzhur_41 (standard library only, deterministic).

Школа № 41 г. Ижевска (Eljur vendor `izh41`, zone Europe/Samara), a school in two shifts on a six-day week.
Classes 7Б and 6В swap shifts on Monday 1 December 2025 (quarter II): 7Б moves from the first shift (08:15..13:20)
to the second (14:05..19:55), 6В the other way. Lesson numbers and bells are per shift: lesson 1 of the second
shift starts at 14:05, a 0th lesson comes before lesson 1 of either shift, Saturday has shortened bells, and both
timetables hold double lessons (two consecutive numbers of one subject, two lesson ids).

The journal is modelled vendor-side (timetables, bells, lessons with stable ids, marks, homework); each pull answers
that state at its `pulled_at` in the shapes of reference A.3/A.5. See README.md for the steps and the traps.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+04:00"
RNG = random.Random(4141)

FIRST = {0: ("07:25", "08:05"), 1: ("08:15", "08:55"), 2: ("09:05", "09:45"), 3: ("10:00", "10:40"),
         4: ("10:55", "11:35"), 5: ("11:50", "12:30"), 6: ("12:40", "13:20")}
SECOND = {0: ("13:15", "13:55"), 1: ("14:05", "14:45"), 2: ("14:55", "15:35"), 3: ("15:50", "16:30"),
          4: ("16:45", "17:25"), 5: ("17:35", "18:15"), 6: ("18:25", "19:05"), 7: ("19:15", "19:55")}
FIRST_SAT = {1: ("08:15", "08:50"), 2: ("09:00", "09:35"), 3: ("09:45", "10:20"), 4: ("10:30", "11:05"),
             5: ("11:15", "11:50")}
SECOND_SAT = {1: ("14:05", "14:40"), 2: ("14:50", "15:25"), 3: ("15:35", "16:10"), 4: ("16:20", "16:55"),
              5: ("17:05", "17:40")}
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

TEACHERS = {
    ("7Б", "Русский язык"): "Кириллова Наталья Сергеевна", ("7Б", "Литература"): "Кириллова Наталья Сергеевна",
    ("7Б", "Разговоры о важном"): "Кириллова Наталья Сергеевна",
    ("7Б", "Алгебра"): "Волков Андрей Михайлович", ("7Б", "Геометрия"): "Волков Андрей Михайлович",
    ("7Б", "Физика"): "Шамсутдинов Рустам Ильдарович", ("7Б", "История"): "Мальцева Ольга Петровна",
    ("7Б", "География"): "Корепанова Елена Витальевна", ("7Б", "Биология"): "Перевощикова Анна Юрьевна",
    ("7Б", "Английский язык", "1 группа"): "Бабушкина Ирина Олеговна",
    ("7Б", "Английский язык", "2 группа"): "Шутова Дарья Андреевна",
    ("7Б", "Информатика"): "Зорин Павел Евгеньевич", ("7Б", "Физическая культура"): "Ложкин Виктор Николаевич",
    ("7Б", "Технология"): "Поздеева Людмила Анатольевна", ("7Б", "Музыка"): "Кривошеева Татьяна Ивановна",
    ("6В", "Русский язык"): "Тронина Валентина Павловна", ("6В", "Литература"): "Тронина Валентина Павловна",
    ("6В", "Математика"): "Волков Андрей Михайлович", ("6В", "История"): "Габдуллин Ильдар Ринатович",
    ("6В", "Разговоры о важном"): "Габдуллин Ильдар Ринатович",
    ("6В", "Биология"): "Перевощикова Анна Юрьевна", ("6В", "География"): "Корепанова Елена Витальевна",
    ("6В", "Английский язык"): "Бабушкина Ирина Олеговна", ("6В", "Изобразительное искусство"):
        "Кривошеева Татьяна Ивановна", ("6В", "Музыка"): "Кривошеева Татьяна Ивановна",
    ("6В", "Технология"): "Поздеева Людмила Анатольевна", ("6В", "Физическая культура"): "Ложкин Виктор Николаевич",
}
ENG = "Английский язык"
ROOMS = {"Русский язык": "204", "Литература": "204", "Алгебра": "312", "Геометрия": "312", "Математика": "310",
         "Физика": "315", "История": "208", "География": "211", "Биология": "213", "Информатика": "301",
         "Физическая культура": "спортзал", "Технология": "мастерская", "Музыка": "105",
         "Изобразительное искусство": "105", "Разговоры о важном": "204", ENG: "306"}
G1, G2 = "1 группа", "2 группа"

# Timetables: weekday -> [(num, subject)]; an English lesson of 7Б is split into two groups at the same number.
T7_OLD = {0: [(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Алгебра"), (3, ENG), (4, "История"),
              (5, "Физическая культура")],
          1: [(1, "Физика"), (2, "Геометрия"), (3, "Русский язык"), (4, "Литература"), (5, "Биология"),
              (6, "Информатика")],
          2: [(1, "Алгебра"), (2, "Русский язык"), (3, "География"), (4, ENG), (5, "Физическая культура"),
              (6, "Музыка")],
          3: [(0, "Информатика"), (1, "Геометрия"), (2, "История"), (3, ENG), (4, "Алгебра"), (5, "Литература")],
          4: [(1, "Русский язык"), (2, "Биология"), (3, "Физика"), (4, "География"), (5, "Алгебра")],
          5: [(1, "Технология"), (2, "Технология"), (3, "Физическая культура"), (4, "История")]}
T7_NEW = {0: [(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Алгебра"), (3, ENG), (4, "История"),
              (5, "Физическая культура"), (6, "Литература")],
          1: [(1, "Физика"), (2, "Геометрия"), (3, "Русский язык"), (4, "Русский язык"), (5, "Биология"),
              (6, "Информатика"), (7, "Музыка")],
          2: [(1, "Алгебра"), (2, "География"), (3, ENG), (4, "Физическая культура"), (5, "Литература"),
              (6, "История")],
          3: [(1, "Геометрия"), (2, "Геометрия"), (3, ENG), (4, "Физика"), (5, "Литература"), (6, "Информатика")],
          4: [(1, "Русский язык"), (2, "Биология"), (3, "Физика"), (4, "География"), (5, "Алгебра"),
              (6, "Физическая культура")],
          5: [(1, "Технология"), (2, "Технология"), (3, "История"), (4, "Алгебра")]}
T6_OLD = {0: [(0, "Разговоры о важном"), (1, "Математика"), (2, "Русский язык"), (3, "Литература"), (4, ENG),
              (5, "Биология")],
          1: [(1, "Математика"), (2, "Математика"), (3, "История"), (4, "Русский язык"),
              (5, "Физическая культура"), (6, "Изобразительное искусство")],
          2: [(1, "Русский язык"), (2, "География"), (3, "Математика"), (4, ENG), (5, "Литература")],
          3: [(1, "Математика"), (2, "Русский язык"), (3, "История"), (4, "Физическая культура"), (5, ENG),
              (6, "Музыка")],
          4: [(1, "Русский язык"), (2, "Математика"), (3, "Биология"), (4, "Литература"), (5, "Физическая культура")],
          5: [(1, "Технология"), (2, "Технология"), (3, "Математика"), (4, "История")]}
T6_NEW = {0: [(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Математика"), (3, "Литература"), (4, ENG),
              (5, "Биология")],
          1: [(1, "История"), (2, "Математика"), (3, "Математика"), (4, "Русский язык"),
              (5, "Физическая культура"), (6, "Изобразительное искусство")],
          2: [(1, "Русский язык"), (2, "География"), (3, "Математика"), (4, ENG), (5, "Литература")],
          3: [(1, "Математика"), (2, "Русский язык"), (3, "История"), (4, "Физическая культура"), (5, ENG),
              (6, "Музыка")],
          4: [(1, "Русский язык"), (2, "Математика"), (3, "Биология"), (4, "Литература"), (5, "Физическая культура")],
          5: [(1, "Технология"), (2, "Технология"), (3, "Математика"), (4, "История")]}

# Day-specific timetables: 6В (first shift from 1 Dec) has PE on Wednesday 10 Dec in the second shift, as its
# lesson 1 there (14:05), the gym being free only then: two lessons numbered 1 on one day.
OVERRIDE = {("6В", dt.date(2025, 12, 10)): T6_NEW[2] + [(1, "Физическая культура", "second")]}
SWAP = dt.date(2025, 12, 1)  # from this Monday 7Б is in the second shift, 6В in the first
WEEKS = [dt.date(2025, 11, 24), dt.date(2025, 12, 1), dt.date(2025, 12, 8), dt.date(2025, 12, 15)]

PUPILS = {
    "41101": {"title": "Ершова Полина", "last": "Ершова", "first": "Полина", "gender": "female", "cls": "7Б",
              "grp": G1, "skill": 4.4},
    "41102": {"title": "Латыпов Тимур", "last": "Латыпов", "first": "Тимур", "gender": "male", "cls": "7Б",
              "grp": G2, "skill": 3.5},
    "41201": {"title": "Ершов Максим", "last": "Ершов", "first": "Максим", "gender": "male", "cls": "6В",
              "grp": None, "skill": 3.9},
}
PARENTS = {
    "41901": {"title": "Ершова Светлана Игоревна", "last": "Ершова", "first": "Светлана", "middle": "Игоревна",
              "gender": "female", "children": ["41101", "41201"]},
    "41902": {"title": "Латыпова Гульнара Рашидовна", "last": "Латыпова", "first": "Гульнара",
              "middle": "Рашидовна", "gender": "female", "children": ["41102"]},
}
HOMETEACHERS = {"7Б": ("41501", "Кириллова", "Наталья", "Сергеевна"), "6В": ("41502", "Габдуллин", "Ильдар",
                                                                         "Ринатович")}

TOPICS = {
    "Русский язык": ["Причастие как часть речи", "Причастный оборот", "Действительные и страдательные причастия",
                     "Краткие причастия", "Деепричастие", "Деепричастный оборот", "Диктант по теме «Причастие»",
                     "Работа над ошибками", "Наречие как часть речи", "Разряды наречий"],
    "Литература": ["Н. В. Гоголь «Тарас Бульба»", "Образы Остапа и Андрия", "И. С. Тургенев «Бирюк»",
                   "Н. А. Некрасов «Русские женщины»", "Стихотворения в прозе Тургенева"],
    "Алгебра": ["Степень с натуральным показателем", "Свойства степени", "Одночлен и его стандартный вид",
                "Умножение одночленов", "Многочлены", "Сложение и вычитание многочленов", "Контрольная работа № 3"],
    "Геометрия": ["Признаки равенства треугольников", "Задачи на построение", "Параллельные прямые",
                  "Признаки параллельности прямых", "Аксиома параллельных прямых", "Решение задач"],
    "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Давление в жидкости",
               "Сообщающиеся сосуды", "Лабораторная работа № 6"],
    "История": ["Смутное время", "Правление Михаила Фёдоровича", "Соборное уложение 1649 г.",
                "Церковный раскол", "Внешняя политика России в XVII веке", "Культура XVII века"],
    "География": ["Африка: географическое положение", "Климат Африки", "Природные зоны Африки",
                  "Население Африки", "Австралия"],
    "Биология": ["Тип Кишечнополостные", "Плоские черви", "Круглые черви", "Кольчатые черви", "Моллюски"],
    ENG: ["Unit 3. Sport", "Present Perfect", "Present Perfect vs Past Simple", "Reading: Olympic Games",
          "Vocabulary revision", "Unit 4. Travelling"],
    "Информатика": ["Текстовый редактор", "Форматирование текста", "Списки и таблицы", "Практическая работа № 5"],
    "Физическая культура": ["Гимнастика: акробатические упражнения", "Опорный прыжок", "Лазание по канату",
                            "Баскетбол: ведение мяча"],
    "Технология": ["Швейная машина", "Выполнение машинных швов", "Проект «Фартук»: раскрой",
                   "Проект «Фартук»: обработка краёв"],
    "Музыка": ["Музыкальная драматургия", "Опера «Иван Сусанин»", "Симфония"],
    "Разговоры о важном": ["День матери", "Символы России", "День добровольца", "День Героев Отечества",
                           "Конституция России"],
    "Математика": ["Сложение отрицательных чисел", "Сложение чисел с разными знаками", "Вычитание",
                   "Умножение рациональных чисел", "Деление", "Самостоятельная работа", "Свойства действий"],
    "Изобразительное искусство": ["Натюрморт", "Изображение объёма на плоскости", "Свет и тень"],
}
HOMEWORK = {
    "Русский язык": ["Упр. {n}", "§ {p}, упр. {n}", "Выучить правило на с. {n2}, упр. {n}"],
    "Литература": ["Прочитать главы {c}", "Выучить отрывок наизусть", "Ответить на вопросы на с. {n2}"],
    "Алгебра": ["№ {n}, {n1}", "§ {p}, № {n}", "№ {n}, {n1} (а, б)"],
    "Геометрия": ["П. {p}, № {n}, {n1}", "№ {n}, {n1}", "Повторить п. {p}"],
    "Физика": ["§ {p}, упр. {u}", "§ {p}, вопросы на с. {n2}"],
    "История": ["§ {p}, вопросы 1–4", "§ {p}, составить таблицу", "§ {p}, документ на с. {n2}"],
    "География": ["§ {p}, контурная карта", "§ {p}, вопросы на с. {n2}"],
    "Биология": ["§ {p}, рисунок в тетради", "§ {p}, вопросы 1–5"],
    ENG: ["SB p. {n2}, ex. {u}", "WB p. {n2}, ex. {u}", "Выучить слова Unit 3"],
    "Информатика": ["§ {p}, набрать текст по образцу", "§ {p}, вопросы 1–3"],
    "Технология": ["Принести ткань и нитки", "Доделать выкройку"],
    "Музыка": ["Послушать увертюру"],
    "Математика": ["№ {n}, {n1}", "№ {n}, {n1}, {n3}", "П. {p}, № {n}"],
    "Изобразительное искусство": ["Принести гуашь"],
}
WORKTYPES = [("Работа на уроке", "РУ", 1), ("Ответ у доски", "ОУ", 1), ("Домашнее задание", "ДЗ", 1),
             ("Самостоятельная работа", "СР", 2)]
NO_MARKS = {"Разговоры о важном"}


def bells(cls, day):
    second = (cls == "7Б") == (day >= SWAP)
    if day.weekday() == 5:
        return SECOND_SAT if second else FIRST_SAT
    return SECOND if second else FIRST


def timetable(cls, day):
    if cls == "7Б":
        return (T7_NEW if day >= SWAP else T7_OLD)[day.weekday()]
    return (T6_NEW if day >= SWAP else T6_OLD)[day.weekday()]


def ymd(day):
    return day.strftime("%Y%m%d")


def days_of(monday, n=6):
    return [monday + dt.timedelta(days=i) for i in range(n)]


# --- the journal, vendor side -----------------------------------------------------------------------------------

class Journal:
    def __init__(self):
        self.next_id = 2_841_000
        self.ids = {}  # (cls, day, num, subject, grp) -> lesson_id
        self.topic_i = {}
        self.lessons = {}  # lesson_id -> dict
        self.hw_next = 6_104_000
        self.marks = {}  # (pupil, lesson_id, nm) -> mark dict

    def lesson_id(self, key):
        if key not in self.ids:
            self.next_id += 7
            self.ids[key] = str(self.next_id)
        return self.ids[key]

    def lessons_of(self, cls, day, template=None):
        """The lessons of a class's day under its timetable (template: 'old' or 'new' forces one)."""
        if template is None:
            table = OVERRIDE.get((cls, day)) or timetable(cls, day)
        else:
            table = {("7Б", "old"): T7_OLD, ("7Б", "new"): T7_NEW, ("6В", "old"): T6_OLD,
                     ("6В", "new"): T6_NEW}[(cls, template)][day.weekday()]
        out = []
        for entry in table:
            num, subject = entry[:2]
            grps = [G1, G2] if (cls == "7Б" and subject == ENG) else [None]
            for grp in grps:
                if template == "old" and cls == "7Б":
                    # 7Б's journal ties a lesson id to its slot (class, day, number): where the new timetable puts
                    # another subject at a number, the Saturday pull shows the same id with the new subject, so the
                    # Thursday pull shows that id with the old one.
                    slot = [l for l in self.lessons.values() if (l["cls"], l["day"], l["num"], l["grp"]) ==
                            (cls, day, num, grp) and l["subject"] != subject and "old_view" not in l]
                    if slot:
                        teacher = TEACHERS[(cls, subject, grp)] if grp else TEACHERS[(cls, subject)]
                        out.append(dict(slot[0], subject=subject, teacher=teacher, room=ROOMS[subject],
                                        old_view=True, homework={}))
                        continue
                lid = self.lesson_id((cls, day, num, subject, grp))
                if lid not in self.lessons:
                    teacher = TEACHERS[(cls, subject, grp)] if grp else TEACHERS[(cls, subject)]
                    i = self.topic_i.get((cls, subject, grp), 0)
                    self.topic_i[(cls, subject, grp)] = i + 1
                    topics = TOPICS[subject]
                    room = ROOMS[subject] if not grp else ("306" if grp == G1 else "307")
                    self.lessons[lid] = {"lesson_id": lid, "cls": cls, "day": day, "num": num, "subject": subject,
                                         "grp": grp, "teacher": teacher, "room": room,
                                         "topic": topics[i % len(topics)], "homework": {}}
                    if len(entry) > 2:  # a lesson held in the other shift, numbered by that shift's bells
                        self.lessons[lid]["shift"], self.lessons[lid]["sort"] = entry[2], 800
                out.append(self.lessons[lid])
        return out

    def add_homework(self, lesson, text, individual=False):
        self.hw_next += 3
        lesson["homework"][str(self.hw_next)] = {"id": self.hw_next, "value": text, "individual": individual}
        return str(self.hw_next)


J = Journal()


def hw_text(subject):
    pattern = RNG.choice(HOMEWORK[subject])
    n = RNG.randint(120, 480)
    return pattern.format(n=n, n1=n + 2, n3=n + 5, n2=RNG.randint(30, 140), p=RNG.randint(8, 24),
                          u=RNG.randint(2, 9), c=f"{RNG.randint(3, 5)}–{RNG.randint(6, 8)}")


def mark_value(skill):
    x = RNG.gauss(skill, 0.8)
    return str(max(2, min(5, round(x))))


def build_journal():
    """Every lesson of both classes over the four weeks, with homework and marks (the journal's final state
    before the edits the steps make)."""
    for monday in WEEKS:
        for day in days_of(monday):
            for cls in ("7Б", "6В"):
                for lesson in J.lessons_of(cls, day):
                    s = lesson["subject"]
                    if monday == WEEKS[3]:
                        continue  # next week: only its schedule is pulled
                    if s in HOMEWORK and RNG.random() < 0.38:
                        J.add_homework(lesson, hw_text(s))
                    if s in NO_MARKS:
                        continue
                    for pupil, p in PUPILS.items():
                        if p["cls"] != cls or (lesson["grp"] and lesson["grp"] != p["grp"]):
                            continue
                        if RNG.random() < 0.17:
                            wt = RNG.choice(WORKTYPES)
                            add_mark(pupil, lesson, mark_value(p["skill"]), wt)


def add_mark(pupil, lesson, value, wt, nm="1", comment=""):
    key = (pupil, lesson["lesson_id"], nm)
    J.marks[key] = {"pupil": pupil, "lesson_id": lesson["lesson_id"], "nm": nm, "value": value, "wt": wt,
                    "comment": comment, "date": lesson["day"], "subject": lesson["subject"]}
    return key


def find(cls, day, num, subject=None, grp=None):
    for lesson in J.lessons.values():
        if lesson["cls"] == cls and lesson["day"] == day and lesson["num"] == num and \
                (subject is None or lesson["subject"] == subject) and lesson["grp"] == grp:
            return lesson
    raise KeyError((cls, day, num, subject))


D = dt.date


def traps():
    """The deliberate situations of the theme (README: "Traps")."""
    # T1: 0th lesson of the old 7Б timetable (Thursday, first shift, 07:25) with a mark and homework.
    inf0 = find("7Б", D(2025, 11, 27), 0, "Информатика")
    inf0["homework"].clear()
    J.add_homework(inf0, "§ 11, набрать текст по образцу на с. 48")
    add_mark("41101", inf0, "5", ("Практическая работа", "ПР", 2))
    # T2: double lessons: 7Б Русский язык 3+4 on Tuesday 2 Dec (second shift), a mark on each half, homework on
    # the second half only.
    r3, r4 = find("7Б", D(2025, 12, 2), 3, "Русский язык"), find("7Б", D(2025, 12, 2), 4, "Русский язык")
    r3["topic"], r4["topic"] = "Деепричастный оборот", "Диктант по теме «Деепричастие»"
    r3["homework"].clear(), r4["homework"].clear()
    J.add_homework(r4, "Упр. 214, выписать деепричастные обороты")
    for key in [k for k in J.marks if k[1] in (r3["lesson_id"], r4["lesson_id"])]:
        del J.marks[key]
    add_mark("41101", r3, "4", ("Работа на уроке", "РУ", 1))
    add_mark("41101", r4, "5", ("Контрольный диктант", "КД", 3))
    add_mark("41102", r4, "3", ("Контрольный диктант", "КД", 3), comment="ошибки в обособлении оборотов")
    # 6В Математика 2+3 on Tuesday 9 Dec (first shift), two marks of one pupil, one per half (both nm 1).
    m2, m3 = find("6В", D(2025, 12, 9), 2, "Математика"), find("6В", D(2025, 12, 9), 3, "Математика")
    m2["topic"], m3["topic"] = "Деление рациональных чисел", "Самостоятельная работа по теме «Деление»"
    for key in [k for k in J.marks if k[1] in (m2["lesson_id"], m3["lesson_id"])]:
        del J.marks[key]
    add_mark("41201", m2, "4", ("Ответ у доски", "ОУ", 1))
    add_mark("41201", m3, "3", ("Самостоятельная работа", "СР", 2))
    m3["homework"].clear(), m2["homework"].clear()
    J.add_homework(m3, "№ 612, 614, 617")
    # Saturday double Технология 1+2 (7Б, 6 Dec, second shift, shortened bells): homework on the second half.
    t1, t2 = find("7Б", D(2025, 12, 6), 1, "Технология"), find("7Б", D(2025, 12, 6), 2, "Технология")
    t1["topic"], t2["topic"] = "Проект «Фартук»: раскрой", "Проект «Фартук»: обработка краёв"
    t1["homework"].clear(), t2["homework"].clear()
    J.add_homework(t2, "Принести ткань и нитки")
    # Geometry double (7Б, Thursday 11 Dec, second shift 14:05-15:35): homework on the second half.
    g1, g2 = find("7Б", D(2025, 12, 11), 1, "Геометрия"), find("7Б", D(2025, 12, 11), 2, "Геометрия")
    g1["homework"].clear(), g2["homework"].clear()
    J.add_homework(g2, "П. 27, № 196, 198")
    # The last lesson of the second shift (Tuesday 7th lesson, 19:15-19:55) with homework and a mark.
    mus = find("7Б", D(2025, 12, 9), 7, "Музыка")
    mus["homework"].clear()
    J.add_homework(mus, "Послушать увертюру к опере «Иван Сусанин»")
    add_mark("41102", mus, "5", ("Работа на уроке", "РУ", 1))
    # A mark the teacher deletes later (Тимур, Физика, Friday 28 Nov, first shift) and one she corrects later
    # (Полина, Алгебра, Friday 5 Dec, second shift): the week's diary shows them as first given.
    fiz = find("7Б", D(2025, 11, 28), 3, "Физика")
    add_mark("41102", fiz, "2", ("Самостоятельная работа", "СР", 2))
    alg = find("7Б", D(2025, 12, 5), 5, "Алгебра")
    add_mark("41101", alg, "3", ("Работа на уроке", "РУ", 1))
    # A task the teacher withdraws after the week-3 diary pull (География, Wednesday 10 Dec).
    geo = find("7Б", D(2025, 12, 10), 2, "География")
    geo["homework"].clear()
    J.add_homework(geo, "§ 19, контурная карта «Африка»")


def absences():
    """Attendance pseudo-marks (A.6): key -> (code)."""
    out = {}
    # Тимур absent at PE, lesson 5 of the second shift, Monday 1 Dec (17:35).
    out[("41102", find("7Б", D(2025, 12, 1), 5, "Физическая культура")["lesson_id"])] = "н"
    # Тимур absent from the first half of the Tuesday double Русский язык (2 Dec, #3, 15:50), present at the
    # second (#4, the dictation he got a 3 for).
    out[("41102", find("7Б", D(2025, 12, 2), 3, "Русский язык")["lesson_id"])] = "н"
    # Максим late to the 0th lesson of the first shift (07:25) on his first morning in it.
    out[("41201", find("6В", D(2025, 12, 1), 0, "Разговоры о важном")["lesson_id"])] = "оп"
    # Полина absent at both halves of the Saturday double Технология (6 Dec).
    for num in (1, 2):
        out[("41101", find("7Б", D(2025, 12, 6), num, "Технология")["lesson_id"])] = "н"
    return out


# --- answers ------------------------------------------------------------------------------------------------------

def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def item(lesson, rings, cls_bells_day=None, diary_pupil=None, hhmm=False, with_topic=True, template_bells=None):
    day = lesson["day"]
    table = template_bells or bells(lesson["cls"], day)
    if lesson.get("shift") == "second":
        table = SECOND_SAT if day.weekday() == 5 else SECOND
    b = table[lesson["num"]]
    out = {"num": str(lesson["num"]), "name": "Cancel" if lesson.get("cancel") else lesson["subject"], "room": lesson["room"], "teacher": lesson["teacher"],
           "sort": lesson.get("sort", lesson["num"] * 100), "lesson_id": lesson["lesson_id"]}
    if lesson["grp"]:
        out["grp"], out["grp_short"] = lesson["grp"], lesson["grp"].replace(" группа", " гр.")
    if with_topic:
        out["topic"], out["is_control"] = lesson["topic"], lesson["topic"].startswith(("Контрольная", "Диктант"))
    if rings:
        out["starttime"], out["endtime"] = (b[0], b[1]) if hhmm else (b[0] + ":00", b[1] + ":00")
    if diary_pupil is not None:
        out["homework"] = {k: dict(v) for k, v in lesson["homework"].items()}
        out["files"], out["resources"] = [], []
        out["assessments"] = assessments(diary_pupil, lesson)
    return out


def assessment(m, for_getmarks=False):
    name, short, weight = m["wt"]
    a = {"value": m["value"], "countas": m["value"], "count": True, "convert": int(m["value"]), "weight": weight,
         "weight_float": weight}
    if not for_getmarks:
        a["control_type"], a["control_type_short"] = name, short
    a.update({"date": m["date"].isoformat(), "lesson_id": m["lesson_id"], "nm": m["nm"], "comment": m["comment"]})
    if for_getmarks:
        a["lesson_comment"] = J.lessons[m["lesson_id"]]["topic"] if m["lesson_id"] in J.lessons else None
        a["max_mark"] = None
        a["mtype"] = {"id": {"РУ": 1, "ОУ": 2, "ДЗ": 3, "СР": 4, "КД": 7, "ПР": 9, "КР": 5}.get(short, 1),
                      "short": short, "type": name}
    return a


def absence_item(pupil, lesson_id, code, date, for_getmarks=False):
    a = {"value": code, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0}
    if not for_getmarks:
        a["control_type"], a["control_type_short"] = "", ""
    a.update({"date": date.isoformat(), "lesson_id": lesson_id, "nm": "1", "comment": ""})
    if for_getmarks:
        a["lesson_comment"], a["max_mark"] = None, None
    return a


ABS = {}
STATE = {"marks": None}


def assessments(pupil, lesson):
    out = [assessment(m) for k, m in sorted(STATE["marks"].items()) if k[0] == pupil and k[1] == lesson["lesson_id"]]
    code = ABS.get((pupil, lesson["lesson_id"]))
    if code:
        out.insert(0, absence_item(pupil, lesson["lesson_id"], code, lesson["day"]))
    return out


def sees(pupil, lesson):
    p = PUPILS[pupil]
    return lesson["cls"] == p["cls"] and (not lesson["grp"] or lesson["grp"] == p["grp"])


def php_items(items):
    """`items` keyed by lesson number, as PHP's json_encode writes an array: keys 0..n-1 in order (a day that
    starts with the 0th lesson and has no gap) come out as a JSON list, any other keys as an object (A.3: "object
    keyed by lesson number or array")."""
    keyed = {i["num"]: i for i in items}
    return list(keyed.values()) if list(keyed) == [str(n) for n in range(len(keyed))] else keyed


def getdiary(pupil, monday, pulled, array_items=False, hhmm=False, span=None, extday=None, rings="__yes"):
    p = PUPILS[pupil]
    days = {}
    first, last = span or (monday, monday + dt.timedelta(days=6))
    for day in days_of(monday):
        if not first <= day <= last:
            continue
        lessons = [l for l in J.lessons_of(p["cls"], day) if sees(pupil, l)]
        items = [item(l, True, diary_pupil=pupil, hhmm=hhmm) for l in lessons]
        days[ymd(day)] = {"name": ymd(day), "title": TITLES[day.weekday()],
                          "items": items if array_items else php_items(items)}
        if extday and ymd(day) in extday:
            days[ymd(day)]["items_extday"] = extday[ymd(day)]
    req = f"getdiary?student={pupil}&days={ymd(first)}-{ymd(last)}&rings={rings}"
    return {"request": req, "body": envelope({"students": {pupil: {"name": pupil, "title": p["title"],
                                                                      "parent_signed": False, "days": days}}}),
            "pulled_at": pulled}


def getschedule_class(cls, monday, pulled, rings=True, template=None):
    days = {}
    for day in days_of(monday):
        lessons = J.lessons_of(cls, day, template)
        tb = None
        if template == "old":  # the bells of the class's shift before the swap
            second = cls == "6В"
            tb = (SECOND_SAT if second else FIRST_SAT) if day.weekday() == 5 else (SECOND if second else FIRST)
        days[ymd(day)] = {"name": ymd(day), "title": TITLES[day.weekday()],
                          "items": [item(l, rings, with_topic=False, template_bells=tb) for l in lessons]}
    req = f"getschedule?class={cls}&days={ymd(monday)}-{ymd(monday + dt.timedelta(days=6))}"
    if rings:
        req += "&rings=__yes"
    return {"request": req, "body": envelope({"days": days}), "pulled_at": pulled}


def getschedule_pupil(pupil, monday, pulled):
    p = PUPILS[pupil]
    days = {}
    for day in days_of(monday):
        items = [item(l, True, with_topic=False) for l in J.lessons_of(p["cls"], day) if sees(pupil, l)]
        days[ymd(day)] = {"name": ymd(day), "title": TITLES[day.weekday()], "items": php_items(items)}
    req = f"getschedule?student={pupil}&days={ymd(monday)}-{ymd(monday + dt.timedelta(days=6))}&rings=__yes"
    return {"request": req, "body": envelope({"students": {pupil: {"name": pupil, "title": p["title"],
                                                                      "days": days}}}),
            "pulled_at": pulled}


def gethomework_class(cls, monday, pulled, edits):
    days = {}
    for day in days_of(monday):
        items = []
        for l in J.lessons_of(cls, day):
            hw = {k: dict(v) for k, v in l["homework"].items() if not v["individual"]}
            for hid in list(hw):
                if edits.get(hid) == "withdraw":
                    del hw[hid]
                elif hid in edits:
                    hw[hid]["value"] = edits[hid]
            double = sum(1 for m in J.lessons_of(cls, day) if m["subject"] == l["subject"] and m["grp"] == l["grp"]) > 1
            if hw or double:  # both halves of a double lesson are listed, the one without a task with `{}`
                items.append({"name": l["subject"], "grp": l["grp"], "homework": hw, "files": []})
        days[ymd(day)] = {"name": ymd(day), "title": TITLES[day.weekday()], "items": items}
    req = f"gethomework?class={cls}&days={ymd(monday)}-{ymd(monday + dt.timedelta(days=6))}"
    return {"request": req, "body": envelope({"days": days}), "pulled_at": pulled}


def getmarks(pupil, pulled, marks, extra):
    p = PUPILS[pupil]
    by_subject = {}
    for (pp, lid, nm), m in sorted(marks.items(), key=lambda kv: (kv[1]["date"], kv[0])):
        if pp == pupil:
            by_subject.setdefault(m["subject"], []).append(assessment(m, True))
    for (pp, lid), code in ABS.items():
        if pp == pupil:
            l = J.lessons[lid]
            by_subject.setdefault(l["subject"], []).append(absence_item(pupil, lid, code, l["day"], True))
    for subject, marks_ in extra.items():
        by_subject.setdefault(subject, [])[:0] = marks_
    lessons = []
    for subject in sorted(by_subject):
        ms = sorted(by_subject[subject], key=lambda a: (a["date"], a["lesson_id"]))
        counted = [a for a in ms if a["count"]]
        w = sum(a["weight_float"] for a in counted)
        avg = sum(a["convert"] * a["weight_float"] for a in counted) / w if w else None
        lessons.append({"name": subject, "average": "" if avg is None else f"{avg:.2f}",
                        "averageConvert": 0 if avg is None else int(avg + 0.5), "lesson_id": str(4100 + len(lessons)),
                        "color_hex": None, "marks": ms})
    req = f"getmarks?student={pupil}&days=20251105-20251228"
    return {"request": req, "body": envelope({"students": {pupil: {"name": pupil, "title": p["title"],
                                                                      "lessons": lessons}}}),
            "pulled_at": pulled}


def early_mark(pupil, subject, date, lesson_id, value, wt):
    name, short, weight = wt
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "date": date, "lesson_id": lesson_id, "nm": "1", "comment": "",
            "lesson_comment": None, "max_mark": None,
            "mtype": {"id": {"РУ": 1, "ОУ": 2, "ДЗ": 3, "СР": 4}[short], "short": short, "type": name}}


def getrules(parent, pulled):
    p = PARENTS[parent]
    students, groups = {}, {}
    for c in p["children"]:
        k = PUPILS[c]
        students[c] = {"rel": "child", "name": c, "title": k["title"], "lastname": k["last"], "firstname": k["first"],
                       "gender": k["gender"], "class": k["cls"], "parallel": k["cls"][0], "city": "Ижевск",
                       "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods", "getschedule",
                                 "gethomework"]}
        tid, last, first, middle = HOMETEACHERS[k["cls"]]
        groups[k["cls"]] = {"rel": "homeclass", "name": k["cls"], "parallel": k["cls"][0], "balls": 5,
                            "hometeacher_id": tid, "hometeacher_name": f"{last} {first} {middle}",
                            "hometeacher_lastname": last, "hometeacher_firstname": first,
                            "hometeacher_middlename": middle}
    result = {"name": parent, "id": parent, "title": p["title"], "lastname": p["last"], "firstname": p["first"],
              "middlename": p["middle"], "gender": p["gender"], "email": "", "roles": ["parent"],
              "region": "Удмуртская Республика", "city": "Ижевск", "vendor": "izh41", "vendor_id": "4141",
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Школа № 41", "title_full": "МБОУ «СОШ № 41» г. Ижевска",
                                         "number": "41", "inn": "1831041410", "kpp": "184101001"}]}}
    return {"request": "getrules", "body": envelope(result), "pulled_at": pulled}


PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260330", "20260526")]


def getperiods(pupil, pulled):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None}
               for n, f, s, e in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True})
    return {"request": f"getperiods?student={pupil}&show_disabled=__yes",
            "body": envelope({"students": [{"name": pupil, "title": PUPILS[pupil]["title"], "periods": periods}]}),
            "pulled_at": pulled}


FINALS = {"41101": [("Русский язык", "5"), ("Алгебра", "5"), ("Информатика", "5"), ("Технология", "5")],
          "41102": [("Русский язык", "3"), ("Алгебра", "4"), ("Физика", "3"), ("Физическая культура", "5")],
          "41201": [("Математика", "4"), ("Русский язык", "4"), ("Технология", "5"), ("История", "4")]}


def getfinal(pupil, pulled):
    items = [{"name": s, "assessments": [{"period": "I", "value": v, "comment": ""}]} for s, v in FINALS[pupil]]
    return {"request": f"getfinalassessments?student={pupil}",
            "body": envelope({"students": {pupil: {"name": pupil, "title": PUPILS[pupil]["title"], "items": items}}}),
            "pulled_at": pulled}


def main():
    build_journal()
    traps()
    ABS.update(absences())
    A, B, C, Dw = WEEKS
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 getrules of both parents (Sunday before week 1)",
         [getrules("41901", "2025-11-23T12:00:00" + TZ), getrules("41902", "2025-11-23T12:00:00" + TZ)])
    step("02 getperiods of each pupil", [getperiods(p, "2025-11-23T12:05:00" + TZ) for p in PUPILS])
    # Week 1 timetable of both classes, pulled with rings (old shifts: 7Б first, 6В second).
    STATE["marks"] = dict(J.marks)
    step("03 class schedules of week 1 (24-29 Nov), rings",
         [getschedule_class("7Б", A, "2025-11-23T18:00:00" + TZ), getschedule_class("6В", A, "2025-11-23T18:00:00" + TZ)])
    # Week 2 schedules pulled on Thursday 27 Nov (before the swap was entered: old timetable, old bells) fail to
    # reach the hub; the Saturday pull (new timetable, new shifts) does.
    old_thu = [getschedule_class("7Б", B, "2025-11-27T18:00:00" + TZ, template="old"),
               getschedule_class("6В", B, "2025-11-27T18:00:00" + TZ, template="old")]
    # lessons_of(template='old') gives the old timetable's lessons of week 2 their own ids where the subject at a
    # number differs; the journal as of Saturday holds only the new timetable's (a lesson kept keeps its id).
    step("04 week 1 diaries (Saturday 29 Nov, after the second shift)",
         [getdiary("41101", A, "2025-11-29T20:30:00" + TZ), getdiary("41102", A, "2025-11-29T20:30:00" + TZ,
                                                                      array_items=True, hhmm=True),
          getdiary("41201", A, "2025-11-29T20:30:00" + TZ)])
    step("05 class schedules of week 2 (1-6 Dec) after the shift swap, rings (Saturday 29 Nov)",
         [getschedule_class("7Б", B, "2025-11-29T21:00:00" + TZ), getschedule_class("6В", B, "2025-11-29T21:00:00" + TZ)])
    # On Friday 5 Dec 7Б's last lesson (PE, #6, 18:25) is cancelled: the gym hosts the district competition.
    pe = find("7Б", D(2025, 12, 5), 6, "Физическая культура")
    pe["cancel"] = True
    for key in [k for k in STATE["marks"] if k[1] == pe["lesson_id"]]:
        del STATE["marks"][key]
        J.marks.pop(key, None)
    pe["homework"].clear()
    step("06 week 2 diaries (Saturday 6 Dec)",
         [getdiary("41101", B, "2025-12-06T20:30:00" + TZ), getdiary("41102", B, "2025-12-06T20:30:00" + TZ,
                                                                      array_items=True, hhmm=True),
          getdiary("41201", B, "2025-12-06T20:30:00" + TZ)])
    step("07 the sync job's retry queue: Thursday's week-2 schedules (old timetable and bells) delivered late",
         old_thu)
    step("08 class schedules of week 3 (8-13 Dec) without rings (Saturday 6 Dec)",
         [getschedule_class("7Б", C, "2025-12-06T21:00:00" + TZ, rings=False),
          getschedule_class("6В", C, "2025-12-06T21:00:00" + TZ, rings=False)])
    # During week 3 7Б's Thursday Информатика (lesson 6, 18:25) is moved to the 0th lesson (13:15), same lesson id.
    thu = D(2025, 12, 11)
    inf = find("7Б", thu, 6, "Информатика")
    inf["num"] = 0
    J.ids[("7Б", thu, 0, "Информатика", None)] = inf["lesson_id"]
    OVERRIDE[("7Б", thu)] = [(0, "Информатика")] + [e for e in T7_NEW[3] if e != (6, "Информатика")]
    # ... and 6В gets a make-up English lesson on Saturday 13 Dec as its lesson 5 (11:15), after the week's
    # schedule was pulled; Максим gets a mark there.
    sat = D(2025, 12, 13)
    OVERRIDE[("6В", sat)] = T6_NEW[5] + [(5, ENG)]
    eng5 = [l for l in J.lessons_of("6В", sat) if l["num"] == 5][0]
    eng5["topic"] = "Unit 4. Travelling: revision"
    k = add_mark("41201", eng5, "4", ("Ответ у доски", "ОУ", 1))
    STATE["marks"][k] = J.marks[k]
    # Week 3 diaries, then the class homework (one task corrected, one withdrawn by the teacher after the diary
    # pull), getmarks of quarter II (one week-1 mark deleted, one week-2 mark corrected), finals of quarter I,
    # and next week's schedule without rings.
    chess = {"20251210": [{"name": "Шахматы", "teacher": "Зорин Павел Евгеньевич", "grp": "Шахматы (5-7 кл.)",
                           "topic": "Дебют: основные принципы", "homework": [], "sort": 100,
                           "starttime": "11:00:00", "endtime": "11:40:00"}]}
    week3 = [getdiary("41101", C, "2025-12-13T20:30:00" + TZ, array_items=True, extday=chess),
             getdiary("41102", C, "2025-12-13T20:30:00" + TZ, array_items=True, hhmm=True,
                      span=(C, C + dt.timedelta(days=4))),
             getdiary("41102", C, "2025-12-13T20:35:00" + TZ, array_items=True, hhmm=True,
                      span=(C + dt.timedelta(days=5), C + dt.timedelta(days=5))),
             ]
    # Another client pulled Максим's week 3; it logs `pulled_at` as naive local time (the school's zone).
    maks3 = getdiary("41201", C, "2025-12-13T20:30:00", array_items=True, rings="true")
    geo = find("7Б", D(2025, 12, 10), 2, "География")
    g2 = find("7Б", D(2025, 12, 11), 2, "Геометрия")
    g2_hid = next(iter(g2["homework"]))
    edits = {g2_hid: "П. 27, № 196, 198, 201", next(iter(geo["homework"])): "withdraw"}
    hw = [gethomework_class("7Б", C, "2025-12-13T21:30:00" + TZ, edits), gethomework_class("6В", C, "2025-12-13T21:30:00" + TZ, {})]
    # getmarks: Тимур's Физика "2" of Friday 28 Nov deleted; Полина's Алгебра mark of Friday 5 Dec corrected.
    marks_now = dict(J.marks)
    fiz = find("7Б", D(2025, 11, 28), 3, "Физика")
    alg = find("7Б", D(2025, 12, 5), 5, "Алгебра")
    step("09 week 3 diaries (Saturday 13 Dec)", week3)
    extra = {
        "41101": {"Алгебра": [early_mark("41101", "Алгебра", "2025-11-14", "2840110", "5", WORKTYPES[0])],
                  "Русский язык": [early_mark("41101", "Русский язык", "2025-11-18", "2840131", "4", WORKTYPES[3])]},
        "41102": {"Физика": [early_mark("41102", "Физика", "2025-11-17", "2840152", "4", WORKTYPES[1])]},
        "41201": {"Математика": [early_mark("41201", "Математика", "2025-11-19", "2840173", "3", WORKTYPES[3])]},
    }
    marks_13 = {k: dict(v) for k, v in marks_now.items()}
    marks_13[("41102", fiz["lesson_id"], "1")] = None
    marks_13 = {k: v for k, v in marks_13.items() if v is not None}
    marks_13[("41101", alg["lesson_id"], "1")]["value"] = "4"
    marks_13[("41101", alg["lesson_id"], "1")]["comment"] = "исправлено после пересдачи"
    # ... and Максим's «3» for the independent work on the second half of Tuesday's double Математика (9 Dec) is
    # corrected to «4» at 20:45, between his diary's pull (20:30) and getmarks (21:00).
    m3 = find("6В", D(2025, 12, 9), 3, "Математика")
    marks_13[("41201", m3["lesson_id"], "1")]["value"] = "4"
    marks_13[("41201", m3["lesson_id"], "1")]["comment"] = "работа над ошибками"
    step("10 gethomework by class of week 3, getmarks of quarter II, getfinalassessments (Saturday 13 Dec)",
         hw + [getmarks(p, "2025-12-13T21:00:00" + TZ, marks_13, extra.get(p, {})) for p in PUPILS]
         + [getfinal(p, "2025-12-13T21:10:00" + TZ) for p in PUPILS])
    step("10b the retry queue: Максим's week-3 diary (pulled 20:30 by another client, rings=true) delivered late",
         [maks3])
    step("11 next week's class schedules (15-20 Dec) without rings, and Тимур's own schedule of it with rings "
         "(Saturday 13 Dec)",
         [getschedule_class("7Б", Dw, "2025-12-13T21:40:00" + TZ, rings=False),
          getschedule_class("6В", Dw, "2025-12-13T21:40:00" + TZ, rings=False),
          getschedule_pupil("41102", Dw, "2025-12-13T21:45:00" + TZ)])
    step("12 the Sunday-night re-pull of 7Б's week-3 class schedule, without rings (Saturday 13 Dec, 22:00)",
         [getschedule_class("7Б", C, "2025-12-13T22:00:00" + TZ, rings=False)])
    journey = {"vendor": "elzhur",
               "description": "Two shifts and a six-day week (Школа № 41, Ижевск, 24 Nov - 13 Dec 2025): 7Б and 6В "
                              "swap shifts on 1 Dec; lesson numbers and bells per shift, 0th lessons, double "
                              "lessons, Saturday lessons with shortened bells.",
               "school": {"timezone": "Europe/Samara", "name": "Школа № 41"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
