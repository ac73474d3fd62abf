"""Derive facts.json from journey.json: what a parent must see at the end of the two days, and what must not linger
from the earlier pulls, read from the vendor answers alone (standard library only; never imports the hub;
deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); for each request the latest answer is the journal's state. Every
    range here is one whole day (`{day}/{day}`, a date-only bound covers its day, §2, §7).
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the day: a lesson
    (group, day, number, subject) an earlier answer held and the latest lacks is no lesson of that day (no_lesson):
    9А's Химия #6 on 10-13 (cancelled after its substitute was named), 5Б's Музыка #5 on 10-14 (replaced by a
    Математика lesson under a new id at the same number).
R2  A lesson of the latest range: its topic is its latest `title` (§3.4 "title = lesson topic"; a lesson planned in
    the morning with `""` and filled in later; a topic still `""` at the end states no topic, so no topic is
    asserted), its start the clock of its `date` (§2: local, no offset), its end the `Finish` of its number's bell
    item (§3.14) when the item lists that weekday, its teacher the `fullName` of the user whose `personId` is the
    lesson's `teachers[0]` (§3.4 teacher person ids, §3.9 User, `POST users/many` §7).
R3  A mark (§3.1) of the latest marks range of its day is shown on its lesson with its latest `textValue`/`value`,
    its weight and name the standalone work type's (§3.3), `counts` its `use_avg_calc`. A mark id an earlier range
    held and the latest lacks is gone (no_mark of that value at that lesson number); a value a mark id had before
    and no longer has (a corrected mark keeps its id, §3.1) is no_mark at that lesson number, unless the pupil has
    another mark of that value there.
R4  Attendance (§3.5, §6): an entry of the latest log range is shown with its `status` as the code;
    Attend/Absent/Ill/Late -> present/absent/ill/late; `Pass` is stated by its code only (§6: its meaning is
    disputed). An entry (lesson, person) an earlier range held and the latest lacks was deleted: the pupil is
    present at that lesson (meaning present, no code: §3.5 "no own id", §6 NotSet "no entry").
R5  Homework (§3.2, §3.7): a `Homework` work of the latest homework bundle covering its lesson's day, with its
    latest `text`, set at its lesson (day, number), due its `targetDate`, for every pupil its `tasks` name (§3.6).
    A text a work had earlier and has no longer, or a work an earlier bundle held and the latest lacks (withdrawn,
    or its lesson cancelled), is no_homework of that text at that lesson for the pupils of that group.
R6  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, members, children, rpg, bells, names = {}, {}, {}, {}, {}, {}, {}
    latest = {}  # request -> (body, where)
    history = []  # (kind, request, body, where) in pull order
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"step «{step.split(':')[0]}», {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif req == "POST /v2/users/many":
            for u in body:
                names[u["personId_str"]] = u["fullName"]
        else:
            latest[req] = (body, where)
            history.append((req, body, where))

    group_of = {p: g for g, ps in members.items() for p in ps}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # R1/R2 lessons
    lessons = {}  # lesson id -> info, of the latest ranges
    ever = {}  # (g, day, number, subject) -> where first seen
    for req, body, where in history:
        if m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for ls in body:
                ever.setdefault((m[1], ls["date"][:10], ls["number"], ls["subject"]["name"]), (ls["id_str"], where))
    for req, (body, where) in latest.items():
        if m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for ls in body:
                lessons[ls["id_str"]] = {"g": m[1], "date": ls["date"][:10], "number": ls["number"],
                                         "subject": ls["subject"]["name"], "title": ls["title"],
                                         "clock": ls["date"][11:16], "teacher": str(ls["teachers"][0]), "where": where}
    pupils = sorted(group_of)
    for p in pupils:
        g = group_of[p]
        for lid, info in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
            if info["g"] != g:
                continue
            weekday = dt.date.fromisoformat(info["date"]).strftime("%A")
            bell = bells[g].get((weekday, info["number"]))
            fact = {"student": {"person": p}, "date": info["date"], "number": info["number"],
                    "subject": info["subject"]}
            if info["title"]:
                fact["topic"] = info["title"]
            fact.update(starts_at=info["clock"], ends_at=bell[1] if bell else None,
                        teacher=names[info["teacher"]])
            add("lesson", f"R1/R2 lesson {lid} of {info['where']}; end of bell #{info['number']} on {weekday}; "
                          f"teacher person {info['teacher']}" + ("" if info["title"] else "; no topic was ever written"),
                **fact)
        for (gg, d, n, subj), (lid, where) in sorted(ever.items()):
            if gg == g and not any(i["g"] == g and i["date"] == d and i["number"] == n and i["subject"] == subj
                                   for i in lessons.values()):
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) held by {where} is lacked by the latest range of {d}",
                    student={"person": p}, date=d, number=n, subject=subj)

    # R3 marks
    final_marks, seen_marks = {}, {}
    for req, body, where in history:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                seen_marks.setdefault(mk["id_str"], []).append((mk, where))
    for req, (body, where) in latest.items():
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", req):
            for mk in body:
                final_marks[mk["id_str"]] = (mk, where)
    for mid, (mk, where) in sorted(final_marks.items(), key=lambda x: x[1][0]["date"]):
        info, wt = lessons[mk["lesson_str"]], str(mk["workType"])
        add("mark", f"R3 mark {mid} (set {mk['date']}) of {where}, on lesson {mk['lesson_str']}; work type {wt} "
                    f"«{wt_names[wt]}» weight {weights[wt]}",
            student={"person": mk["person_str"]}, date=info["date"], number=info["number"], subject=info["subject"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
    for mid, seen in sorted(seen_marks.items()):
        info = lessons.get(seen[0][0]["lesson_str"])
        if info is None:
            continue
        p = seen[0][0]["person_str"]
        now = {(m["textValue"] or m["value"]) for m, _ in final_marks.values()
               if m["person_str"] == p and m["lesson_str"] == seen[0][0]["lesson_str"]}
        for mk, where in seen:
            value = mk["textValue"] or mk["value"]
            if value in now:
                continue
            gone = "is lacked by the latest range of its day" if mid not in final_marks else \
                f"now reads «{final_marks[mid][0]['textValue']}»"
            add("no_mark", f"R3 mark {mid} «{value}» of {where} {gone}", student={"person": p}, date=info["date"],
                number=info["number"], subject=info["subject"], value=value)

    # R4 attendance
    final_log, seen_log = {}, {}
    for req, body, where in history:
        if re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                seen_log.setdefault((e["lesson_str"], e["person_str"]), []).append((e, where))
    for req, (body, where) in latest.items():
        if re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                final_log[(e["lesson_str"], e["person_str"])] = (e, where)
    for (lid, p), seen in sorted(seen_log.items()):
        info = lessons[lid]
        before = " then ".join(e["status"] for e, _ in seen)
        if (lid, p) in final_log:
            e, where = final_log[(lid, p)]
            fact = {"code": e["status"]}
            if e["status"] in STATUS:
                fact["meaning"] = STATUS[e["status"]]
            add("attendance", f"R4 entry ({lid}, {p}) «{e['status']}» «{e['comment']}» of {where}; pulls showed "
                              f"{before}", student={"person": p}, date=info["date"], subject=info["subject"],
                number=info["number"], **fact)
        else:
            add("attendance", f"R4 entry ({lid}, {p}) shown by {seen[-1][1]} ({before}) is lacked by the latest log "
                              f"range of {info['date']}: deleted, the pupil present", student={"person": p},
                date=info["date"], subject=info["subject"], number=info["number"], meaning="present")

    # R5 homework
    final_hw, seen_hw, subj = {}, {}, {}
    for req, body, where in history:
        if re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj[str(s["id"])] = s["name"]
            for w in body["works"]:
                seen_hw.setdefault(w["id_str"], []).append((w, where))
    for req, (body, where) in latest.items():
        if re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for w in body["works"]:
                final_hw[w["id_str"]] = (w, where)
    for wid, (w, where) in sorted(final_hw.items()):
        info = lessons[w["lesson_str"]]
        for task in w["tasks"]:
            add("homework", f"R5 Homework work {wid} of {where}: set at lesson {w['lesson_str']} ({info['date']} "
                            f"#{info['number']}), due {w['targetDate'][:10]}", student={"person": task["person_str"]},
                subject=subj[str(w["subjectId"])], text=w["text"], date=info["date"], number=info["number"],
                due=w["targetDate"][:10])
    for wid, seen in sorted(seen_hw.items()):
        now = final_hw.get(wid, (None,))[0]
        for w, where in seen:
            if now is not None and w["text"] == now["text"]:
                continue
            gone = "withdrawn: the latest bundle lacks it" if now is None else f"edited to «{now['text']}»"
            lesson_day = w["targetDate"]  # only for the why
            first = seen[0][0]
            for p in members[str(first["eduGroup"])]:
                info = lessons.get(w["lesson_str"])
                day = info["date"] if info else None
                if day is None:  # the lesson itself is gone (cancelled): find its day from the first lessons answer
                    day = next(d for (g, d, n, s), (lid, _) in ever.items() if lid == w["lesson_str"])
                add("no_homework", f"R5 Homework work {wid} «{w['text']}» (due {lesson_day[:10]}) of {where}: {gone}",
                    student={"person": p}, subject=subj[str(w["subjectId"])], text=w["text"], date=day)

    # R6 periods, children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R6 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for u, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where}", guardian={"user": u}, children=[{"person": str(k)} for k in kids])

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
