"""Derive facts.json of elzhur_73 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at``; a naive stamp would be school time (journey ``school``,
  Europe/Moscow, UTC+3), a ``Z`` stamp is UTC: answers are replayed in the order of their instants, whatever the
  order they were delivered in (hub README: the latest pull wins);
* a getdiary over ``days=A-B`` holds every day of its range whole (A.1 `days` range, A.3 Day: ``items`` are the
  day's lessons): the latest pull of a day says which lessons, marks, absences and tasks it has; a lesson an
  earlier pull listed and the latest does not is gone (deleted, or re-dated elsewhere under its ``lesson_id``);
* a lesson is its ``lesson_id`` (A.3 Lesson item, A.4 ids): the same id on another day is the same lesson moved,
  with its assessments (their ``date`` follows); a new id in the same slot is another lesson;
* a lesson item named ``"Cancel"`` is a cancelled lesson (A.3 Lesson item ``name`` [S, felpsyatina]): no live
  lesson of the subject it had, and no lesson called «Cancel»;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); getmarks (A.3 SubjectMarks, E3) lists a pupil's
  marks by their own ``date`` within its ``days``; the latest answer covering a day (getdiary or getmarks) says
  which marks the day holds; ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6);
* a task is its id (A.3 Lesson item ``homework`` keyed by id): it is where the latest answer covering its day
  lists it; gethomework by class (A.2, A.5 E5) lists the class's tasks by day.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow, no DST since 2014
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
SPECIAL = {"2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}  # (pupil, date) -> latest getdiary day (None: not listed)
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks of that day)
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects any pull showed live that day
    seen_marks: dict[tuple[str, str, str], set] = {}  # (pupil, date, subject) -> values any pull showed
    seen_tasks: dict[str, set] = {}  # pupil -> (subject, text) any pull showed
    class_tasks: set = set()  # (subject, text) any gethomework of the class showed
    last_homework: dict[str, tuple[str, list]] = {}  # date -> (source, [(subject, text)]) of the class
    rules, periods, averages = [], {}, {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
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
                marks = []
                for it in (day or {}).get("items", {}).values():
                    if it["name"] != "Cancel":
                        seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type"), num=int(it["num"])))
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
                # the diary's lesson number of a mark, from the latest diary of its day (getmarks names none)
                nums = {m["lesson_id"]: m["num"] for m in mark_state.get((pupil, date), ("", []))[1]}
                mark_state[(pupil, date)] = (src, [dict(m, num=nums.get(m["lesson_id"])) for m in marks])
            averages[pupil] = [(s["name"], s["average"], src) for s in result["students"][pupil]["lessons"]
                               if s["average"] != ""]
        elif request.startswith("gethomework"):
            for date in days_of(request):
                day = result["days"].get(date.replace("-", ""))
                tasks = [(it["name"], hw["value"]) for it in (day or {}).get("items", [])
                         for hw in it["homework"].values()]
                class_tasks.update(tasks)
                last_homework[date] = (src, tasks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # guardians, class teacher, the quarter (A.3 getrules, Period)
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "II":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    final_tasks: dict[str, set] = {}
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            live = [it for it in items if it["name"] != "Cancel"]
            for it in live:
                final_tasks.setdefault(pupil, set()).update((it["name"], hw["value"]) for hw in it["homework"].values())
                if date in SPECIAL or it["num"] == "1":
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"«{it['topic']}», {it['starttime']}-{it['endtime']} (A.3 Day, Lesson item: the "
                                  "latest pull of the day; times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5], cancelled=False)
                if date in SPECIAL:
                    for hw in it["homework"].values():
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {it['num']} of {date} "
                                        "(A.3 Lesson item `homework`, keyed by the task's id)",
                            student={"student": pupil}, subject=it["name"], text=hw["value"], date=date,
                            **({"number": int(it["num"])} if len(it["homework"]) > 1 else {}))
            gone = sorted(seen_lessons.get((pupil, date), set()) - {it["name"] for it in live})
            for subject in gone:
                add("no_lesson", f"{src}: the latest pull of {date} lists no live «{subject}» lesson, which an "
                                 "earlier pull showed (A.3 Day: each listed day is whole; the lesson was deleted, "
                                 "re-dated under its lesson_id, or sent as «Cancel»: A.3 Lesson item)",
                    student={"student": pupil}, date=date, subject=subject)
            if any(it["name"] == "Cancel" for it in items):
                add("no_lesson", f"{src}: an item named «Cancel» on {date} is a cancelled lesson (A.3 Lesson item "
                                 "`name`: \"Cancel\" seen for a cancelled lesson), not a subject",
                    student={"student": pupil}, date=date, subject="Cancel")
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                number = {"number": m["num"]} if date in SPECIAL and m.get("num") else {}
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} dated "
                                      f"{m['date']} (A.3 Absence pseudo-mark; A.6)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"]], **number)
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]), work_type=m["work"], **number)
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']} "
                            f"dated {m['date']} (A.3 Assessment / SubjectMarks; the latest pull covering the day)",
                    **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p != pupil or d != date:
                    continue
                for value in sorted(values):
                    if (subject, value) not in shown and value not in ABSENCE:
                        add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the latest "
                                       f"covering the day ({msrc}) lacks it (A.3 Assessment: a mark is its lesson and "
                                       "nm; A.3 Day: the day is whole)",
                            student={"student": pupil}, date=date, subject=subject, value=value)
            # a late mark the deleted lesson held: the re-created lesson carries no attendance of that pupil
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date and any(v in ABSENCE for v in values):
                    if not any(m["subject"] == subject and m["value"] in ABSENCE for m in marks) and \
                            any(it["name"] == subject for it in live):
                        add("attendance", f"an earlier pull showed '{sorted(values)}' in «{subject}» on {date}; the "
                                          f"latest ({msrc}) lists the {subject} lesson with no absence of the pupil "
                                          "(A.3 Absence pseudo-mark: the journal marks the exceptions; the lesson "
                                          "that held it was deleted, A.3 Lesson item `lesson_id`)",
                            student={"student": pupil}, date=date, subject=subject, meaning="present")
    # the moved task: on Wednesday's English (lesson 3), not on Monday's cancelled lesson 3
    for pupil in pupils:
        day = day_state[(pupil, "2026-11-23")]
        for it in (day or {}).get("items", {}).values():
            if it["name"] == "Cancel":
                for subject, text in sorted(seen_tasks.get(pupil, set())):
                    if subject == "Английский язык" and "Workbook" in text:
                        add("no_homework", f"{day_src[(pupil, '2026-11-23')]}: lesson {it['num']} of 2026-11-23 is "
                                           "«Cancel» with `homework: {}`; its task moved under the same id to "
                                           "Wednesday's English (A.3 Lesson item `homework` keyed by id)",
                            student={"student": pupil}, subject=subject, text=text, date="2026-11-23",
                            number=int(it["num"]))
    # tasks an earlier pull showed that no latest day holds any more (their lesson deleted or re-created)
    for pupil in pupils:
        for subject, text in sorted(seen_tasks.get(pupil, set()) - final_tasks.get(pupil, set())):
            add("no_homework", f"task «{text}» ({subject}) was shown by an earlier pull; no latest answer of "
                               f"{pupil}'s days lists it (its lesson was deleted; A.3 Day, Lesson item `homework`)",
                student={"student": pupil}, subject=subject, text=text)
    # the class's gethomework agrees with the diaries (a check of this corpus, not a fact)
    latest_class = {t for _, (_, tasks) in last_homework.items() for t in tasks}
    assert latest_class <= set().union(*final_tasks.values()), latest_class - set().union(*final_tasks.values())
    for pupil in sorted(averages):
        for subject, average, src in averages[pupil]:
            add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks `average`)",
                student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
