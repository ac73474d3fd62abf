"""Derive facts.json of elzhur_51 from journey.json alone (standard library; never imports the hub).

No record of this journey carries ``pulled_at``. The hub README (Ingest, "Time is data") states what that means:
records without ``pulled_at`` apply in arrival order, and an Elzhur answer without it dates no membership. So:

R1 (order) The answers are replayed in the order the job delivered them (steps, batches, records in journey
   order): the last delivered answer about a thing is the journal as the hub can know it. The retry of Tuesday's
   batch (step 11) is therefore older than Wednesday's answers for the hub; step 12 (Friday) covers the same days
   again, so what the parent must see at the end is Friday's journal. An identical batch sent twice (step 03)
   states nothing new.
R2 (days, A.2 getdiary, A.3 Day) A pupil's getdiary over ``days=A-B`` is his diary of each day of the range:
   the lessons a listed day's ``items`` hold are his lessons that day, and a day listed with no items, or a
   school day of the range it does not list, holds none. A lesson is its ``lesson_id`` (A.3 Lesson item): the
   same id listed on another day and number is the lesson moved there, and the day it left no longer has it.
R3 (undatable memberships) Which class a pupil is in on a day is undatable without ``pulled_at`` (README: "an
   answer without pulled_at dates nothing"), but the parent still sees what the pupil's own getdiary lists for the
   day (R2): the newcomer has no lesson on the days his diary lists empty (his class's lessons those days, as his
   classmate's diary lists them, are not his), the pupil who moved sees the new class's lessons in the week his
   diary lists them and none of the old class's lessons it does not list, and his old classmates keep theirs
   (his diary speaks for him, not for the class he left).
R4 (marks, A.3 Assessment, A.3 SubjectMarks, A.6) A mark is (pupil, ``lesson_id``, ``nm``); the latest
   delivered answer covering its day (getdiary's day, getmarks' ``days`` by the mark's ``date``) says which marks
   the day holds and their value, weight (``weight``), work type (``control_type`` / ``mtype.type``), comment and
   whether it counts (``count``). ``н``/``оп`` are attendance (A.3 Absence pseudo-mark, A.6), not marks; an
   absence the latest answer of the day no longer holds is the pupil present.
R5 (homework, A.3 Lesson item ``homework``) A task is its id on the lesson item that lists it; a lesson item the
   latest answer lists with ``homework: {}`` has no task any more: a text shown before that no latest day holds
   is withdrawn.
R6 (getrules, A.3) A parent's children are ``relations.students`` of the parent's latest getrules; a class's
   teacher is ``relations.groups[class].hometeacher_name``. R7 (getperiods, A.3 Period) a period's ``fullname``,
   ``start``, ``end``. R8 (getmarks, A.3 SubjectMarks) the subject's ``average`` as the vendor computed it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
FULL_DAYS = {  # days whose every lesson gets a lesson fact (the traps' days), per pupil
    "51101": {"2026-10-15", "2026-10-16", "2026-10-19"}, "51102": {"2026-10-15", "2026-10-16", "2026-10-19"},
    "51103": {"2026-10-14", "2026-10-16", "2026-10-19"}, "51201": {"2026-10-19", "2026-10-20"},
}
HOMEWORK_DAYS = {"2026-10-09", "2026-10-15", "2026-10-16", "2026-10-20", "2026-10-23"}


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def query(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in query(request, "days").split("-"))
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> {(subject, num)} ever listed
    seen_tasks: dict[tuple[str, str], set] = {}  # (pupil, subject) -> texts ever listed
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_absences: dict[tuple[str, str, str], str] = {}
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    averages: dict[str, tuple[str, list]] = {}
    for step, rec in records:  # R1: arrival order
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}`"
        if request == "getrules":
            rules[result["id"]] = result
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = query(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                if dt.date.fromisoformat(date).weekday() > 4:
                    continue
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, date), set()).add((it["name"], int(it["num"])))
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type"), number=int(it["num"])))
                        if m["value"] in ABSENCE:
                            seen_absences[(pupil, date, it["name"])] = m["value"]
                        else:
                            seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = query(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            number = {}
            for (p, d), day in day_state.items():
                for it in (day or {}).get("items", {}).values():
                    if p == pupil:
                        number[it["lesson_id"]] = int(it["num"])
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type", ""),
                             number=number.get(m["lesson_id"])))
            for date, marks in by_day.items():
                if dt.date.fromisoformat(date).weekday() <= 4:
                    mark_state[(pupil, date)] = (src, marks)
            averages[pupil] = (src, [(s["name"], s["average"]) for s in result["students"][pupil]["lessons"]])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    for parent in sorted(rules):  # R6
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"latest getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules.values() for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):  # R7
        for p in periods[pupil]:
            if p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    def items_of(pupil: str, date: str) -> list[dict]:
        return sorted((day_state.get((pupil, date)) or {}).get("items", {}).values(), key=lambda x: int(x["num"]))

    current_tasks = set()
    for pupil, date in sorted(day_state):
        src = day_src[(pupil, date)]
        items = items_of(pupil, date)
        live = {(it["name"], int(it["num"])) for it in items}
        for it in items:  # R2
            current_tasks |= {(pupil, it["name"], hw["value"]) for hw in it["homework"].values()}
            if it["num"] == "1" or date in FULL_DAYS[pupil]:
                add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                              f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; R1, R2)",
                    student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                    topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5])
            for hw in it["homework"].values():  # R5
                if date in HOMEWORK_DAYS:
                    add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {it['num']} of {date} "
                                    "(A.3 Lesson item homework; R1)", student={"student": pupil},
                        subject=it["name"], text=hw["value"], date=date)
        for subject, num in sorted(seen_lessons.get((pupil, date), set()) - live):
            add("no_lesson", f"{src}: the latest delivered answer for {date} lists no «{subject}» at lesson {num}; "
                             "an earlier one did (A.3 Day: a listed day is whole; the lesson_id moved; R1, R2)",
                student={"student": pupil}, date=date, subject=subject, number=num)
        # R3: the class lessons this pupil's own diary does not list that day (newcomer, mover)
        classmate = "51101"
        if pupil in ("51102", "51103") and day_state.get((classmate, date)) is not None:
            own = {(it["name"], int(it["num"])) for it in items}
            speaks = (pupil == "51103" and not items) or (pupil == "51102" and date >= "2026-10-19")
            for it in items_of(classmate, date) if speaks else []:
                key = (it["name"], int(it["num"]))
                if key not in own and key not in seen_lessons.get((pupil, date), set()):
                    add("no_lesson", f"{src}: {pupil}'s own diary of {date} "
                                     f"{'lists the day without lessons' if not items else 'lists 6Б lessons'}; "
                                     f"6А's «{it['name']}» lesson {it['num']} ({day_src[(classmate, date)]}, "
                                     "51101's diary) is not his (A.2 getdiary by student, A.3 Day; R3)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]))
        msrc, marks = mark_state.get((pupil, date), ("", []))  # R4
        shown_absences = set()
        for m in marks:
            if m["value"] in ABSENCE:
                shown_absences.add(m["subject"])
                add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence; R4)",
                    student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                    meaning=ABSENCE[m["value"]])
                continue
            fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                        weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
            if m.get("number") is not None:
                fact["number"] = m["number"]
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']}"
                        " (A.3 Assessment; R1, R4)", **fact)
        for (p, d, subject), code in sorted(seen_absences.items()):
            if p == pupil and d == date and subject not in shown_absences:
                add("attendance", f"'{code}' in «{subject}» on {date} was shown by an earlier answer; the latest "
                                  f"({msrc}) holds no absence there: present (A.3 Absence; R4)",
                    student={"student": pupil}, date=date, subject=subject, meaning="present")
        shown = {(m["subject"], m["value"]) for m in marks}
        for (p, d, subject), values in sorted(seen_marks.items()):
            if p == pupil and d == date:
                for value in sorted(values):
                    if (subject, value) not in shown:
                        add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier answer; the "
                                       f"latest ({msrc}) holds another value (A.3 Assessment: a mark is its lesson "
                                       "and nm; R1, R4)", student={"student": pupil}, date=date, subject=subject,
                            value=value)
    for (pupil, subject), texts in sorted(seen_tasks.items()):  # R5
        for text in sorted(texts):
            if (pupil, subject, text) not in current_tasks:
                add("no_homework", f"task «{text}» was listed by an earlier answer; no latest day of {pupil} lists it "
                                   "(its lesson item came with `homework: {}`; A.3 Lesson item homework; R1, R5)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil in sorted(averages):  # R8
        src, rows = averages[pupil]
        for subject, average in rows:
            if average != "":
                add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks)",
                    student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
