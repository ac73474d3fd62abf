"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in the order they were pulled, not delivered: `pulled_at` with an offset (`Z`, `+05:00`) is
    that instant; a `pulled_at` without an offset is the school's wall-clock time (§2: the v2 API's local times
    carry no offset and are the school's; the school's `timeZone` is 5, registered Asia/Yekaterinburg), so
    "2026-11-13T17:30:00" is 12:30Z, before "2026-11-13T13:10:00Z". The latest pull of a thing wins (the hub's
    documented rule; what a sync job knows of the vendor's state). Two records with the same content and two
    stamps (a restamped retry) state the same thing twice: nothing changes. The request string is read for what
    it names: extra spaces around it or between method and path, an upper-case host, a full URL with the host and
    `/v2/` or its alias `/v2.0/` (§0) name the same endpoint.
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) and a pupil's `schedules` day (§0)
    are the whole list of lessons of each day they cover, as of their pull: a lesson the latest answer covering
    its day lacks is not shown (no_lesson: 9А's Friday Физика, removed at 16:03 on Wednesday).
R2  A lesson's topic and number are its latest statement; its start the clock of its `date` (school time, §2), its
    end its `hours` (the flattened lesson of a bundle, §3.4) when an answer gave them, else the end of its
    number's bell item (§3.14); its room the bundle's `place` where one gave it.
R3  A mark (§3.1) is shown at the lesson it names (`lesson`), with the value of the latest pull that lists it; a
    marks range (`edu-groups/{g}/marks/{from}/{to}`) is the whole list of the group's marks dated within it, and
    a pupil's `schedules` day the whole list of his marks that day: a mark the latest covering pull lacks is gone
    (no_mark), and a value an older pull gave is not shown (no_mark). Weight and name are the standalone work
    type's (§3.3), `counts` its `use_avg_calc`.
R4  Attendance (§3.5, §6): the latest pull's entry per (lesson, person); Attend/Absent/Ill/Late/Pass ->
    present/absent/ill/late/excused, the code being the status string.
R5  Homework (§3.2, §3.7): a `Homework` work's latest `text` and `targetDate`, set at its lesson's day, for the
    pupils of its group; a text an older pull gave is not shown (no_homework).
R6  Periods (§3.12) by name and dates; a parent's children from `users/{u}/context` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHOOL_TZ = dt.timezone(dt.timedelta(hours=5))
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
WATCHED = ["1000012570501", "1000012570901", "1000012570902"]  # Ульяна (5Б), Матвей and Ксения (9А)


def instant(pulled_at):
    """R0: an offset is that instant; no offset is the school's wall clock (§2)."""
    t = dt.datetime.fromisoformat(pulled_at.replace("Z", "+00:00"))
    return t if t.tzinfo else t.replace(tzinfo=SCHOOL_TZ)


def path_of(request):
    """R0: the endpoint a request string names, whatever its spaces, host and version alias (§0)."""
    method, _, rest = request.strip().partition(" ")
    rest = re.sub(r"(?i)^https?://[^/]+", "", rest.strip())
    rest = re.sub(r"^/v2(\.0)?/", "/", rest)
    return f"{method.upper()} {rest}"


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [r for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(enumerate(flat), key=lambda x: (instant(x[1]["pulled_at"]), x[0]))

    weights, wt_names, members, children, rpg, bells = {}, {}, {}, {}, {}, {}
    day_answer = {}  # (group, date) -> {lesson id: info} of the latest answer covering the day
    lesson_info, hours, rooms = {}, {}, {}
    marks = {}  # mark id -> (mark, where)
    seen_values = {}  # mark id -> every value any pull gave
    logs, homework, hw_texts, subj_names = {}, {}, {}, {}

    def place(g, lid, d, number, subject, title, clock, where):
        for ls in day_answer.values():  # a lesson is one entity with one date (§3.4)
            ls.pop(lid, None)
        lesson_info[lid] = {"g": g, "date": d, "number": number, "subject": subject, "title": title, "clock": clock,
                            "where": where}
        day_answer.setdefault((g, d), {})[lid] = lesson_info[lid]

    def take_homework(w, lid, where):
        homework[w["id_str"]] = (w, lid, where)
        hw_texts.setdefault(w["id_str"], set()).add(w["text"])

    def drop_marks(keep):
        for mid in [mid for mid, (mk, _) in marks.items() if keep(mk)]:
            del marks[mid]

    for i, r in records:
        req, body = path_of(r["request"]), r["body"]
        where = f"record {i}: {r['request'].strip()} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
        elif m := re.fullmatch(r"GET /users/(\d+)/context", req):
            children[m[1]] = ([c["personId_str"] for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): item["Finish"][11:16]
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_answer[(m[1], d)] = {}
            for lesson in body:
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                place(str(lesson["group"]), lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10]),
                      lesson["number"], lesson["subject"]["name"], lesson["title"], lesson["date"][11:16], where)
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        take_homework(w, lesson["id_str"], where)
        elif m := re.fullmatch(r"GET /edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            a, b = m[2], m[3]
            drop_marks(lambda mk: lesson_info[mk["lesson_str"]]["g"] == m[1] and a <= mk["date"][:10] <= b)
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
                seen_values.setdefault(mk["id_str"], set()).add(mk["value"])
        elif m := re.fullmatch(r"GET /lesson-log-entries/group/(\d+)\?from=([\d-]+)&to=([\d-]+)", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for w in body["works"]:
                take_homework(w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            p, g = m[1], m[2]
            for day in body["days"]:
                d = dt.date.fromisoformat(day["date"][:10])
                names = {str(x["id"]): x["name"] for x in day["subjects"]}
                day_answer[(g, d)] = {}
                for fl in day["lessons"]:
                    lid = str(fl["id"])
                    place(g, lid, d, fl["number"], names[str(fl["subjectId"])], fl["title"], fl["date"][11:16], where)
                    if fl.get("hours"):
                        hours[lid] = (fl["hours"], where)
                    if fl.get("place"):
                        rooms[lid] = fl["place"]
                drop_marks(lambda mk: mk["person_str"] == p and mk["date"][:10] == str(d))
                for mk in day["marks"]:
                    marks[mk["id_str"]] = (mk, where)
                    seen_values.setdefault(mk["id_str"], set()).add(mk["value"])
                for e in day["lessonLogEntries"]:
                    logs[(e["lesson_str"], e["person_str"])] = (e, where)
                for w in day["homeworks"]:
                    take_homework(w, w["lesson_str"], where)

    group_of = {p: g for g, ps in members.items() for p in ps}
    current = {lid: info for ls in day_answer.values() for lid, info in ls.items()}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    # R1/R2 lessons and lessons gone
    for p in WATCHED:
        g = group_of[p]
        for (gg, d), ls in sorted(day_answer.items()):
            if gg != g:
                continue
            for lid, info in sorted(ls.items(), key=lambda x: x[1]["number"]):
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"], "subject": info["subject"],
                        "topic": info["title"], "starts_at": info["clock"]}
                why = f"R1/R2 lesson {lid} of {info['where']}"
                if lid in hours:
                    fact["ends_at"] = hours[lid][0].split("-")[1].strip()
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    fact["ends_at"] = bells[g][(d.strftime("%A"), info["number"])]
                    why += f"; end of bell item #{info['number']} (§3.14)"
                if lid in rooms:
                    fact["room"] = rooms[lid]
                add("lesson", why, **fact)
        for lid, info in sorted(lesson_info.items()):
            if info["g"] == g and lid not in current:
                add("no_lesson", f"R1 lesson {lid} ({info['subject']} #{info['number']} on {info['date']}, last stated "
                                 f"by {info['where']}) is lacked by the latest answer covering its day",
                    student={"person": p}, date=str(info["date"]), number=info["number"], subject=info["subject"])
    # R3 marks
    all_marks = {}
    for i, r in records:
        if re.search(r"/marks/", path_of(r["request"])):
            for mk in r["body"]:
                all_marks[mk["id_str"]] = mk
    for mid, mk in sorted(all_marks.items()):
        p, info = mk["person_str"], lesson_info[mk["lesson_str"]]
        if p not in WATCHED:
            continue
        at = {"student": {"person": p}, "date": str(info["date"]), "subject": info["subject"],
              "number": info["number"]}
        if mid in marks:
            now, where = marks[mid]
            wt = str(now["workType"])
            add("mark", f"R3 mark {mid} of {where} at lesson {mk['lesson_str']}; work type {wt} «{wt_names[wt]}» "
                        f"weight {weights[wt]}", **at, value=now["value"], weight=weights[wt], work_type=wt_names[wt],
                counts=now["use_avg_calc"])
            for old in sorted(seen_values[mid] - {now["value"]}):
                add("no_mark", f"R3 mark {mid}: «{old}» was an older pull's value; the latest ({where}) gives "
                               f"«{now['value']}»", **at, value=old)
        else:
            for old in sorted(seen_values[mid]):
                add("no_mark", f"R3 mark {mid} («{old}») is lacked by the latest marks pull covering its date",
                    **at, value=old)
    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = current.get(lid)
        if p in WATCHED and info:
            add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
                student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                code=e["status"], meaning=STATUS[e["status"]])
    # R5 homework
    for wid, (w, lid, where) in sorted(homework.items()):
        info = current.get(lid)
        if info is None:
            continue
        subject = subj_names[str(w["subjectId"])]
        for p in WATCHED:
            if group_of[p] != info["g"]:
                continue
            add("homework", f"R5 Homework work {wid} of {where}: set at lesson {lid} ({info['date']} "
                            f"#{info['number']}), due {w['targetDate'][:10]}", student={"person": p},
                subject=subject, text=w["text"], date=str(info["date"]), number=info["number"],
                due=w["targetDate"][:10])
            for old in sorted(hw_texts[wid] - {w["text"]}):
                add("no_homework", f"R5 «{old}» was an older pull's text of work {wid}; the latest ({where}) says "
                                   f"«{w['text']}»", student={"person": p}, subject=subject, text=old)
    # R6 periods, children
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
    print(len(facts), counters)


if __name__ == "__main__":
    main()
