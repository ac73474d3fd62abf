"""Derive facts.json from journey.json: what a parent must see, lesson by lesson, read from the vendor answers alone
(standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented envelope
    rule, README "The request envelope").
R1  A pupil's groups are the class and the subgroups whose `edu-groups/{g}/persons` list him (§3.8: a subgroup is a
    group with `parentIds`, `type` `Subgroup`). He sees the lessons, marks and homework of those groups only: two
    subgroups in the same slot are two lessons (§3.4 `group`), each pupil sees his own.
R2  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of the days it
    covers: a lesson an earlier answer placed that the latest answer covering its day lacks is no lesson
    (no_lesson: Friday's cancelled История #8).
R3  A lesson is shown under its own `number` (§3.4), with its `title` as topic; its times are the `hours` of the
    pupil's `schedules` bundle when it gave them, else the clock of `date` and the `Finish` of the bell item of that
    `LessonNumber` (§3.14); its room the bundle's `place` (only for pupils with a bundle); its teacher the one
    person of its latest `teachers` (§3.4; named "Last First Middle" from `persons/{p}`, §3.9) — a lesson with two
    teachers gets no teacher fact, the reference does not say which of the two a diary names (§3.4, §11);
    a subgroup's lesson carries the subgroup's `name` as its group label (§3.8).
R4  Of two lessons in one slot, the pupil sees only his group's: a lesson of a subject at a number where none of
    his groups has that subject is not his (no_lesson: the English/Информатика halves that swap on Tuesday).
R5  Marks (§3.1): a group's marks range (`edu-groups/{g}/marks/{from}/{to}`) is the whole list of the days it
    covers; a mark is its latest statement (same id: a corrected value replaces the old one); a mark an earlier
    answer held that the latest answer covering its day lacks is deleted. A mark shows on its lesson's day in its
    lesson's subject, every one of a pupil's marks of one lesson (one per work, §3.2), with the weight and title of
    its standalone work type (§3.3; a test `LessonTestWork` weighs 3) and `counts` = `use_avg_calc`. A value the
    pupil no longer has that day in that subject is a no_mark.
R6  Attendance (§3.5, §6) on its lesson (by number): Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/
    excused, the code the status string. A lesson where the pupil has a mark and no entry: present, no code (§3.5:
    an entry is keyed by lesson and person; none is no entry); stated for the lessons of a double and on days the
    pupil has an entry elsewhere, where a mark or an entry could land under the wrong number. An absence with no mark that day in the subject:
    no_mark.
R7  Homework (§3.2, §3.7): a `Homework` work of the latest homework bundle covering its lesson's day (and of its
    lesson's latest `works`), with its `text`, set on its lesson's day, due its `targetDate`, for the members of its
    `eduGroup` (R1). Homework an earlier bundle held that the latest lacks is withdrawn (no_homework), and another
    subgroup's homework is no homework of the pupil (no_homework).
R8  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}


def day_range(a, b):
    d = dt.date.fromisoformat(a[:10])
    end = dt.date.fromisoformat(b[:10])
    while d <= end:
        yield d.isoformat()
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    flat.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    wt = {}  # work type id -> (title, weight)
    names, groups, members, children, periods, bells = {}, {}, {}, {}, [], {}
    lessons = {}  # lesson id -> latest entity
    lesson_src = {}
    day_lists = {}  # (group, date) -> (lesson ids, where)
    ever = {}  # lesson id -> (group, date, where) of every placement
    marks_day = {}  # (group, date) -> ({mark id: mark}, where)
    marks_ever = {}  # mark id -> (mark, where)
    logs_day = {}  # (group, date) -> ({(lesson, person): entry}, where)
    hw_day = {}  # date -> ({work id: work}, where) of the latest bundle covering the date
    hw_ever = {}
    hours, places = {}, {}  # (person, lesson id) -> hours / place from the pupil's schedules bundle
    for pulled, _, step, r in flat:
        req, body = r["request"], r["body"]
        where = f"{step.split(' (')[0]} — {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            wt = {w["id_str"]: (w["title"], w["weight"]) for w in body}
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            groups = {g["id_str"]: g for g in body}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)", req):
            names[body["id_str"]] = f"{body['lastName']} {body['firstName']} {body['middleName']}"
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            periods = [(p["name"], p["start"][:10], p["finish"][:10], where) for p in body["reportingPeriods"]]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {item["LessonNumber"]: (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in day_range(m[2], m[3]):
                day_lists[(g, d)] = ([l["id_str"] for l in body if l["date"][:10] == d], where)
            for l in body:
                lessons[l["id_str"]] = l
                lesson_src[l["id_str"]] = where
                ever.setdefault(l["id_str"], []).append((g, l["date"][:10], where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            for d in day_range(m[2], m[3]):
                marks_day[(m[1], d)] = ({k["id_str"]: k for k in body if k["date"][:10] == d}, where)
            for k in body:
                marks_ever.setdefault(k["id_str"], []).append((k, where))
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for d in day_range(m[2], m[3]):
                logs_day[(m[1], d)] = ({}, where)
            for e in body:
                lesson = lessons[e["lesson_str"]]
                logs_day[(m[1], lesson["date"][:10])][0][(e["lesson_str"], e["person_str"])] = e
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            lesson_day = {str(l["id"]): l["date"][:10] for l in body["lessons"]}
            for d in day_range(m[1], m[2]):
                hw_day[d] = ({w["id_str"]: (w, lesson_day[w["lesson_str"]]) for w in body["works"]
                              if lesson_day[w["lesson_str"]] == d}, where)
            for w in body["works"]:
                hw_ever.setdefault(w["id_str"], []).append((w, lesson_day[w["lesson_str"]], where))
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)",
                               req):
            for day in body["days"]:
                for l in day["lessons"]:
                    hours[(m[1], str(l["id"]))] = (l["hours"], where)
                    places[(m[1], str(l["id"]))] = l["place"]

    def bell_of(g):
        parents = groups[g]["parentIds_str"]
        return bells.get(g) or next(bells[p] for p in parents if p in bells)

    pupils = sorted({p for g, ps in members.items() for p in ps}, key=lambda p: (len(p), p))
    groups_of = {p: [g for g in groups if p in members.get(g, [])] for p in pupils}
    facts = []

    def add(kind, pupil, why, **fields):
        facts.append({"kind": kind, **({"student": {"person": pupil}} if pupil else {}), **fields, "why": why})

    all_days = sorted({d for (_, d) in day_lists})
    # R2/R3: the lessons each pupil sees
    shown = {}  # (pupil, date) -> [(number, subject, lesson id)]
    for p in pupils:
        for d in all_days:
            for g in groups_of[p]:
                ids_, where = day_lists.get((g, d), ([], ""))
                for lid in ids_:
                    l = lessons[lid]
                    shown.setdefault((p, d), []).append((l["number"], l["subject"]["name"], lid))
    for p in pupils:
        for d in all_days:
            for number, subject, lid in sorted(shown.get((p, d), [])):
                l = lessons[lid]
                g = str(l["group"])
                fields = {"date": d, "number": number, "subject": subject, "topic": l["title"]}
                why = [f"R2/R3 lesson {lid} of group {g} in {lesson_src[lid]}"]
                if (p, lid) in hours and hours[(p, lid)][0]:
                    a, b = hours[(p, lid)][0].split(" - ")
                    fields["starts_at"], fields["ends_at"] = a, b
                    why.append(f"hours «{hours[(p, lid)][0]}» of {hours[(p, lid)][1]}")
                else:
                    fields["starts_at"] = l["date"][11:16]
                    fields["ends_at"] = bell_of(g)[number][1]
                    why.append(f"bell #{number} of edu-groups/{g}/timetables (or its class's, parentIds)")
                if (p, lid) in places:
                    fields["room"] = places[(p, lid)]
                if len(l["teachers_str"]) == 1:
                    fields["teacher"] = names[l["teachers_str"][0]]
                else:
                    why.append(f"two teachers {l['teachers_str']}: no teacher fact (R3)")
                if groups[g]["parentIds_str"]:
                    fields["group_label"] = groups[g]["name"]
                add("lesson", p, "; ".join(why), **fields)
    # R2: lessons gone from the latest range
    for lid, placements in ever.items():
        for g, d, where in placements:
            if lid in day_lists[(g, d)][0]:
                continue
            l = lessons[lid]
            for p in members[g]:
                if not any(n == l["number"] and s == l["subject"]["name"] for n, s, _ in shown.get((p, d), [])):
                    add("no_lesson", p, f"R2 lesson {lid} ({l['subject']['name']} #{l['number']}) placed on {d} by "
                        f"{where}, lacked by the latest range {day_lists[(g, d)][1]}", date=d, number=l["number"],
                        subject=l["subject"]["name"])
    # R4: the other half's lesson in a parallel slot
    for p in pupils:
        for (g, d), (ids_, where) in sorted(day_lists.items()):
            if g in groups_of[p]:
                continue
            for lid in ids_:
                l = lessons[lid]
                mine = [s for n, s, _ in shown.get((p, d), []) if n == l["number"]]
                if l["subject"]["name"] not in mine:
                    add("no_lesson", p, f"R4 lesson {lid} of group {g} ({groups[g]['name']}), not the pupil's; "
                        f"his #{l['number']} that day: {mine}", date=d, number=l["number"],
                        subject=l["subject"]["name"])
    # R5: marks
    latest_marks = {}
    for (g, d), (ms, where) in marks_day.items():
        for mid, k in ms.items():
            latest_marks[mid] = (k, g, where)
    mark_shown = {}  # (pupil, date, subject) -> values
    for mid, (k, g, where) in sorted(latest_marks.items()):
        l = lessons[k["lesson_str"]]
        d, subject = l["date"][:10], l["subject"]["name"]
        title, weight = wt[str(k["workType"])]
        mark_shown.setdefault((k["person_str"], d, subject), []).append(k["textValue"] or k["value"])
        add("mark", k["person_str"], f"R5 mark {mid} ({k['date']}) of {where} on lesson {k['lesson_str']} "
            f"(#{l['number']}, {d}); work {k['work_str']}, work type {k['workType']} «{title}» weight {weight}",
            date=d, subject=subject, value=k["textValue"] or k["value"], weight=weight, work_type=title,
            counts=k["use_avg_calc"])
    for mid, seen in sorted(marks_ever.items()):
        for k, where in seen:
            l = lessons[k["lesson_str"]]
            d, subject = l["date"][:10], l["subject"]["name"]
            value = k["textValue"] or k["value"]
            if value in mark_shown.get((k["person_str"], d, subject), []):
                continue
            now = latest_marks.get(mid)
            reason = (f"corrected to «{now[0]['value']}» by {now[2]}" if now else
                      f"lacked by the latest range covering {d}")
            fact = {"date": d, "subject": subject, "value": value}
            if not any(f["kind"] == "no_mark" and f["student"]["person"] == k["person_str"] and
                       all(f.get(x) == y for x, y in fact.items()) for f in facts):
                add("no_mark", k["person_str"], f"R5 mark {mid} «{value}» of {where} {reason}", **fact)
    # R6: attendance
    entries = {}
    for (g, d), (es, where) in logs_day.items():
        for key, e in es.items():
            entries[key] = (e, where)
    for (lid, p), (e, where) in sorted(entries.items()):
        l = lessons[lid]
        d, subject = l["date"][:10], l["subject"]["name"]
        add("attendance", p, f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}", date=d,
            subject=subject, number=l["number"], code=e["status"], meaning=STATUS[e["status"]])
        if e["status"] != "Attend" and not mark_shown.get((p, d, subject)) and not any(
                f["kind"] == "no_mark" and f["student"]["person"] == p and (f["date"], f["subject"]) == (d, subject)
                and "value" not in f for f in facts):
            add("no_mark", p, f"R6 {e['status']} on lesson {lid} (#{l['number']}) and no mark of the pupil in "
                f"{subject} on {d}", date=d, subject=subject)
    done = set()
    for mid, (k, g, where) in sorted(latest_marks.items()):
        key = (k["lesson_str"], k["person_str"])
        if key in entries or key in done:
            continue
        done.add(key)
        l = lessons[k["lesson_str"]]
        same = [n for n, s, _ in shown.get((k["person_str"], l["date"][:10]), []) if s == l["subject"]["name"]]
        has_entry = any(pp == k["person_str"] and lessons[ll]["date"][:10] == l["date"][:10] for ll, pp in entries)
        if len(same) < 2 and not has_entry:  # kept for double lessons and days with an entry (the theme)
            continue
        add("attendance", k["person_str"], f"R6 mark {mid} on lesson {k['lesson_str']} (#{l['number']}) and no log "
            f"entry for the pupil in any range covering {l['date'][:10]}: present, no code",
            date=l["date"][:10], subject=l["subject"]["name"], number=l["number"], meaning="present")
    # R7: homework
    latest_hw = {}
    for d, (ws, where) in hw_day.items():
        for wid, (w, ld) in ws.items():
            if any(x["id_str"] == wid for x in lessons[w["lesson_str"]]["works"]):
                latest_hw[wid] = (w, ld, where)
    hw_seen = {}
    for wid, (w, ld, where) in sorted(latest_hw.items()):
        subject = lessons[w["lesson_str"]]["subject"]["name"]
        for p in members[w["eduGroup_str"]]:
            hw_seen.setdefault(p, set()).add((subject, w["text"]))
            add("homework", p, f"R7 Homework work {wid} of {where}: set at lesson {w['lesson_str']} "
                f"(#{lessons[w['lesson_str']]['number']}, {ld}), due {w['targetDate'][:10]}, group "
                f"{w['eduGroup_str']}", subject=subject, text=w["text"], date=ld, due=w["targetDate"][:10])
    for wid, seen in sorted(hw_ever.items()):
        w, ld, where = seen[-1]
        subject = lessons[w["lesson_str"]]["subject"]["name"]
        for p in pupils:
            if (subject, w["text"]) in hw_seen.get(p, set()):
                continue
            if wid not in latest_hw:
                why = f"R7 Homework work {wid} of {where} is lacked by the latest bundle covering {ld}"
            elif p not in members[w["eduGroup_str"]]:
                why = (f"R7/R1 Homework work {wid} is group {w['eduGroup_str']}'s "
                       f"({groups[w['eduGroup_str']]['name']}), the pupil is not in it")
            else:
                continue
            add("no_homework", p, why, subject=subject, text=w["text"])
    # R8
    for name, a, b, where in periods:
        add("period", None, f"R8 {where}", name=name, starts_on=a, ends_on=b)
    for user, (kids, where) in sorted(children.items()):
        facts.append({"kind": "children", "guardian": {"user": user}, "children": [{"person": k} for k in kids],
                      "why": f"R8 {where}"})

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    out = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": out}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(out), "facts:", ", ".join(f"{n} {k}" for k, n in sorted(counters.items())))


if __name__ == "__main__":
    main()
