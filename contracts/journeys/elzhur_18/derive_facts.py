"""Derives facts.json of elzhur_18 from journey.json. Standard library only; deterministic; never imports the hub.

Rules (from shared/reference/elzhur_mesh.md and the hub README's documented envelope):
 R1 getdiary / gethomework answers hold each day of their `days` range whole (A.1, A.3 Day): per pupil, method and
    day, an item the previous answer held that the answer lacks is gone (deletion by omission).
 R2 the latest pull wins whatever the arrival order (README "Time is data"): an answer pulled before the one the
    scope (pupil, method, day) last took neither deletes nor adds; per item, a statement or deletion pulled
    before the item's latest known state changes nothing.
 R3 the deletion notice `{"method": "deletion", "deleted": {...}}` deletes the item it names, as of its
    `pulled_at` when it has one (then an older answer delivered later brings nothing back), else in arrival order:
    a later-arriving answer states the item again (README "Time is data", "A fact removed and stated again").
 R4 a mark's id is <pupil>.<lesson_id>.<nm> (README "The vendor adapters"): a mark deleted and another given in
    its place is the same fact with a new value. Homework is named by its `id` (A.3 homework).
 R5 `files[].toid` = the homework id the file belongs to (A.3 files); a file without `toid` (the array without it,
    or the older `{"file": [...]}` form, A.3 / A.5 E5) belongs to the lesson's homework as a whole: every task.
 R6 `н` / `оп` are attendance pseudo-marks (A.3 Absent, A.6), shown as attendance, not as marks.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def when(value):
    return None if value is None else datetime.fromisoformat(value)


class Hub:
    """What a parent must see, per the rules above."""

    def __init__(self):
        self.items = {}      # key -> {"as_of", "present", "data", "why"}
        self.snapshots = {}  # (pupil, method, day) -> (as_of, member keys)
        self.texts = {}      # homework id -> every text it ever had (for no_homework)
        self.ever = {}       # mark key -> every data it ever had
        self.lessons = {}    # lesson_id -> (as_of, data, why): a lesson is the class's, one per id (A.3 lesson_id)

    def state(self, key, as_of, present, data, why):
        item = self.items.get(key)
        if item is not None and item["as_of"] is not None and as_of is not None and as_of < item["as_of"]:
            return  # R2: older than what is known of it
        if present and item is not None and not item["present"] and item["as_of"] is None:
            why += ("; stated again after an undated deletion notice: an undated notice applies in arrival order, "
                    "so a retry delivered after it states the record again (README \"Time is data\"; R3)")
        if present and item is not None and data is None:
            data = item["data"]
        self.items[key] = {"as_of": as_of, "present": present, "data": data if data is not None else
                           (item or {}).get("data"), "why": why}

    def answer(self, pupil, method, days, as_of, why):
        """days: {YYYYMMDD: {key: data}}"""
        for day, stated in days.items():
            scope = (pupil, method, day)
            old = self.snapshots.get(scope)
            if old is not None and old[0] is not None and as_of is not None and as_of < old[0]:
                continue  # R2
            for key, data in stated.items():
                self.state(key, as_of, True, data, why)
                if key.startswith("lesson:"):
                    lid, last = key.split(":")[1], self.lessons.get(key.split(":")[1])
                    if last is None or last[0] is None or as_of is None or as_of >= last[0]:
                        self.lessons[lid] = (as_of, data, why)
                if key.startswith("hw:"):
                    self.texts.setdefault(key, []).append(data["text"])
                else:
                    self.ever.setdefault(key, []).append(data)
            for key in sorted((old[1] if old else set()) - set(stated)):
                self.state(key, as_of, False, None, why + " lacks it (R1)")
            self.snapshots[scope] = (as_of, set(stated))


def lesson_keys(pupil, day, item, with_lesson=True):
    found = {}
    lid = str(item.get("lesson_id", ""))
    subject = item["name"]
    homework = item.get("homework") or {}
    homework = homework.values() if isinstance(homework, dict) else homework
    files = item.get("files") or []
    if isinstance(files, dict):
        files = files.get("file", [])
    task_ids = [str(h["id"]) for h in homework]
    attached = {t: [] for t in task_ids}
    for f in files:
        targets = [str(f["toid"])] if f.get("toid") is not None else task_ids  # R5
        for t in targets:
            attached.setdefault(t, []).append(f["filename"])
    for h in homework:
        found[f"hw:{h['id']}"] = {"kind": "homework", "pupil": pupil, "day": day, "subject": subject,
                                  "text": h["value"], "attachments": attached.get(str(h["id"]), []),
                                  "toid": any(f.get("toid") is not None for f in files)}
    if with_lesson:
        found[f"lesson:{lid}:{pupil}"] = {"kind": "lesson", "pupil": pupil, "day": day, "subject": subject,
                                          "number": int(item["num"]), "topic": item.get("topic"),
                                          "teacher": item.get("teacher"), "room": item.get("room"),
                                          "starts_at": (item.get("starttime") or "")[:5] or None,
                                          "ends_at": (item.get("endtime") or "")[:5] or None}
        for a in item.get("assessments") or []:
            found[f"mark:{pupil}.{lid}.{a['nm']}"] = {"kind": "mark", "pupil": pupil, "day": day,
                                                       "subject": subject, "number": int(item["num"]), **a}
    return found


def items_of(day_body):
    items = day_body.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def run(journey):
    hub, rules, periods = Hub(), [], []
    for step in journey["steps"]:
        tag = step["name"][:2]
        for batch in step["batches"]:
            for record in batch:
                as_of = when(record.get("pulled_at"))
                if record.get("method") == "deletion":
                    d = record["deleted"]
                    key = {"mark": lambda: f"mark:{d['student']}.{d['lesson_id']}.{d['nm']}",
                           "attendance": lambda: f"mark:{d['student']}.{d['lesson_id']}.{d['nm']}",
                           "homework": lambda: f"hw:{d['homework_id']}"}[d["kind"]]()
                    dated = f"pulled {record['pulled_at']}" if as_of else "undated: arrival order"
                    hub.state(key, as_of, False, None, f"step {tag} deletion notice of {key} ({dated}; R3)")
                    continue
                request = record["request"]
                method = request.split("?")[0].rsplit("/", 1)[-1]
                result = record["body"]["response"]["result"]
                why = f"step {tag} `{request}` (pulled {record.get('pulled_at')})"
                if method == "getrules":
                    rules.append((result, why))
                elif method == "getperiods":
                    periods.append((result, why))
                elif method in ("getdiary", "gethomework"):
                    span = re.search(r"days=(\d{8})-(\d{8})", request).groups()
                    for pupil, student in result["students"].items():
                        days = {}
                        for day, body in student["days"].items():
                            if not span[0] <= day <= span[1]:
                                continue
                            stated = {}
                            for item in items_of(body):
                                stated.update(lesson_keys(pupil, day, item, method == "getdiary"))
                            days[day] = stated
                        hub.answer(pupil, method, days, as_of, why)
    return hub, rules, periods


def derive(journey):
    hub, rules, periods = run(journey)
    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    for result, why in rules:
        children = [{"student": s} for s in sorted(result["relations"]["students"])]
        add("children", f"{why}: relations.students of parent {result['id']} (A.3 getrules)",
            guardian={"parent": result["id"]}, children=children)
    for name, group in sorted(rules[0][0]["relations"]["groups"].items()):
        add("class_teacher", f"{rules[0][1]}: relations.groups rel=homeclass hometeacher_name (A.3 getrules)",
            **{"class": {"class": name}}, teacher=group["hometeacher_name"])
    result, why = periods[0]
    for p in result["students"][0]["periods"]:
        if p["start"] and p["end"]:
            add("period", f"{why}: period {p['name']} ({p['fullname']}) start/end YYYYMMDD (A.3 Period, A.4)",
                name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    items = sorted(hub.items.items())
    present = [(k, v) for k, v in items if v["present"]]
    for key, item in present:
        d = item["data"]
        if d["kind"] == "lesson":
            _, latest, why = hub.lessons[key.split(":")[1]]
            d = {**latest, "pupil": d["pupil"]}
            add("lesson", f"{why}: lesson item of day {d['day']} as the latest pull gives it (A.3 Lesson "
                "item; R2)", student={"student": d["pupil"]}, date=iso(d["day"]), number=d["number"],
                subject=d["subject"], topic=d["topic"], teacher=d["teacher"], room=d["room"],
                starts_at=d["starts_at"], ends_at=d["ends_at"])
    shown_marks = {(v["data"]["pupil"], v["data"]["date"], v["data"]["subject"], v["data"]["value"])
                   for k, v in present if v["data"]["kind"] == "mark"}
    absent_lessons = {(v["data"]["pupil"], v["data"]["day"], v["data"]["number"]) for k, v in present
                      if v["data"]["kind"] == "mark" and v["data"]["value"] in ABSENCE}
    for key, item in present:
        d = item["data"]
        if d["kind"] != "mark":
            continue
        if d["value"] in ABSENCE:
            add("attendance", f"{item['why']}: {key} `{d['value']}` count=false (A.3 Absent, A.6; R6)",
                student={"student": d["pupil"]}, date=iso(d["day"]), subject=d["subject"], number=d["number"],
                code=d["value"], meaning=ABSENCE[d["value"]])
            add("no_mark", f"{item['why']}: `{d['value']}` is an attendance pseudo-mark, not a mark (A.3 Absent; R6)",
                student={"student": d["pupil"]}, date=d["date"], subject=d["subject"], value=d["value"])
            continue
        extra = {"comment": d["comment"]} if d.get("comment") else {}
        add("mark", f"{item['why']}: {key} as the latest pull or notice leaves it (A.3 Assessment; R2, R4)",
            student={"student": d["pupil"]}, date=d["date"], subject=d["subject"], value=d["value"],
            weight=d["weight"], counts=d["count"], work_type=d["control_type"], **extra)
    for key, item in items:
        for old in hub.ever.get(key, []):
            if old.get("kind") != "mark":
                continue
            if (old["pupil"], old["date"], old["subject"], old["value"]) in shown_marks:
                continue
            if old["value"] in ABSENCE:
                if (old["pupil"], old["day"], old["number"]) in absent_lessons:
                    continue
                add("attendance", f"{item['why']}; {key} `{old['value']}` was taken back: the pupil was there "
                    "(R1-R3, R6)", student={"student": old["pupil"]}, date=iso(old["day"]), subject=old["subject"],
                    number=old["number"], meaning="present")
                absent_lessons.add((old["pupil"], old["day"], old["number"]))
            else:
                add("no_mark", f"{key} was `{old['value']}`; {item['why'] if not item['present'] else 'now ' + repr(item['data']['value'])} (R1-R4)",
                    student={"student": old["pupil"]}, date=old["date"], subject=old["subject"], value=old["value"])
                shown_marks.add((old["pupil"], old["date"], old["subject"], old["value"]))
    shown_hw = set()
    for key, item in present:
        d = item["data"]
        if d["kind"] != "homework":
            continue
        for pupil in sorted({k.split(":")[2] for k in hub.items if k.startswith("lesson:")}):
            # homework is the lesson's: every pupil whose diary held that lesson that day sees it (A.3)
            if not any(v["present"] and v["data"]["kind"] == "lesson" and v["data"]["pupil"] == pupil
                       and v["data"]["day"] == d["day"] and v["data"]["subject"] == d["subject"]
                       for v in hub.items.values()):
                continue
            files = "with `toid`" if d["toid"] else "without `toid`: the lesson's files belong to every task"
            add("homework", f"{item['why']}: {key} listed under {d['day']}, files {files} (A.3 homework/files; "
                "R2, R5)", student={"student": pupil}, subject=d["subject"], text=d["text"], date=iso(d["day"]),
                attachments=sorted(d["attachments"]))
            shown_hw.add((pupil, d["subject"], d["text"]))
    for key, item in items:
        if not key.startswith("hw:"):
            continue
        d = item["data"]
        for text in sorted(set(hub.texts.get(key, []))):
            for pupil in sorted({k.split(":")[2] for k in hub.items if k.startswith("lesson:")}):
                if (pupil, d["subject"], text) in shown_hw:
                    continue
                state = "withdrawn" if not item["present"] else f"now {item['data']['text']!r}"
                add("no_homework", f"{key} once {text!r}, {state}: {item['why']} (R1-R4)",
                    student={"student": pupil}, subject=d["subject"], text=text)
                shown_hw.add((pupil, d["subject"], text))
    return facts


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    facts = derive(journey)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
