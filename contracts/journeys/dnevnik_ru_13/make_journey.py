"""Write journey.json: how a sync job really pages a class through overlapping date ranges (Dnevnik.ru v2).

Standard library only, deterministic. The script keeps a small "true journal" (lessons, marks, log entries, each with
the local time it was created and, for some, changed or deleted) and answers every range request with the state of
that journal at the request's pull time, so that all answers are consistent with one world:

* group ranges `edu-groups/{g}/lessons/{from}/{to}` select lessons by lesson date;
* `edu-groups/{g}/marks/{from}/{to}` selects marks by the mark's own `date` (when it was set, §3.1); the corpus
  never relies on that choice to delete anything (see derive_facts.py);
* `lesson-log-entries/group/{g}?subject&from&to` selects the subject's entries by the lesson's date (§3.5, §8.3).

Every name, id and text is invented. Run: python make_journey.py (writes journey.json beside it).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+03:00"
SCHOOL = 1000002313013
GROUP = 2260325488551313013          # above 2^53: the _str twin carries it exactly (§1)
MATH, RUS = 1000003313001, 1000003313002
T_MATH, T_RUS = 1000012313901, 1000012313902
U_MATH, U_RUS = 1000011313901, 1000011313902
WT_ANSWER, WT_TEST, WT_SELF = 5101, 5102, 5103
SUBJECTS = {MATH: ("Математика", "Математика и информатика"), RUS: ("Русский язык", "Русский язык и литература")}

FIRST = ["Алина", "Богдан", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Захар", "Ирина", "Кирилл", "Лада", "Марк",
         "Нина", "Олег", "Полина", "Роман", "Софья", "Тимур", "Ульяна", "Фёдор", "Хельга", "Цветана", "Шамиль",
         "Эмилия", "Ярослав"]
LAST = ["Аверина", "Брусков", "Васнецова", "Гордеев", "Дымова", "Ершов", "Жаркова", "Зимин", "Ильина", "Котов",
        "Ларина", "Мухин", "Носова", "Орешкин", "Пахомова", "Рябцев", "Сомова", "Тарасов", "Уварова", "Филин",
        "Хромова", "Цветкова", "Шаров", "Эйдельман", "Яковлев"]
PUPILS = [1000012313001 + i for i in range(25)]

MATH_TOPICS = ["Натуральные числа и шкалы", "Сложение натуральных чисел", "Вычитание натуральных чисел",
               "Числовые и буквенные выражения", "Уравнение", "Контрольная работа № 2", "Умножение натуральных чисел",
               "Деление натуральных чисел", "Деление с остатком", "Упрощение выражений", "Порядок выполнения действий",
               "Квадрат и куб числа", "Формулы", "Площадь прямоугольника", "Единицы измерения площадей"]
RUS_TOPICS = ["Однородные члены предложения", "Обобщающие слова", "Обращение", "Сложное предложение",
              "Прямая речь", "Диалог", "Фонетика. Гласные звуки", "Согласные звуки", "Слог и ударение",
              "Орфоэпия"]

SCHOOL_WEEKS = [dt.date(2026, 10, 12), dt.date(2026, 10, 19), dt.date(2026, 11, 2), dt.date(2026, 11, 9),
                dt.date(2026, 11, 16)]  # 2026-10-24 .. 11-01: autumn holidays
NATIONAL_HOLIDAY = dt.date(2026, 11, 4)  # Day of National Unity: no lessons (not in the period group's holidays)


def t(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def iso(d: dt.datetime, frac: str = "") -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + frac


# ---- the true journal ----------------------------------------------------------------------------------------

LESSONS: list[dict] = []
for week in SCHOOL_WEEKS:
    for wd in range(5):
        day = week + dt.timedelta(days=wd)
        if day == NATIONAL_HOLIDAY:
            continue
        if wd in (0, 2, 4):
            LESSONS.append({"subject": MATH, "day": day, "number": 2, "start": "09:00", "teacher": T_MATH})
        else:
            LESSONS.append({"subject": RUS, "day": day, "number": 1, "start": "08:00", "teacher": T_RUS})
_mi = _ri = 0
for n, lesson in enumerate(LESSONS):
    lesson["id"] = 2260325488552313101 + n
    lesson["work"] = 2260325488553313101 + n
    if lesson["subject"] == MATH:
        lesson["title"], _mi = MATH_TOPICS[_mi % len(MATH_TOPICS)], _mi + 1
    else:
        lesson["title"], _ri = RUS_TOPICS[_ri % len(RUS_TOPICS)], _ri + 1
    lesson["created"] = t(f"{lesson['day'] - dt.timedelta(days=10)}T12:00:00")
    lesson["deleted"] = None
    lesson["worktype"] = WT_TEST if lesson["title"].startswith("Контрольная") else WT_ANSWER


def lesson_on(day: str, subject: int) -> dict:
    return next(x for x in LESSONS if str(x["day"]) == day and x["subject"] == subject)


# lessons removed from the journal (deleted at these local times)
lesson_on("2026-11-05", RUS)["deleted"] = t("2026-11-09T21:30:00")   # between R3's pull and its re-pull
lesson_on("2026-11-17", RUS)["deleted"] = t("2026-11-20T22:00:00")   # after the one-day pull, before the month
lesson_on("2026-11-20", MATH)["deleted"] = t("2026-11-22T12:00:00")  # entered in the wrong class: gone on Monday

MARK_VALUES = ["5", "4", "4-", "3+", "5", "4+", "3", "5-", "4", "2"]
MARKS: list[dict] = []
_mid = 2260325488554313001


def add_mark(lesson: dict, pupil: int, value: str, when: str, **extra) -> dict:
    global _mid
    mark = {"id": _mid, "lesson": lesson, "person": pupil, "history": [(t(when), value)], "deleted": None,
            "date": t(when), "frac": ".%d" % (100 + (_mid % 900))}
    mark.update(extra)
    _mid += 1
    MARKS.append(mark)
    return mark


for n, lesson in enumerate(LESSONS):
    if lesson["deleted"] and lesson["subject"] == RUS:
        continue  # the lessons removed from the journal carried no marks
    for k in range(3):
        pupil = PUPILS[(n * 7 + k * 5 + 1) % 25]
        if pupil in (PUPILS[2], PUPILS[4], PUPILS[6], PUPILS[8], PUPILS[10], PUPILS[12], PUPILS[14], PUPILS[16]):
            continue  # keep the special pupils' diaries to their special marks and absences
        start = dt.datetime.combine(lesson["day"], dt.time.fromisoformat(lesson["start"]))
        add_mark(lesson, pupil, MARK_VALUES[(n + k) % len(MARK_VALUES)], iso(start + dt.timedelta(minutes=38 + k)))

# special marks
M_CORR = add_mark(lesson_on("2026-10-19", MATH), PUPILS[2], "3", "2026-10-19T09:40:00")
M_CORR["history"].append((t("2026-10-20T10:05:00"), "4"))          # corrected after R1's pull, before R2's
M_LATE = add_mark(lesson_on("2026-10-23", MATH), PUPILS[4], "5", "2026-11-02T15:20:00")  # the Friday before the
# holidays, marked on the first Monday after them
M_DEL_SAME = add_mark(lesson_on("2026-11-06", MATH), PUPILS[6], "2", "2026-11-06T09:41:00")
M_DEL_SAME["deleted"] = t("2026-11-09T21:00:00")                      # between R3's pull and its re-pull
M_DEL_MONTH = add_mark(lesson_on("2026-11-10", RUS), PUPILS[8], "3-", "2026-11-10T08:40:00")
M_DEL_MONTH["deleted"] = t("2026-11-20T23:00:00")                     # before the month range's pull
M_EVENING = add_mark(lesson_on("2026-11-09", MATH), PUPILS[10], "5", "2026-11-09T19:30:00")  # last day of R3,
# set in the evening, half an hour before R3 is pulled
M_OVERLAP = add_mark(lesson_on("2026-11-16", MATH), PUPILS[12], "4", "2026-11-16T09:42:00")  # R4's last day = R5's
M_1120A = add_mark(lesson_on("2026-11-20", MATH), PUPILS[14], "4", "2026-11-20T09:40:00")
M_1120B = add_mark(lesson_on("2026-11-20", MATH), PUPILS[16], "4+", "2026-11-20T16:10:00")  # after R5's pull
SPECIAL = {id(m) for m in MARKS[-8:]}
M_DEL_PERSON = next(m for m in MARKS if id(m) not in SPECIAL and m["person"] == PUPILS[18]
                    and dt.date(2026, 11, 9) <= m["lesson"]["day"] <= dt.date(2026, 11, 13))
M_DEL_PERSON["deleted"] = t("2026-11-22T09:00:00")                    # after the month range's pull
for m in MARKS:
    if m["lesson"]["deleted"] and not m["deleted"]:
        m["deleted"] = m["lesson"]["deleted"]

# log entries: (lesson, person) -> history of (time, status, comment); status None = no entry
LOG: dict[tuple[int, int], list] = {}


def log(day: str, subject: int, pupil: int, when: str, status: str | None, comment: str = "") -> None:
    LOG.setdefault((lesson_on(day, subject)["id"], pupil), []).append((t(when), status, comment))


for n, lesson in enumerate(LESSONS):  # one explicit Attend per lesson (most journals send only the exceptions)
    pupil = PUPILS[17 + n % 8]
    start = dt.datetime.combine(lesson["day"], dt.time.fromisoformat(lesson["start"]))
    log(str(lesson["day"]), lesson["subject"], pupil, iso(start + dt.timedelta(minutes=5)), "Attend")
log("2026-10-14", MATH, PUPILS[2], "2026-10-14T09:04:00", "Absent")
log("2026-10-15", RUS, PUPILS[4], "2026-10-15T08:03:00", "Ill", "справка")
log("2026-10-20", RUS, PUPILS[6], "2026-10-20T08:12:00", "Late")
log("2026-10-22", RUS, PUPILS[8], "2026-10-22T08:02:00", "Absent")    # inside R2 and the straddling range
log("2026-11-02", MATH, PUPILS[8], "2026-11-02T09:03:00", "Pass", "олимпиада")  # the straddling range's last week
log("2026-11-11", MATH, PUPILS[10], "2026-11-11T09:04:00", "Absent")
log("2026-11-11", MATH, PUPILS[10], "2026-11-19T14:00:00", "Ill", "справка от врача")  # corrected a week later
log("2026-11-16", MATH, PUPILS[12], "2026-11-16T09:14:00", "Late")    # R4's last day = R5's first
log("2026-11-18", MATH, PUPILS[14], "2026-11-18T09:04:00", "Absent")
log("2026-11-18", MATH, PUPILS[14], "2026-11-22T10:00:00", "NotSet")  # the mark taken back (§6: NotSet, no entry)
log("2026-11-19", RUS, PUPILS[16], "2026-11-19T08:10:00", "Late")
log("2026-11-19", RUS, PUPILS[16], "2026-11-22T10:05:00", None)       # entry removed from the lesson's log
log("2026-11-20", MATH, PUPILS[12], "2026-11-20T09:03:00", "Absent")   # the lesson later removed


# ---- answers -------------------------------------------------------------------------------------------------

def s(v: int) -> str:
    return str(v)


def work_obj(lesson: dict) -> dict:
    return {"id": lesson["work"], "id_str": s(lesson["work"]), "type": "LessonTestWork" if lesson["worktype"] ==
            WT_TEST else "DefaultNewLessonWork", "workType": lesson["worktype"], "markType": "mark5", "markCount": 1,
            "lesson": lesson["id"], "lesson_str": s(lesson["id"]), "displayInJournal": True, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": s(GROUP), "tasks": [], "text": "",
            "periodNumber": 1 if lesson["day"] < dt.date(2026, 10, 24) else 2, "periodType": "Quarter",
            "subjectId": lesson["subject"], "isImportant": lesson["worktype"] == WT_TEST,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, "createdBy": lesson["teacher"],
            "files": [], "oneDriveLinks": []}


def lesson_obj(lesson: dict) -> dict:
    name, area = SUBJECTS[lesson["subject"]]
    return {"id": lesson["id"], "id_str": s(lesson["id"]), "title": lesson["title"],
            "date": f"{lesson['day']}T{lesson['start']}:00", "number": lesson["number"],
            "subject": {"id": lesson["subject"], "id_str": s(lesson["subject"]), "name": name, "knowledgeArea": area,
                        "fgosSubjectId": None},
            "group": GROUP, "status": "Conducted", "resultPlaceId": 0, "works": [work_obj(lesson)],
            "teachers": [lesson["teacher"]], "teachers_str": [s(lesson["teacher"])]}


def alive(thing: dict, at: dt.datetime) -> bool:
    return thing["created"] <= at and (thing["deleted"] is None or thing["deleted"] > at)


def value_at(mark: dict, at: dt.datetime) -> str | None:
    if mark["history"][0][0] > at or (mark["deleted"] and mark["deleted"] <= at):
        return None
    return [v for when, v in mark["history"] if when <= at][-1]


def mark_obj(mark: dict, value: str) -> dict:
    lesson = mark["lesson"]
    mood = "Good" if value[0] in "45" else "Average" if value[0] == "3" else "Bad"
    return {"id": mark["id"], "id_str": s(mark["id"]), "type": "mark5", "value": value, "textValue": value,
            "person": mark["person"], "person_str": s(mark["person"]), "work": lesson["work"],
            "work_str": s(lesson["work"]), "lesson": lesson["id"], "lesson_str": s(lesson["id"]), "number": 0,
            "date": iso(mark["date"], mark["frac"]), "workType": lesson["worktype"], "mood": mood,
            "use_avg_calc": True}


def entry_at(key: tuple[int, int], at: dt.datetime):
    states = [(when, st, c) for when, st, c in LOG[key] if when <= at]
    return states[-1] if states else None


def entry_obj(key: tuple[int, int], state) -> dict:
    lesson, person = key
    return {"person": person, "person_str": s(person), "lesson": lesson, "lesson_str": s(lesson),
            "comment": state[2], "status": state[1], "createdDate": iso(state[0], ".%d" % (10 + person % 90))}


def in_range(day: dt.date, d1: str, d2: str) -> bool:
    return dt.date.fromisoformat(d1[:10]) <= day <= dt.date.fromisoformat(d2[:10])


def range_records(d1: str, d2: str, pulled: str, what=("lessons", "marks", "log")) -> list[dict]:
    at = t(pulled[:19])
    out = []
    if "lessons" in what:
        body = [lesson_obj(x) for x in LESSONS if in_range(x["day"], d1, d2) and alive(x, at)]
        out.append({"request": f"GET /v2/edu-groups/{GROUP}/lessons/{d1}/{d2}", "body": body, "pulled_at": pulled})
    if "marks" in what:
        body = []
        for m in sorted(MARKS, key=lambda m: (m["date"], m["id"])):
            v = value_at(m, at)
            if v is not None and in_range(m["date"].date(), d1, d2):
                body.append(mark_obj(m, v))
        out.append({"request": f"GET /v2/edu-groups/{GROUP}/marks/{d1}/{d2}", "body": body, "pulled_at": pulled})
    if "log" in what:
        for subject in (MATH, RUS):
            body = []
            for lesson in LESSONS:
                if lesson["subject"] != subject or not in_range(lesson["day"], d1, d2) or not alive(lesson, at):
                    continue
                for key in sorted(k for k in LOG if k[0] == lesson["id"]):
                    st = entry_at(key, at)
                    if st and st[1] not in (None, "NotSet"):
                        body.append(entry_obj(key, st))
            out.append({"request": f"GET /v2/lesson-log-entries/group/{GROUP}?subject={subject}&from={d1}&to={d2}",
                        "body": body, "pulled_at": pulled})
    return out


def person_marks(person: int, d1: str, d2: str, pulled: str) -> dict:
    at = t(pulled[:19])
    body = []
    for m in sorted(MARKS, key=lambda m: (m["date"], m["id"])):
        v = value_at(m, at)
        if m["person"] == person and v is not None and in_range(m["date"].date(), d1, d2):
            body.append(mark_obj(m, v))
    return {"request": f"GET /v2/persons/{person}/schools/{SCHOOL}/marks/{d1}/{d2}", "body": body, "pulled_at": pulled}


def p(ts: str) -> str:
    return ts + TZ


def setup() -> list[dict]:
    at = p("2026-10-12T07:00:00")
    group = {"id": GROUP, "id_str": s(GROUP), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "5В",
             "fullName": "", "parallel": 5, "timetable": 1000006313005, "timetable_str": "1000006313005",
             "status": "Active", "studyyear": 2026, "educationType": "Regular", "subjects": [],
             "journaltype": "Default"}
    persons = [{"id": pp, "id_str": s(pp), "userId": pp - 1000000000, "userId_str": s(pp - 1000000000),
                "firstName": FIRST[i], "lastName": LAST[i], "middleName": "", "shortName": f"{LAST[i]} {FIRST[i][0]}.",
                "sex": "Female" if LAST[i].endswith("а") else "Male"} for i, pp in enumerate(PUPILS)]
    q1 = {"id": 1000007313001, "id_str": "1000007313001", "start": "2026-09-01T00:00:00",
          "finish": "2026-10-23T00:00:00", "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2026}
    q2 = {"id": 1000007313002, "id_str": "1000007313002", "start": "2026-11-02T00:00:00",
          "finish": "2026-12-26T00:00:00", "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026}

    def user(uid, pid, first, middle, last, roles):
        return {"id": uid, "id_str": s(uid), "personId": pid, "personId_str": s(pid), "name": f"{first} {last}",
                "email": None, "login": None, "fullName": f"{last} {first} {middle}",
                "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle,
                "lastName": last, "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU",
                "timezone": "+3:00", "sex": None, "photoSmall": None, "photoMedium": None, "photoLarge": None,
                "birthday": None, "roles": roles, "phone": ""}

    def context(uid, pid, short, children):
        return {"userId": uid, "personId": pid, "shortName": short, "avatarUrl": None, "roles": ["EduParent"],
                "schoolIds": [SCHOOL], "groupIds": [], "schools": [{"id": SCHOOL, "name": "МБОУ СОШ № 13",
                                                                     "type": "School", "groupIds": []}],
                "eduGroups": [], "children": [{"personId": c, "firstName": FIRST[PUPILS.index(c)],
                                               "lastName": LAST[PUPILS.index(c)], "middleName": "",
                                               "shortName": f"{LAST[PUPILS.index(c)]} {FIRST[PUPILS.index(c)][0]}.",
                                               "schoolIds": [SCHOOL], "groupIds": [GROUP]} for c in children],
                "splitId": None}

    return [
        {"request": f"GET /v2/schools/{SCHOOL}", "pulled_at": at, "body": {
            "id": SCHOOL, "id_str": s(SCHOOL), "name": "МБОУ СОШ № 13", "fullName":
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13» г. Вышегорска",
            "avatarSmall": None, "city": "Вышегорск", "municipality": "городской округ Вышегорск", "regionid": 99,
            "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular", "tsoCityId": 9913, "tsoRegionTreePath": "99."}},
        {"request": f"GET /v2/work-types/{SCHOOL}", "pulled_at": at, "body": [
            {"id": WT_ANSWER, "id_str": s(WT_ANSWER), "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
             "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
            {"id": WT_TEST, "id_str": s(WT_TEST), "schoolId": SCHOOL, "kindId": 2, "kind": "LessonTestWork",
             "title": "Контрольная работа", "abbr": "КР", "weight": 3},
            {"id": WT_SELF, "id_str": s(WT_SELF), "schoolId": SCHOOL, "kindId": 3, "kind": "CommonWork",
             "title": "Самостоятельная работа", "abbr": "СР", "weight": 2}]},
        {"request": "POST /v2/edu-groups", "request_body": [GROUP], "pulled_at": at, "body": [
            {"group": group, "students": [{"person": pp, "membershipstatus": "Active"} for pp in PUPILS]}]},
        {"request": f"GET /v2/edu-groups/{GROUP}/persons?includeArchive=false", "pulled_at": at, "body": persons},
        {"request": f"GET /v2/edu-groups/{GROUP}/reporting-period-group", "pulled_at": at, "body": {
            "id": 1000007613005, "reportingPeriods": [q1, q2], "holidays": [
                {"id": 1000007713001, "reportingPeriodGroupId": 1000007613005, "dateStart": "2026-10-24T00:00:00",
                 "dateFinish": "2026-11-01T00:00:00", "name": "Осенние каникулы", "description": None},
                {"id": 1000007713002, "reportingPeriodGroupId": 1000007613005, "dateStart": "2026-12-27T00:00:00",
                 "dateFinish": "2027-01-10T00:00:00", "name": "Зимние каникулы", "description": None}]}},
        {"request": "POST /v2/users/many", "request_body": [U_MATH, U_RUS], "pulled_at": at, "body": [
            user(U_MATH, T_MATH, "Ирина", "Олеговна", "Корнилова", ["EduStaff"]),
            user(U_RUS, T_RUS, "Глеб", "Аркадьевич", "Сафронов", ["EduStaff"])]},
        {"request": f"GET /v2/edu-groups/{GROUP}/classteacher", "pulled_at": at, "body": {
            "id": T_RUS, "id_str": s(T_RUS), "userId": U_RUS, "userId_str": s(U_RUS), "firstName": "Глеб",
            "lastName": "Сафронов", "middleName": "Аркадьевич", "shortName": "Сафронов Г. А.", "sex": "Male"}},
        {"request": "GET /v2/users/1000011313801/context", "pulled_at": at,
         "body": context(1000011313801, 1000012313801, "Васнецова Е. П.", [PUPILS[2], PUPILS[12]])},
        {"request": "GET /v2/users/1000011313802/context", "pulled_at": at,
         "body": context(1000011313802, 1000012313802, "Ильин А. С.", [PUPILS[8]])},
    ]


def main() -> None:
    R1 = ("2026-10-12", "2026-10-19", p("2026-10-19T20:00:00"))
    R2 = ("2026-10-19", "2026-10-26", p("2026-10-26T20:00:00"))
    RH = ("2026-10-26", "2026-11-02", p("2026-11-02T20:00:00"))
    RS = ("2026-10-22", "2026-11-03", p("2026-11-03T20:00:00"))
    R3 = ("2026-11-02", "2026-11-09", p("2026-11-09T20:00:00"))
    R3b = ("2026-11-02", "2026-11-09", p("2026-11-10T07:00:00"))
    R4 = ("2026-11-09", "2026-11-16", p("2026-11-16T20:00:00"))
    R5 = ("2026-11-16", "2026-11-20", p("2026-11-20T15:00:00"))
    D1 = ("2026-11-20T00:00:00", "2026-11-20T23:59:59", p("2026-11-20T20:00:00"))
    MO = ("2026-11-01", "2026-11-30", p("2026-11-21T09:00:00"))
    D1b = ("2026-11-20T00:00:00", "2026-11-20T23:59:59", p("2026-11-23T07:00:00"))
    r1 = range_records(*R1)
    r5 = range_records(*R5)
    r3 = range_records(*R3)
    l_1118 = lesson_on("2026-11-18", MATH)["id"]
    l_1119 = lesson_on("2026-11-19", RUS)["id"]
    at23 = t("2026-11-23T07:30:00")
    whole_log = [entry_obj(k, entry_at(k, at23)) for k in sorted(LOG) if k[0] == l_1119
                 and entry_at(k, at23) and entry_at(k, at23)[1] is not None]
    notset_key = (l_1118, PUPILS[14])
    steps = [
        {"name": "00 reference data pulled Monday 2026-10-12 07:00 (+03:00): school, work types, class 5В with 25 "
                 "pupils, quarters and the autumn holidays, teachers, class teacher, two parents' contexts",
         "batches": [setup()]},
        {"name": "01 R1 week 10-12..10-19 (to = the next Monday: one day of overlap), pulled Mon 10-19 20:00",
         "batches": [r1]},
        {"name": "02 R2 week 10-19..10-26 (last day a holiday), pulled Mon 10-26 20:00: P03's 3 of 10-19 is now 4",
         "batches": [range_records(*R2)]},
        {"name": "03 R1's marks answer retried (same pull time) after R2: stale, must not revert the 4",
         "batches": [[r1[1]]]},
        {"name": "04 RH holiday week 10-26..11-02, pulled Mon 11-02 20:00: only Monday 11-02 has lessons; the "
                 "Friday-before-the-holidays test mark set 11-02 15:20 (mark date in range, lesson date not)",
         "batches": [range_records(*RH)]},
        {"name": "05 RS straddling the holidays 10-22..11-03, pulled Tue 11-03 20:00: repeats R2's Thursday and Friday "
                 "and RH's Monday", "batches": [range_records(*RS)]},
        {"name": "06 R3 week 11-02..11-09 (Wed 11-04 a public holiday), pulled Mon 11-09 20:00: a mark set 19:30 "
                 "that evening", "batches": [r3]},
        {"name": "07 R3 re-pulled (the same requests) Tue 11-10 07:00: the Russian lesson of 11-05 and P07's 2 of "
                 "11-06 are gone", "batches": [range_records(*R3b)]},
        {"name": "08 R4 week 11-09..11-16, pulled Mon 11-16 20:00", "batches": [range_records(*R4)]},
        {"name": "09 R5 last week 11-16..11-20, pulled Fri 11-20 15:00", "batches": [r5]},
        {"name": "10 D1 one day 11-20 (full date-times), pulled Fri 11-20 20:00: a mark set 16:10 on the range's "
                 "last day", "batches": [range_records(*D1)]},
        {"name": "11 MO whole month 11-01..11-30, pulled Sat 11-21 09:00: lacks the Russian lesson of 11-17 and P09's "
                 "3- of 11-10 that R4/R5 held; P11's Absent of 11-11 is now Ill", "batches": [range_records(*MO)]},
        {"name": "12 stale retries after the month: R5's lessons (pulled Fri 11-20 15:00) must not bring 11-17 back; "
                 "R3's lessons and marks (pulled Mon 11-09 20:00) must not bring back 11-05 or P07's 2 of 11-06",
         "batches": [[r5[0], r3[0], r3[1]]]},
        {"name": "13 D1 re-pulled Mon 11-23 07:00: every answer empty (the 11-20 maths lesson was removed); one "
                 "lesson's whole log (11-19) and one entry set back to NotSet (11-18)",
         "batches": [range_records(*D1b) + [
             {"request": f"GET /v2/lessons/{l_1119}/log-entries", "body": whole_log,
              "pulled_at": p("2026-11-23T07:30:00")},
             {"request": f"GET /v2/lesson-log-entries/lesson/{l_1118}/person/{PUPILS[14]}",
              "body": entry_obj(notset_key, entry_at(notset_key, at23)), "pulled_at": p("2026-11-23T07:30:00")}]]},
        {"name": "14 one pupil's own marks range 11-09..11-13 (persons/{p}/schools/{s}/marks), pulled Mon 11-23 08:00: "
                 "lacks P19's 5- of 11-11 (its answer is empty) the month range still held; complete for that pupil only, the class's other marks "
                 "of the week stay",
         "batches": [[person_marks(PUPILS[18], "2026-11-09", "2026-11-13", p("2026-11-23T08:00:00"))]]},
    ]
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 13: МБОУ СОШ № 13, Вышегорск (timeZone 3), class 5В (25 pupils), "
                              "maths and Russian over five school weeks 2026-10-12..11-20 around the autumn holidays "
                              "(10-24..11-01), pulled as a sync job pages: weekly ranges overlapping by one day, a "
                              "holiday-week range, a range straddling the holidays, a re-pull, a one-day range, the "
                              "whole month, the one day again (empty), stale retries.",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for st in steps for b in st["batches"])
    print(f"journey.json: {len(steps)} steps, {n} records")


if __name__ == "__main__":
    main()
