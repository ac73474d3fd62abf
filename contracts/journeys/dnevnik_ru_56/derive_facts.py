"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of every day it
    covers. A lesson's topic is its latest `title` (§3.4: «тема урока»; a blank title filled in later is the
    filled one); its times are its `hours` when a pupil's `schedules` bundle gave them (§3.4 flattened lesson),
    else the clock of its `date` and its number's bell item (§3.14).
R2  A holiday is a `holidays` entry of the group's latest `reporting-period-group` (§3.12), on every day from
    `dateStart` to `dateFinish`; such a day has no lessons (the group's ranges of those days are empty, §7), so a
    parent sees none of the weekday's lessons there (no_lesson).
R3  A mark (§3.1) is one entity by its id: its latest statement gives its value (`textValue`, else `value`), its
    lesson and work type. It is shown on its lesson's day at the lesson's number, not on its own `date` (the
    moment it was set: a test written late, a «долг», is shown on the lesson it was for; two date endpoints exist,
    by mark date and by lesson date). Its weight and name are the standalone work type's (§3.3), `counts` its
    `use_avg_calc`. A marks range (`edu-groups/{g}/marks/{from}/{to}`) lists every mark it covers: the last pull
    (09-01..11-01) covers the whole quarter and the holidays, by set date and by lesson date alike, so a mark an
    earlier answer held and it lacks was deleted. A place or value a mark once had and no longer has is a no_mark
    (the wrong lesson a mark was moved from; a «2» corrected; a deleted mark; a mark re-entered under a new id).
R4  Attendance (§3.5, §6) by (lesson, person), the latest entry: Attend/Absent/Ill/Late/Pass ->
    present/absent/ill/late/excused; the code is the status string.
R5  Homework (§3.2, §3.7): a `Homework` work's `text`, set at its lesson's day, due its `targetDate`; a lesson of a
    whole range (R1) lists all its works, so a Homework work an earlier answer gave and the latest statement of
    its lesson lacks was withdrawn (no_homework).
R6  Final marks (§3.13 `edu-groups/{g}/final-marks`): the group's latest answer is every pupil's whole list for
    its `reportingPeriod`; `final-mark` null is no mark yet; a new id replaces the old one.
R7  The journal's own averages (§3.13 `avg-marks/{from}/{to}`, `avg-mark-value` a string): the latest answer, for
    the reporting period whose `start`/`finish` the range equals.
R8  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
KIRILL, VERA, EGOR = "1000012560701", "1000012560702", "2260325488556300703"
LAST_WEEK = [dt.date(2026, 10, 19) + dt.timedelta(days=i) for i in range(5)]


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

    weights, wt_names, children, bells, subj_names = {}, {}, {}, {}, {}
    rpg = None
    lessons = {}  # lesson id -> info (latest statement)
    day_lessons = {}  # date -> {lesson ids} of the latest range covering it
    hours = {}
    marks, ever_marks = {}, []  # id -> (mark, where); every (person, lesson, value, where) ever stated
    logs, homework, lesson_works = {}, {}, {}
    finals, averages = {}, {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            rpg = (body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(day, it["LessonNumber"]): (it["Start"][11:16], it["Finish"][11:16])
                     for t in body for it in t["Items"] for day in it["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for d in days(a, b):
                day_lessons[d] = set()
            for ls in body:
                lid, d = ls["id_str"], dt.date.fromisoformat(ls["date"][:10])
                subj_names[ls["subject"]["id_str"]] = ls["subject"]["name"]
                lessons[lid] = {"date": d, "number": ls["number"], "subject": ls["subject"]["name"],
                                "title": ls["title"], "clock": ls["date"][11:16], "where": where}
                day_lessons.setdefault(d, set()).add(lid)
                lesson_works[lid] = {w["id_str"] for w in ls["works"]}
                for w in ls["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/marks/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            listed = {mk["id_str"] for mk in body}
            for mid in [k for k, (mk, _) in marks.items() if a <= dt.date.fromisoformat(mk["date"][:10]) <= b
                        and k not in listed]:
                del marks[mid]
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
                ever_marks.append((mk["person_str"], mk["lesson_str"], mk["textValue"] or mk["value"], mk["id_str"],
                                   where))
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/\d+/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            for day in body["days"]:
                for fl in day["lessons"]:
                    if fl.get("hours"):
                        hours[str(fl["id"])] = (fl["hours"], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/final-marks", req):
            finals = {}
            for entry in body:
                for per in entry["per-subject-final-marks"]:
                    finals[(entry["person_str"], per["subject_str"])] = (per["final-mark"], entry["reportingPeriod_str"],
                                                                         where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for per in entry["per-subject-averages"]:
                    averages[(entry["person_str"], per["subject_str"])] = (per["avg-mark-value"], m[1], m[2], where)

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    current = {lid for ids in day_lessons.values() for lid in ids}
    periods = {rp["id_str"]: rp for rp in rpg[0]["reportingPeriods"]}

    # R1 lessons of the last week, for Кирилл and Вера
    for p in (KIRILL, VERA):
        for d in LAST_WEEK:
            for lid in sorted(day_lessons.get(d, ()), key=lambda x: lessons[x]["number"]):
                info = lessons[lid]
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"], "subject": info["subject"],
                        "topic": info["title"]}
                why = f"R1 lesson {lid}: title of {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    fact.update(starts_at=info["clock"], ends_at=bells[(d.strftime("%A"), info["number"])][1])
                    why += f"; start of its date, end of bell #{info['number']} (§3.14)"
                add("lesson", why, **fact)
    # R2 holidays and their empty days
    hol_days = {}
    for h in rpg[0]["holidays"]:
        a, b = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
        if a.year == 2026 and a.month == 10:
            for d in days(a, b):
                hol_days[d] = h["name"]
    for p in (KIRILL, VERA):
        for d, name in sorted(hol_days.items()):
            add("holiday", f"R2 «{name}» of {rpg[1]}", student={"person": p}, date=str(d), name=name, once=True)
        for d in (dt.date(2026, 10, 23), dt.date(2026, 11, 4)):
            add("no_holiday", f"R2 {d} lies outside «Осенние каникулы» of {rpg[1]}", student={"person": p},
                date=str(d), name="Осенние каникулы")
    for d, name in sorted(hol_days.items()):
        if d.weekday() >= 5:
            continue
        week_before = d - dt.timedelta(days=7)
        while week_before not in day_lessons or not day_lessons[week_before]:
            week_before -= dt.timedelta(days=7)
        for lid in sorted(day_lessons[week_before], key=lambda x: lessons[x]["number"]):
            info = lessons[lid]
            why = (f"R2 {d} is «{name}»; {info['subject']} #{info['number']} is the weekday's lesson "
                   f"({week_before}); " + ("the group's range of that day is empty" if d in day_lessons
                                           else "no answer lists a lesson that day"))
            add("no_lesson", why, student={"person": KIRILL}, date=str(d), number=info["number"],
                subject=info["subject"])
    # R3 marks as they stand
    shown = set()
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["person_str"], x[1][0]["lesson_str"])):
        info = lessons[mk["lesson_str"]]
        wt = str(mk["workType"])
        value = mk["textValue"] or mk["value"]
        shown.add((mk["person_str"], mk["lesson_str"], value))
        add("mark", f"R3 mark {mid} (set {mk['date']}) of {where}: lesson {mk['lesson_str']} ({info['date']} "
                    f"#{info['number']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": mk["person_str"]}, date=str(info["date"]), number=info["number"],
            subject=info["subject"], value=value, weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
    for p, lid, value, mid, where in ever_marks:
        if (p, lid, value) in shown:
            continue
        info = lessons[lid]
        now = marks.get(mid)
        fate = ("deleted: the whole-quarter range lacks it" if now is None else
                f"now {now[0]['textValue']} on lesson {now[0]['lesson_str']}")
        add("no_mark", f"R3 mark {mid} «{value}» on lesson {lid} as {where} stated it; {fate}",
            student={"person": p}, date=str(info["date"]), number=info["number"], subject=info["subject"],
            value=value)
    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lessons[lid]
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    # R5 homework
    for wid, (w, lid, where) in sorted(homework.items()):
        info = lessons[lid]
        subject = info["subject"]
        for p in (KIRILL, VERA):
            if wid in lesson_works.get(lid, ()):
                add("homework", f"R5 Homework {wid} of {where}: set at lesson {lid} ({info['date']} "
                                f"#{info['number']}), due {w['targetDate'][:10]}", student={"person": p},
                    subject=subject, text=w["text"], date=str(info["date"]), number=info["number"],
                    due=w["targetDate"][:10])
            else:
                add("no_homework", f"R5 Homework {wid} ({where}) is not among the works of lesson {lid} in "
                                   f"{lessons[lid]['where']}", student={"person": p}, subject=subject,
                    text=w["text"])
    # R6 final marks
    for (p, sid), (fm, rp, where) in sorted(finals.items()):
        if fm is None:
            continue
        add("final_mark", f"R6 final mark {fm['id_str']} ({fm['date']}) of {where}", student={"person": p},
            subject=subj_names[sid], period=periods[rp]["name"], value=fm["textValue"] or fm["value"])
    # R7 the journal's averages
    for (p, sid), (value, a, b, where) in sorted(averages.items()):
        period = next(rp["name"] for rp in periods.values() if (rp["start"][:10], rp["finish"][:10]) == (a, b))
        add("vendor_average", f"R7 avg-mark-value of {where}", student={"person": p}, subject=subj_names[sid],
            period=period, value=value)
    # R8 periods, children
    for rp in periods.values():
        add("period", f"R8 {rpg[1]}", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
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
