"""Derive the facts a parent must see from journey.json (standard library only; never imports the hub).

Rules, from /work/shared/reference/dnevnik_ru.md (§N):

R1 (§3.8) Membership. `POST edu-groups` answers `[{group, students:[{person, membershipstatus}]}]`; a pupil is in a
   group while the answer says `Active`; `Archive` means he is no longer in it. Membership carries no dates (§3.8),
   so the state on a school day D is the one stated by the latest roster pulled before D (`pulled_at`); rosters
   pulled on 03-01, 03-06 (Friday evening, unchanged) and 03-08 (Sunday) leave no school day in doubt.
   A subgroup's `status: Archive` with all members `Archive` is a dissolved subgroup (§3.8 `status` Active/Archive);
   its members were in it on the days before. A subgroup whose own `status` is `Archive` has no pupils from then
   on even where the answer leaves a member's `membershipstatus` `Active` (the choir D2): an archived group holds no
   lessons of the pupils, whose own week schedules (§0) lack its lessons too. (This reading is an inference: §3.8
   gives `status` Active/Archive for a group without saying what it means for its members.)
R2 (§3.4, §3.8) A lesson belongs to its `group` (the class or a subgroup, `parentIds` non-empty). A pupil's diary
   holds a lesson on day D iff the pupil is in that group on D (R1). A pupil in three subgroups sees all three.
R3 (§3.4, §7) `edu-groups/{g}/lessons/{from}/{to}` is the group's lesson list over the range (§7 bulk path); the
   latest pull wins: a lesson an earlier answer held and a later answer for the same group and days lacks is gone.
   A subgroup no longer pulled (dissolved, R1) keeps what was pulled, but its pupils are no longer in it (R1, R2),
   and their own week schedules (`persons/{p}/groups/{g}/schedules`, §0) do not list its lessons.
R4 (§3.8 `name`) A lesson's group label is its group's `name` in the latest roster pulled before the lesson's day;
   for the renamed subgroup, week-1 lessons carry no label fact (whether a rename rewrites history is not settled).
R5 (§3.2, §3.6) A `Homework` work of a lesson (with `eduGroup` = the lesson's subgroup and `tasks` naming its
   members) is homework of the pupils the tasks name, set on the lesson's date, due `targetDate`; for every other
   pupil it is not theirs (no_homework).
R6 (§3.1) A mark belongs to `person`, shown on its lesson's day, subject from the lesson; the value as `value`.
R7 (§3.9) A lesson's teacher is named by `POST users/many` `fullName` of the user whose `personId` is in `teachers`.
R8 A `no_lesson` fact is written only where the pupil has no lesson of that subject in that slot that day (two
   subgroups of one subject in one slot cannot be told apart by subject and number; their homework can).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj, key="id"):
    return str(obj.get(key + "_str") or obj[key])


records = [r for st in J["steps"] for b in st["batches"] for r in b]
records.sort(key=lambda r: r["pulled_at"])  # stable: arrival order within one pull time

rosters = []  # (pulled date, {group: (name, {person: status})})
teachers = {}
lessons = {}  # lesson id -> (lesson, pulled)
range_pulls = []  # (group, from, to, ids, pulled)
for r in records:
    req, body = r["request"], r["body"]
    if req == "POST /v2/edu-groups":
        state = {}
        for g in body:
            state[sid(g["group"])] = (g["group"]["name"], {str(s["person"]): s["membershipstatus"] for s in g["students"]}, g["group"]["status"])
        rosters.append((r["pulled_at"][:10], state))
    elif req == "POST /v2/users/many":
        for u in body:
            teachers[sid(u, "personId")] = u["fullName"]
    else:
        m = re.match(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)$", req)
        if m:
            g, a, b = m.groups()
            ids = set()
            for lesson in body:
                lessons[sid(lesson)] = lesson
                ids.add(sid(lesson))
            range_pulls.append((g, a, b, ids, r["pulled_at"]))

# R3: lessons gone from a later range of their group
alive = {}
for lid_, lesson in lessons.items():
    g, d = str(lesson["group"]), lesson["date"][:10]
    covering = [p for p in range_pulls if p[0] == g and p[1] <= d <= p[2]]
    latest = max(covering, key=lambda p: p[4])
    if lid_ in latest[3]:
        alive[lid_] = lesson
gone = {k: v for k, v in lessons.items() if k not in alive}


def roster_on(day):
    before = [st for pd, st in rosters if pd < day]
    return before[-1] if before else rosters[0][1]


def member(person, group, day):
    st = roster_on(day).get(group)
    return bool(st) and st[2] == "Active" and st[1].get(person) == "Active"


def label(group, day):
    return roster_on(day)[group][0]


class_id = min(rosters[0][1])
pupils = sorted(rosters[0][1][class_id][1])
renamed = {g for g in rosters[-1][1] if g in rosters[0][1] and rosters[0][1][g][0] != rosters[-1][1][g][0]}

rename_day = {g: min(pd for pd, st in rosters if st[g][0] != rosters[0][1][g][0]) for g in renamed}
facts = []


def add(kind, **kw):
    facts.append({"id": None, "kind": kind, **kw})


def key(lesson):
    return (lesson["date"][:10], lesson["number"], lesson["subject"]["name"])


ordered = sorted(alive.values(), key=lambda l: (key(l), sid(l)))
for p in pupils:
    mine = [l for l in ordered if member(p, str(l["group"]), l["date"][:10])]
    slots = {(l["date"][:10], l["subject"]["name"], l["number"]) for l in mine}
    for l in mine:
        g, d = str(l["group"]), l["date"][:10]
        f = dict(student={"person": p}, subject=l["subject"]["name"], date=d, number=l["number"], topic=l["title"],
                 starts_at=l["date"][11:16], teacher=teachers[str(l["teachers"][0])])
        why = f"R2: lesson {sid(l)} of group {g}; the roster before {d} lists the pupil Active (§3.8, §3.4)"
        if g != class_id and not (g in renamed and d < rename_day[g]):
            f["group_label"] = label(g, d)
            why += "; label = the subgroup's name (§3.8 name)"
        f["why"] = why
        add("lesson", **f)
    others = sorted(list(alive.values()) + list(gone.values()), key=lambda l: (key(l), sid(l)))
    seen = set()
    for l in others:
        d, subj, n = l["date"][:10], l["subject"]["name"], l["number"]
        if (d, subj, n) in slots or (d, subj, n) in seen:
            continue
        seen.add((d, subj, n))
        g = str(l["group"])
        if sid(l) in gone:
            why = f"R3: lesson {sid(l)} of group {g} is gone from the group's later lessons range (§7, §3.4)"
        elif g in rosters[-1][1] and rosters[-1][1][g][2] == "Archive" and d >= rosters[-1][0] and p in rosters[-1][1][g][1]:
            why = (f"R1/R3: group {g} was dissolved (status Archive in the roster of {rosters[-1][0]}, members {rosters[-1][1][g][1][p]}, §3.8); "
                   f"the pupil's own week schedule (§0) lacks lesson {sid(l)}")
        else:
            why = f"R2: lesson {sid(l)} belongs to group {g}, which the rosters never list the pupil in (§3.8)"
        add("no_lesson", student={"person": p}, subject=subj, date=d, number=n, why=why)
    # homework (R5)
    for l in ordered:
        for w in l["works"]:
            if w["type"] != "Homework":
                continue
            named = {str(t["person"]) for t in w["tasks"]}
            d = l["date"][:10]
            if p in named and member(p, str(l["group"]), d):
                add("homework", student={"person": p}, subject=l["subject"]["name"], text=w["text"], date=d,
                    due=w["targetDate"][:10],
                    why=f"R5: Homework work {sid(w)} of lesson {sid(l)}, eduGroup {w['eduGroup']}; its tasks name the pupil (§3.2, §3.6)")
            else:
                add("no_homework", student={"person": p}, subject=l["subject"]["name"], text=w["text"],
                    why=f"R5: Homework work {sid(w)} is for subgroup {w['eduGroup']}; its tasks do not name the pupil (§3.6), or the subgroup was dissolved before the lesson (§3.8)")
    for l in gone.values():
        for w in l["works"]:
            if w["type"] == "Homework":
                add("no_homework", student={"person": p}, subject=l["subject"]["name"], text=w["text"],
                    why=f"R3: its lesson {sid(l)} is gone from the group's later lessons range (§7)")

# marks (R6)
for r in records:
    if re.match(r"GET /v2/edu-groups/\d+/marks/", r["request"]):
        for m in r["body"]:
            l = lessons[sid(m, "lesson")]
            add("mark", student={"person": sid(m, "person")}, subject=l["subject"]["name"], date=l["date"][:10],
                value=m["value"], why=f"R6: mark {sid(m)} of lesson {sid(l)} (group {l['group']}) (§3.1)")

counts = {}
for f in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    f["id"] = f"{f['kind'].replace('_', '-')}-{counts[f['kind']]:03d}"
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), counts)
