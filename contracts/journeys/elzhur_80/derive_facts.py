"""Derive facts.json of elzhur_80 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A (section in brackets):
* R1 time. Every answer is the journal as of its ``pulled_at``. A stamp with ``Z`` or an offset is that instant; a
  naive stamp is the school's local time (journey ``school.timezone``, Asia/Yekaterinburg, UTC+5 all year; an Eljur
  answer carries no zone, A.4). Answers are replayed in the order of their instants (ties: delivery order), so an
  answer pulled before another and delivered after it is older.
* R2 pupil days. ``getdiary?student=P&days=A-B`` is P's diary for every day of the range (A.2, A.3 Day): a day it lists
  is that day's lessons as of the pull (``items`` keyed by lesson number, A.3 Lesson item); a day of the range it
  does not list has no lessons for P. The latest answer covering a day decides. So the pupil's diary shows the
  lessons his own latest answer lists: 6А's before the transfer, 6Б's (and 6Б's English group 2) during the stay,
  6А's after the return, whatever the answers pulled before an order showed for the days after it.
* R3 no lesson. A subject an earlier answer listed on a day and the latest does not list that day is no lesson of
  the pupil that day; a subject the latest lists at another number only is no lesson at the old number.
* R4 marks. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment). Each getdiary day and each getmarks day
  (``days`` selects by the mark's own ``date``, A.3 SubjectMarks) lists the pupil's marks of that day whole; the latest
  answer covering the day decides. Value, ``weight_float`` (else ``weight``), ``count`` and the work type
  (``control_type`` / ``mtype.type``) are the mark's. A value an earlier answer showed on that day and subject and the
  latest does not is gone (a deleted or corrected mark).
* R5 attendance. ``н``/``Н`` (absent) and ``оп``/``ОП`` (late) are attendance, not marks (A.3 Absence pseudo-mark,
  A.6), on the lesson they are given at.
* R6 homework. A task is its id in the ``homework`` of the lesson item that lists it, to be done for that lesson
  (A.3 Lesson item ``homework``); ``files[].toid`` attaches a file to it. The pupil sees the tasks of his latest days;
  a task text an earlier answer showed him that none of his latest days lists is not his. A task with
  ``individual: true`` is the pupil's own: his classmates do not see it.
* R7 final marks. ``getfinalassessments`` items give each subject's ``assessments`` by ``period`` (Period ``name``,
  A.3 Final assessment, Period); the latest answer of the pupil decides, and a value it replaced in the same cell is
  no longer shown.
* R8 periods, guardians, class teachers. ``getperiods`` gives each period's ``fullname``, ``start`` and ``end``
  (A.3 Period); a parent's latest ``getrules`` names the children (``relations.students``) and each class's
  ``hometeacher_name`` (``relations.groups``; A.3 getrules).
* R9 averages. ``getmarks`` subjects carry the journal's ``average`` as sent (A.3 SubjectMarks); the latest getmarks of
  the pupil decides. Its ``days`` range (14-27 Dec) is not a period of getperiods, so no period is claimed.
Class answers (getschedule and gethomework by ``class``) are the head teacher's views of the same lessons and tasks;
the facts are what a parent reads in a pupil's diary, so they come from the pupils' own answers.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST since 2014
WORK_DAILY = ("Работа на уроке", "Устный ответ", "Домашняя работа")  # classmates' marks: control works and Maths
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
MOVER, TWIN, CLASSMATE_A, CLASSMATE_B = "80511", "80521", "80512", "80522"


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
    if not day:
        return []
    items = day.get("items") or {}
    return sorted(items.values() if isinstance(items, dict) else items, key=lambda it: (int(it["num"]), it["sort"]))


def students_of(result: dict) -> dict:
    students = result["students"]
    return students if isinstance(students, dict) else {s["name"]: s for s in students}


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    day_state: dict[tuple[str, str], list] = {}  # (pupil, date) -> latest items
    day_src: dict[tuple[str, str], str] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> {(subject, num)} ever listed
    seen_tasks: dict[str, set] = {}  # pupil -> {(subject, text)} ever listed
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules: dict[str, tuple[str, dict]] = {}
    periods: dict[str, tuple[str, list]] = {}
    finals: dict[str, tuple[str, dict]] = {}
    seen_finals: dict[tuple[str, str, str], set] = {}
    averages: dict[str, tuple[str, list]] = {}

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method = request.split("?")[0]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        pupil = param(request, "student")
        if method == "getrules":
            rules[result["name"]] = (src, result)
        elif method == "getperiods":
            for st in students_of(result).values():
                periods[st["name"]] = (src, st["periods"])
        elif method == "getdiary":
            listed = students_of(result)[pupil]["days"] or {}
            for date in days_of(request):
                items = items_of(listed.get(date.replace("-", "")))
                day_state[(pupil, date)], day_src[(pupil, date)] = items, src
                marks = []
                for it in items:
                    seen_lessons.setdefault((pupil, date), set()).add((it["name"], int(it["num"])))
                    for hw in (it.get("homework") or {}).values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                    for m in it.get("assessments") or []:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type"), num=int(it["num"])))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif method == "getmarks":
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            subjects = students_of(result)[pupil]["lessons"]
            for subject in subjects:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type"), num=None))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
            averages[pupil] = (src, [(s["name"], s["average"]) for s in subjects if s["average"] != ""])
        elif method == "getfinalassessments":
            cells = {}
            for item in students_of(result)[pupil]["items"]:
                for a in item["assessments"]:
                    cells[(item["name"], a["period"])] = a
                    seen_finals.setdefault((pupil, item["name"], a["period"]), set()).add(a["value"])
            finals[pupil] = (src, cells)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R8: guardians, class teachers, periods
    teachers: dict[str, tuple[str, str]] = {}
    for parent in sorted(rules):
        src, r = rules[parent]
        kids = sorted(r["relations"]["students"])
        add("children", f"{src}: the parent's latest getrules, relations.students {kids} (R8; A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
        for cls, g in (r["relations"]["groups"] or {}).items():
            teachers[cls] = (src, g["hometeacher_name"])
    for cls in sorted(teachers):
        src, name = teachers[cls]
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name (R8; A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})
    for pupil in sorted(periods):
        src, rows = periods[pupil]
        for p in rows:
            if p["start"] and (p["name"] == "II" or (pupil == MOVER and p["name"] == "I")):
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R8; A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})

    def wants_lesson(pupil: str, date: str, it: dict) -> bool:
        if pupil == MOVER:
            return True
        if pupil == CLASSMATE_A:
            return date in ("2026-12-16", "2026-12-22")
        if pupil == CLASSMATE_B:
            return date in ("2026-12-23", "2026-12-24")
        if pupil == TWIN:
            return it["name"] == "Английский язык"
        return False

    for pupil in pupils:
        for date in dates:
            items, src = day_state[(pupil, date)], day_src[(pupil, date)]
            for it in items:
                if wants_lesson(pupil, date, it):
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}»"
                                  f"{' (' + it['grp'] + ')' if it.get('grp') else ''} lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (R2; A.3 Day, Lesson item, times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
            # R3
            latest = {(it["name"], int(it["num"])) for it in items}
            latest_subjects = {s for s, _ in latest}
            gone = sorted(seen_lessons.get((pupil, date), set()) - latest)
            for subject in sorted({s for s, _ in gone if s not in latest_subjects}):
                add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» lesson; an earlier answer "
                                 "listed it (R2, R3; A.3 Day: a listed day is whole)",
                    student={"student": pupil}, date=date, subject=subject)
            for subject, num in gone:
                if subject in latest_subjects:
                    add("no_lesson", f"{src}: the latest answer for {date} lists «{subject}» at "
                                     f"{sorted(n for s, n in latest if s == subject)} only; an earlier answer listed it "
                                     f"as lesson {num} (R3; A.3 Lesson item `num`)",
                        student={"student": pupil}, date=date, subject=subject, number=num)
            # R4, R5
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                where = dict(number=m["num"]) if m["num"] is not None else {}
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} nm {m['nm']}"
                                      f"{' «' + m['comment'] + '»' if m['comment'] else ''} (R5; A.3 Absence "
                                      "pseudo-mark, A.6)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"]])
                    continue
                if pupil != MOVER and not (m.get("work") not in WORK_DAILY or m["subject"] == "Математика"):
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight_float"] if m.get("weight_float") not in (None, "") else m["weight"],
                            counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight_float "
                            f"{m['weight_float']} count {m['count']} (R4; A.3 Assessment; the latest answer covering "
                            "the day)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values - {v for s, v in shown if s == subject}):
                        if value in ABSENCE:
                            continue
                        add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier answer; the latest "
                                       f"covering the day ({msrc}) does not show it (R4; A.3 Assessment)",
                            student={"student": pupil}, date=date, subject=subject, value=value)
    # R6: homework of the latest days
    current: dict[str, set] = {}
    for (pupil, date), items in sorted(day_state.items()):
        for it in items:
            for hw in (it.get("homework") or {}).values():
                current.setdefault(pupil, set()).add((it["name"], hw["value"]))
                if pupil == MOVER or (pupil == CLASSMATE_A and date == "2026-12-16") or (
                        pupil == TWIN and date == "2026-12-22"):
                    fact = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date,
                                number=int(it["num"]))
                    files = [f["filename"] for f in it.get("files") or [] if f.get("toid") == hw["id"]]
                    if files:
                        fact["attachments"] = files
                    add("homework", f"{day_src[(pupil, date)]}: task {hw['id']}"
                                    f"{' (individual)' if hw['individual'] else ''} on the «{it['name']}» lesson "
                                    f"{it['num']} of {date}{', files ' + str(files) if files else ''} "
                                    "(R6; A.3 Lesson item homework, files)", **fact)
                if hw["individual"]:
                    others = [p for p in pupils if p != pupil and (p == TWIN or p == CLASSMATE_A)]
                    for other in others:
                        add("no_homework", f"task {hw['id']} on {date} is `individual: true` in {pupil}'s own diary "
                                           f"(R6; A.3 Lesson item homework): {other} does not see it",
                            student={"student": other}, subject=it["name"], text=hw["value"])
    for pupil in pupils:
        for subject, text in sorted(seen_tasks.get(pupil, set()) - current.get(pupil, set())):
            add("no_homework", f"task «{text}» was shown to {pupil} by an earlier answer; none of his latest days lists "
                               "it (its lesson is another class's for him now; R2, R6)",
                student={"student": pupil}, subject=subject, text=text)
    # R7
    for pupil in sorted(finals):
        src, cells = finals[pupil]
        for (subject, period), a in sorted(cells.items(), key=lambda x: (x[0][1], x[0][0])):
            if (pupil == MOVER and (period == "II" or subject == "Математика")) or (
                    subject in ("Математика", "Русский язык") and period == "II"):
                add("final_mark", f"{src}: «{subject}» period '{period}' value '{a['value']}'"
                                  f"{' «' + a['comment'] + '»' if a['comment'] else ''} (R7; A.3 Final assessment)",
                    student={"student": pupil}, subject=subject, period=period, value=a["value"])
            for old in sorted(seen_finals[(pupil, subject, period)] - {a["value"]}):
                add("no_final_mark", f"'{old}' in «{subject}» period '{period}' was shown by an earlier "
                                     f"getfinalassessments; the latest ({src}) gives '{a['value']}' (R7)",
                    student={"student": pupil}, subject=subject, period=period, value=old)
    # R9
    for pupil in sorted(averages):
        src, rows = averages[pupil]
        for subject, average in rows:
            if pupil == MOVER or subject == "Математика":
                add("vendor_average", f"{src}: «{subject}» average '{average}' (R9; A.3 SubjectMarks)",
                    student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
