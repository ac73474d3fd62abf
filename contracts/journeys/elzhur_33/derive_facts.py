"""Derives facts.json of elzhur_33 from journey.json. Standard library only; deterministic; never imports the hub.

It replays the records in delivery order (steps, batches, records) by the rules below and writes what a parent must
see at the end. Sections are those of shared/reference/elzhur_mesh.md (Part A); "README" is the hub's public README.

 R0 A failed call states nothing and deletes nothing: an envelope whose `state` is not 200 or whose `error` is set
    (A.1 "the failure case": `state` 400, a Russian `error`, `result` {}; A.5 E6) is no answer about any day, however
    its `result` looks. The same holds when it is delivered again (an outbox replay).
 R1 A record that breaks the reference's types is rejected whole: nothing of it is taken and it deletes nothing
    (README "Ingest": a record is rejected with every error as a pointer; records are independent, so its
    neighbours in the batch land). Checked here: every Day key is `YYYYMMDD` equal to its `name` (A.3 Day, A.4),
    every mark `date` is a calendar date `YYYY-MM-DD` (A.3 Assessment: BetterJournal's `z.iso.date()`; A.4). A MySQL
    zero date `0000-00-00` is not one. The integrator's corrected re-send is an ordinary answer.
 R2 getdiary with `days=A-B` holds each day of A..B whole for its pupil (A.1 "Date range param", A.2 getdiary, A.3
    Day: `days[YYYYMMDD]` → `items`): the lessons the pupil has that day, their marks and absences (`assessments`)
    and homework. Whatever the pupil's diary showed on such a day that the answer lacks is gone as of its pull. A day
    of the range the answer does not list (a weekend here, `days: []` when there is none) has no lessons; in this
    journey such days never held anything, so no fact depends on that reading (README of the corpus, assumptions).
 R3 getmarks with `days=A-B` is the pupil's whole list of marks (and absence pseudo-marks) dated within A..B (A.2
    getmarks, A.3 SubjectMarks: `marks[]` with their own `date`): a mark of the pupil dated in the range that the
    answer lacks is gone as of its pull, whichever answer brought it. An empty `lessons: []` deletes only what was
    dated inside its range (here: nothing).
 R4 The later pull is the truth (`pulled_at`; README "Time is data: the latest pull wins"): an answer pulled before
    the last answer taken for the same pupil, method and day changes nothing of that day; per item, a statement or a
    deletion pulled before the item's latest known state changes nothing. So a retry (the same answer again, also
    twice in one batch) changes nothing, and an outbox replay of an older answer delivered after a newer one brings
    back no deleted lesson, mark, absence or old homework text.
 R5 A mark is named by pupil, `lesson_id` and `nm` (A.3 Assessment `lesson_id`, `nm`), the same in getdiary and
    getmarks: a mark changed by the teacher keeps its place and shows its new value, comment, weight and work type
    (getdiary `control_type` = getmarks `mtype.type`, A.3; weight: `weight_float`, a number or numeric string, else
    `weight`). The old value is shown no more.
 R6 `н` / `Н` (absent) and `оп` / `ОП` (late) are attendance pseudo-marks (`count` false, `convert` 0; A.3 Absent,
    A.6), shown as attendance, not as marks; one the later pull lacks was taken back: the pupil was there.
 R7 A lesson item (A.3 Lesson item) gives the lesson's number, subject, topic, teacher and room; `starttime` and
    `endtime` come only with `rings` (A.3): an answer without `rings` states no times and erases none, so a
    lesson's times are those of the latest answer that had them. A lesson with `grp` is its subgroup's (A.3 `grp`):
    only its pupils' diaries hold it, and another group's pupil's diary lacking it says nothing about it.
 R8 Homework is the lesson item's `homework` map (A.3 `{hwId: {id, value, individual}}`, an empty map possibly sent
    as `[]` like any PHP empty map, A.1 / A.3 "object or array"), shown under the lesson's day; `files[].toid` names
    the task a file belongs to (A.3 files).
 R9 getrules: a parent's `relations.students` are their children, `relations.groups` `rel: homeclass` names the
    class teacher (`hometeacher_name`) (A.3 getrules). getperiods: a dated period's `start`/`end` (A.3 Period, A.4).

Which facts (the theme is that nothing valid is lost and nothing stale survives):
 * every mark, absence and taken-back absence of every pupil; for every value a pupil's answers once showed and the
   end state no longer holds (changed, deleted, or an absence pseudo-mark), a `no_mark`;
 * every lesson once, in the diary of the first pupil (by id) who has it, and every lesson and homework of a pupil on
   each day at risk of being lost for that pupil: a day of a rejected or failed getdiary call of his, and a day his
   first answer reached the hub a calendar day after his classmates' (the run killed midway); every homework task
   once likewise (an older answer replayed after a newer one can only bring back what is gone: the no_* facts);
 * for every lesson and homework text a pupil's answers once showed and the end state no longer holds, a
   `no_lesson` / `no_homework` for that pupil; the children, class teacher and dated periods.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def span_days(first: str, last: str) -> list[str]:
    out, d = [], date.fromisoformat(iso(first))
    end = date.fromisoformat(iso(last))
    while d <= end:
        out.append(d.strftime("%Y%m%d"))
        d = date.fromordinal(d.toordinal() + 1)
    return out


def as_list(value):
    if isinstance(value, dict):
        return list(value.values())
    return list(value or [])


def parse(record):
    """(method, pupil, days, rings) from the request (A.1: `student`, `days`, `rings`)."""
    request = record["request"]
    method = request.split("?")[0].rsplit("/", 1)[-1]
    query = dict(p.split("=", 1) for p in request.split("?", 1)[1].split("&")) if "?" in request else {}
    days = span_days(*query["days"].split("-")) if "days" in query else []
    return method, query.get("student"), days, "rings" in query


def failed(body) -> bool:
    response = body.get("response") if isinstance(body, dict) else None
    return not isinstance(response, dict) or response.get("state") != 200 or response.get("error") is not None


def malformed(method, result) -> list[str]:
    """R1: the reference's types this corpus relies on."""
    problems = []
    students = result.get("students") or {}
    if isinstance(students, list):  # A.1: `students` as an object keyed by id or as an array
        students = {str(s.get("name")): s for s in students}
    for pupil, student in students.items():
        if method == "getdiary":
            listed = student.get("days") or {}
            for key, day in (listed.items() if isinstance(listed, dict) else []):
                if not re.fullmatch(r"\d{8}", key) or day.get("name") != key:
                    problems.append(f"/students/{pupil}/days/{key}")
                for item in as_list(day.get("items")):
                    for mark in item.get("assessments") or []:
                        try:
                            date.fromisoformat(mark["date"])
                        except ValueError:
                            problems.append(f"day {key} lesson {item.get('lesson_id')} mark date {mark['date']!r}")
        if method == "getmarks":
            for subject in as_list(student.get("lessons")):
                for mark in subject.get("marks") or []:
                    try:
                        date.fromisoformat(mark["date"])
                    except ValueError:
                        problems.append(f"{subject['name']} mark date {mark['date']!r}")
    return problems


