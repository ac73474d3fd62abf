"""Derive what a parent must (and must not) see from journey.json, by the Dnevnik.ru reference only.

Standard library only; deterministic; does not import the hub. Run: python derive_facts.py (writes facts.json).
Every id is read from its `_str` twin first (§1: ids above 2^53 may be corrupted in the numeric field; a Java client
spells twins camel, `lessonStr` / `idStr`), else from the number.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def sid(obj: dict, key: str) -> str | None:
    """The id under key, from its twin first (§1)."""
    camel = key + "Str" if key != "id" else "idStr"
    for k in (key + "_str", camel):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    return None if obj.get(key) is None else str(obj[key])


def path_of(request: str) -> tuple[str, str, dict[str, str]]:
    method, url = request.split(" ", 1)
    url = re.sub(r"^https?://[^/]+", "", url)
    url = re.sub(r"^/v2(\.0)?/", "", url).lstrip("/")
    path, _, query = url.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    return method, path, params


subjects: dict[str, str] = {}      # subject id -> name
teachers: dict[str, str] = {}      # person id -> "Last First Middle"
lessons: dict[str, dict] = {}      # lesson id -> {date, time, number, subject, teacher, title, ends, room, src}
worktypes: dict[str, dict] = {}    # id -> {title, weight}
works: dict[str, dict] = {}
marks: dict[str, dict] = {}
logs: dict[tuple[str, str], dict] = {}
finals: dict[tuple[str, str, str], dict] = {}  # (person, subject, period name)
averages: list[dict] = []
periods: dict[str, dict] = {}
holidays: list[dict] = []
children: dict[str, list[str]] = {}
class_teacher: dict[str, str] = {}
bells: dict[int, tuple[str, str]] = {}
group_of_path: str | None = None


def where(step: str, rec: dict) -> str:
    return f"{step.split('.')[0]}: {rec['request'].split('?')[0]} pulled {rec.get('pulled_at')}"


def name_of(p: dict) -> str:
    return " ".join(x for x in (p.get("lastName") or p.get("LastName"), p.get("firstName") or p.get("FirstName"),
                                p.get("middleName") or p.get("MiddleName")) if x)


def add_work(w: dict, src: str) -> None:
    works[sid(w, "id")] = {"lesson": sid(w, "lesson"), "type": w.get("type"), "workType": str(w.get("workType")),
                           "markCount": w.get("markCount"), "text": w.get("text"), "target": w.get("targetDate"),
                           "subject": str(w.get("subjectId")), "files": w.get("files") or [],
                           "periodType": w.get("periodType"), "periodNumber": w.get("periodNumber"), "src": src}


def add_lesson(l: dict, src: str, flat: bool) -> None:
    lid = sid(l, "id")
    cur = lessons.setdefault(lid, {})
    cur.update({"date": l["date"][:10], "time": l["date"][11:16], "number": l["number"], "title": l["title"],
                "src": cur.get("src") or src})
    if flat:
        cur["subject"] = str(l["subjectId"])
        cur["teacher"] = str(l["teachers"][0]) if l.get("teachers") else cur.get("teacher")
        if l.get("hours"):
            cur["ends"] = l["hours"].split("-")[1].strip()
        if l.get("place"):
            cur["room"] = l["place"]
    else:
        cur["subject"] = sid(l["subject"], "id")
        subjects.setdefault(cur["subject"], l["subject"]["name"])
        cur["teacher"] = (l.get("teachers_str") or [str(t) for t in l.get("teachers", [])] or [None])[0]
        for w in l.get("works", []):
            add_work(w, src)


def add_mark(m: dict, src: str) -> None:
    marks[sid(m, "id")] = {"person": sid(m, "person"), "work": sid(m, "work"), "lesson": sid(m, "lesson"),
                           "value": m["value"], "text": m.get("textValue"), "date": m.get("date"), "type": m.get("type"),
                           "number": m.get("number"), "workType": str(m.get("workType")),
                           "counts": m.get("use_avg_calc"), "src": src}


def add_log(e: dict, src: str) -> None:
    logs[(sid(e, "lesson"), sid(e, "person"))] = {"status": e["status"], "src": src}


for step in journey["steps"]:
    for batch in step["batches"]:
        for rec in batch:
            method, path, q = path_of(rec["request"])
            body, src = rec["body"], where(step["name"], rec)
            if re.fullmatch(r"schools/\d+/subjects", path):
                for s in body:
                    subjects[sid(s, "id")] = s["name"]
            elif path in ("users/many",) or re.fullmatch(r"users/\d+", path):
                for u in (body if isinstance(body, list) else [body]):
                    teachers[sid(u, "personId")] = u.get("fullName") or name_of(u)
            elif re.fullmatch(r"schools/\d+/teachers", path):
                for t in body:
                    teachers.setdefault(str(t.get("IdStr") or t["Id"]), name_of(t))
            elif re.fullmatch(r"edu-groups/\d+/(teachers|persons)", path) or re.fullmatch(r"persons/\d+", path):
                for p in (body if isinstance(body, list) else [body]):
                    teachers.setdefault(sid(p, "id"), name_of(p))
            elif re.fullmatch(r"edu-groups/\d+/classteacher", path):
                for p in (body if isinstance(body, list) else [body]):
                    class_teacher[path.split("/")[1]] = sid(p, "id")
                    teachers.setdefault(sid(p, "id"), name_of(p))
            elif re.fullmatch(r"users/\d+/context", path):
                children[sid(body, "userId")] = [sid(c, "personId") for c in body.get("children", [])]
            elif re.fullmatch(r"work-types/\d+", path):
                for t in body:
                    worktypes[sid(t, "id")] = {"title": t["title"], "weight": t["weight"]}
            elif re.fullmatch(r"edu-groups/\d+/reporting-periods", path):
                for p in body:
                    periods[sid(p, "id")] = {"name": p["name"], "start": p["start"][:10], "finish": p["finish"][:10],
                                             "type": p["type"], "number": p["number"], "src": src}
            elif re.fullmatch(r"edu-groups/\d+/reporting-period-group", path):
                for h in body["holidays"]:
                    holidays.append({"name": h["name"], "start": h["dateStart"][:10], "finish": h["dateFinish"][:10],
                                     "group": path.split("/")[1], "src": src})
            elif re.fullmatch(r"edu-groups/\d+/timetables", path):
                for t in body:
                    for it in t["Items"]:
                        bells[it["LessonNumber"]] = (it["Start"], it["Finish"])
            elif re.fullmatch(r"edu-groups/\d+(/subjects/\d+)?/lessons/[^/]+/[^/]+", path) or path == "lessons/many" \
                    or re.fullmatch(r"lessons/\d+", path):
                for l in (body if isinstance(body, list) else [body]):
                    add_lesson(l, src, flat=False)
            elif re.fullmatch(r"lessons/\d+/works", path) or path in ("works", "works/many") or re.fullmatch(r"works/\d+", path):
                for w in (body if isinstance(body, list) else [body]):
                    add_work(w, src)
            elif path.endswith("/schedules"):
                for day in body["days"]:
                    for s in day["subjects"]:
                        subjects.setdefault(str(s["id"]), s["name"])
                    for l in day["lessons"]:
                        add_lesson(l, src, flat=True)
                    for w in day["works"] + day["homeworks"]:
                        add_work(w, src)
                    for m in day["marks"]:
                        add_mark(m, src)
                    for e in day["lessonLogEntries"]:
                        add_log(e, src)
                    for t in day["teachers"]:
                        teachers.setdefault(sid(t["person"], "id"), name_of(t["person"]))
            elif path.endswith("/recentmarks") or path.endswith("/allfinalmarks"):
                for s in body.get("subjects", []):
                    subjects.setdefault(str(s["id"]), s["name"])
                for w in body.get("works", []):
                    add_work(w, src)
                for l in body.get("lessons", []):
                    add_lesson(l, src, flat=True)
                for m in body.get("marks", []):
                    add_mark(m, src)
                for e in body.get("lessonLogEntries", []):
                    add_log(e, src)
            elif "/homeworks" in path:
                for s in body["subjects"]:
                    subjects.setdefault(str(s["id"]), s["name"])
                for l in body["lessons"]:
                    add_lesson(l, src, flat=True)
                files = {sid(f, "id"): f["name"] for f in body.get("files", [])}
                for w in body["works"]:
                    add_work(w, src)
                    works[sid(w, "id")]["file_names"] = [files[str(f)] for f in w.get("files", []) if str(f) in files]
                for t in body.get("teachers", []):
                    teachers.setdefault(sid(t, "id"), name_of(t))
            elif re.search(r"(^|/)marks(/|$)", path) and not path.endswith("avg-mark") and "final-marks" not in path:
                for m in (body if isinstance(body, list) else [body]):
                    add_mark(m, src)
            elif re.fullmatch(r"edu-groups/\d+/subjects/\d+/final-marks", path):
                for m in body:
                    add_mark(m, src)
            elif path.endswith("final-marks"):
                for entry in body:
                    for row in entry["per-subject-final-marks"]:
                        fm = row["final-mark"]
                        if fm is None:
                            continue
                        per = periods[sid(entry, "reportingPeriod")]["name"]
                        finals[(sid(entry, "person"), sid(row, "subject"), per)] = {
                            "value": fm.get("textValue") or fm["value"], "src": src,
                            "id": sid(fm, "id")}
            elif re.search(r"log-entries", path):
                for e in (body if isinstance(body, list) else [body]):
                    add_log(e, src)
            elif re.fullmatch(r"edu-groups/\d+/avg-marks/[^/]+/[^/]+", path):
                a, b = path.split("/")[-2:]
                for entry in body:
                    for row in entry["per-subject-averages"]:
                        averages.append({"person": sid(entry, "person"), "subject": sid(row, "subject"),
                                         "value": row["avg-mark-value"], "from": a, "to": b, "src": src})
            elif re.fullmatch(r"edu-groups/\d+/wa-marks/[^/]+/[^/]+", path):
                a, b = path.split("/")[-2:]
                for row in body["subjectMarks"]:
                    for m in row["marks"]:
                        averages.append({"person": str(m["person"]), "subject": sid(row, "subject"),
                                         "value": json.dumps(m["value"]), "from": a, "to": b, "src": src})

# period marks brought by marks endpoints (§3.13: lesson null, work type PeriodMark)
for mid, m in marks.items():
    w = works.get(m["work"])
    if m["lesson"] is None and w and w["type"] == "PeriodMark":
        per = next(p["name"] for p in periods.values() if p["type"] == w["periodType"] and p["number"] == w["periodNumber"])
        finals.setdefault((m["person"], w["subject"], per), {"value": m["text"] or m["value"], "src": m["src"], "id": mid})

facts: list[dict] = []
n: dict[str, int] = {}


def fact(kind: str, **kw) -> None:
    n[kind] = n.get(kind, 0) + 1
    facts.append({"id": f"{kind.replace('_', '-')}-{n[kind]:02d}", "kind": kind, **kw})


students = sorted({m["person"] for m in marks.values()} | {p for _, p in logs})
P1 = students[0]

# lessons: every lesson of the class, as the first pupil's diary shows it
for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    extra = {}
    ends = l.get("ends") or bells.get(l["number"], (None, None))[1]
    if ends:
        extra["ends_at"] = ends
    if l.get("room"):
        extra["room"] = l["room"]
    fact("lesson", student={"person": P1}, date=l["date"], number=l["number"], subject=subjects[l["subject"]],
         topic=l["title"], starts_at=l["time"], teacher=teachers[l["teacher"]], **extra,
         why=f"{l['src']}: lesson {lid} (§3.4: title = тема урока, date = start, teachers = person ids named by "
             f"users fullName / persons, §3.9); end time from the bundle's hours or the bell timetable Items (§3.4, §3.14)"
             + ("; room = the schedules bundle's place (§3.4)" if l.get("room") else ""))

SCALE_COUNTS = {"mark5", "mark6", "mark7", "mark10", "mark12", "mark100"}
# diary marks: one per (pupil, work); a double mark (markCount 2) shows as the journal shows it, "5/4" (§3.1 number, §3.2 markCount "дробь")
by_cell: dict[tuple[str, str], list[tuple[str, dict]]] = {}
for mid, m in marks.items():
    if m["lesson"] is None:
        continue
    by_cell.setdefault((m["person"], m["work"]), []).append((mid, m))
for (person, wid), ms in sorted(by_cell.items(), key=lambda kv: (lessons[kv[1][0][1]["lesson"]]["date"], kv[0])):
    ms.sort(key=lambda x: x[1]["number"])
    m0 = ms[0][1]
    if m0["type"] == "markoral6band":
        continue  # §5: values of this scale unconfirmed; nothing the reference lets us state
    l = lessons[m0["lesson"]]
    text = "/".join(m["text"] or m["value"] for _, m in ms)
    wt = worktypes[m0["workType"]]
    extra = {"weight": wt["weight"]} if m0["type"] in SCALE_COUNTS else {}
    if m0["type"] != "markabcdf":
        extra["counts"] = bool(m0["counts"])
    fact("mark", student={"person": person}, date=l["date"], subject=subjects[l["subject"]], value=text,
         work_type=wt["title"], **extra,
         why=f"{m0['src']}: mark{'s' if len(ms) > 1 else ''} {', '.join(i for i, _ in ms)} ({m0['type']}) on work {wid}, "
             f"filed under its lesson's date (§3.1 lesson); shown as textValue, else value (§3.1; null/absent textValue "
             f"-> value); work type {m0['workType']} '{wt['title']}' weight {wt['weight']} (§3.3, §3.1: no weight on the mark); "
             f"use_avg_calc {m0['counts']} (§3.1)" + ("; markCount 2: a double mark, дробь (§3.2)" if len(ms) > 1 else ""))

# a period mark is a final mark, not a diary mark of its day (§3.13)
for (person, subj, per), f in sorted(finals.items()):
    mark = marks.get(f["id"])
    if mark is not None:
        fact("no_mark", student={"person": person}, date=mark["date"][:10],
             subject=subjects[subj], value=f["value"],
             why=f"{f['src']}: mark {f['id']} has lesson null and a PeriodMark work: the pupil's {per} mark (§3.13, §3.1), "
                 f"not an ordinary mark of {mark['date'][:10]}")

MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, person), e in sorted(logs.items(), key=lambda kv: (lessons[kv[0][0]]["date"], kv[0])):
    l = lessons[lid]
    kw = {"meaning": "present"} if e["status"] == "Attend" else {"code": e["status"]}
    if e["status"] in MEANING and e["status"] != "Attend":
        kw["meaning"] = MEANING[e["status"]]
    fact("attendance", student={"person": person}, date=l["date"], subject=subjects[l["subject"]], number=l["number"], **kw,
         why=f"{e['src']}: log entry ({lid}, {person}) status {e['status']} (§3.5, §6"
             + ("; Pass: code only, its meaning is disputed" if e["status"] == "Pass" else "") + ")")

for wid, w in sorted(works.items()):
    if w["type"] != "Homework":
        continue
    l = lessons[w["lesson"]]
    kw = {"attachments": w["file_names"]} if w.get("file_names") else {}
    for person in students:
        fact("homework", student={"person": person}, subject=subjects[l["subject"]], text=w["text"], date=l["date"],
             due=w["target"][:10], **kw,
             why=f"{w['src']}: Work {wid} type Homework on lesson {w['lesson']}, targetDate = due (§3.2, §3.7)"
                 + ("; files resolved through the bundle's files list (§3.7)" if kw else ""))

for (person, subj, per), f in sorted(finals.items()):
    fact("final_mark", student={"person": person}, subject=subjects[subj], period=per, value=f["value"],
         why=f"{f['src']}: final mark {f['id']} for {per} (§3.13; reportingPeriod or the PeriodMark work's periodType/periodNumber, §3.12)")

for a in averages:
    per = next((p["name"] for p in periods.values() if (p["start"], p["finish"]) == (a["from"], a["to"])), None)
    kw = {"period": per} if per else {}
    fact("vendor_average", student={"person": a["person"]}, subject=subjects[a["subject"]], value=a["value"], **kw,
         why=f"{a['src']}: the journal's own average {a['value']} as sent (§3.13 avg-marks / §3.1 wa-marks); range "
             f"{a['from']}..{a['to']} = {per} (§3.12)")

for pid, p in sorted(periods.items(), key=lambda kv: kv[1]["start"]):
    fact("period", student={"person": P1}, name=p["name"], starts_on=p["start"], ends_on=p["finish"],
         why=f"{p['src']}: reporting period {pid} (§3.12)")

for h in holidays:
    fact("holiday", student={"person": P1}, date=h["start"], name=h["name"],
         why=f"{h['src']}: holidays[] {h['name']} {h['start']}..{h['finish']} (§3.12)")
    fact("holiday", group={"group": h["group"]}, date=h["finish"], name=h["name"], once=True,
         why=f"{h['src']}: holidays[] {h['name']} {h['start']}..{h['finish']}, the class's (§3.12); one holiday, once")

for user, kids in sorted(children.items()):
    fact("children", guardian={"user": user}, children=[{"person": k} for k in kids],
         why="step 1: users/{u}/context children[].personId are person ids (§1, §3.9); the same two in "
             "users/{u}/relatives")

for group, t in sorted(class_teacher.items()):
    fact("class_teacher", group={"group": group}, teacher=teachers[t],
         why=f"step 1: edu-groups/{group}/classteacher names person {t}, named by users/many fullName (§3.9)")

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), {k: v for k, v in sorted(n.items())})
