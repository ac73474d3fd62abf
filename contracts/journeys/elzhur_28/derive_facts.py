"""Derives facts.json from journey.json (standard library only, deterministic; never imports the hub).

Rules, from shared/reference/elzhur_mesh.md (Part A) and the hub README's documented behaviour:

* R1 children: a parent's latest getrules lists exactly their children (`relations.students`, A.3 getrules).
* R2 class teacher: `relations.groups[<class>].hometeacher_name` is that class's teacher (A.3 getrules).
* R3 periods: getperiods is asked per pupil (A.2 `student`) and answers that pupil's periods (A.3 Period): each dated
  period is a column of that pupil, named by its `fullname`, from `start` to `end` (YYYYMMDD).
* R4 other class's periods: a pupil never shows a column named by a `fullname` that only the other class's getperiods
  holds (7Б counts in quarters, 10А in half-years; A.4 "Periods vary"). The short names (`I`, `II`, `Г`) are shared
  by both classes with other dates, so they are not used for this rule.
* R5 lessons: each getdiary lesson as listed (num, subject, topic, teacher, room, start/end time) (A.3 Lesson item).
* R6 holidays: a getdiary day with `alert: "vacation"` is a holiday named `holiday_name` for that pupil (A.3 Day, A.5
  E2); checked on the first and last such day of each answer (the seams); a day of the same answer holding lessons is no such holiday (the periods' last and first days are school
  days).
* R7 marks: a mark is named by (pupil, lesson_id, nm) (A.3 Assessment `nm`); the latest pull of that place wins
  (README "Time is data"). `н`/`Н`/`оп`/`ОП` are absences, never marks (A.3 Absence pseudo-mark). Every other value is
  shown as sent, on its own `date`, with weight `weight_float` else `weight`, `count`, and the work type
  (`mtype.type` / `control_type`), and its comment.
* R8 journal averages: a non-empty getmarks `average` is shown as sent, in the pupil's period whose `start`..`end`
  equal the request's `days` (A.3 SubjectMarks, Period; README "The journal's own averages").
* R9 finals: getfinalassessments answers a pupil's whole list of period marks (A.3 Final assessment); per pupil and
  school year the latest pull is the state (README: final marks deleted by omission, scoped to their school year), so
  a corrected final shows its new value and a withdrawn one is gone. The school year of an answer is that of its
  `days` start when it has `days` (A.2: some clients add `days`), else that of its `pulled_at`. Each cell is shown as
  its text (`зач`, `н/а`, `осв` kept as sent, A.6) in the column its `period` names (A.3: `period` refers to
  Period.name): this year's by the pupil's own period `fullname` (R3), a year without getperiods by the name sent.
* R10 a final is not a diary mark: a getfinalassessments answer with `days` puts none of its year marks (`Г`) in the
  diary on the last day of that range (A.3: finals are a separate method, not Assessments of a lesson).
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def num(x):
    f = float(x)
    return int(f) if f == int(f) else f


def school_year(day):
    """'YYYY-MM-DD...' or 'YYYYMMDD' -> the calendar year the school year starts in."""
    d = day.replace("-", "")
    return int(d[:4]) - (1 if int(d[4:6]) < 8 else 0)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                records.append((rec["pulled_at"], len(records), step["name"][:2], rec))
    ordered = sorted(records, key=lambda r: (r[0], r[1]))  # pull order; arrival order breaks ties

    parents, groups, periods, marks, lessons, days_off, school_days, averages = {}, {}, {}, {}, {}, {}, {}, {}
    finals = {}  # (pupil, school year) -> (answer, where, days)
    for pulled, _, step, rec in ordered:
        method, _, query = rec["request"].partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = rec["body"]["response"]["result"]
        where = f"step {step} `{method}?student={params.get('student', '')}" + (
            f"&days={params['days']}`" if "days" in params else "`")
        if method == "getrules":
            parents[result["name"]] = (sorted(result["relations"]["students"]), f"step {step} `getrules`")
            for cls, g in result["relations"]["groups"].items():
                groups[cls] = (g["hometeacher_name"], f"step {step} `getrules` of parent {result['name']}")
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], where)
        elif method == "getdiary":
            for sid, st in result["students"].items():
                for day in st["days"].values():
                    if day.get("alert") == "vacation":
                        days_off[(sid, day["name"])] = (day["holiday_name"], where)
                        continue
                    for item in day["items"].values():
                        school_days[(sid, day["name"])] = where
                        lessons[(sid, day["name"], item["name"])] = (item, where)
                        for a in item["assessments"]:
                            a = dict(a, work=a.get("control_type") or "")
                            marks[(sid, a["lesson_id"], a["nm"])] = (item["name"], a, where)
        elif method == "getmarks":
            start, end = params["days"].split("-")
            for sid, st in result["students"].items():
                for subj in st["lessons"]:
                    for a in subj["marks"]:
                        a = dict(a, work=(a.get("mtype") or {}).get("type") or "")
                        marks[(sid, a["lesson_id"], a["nm"])] = (subj["name"], a, where)
                    averages[(sid, start, end, subj["name"])] = (subj["average"], where)
        elif method == "getfinalassessments":
            year = school_year(params["days"]) if "days" in params else school_year(pulled[:10])
            for sid, st in result["students"].items():
                finals[(sid, year)] = (st["items"], where, params.get("days"))

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    # R1, R2
    for parent, (kids, where) in sorted(parents.items()):
        add("children", f"R1: {where} of parent {parent}: relations.students lists exactly these (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (teacher, where) in sorted(groups.items()):
        add("class_teacher", f"R2: {where}: relations.groups[{cls!r}].hometeacher_name (A.3 getrules)",
            **{"class": {"class": cls}}, teacher=teacher)

    # R3, R4
    dated = {sid: [p for p in ps if p["start"]] for sid, (ps, _) in periods.items()}
    all_names = {p["fullname"] for ps in dated.values() for p in ps}
    for sid, (ps, where) in sorted(periods.items()):
        for p in dated[sid]:
            add("period", f"R3: {where}: period {p['name']!r} fullname {p['fullname']!r} start {p['start']} end "
                          f"{p['end']}: a column of this pupil by its own name (A.3 Period, A.5 E1)",
                student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
        own = {p["fullname"] for p in dated[sid]}
        for name in sorted(all_names - own):
            add("no_period", f"R4: {where} lists no {name!r}: it is the other class's period (7Б quarters, 10А "
                             f"half-years; A.3 Period, A.4), no column of this pupil",
                student={"student": sid}, name=name)

    # R5, R6
    for (sid, day, subject), (item, where) in sorted(lessons.items()):
        add("lesson", f"R5: {where} day {day} item {item['num']}: the lesson as the journal lists it (A.3 Lesson item)",
            student={"student": sid}, date=iso(day), subject=subject, number=int(item["num"]), topic=item["topic"],
            teacher=item["teacher"], room=item["room"], starts_at=item["starttime"][:5],
            ends_at=item["endtime"][:5])
    runs = {}
    for (sid, day), (name, where) in sorted(days_off.items()):
        runs.setdefault((sid, name, where), []).append(day)
    for (sid, name, where), run in sorted(runs.items()):
        for day in sorted({run[0], run[-1]}):
            add("holiday", f"R6: {where} day {day} ({'first' if day == run[0] else 'last'} day of the holidays): "
                           f"alert \"vacation\", holiday_name {name!r} (A.3 Day, A.5 E2)",
                student={"student": sid}, date=iso(day), name=name)
    names_of = {}
    for (sid, day), (name, where) in days_off.items():
        names_of.setdefault(where, set()).add(name)
    for (sid, day), where in sorted(school_days.items()):
        for name in sorted(names_of.get(where, ())):
            add("no_holiday", f"R6: {where} day {day} holds lessons: a school day (a period's first or last day), "
                              f"not part of {name!r} (A.3 Day)",
                student={"student": sid}, date=iso(day), name=name)

    # R7
    for key, (subject, a, where) in sorted(marks.items()):
        sid = key[0]
        if a["value"] in ABSENCE:
            if (sid, a["date"].replace("-", ""), subject) in lessons:
                add("attendance", f"R7: {where}, lesson {a['lesson_id']} nm {a['nm']}: {a['value']!r} is an absence "
                                  f"(A.3 Absence pseudo-mark)",
                    student={"student": sid}, date=a["date"], subject=subject, code=a["value"],
                    meaning=ABSENCE[a["value"]])
            add("no_mark", f"R7: {where}, lesson {a['lesson_id']} nm {a['nm']}: {a['value']!r} with count false, "
                           f"convert 0 is an absence, not a grade (A.3 Absence pseudo-mark)",
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
        add("mark", f"R7: {where} (latest pull of this place), lesson {a['lesson_id']} nm {a['nm']}: value "
                    f"{a['value']!r} dated {a['date']}, weight_float {wf!r}, count {a['count']} (A.3 Assessment, "
                    f"SubjectMarks)", **fact)

    # R8
    for (sid, start, end, subject), (value, where) in sorted(averages.items()):
        if value == "":
            continue
        period = next(p for p in dated[sid] if (p["start"], p["end"]) == (start, end))
        add("vendor_average", f"R8: {where}: lessons[{subject!r}].average {value!r} as sent; days = the pupil's "
                              f"period {period['name']!r} {period['fullname']!r} (A.3 SubjectMarks, Period)",
            student={"student": sid}, subject=subject, value=value, period=period["fullname"])

    # R9, R10
    for (sid, year), (items, where, days) in sorted(finals.items()):
        ps = periods.get(sid, ([], ""))[0]
        this_year = school_year(periods[sid][0][0]["start"]) if ps else None
        full = {p["name"]: p["fullname"] for p in ps} if year == this_year else {}
        for item in items:
            for a in item["assessments"]:
                column = full.get(a["period"], a["period"])
                add("final_mark", f"R9: {where} is the latest {year}/{year + 1} answer of this pupil: "
                                  f"items[{item['name']!r}] period {a['period']!r} (column {column!r}) value "
                                  f"{a['value']!r}{' comment ' + repr(a['comment']) if a['comment'] else ''} kept "
                                  f"as text (A.3 Final assessment, A.5 E4, A.6)",
                    student={"student": sid}, subject=item["name"], period=column, value=a["value"])
        if days:
            end = days.split("-")[1]
            for item in items:
                for a in item["assessments"]:
                    if a["period"] == "Г":
                        add("no_mark", f"R10: {where}: the {year}/{year + 1} year mark {a['value']!r} of "
                                       f"{item['name']!r} is a final, not a diary mark on {iso(end)}, the last day "
                                       f"of its days range (A.3 Final assessment)",
                            student={"student": sid}, date=iso(end), subject=item["name"], value=a["value"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(records), "records,", len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
