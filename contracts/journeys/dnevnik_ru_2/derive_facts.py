#!/usr/bin/env python3
"""Derive facts.json from journey.json by replaying the answers as the Dnevnik.ru reference describes them.

Standard library only; does not import the hub. Deterministic (no clock, no randomness, sorted output).
Rules (reference = /work/shared/reference/dnevnik_ru.md, §N):
* ids: the `_str` twin wins (also camel `...Str`, PascalCase `IdStr`), else the exact integer (§1);
* a request is identified by method + path without host and /v2/ | /v2.0/ prefix + sorted query + POST body;
* an item (lesson, work, mark, log entry, final mark, average) an earlier answer to the same request carried and a
  later answer omits is deleted (§7: no deletion feed; re-pull is the only signal); its fields are the union of
  what the answers stated, the latest winning (so a partial bundle shape erases nothing);
* a pupil sees class lessons and those of the subgroups POST edu-groups lists them Active in (§3.8);
* a double mark (markCount > 1, §3.1) is shown as its numbers' values joined by "/" in `number` order;
* weight and work-type title come from the standalone work-types/{school} entry (§3.1, §3.3);
* a mark is filed under its lesson's date (the lesson, not the mark's own date, §3.1 `date` = when set).
"""
import json
import re
from pathlib import Path
from urllib.parse import parse_qsl

HERE = Path(__file__).resolve().parent


def sid(o, k):
    for key in (k + "_str", k + "Str"):
        if o.get(key) not in (None, ""):
            return str(o[key])
    if k == "id" and o.get("IdStr"):
        return str(o["IdStr"])
    v = o.get(k)
    if v is None and k == "id":
        v = o.get("Id")
    if isinstance(v, bool) or isinstance(v, float):
        raise ValueError(f"float id {v!r}")
    return None if v is None else str(v)


def norm(req, body=None):
    method, _, url = req.partition(" ") if " " in req else ("GET", "", req)
    url = re.sub(r"^https?://[^/]+", "", url)
    url = re.sub(r"^/?v2(\.0)?/", "", url).lstrip("/")
    path, _, q = url.partition("?")
    return method, path, dict(parse_qsl(q)), f"{method} {path}?{sorted(parse_qsl(q))}{json.dumps(body)}"


