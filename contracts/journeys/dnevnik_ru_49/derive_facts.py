"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented rule for a
    sync job's envelopes).
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of every day it
    covers: a lesson an earlier answer placed on a day that the latest range covering that day lacks is no lesson
    (no_lesson: 7Б's «Консультация» of 2027-03-19, gone from the April re-pull). A lesson shows, to each pupil of
    its group (`edu-groups/{g}/persons`, §3.8), its `title` (topic), the clock of its `date` (§2: the school's
    local wall clock) and the end of its `number`'s item in the group's bells (§3.14 `edu-groups/{g}/timetables`).
    A summer retake is a lesson like any other: a lesson of the class, on its date, after the year closed.
R2  A mark (§3.1) is shown on its lesson's day with its `value` (the mark as the journal shows it), the weight and
    title of its standalone work type (§3.3) and `counts` = `use_avg_calc`. A group's marks range is the whole list
    of its days (§7): the latest range covering a mark's day states it; a mark an earlier range held and the latest
    lacks is gone (no_mark of that value), and a mark it restates with another `value` under the same `id` shows
    the new value only (no_mark of the old one): a closed quarter's mark changed or deleted weeks later.
R3  Attendance (§3.5, §6) on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused; the
    journal's code is the status string.
R4  Homework (§3.2, §3.7): a `Homework` work's `text`, set at its lesson's day, due its `targetDate`, for the
    pupils its tasks name (§3.6). A homeworks range (§3.7) is the whole list of the homework of its days: one an
    earlier answer held and the latest lacks is withdrawn (no_homework), as is one of a lesson R1 removed.
R5  Final marks (§3.13, §8.4): each entry of `edu-groups/{g}/final-marks` is one pupil's marks of one reporting
    period of the group (`reportingPeriod`), per subject; the period is named as the group's
    `reporting-period-group` names it (§3.12: «3 четверть», «2 полугодие», «Год»). The answer is the group's whole
    list per pupil (§7: a group-wide range), `persons/{p}/edu-groups/{g}/final-marks` that pupil's whole list in the
    group; the latest answer speaking for a pupil in a group gives what he has: a mark whose `value` changed under
    the same `id` (an appeal, a retake, a fix) shows its latest value; a mark the latest answer lacks is gone and
    the one entered in its place (a new `id`) shows. «н/а» (`markna`, §5: не аттестован) shows as the journal's
    text. A final mark recorded after the year closed (June, late August, or a debt liquidated in September in
    last year's group) belongs to the period its entry names, of the group's own school year (`studyyear`, §3.8).
R6  Periods (§3.12): each period of a group's latest `reporting-period-group`, by name and dates (start and
    finish as dates), for the pupils of that group, each school year its own (7Б's and 8Б's «1 четверть» are two).
R7  Children from the parents' latest `users/{u}/context` (§3.9): the list as it stands (a pupil moved to the next
    grade stays his parent's child).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
# who the facts look at: Артём and Дарья (7Б -> 8Б) and Полина (10А -> 11А) every day; Тимур and Илья for their
# marks, attendance, retakes and final marks
WATCHED = {"1000012490701", "2260325488549300702", "1000012491001"}
FINALS_PERIODS_OF = {"1000012490703": {"3 четверть", "Год"}}  # Тимур: only the closed quarter and the year


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

    wt = {}
    members, children, rpg, bells = {}, {}, {}, {}
    day_lessons = {}  # (group, date) -> {lesson id: info} per the latest range covering the day
    ever_lessons = {}  # lesson id -> info, every lesson any answer held (for no_lesson)
    lesson_info = {}
    day_marks, ever_marks = {}, {}  # (group, date) -> {mark id: (mark, where)}; mark id -> [(value, where)]
    logs = {}
    hw_days, ever_hw = {}, {}  # date -> {work id: (work, lesson id, where)}
    finals = {}  # (pupil, group) -> (entries, where)
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                wt[w["id_str"]] = (w["title"], w["weight"])
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([c["personId"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {item["LessonNumber"]: item["Finish"][11:16] for t in body for item in t["Items"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(g, d)] = {}
            for lesson in body:
                info = {"id": lesson["id_str"], "g": g, "date": dt.date.fromisoformat(lesson["date"][:10]),
                        "number": lesson["number"], "subject": lesson["subject"]["name"], "title": lesson["title"],
                        "clock": lesson["date"][11:16], "where": where}
                lesson_info[info["id"]] = info
                ever_lessons[info["id"]] = info
                day_lessons[(g, info["date"])][info["id"]] = info
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        ever_hw[w["id_str"]] = (w, info["id"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_marks[(g, d)] = {}
            for mk in body:
                d = lesson_info[mk["lesson_str"]]["date"]
                day_marks[(g, d)][mk["id_str"]] = (mk, where)
                ever_marks.setdefault(mk["id_str"], []).append((mk, where))
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            for d in days(dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])):
                hw_days[d] = {}
            for w in body["works"]:
                d = lesson_info[w["lesson_str"]]["date"]
                hw_days[d][w["id_str"]] = (w, w["lesson_str"], where)
                ever_hw[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            listed = {e["person_str"] for e in body}
            for p in listed | {p for (p, g) in finals if g == m[1]}:
                finals[(p, m[1])] = ([e for e in body if e["person_str"] == p], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/final-marks", req):
            finals[(m[1], m[2])] = ([e for e in body if e["person_str"] == m[1]], where)

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def pupils(g):
        return members.get(g, [])

    # R1 lessons and no_lesson
    current = {lid for ls in day_lessons.values() for lid in ls}
    for (g, d), ls in sorted(day_lessons.items(), key=lambda x: (x[0][1], x[0][0])):
        for info in sorted(ls.values(), key=lambda i: i["number"]):
            for p in pupils(g):
                retake = "Пересдача" in info["title"]
                if p not in WATCHED and not (retake and any(m[0]["person_str"] == p for ms in day_marks.get((g, d), {}).values()
                                                            for m in [ms])):
                    continue
                add("lesson", f"R1 lesson {info['id']} of {info['where']}; end from bell #{info['number']} of group "
                    f"{g}'s timetable", student={"person": p}, date=d.isoformat(), number=info["number"],
                    subject=info["subject"], topic=info["title"], starts_at=info["clock"],
                    ends_at=bells[g][info["number"]])
    for lid, info in sorted(ever_lessons.items()):
        if lid not in current:
            for p in pupils(info["g"]):
                if p in WATCHED:
                    add("no_lesson", f"R1 lesson {lid} ({info['subject']} #{info['number']}) of {info['where']} is "
                        f"lacked by the latest range covering {info['date']}", student={"person": p},
                        date=info["date"].isoformat(), number=info["number"], subject=info["subject"])

    # R2 marks
    for (g, d), ms in sorted(day_marks.items(), key=lambda x: (x[0][1], x[0][0])):
        for mid, (mk, where) in sorted(ms.items()):
            title, weight = wt[str(mk["workType"])]
            info = lesson_info[mk["lesson_str"]]
            add("mark", f"R2 mark {mid} of {where} on lesson {info['id']} ({info['date']}); work type {mk['workType']} "
                f"«{title}» weight {weight}", student={"person": mk["person_str"]}, date=d.isoformat(),
                subject=info["subject"], value=mk["value"], weight=weight, work_type=title, counts=mk["use_avg_calc"])
    for mid, history in sorted(ever_marks.items()):
        mk0 = history[0][0]
        info = lesson_info[mk0["lesson_str"]]
        now = day_marks[(info["g"], info["date"])].get(mid)
        for mk, where in history:
            if now is None or now[0]["value"] != mk["value"]:
                why = "lacked by" if now is None else f"restated «{now[0]['value']}» under the same id by"
                add("no_mark", f"R2 mark {mid} «{mk['value']}» of {where} is {why} the latest range covering "
                    f"{info['date']}", student={"person": mk["person_str"]}, date=info["date"].isoformat(),
                    subject=info["subject"], value=mk["value"])

    # R3 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lesson_info[lid]
        add("attendance", f"R3 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}", student={"person": p},
            date=info["date"].isoformat(), subject=info["subject"], number=info["number"], code=e["status"],
            meaning=STATUS[e["status"]])

    # R4 homework
    live = {wid for ws in hw_days.values() for wid in ws}
    for wid, (w, lid, where) in sorted(ever_hw.items()):
        info = lesson_info[lid]
        named = [t["person_str"] for t in w["tasks"]]
        for p in named:
            if p not in WATCHED:
                continue
            if wid in live and lid in current:
                add("homework", f"R4 Homework work {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                    f"{w['targetDate'][:10]}", student={"person": p}, subject=info["subject"], text=w["text"],
                    date=info["date"].isoformat(), due=w["targetDate"][:10])
            else:
                add("no_homework", f"R4 Homework work {wid} of {where} is lacked by the latest homeworks range of "
                    f"{info['date']} (its lesson gone, R1)", student={"person": p}, subject=info["subject"],
                    text=w["text"], date=info["date"].isoformat())

    # R5 final marks
    subjects = {}
    for pulled, _, step, r in records:
        if re.search(r"/lessons/", r["request"]) and isinstance(r["body"], list):
            for lesson in r["body"]:
                subjects[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
    for (p, g), (entries, where) in sorted(finals.items()):
        names = {rp["id_str"]: rp["name"] for rp in rpg[g][0]["reportingPeriods"]}
        for e in entries:
            period = names[e["reportingPeriod_str"]]
            if p in FINALS_PERIODS_OF and period not in FINALS_PERIODS_OF[p]:
                continue
            for s in e["per-subject-final-marks"]:
                fmk = s["final-mark"]
                if fmk is None:
                    continue
                add("final_mark", f"R5 final mark {fmk['id_str']} ({fmk['type']}, set {fmk['date']}) of period "
                    f"{e['reportingPeriod_str']} «{period}» in the latest answer for pupil {p} in group {g}: {where}",
                    student={"person": p}, subject=subjects[s["subject_str"]], period=period,
                    value=fmk["textValue"] or fmk["value"])

    # R6 periods
    for g, (body, where) in sorted(rpg.items()):
        for p in pupils(g):
            if p not in WATCHED:
                continue
            for rp in body["reportingPeriods"]:
                add("period", f"R6 period {rp['id_str']} ({rp['type']}, year {rp['year']}) of {where}",
                    student={"person": p}, name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])

    # R7 children
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R7 {where}", guardian={"user": user}, children=[{"person": str(k)} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f.pop("id"), **f} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts", counters)


if __name__ == "__main__":
    main()
