"""Derive facts.json from journey.json for corpus elzhur_36 (standard library only; deterministic; no hub import).

Every date below is a date of the school's own calendar (Петропавловск-Камчатский, UTC+12): Eljur's day keys and
mark dates are the journal's local dates (A.3 Day `name`, Assessment `date`; A.4), and `pulled_at` (the hub
envelope's, README "The vendor adapters") is an instant: with `Z` or an offset as written, naive as the school's
local wall clock (assumption: the sync job's runner is in the school; the reference says nothing of zones).

Rules (reference: shared/reference/elzhur_mesh.md, Part A):
R1 lesson: every item of a day of a pupil's own getdiary (A.2 getdiary per `student`; A.3 Day, Lesson item) is a
   lesson his parent sees on the date of the day key (`YYYYMMDD`, A.3 Day `name`, A.4), never on the UTC or Moscow
   date of its start (an 08:00 lesson here is 23:00 the evening before in Moscow): number `num`, subject `name`,
   teacher, room, topic, times as sent (`starttime`/`endtime` `HH:MM:SS` read as `HH:MM`, A.3 [U format]), the
   subgroup label `grp` (A.3 [S]). To keep the corpus small: every lesson on Mondays and of the pupil who moved
   (36101); else the first lesson, subgroup lessons, lessons with a mark, and on Wednesdays lessons with a task. An `items_extday` item (A.3 Day) is a lesson of that day too (subject, teacher, topic, times; no `num`).
   When several answers give a pupil's day, the one pulled last (by instant) is the day.
R2 homework: every task of such an item (A.3 Lesson item `homework`) shows on that lesson's date (36104: November).
R3 mark: every assessment of such an item whose value is not an attendance code (A.3 Assessment; A.6) is a mark of
   its own `date` (`YYYY-MM-DD`, A.3/A.4: the lesson day), with the journal's text, weight (`weight_float`, else
   `weight`), work type (`control_type`), comment when not empty, counts = `count`.
R4 attendance: `н` is an absence and `оп` a lateness on that lesson (A.3 Absence pseudo-mark; A.6), not a mark
   (no_mark of that value).
R5 no_lesson: a lesson a class's getschedule lists on a day (A.2 getschedule by `class`) that the pupil's own
   getdiary of that day lacks is not his: for the pupil who moved (36101) every lesson of the other class on
   17-19 Nov and 1 Dec, for 36102/36103 the other subgroup's lessons on split days, for 36104 the parallel class's first lesson; on a vacation day (A.3 `alert: "vacation"`, `items` empty) the first lesson the class has on that weekday
   in the other weeks is no lesson.
R6 no_homework: a task another pupil's own getdiary shows on a date that this pupil's own day lacks (other class,
   other subgroup) is not his (A.3 `homework`): every such task of 17-19 Nov for the pupil who moved, the other 7А subgroup's
   for 36102/36103.
R7 holiday: a day with `alert: "vacation"` is a holiday named `holiday_name` on the day key's date (A.3 Day; Apheleia
   checks `alert == "vacation"`), for the class (its getschedule) and the pupil (his getdiary), once; a school day of
   the same answer (no alert) shows no such holiday (no_holiday). The day is the key's, not the pull's (the
   schedules were pulled at 00:10 local, still the previous day in UTC and Moscow).
R8 period: every dated period of getperiods spans `start`..`end` (`YYYYMMDD`, A.3 Period, A.4).
R9 vendor_average: getmarks `average` of a subject (A.3 SubjectMarks) as sent, for the period whose `start`/`end`
   equal the request's `days` (A.1 `days=YYYYMMDD-YYYYMMDD`).
R10 children: a parent's latest getrules by `pulled_at` lists his children (A.3 getrules `relations.students`).
R11 class_teacher: `relations.groups[<class>].hometeacher_name` of a getrules (A.3 getrules).
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
ZONE = dt.timezone(dt.timedelta(hours=12))  # Asia/Kamchatka, no DST
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
MOVER = "36101"
SUBGROUP_SWITCHERS = ("36102", "36103")


def instant(pulled):
    t = dt.datetime.fromisoformat(pulled.replace("Z", "+00:00"))
    return t if t.tzinfo else t.replace(tzinfo=ZONE)


def iso(k):
    return f"{k[:4]}-{k[4:6]}-{k[6:]}"


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def query(req, name):
    return req.split(f"{name}=")[1].split("&")[0] if f"{name}=" in req else None


own = {}  # (pupil, date) -> (instant, day, source)
schedules = {}  # (class, date) -> (day, source)
rules = {}  # parent -> (instant, students, groups, source)
periods = {}
averages = []
records = [(s["name"][:2], r) for s in journey["steps"] for b in s["batches"] for r in b]
for step, r in records:
    req, res, at = r["request"], r["body"]["response"]["result"], instant(r["pulled_at"])
    src = f"step {step} `{req}` (pulled {r['pulled_at']})"
    if req.startswith("getdiary"):
        for sid, st in res["students"].items():
            for k, day in st["days"].items():
                if (sid, iso(k)) not in own or at > own[(sid, iso(k))][0]:
                    own[(sid, iso(k))] = (at, day, src)
    elif req.startswith("getschedule"):
        for k, day in res["days"].items():
            schedules[(query(req, "class"), iso(k))] = (day, src)
    elif req == "getrules":
        if res["id"] not in rules or at > rules[res["id"]][0]:
            rules[res["id"]] = (at, res["relations"]["students"], res["relations"]["groups"], src)
    elif req.startswith("getperiods"):
        for st in res["students"]:
            for p in st["periods"]:
                if p["start"] and p["end"]:
                    periods[p["name"]] = (iso(p["start"]), iso(p["end"]), p["fullname"], src)
    elif req.startswith("getmarks"):
        start, end = query(req, "days").split("-")
        for sid, st in res["students"].items():
            for lesson in st["lessons"]:
                averages.append((sid, lesson["name"], iso(start), iso(end), lesson["average"], src))

facts = []


def add(fact):
    facts.append(fact)


# R1-R4
tasks_by_date = {}
for (sid, date), (at, day, src) in sorted(own.items()):
    weekday = dt.date.fromisoformat(date).weekday()
    for it in items_of(day):
        hws = sorted((it.get("homework") or {}).items())
        for hid, hw in hws:
            tasks_by_date.setdefault(date, {})[hw["value"]] = (it["name"], hid, sid)
        if (weekday == 0 or sid == MOVER or it["num"] == "1" or it.get("grp") or it.get("assessments")
                or (weekday == 2 and hws)):
            f = {"id": f"lesson-{sid}-{date}-{it['num']}", "kind": "lesson", "student": {"student": sid},
                 "date": date, "number": int(it["num"]), "subject": it["name"], "teacher": it["teacher"],
                 "room": it["room"], "topic": it["topic"], "starts_at": it["starttime"][:5],
                 "ends_at": it["endtime"][:5]}
            if it.get("grp"):
                f["group_label"] = it["grp"]
            f["why"] = (f"{src}: item num {it['num']} of day {date.replace('-', '')} at {it['starttime'][:5]} local "
                        f"(R1; A.2 getdiary, A.3 Day key and Lesson item, grp [S])")
            add(f)
        for hid, hw in hws if sid != "36104" or date[:7] == "2025-11" else []:
            add({"id": f"homework-{sid}-{hid}", "kind": "homework", "student": {"student": sid},
                 "subject": it["name"], "text": hw["value"], "date": date,
                 "why": f"{src}: task {hid} of his {it['name']} lesson #{it['num']} (R2; A.3 homework)"})
        for m in it.get("assessments", []):
            mdate = m["date"]
            if m["value"] in ATTENDANCE:
                add({"id": f"attendance-{sid}-{mdate}-{it['num']}", "kind": "attendance",
                     "student": {"student": sid}, "date": mdate, "subject": it["name"], "number": int(it["num"]),
                     "code": m["value"], "meaning": ATTENDANCE[m["value"]],
                     "why": f"{src}: pseudo-mark {m['value']!r} (count false, convert 0) on the "
                            f"{it['starttime'][:5]} lesson of {mdate} (R4; A.3 Absence, A.6)"})
                add({"id": f"no_mark-{sid}-{mdate}-{it['num']}", "kind": "no_mark", "student": {"student": sid},
                     "date": mdate, "subject": it["name"], "value": m["value"],
                     "why": f"{src}: {m['value']!r} is attendance, not a mark (R4; A.3 Absence, A.6)"})
                continue
            f = {"id": f"mark-{sid}-{mdate}-{it['num']}-{m['nm']}", "kind": "mark", "student": {"student": sid},
                 "date": mdate, "subject": it["name"], "value": m["value"],
                 "weight": m.get("weight_float", m["weight"]), "work_type": m["control_type"], "counts": m["count"]}
            if m["comment"]:
                f["comment"] = m["comment"]
            f["why"] = (f"{src}: assessment of lesson #{it['num']} ({it['starttime'][:5]} local), own date "
                        f"{mdate} (R3; A.3 Assessment, A.4)")
            add(f)
    for it in day.get("items_extday") or []:
        add({"id": f"lesson-{sid}-{date}-extday", "kind": "lesson", "student": {"student": sid}, "date": date,
             "subject": it["name"], "teacher": it["teacher"], "topic": it["topic"],
             "starts_at": it["starttime"][:5], "ends_at": it["endtime"][:5],
             "why": f"{src}: items_extday of day {date.replace('-', '')}, {it['starttime'][:5]}-"
                    f"{it['endtime'][:5]} local (R1; A.3 Day items_extday)"})

# R5, R6
for (sid, date), (at, day, src) in sorted(own.items()):
    weekday = dt.date.fromisoformat(date).weekday()
    mine = {(it["name"], it["num"]) for it in items_of(day)}
    mine_cls = {cls for (cls, d), (sday, _) in schedules.items() if d == date
                for it in items_of(sday) if it["lesson_id"] in {x["lesson_id"] for x in items_of(day)}}
    if day.get("alert") == "vacation":
        cls = next(c for (c, d) in schedules if any(x[0] == sid and x[1] != date and
                   (c, x[1]) in schedules and {i["lesson_id"] for i in items_of(own[x][1])} &
                   {i["lesson_id"] for i in items_of(schedules[(c, x[1])][0])} for x in own))
        for (c, d), (sday, ssrc) in sorted(schedules.items()):
            if c == cls and d != date and dt.date.fromisoformat(d).weekday() == weekday and items_of(sday):
                first = next(i for i in items_of(sday) if i["num"] == "1")
                add({"id": f"no_lesson-{sid}-{date}-1", "kind": "no_lesson", "student": {"student": sid},
                     "date": date, "number": 1, "subject": first["name"],
                     "why": f"{date} is a vacation day in {src} (alert vacation, no items); {cls} has "
                            f"{first['name']} #1 on that weekday ({d}, {ssrc}) (R5; A.3 Day alert)"})
                break
        continue
    seen = set()
    for (cls, d), (sday, ssrc) in sorted(schedules.items()):
        if d != date:
            continue
        for it in items_of(sday):
            k = (it["name"], it["num"])
            if k in mine or k in seen:
                continue
            other_class = cls not in mine_cls
            if sid == MOVER and not other_class and not it.get("grp"):
                continue
            if sid != MOVER and other_class and sid in SUBGROUP_SWITCHERS:
                continue
            if sid != MOVER and other_class and it["num"] != "1":
                continue
            if sid == MOVER and other_class and not "2025-11-17" <= date <= "2025-12-01":
                continue
            seen.add(k)
            what = f"{cls}'s" + (f" {it['grp']}" if it.get("grp") else "")
            add({"id": f"no_lesson-{sid}-{date}-{it['num']}-{it['lesson_id']}", "kind": "no_lesson",
                 "student": {"student": sid}, "date": date, "number": int(it["num"]), "subject": it["name"],
                 "why": f"{ssrc} lists {it['name']} #{it['num']} on {date}; his own getdiary of that day ({src}) "
                        f"does not: it is {what} lesson (R5; A.2 getschedule by class, A.3 grp [S])"})
    mine_tasks = {hw["value"] for it in items_of(day) for hw in (it.get("homework") or {}).values()}
    for text, (subject, hid, other) in sorted(tasks_by_date.get(date, {}).items()):
        if text not in mine_tasks and ((sid == MOVER and "2025-11-17" <= date <= "2025-11-19") or (sid in SUBGROUP_SWITCHERS
                                                 and text.split(":")[0].startswith(("7А 1", "7А 2")))):
            add({"id": f"no_homework-{sid}-{hid}", "kind": "no_homework", "student": {"student": sid},
                 "subject": subject, "text": text,
                 "why": f"task {hid} of {other}'s own getdiary on {date}, not in {sid}'s own day ({src}): another "
                        f"class's or subgroup's (R6; A.3 homework)"})

# R7
for (cls, date), (day, src) in sorted(schedules.items()):
    if day.get("alert") == "vacation":
        add({"id": f"holiday-{cls}-{date}", "kind": "holiday", "class": {"class": cls}, "date": date,
             "name": day["holiday_name"], "once": True,
             "why": f"{src}: day {date.replace('-', '')} alert vacation, holiday_name (R7; A.3 Day)"})
names = sorted({d["holiday_name"] for d, _ in schedules.values() if d.get("alert") == "vacation"})
for (cls, date), (day, src) in sorted(schedules.items()):
    if not day.get("alert") and date.startswith("2025-11-0"):
        for i, name in enumerate(names):
            add({"id": f"no_holiday-{cls}-{date}-{i}", "kind": "no_holiday", "class": {"class": cls}, "date": date,
                 "name": name, "why": f"{src}: day {date.replace('-', '')} is listed without alert (R7; A.3 Day)"})
for (sid, date), (at, day, src) in sorted(own.items()):
    if day.get("alert") == "vacation":
        add({"id": f"holiday-{sid}-{date}", "kind": "holiday", "student": {"student": sid}, "date": date,
             "name": day["holiday_name"], "once": True,
             "why": f"{src}: day {date.replace('-', '')} of his own getdiary has alert vacation (R7; A.3 Day)"})

# R8, R9
for name, (start, end, full, src) in sorted(periods.items()):
    add({"id": f"period-{name}", "kind": "period", "name": name, "starts_on": start, "ends_on": end,
         "why": f"{src}: period {name} «{full}» start/end YYYYMMDD (R8; A.3 Period, A.4)"})
for sid, subject, start, end, value, src in averages:
    period = next((n for n, (s, e, _, _) in periods.items() if (s, e) == (start, end)), None)
    if period and value:
        add({"id": f"vendor_average-{sid}-{subject}", "kind": "vendor_average", "student": {"student": sid},
             "subject": subject, "period": period, "value": value,
             "why": f"{src}: lessons[{subject}].average as sent; days = period {period}'s bounds (R9; A.3 "
                    f"SubjectMarks)"})

# R10, R11
teachers = {}
for parent, (at, students, groups, src) in sorted(rules.items()):
    add({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
         "children": [{"student": k} for k in sorted(students)],
         "why": f"the parent's latest getrules ({src}) lists {sorted(students)} (R10; A.3 getrules)"})
    for cls, g in groups.items():
        teachers[cls] = (g["hometeacher_name"], src)
for cls, (name, src) in sorted(teachers.items()):
    add({"id": f"class_teacher-{cls}", "kind": "class_teacher", "class": {"class": cls}, "teacher": name,
         "why": f"{src}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (R11; A.3 getrules)"})

ids = [f["id"] for f in facts]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