def weight_of(mark):
    raw = mark.get("weight_float")
    if raw in (None, ""):
        raw = mark.get("weight")
    number = float(raw)
    return int(number) if number == int(number) else number


class Journal:
    """What the parent sees, item by item (R2-R8)."""

    def __init__(self):
        self.items = {}      # key -> {"as_of", "present", "data", "why"}
        self.scopes = {}     # (pupil, method, day) -> as_of of the last answer taken
        self.times = {}      # (lesson_id, pupil) -> (as_of, start, end)
        self.ever = {}       # key -> [data, ...] every state an answer showed
        self.first_seen = {}  # (pupil, day) -> as_of of the pupil's first answer holding lessons that day

    def state(self, key, as_of, present, data, why):
        item = self.items.get(key)
        if present:  # every state an answer showed, also one too old to count (for the no_* facts)
            self.ever.setdefault(key, []).append(data)
        if item is not None and as_of < item["as_of"]:
            return  # R4
        self.items[key] = {"as_of": as_of, "present": present, "data": data if present else item["data"],
                           "why": why}

    def held(self, pupil, day, kinds):
        for key, item in self.items.items():
            d = item["data"]
            if item["present"] and d["pupil"] == pupil and d["kind"] in kinds and d["day"] == day:
                yield key

    def answer(self, pupil, method, stated_by_day, as_of, why):
        kinds = ("lesson", "mark", "homework") if method == "getdiary" else ("mark",)
        for day, stated in sorted(stated_by_day.items()):
            scope = (pupil, method, day)
            if scope in self.scopes and as_of < self.scopes[scope]:
                for key, data in stated.items():  # R4: older than what the day was last read as
                    self.ever.setdefault(key, []).append(data)
                    if key not in self.items:  # never shown: a later pull already lacked it
                        self.items[key] = {"as_of": as_of, "present": False, "data": data,
                                           "why": f"{why}: older than the day's last pull, which lacks it (R4)"}
                continue
            self.scopes[scope] = as_of
            for key, data in stated.items():
                self.state(key, as_of, True, data, why)
            for key in sorted(set(self.held(pupil, day, kinds)) - set(stated)):
                self.state(key, as_of, False, None, f"{why} lacks it (R2/R3)")


