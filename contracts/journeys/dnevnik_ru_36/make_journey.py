#!/usr/bin/env python3
"""Writes journey.json: dnevnik_ru_36, the school's setup changes during the school year 2025/26 (September to
March) at МАОУ «Средняя общеобразовательная школа № 36», Тверь, class 8В and its two English subgroups.

What changes, each pulled by the sync job as the vendor's answers would show it (shared/reference/dnevnik_ru.md):
- the class 8В becomes the cadet class «8К» from the second half-year (same group id, §3.8), and its English
  subgroups are renamed with it (the first one also after its new teacher);
- the subject «Технология» is renamed «Труд (технология)» (same subject id, §3.11);
- the bell timetable changes from 2026-01-12 (40-minute lessons): `edu-groups/{g}/timetables` lists both
  timetables, each with its `Start` (§3.14);
- the end of «3 четверть» is moved from 03-20 to 03-27 after the quarter marks were given, and the spring holidays
  with it (same period and holiday ids, §3.12); two quarter marks are revised in the extra week (§3.13);
- a new work type «Защита проекта» appears in February (§3.3); its first marks are pulled before the work types;
- the class teacher changes in January (`edu-groups/{g}/classteacher`, §3.9);
- the English teacher of the 1st subgroup leaves the school at the end of December (her lessons keep her, §3.4);
- answers pulled late: a February re-pull of October's lessons (the backfill), and answers pulled before a change
  but delivered after it (a re-queued nightly reference batch of 2025-12-20, a reporting-period-group of 03-13).

Standard library only, deterministic. Written from the reference alone, not from the hub's code."""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL = 1000002360036
SCHOOL_NAME = "МАОУ «СОШ № 36»"
G, EN1, EN2 = 2260325488536000083, 2260325488536000084, 2260325488536000085
TT_ID = 1000006360083  # EduGroup.timetable (§3.8)
# pupils (person ids; user ids 1000011...) and their subgroup
P = {"P1": 1000012360001, "P2": 1000012360002, "P3": 1000012360003, "P4": 1000012360004}
U = {k: v - 1000000000 for k, v in P.items()}
PUPILS = {"P1": ("Вероника", "Лебедева", "Андреевна", "Female"), "P2": ("Тимофей", "Гаврилов", "Максимович", "Male"),
          "P3": ("Амина", "Шарипова", "Рустамовна", "Female"), "P4": ("Егор", "Кравченко", "Ильич", "Male")}
SUB_OF = {"P1": EN1, "P2": EN1, "P3": EN2, "P4": EN2}
PARENTS = {"PAR1": (1000012360101, 1000011360101, ("Ольга", "Лебедева", "Николаевна", "Female"), ["P1"]),
           "PAR3": (1000012360103, 1000011360103, ("Рустам", "Шарипов", "Ильдарович", "Male"), ["P3"])}
# teachers (person ids); Ахмедова's account is new, its ids above 2^53 (§1)
T = {"POL": (1000012360901, 1000011360901, ("Ирина", "Полякова", "Сергеевна", "Female"), "Алгебра"),
     "ZAH": (1000012360902, 1000011360902, ("Елена", "Захарова", "Викторовна", "Female"), "Русский язык"),
     "NIK": (1000012360903, 1000011360903, ("Павел", "Никитин", "Андреевич", "Male"), "История"),
     "BEL": (1000012360904, 1000011360904, ("Виктор", "Белоусов", "Степанович", "Male"), "Технология"),
     "SOK": (1000012360905, 1000011360905, ("Марина", "Соколова", "Викторовна", "Female"), "Английский язык"),
     "ORL": (1000012360906, 1000011360906, ("Дарья", "Орлова", "Петровна", "Female"), "Английский язык"),
     "AHM": (2260325488536900907, 2260325488536900906, ("Лейла", "Ахмедова", "Рашидовна", "Female"), "Английский язык")}
SUBJ = {"ALG": (1000003360001, "Алгебра", "Математика и информатика", 1),
        "RUS": (1000003360002, "Русский язык", "Русский язык и литература", 2),
        "HIS": (1000003360003, "История", "Общественно-научные предметы", 3),
        "TECH": (1000003360004, "Технология", "Технология", 7),
        "ENG": (1000003360005, "Английский язык", "Иностранные языки", 4)}
