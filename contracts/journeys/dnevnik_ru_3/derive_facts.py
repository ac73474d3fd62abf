#!/usr/bin/env python3
"""Derive facts.json from journey.json by the reference's rules. Standard library only; never imports the hub;
deterministic (same bytes on every run).

Rules (reference /work/shared/reference/dnevnik_ru.md, cited §N):
* ids: the `_str` twin wins over the number (§1); a missing twin falls back to the exact integer.
* a request is identified by its method, its path without host and `/v2/` or `/v2.0/` (§0), and its query as a
  SET of decoded parameters (order and percent-encoding do not make another request; §2 lists the names, not an
  order). Path and query give the group, person and date range the body lacks.
* times are school-local wall-clock strings without offset (§2): a lesson's day is the date part of its `date`,
  its start the time part, its end from the bundle's `hours`; nothing is shifted by the school's `timeZone`.
* answers merge per entity id (entity lesson: subject, group, title, teachers; schedules lesson: place, hours).
* deletion by omission (§7: no change feed): a later answer to the same request that lacks an item an earlier
  answer held deletes it, but only if the item's latest known date still lies inside that request's range (a
  range answer is complete for its range only: a lesson moved into another range is not deleted by the old one).
  The same holds for log entries (key (lesson, person), §3.5) and marks.
* membership (§3.8): a pupil's own schedules answer names their lessons for its range; otherwise the first
  membership observation made at or after the lesson (POST edu-groups `membershipstatus`, edu-groups/{g}/persons
  with includeArchive=false, the pupil's schedules for that group) decides whether the lesson is theirs.
* a mark is filed under its lesson's (latest) date (hub README "Grading scales"/diary rule, §3.1 lesson vs mark
  `date`); its weight and work-type name come from the standalone `work-types/{school}` (§3.1, §3.3); `counts` is
  `use_avg_calc`.
* attendance: Attend/Absent/Ill/Late -> present/absent/ill/late; Pass keeps only its code (§6, §11 disputed). A
  removed entry means present, with no code.
* homework: Works of type Homework (§3.2); due = `targetDate`'s date, set on its lesson's date; attachments are
  `files` ids resolved through the bundle's `files` list (§3.7).
* final marks (§3.13) by `reportingPeriod_str`; averages (`avg-mark-value`) belong to a period when the path's
  from/to dates (date part of full ISO values, §2) are the period's first and last day.
"""
import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

