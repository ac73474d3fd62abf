"""Derive facts.json from journey.json: what each parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

The answers are replayed in pull order (`pulled_at`), whatever order the batches delivered them in: an answer is the
journal as it was when the job pulled it, so the state every fact is read from is the one the latest pull of each
thing gives (a retried answer pulled earlier says nothing newer).

Rules:
R0  Replay by `pulled_at` (ties: the order in the journey). The latest pull of a thing wins; a complete answer (below)
    pulled later than a statement removes what it lacks; one pulled earlier removes nothing and brings nothing back.
R1  Membership (§3.8): `POST edu-groups` answers each group asked for (its `request_body`) with its students and
    their `membershipstatus`; a pupil the answer does not list is not in that group at that pull (a pupil who has
    not joined yet), `Archive` is a pupil who left it. No answer dates a change, so a pupil is IN a group on a day
    only when the last list pulled before the day and the first list pulled after that day's lessons both show him
    `Active` (and none in between says otherwise), and OUT only when both say he is not `Active`. Any other day is
    undecided by the lists; then only the pupil's own evidence decides, lesson by lesson (R2).
R2  Evidence of one lesson: the pupil's own `persons/{p}/groups/{g}/schedules` day (§0: his day) lists it, or a mark
    (§3.1 `person`, `lesson`) or a log entry (§3.5) of his names it. Such a lesson is his that day. A day both R1
    and R2 leave undecided gets no fact about that group's lessons (see the README: the reference gives no dates).
R3  A group's lessons of a day are those of the latest group range covering the day (`edu-groups/{g}/lessons/{from}/
    {to}`, §3.4, §7: the whole list of each day it covers); a lesson an earlier range placed there and the latest
    lacks is gone (no_lesson). Topic: the latest `title` any answer gave (a range's entity lesson or a schedules
    day's flattened lesson, §3.4); times: the flattened lesson's `hours` (§3.4), else the start of its `date` and the
    end of its number's bell item (§3.14, the group's timetable, a subgroup's class's); a subgroup lesson carries
    its subgroup's `name` (§3.8) as the group label.
R4  Lesson facts: IN (R1) -> every lesson of the group that day; undecided -> the lessons R2 gives; OUT -> no_lesson
    for each of the group's lessons whose subject and number the pupil has no lesson of that day (a subgroup switch
    is read from the label and topic instead: the two subgroups' lessons share the slot).
R5  Marks (§3.1): the latest state of each mark id. Complete answers: a group marks range is the group's whole list of
    the days it covers (§7), a pupil's schedules day his whole list of his marks that day (§0); a mark the latest such
    answer lacks is deleted (no_mark), an older value (a corrected mark) is no longer shown (no_mark with that value).
    Shown on its lesson's date (a mark entered the next day for Monday's lesson is Monday's); weight and name from
    the standalone work type (§3.3), `counts` = `use_avg_calc`.
R6  Attendance (§3.5, §6): the latest entry of (lesson, person); group log ranges and schedules days are complete, so
    a later one without the entry means none (present). Attend/Absent/Ill/Late -> present/absent/ill/late; `Pass` is
    stated by its code only (§6: its meaning is disputed).
R7  Homework (§3.2, §3.6, §3.7): a `Homework` work with its `text` and `targetDate`, set at its lesson; its `tasks`
    name the pupils it is for. A pupil it names sees it at that lesson (when the lesson is his, R1/R2); a pupil it
    does not name does not see it at all (no_homework), asked of the pupils who are in its group (R1, or by R2
    evidence) on the day it was set or the day it is due, or whom the last member list pulled before it was set
    (`sentDate`) showed `Active` there: the leaver, the newcomer, the pupils who moved class or subgroup. Whether a
    task he was named in shows on a due date after he left is not said: such facts look at the lesson only.
R8  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
WATCHED = {  # the followed pupils (their parents' contexts name them)
    "1000012790101": "Азарова Полина (7А, group 1, stays)",
    "1000012790102": "Белов Тимур (7А, group 2, leaves the school)",
    "1000012790103": "Гусев Марк (7А, group 1 -> group 2)",
    "1000012790104": "Давыдова Ксения (7А group 2 -> 7Б)",
    "2260325488579300107": "Ефимов Артём (joins 7А and group 1)",
}
D = dt.date
LOOK = {  # the days whose lessons (and lessons not his) the facts look at: around each change, and the days of the
    # corrections (marks, attendance, homework, period facts look at every day)
    "1000012790101": {D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 20), D(2026, 11, 25)},
    "1000012790102": {D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 18), D(2026, 11, 19), D(2026, 11, 20),
                      D(2026, 11, 23)},
    "1000012790103": {D(2026, 11, 16), D(2026, 11, 18), D(2026, 11, 23), D(2026, 11, 25), D(2026, 11, 27)},
    "1000012790104": {D(2026, 11, 19), D(2026, 11, 20), D(2026, 11, 23), D(2026, 11, 24), D(2026, 11, 26)},
    "2260325488579300107": {D(2026, 11, 17), D(2026, 11, 18), D(2026, 11, 19), D(2026, 11, 20), D(2026, 11, 25)},
}


def day_range(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def when(stamp):
    return dt.datetime.fromisoformat(stamp)


def local_day_start(d, tz):
    return dt.datetime(d.year, d.month, d.day, tzinfo=tz)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(r, step["name"]) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(((when(r["pulled_at"]), i, name, r) for i, (r, name) in enumerate(flat)), key=lambda x: x[:2])
    tz = records[0][0].tzinfo

    weights, wt_names = {}, {}
    group_name, parent_of = {}, {}
    bells = {}
    sightings = {}  # (person, group) -> [(t, "Active" | "Archive" | "absent")]
    everyone = set()
    group_day, placed_ever = {}, {}  # (g, date) -> {lid: True}; (g, date) -> {lid}
    lesson = {}  # lid -> {group, date, number, subject, title, clock, title_where}
    hours = {}
    pupil_day = {}  # (person, date) -> ({lid}, where)
    marks = {}  # mid -> {"state": mark | None, "t": t, "where": ..., "values": [...]}
    logs = {}  # (lid, person) -> {"state": entry | None, "t": t, "where": ...}
    homework = {}  # wid -> {"work": work, "lid": lid, "t": t, "where": ...}
    children, rpg = {}, {}
    subj_names = {}

    for t, _, step, r in records:  # pass 1: who exists at all (for lists that do not name a pupil)
        if r["request"] == "POST /v2/edu-groups":
            for entry in r["body"]:
                for s in entry["students"]:
                    everyone.add(s["person"]["id_str"])

    def where_of(step, r, t):
        return f"{r['request']} pulled {t:%m-%d %H:%M:%S} (delivered in «{step[:60]}»)"

    def state_lesson(l, g, t, where):
        lid = l["id_str"] if "id_str" in l else str(l["id"])
        info = lesson.setdefault(lid, {})
        if g is not None:
            info["group"] = g
        info.update(date=dt.date.fromisoformat(l["date"][:10]), number=l["number"], clock=l["date"][11:16])
        if "subject" in l:
            info["subject"] = l["subject"]["name"]
            subj_names[l["subject"]["id_str"]] = l["subject"]["name"]
        elif "subjectId" in l:
            info["subject"] = subj_names[str(l["subjectId"])]
        info["title"], info["title_where"] = l["title"], where
        return lid

    def state_work(w, lid, t, where):
        if w["type"] == "Homework":
            homework[w["id_str"]] = {"work": w, "lid": lid, "t": t, "where": where}

    def state_mark(m, t, where):
        cur = marks.setdefault(m["id_str"], {"values": []})
        cur.update(state=m, t=t, where=where)
        if m["value"] not in cur["values"]:
            cur["values"].append(m["value"])

    def drop_marks(in_scope, present, t, where):
        for mid, cur in marks.items():
            if cur.get("state") and mid not in present and in_scope(cur["state"]) and cur["t"] < t:
                cur.update(state=None, t=t, where=where)

    def state_log(e, t, where):
        logs[(e["lesson_str"], e["person_str"])] = {"state": e, "t": t, "where": where}

    def drop_logs(in_scope, present, t, where):
        for key, cur in logs.items():
            if cur["state"] and key not in present and in_scope(cur["state"]) and cur["t"] < t:
                cur.update(state=None, t=t, where=where)

    def lesson_day(lid):
        info = lesson.get(lid)
        return (info or {}).get("date"), (info or {}).get("group")

    for t, _, step, r in records:
        req, body = r["request"], r["body"]
        where = where_of(step, r, t)
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for grp in body:
                group_name[grp["id_str"]] = grp["name"]
                parent_of[grp["id_str"]] = (grp["parentIds_str"] or [None])[0]
        elif req == "POST /v2/edu-groups":
            for entry in body:
                g = entry["group"]["id_str"]
                group_name[g] = entry["group"]["name"]
                listed = {s["person"]["id_str"]: s["membershipstatus"] for s in entry["students"]}
                for p in everyone:
                    sightings.setdefault((p, g), []).append((t, listed.get(p, "absent"), where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for tt in body for item in tt["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in day_range(a, b):
                group_day[(g, d)] = {}
            for l in body:
                lid = state_lesson(l, str(l["group"]), t, where)
                group_day[(g, lesson[lid]["date"])][lid] = where
                placed_ever.setdefault((g, lesson[lid]["date"]), {})[lid] = where
                for w in l["works"]:
                    state_work(w, lid, t, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for mk in body:
                state_mark(mk, t, where)

            def scope(mk, g=g, a=a, b=b):
                d, lg = lesson_day(mk["lesson_str"])
                return lg == g and d is not None and a <= d <= b
            drop_marks(scope, {mk["id_str"] for mk in body}, t, where)
        elif m := re.fullmatch(r"GET /v2/lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for e in body:
                state_log(e, t, where)

            def scope(e, g=g, a=a, b=b):
                d, lg = lesson_day(e["lesson_str"])
                return lg == g and d is not None and a <= d <= b
            drop_logs(scope, {(e["lesson_str"], e["person_str"]) for e in body}, t, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for w in body["works"]:
                state_work(w, w["lesson_str"], t, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)",
                               req):
            p = m[1]
            for day in body["days"]:
                d = dt.date.fromisoformat(day["date"][:10])
                for s in day["subjects"]:
                    subj_names[str(s["id"])] = s["name"]
                lids = set()
                for fl in day["lessons"]:
                    lid = state_lesson(fl, None, t, where)
                    lids.add(lid)
                    if fl.get("hours"):
                        hours[lid] = fl["hours"]
                pupil_day[(p, d)] = (lids, where)
                for w in day["works"]:
                    state_work(w, str(w["lesson"]), t, where)
                for mk in day["marks"]:
                    state_mark(mk, t, where)
                drop_marks(lambda mk, p=p, d=d: mk["person_str"] == p and lesson_day(mk["lesson_str"])[0] == d,
                           {mk["id_str"] for mk in day["marks"]}, t, where)
                for e in day["lessonLogEntries"]:
                    state_log(e, t, where)
                drop_logs(lambda e, p=p, d=d: e["person_str"] == p and lesson_day(e["lesson_str"])[0] == d,
                          {(e["lesson_str"], e["person_str"]) for e in day["lessonLogEntries"]}, t, where)

    # --- membership (R1) and evidence (R2) -------------------------------------------------------------------
    last_bell = {g: max(f for (_, _), (_, f) in b.items()) for g, b in bells.items()}

    def school_end(g, d):
        cls = parent_of.get(g) or g
        h, mi = map(int, last_bell.get(cls, "23:59").split(":"))
        return dt.datetime(d.year, d.month, d.day, h, mi, tzinfo=tz)

    def standing(p, g, d):
        """'in', 'out' or None (undecided), with the two lists that decide it."""
        seen = sorted(sightings.get((p, g), []), key=lambda x: x[0])
        start, end = local_day_start(d, tz), school_end(g, d)
        before = [s for s in seen if s[0] < start]
        during = [s for s in seen if start <= s[0] < end]
        after = [s for s in seen if s[0] >= end]
        if not before or not after:
            return None, ""
        b, a = before[-1], after[0]
        span = [b, *during, a]
        if all(s[1] == "Active" for s in span):
            return "in", f"lists {b[2]} and {a[2]} show him Active"
        if all(s[1] != "Active" for s in span):
            return "out", f"lists {b[2]} ({b[1]}) and {a[2]} ({a[1]}) show him not Active"
        return None, ""

    def ever_active(p, g, before=None):
        return any(s[1] == "Active" and (before is None or s[0] < before) for s in sightings.get((p, g), []))

    def evidence(p, lid):
        d = lesson[lid]["date"]
        own = pupil_day.get((p, d))
        if own and lid in own[0]:
            return f"his own day {own[1]} lists it"
        for mid, cur in marks.items():
            if cur["state"] and cur["state"]["person_str"] == p and cur["state"]["lesson_str"] == lid:
                return f"his mark {mid} names it ({cur['where']})"
        cur = logs.get((lid, p))
        if cur and cur["state"]:
            return f"his log entry names it ({cur['where']})"
        return None

    def times(lid):
        info = lesson[lid]
        if lid in hours:
            a, b = [x.strip() for x in hours[lid].split("-")]
            return a, b, f"hours «{hours[lid]}»"
        cls = parent_of.get(info["group"]) or info["group"]
        bell = bells.get(cls, {}).get((info["date"].strftime("%A"), info["number"]))
        return info["clock"], bell[1] if bell else None, "bells §3.14"

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    groups = sorted({g for (g, _) in group_day})
    school_days = sorted({d for (_, d), ls in group_day.items() if ls})
    mine = {}  # (p, d) -> {(subject, number)} of the lessons facts give him
    visible = {}  # (p, lid) -> why the lesson is his
    # R4 lessons
    for p in WATCHED:
        for d in school_days:
            if d not in LOOK[p]:
                continue
            for g in groups:
                current = group_day.get((g, d), {})
                how, because = standing(p, g, d)
                for lid in sorted(current, key=lambda x: lesson[x]["number"]):
                    info = lesson[lid]
                    ev = evidence(p, lid)
                    if how == "in" or ev:
                        why = f"R1 {because}" if how == "in" else f"R2 {ev}"
                        visible[(p, lid)] = why
                        mine.setdefault((p, d), set()).add((info["subject"], info["number"]))
                        a, b, src = times(lid)
                        fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                                "subject": info["subject"], "topic": info["title"], "starts_at": a, "ends_at": b}
                        if parent_of.get(g):
                            fact["group_label"] = group_name[g]
                        add("lesson", f"R4 lesson {lid} of group {g} ({group_name.get(g)}): {why}; R3 topic from "
                                      f"{info['title_where']}; times from {src}", **fact)
    for p in WATCHED:
        for d in school_days:
            if d not in LOOK[p]:
                continue
            for g in groups:
                if not ever_active(p, g):  # another class's lessons were never his: nothing to say
                    continue
                how, because = standing(p, g, d)
                current = group_day.get((g, d), {})
                gone = [lid for lid in placed_ever.get((g, d), {}) if lid not in current]
                for lid in sorted(current, key=lambda x: lesson[x]["number"]):
                    info = lesson[lid]
                    if how == "out" and (p, lid) not in visible and \
                            (info["subject"], info["number"]) not in mine.get((p, d), set()):
                        add("no_lesson", f"R4 lesson {lid} of group {g} ({group_name.get(g)}) is not his: R1 {because}",
                            student={"person": p}, date=str(d), number=info["number"], subject=info["subject"])
                for lid in gone:
                    info = lesson[lid]
                    if how == "in" and (info["subject"], info["number"]) not in mine.get((p, d), set()):
                        add("no_lesson", f"R3 lesson {lid} ({info['subject']} #{info['number']}) placed on {d} by "
                                         f"{placed_ever[(g, d)][lid]} is lacked by the latest range covering {d}",
                            student={"person": p}, date=str(d), number=info["number"], subject=info["subject"])
    # R5 marks
    for mid, cur in sorted(marks.items()):
        mk = cur["state"]
        if mk is None:
            continue
        p = mk["person_str"]
        if p not in WATCHED:
            continue
        info = lesson[mk["lesson_str"]]
        wt = str(mk["workType"])
        add("mark", f"R5 mark {mid} ({mk['date']}) as of {cur['where']}, on lesson {mk['lesson_str']} of "
                    f"{info['date']}; work type {wt} «{wt_names[wt]}» weight {weights[wt]} (§3.3)",
            student={"person": p}, date=str(info["date"]), subject=info["subject"],
            value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt], counts=mk["use_avg_calc"])
        for old in cur["values"]:
            if old != mk["value"]:
                add("no_mark", f"R5 mark {mid} was «{old}»; the latest pull gives «{mk['value']}» ({cur['where']})",
                    student={"person": p}, date=str(info["date"]), subject=info["subject"], value=old)
    deleted = {}
    for t, _, step, r in records:
        bodies = []
        if re.fullmatch(r"GET /v2/edu-groups/\d+/marks/.*", r["request"]):
            bodies = r["body"]
        elif "/schedules?" in r["request"]:
            bodies = [mk for day in r["body"]["days"] for mk in day["marks"]]
        for mk in bodies:
            if marks[mk["id_str"]]["state"] is None:
                deleted[mk["id_str"]] = mk
    for mid, mk in sorted(deleted.items()):
        p = mk["person_str"]
        if p not in WATCHED:
            continue
        info = lesson[mk["lesson_str"]]
        add("no_mark", f"R5 mark {mid} «{mk['value']}» is lacked by {marks[mid]['where']}, pulled after every answer "
                       f"holding it", student={"person": p}, date=str(info["date"]), subject=info["subject"],
            value=mk["value"])
    # R6 attendance
    for (lid, p), cur in sorted(logs.items()):
        if p not in WATCHED:
            continue
        info = lesson[lid]
        if cur["state"] is None:
            add("attendance", f"R6 entry ({lid}, {p}) is lacked by {cur['where']}: no entry, present",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                meaning="present")
            continue
        e = cur["state"]
        fact = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"], "code": e["status"]}
        if e["status"] in STATUS:
            fact["meaning"] = STATUS[e["status"]]
        add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» as of {cur['where']}"
                          + ("" if e["status"] in STATUS else "; §6: Pass stated by its code only"), **fact)
    # R7 homework
    for wid, cur in sorted(homework.items()):
        w, lid = cur["work"], cur["lid"]
        info = lesson[lid]
        g = info["group"]
        cls = parent_of.get(g) or g
        named = {tk["person_str"] for tk in w["tasks"]}
        due = dt.date.fromisoformat(w["targetDate"][:10])
        subject = subj_names[str(w["subjectId"])]
        for p in WATCHED:
            if p in named:
                how, because = standing(p, g, info["date"])
                his = visible.get((p, lid)) or (f"R1 {because}" if how == "in" else None) or \
                    (f"R2 {evidence(p, lid)}" if evidence(p, lid) else None)
                if his:
                    add("homework", f"R7 Homework work {wid} of {cur['where']}: its tasks name him; set at lesson "
                                    f"{lid} ({info['date']}), his by {his}; due {due}",
                        student={"person": p}, subject=subject, text=w["text"], date=str(info["date"]), due=str(due))
                continue
            around = [str(d) for d in (info["date"], due) if standing(p, g, d)[0] == "in" or
                      any(evidence(p, l2) for l2 in group_day.get((g, d), {}))]
            set_at = dt.datetime.fromisoformat(w["sentDate"]).replace(tzinfo=tz)
            last = [x for x in sorted(sightings.get((p, g), [])) if x[0] < set_at][-1:]
            if last and last[0][1] == "Active":
                around.append(f"the last member list before it was set ({w['sentDate']}): {last[0][2]}")
            if around:
                add("no_homework", f"R7 Homework work {wid} ({subject}, set {info['date']} in group {g}, due {due}) of "
                                   f"{cur['where']}: its tasks (§3.6) do not name him, though he is in the group on "
                                   f"{'; '.join(around)}", student={"person": p}, subject=subject, text=w["text"])
    # R8 periods, children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R8 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
