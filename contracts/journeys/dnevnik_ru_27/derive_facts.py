"""Derive what the Соколов family's parents must (and must not) see from journey.json, per the Dnevnik.ru reference.

Standard library only; deterministic. Reads journey.json beside this file, writes facts.json.
Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASS_DISPUTED = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # §6; Pass: code only (§11)


def pulled(rec):
    return dt.datetime.fromisoformat(rec["pulled_at"])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]

    # the hub school: the vendor school whose profile the job pulls (GET /v2/schools/{s}, §3.10)
    school = next(str(r["body"]["id_str"]) for _, r in records if re.fullmatch(r"GET /v2/schools/\d+", r["request"]))

    # teachers: person id -> fullName (§3.9 User.personId, fullName; lessons name teacher person ids, §1)
    teacher = {}
    for _, r in sorted(((n, r) for n, r in records if r["request"] == "POST /v2/users/many"), key=lambda x: pulled(x[1])):
        for u in r["body"]:
            teacher[str(u["personId_str"])] = u["fullName"]

    # memberships (§3.8: membershipstatus Active/Archive, studyyear; no dates: the pull dates bound them)
    answers = sorted((r for _, r in records if r["request"] == "POST /v2/edu-groups"), key=pulled)
    stays: dict[str, list[list]] = {}  # person -> [[group, from, to(excl) or None]]
    names = {}
    for r in answers:
        day = pulled(r).date()
        for entry in r["body"]:
            g = str(entry["group"]["id_str"])
            names[g] = entry["group"]["name"]
            for st in entry["students"]:
                p = str(st["person"])
                cur = stays.setdefault(p, [])
                open_in = [s for s in cur if s[0] == g and s[2] is None]
                if st["membershipstatus"] == "Active":
                    if open_in:
                        open_in[0][3] = day  # last seen active
                    else:
                        start = dt.date(entry["group"]["studyyear"], 9, 1) if not cur else day
                        cur.append([g, start, None, day])
                elif open_in:
                    open_in[0][2] = open_in[0][3] + dt.timedelta(days=1)

    def member(p, g, day):
        return any(s[0] == g and s[1] <= day and (s[2] is None or day < s[2]) for s in stays.get(p, []))

    # family: the parents' contexts (§3.9 context children; §1 users vs persons)
    contexts = sorted(((n, r) for n, r in records if re.fullmatch(r"GET /v2/users/\d+/context", r["request"])),
                      key=lambda x: pulled(x[1]))
    latest = {}
    for n, r in contexts:
        latest[str(r["body"]["userId_str"])] = (n, r)
    family = {}
    for n, r in contexts:
        for c in r["body"]["children"]:
            if school in [str(s) for s in c["schoolIds"]]:
                family[str(c["personId"])] = f"{c['lastName']} {c['firstName']}"

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind,
                      **kw, "why": why})

    for user, (n, r) in sorted(latest.items()):
        kids = [c for c in r["body"]["children"] if school in [str(s) for s in c["schoolIds"]]]
        others = [f"{c['firstName']} ({c['schoolIds']})" for c in r["body"]["children"] if c not in kids]
        add("children", f"{n}: GET users/{user}/context pulled {r['pulled_at']} is the parent's latest list (§3.9 context "
                        f"children, person ids §1; guardian = the parent's person {r['body']['personId_str']}, not user "
                        f"{user}); only children whose schoolIds hold this school {school}"
                        + (f"; not this school's: {', '.join(others)}" if others else ""),
            guardian={"user": user}, children=[{"person": str(c["personId"])} for c in kids])

    # lessons: the latest answer of each group's lessons range (§3.4, §7 complete ranges)
    lessons = {}
    for n, r in sorted(((n, r) for n, r in records if re.search(r"edu-groups/\d+/lessons/", r["request"])),
                       key=lambda x: pulled(x[1])):
        for l in r["body"]:
            lessons[str(l["id_str"])] = (n, r, l)
    by_day = {}
    for lid, (n, r, l) in lessons.items():
        by_day.setdefault((l["date"][:10], str(l["group"])), []).append(l)

    for p in sorted(family):
        for lid, (n, r, l) in sorted(lessons.items(), key=lambda x: (x[1][2]["date"], x[0])):
            day = dt.date.fromisoformat(l["date"][:10])
            g = str(l["group"])
            if member(p, g, day):
                t = str(l["teachers"][0])
                add("lesson", f"{n}: {r['request'].split(' ')[1]}: lesson {lid} of {names[g]}, which {family[p]} is in on "
                              f"{day} (POST edu-groups memberships by pull, §3.8); title = topic, date local (§2, §3.4); "
                              f"teacher person {t} named by users/many fullName (§3.9)",
                    student={"person": p}, date=str(day), number=l["number"], subject=l["subject"]["name"],
                    topic=l["title"], starts_at=l["date"][11:16], teacher=teacher[t])
            else:
                own = [x for (d, og), ls in by_day.items() if d == str(day) and member(p, og, day) for x in ls
                       if x["subject"]["name"] == l["subject"]["name"] and x["number"] == l["number"]]
                if not own:
                    add("no_lesson", f"lesson {lid} ({l['subject']['name']} #{l['number']}) belongs to {names[g]}; "
                                     f"{family[p]} is not in {names[g]} on {day} (§3.4 group, §3.8 memberships; a "
                                     f"sibling's or parallel class's lessons are not the child's)",
                        student={"person": p}, date=str(day), number=l["number"], subject=l["subject"]["name"])

    # marks (§3.1: person id; filed under the lesson's date)
    marks = {}
    for n, r in sorted(((n, r) for n, r in records if re.search(r"edu-groups/\d+/marks/", r["request"])),
                       key=lambda x: pulled(x[1])):
        for m in r["body"]:
            marks[str(m["id_str"])] = (n, r, m)
    for mid, (n, r, m) in sorted(marks.items()):
        lesson = lessons[str(m["lesson_str"])][2]
        day, subject = lesson["date"][:10], lesson["subject"]["name"]
        owner = str(m["person_str"])
        if owner in family:
            add("mark", f"{n}: {r['request'].split(' ')[1]}: mark {mid} value {m['value']!r} of person {owner} "
                        f"(§3.1 person = Person id, §1), on lesson {m['lesson_str']} dated {day} (§3.4)",
                student={"person": owner}, date=day, subject=subject, value=m["value"])
        for p in sorted(family):
            if p == owner:
                continue
            mine = [x for _, _, x in marks.values() if str(x["person_str"]) == p and x["value"] == m["value"]
                    and lessons[str(x["lesson_str"])][2]["date"][:10] == day
                    and lessons[str(x["lesson_str"])][2]["subject"]["name"] == subject]
            if not mine:
                add("no_mark", f"mark {mid} ({m['value']}) is person {owner}'s, not {family[p]}'s (§3.1 person)",
                    student={"person": p}, date=day, subject=subject, value=m["value"])

    # attendance (§3.5 keyed by (lesson, person); §6 codes)
    logs = {}
    for n, r in sorted(((n, r) for n, r in records if "lesson-log-entries/group/" in r["request"]),
                       key=lambda x: pulled(x[1])):
        for e in r["body"]:
            logs[(str(e["lesson_str"]), str(e["person_str"]))] = (n, r, e)
    for (lid, p), (n, r, e) in sorted(logs.items()):
        if p not in family:
            continue
        l = lessons[lid][2]
        fact = {"student": {"person": p}, "date": l["date"][:10], "subject": l["subject"]["name"], "number": l["number"],
                "code": e["status"]}
        if e["status"] in PASS_DISPUTED:
            fact["meaning"] = PASS_DISPUTED[e["status"]]
        add("attendance", f"{n}: {r['request'].split(' ')[1]}: entry ({lid}, {p}) status {e['status']} (§3.5, §6; "
                          f"Pass: code only, its meaning is disputed §11)", **fact)

    # homework (§3.2 Homework works, eduGroup, targetDate; §3.7 bundle)
    for n, r in sorted(((n, r) for n, r in records if "/homeworks?" in r["request"]), key=lambda x: pulled(x[1])):
        for w in r["body"]["works"]:
            l = lessons[str(w["lesson_str"])][2]
            day, g = dt.date.fromisoformat(l["date"][:10]), str(w["eduGroup_str"])
            for p in sorted(family):
                if member(p, g, day):
                    add("homework", f"{n}: homeworks bundle: work {w['id_str']} of {names[g]} set on lesson "
                                    f"{w['lesson_str']} ({day}), due targetDate {w['targetDate'][:10]} (§3.2, §3.7); "
                                    f"{family[p]} is in {names[g]} that day (§3.8)",
                        student={"person": p}, subject=l["subject"]["name"], text=w["text"], date=str(day),
                        due=w["targetDate"][:10])
                else:
                    add("no_homework", f"work {w['id_str']} is {names[g]}'s homework (eduGroup, §3.2); {family[p]} "
                                       f"is not in {names[g]} on {day} (§3.8)",
                        student={"person": p}, subject=l["subject"]["name"], text=w["text"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(facts), "facts")


if __name__ == "__main__":
    main()
