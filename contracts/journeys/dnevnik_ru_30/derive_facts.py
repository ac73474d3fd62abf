"""Derives facts.json of dnevnik_ru_30 (corrections of every kind) from journey.json. Standard library only.

Written from /shared/reference/dnevnik_ru.md and the hub's README (request envelope, "Vendor formats", the
deletion forms), without reading the adapters. Records are read in delivery order; each carries its `pulled_at`.

Rules:
* R1 (README "Time is data", reference §7: a partner can only poll): every fact (a lesson's place, a mark, a
  work's type, a homework, an attendance entry, a final mark, an average) is as the latest pull says, whatever
  the delivery order. An answer pulled before the state the hub holds for a fact (a statement or a deletion)
  changes nothing about it; a deletion is dated by the pull that revealed it, or by a notice's `deleted_at`.
* R2 (§3.4): a lesson's date, number (slot), title (= topic) and subject are its latest entity's; a lesson moved
  shows only on its new day and slot (`no_lesson` on the old one). Group members (`edu-groups/{g}/persons`, §3.8)
  see the group's lessons.
* R3 (§3.1, §3.3, §5): a Mark (`id_str` is its identity, §1) shows on its lesson's (latest) date in its lesson's
  subject, with `value` as the journal shows it; its weight and work-type name are those of the standalone work
  type its `workType` names (`work-types/{school}`: `weight`, `title`). A mark whose value was changed shows only
  the latest value; a mark moved to another pupil (the wrong pupil's mark gone, the right pupil's new) shows only
  on the right pupil.
* R4 (deletions, README "Vendor formats" and the Dnevnik.ru "deletion notice" column): a group's marks range
  `edu-groups/{g}/marks/{from}/{to}` is the whole list of the group's marks of each day it covers, a pupil's
  `persons/{p}/schools/{s}/marks/{from}/{to}` that pupil's; a mark the hub holds, dated (by its lesson) within the
  range, that a later-pulled range lacks is deleted. `lessons/{l}/works` is the lesson's whole list of works
  (§3.2): a work it lacks was deleted and its marks with it (§3.1 `work`). The legacy notice
  `{"resource": "marks", "deleted": true, "data": {...}}` deletes the mark as of its `deleted_at`.
* R5 (§3.5, §6): attendance is one entry per (lesson, person); `Attend` present, `Absent` absent, `Ill` ill,
  `Late` late (code = the status string). `lessons/{l}/log-entries` is the lesson's whole log, and
  `lesson-log-entries/group/{g}?subject=&from=&to=` the whole log of that subject's lessons dated on the days it
  covers; an entry they lack (pulled later than the entry) is gone: the pupil was present.
* R6 (§3.2, §3.7): a Work of type `Homework` is homework: its `text`, due on `targetDate`, set on its `lesson`'s
  latest date; `works/{w}`, the homework bundles and lessons' embedded works all state it; the latest pull wins
  for text, lesson and due date, so an edited text shows alone and a homework moved to the next lesson is set on
  that lesson. An earlier text never shows.
* R7 (§3.13, §3.12): a final mark is the `final-mark` of (person, reportingPeriod, subject) in the final-marks
  answers; a correction after the quarter (a later pull with another value) replaces it.
* R8 (§3.1, §3.13): `edu-groups/{g}/wa-marks/{from}/{to}` over a reporting period's first and last day is the
  journal's weighted average of that period (README "The journal's own averages"), the latest pull's value.
* R9 (§3.12): reporting periods by name with their dates; R10 (§3.9): a parent's context `children`.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}


def sid(obj, key="id"):
    v = obj.get(f"{key}_str")
    return str(v) if v is not None else (None if obj.get(key) is None else str(obj[key]))


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(si, r) for si, step in enumerate(journey["steps"], 1) for b in step["batches"] for r in b]
    subjects, work_types, members, children, periods = {}, {}, {}, {}, {}
    lessons = {}  # id -> {date, number, title, subject, group, at, why, history}
    marks = {}  # id -> {person, lesson, value, wt, at, why, deleted, values}
    works = {}  # id -> {type, lesson, text, due, at, why, texts, deleted}
    logs = {}  # (lesson, person) -> {status, comment, at, why, deleted}
    finals = {}  # (person, period, subject) -> {value, at, why}
    averages = {}  # (person, subject, period) -> {value, at, why}

    def see_lesson(l, flat, at, why):
        lid = sid(l) if not flat else str(l["id"])
        cur = lessons.get(lid)
        subject = str(l["subjectId"]) if flat else sid(l["subject"])
        if not flat:
            subjects[subject] = l["subject"]["name"]
        if cur is None or at >= cur["at"]:
            new = dict(cur or {}, date=l["date"][:10], number=l["number"], title=l["title"], subject=subject, at=at,
                       why=why)
            if not flat:
                new["group"] = str(l["group"])
            new["history"] = (cur or {}).get("history", set()) | {(l["date"][:10], l["number"])}
            lessons[lid] = new

    def see_work(w, at, why):
        wid = sid(w)
        cur = works.get(wid)
        texts = (cur or {}).get("texts", set()) | {w.get("text") or ""}
        if cur is None or at >= cur["at"]:
            works[wid] = {"type": w["type"], "lesson": sid(w, "lesson"), "text": w.get("text") or "",
                          "due": w["targetDate"][:10], "group": sid(w, "eduGroup"), "at": at, "why": why,
                          "texts": texts, "deleted": False}
        else:
            cur["texts"] = texts

    def see_mark(m, at, why):
        mid = sid(m)
        cur = marks.get(mid)
        values = (cur or {}).get("values", set()) | {m["value"]}
        persons = (cur or {}).get("persons", set()) | {sid(m, "person")}
        if cur is None or at >= cur["at"]:
            marks[mid] = {"person": sid(m, "person"), "lesson": sid(m, "lesson"), "work": sid(m, "work"),
                          "value": m["value"], "wt": str(m["workType"]), "at": at, "why": why, "deleted": False,
                          "values": values, "persons": persons}
        else:
            cur["values"], cur["persons"] = values, persons

    def delete_mark(mid, at, why):
        cur = marks[mid]
        if not cur["deleted"] and cur["at"] < at:
            cur.update(deleted=True, at=at, why=why)

    def see_log(e, at, why):
        key = (sid(e, "lesson"), sid(e, "person"))
        cur = logs.get(key)
        if cur is None or at >= cur["at"]:
            logs[key] = {"status": e["status"], "comment": e.get("comment") or "", "at": at, "why": why,
                         "deleted": False}

    def delete_logs(keep, scope, at, why):
        for key, e in logs.items():
            if scope(key) and key not in keep and not e["deleted"] and e["at"] < at:
                e.update(deleted=True, at=at, why=why)

    for si, r in records:
        if r.get("resource") == "marks" and r.get("deleted"):
            at = r["deleted_at"]
            delete_mark(sid(r["data"]), at, f"step {si}: legacy deletion notice of mark {sid(r['data'])}, "
                                            f"deleted_at {at} (README deletion notice)")
            continue
        req, body, at = r["request"], r["body"], r.get("pulled_at", "")
        why = f"step {si}: {req} pulled {at}"
        path = req.split(" ", 1)[1].split("?")[0]
        query = dict(re.findall(r"[?&]([^=&]+)=([^&]*)", req))
        if re.search(r"/schools/\d+/subjects$", path):
            for s in body:
                subjects[sid(s)] = s["name"]
        elif re.search(r"/work-types/\d+$", path):
            for t in body:
                work_types[sid(t)] = (t["title"], t["weight"])
        elif re.search(r"/edu-groups/\d+/persons$", path):
            members[path.split("/")[-2]] = [sid(p) for p in body]
        elif re.search(r"/users/\d+/context$", path):
            children[sid(body, "personId")] = [str(c["personId"]) for c in body["children"]]
        elif path.endswith("/reporting-periods"):
            for p in body:
                periods[sid(p)] = (p["name"], p["start"][:10], p["finish"][:10])
        elif re.search(r"/lessons/\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$", path) or re.search(r"/lessons/\d+$", path):
            for l in (body if isinstance(body, list) else [body]):
                see_lesson(l, False, at, why)
                for w in l["works"]:
                    see_work(w, at, why)
        elif re.search(r"/lessons/\d+/works$", path):
            lid = path.split("/")[-2]
            listed = {sid(w) for w in body}
            for w in body:
                see_work(w, at, why)
            for wid, w in works.items():
                if w["lesson"] == lid and wid not in listed and not w["deleted"] and w["at"] < at:
                    w.update(deleted=True, at=at, why=why)
                    for mid, m in marks.items():
                        if m["work"] == wid:
                            delete_mark(mid, at, why + f" lacks work {wid}: deleted with its marks (§3.2, §3.1)")
        elif re.search(r"/works/\d+$", path):
            see_work(body, at, why)
        elif "/homeworks" in path:
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for l in body["lessons"]:
                see_lesson(l, True, at, why)
            for w in body["works"]:
                see_work(w, at, why)
        elif re.search(r"/marks/\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$", path):
            first, last = path.split("/")[-2:]
            person = re.search(r"/persons/(\d+)/", path)
            listed = {sid(m) for m in body}
            for m in body:
                see_mark(m, at, why)
            for mid, m in list(marks.items()):
                day = lessons[m["lesson"]]["date"]
                if mid not in listed and first <= day <= last and (person is None or m["person"] == person.group(1)):
                    delete_mark(mid, at, why + " lacks it: the range is the whole list of its days (README)")
        elif re.search(r"/lessons/\d+/log-entries$", path):
            lid = path.split("/")[-2]
            for e in body:
                see_log(e, at, why)
            delete_logs({(sid(e, "lesson"), sid(e, "person")) for e in body}, lambda k, lid=lid: k[0] == lid, at,
                        why + " lacks the entry: the lesson's whole log (§3.5)")
        elif "/lesson-log-entries/group/" in path:
            subject, first, last = query["subject"], query["from"], query["to"]
            for e in body:
                see_log(e, at, why)
            delete_logs({(sid(e, "lesson"), sid(e, "person")) for e in body},
                        lambda k, s=subject, a=first, b=last: lessons[k[0]]["subject"] == s
                        and a <= lessons[k[0]]["date"] <= b, at,
                        why + " lacks the entry: the subject's whole log of those days (§3.5)")
        elif path.endswith("/final-marks"):
            for entry in body:
                for psf in entry["per-subject-final-marks"]:
                    fm = psf["final-mark"]
                    if fm is None:
                        continue
                    key = (sid(entry, "person"), sid(entry, "reportingPeriod"), sid(psf, "subject"))
                    cur = finals.get(key)
                    if cur is None or at >= cur["at"]:
                        finals[key] = {"value": fm["value"], "at": at, "why": why}
        elif "/wa-marks/" in path:
            first, last = path.split("/")[-2:]
            period = next((p for p, (_, a, b) in periods.items() if (a, b) == (first, last)), None)
            for sm in body["subjectMarks"]:
                for pm in sm["marks"]:
                    key = (sid(pm, "person"), sid(sm, "subject"), period)
                    cur = averages.get(key)
                    if cur is None or at >= cur["at"]:
                        averages[key] = {"value": json.dumps(pm["value"]), "at": at, "why": why}

    facts = []

    def add(kind, **kw):
        facts.append({"id": f"{kind}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind, **kw})

    for guardian, kids in sorted(children.items()):
        add("children", guardian={"person": guardian}, children=[{"person": k} for k in kids],
            why="users/{u}/context children: the parent's whole list (§3.9) (R10)")
    for pid_, (name, a, b) in sorted(periods.items()):
        add("period", name=name, starts_on=a, ends_on=b, why=f"reporting period {pid_} of 6А (§3.12) (R9)")

    order = sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"], kv[0]))
    for lid, l in order:
        for p in members[l["group"]]:
            add("lesson", student={"person": p}, subject=subjects[l["subject"]], date=l["date"],
                number=l["number"], topic=l["title"],
                why=f"lesson {lid} as last pulled ({l['why']}): title = topic, date and number (§3.4) (R1, R2)")
        for date, number in sorted(l["history"] - {(l["date"], l["number"])}):
            for p in members[l["group"]]:
                add("no_lesson", student={"person": p}, subject=subjects[l["subject"]], date=date, number=number,
                    why=f"lesson {lid} moved to {l['date']} #{l['number']} by {l['why']} (§3.4) (R1, R2)")

    # marks
    live = {}
    for mid, m in marks.items():
        if not m["deleted"]:
            live.setdefault((m["person"], lessons[m["lesson"]]["subject"], lessons[m["lesson"]]["date"]), []).append(
                m["value"])
    for mid, m in sorted(marks.items(), key=lambda kv: (lessons[kv[1]["lesson"]]["date"], kv[0])):
        lesson = lessons[m["lesson"]]
        subject = subjects[lesson["subject"]]
        if not m["deleted"]:
            title, weight = work_types[m["wt"]]
            add("mark", student={"person": m["person"]}, subject=subject, date=lesson["date"], value=m["value"],
                weight=weight, work_type=title,
                why=f"mark {mid} ({m['why']}): value, on lesson {m['lesson']} of {lesson['date']} (§3.1, §3.4); "
                    f"weight and name of work type {m['wt']} (§3.3) (R1, R3)")
        gone = [(p, v) for p in sorted(m["persons"]) for v in sorted(m["values"])
                if m["deleted"] or p != m["person"] or v != m["value"]]
        for p, v in gone:
            shown = live.get((p, lesson["subject"], lesson["date"]), [])
            if v in shown:
                continue
            reason = (f"mark {mid} deleted: {m['why']} (R4)" if m["deleted"] else
                      f"mark {mid} is now {m['value']!r} for {m['person']} as of {m['why']} (R1, R3)")
            if not shown:
                add("no_mark", student={"person": p}, subject=subject, date=lesson["date"],
                    why=reason + "; the pupil has no other mark in the subject that day")
            else:
                add("no_mark", student={"person": p}, subject=subject, date=lesson["date"], value=v, why=reason)

    # attendance: every pupil on every lesson whose log was pulled
    logged = {lid for lid, _ in logs}
    for si, r in records:
        q = dict(re.findall(r"[?&]([^=&]+)=([^&]*)", r.get("request", "")))
        if "/lesson-log-entries/group/" in r.get("request", ""):
            logged |= {lid for lid, l in lessons.items() if l["subject"] == q["subject"]
                       and q["from"] <= l["date"] <= q["to"]}
    for lid in sorted(logged, key=lambda x: (lessons[x]["date"], lessons[x]["number"])):
        l = lessons[lid]
        for p in members[l["group"]]:
            e = logs.get((lid, p))
            base = dict(student={"person": p}, subject=subjects[l["subject"]], date=l["date"], number=l["number"])
            if e is None:
                add("attendance", **base, meaning="present",
                    why=f"lesson {lid}: no entry for the pupil in any log pulled (§3.5) (R5)")
            elif e["deleted"]:
                add("attendance", **base, meaning="present",
                    why=f"lesson {lid}: the entry ({e['status']}) is gone: {e['why']} (R1, R5)")
            else:
                add("attendance", **base, meaning=STATUS[e["status"]], code=e["status"],
                    why=f"lesson {lid}: {e['status']} ({e['why']}) (§3.5, §6) (R1, R5)")

    # homework
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework" or w["deleted"]:
            continue
        lesson = lessons[w["lesson"]]
        subject = subjects[lesson["subject"]]
        for p in members[w["group"]]:
            add("homework", student={"person": p}, subject=subject, text=w["text"], date=lesson["date"],
                due=w["due"], why=f"Work {wid} type Homework ({w['why']}): text, targetDate = due (§3.2), set on "
                                  f"lesson {w['lesson']} of {lesson['date']} (§3.4) (R1, R6)")
        for t in sorted(w["texts"] - {w["text"]}):
            for p in members[w["group"]]:
                add("no_homework", student={"person": p}, subject=subject, text=t,
                    why=f"Work {wid}'s text was edited: {w['why']} holds the latest (R1, R6)")

    for (p, period, subj), f in sorted(finals.items()):
        add("final_mark", student={"person": p}, subject=subjects[subj], period=periods[period][0], value=f["value"],
            why=f"final-mark of {periods[period][0]} ({f['why']}) (§3.13) (R1, R7)")
    for (p, subj, period), a in sorted(averages.items()):
        if float(a["value"]) == int(float(a["value"])):
            continue  # a whole number: the float's text ("5.0" or "5") is not what this corpus is about
        add("vendor_average", student={"person": p}, subject=subjects[subj], period=periods[period][0],
            value=a["value"], why=f"wa-marks over {periods[period][0]} ({a['why']}) (§3.1, §3.13) (R1, R8)")

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return facts


if __name__ == "__main__":
    import collections
    fs = main()
    print(len(fs), dict(collections.Counter(f["kind"] for f in fs)))
