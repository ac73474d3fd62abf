#!/usr/bin/env python3
"""Derive facts.json from journey.json for Eljur corpus 11 (lessons that move and change hands), by the rules of
/work/shared/reference/elzhur_mesh.md Part A. Standard library only; never imports the hub; deterministic.

Rules:
1. Answers apply in `pulled_at` order (the latest pull is the vendor's newest state; the hub README's request
   envelope). Only `state: 200` answers count (A.1). A request is its method and query (A.1, A.2).
2. A lesson is (pupil, `lesson_id`) (A.3 Lesson item: `lesson_id` names the lesson; A.4 ids). Its day and slot are
   where the newest answer stating that `lesson_id` lists it (`days` key / `name`, `num`): a lesson re-listed under
   another day or number has MOVED, and takes its marks, absences and homework with it (they hang on the item:
   A.3 `assessments`, `homework`, `files` inside the lesson item, marks carry `lesson_id`). Its other fields
   (`name` = subject, `teacher`, `room`, `topic`, `starttime`/`endtime`) are the newest stated value of each;
   getschedule items carry no topic (A.2: "like getdiary without marks"), times only with rings (A.3).
3. getdiary / getschedule / gethomework hold each day of their `days` range whole (A.3 Day, `items`): a lesson
   (resp. mark, absence, task) that an answer pulled later lacks, while its range covers the day the lesson (mark,
   task) currently sits on, is gone. An answer whose range does not cover that day says nothing about it. getmarks
   holds every mark of the pupil in its `days` range (A.2). Class answers (getschedule/gethomework by `class`, A.2,
   E5) apply to every pupil getrules puts in that class (A.3 getrules `relations.students[].class`).
4. A lesson named `"Cancel"` is cancelled (A.3 Lesson item `name`, [S]): its old subject no longer has a lesson
   there (no_lesson). Every other listed lesson is held: `cancelled` false. A subject renamed on the same `lesson_id` (Музыка -> ИЗО) is a lesson of the new subject.
5. A mark is (pupil, `lesson_id`, `nm`) in getdiary and getmarks alike (A.3 Assessment, SubjectMarks); its value,
   weight (`weight_float`, else `weight`, as a number), `count`, work type (`control_type` / `mtype.type`) and
   comment are the newest stated; it is shown on its lesson's (current) day. `н`/`Н` absent, `оп`/`ОП` late are
   attendance, never marks (A.3 Absence pseudo-mark, A.6). Empty comments and rooms are not stated as facts
   (a parent sees nothing either way; A.3 room "may be empty or null").
6. A task is (pupil, homework `id`) (A.3 `homework` keyed by id); its day is where the newest answer lists it;
   attachments are the `files` whose `toid` is its id, or an E5 class item's `files.file` (A.3 files).
7. vendor_average: the newest getmarks `average` per pupil and subject, when its `days` equal a getperiods period
   (A.3 SubjectMarks, Period). children: getrules `relations.students` (A.3 getrules). period: getperiods dated
   periods (A.3 Period, A.4).
"""
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def parse(request):
    parts = urlsplit(request if "://" in request else "http://h/" + request)
    return parts.path.rstrip("/").rsplit("/", 1)[-1], dict(parse_qsl(parts.query))


