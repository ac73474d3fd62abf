#!/usr/bin/env python3
"""Derive facts.json from journey.json for the fifth Eljur corpus. Standard library only; never imports the hub;
deterministic. Rules (from /work/shared/reference/elzhur_mesh.md Part A):

1. A request's answer is identified by its method and query without auth/format params; a later answer (by
   pulled_at, then push order) to the same request replaces the earlier one (the journal's state as last read).
2. Marks: every non-empty assessment of the latest getdiary/getmarks answers, keyed (pupil, lesson_id, nm); the
   newest answer holding it gives its fields. `н`/`Н` and `оп`/`ОП` are attendance, not marks (A.3 Absence).
   Weight = weight_float, else weight, as a number (A.3 Assessment). Counts = count is true and convert, countas and
   the weight are not 0, and the value is a five-point mark (A.3, A.6: text marks such as зч are not counted).
3. Final marks: every non-empty assessment of the latest getfinalassessments answer per pupil (A.3 Final assessment),
   value exactly as sent, under its `period` short name.
4. Journal averages: every non-empty `average` of the latest getmarks answer per (pupil, days), exactly as sent; it is
   a period's when `days` equals that period's start-end in the pupil's getperiods (A.3 Period: start/end "meant to be
   joined into days=start-end"), else a bare span (no period in the fact).
5. Periods: every dated period of getperiods (A.3 Period); children: the latest getrules of each parent."""
import json
import os
from urllib.parse import parse_qsl, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
DROP = {"devkey", "vendor", "auth_token", "out_format", "rings", "weeks", "show_disabled"}
ABSENT = {"н", "оп"}


def parse(request):
    path, _, query = request.partition("?")
    method = path.rstrip("/").rsplit("/", 1)[-1]
    params = {k: unquote(v) for k, v in parse_qsl(query)}
    return method, params


def students(result):
    s = result.get("students") or {}
    return list(s.values()) if isinstance(s, dict) else list(s)


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}" if len(d) == 8 else d


