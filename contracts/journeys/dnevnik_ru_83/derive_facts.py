"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard library
only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md; endpoint
paths not spelled out in §3.1 are those of the client the reference cites in §10 item 4
(`DnevnikPartnersApi.java`: `persons/{p}/works/{w}/marks`, `persons/{p}/lessons/{l}/marks`,
`persons/{p}/edu-groups/{g}/marks/{from}/{to}`, `edu-groups/{g}/subjects/{s}/marks/{from}/{to}`).

Rules:
R0  Answers are read in pull order (`pulled_at`), whatever order they were delivered in: each answer is the
    journal's state when it was pulled, so the latest pull of a thing wins.
R1  Lessons come from the group's lessons ranges (§3.4): the topic is `title`, the number `number`; the start is the
    clock of the local `date` (§2: school wall-clock time, no offset) and the end is the `Finish` of the bell item of
    that number on that weekday (§3.14).
R2  A mark is one entity, keyed by `id_str` (§1); every answer that lists it states its whole content (§3.1): value,
    person, work, lesson, number, own `date`, `workType`. The latest statement by pull wins (R0): a mark listed
    with another `work` or `lesson` than before has moved there (one id, one place).
R3  Every marks endpoint (§3.1, §7, §10 item 4) answers the journal's whole list for its scope as of its pull:
      edu-groups/{g}/marks/{from}/{to}                  the group's marks,
      edu-groups/{g}/subjects/{s}/marks/{from}/{to}     the group's marks of subject s,
      persons/{p}/schools/{s}/marks/{from}/{to},
      persons/{p}/edu-groups/{g}/marks/{from}/{to}      the pupil's marks (in the group),
        each over the days from..to (a date-only bound, `T00:00:00` for from and `T23:59:59` for to, cover their
        day); §3.1 names endpoints by mark date and by lesson date but not which one a range selects by, so a range
        speaks for a mark only when both its lesson's day and its own `date` day lie within it;
      lessons/{date}/persons/{p}/marks                  the pupil's marks of lessons of that day (and dated then);
      lessons/{l}/marks, POST lessons/marks             each lesson's marks (the body's `lessons`);
      works/{w}/marks                                   the work's marks;
      persons/{p}/works/{w}/marks, persons/{p}/lessons/{l}/marks  the pupil's marks of that work / lesson;
      marks/{id}                                        that mark only (it states, it speaks for nothing else).
    A mark the answer lacks is deleted as of that pull when, as last stated by a pull no later than it, it lies in
    the answer's scope. A mark last stated elsewhere (moved to another work or lesson by an answer pulled no later)
    is not the scope's, and a mark first stated by a later pull did not exist yet: neither is touched.
R4  What the diary shows: a pupil's marks at the lesson of their work, on that lesson's day (not on the mark's own
    `date`, §3.1 `lesson`); the marks of one work with `markCount` 2 (§3.1 `number`, §3.2: a double mark, «дробь»)
    as one mark «a/b» in `number` order; weight and work type name those of the standalone work type of the mark's
    `workType` (§3.3); `counts` its `use_avg_calc` (§3.1).
R5  A mark a pupil was shown at a lesson after any pull and not shown there in the end is a no_mark: with its value
    when the pupil still has other marks at that lesson, else no mark at all there.
R6  Attendance (§3.5, §6): a group's `lesson-log-entries/group/{g}?from&to` is the whole log of every lesson on the
    days it covers (an entry is identified by lesson and person, §3.5); the latest pull wins. Attend / Absent / Ill
    / Late -> present / absent / ill / late; `Pass` is stated by its code only (§6: its meaning is disputed).
R7  Homework (§3.2): a lesson's `Homework` work: its `text`, set at the lesson's day, due its `targetDate`.
R8  Periods (§3.12: name, start, finish); a parent's children from `users/{u}/context` `children` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
WATCHED_LESSONS = "1000012830701"  # Тимур: every lesson and homework of the fortnight


def day_of(stamp):
    return dt.date.fromisoformat(stamp[:10])