def covered(rng, day):
    return rng[0] <= day <= rng[1]


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                records.append((r.get("pulled_at", ""), len(records), step["name"][:2], r))
    records.sort(key=lambda x: (x[0], x[1]))

    pupils_of_class, children, periods = {}, {}, []
    lessons, marks, tasks, averages = {}, {}, {}, {}   # keyed per pupil
    shown_lessons, shown_marks, shown_tasks = set(), [], []

    def state_lesson(p, lid, day, it, where, with_topic):
        les = lessons.setdefault((p, lid), {"src": {}})
        les.update(alive=True, date=day, num=int(it["num"]), where=where)
        if it["name"] == "Cancel":
            les["cancelled"] = True
        else:
            les["cancelled"] = False
            les["subject"] = it["name"]
        for k in ("teacher", "room"):
            if k in it:
                les[k] = it[k]
        if with_topic and "topic" in it:
            les["topic"] = it["topic"]
        if "starttime" in it:
            les["start"], les["end"] = it["starttime"][:5], it["endtime"][:5]
        les.setdefault("sigs", set()).add((day, it["num"], it["name"], it.get("teacher"), it.get("room"),
                                           it.get("topic") if with_topic else None))
        if not les["cancelled"]:
            shown_lessons.add((p, day, les["subject"], int(it["num"])))

    def state_mark(p, m, day, subject, where):
        key = (p, m["lesson_id"], m["nm"])
        if m.get("value", "") == "":
            return
        w = m.get("weight_float")
        w = m.get("weight") if w is None else w
        marks[key] = {"alive": True, "date": day, "value": m["value"], "weight": float(w),
                      "counts": bool(m.get("count")), "work_type": m.get("control_type") or
                      (m.get("mtype") or {}).get("type"), "comment": m.get("comment") or "", "where": where}
        shown_marks.append((p, day, subject, m["value"]))

    def state_task(p, hid, day, subject, text, files, where):
        tasks[(p, hid)] = {"alive": True, "date": day, "subject": subject, "text": text, "files": files,
                           "where": where}
        shown_tasks.append((p, subject, text))

    for pulled, _, step, r in records:
        resp = r["body"]["response"]
        if resp.get("state") != 200 or resp.get("error"):
            continue
        method, q = parse(r["request"])
        res = resp["result"]
        where = f"step {step} `{r['request']}` (pulled {pulled})"
        if method == "getrules":
            for sid, st in (res.get("relations") or {}).get("students", {}).items():
                pupils_of_class.setdefault(st["class"], set()).add(str(sid))
            children[str(res["id"])] = sorted(str(s) for s in res["relations"]["students"])
            continue
        if method == "getperiods":
            for st in as_list(res["students"]):
                for per in st["periods"]:
                    if per["start"] and per["end"]:
                        periods.append((per["name"], iso(per["start"]), iso(per["end"]), where))
            continue
        rng = tuple(q["days"].split("-"))
        if "class" in q:
            pupils = sorted(pupils_of_class.get(q["class"], ()))
            per_pupil = {p: res["days"] for p in pupils}
        else:
            per_pupil = {str(st["name"]): st for st in as_list(res["students"])}
            if method in ("getdiary", "getschedule", "gethomework"):
                per_pupil = {p: st["days"] for p, st in per_pupil.items()}
        for p, payload in per_pupil.items():
            if method in ("getdiary", "getschedule"):
                seen_l, seen_m, seen_t = set(), set(), set()
                for day, d in payload.items():
                    for it in as_list(d.get("items")):
                        lid = str(it["lesson_id"])
                        state_lesson(p, lid, iso(day), it, where, method == "getdiary")
                        seen_l.add(lid)
                        if method != "getdiary":
                            continue
                        for m in it.get("assessments") or []:
                            state_mark(p, m, iso(day), it["name"], where)
                            seen_m.add((p, m["lesson_id"], m["nm"]))
                        files = as_list(it.get("files"))
                        for hw in as_list(it.get("homework")):
                            names = [f["filename"] for f in files if f.get("toid") == hw["id"]]
                            state_task(p, hw["id"], iso(day), it["name"], hw["value"], names, where)
                            seen_t.add((p, hw["id"]))
                for (pp, lid), les in lessons.items():
                    if pp == p and les["alive"] and lid not in seen_l and covered((iso(rng[0]), iso(rng[1])),
                                                                                    les["date"]):
                        les.update(alive=False, gone=where)
                if method == "getdiary":
                    for key, m in marks.items():
                        if key[0] == p and m["alive"] and key not in seen_m and covered(
                                (iso(rng[0]), iso(rng[1])), m["date"]):
                            m.update(alive=False, gone=where)
                    for key, t in tasks.items():
                        if key[0] == p and t["alive"] and key not in seen_t and covered(
                                (iso(rng[0]), iso(rng[1])), t["date"]):
                            t.update(alive=False, gone=where)
            elif method == "gethomework":
                seen_t = set()
                for day, d in payload.items():
                    for it in as_list(d.get("items")):
                        f = it.get("files")
                        names = [x["filename"] for x in (f.get("file", []) if isinstance(f, dict) else f or [])]
                        for hw in as_list(it.get("homework")):
                            state_task(p, hw["id"], iso(day), it["name"], hw["value"], names, where)
                            seen_t.add((p, hw["id"]))
                for key, t in tasks.items():
                    if key[0] == p and t["alive"] and key not in seen_t and covered((iso(rng[0]), iso(rng[1])),
                                                                                    t["date"]):
                        t.update(alive=False, gone=where)
            elif method == "getmarks":
                seen_m = set()
                for subj in payload["lessons"]:
                    for m in subj.get("marks") or []:
                        state_mark(p, m, m["date"], subj["name"], where)
                        seen_m.add((p, m["lesson_id"], m["nm"]))
                    if subj.get("average") not in ("", None):
                        averages[(p, subj["name"])] = (q["days"], str(subj["average"]), where)
                for key, m in marks.items():
                    if key[0] == p and m["alive"] and key not in seen_m and covered((iso(rng[0]), iso(rng[1])),
                                                                                    m["date"]):
                        m.update(alive=False, gone=where)

    facts = []

    def add(kind, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw})

    for parent, kids in sorted(children.items()):
        add("children", guardian={"parent": parent}, children=[{"student": k} for k in kids],
            why="getrules of this parent: relations.students lists exactly these children (A.3 getrules).")
    for name, start, end, where in periods:
        add("period", name=name, starts_on=start, ends_on=end,
            why=f"{where}: getperiods period '{name}' start/end YYYYMMDD (A.3 Period, A.4).")

    # lessons: every lesson of the first pupil; for the others, the lessons something happened to
    for (p, lid), les in sorted(lessons.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[1]["num"])):
        if not les["alive"] or les["cancelled"]:
            continue
        moved_or_edited = len({sig[:5] for sig in les["sigs"]} | {sig for sig in les["sigs"] if sig[5]}) > 2 or \
            len({sig[:5] for sig in les["sigs"]}) > 1 or len({sig[5] for sig in les["sigs"] if sig[5]}) > 1
        if p != "66101" and not moved_or_edited:
            continue
        fact = {"student": {"student": p}, "date": les["date"], "number": les["num"], "subject": les["subject"],
                "teacher": les["teacher"], "cancelled": False}
        if les.get("room"):
            fact["room"] = les["room"]
        if les.get("topic"):
            fact["topic"] = les["topic"]
        if les.get("start"):
            fact["starts_at"], fact["ends_at"] = les["start"], les["end"]
        add("lesson", **fact, why=f"lesson_id {lid}: day, num and subject where {les['where']} lists it; teacher, "
                                  "room, topic, times the newest stated (A.3 Lesson item num/lesson_id/name/"
                                  "teacher/room/topic, starttime/endtime with rings; rule 2).")
    alive = {(p, les["date"], les["subject"], les["num"]) for (p, lid), les in lessons.items()
             if les["alive"] and not les["cancelled"]}
    for p, day, subject, num in sorted(shown_lessons - alive):
        if any(a[:3] == (p, day, subject) for a in alive):
            add("no_lesson", student={"student": p}, date=day, subject=subject, number=num,
                why=f"an earlier answer showed {subject} #{num} on {day}; the newest answers covering that day list "
                    "no such lesson there (moved, replaced, renamed or Cancel; A.3 Day items whole, lesson_id; "
                    "rules 2-4).")
        elif not any(x["kind"] == "no_lesson" and x["student"]["student"] == p and x["date"] == day
                     and x["subject"] == subject and "number" not in x for x in facts):
            add("no_lesson", student={"student": p}, date=day, subject=subject,
                why=f"an earlier answer showed {subject} on {day}; the newest answers covering that day list no "
                    f"{subject} lesson that day (moved to another day, replaced by another subject, cancelled; "
                    "A.3 Day items whole, lesson_id; rules 2-4).")

    def subject_and_day(p, lid, m):
        les = lessons.get((p, lid))
        if les and les["alive"]:
            return les["subject"], les["date"], les["num"]
        return None, m["date"], None

    live_marks = set()
    for (p, lid, nm), m in sorted(marks.items()):
        if not m["alive"]:
            continue
        subject, day, num = subject_and_day(p, lid, m)
        live_marks.add((p, day, subject, m["value"]))
        if m["value"] in ATT:
            add("attendance", student={"student": p}, date=day, subject=subject, number=num, code=m["value"],
                meaning=ATT[m["value"]],
                why=f"pseudo-mark '{m['value']}' at lesson_id/nm {lid}/{nm}, shown on the lesson's current day "
                    f"({m['where']}; A.3 Absence pseudo-mark, A.6; rules 2, 5).")
            add("no_mark", student={"student": p}, date=day, subject=subject, value=m["value"],
                why="an absence/late pseudo-mark is attendance, never a mark (A.3 Absence, A.6).")
            continue
        fact = {"student": {"student": p}, "date": day, "subject": subject, "value": m["value"],
                "weight": m["weight"], "counts": m["counts"], "work_type": m["work_type"]}
        if m["comment"]:
            fact["comment"] = m["comment"]
        add("mark", **fact, why=f"mark at lesson_id/nm {lid}/{nm}, newest statement {m['where']}; shown on its "
                                "lesson's current day (A.3 Assessment/SubjectMarks; weight_float else weight; "
                                "rules 2, 5).")
    done = set()
    for (p, day, subject, value) in sorted(set(shown_marks)):
        if value in ATT or (p, day, subject, value) in live_marks or (p, day, subject, value) in done:
            continue
        done.add((p, day, subject, value))
        add("no_mark", student={"student": p}, date=day, subject=subject, value=value,
            why=f"an earlier answer showed {subject} '{value}' on {day}; the newest answers hold that mark "
                "elsewhere, changed, or not at all (moved with its lesson, corrected, removed; A.3 Assessment "
                "lesson_id/nm; rules 2, 3, 5).")

    live_tasks = set()
    for (p, hid), t in sorted(tasks.items()):
        if not t["alive"]:
            continue
        live_tasks.add((p, t["subject"], t["text"]))
        subject = t["subject"]
        fact = {"student": {"student": p}, "subject": subject, "text": t["text"], "date": t["date"]}
        if t["files"]:
            fact["attachments"] = t["files"]
        add("homework", **fact, why=f"homework id {hid} listed under {t['date']} by {t['where']} (A.3 homework "
                                    "keyed by id, files by toid; rule 6).")
    for p, subject, text in sorted(set(shown_tasks) - live_tasks):
        add("no_homework", student={"student": p}, subject=subject, text=text,
            why="an earlier answer listed this task; the newest answers covering its day lack it (its lesson "
                "cancelled; A.3 Day items whole, homework; rules 3, 6).")
    for (p, subject), (days, value, where) in sorted(averages.items()):
        start, end = days.split("-")
        for name, s, e, _ in periods:
            if (s, e) == (iso(start), iso(end)):
                add("vendor_average", student={"student": p}, subject=subject, value=value, period=name,
                    why=f"{where}: lessons[].average as sent; days = period {name} (A.3 SubjectMarks, Period).")
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as f:
        json.dump({"facts": facts}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    kinds = {}
    for x in facts:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
