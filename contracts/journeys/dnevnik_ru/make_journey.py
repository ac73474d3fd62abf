#!/usr/bin/env python3
"""Builds journey.json: one class's fortnight (7Б, 2025-10-13 .. 2025-10-25) as a Dnevnik.ru sync job pulls it.

Written only from /work/shared/reference/dnevnik_ru.md and the public client models it cites (see README.md).
Standard library only. All ids are Python ints, so json.dump writes ids above 2^53 exactly.
The one place where ids are deliberately wrong is `relay_corrupt()`: it reproduces what a double-based JSON
relay did to the kundelik.kz capture (`"id": 1343883032131044600` next to `"id_str": "1343883032131044633"`).
"""
import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).with_name("journey.json")

# ----------------------------------------------------------------------------------------------- ids
SCHOOL = 1000002283077                     # 13-digit old id (reference §1)
CLASS = 2260325488551011845                # 19-digit ids, above 2^53 (reference §1)
SUB1 = 2260325488551011846                 # English subgroup 1
SUB2 = 2260325488551011847                 # English subgroup 2
OTHER_CLASS = 1000004500006                # 7А, listed by the school, never synced
TIMETABLE = 1343854728296551102
PERIOD_GROUP = 1000007000300
PERIODS = [  # id, number, name, start, finish
    (1000007000301, 1, "1 четверть", "2025-09-01", "2025-10-24"),
    (1000007000302, 2, "2 четверть", "2025-11-03", "2025-12-28"),
    (1000007000303, 3, "3 четверть", "2026-01-12", "2026-03-20"),
    (1000007000304, 4, "4 четверть", "2026-03-30", "2026-05-26"),
]
HOLIDAYS = [  # id, start, finish, name
    (1000007100001, "2025-10-25", "2025-11-02", "Осенние каникулы"),
    (1000007100002, "2025-12-29", "2026-01-11", "Зимние каникулы"),
    (1000007100003, "2026-02-16", "2026-02-22", "Дополнительные каникулы"),
    (1000007100004, "2026-03-21", "2026-03-29", "Весенние каникулы"),
]

SUBJECTS = {  # key: id, name, knowledgeArea, knowledgeAreaId (bundle shape)
    "alg": (1343883032131046601, "Алгебра", "Математика и информатика", 2),
    "rus": (1343883032131046602, "Русский язык", "Русский язык и литература", 1),
    "eng": (1343883032131046603, "Английский язык", "Иностранные языки", 3),
    "his": (1343883032131046604, "История", "Общественно-научные предметы", 4),
    "bio": (1343883032131046605, "Биология", "Естественнонаучные предметы", 5),
    "pe": (1343883032131046606, "Физическая культура",
           "Физическая культура и основы безопасности жизнедеятельности", 7),
}
EXTRA_SCHOOL_SUBJECTS = [
    (1343883032131046607, "Геометрия", "Математика и информатика"),
    (1343883032131046608, "Литература", "Русский язык и литература"),
    (1343883032131046609, "Информатика", "Математика и информатика"),
]

# pupils: person, user (None: no account yet), first, last, middle, sex, birthday, english subgroup
PUPILS = [
    (1000012000101, 1000011000101, "Анна", "Смирнова", "Игоревна", "Female", "2012-05-17", SUB1),
    (1000012000102, 1000011000102, "Пётр", "Иванов", "Сергеевич", "Male", "2012-02-03", SUB2),
    (1000012000103, 1000011000103, "Артём", "Кузнецов", "Олегович", "Male", "2012-08-09", SUB1),   # twin
    (1000012000104, 1000011000104, "Алиса", "Кузнецова", "Олеговна", "Female", "2012-08-09", SUB2),  # twin
    (1000012000105, 1000011000105, "Дарья", "Попова", "Андреевна", "Female", "2012-11-21", SUB1),
    (1000012000106, 1000011000106, "Максим", "Соколов", "Денисович", "Male", "2012-01-30", SUB2),
    (1000012000107, None, "Ева", "Лебедева", "Романовна", "Female", "2012-04-12", SUB1),
    (2260325488551207391, 2260325488551207390, "Тимур", "Новиков", "Ильич", "Male", "2012-07-01", SUB2),
]
ANNA, PETR, ARTEM, ALISA, DARIA, MAXIM, EVA, TIMUR = [p[0] for p in PUPILS]

PARENTS = [  # person, user, first, last, middle, sex, birthday, children
    (1000012000201, 1000011000201, "Марина", "Кузнецова", "Викторовна", "Female", "1986-03-02", [ARTEM, ALISA]),
    (1000012000202, 1000011000202, "Игорь", "Смирнов", "Павлович", "Male", "1981-12-11", [ANNA]),
    (1000012000205, 1000011000205, "Андрей", "Попов", "Викторович", "Male", "1984-06-25", [DARIA]),
    (2260325488551300016, 2260325488551300017, "Ольга", "Новикова", "Сергеевна", "Female", "1988-09-14", [TIMUR]),
]

TEACHERS = {  # key: person, user, first, last, middle, sex, birthday, subjects text, position
    "orlova": (1000012000901, 1000011000901, "Наталья", "Орлова", "Викторовна", "Female", "1979-06-02",
               "Алгебра, Геометрия", "Учитель математики"),
    "belova": (1000012000902, 1000011000902, "Светлана", "Белова", "Петровна", "Female", "1972-01-19",
               "Русский язык, Литература", "Учитель русского языка и литературы"),
    "morozova": (1000012000903, 1000011000903, "Ирина", "Морозова", "Александровна", "Female", "1990-10-07",
                 "Английский язык", "Учитель английского языка"),
    "vasiliev": (1000012000904, 1000011000904, "Денис", "Васильев", "Олегович", "Male", "1994-04-28",
                 "Английский язык", "Учитель английского языка"),
    "fedorov": (1000012000905, 1000011000905, "Алексей", "Фёдоров", "Николаевич", "Male", "1968-08-30",
                "История, Обществознание", "Учитель истории и обществознания"),
    "zaitseva": (1000012000906, 1000011000906, "Ольга", "Зайцева", "Геннадьевна", "Female", "1983-02-14",
                 "Биология", "Учитель биологии"),
    "guseva": (1000012000907, 1000011000907, "Елена", "Гусева", "Михайловна", "Female", "1987-12-05",
               "Физическая культура", "Учитель физической культуры"),
}
CLASS_TEACHER = "orlova"

# standalone work types (reference §3.3): id, kindId, kind, title, abbr, weight
WT_ANSWER, WT_TEST, WT_SELF, WT_DICT, WT_HW, WT_PERIOD = 2101, 2102, 2103, 2104, 2107, 2190
WT_PASSFAIL = 1343883032131045121          # 19-digit work-type id: Mark.workType has no _str twin
WORK_TYPES = [
    (WT_ANSWER, 1, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_TEST, 3, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_SELF, 2, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_DICT, 2, "CommonWork", "Диктант", "Д", 2),
    (WT_PASSFAIL, 2, "CommonWork", "Зачёт", "Зач", 1),
    (WT_HW, 9, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_PERIOD, 10, "PeriodMark", "Четвертная оценка", "Ч", 0),
]
WT = {w[0]: w for w in WORK_TYPES}

# ------------------------------------------------------------------------------------- timetable
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
# weekday -> [(number, subject, group)]; English is split in two subgroups (concurrent Mon/Fri, shifted Wed)
TT = {
    0: [(1, "alg", CLASS), (2, "rus", CLASS), (3, "eng", SUB1), (3, "eng", SUB2), (4, "his", CLASS)],
    1: [(1, "rus", CLASS), (2, "bio", CLASS), (3, "alg", CLASS), (4, "pe", CLASS)],
    2: [(1, "eng", SUB1), (2, "alg", CLASS), (3, "his", CLASS), (4, "rus", CLASS), (5, "eng", SUB2)],
    3: [(1, "bio", CLASS), (2, "alg", CLASS), (3, "rus", CLASS), (4, "pe", CLASS)],
    4: [(1, "eng", SUB1), (1, "eng", SUB2), (2, "his", CLASS), (3, "alg", CLASS), (4, "rus", CLASS)],
    5: [(1, "pe", CLASS), (2, "bio", CLASS)],
}
TEACHER_OF = {("alg", CLASS): "orlova", ("rus", CLASS): "belova", ("eng", SUB1): "morozova",
              ("eng", SUB2): "vasiliev", ("his", CLASS): "fedorov", ("bio", CLASS): "zaitseva",
              ("pe", CLASS): "guseva"}
ROOM_OF = {("alg", CLASS): ("31", "3"), ("rus", CLASS): ("12", "1"), ("eng", SUB1): ("21", "2"),
           ("eng", SUB2): ("23", "2"), ("his", CLASS): ("15", "1"), ("bio", CLASS): ("34", "3"),
           ("pe", CLASS): ("Спортзал", "1")}
