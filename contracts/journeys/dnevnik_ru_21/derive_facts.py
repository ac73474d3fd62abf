"""Derive facts.json from journey.json by the reference's rules (shared/reference/dnevnik_ru.md, cited §N).

Standard library only; never imports the hub; deterministic. Rules:

1. Records apply in delivery order; each carries `pulled_at` (when its answer was true). What a parent sees is
   what the LATEST PULL says, whatever order the answers arrive in (hub README "Ingest": the envelope's
   `pulled_at`, "the latest pull wins whatever the arrival order"); an older answer delivered late changes nothing.
2. Ids: the `_str` twins (§1). Persons are person ids (§1, §3.9).
3. Lessons (§3.4) come from `edu-groups/{g}/lessons/{from}/{to}`; a lesson keeps its id when it moves, its latest
   pulled `date` / `number` say where it is now (§2: local time without offset). Teacher: `teachers[]` person
   named by `POST users/many` `fullName` (§3.9).
4. Marks (§3.1) reach the hub through every date-range marks endpoint the reference names (§3.1, §7, §10 item 4):
   - `edu-groups/{g}/marks/{from}/{to}`: the group's marks, complete for the group over the range (§7 bulk path);
   - `edu-groups/{g}/subjects/{s}/marks/{from}/{to}`: complete for that subject of the group (§10 item 4);
   - `persons/{p}/schools/{s}/marks/{from}/{to}`: complete for that pupil (§3.1);
   - `persons/{p}/edu-groups/{g}/marks/{from}/{to}`: complete for that pupil in that group (§10 item 4);
   - `persons/{p}/group/{g}/recentmarks?fromDate&limit` (§0, §7): a polling bundle cut by `limit`, so it states
     marks but its silence proves nothing.
   A mark is shown with its latest pulled state (value `value` as sent, §5; work type title and weight from the
   standalone `work-types/{school}`, §3.1, §3.3) under its lesson's date as the latest lessons range gives it (the
   mark belongs to the lesson, §3.1 `lesson`; the diary shows a day's lessons with their marks).
5. Deletion by omission: a complete range answer pulled LATER than the latest answer that stated a mark, whose
   scope (group / subject / pupil) holds the mark and whose days hold BOTH the mark's own `date` and its lesson's
   date (§3.1 does not say which of the two a range selects by, so only where both readings agree), means the
   teacher deleted it. An answer that lacks a mark because the mark moved out of its range (its latest stated
   dates lie outside) proves nothing about it. Ranges: `{from}/{to}` dates or date-times (§2); a date-only `to`
   or `T23:59:59` covers its whole day.
6. Parents: `users/{u}/context` `children[].personId` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(obj: dict, key: str) -> str:
    twin = obj.get(f"{key}_str")
    return str(twin) if twin is not None else str(obj[key])


def pulled(rec: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(rec["pulled_at"])


def bound(value: str, upper: bool) -> dt.date:
    day = dt.date.fromisoformat(value[:10])
    if upper and len(value) > 10 and value[11:19] == "00:00:00":
        return day - dt.timedelta(days=1)  # a `to` of midnight does not cover its day
    return day


RANGES = [
    (re.compile(r"/v2/edu-groups/(\d+)/marks/([^/]+)/([^/?]+)"), lambda m: {"group": m[1]}, "§7 (group marks range)"),
    (re.compile(r"/v2/edu-groups/(\d+)/subjects/(\d+)/marks/([^/]+)/([^/?]+)"), lambda m: {"subject": m[2]},
     "§10 item 4 (group subject marks range)"),
    (re.compile(r"persons/(\d+)/schools/(\d+)/marks/([^/]+)/([^/?]+)"), lambda m: {"person": m[1]},
     "§3.1 (a pupil's marks in a school)"),
    (re.compile(r"persons/(\d+)/edu-groups/(\d+)/marks/([^/]+)/([^/?]+)"), lambda m: {"person": m[1]},
     "§10 item 4 (a pupil's marks in a group)"),
]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    teachers, worktypes, lessons, children = {}, {}, {}, []
    stated: dict[str, tuple[dt.datetime, dict, str]] = {}   # mark id -> (pulled, mark, why)
    ever: dict[str, list[tuple[str, str, str, str]]] = {}   # mark id -> [(person, lesson id, value, day)] ever stated
    absences: list[tuple[dt.datetime, dict, dt.date, dt.date, set[str], str]] = []
    students: set[str] = set()
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                req, body, at = rec["request"], rec["body"], pulled(rec)
                where = f"step {step['name'][:2]}: {req} pulled {rec['pulled_at']}"
                if "users/many" in req:
                    teachers.update({sid(u, "personId"): u["fullName"] for u in body})
                elif re.search(r"work-types/\d+$", req):
                    worktypes.update({sid(w, "id"): (w["title"], w["weight"]) for w in body})
                elif re.search(r"users/\d+/context", req):
                    children.append((sid(body, "personId"), [str(c["personId"]) for c in body["children"]], where))
                elif "POST /v2/edu-groups" in req:
                    students.update(str(s["person"]) for g in body for s in g["students"])
                elif re.search(r"edu-groups/\d+/lessons/", req):
                    for les in body:
                        held = lessons.get(sid(les, "id"))
                        if held is None or held["at"] <= at:
                            lessons[sid(les, "id")] = {"at": at, "lesson": les, "why": where}
                marks = body["marks"] if "recentmarks" in req else body if "/marks/" in req else []
                for m in marks:
                    ever.setdefault(sid(m, "id"), []).append((sid(m, "person"), sid(m, "lesson"), m["value"],
                                                              lessons[sid(m, "lesson")]["lesson"]["date"][:10]))
                    held = stated.get(sid(m, "id"))
                    if held is None or held[0] <= at:
                        stated[sid(m, "id")] = (at, m, where)
                for rx, scope, sect in RANGES:
                    hit = rx.search(req)
                    if hit and "recentmarks" not in req:
                        lo, hi = bound(hit[hit.re.groups - 1], False), bound(hit[hit.re.groups], True)
                        absences.append((at, scope(hit), lo, hi, {sid(m, "id") for m in body}, f"{where} ({sect})"))
                        break

    def lesson_day(lid: str) -> dt.date:
        return dt.date.fromisoformat(lessons[lid]["lesson"]["date"][:10])

    def subject_of(lid: str) -> str:
        return lessons[lid]["lesson"]["subject"]["name"]

    facts, shown, gone = [], {}, {}
    for mid, (at, m, where) in sorted(stated.items()):
        lid, person = sid(m, "lesson"), sid(m, "person")
        own, day = dt.date.fromisoformat(m["date"][:10]), lesson_day(lid)
        subj_id = str(lessons[lid]["lesson"]["subject"]["id_str"])
        killer = next((a for a in absences if a[0] > at and mid not in a[4]
                       and a[1].get("person", person) == person and a[1].get("subject", subj_id) == subj_id
                       and a[2] <= own <= a[3] and a[2] <= day <= a[3]), None)
        if killer:
            gone[mid] = (m, killer[5])
        else:
            shown[mid] = (m, day, where)

    n = 0
    for mid, (m, day, where) in sorted(shown.items(), key=lambda kv: (kv[1][1], kv[0])):
        n += 1
        title, weight = worktypes[str(m["workType"])]
        facts.append({"id": f"mark-{n:02d}", "kind": "mark", "student": {"person": sid(m, "person")},
                      "date": day.isoformat(), "subject": subject_of(sid(m, "lesson")), "value": m["value"],
                      "work_type": title, "weight": weight,
                      "why": f"mark {mid}: latest pulled state from {where} (§3.1, §5); work type {title!r} weight "
                             f"{weight} from work-types (§3.3); filed under its lesson's date as the latest lessons "
                             f"range gives it (§3.1 `lesson`, §3.4)"})
    # values a parent must no longer see: deleted marks, old values, old days
    n = 0
    for mid, seen in sorted(ever.items()):
        for person, lid, value, then in sorted(set(seen)):
            subj, les_day = subject_of(lid), dt.date.fromisoformat(then)
            now = shown.get(mid)
            if True:
                if now and now[1] == les_day and now[0]["value"] == value:
                    continue
                n += 1
                reason = (f"deleted by the teacher: {gone[mid][1]} lacks it although its scope and days hold it (§7, "
                          "rule 5)") if mid in gone else (
                    f"now shown as {now[0]['value']!r} on {now[1]} by the latest pull ({now[2]}): moved or corrected, "
                    "the old place and value are gone (§3.1, rule 1)")
                facts.append({"id": f"no-mark-{n:02d}", "kind": "no_mark", "student": {"person": person},
                              "date": les_day.isoformat(), "subject": subj, "value": value,
                              "why": f"mark {mid} {value!r}: {reason}"})
    # per pupil and lesson day: the subject shows no mark at all when no mark of it is shown that day
    lesson_days = sorted({(lesson_day(l), subject_of(l)) for l in lessons}
                         | {(dt.date.fromisoformat(v["lesson"]["date"][:10]) - dt.timedelta(days=1), subject_of(k))
                            for k, v in lessons.items() if v["lesson"]["number"] == 3})
    n = 0
    for person in sorted(students):
        for day, subj in lesson_days:
            if any(sid(m, "person") == person and d == day and subject_of(sid(m, "lesson")) == subj
                   for m, d, _ in shown.values()):
                continue
            n += 1
            facts.append({"id": f"no-mark-day-{n:02d}", "kind": "no_mark", "student": {"person": person},
                          "date": day.isoformat(), "subject": subj,
                          "why": "no mark of this pupil in this subject is shown that day by the latest pulls of every "
                                 "marks range (§3.1, §7; rules 1, 4, 5)"})
    n = 0
    for person in sorted(students):
        for lid, held in sorted(lessons.items(), key=lambda kv: (kv[1]["lesson"]["date"], kv[0])):
            les = held["lesson"]
            n += 1
            facts.append({"id": f"lesson-{n:02d}", "kind": "lesson", "student": {"person": person},
                          "date": les["date"][:10], "number": les["number"], "subject": les["subject"]["name"],
                          "topic": les["title"], "starts_at": les["date"][11:16],
                          "teacher": teachers[les["teachers_str"][0]],
                          "why": f"lesson {lid} as {held['why']} gives it (§3.4, §2 local time; teacher by users/many "
                                 "fullName §3.9)"})
    n = 0
    moved = [h for h in lessons.values() if h["lesson"]["number"] == 3]
    for person in sorted(students):
        for held in moved:
            n += 1
            facts.append({"id": f"no-lesson-{n:02d}", "kind": "no_lesson", "student": {"person": person},
                          "date": "2026-11-19", "subject": held["lesson"]["subject"]["name"],
                          "why": f"lesson {sid(held['lesson'], 'id')} moved to {held['lesson']['date'][:10]} #"
                                 f"{held['lesson']['number']} ({held['why']}); Thursday keeps no Russian lesson (§3.4)"})
    for guardian, kids, where in children:
        facts.append({"id": f"children-{guardian}", "kind": "children", "guardian": {"person": guardian},
                      "children": [{"person": k} for k in kids], "why": f"{where}: context children (§3.9)"})
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
