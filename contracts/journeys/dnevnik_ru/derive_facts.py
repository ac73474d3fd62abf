#!/usr/bin/env python3
"""Derives facts.json from journey.json: what a parent of each pupil must see in the diary.

Standard library only; imports nothing of the hub. Semantics follow /work/shared/reference/dnevnik_ru.md:
  * ids: the `_str` twin wins over the integer (§1, kundelik capture); missing twins fall back to the exact
    integer (json.load keeps ints exact);
  * records are replayed in push order; an answer to a request replaces that request's previous answer; an item
    that a later answer to the **same request** no longer contains is deleted (CORPUS.md §1) unless another,
    later answer still carries it; the latest answer carrying an item gives its values (corrections);
  * request paths are normalised: host, `/v2/` or `/v2.0/` prefix and a leading slash name the same endpoint;
  * times are the school's local wall-clock strings as sent (§2), never shifted;
  * weights and work-type names come from the standalone `work-types/{school}` shape (§3.1, §3.3);
  * pupils see their class's lessons and only their own subgroup's (§3.8 membership, POST edu-groups);
  * where the reference leaves a meaning open ([?]) no fact depends on it (e.g. `Pass` gets only its code).
"""
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

HERE = Path(__file__).resolve().parent
JOURNEY = HERE / "journey.json"
FACTS = HERE / "facts.json"
TWO53 = 2 ** 53


# ------------------------------------------------------------------------------------------- helpers
def sid(obj, field="id"):
    """The id as a string: the `_str` twin if present (also camel `Str` / PascalCase `IdStr`), else the int."""
    if not isinstance(obj, dict):
        return None
    for k in (field + "_str", field + "Str", field[:1].upper() + field[1:] + "Str"):
        v = obj.get(k)
        if isinstance(v, str) and v:
            return v
    for k in (field, field[:1].upper() + field[1:]):
        v = obj.get(k)
        if isinstance(v, bool):
            continue
        if isinstance(v, int):
            return str(v)
        if isinstance(v, str) and v.isdigit():
            return v
    return None


def sid_list(obj, field):
    v = obj.get(field + "_str")
    if isinstance(v, list):
        return [str(x) for x in v]
    v = obj.get(field)
    if isinstance(v, list):
        return [str(x) for x in v]
    return []


def day(s):
    return s[:10] if isinstance(s, str) else None


def hhmm(s):
    return s[11:16] if isinstance(s, str) and len(s) >= 16 else None


def normalise(request, request_body):
    method, _, rest = request.strip().partition(" ")
    if not rest:
        method, rest = "GET", method
    elif method.upper() not in ("GET", "POST", "PUT", "DELETE", "PATCH"):
        method, rest = "GET", request.strip()
    parts = urlsplit(rest)
    path = parts.path if parts.scheme else rest.split("?", 1)[0]
    query = parts.query if parts.scheme else (rest.split("?", 1)[1] if "?" in rest else "")
    path = path.lstrip("/")
    path = re.sub(r"^(v2\.0|v2)/", "", path)
    q = tuple(sorted(parse_qsl(query, keep_blank_values=True)))
    key = (method.upper(), path, q, json.dumps(request_body, sort_keys=True))
    return method.upper(), path, dict(q), q, key


# ------------------------------------------------------------------------------------------- store
class Store:
    def __init__(self):
        self.seq = 0
        self.last = {}                       # request key -> set of (kind, key)
        self.seen = {}                       # (kind, key) -> seq
        self.dropped = {}                    # (kind, key) -> seq
        self.obj = {}                        # (kind, key) -> latest object
        self.step = {}                       # (kind, key) -> step number of the latest carrying answer
        self.first_step = {}
        self.history = defaultdict(list)     # (kind, key) -> [object per carrying answer]
        self.drop_step = {}
        self.ref = {}                        # reference data: kind -> key -> obj (latest wins, never deleted)
        self.ref_step = {}

    def answer(self, reqkey, items, step):
        self.seq += 1
        new = set()
        for kind, key, obj in items:
            k = (kind, key)
            new.add(k)
            self.seen[k] = self.seq
            self.obj[k] = obj
            self.step[k] = step
            self.first_step.setdefault(k, step)
            self.history[k].append((step, obj))
        for k in self.last.get(reqkey, set()) - new:
            self.dropped[k] = self.seq
            self.drop_step[k] = step
        self.last[reqkey] = new

    def hist(self, kind, key):
        """The item's object in every answer that carried it, in push order."""
        return [o for _, o in self.history[(kind, key)]]

    def since(self, kind, key, fn):
        """The step from which fn(object) has had its final value (the step of the last change)."""
        h = self.history[(kind, key)]
        final = fn(h[-1][1])
        s = h[-1][0]
        for step, o in reversed(h):
            if fn(o) != final:
                break
            s = step
        return s

    def exists(self, kind, key):
        k = (kind, key)
        return k in self.seen and self.seen[k] > self.dropped.get(k, -1)

    def alive(self, kind):
        return {k[1]: self.obj[k] for k in self.seen if k[0] == kind and self.exists(*k)}

    def ever(self, kind):
        return {k[1]: self.obj[k] for k in self.seen if k[0] == kind}

    def put(self, kind, key, obj, step):
        self.ref.setdefault(kind, {})[key] = obj
        self.ref_step.setdefault(kind, {})[key] = step


