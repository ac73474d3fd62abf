#!/usr/bin/env python3
"""Derive facts.json from journey.json for Eljur corpus 34 (a month of an integrator's daily cadence, class 7А).
Standard library only; never imports the hub; deterministic. The rules rest on /work/shared/reference/elzhur_mesh.md
Part A; where the reference is silent the README of this corpus says so.

R1 (A.1 envelope, A.2 params). A record is one answer: its method and query (transport parameters devkey, vendor,
   auth_token, out_format ignored), its body `{response: {state, error, result}}` and the envelope's `pulled_at`.
   Answers are taken in the order they were PULLED, never the order they were delivered: an answer is the journal's
   state at the moment it was pulled, so the latest pull is the truth (the sync job re-sends a failed pull later
   with its own `pulled_at`). Byte-identical re-sends are the same answer.
R2 (A.1 `days=YYYYMMDD-YYYYMMDD`, A.3 Day: `days[YYYYMMDD]` holds the day's `items`). getdiary, getschedule and
   gethomework answer every day of their range: for each day of the range, the answer states the whole of what it
   shows for that day (a day the answer lacks, a weekend, states nothing). For a pupil and a day, the latest pulled
   answer covering the day decides:
   - the lessons: the pupil's own getdiary (A.2 `student=`) or the class's getschedule (A.2 `class=`), the latter
     read for the pupil through R4;
   - the homework: the pupil's getdiary or gethomework (A.3 Lesson item `homework`);
   - whether it is a holiday: any of the three (A.3 Day `alert: "vacation"`, `holiday_name`).
R3 (A.3 Lesson item). A lesson is its `lesson_id`; its number, subject, teacher, room, topic and times
   (`starttime`/`endtime`, sent with `rings`) are those of the latest pulled answer that lists it (getdiary or
   getschedule; gethomework items carry no room or teacher and decide none of these). A lesson an earlier answer
   listed and the latest answer covering its day lacks is not held any more (no_lesson), unless another lesson of
   the same subject and number is shown that day.
R4 (A.3 `grp`/`grp_short` [S]). The pupil's subgroup in a subject is the `grp` her own getdiary shows for it; from a
   class answer she gets the lessons without `grp` and those of her subgroup.
R5 (A.3 Assessment, SubjectMarks; A.4 ids). A mark is (pupil, `lesson_id`, `nm`), the same in getdiary and getmarks
   (E2, E3). It is decided by the latest pulled answer covering it: a getdiary whose range holds its lesson's day, or
   a getmarks whose `days` range holds its `date`. Held: value as displayed, weight = `weight_float` else `weight`,
   counts = `count`, work type = `control_type` or `mtype.type`, comment when not empty. Not held by that answer:
   removed (no_mark of the value last shown). A changed value leaves no mark of the old one (no_mark).
R6 (A.3 Absence pseudo-mark [C]; A.6). `н`/`Н` absent, `оп`/`ОП` late, `б` ill, `у`/`уп` excused are attendance
   with their code, never marks (no_mark of the code). Decided as R5; an absence the deciding answer no longer
   holds leaves the pupil present.
R7 (A.3 Day). A day with `alert: "vacation"` is a holiday named `holiday_name`: in the class's schedule (the latest
   class getschedule covering it) and in the pupil's diary (the latest of her answers covering it); one holiday
   however many answers report it (`once`). A holiday day holds no lessons: no_lesson of the first lesson the same
   weekday holds in the nearest school week.
R8 (A.3 SubjectMarks `average`; Period `start`/`end` "meant to be joined into days=start-end"). The journal's own
   average of a subject for a period is the `average` of the latest getmarks whose `days` equals that period's
   `start-end`; `""` gives none. Periods: getperiods `name`, `start`, `end` (dated ones only).
R9 (A.3 getrules). children: `relations.students` of the parent's latest getrules; class teacher:
   `relations.groups[<class>]` with `rel: "homeclass"`, `hometeacher_name`.
R10 (A.3 homework). A task is its id; its text is that of the latest answer holding it; it is shown under the day
   its lesson is listed (`date`). A task the deciding answer of its day lacks is gone (no_homework of every text it
   had, unless that text is shown for another task at the end).
"""
import datetime as dt
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "auth_token", "vendor", "out_format"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "у": "excused", "уп": "excused"}
MONTH = ("20251020", "20251114")  # the school days the lesson and homework facts are stated for
EARLY_MARK_FACTS = {"2025-09-24", "2025-10-07", "2025-10-15"}  # a sample of the marks only getmarks shows


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def days_of(rng):
    a, b = rng.split("-")
    d, e = dt.date.fromisoformat(iso(a)), dt.date.fromisoformat(iso(b))
    out = []
    while d <= e:
        out.append(d.strftime("%Y%m%d"))
        d += dt.timedelta(days=1)
    return out


