"""Writes journey.json (standard library only; deterministic). Invented school, cast and payloads."""
import datetime as dt
import json
from pathlib import Path

SCHOOL = 1000002460029
G8A, G8B, SA1, SA2 = 2260325488529000801, 2260325488529000802, 2260325488529000811, 2260325488529000812
P1, P2, P3, P4, P5, P6 = (1000012902900 + i for i in range(1, 7))
PUPILS = {P1: ("Тимофей", "Кузнецов", "Алексеевич", "Male"), P2: ("Варвара", "Соколова", "Ильинична", "Female"),
          P3: ("Артём", "Лебедев", "Романович", "Male"), P4: ("Дарья", "Иванова", "Олеговна", "Female"),
          P5: ("Ксения", "Морозова", "Павловна", "Female"), P6: ("Матвей", "Зайцев", "Игоревич", "Male")}
T = {911: ("Ольга", "Гусева", "Петровна"), 912: ("Андрей", "Тимофеев", "Сергеевич"),
     913: ("Марина", "Белякова", "Юрьевна"), 914: ("Елена", "Кравец", "Викторовна"),
     915: ("Светлана", "Никитина", "Андреевна"), 916: ("Анна", "Орехова", "Дмитриевна")}
SUBJ = {"alg": (1000003902901, "Алгебра", "Математика и информатика"), "hist": (1000003902902, "История", "Общественно-научные предметы"),
        "lit": (1000003902903, "Литература", "Русский язык и литература"), "eng": (1000003902904, "Английский язык", "Иностранные языки")}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:20", "11:05"), 4: ("11:20", "12:05")}
GROUPS = {G8A: ("8А", "Group", [], ""), G8B: ("8Б", "Group", [], ""),
          SA1: ("Англ. яз. 1 гр.", "Subgroup", [G8A], "Кравец Елена Викторовна"),
          SA2: ("Англ. яз. 2 гр.", "Subgroup", [G8A], "Кравец Елена Викторовна")}
# weekly plan: group -> [(weekday 0=Mon, number, subject, teacher, has homework)]
PLAN = {G8A: [(0, 1, "alg", 911, True), (2, 2, "hist", 912, False), (4, 3, "lit", 913, False)],
        SA1: [(1, 2, "eng", 914, True)],
        SA2: [(1, 3, "eng", 914, True)],
        G8B: [(0, 3, "alg", 915, True), (2, 1, "hist", 912, False), (3, 2, "eng", 916, True), (4, 4, "lit", 913, False)]}
WEEKS = {"a": dt.date(2025, 9, 29), "b": dt.date(2025, 10, 13), "c": dt.date(2025, 11, 17), "d": dt.date(2026, 1, 12)}
TOPICS = {
    (G8A, "alg"): {"a": "Квадратный корень из произведения", "b": "Вынесение множителя из-под знака корня", "c": "Квадратное уравнение и его корни", "d": "Дробные рациональные уравнения"},
    (G8A, "hist"): {"a": "Пётр I: начало правления", "b": "Северная война", "c": "Эпоха дворцовых переворотов", "d": "Внутренняя политика Екатерины II"},
    (G8A, "lit"): {"a": "А. С. Пушкин «Капитанская дочка»: история создания", "b": "Образ Пугачёва в повести", "c": "М. Ю. Лермонтов «Мцыри»: композиция", "d": "Н. В. Гоголь «Ревизор»: смысл названия"},
    (SA1, "eng"): {"a": "Unit 2. Sports and hobbies (1 гр.)", "b": "Present Perfect Continuous (1 гр.)", "c": "Unit 4. Famous people (1 гр.)", "d": "Unit 6. The environment (1 гр.)"},
    (SA2, "eng"): {"a": "Unit 2. Free time activities (2 гр.)", "b": "Past Perfect: practice (2 гр.)", "c": "Unit 4. Biographies (2 гр.)", "d": "Unit 6. Saving the planet (2 гр.)"},
    (G8B, "alg"): {"a": "Арифметический квадратный корень", "b": "Свойства арифметического корня", "c": "Неполные квадратные уравнения", "d": "Решение задач с помощью уравнений"},
    (G8B, "hist"): {"a": "Россия в конце XVII века", "b": "Реформы Петра I", "c": "Россия при Анне Иоанновне", "d": "Просвещённый абсолютизм"},
    (G8B, "eng"): {"a": "Module 1. Socialising", "b": "Module 2. Food and shopping", "c": "Module 3. Great minds", "d": "Module 5. Global issues"},
    (G8B, "lit"): {"a": "«Слово о полку Игореве»: обзор", "b": "Д. И. Фонвизин «Недоросль»", "c": "А. С. Пушкин «Капитанская дочка»: Гринёв", "d": "А. Н. Островский «Снегурочка»"},
}
HW = {
    (G8A, "alg"): {"a": "№ 412, 415 (а, б)", "b": "№ 431, 434; выучить правило на с. 96", "c": "№ 512 (а–г), 515", "d": "№ 602, 605, 609"},
    (SA1, "eng"): {"a": "SB p. 24 ex. 3, 5 (1 гр.)", "b": "WB p. 18 ex. 1–4 (1 гр.)", "c": "Эссе «My hero», 100 слов (1 гр.)", "d": "SB p. 71 ex. 6, слова (1 гр.)"},
    (SA2, "eng"): {"a": "WB p. 12 ex. 2, 3 (2 гр.)", "b": "SB p. 33 ex. 7 письменно (2 гр.)", "c": "Пересказ текста p. 48 (2 гр.)", "d": "WB p. 40 ex. 1, 2 (2 гр.)"},
    (G8B, "alg"): {"a": "№ 301, 303, 305 (8Б)", "b": "№ 322 (а–е), 327 (8Б)", "c": "№ 417, 419 (8Б)", "d": "№ 488, 490 (8Б)"},
    (G8B, "eng"): {"a": "Module 1a ex. 4, 6 (8Б)", "b": "Module 2b: проект «Меню»", "c": "Module 3c ex. 2, 8 (8Б)", "d": "Module 5a: слова наизусть (8Б)"},
}
PULL = {"S0": "2025-09-28", "S1": "2025-10-04", "S2": "2025-10-05", "S3": "2025-10-11", "S4": "2025-10-12",
        "S5": "2025-11-08", "S6": "2025-11-09", "S7": "2025-11-15", "S8": "2025-11-16", "S9": "2026-01-10",
        "S10": "2026-01-11"}
