"""Derives facts.json from journey.json for the elzhur_10 corpus. Standard library only; never imports the hub.

Rules (from reference Part A and the hub README's documented envelope and deletion notice):
1. Records apply in push order. Every answer carries `pulled_at`, increasing with push order; the bare deletion
   notices carry none (the README documents none for them), and undated records apply in arrival order (hub
   README, "Time is data").
2. A mark or absence is (pupil, lesson_id, nm) in getdiary and getmarks alike (A.3 Assessment); `н`/`Н` absent,
   `оп`/`ОП` late are attendance (A.3 Absent, A.6), never marks. Homework is (pupil, homework id) (A.3 homework).
3. A pupil sees the lessons of the subgroup his own diary shows for a subject (A.3 grp); the class schedule's other
   group is not his.
4. A bare notice {"method": "deletion", "deleted": {kind, ...}} removes that pupil's item only: mark / attendance by
   (student, lesson_id, nm), homework by (student, homework_id), final by (student, subject, period).
5. vendor_average: getmarks `average` as sent, period = the getperiods period whose start-end equals `days`.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def query(request):
    method, _, q = request.partition("?")
    return method.rsplit("/", 1)[-1], dict(p.split("=", 1) for p in q.split("&") if p)


def records(journey):
    out = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                out.append((step["name"][:2], r))
    return out


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    children, class_of, class_teacher, periods = {}, {}, {}, {}
    lessons, marks, homework, finals, averages, class_lessons = {}, {}, {}, {}, {}, {}
    deleted = []
    src = {}
    for step, r in records(journey):
        if "method" in r and r["method"] == "deletion":
            d = r["deleted"]
            key = {"mark": ("m", d["student"], d.get("lesson_id"), d.get("nm")),
                   "attendance": ("m", d["student"], d.get("lesson_id"), d.get("nm")),
                   "homework": ("h", d["student"], d.get("homework_id")),
                   "final": ("f", d["student"], d.get("subject"), d.get("period"))}[d["kind"]]
            store = {"m": marks, "h": homework, "f": finals}[key[0]]
            if key[1:] in store:
                deleted.append((d["kind"], key[1:], store.pop(key[1:]), step))
            continue
        resp = r["body"]["response"]
        if resp["state"] != 200 or resp["error"] is not None:
            continue
        res = resp["result"]
        method, q = query(r["request"])
        req = f"step {step} `{r['request']}`"
        if method == "getrules":
            rel = res["relations"]
            children[res["id"]] = sorted(rel["students"])
            for sid, c in rel["students"].items():
                class_of[sid] = c["class"]
            for cls, g in rel["groups"].items():
                class_teacher[cls] = (g["hometeacher_name"], req)
        elif method == "getperiods":
            for p in res["students"][0]["periods"]:
                if p["start"] and p["end"]:
                    periods[p["name"]] = (iso(p["start"]), iso(p["end"]), req)
        elif method == "getschedule":
            for d, day in res["days"].items():
                for it in items_of(day):
                    class_lessons[(q["class"], iso(d), it["lesson_id"])] = (it, req)
        elif method == "getdiary":
            sid = q["student"]
            for d, day in res["students"][sid]["days"].items():
                for it in items_of(day):
                    lessons[(sid, iso(d), it["lesson_id"])] = (it, req)
                    for m in it.get("assessments", []):
                        if m["value"] == "":
                            continue
                        marks[(sid, m["lesson_id"], m["nm"])] = dict(m, subject=it["name"], number=int(it["num"]),
                                                                     src=req)
                    for hw in it["homework"].values():
                        if not hw.get("individual"):
                            homework[(sid, str(hw["id"]))] = {"subject": it["name"], "text": hw["value"],
                                                              "date": iso(d), "src": req}
        elif method == "getmarks":
            sid = q["student"]
            for subj in res["students"][sid]["lessons"]:
                start, end = q["days"].split("-")
                averages[(sid, subj["name"], q["days"])] = (subj["average"], req)
                for m in subj["marks"]:
                    old = marks.get((sid, m["lesson_id"], m["nm"]), {})
                    marks[(sid, m["lesson_id"], m["nm"])] = dict(m, subject=subj["name"],
                                                                 number=old.get("number"), src=req)
        elif method == "getfinalassessments":
            sid = q["student"]
            for subj in res["students"][sid]["items"]:
                for a in subj["assessments"]:
                    if a["value"]:
                        finals[(sid, subj["name"], a["period"])] = (a["value"], req)
    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw, "why": why})

    for uid in sorted(children):
        add("children", "step 01 `getrules`: relations.students of the parent's latest getrules, each with its own "
            "`class` (three classes for 91001) (A.3 getrules)",
            guardian={"parent": uid}, children=[{"student": s} for s in children[uid]])
    for cls in sorted(class_teacher):
        add("class_teacher", f"{class_teacher[cls][1]}: relations.groups['{cls}'] rel homeclass, hometeacher_name "
            "(A.3 getrules); one parent's answer names three home classes", class_={"class": cls},
            teacher=class_teacher[cls][0])
    for name in sorted(periods):
        s, e, req = periods[name]
        add("period", f"{req}: period '{name}' start/end YYYYMMDD (A.3 Period, A.4)", name=name, starts_on=s,
            ends_on=e)
    # lessons each pupil sees
    seen = {}
    for (sid, date, lid), (it, req) in sorted(lessons.items()):
        seen.setdefault((sid, date), []).append(it)
        fact = dict(student={"student": sid}, date=date, number=int(it["num"]), subject=it["name"],
                    teacher=it["teacher"], room=it["room"], topic=it["topic"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5])
        extra = f"; subgroup '{it['grp']}' is the one his own diary shows (A.3 grp)" if it.get("grp") else ""
        add("lesson", f"{req}: item num '{it['num']}' lesson_id {lid} of {date} (A.3 Lesson item; rings times)"
            + extra, **fact)
    for (cls, date, lid), (it, req) in sorted(class_lessons.items()):
        if not it.get("grp"):
            continue
        for sid in sorted(s for s, c in class_of.items() if c == cls):
            mine = [x for x in seen.get((sid, date), []) if x["name"] == it["name"]]
            if mine and all(x.get("grp") != it["grp"] for x in mine) and \
                    all(int(x["num"]) != int(it["num"]) for x in seen.get((sid, date), []) if x["name"] == it["name"]):
                add("no_lesson", f"{req}: lesson_id {lid} is {it['name']} '{it['grp']}' at #{it['num']}; pupil "
                    f"{sid}'s own diary shows him in '{mine[0].get('grp')}' for {it['name']} (A.3 grp): the other "
                    "group's lesson is not his", student={"student": sid}, date=date, subject=it["name"],
                    number=int(it["num"]))
    for (sid, lid, nm), m in sorted(marks.items()):
        if m["value"] in ATTENDANCE:
            add("attendance", f"{m['src']}: pseudo-mark '{m['value']}' (count false, convert 0) at lesson_id/nm "
                f"{lid}/{nm} (A.3 Absent, A.6)", student={"student": sid}, date=m["date"], subject=m["subject"],
                code=m["value"], meaning=ATTENDANCE[m["value"]])
            continue
        wf = m.get("weight_float")
        fact = dict(student={"student": sid}, date=m["date"], subject=m["subject"], value=m["value"],
                    counts=m["count"], weight=wf if wf is not None else m["weight"],
                    work_type=m.get("control_type") or (m.get("mtype") or {}).get("type"))
        if m.get("comment"):
            fact["comment"] = m["comment"]
        add("mark", f"{m['src']}: mark at lesson_id/nm {lid}/{nm} (A.3 Assessment); no notice names this pupil's "
            "mark (a notice is per pupil: mark id `<pupil>.<lesson_id>.<nm>`)", **fact)
    for (sid, hid), h in sorted(homework.items()):
        add("homework", f"{h['src']}: homework id {hid} under day {h['date']} (A.3 homework keyed by id)",
            student={"student": sid}, subject=h["subject"], text=h["text"], date=h["date"])
    for kind, key, item, step in deleted:
        why = (f"step {step} bare-record deletion notice kind '{kind}' (hub README, The vendor adapters: deletion "
               f"notice) names {key} (pupil-scoped: the other pupil's item with the same lesson_id/nm stays)")
        if kind == "mark":
            add("no_mark", why + f"; first sent by {item['src']}", student={"student": key[0]}, date=item["date"],
                subject=item["subject"], value=item["value"])
        elif kind == "attendance":
            add("attendance", why + f"; the '{item['value']}' of {item['src']} is withdrawn: the pupil was present",
                student={"student": key[0]}, date=item["date"], subject=item["subject"], meaning="present")
        elif kind == "homework":
            add("no_homework", why + f"; first sent by {item['src']}", student={"student": key[0]},
                subject=item["subject"], text=item["text"])
    # the other subgroup's homework is not the pupil's
    for (sid, hid), h in sorted(homework.items()):
        for other in sorted(s for s, c in class_of.items() if c == class_of[sid] and s != sid):
            if (other, hid) not in homework:
                add("no_homework", f"{h['src']}: task {hid} belongs to pupil {sid}'s subgroup lesson; pupil {other}'s "
                    "own diary lacks it and shows the other group (A.3 grp)", student={"student": other},
                    subject=h["subject"], text=h["text"])
    for (sid, subj, period), (value, req) in sorted(finals.items()):
        add("final_mark", f"{req}: items[].assessments[] period '{period}' (A.3 Final assessment); the notice for "
            "Физика II deletes only that cell", student={"student": sid}, subject=subj, period=period, value=value)
    for (sid, subj, days), (value, req) in sorted(averages.items()):
        s, e = days.split("-")
        per = [n for n, (ps, pe, _) in periods.items() if (ps, pe) == (iso(s), iso(e))]
        if value and per:
            add("vendor_average", f"{req}: lessons[].average as sent; days {days} = period '{per[0]}' (A.3 "
                "SubjectMarks, Period)", student={"student": sid}, subject=subj, value=value, period=per[0])
    for f in facts:
        if "class_" in f:
            f["class"] = f.pop("class_")
            f["why"] = f.pop("why")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


if __name__ == "__main__":
    main()
