#!/usr/bin/env python3
"""Derive facts.json from journey.json (Eljur / ЭлЖур corpus).

Standard library only; never imports the hub. The semantics applied are those of
/work/shared/reference/elzhur_mesh.md Part A and /work/plan/CORPUS.md:

* every answer is kept per request (method + query parameters, host/prefix ignored); a later
  answer to the same request replaces the earlier one, so an item missing from it is deleted
  (CORPUS §1 Deletions); re-sends therefore change nothing;
* an item is shown when the latest answer of at least one request contains it; its fields come
  from the most recent answer that contains it;
* lesson times (starttime/endtime) only come with rings (A.3); an answer without them never
  erases times an earlier answer gave;
* answers whose envelope is not {state: 200, error: null} are ignored (A.1 failure case);
* `students` and `items` may be an object or an array (A.1, A.3);
* assessments with value "" are phantom marks and never shown (A.3, A.6; Apheleia);
  н/Н/оп/ОП are attendance pseudo-marks (A.3 Absent schema), not marks;
* a lesson named "Cancel" is a cancelled lesson ([S] felpsyatina, see README);
* class-level schedule/homework reaches only the pupils of that class and, when it carries a
  subgroup (grp), only pupils whose own diary shows that subgroup for the subject; individual
  homework is only shown to the pupil whose answer carries it.

The facts are a curated selection (see the *_SEL lists) of what that state contains; every
value in a fact is read from the payloads, and every negative fact is checked against the state.
"""
import json
import os
import sys
from urllib.parse import urlsplit, parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))
ABSENT = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}   # A.3 Absent schema, A.6


# ----------------------------------------------------------------- helpers
def req_key(request):
    """Canonical request identity: method + sorted query parameters."""
    r = request.strip()
    if " " in r and r.split(" ", 1)[0].isalpha() and r.split(" ", 1)[0].isupper():
        r = r.split(" ", 1)[1]
    parts = urlsplit(r)
    path = parts.path if (parts.scheme or parts.netloc) else r.split("?", 1)[0]
    query = parts.query if (parts.scheme or parts.netloc) else (r.split("?", 1)[1] if "?" in r else "")
    method = path.rstrip("/").rsplit("/", 1)[-1]
    params = tuple(sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                          if k not in ("devkey", "auth_token", "vendor", "out_format")))
    return method, params


def as_list(x):
    """Object-or-array (A.1/A.3): values of an object, or the array itself."""
    if x is None:
        return []
    if isinstance(x, dict):
        return list(x.values())
    return list(x)


def students_of(result):
    """Yield (student id as string, student record) from result.students in either form."""
    st = result.get("students")
    if isinstance(st, dict):
        for k, v in st.items():
            yield str(v.get("name", k)), v
    elif isinstance(st, list):
        for v in st:
            yield str(v["name"]), v


def iso(day):
    day = str(day)
    return day if "-" in day else f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def hhmm(t):
    if not t:
        return None
    p = str(t).split(":")
    return f"{int(p[0]):02d}:{p[1]}"


def nonempty(s):
    return s if isinstance(s, str) and s.strip() != "" else None


# ----------------------------------------------------------------- state
class State:
    def __init__(self):
        self.arrival = 0
        self.latest = {}        # request key -> (arrival, step, request, {kind: {itemkey: fields}})
        self.history = {}       # kind -> itemkey -> [(arrival, step, request, fields)]
        self.last_by = {}       # (kind, owner) -> (arrival, step, request, payload)
        self.ignored = []

    def put(self, step, request, obs, last=None):
        self.arrival += 1
        key = req_key(request)
        self.latest[key] = (self.arrival, step, request, obs)
        for kind, items in obs.items():
            for ik, f in items.items():
                self.history.setdefault(kind, {}).setdefault(ik, []).append((self.arrival, step, request, f))
        for (kind, owner), payload in (last or {}).items():
            self.last_by[(kind, owner)] = (self.arrival, step, request, payload)

    def current(self, kind):
        """itemkey -> (arrival, step, request, fields) of the most recent live answer containing it."""
        out = {}
        for arr, step, request, obs in self.latest.values():
            for ik, f in obs.get(kind, {}).items():
                if ik not in out or out[ik][0] < arr:
                    out[ik] = (arr, step, request, f)
        return out


