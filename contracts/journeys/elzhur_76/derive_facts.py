"""Derive facts.json of elzhur_76 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A, and the envelope's ``pulled_at`` (hub README, "Time is data":
each answer is the journal as of its pull, the latest pull wins whatever the arrival order):

* answers are replayed in the order of their pull instants (a naive ``pulled_at`` would be the school's local time,
  Asia/Yekaterinburg, UTC+5; every stamp here carries its offset), so the 6А answers of Wednesday 28 Feb, delivered
  after Thursday's, are read before them;
* a getdiary, or a getschedule by ``class``, over ``days=A-B`` holds every day of the range whole (A.2, A.3 Day:
  ``items`` are the day's lessons; a day the answer does not list has none, a day with ``alert: "vacation"`` is a
  holiday named ``holiday_name``). A class's getschedule is the day of each of its pupils (the two classes have no
  subgroups: A.3 ``grp`` is never sent); it carries no marks (A.2: "like getdiary without marks");
* a lesson is its ``lesson_id`` (A.3 Lesson item): the latest answer listing its day gives its number, subject,
  teacher, room, topic, times (``starttime``/``endtime`` with ``rings``) and tasks; a number the lesson left (two
  lessons swapped) holds no lesson of that subject any more; an item named ``"Cancel"`` is a cancelled lesson (A.3
  ``name``, [S] felpsyatina): no live lesson of its subject, nor one called «Cancel»;
* a task is its id on the lesson item that lists it (A.3 ``homework``); a task text no latest day shows is gone;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest getdiary or getmarks covering its day
  (getmarks by the mark's own ``date``, A.3 SubjectMarks) says which marks the day holds; ``н``/``оп`` are attendance,
  not marks (A.3 Absence pseudo-mark, A.6); ``weight_float``/``weight``, ``count``, ``control_type``/``mtype.type``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
FIRST, LAST = "2029-02-26", "2029-03-11"  # the fortnight the facts speak of


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def query(request: str) -> dict[str, str]:
    from urllib.parse import parse_qs, urlsplit

    return {k: v[0] for k, v in parse_qs(urlsplit(request).query).items()}


def days_of(span: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in span.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day: dict | None) -> list[dict]:
    items = (day or {}).get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def live(day: dict | None) -> list[dict]:
    return sorted((it for it in items_of(day) if it["name"] != "Cancel"), key=lambda it: int(it["num"]))


def version(it: dict) -> tuple:
    return (it["num"], it["name"], it["teacher"], it["room"] or "", it.get("topic") or "",
            tuple(sorted(hw["value"] for hw in it["homework"].values())), it.get("starttime"), it.get("endtime"))


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    class_of: dict[str, str] = {}
    day_state: dict[tuple[str, str], tuple[dict | None, str]] = {}  # (pupil, date) -> (latest day, its source)
    sightings: dict[tuple[str, str], list[tuple[str, dict | None]]] = {}  # (pupil, date) -> every answer's day
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_tasks: dict[tuple[str, str], set] = {}
    averages: dict[str, tuple[str, list]] = {}

    def see_day(pupil: str, date: str, day: dict | None, src: str) -> None:
        day_state[(pupil, date)] = (day, src)
        sightings.setdefault((pupil, date), []).append((src, day))
        for it in items_of(day):
            for hw in it["homework"].values():
                seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])

    def see_marks(pupil: str, date: str, marks: list, src: str) -> None:
        mark_state[(pupil, date)] = (src, marks)
        for m in marks:
            seen_marks.setdefault((pupil, date, m["subject"]), set()).add(m["value"])

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method, q = request.split("?")[0], query(request)
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if method == "getrules":
            rules[result["id"]] = result
            for pupil, st in result["relations"]["students"].items():
                class_of[pupil] = st["class"]
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getdiary":
            pupil = q["student"]
            listed = result["students"][pupil]["days"]
            for date in days_of(q["days"]):
                day = listed.get(date.replace("-", ""))
                see_day(pupil, date, day, src)
                see_marks(pupil, date, [dict(m, subject=it["name"], work=m.get("control_type") or None)
                                        for it in items_of(day) for m in it.get("assessments", [])
                                        if m["value"] != ""], src)
        elif method == "getschedule":
            listed = result["days"]
            for pupil in sorted(p for p, c in class_of.items() if c == q["class"]):
                for date in days_of(q["days"]):
                    see_day(pupil, date, listed.get(date.replace("-", "")), src)
        elif method == "getmarks":
            pupil = q["student"]
            by_day: dict[str, list] = {d: [] for d in days_of(q["days"])}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
            for date, marks in by_day.items():
                see_marks(pupil, date, marks, src)
            averages[pupil] = (src, [(s["name"], s["average"]) for s in result["students"][pupil]["lessons"]
                                     if s["average"] != ""])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    # guardians, class teachers, the quarter (A.3 getrules, Period)
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules.values() for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "III":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    dates = [d for d in sorted({d for _, d in day_state}) if FIRST <= d <= LAST]
    pupils = sorted({p for p, _ in day_state})
    final_tasks = {(p, it["name"], hw["value"]) for (p, _), (day, _) in day_state.items()
                   for it in live(day) for hw in it["homework"].values()}
    holidays: dict[tuple[str, str], str] = {}
    teachers_of: dict[tuple[str, str], set] = {}  # (pupil, subject) -> the teachers its latest lessons name
    for (pupil, date), (day, _) in day_state.items():
        if FIRST <= date <= LAST:
            for it in live(day):
                teachers_of.setdefault((pupil, it["name"]), set()).add(it["teacher"])
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)]
            seen = sightings[(pupil, date)]
            final = live(day)
            subjects = [it["name"] for it in final]
            versions: dict[str, set] = {}
            listed_in: dict[str, int] = {}
            for _, d in seen:
                for it in items_of(d):
                    versions.setdefault(it["lesson_id"], set()).add(version(it))
                    listed_in[it["lesson_id"]] = listed_in.get(it["lesson_id"], 0) + 1
            answers_listing_day = sum(1 for _, d in seen if items_of(d))
            day_unlisted_before = any(d is None for _, d in seen) and day is not None

            def moved(it: dict) -> bool:
                return len({v[0] for v in versions[it["lesson_id"]]}) > 1 or subjects.count(it["name"]) > 1

            for it in final:
                reasons = []
                if len(versions[it["lesson_id"]]) > 1:
                    reasons.append("its item changed between pulls (number, teacher, room, topic or tasks)")
                if listed_in[it["lesson_id"]] < answers_listing_day:
                    reasons.append("an earlier answer listing the day lacked it or named it «Cancel»")
                if any(x["lesson_id"] == it["lesson_id"] and x["name"] == "Cancel" for _, d in seen
                       for x in items_of(d)):
                    reasons.append("an earlier answer named it «Cancel»")
                if day_unlisted_before:
                    reasons.append("an earlier answer over this date did not list the day")
                if subjects.count(it["name"]) > 1:
                    reasons.append(f"one of two «{it['name']}» lessons that day (a double lesson)")
                if len(teachers_of[(pupil, it["name"])]) > 1:
                    reasons.append(f"«{it['name']}» has another teacher on another day of the fortnight (a "
                                   "substitute): each lesson shows its own")
                if it["num"] == "0":
                    reasons.append("lesson number 0 (`num` \"0\", before the first)")
                if not reasons and it is not final[0]:
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                            topic=it["topic"], teacher=it["teacher"], starts_at=it["starttime"][:5],
                            ends_at=it["endtime"][:5], cancelled=False)
                if it["room"]:
                    fact["room"] = it["room"]
                add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                              f"{it['starttime']}-{it['endtime']}, room '{it['room']}', teacher {it['teacher']}"
                              f"{' (' + '; '.join(reasons) + ')' if reasons else ' (the first lesson of the day)'}; the latest "
                              "pull listing the day wins (A.3 Day, Lesson item `num`, `lesson_id`, times with rings)",
                    **fact)
                if not reasons:
                    continue
                for hw in it["homework"].values():
                    extra = {"number": int(it["num"])} if moved(it) else {}
                    add("homework", f"{src}: task {hw['id']} on item {it['num']} «{it['name']}» (lesson "
                                    f"{it['lesson_id']}) of {date} (A.3 Lesson item `homework` keyed by task id)",
                        student={"student": pupil}, subject=it["name"], text=hw["value"], date=date, **extra)
            # (subject, number) pairs an earlier answer showed live that day and the latest does not
            earlier = {(it["name"], it["num"]) for _, d in seen for it in live(d)}
            now = {(it["name"], it["num"]) for it in final}
            gone_subjects = set()
            for subject, num in sorted(earlier - now):
                if subject in subjects:
                    add("no_lesson", f"{src}: the latest answer for {date} lists «{subject}» under another number, "
                                     f"not {num} (A.3 Lesson item `num`; the same `lesson_id` moved)",
                        student={"student": pupil}, date=date, subject=subject, number=int(num))
                elif subject not in gone_subjects:
                    gone_subjects.add(subject)
                    how = ("a vacation day with no items" if day and day.get("alert") == "vacation"
                           else "lists no live lesson of it")
                    add("no_lesson", f"{src}: the latest answer for {date} is {how}; an earlier pull showed "
                                     f"«{subject}» (A.3 Day: each listed day is whole, `alert`)",
                        student={"student": pupil}, date=date, subject=subject)
            if any(it["name"] == "Cancel" for _, d in seen for it in items_of(d)):
                add("no_lesson", f"an answer named an item of {date} «Cancel» (A.3 Lesson item `name`: \"Cancel\" "
                                 "seen for a cancelled lesson): no live lesson of that name", student={"student": pupil},
                    date=date, subject="Cancel")
            if day and day.get("alert") == "vacation":
                holidays[(class_of[pupil], date)] = day["holiday_name"]
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» (A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            # marks and attendance as the latest answer covering the day gives them
            msrc, marks = mark_state.get((pupil, date), ("", []))
            by_lesson = {it["lesson_id"]: it for it in final}
            for m in marks:
                it = by_lesson.get(m["lesson_id"])
                extra = {"number": int(it["num"])} if it is not None and moved(it) else {}
                where = f"lesson {m['lesson_id']}" + (f" (item {it['num']} of the latest day)" if it else "")
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at {where} (A.3 Absence pseudo-mark, A.6)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"]], **extra)
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m.get("weight_float", m["weight"]), counts=bool(m["count"]), **extra)
                if m["work"]:
                    fact["work_type"] = m["work"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: {where} nm {m['nm']} value '{m['value']}' weight {m['weight']} "
                            "(A.3 Assessment / SubjectMarks; the latest pull covering the day wins)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values - {v for s, v in shown if s == subject}):
                        if value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) gives that mark (same lesson_id and nm) another value "
                                           "(A.3 Assessment)", student={"student": pupil}, date=date,
                                subject=subject, value=value)
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in final_tasks and subject != "Cancel":
                add("no_homework", f"task «{text}» was shown by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (its day became a day off, or the task id now holds another text: "
                                   "A.3 Day, Lesson item `homework`)", student={"student": pupil}, subject=subject,
                    text=text)
    for (cls, date), name in sorted(holidays.items()):
        add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
            group={"class": cls}, date=date, name=name, once=True)
    names = {d: n for (_, d), n in holidays.items()}
    # the holidays are their days only: the working Saturday and the days around them are school days
    for pupil in pupils:
        for date, holiday in (("2029-03-03", "2029-03-09"), ("2029-03-07", "2029-03-08"), ("2029-03-09", "2029-03-08")):
            day, src = day_state[(pupil, date)]
            what = "listed without an alert" if not (day or {}).get("alert") else f"«{day['holiday_name']}»"
            add("no_holiday", f"{src}: {date} is {what} (A.3 Day: `alert`/`holiday_name` belong to one day): "
                              f"«{names[holiday]}» is {holiday} only", student={"student": pupil}, date=date,
                name=names[holiday])
    for cls in sorted({c for c, _ in holidays}):
        add("no_holiday", f"every {cls} pupil's latest getdiary lists 2029-03-03 with lessons and no alert (A.3 Day): "
                          "the working Saturday is no day off", group={"class": cls}, date="2029-03-03",
            name=names["2029-03-09"])
    for pupil in sorted(averages):
        src, rows = averages[pupil]
        for subject, average in rows:
            add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks `average`; over the "
                                  "request's days, not a period of getperiods, so no period is claimed)",
                student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
