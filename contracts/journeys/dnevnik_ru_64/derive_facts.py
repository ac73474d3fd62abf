"""Derive facts.json from journey.json: what each parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest statement of a thing wins. Ids are read from their
    `_str` twin when there is one (§1: an `id` beside an `id_str` may be corrupted by a double-based parser; the
    recentmarks answer of step 4 and 8 went through such a relay), else from the integer.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7; bounds as dates or as ISO date-times,
    §2) is the whole list of lessons of every day it covers whole: a lesson an earlier range placed on a day the
    latest range covering that day lacks is no lesson of that day (no_lesson: the planned Friday 04-30).
R2  A lesson's topic is its latest `title` (a range, `lessons/{id}`, a bundle's flattened lesson, §3.4); its times
    are its `hours` (flattened lesson, §3.4) when an answer gave them, else the clock of its `date` (§2, school-local)
    and the `Finish` of its number's bell item for that weekday (§3.14); its room the bundle's `place`.
R3  Holidays (§3.12): the `holidays` of the group's latest `reporting-period-group`, every day from `dateStart` to
    `dateFinish`, in each pupil's diary and the class schedule (once); a holiday day shows none of the lessons an
    earlier answer planned there (R1).
R4  Marks (§3.1): every Mark of any marks answer (group range, a pupil's 30-day chunks, a schedules day, recentmarks;
    one mark, one `id_str`), shown on its lesson's day (not on its own `date`: no_mark on that other day), as the
    journal's value (`textValue`, else `value`: `4-`, `B`, `зачёт`, §5); weight and name from the standalone work
    type (§3.3: `title`, `weight`; bundles' work types carry none), `counts` = `use_avg_calc`.
R5  Attendance (§3.5, §6), the latest entry per (lesson, person): Absent/Ill/Late -> absent/ill/late with the
    status as code; Pass with its code only (its meaning is disputed, §6); Attend and NotSet ("no entry", §6) ->
    present with nothing to show.
R6  Homework (§3.2, §3.7): a `Homework` work's `text`, set at its lesson's day, due its `targetDate`; its `files`
    resolved by the homeworks bundle's `files` (§3.7), shown by `name`.
R7  Periods (§3.12) by name and dates; final marks (§3.13) of `per-subject-final-marks` (a null `final-mark` gives
    none) in the column of their `reportingPeriod`; the journal's averages (§3.13 avg-marks `avg-mark-value`,
    §3.1 wa-marks `value`) over dates equal to a period's are that period's, kept as sent.
R8  Children from the parents' `users/{u}/context` `children` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WATCHED = {"1000012640601": "Полина", "2260325488564300602": "Тимур"}
FIRST, LAST = dt.date(2027, 4, 19), dt.date(2027, 5, 3)
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sid(obj, key):
    """§1: the `_str` twin wins."""
    twin = obj.get(f"{key}_str")
    return str(twin) if twin is not None else str(obj[key])


def days(a, b):
    while a <= b:
        yield a
        a += dt.timedelta(days=1)


def whole_days(a, b):
    """The days a range covers whole (§2: `yyyy-MM-dd` or a full ISO date-time)."""
    first = dt.date.fromisoformat(a[:10])
    if len(a) > 10 and a[11:19] != "00:00:00":
        first += dt.timedelta(days=1)
    last = dt.date.fromisoformat(b[:10])
    if len(b) > 10 and b[11:19] != "23:59:59":
        last -= dt.timedelta(days=1)
    return list(days(first, last))


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    wt = {}
    members, children, rpg, periods = [], {}, None, {}
    bells = {}
    day_lessons = {}  # date -> {lesson id} of the latest range covering it
    ever = {}  # (date, number, subject) -> (lesson id, where)
    info, hours, rooms = {}, {}, {}
    subjects = {}
    marks, logs, homework, files = {}, {}, {}, {}
    finals, averages = [], []

    def lesson_seen(lid, date, number, subject, title, where, g_range=False):
        d = dt.date.fromisoformat(date[:10])
        for ls in day_lessons.values():
            if lid in ls and d not in [k for k, v in day_lessons.items() if v is ls]:
                ls.discard(lid)
        info[lid] = {"date": d, "number": int(number), "subject": subject, "title": title, "clock": date[11:16],
                     "where": where}
        day_lessons.setdefault(d, set()).add(lid)
        ever[(d, int(number), subject)] = (lid, where)

    def entity(lesson, where):
        lid = sid(lesson, "id")
        subjects[sid(lesson["subject"], "id")] = lesson["subject"]["name"]
        lesson_seen(lid, lesson["date"], lesson["number"], lesson["subject"]["name"], lesson["title"], where)
        for w in lesson.get("works", []):
            take_work(w, where)

    def take_work(w, where):
        if w["type"] == "Homework":
            homework[sid(w, "id")] = (w, where)

    def flat(fl, where):
        lid = sid(fl, "id")
        lesson_seen(lid, fl["date"], fl["number"], subjects[str(fl["subjectId"])], fl["title"], where)
        if fl.get("hours"):
            hours[lid] = (fl["hours"], where)
        if fl.get("place"):
            rooms[lid] = fl["place"]

    def take_mark(mk, where):
        if mk.get("lesson") is None and mk.get("lesson_str") is None:
            return
        marks[sid(mk, "id")] = (mk, where)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                wt[str(w["id"])] = (w["title"], w["weight"], w["kind"])
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/persons", req):
            members = [sid(p, "id") for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            rpg = (body, where)
            for p in body["reportingPeriods"]:
                periods[sid(p, "id")] = (p, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-periods", req):
            for p in body:
                periods[sid(p, "id")] = (p, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(day, item["LessonNumber"]): item["Finish"][11:16]
                     for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/([\dT:-]+)/([\dT:-]+)", req):
            for d in whole_days(m[1], m[2]):
                day_lessons[d] = set()
            for lesson in body:
                entity(lesson, where)
        elif re.fullmatch(r"GET /v2/lessons/\d+", req):
            entity(body, where)
        elif re.fullmatch(r"GET /v2/works/\d+", req):
            take_work(body, where)
        elif re.fullmatch(r"GET /v2/(edu-groups/\d+|persons/\d+/schools/\d+)/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                take_mark(mk, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?.*", req) or \
                re.fullmatch(r"GET /v2/lessons/\d+/log-entries", req):
            for e in body:
                logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/lesson-log-entries\?.*", req):
            for lesson in body["lessons"]:
                entity(lesson, where)
            for e in body["logEntries"]:
                logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?.*", req):
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for fl in body["lessons"]:
                flat(fl, where)
            for f in body["files"]:
                files[sid(f, "id")] = f["name"]
            for w in body["works"]:
                take_work(w, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/groups/\d+/schedules\?.*", req):
            for day in body["days"]:
                for s in day["subjects"]:
                    subjects[str(s["id"])] = s["name"]
                for fl in day["lessons"]:
                    flat(fl, where)
                for mk in day["marks"]:
                    take_mark(mk, where)
                for w in day["works"] + day["homeworks"]:
                    take_work(w, where)
                for e in day["lessonLogEntries"]:
                    logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/group/\d+/recentmarks\?.*", req):
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for fl in body["lessons"]:
                flat(fl, where)
            for mk in body["marks"]:
                take_mark(mk, where)
            for e in body["lessonLogEntries"]:
                logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
        elif re.fullmatch(r"GET /v2/(persons/\d+/)?edu-groups/\d+/final-marks", req):
            for entry in body:
                for row in entry["per-subject-final-marks"]:
                    finals.append((sid(entry, "person"), sid(entry, "reportingPeriod"), sid(row, "subject"),
                                   row["final-mark"], where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for row in entry["per-subject-averages"]:
                    averages.append((sid(entry, "person"), sid(row, "subject"), m[1], m[2], row["avg-mark-value"],
                                     where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/wa-marks/([\d-]+)/([\d-]+)", req):
            for row in body["subjectMarks"]:
                for mk in row["marks"]:
                    averages.append((str(mk["person"]), sid(row, "subject"), m[1], m[2], str(mk["value"]), where))

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    current = {lid for ls in day_lessons.values() for lid in ls}
    assert set(WATCHED) <= set(members)
    # R1/R2 lessons
    for p in WATCHED:
        for d in sorted(day_lessons):
            for lid in sorted(day_lessons[d], key=lambda x: info[x]["number"]):
                i = info[lid]
                fact = {"student": {"person": p}, "date": str(d), "number": i["number"], "subject": i["subject"],
                        "topic": i["title"]}
                why = f"R1/R2 lesson {lid}, latest {i['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    end = bells.get((WEEKDAYS[d.weekday()], i["number"]))
                    fact.update(starts_at=i["clock"], ends_at=end)
                    why += f"; no hours: start {i['clock']} of its date, end {end} of bell item #{i['number']} (§3.14)"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                add("lesson", why, **fact)
        for (d, n, subj), (lid, where) in sorted(ever.items()):
            if not any(info[x]["number"] == n and info[x]["subject"] == subj for x in day_lessons.get(d, ())):
                add("no_lesson", f"R1 {subj} #{n} placed on {d} by {where}; the latest range covering {d} lacks it",
                    student={"person": p}, date=str(d), number=n, subject=subj)
    # R3 holidays
    body, where = rpg
    for h in body["holidays"]:
        a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
        for d in days(max(a, FIRST), min(b, LAST)):
            for p in WATCHED:
                add("holiday", f"R3 «{h['name']}» {h['dateStart'][:10]}..{h['dateFinish'][:10]} of {where}",
                    student={"person": p}, date=str(d), name=h["name"], once=True)
            add("holiday", f"R3 class schedule: «{h['name']}» of {where}", group={"group": "2260325488564006401"},
                date=str(d), name=h["name"], once=True)
    # R4 marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        p, lid = sid(mk, "person"), sid(mk, "lesson")
        if p not in WATCHED or lid not in current:
            continue
        i = info[lid]
        title, weight, _ = wt[str(mk["workType"])]
        value = mk.get("textValue") or mk["value"]
        add("mark", f"R4 mark {mid} (type {mk['type']}, date {mk['date']}) latest in {where}; lesson {lid} on "
                    f"{i['date']} #{i['number']}; work type {mk['workType']} «{title}» weight {weight}",
            student={"person": p}, date=str(i["date"]), subject=i["subject"], value=value, weight=weight,
            work_type=title, counts=mk["use_avg_calc"])
        own = dt.date.fromisoformat(mk["date"][:10])
        if own != i["date"]:
            add("no_mark", f"R4 mark {mid} set on {own} ({mk['date']}) belongs to its lesson of {i['date']}",
                student={"person": p}, date=str(own), subject=i["subject"], value=value)
    # R5 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        if p not in WATCHED or lid not in current:
            continue
        i = info[lid]
        base = {"student": {"person": p}, "date": str(i["date"]), "subject": i["subject"], "number": i["number"]}
        why = f"R5 entry {e['status']} «{e['comment']}» ({e['createdDate']}) latest in {where}"
        if e["status"] in STATUS:
            add("attendance", why, **base, code=e["status"], meaning=STATUS[e["status"]])
        elif e["status"] == "Pass":
            add("attendance", why, **base, code="Pass")
        else:  # Attend, NotSet
            add("attendance", why, **base, meaning="present")
    # R6 homework
    for hid, (w, where) in sorted(homework.items()):
        lid = sid(w, "lesson")
        if lid not in current:
            continue
        i = info[lid]
        names = [files[str(f)] for f in w.get("files", []) if str(f) in files]
        for p in WATCHED:
            fact = {"student": {"person": p}, "subject": i["subject"], "text": w["text"], "date": str(i["date"]),
                    "due": w["targetDate"][:10]}
            if names:
                fact["attachments"] = names
            add("homework", f"R6 Homework work {hid} latest in {where}: lesson {lid} ({i['date']}), due "
                            f"{w['targetDate'][:10]}" + (f", files {names}" if names else ""), **fact)
    # R7 periods, finals, averages
    span = {}
    for pid, (p, where) in sorted(periods.items()):
        span[(p["start"][:10], p["finish"][:10])] = p["name"]
        add("period", f"R7 period {pid} ({p['type']}) of {where}", name=p["name"], starts_on=p["start"][:10],
            ends_on=p["finish"][:10])
    for person, rp, subj, fm, where in finals:
        if person in WATCHED and fm is not None:
            add("final_mark", f"R7 final mark {sid(fm, 'id')} of {where}", student={"person": person},
                subject=subjects[subj], period=periods[rp][0]["name"], value=fm.get("textValue") or fm["value"])
    for person, subj, a, b, value, where in averages:
        if person in WATCHED and (a, b) in span:
            add("vendor_average", f"R7 average {value} over {a}..{b} (= {span[(a, b)]}) of {where}",
                student={"person": person}, subject=subjects[subj], period=span[(a, b)], value=value)
    # R8 children
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
