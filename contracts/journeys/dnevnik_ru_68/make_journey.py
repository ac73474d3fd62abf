"""Write journey.json: a relay on a parent's account (Dnevnik.ru, shared/reference/dnevnik_ru.md).

A parent, Морозова Екатерина Сергеевна, has two children: Тимофей (6А) and Алиса (1Б, a first-grader taught without
marks). The family's sync job runs on her account: her context and her children, then, for each child, only the
pupil-level endpoints, pulled every school evening for two weeks (2026-12-14..25) and once at the quarter's end
(Sat 2026-12-26). No group-level answer at all (no edu-groups/{g}/..., no work types, no reporting periods).
Every value is invented. Deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
SCHOOL = 1000002680068
PARENT_USER, PARENT_PERSON = 1000011680901, 1000012680901
TIM, ALISA = 1000012680601, 1000012680101
ARTEM, DASHA = 1000012680602, 1000012680603  # Тимофей's classmates, named only by homework tasks
G6, G1 = 2260325488568100061, 2260325488568100012  # 6А, 1Б: ids above 2^53 (§1)
RP2 = 1000007680002  # «2 четверть»: only its id ever comes (final marks, avg-mark); no group answer names it
WT_LESSON, WT_HW, WT_TEST, WT_PERIOD = 2681, 2687, 2683, 2690
TEACH = {"Математика": 1000012680950, "Русский язык": 1000012680951, "Литература": 1000012680951,
         "История": 1000012680952, "Английский язык": 1000012680953, "Биология": 1000012680954,
         "1Б": 1000012680960, "Физическая культура": 1000012680955}
SUBJ = {"Математика": 1000003680001, "Русский язык": 1000003680002, "Литература": 1000003680003,
        "История": 1000003680004, "Английский язык": 1000003680005, "Биология": 1000003680006,
        "Литературное чтение": 1000003680011, "Окружающий мир": 1000003680012, "Физическая культура": 1000003680013,
        "Изобразительное искусство": 1000003680014}
BELLS6 = ["08:30 - 09:15", "09:25 - 10:10", "10:30 - 11:15", "11:35 - 12:20", "12:30 - 13:15"]
BELLS1 = ["08:30 - 09:05", "09:25 - 10:00", "10:20 - 10:55", "11:15 - 11:50"]  # first grade: 35 minutes to January
WEEK6 = {0: ["Русский язык", "Математика", "История", "Английский язык", "Литература"],
         1: ["Математика", "Биология", "Русский язык", "Литература"],
         2: ["Английский язык", "Математика", "Русский язык", "История", "Физическая культура"],
         3: ["Математика", "Литература", "Русский язык", "Биология"],
         4: ["Русский язык", "Математика", "История", "Английский язык"]}
WEEK1 = {0: ["Русский язык", "Математика", "Литературное чтение", "Физическая культура"],
         1: ["Русский язык", "Математика", "Окружающий мир", "Изобразительное искусство"],
         2: ["Русский язык", "Литературное чтение", "Математика", "Физическая культура"],
         3: ["Русский язык", "Математика", "Окружающий мир"],
         4: ["Литературное чтение", "Русский язык", "Математика"]}
DAYS = [D(2026, 12, 14) + dt.timedelta(days=i) for i in range(12) if (D(2026, 12, 14) + dt.timedelta(days=i)).weekday() < 5]
TOPICS = {
    "Математика": ["Сложение дробей с разными знаменателями", "Вычитание дробей", "Смешанные числа",
                   "Решение задач на дроби", "Умножение дробей", "Деление дробей", "Нахождение дроби от числа",
                   "Решение задач", "Повторение: действия с дробями", "Контрольная работа № 4 «Действия с дробями»"],
    "Русский язык": ["Имя прилагательное как часть речи", "Степени сравнения прилагательных",
                     "Разряды прилагательных по значению", "Качественные прилагательные", "Относительные прилагательные",
                     "Притяжательные прилагательные", "Морфологический разбор прилагательного",
                     "Правописание не с прилагательными", "Буквы о и е после шипящих", "Диктант по теме «Прилагательное»"],
    "Литература": ["Н. В. Гоголь «Ночь перед Рождеством»", "Образ кузнеца Вакулы", "Фантастика и реальность в повести",
                   "Р.р. Сочинение-миниатюра", "А. С. Пушкин «Дубровский»"],
    "История": ["Русь в середине XII века", "Владимиро-Суздальское княжество", "Новгородская республика",
                "Культура Руси XII–XIII веков", "Обобщение по главе"],
    "Английский язык": ["Christmas traditions", "Present Perfect", "Reading: A Christmas Carol", "Project: My holiday",
                        "Revision"],
    "Биология": ["Строение цветка", "Соцветия", "Плоды и семена", "Распространение плодов"],
    "Физическая культура": ["Гимнастика: акробатические упражнения", "Опорный прыжок"],
    "Литературное чтение": ["С. Маршак «Тихая сказка»", "Чтение по слогам: «Ёлка»", "Загадки о зиме",
                            "Е. Трутнева «Когда это бывает?»", "Чтение целыми словами"],
    "Окружающий мир": ["Как зимуют птицы", "Откуда берётся снег", "Почему мы любим кошек и собак", "Повторение"],
    "Изобразительное искусство": ["Новогодняя открытка", "Рисуем ёлочную игрушку"],
}
ROOM6 = {"Математика": "214", "Русский язык": "208", "Литература": "208", "История": "305", "Английский язык": "117",
         "Биология": "312", "Физическая культура": "Спортзал"}
FIRST = {"Тимофей": "Тимофей", "Алиса": "Алиса"}

_ids = {"n": 0}


def nid(base: int) -> int:
    _ids["n"] += 1
    return base + _ids["n"]


def ts(d: dt.date, hm: str = "00:00", frac: str = "") -> str:
    return f"{d.isoformat()}T{hm}:00{frac}"


# ---- the world (as the journal holds it; each answer shows it as of its pull) -------------------------------------
LESSONS = {}  # lesson id -> dict(g, date, number, subject, title, hours, place, works)
by_slot = {}  # (g, date, number) -> lesson id
counters = {}


def plan(g: int, week: dict, bells: list[str], room) -> None:
    for d in DAYS:
        for i, subject in enumerate(week[d.weekday()]):
            k = counters.setdefault((g, subject), 0)
            counters[(g, subject)] += 1
            topics = TOPICS[subject]
            lid = nid(2260325488568300000)
            hours = bells[i]
            LESSONS[lid] = {"g": g, "date": d, "number": i + 1, "subject": subject, "title": topics[k % len(topics)],
                            "hours": hours, "place": room(subject), "works": [nid(2260325488568500000)],
                            "homework": None}
            by_slot[(g, d, i + 1)] = lid


plan(G6, WEEK6, BELLS6, lambda s: ROOM6[s])
plan(G1, WEEK1, BELLS1, lambda s: "105")


def lesson_at(g, d, n):
    return by_slot[(g, d, n)]


# Thursday 12-24: Биология #4 is cancelled (the teacher is ill) and История takes its place under a new lesson id;
# the Wednesday pull (today and tomorrow) still lists Биология.
BIO_CANCELLED = lesson_at(G6, D(2026, 12, 24), 4)
HIST_SUB = nid(2260325488568300000)
LESSONS[HIST_SUB] = {"g": G6, "date": D(2026, 12, 24), "number": 4, "subject": "История",
                     "title": "Обобщение по главе «Русь в XII–XIII веках»", "hours": BELLS6[3], "place": "305",
                     "works": [nid(2260325488568500000)], "homework": None}
# Thursday 12-24 Математика #1: planned «Решение задач», re-titled to the test on the day
TEST_LESSON = lesson_at(G6, D(2026, 12, 24), 1)
TEST_TITLE_PLANNED = LESSONS[TEST_LESSON]["title"]
TEST_TITLE = "Контрольная работа № 4 «Действия с дробями»"

# homework (type Homework works): (class, date, number) -> (text, due, due_later or None, pupils)
HW = [
    (G6, D(2026, 12, 14), 2, "№ 412, 415 (а, б)", D(2026, 12, 15), None),
    (G6, D(2026, 12, 14), 5, "Прочитать «Ночь перед Рождеством» до конца, ответить на вопросы 1–4 с. 212",
     D(2026, 12, 17), None),
    (G6, D(2026, 12, 15), 3, "Упр. 284, выучить правило на с. 131", D(2026, 12, 16), None),
    (G6, D(2026, 12, 16), 4, "§ 14, вопросы 1–3 письменно", D(2026, 12, 18), None),
    (G6, D(2026, 12, 17), 1, "№ 437, 439, 441", D(2026, 12, 18), None),
    (G6, D(2026, 12, 18), 4, "Учебник с. 64 упр. 5 (письменно), слова к разделу 6", D(2026, 12, 23), None),
    (G6, D(2026, 12, 21), 5, "Сочинение-миниатюра «Каким я представляю Вакулу» (7–10 предложений)",
     D(2026, 12, 23), D(2026, 12, 24)),  # re-dated when the Литература lesson moved its deadline
    (G6, D(2026, 12, 22), 1, "Повторить правила действий с дробями, № 452 (1–4)", D(2026, 12, 23), None),
    (G6, D(2026, 12, 23), 4, "§ 15, подготовиться к обобщающему уроку", D(2026, 12, 25), None),
    (G6, D(2026, 12, 24), 2, "Прочитать главы I–III повести «Дубровский»", D(2026, 12, 28), None),
]
HOMEWORK = {}  # work id -> dict
for g, d, n, text, due, later in HW:
    lid = lesson_at(g, d, n)
    wid = nid(2260325488568600000)
    HOMEWORK[wid] = {"lesson": lid, "text": text, "due": due, "later": later, "g": g,
                     "tasks": [(p, nid(2260325488568700000)) for p in (TIM, ARTEM, DASHA)]}
    LESSONS[lid]["homework"] = wid
REDATED_ON = D(2026, 12, 22)  # the re-dating is in the journal from Tuesday 12-22

# Тимофей's marks: (date, number, value, use_avg_calc, changes) ; changes: ("fix", day, new) or ("gone", day)
MARKS = [
    (D(2026, 12, 14), 2, "5", True, None), (D(2026, 12, 14), 1, "4", True, None),
    (D(2026, 12, 15), 1, "3", True, ("fix", D(2026, 12, 16), "4")),  # a slip corrected the next day
    (D(2026, 12, 15), 3, "4-", True, None), (D(2026, 12, 15), 2, "5", True, None),
    (D(2026, 12, 16), 4, "2", True, ("gone", D(2026, 12, 17))),  # given to the wrong pupil, removed next day
    (D(2026, 12, 16), 1, "5+", True, None),
    (D(2026, 12, 18), 1, "4", True, None), (D(2026, 12, 18), 3, "3+", True, None),
    (D(2026, 12, 21), 2, "5", True, None), (D(2026, 12, 21), 4, "4", False, None),  # not counted (use_avg_calc)
    (D(2026, 12, 22), 3, "4", True, None),
    (D(2026, 12, 23), 2, "5", True, None), (D(2026, 12, 23), 4, "3", True, None),
    (D(2026, 12, 24), 1, "4", True, None), (D(2026, 12, 24), 4, "5", True, None),  # 24 #4: on the new История
    (D(2026, 12, 25), 4, "5", True, None), (D(2026, 12, 25), 2, "4+", True, None),
]
MARK_ROWS = []
for d, n, value, counts, change in MARKS:
    lid = HIST_SUB if (d, n) == (D(2026, 12, 24), 4) else lesson_at(G6, d, n)
    MARK_ROWS.append({"id": nid(2260325488568800000), "lesson": lid, "date": d, "value": value, "counts": counts,
                      "change": change, "clock": LESSONS[lid]["hours"][:5]})
# quarter marks (Work type PeriodMark, lesson null), set on Friday 12-25 at 16:xx
QUARTER = {"Математика": "4", "Русский язык": "4", "Литература": "5", "История": "5", "Английский язык": "4",
           "Биология": "5", "Физическая культура": "5"}
QROWS = {s: (nid(2260325488568900000), nid(2260325488568950000)) for s in QUARTER}  # mark id, work id

# attendance (person, date, number) -> list of (status, comment, from_day); the latest state known on a pull day
ATT = {
    (TIM, D(2026, 12, 17), 1): [("Ill", "справка", D(2026, 12, 17))],
    (TIM, D(2026, 12, 17), 2): [("Ill", "справка", D(2026, 12, 17))],
    (TIM, D(2026, 12, 17), 3): [("Ill", "справка", D(2026, 12, 17))],
    (TIM, D(2026, 12, 17), 4): [("Ill", "справка", D(2026, 12, 17))],
    (TIM, D(2026, 12, 21), 1): [("Absent", "", D(2026, 12, 21)), ("Late", "пришёл в 08:50, автобус", D(2026, 12, 22))],
    (ALISA, D(2026, 12, 18), 3): [("Absent", "", D(2026, 12, 18))],
    (ALISA, D(2026, 12, 22), 1): [("Pass", "заявление родителей: посещение поликлиники", D(2026, 12, 22))],
    (ALISA, D(2026, 12, 22), 2): [("Pass", "заявление родителей: посещение поликлиники", D(2026, 12, 22))],
    (ALISA, D(2026, 12, 23), 1): [("Late", "", D(2026, 12, 23))],
}


def lessons_of(g, d, as_of):
    """The lesson ids of class g on day d as the journal lists them on as_of."""
    out = [lid for lid, l in LESSONS.items() if l["g"] == g and l["date"] == d]
    if d == D(2026, 12, 24) and g == G6:
        out = [x for x in out if x != (BIO_CANCELLED if as_of >= d else HIST_SUB)]
    return sorted(out, key=lambda x: LESSONS[x]["number"])


def title(lid, as_of):
    return TEST_TITLE if lid == TEST_LESSON and as_of >= LESSONS[lid]["date"] else LESSONS[lid]["title"]


def mark_state(row, as_of):
    """(value) of a mark as of a pull day, None when not there."""
    if as_of < row["date"]:
        return None
    ch = row["change"]
    if ch and as_of >= ch[1]:
        return None if ch[0] == "gone" else ch[2]
    return row["value"]


def mark_obj(row, value):
    lid = row["lesson"]
    return {"id": row["id"], "id_str": str(row["id"]), "type": "mark5", "value": value, "textValue": value,
            "person": TIM, "person_str": str(TIM), "work": LESSONS[lid]["works"][0],
            "work_str": str(LESSONS[lid]["works"][0]), "lesson": lid, "lesson_str": str(lid), "number": 0,
            "date": ts(row["date"], row["clock"], ".417"), "workType": WT_LESSON,
            "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"),
            "use_avg_calc": row["counts"]}


def period_mark(subject):
    mid, wid = QROWS[subject]
    v = QUARTER[subject]
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": v, "textValue": v, "person": TIM,
            "person_str": str(TIM), "work": wid, "work_str": str(wid), "lesson": None, "lesson_str": None,
            "number": 0, "date": "2026-12-25T16:12:40.3", "workType": WT_PERIOD, "mood": "Good",
            "use_avg_calc": False}


def att_state(key, as_of):
    state = None
    for status, comment, since in ATT.get(key, []):
        if as_of >= since:
            state = (status, comment, since)
    return state


def flat(lid, as_of):
    l = LESSONS[lid]
    works = list(l["works"]) + ([l["homework"]] if l["homework"] else [])
    teacher = TEACH["1Б"] if l["g"] == G1 and l["subject"] != "Физическая культура" else TEACH[l["subject"]]
    return {"id": lid, "title": title(lid, as_of), "date": ts(l["date"], l["hours"][:5]), "number": l["number"],
            "subjectId": SUBJ[l["subject"]], "status": "Conducted" if as_of >= l["date"] else "Planned",
            "resultPlaceId": 0, "building": "Основное здание", "place": l["place"], "floor": "2" if l["g"] == G6 else "1",
            "hours": l["hours"], "works": works, "teachers": [teacher]}


def due_of(w, as_of):
    return w["later"] if w["later"] and as_of >= REDATED_ON else w["due"]


def hw_work(wid, as_of, person_tasks_only=False, corrupt=False):
    w = HOMEWORK[wid]
    l = LESSONS[w["lesson"]]
    due = due_of(w, as_of)
    tasks = [{"id": tid, "id_str": str(tid), "person": p, "person_str": str(p), "work": wid, "work_str": str(wid),
              "status": "NotStarted", "targetDate": ts(due)} for p, tid in w["tasks"]
             if not person_tasks_only or p == TIM]
    return {"id": int(float(wid)) if corrupt else wid, "id_str": str(wid), "type": "Homework", "workType": WT_HW,
            "markType": "mark5", "markCount": 1, "lesson": w["lesson"], "lesson_str": str(w["lesson"]),
            "displayInJournal": False, "status": "Sent", "eduGroup": w["g"], "eduGroup_str": str(w["g"]),
            "tasks": tasks, "text": w["text"], "periodNumber": 2, "periodType": "Quarter",
            "subjectId": SUBJ[l["subject"]], "isImportant": False, "targetDate": ts(due),
            "sentDate": ts(l["date"], "15:40", ".12"), "createdBy": TEACH[l["subject"]], "files": [],
            "oneDriveLinks": []}


def lesson_work(lid):
    l = LESSONS[lid]
    wid = l["works"][0]
    return {"id": wid, "id_str": str(wid), "type": "DefaultNewLessonWork", "workType": WT_LESSON, "markType": "mark5",
            "markCount": 1, "lesson": lid, "lesson_str": str(lid), "displayInJournal": True, "status": "Sent",
            "eduGroup": l["g"], "eduGroup_str": str(l["g"]), "tasks": [], "text": "", "periodNumber": 2,
            "periodType": "Quarter", "subjectId": SUBJ[l["subject"]], "isImportant": False,
            "targetDate": ts(l["date"]), "sentDate": None, "createdBy": TEACH.get(l["subject"], TEACH["1Б"]),
            "files": [], "oneDriveLinks": []}


WORKTYPES = [{"id": WT_LESSON, "schoolId": SCHOOL, "abbreviation": "Р", "name": "Работа на уроке", "isFinal": False,
              "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"},
             {"id": WT_HW, "schoolId": SCHOOL, "abbreviation": "ДЗ", "name": "Домашнее задание", "isFinal": False,
              "isImportant": False, "kindId": 9, "kind": "Homework"}]


def schedules(p, g, d0, d1, as_of):
    days = []
    d = d0
    while d <= d1:
        lids = lessons_of(g, d, as_of) if d.weekday() < 5 else []
        marks = []
        if p == TIM:
            for row in MARK_ROWS:
                v = mark_state(row, as_of)
                if v is not None and row["lesson"] in lids:
                    marks.append(mark_obj(row, v))
        hws = [LESSONS[x]["homework"] for x in lids if LESSONS[x]["homework"]]
        logs = []
        for x in lids:
            st = att_state((p, d, LESSONS[x]["number"]), as_of) if as_of >= d else None
            if as_of >= d:
                status, comment, _ = st or ("Attend", "", None)
                logs.append({"person": p, "person_str": str(p), "lesson": x, "lesson_str": str(x), "comment": comment,
                             "status": status, "createdDate": ts(d, LESSONS[x]["hours"][:5], ".5")})
        subjects = sorted({LESSONS[x]["subject"] for x in lids})
        teachers = sorted({t for x in lids for t in flat(x, as_of)["teachers"]})
        days.append({"date": ts(d), "lessons": [flat(x, as_of) for x in lids], "marks": marks,
                     "works": [lesson_work(x) for x in lids] + [hw_work(w, as_of, True) for w in hws],
                     "homeworks": [hw_work(w, as_of, True) for w in hws],
                     "subjects": [{"id": SUBJ[s], "name": s, "knowledgeAreaId": 0} for s in subjects],
                     "workTypes": WORKTYPES, "lessonLogEntries": logs,
                     "teachers": [TEACHERS[t] for t in teachers], "nextDate": ts(d + dt.timedelta(days=1))})
        d += dt.timedelta(days=1)
    return {"days": days}


def person(pid, last, first, middle, sex, user=None):
    return {"id": pid, "id_str": str(pid), "userId": user, "userId_str": str(user) if user else None,
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.",
            "sex": sex}


TEACHERS = {TEACH["Математика"]: person(TEACH["Математика"], "Гусева", "Ольга", "Викторовна", "Female"),
            TEACH["Русский язык"]: person(TEACH["Русский язык"], "Лебедева", "Ирина", "Павловна", "Female"),
            TEACH["История"]: person(TEACH["История"], "Соколов", "Андрей", "Николаевич", "Male"),
            TEACH["Английский язык"]: person(TEACH["Английский язык"], "Фролова", "Мария", "Алексеевна", "Female"),
            TEACH["Биология"]: person(TEACH["Биология"], "Захарова", "Наталья", "Ивановна", "Female"),
            TEACH["1Б"]: person(TEACH["1Б"], "Воронина", "Светлана", "Юрьевна", "Female"),
            TEACH["Физическая культура"]: person(TEACH["Физическая культура"], "Кравцов", "Денис", "Олегович", "Male")}


def marks_range(d0, d1, as_of, with_quarter=False):
    out = [mark_obj(r, mark_state(r, as_of)) for r in MARK_ROWS
           if d0 <= LESSONS[r["lesson"]]["date"] <= d1 and mark_state(r, as_of) is not None]
    if with_quarter:
        out += [period_mark(s) for s in QUARTER]
    return sorted(out, key=lambda m: m["date"])


def log_range(p, g, d0, d1, as_of):
    out = []
    d = d0
    while d <= d1:
        if d.weekday() < 5:
            for x in lessons_of(g, d, as_of):
                status, comment, since = att_state((p, d, LESSONS[x]["number"]), as_of) or ("Attend", "", d)
                out.append({"person": p, "person_str": str(p), "lesson": x, "lesson_str": str(x), "comment": comment,
                            "status": status, "createdDate": ts(since, LESSONS[x]["hours"][:5], ".08")})
        d += dt.timedelta(days=1)
    return out


def homeworks(p, g, d0, d1, as_of, corrupt=False):
    wids = [w for w, h in HOMEWORK.items() if h["g"] == g and d0 <= LESSONS[h["lesson"]]["date"] <= d1
            and LESSONS[h["lesson"]]["date"] <= as_of]
    lids = [HOMEWORK[w]["lesson"] for w in wids]
    subjects = sorted({LESSONS[x]["subject"] for x in lids})
    return {"works": [hw_work(w, as_of, corrupt=corrupt) for w in wids],
            "subjects": [{"id": SUBJ[s], "name": s, "knowledgeAreaId": 0} for s in subjects],
            "lessons": [flat(x, as_of) for x in lids], "files": [],
            "teachers": [TEACHERS[TEACH[s]] for s in subjects]}


def tasks(p, d0, d1, as_of):
    out = []
    for wid, h in HOMEWORK.items():
        if d0 <= LESSONS[h["lesson"]]["date"] <= d1 and LESSONS[h["lesson"]]["date"] <= as_of:
            for pp, tid in h["tasks"]:
                if pp == p:
                    due = due_of(h, as_of)
                    out.append({"id": int(float(tid)), "id_str": str(tid), "person": p, "person_str": str(p),
                                "work": wid, "work_str": str(wid),
                                "status": "Completed" if due < as_of else "NotStarted", "targetDate": ts(due)})
    return out


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + "+03:00"}


def context(as_of):
    return {"userId": PARENT_USER, "userId_str": str(PARENT_USER), "personId": PARENT_PERSON,
            "personId_str": str(PARENT_PERSON), "shortName": "Морозова Е.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МАОУ СОШ № 68", "type": "School", "groupIds": [G6, G1]}],
            "eduGroups": [
                {"id": G6, "id_str": str(G6), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6А",
                 "fullName": "", "parallel": 6, "status": "Active", "studyyear": 2026, "educationType": "Regular",
                 "subjects": []},
                {"id": G1, "id_str": str(G1), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "1Б",
                 "fullName": "", "parallel": 1, "status": "Active", "studyyear": 2026, "educationType": "Regular",
                 "subjects": []}],
            "children": [
                {"personId": TIM, "personId_str": str(TIM), "firstName": "Тимофей", "lastName": "Морозов",
                 "middleName": "Дмитриевич", "shortName": "Морозов Т.", "schoolIds": [SCHOOL], "groupIds": [G6]},
                {"personId": ALISA, "personId_str": str(ALISA), "firstName": "Алиса", "lastName": "Морозова",
                 "middleName": "Дмитриевна", "shortName": "Морозова А.", "schoolIds": [SCHOOL], "groupIds": [G1]}],
            "splitId": None}


def main():
    steps = []
    steps.append(("1. the parent's account: context and children (Sun 2026-12-13 21:00)", [[
        rec(f"GET /v2/users/{PARENT_USER}/context", context(D(2026, 12, 13)), "2026-12-13T21:00:00"),
        rec(f"GET /v2/user/{PARENT_USER}/children",
            [person(TIM, "Морозов", "Тимофей", "Дмитриевич", "Male", 1000011680601),
             person(ALISA, "Морозова", "Алиса", "Дмитриевна", "Female")], "2026-12-13T21:00:10"),
    ]]))
    for d in DAYS:
        monday = d - dt.timedelta(days=d.weekday())
        nxt = d + dt.timedelta(days=1)
        day = d.isoformat()
        batch = [
            rec(f"GET /v2/persons/{TIM}/groups/{G6}/schedules?startDate={day}&endDate={nxt}",
                schedules(TIM, G6, d, nxt, d), f"{day}T19:00:00"),
            rec(f"GET /v2/persons/{TIM}/schools/{SCHOOL}/marks/{monday}/{day}", marks_range(monday, d, d),
                f"{day}T19:01:00"),
            rec(f"GET /v2/persons/{TIM}/lesson-log-entries?startDate={monday}&endDate={day}",
                log_range(TIM, G6, monday, d, d), f"{day}T19:02:00"),
            rec(f"GET /v2/persons/{ALISA}/groups/{G1}/schedules?startDate={day}&endDate={nxt}",
                schedules(ALISA, G1, d, nxt, d), f"{day}T19:03:00"),
            rec(f"GET /v2/persons/{ALISA}/lesson-log-entries?startDate={monday}&endDate={day}",
                log_range(ALISA, G1, monday, d, d), f"{day}T19:04:00"),
        ]
        if d.weekday() == 4 or d == REDATED_ON:  # Fridays and Tuesday 12-22: homework and tasks
            until = monday + dt.timedelta(days=10)
            batch += [
                rec(f"GET /v2/persons/{TIM}/school/{SCHOOL}/homeworks?startDate={monday}&endDate={until}",
                    homeworks(TIM, G6, monday, until, d, corrupt=d.weekday() == 4), f"{day}T19:05:00"),
                rec(f"GET /v2/persons/{TIM}/tasks?from={monday}&to={until}", tasks(TIM, monday, until, d),
                    f"{day}T19:06:00"),
            ]
        if d.weekday() == 4:
            batch += [
                rec(f"GET /v2/persons/{ALISA}/school/{SCHOOL}/homeworks?startDate={monday}&endDate={until}",
                    homeworks(ALISA, G1, monday, until, d), f"{day}T19:07:00"),
                rec(f"GET /v2/persons/{ALISA}/schools/{SCHOOL}/marks/{monday}/{day}", [], f"{day}T19:08:00"),
            ]
        steps.append((f"{len(steps) + 1}. evening pull {d:%a} {day} 19:00", [batch]))
    end = D(2026, 12, 26)
    fm_tim = [{"person": TIM, "person_str": str(TIM), "group": G6, "group_str": str(G6), "reportingPeriod": RP2,
               "reportingPeriod_str": str(RP2),
               "per-subject-final-marks": [{"subject": SUBJ[s], "subject_str": str(SUBJ[s]), "final-mark": period_mark(s)}
                                           for s in QUARTER]}]
    fm_alisa = [{"person": ALISA, "person_str": str(ALISA), "group": G1, "group_str": str(G1), "reportingPeriod": RP2,
                 "reportingPeriod_str": str(RP2),
                 "per-subject-final-marks": [{"subject": SUBJ[s], "subject_str": str(SUBJ[s]), "final-mark": None}
                                             for s in ("Русский язык", "Математика", "Литературное чтение",
                                                       "Окружающий мир")]}]
    allfinal = {"marks": [period_mark(s) for s in QUARTER],
                "works": [{"id": QROWS[s][1], "id_str": str(QROWS[s][1]), "type": "PeriodMark", "workType": WT_PERIOD,
                           "markType": "mark5", "markCount": 1, "lesson": None, "lesson_str": None,
                           "displayInJournal": True, "status": "Sent", "eduGroup": G6, "eduGroup_str": str(G6),
                           "tasks": [], "text": "", "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJ[s],
                           "isImportant": False, "targetDate": "2026-12-27T00:00:00", "sentDate": None,
                           "createdBy": TEACH[s], "files": [], "oneDriveLinks": []} for s in QUARTER],
                "subjects": [{"id": SUBJ[s], "name": s, "knowledgeAreaId": 0} for s in QUARTER],
                "workTypes": [{"id": WT_PERIOD, "schoolId": SCHOOL, "abbreviation": "Ч", "name": "Четвертная отметка",
                               "isFinal": True, "isImportant": True, "kindId": 30, "kind": "PeriodMark"}]}
    steps.append((f"{len(steps) + 1}. the quarter's end (Sat 2026-12-26 11:00)", [[
        rec(f"GET /v2/persons/{TIM}/schools/{SCHOOL}/marks/2026-12-21/2026-12-26",
            marks_range(D(2026, 12, 21), end, end, with_quarter=True), "2026-12-26T11:00:00"),
        rec(f"GET /v2/persons/{TIM}/edu-groups/{G6}/final-marks", fm_tim, "2026-12-26T11:01:00"),
        rec(f"GET /v2/persons/{TIM}/edu-groups/{G6}/allfinalmarks", allfinal, "2026-12-26T11:02:00"),
        rec(f"GET /v2/persons/{TIM}/reporting-periods/{RP2}/avg-mark", "4,38", "2026-12-26T11:03:00"),
        rec(f"GET /v2/persons/{ALISA}/edu-groups/{G1}/final-marks", fm_alisa, "2026-12-26T11:04:00"),
        rec(f"GET /v2/persons/{ALISA}/reporting-periods/{RP2}/avg-mark", "", "2026-12-26T11:05:00"),
        rec(f"GET /v2/persons/{ALISA}/schools/{SCHOOL}/marks/2026-12-21/2026-12-26", [], "2026-12-26T11:06:00"),
    ]]))
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ СОШ № 68 (Москва), a relay on a parent's account: her context and children (Тимофей, 6А; "
                       "Алиса, 1Б, a first-grader without marks), then only each child's pupil-level endpoints, "
                       "every school evening 2026-12-14..25 and at the quarter's end; no group-level answer.",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ СОШ № 68"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