A, X = "Active", "Archive"
S0 = {G8A: {P1: A, P2: A, P3: A, P4: A}, SA1: {P1: A, P2: A, P4: A}, SA2: {P3: A}, G8B: {P5: A, P6: A}}


def change(prev, **edits):
    new = {g: dict(m) for g, m in prev.items()}
    for key, members in edits.items():
        g = {"a": G8A, "b": G8B, "s1": SA1, "s2": SA2}[key]
        new[g].update(members)
    return new


ROSTER = {"S0": S0, "S1": S0}
ROSTER["S2"] = change(S0, a={P1: X}, s1={P1: X}, b={P1: A})            # Тимофей moves to 8Б
ROSTER["S3"] = ROSTER["S2"]
ROSTER["S4"] = change(ROSTER["S3"], s1={P2: X}, s2={P2: A})            # Варвара: 1 гр. -> 2 гр.
ROSTER["S5"] = ROSTER["S4"]
ROSTER["S6"] = change(ROSTER["S5"], a={P1: A, P3: X}, s1={P1: A}, s2={P3: X}, b={P1: X})  # Тимофей back; Артём leaves
ROSTER["S7"] = ROSTER["S6"]
ROSTER["S8"] = change(ROSTER["S7"], s1={P2: A}, s2={P2: X})            # Варвара back to 1 гр.
ROSTER["S9"] = ROSTER["S8"]
ROSTER["S10"] = change(ROSTER["S9"], a={P3: A}, s2={P3: A})            # Артём returns (new membership)


def at(snap, time="19:00:00"):
    return f"{PULL[snap]}T{time}+03:00"


