"""Derive facts.json from journey.json for Eljur corpus 16 (marks whose day is not their lesson's day).

Standard library only; never imports the hub. Rules, each from shared/reference/elzhur_mesh.md Part A:

1. Every record carries `pulled_at`; what the journal says is the latest pull's (a retry of an old pull delivered
   late neither reverts nor restores anything). Records are applied in `pulled_at` order.
2. getdiary (A.2, A.3 Day / Lesson item / Assessment): `days[YYYYMMDD]` is that day of the pupil's diary; each lesson
   item carries its own marks in `assessments`, so a mark shows on the day of the lesson it is nested under, whatever
   its own `date` (a mark given days later, in the holidays or in the next quarter, stays on its lesson's day).
   The latest pull of a day is the day: a mark of a lesson it lists that it no longer carries is gone from there.
3. A mark is named by pupil, `lesson_id` and `nm` (A.3: `nm` the mark's place within the lesson; A.4 ids); the
   same mark comes from getdiary and getmarks. The same `nm` under another `lesson_id` is another mark: a mark
   moved to another lesson shows on the new lesson's day only.
4. getmarks (A.2, A.3 SubjectMarks): its marks carry their own `date` and `lesson_id` but no lesson day, and its
   `days` range (A.1, YYYYMMDD) can only select by that `date`: a getmarks answer that lacks a mark whose date lies
   outside its range says nothing about that mark. A mark whose lesson no getdiary ever showed (a Saturday test,
   a lesson before the pulled diary weeks) shows on its own `date`, without a lesson, under the getmarks subject.
5. getdiary lists marks only under lesson items (A.3): a day with no items says nothing about a getmarks mark of a
   lesson the diary never showed.
6. The journal's averages (A.3 SubjectMarks `average`) are per getmarks answer; an answer whose `days` are a
   period's `start`-`end` (A.3 Period: "meant to be joined into days=start-end") is that period's average; the
   latest pull wins.
7. Weights `weight_float` (A.3, A.6), counting by `count`, work type `control_type` / `mtype.type` (A.6).
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for rec in batch:
                records.append((rec["pulled_at"], len(records), step["name"][:2], rec))
    records.sort(key=lambda r: (r[0], r[1]))  # ISO times, same offset everywhere
    facts, periods, lesson_day, lesson_subject = [], {}, {}, {}
    state = {}     # mark id -> dict(present, value, date, subject, weight, counts, work_type, day, src)
    shown_on = {}  # mark id -> set of (day, subject, value) where some answer showed it
    gm_scope = {}  # (student, days) -> set of mark ids
    averages = {}  # (student, subject, period) -> (value, src)
    children = {}
    for pulled, _, step, rec in records:
        method, _, query = rec["request"].partition("?")
        q = {k: v[0] for k, v in parse_qs(query).items()}
        result = rec["body"]["response"]["result"]
        src = f"step {step} `{rec['request']}` (pulled {pulled})"
        if method == "getrules":
            children[result["id"]] = (sorted(result["relations"]["students"]), src)
        elif method == "getperiods":
            for p in result["students"][0]["periods"]:
                if p["start"]:
                    periods[p["start"] + "-" + p["end"]] = p["name"]
        elif method == "getdiary":
            student = q["student"]
            for day, d in result["students"][student]["days"].items():
                items = d.get("items") or {}
                items = items.values() if isinstance(items, dict) else items
                listed = set()
                for it in items:
                    lesson_day[it["lesson_id"]], lesson_subject[it["lesson_id"]] = day, it["name"]
                    for a in it.get("assessments", []):
                        mid = (student, a["lesson_id"], a["nm"])
                        listed.add(mid)
                        state[mid] = dict(present=True, value=a["value"], date=a["date"], subject=it["name"],
                                          weight=float(a["weight_float"]), counts=a["count"],
                                          work_type=a["control_type"], src=src)
                        shown_on.setdefault(mid, set()).add((day, it["name"], a["value"]))
                # rule 2/5: marks of lessons of this day that the day no longer carries are gone
                for mid, st in state.items():
                    if mid[0] == student and lesson_day.get(mid[1]) == day and mid not in listed and st["present"]:
                        st.update(present=False, src=src)
        elif method == "getmarks":
            student, first, last = q["student"], q["days"][:8], q["days"][9:]
            scope = (student, q["days"])
            listed = set()
            for subj in result["students"][student]["lessons"]:
                name = subj["name"]
                if q["days"] in periods:
                    averages[(student, name, periods[q["days"]])] = (subj["average"], src)
                for m in subj["marks"]:
                    mid = (student, m["lesson_id"], m["nm"])
                    listed.add(mid)
                    state[mid] = dict(present=True, value=m["value"], date=m["date"], subject=name,
                                      weight=float(m["weight_float"]), counts=m["count"], work_type=m["mtype"]["type"],
                                      src=src)
                    day = lesson_day.get(m["lesson_id"], m["date"].replace("-", ""))
                    shown_on.setdefault(mid, set()).add((day, name, m["value"]))
            for mid in gm_scope.get(scope, set()) - listed:  # rule 4: only marks dated inside the range
                st = state[mid]
                if first <= st["date"].replace("-", "") <= last and st["present"]:
                    st.update(present=False, src=src)
            gm_scope[scope] = gm_scope.get(scope, set()) | listed
    where = {}
    for mid, st in sorted(state.items()):
        if st["present"]:
            day = lesson_day.get(mid[1], st["date"].replace("-", ""))
            where[mid] = (day, st["subject"], st["value"])
    n = 0
    for parent, (kids, src) in sorted(children.items()):
        facts.append({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
                      "children": [{"student": k} for k in kids],
                      "why": f"{src}: relations.students of this parent (A.3 getrules)."})
    for mid, (day, subject, value) in sorted(where.items()):
        st = state[mid]
        n += 1
        on_lesson = mid[1] in lesson_day
        facts.append({"id": f"mark-{n:02d}", "kind": "mark", "student": {"student": mid[0]}, "date": iso(day),
                      "subject": subject, "value": value, "weight": st["weight"], "counts": st["counts"],
                      "work_type": st["work_type"],
                      "why": f"mark {'.'.join(mid)} (date {st['date']}), latest statement {st['src']}; "
                             + ("shown on the day of its lesson " + mid[1] + " (A.3 Day/Lesson item assessments; rules 2, 3)"
                                if on_lesson else "no getdiary ever showed lesson " + mid[1]
                                + ": shown on its own date without a lesson (A.3 SubjectMarks; rules 4, 5)")})
    nn = 0
    seen = set()
    for mid, st in sorted(state.items()):
        here = where.get(mid)
        candidates = set(shown_on.get(mid, set()))
        candidates.add((st["date"].replace("-", ""), st["subject"], st["value"]))
        for day, subject, value in sorted(candidates):
            if here and (day, subject, value) == here:
                continue
            if any(w[0] == day and w[1].casefold() == subject.casefold() and w[2] == value for w in where.values()):
                continue
            if (mid[0], day, subject, value) in seen:
                continue
            seen.add((mid[0], day, subject, value))
            nn += 1
            reason = ("the mark's own date differs from its lesson's day; getdiary nests it under the lesson (A.3; rule 2)"
                      if here else f"gone: {st['src']} no longer holds it (rules 1-3)")
            if here and (day, subject, value) in shown_on.get(mid, set()):
                reason = f"moved/changed: now {here[2]!r} on {iso(here[0])}, latest {st['src']} (rules 1-3)"
            facts.append({"id": f"no-mark-{nn:02d}", "kind": "no_mark", "student": {"student": mid[0]},
                          "date": iso(day), "subject": subject, "value": value,
                          "why": f"mark {'.'.join(mid)}: {reason}"})
    na = 0
    for (student, subject, period), (value, src) in sorted(averages.items()):
        if value == "":
            continue
        na += 1
        facts.append({"id": f"vendor-average-{na:02d}", "kind": "vendor_average", "student": {"student": student},
                      "subject": subject, "period": period, "value": value,
                      "why": f"{src}: SubjectMarks average of the period whose start-end are the days (A.3; rule 6)."})
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
