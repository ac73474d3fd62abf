#!/usr/bin/env python3
"""Derive facts.json from journey.json for the sixth Eljur corpus. Standard library only; never imports the hub;
deterministic.

Rules (each from /work/shared/reference/elzhur_mesh.md Part A, or the hub README where said):
1. A request is its method plus its sorted query parameters (decoded) without the transport parameters `devkey`,
   `vendor`, `auth_token`, `out_format` (A.1) and without `rings` (A.3: it only adds times). getrules is kept per
   user (`result.id`). An answer whose `state` is not 200 or whose `error` is set is ignored (A.1 failure case).
2. Answers are ordered by `pulled_at` (the hub README: "the latest pull wins whatever the arrival order"); push
   order breaks ties. The latest answer of each request is its truth for its scope.
3. An item (lesson, mark, absence, task) is shown while the latest answer of at least one request that covers it
   holds it; its fields come from the newest such answer. A lesson is (pupil, lesson_id); a mark or absence is
   (pupil, lesson_id, nm) in getdiary and getmarks alike (A.3); a task is (pupil, homework id).
4. Class answers (getschedule/gethomework by `class`) reach the pupils whose parent's latest getrules puts them in
   that class (A.3 getrules `class`). Individual tasks come only from the pupil's own answers.
5. `н`/`Н` absent, `оп`/`ОП` late, `б` ill, `у`/`уп` excused (A.6; A.3 Absence) are attendance, not marks. `""` is
   never a mark.
6. A mark's weight is `weight_float` (a number or numeric string, A.3) else `weight`; `counts` is `count`; the
   work type is `control_type` (getdiary) or `mtype.type` (getmarks).
7. A lesson named `Cancel` (A.3, [S] felpsyatina) is a cancelled slot: the lesson it replaces (same lesson_id) is no
   longer a lesson of that subject.
8. Periods are the pupil's own getperiods answer (A.2: asked per `student`); the other class's period names are
   not theirs. The undated year column `Г` spans the pupil's own dated periods (hub README: "an undated year column
   spans the dated periods"). A getmarks `average` is a period's when `days` equals that pupil's period
   start-end (hub README "The journal's own averages").
9. Final marks: the latest getfinalassessments of this school year (no `days`, or `days` inside 2025/26); a past
   year's answer (`days` in 2024/25) is another year's and must not change this year's (A.2 "some add days").
"""
import json
import os
import urllib.parse
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "vendor", "auth_token", "out_format", "rings"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "у": "excused", "уп": "excused"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def parse(request):
    path, _, query = request.partition("?")
    method = path.rstrip("/").rsplit("/", 1)[-1]
    params = {k: v for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True)}
    return method, params


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def num(x):
    f = float(x)
    return int(f) if f == int(f) else f


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    records = []
    for si, s in enumerate(journey["steps"]):
        for batch in s["batches"]:
            for r in batch:
                records.append((r.get("pulled_at", ""), len(records), s["name"][:2], r))
    records.sort(key=lambda t: (t[0], t[1]))
    latest, every = {}, []
    for pulled, order, step, r in records:
        resp = r["body"].get("response", {}) if isinstance(r["body"], dict) else {}
        if resp.get("state") != 200 or resp.get("error"):
            continue
        method, params = parse(r["request"])
        result = resp["result"]
        if method == "getrules":
            key = ("getrules", result["id"])
        else:
            key = (method, tuple(sorted((k, v) for k, v in params.items() if k not in TRANSPORT)))
        latest[key] = (pulled, order, step, method, params, result)
        every.append((pulled, order, step, method, params, result))
    answers = sorted(latest.values(), key=lambda a: (a[0], a[1]))

    # 4. classes and children from the latest getrules of each parent
    children, klass, class_teacher, pupil_name = {}, {}, {}, {}
    for pulled, order, step, method, params, result in answers:
        if method != "getrules":
            continue
        children[result["id"]] = (sorted(result["relations"]["students"]), step)
        for sid, st in result["relations"]["students"].items():
            klass[sid] = st["class"]
            pupil_name[sid] = st["title"]
        for cls, g in result["relations"]["groups"].items():
            class_teacher[cls] = (g["hometeacher_name"], step)
    members = defaultdict(list)
    for sid, cls in klass.items():
        members[cls].append(sid)

    lessons, marks, tasks, cancelled = {}, {}, {}, {}  # the state the latest answers give
    ever_marks, ever_tasks = {}, {}
    periods, averages, finals = {}, {}, {}

    def pupils_of(params):
        return [params["student"]] if "student" in params else sorted(members[params["class"]])

    def req(step, method, params):
        q = "&".join(f"{k}={v}" for k, v in params.items() if k not in TRANSPORT)
        return f"step {step} `{method}?{q}`"

    def take_day(sid, day, items, src, own):
        for it in as_list(items):
            if "num" in it and "lesson_id" in it:
                key = (sid, it["lesson_id"])
                if it["name"] == "Cancel":
                    cancelled[key] = (iso(day), int(it["num"]), src)
                    lessons.pop(key, None)
                else:
                    old = lessons.get(key, {})
                    lesson = {"date": iso(day), "number": int(it["num"]), "subject": it["name"],
                              "teacher": it.get("teacher"), "room": it.get("room"), "topic": it.get("topic"),
                              "starts_at": (it.get("starttime") or old.get("starts_at") or "")[:5] or None,
                              "ends_at": (it.get("endtime") or old.get("ends_at") or "")[:5] or None, "src": src}
                    lessons[key] = lesson
            for m in it.get("assessments", []):
                if m["value"] == "":
                    continue
                key = (sid, m["lesson_id"], m["nm"])
                marks[key] = dict(m, subject=it["name"], date=iso(day), src=src)
                ever_marks.setdefault((key, m["value"]), dict(marks[key]))
            files = it.get("files") or []
            names = defaultdict(list)
            if isinstance(files, dict):
                for f in files.get("file", []):
                    names[None].append(f["filename"])
            else:
                for f in files:
                    names[f.get("toid")].append(f["filename"])
            for hw in as_list(it.get("homework")):
                if hw.get("individual") and not own:
                    continue
                key = (sid, hw["id"])
                tasks[key] = {"subject": it["name"], "text": hw["value"], "date": iso(day),
                              "files": names.get(hw["id"], []) + names.get(None, []), "src": src,
                              "individual": hw.get("individual")}
                ever_tasks.setdefault((key, hw["value"]), dict(tasks[key]))

    def run(answer_list):
      for pulled, order, step, method, params, result in answer_list:
          src = req(step, method, params)
          if method in ("getdiary", "getschedule", "gethomework"):
              own = "student" in params
              if own:
                  days_by_pupil = {st["name"]: st["days"] for st in as_list(result["students"])}
              else:
                  days_by_pupil = {sid: result["days"] for sid in pupils_of(params)}
              for sid, days in days_by_pupil.items():
                  for day, d in days.items():
                      take_day(sid, day, d.get("items"), src, own)
          elif method == "getmarks":
              for st in as_list(result["students"]):
                  sid = st["name"]
                  for subj in st["lessons"]:
                      for m in subj["marks"]:
                          if m["value"] == "":
                              continue
                          key = (sid, m["lesson_id"], m["nm"])
                          prev = marks.get(key, {})
                          marks[key] = dict(m, subject=subj["name"], date=prev.get("date", m["date"]), src=src,
                                            control_type=(m.get("mtype") or {}).get("type", prev.get("control_type")))
                          ever_marks.setdefault((key, m["value"]), dict(marks[key]))
                      if subj["average"] != "":
                          averages[(sid, subj["name"], params["days"])] = (subj["average"], src)
          elif method == "getperiods":
              for st in as_list(result["students"]):
                  periods[st["name"]] = (st["periods"], src)
          elif method == "getfinalassessments":
              if "days" in params and not params["days"].startswith("2025"):
                  continue  # another school year's finals (rule 9)
              for st in as_list(result["students"]):
                  for k in [k for k in finals if k[0] == st["name"]]:
                      del finals[k]
                  for item in st["items"]:
                      for a in item["assessments"]:
                          if a["value"] != "":
                              finals[(st["name"], item["name"], a["period"])] = (a, src)

    # every answer once, to know what was ever sent (for the negative facts), then the latest answers alone
    run(every)
    ever_marks, ever_tasks = dict(ever_marks), dict(ever_tasks)
    for d in (lessons, marks, tasks, cancelled, periods, averages, finals):
        d.clear()
    run(answers)

    # deletion by omission: keep only what the latest answer of some request holds (rule 3). Re-derive the sets
    # from the latest answers alone, then drop from the state what none of them holds.
    held_marks, held_tasks, held_lessons = set(), set(), set()
    for pulled, order, step, method, params, result in answers:
        if method in ("getdiary", "getschedule", "gethomework"):
            own = "student" in params
            days_by_pupil = ({st["name"]: st["days"] for st in as_list(result["students"])} if own
                             else {sid: result["days"] for sid in pupils_of(params)})
            for sid, days in days_by_pupil.items():
                for d in days.values():
                    for it in as_list(d.get("items")):
                        if "lesson_id" in it and it["name"] != "Cancel":
                            held_lessons.add((sid, it["lesson_id"]))
                        for m in it.get("assessments", []):
                            held_marks.add((sid, m["lesson_id"], m["nm"]))
                        for hw in as_list(it.get("homework")):
                            held_tasks.add((sid, hw["id"]))
        elif method == "getmarks":
            for st in as_list(result["students"]):
                for subj in st["lessons"]:
                    for m in subj["marks"]:
                        held_marks.add((st["name"], m["lesson_id"], m["nm"]))
    for d, h in ((marks, held_marks), (tasks, held_tasks), (lessons, held_lessons)):
        for k in [k for k in d if k not in h]:
            del d[k]

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw, "why": why})

    for uid in sorted(children):
        kids, step = children[uid]
        add("children", f"step {step} `getrules` of user {uid} is the latest PULLED (pulled_at), whatever the push "
                        f"order: relations.students lists exactly {kids} (A.3 getrules; hub README pulled_at)",
            guardian={"parent": uid}, children=[{"student": k} for k in kids])
    for cls in sorted(class_teacher):
        add("class_teacher", f"step {class_teacher[cls][1]} getrules: relations.groups[{cls!r}].hometeacher_name "
                             f"(A.3 getrules)", **{"class": {"class": cls}}, teacher=class_teacher[cls][0])

    # periods: each pupil's own, and none of the other class's
    all_dated = {p["name"]: p for sid in periods for p in periods[sid][0] if p["start"]}
    for sid in sorted(periods):
        own, src = periods[sid]
        dated = [p for p in own if p["start"]]
        for p in dated:
            add("period", f"{src}: the pupil's own period {p['name']!r} ({p['fullname']}) {p['start']}-{p['end']} "
                          f"(A.2 getperiods per `student`, A.3 Period, A.4)",
                student={"student": sid}, name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
        for p in own:
            if not p["start"] and p["name"] == "Г":
                add("period", f"{src}: year column 'Г' (ambigious, no dates, A.3 Period); the hub README says an "
                              f"undated year column spans the dated periods: this pupil's own run "
                              f"{min(q['start'] for q in dated)}-{max(q['end'] for q in dated)}",
                    student={"student": sid}, name="Г", starts_on=iso(min(q["start"] for q in dated)),
                    ends_on=iso(max(q["end"] for q in dated)))
        own_names = {p["name"] for p in own} | {p["fullname"] for p in own}
        quarters = any(p["name"] == "I" for p in own)
        others = [p for n, p in sorted(all_dated.items()) if n not in own_names]
        for p in others:
            # name a column by what cannot be one of the pupil's own: Roman quarter names for a half-year pupil,
            # the half-years' full names for a quarter pupil (their short names "1"/"2" could alias a quarter)
            label = p["fullname"] if quarters else p["name"]
            add("no_period", f"{src} gives this pupil only {[q['name'] for q in own]}; {label!r} "
                             f"({p['start']}-{p['end']}) is another class's period (A.2 getperiods per `student`; "
                             f"A.4 periods vary)", student={"student": sid}, name=label)

    # lessons: every lesson of Mon 17.11 for every pupil, and Fri 28.11 for one pupil per class; the cancelled slot
    for (sid, lesson_id), l in sorted(lessons.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[1]["number"])):
        if l["date"] == "2025-11-17" or (l["date"] == "2025-11-28" and sid in ("71002", "71101")) \
                or (sid == "71002" and l["date"] == "2025-11-25"):
            extra = {k: l[k] for k in ("topic", "teacher", "room", "starts_at", "ends_at") if l[k]}
            add("lesson", f"{l['src']} (the newest answer holding lesson_id {lesson_id}): num, name, teacher, room, "
                          f"topic, starttime/endtime (A.3 Lesson item; times only with rings)",
                student={"student": sid}, date=l["date"], number=l["number"], subject=l["subject"], **extra)
    for (sid, lesson_id), (date, number, src) in sorted(cancelled.items()):
        if (sid, lesson_id) not in lessons:
            add("no_lesson", f"{src}: the slot of lesson_id {lesson_id} (Химия, in the step-05 answers) is now "
                             f"named \"Cancel\" (A.3 Lesson item `name`, [S] felpsyatina): no Химия lesson is held",
                student={"student": sid}, date=date, number=number, subject="Химия")

    for (sid, lesson_id, nm), m in sorted(marks.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[0])):
        if m["value"] in ATTENDANCE:
            add("attendance", f"{m['src']}: pseudo-mark {m['value']!r} (count false, convert 0) is attendance, "
                              f"{ATTENDANCE[m['value']]} (A.3 Absence, A.6)",
                student={"student": sid}, date=m["date"], subject=m["subject"], code=m["value"],
                meaning=ATTENDANCE[m["value"]])
            continue
        wf = m.get("weight_float")
        extra = {"weight": num(wf if wf is not None else m["weight"]), "counts": bool(m["count"])}
        if m.get("control_type"):
            extra["work_type"] = m["control_type"]
        if m.get("comment"):
            extra["comment"] = m["comment"]
        add("mark", f"{m['src']} (the newest answer holding lesson_id {lesson_id}, nm {nm}): value, weight_float "
                    f"{wf!r} (else weight), count, control_type/mtype.type, comment (A.3 Assessment/SubjectMarks)",
            student={"student": sid}, date=m["date"], subject=m["subject"], value=m["value"], **extra)
    for ((sid, lesson_id, nm), value), m in sorted(ever_marks.items()):
        cur = marks.get((sid, lesson_id, nm))
        if value in ATTENDANCE:
            continue
        if cur is None or cur["value"] != value:
            why = ("no latest answer holds it any more (deleted by omission)" if cur is None
                   else f"the newer answer {cur['src']} has {cur['value']!r} at the same lesson_id/nm (corrected)")
            add("no_mark", f"{m['src']} had {value!r} at lesson_id {lesson_id}, nm {nm}; {why} (A.3; hub README "
                           f"deletion by omission)", student={"student": sid}, date=m["date"],
                subject=m["subject"], value=value)

    for (sid, hid), t in sorted(tasks.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[0][1])):
        extra = {"attachments": sorted(set(t["files"]))} if t["files"] else {}
        add("homework", f"{t['src']} (the newest answer holding homework id {hid}): value on the lesson of that "
                        f"day{', individual: only in the pupil’s own answers' if t['individual'] else ''}; files "
                        f"by toid or files.file (A.3 Lesson item homework/files, A.5 E5)",
            student={"student": sid}, subject=t["subject"], text=t["text"], date=t["date"], **extra)
    for ((sid, hid), text), t in sorted(ever_tasks.items()):
        cur = tasks.get((sid, hid))
        if cur is None or cur["text"] != text:
            why = ("no latest answer holds task id %s any more (withdrawn by omission)" % hid if cur is None
                   else f"the newer answer {cur['src']} has the same id with the text {cur['text']!r} (edited)")
            add("no_homework", f"{t['src']} had {text!r}; {why} (A.3 homework keyed by id)",
                student={"student": sid}, subject=t["subject"], text=text, date=t["date"])
    # other pupils must not see the individual task
    for (sid, hid), t in sorted(tasks.items()):
        if t["individual"]:
            for other in sorted(members[klass[sid]]):
                if other != sid:
                    add("no_homework", f"{t['src']}: homework {hid} is `individual: true` and only in {sid}'s "
                                       f"answer (A.3 homework `individual`)", student={"student": other},
                        subject=t["subject"], text=t["text"], date=t["date"])

    for (sid, subj, period), (a, src) in sorted(finals.items()):
        add("final_mark", f"{src}: items[{subj!r}].assessments period {period!r} value {a['value']!r}"
                          f"{' comment ' + repr(a['comment']) if a.get('comment') else ''} (A.3 Final assessment, "
                          f"A.5 E4, A.6); a past year's answer with days=2024..2025 does not replace it (A.2)",
            student={"student": sid}, subject=subj, period=period, value=a["value"])
    for (sid, subj, days), (value, src) in sorted(averages.items()):
        start, _, end = days.partition("-")
        own = [p for p in periods.get(sid, ([], ""))[0] if p["start"] == start and p["end"] == end]
        extra = {"period": own[0]["name"]} if own else {}
        add("vendor_average", f"{src}: lessons[{subj!r}].average {value!r} as sent; days equal the pupil's own "
                              f"period {extra.get('period')!r} (A.3 SubjectMarks; hub README the journal's averages)",
            student={"student": sid}, subject=subj, value=value, **extra)

    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump({"facts": facts}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = defaultdict(int)
    for f in facts:
        counts[f["kind"]] += 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
