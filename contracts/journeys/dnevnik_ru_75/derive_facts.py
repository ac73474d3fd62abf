"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`), whatever order they were delivered in: an answer is the journal
    as of its pull, so a retry of an older answer delivered late says nothing newer (the hub's documented rule).
R1  A lesson (§3.4) is one entity with one id: its latest statement (a group's lessons range or `lessons/{id}`)
    gives its day, number, subject and topic. A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4,
    §7) is the whole list of every day it covers: a lesson the journal held on a covered day that the answer lacks
    was deleted (a lesson created by mistake, a lesson deleted to be created again under a new id, a cancelled
    lesson). A lesson moved to another day leaves its old day. A deleted lesson is no lesson of the diary
    (no_lesson), and neither is any (day, number, subject) an answer placed a lesson at that no present lesson holds.
R2  A lesson the journal holds is not cancelled (no answer says so: §3.4 `status` is only Planned/Conducted
    here, and a moved lesson is the same lesson on its new day). Its start is the clock of its `date` (§2: local wall clock, no offset); its end is the `Finish` of its
    number's bell item (§3.14, `edu-groups/{g}/timetables`, on the weekdays the item lists).
R3  A mark (§3.1) hangs on its lesson (`lesson`) and is shown there, on the lesson's current day and number, not
    on its own `date` (a mark re-entered on Tuesday for Monday's lesson is Monday's). Its weight and work-type name
    are the standalone work type's (§3.3); `counts` is its `use_avg_calc`. A group's marks range is the whole list
    of the marks it covers: a mark the journal held whose lesson's day and own date both lie in the range and that
    the answer lacks was deleted (§3.1 does not say which date a range selects by, so only a range covering both
    speaks for it); `lessons/{l}/marks` is the whole list of lesson l's marks. A mark of a deleted lesson is gone
    (§3.1: `lesson`, `work` name what it belongs to). A mark once shown at a (day, subject) that no present mark of
    the pupil holds: no_mark there (with its value when the pupil has another mark there).
R4  A log entry (§3.5) is identified by (lesson, person) and shown on its lesson (it moves with the lesson).
    `lessons/{l}/log-entries` is lesson l's whole log; a group's log range (`lesson-log-entries/group/{g}?from&to`)
    is the whole log of the lessons dated on the days it covers (a range pulled after a lesson moved out of it
    says nothing of that lesson's log). An entry of a deleted lesson is gone. Attend/Absent/Ill/Late/Pass ->
    present/absent/ill/late/excused (§6); the code is the status string.
R5  Homework (§3.2 `Homework` works, §3.7): a work's latest statement (a lesson's `works[]`, `works?lesson=`, a
    homeworks bundle) gives its lesson (`lesson`), text and due date (`targetDate`); it is shown at its lesson
    (day and number) and due on `targetDate`. A work moved to another lesson (same id, new `lesson`) leaves the old
    one; a work of a deleted lesson, or one a homeworks range covering both its lesson's day and its due date
    lacks, is gone (no_homework: by text when it is gone, by the old lesson's day and number when it moved).
R6  Children from the parents' `users/{u}/context` (§3.9); periods from `reporting-period-group` (§3.12).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
# who the facts look at: Дарья and Тимур every day, Ксения on the days the journal changed
WATCHED = {"1000012750101": None, "1000012750102": None,
           "2260325488575300103": {"2026-11-16", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-24",
                                   "2026-11-26"}}


def days(a, b):
    d = dt.date.fromisoformat(a)
    while d <= dt.date.fromisoformat(b):
        yield str(d)
        d += dt.timedelta(days=1)


def looks(p, day):
    return p in WATCHED and (WATCHED[p] is None or day in WATCHED[p])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))  # R0

    weights, wt_names, bells, children, periods = {}, {}, {}, {}, {}
    lessons = {}  # id -> info or None (deleted)
    placements = {}  # (day, number, subject) -> (lesson id, where) every placement any answer gave
    marks = {}  # id -> (mark, where) or None
    mark_places = {}  # (person, day, subject) -> [(mark id, value, where)]
    logs = {}  # (lesson, person) -> (entry, where) or None
    works = {}  # homework work id -> {"lesson", "due", "text", "subject", "where"} or None
    work_places = {}  # work id -> {(day, number)}
    subjects = {}

    def state_lesson(l, where):
        lid = l["id_str"]
        subjects[str(l["subject"]["id_str"])] = l["subject"]["name"]
        info = {"id": lid, "day": l["date"][:10], "clock": l["date"][11:16], "number": l["number"],
                "subject": l["subject"]["name"], "title": l["title"], "where": where}
        lessons[lid] = info
        placements.setdefault((info["day"], info["number"], info["subject"]), (lid, where))
        for w in l["works"]:
            state_work(w, where)

    def state_work(w, where):
        if w["type"] != "Homework":
            return
        works[w["id_str"]] = {"lesson": w["lesson_str"], "due": w["targetDate"][:10], "text": w["text"],
                              "subject_id": str(w["subjectId"]), "where": where}
        info = lessons.get(w["lesson_str"])
        if info:
            work_places.setdefault(w["id_str"], set()).add((info["day"], info["number"]))

    def state_mark(m, where):
        marks[m["id_str"]] = (m, where)
        info = lessons.get(m["lesson_str"])
        if info:
            mark_places.setdefault((m["person_str"], info["day"], info["subject"]), []).append(
                (m["id_str"], m["textValue"] or m["value"], where))

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"«{step[:40]}…» {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(day, it["LessonNumber"]): it["Finish"][11:16] for t in body for it in t["Items"]
                     for day in it["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            for rp in body["reportingPeriods"]:
                periods[rp["name"]] = (rp["start"][:10], rp["finish"][:10], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/([\d-]+)/([\d-]+)", req):
            covered = set(days(m[1], m[2]))
            listed = {l["id_str"] for l in body}
            for lid, info in list(lessons.items()):  # R1: the range is whole for its days
                if info and info["day"] in covered and lid not in listed:
                    lessons[lid] = None
            for l in body:
                state_lesson(l, where)
        elif re.fullmatch(r"GET /v2/lessons/\d+", req):
            state_lesson(body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/marks/([\d-]+)/([\d-]+)", req):
            covered = set(days(m[1], m[2]))
            listed = {x["id_str"] for x in body}
            for mid, held in list(marks.items()):  # R3
                if held and mid not in listed:
                    info = lessons.get(held[0]["lesson_str"])
                    lesson_day = info["day"] if info else None
                    if held[0]["date"][:10] in covered and (lesson_day is None or lesson_day in covered):
                        marks[mid] = None
            for x in body:
                state_mark(x, where)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d+)/marks", req):
            listed = {x["id_str"] for x in body}
            for mid, held in list(marks.items()):
                if held and held[0]["lesson_str"] == m[1] and mid not in listed:
                    marks[mid] = None
            for x in body:
                state_mark(x, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=([\d-]+)&to=([\d-]+)", req):
            covered = set(days(m[1], m[2]))
            listed = {(e["lesson_str"], e["person_str"]) for e in body}
            for key, held in list(logs.items()):  # R4: lessons dated (now) on a covered day
                info = lessons.get(key[0])
                if held and key not in listed and info and info["day"] in covered:
                    logs[key] = None
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d+)/log-entries", req):
            listed = {(e["lesson_str"], e["person_str"]) for e in body}
            for key, held in list(logs.items()):
                if held and key[0] == m[1] and key not in listed:
                    logs[key] = None
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/works\?lesson=\d+", req):
            for w in body:
                state_work(w, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            covered = set(days(m[1], m[2]))
            listed = {w["id_str"] for w in body["works"]}
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for wid, held in list(works.items()):  # R5
                info = held and lessons.get(held["lesson"])
                if held and wid not in listed and info and info["day"] in covered and held["due"] in covered:
                    works[wid] = None
            for w in body["works"]:
                state_work(w, where)
        elif not re.fullmatch(r"GET /v2/(schools/\d+|schools/\d+/edu-groups|edu-groups/\d+/persons)", req):
            raise SystemExit(f"unread request {req}")

    present = {lid: info for lid, info in lessons.items() if info}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # R1/R2 lessons and no_lesson
    for p in WATCHED:
        for lid, info in sorted(present.items(), key=lambda x: (x[1]["day"], x[1]["number"])):
            if not looks(p, info["day"]):
                continue
            weekday = dt.date.fromisoformat(info["day"]).strftime("%A")
            end = bells.get((weekday, info["number"]))
            add("lesson", f"R1/R2 lesson {lid} as of {info['where']}; end of bell #{info['number']} on {weekday}",
                student={"person": p}, date=info["day"], number=info["number"], subject=info["subject"],
                topic=info["title"], starts_at=info["clock"], ends_at=end, cancelled=False)
        for (day, n, subj), (lid, where) in sorted(placements.items()):
            if not looks(p, day):
                continue
            if any(i["day"] == day and i["number"] == n and i["subject"] == subj for i in present.values()):
                continue
            now = present.get(lid)
            fate = f"now on {now['day']} #{now['number']}" if now else "deleted by a later range lacking it"
            add("no_lesson", f"R1 lesson {lid} ({subj} #{n} on {day}, stated by {where}) is {fate}",
                student={"person": p}, date=day, number=n, subject=subj)

    # R3 marks
    shown_marks = {}  # (person, day, subject) -> [values]
    for mid, held in sorted(marks.items()):
        if not held:
            continue
        mk, where = held
        info = present.get(mk["lesson_str"])
        if not info:
            continue
        shown_marks.setdefault((mk["person_str"], info["day"], info["subject"]), []).append(mk["textValue"])
        if not looks(mk["person_str"], info["day"]):
            continue
        wt = str(mk["workType"])
        add("mark", f"R3 mark {mid} (set {mk['date']}) of {where}, on lesson {lid_of(mk)} now {info['day']} "
                    f"#{info['number']}; work type {wt} «{wt_names[wt]}», weight {weights[wt]}",
            student={"person": mk["person_str"]}, date=info["day"], number=info["number"], subject=info["subject"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
    for (p, day, subj), seen in sorted(mark_places.items()):
        if not looks(p, day):
            continue
        now = shown_marks.get((p, day, subj), [])
        for mid, value, where in seen:
            held = marks.get(mid)
            info = held and present.get(held[0]["lesson_str"])
            if held and info and info["day"] == day and info["subject"] == subj:
                continue
            fate = (f"now on {info['day']} #{info['number']} (its lesson moved)" if held and info else
                    "deleted" if not held else "of a deleted lesson")
            if not now:
                add("no_mark", f"R3 mark {mid} ({value}) shown here by {where} is {fate}; the pupil has no "
                               f"{subj} mark on {day}", student={"person": p}, date=day, subject=subj)
            elif value not in now:
                add("no_mark", f"R3 mark {mid} ({value}) shown here by {where} is {fate}; the pupil's {subj} "
                               f"marks on {day} are {now}", student={"person": p}, date=day, subject=subj,
                    value=value)

    # R4 attendance
    for (lid, p), held in sorted(logs.items()):
        info = present.get(lid)
        if not held or not info or not looks(p, info["day"]):
            continue
        e, where = held
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}; "
                          f"lesson now {info['day']} #{info['number']}",
            student={"person": p}, date=info["day"], subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])

    # R5 homework
    shown_hw = {}
    for wid, held in sorted(works.items()):
        info = held and present.get(held["lesson"])
        if not info:
            continue
        subj = subjects[held["subject_id"]]
        shown_hw.setdefault((subj, held["text"]), []).append((info["day"], info["number"]))
        for p in WATCHED:
            if looks(p, info["day"]):
                add("homework", f"R5 Homework work {wid} as of {held['where']}: set at lesson {held['lesson']} "
                                f"({info['day']} #{info['number']}), due {held['due']}",
                    student={"person": p}, subject=subj, text=held["text"], date=info["day"],
                    number=info["number"], due=held["due"])
    for wid, places in sorted(work_places.items()):
        held = works.get(wid)
        info = held and present.get(held["lesson"])
        for day, n in sorted(places):
            if info and (info["day"], info["number"]) == (day, n):
                continue
            text = held["text"] if held else gone_text(journey, wid)
            for p in WATCHED:
                if not looks(p, day):
                    continue
                if held and info:
                    add("no_homework", f"R5 Homework work {wid} moved from {day} #{n} to lesson {held['lesson']} "
                                       f"({info['day']} #{info['number']}) by {held['where']}",
                        student={"person": p}, subject=subjects[held["subject_id"]], text=text, date=day, number=n)
                    continue
                subj = subjects[gone_subject(journey, wid)]
                if (subj, text) in shown_hw:
                    continue
                why = "deleted with its lesson" if held else "lacked by a later homeworks range"
                add("no_homework", f"R5 Homework work {wid} (set {day} #{n}) is {why}", student={"person": p},
                    subject=subj, text=text)

    # R6 children, periods
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])
    for name, (a, b, where) in sorted(periods.items()):
        add("period", f"R6 {where}", name=name, starts_on=a, ends_on=b)

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


def lid_of(mark):
    return mark["lesson_str"]


def _all_works(journey):
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                body = r["body"]
                if isinstance(body, dict) and "works" in body and isinstance(body["works"], list):
                    yield from (w for w in body["works"] if isinstance(w, dict))
                for item in body if isinstance(body, list) else []:
                    if isinstance(item, dict) and item.get("type") == "Homework":
                        yield item
                    for w in item.get("works", []) if isinstance(item, dict) else []:
                        if isinstance(w, dict):
                            yield w


def gone_text(journey, wid):
    return next(w["text"] for w in _all_works(journey) if w["id_str"] == wid)


def gone_subject(journey, wid):
    return next(str(w["subjectId"]) for w in _all_works(journey) if w["id_str"] == wid)


if __name__ == "__main__":
    main()
