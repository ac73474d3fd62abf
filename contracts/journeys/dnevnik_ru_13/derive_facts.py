"""Derive facts.json from journey.json by the reference's rules (shared/reference/dnevnik_ru.md, cited §N).

Standard library only; never imports the hub; deterministic. Rules:

1. Records apply in delivery order; each carries `pulled_at` (when its answer was true). A fact an answer states
   is kept only if no answer pulled later already stated or deleted it ("the latest pull wins": hub README
   "Vendor formats"); an older answer delivered late changes nothing.
2. Ids: the `_str` twins (§1). Persons are person ids (§1, §3.9).
3. Lessons (§3.4) come from `edu-groups/{g}/lessons/{from}/{to}`: the group's lessons whose date lies in
   [from, to], both days inclusive (§2: `{from}/{to}` are dates or date-times; a date-only `to` is read as the
   whole day, as every client in §10 pages week by week with it). A lesson's date is its local `date` (§2), its
   slot `number`, its topic `title`, its subject the embedded `subject.name`, its teacher the `teachers[]` person
   named by `POST users/many` `fullName` (§3.9).
4. Marks (§3.1) come from `edu-groups/{g}/marks/{from}/{to}`. A mark is filed under its lesson's date (hub README
   "Grading scales": the diary files a mark under its lesson's date), its text is `value` as sent (§5), its weight
   and work-type name come from the school's standalone work types (`work-types/{school}`: `weight`, `title`,
   §3.1, §3.3), `use_avg_calc` says whether it counts. The same mark id with another value is a correction: the old
   value is no longer shown.
5. Attendance (§3.5, §6): entries are keyed by (lesson, person); `Attend` present, `Absent` absent, `Ill` ill,
   `Late` late; `Pass` is stated by its code only (its meaning is disputed, §6, §11). `NotSet` is "no entry" (§6):
   an entry set back to NotSet is no longer an absence.
6. Deletion by omission. A range answer is the vendor's whole list for its range at its pull time (§7: the
   group-wide range queries are the bulk paths; nothing in §3 says a range answer is partial). So a range answer
   pulled later than what the hub holds, which lacks an item that lies inside its range, means the item was gone
   at that pull, whichever request (week, month, one day) brought the item first:
   - a lesson is inside a lessons range by its date;
   - a mark is inside a marks range only when BOTH its own `date` and its lesson's date lie in the range (whether
     the group marks range selects by mark date or by lesson date is not settled by §3.1, so the corpus deletes
     only where both readings agree);
   - a log entry is inside `lesson-log-entries/group/{g}?subject&from&to` when its lesson is of that subject and
     its lesson's date lies in the range (§3.5, §8.3);
   - `lessons/{l}/log-entries` is the lesson's whole log (§3.5: an entry has no id of its own but (lesson,
     person)): an entry of that lesson it lacks is gone;
   - a pupil's own range `persons/{p}/schools/{s}/marks/{from}/{to}` (§3.1) is complete for that pupil only:
     it deletes that pupil's marks inside the range (both dates, as above), never a classmate's;
   - an empty answer (`[]`) lists nothing: everything the hub held in that range is gone.
   A retried answer pulled earlier than the state held deletes nothing and restores nothing (rule 1).
7. Holidays and periods come from `edu-groups/{g}/reporting-period-group` (§3.12): `holidays[]` from `dateStart` to
   `dateFinish`, periods with their `start` / `finish` dates (midnight = the day, §2).
8. Parents: `users/{u}/context` `children[].personId` (§3.9); class teacher: `edu-groups/{g}/classteacher` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent


def sid(obj: dict, key: str) -> str:
    twin = obj.get(f"{key}_str")
    return str(twin) if twin is not None else str(obj[key])


def day_of(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    teachers: dict[str, str] = {}
    worktypes: dict[str, tuple[str, int]] = {}
    lessons: dict[str, dict] = {}          # id -> state (with as_of, deleted flag)
    marks: dict[str, dict] = {}
    logs: dict[tuple[str, str], dict] = {}
    seen_values: dict[str, list[tuple[str, str]]] = {}  # mark id -> [(value, why)]
    seen_entries: dict[tuple[str, str], str] = {}       # entry -> why it was first seen
    holidays, periods, children, class_teacher = [], [], [], None
    lesson_date: dict[str, dt.date] = {}

    def keep(store: dict, key, pulled: dt.datetime, new: dict | None, why: str) -> None:
        held = store.get(key)
        if held is not None and held["as_of"] > pulled:
            return  # stale: a later pull already stated or deleted it
        if new is None:
            if held is not None and not held.get("gone"):
                store[key] = dict(held, gone=True, as_of=pulled, gone_why=why)
            return
        store[key] = dict(new, as_of=pulled, gone=False, why=why)

    for s_no, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for rec in batch:
                req, body = rec["request"], rec["body"]
                pulled = dt.datetime.fromisoformat(rec["pulled_at"])
                method, url = req.split(" ", 1)
                parts = urlsplit(url)
                path, query = re.sub(r"^/?v2(\.0)?/", "", parts.path.lstrip("/")), parse_qs(parts.query)
                why0 = f"step {step['name'][:2]}: {req} pulled {rec['pulled_at']}"
                if path == "users/many":
                    for u in body:
                        teachers[sid(u, "personId")] = u["fullName"]
                elif path.startswith("work-types/"):
                    for w in body:
                        worktypes[sid(w, "id")] = (w["title"], w["weight"])
                elif path.endswith("/reporting-period-group"):
                    group = path.split("/")[1]
                    for h in body["holidays"]:
                        holidays.append((group, day_of(h["dateStart"]), day_of(h["dateFinish"]), h["name"], why0))
                    for rp in body["reportingPeriods"]:
                        periods.append((rp["name"], rp["start"][:10], rp["finish"][:10], why0))
                elif re.fullmatch(r"users/\d+/context", path):
                    children.append(({"user": str(body.get("userId_str") or body["userId"])},
                                     [{"person": str(c["personId"])} for c in body["children"]], why0))
                elif path.endswith("/classteacher"):
                    class_teacher = (path.split("/")[1], sid(body, "id"), why0)
                elif m := re.fullmatch(r"edu-groups/(\d+)/lessons/([^/]+)/([^/]+)", path):
                    d1, d2 = day_of(m[2]), day_of(m[3])
                    listed = set()
                    for x in body:
                        lid = sid(x, "id")
                        listed.add(lid)
                        lesson_date[lid] = day_of(x["date"])
                        keep(lessons, lid, pulled, {"date": day_of(x["date"]), "number": x["number"],
                                                    "start": x["date"][11:16], "topic": x["title"],
                                                    "subject": x["subject"]["name"],
                                                    "teacher": [str(t) for t in (x.get("teachers_str") or
                                                                                 x["teachers"])]}, why0)
                    for lid, held in list(lessons.items()):
                        if lid not in listed and not held["gone"] and d1 <= held["date"] <= d2:
                            keep(lessons, lid, pulled, None, why0)
                elif m := re.fullmatch(r"edu-groups/(\d+)/marks/([^/]+)/([^/]+)", path):
                    d1, d2 = day_of(m[2]), day_of(m[3])
                    listed = set()
                    for x in body:
                        mid = sid(x, "id")
                        listed.add(mid)
                        new = {"person": sid(x, "person"), "lesson": sid(x, "lesson"), "value": x["value"],
                               "mark_date": day_of(x["date"]), "work_type": str(x["workType"]),
                               "counts": x["use_avg_calc"]}
                        before = marks.get(mid)
                        keep(marks, mid, pulled, new, why0)
                        if marks[mid] is not before:
                            seen_values.setdefault(mid, []).append((x["value"], why0))
                    for mid, held in list(marks.items()):
                        ld = lesson_date.get(held["lesson"])
                        if mid not in listed and not held["gone"] and d1 <= held["mark_date"] <= d2 \
                                and ld is not None and d1 <= ld <= d2:
                            keep(marks, mid, pulled, None, why0)
                elif m := re.fullmatch(r"persons/(\d+)/schools/\d+/marks/([^/]+)/([^/]+)", path):
                    person, d1, d2 = m[1], day_of(m[2]), day_of(m[3])
                    listed = set()
                    for x in body:
                        mid = sid(x, "id")
                        listed.add(mid)
                        new = {"person": sid(x, "person"), "lesson": sid(x, "lesson"), "value": x["value"],
                               "mark_date": day_of(x["date"]), "work_type": str(x["workType"]),
                               "counts": x["use_avg_calc"]}
                        before = marks.get(mid)
                        keep(marks, mid, pulled, new, why0)
                        if marks[mid] is not before:
                            seen_values.setdefault(mid, []).append((x["value"], why0))
                    for mid, held in list(marks.items()):
                        ld = lesson_date.get(held["lesson"])
                        if mid not in listed and not held["gone"] and held["person"] == person \
                                and d1 <= held["mark_date"] <= d2 and ld is not None and d1 <= ld <= d2:
                            keep(marks, mid, pulled, None, why0)
                elif path.startswith("lesson-log-entries/group/"):
                    subject_id = query["subject"][0]
                    d1, d2 = day_of(query["from"][0]), day_of(query["to"][0])
                    listed = set()
                    for x in body:
                        key = (sid(x, "lesson"), sid(x, "person"))
                        listed.add(key)
                        seen_entries.setdefault(key, why0)
                        keep(logs, key, pulled, {"status": x["status"], "comment": x.get("comment"),
                                                 "subject_id": subject_id}, why0)
                    for key, held in list(logs.items()):
                        ld = lesson_date.get(key[0])
                        if key not in listed and not held["gone"] and held["subject_id"] == subject_id \
                                and ld is not None and d1 <= ld <= d2:
                            keep(logs, key, pulled, None, why0)
                elif m := re.fullmatch(r"lessons/(\d+)/log-entries", path):
                    listed = set()
                    for x in body:
                        key = (sid(x, "lesson"), sid(x, "person"))
                        listed.add(key)
                        keep(logs, key, pulled, {"status": x["status"], "comment": x.get("comment"),
                                                 "subject_id": (logs.get(key) or {}).get("subject_id")}, why0)
                    for key, held in list(logs.items()):
                        if key[0] == m[1] and key not in listed and not held["gone"]:
                            keep(logs, key, pulled, None, why0)
                elif m := re.fullmatch(r"lesson-log-entries/lesson/(\d+)/person/(\d+)", path):
                    key = (m[1], m[2])
                    if body.get("status") == "NotSet":
                        keep(logs, key, pulled, None, why0)
                    else:
                        keep(logs, key, pulled, {"status": body["status"], "comment": body.get("comment"),
                                                 "subject_id": (logs.get(key) or {}).get("subject_id")}, why0)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(1 for f in facts if f["kind"] == kind) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:02d}", "kind": kind, **fields, "why": why})

    pupils = sorted({m["person"] for m in marks.values()} | {k[1] for k in logs})
    # lessons: every live lesson, read by a pupil in turn; every removed lesson as no_lesson
    for i, (lid, x) in enumerate(sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"]))):
        who = {"person": pupils[i % len(pupils)]}
        if x["gone"]:
            add("no_lesson", f"{x['gone_why']}: lesson {lid} ({x['subject']} {x['date']}) is no longer in a range "
                             f"answer that covers its date, pulled later than any answer holding it: deletion by "
                             f"omission (§7, §3.4; derive_facts rule 6)",
                student=who, date=str(x["date"]), subject=x["subject"], number=x["number"])
        else:
            add("lesson", f"{x['why']}: lesson {lid} (§3.4), local time without offset (§2), teacher named by "
                          f"users/many fullName (§3.9)",
                student=who, date=str(x["date"]), number=x["number"], subject=x["subject"], topic=x["topic"],
                starts_at=x["start"], teacher=teachers[x["teacher"][0]])
    # marks
    subj_of_lesson = {lid: x["subject"] for lid, x in lessons.items()}
    live = [(mid, m) for mid, m in marks.items() if not m["gone"] and not lessons[m["lesson"]]["gone"]]
    shown = {(m["person"], str(lesson_date[m["lesson"]]), subj_of_lesson[m["lesson"]], m["value"]) for _, m in live}
    for mid, m in sorted(marks.items()):
        date, subject = str(lesson_date[m["lesson"]]), subj_of_lesson[m["lesson"]]
        if not m["gone"] and not lessons[m["lesson"]]["gone"]:
            title, weight = worktypes[m["work_type"]]
            late = f"; set {m['mark_date']}, filed under its lesson's date" if str(m["mark_date"]) != date else ""
            add("mark", f"{m['why']}: mark {mid} value {m['value']!r} as sent (§3.1, §5){late}; weight and title "
                        f"from work-types {m['work_type']} (§3.1, §3.3)",
                student={"person": m["person"]}, date=date, subject=subject, value=m["value"], weight=weight,
                work_type=title, counts=m["counts"])
        for value, why in seen_values.get(mid, []):
            if (m["person"], date, subject, value) in shown:
                continue
            reason = m.get("gone_why") if m["gone"] else m["why"]
            what = "no longer in a later range answer covering both its dates: deleted by omission (§7; rule 6)" \
                if m["gone"] else f"the same mark id now has value {m['value']!r}: a correction (§3.1; rule 4)"
            if lessons[m["lesson"]]["gone"]:
                what = "its lesson was removed and a later range answer lacks it (§7; rule 6)"
            add("no_mark", f"{reason}: mark {mid} {value!r} first seen in {why}; {what}",
                student={"person": m["person"]}, date=date, subject=subject, value=value)
            shown.add((m["person"], date, subject, value))
    # attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for key, e in sorted(logs.items()):
        lid, person = key
        if lessons[lid]["gone"]:
            continue
        x = lessons[lid]
        base = dict(student={"person": person}, date=str(x["date"]), subject=x["subject"], number=x["number"])
        if e["gone"]:
            add("attendance", f"{e['gone_why']}: the entry ({lid}, {person}) first seen in {seen_entries.get(key)}"
                              f" is no longer there (set back to NotSet, §6, or missing from the lesson's whole log, "
                              f"§3.5): no absence shown (rule 5, 6)", **base, meaning="present")
        elif e["status"] == "Pass":
            add("attendance", f"{e['why']}: entry ({lid}, {person}) status Pass, stated by code only (§6: meaning "
                              f"disputed)", **base, code="Pass")
        else:
            add("attendance", f"{e['why']}: entry ({lid}, {person}) status {e['status']} (§3.5, §6)", **base,
                code=e["status"], meaning=meaning[e["status"]])
    # holidays, the holiday week without lessons, periods
    for group, start, finish, name, why in holidays:
        if start.year == 2026 and start.month == 10:
            for d in (start, start + dt.timedelta(days=4), finish):
                add("holiday", f"{why}: holidays[] {name} {start}..{finish} (§3.12)", group={"group": group},
                    date=str(d), name=name)
            for d, subject in ((dt.date(2026, 10, 26), "Математика"), (dt.date(2026, 10, 29), "Русский язык")):
                add("no_lesson", f"{why}: {d} lies in {name}; no range answer (R2, RH, RS) holds a lesson that day "
                                 f"(§3.12, §3.4)", student={"person": pupils[0]}, date=str(d), subject=subject)
    for name, start, finish, why in periods:
        add("period", f"{why}: reporting period {name} {start}..{finish} (§3.12, midnight = the day §2)",
            name=name, starts_on=start, ends_on=finish)
    for guardian, kids, why in children:
        add("children", f"{why}: children[].personId are person ids (§1, §3.9)", guardian=guardian, children=kids)
    if class_teacher:
        add("class_teacher", f"{class_teacher[2]}: classteacher person named by users/many fullName (§3.9)",
            group={"group": class_teacher[0]}, teacher=teachers[class_teacher[1]])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(f"facts.json: {len(facts)} facts", counts)


if __name__ == "__main__":
    main()
