"""Derives facts.json from journey.json for elzhur_9 (standard library only; never imports the hub).

Rules (reference elzhur_mesh.md Part A; the client models cited in README.md):
* request = method (last path segment, host and /apiv3/ ignored) + query; answers with state != 200 are ignored.
* result.students: object keyed by id OR array (A.1); getdiary/gethomework/getschedule days' `items`: object OR
  array (A.3 Day). By class (`class=`), `days` sits at the top level and reaches every pupil of the class (getrules).
* lesson: (pupil, date, num) with subject `name`, `teacher`, `room` (stated only when a non-empty string), `topic`
  (stated only when a non-empty string), times HH:MM[:SS] cut to HH:MM; a diary without rings takes the times the
  class schedule gave the same lesson_id.
* marks: `assessments` present, [] or absent; value "" (phantom) skipped; н/Н absent and оп/ОП late are attendance;
  weight = float(weight_float) when present and not null, else weight; counts = count; work type = control_type or
  mtype.type. getmarks marks are the same marks as getdiary's by (pupil, lesson_id, nm).
* homework: lesson `homework` object keyed by id, or array; files new [{toid,...}] (by toid) or old {file:[...]}
  (every file of the item); the date is the day it is listed under.
* finals: `assessments` absent or [] gives nothing, value "" gives nothing. averages: non-empty `average` of
  getmarks whose `days` equals a getperiods period's start-end is that period's.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

HERE = Path(__file__).parent
ABSENCE = {"н": "absent", "оп": "late"}


def parse(request):
    parts = urlsplit(request)
    return parts.path.rstrip("/").rsplit("/", 1)[-1], dict(parse_qsl(parts.query))


def seq(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def hhmm(t):
    return t[:5] if isinstance(t, str) and t else None


def text(x):
    return x if isinstance(x, str) and x.strip() else None


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"][:2], r) for s in journey["steps"] for b in s["batches"] for r in b]
    facts, class_of, periods, times = [], {}, {}, {}
    children = {}
    answers = []
    for step, r in records:
        resp = r["body"]["response"]
        if resp.get("state") != 200 or resp.get("error"):
            continue
        method, q = parse(r["request"])
        answers.append((step, method, q, resp["result"], r["request"]))
    for step, method, q, res, req in answers:
        if method == "getrules":
            for sid, s in (res.get("relations") or {}).get("students", {}).items():
                children.setdefault(str(res["id"]), set()).add(str(sid))
                class_of[str(sid)] = s["class"]
        if method == "getperiods":
            for st in seq(res["students"]):
                for p in st["periods"]:
                    if p.get("start") and p.get("end"):
                        periods[(str(st["name"]), p["start"] + "-" + p["end"])] = p
        if method == "getschedule" and "class" in q and q.get("rings"):
            for day in res["days"].values():
                for it in seq(day.get("items")):
                    if it.get("starttime"):
                        times[str(it["lesson_id"])] = (hhmm(it["starttime"]), hhmm(it["endtime"]))

    def add(kind, fid, why, **kw):
        facts.append({"id": fid, "kind": kind, **kw, "why": why})

    for uid, kids in sorted(children.items()):
        add("children", f"children-{uid}", "getrules relations.students keyed by id, rel child (A.3 getrules)",
            guardian={"parent": uid}, children=[{"student": k} for k in sorted(kids)])
    for (pid, _), p in sorted(periods.items()):
        if pid == "90101":
            add("period", f"period-{p['name']}", "getperiods students as an array, dated period (A.3 Period)",
                student={"student": pid}, name=p["name"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    marks = {}
    hw_seen = set()

    def mkey(pid, m):  # a mark with no lesson_id is told apart by its date
        return (pid, str(m["lesson_id"]) if m.get("lesson_id") else "nolesson" + m["date"].replace("-", ""), str(m["nm"]))

    def homework_of(pupils, date, it, where):
        files = it.get("files")
        if isinstance(files, dict):
            old = [f["filename"] for f in seq(files.get("file"))]
        else:
            old = None
        for hw in seq(it.get("homework")):
            names = old if old is not None else [f["filename"] for f in seq(files) if f.get("toid") == hw["id"]]
            for pid in pupils:
                if hw.get("individual") and where == "class":
                    continue
                key = (pid, hw["id"], hw["value"])
                if key in hw_seen:
                    continue
                hw_seen.add(key)
                f = dict(student={"student": pid}, subject=it["name"], text=hw["value"], date=iso(date))
                if names:
                    f["attachments"] = names
                add("homework", f"homework-{pid}-{hw['id']}",
                    f"step {step} {method} ({where}): homework {'array' if isinstance(it.get('homework'), list) else 'keyed'}"
                    f", files {'old {file:[...]}' if old is not None else 'new [{toid}]'} (A.3 lesson item, A.5 E5)",
                    **f)

    for step, method, q, res, req in answers:
        if method in ("getdiary", "gethomework"):
            if "class" in q:
                per = [([p for p, c in class_of.items() if c == q["class"]], res["days"])]
            else:
                per = [([str(st["name"])], st["days"]) for st in seq(res["students"])]
            for pupils, days in per:
                for date, day in sorted(days.items()):
                    for it in seq(day.get("items")):
                        homework_of(sorted(pupils), date, it, "class" if "class" in q else "pupil")
                        if method != "getdiary":
                            continue
                        pid = pupils[0]
                        st = (hhmm(it.get("starttime")), hhmm(it.get("endtime"))) if it.get("starttime") \
                            else times.get(str(it["lesson_id"]), (None, None))
                        f = dict(student={"student": pid}, date=iso(date), subject=it["name"], number=int(it["num"]),
                                 teacher=it["teacher"])
                        if text(it.get("room")):
                            f["room"] = it["room"]
                        if text(it.get("topic")):
                            f["topic"] = it["topic"]
                        if st[0]:
                            f["starts_at"], f["ends_at"] = st
                        add("lesson", f"lesson-{pid}-{date}-{it['num']}",
                            f"step {step} {req.split('?')[0]}: items {'array' if isinstance(day['items'], list) else 'object'}"
                            f", times {'own ' + str(it.get('starttime')) if it.get('starttime') else 'from the class schedule (no rings)' if st[0] else 'none'}",
                            **f)
                        for m in seq(it.get("assessments")):
                            marks.setdefault(mkey(pid, m), (step, method, it["name"], m))
                    for it in seq(day.get("items_extday")) if method == "getdiary" else []:
                        homework_of(sorted(pupils), date, it, "pupil")
                        f = dict(student={"student": pupils[0]}, date=iso(date), subject=it["name"],
                                 teacher=it["teacher"])
                        if text(it.get("topic")):
                            f["topic"] = it["topic"]
                        if it.get("starttime"):
                            f["starts_at"], f["ends_at"] = hhmm(it["starttime"]), hhmm(it["endtime"])
                        add("lesson", f"lesson-{pupils[0]}-{date}-extday-{it['sort']}",
                            f"step {step}: items_extday (no num, no lesson_id; homework an array) (A.3 Day)", **f)
                        for m in seq(it.get("assessments")):
                            marks.setdefault(mkey(pupils[0], m), (step, method, it["name"], m))
        if method == "getmarks":
            for st in seq(res["students"]):
                pid = str(st["name"])
                for subj in st["lessons"]:
                    for m in subj.get("marks") or []:
                        marks.setdefault(mkey(pid, m), (step, method, subj["name"], m))
                    if text(subj.get("average")):
                        p = periods.get((pid, q["days"]))
                        f = dict(student={"student": pid}, subject=subj["name"], value=subj["average"])
                        if p:
                            f["period"] = p["name"]
                        add("vendor_average", f"average-{pid}-{subj['lesson_id']}",
                            f"step {step} getmarks average as a string over the period's days (A.3 SubjectMarks)", **f)
        if method == "getfinalassessments":
            for st in seq(res["students"]):
                pid = str(st["name"])
                for it in seq(st["items"]):
                    for a in it.get("assessments") or []:
                        if text(a.get("value")):
                            add("final_mark", f"final-{pid}-{it['name']}-{a['period']}",
                                f"step {step} getfinalassessments, students {'array' if isinstance(res['students'], list) else 'object'} (A.3 Final)",
                                student={"student": pid}, subject=it["name"], period=a["period"], value=a["value"])
    for (pid, lid, nm), (step, method, subject, m) in sorted(marks.items()):
        date, value = m["date"], m["value"]
        fid = f"{pid}-{lid}-{nm}"
        if not value:
            add("no_mark", f"no-mark-{fid}", f"step {step} {method}: phantom value '' (A.3, Apheleia filters it)",
                student={"student": pid}, date=date, subject=subject, value="")
            continue
        if value.lower() in ABSENCE:
            add("attendance", f"attendance-{fid}", f"step {step} {method}: {value!r} absence pseudo-mark (A.3 Absent)",
                student={"student": pid}, date=date, subject=subject, code=value, meaning=ABSENCE[value.lower()])
            add("no_mark", f"no-mark-{fid}", "an attendance code is not a mark (A.6)",
                student={"student": pid}, date=date, subject=subject, value=value)
            continue
        wf = m.get("weight_float")
        weight = float(wf) if wf not in (None, "") else m["weight"]  # weight null beside weight_float: NiceEljurOpen
        weight = int(weight) if float(weight).is_integer() else weight
        f = dict(student={"student": pid}, date=date, subject=subject, value=value, weight=weight, counts=m["count"])
        wt = text(m.get("control_type")) or text((m.get("mtype") or {}).get("type"))
        if wt:
            f["work_type"] = wt
        if text(m.get("comment")):
            f["comment"] = m["comment"]
        add("mark", f"mark-{fid}", f"step {step} {method}: weight_float {wf!r}, countas {m.get('countas')!r} (A.3 Assessment)",
            **f)
    for f in [f for f in facts if f["kind"] == "homework"]:
        pid = f["student"]["student"]
        hid = f["id"].rsplit("-", 1)[1]
        if any(a[1] == "getdiary" and hid in json.dumps(a[3]) and '"individual": true' in json.dumps(a[3]) for a in answers):
            for other in sorted(p for p, c in class_of.items() if c == class_of[pid] and p != pid):
                add("no_homework", f"no-homework-{other}-{hid}", f"individual task of {pid} only (A.3 homework individual)",
                    student={"student": other}, subject=f["subject"], text=f["text"])
    for f in [f for f in facts if f["kind"] == "mark"]:
        pid = f["student"]["student"]
        for other in sorted(p for p in class_of if p != pid):
            if not any(g["kind"] == "mark" and g["student"]["student"] == other and g["date"] == f["date"]
                       and g["subject"] == f["subject"] and g["value"] == f["value"] for g in facts):
                add("no_mark", f"no-mark-{other}-{f['id'][5:]}", f"{pid}'s mark is not {other}'s (per-pupil answers)",
                    student={"student": other}, date=f["date"], subject=f["subject"], value=f["value"])
    seen = set()
    for f in facts:
        assert f["id"] not in seen, f["id"]
        seen.add(f["id"])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
