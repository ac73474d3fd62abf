"""Derives facts.json from journey.json for corpus elzhur_42. Standard library only, deterministic; imports no hub code.

The answers are read in push order (here also pull order), by the reference's rules (shared/reference/elzhur_mesh.md
Part A), nothing else:
* R1 (A.1, A.2): the query gives the pupil (`student`) or the class (`class`) and the `days` range; a class's
  getschedule / gethomework carries `days` at the top level (A.5 E5), a pupil's answer under `students.<id>`.
* R2 (A.3 Day): each day an answer lists is that day whole for its reader: its lessons (a class's answer: every
  lesson of the class; a pupil's: the class's lessons and those of his own subgroup `grp`), whether it is a holiday
  (`alert: "vacation"`, `holiday_name`), and, in a pupil's getdiary, his marks and absences of that day. A lesson
  the latest answer of its day lacks is gone from that day; a lesson id listed again on another day has moved there
  (A.3 `lesson_id`). A day of the range an answer does not list (the weekend) says nothing.
* R3 (A.3 Lesson item, [S] felpsyatina): an item named `Cancel` is the cancelled lesson of that `lesson_id`; its
  subject is the one an earlier answer named it by.
* R4 (A.3 Assessment, A.6): a mark is its pupil, `lesson_id` and `nm`; the latest answer stating it wins. `н`/`Н`
  absent, `оп`/`ОП` late, `б` ill, `у`/`уп` excused are attendance (A.3 Absence pseudo-mark, A.6), not marks.
  Weight `weight_float`, counts `count`, work type `control_type` (getdiary) / `mtype.type` (getmarks), comment.
* R5 (A.3 SubjectMarks; A.1 `days`): a getmarks over `days` lists, for each subject it names, every mark and absence
  of the pupil dated (`date`) within the range: what an earlier answer gave there and it lacks is gone.
* R6 (A.3 Lesson item `homework`): a lesson item's `homework` object is that lesson's whole list of tasks for its
  reader (`individual` tasks only in their pupil's own answers); a class's gethomework lists each day's tasks whole.
  A task shows with the day the answers list it under.
* R7 (A.3 Period, Final assessment): getperiods gives a pupil's periods; getfinalassessments his period marks by the
  period's short `name`.
* R8 (A.3 SubjectMarks `average`): the journal's own average over the `days` range of getmarks; here the range is
  period III's `start`-`end` exactly, so it is the period's average.
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}
WEEK = ["2026-01-26", "2026-01-27", "2026-01-28", "2026-01-29", "2026-01-30"]
LESSON_PUPILS = {"42104": WEEK + ["2026-02-03"], "42202": WEEK + ["2026-02-02"],
                 "42101": ["2026-01-29"], "42203": ["2026-01-27", "2026-02-02"]}


def iso(k):
    return f"{k[:4]}-{k[4:6]}-{k[6:]}"


def query(request):
    method, _, q = request.partition("?")
    return method.rsplit("/", 1)[-1], {k: v[0] for k, v in parse_qs(q).items()}


def day_range(days):
    a, b = (dt.date.fromisoformat(iso(x)) for x in days.split("-"))
    return [(a + dt.timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


class State:
    def __init__(self):
        self.children, self.hometeacher, self.class_of, self.group_of = {}, {}, {}, {}
        self.periods, self.finals, self.averages = {}, {}, []
        self.lessons = {}    # lesson_id -> dict(class, date, slot, subject, teacher, room, topic, grp, times, cancelled, step)
        self.gone = {}       # lesson_id -> step it left its day
        self.holiday = {}    # (class, date) -> (name or None, step)
        self.marks = {}      # (pupil, lesson_id, nm) -> dict(value, date, subject, weight, counts, work_type, comment, step)
        self.removed = {}    # (pupil, lesson_id, nm) -> [(value, date, subject, step)] taken back
        self.homework = {}   # hw id -> dict(text, subject, date, lesson_id, class, individual, pupil, files, step)
        self.withdrawn = {}  # hw id -> [(text, subject, step)]
        self.history = {}    # (pupil, lesson_id, nm) -> [values in order]
        self.moved = []      # (lesson_id, old date, subject, step): a lesson id listed again on another day

    # lessons ---------------------------------------------------------------------------------------------------
    def day_lessons(self, cls, grp_of_reader, date, whole_class):
        return [lid for lid, s in self.lessons.items() if s["class"] == cls and s["date"] == date and lid not in self.gone
                and (whole_class or s["grp"] in (None, grp_of_reader))]

    def read_day(self, cls, reader_grp, whole_class, date, day, step):
        self.holiday[(cls, date)] = (day.get("holiday_name") if day.get("alert") == "vacation" else None, step)
        listed = set()
        for it in items_of(day):
            lid = str(it["lesson_id"])
            listed.add(lid)
            before = self.lessons.get(lid, {})
            if before and before["date"] != date:
                self.moved.append((lid, before["date"], before["subject"], step))
            cancelled = it["name"] == "Cancel"
            subject = before.get("subject") if cancelled else it["name"]
            grp = it.get("grp") or None
            self.lessons[lid] = {"class": cls, "date": date, "slot": int(it["num"]), "subject": subject,
                                 "teacher": it.get("teacher"), "room": it.get("room"), "topic": it.get("topic"),
                                 "grp": grp, "times": (it.get("starttime", "")[:5], it.get("endtime", "")[:5]),
                                 "cancelled": cancelled, "step": step}
            self.gone.pop(lid, None)
        for lid in self.day_lessons(cls, reader_grp, date, whole_class):
            if lid not in listed:
                self.gone[lid] = step
        return listed

    # marks -----------------------------------------------------------------------------------------------------
    def set_mark(self, pupil, a, subject, work_type, step):
        key = (pupil, str(a["lesson_id"]), str(a["nm"]))
        if a["value"] == "":
            return key
        weight = a.get("weight_float", a.get("weight"))
        self.marks[key] = {"value": a["value"], "date": a["date"], "subject": subject,
                           "weight": (lambda w: int(w) if w == int(w) else w)(float(weight)) if weight not in (None, "") else None, "counts": bool(a["count"]),
                           "work_type": work_type or None, "comment": a.get("comment") or "", "step": step}
        hist = self.history.setdefault(key, [])
        if not hist or hist[-1] != a["value"]:
            hist.append(a["value"])
        return key

    def take_back(self, key, step):
        m = self.marks.pop(key)
        self.removed.setdefault(key, []).append((m["value"], m["date"], m["subject"], step))

    # homework --------------------------------------------------------------------------------------------------
    def set_hw(self, hw, subject, date, lid, cls, pupil, files, step):
        hid = str(hw["id"])
        old = self.homework.get(hid)
        if old and old["text"] != hw["value"]:
            self.withdrawn.setdefault(hid, []).append((old["text"], old["subject"], step, old["class"]))
        self.homework[hid] = {"text": hw["value"], "subject": subject, "date": date, "lesson_id": lid, "class": cls,
                              "individual": bool(hw.get("individual")), "pupil": pupil if hw.get("individual") else None,
                              "files": [f["filename"] for f in files if str(f.get("toid")) == hid], "step": step}

    def withdraw(self, hid, step):
        old = self.homework.pop(hid)
        self.withdrawn.setdefault(hid, []).append((old["text"], old["subject"], step, old["class"]))


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    st = State()
    for step, r in records:
        method, q = query(r["request"])
        result = r["body"]["response"]["result"]
        if method == "getrules":
            st.children[result["id"]] = sorted(result["relations"]["students"])
            for sid, s in result["relations"]["students"].items():
                st.class_of[sid] = s["class"]
            for cls, g in result["relations"]["groups"].items():
                st.hometeacher[cls] = g["hometeacher_name"]
        elif method == "getperiods":
            for s in result["students"]:
                st.periods[s["name"]] = [(p["name"], p["start"], p["end"]) for p in s["periods"]]
        elif method == "getfinalassessments":
            for sid, s in result["students"].items():
                st.finals[sid] = [(i["name"], a["period"], a["value"]) for i in s["items"] for a in i["assessments"]]
        elif method in ("getschedule", "gethomework") and "class" in q:
            cls = q["class"]
            days = result["days"]
            for date in day_range(q["days"]):
                day = days.get(date.replace("-", ""))
                if day is None:
                    continue
                if method == "getschedule":
                    st.read_day(cls, None, True, date, day, step)
                listed_hw = set()
                for it in items_of(day):
                    lid = str(it.get("lesson_id") or "")
                    subject = it["name"] if it["name"] != "Cancel" else st.lessons.get(lid, {}).get("subject")
                    for hw in (it.get("homework") or {}).values():
                        st.set_hw(hw, subject, date, lid, cls, None, it.get("files") or [], step)
                        listed_hw.add(str(hw["id"]))
                    if "homework" in it and lid:  # R6: the lesson's whole list
                        for hid, h in list(st.homework.items()):
                            if h["lesson_id"] == lid and hid not in listed_hw and not h["individual"]:
                                st.withdraw(hid, step)
                if method == "gethomework":  # R6: the class's tasks of the day, whole
                    for hid, h in list(st.homework.items()):
                        if h["class"] == cls and h["date"] == date and not h["individual"] and hid not in listed_hw:
                            st.withdraw(hid, step)
        elif method == "getdiary":
            pupil = q["student"]
            cls = st.class_of[pupil]
            body = result["students"][pupil]
            for date in day_range(q["days"]):
                day = body["days"].get(date.replace("-", ""))
                if day is None:
                    continue
                for it in items_of(day):  # the pupil's subgroups, as his own answers show them (A.3 grp)
                    if it.get("grp"):
                        st.group_of[(pupil, it["name"])] = it["grp"]
                grps = {g for (p, _), g in st.group_of.items() if p == pupil}
                reader_grp = next(iter(grps)) if grps else None
                st.read_day(cls, reader_grp, False, date, day, step)
                seen = set()
                for it in items_of(day):
                    lid = str(it["lesson_id"])
                    subject = st.lessons[lid]["subject"]
                    for a in it.get("assessments") or []:
                        seen.add(st.set_mark(pupil, a, subject, a.get("control_type"), step))
                    listed_hw = set()
                    for hw in (it.get("homework") or {}).values():
                        st.set_hw(hw, subject, date, lid, cls, pupil, it.get("files") or [], step)
                        listed_hw.add(str(hw["id"]))
                    if "homework" in it:
                        for hid, h in list(st.homework.items()):
                            if h["lesson_id"] == lid and hid not in listed_hw and h["pupil"] in (None, pupil):
                                st.withdraw(hid, step)
                for key, m in list(st.marks.items()):  # R2: the day's marks and absences are whole
                    if key[0] == pupil and m["date"] == date and key not in seen:
                        st.take_back(key, step)
        elif method == "getmarks":
            pupil = q["student"]
            span = set(day_range(q["days"]))
            body = result["students"][pupil]
            for subj in body["lessons"]:
                seen = set()
                for a in subj["marks"]:
                    seen.add(st.set_mark(pupil, a, subj["name"], (a.get("mtype") or {}).get("type"), step))
                for key, m in list(st.marks.items()):  # R5
                    if key[0] == pupil and m["subject"] == subj["name"] and m["date"] in span and key not in seen:
                        st.take_back(key, step)
                if subj.get("average"):
                    st.averages.append((pupil, subj["name"], subj["average"], q["days"], step))
    write(facts_of(st, journey))


def facts_of(st, journey):
    facts = []

    def add(kind, why, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw, "why": why})

    for parent, kids in sorted(st.children.items()):
        add("children", f"getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, teacher in sorted(st.hometeacher.items()):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)", teacher=teacher,
            **{"class": {"class": cls}})
    for pupil, periods in sorted(st.periods.items()):
        for name, start, end in periods:
            if start and name in ("II", "III"):
                add("period", f"getperiods?student={pupil}: period '{name}' {start}-{end} (A.3 Period)",
                    student={"student": pupil}, name=name, starts_on=iso(start), ends_on=iso(end))
    for pupil, finals in sorted(st.finals.items()):
        for subject, period, value in finals[:2]:
            add("final_mark", f"getfinalassessments?student={pupil}: {subject} period '{period}' = '{value}' "
                              f"(A.3 Final assessment)", student={"student": pupil}, subject=subject, period=period,
                value=value)

    def visible(pupil, s):
        return s["class"] == st.class_of[pupil] and (s["grp"] is None or s["grp"] == st.group_of.get((pupil, s["subject"])))

    # lessons of the sampled pupils and days (R2, R3)
    for pupil, dates in sorted(LESSON_PUPILS.items()):
        for date in dates:
            for lid, s in sorted(st.lessons.items(), key=lambda kv: (kv[1]["slot"], kv[0])):
                if s["date"] != date or lid in st.gone or not visible(pupil, s):
                    continue
                kw = {"student": {"student": pupil}, "date": date, "number": s["slot"], "subject": s["subject"],
                      "teacher": s["teacher"], "topic": s["topic"]}
                if s["cancelled"]:
                    kw["cancelled"] = True
                else:
                    kw.update({"room": s["room"], "starts_at": s["times"][0], "ends_at": s["times"][1]})
                if s["subject"] == "Английский язык" and st.class_of[pupil] == "6А":
                    kw["group_label"] = s["grp"]
                add("lesson", f"step {s['step']}: lesson {lid} is the latest answer's item num {s['slot']} of {date}"
                              + (" named `Cancel` (R3)" if s["cancelled"] else "") + " (A.3 Lesson item; R2)", **kw)
    # lessons that left their day (R2): 6А's quarantine Monday, the moved Технология, 6Б's replaced mathematics
    for lid, step in sorted(st.gone.items()):
        s = st.lessons[lid]
        for pupil in sorted(p for p in st.class_of if visible(p, s)):
            if pupil in ("42104", "42101", "42202", "42201"):
                others = [o for o, so in st.lessons.items() if so["date"] == s["date"] and so["subject"] == s["subject"]
                          and o not in st.gone and not so["cancelled"] and visible(pupil, so)]
                if others:
                    continue
                add("no_lesson", f"step {step}: the latest answer of {s['date']} lacks lesson {lid} ({s['subject']}, "
                                 f"num {s['slot']}) (A.3 Day whole; R2)", student={"student": pupil},
                    date=s["date"], subject=s["subject"])
    for lid, old_date, subject, step in st.moved:
        s = st.lessons[lid]
        for pupil in ("42104", "42101"):
            if visible(pupil, s):
                add("no_lesson", f"step {step}: lesson {lid} ({subject}) of {old_date} is listed on {s['date']} "
                                 f"instead (A.3 lesson_id; R2)", student={"student": pupil}, date=old_date,
                    subject=subject)
    for lid, s in sorted(st.lessons.items()):
        if s["cancelled"] and lid not in st.gone:
            for pupil in sorted(p for p in st.class_of if visible(p, s)):
                if pupil in ("42101", "42201", "42203"):
                    add("no_lesson", f"step {s['step']}: lesson {lid} comes as `Cancel` (A.3 Lesson item [S]); no "
                                     f"{s['subject']} is held on {s['date']}", student={"student": pupil},
                        date=s["date"], subject=s["subject"])

    # marks and attendance (R4, R5)
    present_days = {("42101", "2026-01-27"), ("42101", "2026-01-29"), ("42203", "2026-02-02")}
    for key, m in sorted(st.marks.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[0][1])):
        pupil, lid, nm = key
        hist = " -> ".join(st.history[key])
        if m["value"].lower() in ATTENDANCE:
            add("attendance", f"step {m['step']}: pseudo-mark '{m['value']}' (history {hist}) on lesson {lid} "
                              f"(A.3 Absence pseudo-mark, A.6)", student={"student": pupil}, date=m["date"],
                subject=m["subject"], code=m["value"], meaning=ATTENDANCE[m["value"].lower()])
        else:
            kw = {"student": {"student": pupil}, "date": m["date"], "subject": m["subject"], "value": m["value"],
                  "weight": m["weight"], "counts": m["counts"]}
            if m["work_type"]:
                kw["work_type"] = m["work_type"]
            if m["comment"]:
                kw["comment"] = m["comment"]
            add("mark", f"step {m['step']}: lesson {lid} nm {nm} value '{m['value']}' (history {hist}) "
                        f"(A.3 Assessment / SubjectMarks; R4)", **kw)
    for key, hist in sorted(st.history.items()):
        pupil, lid, nm = key
        current = st.marks.get(key, {}).get("value")
        gone = st.removed.get(key, [])
        date, subject = (st.marks[key]["date"], st.marks[key]["subject"]) if key in st.marks else gone[-1][1:3]
        for value in dict.fromkeys(hist):
            if value == current or value.lower() in ATTENDANCE:
                continue
            how = "taken back (no longer listed)" if key not in st.marks else f"replaced by '{current}'"
            add("no_mark", f"lesson {lid} nm {nm}: '{value}' {how}; history {' -> '.join(hist)} (R4/R5)",
                student={"student": pupil}, date=date, subject=subject, value=value)
    # nothing on an ill pupil's lesson is a mark (A.6: б is attendance)
    for key, m in sorted(st.marks.items()):
        if key[0] == "42101" and m["date"] == "2026-01-21":
            add("no_mark", f"lesson {key[1]}: only the pseudo-mark '{m['value']}' (A.6: attendance, not a mark)",
                student={"student": "42101"}, date=m["date"], subject=m["subject"])
    # attendance not marked during the online week (no pseudo-mark: present)
    for pupil, date in sorted(present_days):
        for lid, s in sorted(st.lessons.items()):
            if s["date"] == date and lid not in st.gone and not s["cancelled"] and visible(pupil, s):
                if not any(k[0] == pupil and k[1] == lid for k in st.marks):
                    add("attendance", f"lesson {lid} of {date}: the latest answers give pupil {pupil} no pseudo-mark "
                                      f"there (A.3 Absence pseudo-mark: no entry, no absence)",
                        student={"student": pupil}, date=date, subject=s["subject"], meaning="present")

    # homework (R6)
    for hid, h in sorted(st.homework.items()):
        readers = [h["pupil"]] if h["individual"] else [p for p in ("42104", "42202", "42102", "42201")
                                                        if st.class_of[p] == h["class"]][:1]
        for pupil in readers:
            kw = {"student": {"student": pupil}, "subject": h["subject"], "text": h["text"], "date": h["date"]}
            if h["files"]:
                kw["attachments"] = h["files"]
            add("homework", f"step {h['step']}: task {hid} on lesson {h['lesson_id']} of {h['date']}"
                            + (" (individual)" if h["individual"] else "") + " (A.3 homework, files toid; R6)", **kw)
        if h["individual"]:
            for other in sorted(p for p in st.class_of if st.class_of[p] == h["class"] and p != h["pupil"])[:1]:
                add("no_homework", f"task {hid} is individual for {h['pupil']} (A.3 homework `individual`)",
                    student={"student": other}, subject=h["subject"], text=h["text"])
    for hid, olds in sorted(st.withdrawn.items()):
        for text, subject, step, cls in olds:
            if hid in st.homework and st.homework[hid]["text"] == text:
                continue
            for pupil in [p for p in ("42104", "42202") if st.class_of[p] == cls]:
                add("no_homework", f"step {step}: task {hid} «{text}» was withdrawn or rewritten (R6)",
                    student={"student": pupil}, subject=subject, text=text)

    # holidays (R2)
    for (cls, date), (name, step) in sorted(st.holiday.items()):
        if date not in WEEK:
            continue
        pupils = sorted(p for p in st.class_of if st.class_of[p] == cls)
        if name:
            for p in pupils:
                add("holiday", f"step {step}: {cls}'s {date} comes with alert 'vacation' «{name}» (A.3 Day)",
                    student={"student": p}, date=date, name=name, once=True)
            add("holiday", f"step {step}: {cls}'s {date} «{name}» (A.3 Day), the class's schedule",
                group={"class": cls}, date=date, name=name)
        else:
            for p in pupils[:1]:
                add("no_holiday", f"step {step}: the latest answer of {cls}'s {date} lists it without an alert: a school"
                                  f" day (A.3 Day)", student={"student": p}, date=date, name="Карантин")
            if cls == "6А":
                add("no_holiday", f"step {step}: a pupil's own latest answer lists 6А's {date} without an alert: the "
                                  f"class's school day, its «Карантин» of the morning schedule gone (A.3 Day)",
                    group={"class": cls}, date=date, name="Карантин")
            if cls == "6Б" and date == "2026-01-26":
                add("no_holiday", "6Б studied on 26 Jan; the quarantine is 6А's (A.3 Day: the answer's class)",
                    group={"class": cls}, date=date, name="Карантин")

    # the journal's averages (R8)
    periods = {p: {n: f"{s}-{e}" for n, s, e in v} for p, v in st.periods.items()}
    span_iii = next(iter(periods.values()))["III"]
    for pupil, subject, average, days, step in st.averages:
        if days == span_iii:
            add("vendor_average", f"step {step}: getmarks?student={pupil}&days={days}: {subject} average '{average}' "
                                  f"(A.3 SubjectMarks; the range is period III)", student={"student": pupil},
                subject=subject, value=average, period="III")
    return facts


def write(facts):
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
