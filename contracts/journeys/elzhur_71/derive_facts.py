"""Derive facts.json of elzhur_71 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A; every shape below is read in each form a public client
accepts (README.md lists them), because the reference allows each:
* an answer is the journal as of its ``pulled_at`` (hub README envelope); answers are replayed in pull order;
* ``result.students`` is an object keyed by id or an array (A.1); a day's ``items`` an object keyed by lesson number
  or an array, ``[]`` for none (A.3 Day); gethomework by class has ``days`` at the top level and its items keyed by
  the subject's name or listed (A.2, E5); ``files`` an array of ``{toid, filename, link}`` or ``{"file": [...]}``;
* a getdiary over ``days=A-B`` is whole for every day of the range (A.3 Day); a lesson is its ``lesson_id``, the
  same whether sent as a string or a number (A.4); a lesson item's ``homework`` is its tasks keyed by id (A.3), so a
  task re-texted under its id is that task changed, and a later listing of its lesson without it withdraws it, for
  every pupil of the class (a whole-class lesson is one lesson);
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary, or
  getmarks over its ``days``) says which marks the day holds; ``н``/``оп`` in any case are attendance (A.3 Absence
  pseudo-mark, BetterJournal ``Absent``); the weight is ``weight_float`` (number or numeric string) else ``weight``;
  the work type ``control_type`` (getdiary) or ``mtype.type`` (getmarks); the mark's comment is ``comment``, never
  ``lesson_comment`` (the lesson's comment/topic, A.3 SubjectMarks);
* getmarks ``average`` (string, or number) is the journal's own average as sent (A.3 SubjectMarks); ``""`` none.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "оп": "late"}
FACT_SUBJECT_TASKS = {"Алгебра", "Геометрия", "Литература"}


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def query(request: str, name: str) -> str | None:
    for part in request.split("?", 1)[-1].split("&"):
        if part.startswith(name + "="):
            return part.split("=", 1)[1]
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in query(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def student_of(result: dict, pupil: str) -> dict:
    students = result["students"]
    if isinstance(students, list):
        return next(s for s in students if str(s["name"]) == pupil)
    return students[pupil]


def listed(items) -> list[dict]:
    return list(items.values()) if isinstance(items, dict) else list(items or [])


def files_of(entry: dict) -> list[dict]:
    files = entry.get("files") or []
    return files.get("file", []) if isinstance(files, dict) else files


def text_number(value) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    tasks: dict[str, dict] = {}  # task id -> {text, subject, date, src, texts ever shown, files}
    lesson_tasks: dict[str, tuple[str, set]] = {}  # lesson id -> (src, task ids) of its latest listing
    rules, periods, finals, averages = [], {}, [], []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        if method == "getrules":
            rules.append(result)
        elif method == "getperiods":
            for st in listed(result["students"]):
                periods[str(st["name"])] = (st["periods"], src)
        elif method == "getdiary":
            pupil = query(request, "student")
            days = student_of(result, pupil)["days"]
            for date in days_of(request):
                day = days.get(date.replace("-", "")) if isinstance(days, dict) else None
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in listed((day or {}).get("items")):
                    lid = str(it["lesson_id"])
                    hws = it.get("homework") or {}
                    lesson_tasks[lid] = (src, set(hws))
                    for hid, hw in hws.items():
                        t = tasks.setdefault(hid, {"texts": set(), "files": set()})
                        t.update(text=hw["value"], subject=it["name"], date=date, src=src, lesson=lid)
                        t["texts"].add(hw["value"])
                        t["files"] = {f["filename"] for f in files_of(it) if str(f.get("toid")) == hid}
                    for m in it.get("assessments") or []:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif method == "gethomework":
            for key, day in result["days"].items():
                for entry in listed(day["items"]):
                    for hid, hw in entry["homework"].items():
                        t = tasks.setdefault(hid, {"texts": set(), "files": set()})
                        t["texts"].add(hw["value"])
                        t.setdefault("text", hw["value"])
                        t.setdefault("subject", entry["name"])
                        t.setdefault("date", iso(key))
                        t.setdefault("src", src)
        elif method == "getmarks":
            pupil = query(request, "student")
            lessons = student_of(result, pupil)["lessons"]
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in lessons:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), set()).add(m["value"])
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], text_number(subject["average"]), src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
        elif method == "getfinalassessments":
            pupil = query(request, "student")
            finals.append((pupil, student_of(result, pupil)["items"], src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
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
        rows, src = periods[pupil]
        for p in rows:
            if p["name"] in ("I", "II"):
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period; "
                              f"ambigious {p.get('ambigious')!r} on the year column: client models disagree on its type)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    lesson_days = {"2026-11-05"} | {f"2026-11-{d:02d}" for d in range(9, 14)}
    cls_of = {k: r["relations"]["students"][k]["class"] for r in rules for k in r["relations"]["students"]}
    for pupil in pupils:
        for date in dates:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            for it in sorted(listed((day or {}).get("items")), key=lambda x: int(x["num"])):
                if date in lesson_days:
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], starts_at=it["starttime"][:5],
                                ends_at=it["endtime"][:5])
                    if it.get("room"):
                        fact["room"] = it["room"]
                    if it.get("grp"):
                        fact["group_label"] = it["grp"]
                    add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']!r} "
                                  f"(items as {'object' if isinstance(day['items'], dict) else 'array'}), times "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings, "
                                  "HH:MM:SS or HH:MM)", **fact)
            if day and day.get("alert") == "vacation":
                add("holiday", f"{src}: day {date} alert 'vacation', holiday_name «{day['holiday_name']}», items "
                               f"{json.dumps(day['items'])} (A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            msrc, marks = mark_state.get((pupil, date), ("", []))
            absent_subjects = set()
            for m in marks:
                if m["value"].casefold() in ABSENCE:
                    absent_subjects.add(m["subject"])
                    add("attendance", f"{msrc}: pseudo-mark {m['value']!r} at lesson {m['lesson_id']!r}, countas "
                                      f"{m['countas']!r} (A.3 Absence pseudo-mark; A.6)",
                        student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                        meaning=ABSENCE[m["value"].casefold()])
                    continue
                weight = m.get("weight_float", m.get("weight"))
                weight = float(weight) if isinstance(weight, str) else weight
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=weight, counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']!r} nm {m['nm']} value {m['value']!r} weight_float "
                            f"{m.get('weight_float')!r} countas {m['countas']!r} convert {m['convert']!r}"
                            f"{' lesson_comment ' + repr(m.get('lesson_comment')) if 'lesson_comment' in m else ''} "
                            "(A.3 Assessment / SubjectMarks; the latest pull covering the day wins)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p != pupil or d != date:
                    continue
                for value in sorted(values):
                    if (subject, value) in shown:
                        continue
                    if value.casefold() in ABSENCE:
                        if subject not in absent_subjects:
                            add("attendance", f"{value!r} in «{subject}» on {date} was shown by an earlier pull; the "
                                              f"latest ({msrc}) lists no absence that day: corrected to present "
                                              "(A.3 Absence pseudo-mark; the latest pull wins)",
                                student={"student": pupil}, date=date, subject=subject, meaning="present")
                        continue
                    add("no_mark", f"{value!r} in «{subject}» on {date} was shown by an earlier pull; the latest "
                                   f"({msrc}) lacks it (A.3 Assessment: a mark is its lesson and nm)",
                        student={"student": pupil}, date=date, subject=subject, value=value)
    # homework: one task per id, for every pupil of the class (whole-class lessons)
    for hid in sorted(tasks):
        t = tasks[hid]
        live = hid in lesson_tasks.get(t.get("lesson", ""), ("", {hid}))[1]
        lsrc = lesson_tasks.get(t.get("lesson", ""), (t["src"], set()))[0]
        for pupil in pupils:
            if live and t["subject"] in FACT_SUBJECT_TASKS:
                fact = dict(student={"student": pupil}, subject=t["subject"], text=t["text"], date=t["date"])
                if t["files"]:
                    fact["attachments"] = sorted(t["files"])
                add("homework", f"{t['src']}: task {hid} on the «{t['subject']}» lesson of {t['date']} (A.3 Lesson "
                                "item homework keyed by id; files array with toid, or gethomework's {file: [...]})",
                    **fact)
            for text in sorted(t["texts"] - ({t["text"]} if live else set())):
                add("no_homework", f"task {hid} «{text}»: {'re-texted under the same id' if live else 'withdrawn'}"
                                   f" by {lsrc} (A.3 Lesson item homework keyed by id; a whole-class lesson is one "
                                   "lesson for every pupil)", student={"student": pupil}, subject=t["subject"],
                    text=text)
    holidays = {(cls_of[p], d): day["holiday_name"] for (p, d), day in day_state.items()
                if day and day.get("alert") == "vacation"}
    for (cls, date), name in sorted(holidays.items()):
        add("holiday", f"every {cls} pupil's latest getdiary: {date} alert 'vacation' «{name}» (A.3 Day)",
            group={"class": cls}, date=date, name=name, once=True)
    for pupil in pupils:
        add("no_holiday", f"{day_src[(pupil, '2026-11-03')]}: 3 Nov is listed with lessons and no alert (A.3 Day)",
            student={"student": pupil}, date="2026-11-03", name="Осенние каникулы")
        add("no_holiday", f"{day_src[(pupil, '2026-11-05')]}: 5 Nov is listed with lessons and no alert (A.3 Day)",
            student={"student": pupil}, date="2026-11-05", name="День народного единства")
    for pupil, items, src in finals:
        for item in items:
            for a in item["assessments"]:
                add("final_mark", f"{src}: «{item['name']}» period {a['period']!r} value {a['value']!r}, convert "
                                  f"{'stated' if 'convert' in a else 'absent'} (A.3 Final assessment; E4)",
                    student={"student": pupil}, subject=item["name"], period=a["period"], value=a["value"])
    for pupil, subject, value, src in averages:
        add("vendor_average", f"{src}: «{subject}» average {value!r} as sent (A.3 SubjectMarks `average` "
                              "string→number; the request's days are no period)",
            student={"student": pupil}, subject=subject, value=value)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
