#!/usr/bin/env python3
"""Derive facts.json from journey.json: second Eljur (ЭлЖур) corpus, Лицей № 12, 9А/4В, 2024/25.

Standard library only; never imports the hub; deterministic (two runs give byte-identical output).
The semantics are those of /work/shared/reference/elzhur_mesh.md Part A (section named in each fact's "why"):

* Request identity (A.1): the method is the last path segment (host, /api/ or /apiv3/ ignored); the query
  parameters are compared as a sorted set, without devkey, auth_token, vendor and out_format (transport, A.1).
  A later successful answer to the same request replaces the earlier one: what it no longer holds is deleted.
* An answer whose envelope is not {state: 200, error: null} says nothing and is ignored (A.1 failure case).
* Methods whose shape the reference does not document (getassessments, getprofileuserinfo, newget*, D.3) give
  no fact: they are ignored here.
* `students` and `items` may be an object or an array (A.1, A.3); ids and numbers may come as strings or numbers
  (A.4): they are compared as text.
* A mark is (student, lesson_id, nm) in getdiary and getmarks alike; value "" is a phantom, never shown (A.3,
  A.6); н/Н absent, оп/ОП late, б ill, уп/у excused are attendance pseudo-marks (A.3 Absent schema, A.6
  meanings), not marks. counts = the vendor's `count`; weight = `weight_float` (the fractional weight) else
  `weight`, stated only for marks that count; work type = `control_type` or `mtype.type`.
* An item is shown when the latest answer of at least one request holds it; its fields come from the newest
  such answer. Lesson times come only with rings (A.3): an answer without them never clears them.
* Class answers (getschedule/gethomework by class) reach the pupils getrules puts in that class; an item with
  `grp` only the pupils whose own diary shows that grp for the subject; individual homework only its pupil.
* A day with alert "vacation" is a holiday named by holiday_name (A.3 Day).
* getmarks `average` is the vendor's average for the period whose start-end equals the request's `days`
  (A.3 SubjectMarks, A.3 Period); "" gives no fact.
* getfinalassessments: the latest answer per request; an assessment with a value is a final mark of the named
  period (A.3 Final assessment); with `days=` of another school year it is that year's (A.2: some add days).
"""
import json
import os
import sys
from urllib.parse import urlsplit, parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "Б": "ill",
              "уп": "excused", "УП": "excused", "у": "excused"}
TRANSPORT = ("devkey", "auth_token", "vendor", "out_format")
KNOWN = ("getrules", "getperiods", "getschedule", "getdiary", "getmarks", "gethomework", "getfinalassessments")


def req_key(request):
    parts = urlsplit(request.strip())
    method = parts.path.rstrip("/").rsplit("/", 1)[-1]
    params = tuple(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in TRANSPORT))
    return method, params


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def students_of(result):
    st = result.get("students")
    if isinstance(st, dict):
        for k, v in st.items():
            yield str(v.get("name", k)), v
    elif isinstance(st, list):
        for v in st:
            yield str(v["name"]), v


def iso(d):
    d = str(d)
    return d if "-" in d else f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def hhmm(t):
    if not t:
        return None
    h, m = str(t).split(":")[:2]
    return f"{int(h):02d}:{m}"


def text(x):
    return x if isinstance(x, str) and x.strip() else None


def num_text(x):
    return None if x is None else str(x)


def weight_of(a):
    wf = a.get("weight_float")
    if wf not in (None, ""):
        w = float(wf)
    else:
        w = float(a.get("weight") or 0)
    return int(w) if w == int(w) else w


class State:
    def __init__(self):
        self.n = 0
        self.latest = {}    # request key -> (n, step, request, obs)
        self.history = {}   # kind -> key -> [(n, step, request, fields)]
        self.ignored = []

    def put(self, step, request, obs):
        self.n += 1
        self.latest[req_key(request)] = (self.n, step, request, obs)
        for kind, items in obs.items():
            for k, f in items.items():
                self.history.setdefault(kind, {}).setdefault(k, []).append((self.n, step, request, f))

    def current(self, kind):
        out = {}
        for n, step, request, obs in self.latest.values():
            for k, f in obs.get(kind, {}).items():
                if k not in out or out[k][0] < n:
                    out[k] = (n, step, request, f)
        return out

    def latest_of(self, method):
        return sorted(((k, v) for k, v in self.latest.items() if k[0] == method), key=lambda kv: kv[1][0])


