"""Derive the facts a parent must see from journey.json by the reference's rules (cited §N of
/work/shared/reference/dnevnik_ru.md). Standard library only; never imports the hub; deterministic.

Rules:
* ids: the `_str` twin when present, else the exact integer (§1).
* an answer describes the vendor's state when it was pulled (`pulled_at`); there is no change feed (§7), so for
  every fact the answer pulled LAST wins, whatever order the answers were delivered in. An answer pulled before the
  state a fact already has is stale and changes nothing.
* a complete answer (a group's or person's marks over a range, a group's log entries for a subject and range, a
  group's lessons over a range, a pupil's schedules) that lacks an item an earlier-pulled answer to the same
  request held deletes it (§7: deletion = omission), if it is newer than that item's state.
* times are the school's local wall clock without offset (§2); a lesson `date` at midnight is a date without a
  time (§2: date-only values come as midnight), so that lesson has no start time, and no end time without `hours`.
* weight and work type name are the standalone work type's (§3.1 "No weight on the mark itself", §3.3).
* final marks: hyphenated keys; period named by `reportingPeriod_str` through reporting-periods (§3.12, §3.13).
* avg-marks: `avg-mark-value` string as sent, its period the reporting period whose dates are the path's range.
"""
import json
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj, key):
    if obj.get(key + "_str") is not None:
        return str(obj[key + "_str"])
    return None if obj.get(key) is None else str(obj[key])


def ts(pulled):
    return datetime.fromisoformat(pulled)


lessons, marks, att, hws, users, names, periods, finals, avgs, children, classteacher = ({} for _ in range(11))
worktypes, files, members, hw_texts = {}, {}, {}, {}
stale_ignored = {}  # key -> why of an older-pulled answer delivered later that lacks it (ignored)
held = {}  # request (without host/version) -> (pulled, set of keys)
STEP = {}


def norm(req):
    r = re.sub(r"https?://[^/]+", "", req)
    return re.sub(r" /?v2(\.0)?/", " /", " " + r if not r.startswith(("GET", "POST")) else r.replace("GET ", "GET  ").replace("POST ", "POST  "))


def put(store, key, pulled, value, why):
    old = store.get(key)
    if old is None or pulled >= old["pulled"]:
        store[key] = {"pulled": pulled, "value": value, "why": why}


def omit(store, req, keys, pulled, why):
    """A complete answer: keys an earlier-pulled answer to the same request held and this one lacks are deleted."""
    prev = held.get(req)
    if prev and prev[0] > pulled:
        for k in prev[1] - keys:
            stale_ignored.setdefault(k, why)
    if prev and prev[0] <= pulled:
        for k in prev[1] - keys:
            put(store, k, pulled, None, why)
    if not prev or prev[0] <= pulled:
        held[req] = (pulled, keys)


def take_mark(m, pulled, why):
    put(marks, sid(m, "id"), pulled, {"value": m.get("textValue") or m["value"], "lesson": sid(m, "lesson"),
                                      "person": sid(m, "person"), "workType": str(m["workType"]),
                                      "counts": m.get("use_avg_calc")}, why)


def take_log(e, pulled, why):
    put(att, (sid(e, "lesson"), sid(e, "person")), pulled, {"status": e["status"], "comment": e.get("comment")}, why)


def take_lesson(l, pulled, why, flat=False):
    lid = sid(l, "id")
    cur = lessons.setdefault(lid, {})
    if flat:
        if l.get("place"):
            cur["room"] = l["place"]
        cur["hours"] = l.get("hours")
        cur.setdefault("subject", str(l["subjectId"]))
        cur.setdefault("date", l["date"])
        cur.setdefault("number", l["number"])
        cur.setdefault("teachers", [str(t) for t in l["teachers"]])
        return
    if pulled >= cur.get("pulled", pulled):
        cur.update({"pulled": pulled, "title": l["title"], "date": l["date"], "number": l["number"],
                    "subject": sid(l["subject"], "id"), "group": str(l["group"]),
                    "teachers": l.get("teachers_str") or [str(t) for t in l["teachers"]], "why": why})
    names[sid(l["subject"], "id")] = l["subject"]["name"]
    for w in l.get("works", []):
        if w["type"] == "Homework":
            put(hws, sid(w, "id"), pulled, {"lesson": lid, "text": w["text"], "due": w["targetDate"][:10],
                                            "files": w.get("files") or []}, why)


