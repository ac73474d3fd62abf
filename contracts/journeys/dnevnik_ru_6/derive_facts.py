"""Read journey.json, replay it by the reference's rules, write facts.json. Standard library only; never imports the
hub; deterministic.

Rules (from /work/shared/reference/dnevnik_ru.md, cited §N):
* Ids: the `_str` twin wins, else the exact integer (§1). Facts name pupils and groups by these strings.
* An answer is the vendor's state when it was pulled (`pulled_at`, the request envelope); per entity and field the
  value of the latest pull that states it wins (§7: there is no change feed, only polling).
* Deletion by omission (§7): an item is gone when a later answer to the *same request* (method, path without host
  and /v2/ or /v2.0/ prefix, sorted query) that held it before lacks it, and no answer pulled after that omission
  states it again. A single-entity answer (`lessons/{id}`, `works/{w}/marks` is a whole work's list) only states.
* Lessons (§3.4): entity lessons from group, subject and single-lesson answers; `title` = topic, `date` = local
  start without offset (§2), `number` = slot; the room and end time only from flattened bundle lessons
  (`place`, `hours`). Teachers by person id, named by the User's `fullName` (users/many, users/{id}; §3.9).
* Marks (§3.1): value as sent; filed under the lesson's current date; weight and title from the standalone
  work type (§3.3); counts = `use_avg_calc`.
* Attendance (§3.5, §6): key (lesson, person); Attend/Absent/Ill/Late -> present/absent/ill/late; Pass only its
  code (its meaning is disputed, §6, §11).
* Homework (§3.2, §3.7): Works of type Homework, on the lesson where set; `targetDate` = due; files resolved
  through the bundle's `files` list.
* Periods (§3.12): per edu-group (`edu-groups/{g}/reporting-periods`): a pupil's final grades show their class's
  periods and no other class's. Holidays from the group's `reporting-period-group`.
* Teachers' names and class teachers (§3.9): the latest pull wins (a renamed teacher shows her new name on every
  lesson; an older User answer delivered later does not revert it).
* Children (§3.9): a parent's latest list by pull (`users/{u}/context` children, `user/{u}/children` persons).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(obj: dict, key: str = "id") -> str | None:
    for k in (f"{key}_str", f"{key}Str"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    value = obj.get(key)
    return None if value is None else str(value)


def norm_request(request: str) -> tuple[str, str, str]:
    method, rest = request.split(" ", 1)
    rest = re.sub(r"^https?://[^/]+", "", rest)
    rest = re.sub(r"^/?(v2(\.0)?/)?", "", rest)
    path, _, query = rest.partition("?")
    key = method + " " + path + ("?" + "&".join(sorted(query.split("&"))) if query else "")
    return method, path, key


class Collection:
    """Items stated by answers, with per-field latest-pull values and deletion by omission."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, tuple[str, object]]] = {}  # id -> field -> (pulled, value)
        self.stated: dict[str, str] = {}  # id -> latest pull stating it
        self.answers: dict[str, list[tuple[str, set[str]]]] = {}  # request key -> [(pulled, ids)]
        self.why: dict[str, str] = {}

    def state(self, item: str, pulled: str, values: dict, why: str) -> None:
        slot = self.fields.setdefault(item, {})
        for field, value in values.items():
            if value is None:
                continue
            if field not in slot or slot[field][0] <= pulled:
                slot[field] = (pulled, value)
        if item not in self.stated or self.stated[item] <= pulled:
            self.stated[item] = pulled
            self.why[item] = why

    def complete(self, key: str, pulled: str, ids: set[str]) -> None:
        self.answers.setdefault(key, []).append((pulled, ids))

    def deleted(self, item: str) -> str | None:
        """The request and pull that deleted it, if any."""
        for key, answers in self.answers.items():
            answers = sorted(answers)
            for i, (t1, ids1) in enumerate(answers):
                if item not in ids1:
                    continue
                for t2, ids2 in answers[i + 1:]:
                    if item not in ids2 and t2 > self.stated[item]:
                        return f"{key} pulled {t2}"
        return None

    def current(self, item: str) -> dict:
        return {f: v for f, (_, v) in self.fields[item].items()}

    def alive(self) -> list[str]:
        return sorted(i for i in self.fields if self.deleted(i) is None)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    lessons, marks, logs, homework = Collection(), Collection(), Collection(), Collection()
    work_types: dict[str, dict] = {}
    names: dict[str, tuple[str, str, str]] = {}  # person id -> (pulled, full name, why) of the latest pull
    files: dict[str, str] = {}
    periods: dict[str, list[dict]] = {}
    holidays: dict[str, list[dict]] = {}
    members: dict[str, list[str]] = {}  # group -> pupils
    pupil_group: dict[str, str] = {}
    subjects: dict[str, str] = {}
    class_teacher: dict[str, tuple[str, str, str]] = {}  # group -> (person, why, pulled) of the latest pull
    finals: list[dict] = []
    averages: list[dict] = []
    children: dict[str, tuple[str, list[str], str]] = {}  # parent user -> (pulled, children, why)
    ranges: dict[str, tuple[str, str]] = {}

    def lesson_values(obj: dict, flat: bool, group: str | None) -> dict:
        subject = obj["subject"]["name"] if isinstance(obj.get("subject"), dict) else subjects.get(
            str(obj.get("subjectId")))
        values = {"topic": obj.get("title"), "date": obj["date"][:10], "starts_at": obj["date"][11:16],
                  "number": obj.get("number"), "subject": subject,
                  "teacher": str((obj.get("teachers_str") or obj.get("teachers") or [None])[0]),
                  "group": group}
        if flat:
            hours = obj.get("hours")
            values["ends_at"] = hours.split("-")[1].strip() if hours else None
            values["room"] = obj.get("place")
        return values

    def take_work(work: dict, pulled: str, why: str, key: str | None, seen: set[str]) -> None:
        if work.get("type") != "Homework":
            return
        wid = sid(work)
        seen.add(wid)
        homework.state(wid, pulled, {"text": work["text"], "due": work["targetDate"][:10],
                                     "lesson": sid(work, "lesson"), "files": [str(f) for f in work.get("files") or []],
                                     "group": sid(work, "eduGroup"), "subjectId": str(work.get("subjectId"))}, why)

    def take_mark(mark: dict, pulled: str, why: str, seen: set[str]) -> None:
        mid = sid(mark)
        seen.add(mid)
        marks.state(mid, pulled, {"value": mark["value"], "person": sid(mark, "person"),
                                  "lesson": sid(mark, "lesson"), "workType": str(mark["workType"]),
                                  "counts": mark.get("use_avg_calc")}, why)

    def take_log(entry: dict, pulled: str, why: str, seen: set[str]) -> None:
        key = (sid(entry, "lesson") or "") + "/" + (sid(entry, "person") or "")
        seen.add(key)
        logs.state(key, pulled, {"status": entry["status"], "comment": entry.get("comment"),
                                 "lesson": sid(entry, "lesson"), "person": sid(entry, "person")}, why)

    for step_no, step in enumerate(journey["steps"], 1):
        for batch in step["batches"]:
            for record in batch:
                method, path, key = norm_request(record["request"])
                body, pulled = record["body"], record["pulled_at"]
                why = f"step {step_no}: {record['request']} pulled {pulled}"
                parts = path.split("/")
                if re.fullmatch(r"work-types/\d+", path):
                    for wt in body:
                        work_types[sid(wt)] = wt
                elif re.fullmatch(r"schools/\d+/subjects", path):
                    for s in body:
                        subjects[sid(s)] = s["name"]
                elif path == "edu-groups" and method == "POST":
                    for item in body:
                        g = sid(item["group"])
                        members[g] = [str(s["person"]) for s in item["students"]
                                      if s.get("membershipstatus") == "Active"]
                        for p in members[g]:
                            pupil_group[p] = g
                elif path == "users/many" or re.fullmatch(r"users/\d+", path):
                    for user in body if isinstance(body, list) else [body]:
                        person = sid(user, "personId")
                        if person not in names or names[person][0] <= pulled:
                            names[person] = (pulled, user["fullName"], why)
                elif path.endswith("/classteacher"):
                    if parts[1] not in class_teacher or class_teacher[parts[1]][2] <= pulled:
                        class_teacher[parts[1]] = (sid(body), why, pulled)
                elif path.endswith("/reporting-periods"):
                    periods[parts[1]] = [dict(p, why=why) for p in body]
                elif path.endswith("/reporting-period-group"):
                    holidays[parts[1]] = [dict(h, why=why) for h in body["holidays"]]
                elif path.endswith("/final-marks") and parts[0] == "edu-groups":
                    for row in body:
                        for psf in row["per-subject-final-marks"]:
                            finals.append({"person": sid(row, "person"), "group": sid(row, "group"),
                                           "period": sid(row, "reportingPeriod"), "subject": sid(psf, "subject"),
                                           "value": psf["final-mark"]["value"], "why": why})
                elif "/avg-marks/" in path:
                    a, b = parts[-2][:10], parts[-1][:10]
                    for row in body:
                        for avg in row["per-subject-averages"]:
                            averages.append({"person": sid(row, "person"), "group": parts[1],
                                             "subject": sid(avg, "subject"), "value": avg["avg-mark-value"],
                                             "from": a, "to": b, "why": why})
                elif re.fullmatch(r"users/\d+/context", path):
                    user = str(body["userId"])
                    kids = [str(c["personId"]) for c in body.get("children", [])]
                    if user not in children or children[user][0] <= pulled:
                        children[user] = (pulled, kids, why)
                elif re.fullmatch(r"user/\d+/children", path):
                    user = parts[1]
                    kids = [sid(p) for p in body]
                    if user not in children or children[user][0] <= pulled:
                        children[user] = (pulled, kids, why)
                elif re.search(r"(^|/)lessons/\d{4}-\d\d-\d\d[^/]*/\d{4}-\d\d-\d\d", path) or re.fullmatch(
                        r"lessons/(\d+|many)", path):
                    group = parts[1] if parts[0] == "edu-groups" else None
                    seen, hw_seen = set(), set()
                    for obj in body if isinstance(body, list) else [body]:
                        lid = sid(obj)
                        seen.add(lid)
                        lessons.state(lid, pulled, lesson_values(obj, False, group or str(obj.get("group"))), why)
                        for work in obj.get("works", []):
                            take_work(work, pulled, why, key, hw_seen)
                    if isinstance(body, list) and path != "lessons/many":  # a batch by id states, no range
                        lessons.complete(key, pulled, seen)
                        homework.complete(key, pulled, hw_seen)
                elif "/marks/" in path and parts[0] == "edu-groups" or re.fullmatch(r"works/\d+/marks", path):
                    seen = set()
                    for mark in body:
                        take_mark(mark, pulled, why, seen)
                    marks.complete(key, pulled, seen)
                elif path.startswith("lesson-log-entries/group/"):
                    seen = set()
                    for entry in body:
                        take_log(entry, pulled, why, seen)
                    logs.complete(key, pulled, seen)
                elif path.startswith("lesson-log-entries/lesson/"):
                    take_log(body, pulled, why, set())
                elif path.endswith("/homeworks"):
                    for f in body["files"]:
                        files[sid(f)] = f["name"]
                    seen = set()
                    for work in body["works"]:
                        take_work(work, pulled, why, key, seen)
                    for flat in body["lessons"]:
                        lessons.state(str(flat["id"]), pulled, lesson_values(flat, True, None), why)
                    if "homeworkId" not in key:
                        homework.complete(key, pulled, seen)
                elif path.endswith("/schedules"):
                    person = parts[1]
                    l_seen, m_seen, a_seen, h_seen = set(), set(), set(), set()
                    for day in body["days"]:
                        for s in day["subjects"]:
                            subjects.setdefault(str(s["id"]), s["name"])
                        for flat in day["lessons"]:
                            lid = str(flat["id"])
                            l_seen.add(lid)
                            lessons.state(lid, pulled, lesson_values(flat, True, None), why)
                        for mark in day["marks"]:
                            take_mark(mark, pulled, why, m_seen)
                        for entry in day["lessonLogEntries"]:
                            take_log(entry, pulled, why, a_seen)
                        for work in day["homeworks"]:
                            take_work(work, pulled, why, key, h_seen)
                    lessons.complete(key, pulled, l_seen)
                    marks.complete(key, pulled, m_seen)
                    logs.complete(key, pulled, a_seen)
                    homework.complete(key, pulled, h_seen)
                    ranges[person] = (key, pulled)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": "", "kind": kind, **fields, "why": why})

    def pupil(p: str) -> dict:
        return {"person": p}

    live_lessons = {l: lessons.current(l) for l in lessons.alive()}
    group_of_lesson: dict[str, str] = {}
    for l, v in live_lessons.items():
        group_of_lesson[l] = v.get("group")
    readers = {}
    for g, ps in members.items():
        readers[g] = ps[0]

    # children
    for user in sorted(children):
        pulled, kids, why = children[user]
        add("children", f"{why}: the parent's latest list by pull (§3.9 context children / user/{{u}}/children "
                        f"person ids, §1); older lists delivered later do not count", guardian={"user": user},
            children=[pupil(k) for k in sorted(kids)])

    # lessons
    for l in sorted(live_lessons, key=lambda i: (live_lessons[i]["date"], live_lessons[i]["group"],
                                                 live_lessons[i]["number"])):
        v = live_lessons[l]
        g = v["group"]
        # the class's first pupil reads every lesson; a moved lesson is read by a second pupil too
        for p in [readers[g]] + ([members[g][1]] if l in moved_ids(lessons) else []):
            fact = {"student": pupil(p), "date": v["date"], "number": v["number"], "subject": v["subject"],
                    "topic": v["topic"], "starts_at": v["starts_at"]}
            if "ends_at" in v:  # stated only by a flattened bundle lesson (hours)
                fact["ends_at"] = v["ends_at"]
            if "room" in v:
                fact["room"] = v["room"]
            fact["teacher"] = names[v["teacher"]][1]
            add("lesson", f"{lessons.why[l]}: lesson {l} (§3.4: title = topic, date local without offset §2, "
                          f"number = slot; room/hours from the flattened bundle lesson); teacher person "
                          f"{v['teacher']} named by the User's fullName of the latest pull ({names[v['teacher']][2]}, "
                          f"§3.9)", **fact)

    # moved and cancelled lessons: what is no longer there
    for l in sorted(lessons.fields):
        deleted = lessons.deleted(l)
        g = group_of_lesson.get(l) or lessons.fields[l]["group"][1]
        if deleted:
            v = lessons.current(l)
            for p in members[g][:2]:
                add("no_lesson", f"lesson {l} ({v['subject']} #{v['number']} {v['date']}) lacks from {deleted} "
                                 f"that held it before (§7 deletion by omission; a subject-scoped lessons answer is "
                                 f"complete for that subject and range, §3.4 endpoints)", student=pupil(p),
                    date=v["date"], subject=v["subject"], number=v["number"])
    for l, (old_date, old_number, why) in moved_ids(lessons).items():
        v = live_lessons[l]
        for p in members[v["group"]][:2]:
            add("no_lesson", f"{why}: lesson {l} now dated {v['date']} #{v['number']}; it was planned "
                             f"{old_date} #{old_number} (§3.4 date/number of the same lesson id; latest pull wins)",
                student=pupil(p), date=old_date, subject=v["subject"], number=old_number)

    # marks
    for m in marks.alive():
        v = marks.current(m)
        lesson = live_lessons[v["lesson"]]
        wt = work_types[v["workType"]]
        add("mark", f"{marks.why[m]}: mark {m} value {v['value']!r} as sent (§3.1, §5), filed under lesson "
                    f"{v['lesson']}'s date {lesson['date']}; weight {wt['weight']} and title from work-types "
                    f"{v['workType']} (§3.3); use_avg_calc {v['counts']}", student=pupil(v["person"]),
            date=lesson["date"], subject=lesson["subject"], value=v["value"], weight=wt["weight"],
            work_type=wt["title"], counts=v["counts"])
    for m in sorted(set(marks.fields) - set(marks.alive())):
        v = marks.current(m)
        lesson = live_lessons[v["lesson"]]
        add("no_mark", f"mark {m} ({v['value']}) lacks from {marks.deleted(m)}, which held it before (§7 "
                       f"omission; works/{{w}}/marks is the whole work's marks, §3.1 endpoints)",
            student=pupil(v["person"]), date=lesson["date"], subject=lesson["subject"], value=v["value"])

    # attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for key in logs.alive():
        v = logs.current(key)
        lesson = live_lessons[v["lesson"]]
        fact = {"student": pupil(v["person"]), "date": lesson["date"], "subject": lesson["subject"],
                "number": lesson["number"], "code": v["status"]}
        if v["status"] in meaning:
            fact["meaning"] = meaning[v["status"]]
        add("attendance", f"{logs.why[key]}: log entry ({v['lesson']}, {v['person']}) status {v['status']} "
                          f"comment {v['comment']!r} (§3.5 key (lesson, person), §6; Pass: code only, its meaning "
                          f"is disputed §11)", **fact)

    # homework
    for w in homework.alive():
        v = homework.current(w)
        lesson = live_lessons[v["lesson"]]
        g = v["group"]
        for p in members[g][:2]:
            fact = {"student": pupil(p), "subject": lesson["subject"], "text": v["text"], "date": lesson["date"],
                    "due": v["due"]}
            if v["files"]:
                fact["attachments"] = [files[f] for f in v["files"]]
            add("homework", f"{homework.why[w]}: Work {w} type Homework set on lesson {v['lesson']} (§3.2, §8.2); "
                            f"targetDate = due (midnight, §2); files resolved through the bundle's files (§3.7)",
                **fact)
    for w in sorted(homework.fields):
        v = homework.current(w)
        lesson = lessons.current(v["lesson"])
        deleted = homework.deleted(w)
        texts = set()
        if deleted:
            texts.add((v["text"], f"Work {w} lacks from {deleted} that held it (§7 omission)"))
        for text in old_texts(journey, w, v["text"]):
            texts.add((text, f"Work {w}'s text was edited: the latest pull says {v['text']!r} (§3.2 text)"))
        for text, why in sorted(texts):
            for p in members[v["group"]][:2]:
                add("no_homework", why, student=pupil(p), subject=lesson["subject"], text=text)

    # final marks
    period_names = {p_id: p for ps in periods.values() for p in ps for p_id in [sid(p)]}
    for f in finals:
        add("final_mark", f"{f['why']}: per-subject-final-marks of {f['person']} (hyphenated keys, lesson null, "
                          f"§3.13); reportingPeriod {f['period']} = {period_names[f['period']]['name']} (§3.12)",
            student=pupil(f["person"]), subject=subjects[f["subject"]], period=period_names[f["period"]]["name"],
            value=f["value"])

    # vendor averages
    for a in averages:
        fact = {"student": pupil(a["person"]), "subject": subjects[a["subject"]], "value": a["value"]}
        for p in periods.get(a["group"], []):
            if (p["start"][:10], p["finish"][:10]) == (a["from"], a["to"]):
                fact["period"] = p["name"]
        add("vendor_average", f"{a['why']}: avg-mark-value {a['value']!r}, a string kept as sent (§3.13); the range "
                              f"{a['from']}..{a['to']} is exactly the group's period {fact.get('period')} (§3.12)",
            **fact)

    # periods: a pupil's own class's periods, and none of the other class's
    all_names = {p["name"]: g for g, ps in periods.items() for p in ps}
    for g in sorted(members):
        for p in members[g]:
            own = {x["name"] for x in periods[g]}
            for x in periods[g]:
                add("period", f"{x['why']}: period {sid(x)} type {x['type']} {x['start']}..{x['finish']} of "
                              f"edu-group {g}, the pupil's class (§3.12, midnight dates §2)", student=pupil(p),
                    name=x["name"], starts_on=x["start"][:10], ends_on=x["finish"][:10])
            for name, other in sorted(all_names.items()):
                if name not in own:
                    add("no_period", f"{name!r} is a period of edu-group {other} only "
                                     f"(edu-groups/{other}/reporting-periods, §3.12: periods are per edu-group); "
                                     f"POST edu-groups lists this pupil Active in {g} only (§3.8)",
                        student=pupil(p), name=name)

    # holidays: one school day of the autumn break per class
    for g in sorted(members):
        for h in holidays.get(g, []):
            if h["name"] == "Осенние каникулы":
                for p, day in ((members[g][0], "2025-11-03"), (members[g][-1], "2025-11-04")):
                    add("holiday", f"{h['why']}: holidays[] {h['name']} {h['dateStart'][:10]}..{h['dateFinish'][:10]}"
                                   f" (§3.12)", student=pupil(p), date=day, name=h["name"])

    # class teachers
    for g, (person, why, _) in sorted(class_teacher.items()):
        add("class_teacher", f"{why}: the latest classteacher answer names person {person}, named by the User's "
                             f"fullName (§3.9)", group={"group": g}, teacher=names[person][1])

    counters: dict[str, int] = {}
    for fact in facts:
        prefix = fact["kind"].replace("_", "-")
        counters[prefix] = counters.get(prefix, 0) + 1
        fact["id"] = f"{prefix}-{counters[prefix]:02d}"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(counters.items())))