def files_for(item, hid):
    files = item.get("files")
    if isinstance(files, dict):   # older servers: {"file": [{filename, link}]} (A.3 files), no toid:
        if len(as_list(item.get("homework"))) > 1:   # the item's files cannot be bound to one of its tasks
            return []
        return [f.get("filename") for f in files.get("file") or []]
    return [f.get("filename") for f in files or [] if "toid" not in f or str(f["toid"]) == str(hid)]


def homework_of(item, date, owner, obs):
    grp = text(item.get("grp"))
    for h in as_list(item.get("homework")):
        hid = str(h.get("id"))
        f = {"subject": item.get("name"), "text": h.get("value"), "date": date, "individual": bool(h.get("individual")),
             "group_label": grp, "attachments": files_for(item, hid)}
        if owner[0] == "class":
            obs.setdefault("class_homework", {})[(owner[1], hid)] = f
        else:
            obs.setdefault("homework", {})[(owner[1], hid)] = f


def ingest(state, step, rec):
    request, body = rec["request"], rec["body"]
    resp = body.get("response") if isinstance(body, dict) else None
    method, params = req_key(request)
    if not isinstance(resp, dict) or resp.get("state") != 200 or resp.get("error") not in (None, ""):
        state.ignored.append((step, request, "failure envelope"))
        return
    if method not in KNOWN:
        state.ignored.append((step, request, "shape not documented (D.3)"))
        return
    p, result, obs = dict(params), resp.get("result") or {}, {}
    if method in ("getdiary", "getschedule", "gethomework"):
        owners = [(("class", p["class"]), result["days"])] if "days" in result and "students" not in result else []
        owners += [(("student", sid), st.get("days") or {}) for sid, st in students_of(result)]
        for owner, days in owners:
            for key, day in (days.items() if isinstance(days, dict) else ((d["name"], d) for d in days)):
                date = iso(day.get("name", key))
                if day.get("alert") == "vacation":
                    obs.setdefault("holiday", {})[(owner, date)] = {"name": day.get("holiday_name")}
                for it in as_list(day.get("items")):
                    if method == "gethomework":
                        homework_of(it, date, owner, obs)
                        continue
                    num, grp = num_text(it.get("num")), text(it.get("grp"))
                    lf = {"subject": it.get("name"), "teacher": text(it.get("teacher")), "room": text(it.get("room")),
                          "topic": text(it.get("topic")), "group_label": grp, "lesson_id": num_text(it.get("lesson_id")),
                          "starts_at": hhmm(it.get("starttime")), "ends_at": hhmm(it.get("endtime")),
                          "cancelled": it.get("name") == "Cancel"}
                    obs.setdefault("lesson", {})[(owner, date, num, grp if owner[0] == "class" else None)] = lf
                    if owner[0] != "student":
                        continue
                    if "homework" in it:
                        homework_of(it, date, owner, obs)
                    if method == "getdiary":
                        for a in it.get("assessments") or []:
                            mkey = (owner[1], num_text(a.get("lesson_id") or it.get("lesson_id")), num_text(a.get("nm", 1)))
                            obs.setdefault("mark", {})[mkey] = {
                                "date": iso(a.get("date") or date), "subject": it.get("name"), "value": a.get("value"),
                                "weight": weight_of(a), "work_type": text(a.get("control_type")),
                                "comment": text(a.get("comment")), "counts": bool(a.get("count")), "number": num}
    elif method == "getmarks":
        for sid, st in students_of(result):
            for subj in st.get("lessons") or []:
                obs.setdefault("average", {})[(sid, subj["name"], p.get("days"))] = {
                    "value": subj.get("average"), "days": p.get("days")}
                for a in subj.get("marks") or []:
                    mkey = (sid, num_text(a.get("lesson_id")), num_text(a.get("nm", 1)))
                    obs.setdefault("mark", {})[mkey] = {
                        "date": iso(a["date"]), "subject": subj["name"], "value": a.get("value"),
                        "weight": weight_of(a), "work_type": text((a.get("mtype") or {}).get("type")),
                        "comment": text(a.get("comment")), "counts": bool(a.get("count")), "number": None}
    elif method == "getfinalassessments":
        for sid, st in students_of(result):
            for it in as_list(st.get("items")):
                for a in it.get("assessments") or []:
                    obs.setdefault("final", {})[(sid, it["name"], a.get("period"), p.get("days"))] = {
                        "value": a.get("value"), "comment": a.get("comment")}
    elif method == "getperiods":
        for sid, st in students_of(result):
            for pr in st.get("periods") or []:
                obs.setdefault("period", {})[pr["name"]] = pr
    elif method == "getrules":
        obs["rules"] = {str(result.get("name") or result.get("id")): result}
    state.put(step, request, obs)