def group_obj(g):
    name, typ, parents, full = GROUPS[g]
    return {"id": g, "id_str": str(g), "parentIds": parents, "parentIds_str": [str(p) for p in parents], "type": typ,
            "name": name, "fullName": full, "parallel": 8, "timetable": 1000006002908, "timetable_str": "1000006002908",
            "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def person(p):
    first, last, middle, sex = PUPILS[p]
    return {"id": p, "id_str": str(p), "userId": None, "userId_str": None, "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def roster_rec(snap):
    groups = [G8A, SA1, SA2, G8B]
    body = [{"group": group_obj(g), "students": [{"person": p, "membershipstatus": s} for p, s in sorted(ROSTER[snap][g].items())]}
            for g in groups]
    return {"request": "POST /v2/edu-groups", "request_body": groups, "body": body, "pulled_at": at(snap)}


def persons_rec(g, snap):
    ps = [p for p, s in sorted(ROSTER[snap][g].items()) if s == A]
    return {"request": f"GET /v2/edu-groups/{g}/persons?includeArchive=false", "body": [person(p) for p in ps],
            "pulled_at": at(snap, "19:05:00")}


def own_groups_rec(p, snap):
    gs = [g for g in (G8A, SA1, SA2, G8B) if ROSTER[snap][g].get(p) == A]
    return {"request": f"GET /v2/persons/{p}/edu-groups", "body": [group_obj(g) for g in gs], "pulled_at": at(snap, "19:10:00")}


def lesson_id(g, wk, wd, n):
    return 2260325488529300000 + (g % 1000) * 100 + "abcd".index(wk) * 20 + wd * 4 + n


def lessons_of(g, wk):
    out = []
    for wd, n, subj, teacher, hw in PLAN[g]:
        day = WEEKS[wk] + dt.timedelta(days=wd)
        lid = lesson_id(g, wk, wd, n)
        sid, sname, area = SUBJ[subj]
        works = []
        if hw:
            members = [p for p, s in sorted(ROSTER[snap_before(day)][g].items()) if s == A]
            wid = lid + 1000000
            due = day + dt.timedelta(days=7 if g != G8A else 2)
            works.append({"id": wid, "id_str": str(wid), "type": "Homework", "workType": 2907, "markType": "mark5",
                          "markCount": 1, "lesson": lid, "lesson_str": str(lid), "displayInJournal": False, "status": "Sent",
                          "eduGroup": g, "eduGroup_str": str(g),
                          "tasks": [{"id": wid * 0 + 2260325488529800000 + (wid % 100000) * 10 + i, "id_str": str(2260325488529800000 + (wid % 100000) * 10 + i),
                                     "person": p, "person_str": str(p), "work": wid, "work_str": str(wid), "status": "NotStarted",
                                     "targetDate": f"{due}T00:00:00"} for i, p in enumerate(members)],
                          "text": HW[(g, subj)][wk], "periodNumber": 1 if day.month >= 9 and day < dt.date(2025, 10, 27) else (2 if day.year == 2025 else 3),
                          "periodType": "Quarter", "subjectId": sid, "isImportant": False, "targetDate": f"{due}T00:00:00",
                          "sentDate": f"{day}T{BELLS[n][1]}:00.4", "createdBy": 1000012902000 + teacher, "files": [], "oneDriveLinks": []})
        out.append({"id": lid, "id_str": str(lid), "title": TOPICS[(g, subj)][wk], "date": f"{day}T{BELLS[n][0]}:00", "number": n,
                    "subject": {"id": sid, "id_str": str(sid), "name": sname, "knowledgeArea": area, "fgosSubjectId": None},
                    "group": g, "status": "Conducted", "resultPlaceId": 0, "works": works,
                    "teachers": [1000012902000 + teacher], "teachers_str": [str(1000012902000 + teacher)]})
    return sorted(out, key=lambda l: l["date"])


def snap_before(day):
    return max((s for s in PULL if dt.date.fromisoformat(PULL[s]) < day), key=lambda s: PULL[s])


def lessons_rec(g, wk, snap):
    start = WEEKS[wk]
    return {"request": f"GET /v2/edu-groups/{g}/lessons/{start}/{start + dt.timedelta(days=4)}", "body": lessons_of(g, wk),
            "pulled_at": at(snap, "20:00:00")}


def schedule_rec(p, wk, snap):
    start = WEEKS[wk]
    cls = G8A if ROSTER[snap][G8A].get(p) == A else G8B
    mine = [g for g in (G8A, SA1, SA2, G8B) if ROSTER[snap][g].get(p) == A]
    days = []
    for i in range(5):
        day = start + dt.timedelta(days=i)
        ls = [l for g in mine for l in lessons_of(g, wk) if l["date"][:10] == str(day)]
        ls.sort(key=lambda l: l["number"])
        hws = [w for l in ls for w in l["works"]]
        days.append({"date": f"{day}T00:00:00",
                     "lessons": [{"id": l["id"], "title": l["title"], "date": l["date"], "number": l["number"],
                                  "subjectId": l["subject"]["id"], "status": "Conducted", "resultPlaceId": 0, "building": "Основное здание",
                                  "place": f"{200 + l['number']}", "floor": "2", "hours": f"{BELLS[l['number']][0]} - {BELLS[l['number']][1]}",
                                  "works": [w["id"] for w in l["works"]], "teachers": l["teachers"]} for l in ls],
                     "marks": [], "works": [], "homeworks": hws,
                     "subjects": sorted({(l["subject"]["id"], l["subject"]["name"]) for l in ls}) and
                                 [{"id": s, "name": n, "knowledgeAreaId": None} for s, n in sorted({(l["subject"]["id"], l["subject"]["name"]) for l in ls})],
                     "workTypes": [], "lessonLogEntries": [],
                     "teachers": [{"id": 1000012902000 + t, "id_str": str(1000012902000 + t), "userId": 1000011902000 + t,
                                   "userId_str": str(1000011902000 + t), "firstName": T[t][0], "lastName": T[t][1], "middleName": T[t][2],
                                   "shortName": f"{T[t][1]} {T[t][0][0]}. {T[t][2][0]}.", "sex": "Female" if T[t][2].endswith("на") else "Male"}
                                  for t in sorted({l["teachers"][0] - 1000012902000 for l in ls})],
                     "nextDate": f"{day + dt.timedelta(days=1)}T00:00:00"})
    return {"request": f"GET /v2/persons/{p}/groups/{cls}/schedules?startDate={start}&endDate={start + dt.timedelta(days=4)}",
            "body": {"days": days}, "pulled_at": at(snap, "20:10:00")}


school = {"request": f"GET /v2/schools/{SCHOOL}", "pulled_at": at("S0", "18:00:00"), "body": {
    "id": SCHOOL, "id_str": str(SCHOOL), "name": "МБОУ «Средняя школа № 29»",
    "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 29» г. Ярославля",
    "avatarSmall": None, "city": "Ярославль", "municipality": "городской округ город Ярославль", "regionid": 76, "markType": "mark5",
    "timeZone": 3, "uses_avg": True, "uses_weighted_avg": False, "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "76."}}
worktypes = {"request": f"GET /v2/work-types/{SCHOOL}", "pulled_at": at("S0", "18:00:00"), "body": [
    {"id": 2901, "id_str": "2901", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Работа на уроке", "abbr": "РУ", "weight": 1},
    {"id": 2907, "id_str": "2907", "schoolId": SCHOOL, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1}]}
users = {"request": "POST /v2/users/many", "request_body": [1000011902000 + t for t in sorted(T)], "pulled_at": at("S0", "18:00:00"), "body": [
    {"id": 1000011902000 + t, "id_str": str(1000011902000 + t), "personId": 1000012902000 + t, "personId_str": str(1000012902000 + t),
     "name": f"{f} {l}", "email": None, "login": None, "fullName": f"{l} {f} {m}", "fullNameInverse": f"{f} {m} {l}",
     "firstName": f, "middleName": m, "lastName": l, "shortName": f"{l} {f[0]}. {m[0]}.", "locale": "ru-RU", "timezone": "+3:00",
     "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""} for t, (f, l, m) in sorted(T.items())]}

ALL = [G8A, SA1, SA2, G8B]
steps = [
    {"name": "Sunday 2025-09-28: school, teachers, the roster of 8А (with its English halves) and 8Б",
     "batches": [[school, worktypes, users, roster_rec("S0"), persons_rec(G8A, "S0")]]},
    {"name": "Sunday 2025-10-05: Тимофей Кузнецов moves to the parallel 8Б; Saturday's roster pull is delivered late",
     "batches": [[roster_rec("S2"), persons_rec(G8B, "S2"), own_groups_rec(P1, "S2")], [roster_rec("S1")]]},
    {"name": "Weekend 2025-10-11/12: Варвара Соколова switches from English 1 гр. to 2 гр.; the week of 13 October planned",
     "batches": [[roster_rec("S3"), roster_rec("S4"), own_groups_rec(P2, "S4")] + [lessons_rec(g, "b", "S4") for g in ALL]
                 + [schedule_rec(P1, "b", "S4"), schedule_rec(P2, "b", "S4")]]},
    {"name": "Sunday 2025-11-09: Тимофей comes back to 8А, Артём Лебедев leaves the school; Saturday's pull delivered late",
     "batches": [[roster_rec("S6"), persons_rec(G8A, "S6"), persons_rec(G8B, "S6"), own_groups_rec(P1, "S6")], [roster_rec("S5")]]},
    {"name": "Weekend 2025-11-15/16: Варвара back in English 1 гр.; the week of 17 November planned",
     "batches": [[roster_rec("S7"), roster_rec("S8"), own_groups_rec(P2, "S8")] + [lessons_rec(g, "c", "S8") for g in ALL]
                 + [schedule_rec(P2, "c", "S8"), schedule_rec(P1, "c", "S8")]]},
    {"name": "Weekend 2026-01-10/11: Артём returns to 8А and English 2 гр. (a new membership); the week of 12 January planned",
     "batches": [[roster_rec("S9"), roster_rec("S10"), persons_rec(G8A, "S10"), own_groups_rec(P3, "S10")]
                 + [lessons_rec(g, "d", "S10") for g in ALL] + [schedule_rec(P3, "d", "S10")]]},
    {"name": "January backfill: the September week (29.09-03.10), pulled on 2025-09-28, delivered last",
     "batches": [[lessons_rec(g, "a", "S0") for g in ALL]]},
]
journey = {"vendor": "dnevnik_ru",
           "description": "Dnevnik.ru journey 29: МБОУ «СШ № 29», Ярославль (timeZone 3), 8А and 8Б of 2025/26: leaving and coming back. "
                          "A pupil moves to the parallel class and back a month later, a pupil switches English halves and back, a pupil "
                          "leaves the school in November and returns in January; rosters pulled weekly, some delivered late.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
