"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins.
R1  Membership (§3.8). A member list states who is in a group when it was pulled: `POST edu-groups` gives every
    pupil with `membershipstatus` `Active` or `Archive`; `edu-groups/{g}/persons` lists the active ones. The lists
    carry no dates, so a school day belongs to the state of the group's latest list pulled before the day's first
    lesson (08:30): a change entered during a day (between the 07:00 and the 19:00 list) holds from the next day.
    Except: a pupil whom the journal names on a lesson of the group that day (his mark §3.1, his log entry §3.5, his
    homework task §3.6) was in the group that day (Вика joined the elective at 08:00 and has a mark in its 13:25
    lesson). A subgroup (`parentIds`, §3.8) is a group like the others: a pupil sees its lessons only on his days in
    it.
R2  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the group's whole list of each day
    it covers; a lesson's topic is its latest statement (`title`, §3.4). A pupil's day shows the lessons of the
    groups he is in that day (R1), and none of the other groups' (no_lesson, where no lesson of his has that
    subject and number that day). Start: the clock of `date` (§2, school-local); end: the `Finish` of the bell item
    of its number (§3.14) of the group's class (a subgroup's: its parent's).
R3  Marks (§3.1): the latest statement of each mark id; a later group marks range (§7) or a pupil's own marks range
    covering the lesson's day that lacks it means it was deleted (no_mark). A mark shows at its lesson, with its
    work type's `title` and `weight` (§3.3) and `use_avg_calc`. Marks of days before a move stay.
R4  Attendance (§3.5, §6): the latest entry of (lesson, person); a later group log range covering the lesson's day,
    or the lesson's own `lessons/{l}/log-entries` (its whole log), that lacks it removes it: present again.
    Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, the code is the status string.
