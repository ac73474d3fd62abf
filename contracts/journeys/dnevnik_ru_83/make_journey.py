"""Write journey.json: «Лицей № 83» (Екатеринбург, UTC+5), Dnevnik.ru, class 7В over two school weeks
(2025-11-10..11-21), whose marks are entered, corrected, moved and deleted, and reported through every marks endpoint
of the reference: a group's marks range, a group's subject range, a lesson's marks (and their batch form
`POST lessons/marks`), a work's marks, one mark by id, a person's marks by work and by lesson, a person's marks range
(by school and by group) and a person's marks by lesson date. Each evening the sync job pulls another of them; two
evenings' batches fail and are delivered after later ones; inside one batch the answers come in completion order,
not pull order. Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.

The journal's truth is written as a history per mark (when it was set, changed, moved, deleted); every answer is
that truth as of its `pulled_at`, filtered by the endpoint's scope.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime
S = 1000002830483  # school: 13-digit, an older id (§1)
G = 2260325488583107002  # 7В: a 19-digit id above 2^53 (§1)
TT_ID = 1000006830072
SCHOOL_NAME = "МАОУ «Лицей № 83»"

WT_OU, WT_SR, WT_KR, WT_DZ, WT_KD, WT_LR, WT_IZ = 8301, 8302, 8303, 8304, 8305, 8306, 8307
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_KD, "LessonTestWork", "Контрольный диктант", "КД", 3),
    (WT_LR, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
    (WT_IZ, "LessonComposition", "Изложение", "ИЗ", 2),
]
# work kinds of a lesson: code in the work id, Work.type (§3.2), work type, markCount
KINDS = {"OU": (1, "DefaultNewLessonWork", WT_OU, 1), "SR": (2, "CommonWork", WT_SR, 1),
         "KD": (3, "LessonTestWork", WT_KD, 2), "LR": (4, "LaboratoryWork", WT_LR, 1),
         "KR": (5, "LessonTestWork", WT_KR, 1), "IZ": (6, "LessonComposition", WT_IZ, 2),
         "HW": (9, "Homework", WT_DZ, 1)}
SUBJECTS = {
    "Русский язык": (1000003830001, "Филология"), "Алгебра": (1000003830002, "Математика"),
    "Геометрия": (1000003830003, "Математика"), "Литература": (1000003830004, "Филология"),
    "История": (1000003830005, "Общественные науки"), "Английский язык": (1000003830006, "Филология"),
    "Биология": (1000003830007, "Естествознание"), "Физика": (1000003830008, "Естествознание"),
    "География": (1000003830009, "Естествознание"), "Информатика": (1000003830010, "Математика"),
    "Физическая культура": (1000003830011, "Физическая культура"),
}

# pupils of 7В: (person id, user id, last, first, middle, sex)
PUPILS = [
    (1000012830701, 1000011830701, "Абрамов", "Тимур", "Русланович", "Male"),
    (1000012830702, 1000011830702, "Белова", "Ксения", "Андреевна", "Female"),
    (1000012830703, 1000011830703, "Гарипов", "Артур", "Ильдарович", "Male"),
    (1000012830704, 1000011830704, "Денисова", "Полина", "Сергеевна", "Female"),
    (2260325488583300705, 2260325488583400705, "Зайцев", "Матвей", "Олегович", "Male"),
    (1000012830706, 1000011830706, "Кузнецова", "Алиса", "Дмитриевна", "Female"),
    (1000012830707, 1000011830707, "Лапин", "Семён", "Викторович", "Male"),
    (2260325488583300708, 2260325488583400708, "Мухаметова", "Диана", "Рамилевна", "Female"),
    (1000012830709, 1000011830709, "Никитин", "Глеб", "Павлович", "Male"),
    (1000012830710, 1000011830710, "Орлова", "Вероника", "Евгеньевна", "Female"),
]
TIMUR, KSENIA, ARTUR, POLINA, MATVEY, ALISA, SEMYON, DIANA, GLEB, VERONIKA = range(10)
PARENTS = [  # (person, user, last, first, middle, sex, children)
    (1000012830901, 1000011830901, "Абрамова", "Елена", "Викторовна", "Female", [TIMUR]),
    (1000012830902, 1000011830902, "Гарипова", "Алсу", "Ринатовна", "Female", [ARTUR]),
    (2260325488583300903, 2260325488583400903, "Зайцев", "Олег", "Игоревич", "Male", [MATVEY]),
    (1000012830904, 1000011830904, "Лапина", "Ирина", "Сергеевна", "Female", [SEMYON]),
]
TEACHERS = {
    "Ковалёва": 1000012830950, "Шульгин": 1000012830951, "Хабибуллина": 1000012830952,
    "Пермяков": 1000012830953, "Сафина": 1000012830954, "Дорохов": 1000012830955, "Мальцев": 1000012830956,
}
TEACHER_OF = {"Русский язык": "Ковалёва", "Литература": "Ковалёва", "Алгебра": "Шульгин", "Геометрия": "Шульгин",
              "Английский язык": "Хабибуллина", "История": "Пермяков", "Биология": "Сафина", "География": "Сафина",
              "Физика": "Дорохов", "Информатика": "Дорохов", "Физическая культура": "Мальцев"}

WEEKDAY = [  # 7В's timetable by weekday (0 = Monday), lessons 1..5
    ["Русский язык", "Алгебра", "Литература", "История", "Английский язык"],
    ["Геометрия", "Русский язык", "Биология", "Физика", "Физическая культура"],
    ["Алгебра", "Русский язык", "География", "Английский язык", "Информатика"],
    ["Русский язык", "Геометрия", "Литература", "Физика", "История"],
    ["Алгебра", "Английский язык", "Биология", "Русский язык", "Физическая культура"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15")}
TOPICS = {
    "Русский язык": ["Контрольный диктант по теме «Причастие»", "Анализ контрольного диктанта. Работа над ошибками",
                     "Деепричастие как часть речи", "Деепричастный оборот. Запятые при деепричастном обороте",
                     "Раздельное написание НЕ с деепричастиями", "Деепричастия несовершенного вида",
                     "Деепричастия совершенного вида", "Морфологический разбор деепричастия",
                     "Повторение темы «Деепричастие»", "Р. р. Сжатое изложение (упр. 218)"],
    "Алгебра": ["Умножение одночлена на многочлен. Самостоятельная работа", "Вынесение общего множителя за скобки",
                "Вынесение общего множителя за скобки. Решение уравнений", "Умножение многочлена на многочлен",
                "Умножение многочлена на многочлен. Закрепление", "Контрольная работа № 3 «Многочлены»"],
    "Геометрия": ["Признаки равенства треугольников. Решение задач", "Окружность",
                  "Построения циркулем и линейкой", "Задачи на построение"],
    "Литература": ["Н. В. Гоголь. «Тарас Бульба»: история создания повести",
                   "«Тарас Бульба»: Остап и Андрий", "«Тарас Бульба»: смысл противопоставления братьев",
                   "Р. р. Подготовка к сочинению по повести «Тарас Бульба»"],
    "История": ["Реформация в Германии", "Распространение Реформации в Европе. Контрреформация",
                "Королевская власть и Реформация в Англии", "Религиозные войны во Франции"],
    "Английский язык": ["Unit 3. Present Simple and Present Continuous", "Unit 3. Reading: A day in the life",
                        "Unit 3. Listening and speaking", "Unit 3. Writing an email to a friend",
                        "Unit 3. Vocabulary revision", "Unit 3. Progress check"],
    "Биология": ["Тип Плоские черви", "Тип Круглые черви", "Тип Кольчатые черви",
                 "Лабораторная работа «Внешнее строение дождевого червя»"],
    "Физика": ["Давление. Единицы давления", "Лабораторная работа № 6 «Определение давления твёрдого тела»",
               "Давление газа", "Закон Паскаля"],
    "География": ["Литосфера и рельеф Земли", "Равнины и горы материков"],
    "Информатика": ["Кодирование текстовой информации", "Кодирование графической информации"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Баскетбол: передачи мяча", "Баскетбол: бросок в кольцо",
                            "Баскетбол: учебная игра"],
}
HOMEWORK = {  # subject -> the texts, one per lesson of the fortnight in order (§3.2 Homework works)
    "Русский язык": ["Подготовиться к диктанту: повторить § 18–20", "Упр. 186, выучить правило на с. 92",
                     "§ 22, упр. 191", "§ 23, упр. 196 (выписать деепричастные обороты)", "Упр. 199, 201",
                     "§ 24, упр. 204", "§ 25, упр. 208", "Разбор трёх деепричастий из упр. 210",
                     "Повторить § 22–25, упр. 214", "Дописать изложение (упр. 218) набело"],
    "Алгебра": ["№ 318, 320(а, б)", "№ 332, 334", "№ 341(а–г), 345", "№ 352, 355(а, в)",
                "Подготовиться к контрольной: № 360, 362", "№ 371, 373"],
    "Геометрия": ["№ 124, 127", "§ 21, вопросы 1–5, № 143", "№ 150, 153 (построить в тетради)", "№ 158, 160"],
    "Английский язык": ["WB p. 28, ex. 1–3", "SB p. 40, ex. 5 (read and translate)", "WB p. 30, ex. 4, 5",
                        "Write an email (80–100 words)", "Learn the words of Unit 3", "WB p. 33, ex. 6"],
    "История": ["§ 8, вопросы на с. 83", "§ 9, таблица «Реформация и Контрреформация»", "§ 10, вопросы 1–4",
                "§ 11, сообщение о Варфоломеевской ночи (по желанию)"],
}

W1 = [D(2025, 11, 10) + dt.timedelta(days=i) for i in range(5)]
W2 = [D(2025, 11, 17) + dt.timedelta(days=i) for i in range(5)]
DAYS = W1 + W2
FIRST = D(2025, 11, 10)


# --- lessons and works ---------------------------------------------------------------------------------------------

def lesson_id(day, n):
    return 2260325488585000000 + (day - FIRST).days * 10 + n


def work_id(day, n, kind):
    return 2260325488586000000 + (day - FIRST).days * 1000 + n * 10 + KINDS[kind][0]


EXTRA = {  # (day, number) -> extra assessed works of the lesson besides its default one (planned in advance)
    (W1[0], 1): ["KD"],  # Mon 10.11 Русский: контрольный диктант, two marks per pupil (§3.1 number, markCount 2)
    (W1[0], 2): ["SR"],  # Mon 10.11 Алгебра: самостоятельная работа
    (W1[3], 4): ["LR"],  # Thu 13.11 Физика: лабораторная работа
    (W2[4], 1): ["KR"],  # Fri 21.11 Алгебра: контрольная работа
    (W2[4], 4): ["IZ"],  # Fri 21.11 Русский: изложение, two marks per pupil
}

LESSONS = {}  # (day, n) -> lesson
_count = {}
for day in DAYS:
    for n, subject in enumerate(WEEKDAY[day.weekday()], start=1):
        k = _count.get(subject, 0)
        _count[subject] = k + 1
        LESSONS[(day, n)] = {"day": day, "n": n, "subject": subject, "title": TOPICS[subject][k], "k": k,
                             "teacher": TEACHERS[TEACHER_OF[subject]],
                             "kinds": ["OU", *EXTRA.get((day, n), []), *(["HW"] if subject in HOMEWORK else [])]}


def subject_lessons(subject):
    return sorted((l for l in LESSONS.values() if l["subject"] == subject), key=lambda l: (l["day"], l["n"]))


def due_of(lesson):
    """The next lesson of the subject (the week after the fortnight by the timetable)."""
    after = [l["day"] for l in subject_lessons(lesson["subject"]) if l["day"] > lesson["day"]]
    if after:
        return after[0]
    day = lesson["day"] + dt.timedelta(days=1)
    while lesson["subject"] not in (WEEKDAY[day.weekday()] if day.weekday() < 5 else []):
        day += dt.timedelta(days=1)
    return day


def ids(n):
    return {"id": n, "id_str": str(n)}


def work_obj(lesson, kind):
    code, wtype, wt, count = KINDS[kind]
    day, n = lesson["day"], lesson["n"]
    wid = work_id(day, n, kind)
    common = {**ids(wid), "type": wtype, "workType": wt, "markType": "mark5", "markCount": count,
              "lesson": lesson_id(day, n), "lesson_str": str(lesson_id(day, n)), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJECTS[lesson["subject"]][0],
              "createdBy": lesson["teacher"], "files": [], "oneDriveLinks": []}
    if kind == "HW":
        due = due_of(lesson)
        tasks = [{**ids(2260325488587000000 + (day - FIRST).days * 1000 + n * 100 + i),
                  "person": p[0], "person_str": str(p[0]), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS)]
        return {**common, "displayInJournal": False, "status": "Sent", "tasks": tasks,
                "text": HOMEWORK[lesson["subject"]][lesson["k"]], "isImportant": False,
                "targetDate": f"{due}T00:00:00", "sentDate": f"{day}T1{n}:0{n}:4{n}.7"}
    text = {"OU": "", "SR": "Самостоятельная работа № 4", "KD": "Контрольный диктант «Осенний лес»",
            "LR": "Лабораторная работа № 6", "KR": "Контрольная работа № 3",
            "IZ": "Сжатое изложение (упр. 218)"}[kind]
    return {**common, "displayInJournal": True, "status": "Sent", "tasks": [], "text": text,
            "isImportant": kind in ("KD", "KR"), "targetDate": f"{day}T00:00:00", "sentDate": None}


def lesson_obj(lesson):
    day, n = lesson["day"], lesson["n"]
    subj_id, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson_id(day, n)), "title": lesson["title"], "date": f"{day}T{BELLS[n][0]}:00", "number": n,
            "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": G, "status": "Planned", "resultPlaceId": 0,
            "works": [work_obj(lesson, k) for k in lesson["kinds"]],
            "teachers": [lesson["teacher"]], "teachers_str": [str(lesson["teacher"])]}


# --- attendance: (day, n, pupil) -> history [(time, status or None)] ------------------------------------------------

def at(day, hhmm):
    return T.fromisoformat(f"{day}T{hhmm}:00")


LOG = {}
COMMENT = {}


def log(day, n, p, status, when, comment=""):
    LOG.setdefault((day, n, p), []).append((when, status))
    COMMENT[(day, n, p, status)] = comment


for n in range(1, 6):
    log(W1[0], n, SEMYON, "Ill", at(W1[0], "08:05"), "ОРВИ, сообщила мама")
    log(W1[3], n, MATVEY, "Ill", at(W1[3], "08:03"), "болеет")
    log(W2[1], n, VERONIKA, "Ill", at(W2[1], "08:02"), "")
log(W1[0], 4, ARTUR, "Absent", at(W1[0], "10:45"))
log(W1[0], 4, ARTUR, "Pass", at(D(2025, 11, 15), "11:20"), "соревнования, справка от тренера")
log(W1[1], 1, DIANA, "Late", at(W1[1], "08:12"), "опоздала на 10 минут")
log(W2[0], 1, GLEB, "Late", at(W2[0], "08:07"), "")
log(W2[2], 2, ALISA, "Absent", at(W2[2], "08:55"))
log(W2[4], 5, TIMUR, "Pass", at(W2[4], "11:36"), "освобождён от физкультуры, справка")


def status_at(key, when):
    state = None
    for t, s in LOG[key]:
        if t <= when:
            state = s
    return state


def away(day, n, p):
    """The pupil missed the lesson (as finally logged): he gets no marks there."""
    hist = LOG.get((day, n, p))
    return bool(hist) and hist[-1][1] in ("Ill", "Absent", "Pass")


# --- marks: the journal's history of each mark ---------------------------------------------------------------------

MARKS = []  # {"id", "p", "number", "date", "hist": [(time, state or None)]}; state {"value", "lesson", "kind"}
_seq = [0]


def mark(p, lesson, kind, value, when, number=0, stamp=None):
    _seq[0] += 1
    frac = ["513", "5", "07", "2", "94", "331"][_seq[0] % 6]
    m = {"id": 2260325488590000000 + _seq[0] * 7, "p": p, "number": number,
         "date": stamp or f"{when:%Y-%m-%dT%H:%M:%S}.{frac}",
         "hist": [(when, {"value": value, "lesson": lesson, "kind": kind})]}
    MARKS.append(m)
    return m


def change(m, when, **new):
    state = dict(m["hist"][-1][1])
    state.update(new)
    m["hist"].append((when, state))


def delete(m, when):
    m["hist"].append((when, None))


def state_at(m, when):
    state = None
    for t, s in m["hist"]:
        if t <= when:
            state = s
    return state


RESERVED = set()  # (lesson key, pupil) whose marks are the stories' alone


def story():
    mon1, tue1, wed1, thu1, fri1 = W1
    mon2, tue2, wed2, thu2, fri2 = W2
    # S1 контрольный диктант (Mon 10.11 #1): two marks per present pupil, set Tuesday afternoon (date ≠ lesson day)
    pairs = ["5", "4"], ["4", "4"], ["3", "4"], ["5", "5"], ["4", "3"], ["4", "5"], None, ["3", "3"], ["5", "4"], \
        ["5", "3"]
    for p, pair in enumerate(pairs):
        if pair is None:  # Семён was ill (log)
            continue
        first = mark(p, (mon1, 1), "KD", pair[0], at(tue1, f"14:{10 + 2 * p:02d}"), number=0)
        second = mark(p, (mon1, 1), "KD", pair[1], at(tue1, f"14:{11 + 2 * p:02d}"), number=1)
        if p == VERONIKA:  # the grammar task re-checked: 3 -> 4 (Wed 11:00)
            change(second, at(wed1, "11:00"), value="4")
        RESERVED.add(((mon1, 1), p))
    # S2 самостоятельная (Mon 10.11 #2 Алгебра): Ксения's mark entered in the default column by mistake, moved
    sr = {TIMUR: "5", KSENIA: "4", ARTUR: "3", POLINA: "5", MATVEY: "4", ALISA: "4-", DIANA: "3", GLEB: "5",
          VERONIKA: "4"}
    for p, v in sr.items():
        m = mark(p, (mon1, 2), "OU" if p == KSENIA else "SR", v, at(mon1, f"15:{10 + p:02d}"))
        if p == KSENIA:
            change(m, at(wed1, "08:15"), kind="SR")
    RESERVED.add(((mon1, 2), KSENIA))
    # S3 Матвей's Литература 3 -> 4 (Tue 09:00)
    m = mark(MATVEY, (mon1, 3), "OU", "3", at(mon1, "10:05"))
    change(m, at(tue1, "09:00"), value="4")
    RESERVED.add(((mon1, 3), MATVEY))
    # S5 Тимур's Геометрия 4 -> 5 (Wed 09:00)
    m = mark(TIMUR, (tue1, 1), "OU", "4", at(tue1, "08:30"))
    change(m, at(wed1, "09:00"), value="5")
    RESERVED.add(((tue1, 1), TIMUR))
    # S6 Полина's late mark for Tuesday's Русский, set Wednesday 08:00
    mark(POLINA, (tue1, 2), "OU", "5", at(wed1, "08:00"))
    RESERVED.add(((tue1, 2), POLINA))
    # S7 Алиса's Физика 2, deleted Wednesday 10:00
    delete(mark(ALISA, (tue1, 4), "OU", "2", at(tue1, "11:00")), at(wed1, "10:00"))
    RESERVED.add(((tue1, 4), ALISA))
    # S8 Диана's География 3, deleted Thursday 12:00
    delete(mark(DIANA, (wed1, 3), "OU", "3", at(wed1, "10:00")), at(thu1, "12:00"))
    RESERVED.add(((wed1, 3), DIANA))
    # S9 лабораторная (Thu 13.11 #4 Физика), and Артур's 2 for his answer, deleted on Saturday 09:00
    lr = {TIMUR: "5", KSENIA: "5", ARTUR: "4", POLINA: "4", ALISA: "5", SEMYON: "3", DIANA: "4", GLEB: "4",
          VERONIKA: "5"}
    for p, v in lr.items():
        mark(p, (thu1, 4), "LR", v, at(thu1, f"15:{20 + p:02d}"))
    delete(mark(ARTUR, (thu1, 4), "OU", "2", at(thu1, "11:10")), at(D(2025, 11, 15), "09:00"))
    RESERVED.add(((thu1, 4), ARTUR))
    # S10 Семён's Английский 4 -> 5- (Sat 09:30)
    m = mark(SEMYON, (fri1, 2), "OU", "4", at(fri1, "09:10"))
    change(m, at(D(2025, 11, 15), "09:30"), value="5-")
    RESERVED.add(((fri1, 2), SEMYON))
    # S18 Полина's Биология 3 and S19 Глеб's Русский 4-, deleted on Saturday morning: only the Saturday answers of
    # that work and that lesson report it (every pupil's own range was pulled on Friday evening)
    delete(mark(POLINA, (fri1, 3), "OU", "3", at(fri1, "09:55")), at(D(2025, 11, 15), "08:30"))
    RESERVED.add(((fri1, 3), POLINA))
    delete(mark(GLEB, (fri1, 4), "OU", "4-", at(fri1, "10:55")), at(D(2025, 11, 15), "08:40"))
    RESERVED.add(((fri1, 4), GLEB))
    # S20 Вероника's Физкультура 5 (entered for the wrong girl), deleted Saturday 09:10: only her own answer by lesson
    delete(mark(VERONIKA, (fri1, 5), "OU", "5", at(fri1, "11:50")), at(D(2025, 11, 15), "09:10"))
    RESERVED.add(((fri1, 5), VERONIKA))
    # S11 Матвей's История 3 -> 4 (Wed 19.11 09:00)
    m = mark(MATVEY, (mon2, 4), "OU", "3", at(mon2, "11:00"))
    change(m, at(wed2, "09:00"), value="4")
    RESERVED.add(((mon2, 4), MATVEY))
    # S12 Глеб's 5 set on Thursday in Tuesday's Геометрия column by mistake, moved to Thursday's on Friday 11:00
    m = mark(GLEB, (tue2, 1), "OU", "5", at(thu2, "09:20"))
    change(m, at(fri2, "11:00"), lesson=(thu2, 2))
    RESERVED.update({((tue2, 1), GLEB), ((thu2, 2), GLEB)})
    # S13 Матвей's Биология 2, deleted Thursday 10:00
    delete(mark(MATVEY, (tue2, 3), "OU", "2", at(tue2, "10:00")), at(thu2, "10:00"))
    RESERVED.add(((tue2, 3), MATVEY))
    # S14 Артур's Физика 3 -> 4 (Fri 12:00)
    m = mark(ARTUR, (tue2, 4), "OU", "3", at(tue2, "11:00"))
    change(m, at(fri2, "12:00"), value="4")
    RESERVED.add(((tue2, 4), ARTUR))
    # S15 Вероника's Английский 3, deleted Friday 09:00
    delete(mark(VERONIKA, (wed2, 4), "OU", "3", at(wed2, "11:00")), at(fri2, "09:00"))
    RESERVED.add(((wed2, 4), VERONIKA))
    # S16 контрольная (Fri 21.11 #1 Алгебра): Ксения's 3 -> 4 on appeal (Sat 10:00)
    kr = {TIMUR: "4", KSENIA: "3", ARTUR: "3", POLINA: "5", MATVEY: "4", ALISA: "5", SEMYON: "3", DIANA: "4",
          GLEB: "5", VERONIKA: "4"}
    for p, v in kr.items():
        m = mark(p, (fri2, 1), "KR", v, at(fri2, f"14:{p:02d}"))
        if p == KSENIA:
            change(m, at(D(2025, 11, 22), "10:00"), value="4")
    # S17 изложение (Fri 21.11 #4 Русский): two marks per pupil; Алиса's second 3 -> 4 (Sat 11:00)
    iz = {TIMUR: ["4", "4"], KSENIA: ["5", "4"], ARTUR: ["3", "3"], POLINA: ["5", "5"], MATVEY: ["4", "3"],
          ALISA: ["4", "3"], SEMYON: ["4", "4"], DIANA: ["3", "4"], GLEB: ["5", "4"], VERONIKA: ["5", "5"]}
    for p, pair in iz.items():
        mark(p, (fri2, 4), "IZ", pair[0], at(fri2, f"16:{10 + 2 * p:02d}"), number=0)
        second = mark(p, (fri2, 4), "IZ", pair[1], at(fri2, f"16:{11 + 2 * p:02d}"), number=1)
        if p == ALISA:
            change(second, at(D(2025, 11, 22), "11:00"), value="4")
        RESERVED.add(((fri2, 4), p))


def random_marks():
    """Answers at the board (the default column), about one pupil in five per lesson, set during the lesson."""
    pool = ["5", "4", "4", "5", "3", "4", "5", "4-", "3", "5-", "4+", "2", "4", "3+", "5"]
    seed = 83
    for day in DAYS:
        for n in range(1, 6):
            for p in range(10):
                seed = (seed * 1103515245 + 12345) % (2 ** 31)
                if (seed >> 8) % 100 >= 22 or away(day, n, p) or ((day, n), p) in RESERVED:
                    continue
                value = pool[(seed >> 16) % len(pool)]
                start = at(day, BELLS[n][0])
                mark(p, (day, n), "OU", value, start + dt.timedelta(minutes=12 + 3 * p))


story()
random_marks()
MARKS.sort(key=lambda m: m["id"])


def mood(value):
    return {"5": "Good", "4": "Good", "3": "Average"}.get(value[0], "Bad")


def mark_obj(m, state):
    day, n = state["lesson"]
    wid = work_id(day, n, state["kind"])
    p = PUPILS[m["p"]][0]
    return {**ids(m["id"]), "type": "mark5", "value": state["value"], "textValue": state["value"],
            "person": p, "person_str": str(p), "work": wid, "work_str": str(wid),
            "lesson": lesson_id(day, n), "lesson_str": str(lesson_id(day, n)), "number": m["number"],
            "date": m["date"], "workType": KINDS[state["kind"]][2], "mood": mood(state["value"]), "use_avg_calc": True}


def marks_where(when, keep):
    """The journal's marks as of `when` that `keep(mark, state)` selects, in id order (an endpoint's answer)."""
    out = []
    for m in MARKS:
        state = state_at(m, when)
        if state is not None and keep(m, state):
            out.append(mark_obj(m, state))
    return out


def mark_day(m):
    return D.fromisoformat(m["date"][:10])


def in_range(m, state, a, b):
    """A range holds a mark when both its lesson's day and its own date lie in it (the job never asks a range that
    splits the two)."""
    return a <= state["lesson"][0] <= b and a <= mark_day(m) <= b


def log_range(a, b, when):
    out = []
    for (day, n, p), hist in sorted(LOG.items()):
        status = status_at((day, n, p), when)
        if status is None or not a <= day <= b:
            continue
        created = hist[0][0] + dt.timedelta(seconds=17 + p)
        pid = PUPILS[p][0]
        out.append({"person": pid, "person_str": str(pid), "lesson": lesson_id(day, n),
                    "lesson_str": str(lesson_id(day, n)), "comment": COMMENT[(day, n, p, status)],
                    "status": status, "createdDate": f"{created:%Y-%m-%dT%H:%M:%S}.{(p * 37) % 100:02d}"})
    return out


# --- the sync job ---------------------------------------------------------------------------------------------------

class Pull:
    """Stamps the answers of one run of the job: each request 20 s after the previous one."""

    def __init__(self, start):
        self.t = T.fromisoformat(start)

    def next(self):
        t = self.t
        self.t += dt.timedelta(seconds=20)
        return t


def rec(request, body, when, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = f"{when:%Y-%m-%dT%H:%M:%S}+05:00"
    return r


def person_obj(p):
    pid, uid, last, first, middle, sex = p[:6]
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def group_obj():
    return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7В", "fullName": "",
            "parallel": 7, "timetable": TT_ID, "timetable_str": str(TT_ID), "status": "Active", "studyyear": 2025,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent):
    pid, uid, last, first, middle, _sex, kids = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": [G]}], "eduGroups": [],
            "children": [{"personId": PUPILS[c][0], "firstName": PUPILS[c][3], "lastName": PUPILS[c][2],
                          "middleName": PUPILS[c][4], "shortName": f"{PUPILS[c][2]} {PUPILS[c][3][0]}.",
                          "schoolIds": [S], "groupIds": [G]} for c in kids], "splitId": None}


PERIODS = [(1000007830001, "2025-09-01", "2025-10-24", 1, "1 четверть"),
           (1000007830002, "2025-11-05", "2025-12-26", 2, "2 четверть"),
           (1000007830003, "2026-01-12", "2026-03-20", 3, "3 четверть"),
           (1000007830004, "2026-03-30", "2026-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008830001, "2025-10-25", "2025-11-04", "Осенние каникулы"),
            (1000008830002, "2025-12-27", "2026-01-11", "Зимние каникулы"),
            (1000008830003, "2026-03-21", "2026-03-29", "Весенние каникулы")]


def rpg():
    rid = 1000009830072
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2025} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Звонки 2025/26", "Start": "2025-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT_ID * 10 + n, "Start": f"2025-09-01T{a}:00", "Finish": f"2025-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def lessons_range(a, b):
    return [lesson_obj(l) for l in sorted(LESSONS.values(), key=lambda l: (l["day"], l["n"])) if a <= l["day"] <= b]


def lid(day, n):
    return lesson_id(day, n)


def pid(p):
    return PUPILS[p][0]


def group_marks(pull, a, b, bounds=None):
    t = pull.next()
    lo, hi = bounds or (str(a), str(b))
    return rec(f"GET /v2/edu-groups/{G}/marks/{lo}/{hi}",
               marks_where(t, lambda m, s: in_range(m, s, a, b)), t)


def subject_marks(pull, subject, a, b):
    t = pull.next()
    sid = SUBJECTS[subject][0]
    return rec(f"GET /v2/edu-groups/{G}/subjects/{sid}/marks/{a}/{b}",
               marks_where(t, lambda m, s: in_range(m, s, a, b) and LESSONS[s["lesson"]]["subject"] == subject), t)


def lesson_marks(pull, key):
    t = pull.next()
    return rec(f"GET /v2/lessons/{lid(*key)}/marks", marks_where(t, lambda m, s: s["lesson"] == key), t)


def lessons_marks_post(pull, keys):
    t = pull.next()
    return rec("POST /v2/lessons/marks", marks_where(t, lambda m, s: s["lesson"] in keys), t,
               request_body={"lessons": [lid(*k) for k in keys]})


def work_marks(pull, key, kind):
    t = pull.next()
    return rec(f"GET /v2/works/{work_id(*key, kind)}/marks",
               marks_where(t, lambda m, s: s["lesson"] == key and s["kind"] == kind), t)


def one_mark(pull, m):
    t = pull.next()
    return rec(f"GET /v2/marks/{m['id']}", mark_obj(m, state_at(m, t)), t)


def person_work_marks(pull, p, key, kind):
    t = pull.next()
    return rec(f"GET /v2/persons/{pid(p)}/works/{work_id(*key, kind)}/marks",
               marks_where(t, lambda m, s: m["p"] == p and s["lesson"] == key and s["kind"] == kind), t)


def person_lesson_marks(pull, p, key):
    t = pull.next()
    return rec(f"GET /v2/persons/{pid(p)}/lessons/{lid(*key)}/marks",
               marks_where(t, lambda m, s: m["p"] == p and s["lesson"] == key), t)


def person_group_range(pull, p, a, b):
    t = pull.next()
    return rec(f"GET /v2/persons/{pid(p)}/edu-groups/{G}/marks/{a}/{b}",
               marks_where(t, lambda m, s: m["p"] == p and in_range(m, s, a, b)), t)


def person_school_range(pull, p, a, b):
    t = pull.next()
    return rec(f"GET /v2/persons/{pid(p)}/schools/{S}/marks/{a}/{b}",
               marks_where(t, lambda m, s: m["p"] == p and in_range(m, s, a, b)), t)


def person_lesson_day(pull, p, day):
    t = pull.next()
    return rec(f"GET /v2/lessons/{day}/persons/{pid(p)}/marks",
               marks_where(t, lambda m, s: m["p"] == p and s["lesson"][0] == day and mark_day(m) == day), t)


def log_pull(pull, a, b):
    t = pull.next()
    return rec(f"GET /v2/lesson-log-entries/group/{G}?from={a}&to={b}", log_range(a, b, t), t)


def find_mark(p, key, kind, first_value):
    return next(m for m in MARKS if m["p"] == p and m["hist"][0][1]["lesson"] == key
                and m["hist"][0][1]["kind"] == kind and m["hist"][0][1]["value"] == first_value)


def main():
    mon1, tue1, wed1, thu1, fri1 = W1
    mon2, tue2, wed2, thu2, fri2 = W2
    sun1, sun2 = D(2025, 11, 16), D(2025, 11, 23)

    p = Pull("2025-11-09T18:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": SCHOOL_NAME,
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 83»",
                                     "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург",
                                     "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "66."}, p.next()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], p.next()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj()], p.next()),
        rec(f"GET /v2/edu-groups/{G}/persons", [person_obj(x) for x in PUPILS], p.next()),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), p.next()),
        *[rec(f"GET /v2/users/{par[1]}/context", context(par), p.next()) for par in PARENTS],
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), p.next()),
        rec(f"GET /v2/edu-groups/{G}/lessons/{mon1}/{sun1}", lessons_range(mon1, sun1), p.next()),
    ]

    p = Pull("2025-11-10T19:30:00")
    monday1 = [group_marks(p, mon1, mon1), log_pull(p, mon1, mon1)]

    # Wednesday: each work of the day, and the works the day's change notices named (the job follows them)
    p = Pull("2025-11-12T19:30:00")
    wed_works = [work_marks(p, (wed1, n), k) for n in range(1, 6) for k in LESSONS[(wed1, n)]["kinds"] if k != "HW"]
    t_sr = work_marks(p, (mon1, 2), "SR")  # pulled first...
    t_ou = work_marks(p, (mon1, 2), "OU")  # ...pulled 20 s later, without Ксения's mark
    wednesday1 = [*wed_works, t_ou, t_sr,  # completion order: the default column's answer came back first
                  work_marks(p, (mon1, 1), "KD"), work_marks(p, (tue1, 1), "OU"), work_marks(p, (tue1, 2), "OU"),
                  work_marks(p, (tue1, 4), "OU"), log_pull(p, wed1, wed1)]

    # Tuesday's run (503), re-sent Thursday morning: each lesson of the day, and Monday's dictation
    p = Pull("2025-11-11T19:30:00")
    tuesday1 = [*[lesson_marks(p, (tue1, n)) for n in range(1, 6)], lesson_marks(p, (mon1, 1)),
                log_pull(p, tue1, tue1)]

    # Thursday: the batch form for Wednesday's and Thursday's lessons; one mark by id after a change notice
    p = Pull("2025-11-13T19:30:00")
    thursday1 = [lessons_marks_post(p, [(d, n) for d in (wed1, thu1) for n in range(1, 6)]),
                 one_mark(p, find_mark(MATVEY, (mon1, 3), "OU", "3")), log_pull(p, thu1, thu1)]

    # Friday: every pupil's own week in the class (a person's marks range)
    p = Pull("2025-11-14T19:30:00")
    friday1 = [person_group_range(p, x, mon1, fri1) for x in range(10)] + [log_pull(p, fri1, fri1)]

    # Saturday morning: the cells the change notices named: two pupils' own (a person's marks by work, by lesson),
    # then a work's and a lesson's marks
    p = Pull("2025-11-15T10:00:00")
    saturday1 = [person_work_marks(p, ARTUR, (thu1, 4), "OU"), person_lesson_marks(p, SEMYON, (fri1, 2)),
                 person_lesson_marks(p, VERONIKA, (fri1, 5)),
                 work_marks(p, (fri1, 3), "OU"), lesson_marks(p, (fri1, 4))]

    p = Pull("2025-11-16T18:00:00")
    sunday1 = [log_pull(p, mon1, fri1), rec(f"GET /v2/edu-groups/{G}/lessons/{mon2}/{sun2}",
                                            lessons_range(mon2, sun2), p.next())]

    p = Pull("2025-11-17T19:30:00")
    monday2 = [person_lesson_day(p, x, mon2) for x in range(10)] + [log_pull(p, mon2, mon2)]

    p = Pull("2025-11-18T19:30:00")
    tuesday2 = [subject_marks(p, WEEKDAY[1][n - 1], tue2, tue2) for n in range(1, 6)] + [log_pull(p, tue2, tue2)]

    p = Pull("2025-11-19T19:30:00")
    wednesday2 = [person_school_range(p, x, mon2, wed2) for x in range(10)] + [log_pull(p, wed2, wed2)]

    # Thursday's run: each lesson of the last three school days (late marks); its batch fails until Monday
    p = Pull("2025-11-20T19:30:00")
    thursday2 = [lesson_marks(p, (d, n)) for d in (tue2, wed2, thu2) for n in range(1, 6)] + [log_pull(p, thu2, thu2)]

    p = Pull("2025-11-21T19:30:00")
    friday2 = [work_marks(p, (fri2, n), k) for n in range(1, 6) for k in LESSONS[(fri2, n)]["kinds"] if k != "HW"]
    friday2.append(log_pull(p, fri2, fri2))

    p = Pull("2025-11-23T20:00:00")
    sunday2 = [group_marks(p, mon2, sun2, bounds=(f"{mon2}T00:00:00", f"{sun2}T23:59:59")), log_pull(p, mon2, fri2)]

    steps = [
        ("1. Sun 09.11 18:00: school, work types, class, pupils, bells, parents' contexts, quarters, week 1's "
         "lessons with their works", [setup]),
        ("2. Mon 10.11 19:30: the group's marks range for the day (edu-groups/{g}/marks/{from}/{to})", [monday1]),
        ("3. Wed 12.11 19:30: a work's marks (works/{w}/marks) for each work of the day and for the works the "
         "change notices named; Monday's Алгебра columns come back out of pull order", [wednesday1]),
        ("4. Tue 11.11 19:30, re-sent Thu 13.11 07:10 after a 503: a lesson's marks (lessons/{l}/marks) for each "
         "lesson of the day and Monday's dictation", [tuesday1]),
        ("5. Thu 13.11 19:30: the batch form POST lessons/marks for Wednesday's and Thursday's lessons; one mark "
         "by id (marks/{id})", [thursday1]),
        ("6. Fri 14.11 19:30: every pupil's own marks range in the class "
         "(persons/{p}/edu-groups/{g}/marks/{from}/{to})", [friday1]),
        ("7. Sat 15.11 10:00: a person's marks by work (Артур's Физика column) and by lesson (Семён's Английский, "
         "Вероника's Физкультура); "
         "Friday's Биология column (works/{w}/marks) and Русский lesson (lessons/{l}/marks)", [saturday1]),
        ("8. Sun 16.11 18:00: week 1's attendance again, week 2's lessons", [sunday1]),
        ("9. Mon 17.11 19:30: each pupil's marks by lesson date (lessons/{date}/persons/{p}/marks)", [monday2]),
        ("10. Tue 18.11 19:30: the group's subject ranges (edu-groups/{g}/subjects/{s}/marks/{from}/{to})",
         [tuesday2]),
        ("11. Wed 19.11 19:30: every pupil's marks range in the school (persons/{p}/schools/{s}/marks/{from}/{to})",
         [wednesday2]),
        ("12. Fri 21.11 19:30: a work's marks for each work of the day (Thursday's run still failing)", [friday2]),
        ("13. Sun 23.11 20:00: the week's group range, date-time bounds, and the week's attendance", [sunday2]),
        ("14. Thu 20.11 19:30, re-sent Mon 24.11 07:30: a lesson's marks for each lesson of Tue..Thu", [thursday2]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 83» (Екатеринбург, UTC+5), 7В, 2025-11-10..11-21: marks entered, corrected, "
                       "moved to another work or lesson and deleted, reported through every marks endpoint of the "
                       "reference, one per evening run; a dictation and a composition with two marks per pupil; two "
                       "runs delivered after later ones; a deletion only a pupil's own by-work answer reports.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": SCHOOL_NAME},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    records = sum(len(b) for _, bs in steps for b in bs)
    print(f"{records} records, {len(MARKS)} marks in the journal's history")


if __name__ == "__main__":
    main()
