"""Derives facts.json from journey.json for corpus elzhur_27 (standard library only, deterministic).

Rules, from shared/reference/elzhur_mesh.md (Part A) and the hub README's documented envelope (`pulled_at`):
 R1 children: a parent's getrules `relations.students` are his children (A.3 getrules); the parent is the
    getrules `name` (the user id, A.3 "`name` (user id)"; the only literal Eljur JSON, Part C eljur_notifier, has no
    `id`); the latest pull of each parent's getrules wins.
 R2 class teacher: `relations.groups[<class>].hometeacher_name` (A.3 getrules `hometeacher_*`); the getrules pulled
    last (`pulled_at`) that names the class wins, whatever the delivery order.
 R3 a pupil's class is the `class` of his entry in a parent's getrules (A.3); a class's getschedule
    (`getschedule?class=...`, A.2) describes the lessons of every pupil of that class.
 R4 getdiary and getschedule answer each day of their `days` range whole (A.1 date range, A.3 Day: the day's
    `items`). So, for a pupil and a day, the answer pulled last among his own getdiary and his class's getschedule
    covering that day states the day: its lessons are exactly that answer's items (a day the answer lacks has none).
 R5 a lesson is its `lesson_id` (A.3 Lesson item); it is shown with that answer's `name` (subject), `num` (slot),
    `room`, `teacher` (spaces collapsed, as a reader would see the name), `starttime`/`endtime` (rings) and `topic`
    when non-empty. A lesson named `Cancel` is cancelled (A.3 `name`: "`Cancel` has been seen for a cancelled
    lesson"): it is the same lesson (its `lesson_id`), shown cancelled under the subject the latest answer naming it
    otherwise gave; no subject called "Cancel" may show that day.
 R5b a `Cancel` lesson no answer ever named otherwise gets no `lesson` fact (its subject is unknown), only R6's
    "no subject called Cancel".
 R6 a (subject, slot) some answer covering the day stated and the final day (R4) does not hold, other than
    cancelled, must not show (`no_lesson`): a lesson moved to another slot, renamed, or cancelled.
 R7 marks (`assessments`, A.3 Assessment: value, weight_float, control_type, count, comment), absences (`н`, A.3
    "Absence pseudo-mark", A.6: attendance, not a mark) and homework (`homework{id: {value}}`, A.3) of a lesson are
    those of the getdiary that states the day (R4); a class getschedule carries none ("like getdiary without marks").
 R8 periods: the latest getperiods of a pupil gives its dated periods (A.3 Period: `name`, `start`, `end`).
 Which lessons get a `lesson` fact (to stay readable): every lesson of a day whose covering answers disagree
    (lesson set, subject, slot, room or teacher text), and every lesson of a subject that changed somewhere for that
    pupil (so the usual teacher and room show on the other days).
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent


def when(s):
    return dt.datetime.fromisoformat(s)


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def days_between(a, b):
    d, end, out = dt.date.fromisoformat(iso(a)), dt.date.fromisoformat(iso(b)), []
    while d <= end:
        out.append(d.strftime("%Y%m%d"))
        d += dt.timedelta(days=1)
    return out


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def collapse(s):
    return " ".join((s or "").split())


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    rules, periods, answers = [], {}, []  # answers: (pulled, step, request, method, owner, covered, days)
    for step in journey["steps"]:
        sname = step["name"][:2]
        for batch in step["batches"]:
            for rec in batch:
                method, _, query = rec["request"].partition("?")
                params = {k: v[0] for k, v in parse_qs(query).items()}
                result = rec["body"]["response"]["result"]
                pulled = when(rec["pulled_at"])
                if method == "getrules":
                    rules.append((pulled, sname, rec))
                elif method == "getperiods":
                    for st in result["students"]:
                        if st["name"] not in periods or periods[st["name"]][0] < pulled:
                            periods[st["name"]] = (pulled, sname, rec, st["periods"])
                elif method in ("getdiary", "getschedule"):
                    a, b = params["days"].split("-")
                    if "class" in params:
                        answers.append((pulled, sname, rec["request"], method, ("class", params["class"]),
                                        set(days_between(a, b)), result.get("days") or {}))
                    else:
                        for sid, st in result["students"].items():
                            answers.append((pulled, sname, rec["request"], method, ("pupil", sid),
                                            set(days_between(a, b)), st.get("days") or {}))
    facts = []
    # R1, R2, R3
    latest_rules, class_of, teacher_of = {}, {}, {}
    for pulled, sname, rec in sorted(rules, key=lambda r: r[0]):
        res = rec["body"]["response"]["result"]
        latest_rules[res["name"]] = (pulled, sname, res)
        for sid, st in res["relations"]["students"].items():
            class_of[sid] = st["class"]
        for cls, g in (res["relations"].get("groups") or {}).items():
            teacher_of[cls] = (pulled, sname, collapse(g["hometeacher_name"]))
    for parent, (pulled, sname, res) in sorted(latest_rules.items()):
        facts.append({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
                      "children": [{"student": s} for s in sorted(res["relations"]["students"])],
                      "why": f"step {sname} `getrules` of parent {parent} pulled {pulled.isoformat()}, the latest: "
                             "relations.students (A.3 getrules; R1)"})
    for cls, (pulled, sname, name) in sorted(teacher_of.items()):
        older = sorted({collapse(g["hometeacher_name"]) for _, _, rec in rules
                        for c, g in (rec["body"]["response"]["result"]["relations"].get("groups") or {}).items()
                        if c == cls} - {name})
        facts.append({"id": f"class-teacher-{cls}", "kind": "class_teacher", "class": {"class": cls},
                      "teacher": name,
                      "why": f"step {sname} `getrules` pulled {pulled.isoformat()} is the latest naming {cls}: "
                             f"hometeacher_name {name!r}" + (f"; older pulls (one delivered last) said {older}"
                                                             if older else "") + " (A.3 getrules; R2)"})
    # R8
    for sid, (pulled, sname, rec, ps) in sorted(periods.items()):
        for p in ps:
            if p.get("start") and p.get("end"):
                facts.append({"id": f"period-{sid}-{p['name']}", "kind": "period", "student": {"student": sid},
                              "name": p["name"], "starts_on": iso(p["start"]), "ends_on": iso(p["end"]),
                              "why": f"step {sname} `{rec['request']}` pulled {pulled.isoformat()}: period "
                                     f"{p['name']} ({p['fullname']}) {p['start']}-{p['end']} (A.3 Period; R8)"})
    # R4-R7, per pupil and day
    lesson_facts, other = [], []
    for sid in sorted(class_of):
        cls = class_of[sid]
        mine = [a for a in answers if a[4] in (("pupil", sid), ("class", cls))]
        all_days = sorted({d for a in mine for d in a[5]})
        changed_days, changed_subjects, final = set(), set(), {}
        cancel_names = {}
        for a in sorted(mine, key=lambda a: a[0]):  # the latest non-Cancel name of each lesson
            for day in a[6].values():
                for it in items_of(day):
                    if it["name"] != "Cancel":
                        cancel_names[it["lesson_id"]] = it["name"]
        for d in all_days:
            covering = sorted((a for a in mine if d in a[5]), key=lambda a: a[0])
            last = covering[-1]
            items = items_of(last[6].get(d) or {})
            final[d] = (last, items)
            shapes = set()
            stated = {}
            for a in covering:
                its = items_of(a[6].get(d) or {})
                shapes.add(tuple(sorted((it["lesson_id"], it["name"], it["num"], it.get("room"),
                                         collapse(it.get("teacher"))) for it in its)))
                for it in its:
                    stated.setdefault(it["lesson_id"], set()).add(
                        (it["name"], it["num"], it.get("room"), collapse(it.get("teacher"))))
            if len(shapes) > 1:
                changed_days.add(d)
                for lid, variants in stated.items():
                    if len(variants) > 1 or not any(it["lesson_id"] == lid for it in items):
                        changed_subjects.update(cancel_names.get(lid, n) for n, *_ in variants)
                for it in items:
                    if it["lesson_id"] not in stated or len(stated[it["lesson_id"]]) > 1:
                        changed_subjects.add(cancel_names.get(it["lesson_id"], it["name"]))
            # R6
            shown = {(it["name"], int(it["num"])) for it in items if it["name"] != "Cancel"}
            gone = []
            for a in covering:
                for it in items_of(a[6].get(d) or {}):
                    key = (it["name"], int(it["num"]))
                    if it["name"] == "Cancel":
                        key = ("Cancel", int(it["num"]))
                    if key not in shown:
                        gone.append((key, a))
            for (subj, num) in sorted({k for k, _ in gone}):
                first = min((a for k, a in gone if k == (subj, num)), key=lambda a: a[0])
                why = (f"step {first[1]} `{first[2]}` (pulled {first[0].isoformat()}) had {subj} in slot {num} on "
                       f"{iso(d)}; the latest answer covering the day, step {last[1]} `{last[2]}` (pulled "
                       f"{last[0].isoformat()}), holds no such lesson" if subj != "Cancel" else
                       f"step {first[1]} `{first[2]}` names a lesson `Cancel` in slot {num}: a cancelled lesson, "
                       "not a subject called Cancel")
                other.append({"id": f"no-lesson-{sid}-{d}-{num}-{subj}", "kind": "no_lesson",
                              "student": {"student": sid}, "date": iso(d), "subject": subj, "number": num,
                              "why": why + " (A.3 Day: the day answered whole; A.3 Lesson item `name`; R4, R6)"})
            # R7
            if last[3] == "getdiary":
                for it in items:
                    subj = cancel_names.get(it["lesson_id"], it["name"])
                    for x in it.get("assessments") or []:
                        src = (f"step {last[1]} `{last[2]}` (pulled {last[0].isoformat()}), lesson "
                               f"{it['lesson_id']} (slot {it['num']}, teacher {collapse(it['teacher'])})")
                        if x["value"] in ("н", "Н", "оп", "ОП"):
                            meaning = "absent" if x["value"] in ("н", "Н") else "late"
                            other.append({"id": f"attendance-{sid}-{d}-{it['lesson_id']}", "kind": "attendance",
                                          "student": {"student": sid}, "date": iso(d), "subject": subj,
                                          "code": x["value"], "meaning": meaning,
                                          "why": f"{src}: assessment {x['value']!r} count false (A.3 Absence "
                                                 "pseudo-mark, A.6; R7)"})
                            continue
                        f = {"id": f"mark-{sid}-{it['lesson_id']}-{x['nm']}", "kind": "mark",
                             "student": {"student": sid}, "date": x["date"], "subject": subj, "value": x["value"],
                             "weight": float(x.get("weight_float", x["weight"])), "counts": bool(x["count"]),
                             "work_type": x["control_type"]}
                        if x.get("comment"):
                            f["comment"] = x["comment"]
                        f["why"] = f"{src}: assessment nm {x['nm']} (A.3 Assessment; R7)"
                        other.append(f)
                    for hid, hw in sorted((it.get("homework") or {}).items()):
                        other.append({"id": f"homework-{sid}-{hid}", "kind": "homework",
                                      "student": {"student": sid}, "date": iso(d), "subject": subj,
                                      "text": hw["value"],
                                      "why": f"step {last[1]} `{last[2]}` (pulled {last[0].isoformat()}), lesson "
                                             f"{it['lesson_id']} slot {it['num']}: homework {hid} (A.3 Lesson item "
                                             "`homework`; R7)"})
        # R5
        for d in all_days:
            last, items = final[d]
            for it in items:
                cancelled = it["name"] == "Cancel"
                subj = cancel_names.get(it["lesson_id"], it["name"]) if cancelled else it["name"]
                if d not in changed_days and subj not in changed_subjects:
                    continue
                if cancelled and it["lesson_id"] not in cancel_names:
                    continue  # R5: no answer named its subject; R6 says no subject "Cancel" shows
                f = {"id": f"lesson-{sid}-{it['lesson_id']}", "kind": "lesson", "student": {"student": sid},
                     "date": iso(d), "subject": subj, "number": int(it["num"]),
                     "teacher": collapse(it["teacher"]), "room": it["room"],
                     "starts_at": it["starttime"][:5], "ends_at": it["endtime"][:5]}
                if it.get("topic"):
                    f["topic"] = it["topic"]
                if cancelled:
                    f["cancelled"] = True
                said = sorted({f"{n}/{num}/{room}/{t}" for a in answers if a[4] in (("pupil", sid), ("class", cls))
                               and d in a[5] for x in items_of(a[6].get(d) or {}) if x["lesson_id"] == it["lesson_id"]
                               for n, num, room, t in [(x["name"], x["num"], x.get("room"), collapse(x["teacher"]))]}
                              - {f"{it['name']}/{it['num']}/{it['room']}/{collapse(it['teacher'])}"})
                f["why"] = (f"lesson {it['lesson_id']}: the latest answer covering {iso(d)} is step {last[1]} "
                            f"`{last[2]}` (pulled {last[0].isoformat()})"
                            + (f"; earlier answers said (subject/slot/room/teacher) {said}" if said else "")
                            + (" ; `Cancel` = cancelled, subject from the answers naming it" if cancelled else "")
                            + " (A.3 Day, Lesson item; R4, R5)")
                lesson_facts.append(f)
    facts += lesson_facts + other
    ids = [f["id"] for f in facts]
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
