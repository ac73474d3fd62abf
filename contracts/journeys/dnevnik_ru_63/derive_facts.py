"""Derive facts.json from journey.json: what each parent of 9Б must see in the diary and the final grades, read from
the vendor answers alone (standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (hub README, "Time is data").
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7 group-wide range queries) is the whole
    list of every day it covers: a lesson an earlier answer placed on a day that the latest answer covering that
    day lacks is not shown (no_lesson): the last bell's lessons 4 and 5 (05-25).
R2  A lesson shows its `title` as the topic (§3.4: title is the lesson topic), on the day of its `date`, at its
    `number`; its start is the clock of its `date` (§2 local wall-clock time), its end the `Finish` of its number's
    item in the group's bell timetable (§3.14) when the item lists that weekday.
R3  A holiday is a `holidays` entry of the group's latest `reporting-period-group` (§3.12), shown once on every day
    from `dateStart` to `dateFinish` in the diary of each pupil of the group.
R4  A mark (§3.1) is shown on its lesson's day, whatever its own `date` (a mark entered in June for a lesson of
    05-21 is 05-21's); its `value` as the journal shows it (`4-`, `3+`, a mock's points `29` on `mark100`, §5); its
    weight and name are its standalone work type's (`weight`, `title`, §3.3: the mock ОГЭ's own work type weighs
    2); `counts` is its `use_avg_calc` (§3.1).
R5  A group's marks range (`edu-groups/{g}/marks/{from}/{to}`, §7) is the whole list of the group's marks of every
    day it covers: a mark an earlier range held that the latest range covering its day lacks is gone (no_mark):
    Даниил's «2» in Физика (05-17), removed before the June pull.
R6  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused; the code
    is the status string.
R7  Homework (§3.2): a `Homework` work's `text`, set at its lesson's day, due its `targetDate` (§3.2 due date); its
    tasks name every pupil of the class (§3.6).
R8  Final marks (§3.13): an `edu-groups/{g}/final-marks` entry's `final-mark` is the pupil's mark in its
    `reportingPeriod` (by the period's `name`, §3.12): «4 четверть», «Годовая». An `allfinalmarks` Mark is a
    period mark when its work's `type` is `PeriodMark` (its `periodType`/`periodNumber` name the period, §3.13);
    the same mark id in both shapes is one mark. A Mark without `lesson` whose work type's `kind` is `Exam` is the
    exam mark (SOAP `insertFinalMark(Exam)`, work kinds `PeriodMark`/`Exam`/`PeriodFinalMark`, §3.13), in the exam
    column the hub names by the exam work type's `title` (hub README, the vendor adapters: «Экзамен (ОГЭ)»); one of
    kind `PeriodFinalMark` (§3.13 SOAP's `insertFinalMark(Final)`, the итоговая) likewise in the column of its work
    type's title («Итоговая отметка»). A mark id stated again with another value is the same mark, changed: the
    appeal's «5» replaces the «4», which must not show beside it (§3.1 id). A pupil's mark no answer states yet is
    not shown (Даниил, admitted late to the reserve day, has his exam marks only from 06-16).
R9  The journal's averages (`edu-groups/{g}/avg-marks/{from}/{to}`, §3.13) over a reporting period's first and
    last day are that period's, shown as sent ("avg-mark-value").
R10 Periods (§3.12) by name and dates (`start`, `finish`); children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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

    work_types, members, children, rpg, bells = {}, {}, {}, {}, {}
    day_lessons, ever, lesson_info = {}, {}, {}
    day_marks, mark_info = {}, {}  # (group, date) -> {mark id}; mark id -> (mark, where)
    logs, homework, subj_names = {}, {}, {}
    finals = {}  # (person, subject, period name) -> {mark id: (value, where)}
    averages, periods = {}, {}

    def lesson_day(lid):
        return lesson_info[lid]["date"] if lid in lesson_info else None

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step.split(' (')[0]}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                work_types[w["id_str"]] = w
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
            for p in body["reportingPeriods"]:
                periods[p["id_str"]] = (p, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-periods", req):
            for p in body:
                periods[p["id_str"]] = (p, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_lessons[(g, d)] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                lesson_info[lid] = {"g": g, "date": d, "number": lesson["number"],
                                    "subject": lesson["subject"]["name"], "title": lesson["title"],
                                    "clock": lesson["date"][11:16], "where": where}
                day_lessons[(g, d)][lid] = lesson_info[lid]
                ever[lid] = lesson_info[lid]
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_marks[(g, d)] = set()
            for mk in body:
                d = lesson_day(mk["lesson_str"])
                day_marks.setdefault((g, d), set()).add(mk["id_str"])
                mark_info[mk["id_str"]] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req):
            for mk in body:  # the pupil's own range: the same marks (§3.1), checked against the group's
                mark_info[mk["id_str"]] = (mk, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                pname = periods[entry["reportingPeriod_str"]][0]["name"]
                for psm in entry["per-subject-final-marks"]:
                    fm = psm["final-mark"]
                    if fm is None:
                        continue
                    subj = subj_names[psm["subject_str"]]
                    finals.setdefault((entry["person_str"], subj, pname), {})[fm["id_str"]] = (fm["value"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", req):
            works = {w["id_str"]: w for w in body["works"]}
            names = {str(s["id"]): s["name"] for s in body["subjects"]}
            wts = {str(w["id"]): w for w in body["workTypes"]}
            for mk in body["marks"]:
                w = works[mk["work_str"]]
                wt = work_types.get(str(mk["workType"])) or wts[str(mk["workType"])]
                kind = wt.get("kind")
                if w["type"] == "PeriodMark":
                    pname = next(p["name"] for p, _ in periods.values()
                                 if p["type"] == w["periodType"] and p["number"] == w["periodNumber"])
                elif kind in ("Exam", "PeriodFinalMark"):
                    pname = wt.get("title") or wt.get("name")
                else:
                    continue
                subj = names[str(w["subjectId"])]
                finals.setdefault((mk["person_str"], subj, pname), {})[mk["id_str"]] = (mk["value"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for sa in entry["per-subject-averages"]:
                    averages[(entry["person_str"], sa["subject_str"], m[2], m[3])] = (sa["avg-mark-value"], where)

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    group = next(iter(members))
    pupils = members[group]
    names = {}
    diary_pupils = [p for kids, _ in children.values() for p in map(str, kids)]  # the parents' children

    # R1/R2 lessons and no_lesson
    for p in diary_pupils:
        for (g, d), ls in sorted(day_lessons.items(), key=lambda x: (x[0][1], x[0][0])):
            for lid, l in sorted(ls.items(), key=lambda x: x[1]["number"]):
                end = bells.get(g, {}).get((WEEKDAYS[d.weekday()], l["number"]))
                kw = {"topic": l["title"], "starts_at": l["clock"]}
                if end:
                    kw["ends_at"] = end[1]
                add("lesson", f"R1/R2 lesson {lid} of {l['where']}; bell #{l['number']} "
                              f"{WEEKDAYS[d.weekday()]} {end}", student={"person": p}, date=d.isoformat(),
                    number=l["number"], subject=l["subject"], **kw)
        for lid, l in sorted(ever.items()):
            if lid not in day_lessons.get((l["g"], l["date"]), {}):
                add("no_lesson", f"R1 lesson {lid} ({l['subject']} #{l['number']}) of an earlier answer; the latest "
                                 f"range covering {l['date']} lacks it", student={"person": p},
                    date=l["date"].isoformat(), number=l["number"], subject=l["subject"])
    # R3 holidays
    for p in diary_pupils:
        body, where = rpg[group]
        for h in body["holidays"]:
            a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
            if b < dt.date(2027, 4, 25):
                continue  # outside the diary span the facts read
            for d in days(a, b):
                add("holiday", f"R3 «{h['name']}» {a}..{b} of {where}", student={"person": p}, date=d.isoformat(),
                    name=h["name"], once=True)
    # R4/R5 marks
    current = {mid for ms in day_marks.values() for mid in ms}
    for mid, (mk, where) in sorted(mark_info.items(), key=lambda x: (x[1][0]["lesson_str"], x[0])):
        l = ever[mk["lesson_str"]]
        wt = work_types[str(mk["workType"])]
        base = {"student": {"person": mk["person_str"]}, "date": l["date"].isoformat(), "subject": l["subject"]}
        if mid in current:
            add("mark", f"R4 mark {mid} ({mk['date']}) of {where} on lesson {mk['lesson_str']} (#{l['number']}, "
                        f"{l['date']}); work type {wt['id']} «{wt['title']}» weight {wt['weight']}",
                **base, number=l["number"], value=mk["value"], weight=wt["weight"], work_type=wt["title"],
                counts=mk["use_avg_calc"])
        else:
            add("no_mark", f"R5 mark {mid} «{mk['value']}» of {where}; the latest range covering {l['date']} lacks it",
                **base, value=mk["value"])
    # R6 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        l = ever[lid]
        add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
            student={"person": p}, date=l["date"].isoformat(), subject=l["subject"], number=l["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    # R7 homework
    for wid, (w, lid, where) in sorted(homework.items()):
        l = ever[lid]
        for t in w["tasks"]:
            if t["person_str"] in diary_pupils:
                add("homework", f"R7 Homework work {wid} of {where}: set at lesson {lid} ({l['date']}), due "
                                f"{w['targetDate'][:10]}", student={"person": t["person_str"]},
                    subject=l["subject"], text=w["text"], date=l["date"].isoformat(), due=w["targetDate"][:10])
    # R8 final marks
    for (p, subj, pname), by_id in sorted(finals.items()):
        for mid, (value, where) in sorted(by_id.items()):
            add("final_mark", f"R8 mark {mid} «{value}» ({pname}) as last stated by {where}",
                student={"person": p}, subject=subj, period=pname, value=value)
    # R9 vendor averages
    for (p, s, a, b), (value, where) in sorted(averages.items()):
        pname = next(pp["name"] for pp, _ in periods.values() if pp["start"][:10] == a and pp["finish"][:10] == b)
        add("vendor_average", f"R9 avg-mark-value over {a}..{b} = {pname} of {where}", student={"person": p},
            subject=subj_names[s], period=pname, value=value)
    # R10 periods, children
    for pid, (pp, where) in sorted(periods.items()):
        add("period", f"R10 period {pid} ({pp['type']}) of {where}", name=pp["name"], starts_on=pp["start"][:10],
            ends_on=pp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R10 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


if __name__ == "__main__":
    main()
