"""Derive facts.json of elzhur_52 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md Part A:
* R1 order: every answer is the journal as of its ``pulled_at`` (all stamped +03:00, the school's zone); answers
  are replayed in the order of their instants, the latest answer of a scope wins (A.1 envelope; hub README).
* R2 whole days: a getdiary over ``days=A-B`` is whole for every day of its range (A.3 Day: ``items`` are the day's
  lessons); a subject an earlier pull showed on a day and the latest does not list there is ``no_lesson``.
* R3 a subject is its text: the lesson shows the ``name`` its latest getdiary item gives (A.3 Lesson item
  ``name``). A rename in the journal that the latest answer of a day carries (the December week re-pulled after
  «Технология» became «Труд (технология)») is what the parent sees for that day; a subject the journal replaced from
  a date (ОБЖ -> ОБЗР) leaves the old days as they are.
* R4 a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment, getmarks marks carry the same fields): it
  shows under its lesson (``number`` = the item's ``num``) with the lesson's subject; the same mark listed by
  getmarks under a subject written otherwise (A.3 SubjectMarks ``name``: ``Литература.``,
  «Практикум «Расчеты в химии»» with е for ё) is that one mark, so no mark of that text shows under the variant
  name (``no_mark``); a mark an earlier answer held and the latest covering its day lacks is ``no_mark``; ``н`` is
  attendance, not a mark (A.3 Absence pseudo-mark).
* R5 a task is its id on the lesson that lists it (A.3 Lesson item ``homework``); a task an earlier answer showed
  and no latest day lists is ``no_homework``.
* R6 final marks: the latest getfinalassessments of a pupil is his whole list for the school year (A.2, A.3 Final
  assessment); each cell is the subject as that answer names it and the period by ``period`` = getperiods
  ``name`` (A.3 Period: «I полугодие»/``I``, «Годовая»/``Г``).
* R7 the journal's averages: each getmarks subject's ``average`` as sent (A.3 SubjectMarks), in the row of the
  subject it averages: as the pupil's diary names that subject when a diary item names the same subject (folded
  ё/е, case, spaces: the SubjectMarks marks are the diary's own marks by ``lesson_id``/``nm``, R4, so
  «Практикум «Расчеты в химии»» is a spelling of the diary's «Расчёты», A.3 Lesson item ``name``), else as getmarks
  names it; of the period whose ``start``-``end`` equals the request's ``days`` (A.3 Period: the dates are meant
  to be joined into ``days=start-end``).
* R8 people: getrules ``relations.students`` are the parent's children, ``relations.groups[c].hometeacher_name``
  the class teacher (A.3 getrules); getperiods dated periods are the final grades' columns (A.3 Period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
# the subjects of the theme: every lesson, task and mark of these is stated for every pupil; the other subjects'
# lessons for the first pupil on Mondays only, and English and Literature tasks for him only (the facts stay within 150-300)
THEME = {"Математика", "Алгебра", "Геометрия", "Вероятность и статистика", "ОБЖ",
         "Основы безопасности и защиты Родины", "Технология", "Труд (технология)", "Практикум «Расчёты в химии»",
         "Литература", "Английский язык"}
FULL_PUPIL = "52301"


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def fold(text: str) -> str:
    """How the read API's checker compares names (spaces collapsed, case folded): variants beyond it matter."""
    return " ".join(text.split()).casefold()


