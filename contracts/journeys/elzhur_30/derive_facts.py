"""Derive facts.json of elzhur_30 from journey.json and the vendor reference (shared/reference/elzhur_mesh.md,
Part A). Standard library only; deterministic; imports nothing of the hub.

The theme is text and values as typed: every text is compared as the vendor sent it (the judge compares with
whitespace runs collapsed and case folded, nothing more), never decoded, trimmed of markup or "fixed".

R1  children: a parent's getrules `relations.students` are the parent's children; guardian = the getrules `id`
    (A.3 getrules).
R2  class_teacher: `relations.groups[<class>].hometeacher_name`, exactly as typed (ё, double surname) (A.3 getrules).
R3  period: every dated getperiods period, `start`/`end` YYYYMMDD (A.3 Period, A.4).
R4  lesson: each item of a pupil's getdiary/getschedule (`students.<id>.days.<day>.items`): subject = `name`
    exactly as typed (two subjects that differ only in case or spacing are two subjects; a Latin look-alike letter
    stays), slot = `num`, `teacher`, `room`, `topic` (HTML entities and tags, quotes, tabs, line breaks and emoji
    as sent), `starttime`/`endtime` to the minute, `grp` as the group label (A.3 Lesson item). Every lesson of the
    followed pupil 73401; of the others, the subgroup's lessons and the lessons whose subject or teacher carries a
    trap (a twin subject, a Latin letter).
R5  mark: each getdiary assessment whose `value` is neither "" nor an absence code: value exactly as displayed
    (`5`, `4-`, `5/4`, `зач`, `+`, `-`, `4+`), weight = `weight_float` (number or numeric string) else `weight`,
    counts = `count`, work type = `control_type` else getmarks `mtype.type`, comment as typed when not empty
    (A.3 Assessment, SubjectMarks; A.6: the vocabulary is open text, rely on count/convert; D.2).
R6  attendance + no_mark: `н`/`Н` absent, `оп`/`ОП` late, `б`/`Б` ill (A.3 Absence pseudo-mark; A.6, the б row
    [U]): the journal's code as sent, and no mark of that value (A.6).
R7  no_mark: a phantom `""` assessment shows no mark in that subject that day when it is the only assessment
    there (A.3 Assessment value, A.6).
R8  homework: each task of a pupil's getdiary/gethomework lesson item: subject, text exactly as sent (markup,
    entities, CR/LF, tabs, emoji, a text of several thousand characters), the lesson's date, the files whose
    `toid` is the task's id (A.3 Lesson item homework, files). Every task of 73401; of the others, the subgroup's.
R9  no_homework: a task of the class's gethomework (`class=`) whose `grp` is the other English group than the
    pupil's own answers show (A.3 grp; A.2 gethomework class=).
R10 vendor_average: a getmarks subject's non-empty `average` as sent, of the period whose dates equal `days`
    (A.3 SubjectMarks, Period); twin subjects each keep their own.
R11 final_mark: each getfinalassessments assessment's `value` as sent, per subject as typed and `period`
    (A.3 Final assessment, A.5 E4, A.6); twin subjects each keep their own.
"""

import json
import re
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill"}  # A.3 Absence, A.6
FOLLOWED = "73401"


def method_and_query(request):
    path, _, query = request.partition("?")
    return re.sub(r"^.*/", "", path), {k: v[0] for k, v in parse_qs(query).items()}


def as_list(value):
    return list(value.values()) if isinstance(value, dict) else list(value or [])


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def number(value):
    if isinstance(value, str):
        return float(value) if "." in value else int(value)
    return value


def truthy(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "__yes")
    return bool(value)


