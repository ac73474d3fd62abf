"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md;
"README" is the hub's public README.

No envelope of this journey carries `pulled_at`, so:

R0  Arrival order is the only order. The README ("Time is data": "Records without `pulled_at` (on either side)
    apply in arrival order"; "Within one batch the records apply in batch order") makes the later ARRIVAL win: a
    retry of Tuesday's answers delivered after Wednesday's states Tuesday's values again and deletes what Wednesday
    added, until Thursday's answers state them again ("A fact removed and stated again shows again"). Every fact
    below is the state after the LAST answer that speaks for it, in arrival order; the journey is built so that the
    last arrival of every thing is also its latest pull (the retried batch and the re-sent batch are both
    followed by answers that restate what they reverted, or restate nothing new), so the facts are what the
    journal showed at the end, and do not depend on how the hub dates an undated answer.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7; README deletion by omission) is the
    whole list of every day it covers. A lesson is one entity (§3.4, `id`): its latest statement gives its day,
    number, topic (`title`) and subject; a lesson an earlier answer placed on a day that the latest answer
    covering that day lacks there is not a lesson of that day (no_lesson, with its number): the Математика moved
    from Thu 10-22 #1 to Fri 10-23 #5.
R2  A lesson starts at the clock of its `date` (§2: local, the school's zone, §3.10 `timeZone` 3) and ends at the
    `Finish` of its number's item in the class's bell timetable (§3.14, `edu-groups/{g}/timetables`, items
    Monday..Friday). The timetable answer is undated like every other one; the bells it states are the only bells
    the journal has, so every lesson of the span follows them (what a parent must still see: an end time).
R3  A mark (§3.1) is shown on its lesson's day (the lesson's latest placement) under its lesson's number, with
    the value `textValue`/`value` of the latest answer stating it (a correction keeps the mark's `id`); its weight
    and work-type name are the standalone work type's (§3.3: `work-types/{school}` -> `weight`, `title`),
    `counts` its `use_avg_calc`. A group's marks range (§7) is the whole list of the marks of each day it covers:
    a mark filed under a covered day (its lesson's day and its own `date`'s day both in the range, as a mark set
    on another day than its lesson's is filed under both) that the answer lacks is gone (no_mark with its value);
    a value a later answer replaced is no longer shown (no_mark with the old value).
R4  Homework (§3.2, §3.7): a `Homework` work's latest `text`, set at its lesson (day and number), due its
    `targetDate`. A homeworks range (`users/me/school/{s}/homeworks?startDate&endDate`, §3.7, §7) is the whole list
    of the homework whose lesson's day and due day both lie within it, and a lesson's `works[]` in a lessons
    answer (§3.4) is all that lesson's works: a homework either lacks is withdrawn (no_homework); an older text a
    later answer replaced is not shown (no_homework with that text).
R5  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, `code`
    the status string; a group's log range is the whole log of each lesson dated within it.
R6  Roster (§3.8): a pupil is in the class every `edu-groups/{g}/persons` answer lists him in. Никита is first
    listed by the roster that arrived before week 2's answers. When he joined is undatable here (README, roster
    and times: later membership dates come from the envelopes' `pulled_at`, "never the hub's date", and no
    envelope has one), so no fact says anything about his diary before week 2; what a parent must still see is
    his class's lessons, his marks, his attendance and the homework set for him (his `tasks`, §3.6) on every day
    from the first day of the first week whose answers arrived after the list naming him.
R7  Children from each parent's `users/{u}/context` `children` (§3.9), the latest arrival.
R8  Periods (§3.12) by name and dates, and the group's `holidays` on every day from `dateStart` to `dateFinish`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day_of(stamp):
    return dt.date.fromisoformat(stamp[:10])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    assert all("pulled_at" not in r for _, r in records), "the theme: no answer carries pulled_at"

    weights, wt_names, members, children, bells, subj_names = {}, {}, {}, {}, {}, {}
    first_listed = {}  # person -> arrival index of the first roster naming him
    lessons = {}  # lesson id -> {day, number, subject, title, works, gone, where}
    ever = {}  # (day, number, subject) -> lesson id: every placement any answer gave
    marks = {}  # mark id -> {mk, gone, where, values: [..]}
    homework = {}  # work id -> {w, lesson, gone, texts: [..], where}
    logs = {}  # (lesson, person) -> (entry, where) or None
    rpg = None
    first_range_after = {}  # person -> first day of the first lessons range that arrived after his roster

    def hold_lesson(lid, day, number, subject, title, where):
        info = lessons.setdefault(lid, {"works": set()})
        info.update(day=day, number=number, subject=subject, title=title, gone=False, where=where)
        ever[(day, number, subject)] = lid

    for i, (step, r) in enumerate(records):
        req, body = r["request"], r["body"]
        where = f"«{step}»: {req} (arrival #{i + 1})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
            for p in body:
                first_listed.setdefault(p["id_str"], i)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            rpg = (body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(d, it["LessonNumber"]): (it["Start"][11:16], it["Finish"][11:16])
                     for t in body for it in t["Items"] for d in it["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for p, k in first_listed.items():
                if k < i and p not in first_range_after:
                    first_range_after[p] = a
            stated = {l["id_str"] for l in body}
            for lid, info in lessons.items():  # R1: the whole list of each covered day
                if not info["gone"] and a <= info["day"] <= b and lid not in stated:
                    info["gone"] = True
            for l in body:
                subj_names[l["subject"]["id_str"]] = l["subject"]["name"]
                hold_lesson(l["id_str"], day_of(l["date"]), l["number"], l["subject"]["name"], l["title"], where)
                lessons[l["id_str"]]["clock"] = l["date"][11:16]
                works = {w["id_str"] for w in l["works"]}
                for wid, h in homework.items():  # R4: the lesson's works are all its works
                    if h["lesson"] == l["id_str"] and wid not in works:
                        h["gone"] = True
                for w in l["works"]:
                    if w["type"] == "Homework":
                        h = homework.setdefault(w["id_str"], {"texts": []})
                        h.update(w=w, lesson=l["id_str"], gone=False, where=where)
                        if not h["texts"] or h["texts"][-1] != w["text"]:
                            h["texts"].append(w["text"])
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            stated = {mk["id_str"] for mk in body}
            for mid, x in marks.items():  # R3: the whole list of each covered day
                filed = {lessons[x["mk"]["lesson_str"]]["day"], day_of(x["mk"]["date"])}
                if not x["gone"] and all(a <= d <= b for d in filed) and mid not in stated:
                    x["gone"] = True
            for mk in body:
                x = marks.setdefault(mk["id_str"], {"values": []})
                x.update(mk=mk, gone=False, where=where)
                value = mk["textValue"] or mk["value"]
                if not x["values"] or x["values"][-1] != value:
                    x["values"].append(value)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for key in list(logs):
                if logs[key] is not None and a <= lessons[key[0]]["day"] <= b:
                    logs[key] = None
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            stated = {w["id_str"] for w in body["works"]}
            for wid, h in homework.items():
                if not h["gone"] and wid not in stated and a <= lessons[h["lesson"]]["day"] <= b \
                        and a <= day_of(h["w"]["targetDate"]) <= b:
                    h["gone"] = True
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for w in body["works"]:
                h = homework.setdefault(w["id_str"], {"texts": []})
                h.update(w=w, lesson=w["lesson_str"], gone=False, where=where)
                if not h["texts"] or h["texts"][-1] != w["text"]:
                    h["texts"].append(w["text"])
        else:
            assert re.fullmatch(r"GET /v2/schools/\d+(/edu-groups)?", req), req

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    group = next(iter(members))
    artyom, dasha, nikita = "1000012530601", "1000012530602", "2260325488553300604"
    span = [dt.date(2026, 10, 5) + dt.timedelta(days=k) for k in range(19)]
    watched = {
        artyom: set(span),
        nikita: {d for d in span if d >= first_range_after[nikita]},  # R6
        dasha: {dt.date(2026, 10, 5), dt.date(2026, 10, 9), dt.date(2026, 10, 23)},
    }
    assert all(p in members[group] for p in watched)
    live = {lid: x for lid, x in lessons.items() if not x["gone"]}

    # R1/R2 lessons and moved-away placements
    for p, days in watched.items():
        for lid, x in sorted(live.items(), key=lambda kv: (kv[1]["day"], kv[1]["number"])):
            if x["day"] not in days:
                continue
            bell = bells.get((DAY_NAMES[x["day"].weekday()], x["number"]))
            add("lesson", f"R1/R2 lesson {lid} as last stated by {x['where']}; ends at the bells' #{x['number']} "
                          f"{bell[1]}", student={"person": p}, date=str(x["day"]), number=x["number"],
                subject=x["subject"], topic=x["title"], starts_at=x["clock"], ends_at=bell[1])
        for (d, n, subj), lid in sorted(ever.items()):
            if d not in days:
                continue
            if not any(x["day"] == d and x["number"] == n and x["subject"] == subj for x in live.values()):
                now = lessons[lid]
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) was on {d}; the latest range covering {d} lacks it "
                                 f"there; it is now on {now['day']} #{now['number']} ({now['where']})",
                    student={"person": p}, date=str(d), number=n, subject=subj)
    # R3 marks
    for mid, x in sorted(marks.items()):
        mk = x["mk"]
        p, lesson = mk["person_str"], lessons[mk["lesson_str"]]
        if p not in watched or lesson["day"] not in watched[p]:
            continue
        wt = str(mk["workType"])
        base = dict(student={"person": p}, date=str(lesson["day"]), subject=lesson["subject"])
        shown_here = {(y["mk"]["textValue"] or y["mk"]["value"]) for y in marks.values() if not y["gone"]
                      and y["mk"]["person_str"] == p and lessons[y["mk"]["lesson_str"]]["day"] == lesson["day"]
                      and lessons[y["mk"]["lesson_str"]]["subject"] == lesson["subject"]}
        if not x["gone"]:
            value = x["values"][-1]
            add("mark", f"R3 mark {mid} ({mk['date']}) as last stated by {x['where']}, on lesson {mk['lesson_str']} "
                        f"(#{lesson['number']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
                **base, number=lesson["number"], value=value, weight=weights[wt], work_type=wt_names[wt],
                counts=mk["use_avg_calc"])
            old = x["values"][:-1]
        else:
            old = x["values"]
        for value in old:
            if value not in shown_here:
                add("no_mark", f"R3 mark {mid} showed «{value}»; " + (
                    "a later answer gave it another value" if not x["gone"] else
                    "a later marks range covering its day lacks it (deleted)") + f"; last stated by {x['where']}",
                    **base, number=lesson["number"], value=value)
    # R4 homework
    for wid, h in sorted(homework.items()):
        lesson = lessons[h["lesson"]]
        w = h["w"]
        addressed = {t["person_str"] for t in w["tasks"]}
        for p, days in watched.items():
            if lesson["day"] not in days or p not in addressed:
                continue
            base = dict(student={"person": p}, subject=subj_names[str(w["subjectId"])], date=str(lesson["day"]),
                        number=lesson["number"])
            if not h["gone"]:
                add("homework", f"R4 Homework work {wid} as last stated by {h['where']}: set at lesson {h['lesson']}, "
                                f"due {w['targetDate'][:10]}", **base, text=h["texts"][-1], due=w["targetDate"][:10])
            for text in (h["texts"] if h["gone"] else h["texts"][:-1]):
                add("no_homework", f"R4 Homework work {wid} «{text}» " + (
                    "withdrawn: the latest answers covering it lack it" if h["gone"] else
                    "replaced by a later text") + f"; last stated by {h['where']}", **base, text=text)
    # R5 attendance
    for (lid, p), entry in sorted(logs.items()):
        if entry is None or p not in watched or lessons[lid]["day"] not in watched[p]:
            continue
        e, where = entry
        lesson = lessons[lid]
        add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}", student={"person": p},
            date=str(lesson["day"]), subject=lesson["subject"], number=lesson["number"], code=e["status"],
            meaning=STATUS[e["status"]])
    # R7 children
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R7 context of user {user}: {where}", guardian={"user": user},
            children=[{"person": k} for k in kids])
    # R8 periods and holidays
    body, where = rpg
    for rp in body["reportingPeriods"]:
        add("period", f"R8 reporting period {rp['id_str']} of {where}", student={"person": artyom}, name=rp["name"],
            starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for hol in body["holidays"]:
        a = day_of(hol["dateStart"])
        if a.year == 2026 and a.month == 10:
            for d in (a, a + dt.timedelta(days=4)):
                add("holiday", f"R8 holiday «{hol['name']}» {hol['dateStart'][:10]}..{hol['dateFinish'][:10]} of "
                               f"{where}", student={"person": artyom}, date=str(d), name=hol["name"], once=True)

    for k, f in enumerate(facts, 1):
        f["id"] = f"{f['kind'].replace('_', '-')}-{k:03d}"
    out = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": out}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in out:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(f"facts.json: {len(out)} facts", counts)


if __name__ == "__main__":
    main()
