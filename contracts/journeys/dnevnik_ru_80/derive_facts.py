"""Derive facts.json from journey.json (standard library only; no hub import). Rules, with the reference sections
(shared/reference/dnevnik_ru.md) they come from:

R0 every answer is the vendor's state at its `pulled_at`; of several answers covering the same group and day, the
   latest pull is the truth (§7: polling only; a range is the group's list of those days).
R1 membership (§3.8 `membershipstatus` Active/Archive, no dates): a pupil is surely in a group on day d when a
   list pulled on or after d showed him Active and he was already there (first list, or d on/after his first
   mark or log entry on a lesson of the group, else the day after the list that first showed him); surely not
   when a list pulled on day >= d lacked him before he first appeared, or when d is after the day of a list that
   showed him Archive. The days between are left without facts (the reference gives no leaving or joining date).
R2 a pupil sees the lessons of his class and of his subgroup (§3.8 `parentIds`, `type: Subgroup`) on the days he
   is in them: topic = `title`, start and end = the bells of its `number` (§3.4, §3.14) and the bundles' `hours`.
R3 marks (§3.1) hang on their lesson; the latest marks range of the lesson's group and day decides (an amended
   value, a mark gone by omission).
R4 attendance (§3.5, §6): the latest log range of the group and day; codes as sent; an entry gone is no absence.
R5 homework (§3.2, §3.6) is set at its lesson for the pupils its `tasks` name.
R6 a parent's children are the context's `children` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # Pass: disputed (§6), code only


def days_of(a, b):
    a, b = dt.date.fromisoformat(a[:10]), dt.date.fromisoformat(b[:10])
    while a <= b:
        yield a.isoformat()
        a += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]
    records.sort(key=lambda x: x[0])
    latest = {}  # (kind, group, day) -> (pulled, answer items of that day, where)
    lists, contexts, names, wtypes, subgroups = [], {}, {}, {}, {}
    for pulled, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        m = re.match(r"GET /v2/edu-groups/(\d+)/(marks|lessons)/([\d-]+)/([\d-]+)$", req)
        if m:
            g, kind = m.group(1), m.group(2)
            for day in days_of(m.group(3), m.group(4)):
                items = [x for x in body if x["date"][:10] == day] if kind == "lessons" else \
                    [x for x in body if x["lesson"] is not None]
                latest[(kind, g, day)] = (pulled, items, where)
            continue
        m = re.match(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)$", req)
        if m:
            for day in days_of(m.group(2), m.group(3)):
                latest[("log", m.group(1), day)] = (pulled, body, where)
            continue
        if req == "POST /v2/edu-groups":
            lists.append((pulled, {str(e["group"]["id"]): {str(s["person"]): s["membershipstatus"]
                                                             for s in e["students"]} for e in body}, where))
            for e in body:
                if e["group"]["parentIds"]:
                    subgroups[str(e["group"]["id"])] = e["group"]["name"]
        elif "/context" in req:
            contexts[str(body["userId"])] = ([str(c["personId"]) for c in body["children"]], where)
            for c in body["children"]:
                names[str(c["personId"])] = f"{c['lastName']} {c['firstName']}"
        elif req.startswith("GET /v2/work-types/"):
            wtypes = {w["id"]: (w["title"], w["weight"]) for w in body}
    # marks and log entries by lesson: filed under the lesson's group and day
    lesson_by_id = {}
    for (kind, g, day), (pulled, items, where) in latest.items():
        if kind == "lessons":
            for l in items:
                lesson_by_id[l["id"]] = (g, day, l, where)
    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    pupils = sorted({p for _, gl, _ in lists for members in gl.values() for p in members})
    all_days = sorted({day for (kind, g, day) in latest if kind == "lessons"
                       and dt.date.fromisoformat(day).weekday() < 5})

    def evidence(p, g):
        found = []
        for (kind, gg, day), (_, items, _) in latest.items():
            if gg == g and kind in ("marks", "log"):
                found += [lesson_by_id[x["lesson"]][1] for x in items if str(x["person"]) == p
                          and x["lesson"] in lesson_by_id]
        return min(found) if found else None

    def status(p, g, day):
        """'in', 'out' or None (unknown) by R1."""
        first_seen = None
        lacking_before = None
        for pulled, gl, _ in lists:
            st = gl.get(g, {}).get(p)
            pday = pulled[:10]
            if st is None and first_seen is None:
                lacking_before = pday
            if st is not None and first_seen is None:
                first_seen = (pday, lacking_before)
        if first_seen is None:
            return "out" if lacking_before and day <= lacking_before else None
        if first_seen[1] is not None and day <= first_seen[1]:
            return "out"
        start = "0000" if first_seen[1] is None else (evidence(p, g) or (
            dt.date.fromisoformat(first_seen[0]) + dt.timedelta(days=1)).isoformat())
        archived = [pulled[:10] for pulled, gl, _ in lists if gl.get(g, {}).get(p) == "Archive"]
        if archived and day > min(archived):
            return "out"
        active = [pulled[:10] for pulled, gl, _ in lists if gl.get(g, {}).get(p) == "Active"]
        if day >= start and any(a >= day for a in active):
            return "in"
        return None

    def groups_of(p):
        return [g for _, gl, _ in lists[:1] for g in gl] or []

    group_ids = list(lists[0][1].keys())
    cls = next(g for g in group_ids if g not in subgroups)
    for p in pupils:
        ref = {"person": p}
        mine = [g for g in group_ids if any(p in gl.get(g, {}) for _, gl, _ in lists)]
        for day in all_days:
            for g in mine:
                st = status(p, g, day)
                _, items, where = latest[("lessons", g, day)]
                for l in items:
                    n, subject = l["number"], l["subject"]["name"]
                    if st == "in":
                        kw = {"student": ref, "date": day, "number": n, "subject": subject, "topic": l["title"],
                              "starts_at": BELLS[n][0], "ends_at": BELLS[n][1]}
                        if g in subgroups:
                            kw["group_label"] = subgroups[g]
                        add("lesson", f"R1/R2 lesson {l['id']} of {where}; group {g} membership of {p}", **kw)
                    elif st == "out":
                        add("no_lesson", f"R1 {p} not in group {g} on {day}; lesson {l['id']} of {where}",
                            student=ref, date=day, number=n, subject=subject)
                if st is None:
                    continue
                _, marks, mwhere = latest.get(("marks", g, day), (None, [], ""))
                for mk in marks:
                    if str(mk["person"]) != p or mk["lesson"] not in lesson_by_id or lesson_by_id[mk["lesson"]][1] != day:
                        continue
                    l = lesson_by_id[mk["lesson"]][2]
                    title, weight = wtypes[mk["workType"]]
                    if st == "in":
                        add("mark", f"R3 mark {mk['id_str']} of {mwhere}; work type {mk['workType']} «{title}» "
                                    f"weight {weight} (§3.3)", student=ref, date=day, number=l["number"],
                            subject=l["subject"]["name"], value=mk["value"], weight=weight, work_type=title,
                            counts=mk["use_avg_calc"])
                _, logs, lwhere = latest.get(("log", g, day), (None, [], ""))
                for e in logs:
                    if str(e["person"]) != p or e["lesson"] not in lesson_by_id or lesson_by_id[e["lesson"]][1] != day:
                        continue
                    l = lesson_by_id[e["lesson"]][2]
                    if st == "in":
                        kw = {"code": e["status"]}
                        if e["status"] in MEANING:
                            kw["meaning"] = MEANING[e["status"]]
                        add("attendance", f"R4 entry ({e['lesson_str']}, {p}) {e['status']} of {lwhere}",
                            student=ref, date=day, subject=l["subject"]["name"], number=l["number"], **kw)
                if st == "in":
                    for l in items:
                        for w in l["works"]:
                            if w["type"] != "Homework":
                                continue
                            named = {str(t["person"]) for t in w["tasks"]}
                            if p in named:
                                add("homework", f"R5 work {w['id_str']} of {where}: tasks name {p}", student=ref,
                                    subject=l["subject"]["name"], text=w["text"], date=day, due=w["targetDate"][:10])
    # removed and changed: what earlier answers held and the latest lacks
    earlier_marks, earlier_logs = {}, {}
    for pulled, step, r in records:
        req = r["request"]
        if re.match(r"GET /v2/edu-groups/\d+/marks/", req):
            for mk in r["body"]:
                earlier_marks.setdefault(mk["id"], []).append((pulled, mk, f"{step}: {req}"))
        if req.startswith("GET /v2/lesson-log-entries/group/"):
            for e in r["body"]:
                earlier_logs.setdefault((e["lesson"], e["person"]), []).append((pulled, e, f"{step}: {req}"))
    for mid, seen in earlier_marks.items():
        l = lesson_by_id[seen[0][1]["lesson"]]
        g, day = l[0], l[1]
        _, now, where = latest[("marks", g, day)]
        current = [mk for mk in now if mk["id"] == mid]
        for _, mk, w0 in seen:
            if not current or current[0]["value"] != mk["value"]:
                p = str(mk["person"])
                if status(p, g, day) == "in":
                    add("no_mark", f"R0/R3 mark {mid} «{mk['value']}» of {w0} is "
                                   f"{'changed' if current else 'absent'} in the later {where}",
                        student={"person": p}, date=day, number=l[2]["number"], subject=l[2]["subject"]["name"],
                        value=mk["value"])
                break
    for (lid, person), seen in earlier_logs.items():
        l = lesson_by_id[lid]
        _, now, where = latest[("log", l[0], l[1])]
        if not any(e["lesson"] == lid and e["person"] == person for e in now):
            add("attendance", f"R0/R4 entry of {seen[0][2]} is absent from the later {where}: no absence",
                student={"person": str(person)}, date=l[1], subject=l[2]["subject"]["name"],
                number=l[2]["number"], meaning="present")
    # homework a pupil's tasks leave out, set on a day he was in the class (or before he joined)
    for (kind, g, day), (_, items, where) in sorted(latest.items()):
        if kind != "lessons":
            continue
        for l in items:
            for w in l["works"]:
                if w["type"] != "Homework":
                    continue
                named = {str(t["person"]) for t in w["tasks"]}
                for p in pupils:
                    if p not in named and any(p in gl.get(cls, {}) for _, gl, _ in lists) and \
                            (status(p, cls, day) == "out" or status(p, cls, day) == "in" and g == cls):
                        add("no_homework", f"R5 work {w['id_str']} of {where}: its tasks leave out {p} (§3.6)",
                            student={"person": p}, subject=l["subject"]["name"], text=w["text"])
    for user, (children, where) in sorted(contexts.items()):
        add("children", f"R6 {where}", guardian={"user": user}, children=[{"person": c} for c in children])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