ST = Store()
UNROUTED = []


# ------------------------------------------------------------------------------------------- extractors
def mark_items(marks, extra=None, final_kind="final"):
    out = []
    for m in marks or []:
        if not isinstance(m, dict) or sid(m) is None:
            continue
        kind = "mark" if sid(m, "lesson") else final_kind
        o = dict(m)
        if extra:
            o.update(extra)
        out.append((kind, sid(m), o))
    return out


def work_items(works):
    out = []
    for w in works or []:
        if isinstance(w, dict) and sid(w):
            out.append(("work", sid(w), w))
    return out


def lesson_items(lessons):
    out = []
    for les in lessons or []:
        if not isinstance(les, dict) or sid(les) is None:
            continue
        if "subject" in les and isinstance(les["subject"], dict):
            out.append(("lesson", sid(les), les))
            subj = les["subject"]
            ST.put("subject", sid(subj), subj.get("name"), CUR_STEP[0])
            out += work_items(les.get("works"))
        else:
            out.append(("blesson", sid(les), les))
    return out


def entry_items(entries):
    return [("entry", (sid(e, "lesson"), sid(e, "person")), e) for e in entries or [] if isinstance(e, dict)]


def note_group(g, step):
    if isinstance(g, dict) and sid(g):
        ST.put("group", sid(g), {"name": g.get("name"), "type": g.get("type"),
                                 "parents": sid_list(g, "parentIds")}, step)


def note_person(p, step):
    if isinstance(p, dict) and sid(p):
        ST.put("person", sid(p), p, step)


def note_bundle_subjects(subjects, step):
    for s in subjects or []:
        if isinstance(s, dict) and sid(s):
            ST.put("subject", sid(s), s.get("name"), step)


def note_embedded_wts(wts, step):
    for w in wts or []:
        if isinstance(w, dict) and sid(w):
            ST.put("wt_embedded", sid(w), w.get("name"), step)


CUR_STEP = [0]


