"""Derive facts.json of elzhur_74 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at`` (all stamped +03:00, the school's zone), so the answers are
  replayed in the order of their pull instants, whatever the order they were pushed in;
* a getdiary over ``days=A-B`` is the pupil's diary for every day of the range (A.2 getdiary by ``student``; A.3 Day:
  a day's ``items`` are its lessons): a day it lists is that day as of the pull, and the latest pull of a day decides
  which lessons, groups (``grp``, A.3 Lesson item), tasks and marks the pupil has that day; a day with
  ``alert: "vacation"`` is a holiday named ``holiday_name``;
* a pupil's diary shows the lessons of the group he is in that day: a lesson of the other subgroup (another
  ``lesson_id``, another ``grp``) that his classmates' diaries list is not his (A.3 Lesson item ``grp``,
  ``lesson_id``), and neither is a lesson an earlier pull of his own day listed and the latest does not;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest getdiary or getmarks covering its day
  (A.2) says which marks the day holds; ``н`` is attendance, not a mark (A.3 Absence pseudo-mark);
* a task is its id on the lesson that lists it (A.3 ``homework``; gethomework, A.2): the latest answer listing
  its day decides;
* getrules (A.3): ``relations.students`` are the parent's children, ``relations.groups[...].hometeacher_name`` the
  class teacher, the latest pull winning; getperiods (A.3 Period) and getfinalassessments (A.3 Final assessment):
  the latest answer of the pupil.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT_SUBJECTS = {"Английский язык", "Информатика"}
LESSON_DAYS = {"8А": ["2026-12-21", "2027-01-11", "2027-01-18", "2027-01-28"],
               "8Б": ["2026-12-22", "2027-01-12", "2027-01-22", "2027-01-26"]}
MOVER, MOVER_DAYS = "74103", ["2027-01-19", "2027-01-20", "2027-01-21"]


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


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


def items_of(day) -> list[dict]:
    items = (day or {}).get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state, day_src = {}, {}  # (pupil, date) -> latest getdiary day (None: not listed)
    seen_days: dict[tuple[str, str], list] = {}  # (pupil, date) -> every getdiary day listed, in pull order
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    hw_state: dict[tuple[str, str], tuple[str, set]] = {}  # (pupil, date) -> tasks (subject, text)
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_tasks: dict[str, set] = {}  # pupil -> (subject, text) ever shown to him
    rules, periods, finals, seen_finals = {}, {}, {}, {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules[result["id"]] = (result, src)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], src)
        elif request.startswith("getfinalassessments"):
            pupil = param(request, "student")
            finals[pupil] = (result["students"][pupil]["items"], src)
            for it in result["students"][pupil]["items"]:
                for a in it["assessments"]:
                    seen_finals.setdefault((pupil, it["name"], a["period"]), set()).add(a["value"])
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                seen_days.setdefault((pupil, date), []).append(day)
                marks, tasks = [], set()
                for it in items_of(day):
                    for hw in it["homework"].values():
                        tasks.add((it["name"], hw["value"]))
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
                hw_state[(pupil, date)] = (src, tasks)
                seen_tasks.setdefault(pupil, set()).update(tasks)
        elif request.startswith("gethomework"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                tasks = {(it["name"], hw["value"]) for it in items_of(listed.get(date.replace("-", "")))
                         for hw in it["homework"].values()}
                hw_state[(pupil, date)] = (src, tasks)
                seen_tasks.setdefault(pupil, set()).update(tasks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **fields, "why": why})

    # parents, class teachers, periods (A.3 getrules, Period)
    teachers = {}
    for parent in sorted(rules):
        result, src = rules[parent]
        kids = sorted(result["relations"]["students"])
        add("children", f"{src}: relations.students {kids} (A.3 getrules; the latest getrules of the parent)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for parent, (result, src) in sorted(rules.items(), key=lambda x: x[1][1]):
        for cls, g in result["relations"]["groups"].items():
            teachers[cls] = (g["hometeacher_name"], src)
    latest_teacher = {}
    for parent, (result, src) in rules.items():
        for cls, g in result["relations"]["groups"].items():
            stamp = src.split("pulled ")[1]
            if cls not in latest_teacher or instant(stamp[:-1]) > instant(latest_teacher[cls][1]):
                latest_teacher[cls] = (g["hometeacher_name"], stamp[:-1], src)
    for cls in sorted(latest_teacher):
        name, _, src = latest_teacher[cls]
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name, the latest pull naming the class "
                             "(A.3 getrules)", teacher=name, **{"class": {"class": cls}})
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["start"]:
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})

    def class_days(pupil: str) -> list[str]:
        """The lesson-fact days of the class the pupil's latest diary shows him in on each of them."""
        out = []
        for cls, dates in LESSON_DAYS.items():
            for date in dates:
                items = items_of(day_state.get((pupil, date)))
                ids = {it["lesson_id"] for it in items}
                if ids and any(ids & {it["lesson_id"] for it in items_of(day_state.get((q, date)))}
                               for q in pupils if q != pupil and class_key(q) == cls):
                    out.append(date)
        return sorted(set(out))

    def class_key(pupil: str) -> str:
        return "8А" if pupil.startswith("741") and pupil != MOVER else ("8Б" if pupil.startswith("742") else "?")

    # holidays (A.3 Day alert/holiday_name)
    for pupil in pupils:
        for date in ("2026-12-28",):
            day = day_state[(pupil, date)]
            if day and day.get("alert") == "vacation":
                add("holiday", f"{day_src[(pupil, date)]}: day {date} alert 'vacation', holiday_name "
                               f"«{day['holiday_name']}» (A.3 Day)", student={"student": pupil}, date=date,
                    name=day["holiday_name"], once=True)
        for date in ("2027-01-11",):
            day = day_state[(pupil, date)]
            if day and not day.get("alert"):
                add("no_holiday", f"{day_src[(pupil, date)]}: {date} listed with lessons and no alert (A.3 Day: "
                                  "`alert` is the only sign of a day off); the winter break is 28 Dec - 8 Jan",
                    student={"student": pupil}, date=date, name="Зимние каникулы")
    for cls, pupil in (("8А", "74101"), ("8Б", "74201")):
        day = day_state[(pupil, "2026-12-30")]
        add("holiday", f"every {cls} pupil's latest getdiary: 2026-12-30 alert 'vacation' «{day['holiday_name']}» "
                       "(A.3 Day)", group={"class": cls}, date="2026-12-30", name=day["holiday_name"], once=True)

    # lessons, other groups' lessons, tasks
    all_current = {}  # (date, lesson_id) -> item, from every pupil's latest day
    for (pupil, date), day in day_state.items():
        for it in items_of(day):
            all_current[(date, it["lesson_id"])] = it
    current_tasks = {p: set() for p in pupils}
    for (pupil, date), (_, tasks) in hw_state.items():
        current_tasks[pupil] |= tasks
    for pupil in pupils:
        dates = class_days(pupil) + (MOVER_DAYS + ["2027-01-22"] if pupil == MOVER else [])
        for date in sorted(set(dates)):
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted(items_of(day), key=lambda x: int(x["num"]))
            mine = {(it["name"], int(it["num"])) for it in items}
            mine_subjects = {it["name"] for it in items}
            for it in items:
                whole_class_check = it["num"] == "1" and date in ("2027-01-18", "2027-01-22")
                if it.get("grp") or (pupil == MOVER and date in MOVER_DAYS) or whole_class_check:
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    fact["group_label"] = it.get("grp")  # None: a whole-class lesson (no `grp`)
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» {it.get('grp') or 'whole class'}"
                                  f", lesson {it['lesson_id']}, {it['teacher']} (A.3 Day, Lesson item `grp`; the "
                                  "latest pull of the day)", **fact)
                if it["name"] == "Английский язык" or (it["name"] in SPLIT_SUBJECTS and date == "2027-01-22"):
                    for _, text in sorted(t for t in hw_state[(pupil, date)][1] if t[0] == it["name"]):
                        add("homework", f"{hw_state[(pupil, date)][0]}: task on the «{it['name']}» {it.get('grp')} "
                                        f"lesson of {date} (A.3 Lesson item homework; gethomework A.2)",
                            student={"student": pupil}, subject=it["name"], text=text, date=date)
            # lessons he does not have that day: the other subgroup's (his classmates list them), his earlier pulls'
            others = {}
            for q in pupils:
                q_items = items_of(day_state.get((q, date)))
                if q != pupil and {x["lesson_id"] for x in q_items} & {x["lesson_id"] for x in items}:
                    for x in q_items:
                        others[(x["name"], int(x["num"]))] = (x, f"pupil {q}'s latest diary lists it ({x.get('grp')})")
            for earlier in seen_days.get((pupil, date), [])[:-1]:
                for x in items_of(earlier):
                    others.setdefault((x["name"], int(x["num"])), (x, "an earlier pull of his own day listed it"))
            stated = set()
            for (subject, num), (x, how) in sorted(others.items()):
                if (subject, num) in mine or (subject, num if subject in mine_subjects else None) in stated:
                    continue
                stated.add((subject, num if subject in mine_subjects else None))
                fact = dict(student={"student": pupil}, date=date, subject=subject)
                if subject in mine_subjects:
                    fact["number"] = num
                add("no_lesson", f"{src}: his latest day {date} has no «{subject}» at lesson {num} (lesson "
                                 f"{x['lesson_id']}, {x.get('grp') or 'whole class'}: {how}); a pupil sees the "
                                 "lessons of his own group and class that day (A.3 Lesson item `grp`, A.2 getdiary "
                                 "by student, A.3 Day)", **fact)
        # tasks he must not see: the other subgroup's on his class days, and tasks an earlier pull showed him
        banned = set()
        for date in dates:
            for q in pupils:
                if q == pupil:
                    continue
                for subject, text in hw_state.get((q, date), ("", set()))[1]:
                    if subject == "Английский язык" and (subject, text) not in current_tasks[pupil]:
                        if {x["lesson_id"] for x in items_of(day_state.get((q, date)))} & {
                                x["lesson_id"] for x in items_of(day_state.get((pupil, date)))}:
                            banned.add((subject, text, f"a classmate's ({q}) task of {date}, another subgroup"))
        for subject, text in seen_tasks.get(pupil, set()):
            if (subject, text) not in current_tasks[pupil]:
                banned.add((subject, text, "shown by an earlier pull of his own; no latest answer lists it"))
        done = set()
        for subject, text, how in sorted(banned):
            if (subject, text) in done:
                continue
            done.add((subject, text))
            add("no_homework", f"«{text}»: {how} (A.3 Lesson item homework keyed by id, the latest answer of a day "
                               "decides; gethomework A.2)", student={"student": pupil}, subject=subject, text=text)

    # marks and attendance (A.3 Assessment, Absence pseudo-mark)
    for pupil in pupils:
        for (p, date), (msrc, marks) in sorted(mark_state.items()):
            if p != pupil:
                continue
            nums = {it["lesson_id"]: int(it["num"]) for it in items_of(day_state.get((pupil, date)))}
            for m in marks:
                if m["value"] == "н":
                    add("attendance", f"{msrc}: pseudo-mark 'н' at lesson {m['lesson_id']} (A.3 Absence pseudo-mark)",
                        student={"student": pupil}, date=date, subject=m["subject"], code="н", meaning="absent")
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m.get("weight_float", m["weight"]), counts=bool(m["count"]), work_type=m["work"])
                if m["lesson_id"] in nums:
                    fact["number"] = nums[m["lesson_id"]]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']} "
                            "(A.3 Assessment; the latest pull covering the day wins)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (q, d, subject), values in sorted(seen_marks.items()):
                if q == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) in shown:
                            continue
                        if value == "н":
                            add("attendance", f"'н' in «{subject}» on {date} was shown by an earlier pull; the latest "
                                              f"({msrc}) lists none: present (A.3 Absence pseudo-mark; each day whole)",
                                student={"student": pupil}, date=date, subject=subject, meaning="present")
                        else:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the "
                                           f"latest ({msrc}) does not list it (A.3 Assessment: a mark is its lesson "
                                           "and nm)", student={"student": pupil}, date=date, subject=subject,
                                value=value)

    # final marks of the first half-year (A.3 Final assessment; periods by short name)
    for pupil in sorted(finals):
        items, src = finals[pupil]
        for it in items:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}' (A.3 Final "
                                  "assessment; kept after the groups and the class changed)",
                    student={"student": pupil}, subject=it["name"], period=a["period"], value=a["value"])
                for old in sorted(seen_finals[(pupil, it["name"], a["period"])] - {a["value"]}):
                    add("no_final_mark", f"'{old}' was the earlier answer's; {src} gives '{a['value']}' (A.3 Final "
                                         "assessment: one per subject and period)", student={"student": pupil},
                        subject=it["name"], period=a["period"], value=old)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