def parse_lesson_items(items, date, owner, obs, step):
    """Lesson items of one day; owner = ("student", id) or ("class", name)."""
    for it in as_list(items):
        num = str(it.get("num"))
        name = it.get("name")
        grp = nonempty(it.get("grp"))
        lf = {"subject": name, "teacher": nonempty(it.get("teacher")), "room": nonempty(it.get("room")),
              "topic": nonempty(it.get("topic")), "group_label": grp,
              "lesson_id": str(it.get("lesson_id")) if it.get("lesson_id") is not None else None,
              "starts_at": hhmm(it.get("starttime")), "ends_at": hhmm(it.get("endtime")),
              "cancelled": name == "Cancel"}
        obs.setdefault("lesson", {})[(owner, date, num, grp if owner[0] == "class" else None)] = lf
        if owner[0] != "student":
            continue
        sid = owner[1]
        parse_homework(it, date, sid, obs)
        for a in it.get("assessments") or []:
            mk = (sid, str(a.get("lesson_id", lf["lesson_id"])), str(a.get("nm", "1")))
            obs.setdefault("mark", {})[mk] = {
                "date": iso(a.get("date") or date), "subject": name, "value": a.get("value"),
                "weight": a.get("weight"), "work_type": nonempty(a.get("control_type")),
                "comment": nonempty(a.get("comment")), "counts": bool(a.get("count")), "number": num}


def attachments_for(it, hw_id):
    files = it.get("files")
    if isinstance(files, dict):            # older servers: {"file": [{filename, link}]} (A.3)
        return [f.get("filename") for f in files.get("file", [])]
    out = []
    for f in files or []:
        if "toid" not in f or str(f.get("toid")) == str(hw_id):
            out.append(f.get("filename"))
    return out


def parse_homework(it, date, sid, obs, grp_scope=None):
    """Homework tasks of one item; sid=None for class-level answers."""
    name = it.get("name")
    grp = nonempty(it.get("grp"))
    for h in as_list(it.get("homework")):
        hid = str(h.get("id"))
        f = {"subject": name, "text": h.get("value"), "date": iso(date),
             "individual": bool(h.get("individual")), "group_label": grp,
             "attachments": attachments_for(it, hid)}
        if sid is None:
            obs.setdefault("class_homework", {})[(grp_scope, hid)] = f
        else:
            obs.setdefault("homework", {})[(sid, hid)] = f