TITLES = {
    ("alg", CLASS): ["Степень с натуральным показателем", "Умножение и деление степеней",
                     "Контрольная работа № 2 «Степень с натуральным показателем»",
                     "Анализ контрольной работы. Одночлен", "Умножение одночленов",
                     "Многочлен и его стандартный вид", "Сложение и вычитание многочленов",
                     "Умножение одночлена на многочлен", "Решение задач",
                     "Вынесение общего множителя за скобки"],
    ("rus", CLASS): ["Контрольный диктант по теме «Причастие»", "Анализ диктанта. Работа над ошибками",
                     "Причастный оборот", "Запятые при причастном обороте",
                     "Действительные и страдательные причастия", "Краткие и полные страдательные причастия",
                     "Развитие речи. Описание внешности человека",
                     "Действительные причастия настоящего времени",
                     "Страдательные причастия прошедшего времени", "Повторение по теме «Причастие»"],
    ("eng", SUB1): ["Unit 2. School life", "Unit 2. Present Perfect", "Unit 2. Reading: My school day",
                    "Unit 3. Free time", "Unit 3. Vocabulary: Hobbies", "Unit 3. Listening"],
    ("eng", SUB2): ["Unit 2. School subjects", "Unit 2. Present Perfect vs Past Simple",
                    "Unit 2. Writing an e-mail", "Unit 3. Free time", "Unit 3. Vocabulary: Hobbies",
                    "Unit 3. Speaking"],
    ("his", CLASS): ["Смутное время: причины", "Смута: самозванцы", "Семибоярщина. Народные ополчения",
                     "Окончание Смуты. Земский собор 1613 г.", "Первые Романовы",
                     "Обобщающий урок по теме «Смутное время»"],
    ("bio", CLASS): ["Строение клетки", "Лабораторная работа «Строение растительной клетки»",
                     "Ткани растений", "Органы растений. Корень", "Видоизменения корней"],
    ("pe", CLASS): ["Лёгкая атлетика. Бег 60 м", "Челночный бег 3×10 м (зачёт)", "Баскетбол: ведение мяча",
                    "Баскетбол: передачи мяча", "Баскетбол: броски в кольцо"],
}
NEW_TITLE = "Умножение многочлена на многочлен"   # topic of 2025-10-23 Алгебра after the teacher edits it

D0, D1 = dt.date(2025, 10, 13), dt.date(2025, 10, 25)
WEEKS = [(dt.date(2025, 10, 13), dt.date(2025, 10, 18)), (dt.date(2025, 10, 20), dt.date(2025, 10, 25))]
HOLIDAY_DATES = {dt.date(2025, 10, 25)}
FRACTIONS = ["", ".1", ".53", ".513", ".5134", ".51342", ".513427", ".5134271"]  # 0..7 digits (reference §2)


def iso(d, hm="00:00", sec=0, frac=""):
    return f"{d.isoformat()}T{hm}:{sec:02d}{frac}"


def midnight(d):
    if isinstance(d, str):
        return d + "T00:00:00"
    return d.isoformat() + "T00:00:00"


def add_minutes(hm, minutes):
    h, m = map(int, hm.split(":"))
    t = h * 60 + m + minutes
    return f"{t // 60:02d}:{t % 60:02d}"


def relay_corrupt(n):
    """What a JS / double-based relay prints for an int64 id (kundelik.kz capture, reference §1)."""
    return int(Decimal(repr(float(n))))


# ------------------------------------------------------------------------------------- model
class State:
    def __init__(self):
        self.lessons = []          # dicts: id, date, number, subj, group, title
        self.works = {}            # id -> dict
        self.marks = {}            # id -> dict (internal)
        self.entries = {}          # (lesson, person) -> dict
        self.files = {}
        self.final = {}            # (person, subj) -> mark dict
        self.avg = {}              # (person, subj) -> str
        self.wa_override = {}
        self._wid = 1981234567890200000
        self._mid = 1981234567890300000
        self._tid = 1981234567899400000

    def nwid(self):
        self._wid += 1
        return self._wid

    def nmid(self):
        self._mid += 1
        return self._mid

    def ntid(self):
        self._tid += 1
        return self._tid


S = State()


def members(group):
    if group == CLASS:
        return [p[0] for p in PUPILS]
    return [p[0] for p in PUPILS if p[7] == group]


def groups_of(person):
    sub = [p[7] for p in PUPILS if p[0] == person][0]
    return [CLASS, sub]


def build_lessons():
    lid = 1981234567880100000
    counters = {}
    d = D0
    while d <= D1:
        if d.weekday() < 6 and d not in HOLIDAY_DATES:
            for number, subj, group in TT[d.weekday()]:
                lid += 1
                k = (subj, group)
                i = counters.get(k, 0)
                counters[k] = i + 1
                S.lessons.append({"id": lid, "date": d, "number": number, "subj": subj, "group": group,
                                  "title": TITLES[k][i]})
        d += dt.timedelta(days=1)
    for les in S.lessons:   # every lesson has its default work ("работа на уроке", reference §8.2)
        les["default_work"] = add_work(les, "DefaultNewLessonWork", WT_ANSWER)


def lesson_at(date, subj, group=CLASS):
    for les in S.lessons:
        if les["date"] == date and les["subj"] == subj and les["group"] == group:
            return les
    raise KeyError((date, subj, group))


def add_work(les, wtype, worktype, mark_type="mark5", mark_count=1, text="", target=None, sent=None,
             files=(), important=False):
    wid = S.nwid()
    teacher = TEACHERS[TEACHER_OF[(les["subj"], les["group"])]][0]
    w = {"id": wid, "lesson": les["id"], "type": wtype, "workType": worktype, "markType": mark_type,
         "markCount": mark_count, "text": text, "target": target or les["date"], "sent": sent,
         "files": list(files), "important": important, "group": les["group"], "subj": les["subj"],
         "createdBy": teacher, "tasks": []}
    if wtype == "Homework":
        for p in members(les["group"]):
            w["tasks"].append({"id": S.ntid(), "person": p})
    S.works[wid] = w
    return wid


def add_marks(les, work, values, when, use_avg=True):
    """values: {person: value or [value0, value1]}; when: (date, 'HH:MM')."""
    n = 0
    for person, v in values.items():
        vals = v if isinstance(v, list) else [v]
        for number, value in enumerate(vals):
            mid = S.nmid()
            frac = FRACTIONS[(mid * 3) % len(FRACTIONS)]
            S.marks[mid] = {"id": mid, "value": value, "person": person, "work": work, "lesson": les["id"],
                            "number": number, "date": iso(when[0], add_minutes(when[1], n), (mid * 7) % 60, frac),
                            "workType": S.works[work]["workType"], "use_avg_calc": use_avg,
                            "type": S.works[work]["markType"]}
            n += 1


def mood(value):
    if value in ("зачёт",):
        return "NotSet"
    d = value[0]
    return {"5": "Good", "4": "Good", "3": "Average"}.get(d, "Bad")


def build_marks():
    d = dt.date
    # ---- week 1
    les = lesson_at(d(2025, 10, 13), "alg")
    add_marks(les, les["default_work"], {ANNA: "5", PETR: "4-", ARTEM: "3+"}, (les["date"], "09:11"))
    les = lesson_at(d(2025, 10, 13), "rus")   # double mark: a dictation with markCount 2 (грамотность/задание)
    w = add_work(les, "CommonWork", WT_DICT, mark_count=2, text="Контрольный диктант «Причастие»")
    add_marks(les, w, {ANNA: ["5", "4"], ALISA: ["4", "3"]}, (d(2025, 10, 14), "16:20"))
    les = lesson_at(d(2025, 10, 13), "eng", SUB1)
    add_marks(les, les["default_work"], {ARTEM: "4", DARIA: "5"}, (les["date"], "11:02"))
    les = lesson_at(d(2025, 10, 13), "eng", SUB2)
    add_marks(les, les["default_work"], {ALISA: "5+", TIMUR: "4"}, (les["date"], "11:09"))
    les = lesson_at(d(2025, 10, 14), "bio")   # a self-study work; the "2" is excluded from the average
    w = add_work(les, "CommonWork", WT_SELF, text="Самостоятельная работа «Клетка»")
    add_marks(les, w, {EVA: "2"}, (les["date"], "17:40"), use_avg=False)
    add_marks(les, w, {MAXIM: "3"}, (les["date"], "17:41"))
    les = lesson_at(d(2025, 10, 15), "alg")   # test; marks set the next evening (mark date != lesson date)
    w = add_work(les, "LessonTestWork", WT_TEST, text="Контрольная работа № 2", important=True)
    add_marks(les, w, {ANNA: "5", PETR: "4", ARTEM: "4-", ALISA: "3", DARIA: "5-", MAXIM: "2", EVA: "4+",
                       TIMUR: "3-"}, (d(2025, 10, 16), "19:47"))
    les = lesson_at(d(2025, 10, 16), "pe")    # pass/fail scale "test"
    w = add_work(les, "CommonWork", WT_PASSFAIL, mark_type="test", text="Челночный бег 3×10 м")
    add_marks(les, w, {PETR: "зачёт"}, (les["date"], "12:25"), use_avg=False)
    les = lesson_at(d(2025, 10, 17), "his")
    add_marks(les, les["default_work"], {DARIA: "5", TIMUR: "3"}, (les["date"], "10:08"))
    # ---- week 2
    les = lesson_at(d(2025, 10, 20), "alg")
    add_marks(les, les["default_work"], {ANNA: "4", MAXIM: "5"}, (les["date"], "09:13"))
    les = lesson_at(d(2025, 10, 20), "rus")
    add_marks(les, les["default_work"], {PETR: "3"}, (les["date"], "10:07"))       # corrected later to 4-
    les = lesson_at(d(2025, 10, 21), "bio")
    add_marks(les, les["default_work"], {ANNA: "5", EVA: "4"}, (les["date"], "10:05"))
    les = lesson_at(d(2025, 10, 22), "eng", SUB2)
    add_marks(les, les["default_work"], {ALISA: "4", PETR: "5-"}, (les["date"], "13:12"))
    les = lesson_at(d(2025, 10, 22), "eng", SUB1)
    add_marks(les, les["default_work"], {ARTEM: "5"}, (les["date"], "09:14"))
    les = lesson_at(d(2025, 10, 22), "his")
    add_marks(les, les["default_work"], {ARTEM: "4"}, (les["date"], "11:10"))      # deleted later
    les = lesson_at(d(2025, 10, 23), "alg")
    w = add_work(les, "CommonWork", WT_SELF, text="Самостоятельная работа «Многочлены»")
    add_marks(les, w, {TIMUR: "4+", ALISA: "5"}, (les["date"], "18:30"))
    les = lesson_at(d(2025, 10, 24), "rus")
    add_marks(les, les["default_work"], {EVA: "3"}, (les["date"], "12:18"))