HERE = Path(__file__).resolve().parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj, key):
    for k in (key + "_str", key + "Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    v = obj.get(key)
    return None if v is None else str(v)


def parse(request):
    method, url = request.split(" ", 1)
    parts = urlsplit(url)
    path = parts.path
    for prefix in ("/v2.0/", "/v2/", "v2.0/", "v2/"):
        if path.startswith(prefix):
            path = path[len(prefix):]
            break
    path = path.lstrip("/")
    query = tuple(sorted(parse_qsl(parts.query)))
    return method, path, query


def day(value):
    return value[:10]


# ------------------------------------------------------------------------------------------------- state --------
names = {}            # person id -> display name
work_types = {}       # id -> (title, weight)
subjects = {}         # id -> name
lessons = {}          # id -> dict
lesson_seen = {}      # id -> step where first stated
works = {}            # id -> dict
files = {}            # id -> name
marks = {}            # id -> dict
entries = {}          # (lesson, person) -> dict
periods = {}          # id -> (name, start, finish)
holidays = []         # (name, start, finish)
finals = {}           # (person, subject, period) -> (value, step)
averages = {}         # (person, subject, from, to) -> (value, step)
contexts = {}         # user -> (person, [children])
class_teacher = {}    # group -> person
observations = []     # (pulled_at, person, group, True/False, source)
own_schedule = {}     # (person, lesson id) -> True (the pupil's schedules listed it)
scopes = {}           # request key -> set of item keys
group_names = {}
WEIGHT_CHANGES = []   # (step, work type id, old weight)
deleted = {}          # kind, key -> step


def set_name(person, full):
    if person and full and person not in names:
        names[person] = full


def person_name(o):
    full = " ".join(x for x in (o.get("lastName"), o.get("firstName"), o.get("middleName")) if x)
    set_name(sid(o, "id"), full)


def merge_lesson(o, group=None, step=None, flat=False):
    lid = sid(o, "id")
    cur = lessons.setdefault(lid, {"id": lid})
    lesson_seen.setdefault(lid, step)
    cur["date"], cur["number"] = day(o["date"]), o["number"]
    cur["start"] = o["date"][11:16]
    cur["title"] = o.get("title")
    if "subject" in o and isinstance(o["subject"], dict):
        cur["subject"] = sid(o["subject"], "id")
        subjects.setdefault(cur["subject"], o["subject"]["name"])
    if "subjectId" in o:
        cur["subject"] = str(o["subjectId"])
    if o.get("group") is not None:
        cur["group"] = str(o["group"])
    elif group and "group" not in cur:
        cur["group"] = group
    t = o.get("teachers_str") or [str(x) for x in o.get("teachers", [])]
    if t:
        cur["teachers"] = t
    if flat:
        cur["room"] = o.get("place")
        if o.get("hours"):
            cur["start"], cur["end"] = [x.strip() for x in o["hours"].split("-")]
    cur.pop("deleted", None)
    for w in o.get("works", []):
        if isinstance(w, dict):
            merge_work(w, step)
    return lid


def merge_work(w, step):
    wid = sid(w, "id")
    works[wid] = {"id": wid, "type": w["type"], "lesson": sid(w, "lesson"), "text": w.get("text"),
                  "target": day(w["targetDate"]) if w.get("targetDate") else None, "files": [str(f) for f in (w.get("files") or [])],
                  "group": sid(w, "eduGroup"), "subject": str(w.get("subjectId")), "step": works.get(wid, {}).get("step", step)}


def merge_mark(m, step):
    mid = sid(m, "id")
    prev = marks.get(mid)
    marks[mid] = {"id": mid, "person": sid(m, "person"), "lesson": sid(m, "lesson"), "work": sid(m, "work"),
                  "value": m["value"], "date": m["date"], "workType": str(m["workType"]), "counts": m["use_avg_calc"],
                  "type": m.get("type"), "step": prev["step"] if prev else step}
    return mid


def merge_entry(e, step):
    key = (sid(e, "lesson"), sid(e, "person"))
    prev = entries.get(key)
    entries[key] = {"status": e["status"], "comment": e.get("comment"), "step": prev["step"] if prev else step}
    return key


def omit(kind, store, scope_key, now, in_scope, step):
    before = scopes.get(scope_key, set())
    for key in sorted(before - now):
        if key in store and in_scope(key):
            store[key]["deleted"] = step
            deleted[(kind, key)] = step
    scopes[scope_key] = set(now) | {k for k in before if not in_scope(k)}


def lesson_in_range(lo, hi, group=None):
    def test(lid):
        les = lessons.get(lid)
        return bool(les) and lo <= les["date"] <= hi and (group is None or les.get("group") == group)
    return test


for step_no, step in enumerate(J["steps"], start=1):
    for batch in step["batches"]:
        for rec in batch:
            method, path, query = parse(rec["request"])
            q = dict(query)
            seg = path.split("/")
            body = rec["body"]
            pulled = rec["pulled_at"][:19]
            key = (method, path, query)
            if seg[0] == "schools" and len(seg) == 2:
                continue
            if seg[0] == "schools" and seg[2:] == ["subjects"]:
                for s in body:
                    subjects[sid(s, "id")] = s["name"]
            elif seg[0] == "schools" and seg[2:] == ["edu-groups"]:
                for g in body:
                    group_names[sid(g, "id")] = g["name"]
            elif seg[0] == "work-types":
                for w in body:
                    old = work_types.get(sid(w, "id"))
                    if old and old[1] != w["weight"]:
                        WEIGHT_CHANGES.append((step_no, sid(w, "id"), old[1]))
                    work_types[sid(w, "id")] = (w["title"], w["weight"])
            elif seg[0] == "edu-groups" and seg[2:] == ["reporting-periods"]:
                for p in body:
                    periods[sid(p, "id")] = (p["name"], day(p["start"]), day(p["finish"]))
            elif seg[0] == "edu-groups" and seg[2:] == ["reporting-period-group"]:
                for p in body["reportingPeriods"]:
                    periods[sid(p, "id")] = (p["name"], day(p["start"]), day(p["finish"]))
                for h in body["holidays"]:
                    holidays.append((h["name"], day(h["dateStart"]), day(h["dateFinish"]), step_no))
            elif method == "POST" and path == "edu-groups":
                for entry in body:
                    g = sid(entry["group"], "id")
                    group_names[g] = entry["group"]["name"]
                    listed = set()
                    for st in entry["students"]:
                        listed.add(sid(st, "person"))
                        observations.append((pulled, sid(st, "person"), g, st["membershipstatus"] == "Active", step_no))
            elif seg[0] == "edu-groups" and seg[2:] == ["persons"]:
                if q.get("includeArchive") == "false":
                    listed = {sid(p, "id") for p in body}
                    for p in body:
                        person_name(p)
                    known = {o[1] for o in observations}
                    for person in sorted(known | listed):
                        observations.append((pulled, person, seg[1], person in listed, step_no))
                else:
                    for p in body:
                        person_name(p)
            elif method == "POST" and path == "users/many":
                for u in body:
                    set_name(sid(u, "personId"), u.get("fullName"))
            elif seg[0] == "persons" and len(seg) == 2:
                person_name(body)
            elif seg[0] == "edu-groups" and seg[2:] == ["classteacher"]:
                person_name(body)
                class_teacher[seg[1]] = sid(body, "id")
            elif seg[0] == "edu-groups" and len(seg) == 5 and seg[2] == "lessons":
                lo, hi = day(seg[3]), day(seg[4])
                now = {merge_lesson(o, seg[1], step_no) for o in body}
                omit("lesson", lessons, key, now, lesson_in_range(lo, hi, seg[1]), step_no)
            elif seg[0] == "edu-groups" and len(seg) == 5 and seg[2] == "marks":
                lo, hi = day(seg[3]), day(seg[4])
                now = {merge_mark(m, step_no) for m in body}
                omit("mark", marks, key, now, lambda mid: lesson_in_range(lo, hi, seg[1])(marks[mid]["lesson"]), step_no)
            elif seg[0] == "lessons" and seg[2:] == ["marks"]:
                now = {merge_mark(m, step_no) for m in body}
                omit("mark", marks, key, now, lambda mid, l=seg[1]: marks[mid]["lesson"] == l, step_no)
            elif seg[0] == "persons" and len(seg) == 7 and seg[2] == "schools" and seg[4] == "marks":
                lo, hi = day(seg[5]), day(seg[6])
                now = {merge_mark(m, step_no) for m in body}
                omit("mark", marks, key, now,
                     lambda mid, p=seg[1]: marks[mid]["person"] == p and lesson_in_range(lo, hi)(marks[mid]["lesson"]),
                     step_no)
            elif seg[0] == "persons" and len(seg) == 4 and seg[2] == "marks":
                for m in body:
                    merge_mark(m, step_no)
            elif seg[0] == "lessons" and seg[2:] == ["log-entries"]:
                now = {merge_entry(e, step_no) for e in body}
                omit("entry", entries, key, now, lambda k, l=seg[1]: k[0] == l, step_no)
            elif seg[0] == "lesson-log-entries" and seg[1] == "group":
                lo, hi, subj = day(q["from"]), day(q["to"]), q["subject"]
                now = {merge_entry(e, step_no) for e in body}

                def in_scope(k, lo=lo, hi=hi, subj=subj, g=seg[2]):
                    les = lessons.get(k[0])
                    return bool(les) and lo <= les["date"] <= hi and les.get("subject") == subj and les.get("group") == g
                omit("entry", entries, key, now, in_scope, step_no)
            elif seg[0] == "users" and seg[1:3] == ["me", "school"] and seg[-1] == "homeworks":
                for f in body.get("files", []):
                    files[sid(f, "id")] = f["name"]
                for o in body.get("lessons", []):
                    merge_lesson(o, None, step_no, flat=True)
                now = set()
                for w in body["works"]:
                    merge_work(w, step_no)
                    now.add(sid(w, "id"))
                lo, hi = day(q["startDate"]), day(q["endDate"])
                omit("homework", works, key, now,
                     lambda wid, lo=lo, hi=hi: works[wid]["type"] == "Homework" and lesson_in_range(lo, hi)(works[wid]["lesson"]),
                     step_no)
            elif seg[0] == "persons" and len(seg) == 5 and seg[4] == "schedules":
                person, group = seg[1], seg[3]
                lo, hi = day(q["startDate"]), day(q["endDate"])
                observations.append((pulled, person, group, True, step_no))
                now = set()
                for d in body["days"]:
                    for o in d["lessons"]:
                        lid = merge_lesson(o, group, step_no, flat=True)
                        now.add(lid)
                        own_schedule[(person, lid)] = (lo, hi)
                    for w in d.get("works", []) + d.get("homeworks", []):
                        merge_work(w, step_no)
                    for m in d.get("marks", []):
                        merge_mark(m, step_no)
                    for e in d.get("lessonLogEntries", []):
                        merge_entry(e, step_no)
                    for t in d.get("teachers", []):
                        if isinstance(t.get("person"), dict):
                            person_name(t["person"])
                omit("lesson", lessons, key, now, lesson_in_range(lo, hi), step_no)
                for k in list(own_schedule):
                    if k[0] == person and k[1] not in now and lo <= lessons[k[1]]["date"] <= hi:
                        del own_schedule[k]
            elif seg[0] == "edu-groups" and len(seg) == 3 and seg[2] == "final-marks":
                for e in body:
                    rp = sid(e, "reportingPeriod")
                    for psf in e["per-subject-final-marks"]:
                        fm = psf["final-mark"]
                        finals[(sid(e, "person"), sid(psf, "subject"), rp)] = (fm["value"], step_no)
            elif seg[0] == "edu-groups" and len(seg) == 5 and seg[2] == "avg-marks":
                for e in body:
                    for a in e["per-subject-averages"]:
                        averages[(sid(e, "person"), sid(a, "subject"), day(seg[3]), day(seg[4]))] = (a["avg-mark-value"], step_no)
            elif seg[0] == "users" and seg[2:] == ["context"]:
                contexts[sid(body, "userId")] = (sid(body, "personId"), [sid(c, "personId") for c in body["children"]], step_no)
            elif seg[0] == "persons" and seg[2:] == ["edu-groups"]:
                listed = {sid(g, "id") for g in body}
                for g in sorted(listed | set(group_names)):
                    observations.append((pulled, seg[1], g, g in listed, step_no))
            elif path in ("marks/values",) or seg[2:] == ["timetables"]:
                pass
            else:
                raise SystemExit(f"unrouted request {rec['request']}")


# ------------------------------------------------------------------------------------------------- helpers ------
def alive_lesson(lid):
    les = lessons.get(lid)
    return les if les and "deleted" not in les else None


def is_members(person, les):
    lid = les["id"]
    if (person, lid) in own_schedule:
        return True
    when = les["date"] + "T" + les["start"]
    after = sorted(o for o in observations if o[1] == person and o[2] == les["group"] and o[0] >= when)
    return bool(after) and after[0][3]


def subject_name(lid):
    return subjects[lessons[lid]["subject"]]


def teacher(les):
    return names[les["teachers"][0]]


PUPILS = sorted({o[1] for o in observations if o[3]})
FACTS = []


def fact(kind, **kw):
    why = kw.pop("why")
    FACTS.append({"id": None, "kind": kind, **kw, "why": why})


# periods and holidays -----------------------------------------------------------------------------------------
for pid_, (name, start, finish) in sorted(periods.items(), key=lambda kv: kv[1][1]):
    fact("period", name=name, starts_on=start, ends_on=finish,
         why=f"step 1: edu-groups/{{g}}/reporting-periods and reporting-period-group: period {pid_} type HalfYear, "
             f"start/finish date-only as midnight (§2, §3.12); the school's year is split in half-years, not quarters")
MAIN = "2260325488551770001"
for name, start, finish, st in holidays:
    if name == "Зимние каникулы":
        for d in ("2025-12-29", "2025-12-31", "2026-01-05", "2026-01-09"):
            fact("holiday", group={"group": MAIN}, date=d, name=name,
                 why=f"step {st}: reporting-period-group holidays[] {name} {start}..{finish}, across the new year "
                     f"(§3.12); step 5: the class lessons answer for 2025-12-29..2026-01-09 is []")
for g in sorted(class_teacher):
    fact("class_teacher", group={"group": g}, teacher=names[class_teacher[g]],
         why=f"step 1: edu-groups/{g}/classteacher (a Person, §3.9); full name = users/many fullName")
for user, (person, kids, st) in sorted(contexts.items()):
    fact("children", guardian={"user": user}, children=[{"person": k} for k in kids],
         why=f"step {st}: users/{user}/context children[].personId (person ids, §1 User vs Person, §3.9); the "
             f"parent is named by user id {user}, whose context gives person {person}")

# lessons ------------------------------------------------------------------------------------------------------
P1, P3, P4, P5 = "1000012400001", "1000012400003", "1000012400004", "2260325488551880005"


def lesson_fact(person, les, why):
    fact("lesson", student={"person": person}, date=les["date"], number=les["number"], subject=subject_name(les["id"]),
         topic=les["title"], starts_at=les["start"], ends_at=les["end"], teacher=teacher(les), room=les["room"], why=why)


def lessons_of(person, date):
    return sorted((les for les in lessons.values() if "deleted" not in les and les["date"] == date
                   and is_members(person, les)), key=lambda x: (x["number"], x["id"]))


BASE_WHY = ("lesson {id} (entity shape §3.4, merged with the schedules bundle's place/hours); local time without "
            "offset at a UTC+12 school, shown as sent, on its own day (§2: 08:30 local is 20:30 UTC the day "
            "before); teacher = lesson.teachers person id named by users/many fullName (§3.4, §3.9)")
for person, dates in ((P1, ("2025-12-15", "2025-12-18", "2025-12-22", "2026-01-12", "2026-01-14")),
                      (P4, ("2025-12-16", "2025-12-17", "2026-01-12", "2026-01-14", "2026-01-15")),
                      (P3, ("2025-12-22",))):
    for d in dates:
        for les in lessons_of(person, d):
            if person == P3 and les["number"] != 6:
                continue
            why = "step {}: ".format(lesson_seen[les["id"]]) + BASE_WHY.format(id=les["id"])
            if les["date"] == "2025-12-22" and les["number"] == 6:
                why += ("; MOVED: step 2 had it on 2025-12-19 slot 5, step 3 states the same id on 2025-12-22 slot 6; "
                        "the step-4 re-pull of 2025-12-15..19 omits it, which is right for that range and deletes "
                        "nothing (§7: a range answer is complete for its range)")
            if names.get(les["teachers"][0]) == "Белых Анна Сергеевна":
                why += ("; a REPLACEMENT lesson (new id) in the slot of the cancelled История; its teacher is named "
                        "only by persons/{id} (Person, §3.9): Last First Middle")
            if les["number"] == 0:
                why += ("; a ZERO lesson: number 0, before the first bell (§3.4 'some timetables start at 0', §3.14 "
                        "FirstLessonNumber 0 in edu-groups/{g}/timetables, step 1)")
            if person == P4 and (les["date"] >= "2026-01-01" or les["number"] == 0):
                why += ("; Комаров Илья: in 8Б until the half-year (POST edu-groups step 1, his 8Б schedules steps "
                        "2-3), in 8А from January (POST edu-groups step 6: 8А Active, 8Б Archive, §3.8; "
                        "persons/{p}/edu-groups step 6: [8А]; his own 8А schedules step 7)")
            elif person == P4:
                why += ("; Комаров Илья: in 8Б until the half-year (POST edu-groups step 1, his 8Б schedules steps "
                        "2-3), in 8А from January (POST edu-groups step 6: 8А Active, 8Б Archive, §3.8; his own 8А "
                        "schedules step 7)")
            lesson_fact(person, les, why)

# no lessons ---------------------------------------------------------------------------------------------------
moved = next(les for les in lessons.values() if les["date"] == "2025-12-22" and les["number"] == 6)
for person in (P1, P3):
    fact("no_lesson", student={"person": person}, date="2025-12-19", subject=subject_name(moved["id"]), number=5,
         why=f"steps 2-4: lesson {moved['id']} was on 2025-12-19 slot 5, then moved (same id) to 2025-12-22 slot 6 "
             f"(step 3); its old day must not show it any more (§3.4 `date`/`number` are the lesson's, the latest "
             f"answer wins)")
for les_id, step_no in sorted(((k[1], v) for k, v in deleted.items() if k[0] == "lesson")):
    les = lessons[les_id]
    for person in (P1, P5, P4):
        if is_members(person, dict(les, id="-")):
            fact("no_lesson", student={"person": person}, date=les["date"], subject=subject_name(les_id),
                 number=les["number"],
                 why=f"step {step_no}: lesson {les_id} ({subject_name(les_id)} {les['date']} slot {les['number']}) is "
                     f"absent from the re-pull of the same request edu-groups/{{g}}/lessons/{{from}}/{{to}} while its "
                     f"date lies in that range: cancelled, deletion by omission (§7)")
for person, d in ((P1, "2025-12-29"), (P1, "2026-01-05"), (P4, "2026-01-09")):
    fact("no_lesson", student={"person": person}, date=d, subject="Алгебра", number=1,
         why="step 5: edu-groups/{g}/lessons/2025-12-29/2026-01-09 answers [] (winter holidays, §3.12)")
for les in sorted(lessons.values(), key=lambda x: (x["date"], x["number"])):
    if "deleted" in les:
        continue
    if les.get("group") == "2260325488551770002" and les["date"] in ("2026-01-12", "2026-01-14") \
            and not is_members(P4, les):
        fact("no_lesson", student={"person": P4}, date=les["date"], subject=subject_name(les["id"]),
             number=les["number"],
             why=f"step 6: POST edu-groups lists Комаров Илья in 8Б with membershipstatus Archive and in 8А Active "
                 f"(§3.8); 8Б's lesson {les['id']} is not his (8А has no {subject_name(les['id'])} in slot "
                 f"{les['number']} that day)")
    if les.get("group") == MAIN and les["date"] == "2025-12-15" and les["number"] in (1, 2) \
            and not is_members(P4, les):
        fact("no_lesson", student={"person": P4}, date=les["date"], subject=subject_name(les["id"]),
             number=les["number"],
             why=f"steps 1-2: in December 8А's rosters (POST edu-groups step 1; edu-groups/{{8А}}/persons?"
                 f"includeArchive=false pulled 2025-12-19 and 12-26) do not hold Комаров Илья, who is Active in 8Б "
                 f"and has 8Б's schedules (§3.8): 8А's lesson {les['id']} of {les['date']} is not his (his own "
                 f"8Б Алгебра is slot 2)")

# marks --------------------------------------------------------------------------------------------------------
for m in sorted(marks.values(), key=lambda x: (lessons[x["lesson"]]["date"], x["person"], x["id"])):
    les = lessons[m["lesson"]]
    if "deleted" in m:
        fact("no_mark", student={"person": m["person"]}, date=les["date"], subject=subject_name(les["id"]),
             value=m["value"],
             why=f"step {m['deleted']}: Mark {m['id']} (first stated step {m['step']}) is absent from the later re-pull "
                 f"of a request that answers every mark of its scope (lessons/{{l}}/marks: the lesson's marks; "
                 f"persons/{{p}}/schools/{{s}}/marks/{{from}}/{{to}}: the pupil's marks of the range, §3.1), so it "
                 f"was deleted (§7: deletion = omission)")
        continue
    title, weight = work_types[m["workType"]]
    changed = [s_ for s_, wt_id, old in WEIGHT_CHANGES if wt_id == m["workType"]]
    why = (f"step {m['step']}: Mark {m['id']} value {m['value']!r} as sent (string, scale {m['type']}, §3.1, §5); "
           f"weight {weight} and title from standalone work-types {m['workType']} (§3.3); use_avg_calc "
           f"{str(m['counts']).lower()}; filed under its lesson's date {les['date']} (lesson {les['id']})")
    if day(m["date"]) != les["date"]:
        why += f"; the mark's own date is {m['date']} (§3.1: mark date is when it was set)"
    if les["id"] == moved["id"]:
        why += "; the lesson was moved from 2025-12-19 to 2025-12-22 (step 3)"
    if changed:
        why += (f"; the work type's weight was changed later (work-types re-pulled in step {changed[-1]}): a mark "
                f"has no weight of its own, it is its WorkType's (§3.1 'No weight on the mark itself', §3.3)")
    if m["type"] in ("mark10", "mark100"):
        why += f"; a {m['type']} work (§5: the work's markType names the scale)"
    fact("mark", student={"person": m["person"]}, date=les["date"], subject=subject_name(les["id"]),
         value=m["value"], weight=weight, work_type=title, counts=m["counts"], why=why)

# attendance ---------------------------------------------------------------------------------------------------
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, person), e in sorted(entries.items(), key=lambda kv: (lessons[kv[0][0]]["date"], kv[0][1], kv[0][0])):
    les = lessons[lid]
    if "deleted" in les:
        continue
    if "deleted" in e:
        fact("attendance", student={"person": person}, date=les["date"], subject=subject_name(lid),
             number=les["number"], meaning="present",
             why=f"step {e['deleted']}: the entry ({lid}, {person}) {e['status']} of step {e['step']} is absent from "
                 + (f"the re-pull of lesson-log-entries/group/{{g}}?subject&from&to, sent with its query parameters in "
                    f"another order (the same request, §2, §3.5)" if les["date"] >= "2026-01-01" else
                    f"the later re-pull of lessons/{lid}/log-entries (every entry of that lesson, §3.5), though the older "
                    f"group-range answer of step {e['step']} held it")
                 + ": removed, so present with no code (§7)")
        continue
    interesting = e["status"] != "Attend" or (person, les["date"], les["number"]) in (
        (P1, "2025-12-15", 1), (P4, "2025-12-16", 2), (P4, "2026-01-12", 1), (P3, "2025-12-22", 6))
    if not interesting:
        continue
    f = {"code": e["status"]}
    if e["status"] in MEANING:
        f["meaning"] = MEANING[e["status"]]
    fact("attendance", student={"person": person}, date=les["date"], subject=subject_name(lid), number=les["number"],
         **f, why=f"step {e['step']}: lesson-log entry ({lid}, {person}), no own id (§3.5); status {e['status']} "
                  f"(§6{'; Pass: only the code is stated, its meaning is disputed §11' if e['status'] == 'Pass' else ''})"
                  f"{'; comment ' + repr(e['comment']) if e['comment'] else ''}")

