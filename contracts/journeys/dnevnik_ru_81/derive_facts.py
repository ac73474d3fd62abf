"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`, the school's wall clock with its offset, §2), not in delivery
    order: an answer is the journal as it was when pulled (§7: the only sources are polling endpoints), so an answer
    delivered late says nothing newer than what was pulled after it. Ids are read from the `_str` twins (§1: the
    class and its subgroups are 19-digit ids that one double cannot tell apart).
R1  A lesson (§3.4) is one entity with one id: its topic (`title`), date, number, subject, group and teachers are
    its latest statement in any shape (a group's lessons range, a pupil's `schedules` day, the homeworks bundle's
    flattened lesson); its group only comes from the full shape (`group`; the flattened shape has none), so a lesson
    a later range gives another `group` moved to that group's timetable (the replacement lesson of Tue 11-24 #6).
R2  A pupil's lessons on a day are those his latest `persons/{p}/groups/{g}/schedules` answer covering that day
    lists (§0: the bundle is the pupil's own days): his class's and his subgroup's that day. A subgroup lesson that
    answer does not list is not his (the other subgroup's; a lesson deleted from the journal), so every lesson any
    answer placed on that day in a group of his class, of a subject and number his day lacks, is a `no_lesson`. His
    English subgroup on a day is the group (R1) of the English lesson his day lists (a day without English: the
    last such day before it, else the first after it); the member lists (§3.8, undated) agree with it at every
    pull time and are not needed to date the move.
R3  Times are the flattened lesson's `hours` (§3.4), room its `place`, both as last stated; the teacher is the person
    its latest `teachers` names, by full name (last, first, middle: §3.9 Person); a subgroup lesson is labelled with
    its group's `name` (§3.8: `type` Subgroup, `parentIds` its class).
R4  A mark (§3.1) is its latest statement (a group's marks range, a pupil's schedules day) by id: shown to its
    `person` at its `lesson` (on that lesson's day and number, not on the mark's own `date`: a mark set on Thursday
    for Wednesday's lesson is Wednesday's), value `textValue` (else `value`), weight and name of its work type
    (§3.3 standalone `weight`, `title`), `counts` its `use_avg_calc`. A value a mark had before its latest
    statement is a `no_mark` of that pupil, day and subject, unless another mark of his there has that value.
R5  Attendance (§3.5, §6): the latest entry of (lesson, person); the code is the status string; Attend, Absent, Ill,
    Late read present, absent, ill, late; `Pass` is given by its code alone (§6: its meaning is disputed).
R6  Homework (§3.2, §3.6, §3.7): a `Homework` work's latest statement by id (text, `targetDate`, `tasks`). It is a
    pupil's when its latest tasks name him (§3.6: one task per pupil it was assigned to); it shows at its lesson
    (its day and number) with its due date, and on the due date when he is in the homework's group (R2) both on the
    day it was set and on the due date (reference silent on homework of a subgroup he left before it was due: not
    asserted either way). A subgroup homework whose tasks do not name him is not his (`no_homework`), and so is a
    text a homework had before its latest statement.
R7  Periods (§3.12) by name and dates; a parent's children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
ENGLISH = "Английский язык"
WATCHED = {"1000012810101": "all", "1000012810102": "all", "1000012810106": "english"}  # Максим, Виктория, Денис


def s(value):
    return None if value is None else str(value)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    weights, wt_names, groups, names, subjects = {}, {}, {}, {}, {}
    lessons = {}  # lid -> {field: value}
    placed = {}  # (group or None, date, number, subject) -> (lid, where): every placement an answer gave
    days = {}  # (person, date) -> (lesson ids, where) of his latest schedules answer covering the day
    marks, old_values, logs, works, old_texts = {}, {}, {}, {}, {}
    children, periods = {}, []

    def where(step, req, pulled):
        return f"{step.split(':')[0]}: {req} (pulled {pulled.isoformat()})"

    def person_name(p):
        names[p["id_str"]] = " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)

    def state_lesson(l, w, full):
        lid = s(l.get("id_str") or l["id"])
        info = lessons.setdefault(lid, {})
        info.update(date=l["date"][:10], number=l["number"], title=l["title"], where=w)
        if full:
            info["subject"] = l["subject"]["name"]
            info["group"] = s(l["group"])
            info["teacher"] = s((l.get("teachers_str") or l["teachers"])[0])
            subjects[s(l["subject"]["id_str"])] = l["subject"]["name"]
        else:
            info["subject"] = subjects[s(l["subjectId"])]
            info["teacher"] = s(l["teachers"][0])
            if l.get("hours"):
                info["hours"] = l["hours"]
            if l.get("place"):
                info["room"] = l["place"]
        placed[(info.get("group"), info["date"], info["number"], info["subject"])] = (lid, w)
        return lid

    def state_work(wk, w):
        if wk["type"] != "Homework":
            return
        wid = wk["id_str"]
        if wid in works and works[wid][0]["text"] != wk["text"]:
            old_texts.setdefault(wid, set()).add(works[wid][0]["text"])
        works[wid] = (wk, w)

    def state_mark(mk, w):
        mid = mk["id_str"]
        if mid in marks and (marks[mid][0]["textValue"] or marks[mid][0]["value"]) != (mk["textValue"] or mk["value"]):
            old_values.setdefault(mid, set()).add(marks[mid][0]["textValue"] or marks[mid][0]["value"])
        marks[mid] = (mk, w)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        w = where(step, req, pulled)
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for t in body:
                weights[t["id_str"]], wt_names[t["id_str"]] = t["weight"], t["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/persons", req):
            for p in body:
                person_name(p)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], w)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            periods = [(p["name"], p["start"][:10], p["finish"][:10], w) for p in body["reportingPeriods"]]
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", req):
            for l in body:
                state_lesson(l, w, True)
                for wk in l["works"]:
                    state_work(wk, w)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                state_mark(mk, w)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, w)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for sub in body["subjects"]:
                subjects[s(sub["id"])] = sub["name"]
            for t in body["teachers"]:
                person_name(t)
            for l in body["lessons"]:
                state_lesson(l, w, False)
            for wk in body["works"]:
                state_work(wk, w)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/\d+/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            p = m[1]
            for day in body["days"]:
                for sub in day["subjects"]:
                    subjects[s(sub["id"])] = sub["name"]
                for t in day["teachers"]:
                    person_name(t)
                lids = [state_lesson(l, w, False) for l in day["lessons"]]
                days[(p, day["date"][:10])] = (lids, w)
                for wk in day["works"]:
                    state_work(wk, w)
                for mk in day["marks"]:
                    state_mark(mk, w)
                for e in day["lessonLogEntries"]:
                    logs[(e["lesson_str"], e["person_str"])] = (e, w)

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    class_id = next(g for g, o in groups.items() if o["type"] == "Group")
    subgroups = {g for g, o in groups.items() if o["type"] == "Subgroup" and class_id in (o.get("parentIds_str") or [])}
    all_days = sorted({d for (_, d) in days})

    def en_group(p, d):
        """R2: the subgroup of the English lesson his day lists; else the last such day before, else the first after."""
        mine = {}
        for (pp, dd), (lids, _) in days.items():
            if pp == p:
                for lid in lids:
                    if lessons[lid]["subject"] == ENGLISH and lessons[lid].get("group") in subgroups:
                        mine[dd] = lessons[lid]["group"]
        before = [dd for dd in sorted(mine) if dd <= d]
        return mine[before[-1]] if before else mine[min(mine)]

    def looks(p, subject):
        return WATCHED[p] == "all" or subject == ENGLISH

    # R2 + R1 + R3: lessons and no_lessons
    for p in WATCHED:
        for d in all_days:
            if (p, d) not in days:
                continue
            lids, w = days[(p, d)]
            have = set()
            for lid in sorted(lids, key=lambda x: lessons[x]["number"]):
                info = lessons[lid]
                have.add((info["subject"], info["number"]))
                if not looks(p, info["subject"]):
                    continue
                fact = {"student": {"person": p}, "date": d, "number": info["number"], "subject": info["subject"],
                        "topic": info["title"]}
                a, b = [x.strip() for x in info["hours"].split("-")]
                fact.update(starts_at=a, ends_at=b, room=info["room"])
                why = (f"R2 lesson {lid} listed by his latest schedules day, {w}; R1 topic, R3 hours «{info['hours']}» "
                       f"and place as last stated ({info['where']})")
                if info["subject"] == ENGLISH:
                    g = info["group"]
                    fact.update(teacher=names[info["teacher"]], group_label=groups[g]["name"])
                    why += f"; R3 teacher {info['teacher']}, subgroup {g} «{groups[g]['name']}» (§3.4 `group`, §3.8)"
                add("lesson", why, **fact)
            for (g, dd, n, subject), (lid, pw) in sorted(placed.items(), key=lambda x: (str(x[0][0]), x[0][1:])):
                if dd != d or (subject, n) in have or not looks(p, subject):
                    continue
                now = lessons[lid]
                if now.get("group") not in subgroups | {class_id, None}:
                    continue
                gone = "" if (now["date"], now["number"]) == (d, n) else f" (now on {now['date']} #{now['number']})"
                of = (f"of group {now['group']}" if now.get("group") else
                      "only ever listed by pupils' schedules, never by its group's range: deleted before the ranges ran")
                add("no_lesson", f"R2 {subject} #{n} on {d} (lesson {lid} {of}{gone}; last placed there by {pw}) is "
                                 f"not on his latest schedules day, {w}",
                    student={"person": p}, date=d, number=n, subject=subject)

    # R4 marks
    shown = {}
    for mid, (mk, w) in sorted(marks.items()):
        p, lid = mk["person_str"], mk["lesson_str"]
        if p not in WATCHED or lid not in lessons:
            continue
        info = lessons[lid]
        if not looks(p, info["subject"]):
            continue
        wt = s(mk["workType"])
        value = mk["textValue"] or mk["value"]
        shown.setdefault((p, info["date"], info["subject"]), set()).add(value)
        add("mark", f"R4 mark {mid} (set {mk['date']}) as last stated by {w}, at lesson {lid} ({info['date']} "
                    f"#{info['number']}); work type {wt} «{wt_names[wt]}», weight {weights[wt]} (§3.3)",
            student={"person": p}, date=info["date"], subject=info["subject"], number=info["number"], value=value,
            weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
    for mid, olds in sorted(old_values.items()):
        mk, w = marks[mid]
        info = lessons[mk["lesson_str"]]
        p = mk["person_str"]
        for old in sorted(olds):
            if p in WATCHED and old not in shown.get((p, info["date"], info["subject"]), set()):
                add("no_mark", f"R4 mark {mid} was {old!r} before its latest statement {mk['textValue']!r} ({w})",
                    student={"person": p}, date=info["date"], subject=info["subject"], value=old)

    # R5 attendance
    for (lid, p), (e, w) in sorted(logs.items()):
        if p not in WATCHED or lid not in lessons or not looks(p, lessons[lid]["subject"]):
            continue
        info = lessons[lid]
        fact = {"student": {"person": p}, "date": info["date"], "subject": info["subject"], "number": info["number"],
                "code": e["status"]}
        if e["status"] in MEANING:
            fact["meaning"] = MEANING[e["status"]]
        add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) as last stated "
                          f"by {w}", **fact)

    # R6 homework
    texts = {}
    for wid, (wk, _) in works.items():
        texts.setdefault((subjects[s(wk["subjectId"])], wk["text"]), set()).add(wid)
    assert all(len(v) == 1 for v in texts.values()), "homework texts must tell homework apart"
    for wid, (wk, w) in sorted(works.items()):
        lid = wk["lesson_str"]
        info = lessons[lid]
        subject, due = subjects[s(wk["subjectId"])], wk["targetDate"][:10]
        tasked = {t["person_str"] for t in wk["tasks"]}
        hw_group = info.get("group")
        for p in WATCHED:
            if not looks(p, subject):
                continue
            if p in tasked:
                add("homework", f"R6 Homework {wid} as last stated by {w}: its tasks name the pupil; set at lesson "
                                f"{lid} ({info['date']} #{info['number']}), due {due}",
                    student={"person": p}, subject=subject, text=wk["text"], date=info["date"],
                    number=info["number"], due=due)
                in_group = hw_group == class_id or (en_group(p, info["date"]) == hw_group == en_group(p, due))
                if in_group and due <= all_days[-1]:
                    add("homework", f"R6 Homework {wid} due {due}: the pupil is in group {hw_group} on the day it "
                                    f"was set and on the due date ({w})",
                        student={"person": p}, subject=subject, text=wk["text"], date=due, due=due)
                for old in sorted(old_texts.get(wid, ())):
                    add("no_homework", f"R6 Homework {wid} read «{old}» before its latest statement «{wk['text']}» "
                                       f"({w})", student={"person": p}, subject=subject, text=old)
            elif hw_group in subgroups:
                add("no_homework", f"R6 Homework {wid} of subgroup {hw_group} (lesson {lid}, {info['date']}): its "
                                   f"latest tasks ({w}) do not name the pupil", student={"person": p}, subject=subject,
                    text=wk["text"])

    # R7 periods and children
    for name, a, b, w in periods:
        add("period", f"R7 reporting period of {w}", name=name, starts_on=a, ends_on=b)
    for user, (kids, w) in sorted(children.items()):
        add("children", f"R7 {w}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

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
