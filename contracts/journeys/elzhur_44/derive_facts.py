"""Derive what each parent of 7В must (and must never) see from journey.json alone (never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md Part A:

R0  Every answer is the journal as of its `pulled_at`; the latest pull wins (A.1 envelope; the hub's documented
    envelope). Answers are applied in pull order.
R1  children: a parent's latest getrules `relations.students` (A.3 getrules). A child it no longer lists (the
    duplicate record merged away) is not the parent's child any more.
R2  class teacher: the latest getrules `relations.groups[class].hometeacher_name` (A.3 getrules).
R3  periods: getperiods dated periods, `start`/`end` YYYYMMDD (A.3 Period, A.5 E1).
R4  lessons: a getdiary day `days[YYYYMMDD]` is the pupil's whole day (A.3 Day: `items` are the day's lessons);
    a lesson is its `lesson_id` (A.3 Lesson item), its fields (name, teacher, room, topic, times) those of the
    latest answer that lists it, on the day that answer files it under. Every lesson of this journey is the
    whole class's (no `grp`) and all four pupils are in 7В throughout, so a lesson a later answer of its day (any
    pupil's) no longer lists is gone from the class's journal, for every pupil. A subject or teacher the latest answers no
    longer use (the school's duplicate entries) is not shown; a lesson re-filed under another day is not shown on
    the old one (no_lesson).
R5  marks: an assessment is (pupil, `lesson_id`, `nm`) (A.3 Assessment: `nm` the position within the lesson);
    getdiary speaks for the pupil's marks of each day it lists, getmarks for the pupil's marks dated (`date`,
    A.3 SubjectMarks) within its `days`; a mark a later such answer lacks is gone (moved to another pupil, or
    deleted); its value/weight (`weight_float`, else `weight`)/work type (`control_type`, `mtype.type`)/comment as
    the latest answer gives them; it is filed under its lesson's subject and its own `date`.
R6  attendance: `н`/`Н` (absent) and `оп`/`ОП` (late) are pseudo-marks with `count:false` (A.3 Absent, A.6),
    shown as attendance, never as marks; the same presence rule as R5 (a removed «н» leaves the pupil present).
R7  homework: a task is its `id` (A.3 `homework` object); getdiary lesson items and gethomework by class
    (`days` at the top level, A.2, A.5 E5) list the tasks of each day they cover; a task a later answer covering
    its day lacks is withdrawn (pasted into the wrong class and removed); it shows at its lesson's latest day.
R8  vendor averages: the latest getmarks `lessons[].average` per pupil and subject (A.3 SubjectMarks); a subject
    the pupil's latest getmarks no longer lists has no average from an older one.
R5 note: a getmarks with `days` is the pupil's whole list of marks dated in that range (A.2: `getmarks` `student`,
    `days` -> `students:{id:{lessons:[SubjectMarks]}}`), whatever subject they are under: a subject left with no mark
    in the range is not listed, so its marks there are gone (a mark moved to another pupil two weeks late).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def norm(s: str) -> str:
    return " ".join(str(s).split()).casefold()


def days_of(request: str) -> tuple[str, str] | None:
    for part in request.split("?", 1)[-1].split("&"):
        if part.startswith("days="):
            a, b = part[5:].split("-")
            return (f"{a[:4]}-{a[4:6]}-{a[6:]}", f"{b[:4]}-{b[4:6]}-{b[6:]}")
    return None


def param(request: str, key: str) -> str | None:
    for part in request.split("?", 1)[-1].split("&"):
        if part.startswith(key + "="):
            return part[len(key) + 1:]
    return None


def iso(ymd: str) -> str:
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [r for s in journey["steps"] for b in s["batches"] for r in b]
    records = sorted(records, key=lambda r: r["pulled_at"])  # R0 (stable: the push order is the pull order)

    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    seen_days: dict[tuple[str, str], list[dict]] = {}  # (pupil, day) -> latest items
    ever_subjects: dict[tuple[str, str], set] = {}  # (pupil, day) -> subjects any answer showed
    lessons: dict[str, dict] = {}  # lesson_id -> latest item + day
    deleted: set[str] = set()  # lesson ids a later answer of their day no longer lists
    marks: dict[tuple, dict] = {}  # (pupil, lesson_id, nm) -> {value, ..., date, lesson_id}
    ever_marks: dict[tuple, dict] = {}
    tasks: dict[int, dict] = {}  # hw id -> {subject, text, day, lesson_id}
    ever_tasks: dict[int, dict] = {}
    averages: dict[tuple[str, str], str] = {}
    fids: dict[str, int] = {}

    def drop_marks(pupil: str, days: set[str], keep: set[tuple]) -> None:
        for key in [k for k, m in marks.items() if k[0] == pupil and m["date"] in days and k not in keep]:
            del marks[key]

    def put_mark(pupil: str, a: dict, subject_hint: str | None) -> tuple:
        key = (pupil, str(a["lesson_id"]), str(a["nm"]))
        old = marks.get(key, {})
        w = a.get("weight_float", a.get("weight"))
        work = a.get("control_type") or (a.get("mtype") or {}).get("type") or old.get("work_type")
        m = {"value": a["value"], "weight": int(float(w)) if w not in (None, "") else old.get("weight"),
             "work_type": work, "comment": a.get("comment") if a.get("comment") is not None else old.get("comment"),
             "count": a.get("count"), "date": a.get("date") or old.get("date"), "lesson_id": str(a["lesson_id"]),
             "subject_hint": subject_hint}
        marks[key] = m
        ever_marks[(key, m["date"], (subject_hint or "").strip(), m["value"])] = dict(m)
        return key

    for r in records:
        req, res = r["request"], r["body"]["response"]["result"]
        method = req.split("?")[0]
        if method == "getrules":
            rules[res["id"]] = res
        elif method == "getperiods":
            for st in res["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getdiary":
            pupil = param(req, "student")
            for st in (res["students"].values() if isinstance(res["students"], dict) else res["students"]):
                covered, keep, day_tasks = set(), set(), {}
                for ymd, day in st["days"].items():
                    d = iso(ymd)
                    covered.add(d)
                    items = items_of(day)
                    seen_days[(pupil, d)] = items
                    ever_subjects.setdefault(d, set()).update(i["name"] for i in items)
                    listed = {str(i["lesson_id"]) for i in items}
                    for lid in [k for k, v in lessons.items() if v["day"] == d and k not in listed]:
                        deleted.add(lid)  # every lesson here is the whole class's (no grp): gone for the class
                    for it in items:
                        deleted.discard(str(it["lesson_id"]))
                        lessons[str(it["lesson_id"])] = dict(it, day=d)
                        for a in it.get("assessments") or []:
                            if a.get("value", "") == "":
                                continue
                            keep.add(put_mark(pupil, dict(a, date=a.get("date") or d), it["name"]))
                        for hid, t in (it.get("homework") or {}).items():
                            day_tasks[t["id"]] = {"subject": it["name"], "text": t["value"], "day": d}
                drop_marks(pupil, covered, keep)
                apply_tasks(tasks, ever_tasks, covered, day_tasks)
        elif method == "gethomework":
            covered, day_tasks = set(), {}
            for ymd, day in res["days"].items():
                d = iso(ymd)
                covered.add(d)
                for it in items_of(day):
                    for t in (it.get("homework") or {}).values():
                        day_tasks[t["id"]] = {"subject": it["name"], "text": t["value"], "day": d}
            apply_tasks(tasks, ever_tasks, covered, day_tasks)
        elif method == "getmarks":
            pupil = param(req, "student")
            a_from, a_to = days_of(req)
            start, end = dt.date.fromisoformat(a_from), dt.date.fromisoformat(a_to)
            covered = {(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)}
            keep = set()
            for k in [k for k in averages if k[0] == pupil]:
                del averages[k]  # R8: the latest getmarks is the pupil's whole list of averages
            for st in res["students"].values():
                for subj in st["lessons"]:
                    if subj.get("average") not in (None, ""):
                        averages[(pupil, norm(subj["name"]))] = (subj["name"], subj["average"])
                    for a in subj["marks"]:
                        keep.add(put_mark(pupil, a, subj["name"]))
            drop_marks(pupil, covered, keep)

    facts: list[dict] = []

    def add(kind: str, why: str, **kw) -> None:
        fids[kind] = fids.get(kind, 0) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{fids[kind]:03d}", "kind": kind, **kw, "why": why})

    # R1, R2
    class_teacher = None
    for pid in sorted(rules):
        kids = sorted(rules[pid]["relations"].get("students") or {})
        add("children", "R1: latest getrules of this parent lists exactly these; the duplicate record 44599 "
                        "(«Ковалев Илья») was merged into 44501 and is no longer listed (A.3 getrules)",
            guardian={"parent": pid}, children=[{"student": k} for k in kids])
    pulled = {r["body"]["response"]["result"]["id"]: r["pulled_at"] for r in records if r["request"] == "getrules"}
    latest = rules[max(pulled, key=lambda p: pulled[p])]
    for cls, g in latest["relations"]["groups"].items():
        class_teacher = g["hometeacher_name"]
        add("class_teacher", "R2: the latest getrules' hometeacher_name; the teacher entered twice («Миронова О. П.») "
                             "was repaired before it (A.3 getrules)", teacher=class_teacher, **{"class": {"class": cls}})
    pupils = sorted({k for p in rules.values() for k in (p["relations"].get("students") or {})})

    # R3
    for pupil in pupils:
        for p in periods.get(pupil, []):
            if p["start"] and p["end"] and (pupil == "44501" or p["name"] == "II"):
                add("period", "R3: getperiods dated period (A.3 Period)", student={"student": pupil}, name=p["name"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # R4 lessons
    lesson_subject = {lid: it["name"].strip() for lid, it in lessons.items()}
    class_days = sorted({d for (_, d) in seen_days})
    for pupil, day in [(p, d) for p in pupils for d in class_days]:
        shown = set()
        for lid, les in sorted(lessons.items(), key=lambda kv: int(kv[1]["num"])):
            if les["day"] != day or lid in deleted:
                continue
            shown.add(norm(les["name"]))
            wd = dt.date.fromisoformat(day).weekday()
            trap = (day <= "2026-11-13" and wd in (0, 2) and les["name"].strip() in ("Русский язык", "Литература")) \
                or ("2026-11-17" <= day <= "2026-11-19" and les["name"].strip() in ("Математика", "История", "Физика"))
            if pupil != "44501" and not trap:
                continue
            add("lesson", f"R4: lesson {les['lesson_id']} as the latest answer listing it gives it (A.3 Lesson item)",
                student={"student": pupil}, date=day, subject=les["name"].strip(), number=int(les["num"]),
                teacher=les["teacher"], room=les["room"], topic=les["topic"], starts_at=les["starttime"][:5],
                ends_at=les["endtime"][:5])
        for subj in sorted(ever_subjects[day]):
            if norm(subj) not in shown:
                add("no_lesson", f"R4: an earlier answer listed «{subj}» on {day}; the latest answer of that day "
                                 "lists no such lesson (the subject renamed back / the lesson re-filed under another "
                                 "day) (A.3 Day, Lesson item)", student={"student": pupil}, date=day, subject=subj)

    # R5, R6 marks and attendance
    for key, m in sorted(marks.items()):
        pupil = key[0]
        if pupil not in pupils:
            continue
        subject = lesson_subject.get(m["lesson_id"]) or m["subject_hint"].strip()
        if m["value"] in ABSENCE:
            add("attendance", "R6: pseudo-mark «%s» (A.3 Absent, A.6)" % m["value"], student={"student": pupil},
                date=m["date"], subject=subject, code=m["value"], meaning=ABSENCE[m["value"]])
            add("no_mark", "R6: «н»/«оп» is attendance, never a mark (A.6)", student={"student": pupil},
                date=m["date"], subject=subject, value=m["value"])
            continue
        fact = {"student": {"student": pupil}, "date": m["date"], "subject": subject, "value": m["value"],
                "weight": m["weight"], "work_type": m["work_type"], "counts": bool(m["count"])}
        if m["comment"]:
            fact["comment"] = m["comment"]
        add("mark", f"R5: mark {'.'.join(key)} as the latest answer gives it (A.3 Assessment, SubjectMarks)", **fact)
    done = set()
    for (key, date, subject, value), m in sorted(ever_marks.items()):
        pupil = key[0]
        if pupil not in pupils or (pupil, date, norm(subject), value) in done:
            continue
        done.add((pupil, date, norm(subject), value))
        same = [x for k, x in marks.items() if k[0] == pupil and x["date"] == date
                and (x["value"] == value or (value in ABSENCE and x["value"] in ABSENCE))
                and norm(lesson_subject.get(x["lesson_id"]) or "") == norm(subject)]
        if same:
            continue
        m = dict(m, date=date)
        if m["value"] in ABSENCE:
            add("attendance", "R6: an earlier answer put «%s» on this pupil; the later answers of the day lack it "
                              "(put on the wrong pupil and moved): present (A.3 Absent, A.6)" % m["value"],
                student={"student": pupil}, date=m["date"], subject=subject, meaning="present")
        else:
            add("no_mark", "R5: an earlier answer showed this mark here; the latest answers show it on another "
                           "pupil, day or subject name, or not at all (A.3 Assessment, SubjectMarks)",
                student={"student": pupil}, date=m["date"], subject=subject, value=m["value"])

    # R7 homework
    for hid, t in sorted(tasks.items()):
        for pupil in pupils:
            add("homework", f"R7: task {hid} (A.3 homework, A.5 E5)", student={"student": pupil},
                subject=t["subject"].strip(), text=t["text"], date=t["day"])
    for hid, t in sorted(ever_tasks.items()):
        if hid not in tasks:
            for pupil in pupils:
                add("no_homework", f"R7: task {hid} was pasted from another class and a later answer covering its "
                                   "day lacks it (A.3 homework, A.5 E5)", student={"student": pupil},
                    subject=t["subject"].strip(), text=t["text"])

    # R8
    for (pupil, _), (name, value) in sorted(averages.items()):
        if pupil in pupils:
            add("vendor_average", "R8: the latest getmarks average (A.3 SubjectMarks)", student={"student": pupil},
                subject=name.strip(), value=value)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts)


def apply_tasks(tasks: dict, ever: dict, covered: set, listed: dict) -> None:
    for hid, t in listed.items():
        tasks[hid] = t
        ever[hid] = t
    for hid in [h for h, t in tasks.items() if t["day"] in covered and h not in listed]:
        del tasks[hid]


if __name__ == "__main__":
    main()
