"""Derives facts.json of dnevnik_ru_45 from journey.json alone (standard library; never imports the hub).

It reads the answers in push order as a parent's diary should reflect them, by these rules (§ = sections of
shared/reference/dnevnik_ru.md):

R1  Ids: the `_str` twin when present, else the integer (§1). Persons are person ids (§1, §3.9).
R2  Roster: `POST edu-groups` lists each group's members (§3.8); a pupil sees the lessons, marks and homework of every
    group he is a member of: his class and his subgroups, also a subgroup whose `parentIds` names several classes
    (the exam rooms and the consultation mix 9А, 9Б and 9В: §3.8 types `parentIds` as a list). A subgroup's lessons
    carry its name as their group label; a class's lessons none.
R3  Lessons (§3.4): a group's lessons range `edu-groups/{g}/lessons/{from}/{to}` is the group's whole list of each day
    it covers (§7 bulk paths): a lesson an earlier range listed and a later one covering its day lacks is gone (the
    journal dropped the plan); `title` is the topic; the teacher is the person of `teachers[0]` named
    "Last First Middle" (§3.9); the room is the schedules bundle's `place`; the start and end are the bundle's
    `hours` when any answer gave them, else the clock of `date` (§2) and the end of the lesson number in the bells
    (§3.14) when `date`'s clock is that number's start (otherwise the end is not pinned).
R4  Works (§3.2): a lesson's `works[]` is its whole list: marks and homework of a work it no longer lists are gone.
R5  Marks (§3.1): shown under the lesson's date; the journal's text (`textValue`, else `value`); weight and name from
    the standalone work type (§3.3); `use_avg_calc` says whether it counts. A group's marks range is the group's
    whole list of the days it covers (§7): a mark it lacks is gone. `marks/{id}` restates one mark (an appeal).
    `markdismiss` «осв» (§5) is shown as the journal shows it and never counts. Period marks come only from
    final-marks (§3.13) and are never diary marks.
R6  Attendance (§3.5, §6): Attend present, Absent absent, Ill ill, Late late; `Pass` only by its code (its meaning
    is disputed, §6). A group's log range and a lesson's `log-entries` are whole logs.
R7  Homework (§3.2, §3.6, §3.7): a `Homework` work is shown to the members of its `eduGroup` at its lesson's date,
    due `targetDate`, with the names of its `files` (§3.7 File) as attachments; not to anyone outside the group.
R8  Final marks (§3.13): the latest `edu-groups/{g}/final-marks` per pupil, period (`reportingPeriod`, named by
    §3.12) and subject; `final-mark` null is none yet.
R9  Averages (§3.13): avg-marks / wa-marks values as sent; over a period's own first and last day they are that
    period's (a 9th grader's «3 четверть»), otherwise a bare span (the 11th grade's half-year is not over).
R10 Periods and holidays (§3.12): each class's `reporting-period-group`; a 9th grader's final grades show the
    quarters, an 11th grader's the half-years, never the other scheme.
R11 Children (§3.9): a parent's context `children`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(obj, key="id"):
    if obj is None:
        return None
    if isinstance(obj, dict):
        twin = obj.get(f"{key}_str")
        return str(twin) if twin not in (None, "") else (str(obj[key]) if obj.get(key) is not None else None)
    return str(obj)


def days(a: str, b: str):
    day, end = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    while day <= end:
        yield day.isoformat()
        day += timedelta(days=1)


class Journal:
    def __init__(self):
        self.subjects, self.work_types, self.groups, self.members = {}, {}, {}, defaultdict(set)
        self.names, self.class_teacher, self.periods, self.assigned = {}, {}, {}, defaultdict(list)
        self.holidays, self.bells = defaultdict(dict), {}
        self.lessons, self.gone_lessons, self.works, self.marks, self.gone_marks = {}, {}, {}, {}, {}
        self.changed_marks = []  # (mark id, old text) replaced by a later answer
        self.log, self.files, self.finals, self.averages, self.children = {}, {}, {}, {}, {}

    # --- reference data
    def person_name(self, p):
        parts = [p.get("lastName") or p.get("LastName"), p.get("firstName") or p.get("FirstName"),
                 p.get("middleName") or p.get("MiddleName")]
        return " ".join(x for x in parts if x)

    def group(self, g):
        gid = sid(g)
        self.groups[gid] = {"name": g["name"], "parents": [str(x) for x in (g.get("parentIds_str") or [])],
                            "type": g.get("type")}
        return gid

    # --- lessons and works
    def lesson_entity(self, les, pull):
        lid = sid(les)
        prior = self.lessons.get(lid, {})
        self.gone_lessons.pop(lid, None)
        clock = les["date"][11:16]
        self.lessons[lid] = {**prior, "id": lid, "group": str(les["group"]), "subject": sid(les["subject"]),
                             "day": les["date"][:10], "clock": clock, "number": les["number"], "title": les["title"],
                             "teacher": str(les["teachers"][0]) if les.get("teachers") else None}
        self.subjects.setdefault(sid(les["subject"]), les["subject"]["name"])
        if "works" in les and les["works"] is not None:
            listed = set()
            for w in les["works"]:
                listed.add(self.work(w))
            for wid, w in list(self.works.items()):
                if w["lesson"] == lid and wid not in listed:
                    del self.works[wid]
                    for mid, m in list(self.marks.items()):
                        if m["work"] == wid:
                            self.gone_marks[mid] = self.marks.pop(mid)

    def lesson_flat(self, les):
        lid = str(les["id"])
        cur = self.lessons.setdefault(lid, {"id": lid})
        cur.update({"day": les["date"][:10], "clock": les["date"][11:16], "number": les["number"],
                    "title": les["title"], "subject": str(les["subjectId"])})
        if les.get("teachers"):
            cur["teacher"] = str(les["teachers"][0])
        if les.get("place"):
            cur["place"] = les["place"]
        if les.get("hours"):
            cur["hours"] = les["hours"]

    def work(self, w):
        wid = sid(w)
        self.works[wid] = {"id": wid, "lesson": sid(w, "lesson"), "type": w["type"], "workType": str(w["workType"]),
                           "group": sid(w, "eduGroup"), "text": w.get("text"), "target": (w.get("targetDate") or "")[:10],
                           "files": [str(f) for f in (w.get("files") or [])], "subject": str(w.get("subjectId")),
                           "count": int(w.get("markCount") or 1)}
        return wid

    def mark(self, m, source):
        mid = sid(m)
        text = m.get("textValue") or m.get("value")
        old = self.marks.get(mid)
        if old and old["text"] != text:
            self.changed_marks.append((mid, old["text"], old["lesson"], old["person"]))
        self.gone_marks.pop(mid, None)
        self.marks[mid] = {"id": mid, "person": sid(m, "person"), "work": sid(m, "work"), "lesson": sid(m, "lesson"),
                           "text": text, "type": m.get("type"), "counts": m.get("use_avg_calc"),
                           "workType": str(m["workType"]), "date": m["date"], "source": source,
                           "number": int(m.get("number") or 0)}

    # --- answers
    def read(self, rec):
        req, body = rec["request"], rec["body"]
        path = re.sub(r"^(GET|POST) (https://api\.dnevnik\.ru)?/v2(\.0)?/", "", req)
        route, _, query = path.partition("?")
        q = dict(kv.split("=", 1) for kv in query.split("&")) if query else {}
        parts = route.split("/")
        if re.fullmatch(r"schools/\d+/subjects", route):
            for s in body:
                self.subjects[sid(s)] = s["name"]
        elif route.startswith("work-types/"):
            for w in body:
                self.work_types[sid(w)] = {"title": w["title"], "weight": w["weight"], "kind": w["kind"]}
        elif re.fullmatch(r"schools/\d+/edu-groups", route):
            for g in body:
                self.group(g)
        elif route == "edu-groups" and req.startswith("POST"):
            for entry in body:
                gid = self.group(entry["group"]) if isinstance(entry["group"], dict) else str(entry["group"])
                for s in entry["students"]:
                    if s.get("membershipstatus", "Active") == "Active":
                        self.members[gid].add(sid(s, "person"))
        elif re.fullmatch(r"schools/\d+/teachers", route):
            for t in body:
                self.names[str(t.get("IdStr") or t["Id"])] = self.person_name(t)
        elif route.endswith("/classteacher"):
            self.names[sid(body)] = self.person_name(body)
            self.class_teacher[parts[1]] = self.person_name(body)
        elif route.endswith("/reporting-period-group"):
            for p in body["reportingPeriods"]:
                self.periods[sid(p)] = {"name": p["name"], "start": p["start"][:10], "finish": p["finish"][:10]}
                if sid(p) not in self.assigned[parts[1]]:
                    self.assigned[parts[1]].append(sid(p))
            self.holidays[parts[1]] = {str(h["id"]): (h["name"], h["dateStart"][:10], h["dateFinish"][:10])
                                       for h in body["holidays"]}
        elif route.endswith("/timetables"):
            for item in body[0]["Items"]:
                self.bells[item["LessonNumber"]] = (item["Start"], item["Finish"])
        elif route.endswith("/context"):
            self.children[sid({"personId": body["personId"], "personId_str": body.get("personId_str")},
                              "personId")] = [str(c["personId"]) for c in body["children"]]
        elif re.fullmatch(r"edu-groups/\d+/lessons/[\d-]+/[\d-]+", route):
            gid, start, end = parts[1], parts[3], parts[4]
            listed = set()
            for les in body:
                self.lesson_entity(les, rec["pulled_at"])
                listed.add(sid(les))
            covered = set(days(start, end))
            for lid, les in list(self.lessons.items()):
                if les.get("group") == gid and les["day"] in covered and lid not in listed:
                    self.gone_lessons[lid] = self.lessons.pop(lid)
        elif re.fullmatch(r"edu-groups/\d+/marks/[\d-]+/[\d-]+", route):
            gid, start, end = parts[1], parts[3], parts[4]
            listed = set()
            for m in body:
                self.mark(m, req)
                listed.add(sid(m))
            covered = set(days(start, end))
            for mid, m in list(self.marks.items()):
                les = self.lessons.get(m["lesson"])
                if les and les["group"] == gid and les["day"] in covered and mid not in listed:
                    self.gone_marks[mid] = self.marks.pop(mid)
        elif re.fullmatch(r"marks/\d+", route):
            self.mark(body, req)
        elif route.startswith("lesson-log-entries/group/"):
            gid = parts[2]
            covered = set(days(q["from"], q["to"]))
            listed = set()
            for e in body:
                key = (sid(e, "lesson"), sid(e, "person"))
                self.log[key] = (e["status"], e.get("comment"))
                listed.add(key)
            for key in list(self.log):
                les = self.lessons.get(key[0])
                if les and les["group"] == gid and les["day"] in covered and key not in listed:
                    del self.log[key]
        elif re.fullmatch(r"lessons/\d+/log-entries", route):
            lid = parts[1]
            listed = set()
            for e in body:
                key = (sid(e, "lesson"), sid(e, "person"))
                self.log[key] = (e["status"], e.get("comment"))
                listed.add(key)
            for key in list(self.log):
                if key[0] == lid and key not in listed:
                    del self.log[key]
        elif route.endswith("/homeworks"):
            for f in body.get("files") or []:
                self.files[sid(f)] = f["name"]
            for les in body.get("lessons") or []:
                self.lesson_flat(les)
            for w in body.get("works") or []:
                self.work(w)
        elif route.endswith("/schedules"):
            person = parts[1]
            for day in body["days"]:
                for les in day["lessons"]:
                    self.lesson_flat(les)
                for w in (day.get("works") or []) + (day.get("homeworks") or []):
                    self.work(w)
                for m in day.get("marks") or []:
                    self.mark(m, req)
                for e in day.get("lessonLogEntries") or []:
                    self.log[(sid(e, "lesson"), sid(e, "person"))] = (e["status"], e.get("comment"))
        elif route.endswith("/final-marks"):
            for entry in body:
                person, period = sid(entry, "person"), sid(entry, "reportingPeriod")
                for item in entry["per-subject-final-marks"]:
                    key = (person, period, sid(item, "subject"))
                    fm = item.get("final-mark")
                    if fm is None:
                        self.finals.pop(key, None)
                    else:
                        self.finals[key] = (fm.get("textValue") or fm["value"], req)
        elif "/avg-marks/" in route:
            gid, start, end = parts[1], parts[3], parts[4]
            for entry in body:
                for item in entry["per-subject-averages"]:
                    value = item.get("avg-mark-value")
                    if value not in (None, ""):
                        self.averages[(sid(entry, "person"), sid(item, "subject"))] = (str(value), gid, start, end, req)
        elif "/wa-marks/" in route:
            gid, start, end = parts[1], parts[3], parts[4]
            for item in body["subjectMarks"]:
                for m in item["marks"]:
                    self.averages[(sid(m, "person"), sid(item, "subject"))] = (str(m["value"]), gid, start, end, req)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    j = Journal()
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                j.read(rec)

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    pupils = sorted({p for g, ms in j.members.items() for p in ms}, key=lambda p: (len(p), p))
    classes = {gid for gid, g in j.groups.items() if not g["parents"]}
    groups_of = {p: sorted(g for g, ms in j.members.items() if p in ms) for p in pupils}
    class_of = {p: next(g for g in groups_of[p] if g in classes) for p in pupils}

    def stu(p):
        return {"person": p}

    def times(les):
        if les.get("hours"):
            a, b = [x.strip() for x in les["hours"].split("-")]
            return a, b, "its schedules `hours` (§3.4)"
        start, end = j.bells.get(les["number"], (None, None))
        if les["clock"] == start:
            return start, end, f"the clock of its `date` (§2), the end of lesson {les['number']} in the bells (§3.14)"
        return les["clock"], None, "the clock of its `date` (§2); no `hours` and the bells' lesson starts otherwise"

    def visible(p, les):
        return les["group"] in groups_of[p]

    # lessons: a subgroup's for each of its members; a class's for its first pupil (the others see the same rows)
    first_of = {gid: min(ms, key=lambda x: (len(x), x)) for gid, ms in j.members.items()}
    for p in pupils:
        for les in sorted(j.lessons.values(), key=lambda x: (x["day"], x["number"])):
            if not visible(p, les):
                continue
            g = j.groups[les["group"]]
            if not g["parents"] and first_of[les["group"]] != p and "Пробный" not in les["title"]:
                continue
            start, end, how = times(les)
            fact = {"student": stu(p), "subject": j.subjects[les["subject"]], "date": les["day"],
                    "number": les["number"], "topic": les["title"], "teacher": j.names[les["teacher"]],
                    "starts_at": start}
            if end:
                fact["ends_at"] = end
            if les.get("place"):
                fact["room"] = les["place"]
            fact["group_label"] = g["name"] if g["parents"] else None
            label = (f"subgroup «{g['name']}» (parentIds {len(g['parents'])} class(es), §3.8) he is a member of"
                     if g["parents"] else f"his class {g['name']}")
            add("lesson", f"lesson {les['id']} of {label}: title = topic, number, teacher by person (§3.4, §3.9); "
                          f"times: {how}" + ("; room = the bundle's `place`" if les.get("place") else ""), **fact)

    # lessons a pupil must not see
    seen = set()
    for lid, les in sorted(j.gone_lessons.items()):
        for p in sorted(j.members[les["group"]]):
            if any(x["day"] == les["day"] and x["subject"] == les["subject"] and visible(p, x)
                   for x in j.lessons.values()):
                continue
            seen.add((p, les["subject"], les["day"]))
            add("no_lesson", f"lesson {lid} ({les['title']}) was listed by an earlier range of its group as planned "
                             f"and a later range covering {les['day']} lacks it (§7: a group's range is its whole "
                             f"list of each day): the journal dropped it", student=stu(p),
                subject=j.subjects[les["subject"]], date=les["day"])
    for les in sorted(j.lessons.values(), key=lambda x: (x["day"], x["number"], x["id"])):
        g = j.groups[les["group"]]
        if not g["parents"]:
            continue
        for p in pupils:
            if visible(p, les) or j.groups[class_of[p]]["name"][:-1] != j.groups[g["parents"][0]]["name"][:-1]:
                continue
            key = (p, les["subject"], les["day"], les["number"])
            if (p, les["group"]) in seen or key in seen or any(x["day"] == les["day"] and x["subject"] == les["subject"] and
                                  x["number"] == les["number"] and visible(p, x) for x in j.lessons.values()):
                continue
            seen.add(key)
            seen.add((p, les["group"]))
            add("no_lesson", f"lesson {les['id']} is of «{g['name']}», whose members (POST edu-groups, §3.8) do not "
                             f"include this pupil of the same parallel: it is not his", student=stu(p),
                subject=j.subjects[les["subject"]], date=les["day"], number=les["number"])
    add("no_lesson", "2027-03-08 (International Women's Day) is a public holiday: no range lists a lesson that day "
                     "(§7), nothing may appear", student=stu(pupils[0]), subject="Алгебра", date="2027-03-08")

    # marks; a work of markCount > 1 gives one double mark «a/b» in the order of `number` (§3.1, §3.2: «дробь»)
    shown_marks, doubles = [], defaultdict(list)
    for mid, m in sorted(j.marks.items(), key=lambda x: (x[1]["person"], x[1]["date"], x[0])):
        if j.works.get(m["work"], {}).get("count", 1) > 1:
            doubles[(m["person"], m["work"])].append(m)
        else:
            shown_marks.append((mid, m))
    for (person, wid), parts in sorted(doubles.items()):
        parts.sort(key=lambda x: x["number"])
        first = dict(parts[0], text="/".join(x["text"] for x in parts))
        shown_marks.append((" and ".join(x["id"] for x in parts) + f" (numbers {[x['number'] for x in parts]} of a "
                            f"work with markCount {j.works[wid]['count']}: a double mark)", first))
    for mid, m in sorted(shown_marks, key=lambda x: (x[1]["person"], x[1]["date"], x[0])):
        les = j.lessons[m["lesson"]]
        wt = j.work_types[m["workType"]]
        add("mark", f"mark {mid} ({m['type']}, §5) of lesson {les['id']} ({les['title']}), set {m['date']}: shown "
                    f"under the lesson's date, text {m['text']!r} (§3.1), weight {wt['weight']} and name of work type "
                    f"{m['workType']} ({wt['kind']}, §3.3), use_avg_calc {m['counts']} (latest answer: "
                    f"{m['source'].split('/v2/')[-1]})",
            student=stu(m["person"]), subject=j.subjects[les["subject"]], date=les["day"], value=m["text"],
            weight=wt["weight"], work_type=wt["title"], counts=bool(m["counts"]))
    for mid, m in sorted(j.gone_marks.items()):
        les = j.lessons[m["lesson"]]
        add("no_mark", f"mark {mid} {m['text']!r} was in an earlier answer; a later marks range of the group "
                       f"covering {les['day']} lacks it (§7, §3.1): deleted", student=stu(m["person"]),
            subject=j.subjects[les["subject"]], date=les["day"], value=m["text"])
    for (person, wid), parts in sorted(doubles.items()):
        les = j.lessons[parts[0]["lesson"]]
        for x in parts[1:]:
            if not any(m["person"] == person and m["text"] == x["text"] and m["lesson"] == x["lesson"]
                       for _, m in shown_marks):
                add("no_mark", f"mark {x['id']} is part {x['number']} of a double mark of work {wid} (§3.1 number, "
                               f"§3.2 markCount): shown inside the double mark, not as a mark of its own",
                    student=stu(person), subject=j.subjects[les["subject"]], date=les["day"], value=x["text"])
    for mid, old, lesson, person in j.changed_marks:
        les = j.lessons[lesson]
        add("no_mark", f"mark {mid} was {old!r}; a later answer gives the same mark id another value (§3.1): the "
                       f"old value must not show beside the new", student=stu(person),
            subject=j.subjects[les["subject"]], date=les["day"], value=old)
    for (lid, p), (status, comment) in sorted(j.log.items()):
        les = j.lessons[lid]
        if status in ("Ill", "Absent") and not any(m["person"] == p and m["lesson"] == lid for m in j.marks.values()):
            add("no_mark", f"{status} at lesson {lid} ({les['title']}) and no answer gives this pupil a mark of it",
                student=stu(p), subject=j.subjects[les["subject"]], date=les["day"])
    for (p, period, subject), (value, src) in sorted(j.finals.items()):
        if j.periods[period]["finish"] == "2027-03-19" and (j.subjects[subject] == "Алгебра" or value == "осв"):
            add("no_mark", f"the {j.periods[period]['name']} mark {value!r} (final-marks, `lesson` null, §3.13) is "
                           f"a final mark, never a diary mark of the day it was set", student=stu(p),
                subject=j.subjects[subject], date="2027-03-19", value=value)

    # attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, p), (status, comment) in sorted(j.log.items()):
        les = j.lessons[lid]
        fact = {"student": stu(p), "subject": j.subjects[les["subject"]], "date": les["day"], "number": les["number"]}
        if status == "Attend":
            fact["meaning"] = "present"
        elif status == "Pass":
            fact["code"] = "Pass"
        else:
            fact.update(code=status, meaning=meaning[status])
        add("attendance", f"log entry ({lid}, {p}) status {status}, comment {comment!r} (§3.5, §6"
                          + ("; Pass by its code only, its meaning disputed" if status == "Pass" else "") + ")", **fact)

    # homework
    for wid, w in sorted(j.works.items()):
        if w["type"] != "Homework":
            continue
        les = j.lessons[w["lesson"]]
        for p in pupils:
            if p in j.members[w["group"]]:
                fact = {"student": stu(p), "subject": j.subjects[les["subject"]], "text": w["text"],
                        "date": les["day"], "due": w["target"]}
                if w["files"]:
                    fact["attachments"] = [j.files[f] for f in w["files"]]
                add("homework", f"Homework work {wid} of eduGroup {j.groups[w['group']]['name']} set at lesson "
                                f"{les['id']}, due targetDate (§3.2, §3.6, §3.7)", **fact)
            elif j.groups[w["group"]]["parents"] and not any(
                    x["type"] == "Homework" and x["text"] == w["text"] and p in j.members[x["group"]]
                    for x in j.works.values()):
                same_parallel = j.groups[class_of[p]]["name"][:-1] == j.groups[j.groups[w["group"]]["parents"][0]][
                    "name"][:-1]
                if same_parallel:
                    add("no_homework", f"Homework work {wid} is for «{j.groups[w['group']]['name']}» (§3.2 eduGroup), "
                                       f"whose members do not include this pupil", student=stu(p),
                        subject=j.subjects[les["subject"]], text=w["text"])

    # final marks
    for (p, period, subject), (value, src) in sorted(j.finals.items()):
        add("final_mark", f"{src.split('/v2/')[-1]} (§3.13): the {j.periods[period]['name']} mark {value!r}"
                          + (" (markdismiss: exempt, §5)" if value == "осв" else ""),
            student=stu(p), subject=j.subjects[subject], period=j.periods[period]["name"], value=value)

    # averages
    for (p, subject), (value, gid, start, end, src) in sorted(j.averages.items()):
        period = next((j.periods[x]["name"] for x in j.assigned[class_of[p]]
                       if (j.periods[x]["start"], j.periods[x]["finish"]) == (start, end)), None)
        fact = {"student": stu(p), "subject": j.subjects[subject], "value": value}
        if period:
            fact["period"] = period
        add("vendor_average", f"{src.split('/v2/')[-1]} (§3.13) as sent; "
                              + (f"its dates are «{period}»'s own bounds" if period else
                                 "its dates are no period of the pupil's class: a bare span"), **fact)

    # periods
    for p in (pupils[0], next(x for x in pupils if j.groups[class_of[x]]["name"].startswith("11"))):
        mine = j.assigned[class_of[p]]
        for x in mine:
            per = j.periods[x]
            add("period", f"reporting-period-group of {j.groups[class_of[p]]['name']} (§3.12)", student=stu(p),
                name=per["name"], starts_on=per["start"], ends_on=per["finish"])
        for x, per in sorted(j.periods.items()):
            if x not in mine and per["name"] not in {j.periods[y]["name"] for y in mine}:
                add("no_period", f"«{per['name']}» is another class's scheme (§3.12): not a column of this pupil",
                    student=stu(p), name=per["name"])

    # holidays
    for gid in sorted(j.holidays):
        for hid, (name, a, b) in sorted(j.holidays[gid].items()):
            if a.startswith("2027-03"):
                add("holiday", f"reporting-period-group holiday {hid} {a}..{b} of {j.groups[gid]['name']} (§3.12)",
                    group={"group": gid}, date=a, name=name, once=True)
                if gid not in j.class_teacher:
                    continue
                add("holiday", f"the same holiday, its last day {b} (§3.12 dateFinish)", group={"group": gid},
                    date=b, name=name, once=True)
                add("no_holiday", f"{a}'s eve, the quarter's last school day: not a holiday", group={"group": gid},
                    date=(date.fromisoformat(a) - timedelta(days=1)).isoformat(), name=name)
    for p in next(kids for kids in j.children.values() if len(kids) > 1):  # a family with a 9th and an 11th grader
        for hid, (name, a, b) in sorted(j.holidays[class_of[p]].items()):
            if a.startswith("2027-03"):
                add("holiday", f"his class's holiday {a}..{b} (§3.12) in his own diary", student=stu(p),
                    date="2027-03-22", name=name, once=True)

    # children and class teachers
    for parent, kids in sorted(j.children.items()):
        add("children", "the parent's users/{u}/context `children` (§3.9)", guardian={"person": parent},
            children=[{"person": k} for k in kids])
    for gid, name in sorted(j.class_teacher.items()):
        add("class_teacher", "edu-groups/{g}/classteacher (§3.9)", group={"group": gid}, teacher=name)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = defaultdict(int)
    for f in facts:
        counts[f["kind"]] += 1
    print(f"facts.json: {len(facts)} facts", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
