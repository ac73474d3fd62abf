"""Derive what a parent must (and must not) see from journey.json, by the Dnevnik.ru reference only.

Standard library only; deterministic; does not import the hub. Run: python derive_facts.py (writes facts.json).

Answers are applied in the order of their `pulled_at` (ties: push order): an answer is the journal's state when the
sync job pulled it, so a retry pulled earlier and delivered later changes nothing a later pull stated.

Rules (each fact's `why` names its rule, step, request and reference section):
- R1  A lesson is one entity by its id (§1, §3.4). Every answer that states it (a group's lessons range, `lessons/{id}`,
      a pupil's schedules bundle) gives its date, slot (`number`), topic (`title`) and teachers as of its pull; the
      latest pull wins for each field. So a lesson moved to another slot shows in its new slot only.
- R2  `edu-groups/{g}/lessons/{from}/{to}` lists group g's lessons of every day from..to (§3.4, §7 "group-wide
      range queries"): a lesson of g dated in the range that an answer pulled later than its last statement lacks
      was removed from the timetable: no (uncancelled) lesson of that subject that day (`no_lesson`).
- R3  The teacher shown for a lesson is the person its own `teachers` names (§3.4: teacher person ids), named by a
      user's `fullName` or a person's "Last First Middle" (§3.9), whichever answer names that person (a person named
      only later still names the lessons that referred to her by id). A substitute on one lesson does not change the
      teacher of the other lessons of the subject.
- R4  A subject is one entity by its id: its name is the one the latest pull states (`schools/{s}/subjects`, a
      lesson's embedded `subject`, a bundle's `subjects`, §3.4, §3.11). A renamed subject shows its new name on
      every lesson, and the old name on none.
- R5  Start time = the clock of the lesson's `date` (§2, §3.4); end time = the bundle's `hours` when an answer
      states it, else the bell item of the lesson's `number` whose `DaysOfWeek` holds the lesson's weekday (§3.14):
      a Saturday lesson ends by the Saturday bells.
- R6  Room = the schedules bundle's `place` of the lesson (§3.4 flattened lesson), latest pull; none otherwise.
- R7  Who sees a lesson: the pupils of its `group` (§3.4, §3.8): every pupil of the class for a class lesson, the
      subgroup's members (`POST edu-groups`) for a subgroup lesson, which shows the subgroup's `name` as its group.
- R8  Marks (§3.1): filed under their lesson's date; shown as `textValue`, else `value`; work type title and weight
      from the school's standalone work types (§3.3); `use_avg_calc` says whether it counts.
- R9  Attendance (§3.5, §6): Attend/Absent/Ill/Late -> present/absent/ill/late; `Pass` by its code only (meaning
      disputed, §6, §11).
- R10 Homework (§3.2): a `Homework` work of a lesson, due on its `targetDate`, for the pupils of its `eduGroup`;
      pupils of the other subgroup must not see it.
- R11 Class teacher: `edu-groups/{g}/classteacher` (§3.9) of the latest pull.
- R12 Guardians: `users/{u}/context` `children` (§1, §3.9), as person ids.
- R13 Periods and holidays: `reporting-periods` and `reporting-period-group` (§3.12) of the class.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sid(obj: dict, key: str) -> str | None:
    for k in (key + "_str", key + "Str" if key != "id" else "idStr"):
        if obj.get(k) not in (None, ""):
            return str(obj[k])
    return None if obj.get(key) is None else str(obj[key])


def path_of(request: str) -> tuple[str, dict[str, str]]:
    _, url = request.split(" ", 1)
    url = re.sub(r"^https?://[^/]+", "", url)
    url = re.sub(r"^/v2(\.0)?/", "", url).lstrip("/")
    path, _, query = url.partition("?")
    return path, dict(p.split("=", 1) for p in query.split("&") if "=" in p)


records = []
for step in journey["steps"]:
    for batch in step["batches"]:
        for rec in batch:
            records.append((rec["pulled_at"], len(records), step["name"].split(".")[0], rec))
records.sort(key=lambda r: (dt.datetime.fromisoformat(r[0]), r[1]))


def src(step: str, rec: dict) -> str:
    return f"step {step}: {rec['request'].split('?')[0]} (pulled {rec['pulled_at']})"


lessons: dict[str, dict] = {}          # id -> fields with their sources
subject_name: dict[str, tuple[str, str]] = {}   # id -> (name, source)
people: dict[str, str] = {}            # person id -> name
groups: dict[str, dict] = {}
members: dict[str, list[str]] = {}
worktypes: dict[str, dict] = {}
works: dict[str, dict] = {}
marks: dict[str, dict] = {}
logs: dict[tuple[str, str], dict] = {}
bells: list[dict] = []
periods: list[dict] = []
holidays: list[dict] = []
children: dict[str, tuple[list[str], str]] = {}
class_teacher: dict[str, tuple[str, str, str]] = {}   # group -> (person, pulled, source)


def person_name(p: dict) -> str:
    return p.get("fullName") or " ".join(x for x in (p.get("lastName"), p.get("firstName"), p.get("middleName")) if x)


def state_lesson(l: dict, flat: bool, where: str, group: str | None = None) -> None:
    lid = sid(l, "id")
    cur = lessons.setdefault(lid, {"src": where})
    cur.update(date=l["date"][:10], start=l["date"][11:16], number=l["number"], title=l["title"], removed=False,
               last=where)
    if l.get("teachers"):
        cur["teacher"] = (l.get("teachers_str") or [str(t) for t in l["teachers"]])[0]
        cur["teacher_src"] = where
    if flat:
        cur["subject"] = str(l["subjectId"])
        if l.get("hours"):
            cur["end"] = l["hours"].split("-")[1].strip()
        if l.get("place"):
            cur["room"], cur["room_src"] = l["place"], where
    else:
        cur["subject"] = sid(l["subject"], "id")
        subject_name[cur["subject"]] = (l["subject"]["name"], where)
        cur["group"] = str(l["group"])
        for w in l.get("works", []):
            add_work(w, where)
    if group:
        cur["group"] = group


def add_work(w: dict, where: str) -> None:
    works[sid(w, "id")] = {"lesson": sid(w, "lesson"), "type": w["type"], "text": w.get("text"),
                           "due": (w.get("targetDate") or "")[:10], "group": sid(w, "eduGroup"), "src": where}


def add_mark(m: dict, where: str) -> None:
    marks[sid(m, "id")] = {"person": sid(m, "person"), "lesson": sid(m, "lesson"), "value": m.get("textValue") or m["value"],
                           "workType": str(m["workType"]), "counts": m.get("use_avg_calc"), "src": where}


def add_log(e: dict, where: str) -> None:
    logs[(sid(e, "lesson"), sid(e, "person"))] = {"status": e["status"], "src": where}


for pulled, _, step, rec in records:
    path, q = path_of(rec["request"])
    body, where = rec["body"], src(step, rec)
    if re.fullmatch(r"schools/\d+/edu-groups", path):
        for g in body:
            groups[sid(g, "id")] = {"name": g["name"], "parent": (g.get("parentIds_str") or [None])[0]}
    elif path == "edu-groups" and rec["request"].startswith("POST"):
        for entry in body:
            members[str(entry["group"])] = [sid(s, "person") for s in entry["students"]
                                            if s.get("membershipstatus") == "Active"]
    elif path == "users/many":
        for u in body:
            people[sid(u, "personId")] = person_name(u)
    elif re.fullmatch(r"persons/\d+", path):
        people[sid(body, "id")] = person_name(body)
    elif re.fullmatch(r"edu-groups/\d+/persons", path):
        for p in body:
            people[sid(p, "id")] = person_name(p)
    elif re.fullmatch(r"edu-groups/\d+/classteacher", path):
        g = path.split("/")[1]
        p = body[0]
        people.setdefault(sid(p, "id"), person_name(p))
        prev = class_teacher.get(g)
        if prev is None or dt.datetime.fromisoformat(pulled) >= dt.datetime.fromisoformat(prev[1]):
            class_teacher[g] = (sid(p, "id"), pulled, where)
    elif re.fullmatch(r"users/\d+/context", path):
        children[sid(body, "userId")] = ([sid(c, "personId") for c in body["children"]], where)
    elif re.fullmatch(r"schools/\d+/subjects", path):
        for sj in body:
            subject_name[sid(sj, "id")] = (sj["name"], where)
    elif re.fullmatch(r"work-types/\d+", path):
        for t in body:
            worktypes[sid(t, "id")] = {"title": t["title"], "weight": t["weight"]}
    elif re.fullmatch(r"edu-groups/\d+/reporting-periods", path):
        periods = [{"name": p["name"], "start": p["start"][:10], "finish": p["finish"][:10], "src": where} for p in body]
    elif re.fullmatch(r"edu-groups/\d+/reporting-period-group", path):
        holidays = [{"name": h["name"], "start": h["dateStart"][:10], "finish": h["dateFinish"][:10],
                     "group": path.split("/")[1], "src": where} for h in body["holidays"]]
    elif re.fullmatch(r"edu-groups/\d+/timetables", path):
        bells = [it for t in body for it in t["Items"]]
    elif m := re.fullmatch(r"edu-groups/(\d+)/lessons/([^/]+)/([^/]+)", path):
        g, a, b = m.group(1), m.group(2)[:10], m.group(3)[:10]
        stated = set()
        for l in body:
            state_lesson(l, False, where)
            stated.add(sid(l, "id"))
        for lid, cur in lessons.items():   # R2: the range is the whole list of g's lessons of each day a..b
            if cur.get("group") == g and a <= cur["date"] <= b and lid not in stated and not cur.get("removed"):
                cur.update(removed=True, removed_src=where)
    elif re.fullmatch(r"lessons/\d+", path):
        state_lesson(body, False, where)
    elif re.fullmatch(r"persons/\d+/groups/\d+/schedules", path):
        for day in body["days"]:
            for sj in day["subjects"]:
                subject_name[str(sj["id"])] = (sj["name"], where)
            for l in day["lessons"]:
                state_lesson(l, True, where)
            for w in day["works"] + day["homeworks"]:
                add_work(w, where)
            for mk in day["marks"]:
                add_mark(mk, where)
            for e in day["lessonLogEntries"]:
                add_log(e, where)
            for t in day["teachers"]:
                people.setdefault(sid(t["person"], "id"), person_name(t["person"]))
    elif re.search(r"(^|/)marks(/|$)", path):
        for mk in body:
            add_mark(mk, where)
    elif "log-entries" in path:
        for e in body:
            add_log(e, where)
    elif re.fullmatch(r"schools/\d+", path):
        pass  # the school: its zone (timeZone 3) and scale; nothing a fact states
    else:
        raise SystemExit(f"unhandled request {rec['request']}")


def end_of(l: dict) -> tuple[str, str]:
    if l.get("end"):
        return l["end"], "the bundle's hours (§3.4)"
    wd = WEEKDAYS[dt.date.fromisoformat(l["date"]).weekday()]
    item = next(it for it in bells if it["LessonNumber"] == l["number"] and wd in it["DaysOfWeek"])
    return item["Finish"], f"bell item {item['Id']} '{item['Name']}' for {wd} (§3.14 DaysOfWeek)"


facts: list[dict] = []
n: dict[str, int] = {}


def fact(kind: str, **kw) -> None:
    n[kind] = n.get(kind, 0) + 1
    facts.append({"id": f"{kind.replace('_', '-')}-{n[kind]:02d}", "kind": kind, **kw})


CLASS = next(g for g, v in groups.items() if v["parent"] is None)
P_SG1 = sorted(members[next(g for g, v in groups.items() if v["parent"] and v["name"].endswith("1 группа"))])[0]
P_SG2 = sorted(members[next(g for g, v in groups.items() if v["parent"] and v["name"].endswith("2 группа"))])[-1]
READERS = [P_SG1, P_SG2]   # Алиса (1 группа; her mother's read) and Матвей (2 группа; his father's read)

# R1-R7: lessons
for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"], kv[1]["group"])):
    if l["removed"]:
        continue
    name, name_src = subject_name[l["subject"]]
    end, end_why = end_of(l)
    for reader in READERS:
        if reader not in members[l["group"]]:
            continue
        extra = {}
        if l.get("room"):
            extra["room"] = l["room"]
        if l["group"] != CLASS:
            extra["group_label"] = groups[l["group"]]["name"]
        fact("lesson", student={"person": reader}, date=l["date"], number=l["number"], subject=name, topic=l["title"],
             starts_at=l["start"], ends_at=end, teacher=people[l["teacher"]], **extra,
             why=f"R1 {l['last']}: lesson {lid} (§3.4: number, title, date); R3 teacher {l['teacher']} from "
                 f"{l['teacher_src']}; R4 subject name from {name_src}; R5 end from {end_why}"
                 + (f"; R6 room from {l['room_src']}" if l.get("room") else "")
                 + (f"; R7 subgroup lesson: group {l['group']} '{groups[l['group']]['name']}' (§3.8 parentIds)"
                    if l["group"] != CLASS else ""))

# R1/R2: what must not show: removed lessons, old slots of moved lessons, the subject's old name
for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    name = subject_name[l["subject"]][0]
    if l["removed"]:
        still = [o for o in lessons.values() if not o["removed"] and o["date"] == l["date"]
                 and o["subject"] == l["subject"] and o["group"] == l["group"]]
        if not still:
            for reader in READERS:
                fact("no_lesson", student={"person": reader}, date=l["date"], subject=name,
                     why=f"R2 {l['removed_src']}: lesson {lid} ({name} #{l['number']} on {l['date']}, stated by "
                         f"{l['src']}) is missing from a later range of its group over that day (§3.4, §7): removed")
for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    if l["removed"]:
        continue
    for pulled, _, step, rec in records:   # the slot a lesson was first stated in, when it moved since
        path, _ = path_of(rec["request"])
        if not re.fullmatch(r"edu-groups/\d+/lessons/[^/]+/[^/]+", path):
            continue
        old = next((x for x in rec["body"] if sid(x, "id") == lid), None)
        if old is not None and old["number"] != l["number"]:
            taken = any(o["date"] == l["date"] and o["number"] == old["number"] and o["subject"] == l["subject"]
                        and not o["removed"] for o in lessons.values())
            if not taken:
                for reader in READERS:
                    fact("no_lesson", student={"person": reader}, date=l["date"], number=old["number"],
                         subject=subject_name[l["subject"]][0],
                         why=f"R1 {src(step, rec)} had lesson {lid} in slot {old['number']}; {l['last']} states it in "
                             f"slot {l['number']} (a later pull): the old slot shows nothing of it")
            break
old_names: dict[str, set[str]] = {}
for pulled, _, step, rec in records:
    path, _ = path_of(rec["request"])
    if re.fullmatch(r"schools/\d+/subjects", path):
        for sj in rec["body"]:
            if sj["name"] != subject_name[sid(sj, "id")][0]:
                old_names.setdefault(sid(sj, "id"), set()).add(sj["name"])
for subj, names in sorted(old_names.items()):
    for old in sorted(names):
        for lid, l in sorted(lessons.items(), key=lambda kv: kv[1]["date"]):
            if l["subject"] == subj and not l["removed"]:
                fact("no_lesson", student={"person": READERS[0]}, date=l["date"], subject=old,
                     why=f"R4: subject {subj} was '{old}' in earlier pulls and is '{subject_name[subj][0]}' as of "
                         f"{subject_name[subj][1]}: lesson {lid} shows the new name only (§3.11, §3.4)")

# R8: marks
for mid, m in sorted(marks.items()):
    l = lessons[m["lesson"]]
    wt = worktypes[m["workType"]]
    fact("mark", student={"person": m["person"]}, date=l["date"], subject=subject_name[l["subject"]][0],
         value=m["value"], work_type=wt["title"], weight=wt["weight"], counts=bool(m["counts"]),
         why=f"R8 {m['src']}: mark {mid} on lesson {m['lesson']} ({l['date']}), work type {m['workType']} "
             f"'{wt['title']}' weight {wt['weight']} (§3.1, §3.3)")

# R9: attendance
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, person), e in sorted(logs.items(), key=lambda kv: (lessons[kv[0][0]]["date"], kv[0])):
    l = lessons[lid]
    kw = {"meaning": "present"} if e["status"] == "Attend" else {"code": e["status"]}
    if e["status"] in MEANING and e["status"] != "Attend":
        kw["meaning"] = MEANING[e["status"]]
    fact("attendance", student={"person": person}, date=l["date"], subject=subject_name[l["subject"]][0],
         number=l["number"], **kw,
         why=f"R9 {e['src']}: log entry ({lid}, {person}) {e['status']} (§3.5, §6"
             + ("; Pass: code only" if e["status"] == "Pass" else "") + ")")

# R10: homework
everyone = members[CLASS]
for wid, w in sorted(works.items()):
    if w["type"] != "Homework":
        continue
    l = lessons[w["lesson"]]
    name = subject_name[l["subject"]][0]
    for person in sorted(everyone):
        if person in members[w["group"]]:
            fact("homework", student={"person": person}, subject=name, text=w["text"], date=l["date"], due=w["due"],
                 why=f"R10 {w['src']}: work {wid} type Homework on lesson {w['lesson']} for group {w['group']}; "
                     f"targetDate = due (§3.2)")
        else:
            fact("no_homework", student={"person": person}, subject=name, text=w["text"],
                 why=f"R10 {w['src']}: work {wid} is for subgroup {w['group']} '{groups[w['group']]['name']}', "
                     f"which this pupil is not in (POST edu-groups, §3.8)")

# R11-R13
for g, (p, pulled, where) in sorted(class_teacher.items()):
    fact("class_teacher", group={"group": g}, teacher=people[p],
         why=f"R11 {where}: the latest pulled classteacher answer names person {p} (§3.9); an answer pulled earlier "
             f"and delivered later does not replace it")
for user, (kids, where) in sorted(children.items()):
    fact("children", guardian={"user": user}, children=[{"person": k} for k in kids],
         why=f"R12 {where}: context children[].personId (§1, §3.9)")
for p in periods[:2]:
    fact("period", student={"person": READERS[0]}, name=p["name"], starts_on=p["start"], ends_on=p["finish"],
         why=f"R13 {p['src']}: reporting period (§3.12)")
for h in holidays[:1]:
    fact("holiday", student={"person": READERS[0]}, date=h["finish"], name=h["name"],
         why=f"R13 {h['src']}: holidays[] {h['start']}..{h['finish']} (§3.12)")
    fact("holiday", group={"group": h["group"]}, date=h["finish"], name=h["name"], once=True,
         why=f"R13 {h['src']}: the class's holiday (§3.12), shown once")

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), {k: v for k, v in sorted(n.items())})