def num(x):
    f = float(x)
    return int(f) if f == int(f) else f


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    latest = {}  # (method, frozen params) -> (pulled, order, step, request, result)
    order = 0
    for step in journey["steps"]:
        sname = step["name"][:2]
        for batch in step["batches"]:
            for r in batch:
                order += 1
                resp = r["body"]["response"]
                if resp.get("state") != 200 or resp.get("error"):
                    continue
                method, params = parse(r["request"])
                key = (method, tuple(sorted((k, v) for k, v in params.items() if k not in DROP)))
                if method == "getrules":
                    key = (method, resp["result"]["id"])
                cand = (r.get("pulled_at", ""), order, sname, r["request"].split("&devkey")[0], resp["result"], params)
                if key not in latest or cand[:2] > latest[key][:2]:
                    latest[key] = cand
    answers = sorted(latest.items(), key=lambda kv: kv[1][:2])
    facts = []

    def add(kind, why, **kw):
        facts.append({"kind": kind, **kw, "why": why})

    # children
    for (method, _), (_, _, st, req, res, _) in answers:
        if method == "getrules" and "parent" in res.get("roles", []):
            add("children", f"step {st} `getrules`, the latest of user {res['id']}: relations.students lists exactly "
                            f"these pupils (A.3 getrules)", guardian={"parent": str(res["id"])},
                children=[{"student": s} for s in sorted(res["relations"]["students"])])
    # periods
    periods_of, seen = {}, set()
    for (method, _), (_, _, st, req, res, _) in answers:
        if method != "getperiods":
            continue
        for s in students(res):
            periods_of[s["name"]] = s["periods"]
            for p in s["periods"]:
                if p["start"] and p["end"] and (p["name"], p["start"], p["end"]) not in seen:
                    seen.add((p["name"], p["start"], p["end"]))
                    add("period", f"step {st} `{req}`: period {p['name']!r} \"{p['fullname']}\" start {p['start']} "
                                  f"end {p['end']} (A.3 Period, A.4: periods vary; A.5 E1)",
                        name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    # marks and attendance
    marks = {}
    for (method, _), (pulled, o, st, req, res, params) in answers:
        if method == "getdiary":
            for s in students(res):
                for day, d in sorted(s["days"].items()):
                    items = d.get("items") or {}
                    for it in (items.values() if isinstance(items, dict) else items):
                        for m in it.get("assessments", []):
                            marks[(s["name"], m["lesson_id"], m["nm"])] = (s["name"], it["name"], int(it["num"]), m,
                                                                           st, req, "getdiary", (pulled, o))
        if method == "getmarks":
            for s in students(res):
                for les in s["lessons"]:
                    for m in les["marks"]:
                        k = (s["name"], m["lesson_id"], m["nm"])
                        if k not in marks or marks[k][7] < (pulled, o):
                            number = marks[k][2] if k in marks else None
                            marks[k] = (s["name"], les["name"], number, m, st, req, "getmarks", (pulled, o))
    for k in sorted(marks, key=lambda k: (marks[k][3]["date"], k)):
        sid, subj, number, m, st, req, src, _ = marks[k]
        value = m["value"]
        if value == "":
            continue
        where = f"step {st} `{req}` ({src}), lesson_id {m['lesson_id']} nm {m['nm']}, date {m['date']}"
        if value.lower() in ABSENT:
            if number is None:
                continue
            kw = {"code": value}
            if value.lower() == "н":
                kw["meaning"] = "absent"
            add("attendance", f"{where}: {value!r} count false, convert 0 is an attendance mark, not a grade "
                              f"(A.3 Absence pseudo-mark)", student={"student": sid}, date=m["date"], subject=subj,
                number=number, **kw)
            continue
        weight = num(m["weight_float"]) if m.get("weight_float") not in (None, "") else num(m["weight"])
        five = value.rstrip("+-") in ("1", "2", "3", "4", "5")
        counts = bool(m["count"]) and five and num(m["convert"]) != 0 and num(m["countas"]) != 0 and weight != 0
        kw = {"weight": weight, "counts": counts}
        wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
        if wt:
            kw["work_type"] = wt
        if m.get("comment"):
            kw["comment"] = m["comment"]
        add("mark", f"{where}: value {value!r}, weight_float {m.get('weight_float')!r} / weight {m['weight']!r} "
                    f"(weight_float wins), count {m['count']!r}, convert {m['convert']!r}"
                    f"{', work type ' + repr(wt) if wt else ''} (A.3 Assessment, SubjectMarks; A.6)",
            student={"student": sid}, date=m["date"], subject=subj, value=value, **kw)
    # finals (one fact per pupil, subject, period and value; the first answer that states it is quoted)
    seen_finals = set()
    for (method, _), (_, _, st, req, res, _) in answers:
        if method != "getfinalassessments":
            continue
        for s in students(res):
            for item in s["items"]:
                for a in item["assessments"]:
                    key = (s["name"], item["name"], a["period"], a["value"])
                    if a.get("value") and key not in seen_finals:
                        seen_finals.add(key)
                        add("final_mark", f"step {st} `{req}`, the latest answer for pupil {s['name']}: "
                                          f"items[{item['name']!r}] period {a['period']!r} value {a['value']!r}"
                                          f"{' comment ' + repr(a['comment']) if a.get('comment') else ''} kept as the "
                                          f"journal's text (A.3 Final assessment; A.5 E4; A.6)",
                            student={"student": s["name"]}, subject=item["name"], period=a["period"],
                            value=a["value"])
    # journal averages
    for (method, _), (_, _, st, req, res, params) in answers:
        if method != "getmarks":
            continue
        start, _, end = params.get("days", "").partition("-")
        for s in students(res):
            per = next((p["name"] for p in periods_of.get(s["name"], []) if (p["start"], p["end"]) == (start, end)
                        and start), None)
            for les in s["lessons"]:
                if les["average"] == "":
                    continue
                kw = {"period": per} if per else {}
                span = (f"days {start}-{end} = period {per!r} of getperiods" if per else
                        f"days {start}-{end} is no period's start-end: a bare span")
                add("vendor_average", f"step {st} `{req}`: lessons[{les['name']!r}].average {les['average']!r} "
                                      f"exactly as sent; {span} (A.3 SubjectMarks, Period)",
                    student={"student": s["name"]}, subject=les["name"], value=les["average"], **kw)
    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}"
    facts = [{"id": f.pop("id"), **f} for f in facts]
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump({"facts": facts}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
