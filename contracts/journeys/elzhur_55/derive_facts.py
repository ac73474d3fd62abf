"""Derive facts.json of elzhur_55 from journey.json alone (standard library; never imports the hub; deterministic).

Rules (reference: shared/reference/elzhur_mesh.md, Part A; the hub README's public "request envelope"):
* R1 the request: what the sync job wrote, read leniently: surrounding spaces and a leading ``GET`` are not part
  of it, a full URL ``https://{vendor}.eljur.ru/apiv3/{method}?...`` names the method by its last path segment
  (A.1 Base URL), the method's case is not meaningful, ``devkey``/``vendor``/``auth_token``/``out_format`` are the
  common parameters (A.1) and say nothing about the data; ``student``, ``class`` and ``days=YYYYMMDD-YYYYMMDD``
  (A.1 Date range param) give the scope.
* R2 time: every answer is the journal as of its ``pulled_at`` (envelope); a ``Z`` stamp is UTC, an offset is
  itself, a naive stamp is the school's local time (journey ``school.timezone`` Europe/Moscow, UTC+3, no DST;
  A.4: Eljur's own times carry no zone). Answers are replayed in the order of those instants, ties in push order,
  whatever order the batches delivered them in (a retry re-stamped later is, by its stamp, the later pull).
* R3 days are whole (A.3 Day, A.2 getdiary/getschedule ``days``): a getdiary of a pupil or a getschedule of a class
  over ``days=A-B`` states every day of the range for the class: the lessons it lists (its ``items``) are the day's
  lessons, a lesson of an earlier answer it lacks is gone (``no_lesson``).
* R4 tasks (A.3 Lesson item ``homework``, keyed by the task id): a task is its id; its text is the latest statement
  of that id; the tasks of a lesson are those the latest answer listing the lesson gives it. A text an earlier
  answer showed that no current task has is ``no_homework``.
* R5 marks (A.3 Assessment; getmarks A.3 SubjectMarks): a mark is its pupil, ``lesson_id`` and ``nm``; the latest
  answer covering a pupil's day (his getdiary over a range holding the day, or his getmarks over ``days`` holding
  the mark's ``date``) gives that day's marks; a value shown earlier and not any more is ``no_mark``. ``н``/``оп``
  are attendance (A.3 Absence pseudo-mark, A.6), not marks.
* R6 people (A.3 getrules): a parent's ``relations.students`` are his children; ``relations.groups[..]
  .hometeacher_*`` the class teacher; getperiods (A.3 Period) the pupil's periods by ``fullname`` and dates.
* R7 getmarks ``average`` (A.3 SubjectMarks) is the journal's own average of the subject (``vendor_average``,
  stated without a period: the request's ``days`` is a week, not a period of getperiods).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def parse_request(text: str) -> tuple[str, dict[str, str]]:
    """R1: (method, query) of a request string as a sync job may write it."""
    text = text.strip()
    if text[:4].upper() == "GET ":
        text = text[4:].strip()
    path, _, query = text.partition("?")
    method = path.rstrip("/").rsplit("/", 1)[-1].strip().lower()
    params = {k.strip(): v[0].strip() for k, v in parse_qs(query, keep_blank_values=True).items()}
    return method, params


def instant(text: str) -> dt.datetime:
    """R2."""
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def span(days: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in days.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day: dict | None) -> list[dict]:
    items = (day or {}).get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules, periods, class_of = [], {}, {}
    for _, (_, rec) in ordered:
        if parse_request(rec["request"])[0] == "getrules":
            for k, st in rec["body"]["response"]["result"]["relations"]["students"].items():
                class_of[k] = st["class"]
    class_day: dict[tuple[str, str], tuple[str, list]] = {}  # (class, date) -> (source, items) latest
    lesson_tasks: dict[str, set] = {}  # lesson id -> task ids, by the latest answer listing the lesson
    task_text: dict[int, tuple[str, str]] = {}  # task id -> (subject, text) latest
    mark_day: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks) latest
    seen_lessons: dict[tuple[str, str], set] = {}  # (class, date) -> subjects ever shown
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_texts: dict[tuple[str, str], set] = {}  # (class, subject) -> task texts ever shown
    averages: dict[tuple[str, str], tuple[str, str]] = {}
    for _, (step, rec) in ordered:
        method, q = parse_request(rec["request"])
        result = rec["body"]["response"]["result"]
        src = f"step {step} `{method}` {q.get('student') or q.get('class') or ''} {q.get('days', '')} " \
              f"(pulled_at {rec['pulled_at']})"
        if method == "getrules":
            rules.append(result)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method in ("getdiary", "getschedule"):
            pupil = q.get("student")
            if pupil:
                cls, listed = class_of[pupil], result["students"][pupil]["days"]
            else:
                cls, listed = q["class"], result["days"]
            for date in span(q["days"]):
                day = listed.get(date.replace("-", ""))
                items = items_of(day)
                class_day[(cls, date)] = (src, items)
                for it in items:
                    seen_lessons.setdefault((cls, date), set()).add(it["name"])
                    hws = it.get("homework") or {}
                    lesson_tasks[it["lesson_id"]] = {hw["id"] for hw in hws.values()}
                    for hw in hws.values():
                        task_text[hw["id"]] = (it["name"], hw["value"])
                        seen_texts.setdefault((cls, it["name"]), set()).add(hw["value"])
                if pupil:
                    marks = [dict(a, subject=it["name"], work=a.get("control_type"), number=int(it["num"]))
                             for it in items for a in it.get("assessments", [])]
                    mark_day[(pupil, date)] = (src, marks)
                    for a in marks:
                        seen_marks.setdefault((pupil, date, a["subject"]), set()).add(a["value"])
        elif method == "getmarks":
            pupil = q["student"]
            by_day: dict[str, list] = {date: [] for date in span(q["days"])}
            for subject in result["students"][pupil]["lessons"]:
                for a in subject["marks"]:
                    by_day.setdefault(a["date"], []).append(
                        dict(a, subject=subject["name"], work=(a.get("mtype") or {}).get("type"), number=None))
                if subject["average"] != "":
                    averages[(pupil, subject["name"])] = (subject["average"], src)
            for date, marks in by_day.items():
                # a getmarks names no lesson number: keep the number the diary gave the same mark
                old = {(a["lesson_id"], a["nm"]): a["number"] for a in mark_day.get((pupil, date), ("", []))[1]}
                mark_day[(pupil, date)] = (src, [dict(a, number=old.get((a["lesson_id"], a["nm"]))) for a in marks])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **fields, "why": why})

    for r in rules:  # R6
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']}"
                              " (A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted(class_of)
    current_tasks: dict[str, set] = {}  # class -> texts current
    for pupil in pupils:
        cls = class_of[pupil]
        for (c, date), (src, items) in sorted(class_day.items()):
            if c != cls:
                continue
            live = {it["name"] for it in items}
            special = (cls == "5А" and date == "2026-10-22") or (cls == "8Б" and date == "2026-10-23")
            for it in sorted(items, key=lambda x: int(x["num"])):
                if it["num"] == "1" or special:  # R3
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; R2, R3)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                for task in sorted(lesson_tasks.get(it["lesson_id"], ())):  # R4
                    subject, text = task_text[task]
                    current_tasks.setdefault(cls, set()).add((subject, text))
                    if dt.date.fromisoformat(date).weekday() == 3 or \
                            (cls, date) in (("8Б", "2026-10-16"), ("8Б", "2026-10-23"), ("5А", "2026-10-22")):
                        add("homework", f"task {task} on the «{it['name']}» lesson {it['lesson_id']} of {date}: the "
                                        f"latest answer listing the lesson ({src}) lists it; its text as of its "
                                        "latest statement (A.3 Lesson item homework; R2, R4)",
                            student={"student": pupil}, subject=subject, text=text, date=date,
                            number=int(it["num"]))
            for subject in sorted(seen_lessons.get((cls, date), set()) - live):
                add("no_lesson", f"an earlier answer showed «{subject}» on {date}; the latest ({src}) lists no such "
                                 "lesson (A.3 Day: each day of `days` is whole; R3)",
                    student={"student": pupil}, date=date, subject=subject)
            msrc, marks = mark_day.get((pupil, date), ("", []))
            for a in marks:  # R5
                where = {"number": a["number"]} if a["number"] is not None else {}
                if a["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{a['value']}' lesson {a['lesson_id']} (A.3 Absence; "
                                      "A.6)", student={"student": pupil}, date=date, subject=a["subject"],
                        code=a["value"], meaning=ABSENCE[a["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=a["subject"], value=a["value"], **where,
                            weight=a["weight"], counts=bool(a["count"]), work_type=a["work"])
                if a.get("comment"):
                    fact["comment"] = a["comment"]
                add("mark", f"{msrc}: lesson {a['lesson_id']} nm {a['nm']} value '{a['value']}' weight "
                            f"{a['weight']} (A.3 Assessment; R2, R5: the latest pull covering the day)", **fact)
            shown = {(a["subject"], a["value"]) for a in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if (p, d) == (pupil, date):
                    for value in sorted(values - {v for s, v in shown if s == subject}):
                        if value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) does not hold it (A.3 Assessment; R2, R5)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
        for (c, subject), texts in sorted(seen_texts.items()):
            if c == cls:
                for text in sorted(texts):
                    if (subject, text) not in current_tasks.get(cls, set()):
                        add("no_homework", f"task text «{text}» was shown by an earlier answer; no current task of "
                                           f"{cls} has it (re-texted or withdrawn: A.3 Lesson item homework; R2, R4)",
                            student={"student": pupil}, subject=subject, text=text)
    for (pupil, subject), (average, src) in sorted(averages.items()):  # R7
        add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