class View:
    def __init__(self, state):
        self.s = state
        # getrules is the same request for every login (the token differs, A.1): one answer per user id
        self.rules = {uid: hist[-1] for uid, hist in state.history.get("rules", {}).items()}
        self.class_of = {}
        for uid, (n, step, req, r) in sorted(self.rules.items()):
            rel = r.get("relations") or {}
            for st in as_list(rel.get("students")):
                self.class_of[str(st.get("name"))] = st.get("class")
            if "student" in (r.get("roles") or []):   # a pupil's own login: its user id is its student id
                for cls, g in (rel.get("groups") or {}).items():
                    if g.get("rel") == "homeclass":
                        self.class_of[uid] = cls
        self.lessons = {(o[1], d, n): v for (o, d, n, g), v in state.current("lesson").items() if o[0] == "student"}
        self.groups = {}
        for (sid, d, n), v in self.lessons.items():
            if v[3]["group_label"]:
                self.groups.setdefault((sid, v[3]["subject"]), set()).add(v[3]["group_label"])
        self.marks = state.current("mark")
        self.homework = dict(state.current("homework"))
        for (cls, hid), v in state.current("class_homework").items():
            f = v[3]
            for sid, c in self.class_of.items():
                if c != cls or f["individual"]:
                    continue
                if f["group_label"] and f["group_label"] not in self.groups.get((sid, f["subject"]), set()):
                    continue
                if (sid, hid) not in self.homework or self.homework[(sid, hid)][0] < v[0]:
                    self.homework[(sid, hid)] = v
        # attachments: every live answer that binds files to the task contributes (toid, or a one-task item)
        self.attachments = {}
        live_class = state.current("class_homework")
        for n, step, req, obs in state.latest.values():
            for (sid, hid), f in obs.get("homework", {}).items():
                self.attachments.setdefault((sid, hid), set()).update(f["attachments"])
        for (sid, hid) in self.homework:
            for (cls, chid), v in live_class.items():
                if chid == hid and self.class_of.get(sid) == cls:
                    self.attachments.setdefault((sid, hid), set()).update(v[3]["attachments"])

    def times(self, sid, date, num):
        cur = self.lessons[(sid, date, num)][3]
        best = None
        for (o, d, n, g), hist in self.s.history.get("lesson", {}).items():
            if d != date or n != num:
                continue
            if o == ("student", sid) or (o[0] == "class" and o[1] == self.class_of.get(sid)
                                         and (g is None or g == cur["group_label"])):
                for h in hist:
                    if h[3]["lesson_id"] == cur["lesson_id"] and h[3]["starts_at"] and (best is None or h[0] > best[0]):
                        best = h
        return best


