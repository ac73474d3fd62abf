"""Derive what each parent must see from journey.json (standard library only, no hub import): replay the vendor's
answers in the order of their pull instants (`pulled_at`), the latest answer for a day / subject-day / pupil
winning, and write facts.json. Sections cited are of shared/reference/elzhur_mesh.md."""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ABS = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def records():
    out = []
    for si, step in enumerate(J["steps"]):
        for batch in step["batches"]:
            for r in batch:
                out.append((dt.datetime.fromisoformat(r["pulled_at"]), step["name"][:2], r))
    return sorted(out, key=lambda x: x[0])


def q(req, key):
    m = re.search(rf"[?&]{key}=([^&]+)", req)
    return m.group(1) if m else None


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def src(step, r):
    return f"{step} `{r['request']}` (pulled {r['pulled_at']})"


days = {}        # (student, date) -> (items dict, alert, holiday_name, src)
seen_lessons = {}  # (student, date, subject) -> src of an earlier answer listing it
seen_tasks = {}    # (student, subject, text) -> src
marks = {}       # (student, date, subject) -> ({(lesson_id, nm): mark}, src)
seen_marks = {}  # (student, date, subject, value) -> src
periods = {}     # student -> {fullname: (name, start, end, src)}
shortmap = {}    # student -> {short: fullname} as of the latest getperiods
finals = {}      # student -> (items, src, periodmap)
seen_finals = {}  # (student, subject, fullname, value) -> src
averages = {}    # (student, days) -> (lessons, src)
rules = {}       # parent -> (result, src)

for pulled, step, r in records():
    req, res = r["request"], r["body"]["response"]["result"]
    method = req.split("?")[0]
    s = q(req, "student")
    if method == "getrules":
        rules[res["name"]] = (res, src(step, r))
    elif method == "getperiods":
        st = res["students"][0]
        shortmap[s] = {p["name"]: p["fullname"] for p in st["periods"]}
        for p in st["periods"]:
            if p["start"]:
                periods.setdefault(s, {})[p["fullname"]] = (p["name"], iso(p["start"]), iso(p["end"]), src(step, r))
    elif method == "getdiary":
        for key, day in res["students"][s]["days"].items():
            date = iso(key)
            old = days.get((s, date))
            if old:
                for it in old[0].values():
                    seen_lessons[(s, date, it["name"])] = old[3]
                    for hw in it["homework"].values():
                        seen_tasks[(s, it["name"], hw["value"])] = old[3]
            days[(s, date)] = (day["items"], day.get("alert"), day.get("holiday_name"), src(step, r))
            by_subject = {}
            for it in day["items"].values():
                by_subject.setdefault(it["name"], {})
                for a in it["assessments"]:
                    by_subject[it["name"]][(a["lesson_id"], a["nm"])] = dict(a, _num=int(it["num"]))
            for subj, ms in by_subject.items():
                prev = marks.get((s, date, subj))
                if prev:
                    for m in prev[0].values():
                        seen_marks[(s, date, subj, m["value"])] = prev[1]
                marks[(s, date, subj)] = (ms, src(step, r))
    elif method == "getmarks":
        rng = q(req, "days")
        averages[(s, rng)] = (res["students"][s]["lessons"], src(step, r))
        for les in res["students"][s]["lessons"]:
            by_day = {}
            for m in les["marks"]:
                by_day.setdefault(m["date"], {})[(m["lesson_id"], m["nm"])] = m
            for date, ms in by_day.items():
                prev = marks.get((s, date, les["name"]))
                if prev:
                    for m in prev[0].values():
                        seen_marks[(s, date, les["name"], m["value"])] = prev[1]
                    for k, m in ms.items():  # getmarks names no lesson number: keep the diary's
                        if k in prev[0]:
                            m = dict(m, _num=prev[0][k].get("_num"))
                            ms[k] = m
                marks[(s, date, les["name"])] = (ms, src(step, r))
    elif method == "getfinalassessments":
        prev = finals.get(s)
        if prev:
            for subj, p, v, fn in prev[0]:
                seen_finals[(s, subj, fn, v)] = prev[1]
        items = [(it["name"], a["period"], a["value"], shortmap.get(s, {}).get(a["period"], a["period"]))
                 for it in res["students"][s]["items"] for a in it["assessments"]]
        finals[s] = (items, src(step, r))

