"""Derive what the parents of МАОУ СОШ № 33 must (and must not) see after its first import (dnevnik_ru_33).

Standard library only; deterministic; never imports the hub. Reads journey.json beside this file, writes
facts.json. Sections (§) are those of shared/reference/dnevnik_ru.md. Every id is read from its `_str` twin (§1:
the school lists carry `id` as a double-based relay printed it, so `id` names nothing there).

Rules
- R0 The hub school is the vendor school whose profile the job pulled (`GET /v2/schools/{s}`, §3.10).
- R1 Groups are the school's `schools/{s}/edu-groups` list (§3.8): a group with `parentIds_str` is a subgroup of
  that class; names as listed (the four classes' subgroups share their names).
- R2 Memberships: `POST /v2/edu-groups` (§3.8) lists who is `Active` in each group; it is the first roster the
  hub sees, so each pupil is in his groups from 1 September of `studyyear` (2025), i.e. the whole week.
- R3 Children: each parent's `users/{u}/context` lists his children (§3.9), those whose `schoolIds` hold this
  school; the guardian is the parent's person (`personId_str`, §1 User vs Person).
- R4 Watched pupils: every child of R3, and, for each subgroup holding none of them, its pupil with the lowest
  person id: one or two pupils in each of the eight subgroups.
- R5 lesson: for each watched pupil, every lesson of a group he is in (R2) dated Thursday 12 February (the day
  every class splits at the edges of its day), and his subgroup's lesson on Tuesday 10 February (both subgroups in
  the same slot, two teachers, two topics), from the group ranges
  `edu-groups/{g}/lessons/{from}/{to}` (§3.4, §7): subject (embedded `subject.name`), topic (`title`), number, the
  start as the clock of `date` (school-local, §2), teacher = the `teachers[0]` person named
  "LastName FirstName MiddleName" by `schools/{s}/teachers` (PascalCase, §3.9), and for a subgroup's lesson the
  subgroup's name as the lesson's group label.
- R6 no_lesson: for each watched pupil on Thursday 12 February, each lesson of the parallel class (same
  `parallel`), of its subgroups, or of the other subgroup of his class, whose subject and number none of his own
  lessons that day has (§3.4 `group`: a lesson is its group's only).
- R7 mark: every mark of every group marks range (§3.1, §7) is its `person_str`'s, shown on the date of its
  lesson (`lesson_str`, §3.1; §3.4 `date`), not the day it was set (`date`, a Saturday for the Friday tests),
  with its work type's `title` and `weight` from `work-types/{s}` (§3.3; weight lives there, §3.1).
- R8 no_mark: a mark is not shown to the pupil whose person id differs from the owner's only where the parallel
  class differs (5А #n <-> 5Б #n, 6А #n <-> 6Б #n) for a class lesson's mark, nor to the pupil of the other
  subgroup at the same place (#1 <-> #3, #2 <-> #4) for a subgroup lesson's mark, unless that pupil has a mark of
  the same value in that subject that day (§1: ids differ in their last digits only; §3.1 person).
- R9 attendance: every entry of every `lesson-log-entries/group/{g}` range (§3.5, §8.3) of every pupil: the code
  as sent; its meaning (§6) for Attend/Absent/Ill/Late; Pass by its code only (meaning disputed, §11).
- R10 homework: for each watched pupil, each Homework work of the school bundle (§3.7) whose `eduGroup_str` is a
  group he is in (§3.2), at its lesson's date, due on `targetDate`.
- R11 no_homework: for each watched pupil, each Homework work of the other subgroup of his class, and of the
  parallel class's subgroup that bears his own subgroup's name (the names repeat across classes, R1), that his own
  groups do not also have with the same text (§3.2 eduGroup). The paged task lists (`persons/{p}/tasks`, §3.6) change nothing: a page is part of
  a list, and page 2 does not withdraw what page 1 named (R10 facts of those two pupils).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # §6; Pass: code only (§11)
SPLIT_DAYS = ("2026-02-10", "2026-02-12")


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"].split(" ")[0], r) for s in journey["steps"] for b in s["batches"] for r in b]

    def path(r):
        return r["request"].split(" ", 1)[1].split("?")[0]

    def step_of(r):
        return next(n for n, x in records if x is r)

    school = next(r["body"]["id_str"] for _, r in records if re.fullmatch(r"GET /v2/schools/\d+", r["request"]))

    # R1 groups
    groups = {}
    for _, r in records:
        if path(r) == f"/v2/schools/{school}/edu-groups":
            for g in r["body"]:
                parents = g.get("parentIds_str") or []
                groups[g["id_str"]] = {"name": g["name"], "parent": parents[0] if parents else None,
                                       "parallel": g["parallel"]}

    def klass(g):
        return groups[g]["parent"] or g

    # R2 memberships
    member_of: dict[str, set] = {}
    for _, r in records:
        if r["request"] == "POST /v2/edu-groups":
            for entry in r["body"]:
                g = entry["group"]["id_str"]
                for st in entry["students"]:
                    if st["membershipstatus"] == "Active":
                        member_of.setdefault(st["person"]["id_str"], set()).add(g)
    pupil_name = {}
    for _, r in records:
        if r["request"] == "POST /v2/edu-groups":
            for entry in r["body"]:
                for st in entry["students"]:
                    pupil_name[st["person"]["id_str"]] = f"{st['person']['lastName']} {st['person']['firstName']}"

    def cls_name(p):
        return next(groups[g]["name"] for g in member_of[p] if groups[g]["parent"] is None)

    # teachers (§3.9 PascalCase school list)
    teacher = {}
    for _, r in records:
        if path(r) == f"/v2/schools/{school}/teachers":
            for t in r["body"]:
                teacher[t["IdStr"]] = f"{t['LastName']} {t['FirstName']} {t['MiddleName']}"
    work_types = {}
    for _, r in records:
        if re.fullmatch(rf"/v2/work-types/{school}", path(r)):
            for w in r["body"]:
                work_types[str(w["id_str"])] = (w["title"], w["weight"])

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    # R3 children
    children_of = {}
    for n, r in records:
        if re.fullmatch(r"/v2/users/\d+/context", path(r)):
            b = r["body"]
            kids = [c for c in b["children"] if school in [str(s) for s in c["schoolIds"]]]
            children_of[b["userId_str"]] = [c["personId_str"] for c in kids]
            add("children", f"step {n}: {r['request']}: the parent's children (§3.9 context), guardian = person "
                            f"{b['personId_str']}, not user {b['userId_str']} (§1); "
                            + ", ".join(f"{c['lastName']} {c['firstName']} ({pupil_name and cls_name(c['personId_str'])})"
                                        for c in kids) + ": ids differ only in their last digits (§1)",
                guardian={"user": b["userId_str"]}, children=[{"person": c["personId_str"]} for c in kids])

    # R4 watched pupils
    kids = sorted({p for ps in children_of.values() for p in ps})
    watched = set(kids)
    for g, info in sorted(groups.items()):
        if info["parent"] is None:
            continue
        inside = sorted(p for p, gs in member_of.items() if g in gs)
        if not any(p in watched for p in inside):
            watched.add(inside[0])
    watched = sorted(watched)

    # lessons (§3.4) from the group ranges
    lessons = {}
    for n, r in records:
        m = re.fullmatch(r"/v2/edu-groups/(\d+)/lessons/[\d-]+/[\d-]+", path(r))
        if m:
            for l in r["body"]:
                lessons[l["id_str"]] = (n, r, l)

    def own(p, l):
        return str(l["group"]) in member_of.get(p, set())

    # R5 / R6
    for p in watched:
        for day in SPLIT_DAYS:
            mine = sorted((l for _, _, l in lessons.values() if l["date"][:10] == day and own(p, l)),
                          key=lambda l: l["number"])
            for l in mine:
                if day == SPLIT_DAYS[0] and not groups[str(l["group"])]["parent"]:
                    continue
                n, r, _ = next(x for x in lessons.values() if x[2] is l)
                g = str(l["group"])
                fact = dict(student={"person": p}, date=day, number=l["number"], subject=l["subject"]["name"],
                            topic=l["title"], starts_at=l["date"][11:16], teacher=teacher[l["teachers_str"][0]])
                label = ""
                if groups[g]["parent"]:
                    fact["group_label"] = groups[g]["name"]
                    label = f"; subgroup {groups[g]['name']} of {groups[klass(g)]['name']} (§3.8 parentIds)"
                add("lesson", f"step {n}: {r['request'].split(' ')[1]}: lesson {l['id_str']} of group {g}, which "
                              f"{pupil_name[p]} ({cls_name(p)}) is in (POST edu-groups, §3.8){label}; title = topic, "
                              f"start = clock of date (§2, §3.4); teacher person {l['teachers_str'][0]} named by "
                              f"schools/{school}/teachers (§3.9)", **fact)
            if day == SPLIT_DAYS[0]:
                continue
            have = {(l["subject"]["name"], l["number"]) for l in mine}
            own_class = next(g for g in member_of[p] if groups[g]["parent"] is None)
            done = set()
            for _, _, l in sorted(lessons.values(), key=lambda x: (x[2]["number"], x[2]["id_str"])):
                key = (l["subject"]["name"], l["number"])
                if l["date"][:10] != day or own(p, l) or key in have or key in done:
                    continue
                if klass(str(l["group"])) != own_class and groups[klass(str(l["group"]))]["parallel"] != \
                        groups[own_class]["parallel"]:
                    continue
                done.add(key)
                g = str(l["group"])
                add("no_lesson", f"lesson {l['id_str']} ({l['subject']['name']} #{l['number']}) is group {g} "
                                 f"{groups[g]['name']}"
                                 + (f" of {groups[klass(g)]['name']}" if groups[g]["parent"] else "")
                                 + f"'s; {pupil_name[p]} is in {cls_name(p)} and not in that group (§3.4 group, "
                                   f"§3.8; its id differs from his groups' only in the last digits, §1)",
                    student={"person": p}, date=day, number=l["number"], subject=l["subject"]["name"])

    # R7 / R8 marks
    marks = {}
    for n, r in records:
        if re.fullmatch(r"/v2/edu-groups/(\d+)/marks/[\d-]+/[\d-]+", path(r)):
            for m in r["body"]:
                marks[m["id_str"]] = (n, r, m)

    def mark_day(m):
        l = lessons[m["lesson_str"]][2]
        return l["date"][:10], l["subject"]["name"], str(l["group"])

    for mid, (n, r, m) in sorted(marks.items()):
        day, subject, g = mark_day(m)
        owner = m["person_str"]
        title, weight = work_types[str(m["workType"])]
        add("mark", f"step {n}: {r['request'].split(' ')[1]}: mark {mid} {m['value']!r} of person {owner} "
                    f"({pupil_name[owner]}, §3.1 person_str, §1) on lesson {m['lesson_str']} dated {day} (§3.4; set "
                    f"{m['date'][:10]}); work type {m['workType']} '{title}', weight {weight} (§3.3)",
            student={"person": owner}, date=day, subject=subject, value=m["value"], work_type=title, weight=weight)
        base, i = int(owner) // 100 * 100, int(owner) % 100
        if groups[g]["parent"] is None:
            other = base + (i + 10 if (i // 10) % 2 == 1 else i - 10)  # 5А <-> 5Б, 6А <-> 6Б
            what = "the same place in the parallel class"
        else:
            other = base + (i + 2 if i % 10 <= 2 else i - 2)  # Анг.я1 #1 <-> Анг.я2 #3
            what = "the same place in the other subgroup"
        other = str(other)
        same = [x for _, _, x in marks.values() if x["person_str"] == other and x["value"] == m["value"]
                and mark_day(x)[:2] == (day, subject)]
        if not same:
            add("no_mark", f"mark {mid} ({m['value']}) is person {owner}'s ({pupil_name[owner]}); person {other} "
                           f"({pupil_name[other]}, {what}) differs only in the last digits (§1, §3.1 person)",
                student={"person": other}, date=day, subject=subject, value=m["value"])

    # R9 attendance
    for n, r in records:
        if path(r).startswith("/v2/lesson-log-entries/group/"):
            for e in r["body"]:
                l = lessons[e["lesson_str"]][2]
                fact = dict(student={"person": e["person_str"]}, date=l["date"][:10], subject=l["subject"]["name"],
                            number=l["number"], code=e["status"])
                if e["status"] in MEANING:
                    fact["meaning"] = MEANING[e["status"]]
                add("attendance", f"step {n}: {r['request'].split(' ')[1]}: entry ({e['lesson_str']}, "
                                  f"{e['person_str']} {pupil_name[e['person_str']]}) status {e['status']} (§3.5, §6"
                                  + ("; Pass: code only, its meaning is disputed §11" if e["status"] == "Pass" else "")
                                  + ")", **fact)

    # R10 / R11 homework
    for n, r in records:
        if "/homeworks" not in path(r):
            continue
        works = r["body"]["works"]
        for p in watched:
            mine_texts = set()
            for w in works:
                if w["eduGroup_str"] in member_of[p]:
                    l = lessons[w["lesson_str"]][2]
                    mine_texts.add((l["subject"]["name"], w["text"]))
                    add("homework", f"step {n}: homeworks bundle: work {w['id_str']} of group {w['eduGroup_str']} "
                                    f"({groups[w['eduGroup_str']]['name']}), set on lesson {w['lesson_str']} "
                                    f"({l['date'][:10]}), due targetDate {w['targetDate'][:10]} (§3.2, §3.7); "
                                    f"{pupil_name[p]} is in that group (§3.8)",
                        student={"person": p}, subject=l["subject"]["name"], text=w["text"], date=l["date"][:10],
                        due=w["targetDate"][:10])
            own_class = next(g for g in member_of[p] if groups[g]["parent"] is None)
            for w in works:
                g = w["eduGroup_str"]
                if g in member_of[p]:
                    continue
                l = lessons[w["lesson_str"]][2]
                sibling_sub = groups[g]["parent"] == own_class
                own_sub_names = {groups[x]["name"] for x in member_of[p] if groups[x]["parent"]}
                parallel = (groups[g]["parallel"] == groups[own_class]["parallel"] and klass(g) != own_class
                            and groups[g]["parent"] is not None and groups[g]["name"] in own_sub_names)
                if not (sibling_sub or parallel) or (l["subject"]["name"], w["text"]) in mine_texts:
                    continue
                add("no_homework", f"work {w['id_str']} is group {g} ({groups[g]['name']}"
                                   + (f" of {groups[klass(g)]['name']}" if groups[g]["parent"] else "")
                                   + f")'s homework (eduGroup, §3.2); {pupil_name[p]} is in {cls_name(p)}"
                                   + (", the other subgroup" if sibling_sub else
                                      ", the parallel class; both subgroups bear the same name (R1)")
                                   + " (§3.8)",
                    student={"person": p}, subject=l["subject"]["name"], text=w["text"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts", counts)


if __name__ == "__main__":
    main()