def ingest(state, step, rec):
    request = rec["request"]
    body = rec["body"]
    resp = body.get("response", {}) if isinstance(body, dict) else {}
    if resp.get("state") != 200 or resp.get("error") not in (None, ""):
        state.ignored.append((step, request, resp.get("state"), resp.get("error")))
        state.arrival += 1
        return
    result = resp.get("result") or {}
    method, params = req_key(request)
    p = dict(params)
    obs, last = {}, {}
    if method in ("getdiary", "getschedule", "gethomework"):
        owners = []
        if "days" in result and "students" not in result:      # by class: days at top level (A.2)
            owners.append((("class", p.get("class")), result["days"]))
        for sid, st in students_of(result):
            owners.append((("student", sid), st.get("days") or {}))
        for owner, days in owners:
            for dkey, day in (days.items() if isinstance(days, dict) else ((d["name"], d) for d in days)):
                date = iso(day.get("name", dkey))
                if day.get("alert") == "vacation":
                    obs.setdefault("holiday", {})[(owner, date)] = {"name": day.get("holiday_name")}
                if method == "gethomework":
                    for it in as_list(day.get("items")):
                        if owner[0] == "class":
                            parse_homework(it, date, None, obs, grp_scope=owner[1])
                        else:
                            parse_homework(it, date, owner[1], obs)
                else:
                    parse_lesson_items(day.get("items"), date, owner, obs, step)
                if owner[0] == "student":
                    for ex in day.get("items_extday") or []:
                        parse_homework(ex, date, owner[1], obs)
    elif method == "getmarks":
        for sid, st in students_of(result):
            avgs = {}
            for subj in st.get("lessons") or []:
                avgs[subj["name"]] = subj.get("average")
                for a in subj.get("marks") or []:
                    mk = (sid, str(a.get("lesson_id")), str(a.get("nm", "1")))
                    mt = a.get("mtype") or {}
                    obs.setdefault("mark", {})[mk] = {
                        "date": iso(a.get("date")), "subject": subj["name"], "value": a.get("value"),
                        "weight": a.get("weight"), "work_type": nonempty(mt.get("type")),
                        "comment": nonempty(a.get("comment")), "counts": bool(a.get("count")), "number": None}
            last[("average", sid)] = avgs
    elif method == "getfinalassessments":
        for sid, st in students_of(result):
            last[("final", sid)] = [(it["name"], a.get("period"), a.get("value"), a.get("comment"))
                                    for it in as_list(st.get("items")) for a in it.get("assessments") or []]
    elif method == "getperiods":
        for sid, st in students_of(result):
            last[("periods", "school")] = st.get("periods") or []
    elif method == "getrules":
        uid = str(result.get("name") or result.get("id"))
        last[("rules", uid)] = result
    state.put(step, request, obs, last)


# ----------------------------------------------------------------- derived view
class View:
    def number(self, mk):
        """Lesson number of a mark: getmarks does not carry it, the diary does."""
        for arr, step, req, f in reversed(self.s.history["mark"][mk]):
            if f["number"]:
                return f["number"]
        return None

    def __init__(self, state):
        self.s = state
        self.rules = {k[1]: v for k, v in state.last_by.items() if k[0] == "rules"}
        # pupils of each class, from getrules relations (A.3 getrules)
        self.class_of = {}
        for arr, step, req, r in self.rules.values():
            for st in as_list((r.get("relations") or {}).get("students")):
                self.class_of[str(st.get("name"))] = st.get("class")
        self.lessons = {}
        for (owner, date, num, _), v in state.current("lesson").items():
            if owner[0] == "student":
                self.lessons[(owner[1], date, num)] = v
        # subgroup membership: the labels a pupil's own diary shows per subject
        self.groups = {}
        for (sid, date, num), v in self.lessons.items():
            if v[3]["group_label"]:
                self.groups.setdefault((sid, v[3]["subject"]), set()).add(v[3]["group_label"])
        self.marks = state.current("mark")
        self.homework = self._homework()

    def times(self, sid, date, num):
        """Latest times any answer ever gave for this lesson (its own or the class schedule's)."""
        cur = self.lessons[(sid, date, num)][3]
        best = None
        for (owner, d, n, g), hist in self.s.history.get("lesson", {}).items():
            if d != date or n != num:
                continue
            if owner == ("student", sid) or (owner[0] == "class" and owner[1] == self.class_of.get(sid)
                                              and (g is None or g == cur["group_label"])):
                for arr, step, req, f in hist:
                    if f["lesson_id"] == cur["lesson_id"] and f["starts_at"] and (best is None or arr > best[0]):
                        best = (arr, step, req, f)
        return best

    def _homework(self):
        out = dict(self.s.current("homework"))
        for (cls, hid), v in self.s.current("class_homework").items():
            f = v[3]
            for sid, c in self.class_of.items():
                if c != cls or f["individual"]:
                    continue
                if f["group_label"] and f["group_label"] not in self.groups.get((sid, f["subject"]), set()):
                    continue
                k = (sid, hid)
                if k not in out or out[k][0] < v[0]:
                    out[k] = v
        return out


