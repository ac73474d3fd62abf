"""Derive facts.json of elzhur_49 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md (Part A, Part D):
* every answer is the journal as of its ``pulled_at`` (the envelope, hub README "The request envelope"); answers are
  replayed in the order of their instants (all stamped +03:00, the school's zone Europe/Moscow);
* getrules of a parent (A.3 getrules): ``relations.students`` are the parent's children; ``relations.groups``'s
  ``hometeacher_name`` is the class teacher;
* getperiods (A.3 Period, A.4: periods vary per school and class): each dated period is a column of the pupil's
  final grades with its dates; a period another class's pupils get and the pupil's own answer lacks (10Б's
  half-years, 7В's quarters) is no column of his;
* a getdiary over ``days=A-B`` is whole for every day of its range (A.3 Day: ``items`` are the day's lessons): the
  latest answer listing a day says which lessons, tasks and marks it holds; a lesson is its ``lesson_id`` (A.3
  Lesson item), so a lesson listed under another day has moved: the subject leaves the old day;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment), shown as its ``value`` exactly (A.3: "the mark
  as displayed"; A.6, D.2: the vocabulary is open text, rely on ``count``/``convert``): a ten-point `8` stays `8`
  (its ``convert`` 4 is the number it counts as), `4+`, `5-`, `3/4` stay as written; it counts in the average as
  its ``count`` says (A.3 ``count``), so `зч`/`нз` (``count: false``) never count; its weight is ``weight_float``,
  else ``weight``; its work type ``control_type`` (getdiary) or ``mtype.type`` (getmarks); the latest answer
  covering its day (getdiary by its ``days``, getmarks by the marks' own ``date`` within ``days``, A.2/A.3) says
  which marks the day holds: a value an earlier answer showed there and the latest lacks is gone (corrected or
  deleted);
* ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark: absent, late); `нз` (not passed, A.6) is a
  mark, not an absence: the pupil was there;
* a task is its id on the lesson that lists it (A.3 ``homework``): a text an earlier answer showed that no latest
  day holds is gone;
* getfinalassessments (A.3 Final assessment): each ``assessments[]`` cell is the pupil's final mark of the period
  its ``period`` names (Period ``name``, resolved to the ``fullname`` of the pupil's own getperiods), shown as its
  ``value`` exactly (`9`, `зч`, `осв`); the latest pull wins (an appeal's changed year mark shows alone);
* getmarks ``average`` (A.3 SubjectMarks) is the journal's own average of the subject, kept as sent; a getmarks
  whose ``days`` are exactly a period's ``start``-``end`` (A.3 Period: they are meant to be joined into ``days``)
  gives that period's average; ``""`` is no average.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def days_of(request: str) -> list[str]:
    span = request.split("days=")[1].split("&")[0]
    first, last = (dt.date.fromisoformat(iso(x)) for x in span.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def weight_of(m: dict):
    w = m.get("weight_float", m.get("weight"))
    w = float(w)
    return int(w) if w.is_integer() else w


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_days: dict[tuple[str, str], list] = {}  # (pupil, date) -> every version of the day's lessons
    seen_tasks: dict[tuple[str, str], set] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules, periods, finals, averages = [], {}, {}, []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                seen_days.setdefault((pupil, date), []).append(
                    sorted((it["num"], it["name"], it["lesson_id"]) for it in (day or {}).get("items", {}).values()))
                marks = []
                for it in (day or {}).get("items", {}).values():
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
            span = param(request, "days").split("-")
            for subject in result["students"][pupil]["lessons"]:
                averages.append((pupil, span, subject["name"], subject["average"], src))
        elif request.startswith("getfinalassessments"):
            pupil = param(request, "student")
            finals[pupil] = (src, result["students"][pupil]["items"])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        own = {p["fullname"] for p in periods[pupil]} | {p["name"] for p in periods[pupil]}
        for p in periods[pupil]:
            if p["start"]:
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))
        others = sorted({p["fullname"] for q, ps in periods.items() for p in ps if q != pupil} - own)
        for name in others:
            add("no_period", f"«{name}» is another class's period; getperiods?student={pupil} does not list it "
                             "(A.3 Period, A.4: periods vary per class)", student={"student": pupil}, name=name)

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            versions = seen_days[(pupil, date)]
            changed = any(v != versions[-1] for v in versions)
            first_of_week = dt.date.fromisoformat(date).weekday() == 0
            for it in items:
                if changed or it["num"] == "1":
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                if changed or first_of_week:
                    for hw in it["homework"].values():
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date} "
                                        "(A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date)
            live = {it["name"] for it in items}
            earlier = {name for v in versions for _, name, _ in v}
            for subject in sorted(earlier - live):
                add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» lesson; an earlier pull "
                                 "did (A.3 Day: each listed day is whole; the lesson's id moved to another day)",
                    student={"student": pupil}, date=date, subject=subject)
    mark_days = sorted(mark_state)
    for pupil, date in mark_days:
        msrc, marks = mark_state[(pupil, date)]
        for m in marks:
            if m["value"] in ABSENCE:
                add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence)",
                    student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                    meaning=ABSENCE[m["value"]])
                continue
            fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                        weight=weight_of(m), counts=bool(m["count"]))
            if m.get("work"):
                fact["work_type"] = m["work"]
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' count {m['count']} "
                        f"convert {m['convert']} weight {m.get('weight_float')} (A.3 Assessment, A.6; shown as written, "
                        "counted as `count` says)", **fact)
            if m["value"] in ("нз", "НЗ") and (pupil, date) in day_state:
                add("attendance", f"{msrc}: 'нз' is «не зачтено» (A.6: not passed), a mark, not the absence 'н' "
                                  "(A.3 Absence pseudo-mark): no absence at that lesson",
                    student={"student": pupil}, date=date, subject=m["subject"], meaning="present")
        shown = {(m["subject"], m["value"]) for m in marks}
        for (p, d, subject), values in sorted(seen_marks.items()):
            if p == pupil and d == date:
                for value in sorted(values):
                    if (subject, value) not in shown and value not in ABSENCE:
                        add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the latest "
                                       f"({msrc}) lacks it (A.3 Assessment: a mark is its lesson and nm; corrected "
                                       "or deleted)", student={"student": pupil}, date=date, subject=subject,
                            value=value)
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was shown by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (A.3 Lesson item homework, keyed by id: re-texted)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil in sorted(finals):
        src, items = finals[pupil]
        names = {p["name"]: p["fullname"] for p in periods[pupil]}
        for it in items:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}'"
                                  f"{' convert ' + str(a['convert']) if 'convert' in a else ''} (A.3 Final "
                                  "assessment; period = Period.name; the latest pull wins)",
                    student={"student": pupil}, subject=it["name"], period=names[a["period"]], value=a["value"])
    for pupil, span, subject, average, src in averages:
        if average == "":
            continue
        period = next((p["fullname"] for p in periods[pupil] if [p["start"], p["end"]] == span), None)
        fact = dict(student={"student": pupil}, subject=subject, value=average)
        if period:
            fact["period"] = period
        add("vendor_average", f"{src}: «{subject}» average '{average}' over days {span[0]}-{span[1]}"
                              f"{', exactly «' + period + '»' if period else ''} (A.3 SubjectMarks `average`; "
                              "A.3 Period start/end)", **fact)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
