"""Derives facts.json from journey.json and reference Part A (standard library only, deterministic).

What a parent must see when a school's history is carried over: this year's weeks (2026/27: 6Б, the new 5Б,
trimesters) read as pushed, and last year (2025/26: 5Б, quarters), backfilled in October 2026 with `days` of last
year, reads as the school had it, under last year's class and periods; the backfill changes nothing of this year.

Rules (each fact's `why` names its step, request and reference section):
R1  children: the pupils of each parent's latest getrules (by `pulled_at`), A.3 getrules relations.students.
R2  class_teacher: this year's class of each getrules (relations.groups rel homeclass, hometeacher_name), A.3.
R3  lesson: in each pupil's getdiary (the latest pull of that pupil and day), every lesson carrying an absence, and
    every lesson carrying homework of Ефимов (both years) and of Соловьёва (last year) (a marked lesson is checked by its mark, R4): number (`num`), topic, teacher,
    room, times (`starttime`/`endtime`, rings), and the subgroup label (`grp`); A.3 Day, Lesson item; A.5 E2.
R4  mark: every getdiary assessment that is not an absence (Гришин: last year's only): value, weight (`weight_float`, a numeric string read as
    a number), work type (`control_type`), comment when not empty, counts (`count`); A.3 Assessment; A.6.
R5  attendance and no_mark: `н` (absent) and `оп` (late) are attendance with the journal's code, never a mark;
    A.3 Absence pseudo-mark; A.6.
R6  homework: every homework of a getdiary lesson of Ефимов (kept down; both years) and of Соловьёва (last year's,
    backfilled), on the lesson's date; A.3 Lesson item homework.
R7  mark: every getmarks mark dated on a day no getdiary of that pupil covers (the quarter's marks outside the
    backfilled week): value, weight, work type (`mtype.type`), counts; A.3 SubjectMarks; A.5 E3.
R8  holiday: a day with `alert: "vacation"` shows its `holiday_name` in each reporting pupil's diary (Гришин aside), and once in
    the schedule of the class of that school year (last year's 5Б: its own getschedule by `class=5Б` says it too);
    A.3 Day; A.1 class selector.
R9  period: each pupil's periods of both school years by `fullname` with `start`/`end` (A.3 Period; A.4): a pupil's
    own getperiods, and his classmates' for the class he was in that year (a class's periods are the class's).
R9b period: the undated year column (`Г`, `ambigious`) by its `fullname` «Годовая», spanning the dated periods
    (the hub's documented reading of an undated year column), both years, for Соловьёва.
R10 no_period: Лебедева left in April 2026 (no answer of 2026/27 names her): no 2026/27 trimester is hers.
R11 final_mark: 2025/26 getfinalassessments (`days` of last year): every period of Математика (Гришин: I and Г),
    the year column `Г` of every subject of Ефимов (kept down for his year marks), and every non-numeric value (`осв`); A.3 Final assessment; A.4. Neither
    this year's answer without `days` nor an empty one pulled after the backfill deletes them (A.2).
R12 vendor_average: each getmarks `average` (not empty) of Математика (Гришин's aside) over a `days` range equal
    to a period's dates is that period's (by `fullname`); A.3 SubjectMarks; A.5 E3.
R13 no_lesson: on the first school day of each range of 2026/27 a pupil sees no lesson of the other class of that
    day (6Б vs the new 5Б: same days, other subjects or slots); Лебедева no lesson of 2026/27 at all; A.3 getrules
    class. (The other English subgroup's lesson has the same subject and slot as the pupil's own, so no_lesson cannot
    tell them apart: the subgroups are checked by their homework, R14, and by the lessons' group labels, R3.)
R14 no_homework: homework of the other class of this year (for Ефимов and Гришин), of 6Б this year for Лебедева,
    and of the other subgroup last year.
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def year_of(day):  # school year starting 1 September (A.4)
    return int(day[:4]) - (1 if int(day[4:6]) < 8 else 0)


def items_of(day):
    its = day.get("items") or {}
    return list(its.values()) if isinstance(its, dict) else list(its)


def num(v):
    return float(v) if isinstance(v, str) else v


records = []
for step in journey["steps"]:
    for batch in step["batches"]:
        for rec in batch:
            method, _, query = rec["request"].partition("?")
            records.append((step["name"][:2], method, {k: v[0] for k, v in parse_qs(query).items()}, rec))

diary = {}  # (student, day) -> (pulled_at, step, range, Day)
first_days = set()  # (student, day): the first school day of a pulled range
class_days = {}  # (class, day) -> (step, Day) from getschedule by class
finals = {}  # (student, year) -> (pulled_at, step, items, request)
periods = {}  # (student, year) -> (step, [Period])
marks_lists = []  # (student, days, step, lessons)
children = {}  # parent -> (pulled_at, step, [child ids])
pupil_class = {}  # (student, year) -> class name, from getrules (this year)
homeclass = {}  # class -> (teacher, step)
for step, method, q, rec in records:
    res = rec["body"]["response"]["result"]
    at = rec.get("pulled_at", "")
    if method == "getdiary":
        for sid, st in res["students"].items():
            school_days = sorted(d for d, day in st["days"].items() if items_of(day))
            if school_days:
                first_days.add((sid, school_days[0]))
            for d, day in st["days"].items():
                if (sid, d) not in diary or diary[(sid, d)][0] <= at:
                    diary[(sid, d)] = (at, step, q["days"], day)
    elif method == "getschedule" and "class" in q:
        for d, day in res["days"].items():
            class_days[(q["class"], d)] = (step, day)
    elif method == "getfinalassessments":
        for sid, st in res["students"].items():
            year = year_of(q["days"][:8]) if "days" in q else year_of(at[:10].replace("-", ""))
            if (sid, year) not in finals or finals[(sid, year)][0] <= at:
                finals[(sid, year)] = (at, step, st["items"], method + ("&days=" + q["days"] if "days" in q else ""))
    elif method == "getperiods":
        for st in res["students"]:
            dated = [p for p in st["periods"] if p["start"]]
            periods[(st["name"], year_of(dated[0]["start"]))] = (step, st["periods"])
    elif method == "getmarks":
        for sid, st in res["students"].items():
            marks_lists.append((sid, q["days"], step, st["lessons"]))
    elif method == "getrules":
        rel = res["relations"]
        if res["name"] not in children or children[res["name"]][0] <= at:
            children[res["name"]] = (at, step, sorted(rel["students"]))
        for sid, s in rel["students"].items():
            pupil_class[(sid, year_of(at[:10].replace("-", "")))] = s["class"]
        for name, g in rel["groups"].items():
            homeclass[name] = (g["hometeacher_name"], step)

facts = []


def hw_pupil(sid, d):  # R3, R6: Ефимов (kept down) both years, Соловьёва last year's (backfilled) homework
    return sid == "31103" or (sid == "31101" and d < "20260801")




def add(kind, why, **kw):
    facts.append({"id": "", "kind": kind, **kw, "why": why})


# R1, R2
for parent, (at, step, kids) in sorted(children.items()):
    add("children", f"R1: step {step} getrules of parent {parent} (pulled {at}): relations.students (A.3 getrules).",
        guardian={"parent": parent}, children=[{"student": c} for c in kids])
for name, (teacher, step) in sorted(homeclass.items()):
    add("class_teacher", f"R2: step {step} getrules: relations.groups[{name!r}] rel homeclass, hometeacher_name: this "
        "year's class of that name (A.3 getrules; A.4 a class is one class per school year).",
        **{"class": {"class": name}}, teacher=teacher)

# R3-R6
pupils_days = {}  # student -> set of days any getdiary of his covers
own = {}  # (student, day) -> {(subject, num)}
for (sid, d), (at, step, rng, day) in sorted(diary.items()):
    pupils_days.setdefault(sid, set()).add(d)
    date = iso(d)
    where = f"step {step} getdiary student={sid} days={rng} (pulled {at}"
    if day.get("alert") == "vacation":
        if sid != "31102":
                add("holiday", f"R8: {where}): day {d} alert 'vacation', holiday_name (A.3 Day).",
                student={"student": sid}, date=date, name=day["holiday_name"])
        continue
    items = items_of(day)
    own[(sid, d)] = {(i["name"], int(i["num"])) for i in items}
    for i in items:
        has = (bool(i.get("homework")) and hw_pupil(sid, d)) or any(a["value"] in ABSENCE for a in i.get("assessments", []))
        if has:
            extra = {"group_label": i["grp"]} if i.get("grp") else {}
            add("lesson", f"R3: {where}): lesson {i['lesson_id']} num/name/topic/teacher/room, starttime/endtime "
                "(rings), grp (A.3 Lesson item; A.5 E2).",
                student={"student": sid}, date=date, subject=i["name"], number=int(i["num"]), topic=i["topic"],
                teacher=i["teacher"], room=i["room"], starts_at=i["starttime"][:5], ends_at=i["endtime"][:5], **extra)
        for a in i.get("assessments", []):
            if a["value"] in ABSENCE:
                add("attendance", f"R5: {where}): assessment {a['value']!r}, count false, convert 0: an absence "
                    "pseudo-mark (A.3 Absence pseudo-mark; A.6).",
                    student={"student": sid}, date=date, subject=i["name"], code=a["value"], meaning=ABSENCE[a["value"]])
                add("no_mark", f"R5: {where}): {a['value']!r} is attendance, never a mark (A.6).",
                    student={"student": sid}, date=date, subject=i["name"], value=a["value"])
            elif sid != "31102" or d < "20260801":
                add("mark", f"R4: {where}): assessment value, weight_float, control_type, comment, count "
                    "(A.3 Assessment; A.6).",
                    student={"student": sid}, date=iso(a["date"].replace("-", "")), subject=i["name"], value=a["value"],
                    weight=num(a["weight_float"]), work_type=a["control_type"], counts=a["count"],
                    **({"comment": a["comment"]} if a["comment"] else {}))
        for hw in (i.get("homework") or {}).values() if hw_pupil(sid, d) else ():
            add("homework", f"R6: {where}): lesson {i['lesson_id']} homework {hw['id']} value (A.3 Lesson item).",
                student={"student": sid}, date=date, subject=i["name"], text=hw["value"])

# R7: the quarter's marks outside the backfilled weeks
for sid, rng, step, lessons in marks_lists:
    for les in lessons:
        for m in les["marks"]:
            d = m["date"].replace("-", "")
            if d in pupils_days.get(sid, set()) or m["value"] in ABSENCE:
                continue
            add("mark", f"R7: step {step} getmarks student={sid} days={rng}: a mark dated {m['date']} outside every "
                "pulled diary day: value, weight_float, mtype.type, count (A.3 SubjectMarks; A.5 E3).",
                student={"student": sid}, date=m["date"], subject=les["name"], value=m["value"],
                weight=num(m["weight_float"]), work_type=m["mtype"]["type"], counts=m["count"])

# R8: the class's vacation day, once
for (klass, d), (step, day) in sorted(class_days.items()):
    if day.get("alert") == "vacation":
        reporters = sorted(s for (s, dd), v in diary.items() if dd == d)
        add("holiday", f"R8: step {step} getschedule class={klass} and the getdiary of {', '.join(reporters)}: day {d} "
            f"alert 'vacation' {day['holiday_name']!r} (A.3 Day; A.1 class selector): one holiday of last year's class.",
            group={"class": klass}, date=iso(d), name=day["holiday_name"], once=True)

# R9, R10: periods by school year; a class's periods are those of the pupils in it that year
CLASS_OF = {("31101", 2025): "5Б", ("31102", 2025): "5Б", ("31103", 2025): "5Б", ("31104", 2025): "5Б"}
CLASS_OF.update(pupil_class)
for (sid, year), cls in sorted(CLASS_OF.items()):
    sources = sorted((s, y) for (s, y) in periods if y == year and CLASS_OF.get((s, y)) == cls)
    if not sources:
        continue
    step, plist = periods[(sid, year)] if (sid, year) in periods else periods[sources[0]]
    src = sid if (sid, year) in periods else sources[0][0]
    for p in plist:
        if p["start"]:
            add("period", f"R9: step {step} getperiods student={src} ({year}/{year + 1}, {cls}{'' if src == sid else ', a classmate'}): "
                f"period {p['name']!r} {p['fullname']} start/end (A.3 Period; A.4).",
                student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
for year in (2025, 2026):  # the year column: undated (`ambigious`), shown by its fullname over the dated periods
    plist = periods[("31101", year)][1]
    dated = [p for p in plist if p["start"]]
    for p in plist:
        if not p["start"] and p["ambigious"]:
            add("period", f"R9b: step {periods[('31101', year)][0]} getperiods student=31101 ({year}/{year + 1}): the "
                f"undated year column {p['name']!r} is {p['fullname']!r} (A.3 Period fullname, ambigious; A.5 E1); its "
                "span is the dated periods' (README: an undated year column spans the dated periods).",
                student={"student": "31101"}, name=p["fullname"], starts_on=iso(dated[0]["start"]),
                ends_on=iso(dated[-1]["end"]))
for p in periods[("31101", 2026)][1]:
    if p["start"]:
        add("no_period", "R10: Лебедева left in April 2026 (her 2025/26 answers end in March; no getrules of 2026/27 "
            f"names her): 2026/27's {p['fullname']} is no column of hers (A.3 Period; A.4 per school year).",
            student={"student": "31104"}, name=p["fullname"])

# R11
for (sid, year), (at, step, items, req) in sorted(finals.items()):
    for it in items:
        for a in it["assessments"]:
            if (it["name"] == "Математика" and (sid != "31102" or a["period"] in ("I", "Г"))) \
                    or (a["period"] == "Г" and sid == "31103") or not a["value"].isdigit():
                add("final_mark", f"R11: step {step} {req} student={sid} (pulled {at}), {year}/{year + 1}: "
                    f"assessments[] period {a['period']!r} value (A.3 Final assessment; A.4). This year's "
                    "answers (without days, or empty, pulled later) are another school year's and delete none of them.",
                    student={"student": sid}, subject=it["name"], period=a["period"], value=a["value"])

# R12
PERIOD_BY_DATES = {}
for (sid, year), (step, plist) in periods.items():
    for p in plist:
        if p["start"]:
            PERIOD_BY_DATES[f"{p['start']}-{p['end']}"] = p["fullname"]
for sid, rng, step, lessons in marks_lists:
    for les in lessons:
        if les["average"] and rng in PERIOD_BY_DATES and les["name"] == "Математика" and sid != "31102":
            add("vendor_average", f"R12: step {step} getmarks student={sid} days={rng}: lessons[].average as sent, "
                f"over the dates of {PERIOD_BY_DATES[rng]} (A.3 SubjectMarks; A.5 E3).",
                student={"student": sid}, subject=les["name"], period=PERIOD_BY_DATES[rng], value=les["average"])

# R13: lessons that are not the pupil's
this_year = sorted({d for (_, d) in own if d >= "20260801"})
first_this_year = {d for (_, d) in first_days if d >= "20260801"}
for sid in ["31101", "31102", "31103", "31104"]:
    for d in this_year:
        if d not in first_this_year or (sid == "31104" and d != max(first_this_year)):
            continue  # the first school day of each pulled range of this year (Лебедева: of the last range)
        if sid in ("31101", "31102", "31103") and (sid, d) not in own:
            continue  # no diary of his that day: nothing to compare
        mine = own.get((sid, d), set())
        mine_subjects = {s for s, _ in mine}
        others = set()
        for (s2, d2), lessons in own.items():
            if d2 == d and s2 != sid and CLASS_OF.get((s2, 2026)) != CLASS_OF.get((sid, 2026)):
                others |= lessons
        for subj, n in sorted(others - mine):
            why = ("R13: Лебедева left in April 2026; no answer of 2026/27 names her: no lesson of 2026/27 is hers "
                   "(A.3 getrules; A.4)." if sid == "31104" else
                   f"R13: {sid} is in {CLASS_OF[(sid, 2026)]} in 2026/27 (step 01 getrules class); that day's lessons "
                   "of the other class (step 02 getdiary of a pupil of it) are not his/hers (A.3 getrules class).")
            add("no_lesson", why, student={"student": sid}, date=iso(d), subject=subj,
                **({"number": n} if subj in mine_subjects else {}))

# R14
hw_of = {}  # text -> (class-year or group, subject)
for (sid, d), (at, step, rng, day) in diary.items():
    for i in items_of(day):
        for hw in (i.get("homework") or {}).values():
            key = (CLASS_OF.get((sid, year_of(d))), year_of(d), i.get("grp"))
            hw_of.setdefault(hw["value"], (key, i["name"], step))
for text, ((cls, year, grp), subject, step) in sorted(hw_of.items()):
    for sid in ["31101", "31102", "31103", "31104"]:
        mine = CLASS_OF.get((sid, year))
        pupil_grp = next((x["grp"] for (s, d), v in diary.items() if s == sid and year_of(d) == year
                          for x in items_of(v[3]) if x.get("grp")), None)
        if mine == cls and (grp is None or grp == pupil_grp):
            continue
        if (sid == "31101" and year == 2026) or (sid == "31104" and cls != "6Б"):
            continue  # Гришин stands for 6Б this year; Лебедева: 6Б's homework
        why = (f"R14: homework of {cls} {year}/{year + 1}{' ' + grp if grp else ''} (step {step} getdiary); "
               + ("Лебедева is at the school no more" if sid == "31104" and year == 2026 else
                  f"{sid} is in {mine}{' ' + pupil_grp if grp and pupil_grp else ''} that year")
               + " (A.3 getrules class, grp).")
        add("no_homework", why, student={"student": sid}, subject=subject, text=text)

seen, unique = set(), []
for f in facts:  # one fact per claim
    key = json.dumps({k: v for k, v in f.items() if k not in ("id", "why")}, sort_keys=True, ensure_ascii=False)
    if key not in seen:
        seen.add(key)
        unique.append(f)
facts = unique
counts = {}
for f in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:02d}"
(HERE / "facts.json").write_text("{\"facts\": [\n" + ",\n".join(json.dumps(f, ensure_ascii=False) for f in facts)
                                 + "\n]}\n", encoding="utf-8")
print(len(facts), "facts", counts)
