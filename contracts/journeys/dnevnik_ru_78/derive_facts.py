"""Derive facts.json from journey.json: what a parent must see, read from the vendor's answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Every answer is the journal's state when the job pulled it (`pulled_at`); answers are replayed in pull order,
    whatever order they were delivered in (the hub's documented rule: the latest pull wins). So an answer pulled
    earlier and delivered later (the job's retry queue) neither brings back what a newer answer lacks nor reverts
    what a newer answer changed.
R1  A list answer is the whole list of what it selects, as of its pull (§3.1, §3.5, §3.13, §7: the range and
    per-entity endpoints are the only way to read the journal; nothing else announces a deletion, and POST, PUT
    and DELETE exist on marks and log entries), so a thing an earlier answer of the same selection had and a later
    one lacks has been deleted:
      - `edu-groups/{g}/marks/{from}/{to}`: the marks of the group's lessons dated from..to (§3.1, §7);
      - `works/{w}/marks`: the marks of that work (§3.1), and of no other work of the lesson;
      - `lesson-log-entries/group/{g}?subject={s}&from&to`: the entries of that subject's lessons of the group
        from..to (§3.5; the `subject` filter narrows it to that subject);
      - `lessons/{l}/log-entries`: the entries of that lesson (§3.5);
      - `edu-groups/{g}/final-marks`: the group's final marks, per pupil and reporting period (§3.13).
R2  A mark (§3.1) is its latest statement: value (`textValue`, else `value`), whose it is (`person`), its work
    type (`workType`: the standalone work type's `title` and `weight`, §3.3) and whether it counts
    (`use_avg_calc`). It is shown at its lesson (`lesson`), on the lesson's day and number (§3.4). A mark a teacher
    moved to another pupil is another mark (a new id): the first pupil no longer shows it (no_mark), the second
    does. A value a mark showed and no current mark of that pupil at that lesson shows is gone (no_mark).
R3  Attendance (§3.5, §6) is identified by (lesson, person); its latest status: Absent/Ill/Late -> absent/ill/late
    with the journal's code; `Pass` -> the code alone (its meaning is disputed, §6 and §11); `Attend`, or an entry
    deleted (R1), -> present, with no code asserted (§6: Attend shows no mark).
R4  Final marks (§3.13, §8.4): the cell (pupil, reporting period, subject) shows the `final-mark` of the latest
    `edu-groups/{g}/final-marks` answer, alone; a retake given as a new mark replaces the old one, which the
    answer no longer lists (no_final_mark with its value); a corrected mark keeps its id and shows its new value;
    a mark deleted from a cell (entered in the wrong column or on the wrong pupil) is gone from it.
R5  The journal's own averages (§3.1 `wa-marks`: a float per pupil and subject; §3.13 `avg-marks`: a string),
    as the latest pull of the same request states them, shown as sent; a request whose `from`/`to` are the first
    and last day of one of the group's reporting periods (§3.12) is that period's average.
R6  Periods (§3.12) by name and dates from the groups' `reporting-period-group`; a group's periods are its own
    (7В counts in quarters, 10А in half-years; the other scheme's columns are not the pupil's); holidays from the
    same answer, on each day of `dateStart`..`dateFinish`; parents' children from `users/{u}/context` (§3.9);
    lessons (subject, number, topic = `title`) from the latest lessons range covering their day (§3.4).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
STATUS = {"Absent": "absent", "Ill": "ill", "Late": "late"}
WATCH_LESSONS = {"1000012780701", "1000012781001"}  # Кира (7В) and Матвей (10А): every lesson of the last week
EARLIER_FINALS = {"1000012780701", "1000012781001"}  # the earlier periods' final marks: Кира's and Матвей's
LAST_WEEK = (dt.date(2028, 5, 29), dt.date(2028, 5, 31))
HOLIDAY_DAYS = (dt.date(2028, 6, 1), dt.date(2028, 6, 2))


def d(s):
    return dt.date.fromisoformat(s[:10])


def idstr(obj, key):
    return str(obj.get(f"{key}_str") or obj[key])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    arrivals = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(enumerate(arrivals), key=lambda x: (dt.datetime.fromisoformat(x[1][1]["pulled_at"]), x[0]))

    work_types = {}  # id -> (title, weight)
    members, children, rpg = {}, {}, {}
    lessons = {}  # lesson id -> info
    day_lessons = {}  # (group, date) -> {lesson id}
    marks = {}  # mark id -> (mark, where) | (None, where) when deleted
    shown = {}  # (person, lesson, value) -> where: every value a mark showed on a pupil's lesson
    entries = {}  # (lesson, person) -> (entry, where) | (None, where)
    finals = {}  # group -> {(person, period, subject): (mark, where)}
    final_seen = {}  # (person, period, subject) -> {value: where}
    averages = {}  # (request, person, subject) -> (value, where, group, from, to)

    for index, (step, r) in records:
        req, body, pulled = r["request"], r["body"], r["pulled_at"]
        where = f"{req} (pulled {pulled}, delivered in step «{step[:60]}»)"
        path = urlsplit(req.split(" ", 1)[1]).path
        query = parse_qs(urlsplit(req.split(" ", 1)[1]).query)
        if re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                work_types[idstr(w, "id")] = (w["title"], w["weight"])
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/persons", path):
            members[m[1]] = [idstr(p, "id") for p in body]
        elif m := re.fullmatch(r"/v2/users/(\d+)/context", path):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/reporting-period-group", path):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", path):
            g, a, b = m[1], d(m[2]), d(m[3])
            for day in (a + dt.timedelta(days=i) for i in range((b - a).days + 1)):
                day_lessons[(g, day)] = set()
            for lesson in body:
                lid = idstr(lesson, "id")
                lessons[lid] = {"g": str(lesson["group"]), "date": d(lesson["date"]), "number": lesson["number"],
                                "subject": lesson["subject"]["name"], "subject_id": idstr(lesson["subject"], "id"),
                                "title": lesson["title"], "where": where}
                day_lessons.setdefault((str(lesson["group"]), d(lesson["date"])), set()).add(lid)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", path):
            g, a, b = m[1], d(m[2]), d(m[3])
            stated = {idstr(mk, "id") for mk in body}
            for mid, (mk, _) in list(marks.items()):  # R1: the group's marks of lessons dated a..b
                if mk is not None and mid not in stated:
                    info = lessons[idstr(mk, "lesson")]
                    if info["g"] == g and a <= info["date"] <= b:
                        marks[mid] = (None, where)
            for mk in body:
                marks[idstr(mk, "id")] = (mk, where)
                shown.setdefault((idstr(mk, "person"), idstr(mk, "lesson"), mk["textValue"] or mk["value"]),
                                 (idstr(mk, "id"), where))
        elif m := re.fullmatch(r"/v2/works/(\d+)/marks", path):
            stated = {idstr(mk, "id") for mk in body}
            for mid, (mk, _) in list(marks.items()):  # R1: the work's marks only
                if mk is not None and mid not in stated and idstr(mk, "work") == m[1]:
                    marks[mid] = (None, where)
            for mk in body:
                marks[idstr(mk, "id")] = (mk, where)
                shown.setdefault((idstr(mk, "person"), idstr(mk, "lesson"), mk["textValue"] or mk["value"]),
                                 (idstr(mk, "id"), where))
        elif m := re.fullmatch(r"/v2/lesson-log-entries/group/(\d+)", path):
            g, subject = m[1], query["subject"][0]
            a, b = d(query["from"][0]), d(query["to"][0])
            stated = {(idstr(e, "lesson"), idstr(e, "person")) for e in body}
            for key, (e, _) in list(entries.items()):
                info = lessons[key[0]]
                if e is not None and key not in stated and info["g"] == g and a <= info["date"] <= b and \
                        info["subject_id"] == subject:
                    entries[key] = (None, where)
            for e in body:
                entries[(idstr(e, "lesson"), idstr(e, "person"))] = (e, where)
        elif m := re.fullmatch(r"/v2/lessons/(\d+)/log-entries", path):
            stated = {(idstr(e, "lesson"), idstr(e, "person")) for e in body}
            for key, (e, _) in list(entries.items()):
                if e is not None and key not in stated and key[0] == m[1]:
                    entries[key] = (None, where)
            for e in body:
                entries[(idstr(e, "lesson"), idstr(e, "person"))] = (e, where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/final-marks", path):
            cells = {}
            for row in body:
                for per in row["per-subject-final-marks"]:
                    mk = per["final-mark"]
                    if mk is None:
                        continue
                    key = (idstr(row, "person"), idstr(row, "reportingPeriod"), idstr(per, "subject"))
                    cells[key] = (mk, where)
                    final_seen.setdefault(key, {}).setdefault(mk["textValue"] or mk["value"], where)
            finals[m[1]] = (cells, where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/wa-marks/([\d-]+)/([\d-]+)", path):
            for subj in body["subjectMarks"]:
                for x in subj["marks"]:
                    if x["value"] is not None:
                        averages[(path, str(x["person"]), idstr(subj, "subject"))] = (
                            json.dumps(x["value"]), where, m[1], m[2], m[3])
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", path):
            for row in body:
                for x in row["per-subject-averages"]:
                    if x["avg-mark-value"] not in (None, ""):
                        averages[(path, idstr(row, "person"), idstr(x, "subject"))] = (
                            x["avg-mark-value"], where, m[1], m[2], m[3])

    group_of = {p: g for g, ps in members.items() for p in ps}
    subject_names = {info["subject_id"]: info["subject"] for info in lessons.values()}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # R6: lessons of the last week (Кира, Матвей)
    for p in sorted(WATCH_LESSONS):
        g = group_of[p]
        for (gg, day), lids in sorted(day_lessons.items()):
            if gg != g or not LAST_WEEK[0] <= day <= LAST_WEEK[1]:
                continue
            for lid in sorted(lids, key=lambda x: lessons[x]["number"]):
                info = lessons[lid]
                add("lesson", f"R6 lesson {lid} as the latest range covering {day} states it: {info['where']} (§3.4)",
                    student={"person": p}, date=str(day), number=info["number"], subject=info["subject"],
                    topic=info["title"])

    # R2: marks
    current = {}
    for mid, (mk, where) in sorted(marks.items()):
        if mk is None:
            continue
        p, lid = idstr(mk, "person"), idstr(mk, "lesson")
        info = lessons[lid]
        wt = str(mk["workType"])
        title, weight = work_types[wt]
        value = mk["textValue"] or mk["value"]
        current.setdefault((p, lid), set()).add(value)
        add("mark", f"R2 mark {mid} ({mk['date']}) on lesson {lid} (#{info['number']}, {info['date']}) as last "
                    f"stated by {where}; work type {wt} «{title}» weight {weight} (§3.1, §3.3); use_avg_calc "
                    f"{mk['use_avg_calc']}",
            student={"person": p}, date=str(info["date"]), number=info["number"], subject=info["subject"],
            value=value, weight=weight, work_type=title, counts=mk["use_avg_calc"])
    for (p, lid, value), (mid, where) in sorted(shown.items()):
        if value in current.get((p, lid), set()):
            continue
        info = lessons[lid]
        mk, w = marks[mid]
        now = (f"deleted: {w} lacks it" if mk is None else
               f"now «{mk['textValue'] or mk['value']}» of person {idstr(mk, 'person')}: {w}")
        add("no_mark", f"R1/R2 mark {mid} showed «{value}» on lesson {lid} (#{info['number']}, {info['date']}) "
                       f"by {where}; {now}", student={"person": p}, date=str(info["date"]), number=info["number"],
            subject=info["subject"], value=value)

    # R3: attendance
    for (lid, p), (e, where) in sorted(entries.items()):
        info = lessons[lid]
        base = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"]}
        if e is None:
            add("attendance", f"R1/R3 the entry ({lid}, {p}) is deleted: {where} lacks it; present again (§3.5)",
                **base, meaning="present")
        elif e["status"] == "Attend":
            add("attendance", f"R3 the entry ({lid}, {p}) is Attend as of {where}: present, no mark (§6)",
                **base, meaning="present")
        elif e["status"] == "Pass":
            add("attendance", f"R3 the entry ({lid}, {p}) is Pass «{e['comment']}» as of {where}: the code alone, "
                              f"its meaning is disputed (§6, §11)", **base, code="Pass")
        else:
            add("attendance", f"R3 the entry ({lid}, {p}) is {e['status']} «{e['comment']}» "
                              f"({e['createdDate']}) as of {where} (§3.5, §6)",
                **base, code=e["status"], meaning=STATUS[e["status"]])

    # R4: final marks
    period_names = {idstr(rp, "id"): rp["name"] for body, _ in rpg.values() for rp in body["reportingPeriods"]}
    current_finals = {key: v for cells, _ in finals.values() for key, v in cells.items()}
    latest_finals = {p: where for g, (_, where) in finals.items() for p in members.get(g, [])}
    earlier = {pid for body, _ in rpg.values() for rp in body["reportingPeriods"] if rp["finish"] < "2028-05-01"
               and rp["type"] != "Year" for pid in [idstr(rp, "id")]}
    for key, (mk, where) in sorted(current_finals.items()):
        p, rp, subj = key
        if rp in earlier and p not in EARLIER_FINALS:
            continue
        add("final_mark", f"R4 final mark {idstr(mk, 'id')} ({mk['date']}) of {period_names[rp]} in the latest "
                          f"final-marks answer, {where} (§3.13)",
            student={"person": p}, subject=subject_names[subj], period=period_names[rp],
            value=mk["textValue"] or mk["value"])
    for key, seen in sorted(final_seen.items()):
        p, rp, subj = key
        now = current_finals.get(key)
        now_value = (now[0]["textValue"] or now[0]["value"]) if now else None
        for value, where in sorted(seen.items()):
            if value == now_value:
                continue
            latest = now[1] if now else latest_finals[p]
            add("no_final_mark", f"R1/R4 «{value}» was the {period_names[rp]} mark by {where}; the latest answer, "
                                 f"{latest}, {'shows ' + now_value + ' (a corrected or new mark)' if now else 'has none there'}",
                student={"person": p}, subject=subject_names[subj], period=period_names[rp], value=value)

    # R5: the journal's averages
    periods_of = {g: [(rp["start"][:10], rp["finish"][:10], rp["name"]) for rp in body["reportingPeriods"]]
                  for g, (body, _) in rpg.items()}
    for (path, p, subj), (value, where, g, a, b) in sorted(averages.items()):
        period = next((name for start, finish, name in periods_of[g] if (start, finish) == (a, b)), None)
        if period is None:
            continue
        add("vendor_average", f"R5 {'weighted (wa-marks, §3.1)' if 'wa-marks' in path else 'simple (avg-marks, §3.13)'}"
                              f" average over {a}..{b} = {period}'s dates (§3.12), as the latest pull states it: "
                              f"{where}", student={"person": p}, subject=subject_names[subj], period=period,
            value=value)

    # R6: periods, the other scheme's columns, holidays, children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R6 {rp['type']} period of group {g}: {where} (§3.12)", name=rp["name"],
                    starts_on=key[1], ends_on=key[2])
    for p in sorted(WATCH_LESSONS):
        g = group_of[p]
        own = {rp["name"] for rp in rpg[g][0]["reportingPeriods"]}
        for other, (body, where) in sorted(rpg.items()):
            for rp in body["reportingPeriods"]:
                if other != g and rp["name"] not in own:
                    add("no_period", f"R6 «{rp['name']}» is group {other}'s period ({where}); group {g}'s list "
                                     f"lacks it (§3.12)", student={"person": p}, name=rp["name"])
        for h in rpg[g][0]["holidays"]:
            for day in HOLIDAY_DAYS:
                if d(h["dateStart"]) <= day <= d(h["dateFinish"]):
                    add("holiday", f"R6 holiday «{h['name']}» {h['dateStart'][:10]}..{h['dateFinish'][:10]} of group "
                                   f"{g}: {rpg[g][1]} (§3.12)", student={"person": p}, date=str(day), name=h["name"],
                        once=True)
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where} (§3.9)", guardian={"user": user}, children=[{"person": k} for k in kids])

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
