"""Derive facts.json from journey.json for Dnevnik.ru journey 5 (final grades and the journal's own figures).
Standard library only; never imports the hub; deterministic. Each fact's `why` names the step, the request and the
reference section (shared/reference/dnevnik_ru.md §N) it rests on."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
RECORDS = [(i + 1, r) for i, step in enumerate(journey["steps"]) for batch in step["batches"] for r in batch]


def path(r):
    return r["request"].split(" ", 1)[-1].split("?")[0].replace("/v2.0/", "/v2/")


def sid(obj, key="id"):
    return str(obj.get(key + "_str") or obj[key])


subjects, worktypes, members, periods, lessons, works = {}, {}, {}, {}, {}, {}
for step, r in RECORDS:
    p, body = path(r), r["body"]
    if re.fullmatch(r"/v2/schools/\d+/subjects", p):
        subjects.update({sid(s): s["name"] for s in body})
    elif re.fullmatch(r"/v2/work-types/\d+", p):
        worktypes.update({sid(w): w for w in body})
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/persons", p):
        members.setdefault(m.group(1), set()).update(sid(x) for x in body)
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/reporting-periods", p):
        for x in body:
            periods[sid(x)] = dict(x, group=m.group(1), step=step, request=r["request"])
    elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[^/]+/[^/]+", p):
        for x in body:
            lessons[sid(x)] = dict(x, step=step, request=r["request"])
            for w in x["works"]:
                works[sid(w)] = w

facts = []
def add(kind, why, **kw):
    facts.append({"kind": kind, **kw, "why": why})

# periods (§3.12, dates date-only as midnight §2)
for pid, x in periods.items():
    add("period", f"step {x['step']}: {x['request']}: period {pid} type {x['type']}, start/finish at midnight "
        f"(§2, §3.12)", name=x["name"], starts_on=x["start"][:10], ends_on=x["finish"][:10])

# lessons (§3.4): topic and number as sent, group's pupils see them
for lid, x in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    pupil = sorted(members[str(x["group"])])[0]
    add("lesson", f"step {x['step']}: {x['request']}: lesson {lid} (§3.4), local time without offset (§2)",
        student={"person": pupil}, date=x["date"][:10], number=x["number"], subject=x["subject"]["name"],
        topic=x["title"])

# marks (§3.1): weight and title from the standalone work type (§3.1 "No weight on the mark itself", §3.3);
# use_avg_calc says whether it counts (§3.1); pass/fail (test) never counts (hub README "Grading scales")
for step, r in RECORDS:
    p = path(r)
    if re.fullmatch(r"/v2/edu-groups/\d+/marks/[^/]+/[^/]+", p):
        for mk in r["body"]:
            lesson = lessons[sid(mk, "lesson")]
            wt = worktypes[str(mk["workType"])]
            add("mark", f"step {step}: {r['request']}: mark {sid(mk)} type {mk['type']} value {mk['value']!r} as "
                f"sent (§3.1, §5), filed under its lesson's date; weight {wt['weight']} and title from work-types "
                f"{mk['workType']} (§3.1, §3.3); use_avg_calc {mk['use_avg_calc']} (§3.1)",
                student={"person": sid(mk, "person")}, date=lesson["date"][:10], subject=lesson["subject"]["name"],
                value=mk["textValue"] or mk["value"], weight=wt["weight"], work_type=wt["title"],
                counts=bool(mk["use_avg_calc"]) and mk["type"] not in ("test", "markna", "markdismiss"))

# final marks (§3.13): the last answer to the same request wins; a mark id corrected keeps the newer value
finals = {}
period_by_group_type = {(x["group"], x["type"], x["number"]): pid for pid, x in periods.items()}
for step, r in RECORDS:
    p, body = path(r), r["body"]
    if re.fullmatch(r"/v2/(persons/\d+/)?edu-groups/\d+/final-marks", p):
        for row in body:
            for psm in row["per-subject-final-marks"]:
                fm = psm["final-mark"]
                finals[sid(fm)] = (sid(row, "person"), sid(psm, "subject"), sid(row, "reportingPeriod"),
                                   fm["textValue"] or fm["value"],
                                   f"step {step}: {r['request']}: final mark {sid(fm)} (hyphenated keys, lesson "
                                   f"null, §3.13), reportingPeriod_str {sid(row, 'reportingPeriod')} (§3.12)"
                                   + ("; re-sent with a new value for the same id: the later answer wins (§7)"
                                      if sid(fm) in finals and finals[sid(fm)][3] != (fm["textValue"] or fm["value"])
                                      else ""))
    elif m := re.fullmatch(r"/v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", p):
        wmap = {sid(w): w for w in body["works"]}
        for fm in body["marks"]:
            w = wmap[sid(fm, "work")]
            pid = period_by_group_type[(m.group(2), w["periodType"], w["periodNumber"])]
            finals[sid(fm)] = (sid(fm, "person"), str(w["subjectId"]), pid, fm["textValue"] or fm["value"],
                               f"step {step}: {r['request']}: mark {sid(fm)} on Work {sid(w)} type PeriodMark, "
                               f"periodType {w['periodType']} periodNumber {w['periodNumber']} (§3.13, §3.2) = "
                               f"period {pid} (§3.12)")
for mid, (person, subj, pid, value, why) in finals.items():
    add("final_mark", why, student={"person": person}, subject=subjects[subj], period=periods[pid]["name"],
        value=value)

# the journal's own averages (§3.13, §3.1): kept exactly as sent; a range equal to a period's dates is that period's
def period_of_range(group, start, end):
    for pid, x in periods.items():
        if x["group"] == group and x["start"][:10] == start[:10] and x["finish"][:10] == end[:10]:
            return x["name"]
    return None

for step, r in RECORDS:
    p, body = path(r), r["body"]
    if m := re.fullmatch(r"/v2/edu-groups/(\d+)/avg-marks/([^/]+)/([^/]+)", p):
        name = period_of_range(m.group(1), m.group(2), m.group(3))
        for row in body:
            for a in row["per-subject-averages"]:
                extra = {"period": name} if name else {}
                add("vendor_average", f"step {step}: {r['request']}: avg-mark-value {a['avg-mark-value']!r}, a string "
                    f"kept as sent (§3.13); range {m.group(2)}..{m.group(3)}"
                    + (f" = {name} (§3.12)" if name else " is no period's: a bare span"),
                    student={"person": sid(row, "person")}, subject=subjects[sid(a, "subject")],
                    value=a["avg-mark-value"], **extra)
    elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/wa-marks/([^/]+)/([^/]+)", p):
        name = period_of_range(m.group(1), m.group(2), m.group(3))
        for sm in body["subjectMarks"]:
            for a in sm["marks"]:
                extra = {"period": name} if name else {}
                add("vendor_average", f"step {step}: {r['request']}: weighted average value {a['value']!r}, a float "
                    f"(§3.1 wa-marks), shown as the journal sent it (the JSON number's own text); range "
                    f"{m.group(2)}..{m.group(3)}" + (f" = {name} (§3.12)" if name else ""),
                    student={"person": sid(a, "person")}, subject=subjects[sid(sm, "subject")],
                    value=repr(a["value"]), **extra)

# holidays (§3.12): the reporting-period group's holidays, seen by each class's pupils on a school day of the break
for step, r in RECORDS:
    if m := re.fullmatch(r"/v2/edu-groups/(\d+)/reporting-period-group", path(r)):
        pupil = sorted(members[m.group(1)])[0]
        for h in r["body"]["holidays"]:
            for day in ("2025-10-27", "2025-11-03"):
                add("holiday", f"step {step}: {r['request']}: holidays[] {h['name']} {h['dateStart'][:10]}.."
                    f"{h['dateFinish'][:10]} (§3.12)", student={"person": pupil}, date=day, name=h["name"])

counts = {}
for f in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:02d}"
out = [{"id": f.pop("id"), **f} for f in facts]
(HERE / "facts.json").write_text(json.dumps({"facts": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