FILES = {  # id: name, typeGroup, type, size, teacher
    1000020000555: ("WB_Unit2_p14.pdf", "Document", "pdf", 482113, "morozova"),
    1000020000556: ("Строение_клетки.jpg", "Image", "jpg", 1203577, "zaitseva"),
    1000020000557: ("Вопросы_к_параграфу_9.docx", "Document", "docx", 18244, "zaitseva"),
    1000020000558: ("Многочлены_карточка.pdf", "Document", "pdf", 96310, "orlova"),
}
HOMEWORK_IDS = {}


def build_homework():
    d = dt.date
    spec = [  # key, date, subj, group, text, due, files, sent
        ("alg13", d(2025, 10, 13), "alg", CLASS, "№ 212, 215 (а, б)", d(2025, 10, 15), [], ("09:20", ".2")),
        ("eng13a", d(2025, 10, 13), "eng", SUB1, "Workbook p. 14, ex. 3–5", d(2025, 10, 15), [1000020000555],
         ("11:20", ".87")),
        ("eng13b", d(2025, 10, 13), "eng", SUB2, "Student's Book p. 32, ex. 7 (письменно)", d(2025, 10, 15), [],
         ("11:18", ".4")),
        ("bio14", d(2025, 10, 14), "bio", CLASS, "§ 9, вопросы 1–4 письменно; зарисовать строение клетки",
         d(2025, 10, 16), [1000020000556, 1000020000557], ("10:15", ".113")),
        ("his15", d(2025, 10, 15), "his", CLASS, "§ 6–7, выучить даты", d(2025, 10, 17), [], ("11:16", "")),
        ("rus20", d(2025, 10, 20), "rus", CLASS, "Упр. 134; выучить словарные слова на с. 58", d(2025, 10, 21), [],
         ("10:12", ".3051")),
        ("alg22", d(2025, 10, 22), "alg", CLASS, "№ 240–244 (чётные)", d(2025, 10, 23), [1000020000558],
         ("10:11", ".71")),
        ("eng22b", d(2025, 10, 22), "eng", SUB2, "Vocabulary p. 40: learn the words", d(2025, 10, 24), [],
         ("13:17", ".9")),
        ("his24", d(2025, 10, 24), "his", CLASS, "Подготовить сообщение о Земском соборе 1613 г.",
         d(2025, 11, 5), [], ("10:14", ".25")),
    ]
    for key, date, subj, group, text, due, files, (hm, frac) in spec:
        les = lesson_at(date, subj, group)
        HOMEWORK_IDS[key] = add_work(les, "Homework", WT_HW, text=text, target=due,
                                     sent=iso(date, hm, 31, frac), files=files)


def build_entries():
    d = dt.date
    spec = [  # date, subj, group, person, status, comment
        (d(2025, 10, 13), "his", CLASS, MAXIM, "Absent", ""),
        (d(2025, 10, 14), "rus", CLASS, EVA, "Late", "опоздала на 10 минут"),
        (d(2025, 10, 14), "rus", CLASS, TIMUR, "Ill", "справка"),
        (d(2025, 10, 16), "pe", CLASS, DARIA, "Pass", "освобождена от физкультуры до 20.10"),
        (d(2025, 10, 17), "eng", SUB2, ALISA, "Absent", ""),
        (d(2025, 10, 20), "alg", CLASS, PETR, "Absent", ""),        # corrected later to Ill
        (d(2025, 10, 21), "bio", CLASS, ARTEM, "Late", ""),
        (d(2025, 10, 23), "rus", CLASS, ANNA, "Pass", "региональный этап олимпиады по математике"),
    ]
    i = 0
    for date, subj, group, person, status, comment in spec:
        les = lesson_at(date, subj, group)
        i += 1
        S.entries[(les["id"], person)] = {"lesson": les["id"], "person": person, "status": status,
                                          "comment": comment, "created": created(les, i)}
    # the algebra teacher records attendance for everybody
    for les in S.lessons:
        if les["subj"] != "alg":
            continue
        for p in members(CLASS):
            if (les["id"], p) not in S.entries:
                i += 1
                S.entries[(les["id"], p)] = {"lesson": les["id"], "person": p, "status": "Attend",
                                             "comment": "", "created": created(les, i)}


def created(les, i):
    start = BELLS[les["number"]][0]
    return iso(les["date"], add_minutes(start, 3 + i % 5), (i * 13) % 60, FRACTIONS[i % len(FRACTIONS)])


FINAL_VALUES = {
    "alg": [("5", ANNA), ("4", PETR), ("4", ARTEM), ("4", ALISA), ("5", DARIA), ("3", MAXIM), ("4", EVA), ("3", TIMUR)],
    "rus": [("5", ANNA), ("3", PETR), ("4", ARTEM), ("4", ALISA), ("5", DARIA), ("3", MAXIM), ("3", EVA), ("4", TIMUR)],
    "his": [("5", ANNA), ("4", PETR), ("4", ARTEM), ("5", ALISA), ("5", DARIA), ("3", MAXIM), ("4", EVA), ("3", TIMUR)],
}
PERIOD_WORKS = {}


def build_final():
    fid = 1981234567890999000
    for subj, rows in FINAL_VALUES.items():
        wid = S.nwid()
        PERIOD_WORKS[subj] = wid
        S.works[wid] = {"id": wid, "lesson": None, "type": "PeriodMark", "workType": WT_PERIOD, "markType": "mark5",
                        "markCount": 1, "text": "", "target": dt.date(2025, 10, 24), "sent": None, "files": [],
                        "important": False, "group": CLASS, "subj": subj,
                        "createdBy": TEACHERS[TEACHER_OF[(subj, CLASS)]][0], "tasks": [], "period": True}
        for k, (value, person) in enumerate(rows):
            fid += 1
            S.final[(person, subj)] = {"id": fid, "value": value, "person": person, "work": wid, "lesson": None,
                                       "number": 0, "date": iso(dt.date(2025, 10, 24), "15:02", 11 + k,
                                                                [".9", ".93", ".903"][k % 3]),
                                       "workType": WT_PERIOD, "use_avg_calc": False, "type": "mark5"}


AVG = {  # vendor's own plain averages for 1 четверть (strings, reference §3.13)
    ANNA: {"alg": "4.71", "rus": "4.60", "his": "4.80", "bio": "4.75"},
    PETR: {"alg": "4.14", "rus": "3.38", "his": "4.00", "bio": "4.00"},
    ARTEM: {"alg": "3.83", "rus": "4.00", "his": "4.20", "bio": "3.67"},
    ALISA: {"alg": "4.17", "rus": "3.86", "his": "4.50", "bio": "4.33"},
    DARIA: {"alg": "4.80", "rus": "4.67", "his": "5.00", "bio": "4.60"},
    MAXIM: {"alg": "3.25", "rus": "3.17", "his": "3.33", "bio": "3.40"},
    EVA: {"alg": "4.00", "rus": "3.40", "his": "4.00", "bio": "3.50"},
    TIMUR: {"alg": "3.29", "rus": "3.75", "his": "3.20", "bio": "3.80"},
}


# ------------------------------------------------------------------------------------- serialisers
def person_obj(pid, uid, first, last, middle, sex):
    return {"id": pid, "id_str": str(pid), "userId": uid, "userId_str": None if uid is None else str(uid),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{first} {last[0]}",
            "sex": sex}


