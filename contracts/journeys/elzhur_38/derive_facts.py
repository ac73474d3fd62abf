"""Derives facts.json from journey.json for elzhur_38 (standard library only; does not import the hub).

Reference: shared/reference/elzhur_mesh.md, Part A. Answers are ordered by `pulled_at`, then push order ("latest").

R1 children: a parent sees exactly the keys of `relations.students` of his latest getrules (A.3 getrules; ids are
   per pupil, A.4), never a namesake with the same `title`.
R2 class_teacher: `relations.groups[class].hometeacher_name` (A.3 getrules).
R3 period: each dated period of getperiods, `start`/`end` YYYYMMDD (A.3 Period, A.4).
R4 lesson: for the Mondays (8 and 15 Dec), every item of the pupil's latest getdiary holding that day: subject
   `name` exactly as sent, `num`, `teacher`, `room`, `topic`, `starttime`/`endtime` (A.3 Day, Lesson item).
R5 no_lesson: on those Mondays, the look-alike subjects (the other class's prefix-sharing name, «Алгебра» vs
   «Алгебра и начала анализа», «Русский язык» vs «Русский язык (углублённый)») are not in the pupil's day: a subject
   is its whole `name` (A.3 Lesson item `name`).
R6 mark: a mark (pupil, lesson_id, nm) is shown when the latest answer covering that pupil and its date (getdiary
   whose `days` holds the day; getmarks whose `days` holds the mark `date`) holds it; value, weight
   (`weight_float`, else `weight`), `count`, work type (`control_type` / `mtype.type`) and comment from that answer
   (A.3 Assessment, SubjectMarks; A.4 marks per pupil; `nm` = position within the lesson, so nm 1 and nm 2 of equal
   value are two marks).
R7 no_mark: (a) a mark an earlier answer held that the latest covering answer lacks (A.3 Day whole); (b) a mark value
   a namesake or twin got on the same subject and day that this pupil has no mark of (A.1 per-student wrapper);
   (c) for the namesakes, no mark at all in the look-alike subject on a day they got a mark in its prefix twin
   (A.3 `name`).
R8 attendance: `н`/`оп` pseudo-marks (count false, convert 0) are absent/late (A.3 Absent, A.6); a namesake at the
   same lesson with no pseudo-mark is present.
R9 homework: every task of the pupils 38211, 38217, 38305 (the namesakes) on the lesson it is listed at, and every
   task whose text is on more than one lesson for every pupil (A.3 Lesson item `homework` keyed by id: two ids are
   two tasks even with one text).
R10 no_homework: an `individual` task is shown only to the pupil whose diary lists it (A.3 `individual`); a text a
   pupil's class sets only under the look-alike subject is not shown under the other name (A.3 `name`).
R11 final_mark: getfinalassessments items per pupil, period by its short name (A.3 Final assessment).
R12 vendor_average: getmarks `average` as sent, for the period whose dates equal the request's `days` (A.3
   SubjectMarks, Period); all pupils but 38222, to keep the corpus small.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
LOOKALIKE = {"Алгебра": "Алгебра и начала анализа", "Алгебра и начала анализа": "Алгебра",
             "Русский язык": "Русский язык (углублённый)", "Русский язык (углублённый)": "Русский язык"}
NAMESAKE_FOCUS = ("38211", "38217", "38305")


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for record in batch:
                records.append((record["pulled_at"], len(records), step["name"][:2], record))
    records.sort(key=lambda r: (r[0], r[1]))
    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw, "why": why})

    def query(record):
        method, _, q = record["request"].partition("?")
        return method, {k: v[0] for k, v in parse_qs(q).items()}

    # R1, R2
    rules, teachers = {}, {}
    for _, _, step, record in records:
        method, _ = query(record)
        if method == "getrules":
            result = record["body"]["response"]["result"]
            rules[result["id"]] = (step, sorted(result["relations"]["students"]))
            for cls, group in result["relations"]["groups"].items():
                teachers[cls] = (step, group["hometeacher_name"])
    for parent, (step, kids) in sorted(rules.items()):
        add("children", f"R1: step {step} getrules of parent {parent}: relations.students {kids} (A.3 getrules); "
            "namesakes of another family are not theirs", guardian={"parent": parent},
            children=[{"student": k} for k in kids])
    for cls, (step, name) in sorted(teachers.items()):
        add("class_teacher", f"R2: step {step} getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})

    # R3
    periods, seen = {}, set()
    for _, _, step, record in records:
        method, q = query(record)
        if method == "getperiods":
            for student in record["body"]["response"]["result"]["students"]:
                for p in student["periods"]:
                    if p["start"]:
                        periods[p["name"]] = (p["start"], p["end"])
                        if p["name"] not in seen and p["name"] in ("I", "II"):
                            seen.add(p["name"])
                            add("period", f"R3: step {step} getperiods period '{p['name']}' (A.3 Period, A.4)",
                                name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # latest diary day per pupil, latest getmarks per pupil
    day_answer, marks_answer, held = {}, {}, {}
    for _, _, step, record in records:
        method, q = query(record)
        result = record["body"]["response"]["result"]
        if method == "getdiary":
            for pupil, data in result["students"].items():
                for day, content in data["days"].items():
                    day_answer[(pupil, day)] = (step, record["request"], content)
                    for item in content["items"].values():
                        for a in item["assessments"]:
                            held[(pupil, a["lesson_id"], a["nm"])] = (step, item["name"], day, a)
        elif method == "getmarks":
            for pupil, data in result["students"].items():
                start, end = q["days"].split("-")
                marks_answer[pupil] = (step, record["request"], data, start, end)
                for subject in data["lessons"]:
                    for a in subject["marks"]:
                        held[(pupil, a["lesson_id"], a["nm"])] = (step, subject["name"], a["date"].replace("-", ""), a)

    # R4, R5
    for (pupil, day), (step, request, content) in sorted(day_answer.items()):
        if day not in ("20251208", "20251215") or (pupil not in NAMESAKE_FOCUS and day != "20251208"):
            continue
        names = set()
        for item in content["items"].values():
            names.add(item["name"])
            add("lesson", f"R4: step {step} `{request}`: item num {item['num']} lesson_id {item['lesson_id']} "
                "(A.3 Lesson item; rings times)", student={"student": pupil}, date=iso(day), number=int(item["num"]),
                subject=item["name"], teacher=item["teacher"], room=item["room"], topic=item["topic"],
                starts_at=item["starttime"][:5], ends_at=item["endtime"][:5])
        for name in sorted(names):
            other = LOOKALIKE.get(name)
            if other and other not in names and pupil in NAMESAKE_FOCUS:
                add("no_lesson", f"R5: step {step} `{request}`: the day has «{name}», not «{other}»: a subject is "
                    "its whole name (A.3 Lesson item name)", student={"student": pupil}, date=iso(day), subject=other)

    # R6, R7a, R8
    shown = {}  # (pupil, subject, day) -> [values]
    for (pupil, lid, nm), (step, subject, day, a) in sorted(held.items()):
        answers = []
        if (pupil, day) in day_answer:
            answers.append(("d",) + day_answer[(pupil, day)][:2] + (day_answer[(pupil, day)][2],))
        latest = None
        # order: the latest of the diary day answer and the getmarks answer covering the date
        cands = []
        for pulled, order, st, record in records:
            method, q = query(record)
            if record["request"].split("?")[0] not in ("getdiary", "getmarks") or q.get("student") != pupil:
                continue
            start, end = q["days"].split("-")
            if start <= day <= end:
                cands.append((st, record))
        st, record = cands[-1]
        found = None
        result = record["body"]["response"]["result"]["students"][pupil]
        if "days" in result:
            for item in result["days"][day]["items"].values():
                found = found or next((x for x in item["assessments"] if x["lesson_id"] == lid and x["nm"] == nm),
                                      None)
        else:
            for s in result["lessons"]:
                found = found or next((x for x in s["marks"] if x["lesson_id"] == lid and x["nm"] == nm), None)
        src = f"step {st} `{record['request']}`"
        if found is None:
            add("no_mark", f"R7a: {src} (the latest answer covering {iso(day)}) lacks mark '{a['value']}' "
                f"{lid}/{nm} an earlier answer held (A.3 Day whole, SubjectMarks days); the namesakes' marks of that "
                "lesson stay", student={"student": pupil}, date=iso(day), subject=subject, value=a["value"])
            continue
        if found["value"] in ("н", "оп"):
            add("attendance", f"R8: {src}: pseudo-mark '{found['value']}' count false convert 0 at lesson_id {lid} "
                "(A.3 Absent, A.6)", student={"student": pupil}, date=iso(day), subject=subject,
                code=found["value"], meaning="absent" if found["value"] == "н" else "late")
            shown.setdefault((pupil, subject, day), []).append("@" + found["value"])
            continue
        weight = found.get("weight_float", found.get("weight"))
        kw = {"student": {"student": pupil}, "date": iso(day), "subject": subject, "value": found["value"],
              "weight": weight, "counts": bool(found["count"])}
        work = found.get("control_type") or (found.get("mtype") or {}).get("type")
        if work:
            kw["work_type"] = work
        if found.get("comment"):
            kw["comment"] = found["comment"]
        add("mark", f"R6: {src}: mark {lid}/nm {nm} (A.3 Assessment / SubjectMarks; nm = position in the lesson)",
            **kw)
        shown.setdefault((pupil, subject, day), []).append(found["value"])

    # R7b namesakes / twins on the same lesson; R8 present; R7c look-alike subjects
    groups = {"10А": ["38211", "38217", "38221", "38222"], "10Б": ["38305"]}
    same = {"38211": ["38217"], "38217": ["38211"], "38221": ["38222"], "38222": ["38221"]}
    for (pupil, subject, day), values in sorted(shown.items()):
        for other in same.get(pupil, []):
            if (other, day) not in day_answer:
                continue
            theirs = shown.get((other, subject, day), [])
            for v in values:
                if v.startswith("@"):
                    if not any(t.startswith("@") for t in theirs):
                        add("attendance", f"R8: pupil {other}'s own diary of {iso(day)} has no pseudo-mark on the "
                            f"{subject} lesson where namesake/twin {pupil} has '{v[1:]}' (A.3 Absent, A.1 per "
                            "student)", student={"student": other}, date=iso(day), subject=subject, meaning="present")
                elif v not in theirs:
                    add("no_mark", f"R7b: '{v}' in {subject} on {iso(day)} is {pupil}'s (same title or twin); "
                        f"{other}'s own answers hold no such mark (A.1 per-student wrapper, A.4 ids)",
                        student={"student": other}, date=iso(day), subject=subject, value=v)
        other_subject = LOOKALIKE.get(subject)
        if other_subject and not shown.get((pupil, other_subject, day)) and pupil in NAMESAKE_FOCUS:
            add("no_mark", f"R7c: {pupil}'s marks of {iso(day)} are in «{subject}»; nothing in «{other_subject}» "
                "(A.3 name)", student={"student": pupil}, date=iso(day), subject=other_subject)
    # namesake in the parallel class: a mark of 38211 on a subject both classes have, same day
    for (pupil, subject, day), values in sorted(shown.items()):
        if pupil == "38211" and ("38305", subject, day) in shown:
            for v in values:
                if v not in shown[("38305", subject, day)]:
                    add("no_mark", f"R7b: '{v}' in {subject} on {iso(day)} is 10А's Смирнов Артём (38211); 10Б's "
                        "namesake 38305 has his own (A.1, A.4)", student={"student": "38305"}, date=iso(day),
                        subject=subject, value=v)
            for v in shown[("38305", subject, day)]:
                if v not in values:
                    add("no_mark", f"R7b: '{v}' in {subject} on {iso(day)} is 10Б's 38305; not 10А's namesake "
                        "38211 (A.1, A.4)", student={"student": "38211"}, date=iso(day), subject=subject, value=v)

    # R9, R10
    texts = {}
    tasks = []
    for (pupil, day), (step, request, content) in sorted(day_answer.items()):
        for item in content["items"].values():
            for hw in item["homework"].values():
                tasks.append((pupil, day, item["name"], hw, step, request))
                texts.setdefault((pupil, item["name"], hw["value"]), set()).add(hw["id"])
    for pupil, day, subject, hw, step, request in tasks:
        repeated = len(texts[(pupil, subject, hw["value"])]) > 1
        if pupil in NAMESAKE_FOCUS or repeated:
            add("homework", f"R9: step {step} `{request}`: homework id {hw['id']} on the {subject} lesson of "
                f"{iso(day)}" + (" (its text is on another lesson too: two ids, two tasks)" if repeated else "")
                + " (A.3 homework keyed by id)", student={"student": pupil}, subject=subject, text=hw["value"],
                date=iso(day))
    pupils = sorted({p for p, _ in day_answer})
    for pupil, day, subject, hw, step, request in tasks:
        if hw["individual"]:
            for other in pupils:
                if not any(t[0] == other and t[3]["id"] == hw["id"] for t in tasks):
                    add("no_homework", f"R10: homework {hw['id']} is individual to {pupil} (A.3 individual); "
                        f"{other}'s own diary does not list it", student={"student": other}, subject=subject,
                        text=hw["value"])
    for pupil in pupils:
        mine = {(t[2], t[3]["value"]) for t in tasks if t[0] == pupil}
        for subject, text in sorted(mine):
            other = LOOKALIKE.get(subject)
            if other and (other, text) not in mine and pupil in NAMESAKE_FOCUS:
                add("no_homework", f"R10: {pupil}'s task '{text}' is set under «{subject}»; none under «{other}» "
                    "(A.3 name)", student={"student": pupil}, subject=other, text=text)

    # R11
    for _, _, step, record in records:
        method, q = query(record)
        if method == "getfinalassessments":
            for pupil, data in record["body"]["response"]["result"]["students"].items():
                for item in data["items"]:
                    for a in item["assessments"]:
                        add("final_mark", f"R11: step {step} `{record['request']}` (A.3 Final assessment)",
                            student={"student": pupil}, subject=item["name"], period=a["period"], value=a["value"])
    # R12
    for pupil, (step, request, data, start, end) in sorted(marks_answer.items()):
        period = next((n for n, (s, e) in periods.items() if (s, e) == (start, end)), None)
        for subject in data["lessons"]:
            if subject["average"] != "" and period and pupil != "38222":
                add("vendor_average", f"R12: step {step} `{request}`: lessons[].average; days {start}-{end} = period "
                    f"'{period}' (A.3 SubjectMarks, Period)", student={"student": pupil}, subject=subject["name"],
                    value=subject["average"], period=period)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), {k: sum(f["kind"] == k for f in facts) for k in sorted({f["kind"] for f in facts})})


if __name__ == "__main__":
    main()
