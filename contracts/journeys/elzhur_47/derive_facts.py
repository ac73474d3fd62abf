"""Derive facts.json of elzhur_47 from journey.json alone (standard library; never imports the hub; deterministic).

Rules, each from shared/reference/elzhur_mesh.md Part A (sections in brackets):

R1. Every answer is the journal as of its ``pulled_at`` (the hub README's request envelope: the latest pull wins
    whatever the arrival order); answers are replayed in the order of their instants, not of delivery (A.4: the
    times are the vendor's; the envelope dates them).
R2. getrules of a parent (A.3 getrules): ``relations.students`` are the parent's children (the latest getrules of
    that parent); ``relations.groups[cls].hometeacher_name`` is the class teacher of the class of that name.
R3. getperiods (A.3 Period, A.4): each dated period is a column of the pupil's final grades with its ``fullname``
    and its ``start``/``end`` days; the school year is the one its dates lie in.
R4. A getdiary over ``days=A-B`` is whole for every day of the range (A.2 getdiary, A.3 Day): a day it lists holds
    exactly the lessons of its ``items`` as of the pull, so a lesson an earlier pull showed and a later one lacks is
    gone (``no_lesson``); ``alert: "vacation"`` makes the day a holiday named ``holiday_name``, and its ``items`` are
    lessons all the same (A.3 Day: two fields; the summer retake).
R5. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment; getmarks carries the same fields, A.3
    SubjectMarks); the latest answer covering its day (getdiary or getmarks with ``days``, A.2) says which marks the
    day holds and their value, weight (``weight_float``), counting (``count``), work type (``control_type`` /
    ``mtype.type``) and comment, so a mark changed or removed in a closed quarter shows as the latest answer has it
    (``mark``; ``no_mark`` for the earlier value). ``н``/``оп`` are attendance, not marks (A.3 Absence, A.6).
R6. A task is its id on the lesson that lists it (A.3 Lesson item ``homework``): the latest answer listing its day
    decides its text; an earlier text no latest day holds is gone (``no_homework``).
R7. getfinalassessments (A.2, A.3 Final assessment): each item's ``assessments[]`` are the pupil's final marks by
    ``period`` (the short ``name`` of getperiods) with their ``value`` as text (``н/а``, ``2``: A.6, any text); an
    answer is the pupil's whole list of one school year: the school year its ``days`` name, else the one in progress
    at its pull (a pull of June is about the year that closed in May: A.4, periods end in late May; summer belongs
    to it), so the latest such answer by R1 gives each cell (an appeal, a correction, a retake all re-send the cell
    with its new value; the earlier values are not shown). An answer of the next school year (empty
    ``assessments``) says nothing of the past year's.
R8. getmarks ``average`` (A.3 SubjectMarks) is the journal's own average of the subject over the request's
    ``days``; when those days are a period of getperiods (quarter IV: 1 Apr - 28 May 2027), it is that period's.

The fact kinds have no ``no_final_mark``: the superseded final marks (the «3» before the appeal, the first two
values of a twice-corrected mark, the «н/а» and «2» before the retakes) cannot be stated as facts; see README.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow (Kazan), no DST
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DATES = ("2027-05-19", "2027-06-24", "2027-09-01", "2027-09-08")
HOMEWORK_DATES = ("2027-05-19", "2027-09-07", "2027-09-08")
PERIOD_FACTS = {(2026, "III"), (2026, "IV"), (2027, "I")}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def school_year(day: dt.date) -> int:
    return day.year if day.month >= 9 else day.year - 1


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules: dict[str, dict] = {}
    periods: dict[tuple[str, int], list] = {}
    day_state: dict[tuple[str, str], tuple[str, dict | None]] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}
    seen_tasks: dict[tuple[str, str], set] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    finals: dict[tuple[str, int], tuple[str, list]] = {}
    averages: dict[str, tuple[str, str, list]] = {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        pupil = param(request, "student")
        if request == "getrules":
            rules[result["id"]] = result
        elif request.startswith("getperiods"):
            for st in result["students"]:
                dated = [p for p in st["periods"] if p["start"]]
                year = school_year(dt.date.fromisoformat(iso(dated[0]["start"])))
                periods[(st["name"], year)] = st["periods"]
        elif request.startswith("getdiary"):
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (src, day)
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
            averages[pupil] = (src, param(request, "days"), result["students"][pupil]["lessons"])
        elif request.startswith("getfinalassessments"):
            days = param(request, "days")
            if days:
                year = school_year(dt.date.fromisoformat(iso(days.split("-")[0])))
            else:
                year = school_year(instant(rec["pulled_at"]).astimezone(ZONE).date())
            finals[(pupil, year)] = (src, result["students"][pupil]["items"])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R2: children and class teachers
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"latest getrules of parent {parent}: relations.students {kids} (R2; A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {}
    for r in sorted(rules.values(), key=lambda r: r["id"]):
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    every_rules = [rec["body"]["response"]["result"] for _, rec in records if rec["request"] == "getrules"]
    for r in every_rules:
        for cls, g in r["relations"]["groups"].items():
            teachers.setdefault(cls, g["hometeacher_name"])
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R2; A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R3: periods
    for (pupil, year), rows in sorted(periods.items()):
        for p in rows:
            if (year, p["name"]) in PERIOD_FACTS:
                add("period", f"getperiods of {pupil} ({year}/{year + 1}): '{p['name']}' «{p['fullname']}» "
                              f"{p['start']}-{p['end']} (R3; A.3 Period)", student={"student": pupil},
                    name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    # R4-R6: the diary
    for (pupil, date) in sorted(day_state):
        src, day = day_state[(pupil, date)]
        items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
        live = {it["name"] for it in items}
        if date in LESSON_DATES:
            for it in items:
                add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']} "
                              f"{it['starttime']}-{it['endtime']} (R4; A.3 Day, Lesson item)",
                    student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                    topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5])
        for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
            add("no_lesson", f"an earlier pull listed «{subject}» on {date}; the latest, {src}, lists the day "
                             "without it (R4; A.3 Day: each listed day is whole)",
                student={"student": pupil}, date=date, subject=subject)
        if date in HOMEWORK_DATES:
            for it in items:
                for hw in it["homework"].values():
                    add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date} "
                                    "(R6; A.3 Lesson item homework)", student={"student": pupil},
                        subject=it["name"], text=hw["value"], date=date)
        if day and day.get("alert") == "vacation":
            add("holiday", f"{src}: {date} alert 'vacation', holiday_name «{day['holiday_name']}» (R4; A.3 Day)",
                student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            add("holiday", f"{src}: {date} alert 'vacation' «{day['holiday_name']}»: the summer holidays are the "
                           "class's (R4; A.3 Day)", group={"class": "8Б"}, date=date, name=day["holiday_name"],
                once=True)
    for (pupil, date) in sorted(mark_state):
        msrc, marks = mark_state[(pupil, date)]
        for m in marks:
            if m["value"] in ABSENCE:
                add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R5; A.3 Absence)",
                    student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                    meaning=ABSENCE[m["value"]])
                continue
            fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                        weight=m["weight_float"], counts=bool(m["count"]), work_type=m["work"])
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight "
                        f"{m['weight_float']} (R5; A.3 Assessment; the latest answer covering the day)", **fact)
        shown = {(m["subject"], m["value"]) for m in marks}
        for (p, d, subject), values in sorted(seen_marks.items()):
            if p == pupil and d == date:
                for value in sorted(values - {v for s, v in shown if s == subject}):
                    if value not in ABSENCE:
                        add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier answer; the "
                                       f"latest covering the day ({msrc}) does not hold it (R5)",
                            student={"student": pupil}, date=date, subject=subject, value=value)
    current = {(p, it["name"], hw["value"]) for (p, _), (_, day) in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was shown by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (R6; A.3 Lesson item homework keyed by id)",
                    student={"student": pupil}, subject=subject, text=text)
    # R7: final marks
    for (pupil, year), (src, items) in sorted(finals.items()):
        for item in items:
            for a in item["assessments"]:
                add("final_mark", f"{src}: «{item['name']}» period '{a['period']}' value '{a['value']}'"
                                  f"{' («' + a['comment'] + '»)' if a['comment'] else ''}: the latest answer of "
                                  f"{year}/{year + 1} (R7; A.3 Final assessment)",
                    student={"student": pupil}, subject=item["name"], period=a["period"], value=a["value"])
    # R8: the journal's averages
    for pupil, (src, days, lessons) in sorted(averages.items()):
        first, last = days.split("-")
        year = school_year(dt.date.fromisoformat(iso(first)))
        period = next((p["name"] for p in periods.get((pupil, year), []) if (p["start"], p["end"]) == (first, last)),
                      None)
        for subject in lessons:
            if subject["average"] != "":
                extra = {"period": period} if period else {}
                add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}' over {days}"
                                      f"{' = period ' + period if period else ''} (R8; A.3 SubjectMarks)",
                    student={"student": pupil}, subject=subject["name"], value=subject["average"], **extra)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
