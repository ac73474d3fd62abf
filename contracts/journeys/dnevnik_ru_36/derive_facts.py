#!/usr/bin/env python3
"""Derive facts.json from journey.json as the Dnevnik.ru reference (shared/reference/dnevnik_ru.md) reads it.

Standard library only; does not import the hub. Deterministic. §N = the reference's section.

R0  pull order. Every answer is the vendor's state when the sync job pulled it (`pulled_at`); the partner API has no
    push (§7), so of two answers about the same thing the one pulled later is the newer state, whatever order they
    were delivered in. Answers are read in `pulled_at` order (ties in delivery order); the latest wins.
R1  ids: the `_str` twin wins (also PascalCase `IdStr`), else the exact integer (§1).
R2  names of entities are names of ids. A subject is its id (§3.11; a lesson embeds `subject {id, name}`, §3.4, and
    the homework bundle lists `subjects {id, name}`, §3.7): its name is the one the latest answer naming it gives,
    for every date (the February re-pull of October's lessons itself embeds the new name). A teacher's name is
    "Last First Middle" of the latest answer naming that person (`schools/{s}/teachers` PascalCase, `classteacher`,
    `persons/{p}`, the bundle's `teachers`, §3.9); a teacher who left keeps the name her lessons name her by.
R3  a subgroup's label (§3.8 `name`) is stated for a lesson only where the name in force on the lesson's date (the
    latest pull on or before it) is also the latest name: the reference keeps no history of names, so what a parent
    sees on a lesson given before a rename is not decided here.
R4  lessons (§3.4 entity shape of `edu-groups/{g}/lessons/{from}/{to}`): the latest pull of each lesson id; topic =
    `title`, slot = `number`, start = the clock of `date` (§2: local, no offset), teacher = `teachers[0]` (R2).
R5  bells (§3.14): the latest `edu-groups/{g}/timetables` answer lists timetables each with its `Start` (a date);
    the one in force on a date is the one with the latest `Start` on or before it; a lesson's end is the `Finish` of
    its `LessonNumber` item there (its weekday in `DaysOfWeek`). A lesson keeps the bells of its own date, also when
    it is pulled again after the bells changed.
R6  who sees what (§3.8): `POST edu-groups` lists each group's pupils (`membershipstatus` Active); a whole-class
    lesson shows to every pupil of the class, a subgroup's to its pupils. Lesson facts are made for the first pupil
    of the class (every lesson of the class and of his subgroup), and for the first pupil of the other subgroup
    (her subgroup's lessons and the lessons of a subject renamed during the year).
R7  marks (§3.1): the latest pull of each mark id; shown under its lesson's date with its value as written; weight
    and work type title are those of its `workType` in the latest `work-types/{school}` answer listing it (§3.3
    standalone shape; a type first listed after its marks were pulled still names them); it counts when
    `use_avg_calc` is true on a numeric scale. Facts: every mark of the two pupils read by a guardian, and every mark
    on a work type added during the year (one absent from the first work-types answer).
R8  attendance (§3.5, §6): each entry of a class log range, latest pull per (lesson, person), shows its status as
    the journal's code (Attend/Absent/Ill/Late -> present/absent/ill/late; Pass: only the code, its meaning is
    disputed, §6, §11). The first guardian-read pupil, without an entry on a Monday lesson of the class on a day
    such a range covers, is present (the journal marks the exceptions; §6 Attend: "no mark shown").
R9  homework (§3.2, §3.7): each Homework work of the bundle shows to the pupils its `tasks` name (§3.6), set on its
    lesson's date, due `targetDate` (midnight = date only, §2); a pupil of the other subgroup does not see it.
R10 final marks (§3.13): the latest `edu-groups/{g}/final-marks` answer is the group's whole list; each mark in its
    `reportingPeriod`'s column by the period's name; a mark re-sent under the same id with another value (and
    scale, §5 markna) is revised. Facts: every final of the guardian-read pupils; the others' of the latest period.
R11 periods (§3.12): the periods of the latest `reporting-period-group` answer, each from `start` to `finish`
    (midnight dates: the date part; R0: an older answer delivered later does not bring back the old dates).
R12 holidays (§3.12): the latest answer's holidays, by id; a holiday shows, once, on its `dateStart` and its first
    school day (Mon-Fri) before `dateFinish` (whether `dateFinish` itself is inclusive is not said), and, for a
    holiday an earlier answer dated otherwise, on every other school day from its first; for the class, and on the
    first day(s) for the guardian-read pupils. R13 no_holiday: a day an earlier answer's holiday of the same id
    covered ([dateStart, dateFinish)) and the latest does not is no holiday of that name (the class every such day,
    the guardian-read pupils its school days in turn).
R14 journal averages (§3.13 avg-marks): a range equal to a period's start and finish (R11) is that period's
    average; each `avg-mark-value` string as sent, latest pull of the range; facts for the first guardian-read
    pupil. A range equal to no period (the old dates of a moved period) states no period's average.
R15 class teacher (§3.9 `edu-groups/{g}/classteacher`): the person of the latest pull, named by R2.
R16 children (§3.9): a parent's `users/{u}/context` `children` (guardian = the context's `personId`).
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CODE_MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def sid(o, k="id"):
    for key in (k + "_str", k + "Str", k[:1].upper() + k[1:] + "Str"):
        if o.get(key) not in (None, ""):
            return str(o[key])
    for key in (k, k[:1].upper() + k[1:]):
        if o.get(key) is not None:
            return str(o[key])
    return None


def full_name(o):
    last = o.get("lastName") or o.get("LastName")
    first = o.get("firstName") or o.get("FirstName")
    middle = o.get("middleName") or o.get("MiddleName")
    return " ".join(x for x in (last, first, middle) if x)


def days(start, end_excl):
    d, out = dt.date.fromisoformat(start), []
    while d.isoformat() < end_excl:
        out.append(d.isoformat())
        d += dt.timedelta(days=1)
    return out


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                records.append((r["pulled_at"], len(records), step["name"].split(".")[0], r))
    delivered = {n: step for _, n, step, _ in records}
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))  # R0

    subj, teachers, group_names, group_type, members = {}, {}, {}, {}, {}
    timetables, rpg_hist, classteacher, work_types = {}, {}, {}, {}
    lessons, marks, log, homework, finals, avgs, children = {}, {}, {}, {}, {}, {}, {}
    log_days = set()
    src = {}

    def why(n, r):
        return f"step {delivered[n]}: {r['request']} (pulled {r['pulled_at']})"

    for pulled, n, step, r in records:
        path = re.sub(r"^(GET|POST) ", "", r["request"]).split("?")[0]
        query = r["request"].split("?")[1] if "?" in r["request"] else ""
        body = r["body"]
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            for s in body:
                subj[sid(s)] = (s["name"], why(n, r))
        elif re.fullmatch(r"/v2/schools/\d+/teachers", path):
            for t in body:
                teachers[sid(t, "Id")] = full_name(t)
        elif re.fullmatch(r"/v2/persons/\d+", path) or path.endswith("/classteacher"):
            teachers[sid(body)] = full_name(body)
            if path.endswith("/classteacher"):
                classteacher[path.split("/")[3]] = (sid(body), why(n, r))
        elif re.fullmatch(r"/v2/schools/\d+/edu-groups", path):
            for g in body:
                group_names.setdefault(sid(g), []).append((pulled[:10], g["name"]))
                group_type[sid(g)] = g["type"]
        elif path == "/v2/edu-groups" and r["request"].startswith("POST"):
            for entry in body:
                gid = sid(entry["group"]) if isinstance(entry["group"], dict) else str(entry["group"])
                members[gid] = [sid(s["person"]) for s in entry["students"] if s["membershipstatus"] == "Active"]
        elif path.endswith("/timetables"):
            timetables[path.split("/")[3]] = (body, why(n, r))
        elif path.endswith("/reporting-period-group"):
            rpg_hist.setdefault(path.split("/")[3], []).append((body, why(n, r)))
        elif re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                work_types[sid(w)] = (w["title"], w["weight"], why(n, r))
        elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", path):
            for lesson in body:
                lessons[sid(lesson)] = (lesson, why(n, r))
                subj[sid(lesson["subject"])] = (lesson["subject"]["name"], why(n, r))
        elif re.fullmatch(r"/v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", path):
            for m in body:
                marks[sid(m)] = (m, why(n, r))
        elif path.startswith("/v2/lesson-log-entries/group/"):
            q = dict(kv.split("=") for kv in query.split("&"))
            log_days.update(days(q["from"], (dt.date.fromisoformat(q["to"]) + dt.timedelta(days=1)).isoformat()))
            for e in body:
                log[(sid(e, "lesson"), sid(e, "person"))] = (e, why(n, r))
        elif "/homeworks" in path:
            for s in body["subjects"]:
                subj[str(s["id"])] = (s["name"], why(n, r))
            for t in body["teachers"]:
                teachers[sid(t)] = full_name(t)
            flat = {str(l["id"]): l for l in body["lessons"]}
            for w in body["works"]:
                homework[sid(w)] = (w, flat[sid(w, "lesson")], why(n, r))
        elif path.endswith("/final-marks"):
            finals[path.split("/")[3]] = (body, why(n, r))
        elif "/avg-marks/" in path:
            frm, to = path.split("/")[-2:]
            avgs[(frm, to)] = (body, why(n, r))
        elif re.fullmatch(r"/v2/users/\d+/context", path):
            children[sid(body, "personId")] = ([sid(c, "personId") for c in body["children"]], why(n, r))
        src[path] = True

    # R3 group names in force on a date
    def group_label(gid, date):
        hist = sorted(group_names.get(gid, []))
        latest = hist[-1][1]
        in_force = [name for d, name in hist if d <= date]
        return latest if in_force and in_force[-1] == latest else None

    def bells_end(gid, date, number):
        body, w = timetables[gid]
        tt = sorted((t for t in body if t["Start"][:10] <= date), key=lambda t: t["Start"])[-1]
        weekday = WEEKDAYS[dt.date.fromisoformat(date).weekday()]
        item = next(i for i in tt["Items"] if i["LessonNumber"] == number and weekday in i["DaysOfWeek"])
        return item["Finish"][-8:-3] if len(item["Finish"]) > 5 else item["Finish"], tt["Name"], w

    class_id = next(g for g, t in group_type.items() if t == "Group")
    subgroups = [g for g, t in group_type.items() if t == "Subgroup"]
    first_of = {g: members[g][0] for g in members}
    sub_of = {p: g for g in subgroups for p in members[g]}
    guardian_read = sorted({c for cs, _ in children.values() for c in cs})
    # a subject renamed during the year: an answer named it otherwise than the latest
    names_seen = {}
    for pulled, n, step, r in records:
        path = re.sub(r"^(GET|POST) ", "", r["request"]).split("?")[0]
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            for s in r["body"]:
                names_seen.setdefault(sid(s), set()).add(s["name"])
    renamed = {s for s, names in names_seen.items() if len(names) > 1}
    added_types = set()
    seen_lists = []
    for pulled, n, step, r in records:
        if re.fullmatch(r"/v2/work-types/\d+", re.sub(r"^(GET|POST) ", "", r["request"])):
            seen_lists.append({sid(w) for w in r["body"]})
    if seen_lists:
        added_types = set().union(*seen_lists) - seen_lists[0]

    facts = []

    def add(kind, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(1 for f in facts if f['kind'] == kind) + 1:03d}", "kind": kind, **kw})

    # R4-R6 lessons
    lesson_facts = []
    for lid, (lesson, w) in sorted(lessons.items(), key=lambda kv: (kv[1][0]["date"], kv[1][0]["number"], kv[0])):
        gid = str(lesson["group"])
        date, number = lesson["date"][:10], lesson["number"]
        sname = subj[sid(lesson["subject"])][0]
        if gid == class_id:
            viewers = [first_of[class_id]]
            viewers += [first_of[g] for g in subgroups if first_of[g] != first_of[class_id]
                        and sid(lesson["subject"]) in renamed]
        else:
            viewers = [first_of[gid]]
        for p in viewers:
            end, tt_name, tt_why = bells_end(class_id if gid != class_id else gid, date, number)
            fact = {"student": {"person": p}, "date": date, "number": number, "subject": sname,
                    "topic": lesson["title"], "starts_at": lesson["date"][11:16], "ends_at": end,
                    "teacher": teachers[str(lesson["teachers_str"][0] if lesson.get("teachers_str") else lesson["teachers"][0])]}
            label = group_label(gid, date) if gid != class_id else None
            if label:
                fact["group_label"] = label
            reasons = [f"R4 {w}: lesson {lid} of group {gid}",
                       f"R5 ends {end}: «{tt_name}» is the timetable in force on {date} ({tt_why})",
                       f"R2 subject {sid(lesson['subject'])} named «{sname}» by {subj[sid(lesson['subject'])][1]}",
                       "R6 §3.8 the pupil is listed in the group"]
            if label:
                reasons.append(f"R3 group label «{label}», the name in force on {date} and the latest")
            lesson_facts.append((fact, "; ".join(reasons)))
    for fact, w in lesson_facts:
        add("lesson", **fact, why=w)

    # R7 marks
    lesson_of = {lid: l for lid, (l, _) in lessons.items()}
    for mid, (m, w) in sorted(marks.items(), key=lambda kv: (kv[1][0]["date"], kv[0])):
        lesson = lesson_of[sid(m, "lesson")]
        person, wt = sid(m, "person"), str(m["workType"])
        s_id = sid(lesson["subject"])
        if not (person in guardian_read or wt in added_types):
            continue
        title, weight, wt_why = work_types[wt]
        add("mark", student={"person": person}, date=lesson["date"][:10], subject=subj[s_id][0],
            value=m["textValue"] or m["value"], weight=weight, work_type=title,
            counts=bool(m["use_avg_calc"]) and m["type"].lower() == "mark5",
            why=f"R7 {w}: mark {mid} on lesson {sid(m, 'lesson')}, shown on the lesson's date; work type {wt} «{title}» "
                f"weight {weight} from {wt_why}" + (" (a work type the school added during the year; the marks were pulled "
                                                     "before the work types that list it)" if wt in added_types else ""))

    # R8 attendance
    for (lid, person), (e, w) in sorted(log.items(), key=lambda kv: (lesson_of[kv[0][0]]["date"], kv[0][1])):
        lesson = lesson_of[lid]
        fact = {"student": {"person": person}, "date": lesson["date"][:10], "subject": subj[sid(lesson["subject"])][0],
                "number": lesson["number"], "code": e["status"]}
        if e["status"] in CODE_MEANING:
            fact["meaning"] = CODE_MEANING[e["status"]]
        add("attendance", **fact, why=f"R8 {w}: entry ({lid}, {person}) status {e['status']}"
                                       + (f", comment «{e['comment']}»" if e["comment"] else "") + " (§3.5, §6)")
    for p in guardian_read[:1]:
        for lid, (lesson, w) in sorted(lessons.items(), key=lambda kv: (kv[1][0]["date"], kv[1][0]["number"])):
            date = lesson["date"][:10]
            if str(lesson["group"]) != class_id or date not in log_days or (lid, p) in log:
                continue
            if dt.date.fromisoformat(date).weekday() != 0:
                continue
            add("attendance", student={"person": p}, date=date, subject=subj[sid(lesson["subject"])][0],
                number=lesson["number"], meaning="present",
                why=f"R8: the class's log range for {date} lists no entry of this pupil on lesson {lid} (§3.5, §6 Attend: no mark shown)")

    # R9 homework
    for wid, (w, flat, why_) in sorted(homework.items(), key=lambda kv: (kv[1][1]["date"], kv[0])):
        tasked = {sid(t, "person") for t in w["tasks"]}
        sname = subj[str(w["subjectId"])][0]
        for p in guardian_read:
            if p in tasked:
                add("homework", student={"person": p}, subject=sname, text=w["text"], date=flat["date"][:10],
                    due=w["targetDate"][:10],
                    why=f"R9 {why_}: Homework work {wid} of group {sid(w, 'eduGroup')}, a task for this pupil (§3.6); set "
                        f"at lesson {sid(w, 'lesson')} on its date, due targetDate (§3.2); subject named by R2")
            elif sid(w, "eduGroup") != class_id:
                add("no_homework", student={"person": p}, subject=sname, text=w["text"],
                    why=f"R9 {why_}: Homework work {wid} belongs to subgroup {sid(w, 'eduGroup')}, which does not list this "
                        f"pupil (§3.8); no task names her or him (§3.6)")

    # R11 periods, R12/R13 holidays (latest reporting-period-group by pull)
    hist = rpg_hist[class_id]
    latest, latest_why = hist[-1]
    pnames = {sid(rp): rp for rp in latest["reportingPeriods"]}
    for rp in latest["reportingPeriods"]:
        add("period", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10],
            why=f"R11 {latest_why}: period {sid(rp)} ({rp['type']}) from start to finish (§3.12)"
                + ("; an earlier answer had other dates: the latest pull wins (R0)" if any(
                    (o["start"], o["finish"]) != (rp["start"], rp["finish"]) for h, _ in hist for o in h["reportingPeriods"]
                    if sid(o) == sid(rp)) else ""))
    moved = {sid(rp) for h, _ in hist for rp in h["reportingPeriods"]
             if any(sid(o) == sid(rp) and (o["start"], o["finish"]) != (rp["start"], rp["finish"]) for o in latest["reportingPeriods"])}
    for p in guardian_read:
        for rp in latest["reportingPeriods"]:
            if sid(rp) in moved:
                add("period", student={"person": p}, name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10],
                    why=f"R11 {latest_why}: the pupil's class's period {sid(rp)}, moved by this answer; an answer pulled "
                        f"2026-03-13 with the old dates was delivered after it (R0)")
    for hol in latest["holidays"]:
        start, finish = hol["dateStart"][:10], hol["dateFinish"][:10]
        school_days = [d for d in days(start, finish) if dt.date.fromisoformat(d).weekday() < 5]
        old = list({(h["dateStart"], h["dateFinish"]): h for hh, _ in hist[:-1] for h in hh["holidays"]
                    if h["id"] == hol["id"] and (h["dateStart"], h["dateFinish"]) != (hol["dateStart"], hol["dateFinish"])}.values())
        picks = sorted({start, *(school_days[:1])} | ({d for d in school_days[:5:2]} if old else set()))
        for d in picks:
            add("holiday", group={"group": class_id}, date=d, name=hol["name"], once=True,
                why=f"R12 {latest_why}: holiday {hol['id']} {start}..{finish} of the class (§3.12), shown once")
        for p in guardian_read:
            for d in (picks[:2] if old else picks[:1]):
                add("holiday", student={"person": p}, date=d, name=hol["name"], once=True,
                    why=f"R12 {latest_why}: holiday {hol['id']} {start}..{finish} of the pupil's class (§3.12), shown once")
        for h in old:
            gone = [d for d in days(h["dateStart"][:10], h["dateFinish"][:10]) if not (start <= d < finish)]
            for d in gone:
                add("no_holiday", group={"group": class_id}, date=d, name=hol["name"],
                    why=f"R13: an earlier answer had holiday {hol['id']} from {h['dateStart'][:10]} to {h['dateFinish'][:10]}; "
                        f"the latest ({latest_why}) moves it to {start}..{finish}, so {d} is a school day again")
            for i, p in enumerate(guardian_read):
                for d in [x for x in gone if dt.date.fromisoformat(x).weekday() < 5][i::2]:
                    add("no_holiday", student={"person": p}, date=d, name=hol["name"],
                        why=f"R13: holiday {hol['id']} moved to {start}..{finish} by {latest_why}; {d} is no longer in it")

    # R10 final marks
    body, fwhy = finals[class_id]
    last_period = max((e["reportingPeriod_str"] for e in body), key=lambda x: pnames[x]["start"] if pnames[x]["type"] != "Year" else "")
    for e in body:
        person, period = sid(e, "person"), pnames[sid(e, "reportingPeriod")]
        if person not in guardian_read and sid(e, "reportingPeriod") != last_period:
            continue
        for psm in e["per-subject-final-marks"]:
            m = psm["final-mark"]
            if m is None:
                continue
            add("final_mark", student={"person": person}, subject=subj[sid(psm, "subject")][0], period=period["name"],
                value=m["textValue"] or m["value"],
                why=f"R10 {fwhy}: final mark {sid(m)} ({m['type']}, set {m['date'][:10]}) in period "
                    f"{sid(e, 'reportingPeriod')} «{period['name']}» (§3.13); subject named by R2")

    # R14 journal averages
    for (frm, to), (abody, awhy) in sorted(avgs.items()):
        period = next((rp for rp in latest["reportingPeriods"] if (rp["start"][:10], rp["finish"][:10]) == (frm, to)), None)
        if period is None:
            continue
        for e in abody:
            if sid(e, "person") != guardian_read[0]:
                continue
            for a in e["per-subject-averages"]:
                add("vendor_average", student={"person": sid(e, "person")}, subject=subj[sid(a, "subject")][0],
                    period=period["name"], value=a["avg-mark-value"],
                    why=f"R14 {awhy}: avg-mark-value as sent; the range {frm}..{to} equals «{period['name']}» as the "
                        f"latest reporting-period-group dates it (§3.12, §3.13)")

    # R15, R16
    for gid, (person, cwhy) in classteacher.items():
        add("class_teacher", group={"group": gid}, teacher=teachers[person],
            why=f"R15 {cwhy}: the latest pull names person {person}; an answer pulled 2025-12-20 naming the former class "
                f"teacher was delivered after it (R0)")
    ctx_user = {}
    for pulled, n, step, r in records:
        m = re.search(r"users/(\d+)/context", r["request"])
        if m:
            ctx_user[sid(r["body"], "personId")] = m.group(1)
    for parent, (kids, cwhy) in sorted(children.items()):
        add("children", guardian={"user": ctx_user[parent]}, children=[{"person": k} for k in kids],
            why=f"R16 {cwhy}: children[].personId (§3.9)")

    out = {"facts": facts}
    (HERE / "facts.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


if __name__ == "__main__":
    main()