def diary_items(pupil, day, item, rings, as_of, journal):
    """Keys and data a getdiary lesson item states (R5-R8)."""
    found = {}
    lid = str(item["lesson_id"])
    subject = item["name"]
    found[f"lesson:{lid}@{pupil}"] = {"kind": "lesson", "pupil": pupil, "day": day, "lesson_id": lid,
                                      "subject": subject, "number": int(item["num"]), "topic": item.get("topic"),
                                      "teacher": item.get("teacher"), "room": item.get("room"),
                                      "grp": item.get("grp")}
    if rings and item.get("starttime"):
        old = journal.times.get((lid, pupil))
        if old is None or as_of >= old[0]:
            journal.times[(lid, pupil)] = (as_of, item["starttime"][:5], item["endtime"][:5])
    files = item.get("files") or []
    if isinstance(files, dict):
        files = files.get("file", [])
    for task in as_list(item.get("homework")):
        attachments = sorted(f["filename"] for f in files if str(f.get("toid")) == str(task["id"]))
        found[f"hw:{task['id']}@{pupil}"] = {"kind": "homework", "pupil": pupil, "day": day, "subject": subject,
                                             "text": task["value"], "attachments": attachments, "lesson_id": lid}
    for mark in item.get("assessments") or []:
        found[f"mark:{pupil}.{lid}.{mark['nm']}"] = mark_data(pupil, day, subject, int(item["num"]), mark,
                                                              mark.get("control_type"))
    return found


def mark_data(pupil, day, subject, number, mark, work_type):
    return {"kind": "mark", "pupil": pupil, "day": day, "subject": subject, "number": number,
            "lesson_id": str(mark["lesson_id"]), "value": mark["value"], "weight": weight_of(mark),
            "counts": bool(mark["count"]), "work_type": work_type or "", "comment": mark.get("comment") or ""}


