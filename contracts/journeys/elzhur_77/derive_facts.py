"""Derive facts.json of elzhur_77 from journey.json alone (standard library; never imports the hub).

The answers are replayed in the order of their ``pulled_at`` instants, never in delivery order: an answer is the
journal as of its pull, and the sync job's retry queue delivers some of them after newer ones (a naive stamp would be
the school's local time, journey ``school.timezone``; the queue writes UTC with ``Z``, the fresh pulls ``+05:00``).
Rules, all from shared/reference/elzhur_mesh.md Part A:

* getrules of a parent (A.3 getrules): ``relations.students`` are the parent's children as of the pull, each with
  its ``class``; ``relations.groups[<class>].hometeacher_name`` the class teacher. The latest pull of each parent is
  the list the parent sees (a child a newer list lacks is no longer theirs, whatever arrives after it).
* getdiary over ``days=A-B`` (A.2, A.3 Day): each day it lists is that pupil's day as of the pull, whole: its
  ``items`` are his lessons (``grp`` the subgroup of a group lesson), each with its tasks (``homework``) and his marks
  (``assessments``). A day listed with empty ``items`` (``[]``, PHP's empty array; A.3: object or array) and no
  ``alert`` is a day without lessons of his.
* gethomework over ``days`` (A.2): the tasks of each day it lists; a day of its range it does not list has none.
* getmarks over ``days`` (A.2, A.3 SubjectMarks): the pupil's marks by subject, each on its own ``date``; ``average``
  is the journal's own average of the subject over the request's span (not a period of getperiods, so no period is
  claimed).
* A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest pull covering its day (getdiary of the
  day, getmarks whose ``days`` hold its date) says which marks the day holds; ``н``/``оп`` are attendance, not marks
  (A.3 Absence pseudo-mark, A.6).
* The tasks a pupil has on a day are those of the latest pull covering the day (getdiary or gethomework).

What the reference leaves open is not turned into facts (README.md, "Where the reference is silent"): the days of
the pupil who left after his last answer, the tasks his classmates were set before the newcomer joined, averages over
other spans than the latest answer's.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, UTC+5 all year (journey school.timezone)
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
PERIOD = "III"


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
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def items_of(day: dict | None) -> list[dict]:
    items = (day or {}).get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    delivered = [(step["name"][:2], rec) for step in journey["steps"] for batch in step["batches"] for rec in batch]
    ordered = sorted(enumerate(delivered), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    rules: dict[str, tuple[dt.datetime, str, dict]] = {}  # parent -> latest (instant, src, result)
    periods: dict[str, tuple[str, dict]] = {}
    diary: dict[tuple[str, str], tuple[str, dict | None]] = {}  # (pupil, date) -> latest getdiary day
    versions: dict[tuple[str, str], set] = {}  # (pupil, date) -> every lessons list a getdiary showed
    tasks: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> latest [(subject, grp, id, text)]
    seen_tasks: dict[str, set] = {}  # pupil -> {(subject, text, date)} ever shown
    marks: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> latest [mark + subject]
    seen_marks: dict[tuple[str, str], set] = {}  # (pupil, date) -> {(subject, value)}
    averages: dict[str, tuple[str, list]] = {}  # pupil -> latest getmarks' subjects
    last_pull: dict[str, dt.datetime] = {}  # pupil -> latest pull of his own answers
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        moment = instant(rec["pulled_at"])
        src = f"step {step} `{request}` pulled {rec['pulled_at']}"
        method = request.split("?")[0]
        pupil = param(request, "student")
        if pupil:
            last_pull[pupil] = max(moment, last_pull.get(pupil, moment))
        if method == "getrules":
            rules[result["name"]] = (moment, src, result)
        elif method == "getperiods":
            for student in result["students"]:
                periods[student["name"]] = (src, student)
        elif method == "getdiary":
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", "")) if isinstance(listed, dict) else None
                diary[(pupil, date)] = (src, day)
                items = items_of(day)
                versions.setdefault((pupil, date), set()).add(
                    tuple(sorted((it["num"], it["name"], it["lesson_id"]) for it in items)))
                day_tasks, day_marks = [], []
                for it in items:
                    for hw in it["homework"].values():
                        day_tasks.append((it["name"], it.get("grp"), hw["id"], hw["value"]))
                    for m in it.get("assessments") or []:
                        day_marks.append(dict(m, subject=it["name"], work=m.get("control_type") or None))
                tasks[(pupil, date)] = (src, day_tasks)
                marks[(pupil, date)] = (src, day_marks)
                seen_tasks.setdefault(pupil, set()).update((s, text, date) for s, _, _, text in day_tasks)
                seen_marks.setdefault((pupil, date), set()).update((m["subject"], m["value"]) for m in day_marks)
        elif method == "gethomework":
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", "")) if isinstance(listed, dict) else None
                day_tasks = [(it["name"], it.get("grp"), hw["id"], hw["value"]) for it in items_of(day)
                             for hw in it["homework"].values()]
                tasks[(pupil, date)] = (src, day_tasks)
                seen_tasks.setdefault(pupil, set()).update((s, text, date) for s, _, _, text in day_tasks)
        elif method == "getmarks":
            lessons = result["students"][pupil]["lessons"]
            by_day: dict[str, list] = {date: [] for date in days_of(request)}
            for subject in lessons:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
            for date, day_marks in by_day.items():
                marks[(pupil, date)] = (src, day_marks)
                seen_marks.setdefault((pupil, date), set()).update((m["subject"], m["value"]) for m in day_marks)
            averages[pupil] = (src, lessons)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        number = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{number:03d}", "kind": kind, **fields, "why": why})

    # --- parents' children and the class teachers (A.3 getrules) ---------------------------------------------------
    listed_by: dict[str, str] = {}  # pupil -> class in the latest getrules that lists him
    for parent in sorted(rules):
        moment, src, result = rules[parent]
        kids = sorted((result.get("relations") or {}).get("students") or {})
        add("children", f"{src}: the parent's latest getrules (by pulled_at) lists relations.students {kids}; "
                        "answers pulled before it and delivered after it change nothing (A.3 getrules, A.1 envelope)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
        for kid in kids:
            listed_by[kid] = result["relations"]["students"][kid]["class"]
    teachers: dict[str, tuple[dt.datetime, str, str]] = {}
    for parent, (moment, src, result) in rules.items():
        for cls, group in ((result.get("relations") or {}).get("groups") or {}).items():
            if cls not in teachers or moment > teachers[cls][0]:
                teachers[cls] = (moment, src, group["hometeacher_name"])
    for cls in sorted(teachers):
        _, src, name = teachers[cls]
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})
    for pupil in sorted(periods):
        src, student = periods[pupil]
        for p in student["periods"]:
            if p["name"] == PERIOD:
                add("period", f"{src}: period '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))

    # the pupil who left: only the days up to his last pull are spoken for (README: where the reference is silent)
    left = {pupil for (pupil, _) in diary if pupil not in listed_by}

    def spoken_for(pupil: str, date: str) -> bool:
        return pupil not in left or date <= last_pull[pupil].astimezone(ZONE).date().isoformat()

    # --- lessons ------------------------------------------------------------------------------------------------
    pupils = sorted({p for p, _ in diary})
    dates = sorted({d for _, d in diary})
    class_subjects: dict[tuple[str, str], set] = {}  # (class, date) -> subjects its pupils' latest days list
    for (pupil, date), (_, day) in diary.items():
        if pupil in listed_by and items_of(day):
            class_subjects.setdefault((listed_by[pupil], date), set()).update(it["name"] for it in items_of(day))
    first_day: dict[str, str] = {}
    for pupil in pupils:
        empty = [d for d in dates if (pupil, d) in diary and diary[(pupil, d)][1] is not None
                 and not items_of(diary[(pupil, d)][1]) and not diary[(pupil, d)][1].get("alert")]
        if empty:
            first_day[pupil] = min(d for d in dates if (pupil, d) in diary and items_of(diary[(pupil, d)][1])
                                   and d > max(empty))
    # pupils whose lessons changed between pulls (a subgroup or a class left, a first day): their group lessons
    moved = {pupil for (pupil, date), seen in versions.items() if spoken_for(pupil, date) and len(seen) > 1}
    moved |= set(first_day)
    switch_days = {date for (pupil, date), seen in versions.items() if pupil in moved and len(seen) > 1}
    switch_days = {min(switch_days)} if switch_days else set()  # the first day a pupil's group changed
    focus: set[tuple[str, str]] = set()  # the pupil's days his answers disagreed on, and a newcomer's first day
    for pupil in pupils:
        for date in dates:
            if (pupil, date) not in diary or not spoken_for(pupil, date):
                continue
            src, day = diary[(pupil, date)]
            items = sorted(items_of(day), key=lambda it: int(it["num"]))
            changed = len(versions[(pupil, date)]) > 1 or first_day.get(pupil) == date
            if changed:
                focus.add((pupil, date))
            for it in items:
                if not (changed or it["num"] == "1" or (it.get("grp") and (pupil in moved or date in switch_days))):
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                            topic=it["topic"], teacher=it["teacher"], room=it["room"],
                            starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                if it.get("grp"):
                    fact["group_label"] = it["grp"]
                add("lesson", f"{src}: the latest pull of {date} lists item {it['num']} «{it['name']}» lesson "
                              f"{it['lesson_id']}{' ' + it['grp'] if it.get('grp') else ''}, {it['starttime']}-"
                              f"{it['endtime']} (A.3 Day, Lesson item: num, grp, times with rings)", **fact)
            live = {it["name"] for it in items}
            earlier = {name for version in versions[(pupil, date)] for _, name, _ in version}
            for subject in sorted(earlier - live):
                add("no_lesson", f"{src}: the latest pull of {date} lists no «{subject}» lesson; an earlier pull "
                                 "(delivered late or not) did: each day a getdiary lists is the pupil's whole day as of "
                                 "its pull (A.3 Day)", student={"student": pupil}, date=date, subject=subject)
            if day is not None and not items and not day.get("alert") and pupil in listed_by:
                for subject in sorted(class_subjects.get((listed_by[pupil], date), set())):
                    add("no_lesson", f"{src}: {date} is listed with empty items and no alert: no lessons of his that "
                                     f"day, though {listed_by[pupil]}'s other pupils' days list «{subject}» (A.3 Day: "
                                     "items are the day's lessons, an object or an array)",
                        student={"student": pupil}, date=date, subject=subject)

    # --- homework -------------------------------------------------------------------------------------------------
    current = {(pupil, s, text) for (pupil, date), (_, day_tasks) in tasks.items() if spoken_for(pupil, date)
               for s, _, _, text in day_tasks}
    gone = {(pupil, s, d) for pupil, seen in seen_tasks.items() for s, text, d in seen
            if (pupil, s, text) not in current}  # the pupil's (subject, day) whose task an earlier pull gave otherwise
    for (pupil, date), (src, day_tasks) in sorted(tasks.items()):
        if not spoken_for(pupil, date):
            continue
        for subject, grp, hid, text in day_tasks:
            if (pupil, date) in focus or (grp and pupil in moved) or (pupil, subject, date) in gone:
                add("homework", f"{src}: task {hid} «{text}» on the «{subject}»{' ' + grp if grp else ''} lesson of "
                                f"{date}, the latest pull covering the day (A.3 Lesson item homework; A.2 gethomework)",
                    student={"student": pupil}, subject=subject, text=text, date=date)
    for pupil in sorted(seen_tasks):
        for subject, text, date in sorted(seen_tasks[pupil]):
            if (pupil, subject, text) not in current and spoken_for(pupil, date):
                add("no_homework", f"task «{text}» ({subject}, {date}) was in an answer of {pupil} pulled before the "
                                   f"latest pull of {date} ({tasks[(pupil, date)][0]}), which lacks it: its lesson left "
                                   "his day, or the task was withdrawn or re-texted (A.3 Day, Lesson item homework)",
                    student={"student": pupil}, subject=subject, text=text)

    # --- marks and attendance -----------------------------------------------------------------------------------
    for (pupil, date), (src, day_marks) in sorted(marks.items()):
        if not spoken_for(pupil, date):
            continue
        shown = set()
        for m in day_marks:
            shown.add((m["subject"], m["value"]))
            if m["value"] in ABSENCE:
                add("attendance", f"{src}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence "
                                  "pseudo-mark; A.6)", student={"student": pupil}, date=date, subject=m["subject"],
                    code=m["value"], meaning=ABSENCE[m["value"]])
                continue
            fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                        weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{src}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']} "
                        "(A.3 Assessment / SubjectMarks; the latest pull covering the day wins)", **fact)
        for subject, value in sorted(seen_marks.get((pupil, date), set()) - shown):
            if value in ABSENCE:
                add("attendance", f"'{value}' in «{subject}» on {date} was in an earlier pull; the latest covering the "
                                  f"day ({src}) lacks it: the pupil was present (A.3 Absence pseudo-mark)",
                    student={"student": pupil}, date=date, subject=subject, meaning="present")
            else:
                add("no_mark", f"'{value}' in «{subject}» on {date} was in an earlier pull; the latest covering the day "
                               f"({src}) lacks it (A.3 Assessment: a mark is its lesson_id and nm)",
                    student={"student": pupil}, date=date, subject=subject, value=value)

    # --- the journal's own averages (A.3 SubjectMarks average), of each pupil's latest getmarks -------------------
    for pupil in sorted(averages):
        src, lessons = averages[pupil]
        for subject in lessons:
            if subject["average"] != "":
                add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}', the pupil's "
                                      "latest getmarks (A.3 SubjectMarks)", student={"student": pupil},
                    subject=subject["name"], value=subject["average"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
