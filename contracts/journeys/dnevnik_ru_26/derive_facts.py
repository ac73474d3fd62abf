"""Derive the facts of journey dnevnik_ru_26 (time zones and midnight) from journey.json and the Dnevnik.ru
reference (shared/reference/dnevnik_ru.md). Standard library only; deterministic; does not import the hub.

The reference's rules used here:
- §2: v2 REST date-times are the school's LOCAL wall-clock time without an offset; a date-only value comes as
  midnight. So a lesson's day is the first 10 characters of its `date`, never a UTC conversion; the school's
  `timeZone` (§3.10) only says where that wall clock hangs. `{from}/{to}` bounds may be full ISO date-times.
- §3.4 lesson (entity and flattened bundle shapes, `hours`), §3.14 bell timetable (`Start`/`Finish` per number).
- §3.1 marks: a mark belongs to its lesson (`lesson`), so it shows on its lesson's day; its `date` is only when
  it was set. Weight and title from the standalone WorkType (§3.3).
- §3.5/§6 attendance, §3.2 homework (`targetDate` = due), §3.12 periods and holidays, §3.13 final marks,
  §3.9 context children.
- README "Vendor formats": the latest pull wins (`pulled_at` compared as instants, whatever their offsets).
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))

def instant(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))

records = [(step["name"], r) for step in journey["steps"] for b in step["batches"] for r in b]
school = next(r["body"] for _, r in records if re.fullmatch(r"GET /v2/schools/\d+", r["request"]))
tz = dt.timezone(dt.timedelta(hours=school["timeZone"]))
subjects, lessons, works, worktypes, bells, marks_by_req, logs, periods, holidays, finals, contexts = \
    {}, {}, {}, {}, {}, {}, {}, {}, [], [], []
step_of = {}
for name, r in records:
    req, body = r["request"], r["body"]
    step = name.split(".")[0]
    if re.search(r"/work-types/", req):
        for w in body:
            worktypes[str(w["id"])] = w
    elif req.endswith("/timetables"):
        for t in body:
            for item in t["Items"]:
                bells[item["LessonNumber"]] = (item["Start"], item["Finish"])
    elif re.search(r"/edu-groups/\d+/lessons/", req):
        for l in body:
            lessons.setdefault(l["id_str"], {}).update(
                {"date": l["date"], "number": l["number"], "subject": l["subject"]["name"], "topic": l["title"],
                 "step": step})
            subjects[str(l["subject"]["id"])] = l["subject"]["name"]
            for w in l["works"]:
                works[w["id_str"]] = w
    elif re.search(r"/marks/", req) and "/edu-groups/" in req:
        marks_by_req.setdefault(req, []).append((instant(r["pulled_at"]), body, step))
    elif "lesson-log-entries/group" in req:
        for e in body:
            logs[(e["lesson_str"], e["person_str"])] = (e, step)
    elif "/homeworks" in req:
        for w in body["works"]:
            works[w["id_str"]] = w
        for l in body["lessons"]:
            lessons.setdefault(str(l["id"]), {}).update({"hours": l["hours"], "place": l["place"]})
    elif "/schedules" in req:
        for day in body["days"]:
            for l in day["lessons"]:
                lessons.setdefault(str(l["id"]), {}).update({"hours": l["hours"], "place": l["place"]})
            for w in day["works"] + day["homeworks"]:
                works[w["id_str"]] = w
            for e in day["lessonLogEntries"]:
                logs[(e["lesson_str"], e["person_str"])] = (e, step)
            for m in day["marks"]:
                marks_by_req.setdefault(req, []).append((instant(r["pulled_at"]), [m], step))
    elif req.endswith("/reporting-period-group"):
        for p in body["reportingPeriods"]:
            periods[p["id_str"]] = p
        holidays += body["holidays"]
    elif req.endswith("/reporting-periods"):
        for p in body:
            periods[p["id_str"]] = p
    elif req.endswith("/final-marks"):
        finals.append((body, step))
    elif req.endswith("/context"):
        contexts.append((body, step))
    elif req.endswith("/persons?includeArchive=false"):
        pupils = [p["id_str"] for p in body]

# the marks a parent sees: per request, the answer of the LATEST pull (instants, not strings), union over requests
marks = {}
for req, answers in marks_by_req.items():
    pulled, body, step = max(answers, key=lambda a: a[0])
    for m in body:
        marks[m["id_str"]] = (m, step, req)
late_older = {m["id_str"] for req, answers in marks_by_req.items() for p, body, _ in answers for m in body} - {
    m["id_str"] for req, answers in marks_by_req.items() for p, body, _ in answers
    if p == max(a[0] for a in answers) for m in body}
assert not late_older, late_older

facts = []
def add(kind, why, **kw):
    facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind, **kw,
                  "why": why})

def utc_day(local):
    return dt.datetime.fromisoformat(local[:19]).replace(tzinfo=tz).astimezone(dt.timezone.utc).date().isoformat()

def period_of(day):
    return next(p["name"] for p in periods.values() if p["start"][:10] <= day <= p["finish"][:10])

for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    day = l["date"][:10]
    start, end = (l["hours"].split(" - ") if "hours" in l else bells[l["number"]])
    for p in pupils:
        extra = {"room": l["place"]} if "place" in l and day >= "2026" else {}
        add("lesson", f"step {l['step']}: lesson {lid} date {l['date']} is Magadan wall-clock time (§2: local, no "
            f"offset; school timeZone {school['timeZone']}, §3.10), so its day is {day} ({period_of(day)}, §3.12), "
            f"though {l['date'][11:16]} local is {utc_day(l['date'])} in UTC; times from "
            f"{'the bundle hours (§3.4)' if 'hours' in l else 'the bell timetable (§3.14)'}",
            student={"person": p}, date=day, number=l["number"], subject=l["subject"], topic=l["topic"],
            starts_at=start, ends_at=end, **extra)
        if utc_day(l["date"]) != day:
            add("no_lesson", f"lesson {lid} at {l['date'][11:16]} local on {day} is {utc_day(l['date'])} in UTC; "
                f"the parent's day is the local one (§2), so nothing shows the day before",
                student={"person": p}, date=utc_day(l["date"]), subject=l["subject"], number=l["number"])

for mid, (m, step, req) in sorted(marks.items()):
    l = lessons[m["lesson_str"]]
    day = l["date"][:10]
    wt = worktypes[str(m["workType"])]
    add("mark", f"step {step}: mark {mid} '{m['value']}' on lesson {m['lesson_str']} of {day} (§3.1: it belongs to "
        f"its lesson; its date {m['date']} is when it was set, local time §2, {utc_day(m['date'])} in UTC); "
        f"weight {wt['weight']} and '{wt['title']}' from work-types (§3.3); use_avg_calc true",
        student={"person": m["person_str"]}, date=day, subject=l["subject"], value=m["value"],
        weight=wt["weight"], work_type=wt["title"], counts=True)
    wrong = sorted({utc_day(m["date"]), utc_day(l["date"])} - {day})
    set_day = m["date"][:10]
    if m["date"][11:13] >= "21":
        wrong.append((dt.date.fromisoformat(set_day) + dt.timedelta(days=1)).isoformat())
    for d in sorted(set(wrong)):
        add("no_mark", f"mark {mid} set {m['date']} local on a lesson of {day}: not on {d} (the UTC day of a morning "
            f"time, or the day after a late-evening one); §2 local times, §3.1 mark of its lesson",
            student={"person": m["person_str"]}, date=d, subject=l["subject"], value=m["value"])
    older = [a for a in marks_by_req[req] if a[0] < max(x[0] for x in marks_by_req[req])]
    if any(mid not in {x["id_str"] for x in a[1]} for a in older):
        add("mark", f"step 5 delivered an older answer of the same marks range (pulled_at 14:40+03:00 = 22:40 local, before the mark was set) "
            f"lacking mark {mid} (set {m['date']}); step 2's answer was pulled at 12:50Z = 23:50 local, LATER as an "
            f"instant (README 'Vendor formats': the latest pull wins); compare instants, not strings",
            student={"person": m["person_str"]}, date=day, subject=l["subject"], value=m["value"])

MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, pid), (e, step) in sorted(logs.items()):
    l = lessons[lid]
    kw = {"code": e["status"]}
    if e["status"] in MEANING:
        kw["meaning"] = MEANING[e["status"]]
    add("attendance", f"step {step}: log entry ({lid}, {pid}) status {e['status']} (§3.5, §6"
        f"{'; Pass meaning disputed, code only' if e['status'] == 'Pass' else ''}); createdDate {e['createdDate']} "
        f"is when it was entered; it belongs to the lesson of {l['date'][:10]} (local, §2)",
        student={"person": pid}, date=l["date"][:10], subject=l["subject"], number=l["number"], **kw)

for wid, w in sorted(works.items()):
    if w["type"] != "Homework":
        continue
    l = lessons[w["lesson_str"]]
    for p in pupils:
        add("homework", f"Work {wid} type Homework (§3.2) on lesson {w['lesson_str']} of {l['date'][:10]}; "
            f"targetDate {w['targetDate']} = due {w['targetDate'][:10]} (§2 date-only as midnight, local: not the "
            f"day before in UTC); sentDate {w['sentDate']} is only when it was published; tasks [] = the whole group",
            student={"person": p}, subject=l["subject"], text=w["text"], date=l["date"][:10],
            due=w["targetDate"][:10])

for body, step in finals:
    for row in body:
        rp = periods[row["reportingPeriod_str"]]
        for s in row["per-subject-final-marks"]:
            fm = s["final-mark"]
            add("final_mark", f"step {step}: final-marks per-subject-final-marks (§3.13), reportingPeriod "
                f"{row['reportingPeriod_str']} = {rp['name']}; mark date {fm['date']} is the period's last evening "
                f"local, still inside {rp['name']}", student={"person": row["person_str"]},
                subject=subjects[s["subject_str"]], period=rp["name"], value=fm["value"])

for pid, p in sorted(periods.items()):
    for pupil in pupils:
        add("period", f"reporting period {pid} {p['type']} start {p['start']} finish {p['finish']}: date-only "
            f"values as local midnight (§2, §3.12), so the finish day is the period's last day",
            student={"person": pupil}, name=p["name"], starts_on=p["start"][:10], ends_on=p["finish"][:10])

group = {"group": next(r["request"].split("/")[3] for _, r in records if "/edu-groups/" in r["request"])}
for h in holidays:
    first, last = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
    for d in (first + dt.timedelta(days=2), dt.date(2026, 1, 5), last - dt.timedelta(days=2)):
        for who in [{"student": {"person": p}} for p in pupils] + [{"group": group}]:
            add("holiday", f"reporting-period-group holiday {h['id']} {h['name']} {h['dateStart']}..{h['dateFinish']}"
                f" (§3.12, local midnights, §2); {d} is inside", date=d.isoformat(), name=h["name"], once=True, **who)
    for d in (first - dt.timedelta(days=1), last + dt.timedelta(days=1)):
        for who in [{"student": {"person": p}} for p in pupils] + [{"group": group}]:
            add("no_holiday", f"{h['name']} runs {h['dateStart'][:10]}..{h['dateFinish'][:10]} local (§3.12, §2); "
                f"{d} is a school day (the last day of one period or the first of the next), though its 08:00 "
                f"lessons fall on a holiday date in UTC", date=d.isoformat(), name=h["name"], **who)

for body, step in contexts:
    add("children", f"step {step}: users/{body['userId_str']}/context children[].personId (§3.9, §1 person ids)",
        guardian={"user": body["userId_str"]}, children=[{"person": str(c["personId"])} for c in body["children"]])

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
