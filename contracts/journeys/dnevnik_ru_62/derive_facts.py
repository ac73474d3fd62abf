"""Derive facts.json from journey.json: what each parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md;
the model names (M1..M19) are those listed in make_journey.py.

Rules:
R0  Answers are read in pull order (`pulled_at`); for each field the latest answer that states it wins; a key an
    answer leaves out states nothing (the models give it a default only in the client, M9 `works = []`, M10
    `tasks = []`), a key sent null states null (§1: "treat twins as optional"; the hub README's pull-order rule).
R1  Ids: the `_str` twin when present (`id_str`, `idStr`, `personStr`, `lessonStr`, M12/M13), else the id as
    sent, a number or its decimal string alike (§1; integer fields of M1..M11 are pydantic ints, which take both).
R2  A lesson (§3.4, M9) is shown to every pupil of its `group` (the class: every member of
    `edu-groups/{g}/persons`; a subgroup, §3.8 `parentIds`: its own members only) on the day of its `date`, with its
    `number` (M9 `number: Optional[int]`: Wednesday's Geography is sent without one, so it has none: slot null, as
    the hub's read API shows a lesson without a number; the rest of its answer is read all the same), its topic = `title` (the latest stated: Thursday's Литература, null in the range, is named by its
    later `lessons/{id}`), its subject = the embedded `subject.name` (every Subject shape: full, `{id, name}`,
    the Java `idStr` one, §3.11), its teacher = the person of `teachers` / `teachers_str` named "Last First Middle"
    from `edu-groups/{g}/teachers` (Person, §3.9; no full text given), and, for a subgroup, its `group_label` = the
    subgroup's `name` (§3.8). A pupil of the other subgroup sees no English lesson at that number (no_lesson).
R3  Times (§2, §3.4, §3.14): the flattened lesson's `hours` when an answer gave them, else the clock of `date`
    and the bell item's `Finish` of its `number` (the class's timetable; a subgroup's, its parent class's); a lesson
    without a number has its start and no end (no bell item is its).
    The room is the flattened lesson's `place` (§3.4).
R4  A mark (§3.1, M11/M12) is shown on its lesson's day, under its subject, as `textValue` when sent and not null,
    else `value`; weight and name are the standalone work type's (`work-types/{school}`, §3.3, M2: `weight` a
    number or its string, `title`); it counts when `use_avg_calc` is true.
R5  Attendance (§3.5, §6, M14): Absent/Ill/Late/Pass -> absent/ill/late/excused with the status as the code;
    Attend -> present (no code asserted: a journal shows nothing for a present pupil, §6 "no mark shown").
R6  Homework (§3.2, §3.6, §3.7, M10, M15): a `Homework` work's `text`, set on its lesson's day, due on its
    `targetDate`'s date, for the pupils its `tasks` name; a work without a `tasks` key names none, so it is the
    whole `eduGroup`'s. Pupils of the class outside its addressees do not see it (no_homework). A file it lists
    (`files`, resolved through the bundle's `files`, §3.7) is shown by name.
R7  Final marks (§3.13, M17): a Mark of a `PeriodMark` work is the pupil's mark for the reporting period of the
    work's `periodType`/`periodNumber` (the group's `reporting-period-group`, §3.12) in the work's subject.
R8  The journal's own averages (§3.13, M18): `avg-mark-value` as sent, for the period whose first and last day
    the range's dates are; null is no average (no fact).
R9  Periods (§3.12, M8) by name and dates for every pupil of the group; a parent's children are the `children`
    of their `users/{u}/context` (§3.9, M7: `personId` a number or its string).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused", "Attend": "present"}


def sid(obj, key):
    """R1: the twin when present, else the value as sent."""
    for twin in (f"{key}_str", f"{key}Str", f"{key[0].upper()}{key[1:]}Str"):
        if obj.get(twin) not in (None, ""):
            return str(obj[twin])
    return None if obj.get(key) is None else str(obj[key])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    wtypes, members, parent_of, names = {}, {}, {}, {}
    children, periods, bells = {}, {}, {}
    lessons, works, marks, logs, files, averages, subj_names, sources = {}, {}, {}, {}, {}, {}, {}, {}

    def src(step, req, pulled):
        return f"{step}: {req} (pulled {pulled})"

    def take_lesson(item, where, flat=False):
        lid = sid(item, "id")
        les = lessons.setdefault(lid, {"id": lid})
        sources.setdefault(lid, []).append(where)
        for key in ("title", "date", "number", "hours", "place"):
            if key in item:
                les[key] = item[key]
        if "group" in item:
            les["group"] = str(item["group"])
        if isinstance(item.get("subject"), dict):
            s = item["subject"]
            subj_names[sid(s, "id")] = s["name"]
            les["subject"] = sid(s, "id")
        if "subjectId" in item:
            les["subject"] = str(item["subjectId"])
        t = item.get("teachers_str") or item.get("teachers")
        if t:
            les["teacher"] = str(t[0])
        for w in item.get("works", []) if not flat else []:
            take_work(w, where)

    def take_work(w, where):
        wid = sid(w, "id")
        works.setdefault(wid, {}).update({k: v for k, v in w.items()})
        works[wid]["_where"] = where

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = src(step, req, pulled)
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                wtypes[sid(w, "id")] = (int(w["weight"]), w["title"], w.get("kind"))
        elif m := re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                names[sid(g, "id")] = g["name"]
                parents = [str(x) for x in (g.get("parentIds_str") or g.get("parentIds") or []) if x is not None]
                if parents:
                    parent_of[sid(g, "id")] = parents[0]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [sid(p, "id") for p in body]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/teachers", req):
            for p in body:
                names[sid(p, "id")] = " ".join(x for x in (p.get("lastName"), p.get("firstName"),
                                                           p.get("middleName")) if x)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(it["LessonNumber"]): (it["Start"][11:16], it["Finish"][11:16])
                           for t in body for it in t["Items"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            periods[m[1]] = {(p["type"], int(p["number"])): (p["name"], p["start"][:10], p["finish"][:10])
                             for p in body["reportingPeriods"]}
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[str(body["personId"])] = ([str(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", req):
            for item in body:
                take_lesson(item, where)
        elif re.fullmatch(r"GET /v2/lessons/\d+", req):
            take_lesson(body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                marks[sid(mk, "id")] = (mk, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?.*", req):
            for e in body:
                logs[(sid(e, "person"), sid(e, "lesson"))] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?.*", req):
            for s in body["subjects"]:
                subj_names.setdefault(str(s["id"]), s["name"])
            for item in body["lessons"]:
                take_lesson(item, where, flat=True)
            for w in body["works"]:
                take_work(w, where)
            for f in body["files"]:
                files[sid(f, "id")] = f["name"]
        elif re.fullmatch(r"GET /v2/persons/\d+/groups/\d+/schedules\?.*", req):
            for day in body["days"]:
                for item in day["lessons"]:
                    take_lesson(item, where, flat=True)
                for w in day["works"] + day["homeworks"]:
                    take_work(w, where)
                for mk in day["marks"]:
                    marks[sid(mk, "id")] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", req):
            for w in body["works"]:
                take_work(w, where)
            for s in body["subjects"]:
                subj_names.setdefault(sid(s, "id"), s["name"])
            for mk in body["marks"]:
                marks[sid(mk, "id")] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for row in body:
                for a in row["per-subject-averages"]:
                    averages[(sid(row, "person"), sid(a, "subject"))] = (a["avg-mark-value"], m[2], m[3], where)

    def pupils_of(g):
        return members.get(g, [])

    def class_of(g):
        return parent_of.get(g, g)

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind}-{sum(f['kind'] == kind for f in facts) + 1:03d}", "kind": kind, **kw,
                      "why": why})

    def times(les):
        if les.get("hours"):
            a, b = [x.strip() for x in les["hours"].split("-")]
            return a, b, f"hours «{les['hours']}»"
        a = les["date"][11:16]
        if les.get("number") is None:
            return a, None, f"date {les['date']}; no number, so no bell item gives its end"
        b = bells.get(class_of(les["group"]), {}).get(int(les["number"]), (None, None))[1]
        return a, b, f"date {les['date']} and bell #{les['number']}"

    def num(les):
        return None if les.get("number") is None else int(les["number"])

    ordered = sorted(lessons.values(), key=lambda l: (l["date"], num(l) or 0, l["group"]))
    for les in ordered:
        g, day = les["group"], les["date"][:10]
        subject = subj_names[les["subject"]]
        a, b, how = times(les)
        why = f"R2/R3 lesson {les['id']}, last stated by {sources[les['id']][-1]}; {how}"
        for p in pupils_of(g):
            kw = {"student": {"person": p}, "date": day, "subject": subject}
            if num(les) is not None:
                kw["number"] = num(les)
            if les.get("title") is not None:
                kw["topic"] = les["title"]
            kw["starts_at"] = a
            if b is not None:
                kw["ends_at"] = b
            kw["teacher"] = names[les["teacher"]]
            if les.get("place"):
                kw["room"] = les["place"]
            if g in parent_of:
                kw["group_label"] = names[g]
            add("lesson", why, **kw)
        if g in parent_of:
            others = [p for p in pupils_of(parent_of[g]) if p not in pupils_of(g)]
            for p in others:
                add("no_lesson", f"R2 lesson {les['id']} is subgroup {names[g]}'s; this pupil is not one of its "
                                 f"members (edu-groups/{g}/persons)",
                    student={"person": p}, date=day, number=int(les["number"]), subject=subject)

    for mid, (mk, where) in sorted(marks.items()):
        work = works.get(sid(mk, "work"), {})
        if work.get("type") == "PeriodMark":
            continue
        les = lessons[sid(mk, "lesson")]
        weight, title, _ = wtypes[str(mk["workType"])]
        text = mk.get("textValue") if mk.get("textValue") is not None else mk["value"]
        add("mark", f"R4 mark {mid} of {where}; work type {mk['workType']} weight {weight}",
            student={"person": sid(mk, "person")}, date=les["date"][:10], subject=subj_names[les["subject"]],
            value=text, weight=weight, work_type=title, counts=bool(mk["use_avg_calc"]))

    for (p, lid), (e, where) in sorted(logs.items()):
        les = lessons[lid]
        kw = {"student": {"person": p}, "date": les["date"][:10], "subject": subj_names[les["subject"]],
              "number": num(les), "meaning": STATUS[e["status"]]}
        if e["status"] != "Attend":
            kw["code"] = e["status"]
        add("attendance", f"R5 log entry {e['status']} of {where}", **kw)

    for wid, w in sorted(works.items()):
        if w.get("type") != "Homework":
            continue
        les = lessons[sid(w, "lesson")]
        g = sid(w, "eduGroup")
        addressees = [sid(t, "person") for t in w["tasks"]] if "tasks" in w else pupils_of(g)
        subject = subj_names[les["subject"]]
        why = f"R6 homework work {wid}, last stated by {w['_where']}; " + (
            "its tasks name these pupils" if "tasks" in w else "no tasks key: the whole group")
        for p in addressees:
            kw = {"student": {"person": p}, "date": les["date"][:10], "subject": subject, "text": w["text"],
                  "due": w["targetDate"][:10]}
            names_of_files = [files[str(f)] for f in (w.get("files") or []) if str(f) in files]
            if names_of_files:
                kw["attachments"] = names_of_files
            add("homework", why, **kw)
        for p in pupils_of(class_of(g)):
            if p not in addressees:
                add("no_homework", f"R6 homework work {wid} is set for {addressees} only (tasks / its group)",
                    student={"person": p}, subject=subject, text=w["text"])

    for mid, (mk, where) in sorted(marks.items()):
        work = works.get(sid(mk, "work"), {})
        if work.get("type") != "PeriodMark":
            continue
        g = class_of(sid(work, "eduGroup"))
        name = periods[g][(work["periodType"], int(work["periodNumber"]))][0]
        add("final_mark", f"R7 mark {mid} of PeriodMark work {sid(work, 'id')} ({work['periodType']} "
                          f"{work['periodNumber']}) of {where}",
            student={"person": sid(mk, "person")}, subject=subj_names[str(work["subjectId"])], period=name,
            value=mk["value"])

    for (p, s), (value, a, b, where) in sorted(averages.items()):
        if value is None:
            continue
        match = [v for g in periods for v in periods[g].values() if (v[1], v[2]) == (a, b)]
        add("vendor_average", f"R8 avg-mark-value of {where}; {a}..{b} is {match[0][0]}",
            student={"person": p}, subject=subj_names[s], period=match[0][0], value=value)

    for g, ps in sorted(periods.items()):
        for p in pupils_of(g):
            for name, a, b in sorted(ps.values(), key=lambda v: v[1]):
                add("period", f"R9 reporting-period-group of group {g}", student={"person": p}, name=name,
                    starts_on=a, ends_on=b)

    for parent, (kids, where) in sorted(children.items()):
        add("children", f"R9 children of {where}", guardian={"person": parent},
            children=[{"person": k} for k in kids])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
