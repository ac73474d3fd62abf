"""Derive facts.json of elzhur_65 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md (Part A; Part D where it says what is open):
* R1 every answer is the journal as of its ``pulled_at`` (the envelope; A.4 dates): answers are replayed in the order
  of their instants, so a re-pull of an earlier week replaces what the weekly pull showed.
* R2 a getdiary over ``days=A-B`` holds each day of the range whole (A.2 getdiary, A.3 Day: ``items`` are the day's
  lessons): a day it lists is the pupil's day as of the pull, a day of the range it does not list has no lessons of
  his (a weekend; for the newcomer, the days before he joined).
* R3 a lesson shows with its number ``num``, subject ``name``, ``topic``, ``teacher``, ``room``, ``starttime`` /
  ``endtime`` (``rings``) and, for a subgroup lesson, its ``grp`` (A.3 Lesson item); a lesson the latest answer of the
  day replaced by another (another ``lesson_id`` at that number, another subject) is no longer shown.
* R4 a day with ``alert: "vacation"`` is a holiday named ``holiday_name`` (A.3 Day); a day listed without the alert
  is no holiday.
* R5 a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest getdiary or getmarks covering its
  ``date`` (A.2: getmarks by ``student`` and ``days``) says which marks the day holds; ``value`` is shown as sent,
  ``weight_float`` (else ``weight``) is its weight, ``count`` whether it counts, ``control_type`` (getdiary) or
  ``mtype.type`` (getmarks) its kind of work, ``comment`` the teacher's comment (A.3 Assessment, SubjectMarks).
* R6 ``н`` / ``оп`` are attendance, not marks (A.3 Absence pseudo-mark): ``н`` absent, ``оп`` late; an absence the
  latest answer of the day no longer holds is gone (the pupil was present).
* R7 a task is its id on the lesson item that lists it (A.3 Lesson item ``homework``); a pupil sees the tasks of his
  own lessons (his subgroup's, A.3 ``grp``), as the latest answer listing that day shows them: his getdiary, or the
  class's gethomework (A.2 gethomework by ``class``) for a day he is in the class; a task an earlier answer showed
  and no latest answer holds is gone; ``files`` with ``toid`` are the task's attachments.
* R8 a parent's children are the ``relations.students`` of his latest getrules; ``relations.groups[cls]``
  ``hometeacher_name`` is the class teacher (A.3 getrules).
* R9 a getperiods period with dates is a column with those dates (A.3 Period); a getfinalassessments item is the
  subject's mark of ``period`` (a Period ``name``), the latest answer wins (A.3 Final assessment).
* R10 getmarks ``average`` is the journal's average of the subject over the request's ``days`` (A.3 SubjectMarks);
  when ``days`` is exactly a period's ``start``-``end`` (E1: meant to be joined into ``days``) it is that period's
  (facts only for subjects with three counted marks or more, to keep the corpus to size).
* R11 the leaver: her only parent's later getrules no longer lists her (A.3 getrules) and no answer of hers covers a
  day after her last listed one: the class's later days are not hers (the only sign the reference offers; medium).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENGLISH_DAYS = ("2026-09-09", "2026-09-30", "2026-10-21")  # Wednesdays of weeks 2, 5, 8: the subgroup lessons
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        k, _, v = part.partition("=")
        if k == name:
            return v
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"].split()[0], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    day_state: dict[tuple[str, str], tuple[dict | None, str]] = {}  # (pupil, date) -> latest getdiary day
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    hw_state: dict[tuple[str, str], tuple[dt.datetime, str, list]] = {}  # (pupil, date) -> tasks of the latest
    class_hw: list[tuple[dt.datetime, str, str, list]] = []  # (pulled, source, date, items) class gethomework
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects ever shown
    seen_marks: dict[tuple[str, str], set] = {}  # (pupil, date) -> (subject, value) ever shown
    seen_absences: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects with an absence ever shown
    seen_tasks: dict[str, set] = {}  # pupil -> (subject, text) ever shown
    pupil_group: dict[str, str] = {}  # pupil -> his English subgroup (from his own diary's grp)
    class_lessons: dict[str, set] = {}  # date -> subjects any pupil's latest answer listed that day
    rules: dict[str, tuple[dict, str]] = {}
    periods: dict[str, list] = {}
    finals: dict[str, tuple[dict, str]] = {}
    averages: list[tuple[str, str, str, str, str]] = []  # (pupil, subject, average, days, source)

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        when = instant(rec["pulled_at"])
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        if method == "getrules":
            rules[str(result["id"])] = (result, src)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (day, src)
                marks, tasks = [], []
                for it in items_of(day or {}):
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    if it.get("grp"):
                        pupil_group[pupil] = it["grp"]
                    for hw in (it.get("homework") or {}).values():
                        tasks.append((it["name"], hw["value"], it, hw))
                    for m in it.get("assessments") or []:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                mark_state[(pupil, date)] = (src, marks)
                if day is not None:
                    hw_state[(pupil, date)] = (when, src, tasks)
        elif method == "getmarks":
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "" and sum(1 for m in subject["marks"] if m.get("count") in (True, 1)) >= 3:
                    averages.append((pupil, subject["name"], subject["average"], param(request, "days"), src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
        elif method == "gethomework":
            for key, day in result["days"].items():
                class_hw.append((when, src, iso(key), items_of(day)))
        elif method == "getfinalassessments":
            pupil = param(request, "student")
            finals[pupil] = (result["students"][pupil], src)
        for (pupil, date), (srcm, marks) in mark_state.items():
            if srcm == src:
                for m in marks:
                    if m["value"] in ABSENCE:
                        seen_absences.setdefault((pupil, date), set()).add(m["subject"])
                    else:
                        seen_marks.setdefault((pupil, date), set()).add((m["subject"], m["value"]))

    # R7: the class's gethomework applies to a pupil's day when it is later than his latest diary of that day
    for when, src, date, items in class_hw:
        for (pupil, d), (hw_when, _, _) in list(hw_state.items()):
            if d != date:
                continue
            mine = [(it["name"], hw["value"], it, hw) for it in items for hw in (it.get("homework") or {}).values()
                    if not it.get("grp") or it["grp"] == pupil_group.get(pupil)]
            for subject, text, _, _ in mine:
                seen_tasks.setdefault(pupil, set()).add((subject, text))
            if when > hw_when:
                hw_state[(pupil, d)] = (when, src, mine)
    for (pupil, _), (_, _, tasks) in hw_state.items():
        for subject, text, _, _ in tasks:
            seen_tasks.setdefault(pupil, set()).add((subject, text))
    for (pupil, date), (day, _) in day_state.items():
        for it in items_of(day or {}):
            for hw in (it.get("homework") or {}).values():
                seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
            if not it.get("grp"):
                class_lessons.setdefault(date, set()).add((int(it["num"]), it["name"]))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R8 children and the class teacher
    for parent in sorted(rules):
        result, src = rules[parent]
        kids = sorted(result["relations"]["students"])
        add("children", f"{src}: relations.students {kids}; the parent's latest getrules (R8, A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for result, _ in rules.values()
                for cls, g in result["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R8, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R9 the quarter's column
    quarter = None
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["start"] and p["name"] == "I":
                quarter = p
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(R9, A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    for pupil in pupils:
        dates = sorted(d for p, d in day_state if p == pupil)
        listed_dates = [d for d in dates if day_state[(pupil, d)][0] and items_of(day_state[(pupil, d)][0])]
        weeks_done: set = set()
        for date in dates:
            day, src = day_state[(pupil, date)]
            items = sorted(items_of(day or {}), key=lambda x: int(x["num"]))
            weekday = dt.date.fromisoformat(date).weekday()
            week = dt.date.fromisoformat(date).isocalendar()[1]
            first_of_week = items and week not in weeks_done
            if items:
                weeks_done.add(week)
            special = (date, pupil) in (("2026-09-21", "65103"), ("2026-10-14", "65104"))
            # R3 lessons: the first lesson of each week's first school day, every English (subgroup) lesson on
            # Wednesdays, whole days on the first day, the newcomer's first day, the leaver's last, the substitution
            for it in items:
                if (special and int(it["num"]) <= 3) or (first_of_week and it["num"] == "1") or (date in ENGLISH_DAYS and it.get("grp")) \
                        or (date == "2026-10-15" and it["num"] == "4"):
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    if it.get("grp"):
                        fact["group_label"] = it["grp"]
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']} "
                                  f"{it['starttime']}-{it['endtime']}{' grp ' + it['grp'] if it.get('grp') else ''}"
                                  " (R2, R3: A.3 Day, Lesson item; times with rings)", **fact)
            live = {it["name"] for it in items}
            for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
                add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» lesson; an earlier pull "
                                 "showed it (R2, R3: A.3 Day, each listed day is whole)",
                    student={"student": pupil}, date=date, subject=subject)
            # R4 holidays
            if day and day.get("alert") == "vacation" and weekday == 0:
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» (R4, A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            if date == "2026-10-12" and items:
                add("no_holiday", f"{src}: {date} is listed without an alert, with lessons (R4, A.3 Day: `alert` is "
                                  "the only sign of a day off)", student={"student": pupil}, date=date,
                    name="Осенние каникулы")
            # R5, R6 marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            absent_now = set()
            for m in marks:
                if m["value"] in ABSENCE:
                    absent_now.add(m["subject"])
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R6, A.3 Absence)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"]])
                    continue
                weight = m.get("weight_float", m.get("weight"))
                weight = float(weight) if isinstance(weight, str) else weight
                if isinstance(weight, float) and weight.is_integer():
                    weight = int(weight)
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=weight, counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight_float "
                            f"{m.get('weight_float')!r} ({m['work']}) (R5, A.3 Assessment; the latest pull covering "
                            "the day wins)", **fact)
            for subject in sorted(seen_absences.get((pupil, date), set()) - absent_now):
                add("attendance", f"an earlier pull showed an absence in «{subject}» on {date}; the latest ({msrc}) "
                                  "holds none: the pupil was there (R6, A.3 Absence)", student={"student": pupil},
                    date=date, subject=subject, meaning="present")
            shown = {(m["subject"], m["value"]) for m in marks}
            for subject, value in sorted(seen_marks.get((pupil, date), set()) - shown):
                add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the latest ({msrc}) "
                               "lacks it (R5, A.3 Assessment: a mark is its lesson and nm)",
                    student={"student": pupil}, date=date, subject=subject, value=value)
            # R7 homework: Wednesdays' English, Friday's Literature, and every task with files
            when_src = hw_state.get((pupil, date))
            if when_src:
                for subject, text, it, hw in when_src[2]:
                    files = [f["filename"] for f in it.get("files") or [] if f.get("toid") == hw["id"]]
                    if (date in ENGLISH_DAYS and it.get("grp")) or files or (date == "2026-09-25" and
                                                                             subject == "Литература"):
                        fact = dict(student={"student": pupil}, subject=subject, text=text, date=date)
                        if files:
                            fact["attachments"] = files
                        add("homework", f"{when_src[1]}: task {hw['id']} on the «{subject}» lesson {it['lesson_id']} "
                                        f"of {date} (R7, A.3 Lesson item homework, files)", **fact)
        # the newcomer's first answer names days before he joined: none of the class's lessons are his (R2)
        first_listed = listed_dates[0] if listed_dates else None
        before = [d for d in dates if first_listed and d < first_listed and day_state[(pupil, d)][0] is None
                  and class_lessons.get(d)]
        for date in before:
            subjects = sorted(class_lessons[date])
            for num, subject in subjects[:1]:
                add("no_lesson", f"{day_state[(pupil, date)][1]}: his own answer's range holds {date} but does not "
                                 f"list it; the class had «{subject}» (lesson {num}) that day, before he joined "
                                 "(R2, A.2 getdiary by student, A.3 Day)", student={"student": pupil}, date=date,
                    subject=subject)
        # R11 the leaver: days after her last listed day
        if pupil not in {k for result, _ in rules.values() for k in result["relations"]["students"]}:
            last = listed_dates[-1]
            later = sorted(d for d in class_lessons if d > last)
            for date in later[1:10:3]:
                num, subject = sorted(class_lessons[date])[0]
                add("no_lesson", f"{pupil}: her parent's latest getrules no longer lists her and no answer of hers "
                                 f"covers a day after {last}; «{subject}» of {date} is her former class's "
                                 "(R11, R8, A.3 getrules; medium)", student={"student": pupil}, date=date,
                    subject=subject)
    # R7 tasks gone: shown earlier, held by no latest answer of the pupil's days
    current = {(p, s, t) for (p, _), (_, _, tasks) in hw_state.items() for s, t, _, _ in tasks}
    for pupil in sorted(seen_tasks):
        for subject, text in sorted(seen_tasks[pupil]):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» ({subject}) was shown by an earlier answer; no latest answer of "
                                   f"{pupil}'s days holds it (R7, A.3 Lesson item homework)",
                    student={"student": pupil}, subject=subject, text=text)
    # R7 the other subgroup's tasks are not the pupil's: Wednesdays of weeks 2, 5, 8
    for pupil in pupils:
        for date in ("2026-09-30",):
            if (pupil, date) not in hw_state:
                continue
            for when, src, d, items in class_hw:
                if d != date:
                    continue
                for it in items:
                    if it.get("grp") and it["grp"] != pupil_group.get(pupil):
                        for hw in it["homework"].values():
                            add("no_homework", f"{src}: task {hw['id']} of {date} is the {it['grp']}'s; {pupil}'s own "
                                               f"diary shows him in {pupil_group.get(pupil)} (R7, A.3 grp)",
                                student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
    # R4 the class's holidays
    names = {}
    for (pupil, date), (day, _) in day_state.items():
        if day and day.get("alert") == "vacation":
            names[date] = day["holiday_name"]
    for date in sorted(names):
        add("holiday", f"every 7Б pupil's latest getdiary: {date} alert 'vacation' «{names[date]}» (R4, A.3 Day)",
            group={"class": "7Б"}, date=date, name=names[date], once=True)
    # R9 final marks, R10 the quarter's averages
    for pupil in sorted(finals):
        result, src = finals[pupil]
        for item in result["items"]:
            for a in item["assessments"]:
                add("final_mark", f"{src}: «{item['name']}» period '{a['period']}' value '{a['value']}' (R9, A.3 Final "
                                  "assessment; the latest answer wins)", student={"student": pupil},
                    subject=item["name"], period=a["period"], value=a["value"])
    for pupil, subject, average, days, src in averages:
        if quarter and days == f"{quarter['start']}-{quarter['end']}":
            add("vendor_average", f"{src}: «{subject}» average '{average}' over days {days}, exactly period "
                                  f"'{quarter['name']}' «{quarter['fullname']}» (R10, A.3 SubjectMarks, Period)",
                student={"student": pupil}, subject=subject, period=quarter["fullname"], value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


if __name__ == "__main__":
    main()
