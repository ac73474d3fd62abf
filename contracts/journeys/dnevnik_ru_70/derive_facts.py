"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented rule).
R1  A lesson (§3.4) is one entity with one `date` and `number`: its latest statement (a group's lessons range, a
    pupil's `schedules` day, the homework bundle's flattened lesson) places it. A group's lessons range
    (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the group's lessons of every day it
    covers: a lesson of that group it lacks there is no longer on that day (moved or deleted): no_lesson.
R2  A pupil sees the lessons of his class and of the subgroups he is a member of (§3.8: a subgroup is a group
    with `parentIds`; the profile groups have two parents, 10А and 10Б), labelled with the subgroup's `name`,
    and not a sibling subgroup's lessons (no_lesson where he has no lesson of that subject and number).
R3  Times: a bundle's `hours` (§3.4 flattened lesson), else the clock of `date` and the end of its number's bell
    item (§3.14, the class's `edu-groups/{g}/timetables`; a subgroup's parent class's); the room is `place`; the
    teacher is the lesson's `teachers` person (§3.9 Person), "Last First Middle".
R4  Holidays (§3.12): the group's latest `reporting-period-group` `holidays`, each day dateStart..dateFinish; a
    holiday shows no lesson of the class's timetable (03-08, Monday: the Monday before's lessons are absent).
R5  Marks (§3.1): latest state by id; a group's marks range is the whole list of marks on the group's lessons of
    the days it covers (the morning's one-day re-pull too), so a mark it lacks is deleted (no_mark), a changed
    `value` supersedes the old one (no_mark of the old value); shown on its lesson's day; weight and name from
    the standalone work type (§3.3: weight lives there, the latest `work-types` answer), `counts` = `use_avg_calc`.
R6  Attendance (§3.5, §6): latest entry by (lesson, person); a group's log range is the whole log of the group's
    lessons on its days, so an entry it lacks is gone (the pupil present again). Attend/Absent/Ill/Late ->
    present/absent/ill/late; `Pass` is stated by its code only (§6: its meaning is disputed).
R7  Homework (§3.2, §3.7): a `Homework` work, latest state by id; set at its lesson, due its `targetDate`; files
    by name from the bundle's `files`. A lesson's `works` in a lessons answer are all its works and the homework
    bundle is the whole list of homework set and due within its range: a homework they lack is withdrawn
    (no_homework), a changed `text` supersedes the old one (no_homework of the old text).
R8  Final marks (§3.13): `edu-groups/{g}/final-marks` per pupil and period, latest answer wins: a changed value
    supersedes the old (no_final_mark of that value), a subject a later answer lacks for that pupil has none.
R9  The journal's averages (§3.13): `avg-marks` `avg-mark-value` and `wa-marks` `value`, latest per pupil and
    subject, over the dates of «2 полугодие» (§3.12) so that period's.
R10 Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
FIRST, LAST = dt.date(2027, 3, 1), dt.date(2027, 3, 14)
WATCHED = ["1000012700101", "1000012700102", "2260325488570400201", "1000012700301", "2260325488570400302"]
# lesson facts: every lesson of week 2 for Артём and Матвей (whose schedules bundles the job pulls); for everyone
# their subgroups' lessons and the days that change (a topic revised, a lesson moved, a lesson deleted and replaced);
# a sibling subgroup's lessons (R2) in week 2
FULL = {"1000012700101", "1000012700301"}
CHANGED_DAYS = {dt.date(2027, 3, 2), dt.date(2027, 3, 11), dt.date(2027, 3, 12)}
WEEK2 = dt.date(2027, 3, 8)
TWIN = {"2260325488570400201"}  # Тимур (10Б) sits in Артём's profile group: its sibling's lessons are pinned once


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def date_of(s):
    return dt.date.fromisoformat(s[:10])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    wtypes = {}  # id -> (title, weight)
    groups, members, children, rpg, bells, persons = {}, {}, {}, {}, {}, {}
    lessons = {}  # id -> {g, date, number, subject, title, clock, where}
    ever = {}  # (group, date, number, subject) -> (lesson id, where): every placement any answer gave
    hours, rooms = {}, {}
    subj_names = {}
    marks, logs, homework, files = {}, {}, {}, {}
    old_marks, old_homework = [], []
    finals, old_finals, averages = {}, [], {}

    def place(lid, info):
        lessons[lid] = info
        ever[(info["g"], info["date"], info["number"], info["subject"])] = (lid, info["where"])

    def set_homework(w, lid, where):
        wid = w["id_str"]
        prev = homework.get(wid)
        if prev and prev[0]["text"] != w["text"]:
            old_homework.append((prev, where))
        homework[wid] = (w, lid, where)

    def set_mark(mk, where):
        prev = marks.get(mk["id_str"])
        if prev and prev[0]["value"] != mk["value"]:
            old_marks.append((prev, f"changed to {mk['value']!r} by {where}"))
        marks[mk["id_str"]] = (mk, where)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                wtypes[w["id_str"]] = (w["title"], w["weight"])
        elif re.fullmatch(r"GET /v2/schools/\d+/subjects", req):
            for x in body:
                subj_names[x["id_str"]] = x["name"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif re.fullmatch(r"GET /v2/persons/\d+", req):
            persons[body["id_str"]] = body
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            stated = {x["id_str"] for x in body}
            for lid in [lid for lid, i in lessons.items() if i["g"] == g and a <= i["date"] <= b and lid not in stated]:
                del lessons[lid]  # R1: the range is the group's whole list of those days
            for x in body:
                subj_names[x["subject"]["id_str"]] = x["subject"]["name"]
                place(x["id_str"], {"g": str(x["group"]), "date": date_of(x["date"]), "number": x["number"],
                                    "subject": x["subject"]["name"], "title": x["title"], "clock": x["date"][11:16],
                                    "teacher": str(x["teachers"][0]), "where": where})
                hw_ids = {w["id_str"] for w in x["works"] if w["type"] == "Homework"}
                for wid, (w, lid, _) in list(homework.items()):  # R7: the lesson's works are all its works
                    if lid == x["id_str"] and wid not in hw_ids:
                        old_homework.append((homework.pop(wid), f"withdrawn: lacked by {where}"))
                for w in x["works"]:
                    if w["type"] == "Homework":
                        set_homework(w, x["id_str"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            stated = {x["id_str"] for x in body}
            for mid, (mk, w0) in list(marks.items()):
                info = lessons.get(mk["lesson_str"])
                if info and info["g"] == g and a <= info["date"] <= b and mid not in stated:
                    old_marks.append((marks.pop(mid), f"deleted: lacked by {where}"))
            for mk in body:
                set_mark(mk, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            stated = {(x["lesson_str"], x["person_str"]) for x in body}
            for k in list(logs):
                info = lessons.get(k[0])
                if info and info["g"] == g and a <= info["date"] <= b and k not in stated:
                    logs[k] = (None, f"deleted: lacked by {where}")
            for x in body:
                logs[(x["lesson_str"], x["person_str"])] = (x, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for f in body["files"]:
                files[f["id_str"]] = f["name"]
            stated = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _) in list(homework.items()):
                info = lessons.get(lid)
                if info and a <= info["date"] <= b and a <= date_of(w["targetDate"]) <= b and wid not in stated:
                    old_homework.append((homework.pop(wid), f"withdrawn: lacked by {where}"))
            for w in body["works"]:
                set_homework(w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            for day in body["days"]:
                names = {str(x["id"]): x["name"] for x in day["subjects"]}
                for fl in day["lessons"]:
                    lid = str(fl["id"])
                    known = lessons.get(lid)
                    place(lid, {"g": known["g"] if known else m[2], "date": date_of(fl["date"]), "number": fl["number"],
                                "subject": names[str(fl["subjectId"])], "title": fl["title"], "clock": fl["date"][11:16],
                                "teacher": str(fl["teachers"][0]), "where": where})
                    hours[lid] = (fl["hours"], where)
                    rooms[lid] = fl["place"]
                for mk in day["marks"]:
                    set_mark(mk, where)
                for x in day["lessonLogEntries"]:
                    logs[(x["lesson_str"], x["person_str"])] = (x, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                p = entry["person_str"]
                now = {}
                for s in entry["per-subject-final-marks"]:
                    if s["final-mark"] is not None:
                        now[(p, s["subject_str"], entry["reportingPeriod_str"])] = s["final-mark"]
                for k in [k for k in finals if k[0] == p and k[2] == entry["reportingPeriod_str"]]:
                    if k not in now:
                        old_finals.append((k, finals.pop(k)[0], None, where))
                    elif now[k]["value"] != finals[k][0]["value"]:
                        old_finals.append((k, finals[k][0], now[k]["value"], where))
                for k, fm in now.items():
                    finals[k] = (fm, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for s in entry["per-subject-averages"]:
                    averages[(entry["person_str"], s["subject_str"])] = (s["avg-mark-value"], m[2], m[3], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/wa-marks/([\d-]+)/([\d-]+)", req):
            for s in body["subjectMarks"]:
                for x in s["marks"]:
                    averages[(str(x["person"]), s["subject_str"])] = (str(x["value"]), m[2], m[3], where)

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def groups_of(p):
        return [g for g, ps in members.items() if p in ps]

    def parent_class(g):
        return (groups[g].get("parentIds_str") or [g])[0]

    def teacher_name(pid):
        x = persons[pid]
        return f"{x['lastName']} {x['firstName']} {x['middleName']}"

    period_names = {}
    for g, (body, _) in rpg.items():
        for rp in body["reportingPeriods"]:
            period_names[rp["id_str"]] = (rp["name"], rp["start"][:10], rp["finish"][:10])

    for p in WATCHED:
        mine = groups_of(p)
        pupil = {"person": p}
        own = {(i["date"], i["number"], i["subject"]) for i in lessons.values() if i["g"] in mine}
        # R1-R3 lessons
        for lid, i in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"], x[0])):
            if i["g"] not in mine or not FIRST <= i["date"] <= LAST:
                continue
            if not (p in FULL and i["date"] >= WEEK2) and not groups[i["g"]].get("parentIds_str") \
                    and i["date"] not in CHANGED_DAYS:
                continue
            fact = {"student": pupil, "date": str(i["date"]), "number": i["number"], "subject": i["subject"],
                    "topic": i["title"]}
            why = f"R1 lesson {lid} of {i['where']}"
            if lid in hours:
                a, b = [x.strip() for x in hours[lid][0].split("-")]
                fact.update(starts_at=a, ends_at=b)
                why += f"; R3 hours «{hours[lid][0]}» of {hours[lid][1]}"
            else:
                bell = bells[parent_class(i["g"])].get((i["date"].strftime("%A"), i["number"]))
                fact.update(starts_at=i["clock"], ends_at=bell[1])
                why += f"; R3 start of its date, end of bell #{i['number']} of group {parent_class(i['g'])}"
            if lid in rooms:
                fact["room"] = rooms[lid]
            fact["teacher"] = teacher_name(i["teacher"])
            if groups[i["g"]].get("parentIds_str"):
                fact["group_label"] = groups[i["g"]]["name"]
                why += f"; R2 subgroup {i['g']} «{groups[i['g']]['name']}» (parentIds {groups[i['g']]['parentIds_str']})"
            add("lesson", why, **fact)
        # R1 no_lesson: placements the latest answers no longer have
        for (g, d, n, subj), (lid, where) in sorted(ever.items(), key=lambda x: (str(x[0][1]), x[0][2], x[0][3])):
            if g in mine and (d, n, subj) not in own:
                now = lessons.get(lid)
                moved = f"; now on {now['date']} #{now['number']}" if now else "; deleted"
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) placed on {d} by {where} is lacked by the latest "
                                 f"range of group {g} covering {d}{moved}", student=pupil, date=str(d), number=n,
                    subject=subj)
        # R2 a sibling subgroup's lessons
        for lid, i in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"], x[0])):
            g = i["g"]
            if g in mine or not groups[g].get("parentIds_str") or not WEEK2 <= i["date"] <= LAST or p in TWIN:
                continue
            if not set(groups[g]["parentIds_str"]) & set(mine) or (i["date"], i["number"], i["subject"]) in own:
                continue
            add("no_lesson", f"R2 lesson {lid} is subgroup {g} «{groups[g]['name']}»'s, of which {p} is no member "
                             f"({i['where']})", student=pupil, date=str(i["date"]), number=i["number"],
                subject=i["subject"])
        # R4 holidays
        for g in mine:
            if g not in rpg:
                continue
            body, where = rpg[g]
            for h in body["holidays"]:
                for d in days(max(date_of(h["dateStart"]), FIRST), min(date_of(h["dateFinish"]), LAST)):
                    add("holiday", f"R4 «{h['name']}» of group {g}'s list in {where}", student=pupil, date=str(d),
                        name=h["name"], once=True)
                    before = d - dt.timedelta(days=7)
                    for i in sorted(lessons.values(), key=lambda i: i["number"]):
                        if p in FULL and i["g"] in mine and i["date"] == before and (d, i["number"], i["subject"]) not in own:
                            add("no_lesson", f"R4 {d} is «{h['name']}»; {i['subject']} #{i['number']} is the "
                                             f"weekday's lesson of {before}", student=pupil, date=str(d),
                                number=i["number"], subject=i["subject"])
        # R5 marks
        shown = set()
        for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
            i = lessons.get(mk["lesson_str"])
            if mk["person_str"] != p or i is None:
                continue
            title, weight = wtypes[str(mk["workType"])]
            shown.add((i["date"], i["number"], mk["value"]))
            add("mark", f"R5 mark {mid} ({mk['date']}) of {where} on lesson {mk['lesson_str']} ({i['date']} "
                        f"#{i['number']}); work type {mk['workType']} «{title}», weight {weight}",
                student=pupil, date=str(i["date"]), number=i["number"], subject=i["subject"],
                value=mk["textValue"] or mk["value"], weight=weight, work_type=title, counts=mk["use_avg_calc"])
        for (mk, w0), how in old_marks:
            i = lessons.get(mk["lesson_str"])
            if mk["person_str"] != p or i is None or (i["date"], i["number"], mk["value"]) in shown:
                continue
            add("no_mark", f"R5 mark {mk['id_str']} {mk['value']!r} of {w0}: {how}", student=pupil, date=str(i["date"]),
                number=i["number"], subject=i["subject"], value=mk["value"])
        # R6 attendance
        for (lid, pp), (e, where) in sorted(logs.items()):
            i = lessons.get(lid)
            if pp != p or i is None:
                continue
            fact = {"student": pupil, "date": str(i["date"]), "number": i["number"], "subject": i["subject"]}
            if e is None:
                add("attendance", f"R6 entry ({lid}, {p}) {where}: present", **fact, meaning="present")
            elif e["status"] == "Pass":
                add("attendance", f"R6 entry ({lid}, {p}) Pass «{e['comment']}» of {where} (§6: meaning disputed, "
                                  "the code stated)", **fact, code="Pass")
            else:
                add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of "
                                  f"{where}", **fact, code=e["status"], meaning=STATUS[e["status"]])
        # R7 homework
        texts = set()
        for wid, (w, lid, where) in sorted(homework.items()):
            i = lessons.get(lid)
            if i is None or i["g"] not in mine:
                continue
            texts.add((subj_names[str(w["subjectId"])], w["text"]))
            fact = {"student": pupil, "subject": subj_names[str(w["subjectId"])], "text": w["text"],
                    "date": str(i["date"]), "number": i["number"], "due": w["targetDate"][:10]}
            if w["files"]:
                fact["attachments"] = [files[str(f)] for f in w["files"]]
            add("homework", f"R7 Homework work {wid} of {where}: set at lesson {lid} ({i['date']} #{i['number']}), "
                            f"due {w['targetDate'][:10]}", **fact)
        for (w, lid, w0), how in old_homework:
            i = lessons.get(lid)
            subj = subj_names[str(w["subjectId"])]
            if i is None or i["g"] not in mine or (subj, w["text"]) in texts:
                continue
            add("no_homework", f"R7 Homework work {w['id_str']} «{w['text']}» of {w0}: {how}", student=pupil,
                subject=subj, text=w["text"])
        # R8 final marks
        for (pp, subj, rp), (fm, where) in sorted(finals.items()):
            if pp == p:
                add("final_mark", f"R8 final mark {fm['id_str']} of {where}", student=pupil, subject=subj_names[subj],
                    period=period_names[rp][0], value=fm["textValue"] or fm["value"])
        for (pp, subj, rp), fm, new, where in old_finals:
            if pp != p:
                continue
            if new is None:
                add("no_final_mark", f"R8 final mark {fm['id_str']} {fm['value']!r} lacked for this pupil by {where}",
                    student=pupil, subject=subj_names[subj], period=period_names[rp][0])
            else:
                add("no_final_mark", f"R8 final mark {fm['id_str']} {fm['value']!r} changed to {new!r} by {where}",
                    student=pupil, subject=subj_names[subj], period=period_names[rp][0], value=fm["value"])
        # R9 averages
        for (pp, subj), (value, a, b, where) in sorted(averages.items()):
            if pp != p:
                continue
            period = next(n for n, s, f in period_names.values() if (s, f) == (a, b))
            add("vendor_average", f"R9 {where}: over {a}..{b}, the dates of «{period}»", student=pupil,
                subject=subj_names[subj], period=period, value=value)
    # R10 periods, children
    for rp, (name, a, b) in sorted(period_names.items()):
        add("period", f"R10 reporting period {rp} (§3.12)", name=name, starts_on=a, ends_on=b)
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R10 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
