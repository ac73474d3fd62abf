"""Write journey.json: Dnevnik.ru journey 15, an unusual calendar (standard library only, deterministic).

School МБОУ «СОШ № 15», Якутск (`timeZone: 9`), six-day week. Class 6А (first shift, 08:00) and 7Б (second
shift, 13:00). Fortnight 2026-11-02 (Mon) .. 2026-11-15 (Sun):
  * Tue 11-03 eve of the public holiday: shortened lessons (30 minutes, bundle `hours`, §3.4);
  * Wed 11-04 «День народного единства»: a one-day holiday of both period groups (§3.12), no lessons;
  * Sat 11-07 and Sat 11-14: ordinary Saturday lessons (six-day week);
  * Sun 11-08: a make-up working Sunday (transferred working day), lessons for both classes;
  * Mon 11-09 .. Sat 11-14: 6А in quarantine: its own period group (a group of its own id) gains the holiday
    «Карантин 6А»; its planned lessons are pulled again as an empty list (§3.4 range, §7);
  * Fri 11-13: «Санитарный день», added to both period groups late; 7Б's lessons that day vanish from its range.
Every id, name and text is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL = 1000002590015
TZ = "+09:00"
G6, G7 = 2260325488555001601, 2260325488555001702
RPG6, RPG7 = 1000007601561, 1000007601572
SUBJ = {"math": (1000003915001, "Математика", "Математика и информатика"),
        "rus": (1000003915002, "Русский язык", "Русский язык и литература"),
        "lit": (1000003915003, "Литература", "Русский язык и литература"),
        "hist": (1000003915004, "История", "Общественно-научные предметы"),
        "pe": (1000003915005, "Физическая культура", "Физическая культура")}
TEACHERS = {  # person id, user id, last, first, middle
    "math": (1000012915901, 1000011915901, "Матвеева", "Лидия", "Петровна"),
    "rus": (1000012915902, 1000011915902, "Ожогина", "Раиса", "Семёновна"),
    "hist": (1000012915903, 1000011915903, "Пестряков", "Глеб", "Андреевич"),
    "pe": (2260325488555009904, 2260325488555009804, "Сыромятников", "Артур", "Ильич")}
TEACHER_OF = {"math": "math", "rus": "rus", "lit": "rus", "hist": "hist", "pe": "pe"}
PUPILS = {G6: [(1000012915001, 1000011915001, "Аверина", "Злата", "Олеговна", "Female"),
               (1000012915002, 1000011915002, "Бушуев", "Тимофей", "Романович", "Male"),
               (2260325488555100003, None, "Винокурова", "Сардаана", "Петровна", "Female")],
          G7: [(1000012915011, 1000011915011, "Аверин", "Кирилл", "Олегович", "Male"),
               (1000012915012, 1000011915012, "Гоголева", "Туйаара", "Ивановна", "Female"),
               (2260325488555100013, 2260325488555100913, "Дьячковский", "Эрчим", "Нюргунович", "Male")]}
PARENT = (1000012915101, 1000011915101, "Аверина", "Ольга", "Викторовна")
WT = [(5101, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1), (5102, "LessonTestWork", "Контрольная работа", "КР", 3),
      (5103, "CommonWork", "Сдача норматива", "Н", 2)]
BELLS = {  # (shift, shortened) -> slot -> (start, end)
    ("1", False): ["08:00 - 08:40", "08:50 - 09:30", "09:45 - 10:25", "10:40 - 11:20"],
    ("1", True): ["08:00 - 08:30", "08:40 - 09:10", "09:20 - 09:50", "10:00 - 10:30"],
    ("2", False): ["13:00 - 13:40", "13:50 - 14:30", "14:45 - 15:25", "15:40 - 16:20"],
    ("2", True): ["12:00 - 12:30", "12:40 - 13:10", "13:20 - 13:50", "14:00 - 14:30"]}
SHIFT = {G6: "1", G7: "2"}
NAME = {G6: "6А", G7: "7Б"}
ROOM = {G6: "114", G7: "207"}
# the plan: weekday -> subjects (Sunday 11-08 works on Monday's timetable; Saturday is a school day)
PLAN = {G6: {0: ["math", "rus", "hist"], 1: ["rus", "math", "lit"], 2: ["math", "lit", "pe"],
             3: ["rus", "hist", "math"], 4: ["lit", "math", "pe"], 5: ["math", "rus", "pe"]},
        G7: {0: ["hist", "math", "rus"], 1: ["math", "lit", "rus"], 2: ["rus", "math", "pe"],
             3: ["math", "rus", "hist"], 4: ["pe", "lit", "math"], 5: ["rus", "math", "lit"]}}
TOPICS = {"math": "Действия с дробями, урок {n}", "rus": "Правописание приставок, урок {n}",
          "lit": "«Уроки французского», урок {n}", "hist": "Древняя Русь, урок {n}", "pe": "Лёгкая атлетика, урок {n}"}
HOLIDAY_NATIONAL = "2026-11-04"
SANITARY = "2026-11-13"
MAKEUP_SUNDAY = "2026-11-08"
QUARANTINE = ("2026-11-09", "2026-11-14")


def ds(day: dt.date) -> str:
    return day.isoformat()


def days(first: str, last: str) -> list[dt.date]:
    day, end, out = dt.date.fromisoformat(first), dt.date.fromisoformat(last), []
    while day <= end:
        out.append(day)
        day += dt.timedelta(days=1)
    return out


def weekday_plan(group: int, day: dt.date, timetable_only: bool = False) -> list[str]:
    """The class's subjects that day. The make-up Sunday works by the timetable of the holiday it replaces
    (Wednesday); `timetable_only`: what the journal's timetable generated before the transfer (7Б's first plan)."""
    if timetable_only:
        return [] if ds(day) == MAKEUP_SUNDAY else PLAN[group].get(day.weekday(), [])
    if ds(day) == HOLIDAY_NATIONAL:
        return []
    if ds(day) == MAKEUP_SUNDAY:
        return PLAN[group][2]
    return PLAN[group].get(day.weekday(), [])


def lesson_id(group: int, day: dt.date, slot: int) -> int:
    return 2260325488555300000 + (1 if group == G6 else 5) * 100000 + int(day.strftime("%m%d")) * 10 + slot


def work_id(lesson: int) -> int:
    return lesson + 400000000


def hours(group: int, day: dt.date, slot: int) -> str:
    return BELLS[(SHIFT[group], ds(day) == "2026-11-03")][slot - 1]


def entity_lesson(group: int, day: dt.date, slot: int, subject: str, origin: dt.date | None = None,
                  title: str | None = None) -> dict:
    lid, (sid, sname, area) = lesson_id(group, origin or day, slot), SUBJ[subject]
    teacher = TEACHERS[TEACHER_OF[subject]][0]
    start = hours(group, day, slot)[:5]
    return {"id": lid, "id_str": str(lid), "title": title or TOPICS[subject].format(n=int((origin or day).strftime("%d"))),
            "date": f"{ds(day)}T{start}:00", "number": slot,
            "subject": {"id": sid, "id_str": str(sid), "name": sname, "knowledgeArea": area, "fgosSubjectId": None},
            "group": group, "status": "Conducted", "resultPlaceId": 0,
            "works": [work(group, lid, sid, day)], "teachers": [teacher], "teachers_str": [str(teacher)]}


def work(group: int, lid: int, sid: int, day: dt.date, kind: int = 5101) -> dict:
    wid = work_id(lid)
    return {"id": wid, "id_str": str(wid), "type": "DefaultNewLessonWork" if kind == 5101 else "CommonWork",
            "workType": kind, "markType": "mark5", "markCount": 1, "lesson": lid, "lesson_str": str(lid),
            "displayInJournal": True, "status": "Sent", "eduGroup": group, "eduGroup_str": str(group), "tasks": [],
            "text": "", "periodNumber": 2, "periodType": "Quarter", "subjectId": sid, "isImportant": False,
            "targetDate": f"{ds(day)}T00:00:00", "sentDate": None, "createdBy": TEACHERS["math"][0], "files": [],
            "oneDriveLinks": []}


def group_lessons(group: int, first: str, last: str, skip: set[str] = frozenset(), moved: bool = False,
                  timetable_only: bool = False) -> list[dict]:
    """`moved`: the holiday's lessons keep their ids and move to the make-up Sunday (7Б's transferred day)."""
    out = []
    for day in days(first, last):
        if ds(day) in skip:
            continue
        origin = dt.date.fromisoformat(HOLIDAY_NATIONAL) if moved and ds(day) == MAKEUP_SUNDAY else None
        out += [entity_lesson(group, day, slot, subj, origin) for slot, subj in
                enumerate(weekday_plan(group, day, timetable_only), start=1)]
    return out


def consultation() -> dict:
    return entity_lesson(G6, dt.date.fromisoformat(CONSULTATION), 4, "math",
                         title="Дистанционная консультация: дроби (карантин)")


CONSULTATION = "2026-11-10"     # 6А: the one lesson held (online) during its quarantine
LIFTED = "2026-11-11"           # 6А's quarantine ends early: last day


# marks and attendance the pupils' schedules bundles carry: (group, date, slot, person, value, minute, work type)
MARKS = [(G6, "2026-11-03", 2, 1000012915001, "4+", "2026-11-04T10:15:07.31", 5101),   # set on the holiday
         (G6, "2026-11-07", 3, 1000012915001, "5", "2026-11-07T09:58:40.2", 5101),
         (G6, "2026-11-08", 1, 1000012915001, "3-", "2026-11-08T08:31:12.907", 5101),
         (G6, "2026-11-08", 1, 1000012915002, "5", "2026-11-08T08:31:40.1", 5101),
         (G7, "2026-11-07", 1, 1000012915011, "4", "2026-11-07T13:35:02.5", 5101),
         (G7, "2026-11-08", 2, 1000012915011, "5-", "2026-11-08T14:20:00.66", 5101),
         (G7, "2026-11-14", 2, 1000012915011, "2", "2026-11-14T14:25:19.4", 5101),
         (G7, "2026-11-10", 1, 1000012915012, "5", "2026-11-10T13:30:00.0", 5101),
         (G6, "2026-11-10", 4, 1000012915001, "5", "2026-11-10T11:05:44.12", 5101),    # at the consultation
         (G6, "2026-11-12", 1, 1000012915001, "4", "2026-11-12T08:35:00.5", 5101),     # first day back
         (G7, "2026-11-08", 1, 1000012915012, "3", "2026-11-08T13:32:10.0", 5101)]     # on a moved lesson
LOGS = [(G6, "2026-11-08", 2, 2260325488555100003, "Ill", "ОРВИ, справка"),
        (G6, "2026-11-07", 1, 1000012915002, "Late", ""),
        (G7, "2026-11-08", 3, 1000012915011, "Absent", ""),
        (G6, "2026-11-12", 2, 1000012915002, "Ill", "после карантина"),
        (G7, "2026-11-14", 1, 2260325488555100013, "Pass", "соревнования")]


FINAL: dict[tuple[int, str, int], int] = {}   # (group, date, slot) -> lesson id, filled by main()


def lid_at(group: int, date: str, slot: int) -> int:
    return FINAL[(group, date, slot)]


def mark_obj(group, date, slot, person, value, when, kind) -> dict:
    lid = lid_at(group, date, slot)
    mid = lid + 700000000 + (person % 100) * 1000000
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value, "person": person,
            "person_str": str(person), "work": work_id(lid), "work_str": str(work_id(lid)), "lesson": lid,
            "lesson_str": str(lid), "number": 0, "date": when, "workType": kind,
            "mood": "Good" if value[0] in "45" else ("Average" if value[0] == "3" else "Bad"), "use_avg_calc": True}


def bundle(person: int, group: int, first: str, last: str, alive: dict[int, dict]) -> dict:
    out = []
    for day in days(first, last):
        lessons = [les for les in alive.values() if les["date"][:10] == ds(day) and les["group"] == group]
        lessons.sort(key=lambda les: les["number"])
        flat = [{"id": les["id"], "title": les["title"], "date": les["date"], "number": les["number"],
                 "subjectId": les["subject"]["id"], "status": "Conducted", "resultPlaceId": 0, "building": "Главный",
                 "place": ROOM[group], "floor": ROOM[group][0], "hours": hours(group, day, les["number"]),
                 "works": [work_id(les["id"])], "teachers": les["teachers"]} for les in lessons]
        ids = {les["id"] for les in lessons}
        marks = [mark_obj(*m) for m in MARKS if m[3] == person and FINAL.get((m[0], m[1], m[2])) in ids]
        logs = [{"person": person, "person_str": str(person), "lesson": lid_at(g, d, s),
                 "lesson_str": str(lid_at(g, d, s)), "comment": c, "status": st,
                 "createdDate": f"{d}T{hours(g, dt.date.fromisoformat(d), s)[:5]}:09.5"}
                for g, d, s, p, st, c in LOGS if p == person and FINAL.get((g, d, s)) in ids]
        subjects = sorted({les["subject"]["id"] for les in lessons})
        out.append({"date": f"{ds(day)}T00:00:00", "lessons": flat, "marks": marks,
                    "works": [work(group, les["id"], les["subject"]["id"], day) for les in lessons],
                    "homeworks": [],
                    "subjects": [{"id": s, "name": n, "knowledgeAreaId": 1} for s, n, _ in SUBJ.values() if s in subjects],
                    "workTypes": [{"id": 5101, "schoolId": SCHOOL, "abbreviation": "ОУ", "name": "Ответ на уроке",
                                   "isFinal": False, "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"}],
                    "lessonLogEntries": logs,
                    "teachers": [{"person": {"id": TEACHERS[k][0], "shortName": f"{TEACHERS[k][2]} {TEACHERS[k][3][0]}. {TEACHERS[k][4][0]}."},
                                  "role": "Teacher"} for k in sorted(TEACHERS) if TEACHERS[k][0] in
                                 {t for les in lessons for t in les["teachers"]}],
                    "nextDate": f"{ds(day + dt.timedelta(days=1))}T00:00:00"})
    return {"days": out}


def period_group(group: int, rpg: int, extra: list[tuple[int, str, str, str]]) -> dict:
    hol = [(1, "2026-10-25", "2026-11-01", "Осенние каникулы"), (2, HOLIDAY_NATIONAL, HOLIDAY_NATIONAL,
                                                                    "День народного единства")] + extra
    return {"id": rpg, "reportingPeriods": [
        {"id": rpg * 10 + 1, "id_str": str(rpg * 10 + 1), "start": "2026-09-01T00:00:00",
         "finish": "2026-10-24T00:00:00", "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2026},
        {"id": rpg * 10 + 2, "id_str": str(rpg * 10 + 2), "start": "2026-11-02T00:00:00",
         "finish": "2026-12-26T00:00:00", "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026}],
        "holidays": [{"id": rpg * 100 + n, "reportingPeriodGroupId": rpg, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": None} for n, a, b, name in hol]}


def rec(request: str, body, pulled: str) -> dict:
    return {"request": request, "body": body, "pulled_at": f"{pulled}{TZ}"}


def group_obj(group: int) -> dict:
    return {"id": group, "id_str": str(group), "parentIds": [], "parentIds_str": [], "type": "Group",
            "name": NAME[group], "fullName": "", "parallel": int(NAME[group][0]), "timetable": group + 7,
            "timetable_str": str(group + 7), "status": "Active", "studyyear": 2026, "educationType": "Regular",
            "subjects": [], "journaltype": "Default"}


def main() -> None:
    steps = []
    users = [{"id": u, "id_str": str(u), "personId": p, "personId_str": str(p), "name": f"{f} {la}", "email": None,
              "login": None, "fullName": f"{la} {f} {m}", "fullNameInverse": f"{f} {m} {la}", "firstName": f,
              "middleName": m, "lastName": la, "shortName": f"{la} {f[0]}. {m[0]}.", "locale": "ru-RU",
              "timezone": "+9:00", "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""}
             for p, u, la, f, m in TEACHERS.values()]
    school = {"id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «СОШ № 15»",
              "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15» г. Якутска",
              "avatarSmall": None, "city": "Якутск", "municipality": "ГО «город Якутск»", "regionid": 14,
              "markType": "mark5", "timeZone": 9, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular", "tsoCityId": 1401, "tsoRegionTreePath": "14."}
    parent_ctx = {"userId": PARENT[1], "userId_str": str(PARENT[1]), "personId": PARENT[0],
                  "personId_str": str(PARENT[0]), "shortName": "Аверина О. В.", "avatarUrl": None,
                  "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
                  "schools": [{"id": SCHOOL, "name": school["name"], "type": "School", "groupIds": []}],
                  "eduGroups": [], "splitId": None,
                  "children": [{"personId": p[0], "firstName": p[3], "lastName": p[2], "middleName": p[4],
                                "shortName": f"{p[2]} {p[3][0]}.", "schoolIds": [SCHOOL], "groupIds": [g]}
                               for g, p in ((G6, PUPILS[G6][0]), (G7, PUPILS[G7][0]))]}
    at = "2026-11-01T20:00:00"
    steps.append({"name": "1 Sunday 2026-11-01 20:00: school, work types, classes, period groups, teachers, parent",
                  "batches": [[
                      rec(f"GET /v2/schools/{SCHOOL}", school, at),
                      rec(f"GET /v2/work-types/{SCHOOL}", [{"id": i, "id_str": str(i), "schoolId": SCHOOL, "kindId": n,
                                                            "kind": k, "title": t, "abbr": a, "weight": w}
                                                           for n, (i, k, t, a, w) in enumerate(WT, 1)], at),
                      *[rec(f"GET /v2/edu-groups/{g}/persons?includeArchive=false", [
                          {"id": p[0], "id_str": str(p[0]), "userId": p[1], "userId_str": None if p[1] is None else str(p[1]),
                           "firstName": p[3], "lastName": p[2], "middleName": p[4],
                           "shortName": f"{p[2]} {p[3][0]}. {p[4][0]}.", "sex": p[5]} for p in PUPILS[g]], at)
                        for g in (G6, G7)],
                      {**rec("POST /v2/edu-groups", [{"group": group_obj(g), "students": [
                          {"person": p[0], "membershipstatus": "Active"} for p in PUPILS[g]]} for g in (G6, G7)], at),
                       "request_body": [G6, G7]},
                      rec(f"GET /v2/edu-groups/{G6}/reporting-period-group", period_group(G6, RPG6, []), at),
                      rec(f"GET /v2/edu-groups/{G7}/reporting-period-group", period_group(G7, RPG7, []), at),
                      {**rec("POST /v2/users/many", users, at), "request_body": [t[1] for t in TEACHERS.values()]},
                      rec(f"GET /v2/users/{PARENT[1]}/context", parent_ctx, at)]]})
    at = "2026-11-01T20:30:00"
    week1 = {G6: group_lessons(G6, "2026-11-02", "2026-11-08"),
             G7: group_lessons(G7, "2026-11-02", "2026-11-08", timetable_only=True)}
    steps.append({"name": "2 Sunday 2026-11-01 20:30: the plan of week 1 (6А already with its make-up Sunday; "
                          "7Б as its timetable generated it, Wednesday 11-04 included)",
                  "batches": [[rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-02/2026-11-08", week1[G], at)
                               for G in (G6, G7)]]})
    at = "2026-11-02T07:00:00"
    week1[G7] = group_lessons(G7, "2026-11-02", "2026-11-08", moved=True)
    steps.append({"name": "3 Monday 2026-11-02 07:00: 7Б's range again: the holiday's lessons moved to the make-up "
                          "Sunday 11-08 (same ids, new date)",
                  "batches": [[rec(f"GET /v2/edu-groups/{G7}/lessons/2026-11-02/2026-11-08", week1[G7], at)]]})
    alive = {les["id"]: les for G in (G6, G7) for les in week1[G]}
    FINAL.update({(les["group"], les["date"][:10], les["number"]): les["id"] for les in alive.values()})
    at = "2026-11-08T19:00:00"
    steps.append({"name": "4 Sunday 2026-11-08 19:00: every pupil's week 1 schedules bundle (hours, marks, log)",
                  "batches": [[rec(f"GET /v2.0/persons/{p[0]}/groups/{G}/schedules?startDate=2026-11-02&endDate=2026-11-08",
                                   bundle(p[0], G, "2026-11-02", "2026-11-08", alive), at)
                               for G in (G6, G7) for p in PUPILS[G]]]})
    at = "2026-11-08T20:30:00"
    week2 = {G: group_lessons(G, "2026-11-09", "2026-11-15") for G in (G6, G7)}
    steps.append({"name": "5 Sunday 2026-11-08 20:30: the plan of week 2",
                  "batches": [[rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-09/2026-11-15", week2[G], at)
                               for G in (G6, G7)]]})
    at = "2026-11-09T07:10:00"
    quarantine = [(3, QUARANTINE[0], QUARANTINE[1], "Карантин 6А")]
    steps.append({"name": "6 Monday 2026-11-09 07:10: 6А quarantined: its period group gains the holiday, its week "
                          "is pulled again with one online consultation only",
                  "batches": [[rec(f"GET /v2/edu-groups/{G6}/reporting-period-group", period_group(G6, RPG6, quarantine), at),
                               rec(f"GET /v2/edu-groups/{G6}/lessons/2026-11-09/2026-11-15", [consultation()], at),
                               rec(f"GET /v2/edu-groups/{G7}/reporting-period-group", period_group(G7, RPG7, []), at)]]})
    at = "2026-11-11T18:00:00"
    quarantine = [(3, QUARANTINE[0], LIFTED, "Карантин 6А (ОРВИ)")]
    back = [consultation()] + group_lessons(G6, "2026-11-12", "2026-11-15")
    steps.append({"name": "7 Wednesday 2026-11-11 18:00: 6А's quarantine lifted early (ends 11-11, renamed); its "
                          "Thursday..Saturday lessons are back under their planned ids",
                  "batches": [[rec(f"GET /v2/edu-groups/{G6}/reporting-period-group", period_group(G6, RPG6, quarantine), at),
                               rec(f"GET /v2/edu-groups/{G6}/lessons/2026-11-09/2026-11-15", back, at)]]})
    at = "2026-11-12T18:00:00"
    sanitary = [(4, SANITARY, SANITARY, "Санитарный день")]
    week2 = {G6: [consultation()] + group_lessons(G6, "2026-11-12", "2026-11-15", skip={SANITARY}),
             G7: group_lessons(G7, "2026-11-09", "2026-11-15", skip={SANITARY})}
    steps.append({"name": "8 Thursday 2026-11-12 18:00: a sanitary day on Friday for the whole school",
                  "batches": [[rec(f"GET /v2/edu-groups/{G6}/reporting-period-group",
                                   period_group(G6, RPG6, quarantine + sanitary), at),
                               rec(f"GET /v2/edu-groups/{G7}/reporting-period-group", period_group(G7, RPG7, sanitary), at),
                               rec(f"GET /v2/edu-groups/{G6}/lessons/2026-11-09/2026-11-15", week2[G6], at),
                               rec(f"GET /v2/edu-groups/{G7}/lessons/2026-11-09/2026-11-15", week2[G7], at)]]})
    alive = {les["id"]: les for G in (G6, G7) for les in week2[G]}
    FINAL.update({(les["group"], les["date"][:10], les["number"]): les["id"] for les in alive.values()})
    at = "2026-11-14T19:30:00"
    steps.append({"name": "9 Saturday 2026-11-14 19:30: week 2 schedules bundles",
                  "batches": [[rec(f"GET /v2.0/persons/{p[0]}/groups/{G}/schedules?startDate=2026-11-09&endDate=2026-11-15",
                                   bundle(p[0], G, "2026-11-09", "2026-11-15", alive), at)
                               for G in (G7, G6) for p in PUPILS[G]]]})
    late = [r for r in steps[0]["batches"][0] if "reporting-period-group" in r["request"]] + [steps[4]["batches"][0][0]]
    assert "reporting-period-group" in late[0]["request"] and "reporting-period-group" in late[1]["request"]
    steps.append({"name": "10 Sunday 2026-11-15 09:00: a retry queue delivers, late, three old answers: 6А's and 7Б's "
                          "period groups of 11-01 (no quarantine, no sanitary day) and 6А's week-2 plan of 11-08 "
                          "(every lesson of the quarantine week), each with its own old pulled_at",
                  "batches": [late]})
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 15: an unusual calendar (six-day week, make-up Sunday, class-only "
                              "quarantine, sanitary day, shortened holiday eve, second shift at 13:00)",
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
