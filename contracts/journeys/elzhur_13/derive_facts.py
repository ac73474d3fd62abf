"""Derive facts.json from journey.json for elzhur_13 (standard library only; never imports the hub).

Rules, from /work/shared/reference/elzhur_mesh.md Part A:
 1. Envelope (A.1): only answers with response.state 200 are read; `students` is an object keyed by id or an
    array (A.1), `items` an object keyed by lesson number or an array (A.3 Day). The request's query gives the
    method, the pupil (`student=`), the class (`class=`) and the `days=YYYYMMDD-YYYYMMDD` range (A.1, A.4).
 2. Pull order: records are read in order of `pulled_at` (hub README "Time is data"); the latest answer wins.
 3. getrules (A.3 getrules): a parent's children are the keys of relations.students; the class teacher is
    relations.groups[<class>].hometeacher_name.
 4. getperiods (A.3 Period, A.5 E1): each dated period of a pupil's own answer is a period fact (start/end
    YYYYMMDD -> ISO dates). The undated `ambigious` year column gives no fact. A period is named by `name`; a
    later answer restates it. A period missing from a later answer asked without show_disabled is not gone: A.3
    Period `disabled` is "hidden when show_disabled is not set" (quarter I, closed, is listed `disabled: true` in
    the newcomer's answer with show_disabled=__yes), so periods are never deleted by omission.
 5. getdiary / getschedule (A.3 Day): each day key of an answer is that pupil's (or class's) whole day. The latest
    answer holding a day decides it. A day with alert "vacation" is a holiday named by holiday_name (holiday facts
    for the class from getschedule, for the pupil from getdiary) and holds no lessons: the weekday's usual
    lessons (from the class schedule's ordinary days) are no_lesson facts for the pupil. A non-holiday day that a
    pupil's own diary holds with no items (the newcomer before he joined) has none of the class's lessons of that
    date: no_lesson facts.
 6. Lessons (A.3 Lesson item): subject `name`, `num`, `teacher`, `room`, `topic`; `starttime`/`endtime` HH:MM or
    HH:MM:SS, compared as HH:MM.
 7. Marks (A.3 Assessment, A.6): value "" is skipped; н/Н (absent) and оп/ОП (late) are attendance, not marks
    (attendance + no_mark facts); any other value is a mark filed under its lesson's day, weight = weight_float
    if not null else weight (as a number), counts = `count`, work type = control_type (getdiary) or mtype.type
    (getmarks), comment when not empty. A mark is (pupil, lesson_id, nm), the same in getdiary and getmarks
    (A.3 Assessment `lesson_id`, `nm`; SubjectMarks "Assessment fields"): of the answers holding it, the latest
    pull states it (so a getmarks pulled after the diary corrects a value). A getmarks mark no diary day holds is
    filed on its `date` (YYYY-MM-DD, A.4); one a diary holds, under the diary's day.
 8. Homework (A.3 Lesson item `homework`): each task of a lesson is a homework fact on that lesson's date.
 9. Averages (A.3 SubjectMarks): the latest getmarks answer per (pupil, days) gives each subject's non-empty
    `average` as sent; its period is the pupil's getperiods period whose start-end equals `days`.
10. Finals (A.3 Final assessment, A.5 E4): the latest getfinalassessments answer per pupil (with or without
    `days`, A.2 "some add days": both are this school year's) holds the pupil's finals; each non-empty value is a
    final_mark in the column whose name is `period` (= Period.name). A value the latest answer lacks is gone.
"""
import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def parse(request):
    parts = urlsplit(request)
    method = parts.path.rstrip("/").rsplit("/", 1)[-1]
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    return method, query


def students_of(result):
    st = result.get("students") or {}
    if isinstance(st, dict):
        return [(str(k), v) for k, v in st.items()]
    return [(str(v["name"]), v) for v in st]


