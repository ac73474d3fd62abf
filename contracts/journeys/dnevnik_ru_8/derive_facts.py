"""Derive facts.json from journey.json by the reference's rules (shared/reference/dnevnik_ru.md, cited as §N).
Standard library only; never imports the hub; deterministic.

Rules:
* ids: the `_str` twin wins, else the exact integer (§1).
* an answer is the vendor's state when pulled (`pulled_at`): for every entity and field, the latest pull that states
  it wins (lessons: title, date, number, room, hours, teachers; marks; log entries keyed (lesson, person) §3.5).
* deletion only by omission from a later answer to the same request (§7); none happens in this journey, but the
  rule is applied.
* a pupil sees the lessons, homework and marks of the groups POST edu-groups lists them Active in (§3.8); a lesson's
  group is the entity lesson's `group` (§3.4), a homework's its work's `eduGroup` (§3.2).
* a lesson's start is the local time of its `date` (§2, never shifted), its end the bundle's `hours` (§3.4), its room
  the bundle's `place`, its teacher the `fullName` of the user whose `personId` is the lesson's only teacher (§3.9);
  a lesson with two teachers states no teacher (the reference names no main one).
* a mark is filed under its lesson's date, not its own `date` (§3.1: `date` is when it was set); `value` as sent;
  work type title and weight from the standalone `work-types/{school}` (§3.3); `counts` = `use_avg_calc`.
* homework: works of `type` "Homework" from every answer (§3.2, §3.7, §0); due = `targetDate`'s date; set on its
  lesson's date (§8.2: the Homework work names the lesson it was set at, `sentDate` that day); files resolved by id
  through the bundles' `files` (§3.7).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def sid(obj, key):
    for k in (key + "_str", key + "Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    v = obj.get(key)
    return None if v is None else str(v)


def records():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    seq = 0
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                seq += 1
                yield seq, step["name"].split()[0], r


def req_key(r):
    path = re.sub(r"^(GET|POST) ", "", r["request"])
    path = re.sub(r"^(https?://[^/]+)?/?(v2\.0|v2)/", "", path)
    path, _, query = path.partition("?")
    return r["request"].split()[0] + " " + path + "?" + "&".join(sorted(query.split("&"))) + json.dumps(
        r.get("request_body"))


class Latest:
    """per key and field: (pulled_at, seq, value), the latest pull wins."""

    def __init__(self):
        self.data = {}

    def put(self, key, field, value, when):
        old = self.data.setdefault(key, {}).get(field)
        if old is None or when >= old[0]:
            self.data[key][field] = (when, value)

    def get(self, key, field, default=None):
        return self.data.get(key, {}).get(field, (None, default))[1]


def main():
    members, teacher_name, worktypes, files, subjects = {}, {}, {}, {}, {}
    lessons, marks, att, hws = Latest(), Latest(), Latest(), Latest()
    holders = {}        # request key -> [(when, kind, ids)]
    seen_at = {}        # (kind, id) -> [when]
    why = {}            # (kind, id) -> step of the latest record stating it
    children, class_teacher, periods, holidays = {}, {}, [], []
    rosters = []        # (pulled_at, {group: Active persons}) of every POST edu-groups answer
    history = {}        # lesson id -> every teacher list and slot number any answer stated

    def hold(r, when, kind, key):
        holders.setdefault(req_key(r), []).append((when, kind, key))
        seen_at.setdefault((kind, key), []).append(when)

    def take_lesson(obj, when, step, r, group=None, subject_names=None, flat=False):
        lid = sid(obj, "id")
        for f in ("title", "number"):
            if f in obj:
                lessons.put(lid, f, obj[f], when)
        lessons.put(lid, "date", obj["date"][:10], when)
        lessons.put(lid, "start", obj["date"][11:16] or None, when)
        if obj.get("hours"):
            lessons.put(lid, "end", obj["hours"].split(" - ")[1], when)
        if obj.get("place") is not None:
            lessons.put(lid, "room", obj["place"], when)
        t = obj.get("teachers_str") or [str(x) for x in obj.get("teachers", [])]
        lessons.put(lid, "teachers", t, when)
        history.setdefault(lid, {"teachers": set(), "number": set()})
        history[lid]["teachers"].add(tuple(t))
        history[lid]["number"].add(obj["number"])
        if isinstance(obj.get("subject"), dict):
            lessons.put(lid, "subject", obj["subject"]["name"], when)
        elif subject_names and str(obj.get("subjectId")) in subject_names:
            lessons.put(lid, "subject", subject_names[str(obj["subjectId"])], when)
        if obj.get("group") is not None:
            lessons.put(lid, "group", str(obj["group"]), when)
        elif group:
            lessons.put(lid, "group", group, when)
        why[("lesson", lid)] = step
        for w in obj.get("works", []):
            if isinstance(w, dict):
                take_work(w, when, step, r)
        hold(r, when, "lesson", lid)

    def take_work(w, when, step, r):
        if w.get("type") != "Homework":
            return
        wid = sid(w, "id")
        for f in ("text", "targetDate", "files"):
            hws.put(wid, f, w.get(f), when)
        hws.put(wid, "lesson", sid(w, "lesson"), when)
        hws.put(wid, "group", sid(w, "eduGroup"), when)
        hws.put(wid, "subjectId", str(w.get("subjectId")), when)
        why[("homework", wid)] = step
        hold(r, when, "homework", wid)

    def take_mark(m, when, step, r):
        mid = sid(m, "id")
        for f in ("value", "type", "use_avg_calc", "workType", "date"):
            marks.put(mid, f, m.get(f), when)
        marks.put(mid, "person", sid(m, "person"), when)
        marks.put(mid, "lesson", sid(m, "lesson"), when)
        why[("mark", mid)] = step
        hold(r, when, "mark", mid)

    def take_log(e, when, step, r):
        key = (sid(e, "lesson"), sid(e, "person"))
        att.put(key, "status", e["status"], when)
        att.put(key, "comment", e.get("comment"), when)
        why[("attendance", key)] = step
        hold(r, when, "attendance", key)

    for seq, step, r in records():
        when = (r["pulled_at"], seq)
        path = req_key(r)
        body = r["body"]
        if path.startswith("POST edu-groups"):
            roster = {}
            for row in body:
                g = sid(row["group"], "id")
                roster[g] = {sid(s, "person") for s in row["students"] if s.get("membershipstatus") == "Active"}
                members.setdefault(g, set()).update(roster[g])
            rosters.append((r["pulled_at"], roster))
        elif path.startswith("POST users/many"):
            for u in body:
                teacher_name[sid(u, "personId")] = u.get("fullName")
        elif re.match(r"GET work-types/", path):
            for w in body:
                worktypes[sid(w, "id")] = (w["title"], w["weight"])
        elif re.match(r"GET edu-groups/\d+/lessons/", path):
            g = path.split("/")[1]
            for obj in body:
                take_lesson(obj, when, step, r, group=g)
        elif "/schedules?" in path:
            for day in body["days"]:
                names = {str(s["id"]): s["name"] for s in day["subjects"]}
                group_of_work = {sid(w, "id"): sid(w, "eduGroup") for w in day["works"] + day["homeworks"]}
                for obj in day["lessons"]:
                    g = next((group_of_work[str(w)] for w in obj["works"] if str(w) in group_of_work), None)
                    take_lesson(obj, when, step, r, group=g, subject_names=names, flat=True)
                for w in day["homeworks"]:
                    take_work(w, when, step, r)
                for m in day["marks"]:
                    take_mark(m, when, step, r)
                for e in day["lessonLogEntries"]:
                    take_log(e, when, step, r)
        elif "homeworks" in path:
            names = {str(s["id"]): s["name"] for s in body["subjects"]}
            subjects.update(names)
            for f in body["files"]:
                files[sid(f, "id")] = f["name"]
            for obj in body["lessons"]:
                take_lesson(obj, when, step, r, subject_names=names, flat=True)
            for w in body["works"]:
                take_work(w, when, step, r)
        elif re.match(r"GET works/\d+\?", path):
            take_work(body, when, step, r)
        elif re.search(r"marks", path) and isinstance(body, list):
            for m in body:
                take_mark(m, when, step, r)
        elif path.startswith("GET lesson-log-entries"):
            for e in body:
                take_log(e, when, step, r)
        elif re.match(r"GET users/\d+/context", path):
            children[sid(body, "personId")] = [str(c["personId"]) for c in body["children"]]
        elif path.startswith("GET edu-groups/") and "classteacher" in path:
            class_teacher[path.split("/")[1]] = sid(body, "id")
        elif "reporting-period-group" in path:
            periods = [(p["name"], p["start"][:10], p["finish"][:10]) for p in body["reportingPeriods"]]
            holidays = [(h["name"], h["dateStart"][:10], h["dateFinish"][:10]) for h in body["holidays"]]
        for s in (body.get("subjects", []) if isinstance(body, dict) else []):
            subjects[str(s["id"])] = s["name"]

    def deleted(kind, key):
        """absent from a later answer to a request whose earlier answer held it, and held by no later pull (§7)"""
        for entries in holders.values():
            held = [w for w, k, i in entries if k == kind and i == key]
            if not held:
                continue
            answers = sorted({w for w, _, _ in entries})
            first = min(held)
            for a in answers:
                if a > first and not any(w == a and k == kind and i == key for w, k, i in entries):
                    if not any(w > a for w in seen_at[(kind, key)]):
                        return True
        return False

    groups = set(members)
    subgroup_names = {}
    for seq, step, r in records():
        if req_key(r).startswith("POST edu-groups"):
            for row in r["body"]:
                if row["group"]["type"] == "Subgroup":
                    subgroup_names[sid(row["group"], "id")] = row["group"]["name"]
    pupils = sorted(members[next(g for g in groups if g not in subgroup_names)])

    def groups_on(p, date):
        """the groups the latest roster pulled before that day lists the pupil Active in (§3.8 membershipstatus;
        an answer is the state when pulled)"""
        before = [ro for when, ro in sorted(rosters, key=lambda x: x[0]) if when[:10] < date]
        return {g for g, ps in before[-1].items() if p in ps}

    def joined_later(p, g, date):
        """why text when the pupil joins the group only after that day (a subgroup switch)"""
        later = [when for when, ro in sorted(rosters, key=lambda x: x[0]) if p in ro.get(g, set())]
        if not later or later[0][:10] < date:
            return ""
        return (f"; the pupil joins this subgroup only later: the first roster listing them Active in it was pulled "
                f"{later[0]} (the earlier roster lists them in the other group, which their own schedules answers of "
                f"those days hold, and the Homework works' tasks (§3.6) of this group name only its members then)")

    facts = []

    def add(kind, why_text, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(1 for f in facts if f['kind'] == kind) + 1:03d}",
                      "kind": kind, **kw, "why": why_text})

    live_lessons = sorted((lid for lid in lessons.data if not deleted("lesson", lid)),
                          key=lambda x: (lessons.get(x, "date"), lessons.get(x, "number"), x))
    # lessons each pupil sees
    for p in pupils:
        for lid in live_lessons:
            g = lessons.get(lid, "group")
            if g not in groups_on(p, lessons.get(lid, "date")):
                continue
            t = lessons.get(lid, "teachers")
            fact = dict(student={"person": p}, subject=lessons.get(lid, "subject"), date=lessons.get(lid, "date"),
                        number=lessons.get(lid, "number"), topic=lessons.get(lid, "title"),
                        starts_at=lessons.get(lid, "start"), ends_at=lessons.get(lid, "end"),
                        room=lessons.get(lid, "room"))
            if len(t) == 1:
                fact["teacher"] = teacher_name[t[0]]
            if g in subgroup_names:
                fact["group_label"] = subgroup_names[g]
            note = []
            if len(t) != 1:
                note.append(f"two teachers {t} (§3.4 teachers[]): no main teacher stated, so no teacher fact")
            if len(history[lid]["teachers"]) > 1:
                note.append("a substitute: the Sunday plan names the group's teacher, the day's schedules answer "
                            "(pulled later) names the substitute for this lesson only; latest pull wins (§7)")
            if len(history[lid]["number"]) > 1:
                note.append(f"moved: slots {sorted(history[lid]['number'])} stated; the latest pull's slot and time win")
            add("lesson", f"{why[('lesson', lid)]}: lesson {lid} of group {g} (POST edu-groups lists the pupil in it, "
                          f"§3.8); latest pull per field (§7); times as sent (§2), end and room from the bundle's "
                          f"hours/place (§3.4)" + ("; " + "; ".join(note) if note else ""), **fact)
    # the other groups' lessons: not in the diary; and a moved lesson's old slot
    old_slots = {lid: history[lid]["number"] for lid in history}
    for p in pupils:
        for lid in live_lessons:
            g, subj, date, num = (lessons.get(lid, k) for k in ("group", "subject", "date", "number"))
            mine = groups_on(p, date)
            own_same = [x for x in live_lessons if lessons.get(x, "group") in mine
                        and lessons.get(x, "subject") == subj and lessons.get(x, "date") == date]
            if g not in mine and not any(lessons.get(x, "number") == num for x in own_same):
                add("no_lesson", f"lesson {lid} belongs to subgroup {subgroup_names.get(g)} ({g}); POST edu-groups "
                                 f"does not list pupil {p} in it on that day (§3.8; the latest roster pulled before the day), "
                                 f"and the pupil's own schedules never hold it" + joined_later(p, g, date),
                    student={"person": p}, subject=subj, date=date, number=num)
            for old in sorted(old_slots.get(lid, set()) - {num}):
                if not any(lessons.get(x, "number") == old for x in own_same):
                    add("no_lesson", f"lesson {lid} was planned at slot {old} (Sunday's answers) and moved to slot "
                                     f"{num} by the day's later pulls (same id, §3.4 number; latest pull wins, §7): "
                                     f"nothing is left at slot {old}", student={"person": p}, subject=subj,
                        date=date, number=old)
    # marks
    for mid in sorted(marks.data, key=lambda m: (lessons.get(marks.get(m, "lesson"), "date"), m)):
        if deleted("mark", mid):
            continue
        lid, p = marks.get(mid, "lesson"), marks.get(mid, "person")
        title, weight = worktypes[str(marks.get(mid, "workType"))]
        mtype = marks.get(mid, "type")
        fact = dict(student={"person": p}, subject=lessons.get(lid, "subject"), date=lessons.get(lid, "date"),
                    value=marks.get(mid, "value"), work_type=title, counts=marks.get(mid, "use_avg_calc"))
        if mtype in ("mark5", "mark10", "mark100"):
            fact["weight"] = weight
        late = marks.get(mid, "date")[:10] != lessons.get(lid, "date")
        add("mark", f"{why[('mark', mid)]}: mark {mid} ({mtype}, §5) on lesson {lid}; value as sent (§3.1); work type "
                    f"and weight from work-types/{{school}} (§3.3); counts = use_avg_calc (§3.1)"
                    + (f"; set {marks.get(mid, 'date')} for the lesson of {lessons.get(lid, 'date')}: filed under "
                       f"its lesson's date (§3.1 date = when set); the sweep persons/{{p}}/marks/2026-03-05 is by "
                       f"mark date (§3.1) and pulled later, its lacking this mark deletes nothing" if late else ""),
            **fact)
    # marks of a subgroup's lesson are not in the other group's diaries
    for mid in sorted(marks.data):
        lid = marks.get(mid, "lesson")
        g = lessons.get(lid, "group")
        if g in subgroup_names:
            for p in pupils:
                if g not in groups_on(p, lessons.get(lid, "date")) and not any(
                        marks.get(m2, "person") == p and marks.get(m2, "value") == marks.get(mid, "value")
                        and lessons.get(marks.get(m2, "lesson"), "subject") == lessons.get(lid, "subject")
                        and lessons.get(marks.get(m2, "lesson"), "date") == lessons.get(lid, "date")
                        for m2 in marks.data):
                    add("no_mark", f"mark {mid} is {marks.get(mid, 'person')}'s, on subgroup {g}'s lesson; pupil {p} "
                                   f"is not in that subgroup (§3.8) and no mark of theirs has this value that day",
                        student={"person": p}, subject=lessons.get(lid, "subject"), date=lessons.get(lid, "date"),
                        value=marks.get(mid, "value"))
                    break
    # attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    special = {lid for lid in live_lessons if len(lessons.get(lid, "teachers")) != 1
               or len(history[lid]["teachers"]) > 1 or len(history[lid]["number"]) > 1}
    for key in sorted(att.data, key=lambda k: (lessons.get(k[0], "date"), lessons.get(k[0], "number"), k[1])):
        lid, p = key
        status = att.get(key, "status")
        if status == "Attend" and lid not in special:
            continue
        fact = dict(student={"person": p}, subject=lessons.get(lid, "subject"), date=lessons.get(lid, "date"),
                    number=lessons.get(lid, "number"))
        if status == "Attend":
            fact["meaning"] = "present"
        elif status == "Pass":
            fact["code"] = "Pass"      # meaning disputed (§6, §11): the code only
        else:
            fact.update(code=status, meaning=meaning[status])
        add("attendance", f"{why[('attendance', key)]}: log entry (lesson {lid}, person {p}) status {status!r} "
                          f"comment {att.get(key, 'comment')!r} (§3.5, §6; the status kept as the code)", **fact)
    # homework
    for wid in sorted(hws.data):
        if deleted("homework", wid):
            continue
        g, lid = hws.get(wid, "group"), hws.get(wid, "lesson")
        subj = subjects.get(hws.get(wid, "subjectId")) or lessons.get(lid, "subject")
        names = [files[str(f)] for f in (hws.get(wid, "files") or [])]
        for p in pupils:
            base = dict(student={"person": p}, subject=subj, text=hws.get(wid, "text"))
            if g in groups_on(p, lessons.get(lid, "date")):
                fact = dict(base, date=lessons.get(lid, "date"), due=hws.get(wid, "targetDate")[:10])
                if names:
                    fact["attachments"] = names
                add("homework", f"{why[('homework', wid)]}: Homework work {wid} of group {g} (§3.2): set at lesson "
                                f"{lid} ({lessons.get(lid, 'date')}, §8.2), due targetDate (§3.2), files resolved "
                                f"through the bundle's files (§3.7)", **fact)
            else:
                add("no_homework", f"homework {wid} is for subgroup {subgroup_names.get(g)} ({g}, eduGroup §3.2), "
                                   f"set at lesson {lid} ({lessons.get(lid, 'date')}); pupil {p} is not in it then "
                                   f"(§3.8)" + joined_later(p, g, lessons.get(lid, "date")), **base)
    for parent, kids in sorted(children.items()):
        add("children", "users/{u}/context children (§3.9), guardian = the parent's person id",
            guardian={"person": parent}, children=[{"person": k} for k in kids])
    for g, t in sorted(class_teacher.items()):
        add("class_teacher", "edu-groups/{g}/classteacher (§3.9), named by users/many fullName",
            group={"group": g}, teacher=teacher_name[t])
    for name, a, b in periods:
        if name in ("3 четверть", "4 четверть"):
            add("period", "reporting-period-group reportingPeriods (§3.12), midnight dates (§2)", student={"person": pupils[0]},
                name=name, starts_on=a, ends_on=b)
    for name, a, b in holidays:
        add("holiday", "reporting-period-group holidays (§3.12): dateStart is a holiday", group={"group": g_class(members, subgroup_names)},
            date=a, name=name)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


def g_class(members, subgroup_names):
    return next(g for g in sorted(members) if g not in subgroup_names)


if __name__ == "__main__":
    main()
