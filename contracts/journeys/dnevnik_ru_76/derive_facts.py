"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins.
R1  Membership (§3.8): `POST edu-groups` lists each group with its pupils and their `membershipstatus`; the API
    gives no dates, so a change is dated between two pulls of the lists: a pupil shown `Active` is in the group up
    to the day of that pull; one shown `Archive` (or whose group is `status: Archive`) after an `Active` pull left
    on the day after that pull; one first shown `Active` after a list that lacked him (or showed him `Archive`)
    joined on the day after that list. The first lists of the year (before any lesson) start the school year.
    The sync job pulls the lists at 18:00 on school evenings, so a move made before Wednesday's lessons is dated
    Wednesday (the lists of Tuesday 18:00 still show Илья in 8А; the lessons of Wednesday name him in 8Б).
R2  A group's lessons range `edu-groups/{g}/lessons/{from}/{to}` (§3.4, §7) is the whole list of the group's
    lessons on every day it covers; a lesson is one entity (§3.4: `group`, `date`, `number`, `title`). A pupil sees
    on day d the lessons of the class and subgroups he is in on d (R1), and nothing of the other groups' lessons:
    a subgroup lesson carries its subgroup's `name` (§3.8) as its label; a class lesson none.
R3  Marks (§3.1) hang on their lesson: a group's marks range is the whole list of its marks of the days it covers,
    so a later range lacking a mark deletes it and a changed `value` under the same `id` replaces it; weight and name
    are the standalone work type's (§3.3), `counts` is `use_avg_calc`.
R4  Log entries (§3.5, §6) are keyed by (lesson, person); a group's log range is the whole log of its lessons in
    the range: a later range lacking an entry means the pupil was present; Attend/Absent/Ill/Late/Pass ->
    present/absent/ill/late/excused.
R5  Homework (§3.2, §3.6, §3.7) is a `Homework` work of a lesson, for the pupils its `tasks` name; the homeworks
    range and the lesson's own `works[]` (§3.4) are complete: a later answer lacking it means it was withdrawn.
    It shows at the lesson it was set at, to the pupils its tasks name, who are in the lesson's group that day.
R6  Final marks (§3.13): `edu-groups/{g}/final-marks` gives one entry per pupil, group and reporting period, each
    subject's `final-mark` (null: none); a later answer of the group that lists the pupil replaces his entry; a pupil
    the group's list no longer names because he left the group (R1) keeps what the group gave him.
R7  Periods and holidays from `reporting-period-group` (§3.12); the class teacher is the latest
    `edu-groups/{g}/classteacher` (§3.9 teacher lists; one Person), shown as «Фамилия Имя Отчество»; children from
    the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