def run(journey):
    journal, rules, periods, risky, order = Journal(), [], [], {}, 0
    lesson_numbers = {}  # lesson_id -> number (from any answer), for getmarks items
    for step in journey["steps"]:
        tag = step["name"][:2]
        for batch in step["batches"]:
            for record in batch:
                order += 1
                method, pupil, days, rings = parse(record)
                as_of = datetime.fromisoformat(record["pulled_at"])
                why = f"step {tag} `{record['request']}` pulled {record['pulled_at']}"
                if failed(record["body"]):  # R0
                    if method == "getdiary":
                        for day in days:
                            risky.setdefault((pupil, day), f"{why}: a failed call (state "
                                             f"{record['body']['response']['state']}) deletes nothing (R0)")
                    continue
                result = record["body"]["response"]["result"]
                problems = malformed(method, result)
                if problems:  # R1
                    for day in days:
                        risky.setdefault((pupil, day), f"{why}: rejected ({'; '.join(problems)}), deletes "
                                         "nothing; its corrected re-send is the answer (R1)")
                    continue
                if method == "getrules":
                    rules.append((result, why))
                    continue
                if method == "getperiods":
                    periods.append((result, why))
                    continue
                students = result.get("students") or {}
                if isinstance(students, list):
                    students = {s["name"]: s for s in students}
                student = students.get(pupil) or {"days": {}, "lessons": []}
                if method == "getdiary":
                    listed = student.get("days") or {}
                    stated = {}
                    for day in days:
                        stated[day] = {}
                        body = listed.get(day) if isinstance(listed, dict) else None
                        for item in as_list((body or {}).get("items")):
                            lesson_numbers[str(item["lesson_id"])] = int(item["num"])
                            stated[day].update(diary_items(pupil, day, item, rings, as_of, journal))
                        if stated[day]:
                            journal.first_seen.setdefault((pupil, day), (as_of, why))
                    journal.answer(pupil, method, stated, as_of, why)
                elif method == "getmarks":
                    stated = {day: {} for day in days}
                    for subject in as_list(student.get("lessons")):
                        for mark in subject.get("marks") or []:
                            day = mark["date"].replace("-", "")
                            if day not in stated:
                                continue
                            key = f"mark:{pupil}.{mark['lesson_id']}.{mark['nm']}"
                            stated[day][key] = mark_data(pupil, day, subject["name"],
                                                         lesson_numbers.get(str(mark["lesson_id"])), mark,
                                                         (mark.get("mtype") or {}).get("type"))
                    journal.answer(pupil, method, stated, as_of, why)
    # a pupil's day reached the hub a calendar day after his classmates' (the run killed midway)
    by_day = {}
    for (pupil, day), (as_of, why) in journal.first_seen.items():
        by_day.setdefault(day, []).append((as_of, pupil, why))
    for day, seen in by_day.items():
        earliest = min(a for a, _, _ in seen).date()
        for as_of, pupil, why in seen:
            if as_of.date() > earliest:
                risky.setdefault((pupil, day), f"{why}: the pupil's first answer of the day came a day after his "
                                 "classmates' (the run was killed midway)")
    return journal, rules, periods, risky


