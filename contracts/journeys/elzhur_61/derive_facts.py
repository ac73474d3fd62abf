"""Derive facts.json of elzhur_61 from journey.json alone (standard library; never imports the hub).

Every rule cites shared/reference/elzhur_mesh.md (Part A; Part D for what stays open). Answers are replayed in the
order of their ``pulled_at`` instants (the request envelope: the latest pull is the journal as it stands; an
Elzhur answer carries no zone, so a time is the school's, Asia/Yekaterinburg, UTC+5), ties in delivery order.

R1  getrules of a parent: ``relations.students`` are the parent's children; ``relations.groups[class]
    .hometeacher_name`` is the class teacher (A.3 getrules).
R2  getperiods: a dated period is shown by its ``fullname`` with ``start``-``end`` (A.3 Period, A.4 YYYYMMDD);
    the ``ambigious`` exam column «Экзамен» has no dates (A.3 Period ``ambigious``, A.4 "year and exam columns").
R3  getdiary over ``days=A-B`` is whole for every day of its range (A.2, A.3 Day): a listed day's ``items`` are
    its lessons (number, subject, topic, teacher, room, ``starttime``/``endtime`` with ``rings``); a day of the
    range it does not list has no lessons (the ninth grade after the last bell). The latest pull of a day decides;
    a subject an earlier pull showed that day and the latest lacks is not a lesson of that day any more. A lesson
    is its ``lesson_id`` (A.3 Lesson item).
R4  a day with ``alert: "vacation"`` is a holiday named ``holiday_name``, once (A.3 Day); a day listed without the
    alert is no holiday (A.3 Day: the alert is the only sign).
R5  a mark is (pupil, ``lesson_id``, ``nm``) (A.3 Assessment); the latest answer covering its day, getdiary or
    getmarks (A.2: both take ``days``), says which marks the day holds, so a mark an earlier pull showed and the
    latest lacks (removed) or shows with another value (rechecked) is gone. Shown as its ``value`` text
    (``18``, ``5-``), its weight ``weight_float`` (a number or numeric string) else ``weight``, its work type
    ``control_type`` (getdiary) / ``mtype.type`` (getmarks), its ``comment``; it counts in the average as its
    ``count`` says (A.3 Assessment: w1nsh averages only ``count==true`` marks; A.6: values are free strings, rely
    on ``count``/``convert``, Part D 2), so a mock exam's score with ``count: false`` does not count.
R6  ``н``/``Н`` and ``оп``/``ОП`` are attendance, absent and late, not marks (A.3 Absence pseudo-mark, A.6).
R7  a task is its id on the lesson that lists it (A.3 Lesson item ``homework``): shown there while the latest
    answer of its day lists it; a task of a lesson the latest answer no longer lists is gone.
R8  getfinalassessments: each item is a subject with ``assessments`` naming a getperiods ``name`` (A.3 Final
    assessment); the latest answer of a pupil is his final marks as they stand, so a retaken quarter mark or an
    exam mark raised on appeal shows its new value alone, and an answer pulled earlier but delivered later
    changes nothing (the envelope's pull order). A subject the final marks name and no lesson does
    («Математика», the ОГЭ) is a subject of its own (A.3 Final assessment ``name: subject``). Non-numeric
    values (``осв``) are shown as sent (A.3 E4, A.6).
R9  getmarks ``average`` of a subject is the journal's own average (A.3 SubjectMarks); stated without a period
    (the request's ``days`` is April-May, not a getperiods period), so the facts name none.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST since 2014
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DAYS_ALL = {"2027-04-14", "2027-05-24", "2027-05-25"}  # every lesson of the day
LESSON_DAYS_FIRST = {"2027-04-16", "2027-05-04", "2027-05-11"}  # the first lesson only
NO_LESSON_DAYS = {"2027-05-10", "2027-05-25", "2027-05-26"}
HOMEWORK_DAYS = {"2027-04-14", "2027-05-25"}
NO_HOMEWORK_DAYS = {"2027-05-10", "2027-05-26"}
FINAL_PERIODS = ("Э", "И")
FINAL_QUARTER_SUBJECTS = ("Алгебра", "Физическая культура", "Русский язык")  # IV and Г as well


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def days_of(request: str) -> list[str]:
    span = request.split("days=")[1].split("&")[0]
    first, last = (dt.date.fromisoformat(iso(x)) for x in span.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def weight_of(m: dict):
    raw = m.get("weight_float")
    value = float(raw) if raw not in (None, "") else float(m["weight"])
    return int(value) if value.is_integer() else value


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects ever shown
    seen_tasks: dict[tuple[str, str], set] = {}  # (pupil, date) -> (subject, text) ever shown
    seen_marks: dict[tuple[str, str], set] = {}  # (pupil, date) -> (subject, value) ever shown
    rules, periods, finals, averages = [], {}, {}, []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], src)
        elif request.startswith("getdiary"):
            pupil = request.split("student=")[1].split("&")[0]
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, date), set()).add((it["name"], hw["value"]))
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date), set()).add((it["name"], m["value"]))
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = request.split("student=")[1].split("&")[0]
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                if (pupil, date) in mark_state or marks:
                    mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getfinalassessments"):
            pupil = request.split("student=")[1].split("&")[0]
            finals[pupil] = (result["students"][pupil]["items"], src)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R1
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R1, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R1, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R2
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["name"] in ("III", "IV"):
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R2, A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))
            elif p["name"] == "Э":
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» ambigious, start/end \"\": the exam column "
                              "has no dates (R2, A.3 Period `ambigious`, A.4)", student={"student": pupil},
                    name=p["fullname"], starts_on=None, ends_on=None)

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            live = {it["name"] for it in items}
            # R3 lessons
            for it in items:
                if date in LESSON_DAYS_ALL or (date in LESSON_DAYS_FIRST and it["num"] == "1"):
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (R3, A.3 Day, Lesson item)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                # R7 tasks
                if date in HOMEWORK_DAYS:
                    for hw in it["homework"].values():
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {it['num']} of "
                                        f"{date} (R7, A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date, number=int(it["num"]))
            if date in NO_LESSON_DAYS:
                for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
                    why = ("a vacation day with no items" if day and day.get("alert") == "vacation" else
                           "not listed: no lessons after the last bell" if day is None else "not among its items")
                    add("no_lesson", f"{src}: the latest answer for {date} has no «{subject}» lesson ({why}); an "
                                     "earlier pull showed it (R3, A.3 Day: each listed day is whole)",
                        student={"student": pupil}, date=date, subject=subject)
            # R4
            if day and day.get("alert") == "vacation":
                add("holiday", f"{src}: {date} alert 'vacation', holiday_name «{day['holiday_name']}» (R4, A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            # R5, R6
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R6, A.3 "
                                      "Absence pseudo-mark, A.6)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=weight_of(m), counts=m["count"] in (True, 1, "1", "true"), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' convert "
                            f"{m['convert']} count {m['count']} weight_float {m.get('weight_float')!r} (R5, A.3 "
                            "Assessment)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for subject, value in sorted(seen_marks.get((pupil, date), set()) - shown):
                if value not in ABSENCE:
                    add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the latest "
                                   f"({msrc}) does not hold it (R5, A.3 Assessment)", student={"student": pupil},
                        date=date, subject=subject, value=value)
    # R7: tasks an earlier pull showed on days whose latest answer no longer lists them
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for (pupil, date), tasks in sorted(seen_tasks.items()):
        if date in NO_HOMEWORK_DAYS:
            for subject, text in sorted(tasks):
                if (pupil, subject, text) not in current:
                    add("no_homework", f"task «{text}» of {date} was shown by an earlier pull; the latest answer "
                                       f"of that day ({day_src[(pupil, date)]}) does not list it (R7, R3)",
                        student={"student": pupil}, subject=subject, text=text)
    # R4 for the class, and the days next to the holidays
    holidays = {d: day["holiday_name"] for (p, d), day in day_state.items() if day and day.get("alert") == "vacation"}
    for date, name in sorted(holidays.items()):
        add("holiday", f"every 9А pupil's latest getdiary: {date} alert 'vacation' «{name}» (R4, A.3 Day)",
            group={"class": "9А"}, date=date, name=name, once=True)
    for pupil in pupils:
        for date, holiday in (("2027-05-04", "2027-05-03"), ("2027-05-11", "2027-05-10")):
            add("no_holiday", f"{day_src[(pupil, date)]}: {date} is listed without an alert: the holiday of "
                              f"{holiday} is that day only (R4, A.3 Day)",
                student={"student": pupil}, date=date, name=holidays[holiday])
    # R8
    for pupil in sorted(finals):
        items, src = finals[pupil]
        for it in items:
            for a in it["assessments"]:
                if a["period"] in FINAL_PERIODS or (a["period"] in ("IV", "Г") and it["name"] in FINAL_QUARTER_SUBJECTS):
                    note = f", comment «{a['comment']}»" if a["comment"] else ""
                    add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}'{note}; the "
                                      "pupil's latest getfinalassessments (R8, A.3 Final assessment)",
                        student={"student": pupil}, subject=it["name"], period=a["period"], value=a["value"])
    # R9
    for pupil, subject, average, src in averages:
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R9, A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
