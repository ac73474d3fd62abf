"""Derive facts.json of elzhur_45 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at``; a naive ``pulled_at`` is the school's local time (journey
  ``school.timezone``, Asia/Novosibirsk, UTC+7 all year), so answers are replayed in the order of their instants;
* a getdiary over ``days=A-B`` is whole for every day of the range (A.3 Day: ``items`` are the day's lessons): a day
  it lists is that day as of the pull, a day of the range it does not list has no lessons (a 5-day school's
  weekend, a Saturday not yet worked); a day with ``alert: "vacation"`` is a holiday named ``holiday_name``;
* a lesson item named ``"Cancel"`` is a cancelled lesson (A.3 Lesson item ``name``, felpsyatina): the parent sees no
  lesson of the subject it had, and no lesson called «Cancel» either;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary or
  getmarks, A.2) says which marks the day holds; ``н``/``оп`` are attendance, not marks (A.3 Absence);
* a task is its id on the lesson that lists it (A.3 ``homework``): the latest answer listing its day decides.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=7))  # Asia/Novosibirsk, no DST since 2014
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
WORK_TYPES = {}


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


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict] = {}  # (pupil, date) -> latest getdiary day (None: not listed)
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    seen_lessons: dict[tuple[str, str], dict] = {}  # (pupil, lesson_id) -> (date, item) every version seen
    seen_tasks: dict[tuple[str, str], set] = {}  # (pupil, subject) -> texts ever shown
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules, periods = [], {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = request.split("student=")[1].split("&")[0]
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, it["lesson_id"]), []).append((date, it))
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = request.split("student=")[1].split("&")[0]
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=m["mtype"]["type"]))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
            for subject in result["students"][pupil]["lessons"]:
                if subject["average"] != "":
                    periods.setdefault(("avg", pupil), []).append((subject["name"], subject["average"], src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    # guardians and class teachers (A.3 getrules)
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {}
    for r in rules:
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(k for k in periods if isinstance(k, str)):
        for p in periods[pupil]:
            if p["start"] and p["name"] == "III":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    special_days = {"2027-02-17", "2027-02-20", "2027-02-28"}  # the frost day, the working Saturday, the Sunday
    ordinary_days = {"2027-02-15", "2027-02-24", "2027-02-25", "2027-03-04", "2027-03-05"}
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = list((day or {}).get("items", {}).values())
            live = {it["name"] for it in items if it["name"] != "Cancel"}
            # lessons as the parent must see them
            for it in sorted(items, key=lambda x: int(x["num"])):
                if it["name"] == "Cancel":
                    continue
                if date in special_days or (date in ordinary_days and it["num"] == "1"):
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                for hw in it["homework"].values():
                    if date in special_days - {"2027-02-17"} or (date == "2027-03-05" and it["name"] == "Алгебра"):
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date} "
                                        "(A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date)
            # subjects an earlier pull showed that day and the latest does not (or shows «Cancel»)
            earlier = {it["name"] for (p, _), versions in seen_lessons.items() if p == pupil
                       for d, it in versions if d == date and it["name"] != "Cancel"}
            for subject in sorted(earlier - live):
                add("no_lesson", f"{src}: the latest answer for {date} lists no live «{subject}» lesson (it "
                                 f"{'is a vacation day' if day and day.get('alert') == 'vacation' else 'lists the lesson as «Cancel» or not at all'}); "
                                 "an earlier pull showed it (A.3 Day: each listed day is whole; «Cancel», A.3 Lesson item)",
                    student={"student": pupil}, date=date, subject=subject)
            if any(it["name"] == "Cancel" for it in items):
                add("no_lesson", f"{src}: items named «Cancel» on {date} are cancelled lessons (A.3 Lesson item "
                                 "`name`: \"Cancel\" seen for a cancelled lesson), not a subject", student={"student": pupil},
                    date=date, subject="Cancel")
            # holidays
            if day and day.get("alert") == "vacation":
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» (A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            # marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']}"
                            " (A.3 Assessment; the latest pull covering the day wins)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) says otherwise (A.3 Assessment: a mark is its lesson and nm)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
    # tasks an earlier pull showed that no latest day holds any more
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current and subject != "Cancel":
                add("no_homework", f"task «{text}» was shown by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (its lesson left the day or lost the task; A.3 Day, homework)",
                    student={"student": pupil}, subject=subject, text=text)
    # class-level holidays and the days that are not holidays
    cls_of = {k: r["relations"]["students"][k]["class"] for r in rules for k in r["relations"]["students"]}
    holidays = {(cls_of[p], d): day["holiday_name"] for (p, d), day in day_state.items()
                if day and day.get("alert") == "vacation"}
    for (cls, date), name in sorted(holidays.items()):
        add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
            group={"class": cls}, date=date, name=name, once=True)
    names = {d: n for (_, d), n in holidays.items()}
    for pupil in pupils:
        for date, holiday in (("2027-02-20", "2027-02-22"), ("2027-03-04", "2027-03-03"), ("2027-02-17", "2027-02-22")):
            add("no_holiday", f"{day_src[(pupil, date)]}: {date} is listed without an alert (A.3 Day: `alert` is the "
                              f"only sign of a day off): the day off of {holiday} is that day only",
                student={"student": pupil}, date=date, name=names[holiday])
    for key, rows in sorted((k, v) for k, v in periods.items() if isinstance(k, tuple)):
        for subject, average, src in rows:
            add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks)",
                student={"student": key[1]}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
