"""Derives facts.json from journey.json for Dnevnik.ru journey 20 (standard library only, deterministic).

Replay rules, each from the vendor reference (shared/reference/dnevnik_ru.md, §n) or the hub README's documented
envelope ("Vendor formats": the latest pull wins; "The vendor adapters": the legacy deletion notice):
R1  A Mark (§3.1) is keyed by its id; `value` is what the journal shows; it belongs to its `lesson`, whose date
    files it in the diary; its weight and work-type title come from the standalone WorkType (§3.3).
R2  Every answer is the vendor's state at its `pulled_at`: a value, a mark or a homework held as of a later time
    is not changed by an older answer delivered later (README "Time is data: the latest pull wins").
R3  The legacy notice {"resource", "deleted": true, "data"} deletes the mark / withdraws the homework; with
    `deleted_at` it is as of then (an answer pulled before it changes nothing), without it it applies in arrival
    order, so a later answer stating the same id again shows it again (README "A fact removed and stated again").
R4  A Work is an assessment column (§3.2, §3.1 `work`): `POST works/many` answers every work its body asks for and
    `lessons/{l}/works` every work of the lesson (§3.2, §7 batch-by-id); a work missing there was deleted, and its
    marks with it, as of that pull.
R5  A group's marks range `edu-groups/{g}/marks/{from}/{to}` (§7 bulk path) and `works/{w}/marks` are the whole
    list they select: a mark a later pull of the same request lacks is gone; a mark only an older pull holds, delivered
    after the newer one, was gone by then and is not shown (R2).
R6  Homework is a Work of type Homework (§3.2, §3.7): text, `targetDate` = due, set on its `lesson`, `files` resolved
    by the bundle's `files` list (§3.7 File `name`); `tasks: []` = the whole class.
"""
import json
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def ts(value):
    return None if value is None else datetime.fromisoformat(value)


def sid(obj, key):
    v = obj.get(key + "_str") or obj.get(key)
    return None if v is None else str(v)


def later(a, b):
    """Does time a (the new statement) not lose to b (what is held)? Undated on either side: arrival order."""
    return a is None or b is None or a >= b


records = []
for si, step in enumerate(journey["steps"], 1):
    for batch in step["batches"]:
        for r in batch:
            records.append((si, r))

lessons, subjects, teachers, worktypes, works, people = {}, {}, {}, {}, {}, {}
marks = {}        # id -> dict(value, person, work, lesson, as_of, deleted, why, seen values)
seen_values = []  # (person, lesson, value, why)
homework = {}     # id -> dict(text, due, lesson, files, as_of, withdrawn, why)
old_texts = []    # (hw id, text, why)
file_names = {}
snapshots = {}    # request -> (as_of, set of mark ids)
children = []


def state_mark(m, at, why, restrict=None):
    mid = sid(m, "id")
    seen_values.append((sid(m, "person"), sid(m, "lesson"), m["value"], why))
    cur = marks.get(mid)
    if restrict is not None and mid not in restrict and (cur is None or cur["deleted"]):
        return  # R5: only an older complete answer holds it: gone by the newer pull
    if cur and not later(at, cur["as_of"]):
        return  # R2
    marks[mid] = {"value": m["value"], "person": sid(m, "person"), "work": sid(m, "work"), "lesson": sid(m, "lesson"),
                  "workType": str(m["workType"]), "as_of": at, "deleted": False, "why": why}


def delete_mark(mid, at, why):
    cur = marks.get(mid)
    if cur and not cur["deleted"] and later(at, cur["as_of"]):
        cur.update(deleted=True, as_of=at, why=why)


def state_hw(w, at, why):
    hid = sid(w, "id")
    cur = homework.get(hid)
    if cur and not later(at, cur["as_of"]):
        return
    if cur and cur["text"] != w["text"]:
        old_texts.append((hid, cur["text"], f"{why}: now {w['text']!r}"))
    homework[hid] = {"text": w["text"], "due": w["targetDate"][:10], "lesson": sid(w, "lesson"),
                     "subject": str(w["subjectId"]), "files": [str(f) for f in w["files"]], "as_of": at,
                     "withdrawn": False, "why": why}


