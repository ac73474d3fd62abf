"""Derive facts.json of elzhur_56 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md (Part A; Part D where it says what is not confirmed):

R1 Order. Every answer is the journal as of its ``pulled_at`` (hub README "The request envelope": the latest pull
   wins). Answers are replayed in the order of their instants; a naive one would be read in the school's zone
   (journey ``school.timezone``, Asia/Yekaterinburg, UTC+5 all year); all of these carry ``+05:00``.
R2 Whole days. A getdiary or getschedule over ``days=A-B`` lists each day of the range whole (A.1 ``days``; A.3 Day:
   ``items`` are the day's lessons): the latest answer covering a day says which lessons the day holds, with their
   number (``num``), ``topic``, ``teacher``, ``room`` and times (``starttime``/``endtime``, sent with ``rings``,
   A.3 Lesson item). A lesson is its ``lesson_id`` (A.3 Lesson item). A subject an earlier answer listed on a day
   and the latest one does not list as a live lesson is gone that day (``no_lesson``); a planned topic ``""`` is
   no topic yet, so a lesson fact states the latest topic only.
R3 Cancel. An item named ``"Cancel"`` is a cancelled lesson (A.3 Lesson item ``name``: "`Cancel` has been seen for
   a cancelled lesson" [S, felpsyatina]): no live lesson of the subject it had, and none called «Cancel».
R4 Marks. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment; A.3 SubjectMarks gives getmarks the same
   fields). The latest getdiary covering a day (or getmarks over it, A.2) holds the day's marks whole: a mark an
   earlier answer showed and the latest lacks is taken off (``no_mark`` of that value under that lesson number); a
   changed ``value`` under the same ``lesson_id``/``nm`` is the same mark amended (the old value must not show). A
   mark fact states ``value``, ``weight`` (A.3: ``weight``/``weight_float``), ``counts`` (``count``), the work type
   (``control_type``; A.3, A.6) and a non-empty ``comment``, under its lesson's ``num``.
R5 Attendance. ``н``/``Н`` (absent) and ``оп``/``ОП`` (late) are pseudo-marks with ``count: false``,
   ``convert: 0`` (A.3 Absence pseudo-mark [C]); ``б`` (ill) and ``уп`` (excused) are read the same way by A.6's
   row «`б`, `у`/`уп` ... ill, excused» (marked [U] there: school-configurable text; Part D 2). They are attendance
   with their ``code``, never a mark (``no_mark`` of the code). The latest code of a lesson wins (an ``н`` made
   ``уп``); a lesson whose pseudo-mark the latest answer dropped shows the pupil present (no code).
R6 Tasks. A task is its id in the ``homework`` map of the lesson that lists it (A.3 Lesson item ``homework``
   ``{id, value, individual}``); its text is the latest ``value``; ``files`` with ``toid`` = the task's id are its
   attachments (A.3 ``files``). A text an earlier answer showed that no latest day holds any more (edited, withdrawn,
   its lesson cancelled or replaced) must not show anywhere (``no_homework``).
R7 People. getrules of a parent: ``relations.students`` are the parent's children, ``relations.groups[cls]
   .hometeacher_name`` the class teacher (A.3 getrules). getperiods: a dated period by its ``fullname`` with its
   ``start``/``end`` (A.3 Period). getmarks ``average`` is the journal's own average of the subject over the
   request's ``days`` (A.3 SubjectMarks), stated without a period: 13-14 Oct is no period of getperiods.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "уп": "excused"}


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


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], tuple[str, dict | None]] = {}  # (pupil, date) -> (source, day)
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    seen_subjects: dict[tuple[str, str], set] = {}  # (pupil, date) -> live subjects ever listed
    seen_marks: dict[tuple[str, str], set] = {}  # (pupil, date) -> (subject, num, value) ever shown
    seen_absent: dict[tuple[str, str], set] = {}  # (pupil, date) -> (subject, num) with a pseudo-mark ever shown
    seen_tasks: dict[str, set] = {}  # pupil -> (subject, text) ever shown
    rules, periods, averages = [], {}, []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = (src, st["periods"])
        elif request.startswith(("getdiary", "getschedule")):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (src, day)
                marks = []
                for it in (day or {}).get("items", {}).values():
                    num = int(it["num"])
                    if it["name"] != "Cancel":
                        seen_subjects.setdefault((pupil, date), set()).add(it["name"])
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], num=num, work=m.get("control_type")))
                        if m["value"] in ABSENCE:
                            seen_absent.setdefault((pupil, date), set()).add((it["name"], num))
                        else:
                            seen_marks.setdefault((pupil, date), set()).add((it["name"], num, m["value"]))
                if request.startswith("getdiary"):
                    mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            nums = {(it["lesson_id"]): int(it["num"]) for (p, _), (_, day) in day_state.items() if p == pupil
                    for it in (day or {}).get("items", {}).values()}
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(dict(
                        m, subject=subject["name"], num=nums.get(m["lesson_id"]),
                        work=(m.get("mtype") or {}).get("type", "")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R7: guardians, class teachers, the quarter
    for r in sorted(rules, key=lambda x: x["id"]):
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R7; A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R7; A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        src, rows = periods[pupil]
        for p in rows:
            if p["name"] == "I":
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R7; A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    for (pupil, date) in sorted(day_state):
        src, day = day_state[(pupil, date)]
        who = {"student": pupil}
        items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
        live = {it["name"] for it in items if it["name"] != "Cancel"}
        for it in items:  # R2: the lessons as the latest answer lists them
            if it["name"] == "Cancel":
                continue
            fields = dict(student=who, date=date, subject=it["name"], number=int(it["num"]), teacher=it["teacher"],
                          room=it["room"], starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
            if it["topic"]:
                fields["topic"] = it["topic"]
            add("lesson", f"{src}: {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, teacher "
                          f"«{it['teacher']}», {it['starttime']}-{it['endtime']} (R2; A.3 Day, Lesson item)", **fields)
            files = {}
            for f in it.get("files", []):
                files.setdefault(f["toid"], []).append(f["filename"])
            for hw in it["homework"].values():  # R6
                extra = {"attachments": sorted(files[hw["id"]])} if hw["id"] in files else {}
                add("homework", f"{src}: task {hw['id']} on lesson {it['num']} «{it['name']}» of {date}"
                                f"{', files ' + str(extra['attachments']) if extra else ''} (R6; A.3 homework, files)",
                    student=who, date=date, subject=it["name"], number=int(it["num"]), text=hw["value"], **extra)
        for subject in sorted(seen_subjects.get((pupil, date), set()) - live):  # R2, R3
            add("no_lesson", f"{src}: the latest answer for {date} lists no live «{subject}» lesson; an earlier pull "
                             "did (R2 whole days; R3 «Cancel»)", student=who, date=date, subject=subject)
        if any(it["name"] == "Cancel" for it in items):
            add("no_lesson", f"{src}: an item named «Cancel» on {date} is a cancelled lesson, not a subject (R3; A.3 "
                             "Lesson item `name`)", student=who, date=date, subject="Cancel")
        msrc, marks = mark_state.get((pupil, date), ("", []))
        shown, absent_now = set(), set()
        for m in sorted(marks, key=lambda x: (x["num"] or 0, x["nm"])):
            if m["value"] in ABSENCE:  # R5
                absent_now.add((m["subject"], m["num"]))
                add("attendance", f"{msrc}: pseudo-mark '{m['value']}' (count {m['count']}, convert {m['convert']}) "
                                  f"on lesson {m['num']} {m['lesson_id']} (R5; A.3 Absence, A.6)",
                    student=who, date=date, subject=m["subject"], number=m["num"], code=m["value"],
                    meaning=ABSENCE[m["value"]])
                add("no_mark", f"{msrc}: '{m['value']}' on lesson {m['num']} is attendance, not a mark (R5; A.3 "
                               "Absence pseudo-mark)", student=who, date=date, subject=m["subject"], number=m["num"],
                    value=m["value"])
                continue
            shown.add((m["subject"], m["num"], m["value"]))
            fact = dict(student=who, date=date, subject=m["subject"], number=m["num"], value=m["value"],
                        weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{msrc}: lesson {m['num']} {m['lesson_id']} nm {m['nm']} '{m['value']}' weight {m['weight']}"
                        f" «{m['work']}» (R4; A.3 Assessment, SubjectMarks)", **fact)
        for subject, num, value in sorted(seen_marks.get((pupil, date), set()) - shown):  # R4
            add("no_mark", f"'{value}' on lesson {num} «{subject}» of {date} was shown by an earlier pull; the latest "
                           f"({msrc}) lacks it or shows the mark amended (R4)", student=who, date=date,
                subject=subject, number=num, value=value)
        for subject, num in sorted(seen_absent.get((pupil, date), set()) - absent_now):  # R5
            add("attendance", f"an earlier pull showed a pseudo-mark on lesson {num} «{subject}» of {date}; the latest "
                              f"({msrc}) has none: present (R5)", student=who, date=date, subject=subject, number=num,
                meaning="present")
    current = {(p, it["name"], hw["value"]) for (p, _), (_, day) in day_state.items()
               for it in (day or {}).get("items", {}).values() for hw in it["homework"].values()}
    for pupil in sorted(seen_tasks):  # R6
        for subject, text in sorted(seen_tasks[pupil]):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» («{subject}») was shown by an earlier pull; no latest day of "
                                   f"{pupil} holds it (edited, withdrawn, or its lesson cancelled or replaced; R6)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil, subject, average, src in sorted(averages):  # R7
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R7; A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(facts)} facts")


if __name__ == "__main__":
    main()