facts = []


def add(kind, why, **kw):
    facts.append({"id": "", "kind": kind, **kw, "why": why})


# children and class teachers (A.3 getrules)
teachers = {}
for parent, (res, why) in sorted(rules.items()):
    kids = sorted(res["relations"]["students"])
    add("children", f"{why}: relations.students {kids} (A.3 getrules)", guardian={"parent": parent},
        children=[{"student": k} for k in kids])
    for cls, g in res["relations"]["groups"].items():
        teachers[cls] = (g["hometeacher_name"], why)
for cls, (name, why) in sorted(teachers.items()):
    add("class_teacher", f"{why}: relations.groups['{cls}'].hometeacher_name (A.3 getrules)", teacher=name,
        **{"class": {"class": cls}})

# periods (A.3 Period, A.4: periods vary per class)
all_full = {fn for ps in periods.values() for fn in ps}
for s, ps in sorted(periods.items()):
    for fn, (short, a, b, why) in sorted(ps.items(), key=lambda x: x[1][1]):
        add("period", f"{why}: '{short}' «{fn}» {a}..{b} (A.3 Period)", student={"student": s}, name=fn,
            starts_on=a, ends_on=b)
    for fn in sorted(all_full - set(ps)):
        if fn in ("1 четверть", "I полугодие", "2 четверть"):
            add("no_period", f"no getperiods of {s} ever listed «{fn}»: another class's period scheme, and {s} was "
                f"never in that class (A.2 getperiods is per student; A.4 periods vary)", student={"student": s}, name=fn)

# final marks (A.3 Final assessment; the period is the short name of the pupil's getperiods at that pull)
for s, (items, why) in sorted(finals.items()):
    shown = set()
    for subj, short, v, fn in items:
        shown.add((subj, fn, v))
        add("final_mark", f"{why}: «{subj}» period '{short}' («{fn}» in his getperiods) value '{v}' (A.3 Final "
            f"assessment, A.3 Period name)", student={"student": s}, subject=subj, period=fn, value=v)
    for (s2, subj, fn, v), w in sorted(seen_finals.items()):
        if s2 == s and (subj, fn, v) not in shown:
            add("no_final_mark", f"'{v}' in «{subj}» «{fn}» was listed by {w}; the latest, {why}, lists it no "
                f"longer (A.2 getfinalassessments: the pupil's items)", student={"student": s}, subject=subj,
                period=fn, value=v)

# vendor averages (A.3 SubjectMarks average; A.3 Period start/end are what `days` is made of)
for (s, rng), (lessons, why) in sorted(averages.items()):
    a, b = iso(rng[:8]), iso(rng[9:])
    pname = next((fn for fn, (_, pa, pb, _) in periods.get(s, {}).items() if (pa, pb) == (a, b)), None)
    for les in lessons:
        if les["average"] == "":
            continue
        kw = {"period": pname} if pname else {}
        add("vendor_average", f"{why}: «{les['name']}» average '{les['average']}' over days {rng}"
            + (f" = «{pname}» of his getperiods" if pname else "") + " (A.3 SubjectMarks, A.3 Period)",
            student={"student": s}, subject=les["name"], value=les["average"], **kw)

