"""Derive facts.json from journey.json by the reference's rules (/work/shared/reference/dnevnik_ru.md, cited §N).

Standard library only; never imports the hub; deterministic. Rules:

R1  Records apply in delivery order, each as of its `pulled_at` (when its answer was true). A statement or a
    deletion applies only if no answer pulled later already stated or deleted that item: the later pull is the
    truth, an older answer delivered late (a retried batch) changes nothing (the theme; hub README "Vendor formats:
    revisions, reference data, quarantine").
R2  Ids are the `_str` twins where present (§1), read as strings, never through a float; marks, log entries,
    homework tasks and group membership name **person** ids (§1, §3.9). An item keeps its id across corrections:
    the same id with another value, status, text, due date, slot or teacher is the same item changed (§3.1, §3.2,
    §3.4), so only its latest state shows.
R3  Lessons (§3.4) come from `edu-groups/{g}/lessons/{from}/{to}` (entity shape) and the schedules bundle
    (flattened shape, §0, §3.4): date and start time are the local `date` (§2: school wall-clock, no offset; the
    school's `timeZone` is 5), slot `number`, topic `title`, subject the embedded `subject.name` (bundle:
    `subjectId` resolved by the bundle's `subjects`), teacher the `teachers[]` person named by `POST users/many`
    `fullName` (§3.9).
R4  Marks (§3.1) come from `edu-groups/{g}/marks/{from}/{to}` and the schedules bundle's `marks`. A mark is shown
    on its lesson's date (the lesson it names; the hub README "Grading scales": the diary files a mark under its
    lesson's date); its text is `value` as sent (§5: `4-`, `3+`, `4+`), weight and work-type name from the
    standalone work types (`work-types/{school}`: `weight`, `title`; §3.1, §3.3) of the mark's latest `workType`,
    `use_avg_calc` says whether it counts.
R5  Attendance (§3.5, §6) is keyed by (lesson, person): `Attend` present, `Absent` absent, `Ill` ill, `Late` late;
    `Pass` is stated by its code only (its meaning is disputed, §6, §11). An entry that is gone is "no entry":
    the pupil shows as present with no code.
R6  Homework (§3.2, §3.7) is a `Homework` work of the homeworks bundle `users/me/school/{s}/homeworks`: its
    `text`, set at its `lesson` (the lesson's date) and due on `targetDate` (midnight = the day, §2), subject by
    `subjectId`; its `tasks` name every pupil of the class, so every pupil sees it (§3.6).
R7  Deletion by omission (§7: the group-wide range queries are the vendor's bulk paths and nothing in §3 makes a
    range answer partial; §3.5: an entry's identity is (lesson, person)). An answer lacks an item that the hub
    holds as of an earlier pull, and the item is gone as of that answer's pull, when either
    (a) an earlier answer to the very same request held it (the same question asked again), or
    (b) the answer is a range that certainly covers it: a lessons range covering the lesson's date; a group log
        range (`lesson-log-entries/group/{g}?from&to`, no subject: every subject) covering the entry's lesson's
        date; a marks range covering BOTH the mark's own `date` and its lesson's date, and a homeworks range
        covering BOTH the homework's lesson date and its `targetDate`, because §3.1 and §3.7 do not say by which
        date these ranges select (the corpus deletes only where every reading agrees).
    An empty answer (`[]`) lists nothing: everything it covers is gone (a holiday emptied of lessons).
R8  Holidays and periods come from `edu-groups/{g}/reporting-period-group` (§3.12): `holidays[]` from `dateStart`
    to `dateFinish` (the class's), periods from `start` to `finish`; the same answer pulled again states the same
    holidays, each shown once.
R9  Parents: `users/{u}/context` `children[].personId` are person ids (§1, §3.9); the class teacher is
    `edu-groups/{g}/classteacher` (§3.9), named like the other teachers.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent


def sid(obj: dict, key: str = "id") -> str:
    twin = obj.get(f"{key}_str")
    return str(twin) if twin not in (None, "") else str(obj[key])


class Store:
    """Items with their latest state as of a pull time (R1), and what each request last held (R7a)."""

    def __init__(self) -> None:
        self.state: dict = {}      # key -> dict(state=..., as_of=..., gone=bool, why=..., history=[...])

    def put(self, key, state: dict, pulled: dt.datetime, why: str) -> None:
        held = self.state.get(key)
        if held is not None and held["as_of"] > pulled:
            return
        if held is None:
            self.state[key] = {"state": state, "as_of": pulled, "gone": False, "why": why, "history": [(state, why)],
                               "gone_why": None}
            return
        if held["gone"] or held["state"] != state:
            held["history"].append((state, why))
        held.update(state=state, as_of=pulled, gone=False, why=why)

    def drop(self, key, pulled: dt.datetime, why: str) -> None:
        held = self.state.get(key)
        if held is None or held["gone"] or held["as_of"] >= pulled:
            return
        held.update(gone=True, as_of=pulled, gone_why=why)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    teachers: dict[str, str] = {}
    worktypes: dict[str, tuple[str, int]] = {}
    subjects: dict[str, str] = {}
    lessons, marks, logs, hws = Store(), Store(), Store(), Store()
    last_held: dict[str, set] = {}  # request -> keys its latest answer held (R7a)
    holidays: dict[str, tuple[str, str, str]] = {}
    periods: dict[str, tuple[str, str, str]] = {}
    children: list[tuple[str, list[str], str]] = []
    class_teacher: tuple[str, str] | None = None
    group_id = None

    def lesson_day(key: str) -> str | None:
        held = lessons.state.get(key)
        return held["state"]["date"][:10] if held else None

    def omit(store: Store, req: str, held_now: set, pulled: dt.datetime, why: str, covers) -> None:
        before = last_held.get(req, set())
        for key, item in list(store.state.items()):
            if key in held_now or item["gone"]:
                continue
            if key in before or covers(key, item["state"]):
                store.drop(key, pulled, why)
        last_held[req] = held_now

    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                req, body = rec["request"], rec["body"]
                pulled = dt.datetime.fromisoformat(rec["pulled_at"])
                why = f"step {step['name'][:2]}: {req} pulled {rec['pulled_at']}"
                path = urlsplit(req.split(" ", 1)[1]).path
                query = parse_qs(urlsplit(req.split(" ", 1)[1]).query)
                parts = path.strip("/").split("/")[1:]  # without v2
                if parts[0] == "work-types":
                    for w in body:
                        worktypes[sid(w)] = (w["title"], w["weight"])
                elif parts == ["users", "many"]:
                    for u in body:
                        teachers[sid(u, "personId")] = u["fullName"]
                elif parts[0] == "edu-groups" and len(parts) == 1:
                    group_id = sid(body[0]["group"])
                elif parts[0] == "edu-groups" and parts[2] == "classteacher":
                    class_teacher = (sid(body), why)
                elif parts[0] == "edu-groups" and parts[2] == "reporting-period-group":
                    for h in body["holidays"]:
                        holidays[h["name"]] = (h["dateStart"][:10], h["dateFinish"][:10], why)
                    for p in body["reportingPeriods"]:
                        periods[p["name"]] = (p["start"][:10], p["finish"][:10], why)
                elif parts[0] == "users" and parts[2] == "context":
                    children.append((sid(body, "userId"), [sid(c, "personId") for c in body["children"]], why))
                elif parts[0] == "edu-groups" and parts[2] == "lessons":
                    lo, hi = parts[3][:10], parts[4][:10]
                    held = set()
                    for lesson in body:
                        key = sid(lesson)
                        held.add(key)
                        subjects[sid(lesson["subject"])] = lesson["subject"]["name"]
                        lessons.put(key, {"date": lesson["date"], "number": lesson["number"],
                                          "subject": lesson["subject"]["name"], "topic": lesson["title"],
                                          "teacher": str(lesson["teachers_str"][0])}, pulled, why)
                    omit(lessons, req, held, pulled, why, lambda k, st: lo <= st["date"][:10] <= hi)
                elif parts[0] == "edu-groups" and parts[2] == "marks":
                    lo, hi = parts[3][:10], parts[4][:10]
                    held = set()
                    for m in body:
                        key = sid(m)
                        held.add(key)
                        marks.put(key, {"person": sid(m, "person"), "lesson": sid(m, "lesson"), "value": m["value"],
                                        "workType": str(m["workType"]), "date": m["date"],
                                        "counts": m["use_avg_calc"]}, pulled, why)
                    omit(marks, req, held, pulled, why,
                         lambda k, st: lo <= st["date"][:10] <= hi and lo <= (lesson_day(st["lesson"]) or "") <= hi)
                elif parts[0] == "lesson-log-entries" and parts[1] == "group":
                    lo, hi = query["from"][0][:10], query["to"][0][:10]
                    held = set()
                    for e in body:
                        key = (sid(e, "lesson"), sid(e, "person"))
                        held.add(key)
                        logs.put(key, {"status": e["status"], "comment": e["comment"]}, pulled, why)
                    omit(logs, req, held, pulled, why, lambda k, st: lo <= (lesson_day(k[0]) or "") <= hi)
                elif parts[0] == "users" and parts[-1] == "homeworks":
                    lo, hi = query["startDate"][0][:10], query["endDate"][0][:10]
                    for s in body["subjects"]:
                        subjects[str(s["id"])] = s["name"]
                    held = set()
                    for w in body["works"]:
                        key = sid(w)
                        held.add(key)
                        hws.put(key, {"lesson": sid(w, "lesson"), "subject": subjects[str(w["subjectId"])],
                                      "text": w["text"], "due": w["targetDate"][:10],
                                      "pupils": sorted(sid(t, "person") for t in w["tasks"])}, pulled, why)
                    omit(hws, req, held, pulled, why,
                         lambda k, st: lo <= st["due"] <= hi and lo <= (lesson_day(st["lesson"]) or "") <= hi)
                elif parts[0] == "persons" and parts[-1] == "schedules":
                    person = parts[1]
                    for day in body["days"]:
                        names = {str(s["id"]): s["name"] for s in day["subjects"]}
                        subjects.update(names)
                        for lesson in day["lessons"]:
                            lessons.put(str(lesson["id"]), {"date": lesson["date"], "number": lesson["number"],
                                                            "subject": names[str(lesson["subjectId"])],
                                                            "topic": lesson["title"],
                                                            "teacher": str(lesson["teachers"][0])}, pulled, why)
                        for m in day["marks"]:
                            assert sid(m, "person") == person
                            marks.put(sid(m), {"person": person, "lesson": sid(m, "lesson"), "value": m["value"],
                                               "workType": str(m["workType"]), "date": m["date"],
                                               "counts": m["use_avg_calc"]}, pulled, why)
                        for e in day["lessonLogEntries"]:
                            logs.put((sid(e, "lesson"), sid(e, "person")),
                                     {"status": e["status"], "comment": e["comment"]}, pulled, why)
                else:
                    assert parts[0] == "schools" or parts[-1] == "persons", req

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    def history_note(item: dict) -> str:
        if len(item["history"]) < 2:
            return ""
        return "; earlier " + ", ".join(f"{json.dumps(_brief(s), ensure_ascii=False)} ({w.split(':')[0]})"
                                        for s, w in item["history"][:-1])

    # --- lessons ---
    def lday(key):
        return lessons.state[key]["state"]["date"][:10]

    reader_cycle = ["1000012437004", "1000012437011", "1000012437005", "2260325488556437017", "1000012437009"]
    interesting_days = {"2027-03-01", "2027-03-03", "2027-03-10", "2027-03-16", "2027-03-19"}
    n = 0
    for key, item in sorted(lessons.state.items(), key=lambda kv: (kv[1]["state"]["date"], kv[1]["state"]["number"])):
        st = item["state"]
        day = st["date"][:10]
        if item["gone"]:
            add("no_lesson", f"{item['gone_why']}: lesson {key} ({st['subject']} #{st['number']} {day}, last held "
                             f"{item['why'].split(':')[0]}) is missing from an answer pulled later that covers its "
                             f"date (R7, §3.4, §7)",
                student={"person": reader_cycle[n % len(reader_cycle)]}, date=day, subject=st["subject"],
                number=st["number"])
            n += 1
            continue
        changed = len(item["history"]) > 1 and any(
            (h["number"], h["topic"], h["teacher"]) != (st["number"], st["topic"], st["teacher"])
            for h, _ in item["history"])
        if day in interesting_days or changed:
            add("lesson", f"{item['why']}: lesson {key} (R3, §3.4; local time §2; teacher by users/many fullName "
                          f"§3.9){history_note(item)}",
                student={"person": reader_cycle[n % len(reader_cycle)]}, date=day, number=st["number"],
                subject=st["subject"], topic=st["topic"], starts_at=st["date"][11:16], teacher=teachers[st["teacher"]])
            n += 1
            if changed:
                for old, w in item["history"][:-1]:
                    if old["number"] != st["number"]:
                        add("no_lesson", f"{item['why']}: lesson {key} moved from slot {old['number']} "
                                         f"(as {w.split(':')[0]} had it) to slot {st['number']}: same id, new "
                                         f"`number` (R2, §3.4)",
                            student={"person": reader_cycle[n % len(reader_cycle)]}, date=day,
                            subject=st["subject"], number=old["number"])

    # --- marks ---
    def subject_of_lesson(lkey: str) -> str:
        return lessons.state[lkey]["state"]["subject"]

    for key, item in sorted(marks.state.items(), key=lambda kv: (lday(kv[1]["state"]["lesson"]), kv[0])):
        st = item["state"]
        day, subj = lday(st["lesson"]), subject_of_lesson(st["lesson"])
        title, weight = worktypes[st["workType"]]
        if item["gone"]:
            add("no_mark", f"{item['gone_why']}: mark {key} ('{st['value']}', last held {item['why'].split(':')[0]}) "
                           f"is missing from a later answer to the same request or from a marks range covering "
                           f"both its dates (R7, §3.1, §7)",
                student={"person": st["person"]}, date=day, subject=subj, value=st["value"])
            continue
        add("mark", f"{item['why']}: mark {key} '{st['value']}' on lesson {st['lesson']} (R4, §3.1, §5), weight and "
                    f"title of work type {st['workType']} (§3.3){history_note(item)}",
            student={"person": st["person"]}, date=day, subject=subj, value=st["value"], weight=weight,
            work_type=title, counts=st["counts"])
        for old, w in item["history"][:-1]:
            if old["value"] != st["value"]:
                add("no_mark", f"{item['why']}: mark {key} was '{old['value']}' ({w.split(':')[0]}); the same id now "
                               f"'{st['value']}': a correction, the old value no longer shows (R1, R2, §3.1)",
                    student={"person": st["person"]}, date=day, subject=subj, value=old["value"])

    # --- attendance ---
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    first_per_pupil_day: set = set()
    for key, item in sorted(logs.state.items(), key=lambda kv: (lessons.state[kv[0][0]]["state"]["date"], kv[0][1])):
        lkey, person = key
        lst = lessons.state[lkey]["state"]
        day = lst["date"][:10]
        changed = len(item["history"]) > 1 or item["gone"]
        pd = (person, day, item["state"]["status"])
        if not changed and pd in first_per_pupil_day:
            continue
        first_per_pupil_day.add(pd)
        if lessons.state[lkey]["gone"]:
            continue
        base = dict(student={"person": person}, date=day, subject=lst["subject"], number=lst["number"])
        if item["gone"]:
            add("attendance", f"{item['gone_why']}: entry ({lkey}, {person}) '{item['state']['status']}' (last held "
                              f"{item['why'].split(':')[0]}) is missing from a later log answer covering its lesson: "
                              f"no entry, present (R5, R7, §3.5)", **base, meaning="present")
            continue
        status = item["state"]["status"]
        fields = {"code": status}
        if status in meaning:
            fields["meaning"] = meaning[status]
        add("attendance", f"{item['why']}: entry ({lkey}, {person}) status {status} "
                          f"comment {item['state']['comment']!r} (R5, §3.5, §6){history_note(item)}", **base, **fields)

    # --- homework ---
    hw_readers = ["1000012437004", "1000012437011", "1000012437005", "2260325488556437017", "1000012437015"]
    k = 0
    for key, item in sorted(hws.state.items(), key=lambda kv: (lday(kv[1]["state"]["lesson"]), kv[0])):
        st = item["state"]
        day = lday(st["lesson"])
        reader = {"person": hw_readers[k % len(hw_readers)]}
        k += 1
        assert reader["person"] in st["pupils"]
        if item["gone"]:
            add("no_homework", f"{item['gone_why']}: homework {key} ({st['text']!r}, last held "
                               f"{item['why'].split(':')[0]}) is missing from a later answer to the same request or "
                               f"from a homeworks range covering both its lesson date and due date (R7, §3.7, §7)",
                student=reader, subject=st["subject"], text=st["text"])
            continue
        add("homework", f"{item['why']}: homework {key} set at lesson {st['lesson']} ({day}), targetDate {st['due']} "
                        f"(R6, §3.2, §3.7){history_note(item)}",
            student=reader, subject=st["subject"], text=st["text"], date=day, due=st["due"])
        for old, w in item["history"][:-1]:
            if old["text"] != st["text"]:
                add("no_homework", f"{item['why']}: homework {key} was {old['text']!r} ({w.split(':')[0]}); the same "
                                   f"work now reads {st['text']!r} (R1, R2, §3.2)",
                    student=reader, subject=st["subject"], text=old["text"])

    # --- calendar, people ---
    for name, (a, b, why) in sorted(holidays.items(), key=lambda kv: kv[1][0]):
        if a >= "2027-03-01":
            add("holiday", f"{why}: holidays[] {name} {a}..{b}; the answer is pulled twice, the holiday shows once "
                           f"(R8, §3.12)", group={"group": group_id}, date=a, name=name, once=True)
    add("holiday", f"{holidays['Весенние каникулы'][2]}: Весенние каникулы 2027-03-20..2027-03-28, in a pupil's diary "
                   f"(R8, §3.12)", student={"person": "1000012437004"}, date="2027-03-22", name="Весенние каникулы",
        once=True)
    add("no_holiday", f"{holidays['Международный женский день'][2]}: the holiday is 2027-03-08 only (R8, §3.12)",
        group={"group": group_id}, date="2027-03-09", name="Международный женский день")
    for name, (a, b, why) in sorted(periods.items(), key=lambda kv: kv[1][0]):
        if name in ("3 четверть", "4 четверть"):
            add("period", f"{why}: reporting period {name} {a}..{b} (R8, §3.12; midnight = the day, §2)",
                name=name, starts_on=a, ends_on=b)
    for user, kids, why in children:
        add("children", f"{why}: children[].personId are person ids (R9, §1, §3.9)", guardian={"user": user},
            children=[{"person": c} for c in kids])
    add("class_teacher", f"{class_teacher[1]}: classteacher person named by users/many fullName (R9, §3.9)",
        group={"group": group_id}, teacher=teachers[class_teacher[0]])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def _brief(state: dict) -> dict:
    return {k: v for k, v in state.items() if k in ("value", "status", "text", "due", "number", "topic", "teacher",
                                                   "workType")}


if __name__ == "__main__":
    main()
