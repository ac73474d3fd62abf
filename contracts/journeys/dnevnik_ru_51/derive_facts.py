"""Derive facts.json from journey.json: what a parent of the lyceum's 10Л and 11Л must see, read from the vendor
answers alone (standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`, not push order); the latest pull of a thing wins.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7: the bulk path) is the whole list of
    each day it covers: a lesson an earlier answer placed on a day that the latest range covering the day lacks is
    no lesson of that day (no_lesson: 10Л's Физика of 05-27).
R2  A lesson's topic and number are its latest statement (§3.4 `title`, `number`); its times are the `hours` of a
    pupil's schedules bundle (§3.4 flattened lesson) when one gave them, else the clock of its `date` and the end of
    its number's bell item (§3.14); the room is the bundle's `place`.
R3  A mark (§3.1) is shown on its lesson's day, exactly as the journal writes it: its `textValue`, else (null,
    §3.1 "nullable") its `value`, whatever the scale (§5: `mark10` 1..10, `mark100` percent, `test` pass/fail):
    a ten-point «5» is «5», never a five-point value, a percent «87» is «87». Its weight and name are its work
    type's, standalone shape (§3.3: `weight` lives on WorkType, §3.1 "No weight on the mark itself"); `counts`
    is its `use_avg_calc` (§3.1). The latest answer stating a mark id gives its value (a corrected mark keeps its
    id: the 7 that became 9 is shown as 9 and not as 7: no_mark of the old value); a group's marks range is the
    whole list of that group's marks of each day it covers (§7 bulk path), so a mark the latest range lacks is
    gone (no_mark: Ева's Физика 4).
R4  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, the code
    being the status string.
R5  Homework (§3.2, §3.7): a `Homework` work's `text`, shown at its lesson's day, due its `targetDate`; a work
    the latest answer covering it lacks (the lesson's own `works[]` in a later lessons range, §3.4, and the later
    homeworks range of the same window, §3.7) is withdrawn (no_homework: 10Л's essay).
R6  Final marks (§3.13): `edu-groups/{g}/final-marks` entries per pupil and `reportingPeriod`; each subject's
    `final-mark` exactly as written (`textValue`, else `value`), ten-point or `test` (the non-graded subject's
    «зачёт» / «незачёт»), in the column of the period of that id as `reporting-period-group` names it (§3.12:
    «2 полугодие», «Год»); the latest pull of a mark id wins (Тимур's year Алгебра 7 -> 8: «8» alone).
R7  The journal's own averages (§3.13 `avg-marks`: `avg-mark-value` a string; §3.1 `wa-marks`: `value` a float)
    as sent, on the journal's ten-point scale, never re-scaled; the range `{from}/{to}` equal to a reporting
    period's `start`/`finish` (§3.12) makes it that period's average («2 полугодие» for avg-marks, «Год» for
    wa-marks).
R8  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
LESSON_WATCH = {"1000012510101", "1000012510201"}  # Арсений (10Л), Дарья (11Л): every lesson
HW_WATCH = {"1000012510101", "1000012510201", "1000012510202"}  # + Марк (11Л)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def shown(mark):
    return mark["textValue"] if mark.get("textValue") not in (None, "") else mark["value"]


def num(v):
    return v if isinstance(v, str) else json.dumps(v)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names = {}, {}
    members, children, periods, bells = {}, {}, {}, {}
    day_lessons, ever, lesson_info, hours, rooms = {}, {}, {}, {}, {}
    marks, mark_days, logs = {}, {}, {}
    hw, hw_gone, finals, averages = {}, {}, {}, []
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step.split('.')[0]}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            for rp in body["reportingPeriods"]:
                periods[rp["id_str"]] = (rp["name"], rp["start"][:10], rp["finish"][:10], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(d, it["LessonNumber"]): (it["Start"][11:16], it["Finish"][11:16])
                           for t in body for it in t["Items"] for d in it["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(g, d)] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                info = {"g": g, "date": d, "number": lesson["number"], "subject": lesson["subject"]["name"],
                        "title": lesson["title"], "clock": lesson["date"][11:16], "where": where}
                lesson_info[lid] = info
                day_lessons[(g, d)][lid] = info
                ever[(g, d, lesson["number"], info["subject"])] = (lid, where)
                have = {w["id_str"] for w in lesson["works"]}
                for wid, (w, wl, _) in list(hw.items()):
                    if wl == lid and wid not in have:
                        hw_gone[wid] = hw.pop(wid) + (where,)
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        hw[w["id_str"]] = (w, lid, where)
                        hw_gone.pop(w["id_str"], None)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = {mk["id_str"] for mk in body}
            for mid, (mk, w) in list(marks.items()):  # the range is the group's whole list of its days (R3)
                d = mark_days.get(mid)
                if d and a <= d <= b and mk["_g"] == m[1] and mid not in listed:
                    marks[mid] = (dict(mk, _gone=where), w)
            for mk in body:
                old = marks.get(mk["id_str"])
                hist = (old[0].get("_was", []) + [shown(old[0])]) if old and shown(old[0]) != shown(mk) else \
                    (old[0].get("_was", []) if old else [])
                marks[mk["id_str"]] = (dict(mk, _g=m[1], _was=hist), where)
                mark_days[mk["id_str"]] = dt.date.fromisoformat(lesson_info[mk["lesson_str"]]["date"].isoformat()) \
                    if mk["lesson_str"] in lesson_info else dt.date.fromisoformat(mk["date"][:10])
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            listed = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _) in list(hw.items()):
                if a <= lesson_info[lid]["date"] <= b and a <= dt.date.fromisoformat(w["targetDate"][:10]) <= b \
                        and wid not in listed:
                    hw_gone[wid] = hw.pop(wid) + (where,)
            for w in body["works"]:
                hw[w["id_str"]] = (w, w["lesson_str"], where)
                hw_gone.pop(w["id_str"], None)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            for day in body["days"]:
                for fl in day["lessons"]:
                    hours[str(fl["id"])] = (fl["hours"], where)
                    rooms[str(fl["id"])] = fl["place"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                for row in entry["per-subject-final-marks"]:
                    fm = row["final-mark"]
                    key = (entry["person_str"], entry["reportingPeriod_str"], row["subject_str"])
                    old = finals.get(key)
                    was = (old[0].get("_was", []) + [shown(old[0])]) if old and shown(old[0]) != shown(fm) else []
                    finals[key] = (dict(fm, _was=was), where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for row in entry["per-subject-averages"]:
                    averages.append((entry["person_str"], row["subject_str"], m[2], m[3], row["avg-mark-value"],
                                     "avg-marks", where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/wa-marks/([\d-]+)/([\d-]+)", req):
            for row in body["subjectMarks"]:
                for mk in row["marks"]:
                    averages.append((str(mk["person"]), row["subject_str"], m[2], m[3], num(mk["value"]),
                                     "wa-marks", where))

    subj_names = {}
    for _, _, _, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/.*", r["request"]):
            for lesson in r["body"]:
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
    group_of = {p: g for g, ps in members.items() for p in ps}
    current = {lid: info for (g, d), ls in day_lessons.items() for lid, info in ls.items()}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # R1/R2 lessons and no_lesson
    for p in sorted(LESSON_WATCH):
        g = group_of[p]
        for (gg, d), ls in sorted(day_lessons.items()):
            if gg != g:
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
                    bell = bells[g].get((d.strftime("%A"), info["number"]))
                    fact.update(starts_at=info["clock"], ends_at=bell[1])
                    why += f"; end {bell[1]}: bell item #{info['number']} (§3.14)"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                add("lesson", why, **fact)
        for (gg, d, n, subj), (lid, where) in sorted(ever.items()):
            if gg == g and not any(i["number"] == n and i["subject"] == subj
                                   for i in day_lessons.get((g, d), {}).values()):
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) placed on {d} by {where}; the latest range "
                                 f"covering {d} lacks it", student={"person": p}, date=str(d), number=n, subject=subj)
    # R3 marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        p, lid = mk["person_str"], mk["lesson_str"]
        info = lesson_info[lid]
        base = dict(student={"person": p}, date=str(info["date"]), subject=info["subject"])
        if "_gone" in mk:
            add("no_mark", f"R3 mark {mid} «{shown(mk)}» of {where}; the group's range {mk['_gone']} lacks it",
                **base, value=shown(mk))
            continue
        if lid not in current:
            continue
        wt = str(mk["workType"])
        add("mark", f"R3 mark {mid} ({mk['type']}, value {mk['value']!r}, textValue {mk['textValue']!r}) of {where}; "
                    f"work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            **base, value=shown(mk), weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
        for old in mk["_was"]:
            if old != shown(mk):
                add("no_mark", f"R3 mark {mid} was «{old}», corrected to «{shown(mk)}» by {where} (same id)",
                    **base, value=old)
    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = current.get(lid)
        if info is None:
            continue
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    # R5 homework
    for wid, (w, lid, where) in sorted(hw.items()):
        info = lesson_info[lid]
        for p in sorted(HW_WATCH):
            if group_of[p] == info["g"]:
                add("homework", f"R5 Homework work {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                                f"{w['targetDate'][:10]}", student={"person": p}, subject=subj_names[str(w["subjectId"])],
                    text=w["text"], date=str(info["date"]), due=w["targetDate"][:10])
    for wid, (w, lid, where, gone) in sorted(hw_gone.items()):
        info = lesson_info[lid]
        for p in sorted(HW_WATCH):
            if group_of[p] == info["g"]:
                add("no_homework", f"R5 Homework work {wid} of {where} is lacked by {gone}", student={"person": p},
                    subject=subj_names[str(w["subjectId"])], text=w["text"])
    # R6 final marks
    for (p, rp, s), (fm, where) in sorted(finals.items()):
        add("final_mark", f"R6 final mark {fm['id_str']} ({fm['type']}, value {fm['value']!r}) of {where}; "
                          f"period {rp} «{periods[rp][0]}»" + (f"; was «{'», «'.join(fm['_was'])}»" if fm["_was"] else ""),
            student={"person": p}, subject=subj_names[s], period=periods[rp][0], value=shown(fm))
    # R7 the journal's averages
    for p, s, a, b, value, source, where in averages:
        period = next((name for name, start, finish, _ in periods.values() if (start, finish) == (a, b)), None)
        add("vendor_average", f"R7 {source} {a}..{b} of {where}: the journal's «{value}» on its ten-point scale",
            student={"person": p}, subject=subj_names[s], period=period, value=value)
    # R8 periods, children
    for rp, (name, start, finish, where) in sorted(periods.items()):
        add("period", f"R8 {where}", name=name, starts_on=start, ends_on=finish)
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