def trap(subject, teacher):
    """A subject with a twin differing in case/spacing, or a non-Cyrillic letter in a Cyrillic name."""
    latin = any("a" <= c.lower() <= "z" for c in subject + (teacher or "")) and any(
        "а" <= c.lower() <= "я" for c in subject + (teacher or ""))
    return latin or subject.startswith("Родной язык") or subject.startswith("Физическая")


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    children, teachers, periods, lessons, marks, homework = {}, {}, {}, {}, {}, {}
    class_hw, averages, finals, groups, mtypes = {}, {}, {}, {}, {}
    for step in journey["steps"]:
        for batch in step["batches"]:
            for record in batch:
                method, query = method_and_query(record["request"])
                where = f"step {step['name'][:2]} `{record['request'].split('?')[0]}"
                where += f"?{'&'.join(f'{k}={v}' for k, v in query.items() if k in ('student', 'class', 'days'))}`"
                result = record["body"]["response"]["result"]
                if method == "getrules":
                    children[str(result["id"])] = (sorted(s["name"] for s in as_list(result["relations"]["students"])),
                                                   where)
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
                            for mk in subject["marks"]:
                                if mk.get("mtype"):
                                    mtypes[(student["name"], str(mk["lesson_id"]), str(mk["nm"]))] = mk["mtype"]["type"]
                elif method in ("getdiary", "getschedule", "gethomework"):
                    if "class" in query:
                        for day in as_list(result["days"]):
                            for item in as_list(day.get("items")):
                                for task in as_list(item.get("homework")):
                                    class_hw[str(task["id"])] = (item["name"], item.get("grp"), day["name"],
                                                                 task["value"], where)
                        continue
                    for student in as_list(result["students"]):
                        pupil = student["name"]
                        for day in as_list(student["days"]):
                            for item in as_list(day.get("items")):
                                if item.get("grp"):
                                    groups[(pupil, item["name"])] = item["grp"]
                                if method != "gethomework":
                                    key = (pupil, day["name"], int(item["num"]))
                                    f = lessons.setdefault(key, {"subject": item["name"], "where": where})
                                    for src, dst in (("teacher", "teacher"), ("room", "room"), ("topic", "topic"),
                                                     ("grp", "group_label")):
                                        if item.get(src):
                                            f[dst] = item[src]
                                    if item.get("starttime"):
                                        f["starts_at"], f["ends_at"] = item["starttime"][:5], item["endtime"][:5]
                                files = item.get("files") or []
                                if isinstance(files, dict):
                                    files = files.get("file") or []
                                for task in as_list(item.get("homework")):
                                    names = sorted(fl["filename"] for fl in files
                                                   if fl.get("toid") in (None, number(task["id"])))
                                    homework.setdefault((pupil, str(task["id"])),
                                                        (item["name"], day["name"], task["value"], names,
                                                         item.get("grp"), where))
                                for a in item.get("assessments") or []:
                                    marks[(pupil, str(a["lesson_id"]), str(a["nm"]))] = (item["name"], int(item["num"]),
                                                                                         a, where)
    facts = []

    def fact(kind, why, **body):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind,
                      **body, "why": why})

    for parent, (kids, where) in sorted(children.items()):
        fact("children", f"R1 {where}: relations.students of parent {parent}'s getrules (A.3 getrules).",
             guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (teacher, where) in sorted(teachers.items()):
        fact("class_teacher", f"R2 {where}: relations.groups[{cls!r}].hometeacher_name as typed, ё and a double "
                              "surname kept (A.3 getrules).", **{"class": {"class": cls}}, teacher=teacher)
    for name, (start, end, full, where) in sorted(periods.items()):
        fact("period", f"R3 {where}: period {name!r} ({full}) start-end YYYYMMDD (A.3 Period, A.4).",
             name=name, starts_on=start, ends_on=end)
    for (pupil, day, num), f in sorted(lessons.items()):
        if pupil != FOLLOWED and not f.get("group_label") and not trap(f["subject"], f.get("teacher")):
            continue
        body = {k: v for k, v in f.items() if k not in ("where", "subject")}
        fact("lesson", f"R4 {f['where']}: item num {num} of day {day}: name, teacher, room, topic as typed, grp, "
                       "starttime/endtime (A.3 Lesson item).",
             student={"student": pupil}, date=iso(day), number=num, subject=f["subject"], **body)
    for (pupil, lid, nm), (subject, num, a, where) in sorted(marks.items()):
        value = a["value"]
        common = {"student": {"student": pupil}, "date": a["date"], "subject": subject}
        code = value.strip().lower()
        if value.strip() == "":
            others = [k for k, v in marks.items() if k[0] == pupil and v[0] == subject and v[2]["date"] == a["date"]
                      and v[2]["value"].strip()]
            if not others:
                fact("no_mark", f"R7 {where}: lesson_id {lid} nm {nm} value \"\": a phantom mark (A.3 Assessment, "
                                "A.6).", **common)
        elif code in ATTENDANCE:
            fact("attendance", f"R6 {where}: lesson_id {lid} nm {nm} value {value!r}, count false, convert 0: "
                               f"{ATTENDANCE[code]}, the journal's code as sent (A.3 Absence pseudo-mark, A.6).",
                 **common, number=num, code=value, meaning=ATTENDANCE[code])
            fact("no_mark", f"R6 {where}: lesson_id {lid} nm {nm} value {value!r} is attendance, not a mark (A.6).",
                 **common, value=value)
        else:
            extra = {}
            wf, w = a.get("weight_float"), a.get("weight")
            if wf not in (None, ""):
                extra["weight"] = number(wf)
            elif w not in (None, ""):
                extra["weight"] = number(w)
            extra["counts"] = truthy(a.get("count"))
            work = a.get("control_type") or mtypes.get((pupil, lid, nm))
            if work:
                extra["work_type"] = work
            if a.get("comment"):
                extra["comment"] = a["comment"]
            fact("mark", f"R5 {where}: lesson_id {lid} nm {nm}: value {value!r} as displayed, weight_float "
                         f"{wf!r} else weight {w!r}, count, control_type, comment as typed (A.3 Assessment; A.6).",
                 **common, value=value, **extra)
    for (pupil, tid), (subject, day, text, files, grp, where) in sorted(homework.items()):
        if pupil != FOLLOWED and not grp:
            continue
        body = {"attachments": files} if files else {}
        fact("homework", f"R8 {where}: task {tid} of the {subject} item of day {day}, value as sent "
                         f"({len(text)} characters); files by toid (A.3 Lesson item homework, files).",
             student={"student": pupil}, subject=subject, text=text, date=iso(day), **body)
    pupils = sorted({k[0] for k in lessons})
    for tid, (subject, grp, day, text, where) in sorted(class_hw.items()):
        for pupil in pupils:
            own = groups.get((pupil, subject))
            if grp and own and own != grp:
                fact("no_homework", f"R9 {where}: task {tid} of day {day} is {grp!r}'s; this pupil's own answers "
                                    f"show {own!r} (A.3 grp).", student={"student": pupil}, subject=subject, text=text)
    for (pupil, subject), (value, start, end, where) in sorted(averages.items()):
        name = next((n for n, (s, e, _, _) in periods.items() if (s, e) == (iso(start), iso(end))), None)
        fact("vendor_average", f"R10 {where}: average of {subject!r} as sent over {start}-{end}"
                               f"{' = period ' + name if name else ''} (A.3 SubjectMarks, Period).",
             student={"student": pupil}, subject=subject, value=value, **({"period": name} if name else {}))
    for (pupil, subject, period), (value, where) in sorted(finals.items()):
        fact("final_mark", f"R11 {where}: {subject!r} assessments[] period {period!r} value as sent (A.3 Final "
                           "assessment, A.5 E4, A.6).", student={"student": pupil}, subject=subject, period=period,
             value=value)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), {k: sum(f["kind"] == k for f in facts) for k in sorted({f["kind"] for f in facts})})


if __name__ == "__main__":
    main()
