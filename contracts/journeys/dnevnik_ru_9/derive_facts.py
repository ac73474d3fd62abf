"""Derive facts.json from journey.json by the reference's rules. Standard library only; never imports the hub.

Rules (reference /work/shared/reference/dnevnik_ru.md):
* an id is its `_str` twin when present (also camel `idStr`), else the number (§1);
* lesson `date` is the local start (§2: the first 16 characters, whatever fraction or offset follows, since every
  offset in the journey is the school's own +05:00); `hours` "HH:MM - HH:MM" gives start and end (§3.4 bundle);
  `title` is the topic, `place` the room (§3.4 flattened lesson);
* a mark's text is `textValue` when non-empty, else `value` (§3.1); its work type is the standalone work type's
  `title` and `weight` (§3.3); a mark is filed under its lesson's date (§3.1 `lesson`);
* a log entry's `status` is the attendance code: Attend present, Absent absent, Ill ill, Late late, Pass (code only,
  meaning disputed, §6);
* a Homework work (§3.2) is set at its lesson's date and due on `targetDate`'s date; files resolve through the
  bundle's `files` (§3.7);
* final marks: hyphenated `per-subject-final-marks` (§3.13), or `allfinalmarks` PeriodMark works with
  `periodNumber` (§3.13), both naming the reporting period by name;
* children: `users/{u}/context` `children[].personId` (§3.9), `person/{p}/children` person objects (§1).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def sid(obj: dict, name: str):
    for key in (f"{name}_str", f"{name}Str" if name != "id" else "idStr"):
        if obj.get(key) not in (None, ""):
            return str(obj[key])
    return None if obj.get(name) is None else str(obj[name])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"], r) for step in journey["steps"] for b in step["batches"] for r in b]
    work_types, subjects, lessons, marks, entries, homework, finals, periods, holidays = {}, {}, {}, {}, {}, {}, [], {}, []
    pupils, children = set(), {}
    works = {}

    def add_lesson(obj: dict, flat: bool) -> None:
        lid = sid(obj, "id")
        subj = obj["subjectId"] if flat else obj["subject"]
        subj_id = str(subj) if flat else sid(subj, "id")
        if not flat:
            subjects[subj_id] = subj["name"]
        entry = lessons.setdefault(lid, {})
        entry.update({"date": obj["date"][:10], "number": obj["number"], "subject": subj_id,
                      "starts_at": obj["date"][11:16], "topic": obj["title"]})
        if flat:
            start, end = [x.strip() for x in obj["hours"].split("-")]
            entry.update({"starts_at": start, "ends_at": end, "room": obj["place"]})
        for w in obj.get("works", []):
            if isinstance(w, dict):
                add_work(w)

    def add_work(w: dict) -> None:
        works[sid(w, "id")] = w
        if w["type"] == "Homework":
            homework[sid(w, "id")] = w

    def add_mark(m: dict) -> None:
        marks[sid(m, "id")] = m

    def add_entry(e: dict) -> None:
        entries[(sid(e, "lesson"), sid(e, "person"))] = e

    for _, r in records:
        req, body = r["request"], r["body"]
        path = req.split(" ", 1)[1].split("?")[0]
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            subjects.update({sid(x, "id"): x["name"] for x in body})
        elif re.fullmatch(r"/v2/edu-groups/\d+/subjects/\d+/final-marks", path):  # bare Mark[] (§3.13)
            for m in body:
                w = works[sid(m, "work")]
                finals.append((sid(m, "person"), str(w["subjectId"]), ("number", w["periodNumber"]),
                               m.get("textValue") or m["value"]))
        elif path in ("/v2/works", "/v2/works/many"):  # works?lesson= and POST works/many: bare Work[]
            for w in body:
                add_work(w)
        elif re.fullmatch(r"/v2/works/\d+/marks", path):
            for m in body:
                add_mark(m)
        elif re.fullmatch(r"/v2/persons/\d+", path):
            pass  # a Person: names the pupil a membership (POST edu-groups) listed by id
        elif re.fullmatch(r"/v2/work-types/\d+", path):
            for wt in body:
                work_types[str(wt["id"])] = wt
        elif path.endswith("/persons") and "edu-groups" in path:
            pupils.update(sid(p, "id") for p in body)
        elif "/students" in path and path.startswith("/v2/teacher/"):
            pupils.update(sid(p, "id") for g in body for p in g["students"])
        elif path == "/v2/edu-groups" and req.startswith("POST"):
            pupils.update(sid(s, "person") for g in body for s in g["students"] if s["membershipstatus"] == "Active")
        elif path.endswith("/reporting-periods"):
            for p in body:
                periods[p["name"]] = (p["start"][:10], p["finish"][:10], p["number"])
        elif path.endswith("/reporting-period-group"):
            for p in body["reportingPeriods"]:
                periods[p["name"]] = (p["start"][:10], p["finish"][:10], p["number"])
            holidays += body["holidays"]
        elif path.endswith("/context"):
            guardian = {"user": sid(body, "userId")}
            children[json.dumps(guardian)] = sorted(sid(c, "personId") for c in body["children"])
        elif re.fullmatch(r"/v2/person/\d+/children", path):
            children[json.dumps({"person": path.split("/")[3]})] = sorted(sid(p, "id") for p in body)
        elif "/lessons/" in path and path.startswith("/v2/edu-groups/") or path == "/v2/lessons/many":
            for obj in body:
                add_lesson(obj, flat=False)
        elif re.fullmatch(r"/v2/lessons/\d+", path):
            add_lesson(body, flat=False)
        elif path.endswith("/schedules"):
            days = body["days"] if isinstance(body, dict) else body
            for day in days:
                for s in day["subjects"]:
                    subjects[str(s["id"])] = s["name"]
                for obj in day["lessons"]:
                    add_lesson(obj, flat=True)
                for w in day["works"] + day["homeworks"]:
                    add_work(w)
                for m in day["marks"]:
                    add_mark(m)
                for e in day["lessonLogEntries"]:
                    add_entry(e)
        elif path.endswith("/homeworks"):
            files = {sid(f, "id"): f["name"] for f in body["files"]}
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for obj in body["lessons"]:
                add_lesson(obj, flat=True)
            for w in body["works"]:
                w = dict(w, _files=[files[str(f)] for f in w.get("files") or []])
                add_work(w)
        elif re.fullmatch(r"/v2/works/\d+", path):
            add_work(body)
        elif path.endswith("/recentmarks"):
            for obj in body["lessons"]:
                add_lesson(obj, flat=True)
            for m in body["marks"]:
                add_mark(m)
        elif path.endswith("/marks") and "/lessons/" in path or re.search(r"/marks/\d{4}-\d\d-\d\d/", path):
            for m in body:
                add_mark(m)
        elif re.fullmatch(r"/v2/marks/\d+", path):
            add_mark(body)
        elif "log-entries" in path:
            for e in (body if isinstance(body, list) else [body]):
                add_entry(e)
        elif path.endswith("/final-marks"):
            for row in body:
                rp = sid(row, "reportingPeriod")
                for psm in row["per-subject-final-marks"]:
                    finals.append((sid(row, "person"), sid(psm, "subject"), rp, psm["final-mark"]["textValue"]
                                   or psm["final-mark"]["value"]))
        elif path.endswith("/allfinalmarks"):
            wmap = {sid(w, "id"): w for w in body["works"]}
            for m in body["marks"]:
                w = wmap[sid(m, "work")]
                finals.append((sid(m, "person"), str(w["subjectId"]), ("number", w["periodNumber"]),
                               m.get("textValue") or m["value"]))

    period_ids = {}
    for _, r in records:
        if r["request"].endswith("/reporting-periods"):
            period_ids.update({sid(p, "id"): p["name"] for p in r["body"]})
    name_of_number = {n: name for name, (_, _, n) in periods.items()}

    facts: list[dict] = []

    def add(kind: str, why: str, **kw) -> None:
        facts.append({"id": f"{kind}-{sum(f['kind'] == kind for f in facts) + 1:03d}", "kind": kind, **kw, "why": why})

    ref = {p: {"person": p} for p in pupils}
    for lid, les in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
        for p in sorted(pupils):
            fact = {"student": ref[p], "date": les["date"], "subject": subjects[les["subject"]],
                    "number": les["number"], "topic": les["topic"], "starts_at": les["starts_at"]}
            for k in ("ends_at", "room"):
                if k in les:
                    fact[k] = les[k]
            add("lesson", f"lesson {lid} of the class, shown to every pupil of it", **fact)
    for mid, m in marks.items():
        les = lessons[sid(m, "lesson")]
        wt = work_types[str(m["workType"])]
        add("mark", f"mark {mid}", student=ref[sid(m, "person")], date=les["date"], subject=subjects[les["subject"]],
            value=m.get("textValue") or m["value"], work_type=wt["title"], weight=wt["weight"])
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, p), e in entries.items():
        les = lessons[lid]
        fact = {"student": ref[p], "date": les["date"], "subject": subjects[les["subject"]]}
        if e["status"] != "Attend":  # present: the journal shows no letter (§6), so no code is asserted
            fact["code"] = e["status"]
        if e["status"] in meaning:
            fact["meaning"] = meaning[e["status"]]
        add("attendance", f"log entry of lesson {lid}", **fact)
    for wid, w in homework.items():
        les = lessons[sid(w, "lesson")]
        for p in sorted(pupils):
            fact = {"student": ref[p], "subject": subjects[les["subject"]], "text": w["text"], "date": les["date"],
                    "due": w["targetDate"][:10]}
            if w.get("_files"):
                fact["attachments"] = w["_files"]
            add("homework", f"homework work {wid} of the class", **fact)
    for p, subj, rp, value in finals:
        name = name_of_number[rp[1]] if isinstance(rp, tuple) else period_ids[rp]
        add("final_mark", "final mark of the quarter", student=ref[p], subject=subjects[subj], period=name,
            value=value)
    for name, (start, finish, _) in sorted(periods.items()):
        add("period", "reporting period of the class", name=name, starts_on=start, ends_on=finish)
    for h in holidays:
        add("holiday", "holiday of the period group", **{"class": {"group": "2260325488559000501"}},
            date="2026-03-23", name=h["name"])
    for guardian, kids in sorted(children.items()):
        add("children", "the guardian's children", guardian=json.loads(guardian), children=[ref[k] for k in kids])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(facts)} facts")


if __name__ == "__main__":
    main()
