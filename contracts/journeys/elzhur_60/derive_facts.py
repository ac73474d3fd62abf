"""Derive facts.json of elzhur_60 from journey.json alone (standard library; never imports the hub).

Every answer is the journal as of its ``pulled_at``; answers are replayed in the order of their instants. The
payloads use each form the public client models accept (reference Part C: BetterJournal/EljurAPI zod schemas,
NiceEljurOpen DTOs), so this script reads every value the way those models do before deriving anything.

Rules (shared/reference/elzhur_mesh.md):
R1  Ids and numbers sent as strings or numbers are the same value (A.4 "Ids ... usually sent as strings. Clients
    coerce them (z.coerce.number)"; A.3 Lesson item `num`, `lesson_id`; Assessment `lesson_id`, `nm`, `countas`;
    SubjectMarks `average`). A lesson is its `lesson_id`, a mark its pupil, `lesson_id` and `nm` (A.3 Assessment).
R2  `result.students` is a record keyed by student id or an array, and a day's `items` a record keyed by lesson
    number or an array (A.1 per-student wrapper; A.3 Day `items`): both read alike. Keys no model declares
    (`payload_*`, `color`, `is_distance`...) change nothing (A.3 Lesson item `payload_*` "unknown").
R3  getrules of a parent: each child of `relations.students` is that parent's; `relations.groups[c].hometeacher_*`
    names the class teacher (A.3 getrules).
R4  getperiods: each dated period (`start`, `end` YYYYMMDD) is a column of the pupil's year (A.3 Period, A.4);
    `disabled` false / 0 and `ambigious` null / absent / "1" are the models' open types (BJ PeriodModel.ts
    `z.unknown()`).
R5  A getdiary over `days=A-B` is whole for each day of the range (A.3 Day): a day's lessons are its items, with
    `num`, `name`, `topic` (optional: a lesson without the key states no topic), `teacher`, `room` ("" or null: no
    room), `grp` (the subgroup label). Times come only with `rings` (A.3 `starttime`, `endtime`: "only with
    rings=true"; `HH:MM:SS` or `HH:MM`): an answer without `rings` states no time, so a lesson keeps the times the
    latest answer with `rings` gave.
R6  `items_extday` are the pupil's extra-curricular items (A.3 Day): a lesson in his diary that day, with no
    number; a classmate whose diary lists none has no such lesson.
R7  Marks of a day are those of the latest answer covering the day, getdiary or getmarks (A.2, A.3 Assessment /
    SubjectMarks). A mark shows its `value` as text, its weight `weight_float` (number or numeric string, A.3),
    its work type `control_type` / `mtype.type`, its comment, and counts as `count` says.
R8  `н`/`Н` are absences and `оп`/`ОП` late arrivals, attendance rather than marks (A.3 Absence pseudo-mark,
    A.6); `countas` comes as 0 or "0" (BJ Absent: literal 0; reference E2: "0").
R9  An empty `value` is a phantom mark: not shown (A.3 Assessment `value`; A.6 `""` skip).
R10 Tasks: `homework` of a lesson item (a record by task id, A.3) is that lesson's tasks; gethomework's
    `days -> items` (keyed by subject name, BJ HomeworkRecordModel.ts) the day's. Files attach to the task their
    `toid` names, or, in the older `{"file": [...]}` form without `toid`, to the item's task (A.3 `files`).
R11 An `individual: true` task is that pupil's: a classmate's answers never list it (A.3 homework `individual`).
R12 A day with `alert: "vacation"` is a holiday named `holiday_name` (A.3 Day), of the pupil and of his class; an
    answer without `holiday_name` names nothing, so the name is the one his classmates' answers give that day. A
    day listed without the alert is no holiday (A.3 Day: the alert is the sign).
R13 getfinalassessments: each `items[].assessments[]` is the pupil's final mark of that subject for the period
    named by its short `name` (A.3 Final assessment), `convert` optional, `"осв"` shown as sent (A.5 E4).
R14 getmarks `average` is the journal's own average of the subject (A.3 SubjectMarks), shown as sent; `""` is
    none.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))
ABSENCE = {"н": "absent", "оп": "late"}
LESSON_DAYS = {"2026-10-19", "2026-10-21", "2026-10-22", "2026-11-06"}
HOMEWORK_DAYS = {"2026-10-21", "2026-10-23", "2026-11-06"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        if part.startswith(name + "="):
            return part.split("=", 1)[1]
    return None


def range_days(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def students(result: dict) -> dict[str, dict]:
    """R2: record or array; the entity's `name` (string or number) is the student id (R1)."""
    raw = result["students"]
    entities = raw.values() if isinstance(raw, dict) else raw
    return {str(e["name"]): e for e in entities}


