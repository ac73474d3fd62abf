"""Derives facts.json from journey.json for corpus elzhur_24 (standard library only, deterministic).

Rules, from shared/reference/elzhur_mesh.md (and the hub README's documented envelope, `pulled_at`):
 1. A mark is one entity, named by the pupil, its `lesson_id` and its `nm` (A.3 Assessment: `lesson_id`, `nm` = the
    mark's position within the lesson), whichever method brings it: getdiary (`days[].items[].assessments`, A.3
    Lesson item) or getmarks (`lessons[].marks[]`, A.3 SubjectMarks: "Assessment fields plus ...").
 2. getdiary with `days=A-B` answers each day of the range whole (A.2, A.3 Day); getmarks with `days=A-B` answers
    every mark of the pupil whose own `date` lies in the range (A.1 date range param, A.3 `date`). So an answer
    covering a mark's date that lacks it says the mark is gone (deleted by the teacher) as of that answer's pull.
 3. The answer pulled last (`pulled_at`) that covers the mark's date states what the parent sees, whatever the
    delivery order and whichever method it came through; an older answer delivered later changes nothing.
 4. The marks here are all dated on their lesson's day, so a mark shows on that lesson (date, subject).
 5. value = `value`; weight = `weight_float` (else `weight`); work type = `control_type` (getdiary) or
    `mtype.type` (getmarks); counts = `count`; comment = `comment` (A.3 Assessment, SubjectMarks).
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent


def when(s):
    return dt.datetime.fromisoformat(s)


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def days_between(a, b):
    d, end, out = dt.date.fromisoformat(iso(a)), dt.date.fromisoformat(iso(b)), []
    while d <= end:
        out.append(d.isoformat())
        d += dt.timedelta(days=1)
    return out


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    answers, rules = [], []  # answers: (pulled, step, request, method, student, covered dates, marks, lessons)
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                method, _, query = rec["request"].partition("?")
                params = {k: v[0] for k, v in parse_qs(query).items()}
                result = rec["body"]["response"]["result"]
                if method == "getrules":
                    rules.append((step["name"][:2], rec))
                    continue
                a, b = params["days"].split("-")
                covered = set(days_between(a, b))
                for sid, st in result["students"].items():
                    marks, lessons = {}, {}
                    if method == "getdiary":
                        for day in st["days"].values():
                            items = day.get("items") or {}
                            for it in (items.values() if isinstance(items, dict) else items):
                                lessons[it["lesson_id"]] = (iso(day["name"]), it)
                                for x in it.get("assessments", []):
                                    marks[(x["lesson_id"], x["nm"])] = {
                                        "date": x["date"], "subject": it["name"], "value": x["value"],
                                        "weight": float(x.get("weight_float", x["weight"])),
                                        "work_type": x.get("control_type"), "counts": x["count"],
                                        "comment": x.get("comment") or ""}
                    elif method == "getmarks":
                        for subj in st["lessons"]:
                            for x in subj["marks"]:
                                marks[(x["lesson_id"], x["nm"])] = {
                                    "date": x["date"], "subject": subj["name"], "value": x["value"],
                                    "weight": float(x.get("weight_float", x["weight"])),
                                    "work_type": (x.get("mtype") or {}).get("type"), "counts": x["count"],
                                    "comment": x.get("comment") or ""}
                    answers.append((when(rec["pulled_at"]), step["name"][:2], rec["request"], method, sid,
                                    covered, marks, lessons))
    facts = []
    for step, rec in rules:
        res = rec["body"]["response"]["result"]
        facts.append({"id": f"children-{res['name']}", "kind": "children", "guardian": {"parent": res["name"]},
                      "children": [{"student": s} for s in sorted(res["relations"]["students"])],
                      "why": f"step {step} `getrules` (pulled {rec['pulled_at']}): relations.students of this parent "
                             "(A.3 getrules)."})
    # every mark ever stated, and its date (constant here: rule 4)
    seen = {}
    for pulled, step, req, method, sid, covered, marks, _ in answers:
        for (lid, nm), mk in marks.items():
            seen.setdefault((sid, lid, nm), {"date": mk["date"], "subject": mk["subject"], "values": set()})
            seen[(sid, lid, nm)]["values"].add(mk["value"])
    final, deleted = {}, {}
    for key, info in sorted(seen.items()):
        sid, lid, nm = key
        speaking = sorted((a for a in answers if a[4] == sid and info["date"] in a[5]), key=lambda a: a[0])
        last = speaking[-1]
        if (lid, nm) in last[6]:
            final[key] = (last[6][(lid, nm)], last)
        else:
            deleted[key] = last
    n = 0
    for key, (mk, last) in sorted(final.items(), key=lambda kv: (kv[0][0], kv[1][0]["date"], kv[0][1], kv[0][2])):
        sid, lid, nm = key
        n += 1
        fact = {"id": f"mark-{sid}-{lid}-{nm}", "kind": "mark", "student": {"student": sid}, "date": mk["date"],
                "subject": mk["subject"], "value": mk["value"], "weight": mk["weight"], "counts": mk["counts"],
                "work_type": mk["work_type"]}
        if mk["comment"]:
            fact["comment"] = mk["comment"]
        older = sorted(seen[key]["values"] - {mk["value"]})
        fact["why"] = (f"mark {sid}.{lid}.{nm}: latest pull covering {mk['date']} is step {last[1]} `{last[2]}` "
                       f"(pulled {last[0].isoformat()}), which states it so"
                       + (f"; older pulls said {older}" if older else "")
                       + " (A.3 Assessment / SubjectMarks: lesson_id+nm; rules 1-5 of derive_facts.py)")
        facts.append(fact)
    present = {}
    for (sid, lid, nm), (mk, _) in final.items():
        present.setdefault((sid, mk["date"], mk["subject"]), set()).add(mk["value"])
    for key, info in sorted(seen.items()):
        sid, lid, nm = key
        shown = present.get((sid, info["date"], info["subject"]), set())
        gone = sorted(info["values"] - shown)
        if key in final:
            gone = sorted(set(gone) - {final[key][0]["value"]})
        for v in gone:
            if key in deleted:
                last = deleted[key]
                why = (f"mark {sid}.{lid}.{nm} ({v}) is absent from the latest pull covering {info['date']}: step "
                       f"{last[1]} `{last[2]}` (pulled {last[0].isoformat()}): the teacher deleted it; older pulls "
                       "delivered later do not bring it back (A.2/A.3 completeness of days ranges; rules 2, 3)")
                fid = f"no-mark-{sid}-{lid}-{nm}-deleted"
            else:
                last = final[key][1]
                why = (f"mark {sid}.{lid}.{nm} was {v} in an older pull; the latest pull covering {info['date']}, "
                       f"step {last[1]} `{last[2]}` (pulled {last[0].isoformat()}), says "
                       f"{final[key][0]['value']}: a corrected mark shows its new value only (rules 1, 3)")
                fid = f"no-mark-{sid}-{lid}-{nm}-{v}"
            facts.append({"id": fid, "kind": "no_mark", "student": {"student": sid}, "date": info["date"],
                          "subject": info["subject"], "value": v, "why": why})
    # lessons, as the latest getdiary covering their day states them
    lessons = {}
    for pulled, step, req, method, sid, covered, marks, ls in answers:
        for lid, (day, it) in ls.items():
            if (sid, lid) not in lessons or lessons[(sid, lid)][0] < pulled:
                lessons[(sid, lid)] = (pulled, step, req, day, it)
    for (sid, lid), (pulled, step, req, day, it) in sorted(lessons.items()):
        facts.append({"id": f"lesson-{sid}-{lid}", "kind": "lesson", "student": {"student": sid}, "date": day,
                      "subject": it["name"], "number": int(it["num"]), "topic": it["topic"],
                      "teacher": it["teacher"], "room": it["room"], "starts_at": it["starttime"][:5],
                      "ends_at": it["endtime"][:5],
                      "why": f"latest getdiary of that day: step {step} `{req}` (pulled {pulled.isoformat()}) "
                             "(A.3 Lesson item: num, name, topic, teacher, room, starttime/endtime with rings)"})
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