# homework -----------------------------------------------------------------------------------------------------
for w in sorted(works.values(), key=lambda x: (lessons[x["lesson"]]["date"], x["id"])):
    if w["type"] != "Homework":
        continue
    les = lessons[w["lesson"]]
    if "deleted" in w or "deleted" in les:
        for person in (P1, P4):
            fact("no_homework", student={"person": person}, subject=subjects[w["subject"]], text=w["text"],
                 why=f"step {w.get('deleted') or les.get('deleted')}: homework Work {w['id']} (first stated step "
                     f"{w['step']}) belonged to lesson {les['id']} of {les['date']}, which was cancelled (absent from "
                     f"the re-pull of the same lessons request, §7); the re-pull of the same homework bundle request "
                     f"no longer holds it either (§3.7, §7)")
        continue
    for person in (P1, P4):
        if not is_members(person, les):
            continue
        f = {"student": {"person": person}, "subject": subjects[w["subject"]], "text": w["text"], "date": les["date"],
             "due": w["target"]}
        if w["files"]:
            f["attachments"] = [files[x] for x in w["files"]]
        why = (f"step {w['step']}: Work {w['id']} type Homework (§3.2), set on its lesson {les['id']} of {les['date']}, "
               f"targetDate {w['target']} = due (§2 midnight)")
        if w["files"]:
            why += "; files ids resolved through the homework bundle's files[] (§3.7)"
        if w["target"] >= "2026-01-01" > les["date"]:
            why += "; due after the winter holidays, in the next calendar year"
        if len(w["text"]) > 300:
            why += "; a long text with line breaks, «», <, &, and an emoji, shown as sent (README: text is stored as sent)"
        if les["id"] == moved["id"]:
            why += "; set at the moved lesson, now on 2025-12-22"
        fact("homework", **f, why=why)

