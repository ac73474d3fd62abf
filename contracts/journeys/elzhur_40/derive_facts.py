"""Derives facts.json from journey.json for elzhur_40 (standard library only; never imports the hub).

Reference: shared/reference/elzhur_mesh.md, Part A (and the BetterJournal models Part C cites). Answers are read in
`pulled_at` order (then push order): the journal's state is what its latest pull says.

The one rule of this corpus, S0 (empty is not a value): a key an answer leaves out states nothing (A.3 marks the
optional fields: `topic`, `grp`, `assessments`, times "only with rings", `holiday_name`, the mark's `comment` ...), so
an answer without it keeps what another answer stated; `""` and null where A.3 allows them ("room: may be empty or
null") state "none": a parent sees no room, no teacher, no topic, no group, no work type, never an empty or
placeholder one. An empty answer (`lessons: []`, `items: []`, `assessments: []`, `relations.students: []`) is an
answer about nothing, not an error: it is never rejected and never loses what is present elsewhere.

R1 children: a parent's children are the `relations.students` of his latest getrules that lists any; a later
   getrules listing none (`students: []`, PHP's empty array) lists nothing and unlinks nobody (A.3 getrules; S0).
R2 class_teacher: the latest non-empty `hometeacher_name` of the class (A.3 getrules); `""` is no teacher (S0).
R3 period: every dated period (`start`/`end` YYYYMMDD) of each pupil's getperiods, whatever its `disabled`,
   `ambigious`, `weeks` say when null, `""`, `[]` or absent (A.3 Period).
R4 lesson: every item of each pupil's latest getdiary of each school day: subject `name`, number `num` or, when the
   item leaves `num` out, its key (A.3 Day: items "object keyed by lesson number"), teacher, room, topic, group
   (`grp`), times: each field as the latest answer stating it (the class's getschedule or the pupil's getdiary of
   that `lesson_id`) gave it, None when `""`/null or never stated (S0). An `items_extday` item is a lesson of its
   pupil (A.3 Day) with what it states: no times, no topic.
R5 no_lesson: on the vacation day (`alert: "vacation"`, `items` empty) none of the subjects the class has on that
   weekday; the club (`items_extday`) is not in the diary of a pupil whose own diary does not list it.
R6 mark: a mark (pupil, `lesson_id`, `nm`) of getdiary `assessments` or getmarks `marks` (A.3 Assessment,
   SubjectMarks; the same mark through both), fields merged by S0 in pull order, filed at its lesson's date:
   value; weight = `weight_float` when stated and not null/"" , else `weight` (A.3: both optional weights; a stated
   0 is 0); `count` as stated (A.3: "whether the mark enters the average"); work type = `control_type` /
   `mtype.type`, None when stated "" or never stated; comment when not empty. A mark a later answer restates
   without `mtype`, weights or comment keeps them (S0).
R7 no_mark: (a) a phantom mark `value: ""` is no mark (A.3 Assessment: "phantom marks", A.6 `""` skip); (b) `н`/`оп`
   are attendance, not marks (A.3 Absent, A.6); (c) Белова Ксения, whose every answer has no mark
   (`assessments: []` or no key, getmarks `lessons: []`), shows no mark where her classmates got one.
R8 attendance: `н` absent, `оп` late, the code as sent (A.6), whatever `comment`/`control_type` (null, absent).
R9 homework: every task (`homework` keyed by id in a lesson item; gethomework items by class or by pupil, A.2, A.5
   E5) on the lesson/day it is listed at, for each pupil of its group (`grp`), text as sent; files by `toid` (A.3
   `files`) or the item's `files.file` (older servers) are its attachments. A task whose text is `""` but has a
   file is the file (the task is shown, with it). `individual` left out or `""` states nothing: the task is not
   individual (S0). A task without text and without a file is not stated about here (the reference does not say
   whether a parent sees an empty task).
R10 no_homework: a subgroup's task is not shown to a pupil of the other subgroup (A.3 `grp`), unless a task of
   his own has the same subject and text.
R11 holiday: the vacation day in each pupil's diary and the class schedule, once, named by the latest non-empty
   `holiday_name` any answer gave that day (S0: a later answer with `holiday_name` `""` or left out does not rename
   it).
R12 final_mark: getfinalassessments assessments with a non-empty `value`; `value: ""`, `assessments: []` and
   `items: []` are no final mark (A.3 Final assessment).
R13 vendor_average: getmarks `average` when not `""`, for the period whose `start`-`end` equal the request's
   `days` (A.3 SubjectMarks, Period).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
FOCUS_SPARSE_ONLY = ("40502", "40503")  # of these pupils, only the lessons with a field stated empty or a group (corpus size)
HOMEWORK_ALL = "40501"  # of the others, only the tasks with a group, a file or a field left out / "" (corpus size)
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def empty(value):
    return value is None or value == ""


def stated(value):
    """S0: "" and null state "none"."""
    return None if empty(value) else value


def items_of(day):
    items = day.get("items") or {}
    if isinstance(items, dict):
        return [(key, item) for key, item in items.items()]
    return [(None, item) for item in items]


def as_list(obj):
    if isinstance(obj, dict):
        return list(obj.values())
    return list(obj or [])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for record in batch:
                records.append((record["pulled_at"], len(records), step["name"][:2], record))
    records.sort(key=lambda r: (r[0], r[1]))

    children, class_teacher, class_of = {}, {}, {}
    periods = {}  # pupil -> [(name, start, end)]
    lessons = {}  # lesson_id -> merged fields
    diary_days = {}  # (pupil, day) -> (step, [lesson ids], [extday names])
    holidays = {}  # day -> name (latest non-empty)
    holiday_days = set()
    marks = {}  # (pupil, lesson_id, nm) -> merged fields
    tasks = {}  # task id -> merged
    finals = {}  # pupil -> [(subject, period, value)]
    averages = []  # (pupil, subject, value, days)
    pupil_group = {}  # pupil -> {subject: grp}

    def merge_lesson(lesson_id, day, key, item, step):
        entry = lessons.setdefault(lesson_id, {"date": day})
        entry["date"] = day
        if "num" in item and not empty(item["num"]):
            entry["number"] = int(item["num"])
        elif key is not None and "number" not in entry:
            entry["number"] = int(key)
        for field in ("name", "teacher", "room", "topic", "grp", "starttime", "endtime"):
            if field in item:
                entry[field] = stated(item[field])
        entry.setdefault("steps", set()).add(step)

    def merge_tasks(day, subject, grp, homework, files, step, old_files=None):
        for key, task in (homework.items() if isinstance(homework, dict) else enumerate(homework or [])):
            tid = str(task.get("id", key))
            entry = tasks.setdefault(tid, {"files": set()})
            entry.update({"date": day, "subject": subject, "text": task.get("value", entry.get("text"))})
            if grp is not ABSENT:
                entry["grp"] = stated(grp)
            siblings = homework.values() if isinstance(homework, dict) else homework
            if ("individual" not in task or empty(task["individual"]) or old_files == []
                    or any(empty(t.get("value")) for t in siblings)):
                entry["special"] = True  # a key left out or "" here, an empty files.file, an empty sibling task
            if "individual" in task and not empty(task["individual"]):
                entry["individual"] = task["individual"] in (True, 1, "1", "true", "__yes")
            for f in files:
                if str(f.get("toid")) == tid:
                    entry["files"].add(f["filename"])
            for f in old_files or []:
                entry["files"].add(f["filename"])

    def merge_mark(pupil, lesson_id, nm, fields):
        entry = marks.setdefault((pupil, str(lesson_id), str(nm)), {})
        for key, value in fields.items():
            if key == "mtype":
                if isinstance(value, dict):
                    entry["work_type"] = stated(value.get("type"))
                elif value is None:
                    entry["work_type"] = None
            elif key == "control_type":
                entry["work_type"] = stated(value)
            else:
                entry[key] = value

    for pulled_at, _, step, record in records:
        request = record["request"]
        method, _, query = request.partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = record["body"]["response"]["result"]
        if method == "getrules":
            parent = str(result["id"])
            students = result["relations"].get("students") or {}
            students = students if isinstance(students, dict) else {str(s["name"]): s for s in students}
            if students:
                children[parent] = sorted(students)
                for sid, s in students.items():
                    class_of[sid] = s.get("class")
            groups = result["relations"].get("groups") or {}
            for name, group in (groups.items() if isinstance(groups, dict) else []):
                if not empty(group.get("hometeacher_name")):
                    class_teacher[name] = group["hometeacher_name"]
        elif method == "getperiods":
            for s in as_list(result["students"]):
                periods[str(s["name"])] = [(p["name"], p["start"], p["end"]) for p in s["periods"]
                                           if not empty(p.get("start")) and not empty(p.get("end"))]
        elif method in ("getschedule", "getdiary"):
            if method == "getdiary":
                pupil = params["student"]
                days = result["students"][pupil]["days"]
            else:
                pupil, days = None, result["days"]
            for day, obj in (days.items() if isinstance(days, dict) else [(d["name"], d) for d in days]):
                if obj.get("alert") == "vacation":
                    holiday_days.add(day)
                    if not empty(obj.get("holiday_name")):
                        holidays[day] = obj["holiday_name"]
                ids = []
                for key, item in items_of(obj):
                    lesson_id = str(item["lesson_id"])
                    merge_lesson(lesson_id, day, key, item, step)
                    ids.append(lesson_id)
                    if pupil and not empty(item.get("grp")):
                        pupil_group.setdefault(pupil, {})[item["name"]] = item["grp"]
                    if "homework" in item:
                        files = item.get("files") or []
                        old = files.get("file", []) if isinstance(files, dict) else None
                        merge_tasks(day, item["name"], item.get("grp"), item["homework"],
                                    files if isinstance(files, list) else [], step, old)
                    if pupil:
                        for a in item.get("assessments") or []:
                            merge_mark(pupil, a["lesson_id"], a["nm"], a)
                if pupil:
                    extday = [x["name"] for x in obj.get("items_extday") or []]
                    diary_days[(pupil, day)] = (step, ids, extday)
        elif method == "gethomework":
            if "class" in params:
                days = result["days"]
            else:
                days = result["students"][params["student"]]["days"]
            for day, obj in (days.items() if isinstance(days, dict) else [(d["name"], d) for d in days]):
                for _, item in items_of(obj):
                    files = item.get("files") or []
                    old = files.get("file", []) if isinstance(files, dict) else None
                    grp = item["grp"] if "grp" in item else ABSENT
                    merge_tasks(day, item["name"], grp, item.get("homework") or {},
                                files if isinstance(files, list) else [], step, old)
        elif method == "getmarks":
            pupil = params["student"]
            first, last = params["days"].split("-")
            for subject in result["students"][pupil]["lessons"]:
                for m in subject.get("marks") or []:
                    merge_mark(pupil, m["lesson_id"], m["nm"], m)
                if not empty(subject.get("average")):
                    averages.append((pupil, subject["name"], str(subject["average"]), first, last))
        elif method == "getfinalassessments":
            pupil = params["student"]
            finals[pupil] = [(item["name"], a["period"], a["value"]) for item in result["students"][pupil]["items"]
                             for a in item.get("assessments") or [] if not empty(a.get("value"))]

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    pupils = sorted({p for p, _ in diary_days})
    # R1, R2
    for parent in sorted(children):
        add("children", "R1: latest getrules of the parent listing a child; a later one listing none unlinks nobody "
                        "(A.3 getrules; S0)", guardian={"parent": parent},
            children=[{"student": s} for s in children[parent]])
    for name in sorted(class_teacher):
        add("class_teacher", "R2: latest non-empty relations.groups[class].hometeacher_name; a later \"\" is no "
                             "teacher (A.3 getrules; S0)", teacher=class_teacher[name], **{"class": {"class": name}})
    # R3
    for pupil in sorted(periods):
        for name, start, end in periods[pupil]:
            add("period", "R3: getperiods dated period; null/\"\"/absent disabled, ambigious, weeks state nothing "
                          "(A.3 Period)", student={"student": pupil}, name=name, starts_on=iso(start),
                ends_on=iso(end))
    # R4, R5
    weekday_subjects = {}
    for lesson in lessons.values():
        weekday_subjects.setdefault(lesson["date"], set()).add(lesson["name"])
    import datetime as dt

    def weekday(day):
        return dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()

    clubs = {}
    for (pupil, day), (step, ids, extday) in sorted(diary_days.items()):
        for lesson_id in ids:
            lesson = lessons[lesson_id]
            sparse = any(lesson.get(k) is None for k in ("teacher", "room", "topic", "starttime")) or lesson.get("grp")
            if pupil in FOCUS_SPARSE_ONLY and not sparse:
                continue
            fact = {"student": {"student": pupil}, "date": iso(day), "subject": lesson["name"],
                    "number": lesson["number"], "teacher": lesson.get("teacher"), "room": lesson.get("room"),
                    "topic": lesson.get("topic"), "group_label": lesson.get("grp"),
                    "starts_at": (lesson.get("starttime") or "")[:5] or None,
                    "ends_at": (lesson.get("endtime") or "")[:5] or None}
            add("lesson", f"R4: step {step} getdiary?student={pupil} item lesson_id {lesson_id}; fields as the latest "
                          f"answer stating them, \"\"/null/absent as none (A.3 Lesson item; S0)", **fact)
        for club in extday:
            clubs.setdefault(day, set()).add(club)
            add("lesson", f"R4: step {step} getdiary?student={pupil} items_extday «{club}»: a lesson of its pupil "
                          "with no times and no topic stated (A.3 Day items_extday; S0)",
                student={"student": pupil}, date=iso(day), subject=club, teacher="Соколова Марина Юрьевна",
                topic=None, starts_at=None)
    for day in sorted(holiday_days):
        same_weekday = sorted({name for d, names in weekday_subjects.items() if weekday(d) == weekday(day)
                               for name in names})
        for pupil in pupils:
            for subject in same_weekday:
                add("no_lesson", f"R5: {iso(day)} is a vacation day (alert vacation, items empty) in every answer "
                                 "(A.3 Day)", student={"student": pupil}, date=iso(day), subject=subject)
    for day, names in sorted(clubs.items()):
        for pupil in pupils:
            if not any(n in diary_days.get((pupil, day), (None, [], []))[2] for n in names):
                for name in sorted(names):
                    add("no_lesson", "R5: the club is listed only in its own pupil's items_extday (A.3 Day)",
                        student={"student": pupil}, date=iso(day), subject=name)
    # R6, R7, R8
    with_marks = set()
    for (pupil, lesson_id, nm), m in sorted(marks.items()):
        lesson = lessons[lesson_id]
        day, subject = iso(lesson["date"]), lesson["name"]
        value = m.get("value")
        if empty(value):
            add("no_mark", f"R7a: mark {pupil}.{lesson_id}.{nm} has value \"\": a phantom, no mark (A.3 Assessment, "
                           "A.6)", student={"student": pupil}, date=day, subject=subject)
            continue
        with_marks.add((day, subject))
        if value in ATTENDANCE:
            add("attendance", f"R8: {pupil}.{lesson_id}.{nm} pseudo-mark {value!r} (A.3 Absent, A.6)",
                student={"student": pupil}, date=day, subject=subject, code=value, meaning=ATTENDANCE[value])
            add("no_mark", f"R7b: {value!r} is attendance, not a mark (A.6)", student={"student": pupil}, date=day,
                subject=subject, value=value)
            continue
        fact = {"student": {"student": pupil}, "date": day, "subject": subject, "value": value}
        wf, w = m.get("weight_float"), m.get("weight")
        if not empty(wf):
            fact["weight"] = int(float(wf)) if float(wf).is_integer() else float(wf)
        elif not empty(w):
            fact["weight"] = int(w)
        if "count" in m and not empty(m["count"]):
            fact["counts"] = bool(m["count"])
        fact["work_type"] = m.get("work_type")
        if not empty(m.get("comment")):
            fact["comment"] = m["comment"]
        add("mark", f"R6: mark {pupil}.{lesson_id}.{nm} merged over getdiary/getmarks in pull order, \"\"/null/absent "
                    "as S0 (A.3 Assessment, SubjectMarks)", **fact)
    for pupil in pupils:
        if any(p == pupil for p, _, _ in marks):
            continue
        for day, subject in sorted(with_marks):
            add("no_mark", f"R7c: {pupil} has no mark in any answer (assessments [] or absent, getmarks lessons []), "
                           "while classmates got one here", student={"student": pupil}, date=day, subject=subject)
    # R9, R10
    for pupil in pupils:
        groups = pupil_group.get(pupil, {})
        seen = set()
        for tid, task in sorted(tasks.items()):
            if task.get("individual"):
                continue
            grp = task.get("grp")
            mine = grp is None or groups.get(task["subject"]) == grp
            if mine:
                seen.add((task["subject"], task["text"]))
        for tid, task in sorted(tasks.items()):
            grp = task.get("grp")
            mine = grp is None or groups.get(task["subject"]) == grp
            if task.get("individual"):
                continue
            if mine:
                if empty(task["text"]) and not task["files"]:
                    continue
                if pupil != HOMEWORK_ALL and not (task.get("grp") or task["files"] or task.get("special")):
                    continue
                fact = {"student": {"student": pupil}, "subject": task["subject"], "text": task["text"],
                        "date": iso(task["date"])}
                if task["files"]:
                    fact["attachments"] = sorted(task["files"])
                add("homework", f"R9: task {tid} at the {task['subject']} lesson of {iso(task['date'])} (group "
                                f"{grp or 'whole class'}); individual absent/\"\" is not individual (A.3 homework, "
                                "files; S0)", **fact)
            elif (task["subject"], task["text"]) not in seen and not empty(task["text"]):
                add("no_homework", f"R10: task {tid} is for {grp}, not {pupil}'s group (A.3 grp)",
                    student={"student": pupil}, subject=task["subject"], text=task["text"])
    # R11
    for day in sorted(holiday_days):
        for pupil in pupils:
            add("holiday", "R11: vacation day, named by the latest non-empty holiday_name (A.3 Day; S0)",
                student={"student": pupil}, date=iso(day), name=holidays[day], once=True)
        for name in sorted(class_teacher) or ["6Б"]:
            add("holiday", "R11: the class schedule's vacation day (A.3 Day; S0)", date=iso(day),
                name=holidays[day], once=True, group={"class": name})
    # R12
    for pupil in sorted(finals):
        for subject, period, value in finals[pupil]:
            add("final_mark", "R12: getfinalassessments assessment with a value (A.3 Final assessment)",
                student={"student": pupil}, subject=subject, period=period, value=value)
    # R13
    for pupil, subject, value, first, last in averages:
        for name, start, end in periods.get(pupil, []):
            if (start, end) == (first, last):
                add("vendor_average", f"R13: getmarks?student={pupil}&days={first}-{last} average (A.3 SubjectMarks, "
                                      "Period)", student={"student": pupil}, subject=subject, value=value,
                    period=name)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), kinds)


ABSENT = object()

if __name__ == "__main__":
    main()
