"""Derive the facts a parent must see from `journey.json` (Elzhur corpus 14), by the reference's rules only.

Standard library only; never imports the hub; deterministic. Reference: /work/shared/reference/elzhur_mesh.md,
Part A (sections cited as A.n) and the client models of Part C.

Rules applied (forward compatibility is the theme, so reading is tolerant exactly where the clients are):

1. Envelope (A.1): `body.response.state == 200` is a success; its `result` is read. `error` is text or null; an
   empty `error` beside state 200 is not a failure (A.1: the failure case is the `state` code with a message and
   `result` `{}`). Keys the reference does not list, anywhere, are ignored (every Part C client ignores them:
   zod `z.object` strips unknown keys, Gson and Newtonsoft ignore them). Key order carries nothing (JSON objects).
2. `result.students` is an object keyed by id or an array (A.1); `days[YYYYMMDD].items` an object keyed by number
   or an array (A.3 Day). A pupil is the answer's `student=` query parameter (else the entry's `name`).
3. Ids are numeric, as strings or numbers (A.4, BetterJournal `z.coerce.number`): compared as text. `nm`,
   `countas`, `weight_float`, `average`, `mtype.id`, `parallel` as string or number (Part C: NiceEljurOpen String
   vs BetterJournal number/coerce).
4. Optional values may be null or "" (A.3 "may be empty or null"; NiceEljurOpen `String?`): `alert` null/"" is an
   ordinary day; `alert: "vacation"` is a holiday named by `holiday_name`, with no lessons (A.3 Day).
5. Booleans `disabled`/`ambigious` as bool, 0/1 or "true"/"false" (BetterJournal `PeriodModel.ts` `z.unknown()`,
   NiceEljurOpen `ambigious: String?`). A period with a start and end (YYYYMMDD) is a dated period; every pupil of
   the school's class shows it (periods are the school's, named by `name`, A.3 Period), with the dates of the
   latest answer (by `pulled_at`) that lists it: the school moved quarter IV and the answers of 28 Feb say so.
6. getrules of a parent: each `relations.students` entry with `rel: child` is that parent's child (A.3 getrules);
   the parent is named by the result's `id`, else `name`. A `relations.groups` entry with `rel: homeclass` names
   the class teacher (`hometeacher_name`, else last, first and middle name joined; A.3 getrules `hometeacher_*`).
7. Lessons (A.3 Lesson item): getdiary of a pupil gives, per day and item, subject `name`, number `num`, `teacher`,
   `room`, `topic`, times `starttime`/`endtime` (HH:MM of HH:MM[:SS], rings). A time that is `""`/null in the
   pupil's answer is not a time: the class schedule's time for the same day and number is shown (A.3 "only with
   rings"; an empty value states nothing). The last answer of a pupil's day holds the day whole (A.1 `days` range,
   A.3 Day): its lessons, marks, absences and homework replace what earlier answers held for that day, whatever
   other query parameters (`devkey`, `auth_token`, `lang`, a cache-buster `_`) the request carries; a mark an
   earlier answer held and the last one lacks (and getmarks no longer lists) is gone: `no_mark`.
8. Assessments (A.3, A.6): `""` is skipped; `н`/`Н` are absence (absent), `оп`/`ОП` lateness (late): attendance with
   their code and never a mark; other values are marks with weight `weight_float` when not null/"", else `weight`
   (number), work type `control_type` (getdiary) or `mtype.type` (getmarks) when not empty (not stated in a fact
   when a later getmarks row has `mtype: null`: whether null clears the work type is not settled, see README), the `comment` when not
   empty, `count` as counts.
9. Homework (A.3 `homework`): each task is shown on its lesson's day to every pupil of the class (class answers,
   and the pupil's own diary); an `individual: true` task only to the pupil whose answer holds it (no_homework for
   the others); attachments are `files` whose `toid` is the task id. A lesson's `homework` lists its tasks keyed by
   id (A.3 Lesson item; `individual` marks the pupil's own, so the pupil's own getdiary lists it too), and a day an
   answer lists is whole (A.3 Day): when a pupil's answer pulled later (by `pulled_at`, whatever the arrival order)
   lists the same lesson (`lesson_id`, that day) without an individual task, the task is gone: no_homework for that
   pupil too (step 06's getdiary of 14102, pulled 27 Feb, lists lesson 1402253 of 25 Feb with `homework: {}`, after
   step 08's gethomework pulled 25 Feb).
10. getmarks `average` is the journal's average, kept as sent (a number written as JSON shows as its decimal
    text); its `days` range equals quarter III's dates, so it is III's (A.3 SubjectMarks). Empty averages skipped.
11. getfinalassessments: each item's assessments give final marks by `period` name (A.3 Final assessment).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

HERE = Path(__file__).resolve().parent
MSK = timezone(timedelta(hours=3))
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def method_and_query(request: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(request)
    path = parts.path.rstrip("/").rsplit("/", 1)[-1]
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    return unquote(path), query


def entries(students) -> list[dict]:
    if isinstance(students, dict):
        return list(students.values())
    return list(students or [])


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "__yes")
    return bool(value)


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def number(value):
    if value is None or value == "":
        return None
    f = float(value)
    return int(f) if f == int(f) else f


def iso(ymd: str) -> str:
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def hhmm(value) -> str | None:
    return value[:5] if isinstance(value, str) and value else None


def when(pulled: str) -> datetime:
    """A `pulled_at` as an instant; a naive one is the school's local time (Moscow, +03:00)."""
    t = datetime.fromisoformat(pulled) if pulled else datetime.min.replace(tzinfo=MSK)
    return t if t.tzinfo else t.replace(tzinfo=MSK)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    children: dict[str, list[str]] = {}
    class_of: dict[str, str] = {}
    class_teacher: dict[str, tuple[str, str]] = {}
    periods: dict[str, dict[str, tuple[str, str]]] = {}
    lessons: dict[tuple[str, str], dict] = {}  # (pupil, date) -> {num: fact}
    holidays: dict[tuple[str, str], str] = {}
    marks_by_day: dict[tuple[str, str], dict] = {}  # (pupil, date) -> {(lid, nm): mark}
    ever_marks: dict[tuple[str, str, str], dict] = {}
    hw_by_day: dict[tuple[str, str], dict] = {}  # (pupil, date) -> {hw id: fact}
    class_times: dict[tuple[str, str, int], tuple] = {}
    in_getmarks: set = set()
    mtype_null: set = set()
    homework: dict[tuple[str, str], dict] = {}  # (pupil or class:*, hw id) -> fact base
    individual: dict[str, tuple[str, dict]] = {}
    # (pupil, date, lesson_id) -> [(pulled_at, homework ids listed on that lesson, src)], pupils' own answers only
    listed: dict[tuple[str, str, str], list[tuple[str, set, str]]] = {}
    averages: dict[tuple[str, str], tuple[str, str]] = {}
    finals: dict[tuple[str, str, str], tuple[str, str]] = {}

    for step, record in records:
        method, query = method_and_query(record["request"])
        response = record["body"]["response"]
        if response.get("state") != 200:
            continue
        result = response["result"]
        src = f"step {step} `{record['request']}`"
        if method == "getrules":
            parent = text(result.get("id") if result.get("id") is not None else result.get("name"))
            kids = [text(k) for k, v in (result.get("relations") or {}).get("students", {}).items()
                    if v.get("rel") == "child"]
            children[parent] = sorted(kids)
            for k, v in result["relations"]["students"].items():
                class_of[text(k)] = v["class"]
            groups = result["relations"].get("groups") or {}
            for name, g in (groups.items() if isinstance(groups, dict) else []):
                if g.get("rel") == "homeclass":
                    full = g.get("hometeacher_name") or " ".join(
                        g.get(f"hometeacher_{p}") or "" for p in ("lastname", "firstname", "middlename")).strip()
                    if full:
                        class_teacher[name] = (full, f"step {step} `getrules`")
        elif method == "getperiods":
            for st in entries(result.get("students")):
                pupil = query.get("student") or text(st.get("name"))
                for p in st.get("periods") or []:
                    if p.get("start") and p.get("end") and not truthy(p.get("disabled")):
                        seen = periods.setdefault("school", {}).get(p["name"])
                        if seen is None or seen[3] <= record.get("pulled_at", ""):
                            periods["school"][p["name"]] = (iso(p["start"]), iso(p["end"]), src,
                                                            record.get("pulled_at", ""))
        elif method in ("getdiary", "gethomework", "getschedule"):
            if "student" in query:
                targets = [(query["student"], st["days"]) for st in entries(result.get("students"))]
            else:
                targets = [("class:" + query["class"], result["days"])]
            for who, days in targets:
                for key, day in days.items():
                    date = iso(day.get("name") or key)
                    if day.get("alert") == "vacation":
                        holidays[(who, date)] = (day.get("holiday_name"), src)
                        if method != "gethomework":
                            lessons[(who, date)] = {}
                        continue
                    day_lessons, day_marks, day_hw = {}, {}, {}
                    for item in items_of(day):
                        subject = item["name"]
                        if method == "getschedule" and who.startswith("class:"):
                            class_times[(who[6:], date, int(text(item["num"])))] = (
                                hhmm(item.get("starttime")), hhmm(item.get("endtime")))
                        if method != "gethomework":
                            day_lessons[int(text(item["num"]))] = {
                                "subject": subject, "number": int(text(item["num"])), "teacher": item["teacher"],
                                "room": item.get("room"), "topic": item.get("topic"),
                                "starts_at": hhmm(item.get("starttime")), "ends_at": hhmm(item.get("endtime")),
                                "src": src, "num": int(text(item["num"]))}
                        hws = item.get("homework") or {}
                        hws = list(hws.values()) if isinstance(hws, dict) else list(hws)
                        files = item.get("files") or []
                        if isinstance(files, dict):
                            files = files.get("file") or []
                        if not who.startswith("class:"):
                            listed.setdefault((who, date, text(item.get("lesson_id") or item.get("num"))), []).append(
                                (record.get("pulled_at", ""), {text(h.get("id")) for h in hws}, src))
                        for hw in hws:
                            names = [f["filename"] for f in files if text(f.get("toid")) == text(hw["id"])]
                            fact = {"subject": subject, "text": hw["value"], "date": date, "attachments": names,
                                    "src": src}
                            if truthy(hw.get("individual")):
                                fact.update(lid=text(item.get("lesson_id") or item.get("num")),
                                            pulled=record.get("pulled_at", ""))
                                individual[text(hw["id"])] = (who, fact)
                            elif method == "getdiary":
                                day_hw[text(hw["id"])] = fact
                            else:
                                homework[(who, text(hw["id"]))] = fact
                        if method == "getdiary":
                            for a in item.get("assessments") or []:
                                value = a.get("value") or ""
                                if value == "":
                                    continue
                                day_marks[(text(a["lesson_id"]), text(a["nm"]))] = {
                                    "date": iso(a["date"].replace("-", "")) if a.get("date") else date,
                                    "subject": subject, "value": value,
                                    "weight": number(a.get("weight_float")) if number(a.get("weight_float"))
                                    is not None else number(a.get("weight")),
                                    "work_type": a.get("control_type") or None, "comment": a.get("comment") or None,
                                    "counts": truthy(a.get("count")), "src": src}
                    if method != "gethomework":
                        lessons[(who, date)] = day_lessons
                    if method == "getdiary":
                        marks_by_day[(who, date)] = day_marks
                        hw_by_day[(who, date)] = day_hw
                        for k, m in day_marks.items():
                            ever_marks[(who, *k)] = m
        elif method == "getmarks":
            for st in entries(result.get("students")):
                pupil = query.get("student") or text(st.get("name"))
                for subj in st.get("lessons") or []:
                    for row in subj.get("marks") or []:
                        key = (pupil, text(row.get("lesson_id")), text(row.get("nm")))
                        in_getmarks.add(key)
                        if "mtype" in row and row["mtype"] is None:
                            mtype_null.add(key)
                    avg = subj.get("average")
                    if avg not in (None, ""):
                        averages[(pupil, subj["name"])] = (text(avg), src)
        elif method == "getfinalassessments":
            for st in entries(result.get("students")):
                pupil = query.get("student") or text(st.get("name"))
                for item in st.get("items") or []:
                    for a in item.get("assessments") or []:
                        if a.get("value"):
                            finals[(pupil, item["name"], a["period"])] = (a["value"], src)

    pupils = sorted(class_of)
    facts = []
    for parent, kids in sorted(children.items()):
        facts.append({"id": f"children-{parent}", "kind": "children", "guardian": {"parent": parent},
                      "children": [{"student": k} for k in kids],
                      "why": "step 01 getrules: relations.students rel child; unknown keys, ids as numbers "
                             "(A.3 getrules, A.4)"})
    for cls, (teacher, src) in sorted(class_teacher.items()):
        facts.append({"id": f"class-teacher-{cls}", "kind": "class_teacher", "class": {"class": cls},
                      "teacher": teacher, "why": f"{src}: relations.groups homeclass hometeacher_*, hometeacher_id a "
                                                 "string and a number, new group keys (A.3 getrules, A.4)"})
    for pupil in pupils:
        for name, (start, end, src, _) in sorted(periods.get("school", {}).items()):
            facts.append({"id": f"period-{pupil}-{name}", "kind": "period", "student": {"student": pupil},
                          "name": name, "starts_on": start, "ends_on": end,
                          "why": f"{src}: dated period, disabled/ambigious in another spelling (A.3 Period)"})

    def class_fold(table: dict) -> dict:
        """Class answers reach every pupil of the class; a pupil's own answer wins."""
        out = {}
        for (who, key), value in table.items():
            if who.startswith("class:"):
                for pupil in pupils:
                    if class_of[pupil] == who[6:]:
                        out.setdefault((pupil, key), value)
        for (who, key), value in table.items():
            if not who.startswith("class:"):
                out[(who, key)] = value
        return out

    for (pupil, date), (name, src) in sorted(class_fold(holidays).items()):
        facts.append({"id": f"holiday-{pupil}-{date}", "kind": "holiday", "student": {"student": pupil},
                      "date": date, "name": name, "why": f"{src}: alert vacation, holiday_name (A.3 Day)"})
    own = {k: v for k, v in lessons.items() if not k[0].startswith("class:")}
    for (pupil, date), day in sorted(own.items()):
        if not day:
            for subject in ("Алгебра", "Русский язык", "История"):
                facts.append({"id": f"no-lesson-{pupil}-{date}-{subject}", "kind": "no_lesson",
                              "student": {"student": pupil}, "date": date, "subject": subject,
                              "why": "a vacation day makes no lessons (A.3 Day alert vacation)"})
            continue
        for num, l in sorted(day.items()):
            times = class_times.get((class_of[pupil], date, num), (None, None))
            l["starts_at"] = l["starts_at"] or times[0]
            l["ends_at"] = l["ends_at"] or times[1]
            fact = {"id": f"lesson-{pupil}-{date.replace('-', '')}-{num}", "kind": "lesson",
                    "student": {"student": pupil}, "date": date, "subject": l["subject"], "number": num,
                    "teacher": l["teacher"]}
            for k in ("room", "topic", "starts_at", "ends_at"):
                if l[k] not in (None, ""):
                    fact[k] = l[k]
            fact["why"] = f"{l['src']}: lesson item with unknown keys beside the listed ones (A.3 Lesson item)"
            facts.append(fact)
    marks = {(pupil, *k): m for (pupil, _), day in marks_by_day.items() for k, m in day.items()}
    for key, m in sorted(ever_marks.items()):
        if key not in marks and key not in in_getmarks:
            pupil, lid, nm = key
            same = [x for k, x in marks.items() if k[0] == pupil and x["date"] == m["date"]
                    and x["subject"] == m["subject"] and x["value"] == m["value"]]
            if not same:
                facts.append({"id": f"no-mark-{pupil}-{lid}-{nm}", "kind": "no_mark", "student": {"student": pupil},
                              "date": m["date"], "subject": m["subject"], "value": m["value"],
                              "why": f"{m['src']} held it; the later answer for that day (step 07, a full URL with "
                                     "unknown query parameters) and getmarks lack it: deleted (A.1 days, A.3 Day)"})
    for (pupil, lid, nm), m in sorted(marks.items()):
        base = {"student": {"student": pupil}, "date": m["date"], "subject": m["subject"]}
        if m["value"] in ATTENDANCE:
            facts.append({"id": f"attendance-{pupil}-{lid}-{nm}", "kind": "attendance", **base, "code": m["value"],
                          "meaning": ATTENDANCE[m["value"]],
                          "why": f"{m['src']}: absence pseudo-mark (A.3 Absent, A.6)"})
            facts.append({"id": f"no-mark-{pupil}-{lid}-{nm}", "kind": "no_mark", **base, "value": m["value"],
                          "why": "an attendance code is not a mark (A.6)"})
            continue
        fact = {"id": f"mark-{pupil}-{lid}-{nm}", "kind": "mark", **base, "value": m["value"], "weight": m["weight"],
                "counts": m["counts"]}
        if m["work_type"] and (pupil, lid, nm) not in mtype_null:
            fact["work_type"] = m["work_type"]
        if m["comment"]:
            fact["comment"] = m["comment"]
        fact["why"] = f"{m['src']}: assessment with unknown keys (A.3 Assessment, A.6 weights)"
        facts.append(fact)
    for (pupil, _), day in hw_by_day.items():
        for hid, h in day.items():
            homework[(pupil, hid)] = h
    for (pupil, hid), h in sorted(class_fold(homework).items()):
        fact = {"id": f"homework-{pupil}-{hid}", "kind": "homework", "student": {"student": pupil},
                "subject": h["subject"], "text": h["text"], "date": h["date"]}
        if h["attachments"]:
            fact["attachments"] = h["attachments"]
        fact["why"] = f"{h['src']}: homework keyed by id, file by toid, unknown keys on both (A.3 homework, files)"
        facts.append(fact)
    for hid, (who, h) in sorted(individual.items()):
        later = [(pulled, src) for pulled, ids_, src in listed.get((who, h["date"], h["lid"]), [])
                 if when(pulled) > when(h["pulled"]) and hid not in ids_]
        if later:
            pulled, src = max(later, key=lambda x: when(x[0]))
            facts.append({"id": f"no-homework-{who}-{hid}", "kind": "no_homework", "student": {"student": who},
                          "subject": h["subject"], "text": h["text"],
                          "why": f"{h['src']} (pulled {h['pulled']}) lists the individual task on lesson {h['lid']} "
                                 f"of {h['date']}; {src}, pulled later ({pulled}), lists that lesson with no task: "
                                 "a lesson's `homework` lists its tasks keyed by id, `individual` ones in the "
                                 "pupil's own answers (A.3 Lesson item homework), and a listed day is whole "
                                 "(A.3 Day, A.1 days range); the latest pull wins whatever the arrival order"})
        else:
            facts.append({"id": f"homework-{who}-{hid}", "kind": "homework", "student": {"student": who},
                          "subject": h["subject"], "text": h["text"], "date": h["date"],
                          "why": f"{h['src']}: individual task, answer with error \"\" and state 200 (A.1, A.3)"})
        for other in pupils:
            if other != who:
                facts.append({"id": f"no-homework-{other}-{hid}", "kind": "no_homework",
                              "student": {"student": other}, "subject": h["subject"], "text": h["text"],
                              "why": "an individual task is its pupil's only (A.3 homework individual)"})
    for (pupil, subject), (value, src) in sorted(averages.items()):
        facts.append({"id": f"average-{pupil}-{subject}", "kind": "vendor_average", "student": {"student": pupil},
                      "subject": subject, "value": value, "period": "III",
                      "why": f"{src}: average as sent over quarter III's days (A.3 SubjectMarks)"})
    for (pupil, subject, period), (value, src) in sorted(finals.items()):
        facts.append({"id": f"final-{pupil}-{subject}-{period}", "kind": "final_mark", "student": {"student": pupil},
                      "subject": subject, "period": period, "value": value,
                      "why": f"{src}: final assessment with unknown keys (A.3 Final assessment)"})
    ids = [f["id"] for f in facts]
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