for si, step in enumerate(journey["steps"], 1):
    for batch in step["batches"]:
        for r in batch:
            req, body, pulled = r["request"], r["body"], ts(r["pulled_at"])
            path = re.sub(r"^(GET|POST) (https?://[^/]+)?/?(v2(\.0)?/)?", "", req)
            why = f"step {si}: {req.split('?')[0]} pulled {r['pulled_at']}"
            if re.fullmatch(r"work-types/\d+", path):
                for w in body:
                    worktypes[str(w["id"])] = (w["title"], w["weight"])
            elif path == "users/many":
                for u in body:
                    users[sid(u, "personId")] = u["fullName"]
            elif path == "edu-groups":
                for g in body:
                    for s in g["students"]:
                        members.setdefault(sid(g["group"], "id"), set()).add(str(s["person"]))
            elif re.fullmatch(r"edu-groups/\d+/persons\?.*", path):
                g = path.split("/")[1]
                for p in body:
                    members.setdefault(g, set()).add(sid(p, "id"))
            elif re.fullmatch(r"edu-groups/\d+/reporting-periods", path):
                for p in body:
                    periods[sid(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10], p["type"], why)
            elif path.endswith("/reporting-period-group"):
                for h in body["holidays"]:
                    periods.setdefault("holidays", {})[h["name"]] = (h["dateStart"][:10], h["dateFinish"][:10], why)
            elif path.endswith("/classteacher"):
                classteacher[path.split("/")[1]] = (sid(body, "id"), why)
            elif re.fullmatch(r"edu-groups/\d+/lessons/.*", path):
                keys = set()
                for l in body:
                    take_lesson(l, pulled, why)
                    keys.add(sid(l, "id"))
            elif re.fullmatch(r"edu-groups/\d+/marks/.*|persons/\d+/schools/\d+/marks/.*|lessons/marks|lessons/\d+/marks", path):
                for m in body:
                    take_mark(m, pulled, why)
                omit(marks, path, {sid(m, "id") for m in body}, pulled, why + " (omission, §7)")
            elif path.startswith("lesson-log-entries/group/"):
                for e in body:
                    take_log(e, pulled, why)
                omit(att, path, {(sid(e, "lesson"), sid(e, "person")) for e in body}, pulled, why)
            elif "/homeworks" in path:
                for f in body["files"]:
                    files[sid(f, "id")] = f["name"]
                for w in body["works"]:
                    put(hws, sid(w, "id"), pulled, {"lesson": sid(w, "lesson"), "text": w["text"],
                                                    "due": w["targetDate"][:10], "files": w.get("files") or []}, why)
                for l in body["lessons"]:
                    take_lesson(l, pulled, why, flat=True)
            elif "/schedules" in path:
                p = path.split("/")[1]
                g = path.split("/")[3]
                members.setdefault(g, set()).add(p)
                got = set()
                for d in body["days"]:
                    for l in d["lessons"]:
                        take_lesson(l, pulled, why, flat=True)
                    for m in d["marks"]:
                        take_mark(m, pulled, why)
                        got.add(sid(m, "id"))
                    for e in d["lessonLogEntries"]:
                        take_log(e, pulled, why)
                omit(marks, path, got, pulled, why + " (omission, §7)")
            elif path.endswith("/final-marks"):
                for row in body:
                    for sm in row["per-subject-final-marks"]:
                        fm = sm["final-mark"]
                        put(finals, sid(fm, "id"), pulled, {"person": sid(row, "person"), "subject": sid(sm, "subject"),
                                                            "period": sid(row, "reportingPeriod"),
                                                            "value": fm.get("textValue") or fm["value"]}, why)
            elif "/avg-marks/" in path:
                a, b = path.split("/")[-2:]
                for row in body:
                    for s in row["per-subject-averages"]:
                        put(avgs, (sid(row, "person"), sid(s, "subject"), a[:10], b[:10]), pulled, s["avg-mark-value"], why)
            elif re.fullmatch(r"users/\d+/context", path):
                children[path.split("/")[1]] = ([str(c["personId"]) for c in body["children"]], why)