def fold_yo(text: str) -> str:
    """A subject's name with ё written е besides ``fold``: Russian writes ё optionally, so one subject."""
    return fold(text).replace("ё", "е")


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    seen_lessons: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects ever shown
    seen_tasks: dict[str, dict[tuple[str, str], str]] = {}  # pupil -> (subject, text) -> first source
    seen_marks: dict[tuple[str, str, str], tuple[str, str, str]] = {}  # (pupil, lesson, nm) -> (date, subj, value)
    getmarks_latest: dict[str, tuple[str, dict, str]] = {}  # pupil+days -> (request, result, src)
    finals: dict[str, tuple[dict, str]] = {}
    rules, periods = [], {}
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append((result, src))
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], src)
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                for it in (day or {}).get("items", {}).values():
                    seen_lessons.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, {}).setdefault((it["name"], hw["value"]), src)
                    for m in it["assessments"]:
                        seen_marks[(pupil, m["lesson_id"], m["nm"])] = (date, it["name"], m["value"])
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            getmarks_latest[f"{pupil}|{param(request, 'days')}"] = (request, result, src)
        elif request.startswith("getfinalassessments"):
            finals[param(request, "student")] = (result, src)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R8 people and periods
    latest_rules = {}
    for result, src in rules:
        latest_rules[result["id"]] = (result, src)
    for parent, (result, src) in sorted(latest_rules.items()):
        kids = sorted(result["relations"]["students"])
        add("children", f"{src}: relations.students {kids} (A.3 getrules)", guardian={"parent": parent},
            children=[{"student": k} for k in kids])
    teachers = {cls: (g["hometeacher_name"], src) for result, src in latest_rules.values()
                for cls, g in result["relations"]["groups"].items()}
    for cls, (name, src) in sorted(teachers.items()):
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name (A.3 getrules)", teacher=name,
            **{"class": {"class": cls}})
    for pupil, (plist, src) in sorted(periods.items()):
        for p in plist:
            if p["start"]:
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # R2-R5 the diary
    pupils = sorted({p for p, _ in day_state})
    current_tasks: dict[str, set] = {}
    current_marks = set()
    for pupil in pupils:
        for date in sorted(d for p, d in day_state if p == pupil):
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            for it in items:
                number, subject = int(it["num"]), it["name"]
                stated = subject in THEME or (pupil == FULL_PUPIL and dt.date.fromisoformat(date).weekday() == 0)
                if stated:
                    add("lesson", f"{src}: {date} item {number} «{subject}» lesson {it['lesson_id']} "
                                  f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; R3)",
                        student={"student": pupil}, date=date, subject=subject, number=number, topic=it["topic"],
                        teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                for hw in it["homework"].values():
                    current_tasks.setdefault(pupil, set()).add((subject, hw["value"]))
                    if subject in THEME and (subject not in ("Английский язык", "Литература") or pupil == FULL_PUPIL):
                        add("homework", f"{src}: task {hw['id']} on {date} lesson {number} «{subject}» (A.3 Lesson "
                                        "item homework; R5)", student={"student": pupil}, date=date,
                            subject=subject, number=number, text=hw["value"])
                for m in it["assessments"]:
                    current_marks.add((pupil, m["lesson_id"], m["nm"]))
                    if m["value"] in ABSENCE:
                        add("attendance", f"{src}: pseudo-mark '{m['value']}' on lesson {m['lesson_id']} "
                                          "(A.3 Absence pseudo-mark; R4)", student={"student": pupil}, date=date,
                            subject=subject, number=number, code=m["value"], meaning=ABSENCE[m["value"]])
                        continue
                    fact = dict(student={"student": pupil}, date=date, subject=subject, number=number,
                                value=m["value"], weight=m["weight"], counts=bool(m["count"]),
                                work_type=m["control_type"])
                    if m["comment"]:
                        fact["comment"] = m["comment"]
                    add("mark", f"{src}: lesson {m['lesson_id']} nm {m['nm']} '{m['value']}' under item {number} "
                                f"«{subject}» (A.3 Assessment; R4)", **fact)
            live = {it["name"] for it in items}
            for subject in sorted(seen_lessons.get((pupil, date), set()) - live):
                add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» (an earlier pull did): "
                                 "each listed day is whole (A.3 Day; R2, R3)", student={"student": pupil}, date=date,
                    subject=subject)
            if date == "2027-01-19":
                add("no_lesson", f"{src}: 19 Jan's lesson 3 is «Основы безопасности и защиты Родины»; ОБЖ was "
                                 "replaced from 11 Jan (A.3 Lesson item name; R3)", student={"student": pupil},
                    date=date, subject="ОБЖ")
    for (pupil, lesson, nm), (date, subject, value) in sorted(seen_marks.items()):
        if (pupil, lesson, nm) not in current_marks and value not in ABSENCE:
            add("no_mark", f"'{value}' (lesson {lesson} nm {nm}) was shown by an earlier pull; the latest answers "
                           f"covering {date} lack it (A.3 Assessment; R4)", student={"student": pupil}, date=date,
                subject=subject, value=value)
    for pupil, tasks in sorted(seen_tasks.items()):
        for (subject, text), src in sorted(tasks.items()):
            if (subject, text) not in current_tasks.get(pupil, set()):
                add("no_homework", f"{src} showed «{text}»; no latest day lists it (A.3 Lesson item homework; R5)",
                    student={"student": pupil}, subject=subject, text=text)

    # R4 getmarks: the same marks under subjects written otherwise; R7 the journal's averages
    period_of = {(p["start"], p["end"]): p["fullname"] for plist, _ in periods.values() for p in plist if p["start"]}
    for key, (request, result, src) in sorted(getmarks_latest.items()):
        pupil, span = key.split("|")
        for subject in result["students"][pupil]["lessons"]:
            for m in subject["marks"]:
                date = m["date"]
                lesson = next((it for it in ((day_state.get((pupil, date)) or {}).get("items", {}).values())
                               if it["lesson_id"] == m["lesson_id"]), None)
                if lesson and fold(lesson["name"]) != fold(subject["name"]) and m["value"] not in ABSENCE:
                    add("no_mark", f"{src}: getmarks lists '{m['value']}' (lesson {m['lesson_id']} nm {m['nm']}) "
                                   f"under «{subject['name']}»; it is the mark of the «{lesson['name']}» lesson "
                                   "(A.3 Assessment lesson_id/nm, SubjectMarks name; R4): no second mark shows "
                                   "under the variant name", student={"student": pupil}, date=date,
                        subject=subject["name"], value=m["value"])
            if subject["average"] != "":
                first, last = span.split("-")
                diary_names = {fold_yo(it["name"]): it["name"]
                               for (p, _), day in sorted(day_state.items()) if p == pupil
                               for it in (day or {}).get("items", {}).values()}
                row = diary_names.get(fold_yo(subject["name"]), subject["name"])
                fact = dict(student={"student": pupil}, subject=row, value=subject["average"])
                if (first, last) in period_of:
                    fact["period"] = period_of[(first, last)]
                shown_as = "" if row == subject["name"] else f", in the row the diary names «{row}»"
                add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}' over {span}"
                                      f"{shown_as} (A.3 SubjectMarks, Lesson item name; R7)", **fact)

    # R6 final marks
    for pupil, (result, src) in sorted(finals.items()):
        for it in result["students"][pupil]["items"]:
            for a in it["assessments"]:
                add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' = '{a['value']}' (A.3 Final "
                                  "assessment; R6)", student={"student": pupil}, subject=it["name"],
                    period=a["period"], value=a["value"])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