def items_of(day):
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def hhmm(t):
    return None if t is None else t[:5]


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(enumerate(records), key=lambda x: (x[1][1].get("pulled_at", ""), x[0]))
    children, class_teacher, periods = {}, {}, {}
    pupil_days, class_days = {}, {}       # (pupil, ymd) -> (day, step, request); (class, ymd) -> ...
    marks_ans, finals_ans = {}, {}        # (pupil, days) -> (answer, step, req); pupil -> (answer, step, req)
    for _, (step, r) in records:
        pulled = r.get("pulled_at", "")
        body = r["body"]["response"]
        if body.get("state") != 200:
            continue
        result = body["result"]
        method, q = parse(r["request"])
        where = f"step {step[:2]} `{r['request']}`"
        if method == "getrules":
            rel = result.get("relations") or {}
            children[str(result["id"])] = (sorted((rel.get("students") or {}).keys()), where)
            for cls, g in (rel.get("groups") or {}).items():
                if g.get("hometeacher_name"):
                    class_teacher[cls] = (g["hometeacher_name"], where)
        elif method == "getperiods":
            for pupil, rec in students_of(result):
                known = periods.setdefault(pupil, {})
                for p in rec["periods"]:
                    if p.get("start") and p.get("end"):
                        known[p["name"]] = (p, where)
        elif method == "getschedule" and "class" in q:
            for key, day in result["days"].items():
                class_days[(q["class"], key)] = (day, where)
        elif method in ("getdiary", "getschedule"):
            for pupil, rec in students_of(result):
                for key, day in rec["days"].items():
                    pupil_days[(pupil, key)] = (day, where, pulled)
        elif method == "getmarks":
            for pupil, rec in students_of(result):
                marks_ans[(pupil, q["days"])] = (rec, where, pulled)
        elif method == "getfinalassessments":
            for pupil, rec in students_of(result):
                finals_ans[pupil] = (rec, where)
    facts = []

    def add(fid, kind, why, **fields):
        facts.append({"id": fid, "kind": kind, **fields, "why": why})

    for parent, (kids, where) in sorted(children.items()):
        add(f"children-{parent}", "children", f"{where}: relations.students keyed by id (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (name, where) in sorted(class_teacher.items()):
        add(f"class-teacher-{cls}", "class_teacher", f"{where}: relations.groups hometeacher_name (A.3 getrules)",
            **{"class": {"class": cls}}, teacher=name)
    for pupil, known in sorted(periods.items()):
        for p, where in known.values():
            state = "disabled (closed), still the pupil's period" if p.get("disabled") else "dated period"
            add(f"period-{pupil}-{p['name']}", "period", f"{where}: {state}, weeks[] (A.3 Period, A.5 E1)",
                student={"student": pupil}, name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    # the usual timetable: weekday -> [(num, subject)] from the class schedule's ordinary days
    usual = {}
    for (cls, key), (day, _) in sorted(class_days.items()):
        if day.get("alert") == "vacation":
            wd = dt.date.fromisoformat(iso(key)).weekday()
            add(f"holiday-{cls}-{key}", "holiday", f"{_}: alert vacation, holiday_name (A.3 Day)",
                **{"class": {"class": cls}}, date=iso(key), name=day.get("holiday_name"))
            continue
        wd = dt.date.fromisoformat(iso(key)).weekday()
        usual.setdefault(wd, sorted((int(it["num"]), it["name"]) for it in items_of(day)))
    cand = {}  # (pupil, lesson_id, nm) -> [(pulled, order, where, date, subject, assessment, work_type)]
    for (pupil, key), (day, where, pulled) in sorted(pupil_days.items()):
        date = iso(key)
        wd = dt.date.fromisoformat(date).weekday()
        if day.get("alert") == "vacation":
            add(f"holiday-{pupil}-{key}", "holiday", f"{where}: day {key} alert vacation (A.3 Day)",
                student={"student": pupil}, date=date, name=day.get("holiday_name"))
            for num, subject in usual.get(wd, []) if wd < 5 else []:
                add(f"no-lesson-{pupil}-{key}-{num}", "no_lesson",
                    f"{where}: day {key} is a vacation day, no lessons (A.3 Day alert vacation)",
                    student={"student": pupil}, date=date, subject=subject, number=num)
            continue
        items = items_of(day)
        if not items:
            cls_day = None
            for (cls, k), (cday, _) in class_days.items():
                if k == key:
                    cls_day = cday
            for it in items_of(cls_day or {}):
                add(f"no-lesson-{pupil}-{key}-{it['num']}", "no_lesson",
                    f"{where}: the pupil's own day {key} holds no items although the class schedule has "
                    f"lessons that day (A.3 Day: the day is held whole; he was not in the class yet)",
                    student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]))
        for it in items:
            f = {"student": {"student": pupil}, "date": date, "subject": it["name"], "number": int(it["num"]),
                 "teacher": it["teacher"], "room": it["room"], "topic": it.get("topic")}
            if it.get("starttime"):
                f["starts_at"], f["ends_at"] = hhmm(it["starttime"]), hhmm(it["endtime"])
            add(f"lesson-{pupil}-{key}-{it['num']}", "lesson", f"{where}: lesson item (A.3 Lesson item)", **f)
            for hid, hw in sorted((it.get("homework") or {}).items()):
                add(f"homework-{pupil}-{hid}", "homework", f"{where}: homework keyed by id (A.3 Lesson item)",
                    student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
            for a in it.get("assessments") or []:
                cand.setdefault((pupil, a["lesson_id"], a["nm"]), []).append(
                    (pulled, 0, where, date, it["name"], a, a.get("control_type")))
    for (pupil, days), (rec, where, pulled) in sorted(marks_ans.items()):
        own = {(p["start"], p["end"]): p["name"] for p, _ in periods.get(pupil, {}).values()}
        period = own.get(tuple(days.split("-")))
        for lesson in rec["lessons"]:
            for a in lesson.get("marks") or []:
                cand.setdefault((pupil, a["lesson_id"], a["nm"]), []).append(
                    (pulled, 1, where, a["date"], lesson["name"], a, (a.get("mtype") or {}).get("type")))
            if lesson.get("average") not in (None, ""):
                f = {"student": {"student": pupil}, "subject": lesson["name"], "value": str(lesson["average"])}
                if period:
                    f["period"] = period
                add(f"average-{pupil}-{period or days}-{lesson['lesson_id']}", "vendor_average",
                    f"{where}: average as sent; days = period {period}'s start-end (A.3 SubjectMarks, A.3 Period)", **f)
    for (pupil, lid, nm), found in sorted(cand.items()):
        in_diary = [c for c in found if c[1] == 0]
        pulled, _, where, date, subject, a, work_type = max(found, key=lambda c: (c[0], -c[1]))
        if in_diary:
            date, subject = in_diary[-1][3], in_diary[-1][4]
            work_type = work_type or in_diary[-1][6]
        base = {"student": {"student": pupil}, "date": date, "subject": subject}
        fid = f"{pupil}-{lid}-{nm}"
        if a["value"] == "":
            continue
        if a["value"] in ATTENDANCE:
            add(f"attendance-{fid}", "attendance", f"{where}: absence pseudo-mark (A.3 Absent, A.6)",
                **base, code=a["value"], meaning=ATTENDANCE[a["value"]])
            add(f"no-mark-{fid}", "no_mark", "an attendance code is not a mark (A.6)", **base, value=a["value"])
            continue
        w = a.get("weight_float")
        w = float(a["weight"] if w is None else w)
        extra = {"comment": a["comment"]} if a.get("comment") else {}
        add(f"mark-{fid}", "mark", f"{where} (latest pull holding lesson_id {lid} nm {nm}): assessment "
            f"(A.3 Assessment / SubjectMarks, A.4 date {a['date']})", **base, value=a["value"],
            weight=int(w) if w.is_integer() else w, counts=bool(a["count"]), work_type=work_type, **extra)
        for old_value in sorted({old[5]["value"] for old in found}):
            if old_value not in ("", a["value"]) and old_value not in ATTENDANCE:
                add(f"no-mark-{fid}-{old_value}", "no_mark", f"{where}: the later pull corrected "
                    f"{old_value} to {a['value']} (A.3 Assessment lesson_id/nm)", **base, value=old_value)
    for pupil, (rec, where) in sorted(finals_ans.items()):
        for item in rec["items"]:
            for cell in item["assessments"]:
                if cell.get("value"):
                    add(f"final-{pupil}-{item['name']}-{cell['period']}", "final_mark",
                        f"{where} (latest finals of the pupil): period = Period.name (A.3 Final assessment, A.5 E4)",
                        student={"student": pupil}, subject=item["name"], period=cell["period"], value=cell["value"])
    ids = [f["id"] for f in facts]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
