"""Derive the facts a parent must see from journey.json, by the reference's rules. Standard library only; never
imports the hub; deterministic.

Rules (reference `shared/reference/dnevnik_ru.md`, cited §N):
* Ids: the `_str` twin when present, else the integer as written (§1).
* Lessons (§3.4): a lesson of the class is shown on its `date`'s day in slot `number` with `title` as its topic,
  exactly as written (after JSON decoding: no HTML stripped, no entity decoded, no Unicode normalisation), starting
  at the local time of `date` (§2). Its teacher is the `teachers` person, named by `POST users/many` `fullName`
  (§3.9 User). The latest pull of a lesson wins (hub README "Vendor formats"); every pull here holds the same text.
* Homework (§3.2, §3.7): a work of `type` "Homework" is set at its `lesson` (that lesson's date) and due on its
  `targetDate`; its `text` is shown exactly as written; its files are the bundle's `files` with those ids (§3.7),
  named exactly by `name`. Its `tasks` name the pupils it is for (§3.6).
* Reference data named by id (§3.1 `workType` "gives the name and the weight", §3.3; a lesson's `teachers` are
  person ids, §3.4) is shown as its latest pull names it: a renamed work type renames the work type shown on its
  marks, a teacher whose `fullName` changed is shown by the new one on every lesson.
* Marks (§3.1, §5): each mark is the pupil's, on its lesson's date and subject; what the journal shows is
  `textValue` when non-empty, else `value`, as written (§3.1: the raw mark as a string, "maybe letters"; §5 the
  scales mark5, mark6, mark7, mark12, markabcdf). Its work type is the `workType`'s standalone `title` and its
  weight the work type's `weight` (§3.1 "No weight on the mark itself", §3.3). Whether it counts (`use_avg_calc`)
  is stated only for the five-point scale (the only scale §5 confirms; the hub's README lists no 6/7/12-point or
  letter scale, so how it would count them is not settled).
* Attendance (§3.5, §6): the status is the journal's code; `Absent`/`Ill`/`Late` mean absent/ill/late; `Pass` by
  code only (its meaning is disputed, §6, §11); `Attend` means present with no code.
* A later pull of a lesson or work replaces its title or text (hub README "Vendor formats": the latest pull
  wins), even when the two differ only by е/ё or by HTML entities written as characters: the earlier text is then
  not shown (`no_homework`).
* Guardians (§3.9): `users/{u}/context` `children`, the guardian being the context's `personId`.
* Class teacher (§3.9): `edu-groups/{g}/classteacher` (a Person), named "Last First Middle", a missing (null)
  middle name leaving "Last First".
* Periods (§3.12): `reporting-period-group` periods, midnight dates as dates (§2).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(obj, key):
    v = obj.get(f"{key}_str")
    return v if v not in (None, "") else (None if obj.get(key) is None else str(obj[key]))


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"], r) for step in journey["steps"] for b in step["batches"] for r in b]
    users, lessons, works, wtypes, files, subjects = {}, {}, {}, {}, {}, {}
    marks, log, contexts, classteacher, periods, roster = [], [], [], None, [], []
    superseded = []
    for step, r in records:
        req, body = r["request"], r["body"]
        path = req.split(" ", 1)[1].split("?")[0]
        if path.endswith("/users/many"):
            for u in body:
                users[sid(u, "personId")] = u["fullName"]
        elif re.search(r"/work-types/\d+$", path):
            for w in body:
                wtypes[sid(w, "id")] = w
        elif re.search(r"/edu-groups/\d+/persons$", path):
            roster = [sid(p, "id") for p in body]
        elif re.search(r"/edu-groups/\d+/classteacher$", path):
            classteacher = (path.split("/")[-2], body)
        elif path.endswith("/reporting-period-group"):
            periods = body["reportingPeriods"]
        elif re.search(r"/users/\d+/context$", path):
            contexts.append(body)
        elif re.search(r"/edu-groups/\d+/lessons/", path) or re.search(r"/lessons/\d+$", path):
            for lesson in body if isinstance(body, list) else [body]:
                lessons[sid(lesson, "id")] = {"step": step, **lesson}
                subjects[sid(lesson["subject"], "id")] = lesson["subject"]["name"]
                for w in lesson["works"]:
                    works[sid(w, "id")] = w
        elif "/homeworks" in path:
            for f in body["files"]:
                files[sid(f, "id")] = f["name"]
            for w in body["works"]:
                # a bundle lists the tasks of its pupil only: keep the union of the pupils named
                old = works.get(sid(w, "id"))
                tasks = {sid(t, "person") for t in w["tasks"]}
                if old:
                    tasks |= {sid(t, "person") for t in old["tasks"]}
                works[sid(w, "id")] = {**w, "tasks": [{"person": p} for p in sorted(tasks)]}
            for sj in body["subjects"]:
                subjects[str(sj["id"])] = sj["name"]
        elif re.search(r"/works/\d+$", path):
            old = works.get(sid(body, "id"))
            if old and old["text"] != body["text"]:
                superseded.append((old, body["text"]))
            works[sid(body, "id")] = {**body, "tasks": works.get(sid(body, "id"), body)["tasks"]}
        elif re.search(r"/marks/", path) or path.endswith("/marks"):
            for m in body:  # the same mark from two answers is one mark (its id, §3.1)
                marks = [x for x in marks if sid(x, "id") != sid(m, "id")] + [m]
        elif "lesson-log-entries" in path:
            log += body

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **kw, "why": why})

    for lid, lesson in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
        for p in roster:
            add("lesson", f"lesson {lid} (§3.4): title as written, date/number (§2), teacher "
                          f"{lesson['teachers'][0]} by users/many fullName (§3.9)",
                student={"person": p}, subject=lesson["subject"]["name"], date=lesson["date"][:10],
                number=lesson["number"], topic=lesson["title"], starts_at=lesson["date"][11:16],
                teacher=users[str(lesson["teachers"][0])])
    for wid, w in sorted(works.items()):
        if w["type"] != "Homework":
            continue
        lesson = lessons[sid(w, "lesson")]
        names = [files[str(f)] for f in w.get("files") or [] if str(f) in files]
        for t in w["tasks"]:
            kw = dict(student={"person": t["person"]}, subject=subjects[str(w["subjectId"])], text=w["text"],
                      date=lesson["date"][:10], due=w["targetDate"][:10])
            if names:
                kw["attachments"] = names
            add("homework", f"Homework work {wid} (§3.2): text as written, set at lesson {sid(w, 'lesson')}, due "
                            f"targetDate; tasks name the pupil (§3.6); files from the bundle's files (§3.7)", **kw)
    for old, new in superseded:
        for t in old["tasks"]:
            add("no_homework", f"work {sid(old, 'id')}'s text was replaced by a later pull (latest pull wins, hub "
                               f"README 'Vendor formats'; §3.2 text): the earlier text is no longer shown",
                student={"person": sid(t, "person")}, subject=subjects[str(old["subjectId"])], text=old["text"])
    for m in sorted(marks, key=lambda m: sid(m, "id")):
        lesson = lessons[sid(m, "lesson")]
        work = works[sid(m, "work")]
        wt = wtypes[str(m["workType"])]
        shown = m.get("textValue") or m["value"]
        kw = dict(student={"person": sid(m, "person")}, subject=lesson["subject"]["name"], date=lesson["date"][:10],
                  value=shown, work_type=wt["title"], weight=wt["weight"])
        if m["type"].lower() == "mark5":  # §5: the casing of the scale key is unconfirmed
            kw["counts"] = m["use_avg_calc"]
        add("mark", f"mark {sid(m, 'id')} ({m['type']}, §5; work markType {work['markType']}): "
                    f"textValue/value as written (§3.1); work type title and weight from work-types (§3.3)", **kw)
    for e in log:
        lesson = lessons[sid(e, "lesson")]
        kw = dict(student={"person": sid(e, "person")}, subject=lesson["subject"]["name"], date=lesson["date"][:10],
                  number=lesson["number"])
        st = e["status"]
        if st == "Attend":
            kw["meaning"] = "present"
        elif st == "Pass":
            kw["code"] = "Pass"
        else:
            kw["code"] = st
            kw["meaning"] = {"Absent": "absent", "Ill": "ill", "Late": "late"}[st]
        add("attendance", f"log entry ({sid(e, 'lesson')}, {sid(e, 'person')}) status {st} (§3.5, §6)", **kw)
    for c in contexts:
        add("children", "users/{u}/context children (§3.9); the guardian is the context's personId",
            guardian={"person": sid(c, "personId")},
            children=[{"person": sid(ch, "personId")} for ch in c["children"]])
    if classteacher:
        g, p = classteacher
        name = " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)
        add("class_teacher", "edu-groups/{g}/classteacher Person (§3.9): Last First [Middle], names as written "
                             "(ё kept, hyphens kept, no middle name)", group={"group": g}, teacher=name)
    for rp in periods:
        if rp["number"] == 4:
            add("period", "reporting-period-group (§3.12), midnight dates (§2)", student={"person": roster[0]},
                name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
