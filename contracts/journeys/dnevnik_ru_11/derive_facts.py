"""Derive facts.json from journey.json by the reference's rules (/work/shared/reference/dnevnik_ru.md, cited §N).
Standard library only; never imports the hub; deterministic.

Rules:
* ids: the `_str` twin wins (also `idStr`, PascalCase `IdStr`), else the exact integer (§1).
* an answer is the vendor's state when pulled (`pulled_at`, §7: polling is the only change source): for every
  entity and field the latest pull that states it wins. A lesson is one entity by its `id` whatever its shape
  (entity §3.4, flattened in the schedules and homework bundles §3.4/§3.7); a later answer that gives it another
  `date`/`number` re-dates it: it is shown on the new day and slot and nowhere else.
* a lesson's start is the local time of its `date` (§2, never shifted), its end the bundle's `hours` (§3.4), its room
  the bundle's `place` (§3.4; the entity shape states none, so an entity answer leaves the room as a bundle gave
  it), its teacher the person of `teachers` (§3.4: person ids), named "Last First Middle" from `persons/{id}`,
  `edu-groups/{g}/classteacher` or the PascalCase `schools/{s}/teachers` (§3.9); topic = `title` (§3.4).
* deletion by omission (§7): `edu-groups/{g}/lessons/{from}/{to}` and `edu-groups/{g}/subjects/{s}/lessons/{from}/{to}`
  are complete for their range: a lesson an earlier answer to the same request held and a later one lacks is gone;
  a later answer that holds it again restores it (the vendor's state when pulled). `works/{w}/marks`,
  `lessons/{l}/marks` and `persons/{p}/schools/{s}/marks/{from}/{to}` are complete for their work / lesson / pupil
  and range: a mark an earlier answer to the same request held and a later one lacks is removed; a later answer
  (of any request) that holds it again restates it.
* a mark belongs to its `lesson` (§3.1) and is filed under that lesson's date and subject, whatever its own `date`
  (when it was set, §3.1; §0 has a separate by-lesson-date endpoint); `value` as sent; work type title and weight from
  the standalone `work-types/{school}` (§3.3) by the mark's `workType`; `counts` = `use_avg_calc`.
* a Homework work (§3.2) is set at its `lesson` (shown on that lesson's current date) and due on `targetDate`'s date.
* attendance: a log entry is keyed (lesson, person) (§3.5), its `status` the code (§6); meaning Attend->present,
  Absent->absent, Ill->ill, Late->late; `Pass` is stated by code only (its meaning is disputed, §6/§11).
* a pupil sees the lessons, marks and homework of group 8В, whose `persons` list names them (§3.8; no subgroups).
* guardian: `users/{u}/context` `children` (§3.9), guardian = the parent's person id; class teacher from
  `edu-groups/{g}/classteacher`.
Facts are emitted for lessons of P1 and P3 (every live lesson), marks, homework and attendance of every pupil.
A deleted-then-restored lesson states no room/end time (the reference does not say whether a restored lesson keeps a
bundle's room from before its deletion); its topic, start and teacher are restated by the restoring answer.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def sid(obj, key):
    for k in (key + "_str", key + "Str", key[:1].upper() + key[1:] + "Str"):
        if isinstance(obj, dict) and obj.get(k) not in (None, ""):
            return str(obj[k])
    v = obj.get(key)
    if v is None:
        v = obj.get(key[:1].upper() + key[1:])
    return None if v is None else str(v)


def req_key(r):
    path = re.sub(r"^(GET|POST) ", "", r["request"])
    path = re.sub(r"^(https?://[^/]+)?/?(v2\.0|v2)/", "", path)
    path, _, query = path.partition("?")
    return r["request"].split()[0] + " " + path + "?" + "&".join(sorted(query.split("&"))) + json.dumps(
        r.get("request_body"), sort_keys=True)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"].split()[0], r) for step in journey["steps"] for b in step["batches"] for r in b]
    records.sort(key=lambda x: x[1].get("pulled_at", ""))  # stable: the latest pull wins (§7)

    names, lessons, subjects, worktypes, works, marks, logs = {}, {}, {}, {}, {}, {}, {}
    pupils, children, classteacher, group_id = [], {}, None, None
    lesson_answers, mark_answers = {}, {}  # same-request snapshots (§7)
    removed_marks, deleted_lessons, old_values = {}, {}, []
    origin = {}  # lesson id -> [(date, number)] every place it was seen

    def person_name(p):
        return " ".join(x for x in (p.get("lastName") or p.get("LastName"), p.get("firstName") or p.get("FirstName"),
                                    p.get("middleName") or p.get("MiddleName")) if x)

    def put_lesson(o, step, flat):
        lid = sid(o, "id")
        ls = lessons.setdefault(lid, {"step": step})
        ls["live"] = True
        ls.update(title=o.get("title"), date=o["date"][:10], start=o["date"][11:16], number=o.get("number"))
        origin.setdefault(lid, [])
        if (ls["date"], ls["number"]) not in origin[lid]:
            origin[lid].append((ls["date"], ls["number"]))
        if flat:
            ls["subject"] = str(o["subjectId"])
            if o.get("place"):
                ls["room"] = o["place"]
            if o.get("hours"):
                ls["end"] = o["hours"].split(" - ")[1]
        else:
            ls["subject"] = sid(o["subject"], "id")
            subjects[ls["subject"]] = o["subject"]["name"]
        t = o.get("teachers_str") or o.get("teachers") or []
        ls["teachers"] = [str(x) for x in t]
        for w in o.get("works") or []:
            if isinstance(w, dict):
                put_work(w)
        return lid

    def put_work(w):
        works[sid(w, "id")] = {"type": w["type"], "lesson": sid(w, "lesson"), "text": w.get("text"),
                               "due": (w.get("targetDate") or "")[:10], "workType": str(w.get("workType"))}

    def put_mark(m):
        mid = sid(m, "id")
        prev = marks.get(mid)
        if prev and prev["value"] != m["value"]:
            old_values.append((prev["person"], prev["lesson"], prev["value"]))
        marks[mid] = {"person": sid(m, "person"), "lesson": sid(m, "lesson"), "value": m["value"],
                      "workType": str(m.get("workType")), "counts": m.get("use_avg_calc"), "work": sid(m, "work")}
        removed_marks.pop(mid, None)

    def put_log(e):
        logs[(sid(e, "lesson"), sid(e, "person"))] = e["status"]

    for step, r in records:
        req, body = r["request"], r["body"]
        path = re.sub(r"^(GET|POST) (https?://[^/]+)?/?(v2\.0|v2)/", "", req).split("?")[0]
        key = req_key(r)
        if re.fullmatch(r"schools/\d+", path):
            pass  # timeZone 3: local times are shown as sent (§2)
        elif re.fullmatch(r"work-types/\d+", path):
            for wt in body:
                worktypes[sid(wt, "id")] = (wt["title"], wt["weight"])
        elif re.fullmatch(r"edu-groups/\d+", path):
            group_id = sid(body, "id")
        elif re.fullmatch(r"edu-groups/\d+/persons", path):
            for p in body:
                pupils.append(sid(p, "id"))
                names[sid(p, "id")] = person_name(p)
        elif re.fullmatch(r"schools/\d+/teachers", path):
            for t in body:
                names[sid(t, "id")] = person_name(t)
        elif re.fullmatch(r"edu-groups/\d+/classteacher", path) or re.fullmatch(r"persons/\d+", path):
            names[sid(body, "id")] = person_name(body)
            if "classteacher" in path:
                classteacher = person_name(body)
        elif re.fullmatch(r"users/\d+/context", path):
            children[sid(body, "personId")] = [sid(c, "personId") for c in body["children"]]
        elif re.fullmatch(r"edu-groups/\d+(/subjects/\d+)?/lessons/[\d-]+/[\d-]+", path) or path == "lessons/many" \
                or re.fullmatch(r"lessons/\d+", path):
            items = body if isinstance(body, list) else [body]
            held = {put_lesson(o, step, False) for o in items}
            if "edu-groups" in path:
                for lid in lesson_answers.get(key, set()) - held:
                    lessons[lid]["live"] = False
                    deleted_lessons.setdefault(lid, step)
                lesson_answers[key] = held
        elif path.endswith("/schedules"):
            for d in body["days"]:
                for o in d["subjects"]:
                    subjects.setdefault(str(o["id"]), o["name"])
                for t in d["teachers"]:
                    names[sid(t, "id")] = person_name(t)
                for o in d["lessons"]:
                    put_lesson(o, step, True)
                for w in d["works"]:
                    put_work(w)
                for m in d["marks"]:
                    put_mark(m)
                for e in d["lessonLogEntries"]:
                    put_log(e)
        elif "homeworks" in path:
            for o in body["lessons"]:
                put_lesson(o, step, True)
            for w in body["works"]:
                put_work(w)
        elif re.fullmatch(r"lessons/\d+/works", path) or path == "works" or re.fullmatch(r"works/\d+", path):
            for w in body if isinstance(body, list) else [body]:
                put_work(w)
        elif "log-entries" in path:
            for e in body if isinstance(body, list) else [body]:
                put_log(e)
        elif "marks" in path:
            items = body if isinstance(body, list) else [body]
            for m in items:
                put_mark(m)
            if re.fullmatch(r"(works|lessons)/\d+/marks|persons/\d+/schools/\d+/marks/[\d-]+/[\d-]+", path):
                held = {sid(m, "id") for m in items}
                for mid in mark_answers.get(key, set()) - held:
                    removed_marks[mid] = dict(marks.pop(mid))
                mark_answers[key] = held
        else:
            raise SystemExit(f"unrouted {req}")

    facts = []

    def fact(kind, why, **kw):
        n = sum(1 for f in facts if f["kind"] == kind) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:02d}", "kind": kind, **kw, "why": why})

    def stu(p):
        return {"person": p}

    live = {lid: ls for lid, ls in lessons.items() if ls["live"]}
    # lessons
    for p in (pupils[0], pupils[2]):
        for lid, ls in sorted(live.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
            kw = dict(student=stu(p), subject=subjects[ls["subject"]], date=ls["date"], number=ls["number"],
                      topic=ls["title"], starts_at=ls["start"])
            if len(ls["teachers"]) == 1:
                kw["teacher"] = names[ls["teachers"][0]]
            restored = lid in deleted_lessons
            if not restored:
                if "room" in ls:
                    kw["room"] = ls["room"]
                if "end" in ls:
                    kw["ends_at"] = ls["end"]
            notes = [f"lesson {lid}: topic = title, start = local time of date, number (§3.4, §2)",
                     "teacher = the person in teachers (§3.4, §3.9)", "latest pull wins per field (§7)"]
            if len(origin[lid]) > 1:
                notes.append(f"re-dated from {origin[lid][0]} to {origin[lid][-1]} by a later pull (§3.4 date/number, §7)")
            if restored:
                notes.append("deleted by omission, then held again by a later pull of the same request (§7)")
            fact("lesson", "; ".join(notes), **kw)
    # lessons gone: deleted ones, and the old places of re-dated lessons
    for p in (pupils[0], pupils[2]):
        for lid, ls in sorted(lessons.items()):
            if not ls["live"]:
                fact("no_lesson", f"lesson {lid} lacked by a later answer to the same complete range request (§7)",
                     student=stu(p), subject=subjects[ls["subject"]], date=ls["date"], number=ls["number"])
            elif len(origin[lid]) > 1:
                for d, n in origin[lid][:-1]:
                    if not any(o["date"] == d and o["number"] == n and o["subject"] == ls["subject"]
                               for o in live.values()):
                        fact("no_lesson", f"lesson {lid} was re-dated to {ls['date']} #{ls['number']} by a later "
                                          f"pull (§3.4, §7); nothing of that subject is left at its old slot",
                             student=stu(p), subject=subjects[ls["subject"]], date=d, number=n)
    # marks
    for mid, m in sorted(marks.items()):
        ls = lessons[m["lesson"]]
        title, weight = worktypes[m["workType"]]
        fact("mark", f"mark {mid} on lesson {m['lesson']}, filed under the lesson's current date (§3.1); value as "
                     f"sent; work type and weight from work-types (§3.3); counts = use_avg_calc (§3.1)",
             student=stu(m["person"]), subject=subjects[ls["subject"]], date=ls["date"], value=m["value"],
             work_type=title, weight=weight, counts=m["counts"])
    for mid, m in sorted(removed_marks.items()):
        ls = lessons[m["lesson"]]
        fact("no_mark", f"mark {mid} lacked by a later answer to the same work/lesson marks request (§7, §3.1)",
             student=stu(m["person"]), subject=subjects[ls["subject"]], date=ls["date"], value=m["value"])
    for person, lesson, value in old_values:
        ls = lessons[lesson]
        if not any(x["person"] == person and lessons[x["lesson"]]["date"] == ls["date"] and x["value"] == value
                   and lessons[x["lesson"]]["subject"] == ls["subject"] for x in marks.values()):
            fact("no_mark", f"the mark's later pull (same id) has another value; {value!r} is no longer the "
                            f"journal's (§7, §3.1)",
                 student=stu(person), subject=subjects[ls["subject"]], date=ls["date"], value=value)
    for lid, ls in sorted(lessons.items()):
        if ls["live"] and len(origin[lid]) > 1:
            for d, n in origin[lid][:-1]:
                for p in pupils:
                    if any(x["person"] == p and x["lesson"] == lid for x in marks.values()) and not any(
                            x["person"] == p and lessons[x["lesson"]]["date"] == d
                            and lessons[x["lesson"]]["subject"] == ls["subject"] for x in marks.values()):
                        fact("no_mark", f"the marks of lesson {lid} follow it to {ls['date']} (§3.1 lesson; §3.4); "
                                        f"no {subjects[ls['subject']]} mark of this pupil is left on {d}",
                             student=stu(p), subject=subjects[ls["subject"]], date=d)
    # homework
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework" or not lessons[w["lesson"]]["live"]:
            continue
        ls = lessons[w["lesson"]]
        for p in pupils:
            fact("homework", f"Homework work {wid} (§3.2) set at lesson {w['lesson']}, now on {ls['date']} "
                             f"(§3.4, §8.2); due = targetDate (§3.2)",
                 student=stu(p), subject=subjects[ls["subject"]], text=w["text"], date=ls["date"], due=w["due"])
    # attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, p), status in sorted(logs.items()):
        ls = lessons[lid]
        if not ls["live"] or status == "Attend":
            continue
        kw = dict(student=stu(p), subject=subjects[ls["subject"]], date=ls["date"], number=ls["number"], code=status)
        if status in meaning:
            kw["meaning"] = meaning[status]
        fact("attendance", f"log entry ({lid}, {p}) status {status} (§3.5, §6), on the lesson's current date and "
                           f"slot", **kw)
    for parent, kids in sorted(children.items()):
        fact("children", "users/{u}/context children (§3.9); guardian = the parent's person id",
             guardian={"person": parent}, children=[{"person": k} for k in kids])
    fact("class_teacher", "edu-groups/{g}/classteacher (§3.9)", group={"group": group_id}, teacher=classteacher)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
