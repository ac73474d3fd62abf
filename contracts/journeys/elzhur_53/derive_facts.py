"""Derive facts.json of elzhur_53 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md Part A:

1. Every answer is the journal as of its ``pulled_at``; answers are replayed in the order of their instants (A.4:
   the hub README's envelope; every stamp here carries +03:00).
2. A getdiary over ``days=A-B`` holds each day of the range whole (A.2, A.3 Day: ``items`` are the day's lessons):
   the latest answer of a pupil covering a day says which lessons, tasks and marks he has that day.
3. A pupil's lessons are the items of his own diary (A.2 getdiary is per ``student``; A.3 Lesson item): a lesson
   item with the same ``lesson_id`` in two pupils' diaries (music and art of grades 2 and 4, PE of 3 and 4 and of
   2 and 4: one lesson of a combined set) is a lesson of each; an item his diary does not list is not his, however
   alike it is (the combined class's lessons of the other grade: same number, time, room and teacher, another
   ``lesson_id``, topic and task), so a pupil sees no lesson of a subject only the other grade has that day.
4. A lesson's topic, teacher, room and times are its item's in the pupil's latest answer (A.3 Lesson item
   ``topic``, ``teacher``, ``room``, ``starttime``/``endtime`` with ``rings``).
5. A task is in the ``homework`` object of the lesson item that lists it in the pupil's diary (A.3 Lesson item
   ``homework``, several tasks possible): a pupil sees the tasks his own diary lists, and not the tasks only the
   other grade's diary lists on the same (shared) lesson or the same slot; a task an earlier answer listed that no
   latest day of his lists any more is withdrawn for him.
6. A lesson item named ``"Cancel"`` is a cancelled lesson (A.3 Lesson item ``name``, [S] felpsyatina): the pupil
   sees no live lesson of the subject it had, no lesson called «Cancel», and none of its tasks.
7. A lesson whose ``lesson_id`` a later answer lists on another day (and the earlier day no longer) moved there:
   rule 2 makes it absent from the old day (A.3 Lesson item ``lesson_id``, Day).
8. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary or
   getmarks, A.2) says which marks the day holds: a mark a later answer lacks is deleted, one re-valued under the
   same ``nm`` shows its new value only; ``н``/``оп`` are attendance (A.3 Absence pseudo-mark, A.6), not marks.
   A pupil's diary holds his own marks only (A.2 getdiary per ``student``): the other grade's marks given in the
   same combined lesson (or the same shared lesson) are not his.
9. ``getrules`` of a parent: ``relations.students`` are his children, ``relations.groups[c].hometeacher_name``
   the class teacher (A.3 getrules); one teacher may be class teacher of two classes.
10. getperiods: each dated period with its ``fullname``, ``start`` and ``end`` (A.3 Period).
11. getmarks ``average`` per subject (A.3 SubjectMarks), stated without a period (its ``days`` is a fortnight, not
    a period of getperiods).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
FOCUS = ["53201", "53202", "53301", "53401", "53402"]  # the pupils the facts follow (getmarks pulled)
# (pupil, the pupil of the other grade whose lessons and marks the facts say are not his)
PAIRS = [("53201", "53401"), ("53401", "53201"), ("53202", "53402"), ("53301", "53402")]
CORE_DAYS = ["2026-11-11", "2026-11-19"]  # the other grade's tasks: facts these days
FACT_DAYS = {  # lesson and task facts: the days of the traps each pupil meets
    "53201": ["2026-11-09", "2026-11-11", "2026-11-17", "2026-11-19", "2026-11-20"],
    "53401": ["2026-11-09", "2026-11-11", "2026-11-17", "2026-11-20"],
    "53301": ["2026-11-12", "2026-11-18"], "53202": ["2026-11-11", "2026-11-19"], "53402": ["2026-11-12"]}


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in request.split("days=")[1].split("&")[0].split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def arg(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_subjects: dict[tuple[str, str], set] = {}  # (pupil, date) -> live subjects any answer showed
    seen_tasks: dict[str, set] = {}  # pupil -> (subject, text) any answer showed
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    averages: list[tuple[str, str, str, str]] = []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules[result["id"]] = result
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = arg(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    if it["name"] != "Cancel":
                        seen_subjects.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type"), num=int(it["num"])))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = arg(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    work = (m.get("mtype") or {}).get("type")
                    by_day.setdefault(m["date"], []).append(dict(m, subject=subject["name"], work=work, num=None))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                # getmarks names no lesson number: keep the diary's number of the same lesson_id and nm
                numbers = {(m["lesson_id"], m["nm"]): m["num"] for m in mark_state.get((pupil, date), ("", []))[1]}
                mark_state[(pupil, date)] = (src, [dict(m, num=numbers.get((m["lesson_id"], m["nm"])))
                                                   for m in marks])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # rule 9: children and class teachers
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"getrules of parent {parent}: relations.students {kids} (rule 9, A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules.values() for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (rule 9, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # rule 10: periods
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["start"]:
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(rule 10, A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    def items_of(pupil: str, date: str) -> list[dict]:
        return sorted((day_state.get((pupil, date)) or {}).get("items", {}).values(), key=lambda x: int(x["num"]))

    dates = sorted({d for _, d in day_state})
    for pupil in FOCUS:
        fact_days = FACT_DAYS[pupil]
        own_tasks = {(it["name"], hw["value"]) for (p, _), day in day_state.items() if p == pupil and day
                     for it in day["items"].values() if it["name"] != "Cancel" for hw in it["homework"].values()}
        for date in dates:
            src, items = day_src[(pupil, date)], items_of(pupil, date)
            live = {it["name"] for it in items if it["name"] != "Cancel"}
            for it in items:
                if it["name"] == "Cancel" or date not in fact_days:
                    continue
                add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson_id {it['lesson_id']}, "
                              f"{it['starttime']}-{it['endtime']} (rules 3, 4; A.3 Lesson item)",
                    student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                    topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5])
                for hw in it["homework"].values():
                    add("homework", f"{src}: task {hw['id']} on item {it['num']} «{it['name']}» of {date} "
                                    "(rule 5, A.3 Lesson item homework)", student={"student": pupil},
                        subject=it["name"], text=hw["value"], date=date, number=int(it["num"]))
            # rules 2, 6, 7: subjects an earlier answer showed that day and the latest lacks; «Cancel»
            for subject in sorted(seen_subjects.get((pupil, date), set()) - live):
                add("no_lesson", f"{src}: the latest answer for {date} has no live «{subject}» lesson, an earlier "
                                 "pull showed one (rules 2, 6, 7; A.3 Day, Lesson item)",
                    student={"student": pupil}, date=date, subject=subject)
            if any(it["name"] == "Cancel" for it in items):
                add("no_lesson", f"{src}: the «Cancel» item of {date} is a cancelled lesson (rule 6, A.3 Lesson "
                                 "item `name`)", student={"student": pupil}, date=date, subject="Cancel")
            # rule 3: what only the other grade has that day is not his
            for p, other in PAIRS:
                if p != pupil:
                    continue
                for subject in sorted({it["name"] for it in items_of(other, date) if it["name"] != "Cancel"}
                                      - live - seen_subjects.get((pupil, date), set())):
                    add("no_lesson", f"{day_src[(other, date)]} lists «{subject}» on {date}; {pupil}'s own latest "
                                     f"answer ({src}) does not: a lesson of the other grade (rule 3, A.2 getdiary "
                                     "per student)", student={"student": pupil}, date=date, subject=subject)
            # rule 8: marks and attendance as the latest answer covering the day holds them
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' lesson {m['lesson_id']} (rule 8, A.3 "
                                      "Absence pseudo-mark)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
                if m.get("num") is not None:
                    fact["number"] = m["num"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} '{m['value']}' weight {m['weight']} "
                            "(rule 8, A.3 Assessment)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values - set(ABSENCE)):
                        if (subject, value) not in shown:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) lacks it (rule 8, A.3 Assessment)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
            for p, other in PAIRS:
                if p != pupil:
                    continue
                for m in mark_state.get((other, date), ("", []))[1]:
                    if m["value"] not in ABSENCE and (m["subject"], m["value"]) not in shown:
                        add("no_mark", f"{other}'s '{m['value']}' in «{m['subject']}» on {date} (lesson "
                                       f"{m['lesson_id']}) is his own; {pupil}'s answers hold no such mark (rule 8)",
                            student={"student": pupil}, date=date, subject=m["subject"], value=m["value"])
            # rule 5: the other grade's tasks that day, on the same slot or the shared lesson, are not his
            for p, other in PAIRS:
                if p != pupil or date not in CORE_DAYS:
                    continue
                for it in items_of(other, date):
                    for hw in it["homework"].values():
                        if (it["name"], hw["value"]) not in own_tasks:
                            add("no_homework", f"{day_src[(other, date)]}: task {hw['id']} «{hw['value']}» is in "
                                               f"{other}'s diary on item {it['num']} of {date}, never in {pupil}'s "
                                               "(rule 5, A.3 Lesson item homework)", student={"student": pupil},
                                subject=it["name"], text=hw["value"])
        # rules 5, 6: tasks an earlier pull showed that no latest day lists
        for subject, text in sorted(seen_tasks.get(pupil, set()) - own_tasks):
            add("no_homework", f"task «{text}» ({subject}) was shown by an earlier pull of {pupil}; no latest answer "
                               "of his days lists it (rules 5, 6; A.3 Day, homework)", student={"student": pupil},
                subject=subject, text=text)
    # rule 11
    for pupil, subject, average, src in averages:
        add("vendor_average", f"{src}: «{subject}» average '{average}' (rule 11, A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    # the same fact twice (a no_homework reached by two pairs) is said once
    unique, seen = [], set()
    for f in facts:
        key = json.dumps({k: v for k, v in f.items() if k not in ("id", "why")}, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    counters: dict[str, int] = {}
    for f in unique:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    (HERE / "facts.json").write_text(json.dumps({"facts": unique}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
