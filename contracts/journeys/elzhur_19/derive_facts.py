"""Derives facts.json from journey.json for corpus elzhur_19. Standard library only, deterministic, no hub import.

Rules (shared/reference/elzhur_mesh.md):
 R1 A pupil's getdiary holds each day of its `days` whole (A.2 getdiary, A.3 Day): a day's lessons and homework are
    those of the latest-pulled getdiary of that pupil covering the day.
 R2 A pupil's getdiary lists only what that pupil attends: a subgroup lesson (`grp`, A.3 Lesson item [S]) of the
    class schedule (getschedule by class, A.2) that his own diary of that day does not list is not his lesson, and
    a task (gethomework by class / another pupil's diary, `grp`) his own diary lacks is not his.
 R3 A pupil whose own getdiary shows school days with no `items` (no vacation `alert`, A.3 Day) before his first day
    with lessons was not yet in the class: the class's lessons of those days and of every earlier day are not his.
 R4 getmarks (A.2, A.3 SubjectMarks) returns the pupil's marks and absence pseudo-marks dated within `days`; getdiary
    assessments (A.3) the marks of its days; a mark is named by (lesson_id, nm) (A.3 `nm`); the latest pull wins:
    a later answer covering a mark's date that lacks it means it is gone, one with another value changed it.
 R5 `н`/`Н` absent, `оп`/`ОП` late: attendance, not marks (A.3 Absent schema, A.6); `count` says if a mark counts,
    the weight is `weight_float` else `weight`, the work type `mtype.type` / `control_type` (A.3, A.6).
 R6 getmarks `average` as sent, per subject (A.3 SubjectMarks); the period is the getperiods one whose dates the
    `days` range equals (A.3 Period).
 R7 getrules of a parent: relations.students are the children; groups[class].hometeacher_name the class teacher (A.3).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ABSENCE = {"н": "absent", "оп": "late"}


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def q(request):
    query = request.split("?", 1)[1] if "?" in request else ""
    return request.split("?")[0].rsplit("/", 1)[-1], dict(p.split("=", 1) for p in query.split("&") if "=" in p)


def items_of(day):
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


records = []
for si, step in enumerate(J["steps"]):
    for batch in step["batches"]:
        for r in batch:
            method, params = q(r["request"])
            records.append((r["pulled_at"], step["name"][:2], method, params, r))
by_pull = sorted(records, key=lambda x: x[0])

facts, seen = [], set()


def add(fact):
    if fact["id"] in seen:
        raise SystemExit(f"duplicate fact id {fact['id']}")
    seen.add(fact["id"])
    facts.append(fact)


def cite(step, r):
    return f"step {step} `{r['request']}` (pulled {r['pulled_at']})"


# R1: each pupil's days from his latest getdiary
diary = {}  # pupil -> day -> (day object, step, record)
for pulled, step, method, params, r in by_pull:
    if method == "getdiary":
        for pupil, s in r["body"]["response"]["result"]["students"].items():
            for day, obj in s["days"].items():
                diary.setdefault(pupil, {})[day] = (obj, step, r)
klass = {}  # day -> (day object, step, record) from class schedules
class_hw = []  # (day, item, step, record)
for pulled, step, method, params, r in by_pull:
    if method == "getschedule" and "class" in params:
        for day, obj in r["body"]["response"]["result"]["days"].items():
            klass[day] = (obj, step, r)
    if method in ("gethomework", "getdiary"):
        res = r["body"]["response"]["result"]
        day_maps = [res["days"]] if "days" in res else [s["days"] for s in res["students"].values()]
        for days in day_maps:
            for day, obj in days.items():
                for it in items_of(obj):
                    class_hw.append((day, it, step, r))

pupils = sorted(diary)
for pupil in pupils:
    days = diary[pupil]
    lesson_days = sorted(day for day, (obj, _, _) in days.items() if items_of(obj))
    first = lesson_days[0]
    empty = sorted(day for day, (obj, _, _) in days.items() if not items_of(obj) and obj.get("alert") != "vacation")
    own_texts = set()
    for day in sorted(days):
        obj, step, r = days[day]
        for it in items_of(obj):
            if not it.get("grp") and not (day == first and empty):
                continue  # R2 facts are about subgroup lessons; a newcomer's first day is shown whole (R3)
            fact = {"id": f"lesson-{pupil}-{day}-{it['num']}", "kind": "lesson", "student": {"student": pupil},
                    "date": iso(day), "number": int(it["num"]), "subject": it["name"], "teacher": it["teacher"],
                    "room": it["room"]}
            if it.get("topic"):
                fact["topic"] = it["topic"]
            if it.get("grp"):
                fact["group_label"] = it["grp"]
            if it.get("starttime"):
                fact["starts_at"], fact["ends_at"] = it["starttime"][:5], it["endtime"][:5]
            fact["why"] = (f"{cite(step, r)}: item num {it['num']} of day {day}"
                           + (f", his subgroup {it['grp']!r}" if it.get("grp") else "")
                           + " (R1; A.3 Day, Lesson item; grp [S]; starttime with rings)")
            add(fact)
            for hid, hw in (it.get("homework") or {}).items():
                own_texts.add((it["name"], hw["value"]))
                add({"id": f"homework-{pupil}-{hw['id']}", "kind": "homework", "student": {"student": pupil},
                     "subject": it["name"], "text": hw["value"], "date": iso(day),
                     "why": f"{cite(step, r)}: task {hw['id']} on the {it['name']} lesson of {day} (R1; A.3 homework)"})
        # R2: the other subgroup's lessons in a slot of its own
        if day in klass and items_of(obj):
            cobj, cstep, cr = klass[day]
            mine = {(it["name"], it["num"]) for it in items_of(obj)}
            my_subjects = {it["name"]: it.get("grp") for it in items_of(obj)}
            for it in items_of(cobj):
                if it.get("grp") and it["name"] in my_subjects and (it["name"], it["num"]) not in mine:
                    add({"id": f"no-lesson-{pupil}-{day}-{it['num']}", "kind": "no_lesson",
                         "student": {"student": pupil}, "date": iso(day), "subject": it["name"],
                         "number": int(it["num"]),
                         "why": f"{cite(cstep, cr)} lists {it['name']} #{it['num']} of {it['grp']!r}; {pupil}'s own "
                                f"getdiary of {day} shows him in {my_subjects[it['name']]!r} (R2; A.3 grp [S])"})
    # R3: a newcomer: class lessons before his first day with lessons are not his
    if empty and empty[-1] < first:
        for day in sorted(klass):
            if day < first:
                cobj, cstep, cr = klass[day]
                for it in items_of(cobj):
                    if day not in empty and not it.get("grp"):
                        continue  # before his empty days: the subgroup lessons stand for the rest
                    fid = f"no-lesson-{pupil}-{day}-{it['num']}"
                    if fid in seen:
                        continue
                    add({"id": fid, "kind": "no_lesson", "student": {"student": pupil}, "date": iso(day),
                         "subject": it["name"], "number": int(it["num"]),
                         "why": f"{cite(cstep, cr)} lists {it['name']} #{it['num']}; {pupil}'s own getdiary "
                                f"(step {days[empty[-1]][1]}) shows {', '.join(empty)} without items and lessons "
                                f"only from {first}: he joined 7Г on {first} (R3; A.3 Day items, alert)"})
    # R2: other subgroups' tasks
    for day, it, step, r in class_hw:
        for hid, hw in (it.get("homework") or {}).items():
            key = (it["name"], hw["value"])
            if it.get("grp") and key not in own_texts:
                fid = f"no-homework-{pupil}-{hw['id']}"
                if fid not in seen:
                    add({"id": fid, "kind": "no_homework", "student": {"student": pupil}, "subject": it["name"],
                         "text": hw["value"],
                         "why": f"{cite(step, r)}: task {hw['id']} of {it['grp']!r} on {day}; {pupil}'s own getdiary "
                                f"never lists it (R2; A.3 grp [S], homework)"})

# R4: marks and absences, latest pull wins
state = {}  # pupil -> (lesson_id, nm) -> (mark, subject, step, record)
ever = {}  # pupil -> (lesson_id, nm, value) -> (mark, subject, step, record)
lesson_subject = {}
for pupil, days in diary.items():
    for day, (obj, _, _) in days.items():
        for it in items_of(obj):
            lesson_subject[it["lesson_id"]] = (it["name"], int(it["num"]), day, pupil)
for pulled, step, method, params, r in by_pull:
    if method not in ("getmarks", "getdiary"):
        continue
    for pupil, s in r["body"]["response"]["result"]["students"].items():
        held = state.setdefault(pupil, {})
        now = {}
        if method == "getmarks":
            lo, hi = (iso(x) for x in params["days"].split("-"))
            in_scope = lambda m: lo <= m["date"] <= hi
            for subject in s["lessons"]:
                for m in subject["marks"]:
                    now[(m["lesson_id"], m["nm"])] = (m, subject["name"], step, r)
        else:
            covered = {iso(day) for day in s["days"]}
            in_scope = lambda m: m["date"] in covered
            for day, obj in s["days"].items():
                for it in items_of(obj):
                    for m in it.get("assessments") or []:
                        now[(m["lesson_id"], m["nm"])] = (m, it["name"], step, r)
        for key in [k for k, v in held.items() if in_scope(v[0]) and k not in now]:
            del held[key]
        held.update(now)
        for key, v in now.items():
            ever.setdefault(pupil, {})[key + (v[0]["value"],)] = v

for pupil in sorted(state):
    held = state[pupil]
    shown = {}
    for (lid, nm), (m, subject, step, r) in sorted(held.items()):
        value = m["value"]
        src = f"{cite(step, r)}: {subject} {m['date']} value {value!r} (lesson_id {lid}, nm {nm})"
        if value.casefold() in ABSENCE:
            name, num, day, _ = lesson_subject[lid]
            add({"id": f"attendance-{pupil}-{m['date']}-{num}", "kind": "attendance", "student": {"student": pupil},
                 "date": m["date"], "subject": subject, "number": num, "code": value,
                 "meaning": ABSENCE[value.casefold()],
                 "why": f"{src}, count={m['count']}, convert {m['convert']} (R4, R5; A.3 Absent, A.6)"})
            add({"id": f"no-mark-{pupil}-{m['date']}-{num}-{value}", "kind": "no_mark", "student": {"student": pupil},
                 "date": m["date"], "subject": subject, "value": value,
                 "why": f"{src}: a pseudo-mark is attendance, not a mark (R5; A.3 Absent)"})
        else:
            weight = m.get("weight_float", m.get("weight"))
            work = (m.get("mtype") or {}).get("type") or m.get("control_type")
            add({"id": f"mark-{pupil}-{m['date']}-{lid}-{nm}", "kind": "mark", "student": {"student": pupil},
                 "date": m["date"], "subject": subject, "value": value, "weight": weight, "work_type": work,
                 "counts": m["count"], **({"comment": m["comment"]} if m["comment"] else {}),
                 "why": f"{src}, weight_float {weight}, work type {work!r}, count {m['count']} (R4, R5; A.3, A.6)"})
        shown.setdefault((m["date"], subject), set()).add(value.casefold())
    # what earlier pulls said and the latest no longer says
    for (lid, nm, value), (m, subject, step, r) in sorted(ever[pupil].items()):
        cur = held.get((lid, nm))
        if cur and cur[0]["value"] == value and cur[0]["date"] == m["date"]:
            continue
        name, num, day, _ = lesson_subject[lid]
        then = f"{cite(step, r)} gave {subject} {m['date']} {value!r} (lesson_id {lid}, nm {nm})"
        if cur:
            now = f"; the latest answer covering it, {cite(cur[2], cur[3])}, gives {cur[0]['value']!r} dated {cur[0]['date']}"
        else:
            later = [x for x in by_pull if x[2] == "getmarks" and pupil in x[3].get("student", "")][-1]
            now = f"; the later {cite(later[1], later[4])} covers {m['date']} and lacks it"
        if value.casefold() not in shown.get((m["date"], subject), set()):
            add({"id": f"no-mark-{pupil}-{m['date']}-{num}-{value}-gone", "kind": "no_mark",
                 "student": {"student": pupil}, "date": m["date"], "subject": subject, "value": value,
                 "why": then + now + " (R4; A.3 SubjectMarks days, nm)"})
        if value.casefold() in ABSENCE and not cur:
            add({"id": f"attendance-{pupil}-{m['date']}-{num}-present", "kind": "attendance",
                 "student": {"student": pupil}, "date": m["date"], "subject": subject, "number": num,
                 "meaning": "present", "code": None,
                 "why": then + now + ": the teacher removed the absence (R4, R5; A.3 Absent)"})

# R6 averages, R7 children and class teacher, periods
periods = {}
for pulled, step, method, params, r in by_pull:
    if method == "getperiods":
        for s in r["body"]["response"]["result"]["students"]:
            for p in s["periods"]:
                if p["start"]:
                    periods[f"{p['start']}-{p['end']}"] = p["name"]
                    fid = f"period-{p['name']}"
                    if fid not in seen:
                        add({"id": fid, "kind": "period", "name": p["name"], "starts_on": iso(p["start"]),
                             "ends_on": iso(p["end"]),
                             "why": f"{cite(step, r)}: period {p['name']!r} ({p['fullname']}) (A.3 Period, A.4)"})
latest_marks = {}
for pulled, step, method, params, r in by_pull:
    if method == "getmarks":
        latest_marks[params["student"]] = (params, step, r)
for pupil, (params, step, r) in sorted(latest_marks.items()):
    for subject in r["body"]["response"]["result"]["students"][pupil]["lessons"]:
        if subject["average"]:
            add({"id": f"vendor-average-{pupil}-{subject['lesson_id']}", "kind": "vendor_average",
                 "student": {"student": pupil}, "subject": subject["name"], "period": periods[params["days"]],
                 "value": subject["average"],
                 "why": f"{cite(step, r)}: lessons[].average as sent; days = period {periods[params['days']]} (R6; A.3 SubjectMarks)"})
children = {}
for pulled, step, method, params, r in by_pull:
    if method == "getrules":
        res = r["body"]["response"]["result"]
        if "parent" in res["roles"]:
            children[res["id"]] = (sorted(res["relations"]["students"]), step, r)
        for name, g in res["relations"]["groups"].items():
            if g.get("rel") == "homeclass" and f"class-teacher-{name}" not in seen:
                add({"id": f"class-teacher-{name}", "kind": "class_teacher", "class": {"class": name},
                     "teacher": g["hometeacher_name"],
                     "why": f"{cite(step, r)}: relations.groups[{name!r}] homeclass hometeacher_name (R7; A.3 getrules)"})
for parent, (kids, step, r) in sorted(children.items()):
    add({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
         "children": [{"student": k} for k in kids],
         "why": f"{cite(step, r)}: relations.students with rel child (R7; A.3 getrules)"})

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
kinds = {}
for f in facts:
    kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
print(len(facts), "facts", kinds)
