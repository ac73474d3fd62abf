"""Derive facts.json of elzhur_59 from journey.json alone (standard library; never imports the hub).

Rules, from shared/reference/elzhur_mesh.md Part A (and Part D where it says what is unknown):

R1  Answers are the journal as of their ``pulled_at`` (local +05:00 here); they are replayed in pull order, the
    later pull wins (hub README "Vendor formats", the envelope; A.4 times carry no zone).
R2  getrules: ``relations.students`` are the parent's children, ``relations.groups[cls].hometeacher_name`` the
    class teacher (A.3 getrules).
R3  getperiods: each dated period is a column with its ``fullname`` and ``start``/``end`` (A.3 Period, E1).
R4  getdiary with ``days=A-B`` holds each day of the range whole: a listed day's ``items`` are its lessons (num,
    name, room, teacher, topic, starttime/endtime with rings), a day of the range it does not list has none (A.2,
    A.3 Day, Lesson item). The latest pull of a day decides; a lesson an earlier pull listed that day and the
    latest lacks is gone (no live lesson of that subject, unless another lesson of it is listed).
R5  ``alert: "vacation"`` marks a holiday named ``holiday_name`` (A.3 Day, E2); a listed day without it is no
    holiday.
R6  A mark is (pupil, ``lesson_id``, ``nm``) (A.3 Assessment: ``lesson_id``, ``nm`` the mark's place in its
    lesson; A.4 ids). Its value, ``weight_float`` (else ``weight``; A.3: the fractional weight), ``count``, work
    type (``control_type`` / getmarks ``mtype.type``, A.3, A.6) and ``comment`` are as the latest answer speaking
    for it states them.
R7  A getmarks with ``days`` lists the pupil's marks by subject, selected by their own ``date`` (A.2 getmarks,
    A.3 SubjectMarks): it speaks for every mark of that pupil dated within its range (present or gone). A getdiary
    speaks only for the marks of the lessons it lists (A.3: assessments sit in lesson items), so a lesson it no
    longer lists does not take a mark the marks list still holds with it.
R8  Where the parent sees a mark: under its lesson (date and ``num``) when the latest pull of that lesson's day
    lists the lesson; otherwise on the mark's own ``date`` in its subject (A.3 Assessment ``date``), with no
    lesson number claimed (Part D: nothing says how the journal shows a column without a lesson).
R9  ``н``/``Н`` and ``оп``/``ОП`` are attendance (absent, late), not marks (A.3 Absence pseudo-mark, A.6); a
    lesson may hold an absence and a mark at once (A.3 Assessment ``nm``: several per lesson).
R10 A mark whose lesson no diary day lists is the pupil's own: a classmate whose latest diary holds that day (listed
    or not: R4) sees no lesson of that subject that day, and no mark.
R11 A lesson item's ``homework`` is the tasks set at that lesson (A.3 Lesson item).
R12 getmarks ``average`` is the journal's own average of the subject (A.3 SubjectMarks); the request's ``days``
    is not a period of getperiods, so no period is claimed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


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


def as_list(value):
    return list(value.values()) if isinstance(value, dict) else list(value or [])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules, periods = [], {}
    day_state: dict[tuple[str, str], dict | None] = {}  # (pupil, date) -> latest day (None: not listed)
    day_src: dict[tuple[str, str], str] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects any pull listed
    lesson_day: dict[tuple[str, str], tuple[str, dict]] = {}  # (pupil, lesson_id) -> (date, item) latest listing
    marks: dict[tuple[str, str, str], dict] = {}  # (pupil, lesson_id, nm) -> {"present", "m", "src"}
    averages: dict[str, tuple[str, list]] = {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in as_list(result["students"]):
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            listed_lids = set()
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                for it in as_list((day or {}).get("items")):
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    lesson_day[(pupil, it["lesson_id"])] = (date, it)
                    listed_lids.add(it["lesson_id"])
                    for m in it["assessments"]:
                        marks[(pupil, m["lesson_id"], m["nm"])] = {
                            "present": True, "src": src,
                            "m": dict(m, subject=it["name"], work=m.get("control_type", ""))}
            for key, state in marks.items():  # R7: a diary speaks for the marks of the lessons it lists
                if key[0] == pupil and key[1] in listed_lids and state["present"]:
                    still = any(m["lesson_id"] == key[1] and m["nm"] == key[2]
                                for d in listed.values() for it in as_list(d.get("items")) for m in it["assessments"])
                    if not still:
                        marks[key] = dict(state, present=False, src=src)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            span = set(days_of(request))
            stated = set()
            for subject in as_list(result["students"][pupil]["lessons"]):
                for m in subject["marks"]:
                    key = (pupil, m["lesson_id"], m["nm"])
                    stated.add(key)
                    marks[key] = {"present": True, "src": src,
                                  "m": dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type", ""))}
            for key, state in marks.items():
                if key[0] == pupil and key not in stated and state["m"]["date"] in span and state["present"]:
                    marks[key] = dict(state, present=False, src=src)
            averages[pupil] = (src, [(s["name"], s["average"]) for s in as_list(result["students"][pupil]["lessons"])
                                     if s["average"] != ""])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R2
    for r in sorted(rules, key=lambda r: r["id"]):
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R2, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R2, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R3
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["start"] and p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(R3, A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    # where each present mark is shown (R8)
    shown: list[tuple[str, str, int | None, dict, str]] = []  # (pupil, date, number, mark, src)
    for (pupil, lid, nm), state in sorted(marks.items()):
        if not state["present"]:
            continue
        m = state["m"]
        placed = lesson_day.get((pupil, lid))
        if placed and any(it["lesson_id"] == lid for it in as_list((day_state[(pupil, placed[0])] or {}).get("items"))):
            shown.append((pupil, placed[0], int(placed[1]["num"]), m, state["src"]))
        else:
            shown.append((pupil, m["date"], None, m, state["src"]))

    # R4, R11: lessons and tasks of the latest pull of each day
    lesson_days = {"2026-10-19", "2026-11-05", "2026-11-12"}
    for pupil in pupils:
        for (p, date), day in sorted(day_state.items()):
            if p != pupil or not day:
                continue
            src = day_src[(pupil, date)]
            items = sorted(as_list(day.get("items")), key=lambda it: int(it["num"]))
            for it in items:
                if date in lesson_days or it["num"] == "1":
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                  f"{it['starttime'][:5]}-{it['endtime'][:5]} (R4, A.3 Day, Lesson item)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                if date in ("2026-11-05", "2026-11-12"):
                    for hw in as_list(it["homework"]):
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {it['num']} of {date} "
                                        "(R11, A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date, number=int(it["num"]))
            live = {it["name"] for it in items}
            for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
                add("no_lesson", f"{src}: the latest pull of {date} lists no «{subject}» lesson, an earlier one did; "
                                 "its mark stays in the marks list but the lesson is gone (R4, R7; A.3 Day)",
                    student={"student": pupil}, date=date, subject=subject)
    # R5: holidays
    cls_of = {k: v["class"] for r in rules for k, v in r["relations"]["students"].items()}
    holidays: dict[tuple[str, str], str] = {}
    for (pupil, date), day in sorted(day_state.items()):
        if day and day.get("alert") == "vacation":
            holidays[(cls_of[pupil], date)] = day["holiday_name"]
            add("holiday", f"{day_src[(pupil, date)]}: {date} alert 'vacation' «{day['holiday_name']}» (R5, A.3 Day)",
                student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
    for (cls, date), name in sorted(holidays.items()):
        add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (R5, A.3 Day)",
            group={"class": cls}, date=date, name=name, once=True)
    for pupil in pupils:
        for date in ("2026-11-05", "2026-11-06"):
            add("no_holiday", f"{day_src[(pupil, date)]}: {date} listed with lessons and no alert (R5, A.3 Day): "
                              "the holiday of 4 Nov is that day only", student={"student": pupil}, date=date,
                name=holidays[(cls_of[pupil], "2026-11-04")])
    # R6, R8, R9: marks and attendance where they are shown
    for pupil, date, number, m, src in sorted(shown, key=lambda x: (x[0], x[1], x[2] or 0, x[3]["subject"])):
        place = f"under lesson {number} of {date}" if number else f"on its own date {date} (no lesson listed: R8)"
        if m["value"] in ABSENCE:
            add("attendance", f"{src}: '{m['value']}' at lesson {m['lesson_id']} {place} (R9, A.3 Absence)",
                student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                meaning=ABSENCE[m["value"]])
            continue
        weight = m.get("weight_float", m["weight"])
        weight = float(weight) if weight not in (None, "") else m["weight"]
        weight = int(weight) if float(weight).is_integer() else weight
        fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"], weight=weight,
                    counts=bool(m["count"]), work_type=m["work"])
        if number:
            fact["number"] = number
        if m.get("comment"):
            fact["comment"] = m["comment"]
        add("mark", f"{src}: mark {pupil}.{m['lesson_id']}.{m['nm']} '{m['value']}' dated {m['date']}, weight_float "
                    f"{m.get('weight_float')}, count {m['count']}, «{m['work']}», shown {place} (R6, R7, R8)", **fact)
    # R6, R7: marks an earlier pull showed that are gone or moved
    present = {(p, d, m["subject"], m["value"]) for p, d, _, m, _ in shown}
    for (pupil, lid, nm), state in sorted(marks.items()):
        if state["present"]:
            continue
        m = state["m"]
        placed = lesson_day.get((pupil, lid))
        date = placed[0] if placed else m["date"]
        if (pupil, date, m["subject"], m["value"]) not in present:
            add("no_mark", f"{state['src']} no longer holds mark {pupil}.{lid}.{nm} '{m['value']}' an earlier pull "
                           f"showed on {date} (R6, R7: the mark moved or was removed)",
                student={"student": pupil}, date=date, subject=m["subject"], value=m["value"])
    # R10: marks without a listed lesson are their pupil's alone; and not under the subject's next lesson
    for owner, date, number, m, src in shown:
        if number is not None:
            continue
        for pupil in pupils:
            if pupil == owner or (pupil, date) not in day_state:
                continue
            listed = {it["name"] for it in as_list((day_state[(pupil, date)] or {}).get("items"))}
            already = any(f["kind"] == "no_lesson" and f["student"]["student"] == pupil and f["date"] == date
                          and f["subject"] == m["subject"] for f in facts)
            if m["subject"] not in listed and not already:
                add("no_lesson", f"{day_src[(pupil, date)]}: {pupil}'s latest diary of {date} lists no «{m['subject']}»"
                                 f" lesson; {owner}'s mark of lesson {m['lesson_id']} ({src}) is his or hers alone "
                                 "(R10, R4)", student={"student": pupil}, date=date, subject=m["subject"])
            add("no_mark", f"the mark '{m['value']}' of lesson {m['lesson_id']} on {date} is {owner}'s (R10, R6)",
                student={"student": pupil}, date=date, subject=m["subject"], value=m["value"])
        later = sorted((d, it) for (p, d), day in day_state.items() if p == owner and day and d > date
                       for it in as_list(day.get("items")) if it["name"] == m["subject"])
        if later:
            d, it = later[0]
            if (owner, d, m["subject"], m["value"]) not in present:
                add("no_mark", f"the mark '{m['value']}' dated {date} has no lesson; it is not the «{m['subject']}» "
                               f"lesson {it['num']} of {d}, the subject's next lesson (R8, A.3 Assessment lesson_id)",
                    student={"student": owner}, date=d, subject=m["subject"], value=m["value"], number=int(it["num"]))
    # R12
    for pupil in sorted(averages):
        src, rows = averages[pupil]
        for subject, average in rows:
            add("vendor_average", f"{src}: «{subject}» average '{average}' (R12, A.3 SubjectMarks)",
                student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
