"""Derive facts.json from journey.json: what the parent (and the classmates' parents) must see, read from the vendor
answers alone (standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); of two answers covering the same thing, the later pull wins.
R1  A pupil's `persons/{p}/groups/{g}/schedules` (§0: per person; §3.4 flattened lessons) lists his lessons of every
    day it covers: a lesson shows on its day with its number, its subject (the day's `subjects` by `subjectId`), its
    latest `title` (the topic, §3.4), its times from `hours` (§3.4 "08:30 - 09:15") and its room (`place`).
R2  A lesson an earlier answer listed on a day that the latest answer covering that day lacks is not shown that day
    (the Биология #4 of Thursday 12-24 replaced by История, a new lesson id). A child sees only his own groups'
    lessons (§3.9 context `children[].groupIds`): a subject only the sibling's class has is not in his diary.
R3  A mark (§3.1) shows on its lesson's day at that lesson, with its `textValue` (else `value`), `use_avg_calc` as
    whether it counts. Marks of a pupil come from his `persons/{p}/schools/{s}/marks/{from}/{to}` and his schedules
    days (`marks`); the latest answer covering the lesson's day holds his marks of that day: a mark id it lacks is
    gone (no_mark), a mark id with another value was corrected (the old value is no_mark). No weight or work-type
    name is asserted: no answer of this relay gives a standalone work type (§3.3: weight lives there only).
R4  A Mark with `lesson` null that the pupil's final marks list as a `final-mark` (§3.13; its work is `PeriodMark`
    in `allfinalmarks`) is a quarter mark, not a diary mark: it shows on no lesson and as no mark of its `date`
    (§3.1: "`lesson` null for period and final marks"); asserted where no diary mark of that value shows that day.
R5  Attendance (§3.5, §6): the latest state of (lesson, person) from `persons/{p}/lesson-log-entries` and the
    schedules days' `lessonLogEntries`: Absent/Ill/Late -> absent/ill/late with the status string as the code;
    `Pass` is asserted by its code only (its meaning is disputed, §6). An entry first Absent, then Late is late.
R6  Homework (§3.2, §3.7): a `Homework` work's `text` shows at the lesson it was set at (its `lesson`) and is due its
    latest `targetDate` (the Литература essay re-dated 12-23 -> 12-24). The work's `tasks` (§3.6: per-student
    assignment records) name the pupils it is set for: each named classmate (Кузнецов Артём, Белова Дарья) has it
    too, but nothing in these answers enrols them in a class nor links a parent (§3.6 gives a person id, not a
    membership): their parents' view is not derivable, so no fact is written for them; the trap is only that their
    tasks beside Тимофей's must not take the homework from him. The sibling in another class has none (no_homework).
R7  Children: the parent's `users/{u}/context` `children` (§3.9), by person id.
R8  The first-grader has no marks at all: her marks ranges are `[]`, her schedules days have `marks: []`, her final
    marks are `"final-mark": null` (§3.13): no mark of any subject on any of her lesson days (no_mark).
    The pupils' overall `avg-mark` (§3.13: one string for all subjects) names no subject: no fact.
    No fact names a reporting period: no answer of this relay gives a period's name or dates (§3.12 is group-level).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late"}
PARENT = "1000011680901"
CLASSMATES = ("1000012680602", "1000012680603")


def sid(record, key):
    """An id by its `_str` twin when there is one (§1)."""
    v = record.get(key + "_str")
    return str(v if v is not None else record[key])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    children = None
    day_lessons = {}  # (person, date) -> {lesson id: info} of the latest schedules answer covering the day
    ever = {}  # (person, date, subject, number) -> (lesson id, where)
    info_of = {}  # lesson id -> info (latest)
    loose_marks = {}  # mark id -> mark (lesson null)
    logs = {}  # (lesson, person) -> (entry, where)
    homework = {}  # work id -> (work, where)
    subjects = {}
    final_ids = {}  # mark id -> subject id, from the final marks
    person_groups = {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {r['pulled_at']})"
        if m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children = ([sid(c, "personId") for c in body["children"]], where)
            person_groups = {sid(c, "personId"): [str(g) for g in c["groupIds"]] for c in body["children"]}
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            p = m[1]
            for day in body["days"]:
                d = day["date"][:10]
                names = {str(s["id"]): s["name"] for s in day["subjects"]}
                subjects.update(names)
                current = {}
                for fl in day["lessons"]:
                    lid = str(fl["id"])
                    info = {"date": d, "number": fl["number"], "subject": names[str(fl["subjectId"])],
                            "title": fl["title"], "hours": fl.get("hours"), "place": fl.get("place"), "where": where}
                    current[lid] = info
                    info_of[lid] = info
                    ever[(p, d, info["subject"], fl["number"])] = (lid, where)
                day_lessons[(p, d)] = current
                for e in day["lessonLogEntries"]:
                    logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
                for w in day["homeworks"]:
                    homework[sid(w, "id")] = (w, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req):
            for mk in body:
                if mk["lesson"] is None:
                    loose_marks[sid(mk, "id")] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/lesson-log-entries\?startDate=[\d-]+&endDate=[\d-]+", req):
            for e in body:
                logs[(sid(e, "lesson"), sid(e, "person"))] = (e, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for w in body["works"]:
                homework[sid(w, "id")] = (w, where)
        elif re.fullmatch(r"GET /v2/persons/\d+/edu-groups/\d+/final-marks", req):
            for entry in body:
                for psm in entry["per-subject-final-marks"]:
                    if psm["final-mark"] is not None:
                        final_ids[sid(psm["final-mark"], "id")] = sid(psm, "subject")
        elif re.fullmatch(r"GET /v2/persons/\d+/edu-groups/\d+/allfinalmarks", req):
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]

    # R3: the marks of each (pupil, lesson day) by the latest answer covering it. A marks range answer covers
    # every day of its range; its marks are re-filed under their lesson's day.
    # replay in pull order to re-file range marks onto their lesson's day
    latest = {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {r['pulled_at']})"
        if m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?.*", req):
            for day in body["days"]:
                latest[(m[1], day["date"][:10])] = ({sid(mk, "id"): mk for mk in day["marks"]}, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req):
            d, end, filed = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3]), {}
            while d <= end:
                filed[d.isoformat()] = {}
                d += dt.timedelta(days=1)
            for mk in body:
                if mk["lesson"] is not None:
                    info = info_of[sid(mk, "lesson")]
                    filed.setdefault(info["date"], {})[sid(mk, "id")] = mk
            for d, ms in filed.items():
                latest[(m[1], d)] = (ms, where)
    everseen = {}  # (p, mark id) -> list of (value, where)
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {r['pulled_at']})"
        ms = []
        if m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/\d+/schedules\?.*", req):
            ms = [(m[1], mk) for day in body["days"] for mk in day["marks"]]
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/.*", req):
            ms = [(m[1], mk) for mk in body if mk["lesson"] is not None]
        for p, mk in ms:
            everseen.setdefault((p, sid(mk, "id")), []).append((mk["textValue"] or mk["value"], sid(mk, "lesson"), where))

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    pupils = sorted({p for (p, _d) in day_lessons})
    own_subjects = {p: {i["subject"] for (pp, _), ls in day_lessons.items() if pp == p for i in ls.values()}
                    for p in pupils}
    # R1 lessons
    for (p, d), ls in sorted(day_lessons.items()):
        for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
            fact = {"student": {"person": p}, "date": d, "number": info["number"], "subject": info["subject"],
                    "topic": info["title"]}
            if info["hours"]:
                a, b = [x.strip() for x in info["hours"].split("-")]
                fact.update(starts_at=a, ends_at=b)
            if info["place"]:
                fact["room"] = info["place"]
            add("lesson", f"R1 lesson {lid} of {info['where']}; hours «{info['hours']}», place «{info['place']}»",
                **fact)
    # R2 no_lesson: lacked by the latest answer of the day; the sibling's subjects
    for (p, d, subj, n), (lid, where) in sorted(ever.items()):
        now = day_lessons.get((p, d), {})
        if not any(i["subject"] == subj and i["number"] == n for i in now.values()):
            add("no_lesson", f"R2 lesson {lid} ({subj} #{n}) listed on {d} by {where}; the latest schedules answer "
                             f"covering {d} lacks it", student={"person": p}, date=d, number=n, subject=subj)
    for p in pupils:
        other = sorted(set().union(*(own_subjects[q] for q in pupils if q != p)) - own_subjects[p])
        for (pp, d), ls in sorted(day_lessons.items()):
            if pp != p or not ls:
                continue
            for subj in other:
                add("no_lesson", f"R2 {subj} is only the sibling's class's subject; {p}'s groups "
                                 f"{person_groups.get(p)} (context) have no {subj} lesson on {d}",
                    student={"person": p}, date=d, subject=subj)
    # R3 marks
    shown_values = {}  # (p, date, subject) -> values shown
    for (p, d), (ms, where) in sorted(latest.items()):
        for mid, mk in sorted(ms.items()):
            info = info_of[sid(mk, "lesson")]
            value = mk["textValue"] or mk["value"]
            shown_values.setdefault((p, info["date"], info["subject"]), set()).add(value)
            add("mark", f"R3 mark {mid} ({mk['date']}) of {where}, the latest answer covering {d}; lesson "
                        f"{sid(mk, 'lesson')} #{info['number']}", student={"person": p}, date=info["date"],
                subject=info["subject"], number=info["number"], value=value, counts=mk["use_avg_calc"])
    for (p, mid), seen in sorted(everseen.items()):
        info = info_of[seen[-1][1]]
        now = latest.get((p, info["date"]), ({}, ""))
        current = now[0].get(mid)
        for value, lid, where in seen:
            cur_value = (current["textValue"] or current["value"]) if current else None
            if value != cur_value and value not in shown_values.get((p, info["date"], info["subject"]), set()):
                why = (f"R3 mark {mid} «{value}» of {where} is «{cur_value}» in {now[1]}" if current else
                       f"R3 mark {mid} «{value}» of {where} is lacked by {now[1]}, the latest answer covering "
                       f"{info['date']}")
                add("no_mark", why, student={"person": p}, date=info["date"], subject=info["subject"],
                    number=info["number"], value=value)
    # R4 quarter marks
    for mid, (mk, where) in sorted(loose_marks.items()):
        if mid not in final_ids:
            continue
        subj, d, p = subjects[final_ids[mid]], mk["date"][:10], sid(mk, "person")
        value = mk["textValue"] or mk["value"]
        if value in shown_values.get((p, d, subj), set()):
            continue
        add("no_mark", f"R4 mark {mid} of {where} has `lesson` null and is the final-mark of {subj} in the "
                       f"pupil's final marks: a quarter mark, not a diary mark of {d}",
            student={"person": p}, date=d, subject=subj, value=value)
    # R5 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        if e["status"] == "Attend":
            continue
        info = info_of[lid]
        fact = {"student": {"person": p}, "date": info["date"], "subject": info["subject"],
                "number": info["number"], "code": e["status"]}
        if e["status"] in STATUS:
            fact["meaning"] = STATUS[e["status"]]
        add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}",
            **fact)
    # R6 homework
    for wid, (w, where) in sorted(homework.items()):
        info = info_of[sid(w, "lesson")]
        subj = subjects[str(w["subjectId"])]
        named = sorted({sid(t, "person") for t in w["tasks"]})
        for p in named:
            if p not in pupils:  # a classmate named by a task only: see R6
                continue
            add("homework", f"R6 Homework work {wid} of {where}: set at lesson {sid(w, 'lesson')} ({info['date']} "
                            f"#{info['number']}), due {w['targetDate'][:10]}; task for {p}",
                student={"person": p}, subject=subj, text=w["text"], date=info["date"], due=w["targetDate"][:10])
        for p in pupils:
            if p not in named and subj in own_subjects[p]:
                add("no_homework", f"R6 Homework work {wid} of {where} is set in another class; {p}'s tasks lack it",
                    student={"person": p}, subject=subj, text=w["text"])
    # R8 the first-grader: no mark at all
    for p in pupils:
        if any(pp == p for (pp, _m) in everseen):
            continue
        for (pp, d), ls in sorted(day_lessons.items()):
            if pp != p:
                continue
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                add("no_mark", f"R8 {p} has no mark in any answer (marks ranges [], schedules `marks` [], final "
                               f"marks null); lesson {lid} of {info['where']}",
                    student={"person": p}, date=d, subject=info["subject"], number=info["number"])
    # R7 children
    kids, where = children
    add("children", f"R7 {where}", guardian={"user": PARENT}, children=[{"person": k} for k in kids])

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
