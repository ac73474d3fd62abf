"""Derive what a parent must see (and must not see) from journey.json. Standard library only; never imports the hub.

Rules, from /work/shared/reference/dnevnik_ru.md (§N):

R1 (§3.8) Membership. `POST edu-groups` answers `[{group, students:[{person, membershipstatus}]}]`: a pupil is in the
   group while his membership is `Active`; `Archive` (or not listed in the answer) means he is not in it. A membership
   carries no dates (§3.8), so the only clock is the sync job's `pulled_at` (README "The request envelope"): on a
   school day D the pupil is in the group iff the latest roster pulled before D says `Active`, and the first roster
   pulled on or after D agrees (if the two disagree, D is in doubt and gets no fact; every roster here is pulled on a
   weekend, so no school day is in doubt). Rosters are ordered by `pulled_at`, never by arrival: a Saturday pull
   delivered after Sunday's is still Saturday's state (README "Time is data").
   Coming back is a membership `Active` again after `Archive` (§3.8: a new membership of the same group).
R2 (§3.4, §3.8) A lesson belongs to its `group` (class or subgroup, `parentIds` non-empty). On a school day D a pupil's
   diary holds a lesson iff he is in its group on D (R1); it holds nothing of a group he is not in that day, also
   while he is out of the school altogether.
R3 (§7) `edu-groups/{g}/lessons/{from}/{to}` is the group's lesson list over the range (bulk path); each lesson is
   taken as its latest pull states it. Topic = `title`, slot = `number`, start = the time of `date` (§3.4, §2).
R4 (§3.2, §3.6) A `Homework` work of a lesson (`eduGroup` = the lesson's group, `tasks` naming its members) is the
   homework of the pupils in that group on the lesson's day (R1), set on that day, due `targetDate`; for a pupil not
   in the group that day it is not his (no_homework; every homework text here is unique).
R5 A `no_lesson` fact is written only where the pupil has no lesson of that subject in that slot that day.
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
records = [r for st in J["steps"] for b in st["batches"] for r in b]


def sid(obj, key="id"):
    return str(obj.get(key + "_str") or obj[key])


rosters = []  # (pulled_at, {group: {person: status}})
lessons = {}  # lesson id -> (pulled_at, lesson)
names = {}
for r in sorted(records, key=lambda r: r["pulled_at"]):
    req, body = r["request"], r["body"]
    if req == "POST /v2/edu-groups":
        rosters.append((r["pulled_at"], {sid(g["group"]): {str(s["person"]): s["membershipstatus"] for s in g["students"]}
                                         for g in body}))
    elif re.match(r"GET /v2/edu-groups/\d+/lessons/", req):
        for l in body:
            lessons[sid(l)] = (r["pulled_at"], l)
    elif re.match(r"GET /v2/edu-groups/\d+/persons", req):
        for p in body:
            names[sid(p)] = f"{p['lastName']} {p['firstName']}"


def member(person, group, day):
    """True / False / None (in doubt), R1."""
    before = [s for t, s in rosters if dt.date.fromisoformat(t[:10]) < day]
    after = [s for t, s in rosters if dt.date.fromisoformat(t[:10]) >= day]
    if not before:
        return None
    state = before[-1].get(group, {}).get(person) == "Active"
    if after and (after[0].get(group, {}).get(person) == "Active") != state:
        return None
    return state


CAST = {"1000012902901": "all", "1000012902902": "all", "1000012902903": "all",
        "1000012902904": "own", "1000012902905": "own"}  # two who stay put: lessons only
facts = []


def add(kind, **kw):
    facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}", "kind": kind, **kw})


ordered = sorted(lessons.values(), key=lambda x: (x[1]["date"], x[1]["number"], sid(x[1])))
for person, scope in CAST.items():
    for _, l in ordered:
        day = dt.date.fromisoformat(l["date"][:10])
        g = str(l["group"])
        state = member(person, g, day)
        if state is None:
            continue
        subject = l["subject"]["name"]
        if state:
            add("lesson", student={"person": person}, subject=subject, date=str(day), number=l["number"], topic=l["title"],
                starts_at=l["date"][11:16],
                why=f"R1-R3: lesson {sid(l)} of group {g}; the rosters pulled around {day} list {names.get(person, person)} "
                    f"Active in it (§3.8, §3.4)")
        elif scope == "all":
            mine = [m for _, m in lessons.values() if m["date"][:10] == str(day) and m["subject"]["name"] == subject
                    and m["number"] == l["number"] and member(person, str(m["group"]), day)]
            if not mine:
                add("no_lesson", student={"person": person}, subject=subject, date=str(day), number=l["number"],
                    why=f"R1, R2, R5: lesson {sid(l)} belongs to group {g}; the rosters pulled around {day} show "
                        f"{names.get(person, person)} not in it (Archive or not listed, §3.8)")
        for w in l.get("works", []):
            if w["type"] != "Homework":
                continue
            if state and scope == "all":
                add("homework", student={"person": person}, subject=subject, text=w["text"], date=str(day),
                    due=w["targetDate"][:10],
                    why=f"R4: Homework work {sid(w)} of lesson {sid(l)} (group {g}); the pupil is in the group that day (§3.2, §3.6, §3.8)")
            elif scope == "all":
                add("no_homework", student={"person": person}, subject=subject, text=w["text"],
                    why=f"R4: Homework work {sid(w)} of lesson {sid(l)} on {day} is group {g}'s; the pupil is not in it that day (§3.2, §3.8)")

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts", {k: sum(f["kind"] == k for f in facts) for k in sorted({f["kind"] for f in facts})})