# ----------------------------------------------------------------- selection
LESSON_SEL = [  # student, date, number, fields to state
    ("70213", "2025-10-13", "2", ["subject", "teacher", "room", "group_label", "topic", "starts_at", "ends_at"]),
    ("70214", "2025-10-13", "2", ["subject", "teacher", "room", "group_label"]),
    ("70211", "2025-10-16", "5", ["subject", "group_label", "starts_at"]),
    ("70212", "2025-10-16", "6", ["subject", "group_label", "starts_at"]),
    ("70211", "2025-10-13", "1", ["subject", "teacher", "room", "topic", "starts_at", "ends_at"]),
    ("70215", "2025-10-24", "1", ["subject", "starts_at", "ends_at"]),
    ("70215", "2025-10-24", "4", ["subject", "topic", "starts_at", "ends_at"]),
    ("70215", "2025-10-20", "2", ["subject", "teacher", "group_label", "starts_at"]),
    ("70211", "2025-10-24", "6", ["subject", "cancelled"]),
    ("70214", "2025-10-24", "6", ["subject", "cancelled"]),
    ("70211", "2025-10-17", "6", ["subject", "topic", "cancelled"]),
    ("70214", "2025-10-15", "1", ["subject", "topic", "teacher", "room"]),
    ("70216", "2025-10-13", "5", ["subject", "teacher"]),
    ("70217", "2025-10-23", "4", ["subject", "topic", "starts_at"]),
    ("70218", "2025-10-22", "2", ["subject", "topic", "starts_at"]),
    ("70212", "2025-10-21", "2", ["subject", "topic", "room"]),
    ("70213", "2025-10-23", "4", ["subject", "starts_at", "ends_at"]),
    ("70216", "2025-10-23", "6", ["subject", "teacher", "group_label"]),
    ("70211", "2025-10-21", "3", ["subject", "topic"]),
    ("70218", "2025-10-20", "1", ["subject", "starts_at", "ends_at"]),
]
NO_LESSON_SEL = [  # student, date, subject, number, why
    ("70211", "2025-10-16", "Английский язык", "6", "the lesson #6 is the 2nd subgroup's (grp \"2 группа\") in the class schedule; 70211's diary shows him in \"1 группа\" (A.3 grp [S])"),
    ("70212", "2025-10-16", "Английский язык", "5", "the lesson #5 is the 1st subgroup's in the class schedule; 70212's diary shows her in \"2 группа\" (A.3 grp [S])"),
    ("70213", "2025-10-16", "Английский язык", "6", "twin 70213 is in \"1 группа\"; #6 belongs to \"2 группа\" (his twin sister's group; A.3 grp [S])"),
    ("70214", "2025-10-16", "Английский язык", "5", "twin 70214 is in \"2 группа\"; #5 belongs to \"1 группа\" (her twin brother's group; A.3 grp [S])"),
    ("70211", "2025-10-24", "История", "6", "slot #6 of 2025-10-24 is the item named \"Cancel\" in every answer; no История lesson was ever sent for it (A.3 Lesson item \"Cancel\" [S])"),
    ("70214", "2025-10-24", "История", "6", "slot #6 of 2025-10-24 is the item named \"Cancel\"; no История lesson was ever sent for it (A.3 Lesson item \"Cancel\" [S])"),
    ("70211", "2025-10-23", "История", "3", "step 09 had История #3 on 2025-10-23; the step-11 re-pull of the same requests no longer has it (deletion, CORPUS §1)"),
    ("70214", "2025-10-23", "История", "3", "deleted by the step-11 re-pull of the same getdiary/getschedule requests (CORPUS §1 Deletions)"),
    ("70215", "2025-10-23", "История", "3", "deleted by the step-11 re-pull; the step-12 no-rings answer does not bring it back either (CORPUS §1 Deletions)"),
]
HW_STUDENTS_ALL = {"70213"}                      # every homework of this pupil is stated
HW_EXTRA = [("70214", "5512003"), ("70214", "5512012"), ("70211", "5513001"), ("70215", "5512013")]
NO_HW_SEL = [("70214", "5512002"), ("70213", "5512003"), ("70214", "5512006"), ("70212", "5512006"),
             ("70213", "5512012"), ("70211", "5512010"), ("70213", "5512010"), ("70214", "5512010")]
