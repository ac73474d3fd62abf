#!/usr/bin/env python3
"""Derive facts.json from journey.json as the Dnevnik.ru reference (shared/reference/dnevnik_ru.md) reads it.

Standard library only; does not import the hub. Deterministic (no clock, no randomness). §N = the reference's section.

R1  ids: the `_str` twin wins, else the exact integer (§1); numbers are read as their literal text.
R2  reporting periods (§3.12): `edu-groups/{g}/reporting-period-group` (or `.../reporting-periods`) are the periods
    of the group in the path, named by their `name`, from `start` to `finish` (midnight of the last day: the date
    part is the last day). A Year period (`type` "Year", SOAP EduReportingPeriodType) is the year column.
R3  membership (§3.8): a pupil a group's `persons` answer lists is in that group; a pupil missing from an earlier
    complete list of the group and listed by a later one arrived the day after the last list that lacked him.
R4  period (kind `period`): each pupil sees every period of each group he is in, except, for a pupil who arrived
    during the year (R3), periods that finished before his arrival (no final of his can be in them).
R5  no_period: a pupil sees no period named as a period of a group he is not in, unless one of his own groups has
    a period of that name (7А's pupils no half-years, 10Б's no quarters, in any school year).
R6  final marks (§3.13): `edu-groups/{g}/final-marks` is the whole list of the group's period and year marks at its
    pull (per person and reportingPeriod); `persons/{p}/edu-groups/{g}/allfinalmarks` the whole list of that pupil's
    in that group, each Mark on a `PeriodMark` Work whose `periodType`/`periodNumber` names the group's period
    (§3.2, §3.13); a group's marks range (§3.1, by mark date) holds the period marks set on its days likewise (a
    Mark with `lesson` null on a PeriodMark work). The latest answer wins: a mark re-sent under the same id with
    another value is corrected, one a later complete answer lacks is deleted. Each final left is a `final_mark`
    fact in its period's column, named as the vendor names it, its text (`textValue`, else `value`) as written
    (`зачёт`, `осв`, `н/а`, §5).
R7  no_mark: a period mark that a marks range brings is no diary mark on its date (§3.13: `lesson` null, its work a
    PeriodMark), unless the same pupil has an ordinary mark of the same text in that subject that day.
R8  lessons (§3.4): each lesson of a group's lessons range shows on its date with its `number`, subject name and
    `title` (the topic), for the first pupil of its group (the first listed by the group's first persons answer).
R9  marks (§3.1): an ordinary mark (with a lesson) shows under its lesson's date with its value as written; weight
    and title are its work type's (§3.3 standalone `weight`/`title`); it counts when `use_avg_calc` is true and its
    scale is numeric (mark5; test/markna/markdismiss never count, §5).
R10 children (§3.9): a parent's `users/{u}/context` `children` are the parent's children (guardian = `personId`).
R11 holiday: each holiday of a group's reporting-period-group (§3.12) shows, once, on its `dateStart` in the diary
    of the group's first pupil (R8).
R12 no_holiday: a holiday of another group of the same school year, on its first day that none of the pupil's own
    groups' holidays of that name covers, is not in the diary of a pupil of the other class by then (one class's
    break is not another's).
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(o, k):
    if o.get(k + "_str") not in (None, ""):
        return str(o[k + "_str"])
    return None if o.get(k) is None else str(o[k])


def day_after(d):
    return (dt.date.fromisoformat(d) + dt.timedelta(days=1)).isoformat()


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"), parse_float=lambda s: s)
    records = [(step["name"].split(".")[0], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    subjects, wtypes, works, periods, group_periods, holidays = {}, {}, {}, {}, {}, {}
    groups, lists, lessons, ordinary, contexts = {}, {}, {}, [], {}
    # reference data (not dated: works and work types, subjects, periods), R1/R2
    for step, r in records:
        path = re.sub(r"^(GET|POST) ", "", r["request"]).split("?")[0]
        body = r["body"]
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            for s in body:
                subjects[sid(s, "id")] = s["name"]
        elif re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                wtypes[sid(w, "id")] = (w["title"], w["weight"], w["kind"], step)
        elif path == "/v2/works/many":
            for w in body:
                works[sid(w, "id")] = w
        elif path.endswith("/allfinalmarks"):
            for w in body["works"]:
                works[sid(w, "id")] = w
            for s in body["subjects"]:
                subjects.setdefault(str(s["id"]), s["name"])
        elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", path):
            for lesson in body:
                subjects[sid(lesson["subject"], "id")] = lesson["subject"]["name"]
                for w in lesson["works"]:
                    works[sid(w, "id")] = w
        elif re.fullmatch(r"/v2/edu-groups/\d+/reporting-period-group", path) or \
                re.fullmatch(r"/v2/edu-groups/\d+/reporting-periods", path):
            g = path.split("/")[3]
            rps = body["reportingPeriods"] if isinstance(body, dict) else body
            for p in rps:
                periods[sid(p, "id")] = {"name": p["name"], "start": p["start"][:10], "finish": p["finish"][:10],
                                         "type": p["type"], "number": p["number"], "group": g, "step": step,
                                         "request": r["request"]}
                group_periods.setdefault(g, [])
                if sid(p, "id") not in group_periods[g]:
                    group_periods[g].append(sid(p, "id"))
            if isinstance(body, dict):
                holidays[g] = [(h["name"], h["dateStart"][:10], h["dateFinish"][:10], step, r["request"])
                               for h in body.get("holidays", [])]
        elif re.fullmatch(r"/v2/edu-groups/\d+", path):
            groups[path.split("/")[3]] = body

    def period_of_work(w):
        g = sid(w, "eduGroup")
        return next((pid for pid in group_periods.get(g, []) if periods[pid]["type"] == w["periodType"]
                     and periods[pid]["number"] == w["periodNumber"]), None)

    # dated answers in push order (R3, R6, R8, R9, R10)
    finals, range_period_marks = {}, []
    for step, r in records:
        path = re.sub(r"^(GET|POST) ", "", r["request"]).split("?")[0]
        body, pulled = r["body"], r["pulled_at"]
        if re.fullmatch(r"/v2/edu-groups/\d+/persons", path):
            lists.setdefault(path.split("/")[3], []).append((pulled[:10], [sid(p, "id") for p in body], step))
        elif re.fullmatch(r"/v2/users/\d+/context", path):
            contexts[sid(body, "userId")] = (sid(body, "personId"), [sid(c, "personId") for c in body["children"]],
                                             step, r["request"])
        elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", path):
            for lesson in body:
                lessons[sid(lesson, "id")] = (lesson, step, r["request"])
        elif re.fullmatch(r"/v2/edu-groups/\d+/final-marks", path):
            g = path.split("/")[3]
            held = {}
            for entry in body:
                for psm in entry["per-subject-final-marks"]:
                    m = psm["final-mark"]
                    if m is None:
                        continue
                    held[sid(m, "id")] = {"person": sid(entry, "person"), "group": sid(entry, "group"),
                                          "subject": sid(psm, "subject"), "period": sid(entry, "reportingPeriod"),
                                          "mark": m, "step": step, "request": r["request"]}
            for k in [k for k, f in finals.items() if f["group"] == g and k not in held]:
                del finals[k]
            finals.update(held)
        elif path.endswith("/allfinalmarks"):
            p, g = path.split("/")[3], path.split("/")[5]
            held = {}
            for m in body["marks"]:
                w = works[sid(m, "work")]
                if w["type"] != "PeriodMark":
                    continue
                held[sid(m, "id")] = {"person": sid(m, "person"), "group": g, "subject": str(w["subjectId"]),
                                      "period": period_of_work(w), "mark": m, "step": step, "request": r["request"]}
            for k in [k for k, f in finals.items() if f["group"] == g and f["person"] == p and k not in held]:
                del finals[k]
            finals.update(held)
        elif re.fullmatch(r"/v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", path):
            g, lo, hi = path.split("/")[3], path.split("/")[5], path.split("/")[6]
            held = {}
            for m in body:
                if m.get("lesson") is None and works.get(sid(m, "work"), {}).get("type") == "PeriodMark":
                    w = works[sid(m, "work")]
                    held[sid(m, "id")] = {"person": sid(m, "person"), "group": sid(w, "eduGroup"),
                                          "subject": str(w["subjectId"]), "period": period_of_work(w), "mark": m,
                                          "step": step, "request": r["request"]}
                    range_period_marks.append(held[sid(m, "id")])
                else:
                    ordinary.append((m, step, r["request"]))
            for k in [k for k, f in finals.items() if f["group"] == g and lo <= f["mark"]["date"][:10] <= hi
                      and k not in held]:
                del finals[k]
            finals.update(held)

    members, first_pupil, arrival = {}, {}, {}
    for g, seq in lists.items():
        first_pupil[g] = seq[0][1][0]
        seen_lacking = {}
        for day, persons, _ in seq:
            for p in persons:
                members.setdefault(p, set()).add(g)
                if (p, g) not in arrival:
                    arrival[(p, g)] = seen_lacking.get(p)
            for p in set().union(*[set(x[1]) for x in seq]) - set(persons):
                seen_lacking[p] = day_after(day)
    names = {}
    for step, r in records:
        if re.search(r"/persons(\?|$)", r["request"]) and isinstance(r["body"], list):
            for p in r["body"]:
                names[sid(p, "id")] = f"{p['lastName']} {p['firstName']}"

    facts = []
    # R8 lessons
    for lid, (lesson, step, request) in sorted(lessons.items(), key=lambda kv: (kv[1][0]["date"], kv[1][0]["number"])):
        g = str(lesson["group"])
        facts.append({"kind": "lesson", "student": {"person": first_pupil[g]}, "date": lesson["date"][:10],
                      "number": lesson["number"], "subject": lesson["subject"]["name"], "topic": lesson["title"],
                      "why": f"step {step}: {request}: lesson {lid} of «{groups[g]['name']}» (§3.4: title is the topic, "
                             f"number the slot), shown to its pupil {names[first_pupil[g]]} (R8)"})
    # R9 ordinary marks
    texts = {}
    for m, step, request in sorted(ordinary, key=lambda x: (x[0]["date"], sid(x[0], "person"))):
        lesson = lessons[sid(m, "lesson")][0]
        title, weight, _, wstep = wtypes[str(m["workType"])]
        day, subj = lesson["date"][:10], lesson["subject"]["name"]
        text = m.get("textValue") or m["value"]
        texts.setdefault((sid(m, "person"), subj, day), set()).add(text)
        counts = bool(m["use_avg_calc"]) and m["type"] == "mark5"
        facts.append({"kind": "mark", "student": {"person": sid(m, "person")}, "date": day, "subject": subj,
                      "value": text, "weight": weight, "work_type": title, "counts": counts,
                      "why": f"step {step}: {request}: Mark {sid(m, 'id')} of lesson {sid(m, 'lesson')} ({m['type']}, §3.1, "
                             f"§5), under its lesson's date; weight and title of work type {m['workType']} (step {wstep}, "
                             f"§3.3); use_avg_calc {str(m['use_avg_calc']).lower()} (R9)"})
    # R7 period marks of a marks range are no diary marks
    for f in sorted(range_period_marks, key=lambda f: (f["mark"]["date"], f["person"], f["subject"])):
        m = f["mark"]
        text = m.get("textValue") or m["value"]
        day, subj = m["date"][:10], subjects[f["subject"]]
        if text in texts.get((f["person"], subj, day), set()):
            continue
        facts.append({"kind": "no_mark", "student": {"person": f["person"]}, "date": day, "subject": subj,
                      "value": text,
                      "why": f"step {f['step']}: {f['request']} holds Mark {sid(m, 'id')} «{text}» with lesson null on "
                             f"PeriodMark work {sid(m, 'work')} (§3.13, §3.2): the «{periods[f['period']]['name']}» mark, "
                             f"not a diary mark of {day} (R7)"})
    # R6 final marks
    order = {pid: i for g in group_periods for i, pid in enumerate(group_periods[g])}
    for mid, f in sorted(finals.items(), key=lambda kv: (kv[1]["person"], periods[kv[1]["period"]]["start"][:4],
                                                         kv[1]["subject"], order[kv[1]["period"]])):
        m, per = f["mark"], periods[f["period"]]
        text = m.get("textValue") or m["value"]
        facts.append({"kind": "final_mark", "student": {"person": f["person"]}, "subject": subjects[f["subject"]],
                      "period": per["name"], "value": text,
                      "why": f"step {f['step']}: {f['request']} (the latest answer holding it): Mark {mid} «{text}» "
                             f"({m['type']}, §5) for reporting period {f['period']} «{per['name']}» {per['start']}.."
                             f"{per['finish']} of group {f['group']} (§3.13, §3.12; R6)"})
    # R4 / R5 periods
    year_of = {g: groups[g]["studyyear"] for g in groups}
    for p in sorted(members):
        own = sorted(members[p], key=lambda g: year_of[g])
        own_names = {periods[pid]["name"] for g in own for pid in group_periods.get(g, [])}
        for g in own:
            arrived = arrival.get((p, g))
            for pid in group_periods.get(g, []):
                per = periods[pid]
                if arrived and per["finish"] < arrived:
                    continue
                facts.append({"kind": "period", "student": {"person": p}, "name": per["name"],
                              "starts_on": per["start"], "ends_on": per["finish"],
                              "why": f"step {per['step']}: {per['request']}: period {pid} of «{groups[g]['name']}» "
                                     f"({groups[g]['studyyear']}/{groups[g]['studyyear'] + 1}), a group of this pupil (§3.12, §3.8; R4"
                                     + (f"; arrived {arrived}, R3" if arrived else "") + ")"})
        other = sorted({periods[pid]["name"] for g in group_periods if g not in members[p]
                        for pid in group_periods[g]} - own_names)
        for name in other:
            facts.append({"kind": "no_period", "student": {"person": p}, "name": name,
                          "why": f"«{name}» is a period of another class only ({', '.join(sorted(groups[g]['name'] for g in group_periods if g not in members[p] and any(periods[x]['name'] == name for x in group_periods[g])))}); "
                                 f"this pupil's classes ({', '.join(groups[g]['name'] for g in own)}) have no period of that name (§3.12; R5)"})
    # R10 children
    for user, (parent, children, step, request) in sorted(contexts.items()):
        facts.append({"kind": "children", "guardian": {"person": parent}, "children": [{"person": c} for c in children],
                      "why": f"step {step}: {request}: the context's children (§3.9; R10)"})
    # R11 / R12 holidays
    for g in sorted(holidays, key=lambda g: (year_of[g], groups[g]["name"])):
        for name, start, finish, step, request in holidays[g]:
            facts.append({"kind": "holiday", "student": {"person": first_pupil[g]}, "date": start, "name": name,
                          "once": True, "why": f"step {step}: {request}: «{name}» {start}..{finish} of «{groups[g]['name']}» "
                                               f"(§3.12 holidays; R11)"})
    for p in sorted(members):
        for g in sorted(holidays, key=lambda g: groups[g]["name"]):
            if g in members[p] or not any(year_of[o] == year_of[g] for o in members[p]):
                continue
            for name, start, finish, step, request in holidays[g]:
                own = [(s, e) for o in members[p] if year_of[o] == year_of[g] for n, s, e, _, _ in holidays.get(o, [])
                       if n == name]
                d = dt.date.fromisoformat(start)
                while d.isoformat() <= finish and any(s <= d.isoformat() <= e for s, e in own):
                    d += dt.timedelta(days=1)
                joined = max((arrival.get((p, o)) or "") for o in members[p] if year_of[o] == year_of[g])
                if d.isoformat() <= finish and joined <= d.isoformat():
                    facts.append({"kind": "no_holiday", "student": {"person": p}, "date": d.isoformat(), "name": name,
                                  "why": f"step {step}: {request}: «{name}» {start}..{finish} is «{groups[g]['name']}»'s; "
                                         f"this pupil's class's «{name}» does not cover {d.isoformat()} (§3.12; R12)"})
    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f.pop("id"), **f} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