# diary: lessons, holidays, tasks, marks, absences (A.3 Day, Lesson item, Assessment, Absence)
tasks_now = set()
lessons_now = set()
for (s, date), (items, alert, hname, why) in sorted(days.items()):
    if alert == "vacation":
        add("holiday", f"{why}: day {date} alert 'vacation', holiday_name «{hname}» (A.3 Day)",
            student={"student": s}, date=date, name=hname, once=True)
    for it in items.values():
        lessons_now.add((s, date, it["name"]))
        add("lesson", f"{why}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']} (A.3 Lesson item; "
            f"times with rings)", student={"student": s}, date=date, subject=it["name"], number=int(it["num"]),
            teacher=it["teacher"], room=it["room"], topic=it["topic"], starts_at=it["starttime"][:5],
            ends_at=it["endtime"][:5])
        for hw in it["homework"].values():
            tasks_now.add((s, it["name"], hw["value"]))
            add("homework", f"{why}: task {hw['id']} on the «{it['name']}» lesson of {date} (A.3 Lesson item homework)",
                student={"student": s}, subject=it["name"], text=hw["value"], date=date)
for (s, date, subj), w in sorted(seen_lessons.items()):
    if (s, date, subj) not in lessons_now:
        add("no_lesson", f"{w} listed «{subj}» on {date}; the latest answer for that day, "
            f"{days[(s, date)][3]}, does not (A.3 Day: each listed day is whole)", student={"student": s},
            date=date, subject=subj)
for (s, subj, text), w in sorted(seen_tasks.items()):
    if (s, subj, text) not in tasks_now:
        add("no_homework", f"task «{text}» was listed by {w}; no latest answer of {s}'s days lists it (A.3 Lesson "
            f"item homework keyed by id, A.3 Day whole)", student={"student": s}, subject=subj, text=text)
mk_now = set()
for (s, date, subj), (ms, why) in sorted(marks.items()):
    for (lid, nm), m in ms.items():
        mk_now.add((s, date, subj, m["value"]))
        if m["value"] in ABS:
            add("attendance", f"{why}: pseudo-mark '{m['value']}' at lesson {lid} (A.3 Absence pseudo-mark, A.6)",
                student={"student": s}, date=date, subject=subj, code=m["value"], meaning=ABS[m["value"]])
            continue
        wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
        kw = {"number": m["_num"]} if m.get("_num") else {}
        add("mark", f"{why}: lesson {lid} nm {nm} value '{m['value']}' weight {m['weight_float']} (A.3 Assessment, "
            f"SubjectMarks; the latest pull covering the day wins)", student={"student": s}, date=date, subject=subj,
            value=m["value"], weight=float(m["weight_float"]), counts=bool(m["count"]), work_type=wt, **kw)
for (s, date, subj, v), w in sorted(seen_marks.items()):
    if (s, date, subj, v) not in mk_now:
        add("no_mark", f"'{v}' in «{subj}» on {date} was listed by {w}; the latest answer covering that day says "
            f"otherwise (A.3 Assessment: a mark is its lesson_id and nm)", student={"student": s}, date=date,
            subject=subj, value=v)

# keep the corpus to its size: everything but the plain lesson facts, and the lessons of numbers 1 and 2
def wanted(f):
    if f["kind"] == "lesson":
        return f["subject"] == "Астрономия" or (f["number"] == 1 and int(f["date"][8:]) % 2 == 1)
    if f["kind"] == "holiday":
        return f["date"] in ("2026-10-26", "2026-11-04")
    if f["kind"] == "homework":
        return f["subject"] in ("Алгебра", "Информатика", "Астрономия", "Литература")
    if f["kind"] == "mark":
        return f["weight"] == 2 or f.get("number", 0) in (1, 3) or "number" not in f or "исправ" in f["why"]
    return True


keep = [f for f in facts if wanted(f)]
counters = {}
for f in keep:
    k = f["kind"].replace("_", "-")
    counters[k] = counters.get(k, 0) + 1
    f["id"] = f"{k}-{counters[k]:03d}"
(HERE / "facts.json").write_text(json.dumps({"facts": keep}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(keep), counters)
