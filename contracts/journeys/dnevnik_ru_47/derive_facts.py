"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented rule).
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of every day it
    covers: a lesson an earlier answer placed on a day the latest answer covering that day lacks there is not a
    lesson of that day (no_lesson): the frost day's 2А lessons, the olympiad Алгебра's Friday slot, 03-05.
R2  A lesson's topic, day and number are its latest statement, a lesson range's, its own `lessons/{id}` or a
    pupil's `schedules` day (§0, §3.4;
    a lesson moved to another day leaves its old day); its times are its `hours` (the schedules bundle's flattened
    lesson, §3.4) when an answer gave them, else the clock of its `date` and the end of its number's bell item
    (§3.14) when one lists that weekday (`DaysOfWeek`), else no end at all (the olympiad Sunday: Mon-Fri bells); the
    room is the bundle's `place`.
R3  A holiday is a `holidays` entry of the group's latest `reporting-period-group` (§3.12), on every day from
    `dateStart` to `dateFinish`, for the pupils of that group only (2А's «Актированный день» is no holiday of 8В).
R4  A day off of the class (R3) shows none of the lessons its weekday has in the week before (the working
    Saturday took Monday 02-22's lessons; the class's own range never listed lessons there).
R5  A mark (§3.1) is shown on its lesson's day (the lesson it names, as the latest lessons answer places it), not
    on its own `date` (a mark entered at 00:01 on 03-05 is Thursday's); its weight and name are the standalone
    work type's (§3.3), `counts` its `use_avg_calc`.
R6  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused; the code
    is the status string.
R7  Homework (§3.2, §3.7): a `Homework` work's `text`, set at its lesson's day, due its latest `targetDate`.
R8  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
FIRST, LAST = dt.date(2027, 2, 15), dt.date(2027, 3, 11)


def sid(v):
    return str(v)


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

    weights, wt_names = {}, {}
    members, children, rpg = {}, {}, {}
    day_lessons = {}  # (group, date) -> {lesson id: lesson} of the latest answer covering the day
    ever = {}  # (group, date, number, subject) -> lesson id, every placement any answer gave
    lesson_info, hours, rooms, bells = {}, {}, {}, {}
    marks, logs, homework = {}, {}, {}
    subj_names = {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if m := re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[sid(w["id_str"])] = w["weight"]
                wt_names[sid(w["id_str"])] = w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif (m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req)) or \
                re.fullmatch(r"GET /v2/lessons/\d+", req):
            if m:
                g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
                for d in days(a, b):
                    day_lessons[(g, d)] = {}
            for lesson in body if isinstance(body, list) else [body]:
                g = str(lesson["group"])
                for ls in day_lessons.values():  # a lesson is one entity with one date (§3.4): a move leaves the day
                    ls.pop(lesson["id_str"], None)
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                subj_names[sid(lesson["subject"]["id_str"])] = lesson["subject"]["name"]
                lesson_info[lid] = {"g": g, "date": d, "number": lesson["number"], "subject": lesson["subject"]["name"],
                                    "title": lesson["title"], "clock": lesson["date"][11:16], "where": where}
                day_lessons.setdefault((g, d), {})[lid] = lesson_info[lid]
                ever[(g, d, lesson["number"], lesson["subject"]["name"])] = (lid, where)
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[sid(s["id"])] = s["name"]
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            g = m[2]
            for day in body["days"]:
                names = {sid(x["id"]): x["name"] for x in day["subjects"]}
                for fl in day["lessons"]:  # a pupil's day states its lessons too (§0), the flattened shape (§3.4)
                    lid, d = sid(fl["id"]), dt.date.fromisoformat(fl["date"][:10])
                    for ls in day_lessons.values():
                        ls.pop(lid, None)
                    lesson_info[lid] = {"g": g, "date": d, "number": fl["number"], "subject": names[sid(fl["subjectId"])],
                                        "title": fl["title"], "clock": fl["date"][11:16], "where": where}
                    day_lessons.setdefault((g, d), {})[lid] = lesson_info[lid]
                    ever[(g, d, fl["number"], lesson_info[lid]["subject"])] = (lid, where)
                    if fl.get("hours"):
                        hours[sid(fl["id"])] = (fl["hours"], where)
                    if fl.get("place"):
                        rooms[sid(fl["id"])] = fl["place"]

    group_of = {p: g for g, ps in members.items() for p in ps}
    facts = []

    said = set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:  # a day off of R1 and R4 at once is one fact
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # who the facts look at: Софья (2А) and Кирилл (8В) every day, Вера (8В) on the days that change their nature
    watched = {"1000012470201": None, "1000012470801": None,
               "1000012470802": {dt.date(2027, 2, 17), dt.date(2027, 2, 20), dt.date(2027, 2, 26),
                                 dt.date(2027, 2, 28), dt.date(2027, 3, 4), dt.date(2027, 3, 5)}}

    def looks(p, d):
        return watched[p] is None or d in watched[p]

    current = {}  # lesson id -> (group, date) where the latest answer has it
    for (g, d), ls in day_lessons.items():
        for lid, info in ls.items():
            current[lid] = info
    # R1/R2 lessons
    for p in watched:
        g = group_of[p]
        for (gg, d), ls in sorted(day_lessons.items()):
            if gg != g or not looks(p, d):
                continue
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R1/R2 lesson {lid} of {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:  # §3.14: the bells of the lesson's number, on the weekdays the item lists
                    fact["starts_at"] = info["clock"]
                    bell = bells.get(g, {}).get((info["date"].strftime("%A"), info["number"]))
                    fact["ends_at"] = bell[1] if bell else None
                    why += (f"; end {bell[1]} of the bells' #{info['number']} on {info['date']:%A}" if bell else
                            f"; no bell item of #{info['number']} on {info['date']:%A}: the journal gives no end")
                if lid in rooms:
                    fact["room"] = rooms[lid]
                add("lesson", why, **fact)
        # R1 no_lesson: placements lacked by the latest answer covering the day
        for (gg, d, n, subj), (lid, where) in sorted(ever.items()):
            if gg != g or not looks(p, d):
                continue
            now = day_lessons.get((g, d), {})
            if not any(i["number"] == n and i["subject"] == subj for i in now.values()):
                last = current.get(lid)
                moved = f"; the lesson is now on {last['date']} #{last['number']}" if last else ""
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) placed on {d} by {where} is lacked by the latest "
                                 f"range covering {d}{moved}", student={"person": p}, date=str(d), number=n,
                    subject=subj)
    # R3 holidays, R4 days off without lessons
    holidays_of = {}
    for g, (body, where) in rpg.items():
        for h in body["holidays"]:
            a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
            for d in days(max(a, FIRST), min(b, LAST)):
                holidays_of.setdefault(g, {}).setdefault(d, []).append((h["name"], where))
    all_names = sorted({n for g in holidays_of.values() for hs in g.values() for n, _ in hs})
    for p in watched:
        g = group_of[p]
        for d in days(FIRST, LAST):
            if not looks(p, d):
                continue
            mine = holidays_of.get(g, {}).get(d, [])
            for name, where in mine:
                add("holiday", f"R3 holiday «{name}» of group {g}'s list in {where}", student={"person": p},
                    date=str(d), name=name, once=True)
                prior = d - dt.timedelta(days=7)
                for info in sorted(day_lessons.get((g, prior), {}).values(), key=lambda i: i["number"]):
                    add("no_lesson", f"R4 {d} is «{name}» for group {g}; {info['subject']} #{info['number']} is the "
                                     f"weekday's lesson of {prior}", student={"person": p}, date=str(d),
                        number=info["number"], subject=info["subject"])
            for name in all_names:
                if any(name == n for other in holidays_of.values() for n, _ in other.get(d, [])) and \
                        not any(name == n for n, _ in mine):
                    add("no_holiday", f"R3 «{name}» on {d} is another group's; group {g}'s latest list lacks it",
                        student={"person": p}, date=str(d), name=name)
    for g in sorted(holidays_of):
        for d in (dt.date(2027, 2, 17), dt.date(2027, 2, 22), dt.date(2027, 3, 5)):
            names = [n for n, _ in holidays_of[g].get(d, [])]
            for name in all_names:
                if any(name == n for other in holidays_of.values() for n, _ in other.get(d, [])):
                    if name in names:
                        add("holiday", f"R3 class schedule: «{name}» in group {g}'s latest list", group={"group": g},
                            date=str(d), name=name, once=True)
                    else:
                        add("no_holiday", f"R3 class schedule: «{name}» is not in group {g}'s latest list",
                            group={"group": g}, date=str(d), name=name)
    # R5 marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: x[1][0]["date"]):
        p, lid = mk["person_str"], mk["lesson_str"]
        info = current.get(lid)
        if p not in watched or info is None or not looks(p, info["date"]):
            continue
        wt = sid(mk["workType"])
        add("mark", f"R5 mark {mid} ({mk['date']}) of {where} on lesson {lid} (#{info['number']}, {info['date']}); "
                    f"work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], value=mk["textValue"] or mk["value"],
            weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
    # R6 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = current.get(lid)
        if p not in watched or info is None or not looks(p, info["date"]):
            continue
        add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    # R7 homework
    for wid, (w, lid, where) in sorted(homework.items()):
        info = current.get(lid)
        if info is None:
            continue
        for p in watched:
            if group_of[p] != info["g"] or not looks(p, info["date"]):
                continue
            add("homework", f"R7 Homework work {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                            f"{w['targetDate'][:10]}", student={"person": p}, subject=subj_names[sid(w["subjectId"])],
                text=w["text"], date=str(info["date"]), due=w["targetDate"][:10])
    # R8 periods, children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R8 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

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