R5  Homework (§3.2, §3.6, §3.7): a `Homework` work is set at its lesson for the pupils its `tasks` name (the
    group's pupils that day): homework for them, no_homework for a pupil of the group's family it does not name. A
    later lessons answer whose lesson lacks the work in `works[]` (§3.4), or a homeworks range covering its lesson
    and due days that lacks it (§3.7), withdraws it: no_homework for everybody.
R6  Periods (§3.12) by name and dates; a parent's children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
ANYA, BORIS, VIKA, GLEB, EGOR = "1000012740101", "2260325488574300102", "1000012740103", "1000012740104", \
    "1000012740202"


def day_of(s):
    return dt.date.fromisoformat(s[:10])


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(dt.datetime.fromisoformat(r["pulled_at"]), i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (x[0], x[1]))

    weights, wt_names, groups, bells = {}, {}, {}, {}
    lists = []  # (pulled, group, {person: status})
    children, rpg = {}, {}
    day_lessons = {}  # (group, day) -> {lesson id} of the latest range covering the day
    lessons = {}  # lesson id -> info (latest statement)
    marks, deleted_marks = {}, {}
    logs, deleted_logs = {}, {}
    homework, withdrawn = {}, {}
    subj_names = {}

    def state_lesson(lesson, where):
        lid = lesson["id_str"]
        lessons[lid] = {"id": lid, "g": str(lesson["group"]), "date": day_of(lesson["date"]),
                        "number": lesson["number"], "subject": lesson["subject"]["name"], "title": lesson["title"],
                        "clock": lesson["date"][11:16], "where": where}
        subj_names[str(lesson["subject"]["id_str"])] = lesson["subject"]["name"]
        listed = set()
        for w in lesson["works"]:
            if w["type"] == "Homework":
                listed.add(w["id_str"])
                homework[w["id_str"]] = (w, lid, where)
                withdrawn.pop(w["id_str"], None)
        for wid, (w, wl, _) in homework.items():  # §3.4: a lesson's works are all its works
            if wl == lid and wid not in listed:
                withdrawn[wid] = where

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = {"name": g["name"], "parent": (g["parentIds_str"] or [None])[0]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            lists.append((pulled, m[1], {p["id_str"]: "Active" for p in body}, where))
        elif req == "POST /v2/edu-groups":
            for entry in body:
                lists.append((pulled, entry["group"]["id_str"],
                              {s["person"]["id_str"]: s["membershipstatus"] for s in entry["students"]}, where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(d, item["LessonNumber"]): item["Finish"][11:16] for t in body for item in t["Items"]
                           for d in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(m[1], d)] = set()
            for lesson in body:
                state_lesson(lesson, where)
                day_lessons[(m[1], day_of(lesson["date"]))].add(lesson["id_str"])
        elif (m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req)) or \
                (m2 := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req)):
            mm = m or m2
            a, b = dt.date.fromisoformat(mm[2]), dt.date.fromisoformat(mm[3])
            got = {mk["id_str"] for mk in body}
            for mid, (mk, _) in list(marks.items()):
                lesson = lessons[mk["lesson_str"]]
                scope = lesson["g"] == mm[1] if m else mk["person_str"] == mm[1]
                if scope and a <= lesson["date"] <= b and mid not in got:
                    deleted_marks[mid] = (marks.pop(mid)[0], where)
            for mk in body:
                if mk["id_str"] in marks and marks[mk["id_str"]][0]["value"] != mk["value"]:
                    deleted_marks[mk["id_str"] + "-old"] = (marks[mk["id_str"]][0], where)
                marks[mk["id_str"]] = (mk, where)
                deleted_marks.pop(mk["id_str"], None)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            got = {(e["lesson_str"], e["person_str"]) for e in body}
            for key in list(logs):
                lesson = lessons[key[0]]
                if lesson["g"] == m[1] and a <= lesson["date"] <= b and key not in got:
                    deleted_logs[key] = (logs.pop(key)[0], where)
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
                deleted_logs.pop((e["lesson_str"], e["person_str"]), None)
        elif m := re.fullmatch(r"GET /v2/lessons/(\d+)/log-entries", req):
            got = {(e["lesson_str"], e["person_str"]) for e in body}
            for key in list(logs):
                if key[0] == m[1] and key not in got:
                    deleted_logs[key] = (logs.pop(key)[0], where)
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            got = {w["id_str"] for w in body["works"]}
            for wid, (w, lid, _) in homework.items():
                if wid not in got and a <= lessons[lid]["date"] <= b and a <= day_of(w["targetDate"]) <= b:
                    withdrawn[wid] = where
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
                withdrawn.pop(w["id_str"], None)

    # R1 membership per school day
    school_days = sorted({d for (_, d), ls in day_lessons.items() if ls})
    named = set()  # (person, group, day) the journal names the pupil on a lesson of
    for mk, _ in marks.values():
        lesson = lessons[mk["lesson_str"]]
        named.add((mk["person_str"], lesson["g"], lesson["date"]))
    for (lid, p), (e, _) in logs.items():
        named.add((p, lessons[lid]["g"], lessons[lid]["date"]))
    for wid, (w, lid, _) in homework.items():
        if wid not in withdrawn:
            for t in w["tasks"]:
                named.add((t["person_str"], lessons[lid]["g"], lessons[lid]["date"]))

    def member(p, g, d):
        cutoff = dt.datetime.combine(d, dt.time(8, 30)).replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))
        latest = None
        for pulled, gg, state, where in lists:
            if gg == g and pulled < cutoff:
                latest = (state.get(p) == "Active", where)
        if (p, g, d) in named:
            return True, "named on a lesson of the group that day (R1)"
        return latest if latest else (False, "no list")

    def groups_of(p, d):
        return {g: member(p, g, d)[1] for g in groups if member(p, g, d)[0]}

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def current(g, d):
        return sorted((lessons[lid] for lid in day_lessons.get((g, d), ())), key=lambda x: x["number"])

    def klass(g):
        return groups[g]["parent"] or g

    # who is looked at, and on what: (days or None = all, subjects or None = all)
    english, robo = {"Английский язык"}, {"Робототехника"}
    b_days = {dt.date(2026, 11, x) for x in (19, 20, 23, 24, 26)} | {dt.date(2026, 12, x) for x in (2, 3, 4)}
    watch = {ANYA: (None, english), BORIS: (b_days, None), VIKA: (None, robo), GLEB: (None, english | robo),
             EGOR: ({dt.date(2026, 11, 23)}, None)}
    family = {ANYA: {"GE1", "GE2"}, BORIS: {"G7A", "G7B", "GE2"}, VIKA: {"GRB"}, GLEB: {"GE1", "GE2", "GRB"},
              EGOR: {"G7B"}}
    gid = {"G7A": "2260325488574100071", "G7B": "2260325488574100072", "GE1": "2260325488574100711",
           "GE2": "2260325488574100712", "GRB": "2260325488574100719"}
    family = {p: {gid[x] for x in fs} for p, fs in family.items()}

    for p, (only_days, only_subjects) in watch.items():
        for d in school_days:
            if only_days is not None and d not in only_days:
                continue
            mine = groups_of(p, d)
            seen = []
            for g, why_member in sorted(mine.items()):
                for info in current(g, d):
                    seen.append((info["subject"], info["number"]))
                    if only_subjects is not None and info["subject"] not in only_subjects:
                        continue
                    fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                            "subject": info["subject"], "topic": info["title"], "starts_at": info["clock"]}
                    end = bells.get(klass(g), {}).get((d.strftime("%A"), info["number"]))
                    if end:
                        fact["ends_at"] = end
                    if groups[g]["parent"]:
                        fact["group_label"] = groups[g]["name"]
                    add("lesson", f"R1/R2 lesson {info['id']} of group {g} «{groups[g]['name']}» ({info['where']}); "
                                  f"the pupil is in the group that day: {why_member}; end from the bells of "
                                  f"{klass(g)} (§3.14)", **fact)
            for g in sorted(family[p] - set(mine)):
                for info in current(g, d):
                    if only_subjects is not None and info["subject"] not in only_subjects:
                        continue
                    if (info["subject"], info["number"]) in seen:
                        continue
                    add("no_lesson", f"R1/R2 lesson {info['id']} is of group {g} «{groups[g]['name']}», which the "
                                     f"pupil is not in on {d} ({member(p, g, d)[1]})",
                        student={"person": p}, date=str(d), number=info["number"], subject=info["subject"])

    # R3 marks: every mark of the movers; Глеб's in English and the elective
    def mark_looked(p, info):
        return p in (ANYA, BORIS, VIKA) or (p == GLEB and info["subject"] in english | robo)

    for mid, (mk, where) in sorted(marks.items()):
        p, info = mk["person_str"], lessons[mk["lesson_str"]]
        if p not in watch or not mark_looked(p, info):
            continue
        wt = str(mk["workType"])
        add("mark", f"R3 mark {mid} ({mk['date']}) of {where} on lesson {info['id']} of group {info['g']} "
                    f"(#{info['number']}, {info['date']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
    for mid, (mk, where) in sorted(deleted_marks.items()):
        p, info = mk["person_str"], lessons[mk["lesson_str"]]
        now = marks.get(mid.removesuffix("-old"))
        if now and now[0]["value"] == mk["value"]:
            continue
        what = f"corrected to «{now[0]['value']}»" if now else "deleted"
        add("no_mark", f"R3 mark {mid.removesuffix('-old')} «{mk['value']}» on lesson {info['id']} ({info['date']}) "
                       f"is {what}: {where}", student={"person": p}, date=str(info["date"]),
            subject=info["subject"], number=info["number"], value=mk["value"])

    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lessons[lid]
        if p not in watch:
            continue
        add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
    for (lid, p), (e, where) in sorted(deleted_logs.items()):
        info = lessons[lid]
        if p in watch and (lid, p) not in logs:
            add("attendance", f"R4 entry ({lid}, {p}) {e['status']} was removed: {where} lacks it; present again",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                meaning="present")

    # R5 homework
    for wid, (w, lid, where) in sorted(homework.items()):
        info = lessons[lid]
        subject = subj_names[str(w["subjectId"])]
        tasked = {t["person_str"] for t in w["tasks"]}
        for p in watch:
            if info["g"] not in family[p]:
                continue
            if wid in withdrawn:
                add("no_homework", f"R5 Homework work {wid} «{w['text']}» of lesson {lid} ({info['date']}) was "
                                   f"withdrawn: {withdrawn[wid]}", student={"person": p}, subject=subject,
                    text=w["text"])
            elif p in tasked:
                add("homework", f"R5 Homework work {wid} of {where}: set at lesson {lid} of group {info['g']} "
                                f"({info['date']}) with a task for the pupil (§3.6), due {w['targetDate'][:10]}",
                    student={"person": p}, subject=subject, text=w["text"], date=str(info["date"]),
                    due=w["targetDate"][:10])
            else:
                add("no_homework", f"R5 Homework work {wid} of lesson {lid} of group {info['g']} ({info['date']}) "
                                   f"names no task of the pupil (§3.6): set for the group's pupils of that day",
                    student={"person": p}, subject=subject, text=w["text"])

    # R6 periods and children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R6 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
