"""Derives facts.json from journey.json for corpus elzhur_17 (homework in depth). Standard library only; never
imports the hub. Deterministic.

Rules (sections of /work/shared/reference/elzhur_mesh.md):
 1. A task is a lesson item's `homework` entry `{id, value, individual}` keyed by its id (A.3 Lesson item), or an
    entry of an `items_extday` item's `homework[]` (A.3 Day: extra-curricular items carry `homework[]`); its subject
    is the item's `name`, its day the `days` key it is listed under (A.3 Day: `name` = the date), its text `value`
    as the vendor wrote it.
 2. Files: `[{toid, filename, link}]` belong to the task whose id is `toid`; the older `{"file": [...]}` form has no
    `toid`, so its files belong to the item's task only when the item has exactly one (A.3 `files`, A.5 E5);
    with several tasks such an answer does not say whose file is whose, so it leaves the attachments the task's
    latest toid-bound statement gave.
 3. Who sees what: a pupil's own getdiary / gethomework?student= answers (A.2) are theirs. A class answer
    (gethomework?class=, `days` at the top level, A.2) is seen by every pupil of the class, except items of a
    subgroup (`grp`) other than the pupil's own for that subject (the pupil's group is the `grp` their own answers
    show, A.3 `grp`), and except `individual: true` tasks (A.3 homework `individual`: a task of one pupil; a class
    answer cannot say whose).
 4. A task's id is its identity (A.3 homework keyed by id, A.4 ids): a later statement of the same id (edited text,
    other files, another day or lesson) replaces the earlier one. Statements are ordered by `pulled_at`.
 5. Each day of an answer's `days` range is that day whole (A.1 `days`, A.3 Day): when the same request scope
    (method, pupil or class) answers a day again without a task it listed there before, the task is removed as of
    that pull; other days of the range are not touched by what one day lacks.
 6. The latest event for a task id (statement or removal, rule 4/5) decides: a `homework` fact (date = its day,
    text, attachments by rule 2) or, if removed, a `no_homework` fact for its text. Old texts of edited tasks, and
    tasks another pupil sees but this one does not (rule 3), give `no_homework` when no current task of the pupil
    has that subject and text.
"""
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def items_of(day):
    items = day.get("items") or []
    items = list(items.values()) if isinstance(items, dict) else list(items)
    return items


records = []
for si, step in enumerate(journey["steps"], 1):
    for batch in step["batches"]:
        for r in batch:
            records.append((r.get("pulled_at", ""), si, r))
records.sort(key=lambda x: x[0])  # stable: arrival order breaks ties

pupils = ["17101", "17102"]
groups = {p: {} for p in pupils}  # pupil -> subject -> grp
answers = []  # (pulled, step, scope, request, pupil or None, days dict)
for pulled, si, r in records:
    req = r["request"]
    method, _, q = req.partition("?")
    method = method.rsplit("/", 1)[-1]
    if method not in ("getdiary", "gethomework"):
        continue
    qs = parse_qs(q)
    res = r["body"]["response"]["result"]
    if "class" in qs:
        answers.append((pulled, si, (method, "class:" + qs["class"][0]), req, None, res["days"]))
    else:
        p = qs["student"][0]
        sts = res["students"]
        st = sts[p] if isinstance(sts, dict) else next(s for s in sts if s["name"] == p)
        answers.append((pulled, si, (method, "pupil:" + p), req, p, st["days"]))
        for key, day in st["days"].items():
            for it in items_of(day):
                if it.get("grp"):
                    groups[p].setdefault(it["name"], {})[key] = it["grp"]


def group_on(pupil, subject, key):
    """The pupil's group for a subject on a day: the nearest day at or before it that their own answers show a
    `grp` for, else the nearest after (rule 3)."""
    seen = groups[pupil].get(subject, {})
    before = [k for k in seen if k <= key]
    if before:
        return seen[max(before)]
    after = [k for k in seen if k > key]
    return seen[min(after)] if after else None


def tasks_in(day, pupil_view, klass, key=""):
    """{hw id: (subject, value, files)} of one day, as `pupil_view` sees it (rule 1-3)."""
    out = {}
    entries = [(it, list((it.get("homework") or {}).values())) for it in items_of(day)]
    entries += [(it, list(it.get("homework") or [])) for it in day.get("items_extday") or []]
    for it, hws in entries:
        if klass and it.get("grp") and group_on(pupil_view, it["name"], key) != it["grp"]:
            continue
        files = it.get("files") or []
        for hw in hws:
            if klass and hw.get("individual"):
                continue
            if isinstance(files, dict):
                names = [f["filename"] for f in files.get("file", [])] if len(hws) == 1 else None
            else:
                names = [f["filename"] for f in files if str(f.get("toid")) == str(hw["id"])]
            out[str(hw["id"])] = (it["name"], hw["value"], names)
    return out


