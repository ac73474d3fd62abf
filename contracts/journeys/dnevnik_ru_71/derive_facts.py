"""Derive facts.json from journey.json: what a parent of each watched pupil must see, read from the vendor answers
alone (standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins.
R1  Membership (§3.8): `POST edu-groups` lists each group's students with `membershipstatus`; a pupil is in a group
    from the day after the last complete list that lacked him (from the school year's start when the first list
    has him) until the day after the last list that showed him `Active`, once a later list shows him `Archive`.
    A class's `edu-groups/{g}/persons` makes its pupils members for the year. A group of both classes
    (`parentIds` of both, §3.8) is a group like any other: its members see its lessons whatever their class.
R2  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the group's
    lessons of every day it covers: a lesson the latest range covering its day lacks is not held (a replaced
    lesson). A pupil sees the held lessons of the groups he is in that day (§3.8 subgroups) and no other group's.
R3  A pupil's own `persons/{p}/groups/{g}/schedules` (§0, per person) lists his lessons of each day: a lesson of his
    class that his latest own list of that day lacks, while a classmate's list has it, is not his (the 11А pupil
    who studies Химия with 10Б).
R4  A lesson's topic and number come from the latest lessons answer; its times and room from the pupil's bundle
    (`hours`, `place`, §3.4 flattened lesson).
R5  Marks (§3.1) on their lesson's day and number; value `textValue`; weight and name of the standalone work type
    (§3.3); `counts` = `use_avg_calc`. A later group marks range covering the lesson's day wins: a mark it lacks is
    gone (no_mark), a changed value replaces the old one (no_mark of the old value).
R6  Attendance (§3.5, §6): Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, code = the status. The
    lesson's own `lessons/{l}/log-entries` is its whole log: an entry it lacks is no entry (present).
R7  Homework (§3.2, §3.6, §3.7): a `Homework` work's text, set on its lesson's day, due its `targetDate`, for the
    pupils its `tasks` name (§3.6: per-student records). A later homeworks range covering its lesson's day and due
    date that lacks it means it was removed (no_homework). A pupil its tasks do not name does not see it.
R8  Final marks (§3.13): `edu-groups/{g}/final-marks`, per pupil and period, the latest answer of the group; a
    pupil's final marks are of his own subjects only.
R9  Holidays and periods (§3.12) from `reporting-period-group`; children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
SECTIONS = {"R0": "R0: §2, README pull order", "R1": "R1: §3.8", "R2": "R2: §3.4, §7", "R3": "R3: §0, §3.8",
            "R4": "R4: §3.4", "R5": "R5: §3.1, §3.3, §7", "R6": "R6: §3.5, §6", "R7": "R7: §3.2, §3.6, §3.7",
            "R8": "R8: §3.13", "R9": "R9: §3.12, §3.9"}
WATCH_DAYS = [dt.date(2026, 12, 15), dt.date(2026, 12, 16), dt.date(2026, 12, 17), dt.date(2027, 1, 13),
              dt.date(2027, 1, 14), dt.date(2027, 1, 19)]
HOLIDAY_DAYS = [dt.date(2026, 12, 30), dt.date(2027, 1, 5)]


def d(s):
    return dt.date.fromisoformat(s[:10])


def days(a, b):
    x = a
    while x <= b:
        yield x
        x += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                records.append((dt.datetime.fromisoformat(r["pulled_at"]), len(records), step["name"], r))
    records.sort(key=lambda x: (x[0], x[1]))

    weights, wt_names, subj_names, group_info = {}, {}, {}, {}
    lists = {}  # group -> [(pulled, {person: status})] complete member lists
    class_persons = {}  # class -> [persons]
    studyyear_start = dt.date(2026, 9, 1)
    lessons = {}  # lesson id -> latest info
    range_days = {}  # (group, day) -> (pulled, {lesson ids}) latest range covering the day
    ever_on_day = {}  # (group, day) -> {lesson id: info} every lesson any range placed there
    bundle_days = {}  # (person, day) -> (pulled, {lesson ids}, where)
    hours, rooms = {}, {}
    marks = {}  # mark id -> (mark, pulled, where)
    mark_scopes = {}  # (group, day) -> latest (pulled, {mark ids}) of a marks range covering it
    logs = {}  # (lesson, person) -> (entry, pulled, where)
    log_group_scopes, log_lesson_scopes = {}, {}
    works = {}  # homework work id -> (work, pulled, where)
    hw_ranges = []  # (pulled, a, b, {work ids})
    finals = {}  # group -> (answer, where)
    rpg, children = {}, {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/subjects", req):
            for s in body:
                subj_names[s["id_str"]] = s["name"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                group_info[g["id_str"]] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            class_persons[m[1]] = [p["id_str"] for p in body]
        elif req == "POST /v2/edu-groups":
            for entry in body:
                g = entry["group"]["id_str"] if isinstance(entry["group"], dict) else str(entry["group"])
                lists.setdefault(g, []).append((pulled, {s["person_str"]: s["membershipstatus"]
                                                         for s in entry["students"]}))
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            finals[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for day in days(d(m[2]), d(m[3])):
                range_days[(g, day)] = (pulled, set(), where)
            for l in body:
                info = {"id": l["id_str"], "g": str(l["group"]), "date": d(l["date"]), "number": l["number"],
                        "subject": l["subject"]["name"], "title": l["title"], "where": where}
                lessons[l["id_str"]] = info
                range_days[(g, info["date"])][1].add(l["id_str"])
                ever_on_day.setdefault((g, info["date"]), {})[l["id_str"]] = info
                for w in l["works"]:
                    if w["type"] == "Homework":
                        works[w["id_str"]] = (w, pulled, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for day in days(d(m[2]), d(m[3])):
                mark_scopes[(g, day)] = (pulled, set())
            for mk in body:
                marks[mk["id_str"]] = (mk, pulled, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for day in days(d(m[2]), d(m[3])):
                log_group_scopes[(m[1], day)] = pulled
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, pulled, where)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d+)/log-entries", req):
            log_lesson_scopes[m[1]] = pulled
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, pulled, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            hw_ranges.append((pulled, d(m[1]), d(m[2]), {w["id_str"] for w in body["works"]}))
            for w in body["works"]:
                works[w["id_str"]] = (w, pulled, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)",
                               req):
            p = m[1]
            for day in body["days"]:
                ids_ = set()
                for fl in day["lessons"]:
                    ids_.add(str(fl["id"]))
                    hours[(p, str(fl["id"]))] = fl["hours"]
                    rooms[(p, str(fl["id"]))] = fl["place"]
                bundle_days[(p, d(day["date"]))] = (pulled, ids_, where)
                for w in day["homeworks"]:
                    works[w["id_str"]] = (w, pulled, where)

    # R1 membership
    def member(g, p, day):
        if g in class_persons:
            return p in class_persons[g]
        seq = lists.get(g, [])
        start, end = None, None
        for i, (pulled, students) in enumerate(seq):
            status = students.get(p)
            if status == "Active":
                if start is None:
                    start = studyyear_start if i == 0 else seq[i - 1][0].date() + dt.timedelta(days=1)
                end = None
            elif status == "Archive" and start is not None and end is None:
                end = seq[i - 1][0].date() + dt.timedelta(days=1)
        return start is not None and start <= day and (end is None or day < end)

    def held(lid):
        info = lessons[lid]
        return lid in range_days.get((info["g"], info["date"]), (None, set()))[1]

    class_of = {p: g for g, ps in class_persons.items() for p in ps}

    def excluded(p, info):
        """R3: a class lesson his own latest list of the day lacks while a classmate's has it."""
        if info["g"] != class_of[p]:
            return False
        own = bundle_days.get((p, info["date"]))
        if own is None or info["id"] in own[1]:
            return False
        return any(info["id"] in bundle_days.get((q, info["date"]), (None, set()))[1]
                   for q in class_persons[class_of[p]] if q != p)

    def pupil_lessons(p, day):
        return sorted([i for i in lessons.values() if i["date"] == day and held(i["id"]) and member(i["g"], p, day)
                       and not excluded(p, i)], key=lambda i: i["number"])

    watched = sorted({str(c) for kids, _ in children.values() for c in kids})
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            sections = sorted({SECTIONS[r] for r in re.findall(r"R\d", why)}, key=lambda x: (len(x), x))
            facts.append({"kind": kind, **kw, "why": f"{why} [{'; '.join(sections)}]"})

    def gname(g):
        return group_info[g]["name"]

    # lessons (R2-R4)
    for p in watched:
        for day in WATCH_DAYS:
            mine = pupil_lessons(p, day)
            for info in mine:
                fact = {"student": {"person": p}, "date": str(day), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R2/R4 lesson {info['id']} of group «{gname(info['g'])}» in {info['where']}"
                if (p, info["id"]) in hours:
                    a, b = [x.strip() for x in hours[(p, info["id"])].split("-")]
                    fact.update(starts_at=a, ends_at=b, room=rooms[(p, info["id"])])
                    why += f"; hours «{hours[(p, info['id'])]}», place «{rooms[(p, info['id'])]}» of the pupil's own schedules (§0, §3.4)"
                add("lesson", why, **fact)
            have = {(i["subject"], i["number"]) for i in mine}
            for (g, dd), placed in sorted(ever_on_day.items()):
                if dd != day:
                    continue
                for lid, info in sorted(placed.items()):
                    if (info["subject"], info["number"]) in have:
                        continue
                    related = g == class_of[p] or class_of[p] in (group_info[g].get("parentIds_str") or [])
                    if not related:
                        continue
                    if not held(lid):
                        why = f"R2 lesson {lid} ({info['subject']} #{info['number']}) of «{gname(g)}» is lacked by the latest range covering {day}"
                    elif excluded(p, info):
                        why = (f"R3 lesson {lid} ({info['subject']} #{info['number']}) of the class «{gname(g)}»: the pupil's own "
                               f"schedules of {day} lack it, a classmate's list it")
                    elif not member(g, p, day):
                        why = f"R1/R2 lesson {lid} is of «{gname(g)}», a group the pupil is not in on {day}"
                    else:
                        continue
                    add("no_lesson", why, student={"person": p}, date=str(day), number=info["number"],
                        subject=info["subject"])

    # marks (R5)
    def mark_alive(mk, pulled):
        info = lessons[mk["lesson_str"]]
        scope = mark_scopes.get((info["g"], info["date"]))
        return not (scope and scope[0] > pulled)

    latest_marks = {}
    for mid, (mk, pulled, where) in marks.items():
        info = lessons[mk["lesson_str"]]
        scope_pulled = mark_scopes[(info["g"], info["date"])][0]
        latest_marks[mid] = (mk, pulled, where, scope_pulled <= pulled)
    # history of values per mark id: every value any answer gave
    seen_values = {}
    for pulled, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", r["request"]):
            for mk in r["body"]:
                seen_values.setdefault(mk["id_str"], []).append((mk["textValue"] or mk["value"], r["pulled_at"]))
    for mid, (mk, pulled, where, current) in sorted(latest_marks.items()):
        p = mk["person_str"]
        if p not in watched:
            continue
        info = lessons[mk["lesson_str"]]
        wt = str(mk["workType"])
        value = mk["textValue"] or mk["value"]
        base = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"]}
        if current:
            add("mark", f"R5 mark {mid} of {where} on lesson {info['id']} ({info['date']} #{info['number']}); "
                        f"work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
                **base, value=value, weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
            for old, when in seen_values.get(mid, []):
                if old != value:
                    add("no_mark", f"R5 mark {mid} was «{old}» (pulled {when}); the latest range gives «{value}»",
                        **base, value=old)
        else:
            add("no_mark", f"R5 mark {mid} «{value}» of {where} is lacked by the later marks range of "
                           f"«{gname(info['g'])}» covering {info['date']}", **base, value=value)

    # attendance (R6)
    for (lid, p), (e, pulled, where) in sorted(logs.items()):
        if p not in watched:
            continue
        info = lessons[lid]
        later = [x for x in (log_group_scopes.get((info["g"], info["date"])), log_lesson_scopes.get(lid))
                 if x and x > pulled]
        base = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"]}
        if later:
            add("attendance", f"R6 entry ({lid}, {p}) {e['status']} of {where} is lacked by a later complete log of "
                              f"the lesson: no entry, present", **base, meaning="present")
        else:
            add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}", **base,
                code=e["status"], meaning=STATUS[e["status"]])

    # homework (R7)
    for wid, (w, pulled, where) in sorted(works.items()):
        info = lessons.get(w["lesson_str"])
        if info is None:
            continue
        due = d(w["targetDate"])
        removed = any(rp > pulled and a <= info["date"] <= b and a <= due <= b and wid not in ws
                      for rp, a, b, ws in hw_ranges)
        named = {t["person_str"] for t in w["tasks"]}
        subject = subj_names[str(w["subjectId"])]
        for p in watched:
            related = member(info["g"], p, info["date"]) or info["g"] == class_of[p] or \
                class_of[p] in (group_info[info["g"]].get("parentIds_str") or [])
            if not related:
                continue
            if p in named and not removed:
                add("homework", f"R7 Homework work {wid} of {where}: set at lesson {info['id']} ({info['date']}), due "
                                f"{due}, tasks name the pupil", student={"person": p}, subject=subject, text=w["text"],
                    date=str(info["date"]), due=str(due))
            elif p in named:
                add("no_homework", f"R7 Homework work {wid} ({where}) is lacked by a later homeworks range covering "
                                   f"{info['date']} and {due}: removed", student={"person": p}, subject=subject,
                    text=w["text"])
            else:
                add("no_homework", f"R7 Homework work {wid} of «{gname(info['g'])}» ({where}): its tasks do not name "
                                   f"the pupil", student={"person": p}, subject=subject, text=w["text"])

    # final marks (R8)
    period_names = {}
    for g, (body, where) in rpg.items():
        for rp in body["reportingPeriods"]:
            period_names[rp["id_str"]] = rp["name"]
    history = {}
    for pulled, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/final-marks", r["request"]):
            for entry in r["body"]:
                for s in entry["per-subject-final-marks"]:
                    fm = s["final-mark"]
                    history.setdefault((entry["person_str"], s["subject_str"]), set()).add(fm["textValue"] or fm["value"])
    all_final_subjects = set()
    for g, (body, where) in sorted(finals.items()):
        for entry in body:
            p = entry["person_str"]
            period = period_names[entry["reportingPeriod_str"]]
            for s in entry["per-subject-final-marks"]:
                all_final_subjects.add(s["subject_str"])
                if p not in watched:
                    continue
                fm = s["final-mark"]
                value = fm["textValue"] or fm["value"]
                subject = subj_names[s["subject_str"]]
                add("final_mark", f"R8 {where}: {subject} «{value}»", student={"person": p}, subject=subject,
                    period=period, value=value)
                for old in sorted(history[(p, s["subject_str"])] - {value}):
                    add("no_final_mark", f"R8 the earlier answer's «{old}» was replaced by «{value}» in {where}",
                        student={"person": p}, subject=subject, period=period, value=old)
    for g, (body, where) in sorted(finals.items()):
        for entry in body:
            p = entry["person_str"]
            if p not in watched:
                continue
            mine = {s["subject_str"] for s in entry["per-subject-final-marks"]}
            for sid in sorted(all_final_subjects - mine):
                add("no_final_mark", f"R8 {where}: the pupil's entry lists no {subj_names[sid]} (not his subject)",
                    student={"person": p}, subject=subj_names[sid], period=period_names[entry["reportingPeriod_str"]])

    # holidays, periods (R9)
    for p in watched:
        body, where = rpg[class_of[p]]
        for day in HOLIDAY_DAYS:
            for h in body["holidays"]:
                if d(h["dateStart"]) <= day <= d(h["dateFinish"]):
                    add("holiday", f"R9 «{h['name']}» of the class's list in {where}", student={"person": p},
                        date=str(day), name=h["name"], once=True)
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            add("period", f"R9 {where}", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R9 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

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
