"""Derives facts.json from journey.json (standard library only, deterministic; never imports the hub).

Rules, from shared/reference/elzhur_mesh.md:
* every answer is the journal's state at its `pulled_at`; a mark is named by (pupil, lesson_id, nm) (A.3 Assessment
  `nm`: position within the lesson), so the latest pull of that place wins (README "Time is data");
* `н`/`Н`/`оп`/`ОП` are absence pseudo-marks (A.3 Absence pseudo-mark), attendance, never a grade;
* every other value is shown as the journal shows it (A.3 `value`; A.6: `4-`, `5/4`, `зч`, `осв`, `н/а` are text);
  its weight is `weight_float`, else `weight` (A.3); whether it counts is `count` (A.3, A.6);
* getmarks `average` (A.3 SubjectMarks) is shown exactly as sent, as the period whose start..end equal `days`.
"""
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def num(x):
    f = float(x)
    return int(f) if f == int(f) else f


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for rec in batch:
                records.append((rec["pulled_at"], len(records), step["name"][:2], rec))
    ordered = sorted(records, key=lambda r: (r[0], r[1]))  # pull order; arrival order breaks ties

    parents, periods, marks, lessons, averages, finals = {}, {}, {}, {}, {}, {}
    for pulled, _, step, rec in ordered:
        method, _, query = rec["request"].partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = rec["body"]["response"]["result"]
        where = f"step {step} `{method}?student={params.get('student', '')}`"
        if method == "getrules":
            parents[result["name"]] = (sorted(result["relations"]["students"]), f"step {step} `getrules`")
        elif method == "getperiods":
            for st in result["students"]:
                for p in st["periods"]:
                    if p["start"]:
                        periods[(p["start"], p["end"])] = (p["name"], p["fullname"], where)
        elif method in ("getdiary", "getmarks"):
            for sid, st in result["students"].items():
                if method == "getdiary":
                    for day in st["days"].values():
                        for item in day["items"].values():
                            lessons[(sid, day["name"], item["name"])] = (item, where)
                            for a in item["assessments"]:
                                a = dict(a, work=a.get("control_type") or "")
                                marks[(sid, a["lesson_id"], a["nm"])] = (item["name"], a, where)
                else:
                    start, end = params["days"].split("-")
                    for subj in st["lessons"]:
                        for a in subj["marks"]:
                            a = dict(a, work=(a.get("mtype") or {}).get("type") or "")
                            marks[(sid, a["lesson_id"], a["nm"])] = (subj["name"], a, where)
                        averages[(sid, start, end, subj["name"])] = (subj["average"], subj["marks"], where)
        elif method == "getfinalassessments":
            for sid, st in result["students"].items():
                for item in st["items"]:
                    for a in item["assessments"]:
                        finals[(sid, item["name"], a["period"])] = (a["value"], where)

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    for parent, (kids, where) in sorted(parents.items()):
        add("children", f"{where} of parent {parent}: relations.students lists exactly these (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for (start, end), (name, full, where) in sorted(periods.items()):
        add("period", f"{where}: period {name!r} \"{full}\" start {start} end {end} (A.3 Period, A.5 E1)",
            name=name, starts_on=iso(start), ends_on=iso(end))

    for (sid, day, subject), (item, where) in sorted(lessons.items()):
        fact = dict(student={"student": sid}, date=iso(day), subject=subject, number=int(item["num"]),
                    topic=item["topic"], teacher=item["teacher"], room=item["room"],
                    starts_at=item["starttime"][:5], ends_at=item["endtime"][:5])
        if item.get("grp"):
            fact["group_label"] = item["grp"]
        add("lesson", f"{where} day {day} item {item['num']}: the lesson as the journal lists it (A.3 Lesson item"
                      f"{', grp = subgroup' if item.get('grp') else ''})", **fact)

    # every value a place ever held, to say which superseded values a parent must no longer see
    held = {}
    for key, (subject, a, where) in sorted(marks.items()):
        sid = key[0]
        if a["value"] in ABSENCE:
            day = a["date"].replace("-", "")
            if (sid, day, subject) in lessons:
                add("attendance", f"{where}, lesson {a['lesson_id']} nm {a['nm']}: {a['value']!r} count false, convert 0"
                                  f" is the absence pseudo-mark ({ABSENCE[a['value']]}), kept with the journal's "
                                  f"code (A.3 Absence pseudo-mark, A.6)",
                    student={"student": sid}, date=a["date"], subject=subject, code=a["value"],
                    meaning=ABSENCE[a["value"]])
            add("no_mark", f"{where}, lesson {a['lesson_id']} nm {a['nm']}: {a['value']!r} is an absence, not a "
                           f"grade: it must not show as a mark (A.3 Absence pseudo-mark: count false, convert 0)",
                student={"student": sid}, date=a["date"], subject=subject, value=a["value"])
            continue
        wf = a.get("weight_float")
        weight = num(wf) if wf not in (None, "") else a["weight"]
        fact = dict(student={"student": sid}, date=a["date"], subject=subject, value=a["value"], weight=weight,
                    counts=bool(a["count"]))
        if a["work"]:
            fact["work_type"] = a["work"]
        if a.get("comment"):
            fact["comment"] = a["comment"]
        add("mark", f"{where} (latest pull of this place), lesson {a['lesson_id']} nm {a['nm']}: value "
                    f"{a['value']!r} as the journal shows it, weight_float {wf!r} / weight {a['weight']} "
                    f"(weight_float wins), count {a['count']}, convert {a['convert']} (A.3 Assessment, "
                    f"SubjectMarks; A.6)", **fact)

    # superseded values: a place (pupil, lesson_id, nm) whose earlier pull held another value
    latest = {k: v[1]["value"] for k, v in marks.items()}
    for pulled, _, step, rec in ordered:
        method = rec["request"].split("?")[0]
        if method != "getmarks":
            continue
        for sid, st in rec["body"]["response"]["result"]["students"].items():
            for subj in st["lessons"]:
                for a in subj["marks"]:
                    k = (sid, a["lesson_id"], a["nm"])
                    if latest[k] != a["value"] and (k, a["value"]) not in held:
                        same_day = [v for kk, v in latest.items() if kk[0] == sid and marks[kk][0] == subj["name"]
                                    and marks[kk][1]["date"] == a["date"]]
                        if a["value"] not in same_day:
                            held[(k, a["value"])] = True
                            add("no_mark", f"step {step} held {a['value']!r} at lesson {a['lesson_id']} nm {a['nm']};"
                                           f" the later pull {marks[k][2]} holds {latest[k]!r} there: the teacher "
                                           f"re-valued it, and the older answer (also when delivered late) must not "
                                           f"bring it back (A.3 Assessment nm; README pulled_at: the latest pull wins)",
                                student={"student": sid}, date=a["date"], subject=subj["name"], value=a["value"])

    for (sid, start, end, subject), (value, ms, where) in sorted(averages.items()):
        if value == "":
            continue  # "" = no average stated (A.3 SubjectMarks: may be "")
        name = periods[(start, end)][0]
        counted = [m for m in ms if m["count"]]
        total = sum(Decimal(str(m["weight_float"])) for m in counted)
        mine = sum(Decimal(str(m["convert"])) * Decimal(str(m["weight_float"])) for m in counted) / total
        places = len(value.split(".")[1]) if "." in value else 0
        rounded = mine.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        assert str(rounded) == value, (sid, subject, value, mine)  # the journal's figure is reproducible
        add("vendor_average", f"{where}&days={start}-{end} (latest pull): lessons[{subject!r}].average {value!r} "
                              f"exactly as sent; days = period {name!r} of getperiods (A.3 SubjectMarks, Period). "
                              f"It equals sum(convert*weight_float)/sum(weight_float) over the count=true marks "
                              f"({mine:.4f}, rounded half up to the journal's {places} decimals), so the hub's own "
                              f"weighted figure must agree (A.3 convert/count/weight_float)",
            student={"student": sid}, subject=subject, value=value, period=name)

    for (sid, subject, period), (value, where) in sorted(finals.items()):
        add("final_mark", f"{where}: items[{subject!r}] period {period!r} value {value!r} kept as the journal's text"
                          f" (A.3 Final assessment, A.5 E4, A.6)",
            student={"student": sid}, subject=subject, period=period, value=value)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(records), "records,", len(facts), "facts")


if __name__ == "__main__":
    main()
