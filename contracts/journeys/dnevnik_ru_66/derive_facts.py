"""Derive facts.json from journey.json: what each parent must see in the final grades, read from the vendor answers
alone (standard library only; never imports the hub; deterministic). Sections (§) are shared/reference/dnevnik_ru.md's.

Rules:
R0  Answers are read in pull order (`pulled_at`, §2 local times with the envelope's offset); the latest pull of a
    thing wins.
R1  A final mark is a Mark (§3.1) without `lesson`, whatever endpoint brings it (§3.13): a pupil's `allfinalmarks`,
    a group's or a pupil's `final-marks` (`per-subject-final-marks[].final-mark`), a subject's `final-marks`
    (Mark[]), or a group's marks range (`edu-groups/{g}/marks/{from}/{to}`, §7). A mark keeps its `id` (`id_str`,
    §1) across endpoints: the same id restated is one mark, a new `value` under the same id is that mark changed.
R2  Its column: a final-marks entry's `reportingPeriod` (§3.13, §3.12); else its Work's `periodType`/`periodNumber`
    (§3.2, §3.13) read in the pupil's own group's reporting periods (§3.12: 7А quarters, 7Б trimesters, 9А
    half-years; the year is `type` `Year`); a Work (or work type, §3.3) of kind `Exam` is the exam column and
    `PeriodFinalMark` the итоговая column (§3.13: SOAP `insertFinalMark(Exam|Final)` apart from
    `insertPeriodMark`; work kinds `PeriodMark`, `Exam`, `PeriodFinalMark`), named by the work type's `title`.
    A mark's Work is read from whichever `allfinalmarks` lists it (`works`), pulled before or after the mark (a
    sync job fetches the works a range names after the range).
R3  The value is shown as the journal sends it (§3.1 `value`, a raw string; §5: `+`/`-` part of the string, letters,
    зачёт/незачёт, освобождён, н/а, and a school's own word on the `test` scale — the reference leaves these
    scales' values open, so the text is the only thing a parent can be shown).
R4  Complete answers delete by omission (§3.13, §7 group-wide range queries): a group's `final-marks` is the whole
    list of final marks of every pupil it lists; a pupil's `final-marks` of that pupil; a subject's `final-marks` of
    that subject in the group; a group's marks range of the group's marks dated within its days. A final mark held
    and missing from such a later answer is gone; an entry whose `final-mark` is null is a subject without a mark
    (§3.13 shape, §8.4). `allfinalmarks` only adds (the reference does not say it is a whole list).
R5  Each cell (pupil, subject, column) then shows its one remaining mark alone (final_mark facts).
R6  A final mark has no lesson (§3.1 `lesson` null for period and final marks): it is never a diary mark on the day
    it was set (no_mark facts, one per pupil, subject and day a final mark of May..July was dated at).
R7  Periods (§3.12): each pupil sees their own group's periods with their `start`/`finish` days (period facts), and
    none of the other groups' period names (no_period: a 7А pupil has no «1 триместр», a 7Б pupil no «4 четверть»,
    the 7th classes no exam or итоговая column: those are 9А's).
R8  Holidays are a group's `reporting-period-group` `holidays` (§3.12), for its own pupils only; children come from
    the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def s(v):
    return None if v is None else str(v)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(enumerate(flat), key=lambda x: (dt.datetime.fromisoformat(x[1][1]["pulled_at"]), x[0]))

    work_types, subjects, works = {}, {}, {}
    periods = {}  # group -> {period id: (type, number, name, start, finish)}
    members, group_of, children, holidays, kinds = {}, {}, {}, {}, {}
    held = {}  # mark id -> dict(pupil, group, subject, column, value, date, where)
    ever = {}  # (pupil, subject, date) -> where: every day a final mark was dated at

    def column(g, m, rp=None):
        w = works.get(s(m.get("work_str") or m.get("work")))
        wt = work_types.get(s(m.get("workType")))
        kind = (w or {}).get("type")
        if kind in ("Exam", "PeriodFinalMark") or (wt and wt[0] in ("Exam", "PeriodFinalMark")):
            return wt[1] if wt else {"Exam": "Экзамен", "PeriodFinalMark": "Итоговая отметка"}[kind]
        if rp is not None:
            return periods[g][s(rp)][2]
        for _pid, (t, n, name, _a, _b) in periods[g].items():
            if t == w["periodType"] and n == w["periodNumber"]:
                return name
        raise KeyError(m["id_str"])

    def put(g, m, where, rp=None, subject=None):
        mid = s(m["id_str"])
        subj = subject or subjects[s(works[s(m["work_str"])]["subjectId"])]
        held[mid] = {"pupil": s(m["person_str"]), "group": g, "subject": subj, "column": column(g, m, rp),
                     "value": m["value"], "date": m["date"][:10], "where": where}
        ever.setdefault((s(m["person_str"]), subj, m["date"][:10]), (mid, where))
        return mid

    for _, (step, r) in records:  # R2: a mark's work is read from whichever answer lists it, before or after
        if r["request"].endswith("/allfinalmarks"):
            works.update({s(w["id_str"]): w for w in r["body"]["works"]})
    for _, (step, r) in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                work_types[s(w["id_str"])] = (w["kind"], w["title"])
        elif re.fullmatch(r"GET /v2/schools/\d+/subjects", req):
            for x in body:
                subjects[s(x["id_str"])] = x["name"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)", req):
            kinds[m[1]] = body["type"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            if kinds.get(m[1]) == "Group":  # a class; a subgroup's pupils stay in their class (§3.8 parentIds)
                members[m[1]] = [p["id_str"] for p in body]
                for p in body:
                    group_of[p["id_str"]] = m[1]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([s(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/(reporting-period-group|reporting-periods)", req):
            plist = body["reportingPeriods"] if m[2] == "reporting-period-group" else body
            periods[m[1]] = {s(p["id_str"]): (p["type"], p["number"], p["name"], p["start"][:10], p["finish"][:10])
                             for p in plist}
            if m[2] == "reporting-period-group":
                holidays[m[1]] = (body["holidays"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", req):
            for x in body["subjects"]:
                subjects.setdefault(s(x["id_str"]), x["name"])
            for mk in body["marks"]:
                put(m[2], mk, where)
        elif (m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req)) or \
                (m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/final-marks", req)):
            g = m[m.lastindex]
            seen, pupils = set(), {s(e["person_str"]) for e in body}
            if m.lastindex == 2:
                pupils.add(m[1])
            for e in body:
                for ps in e["per-subject-final-marks"]:
                    if ps["final-mark"] is not None:
                        seen.add(put(g, ps["final-mark"], where, e["reportingPeriod_str"],
                                     subjects[s(ps["subject_str"])]))
            for mid in [k for k, v in held.items() if v["group"] == g and v["pupil"] in pupils and k not in seen]:
                del held[mid]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/subjects/(\d+)/final-marks", req):
            g, subj = m[1], subjects[m[2]]
            seen = {put(g, mk, where, subject=subj) for mk in body}
            for mid in [k for k, v in held.items() if v["group"] == g and v["subject"] == subj and k not in seen]:
                del held[mid]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, lo, hi = m[1], m[2], m[3]
            seen = {put(g, mk, where) for mk in body if mk.get("lesson") is None}
            for mid in [k for k, v in held.items() if v["group"] == g and lo <= v["date"] <= hi and k not in seen]:
                del held[mid]

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    order = {}
    for g in periods:
        for i, (_pid, p) in enumerate(periods[g].items()):
            order[(g, p[2])] = i
    cells = {}
    for mid, v in held.items():
        cells.setdefault((v["pupil"], v["subject"], v["column"]), []).append((mid, v))
    for key in sorted(cells, key=lambda k: (group_of[k[0]], k[0], k[1], order.get((group_of[k[0]], k[2]), 99), k[2])):
        marks = cells[key]
        assert len(marks) == 1, (key, marks)
        mid, v = marks[0]
        add("final_mark", f"R1-R5 mark {mid} «{v['value']}» ({v['date']}) as of {v['where']}",
            student={"person": v["pupil"]}, subject=v["subject"], period=v["column"], value=v["value"])
    for (pupil, subj, date), (mid, where) in sorted(ever.items(), key=lambda x: (group_of[x[0][0]], x[0])):
        if date < "2027-05-01":  # only the marks this sync job set (the year's end), not the autumn's
            continue
        add("no_mark", f"R6 final mark {mid} dated {date} has no lesson: first brought by {where}",
            student={"person": pupil}, date=date, subject=subj)
    all_names = {p[2] for g in periods for p in periods[g].values()} | {v["column"] for v in held.values()}
    for g in sorted(members):
        own = {p[2] for p in periods[g].values()} | {v["column"] for v in held.values()
                                                    if group_of[v["pupil"]] == g}
        for pupil in members[g]:
            for _pid, (t, n, name, a, b) in periods[g].items():
                add("period", f"R7 {t} {n} of group {g}'s reporting periods (§3.12)", student={"person": pupil},
                    name=name, starts_on=a, ends_on=b)
            for name in sorted(all_names - own):  # the same period names in a subgroup are its class's
                add("no_period", f"R7 «{name}» is another class's column, not group {g}'s",
                    student={"person": pupil}, name=name)
    for g in sorted(holidays):
        hl, where = holidays[g]
        others = [h for gg in holidays if gg != g for h in holidays[gg][0]]
        own_names = {h["name"] for h in hl}
        for h in hl:
            day = h["dateStart"][:10]
            if day >= "2027-06-01" or day < "2027-01-01":
                day = max(day, "2027-06-01") if day >= "2027-05-01" else None
            if day is None:
                continue
            for pupil in members[g]:
                add("holiday", f"R8 «{h['name']}» {h['dateStart'][:10]}..{h['dateFinish'][:10]} of {where}",
                    student={"person": pupil}, date=day, name=h["name"])
        for h in others:
            if h["name"] in own_names or h["dateStart"][:10] < "2027-01-01":
                continue
            for pupil in members[g]:
                add("no_holiday", f"R8 «{h['name']}» is another group's holiday; group {g}'s list lacks it",
                    student={"person": pupil}, date=h["dateStart"][:10], name=h["name"])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts)


if __name__ == "__main__":
    main()
