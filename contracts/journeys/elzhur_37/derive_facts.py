"""Derives facts.json from journey.json (standard library only, deterministic; does not import the hub).

A school reorganised in the middle of the year (reference Part A only): 7Б merged into 7А and 8В split into 8В and
8Г in January, English subgroups formed anew. Rules, each with the reference section it rests on:

R1  children: a parent's children are `relations.students` of his latest getrules by `pulled_at` (A.3 getrules).
R2  a pupil's class on a day is the `class` his parent's latest getrules pulled no later than that day names
    (A.3 getrules `relations.students{id:{class}}`). The reference dates no membership: the class a getrules names
    holds from its pull until a later getrules names another (the reorganisation falls in the winter holidays,
    between the 14 December and 11 January pulls, so no school day depends on the exact date).
R3  lesson: each lesson item of the pupil's own latest getdiary of a day (by `pulled_at`; each day an answer lists
    is whole, A.3 Day) is a lesson of his diary that day: `num`, `name`, `topic`, `teacher`, `room`,
    `starttime`/`endtime` (rings), and `grp` as the lesson's group (A.3 Lesson item; A.5 E2).
R4  no_lesson: on a day the pupil's own getdiary lists, a lesson of the other class of his parallel (7А/7Б, 8В/8Г)
    or of another subgroup of his own class (`grp`), as the classes' getschedule (by `class`, A.2) lists it, that
    his own getdiary does not list, is not his: with its `num` when he has that subject that day, else the whole
    subject (A.2 getschedule by class vs getdiary by student; A.3 `grp`; R2).
R5  mark: an assessment of the latest getdiary of that day whose value is not an absence: `value`, `weight_float`,
    `control_type`, `comment`, `count` (A.3 Assessment; A.6). attendance + no_mark: `н`/`Н` absent, `оп`/`ОП` late,
    never a mark (A.3 Absence pseudo-mark; A.6).
R6  an absence an earlier getdiary of that pupil and day held and his later getdiary of the same day lacks was
    taken back: the pupil was present (A.3 Day: each day whole; the latest pull is the journal's state).
R7  homework: a task of a lesson of the pupil's own getdiary, or of his class's gethomework (by `class`, A.2; A.5
    E5) for a lesson of a day he was in that class (R2) and, with `grp`, in that subgroup (his own getdiary that
    day shows him there). no_homework: a task of the other class of his parallel or of another subgroup of his
    class that no lesson of his carries (A.3 Lesson item homework).
R8  final_mark: every assessment of the pupil's latest getfinalassessments (A.3 Final assessment; A.5 E4): the
    quarters closed in the old class read as they were, whenever pulled (A.4: periods per school year).
R9  period: the dated periods of getperiods (A.3 Period: `fullname`, `start`/`end`), for every pupil: every class
    of the school (7А, 7Б, 8В, 8Г) was given the same quarters by one of its pupils' getperiods.
R10 vendor_average: getmarks `lessons[].average` as sent, for the period whose dates are the request's `days`
    (A.3 SubjectMarks; A.5 E3).
R11 class_teacher: `relations.groups[class].hometeacher_name` of the getrules that name the class (A.3 getrules).
R12 holiday: a day with `alert: "vacation"` in a class's getschedule is a holiday of that class, shown once
    (A.3 Day `alert`, `holiday_name`).
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
PARALLEL = {"7А": "7Б", "7Б": "7А", "8В": "8Г", "8Г": "8В"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def items_of(day):
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def grp_of(item):
    return item.get("grp") or None


records = []
for step in journey["steps"]:
    for batch in step["batches"]:
        for rec in batch:
            method, _, query = rec["request"].partition("?")
            records.append((step["name"][:2], method, {k: v[0] for k, v in parse_qs(query).items()}, rec))

rules = {}  # parent -> [(at, step, result)]
class_pulls = {}  # pupil -> [(at, class)]
diary = {}  # (pupil, day) -> [(at, step, Day)] all pulls
sched = {}  # (class, day) -> (at, step, Day) latest
class_hw = {}  # (class, day) -> (at, step, Day) latest
finals = {}  # pupil -> (at, step, items)
periods = {}  # fullname -> (start, end, step)
averages = []
hometeacher = {}  # class -> (at, name, step)
for step, method, q, rec in records:
    res = rec["body"]["response"]["result"]
    at = rec.get("pulled_at", "")
    if method == "getrules":
        rules.setdefault(res["name"], []).append((at, step, res))
        for sid, st in res["relations"]["students"].items():
            class_pulls.setdefault(sid, []).append((at, st["class"]))
        for name, g in (res["relations"].get("groups") or {}).items():
            if name not in hometeacher or hometeacher[name][0] <= at:
                hometeacher[name] = (at, g["hometeacher_name"], step)
    elif method == "getdiary":
        for sid, st in res["students"].items():
            for d, day in st["days"].items():
                diary.setdefault((sid, d), []).append((at, step, day))
    elif method in ("getschedule", "gethomework") and "class" in q:
        target = sched if method == "getschedule" else class_hw
        for d, day in res["days"].items():
            if (q["class"], d) not in target or target[(q["class"], d)][0] <= at:
                target[(q["class"], d)] = (at, step, day)
    elif method == "getfinalassessments":
        for sid, st in res["students"].items():
            if sid not in finals or finals[sid][0] <= at:
                finals[sid] = (at, step, st["items"])
    elif method == "getperiods":
        for st in res["students"]:
            for p in st["periods"]:
                if p["start"]:
                    periods.setdefault(p["fullname"], (p["start"], p["end"], step))
    elif method == "getmarks":
        for sid, st in res["students"].items():
            for lesson in st["lessons"]:
                averages.append((sid, lesson["name"], lesson["average"], q["days"], step, at))


def class_on(sid, d):  # R2
    named = [(at, cls) for at, cls in class_pulls[sid] if at[:10].replace("-", "") <= d]
    return max(named)[1]


def latest(sid, d):
    return max(diary[(sid, d)], key=lambda x: x[0])


facts = []


def add(kind, why, **kw):
    facts.append({"id": "", "kind": kind, **kw, "why": why})


# R1
for parent, pulls in sorted(rules.items()):
    at, step, res = max(pulls, key=lambda x: x[0])
    kids = sorted(res["relations"]["students"])
    classes = ", ".join(f"{k} {res['relations']['students'][k]['class']}" for k in kids)
    add("children", f"R1: step {step} getrules (pulled {at}) relations.students ({classes}); a class changed, the "
        "parent and his children did not (A.3 getrules).", guardian={"parent": parent},
        children=[{"student": k} for k in kids])
# R11
for cls, (at, name, step) in sorted(hometeacher.items()):
    add("class_teacher", f"R11: step {step} getrules (pulled {at}): relations.groups['{cls}'] rel homeclass, "
        "hometeacher_name (A.3 getrules)" + ("; 7Б's last getrules (14 December) still names its teacher, the "
        "class of the autumn" if cls == "7Б" else "") + ".", **{"class": {"class": cls}}, teacher=name)

# R3, R5, R6, R7 (own diary)
own_lessons = {}  # (pupil, day) -> {(subject, num)}
own_groups = {}  # (pupil, day) -> {(subject, grp)}
own_hw = {}  # pupil -> {(subject, text)}
for (sid, d) in sorted(diary):
    at, step, day = latest(sid, d)
    date, cls = iso(d), class_on(sid, d)
    items = items_of(day)
    own_lessons[(sid, d)] = {(i["name"], int(i["num"])) for i in items}
    own_groups[(sid, d)] = {(i["name"], grp_of(i)) for i in items}
    for i in items:
        extra = {"group_label": i["grp"]} if grp_of(i) else {}
        add("lesson", f"R3: step {step} getdiary of {sid} (pulled {at}), {cls} that day (R2): lesson item num/name/"
            "topic/teacher/room, starttime/endtime with rings" + (", grp" if extra else "") + " (A.3 Lesson item; A.5 E2).",
            student={"student": sid}, date=date, subject=i["name"], number=int(i["num"]), topic=i["topic"],
            teacher=i["teacher"], room=i["room"], starts_at=i["starttime"][:5], ends_at=i["endtime"][:5], **extra)
        for a in i.get("assessments", []):
            if a["value"] in ABSENCE:
                add("attendance", f"R5: step {step} getdiary: assessment {a['value']!r}, count false, convert 0: an "
                    "absence pseudo-mark (A.3 Absence pseudo-mark; A.6).", student={"student": sid}, date=date,
                    subject=i["name"], code=a["value"], meaning=ABSENCE[a["value"]])
                add("no_mark", f"R5: step {step} getdiary: {a['value']!r} is attendance, never a mark (A.6).",
                    student={"student": sid}, date=date, subject=i["name"], value=a["value"])
            else:
                add("mark", f"R5: step {step} getdiary of {sid} (pulled {at}): value, weight_float, control_type, "
                    "count, comment (A.3 Assessment; A.6).", student={"student": sid}, date=iso(a["date"].replace("-", "")),
                    subject=i["name"], value=a["value"], weight=a["weight_float"], work_type=a["control_type"],
                    counts=a["count"], **({"comment": a["comment"]} if a["comment"] else {}))
        for hw in i.get("homework", {}).values():
            own_hw.setdefault(sid, set()).add((i["name"], hw["value"]))
            add("homework", f"R7: step {step} getdiary of {sid}: the lesson's homework value (A.3 Lesson item homework).",
                student={"student": sid}, date=date, subject=i["name"], text=hw["value"])
    # R6: absences an earlier pull of the same day held and the latest lacks
    now = {(i["name"], a["value"]) for i in items for a in i.get("assessments", []) if a["value"] in ABSENCE}
    for at0, step0, day0 in diary[(sid, d)]:
        if at0 >= at:
            continue
        for i in items_of(day0):
            for a in i.get("assessments", []):
                if a["value"] in ABSENCE and (i["name"], a["value"]) not in now:
                    add("attendance", f"R6: step {step0} getdiary (pulled {at0}) held {a['value']!r}; step {step} "
                        f"getdiary of the same day (pulled {at}) lacks it: the teacher took it back, the pupil was "
                        "present (A.3 Day whole; A.6).", student={"student": sid}, date=date, subject=i["name"],
                        meaning="present")
                    add("no_mark", f"R6: the absence {a['value']!r} taken back by the step {step} pull shows neither "
                        "as attendance nor as a mark.", student={"student": sid}, date=date, subject=i["name"],
                        value=a["value"])

# R7: homework of the class's gethomework for days the pupil was in the class (and subgroup)
for (cls, d), (at, step, day) in sorted(class_hw.items()):
    for sid in sorted({s for (s, dd) in diary if dd == d}):
        if class_on(sid, d) != cls:
            continue
        for i in items_of(day):
            if (i["name"], grp_of(i)) not in own_groups[(sid, d)]:
                continue
            for hw in i["homework"].values():
                own_hw.setdefault(sid, set()).add((i["name"], hw["value"]))
                add("homework", f"R7: step {step} gethomework class={cls} (pulled {at}, after the reorganisation): "
                    f"a task of {iso(d)}, when {sid} was in {cls} (R2; A.2 gethomework by class; A.5 E5).",
                    student={"student": sid}, date=iso(d), subject=i["name"], text=hw["value"])

# R4 and R7 no_homework: lessons and tasks of the parallel class or another subgroup
all_tasks = {}  # (class, subject, text) from class answers and diaries
for (cls, d), (at, step, day) in list(sched.items()) + list(class_hw.items()):
    for i in items_of(day):
        for hw in (i.get("homework") or {}).values():
            all_tasks.setdefault((i["name"], hw["value"]), set()).add(cls)
for (sid, d) in sorted(diary):
    cls = class_on(sid, d)
    mine = own_lessons[(sid, d)]
    subjects = {s for s, _ in mine}
    for other in (cls, PARALLEL[cls]):
        if (other, d) not in sched:
            continue
        at, step, day = sched[(other, d)]
        for i in items_of(day):
            key = (i["name"], int(i["num"]))
            if key in mine or (other == cls and (i["name"], grp_of(i)) in own_groups[(sid, d)]):
                continue
            if other == cls:
                why = (f"R4: step {step} getschedule class={cls} lists {i['name']} #{i['num']} for {i.get('grp')}; "
                       f"{sid}'s own getdiary shows him in another subgroup that day (A.3 grp; English subgroups "
                       "formed anew in January).")
            else:
                why = (f"R4: step {step} getschedule class={other} (pulled {at}) lists it; on {iso(d)} {sid} was in "
                       f"{cls} (R2: getrules) and his own getdiary lists no such lesson (A.2 getschedule by class; "
                       "A.3 getrules class).")
            add("no_lesson", why, student={"student": sid}, date=iso(d), subject=i["name"],
                **({"number": int(i["num"])} if i["name"] in subjects else {}))
for sid in sorted({s for s, _ in diary}):
    classes = {class_on(sid, d) for (s, d) in diary if s == sid}
    for (subject, text), in_classes in sorted(all_tasks.items()):
        if (subject, text) in own_hw.get(sid, set()):
            continue
        if in_classes & ({PARALLEL[c] for c in classes} | classes):
            add("no_homework", f"R7: a task of {'/'.join(sorted(in_classes))} that no lesson of {sid} carries "
                f"(another class of his parallel or another subgroup; classes {', '.join(sorted(classes))} by R2).",
                student={"student": sid}, subject=subject, text=text)

# R8
for sid, (at, step, items) in sorted(finals.items()):
    for it in items:
        for a in it["assessments"]:
            add("final_mark", f"R8: step {step} getfinalassessments of {sid} (pulled {at}): items[].assessments[] "
                f"period {a['period']!r} (A.3 Final assessment; A.5 E4); set while in {class_on(sid, '20251228')}, "
                "read as it was after the reorganisation.", student={"student": sid}, subject=it["name"],
                period=a["period"], value=a["value"])
# R9
for sid in sorted({s for s, _ in diary}):
    for name, (start, end, step) in sorted(periods.items(), key=lambda x: x[1]):
        if name not in ("2 четверть", "3 четверть"):  # the quarter closed in the old class, the one opened in the new
            continue
        add("period", f"R9: step {step} getperiods: {name} {start}-{end} (A.3 Period; A.5 E1); the same quarters were "
            f"given to each of {sid}'s classes.", student={"student": sid}, name=name, starts_on=iso(start), ends_on=iso(end))
# R10
by_days = {f"{s}-{e}": n for n, (s, e, _) in periods.items()}
for sid, subject, avg, days, step, at in averages:
    add("vendor_average", f"R10: step {step} getmarks days={days} (pulled {at}): lessons[].average as sent, period "
        f"{by_days[days]} (A.3 SubjectMarks; A.5 E3).", student={"student": sid}, subject=subject,
        period=by_days[days], value=avg)
# R12
for (cls, d), (at, step, day) in sorted(sched.items()):
    if day.get("alert") == "vacation":
        add("holiday", f"R12: step {step} getschedule class={cls} (pulled {at}, the autumn pulled again in January): "
            f"day {d} alert 'vacation' (A.3 Day).", group={"class": cls}, date=iso(d), name=day["holiday_name"],
            once=True)

seen, unique = set(), []
for f in facts:  # one fact per claim
    key = json.dumps({k: v for k, v in f.items() if k not in ("id", "why")}, sort_keys=True, ensure_ascii=False)
    if key not in seen:
        seen.add(key)
        unique.append(f)
facts = unique
counts = {}
for f in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:02d}"
(HERE / "facts.json").write_text("{\"facts\": [\n" + ",\n".join(json.dumps(f, ensure_ascii=False) for f in facts)
                                 + "\n]}\n", encoding="utf-8")
print(len(facts), "facts", counts)
