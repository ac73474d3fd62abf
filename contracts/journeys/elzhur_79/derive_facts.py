"""Derive facts.json of elzhur_79 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A (and the request envelope's ``pulled_at``):

1. Time. Every answer is the journal as of its ``pulled_at``; a naive ``pulled_at`` is the school's local time
   (journey ``school.timezone``, Asia/Yekaterinburg, UTC+5 all year), ``Z`` is UTC. Answers are replayed in the order
   of their instants (ties: delivery order), so an answer delivered late changes only what no later pull stated.
2. A pupil's getdiary with ``days=A-B`` is his whole diary of every day of the range (A.2, A.3 Day: a listed day's
   ``items`` are its lessons; a day of the range it does not list has none, a 5-day school's weekend).
3. The class's getschedule (``class=6А``; A.2: "like getdiary without marks", by class with ``days`` at the top as
   gethomework by class, A.5 E5) is the whole timetable of the class **and its subgroups** for each day of its range:
   a lesson item with ``grp`` is a subgroup's (A.3 Lesson item ``grp``, "1 группа"), one without is the class's. A
   pupil's lessons on a day are those of the latest-pulled of his own getdiary and the class's getschedule covering
   that day; from the class's answer he takes the class's lessons and those of **his** subgroup of each subject,
   which is the ``grp`` his own diary (as it stands by rule 2) shows for that subject on the nearest day at or
   before it (a subgroup is named by its subject and ``grp``: English "2 группа" is not Труд "2 группа").
4. A lesson's details (number, topic, room, teacher, ``starttime``/``endtime`` with ``rings``, ``grp``) are those of
   the answer rule 3 chose (A.3 Lesson item).
5. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment, E3). The marks of a pupil's day are those of the
   latest-pulled of his getdiary covering the day and his getmarks whose ``days`` covers the mark's ``date`` (A.2:
   getmarks over ``days``). A corrected mark shows its new value and comment; its old value no longer shows.
   ``н``/``Н`` (absent) and ``оп``/``ОП`` (late) are attendance, not marks (A.3 Absence pseudo-mark, A.6).
6. A task is its ``id`` (A.3 Lesson item ``homework``: ``{id, value, individual}``; gethomework keys by position with
   the id inside, A.5 E5). The tasks of a lesson slot (day, subject, ``grp``) are those of the latest-pulled answer
   listing that day: a pupil's getdiary for his own slots, the class's getschedule for every slot, the class's
   gethomework for every slot (a day it lists holds its tasks whole; a slot it lists no item of that day has none; a
   day of its range it does not list has none). An ``individual`` task is its pupil's alone and comes from his own
   diary only. A pupil sees the tasks of the slots of his lessons (rule 3): a subgroup's task is seen by the pupils of
   that subgroup that day, and by nobody else.
7. getfinalassessments ``items[].assessments[]`` are final marks in the period its ``period`` names (A.3 Final
   assessment -> getperiods ``name``); ``students`` may be an object or an array (A.1).
8. getperiods: the periods with their ``start``/``end`` (A.3 Period); getrules: a parent's children
   (``relations.students``) and the class teacher (``relations.groups[..].hometeacher_*``) (A.3 getrules).
9. getmarks ``average`` per subject is the journal's own average (A.3 SubjectMarks).

Which facts are written (the rest of the payloads is realistic filler, see README.md): every parent's children, the
class teacher, each pupil's 2 четверть (and the mover's 1 четверть), the 1 четверть final marks in English, Труд and
Математика; every mark, corrected mark and absence of the fortnight; the lessons of the subgroup subjects (the mover:
all of them and his whole change day; the others: from the change day on, Труд's first lesson of the pair); every
subgroup task each pupil sees; the subgroup tasks the mover does not see, and, for everybody, the deleted, re-texted,
another pupil's individual and the change day's other-subgroup tasks; the getmarks averages of the subgroup subjects.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
GROUPED = ("Английский язык", "Труд (технология)")
MOVER = "79106"
CHANGE_DAY = "2026-11-16"


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


def items_of(day: dict | None) -> list[dict]:
    items = (day or {}).get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def students_of(result: dict) -> dict:
    students = result["students"]
    return students if isinstance(students, dict) else {s["name"]: s for s in students}


def tasks_of(entry: dict) -> list[dict]:
    homework = entry.get("homework") or {}
    return list(homework.values()) if isinstance(homework, dict) else list(homework)


def files_of(entry: dict) -> list[dict]:
    files = entry.get("files") or []
    return files.get("file", []) if isinstance(files, dict) else files


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    own_days: dict[tuple[str, str], tuple[dt.datetime, str, list]] = {}  # (pupil, date) -> (as of, src, items)
    class_days: dict[str, tuple[dt.datetime, str, list]] = {}  # date -> (as of, src, items) of getschedule
    marks_day: dict[tuple[str, str], tuple[dt.datetime, str, list]] = {}  # (pupil, date) -> marks
    slot_tasks: dict[tuple[str, str, str | None], tuple[dt.datetime, str, dict]] = {}  # slot -> {id: task}
    individual: dict[tuple[str, str, str, str | None], tuple[dt.datetime, str, dict]] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}  # (pupil, date, subject) -> values ever shown to him
    seen_task_texts: dict[str, set] = {}  # subject -> every task text any answer showed
    task_places: dict[str, set] = {}  # text -> {(date, grp, individual)} where an answer showed it
    finals: dict[str, tuple[str, list]] = {}
    periods: dict[str, list] = {}
    averages: dict[str, tuple[str, list]] = {}
    rules = []
    lesson_num = {it["lesson_id"]: int(it["num"]) for _, (_, rec) in ordered
                  if rec["request"].split("?")[0] in ("getdiary", "getschedule")
                  for st in (students_of(rec["body"]["response"]["result"]).values()
                             if rec["request"].startswith("getdiary") else [rec["body"]["response"]["result"]])
                  for day in st["days"].values() for it in items_of(day)}

    def set_slot(key, moment, src, entries, pupil=None):
        found = {}
        for entry in entries:
            for task in tasks_of(entry):
                files = [f["filename"] for f in files_of(entry) if f.get("toid") in (None, task["id"])]
                found[task["id"]] = dict(task, files=files, subject=entry["name"])
                seen_task_texts.setdefault(entry["name"], set()).add(task["value"])
                task_places.setdefault(task["value"], set()).add((key[0], key[2], bool(task.get("individual"))))
        public = {k: v for k, v in found.items() if not v.get("individual")}
        old = slot_tasks.get(key)
        if old is None or old[0] <= moment:
            slot_tasks[key] = (moment, src, public)
        if pupil is not None:
            own = {k: v for k, v in found.items() if v.get("individual")}
            ikey = (pupil, *key)
            old = individual.get(ikey)
            if old is None or old[0] <= moment:
                individual[ikey] = (moment, src, own)

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        moment = instant(rec["pulled_at"])
        method = request.split("?")[0]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if method == "getrules":
            rules.append(result)
        elif method == "getperiods":
            for pupil, st in students_of(result).items():
                periods[pupil] = st["periods"]
        elif method == "getfinalassessments":
            for pupil, st in students_of(result).items():
                finals[pupil] = (src, st["items"])
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = students_of(result)[pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                items = items_of(day)
                own_days[(pupil, date)] = (moment, src, items)
                marks = []
                by_slot: dict = {}
                for it in items:
                    by_slot.setdefault((date, it["name"], it.get("grp")), []).append(it)
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], number=int(it["num"]),
                                          work=m.get("control_type") or None))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                for key, entries in by_slot.items():
                    set_slot(key, moment, src, entries, pupil)
                marks_day[(pupil, date)] = (moment, src, marks)
        elif method == "getschedule":
            listed = result["days"]
            for date in days_of(request):
                items = items_of(listed.get(date.replace("-", "")))
                class_days[date] = (moment, src, items)
                by_slot = {}
                for it in items:
                    by_slot.setdefault((date, it["name"], it.get("grp")), []).append(it)
                # the day is whole: a slot of the day it lacks has no tasks
                for key in {k for k in slot_tasks if k[0] == date} | set(by_slot):
                    set_slot(key, moment, src, by_slot.get(key, []))
        elif method == "gethomework":
            listed = result["days"]
            for date in days_of(request):
                by_slot = {}
                for it in items_of(listed.get(date.replace("-", ""))):
                    by_slot.setdefault((date, it["name"], it.get("grp")), []).append(it)
                for key in {k for k in slot_tasks if k[0] == date} | set(by_slot):
                    set_slot(key, moment, src, by_slot.get(key, []))
        elif method == "getmarks":
            pupil = param(request, "student")
            span = days_of(request)
            by_day: dict[str, list] = {d: [] for d in span}
            subjects = students_of(result)[pupil]["lessons"]
            for subject in subjects:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
            for date, marks in by_day.items():
                old = marks_day.get((pupil, date))
                if old is None or old[0] <= moment:
                    # getmarks names no lesson number: the number is the one the diaries gave its lesson_id
                    marks_day[(pupil, date)] = (moment, src, [dict(m, number=lesson_num.get(m["lesson_id"]))
                                                              for m in marks])
            averages[pupil] = (src, [(s["name"], s["average"]) for s in subjects])

    pupils = sorted({p for p, _ in own_days})
    dates = sorted({d for _, d in own_days})

    def lessons(pupil: str, date: str) -> tuple[str, list]:
        """Rule 3: the pupil's lessons that day (with the answer they come from)."""
        own = own_days[(pupil, date)]
        cls = class_days.get(date)
        if cls is None or own[0] >= cls[0]:
            return own[1], own[2]
        out = []
        for it in cls[2]:
            if it.get("grp") is None or it.get("grp") == subgroup(pupil, it["name"], date):
                out.append(it)
        return cls[1], out

    def subgroup(pupil: str, subject: str, date: str) -> str | None:
        for d in sorted((d for d in dates if d <= date), reverse=True):
            for it in own_days[(pupil, d)][2]:
                if it["name"] == subject and it.get("grp"):
                    return it["grp"]
        return None

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # rule 8: children, class teacher, periods
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (rule 8, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name, the same in every parent's "
                             "answer; a subgroup change is no class change (rule 8, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "II" or (pupil == MOVER and p["name"] == "I"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(rule 8, A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    # rule 7: final marks of 1 четверть
    for pupil in sorted(finals):
        src, items = finals[pupil]
        for subject in items:
            if subject["name"] not in GROUPED and subject["name"] != "Математика":
                continue
            for a in subject["assessments"]:
                add("final_mark", f"{src}: «{subject['name']}» period '{a['period']}' value '{a['value']}' (rule 7, "
                                  "A.3 Final assessment; set before the subgroup change, which leaves it as it is)",
                    student={"student": pupil}, subject=subject["name"], period=a["period"], value=a["value"])

    for pupil in pupils:
        for date in dates:
            src, items = lessons(pupil, date)
            subjects_today = {it["name"] for it in items}
            tasks_done = set()
            for it in sorted(items, key=lambda x: int(x["num"])):
                subject, grp = it["name"], it.get("grp")
                keep = subject in GROUPED and (pupil == MOVER or (date >= CHANGE_DAY and it["num"] != "6"))
                if keep or (pupil == MOVER and date == CHANGE_DAY):
                    fact = dict(student={"student": pupil}, date=date, subject=subject, number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    if grp:
                        fact["group_label"] = grp
                    add("lesson", f"{src}: {date} item {it['num']} «{subject}»"
                                  f"{' (' + grp + ')' if grp else ''} lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (rules 3-4; A.3 Day, Lesson item `grp`)", **fact)
                # rule 6: the tasks of the pupil's subgroup lessons
                if subject in GROUPED and (subject, grp) not in tasks_done:
                    tasks_done.add((subject, grp))
                    key = (date, subject, grp)
                    shown = dict(slot_tasks.get(key, (None, "", {}))[2])
                    shown.update(individual.get((pupil, *key), (None, "", {}))[2])
                    tsrc = (individual.get((pupil, *key)) or slot_tasks.get(key) or (None, src))[1]
                    for task in sorted(shown.values(), key=lambda t: t["id"]):
                        fact = dict(student={"student": pupil}, subject=subject, text=task["value"], date=date)
                        if task["files"]:
                            fact["attachments"] = task["files"]
                        add("homework", f"{tsrc}: task {task['id']}{' (individual)' if task.get('individual') else ''}"
                                        f" of the {date} «{subject}» {grp} lesson, his subgroup that day (rule 6, "
                                        "A.3 Lesson item homework)", **fact)
            # a subgroup lesson of the class that day that is not his (rule 3): no such lesson for him
            cls = class_days.get(date)
            for subject in GROUPED:
                others = [it for it in (cls[2] if cls else []) if it["name"] == subject]
                if others and subject not in subjects_today:
                    add("no_lesson", f"{cls[1]}: the class's {date} lists «{subject}» only for "
                                     f"{sorted({it.get('grp') for it in others})}, not his subgroup "
                                     f"({subgroup(pupil, subject, date)}) (rule 3, A.3 `grp`)",
                        student={"student": pupil}, date=date, subject=subject)
            # rule 5: marks and attendance
            _, msrc, marks = marks_day.get((pupil, date), (None, "", []))
            shown_values = set()
            for m in marks:
                shown_values.add((m["subject"], m["value"]))
                if m["value"] in ABSENCE:
                    fact = dict(student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                                meaning=ABSENCE[m["value"]])
                    if m.get("number"):
                        fact["number"] = m["number"]
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} "
                                      f"(rule 5, A.3 Absence pseudo-mark, A.6)", **fact)
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]))
                if m.get("number"):
                    fact["number"] = m["number"]
                if m.get("work"):
                    fact["work_type"] = m["work"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']}"
                            " (rule 5, A.3 Assessment; the latest pull covering the day wins)", **fact)
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown_values and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) gives that mark (lesson_id, nm) another value (rule 5, "
                                           "A.3 Assessment)", student={"student": pupil}, date=date, subject=subject,
                                value=value)
    # rule 6: subgroup task texts any answer showed that a pupil never sees
    seen_by: dict[str, set] = {}
    for f in facts:
        if f["kind"] == "homework":
            seen_by.setdefault(f["student"]["student"], set()).add((f["subject"], f["text"]))
    seen_by_anyone = set().union(*seen_by.values())
    change_day_texts = {t["value"] for (d, subject, _), (_, _, found) in slot_tasks.items() if d == CHANGE_DAY
                        for t in found.values()}
    individual_texts = {t["value"] for (_, _, _, _), (_, _, found) in individual.items() for t in found.values()}
    for pupil in pupils:
        for subject in GROUPED:
            for text in sorted(seen_task_texts.get(subject, ())):
                trap = ((subject, text) not in seen_by_anyone or text in change_day_texts
                        or text in individual_texts)
                if (subject, text) not in seen_by.get(pupil, set()) and (pupil == MOVER or trap):
                    places = sorted(task_places[text], key=str)
                    if (subject, text) not in seen_by_anyone:
                        reason = (f"shown at the {places[0][0]} «{subject}» {places[0][1]} lesson by an earlier pull; "
                                  "the latest answer for that lesson no longer lists it (deleted, or re-texted under "
                                  "its id)")
                    elif any(ind for _, _, ind in places):
                        reason = f"an individual task of another pupil (`individual: true`, {places[0][0]})"
                    else:
                        reason = ", ".join(f"a task of «{subject}» {g} on {d}" for d, g, _ in places) + (
                            f"; he was in {subgroup(pupil, subject, places[0][0])} that day")
                    add("no_homework", f"«{text}»: {reason} (rule 6, A.3 Lesson item homework, `grp`)",
                        student={"student": pupil}, subject=subject, text=text)
    # rule 9: the journal's averages of the subgroup subjects
    for pupil in sorted(averages):
        src, rows = averages[pupil]
        for subject, average in rows:
            if subject in GROUPED and average != "":
                add("vendor_average", f"{src}: «{subject}» average '{average}', over the marks of both his "
                                      "subgroups (rule 9, A.3 SubjectMarks)",
                    student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