FINAL_STUDENTS_ALL = {"70213", "70214"}
AVG_SEL_STUDENTS = {"70213", "70214"}
AVG_EXTRA = [("70212", "Русский язык"), ("70211", "Алгебра"), ("70211", "Русский язык")]
HOLIDAY_DATES = {"2025-10-27", "2025-10-31"}


# ----------------------------------------------------------------- facts
def main():
    src = os.path.join(HERE, "journey.json")
    with open(src, encoding="utf-8") as f:
        journey = json.load(f)
    state = State()
    step_names = {}
    for si, st in enumerate(journey["steps"], 1):
        step_names[si] = st["name"]
        for batch in st["batches"]:
            for rec in batch:
                ingest(state, si, rec)
    v = View(state)
    facts = []
    counters = {}

    def add(kind, why, **fields):
        counters[kind] = counters.get(kind, 0) + 1
        fact = {"id": f"{kind.replace('_', '-')}-{counters[kind]:02d}", "kind": kind}
        fact.update(fields)
        fact["why"] = why
        facts.append(fact)

    def sref(step, request):
        return f"step {step:02d} `{request}`"

    # children ---------------------------------------------------------
    for uid in sorted(v.rules):
        arr, step, req, r = v.rules[uid]
        if "parent" not in (r.get("roles") or []):
            continue
        kids = sorted(str(s.get("name")) for s in as_list((r.get("relations") or {}).get("students")))
        twins = " (twins 70213/70214 under one parent)" if {"70213", "70214"} <= set(kids) else ""
        add("children", f"{sref(step, req)}: roles [parent], relations.students lists exactly these ids{twins} "
                        f"(A.3 getrules; ids coerced from strings, A.4).",
            guardian={"parent": uid}, children=[{"student": k} for k in kids])
    # class teacher ----------------------------------------------------
    seen = set()
    for uid in sorted(v.rules):
        arr, step, req, r = v.rules[uid]
        for cls, g in sorted(((r.get("relations") or {}).get("groups") or {}).items()):
            name = g.get("hometeacher_name")
            if g.get("rel") == "homeclass" and name and (cls, name) not in seen:
                seen.add((cls, name))
                add("class_teacher", f"{sref(step, req)}: relations.groups[\"{cls}\"] rel=homeclass with "
                                     f"hometeacher_name (A.3 getrules, BetterJournal RelationsModel).",
                    **{"class": {"class": cls}}, teacher=name)
    # periods ----------------------------------------------------------
    arr, step, req, periods = state.last_by[("periods", "school")]
    for pr in periods:
        if nonempty(pr.get("start")) and nonempty(pr.get("end")) and not pr.get("disabled"):
            add("period", f"{sref(step, req)}: period name \"{pr['name']}\" ({pr.get('fullname')}) start/end "
                          f"YYYYMMDD (A.3 Period, A.4); the ambiguous year column Г has no dates and gives no fact.",
                name=pr["name"], starts_on=iso(pr["start"]), ends_on=iso(pr["end"]))
    # lessons ----------------------------------------------------------
    for sid, date, num, fields in LESSON_SEL:
        key = (sid, date, num)
        if key not in v.lessons:
            raise SystemExit(f"selected lesson missing from state: {key}")
        arr, step, req, f = v.lessons[key]
        out = {"student": {"student": sid}, "date": date, "number": int(num)}
        notes = []
        tm = v.times(sid, date, num)
        for fld in fields:
            if fld in ("starts_at", "ends_at"):
                if not tm:
                    raise SystemExit(f"no times for {key}")
                out[fld] = tm[3][fld]
                continue
            val = f[fld]
            if val is None:
                raise SystemExit(f"selected field {fld} empty for {key}")
            out[fld] = val
        if tm and ("starts_at" in fields):
            if tm[1] != step:
                notes.append(f"times from {sref(tm[1], tm[2])} (rings), kept although the latest answer "
                             f"({sref(step, req)}) has none")
            else:
                notes.append("times from its rings answer, HH:MM:SS/HH:MM read as HH:MM (A.3 starttime [U] format)")
        if f["cancelled"]:
            notes.append("the item is named \"Cancel\", seen for cancelled lessons [S] (A.3 Lesson item)")
        if f["group_label"] and "group_label" in fields:
            notes.append("grp is the subgroup label as the vendor shows it (A.3 grp/grp_short [S])")
        first = min(h[0] for (o, d, n, g), hs in state.history["lesson"].items()
                    if o == ("student", sid) and d == date and n == num for h in hs)
        fstep = [h for (o, d, n, g), hs in state.history["lesson"].items()
                 if o == ("student", sid) and d == date and n == num for h in hs if h[0] == first][0]
        why = f"{sref(step, req)}: lesson item num \"{num}\" of day {date.replace('-', '')}"
        if fstep[1] != step:
            why += f" (first sent in step {fstep[1]:02d})"
        if notes:
            why += "; " + "; ".join(notes)
        add("lesson", why + ".", **out)
    # no_lesson --------------------------------------------------------
    for sid, date, subj, num, reason in NO_LESSON_SEL:
        cur = v.lessons.get((sid, date, num))
        if cur and cur[3]["subject"] == subj:
            raise SystemExit(f"no_lesson contradicted by state: {sid} {date} {num} {subj}")
        add("no_lesson", f"{reason}.", student={"student": sid}, date=date, subject=subj,
            number=int(num))
    # marks and attendance --------------------------------------------
    shown = []
    for mk in sorted(v.marks, key=lambda k: (k[0], v.marks[k][3]["date"], k[1], k[2])):
        arr, step, req, f = v.marks[mk]
        if f["value"] == "":
            continue
        shown.append((mk, arr, step, req, f))
    for mk, arr, step, req, f in shown:
        sid = mk[0]
        if f["value"] in ABSENT:
            fields = {"student": {"student": sid}, "date": f["date"], "subject": f["subject"]}
            if v.number(mk):
                fields["number"] = int(v.number(mk))
            fields.update(code=f["value"], meaning=ABSENT[f["value"]])
            add("attendance", f"{sref(step, req)}: pseudo-mark \"{f['value']}\" with count=false, convert 0 "
                              f"(A.3 Absent schema; A.6: н/Н absent, оп/ОП late).", **fields)
            continue
        fields = {"student": {"student": sid}, "date": f["date"], "subject": f["subject"], "value": f["value"]}
        if isinstance(f["weight"], int):
            fields["weight"] = f["weight"]
        if f["work_type"]:
            fields["work_type"] = f["work_type"]
        if f["comment"]:
            fields["comment"] = f["comment"]
        fields["counts"] = f["counts"]
        hist = state.history["mark"][mk]
        extra = ""
        older = [h for h in hist if h[3]["value"] != f["value"] or h[3]["comment"] != f["comment"]]
        if older:
            o = older[-1]
            what = (f"value \"{o[3]['value']}\"" if o[3]["value"] != f["value"]
                    else f"comment {json.dumps(o[3]['comment'], ensure_ascii=False)}")
            extra = f"; corrected: earlier {what} in {sref(o[1], o[2])}"
        only_marks = all(req_key(h[2])[0] == "getmarks" for h in hist)
        src = "getmarks only (outside the diary weeks)" if only_marks else "getdiary assessment / getmarks mark"
        add("mark", f"{sref(step, req)}: {src}, vendor text kept as is, counts = `count` "
                    f"(A.3 Assessment, A.6){extra}.", **fields)
    # no_mark ----------------------------------------------------------
    live = {mk for mk, *_ in shown}
    for mk in sorted(state.history.get("mark", {})):
        hist = state.history["mark"][mk]
        sid = mk[0]
        cur = v.marks.get(mk)
        last = hist[-1]
        if last[3]["value"] == "":
            add("no_mark", f"{sref(last[1], last[2])}: assessment with value \"\" is a phantom mark and is "
                           f"never shown (A.3, A.6; Apheleia DiaryAsyncParser).",
                student={"student": sid}, date=last[3]["date"], subject=last[3]["subject"], value="")
        elif mk not in live:
            add("no_mark", f"{sref(last[1], last[2])} had it; the later answer to the same request no longer "
                           f"does (deletion, CORPUS §1).",
                student={"student": sid}, date=last[3]["date"], subject=last[3]["subject"], value=last[3]["value"])
        else:
            f = cur[3]
            olds = sorted({h[3]["value"] for h in hist if h[3]["value"] != f["value"]})
            for old in olds:
                add("no_mark", f"{sref(cur[1], cur[2])} replaced \"{old}\" by \"{f['value']}\" at the same "
                               f"lesson_id/nm (correction).",
                    student={"student": sid}, date=f["date"], subject=f["subject"], value=old)
            if f["value"] in ABSENT:
                add("no_mark", f"{sref(cur[1], cur[2])}: \"{f['value']}\" is an attendance pseudo-mark "
                               f"(A.3 Absent), shown as attendance, not as a mark.",
                    student={"student": sid}, date=f["date"], subject=f["subject"], value=f["value"])
    # another pupil's marks: twins under one parent
    for uid in sorted(v.rules):
        r = v.rules[uid][3]
        kids = sorted(str(s.get("name")) for s in as_list((r.get("relations") or {}).get("students"))
                      if s.get("class") and v.class_of.get(str(s.get("name"))) == "7Б")
        if len(kids) < 2:
            continue
        for a_, b_ in ((kids[0], kids[1]), (kids[1], kids[0])):
            for mk, arr, step, req, f in shown:
                if mk[0] != a_ or f["value"] in ABSENT or v.number(mk) is None:
                    continue
                clash = [x for x in shown if x[0][0] == b_ and x[4]["date"] == f["date"]
                         and x[4]["subject"] == f["subject"] and x[4]["value"] == f["value"]]
                if not clash:
                    add("no_mark", f"{sref(step, req)} gives this mark to {a_} only; {b_} is the twin under the "
                                   f"same parent {uid} and must not see it.",
                        student={"student": b_}, date=f["date"], subject=f["subject"], value=f["value"])
                    break
    # homework ---------------------------------------------------------
    def hw_fact(sid, hid):
        arr, step, req, f = v.homework[(sid, hid)]
        fields = {"student": {"student": sid}, "subject": f["subject"], "text": f["text"], "date": f["date"]}
        if f["attachments"]:
            fields["attachments"] = f["attachments"]
        notes = []
        if f["individual"]:
            notes.append("individual=true, only in this pupil's answers")
        if f["group_label"]:
            notes.append(f"subgroup \"{f['group_label']}\" task")
        why = (f"{sref(step, req)}: homework id {hid} under day {f['date'].replace('-', '')} (A.3 homework/files"
               f"{', items_extday' if f['subject'] == 'Робототехника' else ''}); the day is the one it is "
               f"listed under, not read as due date")
        if notes:
            why += "; " + "; ".join(notes)
        add("homework", why + ".", **fields)
    hw_keys = sorted(k for k in v.homework if k[0] in HW_STUDENTS_ALL)
    hw_keys.sort(key=lambda k: (k[0], v.homework[k][3]["date"], k[1]))
    for sid, hid in hw_keys:
        hw_fact(sid, hid)
    for sid, hid in HW_EXTRA:
        if (sid, hid) in v.homework:
            hw_fact(sid, hid)
    # no_homework ------------------------------------------------------
    every_hw = {}
    for kind in ("homework", "class_homework"):
        for (owner, hid), hist in state.history.get(kind, {}).items():
            every_hw.setdefault(hid, hist[-1])
    for sid, hid in NO_HW_SEL:
        if (sid, hid) in v.homework:
            raise SystemExit(f"no_homework contradicted: {sid} {hid}")
        arr, step, req, f = every_hw[hid]
        if f["individual"]:
            reason = f"individual task of another pupil ({sref(step, req)})"
        elif hid not in {k[1] for k in v.homework}:
            reason = f"withdrawn: sent earlier ({sref(step, req)}), absent from the later answers to the same requests"
        else:
            reason = f"task of subgroup \"{f['group_label']}\" ({sref(step, req)}); this pupil is in the other one"
        add("no_homework", reason + " (CORPUS §1, A.3).", student={"student": sid}, subject=f["subject"],
            text=f["text"])
    # final marks ------------------------------------------------------
    for key in sorted(k for k in state.last_by if k[0] == "final"):
        sid = key[1]
        arr, step, req, items = state.last_by[key]
        for subj, period, value, comment in items:
            if not nonempty(value):
                continue
            numeric = value.strip().isdigit()
            if sid in FINAL_STUDENTS_ALL or not numeric:
                add("final_mark", f"{sref(step, req)}: items[].assessments[] period \"{period}\" = getperiods name "
                                  f"(A.3 Final assessment); value is vendor text"
                                  f"{'' if numeric else ' (non-numeric final, A.5 E4/A.6)'}.",
                    student={"student": sid}, subject=subj, period=period, value=value)
    # vendor averages ----------------------------------------------------
    def period_of(request):
        days = dict(req_key(request)[1]).get("days", "")
        for pr in periods:
            if days == f"{pr.get('start')}-{pr.get('end')}":
                return pr["name"]
        return None
    for key in sorted(k for k in state.last_by if k[0] == "average"):
        sid = key[1]
        arr, step, req, avgs = state.last_by[key]
        per = period_of(req)
        for subj in avgs:
            val = avgs[subj]
            if not nonempty(str(val) if val is not None else ""):
                continue
            if sid in AVG_SEL_STUDENTS or (sid, subj) in AVG_EXTRA:
                extra = {"period": per} if per else {}
                add("vendor_average", f"{sref(step, req)}: lessons[].average as sent (A.3 SubjectMarks; latest "
                                      f"getmarks answer for this pupil; its days range is period "
                                      f"\"{per}\" of getperiods).",
                    student={"student": sid}, subject=subj, **extra, value=str(val))
    # holidays ---------------------------------------------------------
    for (owner, date), val in sorted(state.current("holiday").items()):
        if date not in HOLIDAY_DATES:
            continue
        arr, step, req, f = val
        who = {"student": {"student": owner[1]}} if owner[0] == "student" else {"class": {"class": owner[1]}}
        add("holiday", f"{sref(step, req)}: day {date.replace('-', '')} has alert=\"vacation\" and holiday_name "
                       f"(A.3 Day; Apheleia checks alert == \"vacation\").", **who, date=date, name=f["name"])

    out = {"vendor": journey.get("vendor", "elzhur"), "facts": facts}
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    summary = {}
    for fct in facts:
        summary[fct["kind"]] = summary.get(fct["kind"], 0) + 1
    print(json.dumps({"facts": len(facts), "by_kind": summary, "ignored_answers": len(state.ignored)},
                     ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
