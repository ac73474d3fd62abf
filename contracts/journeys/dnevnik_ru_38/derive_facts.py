#!/usr/bin/env python3
"""Derive facts.json from journey.json as the Dnevnik.ru reference (shared/reference/dnevnik_ru.md) reads it.

Standard library only; never imports the hub; deterministic. The answers are replayed in push order (which is also
their pull order here). §N = the reference's section.

R1  Ids: the `_str` twin wins, else the exact integer (§1); JSON numbers are read as their literal text.
R2  Reporting periods and holidays (§3.12): a group's `reporting-period-group` lists its periods (`name`, `start`,
    `finish`: the date part is the day) and its holidays (`name`, `dateStart`..`dateFinish`). A group is one school
    year's group: `studyyear` is the year its school year starts (§3.8).
R3  Membership (§3.8): a pupil a group's list (`edu-groups/{g}/persons`, `POST edu-groups` `students`) shows is its
    member; the first list of a group makes its pupils members from 1 September of its `studyyear`; a pupil first
    shown by a later list is, for the facts below, counted a member only from the day after the pull of the list that
    first showed him (§3.8 gives no dates: the day he joined lies between the two lists; facts take only days that
    are his for certain). Every membership of a group ends with its school year, on 31 August of `studyyear` + 1
    (the `Archive` status of last year's class says no more, §3.8). Subgroups (`parentIds`) are groups of their own:
    their lessons are their members' only.
R4  Lessons (§3.4; the schedules bundle's flattened lessons, its group from the path): a lesson shows on its date
    with its `number`, its subject's name and its `title` (the topic) to the members of its group that day. Facts
    are written for: a class's first-listed pupil read through a guardian (8В), every member of a subgroup (the
    retakes), and in a class of a new school year the pupils new to the school and those first shown by a later
    list (9В: the newcomer, the conditionally promoted pupil on the days R3 makes his).
R5  no_lesson: a subgroup's lesson shows to no pupil of its class outside the subgroup (§3.8), written for the
    class's pupils read through a guardian; a lesson of a school year shows to no pupil who was in no group of that
    school year (the newcomer), written for the lessons after that school year's last period ended (the retakes).
R6  Marks (§3.1): an ordinary mark (with a `lesson`) shows under its lesson's date in the lesson's subject, its text
    `textValue` (else `value`) as written; weight and name are its work type's (§3.3 standalone `weight`, `title`);
    it counts when `use_avg_calc` is true (mark5). The latest pull wins: a mark re-sent under its id with another
    value is corrected; a complete answer lacking a mark it covers deletes it: a group's marks range covers the
    group's lessons dated within it, a pupil's schedules bundle his marks of its lessons, a pupil's persons range
    his marks of lessons dated within it.
R7  no_mark: a deleted mark (R6) is not shown (its value, that day and subject). A final mark (R10) is no diary mark
    (§3.1 "lesson: null for period and final marks", §3.13): for each final mark a marks range brought, on its date
    and in its subject, no mark shows when the pupil has no ordinary mark there that day, else no mark of the final's
    value when no ordinary mark of his has that value there; written for pupils read through a guardian.
R8  Attendance (§3.5, §6): the latest log entry of (lesson, person) wins (a group range covers the group's lessons
    of its days: an entry it lacks is no entry); each entry not `Attend` is a fact: Absent -> absent, Ill -> ill,
    Late -> late with their code; Pass by its code only (its meaning is disputed, §6).
R9  Homework (§3.2 type Homework, §3.6 tasks): a homework work shows to each pupil its tasks name, with its `text`,
    set on its lesson's date and due on its `targetDate` (written for the class's first-listed pupil); a pupil of
    the school never in its group (the newcomer) never sees it (no_homework).
R10 Final marks (§3.13): `edu-groups/{g}/final-marks` is the whole list of the group's final marks at its pull,
    each in the column of its `reportingPeriod` (named by that period's `name`, R2); an entry with `reportingPeriod`
    null is the exam column (§3.13 SOAP insertFinalMark Exam; README assumption A1: named by the mark's work type
    `title`, «Экзамен»); `persons/{p}/edu-groups/{g}/allfinalmarks` is the whole list of that pupil's in the group,
    each Mark's Work naming its column (`PeriodMark` + `periodType`/`periodNumber` of the work's `eduGroup`; `Exam`:
    the exam column); a marks range's Marks with `lesson` null on such works are final marks too, and the range
    deletes only a final mark whose latest known `date` lies within it. The latest pull wins: a final re-sent under
    its id with another value and date (Смирнов, August) is that value in the same column, whatever its date; one a
    later whole list lacks is gone and a new id in its place is the column's mark (Орлова, June). Every final left is
    a `final_mark` fact, its text as written.
R11 Periods (§3.12, §3.8): a pupil sees each period of every group he is a member of in any school year (R3);
    written for the conditionally promoted pupil and the newcomer.
R12 no_period: a pupil who was in no group of a school year sees none of its periods or its exam column, unless a
    group of his carries a period of that name (the newcomer: nothing of 8В's 2025/26).
R13 Holidays (§3.12): a group's holiday shows in its members' diaries on each of its days: written on the last day
    of 8В's summer holidays and on each retake day for the retake's pupil (the retake is held in the holidays), and
    on the first day of 9В's first holidays, for the class's first pupil read through a guardian.
R14 no_holiday: a group's holiday shows on no day outside it (8В's summer holidays end on 31 August: not on
    1 September, for its pupils now in 9В) and to no pupil who is not its group's member (the newcomer, on its first
    and last day).
R15 Class teacher (§3.9 `edu-groups/{g}/classteacher`, a Person): the class's teacher, "Last First Middle".
R16 Children (§3.9 context): a parent's latest `users/{u}/context` `children` are his children (guardian = his
    `personId`).
R17 Journal averages (§3.13 `avg-marks/{from}/{to}`): `avg-mark-value` as sent, the latest pull; an average whose
    range equals a period's first and last day is that period's (8В «Год»); another range is a bare span (9В's
    first week). Written for pupils read through a guardian.
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(o, k):
    if isinstance(o, dict) and o.get(k + "_str") not in (None, ""):
        return str(o[k + "_str"])
    v = o.get(k) if isinstance(o, dict) else None
    return None if v is None else str(v)


def day_after(d):
    return (dt.date.fromisoformat(d) + dt.timedelta(days=1)).isoformat()


def path_of(request):
    return re.sub(r"^(GET|POST) ", "", request).split("?")[0]


def query_of(request):
    q = request.split("?", 1)[1] if "?" in request else ""
    return dict(part.split("=", 1) for part in q.split("&") if "=" in part)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"), parse_float=lambda s: s)
    records = [(step["name"].split(".")[0], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    subjects, wtypes, works, groups, periods, holidays = {}, {}, {}, {}, {}, {}
    lists, lessons, marks, finals, log, homework, averages, contexts, teachers_of = {}, {}, {}, {}, {}, {}, {}, {}, {}
    persons = {}

    def note_person(p):
        persons[sid(p, "id")] = f"{p['lastName']} {p['firstName']}"

    def note_work(w):
        works[sid(w, "id")] = w

    def note_lesson(lesson, group, step, request):
        lid = sid(lesson, "id")
        subj = sid(lesson["subject"], "id") if "subject" in lesson else str(lesson["subjectId"])
        if "subject" in lesson:
            subjects[subj] = lesson["subject"]["name"]
        lessons[lid] = {"group": group, "date": lesson["date"][:10], "number": lesson["number"], "subject": subj,
                        "title": lesson["title"], "step": step, "request": request}
        for w in lesson.get("works", []):
            if isinstance(w, dict):
                note_work(w)

    def final_column(m, group_hint=None):
        """(group, column name) of a final mark by its work (R10)."""
        w = works.get(sid(m, "work"))
        if w is None:
            return None
        g = sid(w, "eduGroup") or group_hint
        if w["type"] == "Exam":
            return g, wtypes[str(w["workType"])]["title"]
        p = next((p for p in periods.get(g, []) if p["type"] == w["periodType"] and p["number"] == w["periodNumber"]),
                 None)
        return (g, p["name"]) if p else None

    def set_final(m, group, column, subject, step, request):
        finals[sid(m, "id")] = {"person": sid(m, "person"), "group": group, "column": column, "subject": subject,
                                "text": m.get("textValue") or m["value"], "date": m["date"][:10], "step": step,
                                "request": request, "id": sid(m, "id")}

    def take_marks(body, step, request, pulled, covers):
        """Ordinary marks of an answer (R6), and its final marks (R10); covers(lesson info) says what it is whole for."""
        held, held_final = set(), set()
        for m in body:
            if m.get("lesson") is None and m.get("lesson_str") is None:
                col = final_column(m)
                if col:
                    w = works[sid(m, "work")]
                    set_final(m, col[0], col[1], str(w["subjectId"]), step, request)
                    held_final.add(sid(m, "id"))
                continue
            mid = sid(m, "id")
            held.add(mid)
            lesson = lessons[sid(m, "lesson")]
            wt = wtypes[str(m["workType"])]
            marks[mid] = {"person": sid(m, "person"), "lesson": sid(m, "lesson"), "date": lesson["date"],
                          "subject": lesson["subject"], "text": m.get("textValue") or m["value"],
                          "weight": wt["weight"], "work_type": wt["title"],
                          "counts": bool(m["use_avg_calc"]) and m["type"].lower() == "mark5",
                          "step": step, "request": request, "id": mid, "deleted": None}
        for mid, m in marks.items():
            if mid not in held and m["deleted"] is None and covers(m):
                m["deleted"] = (step, request)
        return held_final

    for step, r in records:
        request, body, pulled = r["request"], r["body"], r["pulled_at"]
        path = path_of(request)
        q = query_of(request)
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            for s in body:
                subjects[sid(s, "id")] = s["name"]
        elif re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                wtypes[sid(w, "id")] = {"title": w["title"], "weight": w["weight"], "kind": w["kind"]}
        elif re.fullmatch(r"/v2/edu-groups/\d+", path):
            groups[sid(body, "id")] = body
        elif re.fullmatch(r"/v2/schools/\d+/edu-groups", path):
            for g in body:
                groups[sid(g, "id")] = g
        elif re.fullmatch(r"/v2/edu-groups/\d+/persons", path):
            g = path.split("/")[3]
            for p in body:
                note_person(p)
            lists.setdefault(g, []).append((pulled[:10], [sid(p, "id") for p in body], step, request))
        elif path == "/v2/edu-groups" and request.startswith("POST"):
            for entry in body:
                g = entry["group"]
                groups[sid(g, "id")] = g
                for s in entry["students"]:
                    note_person(s["person"])
                lists.setdefault(sid(g, "id"), []).append(
                    (pulled[:10], [sid(s["person"], "id") for s in entry["students"]
                                   if s.get("membershipstatus", "Active") == "Active"], step, request))
        elif re.fullmatch(r"/v2/edu-groups/\d+/classteacher", path):
            teachers_of[path.split("/")[3]] = (f"{body['lastName']} {body['firstName']} {body['middleName']}", step,
                                               request)
        elif re.fullmatch(r"/v2/edu-groups/\d+/reporting-period-group", path):
            g = path.split("/")[3]
            periods[g] = [{"id": sid(p, "id"), "name": p["name"], "start": p["start"][:10], "finish": p["finish"][:10],
                           "type": p["type"], "number": p["number"], "step": step, "request": request}
                          for p in body["reportingPeriods"]]
            holidays[g] = [{"name": h["name"], "start": h["dateStart"][:10], "finish": h["dateFinish"][:10],
                            "step": step, "request": request} for h in body["holidays"]]
        elif re.fullmatch(r"/v2/users/\d+/context", path):
            contexts[sid(body, "userId")] = {"person": sid(body, "personId"),
                                             "children": [sid(c, "personId") for c in body["children"]],
                                             "step": step, "request": request}
        elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", path):
            g = path.split("/")[3]
            for lesson in body:
                note_lesson(lesson, str(lesson["group"]), step, request)
        elif path == "/v2/works/many":
            for w in body:
                note_work(w)
        elif re.fullmatch(r"/v2/persons/\d+/school/\d+/homeworks", path):
            for w in body["works"]:
                note_work(w)
        elif re.fullmatch(r"/v2/persons/\d+/groups/\d+/schedules", path):
            p, g = path.split("/")[3], path.split("/")[5]
            day_ids = set()
            for day in body["days"]:
                for s in day["subjects"]:
                    subjects.setdefault(str(s["id"]), s["name"])
                for w in day["works"] + day["homeworks"]:
                    note_work(w)
                for lesson in day["lessons"]:
                    note_lesson(lesson, g, step, request)
                    day_ids.add(sid(lesson, "id"))
            all_marks = [m for day in body["days"] for m in day["marks"]]
            take_marks(all_marks, step, request, pulled, lambda m, p=p, d=day_ids: m["person"] == p and m["lesson"] in d)
            for day in body["days"]:
                lesson_ids = {sid(l, "id") for l in day["lessons"]}
                for key in [k for k in log if k[0] in lesson_ids and k[1] == p]:
                    del log[key]
                for e in day["lessonLogEntries"]:
                    log[(sid(e, "lesson"), sid(e, "person"))] = (e["status"], step, request)
        elif re.fullmatch(r"/v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", path):
            g, a, b = path.split("/")[3], path.split("/")[5], path.split("/")[6]
            held_final = take_marks(body, step, request, pulled,
                                    lambda m, g=g, a=a, b=b: lessons[m["lesson"]]["group"] == g and a <= m["date"] <= b)
            for fid in [k for k, f in finals.items() if f["group"] == g and a <= f["date"] <= b and k not in held_final]:
                del finals[fid]
        elif re.fullmatch(r"/v2/persons/\d+/schools/\d+/marks/[\d-]+/[\d-]+", path):
            p, a, b = path.split("/")[3], path.split("/")[7], path.split("/")[8]
            held_final = take_marks(body, step, request, pulled,
                                    lambda m, p=p, a=a, b=b: m["person"] == p and a <= m["date"] <= b)
            for fid in [k for k, f in finals.items() if f["person"] == p and a <= f["date"] <= b
                        and k not in held_final]:
                del finals[fid]
        elif path.startswith("/v2/lesson-log-entries/group/"):
            g = path.split("/")[4]
            a, b = q["from"], q["to"]
            covered = {lid for lid, l in lessons.items() if l["group"] == g and a <= l["date"] <= b}
            for key in [k for k in log if k[0] in covered]:
                del log[key]
            for e in body:
                log[(sid(e, "lesson"), sid(e, "person"))] = (e["status"], step, request)
        elif re.fullmatch(r"/v2/edu-groups/\d+/final-marks", path):
            g = path.split("/")[3]
            held = set()
            for entry in body:
                rp = sid(entry, "reportingPeriod")
                for psm in entry["per-subject-final-marks"]:
                    m = psm["final-mark"]
                    if m is None:
                        continue
                    if rp is None:
                        column = wtypes[str(m["workType"])]["title"]       # assumption A1
                    else:
                        column = next(p["name"] for p in periods[g] if p["id"] == rp)
                    set_final(m, g, column, sid(psm, "subject"), step, request)
                    held.add(sid(m, "id"))
            for fid in [k for k, f in finals.items() if f["group"] == g and k not in held]:
                del finals[fid]
        elif path.endswith("/allfinalmarks"):
            p, g = path.split("/")[3], path.split("/")[5]
            for w in body["works"]:
                note_work(w)
            for s in body["subjects"]:
                subjects.setdefault(str(s["id"]), s["name"])
            held = set()
            for m in body["marks"]:
                col = final_column(m, g)
                set_final(m, col[0], col[1], str(works[sid(m, "work")]["subjectId"]), step, request)
                held.add(sid(m, "id"))
            for fid in [k for k, f in finals.items() if f["group"] == g and f["person"] == p and k not in held]:
                del finals[fid]
        elif re.fullmatch(r"/v2/edu-groups/\d+/avg-marks/[\d-]+/[\d-]+", path):
            g, a, b = path.split("/")[3], path.split("/")[5], path.split("/")[6]
            for entry in body:
                for s in entry["per-subject-averages"]:
                    averages[(sid(entry, "person"), sid(s, "subject"), g, a, b)] = (s["avg-mark-value"], step, request)

    # --- memberships (R3) -----------------------------------------------------------------------------------------
    def year_of(g):
        return int(groups[g]["studyyear"])

    members = {}   # (group, person) -> (from, to)
    for g, ls in lists.items():
        start_year = f"{year_of(g)}-09-01"
        end_year = f"{year_of(g) + 1}-08-31"
        first_pids = ls[0][1]
        for i, (pulled, pids, _, _) in enumerate(ls):
            for p in pids:
                if (g, p) not in members:
                    members[(g, p)] = (start_year if i == 0 else day_after(pulled), end_year)

    def member(g, p, day):
        span = members.get((g, p))
        return span is not None and span[0] <= day <= span[1]

    def group_name(g):
        return groups[g]["name"]

    def parent_of(g):
        ids = groups[g].get("parentIds_str") or groups[g].get("parentIds") or []
        return str(ids[0]) if ids else None

    guarded = [c for ctx in contexts.values() for c in ctx["children"]]
    guarded = list(dict.fromkeys(guarded))
    classes = [g for g in lists if not parent_of(g)]
    first_of = {g: next(p for p in lists[g][0][1] if p in guarded) for g in classes}
    years = sorted({year_of(g) for g in lists})
    in_year = {y: {p for (g, p) in members if year_of(g) == y} for y in years}
    school_pupils = {p for (_, p) in members}

    def new_in(g, p):
        """A pupil of class g new to the school that year, or first shown by a later list of g."""
        y = year_of(g)
        return (y - 1 in in_year and p not in in_year[y - 1]) or p not in lists[g][0][1]

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": None, "kind": kind, **kw, "why": why})

    def stu(p):
        return {"student": {"person": p}}

    # --- lessons (R4) and no_lesson (R5) ----------------------------------------------------------------------------
    for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["group"], kv[1]["number"])):
        g = l["group"]
        cls = parent_of(g) or g
        if parent_of(g):
            who = [p for (gg, p) in members if gg == g and member(g, p, l["date"])]
        elif g in classes and year_of(g) == years[0]:
            who = [first_of[g]] if member(g, first_of[g], l["date"]) else []
        else:
            who = [p for (gg, p) in members if gg == g and member(g, p, l["date"]) and p in guarded and new_in(g, p)]
        for p in sorted(who):
            add("lesson", f"step {l['step']}: {l['request']}: lesson {lid} of «{group_name(g)}» (§3.4: `title` is the "
                          f"topic, `number` the slot), shown to its member {persons[p]} (R3, R4)",
                **stu(p), date=l["date"], number=l["number"], subject=subjects[l["subject"]], topic=l["title"])
        if parent_of(g):
            for p in sorted(p for (gg, p) in members if gg == cls and p in guarded and member(cls, p, l["date"])
                            and not member(g, p, l["date"])):
                add("no_lesson", f"step {l['step']}: {l['request']}: lesson {lid} belongs to the subgroup "
                                 f"«{group_name(g)}» of «{group_name(cls)}» (§3.8 parentIds), of which {persons[p]} is "
                                 f"no member: a classmate does not see it (R5)",
                    **stu(p), date=l["date"], number=l["number"], subject=subjects[l["subject"]])
        y = year_of(g)
        year_end = max((x["finish"] for c in classes if year_of(c) == y for x in periods.get(c, [])), default="")
        if l["date"] > year_end:
            for p in sorted(school_pupils - in_year[y]):
                if p in guarded:
                    add("no_lesson", f"step {l['step']}: {l['request']}: lesson {lid} of «{group_name(g)}» "
                                     f"(school year {y}/{y + 1}); {persons[p]} was in no group of that school year "
                                     f"(§3.8, R5)",
                        **stu(p), date=l["date"], number=l["number"], subject=subjects[l["subject"]])

    # --- marks (R6), no_mark (R7) ----------------------------------------------------------------------------------
    for mid, m in sorted(marks.items(), key=lambda kv: (kv[1]["date"], kv[1]["person"], kv[0])):
        if m["deleted"]:
            continue
        add("mark", f"step {m['step']}: {m['request']}: Mark {mid} of lesson {m['lesson']} (mark5, §3.1, §5), under "
                    f"its lesson's date; weight and title of its work type (§3.3 standalone); use_avg_calc (R6)",
            **stu(m["person"]), date=m["date"], subject=subjects[m["subject"]], value=m["text"], weight=m["weight"],
            work_type=m["work_type"], counts=m["counts"])
    for mid, m in sorted(marks.items(), key=lambda kv: kv[0]):
        if m["deleted"]:
            alive = [x for x in marks.values() if not x["deleted"] and x["person"] == m["person"] and
                     x["date"] == m["date"] and x["subject"] == m["subject"] and x["text"] == m["text"]]
            if not alive:
                add("no_mark", f"step {m['deleted'][0]}: {m['deleted'][1]}: the complete range no longer holds Mark "
                               f"{mid} «{m['text']}» (set step {m['step']}): deleted (§3.1, R6, R7)",
                    **stu(m["person"]), date=m["date"], subject=subjects[m["subject"]], value=m["text"])
    seen = set()
    range_finals = []
    for step, r in records:
        path = path_of(r["request"])
        if re.fullmatch(r"/v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", path) or \
                re.fullmatch(r"/v2/persons/\d+/schools/\d+/marks/[\d-]+/[\d-]+", path):
            for m in r["body"]:
                if m.get("lesson") is None:
                    range_finals.append((m, step, r["request"]))
    for m, step, request in range_finals:
        p, day = sid(m, "person"), m["date"][:10]
        subj = str(works[sid(m, "work")]["subjectId"])
        if p not in guarded:
            continue
        text = m.get("textValue") or m["value"]
        ordinary = [x for x in marks.values() if not x["deleted"] and x["person"] == p and x["date"] == day
                    and x["subject"] == subj]
        if not ordinary:
            key, kw = (p, day, subj, None), {}
        elif all(x["text"] != text for x in ordinary):
            key, kw = (p, day, subj, text), {"value": text}
        else:
            continue
        if key in seen:
            continue
        seen.add(key)
        add("no_mark", f"step {step}: {request}: Mark {sid(m, 'id')} «{text}» has lesson null and a "
                       f"{works[sid(m, 'work')]['type']} work (§3.1, §3.13): a final mark, not a diary mark of {day} "
                       f"(R7)", **stu(p), date=day, subject=subjects[subj], **kw)

    # --- attendance (R8) -------------------------------------------------------------------------------------------
    meaning = {"Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, p), (status, step, request) in sorted(log.items(), key=lambda kv: (lessons[kv[0][0]]["date"], kv[0])):
        if status == "Attend":
            continue
        l = lessons[lid]
        kw = {"code": status}
        if status in meaning:
            kw["meaning"] = meaning[status]
        add("attendance", f"step {step}: {request}: the latest log entry of lesson {lid} and {persons[p]} is "
                          f"{status} (§3.5, §6; R8)",
            **stu(p), date=l["date"], number=l["number"], subject=subjects[l["subject"]], **kw)

    # --- homework (R9) ---------------------------------------------------------------------------------------------
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework":
            continue
        l = lessons[sid(w, "lesson")]
        named = [sid(t, "person") for t in w["tasks"]]
        for p in named:
            if p == first_of.get(sid(w, "eduGroup")):
                add("homework", f"{l['request']}: Homework work {wid} of lesson {sid(w, 'lesson')} (§3.2): its task "
                                f"names {persons[p]} (§3.6); set on its lesson's date, due on its targetDate (R9)",
                    **stu(p), subject=subjects[l["subject"]], text=w["text"], date=l["date"],
                    due=w["targetDate"][:10])
        for p in sorted(school_pupils - {p for (g, p) in members if g == sid(w, "eduGroup")}):
            if p in guarded:
                add("no_homework", f"{l['request']}: Homework work {wid} is «{group_name(sid(w, 'eduGroup'))}»'s; "
                                   f"{persons[p]} was never in that group and no task names her (§3.2, §3.6, §3.8; R9)",
                    **stu(p), subject=subjects[l["subject"]], text=w["text"])

    # --- final marks (R10) -----------------------------------------------------------------------------------------
    order = {}
    for g, ps in periods.items():
        for i, p in enumerate(ps):
            order[(g, p["name"])] = i
    for fid, f in sorted(finals.items(), key=lambda kv: (kv[1]["person"], order.get((kv[1]["group"], kv[1]["column"]), 99),
                                                        kv[1]["subject"])):
        add("final_mark", f"step {f['step']}: {f['request']} (the latest answer holding it): Mark {fid} "
                          f"«{f['text']}» of «{group_name(f['group'])}» in the column «{f['column']}» (§3.13, §3.12; "
                          f"R10)", **stu(f["person"]), subject=subjects[f["subject"]], period=f["column"],
            value=f["text"])

    # --- periods (R11), no_period (R12) ----------------------------------------------------------------------------
    focus = [p for p in guarded if any(new_in(g, p) and (g, p) in members for g in classes if year_of(g) > years[0])]
    for p in focus:
        for g in [g for g in classes if (g, p) in members]:
            for per in periods.get(g, []):
                add("period", f"step {per['step']}: {per['request']}: period {per['id']} «{per['name']}» of "
                              f"«{group_name(g)}» ({year_of(g)}/{year_of(g) + 1}), a class of this pupil (§3.12, §3.8; "
                              f"R11)", **stu(p), name=per["name"], starts_on=per["start"], ends_on=per["finish"])
    for p in focus:
        own = {per["name"] for g in classes if (g, p) in members for per in periods.get(g, [])}
        for y in years:
            if p in in_year[y]:
                continue
            names = [per["name"] for g in classes if year_of(g) == y for per in periods.get(g, [])]
            names += sorted({f["column"] for f in finals.values() if year_of(f["group"]) == y} - set(names))
            for name in names:
                if name not in own:
                    add("no_period", f"«{name}» is a column of school year {y}/{y + 1} (§3.12, §3.13), in which "
                                     f"{persons[p]} was in no group of the school (§3.8; R12)", **stu(p), name=name)

    # --- holidays (R13), no_holiday (R14) --------------------------------------------------------------------------
    for g in classes:
        p0 = first_of[g]
        for h in holidays.get(g, []):
            if year_of(g) == years[0] and h["name"] == "Летние каникулы":
                days = [h["finish"]]
            elif year_of(g) == years[-1] and h is holidays[g][0]:
                days = [h["start"]]
            else:
                days = []
            for d in days:
                if member(g, p0, d):
                    add("holiday", f"step {h['step']}: {h['request']}: «{h['name']}» {h['start']}..{h['finish']} of "
                                   f"«{group_name(g)}» (§3.12), its member that day (R3, R13)",
                        **stu(p0), date=d, name=h["name"], once=True)
    for lid, l in sorted(lessons.items(), key=lambda kv: kv[1]["date"]):
        g = l["group"]
        cls = parent_of(g)
        if not cls:
            continue
        for h in holidays.get(cls, []):
            if h["start"] <= l["date"] <= h["finish"]:
                for p in sorted(p for (gg, p) in members if gg == g and member(cls, p, l["date"])):
                    add("holiday", f"step {h['step']}: {h['request']}: «{h['name']}» {h['start']}..{h['finish']} of "
                                   f"«{group_name(cls)}»: the retake of lesson {lid} is held in the holidays, which "
                                   f"still show that day (§3.12; R13)", **stu(p), date=l["date"], name=h["name"],
                        once=True)
    for g in classes:
        for h in holidays.get(g, []):
            if h["name"] != "Летние каникулы" or year_of(g) != years[0]:
                continue
            after = day_after(h["finish"])
            for p in sorted(p for (gg, p) in members if gg == g and p in guarded):
                own = [hh for c in classes if member(c, p, after) for hh in holidays.get(c, [])
                       if hh["name"] == h["name"] and hh["start"] <= after <= hh["finish"]]
                if not own:
                    add("no_holiday", f"step {h['step']}: {h['request']}: «{h['name']}» of «{group_name(g)}» ends "
                                      f"{h['finish']}; on {after} none of the pupil's groups has holidays of that name "
                                      f"(§3.12; R14)", **stu(p), date=after, name=h["name"])
            for p in sorted(school_pupils - in_year[year_of(g)]):
                if p in guarded:
                    for d in (h["start"], h["finish"]):
                        add("no_holiday", f"step {h['step']}: {h['request']}: «{h['name']}» {h['start']}..{h['finish']}"
                                          f" is «{group_name(g)}»'s; {persons[p]} was in no group of that school year "
                                          f"(§3.8, §3.12; R14)", **stu(p), date=d, name=h["name"])

    # --- class teachers (R15), children (R16), journal averages (R17) ----------------------------------------------
    for g, (name, step, request) in teachers_of.items():
        d = next(l["date"] for l in sorted(lessons.values(), key=lambda l: l["date"]) if l["group"] == g)
        add("class_teacher", f"step {step}: {request}: the class teacher of «{group_name(g)}» ({year_of(g)}/"
                             f"{year_of(g) + 1}) (§3.9; R15)", group={"group": g}, date=d, teacher=name)
    for user, ctx in contexts.items():
        add("children", f"step {ctx['step']}: {ctx['request']}: the parent's latest context's children (§3.9; R16)",
            guardian={"person": ctx["person"]}, children=[{"person": c} for c in ctx["children"]])
    for (p, subj, g, a, b), (value, step, request) in sorted(averages.items()):
        if p not in guarded:
            continue
        per = next((x for x in periods.get(g, []) if x["start"] == a and x["finish"] == b), None)
        kw = {"period": per["name"]} if per else {}
        add("vendor_average", f"step {step}: {request}: avg-mark-value «{value}» as sent (§3.13; R17)"
                              + (f"; the range is «{per['name']}»'s" if per else "; a bare span"),
            **stu(p), subject=subjects[subj], value=value, **kw)

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), dict(sorted(counters.items())))


if __name__ == "__main__":
    main()
