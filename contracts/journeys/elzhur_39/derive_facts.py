"""Derives facts.json from journey.json for corpus elzhur_39. Standard library only, deterministic; imports no hub code.

The rules are the reference's (shared/reference/elzhur_mesh.md Part A), applied to the answers in push order (here
also pull order):
* A.1/A.2: the query of the request gives the pupil and the `days` range; `students` is keyed by pupil id.
* A.3 Day: each day of a getdiary `days` range is the whole day: the latest answer covering a day is that day.
* A.3 SubjectMarks / getmarks `days`: the marks dated within the range are the whole list of the pupil's marks there.
* A.3 Assessment: a mark is named by its lesson (`lesson_id`) and its place in it (`nm`); `value` as displayed,
  `count` whether it enters the average, `weight_float` (else `weight`), the work type `control_type` / `mtype.type`.
* A.6: `н`/`Н` absent, `оп`/`ОП` late, `б` ill, `у`/`уп` excused are attendance, not marks; `""` is a phantom mark.
* A.3 Final assessment: `period` names getperiods' short `name`.
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}
LESSON_SAMPLE_DAYS = ["2025-10-20", "2025-11-11", "2025-11-14", "2025-11-17", "2026-02-16"]
SIBLINGS = ("39101", "39401")
HOLIDAY_SAMPLE_DAYS = ("2025-10-27", "2025-11-03", "2025-11-04", "2026-02-16")


def iso(k):
    return f"{k[:4]}-{k[4:6]}-{k[6:]}"


def hhmm(t):
    return t[:5] if t else None


def query(request):
    method, _, q = request.partition("?")
    return method.rsplit("/", 1)[-1], {k: v[0] for k, v in parse_qs(q).items()}


def day_range(days):
    first, last = days.split("-")
    a, b = dt.date.fromisoformat(iso(first)), dt.date.fromisoformat(iso(last))
    return [(a + dt.timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]

    children, hometeacher, class_of, periods, finals, averages = {}, {}, {}, {}, {}, []
    diary_days = {}          # (pupil, date) -> (step, day object)
    marks = {}               # (pupil, lesson_id, nm) -> dict(date, subject, a, step, request)
    history = {}             # (pupil, lesson_id, nm) -> [values shown over time]
    subject_of_lesson = {}   # lesson_id -> subject
    hw_seen = {}             # (pupil, hw id) -> (subject, text, date, step)
    individual = {}          # hw id -> (pupil, subject, text, date)
    class_hw = {}            # (pupil, hw id) -> (subject, text, date, step, request, [])

    for step, r in records:
        method, q = query(r["request"])
        result = r["body"]["response"]["result"]
        if method == "getrules":
            children[result["id"]] = (sorted(result["relations"]["students"]), step)
            for sid, s in result["relations"]["students"].items():
                class_of[sid] = s["class"]
            for cls, g in result["relations"]["groups"].items():
                hometeacher[cls] = (g["hometeacher_name"], step)
        elif method == "getperiods":
            for s in result["students"]:
                periods[s["name"]] = [(p["name"], p["fullname"], p["start"], p["end"]) for p in s["periods"]]
        elif method == "getfinalassessments":
            for sid, s in result["students"].items():
                finals[sid] = [(i["name"], a["period"], a["value"], step) for i in s["items"] for a in i["assessments"]]
        elif method == "getschedule" and "class" in q:
            # A.2: by class, like getdiary without marks (days at the top level, as A.5 E5 for gethomework);
            # parse_qs undoes the percent-encoding of `class=1А`
            for date in day_range(q["days"]):
                day = result["days"].get(date.replace("-", ""))
                if day is None:
                    continue
                for pupil, cls in class_of.items():
                    if cls == q["class"]:
                        diary_days[(pupil, date)] = (step, day, r["request"])
        elif method == "gethomework" and "class" in q:
            for k, day in result["days"].items():
                for item in items_of(day):
                    files = item.get("files") or []
                    if isinstance(files, dict):  # older servers: {"file": [{filename, link}]}, no toid (A.3, A.5 E5)
                        files = files.get("file") or []
                    tasks = list((item.get("homework") or {}).values())
                    for hw in tasks:
                        names = [f["filename"] for f in files if f.get("toid") in (None, hw["id"])] \
                            if len(tasks) == 1 else [f["filename"] for f in files if f.get("toid") == hw["id"]]
                        for pupil, cls in class_of.items():
                            if cls == q["class"] and not hw.get("individual"):
                                class_hw[(pupil, str(hw["id"]))] = (item["name"], hw["value"], iso(k), step,
                                                                   r["request"], names)
        elif method == "getdiary":
            pupil = q["student"]
            body = result["students"][pupil]
            for date in day_range(q["days"]):
                day = body["days"].get(date.replace("-", ""))
                if day is None:
                    continue
                diary_days[(pupil, date)] = (step, day, r["request"])
                listed = {}
                for item in items_of(day):
                    subject_of_lesson[item["lesson_id"]] = item["name"]
                    for a in item.get("assessments") or []:
                        listed[(pupil, item["lesson_id"], a["nm"])] = {"date": date, "subject": item["name"], "a": a,
                                                                       "step": step, "request": r["request"]}
                    for hid, hw in (item.get("homework") or {}).items():
                        hw_seen[(pupil, str(hw["id"]))] = (item["name"], hw["value"], date, step)
                        if hw.get("individual"):
                            individual[str(hw["id"])] = (pupil, item["name"], hw["value"], date)
                for k in [k for k, v in marks.items() if k[0] == pupil and v["date"] == date]:
                    del marks[k]
                for k, v in listed.items():
                    marks[k] = v
                    history.setdefault(k, []).append(v["a"]["value"])
        elif method == "getmarks":
            pupil = q["student"]
            span = set(day_range(q["days"]))
            body = result["students"][pupil]
            listed = {}
            for lesson in body["lessons"]:
                for a in lesson["marks"]:
                    subject_of_lesson.setdefault(a["lesson_id"], lesson["name"])
                    listed[(pupil, a["lesson_id"], a["nm"])] = {"date": a["date"], "subject": lesson["name"], "a": a,
                                                                "step": step, "request": r["request"]}
                counted = [a for a in lesson["marks"] if a.get("count") in (True, 1, "1", "true")]
                if lesson["average"] != "" and (len(counted) > 1 or q["days"] != "20250901-20251026"):
                    # quarter I: the subjects whose average is over more than one mark
                    averages.append((pupil, lesson["name"], lesson["average"], q["days"], step, r["request"]))
            for k in [k for k, v in marks.items() if k[0] == pupil and v["date"] in span]:
                del marks[k]
            for k, v in listed.items():
                marks[k] = v
                history.setdefault(k, []).append(v["a"]["value"])

    facts = []

    def add(kind, why, **f):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(1 for x in facts if x['kind'] == kind) + 1:02d}",
                      "kind": kind, **f, "why": why})

    # children and class teachers (A.3 getrules)
    for parent, (kids, step) in sorted(children.items()):
        add("children", f"step {step} getrules of parent {parent}: relations.students {kids} (A.3 getrules); "
                        "one parent of a first and a fourth grader sees both", guardian={"parent": parent},
            children=[{"student": k} for k in kids])
    for cls, (name, step) in sorted(hometeacher.items()):
        add("class_teacher", f"step {step} getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})

    # periods (A.3 Period): the dated ones, per pupil (first graders have quarters too)
    for pupil, ps in sorted(periods.items()):
        for name, full, start, end in ps:
            if start and end and name in ("I", "II") and pupil in SIBLINGS + ("39201",):
                add("period", f"step 02 getperiods?student={pupil}: period '{name}' «{full}» {start}-{end} (A.3 Period)",
                    student={"student": pupil}, name=name, starts_on=iso(start), ends_on=iso(end))

    # lessons on the sample days (A.3 Day, Lesson item; rings times)
    subjects_of_pupil = {}
    for (pupil, date), (step, day, req) in diary_days.items():
        for item in items_of(day) + list(day.get("items_extday") or []):
            subjects_of_pupil.setdefault(pupil, set()).add(item["name"])
    all_subjects = set().union(*subjects_of_pupil.values())
    for (pupil, date), (step, day, req) in sorted(diary_days.items()):
        if date in LESSON_SAMPLE_DAYS and day.get("alert") == "vacation":
            siblings_day = [d for (p, dd), (_, d, _) in diary_days.items() if dd == date and p != pupil
                            and d.get("alert") != "vacation"]
            at_school = {i["name"] for d in siblings_day for i in items_of(d) + list(d.get("items_extday") or [])}
            for subject in sorted(subjects_of_pupil[pupil] & at_school):  # what the sibling has that day
                add("no_lesson", f"step {step} `{req}`: {date} is a vacation day of this pupil's class (alert "
                                 f"'vacation', «{day.get('holiday_name')}», items empty; A.3 Day): no «{subject}»",
                    student={"student": pupil}, date=date, subject=subject)
        if date not in LESSON_SAMPLE_DAYS or day.get("alert") == "vacation":
            continue
        if (date == "2025-11-14" and pupil not in SIBLINGS) or (date == "2025-11-11" and class_of[pupil] != "4В"):
            continue  # 11 Nov: 4В's ОРКСЭ modules
        shown = set()
        for item in sorted(items_of(day), key=lambda i: int(i["num"])):
            shown.add(item["name"])
            f = {"student": {"student": pupil}, "date": date, "number": int(item["num"]), "subject": item["name"],
                 "teacher": item["teacher"], "room": item["room"], "topic": item["topic"],
                 "starts_at": hhmm(item.get("starttime")), "ends_at": hhmm(item.get("endtime"))}
            if item.get("grp"):
                f["group_label"] = item["grp"]
            add("lesson", f"step {step} `{req}`: item num {item['num']} lesson_id {item['lesson_id']}"
                          f"{' grp ' + item['grp'] if item.get('grp') else ''} (A.3 Lesson item; rings times: "
                          f"{'35-minute first-grade lessons' if item['endtime'][3:5] in ('05', '50') else 'lesson times'})",
                **f)
        for x in day.get("items_extday") or []:
            shown.add(x["name"])
            add("lesson", f"step {step} `{req}`: items_extday «{x['name']}» (A.3 Day items_extday: name, teacher, topic, "
                          "times with rings)",
                student={"student": pupil}, date=date, subject=x["name"], teacher=x["teacher"], topic=x["topic"],
                starts_at=hhmm(x.get("starttime")), ends_at=hhmm(x.get("endtime")))
        own = subjects_of_pupil[pupil] - shown
        others = all_subjects - subjects_of_pupil[pupil]
        for subject in sorted(own if date == LESSON_SAMPLE_DAYS[0] and class_of[pupil].startswith("1") else []):
            add("no_lesson", f"step {step} `{req}`: the day {date} lists no «{subject}» lesson (A.3 Day is whole"
                             f"{'; 1st grade: three lessons a day until November' if pupil.startswith('391') else ''})",
                student={"student": pupil}, date=date, subject=subject)
        if date == LESSON_SAMPLE_DAYS[0] and pupil in SIBLINGS:
            for subject in sorted(others):
                add("no_lesson", f"step {step} `{req}`: «{subject}» is another class's subject: this pupil's answers "
                                 "never list it (a sibling's or another class's lessons are not hers/his; A.1 student=)",
                    student={"student": pupil}, date=date, subject=subject)

    # marks and attendance: the latest state (A.3 Assessment, A.6)
    subject_days = {}
    for (pupil, lid, nm), v in sorted(marks.items()):
        a, value = v["a"], v["a"]["value"]
        subject = subject_of_lesson.get(lid, v["subject"])
        subject_days.setdefault((pupil, v["date"]), set()).add(subject)
        if value == "":
            add("no_mark", f"step {v['step']} `{v['request']}`: lesson {lid} holds a phantom assessment with an empty "
                           "value (A.3 Assessment, A.6 \"\": skip)", student={"student": pupil}, date=v["date"],
                subject=subject)
            continue
        if value.lower() in ATTENDANCE:
            add("attendance", f"step {v['step']} `{v['request']}`: pseudo-mark '{value}' at lesson {lid} "
                              f"(A.6: {ATTENDANCE[value.lower()]}; count false, convert 0)",
                student={"student": pupil}, date=v["date"], subject=subject, code=value,
                meaning=ATTENDANCE[value.lower()])
            if value.lower() != "н" and not class_of[pupil].startswith("1"):  # 1st grade: the block below
                add("no_mark", f"'{value}' at lesson {lid} is attendance, not a mark (A.6)", student={"student": pupil},
                    date=v["date"], subject=subject, value=value)
            continue
        if v["date"] < "2025-10-20" and pupil != "39401":
            continue  # quarter I before the window: one pupil's marks are enough (they only came through getmarks)
        weight = a.get("weight_float", a.get("weight"))
        weight = float(weight)
        f = {"student": {"student": pupil}, "date": v["date"], "subject": subject, "value": value,
             "weight": int(weight) if weight == int(weight) else weight, "counts": bool(a["count"])}
        work = a.get("control_type") or (a.get("mtype") or {}).get("type")
        if work:
            f["work_type"] = work
        if a.get("comment"):
            f["comment"] = a["comment"]
        add("mark", f"step {v['step']} `{v['request']}`: lesson {lid} nm {nm} value '{value}' count {a['count']} "
                    f"weight_float {a.get('weight_float')} (A.3 Assessment; A.6 for non-numeric values)", **f)
    # values a later answer replaced or dropped
    for (pupil, lid, nm), values in sorted(history.items()):
        now = marks.get((pupil, lid, nm))
        current = now["a"]["value"] if now else None
        for old in dict.fromkeys(values):
            if old == current or old == "":
                continue
            date = now["date"] if now else None
            subject = subject_of_lesson[lid]
            if old.lower() in ATTENDANCE:
                if now is None:
                    date = lesson_date(diary_days, pupil, lid)
                    add("attendance", f"the latest answer covering lesson {lid} on {date} lacks the absence '{old}' "
                                      "an earlier answer held: the pupil was present (A.3 Day whole; getmarks days)",
                        student={"student": pupil}, date=date, subject=subject, meaning="present")
                continue
            date = date or lesson_date(diary_days, pupil, lid)
            add("no_mark", f"mark {lid}/{nm} showed '{old}', the latest answer shows '{current}' in its place "
                           "(A.3: nm is the mark's place in the lesson; the latest pull is the journal now)",
                student={"student": pupil}, date=date, subject=subject, value=old)
    # first graders: no marks at all (безотметочное обучение); 2Б: none before quarter II
    for (pupil, date), (step, day, req) in sorted(diary_days.items()):
        cls = class_of[pupil]
        if day.get("alert") == "vacation" or not (cls.startswith("1") or (cls.startswith("2") and date < "2025-11-05")):
            continue
        lessons = sorted(items_of(day), key=lambda i: int(i["num"]))
        events = subject_days.get((pupil, date), set())
        if pupil not in SIBLINGS and not events and cls.startswith("1"):
            continue  # the other first grader: the days something was written on him
        picked = {lessons[0]["name"]} | events
        for subject in sorted(picked):
            add("no_mark", f"step {step} `{req}`: {cls} " + ("is taught without marks (безотметочное обучение): "
                           if cls.startswith("1") else "has no marks before quarter II: ")
                           + f"no assessment with a mark value on the «{subject}» lesson; pseudo-marks are attendance "
                             "(A.6)", student={"student": pupil}, date=date, subject=subject)

    # homework (A.3 Lesson item homework; individual tasks)
    latest_hw = {}
    for (pupil, date), (step, day, req) in diary_days.items():
        for item in items_of(day):
            files = {f.get("toid"): f["filename"] for f in item.get("files") or [] if isinstance(f, dict)}
            for hw in (item.get("homework") or {}).values():
                latest_hw[(pupil, str(hw["id"]))] = (item["name"], hw["value"], date, step, req,
                                                      [files[hw["id"]]] if hw["id"] in files else [])
        for x in day.get("items_extday") or []:
            tasks = x.get("homework") or []
            for hw in tasks.values() if isinstance(tasks, dict) else tasks:  # A.3: items_extday homework[]
                latest_hw[(pupil, str(hw["id"]))] = (x["name"], hw["value"], date, step, req, [])
    for k, v in class_hw.items():
        latest_hw.setdefault(k, v)
    for (pupil, hid), (subject, text, date, step, req, attach) in sorted(latest_hw.items()):
        f = {"student": {"student": pupil}, "subject": subject, "text": text, "date": date}
        if attach:
            f["attachments"] = attach
        add("homework", f"step {step} `{req}`: homework {hid} on the {subject} lesson of {date}"
                        f"{' (files[].toid = its id)' if attach else ''} (A.3 Lesson item homework)", **f)
    shown_texts = {(p, s, t) for (p, _), (s, t, *_rest) in latest_hw.items()}
    for (pupil, hid), (subject, text, date, step) in sorted(hw_seen.items()):
        if (pupil, hid) not in latest_hw and (pupil, subject, text) not in shown_texts:
            add("no_homework", f"homework {hid} («{text}») of {date} was in the step {step} answer; the latest answer "
                               "of that day lacks it (A.3 Day whole: the teacher deleted it)",
                student={"student": pupil}, subject=subject, text=text)
    for hid, (owner, subject, text, date) in sorted(individual.items()):
        for pupil, cls in sorted(class_of.items()):
            if pupil != owner and cls == class_of[owner]:
                add("no_homework", f"homework {hid} is individual to {owner} (A.3 `individual`); {pupil}'s own answers "
                                   "never list it", student={"student": pupil}, subject=subject, text=text)

    # final marks (A.3 Final assessment)
    for pupil, items in sorted(finals.items()):
        for subject, period, value, step in items:
            if value != "":
                add("final_mark", f"step {step} getfinalassessments?student={pupil}: {subject} period '{period}' value "
                                  f"'{value}' (A.3 Final assessment; A.5 E4 non-numeric finals)",
                    student={"student": pupil}, subject=subject, period=period, value=value)

    # the journal's averages (A.3 SubjectMarks average), for a range equal to a period
    for pupil, subject, value, days, step, req in averages:
        if days == "20250901-20251026" and pupil != "39401":
            continue  # one fourth grader's quarter I is enough
        first, last = days.split("-")
        period = next((n for n, _, s, e in periods.get(pupil, []) if (s, e) == (first, last)), None)
        f = {"student": {"student": pupil}, "subject": subject, "value": value}
        if period:
            f["period"] = period
        add("vendor_average", f"step {step} `{req}`: lessons[].average '{value}' over {days}"
                              f"{' = period ' + period if period else ''} (A.3 SubjectMarks)", **f)

    # holidays (A.3 Day alert "vacation", holiday_name)
    names = set()
    for (pupil, date), (step, day, req) in sorted(diary_days.items()):
        if day.get("alert") == "vacation":
            names.add(day["holiday_name"])
        if day.get("alert") == "vacation" and date in HOLIDAY_SAMPLE_DAYS:
            add("holiday", f"step {step} `{req}`: day {date} alert 'vacation', holiday_name «{day['holiday_name']}» "
                           "(A.3 Day; A.5 E2); shown once though both of a family's classes have it",
                student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
    for (pupil, date), (step, day, req) in sorted(diary_days.items()):
        if day.get("alert") != "vacation" and pupil in SIBLINGS and date in ("2025-11-05", "2026-02-16"):
            # a school day: no holiday of the autumn (5 Nov), nor the 1st grade's extra holidays for 4В (16 Feb)
            for name in sorted(n for n in names if (date == "2026-02-16") == ("перв" in n)):
                add("no_holiday", f"step {step} `{req}`: {date} is a school day (no alert; A.3 Day)",
                    student={"student": pupil}, date=date, name=name)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts)


def lesson_date(diary_days, pupil, lid):
    for (p, date), (_, day, _) in diary_days.items():
        if p == pupil and any(i["lesson_id"] == lid for i in items_of(day)):
            return date
    raise KeyError(lid)


if __name__ == "__main__":
    main()
