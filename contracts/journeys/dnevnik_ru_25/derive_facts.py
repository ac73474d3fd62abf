#!/usr/bin/env python3
"""Derive facts.json from journey.json as the Dnevnik.ru reference (/work/shared/reference/dnevnik_ru.md) reads it.

Standard library only; does not import the hub. Deterministic (no clock, no randomness).
Rules (§N = the reference's section):
* ids: the `_str` twin wins, else the exact integer (§1); numbers are read as their literal text, never as floats;
* a lesson (§3.4) is shown on its `date` with its `number`, `subject.name` and `title` (the topic);
* a mark (§3.1) is shown under its lesson's date, its `value` as the journal wrote it (`4-`, `зачёт`, `осв`, `н/а`);
  it has no weight of its own: weight and title are its `workType`'s in the latest work-types/{school} answer
  (§3.1 "Weight lives on WorkType", §3.3), so a weight changed mid-period is the weight of every mark of that type;
* a mark counts in the average when `use_avg_calc` is true and it is a number on a numeric scale (§3.1, §5:
  test / markna / markdismiss are no numbers);
* the journal's averages (§3.13, §3.1): `avg-marks/{from}/{to}` "avg-mark-value" strings, `wa-marks/{from}/{to}`
  float values (weighted, §3.1), `persons/{p}/reporting-periods/{rp}/subjects/{s}/avg-mark` a bare string (§10
  item 4, alllexey123/dnevnik-partners-api getAverageMarkBySubject); the value as the journal sent it; an average
  over a reporting period's first..last day (or naming the period) is that period's, any other range a bare span;
  `persons/{p}/reporting-periods/{rp}/avg-mark` is one figure over all subjects, no subject's average: no fact.
* informational (the checker reads `value` only): `journal_rule` and `computable`: whether the reference lets one
  recompute the figure from the payloads (every counted mark without +/-: the reference does not say what the
  journal counts `4-` as, §5), and then `recomputed` at the journal's precision.
"""
import json
import re
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASS1 = {"O": "1000012250001"}


