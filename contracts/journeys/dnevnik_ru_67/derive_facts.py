"""Derive facts.json from journey.json: what each parent must see for every week of 6Б's quarter, read from the
vendor answers alone (standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest answer about a thing wins: a re-pull of an earlier week
    that differs is the journal's correction (§7: the only change source is polling).
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) lists the lessons of its days; a
    lesson is shown on its `date`'s day at its `number`, with its latest `title` (the topic, §3.4), starting at the
    clock of its `date` (§2: local wall-clock time) and ending at the `Finish` of its number's bell item (§3.14,
    `edu-groups/{g}/timetables`, on the weekdays the item lists).
R2  Who is in the class on a day (§3.8, `POST edu-groups` -> `students[{person, membershipstatus}]`, no dates):
    a pupil lacking from a complete member list is not in the class on the days up to that list's pull; a pupil
    listed `Archive` is not in it on the days after that list's pull; a pupil is in the class from 1 September of
    the group's `studyyear` when the first list has him `Active`, else from the first day the journal names him
    on a lesson of the class (a mark §3.1, a log entry §3.5, a homework task §3.6), to the last list's pull that
    has him `Active`. Lesson facts look only at days that are surely in or surely out (no_lesson).
R3  The autumn break: a `holidays` entry of the group's `reporting-period-group` (§3.12) is a holiday of the class
    on every day from `dateStart` to `dateFinish`; the week's lessons range answers none of the weekday lessons
    of the week before (no_lesson).
R4  A mark (§3.1) is the pupil's (its `person`), shown on its lesson's day (the lesson it names) with its
    `textValue`/`value`; its weight and name are the standalone work type's (§3.3, `weight` lives on WorkType),
    `counts` its `use_avg_calc`. A marks range re-pulled later (§7 group-wide range) is the whole list of its days:
    a changed value replaces the first one (no_mark of the old value), a mark it lacks is gone (no_mark), a mark it
    adds (entered late) is shown. A pupil's marks are his whether or not he is still in the class.
R5  Attendance (§3.5, §6): the latest group log range's entry of (lesson, person); Attend/Absent/Ill/Late/Pass ->
    present/absent/ill/late/excused (Pass's meaning is disputed in §6, so its facts state the code only); the code
    is the status string.
R6  Homework (§3.2, §3.7): a `Homework` work's latest `text`, set at its lesson's day, due its `targetDate`; it is
    the homework of the pupils its `tasks` name (§3.6: per-student assignment records), so a pupil the tasks do not
    name (not yet or no longer in the class) does not see it (no_homework); a re-worded text replaces the first
    (no_homework of the old text).
R7  Quarter marks (§3.13): `edu-groups/{g}/final-marks`, per pupil, period and subject, the `final-mark`'s
    `textValue`; a later answer (the council's correction) replaces it, alone in its cell.
R8  The journal's averages (§3.13 `avg-marks/{from}/{to}`, `avg-mark-value` a string) over the dates of a
    reporting period (§3.12) are that period's averages, shown as sent.
R9  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
DASHA, ARTEM, VERA, ILYA = "1000012670601", "1000012670602", "2260325488567300603", "1000012670604"
WEEKDAYS_WATCHED = {ILYA: (3,), VERA: (3,)}  # Thursday; Дарья every day


def d_(s):
    return dt.date.fromisoformat(s[:10])


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, bells, children, rpg = {}, {}, {}, {}, {}
    rosters = []  # (pull date, {person: status}, where)
    studyyear = {}
    day_lessons = {}  # date -> {lesson id: info} of the latest lessons range covering the day
    lesson_info = {}
    marks_by_day = {}  # date (of the range) -> {mark id: (mark, where)}; mark days by lesson date (lesson info)
    marks = {}  # mark id -> (mark, where), latest
    mark_history = {}  # mark id -> [values]
    logs = {}
    homework = {}  # work id -> (work, lesson id, where)
    hw_history = {}
    finals, averages = {}, {}
    subj_names = {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step.split(':')[0].split(' (')[0]}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                studyyear[g["id_str"]] = g["studyyear"]
        elif req == "POST /v2/edu-groups":
            for entry in body:
                studyyear[entry["group"]["id_str"]] = entry["group"]["studyyear"]
                rosters.append((d_(pulled), {s["person"]["id_str"]: s["membershipstatus"] for s in entry["students"]},
                                where))
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): item["Finish"][11:16]
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for d in days(d_(m[2]), d_(m[3])):
                day_lessons[d] = {}
            for lesson in body:
                lid = lesson["id_str"]
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                lesson_info[lid] = {"g": str(lesson["group"]), "date": d_(lesson["date"]), "number": lesson["number"],
                                    "subject": lesson["subject"]["name"], "title": lesson["title"],
                                    "clock": lesson["date"][11:16], "where": where}
                day_lessons[d_(lesson["date"])][lid] = lesson_info[lid]
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, lid, where)
                        hw_history.setdefault(w["id_str"], []).append(w["text"])
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            a, b = d_(m[2]), d_(m[3])
            for mid, (mk, _) in list(marks.items()):  # R4: the range is the whole list of its days
                info = lesson_info.get(mk["lesson_str"])
                if info and a <= info["date"] <= b:
                    del marks[mid]
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
                hist = mark_history.setdefault(mk["id_str"], [])
                if not hist or hist[-1] != mk["textValue"]:
                    hist.append(mk["textValue"])
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)
                hist = hw_history.setdefault(w["id_str"], [])
                if not hist or hist[-1] != w["text"]:
                    hist.append(w["text"])
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                for per in entry["per-subject-final-marks"]:
                    finals[(entry["person_str"], per["subject_str"], entry["reportingPeriod_str"])] = (
                        per["final-mark"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for per in entry["per-subject-averages"]:
                    averages[(entry["person_str"], per["subject_str"])] = (per["avg-mark-value"], m[2], m[3], where)

    g = next(iter(rpg))
    body, rpg_where = rpg[g]
    periods = {p["id_str"]: p for p in body["reportingPeriods"]}
    holidays = {}
    for h in body["holidays"]:
        for d in days(d_(h["dateStart"]), d_(h["dateFinish"])):
            holidays[d] = h["name"]

    # R2 presence
    evidence = {}
    for mk, _ in marks.values():
        info = lesson_info[mk["lesson_str"]]
        evidence.setdefault(mk["person_str"], []).append(info["date"])
    for (lid, p), _ in logs.items():
        evidence.setdefault(p, []).append(lesson_info[lid]["date"])
    for w, lid, _ in homework.values():
        for t in w["tasks"]:
            evidence.setdefault(t["person_str"], []).append(lesson_info[lid]["date"])
    first_day = dt.date(studyyear[g], 9, 1)

    def presence(p, d):
        """'in', 'out' or None (not sure) for pupil p on day d (R2)."""
        listed = [(when, st.get(p)) for when, st, _ in rosters]
        first_listed = min((when for when, st in listed if st is not None), default=dt.date.max)
        lacking = [when for when, st in listed if st is None and when < first_listed]
        if lacking and d <= max(lacking):
            return "out"
        archived = [when for when, st in listed if st == "Archive"]
        if archived and d > min(archived):
            return "out"
        active = [when for when, st in listed if st == "Active"]
        if not active:
            return None
        start = first_day if listed[0][1] == "Active" else min(evidence.get(p, [dt.date.max]))
        last = max([max(active)] + [e for e in evidence.get(p, []) if not archived or e <= min(archived)])
        return "in" if start <= d <= last else None

    facts, said = [], set()

    def add(kind, why, **kw):
        if kw.get("student", {}).get("person") == ARTEM and kind != "no_mark":
            return  # Артём has no parent in the journey: only his deleted mark (R4) is looked at
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def looks(p, d):  # Дарья every day; Илья and Вера on Thursdays and on the days they arrive or leave
        edge = {ILYA: (dt.date(2026, 9, 25),), VERA: (dt.date(2026, 10, 12), dt.date(2026, 10, 13),
                                                      dt.date(2026, 10, 14))}
        return p == DASHA or d.weekday() in WEEKDAYS_WATCHED.get(p, ()) or d in edge.get(p, ())

    all_days = sorted(day_lessons)
    # R1 lessons, R2 presence, R3 break
    for p in (DASHA, ILYA, VERA):
        for d in all_days:
            if not looks(p, d):
                continue
            state = presence(p, d)
            ls = sorted(day_lessons[d].values(), key=lambda i: i["number"])
            for info in ls:
                if state == "in":
                    end = bells.get(info["g"], {}).get((d.strftime("%A"), info["number"]))
                    add("lesson", f"R1 {info['where']}; end {end} of bell item #{info['number']} (§3.14); R2 {p} in "
                                  f"the class on {d}", student={"person": p}, date=str(d), number=info["number"],
                        subject=info["subject"], topic=info["title"], starts_at=info["clock"], ends_at=end)
                elif state == "out":
                    add("no_lesson", f"R2 {p} is not in the class on {d} (member lists, §3.8); R1 {info['where']}",
                        student={"person": p}, date=str(d), number=info["number"], subject=info["subject"])
            if d in holidays and presence(p, d) == "in":
                add("holiday", f"R3 «{holidays[d]}» of {rpg_where}", student={"person": p}, date=str(d),
                    name=holidays[d], once=True)
                prior = d - dt.timedelta(days=7)
                while prior in holidays:
                    prior -= dt.timedelta(days=7)
                for info in sorted(day_lessons.get(prior, {}).values(), key=lambda i: i["number"]):
                    add("no_lesson", f"R3 {d} is «{holidays[d]}»; {info['subject']} #{info['number']} is the weekday's "
                                     f"lesson of {prior}; the week's range lists none", student={"person": p},
                        date=str(d), number=info["number"], subject=info["subject"])
    for d in sorted(holidays):
        if d.weekday() < 5 and all_days[0] <= d <= all_days[-1] + dt.timedelta(days=3):
            add("holiday", f"R3 class schedule: «{holidays[d]}» of {rpg_where}", group={"group": g}, date=str(d),
                name=holidays[d], once=True)
    # R4 marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        p, info = mk["person_str"], lesson_info[mk["lesson_str"]]
        wt = str(mk["workType"])
        add("mark", f"R4 mark {mid} ({mk['date']}) of {where} on lesson {mk['lesson_str']} ({info['date']} "
                    f"#{info['number']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
        for old in mark_history[mid][:-1]:
            add("no_mark", f"R4 mark {mid} first pulled as «{old}», the re-pulled range of {where} has "
                           f"«{mk['textValue']}»", student={"person": p}, date=str(info["date"]),
                subject=info["subject"], value=old)
    for mid, hist in sorted(mark_history.items()):
        if mid not in marks:
            # the deleted mark's lesson and person: from the mark ids of the journey's answers
            for _, _, _, r in records:
                if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", r["request"]):
                    mk = next((x for x in r["body"] if x["id_str"] == mid), None)
                    if mk:
                        info = lesson_info[mk["lesson_str"]]
                        add("no_mark", f"R4 mark {mid} «{hist[-1]}» of {r['request']} (pulled {r['pulled_at']}) is "
                                       f"lacked by a later range covering {info['date']}",
                            student={"person": mk["person_str"]}, date=str(info["date"]), subject=info["subject"])
                        break
    # R5 attendance
    for (lid, p), (e, where) in sorted(logs.items(), key=lambda x: (lesson_info[x[0][0]]["date"], x[0])):
        info = lesson_info[lid]
        fact = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"], "code": e["status"]}
        if e["status"] != "Pass":
            fact["meaning"] = STATUS[e["status"]]
        add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}", **fact)
    # R6 homework
    texts = [t for hist in hw_history.values() for t in hist]
    for wid, (w, lid, where) in sorted(homework.items(), key=lambda x: (lesson_info[x[1][1]]["date"], x[0])):
        info = lesson_info[lid]
        subject = subj_names[str(w["subjectId"])]
        named = {t["person_str"] for t in w["tasks"]}
        for p in (DASHA, ILYA, VERA):
            if p in named and (looks(p, info["date"]) or p == DASHA):
                add("homework", f"R6 Homework work {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                                f"{w['targetDate'][:10]}; its tasks name {p}", student={"person": p},
                    subject=subject, text=w["text"], date=str(info["date"]), due=w["targetDate"][:10])
                for old in hw_history[wid][:-1]:
                    if texts.count(old) == 1:
                        add("no_homework", f"R6 work {wid} re-worded: «{old}» -> «{w['text']}» ({where})",
                            student={"person": p}, subject=subject, text=old)
            elif p not in named and p != DASHA and texts.count(w["text"]) == 1 and presence(p, info["date"]) != "in":
                add("no_homework", f"R6 work {wid} ({info['date']}) of {where}: its tasks do not name {p} (§3.6)",
                    student={"person": p}, subject=subject, text=w["text"])
    # R7 final marks
    for (p, s, rp), (mk, where) in sorted(finals.items()):
        add("final_mark", f"R7 {where}: final-mark {mk['id_str']}", student={"person": p}, subject=subj_names[s],
            period=periods[rp]["name"], value=mk["textValue"] or mk["value"])
    # R8 the journal's averages
    for (p, s), (value, a, b, where) in sorted(averages.items()):
        period = next((x["name"] for x in periods.values() if x["start"][:10] == a and x["finish"][:10] == b), None)
        fact = {"student": {"person": p}, "subject": subj_names[s], "value": value}
        if period:
            fact["period"] = period
        add("vendor_average", f"R8 {where}: the range {a}..{b} is «{period}»'s dates", **fact)
    # R9 periods, children
    for p in periods.values():
        add("period", f"R9 {rpg_where}", name=p["name"], starts_on=p["start"][:10], ends_on=p["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R9 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
