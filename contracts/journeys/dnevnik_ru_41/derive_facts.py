"""Derive facts.json from journey.json: what the parents of a primary school (Dnevnik.ru) must see. Standard library
only, deterministic; does not import the hub. Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R1  Answers apply in pull order (`pulled_at`); a later answer to the same request replaces the earlier (§7: the
    bulk paths are polled; a range answer is the state of its range when pulled).
R2  A lesson (§3.4, group range entity shape): topic = `title`, slot = `number` (0 is a real slot: "some timetables
    start at 0, see FirstLessonNumber"), start = the clock of its local `date` (§2), subject = its embedded
    `subject.name`, teacher = `teachers[0]`, a person named "Last First Middle" by `persons/{p}` (§3.9).
R3  A lesson's end (§3.14): the entity shape has no `hours`, so its number's `Finish` in the bell timetable: the
    group's own `edu-groups/{g}/timetables` (latest pull), else the school's; among several timetables the one with
    the latest `Start` on or before the lesson's day (1А: 35 minutes until 11 January, 40 from 12 January). Where a
    bundle gives `hours` (§3.4 flattened lesson) they must agree; the script checks it.
R4  A mark (§3.1): the pupil `person`, the lesson's date and subject, shown as the journal's `textValue` (§5: `+`/`-`
    part of the value; `test` зачёт/незачёт as the journal writes it), work type name = the standalone work type's
    `title` and weight = its `weight` (§3.3: weight lives on WorkType), counts = `use_avg_calc`.
R5  A mark changed in a later pull of the same range (same `id`, §3.1) shows its new value, the old one not.
R6  No marks in безотметочное обучение: 1А's marks ranges are empty every week and 2А's are empty but for the reading
    check until 12 January; a no_mark fact per school day of a first grader, and per December mathematics lesson of a
    second grader (§3.1: marks come only from the marks answers).
R7  Attendance (§3.5, §6): each entry of `lesson-log-entries/group/{g}` by (lesson, person); code = `status`, meaning
    Attend present, Absent absent, Ill ill, Late late, Pass excused (§6 gives Pass's meaning as disputed: the
    facts about Pass state the code only).
R8  Homework (§3.2, §3.7, §3.6): each `Homework` work of the homeworks bundle, its subject by `subjectId` in the
    bundle's `subjects`, set at its lesson's date, due on `targetDate`, text as written; shown to the pupils its
    `tasks` name (a task is per pupil, §3.6): the catch-up task for Даша is hers alone. Files by the bundle's `files`.
R9  Final marks (§3.13): `edu-groups/{g}/final-marks`, per pupil and subject, in the period `reportingPeriod`
    names (its `name` from the reporting-period-group, §3.12), shown as `textValue` (§5: `test` зачёт, `markdismiss`
    освобождён «осв», `markna` «н/а»).
R10 The journal's averages (§3.13 `avg-marks/{from}/{to}`): `avg-mark-value` as sent, of the period whose dates
    equal the range.
R11 Periods and holidays (§3.12): every reporting period of the pupil's group with its `start`/`finish` dates
    (date-only values as midnight, §2); a group's `holidays` are that group's: the extra holidays for first graders
    show in 1А and not in 2А or 4Б.
R12 Children (§3.9): a parent's `users/{u}/context` `children` by `personId`; guardian = the parent's person id.
R13 Class teacher: `edu-groups/{g}/classteacher`, named "Last First Middle".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}


def records(journey):
    out = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                out.append((si, r))
    return sorted(out, key=lambda x: x[1]["pulled_at"])  # R1


def path(r):
    return r["request"].split(" ", 1)[1].split("/v2/", 1)[1]


def name(p):
    return " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    recs = records(journey)
    persons, school_tt, group_tt, lessons, marks_by_req, logs_by_req = {}, [], {}, {}, {}, {}
    work_types, homework, files, finals, averages, periods, holidays = {}, {}, {}, [], [], {}, {}
    members, children, class_teacher, bundle_hours, mark_count = {}, {}, {}, {}, {}
    for si, r in recs:
        p, body = path(r), r["body"]
        if re.fullmatch(r"persons/\d+", p) or p.endswith("/classteacher"):
            persons[body["id_str"]] = body
            if p.endswith("/classteacher"):
                class_teacher[p.split("/")[1]] = body["id_str"]
        elif m := re.fullmatch(r"edu-groups/(\d+)/persons", p):
            for x in body:
                persons[x["id_str"]] = x
            members[m[1]] = [x["id_str"] for x in body]
        elif re.fullmatch(r"work-types/\d+", p):
            for w in body:
                work_types[str(w["id"])] = w
        elif p.endswith("/timetables"):
            if p.startswith("schools/"):
                school_tt = body
            else:
                group_tt[p.split("/")[1]] = body
        elif m := re.fullmatch(r"edu-groups/(\d+)/reporting-period-group", p):
            periods[m[1]] = body["reportingPeriods"]
            holidays[m[1]] = body["holidays"]
        elif m := re.fullmatch(r"users/(\d+)/context", p):
            children[body["personId_str"]] = ([c["personId"] for c in body["children"]], si, p)
        elif m := re.fullmatch(r"edu-groups/(\d+)/lessons/[\d-]+/[\d-]+", p):
            for x in body:
                lessons[x["id_str"]] = {**x, "_step": si, "_req": p}
                for w in x["works"]:
                    mark_count[w["id_str"]] = w["markCount"]
        elif re.fullmatch(r"edu-groups/\d+/marks/[\d-]+/[\d-]+", p):
            marks_by_req[p] = (body, si, r["pulled_at"])
        elif p.startswith("lesson-log-entries/group/"):
            logs_by_req[p] = (body, si)
        elif "/homeworks?" in p:
            subj = {str(s["id"]): s["name"] for s in body["subjects"]}
            for f in body["files"]:
                files[f["id_str"]] = f["name"]
            for w in body["works"]:
                homework[w["id_str"]] = {**w, "_subject": subj[str(w["subjectId"])], "_step": si, "_req": p}
        elif p.endswith("/final-marks"):
            finals = (body, si, p)
        elif "/avg-marks/" in p:
            averages = (body, si, p)
        elif "/schedules?" in p:
            for day in body["days"]:
                for x in day["lessons"]:
                    bundle_hours[str(x["id"])] = x["hours"]
    group_of = {pid: g for g, ps in members.items() for pid in ps}
    subjects_by_id = {}
    for _, r in recs:
        if path(r).endswith("/subjects") and path(r).startswith("schools/"):
            subjects_by_id = {s["id_str"]: s["name"] for s in r["body"]}

    def day_of(x):
        return x["date"][:10]

    def bells(g, day):  # R3
        answer = group_tt.get(g) or school_tt
        chosen = max((t for t in answer if t["Start"][:10] <= day), key=lambda t: t["Start"])
        return {i["LessonNumber"]: (i["Start"], i["Finish"]) for i in chosen["Items"]}

    lesson_info = {}
    for lid, x in lessons.items():
        g, day = str(x["group"]), day_of(x)
        start = x["date"][11:16]
        b = bells(g, day)[x["number"]]
        assert b[0] == start, (lid, b, start)
        if lid in bundle_hours:
            assert bundle_hours[lid] == f"{b[0]} - {b[1]}", (lid, bundle_hours[lid], b)
        lesson_info[lid] = {"group": g, "date": day, "number": x["number"], "subject": x["subject"]["name"],
                            "topic": x["title"], "starts_at": start, "ends_at": b[1],
                            "teacher": name(persons[str(x["teachers"][0])]), "req": x["_req"], "step": x["_step"]}

    facts = []

    def add(kind, fid, **kw):
        facts.append({"id": fid, "kind": kind, **kw})

    # R12 children; R13 class teachers
    for parent, (kids, si, req) in sorted(children.items()):
        add("children", f"children-{parent}", guardian={"person": parent}, children=[{"person": str(k)} for k in kids],
            why=f"step {si:02d}: GET {req}: context children by personId, guardian = the parent's person id (R12, §3.9, §1)")
    for g, t in sorted(class_teacher.items()):
        add("class_teacher", f"class-teacher-{g}", group={"group": g}, teacher=name(persons[t]),
            why=f"edu-groups/{g}/classteacher names {name(persons[t])} (R13)")

    # lessons (R2, R3): the days a parent opens
    LESSON_DAYS = {"1000012741101": ["2025-12-15", "2025-12-18", "2026-01-12", "2026-01-14"],  # Миша, 1А
                   "1000012741102": ["2026-01-16"],                                            # Даша, 1А
                   "1000012741201": ["2025-12-22", "2026-01-15"],                              # Лиза, 2А
                   "1000012741401": ["2025-12-15", "2025-12-19", "2026-01-13"]}               # Варя, 4Б
    n = 0
    for pupil, days in LESSON_DAYS.items():
        for day in days:
            for lid, L in sorted(lesson_info.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
                if L["group"] != group_of[pupil] or L["date"] != day:
                    continue
                n += 1
                extra = []
                if L["number"] == 0:
                    extra.append("slot 0 is a real slot (§3.4 FirstLessonNumber 0)")
                if L["subject"] == "Динамическая пауза":
                    extra.append("the journal lists the dynamic pause as its 3rd lesson")
                src = "1А's own bells" if L["group"] in group_tt else "the school's bells"
                add("lesson", f"lesson-{n:03d}", student={"person": pupil}, date=day, number=L["number"],
                    subject=L["subject"], topic=L["topic"], starts_at=L["starts_at"], ends_at=L["ends_at"],
                    teacher=L["teacher"],
                    why=f"lesson {lid} of step {L['step']:02d} GET {L['req']} (R2, §3.4); ends {L['ends_at']} by "
                        f"{src} for {day} (R3, §3.14){'; ' + '; '.join(extra) if extra else ''}")
    for pupil, day, subj, why in [
            ("1000012741101", "2025-12-29", "Русский язык", "the winter holidays 2025-12-27..2026-01-11 (§3.12)"),
            ("1000012741401", "2026-01-05", "Математика", "the winter holidays 2025-12-27..2026-01-11 (§3.12)")]:
        assert not any(L["date"] == day for L in lesson_info.values())
        add("no_lesson", f"no-lesson-{day}-{pupil}", student={"person": pupil}, date=day, subject=subj,
            why=f"no lessons range holds a lesson that day: {why}")

    # marks (R1, R4, R5): every mark of the followed pupils, and every non-numeric mark
    FOLLOWED = ("1000012741401", "1000012741201", "1000012741203")
    latest = {}
    for req, (body, si, pulled) in sorted(marks_by_req.items(), key=lambda kv: kv[1][2]):
        for mk in body:
            latest[mk["id_str"]] = (mk, si, req, pulled)
    # R4b: a work with markCount 2 takes two marks per pupil (`number` 0 and 1, §3.1): one double mark, "5/4"
    doubles = {}
    for mid, (mk, *_rest) in latest.items():
        if mark_count.get(mk["work_str"], 1) > 1:
            doubles.setdefault((mk["work_str"], mk["person_str"]), []).append(mk)
    for (work_id, _person), parts in doubles.items():
        parts.sort(key=lambda m: m["number"])
        for m in parts[1:]:
            del latest[m["id_str"]]
        mid = parts[0]["id_str"]
        latest[mid] = ({**parts[0], "textValue": "/".join(m["textValue"] for m in parts)}, *latest[mid][1:])
    n = 0
    for mid, (mk, si, req, pulled) in sorted(latest.items(), key=lambda kv: (lesson_info[kv[1][0]["lesson_str"]]["date"], kv[0])):
        L = lesson_info[mk["lesson_str"]]
        wt = work_types[str(mk["workType"])]
        if mk["person_str"] not in FOLLOWED and mk["type"] == "mark5" and "/" not in mk["textValue"]:
            continue
        n += 1
        add("mark", f"mark-{n:03d}", student={"person": mk["person_str"]}, date=L["date"], subject=L["subject"],
            value=mk["textValue"], work_type=wt["title"], weight=wt["weight"], counts=mk["use_avg_calc"],
            why=f"mark {mid} ({mk['type']}) of GET {req} pulled {pulled} (R4, §3.1, §5); work type {wt['title']!r} "
                f"weight {wt['weight']} (§3.3); use_avg_calc {mk['use_avg_calc']}"
                f"{'; a double mark: work ' + mk['work_str'] + ' has markCount 2, its two marks (number 0, 1) shown as the journal writes a дробь (R4b, §3.1)' if '/' in mk['textValue'] else ''}")
    # R5: the value a later pull replaced
    earlier = {}
    for _, r in recs:
        p = path(r)
        if re.fullmatch(r"edu-groups/\d+/marks/[\d-]+/[\d-]+", p):
            for mk in r["body"]:
                earlier.setdefault(mk["id_str"], []).append((mk["textValue"], r["pulled_at"], p))
    for mid, seen in sorted(earlier.items()):
        if mid not in latest:
            continue
        final = latest[mid][0]["textValue"]
        for value, pulled, p in seen:
            if value != final:
                L = lesson_info[latest[mid][0]["lesson_str"]]
                add("no_mark", f"no-mark-retake-{mid}", student={"person": latest[mid][0]["person_str"]},
                    date=L["date"], subject=L["subject"], value=value,
                    why=f"mark {mid} was {value!r} in GET {p} pulled {pulled}; the later pull of the same range "
                        f"gives {final!r} (R5, §3.1: same id, new value)")
    # R6 no marks for first graders; December for second graders
    marked = {(mk["person_str"], lesson_info[mk["lesson_str"]]["date"], lesson_info[mk["lesson_str"]]["subject"])
              for mk, *_ in latest.values()}
    for pupil in ("1000012741101", "1000012741102"):
        days = sorted({L["date"] for L in lesson_info.values() if L["group"] == group_of[pupil]})
        for day in (days if pupil == "1000012741101" else days[::5]):
            subj = next(L["subject"] for L in sorted(lesson_info.values(), key=lambda L: L["number"])
                        if L["group"] == group_of[pupil] and L["date"] == day and L["number"] >= 1)
            assert (pupil, day, subj) not in marked
            add("no_mark", f"no-mark-1a-{pupil}-{day}", student={"person": pupil}, date=day, subject=subj,
                why="1А: безотметочное обучение, every marks range of 1А is [] (R6, §3.1)")
    for day in sorted({L["date"] for L in lesson_info.values() if L["group"] == group_of["1000012741201"]
                       and L["subject"] == "Математика" and L["date"] < "2026-01-01"}):
        assert ("1000012741201", day, "Математика") not in marked
        add("no_mark", f"no-mark-2a-1000012741201-{day}", student={"person": "1000012741201"}, date=day,
            subject="Математика", why="2А gets no five-point marks before the third quarter; its December ranges "
                                      "hold only the reading check (R6, §3.1)")

    # attendance (R7)
    n = 0
    for req, (body, si) in sorted(logs_by_req.items(), key=lambda kv: kv[0]):
        for e in body:
            L = lesson_info[e["lesson_str"]]
            n += 1
            fact = {"student": {"person": e["person_str"]}, "subject": L["subject"], "date": L["date"],
                    "number": L["number"], "code": e["status"]}
            if e["status"] != "Pass":
                fact["meaning"] = MEANING[e["status"]]
            add("attendance", f"attendance-{n:03d}", **fact,
                why=f"GET {req}: {e['status']} for lesson {e['lesson_str']} (#{L['number']}) (R7, §3.5, §6)"
                    f"{'; Pass: meaning disputed, code only' if e['status'] == 'Pass' else ''}")

    # homework (R8)
    # the homework the facts follow: Миша's after the first week, Даша's own task, Варя's last December week,
    # Лиза's January
    HW_PUPILS = {"1000012741101": ("2025-12-22", "2026-12-31"), "1000012741102": "individual",
                 "1000012741401": ("2025-12-22", "2025-12-28"), "1000012741201": ("2026-01-01", "2026-12-31")}
    n = 0
    for wid, w in sorted(homework.items(), key=lambda kv: (lesson_info[kv[1]["lesson_str"]]["date"], kv[0])):
        L = lesson_info[w["lesson_str"]]
        names = [t["person_str"] for t in w["tasks"]]
        partial = len(names) < len(members[L["group"]])
        for pupil in (names if partial else HW_PUPILS):
            only = HW_PUPILS.get(pupil) if not partial else None
            if pupil not in names:
                continue
            if only == "individual" and len(names) > 1:
                continue
            if isinstance(only, tuple) and not only[0] <= L["date"] <= only[1]:
                continue
            n += 1
            fact = {"student": {"person": pupil}, "subject": w["_subject"], "text": w["text"], "date": L["date"],
                    "due": w["targetDate"][:10]}
            if w["files"]:
                fact["attachments"] = [files[str(f)] for f in w["files"]]
            add("homework", f"homework-{n:03d}", **fact,
                why=f"Homework work {wid} of GET {w['_req']} (R8, §3.2, §3.7): set at lesson {w['lesson_str']} "
                    f"({L['date']}), targetDate {w['targetDate'][:10]}; its tasks name this pupil (§3.6)")
        if len(names) < len(members[L["group"]]):
            for other in members[L["group"]]:
                if other not in names:
                    add("no_homework", f"no-homework-{wid}-{other}", student={"person": other},
                        subject=w["_subject"], text=w["text"],
                        why=f"work {wid}'s tasks name only {', '.join(names)} (R8, §3.6: a task is per pupil)")

    # finals (R9), averages (R10)
    body, si, req = finals
    g = req.split("/")[1]
    pname = {str(p["id"]): p for p in periods[g]}
    n = 0
    for entry in body:
        period = pname[entry["reportingPeriod_str"]]
        for s in entry["per-subject-final-marks"]:
            fm = s["final-mark"]
            subject = subjects_by_id[s["subject_str"]]
            if entry["person_str"] != "1000012741401" and fm["type"] == "mark5" and subject != "Математика":
                continue   # the facts follow Варя's whole column, and everyone's non-numeric and mathematics marks
            n += 1
            add("final_mark", f"final-mark-{n:03d}", student={"person": entry["person_str"]},
                subject=subjects_by_id[s["subject_str"]], period=period["name"], value=fm["textValue"],
                why=f"step {si:02d} GET {req}: final mark {fm['id_str']} ({fm['type']}) of period "
                    f"{entry['reportingPeriod_str']} = {period['name']!r} (R9, §3.13, §3.12, §5)")
    body, si, req = averages
    a, b = req.split("/")[-2:]
    period = next(p for p in periods[g] if p["start"][:10] == a and p["finish"][:10] == b)
    n = 0
    for entry in body:
        for s in entry["per-subject-averages"]:
            n += 1
            add("vendor_average", f"vendor-average-{n:03d}", student={"person": entry["person_str"]},
                subject=subjects_by_id[s["subject_str"]], value=s["avg-mark-value"], period=period["name"],
                why=f"step {si:02d} GET {req}: avg-mark-value kept as sent; {a}..{b} are the dates of "
                    f"{period['name']!r} (R10, §3.13, §3.12)")

    # periods and holidays (R11)
    for pupil in ("1000012741101", "1000012741201", "1000012741401"):
        for p in periods[group_of[pupil]]:
            add("period", f"period-{pupil}-{p['number']}", student={"person": pupil}, name=p["name"],
                starts_on=p["start"][:10], ends_on=p["finish"][:10],
                why=f"edu-groups/{group_of[pupil]}/reporting-period-group: {p['name']} (R11, §3.12, §2)")
    probe = {"Зимние каникулы": "2025-12-29", "Дополнительные каникулы для первоклассников": "2026-02-16"}
    for g, hols in sorted(holidays.items()):
        pupil = next(x for x in ("1000012741101", "1000012741201", "1000012741401") if group_of[x] == g)
        for h in hols:
            if h["name"] not in probe:
                continue
            day = probe[h["name"]]
            assert h["dateStart"][:10] <= day <= h["dateFinish"][:10]
            why = f"reporting-period-group {h['reportingPeriodGroupId']} of group {g}: {h['name']} " \
                  f"{h['dateStart'][:10]}..{h['dateFinish'][:10]} (R11, §3.12)"
            add("holiday", f"holiday-{g}-{day}", group={"group": g}, date=day, name=h["name"], once=True, why=why)
            add("holiday", f"holiday-{pupil}-{day}", student={"person": pupil}, date=day, name=h["name"], once=True,
                why=why)
    extra = "Дополнительные каникулы для первоклассников"
    for g, hols in sorted(holidays.items()):
        if any(h["name"] == extra for h in hols):
            continue
        pupil = next(x for x in ("1000012741101", "1000012741201", "1000012741401") if group_of[x] == g)
        why = f"only 1А's reporting-period-group lists {extra!r}; group {g}'s does not (R11, §3.12: holidays per group)"
        add("no_holiday", f"no-holiday-{g}-2026-02-16", group={"group": g}, date="2026-02-16", name=extra, why=why)
        add("no_holiday", f"no-holiday-{pupil}-2026-02-16", student={"person": pupil}, date="2026-02-16", name=extra,
            why=why)

    ids = [f["id"] for f in facts]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
