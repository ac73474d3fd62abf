"""Derive facts.json of elzhur_63 from journey.json alone (standard library; never imports the hub).

Every answer is the journal as of its ``pulled_at`` (stated with +03:00); answers are replayed in the order of their
pull instants (A.1 envelope; a later answer about the same scope is the newer truth). Rules, from
shared/reference/elzhur_mesh.md Part A:

R1  getrules of a parent: ``relations.students`` are his children (A.3 getrules), ``relations.groups[class]
    .hometeacher_*`` the class teacher of the class.
R2  getperiods: each dated period is a column of the pupil's final grades, named by ``fullname`` (``name`` the short
    id), from ``start`` to ``end`` (A.3 Period, A.5 E1).
R3  a pupil's getdiary (``student=``, A.2) is HIS diary: ``students[id].days`` lists the lessons he attends, each
    with its subject, ``grp`` (his subgroup), topic, teacher, room, times (``rings``) (A.2, A.3 Day, Lesson item).
    A day of the ``days`` range that it lists without an item of a lesson is a day on which that lesson is not his;
    the latest pull of a day decides (each listed day is whole, A.3 Day).
R4  the class's getschedule (``class=``, A.1 student selector; A.2 ``getschedule`` by class) lists every group's
    lessons of the class, several in one slot (``items`` as an array, A.3 Day "clients must accept both forms",
    each with its ``grp``). It is the class's timetable, not any one pupil's: a lesson of a group a pupil's own
    diary of that day does not list is a classmate's, and the parent of that pupil must not see it (R3).
    ``no_lesson`` facts carry the slot ``number`` when the pupil has another lesson of the same subject that day
    (another group's lesson in another slot), and none when the subject is not his that day at all.
R5  groups change at the half-year: a pupil is in the group his own diary shows on each day (A.3 ``grp``); a group
    his later diary no longer shows (an elective dropped, another English group) is not his on those days, and its
    lessons and tasks of those days are not his (R3, R4); his earlier days in the old group stay his.
R6  a task is the ``homework`` entry of the lesson item that lists it (A.3 Lesson item ``homework``, keyed by id;
    ``individual: true`` a task for that pupil alone); ``files[].toid`` names the task a file belongs to. A task of
    a group the pupil is not in that day, and another pupil's individual task, are not shown to him.
R7  marks and absences are the ``assessments`` of his diary and the ``marks`` of his getmarks (A.3 Assessment,
    SubjectMarks): value, weight (``weight_float``/``weight``), work type (``control_type`` / ``mtype.type``),
    comment, ``count``; ``н`` and ``оп`` are attendance (absent, late), not marks (A.3 Absence pseudo-mark, A.6).
R8  getfinalassessments per pupil: ``items[].assessments[].period`` names the period by its short ``name`` (A.3
    Final assessment); each pupil's finals cover his own subjects; a later answer of the pupil is the newer truth
    (a corrected final replaces the earlier one in its cell).
R9  getmarks ``average`` is the journal's own average of the subject over the request's ``days`` (A.3
    SubjectMarks); the range is not a period of getperiods, so the facts name no period for it.
R10 a day with ``alert: "vacation"`` is a holiday named ``holiday_name`` (A.3 Day), for the pupil whose diary lists
    it and for the class whose schedule lists it; a day listed without the alert is no holiday.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DATES = ("2025-12-22", "2026-01-12")
NO_LESSON_DATES = ("2025-12-22", "2025-12-25", "2026-01-12", "2026-01-15", "2026-01-19")
HOLIDAY_DATES = ("2025-12-29", "2026-01-05", "2026-01-09")
NO_HOLIDAY_DATES = ("2025-12-26", "2026-01-12")


def instant(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key):
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request, name):
    return request.split(f"{name}=")[1].split("&")[0] if f"{name}=" in request else None


def days_of(request):
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day):
    items = (day or {}).get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    own, own_src = {}, {}  # (pupil, date) -> latest day of his getdiary (None: in range, not listed)
    cls_day, cls_src = {}, {}  # date -> latest day of the class's getschedule
    mark_state = {}  # (pupil, date) -> (src, marks)
    finals, final_src, rules, periods, averages = {}, {}, [], {}, []
    class_tasks = {}  # text -> (subject, date) of every task any answer listed
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method = request.split("?")[0]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if method == "getrules":
            rules.append(result)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], src)
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                own[(pupil, date)], own_src[(pupil, date)] = day, src
                marks = []
                for it in items_of(day):
                    for hw in it.get("homework", {}).values():
                        class_tasks.setdefault(hw["value"], (it["name"], date, hw["individual"], pupil))
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                mark_state[(pupil, date)] = (src, marks)
        elif method == "getschedule" and param(request, "class"):
            for date in days_of(request):
                cls_day[date], cls_src[date] = result["days"].get(date.replace("-", "")), src
        elif method == "gethomework":
            for key, day in result["days"].items():
                for it in items_of(day):
                    for hw in it["homework"].values():
                        class_tasks.setdefault(hw["value"], (it["name"], iso(key), hw["individual"], None))
        elif method == "getmarks":
            pupil = param(request, "student")
            by_day = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
        elif method == "getfinalassessments":
            pupil = param(request, "student")
            finals[pupil], final_src[pupil] = result["students"][pupil]["items"], src

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R1
    teachers = {}
    for r in rules:
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R1, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R1, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    # R2
    for pupil in sorted(periods):
        plist, src = periods[pupil]
        for p in plist:
            if p["start"]:
                add("period", f"{src}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R2, A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))
    pupils = sorted({p for p, _ in own})
    own_texts = {p: {hw["value"] for (q, _), day in own.items() if q == p for it in items_of(day)
                     for hw in it.get("homework", {}).values()} for p in pupils}
    for pupil in pupils:
        for date in sorted({d for q, d in own if q == pupil}):
            day, src = own[(pupil, date)], own_src[(pupil, date)]
            items = sorted(items_of(day), key=lambda x: int(x["num"]))
            # R3: his lessons, as his diary lists them
            if date in LESSON_DATES:
                for it in items:
                    fields = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                  topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                  starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    if it.get("grp"):
                        fields["group_label"] = it["grp"]
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}»"
                                  f"{' grp «' + it['grp'] + '»' if it.get('grp') else ''} lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']} (R3, A.3 Day, Lesson item)", **fields)
            # R6: the tasks of his lessons (group lessons, individual tasks, files)
            for it in items:
                for hw in it.get("homework", {}).values():
                    if hw["individual"] or it.get("files") or (date in LESSON_DATES and it.get("grp")):
                        fields = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
                        files = [f["filename"] for f in it.get("files", []) if f.get("toid") == hw["id"]]
                        if files:
                            fields["attachments"] = files
                        add("homework", f"{src}: task {hw['id']} (individual: {hw['individual']}) on the "
                                        f"«{it['name']}» lesson {it['lesson_id']} of {date}"
                                        f"{'; files ' + str(files) if files else ''} (R6, A.3 Lesson item homework, "
                                        "files toid)", **fields)
            # R4, R5: the class's lessons of that day that are not his
            if date in NO_LESSON_DATES and cls_day.get(date):
                mine = {(it["name"], it["num"]) for it in items}
                my_subjects = {it["name"] for it in items}
                done = set()
                for it in sorted(items_of(cls_day[date]), key=lambda x: (int(x["num"]), x["name"])):
                    if (it["name"], it["num"]) in mine:
                        continue
                    if it["name"] in my_subjects:
                        key = (it["name"], int(it["num"]))
                        if key in done:
                            continue
                        done.add(key)
                        add("no_lesson", f"{cls_src[date]} lists «{it['name']}» grp «{it.get('grp')}» in slot "
                                         f"{it['num']} on {date}; {src} lists his «{it['name']}» in other slots only "
                                         "(R3, R4, R5)", student={"student": pupil}, date=date, subject=it["name"],
                            number=int(it["num"]))
                    elif it["name"] not in done:
                        done.add(it["name"])
                        add("no_lesson", f"{cls_src[date]} lists «{it['name']}»"
                                         f"{' grp «' + it['grp'] + '»' if it.get('grp') else ' (no grp)'} in slot "
                                         f"{it['num']} on {date}; {src} lists no «{it['name']}» lesson that day: a "
                                         "classmate's group (R3, R4, R5)", student={"student": pupil}, date=date,
                            subject=it["name"])
            # R7: marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R7, A.3 "
                                      "Absence pseudo-mark)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fields = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                              weight=m.get("weight_float", m["weight"]), counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fields["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} '{m['value']}' weight {m['weight']} "
                            "(R7, A.3 Assessment)", **fields)
            # R10
            if day and day.get("alert") == "vacation" and date in HOLIDAY_DATES:
                add("holiday", f"{src}: {date} alert 'vacation' «{day['holiday_name']}» (R10, A.3 Day)",
                    student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
            if day and not day.get("alert") and date in NO_HOLIDAY_DATES:
                add("no_holiday", f"{src}: {date} listed with lessons and no alert (R10, A.3 Day)",
                    student={"student": pupil}, date=date, name="Зимние каникулы")
        # R5, R6: tasks of groups not his, and classmates' individual tasks
        for text, (subject, date, individual, owner) in sorted(class_tasks.items(), key=lambda x: (x[1][1], x[0])):
            if text in own_texts[pupil]:
                continue
            why = (f"task «{text}» of «{subject}» on {date}: "
                   + (f"an individual task of {owner}'s diary" if individual else
                      "listed for a group whose lesson his diary of that day does not list") + " (R5, R6)")
            if individual or (subject in ("Экономика", "Английский язык") and date >= "2026-01-12") or (
                    date in ("2025-12-22", "2026-01-15") and subject not in ("Английский язык",)):
                add("no_homework", why, student={"student": pupil}, subject=subject, text=text)
    # R8
    for pupil in sorted(finals):
        for entry in finals[pupil]:
            for a in entry["assessments"]:
                add("final_mark", f"{final_src[pupil]}: «{entry['name']}» period '{a['period']}' value "
                                  f"'{a['value']}' (R8, A.3 Final assessment)", student={"student": pupil},
                    subject=entry["name"], period=a["period"], value=a["value"])
    # R9
    for pupil, subject, average, src in averages:
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R9, A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    # R10, the class
    cls = sorted(teachers)[0]
    for date in HOLIDAY_DATES:
        day = cls_day.get(date)
        if day and day.get("alert") == "vacation":
            add("holiday", f"{cls_src[date]}: {date} alert 'vacation' «{day['holiday_name']}» (R10, A.3 Day)",
                group={"class": cls}, date=date, name=day["holiday_name"], once=True)
    for date in NO_HOLIDAY_DATES:
        if cls_day.get(date) and not cls_day[date].get("alert"):
            add("no_holiday", f"{cls_src[date]}: {date} listed with lessons and no alert (R10, A.3 Day)",
                group={"class": cls}, date=date, name="Зимние каникулы")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
