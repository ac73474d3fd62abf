"""Derive facts.json of elzhur_20 from journey.json and the vendor reference (shared/reference/elzhur_mesh.md,
Part A). Standard library only; deterministic; imports nothing of the hub.

What a parent must see from each answer: the lessons of a pupil's getdiary/getschedule (A.3 Day, Lesson item), the
marks of getdiary/getmarks with their weight (weight_float, else weight), counting (count), work type (control_type,
else mtype.type) and comment (A.3 Assessment, SubjectMarks), the absence pseudo-marks as attendance (A.3 Absence,
A.6), the tasks of getdiary/gethomework with their files (A.3 homework, files), vacation days (A.3 Day alert),
getperiods' dated periods (A.3 Period), getfinalassessments (A.3 Final assessment), getmarks' average (A.3
SubjectMarks) and getrules' children and class teacher (A.3 getrules). And what the parent must not see: the other
subgroup's and another pupil's individual tasks, the absences as marks, the phantom empty mark, lessons on a
vacation day."""

import json
import re
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}  # A.3 Absence, A.6


def method_and_query(request):
    path, _, query = request.partition("?")
    method = re.sub(r"^.*/", "", path)  # bare method, /apiv3/method, or a full URL (A.1)
    return method, {k: v[0] for k, v in parse_qs(query).items()}


def truthy(value):  # A.3: bool; the public client models leave the type open ("1", "true", "__yes")
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "__yes")
    return bool(value)


def number(value):
    if isinstance(value, str):
        return float(value) if "." in value else int(value)
    return value


