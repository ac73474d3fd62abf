"""Derive the facts a parent must see from ``journey.json`` (Eljur corpus 15, an unusual calendar).

Standard library only; never imports the hub; deterministic. Rules, each from shared/reference/elzhur_mesh.md:

1. Answers are taken in pull order (`pulled_at`; the journey pushes them in that order anyway). A pupil's class is
   the `class` of `relations.students` in a parent's getrules (A.3 getrules).
2. getdiary / getschedule hold, for each date of their `days=YYYYMMDD-YYYYMMDD` range, that day of the journal
   whole (A.1 date range, A.3 Day: `days[YYYYMMDD]`, `items` object keyed by lesson number or array). The newest
   answer covering a date of a class (the class's getschedule, or the getdiary / getschedule of one of its pupils,
   which all agree here) says what that day is: its `items` are the day's lessons; a day with `alert: "vacation"`
   is a holiday named by `holiday_name` with no lessons (A.3 Day `alert`, `holiday_name`; A.5 E2 20251103).
   Nothing marks a Saturday or a Sunday as special: a day in the map with items is a school day (A.3 Day; the
   `title` "Суббота"/"Воскресенье" is only a label).
3. A lesson is named by `lesson_id` and shown at its `num` (a string; "0" is a number like any other: A.3 Lesson
   item `num`, `sort`). Its teacher and room are the newest stated; its topic the newest diary's; its
   `starttime`/`endtime` (only with rings, `HH:MM:SS` or `HH:MM`) the newest answer that states them: an answer
   without rings says nothing about times (A.3 Lesson item `starttime`, `endtime`). Times are per lesson, not per
   number: the second shift's lesson 1 starts at 13:00, the eve's lessons are shorter.
4. A lesson an earlier answer showed on a date that the newest answer of that date lacks (the day became a
   sanitary day or a quarantine vacation) is gone: `no_lesson` (A.3 Day: the day is whole).
5. Marks and absences of a pupil come from the newest getdiary of that pupil covering the date (A.3 Assessment):
   `н`/`оп` are attendance (A.3 Absence pseudo-mark, A.6: absent, late), never marks; other values are marks with
   `weight_float` else `weight`, `count`, `control_type` as work type, and `comment`.
   Extra-curricular items (`items_extday`: name, teacher, topic, times with rings) are the pupil's too, shown on
   that day at their times; the reference gives them no `num`, so their facts name no number (A.3 Day). One the
   newest diary of the day no longer lists is gone (`no_lesson`, no number), like a lesson (rule 4).
   After 1 March (the long-range schedule of step 08) lessons are stated as facts on Mondays only, to keep the
   corpus readable; every holiday is stated.
6. Homework is the diary item's `homework` (keyed by id, `value`), set on that lesson's date (A.3 Lesson item).
7. getperiods: dated periods (A.3 Period, A.5 E1). getrules: a parent's children; a homeclass group's
   `hometeacher_name` is the class teacher (A.3 getrules).
8. (Added after the corpus was written.) Another class's holiday: a `holiday_name` that some answer gives a date of
   one class (its getschedule, or a diary of one of its pupils) and no answer ever gives the same date of the other
   class is the first class's only: a Day belongs to the answer's class or pupil (A.3 Day `alert`, `holiday_name`;
   A.2 getschedule by class). That date, the other class's schedule and each of its pupils' diaries show no holiday
   of that name (`no_holiday`): 6Б's "Карантин" (24–28 Feb, the 28th as the late pull of 02-24 had it) is not
   5А's, 5А's "День здоровья" (26 Feb) is not 6Б's.
9. (Added after the corpus was written.) Once per pupil and day: `days` is keyed by `YYYYMMDD` and a Day has one
   `alert` and one `holiday_name` (A.3 Day), so a pupil's holiday is one holiday that day, even when the other class
   has a holiday of the same name that date (the sanitary day, the spring break). Stated as new `holiday` facts with
   `"once": true` for each pupil and holiday date of rule 2, appended after the others so earlier ids stay.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def dates_of(days: str) -> list[str]:
    first, last = (dt.datetime.strptime(x, "%Y%m%d").date() for x in days.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_list(items) -> list[dict]:
    if isinstance(items, dict):
        return list(items.values())
    return list(items or [])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for s_index, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for record in batch:
                records.append((record.get("pulled_at", ""), len(records), step["name"].split()[0], record))
    records.sort(key=lambda r: (r[0], r[1]))

    class_of, children, periods, teachers = {}, {}, {}, {}
    day_state = {}        # (class, date) -> (source, holiday_name or None, [lesson ids])
    ever_shown = {}       # (class, date) -> {(subject, num): source}
    ever_holiday = {}     # (class, date) -> {holiday_name: first source} (rule 8)
    lessons = {}          # lesson id -> fields
    pupil_day = {}        # (pupil, date) -> (source, [items])
    extday = {}           # (pupil, date, name) -> fields
    latest_ext = {}       # (pupil, date) -> (source, names the newest diary lists)
    for pulled, _, step, record in records:
        url = urlsplit(record["request"])
        method = url.path.rsplit("/", 1)[-1]
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        result = record["body"]["response"]["result"]
        source = f"step {step} `{record['request']}` (pulled {pulled})"
        if method == "getrules":
            kids = result["relations"]["students"]
            children[result["id"]] = sorted(kids)
            for name, group in result["relations"].get("groups", {}).items():
                if group.get("rel") == "homeclass" and group.get("hometeacher_name"):
                    teachers[name] = (group["hometeacher_name"], source)
            for sid, kid in kids.items():
                class_of[sid] = kid["class"]
            continue
        if method == "getperiods":
            for student in result["students"]:
                for p in student["periods"]:
                    if p["start"] and p["end"]:
                        periods[p["name"]] = (p["start"], p["end"], source)
            continue
        if method not in ("getdiary", "getschedule"):
            continue
        if "class" in query:
            answers = [(None, query["class"], result["days"])]
        else:
            students = result["students"]
            students = students.values() if isinstance(students, dict) else students
            answers = [(s["name"], class_of[s["name"]], s.get("days", {})) for s in students]
        for pupil, cls, days in answers:
            for date in dates_of(query["days"]):
                day = days.get(date.replace("-", ""))
                holiday = day.get("holiday_name") if day and day.get("alert") == "vacation" else None
                items = [] if day is None or holiday else items_list(day.get("items"))
                for it in items:
                    lid = it["lesson_id"]
                    info = lessons.setdefault(lid, {"date": date, "class": cls})
                    info.update(num=int(it["num"]), subject=it["name"], teacher=it["teacher"], room=it["room"],
                                source=source)
                    if it.get("topic"):
                        info["topic"] = it["topic"]
                    if it.get("starttime") and it.get("endtime"):
                        info["starts_at"], info["ends_at"] = it["starttime"][:5], it["endtime"][:5]
                        info["times_from"] = source
                    ever_shown.setdefault((cls, date), {})[(it["name"], int(it["num"]))] = source
                day_state[(cls, date)] = (source, holiday, [it["lesson_id"] for it in items])
                if holiday:
                    ever_holiday.setdefault((cls, date), {}).setdefault(holiday, source)
                if pupil is not None and method == "getdiary":
                    latest_ext[(pupil, date)] = (source, {e["name"] for e in (day or {}).get("items_extday") or []
                                                          if not holiday})
                if pupil is not None and day and not holiday:
                    for ext in day.get("items_extday") or []:
                        info = extday.setdefault((pupil, date, ext["name"]), {})
                        info.update(subject=ext["name"], teacher=ext["teacher"], topic=ext.get("topic"),
                                    source=source)
                        if ext.get("starttime") and ext.get("endtime"):
                            info["starts_at"], info["ends_at"] = ext["starttime"][:5], ext["endtime"][:5]
                if pupil is not None and method == "getdiary":
                    pupil_day[(pupil, date)] = (source, items)

    facts = []

    def add(kind, prefix, **fields):
        n = sum(1 for f in facts if f["kind"] == kind) + 1
        facts.append({"id": f"{prefix}-{n:02d}", "kind": kind, **fields})

    for parent, kids in sorted(children.items()):
        add("children", "children", guardian={"parent": parent}, children=[{"student": k} for k in kids],
            why="getrules of this parent: relations.students lists exactly these children (A.3 getrules).")
    for name, (start, end, source) in sorted(periods.items()):
        add("period", "period", name=name, starts_on=dt.datetime.strptime(start, "%Y%m%d").date().isoformat(),
            ends_on=dt.datetime.strptime(end, "%Y%m%d").date().isoformat(),
            why=f"{source}: getperiods period {name!r} start/end YYYYMMDD (A.3 Period, A.4).")
    for cls, (name, source) in sorted(teachers.items()):
        add("class_teacher", "class-teacher", **{"class": {"class": cls}}, teacher=name,
            why=f"{source}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (A.3 getrules).")
    class_holidays_done = set()
    for pupil in sorted(class_of):
        cls = class_of[pupil]
        for (c, date), (source, holiday, ids) in sorted(day_state.items()):
            if c != cls:
                continue
            if holiday:
                add("holiday", "holiday", student={"student": pupil}, date=date, name=holiday,
                    why=f"{source}: day {date.replace('-', '')} alert \"vacation\", holiday_name (A.3 Day; A.5 E2)"
                        f"; the day of the pupil's class {cls}.")
                if (cls, date) not in class_holidays_done:
                    class_holidays_done.add((cls, date))
                    add("holiday", "holiday", **{"class": {"class": cls}}, date=date, name=holiday,
                        why=f"{source}: day {date.replace('-', '')} alert \"vacation\" for class {cls} (A.3 Day).")
            if date > "2026-03-01" and dt.date.fromisoformat(date).weekday() != 0:
                continue
            for lid in ids:
                info = lessons[lid]
                fact = {"student": {"student": pupil}, "date": date, "number": info["num"],
                        "subject": info["subject"], "teacher": info["teacher"], "room": info["room"],
                        "cancelled": False}
                if "topic" in info:
                    fact["topic"] = info["topic"]
                if "starts_at" in info:
                    fact["starts_at"], fact["ends_at"] = info["starts_at"], info["ends_at"]
                weekday = dt.date.fromisoformat(date).weekday()
                extra = {5: " on a Saturday (six-day week)", 6: " on a make-up working Sunday"}.get(weekday, "")
                add("lesson", "lesson", **fact,
                    why=f"lesson_id {lid} #{info['num']}{extra}: the newest answer of the day is {source}; times "
                        f"from {info.get('times_from', 'no answer')} (A.3 Day, Lesson item num/starttime/endtime; "
                        f"rules 2, 3).")
            shown = {(lessons[lid]["subject"], lessons[lid]["num"]) for lid in ids}
            for (subject, num), earlier in sorted(ever_shown.get((cls, date), {}).items()):
                if (subject, num) not in shown:
                    add("no_lesson", "no-lesson", student={"student": pupil}, date=date, subject=subject,
                        number=num,
                        why=f"{earlier} showed {subject} #{num}; the newest answer of the day, {source}, "
                            f"{'makes it a vacation day ' + repr(holiday) if holiday else 'lacks it'} "
                            f"(A.3 Day alert/items; rules 2, 4).")
        for (p, date, name), info in sorted(extday.items()):
            if p != pupil:
                continue
            newest, names = latest_ext[(p, date)]
            if name not in names:
                add("no_lesson", "no-lesson", student={"student": pupil}, date=date, subject=name,
                    why=f"{info['source']} listed items_extday {name!r}; the newest diary of the day, {newest}, "
                        f"lacks it (A.3 Day: the day whole, items_extday; rule 5).")
                continue
            add("lesson", "lesson", student={"student": pupil}, date=date, subject=name, teacher=info["teacher"],
                topic=info["topic"], starts_at=info["starts_at"], ends_at=info["ends_at"], cancelled=False,
                why=f"{info['source']}: items_extday {name!r} with its times (A.3 Day items_extday: name, teacher, "
                    f"topic, times with rings; rule 5).")
        for (p, date), (source, items) in sorted(pupil_day.items()):
            if p != pupil:
                continue
            for it in items:
                for hw in (it.get("homework") or {}).values():
                    add("homework", "homework", student={"student": pupil}, subject=it["name"], text=hw["value"],
                        date=date, why=f"{source}: homework id {hw['id']} on lesson #{it['num']} (A.3 Lesson item "
                                       f"homework; rule 6).")
                for a in it.get("assessments") or []:
                    if a["value"] == "":
                        continue
                    if a["value"] in ABSENCE:
                        add("attendance", "attendance", student={"student": pupil}, date=date, subject=it["name"],
                            number=int(it["num"]), code=a["value"], meaning=ABSENCE[a["value"]],
                            why=f"{source}: pseudo-mark {a['value']!r} on lesson #{it['num']} (A.3 Absence "
                                f"pseudo-mark, A.6; rule 5).")
                        add("no_mark", "no-mark", student={"student": pupil}, date=date, subject=it["name"],
                            value=a["value"], why="an absence/late pseudo-mark is attendance, never a mark "
                                                  "(A.3 Absence, A.6; rule 5).")
                        continue
                    weight = a.get("weight_float", a.get("weight"))
                    add("mark", "mark", student={"student": pupil}, date=date, subject=it["name"],
                        value=a["value"], weight=float(weight), counts=bool(a["count"]),
                        work_type=a["control_type"], **({"comment": a["comment"]} if a["comment"] else {}),
                        why=f"{source}: assessment {it['lesson_id']}/{a['nm']} on lesson #{it['num']} (A.3 "
                            f"Assessment value/weight_float/count/control_type/comment; rule 5).")
    for pupil in sorted(class_of):
        for (c, date), (source, holiday, ids) in sorted(day_state.items()):
            if c == class_of[pupil] and holiday:
                add("holiday", "holiday", student={"student": pupil}, date=date, name=holiday, once=True,
                    why=f"{source}: day {date.replace('-', '')} of the pupil's class {c} is one Day with one "
                        f"alert \"vacation\" and one holiday_name: shown once (A.3 Day; rule 9).")
    classes = sorted(set(class_of.values()))
    for (owner, date), names in sorted(ever_holiday.items()):
        for name, source in sorted(names.items()):
            for other in classes:
                if other == owner or name in ever_holiday.get((other, date), {}):
                    continue
                why = (f"{source} gives {date.replace('-', '')} of class {owner} alert \"vacation\", holiday_name "
                       f"{name!r}; no answer gives that date of class {other} that holiday (A.3 Day; rule 8)")
                add("no_holiday", "no-holiday", **{"class": {"class": other}}, date=date, name=name, why=why + ".")
                for pupil in sorted(p for p, c in class_of.items() if c == other):
                    add("no_holiday", "no-holiday", student={"student": pupil}, date=date, name=name,
                        why=why + "; not the pupil's class's holiday.")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