def derive(journey):
    journal, rules, periods, risky = run(journey)
    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    for result, why in rules:
        children = [{"student": s} for s in sorted(result["relations"]["students"])]
        add("children", f"{why}: relations.students of parent {result['id']} (A.3 getrules; R9)",
            guardian={"parent": result["id"]}, children=children)
    result, why = rules[0]
    for name, group in sorted(result["relations"]["groups"].items()):
        if group.get("rel") == "homeclass":
            add("class_teacher", f"{why}: relations.groups[{name}] rel=homeclass, hometeacher_name (A.3 getrules; R9)",
                **{"class": {"class": name}}, teacher=group["hometeacher_name"])
    result, why = periods[0]
    for p in result["students"][0]["periods"]:
        if p["start"] and p["end"]:
            add("period", f"{why}: period {p['name']} «{p['fullname']}» start/end YYYYMMDD (A.3 Period, A.4; R9)",
                name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    items = sorted(journal.items.items())
    present = [(k, v) for k, v in items if v["present"]]
    pupils = sorted({v["data"]["pupil"] for _, v in items})

    # lessons: once each (first pupil who has it), and every lesson of a pupil's risky days
    chosen = set()
    for key, item in present:
        d = item["data"]
        if d["kind"] != "lesson":
            continue
        holders = sorted(v["data"]["pupil"] for k, v in present if v["data"]["kind"] == "lesson"
                         and v["data"]["lesson_id"] == d["lesson_id"])
        reason = risky.get((d["pupil"], d["day"]))
        if d["pupil"] != holders[0] and reason is None:
            continue
        chosen.add((d["pupil"], d["day"]))
        times = journal.times.get((d["lesson_id"], d["pupil"]))
        extra = {"starts_at": times[1], "ends_at": times[2]} if times else {}
        note = f"; day at risk: {reason}" if reason else ""
        add("lesson", f"{item['why']}: lesson {d['lesson_id']} of {d['day']} as the latest pull gives it "
            f"(A.3 Lesson item; R2, R4, R7){' with times of the latest rings answer' if times else ', no rings answer gave times'}{note}",
            student={"student": d["pupil"]}, date=iso(d["day"]), number=d["number"], subject=d["subject"],
            topic=d["topic"], teacher=d["teacher"], room=d["room"], **extra)

    # marks and attendance
    shown = set()
    for key, item in present:
        d = item["data"]
        if d["kind"] != "mark":
            continue
        if d["value"] in ABSENCE:
            add("attendance", f"{item['why']}: {key} `{d['value']}` (A.3 Absent, A.6; R6)",
                student={"student": d["pupil"]}, date=iso(d["day"]), subject=d["subject"], number=d["number"],
                code=d["value"], meaning=ABSENCE[d["value"]])
            continue
        extra = {"comment": d["comment"]} if d["comment"] else {}
        add("mark", f"{item['why']}: {key} as the latest pull leaves it (A.3 Assessment / SubjectMarks; R4, R5)",
            student={"student": d["pupil"]}, date=iso(d["day"]), subject=d["subject"], value=d["value"],
            weight=d["weight"], counts=d["counts"], work_type=d["work_type"], **extra)
        shown.add((d["pupil"], d["day"], d["subject"], d["value"]))
    absent_shown = {(v["data"]["pupil"], v["data"]["day"], v["data"]["lesson_id"]) for k, v in present
                    if v["data"]["kind"] == "mark" and v["data"]["value"] in ABSENCE}
    for key, item in items:
        if not key.startswith("mark:"):
            continue
        now = item["data"] if item["present"] else None
        for old in journal.ever.get(key, []):
            tag = (old["pupil"], old["day"], old["subject"], old["value"])
            if tag in shown:
                continue
            shown.add(tag)
            state = "deleted" if now is None else f"now {now['value']!r}"
            if old["value"] in ABSENCE:
                add("no_mark", f"{key} `{old['value']}` is an attendance pseudo-mark, not a mark (A.3 Absent, A.6; "
                    f"R6); {state}", student={"student": old["pupil"]}, date=iso(old["day"]),
                    subject=old["subject"], value=old["value"])
                if now is None and (old["pupil"], old["day"], old["lesson_id"]) not in absent_shown:
                    add("attendance", f"{key} `{old['value']}` taken back: {item['why']}; the pupil was there (R2, R6)",
                        student={"student": old["pupil"]}, date=iso(old["day"]), subject=old["subject"],
                        number=old["number"], meaning="present")
                continue
            add("no_mark", f"{key} was {old['value']!r}, {state}: {item['why']} (R2-R5)",
                student={"student": old["pupil"]}, date=iso(old["day"]), subject=old["subject"], value=old["value"])

    # homework: each task once (first pupil who has it), and a pupil's tasks on his risky days
    shown_hw = set()
    for key, item in present:
        d = item["data"]
        if d["kind"] != "homework":
            continue
        task = key.split("@")[0]
        holders = sorted(v["data"]["pupil"] for k, v in present if k.split("@")[0] == task)
        reason = risky.get((d["pupil"], d["day"]))
        shown_hw.add((d["pupil"], d["subject"], d["text"]))
        if d["pupil"] != holders[0] and reason is None:
            continue
        note = f"; day at risk: {reason}" if reason else ""
        add("homework", f"{item['why']}: {task} on lesson {d['lesson_id']} of {d['day']} (A.3 homework, files "
            f"toid; R2, R4, R8){note}", student={"student": d["pupil"]}, subject=d["subject"], text=d["text"],
            date=iso(d["day"]), attachments=d["attachments"])

    # what once showed and is gone
    for key, item in items:
        d = item["data"]
        if d["kind"] == "lesson" and not item["present"]:
            add("no_lesson", f"lesson {d['lesson_id']} ({d['subject']}, {d['day']} #{d['number']}) once in the "
                f"pupil's diary; {item['why']} (R2, R4)", student={"student": d["pupil"]}, date=iso(d["day"]),
                subject=d["subject"], number=d["number"])
    for key, item in items:
        if not key.startswith("hw:"):
            continue
        for old in journal.ever.get(key, []):
            tag = (old["pupil"], old["subject"], old["text"])
            if tag in shown_hw:
                continue
            shown_hw.add(tag)
            state = "withdrawn" if not item["present"] else f"now {item['data']['text']!r}"
            add("no_homework", f"{key.split('@')[0]} once {old['text']!r}, {state}: {item['why']} (R2, R4, R8)",
                student={"student": old["pupil"]}, subject=old["subject"], text=old["text"])
    return facts


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    facts = derive(journey)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for fact in facts:
        kinds[fact["kind"]] = kinds.get(fact["kind"], 0) + 1
    print(len(facts), "facts", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
