"""Write journey.json: Dnevnik.ru journey 6 (Новосибирск, UTC+7; 7В on quarters and 10А on half-years, a fortnight
2025-11-10 .. 2025-11-21, parents whose children lists change).

Standard library only; deterministic (same bytes on every run). Ids are Python ints, so ids above 2^53 are written
exactly by json.dump. Written from /work/shared/reference/dnevnik_ru.md (cited §N); see README.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+07:00"

SCHOOL = 1000002401006
G7, G10 = 2260325488554000701, 2260325488554001001
STUDYYEAR = 2025


def twin(key: str, value: int | None) -> dict:
    return {key: value, f"{key}_str": None if value is None else str(value)}


# --- subjects, teachers ---------------------------------------------------------------------------------------
SUBJ = {  # name -> (id, knowledge area)
    "Математика": (2260325488554020001, "Математика и информатика"),
    "Русский язык": (2260325488554020002, "Русский язык и литература"),
    "Английский язык": (2260325488554020003, "Иностранные языки"),
    "Алгебра": (2260325488554020004, "Математика и информатика"),
    "Физика": (2260325488554020005, "Естественнонаучные предметы"),
    "Литература": (2260325488554020006, "Русский язык и литература"),
}
# person id -> (user id, last, first, middle, sex)
TEACHERS = {
    1000012800901: (1000011800901, "Кравец", "Инна", "Павловна", "Female"),
    1000012800902: (1000011800902, "Лосева", "Дарья", "Олеговна", "Female"),
    2260325488554090903: (2260325488554080903, "Мамедова", "Гюльнара", "Ильхам кызы", "Female"),
    1000012800904: (1000011800904, "Семёнов", "Аркадий", "Львович", "Male"),
    1000012800905: (1000011800905, "Нуриев", "Ринат", "Рашитович", "Male"),
}
KRAVETS, LOSEVA, MAMEDOVA, SEMENOV, NURIEV = TEACHERS
TEACHER_OF = {(G7, "Математика"): KRAVETS, (G7, "Русский язык"): LOSEVA, (G7, "Английский язык"): MAMEDOVA,
              (G10, "Алгебра"): SEMENOV, (G10, "Физика"): NURIEV, (G10, "Литература"): LOSEVA}
CLASS_TEACHER = {G7: KRAVETS, G10: SEMENOV}
RENAMED = {LOSEVA: "Лосева-Громова"}  # from the 2025-11-21 users/many on

# --- pupils and parents -----------------------------------------------------------------------------------------
# person id -> (user id or None, last, first, middle, sex, group)
PUPILS = {
    1000012800001: (1000011800001, "Артемьева", "Злата", "Игоревна", "Female", G7),
    2260325488554100702: (2260325488554110702, "Бондарь", "Лев", "Романович", "Male", G7),
    1000012800003: (1000011800003, "Гаврилова", "Ника", "Павловна", "Female", G7),
    1000012800004: (None, "Дьячков", "Ян", "Сергеевич", "Male", G7),
    1000012800011: (1000011800011, "Артемьев", "Егор", "Игоревич", "Male", G10),
    2260325488554101012: (2260325488554111012, "Жукова", "Майя", "Андреевна", "Female", G10),
    1000012800013: (1000011800013, "Зуев", "Тимофей", "Олегович", "Male", G10),
}
A1, A2, A3, A4, B1, B2, B3 = PUPILS
CLASS_PUPILS = {G7: [A1, A2, A3, A4], G10: [B1, B2, B3]}
# parent user id -> (person id, last, first, middle)
PARENTS = {
    1000011800101: (1000012800101, "Артемьева", "Ольга", "Викторовна"),
    2260325488554900201: (2260325488554900202, "Бондарь", "Роман", "Ильич"),
    1000011800103: (1000012800103, "Гаврилов", "Павел", "Андреевич"),
    1000011800112: (1000012800112, "Жуков", "Андрей", "Николаевич"),
}
ARTEMIEVA, BONDAR, GAVRILOV, ZHUKOV = PARENTS

# --- calendar ---------------------------------------------------------------------------------------------------
PERIODS = {  # group -> [(id, type, number, name, start, finish)]
    G7: [(1000007800101, "Quarter", 1, "1 четверть", "2025-09-01", "2025-10-24"),
         (1000007800102, "Quarter", 2, "2 четверть", "2025-11-05", "2025-12-26"),
         (1000007800103, "Quarter", 3, "3 четверть", "2026-01-12", "2026-03-20"),
         (1000007800104, "Quarter", 4, "4 четверть", "2026-03-30", "2026-05-26")],
    G10: [(1000007800201, "HalfYear", 1, "1 полугодие", "2025-09-01", "2025-12-26"),
          (1000007800202, "HalfYear", 2, "2 полугодие", "2026-01-12", "2026-05-26")],
}
PERIOD_GROUP = {G7: 1000007800100, G10: 1000007800200}
HOLIDAYS = [("Осенние каникулы", "2025-10-25", "2025-11-04", "в т. ч. 4 ноября — День народного единства"),
            ("Зимние каникулы", "2025-12-27", "2026-01-11", ""),
            ("Весенние каникулы", "2026-03-21", "2026-03-29", "")]

BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20")}
ROOM = {"Математика": "204", "Русский язык": "208", "Английский язык": "311 (лингафонный)", "Алгебра": "301",
        "Физика": "305-а", "Литература": "208"}
TIMETABLE = {  # group -> weekday (0=Mon) -> [(slot, subject)]
    G7: {0: [(1, "Математика"), (2, "Русский язык")], 1: [(1, "Английский язык"), (2, "Математика")],
         2: [(1, "Математика"), (2, "Русский язык")], 3: [(1, "Английский язык"), (2, "Математика")],
         4: [(1, "Математика"), (2, "Русский язык")]},
    G10: {0: [(3, "Алгебра"), (4, "Физика")], 1: [(3, "Литература"), (4, "Алгебра")],
          2: [(3, "Алгебра"), (4, "Физика")], 3: [(3, "Литература"), (4, "Алгебра")],
          4: [(3, "Алгебра"), (4, "Физика")]},
}
WEEK1 = [dt.date(2025, 11, 10) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [dt.date(2025, 11, 17) + dt.timedelta(days=i) for i in range(5)]

NFD_I = "\u0438\u0306"  # "й" as a Mac keyboard pastes it (и + combining breve)
TOPICS = {
    (G7, "Математика"): ["Линейные неравенства", "Неравенства с модулем: |x − 3| ≤ 5", "Системы неравенств",
                         "Решение задач", "Контрольная работа № 3 «Неравенства»",
                         "Анализ контрольной работы", "Степень с натуральным показателем: aⁿ·aᵐ",
                         "Задачи на движение", "Задачи на движение (продолжение)", "Самостоятельная работа"],
    (G7, "Русский язык"): ["Причастный оборот", "Обособление причастных оборотов", "Диктант с грамматическим заданием",
                           "Деепричастие как часть речи", "Деепричастный оборот; запятые при нём",
                           "Правописание НЕ с деепричастиями"],
    (G7, "Английский язык"): ["Unit 4. Travel: «Have you ever…?»", "Present Perfect vs Past Simple",
                              "Reading: 'A journey to St Petersburg'", "Vocabulary quiz — Unit 4"],
    (G10, "Алгебра"): ["Тригонометрическая окружность", "Радианная мера угла (π/6, π/4, π/3)",
                       "sin²α + cos²α = 1", "Формулы приведения", "Самостоятельная работа по теме «Формулы приведения»",
                       "Формулы сложения", "Контрольная работа № 2", "Синус и косинус двойного угла",
                       "Решение задач", "Зачёт по теме «Тригонометрия»"],
    (G10, "Физика"): ["Закон Ома для участка цепи", "Лабораторная работа № 3 «Измерение сопротивления»",
                      "Последовательное и параллельное соединение", "ЭДС. Закон Ома для полной цепи",
                      "Работа и мощность тока", "Решение задач: R₁ ‖ R₂"],
    (G10, "Литература"): ["М. Ю. Лермонтов. «Геро" + NFD_I + " нашего времени»: композиция",
                          "«Тамань» и «Фаталист»", "Печорин и Грушницкий", "Печорин и Вернер — «двойники»?"],
}


def lesson_id(group: int, day: dt.date, slot: int) -> int:
    base = 2260325488554300000 if group == G7 else 2260325488554350000
    return base + (day.toordinal() - dt.date(2025, 11, 10).toordinal()) * 10 + slot


def default_work(lesson: int) -> int:
    return lesson + 1_000_000


def homework_work(lesson: int) -> int:
    return lesson + 2_000_000


# Every planned lesson: id -> dict(group, subject, date, slot, title)
LESSONS: dict[int, dict] = {}
for group, days in TIMETABLE.items():
    counters: dict[str, int] = {}
    for day in WEEK1 + WEEK2:
        for slot, subject in days[day.weekday()]:
            n = counters.get(subject, 0)
            counters[subject] = n + 1
            LESSONS[lesson_id(group, day, slot)] = {"group": group, "subject": subject, "date": day, "slot": slot,
                                                    "title": TOPICS[(group, subject)][n]}

RETITLED = {lesson_id(G10, dt.date(2025, 11, 20), 3): "Печорин и Вернер: «двойники»? (урок-дискуссия)"}
MOVED = lesson_id(G7, dt.date(2025, 11, 19), 1)  # Wednesday maths, moved to Thursday slot 3 (step 4)
MOVED_TO = (dt.date(2025, 11, 20), 3)
CANCELLED = lesson_id(G10, dt.date(2025, 11, 19), 4)  # Wednesday physics, cancelled (step 5)

# --- work types (standalone shape, §3.3) --------------------------------------------------------------------------
WT_ANSWER, WT_SELF, WT_TEST, WT_HOME, WT_PERIOD, WT_LAB, WT_DICT = (2260325488554010101 + i for i in range(7))
WORK_TYPES = [(WT_ANSWER, 1, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SELF, 2, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_TEST, 3, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_HOME, 4, "Homework", "Домашнее задание", "ДЗ", 1),
              (WT_PERIOD, 5, "PeriodMark", "Четвертная оценка", "ЧО", 0),
              (WT_LAB, 6, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
              (WT_DICT, 7, "CommonWork", "Диктант", "Д", 2)]
WT_KIND = {wt[0]: wt[2] for wt in WORK_TYPES}


def lesson_on(group: int, day: str, subject: str, nth: int = 0) -> int:
    found = sorted(i for i, l in LESSONS.items() if l["group"] == group and l["date"].isoformat() == day
                   and l["subject"] == subject)
    return found[nth]


# Lesson work types: a lesson's default work has this work type (else Ответ на уроке)
LESSON_WT = {
    lesson_on(G7, "2025-11-14", "Математика"): WT_TEST,
    lesson_on(G7, "2025-11-12", "Русский язык"): WT_DICT,
    lesson_on(G10, "2025-11-12", "Физика"): WT_LAB,
    lesson_on(G10, "2025-11-14", "Алгебра"): WT_SELF,
    lesson_on(G10, "2025-11-18", "Алгебра"): WT_TEST,
    lesson_on(G7, "2025-11-21", "Математика"): WT_SELF,
}

# Marks: (lesson, pupil, value, use_avg_calc, minutes after the lesson start the mark was set, fraction digits)
_M = [
    ("G7", "2025-11-10", "Математика", A1, "5", True), ("G7", "2025-11-10", "Математика", A3, "4-", True),
    ("G7", "2025-11-11", "Английский язык", A2, "4+", True), ("G7", "2025-11-11", "Английский язык", A4, "3", True),
    ("G7", "2025-11-12", "Русский язык", A1, "5-", True), ("G7", "2025-11-12", "Русский язык", A2, "3+", True),
    ("G7", "2025-11-12", "Русский язык", A3, "4", True), ("G7", "2025-11-12", "Русский язык", A4, "2", True),
    ("G7", "2025-11-14", "Математика", A1, "4", True), ("G7", "2025-11-14", "Математика", A2, "3", True),
    ("G7", "2025-11-14", "Математика", A3, "5", True), ("G7", "2025-11-14", "Математика", A4, "3-", True),
    ("G10", "2025-11-10", "Алгебра", B1, "4", True), ("G10", "2025-11-10", "Физика", B2, "5", True),
    ("G10", "2025-11-11", "Литература", B3, "3", False),
    ("G10", "2025-11-12", "Физика", B1, "4", True), ("G10", "2025-11-12", "Физика", B2, "5", True),
    ("G10", "2025-11-12", "Физика", B3, "3", True),
    ("G10", "2025-11-14", "Алгебра", B1, "5", True), ("G10", "2025-11-14", "Алгебра", B2, "4-", True),
    ("G10", "2025-11-14", "Алгебра", B3, "2+", True),
    # week 2
    ("G7", "2025-11-17", "Русский язык", A3, "5", True), ("G7", "2025-11-18", "Английский язык", A1, "5", True),
    ("G7", "2025-11-18", "Английский язык", A2, "4", True),
    ("MOVED", None, None, A1, "4+", True), ("MOVED", None, None, A2, "5", True),
    ("G7", "2025-11-21", "Математика", A1, "5", True), ("G7", "2025-11-21", "Математика", A2, "3", True),
    ("G7", "2025-11-21", "Математика", A4, "4", True),
    ("G10", "2025-11-17", "Физика", B3, "4", True), ("G10", "2025-11-18", "Алгебра", B1, "3", True),
    ("G10", "2025-11-18", "Алгебра", B2, "5", True), ("G10", "2025-11-18", "Алгебра", B3, "4", True),
    ("G10", "2025-11-20", "Литература", B2, "5+", True),
]
MARKS = []
for n, (g, day, subject, pupil, value, counts) in enumerate(_M):
    lid = MOVED if g == "MOVED" else lesson_on(G7 if g == "G7" else G10, day, subject)
    MARKS.append({"id": 2260325488554700001 + n, "lesson": lid, "person": pupil, "value": value, "counts": counts,
                  "n": n})
LAB_WORK = default_work(lesson_on(G10, "2025-11-12", "Физика"))
LAB_DELETED = next(m["id"] for m in MARKS if m["lesson"] == lesson_on(G10, "2025-11-12", "Физика")
                   and m["person"] == B3)

# Attendance exceptions (lesson, person, status, comment); everyone else unmarked, plus a few Attend
_A = [
    ("G7", "2025-11-10", "Математика", A1, "Attend", ""), ("G7", "2025-11-10", "Математика", A2, "Attend", ""),
    ("G7", "2025-11-11", "Английский язык", A3, "Late", "опоздала на 7 мин. (автобус № 36)"),
    ("G7", "2025-11-12", "Математика", A2, "Absent", ""),
    ("G7", "2025-11-13", "Математика", A4, "Ill", "справка № 57 от 14.11"),
    ("G7", "2025-11-13", "Английский язык", A4, "Ill", "справка № 57 от 14.11"),
    ("G7", "2025-11-19", "Русский язык", A1, "Pass", "региональный этап олимпиады по математике (приказ № 114-у)"),
    ("MOVED", None, None, A3, "Late", "пришла ко 2-му уроку — «перенос не увидела»"),
    ("G7", "2025-11-21", "Русский язык", A4, "Absent", ""),
    ("G10", "2025-11-10", "Алгебра", B1, "Attend", ""),
    ("G10", "2025-11-11", "Литература", B2, "Pass", "сборы по баскетболу"),
    ("G10", "2025-11-12", "Физика", B3, "Late", "опоздал на 12 минут"),
    ("G10", "2025-11-14", "Физика", B1, "Absent", ""),
    ("G10", "2025-11-18", "Алгебра", B2, "Ill", "ОРВИ; справка будет в понедельник"),
    ("G10", "2025-11-20", "Алгебра", B3, "Absent", "без уважительной причины"),
]
LOG = []
for g, day, subject, pupil, status, comment in _A:
    lid = MOVED if g == "MOVED" else lesson_on(G7 if g == "G7" else G10, day, subject)
    LOG.append({"lesson": lid, "person": pupil, "status": status, "comment": comment})
LOG_CORRECTED = (lesson_on(G7, "2025-11-12", "Математика"), A2)  # Absent -> Pass (step 4, single-entry pull)
LOG_CORRECTION = ("Pass", "заявление родителей: семейные обстоятельства")

# Homework (Work type Homework on the lesson it is set at, §3.2, §8.2)
F = 1000020800001
FILES = {
    F: ("Неравенства_7В (вариант №2).pdf", "pdf", 184320),
    F + 1: ("Unit 4 — Travel.docx", "docx", 40961),
    F + 2: ("Отчёт_ЛР3_шаблон.docx", "docx", 22530),
    F + 3: ("Таблица измерений (R, Ом).xlsx", "xlsx", 9811),
    F + 4: ("Карточка 7В — задачи на движение.pdf", "pdf", 233472),
}
HOMEWORK = {  # work id -> dict
}


def _hw(group, day, subject, text, due, files=(), links=()):
    lid = lesson_on(group, day, subject)
    HOMEWORK[homework_work(lid)] = {"lesson": lid, "text": text, "due": due, "files": list(files),
                                    "links": list(links)}
    return homework_work(lid)


_hw(G7, "2025-11-10", "Математика", "№ 341, 343 (а–в); x² ≤ 16 — решить неравенство\u000bи проверить ответ подстановкой",
    "2025-11-12", [F])
_hw(G7, "2025-11-12", "Русский язык", "Упр. 214; выучить словарные слова «вокзал», «пассажир»", "2025-11-14")
_hw(G7, "2025-11-11", "Английский язык", "WB p. 34 ex. 5–7; learn the words 'journey', 'trip' & 'voyage' <b>by heart</b>",
    "2025-11-13", [F + 1], [1000021800001])
_hw(G10, "2025-11-10", "Алгебра", "§ 12, № 12.4–12.9 (чётные); повторить формулы 📐", "2025-11-12")
_hw(G10, "2025-11-12", "Физика",
    "Лаб. работа № 3: оформить отчёт (шаблон во вложении), видео: https://resh.edu.ru/subject/lesson/3782/start/",
    "2025-11-14", [F + 2, F + 3])
_hw(G10, "2025-11-11", "Литература", "Прочитать «Тамань», «Фаталист»; ½ главы — конспект", "2025-11-13")
HW_EDITED = _hw(G7, "2025-11-17", "Математика", "№ 355–358", "2025-11-19")
HW_EDIT = {"text": "№ 355–358, 361* (по желанию) — см. карточку", "due": "2025-11-20", "files": [F + 4]}
_hw(G7, "2025-11-17", "Русский язык", "Упр. 230 (списать, вставить пропущенные буквы)", "2025-11-19")
HW_WITHDRAWN = _hw(G10, "2025-11-18", "Литература", "Сочинение-миниатюра «Печорин и Грушницкий»", "2025-11-20")
_hw(G10, "2025-11-17", "Алгебра", "№ 13.1–13.6;\tвыучить таблицу значений sin, cos", "2025-11-19")

# Quarter 1 marks of 7В (final-marks, §3.13)
Q1_FINALS = {A1: {"Математика": "5", "Русский язык": "5", "Английский язык": "4"},
             A2: {"Математика": "3", "Русский язык": "4", "Английский язык": "4"},
             A3: {"Математика": "4", "Русский язык": "4", "Английский язык": "5"},
             A4: {"Математика": "3", "Русский язык": "3", "Английский язык": "3"}}
AVG7 = {A1: {"Математика": "4.83", "Русский язык": "5.00", "Английский язык": "5.00"},
        A2: {"Математика": "3.67", "Русский язык": "3.50", "Английский язык": "4.25"},
        A3: {"Математика": "4.50", "Русский язык": "4.67", "Английский язык": "4.00"},
        A4: {"Математика": "3.33", "Русский язык": "2.00", "Английский язык": "3.00"}}
AVG10 = {B1: {"Алгебра": "4.05", "Физика": "3.9", "Литература": "4.5"},
         B2: {"Алгебра": "4.6", "Физика": "5.00", "Литература": "4.75"},
         B3: {"Алгебра": "3.18", "Физика": "3.60", "Литература": "3"}}

# --- payload builders -----------------------------------------------------------------------------------------


def local(day: dt.date, hhmm: str) -> str:
    return f"{day.isoformat()}T{hhmm}:00"


def midnight(day: str | dt.date) -> str:
    return f"{day if isinstance(day, str) else day.isoformat()}T00:00:00"


def frac(n: int) -> str:
    digits = ["", ".1", ".53", ".207", ".4511", ".66102", ".009731", ".5134271"][n % 8]
    return digits


def subject_obj(name: str) -> dict:
    sid, area = SUBJ[name]
    return {**twin("id", sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def lesson_state(lid: int, moved: bool, retitled: bool = False) -> dict:
    lesson = dict(LESSONS[lid])
    if retitled and lid in RETITLED:
        lesson["title"] = RETITLED[lid]
    if moved and lid == MOVED:
        lesson["date"], lesson["slot"] = MOVED_TO
    return lesson


def work_obj(wid: int, lid: int, lesson: dict, edited: bool) -> dict:
    group, subject = lesson["group"], lesson["subject"]
    period = 2 if group == G7 else 1
    ptype = "Quarter" if group == G7 else "HalfYear"
    teacher = TEACHER_OF[(group, subject)]
    if wid in HOMEWORK:
        hw = dict(HOMEWORK[wid])
        if edited and wid == HW_EDITED:
            hw.update(HW_EDIT)
        return {**twin("id", wid), "type": "Homework", "workType": WT_HOME, "markType": "mark5", "markCount": 1,
                **twin("lesson", lid), "displayInJournal": False, "status": "Sent", **twin("eduGroup", group),
                "tasks": [], "text": hw["text"], "periodNumber": period, "periodType": ptype,
                "subjectId": SUBJ[subject][0], "isImportant": False, "targetDate": midnight(hw["due"]),
                "sentDate": local(lesson["date"], "15:20") + frac(lid), "createdBy": teacher,
                "files": hw["files"], "oneDriveLinks": hw["links"]}
    wt = LESSON_WT.get(lid, WT_ANSWER)
    return {**twin("id", wid), "type": WT_KIND[wt], "workType": wt, "markType": "mark5", "markCount": 1,
            **twin("lesson", lid), "displayInJournal": True, "status": "Sent", **twin("eduGroup", group),
            "tasks": [], "text": "", "periodNumber": period, "periodType": ptype, "subjectId": SUBJ[subject][0],
            "isImportant": wt == WT_TEST, "targetDate": midnight(lesson["date"]), "sentDate": None,
            "createdBy": teacher, "files": [], "oneDriveLinks": []}


def works_of(lid: int, *, withdrawn: bool) -> list[int]:
    found = [default_work(lid)]
    if homework_work(lid) in HOMEWORK and not (withdrawn and homework_work(lid) == HW_WITHDRAWN):
        found.append(homework_work(lid))
    return found


def lesson_entity(lid: int, *, moved: bool, edited: bool, withdrawn: bool, retitled: bool = False) -> dict:
    lesson = lesson_state(lid, moved, retitled)
    teacher = TEACHER_OF[(lesson["group"], lesson["subject"])]
    start = BELLS[lesson["slot"]][0]
    return {**twin("id", lid), "title": lesson["title"], "date": local(lesson["date"], start),
            "number": lesson["slot"], "subject": subject_obj(lesson["subject"]), "group": lesson["group"],
            "status": "Conducted", "resultPlaceId": 0,
            "works": [work_obj(w, lid, lesson, edited) for w in works_of(lid, withdrawn=withdrawn)],
            "teachers": [teacher], "teachers_str": [str(teacher)]}


def lessons_in(group: int, days: list[dt.date], *, moved: bool, cancelled: bool, subject: str | None = None):
    found = []
    for lid in sorted(LESSONS):
        lesson = lesson_state(lid, moved)
        if lesson["group"] != group or lesson["date"] not in days:
            continue
        if subject and lesson["subject"] != subject:
            continue
        if cancelled and lid == CANCELLED:
            continue
        found.append(lid)
    return sorted(found, key=lambda i: (lesson_state(i, moved)["date"], lesson_state(i, moved)["slot"]))


def mark_obj(mark: dict, *, moved: bool) -> dict:
    lesson = lesson_state(mark["lesson"], moved)
    start = BELLS[lesson["slot"]][0]
    h, m = map(int, start.split(":"))
    set_at = dt.datetime.combine(lesson["date"], dt.time(h, m)) + dt.timedelta(minutes=25 + mark["n"] % 30)
    wt = LESSON_WT.get(mark["lesson"], WT_ANSWER)
    if wt == WT_TEST:  # a test is marked in the evening
        set_at = dt.datetime.combine(lesson["date"], dt.time(21, 5 + mark["n"] % 50))
    value = mark["value"]
    num = value.rstrip("+-")
    mood = "Good" if num in ("4", "5") else "Average" if num == "3" else "Bad"
    return {**twin("id", mark["id"]), "type": "mark5", "value": value, "textValue": value,
            **twin("person", mark["person"]), **twin("work", default_work(mark["lesson"])),
            **twin("lesson", mark["lesson"]), "number": 0, "date": set_at.isoformat() + frac(mark["n"]),
            "workType": wt, "mood": mood, "use_avg_calc": mark["counts"]}


def marks_for(lessons: list[int], *, deleted: bool, moved: bool, person: int | None = None) -> list[dict]:
    return [mark_obj(m, moved=moved) for m in MARKS if m["lesson"] in lessons
            and not (deleted and m["id"] == LAB_DELETED) and (person is None or m["person"] == person)]


def log_obj(entry: dict, *, corrected: bool) -> dict:
    status, comment = entry["status"], entry["comment"]
    if corrected and (entry["lesson"], entry["person"]) == LOG_CORRECTED:
        status, comment = LOG_CORRECTION
    lesson = lesson_state(entry["lesson"], True)
    h, m = map(int, BELLS[lesson["slot"]][0].split(":"))
    created = dt.datetime.combine(lesson["date"], dt.time(h, m)) + dt.timedelta(minutes=4, seconds=entry["person"] % 50)
    if corrected and (entry["lesson"], entry["person"]) == LOG_CORRECTED:
        created = dt.datetime(2025, 11, 18, 11, 42, 9)
    return {**twin("person", entry["person"]), **twin("lesson", entry["lesson"]), "comment": comment,
            "status": status, "createdDate": created.isoformat() + frac(entry["person"])}


def logs_for(lessons: list[int], *, corrected: bool, person: int | None = None) -> list[dict]:
    return [log_obj(e, corrected=corrected) for e in LOG if e["lesson"] in lessons
            and (person is None or e["person"] == person)]


def file_obj(fid: int) -> dict:
    name, ext, size = FILES[fid]
    return {**twin("id", fid), "name": name, "typeGroup": "Document", "type": ext,
            "pageUrl": f"https://dnevnik.ru/files/{fid}", "downloadUrl": f"https://static.dnevnik.ru/files/{fid}/dl",
            "user": None, "size": size, "vote": 0, "uploadedDate": "2025-11-09T20:14:51.37", "storageType": "Cloud"}


def flat_lesson(lid: int, *, moved: bool, withdrawn: bool) -> dict:
    lesson = lesson_state(lid, moved)
    start, end = BELLS[lesson["slot"]]
    teacher = TEACHER_OF[(lesson["group"], lesson["subject"])]
    return {"id": lid, "title": lesson["title"], "date": local(lesson["date"], start), "number": lesson["slot"],
            "subjectId": SUBJ[lesson["subject"]][0], "status": "Conducted", "resultPlaceId": 0,
            "building": "Корпус 1", "place": ROOM[lesson["subject"]], "floor": None, "hours": f"{start} - {end}",
            "works": works_of(lid, withdrawn=withdrawn), "teachers": [teacher], "teachers_str": [str(teacher)]}


def teacher_person(pid: int) -> dict:
    user, last, first, middle, sex = TEACHERS[pid]
    return {**twin("id", pid), **twin("userId", user), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def homework_bundle(days: list[dt.date], *, edited: bool, withdrawn: bool) -> dict:
    works, lessons, files, subjects, teachers = [], [], set(), set(), set()
    for wid in sorted(HOMEWORK):
        hw = HOMEWORK[wid]
        lesson = LESSONS[hw["lesson"]]
        if lesson["date"] not in days or (withdrawn and wid == HW_WITHDRAWN):
            continue
        work = work_obj(wid, hw["lesson"], lesson, edited)
        works.append(work)
        lessons.append(flat_lesson(hw["lesson"], moved=True, withdrawn=withdrawn))
        files.update(work["files"])
        subjects.add(lesson["subject"])
        teachers.add(TEACHER_OF[(lesson["group"], lesson["subject"])])
    return {"works": works,
            "subjects": [{"id": SUBJ[s][0], "name": s, "knowledgeAreaId": None} for s in sorted(subjects)],
            "lessons": lessons, "files": [file_obj(f) for f in sorted(files)],
            "teachers": [teacher_person(t) for t in sorted(teachers)]}


def schedules(pupil: int, days: list[dt.date]) -> dict:
    group = PUPILS[pupil][5]
    out = []
    for i, day in enumerate(days):
        lids = lessons_in(group, [day], moved=True, cancelled=True)
        wts = sorted({LESSON_WT.get(l, WT_ANSWER) for l in lids} | {WT_HOME})
        out.append({
            "date": midnight(day),
            "lessons": [flat_lesson(l, moved=True, withdrawn=True) for l in lids],
            "marks": marks_for(lids, deleted=False, moved=True, person=pupil),
            "works": [work_obj(w, l, LESSONS[l], False) for l in lids for w in works_of(l, withdrawn=True)],
            "homeworks": [work_obj(w, l, LESSONS[l], False) for l in lids for w in works_of(l, withdrawn=True)
                          if w in HOMEWORK],
            "subjects": [{"id": SUBJ[s][0], "name": s, "knowledgeAreaId": None}
                         for s in sorted({LESSONS[l]["subject"] for l in lids})],
            "workTypes": [{"id": wt, "schoolId": SCHOOL, "abbreviation": next(w[4] for w in WORK_TYPES if w[0] == wt),
                           "name": next(w[3] for w in WORK_TYPES if w[0] == wt), "isFinal": False,
                           "isImportant": wt == WT_TEST, "kindId": next(w[1] for w in WORK_TYPES if w[0] == wt),
                           "kind": WT_KIND[wt]} for wt in wts],
            "lessonLogEntries": logs_for(lids, corrected=False, person=pupil),
            "teachers": [{"person": teacher_person(t), "role": "Teacher"}
                         for t in sorted({TEACHER_OF[(group, LESSONS[l]["subject"])] for l in lids})],
            "nextDate": midnight(days[i + 1]) if i + 1 < len(days) else None})
    return {"days": out}


def pupil_person(pid: int) -> dict:
    user, last, first, middle, sex, _ = PUPILS[pid]
    return {**twin("id", pid), **twin("userId", user), "firstName": first, "lastName": last, "middleName": middle,
            "shortName": f"{last} {first[0]}.", "sex": sex}


def user_obj(pid: int, roles: list[str], last_name: str | None = None) -> dict:
    user, last, first, middle, sex = TEACHERS[pid]
    last = last_name or last
    return {**twin("id", user), **twin("personId", pid), "name": f"{first} {middle}", "email": "",
            "login": f"t{str(pid)[-4:]}", "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle, "lastName": last,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+7:00", "sex": sex,
            "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": "1979-03-08T00:00:00",
            "roles": roles, "phone": ""}


def edu_group(group: int) -> dict:
    name, parallel = ("7В", 7) if group == G7 else ("10А", 10)
    return {**twin("id", group), "parentIds": None, "parentIds_str": None, "type": "Group", "name": name,
            "fullName": "", "parallel": parallel, **twin("timetable", 1000006800000 + parallel),
            "status": "Active", "studyyear": STUDYYEAR, "educationType": "Regular", "subjects": []}


def context(user: int, children: list[int]) -> dict:
    person, last, first, middle = PARENTS[user]
    groups = sorted({PUPILS[c][5] for c in children})
    return {"userId": user, "personId": person, "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None,
            "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МБОУ «Лицей № 6»", "type": "School", "groupIds": []}],
            "eduGroups": [],
            "children": [{"personId": c, "firstName": PUPILS[c][2], "lastName": PUPILS[c][1],
                          "middleName": PUPILS[c][3], "shortName": f"{PUPILS[c][1]} {PUPILS[c][2][0]}.",
                          "schoolIds": [SCHOOL], "groupIds": [PUPILS[c][5]]} for c in children],
            "splitId": None, "_groups": groups}


def clean_context(ctx: dict) -> dict:
    ctx = dict(ctx)
    ctx.pop("_groups")
    return ctx


def period_obj(p: tuple) -> dict:
    pid, ptype, number, name, start, finish = p
    return {**twin("id", pid), "start": midnight(start), "finish": midnight(finish), "number": number,
            "type": ptype, "name": name, "year": STUDYYEAR}


def rec(request: str, body, pulled: str, request_body=None) -> dict:
    record = {"request": request, "body": body}
    if request_body is not None:
        record["request_body"] = request_body
    record["pulled_at"] = pulled + TZ
    return record


# --- the journey ----------------------------------------------------------------------------------------------


def build() -> dict:
    steps = []
    S = SCHOOL
    # Step 1: reference data and parents (Monday 2025-11-10, early morning)
    t = "2025-11-10T06:00:00"
    ref = [
        rec(f"GET /v2/schools/{S}", {**twin("id", S), "name": "МБОУ «Лицей № 6»",
                                      "fullName": "Муниципальное бюджетное общеобразовательное учреждение города "
                                                  "Новосибирска «Лицей № 6»", "avatarSmall": None,
                                      "city": "Новосибирск", "municipality": "г. Новосибирск", "regionid": 54,
                                      "markType": "mark5", "timeZone": 7, "uses_avg": True, "uses_weighted_avg": True,
                                      "educationType": "Regular", "tsoCityId": None, "tsoRegionTreePath": "54."}, t),
        rec(f"GET /v2/work-types/{S}", [{**twin("id", wid), "schoolId": S, "kindId": kid, "kind": kind,
                                         "title": title, "abbr": abbr, "weight": weight}
                                        for wid, kid, kind, title, abbr, weight in WORK_TYPES], t),
        rec(f"GET /v2/schools/{S}/subjects", [subject_obj(n) for n in SUBJ], t),
        rec("POST /v2/edu-groups", [{"group": edu_group(g), "students": [
            {"person": p, "membershipstatus": "Active"} for p in CLASS_PUPILS[g]]} for g in (G7, G10)], t,
            request_body=[G7, G10]),
    ]
    for g in (G7, G10):
        ref.append(rec(f"GET /v2/edu-groups/{g}/persons?includeArchive=false",
                       [pupil_person(p) for p in CLASS_PUPILS[g]], t))
    ref.append(rec("POST /v2/users/many", [user_obj(p, ["EduStaff"]) for p in TEACHERS if p != MAMEDOVA], t,
                   request_body=[TEACHERS[p][0] for p in TEACHERS if p != MAMEDOVA]))
    ref.append(rec(f"GET /v2/users/{TEACHERS[MAMEDOVA][0]}", user_obj(MAMEDOVA, ["EduStaff"]), t))
    for g in (G7, G10):
        ref.append(rec(f"GET /v2/edu-groups/{g}/classteacher", teacher_person(CLASS_TEACHER[g]), t))
        ref.append(rec(f"GET /v2/edu-groups/{g}/reporting-periods", [period_obj(p) for p in PERIODS[g]], t))
        ref.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group", {
            "id": PERIOD_GROUP[g], "reportingPeriods": [period_obj(p) for p in PERIODS[g]],
            "holidays": [{"id": PERIOD_GROUP[g] + 10 + i, "reportingPeriodGroupId": PERIOD_GROUP[g],
                          "dateStart": midnight(a), "dateFinish": midnight(b), "name": name, "description": desc}
                         for i, (name, a, b, desc) in enumerate(HOLIDAYS)]}, t))
    finals = []
    for p in CLASS_PUPILS[G7]:
        per_subject = []
        for k, subject in enumerate(("Математика", "Русский язык", "Английский язык")):
            value = Q1_FINALS[p][subject]
            fid = 2260325488554900000 + CLASS_PUPILS[G7].index(p) * 10 + k
            per_subject.append({**twin("subject", SUBJ[subject][0]), "final-mark": {
                **twin("id", fid), "type": "mark5", "value": value, "textValue": value, **twin("person", p),
                **twin("work", 2260325488554950000 + k), "lesson": None, "lesson_str": None, "number": 0,
                "date": "2025-10-24T15:02:11.9", "workType": WT_PERIOD,
                "mood": {"5": "Good", "4": "Good", "3": "Average"}.get(value, "Bad"), "use_avg_calc": False}})
        finals.append({**twin("person", p), **twin("group", G7), **twin("reportingPeriod", PERIODS[G7][0][0]),
                       "per-subject-final-marks": per_subject})
    ref.append(rec(f"GET /v2/edu-groups/{G7}/final-marks", finals, t))
    contexts = [(ARTEMIEVA, [A1]), (BONDAR, [A2]), (GAVRILOV, [A3, A4]), (ZHUKOV, [B2])]
    for user, children in contexts:
        ref.append(rec(f"GET /v2/users/{user}/context", clean_context(context(user, children)), "2025-11-10T06:05:00"))
    steps.append({"name": "1 reference data, 7В quarter-1 marks, parents' contexts (2025-11-10 06:00+07:00): §3.3, "
                          "§3.8, §3.9 (users/{id} single user: a teacher named only there), §3.10 timeZone 7, "
                          "§3.12 per-group periods (Quarter vs HalfYear), §3.13", "batches": [ref]})

    # Step 2: week 1 as pulled on Friday evening
    t = "2025-11-14T19:00:00"
    wk = []
    for g in (G7, G10):
        lids = lessons_in(g, WEEK1, moved=False, cancelled=False)
        wk.append(rec(f"GET /v2/edu-groups/{g}/lessons/2025-11-10/2025-11-14",
                      [lesson_entity(l, moved=False, edited=False, withdrawn=False) for l in lids], t))
    for g in (G7, G10):
        lids = lessons_in(g, WEEK1, moved=False, cancelled=False)
        wk.append(rec(f"GET /v2/edu-groups/{g}/marks/2025-11-10/2025-11-14",
                      marks_for(lids, deleted=False, moved=False), "2025-11-14T19:02:00"))
    for g in (G7, G10):
        for subject in sorted({LESSONS[l]["subject"] for l in LESSONS if LESSONS[l]["group"] == g}):
            lids = lessons_in(g, WEEK1, moved=False, cancelled=False, subject=subject)
            wk.append(rec(f"GET /v2/lesson-log-entries/group/{g}?subject={SUBJ[subject][0]}&from=2025-11-10&to=2025-11-14",
                          logs_for(lids, corrected=False), "2025-11-14T19:04:00"))
    wk.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2025-11-10&endDate=2025-11-14",
                  homework_bundle(WEEK1, edited=False, withdrawn=False), "2025-11-14T19:06:00"))
    wk.append(rec(f"GET /v2/works/{LAB_WORK}/marks", marks_for([LAB_WORK - 1_000_000], deleted=False, moved=False),
                  "2025-11-14T19:07:00"))
    for p in PUPILS:
        wk.append(rec(f"GET /v2/persons/{p}/groups/{PUPILS[p][5]}/schedules?startDate=2025-11-10&endDate=2025-11-14",
                      schedules(p, WEEK1), "2025-11-14T19:30:00"))
    steps.append({"name": "2 week 1 (2025-11-10..14) pulled Friday evening: entity lessons with works (§3.4), group "
                          "marks (§3.1), log entries per subject with Attend/Absent/Ill/Late/Pass (§3.5, §6), the "
                          "homework bundle with files and oneDriveLinks (§3.7), works/{w}/marks, every pupil's "
                          "schedules (rooms, hours)", "batches": [wk]})

    # Step 3: Monday 2025-11-17: parents' lists change; week 2 as planned on Monday evening
    mon = [rec(f"GET /v2/users/{ARTEMIEVA}/context", clean_context(context(ARTEMIEVA, [A1, B1])),
               "2025-11-17T08:00:00"),
           rec(f"GET /v2/users/{GAVRILOV}/context", clean_context(context(GAVRILOV, [A3])), "2025-11-17T08:00:00"),
           rec(f"GET /v2/user/{GAVRILOV}/children", [pupil_person(A3)], "2025-11-17T08:05:00")]
    t = "2025-11-17T19:00:00"
    for g in (G7, G10):
        lids = lessons_in(g, WEEK2, moved=False, cancelled=False)
        mon.append(rec(f"GET /v2/edu-groups/{g}/lessons/2025-11-17/2025-11-21",
                       [lesson_entity(l, moved=False, edited=False, withdrawn=False) for l in lids], t))
    phys = SUBJ["Физика"][0]
    mon.append(rec(f"GET /v2/edu-groups/{G10}/subjects/{phys}/lessons/2025-11-17/2025-11-21",
                   [lesson_entity(l, moved=False, edited=False, withdrawn=False)
                    for l in lessons_in(G10, WEEK2, moved=False, cancelled=False, subject="Физика")], t))
    mon.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2025-11-17&endDate=2025-11-21",
                   homework_bundle(WEEK2, edited=False, withdrawn=False), "2025-11-17T19:05:00"))
    steps.append({"name": "3 Monday 2025-11-17: Артемьева's context now lists her son in 10А too, Гаврилов's no "
                          "longer lists Дьячков (context and user/{u}/children, §3.9); week 2 lessons and homework "
                          "as planned (entity lessons, the 10А physics lessons by subject)", "batches": [mon]})

    # Step 4: Tuesday noon: single-entity pulls carrying changes
    t = "2025-11-18T12:00:00"
    tue = [rec(f"GET /v2/lessons/{MOVED}", lesson_entity(MOVED, moved=True, edited=True, withdrawn=False), t),
           rec(f"GET /v2/users/me/school/homeworks?homeworkId={HW_EDITED}",
               {"works": [work_obj(HW_EDITED, HOMEWORK[HW_EDITED]["lesson"], LESSONS[HOMEWORK[HW_EDITED]["lesson"]],
                                   True)],
                "subjects": [{"id": SUBJ["Математика"][0], "name": "Математика", "knowledgeAreaId": None}],
                "lessons": [flat_lesson(HOMEWORK[HW_EDITED]["lesson"], moved=True, withdrawn=False)],
                "files": [file_obj(F + 4)], "teachers": [teacher_person(KRAVETS)]}, "2025-11-18T12:01:00"),
           rec(f"GET /v2/lesson-log-entries/lesson/{LOG_CORRECTED[0]}/person/{LOG_CORRECTED[1]}",
               log_obj(next(e for e in LOG if (e["lesson"], e["person"]) == LOG_CORRECTED), corrected=True),
               "2025-11-18T12:02:00"),
           rec(f"GET /v2/works/{LAB_WORK}/marks", marks_for([LAB_WORK - 1_000_000], deleted=True, moved=False),
               "2025-11-18T12:03:00")]
    steps.append({"name": "4 Tuesday 2025-11-18 noon, single-entity re-pulls: lessons/{id} moved to Thursday slot 3 "
                          "(§3.4 date/number), the edited homework by homeworkId (text, due date, a file added, "
                          "§3.7), one log entry Absent -> Pass (§3.5), works/{w}/marks without Зуев's 3 (§7)",
                  "batches": [tue]})

    # Step 5: week 2 closing pulls (Friday evening)
    t = "2025-11-21T19:00:00"
    fri = []
    for g in (G7, G10):
        lids = lessons_in(g, WEEK2, moved=True, cancelled=True)
        fri.append(rec(f"GET /v2/edu-groups/{g}/marks/2025-11-17/2025-11-21",
                       marks_for(lids, deleted=True, moved=True), t))
    for g in (G7, G10):
        for subject in sorted({LESSONS[l]["subject"] for l in LESSONS if LESSONS[l]["group"] == g}):
            lids = lessons_in(g, WEEK2, moved=True, cancelled=True, subject=subject)
            fri.append(rec(f"GET /v2/lesson-log-entries/group/{g}?subject={SUBJ[subject][0]}&from=2025-11-17&to=2025-11-21",
                           logs_for(lids, corrected=True), "2025-11-21T19:02:00"))
    fri.append(rec(f"GET /v2/edu-groups/{G10}/subjects/{phys}/lessons/2025-11-17/2025-11-21",
                   [lesson_entity(l, moved=True, edited=True, withdrawn=True)
                    for l in lessons_in(G10, WEEK2, moved=True, cancelled=True, subject="Физика")],
                   "2025-11-21T19:03:00"))
    fri.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2025-11-17&endDate=2025-11-21",
                   homework_bundle(WEEK2, edited=True, withdrawn=True), "2025-11-21T19:05:00"))
    for g, avgs, (a, b) in ((G7, AVG7, ("2025-11-05", "2025-12-26")), (G10, AVG10, ("2025-09-01", "2025-12-26"))):
        fri.append(rec(f"GET /v2/edu-groups/{g}/avg-marks/{a}/{b}", [
            {**twin("person", p), "per-subject-averages": [
                {**twin("subject", SUBJ[s][0]), "avg-mark-value": v} for s, v in avgs[p].items()]}
            for p in CLASS_PUPILS[g]], "2025-11-21T19:10:00"))
    # the Russian/literature teacher married: her users re-pulled with the double surname (§3.9 User fullName);
    # 10А gets a new class teacher (§3.9 edu-groups/{g}/classteacher)
    fri.append(rec("POST /v2/users/many", [user_obj(p, ["EduStaff"], RENAMED.get(p)) for p in TEACHERS
                                           if p != MAMEDOVA], "2025-11-21T19:15:00",
                   request_body=[TEACHERS[p][0] for p in TEACHERS if p != MAMEDOVA]))
    fri.append(rec(f"GET /v2/edu-groups/{G10}/classteacher", teacher_person(NURIEV), "2025-11-21T19:15:00"))
    lit = lessons_in(G10, WEEK2, moved=True, cancelled=True, subject="Литература")
    fri.append(rec("POST /v2/lessons/many", [lesson_entity(l, moved=True, edited=True, withdrawn=True, retitled=True)
                                             for l in lit], "2025-11-21T19:20:00", request_body=lit))
    steps.append({"name": "5 week 2 closing pulls (2025-11-21 evening): marks (incl. the moved lesson's), log entries, "
                          "10А physics by subject without the cancelled Wednesday lesson (§7 omission), the homework "
                          "bundle without the withdrawn literature essay, avg-marks over 2 четверть (7В) and "
                          "1 полугодие (10А) (§3.13); users/many with Лосева's new double surname; 10А's new class teacher Нуриев "
                          "(§3.9); POST lessons/many of the 10А literature lessons: Thursday's topic retitled (§3.4, §7)",
                  "batches": [fri]})

    # Step 6: older answers delivered late (a retried queue)
    late = [rec(f"GET /v2/user/{GAVRILOV}/children", [pupil_person(A3), pupil_person(A4)], "2025-11-10T06:06:00"),
            rec(f"GET /v2/user/{ARTEMIEVA}/children", [pupil_person(A1)], "2025-11-10T06:06:00"),
            rec(f"GET /v2/users/{TEACHERS[LOSEVA][0]}", user_obj(LOSEVA, ["EduStaff"]), "2025-11-14T08:00:00")]
    steps.append({"name": "6 two children lists pulled 2025-11-10 06:06 delivered last (a retried queue): older than "
                          "the 2025-11-17 lists, they must neither re-link Дьячков nor unlink Артемьев (§3.9; "
                          "envelope pulled_at); Лосева's user pulled 2025-11-14 with her old surname (older than the "
                          "2025-11-21 users/many)", "batches": [late]})
    return {"vendor": "dnevnik_ru",
            "description": "Dnevnik.ru journey 6: МБОУ «Лицей № 6», Новосибирск (UTC+7); 7В (quarters) and 10А "
                           "(half-years), 2025-11-10..2025-11-21; parents' children lists that change; a lesson "
                           "moved by lessons/{id}, one cancelled by a subject-scoped re-pull; homework edited and "
                           "withdrawn. Written from the reference only; see README.md.",
            "steps": steps}


if __name__ == "__main__":
    text = json.dumps(build(), ensure_ascii=False, indent=1)
    (HERE / "journey.json").write_text(text + "\n", encoding="utf-8")
    print("journey.json:", sum(len(b) for s in build()["steps"] for b in s["batches"]), "records")