def route(method, path, query, body, request_body, step):
    """Returns the items (deletable collections) this answer carries; records reference data on the way."""
    m = re.fullmatch
    if m(r"schools/\d+", path):
        ST.put("school", sid(body), body, step)
        return []
    if m(r"schools/\d+/subjects", path):
        for s in body:
            ST.put("subject", sid(s), s.get("name"), step)
        return []
    if (m(r"schools/\d+/edu-groups", path) or m(r"persons/\d+/(schools/\d+/)?edu-groups(/all)?", path)):
        for g in body:
            note_group(g, step)
        return []
    if m(r"edu-groups/\d+", path) and method == "GET":
        note_group(body, step)
        return []
    if m(r"edu-groups", path) and method == "POST":
        items = []
        for entry in body:
            g = entry.get("group")
            note_group(g, step)
            for s in entry.get("students") or []:
                p = s.get("person")
                note_person(p, step)
                items.append(("membership", (sid(g), sid(p)), {"status": s.get("membershipstatus")}))
        return items
    if m(r"edu-groups/\d+/(persons|students|teachers)", path) or m(r"persons/\d+", path):
        for p in body if isinstance(body, list) else [body]:
            note_person(p, step)
        return []
    if m(r"users/many", path) or m(r"users/(\d+|me)", path):
        for u in body if isinstance(body, list) else [body]:
            ST.put("user", sid(u), u, step)
        return []
    if m(r"schools/\d+/teachers", path):      # PascalCase (§3.9)
        for t in body:
            ST.put("person", sid(t, "Id"), {"id_str": sid(t, "Id"), "userId_str": sid(t, "UserId"),
                                            "firstName": t.get("FirstName"), "lastName": t.get("LastName"),
                                            "middleName": t.get("MiddleName")}, step)
        return []
    mm = m(r"edu-groups/(\d+)/classteacher", path)
    if mm:
        note_person(body, step)
        ST.put("classteacher", mm.group(1), sid(body), step)
        return []
    if m(r"teacher/\d+/students", path):
        for g in body:
            for p in g.get("students") or []:
                note_person(p, step)
        return []
    if m(r"edu-groups/\d+/reporting-periods", path):
        for p in body:
            ST.put("period", sid(p), p, step)
        return []
    mm = m(r"edu-groups/(\d+)/reporting-period-group", path)
    if mm:
        for p in body.get("reportingPeriods") or []:
            ST.put("period", sid(p), p, step)
        for h in body.get("holidays") or []:
            ST.put("holiday", (mm.group(1), sid(h)), h, step)
        return []
    if m(r"work-types/\d+", path):
        for w in body:
            ST.put("wt", sid(w), w, step)
        return []
    if (m(r"edu-groups/\d+/(subjects/\d+/)?lessons/[^/]+/[^/]+", path) or m(r"lessons/\d+", path)
            or (m(r"lessons/many", path) and method == "POST")):
        return lesson_items(body if isinstance(body, list) else [body])
    if m(r"works", path) or m(r"lessons/\d+/works", path) or m(r"works/\d+", path) or m(r"works/many", path):
        return work_items(body if isinstance(body, list) else [body])
    if (m(r"edu-groups/\d+/(subjects/\d+/)?marks/[^/]+/[^/]+", path)
            or m(r"persons/\d+/(schools|edu-groups)/\d+/marks/[^/]+/[^/]+", path)
            or m(r"(works|lessons)/\d+/marks", path) or m(r"marks/\d+", path)
            or m(r"lessons/\d{4}-\d\d-\d\d/persons/\d+/marks", path) or m(r"persons/\d+/marks/[^/]+", path)
            or (m(r"lessons/marks", path) and method == "POST")):
        return mark_items(body if isinstance(body, list) else [body])
    if (m(r"lesson-log-entries/group/\d+", path) or m(r"lessons/\d+/log-entries", path)
            or m(r"lesson-log-entries", path) or m(r"lesson-log-entries/lesson/\d+/person/\d+", path)):
        return entry_items(body if isinstance(body, list) else [body])
    if m(r"persons/\d+/lesson-log-entries", path):
        if isinstance(body, dict):   # the {logEntries, lessons} shape one client reads
            return entry_items(body.get("logEntries")) + lesson_items(body.get("lessons"))
        return entry_items(body)
    if m(r"users/me/school/(\d+/)?homeworks", path) or m(r"persons/\d+/school/\d+/homeworks", path):
        note_bundle_subjects(body.get("subjects"), step)
        for t in body.get("teachers") or []:
            note_person(t, step)
        items = work_items(body.get("works")) + lesson_items(body.get("lessons"))
        for f in body.get("files") or []:
            ST.put("file", sid(f), f, step)
        return items
    if m(r"persons/\d+/groups/\d+/schedules", path):
        items = []
        for d in body.get("days") or []:
            note_bundle_subjects(d.get("subjects"), step)
            note_embedded_wts(d.get("workTypes"), step)
            for t in d.get("teachers") or []:
                note_person(t.get("person"), step)
            items += lesson_items(d.get("lessons")) + mark_items(d.get("marks"))
            items += work_items(d.get("works")) + work_items(d.get("homeworks"))
            items += entry_items(d.get("lessonLogEntries"))
        return items
    if m(r"persons/\d+/group/\d+/recentmarks", path):
        note_bundle_subjects(body.get("subjects"), step)
        note_embedded_wts(body.get("workTypes"), step)
        return (mark_items(body.get("marks")) + work_items(body.get("works")) + lesson_items(body.get("lessons"))
                + entry_items(body.get("lessonLogEntries")))
    if m(r"(persons/\d+/)?edu-groups/\d+/final-marks", path):
        items = []
        for pf in body:
            if "per-subject-final-marks" in pf:
                for sf in pf.get("per-subject-final-marks") or []:
                    # kept apart from the other final-mark endpoints: only this shape names the period
                    items += mark_items([sf.get("final-mark")], {"_subject": sid(sf, "subject"),
                                                                 "_period": sid(pf, "reportingPeriod"),
                                                                 "_group": sid(pf, "group")}, "final_fm")
            elif "final-mark" in pf:
                items += mark_items([pf.get("final-mark")], {"_subject": sid(pf, "subject")})
        return items
    mm = m(r"edu-groups/\d+/subjects/(\d+)/final-marks", path)
    if mm:
        return mark_items(body, {"_subject": mm.group(1)})
    if m(r"persons/\d+/edu-groups/\d+/allfinalmarks", path):
        note_bundle_subjects(body.get("subjects"), step)
        note_embedded_wts(body.get("workTypes"), step)
        return mark_items(body.get("marks")) + work_items(body.get("works"))
    mm = m(r"edu-groups/\d+/avg-marks/([^/]+)/([^/]+)", path)
    if mm:
        items = []
        for pa in body:
            for sa in pa.get("per-subject-averages") or []:
                items.append(("avg", (sid(pa, "person"), sid(sa, "subject"), day(mm.group(1)), day(mm.group(2))),
                              sa.get("avg-mark-value")))
        return items
    mm = m(r"edu-groups/\d+/wa-marks/([^/]+)/([^/]+)", path)
    if mm:
        items = []
        for sm in body.get("subjectMarks") or []:
            for pm in sm.get("marks") or []:
                items.append(("wa", (sid(pm, "person"), sid(sm, "subject"), day(mm.group(1)), day(mm.group(2))),
                              json.dumps(pm.get("value"))))
        return items
    mm = m(r"users/(\d+)/context", path)
    if mm:
        return [("children", sid(body, "userId") or mm.group(1),
                 sorted(sid(c, "personId") for c in body.get("children") or []))]
    if m(r"users/(\d+|me)/relatives", path) or m(r"user/\d+/children", path):
        for r in body:
            note_person(r.get("person") if "person" in r else r, step)
        return []
    if (m(r"marks/values(/type/\w+)?", path) or m(r"lesson-log-entries/statuses", path)
            or m(r"(edu-groups|schools)/\d+/timetables", path) or m(r"works/\d+/marks/histogram", path)
            or m(r"(lessons|works)/\d+/tasks", path) or m(r"persons/\d+/tasks", path)
            or m(r"tasks/\d+/undone", path) or m(r"persons/\d+/reporting-periods/\d+/avg-mark", path)):
        return []
    UNROUTED.append(path)
    return []