def as_list(value):  # A.1/A.3: students and items as object or array
    if isinstance(value, dict):
        return list(value.values())
    return list(value or [])


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def tasks(item):
    hw = item.get("homework") or {}
    files = item.get("files") or []
    if isinstance(files, dict):  # older servers: {"file": [...]}, no toid: the lesson's files (A.3 files)
        files = files.get("file") or []
    out = []
    for task in as_list(hw):
        names = [f["filename"] for f in files if f.get("toid") in (None, number(task["id"]))]
        out.append((str(task["id"]), task["value"], truthy(task.get("individual")), names))
    return out


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    lessons, marks, homework, hw_class, holidays_pupil, holidays_class = {}, {}, {}, {}, {}, {}
    children, teachers, periods, finals, averages, pupils_seen = {}, {}, {}, {}, {}, set()
    step_of = {}
    for step in journey["steps"]:
        for batch in step["batches"]:
            for record in batch:
                method, query = method_and_query(record["request"])
                where = f"step {step['name'][:2]} `{record['request'].split('devkey')[0].rstrip('?&')}`"
                result = record["body"]["response"]["result"]
                if method == "getrules":
                    kids = sorted(s["name"] for s in as_list(result["relations"]["students"]))
                    children[str(result.get("id") or result["name"])] = (kids, where)
                    for name, group in result["relations"]["groups"].items():
                        teachers[name] = (group["hometeacher_name"], where)
                elif method == "getperiods":
                    for student in as_list(result["students"]):
                        for p in student["periods"]:
                            if p["start"] and p["end"]:
                                periods[p["name"]] = (iso(p["start"]), iso(p["end"]), p["fullname"], where)
                elif method == "getfinalassessments":
                    for student in as_list(result["students"]):
                        for item in student["items"]:
                            for a in item["assessments"]:
                                finals[(student["name"], item["name"], a["period"])] = (a["value"], where)
                elif method == "getmarks":
                    start, end = query["days"].split("-")
                    for student in as_list(result["students"]):
                        for subject in student["lessons"]:
                            if subject.get("average") not in (None, ""):
                                averages[(student["name"], subject["name"])] = (subject["average"], start, end, where)
                            for m in subject["marks"]:
                                add_mark(marks, student["name"], subject["name"], m["date"], m, where,
                                         (m.get("mtype") or {}).get("type"))
                elif method in ("getdiary", "getschedule", "gethomework"):
                    if "class" in query:
                        for day in as_list(result["days"]):
                            if day.get("alert") == "vacation":
                                holidays_class[(query["class"], day["name"])] = (day.get("holiday_name"), where)
                            for item in as_list(day.get("items")):
                                for tid, text, individual, files in tasks(item):
                                    hw_class[tid] = (item["name"], item.get("grp"), day["name"], text, files, where)
                        continue
                    for student in as_list(result["students"]):
                        pupil = student["name"]
                        pupils_seen.add(pupil)
                        for day in as_list(student["days"]):
                            if day.get("alert") == "vacation":
                                holidays_pupil[(pupil, day["name"])] = (day.get("holiday_name"), where)
                            for item in as_list(day.get("items_extday")):  # A.3 items_extday: homework[]
                                for tid, text, individual, files in tasks(item):
                                    homework[(pupil, tid)] = (item["name"], day["name"], text, files, individual,
                                                              where + " items_extday (extra-curricular)")
                            for item in as_list(day.get("items")):
                                if method != "gethomework":
                                    key = (pupil, day["name"], int(item["num"]))
                                    fields = lessons.setdefault(key, {"subject": item["name"], "where": where})
                                    for src, dst in (("teacher", "teacher"), ("room", "room"), ("topic", "topic"),
                                                     ("grp", "group_label")):
                                        if item.get(src):
                                            fields[dst] = item[src]
                                    if item.get("starttime"):
                                        fields["starts_at"], fields["ends_at"] = item["starttime"][:5], item["endtime"][:5]
                                for tid, text, individual, files in tasks(item):
                                    homework[(pupil, tid)] = (item["name"], day["name"], text, files, individual, where)
                                for m in item.get("assessments") or []:
                                    add_mark(marks, pupil, item["name"], m["date"], m, where, None)
    facts = []

    def fact(kind, why, **body):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind,
                      **body, "why": why})

    for parent, (kids, where) in sorted(children.items()):
        fact("children", f"{where}: relations.students of this parent's getrules, the guardian is the parent's "
                         "user id (A.3 getrules).", guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (teacher, where) in sorted(teachers.items()):
        fact("class_teacher", f"{where}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (A.3 getrules).",
             **{"class": {"class": cls}}, teacher=teacher)
    for name, (start, end, full, where) in sorted(periods.items()):
        fact("period", f"{where}: getperiods period {name!r} ({full}) start-end as YYYYMMDD (A.3 Period, A.4).",
             name=name, starts_on=start, ends_on=end)
    for (cls, day), (name, where) in sorted(holidays_class.items()):
        fact("holiday", f"{where}: day {day} alert \"vacation\" with holiday_name (A.3 Day).",
             **{"class": {"class": cls}}, date=iso(day), name=name)
    for (pupil, day), (name, where) in sorted(holidays_pupil.items()):
        fact("holiday", f"{where}: day {day} alert \"vacation\" with holiday_name, one holiday however many answers "
                        "report it (A.3 Day).", student={"student": pupil}, date=iso(day), name=name, once=True)
        for (p, d, num), f in sorted(lessons.items()):
            if p == pupil and d != day and int(d[6:]) - int(day[6:]) in (-7, 7) and True:
                fact("no_lesson", f"{where}: day {day} is a vacation day with no items; the same weekday's "
                                  f"{f['subject']} #{num} of {d} does not take place (A.3 Day alert).",
                     student={"student": pupil}, date=iso(day), subject=f["subject"], number=num)
    for (pupil, day, num), f in sorted(lessons.items()):
        if not followed(pupil, f["subject"], day, bool(f.get("group_label"))):
            continue
        body = {k: v for k, v in f.items() if k not in ("where", "subject")}
        fact("lesson", f"{f['where']}: lesson item num {num} of day {day}: name, teacher, room, topic, grp, "
                       "starttime/endtime with rings (A.3 Lesson item; `HH:MM:SS` or `HH:MM`).",
             student={"student": pupil}, date=iso(day), number=num, subject=f["subject"], **body)
    for (pupil, lid, nm), m in sorted(marks.items()):
        value, code = m["value"], m["value"].strip().lower()
        common = {"student": {"student": pupil}, "date": m["date"], "subject": m["subject"]}
        if value.strip() == "":
            fact("no_mark", f"{m['where']}: lesson_id {lid} nm {nm} is an empty value, a phantom mark clients skip "
                            "(A.3 Assessment value, A.6 \"\").", **common)
        elif code in ATTENDANCE:
            fact("attendance", f"{m['where']}: lesson_id {lid} nm {nm} value {value!r}, count false, convert 0: the "
                               f"absence pseudo-mark {ATTENDANCE[code]} (A.3 Absence pseudo-mark, A.6).",
                 **common, code=value, meaning=ATTENDANCE[code])
            fact("no_mark", f"{m['where']}: lesson_id {lid} nm {nm} value {value!r} is attendance, not a mark (A.6).",
                 **common, value=value)
        else:
            extra = {}
            if m.get("weight") is not None:
                extra["weight"] = m["weight"]
            extra["counts"] = m["counts"]
            if m.get("work_type"):
                extra["work_type"] = m["work_type"]
            if m.get("comment"):
                extra["comment"] = m["comment"]
            fact("mark", f"{m['where']}: lesson_id {lid} nm {nm}: value as displayed, weight_float else weight, "
                         "count, control_type or mtype.type, comment (A.3 Assessment, SubjectMarks; A.6).",
                 **common, value=value, **extra)
    for (pupil, tid), (subject, day, text, files, individual, where) in sorted(homework.items()):
        if not (followed(pupil, subject, day, subject == "Английский язык") or individual or files
                or "items_extday" in where):
            continue
        body = {"attachments": sorted(files)} if files else {}
        fact("homework", f"{where}: task {tid} of the {subject} item of day {day}"
                         f"{' (individual)' if individual else ''}; files by toid, or the lesson's files.file "
                         "(A.3 Lesson item homework, files).",
             student={"student": pupil}, subject=subject, text=text, date=iso(day), **body)
    groups = {}
    for (pupil, day, num), f in lessons.items():
        if f.get("group_label"):
            groups[pupil] = f["group_label"]
    for tid, (subject, grp, day, text, files, where) in sorted(hw_class.items()):
        for pupil in sorted(pupils_seen):
            if grp and groups.get(pupil) and groups[pupil] != grp:
                fact("no_homework", f"{where}: task {tid} is {grp!r}'s; this pupil's own answers show "
                                    f"{groups[pupil]!r} (A.3 grp, A.2 gethomework class=).",
                     student={"student": pupil}, subject=subject, text=text)
    individual = {tid for (p, tid), h in homework.items() if h[4]}
    for tid in sorted(individual):
        owners = {p for (p, t) in homework if t == tid}
        subject, day, text = next(h[:3] for (p, t), h in homework.items() if t == tid)
        for pupil in sorted(pupils_seen - owners):
            fact("no_homework", f"task {tid} is individual (individual true) in {sorted(owners)}'s answers only; no "
                                "answer of this pupil or the class lists it (A.3 homework individual).",
                 student={"student": pupil}, subject=subject, text=text)
    for (pupil, subject), (value, start, end, where) in sorted(averages.items()):
        name = next((n for n, (s, e, _, _) in periods.items() if (s, e) == (iso(start), iso(end))), None)
        body = {"period": name} if name else {}
        fact("vendor_average", f"{where}: average of {subject} as sent over days {start}-{end}"
                               f"{' = period ' + name if name else ''} (A.3 SubjectMarks, Period).",
             student={"student": pupil}, subject=subject, value=value, **body)
    for (pupil, subject, period), (value, where) in sorted(finals.items()):
        fact("final_mark", f"{where}: assessments[] period {period!r} value as sent (A.3 Final assessment, A.5 E4; "
                           "non-numeric values A.6).", student={"student": pupil}, subject=subject, period=period,
             value=value)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), {k: sum(f["kind"] == k for f in facts) for k in sorted({f["kind"] for f in facts})})


FOLLOWED = "71001"  # every lesson and task of the first pupil; of the others, the subgroup's and the last day's


def followed(pupil, subject, day, subgroup):
    return pupil == FOLLOWED or subgroup or day == "20260313"


def add_mark(marks, pupil, subject, date, m, where, mtype):
    key = (pupil, str(m["lesson_id"]), str(m["nm"]))
    entry = marks.setdefault(key, {"subject": subject, "date": date, "where": where})
    entry["value"] = m["value"]
    if m.get("weight_float") not in (None, ""):
        entry["weight"] = number(m["weight_float"])
    elif m.get("weight") not in (None, ""):
        entry["weight"] = number(m["weight"])
    entry["counts"] = truthy(m.get("count"))
    if m.get("control_type") or mtype:
        entry["work_type"] = m.get("control_type") or mtype
    if m.get("comment"):
        entry["comment"] = m["comment"]


if __name__ == "__main__":
    main()
