"""Derive facts.json from journey.json: what the parent of each pupil under a special regime must see, and must not
see, read from the vendor answers alone (standard library only; never imports the hub; deterministic). Sections
(§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest statement of a thing wins.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7 bulk paths) is the whole list of the
    group's lessons of every day it covers: a lesson an earlier answer placed there that it lacks is gone (no_lesson:
    Артём's cancelled Wednesday home lessons); a lesson is one entity with one `date` (§3.4), so a lesson restated
    on another day has left its old day (the elective moved from Thursday to Friday).
R2  A lesson's times are its `hours` where a pupil's `schedules` bundle gave them (§0, §3.4 flattened lesson),
    else the clock of its `date` and the end of its number's bell item (§3.14); its room is the bundle's `place`.
R3  Who sees a lesson: the members of its group (§3.8: `edu-groups/{g}/persons`; a subgroup's lessons only its
    members: the main PE subgroup, the СМГ, the home-schooling subgroup, the elective). A pupil's own
    `persons/{p}/groups/{g}/schedules` bundle (§0: per person) is his whole diary of each day it covers: a lesson of
    his groups it lacks is not his (Артём, taught at home, attends only Музыка, ИЗО and Технология of his class's
    lessons). This per-person reading of the bundle is an inference [?]: the reference does not say more.
    A pupil of no group (Дарья is not in 7Б: family education) sees none of its lessons.
R4  A mark (§3.1) is shown at its lesson (the lesson's latest day) with `textValue`, else `value`, as the journal
    shows it: «осв» on the `markdismiss` scale (§5: "освобождён"), «зачёт»/«незачёт» on `test` (§5: pass/fail);
    `counts` is its `use_avg_calc`; the work type's `title` is its name (§3.3); the weight (§3.3 standalone work
    type) is stated only for a mark that counts (an «осв» or «зачёт» has no weight to show). A group's marks range
    (§7) is the whole list of the group's marks of the days it covers: a mark an earlier range held that a later
    one lacks is deleted (no_mark: Тимофей's PE «2», replaced by «осв»).
R5  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused; code =
    the status string.
R6  Homework (§3.2, §3.6): a `Homework` work of a lesson, set on the lesson's latest day, due its `targetDate`, for
    the pupils its `tasks` name who see the lesson (R3); a pupil of the same class whom no task names does not see
    it (no_homework: Артём's individual homework, the elective's). A work a lesson's latest `works` list (or the
    latest homeworks range covering its lesson day and due date, §3.7) lacks is deleted: no one sees it.
R7  Final marks (§3.13, §8.4): `edu-groups/{g}/final-marks` per pupil, subject and `reportingPeriod`, the period
    named by the group's `reporting-period-group` (§3.12); shown as `textValue`/`value` (R4).
R8  Periods (§3.12): a pupil's final grades show the periods of his own group's marks (7Б's «1 четверть»; Дарья's
    «1 полугодие» of her attestation group) and not the other group's (no_period).
R9  A journal's average (`edu-groups/{g}/avg-marks/{from}/{to}`, §3.13) over a period's exact dates is that
    period's; pass/fail and exempt marks are in none (the elective and Тимофей's PE have no average).
R10 Children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
WATCHED = ["1000012480701", "1000012480702", "1000012480703", "1000012480704", "1000012480791"]


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

    weights, wt_names, groups, members, bells, children, rpg = {}, {}, {}, {}, {}, {}, {}
    lessons = {}  # lesson id -> info (latest statement)
    day_of = {}  # (group, date) -> set of lesson ids of the latest range covering it
    ever = []  # (lesson id, group, date, number, subject, where) every placement
    works = {}  # homework work id -> (work, lesson id, where)
    lesson_works = {}  # lesson id -> ids of its works in its latest statement
    marks, deleted_marks, logs = {}, {}, {}
    hw_gone = {}
    own = {}  # (person, date) -> set of lesson ids of his own bundle
    hours, places, subjects = {}, {}, {}
    finals, averages = [], []
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req}"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = {p["id_str"] for p in body}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(d, i["LessonNumber"]): (i["Start"][11:16], i["Finish"][11:16])
                           for t in body for i in t["Items"] for d in i["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = body
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_of[(g, d)] = set()
            for le in body:
                lid, d = le["id_str"], dt.date.fromisoformat(le["date"][:10])
                for ls in day_of.values():
                    ls.discard(lid)
                day_of.setdefault((g, d), set()).add(lid)
                subjects[le["subject"]["id_str"]] = le["subject"]["name"]
                lessons[lid] = {"g": g, "date": d, "number": le["number"], "subject": le["subject"]["name"],
                                "title": le["title"], "clock": le["date"][11:16], "where": where}
                ever.append((lid, g, d, le["number"], le["subject"]["name"], where))
                now = set()
                for w in le["works"]:
                    now.add(w["id_str"])
                    if w["type"] == "Homework":
                        works[w["id_str"]] = (w, lid, where)
                for wid in lesson_works.get(lid, set()) - now:
                    hw_gone[wid] = f"lesson {lid}'s works in {where} lack it"
                lesson_works[lid] = now
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            got = {mk["id_str"] for mk in body}
            for mid, (mk, w) in list(marks.items()):
                info = lessons[mk["lesson_str"]]
                if info["g"] == g and a <= info["date"] <= b and mid not in got:
                    deleted_marks[mid] = (mk, f"held by {w}, lacked by {where}")
                    del marks[mid]
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            got = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _) in list(works.items()):
                if wid not in got and a <= lessons[lid]["date"] <= b and \
                        a <= dt.date.fromisoformat(w["targetDate"][:10]) <= b:
                    hw_gone[wid] = f"the homeworks range of {where} lacks it"
            for w in body["works"]:
                works[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)",
                               req):
            p = m[1]
            for day in body["days"]:
                d = dt.date.fromisoformat(day["date"][:10])
                own[(p, d)] = {str(fl["id"]) for fl in day["lessons"]}
                for fl in day["lessons"]:
                    if fl.get("hours"):
                        hours[str(fl["id"])] = fl["hours"]
                    if fl.get("place"):
                        places[str(fl["id"])] = fl["place"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            finals.append((m[1], body, where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            averages.append((m[1], m[2], m[3], body, where))

    current = {lid for ls in day_of.values() for lid in ls}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def sees(p, lid):
        """R3: a member of the lesson's group, and the lesson is in his own bundle of that day if one covers it."""
        info = lessons[lid]
        if lid not in current or p not in members.get(info["g"], set()):
            return False
        return own.get((p, info["date"]), {lid}).__contains__(lid)

    def bell_end(g, d, n):
        for gg in [g, *groups[g]["parentIds_str"]]:
            if gg in bells and (d.strftime("%A"), n) in bells[gg]:
                return bells[gg][(d.strftime("%A"), n)][1]
        return None

    # R1-R3 lessons and no_lesson
    for p in WATCHED:
        mine = sorted((lid for lid in current if sees(p, lid)), key=lambda x: (lessons[x]["date"], lessons[x]["number"]))
        shown = {(lessons[l]["date"], lessons[l]["number"], lessons[l]["subject"]) for l in mine}
        my_days = {lessons[l]["date"] for l in mine}
        for lid in mine:
            info = lessons[lid]
            fact = {"student": {"person": p}, "date": str(info["date"]), "number": info["number"],
                    "subject": info["subject"], "topic": info["title"]}
            why = f"R1/R3 lesson {lid} of group {info['g']} ({groups[info['g']]['name']}) in {info['where']}"
            if lid in hours:
                a, b = [x.strip() for x in hours[lid].split("-")]
                fact.update(starts_at=a, ends_at=b)
                why += f"; R2 hours «{hours[lid]}» of the pupil's schedules bundle"
            else:
                fact.update(starts_at=info["clock"], ends_at=bell_end(info["g"], info["date"], info["number"]))
                why += "; R2 start of its date, end of its bell"
            if lid in places:
                fact["room"] = places[lid]
            add("lesson", why, **fact)
        for lid in sorted(current):
            info = lessons[lid]
            key = (info["date"], info["number"], info["subject"])
            if lid in mine or key in shown:
                continue
            if p == "1000012480791" and info["date"] not in my_days:
                continue  # Дарья: the class's lessons on the days of her attestation only
            why = (f"R3 lesson {lid} of group {info['g']} ({groups[info['g']]['name']}): "
                   + ("the pupil is no member of it" if p not in members.get(info["g"], set())
                      else f"the pupil's own schedules bundle of {info['date']} lacks it"))
            add("no_lesson", why, student={"person": p}, date=str(info["date"]), number=info["number"],
                subject=info["subject"])
        for lid, g, d, n, subj, where in ever:  # R1: placements gone from the latest range
            if p not in members.get(g, set()) or (d, n, subj) in shown:
                continue
            if lid in current and (lessons[lid]["date"], lessons[lid]["number"]) == (d, n):
                continue
            now = f"; now on {lessons[lid]['date']} #{lessons[lid]['number']}" if lid in current else "; deleted"
            add("no_lesson", f"R1 lesson {lid} placed on {d} #{n} by {where} is lacked by the latest range{now}",
                student={"person": p}, date=str(d), number=n, subject=subj)

    # R4 marks
    for mid, (mk, where) in sorted(marks.items()):
        p, lid = mk["person_str"], mk["lesson_str"]
        if p not in WATCHED or not sees(p, lid):
            continue
        info, wt = lessons[lid], str(mk["workType"])
        fact = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "value": mk.get("textValue") or mk["value"], "work_type": wt_names[wt], "counts": mk["use_avg_calc"]}
        if mk["use_avg_calc"]:
            fact["weight"] = weights[wt]
        add("mark", f"R4 mark {mid} ({mk['type']}) of {where} at lesson {lid}; work type {wt}", **fact)
    for mid, (mk, why) in sorted(deleted_marks.items()):
        p, info = mk["person_str"], lessons[mk["lesson_str"]]
        if p in WATCHED:
            add("no_mark", f"R4 mark {mid} «{mk['value']}» {why}", student={"person": p}, date=str(info["date"]),
                subject=info["subject"], value=mk["value"])
    # R5 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        if p in WATCHED and sees(p, lid):
            info = lessons[lid]
            add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                code=e["status"], meaning=STATUS[e["status"]])
    # R6 homework
    for wid, (w, lid, where) in sorted(works.items()):
        info = lessons[lid]
        named = {t["person_str"] for t in w["tasks"]} or members.get(info["g"], set())
        cls = set().union(*(members.get(x, set()) for x in [info["g"], *groups[info["g"]]["parentIds_str"]]))
        for p in WATCHED:
            if wid in hw_gone:
                if p in cls or p in named:
                    add("no_homework", f"R6 homework work {wid} of {where} deleted: {hw_gone[wid]}",
                        student={"person": p}, subject=subjects[str(w["subjectId"])], text=w["text"])
            elif p in named and sees(p, lid):
                add("homework", f"R6 homework work {wid} of {where}, set at lesson {lid}, its tasks name the pupil",
                    student={"person": p}, subject=subjects[str(w["subjectId"])], text=w["text"],
                    date=str(info["date"]), due=w["targetDate"][:10])
            elif p not in named and (p in cls or p == "1000012480791"):
                add("no_homework", f"R6 homework work {wid} of {where}: its tasks do not name the pupil",
                    student={"person": p}, subject=subjects[str(w["subjectId"])], text=w["text"])
    # R7 final marks, R8 periods
    period_names = {rp["id_str"]: (rp["name"], rp["start"][:10], rp["finish"][:10])
                    for body in rpg.values() for rp in body["reportingPeriods"]}
    own_periods = {}
    for g, body, where in finals:
        for entry in body:
            p, (name, a, b) = entry["person_str"], period_names[entry["reportingPeriod_str"]]
            for row in entry["per-subject-final-marks"]:
                fm = row["final-mark"]
                if p in WATCHED and fm:
                    own_periods.setdefault(p, set()).add(name)
                    add("final_mark", f"R7 {where}: {fm['type']} «{fm['value']}» of period {entry['reportingPeriod_str']}",
                        student={"person": p}, subject=subjects[row["subject_str"]], period=name,
                        value=fm.get("textValue") or fm["value"])
    all_names = {n for n, _, _ in period_names.values()}
    for p in WATCHED:
        for name in sorted(own_periods.get(p, ())):
            _, a, b = next(v for v in period_names.values() if v[0] == name)
            add("period", f"R8 the pupil's final marks are of «{name}» of his group's reporting-period-group",
                student={"person": p}, name=name, starts_on=a, ends_on=b)
        for name in sorted(all_names - own_periods.get(p, set())):
            if name in ("1 четверть", "1 полугодие"):
                add("no_period", f"R8 «{name}» is another group's period: the pupil has no mark in it",
                    student={"person": p}, name=name)
    # R9 averages
    for g, a, b, body, where in averages:
        period = next((n for n, s, f in period_names.values() if (s, f) == (a, b)), None)
        for entry in body:
            if entry["person_str"] not in WATCHED:
                continue
            for row in entry["per-subject-averages"]:
                fact = {"student": {"person": entry["person_str"]}, "subject": subjects[row["subject_str"]],
                        "value": row["avg-mark-value"]}
                if period:
                    fact["period"] = period
                add("vendor_average", f"R9 {where}", **fact)
    # R10 children
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
