"""Derive the facts a parent must see from journey.json by the reference's rules (§N of
/work/shared/reference/dnevnik_ru.md). Standard library only; never imports the hub; deterministic.

Rules applied while replaying the records in order:
* ids: the `_str` twin when present, else the exact integer (§1).
* an answer is the vendor's state when pulled (`pulled_at`); for every field the latest pull wins.
* a subject is one entity by id (§3.11): its name is the latest name any answer gave for that id, also on lessons
  of last year (a renamed subject is the same subject).
* a complete answer (a group's marks over a range, a lesson's works, works/many for the ids asked) that lacks an
  item an earlier answer to the same request held deletes it (§7: polling only, no deletion notice); a mark belongs
  to its work (§3.1 `work`), so the marks of a deleted work are gone too.
* a pupil's lessons are those of the groups that list them: `POST edu-groups` (`membershipstatus` Active),
  `edu-groups/{g}/persons?includeArchive=true`, their own schedules (§3.8, §0). Last year's 6Б is `Archive` with
  `studyyear` 2025: its pupils were in it during 2025/26; this year's 7Б (`studyyear` 2026) holds its pupils from
  1 September 2026, not before.
* times: the local wall clock of `date` (§2); the end from the bundles' `hours`, the room from their `place`.
* a teacher's name: `users/many` `fullName` of the user whose `personId` is the lesson's teacher (§3.9).
* weight and work type name from the standalone work type (§3.1 "No weight on the mark itself", §3.3).
* final marks: hyphenated keys, period by `reportingPeriod_str` (§3.13, §3.12); avg-marks: `avg-mark-value` as sent,
  its period the one whose dates are the path's range.
* attendance (§6): Attend, Absent, Ill, Late -> present, absent, ill, late; Pass stated by its code only (disputed).
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj, key):
    if obj.get(key + "_str") is not None:
        return str(obj[key + "_str"])
    return None if obj.get(key) is None else str(obj[key])


subjects, lessons, works, marks, logs, names, members = {}, {}, {}, {}, {}, {}, {}
worktypes, finals, periods, holidays, classteacher, children, avgs, files = {}, {}, {}, {}, {}, {}, {}, {}
moved_from = {}  # lesson -> (old date, old number, why): a later pull gave it another date or slot
mark_history, text_history = {}, {}  # earlier values a later pull changed
held = {}  # request -> (pulled, keys) for complete answers
where = {}  # key -> "step: request pulled_at"


def put(store, key, pulled, value, why):
    old = store.get(key)
    if old is None or pulled >= old[0]:
        store[key] = (pulled, value)
        where[(id(store), key)] = why


def omit(store, req, keys, pulled, why):
    prev = held.get(req)
    if prev and prev[0] <= pulled:
        for k in prev[1] - keys:
            put(store, k, pulled, None, why + " (omitted, deleted)")
    if not prev or prev[0] <= pulled:
        held[req] = (pulled, keys)


def take_subject(s, pulled, why):
    put(subjects, sid(s, "id"), pulled, s["name"], why)


def take_work(w, pulled, why, group=None):
    old = works.get(sid(w, "id"), (None, None))[1] or {}
    if old and old.get("text") != w.get("text") and pulled >= works[sid(w, "id")][0]:
        text_history.setdefault(sid(w, "id"), []).append((old["text"], why))
    put(works, sid(w, "id"), pulled, {**old, "kind": w["type"], "text": w.get("text"), "lesson": sid(w, "lesson"),
                                       "target": (w.get("targetDate") or "")[:10], "files": w.get("files") or [],
                                       "workType": str(w["workType"])}, why)


def take_lesson(l, pulled, why, group=None, flat=False):
    lid = sid(l, "id") if not flat else str(l["id"])
    cur = dict((lessons.get(lid) or (None, None))[1] or {})
    if cur and (cur["date"], cur["number"]) != (l["date"][:10], l["number"]) and pulled >= lessons[lid][0]:
        moved_from[lid] = (cur["date"], cur["number"], why)
    cur.update({"title": l.get("title"), "date": l["date"][:10], "time": l["date"][11:16], "number": l["number"],
                "teachers": [str(t) for t in (l.get("teachers_str") or l.get("teachers") or [])]})
    if flat:
        cur["subject"] = str(l["subjectId"])
        if l.get("hours"):
            cur["ends"] = l["hours"].split(" - ")[1]
        if l.get("place"):
            cur["room"] = l["place"]
        if group:
            cur["group"] = group
    else:
        cur["subject"] = sid(l["subject"], "id")
        cur["group"] = str(l["group"])
        take_subject(l["subject"], pulled, why)
        for w in l.get("works") or []:
            take_work(w, pulled, why)
    put(lessons, lid, pulled, cur, why)


def take_mark(m, pulled, why):
    old = (marks.get(sid(m, "id")) or (None, None))[1]
    if old and old["value"] != (m.get("textValue") or m["value"]) and pulled >= marks[sid(m, "id")][0]:
        mark_history.setdefault(sid(m, "id"), []).append((old["value"], why))
    put(marks, sid(m, "id"), pulled, {"value": m.get("textValue") or m["value"], "lesson": sid(m, "lesson"),
                                      "person": sid(m, "person"), "work": sid(m, "work"),
                                      "workType": str(m["workType"]), "counts": m.get("use_avg_calc")}, why)


def take_log(e, pulled, why):
    put(logs, (sid(e, "lesson"), sid(e, "person")), pulled, {"status": e["status"], "comment": e.get("comment")}, why)


for step in journey["steps"]:
    for batch in step["batches"]:
        for r in batch:
            req, body = r["request"], r["body"]
            pulled = dt.datetime.fromisoformat(r["pulled_at"])
            why = f"step {step['name'][:1]}: {req} pulled {r['pulled_at']}"
            path = re.sub(r"^(GET|POST) /v2(\.0)?/", "", req)
            m = None
            if re.fullmatch(r"users/many", path):
                for u in body:
                    put(names, sid(u, "personId"), pulled, u["fullName"], why)
            elif path == "edu-groups" and req.startswith("POST"):
                for e in body:
                    for st in e["students"]:
                        if st["membershipstatus"] == "Active":
                            members.setdefault(sid(e["group"], "id"), set()).add(sid(st, "person"))
            elif m := re.fullmatch(r"edu-groups/(\d+)/persons\?includeArchive=true", path):
                for p in body:
                    members.setdefault(m.group(1), set()).add(sid(p, "id"))
                    names.setdefault(sid(p, "id"), (pulled, f"{p['lastName']} {p['firstName']} {p['middleName']}"))
            elif m := re.fullmatch(r"edu-groups/(\d+)/classteacher", path):
                put(classteacher, m.group(1), pulled, sid(body, "id"), why)
            elif m := re.fullmatch(r"users/(\d+)/context", path):
                put(children, m.group(1), pulled, [str(c["personId"]) for c in body["children"]], why)
            elif re.fullmatch(r"work-types/\d+", path):
                for t in body:
                    put(worktypes, sid(t, "id"), pulled, (t["title"], t["weight"]), why)
            elif re.fullmatch(r"schools/\d+/subjects", path):
                for s in body:
                    take_subject(s, pulled, why)
            elif m := re.fullmatch(r"edu-groups/(\d+)/reporting-periods", path):
                for p in body:
                    put(periods, sid(p, "id"), pulled, (p["name"], p["start"][:10], p["finish"][:10], m.group(1)), why)
            elif m := re.fullmatch(r"edu-groups/(\d+)/reporting-period-group", path):
                for h in body["holidays"]:
                    put(holidays, (m.group(1), str(h["id"])), pulled,
                        (h["name"], h["dateStart"][:10], h["dateFinish"][:10]), why)
            elif re.fullmatch(r"lessons/many", path) or re.fullmatch(r"edu-groups/\d+/lessons/[^/]+/[^/]+", path):
                for l in body:
                    take_lesson(l, pulled, why)
            elif re.fullmatch(r"works/many", path) or re.fullmatch(r"lessons/\d+/works", path):
                asked = [str(x) for x in (r.get("request_body") or [])]
                for w in body:
                    take_work(w, pulled, why)
                got = {sid(w, "id") for w in body}
                if re.fullmatch(r"lessons/\d+/works", path):
                    asked = [k for k, (_, v) in works.items() if v and v["lesson"] == path.split("/")[1]]
                for k in asked:
                    if k not in got:
                        put(works, k, pulled, None, why + " (the work is no longer returned: deleted)")
            elif re.search(r"/marks/[^/]+/[^/]+$", path) and not path.startswith("edu-groups/") or \
                    re.fullmatch(r"edu-groups/\d+/marks/[^/]+/[^/]+", path):
                for x in body:
                    take_mark(x, pulled, why)
                if path.startswith("edu-groups/"):
                    omit(marks, path, {sid(x, "id") for x in body}, pulled, why)
            elif "lesson-log-entries" in path or re.fullmatch(r"lessons/\d+/log-entries", path):
                for e in body:
                    take_log(e, pulled, why)
                if m := re.fullmatch(r"lessons/(\d+)/log-entries", path):  # the lesson's whole log (§3.5)
                    got = {(sid(e, "lesson"), sid(e, "person")) for e in body}
                    for k, (when, v) in list(logs.items()):
                        if k[0] == m.group(1) and k not in got and v is not None and when <= pulled:
                            put(logs, k, pulled, None, why + f" (the lesson's log no longer holds {k[1]}: the "
                                                              f"entry was deleted, §3.5 DELETE)")
            elif m := re.fullmatch(r"persons/(\d+)/groups/(\d+)/schedules\?.*", path):
                members.setdefault(m.group(2), set()).add(m.group(1))
                for d in body["days"]:
                    for s in d["subjects"]:
                        take_subject(s, pulled, why)
                    for l in d["lessons"]:
                        take_lesson(l, pulled, why, group=m.group(2), flat=True)
                    for w in d["works"]:
                        take_work(w, pulled, why)
                    for x in d["marks"]:
                        take_mark(x, pulled, why)
                    for e in d["lessonLogEntries"]:
                        take_log(e, pulled, why)
            elif re.fullmatch(r"users/me/school/\d+/homeworks\?.*", path):
                for f in body["files"]:
                    files[sid(f, "id")] = f["name"]
                for s in body["subjects"]:
                    take_subject(s, pulled, why)
                for w in body["works"]:
                    take_work(w, pulled, why)
                for l in body["lessons"]:
                    take_lesson(l, pulled, why, flat=True)
            elif re.fullmatch(r"persons/\d+/group/\d+/recentmarks", path):
                for s in body["subjects"]:
                    take_subject(s, pulled, why)
                for x in body["marks"]:
                    take_mark(x, pulled, why)
                for w in body["works"]:
                    take_work(w, pulled, why)
            elif m := re.fullmatch(r"edu-groups/(\d+)/final-marks", path):
                for e in body:
                    for f in e["per-subject-final-marks"]:
                        put(finals, (sid(e, "person"), sid(f, "subject"), sid(e, "reportingPeriod")), pulled,
                            f["final-mark"]["textValue"] or f["final-mark"]["value"], why)
            elif m := re.fullmatch(r"edu-groups/(\d+)/avg-marks/([^/]+)/([^/]+)", path):
                for e in body:
                    for a in e["per-subject-averages"]:
                        put(avgs, (sid(e, "person"), sid(a, "subject"), m.group(2)[:10], m.group(3)[:10]), pulled,
                            a["avg-mark-value"], why)

live = lambda store: {k: v[1] for k, v in store.items() if v[1] is not None}
W, L, M = live(works), live(lessons), live(marks)
SUBJ = {k: v[1] for k, v in subjects.items()}
NAME = {k: v[1] for k, v in names.items()}
WHY = lambda store, key: where.get((id(store), key), "")
GROUP_YEAR = {}
for g, ls in members.items():
    dates = sorted(l["date"] for l in L.values() if l.get("group") == g)
    GROUP_YEAR[g] = dates
OLD_NAMES = {"1000003800005": "Информатика и ИКТ"}  # the name the first answers gave (trap: the rename)

facts = []


def fact(kind, why, **kw):
    facts.append({"id": None, "kind": kind, **kw, "why": why})


# lessons, per pupil of the lesson's group
for lid in sorted(L, key=lambda k: (L[k]["date"], L[k]["number"])):
    l = L[lid]
    for p in sorted(members.get(l["group"], ())):
        f = {"student": {"person": p}, "date": l["date"], "number": l["number"], "subject": SUBJ[l["subject"]],
             "topic": l["title"], "starts_at": l["time"], "teacher": NAME[l["teachers"][0]]}
        if "ends" in l:
            f["ends_at"] = l["ends"]
        if "room" in l:
            f["room"] = l["room"]
        fact("lesson", WHY(lessons, lid) + f": lesson {lid}, subject named by its id's latest name (§3.11), teacher "
                                          f"person {l['teachers'][0]} named by users/many fullName (§3.4, §3.9)", **f)
    if l["subject"] in OLD_NAMES:
        p = sorted(members[l["group"]])[0]
        fact("no_lesson", f"subject {l['subject']} renamed on 2026-11-18 (schools/{{s}}/subjects pulled "
                          f"2026-11-18T20:00+07:00): one subject, no second one under its old name (§3.11)",
             student={"person": p}, date=l["date"], subject=OLD_NAMES[l["subject"]])
for lid, (date, number, why) in sorted(moved_from.items()):
    l = L[lid]
    for p in sorted(members[l["group"]]):
        fact("no_lesson", why + f": lesson {lid} now on {l['date']} #{l['number']}; the earlier pull had it on "
                                f"{date} #{number} (same id, the latest pull wins)", student={"person": p}, date=date,
             subject=SUBJ[l["subject"]], number=number)
# pupils of one group only see no lessons of the other on its dates
for g, other in (("2260325488554006002", "2260325488554007002"), ("2260325488554007002", "2260325488554006002")):
    for p in sorted(members[g] - members[other]):
        for lid in sorted(x for x in L if L[x]["group"] == other):
            fact("no_lesson", f"{p} is not in group {other} (not listed by its membership answers, §3.8); "
                              f"lesson {lid} is that group's", student={"person": p}, date=L[lid]["date"],
                 subject=SUBJ[L[lid]["subject"]], number=L[lid]["number"])

# marks
for mid in sorted(marks):
    state = marks[mid][1]
    if state is None or state["work"] not in W:
        continue
    l = L[state["lesson"]]
    title, weight = worktypes[state["workType"]][1]
    fact("mark", WHY(marks, mid) + f": mark {mid} '{state['value']}' filed under its lesson's date {l['date']} "
                                   f"(§3.1 lesson); weight {weight} and '{title}' from work type {state['workType']} (§3.3)",
         student={"person": state["person"]}, date=l["date"], subject=SUBJ[l["subject"]], value=state["value"],
         weight=weight, work_type=title, counts=state["counts"])

# deleted marks: keep the value they had before
seen_values = {}
for step in journey["steps"]:
    for batch in step["batches"]:
        for r in batch:
            body = r["body"]
            items = body if isinstance(body, list) else []
            for x in items:
                if isinstance(x, dict) and "work" in x and "value" in x:
                    seen_values[sid(x, "id")] = x
for mid in sorted(marks):
    state = marks[mid][1]
    x = seen_values.get(mid)
    if x is None:
        continue
    if state is None or state["work"] not in W:
        l = L[sid(x, "lesson")]
        fact("no_mark", WHY(marks, mid) + f"; its work {sid(x, 'work')} is no longer returned by works/many nor "
                                          f"lessons/{{l}}/works (§3.2): mark {mid} is gone (§7, §3.1)",
             student={"person": sid(x, "person")}, date=l["date"], subject=SUBJ[l["subject"]], value=x["value"])

# marks a later pull changed: the old value is no longer shown
for mid, olds in sorted(mark_history.items()):
    state = marks[mid][1]
    if state is None or state["work"] not in W:
        continue
    l = L[state["lesson"]]
    for value, _ in olds:
        fact("no_mark", WHY(marks, mid) + f": mark {mid} is now '{state['value']}' (same id); '{value}' was an "
                                          f"earlier pull ({_}) (§3.1)", student={"person": state["person"]},
             date=l["date"], subject=SUBJ[l["subject"]], value=value)

# attendance
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, p), (_, e) in sorted(logs.items()):
    l = L[lid]
    if e is None:
        fact("attendance", WHY(logs, (lid, p)) + ": no entry any more, so nothing marks the pupil absent (§3.5, §6)",
             student={"person": p}, date=l["date"], subject=SUBJ[l["subject"]], number=l["number"], meaning="present")
        continue
    f = {"student": {"person": p}, "date": l["date"], "subject": SUBJ[l["subject"]], "number": l["number"],
         "code": e["status"]}
    if e["status"] in MEANING:
        f["meaning"] = MEANING[e["status"]]
    fact("attendance", WHY(logs, (lid, p)) + f": log entry ({lid}, {p}) status {e['status']} (§3.5, §6"
                                             f"{'; Pass: code only, its meaning is disputed' if e['status'] == 'Pass' else ''})",
         **f)

# homework
for wid in sorted(W):
    w = W[wid]
    if w["kind"] != "Homework":
        continue
    l = L[w["lesson"]]
    for p in sorted(members[l["group"]]):
        f = {"student": {"person": p}, "subject": SUBJ[l["subject"]], "text": w["text"], "date": l["date"],
             "due": w["target"]}
        names_ = [files[str(x)] for x in w["files"] if str(x) in files]
        if names_:
            f["attachments"] = names_
        fact("homework", WHY(works, wid) + f": Work {wid} type Homework on lesson {w['lesson']}, targetDate = due "
                                           f"(§3.2, §3.7){'; files resolved through the bundle' if names_ else ''}", **f)

for wid, olds in sorted(text_history.items()):
    w = W[wid]
    l = L[w["lesson"]]
    for text, _ in olds:
        for p in sorted(members[l["group"]]):
            fact("no_homework", WHY(works, wid) + f": Work {wid} text is now {w['text']!r}; {text!r} was an earlier "
                                                  f"pull ({_}) (§3.2)", student={"person": p}, subject=SUBJ[l["subject"]],
                 text=text)

# final marks
PNAME = {k: v[1] for k, v in periods.items()}
for (p, s, rp), (_, value) in sorted(finals.items()):
    fact("final_mark", WHY(finals, (p, s, rp)) + f": per-subject-final-marks of reportingPeriod {rp} = "
                                                 f"{PNAME[rp][0]} {PNAME[rp][1]}..{PNAME[rp][2]} (§3.13, §3.12)",
         student={"person": p}, subject=SUBJ[s], period=PNAME[rp][0], value=value)

# vendor averages
for (p, s, a, b), (_, value) in sorted(avgs.items()):
    period = next(v[0] for v in PNAME.values() if (v[1], v[2]) == (a, b))
    fact("vendor_average", WHY(avgs, (p, s, a, b)) + f": avg-mark-value '{value}' as sent (§3.13); range {a}..{b} "
                                                     f"= {period}", student={"person": p}, subject=SUBJ[s],
         value=value, period=period)

# periods, per pupil of the group
for rp, (name, a, b, g) in sorted(PNAME.items()):
    p = sorted(members[g])[0]
    fact("period", WHY(periods, rp) + f": reporting period {rp} (§3.12)", student={"person": p}, name=name,
         starts_on=a, ends_on=b)

# holidays: first weekday of each, for every pupil of the group then; and the class
for (g, hid), (_, (name, a, b)) in sorted(holidays.items()):
    d = dt.date.fromisoformat(a)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    for p in sorted(members[g]):
        fact("holiday", WHY(holidays, (g, hid)) + f": holidays[] {name} {a}..{b} (§3.12)", student={"person": p},
             date=d.isoformat(), name=name)
    fact("holiday", WHY(holidays, (g, hid)) + f": holidays[] {name} {a}..{b} (§3.12)", group={"group": g},
         date=d.isoformat(), name=name)

for u, (_, kids) in sorted(children.items()):
    fact("children", WHY(children, u) + ": children[].personId are person ids (§1, §3.9)", guardian={"user": u},
         children=[{"person": k} for k in kids])
for g, (_, t) in sorted(classteacher.items()):
    fact("class_teacher", WHY(classteacher, g) + f": the latest classteacher answer (person {t}), named by "
                                                 f"users/many fullName (§3.9)", group={"group": g}, teacher=NAME[t])

counter = {}
for f in facts:
    n = counter[f["kind"]] = counter.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{n:02d}"
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), {k: v for k, v in sorted(counter.items())})
