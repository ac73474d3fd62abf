"""Derives facts.json from journey.json by the reference's rules (shared/reference/dnevnik_ru.md, cited §N).

Standard library only; never imports the hub; deterministic. The rules:

1. Ids (§1): an entity's id is its `*_str` twin (also camel `idStr`) when present, else the numeric field, which
   may be an int or a string of digits (the public pydantic models coerce "3" to int). A null numeric id beside
   a `_str` twin is no obstacle: key on `_str`. Fields the reference does not list are ignored, whatever their
   value or nesting (forward compatibility: a client model ignores unknown keys, SchoolMosregRuAPI `Type`).
2. Optional values (§3, SchoolMosregRuAPI `Lesson`, `Work`, `LessonLogEntries`): null, "" and [] state nothing.
   A lesson's teacher is asserted only when every answer holding the lesson that carries a teacher list names
   the same teacher (an empty list in one answer is not settled by the reference: no teacher asserted then).
3. Dates (§2): local wall-clock date-times; fractional seconds of any length and the school's own offset (+03:00)
   do not change the local date or time; the date is the first 10 characters, the time characters 11..16.
4. Lessons (§3.4): entity lessons (group ranges, `POST lessons/many`, `lessons/{id}`) and the flattened bundle
   lessons (homework bundle, schedules). topic = `title`; slot = `number` (int or digit string); subject from the
   embedded `subject.name` or `subjectId` through a subjects list; teacher = the `users/many` `fullName` of the
   person in `teachers`/`teachers_str`; room = `place`, end time from `hours` (bundles only). A class lesson is
   shown to every pupil of the class. The latest `pulled_at` wins per field.
5. Marks (§3.1): text = `textValue` when non-empty, else `value`; work type title and weight from the standalone
   work types (§3.3; a weight sent as "2" is 2); `use_avg_calc` is whether it counts. The diary files it under
   its lesson's date and subject.
6. Attendance (§3.5, §6): Attend -> present (no code asserted), Absent -> absent, Ill -> ill, Late -> late, each
   with its code; Pass -> only the code `Pass` (its meaning is disputed, §6).
7. Homework (§3.2, §3.7, §0 schedules): a work of type `Homework` with non-empty `text`; set on its lesson's date,
   due on `targetDate`'s date; shown to the class's pupils, or, when `tasks` lists persons, to those.
8. Final marks (§3.13, §8.4): per person and reporting period (`reportingPeriod_str`), per subject
   (`subject_str`), the `final-mark`'s text (rule 5). Averages (§3.13): `avg-mark-value` as sent; a range equal
   to a period's first and last day is that period's.
9. Periods and holidays (§3.12): `start`/`finish` dates of the bare list and of the wrapped group; holidays `dateStart`..`dateFinish` of the class.
10. Guardians (§3.9): `users/{u}/context` `children` by `personId_str`/`personId`; the class teacher is the
    `classteacher` person, named Last First Middle.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))


def ident(obj, key):
    for k in (key + "_str", key + "Str"):
        v = obj.get(k)
        if isinstance(v, str) and v:
            return v
    v = obj.get(key)
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str) and v.isdigit():
        return v
    return None


def num(v):
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v)
    return None


def given(v):
    return v is not None and v != "" and v != []


records = [(s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]
group = None
school = None
pupils = []
subjects = {}  # id -> name
work_types = {}  # id -> (title, weight)
full_names = {}  # person -> full name
lessons = {}  # id -> {field: (pulled_at, value, why)}
teacher_lists = {}  # lesson -> set of teacher tuples stated
marks = {}  # id -> (pulled, mark, request)
logs = {}  # (lesson, person) -> (pulled, entry, request)
homeworks = {}  # id -> (pulled, work, request)
finals = {}  # (person, period, subject) -> (pulled, mark, request)
averages = {}  # (person, subject, from, to) -> (value, request)
periods = {}  # id -> (name, start, finish)
holidays = []
children = {}  # guardian person -> [child persons]
class_teacher = None


def state(lesson_id, field, value, at, why):
    if not given(value):
        return
    cur = lessons.setdefault(lesson_id, {}).get(field)
    if cur is None or cur[0] <= at:
        lessons[lesson_id][field] = (at, value, why)


def take_lesson(l, at, why, subject_names):
    i = ident(l, "id")
    if i is None:
        return
    state(i, "topic", l.get("title"), at, why)
    if isinstance(l.get("date"), str):
        state(i, "date", l["date"][:10], at, why)
        state(i, "starts_at", l["date"][11:16], at, why)
    state(i, "number", num(l.get("number")), at, why)
    sub = l.get("subject")
    if isinstance(sub, dict):
        state(i, "subject", sub.get("name"), at, why)
    else:
        sid = ident(l, "subjectId")
        state(i, "subject", subject_names.get(sid) or subjects.get(sid), at, why)
    state(i, "room", l.get("place"), at, why)
    if isinstance(l.get("hours"), str) and " - " in l["hours"]:
        state(i, "ends_at", l["hours"].split(" - ")[1].strip()[:5], at, why)
    ts = l.get("teachers_str") if given(l.get("teachers_str")) else l.get("teachers")
    if isinstance(ts, list):
        teacher_lists.setdefault(i, set()).add(tuple(str(t) for t in ts))


def take_mark(m, at, why):
    i = ident(m, "id")
    if i is None:
        return
    if i not in marks or marks[i][0] <= at:
        marks[i] = (at, m, why)


def take_log(e, at, why, lesson=None, person=None):
    key = (ident(e, "lesson") or lesson, ident(e, "person") or person)
    if None in key:
        return
    if key not in logs or logs[key][0] <= at:
        logs[key] = (at, e, why)


def take_work(w, at, why):
    if w.get("type") != "Homework" or not given(w.get("text")):
        return
    i = ident(w, "id")
    if i not in homeworks or homeworks[i][0] <= at:
        homeworks[i] = (at, w, why)


for step, r in records:
    req, body, at = r["request"], r["body"], r["pulled_at"]
    path = req.split(" ", 1)[1].split("?")[0]
    why = f"{step}: {req} (pulled {at})"
    if re.fullmatch(r"/v2/schools/\d+", path):
        school = ident(body, "id")
    elif re.fullmatch(r"/v2/work-types/\d+", path):
        for t in body:
            work_types[ident(t, "id")] = (t.get("title") or t.get("name"), num(t.get("weight")))
    elif path.endswith("/subjects") and path.startswith("/v2/schools/"):
        for s in body:
            subjects[ident(s, "id")] = s["name"]
    elif re.fullmatch(r"/v2/edu-groups/\d+", path):
        group = ident(body, "id")
    elif path.endswith("/persons") and "/edu-groups/" in path:
        pupils = [ident(p, "id") for p in body]
    elif path.endswith("/reporting-periods"):
        for p in body:
            periods[ident(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10])
    elif path.endswith("/reporting-period-group"):
        for p in body.get("reportingPeriods") or []:
            periods[ident(p, "id")] = (p["name"], p["start"][:10], p["finish"][:10])
        for h in body.get("holidays") or []:
            holidays.append((h["name"], h["dateStart"][:10], h["dateFinish"][:10], why))
    elif path == "/v2/users/many":
        for u in body:
            full_names[ident(u, "personId")] = u["fullName"]
    elif path.endswith("/classteacher"):
        class_teacher = (" ".join(x for x in (body.get("lastName"), body.get("firstName"), body.get("middleName"))
                                  if x), why)
    elif path.endswith("/context"):
        guardian = ident(body, "personId")
        children[guardian] = ([ident(c, "personId") for c in body.get("children") or []], why)
    elif "/lessons/" in path and path.startswith("/v2/edu-groups/") or path == "/v2/lessons/many":
        for l in body:
            take_lesson(l, at, why, {})
    elif re.fullmatch(r"/v2/lessons/\d+", path):
        take_lesson(body, at, why, {})
    elif path.endswith("/marks") and "/avg" not in path or "/marks/" in path and "/edu-groups/" in path \
            or re.fullmatch(r"/v2/marks/\d+", path):
        for m in body if isinstance(body, list) else [body]:
            take_mark(m, at, why)
    elif path.endswith("/log-entries") or path.startswith("/v2/lesson-log-entries"):
        lesson = re.search(r"/lessons/(\d+)/", path)
        for e in body if isinstance(body, list) else [body]:
            take_log(e, at, why, lesson=lesson and lesson.group(1))
    elif "/homeworks" in path:
        names = {ident(s, "id"): s["name"] for s in body.get("subjects") or []}
        for l in body.get("lessons") or []:
            take_lesson(l, at, why, names)
        for w in body.get("works") or []:
            take_work(w, at, why)
    elif path.endswith("/schedules"):
        person = re.search(r"/persons/(\d+)/", path).group(1)
        for d in body["days"] if isinstance(body, dict) else body:
            names = {ident(s, "id"): s["name"] for s in d.get("subjects") or []}
            for l in d.get("lessons") or []:
                take_lesson(l, at, why, names)
            for m in d.get("marks") or []:
                take_mark(m, at, why)
            for e in d.get("lessonLogEntries") or []:
                take_log(e, at, why, person=person)
            for w in (d.get("homeworks") or []) + (d.get("works") or []):
                take_work(w, at, why)
    elif re.fullmatch(r"/v2/works/\d+", path):
        take_work(body, at, why)
    elif path.endswith("/final-marks"):
        for row in body:
            for ps in row.get("per-subject-final-marks") or []:
                fm = ps.get("final-mark")
                if fm:
                    key = (ident(row, "person"), ident(row, "reportingPeriod"), ident(ps, "subject"))
                    finals[key] = (at, fm, why)
    elif "/avg-marks/" in path:
        frm, to = path.rstrip("/").split("/")[-2:]
        for row in body:
            for ps in row.get("per-subject-averages") or []:
                averages[(ident(row, "person"), ident(ps, "subject"), frm[:10], to[:10])] = (ps["avg-mark-value"], why)

facts = []


def add(kind, why, **fields):
    facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                  "kind": kind, **fields, "why": why})


def text_of(m):
    return m["textValue"] if given(m.get("textValue")) else m["value"]


for lesson_id in sorted(lessons, key=lambda i: (lessons[i]["date"][1], lessons[i]["number"][1])):
    f = lessons[lesson_id]
    teacher = None
    stated = teacher_lists.get(lesson_id, set())
    if len(stated) == 1 and len(next(iter(stated))) == 1:
        teacher = full_names.get(next(iter(stated))[0])
    for p in pupils:
        extra = {k: f[k][1] for k in ("topic", "starts_at", "ends_at", "room") if k in f}
        if teacher:
            extra["teacher"] = teacher
        add("lesson", f"lesson {lesson_id} of the class (§3.4, §2, rule 4); latest: {f['topic'][2]}",
            student={"person": p}, date=f["date"][1], subject=f["subject"][1], number=f["number"][1], **extra)

for mark_id in sorted(marks):
    at, m, why = marks[mark_id]
    lesson = lessons[ident(m, "lesson")]
    title, weight = work_types[ident(m, "workType")]
    extra = {"counts": m["use_avg_calc"]} if isinstance(m.get("use_avg_calc"), bool) else {}
    add("mark", f"mark {mark_id} (§3.1, §3.3 weight from the standalone work type, rule 5): {why}",
        student={"person": ident(m, "person")}, date=lesson["date"][1], subject=lesson["subject"][1],
        value=text_of(m), work_type=title, weight=weight, **extra)

MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for (lesson_id, person), (at, e, why) in sorted(logs.items()):
    lesson = lessons[lesson_id]
    status = e["status"]
    extra = {"meaning": MEANING[status]} if status in MEANING else {}
    if status != "Attend":
        extra["code"] = status
    add("attendance", f"log entry of lesson {lesson_id} (§3.5, §6, rule 6): {why}", student={"person": person},
        date=lesson["date"][1], subject=lesson["subject"][1], **extra)

for work_id in sorted(homeworks):
    at, w, why = homeworks[work_id]
    lesson = lessons[ident(w, "lesson")]
    who = [ident(t, "person") for t in w.get("tasks") or []] or pupils
    for p in who:
        add("homework", f"homework work {work_id} (§3.2, §3.7, rule 7): {why}", student={"person": p},
            subject=lesson["subject"][1], text=w["text"], date=lesson["date"][1], due=w["targetDate"][:10])

for (person, period, subject), (at, m, why) in sorted(finals.items()):
    add("final_mark", f"final mark (§3.13, §8.4, §1 `_str` twins, rule 8): {why}", student={"person": person},
        subject=subjects[subject], period=periods[period][0], value=text_of(m))

for (person, subject, frm, to), (value, why) in sorted(averages.items()):
    extra = {"period": n for n, s, f in periods.values() if (s, f) == (frm, to)}
    add("vendor_average", f"avg-mark-value as sent (§3.13, rule 8): {why}", student={"person": person},
        subject=subjects[subject], value=value, **extra)

for pid, (name, start, finish) in sorted(periods.items()):
    add("period", f"reporting period {pid} (§3.12, rule 9)", name=name, starts_on=start, ends_on=finish)

for name, start, finish, why in holidays:
    add("holiday", f"holiday of the class's period group (§3.12, rule 9): {why}", **{"class": {"group": group}},
        date=start, name=name)

for guardian, (kids, why) in sorted(children.items()):
    add("children", f"the parent's context children (§3.9, §1, rule 10): {why}", guardian={"person": guardian},
        children=[{"person": k} for k in sorted(kids)])

if class_teacher:
    add("class_teacher", f"edu-groups/{{g}}/classteacher (§3.9, rule 10): {class_teacher[1]}",
        group={"group": group}, teacher=class_teacher[0])

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                 encoding="utf-8")
kinds = {}
for f in facts:
    kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
print(len(facts), "facts", kinds)
