"""Derive facts.json from journey.json: what each parent must see of 6Б, read from the vendor answers alone
(standard library only; never imports the hub; deterministic). Sections (§) are those of
shared/reference/dnevnik_ru.md; "client models" are the public ones §10 items 4 and 6 name (the feed's shape).

Rules:
R0  Answers are read in pull order (`pulled_at`); for one entity (a lesson, a work, a mark, a log entry keyed by
    (lesson, person), §3.5) the latest pull's statement wins, whichever endpoint stated it (§1: entities keep their
    ids across endpoints; §0: the bundles carry the same entities).
R1  Lessons (§3.4) come from every answer that carries the entity: a group's range (`edu-groups/{g}/lessons`),
    `POST lessons/many` (§7), recentmarks' `lessons` (§0). A lesson shows on its `date`'s day at its `number`,
    with its `title` as topic, its start the clock of `date` (§2: local wall-clock time, the school's zone) and its
    end the bell item of its number on that weekday (§3.14 `edu-groups/{g}/timetables`, `DaysOfWeek`); its teacher
    is the person `teachers` names, named by the `fullName` of the user `POST users/many` returned for that
    person (§3.9 User `personId`, `fullName`).
R2  A mark (§3.1) from any answer carrying Mark objects (the feed's `markCards[].marks`, recentmarks' `marks`,
    a marks range, `POST lessons/marks`) shows under the lesson it names (`lesson`), on that lesson's day and
    number, never on the feed day that carried its card nor on its own `date` (§3.1: `date` is when the mark
    was set; two date endpoints exist). Its value is its latest pull's (a mark changed between two feed pulls
    keeps its id: the earlier value is gone); weight and name are the standalone work type's (§3.3), `counts` its
    `use_avg_calc`.
R3  Answers cut by `limit` say nothing of what they leave out: a feed is `limit` days up to `date` (the client's
    `daysLimit`), recentmarks the latest `limit` marks (§7; §11: pagination and limits unconfirmed), `tasks/{p}/
    undone` only the tasks not done (§3.6). No mark, homework or log entry is deleted by being absent from them.
R4  `POST lessons/marks` (body `lessons: [...]`, §7) is the batch form of `lessons/{l}/marks` (§3.1): the whole list
    of marks of each lesson its body names. A mark of such a lesson held from an earlier pull and lacking from it
    is gone (the teacher's «2» entered on the wrong pupil). A group's marks range (`edu-groups/{g}/marks/{from}/
    {to}`, §7) is likewise the group's marks of the lessons dated within it (none goes missing here).
R5  Attendance (§3.5, §6) from the feed's `logEntries[].lessonLogEntry`, a group's log range and recentmarks'
    `lessonLogEntries`, on its lesson: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, the code
    the status string; the latest pull wins (Wednesday's Absent became Ill with the doctor's note).
R6  Homework (§3.2, §3.6, §3.7) is a Work of `type` `Homework` from any answer (the feed's `todayHomeworks` /
    `nextDayHomeworks[].work`, `POST works/many`, a lesson's `works`), set at its lesson's day and number, due its
    `targetDate`, text its `text`. It shows to every pupil any answer's `tasks` named (§3.6: per-student
    assignment records): a child's own feed lists that child's task, which makes the homework no less the class's.
    A task absent from a later `undone` (done) leaves the homework shown (R3).
R7  A Work that is not of type `Homework` (the feed's `importantWorks`: a контрольная announced, an essay, a
    practical work; §3.2 `isImportant` "feeds show these") is an assessment column, never homework.
R8  A histogram (`works/{w}/marks/histogram`, §7) counts the values of a work's marks and names no pupil: it makes
    no mark of anyone (a watched pupil shows no value the histogram lists beside his own).
R9  Periods (§3.12) by name and dates; a parent's children from `users/{u}/context` `children` (§3.9).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
ALISA, TIMA, POLINA = "1000012650101", "1000012650102", "2260325488565300103"
WATCHED = {ALISA: None, TIMA: None,  # every day; Полина (no parent relay) on the days her answers change
           POLINA: {"2027-04-09", "2027-04-12", "2027-04-15"}}
NAMES = {ALISA: "Алиса", TIMA: "Тимофей", POLINA: "Полина"}


def s(v):
    return str(v)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, bells, teacher_names, members, children, rpg = {}, {}, {}, {}, [], {}, None
    lessons, works, marks, logs, task_pupils = {}, {}, {}, {}, {}
    gone = {}  # mark id -> why it is gone (R4)
    changed = {}  # mark id -> [earlier values]
    carried_by = {}  # mark id -> [(feed day, where)] (R2)
    histograms = []  # (work id, values, where)
    cut = {}  # mark id -> where a limited answer left it out while it lived (R3)
    undone_left = {}  # (work, person) -> where a later undone lacked it (R3)
    undone_seen = {}

    def take_lesson(le, where):
        lessons[s(le["id_str"])] = {"date": le["date"][:10], "clock": le["date"][11:16], "number": le["number"],
                                    "subject": le["subject"]["name"], "title": le["title"],
                                    "teachers": [s(t) for t in le.get("teachers_str") or le["teachers"]],
                                    "where": where}
        for w in le.get("works", []):
            take_work(w, where)

    def take_work(w, where):
        works[s(w["id_str"])] = {"type": w["type"], "text": w["text"], "lesson": s(w["lesson_str"]),
                                 "due": w["targetDate"][:10], "wt": s(w["workType"]), "where": where}
        for t in w.get("tasks", []):
            task_pupils.setdefault(s(w["id_str"]), set()).add(s(t["person_str"]))

    def take_mark(mk, where, pulled):
        mid = s(mk["id_str"])
        value = mk["textValue"] or mk["value"]
        if mid in marks and marks[mid]["value"] != value:
            changed.setdefault(mid, []).append((marks[mid]["value"], marks[mid]["where"]))
        marks[mid] = {"value": value, "person": s(mk["person_str"]), "lesson": s(mk["lesson_str"]),
                      "wt": s(mk["workType"]), "counts": mk["use_avg_calc"], "date": mk["date"], "where": where,
                      "work": s(mk["work_str"])}
        gone.pop(mid, None)

    def take_log(e, where):
        logs[(s(e["lesson_str"]), s(e["person_str"]))] = {"status": e["status"], "comment": e["comment"],
                                                          "where": where}

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[s(w["id_str"])], wt_names[s(w["id_str"])] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/persons", req):
            members = [s(p["id_str"]) for p in body]
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/timetables", req):
            bells = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                     for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif req == "POST /v2/users/many":
            for u in body:
                teacher_names[s(u["personId_str"])] = (u["fullName"], where)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([s(c["personId"]) for c in body["children"]], where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/reporting-period-group", req):
            rpg = (body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/lessons/[\d-]+/[\d-]+", req) or req == "POST /v2/lessons/many":
            for le in body:
                take_lesson(le, where)
        elif req == "POST /v2/works/many":
            for w in body:
                take_work(w, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/\d+/marks/([\d-]+)/([\d-]+)", req):
            stated = set()
            for mk in body:
                take_mark(mk, where, pulled)
                stated.add(s(mk["id_str"]))
            for mid, mk in marks.items():  # R4: the range is the group's marks of its lessons' days
                if mid not in stated and m[1] <= lessons[mk["lesson"]]["date"] <= m[2]:
                    gone[mid] = f"R4 lacking from the range {where}"
        elif req == "POST /v2/lessons/marks":
            asked = {s(x) for x in r["request_body"]["lessons"]}
            stated = set()
            for mk in body:
                take_mark(mk, where, pulled)
                stated.add(s(mk["id_str"]))
            for mid, mk in marks.items():
                if mid not in stated and mk["lesson"] in asked:
                    gone[mid] = f"R4 lesson {mk['lesson']}'s whole marks list {where} lacks it"
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                take_log(e, where)
        elif m := re.fullmatch(r"GET /v2/users/me/feed\?date=([\d-]+)&childPersonId=(\d+)&limit=(\d+)", req):
            for day in body["days"]:
                for card in day["summary"]["markCards"]:
                    for mk in card["marks"]:
                        take_mark(mk, where, pulled)
                        carried_by.setdefault(s(mk["id_str"]), []).append((day["date"][:10], where))
                for item in day["summary"]["importantWorks"]:
                    take_work(item["work"], where)
                for key in ("todayHomeworks", "nextDayHomeworks"):
                    for item in day[key]:
                        take_work(item["work"], where)
                for item in day["logEntries"]:
                    take_log(item["lessonLogEntry"], where)
            child = m[2]
            shown = {s(mk["id_str"]) for day in body["days"] for c in day["summary"]["markCards"] for mk in c["marks"]}
            covered = {day["date"][:10] for day in body["days"]}
            for mid, mk in marks.items():  # set within the days it covers, yet left out (R3)
                if mk["person"] == child and mid not in shown and mid not in gone and mk["date"][:10] in covered:
                    cut[mid] = f"R3 feed (limit={m[3]}) {where}"
            for mid, mk in marks.items():  # or set on a day before them: the feed was cut to its days
                if mk["person"] == child and mid not in shown and mid not in gone and \
                        mk["date"][:10] == str(dt.date.fromisoformat(min(covered)) - dt.timedelta(days=1)) and \
                        m[3] == "1":
                    cut[mid] = f"R3 feed cut to limit=1 day: {where}"

        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/group/\d+/recentmarks\?fromDate=([\d-]+)&limit=(\d+)", req):
            for le in body["lessons"]:
                take_lesson(le, where)
            for w in body["works"]:
                take_work(w, where)
            for mk in body["marks"]:
                take_mark(mk, where, pulled)
            for e in body["lessonLogEntries"]:
                take_log(e, where)
            shown = {s(mk["id_str"]) for mk in body["marks"]}
            for mid, mk in marks.items():
                if mk["person"] == m[1] and mid not in shown and mid not in gone and mk["date"][:10] >= m[2]:
                    cut[mid] = f"R3 cut by limit={m[3]}: {where}"
        elif m := re.fullmatch(r"GET /v2/tasks/(\d+)/undone", req):
            now = {(s(t["work_str"]), m[1]) for t in body}
            for key in now:
                undone_seen[key] = where
            for key, was in undone_seen.items():
                if key[1] == m[1] and key not in now:
                    undone_left[key] = where
        elif m := re.fullmatch(r"GET /v2/works/(\d+)/marks/histogram", req):
            values = sorted({x["value"] for n in body["markNumbers"] for x in n["marks"]})
            histograms.append((m[1], values, where))

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def looks(p, day):
        return p in WATCHED and (WATCHED[p] is None or day in WATCHED[p])

    # R1 lessons
    for p in WATCHED:
        for lid, le in sorted(lessons.items(), key=lambda x: (x[1]["date"], x[1]["number"])):
            if not looks(p, le["date"]) or p not in members:
                continue
            weekday = dt.date.fromisoformat(le["date"]).strftime("%A")
            bell = bells.get((weekday, le["number"]))
            fact = {"student": {"person": p}, "date": le["date"], "number": le["number"], "subject": le["subject"],
                    "topic": le["title"], "starts_at": le["clock"], "ends_at": bell[1] if bell else None}
            why = f"R1 lesson {lid} of {le['where']}; end {bell[1] if bell else None} of bell #{le['number']} on {weekday}"
            if p == ALISA and le["teachers"] and le["teachers"][0] in teacher_names:
                fact["teacher"] = teacher_names[le["teachers"][0]][0]
                why += f"; teacher person {le['teachers'][0]} named by {teacher_names[le['teachers'][0]][1]}"
            add("lesson", why, **fact)

    # R2 marks, R3 cut ones
    live = {mid: mk for mid, mk in marks.items() if mid not in gone}

    def values_at(p, lid):
        return {mk["value"] for mk in live.values() if mk["person"] == p and mk["lesson"] == lid}

    def values_on(p, day, subject):
        return {mk["value"] for mk in live.values() if mk["person"] == p and lessons[mk["lesson"]]["date"] == day
                and lessons[mk["lesson"]]["subject"] == subject}

    for mid, mk in sorted(live.items(), key=lambda x: (lessons[x[1]["lesson"]]["date"], x[0])):
        le, p = lessons[mk["lesson"]], mk["person"]
        if not looks(p, le["date"]):
            continue
        why = (f"R2 mark {mid} (set {mk['date']}) as of {mk['where']}; lesson {mk['lesson']} "
               f"#{le['number']} on {le['date']}; work type {mk['wt']} «{wt_names[mk['wt']]}» weight {weights[mk['wt']]}")
        if mid in changed:
            why += f"; changed from {[v for v, _ in changed[mid]]} (R2: the latest pull)"
        if mid in cut:
            why += f"; R3 a later answer left it out: {cut[mid]}"
        add("mark", why, student={"person": p}, date=le["date"], number=le["number"], subject=le["subject"],
            value=mk["value"], weight=weights[mk["wt"]], work_type=wt_names[mk["wt"]], counts=mk["counts"])
        # R2: not on the day the feed carried its card, when that day has a lesson of the subject
        for day, where in carried_by.get(mid, []):
            if day != le["date"] and looks(p, day) and mk["value"] not in values_on(p, day, le["subject"]) and any(
                    x["date"] == day and x["subject"] == le["subject"] for x in lessons.values()):
                add("no_mark", f"R2 mark {mid} of lesson {le['date']} #{le['number']} was carried by the feed day "
                               f"{day} ({where}); it shows at its lesson only", student={"person": p}, date=day,
                    subject=le["subject"], value=mk["value"])
        for old, where in changed.get(mid, []):
            if old not in values_at(p, mk["lesson"]):
                add("no_mark", f"R2 mark {mid} was «{old}» in {where}; a later pull states «{mk['value']}»",
                    student={"person": p}, date=le["date"], number=le["number"], subject=le["subject"], value=old)
    for mid, why in sorted(gone.items()):
        mk = marks[mid]
        le, p = lessons[mk["lesson"]], mk["person"]
        if looks(p, le["date"]) and mk["value"] not in values_at(p, mk["lesson"]):
            add("no_mark", f"{why}: mark {mid} «{mk['value']}» of {mk['where']}", student={"person": p},
                date=le["date"], number=le["number"], subject=le["subject"], value=mk["value"])
    # R8 histograms
    for wid, values, where in histograms:
        lid = works[wid]["lesson"]
        le = lessons[lid]
        for p in WATCHED:
            mine = values_at(p, lid)
            if not looks(p, le["date"]) or not any(mk["person"] == p and mk["work"] == wid for mk in live.values()):
                continue
            for v in values:
                if v not in mine:
                    add("no_mark", f"R8 the histogram {where} lists «{v}» and names no pupil; {NAMES[p]}'s marks "
                                   f"there: {sorted(mine)}", student={"person": p}, date=le["date"],
                        number=le["number"], subject=le["subject"], value=v)

    # R5 attendance
    for (lid, p), e in sorted(logs.items()):
        le = lessons[lid]
        if not looks(p, le["date"]):
            continue
        add("attendance", f"R5 entry ({lid}, {p}) {e['status']} «{e['comment']}» as of {e['where']}",
            student={"person": p}, date=le["date"], subject=le["subject"], number=le["number"], code=e["status"],
            meaning=STATUS[e["status"]])

    # R6 homework, R7 works that are not homework
    for wid, w in sorted(works.items()):
        le = lessons.get(w["lesson"])
        if le is None:
            continue
        for p in WATCHED:
            if not looks(p, le["date"]) and not looks(p, w["due"]):
                continue
            if w["type"] == "Homework" and p in task_pupils.get(wid, set()):
                why = f"R6 Homework work {wid} as of {w['where']}: set at lesson {w['lesson']}, due {w['due']}"
                if (wid, p) in undone_left:
                    why += f"; R3 a later undone lacks the task ({undone_left[(wid, p)]}): done, still homework"
                add("homework", why, student={"person": p}, subject=le["subject"], text=w["text"], date=le["date"],
                    number=le["number"], due=w["due"])
            elif w["type"] != "Homework" and w["text"] and p != POLINA:
                add("no_homework", f"R7 work {wid} of type {w['type']} ({w['where']}) is an assessment, not homework",
                    student={"person": p}, subject=le["subject"], text=w["text"])

    # R9 periods, children
    body, where = rpg
    for rp in body["reportingPeriods"]:
        add("period", f"R9 {where}", name=rp["name"], starts_on=rp["start"][:10], ends_on=rp["finish"][:10])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R9 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])

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