facts = []
for p in pupils:
    events = {}  # id -> list of (pulled, kind, payload, why)
    held = {}    # (scope, day) -> set of ids
    for pulled, si, scope, req, owner, days in answers:
        if owner is not None and owner != p:
            continue
        klass = owner is None
        for key, day in sorted(days.items()):
            now = tasks_in(day, p, klass, key)
            before = held.get((scope, key), set())
            for hid in sorted(before - set(now)):
                events.setdefault(hid, []).append((pulled, "gone", key, f"step {si:02d} `{req}` (pulled {pulled}) no longer lists it under {key}"))
            for hid, val in sorted(now.items()):
                events.setdefault(hid, []).append((pulled, "set", (key, val), f"step {si:02d} `{req}` (pulled {pulled}) lists it under {key}"))
            held[(scope, key)] = set(now)
    current, old_texts = {}, []
    for hid in sorted(events):
        evs = events[hid]
        last = evs[-1]
        for e in evs:
            if e[1] == "set":
                old_texts.append((e[2][1][0], e[2][1][1], hid, e[3]))
        if last[1] == "set":
            key, (subj, val, files) = last[2]
            if files is None:
                bound = [e[2][1][2] for e in evs if e[1] == "set" and e[2][1][2] is not None]
                files = bound[-1] if bound else None
            current[hid] = (key, subj, val, files, last[3])
        else:
            current[hid] = None
            old_texts.append(None)
    cur_texts = {(v[1], v[2]) for v in current.values() if v}
    for hid in sorted(current):
        v = current[hid]
        if not v:
            continue
        key, subj, val, files, why = v
        f = {"id": f"homework-{p}-{hid}", "kind": "homework", "student": {"student": p}, "subject": subj,
             "text": val, "date": iso(key)}
        if files:
            f["attachments"] = files
        f["why"] = f"{why}; task id {hid} (A.3 Lesson item homework/files, rules 1, 2, 4, 6)"
        facts.append(f)
    p_neg = {}
    for o in old_texts:
        if o and (o[0], o[1]) not in cur_texts:
            p_neg.setdefault((o[0], o[1]), (o[2], f"task {o[2]}: last stated text differs or the task was removed ({o[3]}) (A.3 homework keyed by id; A.3 Day whole; rules 4, 5, 6)"))
    facts_neg = p_neg
    for (subj, text), (hid, why) in sorted(facts_neg.items(), key=lambda x: x[1][0]):
        facts.append({"id": f"no-homework-{p}-{hid}-{len([f for f in facts if f['kind'] == 'no_homework' and f['student']['student'] == p])+1}",
                      "kind": "no_homework", "student": {"student": p}, "subject": subj, "text": text, "why": why})

# tasks some answer holds that this pupil does not see (another pupil's subgroup or individual task): rule 3
everything = {}
for pulled, si, scope, req, owner, days in answers:
    for key, day in sorted(days.items()):
        for it, hws in [(it, list((it.get("homework") or {}).values())) for it in items_of(day)] + \
                [(it, list(it.get("homework") or [])) for it in day.get("items_extday") or []]:
            for hw in hws:
                everything.setdefault((it["name"], hw["value"]), (str(hw["id"]), it.get("grp"), hw.get("individual"), owner))
seen = {p: {(f["subject"], f["text"]) for f in facts if f["kind"] == "homework" and f["student"]["student"] == p} for p in pupils}
for p in pupils:
    have_neg = {(f["subject"], f["text"]) for f in facts if f["kind"] == "no_homework" and f["student"]["student"] == p}
    n = 0
    for key, (hid, grp, ind, owner) in sorted(everything.items(), key=lambda x: x[1][0]):
        if key not in seen[p] and key not in have_neg:
            other = owner or "the class answer"
            f = {"subject": key[0], "text": key[1]}
            n += 1
            facts.append({"id": f"no-homework-{p}-other-{n}", "kind": "no_homework", "student": {"student": p},
                          "subject": f["subject"], "text": f["text"],
                          "why": f"task {hid} ({'`grp` ' + grp if grp else ''}{'individual, in ' + other + chr(39) + 's own answer' if ind else ''}): not {p}'s (A.3 grp, homework individual; rule 3)"})

# children from getrules
for pulled, si, r in records:
    if r["request"] == "getrules":
        res = r["body"]["response"]["result"]
        facts.insert(0, {"id": f"children-{res['id']}", "kind": "children", "guardian": {"parent": res["id"]},
                         "children": [{"student": s} for s in sorted(res["relations"]["students"])],
                         "why": f"step {si:02d} getrules: relations.students with rel child (A.3 getrules)"})

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
from collections import Counter
print(len(facts), dict(Counter(f["kind"] for f in facts)))
