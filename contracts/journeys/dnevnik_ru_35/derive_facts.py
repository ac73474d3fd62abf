"""Derive the facts a parent (or the class's schedule) must show from journey.json. Standard library only; never
imports the hub. Rules, from /work/shared/reference/dnevnik_ru.md (§N):

R1 (§3.8) Membership. `POST edu-groups` answers `[{group, students:[{person, membershipstatus}]}]`; a pupil is in a
   group while its answer says `Active` (group `status` and `membershipstatus`); `Archive` means he no longer is.
   Membership carries no dates (§3.8), so the state on school day D is the one of the latest roster pulled on a date
   before D (`pulled_at`); the rosters of Fri 12-12 19:30 (unchanged) and Sun 12-14 leave no school day in doubt.
   A group belongs to no single class: `parentIds` is a list (§3.8, the captured subgroup of §10 item 1); a
   subgroup whose `parentIds` name 10А and 10Б holds pupils of both, and a subgroup of 10А may hold a 10Б pupil.
   Membership of a subgroup says nothing about membership of its parents: a pupil's class is the `Group` whose
   answer (and `edu-groups/{g}/persons`) lists him.
R2 (§3.4, §3.8) A lesson belongs to its `group`. A pupil's diary holds a lesson on day D iff he is in that group on
   D (R1): the cross-class groups' lessons are their members' from both classes, never the other pupils' of either
   class; a class's own lessons are its pupils' only (the 10Б pupil in the 10А chemistry subgroup gets 10А's
   chemistry subgroup lessons, never 10А's class lessons).
R3 (§3.4, §7) `edu-groups/{g}/lessons/{from}/{to}` is the group's lesson list over the range; the latest pull of a
   lesson gives its topic, time, teacher and works (a week re-pulled later adds the homework set that week).
R4 (§3.8 `name`) A subgroup lesson is labelled with its subgroup's `name` (fact `group_label`); a class lesson
   carries no label fact.
R5 (§3.2, §3.6) A `Homework` work of a lesson is the homework of the pupils its `tasks` name (each task's
   `person`), set on the lesson's date and due `targetDate`; for a pupil no task names it is not his (no_homework).
R6 (§3.1, §3.3) A mark of a group's marks range is `person`'s, shown on its lesson's day in the lesson's subject,
   with `value` as the journal wrote it (`4-`, `3+`) and the work type's `title` from the standalone
   `work-types/{school}` (§3.3) as its work type. A group's marks range is that group's marks (§7: the bulk path of
   group g); a class's range lacking the marks of its pupils' subgroup lessons says nothing about them.
R7 (§3.9, §3.4) A lesson's teacher is the `fullName` (`POST users/many`) of the user whose `personId` is in
   `teachers`; a class teacher (`edu-groups/{g}/classteacher`, a Person) is named the same way.
R8 (§3.5, §6) A log entry is (lesson, person) with `status`: Attend -> present, Absent -> absent, Ill -> ill,
   Late -> late; `Pass` is stated by its code only (its meaning is disputed, §6, §11).
R9 (§3.8; the reference is silent) A pupil on an individual (home) plan stays `Active` in his class, and the
   reference does not say whether his class's own lessons are still his: no fact is written about a class lesson
   of a day on which he is the only member of a subgroup of his class (his individual plan). His individual
   lessons are his (R2), and the subgroups he left are not (R1).
R10 (§3.13, §3.12) `edu-groups/{g}/final-marks` gives, per pupil, `"per-subject-final-marks"[]."final-mark"` of
   the `reportingPeriod`; the same mark (same id) may come from a subgroup's answer and the class's answer. The
   period is named by the `reporting-period-group` period with that id; the subject by its id (the lessons'
   embedded `subject`, §3.4).
R11 (§3.12) `edu-groups/{g}/reporting-period-group` gives the periods (`start`..`finish`, date-only values sent as
   midnight, §2) and `holidays` (`dateStart`..`dateFinish`). Both classes answer the same group (same ids): one
   period scheme, and the winter holidays shown once per day to every pupil and in each class's schedule (only
   `dateStart` is stated, as whether `dateFinish` is inclusive is open).
R12 (§1, §3.9) `users/{u}/context` `children[].personId` are the parent's children (person ids).
Selection (to keep the corpus readable): lesson facts for every pupil on week 2's Tuesday and Wednesday (the
English, informatics and chemistry groups), for Зуев in week 2 and the 10А chemistry subgroup's lessons of every week, for
Лебедев in every week; no_lesson facts on those days (Зуев: week 2, Лебедев: weeks 2-3) for slots of the other
class's lessons and of the other groups of a subject the pupil studies (R2 cannot tell two groups of one subject in
one slot apart by subject and slot: no no_lesson there); homework facts for one pupil of each class a homework
names (and Зуев, Лебедев); no_homework for one pupil of each class it is not for, plus Лебедев when set
in a group he has left or never was in; final marks of the subjects taught in groups (informatics, English,
chemistry), the class subjects' being ordinary.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj, key="id"):
    v = obj.get(key + "_str")
    return str(v if v is not None else obj[key])


records = [r for st in J["steps"] for b in st["batches"] for r in b]
records.sort(key=lambda r: r["pulled_at"])  # stable: batch order within one pull time

rosters, teachers, worktypes, lessons, marks, logs = [], {}, {}, {}, [], {}
periods, holidays, classteachers, contexts, finals = {}, {}, {}, {}, {}
for r in records:
    req, body, day = r["request"], r["body"], r["pulled_at"][:10]
    path = req.split(" ", 1)[1].split("?")[0]
    if req == "POST /v2/edu-groups":
        state = {}
        for g in body:
            grp = g["group"]
            state[sid(grp)] = {"name": grp["name"], "status": grp["status"], "type": grp["type"],
                               "parents": [str(p) for p in grp.get("parentIds_str") or []],
                               "members": {sid(s, "person"): s["membershipstatus"] for s in g["students"]}}
        rosters.append((day, state))
    elif req == "POST /v2/users/many":
        teachers.update({sid(u, "personId"): u["fullName"] for u in body})
    elif re.fullmatch(r"/v2/work-types/\d+", path):
        worktypes.update({sid(w): w["title"] for w in body})
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/lessons/[\d-]+/[\d-]+", path):
        for lesson in body:
            lessons[sid(lesson)] = lesson
    elif re.fullmatch(r"/v2/edu-groups/(\d+)/marks/[\d-]+/[\d-]+", path):
        marks += body
    elif path.startswith("/v2/lesson-log-entries/group/"):
        for e in body:
            logs[(sid(e, "lesson"), sid(e, "person"))] = e
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/reporting-period-group", path):
        for p in body["reportingPeriods"]:
            periods[sid(p)] = p
        holidays[m.group(1)] = body["holidays"]
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/classteacher", path):
        classteachers[m.group(1)] = sid(body)
    elif m := re.fullmatch(r"/v2/users/(\d+)/context", path):
        contexts[m.group(1)] = [str(c.get("personId_str") or c["personId"]) for c in body["children"]]
    elif re.fullmatch(r"/v2/edu-groups/(\d+)/final-marks", path):
        for entry in body:
            for psm in entry["per-subject-final-marks"]:
                fm = psm["final-mark"]
                finals[(sid(entry, "person"), sid(psm, "subject"), sid(entry, "reportingPeriod"))] = fm["value"]


def roster_on(day):
    before = [st for d, st in rosters if d < day]
    return before[-1] if before else rosters[0][1]


def member(person, group, day):
    g = roster_on(day).get(group)
    return bool(g) and g["status"] == "Active" and g["members"].get(person) == "Active"


last = rosters[-1][1]
classes = sorted(g for g, st in last.items() if st["type"] == "Group")
pupils = sorted({p for c in classes for p in last[c]["members"]})
class_of = {p: c for c in classes for p in last[c]["members"]}
subjects = {sid(l["subject"]): l["subject"]["name"] for l in lessons.values()}


def individual_plan(person, day):
    """R9: the pupil is the only member of a subgroup of his class that day."""
    st = roster_on(day)
    return any(g["type"] == "Subgroup" and class_of[person] in g["parents"] and g["status"] == "Active"
               and [p for p, s in g["members"].items() if s == "Active"] == [person] for g in st.values())


WEEK2 = ("2025-12-15", "2025-12-19")
CROSS_DAYS = ("2025-12-16", "2025-12-17")  # week 2's Tuesday and Wednesday: English, informatics, chemistry groups
ZUEV, LEBEDEV = "1000012350014", "1000012350005"
FOCUS = {ZUEV, LEBEDEV}  # Зуев (10Б, chemistry with 10А) and Лебедев (home tuition)
focus_name = {"1000012350014": "Зуев", "1000012350005": "Лебедев"}
facts = []


def add(kind, **kw):
    facts.append({"id": None, "kind": kind, **kw})


def key(l):
    return (l["date"][:10], l["number"], l["subject"]["name"], sid(l))


ordered = sorted(lessons.values(), key=key)
for p in pupils:
    mine = [l for l in ordered if member(p, str(l["group"]), l["date"][:10])]
    my_slots = {(l["date"][:10], l["subject"]["name"], l["number"]) for l in mine}
    my_subjects = {l["subject"]["name"] for l in mine}
    for l in mine:
        g, d = str(l["group"]), l["date"][:10]
        other_parent = g not in classes and class_of[p] not in roster_on(d)[g]["parents"]
        if not (d in CROSS_DAYS or p == LEBEDEV or (p == ZUEV and (WEEK2[0] <= d <= WEEK2[1] or other_parent))):
            continue
        if g in classes and individual_plan(p, d):
            continue  # R9
        f = dict(student={"person": p}, subject=l["subject"]["name"], date=d, number=l["number"], topic=l["title"],
                 starts_at=l["date"][11:16], teacher=teachers[str(l["teachers"][0])])
        why = f"R2: lesson {sid(l)} of group {g} ({roster_on(d)[g]['name']}); the roster before {d} lists the pupil Active (§3.8, §3.4)"
        if g not in classes:
            f["group_label"] = roster_on(d)[g]["name"]
            why += f"; a subgroup with parentIds {roster_on(d)[g]['parents']}, labelled by its name (§3.8)"
        f["why"] = why + "; R7 teacher"
        add("lesson", **f)
    seen = set()
    for l in ordered:
        g, d, subj, n = str(l["group"]), l["date"][:10], l["subject"]["name"], l["number"]
        in_span = d in CROSS_DAYS or (p in FOCUS and WEEK2[0] <= d <= WEEK2[1]) or (p == "1000012350005" and d >= WEEK2[0])
        if not in_span or (d, subj, n) in my_slots or (d, subj, n) in seen:
            continue
        if any((d, subj, n) == (x["date"][:10], x["subject"]["name"], x["number"]) and member(p, str(x["group"]), d)
               for x in ordered):
            continue
        other_class = g in classes and g != class_of[p]
        left = any(member(p, g, dd) for dd in ("2025-12-08",)) and not member(p, g, d)
        if d > WEEK2[1] and not left:
            continue
        if not (other_class or subj in my_subjects or left):
            continue
        if g in classes and individual_plan(p, d):
            continue
        seen.add((d, subj, n))
        st = roster_on(d)[g]
        if left:
            why = f"R1: the pupil is Archive in group {g} ({st['name']}) from the roster of 2025-12-14 on (§3.8)"
        elif other_class:
            why = f"R2: lesson {sid(l)} is of class {g} ({st['name']}), which never lists the pupil (§3.8, §3.4)"
        else:
            why = f"R2: lesson {sid(l)} is of group {g} ({st['name']}), which never lists the pupil (§3.8)"
        add("no_lesson", student={"person": p}, subject=subj, date=d, number=n, why=why)

# R5 homework
for l in ordered:
    d = l["date"][:10]
    for w in l["works"]:
        if w["type"] != "Homework":
            continue
        named = sorted(sid(t, "person") for t in w["tasks"])
        shown = [p for p in named if p in FOCUS]
        for c in classes:  # up to two named pupils of each class, with the focus pupils
            shown += [p for p in named if class_of[p] == c and p not in FOCUS][:1 - len([x for x in shown if class_of[x] == c])]
        for p in sorted(shown):
            add("homework", student={"person": p}, subject=l["subject"]["name"], text=w["text"], date=d,
                due=w["targetDate"][:10],
                why=f"R5: Homework work {sid(w)} of lesson {sid(l)} (group {l['group']}); its tasks name the pupil (§3.2, §3.6)")
        others = [p for p in pupils if p not in named]
        chosen = []
        for c in classes:
            chosen += [p for p in others if class_of[p] == c and p != "1000012350005"][:1]
        if "1000012350005" in others and member("1000012350005", str(l["group"]), "2025-12-08"):
            chosen.append("1000012350005")
        for p in sorted(chosen):
            add("no_homework", student={"person": p}, subject=l["subject"]["name"], text=w["text"],
                why=f"R5: Homework work {sid(w)} of group {l['group']}; its tasks do not name the pupil (§3.6)")

# R6 marks
for m in sorted(marks, key=lambda m: (lessons[sid(m, 'lesson')]['date'], sid(m))):
    l = lessons[sid(m, "lesson")]
    add("mark", student={"person": sid(m, "person")}, subject=l["subject"]["name"], date=l["date"][:10],
        value=m["value"], work_type=worktypes[str(m["workType"])],
        why=f"R6: mark {sid(m)} of lesson {sid(l)} (group {l['group']}), work type {m['workType']} (§3.1, §3.3)")

# R8 attendance: every exception, and the present entries of the individual lessons and of one cross-group lesson
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lesson_id, p), e in sorted(logs.items(), key=lambda kv: (lessons[kv[0][0]]["date"], kv[0])):
    l = lessons[lesson_id]
    g = str(l["group"])
    if e["status"] == "Attend" and not (roster_on(l["date"][:10])[g]["name"].startswith("Индивидуальный")
                                       or (g != class_of[p] and l["date"][:10] == "2025-12-09" and p == "1000012350012")):
        continue
    f = dict(student={"person": p}, date=l["date"][:10], subject=l["subject"]["name"], number=l["number"],
             code=e["status"])
    if e["status"] in MEANING:
        f["meaning"] = MEANING[e["status"]]
    f["why"] = (f"R8: log entry (lesson {lesson_id}, person {p}) of group {g}, status {e['status']}"
                + (f", comment «{e['comment']}»" if e["comment"] else "") + " (§3.5, §6)")
    add("attendance", **f)

# R10 final marks: the subjects taught in cross-class or subgroups for everyone, the class subjects for the focus pupils
for (p, subj, period), value in sorted(finals.items()):
    name = subjects[subj]
    if name in ("Алгебра", "История", "Литература"):
        continue
    add("final_mark", student={"person": p}, subject=name, period=periods[period]["name"], value=value,
        why=f"R10: final-marks of the pupil, subject {subj}, reportingPeriod {period} (§3.13, §3.12)")

# R11 periods and holidays
for pid, per in sorted(periods.items()):
    add("period", name=per["name"], starts_on=per["start"][:10], ends_on=per["finish"][:10],
        why=f"R11: reporting period {pid} of the parallel's reporting-period-group (§3.12, §2)")
    for p in sorted(FOCUS) if per["number"] == 1 else []:
        add("period", student={"person": p}, name=per["name"], starts_on=per["start"][:10], ends_on=per["finish"][:10],
            why=f"R11: {focus_name[p]}'s class answers this period group; his cross-class groups change nothing (§3.12)")
for c in classes:
    for h in holidays[c]:
        add("holiday", group={"group": c}, date=h["dateStart"][:10], name=h["name"], once=True,
            why=f"R11: holiday {h['id']} of edu-groups/{c}/reporting-period-group (§3.12); one group for both classes")
for p in sorted(FOCUS) + ["2260325488535100002"]:
    h = holidays[class_of[p]][0]
    add("holiday", student={"person": p}, date=h["dateStart"][:10], name=h["name"], once=True,
        why="R11: the pupil's class's holiday, shown once although both classes (and his cross-class groups' classes) answer the same period group (§3.12)")

# R7 class teachers, R12 children
for c in classes:
    add("class_teacher", group={"group": c}, teacher=teachers[classteachers[c]],
        why=f"R7: edu-groups/{c}/classteacher person {classteachers[c]}, named by users/many fullName (§3.9); the subgroups' fullName (their teachers) is no class teacher (§3.8)")
for u, kids in sorted(contexts.items()):
    add("children", guardian={"user": u}, children=[{"person": k} for k in kids],
        why=f"R12: users/{u}/context children[].personId (§1, §3.9)")

counts = {}
for f in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:03d}"
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), counts)
