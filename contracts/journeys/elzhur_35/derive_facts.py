"""Derives facts.json from journey.json (standard library only, deterministic; never imports the hub).

Source of truth: shared/reference/elzhur_mesh.md, Part A. The hub's README is used only for what it promises a reader
(the read API, the school year of a summer date). Rules:

* R0 pull order: every answer is the vendor's state when it was pulled (`pulled_at`); answers are applied in pull
  order, whatever order they were delivered in (step 09 delivers a June answer in September). The school year of a
  date is the calendar year of the September it follows: June, July and August belong to the year just ended
  (A.5 E1 and this school's periods begin on 1 September; hub README "in summer the one just ended").
* R1 children: a parent's latest getrules lists exactly their children (`relations.students`, A.3 getrules).
* R2 class teacher: `relations.groups[<class>].hometeacher_name` of the latest getrules naming that class (A.3
  getrules); 8А is the class of 2025/26, 9А of 2026/27 (a class is one class per school year, A.4).
* R3 periods: the latest getperiods of a pupil for a school year lists that pupil's columns of that year (A.2
  `student`, A.3 Period, A.5 E1): each dated period by its `fullname` from `start` to `end`; the `ambigious` exam
  column `Э` without dates (A.3: "an ambiguous period that has no dates"). The year column `Г` is `ambigious` too,
  but what dates a reader sees for it is not said by the reference: no fact. A getperiods of 2026/27 never removes
  a column of 2025/26 (getperiods has no `days`, A.2: it answers the current year only).
* R4 no column of another year: a pupil whom no answer about 2025/26 names (her first getrules is of 2026/27) has no
  column that only 2025/26's getperiods hold (8А's exam column `Экзамен` / `Э`; 9А's periods have none) (A.3
  Period, A.4).
* R5 lessons: the latest getdiary of a pupil and day lists that day's lessons (A.3 Day, Lesson item; `items` as an
  object or an array). Each lesson (by `lesson_id`) is stated once, in the diary of the first pupil (by id) who has
  it, with its number, topic, teacher, room and `starttime`/`endtime` (rings); and every lesson of a pupil whose
  first class is of 2026/27 (she sees her new class from her first day). A lesson with a `grp` is his alone (A.3
  `grp` subgroup): the retakes of 10 June and 26 August, held for one pupil on vacation days, are lessons of his
  diary (A.3 Day: `alert` and `items` are separate fields) and of no classmate's (`no_lesson`), nor of the new
  pupil's.
* R6 marks: a mark is (pupil, `lesson_id`, `nm`) (A.3 Assessment, A.4 ids); the latest pull that states it wins,
  from getdiary or getmarks. It is shown on its lesson's day (the getdiary day that lists its lesson), else on its
  own `date` (A.3 SubjectMarks `date`), with `value` as sent, weight `weight_float` else `weight`, `count`, the work
  type (`control_type` / `mtype.type`) and a non-empty `comment`. Marks dated in June and August (the retakes, the
  reserve-day exam) are shown on those days: getmarks selects by the marks' own dates (A.3) and `days` covering the
  summer brings them.
* R7 absences: `н` / `оп` with `count` false, `convert` 0 are attendance (absent / late), never marks (A.3 Absence
  pseudo-mark, A.6): an attendance fact where a getdiary lists the lesson, and a `no_mark` always.
* R8 homework: a lesson's `homework` values, at the lesson's day (A.3 Lesson item), stated for the pupils R5 states
  the lesson for; a pupil first seen in 2026/27 sees none of 8А's homework of 2025/26 (`no_homework`).
* R9 holidays: a getdiary day with `alert: "vacation"` is a holiday named `holiday_name` in that pupil's diary
  (A.3 Day, A.5 E2): stated for the first and last day of each answer and every vacation day that holds a lesson.
  Not on 1 September (a school day of 9А in the same pupils' diaries), not for the new pupil during 8А's summer.
* R10 finals: getfinalassessments is a pupil's whole list of final marks for one school year (A.3 Final assessment):
  the year of `days` when the request has it (A.2 "some add `days`"), else the year of its pull (R0). Per pupil and
  year the latest pull is the state, so the year mark changed in August stands even though the June answer arrives
  after it, and this year's empty answers (with or without `days`) leave 2025/26 alone. Cells with an empty
  `value` give no fact. Each cell is named by its `period` (`Г`, `Э`, `IV`...; A.3: Period.name) with `value` as
  text. Stated: every cell of the pupil with the academic debt, the `Г` and `Э` cells of every pupil, and every
  cell whose value changed between a pupil's answers.
* R11 a final is not a diary mark: a year mark changed in the summer is not a mark of its subject on the day the
  answer was pulled (A.3: finals come from their own method, not as Assessments of a lesson).
* R12 the journal's averages: a non-empty getmarks `average` as sent, of the latest pull of that request (A.3
  SubjectMarks `average` string), in the pupil's period whose `start`..`end` equal the request's `days`. An average
  over another span (the whole year with its summer) names no period; it is stated only where no period average
  of that pupil and subject has the same value (else the fact could not tell them apart).
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def number(x):
    f = float(x)
    return int(f) if f == int(f) else f


def school_year(day):
    """'YYYY-MM-DD...' or 'YYYYMMDD' -> the calendar year its school year starts in (R0: summer is the year just
    ended)."""
    d = day.replace("-", "")
    return int(d[:4]) - (1 if int(d[4:6]) < 9 else 0)


def as_list(x):
    return list(x.values()) if isinstance(x, dict) else list(x)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                records.append((rec["pulled_at"], len(records), step["name"][:2], rec))
    ordered = sorted(records, key=lambda r: (r[0], r[1]))  # R0: pull order; arrival order breaks ties

    parents, teachers, years_seen = {}, {}, {}
    periods = {}  # (pupil, year) -> (periods, where)
    diary = {}  # (pupil, day) -> (day object, where)
    marks = {}  # (pupil, lesson id, nm) -> (subject, assessment, where)
    averages = {}  # (pupil, first, last, subject) -> (value, where)
    finals = {}  # (pupil, year) -> [(items, where)] in pull order
    for pulled, _, step, rec in ordered:
        method, _, query = rec["request"].partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = rec["body"]["response"]["result"]
        where = f"step {step} `{method}" + (f"?student={params['student']}" if "student" in params else "") + (
            f"&days={params['days']}" if "days" in params else "") + f"` (pulled {pulled})"
        if method == "getrules":
            parents[result["id"]] = (sorted(result["relations"]["students"]), where)
            for sid in result["relations"]["students"]:
                years_seen.setdefault(sid, set()).add(school_year(pulled[:10]))
            for cls, g in result["relations"]["groups"].items():
                teachers[cls] = (g["hometeacher_name"], where)
        elif method == "getperiods":
            for st in as_list(result["students"]):
                dated = [p for p in st["periods"] if p["start"]]
                periods[(st["name"], school_year(dated[0]["start"]))] = (st["periods"], where)
        elif method == "getdiary":
            for st in as_list(result["students"]):
                sid = st["name"]
                for day in as_list(st["days"]):
                    years_seen.setdefault(sid, set()).add(school_year(day["name"]))
                    diary[(sid, day["name"])] = (day, where)
                    for item in as_list(day["items"]):
                        for a in item["assessments"]:
                            marks[(sid, a["lesson_id"], a["nm"])] = (item["name"], dict(
                                a, work=a.get("control_type") or ""), where)
        elif method == "getmarks":
            first, last = params["days"].split("-")
            for st in as_list(result["students"]):
                sid = st["name"]
                for subj in st["lessons"]:
                    for a in subj["marks"]:
                        years_seen.setdefault(sid, set()).add(school_year(a["date"]))
                        marks[(sid, a["lesson_id"], a["nm"])] = (subj["name"], dict(
                            a, work=(a.get("mtype") or {}).get("type") or ""), where)
                    averages[(sid, first, last, subj["name"])] = (subj["average"], where)
        elif method == "getfinalassessments":
            year = school_year(params["days"]) if "days" in params else school_year(pulled[:10])
            for st in as_list(result["students"]):
                finals.setdefault((st["name"], year), []).append((st["items"], where))

    facts = []

    def add(kind, why, **fields):
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:02d}", "kind": kind, **fields, "why": why})

    new_pupils = sorted(sid for sid, ys in years_seen.items() if min(ys) >= 2026)
    old_pupils = sorted(sid for sid, ys in years_seen.items() if 2025 in ys)

    # R1, R2
    for parent, (kids, where) in sorted(parents.items()):
        add("children", f"R1: {where}: relations.students of parent {parent}'s latest getrules (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (teacher, where) in sorted(teachers.items()):
        add("class_teacher", f"R2: {where}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (A.3 getrules)",
            **{"class": {"class": cls}}, teacher=teacher)

    # R3, R4
    only_2025 = set()
    for (sid, year), (ps, where) in sorted(periods.items()):
        for p in ps:
            if p["start"]:
                add("period", f"R3: {where}: period {p['name']!r} fullname {p['fullname']!r} {p['start']}-{p['end']}: "
                              f"a {year}/{year + 1} column of this pupil (A.3 Period, A.5 E1)",
                    student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
            elif p["ambigious"] and p["name"] != "Г":
                add("period", f"R3: {where}: period {p['name']!r} fullname {p['fullname']!r} is `ambigious` with empty "
                              f"start/end: the {year}/{year + 1} exam column, without dates (A.3 Period, A.4)",
                    student={"student": sid}, name=p["fullname"], starts_on=None, ends_on=None)
    names = {y: {(p["name"], p["fullname"]) for (s, yy), (ps, _) in periods.items() if yy == y for p in ps}
             for y in (2025, 2026)}
    only_2025 = sorted({n for pair in names[2025] - names[2026] for n in pair})
    for sid in new_pupils:
        for name in only_2025:
            add("no_period", f"R4: pupil {sid} appears first in 2026/27 (her getrules of September); {name!r} is a "
                             f"column only 8А's getperiods of 2025/26 hold (A.3 Period, A.4)",
                student={"student": sid}, name=name)

    # R5, R8, R9
    lesson_day, first_holder, by_lesson = {}, {}, {}
    for (sid, day), (d, where) in sorted(diary.items()):
        for item in as_list(d["items"]):
            lesson_day[item["lesson_id"]] = day
            by_lesson.setdefault(item["lesson_id"], []).append((sid, day, item, where))
    stated = set()
    for lid, holders in sorted(by_lesson.items(), key=lambda kv: (lesson_day[kv[0]], kv[0])):
        chosen = [holders[0]] + [h for h in holders[1:] if h[0] in new_pupils]
        for sid, day, item, where in chosen:
            if (sid, lid) in stated:
                continue
            stated.add((sid, lid))
            extra = {"starts_at": item["starttime"][:5], "ends_at": item["endtime"][:5]}
            add("lesson", f"R5: {where}, day {day}, lesson {lid}: num {item['num']}, {item['name']!r}, topic, teacher, "
                          f"room, starttime/endtime (A.3 Lesson item, A.5 E2)"
                          + (f"; grp {item['grp']!r}, on a vacation day (A.3 Day, grp)" if item.get("grp") else ""),
                student={"student": sid}, date=iso(day), subject=item["name"], number=int(item["num"]),
                topic=item["topic"], teacher=item["teacher"], room=item["room"], **extra)
            for hw in item["homework"].values():
                add("homework", f"R8: {where}, day {day}, lesson {lid}: homework {hw['id']} value (A.3 Lesson item "
                                f"homework)", student={"student": sid}, date=iso(day), subject=item["name"],
                    text=hw["value"])
        grp = [h for h in holders if h[2].get("grp")]
        if grp:
            own = {h[0] for h in holders}
            for sid in sorted(set(old_pupils + new_pupils) - own):
                add("no_lesson", f"R5: lesson {lid} ({grp[0][2]['name']}, {iso(lesson_day[lid])}) has grp "
                                 f"{grp[0][2]['grp']!r}: only {sorted(own)}'s own diary holds it (A.3 grp); no "
                                 f"lesson of that subject that day for {sid}",
                    student={"student": sid}, date=iso(lesson_day[lid]), subject=grp[0][2]["name"])
    old_control = sorted((day, item["name"], item["homework"]) for (sid, day), (d, _) in diary.items()
                         if school_year(day) == 2025 for item in as_list(d["items"]) if not item.get("grp"))
    seen = set()
    for sid in new_pupils:
        for day, subject, hws in old_control:
            for hw in hws.values():
                if (sid, hw["value"]) not in seen:
                    seen.add((sid, hw["value"]))
                    add("no_homework", f"R8: homework {hw['id']} was set to 8А on {iso(day)} (2025/26); pupil {sid} "
                                       f"appears first in 9А of 2026/27 (A.3 Lesson item homework, getrules class)",
                        student={"student": sid}, subject=subject, text=hw["value"])
        for (s, day), (d, where) in sorted(diary.items()):
            if school_year(day) == 2025 and any(i.get("is_control") and not i.get("grp") for i in as_list(d["items"])):
                for item in as_list(d["items"]):
                    if item.get("is_control") and (sid, day, item["name"]) not in seen:
                        seen.add((sid, day, item["name"]))
                        add("no_lesson", f"R5: {where}: 8А's control lesson {item['lesson_id']} of 2025/26; pupil "
                                         f"{sid} appears first in 9А of 2026/27 (A.3 getrules class, A.4)",
                            student={"student": sid}, date=iso(day), subject=item["name"])

    runs = {}
    for (sid, day), (d, where) in sorted(diary.items()):
        if d.get("alert") == "vacation":
            runs.setdefault((sid, where, d["holiday_name"]), []).append((day, bool(as_list(d["items"]))))
    holiday_names = set()
    for (sid, where, name), run in sorted(runs.items()):
        holiday_names.add(name)
        for day, busy in run:
            if day in (run[0][0], run[-1][0]) or busy:
                add("holiday", f"R9: {where}, day {day}: alert \"vacation\", holiday_name {name!r}"
                               + (" (the day also holds the retake lesson)" if busy else "") + " (A.3 Day, A.5 E2)",
                    student={"student": sid}, date=iso(day), name=name, once=True)
    for name in sorted(holiday_names):
        for (sid, day), (d, where) in sorted(diary.items()):
            if not d.get("alert") and day.endswith("0901"):
                add("no_holiday", f"R9: {where}, day {day} holds 9А's lessons: the first school day of 2026/27, no "
                                  f"day of {name!r} (A.3 Day)", student={"student": sid}, date=iso(day), name=name)
            if not d.get("alert") and day == "20260529" and sid == old_pupils[0]:
                add("no_holiday", f"R9: {where}, day {day} holds 8А's lessons: the last school day of 2025/26, no "
                                  f"day of {name!r} (A.3 Day)", student={"student": sid}, date=iso(day), name=name)
        busy_days = sorted({day for (s, w, n), run in runs.items() for day, busy in run if busy} |
                           {min(day for (s, w, n), run in runs.items() for day, _ in run)})
        for sid in new_pupils:
            for day in busy_days:
                add("no_holiday", f"R9: 8А's vacation day {day} of 2025/26; pupil {sid} appears first in 9А on "
                                  f"1 September 2026 (A.3 Day, getrules class)",
                    student={"student": sid}, date=iso(day), name=name)

    # R6, R7
    for (sid, lid, nm), (subject, a, where) in sorted(marks.items(), key=lambda kv: (kv[1][1]["date"], kv[0])):
        day = lesson_day.get(lid)
        date = iso(day) if day else a["date"]
        if a["value"] in ABSENCE:
            if day:
                add("attendance", f"R7: {where}, lesson {lid} nm {nm}: {a['value']!r}, count false, convert 0: "
                                  f"an absence pseudo-mark (A.3, A.6)",
                    student={"student": sid}, date=date, subject=subject, code=a["value"], meaning=ABSENCE[a["value"]])
            add("no_mark", f"R7: {where}, lesson {lid} nm {nm}: {a['value']!r} is attendance, not a grade (A.3 Absence "
                           f"pseudo-mark, A.6)", student={"student": sid}, date=date, subject=subject, value=a["value"])
            continue
        wf = a.get("weight_float")
        weight = number(wf) if wf not in (None, "") else a["weight"]
        fact = dict(student={"student": sid}, date=date, subject=subject, value=a["value"], weight=weight,
                    counts=bool(a["count"]))
        if a["work"]:
            fact["work_type"] = a["work"]
        if a.get("comment"):
            fact["comment"] = a["comment"]
        on = "its lesson's day" if day else "its own date (no getdiary lists its lesson)"
        add("mark", f"R6: {where} (the latest pull stating it), lesson {lid} nm {nm}: {a['value']!r} dated {a['date']}, "
                    f"shown on {on}; weight_float {wf!r}, count {a['count']}, work type {a['work']!r} (A.3 Assessment, "
                    f"SubjectMarks; A.4)", **fact)
    retake_pupils = sorted({sid for (sid, lid, nm), (s, a, w) in marks.items() if a["work"] == "Пересдача"})

    # R10, R11
    for (sid, year), history in sorted(finals.items()):
        items, where = history[-1]
        earlier = {}
        for its, _ in history[:-1]:
            for item in its:
                for a in item["assessments"]:
                    earlier.setdefault((item["name"], a["period"]), set()).add(a["value"])
        for item in items:
            for a in item["assessments"]:
                if a["value"] == "":
                    continue
                changed = bool(earlier.get((item["name"], a["period"]), set()) - {a["value"]})
                if not (sid in retake_pupils or a["period"] in ("Г", "Э") or changed):
                    continue
                note = f"; earlier answers had {sorted(earlier[(item['name'], a['period'])] - {a['value']})}" \
                    if changed else ""
                add("final_mark", f"R10: {where} is the latest {year}/{year + 1} answer of this pupil: "
                                  f"items[{item['name']!r}] period {a['period']!r} value {a['value']!r}"
                                  f"{' comment ' + repr(a['comment']) if a['comment'] else ''}{note} "
                                  f"(A.3 Final assessment, A.5 E4)",
                    student={"student": sid}, subject=item["name"], period=a["period"], value=a["value"])
                if changed and a["period"] == "Г":
                    first = next(w for its, w in history if any(
                        i["name"] == item["name"] and c["period"] == "Г" and c["value"] == a["value"]
                        for i in its for c in i["assessments"]))
                    pulled = first.split("(pulled ")[1][:10]
                    add("no_mark", f"R11: {first}: the year mark {a['value']!r} of {item['name']!r} changed in the "
                                   f"summer is a final, not a diary mark on the day it was pulled (A.3 Final assessment)",
                        student={"student": sid}, date=pulled, subject=item["name"], value=a["value"])

    # R12
    own_periods = {}
    for (sid, year), (ps, _) in periods.items():
        for p in ps:
            if p["start"]:
                own_periods[(sid, p["start"], p["end"])] = p["fullname"]
    class_periods = {(p["start"], p["end"]): p["fullname"] for (s, y), (ps, _) in periods.items() for p in ps
                     if p["start"]}
    period_values = {(sid, subject): value for (sid, f, l, subject), (value, _) in averages.items()
                     if (f, l) in class_periods}
    for (sid, first, last, subject), (value, where) in sorted(averages.items()):
        if value == "":
            continue
        name = own_periods.get((sid, first, last)) or class_periods.get((first, last))
        if name:
            add("vendor_average", f"R12: {where}: lessons[{subject!r}].average {value!r} as sent; days {first}-{last} "
                                  f"= period {name!r} of the pupil's class (A.3 SubjectMarks, Period)",
                student={"student": sid}, subject=subject, value=value, period=name)
        elif period_values.get((sid, subject)) != value:
            add("vendor_average", f"R12: {where}: lessons[{subject!r}].average {value!r} as sent, over days "
                                  f"{first}-{last} (the finished year with its summer: no period's span) "
                                  f"(A.3 SubjectMarks)", student={"student": sid}, subject=subject, value=value)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(records), "records,", len(facts), "facts", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
