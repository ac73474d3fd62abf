"""Derives facts.json from journey.json for corpus elzhur_22 (attendance in depth). Standard library only; never
imports the hub. Deterministic.

Rules (sections of /work/shared/reference/elzhur_mesh.md):
 R1. An assessment whose `value` is an attendance code is attendance, not a mark: `н`/`Н` absent, `оп`/`ОП` late
     (A.3 "Absence pseudo-mark" [C], A.6), `б` ill, `у`/`уп` excused (A.6, meanings as the table gives them; the
     codes themselves are [U] school-configurable text, so the code is stated as sent). Every other non-empty value
     is a mark (A.6); `""` is skipped (A.3, A.6).
 R2. An assessment is identified by (pupil, `lesson_id`, `nm`) (A.3: `nm` is the mark's place within the lesson,
     A.4 ids), whichever method states it: getdiary per lesson (A.3 Lesson item `assessments`) or getmarks by
     subject and date (A.3 SubjectMarks `marks[]`, with `date` and `lesson_id`). The same absence stated by both
     methods is one absence.
 R3. Answers apply in `pulled_at` order (the hub README's envelope: the latest pull wins). A later statement of the
     same identity replaces the earlier one (a correction `н` -> `уп`, a re-dated lesson).
 R4. Removal by omission: a pupil's getdiary holds each day of its `days` whole (A.1 `days`, A.3 Day), so an
     assessment the pupil held dated on a day the answer lists, and which the answer lacks, was taken back; a
     pupil's getmarks selects marks by their own `date` in `days` (A.1, A.3 SubjectMarks), so one dated within the
     range and missing from it was taken back. The bare deletion notice (hub README, "The vendor adapters":
     kind `attendance`, `student`, `lesson_id`, `nm`) takes one back too.
 R5. A pupil's lessons of a day are those of his latest getdiary listing that day (A.3 Day `items`, whole); a lesson
     keeps its identity `lesson_id` when it moves to another day or number (A.3, A.4). A lesson item named
     `Cancel` is a cancelled lesson [S] (A.3 Lesson item `name`); it is the lesson an earlier answer named by its
     `lesson_id` (its subject as that answer stated it; the hub README, "The vendor adapters": a `Cancel` lesson
     keeps the subject an answer stated for it).
 R6. Subgroups: a pupil sees only the lessons of his own `grp` (A.3 `grp`/`grp_short` [S]), as his own diary lists
     them; another subgroup's absence is not his.
 R7. At the end a parent sees, on each lesson of his child's diary, the attendance the latest statement gives
     (R1-R4), else none (present). A cancelled lesson carries no attendance. An attendance code is never shown as
     a mark (R1).
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
MEANING = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}
CONF = {"н": "[C]", "оп": "[C]", "б": "[U]", "у": "[U]", "уп": "[U]"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def items_of(day):
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


records = []
for si, step in enumerate(journey["steps"], 1):
    for batch in step["batches"]:
        for r in batch:
            records.append((r.get("pulled_at", ""), si, r))
records.sort(key=lambda x: x[0])

facts = []
parents = {}
state = {}  # (pupil, lesson_id, nm) -> dict(value, date, subject, src) or dict(removed=src, date, subject, value)
days_of = {}  # (pupil, iso date) -> (items, src)
subject_of_lesson = {}  # lesson_id -> subject (latest non-Cancel statement)
seen_lessons = {}  # pupil -> set of (date, subject, num) any answer showed
first_day = {}  # (pupil, lesson_id) -> the date the first answer (by pull) listed it on


def src_of(si, r):
    return f"step {si:02d} `{r.get('request', 'deletion notice')}` (pulled {r.get('pulled_at')})"


def apply(pupil, held_dates, stated, src, date_in):
    """stated: {key: info}; date_in(date) says whether the answer covers that date whole (R4)."""
    for key, info in list(state.items()):
        if key[0] == pupil and key not in stated and "removed" not in info and date_in(info["date"]):
            state[key] = dict(info, removed=src)
    for key, info in stated.items():
        state[key] = dict(info, src=src)


for pulled, si, r in records:
    src = src_of(si, r)
    if r.get("method") == "deletion":
        d = r["deleted"]
        key = (d["student"], d["lesson_id"], d["nm"])
        if key in state:
            state[key] = dict(state[key], removed=src + " (deletion notice)")
        continue
    method, _, q = r["request"].partition("?")
    method = method.rsplit("/", 1)[-1]
    params = {k: v[0] for k, v in parse_qs(q).items()}
    result = r["body"]["response"]["result"]
    if method == "getrules":
        parent = result["name"]
        parents[parent] = sorted(result["relations"]["students"])
        continue
    if method == "getdiary":
        for pupil, st in result["students"].items():
            stated, listed = {}, set()
            for dkey, day in st["days"].items():
                date = iso(dkey)
                listed.add(date)
                items = items_of(day)
                days_of[(pupil, date)] = (items, src)
                for it in items:
                    first_day.setdefault((pupil, it["lesson_id"]), date)
                    if it["name"] != "Cancel":
                        subject_of_lesson[it["lesson_id"]] = it["name"]
                        seen_lessons.setdefault(pupil, set()).add((date, it["name"], int(it["num"])))
                    for a in it.get("assessments", []):
                        if a["value"] == "":
                            continue
                        stated[(pupil, a["lesson_id"], a["nm"])] = {"value": a["value"], "date": a["date"],
                                                                    "subject": it["name"], "weight": a.get("weight_float", a.get("weight")),
                                                                    "work_type": a.get("control_type")}
            apply(pupil, listed, stated, src, lambda d, listed=listed: d in listed)
    elif method == "getmarks":
        lo, hi = (iso(x) for x in params["days"].split("-"))
        for pupil, st in result["students"].items():
            stated = {}
            for subj in st["lessons"]:
                for a in subj["marks"]:
                    if a["value"] == "":
                        continue
                    stated[(pupil, a["lesson_id"], a["nm"])] = {"value": a["value"], "date": a["date"],
                                                                "subject": subj["name"], "weight": a.get("weight_float", a.get("weight")),
                                                                "work_type": (a.get("mtype") or {}).get("type")}
            apply(pupil, None, stated, src, lambda d, lo=lo, hi=hi: lo <= d <= hi)

# --- facts ---------------------------------------------------------------------------------------------------------
for parent, children in sorted(parents.items()):
    facts.append({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
                  "children": [{"student": c} for c in children],
                  "why": "step 01 getrules: relations.students with rel child (A.3 getrules)"})

live = {k: v for k, v in state.items() if "removed" not in v}
TRAP_DAYS = {"2026-02-02", "2026-02-09"}
for (pupil, date), (items, dsrc) in sorted(days_of.items()):
    for it in sorted(items, key=lambda i: (int(i["num"]), i["lesson_id"])):
        num = int(it["num"])
        cancelled = it["name"] == "Cancel"
        subject = subject_of_lesson.get(it["lesson_id"], it["name"]) if cancelled else it["name"]
        base = {"student": {"student": pupil}, "date": date, "subject": subject, "number": num}
        here = sorted((k, v) for k, v in live.items() if k[0] == pupil and k[1] == it["lesson_id"]
                      and v["value"].casefold() in MEANING)
        gone = sorted((k, v) for k, v in state.items() if k[0] == pupil and k[1] == it["lesson_id"]
                      and "removed" in v and v["value"].casefold() in MEANING)
        fid = f"attendance-{pupil}-{date}-{num}"
        if here and not cancelled:
            (k, v), = here
            code = v["value"]
            facts.append({"id": fid, "kind": "attendance", **base, "code": code, "meaning": MEANING[code.casefold()],
                          "why": f"latest statement: {v['src']}: pseudo-mark '{code}' at lesson_id/nm {k[1]}/{k[2]} "
                                 f"({CONF[code.casefold()]} A.3 Absence pseudo-mark, A.6: '{code}' = "
                                 f"{MEANING[code.casefold()]}; R1-R3, R7)"})
        else:
            why = f"{dsrc} shows the lesson; no live attendance for pupil {pupil} on lesson_id {it['lesson_id']} (R7)"
            if gone:
                why += "; taken back: " + "; ".join(f"'{v['value']}' removed by {v['removed']} (R4)" for _, v in gone)
            if cancelled:
                why += "; the item is named 'Cancel': a cancelled lesson carries no attendance (A.3 Lesson item name [S], R5)"
            facts.append({"id": fid, "kind": "attendance", **base, "meaning": "present", "code": None, "why": why})
        if cancelled:
            facts.append({"id": f"lesson-{pupil}-{date}-{num}", "kind": "lesson", **base, "cancelled": True,
                          "why": f"{dsrc}: item num {num} named 'Cancel', lesson_id {it['lesson_id']} stated as "
                                 f"{subject} before (A.3 Lesson item name [S]; R5)"})
        elif it.get("grp") and date in TRAP_DAYS:
            facts.append({"id": f"lesson-{pupil}-{date}-{num}", "kind": "lesson", **base, "group_label": it["grp"],
                          "teacher": it["teacher"], "room": it["room"],
                          "why": f"{dsrc}: the pupil's own diary lists subgroup '{it['grp']}' at #{num}; the other "
                                 f"subgroup's lesson (and its absences) is not his (A.3 grp [S]; R6)"})
for pupil, seen in sorted(seen_lessons.items()):
    for date, subject, num in sorted(seen):
        items = days_of.get((pupil, date), ([], ""))[0]
        if not any(i["name"] == subject and int(i["num"]) == num for i in items):
            facts.append({"id": f"no-lesson-{pupil}-{date}-{num}", "kind": "no_lesson", "student": {"student": pupil},
                          "date": date, "subject": subject, "number": num,
                          "why": f"an earlier answer showed {subject} #{num} on {date}; {days_of[(pupil, date)][1]} "
                                 f"(the latest answer of that day) does not: the lesson moved (same lesson_id on "
                                 f"another day) or was cancelled (A.3 Day items whole, lesson_id; R4, R5)"})
    # a moved lesson at its new place: a lesson_id some answer listed on another day (R5)
    for (p, date), (items, dsrc) in sorted(days_of.items()):
        if p != pupil:
            continue
        for it in items:
            if it["name"] != "Cancel" and date != first_day[(pupil, it["lesson_id"])]:
                facts.append({"id": f"lesson-{pupil}-{date}-{it['num']}", "kind": "lesson", "student": {"student": pupil},
                              "date": date, "number": int(it["num"]), "subject": it["name"], "teacher": it["teacher"],
                              "cancelled": False, "starts_at": it["starttime"][:5],
                              "why": f"{dsrc}: lesson_id {it['lesson_id']} listed on {date} #{it['num']} (moved there "
                                     f"from the day an earlier answer listed it: same lesson_id, A.3/A.4; R5)"})

# marks, and attendance never shown as marks
for (pupil, lesson_id, nm), v in sorted(state.items()):
    code = v["value"].casefold()
    if code in MEANING:
        if "removed" not in v:
            facts.append({"id": f"no-mark-{pupil}-{lesson_id}-{nm}", "kind": "no_mark", "student": {"student": pupil},
                          "date": v["date"], "subject": v["subject"], "value": v["value"],
                          "why": f"'{v['value']}' ({v['src']}) is attendance, count false, convert 0, not a mark "
                                 f"(A.3 Absence pseudo-mark, A.6; R1)"})
    elif "removed" not in v:
        fact = {"id": f"mark-{pupil}-{lesson_id}-{nm}", "kind": "mark", "student": {"student": pupil},
                "date": v["date"], "subject": v["subject"], "value": v["value"],
                "why": f"{v['src']}: mark '{v['value']}' at lesson_id/nm {lesson_id}/{nm}, a real mark beside the "
                       f"lesson's attendance (A.3 Assessment, A.6; R1, R2)"}
        if v.get("work_type"):
            fact["work_type"] = v["work_type"]
        facts.append(fact)

ids = [f["id"] for f in facts]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
