"""Derive facts.json from journey.json for corpus elzhur_26 (standard library only; deterministic; no hub import).

Rules (reference: shared/reference/elzhur_mesh.md, Part A):
R1 lesson: every item (on Tuesdays: the first lesson and lessons with a task) of a day of a pupil's own getdiary (A.2 getdiary per `student`; A.3 Day, Lesson item) is a
   lesson the pupil's parent sees that day: number `num`, subject `name`, teacher, room, topic, times (`rings`),
   and the subgroup label `grp` (A.3 `grp` [S]).
R2 homework: every task of such an item (A.3 Lesson item `homework`) shows on that lesson's date.
R3 no_lesson: a lesson any class's getschedule lists on a day (A.2 getschedule by `class`) that the pupil's own
   getdiary of that day does not hold (another class, the other English subgroup) is not his; a pupil whose own
   answers hold no day at all (he had left the school: no answer shows him, and his parent's getrules drops him,
   A.3 getrules `relations.students`) sees no lesson of any class that day. English only for the other
   subgroup of his class or the parallel class; all lessons on the days he was away; the parallel class's first
   lesson each day when he moved.
R4 no_homework: a task another pupil's getdiary shows on a day that the pupil's own getdiary lacks that day (other
   subgroup, other class), or any task of a day he was away, is not his (A.3 `homework`).
R5 children: a parent's latest getrules (by `pulled_at`) lists his children: a child an earlier getrules listed and
   the latest lists again is his child (A.3 getrules `relations.students`; the README's pulled_at rule).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
PUPILS = ("26101", "26102", "26103")


def iso(k):
    return f"{k[:4]}-{k[4:6]}-{k[6:]}"


def date_weekday(date):
    import datetime as dt
    return dt.date.fromisoformat(date).weekday()


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


own = {}  # (pupil, date) -> (items, step, request, pulled)
class_days = {}  # date -> [(class, item)]
rules = {}  # parent -> (pulled, [children], step)
records = [(s["name"][:2], r) for s in journey["steps"] for b in s["batches"] for r in b]
for step, r in records:
    req, res = r["request"], r["body"]["response"]["result"]
    if req.startswith("getdiary"):
        for sid, st in res["students"].items():
            for k, day in st["days"].items():
                own[(sid, iso(k))] = (items_of(day), step, req, r.get("pulled_at"))
    elif req.startswith("getschedule"):
        cls = req.split("class=")[1].split("&")[0]
        for k, day in res["days"].items():
            class_days.setdefault(iso(k), []).extend((cls, it) for it in items_of(day))
    elif req == "getrules":
        parent = res["id"]
        if parent not in rules or r["pulled_at"] > rules[parent][0]:
            rules[parent] = (r["pulled_at"], sorted(res["relations"]["students"]), step)

facts = []
for (sid, date), (items, step, req, pulled) in sorted(own.items()):
    src = f"step {step} `{req}` (pulled {pulled})"
    for it in items:
        if date_weekday(date) == 1 and it["num"] != "1" and not it.get("homework"):
            continue  # Tuesdays: the first lesson only (and any lesson with a task), to keep the corpus small
        f = {"id": f"lesson-{sid}-{date}-{it['num']}", "kind": "lesson", "student": {"student": sid}, "date": date,
             "number": int(it["num"]), "subject": it["name"], "teacher": it["teacher"], "room": it["room"],
             "topic": it["topic"], "starts_at": it["starttime"][:5], "ends_at": it["endtime"][:5]}
        if it.get("grp"):
            f["group_label"] = it["grp"]
        f["why"] = f"{src}: item num {it['num']} of his own day (R1; A.2 getdiary, A.3 Day/Lesson item, grp [S])"
        facts.append(f)
        for hid, hw in sorted(it.get("homework", {}).items()):
            facts.append({"id": f"homework-{sid}-{hid}", "kind": "homework", "student": {"student": sid},
                          "subject": it["name"], "text": hw["value"], "date": date,
                          "why": f"{src}: task {hid} on his {it['name']} lesson (R2; A.3 homework)"})

all_hw = {}
for (sid, date), (items, *_rest) in own.items():
    for it in items:
        for hid, hw in it.get("homework", {}).items():
            all_hw.setdefault(date, {})[hw["value"]] = (it["name"], hid, sid)

for sid in PUPILS:
    own_class = {}
    for date in sorted(class_days):
        mine = own.get((sid, date))
        away = mine is None
        have = set() if away else {(it["name"], it["num"]) for it in mine[0]}
        seen = set()
        for cls, it in class_days[date]:
            key = (it["name"], it["num"])
            if key in have or key in seen:
                continue
            relevant = away or it["name"] == "Английский язык" or it["num"] == "1"
            if not relevant:
                continue
            seen.add(key)
            reason = ("no answer shows him these days: he had left the school and his parent's getrules dropped him "
                      "(A.3 getrules relations.students; A.2 getdiary per student)" if away else
                      f"his own getdiary of that day (step {mine[1]}) does not hold it: it is {cls}'s"
                      + (f" {it['grp']}" if it.get("grp") else "") + " lesson (A.2, A.3 grp [S])")
            facts.append({"id": f"no_lesson-{sid}-{date}-{it['num']}-{cls}{it.get('grp') and '-g' + it['grp'][0] or ''}",
                          "kind": "no_lesson", "student": {"student": sid}, "date": date, "number": int(it["num"]),
                          "subject": it["name"], "why": f"getschedule?class={cls} lists it on {date}; {reason} (R3)"})
        mine_hw = set() if away else {hw["value"] for it in mine[0] for hw in it.get("homework", {}).values()}
        for text, (subject, hid, other) in sorted(all_hw.get(date, {}).items()):
            if text in mine_hw:
                continue
            facts.append({"id": f"no_homework-{sid}-{hid}", "kind": "no_homework", "student": {"student": sid},
                          "subject": subject, "text": text,
                          "why": f"task {hid} of {other}'s getdiary on {date}, not in {sid}'s own day "
                                 f"({'away' if away else 'other subgroup or class'}) (R4; A.3 homework)"})

for parent, (pulled, kids, step) in sorted(rules.items()):
    facts.append({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
                  "children": [{"student": k} for k in kids],
                  "why": f"the parent's latest getrules (step {step}, pulled {pulled}) lists {kids} (R5; A.3 getrules)"})

ids = [f["id"] for f in facts]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
