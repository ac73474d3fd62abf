"""Derives facts.json from journey.json for elzhur_41 (standard library only; does not import the hub).

Source of truth: shared/reference/elzhur_mesh.md, Part A. Answers are read in `pulled_at` order (then push order; a
naive `pulled_at` is the school's local time, as the journey's `school.timezone` registers it):
an answer is the journal as it was when pulled, so the latest pull of a thing wins whatever the delivery order.

R1 children: a parent sees exactly the keys of `relations.students` of his getrules (A.3 getrules).
R2 class_teacher: `relations.groups[class].hometeacher_name` (A.3 getrules).
R3 period: each dated getperiods period, `start`/`end` YYYYMMDD (A.3 Period, A.4).
R4 lesson: the lessons a pupil sees are his class's items of `getschedule?class=` and his own getdiary items, no
   `grp` or the `grp` his own diary shows him in for that subject (A.2, A.3 Lesson item `grp`). A lesson is its
   `lesson_id` (A.3, A.4); each field (`num`, `name`, `room`, `teacher`, `topic`) is the latest pull's that states
   it; `starttime`/`endtime` come only from answers pulled with `rings` (A.2 `rings`, A.3 "only with rings=true")
   and are the latest such pull's; a lesson no `rings` answer timed has no time (nothing in Part A gives Eljur
   bells of a shift: a time would be a guess). Lesson numbers are the journal's `num` as sent, 0 included (the
   0th lesson, before lesson 1), per shift (lesson 1 of the second shift starts at 14:05).
R4b extra-curricular: an `items_extday` item of a pupil's getdiary (A.3 Day) is a lesson of that pupil's, with its
   `name`, `teacher`, `topic` and times (with rings), without a number (the item has no `num`).
R4c cancelled: an item whose `name` is "Cancel" (A.3 Lesson item, felpsyatina) is its lesson id cancelled; the lesson
   keeps the subject an earlier answer named (the item states none).
R5 no_lesson: each day an answer lists is whole (A.3 Day): a lesson id that an answer pulled later, listing that
   day for the lesson's class (the class's getschedule, or the diary of a pupil who sees the lesson) lacks, is gone,
   even when the older answer that lists it is delivered last (A.1: the answer is the state at its pull).
R5b no_lesson: a lesson id a later pull lists under another `num` is not shown at the old number (the latest pull
   wins, A.1); a pupil's `items_extday` item is not his classmates' (A.3 Day, per-student wrapper A.1).
R5c no_lesson: a lesson id that a later pull gives another `name` is that subject's lesson now, not the old one's
   (A.3 Lesson item: `name` is a field of the lesson; the latest pull wins, A.1).
R5d no_lesson: a lesson only getmarks names has no number (SubjectMarks marks carry `lesson_id`, no `num`), so it
   is not shown as the 0th lesson of its subject that day (in a school with real 0th lessons, 0 says "before the
   first lesson").
R6 mark: a mark is (pupil, `lesson_id`, `nm`) (A.3 Assessment `nm`: position within the lesson, so the two halves
   of a double lesson, two lesson ids, each hold their own nm 1); value, weight (`weight_float`, else `weight`),
   `count`, work type (`control_type` / `mtype.type`) and `comment` of the latest pull; it is gone when a later
   answer that lists its day whole for that pupil lacks it: his getdiary of that day, or his getmarks whose `days`
   covers the mark's `date` and that lists the subject (A.2 getmarks `days`, A.3 SubjectMarks).
R7 no_mark: a value a mark had (or a deleted mark) that no live mark of that pupil, subject and day has.
R8 attendance: `н` absent, `оп` late (A.3 Absent, A.6), code as sent, on the lesson (`lesson_id`) that holds it.
R8b attendance: on a double lesson, an absence pseudo-mark is on one half (its `lesson_id`); the other half without
   one shows the pupil present.
R9 homework: a task is its id (A.3 Lesson item `homework` keyed by id); its text is the latest pull's; it is due
   on the day it is listed under (A.3 Day: the lesson of that day), on the lesson that lists it; a class's gethomework
   lists each day's tasks whole (A.2, A.5 E5), so a task of that class and day it lacks, pulled later, is gone.
R10 no_homework: a text a task no longer has (corrected or withdrawn) that no live task of the subject carries.
R11 final_mark: getfinalassessments per pupil, period by its short name (A.3 Final assessment).
R12 vendor_average: getmarks `average` as sent; its `days` equal period II's dates (A.3 SubjectMarks, Period).
Selection (to keep ~200 facts): R4 for every 0th lesson, every half of a double lesson, every Saturday lesson of
the family's two children, each pupil's first lesson of every day (Полина's in week 1: Monday and Saturday) and Полина's last in the second shift (Тимур: Mondays and Saturdays), the
English group lessons of a Monday, and next Monday's 0th and 1st lessons (6В untimed; 7Б timed by Тимур's own getschedule); R5 for Полина and Максим (and
Тимур's own group lessons); R6/R8 every mark and absence; R9 every task of 41101 and 41201 on a day with a
0th, double or Saturday lesson, the edited ones, and the group tasks of 41102; R12 the subjects of the traps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def hhmm(value):
    return value[:5] if isinstance(value, str) and value else None


def days_range(q):
    a, b = q["days"][0].split("-")
    return iso(a), iso(b)


def items_of(day):
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    zone = ZoneInfo(journey["school"]["timezone"])
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for record in batch:
                pulled = dt.datetime.fromisoformat(record["pulled_at"])
                if pulled.tzinfo is None:  # a naive pull time is the school's local time (hub README, journeys README)
                    pulled = pulled.replace(tzinfo=zone)
                records.append((pulled.timestamp(), len(records), step["name"][:2], record))
    records.sort(key=lambda r: (r[0], r[1]))
    order = {r[1]: i for i, r in enumerate(records)}  # pull rank

    facts = []

    def fact(kind, fid, why, **kw):
        facts.append({"id": fid, "kind": kind, **kw, "why": why})

    # --- R1, R2: getrules --------------------------------------------------------------------------------------
    pupil_class, class_teacher, parents = {}, {}, {}
    for pulled, idx, step, rec in records:
        if rec["request"].split("?")[0] != "getrules":
            continue
        res = rec["body"]["response"]["result"]
        parents[res["id"]] = (step, sorted(res["relations"]["students"]))
        for sid, s in res["relations"]["students"].items():
            pupil_class[sid] = s["class"]
        for cname, g in res["relations"]["groups"].items():
            class_teacher[cname] = (step, g["hometeacher_name"])
    for parent, (step, kids) in sorted(parents.items()):
        fact("children", f"children-{parent}", f"R1: step {step} getrules of {parent}: relations.students {kids}",
             guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cname, (step, name) in sorted(class_teacher.items()):
        fact("class_teacher", f"class-teacher-{cname}", f"R2: step {step} getrules relations.groups[{cname!r}]",
             teacher=name, **{"class": {"class": cname}})

    # --- R3: periods ------------------------------------------------------------------------------------------
    seen = set()
    for pulled, idx, step, rec in records:
        if rec["request"].startswith("getperiods"):
            for s in rec["body"]["response"]["result"]["students"]:
                for p in s["periods"]:
                    if p["start"] and p["name"] not in seen:
                        seen.add(p["name"])
                        fact("period", f"period-{p['name']}", f"R3: step {step} getperiods {p['name']!r}",
                             name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # --- observations --------------------------------------------------------------------------------------------
    lessons = {}  # lid -> {field: (rank, value)}
    listed = []  # (rank, scope, date, set of lids): scope ("class", cls) or ("pupil", pid)
    pupil_grp = {}  # (pid, subject) -> grp
    marks = {}  # (pid, lid, nm) -> {field: value, "rank"}
    mark_lists = []  # (rank, pid, kind, date range / day, subjects or None, keys)
    absences = {}  # (pid, lid) -> (rank, code, date, subject)
    tasks = {}  # hid -> dict
    task_lists = []  # (rank, cls, grp-or-None, day, hids)
    lesson_cls = {}

    def observe_lesson(rank, it, cls, day, rings, lid=None, only=None):
        lid = lid or it["lesson_id"]
        rec = lessons.setdefault(lid, {"only": only})
        lesson_cls[lid] = cls
        if it["name"] == "Cancel":  # R4c: a cancelled lesson keeps the subject another answer stated
            if "cancelled" not in rec or rec["cancelled"][0] <= rank:
                rec["cancelled"] = (rank, True)
            it = {k: v for k, v in it.items() if k != "name"}
        elif "cancelled" not in rec or rec["cancelled"][0] <= rank:
            rec["cancelled"] = (rank, False)
        for field, value in (("num", int(it["num"]) if "num" in it else None), ("subject", it.get("name")), ("room", it.get("room")),
                             ("teacher", it.get("teacher")), ("topic", it.get("topic")), ("grp", it.get("grp")),
                             ("date", day)):
            if (field == "topic" and "topic" not in it) or (field == "subject" and value is None):
                continue
            if field not in rec or rec[field][0] <= rank:
                rec[field] = (rank, value)
            if field == "num":
                rec.setdefault("nums", set()).add(value)
            if field == "subject":
                rec.setdefault("subjects", set()).add(value)
        if rings and hhmm(it.get("starttime")):
            if "time" not in rec or rec["time"][0] <= rank:
                rec["time"] = (rank, (hhmm(it["starttime"]), hhmm(it["endtime"])))
        rec.setdefault("listed", []).append(rank)

    for pulled, idx, step, rec in records:
        rank = order[idx]
        method, _, query = rec["request"].partition("?")
        q = parse_qs(query)
        res = rec["body"]["response"]["result"]
        rings = "rings" in q
        if method == "getschedule" and "student" in q:  # a pupil's own schedule (A.2: like getdiary)
            for pid, st in res["students"].items():
                for dkey, day in st["days"].items():
                    its = items_of(day)
                    for it in its:
                        observe_lesson(rank, it, pupil_class[pid], iso(dkey), rings)
                    listed.append((rank, ("pupil", pid), iso(dkey), {it["lesson_id"] for it in its}, step))
        elif method == "getschedule":
            cls = q["class"][0]
            for dkey, day in res["days"].items():
                its = items_of(day)
                for it in its:
                    observe_lesson(rank, it, cls, iso(dkey), rings)
                listed.append((rank, ("class", cls), iso(dkey), {it["lesson_id"] for it in its}, step))
        elif method == "getdiary":
            for pid, s in res["students"].items():
                cls = pupil_class[pid]
                for dkey, day in s["days"].items():
                    its = items_of(day)
                    listed.append((rank, ("pupil", pid), iso(dkey), {it["lesson_id"] for it in its}, step))
                    day_marks = set()
                    for it in its:
                        observe_lesson(rank, it, cls, iso(dkey), rings)
                        if it.get("grp"):
                            pupil_grp[(pid, it["name"])] = it["grp"]
                        for a in it.get("assessments", []):
                            if a["value"] in ("н", "Н", "оп", "ОП"):
                                absences[(pid, it["lesson_id"])] = (rank, a["value"], iso(dkey), it["name"], step)
                            elif a["value"]:
                                key = (pid, a["lesson_id"], a["nm"])
                                day_marks.add(key)
                                m = marks.setdefault(key, {"values": []})
                                if m.get("rank", -1) <= rank:
                                    m.update(rank=rank, value=a["value"], weight=a.get("weight_float", a["weight"]),
                                             count=a["count"], work_type=a.get("control_type"),
                                             comment=a.get("comment", ""), date=a["date"], subject=it["name"],
                                             step=step)
                                m["values"].append(a["value"])
                        if "homework" in it:
                            for hid, h in it["homework"].items():
                                observe_task(tasks, rank, str(h["id"]), h["value"], it["name"], cls,
                                             it.get("grp"), iso(dkey), step, it["lesson_id"])
                    mark_lists.append((rank, pid, "day", (iso(dkey), iso(dkey)), None, day_marks))
                    for it in day.get("items_extday") or []:  # R4b: the pupil's own extra-curricular item
                        xid = f"extday:{pid}:{iso(dkey)}:{it['name']}"
                        observe_lesson(rank, it, cls, iso(dkey), rings, lid=xid, only=pid)
                        listed[-1][3].add(xid)
        elif method == "gethomework":
            cls = q["class"][0]
            for dkey, day in res["days"].items():
                hids = set()
                for it in items_of(day):
                    for hid, h in it["homework"].items():
                        observe_task(tasks, rank, str(h["id"]), h["value"], it["name"], cls, it.get("grp"),
                                     iso(dkey), step, None)
                        hids.add(str(h["id"]))
                task_lists.append((rank, cls, iso(dkey), hids))
        elif method == "getmarks":
            lo, hi = days_range(q)
            for pid, s in res["students"].items():
                keys, subjects = set(), set()
                for subj in s["lessons"]:
                    subjects.add(subj["name"])
                    for a in subj["marks"]:
                        if a["value"] in ("н", "Н", "оп", "ОП"):
                            absences.setdefault((pid, a["lesson_id"]), (rank, a["value"], a["date"], subj["name"],
                                                                        step))
                            continue
                        key = (pid, a["lesson_id"], a["nm"])
                        keys.add(key)
                        m = marks.setdefault(key, {"values": []})
                        if m.get("rank", -1) <= rank:
                            m.update(rank=rank, value=a["value"], weight=a.get("weight_float", a["weight"]),
                                     count=a["count"], work_type=(a.get("mtype") or {}).get("type"),
                                     comment=a.get("comment", ""), date=a["date"], subject=subj["name"], step=step)
                        m["values"].append(a["value"])
                    if subj.get("average"):
                        averages.append((pid, subj["name"], subj["average"], lo, hi, step))
                mark_lists.append((rank, pid, "range", (lo, hi), subjects, keys))
        elif method == "getfinalassessments":
            for pid, s in res["students"].items():
                for it in s["items"]:
                    for a in it["assessments"]:
                        finals.append((pid, it["name"], a["period"], a["value"], step))

    # --- R4/R5: lesson state ---------------------------------------------------------------------------------------
    def sees(pid, lid):
        L = lessons[lid]
        if L["only"]:
            return L["only"] == pid
        if lesson_cls[lid] != pupil_class[pid]:
            return False
        grp = L["grp"][1]
        return not grp or pupil_grp.get((pid, L["subject"][1])) == grp

    def alive(lid):
        L = lessons[lid]
        last = max(L["listed"])
        for rank, scope, date, lids, step in listed:
            if rank <= last or date != L["date"][1] or lid in lids:
                continue
            if (scope == ("class", lesson_cls[lid]) and not L["only"]) or (scope[0] == "pupil" and sees(scope[1], lid)):
                return False, step
        return True, None

    pupils = sorted(pupil_class)
    live = {}
    for pid in pupils:
        for lid in lessons:
            if sees(pid, lid):
                ok, _ = alive(lid)
                if ok:
                    live.setdefault((pid, lessons[lid]["date"][1]), []).append(lid)
    for k in live:
        live[k].sort(key=lambda lid: (lessons[lid]["num"][1] is None, lessons[lid]["num"][1] or 0,
                                      lessons[lid].get("time", (0, ("", "")))[1][0] or ""))

    def weekday(date):
        return dt.date.fromisoformat(date).weekday()

    def doubles(lids):
        out = set()
        for a, b in zip(lids, lids[1:]):
            na, nb = lessons[a]["num"][1], lessons[b]["num"][1]
            if lessons[a]["subject"][1] == lessons[b]["subject"][1] and None not in (na, nb) and nb == na + 1:
                out |= {a, b}
        return out

    def lesson_fact(pid, lid, why):
        L = lessons[lid]
        t = L.get("time", (None, (None, None)))[1]
        kw = dict(student={"student": pid}, date=L["date"][1], subject=L["subject"][1], number=L["num"][1],
                  starts_at=t[0], ends_at=t[1], teacher=L["teacher"][1], room=L["room"][1])
        if L.get("cancelled", (0, False))[1]:
            kw["cancelled"] = True
        if L["num"][1] is None:  # an extra-curricular item has no `num` (A.3 Day `items_extday`)
            del kw["number"]
        if L["room"][1] is None:
            del kw["room"]
        if "topic" in L:
            kw["topic"] = L["topic"][1]
        if L["grp"][1]:
            kw["group_label"] = L["grp"][1]
        fact("lesson", f"lesson-{pid}-{L['date'][1]}-{L['num'][1]}-{lid.replace(':', '-')}", why, **kw)

    for (pid, date), lids in sorted(live.items()):
        dbl = doubles(lids)
        family = pid in ("41101", "41201")
        nums = [lessons[l]["num"][1] for l in lids]
        first = next((l for l in lids if (lessons[l]["num"][1] or 0) >= 1), None)
        for lid in lids:
            L = lessons[lid]
            reasons = []
            if L["num"][1] == 0:
                reasons.append("0th lesson, before lesson 1 of its shift")
            if L["num"][1] is not None and nums.count(L["num"][1]) > 1 and not L["grp"][1]:
                reasons.append("two lessons of the day hold this number, one in each shift (numbers per shift)")
            if len(L.get("nums", ())) > 1:
                reasons.append(f"renumbered by a later pull (numbers seen {sorted(L['nums'])})")
            if L.get("cancelled", (0, False))[1]:
                reasons.append("cancelled (`name` \"Cancel\" in the latest pull)")
            if L["only"]:
                reasons.append("the pupil's own extra-curricular item (items_extday), timed with rings")
            if lid in dbl:
                reasons.append("a half of a double lesson (two numbers, two lesson ids)")
            if family and weekday(date) == 5:
                reasons.append("Saturday (six-day week, shortened bells)")
            if lid == first and not (pid == "41101" and date < "2025-12-01" and weekday(date) not in (0, 5)):
                reasons.append("first numbered lesson of the day (the shift's lesson 1 or later)")
            if lid == lids[-1] and pid != "41201" and date >= "2025-12-01":
                reasons.append("last lesson of the day (the end of the shift)")
            if L["grp"][1] and weekday(date) == 0:
                reasons.append("a group lesson (grp)")
            if date >= "2025-12-15":
                if L["num"][1] > 1:
                    continue  # next week's untimed lessons: Monday's 0th and 1st lesson stand for them all
                reasons = ["next week's lesson: " + ("no answer pulled with rings states its time" if "time" not in L
                                                      else "timed only by a classmate's getschedule with rings "
                                                           "(one lesson id, A.3/A.4)")]
            if pid == "41102" and not (weekday(date) in (0, 5) or "time" not in L or L["num"][1] == 0
                                       or lid in dbl or (L["grp"][1] and weekday(date) == 0)):
                continue
            if reasons:
                src = "rings answer" if "time" in L else "answers without rings only"
                lesson_fact(pid, lid, "R4: " + "; ".join(reasons) + f"; times from the latest {src}, fields from "
                                      f"the latest pull stating them (nums that day {nums})")

    # R5: lessons gone (7Б's for Полина only: Тимур's class days are the same)
    for lid, L in sorted(lessons.items()):
        ok, step = alive(lid)
        if ok:
            continue
        for pid in pupils:
            if sees(pid, lid) and (pid != "41102" or L["grp"][1]):
                others = [l for l in live.get((pid, L["date"][1]), []) if lessons[l]["num"][1] == L["num"][1]]
                now = lessons[others[0]]["subject"][1] if others else None
                fact("no_lesson", f"no-lesson-{pid}-{L['date'][1]}-{L['num'][1]}-{lid}",
                     f"R5: lesson {lid} ({L['subject'][1]} #{L['num'][1]}) is listed only by an answer pulled "
                     f"before step {step}'s, which lists the day without it (now #{L['num'][1]} is {now})",
                     student={"student": pid}, date=L["date"][1], subject=L["subject"][1], number=L["num"][1])

    # R5b: a lesson renumbered by a later pull is not shown at its old number; an extra-curricular item is the
    # pupil's own (A.3 Day `items_extday` in his getdiary), not his classmates'
    for lid, L in sorted(lessons.items()):
        if not alive(lid)[0]:
            continue
        for old in sorted(n for n in L.get("nums", ()) if n != L["num"][1]):
            for pid in pupils:
                if sees(pid, lid) and pid != "41102":
                    clash = [l for l in live.get((pid, L["date"][1]), []) if lessons[l]["num"][1] == old
                             and lessons[l]["subject"][1] == L["subject"][1]]
                    if not clash:
                        fact("no_lesson", f"no-lesson-{pid}-{L['date'][1]}-{old}-{lid}",
                             f"R5b: lesson {lid} ({L['subject'][1]}) was #{old} in an earlier pull; the latest pull "
                             f"numbers it #{L['num'][1]}", student={"student": pid}, date=L["date"][1],
                             subject=L["subject"][1], number=old)
        if L["only"]:
            for pid in pupils:
                if pid != L["only"] and pupil_class[pid] == lesson_cls[lid]:
                    fact("no_lesson", f"no-lesson-{pid}-{L['date'][1]}-{lid.replace(':', '-')}",
                         f"R5b: {L['subject'][1]} is {L['only']}'s own extra-curricular item; {pid}'s diary of that "
                         f"day lists none", student={"student": pid}, date=L["date"][1], subject=L["subject"][1])

    # R5c: a lesson id a later pull gives another subject (the timetable changed, the slot kept its id) is not shown
    # under the old subject at that number
    for lid, L in sorted(lessons.items()):
        if not alive(lid)[0]:
            continue
        for old in sorted(L.get("subjects", set()) - {L["subject"][1]}):
            for pid in pupils:
                if sees(pid, lid) and pid != "41102":
                    clash = [l for l in live.get((pid, L["date"][1]), []) if lessons[l]["num"][1] == L["num"][1]
                             and lessons[l]["subject"][1] == old]
                    if not clash:
                        fact("no_lesson", f"no-lesson-{pid}-{L['date'][1]}-{L['num'][1]}-{lid}-old",
                             f"R5c: lesson {lid} #{L['num'][1]} was {old} in an earlier pull (delivered last); the "
                             f"latest pull makes it {L['subject'][1]}", student={"student": pid},
                             date=L["date"][1], subject=old, number=L["num"][1])

    # R5d: a lesson only getmarks names (a mark's `lesson_id` no schedule or diary lists) has no number: getmarks
    # gives none (A.3 SubjectMarks), so it is not the day's 0th lesson of that subject
    seen_0 = set()
    for key, m in sorted(marks.items()):
        pid, lid, nm = key
        if lid in lessons or (pid, m["date"], m["subject"]) in seen_0:
            continue
        seen_0.add((pid, m["date"], m["subject"]))
        zero = [l for l in live.get((pid, m["date"]), []) if lessons[l]["num"][1] == 0
                and lessons[l]["subject"][1] == m["subject"]]
        if not zero:
            fact("no_lesson", f"no-lesson-{pid}-{m['date']}-0-{lid}-getmarks",
                 f"R5d: lesson {lid} is named only by step {m['step']}'s getmarks, which gives no `num`; no answer "
                 f"numbers it 0, and this school has real 0th lessons", student={"student": pid}, date=m["date"],
                 subject=m["subject"], number=0)
    # R8b: the other half of a double lesson with an absence on one half: the pupil was there (no pseudo-mark)
    for (pid, lid), (rank, code, date, subject, step) in sorted(absences.items()):
        for other in doubles(live.get((pid, date), [])):
            if other != lid and lessons[other]["subject"][1] == subject and (pid, other) not in absences:
                fact("attendance", f"attendance-{pid}-{other}-present",
                     f"R8b: the other half (#{lessons[other]['num'][1]}) of the double lesson whose "
                     f"#{lessons[lid]['num'][1]} holds {code!r}: no pseudo-mark there (A.3: marks per lesson_id)",
                     student={"student": pid}, date=date, subject=subject, number=lessons[other]["num"][1],
                     meaning="present")

    # --- R6/R7: marks ---------------------------------------------------------------------------------------------
    live_marks = {}
    gone_marks = []
    for key, m in sorted(marks.items()):
        pid = key[0]
        gone = None
        for rank, lp, kind, (lo, hi), subjects, keys in mark_lists:
            if lp != pid or rank <= m["rank"] or key in keys or not (lo <= m["date"] <= hi):
                continue
            if kind == "range" and m["subject"] not in subjects:
                continue
            gone = rank
        if gone is None:
            live_marks[key] = m
        else:
            gone_marks.append((key, m))
    for key, m in sorted(live_marks.items(), key=lambda kv: (kv[1]["date"], kv[0])):
        pid, lid, nm = key
        kw = dict(student={"student": pid}, date=m["date"], subject=m["subject"], value=m["value"],
                  weight=m["weight"], counts=bool(m["count"]))
        if m["work_type"]:
            kw["work_type"] = m["work_type"]
        if m["comment"]:
            kw["comment"] = m["comment"]
        where = f"lesson #{lessons[lid]['num'][1]}" if lid in lessons else "a lesson no diary lists (getmarks only)"
        fact("mark", f"mark-{pid}-{lid}-{nm}", f"R6: step {m['step']}, latest pull; on {where}", **kw)
    for key, m in live_marks.items():
        for v in set(m["values"]) - {m["value"]}:
            gone_marks.append((key, dict(m, value=v)))
    for key, m in gone_marks:
        pid = key[0]
        same = [x for x in live_marks.values() if x["date"] == m["date"] and x["subject"] == m["subject"]
                and x["value"] == m["value"] and x is not m]
        if key[0] == pid and not same:
            fact("no_mark", f"no-mark-{pid}-{key[1]}-{key[2]}-{m['value']}",
                 "R7: a later answer listing that day whole for the pupil no longer holds this value",
                 student={"student": pid}, date=m["date"], subject=m["subject"], value=m["value"])

    # --- R8: attendance --------------------------------------------------------------------------------------------
    for (pid, lid), (rank, code, date, subject, step) in sorted(absences.items()):
        fact("attendance", f"attendance-{pid}-{lid}",
             f"R8: step {step}: pseudo-mark {code!r} on lesson #{lessons[lid]['num'][1]}",
             student={"student": pid}, date=date, subject=subject, number=lessons[lid]["num"][1], code=code,
             meaning={"н": "absent", "оп": "late"}[code.lower()])

    # --- R9/R10: homework -------------------------------------------------------------------------------------------
    for hid, t in tasks.items():
        for rank, cls, day, hids in task_lists:
            if cls == t["cls"] and day == t["due"] and rank > t["rank"] and hid not in hids:
                t["gone"] = True
    theme_days = {}
    for (pid, date), lids in live.items():
        if any(lessons[l]["num"][1] == 0 for l in lids) or doubles(lids) or weekday(date) == 5:
            theme_days.setdefault(pid, set()).add(date)
    for hid, t in sorted(tasks.items(), key=lambda kv: (kv[1]["due"], kv[0])):
        for pid in pupils:
            if pupil_class[pid] != t["cls"] or (t["grp"] and pupil_grp.get((pid, t["subject"])) != t["grp"]):
                continue
            edited = len(set(t["texts"])) > 1 or t.get("gone")
            pick = edited or (pid == "41102" and t["grp"]) or (pid != "41102" and t["due"] in theme_days.get(pid, ()))
            if not pick:
                continue
            if not t.get("gone"):
                fact("homework", f"homework-{pid}-{hid}",
                     f"R9: task {hid} listed under {t['due']} (step {t['step']}, latest pull of its text)",
                     student={"student": pid}, subject=t["subject"], text=t["text"], due=t["due"])
            for old in sorted(set(t["texts"]) - ({t["text"]} if not t.get("gone") else set())):
                clash = [u for u in tasks.values() if u is not t and not u.get("gone") and u["subject"] == t["subject"]
                         and u["text"] == old]
                if not clash:
                    fact("no_homework", f"no-homework-{pid}-{hid}-{len(old)}",
                         "R10: " + ("withdrawn: a later gethomework of its class lists the day without it"
                                    if t.get("gone") else "its text was corrected by a later pull"),
                         student={"student": pid}, subject=t["subject"], text=old)

    # --- R11, R12 ---------------------------------------------------------------------------------------------------
    for pid, subject, period, value, step in finals:
        fact("final_mark", f"final-{pid}-{subject}-{period}", f"R11: step {step} getfinalassessments",
             student={"student": pid}, subject=subject, period=period, value=value)
    periods = {(iso(p["start"]), iso(p["end"])): p["name"] for pulled, idx, step, rec in records
               if rec["request"].startswith("getperiods")
               for s in rec["body"]["response"]["result"]["students"] for p in s["periods"] if p["start"]}
    for pid, subject, value, lo, hi, step in averages:
        if subject in ("Русский язык", "Алгебра", "Физика", "Математика") and (lo, hi) in periods:
            fact("vendor_average", f"average-{pid}-{subject}", f"R12: step {step} getmarks average over {lo}..{hi}",
                 student={"student": pid}, subject=subject, period=periods[(lo, hi)], value=value)

    ids = [f["id"] for f in facts]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


averages, finals = [], []


def observe_task(tasks, rank, hid, text, subject, cls, grp, due, step, lid):
    t = tasks.setdefault(hid, {"texts": [], "rank": -1})
    t["texts"].append(text)
    if t["rank"] <= rank:
        t.update(rank=rank, text=text, subject=subject, cls=cls, grp=grp, due=due, step=step)
        if lid:
            t["lesson"] = lid


if __name__ == "__main__":
    main()
