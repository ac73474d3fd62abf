"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`, an instant: `+05:00` and `Z` stamps compare as instants); the
    latest pull of a thing wins.
R1  Ids (§1): a `_str` twin wins over the number (also the camel twins `lessonStr`/`personStr`/`idStr`, §1 [L]);
    the number is read exactly and used only where the answer gives no twin (the schedules bundle's flattened
    lessons, §1). A number that disagrees with its twin is a double-based relay's rounding and is ignored.
R2  Range bounds (§2): `{from}/{to}` and `from`/`to`/`startDate`/`endDate` are `yyyy-MM-dd` (the whole day) or a
    local date-time (an instant: `T23:59:59` still covers its day, a `to` of `T00:00:00` covers nothing of it).
R3  A group's lessons range (§3.4, §7) is the whole list of the class's lessons of each day it covers; so is a
    pupil's schedules bundle (§0) for his class. A lesson a later such answer lacks is gone (no_lesson). Its topic
    is the latest `title`; its start the clock of its `date`; its end the bundle's `hours` (§3.4) when a bundle gave
    them, else its number's bell item (§3.14, PascalCase, `DaysOfWeek`); its room the bundle's `place`.
R4  A lesson's works (`works[]` of the lesson entity in a lessons answer, `lessons/{l}/works`, §3.2, §3.4) are all
    its works: a mark (§3.1 `work`) or homework of a work the lesson no longer lists is gone.
R5  A mark (§3.1) is shown on its lesson's day (`lesson`), never on its own `date`. A group's marks range is
    complete only for marks whose own `date` AND lesson's date both lie in it (§3.1: the reference does not say by
    which date a range selects; only then would either selection have returned it), likewise a pupil's schedules
    bundle for his marks. recentmarks (§0, §7) and final marks are complete for nothing of the diary. Shown text:
    `textValue`, else `value` (§3.1: nullable); weight and name: the standalone work type (§3.3, the embedded
    shape has none); counted: `use_avg_calc`; a `test`-scale mark (§5) never counts.
R6  Attendance (§3.5, §6): one entry per (lesson, person). A group's log range is the whole log of the lessons
    dated on the days it covers, `lessons/{l}/log-entries` the whole log of that lesson, a pupil's bundle his part
    of its days; an entry a later complete answer lacks is gone: the pupil was present. Attend/Absent/Ill/Late ->
    present/absent/ill/late; `Pass` is stated by its code only (§6: its meaning is disputed).
R7  Homework (§3.2, §3.7): a `Homework` work's latest `text` and `targetDate` (due), set at its lesson. A homeworks
    range is complete for the homework whose lesson's date and due date both lie within it (the reference does not
    say which of them it selects by), so one it then lacks is withdrawn; R4 likewise.
R8  Final marks (§3.13): the group's `final-marks` (hyphenated keys) give each pupil's marks per subject of its
    `reportingPeriod`, the whole list for that pupil and period (a subject it no longer lists has none);
    `allfinalmarks` gives the same marks with their `PeriodMark` works (`periodNumber`/`periodType` name the
    period). The latest pull wins, whichever shape.
