"""Derive facts.json of elzhur_46 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A (sections in brackets):
* every answer is the journal as of its ``pulled_at`` (all stamped +03:00, the school's zone); answers are replayed
  in the order of their instants, the latest answer covering a day wins (A.1: an answer is the vendor's state);
* a getdiary over ``days=A-B`` holds every day of the range whole (A.3 Day: ``items`` and ``items_extday`` are the
  day's lessons for that pupil): a day it does not list has no lessons for him; so a pupil's diary is what his own
  answer lists, not what his class has (A.2 getdiary is per ``student``): the home-schooled pupil sees his
  individual lessons and the two class lessons he attends, the family-education pupil only his attestations, the
  special-medical-group pupil her СМГ PE and not the class's; a lesson one pupil's answer lists and another's does
  not is no lesson of the other (``no_lesson`` by subject and number);
* a lesson item's ``grp`` is the subgroup the lesson is for (A.3 Lesson item ``grp``), shown as the lesson's group;
* ``items_extday`` entries are extra-curricular lessons of the day with ``name``, ``teacher``, ``grp``, ``topic`` and
  times (A.3 Day); they carry no number, so their facts state none;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary or
  getmarks, A.2) says which marks the day holds; the value is shown as sent (``осв``, ``зч``, ``нз``: A.6, school
  text), and whether it counts is its ``count`` (A.3 Assessment, A.6: ``осв``/``зч``/``нз`` ``count: false``);
  ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark); a pupil whose lesson holds «осв» and no
  absence pseudo-mark is present (exempt is not absent, A.6), and an «н» an earlier answer showed and the latest
  lacks is gone;
* a task is its id on the lesson that lists it (A.3 Lesson item ``homework``): a pupil sees the tasks of the lessons
  his own answers list; ``individual: true`` tasks are his alone (A.3 ``individual``), so no classmate sees them,
  and a task his earlier answer showed on a lesson that left his diary is no longer his;
* getfinalassessments ``items[].assessments[]`` are the pupil's period marks by ``period`` (a getperiods ``name``),
  shown as sent: ``осв``, ``зч`` (A.3 Final assessment, A.5 E4);
* getmarks ``average`` is the journal's own average, stated without a period: the request's ``days``
  (14-27 Dec) are not a period of getperiods (A.3 SubjectMarks); an empty ``""`` states none;
* getrules ``relations.students`` are the parent's children, ``relations.groups`` the class teacher; getperiods
  the periods with their dates (A.3 getrules, Period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
NO_LESSON_SLOTS = {1, 6}  # negative lesson facts about the class's own lessons (numbers 1..6): the 1st and the 6th (PE)
NO_TASK_SLOTS = {1}  # negative task facts about the class's own lessons: the 1st lesson's tasks only


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


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


def lessons_of(day: dict | None) -> list[dict]:
    """The day's lessons: numbered items, then the extra-curricular ones (num None)."""
    if not day:
        return []
    items = sorted(day.get("items", {}).values(), key=lambda x: int(x["num"]))
    extra = [dict(e, num=None) for e in day.get("items_extday", [])]
    return items + extra


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> {(subject, num)} ever shown
    seen_tasks: dict[str, set] = {}  # pupil -> {(subject, text)} ever shown
    task_slot: dict[tuple[str, str], str] = {}  # (subject, text) -> the number of the lesson that listed it
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules, periods, averages, finals = [], {}, [], []
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
                for it in lessons_of(day):
                    seen_lessons.setdefault((pupil, date), set()).add((it["name"], it["num"]))
                    hws = it["homework"].values() if isinstance(it["homework"], dict) else []
                    for hw in hws:
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                        task_slot[(it["name"], hw["value"])] = it["num"]
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
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
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getfinalassessments"):
            pupil = request.split("student=")[1].split("&")[0]
            for it in result["students"][pupil]["items"]:
                for a in it["assessments"]:
                    finals.append((pupil, it["name"], a, src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

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
    latest_items = {(p, d): lessons_of(day_state[(p, d)]) for p in pupils for d in dates}
    current_tasks = {p: set() for p in pupils}
    for (p, d), items in latest_items.items():
        for it in items:
            if isinstance(it["homework"], dict):
                current_tasks[p] |= {(it["name"], hw["value"]) for hw in it["homework"].values()}
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = latest_items[(pupil, date)]
            has = {(it["name"], it["num"]) for it in items}
            subjects = {it["name"] for it in items}
            weekday = dt.date.fromisoformat(date).weekday()
            for it in items:
                special = bool(it.get("grp")) or it["num"] is None or it["name"] == "Физическая культура" \
                    or (it["num"] == "1" and weekday == 0) or (pupil == "46902" and weekday == 1)
                if not special:
                    continue
                fields = dict(student={"student": pupil}, date=date, subject=it["name"], topic=it["topic"],
                              teacher=it["teacher"], starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                if it["num"] is not None:
                    fields.update(number=int(it["num"]), room=it["room"])
                if it.get("grp"):
                    fields["group_label"] = it["grp"]
                where = f"item {it['num']}" if it["num"] is not None else "items_extday"
                add("lesson", f"{src}: day {date} {where} «{it['name']}»{' grp «' + it['grp'] + '»' if it.get('grp') else ''}"
                              f", {it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)", **fields)
                if it["num"] is not None and (it.get("grp") or (it["num"] == "1" and weekday == 0) or (pupil == "46902" and weekday == 1)):
                    for hw in it["homework"].values():
                        add("homework", f"{src}: task {hw['id']} (individual {hw['individual']}) on the «{it['name']}»"
                                        f" lesson of {date} (A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date)
            # lessons another pupil's latest answer lists that day, or this pupil's earlier answer did
            others = {(it["name"], it["num"]) for p in pupils if p != pupil for it in latest_items[(p, date)]}
            mine_before = seen_lessons.get((pupil, date), set())
            for subject, num in sorted((others | mine_before) - has, key=lambda x: (x[1] is None, x[1] or "", x[0])):
                if num is None and subject in subjects:
                    continue
                if num is not None and int(num) <= 6 and int(num) not in NO_LESSON_SLOTS:
                    continue
                lacking = [p for p in pupils if (subject, num) not in
                           {(it["name"], it["num"]) for it in latest_items[(p, date)]}]
                if (subject, num) not in mine_before and pupil not in (lacking[0], lacking[-1]):
                    continue  # a lesson of others: checked for the first and the last pupil lacking it
                why = "his own earlier answer listed it" if (subject, num) in mine_before else \
                    "a classmate's answer lists it, his own does not"
                fields = dict(student={"student": pupil}, date=date, subject=subject)
                if num is not None:
                    fields["number"] = int(num)
                add("no_lesson", f"{src}: the pupil's latest answer for {date} lists no «{subject}»"
                                 f"{' #' + num if num else ' (extra-curricular)'}; {why} (A.2 getdiary per student, "
                                 "A.3 Day: the day's items are whole)", **fields)
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
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' count {m['count']} "
                            f"weight {m['weight']} (A.3 Assessment, A.6; the latest pull covering the day wins)", **fact)
            if any(m["value"] == "осв" for m in marks) and not any(m["value"] in ABSENCE for m in marks):
                for subject in sorted({m["subject"] for m in marks if m["value"] == "осв"}):
                    add("attendance", f"{msrc}: «{subject}» holds «осв» and no absence pseudo-mark: exempt is not "
                                      "absent (A.6 `осв` exempt; A.3 Absence is `н`/`оп` only)",
                        student={"student": pupil}, date=date, subject=subject, meaning="present")
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) lacks it (A.3 Assessment: a mark is its lesson and nm)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
    for pupil in pupils:
        for subject, text in sorted(seen_tasks.get(pupil, set()) - current_tasks[pupil]):
            if int(task_slot[(subject, text)]) not in NO_TASK_SLOTS:
                continue
            add("no_homework", f"task «{text}» was shown by an earlier answer of {pupil}; no latest answer of his "
                               "days lists it (its lesson left his diary; A.3 Day, Lesson item homework)",
                student={"student": pupil}, subject=subject, text=text)
    # individual tasks and group tasks are not the classmates'
    group_tasks = {}
    for (p, d), items in latest_items.items():
        for it in items:
            if it.get("grp") and isinstance(it["homework"], dict):
                for hw in it["homework"].values():
                    group_tasks[(it["name"], hw["value"])] = (it["grp"], hw["individual"], p)
    for (subject, text), (grp, individual, owner) in sorted(group_tasks.items()):
        outside = [p for p in pupils if (subject, text) not in current_tasks[p] | seen_tasks.get(p, set())]
        for pupil in dict.fromkeys([outside[0], outside[-1]]):  # the first and the last pupil outside its group
            add("no_homework", f"task «{text}» is on a «{grp}» lesson (individual {individual}) that only "
                               f"{owner}'s{' and its group' if not individual else ''} answers list; {pupil}'s answers "
                               "never list it (A.3 Lesson item `homework` `individual`, `grp`)",
                student={"student": pupil}, subject=subject, text=text)
    for pupil, subject, a, src in finals:
        fact = dict(student={"student": pupil}, subject=subject, period=a["period"], value=a["value"])
        add("final_mark", f"{src}: «{subject}» period {a['period']} value '{a['value']}'"
                          f"{' comment «' + a['comment'] + '»' if a['comment'] else ''} (A.3 Final assessment, A.5 E4)",
            **fact)
    for pupil, subject, average, src in averages:
        add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