def sid(o, k):
    if o.get(k + "_str") not in (None, ""):
        return str(o[k + "_str"])
    return None if o.get(k) is None else str(o[k])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"), parse_float=lambda s: s)
    records = [(step["name"].split(".")[0], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    wtypes, subjects, periods, lessons, marks, averages = {}, {}, {}, {}, {}, []
    for step, r in records:
        path = re.sub(r"^(GET|POST) ", "", r["request"]).split("?")[0]
        body = r["body"]
        if re.fullmatch(r"/v2/work-types/\d+", path):
            for wt in body:
                wtypes[sid(wt, "id")] = (wt["title"], wt["weight"], step)
        elif path.endswith("/subjects") and path.startswith("/v2/schools/"):
            for s in body:
                subjects[sid(s, "id")] = s["name"]
        elif path.endswith("/reporting-periods"):
            for p in body:
                periods[sid(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10])
        elif re.search(r"/lessons/[\d-]+/[\d-]+$", path):
            for lesson in body:
                lessons[sid(lesson, "id")] = (lesson, step)
                subjects[sid(lesson["subject"], "id")] = lesson["subject"]["name"]
        elif re.search(r"/marks/[\d-]+/[\d-]+$", path) and "/avg-marks/" not in path and "/wa-marks/" not in path:
            for m in body:
                marks[sid(m, "id")] = (m, step)
        elif "/avg-marks/" in path:
            lo, hi = path.rsplit("/", 2)[1:]
            for row in body:
                for a in row["per-subject-averages"]:
                    averages.append((step, r["request"], r["pulled_at"], sid(row, "person"), sid(a, "subject"), lo, hi,
                                     None, a["avg-mark-value"], "simple"))
        elif "/wa-marks/" in path:
            lo, hi = path.rsplit("/", 2)[1:]
            for s in body["subjectMarks"]:
                for a in s["marks"]:
                    averages.append((step, r["request"], r["pulled_at"], sid(a, "person"), sid(s, "subject"), lo, hi,
                                     None, str(a["value"]), "weighted"))
        elif re.fullmatch(r"/v2/persons/\d+/reporting-periods/\d+/subjects/\d+/avg-mark", path):
            parts = path.split("/")
            averages.append((step, r["request"], r["pulled_at"], parts[3], parts[7], None, None, parts[5], body,
                             "weighted"))
    facts = []
    for lid, (lesson, step) in sorted(lessons.items(), key=lambda kv: (kv[1][0]["date"], kv[1][0]["number"])):
        facts.append({"kind": "lesson", "student": {"person": PASS1["O"]}, "date": lesson["date"][:10],
                      "number": lesson["number"], "subject": lesson["subject"]["name"], "topic": lesson["title"],
                      "why": f"step {step}: lesson {lid} of the class's lessons range (§3.4: title is the topic, "
                             f"number the slot); every pupil of the class (§3.8) has it"})
    numeric = {}
    for mid, (m, step) in sorted(marks.items(), key=lambda kv: (lessons[sid(kv[1][0], "lesson")][0]["date"],
                                                                 sid(kv[1][0], "person"), kv[0])):
        lesson = lessons[sid(m, "lesson")][0]
        title, weight, wstep = wtypes[str(m["workType"])]
        is_number = m["type"] == "mark5"
        counts = bool(m["use_avg_calc"]) and is_number
        day = lesson["date"][:10]
        subject = lesson["subject"]["name"]
        if counts:
            numeric.setdefault((sid(m, "person"), sid(lesson["subject"], "id")), []).append((day, m["value"], weight))
        why = (f"step {step}: Mark {mid} value as sent (§3.1, scale {m['type']}, §5); weight {weight} and title "
               f"«{title}» are its work type {m['workType']}'s in the latest work-types answer (step {wstep}; "
               f"§3.1: no weight on the mark, §3.3); use_avg_calc {str(m['use_avg_calc']).lower()}"
               + ("" if is_number else ", and no number on its scale (§5): never counted")
               + "; filed under its lesson's date (§3.1)")
        facts.append({"kind": "mark", "student": {"person": sid(m, "person")}, "date": day, "subject": subject,
                      "value": m["value"], "weight": weight, "work_type": title, "counts": counts, "why": why})
    by_subject_id = subjects
    for (step, request, pulled, person, subj, lo, hi, rp, value, rule) in averages:
        period = None
        if rp is not None:
            period = periods[rp]
        else:
            period = next((p for p in periods.values() if (p[1], p[2]) == (lo[:10], hi[:10])), None)
        fact = {"kind": "vendor_average", "student": {"person": person}, "subject": by_subject_id[subj],
                "value": value}
        if period:
            fact["period"] = period[0]
        span_lo, span_hi = (period[1], period[2]) if period else (lo[:10], hi[:10])
        xs = [x for x in numeric.get((person, subj), []) if span_lo <= x[0] <= span_hi]
        fact["journal_rule"] = rule
        fact["computable"] = bool(xs) and all(v.isdigit() for _, v, _ in xs) and period is not None
        if fact["computable"]:
            places = Decimal(1).scaleb(-len(value.split(".")[1])) if "." in value else Decimal(1)
            if rule == "simple":
                got = Decimal(sum(int(v) for _, v, _ in xs)) / len(xs)
            else:
                got = Decimal(sum(int(v) * w for _, v, w in xs)) / sum(w for _, _, w in xs)
            fact["recomputed"] = str(got.quantize(places, ROUND_HALF_UP))
        where = (f"the range {lo}..{hi} is exactly «{period[0]}»" if period and rp is None else
                 f"the reporting period {rp} «{period[0]}» in the path" if period else
                 f"the range {lo}..{hi} is no reporting period: a bare span")
        fact["why"] = (f"step {step}: {request} (pulled {pulled}) states {value!s} for this pupil and subject "
                       f"(§3.13 avg-marks / §3.1 wa-marks / §10 item 4 subject avg-mark); {where}")
        facts.append(fact)
    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}"
    facts = [{"id": f.pop("id"), **f} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
