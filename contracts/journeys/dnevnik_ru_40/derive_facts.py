"""Derive what the families of «Школа № 40» must (and must not) see from journey.json, per the Dnevnik.ru reference.

Standard library only; deterministic; does not import the hub. Reads journey.json beside this file, writes
facts.json. Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R1  The hub school is the vendor school whose profile the job pulls (`GET /v2/schools/{s}`, §3.10).
R2  A guardian's children are the `children[]` of the LATEST `users/{u}/context` answer for that user (§3.9
    context: "children is present for parents"), by `personId` (§1: relatives and group membership reference the
    person id), only those whose `schoolIds` hold this school. A later answer replaces an earlier one: a child
    missing from it (or an empty `children`) is no longer that parent's (the father, 8 Feb); a child added is
    (the grandmother). The context's own `groupIds` / `eduGroups` / `schools[].groupIds` are the user's groups
    (the teacher-mother's 7Б, where she teaches): they make nobody her child (§3.9: `children` is the list of
    children; §1 roles `EduStaff`, `EduParent`). The guardian is the parent's person id, not the user id (§1).
R3  Namesakes are different people: pupils are identified by person id, never by name (§1 ids, §3.1 `person`);
    two "Иванов Максим Андреевич" in 7Б each see only their own marks and attendance, each parent only their own.
R4  A pupil is in the classes `POST edu-groups` lists them `Active` in (§3.8); nobody moves in this journey.
R5  A lesson of the pupil's class shows on its local date and time (§2, §3.4 `date`, `number`, `title` = topic),
    with its teacher: `teachers[0]` is a person id, named by `POST users/many` `fullName` (§3.4, §3.9). The
    teacher-mother's own person id teaches her daughter's Russian lessons: the lesson names her as teacher.
R6  Another class's lesson is not in a pupil's diary (§3.4 `group`): e.g. 7Б's Russian #1 is not Тимофей's.
R7  A mark shows in the diary of its `person` (§3.1), on its lesson's date, with the value string as sent (§5
    `4-`, `3+`), the weight and name of its `workType` (§3.1 "Weight lives on WorkType", §3.3 `title`).
R8  A mark of one pupil is not in another's diary (§3.1 `person`): checked between the namesakes and between the
    divorced parents' other children (Вероника, Глеб), for a value the other has not got that day in that subject.
R9  Attendance: each lesson-log entry shows on its lesson for its person (§3.5) with its code (§6); `Attend`,
    `Absent`, `Ill`, `Late` also state their meaning; `Pass` states its code only (meaning disputed, §6, §11).
R10 Homework (`Homework` work in the homeworks bundle, §3.2, §3.7 bundle) is set on its lesson's date and due on
    `targetDate` (§3.2 "Due date"); it is its `eduGroup`'s, so every pupil of that class sees it (one fact per
    work, pupils of the class in turn).
R11 Another class's homework is not in a pupil's diary (§3.2 `eduGroup`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # §6; Pass: code only (§11)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]
    order = sorted(range(len(records)), key=lambda i: (dt.datetime.fromisoformat(records[i][1]["pulled_at"]), i))
    records = [records[i] for i in order]

    def matching(pattern):
        return [(n, r) for n, r in records if re.fullmatch(pattern, r["request"])]

    school = matching(r"GET /v2/schools/\d+")[0][1]["body"]["id_str"]  # R1
    teacher = {str(u["personId_str"]): u["fullName"] for _, r in matching(r"POST /v2/users/many") for u in r["body"]}
    wtypes = {str(w["id"]): w for _, r in matching(r"GET /v2/work-types/\d+") for w in r["body"]}
    names, groups = {}, {}  # person -> "Фамилия Имя", group -> [persons]
    for _, r in matching(r"GET /v2/edu-groups/\d+/persons.*"):
        for p in r["body"]:
            names[str(p["id"])] = f"{p['lastName']} {p['firstName']} {p['middleName']}"
    for _, r in matching(r"POST /v2/edu-groups"):  # R4
        for e in r["body"]:
            groups[str(e["group"]["id"])] = [str(s["person"]) for s in e["students"] if s["membershipstatus"] == "Active"]
    gname = {str(e["group"]["id"]): e["group"]["name"] for _, r in matching(r"POST /v2/edu-groups") for e in r["body"]}
    group_of = {p: g for g, ps in groups.items() for p in ps}

    latest = {}  # R2
    for n, r in matching(r"GET /v2/users/\d+/context"):
        latest[str(r["body"]["userId_str"])] = (n, r)
    family = []  # children of any guardian, in order
    for _, (n, r) in sorted(latest.items()):
        for c in r["body"]["children"]:
            if school in [str(s) for s in c["schoolIds"]] and str(c["personId"]) not in family:
                family.append(str(c["personId"]))

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind,
                      **kw, "why": why})

    for user, (n, r) in sorted(latest.items()):
        b = r["body"]
        kids = [str(c["personId"]) for c in b["children"] if school in [str(s) for s in c["schoolIds"]]]
        extra = f"; her own groupIds {b['groupIds']} (roles {b['roles']}) are where she teaches, not children" if b["groupIds"] else ""
        add("children", f"R2/R3: {n}: GET users/{user}/context pulled {r['pulled_at']} is this user's latest list "
                        f"(§3.9 context children; guardian = person {b['personId_str']}, §1): "
                        f"{[names[k] + ' (' + k + ')' for k in kids] or 'no children: access removed'}{extra}",
            guardian={"user": user}, children=[{"person": k} for k in kids])

    lessons = {}
    for n, r in matching(r"GET /v2/edu-groups/\d+/lessons/.*"):
        for l in r["body"]:
            lessons[str(l["id"])] = (n, l)
    by_group = {}
    for lid, (n, l) in sorted(lessons.items(), key=lambda x: (x[1][1]["date"], x[0])):
        by_group.setdefault(str(l["group"]), []).append(l)

    first_of = {g: next(p for p in family if group_of[p] == g) for g in groups}  # R5: the first family child of each class
    for g, ls in sorted(by_group.items(), key=lambda x: gname[x[0]], reverse=True):
        p = first_of[g]
        for l in ls:
            t = str(l["teachers"][0])
            add("lesson", f"R5: lesson {l['id']} of {gname[g]} ({names[p]} is in it, §3.8); title = topic, local date "
                          f"(§2, §3.4); teacher person {t} = users/many fullName (§3.9)"
                          + ("; she is also this pupil's mother (context of user with personId " + t + ")" if
                             any(str(r['body']['personId']) == t for _, r in latest.values()) else ""),
                student={"person": p}, date=l["date"][:10], number=l["number"], subject=l["subject"]["name"],
                topic=l["title"], starts_at=l["date"][11:16], teacher=teacher[t])

    for p in family:  # R6: the other class's first lesson of each Monday
        other = next(g for g in groups if g != group_of[p])
        for l in by_group[other]:
            day = dt.date.fromisoformat(l["date"][:10])
            if day.weekday() == 0 and l["number"] == min(x["number"] for x in by_group[other]):
                add("no_lesson", f"R6: lesson {l['id']} ({l['subject']['name']} #{l['number']}) is {gname[other]}'s; "
                                 f"{names[p]} is in {gname[group_of[p]]} (§3.4 group, §3.8)",
                    student={"person": p}, date=str(day), number=l["number"], subject=l["subject"]["name"])

    marks = [(n, m) for n, r in matching(r"GET /v2/edu-groups/\d+/marks/.*") for m in r["body"]]
    seen = {(str(m["person"]), lessons[str(m["lesson"])][1]["date"][:10], lessons[str(m["lesson"])][1]["subject"]["name"],
             m["value"]) for _, m in marks}
    for n, m in marks:  # R7
        p = str(m["person"])
        if p not in family:
            continue
        l = lessons[str(m["lesson"])][1]
        w = wtypes[str(m["workType"])]
        add("mark", f"R7/R3: {n}: mark {m['id']} '{m['value']}' of person {p} ({names[p]}) on lesson {l['id']} "
                    f"({l['date'][:10]}); workType {w['title']} weight {w['weight']} (§3.1, §3.3)",
            student={"person": p}, date=l["date"][:10], subject=l["subject"]["name"], value=m["value"],
            weight=w["weight"], work_type=w["title"])
    namesakes = [p for p in family if list(names.values()).count(names[p]) > 1]
    pairs = [tuple(namesakes)] + [tuple(p for p in family if group_of[p] == g and p not in namesakes and
                                        sum(1 for _, (n, r) in latest.items() for c in r["body"]["children"]
                                            if str(c["personId"]) == p) == 1) for g in groups]
    for pair in pairs:  # R8
        for a in pair:
            for b in pair:
                if a == b:
                    continue
                for n, m in marks:
                    if str(m["person"]) != a:
                        continue
                    l = lessons[str(m["lesson"])][1]
                    key = (b, l["date"][:10], l["subject"]["name"], m["value"])
                    if key not in seen:
                        add("no_mark", f"R8/R3: mark {m['id']} '{m['value']}' is person {a}'s, not person {b}'s "
                                       f"({names[b]}; §3.1 person, §1)", student={"person": b}, date=l["date"][:10],
                            subject=l["subject"]["name"], value=m["value"])

    for n, r in matching(r"GET /v2/lesson-log-entries/group/.*"):  # R9
        for e in r["body"]:
            p = str(e["person"])
            if p not in family:
                continue
            l = lessons[str(e["lesson"])][1]
            fact = {"student": {"person": p}, "date": l["date"][:10], "subject": l["subject"]["name"],
                    "number": l["number"], "code": e["status"]}
            if e["status"] in MEANING:
                fact["meaning"] = MEANING[e["status"]]
            add("attendance", f"R9: {n}: entry ({l['id']}, {p} {names[p]}) status {e['status']} (§3.5, §6; Pass: code "
                              f"only, §11)", **fact)

    turn = {g: 0 for g in groups}
    hws = [(n, w) for n, r in matching(r"GET /v2/users/me/school/\d+/homeworks.*") for w in r["body"]["works"]]
    for n, w in hws:  # R10
        g = str(w["eduGroup"])
        kids = [p for p in family if group_of[p] == g]
        p = kids[turn[g] % len(kids)]
        turn[g] += 1
        l = lessons[str(w["lesson"])][1]
        subj = l["subject"]["name"]
        add("homework", f"R10: {n}: work {w['id']} of {gname[g]} set on lesson {l['id']} ({l['date'][:10]}), due "
                        f"targetDate {w['targetDate'][:10]} (§3.2, §3.7); {names[p]} is in {gname[g]} (§3.8)",
            student={"person": p}, subject=subj, text=w["text"], date=l["date"][:10], due=w["targetDate"][:10])
    for g in groups:  # R11: each week's first homework of a class, for the first family child of the other class
        other = next(x for x in groups if x != g)
        p = first_of[other]
        weeks = set()
        for n, w in hws:
            l = lessons[str(w["lesson"])][1]
            week = dt.date.fromisoformat(l["date"][:10]).isocalendar()[1]
            if str(w["eduGroup"]) == g and week not in weeks:
                weeks.add(week)
                add("no_homework", f"R11: work {w['id']} is {gname[g]}'s (eduGroup, §3.2); {names[p]} is in "
                                   f"{gname[other]} (§3.8)", student={"person": p}, subject=l["subject"]["name"],
                    text=w["text"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