# ------------------------------------------------------------------ selection (values always read from the payloads)
LESSON_SEL = [
    ("90101", "2024-12-16", "1", ["subject", "teacher", "room", "topic", "starts_at", "ends_at"]),
    ("90102", "2024-12-16", "2", ["subject", "teacher", "room", "group_label", "starts_at", "ends_at"]),
    ("90101", "2024-12-16", "2", ["subject", "teacher", "group_label"]),
    ("90105", "2024-12-18", "5", ["subject", "group_label", "starts_at"]),
    ("90104", "2024-12-18", "6", ["subject", "teacher", "group_label", "starts_at"]),
    ("90103", "2024-12-17", "4", ["subject", "teacher"]),
    ("90105", "2024-12-19", "3", ["subject", "topic", "starts_at", "ends_at"]),
    ("90102", "2024-12-19", "1", ["subject", "topic", "teacher", "room"]),
    ("90102", "2024-12-20", "5", ["subject", "teacher", "room", "topic"]),
    ("90101", "2024-12-26", "3", ["subject", "topic", "starts_at", "ends_at"]),
    ("90103", "2024-12-24", "2", ["subject", "starts_at"]),
    ("90104", "2024-12-23", "4", ["subject", "topic", "room"]),
    ("90104", "2024-12-27", "4", ["subject", "teacher", "group_label"]),
    ("90105", "2024-12-25", "5", ["subject", "group_label", "starts_at", "ends_at"]),
    ("40301", "2024-12-16", "2", ["subject", "teacher", "room", "starts_at", "ends_at"]),
    ("40301", "2024-12-19", "4", ["subject", "topic"]),
    ("90101", "2024-05-20", "1", ["subject", "teacher", "topic", "starts_at", "ends_at"]),
    ("90101", "2024-05-22", "2", ["subject", "teacher", "room"]),
]
NO_LESSON_SEL = [
    ("90101", "2024-12-18", "Английский язык", "6", "lesson #6 of 2024-12-18 is the \"2 группа\" item of the 9А class schedule (grp); 90101's own diary shows him in \"1 группа\" (A.3 grp/grp_short [S])"),
    ("90102", "2024-12-18", "Английский язык", "5", "lesson #5 of 2024-12-18 is the \"1 группа\" item of the 9А class schedule; 90102's own diary (and her getschedule?student=) shows her in \"2 группа\" (A.3 grp [S])"),
    ("90104", "2024-12-25", "Английский язык", "5", "lesson #5 of 2024-12-25 is \"1 группа\"'s in the week-2 class schedule; 90104's diary shows \"2 группа\" (A.3 grp [S])"),
    ("90101", "2024-12-30", "Алгебра", "1", "2024-12-30 is a vacation day (alert \"vacation\", items {} in 90101's diary, no items at all in the class schedule): a Monday's Алгебра #1 must not be invented (A.3 Day)"),
    ("90103", "2025-01-03", "История", "1", "2025-01-03 is a vacation day of class 9А (step 11): no Friday История #1 (A.3 Day)"),
]
HW_SEL = [("90101", "7700101"), ("90105", "7700101"), ("90102", "7700103"), ("90103", "7700102"),
          ("90101", "7700104"), ("90101", "7700105"), ("90104", "7700105"), ("90104", "7700190"),
          ("90103", "7700108"), ("90102", "7700107"), ("90101", "7700204"), ("90105", "7700203"),
          ("90104", "7700201"), ("40301", "7700401"), ("40301", "7700402")]
NO_HW_SEL = [("90102", "7700190"), ("90103", "7700106"), ("90105", "7700106"), ("90104", "7700106"),
             ("90101", "7700106"), ("90104", "7700102"), ("90101", "7700103"), ("40301", "7700101")]
NO_HW_OLD_TEXT = [("90101", "7700204"), ("90103", "7700204")]
AVG_SEL = [("90101", "Алгебра"), ("90101", "Химия"), ("90103", "Физика"), ("90103", "Алгебра"), ("90104", "Алгебра"),
           ("90104", "Английский язык"), ("90102", "Русский язык"), ("90105", "Алгебра"), ("90105", "Русский язык")]
