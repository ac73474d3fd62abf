"""Derive facts.json of elzhur_72 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* every answer is the journal as of its ``pulled_at`` (Moscow time, +03:00), so answers are replayed in the order of
  their pull instants, whatever the order they are sent in;
* a pupil's own getdiary over ``days=A-B`` (A.2: ``student``) is whole for every day of its range (A.3 Day: ``items``
  are that day's lessons, a day not listed has none): the parent sees, each day, exactly the lessons the pupil's
  latest answer covering that day lists, with their group (``grp``), teacher, room, topic and times (``rings``);
  a subject an earlier answer listed that day and the latest does not list is not shown, and neither is a subject
  another pupil's latest answer lists that day (his former class's, or a group he is not in that day);
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day, getdiary or
  getmarks (whose ``days`` selects marks by their own ``date``, A.3 SubjectMarks), says which marks the day holds;
  ``н`` / ``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6);
* a task is its id on the lesson that lists it (A.3 Lesson item ``homework``; gethomework by ``student``, A.2): the
  latest answer listing its day decides; a task another pupil's answers list and his never do is not his;
* getrules of a parent (A.3 getrules): ``relations.students`` are the children; ``relations.groups`` the class
  teacher (``hometeacher_*``); getperiods (A.3 Period): the quarter's dates; getmarks ``average`` (A.3 SubjectMarks)
  is the journal's own average, kept as sent.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow, no DST since 2014
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
MOVERS = ("72104", "72105", "72106")
KEY_DAYS = {"2026-09-18", "2026-09-21", "2026-09-23", "2026-09-25", "2026-09-28", "2026-09-30", "2026-10-01",
            "2026-10-02"}


OTHER_CLASS_DAYS = {"2026-09-18", "2026-09-28", "2026-09-30", "2026-10-02"}


def lesson_wanted(pupil: str, date: str, it: dict) -> bool:
    """Which listed lessons become facts (all would be true; these cover every move and the days around it)."""
    first, grp = it["num"] == "1", "grp" in it
    w2 = "2026-09-21" <= date <= "2026-09-25"
    if pupil == "72106":  # the trial in 7Б: every lesson of the days around both moves, the first lesson else
        return date in {"2026-09-18", "2026-09-21", "2026-09-25", "2026-09-30", "2026-10-01", "2026-10-02"} or first
    if pupil == "72103":  # his 7Б classmate: the first day of the trial and the two days after it
        return date in {"2026-09-21", "2026-10-01", "2026-10-02"}
    if pupil == "72105":  # the English group switch
        return it["name"] == "Английский язык" or first and date in {"2026-09-21", "2026-09-28"}
    if pupil == "72104":  # the elective
        return it["name"] == "Робототехника" or first and date in {"2026-09-16", "2026-09-23"}
    if pupil == "72101":  # the classmate who stays in «1 группа» and the elective
        return w2 and (grp or first)
    return (w2 or date == "2026-09-28") and grp or first and date == "2026-09-21"


def homework_wanted(pupil: str, date: str, subject: str, it: dict) -> bool:
    if pupil == "72106":
        return date in {"2026-09-18", "2026-09-21", "2026-09-24", "2026-10-01"}
    if pupil == "72103":
        return date in {"2026-09-24", "2026-10-01"}
    if pupil == "72101":
        return date == "2026-09-21" or "grp" in it and "2026-09-21" <= date <= "2026-09-25"
    if pupil == "72102":
        return "grp" in it and "2026-09-21" <= date <= "2026-09-25"
    if pupil == "72104":
        return subject == "Робототехника"
    return "grp" in it


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
    lessons: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, items) of the latest diary
    marks: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks) of the latest answer
    tasks: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, [(subject, text, id)])
    seen_subjects: dict[tuple[str, str], dict] = {}  # (pupil, date) -> subject -> source that showed it
    seen_tasks: dict[str, dict] = {}  # pupil -> (subject, text) -> source
    seen_marks: dict[tuple[str, str, str], dict] = {}  # (pupil, date, subject) -> value -> source
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    averages: dict[str, tuple[str, list]] = {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules[result["id"]] = result
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", "")) or {"items": {}}
                its = sorted(day["items"].values(), key=lambda x: int(x["num"]))
                lessons[(pupil, date)] = (src, its)
                day_marks, day_tasks = [], []
                for it in its:
                    seen_subjects.setdefault((pupil, date), {}).setdefault(it["name"], src)
                    for hw in it["homework"].values():
                        day_tasks.append((it["name"], hw["value"], hw["id"]))
                        seen_tasks.setdefault(pupil, {}).setdefault((it["name"], hw["value"]), src)
                    for m in it["assessments"]:
                        day_marks.append(dict(m, subject=it["name"], work=m.get("control_type"), num=it["num"]))
                        seen_marks.setdefault((pupil, date, it["name"]), {}).setdefault(m["value"], src)
                marks[(pupil, date)] = (src, day_marks)
                tasks[(pupil, date)] = (src, day_tasks)
        elif request.startswith("gethomework"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", "")) or {"items": {}}
                day_tasks = []
                for it in day["items"].values():
                    for hw in it["homework"].values():
                        day_tasks.append((it["name"], hw["value"], hw["id"]))
                        seen_tasks.setdefault(pupil, {}).setdefault((it["name"], hw["value"]), src)
                tasks[(pupil, date)] = (src, day_tasks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    work = (m.get("mtype") or {}).get("type")
                    by_day.setdefault(m["date"], []).append(dict(m, subject=subject["name"], work=work, num=None))
                    seen_marks.setdefault((pupil, m["date"], subject["name"]), {}).setdefault(m["value"], src)
            for date, day_marks in by_day.items():
                # the getmarks mark has no work type when it sends no mtype: keep the diary's (same lesson and nm)
                before = {(m["lesson_id"], m["nm"]): m for m in marks.get((pupil, date), ("", []))[1]}
                for m in day_marks:
                    if m["work"] is None and (m["lesson_id"], m["nm"]) in before:
                        m["work"] = before[(m["lesson_id"], m["nm"])]["work"]
                marks[(pupil, date)] = (src, day_marks)
            averages[pupil] = (src, [(s["name"], s["average"]) for s in result["students"][pupil]["lessons"]])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # guardians and class teachers (A.3 getrules), the quarter (A.3 Period)
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"latest getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers: dict[str, str] = {}
    for parent in sorted(rules):
        for cls, g in rules[parent]["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "I":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in lessons})
    dates = sorted({d for _, d in lessons})
    current_tasks = {p: {(s, t) for (q, _), (_, ts) in tasks.items() if q == p for s, t, _ in ts} for p in pupils}
    for pupil in pupils:
        for date in dates:
            src, its = lessons[(pupil, date)]
            shown = {it["name"] for it in its}
            # the lessons his latest answer for the day lists
            for it in its:
                wanted = lesson_wanted(pupil, date, it)
                if not wanted:
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                            topic=it["topic"], teacher=it["teacher"], room=it["room"],
                            starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                if "grp" in it:
                    fact["group_label"] = it["grp"]
                add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}»"
                              f"{' grp «' + it['grp'] + '»' if 'grp' in it else ''} lesson {it['lesson_id']} "
                              "(A.3 Day, Lesson item; his own answer, A.2 by student; times with rings)", **fact)
            # subjects an earlier answer of his listed that day, gone from the latest
            for subject, where in sorted(seen_subjects.get((pupil, date), {}).items()):
                if subject not in shown:
                    add("no_lesson", f"{where} listed «{subject}» on {date}; his latest answer for the day ({src}) "
                                     "does not (A.3 Day: each listed day is whole; he was elsewhere that day)",
                        student={"student": pupil}, date=date, subject=subject)
            # subjects other pupils had that day that his own answers never listed for him (movers only)
            if pupil in ("72104", "72106"):
                earlier = set(seen_subjects.get((pupil, date), {}))
                others = {}
                for other in pupils:
                    if other != pupil:
                        osrc, oits = lessons[(other, date)]
                        for it in oits:
                            others.setdefault(it["name"], (other, osrc))
                for subject, (other, osrc) in sorted(others.items()):
                    if pupil == "72104" and subject != "Робототехника":
                        continue  # her classmates' other subjects are hers too; only the elective is not
                    if pupil == "72106" and (subject == "Робототехника" or date not in OTHER_CLASS_DAYS):
                        continue
                    if subject not in shown and subject not in earlier:
                        add("no_lesson", f"«{subject}» on {date} is a lesson of {other} ({osrc}), of a class or group "
                                         f"{pupil} was not in that day: his own answers never list it (A.2 by "
                                         "student, A.3 Day)", student={"student": pupil}, date=date, subject=subject)
            # marks and attendance of the latest answer covering the day
            msrc, day_marks = marks[(pupil, date)]
            for m in day_marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (A.3 Absence "
                                      "pseudo-mark, A.6)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]))
                if m["work"]:
                    fact["work_type"] = m["work"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']} "
                            "(A.3 Assessment / SubjectMarks; the latest pull covering the day wins)", **fact)
            now = {(m["subject"], m["value"]) for m in day_marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value, where in sorted(values.items()):
                        if (subject, value) not in now and value not in ABSENCE:
                            add("no_mark", f"{where} showed '{value}' in «{subject}» on {date}; the latest answer "
                                           f"covering the day ({msrc}) no longer holds it at that lesson and nm "
                                           "(A.3 Assessment: a mark is its lesson_id and nm; corrected or deleted)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
            # the tasks of his latest answer for the day
            tsrc, day_tasks = tasks[(pupil, date)]
            for subject, text, hw_id in day_tasks:
                it = next((x for x in its if x["name"] == subject), {})
                wanted = homework_wanted(pupil, date, subject, it)
                if wanted:
                    add("homework", f"{tsrc}: task {hw_id} on the «{subject}» lesson of {date} (A.3 Lesson item "
                                    "homework; gethomework by student, A.2)", student={"student": pupil},
                        subject=subject, text=text, date=date)
    # tasks an earlier answer of his showed that none of his latest days holds
    for pupil in pupils:
        for (subject, text), where in sorted(seen_tasks.get(pupil, {}).items()):
            if (subject, text) not in current_tasks[pupil]:
                add("no_homework", f"{where} showed «{text}»; no latest answer of his days lists it any more (a "
                                   "day he was in another class or group, or a re-texted task; A.3 Day, Lesson item "
                                   "homework keyed by id)", student={"student": pupil}, subject=subject, text=text)
    # tasks of the group or class a mover was not in, which his own answers never listed (English and the elective)
    for pupil in MOVERS:
        for other in pupils:
            if other == pupil or pupil != "72106" and other == "72103":  # 7Б's tasks: only the trial pupil's
                continue
            for (o, date), (tsrc, day_tasks) in sorted(tasks.items()):
                if o != other:
                    continue
                for subject, text, _ in day_tasks:
                    if pupil == "72106" and (subject != "Английский язык" or date not in KEY_DAYS):
                        continue
                    if pupil == "72105" and subject != "Английский язык" or pupil == "72104" and subject != "Робототехника":
                        continue
                    if (subject, text) in current_tasks[pupil] or (subject, text) in seen_tasks.get(pupil, {}):
                        continue
                    if any(f["kind"] == "no_homework" and f["student"]["student"] == pupil and f["text"] == text
                           for f in facts):
                        continue
                    add("no_homework", f"«{text}» is a task of {other} ({tsrc}), set in a class or group {pupil} was "
                                       "not in that day; his own answers never list it (A.2 by student, A.3 Lesson "
                                       "item homework)", student={"student": pupil}, subject=subject, text=text)
    for pupil in MOVERS:
        src, rows = averages[pupil]
        for subject, average in rows:
            if average:
                add("vendor_average", f"{src}: «{subject}» average '{average}' over his marks of both classes and "
                                      "groups (A.3 SubjectMarks `average`)", student={"student": pupil},
                    subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