def bound(text, is_to):
    """The first or last day a range bound covers whole (R3)."""
    day = day_of(text)
    clock = text[11:19] if len(text) > 10 else ""
    if not is_to:
        return day if clock in ("", "00:00:00") else day + dt.timedelta(days=1)
    return day if clock in ("", "23:59:59") else day - dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    weights, wt_names = {}, {}
    children, periods, bells = {}, {}, {}
    lessons = {}  # lesson id -> info
    works = {}  # work id -> {"lesson", "markCount", "type"}
    homework = {}  # work id -> (work, lesson id, where)
    marks = {}  # mark id -> content (dict) or None (deleted)
    last_known = {}  # mark id -> its content as last stated
    stated_by = {}  # mark id -> where the latest statement came from
    deleted_by = {}
    shown_ever = {}  # (person, lesson id, value) -> where
    log = {}  # (lesson id, person) -> (entry, where) or None

    def content(mk):
        return {"person": str(mk["person_str"]), "work": str(mk["work_str"]), "lesson": str(mk["lesson_str"]),
                "number": mk["number"], "value": mk.get("textValue") or mk["value"], "date": mk["date"],
                "workType": str(mk["workType"]), "counts": mk["use_avg_calc"]}

    def displays(person, lesson):
        """R4: what the pupil's diary shows at the lesson: [(value, a mark content, the mark ids)]."""
        by_work = {}
        for mid, c in marks.items():
            if c is not None and c["person"] == person and c["lesson"] == lesson:
                by_work.setdefault(c["work"], []).append((c["number"], mid, c))
        out = []
        for wid, items in sorted(by_work.items()):
            items.sort(key=lambda x: (x[0], x[1]))
            if works.get(wid, {}).get("markCount", 1) >= 2:
                out.append(("/".join(c["value"] for _, _, c in items), items[0][2], [m for _, m, _ in items]))
            else:
                out += [(c["value"], c, [m]) for _, m, c in items]
        return out

    def in_days(c, a, b):
        return a <= lessons[c["lesson"]]["date"] <= b and a <= day_of(c["date"]) <= b

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"step {step.split('.')[0]}: {req} (pulled {r['pulled_at']})"
        scope = None  # R3: the predicate of a complete marks answer
        if m := re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[str(w["id_str"])] = w["weight"]
                wt_names[str(w["id_str"])] = w["title"]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            periods[m[1]] = (body["reportingPeriods"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): item["Finish"][11:16]
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for lesson in body:
                lid = lesson["id_str"]
                lessons[lid] = {"g": str(lesson["group"]), "date": day_of(lesson["date"]), "number": lesson["number"],
                                "subject": lesson["subject"]["name"], "subject_id": str(lesson["subject"]["id_str"]),
                                "title": lesson["title"],
                                "clock": lesson["date"][11:16], "where": where}
                for w in lesson["works"]:
                    works[w["id_str"]] = {"lesson": lid, "markCount": w["markCount"], "type": w["type"]}
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            a, b = day_of(m[2]), day_of(m[3])
            seen = set()
            for e in body:
                key = (e["lesson_str"], e["person_str"])
                log[key] = (e, where)
                seen.add(key)
            for key, held in list(log.items()):  # R6: the whole log of each lesson of the covered days
                if held is not None and key not in seen and a <= lessons[key[0]]["date"] <= b:
                    log[key] = None
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([^/]+)/([^/]+)", req):
            g, a, b = m[1], bound(m[2], False), bound(m[3], True)
            scope = lambda c: lessons[c["lesson"]]["g"] == g and in_days(c, a, b)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/subjects/(\d+)/marks/([^/]+)/([^/]+)", req):
            g, s, a, b = m[1], m[2], bound(m[3], False), bound(m[4], True)
            scope = lambda c: lessons[c["lesson"]]["g"] == g and lessons[c["lesson"]]["subject_id"] == s \
                and in_days(c, a, b)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d+)/marks", req):
            scope = lambda c: c["lesson"] == m[1]
        elif req == "POST /v2/lessons/marks":
            named = {str(x) for x in r["request_body"]["lessons"]}
            scope = lambda c: c["lesson"] in named
        elif m := re.fullmatch(r"GET /v2/works/(\d+)/marks", req):
            scope = lambda c: c["work"] == m[1]
        elif m := re.fullmatch(r"GET /v2/marks/(\d+)", req):
            body = [body]
            scope = lambda c: False
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/works/(\d+)/marks", req):
            scope = lambda c: c["person"] == m[1] and c["work"] == m[2]
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/lessons/(\d+)/marks", req):
            scope = lambda c: c["person"] == m[1] and c["lesson"] == m[2]
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/(\d+)/marks/([^/]+)/([^/]+)", req):
            p, a, b = m[1], bound(m[3], False), bound(m[4], True)
            scope = lambda c: c["person"] == p and in_days(c, a, b)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/marks/([^/]+)/([^/]+)", req):
            p, g, a, b = m[1], m[2], bound(m[3], False), bound(m[4], True)
            scope = lambda c: c["person"] == p and lessons[c["lesson"]]["g"] == g and in_days(c, a, b)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d{4}-\d{2}-\d{2})/persons/(\d+)/marks", req):
            day, p = day_of(m[1]), m[2]
            scope = lambda c: c["person"] == p and lessons[c["lesson"]]["date"] == day and day_of(c["date"]) == day
        elif not re.fullmatch(r"GET /v2/(schools/\d+(/edu-groups)?|edu-groups/\d+/persons)", req):
            raise SystemExit(f"unread request {req}")
        if scope is None:
            continue
        touched, listed = set(), set()
        for mk in body:
            mid, c = mk["id_str"], content(mk)
            old = marks.get(mid)
            if old:
                touched.add((old["person"], old["lesson"]))
            marks[mid], stated_by[mid], last_known[mid] = c, where, c  # R2
            touched.add((c["person"], c["lesson"]))
            listed.add(mid)
        for mid, c in list(marks.items()):  # R3: what the scope held as last stated, and the answer lacks
            if c is not None and mid not in listed and scope(c):
                marks[mid], deleted_by[mid] = None, where
                touched.add((c["person"], c["lesson"]))
        for person, lesson in touched:
            for value, _, _ in displays(person, lesson):
                shown_ever.setdefault((person, lesson, value), where)

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def student(p):
        return {"person": p}

    # R1 lessons and R7 homework, for Тимур
    for lid, info in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
        end = bells.get(info["g"], {}).get((info["date"].strftime("%A"), info["number"]))
        add("lesson", f"R1 lesson {lid} of {info['where']}; starts at the clock of its date (§2, §3.4), ends at the "
                      f"bell #{info['number']} {end} (§3.14)", student=student(WATCHED_LESSONS),
            date=str(info["date"]), number=info["number"], subject=info["subject"], topic=info["title"],
            starts_at=info["clock"], ends_at=end)
    for wid, (w, lid, where) in sorted(homework.items(), key=lambda x: (lessons[x[1][1]]["date"], x[0])):
        info = lessons[lid]
        add("homework", f"R7 Homework work {wid} (§3.2) of {where}: set at lesson {lid} ({info['date']} "
                        f"#{info['number']}), due {w['targetDate'][:10]}", student=student(WATCHED_LESSONS),
            subject=info["subject"], text=w["text"], date=str(info["date"]), due=w["targetDate"][:10])

    # R4 marks, R5 no_marks
    final = {}
    for mid, c in marks.items():
        if c is not None:
            final.setdefault((c["person"], c["lesson"]), None)
    for person, lesson in sorted(final, key=lambda k: (k[0], lessons[k[1]]["date"], lessons[k[1]]["number"])):
        info = lessons[lesson]
        for value, c, mids in displays(person, lesson):
            wt = c["workType"]
            whys = "; ".join(f"{mid} last stated by {stated_by[mid]}" for mid in mids)
            double = " (markCount 2: one «a/b» in `number` order, §3.1, §3.2)" if "/" in value else ""
            add("mark", f"R2/R4 mark {whys}{double}; at lesson {lesson} ({info['date']} #{info['number']}); work "
                        f"type {wt} «{wt_names[wt]}» weight {weights[wt]} (§3.3)",
                student=student(person), date=str(info["date"]), subject=info["subject"], number=info["number"],
                value=value, weight=weights[wt], work_type=wt_names[wt], counts=c["counts"])
    gone = []
    for (person, lesson, value), where in shown_ever.items():
        now = [v for v, _, _ in displays(person, lesson)]
        if value not in now:
            gone.append((lessons[lesson]["date"], lessons[lesson]["number"], person, lesson, value, where, now))
    for day, number, person, lesson, value, where, now in sorted(gone):
        info = lessons[lesson]
        gone_here = [f"{mid} deleted by {by}" for mid, by in sorted(deleted_by.items())
                     if marks[mid] is None and last_known[mid]["person"] == person and last_known[mid]["lesson"] == lesson]
        why = (f"R3/R5 «{value}» was shown at lesson {lesson} after {where}; the latest statements of its marks "
               f"leave nothing of it there (deleted, corrected or moved: §3.1)"
               + (f"; {'; '.join(gone_here)}" if gone_here else ""))
        if now:
            add("no_mark", why + f"; the pupil's marks there now: {now}", student=student(person), date=str(day),
                subject=info["subject"], number=number, value=value)
        else:
            add("no_mark", why + "; the pupil has no mark there now", student=student(person), date=str(day),
                subject=info["subject"], number=number)

    # R6 attendance
    for (lid, person), held in sorted(log.items(), key=lambda x: (lessons[x[0][0]]["date"], x[0])):
        if held is None:
            continue
        e, where = held
        if e["status"] == "Attend":
            continue
        info = lessons[lid]
        extra = {"meaning": STATUS[e["status"]]} if e["status"] in STATUS else {}
        add("attendance", f"R6 entry ({lid}, {person}) {e['status']} «{e['comment']}» of {where} (§3.5, §6)",
            student=student(person), date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], **extra)

    # R8 periods and children
    for g, (rps, where) in sorted(periods.items()):
        for rp in rps:
            add("period", f"R8 {where} (§3.12)", name=rp["name"], starts_on=rp["start"][:10],
                ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where} (§3.9)", guardian={"user": user}, children=[{"person": k} for k in kids])

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
