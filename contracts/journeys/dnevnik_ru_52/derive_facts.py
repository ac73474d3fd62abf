"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented rule for
    answers the vendor does not number, README "The request envelope").
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7 "group-wide range queries") is the whole
    list of that group's lessons on every day it covers: a lesson an earlier answer placed on a day that the latest
    answer covering the day lacks there is no lesson of that day (no_lesson): 1 September's planned lessons once it
    became a ceremony day, Thursday's История, Friday's Физическая культура, and a lesson that moved to another
    number (one lesson id, §3.4 `number`) leaves its old number.
R2  A lesson's topic, number and start are its latest statement (§3.4 `title`, `number`, `date`); its times are the
    `hours` of a pupil's `schedules` bundle (§0, §3.4 flattened lesson) when one gave them, else the clock of its
    `date` and the `Finish` of its number's bell item (§3.14) for that weekday; a group without bells of its own
    (last year's 7А) gets no end asserted. The room is the bundle's `place`. A subgroup's lesson (§3.8 `type`
    `Subgroup`, `parentIds`) carries the subgroup's `name` as its group label and its teacher (§3.4 `teachers`,
    a person id, named "Last First Middle" from the Person objects, §3.9).
R3  Who sees what (§3.8): a pupil sees the lessons of his class and of the subgroups whose latest member list
    (`edu-groups/{g}/persons`) names him; not another subgroup's (no_lesson where the other subgroup alone has a
    lesson of that subject and number). A member list is the group's whole list: a pupil first named by a list
    after one that lacked him is in the group from the day after that list (Ксения, Тимур); one named by the
    first list, from 1 September of the group's `studyyear`. A class with `status: Archive` and `studyyear` 2026
    (7А) is last year's: its pupils were in it from 2026-09-01 to 2027-08-31 (its June lessons are theirs). Facts
    look only at days a pupil was in the class.
R4  A mark (§3.1) is shown on its lesson's day in the lesson's subject, value its `textValue`/`value`, weight and
    name the standalone work type's (§3.3), `counts` its `use_avg_calc`. A group's marks range is the whole list of
    the marks of the days it covers (§7): a mark a later range covering its day lacks is gone (no_mark); a mark
    whose value a later answer changed under the same id shows the new value only (no_mark of the old one).
R5  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused; the code
    is the status string. An entry the class's later log range for the same days lacks is gone: the pupil is
    present (§3.5: an entry is identified by (lesson, person); the range is the lesson's whole log).
R6  Homework (§3.2, §3.6, §3.7): a `Homework` work's `text`, set at its lesson's day, due its latest `targetDate`,
    for the pupils its latest `tasks` name (per-student records, §3.6). A homework the later homeworks range
    covering its lesson's day and due day lacks (and its lesson's `works` in the later lessons range lack) is
    withdrawn (no_homework).
R7  Final marks (§3.13): the latest `edu-groups/{g}/final-marks` entry per (pupil, period, subject), shown in the
    period the entry's `reportingPeriod` names (§3.12 `name`); a corrected year mark (same id, new value) shows the
    new value alone.