# ------------------------------------------------------------------------------------------- replay
def replay(journey):
    names = {}
    for si, stp in enumerate(journey["steps"], 1):
        names[si] = stp["name"].split(":")[0].split(" ")[0].rstrip(".")
        CUR_STEP[0] = si
        for batch in stp["batches"]:
            for r in batch:
                method, path, query, q, key = normalise(r["request"], r.get("request_body"))
                items = route(method, path, query, r["body"], r.get("request_body"), si)
                ST.answer(key, items, si)
    return names


# ------------------------------------------------------------------------------------------- facts
def main():
    journey = json.loads(JOURNEY.read_text(encoding="utf-8"))
    replay(journey)
    if UNROUTED:
        print("unrouted endpoints: " + ", ".join(sorted(set(UNROUTED))), file=sys.stderr)
    facts = []
    counters = defaultdict(int)

    def add(kind, prefix, why, **fields):
        counters[prefix] += 1
        f = {"id": f"{prefix}-{counters[prefix]:02d}", "kind": kind}
        f.update({k: v for k, v in fields.items() if v is not None})
        f["why"] = why
        facts.append(f)

    persons = ST.ref.get("person", {})
    users = ST.ref.get("user", {})
    groups = ST.ref.get("group", {})
    subjects = ST.ref.get("subject", {})
    wts = ST.ref.get("wt", {})
    wt_emb = ST.ref.get("wt_embedded", {})
    periods = ST.ref.get("period", {})
    files = ST.ref.get("file", {})

    def full_name(pkey):
        p = persons.get(pkey) or {}
        u = users.get(sid(p, "userId") or "") or {}
        if u.get("fullName"):
            return u["fullName"]
        return " ".join(x for x in (p.get("lastName"), p.get("firstName"), p.get("middleName")) if x)

    # membership (POST edu-groups)
    member_of = defaultdict(set)
    for (g, p), o in ST.alive("membership").items():
        if o.get("status") == "Active":
            member_of[p].add(g)
    class_groups = sorted(g for g, info in groups.items() if info.get("type") == "Group"
                          and any(g in gs for gs in member_of.values()))
    klass = class_groups[0]
    pupils = sorted((p for p, gs in member_of.items() if klass in gs), key=lambda x: (len(x), x))

    def pref(p):
        return {"person": p}

    # lessons (entity shape) alive, with the flattened bundle shape for room/hours
    lessons = ST.alive("lesson")
    blessons = ST.alive("blesson")
    L = {}
    for k, les in lessons.items():
        L[k] = {"id": k, "date": day(les["date"]), "start": hhmm(les["date"]), "number": les.get("number"),
                "subject": subjects.get(sid(les["subject"])) or les["subject"].get("name"),
                "group": sid(les, "group"), "title": les.get("title"), "teachers": sid_list(les, "teachers"),
                "step": ST.step[("lesson", k)]}
        b = blessons.get(k)
        if b:
            hours = b.get("hours") or ""
            L[k]["end"] = hours.split("-")[-1].strip() if "-" in hours else None
            L[k]["room"] = b.get("place")
    # fortnight = the range the class's lesson requests asked for
    ranges = []
    for rk in ST.last:
        mm = re.fullmatch(r"edu-groups/(\d+)/lessons/([^/]+)/([^/]+)", rk[1])
        if mm and mm.group(1) == klass:
            ranges.append((day(mm.group(2)), day(mm.group(3))))
    d_from, d_to = min(r[0] for r in ranges), max(r[1] for r in ranges)
    in_fortnight = {k: v for k, v in L.items() if d_from <= v["date"] <= d_to}

    def lessons_of(p):
        return [v for v in in_fortnight.values() if v["group"] in member_of[p]]

    def subgroup_label(g):
        info = groups.get(g) or {}
        return info.get("name") if info.get("type") == "Subgroup" or info.get("parents") else None

    # parents and children (users/{u}/context); twins = two pupils of the class listed for one parent
    contexts = ST.alive("children")
    twins = []
    for u in sorted(contexts):
        kids = [c for c in contexts[u] if c in pupils]
        if len(kids) >= 2 and not twins:
            twins = sorted(kids, key=lambda x: (len(x), x))
    big = [p for p in pupils if int(p) > TWO53]
    selected = twins + [p for p in big if p not in twins]

    # ---------------------------------------------------------------- children
    for u in sorted(contexts, key=lambda x: (len(x), x)):
        add("children", "children", f"step {ST.step[('children', u)]}: users/{u}/context lists these children by "
            f"person id (children[].personId, no _str twin; §1 Person vs User, §3.9)",
            guardian={"user": u}, children=[pref(c) for c in sorted(contexts[u], key=lambda x: (len(x), x))])

    # ---------------------------------------------------------------- class teacher
    ct = ST.ref.get("classteacher", {})
    for g in sorted(ct):
        add("class_teacher", "class-teacher", f"step {ST.ref_step['classteacher'][g]}: edu-groups/{g}/classteacher "
            f"returns this person; the full name is the user's fullName from users/many (§3.9)",
            group={"group": g}, teacher=full_name(ct[g]))

    # ---------------------------------------------------------------- periods
    for k, p in sorted(periods.items(), key=lambda kv: kv[1].get("start") or ""):
        add("period", "period", f"step {ST.ref_step['period'][k]}: reporting-periods / reporting-period-group; start "
            f"and finish are date-only values sent as midnight (§2, §3.12)",
            name=p.get("name"), starts_on=day(p.get("start")), ends_on=day(p.get("finish")))

    # ---------------------------------------------------------------- holidays
    hol = ST.ref.get("holiday", {})
    hol_dates = set()
    for (g, hid), h in sorted(hol.items(), key=lambda kv: kv[1].get("dateStart") or ""):
        start = dt.date.fromisoformat(day(h["dateStart"]))
        finish = dt.date.fromisoformat(day(h["dateFinish"]))
        stepn = ST.ref_step["holiday"][(g, hid)]
        why = (f"step {stepn}: edu-groups/{g}/reporting-period-group holidays[] dateStart {day(h['dateStart'])} "
               f"(§3.12); only dates before dateFinish are stated (whether dateFinish is inclusive is open)")
        add("holiday", "holiday", why, group={"group": g}, date=start.isoformat(), name=h.get("name"))
        monday = start + dt.timedelta(days=(7 - start.weekday()) % 7 or 7)
        if monday < finish and day(h["dateStart"]) <= d_to:
            add("holiday", "holiday", why, group={"group": g}, date=monday.isoformat(), name=h.get("name"))
        d = start
        while d < finish:
            if d_from <= d.isoformat() <= d_to:
                hol_dates.add((d.isoformat(), h.get("name")))
            d += dt.timedelta(days=1)
    for p in twins:
        for date, name in sorted(hol_dates):
            add("holiday", "holiday", f"step {min(ST.ref_step['holiday'].values())}: the holiday {name} covers {date}, inside the fortnight, for the "
                f"class of this pupil (§3.12; the lessons requests return no lesson that day)",
                student=pref(p), date=date, name=name)

    # ---------------------------------------------------------------- lessons
    def lesson_fact(p, v, why):
        add("lesson", "lesson", why, student=pref(p), date=v["date"], number=v["number"], subject=v["subject"],
            topic=v["title"], starts_at=v["start"], ends_at=v.get("end"),
            teacher=full_name(v["teachers"][0]) if v["teachers"] else None, room=v.get("room"),
            group_label=subgroup_label(v["group"]))

    def lkey(v):
        return (v["date"], v["number"], v["subject"], v["group"])

    first_day = min(v["date"] for v in in_fortnight.values())
    for p in twins:
        for v in sorted((v for v in lessons_of(p) if v["date"] == first_day), key=lkey):
            lab = subgroup_label(v["group"])
            lesson_fact(p, v, f"step 7 (lessons) and 11 (schedules bundle: place, hours): the pupil's "
                        f"{'subgroup ' + lab if lab else 'class'} lesson; local time as sent without offset, "
                        f"school timeZone 5 is not applied again (§2); teacher from lesson.teachers person id (§3.4)")
    # subgroup lessons that the other subgroup has at another number
    for p in twins:
        for v in sorted(lessons_of(p), key=lkey):
            if not subgroup_label(v["group"]):
                continue
            sibs = [w for w in in_fortnight.values() if w["date"] == v["date"] and w["subject"] == v["subject"]
                    and w["group"] != v["group"] and subgroup_label(w["group"])]
            if sibs and all(w["number"] != v["number"] for w in sibs):
                lesson_fact(p, v, f"step 7: English is split into Subgroups (type Subgroup, parentIds = the class, "
                            f"§3.8); this pupil is a member of {subgroup_label(v['group'])} (POST edu-groups), whose "
                            f"lesson is number {v['number']} that day")
    # lessons whose topic changed between pulls
    for k, v in sorted(in_fortnight.items(), key=lambda kv: lkey(kv[1])):
        titles = [h.get("title") for h in ST.hist("lesson", k)]
        if len(set(titles)) > 1:
            changed_at = ST.since("lesson", k, lambda o: o.get("title"))
            for p in pupils:
                if v["group"] in member_of[p]:
                    lesson_fact(p, v, f"steps {ST.first_step[('lesson', k)]} and {changed_at}: the topic (title, §3.4) was «{titles[0]}» and a "
                                f"later pull of the same requests carries «{v['title']}»; the latest answer wins")
    # the pupil with a 19-digit person id: a full day
    for p in big:
        target = (dt.date.fromisoformat(first_day) + dt.timedelta(days=4)).isoformat()
        for v in sorted((v for v in lessons_of(p) if v["date"] == target), key=lkey):
            lesson_fact(p, v, f"step 7/11: person id {p} is above 2^53 (§1); membership, marks and schedules name "
                        f"him by that exact id")

    # ---------------------------------------------------------------- no_lesson
    for p in selected:
        mine = {(v["date"], v["subject"], v["number"]) for v in lessons_of(p)}
        for v in sorted(in_fortnight.values(), key=lkey):
            if v["group"] in member_of[p] or not subgroup_label(v["group"]):
                continue
            if (v["date"], v["subject"], v["number"]) not in mine:
                add("no_lesson", "no-lesson", f"step 7: this lesson belongs to {subgroup_label(v['group'])}, a "
                    f"Subgroup the pupil is not a member of (POST edu-groups, §3.8)", student=pref(p),
                    date=v["date"], subject=v["subject"], number=v["number"])
    for p in twins:
        for date, name in sorted(hol_dates):
            week_before = (dt.date.fromisoformat(date) - dt.timedelta(days=7)).isoformat()
            usual = sorted({v["subject"] for v in lessons_of(p) if v["date"] == week_before})
            on_day = {v["subject"] for v in lessons_of(p) if v["date"] == date}
            for s in usual:
                if s not in on_day:
                    add("no_lesson", "no-lesson", f"step 5/7: {date} is in the holiday «{name}» (period group "
                        f"holidays, §3.12); the pupil had {s} on the same weekday a week earlier, the lessons "
                        f"requests for that week return none that day", student=pref(p), date=date, subject=s)

    # ---------------------------------------------------------------- marks
    marks = ST.alive("mark")
    ever_marks = ST.ever("mark")

    def mark_lesson(m):
        return L.get(sid(m, "lesson"))

    groups_of_marks = defaultdict(list)
    for k, m in marks.items():
        v = mark_lesson(m)
        if v and d_from <= v["date"] <= d_to:
            groups_of_marks[(sid(m, "person"), sid(m, "work"))].append((k, m))
    rows = []
    for (p, w), ms in groups_of_marks.items():
        ms.sort(key=lambda km: km[1].get("number") or 0)
        m0 = ms[0][1]
        v = mark_lesson(m0)
        wt = wts.get(str(m0.get("workType"))) or {}
        counts = {bool(m.get("use_avg_calc")) for _, m in ms}
        rows.append((v["date"], v["number"], v["subject"], int(p), p, "/".join(m.get("value") for _, m in ms), wt,
                     counts, ms, v))
    rows.sort(key=lambda r: r[:4])
    for date, number, subject, _, p, value, wt, counts, ms, v in rows:
        steps = sorted({ST.first_step[("mark", k)] for k, _ in ms}
                       | {ST.since("mark", k, lambda o: o.get("value")) for k, _ in ms})
        notes = []
        if len(ms) > 1:
            mc = (ST.ever("work").get(sid(ms[0][1], "work")) or {}).get("markCount")
            notes.append(f"a double mark: work markCount {mc}, marks number "
                         f"{' and '.join(str(m.get('number')) for _, m in ms)} shown as one fraction (§3.1)")
        if any(len({h.get("value") for h in ST.hist("mark", k)}) > 1 for k, _ in ms):
            notes.append("value corrected by a later pull of the same requests")
        if False in counts:
            notes.append("use_avg_calc false: not counted in the average")
        if ms[0][1].get("type") == "test":
            notes.append("pass/fail `test` scale: the value text is shown as sent (its vocabulary is open, §5)")
        if day(ms[0][1].get("date")) != date:
            notes.append(f"set on {day(ms[0][1].get('date'))}; the diary date is the lesson's")
        add("mark", "mark", f"step {'/'.join(map(str, steps))}: Mark.value as sent (a string, §3.1); weight and "
            f"work-type title from the standalone work-types/{{school}} entry {ms[0][1].get('workType')} (§3.3)"
            + ("; " + "; ".join(notes) if notes else ""),
            student=pref(p), date=date, subject=subject, value=value, weight=wt.get("weight"),
            work_type=wt.get("title") or wt_emb.get(str(ms[0][1].get("workType"))),
            counts=counts.pop() if len(counts) == 1 else None)

    # ---------------------------------------------------------------- no_mark
    shown = defaultdict(set)
    for date, number, subject, _, p, value, *_ in rows:
        shown[(p, date, subject)].add(value)
    for k, m in sorted(ever_marks.items()):
        v = mark_lesson(m)
        if not v:
            continue
        p = sid(m, "person")
        if not ST.exists("mark", k):
            add("no_mark", "no-mark", f"step {ST.drop_step[('mark', k)]}: a re-pull of the same requests no longer "
                f"contains mark {k} (value {m.get('value')}); no deletion feed exists, absence is the deletion "
                f"(§7, CORPUS §1)", student=pref(p), date=v["date"], subject=v["subject"], value=m.get("value"))
        else:
            olds = [h.get("value") for h in ST.hist("mark", k)]
            for old in dict.fromkeys(olds):
                if old != m.get("value") and old not in shown[(p, v["date"], v["subject"])]:
                    add("no_mark", "no-mark", f"step {ST.since('mark', k, lambda o: o.get('value'))}: mark {k} was {old} and a later pull "
                        f"of the same requests carries {m.get('value')} (correction, same id)", student=pref(p),
                        date=v["date"], subject=v["subject"], value=old)
    if len(twins) == 2:
        for a, b in (twins, twins[::-1]):
            for (p, date, subject) in sorted(shown):
                if p == a and not shown.get((b, date, subject)):
                    add("no_mark", "no-mark", f"twins: {a}'s mark on this lesson date must not appear in the "
                        f"diary of {b} (same parent, different person ids; marks reference the person, §1)",
                        student=pref(b), date=date, subject=subject)

    # ---------------------------------------------------------------- attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}   # Pass: open (§6, §11)
    entries = ST.alive("entry")
    arows = []
    for (lk, p), e in entries.items():
        v = L.get(lk)
        if not v or not (d_from <= v["date"] <= d_to):
            continue
        st = e.get("status")
        if st != "Attend" or (p in twins and v["date"] == first_day):
            arows.append((v["date"], v["number"], int(p), p, v, e, lk))
    for date, number, _, p, v, e, lk in sorted(arows, key=lambda r: r[:3]):
        hist = [h.get("status") for h in ST.hist("entry", (lk, p))]
        extra = ""
        if len(set(hist)) > 1:
            extra = f"; was {hist[0]} in an earlier pull of the same request, the latest answer wins"
        if e.get("status") == "Pass":
            extra += "; only the code is stated: whether Pass is an excused absence is disputed (§6, §11)"
        if e.get("comment"):
            extra += f"; comment «{e['comment']}»"
        stp = ST.since("entry", (lk, p), lambda o: (o.get("status"), o.get("comment")))
        add("attendance", "attendance", f"step {stp}: lesson-log entry for (lesson, person), "
            f"status {e.get('status')} (§3.5, §6){extra}", student=pref(p), date=v["date"], subject=v["subject"],
            number=v["number"], code=e.get("status"), meaning=meaning.get(e.get("status")))

    # ---------------------------------------------------------------- homework
    works_alive = ST.alive("work")
    works_ever = ST.ever("work")

    def hw_lesson(w):
        return L.get(sid(w, "lesson")) or {}

    def hw_rows(source):
        out = []
        for k, w in source.items():
            if w.get("type") != "Homework":
                continue
            v = hw_lesson(w)
            if v and d_from <= v["date"] <= d_to:
                out.append((v["date"], v["number"], v["subject"], k, w, v))
        return sorted(out)

    for date, number, subject, k, w, v in hw_rows(works_alive):
        g = sid(w, "eduGroup")
        names = [files[str(f)].get("name") for f in w.get("files") or [] if str(f) in files]
        for p in selected:
            if g in member_of[p]:
                if p in big and not subgroup_label(g):
                    continue
                add("homework", "homework", f"step {ST.first_step[('work', k)]}: Work type Homework {k} of group "
                    f"{g}; targetDate {w.get('targetDate')} is the due date (midnight = date-only, §2, §3.2)"
                    + ("; files resolved through the bundle's files list (§3.7)" if names else ""),
                    student=pref(p), subject=subject, text=w.get("text"), due=day(w.get("targetDate")),
                    attachments=names or None)
            elif subgroup_label(g):
                add("no_homework", "no-homework", f"step {ST.first_step[('work', k)]}: the homework belongs to "
                    f"{subgroup_label(g)} (eduGroup {g}); the pupil is in the other subgroup (§3.8)",
                    student=pref(p), subject=subject, text=w.get("text"))
    for date, number, subject, k, w, v in hw_rows(works_ever):
        if ST.exists("work", k):
            continue
        g = sid(w, "eduGroup")
        for p in twins:
            if g in member_of[p]:
                add("no_homework", "no-homework", f"step {ST.drop_step[('work', k)]}: the homework {k} is missing "
                    f"from a later answer to every request that carried it (withdrawn; CORPUS §1)",
                    student=pref(p), subject=subject, text=w.get("text"))

    # ---------------------------------------------------------------- final marks
    frows = []
    for k, m in ST.alive("final_fm").items():
        p = sid(m, "person")
        subj = subjects.get(m.get("_subject"))
        per = periods.get(m.get("_period") or "") or {}
        frows.append((subj, int(p), p, m, per, k))
    # every pupil's mark in the subject listed first, and every subject for the twins and the 19-digit pupil
    first_subject = min(frows, key=lambda r: (len(r[5]), r[5]))[0] if frows else None
    for subj, _, p, m, per, k in sorted(frows, key=lambda r: (r[0] != first_subject, r[0], r[1])):
        if subj == first_subject or p in selected:
            add("final_mark", "final-mark", f"step {ST.step[('final_fm', k)]}: edu-groups/{{g}}/final-marks "
                f"\"per-subject-final-marks\"[].\"final-mark\" (hyphenated keys, lesson null, §3.13); the period is "
                f"named through reportingPeriod_str {m.get('_period')}", student=pref(p), subject=subj,
                period=per.get("name") or m.get("_period"), value=m.get("value"))

    # ---------------------------------------------------------------- vendor averages
    def period_for(a, b):
        for per in periods.values():
            if day(per.get("start")) == a and day(per.get("finish")) == b:
                return per.get("name")
        return None

    for kind, label, why in (("avg", "avg-marks", "\"avg-mark-value\" is a string, shown as sent (§3.13)"),
                             ("wa", "wa-marks", "a float value; wa-marks carries no person_str, the exact integer "
                                                "person id is used (§3.1, §1)")):
        alive = ST.alive(kind)
        changed = {k for k in ST.ever(kind) if len(set(ST.hist(kind, k))) > 1}
        chosen = []
        for (p, s, a, b), val in alive.items():
            subj = subjects.get(s)
            if (kind == "avg" and p in selected and subj in ("Алгебра", "Русский язык")) or \
                    (kind == "wa" and p in big) or (p, s, a, b) in changed:
                chosen.append((int(p), subj, p, s, a, b, val))
        for _, subj, p, s, a, b, val in sorted(chosen):
            k = (p, s, a, b)
            hist = ST.hist(kind, k)
            add("vendor_average", "vendor-average", f"step {ST.since(kind, k, lambda o: o)}: edu-groups/{{g}}/{label}/{a}/{b}; "
                f"{why}" + (f"; was {hist[0]} before the re-pull" if len(set(hist)) > 1 else "")
                + ("; the range equals the reporting period's start and finish" if period_for(a, b) else ""),
                student=pref(p), subject=subj, period=period_for(a, b), value=val)

    out = {"vendor": journey.get("vendor", "dnevnik_ru"), "facts": facts}
    FACTS.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    by_kind = defaultdict(int)
    for f in facts:
        by_kind[f["kind"]] += 1
    print(f"{len(facts)} facts: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))


if __name__ == "__main__":
    main()