class World:
    def __init__(self):
        self.items = {}          # (kind, key) -> dict
        self.step_of = {}        # (kind, key) -> step number of the latest answer stating it
        self.carried = {}        # request key -> set of (kind, key)
        self.users, self.names, self.groups, self.members = {}, {}, {}, {}
        self.subjects, self.worktypes, self.periods, self.holidays = {}, {}, {}, []
        self.files, self.children, self.classteacher = {}, {}, {}

    # -- replay
    def record(self, step, rec):
        method, path, q, key = norm(rec["request"], rec.get("request_body"))
        found = []
        if isinstance(rec["body"], dict) and set(rec["body"]) == {"type", "description"}:
            return  # the error envelope (§4) is no answer: it states nothing and deletes nothing
        self.route(path, q, rec["body"], found, rec.get("request_body"))
        now = {(k, i) for k, i, _ in found}
        for gone in self.carried.get(key, set()) - now:
            self.items.pop(gone, None)
        if found or key in self.carried:
            self.carried[key] = now
        for k, i, data in found:
            item = self.items.setdefault((k, i), {})
            before = dict(item)
            item.update({a: b for a, b in data.items() if b is not None or a == "files"})
            first, changed = self.step_of.get((k, i), (step, step))
            if (k, i) not in self.step_of:
                first = changed = step
            elif any(a in before and before[a] != item[a] for a in item):
                changed = step
            self.step_of[(k, i)] = (first, changed)

    def name_person(self, o):
        p = sid(o, "id")
        if o.get("lastName") and p not in self.names:
            self.names[p] = " ".join(x for x in (o["lastName"], o.get("firstName"), o.get("middleName")) if x)

    def lesson_entity(self, o, found):
        lid = sid(o, "id")
        subj = o["subject"]
        self.subjects[sid(subj, "id")] = subj["name"]
        t = [str(x) for x in (o.get("teachers_str") or o.get("teachers") or [])]
        found.append(("lesson", lid, {"date": o["date"][:10], "start": o["date"][11:16], "slot": o["number"],
                                      "subject": sid(subj, "id"), "group": str(o["group"]), "title": o["title"],
                                      "teacher": t[0] if t else None}))
        for w in o.get("works") or []:
            self.work(w, found)

    def work(self, w, found):
        found.append(("work", sid(w, "id"), {"type": w["type"], "lesson": sid(w, "lesson"),
                                             "workType": str(w["workType"]), "text": w.get("text"),
                                             "target": (w.get("targetDate") or "")[:10] or None,
                                             "group": sid(w, "eduGroup"), "subject": str(w.get("subjectId")),
                                             "files": [str(f) for f in (w.get("files") or [])],
                                             "markCount": w.get("markCount")}))

    def flat_lesson(self, o, found):
        hours = o.get("hours") or ""
        t = [str(x) for x in (o.get("teachers_str") or o.get("teachers") or [])]
        found.append(("lesson", sid(o, "id"), {"date": o["date"][:10], "start": o["date"][11:16], "slot": o["number"],
                                              "subject": str(o["subjectId"]), "title": o.get("title"),
                                              "room": o.get("place"), "end": hours.split("-")[-1].strip() or None,
                                              "teacher": t[0] if t else None}))

    def mark(self, m, found):
        found.append(("mark", sid(m, "id"), {"person": sid(m, "person"), "work": sid(m, "work"),
                                             "lesson": sid(m, "lesson"), "value": m["value"], "number": m["number"],
                                             "workType": str(m["workType"]), "counts": m["use_avg_calc"],
                                             "type": m.get("type")}))

    def log(self, e, found):
        found.append(("log", (sid(e, "lesson"), sid(e, "person")), {"status": e["status"], "comment": e["comment"]}))

    def final(self, m, found, subject=None, period=None):
        found.append(("final", sid(m, "id"), {"person": sid(m, "person"), "subject": subject, "period": period,
                                              "value": m["value"]}))

    def route(self, path, q, body, found, request_body):
        seg = path.split("/")
        if re.fullmatch(r"schools/\d+", path):
            self.school = body
        elif re.fullmatch(r"schools/\d+/subjects", path):
            for s in body:
                self.subjects[sid(s, "id")] = s["name"]
        elif path.startswith("work-types/"):
            for t in body:
                self.worktypes[sid(t, "id")] = (t["title"], t["weight"])
        elif path == "edu-groups" and isinstance(body, list) and request_body is not None:
            for e in body:
                g = e["group"]
                self.group(g)
                for s in e["students"]:
                    if s.get("membershipstatus", "Active") == "Active":
                        self.members.setdefault(sid(s, "person"), set()).add(sid(g, "id"))
        elif re.fullmatch(r"(schools/\d+/edu-groups|edu-groups/\d+/parallel)", path):
            for g in body:
                self.group(g)
        elif re.fullmatch(r"edu-groups/\d+", path):
            self.group(body)
        elif re.fullmatch(r"edu-groups/\d+/persons", path) or re.fullmatch(r"edu-groups/\d+/teachers", path):
            for p in body:
                self.name_person(p)
        elif re.fullmatch(r"persons/\d+", path) or re.fullmatch(r"edu-groups/\d+/classteacher", path):
            self.name_person(body)
            if path.endswith("classteacher"):
                self.classteacher[seg[1]] = sid(body, "id")
        elif path == "users/many":
            for u in body:
                self.users[sid(u, "id")] = sid(u, "personId")
                if u.get("fullName"):
                    self.names[sid(u, "personId")] = u["fullName"]
        elif re.fullmatch(r"schools/\d+/teachers", path):
            for t in body:
                p = sid(t, "id")
                self.names.setdefault(p, " ".join((t["LastName"], t["FirstName"], t["MiddleName"])))
        elif path.endswith("reporting-periods"):
            for p in body:
                self.periods[sid(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10], p["number"])
        elif path.endswith("reporting-period-group"):
            for p in body["reportingPeriods"]:
                self.periods[sid(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10], p["number"])
            for h in body["holidays"]:
                self.holidays.append((h["name"], h["dateStart"][:10], h["dateFinish"][:10]))
        elif re.fullmatch(r"edu-groups/\d+/lessons/[^/]+/[^/]+", path) or path == "lessons/many":
            for o in body:
                self.lesson_entity(o, found)
        elif re.fullmatch(r"lessons/\d+", path):
            self.lesson_entity(body, found)
        elif re.fullmatch(r"edu-groups/\d+(/subjects/\d+)?/marks/[^/]+/[^/]+", path) or \
                re.fullmatch(r"lessons/\d+/marks", path) or re.fullmatch(r"persons/\d+/marks/[^/]+", path):
            for m in body:
                self.mark(m, found)
        elif path.startswith("lesson-log-entries/group/"):
            for e in body:
                self.log(e, found)
        elif re.fullmatch(r"users/me/school/\d+/homeworks", path):
            for f in body.get("files") or []:
                self.files[sid(f, "id")] = f["name"]
            for s in body.get("subjects") or []:
                self.subjects.setdefault(sid(s, "id"), s["name"])
            for o in body.get("lessons") or []:
                self.flat_lesson(o, found)
            for w in body.get("works") or []:
                self.work(w, found)
        elif re.fullmatch(r"persons/\d+/groups/\d+/schedules", path):
            for day in body["days"]:
                for s in day.get("subjects") or []:
                    self.subjects.setdefault(sid(s, "id"), s["name"])
                for o in day.get("lessons") or []:
                    self.flat_lesson(o, found)
                for m in day.get("marks") or []:
                    self.mark(m, found)
                for w in (day.get("works") or []) + (day.get("homeworks") or []):
                    self.work(w, found)
                for e in day.get("lessonLogEntries") or []:
                    self.log(e, found)
        elif re.fullmatch(r"edu-groups/\d+/final-marks", path):
            for e in body:
                for s in e["per-subject-final-marks"]:
                    self.final(s["final-mark"], found, sid(s, "subject"), sid(e, "reportingPeriod"))
        elif re.fullmatch(r"edu-groups/\d+/subjects/\d+/final-marks", path):
            for m in body:
                self.final(m, found, seg[3])
        elif path.endswith("/allfinalmarks"):
            works = {sid(w, "id"): w for w in body["works"]}
            for m in body["marks"]:
                w = works[sid(m, "work")]
                per = next((k for k, v in self.periods.items() if v[3] == w["periodNumber"]), None)
                self.final(m, found, str(w["subjectId"]), per)
        elif "/avg-marks/" in path:
            for e in body:
                for s in e["per-subject-averages"]:
                    found.append(("avg", (sid(e, "person"), sid(s, "subject"), "avg-marks", seg[-2], seg[-1]),
                                  {"value": s["avg-mark-value"]}))
        elif "/wa-marks/" in path:
            for s in body["subjectMarks"]:
                for m in s["marks"]:
                    found.append(("avg", (sid(m, "person"), sid(s, "subject"), "wa-marks", seg[-2], seg[-1]),
                                  {"value": repr(m["value"])}))
        elif re.fullmatch(r"persons/\d+/reporting-periods/\d+/avg-mark", path):
            found.append(("avg1", (seg[1], seg[3]), {"value": body}))
        elif re.fullmatch(r"users/[^/]+/context", path):
            self.users[sid(body, "userId")] = sid(body, "personId")
            self.children[sid(body, "userId")] = sorted(sid(c, "personId") for c in body.get("children") or [])
        elif re.fullmatch(r"users/\d+/relatives", path):
            for r in body:
                self.name_person(r["person"])

    def group(self, g):
        self.groups[sid(g, "id")] = {"name": g["name"], "type": g["type"],
                                     "parent": [str(x) for x in (g.get("parentIds_str") or g.get("parentIds") or [])]}

    # -- queries
    def of(self, kind):
        return {k[1]: v for k, v in self.items.items() if k[0] == kind}

    def sees(self, person, lesson):
        return lesson.get("group") in self.members.get(person, set())


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    w = World()
    for n, step in enumerate(journey["steps"], 1):
        for batch in step["batches"]:
            for rec in batch:
                w.record(n, rec)
    facts = []

    def add(kind, why, **f):
        facts.append({"kind": kind, **f, "why": why})

    lessons, works, marks, logs, finals = w.of("lesson"), w.of("work"), w.of("mark"), w.of("log"), w.of("final")
    name = {v: k for k, v in w.subjects.items()}
    pupils = sorted(w.members, key=lambda p: (len(p), p))
    cls = next(g for g, v in w.groups.items() if v["name"] == "9В")
    nine = [p for p in pupils if cls in w.members[p]]
    P = {f"P{i + 1}": p for i, p in enumerate(sorted(nine, key=lambda p: w.names[p]))}  # by surname: Алексеева..Егорова
    st = lambda p: {"person": p}
    sname = lambda sid_: w.subjects[sid_]

    def steps_of(kind, key):
        first, changed = w.step_of[(kind, key)]
        return str(first) if first == changed else f"{first} (changed in step {changed})"

    def lesson_at(p, date, subj, slot=None):
        c = [(k, v) for k, v in lessons.items() if v["date"] == date and sname(v["subject"]) == subj
             and w.sees(p, v) and (slot is None or v["slot"] == slot)]
        return c[0] if c else (None, None)

    # ---- children (§1, §3.9)
    for u in sorted(w.children):
        add("children", f"step 14: {'users/me' if u.startswith('2384') else 'users/' + u}/context children[].personId "
                        f"are person ids (no _str twin) while the parent is named by user id {u} (§1 User vs Person, §3.9)"
            + ("; one child is in 5А (context groupIds), enrolled through POST edu-groups (step 2)"
               if len(w.children[u]) > 1 else ""),
            guardian={"user": u}, children=[st(c) for c in w.children[u]])
    # ---- class teacher
    for g, t in sorted(w.classteacher.items()):
        add("class_teacher", f"step 4: edu-groups/{g}/classteacher; full name = User.fullName from users/many (§3.9)",
            group={"group": g}, teacher=w.names[t])
    # ---- periods
    for pid, (nm, a, b, _) in sorted(w.periods.items()):
        add("period", f"step 5: reporting-periods {pid} type Trimester, start/finish date-only as midnight (§2, §3.12)",
            name=nm, starts_on=a, ends_on=b)
    # ---- holidays (only days before dateFinish; inclusiveness of dateFinish is open)
    import datetime as dt
    for nm, a, b in w.holidays:
        if a == "2024-11-25":
            day = dt.date.fromisoformat(a)
            while day.isoformat() < b and day.weekday() < 5:
                add("holiday", f"step 5: reporting-period-group holidays[] {nm} {a}..{b} (§3.12); step 15: the class "
                               f"lessons answer for the week is []", group={"group": cls}, date=day.isoformat(), name=nm)
                day += dt.timedelta(days=1)
            for p, d in (("P5", "2024-11-27"),):
                add("holiday", f"step 5: the school holiday {nm} (§3.12) on a school day of the pupil's diary",
                    student=st(P[p]), date=d, name=nm)
    # ---- lessons
    def lesson_fact(p, date, subj, slot=None, extra=""):
        k, v = lesson_at(P[p], date, subj, slot)
        f = {"student": st(P[p]), "date": date, "number": v["slot"], "subject": subj, "topic": v["title"],
             "starts_at": v["start"], "ends_at": v["end"], "teacher": w.names[v["teacher"]], "room": v["room"]}
        g = w.groups[v["group"]]
        if g["type"] == "Subgroup":
            f["group_label"] = g["name"]
        add("lesson", f"step {steps_of('lesson', k)}: lesson {k} (entity shape §3.4 + schedules bundle place/hours); "
                      f"local time without offset, not shifted (§2); teacher = lesson.teachers person id named by "
                      f"users/many fullName (§3.4, §3.9){extra}", **f)

    for subj in ("Алгебра", "Русский язык", "Физика", "Информатика"):
        lesson_fact("P1", "2024-11-11", subj)
    lesson_fact("P2", "2024-11-11", "Информатика", extra="; subgroup Информатика, 2 гр. in room 306 parallel to 1 гр. (§3.8)")
    lesson_fact("P5", "2024-11-14", "Физика", extra="; week 1 physics teacher Петров")
    lesson_fact("P1", "2024-11-18", "Физика", extra="; teacher change: Соколова (19-digit person id, PascalCase "
                                                   "teachers list step 4) from week 2")
    lesson_fact("P5", "2024-11-21", "Физика", extra="; teacher change to Соколова")
    lesson_fact("P1", "2024-11-13", "Информатика", 3, "; the subgroups are shifted on Wednesdays (§3.8)")
    lesson_fact("P2", "2024-11-13", "Информатика", 5, "; the subgroups are shifted on Wednesdays (§3.8)")
    lesson_fact("P3", "2024-11-20", "Информатика", 3)
    lesson_fact("P4", "2024-11-20", "Информатика", 5)
    for p in P:
        lesson_fact(p, "2024-11-20", "Алгебра", extra="; step 17 re-pull changed the title (topic) of the same lesson id")
    for subj in ("Алгебра",):
        lesson_fact("P6", "2024-11-22", subj, extra="; her schedules days carry an offset date …T00:00:00+03:00 (§2 [?])")
    # ---- no_lesson
    for p, date, slot in (("P1", "2024-11-13", 5), ("P2", "2024-11-13", 3), ("P3", "2024-11-20", 5),
                          ("P4", "2024-11-20", 3)):
        add("no_lesson", "step 6/11: this Информатика lesson belongs to the other subgroup; POST edu-groups (step 2) "
                         "does not list the pupil there (§3.8)", student=st(P[p]), date=date, subject="Информатика",
            number=slot)
    for p, date, subj in (("P1", "2024-11-25", "Алгебра"), ("P2", "2024-11-26", "Литература"),
                          ("P3", "2024-11-27", "Физика"), ("P4", "2024-11-28", "Русский язык"),
                          ("P6", "2024-11-29", "Алгебра")):
        add("no_lesson", "step 15: vacation week, the class lessons answer is [] and the schedules days are empty; "
                         "holiday from the period group (§3.12)", student=st(P[p]), date=date, subject=subj)
    # ---- marks (double marks joined by "/")
    by_work = {}
    for mid, m in marks.items():
        by_work.setdefault((m["person"], m["work"]), []).append((m["number"], m["value"], mid, m))
    inv = {v: k for k, v in P.items()}
    for (person, work), ms in sorted(by_work.items(), key=lambda x: (lessons[x[1][0][3]["lesson"]]["date"], x[0])):
        ms.sort()
        m = ms[0][3]
        les = lessons[m["lesson"]]
        if not w.sees(person, les) or person not in inv:
            continue
        value = "/".join(v for _, v, _, _ in ms)
        title, weight = w.worktypes[m["workType"]]
        f = {"student": st(person), "date": les["date"], "subject": sname(les["subject"]), "value": value}
        notes = []
        if m["type"] == "mark5":
            f.update(weight=weight, work_type=title)
        else:
            f["work_type"] = title
            notes.append(f"scale {m['type']} (§5; value text as sent)")
        f["counts"] = m["counts"]
        if w.step_of[("mark", ms[0][2])][0] == 7 and les["group"] == cls:
            notes.append("the class's marks answer of step 7 came through a double-based relay: id, work and lesson "
                         "are rounded doubles shared by many marks, only the _str twins identify it (§1)")
        if w.groups[les["group"]]["name"].endswith("1 гр.") and les["date"] >= "2024-11-18":
            notes.append("step 17's re-pull of this subgroup's marks came back as the error envelope {type, "
                         "description} (§4): no answer, so nothing is deleted")
        if len(ms) > 1:
            notes.append(f"double mark, markCount {works[work]['markCount']}, numbers {[n for n, *_ in ms]} (§3.1)")
        if any(x[3] is not None and x[2] for x in ms) and value and m.get("lesson") and m["lesson"] in lessons:
            pass
        stp = ", ".join(sorted({steps_of("mark", x[2]) for x in ms}))
        add("mark", f"step {stp}: Mark {', '.join(x[2] for x in ms)} value as sent (string, §3.1); weight and title "
                    f"from standalone work-types {m['workType']} (§3.3); use_avg_calc {json.dumps(m['counts'])}; filed under the "
                    f"lesson's date (§3.1)" + ("; " + "; ".join(notes) if notes else ""), **f)
    # ---- no_mark
    add("no_mark", "step 17: Егорова's algebra 3 of 2024-11-20 is absent from the re-pull of the same group-marks and "
                   "schedules requests (deletion by omission, §7)", student=st(P["P6"]), date="2024-11-20",
        subject="Алгебра", value="3")
    add("no_mark", "step 17: the mark was corrected 4 -> 5- under the same id (§3.1); the old value is gone",
        student=st(P["P1"]), date="2024-11-20", subject="Алгебра", value="4")
    add("no_mark", "step 17: number 1 of the double mark is omitted by the re-pull; 5/5 became 5 (§3.1, §7)",
        student=st(P["P5"]), date="2024-11-22", subject="Литература", value="5/5")
    add("no_mark", "step 7: Алексеева's 5 belongs to subgroup 1; Борисов (subgroup 2) has only his own 4 (§3.8)",
        student=st(P["P2"]), date="2024-11-11", subject="Информатика", value="5")
    add("no_mark", "step 7/16: the relayed answer gives many marks one corrupted id (§1); keyed on id_str each mark "
                   "stays distinct, so no mark of another pupil shows (Алексеева's 5 is hers only)",
        student=st(P["P4"]), date="2024-11-11", subject="Алгебра", value="5")
    # ---- attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, person), e in sorted(logs.items(), key=lambda x: (lessons[x[0][0]]["date"], x[0])):
        les = lessons[lid]
        if person not in inv or (e["status"] == "Attend" and inv[person] != "P1"):
            continue
        f = {"student": st(person), "date": les["date"], "subject": sname(les["subject"]), "number": les["slot"],
             "code": e["status"]}
        if e["status"] in meaning:
            f["meaning"] = meaning[e["status"]]
        add("attendance", f"step {steps_of('log', (lid, person))}: lesson-log entry (lesson {lid}, person {person}), "
                          f"no own id (§3.5); status {e['status']} (§6)" +
            ("; Pass is code only: its meaning is disputed (§6, §11)" if e["status"] == "Pass" else "")
            + (f"; comment «{e['comment']}»" if e["comment"] else ""), **f)
    add("attendance", "step 17: the Late entry of 2024-11-20 Литература is omitted by the re-pull of the same "
                      "lesson-log-entries and schedules requests: no entry = present (§3.5, §6, §7)",
        student=st(P["P6"]), date="2024-11-20", subject="Литература", number=4, meaning="present")
    # ---- homework
    hws = {k: v for k, v in works.items() if v["type"] == "Homework"}
    for p in ("P1", "P2"):
        for k, h in sorted(hws.items()):
            les = lessons[h["lesson"]]
            if not w.sees(P[p], les) or (h["group"] and h["group"] not in w.members[P[p]]):
                continue
            if p == "P2" and h["group"] == cls and not (h["files"] or "410" in h["text"]):
                continue  # the class's plain homework is stated for Алексеева only
            f = {"student": st(P[p]), "subject": sname(les["subject"]), "text": h["text"], "due": h["target"]}
            if h["files"]:
                f["attachments"] = [w.files[x] for x in h["files"]]
            add("homework", f"step {steps_of('work', k)}: Work {k} type Homework, targetDate = due (midnight, §2, "
                            f"§3.2)" + ("; files are ids resolved through the homework bundle's files (§3.2, §3.7)"
                                        if h["files"] else "") +
                ("; text and due date edited, step 17 re-pull" if "410" in h["text"] else ""), **f)
    add("no_homework", "step 17: the homework text was edited; the old text is gone (same work id)",
        student=st(P["P1"]), subject="Алгебра", text="№ 401–405")
    for p in ("P1", "P2", "P4"):
        add("no_homework", "step 17: the Русский язык homework of 2024-11-19 is omitted from every re-pulled answer "
                           "that carried it (lessons works, homework bundle, schedules): withdrawn (§7)",
            student=st(P[p]), subject="Русский язык", text="Упр. 212 (списать, расставить знаки)")
    for k, h in sorted(hws.items()):
        g = h["group"]
        if w.groups.get(g, {}).get("type") == "Subgroup":
            other = "P2" if g in w.members[P["P1"]] else "P1"
            add("no_homework", f"step {steps_of('work', k)}: homework of subgroup {w.groups[g]['name']} (eduGroup {g}); "
                               "the pupil is in the other subgroup (§3.8)",
                student=st(P[other]), subject="Информатика", text=h["text"])
    # ---- final marks
    for fid, fm in sorted(finals.items(), key=lambda x: x[0]):
        subj = sname(fm["subject"])
        if subj not in ("Алгебра", "Физика", "Физическая культура") or (
                subj == "Физическая культура" and fm["value"] == "зачёт" and fm["person"] != P["P4"]):
            continue
        add("final_mark", f"step {steps_of('final', fid)}: edu-groups/{{g}}/final-marks \"per-subject-final-marks\"/"
                          f"\"final-mark\" (hyphenated keys, lesson null, §3.13); period through reportingPeriod_str "
                          f"{fm['period']}" + ({"н/а": "; scale markna (§5)", "осв": "; scale markdismiss (§5)",
                                                "зачёт": "; scale test (§5)"}.get(fm["value"], "")) +
            "",
            student=st(fm["person"]), subject=subj, period=w.periods[fm["period"]][0], value=fm["value"])
    # ---- vendor averages
    per_of = {(v[1], v[2]): v[0] for v in w.periods.values()}
    for key, a in sorted(w.of("avg").items()):
        person, subj, kind, a_, b_ = key
        keep = (kind == "avg-marks" and (inv.get(person) == "P2" or (inv.get(person) in ("P1", "P4", "P6")
                                                                       and sname(subj) == "Алгебра"))) or \
               (kind == "wa-marks" and inv.get(person) in ("P3", "P5"))
        if not keep:
            continue
        f = {"student": st(person), "subject": sname(subj), "value": a["value"]}
        if (a_, b_) in per_of:
            f["period"] = per_of[(a_, b_)]
        add("vendor_average", f"step {steps_of('avg', key)}: edu-groups/{{g}}/{kind}/{a_}/{b_} "
                              + ("\"avg-mark-value\" string as sent" if kind == "avg-marks" else "float value, no person_str")
                              + " (§3.13); the range equals 1 триместр's start/finish", **f)
    for (person, rp), a in sorted(w.of("avg1").items()):
        add("vendor_average", f"step {steps_of('avg1', (person, rp))}: persons/{person}/reporting-periods/{rp}/avg-mark "
                              "answers a bare string (§3.13)", student=st(person), subject=None, value=a["value"],
            period=w.periods[rp][0])
    facts = [f for f in facts if not (f["kind"] == "vendor_average" and f.get("subject") is None)]
    counters = {}
    out = []
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        out.append({"id": f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:02d}", **f})
    (HERE / "facts.json").write_text(json.dumps({"vendor": "dnevnik_ru", "facts": out}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    print(len(out), "facts", dict(sorted(counters.items())))


if __name__ == "__main__":
    main()
