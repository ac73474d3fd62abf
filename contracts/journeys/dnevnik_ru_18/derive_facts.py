"""Derive what each pupil's diary must show for attendance, from journey.json alone (standard library only).

Rules (shared/reference/dnevnik_ru.md):
R1 A log entry has no id of its own: it is identified by (lesson, person) (§3.5). Its status is one of
   Attend, Absent, Ill, Late, Pass (§3.5, §6, §8.3); it shows on its lesson, wherever that lesson is now dated.
R2 A lesson's date, number and subject are those of the latest pull that states the lesson (§3.4, §2; the
   schedules bundle's flattened lesson likewise, §3.4 last paragraph). Log entries carry no date: an entry taken
   before its lesson was re-dated shows on the lesson's new day (§3.5: keyed by lesson).
R3 The latest pull wins (the envelope's pulled_at; the hub README's ingest contract): an answer pulled earlier and
   delivered later neither reverts a status nor brings back a removed entry.
R4 A list answer is every entry its request selects (§3.5 endpoints; §7 "group-wide range queries" are the bulk
   paths; only persons/{p}/tasks pages, §11), so an entry such an answer lacks, which the answer would select, was
   removed (DELETE exists on lessons/{l}/log-entries, §3.5) and the pupil is shown present for that lesson:
   - lessons/{l}/log-entries: every pupil of lesson l (the lesson's whole log);
   - lesson-log-entries?lessons=a&lessons=b: every pupil of those lessons;
   - lesson-log-entries/group/{g}?subject=s&from&to: the group's lessons of subject s dated (as of that pull)
     from..to, both days included (§2: date-only bounds);
   - persons/{p}/lesson-log-entries?startDate&endDate: pupil p's lessons dated (as of that pull) in the range;
   - persons/{p}/groups/{g}/schedules: pupil p's entries of the lessons of each day the bundle lists (§0 bundle).
   A lesson re-dated out of a range before that range was pulled is not selected by it, so its entries are kept.
   lesson-log-entries/lesson/{l}/person/{p} (one object) states that one entry.
R5 Facts: an entry shown -> `attendance` with the journal's code (status) and, except for Pass (meaning disputed,
   §6, §11), the canonical meaning (Attend present, Absent absent, Ill ill, Late late); a removed entry ->
   `attendance` with meaning present and no code. Plus the re-dated lesson where it is now (`lesson`) and not at
   its old slot (`no_lesson`).
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}

lessons = {}      # lesson -> list of (pulled_at, subject, date, number, topic, start)
subjects = {}     # subject id -> name
pupils = []
guardian = None
entries = {}      # (lesson, person) -> dict(status, comment, as_of, removed, why)
history = {}      # (lesson, person) -> list of steps


def lesson_at(l, t):
    seen = [h for h in lessons.get(l, []) if h[0] <= t]
    return max(seen, key=lambda h: h[0]) if seen else None


def day_of(l, t):
    h = lesson_at(l, t)
    return h and h[2]


def state(e, t, why):
    key = (str(e.get("lesson_str") or e["lesson"]), str(e.get("person_str") or e["person"]))
    cur = entries.get(key)
    if cur and cur["as_of"] > t:
        return key
    entries[key] = {"status": e["status"], "comment": e.get("comment"), "as_of": t, "removed": False, "why": why}
    history.setdefault(key, []).append(f"{e['status']} ({why}, pulled {t})")
    return key


def complete(keys_selected, stated, t, why):
    for key in list(entries):
        if key in keys_selected and key not in stated and entries[key]["as_of"] < t and not entries[key]["removed"]:
            entries[key] = {"status": None, "as_of": t, "removed": True, "why": why}
            history.setdefault(key, []).append(f"removed ({why}, pulled {t})")


def add_lesson(b, t):
    subj = b["subject"]["id"] if isinstance(b.get("subject"), dict) else b["subjectId"]
    if isinstance(b.get("subject"), dict):
        subjects[str(subj)] = b["subject"]["name"]
    lessons.setdefault(str(b["id"]), []).append((t, str(subj), b["date"][:10], b["number"], b["title"], b["date"][11:16]))


for step in journey["steps"]:
    for batch in step["batches"]:
        for r in batch:
            req, body, t = r["request"], r["body"], r.get("pulled_at", "")
            path = req.split(" ", 1)[1].split("?")[0]
            query = req.split("?", 1)[1] if "?" in req else ""
            q = {}
            for part in query.split("&"):
                if "=" in part:
                    k, v = part.split("=", 1)
                    q.setdefault(k, []).append(v)
            if re.search(r"/lessons/\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$", path):
                for b in body:
                    add_lesson(b, t)
            elif re.search(r"/v2/lessons/\d+$", path):
                add_lesson(body, t)
            elif path.endswith("/persons") and "edu-groups" in path:
                pupils = [str(p["id_str"]) for p in body]
                names = {str(p["id_str"]): p for p in body}
            elif path.endswith("/context"):
                guardian = body["personId_str"]
            elif m := re.search(r"/lessons/(\d+)/log-entries$", path):
                stated = {state(e, t, f"lessons/{m[1]}/log-entries, §3.5") for e in body}
                complete({(m[1], p) for p in pupils}, stated, t, "the lesson's whole log lacks it, §3.5 R4")
            elif m := re.search(r"/lesson-log-entries/lesson/(\d+)/person/(\d+)$", path):
                state(body, t, "lesson-log-entries/lesson/{l}/person/{p}, §3.5")
            elif path.endswith("/lesson-log-entries") and "lessons" in q:
                stated = {state(e, t, "lesson-log-entries?lessons=, §3.5") for e in body}
                complete({(l, p) for l in q["lessons"] for p in pupils}, stated, t, "?lessons= answer lacks it, §3.5 R4")
            elif m := re.search(r"/lesson-log-entries/group/(\d+)$", path):
                s, a, z = q["subject"][0], q["from"][0], q["to"][0]
                stated = {state(e, t, "group log-entry range, §3.5, §8.3") for e in body}
                sel = {(l, p) for l in lessons if lesson_at(l, t) and lesson_at(l, t)[1] == s
                       and a <= day_of(l, t) <= z for p in pupils}
                complete(sel, stated, t, f"the group's {a}..{z} range pulled {t} lacks it, §3.5, §7 R4")
            elif m := re.search(r"/persons/(\d+)/lesson-log-entries$", path):
                p, a, z = m[1], q["startDate"][0], q["endDate"][0]
                stated = {state(e, t, "persons/{p}/lesson-log-entries, §3.5") for e in body}
                sel = {(l, p) for l in lessons if lesson_at(l, t) and a <= day_of(l, t) <= z}
                complete(sel, stated, t, f"the pupil's own {a}..{z} range lacks it, §3.5 R4")
            elif m := re.search(r"/persons/(\d+)/groups/(\d+)/schedules$", path):
                p = m[1]
                for d in body["days"]:
                    for fl in d["lessons"]:
                        add_lesson(fl, t)
                stated = set()
                for d in body["days"]:
                    stated |= {state(e, t, "schedules bundle lessonLogEntries, §0, §3.5") for e in d["lessonLogEntries"]}
                days = {d["date"][:10] for d in body["days"]}
                sel = {(l, p) for l in lessons if lesson_at(l, t) and day_of(l, t) in days}
                complete(sel, stated, t, "the pupil's schedules day lacks it, §0, §3.5 R4")

facts = []
final = {l: max(h, key=lambda x: x[0]) for l, h in lessons.items()}
n = 0
for (l, p), e in sorted(entries.items(), key=lambda kv: (final[kv[0][0]][2], final[kv[0][0]][3], kv[0][1])):
    _, s, date, number, topic, start = final[l]
    n += 1
    f = {"id": f"attendance-{n:02d}", "kind": "attendance", "student": {"person": p}, "subject": subjects[s],
         "date": date, "number": number}
    trail = "; ".join(history[(l, p)])
    if e["removed"]:
        f["meaning"] = "present"
        f["why"] = f"entry ({l}, {p}): {trail}. Removed: shown present (R4, §3.5)"
    else:
        f["code"] = e["status"]
        if e["status"] in MEANING:
            f["meaning"] = MEANING[e["status"]]
        f["why"] = (f"entry ({l}, {p}): {trail}. Latest pull wins (R3); status {e['status']} (§6)"
                    + ("; Pass: code only, meaning disputed (§6, §11)" if e["status"] == "Pass" else ""))
    if lessons[l][0][2] != date:
        f["why"] += f"; lesson re-dated from {lessons[l][0][2]} to {date} (R2, §3.4)"
    facts.append(f)

n = 0
for l, h in sorted(lessons.items()):
    first, last = min(h, key=lambda x: x[0]), final[l]
    if first[2] != last[2] or first[3] != last[3]:
        for p in pupils:
            n += 1
            facts.append({"id": f"lesson-{n:02d}", "kind": "lesson", "student": {"person": p}, "subject": subjects[last[1]],
                          "date": last[2], "number": last[3], "topic": last[4], "starts_at": last[5],
                          "why": f"lesson {l} re-dated by the pull of {last[0]} (§3.4, §2; latest pull wins)"})
            facts.append({"id": f"no-lesson-{n:02d}", "kind": "no_lesson", "student": {"person": p},
                          "subject": subjects[first[1]], "date": first[2], "number": first[3],
                          "why": f"lesson {l} left {first[2]} #{first[3]} (§3.4); nothing of that subject is there"})

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
