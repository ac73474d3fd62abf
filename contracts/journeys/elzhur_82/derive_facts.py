"""Derive facts.json of elzhur_82 from journey.json, by the reference's rules (shared/reference/elzhur_mesh.md).

Standard library only, deterministic, no hub import. Rules:

R1 (README "Ingest", pull order; A.1 envelope): every answer is dated by its `pulled_at`; a naive one is local time
   of the school's zone (Asia/Yekaterinburg, +05:00). Answers are replayed in pull order, not delivery order.
R2 (A.3 Day): an answer's `days` range (the request's `days=`) covers each date in it; the latest pull covering a
   date decides that date whole: a lesson, task or mark an earlier pull showed and the latest does not is gone.
R3 (A.2 getschedule/gethomework by `class`; A.3 Lesson item `grp`): a class answer covers a pupil's date for the
   items with no `grp` or with the pupil's own subgroup; a pupil's subgroup is the `grp` of his items in his own
   getdiary. A subgroup's lesson or task is not another subgroup's.
R4 (A.3 Lesson item): a lesson is its `lesson_id`; number, subject, teacher, room, topic and bells come from
   the deciding answer. A split lesson carries `grp` «N группа».
R5 (A.3 Lesson item `homework`): a task is set on its lesson; its text is `value`.
R6 (A.3 Assessment, A.6, Absence): marks come from the latest getdiary/getmarks covering the date; `н`/`оп` are
   attendance (absent/late), the others marks with `weight`, `control_type` (work type), `comment`, `count`.
R7 (A.3 getrules): relations.students are a parent's children; groups[..].hometeacher_name the class teacher.
R8 (A.3 Period): getperiods lists the periods with their dates.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))
SPLIT_SUBJECTS = ("Английский язык", "Информатика")


def instant(text: str) -> dt.datetime:
    t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return t if t.tzinfo else t.replace(tzinfo=ZONE)


def dates(request: str) -> list[str]:
    rng = request.split("days=")[1].split("&")[0]
    a, b = (dt.datetime.strptime(x, "%Y%m%d").date() for x in rng.split("-"))
    out = []
    while a <= b:
        out.append(a.isoformat())
        a += dt.timedelta(days=1)
    return out


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for s, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                records.append((instant(r["pulled_at"]), s, r))
    records.sort(key=lambda x: x[0])  # R1
    facts: list[dict] = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw, "why": why})

    def src(r):
        return f"`{r['request']}` (pulled {r['pulled_at']})"

    pupils: dict[str, str] = {}  # pupil -> class
    parents: dict[str, list[str]] = {}
    teacher_of: dict[str, str] = {}
    periods: dict[str, list] = {}
    for _, _, r in records:
        res = r["body"]["response"]["result"]
        if r["request"] == "getrules":
            rel = res["relations"]
            parents[res["name"]] = (sorted(rel["students"]), r)
            for sid, st in rel["students"].items():
                pupils[sid] = st["class"]
            for cls, g in rel["groups"].items():
                teacher_of[cls] = (g["hometeacher_name"], r)
        elif r["request"].startswith("getperiods"):
            for st in res["students"]:
                periods[st["name"]] = (st["periods"], r)

    # subgroup of each pupil per subject: the grp of his items in his own latest getdiary (R3)
    subgroup: dict[tuple[str, str], str] = {}
    for _, _, r in records:
        if r["request"].startswith("getdiary"):
            for sid, st in r["body"]["response"]["result"]["students"].items():
                for day in st["days"].values():
                    for it in items_of(day):
                        if it.get("grp"):
                            subgroup[(sid, it["name"])] = it["grp"]

    def mine(pupil, it):
        return not it.get("grp") or subgroup.get((pupil, it["name"])) == it["grp"]

    # per pupil and date: deciding answer for lessons, for tasks, for marks (R2, R3)
    lessons, tasks, marks = {}, {}, {}
    for _, _, r in records:
        req, res = r["request"], r["body"]["response"]["result"]
        if req.startswith("getdiary"):
            for sid, st in res["students"].items():
                for d in dates(req):
                    day = st["days"].get(d.replace("-", ""), {"items": {}})
                    its = items_of(day)
                    lessons[(sid, d)] = (its, r)
                    tasks[(sid, d)] = ([(it, hw) for it in its for hw in (it.get("homework") or {}).values()], r)
                    marks[(sid, d)] = ([(it["name"], it, m) for it in its for m in it.get("assessments", [])], r)
        elif req.startswith("getmarks"):
            for sid, st in res["students"].items():
                got = {}
                for subj in st["lessons"]:
                    for m in subj["marks"]:
                        got.setdefault(m["date"], []).append((subj["name"], None, m))
                for d in dates(req):
                    marks[(sid, d)] = (got.get(d, []), r)
        elif req.startswith("getschedule?class=") or req.startswith("gethomework?class="):
            cls = req.split("class=")[1].split("&")[0]
            for sid in [p for p, c in pupils.items() if c == cls]:
                for d in dates(req):
                    day = res["days"].get(d.replace("-", ""), {"items": []})
                    its = [it for it in items_of(day) if mine(sid, it)]
                    if req.startswith("getschedule"):
                        lessons[(sid, d)] = (its, r)
                    else:
                        tasks[(sid, d)] = ([(it, hw) for it in its for hw in (it.get("homework") or {}).values()], r)
    # every task text any answer showed, by pupil (own or class answer), to pin the ones gone (R2, R5)
    shown_ever: dict[str, dict[str, tuple]] = {}
    for _, _, r in records:
        req, res = r["request"], r["body"]["response"]["result"]
        if req.startswith("getdiary"):
            for sid, st in res["students"].items():
                for day in st["days"].values():
                    for it in items_of(day):
                        for hw in (it.get("homework") or {}).values():
                            shown_ever.setdefault(sid, {})[hw["value"]] = (it["name"], iso(day["name"]), r, None)
        elif req.startswith("gethomework?class="):
            for day in res["days"].values():
                for it in items_of(day):
                    for hw in (it.get("homework") or {}).values():
                        for sid in pupils:
                            shown_ever.setdefault(sid, {}).setdefault(hw["value"],
                                                                      (it["name"], iso(day["name"]), r, it.get("grp")))

    for parent, (children, r) in sorted(parents.items()):
        add("children", f"{src(r)}: relations.students {children} (A.3 getrules; R7)",
            guardian={"parent": parent}, children=[{"student": c} for c in children])
    for cls, (name, r) in sorted(teacher_of.items()):
        add("class_teacher", f"{src(r)}: relations.groups['{cls}'].hometeacher_name (A.3 getrules; R7)",
            teacher=name, **{"class": {"class": cls}})
    for sid, (ps, r) in sorted(periods.items()):
        for p in ps:
            if p["fullname"] == "4 четверть":
                add("period", f"{src(r)}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (A.3 Period; R8)",
                    student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    for sid in sorted(pupils):
        for (p, d), (its, r) in sorted(lessons.items()):
            if p != sid:
                continue
            for it in sorted(its, key=lambda x: int(x["num"])):
                wanted = it["name"] in SPLIT_SUBJECTS or (it["name"] == "Математика"
                                                         and dt.date.fromisoformat(d).weekday() == 0)
                if not wanted:
                    continue
                extra = {"group_label": it["grp"]} if it.get("grp") else {}
                add("lesson", f"{src(r)}: day {d} item {it['num']} «{it['name']}» lesson {it['lesson_id']}"
                              f"{' ' + it['grp'] if it.get('grp') else ' (whole class)'}, "
                              f"{it.get('starttime')}-{it.get('endtime')} (A.3 Day, Lesson item, grp; R2-R4)",
                    student={"student": sid}, date=d, subject=it["name"], number=int(it["num"]), topic=it["topic"],
                    teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5], **extra)
        final_texts = set()
        for (p, d), (pairs, r) in sorted(tasks.items()):
            if p != sid:
                continue
            for it, hw in pairs:
                final_texts.add(hw["value"])
                if it["name"] in SPLIT_SUBJECTS:
                    add("homework", f"{src(r)}: task {hw['id']} on the «{it['name']}» lesson {it['lesson_id']} of "
                                    f"{d}{' (' + it['grp'] + ')' if it.get('grp') else ''} (A.3 Lesson item homework; "
                                    f"R2, R3, R5)",
                        student={"student": sid}, subject=it["name"], text=hw["value"], date=d)
        for text, (subject, d, r, grp) in sorted(shown_ever.get(sid, {}).items()):
            if text in final_texts or subject not in SPLIT_SUBJECTS:
                continue
            reason = (f"a task of «{grp}», not the subgroup of this pupil (A.3 Lesson item grp; R3)" if grp and
                      grp != subgroup.get((sid, subject)) else
                      "the whole-class task of a day now taught per subgroup: the latest answers covering the day "
                      "no longer list it (A.3 Day; R2, R5)")
            add("no_homework", f"«{text}» was shown by {src(r)} for {d}; {reason}",
                student={"student": sid}, subject=subject, text=text)
        for (p, d), (got, r) in sorted(marks.items()):
            if p != sid:
                continue
            for subject, it, m in got:
                why = f"{src(r)}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' (A.3 Assessment; R6)"
                if m["value"] in ("н", "оп"):
                    add("attendance", why.replace("A.3 Assessment", "A.3 Absence pseudo-mark, A.6"),
                        student={"student": sid}, date=d, subject=subject, code=m["value"],
                        meaning="absent" if m["value"] == "н" else "late")
                    continue
                wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
                f = dict(student={"student": sid}, date=d, subject=subject, value=m["value"], weight=m["weight"],
                         counts=bool(m["count"]), work_type=wt)
                if m.get("comment"):
                    f["comment"] = m["comment"]
                add("mark", why, **f)
    # marks an earlier pull showed that the latest pull covering the date no longer shows (R2, R6)
    for _, _, r in records:
        if not r["request"].startswith("getdiary"):
            continue
        for sid, st in r["body"]["response"]["result"]["students"].items():
            for day in st["days"].values():
                d = iso(day["name"])
                final = {(s, m["value"]) for s, _, m in marks[(sid, d)][0]}
                for it in items_of(day):
                    for m in it.get("assessments", []):
                        if (it["name"], m["value"]) not in final and not any(
                                f["kind"] == "no_mark" and f["student"]["student"] == sid and f["date"] == d
                                and f["value"] == m["value"] for f in facts):
                            latest = marks[(sid, d)][1]
                            add("no_mark", f"'{m['value']}' in «{it['name']}» on {d} was shown by {src(r)}; the "
                                           f"latest pull covering the day, {src(latest)}, says otherwise (A.3 "
                                           f"Assessment; R1, R2, R6)",
                                student={"student": sid}, date=d, subject=it["name"], value=m["value"])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds: dict[str, int] = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), kinds)


if __name__ == "__main__":
    main()
