"""Derive facts.json of elzhur_70 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A, each read the way that holds for every form the reference
allows (the ten traps of README.md):

* every answer is the journal as of its ``pulled_at``; a naive ``pulled_at`` is the school's local time (journey
  ``school.timezone``, Asia/Yekaterinburg, UTC+5 all year), one with ``Z`` is UTC; answers are replayed in the order
  of their instants, whatever the order they were delivered in;
* ``result.students`` is an object keyed by id or an array whose items name the pupil in ``name`` (A.1); a day's
  ``items`` an object keyed by lesson number or an array, ``{}`` and ``[]`` both empty (A.3 Day); ids and counts
  as strings or numbers (A.4: "clients coerce them"); ``weight_float`` a number or a numeric string (A.3);
* a getdiary over ``days=A-B`` holds every day of its range whole (A.3 Day): a day it lists is that day as of the
  pull, a day of the range it does not list has no lessons; ``alert: "vacation"`` is a holiday named
  ``holiday_name``;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment, ``nm`` "mark position within the lesson"): a
  changed value under the same place is a correction, a place a later answer covering it lacks is a deletion; it
  shows under the lesson item that lists it (the lesson's day), whatever its own ``date`` says; an empty ``value``
  is a phantom mark nobody sees (A.3, A.6); ``н``/``Н``/``оп``/``ОП`` are attendance, not marks (A.3 Absence);
* a getmarks over ``days`` lists, per subject, the marks whose own ``date`` lies in the range (A.3 SubjectMarks
  ``date``, A.2): a mark of a listed subject dated in the range that it lacks is deleted;
* a task is its ``id`` (A.3 Lesson item ``homework``: ``{ "<hwId>": {id, ...} }``; E5 keys the class answer's tasks
  "1", "2", the id inside): the latest answer listing its day decides; a class's gethomework (``days`` at the top,
  A.2) is the class's and each item's ``grp`` says which subgroup it is for; ``individual`` tasks are their
  pupil's alone; a file is ``files[] {toid}`` or the older ``files.file[]`` (A.3);
* getfinalassessments lists the pupil's final marks; ``period`` is the getperiods ``name`` (A.3 Final assessment);
  a later answer lacking one that an earlier answer listed no longer holds it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST since 2014
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DAYS = {"2026-11-05", "2026-11-09", "2026-11-12"}  # days whose every lesson is a fact
TASK_DAYS = LESSON_DAYS | {"2026-11-11", "2026-11-13"}  # days whose every task is a fact (and any task with files)


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def query(request: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in request.split("?", 1)[1].split("&"))


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in query(request)["days"].split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def student_part(result: dict, pupil: str) -> dict:
    """``students`` as an object keyed by id or as an array of records naming the id (A.1)."""
    students = result["students"]
    if isinstance(students, list):
        return next(s for s in students if str(s["name"]) == pupil)
    return students[pupil]


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def file_names(files, task_id: int, tasks_on_item: int) -> list[str]:
    """The files of one task: ``files[]`` names its task by ``toid`` (= homework id); the older ``{"file": [...]}``
    form names none, so its files are the task's only when the item holds one task (A.3 Lesson item ``files``)."""
    if isinstance(files, dict):
        return [f["filename"] for f in files.get("file", [])] if tasks_on_item == 1 else []
    return [f["filename"] for f in files or [] if int(f.get("toid", -1)) == int(task_id)]


