"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`, whatever the order they were delivered in): the API is polled
    (§7: no push, no change feed for partners), so each answer is the journal's state when it was pulled, and the
    latest pull of a thing wins; an older answer delivered after a newer one neither reverts nor revives anything.
R1  Membership (§3.8): `POST edu-groups` gives each group's students with `membershipstatus`. A pupil is in a
    group on every school day up to the day of the last pull that showed him `Active`; once a later pull shows
    him `Archive`, he is not in it on the days after that pull's day (the day in between is unknown: §3.8 gives
    membership no dates, so no fact is said about it). A subgroup (`parentIds`, §3.8) is its class's.
R2  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the group's
    lessons of every day it covers; the latest range covering a day decides that day's lessons. A pupil sees the
    lessons of the groups he is in that day (R1): his class's and his English subgroup's (§3.8). A lesson's topic
    is its `title`, its number `number`, its subject the embedded `subject.name`; its times are the flattened
    shape's `hours` (§3.4, the schedules bundle), else the clock of its `date` (§2: local wall-clock time) and the
    end of its number's bell item (§3.14); its room is the bundle's `place`.
R3  A mark (§3.1) is shown at the lesson it names (`lesson`), on that lesson's day, whatever its own `date` (a
    mark entered in the break, or on the next quarter's first day, for a lesson of the finished quarter stays at
    that lesson: two endpoints exist, by mark date and by lesson date, §3.1). Its text is `textValue` (else
    `value`); its weight and work-type name are those of its `workType` in the standalone `work-types/{school}`
    answer (§3.3: the weight lives on the work type); it counts in averages by `use_avg_calc`. The latest pull
    of a mark id gives its value (same id, new value = a correction: the old value is no longer shown).
R4  Attendance (§3.5, §6): the latest entry of a (lesson, person); Absent/Ill/Late -> absent/ill/late with the
    code; Pass is stated by its code alone (§6: its meaning is disputed); Attend is "present, no mark shown", so
    the fact states only that the pupil is present.
R5  Homework (§3.2, §3.6, §3.7): a `Homework` work's `text`, set at its lesson (that lesson's day and number),
    due its latest `targetDate`; it is the homework of the pupils its `tasks` name (per-student assignment
    records, §3.6) among those in the lesson's group that day (R1).
R6  Final marks (§3.13): an `edu-groups/{g}/final-marks` entry is one pupil's marks in one group and one reporting
    period (`per-subject-final-marks`, hyphenated keys); a pupil's `persons/{p}/edu-groups/{g}/allfinalmarks` is
    the same pupil's period marks in that group, each placed in its period by its work's `periodNumber` /
    `periodType`. For a pupil and group, the latest pulled answer that lists the pupil states all his period
    marks there: a subject or period it lacks has no mark any more (deleted), a value it changed was corrected.
    An answer that does not list the pupil at all says nothing about him (he left the group, R1/§3.8: the marks he
    earned in it are still his). The column is the reporting period of that id (§3.12) by its `name`.
R7  The journal's own averages (§3.13): `edu-groups/{g}/avg-marks/{from}/{to}` (`avg-mark-value`, a string) and
    `wa-marks/{from}/{to}` (weighted, `value` a number) over dates equal to a reporting period's `start` and
    `finish` are that period's averages, shown as the journal sent them; the latest pull of each wins (R0).
R8  Reporting periods by `name`, `start`, `finish` and holidays (`dateStart`..`dateFinish`) from the group's
    `reporting-period-group` (§3.12); a holiday has no lessons of the class. Parents' children from
    `users/{u}/context` `children` (§3.9, person ids).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late"}
FIRST, LAST = dt.date(2026, 3, 9), dt.date(2026, 4, 1)

# who the facts look at (person ids): Полина every day; Максим, who leaves; Артём, whose algebra quarter mark is
# corrected (his English subgroup's lessons too); Дарья (19-digit id), whose Russian is corrected; Илья, whose
# physics quarter mark is deleted; Ксения, whose physics mark is re-graded; and the late marks of anyone.
POLINA, ARTYOM, DARYA, MAKSIM = "1000012820701", "1000012820702", "2260325488582300703", "1000012820704"
KSENIA, ILYA, ALISA, TIMOFEY = "1000012820705", "1000012820706", "2260325488582300707", "1000012820708"
PARENT_OF = {"1000011820901": "Абрамова Е.", "1000011820903": "Голубев С.", "1000011820904": "Денисова И."}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def day_of(s):
    return dt.date.fromisoformat(s[:10])