pupils = sorted({p for g, ps in members.items() for p in ps})
group_of = {}
for g, ps in members.items():
    for p in ps:
        group_of.setdefault(p, set()).add(g)
facts = []


def add(kind, **kw):
    n = sum(1 for f in facts if f["kind"] == kind) + 1
    facts.append({"id": f"{kind.replace('_', '-')}-{n:02d}", "kind": kind, **kw})


ATT_MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for p in pupils:
    for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
        if l.get("group") not in group_of[p]:
            continue
        date, time = l["date"][:10], l["date"][11:16]
        midnight = time == "00:00"
        f = {"student": {"person": p}, "date": date, "number": l["number"], "subject": names[l["subject"]]}
        if l.get("title"):
            f["topic"] = l["title"]
        f["starts_at"] = None if midnight else time
        f["ends_at"] = l["hours"].split(" - ")[1] if l.get("hours") else None
        if l["teachers"]:
            f["teacher"] = users[l["teachers"][0]]
        if l.get("room"):
            f["room"] = l["room"]
        why = (l["why"] + f": lesson {lid} (§3.4), local time without offset (§2)"
               + ("; `date` at midnight = no time given (§2), `hours` null in schedules" if midnight else
                  "; end time from the schedules bundle `hours` (§3.4)")
               + ("; `title` empty/null, so no topic is stated" if not l.get("title") else ""))
        add("lesson", **f, why=why)
        a = att.get((lid, p))
        if a and a["value"]:
            st = a["value"]["status"]
            fa = {"student": {"person": p}, "date": date, "subject": names[l["subject"]], "number": l["number"],
                  "code": st}
            if st in ATT_MEANING:
                fa["meaning"] = ATT_MEANING[st]
            add("attendance", **fa, why=a["why"] + f": log entry ({lid}, {p}) status {st} (§3.5, §6)"
                + ("; Pass: meaning disputed, code only (§6, §11)" if st == "Pass" else "")
                + ("; the answer pulled last wins: the older answer holding the old status, delivered after it, is stale (§7)"
                   if "2026-02-14T09" in a["why"] else ""))
for mid, m in sorted(marks.items()):
    v = m["value"]
    if v is None:
        continue
    l = lessons[v["lesson"]]
    title, weight = worktypes[v["workType"]]
    f = {"student": {"person": v["person"]}, "date": l["date"][:10], "subject": names[l["subject"]], "value": v["value"],
         "weight": weight, "work_type": title}
    if v["counts"] is not None:
        f["counts"] = v["counts"]
    add("mark", **f, why=m["why"] + f": mark {mid} value {v['value']!r} as sent (§3.1, §5), filed under its lesson "
        f"{v['lesson']}'s date; weight and title from work-types {v['workType']} (§3.3)"
        + ("; use_avg_calc absent, so no 'counts' is stated" if v["counts"] is None else "")
        + (f"; NOT deleted by {stale_ignored[mid]}: that answer was pulled before this one and delivered after it, "
           "so its omission is stale (§7)" if mid in stale_ignored else ""))
# no_mark: marks deleted or replaced, from every value ever sent
seen = {}
for step in journey["steps"]:
    for batch in step["batches"]:
        for r in batch:
            bodies = r["body"] if isinstance(r["body"], list) else [d2 for d in r["body"].get("days", []) for d2 in d["marks"]] if isinstance(r["body"], dict) else []
            for m in bodies:
                if isinstance(m, dict) and "workType" in m and "value" in m and m.get("lesson") is not None:
                    seen.setdefault(sid(m, "id"), set()).add(m.get("textValue") or m["value"])