# final marks and averages -------------------------------------------------------------------------------------
for (person, subj, rp), (value, st) in sorted(finals.items()):
    fact("final_mark", student={"person": person}, subject=subjects[subj], period=periods[rp][0], value=value,
         why=f"step {st}: edu-groups/{{g}}/final-marks \"per-subject-final-marks\"/\"final-mark\" (hyphenated keys, "
             f"lesson null, §3.13); reportingPeriod_str {rp} = {periods[rp][0]} (HalfYear)"
             + ("; Комаров's from 8Б's answer: his half-year mark stays his after the transfer" if person == P4 else ""))
for (person, subj, lo, hi), (value, st) in sorted(averages.items()):
    per = [p for p in periods.values() if (p[1], p[2]) == (lo, hi)]
    f = {"student": {"person": person}, "subject": subjects[subj], "value": value}
    if per:
        f["period"] = per[0][0]
    fact("vendor_average", **f,
         why=f"step {st}: edu-groups/{{g}}/avg-marks/{lo}T00:00:00/{hi}T23:59:59 \"avg-mark-value\" string as sent "
             f"(§3.13); the path's full ISO date-times (§2) are the first and last day of {f.get('period')}")

counters = {}
for f in FACTS:
    prefix = f["kind"].replace("_", "-")
    counters[prefix] = counters.get(prefix, 0) + 1
    f["id"] = f"{prefix}-{counters[prefix]:02d}"
(HERE / "facts.json").write_text(json.dumps({"facts": FACTS}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(FACTS), "facts", dict(sorted(counters.items())))
