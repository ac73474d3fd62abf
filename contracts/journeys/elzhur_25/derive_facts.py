"""Derive what each parent must (and must not) see from journey.json, by the Eljur reference
(shared/reference/elzhur_mesh.md, Part A) and the hub README's documented envelope. Standard library only;
deterministic; does not import the hub. Run: python derive_facts.py (writes facts.json beside it)."""
import json
from pathlib import Path
from urllib.parse import parse_qsl

HERE = Path(__file__).resolve().parent
REF = "elzhur_mesh.md"
ABSENCE = {"н": "absent", "оп": "late"}  # A.6 vocabulary: н = absent, оп = late (опоздал)


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def listing(value):
    """A.1 / A.3: `students` and `items` come as an object keyed by id or as an array."""
    if isinstance(value, dict):
        return list(value.values())
    return list(value or [])


def parse(request):
    method, _, query = request.partition("?")
    return method.rsplit("/", 1)[-1], dict(parse_qsl(query))


def span(days):
    a, b = days.split("-")
    return iso(a), iso(b)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for s_no, step in enumerate(journey["steps"], 1):
        for batch in step["batches"]:
            for rec in batch:
                method, q = parse(rec["request"])
                records.append((s_no, rec["request"], method, q, rec["body"]["response"]["result"],
                                rec.get("pulled_at", "")))
    facts = []
    counters = {}

    def add(kind, why, **kw):
        counters[kind] = counters.get(kind, 0) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{counters[kind]:02d}", "kind": kind, **kw, "why": why})

    # --- getrules: children per parent (latest list wins; A.3 getrules relations), class sightings, class teachers
    parents, sightings, teachers, siblings = {}, {}, {}, {}
    for s_no, req, method, q, res, pulled in records:
        if method != "getrules" or "parent" not in res.get("roles", []):
            continue
        kids = listing(res["relations"].get("students"))
        if kids and pulled >= parents.get(res["id"], (0, [], ""))[2]:
            # README: an answer listing no child unlinks nothing; the latest pull wins (envelope `pulled_at`),
            # so an older list delivered late changes nothing
            parents[res["id"]] = (s_no, [k["name"] for k in kids], pulled)
        for k in kids:
            sightings.setdefault(k["name"], []).append((pulled[:10], k["class"], s_no))
            siblings.setdefault(res["id"], set()).add(k["name"])
        for name, g in (res["relations"].get("groups") or {}).items():
            if g.get("rel") == "homeclass":
                teachers[name] = (s_no, g["hometeacher_name"])
    for pid, (s_no, kids, _) in sorted(parents.items()):
        add("children", f"step {s_no:02d} `getrules` of parent {pid}: relations.students of the parent's latest getrules "
            f"(A.3 getrules, rel child); a child an earlier list held and this one lacks is no longer theirs (hub README: "
            f"guardian.unlinked; an older getrules delivered later, by its `pulled_at`, does not bring the child back); ids of parents and pupils are close together (25101-25105) and must not be confused",
            guardian={"parent": pid}, children=[{"student": k} for k in sorted(kids)])
    for cls, (s_no, t) in sorted(teachers.items()):
        add("class_teacher", f"step {s_no:02d} `getrules`: relations.groups['{cls}'] rel homeclass, hometeacher_name (A.3 getrules)",
            teacher=t, **{"class": {"class": cls}})

    def class_on(student, date):
        """The class the pupil is certainly in on date: the last sighting on or before it and the first on or after
        it agree (between two sightings in different classes the move date is not stated by the reference)."""
        seen = sorted(sightings.get(student, []))
        before = [c for d, c, _ in seen if d <= date]
        after = [c for d, c, _ in seen if d >= date]
        if before and (not after or after[0] == before[-1]):
            return before[-1]
        return None

    # --- getperiods (A.3 Period; dated periods only)
    periods = {}
    for s_no, req, method, q, res, pulled in records:
        if method == "getperiods":
            for st in listing(res["students"]):
                for p in st["periods"]:
                    if p.get("start") and p.get("end"):
                        periods[p["name"]] = (s_no, req, iso(p["start"]), iso(p["end"]))
    for name, (s_no, req, a, b) in sorted(periods.items()):
        add("period", f"step {s_no:02d} `{req}`: period '{name}' start/end YYYYMMDD (A.3 Period, A.4)",
            name=name, starts_on=a, ends_on=b)

    # --- diaries: each day of a getdiary range is whole (A.3 Day); the latest answer for that pupil and day wins
    days = {}        # (student, date) -> (step, req, day)
    covers = []      # (order, student, date_from, date_to, held mark ids, method)
    seen_marks = {}  # mark id -> (date, subject, value, step, req)
    for order, (s_no, req, method, q, res, pulled) in enumerate(records):
        if method == "getdiary":
            for st in listing(res["students"]):
                sid = st["name"]
                a, b = span(q["days"])
                held = set()
                for key, day in (st.get("days") or {}).items():
                    days[(sid, iso(key))] = (s_no, req, day)
                    for it in listing(day.get("items")):
                        for m in it.get("assessments") or []:
                            mid = (sid, m["lesson_id"], m["nm"])
                            held.add(mid)
                            seen_marks[mid] = (m["date"], it["name"], m["value"], s_no, req)
                covers.append((order, sid, a, b, held))
        if method == "getmarks":
            for st in listing(res["students"]):
                sid = st["name"]
                a, b = span(q["days"])
                held = set()
                for subj in st["lessons"]:
                    for m in subj["marks"]:
                        mid = (sid, m["lesson_id"], m["nm"])
                        held.add(mid)
                        seen_marks[mid] = (m["date"], subj["name"], m["value"], s_no, req)
                covers.append((order, sid, a, b, held))

    def alive(mid):
        date = seen_marks[mid][0]
        last = [held for _, sid, a, b, held in sorted(covers) if sid == mid[0] and a <= date <= b]
        return bool(last) and mid in last[-1]

    own = {}  # (student, date) -> [(num, subject, grp)]
    hw_of = {}  # student -> {(subject, text)}
    for (sid, date), (s_no, req, day) in sorted(days.items()):
        own[(sid, date)] = []
        src = f"step {s_no:02d} `{req}`"
        if day.get("alert") == "vacation":
            continue
        for it in sorted(listing(day.get("items")), key=lambda i: int(i["num"])):
            num = int(it["num"])
            own[(sid, date)].append((num, it["name"], it.get("grp")))
            lesson = {"student": {"student": sid}, "date": date, "number": num, "subject": it["name"],
                      "teacher": it["teacher"], "room": it["room"], "topic": it["topic"]}
            if it.get("starttime"):
                lesson["starts_at"], lesson["ends_at"] = it["starttime"][:5], it["endtime"][:5]
            add("lesson", f"{src}: item num '{it['num']}' lesson_id {it['lesson_id']} of {date} in the pupil's own diary "
                f"(A.3 Lesson item; rings times)" + (f"; his/her subgroup '{it['grp']}' (A.3 grp)" if it.get("grp") else ""),
                **lesson)
            for hid, hw in sorted((it.get("homework") or {}).items()):
                hw_of.setdefault(sid, set()).add((it["name"], hw["value"]))
                add("homework", f"{src}: homework id {hid} on the lesson of {date} (A.3 homework keyed by id)",
                    student={"student": sid}, subject=it["name"], text=hw["value"], date=date)

    # --- marks and absences (alive ones), from getdiary and getmarks alike: one mark id <pupil>.<lesson_id>.<nm>
    for mid in sorted(seen_marks, key=lambda m: (m[0], seen_marks[m][0], m[1], m[2])):
        date, subject, value, s_no, req = seen_marks[mid]
        src = f"step {s_no:02d} `{req}` (latest answer holding it)"
        if not alive(mid):
            add("no_mark", f"{src} held mark '{value}' at lesson_id/nm {mid[1]}/{mid[2]}; the later answers covering "
                f"{date} (getdiary day re-pulled, getmarks with the same days) no longer hold it: deleted by omission "
                f"(hub README deletion by omission; A.3 Day whole, SubjectMarks days range)",
                student={"student": mid[0]}, date=date, subject=subject, value=value)
            continue
        if value in ABSENCE:
            add("attendance", f"{src}: pseudo-mark '{value}' (count false, convert 0) at lesson_id {mid[1]} (A.3 Absent, A.6)",
                student={"student": mid[0]}, date=date, subject=subject, code=value, meaning=ABSENCE[value])
            continue
        rec = None
        for r in records:
            if r[2] in ("getdiary", "getmarks"):
                for st in listing(r[4]["students"]):
                    if st["name"] != mid[0]:
                        continue
                    pool = ([m for d in (st.get("days") or {}).values() for it in listing(d.get("items"))
                             for m in it.get("assessments") or []] if r[2] == "getdiary"
                            else [m for s in st["lessons"] for m in s["marks"]])
                    rec = next((m for m in pool if (m["lesson_id"], m["nm"]) == mid[1:]), rec)
        fact = {"student": {"student": mid[0]}, "date": date, "subject": subject, "value": value,
                "counts": bool(rec["count"]), "weight": rec["weight"]}
        if rec.get("comment"):
            fact["comment"] = rec["comment"]
        add("mark", f"{src}: mark at lesson_id/nm {mid[1]}/{mid[2]}, weight {rec['weight']}, count {rec['count']} "
            f"(A.3 Assessment / SubjectMarks)", **fact)

    # --- a class's schedule shows lessons a pupil must not see: another class (before/after a move) or subgroup
    for s_no, req, method, q, res, pulled in records:
        if method != "getschedule" or "class" not in q:
            continue
        cls = q["class"]
        for key, day in (res.get("days") or {}).items():
            date = iso(key)
            for it in listing(day.get("items")):
                num = int(it["num"])
                for sid in sorted(sightings):
                    mine = own.get((sid, date))
                    if mine is None or any(n == num and s == it["name"] for n, s, _ in mine):
                        continue
                    now = class_on(sid, date)
                    if now is not None and now != cls:
                        seen = [c for _, c, _ in sorted(sightings[sid])]
                        if cls not in seen:
                            continue  # a class the pupil never was in needs no fact here
                        add("no_lesson", f"step {s_no:02d} `{req}`: lesson_id {it['lesson_id']} is {cls}'s; on {date} "
                            f"pupil {sid} is in {now} (getrules `class` before and after that day, A.3 getrules; A.4 "
                            f"one class per pupil): the other class's lesson is not in his diary",
                            student={"student": sid}, date=date, subject=it["name"], number=num)
                    elif now == cls and it.get("grp"):
                        theirs = {g for d2, l in own.items() if d2[0] == sid for n, s, g in l if s == it["name"]}
                        if theirs and it["grp"] not in theirs:
                            add("no_lesson", f"step {s_no:02d} `{req}`: lesson_id {it['lesson_id']} is {it['name']} "
                                f"'{it['grp']}'; pupil {sid}'s own diary shows her in {sorted(theirs)} (A.3 grp): the "
                                f"other subgroup's lesson is not hers", student={"student": sid}, date=date,
                                subject=it["name"], number=num)

    # --- what one child's parent must not see of a sibling: the sibling's marks and homework
    fam = sorted({s for kids in siblings.values() for s in kids})
    for a in fam:
        for b in fam:
            if a == b:
                continue
            for mid, (date, subject, value, s_no, req) in sorted(seen_marks.items()):
                if mid[0] != a or not alive(mid) or value in ABSENCE:
                    continue
                b_subjects = {s for _, s, _ in own.get((b, date), [])}
                b_values = {seen_marks[m][2] for m in seen_marks if m[0] == b and alive(m)
                            and seen_marks[m][:2] == (date, subject)}
                if subject in b_subjects and value not in b_values:
                    add("no_mark", f"step {s_no:02d} `{req}`: mark '{value}' is sibling {a}'s (students keyed by id, "
                        f"A.1 per-student wrapper; mark id <pupil>.<lesson_id>.<nm>); {b} has {subject} that day "
                        f"without it", student={"student": b}, date=date, subject=subject, value=value)
            for subject, text in sorted(hw_of.get(a, ())):
                if (subject, text) not in hw_of.get(b, set()) and any(s == subject for s, _ in hw_of.get(b, set())
                                                                     ) or subject in {s for (sid, _), l in own.items()
                                                                                      if sid == b for _, s, _ in l}:
                    if (subject, text) in hw_of.get(b, set()):
                        continue
                    add("no_homework", f"homework '{text}' is sibling {a}'s own diary's (A.3 homework, per-student "
                        f"wrapper A.1); not in {b}'s answers", student={"student": b}, subject=subject, text=text)

    # --- final marks (latest answer per pupil) and the journal's own averages (latest getmarks per pupil)
    finals, avgs = {}, {}
    for s_no, req, method, q, res, pulled in records:
        for st in listing(res.get("students")) if method in ("getfinalassessments", "getmarks") else []:
            if method == "getfinalassessments":
                finals[st["name"]] = (s_no, req, st["items"])
            else:
                avgs[st["name"]] = (s_no, req, q["days"], st["lessons"])
    for sid, (s_no, req, items) in sorted(finals.items()):
        for item in items:
            for a in item["assessments"]:
                add("final_mark", f"step {s_no:02d} `{req}`: items[].assessments[] period '{a['period']}' (A.3 Final assessment)",
                    student={"student": sid}, subject=item["name"], period=a["period"], value=a["value"])
    for sid, (s_no, req, rng, lessons) in sorted(avgs.items()):
        a, b = span(rng)
        period = next((n for n, (_, _, s, e) in periods.items() if s <= a and b <= e), None)
        for subj in lessons:
            if subj.get("average") not in ("", None):
                fact = {"student": {"student": sid}, "subject": subj["name"], "value": subj["average"]}
                if period:
                    fact["period"] = period
                add("vendor_average", f"step {s_no:02d} `{req}`: lessons[].average as sent by the latest getmarks; "
                    f"days {rng} = period '{period}' (A.3 SubjectMarks, Period)", **fact)

    out = {"facts": facts}
    (HERE / "facts.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(facts), "facts", {k: v for k, v in sorted(counters.items())})


if __name__ == "__main__":
    main()
