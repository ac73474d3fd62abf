"""Derives facts.json of dnevnik_ru_42 (empty, null and absent) from journey.json. Standard library only.

It reads the answers as the reference (/shared/reference/dnevnik_ru.md, cited §N) describes them, in pull order
(`pulled_at`; the latest pull wins), and never imports the hub. The rules:

R1  ids: the `_str` twin when present, else the number (§1: twins are optional).
R2  absent, null, "" and [] are read field by field:
    * a field left out states nothing (§1 "treat twins as optional"; the hub README: a partial answer erases
      nothing): a context without `children` says nothing of the parent's children;
    * an empty list is a statement: `teachers: []` is a lesson without a teacher (§3.4), `[]` for a lesson's
      log is a lesson without entries (§3.5), an empty range holds nothing on its days (§7);
    * a text null or "" is no text, and nothing replaces it: a lesson `title` null/"" has no topic (§3.4), a
      mark whose `textValue` is null, "" or absent shows its `value` (§3.1), a teacher's name is built from
      the parts that are non-empty (§3.9), an empty `fullName` is no name;
    * 0 is a value: `number` 0 is the 0th lesson (§3.4 "some timetables start at 0"), a work type `weight` 0 is
      weight 0 (§3.3), a mark100 `value` "0" is a mark (§5).
R3  a lesson's teacher is the person of `teachers[0]` (§3.4), named by `persons/{p}` / `classteacher` parts,
    `users/{u}` `fullName` (else its parts) or PascalCase `schools/{s}/teachers` parts (§3.9), "Last First Middle".
R4  times: a lesson starts at the clock of its `date` (§2, §3.4); it ends at its `hours` end when a bundle gave
    non-empty `hours`, else at its `number`'s `Finish` in the bell timetable (§3.14; an item whose `DaysOfWeek` is
    null is not restricted to some days). The room is the bundle's `place` (§3.4 flattened lesson): null = no room.
R5  marks: §3.1; the weight and work type name from the standalone work type of `workType` (§3.3); `use_avg_calc`
    says whether it counts, and a mark that leaves it out is an ordinary mark that counts (§3.1 gives the flag for
    the exception); a Dnevnik.ru mark has no comment field, so a parent sees none where the work has no text.
R6  attendance: §3.5, §6 (Attend present, Absent absent, Ill ill, Late late, Pass: code only, its meaning is
    disputed); `lessons/{l}/log-entries` is the lesson's whole log, so a later `[]` removes the entry (present).
R7  homework: a Work of type `Homework` (§3.2), due `targetDate`, set at its lesson, for its `eduGroup` (§3.8);
    `files` resolved by the homework bundle's `files` (§3.7); `files`/`tasks` null, [] or absent take nothing away.
R8  final marks: `edu-groups/{g}/final-marks` (§3.13), the latest answer per pupil; `final-mark: null` is none yet.
R9  averages: `avg-marks/{from}/{to}` over a period's bounds is that period's (§3.13); a null value is no average.
R10 periods and holidays: `reporting-periods` / `reporting-period-group` (§3.12).
R11 guardians: `users/{u}/context` `children` (§3.9), the parent's person id; the latest context that states it.
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEEP_ALL_LESSONS = 2  # lesson facts of every lesson for the first two pupils of the class list, special ones for all


def sid(obj, key="id"):
    if not isinstance(obj, dict):
        return None if obj is None else str(obj)
    for k in (f"{key}_str", f"{key}Str", key[0].upper() + key[1:] + "Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    for k in (key, key[0].upper() + key[1:]):
        if obj.get(k) is not None:
            return str(obj[k])
    return None


def text(v):
    """A text as a parent reads it: None when null, absent or only blanks."""
    return v if isinstance(v, str) and v.strip() else None


def name_of(last, first, middle):
    return " ".join(p.strip() for p in (last, first, middle) if isinstance(p, str) and p.strip()) or None


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [r for step in journey["steps"] for batch in step["batches"] for r in batch]
    order = sorted(range(len(records)), key=lambda i: (records[i].get("pulled_at", ""), i))

    subjects, names, members, group_names, parents = {}, {}, {}, {}, {}
    work_types, bells, periods, holidays = {}, {}, {}, []
    lessons, works, marks, logs, files = {}, {}, {}, {}, {}
    finals, averages, class_teacher = {}, [], None
    removed_logs = {}

    def see_lesson(l, at, req, flat):
        lid = sid(l)
        cur = lessons.setdefault(lid, {"history": []})
        cur["history"].append(req)
        if at < cur.get("at", ""):
            return
        cur["at"] = at
        cur["date"], cur["start"] = l["date"][:10], l["date"][11:16]
        cur["number"] = int(l["number"])
        cur["title"] = l.get("title")
        if "teachers" in l:
            cur["teacher"] = None if not l["teachers"] else str(l["teachers"][0])
        if flat:
            cur["subject"] = str(l["subjectId"])
            if "place" in l:
                cur["room"] = l["place"]
            if "hours" in l:
                cur["hours"] = l["hours"]
        else:
            cur["subject"] = sid(l["subject"])
            subjects[sid(l["subject"])] = l["subject"]["name"]
            cur["group"] = str(l["group"])

    def see_work(w, at):
        wid = sid(w)
        if at >= works.get(wid, {}).get("at", ""):
            works[wid] = dict(w, at=at)

    def see_mark(m, at):
        mid = sid(m)
        if at >= marks.get(mid, {}).get("at", ""):
            marks[mid] = dict(m, at=at)

    def see_log(e, at):
        key = (sid(e, "lesson"), sid(e, "person"))
        if at >= logs.get(key, {}).get("at", ""):
            logs[key] = dict(e, at=at)

    for i in order:
        r = records[i]
        req, body, at = r["request"], r["body"], r.get("pulled_at", "")
        path = req.split(" ", 1)[1].split("?")[0]
        query = dict(q.split("=", 1) for q in req.split("?", 1)[1].split("&")) if "?" in req else {}
        if re.search(r"/schools/\d+/subjects$", path):
            for s in body:
                subjects[sid(s)] = s["name"]
        elif re.search(r"/work-types/\d+$", path):
            for t in body:
                work_types[sid(t)] = {"title": t["title"], "weight": t["weight"], "kind": t["kind"]}
        elif path.endswith("/v2/edu-groups") and req.startswith("POST"):
            for e in body:
                g = sid(e["group"]) if isinstance(e["group"], dict) else str(e["group"])
                members[g] = [sid(s, "person") for s in e["students"] if s["membershipstatus"] == "Active"]
        elif re.search(r"/schools/\d+/edu-groups$", path):
            for g in body:
                group_names[sid(g)] = (g["name"], bool(g.get("parentIds")))
        elif re.search(r"/persons/\d+$", path) or path.endswith("/classteacher"):
            names[sid(body)] = name_of(body.get("lastName"), body.get("firstName"), body.get("middleName"))
            if path.endswith("/classteacher"):
                class_teacher = (re.search(r"edu-groups/(\d+)/", path).group(1), sid(body))
        elif re.search(r"/users/\d+$", path):
            names[sid(body, "personId")] = text(body.get("fullName")) or name_of(
                body.get("lastName"), body.get("firstName"), body.get("middleName"))
        elif path.endswith("/teachers"):
            for t in body:
                names[sid(t)] = name_of(t.get("LastName"), t.get("FirstName"), t.get("MiddleName"))
        elif re.search(r"/users/\d+/context$", path):
            if "children" in body and body["children"] is not None:  # R2: left out states nothing
                parents[sid(body, "personId")] = [sid(c, "personId") for c in body["children"]]
        elif path.endswith("/reporting-periods"):
            for p in body:
                periods[sid(p)] = (p["name"], p["start"][:10], p["finish"][:10])
        elif path.endswith("/reporting-period-group"):
            for h in body["holidays"]:
                holidays.append((h["name"], h["dateStart"][:10], h["dateFinish"][:10]))
        elif path.endswith("/timetables"):
            for t in body:
                for item in t["Items"]:
                    bells[int(item["LessonNumber"])] = (item["Start"], item["Finish"])
        elif re.search(r"/lessons/[\d-]+/[\d-]+$", path):
            g = re.search(r"edu-groups/(\d+)/", path).group(1)
            for l in body:
                see_lesson(l, at, req, flat=False)
                for w in l["works"]:
                    see_work(w, at)
        elif re.search(r"/marks/[\dT:-]+/[\dT:-]+$", path) or re.search(r"/lessons/\d+/marks$", path):
            for m in body:
                see_mark(m, at)
        elif re.search(r"/lessons/(\d+)/log-entries$", path):
            lid = re.search(r"/lessons/(\d+)/log-entries$", path).group(1)
            listed = {sid(e, "person") for e in body}
            for (l, p), e in list(logs.items()):
                if l == lid and p not in listed and e["at"] < at:  # R6: the lesson's whole log
                    removed_logs[(l, p)] = f"{req} pulled {at} lacks it (the lesson's whole log, §3.5)"
                    del logs[(l, p)]
            for e in body:
                see_log(e, at)
        elif "lesson-log-entries" in path:
            for e in body:
                see_log(e, at)
        elif "homeworks" in path:
            for f in body["files"]:
                files[sid(f)] = f["name"]
            for l in body["lessons"]:
                see_lesson(l, at, req, flat=True)
            for w in body["works"]:
                see_work(w, at)
        elif "/schedules" in path:
            for d in body["days"]:
                for l in d["lessons"]:
                    see_lesson(l, at, req, flat=True)
                for w in d["works"] + d["homeworks"]:
                    see_work(w, at)
                for m in d["marks"]:
                    see_mark(m, at)
                for e in d["lessonLogEntries"]:
                    see_log(e, at)
        elif re.search(r"/works/\d+$", path):
            see_work(body, at)
        elif path.endswith("/final-marks"):
            for e in body:
                finals[sid(e, "person")] = (sid(e, "reportingPeriod"), [
                    (sid(x, "subject"), x["final-mark"]) for x in e["per-subject-final-marks"]], at)
        elif "/avg-marks/" in path:
            frm, to = path.rsplit("/", 2)[1:]
            for e in body:
                for x in e["per-subject-averages"]:
                    averages.append((sid(e, "person"), sid(x, "subject"), x["avg-mark-value"], frm, to))

    pupils = members[max(members, key=lambda g: len(members[g]))]
    facts = []

    def add(kind, **kw):
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **kw})

    def group_of(lid):
        return lessons[lid]["group"]

    def pupils_of(group):
        return [p for p in pupils if p in members.get(group, [])]

    # ---- guardians, class teacher, periods, holidays ----
    for parent, kids in sorted(parents.items()):
        add("children", guardian={"person": parent}, children=[{"person": k} for k in kids],
            why="the parent's latest users/{u}/context that states `children` (§3.9); a context pulled later without "
                "the key says nothing of them (R2), and a child entry without names or groups is still a child")
    if class_teacher:
        add("class_teacher", group={"group": class_teacher[0]}, teacher=names[class_teacher[1]],
            why="edu-groups/{g}/classteacher (§3.9), a Person named by its parts (R3)")
    for pid, (name, start, finish) in sorted(periods.items()):
        add("period", name=name, starts_on=start, ends_on=finish,
            why=f"reporting period {pid} (§3.12): start/finish dates")
    days = sorted({lessons[l]["date"] for l in lessons})
    main_group = max(members, key=lambda g: len(members[g]))
    for name, start, finish in holidays:
        for d in ("2026-11-02", "2026-11-03", "2026-11-04"):
            if start <= d <= finish:
                add("holiday", group={"group": main_group},
                    date=d, name=name, once=True,
                    why=f"reporting-period-group holiday {start}..{finish} with `description` null (§3.12): the "
                        f"class's lessons range over these days was [] (§7), which deletes nothing and adds nothing")
        if start <= "2026-11-03" <= finish:
            for p in pupils:
                add("holiday", student={"person": p}, date="2026-11-03", name=name,
                    why="the class's holiday (§3.12) shows in each pupil's diary")
    for name, start, finish in holidays:
        if not (start <= "2026-11-05" <= finish):
            add("no_holiday", group={"group": main_group}, date="2026-11-05", name=name,
                why=f"the holiday ends {finish} (§3.12 dateFinish): the 5th is a school day")

    # ---- lessons ----
    def lesson_fact(lid, p):
        l = lessons[lid]
        fact = dict(student={"person": p}, subject=subjects[l["subject"]], date=l["date"], number=l["number"],
                    starts_at=l["start"])
        whys = [f"lesson {lid}: date/number (§3.4), number {l['number']}" + (" is the 0th lesson (R2)"
                                                                           if l["number"] == 0 else "")]
        if l["title"] is None or text(l["title"]):
            fact["topic"] = text(l["title"])
            whys.append("title null: no topic (R2)" if l["title"] is None else "title = topic")
        else:
            whys.append('title "": no topic asserted (null and "" both show none)')
        fact["teacher"] = names.get(l["teacher"]) if l.get("teacher") else None
        whys.append("teachers [] = no teacher (R2, §3.4)" if not l.get("teacher") else "teacher named by R3")
        hours = l.get("hours")
        if isinstance(hours, str) and "-" in hours:
            fact["ends_at"] = hours.split("-")[1].strip()
            whys.append("ends at its bundle `hours` (§3.4)")
        elif "hours" in l:
            fact["ends_at"] = bells[l["number"]][1]
            whys.append(f"hours {hours!r}: ends at the bell of number {l['number']} (§3.14, R4)")
        if "room" in l:
            if l["room"] is None or text(l["room"]):
                fact["room"] = text(l["room"])
                whys.append("room = bundle place" if l["room"] else "place null: no room (R4)")
        g = group_of(lid)
        fact["group_label"] = group_names[g][0] if group_names.get(g, ("", False))[1] else None
        whys.append("a subgroup's lesson carries its name (§3.8)" if fact["group_label"] else
                    "a whole-class lesson (parentIds null: a class, §3.8) has no group label")
        return fact, "; ".join(whys)

    special = {lid for lid, l in lessons.items()
               if not text(l["title"]) or not l.get("teacher") or l["number"] == 0 or l.get("hours") == ""}
    for lid in sorted(lessons, key=lambda k: (lessons[k]["date"], lessons[k]["number"], k)):
        for p in pupils_of(group_of(lid)):
            if pupils.index(p) < KEEP_ALL_LESSONS or lid in special:
                fact, why = lesson_fact(lid, p)
                add("lesson", **fact, why=why)
    school_days = set(days)
    for d in ("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-07", "2026-11-14"):
        assert d not in school_days
        for p, s in zip(pupils[:2], ("Математика", "Русский язык")):
            if True:
                add("no_lesson", student={"person": p}, subject=s, date=d,
                    why="every answer about this day lists no lesson (an empty range or an empty schedules day, "
                        "§7, §0): nothing may appear there")

    # ---- marks ----
    marks_by = {}
    for mid, m in sorted(marks.items()):
        lid = sid(m, "lesson")
        if lid is None:
            continue
        l = lessons[lid]
        p = sid(m, "person")
        wt = work_types[str(m["workType"])]
        w = works.get(sid(m, "work"), {})
        shown = text(m.get("textValue")) or m["value"]
        fact = dict(student={"person": p}, subject=subjects[l["subject"]], date=l["date"], value=shown,
                    weight=wt["weight"], work_type=wt["title"])
        whys = [f"mark {mid}: value {m['value']!r}, textValue "
                + ("left out" if "textValue" not in m else repr(m["textValue"]))
                + " -> shown as " + repr(shown) + " (§3.1, R2)",
                f"weight {wt['weight']} and name from work type {m['workType']} (§3.3)"
                + (" - 0 is a weight, not a missing one (R2)" if wt["weight"] == 0 else "")]
        if wt["weight"] != 0:
            fact["counts"] = m.get("use_avg_calc", True) is not False
            whys.append("use_avg_calc " + ("left out: an ordinary mark counts (R5)" if "use_avg_calc" not in m
                                           else repr(m["use_avg_calc"])))
        if not text(w.get("text")):
            fact["comment"] = None
            whys.append("no comment: §3.1 has none and the work's text is " + repr(w.get("text")))
        add("mark", **fact, why="; ".join(whys))
        marks_by.setdefault((p, l["date"]), set()).add(l["subject"])
    # Ева's own empty marks range over week 2, and final marks never in the diary
    empty_ranges = [(records[i]["request"], records[i].get("pulled_at")) for i in order
                    if re.search(r"/persons/\d+/schools/\d+/marks/", records[i]["request"]) and records[i]["body"] == []]
    for req, at in empty_ranges:
        p, frm, to = re.search(r"/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req).groups()
        seen = set()
        for mid, m in sorted(marks.items()):
            l = lessons.get(sid(m, "lesson") or "")
            if l and frm <= l["date"] <= to and (l["date"], l["subject"]) not in seen and p in pupils_of(l["group"]):
                seen.add((l["date"], l["subject"]))
                add("no_mark", student={"person": p}, subject=subjects[l["subject"]], date=l["date"],
                    why=f"{req} pulled {at} is [] (R2): this pupil has no mark in those days; her classmates' marks "
                        f"stay (other facts)")
    for p, (period, items, at) in sorted(finals.items()):
        for s, fm in [x for x in items if x[1]][:1]:
            if fm:
                add("no_mark", student={"person": p}, subject=subjects[s], date=fm["date"][:10],
                    value=text(fm.get("textValue")) or fm["value"],
                    why="a final mark (lesson null, PeriodMark work type, §3.13) is never a diary mark")

    # ---- attendance ----
    code_meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, p), e in sorted(logs.items(), key=lambda kv: (lessons[kv[0][0]]["date"], lessons[kv[0][0]]["number"],
                                                            kv[0])):
        l = lessons[lid]
        fact = dict(student={"person": p}, subject=subjects[l["subject"]], date=l["date"], number=l["number"],
                    code=e["status"])
        if e["status"] in code_meaning:
            fact["meaning"] = code_meaning[e["status"]]
        add("attendance", **fact,
            why=f"log entry ({lid}, {p}) status {e['status']} (§3.5, §6), comment "
                + ("left out" if "comment" not in e else repr(e["comment"])) + ": a missing comment changes nothing")
    for (lid, p), why in sorted(removed_logs.items()):
        l = lessons[lid]
        add("attendance", student={"person": p}, subject=subjects[l["subject"]], date=l["date"], number=l["number"],
            meaning="present", why=why + " (R6: an empty list is a statement)")

    # ---- homework ----
    shown_hw = {}
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework":
            continue
        lid = sid(w, "lesson")
        l = lessons[lid]
        g = sid(w, "eduGroup")
        names_ = [files[str(f)] for f in (w.get("files") or []) if str(f) in files]
        for p in pupils_of(g):
            fact = dict(student={"person": p}, subject=subjects[str(w["subjectId"])], text=w.get("text"),
                        date=l["date"], due=w["targetDate"][:10])
            if names_:
                fact["attachments"] = names_
            desc = []
            for k in ("text", "files", "tasks", "sentDate", "createdBy"):
                desc.append(f"{k} " + ("left out" if k not in w else repr(w[k]) if not isinstance(w[k], list)
                                       else ("[]" if not w[k] else f"[{len(w[k])}]")))
            add("homework", **fact,
                why=f"Work {wid} type Homework (§3.2) set at lesson {lid} of {l['date']}, due targetDate, for "
                    f"eduGroup {g} (§3.8); {', '.join(desc)}: nothing valid is dropped for an empty or missing "
                    f"field (R2, R7)" + ("; files resolved by the bundle's files (§3.7)" if names_ else ""))
            shown_hw.setdefault(p, set()).add(wid)
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework" or not text(w.get("text")):
            continue
        for p in pupils:
            if wid not in shown_hw.get(p, set()):
                add("no_homework", student={"person": p}, subject=subjects[str(w["subjectId"])], text=w["text"],
                    why=f"Work {wid} is for eduGroup {sid(w, 'eduGroup')} (§3.2, §3.8), not this pupil's subgroup")

    # ---- final marks and averages ----
    for p, (period, items, at) in sorted(finals.items()):
        for s, fm in items:
            if fm:
                add("final_mark", student={"person": p}, subject=subjects[s], period=periods[period][0],
                    value=text(fm.get("textValue")) or fm["value"],
                    why=f"edu-groups/{{g}}/final-marks pulled {at} (§3.13), textValue "
                        + ("left out" if "textValue" not in fm else repr(fm["textValue"])) + " -> the value")
    for p, s, v, frm, to in averages:
        if v is None:
            continue
        period = next((name for name, a, b in periods.values() if (a, b) == (frm[:10], to[:10])), None)
        add("vendor_average", student={"person": p}, subject=subjects[s], value=v, **({"period": period} if period
                                                                                      else {}),
            why=f"avg-marks/{frm}/{to} (§3.13) over the period's own bounds; the answer's null average of another "
                f"subject does not make this one lost")

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return facts


if __name__ == "__main__":
    fs = main()
    print(len(fs), dict(Counter(f["kind"] for f in fs)))