for mid, vals in sorted(seen.items()):
    cur = marks[mid]["value"]
    for old in sorted(vals):
        if cur is None or old != cur["value"]:
            ref = marks[mid]
            m0 = next(x for x in [cur] if x) if cur else None
            lesson_id = (cur or {}).get("lesson")
            if lesson_id is None:
                for step in journey["steps"]:
                    for batch in step["batches"]:
                        for r in batch:
                            for m in (r["body"] if isinstance(r["body"], list) else []):
                                if isinstance(m, dict) and sid(m, "id") == mid:
                                    lesson_id, person = sid(m, "lesson"), sid(m, "person")
            else:
                person = cur["person"]
            l = lessons[lesson_id]
            add("no_mark", student={"person": person}, date=l["date"][:10], subject=names[l["subject"]], value=old,
                why=ref["why"] + f": mark {mid} is {'gone (omission)' if cur is None else 'now ' + repr(cur['value'])}; "
                "answers holding the old value delivered later were pulled earlier (stale), so they do not bring it back (§7)")
for hid, h in sorted(hws.items()):
    v = h["value"]
    if v is None:
        continue
    l = lessons[v["lesson"]]
    for p in pupils:
        if l["group"] in group_of[p]:
            f = {"student": {"person": p}, "subject": names[l["subject"]], "text": v["text"], "date": l["date"][:10],
                 "due": v["due"]}
            if v["files"]:
                f["attachments"] = [files[str(x)] for x in v["files"]]
            add("homework", **f, why=h["why"] + f": Work {hid} type Homework set on lesson {v['lesson']} (§3.2, §3.7); "
                "targetDate = due (date-only as midnight, §2; a trailing Z does not change the date)"
                + ("; files resolved through the bundle's files (§3.7)" if v["files"] else ""))
for fid, fm in sorted(finals.items()):
    v = fm["value"]
    name = periods[v["period"]][0]
    add("final_mark", student={"person": v["person"]}, subject=names[v["subject"]], period=name, value=v["value"],
        why=fm["why"] + f": final mark {fid} (hyphenated keys, lesson null, §3.13); reportingPeriod_str {v['period']} = "
        f"{name} ({periods[v['period']][3]}, §3.12)")
for (p, s, a, b), av in sorted(avgs.items()):
    name = next(v[0] for k, v in sorted(periods.items()) if k != "holidays" and v[1:3] == (a, b))
    add("vendor_average", student={"person": p}, subject=names[s], value=av["value"], period=name,
        why=av["why"] + f": avg-mark-value {av['value']!r}, a string kept as sent (§3.13); range {a}..{b} = {name}")
for u, (kids, why) in sorted(children.items()):
    add("children", guardian={"user": u}, children=[{"person": k} for k in sorted(kids)],
        why=why + ": children[].personId are person ids (§1, §3.9); children in two classes")
for g, (t, why) in sorted(classteacher.items()):
    add("class_teacher", group={"group": g}, teacher=users[t], why=why + ": classteacher person, named by users/many fullName (§3.9)")
for k, val in sorted(periods.items(), key=lambda kv: str(kv)):
    if k != "holidays":
        name, a, b, typ, why = val
        add("period", name=name, starts_on=a, ends_on=b, why=why + f": period {k} type {typ}, start/finish midnight (§2, §3.12)")
hol = periods["holidays"]
for name, date, g in (("Зимние каникулы", "2026-01-05", "2260325488551990601"),
                      ("Весенние каникулы", "2026-03-23", "9200000000000001010")):
    add("holiday", group={"group": g}, date=date, name=name,
        why=hol[name][2] + f": reporting-period-group holidays[] {name} {hol[name][0]}..{hol[name][1]} (§3.12)")
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), {k: sum(1 for f in facts if f["kind"] == k) for k in sorted({f["kind"] for f in facts})})
