"""Derive facts.json of elzhur_57 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
R1 every answer is the journal as of its ``pulled_at`` (all stamped +03:00 here); answers are replayed in the order
   of their instants, the latest answer covering a day decides that day (README of the hub: "the latest pull wins").
R2 a getdiary over ``days=A-B`` is whole for every day of its range (A.2 getdiary, A.3 Day: ``items`` are the day's
   lessons): a listed day is that day as of the pull, an unlisted day of the range has no lessons; a day with
   ``alert: "vacation"`` is a holiday named ``holiday_name`` (A.3 Day, A.5 E2) and has no lessons (``items: {}``).
R3 a task is its id on the lesson item that lists it (A.3 Lesson item ``homework`` ``{id, value, individual}``); the
   same id on another lesson in a later answer is the task moved there (due date moved), a new ``value`` under the
   same id is the task reworded: the old wording is gone. Eljur states no set-on or due date of a task (A.3: only
   ``id``, ``value``, ``individual``), so a fact names the day (and lesson number) whose lesson lists the task,
   never a ``due`` date.
R4 a task's files are the lesson's ``files`` whose ``toid`` is the task id (A.3 ``files``); a task whose ``value`` is
   empty or only a link is still a task the parent sees, with its files (A.3; the fact states ``text`` as sent).
R5 ``individual: true`` marks a task given to some pupils only (A.3 homework ``individual``): a getdiary is one
   pupil's diary (A.2 ``student``), so a classmate whose answer for that lesson lacks the task must not see it.
R6 gethomework (A.2, A.5 E5; by ``class``: ``days`` at the top level, for every pupil of the class named by
   getrules ``relations.students[].class``; by ``student``: that pupil's) lists a day's tasks by subject, lesson
   number-less: a task there for a subject with no lesson that day (in the pupil's latest getdiary of that day) is
   still shown for that day; it gives no lesson of that subject (``no_lesson``).
R7 marks: a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); ``н``/``оп`` are attendance (A.3 Absence,
   A.6).
R8 getrules gives the guardian's children and the class teacher (A.3 getrules); getperiods the periods with dates
   (A.3 Period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
THEME_DAYS = {"2026-09-07", "2026-09-12", "2026-09-17", "2026-09-28", "2026-09-29", "2026-09-30", "2026-10-02",
              "2026-10-08", "2026-10-12", "2026-10-14", "2026-10-16", "2026-10-23", "2026-11-05", "2026-11-06"}
CLASS_HOLIDAY_DAYS = {"2026-10-26", "2026-10-30", "2026-11-04"}
NOT_HOLIDAY_DAYS = ("2026-10-23", "2026-11-05")


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def as_list(items) -> list:
    return list(items.values()) if isinstance(items, dict) else list(items or [])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules, periods, class_of = [], {}, {}
    for _, (_, rec) in ordered:
        if rec["request"] == "getrules":
            for k, st in rec["body"]["response"]["result"]["relations"]["students"].items():
                class_of[k] = st["class"]
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    extra: dict[tuple[str, str], list] = {}  # (pupil, date) -> [(subject, task, src)] from gethomework
    seen: list[tuple[str, str, int, str, str, str]] = []  # (pupil, date, number, subject, id, text) ever listed
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                for it in as_list((day or {}).get("items")):
                    for hid, task in it["homework"].items():
                        seen.append((pupil, date, int(it["num"]), it["name"], str(task["id"]), task["value"]))
        elif request.startswith("gethomework"):
            if param(request, "class"):
                cls = param(request, "class")
                targets = {p: result["days"] for p, c in class_of.items() if c == cls}
            else:
                pupil = param(request, "student")
                targets = {pupil: result["students"][pupil]["days"]}
            for pupil, days in targets.items():
                for date in days_of(request):
                    day = days.get(date.replace("-", "")) or {}
                    extra[(pupil, date)] = [(it["name"], task, src) for it in as_list(day.get("items"))
                                            for task in it["homework"].values()]

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    for r in rules:  # R8
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # the final tasks of every pupil (R1-R3): id -> (date, number, subject, text, files, src)
    final: dict[tuple[str, str], tuple] = {}
    weekday_subjects: dict[tuple[str, int], set] = {}
    for (pupil, date), day in sorted(day_state.items()):
        for it in as_list((day or {}).get("items")):
            weekday_subjects.setdefault((pupil, dt.date.fromisoformat(date).weekday()), set()).add(it["name"])
            for task in it["homework"].values():
                files = [f["filename"] for f in it.get("files") or [] if str(f.get("toid")) == str(task["id"])]
                final[(pupil, str(task["id"]))] = (date, int(it["num"]), it["name"], task["value"], files,
                                                   day_src[(pupil, date)], task.get("individual"))
    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted(as_list((day or {}).get("items")), key=lambda x: int(x["num"]))
            live = {it["name"] for it in items}
            if date in THEME_DAYS:
                for it in items:
                    theme = any(not str(t["id"]).startswith("8") for t in it["homework"].values())
                    if it["num"] == "1" or theme:
                        add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                                      f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)",
                            student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                            topic=it["topic"], teacher=it["teacher"], room=it["room"],
                            starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    for task in it["homework"].values():
                        if not (it["num"] == "1" or theme):
                            continue
                        fact = dict(student={"student": pupil}, subject=it["name"], text=task["value"], date=date,
                                    number=int(it["num"]))
                        files = [f["filename"] for f in it.get("files") or [] if str(f.get("toid")) == str(task["id"])]
                        if files:
                            fact["attachments"] = files
                        add("homework", f"{src}: task {task['id']} (individual={task['individual']}) on the "
                                        f"«{it['name']}» lesson {it['num']} of {date}"
                                        f"{', files ' + str(files) if files else ''} (R3, R4; A.3 homework, files)",
                            **fact)
            # R6: gethomework tasks of a subject with no lesson that day
            for subject, task, hsrc in extra.get((pupil, date), []):
                if subject not in live:
                    add("homework", f"{hsrc}: day {date} lists «{subject}» task {task['id']}; the pupil's latest "
                                    f"getdiary ({src}) has no «{subject}» lesson that day (R6; A.2 gethomework, A.5 E5)",
                        student={"student": pupil}, subject=subject, text=task["value"], date=date)
                    add("no_lesson", f"{hsrc} lists a «{subject}» task on {date} without a lesson; {src} lists no "
                                     f"«{subject}» lesson (R2, R6: gethomework names no lesson)",
                        student={"student": pupil}, date=date, subject=subject)
            # R2: vacation days
            if day and day.get("alert") == "vacation":
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» (A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
                for subject in sorted(weekday_subjects.get((pupil, dt.date.fromisoformat(date).weekday()), set())
                                      if date in CLASS_HOLIDAY_DAYS else ()):
                    add("no_lesson", f"{src}: {date} is a vacation day with items {{}}; «{subject}» is a lesson of "
                                     "that weekday in term (R2; A.3 Day, A.5 E2)",
                        student={"student": pupil}, date=date, subject=subject)
            # R7: marks of the latest answer covering the day
            for it in items:
                for m in it["assessments"]:
                    if m["value"] in ABSENCE:
                        add("attendance", f"{src}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence)",
                            student={"student": pupil}, date=date, subject=it["name"], code=m["value"],
                            meaning=ABSENCE[m["value"]])
                        continue
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                value=m["value"], weight=m["weight"], counts=bool(m["count"]),
                                work_type=m["control_type"])
                    if m.get("comment"):
                        fact["comment"] = m["comment"]
                    add("mark", f"{src}: lesson {m['lesson_id']} nm {m['nm']} '{m['value']}' weight {m['weight']} "
                                "(R7; A.3 Assessment)", **fact)
    # R3: what a task left behind (old wording anywhere, old place of a moved task)
    done = set()
    for pupil, date, num, subject, hid, text in seen:
        now = final.get((pupil, hid))
        if now is None:
            continue
        if text != now[3] and (pupil, subject, text) not in done:
            done.add((pupil, subject, text))
            add("no_homework", f"task {hid} once read «{text}»; its latest answer ({now[5]}) words it «{now[3]}» "
                               "(R3: a new value under the same id replaces the old)",
                student={"student": pupil}, subject=subject, text=text)
        if (date, num) != now[:2] and (pupil, hid, date, num) not in done:
            done.add((pupil, hid, date, num))
            add("no_homework", f"task {hid} was listed on lesson {num} of {date}; the latest answer for that day "
                               f"({day_src[(pupil, date)]}) no longer lists it there: it is on lesson {now[1]} of "
                               f"{now[0]} (R3: the task moved, its due date moved)",
                student={"student": pupil}, subject=subject, text=now[3], date=date, number=num)
    # R5: individual tasks a classmate must not see
    for (pupil, hid), (date, num, subject, text, _, src, individual) in sorted(final.items()):
        if not individual:
            continue
        for other in pupils:
            if other != pupil and class_of[other] == class_of[pupil] and (other, hid) not in final:
                add("no_homework", f"task {hid} is individual:true on {pupil}'s lesson {num} of {date} ({src}); "
                                   f"{other}'s getdiary of that day ({day_src[(other, date)]}) lacks it (R5; A.3 "
                                   "homework individual)", student={"student": other}, subject=subject, text=text)
    # class-level holidays, and the days around the break that are not holidays
    holidays = {(class_of[p], d): day["holiday_name"] for (p, d), day in day_state.items()
                if day and day.get("alert") == "vacation"}
    for (cls, date), name in sorted(holidays.items()):
        if date in CLASS_HOLIDAY_DAYS:
            add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
                group={"class": cls}, date=date, name=name, once=True)
    for pupil in pupils:
        for date in NOT_HOLIDAY_DAYS:
            add("no_holiday", f"{day_src[(pupil, date)]}: {date} is listed with lessons and no alert (A.3 Day: "
                              "`alert` is the only sign of a day off): the break is 26 Oct - 4 Nov only",
                student={"student": pupil}, date=date, name="Осенние каникулы")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
