"""Derives facts.json from journey.json and reference Part A (standard library only, deterministic).

What a parent MUST see (and must NOT) when the school year turns over: 2025/26 (7Б, quarters, year and exam
columns) keeps reading as it was; 2026/27 (8Б or the new 7Б, half-years) shows only that year's class, lessons and
periods. Reference sections: A.1 (envelope, students object/array), A.2 (methods), A.3 (Day, Lesson item,
Assessment, SubjectMarks, Period, Final assessment, getrules), A.4 (dates, periods vary by school), A.6 (marks).
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def year_of(day):  # school year starting 1 September (A.4: periods per school year)
    return int(day[:4]) - (1 if int(day[4:6]) < 8 else 0)


records = []
for step in journey["steps"]:
    for batch in step["batches"]:
        for rec in batch:
            method, _, query = rec["request"].partition("?")
            records.append((step["name"][:2], method, {k: v[0] for k, v in parse_qs(query).items()}, rec))

diary = {}  # (student, day) -> (pulled_at, step, Day)
finals = {}  # (student, year) -> (pulled_at, step, items)
periods = {}  # (student, year) -> [Period]
averages = []
children = {}  # parent -> (pulled_at, step, [child ids], {child: class})
homeclass = {}
for step, method, q, rec in records:
    res = rec["body"]["response"]["result"]
    at = rec.get("pulled_at", "")
    if method == "getdiary":
        for sid, st in res["students"].items():
            for d, day in st["days"].items():
                if (sid, d) not in diary or diary[(sid, d)][0] <= at:
                    diary[(sid, d)] = (at, step, day)
    elif method == "getfinalassessments":
        for sid, st in res["students"].items():
            year = year_of(q["days"][:8]) if "days" in q else year_of(at[:10].replace("-", ""))
            if (sid, year) not in finals or finals[(sid, year)][0] <= at:
                finals[(sid, year)] = (at, step, st["items"])
    elif method == "getperiods":
        for st in res["students"]:
            dated = [p for p in st["periods"] if p["start"]]
            year = year_of(dated[0]["start"])
            periods.setdefault((st["name"], year), (step, st["periods"]))
    elif method == "getmarks":
        for sid, st in res["students"].items():
            for lesson in st["lessons"]:
                averages.append((sid, lesson["name"], lesson["average"], q["days"], step))
    elif method == "getrules":
        rel = res["relations"]
        kids = sorted(rel["students"])
        if res["name"] not in children or children[res["name"]][0] <= at:
            children[res["name"]] = (at, step, kids)
        for name, g in rel["groups"].items():
            homeclass[(name, at[:4])] = (g["hometeacher_name"], step)

facts = []


def add(kind, why, **kw):
    facts.append({"id": "", "kind": kind, **kw, "why": why})


# children (A.3 getrules relations.students)
for parent, (at, step, kids) in sorted(children.items()):
    add("children", f"step {step} getrules (pulled {at}): relations.students of the parent's latest getrules (A.3 getrules). "
        "A pupil who left over the summer: no later getrules of that parent was pulled, so nothing unlinks her.",
        guardian={"parent": parent}, children=[{"student": c} for c in kids])
# class teacher of 8Б (a class name that exists only in 2026/27)
teacher, step = homeclass[("8Б", "2026")]
add("class_teacher", f"step {step} getrules: relations.groups['8Б'] rel homeclass, hometeacher_name (A.3 getrules).",
    **{"class": {"class": "8Б"}}, teacher=teacher)

# lessons, marks, attendance, homework, vacation days (A.3 Day / Lesson item / Assessment, A.6)
own = {}  # (student, day) -> {(subject, num)}
for (sid, d), (at, step, day) in sorted(diary.items()):
    date = iso(d)
    if day.get("alert") == "vacation":
        if d in ("20260601", "20260605"):
            add("holiday", f"step {step} getdiary: day {d} alert 'vacation', holiday_name (A.3 Day; Apheleia checks exactly this).",
                student={"student": sid}, date=date, name=day["holiday_name"])
        continue
    items = day["items"].values() if isinstance(day["items"], dict) else day["items"]
    own[(sid, d)] = {(i["name"], int(i["num"])) for i in items}
    for i in items:
        add("lesson", f"step {step} getdiary (pulled {at}): lesson item num/name/topic/teacher/room, starttime/endtime with rings (A.3 Lesson item; A.5 E2).",
            student={"student": sid}, date=date, subject=i["name"], number=int(i["num"]), topic=i["topic"],
            teacher=i["teacher"], room=i["room"], starts_at=i["starttime"][:5], ends_at=i["endtime"][:5])
        for a in i.get("assessments", []):
            if a["value"] in ABSENCE:
                add("attendance", f"step {step} getdiary: assessment value {a['value']!r}, count false, convert 0: an absence pseudo-mark, not a grade (A.3 Absence pseudo-mark; A.6).",
                    student={"student": sid}, date=date, subject=i["name"], code=a["value"], meaning=ABSENCE[a["value"]])
                add("no_mark", f"step {step} getdiary: {a['value']!r} is attendance (A.6), never a mark in the diary.",
                    student={"student": sid}, date=date, subject=i["name"], value=a["value"])
            else:
                add("mark", f"step {step} getdiary: assessment value, weight_float, control_type, comment, count (A.3 Assessment; A.6).",
                    student={"student": sid}, date=iso(a["date"].replace("-", "")), subject=i["name"], value=a["value"],
                    weight=a["weight_float"], work_type=a["control_type"], counts=a["count"],
                    **({"comment": a["comment"]} if a["comment"] else {}))
        for hw in i.get("homework", {}).values():
            add("homework", f"step {step} getdiary: the lesson's homework value (A.3 Lesson item homework).",
                student={"student": sid}, date=date, subject=i["name"], text=hw["value"])

# the class's vacation days, once however many pupils report them (A.3 Day alert)
for d in ("20260601", "20260602", "20260603", "20260604", "20260605"):
    reporters = sorted(s for (s, dd), v in diary.items() if dd == d)
    add("holiday", f"getdiary of {len(reporters)} pupils of 7Б (steps 02): day {d} alert 'vacation' 'Летние каникулы' (A.3 Day): one holiday of the class.",
        group={"class": "7Б"}, date=iso(d), name="Летние каникулы", once=True)
# a pupil who was not at the school in 2025/26 has no 7Б summer
for d in ("20260601", "20260605"):
    add("no_holiday", "step 03: Никитина first appears in 8Б on 1 September 2026 (A.3 getrules class); 7Б's vacation days of June 2026 are not hers.",
        student={"student": "21105"}, date=iso(d), name="Летние каникулы")

# no lesson of the other class / the other year (A.3 getrules class is the pupil's class; A.4 school year)
CLASS_2026 = {"21101": "8Б", "21102": "8Б", "21105": "8Б", "21103": "7Б"}
sept = sorted({d for (_, d) in own if d >= "20260901"})
may = sorted({d for (_, d) in own if d < "20260801"})
for sid in ["21101", "21102", "21103", "21104", "21105"]:
    for d in sept + may:
        if d < "20260801" and sid != "21105" and sid != "21101":
            continue
        mine = own.get((sid, d), set())
        others = set()
        for (s2, d2), lessons in own.items():
            if d2 != d or s2 == sid:
                continue
            if d >= "20260901" and sid in CLASS_2026 and CLASS_2026.get(s2) == CLASS_2026[sid]:
                continue  # the same class this year
            if d < "20260801" and sid == "21101":
                continue
            others |= lessons
        subjects_mine = {s for s, _ in mine}
        for subj, num in sorted(others - mine):
            why = {"21104": "Белова left the school over the summer: no answer of 2026/27 names her (step 03 lists her parent no more); no lesson of 2026/27, of the new 7Б or of 8Б, is hers (A.3 getrules; A.4 school year).",
                   "21105": "Никитина is new in 8Б from 1 September 2026 (step 03 getrules): no 7Б lesson of 2025/26 is hers (A.3 getrules).",
                   "21103": "Кузьмин was kept down: his 2026/27 getrules says 7Б (step 03), his own getdiary shows the new 7Б's lessons; 8Б's are not his (A.3 getrules).",
                   }.get(sid, f"{sid} is in 8Б in 2026/27 (step 03 getrules class 8Б); the new 7Б's lessons (another cohort under last year's class name, other subgroups) are not his/hers (A.3 getrules, grp).")
            add("no_lesson", why, student={"student": sid}, date=iso(d), subject=subj,
                **({"number": num} if subj in subjects_mine else {}))
for sid, text, subj in [("21101", "Упр. 4, 6", "Русский язык"), ("21104", "Упр. 4, 6", "Русский язык"),
                        ("21103", "§ 1, вопросы 1–5", "Химия"), ("21104", "§ 1, вопросы 1–5", "Химия"),
                        ("21105", "Летнее задание: гербарий из 10 растений", "Биология")]:
    add("no_homework", "homework of another class or year (A.3 Lesson item homework; getrules class of that year).",
        student={"student": sid}, subject=subj, text=text)

# final grades per school year (A.3 Final assessment; A.4 year and exam columns; A.2 getfinalassessments + days)
for (sid, year), (at, step, items) in sorted(finals.items()):
    for it in items:
        for a in it["assessments"]:
            if a["period"] in ("Г", "Э") or (a["period"] == "IV" and it["name"] == "Алгебра"):
                add("final_mark", f"step {step} getfinalassessments of {year}/{year + 1} (pulled {at}): items[].assessments[] period {a['period']!r} value (A.3 Final assessment; A.4 year/exam columns). "
                    "This year's answer (empty, or without days) is another school year's and deletes none of them.",
                    student={"student": sid}, subject=it["name"], period=a["period"], value=a["value"])
# periods (A.3 Period start/end YYYYMMDD); a pupil sees only the periods of the class he was in that year
for (sid, year), (step, plist) in sorted(periods.items()):
    for p in plist:
        if p["start"]:
            add("period", f"step {step} getperiods: period {p['name']!r} {p['fullname']} start/end (A.3 Period; A.5 E1).",
                student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
for p in ("I", "IV", "Э"):
    add("no_period", "Никитина was not at the school in 2025/26 (step 03 getrules, new in 8Б): 7Б's quarters and exam column of 2025/26 are no column of hers (A.3 Period; README periods assigned per class and year).",
        student={"student": "21105"}, name=p)
for p in ("I полугодие", "II полугодие"):
    add("no_period", "Белова left over the summer: the 2026/27 half-years (step 03 getperiods of 8Б and the new 7Б) are no column of hers (A.3 Period; A.4 periods per school year).",
        student={"student": "21104"}, name=p)
for p in ("I полугодие",):
    add("period", "Никитина's class 8Б got the 2026/27 half-years (step 03 getperiods of her classmate Орлова; A.3 Period).",
        student={"student": "21105"}, name=p, starts_on="2026-09-01", ends_on="2026-12-29")
    add("period", "Белова's 2025/26 class 7Б counted in quarters (step 01 getperiods; A.3 Period).",
        student={"student": "21104"}, name="4 четверть", starts_on="2026-04-01", ends_on="2026-05-31")

# the journal's own averages over a period's exact dates (A.3 SubjectMarks average; A.5 E3)
PERIOD_OF = {"20260401-20260531": "4 четверть", "20260901-20261229": "I полугодие"}  # by fullname (A.3 Period)
for sid, subj, avg, days, step in averages:
    add("vendor_average", f"step {step} getmarks days={days}: lessons[].average as sent, over the dates of period {PERIOD_OF[days]} (A.3 SubjectMarks).",
        student={"student": sid}, subject=subj, period=PERIOD_OF[days], value=avg)

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
(HERE / "facts.json").write_text("{\"facts\": [\n" + ",\n".join(json.dumps(f, ensure_ascii=False) for f in facts) + "\n]}\n",
                                 encoding="utf-8")
print(len(facts), "facts", counts)
