"""Derives facts.json of Dnevnik.ru journey 16 from journey.json. Standard library only; never imports the hub.

Rules (reference /work/shared/reference/dnevnik_ru.md; hub README "Vendor formats" for the envelope's pulled_at):

R1 (§7 polling, README "latest pull wins"): every answer is the vendor's state at its `pulled_at`; per entity and
   field the statement with the latest `pulled_at` holds (ties: the later arrival). An answer pulled earlier and
   delivered late (the retry of step 9) changes nothing a later pull stated.
R2 (§3.11, §3.4): a subject is its id. Its name is what the latest answer naming that id says: the school's
   subjects list (`schools/{s}/subjects`) or a lesson's embedded `subject {id, name}`. A renamed subject keeps its
   id, so every lesson and mark of it, before and after, shows the current name; the old name shows nowhere.
   Two subjects with the same name and different ids (knowledge areas) stay two subjects, each lesson with its own
   teacher and slot.
R3 (§1 User vs Person, §3.4 `teachers` are person ids, §3.9): a teacher is a person id; the lesson names the
   teacher by its first `teachers` id; the name is that person's latest stated name, "Last First Middle", from
   `persons/{p}`, `edu-groups/{g}/classteacher` (a Person), PascalCase `schools/{s}/teachers` or a User's
   `fullName` (`POST users/many`; User and Person are the same human, §1). The latest pull wins whichever shape
   states it (R1): a User `fullName` pulled before the marriage does not outlive a Person pulled after it. A surname
   changed by marriage therefore shows on every lesson of hers, before and after. A teacher missing from a later
   teachers list (she left) still names the lessons she taught: the lessons keep their `teachers` ids.
R4 (§3.9 `edu-groups/{g}/classteacher`): the class teacher is the Person of the latest pulled classteacher answer.
R5 (§1: marks, log entries, membership reference the person id): a pupil is a person id. A corrected first name
   changes nothing of what is filed under the id; two pupils with the same full name are two pupils: each one's
   diary shows only the marks filed under their own id.
R6 (§3.9 context `children`; hub README: guardian id = the parent's person id): a parent's children are the
   latest pulled context's `children` person ids. A person who is a teacher (EduStaff) and a parent (EduParent)
   is both: she names a lesson as its teacher and reads her child's diary as a guardian.
R7 (§3.1, §3.2, §3.5, §6): a mark is filed under its lesson's date, shown as its `value`/`textValue`; a homework
   Work (`type: Homework`) is shown with its `text`, set on its lesson's date, due on `targetDate`; a log entry's
   status Attend/Absent/Ill/Late is present/absent/ill/late with the status as the code.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def s(v):
    return None if v is None else str(v)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [r for st in journey["steps"] for b in st["batches"] for r in b]
    state = {}  # key -> (pulled_at, arrival, value)

    def put(key, when, i, value):
        old = state.get(key)
        if old is None or (when, i) >= (old[0], old[1]):
            state[key] = (when, i, value)

    for i, r in enumerate(records):
        req, body, when = r["request"], r["body"], r.get("pulled_at", "")
        path = req.split(" ", 1)[1].split("?")[0].replace("/v2.0/", "/v2/")
        parts = path.strip("/").split("/")[1:]
        if parts[0] == "schools" and parts[-1] == "subjects":
            for x in body:
                put(("subject", s(x["id"])), when, i, x["name"])
        elif parts[0] == "schools" and parts[-1] == "teachers":
            for x in body:
                put(("teacher", x["IdStr"]), when, i, " ".join(filter(None, (x["LastName"], x["FirstName"],
                                                                             x["MiddleName"]))))
        elif parts[0] == "users" and parts[-1] == "many":
            for x in body:
                put(("teacher", x["personId_str"]), when, i, x["fullName"])
        elif parts[0] == "persons" and len(parts) == 2:
            put(("teacher", body["id_str"]), when, i,
                " ".join(filter(None, (body["lastName"], body["firstName"], body["middleName"]))))
        elif parts[0] == "edu-groups" and parts[-1] == "classteacher":
            name = " ".join(filter(None, (body["lastName"], body["firstName"], body["middleName"])))
            put(("teacher", body["id_str"]), when, i, name)
            put(("classteacher", parts[1]), when, i, name)
        elif parts[0] == "edu-groups" and len(parts) == 5 and parts[2] == "lessons":
            for x in body:
                put(("lesson", x["id_str"]), when, i, x)
                put(("subject", x["subject"]["id_str"]), when, i, x["subject"]["name"])
        elif parts[0] == "lessons" and parts[-1] == "works":
            for x in body:
                put(("work", x["id_str"]), when, i, x)
        elif parts[0] == "lessons" and parts[-1] == "marks":
            for x in body:
                put(("mark", x["id_str"]), when, i, x)
        elif parts[0] == "lessons" and parts[-1] == "log-entries":
            for x in body:
                put(("log", x["lesson_str"], x["person_str"]), when, i, x)
        elif parts[0] == "users" and parts[-1] == "context":
            put(("children", body["personId_str"]), when, i, [s(c["personId"]) for c in body["children"]])
        elif parts[0] == "edu-groups" and parts[-1] == "persons":
            put(("pupils", parts[1]), when, i, [x["id_str"] for x in body])

    val = {k: v[2] for k, v in state.items()}
    subject = lambda sid: val[("subject", s(sid))]
    teacher = lambda pid: val.get(("teacher", s(pid)))
    lessons = {k[1]: v for k, v in val.items() if k[0] == "lesson"}
    group = next(k[1] for k in val if k[0] == "pupils")
    pupils = val[("pupils", group)]
    children = {k[1]: v for k, v in val.items() if k[0] == "children"}
    facts = []

    def add(prefix, **f):
        n = sum(1 for x in facts if x["id"].startswith(prefix + "-")) + 1
        facts.append({"id": f"{prefix}-{n:03d}", **f})

    # every lesson as the pupil read by the substitute-parent (P3) and by the namesake's parent (P5) sees it
    readers = [c for kids in children.values() for c in kids]
    for pupil in sorted(set(readers)):
        for lid, x in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
            t = x["teachers_str"][0]
            add("lesson", kind="lesson", student={"person": pupil}, subject=subject(x["subject"]["id"]),
                date=x["date"][:10], number=x["number"], topic=x["title"], starts_at=x["date"][11:16],
                teacher=teacher(t),
                why=f"lesson {lid} (§3.4) of class {group}; subject {x['subject']['id_str']} by its latest name "
                    f"(R2, §3.11); teacher person {t} by the latest name stated for that person (R3, §3.9)")
    # the old name of a renamed subject shows nowhere
    for sid in sorted({x["subject"]["id_str"] for x in lessons.values()}):
        old = {y["subject"]["name"] for r in records if "/lessons/" in r["request"] and isinstance(r["body"], list)
               for y in r["body"] if isinstance(y, dict) and y.get("subject", {}).get("id_str") == sid}
        old |= {y["name"] for r in records if r["request"].endswith("/subjects") for y in r["body"]
                if y["id_str"] == sid}
        for stale in sorted(old - {subject(sid)}):
            for lid, x in sorted(lessons.items()):
                if x["subject"]["id_str"] == sid:
                    add("no-lesson", kind="no_lesson", student={"person": sorted(set(readers))[0]}, subject=stale,
                        date=x["date"][:10], number=x["number"],
                        why=f"subject {sid} was renamed to «{subject(sid)}» (same id, R2, §3.11): no lesson shows "
                            f"the stale name «{stale}»")
    works = {k[1]: v for k, v in val.items() if k[0] == "work"}
    marks = [v for k, v in sorted(val.items()) if k[0] == "mark"]
    by_pupil_day = {}
    for m in marks:
        lesson = lessons[m["lesson_str"]]
        day, subj = lesson["date"][:10], subject(lesson["subject"]["id"])
        by_pupil_day.setdefault((m["person_str"], day, subj), set()).add(m["textValue"] or m["value"])
        add("mark", kind="mark", student={"person": m["person_str"]}, subject=subj, date=day,
            value=m["textValue"] or m["value"], work_type="Работа на уроке", weight=1, counts=True,
            why=f"mark {m['id_str']} of person {m['person_str']} on lesson {m['lesson_str']} (R5, R7, §3.1)")
    # two pupils with the same full name: neither shows the other's marks
    named = {}
    for r in records:
        if r["request"].split("?")[0].endswith("/persons") and isinstance(r["body"], list):
            for x in r["body"]:
                named.setdefault((x["lastName"], x["firstName"], x["middleName"]), set()).add(x["id_str"])
    for full, ids in sorted(named.items()):
        if len(ids) < 2:
            continue
        for a in sorted(ids):
            for b in sorted(ids - {a}):
                for (p, day, subj), values in sorted(by_pupil_day.items()):
                    if p != b:
                        continue
                    for v in sorted(values - by_pupil_day.get((a, day, subj), set())):
                        add("no-mark", kind="no_mark", student={"person": a}, subject=subj, date=day, value=v,
                            why=f"{' '.join(full)} is two pupils ({a}, {b}); mark {v} is {b}'s, filed under his "
                                f"person id (R5, §1, §3.1)")
    for w in sorted(works.values(), key=lambda w: w["id_str"]):
        if w["type"] != "Homework":
            continue
        lesson = lessons[w["lesson_str"]]
        for pupil in sorted(set(readers)):
            add("homework", kind="homework", student={"person": pupil}, subject=subject(lesson["subject"]["id"]),
                text=w["text"], date=lesson["date"][:10], due=w["targetDate"][:10],
                why=f"Homework work {w['id_str']} (§3.2) on lesson {w['lesson_str']}, its subject by the latest "
                    f"name (R2, R7)")
    for k, e in sorted(val.items()):
        if k[0] != "log":
            continue
        lesson = lessons[e["lesson_str"]]
        f = dict(kind="attendance", student={"person": e["person_str"]}, subject=subject(lesson["subject"]["id"]),
                 date=lesson["date"][:10], number=lesson["number"], meaning=MEANING[e["status"]])
        if e["status"] != "Attend":
            f["code"] = e["status"]
        add("attendance", **f, why=f"log entry ({e['lesson_str']}, {e['person_str']}) status {e['status']} "
                                   f"(§3.5, §6, R7)")
    for parent, kids in sorted(children.items()):
        add("children", kind="children", guardian={"person": parent}, children=[{"person": c} for c in kids],
            why=f"latest pulled users/{{u}}/context of person {parent}: children {kids} (R6, §3.9); a context "
                f"pulled earlier and delivered late changes nothing (R1)")
    for g, name in sorted((k[1], v) for k, v in val.items() if k[0] == "classteacher"):
        add("class-teacher", kind="class_teacher", group={"group": g}, teacher=name,
            why="the latest pulled edu-groups/{g}/classteacher (§3.9, R4); the 2026-09-13 answer delivered late "
                "by the retry does not bring the old class teacher back (R1)")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), kinds)


if __name__ == "__main__":
    main()
