"""Derive facts.json of elzhur_81 from journey.json by the reference's rules (shared/reference/elzhur_mesh.md, Part A).

Standard library only, deterministic, does not import the hub. The rules:

R1  Pull order. Every answer is replayed in the order of its `pulled_at` (an aware instant; the school is in
    Asia/Yekaterinburg, +05:00), not in the order it was delivered: what the journal said later wins (A.1 envelope;
    the sync job's pull time is the only date an answer has, A.4).
R2  Children. A parent's children are `relations.students` of his latest getrules (A.3 getrules).
R3  Class teacher. `relations.groups[<class>].hometeacher_name` (A.3 getrules).
R4  Periods. Each dated period of a pupil's getperiods (`fullname`, `start`, `end`; A.3 Period).
R5  Leaving. A pupil a parent's earlier getrules listed and his latest getrules (and every other parent's latest)
    no longer lists has left the school: getrules is the only roster an Elzhur parent sees (A.3 getrules; Part D).
    He was a pupil up to the last day (school zone) on which an answer that shows him as a member of the class was
    pulled before that getrules: his own getdiary (A.2: a diary is the pupil's own) or a getrules listing him.
    Answers the head teacher pulls about his past marks afterwards (getmarks, getfinalassessments) state marks on
    dated lessons, not that he is in the class (A.2, A.3 SubjectMarks/Final assessment carry no class), so they
    neither bring him back nor move his last day. After his last day his diary holds no lessons and no tasks, even
    those an earlier pull of his diary planned (his days after it are no school days of his).
R6  Joining. A pupil's first day is the first day his own getdiary lists with lessons; a day it lists with empty
    `items` (A.3 Day) and every earlier day is no school day of his (he was not yet in the class).
R7  Days are whole. A pupil's day is what the latest answer listing that day says (A.3 Day: `items` is the day's
    lessons), for a pupil in the class that day: the pupil's own getdiary, else the class getschedule.
R8  Marks. A mark is (pupil, `lesson_id`, `nm`) (A.3 Assessment, A.4 ids); the latest pull stating it gives its
    value, weight (`weight_float`, else `weight`), work type (`control_type` or `mtype.type`), comment and `count`
    (getdiary assessments and getmarks marks are one mark, A.3 SubjectMarks); the value an earlier pull showed is
    not shown beside the later one. `н` / `оп` are attendance (absent / late), not marks (A.3 Absence, A.6).
R9  Homework. A task is its id in a lesson item's `homework` (A.3 Lesson item; gethomework by class, A.2, E5);
    its latest text wins, the earlier text is no longer shown. A pupil sees the tasks of his lessons (R5-R7).
R10 Final marks. A pupil's latest getfinalassessments (by pull) gives his final marks by subject and period
    `name` (A.3 Final assessment, E4); a subject with no assessment of a period has no final mark there; an earlier
    pull's other value is not shown beside it.
R11 Vendor averages. The latest getmarks of a pupil gives each subject's `average` (A.3 SubjectMarks).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def pulled(record: dict) -> dt.datetime:
    value = dt.datetime.fromisoformat(record["pulled_at"])
    return value if value.tzinfo else value.replace(tzinfo=ZONE)


def parse(request: str) -> tuple[str, dict[str, str]]:
    method, _, query = request.partition("?")
    return method.rsplit("/", 1)[-1], {k: v[0] for k, v in parse_qs(query).items()}


def day_of(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(pulled(r), i, step["name"][:2], r) for i, (step, r) in
               enumerate((s, r) for s in journey["steps"] for b in s["batches"] for r in b)]
    records.sort(key=lambda x: (x[0], x[1]))  # R1

    rules: dict[str, tuple] = {}         # parent -> (pull, students, source)
    ever_listed: dict[str, set] = {}     # parent -> pupils any getrules listed
    listing_pulls: dict[str, list] = {}  # pupil -> pulls of getrules listing him
    hometeacher: dict[str, str] = {}
    periods: dict[str, list] = {}
    own_days: dict[str, dict] = {}       # pupil -> day -> (pull, items, source)
    own_pulls: dict[str, list] = {}
    class_days: dict[str, tuple] = {}    # day -> (pull, items, source)
    marks: dict[tuple, dict] = {}        # (pupil, lesson, nm) -> info
    values_seen: dict[tuple, set] = {}
    homework: dict[int, dict] = {}       # id -> latest
    texts_seen: dict[int, set] = {}
    finals: dict[str, tuple] = {}
    finals_seen: dict[tuple, set] = {}
    averages: dict[str, tuple] = {}
    ever_parent: set[str] = set()
    drops: dict[str, tuple] = {}          # parent -> (pull, source) of the first getrules that dropped a child

    def src(step: str, r: dict) -> str:
        return f"{step} `{r['request']}` (pulled {r['pulled_at']})"

    def note_task(lesson_day: str, it: dict, pull, source) -> None:
        for task in (it.get("homework") or {}).values():
            hid = int(task["id"])
            texts_seen.setdefault(hid, set()).add(task["value"])
            homework[hid] = {"text": task["value"], "subject": it["name"], "date": lesson_day,
                             "lesson_id": it.get("lesson_id"), "source": source}

    def note_mark(pupil: str, subject: str, m: dict, source: str) -> None:
        key = (pupil, m["lesson_id"], str(m["nm"]))
        values_seen.setdefault(key, set()).add(m["value"])
        weight = m.get("weight_float", m.get("weight"))
        work = m.get("control_type") or (m.get("mtype") or {}).get("type") or ""
        marks[key] = {"value": m["value"], "weight": weight, "work": work, "comment": m.get("comment", ""),
                      "count": bool(m.get("count")), "date": m["date"], "subject": subject, "source": source}

    for pull, _, step, r in records:
        method, q = parse(r["request"])
        result = r["body"]["response"]["result"]
        source = src(step, r)
        if method == "getrules":
            rel = result.get("relations") or {}
            if "parent" in result.get("roles", []):
                ever_parent.add(result["id"])
            kids = sorted((rel.get("students") or {}).keys())
            if result["id"] in rules and set(rules[result["id"]][1]) - set(kids) and result["id"] not in drops:
                drops[result["id"]] = (pull, source)
            rules[result["id"]] = (pull, kids, source)
            ever_listed.setdefault(result["id"], set()).update(kids)
            for kid in kids:
                listing_pulls.setdefault(kid, []).append(pull)
            for name, group in (rel.get("groups") or {}).items():
                hometeacher[name] = (group["hometeacher_name"], source)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], source)
        elif method == "getdiary":
            pupil = q["student"]
            own_pulls.setdefault(pupil, []).append(pull)
            for key, day in result["students"][pupil]["days"].items():
                its = items_of(day)
                own_days.setdefault(pupil, {})[day_of(key)] = (pull, its, source)
                for it in its:
                    note_task(day_of(key), it, pull, source)
                    for m in it.get("assessments") or []:
                        note_mark(pupil, it["name"], m, source)
        elif method == "getschedule":
            for key, day in result["days"].items():
                class_days[day_of(key)] = (pull, items_of(day), source)
                for it in items_of(day):
                    note_task(day_of(key), it, pull, source)
        elif method == "gethomework":
            for key, day in result["days"].items():
                for it in items_of(day):
                    note_task(day_of(key), it, pull, source)
        elif method == "getmarks":
            pupil = q["student"]
            body = result["students"][pupil]
            averages[pupil] = ({l["name"]: l["average"] for l in body["lessons"]}, source)
            for lesson in body["lessons"]:
                for m in lesson["marks"]:
                    note_mark(pupil, lesson["name"], m, source)
        elif method == "getfinalassessments":
            pupil = q["student"]
            got = {}
            for it in result["students"][pupil]["items"]:
                for a in it["assessments"]:
                    got[(it["name"], a["period"])] = a["value"]
                    finals_seen.setdefault((pupil, it["name"], a["period"]), set()).add(a["value"])
                got.setdefault((it["name"], None), None)
            finals[pupil] = (got, source)

    # R5: who left, and his last day
    left: dict[str, tuple[str, str]] = {}
    still = {k for (_, kids, _) in rules.values() for k in kids}
    for parent, (_, kids, _) in rules.items():
        if parent not in drops:
            continue
        drop_pull, drop_source = drops[parent]
        for pupil in sorted(ever_listed[parent] - set(kids) - still):
            shown = [p for p in own_pulls.get(pupil, []) + listing_pulls.get(pupil, []) if p < drop_pull]
            last = max(shown).astimezone(ZONE).date().isoformat()
            left[pupil] = (last, drop_source)
    # R6: first day of a newcomer
    first: dict[str, str] = {}
    for pupil, days in own_days.items():
        empty = [d for d, (_, its, _) in days.items() if not its]
        if empty:
            first[pupil] = min(d for d, (_, its, _) in days.items() if its)

    def in_class(pupil: str, day: str) -> bool:
        if pupil in left and day > left[pupil][0]:
            return False
        return not (pupil in first and day < first[pupil])

    pupils = sorted(set(own_days) | set(finals) | set(periods))
    all_days = sorted(class_days)
    facts: list[dict] = []

    def add(kind: str, why: str, **kw) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind,
                      **kw, "why": why})

    for parent, (_, kids, source) in sorted(rules.items()):
        if parent not in ever_parent:
            continue
        add("children", f"{source}: the parent's latest getrules lists relations.students {kids} (R2, A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (name, source) in sorted(hometeacher.items()):
        add("class_teacher", f"{source}: relations.groups['{cls}'].hometeacher_name (R3, A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})
    for pupil, (plist, source) in sorted(periods.items()):
        for p in plist:
            if p["start"] and (p["name"] == "I" or pupil == "81607"):
                add("period", f"{source}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} (R4, A.3 Period)",
                    student={"student": pupil}, name=p["fullname"], starts_on=day_of(p["start"]),
                    ends_on=day_of(p["end"]))

    # lessons and no_lessons (R5-R7)
    for pupil in pupils:
        for day in all_days:
            if in_class(pupil, day):
                own = own_days.get(pupil, {}).get(day)
                pull, its, source = own if own else class_days[day]
                chosen = its if pupil in left or pupil in first else its[:1]
                for it in chosen:
                    add("lesson", f"{source}: day {day} item {it['num']} «{it['name']}» lesson {it['lesson_id']}, "
                        f"{it['starttime']}-{it['endtime']} (R7, A.3 Day, Lesson item; times with rings)",
                        student={"student": pupil}, date=day, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
            elif pupil in left or pupil in first:
                _, its, source = class_days[day]
                thursday_friday = pupil in left and day <= "2026-10-16"
                chosen = its if thursday_friday or (pupil in first and day == "2026-10-19") else its[:1]
                if pupil in left:
                    why = (f"{left[pupil][1]} no longer lists him: he left after {left[pupil][0]} (his last own "
                           f"answer's pull day); the class's lesson of {day} (from {source}) is not his, whatever his "
                           f"earlier diary planned and whatever the head teacher's later getmarks says of his past "
                           f"marks (R5, A.3 getrules, Part D)")
                else:
                    why = (f"his own getdiary lists {day} without lessons or he came later: his first day is "
                           f"{first[pupil]} (R6, A.3 Day)")
                for it in chosen:
                    add("no_lesson", why, student={"student": pupil}, date=day, subject=it["name"])

    # marks and attendance (R8)
    for (pupil, lid, nm), m in sorted(marks.items(), key=lambda kv: (kv[1]["date"], kv[0])):
        if not in_class(pupil, m["date"]):
            continue
        if m["value"] in ABSENCE:
            add("attendance", f"{m['source']}: pseudo-mark '{m['value']}' on lesson {lid} (R8, A.3 Absence, A.6)",
                student={"student": pupil}, date=m["date"], subject=m["subject"], code=m["value"],
                meaning=ABSENCE[m["value"]])
            continue
        fact = {"student": {"student": pupil}, "date": m["date"], "subject": m["subject"], "value": m["value"],
                "weight": m["weight"], "counts": m["count"], "work_type": m["work"]}
        if m["comment"]:
            fact["comment"] = m["comment"]
        add("mark", f"{m['source']}: lesson {lid} nm {nm} '{m['value']}' weight {m['weight']} «{m['work']}» "
            f"(R8, A.3 Assessment / SubjectMarks; the latest pull wins)", **fact)
        for old in sorted(values_seen[(pupil, lid, nm)] - {m["value"]}):
            add("no_mark", f"'{old}' on lesson {lid} nm {nm} was shown by an earlier pull; the latest ({m['source']}) "
                f"says '{m['value']}' (R8, R1: pulled later wins, whatever the delivery order)",
                student={"student": pupil}, date=m["date"], subject=m["subject"], value=old)

    # homework (R9)
    for hid, h in sorted(homework.items()):
        for pupil in pupils:
            shows = in_class(pupil, h["date"])
            if shows and ((pupil == "81602" and h["date"] >= "2026-10-19") or pupil in left or pupil in first):
                add("homework", f"{h['source']}: task {hid} on the «{h['subject']}» lesson {h['lesson_id']} of "
                    f"{h['date']} (R9, A.3 Lesson item homework)", student={"student": pupil},
                    subject=h["subject"], text=h["text"], date=h["date"])
            if shows and pupil in ("81602", "81603"):
                for old in sorted(texts_seen[hid] - {h["text"]}):
                    add("no_homework", f"task {hid}'s text «{old}» was replaced under the same id by "
                        f"{h['source']} (R9, A.3 Lesson item homework)", student={"student": pupil},
                        subject=h["subject"], text=old)
            if not shows and pupil in left and h["date"] <= "2026-10-20":
                add("no_homework", f"task {hid} is set on {h['date']}, after {pupil} left ({left[pupil][1]}; R5, R9)",
                    student={"student": pupil}, subject=h["subject"], text=h["text"])

    # finals (R10)
    for pupil, (got, source) in sorted(finals.items()):
        for (subject, period), value in sorted(got.items(), key=str):
            if period is None:
                if not any(k[0] == subject and k[1] for k in got):
                    add("no_final_mark", f"{source}: «{subject}» lists no assessment (R10, A.3 Final assessment)",
                        student={"student": pupil}, subject=subject, period="1 четверть")
                continue
            add("final_mark", f"{source}: «{subject}» period '{period}' value '{value}' (R10, A.3 Final assessment)",
                student={"student": pupil}, subject=subject, period=period, value=value)
            for old in sorted(finals_seen[(pupil, subject, period)] - {value}):
                add("no_final_mark", f"'{old}' came in a getfinalassessments pulled before {source} (delivered "
                    f"after it) (R10, R1)", student={"student": pupil}, subject=subject, period=period, value=old)

    # vendor averages (R11)
    for pupil, (avgs, source) in sorted(averages.items()):
        for subject in ("Математика",):
            if avgs.get(subject):
                add("vendor_average", f"{source}: «{subject}» average '{avgs[subject]}' (R11, A.3 SubjectMarks)",
                    student={"student": pupil}, subject=subject, value=avgs[subject])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts, "left", left, "first", first)


if __name__ == "__main__":
    main()