def pupil_person(pid):
    p = [x for x in PUPILS if x[0] == pid][0]
    return person_obj(p[0], p[1], p[2], p[3], p[4], p[5])


def teacher_person(key):
    t = TEACHERS[key]
    return person_obj(t[0], t[1], t[2], t[3], t[4], t[5])


def teacher_key_by_person(pid):
    return [k for k, t in TEACHERS.items() if t[0] == pid][0]


def user_obj(uid, pid, first, last, middle, sex, birthday, roles, login):
    return {"id": uid, "id_str": str(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {last}",
            "email": "", "login": login, "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle,
            "lastName": last, "shortName": f"{first} {last[0]}", "locale": "ru-RU", "timezone": "+5:00",
            "sex": sex, "photoSmall": None, "photoMedium": None, "photoLarge": None,
            "birthday": midnight(birthday), "roles": roles, "phone": ""}


def school_obj():
    return {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МАОУ СОШ № 17", "fullName":
            "Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная школа № 17",
            "avatarSmall": "https://static.dnevnik.ru/images/avatars/school/1000002283077_small.png",
            "city": "Екатеринбург", "municipality": "город Екатеринбург", "regionid": 66, "markType": "mark5",
            "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
            "tsoCityId": 2566, "tsoRegionTreePath": "12."}


def subject_full(key):
    sid, name, area, _ = SUBJECTS[key]
    return {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def subject_bundle(key):
    sid, name, _, area_id = SUBJECTS[key]
    return {"id": sid, "name": name, "knowledgeAreaId": area_id}


def group_obj(gid, parent_ids_null=False):
    if gid == CLASS:
        g = {"id": CLASS, "id_str": str(CLASS), "parentIds": None if parent_ids_null else [],
             "parentIds_str": None if parent_ids_null else [], "type": "Group", "name": "7Б", "fullName": "",
             "parallel": 7}
    elif gid == OTHER_CLASS:
        g = {"id": OTHER_CLASS, "id_str": str(OTHER_CLASS), "parentIds": [], "parentIds_str": [], "type": "Group",
             "name": "7А", "fullName": "", "parallel": 7}
    else:
        name, full = ("Англ1 М.И", "Морозова И.А.") if gid == SUB1 else ("Англ2 В.Д", "Васильев Д.О.")
        g = {"id": gid, "id_str": str(gid), "parentIds": [CLASS], "parentIds_str": [str(CLASS)],
             "type": "Subgroup", "name": name, "fullName": full, "parallel": 7}
    g.update({"timetable": TIMETABLE, "timetable_str": str(TIMETABLE), "status": "Active", "studyyear": 2025,
              "educationType": "Regular", "subjects": []})
    return g


def archived_group():
    """Last year's class, as /edu-groups/all lists it (status Archive, studyyear of that year; kundelik capture)."""
    g = {"id": 1000004400123, "id_str": "1000004400123", "parentIds": [], "parentIds_str": [], "type": "Group",
         "name": "6Б", "fullName": "", "parallel": 6, "timetable": TIMETABLE, "timetable_str": str(TIMETABLE),
         "status": "Archive", "studyyear": 2024, "educationType": "Regular",
         "subjects": [dict(subject_full("alg"), name="Математика", espSubjectName=None, halfYear=False)]}
    g["subjects"][0]["id"], g["subjects"][0]["id_str"] = 1343883032131040001, "1343883032131040001"
    return g


def task_obj(t, w):
    return {"id": t["id"], "id_str": str(t["id"]), "person": t["person"], "person_str": str(t["person"]),
            "work": w["id"], "work_str": str(w["id"]), "status": "NotStarted", "targetDate": midnight(w["target"])}


def work_obj(w, only_person=None):
    les = lesson_by_id(w["lesson"]) if w["lesson"] else None
    o = {"id": w["id"], "id_str": str(w["id"]), "type": w["type"], "workType": w["workType"],
         "markType": w["markType"], "markCount": w["markCount"], "lesson": w["lesson"],
         "lesson_str": None if w["lesson"] is None else str(w["lesson"]),
         "displayInJournal": w["type"] != "Homework", "status": "Sent", "eduGroup": w["group"],
         "eduGroup_str": str(w["group"]),
         "tasks": [task_obj(t, w) for t in w["tasks"] if only_person in (None, t["person"])],
         "text": w["text"], "periodNumber": 1, "periodType": "Quarter", "subjectId": SUBJECTS[w["subj"]][0],
         "isImportant": w["important"], "targetDate": midnight(w["target"]), "sentDate": w["sent"],
         "createdBy": w["createdBy"], "files": list(w["files"]), "oneDriveLinks": []}
    return o


def lesson_by_id(lid):
    return [x for x in S.lessons if x["id"] == lid][0]


def lesson_works(les):
    return [w for w in S.works.values() if w["lesson"] == les["id"]]


def lesson_teacher(les):
    return TEACHERS[TEACHER_OF[(les["subj"], les["group"])]][0]


def lesson_full(les):
    t = lesson_teacher(les)
    return {"id": les["id"], "id_str": str(les["id"]), "title": les["title"],
            "date": iso(les["date"], BELLS[les["number"]][0]), "number": les["number"],
            "subject": subject_full(les["subj"]), "group": les["group"], "status": "Conducted", "resultPlaceId": 0,
            "works": [work_obj(w) for w in lesson_works(les)], "teachers": [t], "teachers_str": [str(t)]}


def lesson_flat(les, with_teachers_str=False):
    room, floor = ROOM_OF[(les["subj"], les["group"])]
    start, end = BELLS[les["number"]]
    o = {"id": les["id"], "title": les["title"], "date": iso(les["date"], start), "number": les["number"],
         "subjectId": SUBJECTS[les["subj"]][0], "status": "Conducted", "resultPlaceId": 0,
         "building": "Главный корпус", "place": room, "floor": floor, "hours": f"{start} - {end}",
         "works": [w["id"] for w in lesson_works(les)], "teachers": [lesson_teacher(les)]}
    if with_teachers_str:
        o["teachers_str"] = [str(lesson_teacher(les))]
    return o


def mark_obj(m, drop=()):
    o = {"id": m["id"], "id_str": str(m["id"]), "type": m["type"], "value": m["value"], "textValue": m["value"],
         "person": m["person"], "person_str": str(m["person"]), "work": m["work"], "work_str": str(m["work"]),
         "lesson": m["lesson"], "lesson_str": None if m["lesson"] is None else str(m["lesson"]),
         "number": m["number"], "date": m["date"], "workType": m["workType"], "mood": mood(m["value"]),
         "use_avg_calc": m["use_avg_calc"]}
    for k in drop:
        o.pop(k, None)
    return o


def entry_obj(e):
    return {"person": e["person"], "person_str": str(e["person"]), "lesson": e["lesson"],
            "lesson_str": str(e["lesson"]), "comment": e["comment"], "status": e["status"],
            "createdDate": e["created"]}


def wt_embedded(wid):
    w = WT[wid]
    return {"id": w[0], "schoolId": SCHOOL, "abbreviation": w[4], "name": w[3], "isFinal": w[2] == "PeriodMark",
            "isImportant": w[0] == WT_TEST, "kindId": w[1], "kind": w[2]}


def wt_standalone(w):
    o = {"id": w[0], "schoolId": SCHOOL, "kindId": w[1], "kind": w[2], "title": w[3], "abbr": w[4], "weight": w[5]}
    if w[0] > 2 ** 53:
        o = {"id": w[0], "id_str": str(w[0]), **{k: v for k, v in o.items() if k != "id"}}
    return o


def file_obj(fid):
    name, tg, typ, size, tkey = FILES[fid]
    t = TEACHERS[tkey]
    u = {"id": t[1], "id_str": str(t[1]), "personId": t[0], "personId_str": str(t[0]), "name": f"{t[2]} {t[3]}",
         "shortName": f"{t[2]} {t[3][0]}", "sex": t[5], "locale": "ru-RU", "timezone": "+5:00", "roles": ["EduStaff"]}
    return {"id": fid, "id_str": str(fid), "name": name, "typeGroup": tg, "type": typ,
            "pageUrl": f"https://dnevnik.ru/files/file/{fid}", "downloadUrl": f"https://dnevnik.ru/files/download/{fid}",
            "user": u, "size": size, "vote": 0, "uploadedDate": iso(dt.date(2025, 10, 12), "21:14", 5, ".67"),
            "storageType": "Local"}


# ------------------------------------------------------------------------------------- answers
def in_range(date, a, b):
    return a <= date <= b


def lessons_in(group, a, b, subj=None):
    return [x for x in S.lessons if x["group"] == group and in_range(x["date"], a, b) and subj in (None, x["subj"])]


def marks_of_lessons(lids, person=None):
    out = [m for m in S.marks.values() if m["lesson"] in lids and person in (None, m["person"])]
    return sorted(out, key=lambda m: (m["date"], m["id"]))


def pupil_lessons(person, a, b):
    gs = groups_of(person)
    return [x for x in S.lessons if x["group"] in gs and in_range(x["date"], a, b)]


def homework_works(a, b, groups=None):
    out = []
    for w in S.works.values():
        if w["type"] != "Homework":
            continue
        les = lesson_by_id(w["lesson"])
        if in_range(les["date"], a, b) and (groups is None or w["group"] in groups):
            out.append(w)
    return sorted(out, key=lambda w: w["id"])


def homework_bundle(works, only_person=None):
    lessons = sorted({w["lesson"] for w in works})
    subj = []
    for w in works:
        if w["subj"] not in subj:
            subj.append(w["subj"])
    files = [f for w in works for f in w["files"]]
    teachers = []
    for lid in lessons:
        t = lesson_teacher(lesson_by_id(lid))
        if t not in teachers:
            teachers.append(t)
    return {"works": [work_obj(w, only_person) for w in works], "subjects": [subject_bundle(s) for s in subj],
            "lessons": [lesson_flat(lesson_by_id(l), True) for l in lessons], "files": [file_obj(f) for f in files],
            "teachers": [teacher_person(teacher_key_by_person(t)) for t in teachers]}


def schedule(person, a, b):
    days = []
    d = a
    mine = pupil_lessons(person, a, b)
    dates = sorted({x["date"] for x in mine})
    while d <= b:
        if d.weekday() < 6:
            ls = sorted([x for x in mine if x["date"] == d], key=lambda x: (x["number"], x["id"]))
            lids = [x["id"] for x in ls]
            works = [w for x in ls for w in lesson_works(x)]
            marks = marks_of_lessons(lids, person)
            wts = []
            for w in works:
                if w["type"] != "Homework" and w["workType"] not in wts:
                    wts.append(w["workType"])
            for m in marks:
                if m["workType"] not in wts:
                    wts.append(m["workType"])
            subj = []
            for x in ls:
                if x["subj"] not in subj:
                    subj.append(x["subj"])
            teachers = []
            for x in ls:
                t = lesson_teacher(x)
                if t not in teachers:
                    teachers.append(t)
            later = [x for x in dates if x > d]
            days.append({
                "date": midnight(d),
                "lessons": [lesson_flat(x) for x in ls],
                "marks": [mark_obj(m) for m in marks],
                "works": [work_obj(w, person) for w in works if w["type"] != "Homework"],
                "homeworks": [work_obj(w, person) for w in works if w["type"] == "Homework"],
                "subjects": [subject_bundle(s) for s in subj],
                "workTypes": [wt_embedded(x) for x in wts],
                "lessonLogEntries": [entry_obj(S.entries[k]) for k in sorted(S.entries)
                                     if k[0] in lids and k[1] == person],
                "teachers": [{"person": teacher_person(teacher_key_by_person(t)), "role": "Teacher"} for t in teachers],
                "nextDate": midnight(later[0]) if later else None,
            })
        d += dt.timedelta(days=1)
    return {"days": days}


def recentmarks(person, from_date):
    ls = [x for x in pupil_lessons(person, from_date, D1)]
    lids = [x["id"] for x in ls]
    marks = sorted(marks_of_lessons(lids, person), key=lambda m: (m["date"], m["id"]), reverse=True)
    mark_lessons = []
    for m in marks:
        if m["lesson"] not in mark_lessons:
            mark_lessons.append(m["lesson"])
    works = []
    for m in marks:
        if m["work"] not in works:
            works.append(m["work"])
    subj, wts = [], []
    for lid in mark_lessons:
        s = lesson_by_id(lid)["subj"]
        if s not in subj:
            subj.append(s)
    for m in marks:
        if m["workType"] not in wts:
            wts.append(m["workType"])
    return {"marks": [mark_obj(m) for m in marks], "criteriabasedmarks": [],
            "works": [work_obj(S.works[w], person) for w in works], "subjects": [subject_bundle(s) for s in subj],
            "workTypes": [wt_embedded(w) for w in wts], "lessons": [lesson_flat(lesson_by_id(l)) for l in mark_lessons],
            "lessonLogEntries": [entry_obj(S.entries[k]) for k in sorted(S.entries)
                                 if k[0] in mark_lessons and k[1] == person]}


def entries_for(lessons):
    lids = {x["id"] for x in lessons}
    return [entry_obj(S.entries[k]) for k in sorted(S.entries, key=lambda k: (S.entries[k]["created"], k))
            if k[0] in lids]


def final_mark_obj(m):
    return mark_obj(m)


def final_marks_group():
    out = []
    for p in members(CLASS):
        out.append({"person": p, "person_str": str(p), "group": CLASS, "group_str": str(CLASS),
                    "reportingPeriod": PERIODS[0][0], "reportingPeriod_str": str(PERIODS[0][0]),
                    "per-subject-final-marks": [
                        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                         "final-mark": final_mark_obj(S.final[(p, s)])} for s in FINAL_VALUES]})
    return out


def weighted_avg(person, subj):
    """Plausible stand-in for the vendor's weighted average over the fortnight (its formula is not public)."""
    tot = wsum = 0
    for m in S.marks.values():
        les = lesson_by_id(m["lesson"])
        if m["person"] != person or les["subj"] != subj or not m["use_avg_calc"]:
            continue
        if not m["value"][0].isdigit():
            continue
        wgt = WT[m["workType"]][5]
        tot += int(m["value"][0]) * wgt
        wsum += wgt
    return None if wsum == 0 else round(tot / wsum, 2)


def wa_marks():
    out = []
    for s in ["alg", "rus", "eng", "his", "bio"]:
        marks = []
        for p in members(CLASS):
            v = weighted_avg(p, s)
            if v is not None:
                marks.append({"person": p, "value": v})
        out.append({"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "marks": marks})
    return {"subjectMarks": out}


def avg_marks():
    return [{"person": p, "person_str": str(p), "per-subject-averages": [
        {"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]), "avg-mark-value": v}
        for s, v in AVG[p].items()]} for p in members(CLASS)]


# ------------------------------------------------------------------------------------- requests
def ymd(d):
    return d.isoformat()


def week_requests(wi):
    """The requests a job sends for one school week; returns [(canonical request, request_body, body)]."""
    a, b = WEEKS[wi]
    f, t = ymd(a), ymd(b)
    alg, rus, eng, his, bio, pe = (SUBJECTS[k][0] for k in ["alg", "rus", "eng", "his", "bio", "pe"])
    R = []
    # lessons (reference §3.4)
    R.append(("lessons", f"edu-groups/{CLASS}/lessons/{f}/{t}", None,
              [lesson_full(x) for x in lessons_in(CLASS, a, b)]))
    R.append(("lessons", f"edu-groups/{SUB1}/lessons/{f}/{t}", None,
              [lesson_full(x) for x in lessons_in(SUB1, a, b)]))
    R.append(("lessons", f"edu-groups/{SUB2}/subjects/{eng}/lessons/{f}/{t}", None,
              [lesson_full(x) for x in lessons_in(SUB2, a, b, "eng")]))
    # marks (reference §3.1, §7): week 1 asks with full ISO date-times, week 2 with yyyy-MM-dd (reference §2)
    cls_range = f"{f}T00:00:00/{t}T23:59:59" if wi == 0 else f"{f}/{t}"
    R.append(("marks", f"edu-groups/{CLASS}/marks/{cls_range}", None,
              [mark_obj(m) for m in marks_of_lessons({x["id"] for x in lessons_in(CLASS, a, b)})]))
    R.append(("marks", f"edu-groups/{SUB1}/marks/{f}/{t}", None,
              [mark_obj(m) for m in marks_of_lessons({x["id"] for x in lessons_in(SUB1, a, b)})]))
    R.append(("marks", f"edu-groups/{SUB2}/subjects/{eng}/marks/{f}/{t}", None,
              [mark_obj(m) for m in marks_of_lessons({x["id"] for x in lessons_in(SUB2, a, b, "eng")})]))
    # a pupil's marks in the school; person_str missing (19-digit person id only as an exact integer)
    R.append(("marks", f"persons/{TIMUR}/schools/{SCHOOL}/marks/{f}/{t}", None,
              [mark_obj(m, drop=("person_str",)) for m in
               marks_of_lessons({x["id"] for x in pupil_lessons(TIMUR, a, b)}, TIMUR)]))
    R.append(("marks", f"persons/{PETR}/edu-groups/{CLASS}/marks/{f}/{t}", None,
              [mark_obj(m) for m in marks_of_lessons({x["id"] for x in lessons_in(CLASS, a, b)}, PETR)]))
    # attendance per subject (reference §3.5, §8.3: from/to)
    for key in ["alg", "rus", "his", "bio", "pe"]:
        sid = SUBJECTS[key][0]
        R.append(("attendance", f"lesson-log-entries/group/{CLASS}?subject={sid}&from={f}&to={t}", None,
                  entries_for(lessons_in(CLASS, a, b, key))))
    for g in (SUB1, SUB2):
        R.append(("attendance", f"lesson-log-entries/group/{g}?subject={eng}&from={f}&to={t}", None,
                  entries_for(lessons_in(g, a, b, "eng"))))
    # homework bundles (reference §3.7)
    R.append(("homeworks", f"users/me/school/{SCHOOL}/homeworks?startDate={f}&endDate={t}", None,
              homework_bundle(homework_works(a, b))))
    R.append(("homeworks", f"persons/{ALISA}/school/{SCHOOL}/homeworks?startDate={f}&endDate={t}", None,
              homework_bundle(homework_works(a, b, groups_of(ALISA)), ALISA)))
    # schedules bundle per pupil (reference §0; query as SiroXYZ sends it for some, plain dates for others)
    for i, p in enumerate(members(CLASS)):
        q = f"startDate={f}T00:00:00&endDate={t}T23:59:59" if i % 2 == 0 else f"startDate={f}&endDate={t}"
        R.append(("schedules", f"persons/{p}/groups/{CLASS}/schedules?{q}", None, schedule(p, a, b)))
    return R


def dynamic_requests():
    R = week_requests(0) + week_requests(1)
    for p in (PETR, ARTEM):
        R.append(("recentmarks", f"persons/{p}/group/{CLASS}/recentmarks?fromDate=2025-10-13&limit=50", None,
                  recentmarks(p, D0)))
    R.append(("averages", f"edu-groups/{CLASS}/avg-marks/2025-09-01/2025-10-24", None, avg_marks()))
    R.append(("averages", f"edu-groups/{CLASS}/wa-marks/2025-10-13/2025-10-25", None, wa_marks()))
    return R


PREFIXES = ["/v2/", "https://api.dnevnik.ru/v2.0/", "/v2.0/", "", "https://api.dnevnik.ru/v2/"]


def rec(path, body, request_body=None, method="GET", prefix="/v2/", pulled_at=None):
    r = {"request": (f"{method} " if method != "GET" else "") + prefix + path}
    if request_body is not None:
        r["request_body"] = request_body
    r["body"] = body
    if pulled_at:
        r["pulled_at"] = pulled_at
    return r


def main():
    build_lessons()
    build_marks()
    build_homework()
    build_entries()
    build_final()
    steps = []

    def step(name, batches):
        steps.append({"name": name, "batches": batches})

    # ---------------------------------------------------------------- 1. school
    pa = "2025-10-18T21:00:05+05:00"
    subjects_all = [subject_full(k) for k in SUBJECTS] + [
        {"id": i, "id_str": str(i), "name": n, "knowledgeArea": a, "fgosSubjectId": None} for i, n, a in
        EXTRA_SCHOOL_SUBJECTS]
    for s in subjects_all:
        s["espSubjectName"] = None
        s["halfYear"] = False
    relayed = copy.deepcopy(subjects_all)
    for s in relayed:
        s["id"] = relay_corrupt(s["id"])
    timetables = [{"Name": "Основное расписание звонков", "Start": "2025-09-01T00:00:00", "FirstLessonNumber": 1,
                   "Items": [{"Id": 1000006100000 + n, "Start": BELLS[n][0], "Finish": BELLS[n][1],
                              "Name": f"{n} урок", "Type": "Lesson",
                              "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
                              "LessonNumber": n} for n in sorted(BELLS)]}]
    step("1. school profile (timeZone 5, Yekaterinburg), subjects relayed through a double-based parser "
         "(id != id_str, several subjects share one corrupted id; trap §1 kundelik capture), scale and "
         "attendance vocabularies (§5, §3.5), PascalCase bell timetable (§3.14)",
         [[rec(f"schools/{SCHOOL}", school_obj(), pulled_at=pa),
           rec(f"schools/{SCHOOL}/subjects", relayed, pulled_at=pa),
           rec("marks/values/type/mark5", ["1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-",
                                           "5", "5+"], pulled_at=pa),
           rec("lesson-log-entries/statuses", ["Attend", "Absent", "Ill", "Late", "Pass"], pulled_at=pa),
           rec(f"edu-groups/{CLASS}/timetables", timetables, pulled_at=pa)]])

    # ---------------------------------------------------------------- 2. groups
    memberships = [{"group": group_obj(g), "students": [{"person": pupil_person(p), "membershipstatus": "Active"}
                                                       for p in members(g)]} for g in (CLASS, SUB1, SUB2)]
    timur_groups = [group_obj(CLASS), group_obj(SUB2)]
    for g in timur_groups:   # what a JS relay made of /persons/{p}/edu-groups (kundelik capture, §10 item 1)
        g["id"] = relay_corrupt(g["id"])
        g["timetable"] = relay_corrupt(g["timetable"])
        if g["parentIds"]:
            g["parentIds"] = [relay_corrupt(x) for x in g["parentIds"]]
    step("2. groups: class 7Б (Group) and the English split into two Subgroups with parentIds (§3.8); "
         "POST edu-groups membership answer [{group, students:[{person, membershipstatus}]}]; "
         "parentIds null for a Group in one payload, [] in another; last year's class with status Archive in "
         "persons/{p}/edu-groups/all; a relayed persons/{p}/edu-groups where the "
         "class and both subgroups collapse to one corrupted id and only the _str twins are right (§1)",
         [[rec(f"schools/{SCHOOL}/edu-groups", [group_obj(OTHER_CLASS), group_obj(CLASS), group_obj(SUB1),
                                                group_obj(SUB2)], pulled_at=pa),
           rec("edu-groups", memberships, request_body=[CLASS, SUB1, SUB2], method="POST", pulled_at=pa),
           rec(f"edu-groups/{CLASS}", group_obj(CLASS), pulled_at=pa),
           rec(f"persons/{ANNA}/schools/{SCHOOL}/edu-groups", [group_obj(CLASS, parent_ids_null=True),
                                                               group_obj(SUB1)], pulled_at=pa),
           rec(f"persons/{TIMUR}/edu-groups", timur_groups, pulled_at=pa),
           rec(f"persons/{ANNA}/edu-groups/all", [archived_group()] + [group_obj(CLASS), group_obj(SUB1)],
               pulled_at=pa)]])

    # ---------------------------------------------------------------- 3. persons and users
    users = [user_obj(p[1], p[0], p[2], p[3], p[4], p[5], p[6], ["EduStudent"], f"{p[3].lower()}.{p[0] % 1000}")
             for p in PUPILS if p[1] is not None]
    users += [user_obj(t[1], t[0], t[2], t[3], t[4], t[5], t[6], ["EduStaff"], f"teacher.{t[0] % 1000}")
              for t in TEACHERS.values()]
    step("3. persons and users: Person vs User ids (§1, §3.9), 13-digit and 19-digit person ids, a pupil with "
         "userId null (no account yet), users/many with fullName, birthdays as midnight (§2)",
         [[rec(f"edu-groups/{CLASS}/persons?includeArchive=false", [pupil_person(p) for p in members(CLASS)],
               pulled_at=pa),
           rec(f"persons/{TIMUR}", pupil_person(TIMUR), pulled_at=pa),
           rec("users/many", users, request_body=[u["id"] for u in users], method="POST", pulled_at=pa)]])

    # ---------------------------------------------------------------- 4. teachers
    def pascal_teacher(key):
        t = TEACHERS[key]
        return {"Id": t[0], "IdStr": str(t[0]), "UserId": t[1], "UserIdStr": str(t[1]), "FirstName": t[2],
                "LastName": t[3], "MiddleName": t[4], "ShortName": f"{t[2]} {t[3][0]}", "Sex": t[5],
                "DateBirth": midnight(t[6]), "Email": "", "Subjects": t[7], "HouseMaster": key == CLASS_TEACHER,
                "Education": "Высшее", "StartDate": "2015-09-01T00:00:00",
                "PedagogicalActivityDate": "2008-09-01T00:00:00", "TeachingStaff": True,
                "NameTeacherPosition": t[8]}
    step("4. teachers: schools/{s}/teachers in PascalCase (§3.9), edu-groups/{g}/teachers, the class teacher, "
         "teacher/{t}/students for the subgroup teacher",
         [[rec(f"schools/{SCHOOL}/teachers", [pascal_teacher(k) for k in TEACHERS], pulled_at=pa),
           rec(f"edu-groups/{CLASS}/teachers", [teacher_person(k) for k in TEACHERS if k != "morozova"
                                                 and k != "vasiliev"], pulled_at=pa),
           rec(f"edu-groups/{SUB1}/teachers", [teacher_person("morozova")], pulled_at=pa),
           rec(f"edu-groups/{SUB2}/teachers", [teacher_person("vasiliev")], pulled_at=pa),
           rec(f"edu-groups/{CLASS}/classteacher", teacher_person(CLASS_TEACHER), pulled_at=pa),
           rec(f"teacher/{TEACHERS['morozova'][0]}/students",
               [{"id": SUB1, "id_str": str(SUB1), "students": [pupil_person(p) for p in members(SUB1)]}],
               pulled_at=pa)]])

    # ---------------------------------------------------------------- 5. periods
    periods = [{"id": i, "id_str": str(i), "start": midnight(s), "finish": midnight(e), "number": n,
                "type": "Quarter", "name": name, "year": 2025} for i, n, name, s, e in PERIODS]
    pgroup = {"id": PERIOD_GROUP, "reportingPeriods": periods,
              "holidays": [{"id": i, "reportingPeriodGroupId": PERIOD_GROUP, "dateStart": midnight(s),
                            "dateFinish": midnight(e), "name": n, "description": ""} for i, s, e, n in HOLIDAYS]}
    step("5. reporting periods (quarters, date-only values as midnight, §2, §3.12) and the period group whose "
         "holidays put the autumn vacation on Saturday 2025-10-25 inside the fortnight (no lessons that day)",
         [[rec(f"edu-groups/{CLASS}/reporting-periods", periods, pulled_at=pa),
           rec(f"edu-groups/{CLASS}/reporting-period-group", pgroup, pulled_at=pa)]])

    # ---------------------------------------------------------------- 6. work types
    step("6. work types, standalone shape {id, schoolId, kindId, kind, title, abbr, weight} with weights 0-3; "
         "id_str missing on the small ids, present on the 19-digit one (§3.3, §1)",
         [[rec(f"work-types/{SCHOOL}", [wt_standalone(w) for w in WORK_TYPES], pulled_at=pa)]])

    # ---------------------------------------------------------------- 7..11 per family, both weeks
    dyn = dynamic_requests()
    pulled = {0: "2025-10-18T21:00:05+05:00", 1: "2025-10-25T21:00:07+05:00"}

    def fam(family, wi):
        a, b = WEEKS[wi]
        return [r for r in week_requests(wi) if r[0] == family]

    def recs(rows, prefix, pulled_at):
        return [rec(p, body, rb, "POST" if rb is not None else "GET", prefix, pulled_at) for _, p, rb, body in rows]

    week1_records = []

    def week_batches(family, prefix="/v2/"):
        out = []
        for wi in (0, 1):
            rs = recs(fam(family, wi), prefix, pulled[wi])
            out.append(rs)
        return out

    # single-entity and batch-by-id endpoints for week 1 (§3.2, §3.4, §7)
    mon = dt.date(2025, 10, 13)
    l_alg13 = lesson_at(mon, "alg")
    l_rus13 = lesson_at(mon, "rus")
    mon_lessons = sorted([x for x in S.lessons if x["date"] == mon], key=lambda x: x["id"])
    dict_work = [w for w in S.works.values() if w["workType"] == WT_DICT][0]
    extra_lessons = [
        rec(f"lessons/{l_alg13['id']}", lesson_full(l_alg13), pulled_at=pulled[0]),
        rec("lessons/many", [lesson_full(x) for x in mon_lessons], request_body=[x["id"] for x in mon_lessons],
            method="POST", pulled_at=pulled[0]),
        rec(f"works?lesson={l_rus13['id']}", [work_obj(w) for w in lesson_works(l_rus13)], pulled_at=pulled[0]),
        rec(f"lessons/{l_alg13['id']}/works", [work_obj(w) for w in lesson_works(l_alg13)], pulled_at=pulled[0]),
        rec(f"works/{dict_work['id']}", work_obj(dict_work), pulled_at=pulled[0]),
        rec("works/many", [work_obj(w) for w in lesson_works(l_alg13)],
            request_body=[w["id"] for w in lesson_works(l_alg13)], method="POST", pulled_at=pulled[0]),
    ]
    lb = week_batches("lessons")
    step("7. lessons of both weeks for the class and each English subgroup (entity shape with embedded subject and "
         "full works, §3.4), times local without offset (§2), no lessons on the holiday 2025-10-25; week 1 single "
         "lesson, lessons/many and works endpoints (§3.2, §7)", lb + [extra_lessons])
    week1_records.extend([lb[0], extra_lessons])

    l_eng13a = lesson_at(mon, "eng", SUB1)
    some_mark = [m for m in S.marks.values() if m["lesson"] == l_alg13["id"]][0]
    extra_marks = [
        rec(f"works/{dict_work['id']}/marks", [mark_obj(m) for m in S.marks.values() if m["work"] == dict_work["id"]],
            pulled_at=pulled[0]),
        rec(f"lessons/{l_eng13a['id']}/marks",   # lesson_str missing (twins are optional, §1)
            [mark_obj(m, drop=("lesson_str",)) for m in marks_of_lessons({l_eng13a["id"]})], pulled_at=pulled[0]),
        rec(f"marks/{some_mark['id']}", mark_obj(some_mark), pulled_at=pulled[0]),
        rec(f"works/{dict_work['id']}/marks/histogram",
            {"markNumbers": [{"markNumber": 0, "marks": [{"value": "5", "count": 1}, {"value": "4", "count": 1}]},
                             {"markNumber": 1, "marks": [{"value": "4", "count": 1}, {"value": "3", "count": 1}]}]},
            pulled_at=pulled[0]),
        rec(f"lessons/2025-10-13/persons/{ANNA}/marks",
            [mark_obj(m) for m in marks_of_lessons({x["id"] for x in pupil_lessons(ANNA, mon, mon)}, ANNA)],
            pulled_at=pulled[0]),
        rec("lessons/marks", [mark_obj(m) for m in marks_of_lessons({l_alg13["id"], l_rus13["id"]})],
            request_body={"lessons": [l_alg13["id"], l_rus13["id"]]}, method="POST", pulled_at=pulled[0]),
    ]
    mb = week_batches("marks")
    step("8. marks of both weeks: values are strings with +/- (§3.1, §5), a double mark (Диктант, markCount 2, "
         "numbers 0 and 1), a pass/fail mark on the `test` scale, use_avg_calc false, mark dates with 0-7 "
         "fractional digits (§2), test marks set the day after the lesson, marks missing person_str or lesson_str "
         "(§1), a 19-digit workType without _str; {from}/{to} as full ISO and as yyyy-MM-dd (§2)",
         mb + [extra_marks])
    week1_records.extend([mb[0], extra_marks])

    l_pe16 = lesson_at(dt.date(2025, 10, 16), "pe")
    l_rus14 = lesson_at(dt.date(2025, 10, 14), "rus")
    extra_att = [
        rec(f"lessons/{l_rus14['id']}/log-entries", entries_for([l_rus14]), pulled_at=pulled[0]),
        rec(f"lesson-log-entries?lessons={l_pe16['id']}&lessons={l_rus14['id']}", entries_for([l_pe16, l_rus14]),
            pulled_at=pulled[0]),
        rec(f"lesson-log-entries/lesson/{l_pe16['id']}/person/{DARIA}", entry_obj(S.entries[(l_pe16["id"], DARIA)]),
            pulled_at=pulled[0]),
    ]
    # one client (SiroXYZ handlers/entries_handler.py) reads this endpoint as {logEntries, lessons}
    a, b = WEEKS[0]
    siro = rec(f"persons/{EVA}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
               {"logEntries": [e for e in entries_for(pupil_lessons(EVA, a, b)) if e["person"] == EVA],
                "lessons": [lesson_full(lesson_by_id(int(e["lesson_str"])))
                            for e in entries_for(pupil_lessons(EVA, a, b)) if e["person"] == EVA]},
               pulled_at=pulled[0])
    ab = week_batches("attendance")
    step("9. lesson-log entries (attendance) of both weeks per subject: Attend, Absent, Ill, Late, Pass with "
         "comments; entries have no own id, (lesson, person) is the key (§3.5, §6); createdDate fractions vary "
         "(§2); last batch: persons/{p}/lesson-log-entries in the {logEntries, lessons} shape one client reads",
         ab + [extra_att, [siro]])
    week1_records.extend([ab[0], extra_att, [siro]])

    hw_alg13 = S.works[HOMEWORK_IDS["alg13"]]
    extra_hw = [
        rec(f"users/me/school/homeworks?homeworkId={HOMEWORK_IDS['eng13a']}",
            homework_bundle([S.works[HOMEWORK_IDS["eng13a"]]]), pulled_at=pulled[0]),
        rec(f"lessons/{l_alg13['id']}/tasks", [task_obj(t, hw_alg13) for t in hw_alg13["tasks"]], pulled_at=pulled[0]),
        rec(f"works/{hw_alg13['id']}/tasks", [task_obj(t, hw_alg13) for t in hw_alg13["tasks"]], pulled_at=pulled[0]),
        rec(f"persons/{ANNA}/tasks?subject={SUBJECTS['alg'][0]}&from=2025-10-13&to=2025-10-18&pageNumber=1&pageSize=50",
            [task_obj(t, hw_alg13) for t in hw_alg13["tasks"] if t["person"] == ANNA], pulled_at=pulled[0]),
        rec(f"tasks/{ANNA}/undone", [task_obj(t, w) for w in homework_works(*WEEKS[0]) for t in w["tasks"]
                                     if t["person"] == ANNA], pulled_at=pulled[0]),
    ]
    hb = week_batches("homeworks")
    step("10. homework bundles of both weeks {works, subjects, lessons, files, teachers}: text, targetDate (due, "
         "midnight), files resolved through the bundle's files list (§3.2, §3.7); class homework and per-subgroup "
         "English homework (eduGroup = subgroup); tasks per pupil (§3.6)", hb + [extra_hw])
    week1_records.extend([hb[0], extra_hw])

    sb = week_batches("schedules", prefix="")
    rm = [rec(p, body, pulled_at=pulled[1]) for fam_, p, _, body in dyn if fam_ == "recentmarks"]
    step("11. schedules bundle per pupil and week (paths relative to the v2.0 base): flattened lessons without "
         "id_str, with place/hours; embedded work types {name, no weight}; subjects {id, name, knowledgeAreaId} "
         "without id_str (§0, §3.3, §3.4); each pupil sees only their own English subgroup; recentmarks bundles",
         sb + [rm])
    week1_records.append(sb[0])

    # ---------------------------------------------------------------- 12. final marks
    allfinal = {"marks": [final_mark_obj(S.final[(ALISA, s)]) for s in FINAL_VALUES],
                "works": [work_obj(S.works[PERIOD_WORKS[s]]) for s in FINAL_VALUES],
                "subjects": [subject_bundle(s) for s in FINAL_VALUES],
                "workTypes": [wt_embedded(WT_PERIOD)]}
    step("12. quarter marks set by the teachers on 2025-10-24: edu-groups/{g}/final-marks with the hyphenated keys "
         "\"per-subject-final-marks\" / \"final-mark\", lesson null (§3.13, §8.4); allfinalmarks bundle (PeriodMark "
         "works with periodNumber/periodType); persons/{p}/edu-groups/{g}/final-marks in the reference's shape; "
         "subjects/{s}/final-marks",
         [[rec(f"edu-groups/{CLASS}/final-marks", final_marks_group(), pulled_at=pulled[1]),
           rec(f"persons/{TIMUR}/edu-groups/{CLASS}/final-marks",
               [x for x in final_marks_group() if x["person"] == TIMUR], pulled_at=pulled[1]),
           rec(f"persons/{ALISA}/edu-groups/{CLASS}/allfinalmarks", allfinal, pulled_at=pulled[1]),
           rec(f"edu-groups/{CLASS}/subjects/{SUBJECTS['alg'][0]}/final-marks",
               [final_mark_obj(S.final[(p, "alg")]) for p in members(CLASS)], pulled_at=pulled[1])]])

    # ---------------------------------------------------------------- 13. averages
    step("13. the vendor's own averages: avg-marks over 1 четверть with \"avg-mark-value\" strings, wa-marks over "
         "the fortnight with float values and no person_str (§3.1, §3.13); a pupil's period average as a bare string",
         [[rec(p, body, pulled_at=pulled[1]) for fam_, p, _, body in dyn if fam_ == "averages"] +
          [rec(f"persons/{ANNA}/reporting-periods/{PERIODS[0][0]}/avg-mark", "4.69", pulled_at=pulled[1])]])

    # ---------------------------------------------------------------- 14. parents
    def context(parent):
        pid, uid, first, last, middle, sex, bd, kids = parent
        return {"userId": uid, "personId": pid, "shortName": f"{first} {last[0]}", "avatarUrl": None,
                "roles": ["EduParent"], "schoolIds": [], "groupIds": [], "schools": [],
                "eduGroups": [],
                "children": [{"personId": k, "firstName": [p for p in PUPILS if p[0] == k][0][2],
                              "lastName": [p for p in PUPILS if p[0] == k][0][3],
                              "middleName": [p for p in PUPILS if p[0] == k][0][4],
                              "shortName": pupil_person(k)["shortName"], "schoolIds": [SCHOOL],
                              "groupIds": [CLASS]} for k in kids],
                "splitId": None}

    def relatives(parent):
        return [{"type": "Child", "person": pupil_person(k)} for k in parent[7]]

    prs = []
    for par in PARENTS:
        prs.append(rec(f"users/{par[1]}/context", context(par), pulled_at=pulled[1]))
        prs.append(rec(f"users/{par[1]}/relatives", relatives(par), pulled_at=pulled[1]))
    twins_parent = PARENTS[0]
    prs.append(rec(f"user/{twins_parent[1]}/children",
                   [{k: v for k, v in pupil_person(k).items() if k in ("id", "id_str", "userId", "userId_str",
                                                                      "shortName", "sex")}
                    for k in twins_parent[7]], pulled_at=pulled[1]))
    prs.append(rec("users/many", [user_obj(p[1], p[0], p[2], p[3], p[4], p[5], p[6], ["EduParent"],
                                           f"parent.{p[0] % 1000}") for p in PARENTS],
                   request_body=[p[1] for p in PARENTS], method="POST", pulled_at=pulled[1]))
    step("14. parents: users/{u}/context with children [{personId, ...}] (person ids, no _str; a 19-digit parent "
         "user id and child person id as exact integers), relatives [{type, person}], user/{u}/children "
         "(captured partial persons); the twins share one parent; context groupIds list the class, not the "
         "subgroups (§1, §3.9)", [prs])

    # ---------------------------------------------------------------- 15. re-send
    step("15. re-send: every week-1 answer of steps 7-11 again, byte for byte (nothing new may appear; "
         "CORPUS §1 re-sends), in the batches they first came in", copy.deepcopy(week1_records))

    # ---------------------------------------------------------------- 16..20 re-pulls after edits
    def repull(name, mutate, prefix):
        before = {(p, json.dumps(rb)): json.dumps(body, ensure_ascii=False, sort_keys=True)
                  for _, p, rb, body in dynamic_requests()}
        mutate()
        after = dynamic_requests()
        changed = [r for r in after if before[(r[1], json.dumps(r[2]))] !=
                   json.dumps(r[3], ensure_ascii=False, sort_keys=True)]
        step(name, [recs(changed, prefix, "2025-10-26T09:30:00+05:00")])

    l_alg23 = lesson_at(dt.date(2025, 10, 23), "alg")

    def topic():
        l_alg23["title"] = NEW_TITLE
    repull("16. re-pull of week 2 after the algebra teacher changed the topic (title) of the 2025-10-23 lesson "
           "from «Решение задач» to «" + NEW_TITLE + "»: every answer that carries the lesson is sent again "
           "(lessons, schedules; §3.4)", topic, "/v2/")

    petr_mark = [m for m in S.marks.values() if m["person"] == PETR and
                 lesson_by_id(m["lesson"])["date"] == dt.date(2025, 10, 20)][0]

    def correct():
        petr_mark["value"] = "4-"
        petr_mark["date"] = "2025-10-21T08:02:55.61"
        AVG[PETR]["rus"] = "3.43"
    repull("17. correction: re-pull of week 2 after the teacher changed Пётр's Русский язык mark of 2025-10-20 "
           "from 3 to 4- (same mark id, new value and date; §3.1); the vendor's averages move too; requests are "
           "sent with the host and v2.0 prefix (same endpoints, CORPUS §1)", correct, "https://api.dnevnik.ru/v2.0/")

    artem_his = [m for m in S.marks.values() if m["person"] == ARTEM and
                 lesson_by_id(m["lesson"])["subj"] == "his"][0]

    def delete():
        del S.marks[artem_his["id"]]
        AVG[ARTEM]["his"] = "4.25"
    repull("18. deletion: re-pull of the same week-2 requests no longer containing Артём's История mark of "
           "2025-10-22 (no deletion feed exists, §7; CORPUS §1 deletions)", delete, "https://api.dnevnik.ru/v2/")

    l_alg20 = lesson_at(dt.date(2025, 10, 20), "alg")

    def att():
        e = S.entries[(l_alg20["id"], PETR)]
        e["status"] = "Ill"
        e["comment"] = "справка от врача"
    repull("19. attendance correction: re-pull of week 2 where Пётр's Absent on 2025-10-20 Алгебра became Ill with "
           "a comment; same (lesson, person) entry, no own id (§3.5)", att, "v2.0/")

    def withdraw():
        del S.works[HOMEWORK_IDS["rus20"]]
    repull("20. homework withdrawn: re-pull of the same week-2 requests no longer containing the Русский язык "
           "homework set on 2025-10-20 (works, tasks and bundles drop it; CORPUS §1 deletions)", withdraw, "/v2/")

    journey = {"vendor": "dnevnik_ru",
               "description": "One class's fortnight at МАОУ СОШ № 17 (Екатеринбург, school timeZone 5): class 7Б, "
                              "8 pupils (twins Артём and Алиса Кузнецовы, one parent), English split into two "
                              "subgroups, 6 subjects, 7 teachers; school weeks Mon-Sat 2025-10-13..18 and "
                              "2025-10-20..25 (Saturday 25th is the first day of the autumn vacation), quarter 1 "
                              "closes on 2025-10-24 with teacher-set quarter marks. Pulled as a sync job would, "
                              "then re-sent, then re-pulled after a topic change, a mark correction, a mark "
                              "deletion, an attendance correction and a withdrawn homework.",
               "steps": steps}
    with OUT.open("w", encoding="utf-8") as fh:
        json.dump(journey, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
