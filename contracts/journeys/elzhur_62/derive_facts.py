"""Derive facts.json of elzhur_62 from journey.json alone (standard library; never imports the hub).

Rules, from shared/reference/elzhur_mesh.md (Part A, C and D) and the client files Part C cites:

R1 (A.1 envelope, A.1 `students` "either an object keyed by student id or an array"; Apheleia
   DiaryAsyncParser/MarkGridAsyncParser `isJsonArray()`): a pupil's answer is read the same whether `students` is an
   object keyed by his id or an array holding him; getperiods' `students` is an array.
R2 (A.3 Day `items` "object keyed by lesson number or array. Clients must accept both forms"; felpsyatina
   lessons_db_manip.py, w1nsh json_parser.py): lesson items are the same lessons in either form; a class answer
   (`getschedule`/`gethomework` with `class`, A.2) carries `days` at the top level of `result`.
R3 (A.2 getdiary `days`, A.3 Day, A.4 YYYYMMDD): every answer is the journal as of its `pulled_at` (naive stamps
   are the school's zone, Europe/Moscow); answers are replayed in the order of their pull instants. A getdiary or
   getschedule over `days=A-B` holds each day of the range whole: the latest answer covering a day says which
   lessons it has (a class's getschedule speaks for each pupil of that class).
R4 (A.3 Day `alert: "vacation"`, `holiday_name`; Apheleia checks the alert before reading `items`, which may be
   absent): a vacation day has no lessons; where `holiday_name` is given the pupil sees that holiday, once.
R5 (A.3 Lesson item `name`: `"Cancel"` seen for a cancelled lesson [S, felpsyatina]): a lesson item named «Cancel»
   is no live lesson of its subject, nor a subject called «Cancel».
R6 (A.3 Lesson item: `num` string, `teacher` full name, `room`, `topic`, `starttime`/`endtime` "HH:MM:SS" or
   "HH:MM", only with rings): a live lesson shows its number, teacher and room; its topic and times only where the
   latest answer for that day states them (a class getschedule and Apheleia's lean items state neither).
R7 (A.3 Day `items_extday`: `name`, `teacher`, `grp`, `topic`, `homework[]`, + times; Apheleia reads its
   `homework` as an array): an extra-curricular item shows to its pupil with its teacher, time and task.
R8 (A.3 Assessment, SubjectMarks; A.6): a mark is its pupil, `lesson_id` and `nm`; the latest answer covering its
   day (getdiary, getmarks, newgetmarks: w1nsh json_parser.py reads newgetmarks as getmarks) says which marks the
   day holds. `value` is shown as sent; `weight` is a number or a numeric string (Apheleia `getAsString()`);
   `count` says whether it enters the average; the work type is `control_type` / `mtype.type`; the mark's own
   comment is `comment`, not `lesson_comment` (the lesson's comment/topic, A.3 SubjectMarks).
R9 (A.3 Absence pseudo-mark, A.6: `н`/`Н` absent, `оп`/`ОП` late; `count:false`): attendance, not marks.
R10 (A.3 Assessment `value` `""` "phantom marks that Apheleia filters out", A.6 `""` skip): no mark is shown for it.
R11 (A.3 Lesson item `homework` `{ "<hwId>": {id, value, individual} }`; E5 and felpsyatina/w1nsh gethomework by
   class): a task is its `id`; the latest answer listing its day states its text; a later answer with another
   `value` under the same id re-texts it. A class answer holds the class's tasks: a pupil's `individual` task is
   not the class's and stays. The older `files: {"file": [...]}` form (A.3 Lesson item `files`) gives the task's
   attachments by `filename`.
R12 (A.3 getrules; eljur_notifier `jsonStrRulesExample`): `relations.students` are the parent's children;
   `relations.groups[cls].hometeacher_*` names the class teacher (the literal sample has no such field: it names none
   and takes nobody away).
R13 (A.3 Period, E1): a period with `start`/`end` is shown with those dates (YYYYMMDD).
R14 (A.3 Final assessment, E4; Apheleia getFinals): `items[].assessments[]` `{period, value, comment}` is the final
   mark of that subject and period; an empty `assessments` list states none.
R15 (A.3 SubjectMarks `average`, string, may be `""`; Apheleia MarkGridAsyncParser): the vendor average is shown as
   sent for a subject that has one; the request's `days` is not a period of getperiods, so no period is claimed.
R16 (A.2 `newgetmarks`/`newgetdiary` "presumably newer variants ... shape not documented" [S/U], Part D.3): no fact
   rests on a `newgetmarks` answer (w1nsh json_parser.py reads it as getmarks, but the reference does not vouch for
   that shape); the same marks come again through the older `getmarks` with w1nsh's `students` param (A.1).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow (Kazan), no DST
ABSENCE = {"н": "absent", "оп": "late"}
LESSON_DAYS = {"2027-04-21", "2027-04-22", "2027-04-27"}
HOMEWORK_DAYS = {"2027-04-21", "2027-04-27", "2027-04-28", "2027-04-30"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        if part.startswith(name + "="):
            return part[len(name) + 1:]
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def student_of(result: dict, pupil: str) -> dict:  # R1
    students = result["students"]
    return students[0] if isinstance(students, list) else students[pupil]


def items_of(day: dict) -> list[dict]:  # R2
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules, periods, finals, averages = [], {}, {}, []
    cls_of: dict[str, str] = {}
    day_state: dict[tuple[str, str], tuple[str, dict | None, str]] = {}  # (pupil, date) -> (src, day, form)
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    task_state: dict[tuple[str, str], dict] = {}  # (pupil, date) -> id -> task
    seen_lessons: dict[tuple[str, str], set] = {}
    seen_tasks: dict[tuple[str, str], set] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method = request.split("?")[0]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        pupil = param(request, "student") or param(request, "students")
        klass = param(request, "class")
        if method == "getrules":
            rules.append(result)
            for k, s in result["relations"]["students"].items():
                cls_of[k] = s["class"]
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getfinalassessments":
            finals[pupil] = (src, student_of(result, pupil)["items"])
        elif method in ("getdiary", "getschedule") and pupil:
            listed = student_of(result, pupil)["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (src, day, "pupil")
                marks, tasks = [], {}
                for it in items_of(day or {}) + list((day or {}).get("items_extday") or []):
                    if it["name"] != "Cancel":
                        seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    hws = it.get("homework") or {}
                    for hw in (hws.values() if isinstance(hws, dict) else hws):
                        tasks[hw["id"]] = dict(hw, subject=it["name"], files=[])
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it.get("assessments") or []:
                        if m["value"] == "":
                            seen_marks.setdefault((pupil, date, it["name"]), set()).add("")
                            continue
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                mark_state[(pupil, date)] = (src, marks)
                task_state[(pupil, date)] = tasks
        elif method == "getschedule" and klass:  # R2, R3: a class's answer speaks for each of its pupils
            for p in sorted(k for k, c in cls_of.items() if c == klass):
                for date in days_of(request):
                    day = result["days"].get(date.replace("-", ""))
                    day_state[(p, date)] = (src, day, "class")
        elif method == "gethomework" and klass:  # R11
            for p in sorted(k for k, c in cls_of.items() if c == klass):
                for date in days_of(request):
                    day = result["days"].get(date.replace("-", ""))
                    kept = {i: t for i, t in task_state.get((p, date), {}).items() if t.get("individual")}
                    for it in items_of(day or {}):
                        files = [f["filename"] for f in (it.get("files") or {}).get("file", [])]
                        for hw in it["homework"].values():
                            kept[hw["id"]] = dict(hw, subject=it["name"], files=files)
                            seen_tasks.setdefault((p, it["name"]), set()).add(hw["value"])
                    task_state[(p, date)] = kept
        elif method == "newgetmarks":  # R16
            continue
        elif method == "getmarks":
            student = student_of(result, pupil)
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in student["lessons"]:
                for m in subject.get("marks") or []:
                    if m["value"] == "":
                        continue
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject.get("average", "") != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    for r in rules:  # R12
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['name']}: relations.students {kids} (A.3 getrules; R12)",
            guardian={"parent": r["name"]}, children=[{"student": k} for k in kids])
    teachers = {}
    for r in rules:
        for cls, g in r["relations"]["groups"].items():
            if g.get("hometeacher_name"):
                teachers[cls] = (g["hometeacher_name"], r["name"])
    for cls in sorted(teachers):
        add("class_teacher", f"getrules of parent {teachers[cls][1]}: relations.groups['{cls}'].hometeacher_name; "
                             "62901's later getrules in the literal eljur_notifier shape has no hometeacher_* and names "
                             "nobody else (A.3 getrules; R12)", teacher=teachers[cls][0], **{"class": {"class": cls}})
    for pupil in sorted(periods):  # R13
        for p in periods[pupil]:
            if p["name"] in ("III", "IV"):
                add("period", f"getperiods?student={pupil} (students as an array): '{p['name']}' «{p['fullname']}» "
                              f"{p['start']}-{p['end']} (A.3 Period, E1; R1, R13)", student={"student": pupil},
                    name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    for pupil in sorted(finals):  # R14
        src, items = finals[pupil]
        for it in items:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}' "
                                  "(A.3 Final assessment, E4; R14)", student={"student": pupil}, subject=it["name"],
                    period=a["period"], value=a["value"])

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            src, day, form = day_state[(pupil, date)]
            items = items_of(day or {})
            vacation = bool(day and day.get("alert") == "vacation")
            if vacation:
                items = []
            live = {it["name"] for it in items if it["name"] != "Cancel"}
            for it in sorted(items, key=lambda x: int(x["num"])):
                if it["name"] == "Cancel" or not (date in LESSON_DAYS or it["num"] == "1"):
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                            teacher=it["teacher"])
                if it.get("room"):
                    fact["room"] = it["room"]
                if it.get("topic"):
                    fact["topic"] = it["topic"]
                if it.get("starttime"):
                    fact.update(starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}"
                              f"{' (a class answer: no topic or times)' if form == 'class' else ''} "
                              "(A.3 Day, Lesson item; R2, R3, R6)", **fact)
            for it in (day or {}).get("items_extday") or []:  # R7
                add("lesson", f"{src}: day {date} items_extday «{it['name']}» {it['starttime']}-{it['endtime']} "
                              "(A.3 Day items_extday; R7)", student={"student": pupil}, date=date, subject=it["name"],
                    teacher=it["teacher"], topic=it["topic"], starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
            for subject in sorted(seen_lessons.get((pupil, date), set()) - live
                                  - {it["name"] for it in (day or {}).get("items_extday") or []}):
                add("no_lesson", f"{src}: the latest answer for {date} "
                                 f"{'is a vacation day (alert vacation)' if vacation else 'lists the lesson as «Cancel»'}; "
                                 "an earlier pull showed the lesson (A.3 Day; R3, R4, R5)",
                    student={"student": pupil}, date=date, subject=subject)
            if any(it["name"] == "Cancel" for it in items):
                add("no_lesson", f"{src}: an item named «Cancel» on {date} is a cancelled lesson, not a subject "
                                 "(A.3 Lesson item name [S, felpsyatina]; R5)", student={"student": pupil}, date=date,
                    subject="Cancel")
            if vacation and day.get("holiday_name"):
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» "
                               "(A.3 Day; R4)", student={"student": pupil}, date=date, name=day["holiday_name"],
                    once=True)
            # marks and attendance (R8, R9, R10)
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"].lower() in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} "
                                      "(A.3 Absence pseudo-mark, A.6; R9)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"].lower()])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=int(float(m["weight"])), counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight "
                            f"{m['weight']!r} (A.3 Assessment/SubjectMarks; R8)"
                            f"{'; lesson_comment «' + m['lesson_comment'] + '» is the lesson, not the mark' if m.get('lesson_comment') else ''}",
                    **fact)
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date and "" in values:
                    add("no_mark", f"a getdiary of {pupil} lists a phantom mark value '' in «{subject}» on {date} "
                                   "(A.3 Assessment value, A.6 '' skip; R10)", student={"student": pupil}, date=date,
                        subject=subject, value="")
            # homework (R11)
            if date in HOMEWORK_DAYS:
                for tid, t in sorted(task_state.get((pupil, date), {}).items()):
                    fact = dict(student={"student": pupil}, subject=t["subject"], text=t["value"], date=date)
                    if t["files"]:
                        fact["attachments"] = t["files"]
                    add("homework", f"task {tid} on «{t['subject']}» of {date} as the latest answer listing the day "
                                    f"states it{' (individual)' if t.get('individual') else ''}"
                                    f"{'; files.file ' + str(t['files']) if t['files'] else ''} "
                                    "(A.3 Lesson item homework, files; E5; R11)", **fact)
    current = {(p, t["subject"], t["value"]) for (p, _), ts in task_state.items() for t in ts.values()
               if not (day_state.get((p, _)) or ("", None, ""))[1] or
               (day_state[(p, _)][1] or {}).get("alert") != "vacation"}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was shown by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (its day became a vacation day, or its id was re-texted; A.3 Day, "
                                   "homework; R4, R11)", student={"student": pupil}, subject=subject, text=text)
    # another pupil's individual task (R11)
    for (pupil, date), ts in sorted(task_state.items()):
        for t in ts.values():
            if t.get("individual"):
                for other in pupils:
                    if other != pupil and cls_of[other] == cls_of[pupil]:
                        add("no_homework", f"task {t['id']} is `individual` in {pupil}'s getdiary only; {other}'s "
                                           "answers never list it (A.3 Lesson item homework individual; R11)",
                            student={"student": other}, subject=t["subject"], text=t["value"])
    # class-level holiday, and days that are not holidays (R4)
    names: dict[tuple[str, str], set] = {}
    for (p, d), (_, day, _f) in day_state.items():
        if day and day.get("alert") == "vacation" and day.get("holiday_name"):
            names.setdefault((cls_of[p], d), set()).add(day["holiday_name"])
    for (cls, date), ns in sorted(names.items()):
        if cls == "8А":
            add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{min(ns)}» (A.3 Day; R4)",
                group={"class": cls}, date=date, name=min(ns), once=True)
    for pupil in pupils:
        for (cls, hdate), ns in sorted(names.items()):
            for date in ("2027-04-26", "2027-04-30"):
                if cls == cls_of[pupil]:
                    add("no_holiday", f"{day_state[(pupil, date)][0]}: {date} is listed without an alert (A.3 Day: "
                                      f"`alert` is the only sign of a day off): the day off is {hdate} only",
                        student={"student": pupil}, date=date, name=min(ns))
    for pupil, subject, average, src in sorted(averages):  # R15
        add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks; R1, R15)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