_MOVED: dict | None = None


def moved_ids(lessons: Collection) -> dict[str, tuple[str, int, str]]:
    """Lessons whose latest date/slot differs from an earlier answer's: id -> (old date, old number, why)."""
    return _MOVED or {}


def old_texts(journey: dict, work: str, current: str) -> list[str]:
    found = set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Homework" and sid(node) == work and node.get("text") != current:
                found.add(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(journey)
    return sorted(found)


def _scan_moves() -> dict[str, tuple[str, int, str]]:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    seen: dict[str, list[tuple[str, str, int, str]]] = {}

    def walk(node, pulled, why):
        if isinstance(node, dict):
            if "title" in node and "number" in node and "date" in node and ("subject" in node or "subjectId" in node):
                seen.setdefault(sid(node), []).append((pulled, node["date"][:10], node["number"], why))
            for value in node.values():
                walk(value, pulled, why)
        elif isinstance(node, list):
            for value in node:
                walk(value, pulled, why)

    for n, step in enumerate(journey["steps"], 1):
        for batch in step["batches"]:
            for record in batch:
                walk(record["body"], record["pulled_at"],
                     f"step {n}: {record['request']} pulled {record['pulled_at']}")
    moves = {}
    for lid, obs in seen.items():
        obs.sort()
        latest = obs[-1]
        for pulled, date, number, _ in obs:
            if (date, number) != (latest[1], latest[2]):
                moves[lid] = (date, number, latest[3])
                break
    return moves


if __name__ == "__main__":
    _MOVED = _scan_moves()
    main()
