"""Derives facts.json of elzhur_29 (HOMEWORK IN DEPTH) from journey.json. Standard library only; deterministic;
never imports the hub.

Rules (shared/reference/elzhur_mesh.md, Part A, and the hub README's documented envelope and ingest):
 R1 getdiary and gethomework (by pupil or by class) hold each day of their `days` range whole (A.1 date range,
    A.3 Day): per scope (the pupil or the class, the method, the day) a task the scope's previous answer held that
    day and this answer lacks was removed from the journal, as of this answer's pull (README "Vendor formats":
    deletion by omission, each day a scope of its own).
 R2 the latest pull wins, whatever the arrival order (README "Time is data"): an answer pulled before what is known
    of a task (its last statement or removal) changes nothing of it, neither text nor files, and brings back
    nothing a later pull removed; an answer pulled before its scope's last answer deletes nothing.
 R3 a task is named by its `id` (A.3 Lesson item `homework`: `{"<hwId>": {id, value, individual}}`), not by the key
    it is listed under (A.5 E5: gethomework by class keys it "1"): one task is one homework, whichever answers and
    pupils show it. A task the same answer lists under another day (or lesson) than before was moved, not removed:
    it shows at its latest place only (R1 deletes only what the answer lacks altogether).
 R4 `files[].toid` is the id of the task a file belongs to (A.3 files); a file of the older `{"file": [...]}` form
    (A.3, A.5 E5) has no `toid` and belongs to its item's task(s). A file entry whose `link` is an outside page
    (a video lesson) is a file like any other: its `filename` is what a parent sees. A task's files are the latest
    answer's: a file an earlier answer listed and the latest lacks was removed.
 R5 who sees a task (A.3 `individual`, `grp`): an `individual` task only the pupil(s) whose own answers list it (a
    pupil's answers list only his own); a task of a subgroup lesson (`grp`) only the pupils whose own getdiary shows
    them in that subgroup of that subject; any other task every pupil of the class (getrules `class`). Everyone
    else must not see it, and nobody sees a task's earlier texts or a withdrawn task.
 R6 a task is shown on the day its latest answer lists it under (`date`); a task a gethomework lists on a day
    without a lesson of its subject is still that day's homework of the class (A.3 Day items of gethomework).
 R7 a day with `alert: "vacation"` is a holiday named `holiday_name` (A.3 Day, A.5 E2), for the whole class,
    shown once however many answers report it; the school days around it are no holiday.
 R8 lessons: each pupil's latest getdiary of a day gives his lessons (A.3 Lesson item: `num`, `name`, `topic`,
    `teacher`, `room`, `starttime`/`endtime` with `rings`, `grp` the subgroup label; a class lesson has none).
 R9 getrules of a parent (A.3 getrules): `relations.students` are the parent's children; `relations.groups`
    `rel: homeclass` names the class teacher (`hometeacher_name`).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

HERE = Path(__file__).resolve().parent


def iso(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def when(value):
    return None if value is None else datetime.fromisoformat(value)


def listed(items):
    """`items` / `homework` as object or array (A.3: clients accept both)."""
    if isinstance(items, dict):
        return list(items.values())
    return list(items or [])


def tasks_of(item, pupil, answer_of_pupil):
    """{task id: data} of one day item (a lesson of getdiary or an item of gethomework)."""
    files = item.get("files") or []
    if isinstance(files, dict):  # older {"file": [...]}
        files = files.get("file") or []
    homework = listed(item.get("homework"))
    ids = [str(h["id"]) for h in homework]
    attached = {i: [] for i in ids}
    for f in files:
        for target in ([str(f["toid"])] if f.get("toid") is not None else ids):  # R4
            attached.setdefault(target, []).append(f["filename"])
    found = {}
    for h in homework:
        found[str(h["id"])] = {"subject": item["name"], "grp": item.get("grp") or None, "text": h["value"],
                               "individual": bool(h.get("individual")), "files": sorted(attached[str(h["id"])]),
                               "pupil": pupil if answer_of_pupil else None}
    return found


class Journal:
    def __init__(self):
        self.tasks = {}       # id -> {"as_of", "present", "data", "day", "why", "texts": [..], "seen_by": set}
        self.snapshots = {}   # (who, method, day) -> (as_of, ids)
        self.lessons = {}     # (pupil, day) -> (as_of, [lesson], why)
        self.holidays = {}    # day -> (name, why)
        self.school_days = set()
        self.groups = {}      # pupil -> {subject: grp}
        self.children, self.class_of, self.teacher = [], {}, None

    def state(self, hid, as_of, present, data, day, why):
        task = self.tasks.setdefault(hid, {"as_of": None, "present": False, "data": None, "day": None, "why": "",
                                           "texts": [], "seen_by": set()})
        if present and data["pupil"]:
            task["seen_by"].add(data["pupil"])  # R5: a pupil's own answer lists it
        if present:
            task["texts"].append(data["text"])
        if task["as_of"] is not None and as_of is not None and as_of < task["as_of"]:
            return  # R2
        task.update({"as_of": as_of, "present": present, "why": why})
        if present:
            task.update({"data": data, "day": day})

    def answer(self, who, method, days, as_of, why):
        """days: {day: {id: data}}; one answer, its days each a scope (R1)."""
        stated = {hid for tasks in days.values() for hid in tasks}
        for day, tasks in sorted(days.items()):
            scope = (who, method, day)
            old = self.snapshots.get(scope)
            if old is not None and old[0] is not None and as_of < old[0]:
                continue  # R2: older than the scope's last answer
            for hid, data in sorted(tasks.items()):
                self.state(hid, as_of, True, data, day, f"{why}, day {day}")
            for hid in sorted((old[1] if old else set()) - set(tasks)):
                if hid in stated:
                    continue  # R3: moved within the same answer
                self.state(hid, as_of, False, None, None, f"{why} lacks it on {day} (R1)")
            self.snapshots[scope] = (as_of, set(tasks))


def run(journey):
    j = Journal()
    for step in journey["steps"]:
        tag = step["name"][:2]
        for batch in step["batches"]:
            for record in batch:
                request, as_of = record["request"], when(record.get("pulled_at"))
                parts = urlsplit(request)
                method = parts.path.rstrip("/").rsplit("/", 1)[-1]
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                result = record["body"]["response"]["result"]
                why = f"step {tag} `{unquote(request)}` (pulled {record.get('pulled_at')})"
                if method == "getrules":
                    for sid, student in sorted(result["relations"]["students"].items()):
                        j.class_of[sid] = student["class"]
                    j.children.append((result["id"], sorted(result["relations"]["students"]), why))
                    for name, group in sorted(result["relations"]["groups"].items()):
                        if group.get("rel") == "homeclass":
                            j.teacher = (name, group["hometeacher_name"], why)
                    continue
                first, last = query["days"].split("-")
                if "students" in result:
                    answers = [(sid, s["days"]) for sid, s in sorted(result["students"].items())]
                else:
                    answers = [("class:" + query["class"], result["days"])]
                for who, body_days in answers:
                    pupil = None if who.startswith("class:") else who
                    days = {}
                    for day, body in sorted(body_days.items()):
                        if not first <= day <= last:
                            continue
                        if body.get("alert") == "vacation":
                            j.holidays.setdefault(day, (body.get("holiday_name"), why))  # R7
                        else:
                            j.school_days.add(day)
                        days[day] = {}
                        for item in listed(body.get("items")):
                            days[day].update(tasks_of(item, pupil, pupil is not None))
                            if method == "getdiary" and item.get("grp"):
                                j.groups.setdefault(pupil, {})[item["name"]] = item["grp"]
                        if method == "getdiary":
                            known = j.lessons.get((pupil, day))
                            if known is None or as_of >= known[0]:  # R8, R2
                                j.lessons[(pupil, day)] = (as_of, listed(body.get("items")), why)
                    j.answer(who, method, days, as_of, why)
    return j


def derive(journey):
    j = run(journey)
    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    pupils = sorted(j.class_of)
    for parent, children, why in j.children:
        add("children", f"{why}: relations.students of parent {parent} (A.3 getrules; R9)",
            guardian={"parent": parent}, children=[{"student": s} for s in children])
    name, teacher, why = j.teacher
    add("class_teacher", f"{why}: relations.groups rel=homeclass hometeacher_name (A.3 getrules; R9)",
        **{"class": {"class": name}}, teacher=teacher)

    # homework (R3-R6)
    shown = {p: set() for p in pupils}
    plan = []
    for hid, task in sorted(j.tasks.items()):
        if not task["present"]:
            continue
        d = task["data"]
        if d["individual"]:
            audience = sorted(task["seen_by"])
            rule = f"`individual`: only the pupil whose own answers list it ({', '.join(audience)}; R5)"
        elif d["grp"]:
            audience = [p for p in pupils if j.groups.get(p, {}).get(d["subject"]) == d["grp"]]
            rule = f"subgroup `{d['grp']}` only: {', '.join(audience)} (R5)"
        else:
            audience = pupils
            rule = "a class task: every pupil of the class (R5)"
        plan.append((hid, task, d, audience, rule))
    for hid, task, d, audience, rule in plan:
        files = f"files {d['files']}" if d["files"] else "no files"
        for p in audience:
            key = (d["subject"], " ".join(d["text"].split()).casefold())
            assert key not in shown[p], (p, key)
            shown[p].add(key)
            add("homework", f"task {hid} as {task['why']} leaves it: latest text, day and {files} (A.3 homework, "
                f"files; R1-R4, R6); {rule}", student={"student": p}, subject=d["subject"], text=d["text"],
                date=iso(task["day"]), attachments=d["files"])
    for hid, task, d, audience, rule in plan:
        for p in pupils:
            if p not in audience:
                add("no_homework", f"task {hid} ({task['why']}) is not {p}'s: {rule}", student={"student": p},
                    subject=d["subject"], text=d["text"])
    for hid, task in sorted(j.tasks.items()):
        current = task["data"]["text"] if task["present"] else None
        for text in sorted(set(task["texts"])):
            if text == current:
                continue
            state = f"rewritten as {current!r}" if task["present"] else "withdrawn"
            for p in pupils:
                key = (task["data"]["subject"], " ".join(text.split()).casefold())
                assert key not in shown[p], (p, key)
                add("no_homework", f"task {hid} once {text!r}, {state}: {task['why']} (R1-R3)",
                    student={"student": p}, subject=task["data"]["subject"], text=text)

    # lessons (R8): the lessons with homework or a subgroup
    with_homework = {(task["day"], d["subject"], d["grp"]) for _, task, d, _, _ in plan}
    for (pupil, day), (_, items, why) in sorted(j.lessons.items()):
        for item in items:
            grp = item.get("grp") or None
            if (day, item["name"], grp) not in with_homework and not grp:
                continue
            add("lesson", f"{why}: lesson item {item['num']} of {day} (A.3 Lesson item; R8)",
                student={"student": pupil}, date=iso(day), number=int(item["num"]), subject=item["name"],
                topic=item.get("topic"), teacher=item.get("teacher"), room=item.get("room"),
                starts_at=(item.get("starttime") or "")[:5] or None, ends_at=(item.get("endtime") or "")[:5] or None,
                group_label=grp)

    # holidays (R7)
    for day, (name, why) in sorted(j.holidays.items()):
        for p in pupils:
            add("holiday", f"{why}: day {day} alert=vacation holiday_name (A.3 Day, A.5 E2; R7): the class's, once",
                student={"student": p}, date=iso(day), name=name, once=True)
    around = [max(d for d in j.school_days if d < min(j.holidays)), min(d for d in j.school_days
                                                                         if d > max(j.holidays))]
    for day in around:
        for p in pupils:
            add("no_holiday", f"day {day} is a school day with lessons in every answer that lists it (R7)",
                student={"student": p}, date=iso(day), name=next(iter(j.holidays.values()))[0])
    return facts


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    facts = derive(journey)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts)


if __name__ == "__main__":
    main()
