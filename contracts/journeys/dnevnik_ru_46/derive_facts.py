"""Derives facts.json of dnevnik_ru_46 from journey.json alone (standard library only, deterministic; does not
import the hub). What a parent must see once the school has repaired its own mistakes, and what must be gone.

Reading rules (shared/reference/dnevnik_ru.md):
* a group's lessons / marks / log-entry range is the whole list of the days it covers (§7 bulk paths; §3.4, §3.1,
  §3.5): the latest pull of each range is the journal's state, and what an earlier pull held that it lacks is gone;
* a lesson is one entity by its id (§3.4): its latest answer gives its date, number, subject, teachers and title;
* a mark belongs to its `person` and `lesson` (§3.1); a mark is shown on its lesson's day;
* a lesson's `works[]` are its works (§3.4, §3.2): a Homework work no longer listed was removed;
* teachers are person ids (§3.4 `teachers`), named by `persons/{p}` (§3.9) as "Last First Middle";
* a parent's children are the latest `users/{u}/context` `children` (§3.9);
* a membership seen `Archive` (§3.8) has left the class: the archived duplicate sees no lessons after it.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # Pass: code only (§6 disputed)


def records(journey):
    for step in journey["steps"]:
        for batch in step["batches"]:
            yield from batch


def person_name(p):
    return " ".join(x for x in (p.get("lastName"), p.get("firstName"), p.get("middleName")) if x)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    persons, contexts, work_types = {}, {}, {}
    latest = {}  # request -> (pulled_at, body): the latest pull of each complete answer
    archived, active = set(), set()
    seen_lessons, seen_marks, seen_log, seen_hw = {}, {}, {}, {}
    for rec in records(journey):
        req, body, pulled = rec["request"], rec["body"], rec.get("pulled_at", "")
        path = req.split(" ", 1)[1].split("?")[0]
        if path.startswith("/v2/persons/") and path.count("/") == 3:
            persons[body["id_str"]] = body
        elif path.endswith("/context"):
            if body["userId_str"] not in contexts or contexts[body["userId_str"]][0] <= pulled:
                contexts[body["userId_str"]] = (pulled, body)
        elif path.startswith("/v2/work-types/"):
            for wt in body:
                work_types[str(wt["id"])] = wt
        elif path == "/v2/edu-groups" and req.startswith("POST"):
            for entry in body:
                for st in entry["students"]:
                    (archived if st["membershipstatus"] == "Archive" else active).add(str(st["person"]))
        elif path.endswith("/persons"):
            for p in body:
                active.add(p["id_str"])
                persons.setdefault(p["id_str"], p)
        if any(k in path for k in ("/lessons/", "/marks/", "lesson-log-entries/group/", "/homeworks")):
            if req not in latest or latest[req][0] <= pulled:
                latest[req] = (pulled, body)
            if "/lessons/" in path:
                for les in body:
                    seen_lessons.setdefault(les["id_str"], []).append((pulled, les))
                    for w in les["works"]:
                        if w["type"] == "Homework":
                            seen_hw.setdefault(w["id_str"], (les, w))
            elif "/marks/" in path:
                for m in body:
                    seen_marks.setdefault((m["id_str"], m["person_str"]), m)
            elif "lesson-log-entries" in path:
                for e in body:
                    seen_log.setdefault((e["lesson_str"], e["person_str"], e["status"]), e)
    active -= archived
    # final state from the latest answer of each range
    lessons = {}
    for req, (pulled, body) in latest.items():
        if "/lessons/" in req:
            for les in body:
                if les["id_str"] not in lessons or lessons[les["id_str"]][0] <= pulled:
                    lessons[les["id_str"]] = (pulled, les)
    lessons = {k: v[1] for k, v in lessons.items()}
    marks = [m for req, (_, body) in sorted(latest.items()) if "/marks/" in req for m in body]
    log = [e for req, (_, body) in sorted(latest.items()) if "lesson-log-entries" in req for e in body]
    homework = {w["id_str"]: (les, w) for les in lessons.values() for w in les["works"] if w["type"] == "Homework"}
    # a homeworks range pulled after the lesson's latest answer, covering the day it was set and its due date, is
    # that span's whole list (§3.7, §7): a homework it lacks was removed since
    lesson_pulled = {}
    for req, (pulled, body) in latest.items():
        if "/lessons/" in req:
            for les in body:
                lesson_pulled[les["id_str"]] = max(pulled, lesson_pulled.get(les["id_str"], ""))
    hw_removed_by = {}
    for req, (pulled, body) in latest.items():
        if "/homeworks" not in req:
            continue
        query = dict(part.split("=") for part in req.split("?", 1)[1].split("&"))
        listed = {w["id_str"] for w in body["works"]}
        for wid, (les, w) in homework.items():
            if pulled > lesson_pulled[les["id_str"]] and query["startDate"] <= les["date"][:10] \
                    and w["targetDate"][:10] <= query["endDate"] and wid not in listed:
                hw_removed_by[wid] = req
    homework = {wid: v for wid, v in homework.items() if wid not in hw_removed_by}

    def day(les):
        return les["date"][:10]

    def subj(les):
        return les["subject"]["name"]

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    names = {pid: person_name(p) for pid, p in persons.items()}
    # children
    for user, (pulled, ctx) in sorted(contexts.items()):
        add("children", f"the latest users/{user}/context (pulled {pulled}) lists these children (§3.9); an earlier "
            "list that also named the duplicate record of the same pupil is replaced",
            guardian={"person": ctx["personId_str"]}, children=[{"person": str(c["personId"])} for c in ctx["children"]])
    pupils = sorted(active)
    lesson_readers = pupils[:2]  # Лебедев (the merged pupil) and Орлова: every lesson of the three weeks
    ordered = sorted(lessons.values(), key=lambda x: (x["date"], x["number"]))
    for pid in lesson_readers:
        for les in ordered:
            teacher = names[str(les["teachers"][0])]
            add("lesson", f"lesson {les['id_str']} as its latest answer states it (§3.4): title = topic, number, "
                f"subject {les['subject']['id_str']}, teacher person {les['teachers'][0]} named by persons/{{p}} "
                "(§3.9); start = the clock of its `date` (§2)",
                student={"person": pid}, subject=subj(les), date=day(les), number=les["number"], topic=les["title"],
                teacher=teacher, starts_at=les["date"][11:16])
    # lessons gone from a (date, subject) an earlier answer showed
    final_pairs = {(day(x), " ".join(subj(x).split()).casefold()) for x in lessons.values()}
    final_slots = {(day(x), " ".join(subj(x).split()).casefold(), x["number"]) for x in lessons.values()}
    gone = {}
    for lid, seen in seen_lessons.items():
        for pulled, les in seen:
            key = (day(les), " ".join(subj(les).split()).casefold(), les["number"])
            if key not in final_slots:
                gone.setdefault(key, (lid, pulled, les))
    for (d, name_key, number), (lid, pulled, les) in sorted(gone.items()):
        final = lessons[lid]
        # another lesson of the subject stays that day: the fact names the slot the mistaken entry held
        slot = {"number": number} if (d, name_key) in final_pairs else {}
        for pid in pupils:
            add("no_lesson", f"lesson {lid} was shown on {d} under «{subj(les)}» by the answer pulled {pulled}; its "
                f"latest answer puts it on {day(final)} #{final['number']} under «{subj(final)}» (§3.4: one lesson, "
                "one id; the repaired entry replaces the mistaken one)", student={"person": pid}, subject=subj(les), date=d,
                **slot)
    # the archived duplicate sees no lessons of week 3
    for pid in sorted(archived):
        for les in [x for x in ordered if day(x) >= "2026-10-19"][:4]:
            add("no_lesson", f"{pid} is `Archive` in the class (POST edu-groups membershipstatus, §3.8) since the "
                "repair of 13 Oct: the duplicate record is no longer in the class", student={"person": pid},
                subject=subj(les), date=day(les), number=les["number"])
    # marks
    final_marks = {(m["id_str"], m["person_str"]) for m in marks}
    lesson_of = {lid: les for lid, les in lessons.items()}
    for m in sorted(marks, key=lambda x: (lesson_of[x["lesson_str"]]["date"], x["person_str"], x["id_str"])):
        les = lesson_of[m["lesson_str"]]
        wt = work_types[str(m["workType"])]
        add("mark", f"mark {m['id_str']} (mark5, §5) of lesson {m['lesson_str']}, person {m['person_str']} (§3.1) in "
            f"the latest marks range; shown on its lesson's day under the lesson's subject; work type {wt['id']} "
            f"«{wt['title']}» weight {wt['weight']} (§3.3)", student={"person": m["person_str"]}, subject=subj(les),
            date=day(les), value=m["textValue"] or m["value"], weight=wt["weight"], work_type=wt["title"],
            counts=m["use_avg_calc"])
    for (mid, person), m in sorted(seen_marks.items()):
        if (mid, person) in final_marks:
            continue
        les = lesson_of[m["lesson_str"]]
        now = [x for x in marks if x["id_str"] == mid]
        where = f"now on person {now[0]['person_str']} under the same id" if now else \
            "deleted (re-entered under a new id on the right pupil)"
        add("no_mark", f"mark {mid} '{m['value']}' was on person {person} in an earlier marks range; the latest range "
            f"covering {day(les)} lacks it there (§7, §3.1): {where}", student={"person": person}, subject=subj(les),
            date=day(les), value=m["value"])
    # a mark of the duplicate record deleted at the merge: the merged pupil must not see it either
    same_person = {dup: real for dup in archived for real in active
                   if person_name(persons.get(dup, {})) == person_name(persons.get(real, {})) and dup in persons}
    for (mid, person), m in sorted(seen_marks.items()):
        if person in same_person and not any(x["id_str"] == mid for x in marks):
            les = lesson_of[m["lesson_str"]]
            add("no_mark", f"mark {mid} '{m['value']}' of the duplicate record {person} of the same pupil was deleted "
                f"at the merge, not moved (the latest range covering {day(les)} lacks the id, §7, §3.1): the pupil "
                f"{same_person[person]} must not see it", student={"person": same_person[person]}, subject=subj(les),
                date=day(les), value=m["value"])
    # marks once shown under a duplicate subject: the merged pupil must not see them under the stale name
    for (d, name_key, number), (lid, pulled, les) in sorted(gone.items()):
        if (d, name_key) in final_pairs:
            continue  # the subject keeps a lesson that day: its marks are that lesson's
        for m in marks:
            if m["lesson_str"] == lid:
                add("no_mark", f"mark {m['id_str']} belongs to lesson {lid}, whose latest answer names subject "
                    f"«{subj(lessons[lid])}» on {day(lessons[lid])}, not «{subj(les)}» on {d} (§3.4: one lesson, one id)",
                    student={"person": m["person_str"]}, subject=subj(les), date=d)
    # attendance
    final_log = {(e["lesson_str"], e["person_str"]) for e in log}
    for e in sorted(log, key=lambda x: (lesson_of[x["lesson_str"]]["date"], x["person_str"])):
        les = lesson_of[e["lesson_str"]]
        extra = {"meaning": STATUS[e["status"]]} if e["status"] in STATUS else {}
        add("attendance", f"log entry ({e['lesson_str']}, {e['person_str']}) status {e['status']} comment "
            f"'{e['comment']}' (§3.5, §6{'; Pass by its code only, meaning disputed' if not extra else ''}), on its "
            "lesson's latest date", student={"person": e["person_str"]}, subject=subj(les), date=day(les),
            number=les["number"], code=e["status"], **extra)
    for (lid, person, status), e in sorted(seen_log.items()):
        if (lid, person) not in final_log:
            les = lesson_of[lid]
            add("attendance", f"entry ({lid}, {person}) {status} was in an earlier log range; the latest range "
                "covering the lesson lacks it (§3.5: an entry is (lesson, person); §7): the duplicate's entry moved "
                "to the pupil, this record is present (no entry)", student={"person": person}, subject=subj(les),
                date=day(les), number=les["number"], meaning="present")
    # homework
    hw_readers = [pupils[0], pupils[3]]
    for pid in hw_readers:
        for wid, (les, w) in sorted(homework.items(), key=lambda x: (x[1][0]["date"], x[0])):
            add("homework", f"Homework work {wid} of lesson {les['id_str']} (§3.2, §3.4 works[]): set on the lesson's "
                "day, due `targetDate`", student={"person": pid}, subject=subj(les), text=w["text"], date=day(les),
                due=w["targetDate"][:10])
    for wid, (les, w) in sorted(seen_hw.items()):
        if wid not in homework:
            how = (f"the later homeworks range {hw_removed_by[wid].split(' ', 1)[1]} covering its set and due days "
                   "lacks it (§3.7, §7)") if wid in hw_removed_by else "the lesson's latest answer lacks it (§3.4 works[], §3.2)"
            for pid in pupils:
                add("no_homework", f"Homework work {wid} («{w['text']}», another class's) was listed in lesson "
                    f"{les['id_str']}'s works; {how}: removed",
                    student={"person": pid}, subject=subj(les), text=w["text"])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