R9  Periods and holidays from `reporting-period-group` (§3.12); children from the parents' `users/{u}/context`
    (§3.9: `children[].personId`, person ids).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WATCHED = ["1000012720601", "2260325488551306602"]  # Полина, Тимур: every lesson and homework
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def twin(obj, key):
    """R1: the `_str` twin (or the camel one), else the number as an exact decimal string."""
    for k in (f"{key}_str", f"{key}Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    return None if obj.get(key) is None else str(obj[key])


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def bounds(a, b):
    """R2: (first instant, last instant) of a range, local."""
    lo = dt.datetime.fromisoformat(a) if "T" in a else dt.datetime.fromisoformat(a + "T00:00:00")
    hi = dt.datetime.fromisoformat(b) if "T" in b else dt.datetime.fromisoformat(b + "T23:59:59.999999")
    return lo, hi


def covered_days(lo, hi):
    """Days whose whole span lies within [lo, hi]."""
    d, out = lo.date() if lo.time() == dt.time(0) else lo.date() + dt.timedelta(days=1), []
    while dt.datetime.combine(d, dt.time(23, 59, 59)) <= hi:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def local(s):
    return dt.datetime.fromisoformat(s[:19])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(instant(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    wtypes, bells, periods, holidays, children = {}, {}, {}, [], {}
    lessons = {}  # lesson id -> {date, number, subject, title, clock, hours, room, gone, where}
    lesson_works = {}  # lesson id -> set of work ids (the latest complete list)
    works = {}  # work id -> {type, lesson, text, due, gone, where}
    marks = {}  # mark id -> {person, lesson, work, value, date, type, wt, avg, history, gone, where}
    logs = {}  # (lesson, person) -> {status, comment, gone, history}
    finals = {}  # (person, subject, period) -> {value, history, gone, where}
    subjects = {}

    def see_lesson(lid, date, number, subject, title, where):
        info = lessons.setdefault(lid, {"hours": None, "room": None, "gone": None})
        info.update(date=local(date).date(), number=number, subject=subject, title=title, clock=date[11:16],
                    where=where, gone=None)

    def see_works(lid, ws, where):
        lesson_works[lid] = {twin(w, "id") for w in ws}
        for w in ws:
            see_work(w, where)
        for wid, w in works.items():
            if w["lesson"] == lid and wid not in lesson_works[lid]:
                w["gone"] = w["gone"] or f"R4 its lesson's works in {where} lack it"
        for mid, m in marks.items():
            if m["lesson"] == lid and m["work"] not in lesson_works[lid] and not m["gone"]:
                m["gone"] = f"R4 work {m['work']} is no longer among lesson {lid}'s works in {where}"

    def see_work(w, where):
        wid = twin(w, "id")
        entry = works.setdefault(wid, {"history": []})
        if w["type"] == "Homework":
            if entry.get("text") not in (None, w["text"]):
                entry["history"].append(entry["text"])
            entry.update(text=w["text"], due=w["targetDate"][:10])
        entry.update(type=w["type"], lesson=twin(w, "lesson"), subject=w["subjectId"], gone=None, where=where,
                     periodNumber=w.get("periodNumber"), periodType=w.get("periodType"))

    def see_mark(m, where):
        mid = twin(m, "id")
        entry = marks.setdefault(mid, {"history": []})
        shown = m.get("textValue") or m["value"]
        if entry.get("value") not in (None, shown):
            entry["history"].append(entry["value"])
        entry.update(person=twin(m, "person"), lesson=twin(m, "lesson"), work=twin(m, "work"), value=shown,
                     date=local(m["date"]), type=m["type"], wt=str(m["workType"]), avg=m["use_avg_calc"],
                     gone=None, where=where)

    def drop_marks(lo, hi, where, person=None, days=None):
        """R5: a complete marks answer over [lo, hi] (or the pupil's `days`)."""
        for mid, m in marks.items():
            if m["gone"] or m["mid_seen"] == where or (person and m["person"] != person):
                continue
            lesson = lessons.get(m["lesson"])
            if lesson is None:
                continue
            if days is not None and lo is None:
                inside = m["date"].date() in days and lesson["date"] in days
            else:
                inside = lo <= m["date"] <= hi and lesson["date"] in covered_days(lo, hi)
            if inside:
                m["gone"] = f"R5 {where} covers its date {m['date']} and its lesson's {lesson['date']} and lacks it"

    def see_log(e, where):
        key = (twin(e, "lesson"), twin(e, "person"))
        entry = logs.setdefault(key, {"history": []})
        entry.update(status=e["status"], comment=e["comment"], gone=None, where=where, seen=where)

    def drop_logs(lesson_ids, where, person=None):
        for (lid, p), e in logs.items():
            if lid in lesson_ids and (person is None or p == person) and e["seen"] != where and not e["gone"]:
                e["gone"] = f"R6 {where} is the whole log of lesson {lid} and lacks the entry"

    for pulled, _, step, r in records:
        req, body = r["request"].split(" ", 1)[1], r["body"]
        where = f"{req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"/v2/work-types/\d+", req):
            for w in body:
                wtypes[twin(w, "id")] = (w["title"], w["weight"], w["kind"])
        elif re.fullmatch(r"/v2/edu-groups/\d+/timetables", req):
            bells = {(day, it["LessonNumber"]): it["Finish"][11:16] for t in body for it in t["Items"]
                     for day in it["DaysOfWeek"]}
        elif re.fullmatch(r"/v2/edu-groups/\d+/reporting-period-group", req):
            periods = {(p["number"], p["type"]): (p["name"], p["start"][:10], p["finish"][:10], twin(p, "id"), where)
                       for p in body["reportingPeriods"]}
            holidays = [(h["name"], h["dateStart"][:10], h["dateFinish"][:10], where) for h in body["holidays"]]
        elif m := re.fullmatch(r"/v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif (m := re.fullmatch(r"/v2/edu-groups/\d+/lessons/([^/]+)/([^/]+)", req)):
            lo, hi = bounds(m[1], m[2])
            listed = set()
            for lesson in body:
                lid = twin(lesson, "id")
                listed.add(lid)
                subjects[twin(lesson["subject"], "id")] = lesson["subject"]["name"]
                see_lesson(lid, lesson["date"], lesson["number"], lesson["subject"]["name"], lesson["title"], where)
                see_works(lid, lesson["works"], where)
            days = covered_days(lo, hi)
            for lid, info in lessons.items():
                if lid not in listed and info["date"] in days and not info["gone"]:
                    info["gone"] = f"R3 {where} covers {info['date']} and lacks it"
        elif m := re.fullmatch(r"/v2/lessons/(\d+)/works", req):
            see_works(m[1], body, where)
        elif m := re.fullmatch(r"/v2/edu-groups/\d+/marks/([^/]+)/([^/]+)", req):
            for mk in body:
                see_mark(mk, where)
                marks[twin(mk, "id")]["mid_seen"] = where
            lo, hi = bounds(m[1], m[2])
            drop_marks(lo, hi, where)
        elif m := re.fullmatch(r"/v2/persons/(\d+)/schools/\d+/marks/([^/]+)/([^/]+)", req):
            for mk in body:  # §3.1: one pupil's marks over a range, complete for his marks as R5 says
                see_mark(mk, where)
                marks[twin(mk, "id")]["mid_seen"] = where
            lo, hi = bounds(m[2], m[3])
            drop_marks(lo, hi, where, person=m[1])
        elif m := re.fullmatch(r"/v2/lesson-log-entries/group/\d+\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                see_log(e, where)
            days = covered_days(*bounds(m[1], m[2]))
            drop_logs({lid for lid, i in lessons.items() if i["date"] in days}, where)
        elif m := re.fullmatch(r"/v2/lessons/(\d+)/log-entries", req):
            for e in body:
                see_log(e, where)
            drop_logs({m[1]}, where)
        elif m := re.fullmatch(r"/v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for fl in body["lessons"]:
                lessons.setdefault(str(fl["id"]), {}).update(hours=fl["hours"], room=fl["place"])
            listed = set()
            for w in body["works"]:
                see_work(w, where)
                listed.add(twin(w, "id"))
            days = covered_days(*bounds(m[1], m[2]))
            for wid, w in works.items():
                if w["type"] == "Homework" and wid not in listed and not w["gone"]:
                    lesson = lessons.get(w["lesson"])
                    if lesson and lesson["date"] in days and dt.date.fromisoformat(w["due"]) in days:
                        w["gone"] = f"R7 {where} covers its lesson's day and its due day and lacks it"
        elif m := re.fullmatch(r"/v2/persons/(\d+)/groups/\d+/schedules\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            person = m[1]
            days, listed = [], set()
            for day in body["days"]:
                d = local(day["date"]).date()
                days.append(d)
                names = {str(s["id"]): s["name"] for s in day["subjects"]}
                for fl in day["lessons"]:
                    lid = twin(fl, "id")
                    listed.add(lid)
                    see_lesson(lid, fl["date"], fl["number"], names[str(fl["subjectId"])], fl["title"], where)
                    lessons[lid].update(hours=fl["hours"], room=fl["place"])
                for w in day["works"]:
                    see_work(w, where)
                for mk in day["marks"]:
                    see_mark(mk, where)
                    marks[twin(mk, "id")]["mid_seen"] = where
                for e in day["lessonLogEntries"]:
                    see_log(e, where)
            for lid, info in lessons.items():
                if lid not in listed and info.get("date") in days and not info["gone"]:
                    info["gone"] = f"R3 {where} covers {info['date']} and lacks it"
            drop_marks(None, None, where, person=person, days=set(days))
            drop_logs({lid for lid, i in lessons.items() if i.get("date") in days}, where, person=person)
        elif re.fullmatch(r"/v2/persons/\d+/group/\d+/recentmarks", req):
            for lesson in body["lessons"]:
                see_lesson(twin(lesson, "id"), lesson["date"], lesson["number"], lesson["subject"]["name"],
                           lesson["title"], where)
            for mk in body["marks"]:
                see_mark(mk, where)
                marks[twin(mk, "id")]["mid_seen"] = where
        elif re.fullmatch(r"/v2/edu-groups/\d+/final-marks", req):
            for entry in body:
                person, rp = twin(entry, "person"), twin(entry, "reportingPeriod")
                listed = set()
                for per in entry["per-subject-final-marks"]:
                    subj = twin(per, "subject")
                    listed.add(subj)
                    see_final(finals, (person, subj, rp), per["final-mark"], where)
                for (p, s, period), f in finals.items():
                    if p == person and period == rp and s not in listed and not f["gone"]:
                        f["gone"] = f"R8 {where} lists pupil {person}'s period {rp} without subject {s}"
        elif re.fullmatch(r"/v2/persons/\d+/edu-groups/\d+/allfinalmarks", req):
            ws = {twin(w, "id"): w for w in body["works"]}
            for mk in body["marks"]:
                w = ws[twin(mk, "work")]
                rp = periods[(w["periodNumber"], w["periodType"])][3]
                see_final(finals, (twin(mk, "person"), str(w["subjectId"]), rp), mk, where)
        elif re.fullmatch(r"/v2/schools/\d+(/edu-groups)?|/v2/edu-groups/\d+/persons", req):
            pass  # the school (timeZone 5, §2), the class and its pupils: the journey's cast, no fact of their own
        else:
            raise SystemExit(f"unread request {req}")

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    live = {lid: i for lid, i in lessons.items() if i.get("date") and not i["gone"]}
    # R3 lessons of the watched pupils
    for p in WATCHED:
        for lid, i in sorted(live.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
            fact = {"student": {"person": p}, "date": str(i["date"]), "number": i["number"], "subject": i["subject"],
                    "topic": i["title"], "starts_at": i["clock"]}
            why = f"R3 lesson {lid}, latest {i['where']}"
            if i["hours"]:
                a, b = [x.strip() for x in i["hours"].split("-")]
                fact.update(starts_at=a, ends_at=b)
                why += f"; §3.4 bundle hours «{i['hours']}»"
            else:
                end = bells.get((i["date"].strftime("%A"), i["number"]))
                fact["ends_at"] = end
                why += f"; no bundle covered the day: §3.14 bell #{i['number']} ends {end}"
            if i["room"]:
                fact["room"] = i["room"]
            add("lesson", why, **fact)
        for lid, i in sorted(lessons.items(), key=lambda x: str(x[1].get("date"))):
            if i.get("date") and i["gone"]:
                add("no_lesson", f"R3 lesson {lid} ({i['subject']} #{i['number']}): {i['gone']}",
                    student={"person": p}, date=str(i["date"]), number=i["number"], subject=i["subject"])
    # R5 marks
    shown = {}
    for mid, m in marks.items():
        lesson = lessons.get(m["lesson"])
        work = works.get(m["work"])
        if lesson is None or m["gone"] or (work and work["gone"]) or lesson["gone"]:
            continue
        shown.setdefault((m["person"], str(lesson["date"]), lesson["subject"]), set()).add(m["value"])
    for mid, m in sorted(marks.items(), key=lambda x: (x[1]["date"], x[0])):
        lesson = lessons[m["lesson"]]
        work = works.get(m["work"])
        where = {"student": {"person": m["person"]}, "date": str(lesson["date"]), "subject": lesson["subject"]}
        gone = m["gone"] or (work and work["gone"]) or lesson["gone"]
        if gone:
            if m["value"] not in shown.get((m["person"], where["date"], where["subject"]), set()):
                add("no_mark", f"mark {mid} «{m['value']}» (lesson {m['lesson']}): {gone}", **where,
                    number=lesson["number"], value=m["value"])
            continue
        title, weight, _ = wtypes[m["wt"]]
        extra = {"work_type": title, "counts": False} if m["type"].lower() == "test" else \
            {"weight": weight, "work_type": title, "counts": m["avg"]}
        add("mark", f"R5 mark {mid} (its own date {m['date']}) of {m['where']}, on lesson {m['lesson']} "
                    f"#{lesson['number']} of {lesson['date']}; §3.3 work type {m['wt']} «{title}» weight {weight}; "
                    f"scale «{m['type']}»", **where, number=lesson["number"], value=m["value"], **extra)
        for old in m["history"]:
            if old not in shown.get((m["person"], where["date"], where["subject"]), set()):
                add("no_mark", f"R0/R5 mark {mid} was «{old}», amended to «{m['value']}» by {m['where']}", **where,
                    number=lesson["number"], value=old)
    # R6 attendance
    for (lid, p), e in sorted(logs.items()):
        lesson = lessons[lid]
        where = {"student": {"person": p}, "date": str(lesson["date"]), "subject": lesson["subject"],
                 "number": lesson["number"]}
        if e["gone"]:
            add("attendance", f"R6 entry ({lid}, {p}) was {e['status']}: {e['gone']}", **where, meaning="present")
        elif e["status"] == "Pass":
            add("attendance", f"R6 entry ({lid}, {p}) Pass «{e['comment']}» of {e['where']} (§6: meaning disputed, "
                              f"the code alone)", **where, code="Pass")
        else:
            add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {e['where']}", **where,
                code=e["status"], meaning=STATUS[e["status"]])
    # R7 homework
    for wid, w in sorted(works.items()):
        if w.get("type") != "Homework":
            continue
        lesson = lessons[w["lesson"]]
        gone = w["gone"] or lesson["gone"]
        for p in WATCHED:
            base = {"student": {"person": p}, "subject": subjects[str(w["subject"])]}
            if gone:
                add("no_homework", f"R7 homework {wid}: {gone}", **base, text=w["text"])
                continue
            add("homework", f"R7 Homework work {wid} of {w['where']}: set at lesson {w['lesson']} ({lesson['date']}), "
                            f"due {w['due']}", **base, text=w["text"], date=str(lesson["date"]), due=w["due"])
            for old in w["history"]:
                add("no_homework", f"R7 homework {wid} read «{old}» before {w['where']} edited it", **base, text=old)
    # R8 final marks
    name_of = {v[3]: v[0] for v in periods.values()}
    for (p, s, rp), f in sorted(finals.items()):
        base = {"student": {"person": p}, "subject": subjects[s], "period": name_of[rp]}
        if f["gone"]:
            add("no_final_mark", f"final mark {f['id']}: {f['gone']}", **base)
            continue
        add("final_mark", f"R8 final mark {f['id']} of {f['where']}", **base, value=f["value"])
        for old in f["history"]:
            if old != f["value"]:
                add("no_final_mark", f"R8 final mark {f['id']} was «{old}», «{f['value']}» as of {f['where']}", **base,
                    value=old)
    # R9 periods, holidays, children
    for (number, kind), (name, a, b, _, where) in sorted(periods.items()):
        add("period", f"R9 {kind} #{number} of {where}", name=name, starts_on=a, ends_on=b)
    for name, a, b, where in holidays:
        d = dt.date.fromisoformat(a)
        while d <= dt.date.fromisoformat(b) and d <= dt.date(2026, 11, 4):
            add("holiday", f"R9 holiday «{name}» {a}..{b} of {where}", student={"person": WATCHED[0]}, date=str(d),
                name=name, once=True)
            d += dt.timedelta(days=1)
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R9 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


def see_final(finals, key, mark, where):
    entry = finals.setdefault(key, {"history": []})
    shown = mark.get("textValue") or mark["value"]
    if entry.get("value") not in (None, shown):
        entry["history"].append(entry["value"])
    entry.update(value=shown, id=twin(mark, "id"), gone=None, where=where)


if __name__ == "__main__":
    main()
