"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest statement of a thing wins.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the days it
    covers; a pupil's `schedules` day (§0) states its lessons too (flattened shape, §3.4).
R2  A lesson's topic and number are its latest statement; its times are the `hours` of the schedules bundle's
    flattened lesson (§3.4) when one gave them, else the clock of its `date` and the end of its number's bell item
    (§3.14) on the weekdays the item lists (`DaysOfWeek`); its room is the bundle's `place`.
R3  A holiday is a `holidays` entry of the group's `reporting-period-group` (§3.12), every day from `dateStart` to
    `dateFinish`; a weekday holiday in term (11-04) shows none of the lessons that weekday has in the nearest pulled
    week (no_lesson).
R4  A mark (§3.1) is shown on its lesson's day with the standalone work type's title and weight (§3.3) and
    `use_avg_calc`; attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/
    excused, the code the status string.
R5  Homework is a work of `type` "Homework" (§3.2): its `text` (the homework, even "" when the teacher gave files
    only), set at its lesson (`lesson`, the lesson's day and number), due its `targetDate` (§3.2 "Due date for
    homework"). Its latest statement wins (R0), whichever answer gave it: a lesson's `works[]` in a lessons range,
    the homeworks bundle (§3.7), or the work alone (`works/{id}`, §3.2): a due date moved twice is due at the last
    date, with the last text.
R6  A homework's pupils are the persons of its `tasks` (§3.6 "Task = per-student homework"): homework given to the
    pupils absent from the lesson only is theirs; a pupil without a task must not see it (no_homework).
R7  A parent sees a homework on the day it is set, under the lesson of its number ("задано на уроке": homework fact
    with `date` = the lesson's day and `number`), and on the day it is due ("задано на этот урок" / due that day:
    homework fact with `date` = `due` = the `targetDate`), also when that day has no lesson of the subject
    (informatics due on a Thursday), and when it is due after a break (set 10-23, due 11-02/11-03).
R8  A homework's attachments are its `files` ids resolved through the homeworks bundle's `files` list (§3.2, §3.7
    File `name`).
R9  Withdrawn: a lessons answer whose lesson's `works[]` lacks a homework an earlier answer gave it (§3.4: a
    lesson's works), or a later homeworks bundle covering the lesson's day that lacks it, means it was deleted
    (no_homework); a text superseded by a later statement of the same work is no longer shown (no_homework).
R11 A homework has one lesson it was set at and one due date (§3.2 `lesson`, `targetDate`; §3.6 a task's
    `targetDate`): it is listed under no other lesson of its subject between its lesson and its due day, nor under
    the first lesson of its subject after its due day (within a week) (no_homework with the lesson's `number`): not
    at the next biology lesson after the project's defence, not at the physics lessons of its two earlier due
    dates (11-13 #2, 11-18 #3), not at the next informatics lesson after the Thursday it was due.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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

    weights, wt_names, members, children, rpg, bells = {}, {}, {}, {}, {}, {}
    day_lessons = {}  # date -> {lesson id: info}
    lesson_info, hours, rooms = {}, {}, {}
    marks, logs = {}, {}
    hw = {}  # work id -> {"w": latest work, "where", "texts": every text stated, "withdrawn": where or None}
    files = {}
    subj_names = {}

    def see_work(w, where, lid):
        entry = hw.setdefault(w["id_str"], {"texts": [], "dues": []})
        if w["targetDate"][:10] not in entry["dues"]:
            entry["dues"].append(w["targetDate"][:10])
        entry.update(w=w, where=where, lesson=lid, withdrawn=None)
        if w["text"] not in entry["texts"]:
            entry["texts"].append(w["text"])

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                     for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[d] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                lesson_info[lid] = {"date": d, "number": lesson["number"], "subject": lesson["subject"]["name"],
                                    "title": lesson["title"], "clock": lesson["date"][11:16], "where": where}
                day_lessons[d][lid] = lesson_info[lid]
                listed = {w["id_str"] for w in lesson["works"]}
                for wid, e in hw.items():  # R9: the lesson's works are all its works
                    if e["lesson"] == lid and wid not in listed and e["withdrawn"] is None:
                        e["withdrawn"] = where
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        see_work(w, where, lid)
        elif re.fullmatch(r"GET /v2/works/\d+", req):
            see_work(body, where, body["lesson_str"])
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for f in body["files"]:
                files[f["id_str"]] = f["name"]
            listed = {w["id_str"] for w in body["works"]}
            for wid, e in hw.items():
                info = lesson_info.get(e["lesson"])
                if info and a <= info["date"] <= b and wid not in listed and e["withdrawn"] is None:
                    e["withdrawn"] = where
            for w in body["works"]:
                see_work(w, where, w["lesson_str"])
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+",
                               req):
            for day in body["days"]:
                for fl in day["lessons"]:
                    lid = str(fl["id"])
                    if fl.get("hours"):
                        hours[lid] = (fl["hours"], where)
                    if fl.get("place"):
                        rooms[lid] = fl["place"]
                    if lid in lesson_info:
                        lesson_info[lid].update(title=fl["title"], number=fl["number"])

    group = next(iter(members))
    pupils = members[group]
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    artem, polina = "1000012590701", "1000012590702"
    key_days = {dt.date(2026, 9, 15), dt.date(2026, 10, 6), dt.date(2026, 10, 8),
                dt.date(2026, 10, 17), dt.date(2026, 10, 23), dt.date(2026, 11, 3), dt.date(2026, 11, 4),
                dt.date(2026, 11, 11), dt.date(2026, 11, 13), dt.date(2026, 11, 20)}
    watched = {artem: None, polina: key_days}

    def looks(p, d):
        return watched[p] is None or d in watched[p]

    # R1/R2 lessons
    for p in watched:
        for d, ls in sorted(day_lessons.items()):
            if not looks(p, d):
                continue
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R1/R2 lesson {lid} of {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    bell = bells.get((DAYNAMES[d.weekday()], info["number"]))
                    fact.update(starts_at=info["clock"], ends_at=bell[1] if bell else None)
                    why += f"; bells #{info['number']} on {DAYNAMES[d.weekday()]}"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                    why += f"; place «{rooms[lid]}» of the schedules bundle"
                add("lesson", why, **fact)
    # R3 holidays and the lessons a weekday holiday has not
    body, where = rpg[group]
    pulled_days = sorted(day_lessons)
    first, last = pulled_days[0], pulled_days[-1]
    for h in body["holidays"]:
        a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
        for d in days(max(a, first), min(b, last)):
            for p in watched:
                if not looks(p, d) and not (a <= d <= b and p == artem):
                    continue
                add("holiday", f"R3 «{h['name']}» {h['dateStart'][:10]}..{h['dateFinish'][:10]} of {where}",
                    student={"person": p}, date=str(d), name=h["name"], once=True)
                if d.weekday() < 5:
                    near = sorted((x for x in pulled_days if x.weekday() == d.weekday() and day_lessons[x]),
                                  key=lambda x: (abs((x - d).days), x))
                    if near:
                        for info in sorted(day_lessons[near[0]].values(), key=lambda i: i["number"]):
                            add("no_lesson", f"R3 {d} is «{h['name']}»; {info['subject']} #{info['number']} is the "
                                             f"weekday's lesson on {near[0]}", student={"person": p}, date=str(d),
                                number=info["number"], subject=info["subject"])
    # R4 marks and attendance
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        info = lesson_info.get(mk["lesson_str"])
        p = mk["person_str"]
        if p not in watched or info is None or not looks(p, info["date"]):
            continue
        wt = str(mk["workType"])
        add("mark", f"R4 mark {mid} of {where} on lesson {mk['lesson_str']} (#{info['number']}, {info['date']}); "
                    f"work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lesson_info.get(lid)
        if p not in watched or info is None or not looks(p, info["date"]):
            continue
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    # R5-R9 homework
    for wid, e in sorted(hw.items()):
        w, info = e["w"], lesson_info[e["lesson"]]
        subject = subj_names[str(w["subjectId"])]
        due = w["targetDate"][:10]
        assignees = [t["person_str"] for t in w["tasks"]] or pupils
        for p in watched:
            if e["withdrawn"]:
                add("no_homework", f"R9 Homework work {wid} set at {info['date']} #{info['number']} (latest of "
                                   f"{e['where']}) is lacked by {e['withdrawn']}: deleted",
                    student={"person": p}, subject=subject, text=w["text"])
                continue
            for old in e["texts"]:
                if old != w["text"]:
                    add("no_homework", f"R9 work {wid}'s text «{old}» was superseded by «{w['text']}» "
                                       f"({e['where']})", student={"person": p}, subject=subject, text=old)
            if p not in assignees:
                add("no_homework", f"R6 Homework work {wid} (latest of {e['where']}) has tasks for "
                                   f"{assignees} only, not {p}", student={"person": p}, subject=subject,
                    text=w["text"])
                continue
            extra = {}
            if w["files"]:
                extra["attachments"] = [files[str(f)] for f in w["files"]]
            base = f"R5 Homework work {wid} (latest of {e['where']}), task of {p} (R6)"
            set_day, due_day = info["date"], dt.date.fromisoformat(due)
            after = [(d, lid) for d in sorted(day_lessons) if due_day < d <= due_day + dt.timedelta(days=7)
                     for lid, o in sorted(day_lessons[d].items(), key=lambda x: x[1]["number"]) if o["subject"] == subject]
            for d in sorted(day_lessons):  # R11: under no other lesson of its subject
                if set_day < d < due_day or (after and d == after[0][0]):
                    for lid, other in sorted(day_lessons[d].items()):
                        if other["subject"] == subject and (d < due_day or lid == after[0][1]):
                            add("no_homework", f"R11 Homework work {wid} set {set_day}, due {due} (latest of "
                                               f"{e['where']}; due dates stated: {e['dues']}): lesson {lid} of "
                                               f"{d} #{other['number']} is neither its lesson nor on its due day",
                                student={"person": p}, subject=subject, text=w["text"], date=str(d),
                                number=other["number"])
            if looks(p, info["date"]) or p == polina:
                add("homework", base + f"; R7 set at lesson {e['lesson']} ({info['date']} #{info['number']})"
                    + ("; R8 files of the homeworks bundle" if extra else ""),
                    student={"person": p}, subject=subject, text=w["text"], date=str(info["date"]),
                    number=info["number"], due=due, **extra)
                add("homework", base + f"; R7 due {due}: shown on the day it is due",
                    student={"person": p}, subject=subject, text=w["text"], date=due, due=due, **extra)
    # R10 periods, children
    for rp in body["reportingPeriods"]:
        add("period", f"R10 {where}", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R10 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
