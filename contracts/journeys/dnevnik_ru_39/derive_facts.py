"""Derive what a parent must see (and must not see) from journey.json. Standard library only; never imports the hub.

Rules, from /work/shared/reference/dnevnik_ru.md (§N):

R0 (README "The request envelope", "Time is data") Every answer is the vendor's state at its `pulled_at`; for each
   entity the answer pulled last wins, whatever the arrival order. Ids are read from their `_str` twins (§1).
R1 (§3.8) Membership. `POST edu-groups` answers `[{group, students:[{person, membershipstatus}]}]`. A membership has no
   dates, so on a school day D a pupil is in a group iff the latest roster pulled before D lists him `Active` in a
   group whose own `status` is `Active`, and the first roster pulled on or after D agrees (otherwise D is in doubt
   and gets no fact; the rosters here are pulled on weekends around the school weeks, so no school day is in
   doubt). `Archive` (membership or group) means not in it from then on; nothing in §3.8 makes an archived group's
   earlier days any less his.
R2 (§3.4, §7) A lesson is taken from the group lesson ranges (`edu-groups/{g}/lessons/{from}/{to}`), its latest pull
   winning (R0): topic = `title`, slot = `number`, start = the clock of `date` (§2), teacher = the person in
   `teachers`, named by the `fullName` of `POST users/many` (§3.9); a subgroup's lesson (`parentIds` non-empty,
   §3.8) is labelled with the subgroup's `name`; the room is the `place` the pupil's `schedules` bundle gave the
   lesson (§3.4 flattened lesson). On day D a pupil's diary holds the lesson iff he is in its `group` on D (R1).
R3 (§3.4, §3.8) `no_lesson` (for the four pupils whose class changed): a lesson of a group of the pupil's parallel that he is not in on its day (R1 False),
   written only when he has no lesson of that subject in that slot that day.
R4 (§3.2, §3.6) A `Homework` work of a lesson is the homework of the pupils in the lesson's group on the lesson's day
   (its `tasks` name exactly them), set that day, due `targetDate` (midnight, §2); a pupil of the parallel who is not
   in the group that day does not get it (`no_homework`, for the four whose class changed; every text is unique).
R5 (§3.1, §3.3) A mark is the pupil's (`person`), filed under its lesson's date; its value and text are `value` as
   sent (§5); weight and work type title come from the standalone `work-types` entry of its `workType`;
   `use_avg_calc` says whether it counts. A mark re-pulled with another value shows the new value only: the old
   value becomes a `no_mark` (unless another mark of the pupil shows it that day). An archived group's answer
   pulled after the archive is still that group's journal (§3.8 says nothing to the contrary).
R6 (§1, §3.8) `no_mark`: a pupil whose class changed (the 7Б and 8В leavers) sees none of the marks of lessons of
   groups he was not in that day: for each mark given after the change to another pupil of his parallel on a day and
   subject where he himself has no mark of that value.
R7 (§3.5, §6) Attendance: a `LessonLogEntry` is keyed by (lesson, person), latest pull wins, whichever endpoint
   brought it (group range or the pupil's own range); `Attend`/`Absent`/`Ill`/`Late` mean present/absent/ill/late;
   for `Pass` only the code is stated (its meaning is disputed, §6, §11).
R8 (§3.13, §3.12) Period marks: `edu-groups/{g}/final-marks` and `persons/{p}/edu-groups/{g}/final-marks` list
   `{person, group, reportingPeriod, per-subject-final-marks}`. An entry speaks for its (person, group, period): its
   subjects are that pupil's marks in that group for that period (latest pull wins; a subject missing from a later
   entry for the same person, group and period is gone). An answer that does not list a pupil says nothing about
   him, and an entry of another group says nothing about this group's marks: a period mark given in 7Б or 8В
   before the change stays the pupil's. The period is named by `reporting-periods` (§3.12).
R9 (§3.12) Periods (stated for the four pupils whose class changed): a pupil's final grades show the periods of `edu-groups/{g}/reporting-periods` of his classes,
   with `start`/`finish` dates (midnight, §2).
R10 (§3.9) A parent's children are the `children` of the latest `users/{u}/context` by pull.
R11 (§3.9 teacher lists) A class's class teacher is the person of its latest `edu-groups/{g}/classteacher`, named by
   `fullName` of `POST users/many`.
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
records = [r for st in J["steps"] for b in st["batches"] for r in b]
by_pull = sorted(records, key=lambda r: r["pulled_at"])  # stable: arrival order breaks ties


def sid(obj, key="id"):
    return str(obj.get(key + "_str") or obj[key])


rosters, lessons, marks, logs, work_types, teachers, groups = [], {}, {}, {}, {}, {}, {}
finals, periods, contexts, classteachers, rooms, names = {}, {}, {}, {}, {}, {}
group_periods = {}
for r in by_pull:
    req, body, at = r["request"], r["body"], r["pulled_at"]
    if req == "POST /v2/edu-groups":
        snap = {}
        for g in body:
            gid = sid(g["group"])
            groups[gid] = g["group"]
            snap[gid] = {str(s["person"]): (s["membershipstatus"] if g["group"]["status"] == "Active" else "Archive")
                         for s in g["students"]}
        rosters.append((at, snap))
    elif re.match(r"GET /v2/edu-groups/\d+/lessons/", req):
        for l in body:
            lessons[sid(l)] = (at, l)
    elif re.match(r"GET /v2/edu-groups/\d+/marks/", req):
        for m in body:
            marks.setdefault(sid(m), []).append((at, m))
    elif "lesson-log-entries" in req:
        for e in body:
            logs[(sid(e, "lesson"), sid(e, "person"))] = (at, e)
    elif req.startswith("GET /v2/work-types/"):
        for w in body:
            work_types[sid(w)] = w
    elif req == "POST /v2/users/many":
        for u in body:
            teachers[sid(u, "personId")] = u["fullName"]
    elif req.endswith("/final-marks"):
        for entry in body:
            key = (sid(entry, "person"), sid(entry, "group"), sid(entry, "reportingPeriod"))
            finals[key] = (at, {sid(s, "subject"): s["final-mark"]["value"] for s in entry["per-subject-final-marks"]
                                if s.get("final-mark")})
    elif req.endswith("/reporting-periods"):
        g = re.search(r"edu-groups/(\d+)/", req).group(1)
        group_periods[g] = [sid(p) for p in body]
        for p in body:
            periods[sid(p)] = p
    elif re.search(r"users/\d+/context", req):
        contexts[sid(body, "userId")] = (at, body)
    elif req.endswith("/classteacher"):
        classteachers[re.search(r"edu-groups/(\d+)/", req).group(1)] = (at, sid(body))
    elif "/schedules" in req:
        for d in body["days"]:
            for l in d["lessons"]:
                rooms[str(l["id"])] = l["place"]
    elif re.match(r"GET /v2/edu-groups/\d+/persons", req):
        for p in body:
            names[sid(p)] = f"{p['lastName']} {p['firstName']}"

SUBJECT_NAMES = {}
for _, l in lessons.values():
    SUBJECT_NAMES[sid(l["subject"])] = l["subject"]["name"]


def member(person, group, day):
    """True / False / None (in doubt), R1."""
    before = [s for t, s in rosters if dt.date.fromisoformat(t[:10]) < day]
    after = [s for t, s in rosters if dt.date.fromisoformat(t[:10]) >= day]
    if not before:
        return None
    state = before[-1].get(group, {}).get(person) == "Active"
    if after and (after[0].get(group, {}).get(person) == "Active") != state:
        return None
    return state


PUPILS = sorted({p for _, s in rosters for m in s.values() for p in m})
PARALLEL = {}
for p in PUPILS:
    PARALLEL[p] = {groups[g]["parallel"] for _, s in rosters for g, m in s.items() if p in m}.pop()
MOVED = {"1000012903903", "1000012903904", "1000012903907", "1000012903908"}  # the 7Б pupils and 8В's leavers
facts = []


def add(kind, **kw):
    facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}", "kind": kind, **kw})


def nm(p):
    return names.get(p, p)


ordered = sorted(lessons.values(), key=lambda x: (x[1]["date"], x[1]["number"], sid(x[1])))
# lessons, no_lessons, homework (R2-R4)
for p in PUPILS:
    for at, l in ordered:
        g, day = str(l["group"]), dt.date.fromisoformat(l["date"][:10])
        if groups[g]["parallel"] != PARALLEL[p]:
            continue
        state = member(p, g, day)
        if state is None:
            continue
        subject = l["subject"]["name"]
        if state:
            extra = {"teacher": teachers[str(l["teachers"][0])]}
            if groups[g]["type"] == "Subgroup":
                extra["group_label"] = groups[g]["name"]
            if sid(l) in rooms:
                extra["room"] = rooms[sid(l)]
            add("lesson", student={"person": p}, subject=subject, date=str(day), number=l["number"], topic=l["title"],
                starts_at=l["date"][11:16], **extra,
                why=f"R1, R2: lesson {sid(l)} of group {g} ({groups[g]['name']}) as pulled {at}; the rosters pulled "
                    f"around {day} list {nm(p)} Active in it (§3.8, §3.4)")
        elif p in MOVED:
            mine = [m for _, m in lessons.values() if m["date"][:10] == str(day) and m["subject"]["name"] == subject
                    and m["number"] == l["number"] and member(p, str(m["group"]), day)]
            if not mine:
                add("no_lesson", student={"person": p}, subject=subject, date=str(day), number=l["number"],
                    why=f"R1, R3: lesson {sid(l)} belongs to group {g} ({groups[g]['name']}); the rosters pulled around "
                        f"{day} show {nm(p)} not in it (§3.8, §3.4)")
        for w in l.get("works", []):
            if w["type"] != "Homework":
                continue
            if state:
                add("homework", student={"person": p}, subject=subject, text=w["text"], date=str(day),
                    due=w["targetDate"][:10],
                    why=f"R4: Homework work {sid(w)} of lesson {sid(l)} (group {groups[g]['name']}); {nm(p)} is in the "
                        f"group on {day} (§3.2, §3.6, §3.8)")
            elif p in MOVED:
                add("no_homework", student={"person": p}, subject=subject, text=w["text"],
                    why=f"R4: Homework work {sid(w)} of lesson {sid(l)} on {day} is group {groups[g]['name']}'s; {nm(p)} "
                        f"is not in it that day (§3.2, §3.8)")

# marks (R5, R6)
shown = {}  # (person, date, subject) -> set of values
latest_marks = []
for mid, pulls in sorted(marks.items()):
    at, m = pulls[-1]
    _, l = lessons[sid(m, "lesson")]
    day, subject = l["date"][:10], l["subject"]["name"]
    wt = work_types[str(m["workType"])]
    latest_marks.append((m, l, day, subject, at, pulls))
    shown.setdefault((sid(m, "person"), day, subject), set()).add(m["value"])
for m, l, day, subject, at, pulls in sorted(latest_marks, key=lambda x: (x[2], sid(x[0]))):
    p = sid(m, "person")
    wt = work_types[str(m["workType"])]
    add("mark", student={"person": p}, date=day, subject=subject, value=m["value"], weight=wt["weight"],
        work_type=wt["title"], counts=m["use_avg_calc"],
        why=f"R5: mark {sid(m)} of lesson {sid(l)} (group {groups[str(l['group'])]['name']}), value {m['value']!r} as "
            f"pulled {at}; weight {wt['weight']} and title of work type {wt['id']} (§3.1, §3.3)")
    for _, old in pulls[:-1]:
        if old["value"] != m["value"] and old["value"] not in shown[(p, day, subject)]:
            add("no_mark", student={"person": p}, date=day, subject=subject, value=old["value"],
                why=f"R5: mark {sid(m)} was {old['value']!r}; the later pull of its group's marks range says "
                    f"{m['value']!r} (§3.1, README 'Time is data')")
    for q in sorted(MOVED):
        if day >= "2026-01-01" and q != p and PARALLEL[q] == PARALLEL[p] and m["value"] not in shown.get((q, day, subject), set()):
            add("no_mark", student={"person": q}, date=day, subject=subject, value=m["value"],
                why=f"R6: mark {sid(m)} {m['value']!r} is {nm(p)}'s, of lesson {sid(l)} (group "
                    f"{groups[str(l['group'])]['name']}); {nm(q)} has no mark of that value that day (§3.1 person)")

# attendance (R7)
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, p), (at, e) in sorted(logs.items(), key=lambda x: (lessons[x[0][0]][1]["date"], x[0][1])):
    _, l = lessons[lid]
    extra = {"meaning": MEANING[e["status"]]} if e["status"] in MEANING else {}
    add("attendance", student={"person": p}, date=l["date"][:10], subject=l["subject"]["name"], number=l["number"],
        code=e["status"], **extra,
        why=f"R7: log entry ({lid}, {p}) status {e['status']} comment {e['comment']!r}, latest pull {at} "
            f"(§3.5, §6{'; Pass: code only, §11' if not extra else ''})")

# period marks (R8)
for (p, g, rp), (at, subjects) in sorted(finals.items()):
    if periods[rp]["number"] == 1 and p not in MOVED:
        continue  # 1st-quarter marks only for the pupils whose class changed (size)
    for s, value in sorted(subjects.items()):
        add("final_mark", student={"person": p}, subject=SUBJECT_NAMES[s], period=periods[rp]["name"], value=value,
            why=f"R8: final-marks entry (person {p}, group {groups[g]['name']}, period {rp}) latest pulled {at}: "
                f"{value!r} (§3.13 hyphenated keys, §3.12 period name)")

# periods (R9): each pupil's classes' periods
for p in sorted(MOVED):
    mine = sorted({rp for g, rps in group_periods.items() for rp in rps
                   if any(s.get(g, {}).get(p) for _, s in rosters)})
    for rp in mine:
        per = periods[rp]
        add("period", student={"person": p}, name=per["name"], starts_on=per["start"][:10], ends_on=per["finish"][:10],
            why=f"R9: reporting period {rp} ({per['type']} {per['number']}) of the pupil's class (§3.12, §2 midnight)")

# children (R10)
for u, (at, body) in sorted(contexts.items()):
    add("children", guardian={"user": u}, children=[{"person": str(c["personId"])} for c in body["children"]],
        why=f"R10: the latest users/{u}/context (pulled {at}) lists these children (§3.9, person ids §1)")

# class teachers (R11)
for g, (at, t) in sorted(classteachers.items()):
    add("class_teacher", group={"group": g}, teacher=teachers[t],
        why=f"R11: edu-groups/{g}/classteacher pulled {at} names person {t}, fullName from users/many (§3.9)")

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts", {k: sum(f["kind"] == k for f in facts) for k in sorted({f["kind"] for f in facts})})
