"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Every answer is read in each shape some public client model accepts (README.md lists them): a twin is `x_str` or
camel `xStr` (§1: "Treat twins as optional"; `lessonStr`, `idStr`), an id or an integer may be a JSON number or the
string of its digits, a null or absent optional field states nothing, the schedules bundle's `teachers` are Person
objects bare or wrapped in `{person, role}`, a final mark comes from the group's `per-subject-final-marks` list or
from a pupil's `allfinalmarks` object (§3.13), the mark type in any case (§5).

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest pull of a thing wins (the hub's documented rule), so
    the late retry of week 1's marks range (step 8, pulled 10-17) changes nothing.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of every day it
    covers: a lesson an earlier answer placed there and the latest lacks is gone (no_lesson).
R2  A lesson's topic is its latest non-null `title` (§3.4: a planned lesson's topic is not filled yet), its times
    the flattened lesson's `hours` (§3.4), its room `place`, its teacher the person its `teachers` names (§3.4),
    named "Last First Middle" from a person object (§3.9: schools/{s}/teachers PascalCase, bundle teachers).
R3  A group's marks range (§3.1, §7) is the whole list of marks of every day it covers: a mark an earlier answer
    held that the latest lacks is deleted (no_mark); a mark shows at its lesson's day, with the latest `value`; its
    weight and name are the standalone work type's (§3.3), `counts` its `use_avg_calc`.
R4  A group's log-entry range (§3.5) is the whole log of the days it covers: an entry it lacks is gone (the pupil
    present); Attend/Absent/Ill/Late -> present/absent/ill/late (§6); `Pass` is stated by its code only, as its
    meaning is disputed (§6: "П" excused vs SiroXYZ "Отсутствовал").
R5  Homework (§3.2, §3.7): a `Homework` work's latest `text`, set at its lesson's day, due its latest
    `targetDate`; a homeworks range lists every homework set and due within it, so one it lacks is withdrawn.
R6  Final marks (§3.13): per pupil, subject and period the latest pull's `final-mark` (list form: its
    `reportingPeriod`; object form: its work's `periodType`/`periodNumber` matched to the group's periods, §3.12).
