"""Derive facts.json from journey.json: what a parent must see, read from the vendor's answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are replayed in pull order (`pulled_at`, arrival order between equal ones): each answer is the
    journal as of its pull, so the latest pull of a thing wins, and an answer delivered late (the job's retry
    queue) changes nothing a later pull said.
R1  A lesson is one entity with one `date` and `number` (§3.4): the latest answer stating it (a group's lessons
    range, `lessons/{id}`, a pupil's `schedules` day, §0) places it; a lesson moved to another day or number leaves
    its old place. A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) lists the group's
    lessons of the days it covers, so a lesson the replay holds dated within the range that the answer lacks is not
    there any more (deleted, or moved out of the range); a later answer stating it places it again.
R2  Times: the start is the clock of the lesson's `date` (§2, local), the end its number's bell item (§3.14,
    `edu-groups/{g}/timetables`, on the weekdays `DaysOfWeek` lists); a schedules day's `hours` and `place`
    (§3.4 flattened lesson) give the times and room when that day's answer is the latest to place the lesson
    where it is now.
R3  A mark (§3.1) is shown at its lesson (its `lesson`), on the lesson's current day and number, not on its own
    `date` (when it was set). A marks range (a group's `edu-groups/{g}/marks/{from}/{to}` or a pupil's
    `persons/{p}/schools/{s}/marks/{from}/{to}`, §7) lacking a mark deletes it only when both the mark's own date
    and its lesson's date lie within the range (§3.1 has two date endpoints: which date a range selects by is not
    said). A mark of a lesson no longer held is not shown.
R4  Attendance (§3.5, §6) is shown on its lesson: the code is the status string; Attend/Absent/Ill/Late mean
    present/absent/ill/late; `Pass` is stated by its code only (§6: its meaning is disputed). A pupil whose entry
    was on a lesson no longer held, and whom the lesson now held in that slot (same day, number and subject) lists
    no entry for, is present there (the new lesson's log, §3.5, has no entry of his).
R5  Homework (§3.2, §3.7): a `Homework` work's `text`, shown at its lesson (`lesson`: the lesson's current day
    and number) and due its latest `targetDate`; a homework whose lesson is no longer held is gone with it (a work
    belongs to its lesson, §3.2 `lesson`, §3.4 `works`), and so is one a later statement of its lesson's `works[]`
    lacks.
R6  Periods (§3.12) by name and dates; a parent's children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
D = dt.date
WEEK1 = [D(2026, 11, 16) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [D(2026, 11, 23) + dt.timedelta(days=i) for i in range(5)]
# who the facts look at, and on which days: Дарья (6Б) and Никита (9А) every school day (Никита also on 11-30, where
# his Физика went), their classmates on the days that change
WATCHED = {
    "1000012770601": set(WEEK1 + WEEK2),
    "1000012770901": set(WEEK1 + WEEK2 + [D(2026, 11, 30)]),
    "1000012770602": {D(2026, 11, 17), D(2026, 11, 18), D(2026, 11, 19), D(2026, 11, 25), D(2026, 11, 26),
                      D(2026, 11, 27)},
    "1000012770902": {D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 19), D(2026, 11, 20), D(2026, 11, 23),
                      D(2026, 11, 30)},
    "2260325488777300603": {D(2026, 11, 18), D(2026, 11, 19)},
    "2260325488777300903": {D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 20)},
}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def sid(v):
    return str(v)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(((dt.datetime.fromisoformat(r["pulled_at"]), i, name, r) for i, (name, r) in enumerate(flat)),
                     key=lambda x: (x[0], x[1]))

    weights, wt_names, members, children, rpg, bells, subj_names = {}, {}, {}, {}, {}, {}, {}
    lessons = {}  # lesson id -> {g, date, number, subject, title, clock, alive, where, hours, place, hours_at}
    ever = {}  # (group, date, number, subject) -> (lesson id, where): every placement an answer gave
    marks = {}  # mark id -> {mk, alive, where}
    logs = {}  # (lesson id, person) -> (entry, where)
    homework = {}  # work id -> {w, lid, alive, where}

    def place(lid, g, d, number, subject, title, clock, where):
        info = lessons.setdefault(lid, {})
        info.update(g=g, date=d, number=number, subject=subject, title=title, clock=clock, alive=True, where=where)
        ever[(g, d, number, subject)] = (lid, where)
        return info

    def state_works(lid, works, where):
        stated = set()
        for w in works:
            if w["type"] == "Homework":
                homework[w["id_str"]] = {"w": w, "lid": w["lesson_str"], "alive": True, "where": where}
                stated.add(w["id_str"])
        for wid, h in homework.items():  # §3.4: a lesson's `works` are all its works
            if h["lid"] == lid and wid not in stated and h["alive"]:
                h.update(alive=False, gone=f"{where} states lesson {lid} without it")

    def state_mark(mk, where):
        marks[mk["id_str"]] = {"mk": mk, "alive": True, "where": where}

    def omit_marks(body, a, b, pulled_where, group=None, person=None):
        listed = {mk["id_str"] for mk in body}
        for mid, m in marks.items():
            mk = m["mk"]
            if mid in listed or not m["alive"]:
                continue
            info = lessons.get(mk["lesson_str"])
            if group is not None and (info is None or info["g"] != group):
                continue
            if person is not None and mk["person_str"] != person:
                continue
            own = D.fromisoformat(mk["date"][:10])
            if info is not None and a <= own <= b and a <= info["date"] <= b:
                m.update(alive=False, gone=pulled_where)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step[:48]}…: {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([sid(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif (m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req)) or \
                re.fullmatch(r"GET /v2/lessons/\d+", req):
            listed = body if isinstance(body, list) else [body]
            for lesson in listed:
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                place(lesson["id_str"], sid(lesson["group"]), D.fromisoformat(lesson["date"][:10]), lesson["number"],
                      lesson["subject"]["name"], lesson["title"], lesson["date"][11:16], where)
                state_works(lesson["id_str"], lesson["works"], where)
            if m:  # R1: the range lists the group's lessons of its days
                g, a, b = m[1], D.fromisoformat(m[2]), D.fromisoformat(m[3])
                ids = {lesson["id_str"] for lesson in listed}
                for lid, info in lessons.items():
                    if info["g"] == g and info["alive"] and a <= info["date"] <= b and lid not in ids:
                        info.update(alive=False, gone=where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            for mk in body:
                state_mark(mk, where)
            omit_marks(body, D.fromisoformat(m[2]), D.fromisoformat(m[3]), where, group=m[1])
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req):
            for mk in body:
                state_mark(mk, where)
            omit_marks(body, D.fromisoformat(m[2]), D.fromisoformat(m[3]), where, person=m[1])
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[sid(s["id"])] = s["name"]
            for w in body["works"]:
                homework[w["id_str"]] = {"w": w, "lid": w["lesson_str"], "alive": True, "where": where}
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            g = m[2]
            for day in body["days"]:
                names = {sid(x["id"]): x["name"] for x in day["subjects"]}
                works = {sid(w["id"]): w for w in day["works"]}
                for fl in day["lessons"]:
                    lid = sid(fl["id"])
                    info = place(lid, g, D.fromisoformat(fl["date"][:10]), fl["number"], names[sid(fl["subjectId"])],
                                 fl["title"], fl["date"][11:16], where)
                    info.update(hours=fl.get("hours"), place=fl.get("place"), hours_at=(info["date"], fl["number"]),
                                hours_where=where)
                    state_works(lid, [works[sid(w)] for w in fl["works"]], where)
                for mk in day["marks"]:
                    state_mark(mk, where)
                for e in day["lessonLogEntries"]:
                    logs[(e["lesson_str"], e["person_str"])] = (e, where)

    group_of = {p: g for g, ps in members.items() for p in ps}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def looks(p, d):
        return d in WATCHED[p]

    alive = {lid: info for lid, info in lessons.items() if info["alive"]}
    by_day = {}
    for lid, info in alive.items():
        by_day.setdefault((info["g"], info["date"]), []).append((lid, info))

    # R1/R2 lessons and no_lesson
    for p in WATCHED:
        g = group_of[p]
        for d in sorted(WATCHED[p]):
            for lid, info in sorted(by_day.get((g, d), []), key=lambda x: x[1]["number"]):
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"], "subject": info["subject"],
                        "topic": info["title"]}
                why = f"R1 lesson {lid} as last placed by {info['where']}"
                if info.get("hours") and info.get("hours_at") == (d, info["number"]):
                    a, b = [x.strip() for x in info["hours"].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; R2 hours «{info['hours']}» and room of {info['hours_where']}"
                    if info.get("place"):
                        fact["room"] = info["place"]
                else:
                    bell = bells.get(g, {}).get((d.strftime("%A"), info["number"]))
                    fact.update(starts_at=info["clock"], ends_at=bell[1] if bell else None)
                    why += f"; R2 start of its date, end of bell #{info['number']} (§3.14)"
                add("lesson", why, **fact)
            for (gg, dd, n, subj), (lid, where) in sorted(ever.items()):
                if gg != g or dd != d:
                    continue
                if not any(i["number"] == n and i["subject"] == subj for _, i in by_day.get((g, d), [])):
                    now = alive.get(lid)
                    fate = (f"the lesson is now on {now['date']} #{now['number']}" if now else
                            f"the lesson is no longer held ({lessons[lid].get('gone')})")
                    add("no_lesson", f"R1 lesson {lid} ({subj} #{n}) was placed on {d} by {where}; {fate}",
                        student={"person": p}, date=str(d), number=n, subject=subj)

    # R3 marks
    shown_marks = {}  # (person, date, subject) -> values shown there
    for mid, m in sorted(marks.items(), key=lambda x: x[1]["mk"]["date"]):
        mk, info = m["mk"], alive.get(m["mk"]["lesson_str"])
        if m["alive"] and info is not None:
            shown_marks.setdefault((mk["person_str"], info["date"], info["subject"]), []).append(mk["value"])
    for mid, m in sorted(marks.items(), key=lambda x: x[1]["mk"]["date"]):
        mk, p = m["mk"], m["mk"]["person_str"]
        if p not in WATCHED:
            continue
        info = alive.get(mk["lesson_str"])
        wt = sid(mk["workType"])
        own = D.fromisoformat(mk["date"][:10])
        value = mk["textValue"] or mk["value"]
        if m["alive"] and info is not None:
            if looks(p, info["date"]):
                add("mark", f"R3 mark {mid} (set {mk['date']}) of {m['where']}, on lesson {lid_str(mk)} now "
                            f"{info['date']} #{info['number']}; work type {wt} «{wt_names[wt]}» weight {weights[wt]} "
                            f"(§3.3)", student={"person": p}, date=str(info["date"]), number=info["number"],
                    subject=info["subject"], value=value, weight=weights[wt], work_type=wt_names[wt],
                    counts=mk["use_avg_calc"])
            if own != info["date"] and looks(p, own) and value not in shown_marks.get((p, own, info["subject"]), []):
                add("no_mark", f"R3 mark {mid} was set on {own} ({mk['date']}) for lesson {lid_str(mk)} held on "
                               f"{info['date']}: it shows at its lesson, not on its own date",
                    student={"person": p}, date=str(own), subject=info["subject"], value=value)
        else:
            lesson = lessons.get(mk["lesson_str"])
            if lesson is None:
                continue
            d = lesson["date"]
            if looks(p, d) and value not in shown_marks.get((p, d, lesson["subject"]), []):
                why = m.get("gone") or f"its lesson is no longer held ({lesson.get('gone')})"
                add("no_mark", f"R3 mark {mid} ({value}) of {m['where']} on lesson {lid_str(mk)} is gone: {why}",
                    student={"person": p}, date=str(d), subject=lesson["subject"], value=value)

    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        if p not in WATCHED:
            continue
        info = alive.get(lid)
        if info is not None:
            if looks(p, info["date"]):
                fact = {"code": e["status"]}
                if e["status"] in STATUS:
                    fact["meaning"] = STATUS[e["status"]]
                add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» ({e['createdDate']}) of "
                                  f"{where}; the lesson is now {info['date']} #{info['number']}",
                    student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                    **fact)
            continue
        old = lessons[lid]
        for nlid, ninfo in by_day.get((old["g"], old["date"]), []):
            if ninfo["number"] == old["number"] and ninfo["subject"] == old["subject"] and (nlid, p) not in logs \
                    and looks(p, old["date"]):
                add("attendance", f"R4 entry {e['status']} of {where} was on lesson {lid}, no longer held "
                                  f"({old.get('gone')}); lesson {nlid} now in its slot lists no entry of his",
                    student={"person": p}, date=str(old["date"]), subject=old["subject"], number=old["number"],
                    meaning="present")

    # R5 homework
    for wid, h in sorted(homework.items()):
        w, info = h["w"], alive.get(h["lid"])
        subject = subj_names[sid(w["subjectId"])]
        for p in WATCHED:
            if group_of[p] != sid(w["eduGroup"]):
                continue
            if h["alive"] and info is not None:
                if looks(p, info["date"]):
                    add("homework", f"R5 Homework work {wid} last stated by {h['where']}: set at lesson {h['lid']} now "
                                    f"{info['date']} #{info['number']}, due {w['targetDate'][:10]}",
                        student={"person": p}, subject=subject, text=w["text"], date=str(info["date"]),
                        number=info["number"], due=w["targetDate"][:10])
            else:
                lesson = lessons[h["lid"]]
                if looks(p, lesson["date"]):
                    why = h.get("gone") or f"its lesson {h['lid']} is no longer held ({lesson.get('gone')})"
                    add("no_homework", f"R5 Homework work {wid} «{w['text']}» of {h['where']} is gone: {why}",
                        student={"person": p}, subject=subject, text=w["text"])

    # R6 periods and children
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R6 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f["id"], **{k: v for k, v in f.items() if k != "id"}} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), dict(sorted(counters.items())))


def lid_str(mk):
    return mk["lesson_str"]


if __name__ == "__main__":
    main()
