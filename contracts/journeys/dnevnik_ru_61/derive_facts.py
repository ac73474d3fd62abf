"""Derive facts.json from journey.json: what each parent must see (and not see), read from the vendor answers alone
(standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`, the request envelope of the hub's README); the latest pull of a
    thing wins.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7 "group-wide range queries") is the whole
    list of the group's lessons on each day it covers: a lesson is shown with its latest `title` (topic), its
    `number`, the clock of its `date` as start, and the end of its number's bell item (§3.14) on that weekday. A day
    no answer lists a lesson on (a Saturday, a Sunday, a holiday of the break) has no lesson.
R2  A lesson an earlier range listed and the latest range covering its day lacks is gone (no_lesson): the journal
    deleted 9Б's extra Алгебра consultation (§3.4, §7).
R3  A mark (§3.1) belongs to its `work` and its `lesson`; its own `date` is only "when the mark was set" (§3.1 names
    two endpoints: by mark date and by lesson date). So a mark whose latest statement names a lesson is shown at that
    lesson (its day and `number`), whatever day it was entered on: a Saturday, a Sunday, 4 November, a Wednesday
    without that subject, three weeks later; and it is not shown on its own date's day (no_mark, by value: a mark
    of that pupil, subject and value shown there would be another mark).
R4  A mark whose `lesson` is null and whose work (`GET /v2/works/{id}`, §3.2: `lesson` null, `subjectId`, not a
    `PeriodMark`) belongs to no lesson is a mark without a lesson: shown on its own `date`'s day in its work's
    subject (§3.1 `date`; §3.2 `subjectId`), and that day gets no lesson of that subject from it (no_lesson where
    no range lists one).
R5  A mark whose later statement names another lesson (the same `id`, another `lesson`/`work`) moved: it is shown
    at the new lesson only (no_mark at the old lesson's day; §3.1, the latest statement wins, R0).
R6  A mark of a lesson the journal deleted (R2) that the latest marks range covering its date still lists is still
    the pupil's mark (§3.1: the marks answer states it; nothing in the reference deletes a mark with its lesson):
    shown on that lesson's day (no `number` asked: under the removed lesson or as a mark without a lesson).
R7  A group's marks range (`edu-groups/{g}/marks/{from}/{to}`, §7) is the whole list of the group's marks it
    selects; these answers select by the mark's own `date`: the 9Б range 11-02..11-15 lists Дарья's moved mark dated
    11-10 (its lesson's day too) and the 6А range 11-09..11-15 lists Тимур's dictation mark dated 11-12 whose lesson
    is on 10-20, outside that range, and the 6А range 11-02..11-08 the essays dated 11-04 whose lesson is 10-23.
    So a later range lacking a mark deletes it only when the mark's own date lies in the range; 6А's Sunday
    re-pull of 10-19..10-25 lacks the essays and the rewritten dictation (dated 11-04 and 11-12) and deletes
    nothing of theirs. (derive_facts checks that evidence.)
R8  A mark's weight and work-type name are the standalone work type's (§3.3 `weight`, `title`; §3.1 "No `weight`
    on the mark itself"): the olympiad 3, the project 2, the essay 2, the lab 2, the test 3; `counts` is its
    `use_avg_calc` (§3.1): the hundred-point olympiad score «87» (`mark100`, §5) does not count. Its shown value is
    `textValue`, else `value`.
R9  Attendance (§3.5, §6) on its lesson: Absent/Ill/Late -> absent/ill/late with the status string as the code;
    `Pass` only by its code (its meaning is disputed, §6). A pupil absent from a lesson and marked on it shows both:
    §3.1 marks and §3.5 log entries are separate entities, and nothing ties a mark to presence.
R10 Holidays (§3.12): a `holidays` entry of the group's latest `reporting-period-group`, on every day from
    `dateStart` to `dateFinish`; periods by name and dates; a parent's children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late"}
FIRST, LAST = dt.date(2026, 10, 19), dt.date(2026, 11, 15)
WATCHED = ("1000012610601", "1000012610901")  # Артём (6А) and Дарья (9Б): every lesson and holiday


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
    members, children, rpg, bells = {}, {}, {}, {}
    day_lessons = {}  # (group, date) -> {lesson id: info} of the latest range covering the day
    info_of = {}  # lesson id -> latest statement
    ever = {}  # lesson id -> (group, date, number, subject, where)
    marks = {}  # mark id -> (mark, where)
    places = {}  # mark id -> [lesson ids named, in pull order]
    deleted = {}
    works = {}
    logs = {}
    evidence = []
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]] = w["weight"]
                wt_names[w["id_str"]] = w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c.get("personId_str") or str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_lessons[(g, d)] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                info = {"g": g, "date": d, "number": lesson["number"], "subject": lesson["subject"]["name"],
                        "title": lesson["title"], "clock": lesson["date"][11:16], "where": where}
                info_of[lid] = info
                ever[lid] = info
                day_lessons[(g, d)][lid] = info
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = set()
            for mk in body:
                own = dt.date.fromisoformat(mk["date"][:10])
                assert a <= own <= b, (where, mk["id_str"])  # R7: every mark lies in the range by its own date
                if mk["lesson_str"] and mk["lesson_str"] in info_of and not a <= info_of[mk["lesson_str"]]["date"] <= b:
                    evidence.append(f"{mk['id_str']} in {where}")
                marks[mk["id_str"]] = (mk, where)
                deleted.pop(mk["id_str"], None)
                places.setdefault(mk["id_str"], [])
                if not places[mk["id_str"]] or places[mk["id_str"]][-1] != mk["lesson_str"]:
                    places[mk["id_str"]].append(mk["lesson_str"])
                listed.add(mk["id_str"])
            for mid, (mk, _) in list(marks.items()):  # R7: an omission deletes what the range selects
                if mid not in listed and mk["person_str"] in members.get(g, []) and \
                        a <= dt.date.fromisoformat(mk["date"][:10]) <= b:
                    deleted[mid] = where
                    del marks[mid]
        elif re.fullmatch(r"GET /v2/works/\d+", req):
            works[body["id_str"]] = (body, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
    assert len(evidence) >= 3, evidence  # R7's evidence: ranges listing marks whose lessons lie outside them

    group_of = {p: g for g, ps in members.items() for p in ps}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    current = {lid: info for ls in day_lessons.values() for lid, info in ls.items()}

    def lessons_of(g, d):
        return list(day_lessons.get((g, d), {}).values())

    # R1 lessons of the watched pupils
    for p in WATCHED:
        g = group_of[p]
        for (gg, d), ls in sorted(day_lessons.items()):
            if gg != g:
                continue
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                bell = bells.get(g, {}).get((d.strftime("%A"), info["number"]))
                add("lesson", f"R1 lesson {lid} of {info['where']}; end {bell[1] if bell else None} of the bells' "
                              f"#{info['number']} on {d:%A} (§3.14)",
                    student={"person": p}, date=str(d), number=info["number"], subject=info["subject"],
                    topic=info["title"], starts_at=info["clock"], ends_at=bell[1] if bell else None)
    # R2 lessons gone
    for lid, info in sorted(ever.items()):
        if lid not in current:
            for p in sorted(members[info["g"]]):
                add("no_lesson", f"R2 lesson {lid} ({info['subject']} #{info['number']}, «{info['title']}») of "
                                 f"{info['where']} is lacked by the latest range covering {info['date']}",
                    student={"person": p}, date=str(info["date"]), number=info["number"], subject=info["subject"])

    # R3-R8 marks
    shown = {}  # (person, date, subject, value) -> mark ids shown there
    plan = []
    for mid, (mk, where) in sorted(marks.items()):
        p, lid = mk["person_str"], mk["lesson_str"]
        wt = str(mk["workType"])
        value = mk["textValue"] or mk["value"]
        base = {"student": {"person": p}, "value": value, "weight": weights[wt], "work_type": wt_names[wt],
                "counts": mk["use_avg_calc"]}
        own = dt.date.fromisoformat(mk["date"][:10])
        tail = f"work type {wt} «{wt_names[wt]}» weight {weights[wt]} (R8), use_avg_calc {mk['use_avg_calc']}"
        if lid is None:
            work, wwhere = works[mk["work_str"]]
            assert work["lesson"] is None and work["type"] != "PeriodMark"
            subj = SUBJECT_BY_ID[str(work["subjectId"])]
            plan.append(("mark", f"R4 mark {mid} ({mk['date']}) of {where} has no lesson; its work {mk['work_str']} "
                                 f"of {wwhere}: «{work['text']}», subject {work['subjectId']}, lesson null; {tail}",
                         {**base, "date": str(own), "subject": subj}))
            shown.setdefault((p, str(own), subj, value), []).append(mid)
            if not any(i["subject"] == subj for i in lessons_of(group_of[p], own)):
                plan.append(("no_lesson", f"R4 mark {mid} without a lesson, dated {mk['date']}: no range lists a "
                                          f"{subj} lesson of group {group_of[p]} that day",
                             {"student": {"person": p}, "date": str(own), "subject": subj}))
            continue
        info = current.get(lid)
        if info is None:  # R6: its lesson was deleted
            gone = ever[lid]
            plan.append(("mark", f"R6 mark {mid} ({mk['date']}) of {where} names lesson {lid} ({gone['subject']} "
                                 f"#{gone['number']} of {gone['date']}), which the journal deleted; the latest range "
                                 f"covering its date still lists it; {tail}",
                         {**base, "date": str(gone["date"]), "subject": gone["subject"]}))
            shown.setdefault((p, str(gone["date"]), gone["subject"], value), []).append(mid)
            continue
        moved = ""
        if len(places[mid]) > 1:
            moved = f"; moved from lesson(s) {places[mid][:-1]} (R5)"
        plan.append(("mark", f"R3 mark {mid} (set {mk['date']}) of {where} names lesson {lid} ({info['subject']} "
                             f"#{info['number']} of {info['date']}){moved}; {tail}",
                     {**base, "date": str(info["date"]), "number": info["number"], "subject": info["subject"]}))
        shown.setdefault((p, str(info["date"]), info["subject"], value), []).append(mid)
    for kind, why, kw in plan:
        add(kind, why, **kw)
    # no_mark: on a mark's own date when it is shown elsewhere (R3), and at a moved mark's old lesson (R5)
    for mid, (mk, where) in sorted(marks.items()):
        p, lid = mk["person_str"], mk["lesson_str"]
        value = mk["textValue"] or mk["value"]
        if lid is None or lid not in current:
            continue
        info = current[lid]
        own = mk["date"][:10]
        if own != str(info["date"]) and not shown.get((p, own, info["subject"], value)):
            add("no_mark", f"R3 mark {mid} was set on {mk['date']} but belongs to lesson {lid} of {info['date']}: "
                           f"not shown on {own}", student={"person": p}, date=own, subject=info["subject"],
                value=value)
            if not any(i["subject"] == info["subject"] for i in lessons_of(group_of[p], dt.date.fromisoformat(own))):
                add("no_lesson", f"R3/R1 mark {mid} set on {mk['date']} belongs to lesson {lid} of {info['date']}; "
                                 f"no range lists a {info['subject']} lesson of group {group_of[p]} on {own}",
                    student={"person": p}, date=own, subject=info["subject"])
        for old in places[mid][:-1]:
            was = ever[old]
            if str(was["date"]) != str(info["date"]) and not shown.get((p, str(was["date"]), was["subject"], value)):
                add("no_mark", f"R5 mark {mid} named lesson {old} ({was['subject']} #{was['number']} of {was['date']}) "
                               f"in an earlier answer; the latest names lesson {lid} of {info['date']}",
                    student={"person": p}, date=str(was["date"]), subject=was["subject"], value=value)
    for mid, where in sorted(deleted.items()):
        raise AssertionError(f"no mark of this journey is deleted: {mid} by {where}")

    # R9 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = current[lid]
        fact = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"], "code": e["status"]}
        if e["status"] in STATUS:
            fact["meaning"] = STATUS[e["status"]]
        add("attendance", f"R9 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}",
            **fact)
    # R10 holidays, periods, children
    for p in WATCHED:
        body, where = rpg[group_of[p]]
        for h in body["holidays"]:
            a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
            for d in days(max(a, FIRST), min(b, LAST)):
                add("holiday", f"R10 holiday «{h['name']}» of group {group_of[p]}'s list in {where}",
                    student={"person": p}, date=str(d), name=h["name"], once=True)
                for info in lessons_of(group_of[p], d):
                    raise AssertionError(f"a lesson on a holiday: {info}")
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R10 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
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


SUBJECT_BY_ID = {}


def _subjects():
    """Subject names by id, from every lesson's embedded `subject` (§3.4) in the journey."""
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                if re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", r["request"]):
                    for lesson in r["body"]:
                        SUBJECT_BY_ID[lesson["subject"]["id_str"]] = lesson["subject"]["name"]


if __name__ == "__main__":
    _subjects()
    main()