def items(day: dict) -> list[dict]:
    raw = day.get("items") or []
    return list(raw.values()) if isinstance(raw, dict) else list(raw)


def number(value) -> float:
    return float(value)


def weight_of(mark: dict):
    w = number(mark.get("weight_float", mark.get("weight")))
    return int(w) if w.is_integer() else w


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules, periods, finals, averages = [], {}, {}, {}
    day_state: dict[tuple[str, str], tuple[dict | None, str]] = {}
    times: dict[tuple[str, int], tuple[str, str, str]] = {}  # (pupil, lesson_id) -> (start, end, source)
    mark_state: dict[tuple[str, str], tuple[list, str]] = {}
    task_state: dict[tuple[str, str], tuple[list, str]] = {}  # (pupil, date) -> [(subject, num, task, files)]
    phantoms: dict[tuple[str, str, str], str] = {}  # (pupil, date, subject) -> the answer that sent value ""
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        if method == "getrules":
            rules.append((result, src))
            continue
        pupil = param(request, "student")
        entity = students(result)[pupil]
        if method == "getperiods":
            periods[pupil] = (entity["periods"], src)
        elif method == "getfinalassessments":
            finals[pupil] = (entity["items"], src)
        elif method == "getdiary":
            for date in range_days(request):
                day = entity["days"].get(date.replace("-", ""))
                day_state[(pupil, date)] = (day, src)
                marks, tasks = [], []
                for it in items(day or {}):
                    lid = int(number(it["lesson_id"]))
                    if "starttime" in it and "rings=" in request:
                        times[(pupil, lid)] = (it["starttime"][:5], it["endtime"][:5], src)
                    for m in it.get("assessments", []):
                        if m["value"] == "":
                            phantoms[(pupil, date, it["name"])] = src
                        marks.append(dict(m, subject=it["name"], num=int(number(it["num"])),
                                          work=m.get("control_type")))
                    files = it.get("files") or []
                    for t in it["homework"].values():
                        if isinstance(files, dict):  # older servers: {"file": [...]}, no toid (R10)
                            names = [f["filename"] for f in files.get("file", [])]
                        else:
                            names = [f["filename"] for f in files if int(number(f["toid"])) == int(t["id"])]
                        tasks.append((it["name"], int(number(it["num"])), t, names))
                mark_state[(pupil, date)] = (marks, src)
                task_state[(pupil, date)] = (tasks, src)
        elif method == "gethomework":
            for date in range_days(request):
                day = entity["days"].get(date.replace("-", ""))
                prev = task_state.get((pupil, date), ([], ""))[0]
                tasks = []
                for it in items(day or {}):
                    files = it.get("files") or []
                    for t in it["homework"].values():
                        if isinstance(files, dict):
                            names = [f["filename"] for f in files.get("file", [])]
                        else:
                            names = [f["filename"] for f in files if int(number(f["toid"])) == int(t["id"])]
                        num = next((n for s, n, pt, _ in prev if pt["id"] == t["id"]), None)
                        tasks.append((it["name"], num, t, names))
                task_state[(pupil, date)] = (tasks, src)
        elif method == "getmarks":
            by_day: dict[str, list] = {d: [] for d in range_days(request)}
            for subject in entity["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], num=None, work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.setdefault(pupil, []).append((subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                # keep the lesson numbers the diary gave (the same lesson_id: R1)
                diary_marks = mark_state.get((pupil, date), ([], ""))[0]
                for m in marks:
                    m["num"] = next((dm["num"] for dm in diary_marks
                                     if int(number(dm["lesson_id"])) == int(number(m["lesson_id"]))), None)
                mark_state[(pupil, date)] = (marks, src)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R3
    cls_of = {}
    for r, src in rules:
        kids = sorted(str(s["name"]) for s in r["relations"]["students"].values())
        for s in r["relations"]["students"].values():
            cls_of[str(s["name"])] = s["class"]
        add("children", f"{src}: relations.students {kids} (R3, A.3 getrules; names as strings or numbers, R1)",
            guardian={"parent": str(r["id"])}, children=[{"student": k} for k in kids])
    teachers = {}
    for r, src in rules:
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = (g["hometeacher_name"], src)
    for cls in sorted(teachers):
        add("class_teacher", f"{teachers[cls][1]}: relations.groups['{cls}'].hometeacher_name (R3)",
            teacher=teachers[cls][0], **{"class": {"class": cls}})
    # R4
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["start"] and p["name"] in ("I", "II"):
                add("period", f"{src}: period '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R4)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    holiday_names: dict[tuple[str, str], str] = {}
    for (p, d), (day, _) in day_state.items():
        if day and day.get("alert") == "vacation" and day.get("holiday_name"):
            holiday_names[(cls_of[p], d)] = day["holiday_name"]
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)]
            # R5 lessons
            for it in sorted(items(day or {}), key=lambda x: int(number(x["num"]))):
                if date not in LESSON_DAYS:
                    break
                lid = int(number(it["lesson_id"]))
                fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(number(it["num"])),
                            teacher=it["teacher"])
                why = [f"{src}: day {date} item num {it['num']!r} «{it['name']}» lesson_id {it['lesson_id']!r}"]
                if "topic" in it and it["topic"]:
                    fact["topic"] = it["topic"]
                else:
                    why.append("no `topic` key: no topic asserted")
                if isinstance(it.get("room"), str) and it["room"]:
                    fact["room"] = it["room"]
                else:
                    why.append(f"room {it.get('room')!r}: no room asserted")
                if it.get("grp"):
                    fact["group_label"] = it["grp"]
                    why.append(f"grp {it['grp']!r}")
                if (pupil, lid) in times:
                    start, end, tsrc = times[(pupil, lid)]
                    fact["starts_at"], fact["ends_at"] = start, end
                    if tsrc != src:
                        why.append(f"times from {tsrc}: the latest answer is without rings (R5)")
                add("lesson", "; ".join(why) + " (R1, R2, R5)", **fact)
            # R6 extra-curricular
            for ext in (day or {}).get("items_extday", []) or []:
                fact = dict(student={"student": pupil}, date=date, subject=ext["name"], teacher=ext["teacher"],
                            topic=ext["topic"])
                if "starttime" in ext:
                    fact["starts_at"], fact["ends_at"] = ext["starttime"][:5], ext["endtime"][:5]
                add("lesson", f"{src}: items_extday «{ext['name']}» on {date} (R6, A.3 Day items_extday)", **fact)
                for other in pupils:
                    if other != pupil and cls_of[other] == cls_of[pupil]:
                        oday, osrc = day_state[(other, date)]
                        if not (oday or {}).get("items_extday"):
                            add("no_lesson", f"{osrc}: {other}'s day {date} lists no items_extday; «{ext['name']}» "
                                             f"is {pupil}'s extra-curricular item (R6)",
                                student={"student": other}, date=date, subject=ext["name"])
            # R12 holidays
            if day and day.get("alert") == "vacation":
                name = day.get("holiday_name") or holiday_names[(cls_of[pupil], date)]
                note = "" if day.get("holiday_name") else " (his answer has no holiday_name: the classmates' name)"
                add("holiday", f"{src}: {date} alert 'vacation'{note} (R12)", student={"student": pupil}, date=date,
                    name=name, once=True)
            elif day and date >= "2026-11-05":
                for other in ("Осенние каникулы",):
                    add("no_holiday", f"{src}: {date} is listed with lessons and no alert (R12)",
                        student={"student": pupil}, date=date, name=other)
            if day and day.get("alert") == "vacation" and day.get("holiday_name") == "День народного единства":
                add("no_holiday", f"{src}: {date} is named «День народного единства», not the autumn holidays (R12)",
                    student={"student": pupil}, date=date, name="Осенние каникулы")
            # R7-R9 marks
            marks, msrc = mark_state.get((pupil, date), ([], ""))
            for m in marks:
                value = m["value"]
                if value == "":
                    add("no_mark", f"{msrc}: an empty value at lesson {m['lesson_id']} nm {m['nm']} is a phantom (R9)",
                        student={"student": pupil}, date=date, subject=m["subject"], value="")
                    continue
                if value.lower() in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark {value!r} countas {m['countas']!r} at lesson "
                                      f"{m['lesson_id']} (R8)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=value, meaning=ABSENCE[value.lower()])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=value,
                            weight=weight_of(m), counts=bool(m["count"]), work_type=m["work"])
                if m["num"] is not None:
                    fact["number"] = m["num"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson_id {m['lesson_id']!r} nm {m['nm']!r} value {value!r} weight_float "
                            f"{m.get('weight_float')!r} (R1, R7)", **fact)
            # R10 tasks
            tasks, tsrc = task_state.get((pupil, date), ([], ""))
            for subject, num, t, names in tasks:
                special = t.get("individual") or names or "lesson" in t or date in HOMEWORK_DAYS
                if not special:
                    continue
                fact = dict(student={"student": pupil}, subject=subject, text=t["value"], date=date)
                if num is not None:
                    fact["number"] = num
                if names:
                    fact["attachments"] = names
                add("homework", f"{tsrc}: task {t['id']} (individual {t['individual']}) on «{subject}» of {date}"
                                f"{', files ' + str(names) if names else ''} (R10)", **fact)
                if t.get("individual"):
                    for other in pupils:
                        if other != pupil and cls_of[other] == cls_of[pupil]:
                            add("no_homework", f"task {t['id']} is individual to {pupil} (R11)",
                                student={"student": other}, subject=subject, text=t["value"])
    for (pupil, date, subject), src in sorted(phantoms.items()):
        add("no_mark", f"{src}: an empty `value` on «{subject}» of {date} is a phantom mark, never shown (R9)",
            student={"student": pupil}, date=date, subject=subject, value="")
    # R12 class holidays
    for (cls, date), name in sorted(holiday_names.items()):
        add("holiday", f"the {cls} pupils' getdiary: {date} alert 'vacation' «{name}» (R12)", group={"class": cls},
            date=date, name=name, once=True)
    # R13
    for pupil in sorted(finals):
        subjects, src = finals[pupil]
        for s in subjects:
            for a in s["assessments"]:
                add("final_mark", f"{src}: «{s['name']}» period {a['period']!r} value {a['value']!r}"
                                  f"{' convert ' + str(a['convert']) if 'convert' in a else ' (no convert)'} (R13)",
                    student={"student": pupil}, subject=s["name"], period=a["period"], value=a["value"])
    # R14
    for pupil in sorted(averages):
        for subject, average, src in averages[pupil]:
            add("vendor_average", f"{src}: «{subject}» average {average!r} (R1, R14)", student={"student": pupil},
                subject=subject, value=str(average))
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