YEAR_START = dt.date(2026, 9, 1)
WATCHED = {"1000012760101": "Мария (8А)", "1000012760104": "Илья (8А -> 8Б)", "1000012760201": "Дарья (8Б)"}
SEAM_DAYS = {dt.date(2027, 1, 11), dt.date(2027, 1, 19), dt.date(2027, 1, 20), dt.date(2027, 1, 26)}
MOVER = "1000012760104"
SPAN = (dt.date(2026, 12, 21), dt.date(2027, 1, 29))


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    weights, wt_names = {}, {}
    groups = {}  # group id -> latest group object
    stays = {}  # (group, person) -> [[start, end or None]]
    state = {}  # (group, person) -> active?
    last_roster_day = None
    bells = {}
    lessons = {}  # lesson id -> info (latest statement)
    gone = set()  # lesson ids the latest covering range lacks
    marks, logs, homework = {}, {}, {}
    finals = {}  # (group, person, period) -> ({subject: value}, where)
    rpg, classteacher, children = {}, {}, {}
    subj_names = {}

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled.isoformat()})"
        day = pulled.date()
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]] = w["weight"]
                wt_names[w["id_str"]] = w["title"]
        elif req == "POST /v2/edu-groups":
            seen = set()
            for entry in body:
                g = entry["group"]["id_str"]
                groups[g] = entry["group"]
                for s in entry["students"]:
                    p = s["person"]["id_str"]
                    seen.add((g, p))
                    active = s["membershipstatus"] == "Active" and entry["group"]["status"] == "Active"
                    was = state.get((g, p), False)
                    if active and not was:
                        start = YEAR_START if last_roster_day is None else last_roster_day + dt.timedelta(days=1)
                        stays.setdefault((g, p), []).append([start, None, where])
                    if not active and was:
                        stays[(g, p)][-1][1] = last_roster_day
                    state[(g, p)] = active
            for (g, p), was in list(state.items()):
                if was and (g, p) not in seen and g in {e["group"]["id_str"] for e in body}:
                    stays[(g, p)][-1][1] = last_roster_day
                    state[(g, p)] = False
            last_roster_day = day
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {item["LessonNumber"]: (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = {x["id_str"] for x in body}
            for lid, info in lessons.items():
                if info["g"] == g and a <= info["date"] <= b and lid not in listed:
                    gone.add(lid)
            for x in body:
                lid = x["id_str"]
                gone.discard(lid)
                subj_names[x["subject"]["id_str"]] = x["subject"]["name"]
                lessons[lid] = {"g": str(x["group"]), "date": dt.date.fromisoformat(x["date"][:10]),
                                "number": x["number"], "subject": x["subject"]["name"], "title": x["title"],
                                "clock": x["date"][11:16], "where": where}
                hw_ids = {w["id_str"] for w in x["works"] if w["type"] == "Homework"}
                for wid, (w, l, _, alive) in list(homework.items()):
                    if l == lid and wid not in hw_ids and alive:
                        homework[wid] = (w, l, where, False)
                for w in x["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where, True)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = {x["id_str"] for x in body}
            for mid, (mk, _, alive) in list(marks.items()):
                info = lessons.get(mk["lesson_str"])
                if alive and info and info["g"] == g and a <= info["date"] <= b and mid not in listed:
                    marks[mid] = (mk, where, False)
            for x in body:
                marks[x["id_str"]] = (x, where, True)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = {(x["lesson_str"], x["person_str"]) for x in body}
            for key, (e, _, alive) in list(logs.items()):
                info = lessons.get(key[0])
                if alive and info and info["g"] == g and a <= info["date"] <= b and key not in listed:
                    logs[key] = (e, where, False)
            for x in body:
                logs[(x["lesson_str"], x["person_str"])] = (x, where, True)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            listed = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _, alive) in list(homework.items()):
                info = lessons.get(lid)
                due = dt.date.fromisoformat(w["targetDate"][:10])
                if alive and info and a <= info["date"] <= b and a <= due <= b and wid not in listed:
                    homework[wid] = (w, lid, where, False)
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where, True)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                key = (entry["group_str"], entry["person_str"], entry["reportingPeriod_str"])
                finals[key] = ({x["subject_str"]: (x["final-mark"] or {}).get("textValue") or
                                (x["final-mark"] or {}).get("value") for x in entry["per-subject-final-marks"]}, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/classteacher", req):
            classteacher[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)

    def member(p, g, d):
        return any(a <= d and (b is None or d <= b) for a, b, _ in stays.get((g, p), []))

    def stay_why(p, g):
        return "; ".join(f"{a}..{b or 'open'} ({w.split(':')[0]})" for a, b, w in stays.get((g, p), []))

    def label(g):
        obj = groups.get(g, {})
        return obj.get("name") if obj.get("type") == "Subgroup" else None

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    class_of = {g: (obj["parentIds_str"][0] if obj.get("parentIds_str") else g) for g, obj in groups.items()}
    live = {lid: info for lid, info in lessons.items() if lid not in gone}
    school_days = sorted({i["date"] for i in live.values()})

    # R2: lessons and no_lessons
    for p in WATCHED:
        for d in school_days:
            mine = [(lid, i) for lid, i in live.items() if i["date"] == d and member(p, i["g"], d)]
            mine_keys = {(i["subject"], i["number"]) for _, i in mine}
            for lid, i in sorted(mine, key=lambda x: x[1]["number"]):
                if label(i["g"]) is None and d not in SEAM_DAYS:
                    continue
                bell = bells.get(class_of[i["g"]], {}).get(i["number"])
                add("lesson", f"R1/R2 lesson {lid} of group {i['g']} ({label(i['g']) or 'the class'}) from {i['where']}; "
                              f"the pupil's stay there: {stay_why(p, i['g'])}; times: the lesson's `date` and the "
                              f"class bells #{i['number']} (§3.14)",
                    student={"person": p}, date=str(d), number=i["number"], subject=i["subject"], topic=i["title"],
                    group_label=label(i["g"]), starts_at=i["clock"], ends_at=bell[1] if bell else None)
            others = [(lid, i) for lid, i in lessons.items() if i["date"] == d and (lid in gone or not member(p, i["g"], d))]
            for lid, i in sorted(others, key=lambda x: (x[1]["number"], x[0])):
                if (i["subject"], i["number"]) in mine_keys:
                    continue
                if label(i["g"]) is None and (d not in SEAM_DAYS or p != MOVER):
                    continue  # another class's lessons: looked at for the pupil who moved, around his move
                reason = (f"lacked by the latest range covering {d}" if lid in gone else
                          f"of group {i['g']} ({label(i['g']) or 'class'}), not the pupil's that day "
                          f"(stays: {stay_why(p, i['g']) or 'none'})")
                add("no_lesson", f"R1/R2 lesson {lid} ({i['subject']} #{i['number']}) {reason}",
                    student={"person": p}, date=str(d), number=i["number"], subject=i["subject"])
    # R3 marks
    for mid, (mk, where, alive) in sorted(marks.items(), key=lambda x: x[1][0]["date"]):
        p, info = mk["person_str"], live.get(mk["lesson_str"])
        if info is None:
            continue
        wt = str(mk["workType"])
        if alive:
            add("mark", f"R3 mark {mid} of {where} on lesson {mk['lesson_str']} ({info['date']} #{info['number']}); "
                        f"work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
                counts=mk["use_avg_calc"])
        else:
            add("no_mark", f"R3 mark {mid} ({mk['value']}) lacked by {where}, a later range over its day",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"])
    # the superseded values of changed marks
    firsts = {}
    for _, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", r["request"]):
            for x in r["body"]:
                firsts.setdefault(x["id_str"], set()).add(x["value"])
    for mid, values in sorted(firsts.items()):
        mk, where, alive = marks[mid]
        info = live.get(mk["lesson_str"])
        for v in sorted(values - {mk["value"]}):
            if alive and info:
                add("no_mark", f"R3 mark {mid} was «{v}», changed to «{mk['value']}» by {where}",
                    student={"person": mk["person_str"]}, date=str(info["date"]), subject=info["subject"],
                    number=info["number"], value=v)
    # R4 attendance
    for (lid, p), (e, where, alive) in sorted(logs.items()):
        info = live.get(lid)
        if info is None:
            continue
        if alive:
            add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                code=e["status"], meaning=STATUS[e["status"]])
        else:
            add("attendance", f"R4 entry ({lid}, {p}) {e['status']} lacked by {where}: present",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                meaning="present")
    # R5 homework
    for wid, (w, lid, where, alive) in sorted(homework.items()):
        info = live.get(lid)
        if info is None:
            continue
        subject = subj_names[str(w["subjectId"])]
        named = {t["person_str"] for t in w["tasks"]}
        for p in sorted(set(WATCHED) | named):
            if p not in WATCHED:
                continue
            if alive and p in named and member(p, info["g"], info["date"]):
                add("homework", f"R5 Homework {wid} of {where}: set at lesson {lid} ({info['date']} #{info['number']}, "
                                f"group {info['g']}), due {w['targetDate'][:10]}, tasks name the pupil",
                    student={"person": p}, subject=subject, text=w["text"], date=str(info["date"]),
                    due=w["targetDate"][:10])
            elif not alive and p in named:
                add("no_homework", f"R5 Homework {wid} («{w['text']}») withdrawn: lacked by {where}",
                    student={"person": p}, subject=subject, text=w["text"])
            elif alive and p not in named and class_of.get(info["g"]) in {class_of.get(g) for (g, pp) in stays
                                                                          if pp == p}:
                add("no_homework", f"R5 Homework {wid} of group {info['g']} set {info['date']}: its tasks do not "
                                   f"name the pupil (§3.6), who was not in the group that day",
                    student={"person": p}, subject=subject, text=w["text"])
    # R6 final marks
    for (g, p, rp), (per, where) in sorted(finals.items()):
        period = next((x["name"] for body, _ in rpg.values() for x in body["reportingPeriods"] if x["id_str"] == rp),
                      None)
        for sid, value in sorted(per.items()):
            subject = subj_names[sid]
            if value is None:
                add("no_final_mark", f"R6 {where}: `final-mark` null for {subject}", student={"person": p},
                    subject=subject, period=period)
            elif p in WATCHED:
                add("final_mark", f"R6 entry (pupil {p}, group {g}, {period}) of {where}", student={"person": p},
                    subject=subject, period=period, value=value)
    seen_finals = {}
    for _, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/final-marks", r["request"]):
            for entry in r["body"]:
                for x in entry["per-subject-final-marks"]:
                    if x["final-mark"]:
                        seen_finals.setdefault((entry["group_str"], entry["person_str"], entry["reportingPeriod_str"],
                                                x["subject_str"]), set()).add(x["final-mark"]["value"])
    for (g, p, rp, sid), values in sorted(seen_finals.items()):
        now = finals[(g, p, rp)][0].get(sid)
        period = next(x["name"] for body, _ in rpg.values() for x in body["reportingPeriods"] if x["id_str"] == rp)
        for v in sorted(values - {now}):
            if now is not None:
                add("no_final_mark", f"R6 {subj_names[sid]} «{v}» replaced by «{now}» in {finals[(g, p, rp)][1]}",
                    student={"person": p}, subject=subj_names[sid], period=period, value=v)
    # R7 periods, holidays, class teachers, children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for x in body["reportingPeriods"]:
            key = (x["name"], x["start"][:10], x["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R7 {where}", name=x["name"], starts_on=key[1], ends_on=key[2])
        for h in body["holidays"]:
            a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
            for d in (x for x in days(a, b) if SPAN[0] <= x <= SPAN[1] and x in (dt.date(2026, 12, 28), dt.date(2027, 1, 6))):
                for p in WATCHED:
                    if member(p, g, d):
                        add("holiday", f"R7 «{h['name']}» of group {g}'s list in {where}", student={"person": p},
                            date=str(d), name=h["name"], once=True)
    for g, (body, where) in sorted(classteacher.items()):
        add("class_teacher", f"R7 the latest classteacher answer: {where}", group={"group": g},
            teacher=f"{body['lastName']} {body['firstName']} {body['middleName']}")
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R7 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

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
