"""Derive facts.json of elzhur_48 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md Part A:
* R1 every answer is the journal as of its ``pulled_at`` (hub README, the request envelope: the latest pull wins);
  answers are replayed in the order of their instants.
* R2 a getdiary over ``days=A-B`` holds each day of the range whole (A.1 date range, A.3 Day: ``items`` are the
  day's lessons): the latest answer listing a day says which lessons it has, under which ``num`` (A.3 Lesson item
  ``num``), with its ``starttime``/``endtime`` (``rings``), ``topic``, ``room`` and ``teacher``; a number an earlier
  answer listed and the latest lacks has no lesson any more (``no_lesson`` with that number).
* R3 two consecutive numbers of one subject are two lessons (a double lesson): each has its own ``lesson_id`` and
  ``num`` (A.3 Lesson item), so the parent sees both, each under its number, each with its own topic.
* R4 ``teacher`` is a string, the journal's full text (A.3 Lesson item): a lesson taught by two teachers, or with a
  substitute named beside the teacher, shows that text as sent.
* R5 a lesson item with ``grp`` is its subgroup's lesson (A.3 Lesson item ``grp``, ``grp_short``; E2): a pupil's
  own getdiary lists his own group's lesson in a split slot, so each parent sees the group, teacher and room of his
  own child's group under that number (``group_label`` = ``grp``).
* R6 a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment: ``nm`` is the mark's position in the lesson,
  several marks per lesson); each is shown with its ``weight`` (``weight_float``), its work type (``control_type``,
  getmarks ``mtype.type``: A.6) and its ``comment``; ``count`` says whether it enters the average. The latest
  answer covering the day (getdiary or getmarks, A.2) says which marks the day holds: a mark it no longer lists is
  gone (``no_mark``), a changed value replaces the old one.
* R7 ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6: absent, late; ``count:false``) and sit
  on the lesson of their ``lesson_id``; a lesson without such an entry has no attendance entry (the pupil was
  there): a half of a double without one shows no absence, a lesson with only ``н`` shows no mark.
* R8 a task is its id on the lesson that lists it (A.3 Lesson item ``homework``; ``files[].toid`` its attachment);
  the latest answer listing its day decides; a task no latest answer lists any more is withdrawn (``no_homework``).
* R9 getrules: a parent's ``relations.students`` are his children, ``relations.groups[..].hometeacher_name`` the
  class teacher (A.3 getrules); getperiods: the period's dates (A.3 Period); getfinalassessments: the period mark
  under the period's short ``name`` (A.3 Final assessment); getmarks ``average`` the journal's own average (A.3
  SubjectMarks), stated without a period (the request's ``days`` is not a period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
ALL_LESSONS_DAYS = {"2026-10-12", "2026-10-15"}  # the two eight-lesson days: every lesson of every pupil


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in request.split("days=")[1].split("&")[0].split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_nums: dict[tuple[str, str], dict[int, str]] = {}  # (pupil, date) -> num -> subject, every pull
    seen_tasks: dict[tuple[str, str], set] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules, periods, finals, averages = [], {}, [], []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], src)
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_nums.setdefault((pupil, date), {})[int(it["num"])] = it["name"]
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for a in it["assessments"]:
                        marks.append(dict(a, subject=it["name"], num=int(it["num"]), work=a.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(a["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            lesson_num = {it["lesson_id"]: int(it["num"]) for (p, _), day in day_state.items() if p == pupil and day
                          for it in day["items"].values()}
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for a in subject["marks"]:
                    by_day.setdefault(a["date"], []).append(
                        dict(a, subject=subject["name"], num=lesson_num.get(a["lesson_id"]),
                             work=(a.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"],
                                     sum(1 for a in subject["marks"] if a["count"]), src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getfinalassessments"):
            pupil = param(request, "student")
            for it in result["students"][pupil]["items"]:
                for a in it["assessments"]:
                    finals.append((pupil, it["name"], a["period"], a["value"], src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    for r in rules:  # R9
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R9, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R9, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["name"] == "I":
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R9, A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            by_num = {int(it["num"]): it for it in items}
            msrc, marks = mark_state.get((pupil, date), ("", []))
            absent_at = {mk["num"] for mk in marks if mk["value"] in ABSENCE}
            graded_at = {mk["num"] for mk in marks if mk["value"] not in ABSENCE}
            for it in items:
                num = int(it["num"])
                double = any(by_num.get(n, {}).get("name") == it["name"] for n in (num - 1, num + 1))
                special = "grp" in it or "," in it["teacher"] or "замена" in it["teacher"]
                if date in ALL_LESSONS_DAYS or double or special:
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=num,
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    rules_used = ["R2"] + (["R3 double lesson"] if double else []) + (
                        ["R4 teacher text"] if "," in it["teacher"] or "замена" in it["teacher"] else [])
                    if "grp" in it:
                        fact["group_label"] = it["grp"]
                        rules_used.append(f"R5 subgroup «{it['grp']}»")
                    add("lesson", f"{src}: day {date} item {num} «{it['name']}» lesson {it['lesson_id']} "
                                  f"{it['starttime']}-{it['endtime']}, teacher «{it['teacher']}» "
                                  f"({', '.join(rules_used)}; A.3 Day, Lesson item)", **fact)
                for hw in it["homework"].values():
                    if double or it.get("files") or (date in ALL_LESSONS_DAYS and num % 2):
                        fact = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
                        files = [f["filename"] for f in it.get("files", []) if f.get("toid") == hw["id"]]
                        if files:
                            fact["attachments"] = files
                        add("homework", f"{src}: task {hw['id']} on lesson {num} of {date} "
                                        f"{'(the first half of a double: the second lists none) ' if double else ''}"
                                        "(R8, A.3 Lesson item homework, files.toid)", **fact)
                # attendance under the right number (R7): the halves of a double, and lessons with marks
                if num in absent_at:
                    continue
                if (double and (absent_at & {num - 1, num + 1} or num in graded_at)) or \
                        (num in graded_at and date in ALL_LESSONS_DAYS):
                    add("attendance", f"{msrc}: lesson {num} «{it['name']}» on {date} has "
                                      f"{'marks but ' if num in graded_at else ''}no н/оп entry: the pupil was there "
                                      "(R7, A.3 Absence pseudo-mark sits on its own lesson_id)",
                        student={"student": pupil}, date=date, subject=it["name"], number=num, meaning="present")
            # subjects at numbers an earlier pull listed and the latest lacks (R2)
            for num, subject in sorted(seen_nums.get((pupil, date), {}).items()):
                if num not in by_num:
                    add("no_lesson", f"{src}: the latest answer for {date} lists no lesson {num} (an earlier pull "
                                     f"listed «{subject}» there) (R2, A.3 Day: each listed day is whole)",
                        student={"student": pupil}, date=date, subject=subject, number=num)
            for mk in marks:
                if mk["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{mk['value']}' on lesson {mk['num']} "
                                      f"(lesson_id {mk['lesson_id']}) (R7, A.3 Absence pseudo-mark)",
                        student={"student": pupil}, date=date, subject=mk["subject"], number=mk["num"],
                        code=mk["value"], meaning=ABSENCE[mk["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=mk["subject"], value=mk["value"],
                            weight=mk["weight_float"] if "weight_float" in mk else mk["weight"],
                            counts=bool(mk["count"]), work_type=mk["work"])
                if mk.get("comment"):
                    fact["comment"] = mk["comment"]
                add("mark", f"{msrc}: lesson {mk['lesson_id']} (number {mk['num']}) nm {mk['nm']} value "
                            f"'{mk['value']}' weight {mk['weight']} «{mk['work']}» (R6, A.3 Assessment)", **fact)
            real = {mk["subject"] for mk in marks if mk["value"] not in ABSENCE}
            for subject in sorted({mk["subject"] for mk in marks if mk["value"] in ABSENCE} - real):
                add("no_mark", f"{msrc}: «{subject}» on {date} holds only н/оп entries: an absence is no mark "
                               "(R7, A.3 Absence pseudo-mark: count false)",
                    student={"student": pupil}, date=date, subject=subject)
            shown = {(mk["subject"], mk["value"]) for mk in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was listed by an earlier pull; the "
                                           f"latest ({msrc}) lists it no more (R6, A.3 Assessment)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day["items"].values() for hw in it["homework"].values()}
    for (pupil, subject), texts in sorted(seen_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was listed by an earlier pull; no latest answer of {pupil}'s days "
                                   "lists it (R8, A.3 Lesson item homework)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil, subject, period, value, src in finals:
        add("final_mark", f"{src}: «{subject}» period '{period}' value '{value}' (R9, A.3 Final assessment)",
            student={"student": pupil}, subject=subject, period=period, value=value)
    for pupil, subject, average, counted, src in averages:
        if counted >= 2:
            add("vendor_average", f"{src}: «{subject}» average '{average}' over {counted} counted marks "
                                  "(R9, A.3 SubjectMarks)", student={"student": pupil}, subject=subject,
                value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds: dict[str, int] = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), kinds)


if __name__ == "__main__":
    main()