for si, r in records:
    if "resource" in r:  # R3 legacy notice
        at = ts(r.get("deleted_at"))
        why = f"step {si}: legacy notice {r['resource']} {sid(r['data'], 'id')} deleted_at={r.get('deleted_at')}"
        if r["resource"] == "marks":
            delete_mark(sid(r["data"], "id"), at, why)
        elif r["resource"] == "homeworks":
            cur = homework.get(sid(r["data"], "id"))
            if cur and not cur["withdrawn"] and later(at, cur["as_of"]):
                cur.update(withdrawn=True, as_of=at, why=why)
                old_texts.append((sid(r["data"], "id"), cur["text"], why + " (withdrawn)"))
        continue
    req, body, at = r["request"], r["body"], ts(r.get("pulled_at"))
    why = f"step {si}: {req} pulled {r.get('pulled_at')}"
    path = req.split(" ", 1)[1].split("?")[0]
    if re.fullmatch(r"/v2/work-types/\d+", path):
        for wt in body:
            worktypes[str(wt["id"])] = (wt["title"], wt["weight"])
    elif re.fullmatch(r"/v2/persons/\d+", path):
        teachers[sid(body, "id")] = f"{body['lastName']} {body['firstName']} {body['middleName']}"
    elif re.fullmatch(r"/v2/edu-groups/\d+/persons", path):
        for p in body:
            people[sid(p, "id")] = p
    elif re.fullmatch(r"/v2/users/\d+/context", path):
        children.append((sid(body, "userId"), [sid(c, "personId") for c in body["children"]], why))
    elif re.fullmatch(r"/v2/edu-groups/\d+/lessons/[^/]+/[^/]+", path):
        for les in body:
            lessons[sid(les, "id")] = les
            subjects[sid(les["subject"], "id")] = les["subject"]["name"]
            for w in les["works"]:
                works[sid(w, "id")] = w
    elif path in ("/v2/lessons/%s/marks" % p for p in lessons) or re.fullmatch(r"/v2/lessons/\d+/marks", path):
        for m in body:
            state_mark(m, at, why)
    elif re.fullmatch(r"/v2/(edu-groups/\d+/marks/[^/]+/[^/]+|works/\d+/marks)", path):  # R5 complete answers
        held = snapshots.get(req)
        restrict = None
        if held and not later(at, held[0]):
            restrict = held[1]
        ids = {sid(m, "id") for m in body}
        for m in body:
            state_mark(m, at, why, restrict)
        if restrict is None:
            if path.startswith("/v2/works/"):
                scope = lambda mk: mk["work"] == path.split("/")[3]
            else:
                day = path.split("/")[-1][:10]
                scope = lambda mk: lessons[mk["lesson"]]["date"][:10] == day
            for mid, mk in marks.items():
                if mid not in ids and scope(mk):
                    delete_mark(mid, at, why + " (omitted)")
            snapshots[req] = (at, ids)
    elif path in ("/v2/works/many",) or re.fullmatch(r"/v2/lessons/\d+/works", path):  # R4
        returned = {sid(w, "id") for w in body}
        if path == "/v2/works/many":
            asked = {str(x) for x in r["request_body"]}
        else:
            lesson = path.split("/")[3]
            asked = {mk["work"] for mk in marks.values() if mk["lesson"] == lesson}
        for wid in asked - returned:
            for mid, mk in marks.items():
                if mk["work"] == wid:
                    delete_mark(mid, at, why + f" (work {wid} deleted)")
    elif "/homeworks" in path:
        for f in body["files"]:
            file_names[sid(f, "id")] = f["name"]
        for w in body["works"]:
            state_hw(w, at, why)

facts = []


def add(kind, **kw):
    facts.append({"id": None, "kind": kind, **kw})


class_pupils = sorted(people)
for user, kids, why in children:
    add("children", guardian={"user": user}, children=[{"person": k} for k in kids],
        why=f"{why}: children[].personId (§3.9, §1)")
for p in class_pupils:
    for lid, les in sorted(lessons.items(), key=lambda x: x[1]["date"]):
        add("lesson", student={"person": p}, subject=les["subject"]["name"], date=les["date"][:10], number=les["number"],
            topic=les["title"], starts_at=les["date"][11:16], teacher=teachers[str(les["teachers"][0])],
            why=f"lesson {lid} of group range (§3.4: title = topic, date, number, teachers = person ids, §3.9 names)")
alive = [(mid, mk) for mid, mk in marks.items() if not mk["deleted"]]
for mid, mk in sorted(alive, key=lambda x: (x[1]["person"], lessons[x[1]["lesson"]]["date"], x[0])):
    les = lessons[mk["lesson"]]
    title, weight = worktypes[mk["workType"]]
    add("mark", student={"person": mk["person"]}, subject=les["subject"]["name"], date=les["date"][:10],
        value=mk["value"], weight=weight, work_type=title,
        why=f"mark {mid}: {mk['why']}; latest statement wins (R2); weight/title of work type {mk['workType']} (§3.3, §3.1)")
done = set()
for person, lesson, value, why in seen_values:
    les = lessons[lesson]
    key = (person, les["subject"]["name"], les["date"][:10], value)
    if key in done:
        continue
    done.add(key)
    if any(mk["person"] == person and lessons[mk["lesson"]]["date"][:10] == key[2]
           and lessons[mk["lesson"]]["subject"]["name"] == key[1] and mk["value"] == value for _, mk in alive):
        continue
    gone = [f"{mid}: {mk['why']}" for mid, mk in marks.items() if mk["person"] == person and mk["value"] == value
            and mk["lesson"] == lesson] or ["only an older pull than the stored answer holds it (R5, R2)"]
    add("no_mark", student={"person": person}, subject=key[1], date=key[2], value=value,
        why=f"'{value}' seen ({why}); gone: {gone[0]} (R2-R5; §3.1, §3.2)")
for p in class_pupils:
    for hid, h in sorted(homework.items()):
        les = lessons[h["lesson"]]
        if h["withdrawn"]:
            continue
        fact = {"student": {"person": p}, "subject": subjects[h["subject"]], "text": h["text"], "date": les["date"][:10],
                "due": h["due"]}
        if h["files"]:
            fact["attachments"] = [file_names[f] for f in h["files"]]
        add("homework", **fact, why=f"homework {hid}: {h['why']}; Work type Homework, targetDate = due, files by id "
                                    f"(R6; §3.2, §3.7); latest pull wins (R2, R3)")
    for hid, text, why in old_texts:
        h = homework[hid]
        if not h["withdrawn"] and h["text"] == text:
            continue
        add("no_homework", student={"person": p}, subject=subjects[h["subject"]], text=text,
            why=f"homework {hid} {text!r}: {why}; final state: "
                f"{'withdrawn: ' + h['why'] if h['withdrawn'] else 'text now ' + repr(h['text'])} (R3, R2; §3.2)")
uniq, seen = [], set()
for f in facts:
    key = json.dumps({k: v for k, v in f.items() if k not in ("id", "why")}, sort_keys=True, ensure_ascii=False)
    if key not in seen:
        seen.add(key)
        uniq.append(f)
counters = {}
for f in uniq:
    counters[f["kind"]] = counters.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}"
(HERE / "facts.json").write_text(json.dumps({"facts": uniq}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(uniq), "facts", counters)
