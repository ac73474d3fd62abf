"""Derive facts.json of elzhur_54 from journey.json alone (standard library; never imports the hub; deterministic).

Rules, each from shared/reference/elzhur_mesh.md Part A (sections in brackets):

R1  Every answer is the journal as of its ``pulled_at``; answers are replayed in the order of their pull instants
    (an answer pulled earlier but delivered later, the retried 19:10 getfinalassessments, does not undo a later one).
    A naive ``pulled_at`` would be the school's zone (journey ``school.timezone``); all here carry +05:00.
R2  A getdiary over ``days=A-B`` is whole for every day of the range (A.3 Day: ``items`` are the day's lessons);
    a getmarks over ``days=A-B`` lists every mark dated within it (A.2, A.3 SubjectMarks). So the latest answer of
    either kind covering a day says which marks and absences the pupil has that day; a mark is its pupil,
    ``lesson_id`` and ``nm`` (A.3 Assessment), its day is its ``date`` (A.4: ``YYYY-MM-DD``), which is its lesson's
    day however late it was entered. ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6).
R3  A mark value an earlier answer showed for (pupil, day, subject) that the latest answer covering the day lacks
    is gone (changed in place, moved to another lesson, or deleted): ``no_mark``.
R4  Mark facts: every mark dated in the quarter's last fortnight (from 12 Oct), every mark of an earlier day
    whose day the answers did not always show the same way (a mark entered or changed weeks after its lesson), and
    every mark of an earlier lesson that holds more than one entry (a second mark, ``nm`` 2, beside the first, or a
    mark beside an absence: A.3 Assessment ``nm``, several marks per lesson).
    ``number`` = the ``num`` of the lesson (by ``lesson_id``) in the latest getdiary listing it (A.3 Lesson item).
R5  Lessons: every lesson of 22 and 23 Oct (the quarter's last school days) as the latest getdiary gives it, with
    topic, teacher, room and times (A.3 Lesson item; ``starttime``/``endtime`` with ``rings``).
R6  Homework: the tasks on the lessons of 23 Oct as the latest answer gives them (A.3 Lesson item ``homework``, a
    task is its id; an edited task keeps its id and shows its new ``value``); a task text an earlier answer showed
    that no latest day holds is gone: ``no_homework``.
R7  A day with ``alert: "vacation"`` is a holiday named ``holiday_name`` (A.3 Day; A.5 E2), shown once per pupil
    and for the class; a day of a range listed without the alert, or not listed, is no holiday; a vacation day
    listed with ``items: {}`` has no lessons: ``no_lesson`` for each subject of the pupil's latest lessons on the
    same weekday of the week before (checked on the holiday week's Monday).
R8  Periods: getperiods ``start``/``end`` (``YYYYMMDD``) of the dated periods (A.3 Period, A.5 E1).
R9  Final marks: the latest getfinalassessments of each pupil, every item's assessment, in the period whose short
    ``name`` it names (A.3 Final assessment; E4); a cell shows that mark alone.
R10 The journal's own averages: the latest getmarks of each pupil, each subject's ``average`` when not ``""``
    (A.3 SubjectMarks); its ``days`` range is exactly 1 четверть's ``start``-``end``, so it is that period's.
R11 Guardians and the class teacher from getrules ``relations`` (A.3 getrules).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LAST_DAYS = ("2026-10-22", "2026-10-23")
FORTNIGHT = "2026-10-12"


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=5)))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def query(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in query(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))  # R1
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    mark_history: dict[tuple[str, str], list[frozenset]] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_tasks: dict[tuple[str, str], set] = {}
    lesson_num: dict[tuple[str, str], int] = {}
    rules, periods, finals, averages = [], {}, {}, {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        marks_by_day: dict[str, list] | None = None
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getfinalassessments"):
            finals[query(request, "student")] = (src, result["students"][query(request, "student")]["items"])
        elif request.startswith("getdiary"):
            pupil = query(request, "student")
            listed = result["students"][pupil]["days"]
            marks_by_day = {}
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks_by_day[date] = []
                for it in (day or {}).get("items", {}).values():
                    lesson_num[(pupil, it["lesson_id"])] = int(it["num"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        marks_by_day[date].append(dict(m, subject=it["name"], work=m.get("control_type")))
        elif request.startswith("getmarks"):
            pupil = query(request, "student")
            marks_by_day = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    marks_by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
            averages[pupil] = (src, query(request, "days"), result["students"][pupil]["lessons"])
        if marks_by_day is not None:  # R2
            for date, marks in marks_by_day.items():
                mark_state[(pupil, date)] = (src, marks)
                mark_history.setdefault((pupil, date), []).append(
                    frozenset((m["lesson_id"], m["nm"], m["value"]) for m in marks))
                for m in marks:
                    seen_marks.setdefault((pupil, date, m["subject"]), set()).add(m["value"])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R11
    for r in sorted(rules, key=lambda r: r["id"]):
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R8
    fullname = {}
    for pupil in sorted(periods):
        for p in periods[pupil]:
            fullname[p["name"]] = p["fullname"]
            if p["start"] and p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period, A.5 E1)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    for pupil in pupils:
        dates = sorted({d for p, d in day_state if p == pupil} | {d for p, d in mark_state if p == pupil})
        for date in dates:
            day, src = day_state.get((pupil, date)), day_src.get((pupil, date), "")
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            if date in LAST_DAYS:  # R5, R6
                for it in items:
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                    if date == "2026-10-23":
                        for hw in it["homework"].values():
                            add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {it['num']} of "
                                            f"{date} (A.3 Lesson item homework)", student={"student": pupil},
                                subject=it["name"], text=hw["value"], date=date, number=int(it["num"]))
            if day and day.get("alert") == "vacation":  # R7
                if date in ("2026-10-26", "2026-10-28", "2026-11-01"):
                    add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» "
                                   "(A.3 Day)", student={"student": pupil}, date=date, name=day["holiday_name"],
                        once=True)
                if date == "2026-10-26":
                    week_before = (dt.date.fromisoformat(date) - dt.timedelta(days=7)).isoformat()
                    for it in sorted(day_state[(pupil, week_before)]["items"].values(), key=lambda x: int(x["num"])):
                        add("no_lesson", f"{src}: {date} is listed as 'vacation' with no items (A.3 Day: the day's "
                                         f"lessons are its items); «{it['name']}» is lesson {it['num']} of "
                                         f"{week_before}, the same weekday a week earlier",
                            student={"student": pupil}, date=date, subject=it["name"])
            # R2, R4: marks and attendance as the latest answer covering the day gives them
            msrc, marks = mark_state.get((pupil, date), ("", []))
            history = mark_history.get((pupil, date), [])
            changed = len(set(history)) > 1
            crowded = {m["lesson_id"] for m in marks if sum(x["lesson_id"] == m["lesson_id"] for x in marks) > 1}
            if date >= FORTNIGHT or changed or crowded:
                for m in marks:
                    if date < FORTNIGHT and not changed and m["lesson_id"] not in crowded:
                        continue
                    number = lesson_num.get((pupil, m["lesson_id"]))
                    extra = {"number": number} if number is not None else {}
                    if m["value"] in ABSENCE:
                        add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} "
                                          "(A.3 Absence pseudo-mark, A.6)", student={"student": pupil}, date=date,
                            subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                        continue
                    fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                                weight=m["weight_float"], counts=bool(m["count"]), work_type=m["work"], **extra)
                    if m.get("comment"):
                        fact["comment"] = m["comment"]
                    add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' dated {date}"
                                f"{' (the day was shown otherwise before: entered or changed late)' if changed else ''}"
                                " (A.3 Assessment; A.4 date; R2 the latest answer covering the day)", **fact)
            present = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in present and value not in ABSENCE:  # R3
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier answer; the "
                                           f"latest covering the day ({msrc}) lacks it (A.3 Assessment: a mark is "
                                           "its lesson and nm; R2 whole ranges)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
        for date in ("2026-10-23", "2026-10-25"):  # R7
            add("no_holiday", f"{day_src[(pupil, date)]}: {date} is {'listed without an alert' if day_state[(pupil, date)] else 'not listed (a weekend)'}; "
                              "only `alert: \"vacation\"` makes a holiday (A.3 Day)",
                student={"student": pupil}, date=date, name="Осенние каникулы")
    # R6: tasks no latest day holds any more
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was shown by an earlier answer; no latest answer of {pupil}'s "
                                   "days lists it (the task's text was edited under the same id; A.3 homework)",
                    student={"student": pupil}, subject=subject, text=text)
    # R7: the class's holidays
    holidays = sorted({(d, day["holiday_name"]) for (p, d), day in day_state.items()
                       if day and day.get("alert") == "vacation"})
    cls = sorted(teachers)[0]
    for date, name in holidays:
        add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
            group={"class": cls}, date=date, name=name, once=True)
    # R9
    for pupil in sorted(finals):
        src, items = finals[pupil]
        for it in items:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}' "
                                  "(A.3 Final assessment, A.5 E4; R1 the latest pull)",
                    student={"student": pupil}, subject=it["name"], period=fullname.get(a["period"], a["period"]),
                    value=a["value"])
    # R10
    bounds = {f"{p['start']}-{p['end']}": p["fullname"] for ps in periods.values() for p in ps if p["start"]}
    for pupil in sorted(averages):
        src, span, lessons = averages[pupil]
        for subject in lessons:
            if subject["average"] != "":
                extra = {"period": bounds[span]} if span in bounds else {}
                add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}' over {span} "
                                      "(A.3 SubjectMarks `average`; the range is the period's start-end)",
                    student={"student": pupil}, subject=subject["name"], value=subject["average"], **extra)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