def sid(value):
    return str(value)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(((dt.datetime.fromisoformat(r["pulled_at"]), i, name, r) for i, (name, r) in enumerate(flat)),
                     key=lambda x: (x[0], x[1]))

    weights, wt_names = {}, {}
    names = {}  # person id -> "Фамилия Имя"
    parents_of_group = {}  # subgroup -> class
    sightings = {}  # (group, person) -> [(pulled date, status)]
    periods = {}  # period id -> period; holidays: [(start, finish, name, where)]
    holidays = []
    bells = {}
    children = {}
    range_days = {}  # (group, day) -> ({lesson id}, where) of the latest range covering the day
    lesson = {}  # lesson id -> latest statement
    hours, rooms = {}, {}
    marks, mark_values = {}, {}
    logs = {}
    homework = {}
    finals = {}  # (person, group) -> (cells {(subject id, period id): (value, mark id)}, where)
    finals_seen = {}  # (person, subject id, period id) -> [values ever stated]
    averages = {}  # (kind, group, from, to) -> ({(person, subject): value}, where, pulled)
    subject_names = {}

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {r['pulled_at']})"
        path = req.split("?")[0]
        if re.fullmatch(r"GET /v2/schools/\d+", req):
            pass  # §2, §3.10: its `timeZone` (5) is the zone of every local time; the journey registers it
        elif re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]] = w["weight"]
                wt_names[w["id_str"]] = w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/subjects", req):
            for s in body:
                subject_names[s["id_str"]] = s["name"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                if g["parentIds_str"]:
                    parents_of_group[g["id_str"]] = g["parentIds_str"][0]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            for p in body:
                names[p["id_str"]] = f"{p['lastName']} {p['firstName']}"
        elif req == "POST /v2/edu-groups":
            for entry in body:
                g = entry["group"]["id_str"] if isinstance(entry["group"], dict) else sid(entry["group"])
                for s in entry["students"]:
                    sightings.setdefault((g, s["person_str"]), []).append((pulled.date(), s["membershipstatus"]))
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId_str"] for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            for p in body["reportingPeriods"]:
                periods[p["id_str"]] = p
            holidays = [(day_of(h["dateStart"]), day_of(h["dateFinish"]), h["name"], where) for h in body["holidays"]]
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                     for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                range_days[(g, d)] = (set(), where)
            for item in body:
                lid = item["id_str"]
                subject_names[item["subject"]["id_str"]] = item["subject"]["name"]
                lesson[lid] = {"g": sid(item["group"]), "date": day_of(item["date"]), "clock": item["date"][11:16],
                               "number": item["number"], "subject": item["subject"]["name"], "title": item["title"],
                               "where": where}
                range_days[(g, day_of(item["date"]))][0].add(lid)
                for w in item["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
                held = {w["id_str"] for w in item["works"]}
                for wid in [w for w, (_, l, _) in homework.items() if l == lid and w not in held]:
                    del homework[wid]  # a lesson's works list lacks it: the homework was deleted (§3.2, §3.4)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            listed = set()
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
                mark_values.setdefault(mk["id_str"], []).append(mk["textValue"] or mk["value"])
                listed.add(mk["id_str"])
            for mid, (mk, _) in list(marks.items()):  # a range lacking a mark of its days that it covers: deleted
                if mid not in listed and lesson.get(mk["lesson_str"], {}).get("g") == m[1] and \
                        a <= lesson[mk["lesson_str"]]["date"] <= b and a <= day_of(mk["date"]) <= b:
                    del marks[mid]
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)", path):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks", path):
            for s in body["subjects"]:
                subject_names[sid(s["id"])] = s["name"]
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules", path):
            for day in body["days"]:
                for fl in day["lessons"]:
                    if fl.get("hours"):
                        hours[sid(fl["id"])] = (fl["hours"], where)
                    if fl.get("place"):
                        rooms[sid(fl["id"])] = fl["place"]
                for e in day["lessonLogEntries"]:
                    logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            g = m[1]
            per_person = {}
            for entry in body:
                cells = per_person.setdefault(entry["person_str"], {})
                for s in entry["per-subject-final-marks"]:
                    fm = s["final-mark"]
                    if fm is not None:
                        cells[(s["subject_str"], entry["reportingPeriod_str"])] = (fm["textValue"] or fm["value"],
                                                                                  fm["id_str"])
            for p, cells in per_person.items():  # R6: only the pupils the answer lists
                finals[(p, g)] = (cells, where)
                for (s, rp), (v, _) in cells.items():
                    finals_seen.setdefault((p, s, rp), []).append(v)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", req):
            p, g = m[1], m[2]
            work_period = {}
            for w in body["works"]:
                match = [rp for rp in periods.values()
                         if rp["number"] == w["periodNumber"] and rp["type"] == w["periodType"]]
                work_period[w["id_str"]] = (sid(w["subjectId"]), match[0]["id_str"])
            cells = {}
            for fm in body["marks"]:
                s, rp = work_period[fm["work_str"]]
                cells[(s, rp)] = (fm["textValue"] or fm["value"], fm["id_str"])
                finals_seen.setdefault((p, s, rp), []).append(fm["textValue"] or fm["value"])
            finals[(p, g)] = (cells, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/(avg-marks|wa-marks)/([\d-]+)/([\d-]+)", req):
            values = {}
            if m[2] == "avg-marks":
                for entry in body:
                    for s in entry["per-subject-averages"]:
                        values[(entry["person_str"], s["subject_str"])] = s["avg-mark-value"]
            else:
                for s in body["subjectMarks"]:
                    for x in s["marks"]:
                        values[(x["person_str"], s["subject_str"])] = json.dumps(x["value"])
            averages[(m[2], m[1], m[3], m[4])] = (values, where)
        else:
            raise SystemExit(f"unread request {req}")

    # R1 membership
    def in_group(p, g, d):
        """True, False, or None (unknown: between the last Active pull and the first Archive pull)."""
        seen = sorted(sightings.get((g, p), []))
        if not seen:
            return False
        active = [day for day, st in seen if st == "Active"]
        last_active = max(active) if active else None
        archived = [day for day, st in seen if st == "Archive" and (last_active is None or day > last_active)]
        if last_active is not None and d <= last_active:
            return True
        if archived and d > min(archived):
            return False
        return None if archived else True

    def groups_of(p, d):
        """The groups the pupil is in on day d (None: unknown)."""
        out = []
        for (g, person) in sightings:
            if person != p:
                continue
            state = in_group(p, g, d)
            if state is None:
                return None
            if state:
                out.append(g)
        return out

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    day_lessons = {}  # (group, day) -> [lesson ids] per the latest range covering the day (R2)
    for (g, d), (lids, where) in range_days.items():
        day_lessons[(g, d)] = sorted((lid for lid in lids if lesson[lid]["date"] == d and lesson[lid]["g"] == g),
                                     key=lambda lid: lesson[lid]["number"])

    def pupils_lessons(p, d):
        gs = groups_of(p, d)
        if gs is None:
            return None
        return sorted((lid for g in gs for lid in day_lessons.get((g, d), [])), key=lambda lid: lesson[lid]["number"])

    holiday_of = {d: (name, where) for a, b, name, where in holidays for d in days(a, b)}

    # R2 lessons, R8 holidays and days without lessons
    look = {POLINA: set(days(FIRST, LAST)), MAKSIM: {dt.date(2026, 3, 16), dt.date(2026, 3, 17)}}
    for p, when in look.items():
        for d in sorted(when):
            for lid in pupils_lessons(p, d) or []:
                info = lesson[lid]
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R2 lesson {lid} (group {info['g']}) of {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; «{hours[lid][0]}» (§3.4 hours) of {hours[lid][1]}"
                else:
                    bell = bells.get((d.strftime("%A"), info["number"]))
                    fact.update(starts_at=info["clock"], ends_at=bell[1] if bell else None)
                    why += f"; starts at its date's clock {info['clock']}, ends with bell #{info['number']} (§3.14)"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                add("lesson", why, **fact)
    # Артём's English subgroup lessons (his, not the other group's: the room tells them apart)
    for (g, d), lids in sorted(day_lessons.items()):
        for lid in lids:
            info = lesson[lid]
            if info["subject"] == "Английский язык" and in_group(ARTYOM, g, d):
                add("lesson", f"R1/R2 lesson {lid} of Артём's subgroup {g}, {info['where']}; room of its bundle",
                    student={"person": ARTYOM}, date=str(d), number=info["number"], subject=info["subject"],
                    topic=info["title"], **({"room": rooms[lid]} if lid in rooms else {}))
    # Максим after he left: none of his class's or subgroup's lessons
    for d in (dt.date(2026, 3, 19), dt.date(2026, 3, 20), dt.date(2026, 3, 30)):
        assert groups_of(MAKSIM, d) == []
        for (g, dd), lids in sorted(day_lessons.items()):
            if dd != d or not any(s[0] == g and s[1] == MAKSIM for s in sightings):
                continue
            for lid in lids:
                info = lesson[lid]
                if d == dt.date(2026, 3, 20) and info["number"] != 1:
                    continue
                add("no_lesson", f"R1 Максим archived from group {g} by a pull before {d} (§3.8); lesson {lid} of "
                                 f"{info['where']} is not his", student={"person": MAKSIM}, date=str(d),
                    number=info["number"], subject=info["subject"])
    # holidays and the days they empty
    weekday_plan = {}  # weekday -> [(number, subject)] of the class in the quarter's last week (latest ranges)
    for (g, d), lids in day_lessons.items():
        if dt.date(2026, 3, 16) <= d <= dt.date(2026, 3, 20) and g in {s[0] for s in sightings if s[1] == POLINA}:
            weekday_plan.setdefault(d.weekday(), set()).update((lesson[l]["number"], lesson[l]["subject"])
                                                               for l in lids)
    for d in days(FIRST, LAST):
        if d not in holiday_of or d.weekday() > 4:
            continue
        name, where = holiday_of[d]
        if d in (dt.date(2026, 3, 9), dt.date(2026, 3, 23), dt.date(2026, 3, 25), dt.date(2026, 3, 27)):
            add("holiday", f"R8 «{name}» of {where}", student={"person": POLINA}, date=str(d), name=name, once=True)
        if d in (dt.date(2026, 3, 9), dt.date(2026, 3, 25)):
            add("holiday", f"R8 class schedule: «{name}» of {where}", group={"group": "2260325488582100071"},
                date=str(d), name=name, once=True)
        for n, subject in sorted(weekday_plan.get(d.weekday(), ())):
            if d == dt.date(2026, 3, 9) or n == 1:
                add("no_lesson", f"R8 {d} is «{name}» ({where}); {subject} #{n} is the weekday's lesson, and no "
                                 f"range lists a lesson that day (R2)", student={"person": POLINA}, date=str(d),
                    number=n, subject=subject)

    # R3 marks
    special = {mid for mid, (mk, _) in marks.items()
               if day_of(mk["date"]) != lesson[mk["lesson_str"]]["date"] or len(set(mark_values[mid])) > 1}
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        p = mk["person_str"]
        if p not in (POLINA, ARTYOM, MAKSIM) and mid not in special:
            continue
        info = lesson[mk["lesson_str"]]
        wt = sid(mk["workType"])
        value = mk["textValue"] or mk["value"]
        late = "" if day_of(mk["date"]) == info["date"] else f", entered {mk['date']} for the lesson of {info['date']}"
        add("mark", f"R3 mark {mid} of {where}: lesson {mk['lesson_str']} #{info['number']} on {info['date']}"
                    f"{late}; work type {wt} «{wt_names[wt]}» weight {weights[wt]} (§3.3)",
            student={"person": p}, date=str(info["date"]), number=info["number"], subject=info["subject"],
            value=value, weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
        for old in dict.fromkeys(mark_values[mid]):
            if old != value:
                add("no_mark", f"R0/R3 mark {mid} was «{old}» in an earlier pull; {where} (a later pull) says "
                               f"«{value}»", student={"person": p}, date=str(info["date"]), number=info["number"],
                    subject=info["subject"], value=old)

    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lesson[lid]
        if e["status"] == "Attend" and p not in (POLINA, MAKSIM):
            continue
        fact = {"student": {"person": p}, "date": str(info["date"]), "number": info["number"],
                "subject": info["subject"]}
        if e["status"] == "Attend":
            fact["meaning"] = "present"
        elif e["status"] == "Pass":
            fact["code"] = "Pass"
        else:
            fact.update(code=e["status"], meaning=STATUS[e["status"]])
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» created {e['createdDate']} of "
                          f"{where}", **fact)

    # R5 homework
    for wid, (w, lid, where) in sorted(homework.items(), key=lambda x: (x[1][0]["targetDate"], x[0])):
        info = lesson[lid]
        named = {t["person_str"] for t in w["tasks"]}
        for p in (POLINA, MAKSIM, ARTYOM):
            if p not in named or not in_group(p, info["g"], info["date"]):
                continue
            if p == ARTYOM and info["subject"] != "Английский язык":
                continue
            if p == MAKSIM and info["subject"] != "Английский язык" and info["date"].day not in (10, 12, 16):
                continue
            add("homework", f"R5 Homework work {wid} of {where}: set at lesson {lid} (#{info['number']}, "
                            f"{info['date']}), due {w['targetDate'][:10]}, a task for {p} (§3.6)",
                student={"person": p}, subject=subject_names[sid(w["subjectId"])], text=w["text"],
                date=str(info["date"]), number=info["number"], due=w["targetDate"][:10])

    # R6 final marks
    current = {}  # (person, subject id, period id) -> (value, where)
    for (p, g), (cells, where) in finals.items():
        for (s, rp), (v, _) in cells.items():
            current[(p, s, rp)] = (v, where)
    q3 = next(rp for rp in periods.values() if rp["number"] == 3)["id_str"]
    q2 = next(rp for rp in periods.values() if rp["number"] == 2)["id_str"]
    literature = next(s for s, n in subject_names.items() if n == "Литература")
    for (p, s, rp), (v, where) in sorted(current.items()):
        wanted = (p in (POLINA, MAKSIM, ARTYOM, ILYA) and rp == q3) or (p == MAKSIM and rp == q2) \
            or (p == DARYA and rp == q3 and (len(set(finals_seen[(p, s, rp)])) > 1 or s == literature)) \
            or (s == literature and rp == q3) or len(set(finals_seen[(p, s, rp)])) > 1 \
            or (p == ILYA and (p, s, q3) not in current)  # a deleted Q3 mark leaves the earlier quarters alone
        if wanted:
            add("final_mark", f"R6 {where}: {periods[rp]['name']} {subject_names[s]} «{v}»",
                student={"person": p}, subject=subject_names[s], period=periods[rp]["name"], value=v)
    for (p, s, rp), seen in sorted(finals_seen.items()):
        now = current.get((p, s, rp))
        for old in dict.fromkeys(seen):
            if now is None:
                add("no_final_mark", f"R6 «{old}» was stated by an earlier pull; the latest answer listing {p} in "
                                     f"its group lacks {periods[rp]['name']} {subject_names[s]} (deleted)",
                    student={"person": p}, subject=subject_names[s], period=periods[rp]["name"])
            elif old != now[0]:
                add("no_final_mark", f"R6 «{old}» was stated by an earlier pull; the latest says «{now[0]}» "
                                     f"({now[1]})", student={"person": p}, subject=subject_names[s],
                    period=periods[rp]["name"], value=old)

    # R7 the journal's averages
    for (kind, g, a, b), (values, where) in sorted(averages.items()):
        period = next((rp for rp in periods.values() if rp["start"][:10] == a and rp["finish"][:10] == b), None)
        if period is None:
            continue
        for (p, s), v in sorted(values.items()):
            if p not in (POLINA, ARTYOM, DARYA):
                continue
            if subject_names[s] not in ("Алгебра", "Русский язык"):
                continue
            add("vendor_average", f"R7 {kind} {a}..{b} = {period['name']} (§3.12 dates), the latest pull: {where}",
                student={"person": p}, subject=subject_names[s], period=period["name"], value=v)

    # R8 periods and children
    for rp in sorted(periods.values(), key=lambda x: x["number"]):
        add("period", f"R8 reporting period {rp['id_str']} of the group's reporting-period-group (§3.12)",
            name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {PARENT_OF.get(user, user)}: children of {where} (§3.9)", guardian={"user": user},
            children=[{"person": k} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
