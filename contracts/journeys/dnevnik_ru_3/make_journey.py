#!/usr/bin/env python3
"""Generate journey.json: a third Dnevnik.ru journey (class 8А, Петропавловск-Камчатский, 2025/26, half-years).

Standard library only, deterministic. Written from /work/shared/reference/dnevnik_ru.md (cited as §N), the public
client models its §10 names, the hub's README (request envelope, ids, read API) and tests/journeys.py. No adapter,
hub or projection code was read.

What it aims at (the first two corpora do not have these):
* a school at UTC+12 (`timeZone: 12`): 08:30 local is 20:30 UTC of the day before (§2: local times, no offset);
* half-years (`HalfYear`, §3.12) and a fortnight that crosses the calendar year and the winter holidays;
* a lesson MOVED to another day and slot (same lesson id, new `date`/`number`), after which a re-pull of its old
  week no longer holds it: the omission must not delete a lesson a later answer placed in another range (§7);
* a lesson cancelled (omitted from the re-pull of the same request) and replaced by another subject's lesson in
  the same slot, taught by a substitute teacher known only from `persons/{id}` (§3.4, §3.9);
* a pupil transferred from the parallel class 8Б to 8А at the half-year (`membershipstatus` Archive/Active in
  `POST edu-groups`, §3.8), whose 8Б marks and half-year marks stay his;
* marks on the `mark10` and `mark100` scales (§5), a mark set during the holidays in the next calendar year for a
  lesson of the old year (§3.1 mark `date` vs lesson), `use_avg_calc: false` on a numeric mark;
* a log-entry re-pull with the query parameters in another order (same request, §2/§3.5) that drops an entry;
* schedules asked with percent-encoded ISO date-times in the query (§2);
* homework due after the holidays, in the next calendar year; a long homework text with line breaks and markup
  characters; attachments with Cyrillic, `ё` and spaces in their names (§3.2, §3.7);
* averages asked over full ISO date-times equal to the half-year's first and last day (§2, §3.13).
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "journey.json"

HOST = "https://api.dnevnik.ru"
S = 1000002311204                       # school, 13-digit old id (§1)
G = 2260325488551770001                 # 8А, 19 digits
GB = 2260325488551770002                # 8Б, the parallel class the transferred pupil comes from
TZ = "+12:00"

SUBJ = {  # key: (id, name, knowledgeArea)
    "ALG": (1000003400001, "Алгебра", "Математика и информатика"),
    "RUS": (1000003400002, "Русский язык", "Русский язык и литература"),
    "HIS": (1000003400003, "История", "Общественно-научные предметы"),
    "PHY": (1000003400004, "Физика", "Естественно-научные предметы"),
    "TEC": (1000003400005, "Технология", "Технология"),
}

# person key -> (person id, user id or None, last, first, middle, sex, birthday)
PUPILS = {
    "P1": (1000012400001, 1000011400001, "Ёлкина", "Алёна", "Петровна", "Female", "2011-02-11"),
    "P2": (1000012400002, 1000011400002, "Шевчук", "Матвей", "Андреевич", "Male", "2011-06-30"),
    "P3": (1000012400003, 1000011400003, "Гончаренко", "Софья", "Игоревна", "Female", "2011-10-04"),
    "P4": (1000012400004, 1000011400004, "Комаров", "Илья", "Сергеевич", "Male", "2011-04-19"),
    "P5": (2260325488551880005, 2260325488551880105, "Мельникова", "Дарья", "Олеговна", "Female", "2011-08-08"),
    "P6": (1000012400006, None, "Сидоров", "Глеб", "Романович", "Male", "2011-12-24"),
    "P7": (1000012400007, 1000011400007, "Тихонова", "Вера", "Денисовна", "Female", "2011-03-03"),
}
CLASS_A_DEC = ["P1", "P2", "P3", "P5", "P6"]          # 8А until the half-year
CLASS_B_DEC = ["P4", "P7"]                              # 8Б until the half-year
CLASS_A_JAN = ["P1", "P2", "P3", "P4", "P5", "P6"]    # P4 transferred to 8А for the 2nd half-year
CLASS_B_JAN = ["P7"]

TEACHERS = {  # key -> (person, user, last, first, middle, sex)
    "ALG": (1000012400901, 1000011400901, "Ткаченко", "Ольга", "Викторовна", "Female"),
    "RUS": (1000012400902, 1000011400902, "Ёжикова", "Людмила", "Фёдоровна", "Female"),
    "HIS": (1000012400903, 1000011400903, "Гаврилов", "Семён", "Аркадьевич", "Male"),
    "PHY": (2260325488551890904, 2260325488551890905, "Чернышёв", "Артём", "Юрьевич", "Male"),
    "TEC": (1000012400905, 1000011400905, "Пак", "Денис", "Олегович", "Male"),
}
SUBSTITUTE = (1000012400906, 1000011400906, "Белых", "Анна", "Сергеевна", "Female")  # named by persons/{id} only
PARENTS = {  # key -> (person, user, last, first, middle, sex, children)
    "ELKIN": (2260325488551990002, 2260325488551990001, "Ёлкин", "Пётр", "Ильич", "Male", ["P1"]),
    "KOMAROVA": (1000012400104, 1000011400104, "Комарова", "Ирина", "Викторовна", "Female", ["P4"]),
}

HY1 = (1000007400501, 1, "1 полугодие", "2025-09-01", "2025-12-26")
HY2 = (1000007400502, 2, "2 полугодие", "2026-01-12", "2026-05-25")
RPG = 1000007140050
HOLIDAYS = [  # id, start, finish, name
    (1000007240001, "2025-11-01", "2025-11-09", "Осенние каникулы"),
    (1000007240002, "2025-12-29", "2026-01-11", "Зимние каникулы"),
    (1000007240003, "2026-03-23", "2026-03-31", "Весенние каникулы"),
]

BELLS = {0: ("07:40", "08:20"), 1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:20", "11:00"), 4: ("11:20", "12:00"),
         5: ("12:10", "12:50"), 6: ("13:00", "13:40")}
ROOMS = {"ALG": "214", "RUS": "216", "HIS": "110", "PHY": "305", "TEC": "мастерская № 2"}
ROOMS_B = {"ALG": "201", "HIS": "112"}
GRID_A = {0: ["ALG", "RUS", "HIS", "PHY"], 1: ["ALG", "PHY", "RUS", "TEC"], 2: ["ALG", "RUS", "PHY", "HIS"],
          3: ["ALG", "RUS", "TEC"], 4: ["ALG", "HIS", "RUS", None, "PHY"]}
GRID_B = {0: [None, "ALG"], 1: [None, "ALG"], 2: [None, "ALG", "HIS"], 3: [None, "ALG"], 4: [None, "ALG"]}

WEEK_A = ["2025-12-15", "2025-12-16", "2025-12-17", "2025-12-18", "2025-12-19"]
WEEK_B = ["2025-12-22", "2025-12-23", "2025-12-24", "2025-12-25", "2025-12-26"]
WEEK_C = ["2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"]

TOPICS = {
    "ALG": ["Свойства арифметического квадратного корня", "Вынесение множителя из-под знака корня",
            "Освобождение от иррациональности в знаменателе", "Решение задач по теме «Квадратные корни»",
            "Контрольная работа № 4 «Квадратные корни»", "Анализ контрольной работы", "Квадратное уравнение",
            "Неполные квадратные уравнения", "Формула корней квадратного уравнения", "Решение задач",
            "Теорема Виета", "Обратная теорема Виета", "Решение задач на теорему Виета", "Повторение", "Зачётный урок"],
    "RUS": ["Односоставные предложения. Определённо-личные", "Неопределённо-личные предложения",
            "Безличные предложения", "Назывные предложения", "Сочинение-описание «Ёлка в нашем дворе»",
            "Неполные предложения", "Диктант с грамматическим заданием", "Работа над ошибками",
            "Однородные члены предложения", "Обобщающие слова при однородных членах",
            "Знаки препинания при обобщающих словах", "Однородные и неоднородные определения", "Повторение",
            "Практикум", "Словарный диктант"],
    "HIS": ["Эпоха Петра I: начало правления", "Северная война 1700–1721 гг.", "Реформы управления Петра I",
            "Экономическая политика Петра I", "Эпоха дворцовых переворотов", "Повторение по главе «Россия в эпоху преобразований Петра I»",
            "Внутренняя политика Екатерины II", "Внешняя политика Екатерины II", "Проверочная работа"],
    "PHY": ["Тепловые явления. Внутренняя энергия", "Теплопроводность. Конвекция. Излучение",
            "Количество теплоты. Удельная теплоёмкость",
            "Лабораторная работа № 2 «Сравнение количеств теплоты при смешивании воды разной температуры»",
            "Энергия топлива", "Закон сохранения энергии в тепловых процессах", "Контрольная работа «Тепловые явления»",
            "Агрегатные состояния вещества", "Плавление и отвердевание", "Испарение и конденсация", "Кипение",
            "Влажность воздуха"],
    "TEC": ["Проект «Новогодний сувенир»: выбор идеи", "Проект: эскиз и чертёж", "Проект: изготовление",
            "Защита проекта «Новогодний сувенир»", "Электротехника: цепи", "Электромонтажные работы"],
}
TOPICS_B = {"ALG": ["Квадратные корни (8Б): повторение", "Иррациональные выражения", "Тождественные преобразования",
                    "Решение задач", "Контрольная работа (8Б)", "Анализ ошибок", "Квадратные уравнения (8Б)",
                    "Неполные квадратные уравнения (8Б)", "Дискриминант", "Решение задач (8Б)", "Теорема Виета (8Б)",
                    "Задачи на составление уравнений", "Повторение (8Б)", "Практикум (8Б)", "Самостоятельная работа (8Б)"],
            "HIS": ["Петровские реформы (8Б)", "Дворцовые перевороты (8Б)", "Екатерина II (8Б)"]}

WT = {  # key -> (id, kind, title, abbr, weight)
    "ANS": (3001, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    "SR": (3002, "CommonWork", "Самостоятельная работа", "СР", 2),
    "KR": (3003, "LessonTestWork", "Контрольная работа", "КР", 3),
    "LAB": (3004, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
    "PRJ": (3005, "CommonWork", "Проект", "ПР", 2),
    "HW": (3006, "Homework", "Домашнее задание", "ДЗ", 1),
    "HY": (3007, "PeriodMark", "Полугодовая оценка", "ПО", 0),
    "DICT": (3008, "LessonExamination", "Диктант", "Д", 2),
}

LESSON_BASE = 2260325488552100000
WORK_BASE = 2260325488552200000
MARK_BASE = 2260325488552300000
TASK_BASE = 2260325488552400000
FILE_BASE = 1000020400000


def pid(k):
    return PUPILS[k][0]


# ---------------------------------------------------------------- lessons -------------------------------------------
class Lesson:
    def __init__(self, lid, group, date, number, subj, title, teacher, room):
        self.id, self.group, self.date, self.number, self.subj = lid, group, date, number, subj
        self.title, self.teacher, self.room = title, teacher, room
        self.works = []  # work dicts


LESSONS = {}   # (group, date, subj, number) -> Lesson
_n = [0]


def add_lesson(group, date, number, subj, title, teacher=None, room=None):
    _n[0] += 1
    lesson = Lesson(LESSON_BASE + _n[0], group, date, number, subj, title, teacher or TEACHERS[subj][0],
                    room or (ROOMS if group == G else ROOMS_B)[subj])
    LESSONS[(group, date, subj, number)] = lesson
    return lesson


_topic_i = {}
for group, grid, topics in ((G, GRID_A, TOPICS), (GB, GRID_B, TOPICS_B)):
    for week in (WEEK_A, WEEK_B, WEEK_C):
        for wd, date in enumerate(week):
            for slot, subj in enumerate(grid[wd], start=1):
                if subj is None:
                    continue
                i = _topic_i.get((group, subj), 0)
                _topic_i[(group, subj)] = i + 1
                add_lesson(group, date, slot, subj, topics[subj][i % len(topics[subj])])

# a "zero" lesson before the first bell on Thursdays (§3.4: some timetables start at 0; §3.14 FirstLessonNumber)
for _d in (WEEK_A[3], WEEK_B[3], WEEK_C[3]):
    add_lesson(G, _d, 0, "HIS", "Нулевой урок: консультация к проверочной работе")

MOVED = LESSONS[(G, "2025-12-19", "PHY", 5)]          # moved to Monday 2025-12-22, slot 6
MOVED_TO = ("2025-12-22", 6)
CANCELLED = LESSONS[(G, "2026-01-14", "HIS", 4)]      # cancelled, omitted from the re-pull
_n[0] += 1
REPLACEMENT = Lesson(LESSON_BASE + 900, G, "2026-01-14", 4, "ALG", "Решение задач на теорему Виета (замена)",
                     SUBSTITUTE[0], "214")


def ldate(lesson, moved=True):
    if lesson is MOVED and moved:
        return MOVED_TO
    return lesson.date, lesson.number


# ---------------------------------------------------------------- works ---------------------------------------------
_w = [0]


def new_work(lesson, kind_key, mark_type="mark5", mark_count=1, text="", target=None, files=None, sent=None):
    _w[0] += 1
    wt = WT[kind_key]
    work = {"id": WORK_BASE + _w[0], "kind_key": kind_key, "type": "Homework" if kind_key == "HW" else wt[1],
            "workType": wt[0], "markType": mark_type, "markCount": mark_count, "lesson": lesson,
            "text": text, "target": target, "files": files if files is not None else [], "sent": sent}
    lesson.works.append(work)
    return work


for lesson in list(LESSONS.values()):
    new_work(lesson, "ANS")
REPLACEMENT_W = new_work(REPLACEMENT, "ANS")


def L(date, subj, group=G, number=None):
    if number is None and subj == "HIS" and group == G:
        number = {0: 3, 1: None, 2: 4, 3: 0, 4: 2}[["2025-12-15", "2025-12-16", "2025-12-17", "2025-12-18", "2025-12-19",
                                                  "2025-12-22", "2025-12-23", "2025-12-24", "2025-12-25", "2025-12-26",
                                                  "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15",
                                                  "2026-01-16"].index(date) % 5]
    found = [l for (g, d, s, n), l in LESSONS.items() if g == group and d == date and s == subj
             and (number is None or n == number)]
    assert len(found) == 1, (date, subj, group, found)
    return found[0]


def default_work(lesson):
    return lesson.works[0]


SPECIAL = {
    "alg_kr": new_work(L("2025-12-19", "ALG"), "KR"),
    "phy_lab": new_work(L("2025-12-16", "PHY"), "LAB", mark_type="mark100"),
    "tec_prj": new_work(L("2025-12-25", "TEC"), "PRJ", mark_type="mark10"),
    "rus_dict": new_work(L("2025-12-24", "RUS"), "DICT"),
    "phy_kr": new_work(L("2025-12-26", "PHY"), "KR"),
    "b_alg_kr": new_work(L("2025-12-19", "ALG", GB), "KR"),
    "alg_sr_c": new_work(L("2026-01-15", "ALG"), "SR"),
}

# ---------------------------------------------------------------- files and homework --------------------------------
FILES = {
    1: {"name": "Карточка № 3 — ёмкость.pdf", "type": "pdf", "size": 184213},
    2: {"name": "схема опыта (1).PNG", "type": "png", "size": 402177},
    3: {"name": "Образец оформления сочинения.docx", "type": "docx", "size": 23110},
}
LONG_TEXT = (
    "Повторить §§ 12–14 («Квадратные корни»).\n"
    "1) № 401 (а, в, д), № 404 — письменно;\n"
    "2) для тех, кто писал контрольную на «3» и ниже: № 410–412 <обязательно>;\n"
    "3) задача со звёздочкой: докажите, что √2 + √3 > √10 & объясните, почему нельзя «просто сложить» корни.\n\n"
    "Оформление: тетрадь для домашних работ, поля 4 клетки, ответы подчеркнуть. Работы, сданные после каникул, "
    "проверяются в общем порядке. Вопросы — в личные сообщения «Дневника» до 28.12 (с 29.12 по 11.01 учитель не "
    "отвечает). С наступающим Новым годом! 🎄"
)
HOMEWORK = [  # (lesson, text, target date, file numbers)
    (L("2025-12-15", "ALG"), "№ 331, 333 (чётные)", "2025-12-16", []),
    (L("2025-12-16", "PHY"), "§ 8, упр. 4; оформить лабораторную работу по образцу", "2025-12-23", [1, 2]),
    (MOVED, "§ 9, упр. 5 (1–3); подготовиться к контрольной", "2025-12-26", []),
    (L("2025-12-22", "RUS"), "Сочинение-описание «Ёлка в нашем дворе» (не менее 120 слов)", "2025-12-24", [3]),
    (L("2025-12-26", "ALG"), LONG_TEXT, "2026-01-12", []),
    (L("2025-12-26", "RUS"), "Упр. 241, 243; выучить правило на с. 118", "2026-01-14", []),
    (L("2026-01-13", "PHY"), "§ 12–13, вопросы после параграфа письменно", "2026-01-14", []),
    (L("2026-01-15", "ALG"), "№ 512, 514, 517", "2026-01-16", []),
    (CANCELLED, "Подготовить сообщение «Жалованная грамота дворянству 1785 г.»", "2026-01-16", []),
]
HOMEWORK_WORKS = []
for lesson, text, target, files in HOMEWORK:
    sent = lesson.date + "T15:40:12.37" if lesson is not MOVED else MOVED_TO[0] + "T14:02:51.1"
    if lesson is CANCELLED:
        sent = "2026-01-13T16:05:00.2"   # entered ahead for Wednesday's lesson
    HOMEWORK_WORKS.append(new_work(lesson, "HW", text=text, target=target, files=[FILE_BASE + f for f in files],
                                   sent=sent))

# ---------------------------------------------------------------- marks ---------------------------------------------
# (pupil, work, value, mark date-time, use_avg_calc, number)
_m = [0]
MARKS = []


def mark(p, work, value, when, use_avg=True, number=0, mtype=None):
    _m[0] += 1
    MARKS.append({"id": MARK_BASE + _m[0], "p": p, "work": work, "value": value, "date": when, "use_avg": use_avg,
                  "number": number, "type": mtype or work["markType"]})


dw = default_work
mark("P1", dw(L("2025-12-15", "ALG")), "5", "2025-12-15T09:05:41.3")
mark("P2", dw(L("2025-12-15", "ALG")), "3+", "2025-12-15T09:06:02.88")
mark("P3", dw(L("2025-12-15", "RUS")), "4", "2025-12-15T09:58:10")
mark("P5", dw(L("2025-12-15", "HIS")), "5-", "2025-12-15T10:59:30.517")
mark("P6", dw(L("2025-12-15", "PHY")), "2-", "2025-12-15T11:57:00.1")
mark("P1", SPECIAL["phy_lab"], "87", "2025-12-16T23:41:07.2")          # mark100, set late at night
mark("P2", SPECIAL["phy_lab"], "64", "2025-12-17T00:12:45.91")         # mark100, set after midnight
mark("P3", SPECIAL["phy_lab"], "100", "2025-12-16T19:20:00")
mark("P6", dw(L("2025-12-16", "RUS")), "4-", "2025-12-16T11:02:33.4")
mark("P5", dw(L("2025-12-17", "ALG")), "5+", "2025-12-17T09:08:00.25")
mark("P1", dw(L("2025-12-17", "HIS")), "4", "2025-12-17T11:58:17.7", use_avg=False)   # numeric, not counted
mark("P2", dw(L("2025-12-18", "TEC")), "5", "2025-12-18T11:00:01.5")
mark("P3", dw(L("2025-12-18", "HIS")), "5", "2025-12-18T08:19:30.6")        # the zero lesson (number 0)
for p, v in (("P1", "5"), ("P2", "3"), ("P3", "4+"), ("P5", "4"), ("P6", "2")):
    mark(p, SPECIAL["alg_kr"], v, "2025-12-19T21:30:44.123")            # test marked in the evening
mark("P3", dw(L("2025-12-22", "RUS")), "5", "2025-12-22T09:55:00.4")
mark("P3", dw(MOVED), "4", "2025-12-22T13:38:10.02")                     # the moved lesson
mark("P6", dw(MOVED), "3-", "2025-12-22T13:39:55.6")
mark("P1", dw(L("2025-12-23", "PHY")), "5", "2025-12-23T09:59:59.999")
for p, v in (("P1", "5"), ("P2", "4"), ("P3", "5"), ("P5", "4-"), ("P6", "3")):
    mark(p, SPECIAL["rus_dict"], v, "2025-12-24T16:10:00.6")
for p, v in (("P1", "9"), ("P2", "7"), ("P5", "10")):
    mark(p, SPECIAL["tec_prj"], v, "2025-12-25T11:01:00")                # mark10
mark("P5", dw(L("2025-12-26", "HIS")), "1", "2025-12-26T09:58:00.3")
for p, v in (("P1", "4"), ("P3", "5-"), ("P5", "3+"), ("P6", "3")):
    mark(p, SPECIAL["phy_kr"], v, "2025-12-26T20:45:12.5")
LATE_MARK_DATE = "2026-01-03T21:15:00.1"
mark("P2", SPECIAL["phy_kr"], "4-", LATE_MARK_DATE)                     # set in the holidays, next calendar year
LATE_MARK = MARKS[-1]
# 8Б, December (P4 before the transfer)
mark("P4", dw(L("2025-12-16", "ALG", GB)), "4-", "2025-12-16T10:01:09.8")
mark("P7", dw(L("2025-12-16", "ALG", GB)), "5", "2025-12-16T10:01:30.8")
mark("P4", SPECIAL["b_alg_kr"], "3", "2025-12-19T22:02:00.7")
mark("P7", SPECIAL["b_alg_kr"], "5", "2025-12-19T22:02:10.7")
mark("P4", dw(L("2025-12-17", "HIS", GB)), "5", "2025-12-17T11:00:20")
# January, 8А (P4 now in 8А)
mark("P4", dw(L("2026-01-12", "ALG")), "4", "2026-01-12T09:07:00.5")
mark("P1", dw(L("2026-01-12", "RUS")), "5", "2026-01-12T10:00:00")
mark("P6", dw(L("2026-01-13", "PHY")), "3", "2026-01-13T09:59:00.3")
mark("P4", dw(REPLACEMENT), "5", "2026-01-14T11:58:44.8")                 # the replacement lesson
mark("P2", dw(REPLACEMENT), "4+", "2026-01-14T11:59:02.1")
for p, v in (("P1", "4"), ("P4", "3+"), ("P5", "5")):
    mark(p, SPECIAL["alg_sr_c"], v, "2026-01-15T18:20:00.47")
mark("P7", dw(L("2026-01-13", "ALG", GB)), "4", "2026-01-13T10:00:40")

# ---------------------------------------------------------------- attendance ----------------------------------------
# (pupil, lesson, status, comment, createdDate); unlisted members of the lesson's group are Attend
ATT = [
    ("P2", L("2025-12-15", "ALG"), "Late", "опоздал на 7 минут", "2025-12-15T08:41:00.3"),
    ("P6", L("2025-12-16", "ALG"), "Absent", "", "2025-12-16T08:35:12"),
    ("P5", L("2025-12-18", "RUS"), "Ill", "справка № 114 от 19.12", "2025-12-18T09:25:40.11"),
    ("P3", MOVED, "Late", "перенос урока — пришла ко второй половине", "2025-12-22T13:21:03.5"),
    ("P1", L("2025-12-24", "RUS"), "Pass", "региональный этап олимпиады по истории", "2025-12-24T09:21:00"),
    ("P4", L("2025-12-17", "HIS", GB), "Ill", "ОРВИ", "2025-12-17T10:25:00.6"),
    ("P4", L("2026-01-13", "RUS"), "Late", "", "2026-01-13T10:25:30.2"),
    ("P2", L("2026-01-15", "TEC"), "Absent", "", "2026-01-15T10:21:00.9"),
    ("P6", L("2026-01-15", "HIS"), "Late", "автобус", "2026-01-15T07:52:00.4"),   # the zero lesson
]
REMOVED_ENTRY = ("P5", L("2026-01-12", "RUS"), "Absent", "", "2026-01-12T09:21:00.5")  # dropped on the re-pull


# ---------------------------------------------------------------- shapes --------------------------------------------
def twin(obj, key, value):
    obj[key] = value
    obj[key + "_str"] = None if value is None else str(value)


def at(day, hhmm):
    return f"{day}T{hhmm}:00"


def work_json(w, mark_type_case=None):
    lesson = w["lesson"]
    date, _ = ldate(lesson)
    o = {}
    twin(o, "id", w["id"])
    o.update({"type": w["type"], "workType": w["workType"], "markType": mark_type_case or w["markType"],
              "markCount": w["markCount"]})
    twin(o, "lesson", lesson.id)
    o["displayInJournal"] = w["type"] != "Homework"
    o["status"] = "Sent"
    twin(o, "eduGroup", lesson.group)
    tasks = []
    if w["type"] == "Homework":
        members = members_at(lesson.group, date)
        for i, p in enumerate(members):
            t = {}
            twin(t, "id", TASK_BASE + (w["id"] - WORK_BASE) * 10 + i)
            twin(t, "person", pid(p))
            twin(t, "work", w["id"])
            t.update({"status": "NotStarted", "targetDate": w["target"] + "T00:00:00"})
            tasks.append(t)
    half = 1 if date < "2026-01-01" else 2
    o.update({"tasks": tasks, "text": w["text"], "periodNumber": half, "periodType": "HalfYear",
              "subjectId": SUBJ[lesson.subj][0], "isImportant": w["kind_key"] == "KR",
              "targetDate": (w["target"] or date) + "T00:00:00", "sentDate": w["sent"],
              "createdBy": lesson.teacher, "files": list(w["files"]), "oneDriveLinks": []})
    return o


TMAP = {t[0]: t for t in list(TEACHERS.values()) + [SUBSTITUTE]}


def members_at(group, date):
    if group == G:
        return CLASS_A_DEC if date < "2026-01-01" else CLASS_A_JAN
    return CLASS_B_DEC if date < "2026-01-01" else CLASS_B_JAN


def subject_json(k):
    i, name, area = SUBJ[k]
    return {"id": i, "id_str": str(i), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def lesson_entity(lesson, mark_type_case=None):
    date, number = ldate(lesson)
    o = {}
    twin(o, "id", lesson.id)
    o.update({"title": lesson.title, "date": at(date, BELLS[number][0]), "number": number,
              "subject": subject_json(lesson.subj), "group": lesson.group, "status": "Conducted",
              "resultPlaceId": 0, "works": [work_json(w, mark_type_case) for w in lesson.works],
              "teachers": [lesson.teacher], "teachers_str": [str(lesson.teacher)]})
    return o


def lesson_flat(lesson):
    date, number = ldate(lesson)
    b, e = BELLS[number]
    return {"id": lesson.id, "title": lesson.title, "date": at(date, b), "number": number,
            "subjectId": SUBJ[lesson.subj][0], "status": "Conducted", "resultPlaceId": 0, "building": "Главный корпус",
            "place": lesson.room, "floor": lesson.room[0] if lesson.room[0].isdigit() else "1", "hours": f"{b} - {e}",
            "works": [w["id"] for w in lesson.works], "teachers": [lesson.teacher],
            "teachers_str": [str(lesson.teacher)]}


def mark_json(m):
    w = m["work"]
    o = {}
    twin(o, "id", m["id"])
    o.update({"type": m["type"], "value": m["value"], "textValue": None if m is LATE_MARK else m["value"]})
    twin(o, "person", pid(m["p"]))
    twin(o, "work", w["id"])
    twin(o, "lesson", w["lesson"].id)
    o.update({"number": m["number"], "date": m["date"], "workType": w["workType"],
              "mood": "Good" if m["value"][0] in "45" or m["value"] in ("87", "100", "9", "10") else
              ("Average" if m["value"][0] in "37" or m["value"] == "64" else "Bad"),
              "use_avg_calc": m["use_avg"]})
    return o


def entry_json(p, lesson, status, comment, created):
    o = {}
    twin(o, "person", pid(p))
    twin(o, "lesson", lesson.id)
    o.update({"comment": comment, "status": status, "createdDate": created})
    return o


def lessons_in(group, dates, exclude=(), extra=(), moved_visible=True):
    out = []
    for (g, d, s, n), lesson in LESSONS.items():
        if g != group or lesson in exclude:
            continue
        date, _ = ldate(lesson, moved_visible)
        if date in dates:
            out.append(lesson)
    out += [x for x in extra if ldate(x)[0] in dates]
    return sorted(out, key=lambda x: (ldate(x, moved_visible), x.id))


BEFORE_MOVE = [False]   # while True, the moved lesson has not been held: no marks, no log entries on it


def marks_of(lessons, persons=None, with_late=False):
    ids = {x.id for x in lessons if not (BEFORE_MOVE[0] and x is MOVED)}
    return [m for m in MARKS if m["work"]["lesson"].id in ids and (persons is None or m["p"] in persons)
            and (with_late or m is not LATE_MARK)]


ENTRY_REMOVED = [False]   # from step 7 on, Мельникова's Absent of 2026-01-12 is gone from every answer


def entries_of(lessons, subj=None, dropped=None):
    dropped = ENTRY_REMOVED[0] if dropped is None else dropped
    out = []
    for lesson in lessons:
        if (subj and lesson.subj != subj) or (BEFORE_MOVE[0] and lesson is MOVED):
            continue
        date, _ = ldate(lesson)
        for p in members_at(lesson.group, date):
            special = [a for a in ATT if a[0] == p and a[1] is lesson]
            if REMOVED_ENTRY[0] == p and REMOVED_ENTRY[1] is lesson:
                if dropped:
                    continue
                special = [REMOVED_ENTRY]
            if special:
                out.append(entry_json(*special[0]))
            else:
                b, _ = BELLS[ldate(lesson)[1]]
                out.append(entry_json(p, lesson, "Attend", "", f"{date}T{b}:0{lesson.number}.{lesson.id % 97}"))
    return out


def file_json(n):
    f = FILES[n]
    t = TEACHERS["PHY"] if n < 3 else TEACHERS["RUS"]
    o = {}
    twin(o, "id", FILE_BASE + n)
    o.update({"name": f["name"], "typeGroup": "Document" if f["type"] != "png" else "Image", "type": f["type"],
              "pageUrl": f"https://dnevnik.ru/files/{FILE_BASE + n}", "downloadUrl": f"https://dnevnik.ru/files/download/{FILE_BASE + n}",
              "user": {"id": t[1], "id_str": str(t[1]), "personId": t[0], "personId_str": str(t[0]),
                       "shortName": f"{t[2]} {t[3][0]}. {t[4][0]}."},
              "size": f["size"], "vote": None, "uploadedDate": "2025-12-16T15:38:00.57", "storageType": "Local"})
    return o


def person_json(t, key_user=True):
    o = {}
    twin(o, "id", t[0])
    twin(o, "userId", t[1])
    o.update({"firstName": t[3], "lastName": t[2], "middleName": t[4], "shortName": f"{t[2]} {t[3][0]}. {t[4][0]}.",
              "sex": t[5]})
    return o


def user_json(person, user, last, first, middle, sex, birthday, roles):
    o = {}
    twin(o, "id", user)
    twin(o, "personId", person)
    o.update({"name": f"{first} {last}", "email": "", "login": f"u{user % 100000}", "fullName": f"{last} {first} {middle}",
              "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle,
              "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+12:00",
              "sex": sex, "photoSmall": None, "photoMedium": None, "photoLarge": None,
              "birthday": (birthday or "1980-01-01") + "T00:00:00", "roles": roles, "phone": ""})
    return o


def group_json(g, name):
    o = {}
    twin(o, "id", g)
    o.update({"parentIds": None, "parentIds_str": None, "type": "Group", "name": name, "fullName": "", "parallel": 8})
    twin(o, "timetable", 1000006400011)
    o.update({"status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"})
    return o


def schedules(p, group, dates, lessons):
    days = []
    subj_keys = sorted({x.subj for x in lessons})
    for d in dates:
        day_lessons = [x for x in lessons if ldate(x)[0] == d]
        works = [w for x in day_lessons for w in x.works if w["type"] != "Homework"]
        hws = [w for x in day_lessons for w in x.works if w["type"] == "Homework"]
        marks = [m for m in marks_of(day_lessons, [p])]
        entries = [e for e in entries_of(day_lessons) if e["person_str"] == str(pid(p))]
        teachers = sorted({x.teacher for x in day_lessons})
        days.append({
            "date": d + "T00:00:00", "lessons": [lesson_flat(x) for x in day_lessons],
            "marks": [mark_json(m) for m in marks], "works": [work_json(w) for w in works],
            "homeworks": [work_json(w) for w in hws],
            "subjects": [{"id": SUBJ[k][0], "name": SUBJ[k][1], "knowledgeAreaId": 1 + list(SUBJ).index(k)}
                         for k in subj_keys if any(x.subj == k for x in day_lessons)],
            "workTypes": [{"id": WT[k][0], "schoolId": S, "abbreviation": WT[k][3], "name": WT[k][2],
                           "isFinal": k == "HY", "isImportant": k == "KR", "kindId": WT[k][0] - 3000, "kind": WT[k][1]}
                          for k in sorted({w["kind_key"] for x in day_lessons for w in x.works})],
            "lessonLogEntries": entries,
            "teachers": [{"person": person_json(TMAP[t]), "role": "Teacher"} for t in teachers],
            "nextDate": None})
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    return {"days": days}


def homework_bundle(lessons):
    hws = [w for x in lessons for w in x.works if w["type"] == "Homework"]
    files = sorted({f for w in hws for f in w["files"]})
    subj = sorted({w["lesson"].subj for w in hws}, key=list(SUBJ).index)
    teachers = sorted({w["lesson"].teacher for w in hws})
    return {"works": [work_json(w) for w in hws],
            "subjects": [{"id": SUBJ[k][0], "name": SUBJ[k][1], "knowledgeAreaId": 1 + list(SUBJ).index(k)} for k in subj],
            "lessons": [lesson_flat(w["lesson"]) for w in hws],
            "files": [file_json(f - FILE_BASE) for f in files],
            "teachers": [person_json(TMAP[t]) for t in teachers]}


# ---------------------------------------------------------------- the journey ---------------------------------------
STEPS = []


def step(name):
    STEPS.append({"name": name, "batches": [[]]})


def batch():
    STEPS[-1]["batches"].append([])


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled + TZ
    STEPS[-1]["batches"][-1].append(r)


def get(path, prefix="/v2/"):
    return "GET " + (prefix + path if prefix is not None else path)


def membership(pulled, a_members, b_members):
    out = []
    for g, name, members, archived in ((G, "8А", a_members, []), (GB, "8Б", b_members, [])):
        out.append({"group": group_json(g, name), "students": [{"person": pid(p), "person_str": str(pid(p)),
                                                                 "membershipstatus": "Active"} for p in members]})
    return out


def persons_of(members):
    return [person_json((pid(p), PUPILS[p][1], PUPILS[p][2], PUPILS[p][3], PUPILS[p][4], PUPILS[p][5])) for p in members]


def week(group, dates):
    return f"{dates[0]}/{dates[-1]}"


# 1 ------------------------------------------------------------------------------------------------------------------
step("1. school and reference data (2025-12-15): school at UTC+12 (`timeZone: 12`, users `timezone: \"+12:00\"`, "
     "§2, §3.10), weighted average; subjects; standalone work types with weights, a `mark10` and a `mark100` work "
     "type (§3.3, §5); the half-years (`HalfYear`, §3.12) and the holidays across the new year; classes 8А and 8Б; "
     "POST edu-groups with December's memberships (§3.8); persons, users, class teacher")
P0 = "2025-12-15T07:00:00"
rec(get(f"schools/{S}"), {"id": S, "id_str": str(S), "name": "МАОУ «Средняя школа № 4»",
                          "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 4» Петропавловск-Камчатского городского округа",
                          "avatarSmall": None, "city": "Петропавловск-Камчатский",
                          "municipality": "Петропавловск-Камчатский городской округ", "regionid": 41,
                          "markType": "mark5", "timeZone": 12, "uses_avg": True, "uses_weighted_avg": True,
                          "educationType": "Regular", "tsoCityId": 4101, "tsoRegionTreePath": "41."}, P0)
rec(get(f"schools/{S}/subjects"), [dict(subject_json(k), espSubjectName=None, halfYear=False) for k in SUBJ], P0)
rec(get(f"work-types/{S}"), [{"id": v[0], "schoolId": S, "kindId": v[0] - 3000, "kind": v[1], "title": v[2],
                              "abbr": v[3], "weight": v[4]} for v in WT.values()], P0)
rec(get("marks/values"), {"mark5": ["1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-", "5", "5+"],
                          "mark10": [str(i) for i in range(1, 11)], "mark100": [str(i) for i in range(0, 101)],
                          "test": ["зачёт", "незачёт"]}, P0)
rec(get(f"edu-groups/{G}/timetables"),
    [{"Name": "Расписание звонков 2025/26", "Start": "2025-09-01T00:00:00", "FirstLessonNumber": 0,
      "Items": [{"Id": 1000006400100 + n, "Start": b, "Finish": e, "Name": f"{n} урок", "Type": "Lesson",
                 "DaysOfWeek": ["Thursday"] if n == 0 else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                 "LessonNumber": n} for n, (b, e) in sorted(BELLS.items())]}], P0)
rp = [{"id": p[0], "id_str": str(p[0]), "start": p[3] + "T00:00:00", "finish": p[4] + "T00:00:00", "number": p[1],
       "type": "HalfYear", "name": p[2], "year": 2025} for p in (HY1, HY2)]
for g in (G, GB):
    rec(get(f"edu-groups/{g}/reporting-periods"), rp, P0)
rec(get(f"edu-groups/{G}/reporting-period-group"),
    {"id": RPG, "reportingPeriods": rp,
     "holidays": [{"id": h[0], "reportingPeriodGroupId": RPG, "dateStart": h[1] + "T00:00:00",
                   "dateFinish": h[2] + "T00:00:00", "name": h[3], "description": ""} for h in HOLIDAYS]}, P0)
rec(get(f"schools/{S}/edu-groups"), [group_json(G, "8А"), group_json(GB, "8Б")], P0)
rec("POST /v2/edu-groups", membership(P0, CLASS_A_DEC, CLASS_B_DEC), P0, request_body=[G, GB])
rec(get(f"edu-groups/{G}/persons?includeArchive=false"), persons_of(CLASS_A_DEC), P0)
rec(get(f"edu-groups/{GB}/persons?includeArchive=false"), persons_of(CLASS_B_DEC), P0)
users = [user_json(v[0], v[1], v[2], v[3], v[4], v[5], v[6], ["EduStudent"]) for v in PUPILS.values() if v[1]]
users += [user_json(t[0], t[1], t[2], t[3], t[4], t[5], None, ["EduStaff"]) for t in TEACHERS.values()]
rec("POST /v2/users/many", users, P0, request_body=[u["id"] for u in users])
rec(get(f"edu-groups/{G}/classteacher"), person_json(TEACHERS["ALG"]), P0)
rec(get(f"edu-groups/{GB}/classteacher"), person_json(TEACHERS["HIS"]), P0)


def week_pull(label, dates, pulled, a_dates_lessons, b_lessons, a_persons, b_persons, schedule_query=None):
    la = a_dates_lessons
    rec(get(f"edu-groups/{G}/persons?includeArchive=false"), persons_of(a_persons), pulled)
    rec(get(f"edu-groups/{GB}/persons?includeArchive=false"), persons_of(b_persons), pulled)
    rec(get(f"edu-groups/{G}/lessons/{week(G, dates)}"), [lesson_entity(x) for x in la], pulled)
    rec(get(f"edu-groups/{GB}/lessons/{week(GB, dates)}"), [lesson_entity(x) for x in b_lessons], pulled)
    batch()
    rec(get(f"edu-groups/{G}/marks/{week(G, dates)}"), [mark_json(m) for m in marks_of(la)], pulled)
    rec(get(f"edu-groups/{GB}/marks/{week(GB, dates)}"), [mark_json(m) for m in marks_of(b_lessons)], pulled)
    global alg16
    if label == "A":
        rec(get(f"persons/{pid('P1')}/schools/{S}/marks/{dates[0]}/{dates[-1]}"),
            [mark_json(m) for m in marks_of(la, ["P1"])], pulled)
        alg16 = L("2025-12-16", "ALG")
        rec(get(f"lessons/{alg16.id}/log-entries"), entries_of([alg16]), pulled)
    batch()
    for k in SUBJ:
        if any(x.subj == k for x in la):
            rec(get(f"lesson-log-entries/group/{G}?subject={SUBJ[k][0]}&from={dates[0]}&to={dates[-1]}"),
                entries_of(la, k), pulled)
    for k in ("ALG", "HIS"):
        rec(get(f"lesson-log-entries/group/{GB}?subject={SUBJ[k][0]}&from={dates[0]}&to={dates[-1]}"),
            entries_of(b_lessons, k), pulled)
    batch()
    rec(get(f"users/me/school/{S}/homeworks?startDate={dates[0]}&endDate={dates[-1]}"), homework_bundle(la), pulled)
    batch()
    q = schedule_query or f"startDate={dates[0]}&endDate={dates[-1]}"
    for p in a_persons:
        rec(get(f"persons/{pid(p)}/groups/{G}/schedules?{q}"), schedules(p, G, dates, la), pulled)
    for p in b_persons:
        rec(get(f"persons/{pid(p)}/groups/{GB}/schedules?{q}"), schedules(p, GB, dates, b_lessons), pulled)


# 2 ------------------------------------------------------------------------------------------------------------------
step("2. week 2025-12-15..19 (pulled Friday evening): lessons of 8А and 8Б (entity shape, §3.4; local times at "
     "UTC+12, §2), marks (mark100 physics lab marked around midnight, an algebra test marked in the evening, a "
     "numeric mark with use_avg_calc false, §3.1, §5), attendance per subject (§3.5), the homework bundle with two "
     "files (§3.7), schedules of every pupil (§0); the Friday physics lesson is still on Friday 19th, slot 5")
PA = "2025-12-19T19:00:00"
LA_orig = lessons_in(G, WEEK_A, moved_visible=False)


def _week_a_before_move():
    global MOVED_TO
    saved, MOVED_TO = MOVED_TO, (MOVED.date, MOVED.number)
    BEFORE_MOVE[0] = True
    try:
        # before the move: the lesson is on 12-19; its marks and homework do not exist yet
        hw_saved = list(MOVED.works)
        MOVED.works[:] = [w for w in MOVED.works if w["type"] != "Homework"]
        week_pull("A", WEEK_A, PA, LA_orig, lessons_in(GB, WEEK_A), CLASS_A_DEC, CLASS_B_DEC)
        MOVED.works[:] = hw_saved
    finally:
        MOVED_TO = saved
        BEFORE_MOVE[0] = False


_week_a_before_move()

# 3 ------------------------------------------------------------------------------------------------------------------
step("3. week 2025-12-22..26 (pulled Friday evening): the physics lesson of Friday 19th now sits on Monday 22nd, "
     "slot 6 (same lesson id, new `date` and `number`), with its marks, a Late entry and homework; a dictation, a "
     "`mark10` technology project, the physics test marked on Friday evening; homework set on 26th due after the "
     "holidays, one with a long text (§3.2, §3.7)")
PB = "2025-12-26T19:00:00"
week_pull("B", WEEK_B, PB, lessons_in(G, WEEK_B), lessons_in(GB, WEEK_B), CLASS_A_DEC, CLASS_B_DEC)

# 4 ------------------------------------------------------------------------------------------------------------------
step("4. half-year close (2025-12-27): final marks of 1 полугодие for 8А and 8Б (hyphenated keys, `lesson: null`, "
     "§3.13), avg-marks over 2025-09-01T00:00:00/2025-12-26T23:59:59 (full ISO date-times, §2), and the sync job's "
     "rolling re-pull of the previous week: the lessons and schedules of 2025-12-15..19 no longer hold the moved "
     "physics lesson (it is in the 22..26 answer, §7)")
PC = "2025-12-27T10:00:00"
FINALS = {  # group -> {pupil: {subject: value}}
    G: {"P1": {"ALG": "5", "RUS": "5", "PHY": "4"}, "P2": {"ALG": "3", "RUS": "4", "PHY": "4"},
        "P3": {"ALG": "4", "RUS": "5", "PHY": "5"}, "P5": {"ALG": "5", "RUS": "4", "HIS": "4"},
        "P6": {"ALG": "3", "RUS": "3", "PHY": "3"}},
    GB: {"P4": {"ALG": "4", "HIS": "5"}, "P7": {"ALG": "5", "HIS": "5"}},
}
_f = [0]
for g, table in FINALS.items():
    body = []
    for p, subs in table.items():
        psf = []
        for k, v in subs.items():
            _f[0] += 1
            fm = {}
            twin(fm, "id", 2260325488552500000 + _f[0])
            fm.update({"type": "mark5", "value": v, "textValue": v})
            twin(fm, "person", pid(p))
            twin(fm, "work", 2260325488552600000 + _f[0])
            twin(fm, "lesson", None)
            fm.update({"number": 0, "date": f"2025-12-26T17:{10 + _f[0]:02d}:00.5", "workType": WT["HY"][0],
                       "mood": "Good" if v in "45" else "Average", "use_avg_calc": False})
            psf.append({"subject": SUBJ[k][0], "subject_str": str(SUBJ[k][0]), "final-mark": fm})
        e = {}
        twin(e, "person", pid(p))
        twin(e, "group", g)
        twin(e, "reportingPeriod", HY1[0])
        e["per-subject-final-marks"] = psf
        body.append(e)
    rec(get(f"edu-groups/{g}/final-marks"), body, PC)
AVG = {G: {"P1": {"ALG": "4.82", "RUS": "4.67"}, "P2": {"ALG": "3.41", "PHY": "3.9"}, "P6": {"ALG": "2.95"}},
       GB: {"P4": {"ALG": "3.76"}}}
for g, table in AVG.items():
    rec(get(f"edu-groups/{g}/avg-marks/2025-09-01T00:00:00/2025-12-26T23:59:59"),
        [{"person": pid(p), "person_str": str(pid(p)),
          "per-subject-averages": [{"subject": SUBJ[k][0], "subject_str": str(SUBJ[k][0]), "avg-mark-value": v}
                                   for k, v in subs.items()]} for p, subs in table.items()], PC)
batch()
LA_after = lessons_in(G, WEEK_A)   # the moved lesson is no longer in this range
rec(get(f"edu-groups/{G}/lessons/{week(G, WEEK_A)}"), [lesson_entity(x) for x in LA_after], PC)
rec(get(f"edu-groups/{G}/marks/{week(G, WEEK_A)}"), [mark_json(m) for m in marks_of(LA_after)], PC)
for p in CLASS_A_DEC:
    rec(get(f"persons/{pid(p)}/groups/{G}/schedules?startDate={WEEK_A[0]}&endDate={WEEK_A[-1]}"),
        schedules(p, G, WEEK_A, LA_after), PC)

# 5 ------------------------------------------------------------------------------------------------------------------
step("5. winter holidays (pulled 2026-01-04): the class lessons answer for 2025-12-29..2026-01-09 is []; the physics "
     "test of Friday 2025-12-26 gets a late mark on 2026-01-03, delivered by lessons/{l}/marks and by "
     "persons/{p}/marks/{date} (by mark date, §3.1)")
PD = "2026-01-04T12:00:00"
rec(get(f"edu-groups/{G}/lessons/2025-12-29/2026-01-09"), [], PD)
rec(get(f"edu-groups/{GB}/lessons/2025-12-29/2026-01-09"), [], PD)
phy26 = L("2025-12-26", "PHY")
rec(get(f"lessons/{phy26.id}/marks"), [mark_json(m) for m in marks_of([phy26], with_late=True)], PD)
rec(get(f"persons/{pid('P2')}/marks/2026-01-03"), [mark_json(LATE_MARK)], PD)

# 6 ------------------------------------------------------------------------------------------------------------------
step("6. second half-year starts (pulled Tuesday 2026-01-13): POST edu-groups now lists Комаров Илья in 8А (Active) "
     "and in 8Б as `membershipstatus: Archive` (§3.8); 8А's persons; the week's lessons as planned (История on "
     "Wednesday slot 4); the Russian attendance so far, with an Absent for Мельникова on Monday")
PE = "2026-01-13T19:00:00"
memb = membership(PE, CLASS_A_JAN, CLASS_B_JAN)
memb[1]["students"].insert(0, {"person": pid("P4"), "person_str": str(pid("P4")), "membershipstatus": "Archive"})
rec("POST /v2/edu-groups", memb, PE, request_body=[G, GB])
rec(get(f"edu-groups/{G}/persons?includeArchive=false"), persons_of(CLASS_A_JAN), PE)
rec(get(f"edu-groups/{GB}/persons?includeArchive=false"), persons_of(CLASS_B_JAN), PE)
rec(get(f"edu-groups/{GB}/persons?includeArchive=true"), persons_of(["P4"] + CLASS_B_JAN), PE)
batch()
LC_planned = lessons_in(G, WEEK_C)
rec(get(f"edu-groups/{G}/lessons/{week(G, WEEK_C)}"), [lesson_entity(x) for x in LC_planned], PE)
rec(get(f"edu-groups/{GB}/lessons/{week(GB, WEEK_C)}"), [lesson_entity(x) for x in lessons_in(GB, WEEK_C)], PE)
rec(get(f"users/me/school/{S}/homeworks?startDate={WEEK_C[0]}&endDate={WEEK_C[-1]}"), homework_bundle(LC_planned), PE)
rec(get(f"persons/{pid('P4')}/edu-groups"), [group_json(G, "8А")], PE)
rus_c = [x for x in LC_planned if x.subj == "RUS" and x.date <= "2026-01-13"]
rec(get(f"lesson-log-entries/group/{G}?subject={SUBJ['RUS'][0]}&from={WEEK_C[0]}&to={WEEK_C[-1]}"),
    entries_of(rus_c, "RUS"), PE)

# 7 ------------------------------------------------------------------------------------------------------------------
step("7. end of the week (pulled Friday 2026-01-16): Wednesday's История lesson was cancelled (absent from the "
     "re-pull of the same lessons request, §7) and its slot taken by an algebra lesson of a substitute teacher "
     "named only by persons/{id} (§3.9); marks (a `Mark5`-cased work markType, §5 [?]); the Russian log entries "
     "re-pulled with the query in another order (`to`, `from`, `subject`), without Мельникова's Absent (§3.5); "
     "schedules asked with percent-encoded ISO date-times (§2)")
PF = "2026-01-16T19:00:00"
ENTRY_REMOVED[0] = True
LC = lessons_in(G, WEEK_C, exclude=[CANCELLED], extra=[REPLACEMENT])
rec(get(f"edu-groups/{G}/lessons/{week(G, WEEK_C)}"), [lesson_entity(x, "Mark5") for x in LC], PF)
rec(get(f"persons/{SUBSTITUTE[0]}"), person_json(SUBSTITUTE), PF)
rec(get(f"edu-groups/{GB}/lessons/{week(GB, WEEK_C)}"), [lesson_entity(x) for x in lessons_in(GB, WEEK_C)], PF)
batch()
rec(get(f"edu-groups/{G}/marks/{week(G, WEEK_C)}"), [mark_json(m) for m in marks_of(LC)], PF)
rec(get(f"edu-groups/{GB}/marks/{week(GB, WEEK_C)}"), [mark_json(m) for m in marks_of(lessons_in(GB, WEEK_C))], PF)
batch()
for k in SUBJ:
    if k == "RUS":
        rec(get(f"lesson-log-entries/group/{G}?to={WEEK_C[-1]}&from={WEEK_C[0]}&subject={SUBJ[k][0]}"),
            entries_of(LC, k), PF)
    elif any(x.subj == k for x in LC):
        rec(get(f"lesson-log-entries/group/{G}?subject={SUBJ[k][0]}&from={WEEK_C[0]}&to={WEEK_C[-1]}"),
            entries_of(LC, k), PF)
batch()
rec(get(f"users/me/school/{S}/homeworks?startDate={WEEK_C[0]}&endDate={WEEK_C[-1]}"), homework_bundle(LC), PF)
batch()
enc = f"startDate={WEEK_C[0]}T00%3A00%3A00&endDate={WEEK_C[-1]}T23%3A59%3A59"
for p in CLASS_A_JAN:
    rec(get(f"persons/{pid(p)}/groups/{G}/schedules?{enc}"), schedules(p, G, WEEK_C, LC), PF)

# 8 ------------------------------------------------------------------------------------------------------------------
step("8. parents and late re-pulls (2026-01-16 evening): users/{u}/context of Ёлкин (19-digit user and person ids), "
     "of Комарова, whose son is now in 8А, and of the algebra teacher Ткаченко, who is also Шевчук Матвей's mother "
     "(roles EduStaff + EduParent: one person, two roles, §1, §3.9); POST users/many for the parents and the "
     "substitute; the school raised the weight of Лабораторная работа 2 -> 3 (work-types re-pulled, §3.1: the "
     "weight lives on the WorkType); a physics test mark deleted, seen only in the re-pull of lessons/{l}/marks; "
     "a history mark deleted, seen only in the re-pull of persons/{p}/schools/{s}/marks/{from}/{to} (§7)")
PG = "2026-01-16T20:00:00"
TEACHER_PARENT = (TEACHERS["ALG"][0], TEACHERS["ALG"][1], *TEACHERS["ALG"][2:6], ["P2"])
for key, par in list(PARENTS.items()) + [("TKACHENKO", TEACHER_PARENT)]:
    kids = []
    for c in par[6]:
        v = PUPILS[c]
        kids.append({"personId": v[0], "firstName": v[3], "lastName": v[2], "middleName": v[4],
                     "shortName": f"{v[2]} {v[3][0]}. {v[4][0]}.", "schoolIds": [S], "groupIds": [G]})
    rec(get(f"users/{par[1]}/context"),
        {"userId": par[1], "userId_str": str(par[1]), "personId": par[0], "personId_str": str(par[0]),
         "shortName": f"{par[2]} {par[3][0]}. {par[4][0]}.", "avatarUrl": None,
         "roles": ["EduStaff", "EduParent"] if key == "TKACHENKO" else ["EduParent"],
         "schoolIds": [S], "groupIds": [G, GB] if key == "TKACHENKO" else [],
         "schools": [{"id": S, "name": "МАОУ «Средняя школа № 4»", "type": "School",
                      "groupIds": [G, GB] if key == "TKACHENKO" else []}],
         "eduGroups": [], "children": kids, "splitId": None}, PG)
pu = [user_json(par[0], par[1], par[2], par[3], par[4], par[5], None, ["EduParent"]) for par in PARENTS.values()]
pu.append(user_json(*SUBSTITUTE, None, ["EduStaff"]))
rec("POST /v2/users/many", pu, PG, request_body=[u["id"] for u in pu])
batch()
PH = "2026-01-16T21:30:00"
rec(get(f"work-types/{S}"), [{"id": v[0], "schoolId": S, "kindId": v[0] - 3000, "kind": v[1], "title": v[2],
                              "abbr": v[3], "weight": 3 if k == "LAB" else v[4]} for k, v in WT.items()], PH)
DELETED_MARKS = [m for m in MARKS if (m["p"], m["work"] is SPECIAL["phy_kr"]) == ("P6", True)
                 or (m["p"], m["work"]["lesson"].subj, m["work"]["lesson"].date) == ("P1", "HIS", "2025-12-17")]
assert len(DELETED_MARKS) == 2
rec(get(f"lessons/{phy26.id}/marks"),
    [mark_json(m) for m in marks_of([phy26], with_late=True) if m not in DELETED_MARKS], PH)
rec(get(f"persons/{pid('P1')}/schools/{S}/marks/{WEEK_A[0]}/{WEEK_A[-1]}"),
    [mark_json(m) for m in marks_of(LA_after, ["P1"]) if m not in DELETED_MARKS], PH)
# the teacher withdrew Сидоров's Absent of 2025-12-16 (he was there): only this lesson's log is re-pulled
ATT[:] = [a for a in ATT if not (a[0] == "P6" and a[1] is alg16)]
rec(get(f"lessons/{alg16.id}/log-entries"), [e for e in entries_of([alg16]) if e["person_str"] != str(pid("P6"))], PH)

for s in STEPS:
    s["batches"] = [b for b in s["batches"] if b]

journey = {"vendor": "dnevnik_ru",
           "description": "A third Dnevnik.ru journey: МАОУ «Средняя школа № 4», Петропавловск-Камчатский (school "
                          "timeZone 12, weighted average), class 8А of 2025/26 on half-years, weeks 2025-12-15..19 "
                          "and 22..26, the winter holidays across the new year, and 2026-01-12..16. A moved lesson, a "
                          "cancelled lesson with a substitute, a pupil transferred from 8Б at the half-year, mark10 "
                          "and mark100 marks, a mark set in the holidays, re-pulls with reordered and encoded queries.",
           "steps": STEPS}
OUT.write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{sum(len(b) for s in STEPS for b in s['batches'])} records in {len(STEPS)} steps -> {OUT.name}")