def num(x) -> float:
    return float(x)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    # the English subgroup each pupil's own diary shows (A.3 ``grp``)
    group_of: dict[tuple[str, str], str] = {}
    for _, rec in records:
        if rec["request"].startswith("getdiary"):
            pupil = query(rec["request"])["student"]
            for day in student_part(rec["body"]["response"]["result"], pupil)["days"].values():
                for it in items_of(day):
                    if it.get("grp"):
                        group_of[(pupil, it["name"])] = it["grp"]

    rules, periods = [], {}
    day_state: dict[tuple[str, str], tuple[dict | None, str]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects ever listed live
    marks: dict[tuple[str, str, str], dict] = {}  # (pupil, lesson_id, nm) -> state
    phantoms: list[tuple[str, str, str, str]] = []
    tasks: dict[tuple[str, int], dict] = {}  # (pupil, task id) -> state
    texts_seen: dict[tuple[str, int], set] = {}
    getmarks_subjects: dict[str, set] = {}
    finals: dict[str, dict] = {}
    finals_seen: dict[tuple[str, str, str], set] = {}
    averages: dict[tuple[str, str], tuple[str, str]] = {}
    num_of: dict[tuple[str, str], int] = {}  # (pupil, lesson_id) -> lesson number

    def set_task(pupil, tid, text, subject, date, files, individual, src):
        tasks[(pupil, tid)] = {"text": text, "subject": subject, "date": date, "files": files,
                               "individual": individual, "present": True, "src": src}
        texts_seen.setdefault((pupil, tid), set()).add(text)

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        q = query(request) if "?" in request else {}
        if method == "getrules":
            rules.append(result)
        elif method == "getperiods":
            for st in result["students"]:
                periods[str(st["name"])] = (st["periods"], src)
        elif method == "getdiary":
            pupil = q["student"]
            listed = student_part(result, pupil)["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", "")) if isinstance(listed, dict) else None
                day_state[(pupil, date)] = (day, src)
                here = set()
                listed_tasks = set()
                for it in items_of(day or {}):
                    lid = str(it["lesson_id"])
                    num_of[(pupil, lid)] = int(it["num"])
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    for m in it.get("assessments") or []:
                        key = (pupil, str(m["lesson_id"]), str(m["nm"]))
                        if m["value"] == "":
                            phantoms.append((pupil, date, it["name"], src))
                            continue
                        here.add(key)
                        marks[key] = {"value": m["value"], "subject": it["name"], "lesson_date": date,
                                      "mark_date": m["date"], "weight": num(m.get("weight_float", m["weight"])),
                                      "count": m["count"], "work": m.get("control_type") or "",
                                      "comment": m.get("comment") or "", "present": True, "src": src,
                                      "number": int(it["num"]),
                                      "history": marks.get(key, {}).get("history", set()) | {m["value"]}}
                    hws = list((it.get("homework") or {}).values())
                    for hw in hws:
                        listed_tasks.add(hw["id"])
                        set_task(pupil, hw["id"], hw["value"], it["name"], date,
                                 file_names(it.get("files"), hw["id"], len(hws)), hw["individual"], src)
                for key, m in marks.items():
                    if key[0] == pupil and m["lesson_date"] == date and key not in here and m["present"]:
                        m.update(present=False, removed_by=src)
                for (p, tid), t in tasks.items():
                    if p == pupil and t["date"] == date and tid not in listed_tasks and t["present"]:
                        t.update(present=False, removed_by=src)
        elif method == "getmarks":
            pupil = q["student"]
            span = days_of(request)
            subjects = student_part(result, pupil)["lessons"]
            listed_subjects = {s["name"] for s in subjects}
            getmarks_subjects.setdefault(pupil, set()).update(listed_subjects)
            here = set()
            for s in subjects:
                if s["average"] != "":
                    averages[(pupil, s["name"])] = (s["average"], src)
                for m in s["marks"]:
                    key = (pupil, str(m["lesson_id"]), str(m["nm"]))
                    if m["value"] == "":
                        continue
                    here.add(key)
                    old = marks.get(key, {})
                    marks[key] = {"value": m["value"], "subject": s["name"],
                                  "lesson_date": old.get("lesson_date", m["date"]), "mark_date": m["date"],
                                  "weight": num(m.get("weight_float", m["weight"])), "count": m["count"],
                                  "work": (m.get("mtype") or {}).get("type") or old.get("work", ""),
                                  "comment": m.get("comment") or "", "present": True, "src": src,
                                  "number": old.get("number"), "history": old.get("history", set()) | {m["value"]}}
            for key, m in marks.items():
                if (key[0] == pupil and m["present"] and key not in here and m["mark_date"] in span
                        and m["subject"] in getmarks_subjects[pupil]):
                    m.update(present=False, removed_by=src)
        elif method == "gethomework":
            span = days_of(request)
            if "class" in q:
                days = result["days"]
                readers = sorted({p for (p, _) in day_state})
            else:
                days = student_part(result, q["student"])["days"]
                readers = [q["student"]]
            for pupil in readers:
                for date in span:
                    day = days.get(date.replace("-", "")) or {}
                    listed_tasks = set()
                    for it in items_of(day):
                        grp = it.get("grp")
                        if grp and group_of.get((pupil, it["name"])) != grp:
                            continue
                        hws = list((it.get("homework") or {}).values())
                        for hw in hws:
                            listed_tasks.add(hw["id"])
                            set_task(pupil, hw["id"], hw["value"], it["name"], date,
                                     file_names(it.get("files"), hw["id"], len(hws)), hw["individual"], src)
                    for (p, tid), t in tasks.items():
                        if (p == pupil and t["date"] == date and tid not in listed_tasks and t["present"]
                                and ("class" not in q or not t["individual"])):
                            t.update(present=False, removed_by=src)
        elif method == "getfinalassessments":
            pupil = q["student"]
            now = {}
            for it in student_part(result, pupil)["items"]:
                for a in it["assessments"]:
                    now[(it["name"], a["period"])] = (a["value"], src)
                    finals_seen.setdefault((pupil, it["name"], a["period"]), set()).add(a["value"])
            finals[pupil] = now

    facts: list[dict] = []

    said: set[str] = set()

    def add(kind: str, why: str, **fields) -> None:
        content = json.dumps([kind, fields], ensure_ascii=False, sort_keys=True)
        if content in said:  # the same fact reached twice (a task text on two days, a phantom in two pulls)
            return
        said.add(content)
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    # guardians and the class teacher (A.3 getrules)
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # periods: getperiods is an array (A.1); the dated quarters, ``start``/``end`` YYYYMMDD (A.3 Period)
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["start"] and p["name"] in ("I", "II"):
                add("period", f"{src}: period '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.1 getperiods "
                              "returns an array; A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)]
            items = sorted(items_of(day or {}), key=lambda x: int(x["num"]))
            for it in items:
                if date in LESSON_DAYS or int(it["num"]) == 1:
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item: items as "
                                  f"{'an object' if isinstance(day['items'], dict) else 'an array'}, times "
                                  f"`{it['starttime']}`, both formats of A.3 `starttime`)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
            live = {it["name"] for it in items}
            for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
                add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» lesson; an earlier pull "
                                 "did (A.3 Day: each listed day is whole; a one-day pull speaks for that day)",
                    student={"student": pupil}, date=date, subject=subject)
            if day and day.get("alert") == "vacation":
                form = "{}" if isinstance(day["items"], dict) else "[]"
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}», items "
                               f"{form} (A.3 Day)", student={"student": pupil}, date=date,
                    name=day["holiday_name"], once=True)
    # class-level holidays, and the first school day after them is none
    holidays = {d: day["holiday_name"] for (p, d), (day, _) in day_state.items() if day and day.get("alert") == "vacation"}
    for date, name in sorted(holidays.items()):
        add("holiday", f"every 8В pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
            group={"class": "8В"}, date=date, name=name, once=True)
    for pupil in pupils:
        for name in sorted(set(holidays.values())):
            add("no_holiday", f"{day_state[(pupil, '2026-11-05')][1]}: 2026-11-05 is listed without an alert (A.3 Day: "
                              "`alert` is the only sign of a day off)", student={"student": pupil},
                date="2026-11-05", name=name)

    # marks and attendance
    for (pupil, lid, nm), m in sorted(marks.items(), key=lambda x: (x[0][0], x[1]["lesson_date"], x[1]["subject"])):
        where = dict(student={"student": pupil}, date=m["lesson_date"], subject=m["subject"])
        if m["number"] is not None:
            where["number"] = m["number"]
        if m["value"] in ABSENCE:
            if m["present"]:
                add("attendance", f"{m['src']}: pseudo-mark '{m['value']}' at lesson {lid} (A.3 Absence pseudo-mark, "
                                  "either case)", **where, code=m["value"], meaning=ABSENCE[m["value"]])
            else:
                add("attendance", f"{m['removed_by']}: the absence '{m['value']}' at lesson {lid} an earlier pull "
                                  "showed is gone (A.3 Day whole; the place lesson_id+nm is empty): present",
                    **where, meaning="present")
            continue
        if m["present"]:
            fact = dict(where, value=m["value"], weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
            if m["comment"]:
                fact["comment"] = m["comment"]
            add("mark", f"{m['src']}: lesson {lid} nm {nm} value '{m['value']}' weight {m['weight']} (A.3 Assessment:"
                        f" weight_float before weight; own date {m['mark_date']}; the latest pull wins)", **fact)
            if m["mark_date"] != m["lesson_date"]:
                add("no_mark", f"{m['src']}: the mark of lesson {lid} is listed in the lesson item of "
                               f"{m['lesson_date']}; its own `date` {m['mark_date']} is not another lesson's day "
                               "(A.3 Assessment `date`, Day items)", student={"student": pupil},
                    date=m["mark_date"], subject=m["subject"], value=m["value"])
        for old in sorted(m["history"] - ({m["value"]} if m["present"] else set())):
            if old in ABSENCE:
                continue
            add("no_mark", f"{m.get('removed_by', m['src'])}: lesson {lid} nm {nm} showed '{old}' in an earlier pull; "
                           f"{'now ' + repr(m['value']) if m['present'] else 'the later answer lacks it (deleted)'} "
                           "(A.3 Assessment: a mark is its place lesson_id+nm)", **where, value=old)
    for pupil, date, subject, src in sorted(set(phantoms)):
        add("no_mark", f"{src}: an assessment with value \"\" (a phantom mark, A.3 Assessment, A.6: skip)",
            student={"student": pupil}, date=date, subject=subject, value="")

    # homework
    for (pupil, tid), t in sorted(tasks.items(), key=lambda x: (x[0][0], x[1]["date"], x[0][1])):
        if t["present"] and (t["date"] in TASK_DAYS or t["files"] or t["individual"]):
            fact = dict(student={"student": pupil}, subject=t["subject"], text=t["text"], date=t["date"])
            if t["files"]:
                fact["attachments"] = t["files"]
            add("homework", f"{t['src']}: task {tid} on the «{t['subject']}» item of {t['date']}"
                            f"{' (individual)' if t['individual'] else ''}; files {t['files'] or 'none'} "
                            "(A.3 Lesson item homework, files)", **fact)
        gone = texts_seen[(pupil, tid)] - ({t["text"]} if t["present"] else set())
        for text in sorted(gone):
            add("no_homework", f"{t.get('removed_by', t['src'])}: task {tid} «{text}» "
                               f"{'was re-worded under the same id' if t['present'] else 'is no longer listed on its day'}"
                               " (A.3 Lesson item homework keyed by id; a listed day is whole)",
                student={"student": pupil}, subject=t["subject"], text=text)
    # what a pupil must not see: the other subgroup's tasks, a classmate's individual task
    for pupil in pupils:
        for (other, tid), t in sorted(tasks.items()):
            if other == pupil or not t["present"] or (pupil, tid) in tasks:
                continue
            if t["individual"] or t["subject"] == "Английский язык":
                why = ("an individual task of " + other if t["individual"] else
                       f"a task of «{group_of.get((other, t['subject']))}», not of this pupil's "
                       f"«{group_of.get((pupil, t['subject']))}»")
                add("no_homework", f"{t['src']}: {why} (A.3 Lesson item `grp`, `individual`)",
                    student={"student": pupil}, subject=t["subject"], text=t["text"])

    # final marks (A.3 Final assessment: period = the getperiods name)
    for pupil in sorted(finals):
        for (subject, period), (value, src) in sorted(finals[pupil].items()):
            add("final_mark", f"{src}: «{subject}» period '{period}' value '{value}' (A.3 Final assessment; A.6)",
                student={"student": pupil}, subject=subject, period=period, value=value)
        for (p, subject, period), values in sorted(finals_seen.items()):
            if p != pupil:
                continue
            current = finals[pupil].get((subject, period))
            for value in sorted(values):
                if current is None or current[0] != value:
                    fact = dict(student={"student": pupil}, subject=subject, period=period)
                    if current is not None:
                        fact["value"] = value
                    add("no_final_mark", f"the latest getfinalassessments of {pupil} "
                                         f"{'gives ' + repr(current[0]) if current else 'no longer lists it'}; an "
                                         f"earlier one gave '{value}' (A.3 Final assessment)", **fact)
    for (pupil, subject), (value, src) in sorted(averages.items()):
        add("vendor_average", f"{src}: «{subject}» average '{value}' (A.3 SubjectMarks `average`)",
            student={"student": pupil}, subject=subject, value=value)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