R8  Periods (§3.12) by name and dates, for the pupils of the class whose `reporting-period-group` lists them: a
    pupil never in 7А shows none of its quarters (no_period). Children from the parents' `users/{u}/context`
    (§3.9). The class teacher is the latest `edu-groups/{g}/classteacher` answer's person (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def full(p):
    return " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, groups, people = {}, {}, {}, {}
    lists = {}  # group -> [(pulled date, [person ids])]
    children, rpg, teacher_of_class, finals = {}, {}, {}, {}
    day_lessons, ever, info_of, hours, rooms, bells = {}, {}, {}, {}, {}, {}
    marks, gone_marks, old_values, logs, gone_logs, homework, withdrawn = {}, {}, {}, {}, {}, {}, {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        pday = dt.date.fromisoformat(pulled[:10])
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)", req):
            groups[m[1]] = body
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            lists.setdefault(m[1], []).append((pday, [p["id_str"] for p in body]))
            for p in body:
                people[p["id_str"]] = p
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/classteacher", req):
            teacher_of_class[m[1]] = (full(body[0]), where)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): item["Finish"][11:16]
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_lessons[(g, d)] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                for ls in day_lessons.values():  # one lesson, one place (§3.4)
                    ls.pop(lid, None)
                info_of[lid] = {"g": g, "date": d, "number": lesson["number"], "subject": lesson["subject"]["name"],
                                "title": lesson["title"], "clock": lesson["date"][11:16],
                                "teacher": str(lesson["teachers"][0]), "where": where}
                day_lessons[(g, d)][lid] = info_of[lid]
                ever[(g, d, lesson["number"], lesson["subject"]["name"])] = (lid, where)
                hw_ids = {w["id_str"] for w in lesson["works"] if w["type"] == "Homework"}
                for wid, (w, l2, _) in list(homework.items()):  # R6: the lesson's works no longer hold it
                    if l2 == lid and wid not in hw_ids:
                        withdrawn[wid] = (homework.pop(wid), where)
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            now = {mk["id_str"] for mk in body}
            for mid, (mk, w0) in list(marks.items()):
                info = info_of.get(mk["lesson_str"])
                if info and info["g"] == g and a <= info["date"] <= b and mid not in now:
                    gone_marks[mid] = (marks.pop(mid)[0], where)
            for mk in body:
                old = marks.get(mk["id_str"])
                if old and old[0]["value"] != mk["value"]:
                    old_values[mk["id_str"]] = (old[0]["value"], old[1])
                marks[mk["id_str"]] = (mk, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            now = {(e["lesson_str"], e["person_str"]) for e in body}
            for key, (e, _) in list(logs.items()):
                info = info_of.get(key[0])
                if info and a <= info["date"] <= b and key not in now:
                    gone_logs[key] = (logs.pop(key)[0], where)
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            now = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _) in list(homework.items()):
                info = info_of.get(lid)
                if info and a <= info["date"] <= b and a <= dt.date.fromisoformat(w["targetDate"][:10]) <= b \
                        and wid not in now:
                    withdrawn[wid] = (homework.pop(wid), where)
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            for day in body["days"]:
                for t in day["teachers"]:
                    people[t["id_str"]] = t
                for fl in day["lessons"]:
                    lid = str(fl["id"])
                    if fl.get("hours"):
                        hours[lid] = (fl["hours"], where)
                    if fl.get("place"):
                        rooms[lid] = fl["place"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                for s in entry["per-subject-final-marks"]:
                    finals[(entry["person_str"], entry["reportingPeriod_str"], s["subject_str"])] = (
                        s["final-mark"], m[1], where)

    # R3 memberships: person -> group -> (first day, last day)
    stays = {}
    for g, seq in lists.items():
        grp = groups[g]
        start_year = dt.date(grp["studyyear"], 9, 1)
        end = dt.date(grp["studyyear"] + 1, 8, 31) if grp["status"] == "Archive" else dt.date(2099, 1, 1)
        latest = set(seq[-1][1])
        for p in latest:
            lacking = [d for d, ps in seq if p not in ps]
            seen_first = min(d for d, ps in seq if p in ps)
            before = [d for d in lacking if d < seen_first]
            first = max(before) + dt.timedelta(days=1) if before else start_year
            stays.setdefault(p, {})[g] = (max(first, start_year), end)
    parent_of = {g: (grp.get("parentIds_str") or [None])[0] for g, grp in groups.items()}

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    watched = ["1000012520801", "1000012520802", "2260325488552300803", "2260325488552300804"]

    def in_group(p, g, d):
        s = stays.get(p, {}).get(g)
        return s is not None and s[0] <= d <= s[1]

    def sees(p, info):
        g, d = info["g"], info["date"]
        if parent_of.get(g):
            return in_group(p, g, d) and in_group(p, parent_of[g], d)
        return in_group(p, g, d)

    def class_day(p, d):
        return any(in_group(p, g, d) for g in stays.get(p, {}) if not parent_of.get(g))

    current = {lid: info for ls in day_lessons.values() for lid, info in ls.items()}
    for p in watched:
        for (g, d), ls in sorted(day_lessons.items(), key=lambda x: (x[0][1], x[0][0])):
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                if not sees(p, info):
                    continue
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R1/R2 lesson {lid} of {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    fact["starts_at"] = info["clock"]
                    cls = parent_of.get(g) or g
                    if cls in bells:
                        fact["ends_at"] = bells[cls].get((d.strftime("%A"), info["number"]))
                        why += f"; end of the bells' #{info['number']} on {d:%A} (§3.14)"
                    else:
                        why += "; the group has no bells: no end asserted"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                if parent_of.get(g):
                    fact["group_label"] = groups[g]["name"]
                    fact["teacher"] = full(people[info["teacher"]])
                    why += f"; R3 subgroup «{groups[g]['name']}»"
                add("lesson", why, **fact)
        # R1 placements lacked by the latest answer; R3 another subgroup's lessons
        for (g, d, n, subj), (lid, where) in sorted(ever.items(), key=lambda x: (x[0][1], x[0][2], x[0][0])):
            if not class_day(p, d):
                continue
            now = [i for gg in stays.get(p, {}) for i in day_lessons.get((gg, d), {}).values()
                   if sees(p, i)]
            if any(i["number"] == n and i["subject"] == subj for i in now):
                continue
            if lid in current and current[lid]["date"] == d and current[lid]["number"] == n:
                add("no_lesson", f"R3 lesson {lid} ({subj} #{n}) of {where} is subgroup «{groups[g]['name']}»'s, "
                                 f"which does not list the pupil", student={"person": p}, date=str(d), number=n,
                    subject=subj)
            else:
                last = current.get(lid)
                moved = f"; the lesson is now on {last['date']} #{last['number']}" if last else ""
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) placed on {d} by {where} is lacked by the latest "
                                 f"range covering {d}{moved}", student={"person": p}, date=str(d), number=n,
                    subject=subj)
    # R4 marks
    for mid, (mk, where) in sorted(marks.items()):
        p, info = mk["person_str"], current.get(mk["lesson_str"])
        if p not in watched or info is None or not sees(p, info):
            continue
        wt = str(mk["workType"])
        add("mark", f"R4 mark {mid} ({mk['date']}) of {where} on lesson {mk['lesson_str']} ({info['date']} "
                    f"#{info['number']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
        if mid in old_values:
            add("no_mark", f"R4 mark {mid} was «{old_values[mid][0]}» in {old_values[mid][1]}; {where} changed it "
                           f"to «{mk['value']}»", student={"person": p}, date=str(info["date"]),
                subject=info["subject"], value=old_values[mid][0])
    for mid, (mk, where) in sorted(gone_marks.items()):
        p, info = mk["person_str"], current.get(mk["lesson_str"])
        if p in watched and info:
            add("no_mark", f"R4 mark {mid} «{mk['value']}» is lacked by {where}", student={"person": p},
                date=str(info["date"]), subject=info["subject"], value=mk["value"])
    # R5 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = current.get(lid)
        if p in watched and info and sees(p, info):
            add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                code=e["status"], meaning=STATUS[e["status"]])
    for (lid, p), (e, where) in sorted(gone_logs.items()):
        info = current.get(lid)
        if p in watched and info and sees(p, info):
            add("attendance", f"R5 entry ({lid}, {p}) {e['status']} is lacked by {where}: present",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                meaning="present")
    # R6 homework
    subj_name = {info["subject"]: info["subject"] for info in info_of.values()}
    for wid, (w, lid, where) in sorted(homework.items()):
        info = info_of.get(lid)
        named = {t["person_str"] for t in w["tasks"]}
        for p in watched:
            if info and p in named and sees(p, info):
                add("homework", f"R6 Homework work {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                                f"{w['targetDate'][:10]}; tasks name the pupil", student={"person": p},
                    subject=subj_name[info["subject"]], text=w["text"], date=str(info["date"]),
                    due=w["targetDate"][:10])
    for wid, ((w, lid, _), where) in sorted(withdrawn.items()):
        info = info_of.get(lid)
        for p in watched:
            if info and sees(p, info):
                add("no_homework", f"R6 Homework work {wid} «{w['text']}» withdrawn: lacked by {where}",
                    student={"person": p}, subject=info["subject"], text=w["text"])
    # R7 final marks
    period_names = {rp["id_str"]: rp["name"] for body, _ in rpg.values() for rp in body["reportingPeriods"]}
    subject_names = {}
    for info in info_of.values():
        pass
    for pulled, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", r["request"]):
            for lesson in r["body"]:
                subject_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
    for (p, rp, subj), (mk, g, where) in sorted(finals.items()):
        if p in watched:
            add("final_mark", f"R7 final mark {mk['id_str']} of group {g}, period {rp} «{period_names[rp]}», "
                              f"{mk['date']}, of {where}", student={"person": p}, subject=subject_names[subj],
                period=period_names[rp], value=mk["textValue"] or mk["value"])
    # R8 periods, children, class teachers
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            for p in watched:
                if g in stays.get(p, {}):
                    add("period", f"R8 {where}: the pupil was in group {g}", student={"person": p}, name=rp["name"],
                        starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
                elif stays.get(p):
                    add("no_period", f"R8 {where}: period of group {g}, which the pupil was never in",
                        student={"person": p}, name=rp["name"])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])
    for g, (name, where) in sorted(teacher_of_class.items()):
        add("class_teacher", f"R8 the latest classteacher answer: {where}", group={"group": g}, teacher=name)

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