R7  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def twin(obj, key):
    """The exact id of `key`: its `_str` twin, its camel twin, else the number itself (§1)."""
    for k in (f"{key}_str", f"{key}Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    v = obj.get(key)
    return None if v is None else str(v)


def num(v):
    return None if v in (None, "") else int(v)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def name_of(p):
    if "LastName" in p:
        return " ".join(x for x in (p["LastName"], p["FirstName"], p.get("MiddleName")) if x)
    return " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, members, children, periods = {}, {}, {}, {}, {}
    teacher_names, subj_names = {}, {}
    lesson_info, day_lessons, ever = {}, {}, {}  # lesson id -> info; (g, day) -> {ids}; (g, day, n, subject) -> lid
    marks, mark_days, logs, log_days = {}, {}, {}, {}
    homework, finals, works = {}, {}, {}
    seen_pull = {}

    def note_lesson(lid, g, day, number, subject, title, where, hours=None, place=None, teacher=None):
        info = lesson_info.setdefault(lid, {"title": None, "hours": None, "place": None})
        for ls in day_lessons.values():
            ls.discard(lid)
        info.update(g=g, date=day, number=number, subject=subject, where=where)
        if title:
            info["title"] = title
        if hours:
            info["hours"] = hours
        if place:
            info["place"] = place
        if teacher:
            info["teacher"] = teacher
        day_lessons.setdefault((g, day), set()).add(lid)
        ever[(g, day, number, subject)] = (lid, where)

    def note_work(w, where):
        wid = twin(w, "id")
        works[wid] = w
        if w["type"] == "Homework":
            homework[wid] = (w, twin(w, "lesson"), where)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[str(w["id"])] = w["weight"]
                wt_names[str(w["id"])] = w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [twin(p, "id") for p in body]
        elif re.fullmatch(r"GET /v2/schools/\d+/teachers", req):
            for t in body:
                teacher_names[str(t.get("IdStr") or t["Id"])] = name_of(t)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            for rp in body["reportingPeriods"]:
                periods[(m[1], rp["type"], rp["number"])] = (rp, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(g, d)] = set()
            for l in body:
                subj = l["subject"]
                subj_names[twin(subj, "id")] = subj["name"]
                lid = twin(l, "id")
                note_lesson(lid, str(l["group"]), dt.date.fromisoformat(l["date"][:10]), num(l["number"]),
                            subj["name"], l.get("title"), where, teacher=str(l["teachers"][0]))
                for w in l["works"]:
                    note_work(w, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            covered = set(days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])))
            for mid, (mk, _, d) in list(marks.items()):
                if d in covered and mid not in {twin(x, "id") for x in body}:
                    if dt.datetime.fromisoformat(pulled) >= seen_pull[mid]:
                        marks[mid] = (None, where, d)  # R3 deleted by omission
            for mk in body:
                mid = twin(mk, "id")
                if mid in seen_pull and seen_pull[mid] > dt.datetime.fromisoformat(pulled):
                    continue  # R0
                seen_pull[mid] = dt.datetime.fromisoformat(pulled)
                marks[mid] = (mk, where, lesson_info[twin(mk, "lesson")]["date"])
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            covered = set(days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])))
            keys = {(twin(e, "lesson"), twin(e, "person")) for e in body}
            for k, (e, _) in list(logs.items()):
                if lesson_info[k[0]]["date"] in covered and k not in keys:
                    logs[k] = (None, where)  # R4: gone, the pupil present
            for e in body:
                logs[(twin(e, "lesson"), twin(e, "person"))] = (e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for s in body["subjects"]:
                subj_names[twin(s, "id")] = s["name"]
            for t in body["teachers"]:
                teacher_names[twin(t, "id")] = name_of(t)
            listed = {twin(w, "id") for w in body["works"]}
            for wid, (w, lid, _) in list(homework.items()):
                if w is not None and wid not in listed and a <= lesson_info[lid]["date"] <= b and \
                        a <= dt.date.fromisoformat(w["targetDate"][:10]) <= b:
                    homework[wid] = (None, lid, where)  # R5 withdrawn
            for w in body["works"]:
                note_work(w, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            g = m[2]
            for day in body["days"]:
                for t in day["teachers"]:
                    p = t.get("person", t)  # wrapped or bare (F15)
                    teacher_names[twin(p, "id")] = name_of(p)
                names = {twin(x, "id"): x["name"] for x in day["subjects"]}
                for fl in day["lessons"]:
                    lid = twin(fl, "id")
                    note_lesson(lid, g, dt.date.fromisoformat(fl["date"][:10]), num(fl["number"]),
                                names[str(fl["subjectId"])], fl.get("title"), where, hours=fl.get("hours"),
                                place=fl.get("place"), teacher=str(fl["teachers"][0]))
                for w in day["works"]:
                    note_work(w, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for entry in body:
                for psf in entry["per-subject-final-marks"]:
                    fm = psf["final-mark"]
                    if fm is not None:
                        finals[(twin(entry, "person"), twin(psf, "subject"), twin(entry, "reportingPeriod"))] = \
                            (fm, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/edu-groups/(\d+)/allfinalmarks", req):
            wk = {twin(w, "id"): w for w in body["works"]}
            for fm in body["marks"]:
                w = wk[twin(fm, "work")]
                rp, _ = periods[(m[2], w["periodType"], w["periodNumber"])]
                finals[(twin(fm, "person"), str(w["subjectId"]), twin(rp, "id"))] = (fm, where)

    group_of = {p: g for g, ps in members.items() for p in ps}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    pupils = sorted(group_of)
    watched = ["1000012730601", "2260325488573300602"]  # Анна and Глеб: every lesson (their parents read)
    current = {lid for ls in day_lessons.values() for lid in ls}
    for p in watched:
        g = group_of[p]
        for (gg, d), ls in sorted(day_lessons.items()):
            if gg != g:
                continue
            for lid in sorted(ls, key=lambda x: lesson_info[x]["number"]):
                info = lesson_info[lid]
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                a, b = [x.strip() for x in info["hours"].split("-")]
                fact.update(starts_at=a, ends_at=b, room=info["place"], teacher=teacher_names[info["teacher"]])
                add("lesson", f"R1/R2 lesson {lid} of {info['where']}; hours «{info['hours']}»; teacher person "
                              f"{info['teacher']}", **fact)
        for (gg, d, n, subj), (lid, where) in sorted(ever.items()):
            if gg == g and not any(lesson_info[x]["number"] == n and lesson_info[x]["subject"] == subj
                                   for x in day_lessons.get((g, d), ())):
                add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) placed on {d} by {where} is lacked by the latest "
                                 f"range covering {d}", student={"person": p}, date=str(d), number=n, subject=subj)
    # R3 marks
    for mid, (mk, where, d) in sorted(marks.items()):
        if mk is None:
            continue
        info = lesson_info[twin(mk, "lesson")]
        wt = str(mk["workType"])
        add("mark", f"R3 mark {mid} of {where} on lesson {twin(mk, 'lesson')}; work type {wt} «{wt_names[wt]}» "
                    f"weight {weights[wt]}", student={"person": twin(mk, "person")}, date=str(info["date"]),
            number=info["number"], subject=info["subject"], value=mk["value"], weight=weights[wt],
            work_type=wt_names[wt], counts=mk["use_avg_calc"])
    history = {}  # every value any answer gave a mark
    for pulled, _, step, r in records:
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/.*", r["request"]):
            for mk in r["body"]:
                history.setdefault(twin(mk, "id"), set()).add((mk["value"], twin(mk, "person"), twin(mk, "lesson")))
    for mid, vals in sorted(history.items()):
        mk, where, _ = marks[mid]
        for value, p, lid in sorted(vals):
            info = lesson_info[lid]
            if mk is None:
                add("no_mark", f"R3 mark {mid} ({value}) is lacked by the latest range covering its day: {where}",
                    student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"])
            elif mk["value"] != value:
                add("no_mark", f"R3/R0 mark {mid} was {value}, the latest pull says {mk['value']}: {where}",
                    student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                    value=value)
    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lesson_info[lid]
        base = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"]}
        if e is None:
            add("attendance", f"R4 the entry of lesson {lid} is lacked by {where}: present", **base,
                meaning="present")
        elif e["status"] == "Pass":
            add("attendance", f"R4 entry Pass «{e['comment']}» of {where}; meaning disputed (§6)", **base,
                code="Pass")
        else:
            add("attendance", f"R4 entry {e['status']} «{e['comment']}» of {where}", **base, code=e["status"],
                meaning=STATUS[e["status"]])
    # R5 homework
    texts = {}
    for pulled, _, step, r in records:
        body = r["body"]
        ws = []
        if "homeworks?" in r["request"]:
            ws = body["works"]
        elif "/lessons/" in r["request"]:
            ws = [w for l in body for w in l["works"]]
        for w in ws:
            if w["type"] == "Homework":
                texts.setdefault(twin(w, "id"), set()).add(w["text"])
    for wid, (w, lid, where) in sorted(homework.items()):
        info = lesson_info[lid]
        for p in pupils:
            if w is None:
                for text in sorted(texts[wid]):
                    add("no_homework", f"R5 homework {wid} withdrawn: {where}", student={"person": p},
                        subject=info["subject"], text=text)
                continue
            add("homework", f"R5 homework {wid} of {where}: set at lesson {lid} ({info['date']}), due "
                            f"{w['targetDate'][:10]}", student={"person": p}, subject=info["subject"], text=w["text"],
                date=str(info["date"]), due=w["targetDate"][:10])
            for text in sorted(texts[wid] - {w["text"]}):
                add("no_homework", f"R5 homework {wid}'s text is now «{w['text']}»: {where}", student={"person": p},
                    subject=info["subject"], text=text)
    # R6 final marks
    period_names = {twin(rp, "id"): rp["name"] for (rp, _) in periods.values()}
    every = {}
    for pulled, _, step, r in records:
        if r["request"].endswith("/final-marks"):
            for entry in r["body"]:
                for psf in entry["per-subject-final-marks"]:
                    every.setdefault((twin(entry, "person"), twin(psf, "subject"), twin(entry, "reportingPeriod")),
                                     set()).add(psf["final-mark"]["value"])
        elif r["request"].endswith("/allfinalmarks"):
            pass
    for (p, s, rp), (fm, where) in sorted(finals.items()):
        add("final_mark", f"R6 final mark {twin(fm, 'id')} of {where}", student={"person": p},
            subject=subj_names[s], period=period_names[rp], value=fm["value"])
        for old in sorted(every.get((p, s, rp), set()) - {fm["value"]}):
            add("no_final_mark", f"R6 final mark {twin(fm, 'id')} was {old}; the latest pull says {fm['value']}: "
                                 f"{where}", student={"person": p}, subject=subj_names[s], period=period_names[rp],
                value=old)
    # R7
    for (g, _, _), (rp, where) in sorted(periods.items(), key=lambda x: x[0][2]):
        add("period", f"R7 {where}", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R7 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