AVG_PAST = ["Алгебра", "Физика"]
FINAL_ALL = {"90101", "90103", "40301"}
HOLIDAY_SEL = [("class", "9А", "2024-12-30"), ("class", "9А", "2025-01-03"), ("class", "4В", "2024-12-31"),
               ("student", "90101", "2025-01-02")]


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    state = State()
    for si, st in enumerate(journey["steps"], 1):
        for batch in st["batches"]:
            for rec in batch:
                ingest(state, si, rec)
    v = View(state)
    facts, counters = [], {}

    def add(kind, why, **fields):
        counters[kind] = counters.get(kind, 0) + 1
        fact = {"id": f"{kind.replace('_', '-')}-{counters[kind]:02d}", "kind": kind}
        fact.update(fields)
        fact["why"] = why
        facts.append(fact)

    def src(step, request):
        return f"step {step:02d} `{request}`"

    # children and class teachers (A.3 getrules) -----------------------------------------------------------------
    for uid, (n, step, req, r) in sorted(v.rules.items()):
        if "parent" not in (r.get("roles") or []):
            continue
        kids = sorted((str(s.get("name")), s.get("class")) for s in as_list((r.get("relations") or {}).get("students")))
        classes = sorted({c for _, c in kids})
        note = f"; children in two classes ({', '.join(classes)})" if len(classes) > 1 else ""
        num = " (student `name` sent as numbers, A.4)" if any(isinstance(s.get("name"), int) for s in
                                                             as_list(r["relations"]["students"])) else ""
        add("children", f"{src(step, req)}: roles [\"parent\"], relations.students lists exactly these pupils"
                        f"{num}{note} (A.3 getrules).", guardian={"parent": uid},
            children=[{"student": k} for k, _ in kids])
    seen = set()
    for uid, (n, step, req, r) in sorted(v.rules.items()):
        for cls, g in sorted(((r.get("relations") or {}).get("groups") or {}).items()):
            if g.get("rel") == "homeclass" and g.get("hometeacher_name") and cls not in seen:
                seen.add(cls)
                add("class_teacher", f"{src(step, req)}: relations.groups[\"{cls}\"] rel \"homeclass\" with "
                                     f"hometeacher_name (A.3 getrules).", **{"class": {"class": cls}},
                    teacher=g["hometeacher_name"])
    # periods (A.3 Period) ---------------------------------------------------------------------------------------
    periods = state.current("period")
    for name in sorted(periods):
        n, step, req, pr = periods[name]
        if text(pr.get("start")) and text(pr.get("end")) and not pr.get("disabled"):
            add("period", f"{src(step, req)}: period \"{name}\" ({pr.get('fullname')}), start/end YYYYMMDD (A.3 "
                          f"Period, A.4): a HALF-YEAR scheme; the year column Г (ambigious) and the disabled exam "
                          f"column Э have no dates and give no period fact.",
                name=name, starts_on=iso(pr["start"]), ends_on=iso(pr["end"]))
    # lessons ------------------------------------------------------------------------------------------------------
    for sid, date, num, fields in LESSON_SEL:
        n, step, req, f = v.lessons[(sid, date, num)]
        out, notes = {"student": {"student": sid}, "date": date, "number": int(num)}, []
        tm = v.times(sid, date, num)
        for fld in fields:
            if fld in ("starts_at", "ends_at"):
                out[fld] = tm[3][fld]
                continue
            if f[fld] is None:
                raise SystemExit(f"selected field {fld} is empty for {sid} {date} #{num}")
            out[fld] = f[fld]
        if "starts_at" in fields:
            notes.append("times from the rings answer, read as HH:MM whether sent HH:MM or HH:MM:SS (A.3 starttime)")
        if f["group_label"] and "group_label" in fields:
            notes.append("grp is the subgroup label as the journal shows it (A.3 grp/grp_short [S])")
        if f["room"] is None and "room" not in fields:
            notes.append("room null, so no room stated")
        if date < "2024-08-01":
            notes.append("school year 2023/24 pushed late: the date is the day key, not pulled_at (A.4)")
        add("lesson", f"{src(step, req)}: lesson item num \"{num}\" of day {date.replace('-', '')}"
                      + ("; " + "; ".join(notes) if notes else "") + ".", **out)
    for sid, date, subj, num, why in NO_LESSON_SEL:
        cur = v.lessons.get((sid, date, num))
        if cur and cur[3]["subject"] == subj:
            raise SystemExit(f"no_lesson contradicted: {sid} {date} {num}")
        add("no_lesson", why + ".", student={"student": sid}, date=date, subject=subj, number=int(num))
    # marks and attendance ---------------------------------------------------------------------------------------
    def number_of(mkey):
        for h in reversed(state.history["mark"][mkey]):
            if h[3]["number"]:
                return h[3]["number"]
        return None

    live = sorted(v.marks.items(), key=lambda kv: (kv[0][0], kv[1][3]["date"], kv[0][1], kv[0][2]))
    for mkey, (n, step, req, f) in live:
        sid = mkey[0]
        hist = state.history["mark"][mkey]
        if f["value"] == "":
            continue
        if f["value"] in ATTENDANCE:
            out = {"student": {"student": sid}, "date": f["date"], "subject": f["subject"]}
            if number_of(mkey):
                out["number"] = int(number_of(mkey))
            older = [h for h in hist if h[3]["value"] != f["value"]]
            extra = (f"; corrected: \"{older[-1][3]['value']}\" in {src(older[-1][1], older[-1][2])} became "
                     f"\"{f['value']}\" at the same lesson_id/nm") if older else ""
            add("attendance", f"{src(step, req)}: pseudo-mark \"{f['value']}\" with count false, convert 0 (A.3 "
                              f"Absent schema; A.6 meaning: {ATTENDANCE[f['value']]}){extra}.",
                **out, code=f["value"], meaning=ATTENDANCE[f["value"]])
            continue
        out = {"student": {"student": sid}, "date": f["date"], "subject": f["subject"], "value": f["value"]}
        notes = []
        if f["counts"]:
            out["weight"] = f["weight"]
        if f["work_type"]:
            out["work_type"] = f["work_type"]
        if f["comment"]:
            out["comment"] = f["comment"]
        out["counts"] = f["counts"]
        if isinstance(f["weight"], float):
            notes.append("weight from weight_float (fractional), not the integer weight (A.3)")
        if "/" in f["value"]:
            notes.append("double mark kept as one mark with the journal's text; convert gives its number (A.3, A.6)")
        if f["value"][-1:] in "+-" and f["value"][:1].isdigit():
            notes.append("+/- modifier kept in the text (A.6)")
        if not f["counts"]:
            notes.append("count false: never in the average, no weight stated (A.6: non-numeric values are "
                         "school text, rely on count)")
        older = [h for h in hist if h[3]["value"] != f["value"]]
        if older:
            notes.append(f"corrected: \"{older[-1][3]['value']}\" in {src(older[-1][1], older[-1][2])}")
        if all(req_key(h[2])[0] == "getmarks" for h in hist):
            notes.append("known only from getmarks (outside the diary weeks)")
        if f["date"] < "2024-08-01":
            notes.append("school year 2023/24 pushed late: date from the mark's `date` (A.4), not pulled_at")
        add("mark", f"{src(step, req)}: mark at lesson_id/nm {mkey[1]}/{mkey[2]} (A.3 Assessment / SubjectMarks)"
                    + ("; " + "; ".join(notes) if notes else "") + ".", **out)
    # no_mark ------------------------------------------------------------------------------------------------------
    for mkey in sorted(state.history["mark"]):
        hist = state.history["mark"][mkey]
        last = hist[-1]
        f = last[3]
        cur = v.marks.get(mkey)
        if f["value"] == "":
            add("no_mark", f"{src(last[1], last[2])}: assessment value \"\" is a phantom mark, never shown (A.3, "
                           f"A.6; Apheleia filters it).", student={"student": mkey[0]}, date=f["date"],
                subject=f["subject"], value="")
        elif cur is None:
            add("no_mark", f"{src(last[1], last[2])} held \"{f['value']}\"; the later answers to the same requests "
                           f"(getdiary and getmarks, re-pulled in step 10) no longer do: deleted (A.1 re-pull).",
                student={"student": mkey[0]}, date=f["date"], subject=f["subject"], value=f["value"])
        else:
            cf = cur[3]
            for old in sorted({h[3]["value"] for h in hist if h[3]["value"] != cf["value"]}):
                add("no_mark", f"{src(cur[1], cur[2])} replaced \"{old}\" by \"{cf['value']}\" at the same "
                               f"lesson_id/nm (correction){'; and ' + old + ' is attendance anyway' if old in ATTENDANCE else ''}.",
                    student={"student": mkey[0]}, date=cf["date"], subject=cf["subject"], value=old)
            if cf["value"] in ATTENDANCE:
                add("no_mark", f"{src(cur[1], cur[2])}: \"{cf['value']}\" is an attendance pseudo-mark (A.3 Absent, "
                               f"A.6), shown as attendance, never as a mark.", student={"student": mkey[0]},
                    date=cf["date"], subject=cf["subject"], value=cf["value"])
    # homework -----------------------------------------------------------------------------------------------------
    every = {}
    for kind in ("homework", "class_homework"):
        for (owner, hid), hist in sorted(state.history.get(kind, {}).items()):
            for h in hist:
                every.setdefault(hid, []).append(h)
    for sid, hid in HW_SEL:
        n, step, req, f = v.homework[(sid, hid)]
        out = {"student": {"student": sid}, "subject": f["subject"], "text": f["text"], "date": f["date"]}
        notes = []
        files = sorted(v.attachments.get((sid, hid), ()))
        if files:
            out["attachments"] = files
        if f["individual"]:
            notes.append("individual true: only in this pupil's own answers")
        if f["group_label"]:
            notes.append(f"subgroup \"{f['group_label']}\" task, the pupil's subgroup")
        texts = sorted({h[3]["text"] for h in every[hid] if h[3]["text"] != f["text"]})
        if texts:
            notes.append(f"re-worded: earlier text {json.dumps(texts[0], ensure_ascii=False)}")
        add("homework", f"{src(step, req)}: homework id {hid} under day {f['date'].replace('-', '')} (A.3 homework, "
                        f"files bound by toid or the {{file:[...]}} form); date = the day it is listed under"
            + ("; " + "; ".join(notes) if notes else "") + ".", **out)
    for sid, hid in NO_HW_SEL:
        if (sid, hid) in v.homework:
            raise SystemExit(f"no_homework contradicted {sid} {hid}")
        n, step, req, f = every[hid][-1]
        live_ids = {k[1] for k in v.homework}
        if f["individual"]:
            why = f"individual task of another pupil ({src(step, req)})"
        elif hid not in live_ids:
            why = (f"withdrawn: the step-10 re-pulls of every request that held it (class and pupil gethomework, "
                   f"the diaries) no longer hold it; last seen {src(step, req)}")
            if sid == "90101":
                why += ("; 90101's diary was re-pulled in the central-host form https://api.eljur.ru/apiv3/... "
                        "with vendor/out_format and another parameter order, the same request (A.1)")
        elif v.class_of.get(sid) != "9А":
            why = f"task of class 9А ({src(step, req)}); this pupil is in {v.class_of.get(sid)}"
        else:
            why = f"task of subgroup \"{f['group_label']}\" ({src(step, req)}); this pupil is in the other one (A.3 grp)"
        add("no_homework", why + ".", student={"student": sid}, subject=f["subject"], text=f["text"])
    for sid, hid in NO_HW_OLD_TEXT:
        n, step, req, f = v.homework[(sid, hid)]
        old = [h for h in every[hid] if h[3]["text"] != f["text"]][0]
        add("no_homework", f"{src(old[1], old[2])} had the text; {src(step, req)} re-worded the same homework id "
                           f"{hid}: the old text must be gone.", student={"student": sid}, subject=old[3]["subject"],
            text=old[3]["text"])
    # final marks --------------------------------------------------------------------------------------------------
    finals = state.current("final")
    for (sid, subj, period, days), (n, step, req, f) in sorted(finals.items(), key=lambda kv: (kv[0][0], kv[0][3] or "", kv[0][1], kv[0][2])):
        if not text(f["value"]):
            continue
        numeric = f["value"].strip().isdigit()
        if days:
            if period != "Г":
                continue   # 2023/24 half-years: no dates known for them (see README)
            why = (f"{src(step, req)}: the YEAR column Г of school year 2023/24 (days={days}, A.2 getfinalassessments "
                   f"with days); pushed late, it must not replace or be replaced by a 2024/25 mark")
        elif sid in FINAL_ALL or not numeric or period == "Г":
            why = (f"{src(step, req)}: items[].assessments[] period \"{period}\" = the getperiods name (A.3 Final "
                   f"assessment)")
            if not numeric:
                why += f"; non-numeric final as the journal shows it (A.5 E4, A.6){', comment ' + json.dumps(f['comment'], ensure_ascii=False) if f['comment'] else ''}"
            if period == "Г":
                why += "; the year column (ambigious, no dates, A.3 Period)"
        else:
            continue
        add("final_mark", why + ".", student={"student": sid}, subject=subj, period=period, value=f["value"])
    # vendor averages ----------------------------------------------------------------------------------------------
    dated = {f"{pr['start']}-{pr['end']}": name for name, (_, _, _, pr) in periods.items() if text(pr.get("start"))}
    avgs = state.current("average")
    for sid, subj in AVG_SEL:
        days = next(d for d, name in dated.items() if name == "1")
        n, step, req, f = avgs[(sid, subj, days)]
        val = f["value"]
        if not text(str(val)):
            raise SystemExit(f"selected average is empty: {sid} {subj}")
        shape = "sent as a NUMBER" if not isinstance(val, str) else "sent as a string"
        hist = state.history["average"][(sid, subj, days)]
        earlier = [h for h in hist if h[3]["value"] != val]
        extra = (f"; {src(earlier[-1][1], earlier[-1][2])} said {json.dumps(earlier[-1][3]['value'], ensure_ascii=False)}"
                 f" (before week 2, the correction or the deletion): the latest answer replaces it") if earlier else ""
        add("vendor_average", f"{src(step, req)}: lessons[].average as sent ({shape}; A.3 SubjectMarks), latest "
                              f"successful getmarks (the failed answer of step 15 changes nothing); days {days} = "
                              f"period \"{dated[days]}\" of getperiods{extra}.",
            student={"student": sid}, subject=subj, period=dated[days], value=str(val))
    for subj in AVG_PAST:
        past = [(k, x) for k, x in sorted(avgs.items()) if k[0] == "90101" and k[1] == subj and k[2] not in dated]
        n, step, req, f = past[0][1]
        add("vendor_average", f"{src(step, req)}: lessons[].average of school year 2023/24 (days {f['days']} matches "
                              f"no 2024/25 period, so no period is stated); it must not replace the 2024/25 average.",
            student={"student": "90101"}, subject=subj, value=str(f["value"]))
    # holidays -----------------------------------------------------------------------------------------------------
    hol = state.current("holiday")
    for kind, who, date in HOLIDAY_SEL:
        n, step, req, f = hol[((kind, who), date)]
        ref = {"class": {"class": who}} if kind == "class" else {"student": {"student": who}}
        add("holiday", f"{src(step, req)}: day {date.replace('-', '')} alert \"vacation\", holiday_name (A.3 Day).",
            **ref, date=date, name=f["name"])

    out = {"vendor": journey.get("vendor", "elzhur"), "facts": facts}
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    by = {}
    for f in facts:
        by[f["kind"]] = by.get(f["kind"], 0) + 1
    print(json.dumps({"facts": len(facts), "by_kind": by, "ignored_answers": [list(x) for x in state.ignored]},
                     ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