TECH_NEW = "Труд (технология)"
# work types (§3.3 standalone shape): id -> (kind, title, abbr, weight)
WT = {4101: ("DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1), 4102: ("LessonTestWork", "Контрольная работа", "КР", 3),
      4103: ("CommonWork", "Самостоятельная работа", "СР", 2), 4104: ("LessonTestWork", "Диктант", "Д", 2),
      4107: ("Homework", "Домашнее задание", "ДЗ", 1), 4190: ("PeriodMark", "Отметка за период", "ПЕР", 1)}
WT_NEW = {4106: ("CommonWork", "Защита проекта", "ЗП", 2)}   # added by the school in February 2026
# reporting periods (§3.12) of 8В's reporting-period-group: (id, type, number, name, start, finish)
RPG_ID = 1000008360083
RP = [(1000007360081, "Quarter", 1, "1 четверть", "2025-09-01", "2025-10-24"),
      (1000007360082, "Quarter", 2, "2 четверть", "2025-11-05", "2025-12-26"),
      (1000007360083, "Quarter", 3, "3 четверть", "2026-01-12", "2026-03-20"),
      (1000007360084, "Quarter", 4, "4 четверть", "2026-03-30", "2026-05-26"),
      (1000007360089, "Year", 1, "Год", "2025-09-01", "2026-05-26")]
HOL = [(10000083600831, "Осенние каникулы", "2025-10-25", "2025-11-04"),
       (10000083600832, "Зимние каникулы", "2025-12-27", "2026-01-11"),
       (10000083600833, "Весенние каникулы", "2026-03-21", "2026-03-29")]
# the region's order of 2026-03-18: «3 четверть» ends 03-27, spring holidays 03-28..04-05, «4 четверть» from 04-06
REDATED = {1000007360083: ("2026-01-12", "2026-03-27"), 1000007360084: ("2026-04-06", "2026-05-26"),
           10000083600833: ("2026-03-28", "2026-04-05")}
DAYS5 = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
BELLS_OLD = [("08:30", "09:15"), ("09:25", "10:10"), ("10:25", "11:10"), ("11:30", "12:15"), ("12:25", "13:10"), ("13:20", "14:05")]
BELLS_NEW = [("08:30", "09:10"), ("09:20", "10:00"), ("10:20", "11:00"), ("11:20", "12:00"), ("12:10", "12:50"), ("13:00", "13:40")]
# from 2026-01-12 Monday starts with «Разговоры о важном» (08:30-09:00), so Monday's lessons have bells of their own
BELLS_NEW_MON = [("09:10", "09:50"), ("10:00", "10:40"), ("11:00", "11:40"), ("11:50", "12:30"), ("12:40", "13:20"), ("13:30", "14:10")]
TIMETABLES = [("Расписание звонков 2025/26", "2025-09-01", {tuple(DAYS5): BELLS_OLD}, 1000006360100),
              ("Расписание звонков со II полугодия (уроки по 40 минут)", "2026-01-12",
               {("Monday",): BELLS_NEW_MON, tuple(DAYS5[1:]): BELLS_NEW}, 1000006360200)]

# the week's grid: weekday -> [(number, subject, subgroup key)] (EN1/EN2 share the slot)
GRID = {0: [(1, "ALG", None), (2, "RUS", None), (3, "ENG", "EN1"), (3, "ENG", "EN2")],
        1: [(1, "HIS", None), (2, "TECH", None), (3, "ALG", None)],
        2: [(1, "RUS", None), (2, "ENG", "EN1"), (2, "ENG", "EN2"), (3, "HIS", None)],
        3: [(1, "ALG", None), (2, "TECH", None), (3, "RUS", None)],
        4: [(1, "ENG", "EN1"), (1, "ENG", "EN2"), (2, "ALG", None), (3, "HIS", None)]}
TOPICS = {
    "W1": {"ALG": ["Арифметический квадратный корень", "Уравнение x² = a", "Контрольная работа № 2 «Арифметический квадратный корень»", "Функция y = √x и её график"],
           "RUS": ["Словосочетание. Виды связи слов", "Диктант по теме «Словосочетание»", "Интонация предложения. Логическое ударение"],
           "HIS": ["Россия при Петре I: предпосылки преобразований", "Северная война 1700–1721 гг.", "Реформы управления Петра I"],
           "TECH": ["Технология обработки древесины. Эскиз изделия", "Разметка и пиление заготовок"],
           "EN1": ["Module 2a. Food and shopping", "Module 2b. At the shops", "Module 2c. Present Perfect"],
           "EN2": ["Module 2a. Reading: «Food for thought»", "Module 2b. Vocabulary: shops", "Module 2c. Present Perfect vs Past Simple"]},
    "W3": {"ALG": ["Теорема Виета"], "RUS": ["Обособленные определения"],
           "EN1": ["Module 4a. Be yourself"], "EN2": ["Module 4a. Reading: «Fashion»"]},
    "W4": {"ALG": ["Числовые неравенства", "Свойства числовых неравенств", "Контрольная работа № 5 «Квадратные уравнения»", "Сложение и умножение числовых неравенств"],
           "RUS": ["Обращение. Распространённые обращения", "Вводные слова и предложения", "Контрольный диктант «Обособленные члены предложения»"],
           "HIS": ["Восстание под предводительством Е. И. Пугачёва", "Проект «Культура России XVIII века»: защита", "Экономика России во второй половине XVIII в."],
           "TECH": ["Изготовление изделия по проекту", "Защита проекта «Полка для книг»"],
           "EN1": ["Module 5a. Global issues", "Module 5b. Natural disasters", "Module 5c. Project «Save the planet»"],
           "EN2": ["Module 5a. Reading: «Tornadoes»", "Module 5b. Grammar: Infinitive / -ing form", "Module 5c. Writing an essay"]},
    "W6": {"ALG": ["Решение неравенств с одной переменной", "Решение систем неравенств с одной переменной", "Доказательство неравенств", "Повторение: квадратные уравнения"],
           "RUS": ["Прямая и косвенная речь", "Диалог. Знаки препинания при диалоге", "Цитата. Знаки препинания при цитировании"],
           "HIS": ["Россия при Павле I", "Защита проектов (дополнительная неделя)", "Культурное пространство Российской империи"],
           "TECH": ["Защита проектов: дополнительная сессия", "Защита мини-проекта «Умный дом»"],
           "EN1": ["Module 6d. Reported questions", "Module 6e. Writing: a letter", "Revision. Modules 5–6"],
           "EN2": ["Module 6d. Reading: «Customs»", "Module 6e. Reported speech practice", "Revision. Modules 5–6"]},
}
WEEKS = {"W1": ("2025-10-13", 5), "W3": ("2026-01-12", 1), "W4": ("2026-02-09", 5), "W6": ("2026-03-23", 5)}
TEACHER_OF = {"ALG": "POL", "RUS": "ZAH", "HIS": "NIK", "TECH": "BEL", "EN2": "ORL"}
# marks: week -> {(weekday, number, subgroup key or subject): [(pupil, value, work type)]}
MARKS = {
    "W1": {(0, 1, "ALG"): [("P1", "5", 4101), ("P3", "4", 4101), ("P4", "4", 4101)],
           (0, 2, "RUS"): [("P2", "3", 4101), ("P4", "4-", 4101)],
           (0, 3, "EN1"): [("P1", "5", 4101)], (0, 3, "EN2"): [("P4", "4", 4101)],
           (1, 1, "HIS"): [("P3", "5", 4101)],
           (1, 2, "TECH"): [("P1", "5", 4101), ("P2", "4", 4101), ("P3", "5", 4101), ("P4", "4", 4101)],
           (1, 3, "ALG"): [("P2", "3", 4103), ("P4", "4+", 4103), ("P1", "4", 4103), ("P3", "5", 4103)],
           (2, 1, "RUS"): [("P1", "4", 4104), ("P2", "3-", 4104), ("P3", "5", 4104), ("P4", "4", 4104)],
           (2, 2, "EN1"): [("P2", "4", 4101)], (2, 2, "EN2"): [("P3", "5", 4101)],
           (3, 1, "ALG"): [("P1", "4", 4102), ("P3", "5", 4102), ("P4", "4-", 4102)],
           (4, 2, "ALG"): [("P3", "5", 4101)],
           (4, 3, "HIS"): [("P1", "4", 4101), ("P4", "5", 4101)]},
    "W4": {(0, 1, "ALG"): [("P1", "4", 4101), ("P4", "3", 4101)],
           (1, 2, "TECH"): [("P2", "4", 4101)],
           (2, 3, "HIS"): [("P1", "5", 4106), ("P2", "4", 4106), ("P3", "5", 4106), ("P4", "5", 4106)],
           (3, 1, "ALG"): [("P1", "5", 4102), ("P2", "3", 4102), ("P3", "4", 4102), ("P4", "3+", 4102)],
           (3, 2, "TECH"): [("P1", "5", 4106), ("P3", "4", 4106)],
           (3, 3, "RUS"): [("P1", "4", 4104), ("P3", "5-", 4104)],
           (4, 1, "EN1"): [("P1", "5", 4101)], (4, 1, "EN2"): [("P3", "4+", 4101)]},
    "W6": {(0, 1, "ALG"): [("P4", "4", 4103)],
           (0, 3, "EN1"): [("P1", "5", 4101)], (0, 3, "EN2"): [("P3", "5", 4101)],
           (1, 2, "TECH"): [("P2", "4", 4106)],
           (2, 3, "HIS"): [("P2", "5", 4106)],
           (3, 2, "TECH"): [("P1", "5", 4106), ("P3", "5", 4106)],
           (3, 3, "RUS"): [("P1", "4+", 4101), ("P3", "5", 4101)],
           (4, 2, "ALG"): [("P1", "5", 4101), ("P2", "4", 4101)]},
}
# homework: week -> [(weekday, number, key, due weekday, text)]
HOMEWORK = {
    "W1": [(0, 1, "ALG", 1, "№ 312, 315 (а, в); выучить определение арифметического корня"),
           (0, 2, "RUS", 2, "Упр. 87; правило на с. 41 выучить"),
           (0, 3, "EN1", 2, "SB p. 24, ex. 3; WB p. 14, ex. 1–2"),
           (0, 3, "EN2", 2, "SB p. 25, ex. 6 (письменно)"),
           (1, 1, "HIS", 2, "§ 3, вопросы 1–5 на с. 32"),
           (1, 2, "TECH", 3, "Выполнить эскиз разделочной доски в тетради, указать размеры")],
    "W4": [(0, 1, "ALG", 1, "№ 728, 731; повторить свойства неравенств"),
           (0, 3, "EN1", 2, "SB p. 78, ex. 2; выучить слова модуля 5a"),
           (0, 3, "EN2", 2, "WB p. 44, ex. 1–3"),
           (1, 1, "HIS", 2, "Подготовить выступление по теме проекта (3 минуты)"),
           (1, 2, "TECH", 3, "Подготовить презентацию к защите проекта (5–7 слайдов)")],
}
# attendance: week -> [(weekday, number, subject, pupil, status, comment)] (whole-class lessons, §3.5, §6)
ATTENDANCE = {
    "W1": [(0, 1, "ALG", "P4", "Late", "опоздал на 10 минут"), (3, 1, "ALG", "P2", "Ill", "справка"),
           (3, 2, "TECH", "P2", "Ill", "справка"), (3, 3, "RUS", "P2", "Ill", "справка"),
           (4, 3, "HIS", "P3", "Pass", "муниципальный этап олимпиады"), (0, 1, "ALG", "P1", "Attend", "")],
    "W6": [(0, 1, "ALG", "P3", "Late", ""), (2, 1, "RUS", "P1", "Pass", "региональная олимпиада по английскому языку"),
           (2, 3, "HIS", "P1", "Pass", "региональная олимпиада по английскому языку"),
           (3, 2, "TECH", "P4", "Absent", ""), (3, 3, "RUS", "P4", "Attend", "")],
}
# final marks (§3.13): period index -> pupil -> [ALG, RUS, HIS, TECH, ENG]
SUBJ_ORDER = ["ALG", "RUS", "HIS", "TECH", "ENG"]
FIN = {0: {"P1": "5 4 4 5 5", "P2": "3 3 4 4 4", "P3": "5 5 5 5 5", "P4": "4 4 5 4 4"},
       1: {"P1": "5 4 5 5 4", "P2": "3 3 4 5 4", "P3": "5 5 5 5 5", "P4": "4 3 4 4 3"},
       2: {"P1": "5 4 5 5 5", "P2": "4 3 4 н/а 4", "P3": "4 5 5 5 5", "P4": "3 4 5 4 4"}}
FIN_DATES = {0: "2025-10-23", 1: "2025-12-25", 2: "2026-03-19"}
# revised in the extra week of «3 четверть» (same mark id, §3.13): (pupil, subject) -> (value, scale, date)
FIN_REVISED = {("P4", "ALG"): ("4", "mark5", "2026-03-27T14:12:40.55"), ("P2", "TECH"): ("4", "mark5", "2026-03-27T15:03:09.1")}
# the journal's averages (§3.13 avg-marks): (from, to) -> pupil -> [ALG, RUS, HIS, TECH, ENG]
AVG = {("2025-09-01", "2025-10-24"): {"P1": "4.71 4.20 4.33 5.00 4.83", "P2": "3.40 3.17 4.00 4.25 4.00",
                                      "P3": "4.86 4.80 5.00 5.00 4.86", "P4": "4.14 3.83 4.67 4.00 4.20"},
       ("2026-01-12", "2026-03-20"): {"P1": "4.67 4.25 4.80 5.00 4.75", "P2": "3.50 3.33 4.20 4.00 4.00",
                                      "P3": "4.40 4.83 5.00 4.67 4.60", "P4": "3.29 3.80 4.75 4.00 4.20"},
       ("2026-01-12", "2026-03-27"): {"P1": "4.70 4.29 4.80 5.00 4.78", "P2": "3.56 3.33 4.33 4.00 4.00",
                                      "P3": "4.40 4.86 5.00 4.75 4.67", "P4": "3.50 3.80 4.75 4.00 4.20"}}
MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad", "1": "Bad"}


def ids(k, v):
    return {k: v, k + "_str": str(v)}


def day(week, weekday):
    return (dt.date.fromisoformat(WEEKS[week][0]) + dt.timedelta(days=weekday)).isoformat()


def bells(date):
    """The bells in force on a date: the timetable with the latest Start on or before it, the items of the date's
    weekday (§3.14 DaysOfWeek)."""
    weekday = DAYS5[dt.date.fromisoformat(date).weekday()]
    by_days = [b for name, start, b, _ in TIMETABLES if start <= date][-1]
    return next(b for days_, b in by_days.items() if weekday in days_)


def period_of(date, redated):
    for pid, typ, num, name, start, finish in RP:
        if typ == "Year":
            continue
        if redated and pid in REDATED:
            start, finish = REDATED[pid]
        if start <= date <= finish:
            return num
    raise ValueError(date)


def subject(key, renamed):
    sid, name, area, _ = SUBJ[key]
    if key == "TECH" and renamed:
        name = TECH_NEW
    return {**ids("id", sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def teacher_key(week, key):
    if key == "EN1":
        return "SOK" if week == "W1" else "AHM"
    return TEACHER_OF[key]


def group_of(key):
    return {"EN1": EN1, "EN2": EN2}.get(key, G)


def lesson_id(week, weekday, number, key):
    w = {"W1": 1, "W3": 3, "W4": 4, "W6": 6}[week]
    k = {"EN1": 7, "EN2": 8}.get(key, 0)
    return 2260325488536300000 + w * 1000 + weekday * 100 + number * 10 + k


def work(wid, kind, wt, lid, group, skey, date, tch, text="", target=None, sent=None, tasks=(), redated=False):
    return {**ids("id", wid), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1, **ids("lesson", lid),
            "displayInJournal": kind != "Homework", "status": "Sent", **ids("eduGroup", group), "tasks": list(tasks),
            "text": text, "periodNumber": period_of(date, redated), "periodType": "Quarter",
            "subjectId": SUBJ[skey][0], "isImportant": kind == "LessonTestWork", "targetDate": (target or date) + "T00:00:00",
            "sentDate": sent, "createdBy": T[tch][0], "files": [], "oneDriveLinks": []}


def build_week(week, renamed, redated):
    """The week's lessons (entity shape, §3.4) per group, its marks (§3.1) and homework works (§3.2)."""
    start, ndays = WEEKS[week]
    lessons, marks, homeworks = {G: [], EN1: [], EN2: []}, {G: [], EN1: [], EN2: []}, []
    seen = {}
    for weekday in range(ndays):
        date = day(week, weekday)
        for number, skey, sub in GRID[weekday]:
            key = sub or skey
            n = seen.get(key, 0)
            seen[key] = n + 1
            lid = lesson_id(week, weekday, number, sub)
            group, tch = group_of(key), teacher_key(week, key)
            st = bells(date)[number - 1][0]
            works = [work(lid + 2000000, "DefaultNewLessonWork", 4101, lid, group, skey, date, tch, redated=redated)]
            for pupil, value, wt in MARKS.get(week, {}).get((weekday, number, key), []):
                wid = lid + 2000000 if wt == 4101 else lid + 2000000 + wt % 100 * 100000
                if all(w["id"] != wid for w in works):
                    kind = {**WT, **WT_NEW}[wt][0]
                    works.append(work(wid, kind, wt, lid, group, skey, date, tch, redated=redated))
                h, m = map(int, st.split(":"))
                minute = h * 60 + m + 15 + list(P).index(pupil) * 2
                marks[group].append({
                    **ids("id", 2260325488536500000 + (lid % 1000000) * 10 + list(P).index(pupil)),
                    "type": "mark5", "value": value, "textValue": value, **ids("person", P[pupil]), **ids("work", wid),
                    **ids("lesson", lid), "number": 0,
                    "date": f"{date}T{minute // 60:02d}:{minute % 60:02d}:{11 + list(P).index(pupil) * 7:02d}.{(lid // 10) % 1000}",
                    "workType": wt, "mood": MOOD[value[0]], "use_avg_calc": True})
            for hw_weekday, hw_number, hw_key, due_weekday, text in HOMEWORK.get(week, []):
                if (hw_weekday, hw_number, hw_key) == (weekday, number, key):
                    wid = lid + 3000000
                    due = day(week, due_weekday)
                    members = [p for p in P if key not in ("EN1", "EN2") or SUB_OF[p] == group]
                    tasks = [{**ids("id", 2260325488536800000 + (lid % 1000000) * 10 + list(P).index(p)), **ids("person", P[p]),
                              **ids("work", wid), "status": "NotStarted", "targetDate": due + "T00:00:00"} for p in members]
                    hw = work(wid, "Homework", 4107, lid, group, skey, date, tch, text=text, target=due,
                              sent=f"{date}T{int(st[:2]) + 1:02d}:{st[3:]}:31.2", tasks=tasks, redated=redated)
                    works.append(hw)
                    homeworks.append((hw, lid, date, number, skey, tch))
            title = TOPICS[week][key][n]
            lessons[group].append({**ids("id", lid), "title": title, "date": f"{date}T{st}:00", "number": number,
                                   "subject": subject(skey, renamed), "group": group, "status": "Conducted",
                                   "resultPlaceId": 0, "works": works, "teachers": [T[tch][0]],
                                   "teachers_str": [str(T[tch][0])]})
    return lessons, marks, homeworks


def homework_bundle(week, homeworks, lessons, renamed):
    subs = sorted({h[4] for h in homeworks}, key=SUBJ_ORDER.index)
    all_lessons = {l["id"]: l for ls in lessons.values() for l in ls}
    flat = []
    for hw, lid, date, number, skey, tch in homeworks:
        lesson = all_lessons[lid]
        st, fin = bells(date)[number - 1]
        flat.append({"id": lid, "title": lesson["title"], "date": lesson["date"], "number": number,
                     "subjectId": SUBJ[skey][0], "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
                     "place": None, "floor": None, "hours": f"{st} - {fin}", "works": [w["id"] for w in lesson["works"]],
                     "teachers": [T[tch][0]], "teachers_str": [str(T[tch][0])]})
    tchs = sorted({h[5] for h in homeworks}, key=list(T).index)
    return {"works": [h[0] for h in homeworks],
            "subjects": [{"id": SUBJ[s][0], "name": subject(s, renamed)["name"], "knowledgeAreaId": SUBJ[s][3]} for s in subs],
            "lessons": flat, "files": [], "teachers": [teacher_person(t) for t in tchs]}


def person(pid, uid, parts):
    f, l, m, s = parts
    return {**ids("id", pid), **ids("userId", uid), "firstName": f, "lastName": l, "middleName": m,
            "shortName": f"{l} {f[0]}. {m[0]}.", "sex": s}


def pupil(k):
    return person(P[k], U[k], PUPILS[k])


def teacher_person(k, user=True):
    pid, uid, parts, _ = T[k]
    p = person(pid, uid, parts)
    if not user:
        p["userId"] = p["userId_str"] = None
    return p


def teachers_list(keys, house_master, subject_names):
    out = []
    for k in keys:
        pid, uid, (f, l, m, s), subj = T[k]
        out.append({"Id": pid, "IdStr": str(pid), "UserId": uid, "UserIdStr": str(uid), "FirstName": f, "LastName": l,
                    "MiddleName": m, "ShortName": f"{l} {f[0]}. {m[0]}.", "Sex": s, "DateBirth": None, "Email": None,
                    "Subjects": subject_names.get(subj, subj), "HouseMaster": k == house_master, "Education": "Высшее",
                    "StartDate": "2026-01-12T00:00:00" if k == "AHM" else "2014-09-01T00:00:00",
                    "PedagogicalActivityDate": "2010-09-01T00:00:00", "TeachingStaff": True,
                    "NameTeacherPosition": "Учитель"})
    return out


def group_obj(gid, name, full, parent=None, typ="Group"):
    return {**ids("id", gid), "parentIds": [parent] if parent else [], "parentIds_str": [str(parent)] if parent else [],
            "type": typ, "name": name, "fullName": full, "parallel": 8, **ids("timetable", TT_ID), "status": "Active",
            "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def edu_groups(renamed):
    if renamed:
        return [group_obj(G, "8К", "8 «К» (кадетский)"),
                group_obj(EN1, "8К англ. 1 гр. (Ахмедова)", "Ахмедова Л. Р.", G, "Subgroup"),
                group_obj(EN2, "8К англ. 2 гр. (Орлова)", "Орлова Д. П.", G, "Subgroup")]
    return [group_obj(G, "8В", ""), group_obj(EN1, "8В англ. 1 гр. (Соколова)", "Соколова М. В.", G, "Subgroup"),
            group_obj(EN2, "8В англ. 2 гр. (Орлова)", "Орлова Д. П.", G, "Subgroup")]


def subjects_list(renamed):
    return [{**subject(k, renamed), "halfYear": False} for k in SUBJ_ORDER]


def work_types(new):
    types = {**WT, **(WT_NEW if new else {})}
    return [{**ids("id", i), "schoolId": SCHOOL, "kindId": n + 1, "kind": k, "title": t, "abbr": a, "weight": w}
            for n, (i, (k, t, a, w)) in enumerate(sorted(types.items()))]


def timetables(upto):
    out = []
    for name, start, by_days, base in TIMETABLES:
        if start > upto:
            continue
        items = []
        for k, (days_, bl) in enumerate(by_days.items()):
            items += [{"Id": base + k * 10 + i, "Start": f"{start}T{s}:00", "Finish": f"{start}T{f}:00", "Name": f"{i} урок",
                       "Type": "Lesson", "DaysOfWeek": list(days_), "LessonNumber": i} for i, (s, f) in enumerate(bl, 1)]
        out.append({"Name": name, "Start": start + "T00:00:00", "FirstLessonNumber": 1, "Items": items})
    return out


def rpg(redated):
    periods, holidays = [], []
    for pid, typ, num, name, start, finish in RP:
        if redated and pid in REDATED:
            start, finish = REDATED[pid]
        periods.append({**ids("id", pid), "start": start + "T00:00:00", "finish": finish + "T00:00:00", "number": num,
                        "type": typ, "name": name, "year": 2025})
    for hid, name, start, finish in HOL:
        if redated and hid in REDATED:
            start, finish = REDATED[hid]
        holidays.append({"id": hid, "reportingPeriodGroupId": RPG_ID, "dateStart": start + "T00:00:00",
                         "dateFinish": finish + "T00:00:00", "name": name,
                         "description": "перенесены приказом министерства образования Тверской области от 18.03.2026" if redated and hid in REDATED else ""})
    return {"id": RPG_ID, "reportingPeriods": periods, "holidays": holidays}


def final_mark(pi, pk, skey, revised):
    value = FIN[pi][pk].split()[SUBJ_ORDER.index(skey)]
    scale = "markna" if value == "н/а" else "mark5"
    n, si = list(P).index(pk), SUBJ_ORDER.index(skey)
    date = f"{FIN_DATES[pi]}T{14 + si % 3}:{10 + n * 7:02d}:{20 + si * 5:02d}.{(pi + 1) * 111 + n}"
    if revised and (pk, skey) in FIN_REVISED:
        value, scale, date = FIN_REVISED[(pk, skey)]
    wid = 2260325488536750000 + pi * 10 + si
    return {**ids("id", 2260325488536700000 + pi * 100 + n * 10 + si), "type": scale, "value": value, "textValue": value,
            **ids("person", P[pk]), **ids("work", wid), "lesson": None, "lesson_str": None, "number": 0, "date": date,
            "workType": 4190, "mood": MOOD.get(value[0], "NotSet"), "use_avg_calc": False}


def final_marks(upto, revised=False):
    return [{**ids("person", P[pk]), **ids("group", G), **ids("reportingPeriod", RP[pi][0]),
             "per-subject-final-marks": [{**ids("subject", SUBJ[s][0]), "final-mark": final_mark(pi, pk, s, revised)}
                                         for s in SUBJ_ORDER]}
            for pk in P for pi in range(upto + 1)]


def avg_marks(span):
    return [{**ids("person", P[pk]), "per-subject-averages": [
        {**ids("subject", SUBJ[s][0]), "avg-mark-value": AVG[span][pk].split()[i]} for i, s in enumerate(SUBJ_ORDER)]}
        for pk in P]


def log_entries(week, lessons):
    out = []
    for weekday, number, skey, pk, status, comment in ATTENDANCE[week]:
        lid = lesson_id(week, weekday, number, None)
        st = bells(day(week, weekday))[number - 1][0]
        h, m = map(int, st.split(":"))
        minute = h * 60 + m + 3
        out.append({**ids("person", P[pk]), **ids("lesson", lid), "comment": comment, "status": status,
                    "createdDate": f"{day(week, weekday)}T{minute // 60:02d}:{minute % 60:02d}:{12 + list(P).index(pk) * 5:02d}.4{weekday}"})
    return out


def context(key):
    pid, uid, parts, children = PARENTS[key]
    f, l, m, s = parts
    return {**ids("userId", uid), **ids("personId", pid), "shortName": f"{l} {f[0]}. {m[0]}.", "avatarUrl": None,
            "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": SCHOOL_NAME, "type": "School", "groupIds": sorted({G} | {SUB_OF[c] for c in children})}],
            "eduGroups": [], "children": [{"personId": P[c], "personId_str": str(P[c]), "firstName": PUPILS[c][0],
                                           "lastName": PUPILS[c][1], "middleName": PUPILS[c][2],
                                           "shortName": f"{PUPILS[c][1]} {PUPILS[c][0][0]}. {PUPILS[c][2][0]}.",
                                           "schoolIds": [SCHOOL], "groupIds": [G, SUB_OF[c]]} for c in children],
            "splitId": None}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def main():
    g, s = f"/v2/edu-groups/{G}", f"/v2/schools/{SCHOOL}"
    w1, w1_marks, hw1 = build_week("W1", renamed=False, redated=False)
    w1_late, _, _ = build_week("W1", renamed=True, redated=False)       # the February re-pull of October
    w3, w3_marks, _ = build_week("W3", renamed=True, redated=False)
    w4, w4_marks, hw4 = build_week("W4", renamed=True, redated=False)
    w6, w6_marks, _ = build_week("W6", renamed=True, redated=True)

    def week_records(week, lessons, marks, pulled, frm, to, with_marks=True):
        hh, mm = int(pulled[11:13]), int(pulled[14:16])
        out, i = [], 0
        for grp in (G, EN1, EN2):
            out.append(rec(f"GET /v2/edu-groups/{grp}/lessons/{frm}/{to}", lessons[grp], f"{pulled[:11]}{hh:02d}:{mm + i:02d}:00+03:00"))
            i += 1
        if with_marks:
            for grp in (G, EN1, EN2):
                out.append(rec(f"GET /v2/edu-groups/{grp}/marks/{frm}/{to}", marks[grp], f"{pulled[:11]}{hh:02d}:{mm + i:02d}:00+03:00"))
                i += 1
        return out

    school = {**ids("id", SCHOOL), "name": SCHOOL_NAME,
              "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 36» г. Твери",
              "avatarSmall": None, "city": "Тверь", "municipality": "г. Тверь", "regionId": 69, "markType": "mark5",
              "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
              "tsoRegionTreePath": "69."}
    old_subjects = {"Технология": "Технология"}
    new_subjects = {"Технология": TECH_NEW}
    steps = [
        {"name": "1. the start of the year (pulled 2025-09-01): the school (§3.10), its subjects (§3.11: «Технология»), work types (§3.3, five kinds and the period mark), the class 8В and its English subgroups (§3.8), their members (POST edu-groups), the class's bell timetable (§3.14: one timetable from 2025-09-01), its reporting-period-group (§3.12), the school's teachers (§3.9 PascalCase), the class teacher Полякова И. С., and two parents' contexts",
         "batches": [[
             rec(f"GET {s}", school, "2025-09-01T19:00:00+03:00"),
             rec(f"GET {s}/subjects", subjects_list(False), "2025-09-01T19:00:01+03:00"),
             rec(f"GET /v2/work-types/{SCHOOL}", work_types(False), "2025-09-01T19:00:02+03:00"),
             rec(f"GET {s}/edu-groups", edu_groups(False), "2025-09-01T19:00:03+03:00"),
             rec("POST /v2/edu-groups", [{"group": grp, "students": [{"person": pupil(k), "membershipstatus": "Active"}
                                                                     for k in P if grp["id"] == G or SUB_OF[k] == grp["id"]]}
                                         for grp in edu_groups(False)], "2025-09-01T19:00:04+03:00", request_body=[G, EN1, EN2]),
             rec(f"GET {g}/timetables", timetables("2025-09-01"), "2025-09-01T19:00:05+03:00"),
             rec(f"GET {g}/reporting-period-group", rpg(False), "2025-09-01T19:00:06+03:00"),
             rec(f"GET {s}/teachers", teachers_list(["POL", "ZAH", "NIK", "BEL", "SOK", "ORL"], "POL", old_subjects), "2025-09-01T19:00:07+03:00"),
             rec(f"GET {g}/classteacher", teacher_person("POL"), "2025-09-01T19:00:08+03:00"),
             rec(f"GET /v2/users/{PARENTS['PAR1'][1]}/context", context("PAR1"), "2025-09-01T19:00:09+03:00"),
             rec(f"GET /v2/users/{PARENTS['PAR3'][1]}/context", context("PAR3"), "2025-09-01T19:00:10+03:00"),
         ]]},
        {"name": "2. the week of 2025-10-13 (pulled 2025-10-17): the class's and both subgroups' lessons (§3.4 entity shape: start time in `date`, no `hours`) and marks (§3.1), the class's log entries (§3.5) and the homework bundle (§3.7); English 1 гр. taught by Соколова М. В., «Технология» under its old name",
         "batches": [week_records("W1", w1, w1_marks, "2025-10-17T20:00:00+03:00", "2025-10-13", "2025-10-17") + [
             rec(f"GET /v2/lesson-log-entries/group/{G}?from=2025-10-13&to=2025-10-17", log_entries("W1", w1), "2025-10-17T20:06:00+03:00"),
             rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2025-10-13&endDate=2025-10-17", homework_bundle("W1", hw1, w1, False), "2025-10-17T20:07:00+03:00"),
         ]]},
        {"name": "3. the end of «1 четверть» (pulled 2025-10-25): the class's final-marks (§3.13) and the journal's averages over the quarter's dates (avg-marks 2025-09-01..2025-10-24)",
         "batches": [[
             rec(f"GET {g}/final-marks", final_marks(0), "2025-10-25T18:00:00+03:00"),
             rec(f"GET {g}/avg-marks/2025-09-01/2025-10-24", avg_marks(("2025-09-01", "2025-10-24")), "2025-10-25T18:00:01+03:00"),
         ]]},
        {"name": "4. the end of «2 четверть» (pulled 2025-12-27): the class's final-marks with both quarters (Соколова's English marks for «2 четверть» among them; she leaves the school after 12-26)",
         "batches": [[
             rec(f"GET {g}/final-marks", final_marks(1), "2025-12-27T18:00:00+03:00"),
         ]]},
        {"name": "5. the setup for the second half-year (pulled 2026-01-10): 8В is now the cadet class «8К» and its subgroups are renamed (same ids, §3.8); «Технология» is now «Труд (технология)» (same id, §3.11); the class teacher is Никитин П. А. (§3.9); the school's teachers no longer list Соколова М. В. and list Ахмедова Л. Р. (§3.9)",
         "batches": [[
             rec(f"GET {s}/edu-groups", edu_groups(True), "2026-01-10T19:00:00+03:00"),
             rec(f"GET {s}/subjects", subjects_list(True), "2026-01-10T19:00:01+03:00"),
             rec(f"GET {g}/classteacher", teacher_person("NIK"), "2026-01-10T19:00:03+03:00"),
             rec(f"GET {s}/teachers", teachers_list(["POL", "ZAH", "NIK", "BEL", "ORL", "AHM"], "NIK", new_subjects), "2026-01-10T19:00:04+03:00"),
         ]]},
        {"name": "6. the first day of the new bells (2026-01-12, pulled that evening): the three groups' lessons of the day (no marks were given); English 1 гр. now taught by Ахмедова Л. Р.",
         "batches": [week_records("W3", w3, w3_marks, "2026-01-12T20:00:00+03:00", "2026-01-12", "2026-01-12", with_marks=False)]},
        {"name": "7. the re-send of the 2026-01-10 reference batch's timetables answer (its first delivery was answered 503 and the job re-sent it on 2026-01-13, after the lessons of 01-12): both bell timetables, the new one from 2026-01-12 with Monday bells of their own (§3.14 Start, DaysOfWeek)",
         "batches": [[
             rec(f"GET {g}/timetables", timetables("2026-01-12"), "2026-01-10T19:00:02+03:00"),
         ]]},
        {"name": "8. the week of 2026-02-09 (pulled 2026-02-13): lessons, marks and homework; История and Труд (технология) marks on the new work type 4106 «Защита проекта», which the work types the hub holds do not list yet (§3.1 workType, §3.3)",
         "batches": [week_records("W4", w4, w4_marks, "2026-02-13T20:00:00+03:00", "2026-02-09", "2026-02-13") + [
             rec(f"GET /v2/users/me/school/{SCHOOL}/homeworks?startDate=2026-02-09&endDate=2026-02-13", homework_bundle("W4", hw4, w4, True), "2026-02-13T20:06:00+03:00"),
         ]]},
        {"name": "9. the weekly reference pull and a repair backfill (pulled 2026-02-15): the work types now list 4106 «Защита проекта» (weight 2, §3.3); Соколова's person (account closed: userId null, §3.9); the October week's lessons of the class and of English 1 гр. pulled again (the subject now embedded as «Труд (технология)», §3.4; the lessons still name Соколова, and their start times are October's)",
         "batches": [[
             rec(f"GET /v2/work-types/{SCHOOL}", work_types(True), "2026-02-15T12:00:00+03:00"),
             rec(f"GET /v2/persons/{T['SOK'][0]}", teacher_person("SOK", user=False), "2026-02-15T12:00:01+03:00"),
             rec(f"GET {g}/lessons/2025-10-13/2025-10-17", w1_late[G], "2026-02-15T12:00:02+03:00"),
             rec(f"GET /v2/edu-groups/{EN1}/lessons/2025-10-13/2025-10-17", w1_late[EN1], "2026-02-15T12:00:03+03:00"),
         ]]},
        {"name": "10. a re-queued nightly reference batch pulled 2025-12-20, delivered only now (2026-02-16) after a relay outage: the groups under their old names, «Технология», the old bell timetable alone, the class teacher Полякова, the school's teachers with Соколова, the work types without 4106 (every answer older than what the hub holds)",
         "batches": [[
             rec(f"GET {s}/edu-groups", edu_groups(False), "2025-12-20T03:00:00+03:00"),
             rec(f"GET {s}/subjects", subjects_list(False), "2025-12-20T03:00:01+03:00"),
             rec(f"GET {g}/timetables", timetables("2025-12-20"), "2025-12-20T03:00:02+03:00"),
             rec(f"GET {g}/classteacher", teacher_person("POL"), "2025-12-20T03:00:03+03:00"),
             rec(f"GET {s}/teachers", teachers_list(["POL", "ZAH", "NIK", "BEL", "SOK", "ORL"], "POL", old_subjects), "2025-12-20T03:00:04+03:00"),
             rec(f"GET /v2/work-types/{SCHOOL}", work_types(False), "2025-12-20T03:00:05+03:00"),
         ]]},
        {"name": "11. «3 четверть» as planned (pulled 2026-03-20): the class's final-marks with the quarter marks given 03-19 (Гаврилов Труд (технология) «н/а», markna), and the journal's averages over 2026-01-12..2026-03-20, then the quarter's dates",
         "batches": [[
             rec(f"GET {g}/final-marks", final_marks(2), "2026-03-20T18:00:00+03:00"),
             rec(f"GET {g}/avg-marks/2026-01-12/2026-03-20", avg_marks(("2026-01-12", "2026-03-20")), "2026-03-20T18:00:01+03:00"),
         ]]},
        {"name": "12. the quarter moved (pulled 2026-03-21): the reporting-period-group now ends «3 четверть» on 03-27 and starts «4 четверть» on 04-06; the spring holidays, same id, are 03-28..04-05 (§3.12)",
         "batches": [[
             rec(f"GET {g}/reporting-period-group", rpg(True), "2026-03-21T10:00:00+03:00"),
         ]]},
        {"name": "13. the extra week 2026-03-23..27 (pulled 2026-03-27/28): lessons (works now in «3 четверть», periodNumber 3) and marks (4106 again), log entries; final-marks with two quarter marks revised on 03-27 (same ids: Кравченко Алгебра «3» → «4», Гаврилов Труд (технология) «н/а» → «4»); the averages over the moved quarter; and, delivered last, a reporting-period-group pulled 2026-03-13 by a lagging worker (the old dates)",
         "batches": [week_records("W6", w6, w6_marks, "2026-03-27T20:00:00+03:00", "2026-03-23", "2026-03-27") + [
             rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-03-23&to=2026-03-27", log_entries("W6", w6), "2026-03-27T20:06:00+03:00"),
             rec(f"GET {g}/final-marks", final_marks(2, revised=True), "2026-03-28T18:00:00+03:00"),
             rec(f"GET {g}/avg-marks/2026-01-12/2026-03-27", avg_marks(("2026-01-12", "2026-03-27")), "2026-03-28T18:00:01+03:00"),
             rec(f"GET {g}/reporting-period-group", rpg(False), "2026-03-13T03:00:00+03:00"),
         ]]},
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 36: the school's setup changes during 2025/26 (September to March). МАОУ «СОШ № 36», Тверь, 8В and its two English subgroups: the class renamed «8К» and its subgroups with it (same ids), «Технология» renamed «Труд (технология)» (same id), new bells from 2026-01-12 (two timetables, each with its Start), «3 четверть» moved to end 03-27 after its marks were given (two quarter marks revised), the spring holidays moved with it, a new work type in February whose first marks come before it, the class teacher replaced, the English teacher of 1 гр. leaving in December; a February backfill of October, and answers pulled before the changes delivered after them.",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
