"""Derive the facts a parent must see from journey.json (Dnevnik.ru journey 17), standard library only.

Rules (from /work/shared/reference/dnevnik_ru.md, cited §N):
* Periods: each entry of `edu-groups/{g}/reporting-periods` is a column of the class's final grades, named by
  `name`, from `start` to `finish` (local midnight, date-only values, §2, §3.12). Facts name no pupil: every pupil.
* Lesson marks: each Mark of `edu-groups/{g}/marks/{from}/{to}` (§3.1) shows under its lesson's date (lesson from
  the lessons range of the same week, §3.4) with its `value` as sent (§3.1, §5), the weight and title of its
  `workType` from the standalone `work-types/{school}` (§3.1 "Weight lives on WorkType", §3.3); `counts` is stated
  from `use_avg_calc` (§3.1) only when the weight is not 0 (a weight-0 mark's counting is not settled by §3.1).
* Final marks (§3.13): a Mark of a marks range whose Work (from `POST works/many`) is a `PeriodMark` is the
  period mark of that Work's period (§3.13: "Period and year marks are ordinary Marks whose Work has type
  PeriodMark"), not a diary mark; `edu-groups/{g}/final-marks` rows give (person, reportingPeriod, subject, final-mark);
  `edu-groups/{g}/subjects/{s}/final-marks` is a Mark[] whose period comes from its PeriodMark Work (known from
  `POST works/many`, §3.2 `periodNumber`/`periodType`); `persons/{p}/edu-groups/{g}/allfinalmarks` carries
  its Works (§3.13). A Work's (periodType, periodNumber) names the group's reporting period with that type and
  number (§3.12). The same mark id sent again with another value is the correction: the later pull wins (§3.1 id).
  A re-pull of the same final-marks request that lacks a mark it held means the mark was removed (no fact kind
  says "no final mark", so a removed mark only yields no fact).
* The journal's averages (§3.13, §3.1): `avg-marks/{from}/{to}` `avg-mark-value` strings as sent and `wa-marks`
  float values (the JSON number's text, `repr` of the float) belong to the period whose first and last day equal
  the path's dates (§3.12, §2); other ranges give no fact.
Deterministic: facts in journey order.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def main():
    journey = json.loads((HERE / "journey.json").read_text())
    records = [(st["name"], r) for st in journey["steps"] for b in st["batches"] for r in b]
    periods, wtypes, works, lessons = {}, {}, {}, {}
    subjects = {}
    facts = []
    finals = {}  # mark id -> dict(person, subject, period, value, why)
    last_fm = {}  # request -> set of mark ids

    def add(kind, why, **kw):
        facts.append({"id": None, "kind": kind, **kw, "why": why})

    def period_by(ptype, num):
        for pid, p in periods.items():
            if p["type"] == ptype and p["number"] == num:
                return p["name"]
        return None

    def put_final(m, subj, pname, why):
        finals[m["id_str"]] = {"person": m["person_str"], "subject": subj, "period": pname,
                               "value": m["textValue"] or m["value"], "why": why}

    for step, r in records:
        req, body = r["request"], r["body"]
        path = req.split(" ", 1)[1]
        where = f"{step}: {req}"
        if re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                wtypes[w["id_str"]] = w
        elif path.endswith("/subjects") and path.startswith("/v2/schools/"):
            for sj in body:
                subjects[sj["id_str"]] = sj["name"]
        elif path.endswith("/reporting-periods"):
            for p in body:
                periods[p["id_str"]] = p
                add("period", f"{where}: period {p['id_str']} {p['type']} {p['number']} (§3.12, §2)",
                    name=p["name"], starts_on=p["start"][:10], ends_on=p["finish"][:10])
        elif "/lessons/" in path:
            for le in body:
                lessons[le["id_str"]] = le
        elif "/marks/" in path and path.startswith("/v2/edu-groups/") and "avg" not in path and "wa-" not in path:
            for m in body:
                if m["lesson_str"] is None and m["work_str"] in works:
                    w = works[m["work_str"]]
                    put_final(m, subjects[str(w["subjectId"])], period_by(w["periodType"], w["periodNumber"]),
                              f"{where}: mark {m['id_str']} without a lesson (§3.1) of PeriodMark work "
                              f"{m['work_str']} (POST works/many: periodType {w['periodType']} periodNumber "
                              f"{w['periodNumber']}): a period mark (§3.13, §3.2, §3.12)")
                    continue
                le = lessons[m["lesson_str"]]
                wt = wtypes[str(m["workType"])]
                kw = {"value": m["value"], "weight": wt["weight"], "work_type": wt["title"]}
                why = (f"{where}: mark {m['id_str']} value {m['value']!r} as sent (§3.1, §5) under lesson "
                       f"{m['lesson_str']}'s date (§3.4); weight {wt['weight']} and title of work type "
                       f"{wt['id_str']} (§3.1, §3.3)")
                if wt["weight"] != 0:
                    kw["counts"] = m["use_avg_calc"]
                    why += f"; use_avg_calc {m['use_avg_calc']} (§3.1)"
                add("mark", why, student={"person": m["person_str"]}, date=le["date"][:10],
                    subject=le["subject"]["name"], **kw)
        elif path == "/v2/works/many":
            for w in body:
                works[w["id_str"]] = w
        elif re.fullmatch(r"/v2/edu-groups/\d+/final-marks", path):
            seen = set()
            for row in body:
                pname = periods[row["reportingPeriod_str"]]["name"]
                for e in row["per-subject-final-marks"]:
                    m = e["final-mark"]
                    seen.add(m["id_str"])
                    put_final(m, subjects[e["subject_str"]], pname,
                              f"{where}: final mark {m['id_str']} of reportingPeriod {row['reportingPeriod_str']} "
                              f"(hyphenated keys, §3.13, §8.4)")
            key = path  # the group's whole final-marks answer (every period's rows)
            for gone in last_fm.get(key, set()) - seen:
                finals.pop(gone, None)  # removed by the teacher: no fact
            last_fm[key] = seen
        elif re.fullmatch(r"/v2/edu-groups/\d+/subjects/\d+/final-marks", path):
            subj = subjects[path.split("/")[5]]
            for m in body:
                w = works[m["work_str"]]
                put_final(m, subj, period_by(w["periodType"], w["periodNumber"]),
                          f"{where}: Mark[] (§3.13); its PeriodMark work {m['work_str']} (POST works/many) gives "
                          f"periodType {w['periodType']} periodNumber {w['periodNumber']} (§3.2, §3.12)")
        elif path.endswith("/allfinalmarks"):
            ws = {w["id_str"]: w for w in body["works"]}
            for m in body["marks"]:
                w = ws[m["work_str"]]
                put_final(m, subjects[str(w["subjectId"])], period_by(w["periodType"], w["periodNumber"]),
                          f"{where}: allfinalmarks mark {m['id_str']}; PeriodMark work {m['work_str']} "
                          f"periodType {w['periodType']} periodNumber {w['periodNumber']} (§3.13, §3.2, §3.12)")
        elif "/avg-marks/" in path or "/wa-marks/" in path:
            a, b = path.split("/")[-2:]
            pname = next((p["name"] for p in periods.values()
                          if p["start"][:10] == a[:10] and p["finish"][:10] == b[:10]), None)
            if pname is None:
                continue
            if "/avg-marks/" in path:
                for row in body:
                    for e in row["per-subject-averages"]:
                        add("vendor_average", f"{where}: avg-mark-value {e['avg-mark-value']!r}, a string kept as "
                            f"sent (§3.13); {a}..{b} are {pname}'s first and last day (§3.12)",
                            student={"person": row["person_str"]}, subject=subjects[e["subject_str"]],
                            value=e["avg-mark-value"], period=pname)
            else:
                for sm in body["subjectMarks"]:
                    for e in sm["marks"]:
                        add("vendor_average", f"{where}: wa-marks value {e['value']!r} (float, §3.1); {a}..{b} "
                            f"are {pname}'s first and last day (§3.12)",
                            student={"person": e["person_str"]}, subject=subjects[sm["subject_str"]],
                            value=repr(e["value"]), period=pname)
    for mid, f in finals.items():
        add("final_mark", f["why"], student={"person": f["person"]}, subject=f["subject"], period=f["period"],
            value=f["value"])
    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
