"""Derive facts.json of elzhur_50 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at`` (local +05:00, Asia/Yekaterinburg); answers are replayed in
  the order of their instants, whatever the push order (the hub README's "latest pull wins" only restates it);
* R1 a getdiary over ``days=A-B`` is whole for every day of the range (A.2 getdiary, A.3 Day: ``items`` are the
  day's lessons, keyed by ``num``): a day as the latest answer lists it is the day; a lesson (subject at a number)
  an earlier answer showed and the latest does not is gone (``no_lesson``, with the number when the subject still
  has a lesson elsewhere that day); times are ``starttime``/``endtime`` with ``rings`` (A.3 Lesson item);
* R2 ``grp`` (A.3 Lesson item, "1 группа") is the subgroup a lesson is for: a pupil sees his own group's lesson
  (``group_label`` = ``grp``) and not the other group's lesson in that slot, nor its tasks (a pupil's answer lists
  only his group's items);
* R3 a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary or
  getmarks ``days``, A.2) says which marks the day holds: a value an earlier answer showed and the latest lacks is
  ``no_mark``; ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6); weight ``weight_float``;
  work type ``control_type`` (getdiary) or ``mtype.type`` (getmarks); ``count`` says whether it counts;
* R4 a task is its id on the lesson that lists it (A.3 ``homework``): the latest answer of its day decides; a task
  text an earlier answer showed the pupil and no latest day of his lists is ``no_homework``;
* R5 getfinalassessments (A.3 Final assessment, A.5 E4): the latest answer of the pupil gives each subject's
  marks per ``period`` (a period's ``name`` of getperiods: ``Г`` = «Годовая»); a mark changed in June and pulled in
  September replaces the May one (the cell shows it alone);
* R6 getperiods (A.3 Period): a period with dates is a column ``fullname`` from ``start`` to ``end``;
* R7 getrules (A.3 getrules): ``relations.students`` are the parent's children; ``relations.groups[c]
  .hometeacher_name`` the class teacher of class ``c`` of the school year it was pulled in (7А 2026/27 from May,
  8А 2027/28 from August);
* R8 getmarks ``average`` (A.3 SubjectMarks) is the journal's own average of the subject over the request's
  ``days``; ``""`` states none.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DAYS = {"2027-05-26", "2027-09-01", "2027-09-02", "2027-09-03", "2027-09-06", "2027-09-08",
               "2027-09-10", "2027-09-13"}
HOMEWORK_DAYS = {"2027-05-26", "2027-09-02", "2027-09-03", "2027-09-06", "2027-09-10", "2027-09-14"}


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


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> {(subject, num)} ever shown
    seen_tasks: dict[str, set] = {}  # pupil -> {(subject, text)}
    group_tasks: dict[str, set] = {}  # grp -> {(subject, text)}
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules: dict[str, tuple[dict, str]] = {}
    teachers: dict[tuple[str, str], tuple[str, str]] = {}
    periods: dict[str, list] = {}
    finals: dict[str, tuple[dict, str]] = {}
    averages: list[tuple[str, str, str, str]] = []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules[result["id"]] = (result, src)
            year = rec["pulled_at"][:10]
            for cls, g in result["relations"]["groups"].items():
                teachers[(cls, year)] = (g["hometeacher_name"], src)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods.setdefault(st["name"], []).extend((p, src) for p in st["periods"])
        elif request.startswith("getfinalassessments"):
            finals[param(request, "student")] = (result["students"][param(request, "student")], src)
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, date), set()).add((it["name"], int(it["num"])))
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                        if it.get("grp"):
                            group_tasks.setdefault(it["grp"], set()).add((it["name"], hw["value"]))
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type") or None))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        if any(f["kind"] == kind and all(f.get(k) == v for k, v in fields.items()) for f in facts):
            return  # the same fact by two rules
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R7 children and class teachers
    for parent in sorted(rules):
        r, src = rules[parent]
        kids = sorted(r["relations"]["students"])
        add("children", f"{src}: relations.students {kids} (A.3 getrules)", guardian={"parent": parent},
            children=[{"student": k} for k in kids])
    latest_teacher: dict[str, tuple[str, str, str]] = {}
    for (cls, pulled), (name, src) in sorted(teachers.items()):
        latest_teacher[cls] = (name, src, pulled)
    for cls, (name, src, pulled) in sorted(latest_teacher.items()):
        date = "2027-05-26" if cls == "7А" else "2027-09-06"
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name, the class of the school year "
                             f"pulled in (A.3 getrules)", teacher=name, date=date, **{"class": {"class": cls}})
    # R6 periods
    for pupil in sorted(periods):
        for p, src in periods[pupil]:
            if p["start"] and p["fullname"] in ("1 триместр", "2 триместр", "4 четверть", "3 четверть"):
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))
    # R1, R2, R3, R4 per pupil and day
    pupils = sorted({p for p, _ in day_state})
    for pupil in pupils:
        dates = sorted(d for p, d in day_state if p == pupil)
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            live = {(it["name"], int(it["num"])) for it in items}
            live_subjects = {s for s, _ in live}
            for it in items:
                if date in LESSON_DAYS:
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    if it.get("grp"):
                        fact["group_label"] = it["grp"]
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}"
                                  f"{' grp «' + it['grp'] + '»' if it.get('grp') else ''}, {it['starttime']}-"
                                  f"{it['endtime']} (R1, R2: A.3 Day, Lesson item)", **fact)
                for hw in it["homework"].values():
                    if date in HOMEWORK_DAYS:
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date} (R4: A.3 "
                                        "Lesson item homework)", student={"student": pupil}, subject=it["name"],
                            text=hw["value"], date=date)
            for subject, num in sorted(seen_lessons.get((pupil, date), set()) - live):
                if subject in live_subjects:
                    add("no_lesson", f"{src}: the latest answer for {date} has no «{subject}» at number {num}, "
                                     "which an earlier pull showed; the subject is elsewhere that day (R1: A.3 Day, "
                                     "each listed day is whole)", student={"student": pupil}, date=date,
                        subject=subject, number=num)
                elif not any(f["kind"] == "no_lesson" and f["student"]["student"] == pupil and f["date"] == date
                             and f["subject"] == subject and "number" not in f for f in facts):
                    add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» at all, which an "
                                     "earlier pull showed (R1: A.3 Day, each listed day is whole)",
                        student={"student": pupil}, date=date, subject=subject)
            # R2: the other subgroup's lesson in a slot of this pupil's subgroup
            for it in items:
                if not it.get("grp") or date not in LESSON_DAYS:
                    continue
                others = {(o_it["name"], int(o_it["num"])) for (p, d), o_day in day_state.items()
                          if d == date and p != pupil and o_day
                          for o_it in o_day["items"].values() if o_it.get("grp") and o_it["grp"] != it["grp"]
                          and o_it["num"] == it["num"]}
                for subject, num in sorted(others):
                    if (subject, num) not in live:
                        add("no_lesson", f"{src}: at number {num} on {date} the pupil's «{it['grp']}» has "
                                         f"«{it['name']}»; «{subject}» there is the other subgroup's (R2: A.3 Lesson "
                                         "item grp)", student={"student": pupil}, date=date, subject=subject,
                            number=num)
            # R3 marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R3: A.3 "
                                      "Absence pseudo-mark)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m.get("weight_float", m["weight"]), counts=bool(m["count"]))
                if m["work"]:
                    fact["work_type"] = m["work"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight "
                            f"{m.get('weight_float', m['weight'])} (R3: A.3 Assessment; the latest pull covering "
                            "the day wins)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) lacks it (R3: A.3 Assessment, a mark is its lesson "
                                           "and nm)", student={"student": pupil}, date=date, subject=subject,
                                value=value)
    # R4 tasks gone, and the other subgroup's tasks
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for pupil in pupils:
        for subject, text in sorted(seen_tasks.get(pupil, set())):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» was shown to {pupil} by an earlier pull; no latest answer of his "
                                   "days lists it (R4: A.3 Day, homework)", student={"student": pupil},
                    subject=subject, text=text)
        mine = {it["grp"] for (p, _), day in day_state.items() if p == pupil and day
                for it in day["items"].values() if it.get("grp")}
        for grp in sorted(set(group_tasks) - mine):
            for subject, text in sorted(group_tasks[grp]):
                if text.endswith(("- к 06.09", "- к 10.09", "- к 13.09")):
                    add("no_homework", f"task «{text}» is set for «{grp}», not the pupil's subgroup {sorted(mine)} "
                                       "(R2, R4: A.3 Lesson item grp, homework)", student={"student": pupil},
                        subject=subject, text=text)
    # R5 final marks
    for pupil in sorted(finals):
        body, src = finals[pupil]
        for entry in body["items"]:
            for a in entry["assessments"]:
                fact = dict(student={"student": pupil}, subject=entry["name"], period=a["period"], value=a["value"])
                add("final_mark", f"{src}: «{entry['name']}» period '{a['period']}' value '{a['value']}'"
                                  f"{' «' + a['comment'] + '»' if a['comment'] else ''} (R5: A.3 Final assessment)",
                    **fact)
    # R8 vendor averages
    for pupil, subject, average, src in averages:
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R8: A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
