"""Derive facts.json of elzhur_67 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at`` (the request envelope); answers are replayed in the order of
  their pull instants, so the latest pull of a day decides;
* getdiary / getschedule / gethomework over ``days=A-B`` (A.1 date range, A.2) list each school day of the range
  as a Day (A.3 Day): a day's ``items`` are its lessons (A.3 Lesson item), each lesson's ``homework`` its tasks
  keyed by id and ``files`` the tasks' files (``toid`` = the task id); a 5-day school lists no weekend;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment: ``nm`` is the mark's place in the lesson), so a
  later answer with another ``value`` at the same place is the corrected mark, and a later answer over the same
  days without it means the mark is gone; getmarks (A.3 SubjectMarks) lists the same marks by subject;
* ``н``/``оп`` are absence pseudo-marks (A.3 Absence pseudo-mark, A.6: absent / late), ``count: false``;
* ``grp``/``grp_short`` name the subgroup of a lesson (A.3 Lesson item): a pupil's own answers list his subgroup's
  lessons and tasks only, never the other subgroup's;
* getperiods (A.3 Period) gives the quarters with their dates; getfinalassessments (A.3 Final assessment, A.5 E4)
  names a final mark's period by the Period ``name`` (``I`` = «1 четверть»);
* getrules (A.3 getrules): ``relations.students`` are the parent's children, ``relations.groups[...].hometeacher_*``
  the class teacher;
* getmarks ``average`` (A.3 SubjectMarks) over ``days`` equal to a period's ``start``-``end`` is that period's
  journal average.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def range_days(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    diary: dict[tuple[str, str], tuple[dict | None, str]] = {}  # (pupil, date) -> (latest getdiary day, source)
    homework: dict[tuple[str, str], tuple[dict, str]] = {}  # (pupil, date) -> ({task id: (subject, text)}, src)
    marks_by_getmarks: dict[tuple[str, str], list] = {}  # (pupil, date) -> latest getmarks marks of that date
    ever_marks: dict[tuple[str, str, str, str, str], set] = {}  # (pupil, date, subject, lesson, nm) -> values
    ever_tasks: dict[tuple[str, str], set] = {}  # (pupil, subject) -> texts ever shown
    lessons_seen: dict[str, set] = {}  # pupil -> lesson ids his answers listed
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    finals: dict[str, tuple[list, str]] = {}
    averages: dict[str, tuple[list, str, str]] = {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method = request.split("?")[0]
        src = f"step {step} `{request}` pulled {rec['pulled_at']}"
        pupil = param(request, "student")
        if method == "getrules":
            rules[result["name"]] = result
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getfinalassessments":
            finals[pupil] = (result["students"][pupil]["items"], src)
        elif method in ("getdiary", "getschedule"):
            listed = result["students"][pupil]["days"]
            for date in range_days(request):
                day = listed.get(date.replace("-", ""))
                for it in (day or {}).get("items", {}).values():
                    lessons_seen.setdefault(pupil, set()).add(it["lesson_id"])
                if method == "getschedule":
                    continue  # the schedule states lessons only (A.2: like getdiary without marks)
                diary[(pupil, date)] = (day, src)
                tasks = {}
                for it in (day or {}).get("items", {}).values():
                    for hw in it["homework"].values():
                        tasks[str(hw["id"])] = (it["name"], hw["value"])
                        ever_tasks.setdefault((pupil, it["name"]), set()).add(hw["value"])
                    for m in it["assessments"]:
                        ever_marks.setdefault((pupil, date, it["name"], it["lesson_id"], m["nm"]), set()).add(
                            m["value"])
                homework[(pupil, date)] = (tasks, src)
        elif method == "gethomework":
            listed = result["students"][pupil]["days"]
            for date in range_days(request):
                day = listed.get(date.replace("-", "")) or {"items": {}}
                items = day["items"].values() if isinstance(day["items"], dict) else day["items"]
                tasks = {str(hw["id"]): (it["name"], hw["value"]) for it in items for hw in it["homework"].values()}
                for subject, text in tasks.values():
                    ever_tasks.setdefault((pupil, subject), set()).add(text)
                homework[(pupil, date)] = (tasks, src)
        elif method == "getmarks":
            by_date: dict[str, list] = {d: [] for d in range_days(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_date.setdefault(m["date"], []).append(dict(m, subject=subject["name"]))
                    ever_marks.setdefault((pupil, m["date"], subject["name"], m["lesson_id"], m["nm"]), set()).add(
                        m["value"])
            marks_by_getmarks.update({(pupil, d): v for d, v in by_date.items()})
            averages[pupil] = (result["students"][pupil]["lessons"], param(request, "days"), src)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **fields, "why": why})

    # -- who reads whom, and the class teachers (A.3 getrules) ----------------------------------------------------
    class_of, teachers = {}, {}
    for parent in sorted(rules):
        r = rules[parent]
        kids = sorted(r["relations"]["students"])
        add("children", f"latest getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
        for kid, rel in r["relations"]["students"].items():
            class_of[kid] = rel["class"]
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'] rel homeclass, hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})

    # -- periods and final marks (A.3 Period, Final assessment; A.5 E1, E4) -----------------------------------------
    full_name = {}
    for pupil in sorted(periods):
        for p in periods[pupil]:
            full_name[p["name"]] = p["fullname"]
            if p["start"] and p["name"] in ("I", "II"):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» start {p['start']} end "
                              f"{p['end']} (A.3 Period: YYYYMMDD)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    for pupil in sorted(finals):
        items, src = finals[pupil]
        for it in items:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}' (A.3 Final "
                                  "assessment: `period` is the getperiods Period `name`)",
                    student={"student": pupil}, subject=it["name"], period=full_name[a["period"]], value=a["value"])
        for it in items[:2]:
            add("no_final_mark", f"{src}: «{it['name']}» has no assessment of period 'II' yet (A.3 Final "
                                 "assessment): the 2nd quarter is running", student={"student": pupil},
                subject=it["name"], period=full_name["II"])

    # -- the diary, day by day: lessons, tasks, marks, absences (A.3 Day, Lesson item, Assessment) ----------------
    pupils = sorted({p for p, _ in diary})
    dates = sorted({d for _, d in diary})
    lesson_days = {"2026-11-09", "2026-11-19"}  # every lesson of these days; the English lessons every day
    task_days = {"2026-11-11", "2026-11-19", "2026-11-20"}
    for pupil in pupils:
        for date in dates:
            day, src = diary[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            for it in items:
                if date in lesson_days or it.get("grp"):
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    if it.get("grp"):
                        fact["group_label"] = it["grp"]
                    add("lesson", f"{src}: day {date.replace('-', '')} item {it['num']} «{it['name']}» lesson "
                                  f"{it['lesson_id']}{', grp ' + repr(it['grp']) if it.get('grp') else ''}, "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)",
                        **fact)
                for hw in it["homework"].values():
                    files = [f["filename"] for f in it["files"] if f["toid"] == hw["id"]]
                    if date in task_days or files:
                        fact = dict(student={"student": pupil}, date=date, subject=it["name"], text=hw["value"])
                        if files:
                            fact["attachments"] = files
                        add("homework", f"{src}: task {hw['id']} on lesson {it['num']} «{it['name']}» of {date}"
                                        f"{' with files ' + repr(files) + ' (toid)' if files else ''} (A.3 Lesson "
                                        "item homework, files)", **fact)
                for m in it["assessments"]:
                    if m["value"] in ABSENCE:
                        add("attendance", f"{src}: lesson {it['lesson_id']} nm {m['nm']} pseudo-mark '{m['value']}' "
                                          "count false (A.3 Absence pseudo-mark, A.6)", student={"student": pupil},
                            date=date, subject=it["name"], number=int(it["num"]), code=m["value"],
                            meaning=ABSENCE[m["value"]])
                        continue
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                value=m["value"], weight=m["weight_float"], counts=bool(m["count"]),
                                work_type=m["control_type"])
                    if m["comment"]:
                        fact["comment"] = m["comment"]
                    add("mark", f"{src}: lesson {it['lesson_id']} nm {m['nm']} value '{m['value']}' weight_float "
                                f"{m['weight_float']} control_type «{m['control_type']}» (A.3 Assessment)", **fact)
            # marks an earlier answer showed at a place that the latest answer for the day shows otherwise or not
            current = {(it["lesson_id"], m["nm"]): m["value"] for it in items for m in it["assessments"]}
            for (p, d, subject, lid, nm), values in sorted(ever_marks.items()):
                if p != pupil or d != date:
                    continue
                for value in sorted(values):
                    if current.get((lid, nm)) != value and value not in ABSENCE:
                        now = current.get((lid, nm))
                        add("no_mark", f"lesson {lid} nm {nm} of {date} showed '{value}' in an earlier pull; the "
                                       f"latest ({src}) shows {repr(now) if now else 'no mark there'} (A.3 "
                                       "Assessment: a mark is its lesson and nm)", student={"student": pupil},
                            date=date, subject=subject, value=value)
            # the latest getmarks agrees with the latest diary of the day (A.3 SubjectMarks: the same marks)
            if (pupil, date) in marks_by_getmarks:
                listed = sorted((m["lesson_id"], m["nm"], m["value"]) for m in marks_by_getmarks[(pupil, date)])
                assert listed == sorted((it["lesson_id"], m["nm"], m["value"]) for it in items
                                        for m in it["assessments"]), (pupil, date)
            # the diary's and gethomework's tasks of the day agree
            tasks, _ = homework[(pupil, date)]
            assert tasks == {str(hw["id"]): (it["name"], hw["value"]) for it in items
                             for hw in it["homework"].values()}, (pupil, date)
        # lessons of the other class on his class's weekdays are not his (A.2: a pupil's own answers)
        for date in ("2026-11-09", "2026-11-11"):
            day, src = diary[(pupil, date)]
            own = {it["name"] for it in day["items"].values()}
            others = {it["name"] for (p, d), (other, _) in diary.items() if d == date and other
                      and class_of[p] != class_of[pupil] for it in other["items"].values()}
            for subject in sorted(others - own):
                add("no_lesson", f"{src}: his own diary of {date} lists no «{subject}» (the other class has it that "
                                 "day) (A.2 getdiary by student, A.3 Day: the day's items)",
                    student={"student": pupil}, date=date, subject=subject)
        add("no_lesson", f"{diary[(pupil, '2026-11-14')][1]}: Saturday 14 Nov is not listed in the week's range (a "
                         "5-day school, A.3 Day)", student={"student": pupil}, date="2026-11-14", subject="Математика")
    # tasks: what any pupil's answers showed that his latest days do not hold (an edited text), and the other
    # subgroup's tasks, which his own answers never list (A.3 Lesson item grp, homework)
    current_tasks = {(p, subject, text) for (p, _), (tasks, _) in homework.items() for subject, text in tasks.values()}
    for (pupil, subject), texts in sorted(ever_tasks.items()):
        for text in sorted(texts):
            if (pupil, subject, text) not in current_tasks:
                add("no_homework", f"task text «{text}» was shown by an earlier pull of {pupil}'s days; the latest "
                                   "answers give the task (same id) another text (A.3 Lesson item homework: "
                                   "{id: {id, value}})", student={"student": pupil}, subject=subject, text=text)
    for pupil in pupils:
        mates = [p for p in pupils if p != pupil and class_of[p] == class_of[pupil]]
        mine = {text for (p, s), texts in ever_tasks.items() if p == pupil and s == "Английский язык" for text in texts}
        for mate in mates:
            theirs = {text for (p, s), texts in ever_tasks.items() if p == mate and s == "Английский язык"
                      for text in texts}
            for text in sorted(theirs - mine):
                add("no_homework", f"«{text}» is a task of {mate}'s English subgroup, which {pupil}'s own answers "
                                   "never list (A.3 Lesson item grp; A.2 per-student answers)",
                    student={"student": pupil}, subject="Английский язык", text=text)
    # -- the journal's own averages (A.3 SubjectMarks average) ----------------------------------------------------
    starts = {(p["start"], p["end"]): p["fullname"] for ps in periods.values() for p in ps if p["start"]}
    for pupil in sorted(averages):
        lessons, days, src = averages[pupil]
        period = starts.get(tuple(days.split("-")))
        for subject in lessons:
            if subject["average"] != "":
                fact = dict(student={"student": pupil}, subject=subject["name"], value=subject["average"])
                if period:
                    fact["period"] = period
                add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}' over days={days}"
                                      f"{', the dates of ' + period if period else ''} (A.3 SubjectMarks; A.3 Period "
                                      "start-end joined into days=)", **fact)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
