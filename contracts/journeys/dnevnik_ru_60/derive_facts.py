"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins.
R1  Membership (§3.8): `POST edu-groups` gives each group's members with `membershipstatus`. A pupil is in a group
    on day D when the latest such answer pulled before D (else the first one: the year's roster) shows him
    `Active` there; `Archive` or absent is out. Classes (`type` Group) and subgroups (`type` Subgroup, `parentIds`)
    are alike: a subgroup of another class (9Б's English for a 9А pupil, 9А's PE for a 9Б pupil, 9А's profile maths
    kept after a move to 9Б, an elective with two `parentIds`) is one of his groups all the same.
R2  A pupil sees the lessons of the groups he is in that day (§3.4 `group`; §3.8), and no other lesson: not his
    classmates' subgroup lessons he is not in, not his old class's lessons after a move, not a lesson of his own
    group that a later answer moved away or dropped. A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`,
    §3.4, §7) is the whole list of every day it covers (no_lesson for a lesson an earlier answer placed there).
R3  A lesson's topic (`title`), day and number are its latest statement (§3.4); its times are the `hours` of a
    schedules bundle's flattened lesson (§3.4), else the bell item of its number (§3.14); its room the bundle's
    `place`; its teacher the person its `teachers` names, as "Last First Middle" (§3.9), when an answer names
    that person; a subgroup's lesson carries the subgroup's `name` as its group label (§3.8), a class's none.
R4  A mark (§3.1) is shown on its lesson (the one it names, at that lesson's latest day and number) to the pupil it
    names; its weight and name are the standalone work type's (§3.3), `counts` its `use_avg_calc`. A group's
    marks range is the whole list of its days: a mark an earlier range held and a later one lacks is gone (no_mark).
R5  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, code kept.
R6  Homework (§3.2, §3.6, §3.7): a `Homework` work of the latest statement of its lesson's `works` (a lessons range,
    or a homeworks bundle pulled later) is shown, at its lesson, due its `targetDate`, to the pupils its `tasks`
    name; a work a later statement of its lesson lacks is withdrawn (no_homework), and a pupil its tasks do not
    name (another class's pupil, one who left the class before it was set) does not see it (no_homework).
R8  Which facts are written: every lesson of a group across classes (a subgroup with a member whose class that
    day is not among its `parentIds`: 9Б's English, 9А's PE, the profile maths, the elective) for each pupil in
    it (and its homework, R6), and no_lesson for each other pupil of the journey whose day has no lesson of that number and subject; for
    the pupil who changed class, every lesson of her days and no_lesson for each lesson of the class she is not in.
R7  Children from the parents' `users/{u}/context` (§3.9), the latest list; periods by name and dates (§3.12).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
FIRST, LAST = dt.date(2027, 1, 18), dt.date(2027, 1, 29)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, groups, rosters, children, rpg, bells = {}, {}, {}, [], {}, {}, {}
    pupil_names, teacher_names = {}, {}
    day_lessons = {}  # (group, date) -> {lesson id} of the latest range covering the day
    ever = []  # (group, date, number, subject, lesson id, where): every placement an answer gave
    info, hours, rooms = {}, {}, {}  # lesson id -> latest entity statement; flattened hours / place
    mark_days, marks = {}, {}  # (group, date) -> {mark id}; mark id -> (mark, where)
    ever_marks = {}
    logs = {}
    lesson_works = {}  # lesson id -> (works, where) latest statement
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif req == "POST /v2/edu-groups":
            roster = {}
            for entry in body:
                g = entry["group"]
                groups[g["id_str"]] = g
                roster[g["id_str"]] = {s["person_str"]: s["membershipstatus"] for s in entry["students"]}
            rosters.append((dt.date.fromisoformat(pulled[:10]), roster, where))
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId_str"] for c in body["children"]], where)
            for c in body["children"]:
                pupil_names[c["personId_str"]] = f"{c['lastName']} {c['firstName']}"
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {item["LessonNumber"]: (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_lessons[(g, d)] = set()
            for l in body:
                d = dt.date.fromisoformat(l["date"][:10])
                day_lessons[(g, d)].add(l["id_str"])
                info[l["id_str"]] = {**l, "where": where}
                lesson_works[l["id_str"]] = (l["works"], where)
                ever.append((g, d, l["number"], l["subject"]["name"], l["id_str"], where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                mark_days[(g, d)] = set()
            for mk in body:
                d = dt.date.fromisoformat(info[mk["lesson_str"]]["date"][:10])
                mark_days.setdefault((g, d), set()).add(mk["id_str"])
                marks[mk["id_str"]] = (mk, g, where)
                ever_marks[mk["id_str"]] = (mk, g, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?.*", req):
            for p in body["teachers"]:
                teacher_names[p["id_str"]] = f"{p['lastName']} {p['firstName']} {p['middleName']}"
            for fl in body["lessons"]:
                hours[str(fl["id"])], rooms[str(fl["id"])] = fl["hours"], fl["place"]
            by_lesson = {}
            for w in body["works"]:
                by_lesson.setdefault(w["lesson_str"], []).append(w)
            for lid, ws in by_lesson.items():
                old = [w for w in lesson_works.get(lid, ([], ""))[0] if w["type"] != "Homework"]
                lesson_works[lid] = (old + ws, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/groups/\d+/schedules\?.*", req):
            for day in body["days"]:
                for p in day["teachers"]:
                    teacher_names[p["id_str"]] = f"{p['lastName']} {p['firstName']} {p['middleName']}"
                for fl in day["lessons"]:
                    hours[str(fl["id"])], rooms[str(fl["id"])] = fl["hours"], fl["place"]

    first_roster = rosters[0]

    def roster_on(d):
        best = first_roster
        for r in rosters:
            if r[0] < d:
                best = r
        return best

    def in_group(person, g, d):
        return roster_on(d)[1].get(g, {}).get(person) == "Active"

    def groups_of(person, d):
        return [g for g in groups if in_group(person, g, d)]

    def live(lid):
        l = info[lid]
        d = dt.date.fromisoformat(l["date"][:10])
        return lid in day_lessons.get((str(l["group"]), d), set())

    def lessons_on(g, d):
        return sorted((info[lid] for lid in day_lessons.get((g, d), set())), key=lambda l: l["number"])

    def label(g):
        return groups[g]["name"] if groups[g]["type"] == "Subgroup" else None

    def times(l):
        h = hours.get(l["id_str"])
        if h:
            a, b = [x.strip() for x in h.split("-")]
            return a, b
        parent = groups[str(l["group"])]["parentIds_str"] or [str(l["group"])]
        return l["date"][11:16], bells[parent[0]][l["number"]][1]

    pupils = sorted({p for r in rosters for roster in [r[1]] for ms in roster.values() for p in ms})
    facts = []

    def add(kind, **kw):
        facts.append({"id": None, "kind": kind, **kw})

    veronika_like = set()  # pupils who changed class: every lesson of theirs is a fact
    for p in pupils:
        cls = {g for g in groups if groups[g]["type"] == "Group" and (in_group(p, g, FIRST) or in_group(p, g, LAST))}
        if len(cls) > 1:
            veronika_like.add(p)
    def class_on(q, d):
        return [c for c in groups if groups[c]["type"] == "Group" and in_group(q, c, d)]

    # a group "across classes": one with a member whose class that day is not among its parentIds (R1)
    cross = {g for g in groups if groups[g]["type"] == "Subgroup" and any(
        in_group(q, g, d) and not set(class_on(q, d)) & set(groups[g]["parentIds_str"])
        for q in pupils for d in days(FIRST, LAST))}
    for p in pupils:
        for d in days(FIRST, LAST):
            if d.weekday() >= 5:
                continue
            mine = groups_of(p, d)
            seen = set()
            for g in mine:
                for l in lessons_on(g, d):
                    seen.add((l["number"], l["subject"]["name"]))
                    if g not in cross and p not in veronika_like:
                        continue
                    a, b = times(l)
                    fact = {"student": {"person": p}, "date": str(d), "number": l["number"],
                            "subject": l["subject"]["name"], "topic": l["title"], "starts_at": a, "ends_at": b}
                    t = teacher_names.get(str(l["teachers"][0]))
                    if t:
                        fact["teacher"] = t
                    if l["id_str"] in rooms:
                        fact["room"] = rooms[l["id_str"]]
                    if label(g):
                        fact["group_label"] = label(g)
                    add("lesson", **fact, why=f"R1/R2/R3 lesson {l['id_str']} of group {g} «{groups[g]['name']}», "
                                                f"{p} in it on {d} ({roster_on(d)[2]}); latest: {l['where']}")
            # negative: lessons of other groups (or old placements) that day he must not see
            shown = set()
            for (g, dd, n, subj, lid, where) in ever:
                if dd != d or (n, subj) in seen or (n, subj) in shown:
                    continue
                mine_g = g in mine
                still = live(lid) and dt.date.fromisoformat(info[lid]["date"][:10]) == d and info[lid]["number"] == n
                if mine_g and still:
                    continue
                if not mine_g and g not in cross and p not in veronika_like:
                    continue  # facts look at the groups across classes, and at every lesson of the mover
                shown.add((n, subj))
                reason = ("R2 not his group" if not mine_g else "R2 moved away or dropped by the latest range")
                add("no_lesson", student={"person": p}, date=str(d), number=n, subject=subj,
                    why=f"{reason}: lesson {lid} of group {g} «{groups[g]['name']}» placed on {d} #{n} by {where}; "
                        f"{p}'s groups that day: {sorted(groups[x]['name'] for x in mine)}")
    # marks
    for mid, (mk, g, where) in sorted(ever_marks.items()):
        l = info[mk["lesson_str"]]
        d = dt.date.fromisoformat(l["date"][:10])
        p = mk["person_str"]
        alive = mid in mark_days.get((g, d), set())
        base = {"student": {"person": p}, "date": str(d), "number": l["number"], "subject": l["subject"]["name"]}
        if alive:
            add("mark", **base, value=mk["value"], weight=weights[str(mk["workType"])],
                work_type=wt_names[str(mk["workType"])], counts=mk["use_avg_calc"],
                why=f"R4 mark {mid} on lesson {l['id_str']} (group {groups[g]['name']}) of {where}")
        else:
            add("no_mark", **base, value=mk["value"],
                why=f"R4 mark {mid} of {where} lacked by the latest range of group {g} covering {d}")
    # attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        l = info[lid]
        add("attendance", student={"person": p}, date=l["date"][:10], number=l["number"],
            subject=l["subject"]["name"], code=e["status"], meaning=STATUS[e["status"]],
            why=f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}")
    # homework
    ever_hw = {}
    for pulled, _, step, r in records:
        body = r["body"]
        ws = []
        if re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/.*", r["request"]):
            ws = [w for l in body for w in l["works"] if w["type"] == "Homework"]
        elif "/homeworks?" in r["request"]:
            ws = body["works"]
        for w in ws:
            ever_hw[w["id_str"]] = (w, f"{step}: {r['request']} (pulled {pulled})")
    for wid, (w, where) in sorted(ever_hw.items()):
        l = info[w["lesson_str"]]
        d = l["date"][:10]
        works, latest_where = lesson_works[w["lesson_str"]]
        now = next((x for x in works if x["id_str"] == wid), None)
        g = str(l["group"])
        named = [t["person_str"] for t in (now or w)["tasks"]]
        base = {"subject": l["subject"]["name"], "text": w["text"], "date": d, "number": l["number"]}
        if now is None:
            for p in named:
                add("no_homework", student={"person": p}, **base,
                    why=f"R6 work {wid} of {where} withdrawn: {latest_where} lists lesson {w['lesson_str']} without it")
            continue
        for p in named:
            if g not in cross and p not in veronika_like:
                continue  # R8: the groups across classes, and the mover
            add("homework", student={"person": p}, **base, due=now["targetDate"][:10],
                why=f"R6 Homework work {wid} of {latest_where}: its tasks name {p}")
        # pupils of the group's classes (the class or parents) not named: another class's, or one who left
        parents = groups[g]["parentIds_str"] or [g]
        others = {q for q in pupils if q not in named and (in_group(q, g, FIRST) or in_group(q, g, LAST)
                                                           or any(in_group(q, c, dt.date.fromisoformat(d))
                                                                  for c in parents))}
        for q in sorted(others):
            add("no_homework", student={"person": q}, **base,
                why=f"R6 work {wid} of {latest_where}: its tasks do not name {q} (not in group «{groups[g]['name']}» "
                    f"on {d})")
    # children, periods
    for user, (kids, where) in sorted(children.items()):
        add("children", guardian={"user": user}, children=[{"person": k} for k in kids], why=f"R7 {where}")
    body, where = rpg[sorted(rpg)[0]]
    for per in body["reportingPeriods"]:
        add("period", name=per["name"], starts_on=per["start"][:10], ends_on=per["finish"][:10], why=f"R7 {where}")

    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:03d}"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counts)


if __name__ == "__main__":
    main()