def as_list(x):
    if not x:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def num(x):
    return float(x) if isinstance(x, str) else x


def weight_of(m):
    w = m.get("weight_float")
    w = m.get("weight") if w in (None, "") else w
    w = num(w)
    return int(w) if float(w).is_integer() else w


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    records, seen = [], set()
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                key = json.dumps(r, sort_keys=True, ensure_ascii=False)
                if key in seen:  # R1: a byte-identical re-send
                    continue
                seen.add(key)
                parts = urlsplit(r["request"])
                method = parts.path.rstrip("/").rsplit("/", 1)[-1]
                query = {k: v for k, v in parse_qsl(parts.query) if k not in TRANSPORT}
                resp = r["body"]["response"]
                if resp.get("state") != 200 or resp.get("error"):
                    continue
                records.append({"step": step["name"][:2], "method": method, "q": query, "result": resp["result"],
                                "pulled": r["pulled_at"], "request": r["request"], "order": len(records)})
    records.sort(key=lambda r: (r["pulled"], r["order"]))  # R1: pull order

    def src(r):
        return f"step {r['step']} `{r['request']}` (pulled {r['pulled']})"

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": None, "kind": kind, **kw, "why": why})

    pupil = None
    # ---- R9 getrules, R8 periods ----
    rules = [r for r in records if r["method"] == "getrules"]
    last_rules = rules[-1]
    kids = sorted(last_rules["result"]["relations"]["students"])
    parent = str(last_rules["result"]["id"])
    pupil = kids[0]
    add("children", f"{src(last_rules)}: relations.students of the parent's latest getrules (A.3 getrules; R9).",
        guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cname, g in sorted(last_rules["result"]["relations"]["groups"].items()):
        if g.get("rel") == "homeclass":
            klass = cname
            add("class_teacher", f"{src(last_rules)}: relations.groups['{cname}'] rel homeclass, hometeacher_name "
                                 f"(A.3 getrules; R9).", **{"class": {"class": cname}}, teacher=g["hometeacher_name"])
    periods = {}
    for r in records:
        if r["method"] == "getperiods":
            for st in as_list(r["result"]["students"]):
                for p in st["periods"]:
                    if p.get("start") and p.get("end") and p["start"] <= MONTH[1] and p["end"] >= "20250901":
                        periods[p["name"]] = (p["start"], p["end"], p.get("fullname"), r)
    for name, (s, e, full, r) in sorted(periods.items()):
        add("period", f"{src(r)}: period '{name}' ({full}) start {s}, end {e} (A.3 Period; R8).", name=name,
            starts_on=iso(s), ends_on=iso(e))

    # ---- per-day coverage (R2) ----
    lesson_cover, hw_cover, any_cover, class_cover = {}, {}, {}, {}
    lessons_by_id = {}  # lesson_id -> [(record, day, item)] in pull order
    grp_of = {}  # subject -> the pupil's grp (R4)
    for r in records:
        if r["method"] == "getdiary":
            for st in as_list(r["result"]["students"]):
                for day in st["days"].values():
                    for it in as_list(day.get("items")):
                        if it.get("grp"):
                            grp_of[it["name"]] = it["grp"]

    def day_map(r):
        if r["method"] in ("getdiary", "gethomework") and "student" in r["q"]:
            return {d: v for st in as_list(r["result"].get("students")) for d, v in st["days"].items()}
        return r["result"].get("days") or {}

    for r in records:
        if r["method"] not in ("getdiary", "getschedule", "gethomework") or "days" not in r["q"]:
            continue
        dm = day_map(r)
        for d in days_of(r["q"]["days"]):
            if d not in dm:
                continue  # R2: a day the answer lacks states nothing
            day = dm[d]
            any_cover[d] = (r, day)
            if r["method"] == "getschedule" and "class" in r["q"]:
                class_cover[d] = (r, day)
            items = as_list(day.get("items"))
            if r["method"] in ("getdiary", "getschedule"):
                mine = [it for it in items if not it.get("grp") or grp_of.get(it["name"]) == it["grp"]]
                lesson_cover[d] = (r, mine)
                for it in mine:
                    lessons_by_id.setdefault(it["lesson_id"], []).append((r, d, it))
            if r["method"] in ("getdiary", "gethomework"):
                tasks = {}
                for it in items:
                    for h in as_list(it.get("homework")):
                        tasks[str(h["id"])] = (it["name"], h["value"], it)
                hw_cover[d] = (r, tasks)

    school_days = [d for d in sorted(lesson_cover) if MONTH[0] <= d <= MONTH[1]]
    # ---- R7 holidays ----
    vacation_days = []
    for d in sorted(any_cover):
        r, day = any_cover[d]
        if day.get("alert") == "vacation":
            vacation_days.append(d)
            add("holiday", f"{src(r)}: day {d} alert \"vacation\", holiday_name; the latest of the pupil's answers "
                           f"covering the day; one holiday however many answers repeat it (A.3 Day; R7).",
                student={"student": pupil}, date=iso(d), name=day["holiday_name"], once=True)
    for d in sorted(class_cover):
        r, day = class_cover[d]
        if day.get("alert") == "vacation":
            add("holiday", f"{src(r)}: the class's latest getschedule covering {d}: alert \"vacation\", holiday_name "
                           f"(A.3 Day; R7); reported by several answers, shown once.",
                **{"class": {"class": klass}}, date=iso(d), name=day["holiday_name"], once=True)

    # ---- R3 lessons ----
    def final_lesson(lid):
        r, d, it = lessons_by_id[lid][-1]
        return r, it

    for d in school_days:
        r, items = lesson_cover[d]
        if any_cover[d][1].get("alert") == "vacation":
            continue
        for it in sorted(items, key=lambda x: int(x["num"])):
            lr, li = final_lesson(it["lesson_id"])
            add("lesson", f"{src(r)} is the latest answer covering {d} (R2); lesson_id {it['lesson_id']} as the latest "
                          f"answer listing it, {src(lr)}, shows it (A.3 Lesson item; R3, R4).",
                student={"student": pupil}, date=iso(d), number=int(li["num"]), subject=li["name"],
                teacher=li["teacher"], room=li["room"], topic=li["topic"], starts_at=li["starttime"][:5],
                ends_at=li["endtime"][:5])
        shown = {(x["name"], x["num"]) for x in items}
        final_ids = {x["lesson_id"] for x in items}
        for lid, sightings in sorted(lessons_by_id.items()):
            for sr, sd, si in sightings[-1:]:
                if sd == d and lid not in final_ids and (si["name"], si["num"]) not in shown:
                    add("no_lesson", f"{src(sr)} listed lesson_id {lid} ({si['name']} #{si['num']}) on {d}; {src(r)}, "
                                     f"pulled later, covers the day without it (A.1 days, A.3 Day; R2, R3).",
                        student={"student": pupil}, date=iso(d), subject=si["name"], number=int(si["num"]))
    for d in vacation_days:
        if not (MONTH[0] <= d <= MONTH[1]):
            continue
        wd = dt.date.fromisoformat(iso(d)).weekday()
        near = sorted((x for x in school_days if dt.date.fromisoformat(iso(x)).weekday() == wd
                       and any_cover[x][1].get("alert") != "vacation"),
                      key=lambda x: abs(dt.date.fromisoformat(iso(x)) - dt.date.fromisoformat(iso(d))))
        first = min(lesson_cover[near[0]][1], key=lambda x: int(x["num"]))
        r, _ = any_cover[d]
        add("no_lesson", f"{src(r)}: {d} is a vacation day with no items (A.3 Day; R7); {first['name']} "
                         f"#{first['num']} is the first lesson of that weekday on {near[0]}.",
            student={"student": pupil}, date=iso(d), subject=first["name"], number=int(first["num"]))

    # ---- R5/R6 marks and attendance ----
    sightings = {}  # (lesson_id, nm) -> [(record, subject, assessment)]
    diary_days = {}  # record order -> set of days covered
    for r in records:
        if r["method"] == "getdiary":
            for st in as_list(r["result"]["students"]):
                for d, day in st["days"].items():
                    for it in as_list(day.get("items")):
                        for a in it.get("assessments") or []:
                            if a.get("value", "") == "":
                                continue
                            sightings.setdefault((a["lesson_id"], a["nm"]), []).append((r, it["name"], a))
        if r["method"] == "getmarks":
            for st in as_list(r["result"]["students"]):
                for subj in st["lessons"]:
                    for a in subj["marks"]:
                        if a.get("value", "") == "":
                            continue
                        sightings.setdefault((a["lesson_id"], a["nm"]), []).append((r, subj["name"], a))

    def covers(r, date):
        ymd = date.replace("-", "")
        if r["method"] == "getdiary":
            return ymd in days_of(r["q"]["days"])
        if r["method"] == "getmarks":
            return ymd in days_of(r["q"]["days"])
        return False

    mark_facts, no_mark_facts, att_facts = [], [], []
    for key in sorted(sightings, key=lambda k: (sightings[k][0][2]["date"], k)):
        sg = sightings[key]
        date, subject = sg[0][2]["date"], sg[0][1]
        deciding = [r for r in records if r["method"] in ("getdiary", "getmarks") and covers(r, date)][-1]
        held = [(r, s, a) for r, s, a in sg if r is deciding]
        values = []
        for _, _, a in sg:
            if a["value"] not in values:
                values.append(a["value"])
        if held:
            _, _, a = held[0]
            final = a["value"]
            if final in ATTENDANCE:
                att_facts.append(dict(kind="attendance", why=f"{src(deciding)} is the latest answer covering "
                                      f"{date}: lesson_id {key[0]} nm {key[1]} value '{final}' (count false, convert 0)"
                                      + (f", earlier '{values[0]}'" if values[0] != final else "")
                                      + f" (A.3 Absence pseudo-mark, A.6; R6).",
                                      student={"student": pupil}, date=date, subject=subject, code=final,
                                      meaning=ATTENDANCE[final]))
            else:
                kw = dict(student={"student": pupil}, date=date, subject=subject, value=final, weight=weight_of(a),
                          counts=bool(a["count"]),
                          work_type=a.get("control_type") or (a.get("mtype") or {}).get("type"))
                if a.get("comment"):
                    kw["comment"] = a["comment"]
                if date.replace("-", "") >= MONTH[0] or date in EARLY_MARK_FACTS:
                    mark_facts.append(dict(kind="mark", why=f"{src(deciding)} is the latest answer covering {date}: "
                                           f"lesson_id {key[0]} nm {key[1]}"
                                           + (f" (earlier shown as {', '.join(v for v in values if v != final)})"
                                              if len(values) > 1 else "")
                                           + " (A.3 Assessment / SubjectMarks; R5).", **kw))
            gone = [v for v in values if v != final]
        else:
            final = None
            gone = values
            if values[-1] in ATTENDANCE:
                att_facts.append(dict(kind="attendance", why=f"{src(sg[-1][0])} showed '{values[-1]}' at lesson_id "
                                      f"{key[0]} nm {key[1]}; {src(deciding)}, pulled later and covering {date}, "
                                      f"holds no such entry: she was present (A.3 Absence, A.1 days; R6).",
                                      student={"student": pupil}, date=date, subject=subject, meaning="present"))
        for v in gone:
            others = [a["value"] for k2, s2 in sightings.items() if k2 != key for r2, sj, a in s2 if r2 is deciding
                      and a["date"] == date and sj == subject]
            if v in others or v == final:
                continue
            why = (f"'{v}' at lesson_id {key[0]} nm {key[1]} was shown by {src(sg[0][0])}; "
                   + (f"{src(deciding)}, the latest answer covering {date}, shows '{final}' there"
                      if final else f"{src(deciding)}, the latest answer covering {date}, no longer holds it")
                   + (" (A.3 Absence: attendance, not a mark; R5, R6)." if v in ATTENDANCE else " (A.1 days; R5)."))
            no_mark_facts.append(dict(kind="no_mark", why=why, student={"student": pupil}, date=date,
                                      subject=subject, value=v))
    for f in mark_facts + no_mark_facts + att_facts:
        add(f.pop("kind"), f.pop("why"), **f)

    # ---- R10 homework ----
    task_texts = {}  # id -> [texts in pull order]
    task_day = {}
    for r in records:
        if r["method"] in ("getdiary", "gethomework"):
            for d, day in day_map(r).items():
                for it in as_list(day.get("items")):
                    for h in as_list(it.get("homework")):
                        t = task_texts.setdefault(str(h["id"]), [])
                        if h["value"] not in t:
                            t.append(h["value"])
                        t_last = h["value"]
                        task_day[str(h["id"])] = (d, it["name"])
                        task_texts[str(h["id"])] = [x for x in t if x != t_last] + [t_last]
    final_texts = set()
    for d, (r, tasks) in hw_cover.items():
        final_texts |= {(subj, text) for subj, text, _ in tasks.values()}
    for d in school_days:
        r, tasks = hw_cover.get(d, (None, {}))
        for tid, (subj, text, it) in sorted(tasks.items(), key=lambda x: int(x[1][2].get("num", 0))):
            add("homework", f"{src(r)} is the latest answer covering {d} for homework (R2): task {tid} of "
                            f"{subj} listed under day {d}" + (f", earlier '{task_texts[tid][0]}'"
                                                              if len(task_texts[tid]) > 1 else "")
                + " (A.3 Lesson item homework {id, value, individual}; R10).",
                student={"student": pupil}, subject=subj, text=text, date=iso(d))
    for tid, texts in sorted(task_texts.items()):
        d, subj = task_day[tid]
        r, tasks = hw_cover[d]
        for text in texts:
            if (subj, text) in final_texts:
                continue
            why = (f"task {tid} ({subj}, day {d}) was '{text}'; {src(r)}, the latest answer covering {d}, "
                   + (f"shows it as '{tasks[tid][1]}'" if tid in tasks else "no longer holds it")
                   + " (A.1 days, A.3 Day, homework; R2, R10).")
            add("no_homework", why, student={"student": pupil}, subject=subj, text=text)

    # ---- R8 vendor averages ----
    for name, (s, e, full, _) in sorted(periods.items()):
        got = [r for r in records if r["method"] == "getmarks" and r["q"].get("days") == f"{s}-{e}"]
        if not got:
            continue
        r = got[-1]
        for st in as_list(r["result"]["students"]):
            for subj in st["lessons"]:
                if subj.get("average") not in (None, ""):
                    add("vendor_average", f"{src(r)}: the latest getmarks over days={s}-{e} = period '{name}' "
                                          f"({full}); average of {subj['name']} as sent (A.3 SubjectMarks, Period; R8).",
                        student={"student": pupil}, subject=subj["name"], period=name, value=subj["average"])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}"
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        fh.write('{"facts": [\n' + ",\n".join(json.dumps(f, ensure_ascii=False) for f in facts) + "\n]}\n")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
