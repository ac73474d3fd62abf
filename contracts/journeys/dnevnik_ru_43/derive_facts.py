"""Derive facts.json of dnevnik_ru_43 from journey.json (standard library only; does not import the hub).

What a parent must see, read from the answers alone (shared/reference/dnevnik_ru.md, cited §N):

R0  Answers count in the order they were pulled (`pulled_at`), whatever the order they were delivered in: an answer
    is the journal as it was when pulled; a later pull is newer.
R1  A lesson (§3.4) is stated by the group's lessons ranges `edu-groups/{g}/lessons/{from}/{to}` and by the bundles
    (§3.4 flattened shape: `persons/{p}/groups/{g}/schedules`, `users/me/school/{s}/homeworks`). Its fields are those
    of the latest pull stating them. A group's lessons range is the whole list of that group's lessons of the days
    it covers (§7: the group-wide range is the bulk path), so a lesson a later-pulled range covering its day lacks is
    gone (the school regenerated Thursday to Saturday under new ids when the classes swapped shifts).
R2  A lesson starts at the clock of its `date` (§3.4: "Date and start time"), or the first half of `hours` where a
    bundle states it (§3.4 flattened shape, `hours: "08:30 - 09:15"`).
R3  It ends at the second half of `hours` where a bundle states it; else at the `Finish` of the bell (§3.14) with its
    `LessonNumber` whose `DaysOfWeek` hold its weekday, in the timetable its group followed that day: the group's
    own `edu-groups/{g}/timetables` answer (a subgroup's class's, else the school's) pulled latest on or before the
    lesson's day, its timetable with the latest `Start` on or before the day. A timetables answer states the bells
    the group follows when it is pulled; it does not say which bells the group followed before (the 1st and 2nd
    shift timetables both start on 2026-09-01: each is the school's bell schedule of a shift, and a class that moves
    from one shift to the other is linked to the other, EduGroup.timetable, §3.8). So a lesson before the move ends by
    the bells of the shift the class was in then, and numbers restart per shift: lesson 1 is 08:30 in the 1st shift,
    14:00 in the 2nd; the 1st shift's `FirstLessonNumber` 0 has a 0th lesson (нулевой урок) at 07:40.
R4  The lesson's teacher is its `teachers[0]` person (§3.4), named "Фамилия Имя Отчество" by the school's teachers
    list (§3.9) and users (`fullName`); its subject by the embedded `subject` (§3.4) / the school's list (§3.11); its
    room by a bundle's `place` (flattened shape).
R5  A mark (§3.1) from a marks range is shown on its lesson's day, valued `value`, weighted by its work type's
    `weight` (§3.3 standalone `work-types/{school}`), titled by its `title`, counted when `use_avg_calc`.
R6  Attendance (§3.5, §6): each log entry of a lesson; `Attend` present, `Absent` absent, `Ill` ill, `Late` late;
    `Pass` by its code only (§6, §11: its meaning is disputed).
R7  Homework (§3.2, §3.7): a `Homework` work of the homeworks bundle, set at its `lesson` (the lesson's day), due its
    `targetDate`; a pupil of its group sees it (its `tasks` name every pupil of the group, §3.6); a pupil of the
    other class does not.
R8  Periods (§3.12) as the reporting-period-group gives them (`start`..`finish`, date part); children from the
    parents' contexts (§3.9); the class teacher from `edu-groups/{g}/classteacher`.
R9  A lesson that was planned and then replaced (R1) is not shown at its old number; a number the day's plan does
    not use shows no lesson (the 2nd shift has no 0th lesson; 7А, in the 1st shift, has Разговоры о важном at 0).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MOVE_WEEK = {f"2027-02-0{d}" for d in range(1, 7)}  # the week the shifts swap
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sid(value) -> str:
    return str(value)


def day_of(text: str) -> str:
    return text[:10]


def clock(text: str) -> str:
    return text[11:16]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for record in batch:
                records.append((dt.datetime.fromisoformat(record["pulled_at"]), len(records), si + 1, record))
    records.sort(key=lambda r: (r[0], r[1]))  # R0

    subjects, teachers, work_types = {}, {}, {}
    lessons: dict[str, dict] = {}  # id -> fields, with "pulled" per field family
    ranges = []  # (pulled, group, from, to, ids)
    timetables: dict[str, list] = {}  # group -> [(pulled, answer)]
    marks, log, homework = {}, {}, {}
    periods, contexts, classteacher, members = {}, {}, {}, {}

    def src(step, record):
        return f"step {step}: {record['request']} (pulled {record['pulled_at']})"

    def state_lesson(lid, pulled, where, **fields):
        lesson = lessons.setdefault(lid, {"why": []})
        for k, v in fields.items():
            if v is None:
                continue
            if k not in lesson or lesson[k][0] <= pulled:
                lesson[k] = (pulled, v, where)
        lesson["stated"] = max(lesson.get("stated", pulled), pulled)

    for pulled, _, step, record in records:
        req, body = record["request"], record["body"]
        where = src(step, record)
        path = req.split(" ", 1)[1].split("?")[0]
        if re.fullmatch(r"/v2/schools/\d+/subjects", path):
            for s in body:
                subjects[sid(s.get("id_str") or s["id"])] = s["name"]
        elif re.fullmatch(r"/v2/work-types/\d+", path):
            for w in body:
                work_types[sid(w.get("id_str") or w["id"])] = (w["title"], w["weight"])
        elif re.fullmatch(r"/v2/schools/\d+/teachers", path):
            for t in body:
                teachers[sid(t["IdStr"])] = f"{t['LastName']} {t['FirstName']} {t['MiddleName']}"
        elif path == "/v2/users/many":
            for u in body:
                teachers.setdefault(sid(u["personId_str"]), u["fullName"])
        elif path == "/v2/edu-groups" and req.startswith("POST"):
            for entry in body:
                g = sid(entry["group"]["id_str"])
                for s in entry["students"]:
                    if s["membershipstatus"] == "Active":
                        members[sid(s["person"]["id_str"])] = g
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/timetables", path):
            timetables.setdefault(m.group(1), []).append((pulled, body, where))
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/reporting-period-group", path):
            for p in body["reportingPeriods"]:
                periods[p["name"]] = (day_of(p["start"]), day_of(p["finish"]), where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/classteacher", path):
            classteacher[m.group(1)] = (sid(body["id_str"]), where)
        elif m := re.fullmatch(r"/v2/users/(\d+)/context", path):
            contexts[m.group(1)] = ([sid(c["personId_str"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"/v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", path):
            g = m.group(1)
            ids = []
            for x in body:
                lid = sid(x["id_str"])
                ids.append(lid)
                state_lesson(lid, pulled, where, group=g, day=day_of(x["date"]), start=clock(x["date"]),
                             number=x["number"], subject=sid(x["subject"]["id_str"]), subject_name=x["subject"]["name"],
                             topic=x["title"], teacher=sid(x["teachers_str"][0]))
            ranges.append((pulled, g, m.group(2), m.group(3), set(ids), where))
        elif m := re.fullmatch(r"/v2/persons/(\d+)/groups/(\d+)/schedules", path):
            g = m.group(2)
            for day in body["days"]:
                for x in day["lessons"]:
                    lid = sid(x["id"])
                    h1, h2 = [h.strip() for h in x["hours"].split("-")]
                    state_lesson(lid, pulled, where, group=g, day=day_of(x["date"]), start=clock(x["date"]),
                                 number=x["number"], subject=sid(x["subjectId"]), topic=x["title"],
                                 teacher=sid(x["teachers"][0]), hours=(h1, h2), room=x["place"])
        elif re.fullmatch(r"/v2/users/me/school/\d+/homeworks", path):
            for x in body["lessons"]:
                lid = sid(x["id"])
                h1, h2 = [h.strip() for h in x["hours"].split("-")]
                state_lesson(lid, pulled, where, day=day_of(x["date"]), start=clock(x["date"]), number=x["number"],
                             subject=sid(x["subjectId"]), topic=x["title"], teacher=sid(x["teachers"][0]),
                             hours=(h1, h2), room=x["place"])
            for w in body["works"]:
                if w["type"] == "Homework":
                    homework[sid(w["id_str"])] = {"lesson": sid(w["lesson_str"]), "group": sid(w["eduGroup_str"]),
                                                  "subject": sid(w["subjectId"]), "text": w["text"],
                                                  "due": day_of(w["targetDate"]),
                                                  "tasks": sorted(sid(t["person_str"]) for t in w["tasks"]),
                                                  "why": where}
        elif re.fullmatch(r"/v2/edu-groups/\d+/marks/[\d-]+/[\d-]+", path):
            for x in body:
                marks[sid(x["id_str"])] = dict(x, why=where)
        elif m := re.fullmatch(r"/v2/lesson-log-entries/group/(\d+)", path):
            for x in body:
                log[(sid(x["lesson_str"]), sid(x["person_str"]))] = dict(x, why=where)

    # R1: a lesson a later-pulled range covering its day lacks is gone
    for lid, lesson in lessons.items():
        lesson["gone"] = None
        for pulled, g, a, b, ids, where in ranges:
            if g == lesson["group"][1] and a <= lesson["day"][1] <= b and pulled >= lesson["stated"] and lid not in ids:
                lesson["gone"] = where

    def bells_end(lesson):  # R3
        g, day, number = lesson["group"][1], lesson["day"][1], lesson["number"][1]
        weekday = WEEKDAY_NAMES[dt.date.fromisoformat(day).weekday()]
        answers = sorted(timetables[g], key=lambda a: a[0])
        before = [a for a in answers if a[0].date().isoformat() <= day] or answers[:1]
        pulled, body, where = before[-1]
        table = sorted([t for t in body if day_of(t["Start"]) <= day], key=lambda t: t["Start"])[-1]
        item = next(i for i in table["Items"] if i["LessonNumber"] == number and weekday in i["DaysOfWeek"])
        return clock(item["Finish"]), clock(item["Start"]), f"«{table['Name']}» item {item['Id']} of {where}"

    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(1 for f in facts if f['kind'] == kind) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    readers = ["1000012430601", "1000012430701"]  # read by their parents
    live = {lid: x for lid, x in lessons.items() if not x["gone"]}

    def subject_name(x):
        return subjects.get(x["subject"][1]) or x.get("subject_name", (0, "?"))[1]

    # lessons of the two readers, every day, in order
    for person in readers:
        g = members[person]
        mine = sorted((x for x in live.values() if x["group"][1] == g),
                      key=lambda x: (x["day"][1], x["number"][1]))
        for x in mine:
            fields = {"student": {"person": person}, "date": x["day"][1], "number": x["number"][1],
                      "subject": subject_name(x), "topic": x["topic"][1]}
            why = [f"R1 lesson of group {g} stated last by {x['topic'][2]}"]
            if "hours" in x:
                fields["starts_at"], fields["ends_at"] = x["hours"][1]
                why.append(f"R2/R3 hours «{x['hours'][1][0]} - {x['hours'][1][1]}» of {x['hours'][2]}")
            else:
                fields["starts_at"] = x["start"][1]
                end, bell_start, bwhy = bells_end(x)
                fields["ends_at"] = end
                why.append(f"R2 starts at the clock of its date; R3 ends by {bwhy}")
                assert bell_start == x["start"][1], (x, bell_start)  # the journal's clock and its bells agree
            fields["teacher"] = teachers[x["teacher"][1]]
            if "room" in x:
                fields["room"] = x["room"][1]
                why.append(f"R4 room «{x['room'][1]}» of {x['room'][2]}")
            add("lesson", "; ".join(why), **fields)

    # R9: lessons replaced when the shifts swapped, and numbers a day's plan does not use
    for lid, x in sorted(lessons.items(), key=lambda kv: (kv[1]["day"][1], kv[1]["group"][1], kv[1]["number"][1])):
        if not x["gone"]:
            continue
        person = next(p for p in readers if members[p] == x["group"][1])
        same = [y for y in live.values() if y["group"][1] == x["group"][1] and y["day"][1] == x["day"][1]
                and y["number"][1] == x["number"][1] and subject_name(y) == subject_name(x)]
        if same:
            continue  # the new lesson has the same subject at the same number: nothing to tell them apart by
        add("no_lesson", f"R1/R9 planned lesson {lid} ({x['start'][1]}, #{x['number'][1]}) of {x['stated']} is "
                         f"lacked by {x['gone']}", student={"person": person}, date=x["day"][1],
            number=x["number"][1], subject=subject_name(x))
    for person, day, number, subject in [("1000012430601", "2027-02-08", 0, "Разговоры о важном"),
                                         ("1000012430701", "2027-02-08", 1, "Разговоры о важном"),
                                         ("1000012430701", "2027-01-25", 0, "Разговоры о важном"),
                                         ("1000012430601", "2027-02-11", 1, "Русский язык")]:
        assert not any(y["group"][1] == members[person] and y["day"][1] == day and y["number"][1] == number
                       and subject_name(y) == subject for y in live.values())
        add("no_lesson", "R9: no answer states a lesson of this subject at this number that day (numbers restart "
                         "per shift, §3.14 FirstLessonNumber)", student={"person": person}, date=day, number=number,
            subject=subject)

    # R5 marks: the readers' every mark, and every mark of a double lesson (пара)
    pair_lessons = set()
    for x in live.values():
        twins = [y for y in live.values() if y["group"][1] == x["group"][1] and y["day"][1] == x["day"][1]
                 and y["subject"][1] == x["subject"][1]]
        if len(twins) == 2:
            pair_lessons.add(id(x))
    for mid, m in sorted(marks.items()):
        lesson = live.get(sid(m["lesson_str"]))
        assert lesson is not None
        if sid(m["person_str"]) not in readers and not (id(lesson) in pair_lessons and lesson["day"][1] in MOVE_WEEK):
            continue
        title, weight = work_types[sid(m["workType"])]
        add("mark", f"R5 mark {mid} of {m['why']} on lesson {m['lesson_str']} (#{lesson['number'][1]}, "
                    f"{lesson['day'][1]}); work type {m['workType']} «{title}» weight {weight}",
            student={"person": sid(m["person_str"])}, date=lesson["day"][1], subject=subject_name(lesson),
            number=lesson["number"][1], value=m["value"], weight=weight, work_type=title, counts=m["use_avg_calc"])

    # R6 attendance
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for (lid, person), e in sorted(log.items(), key=lambda kv: (lessons[kv[0][0]]["day"][1], kv[0])):
        lesson = live[lid]
        fields = {"student": {"person": person}, "date": lesson["day"][1], "subject": subject_name(lesson),
                  "number": lesson["number"][1], "code": e["status"]}
        if e["status"] in meaning:
            fields["meaning"] = meaning[e["status"]]
        add("attendance", f"R6 entry ({lid}, {person}) {e['status']} «{e['comment']}» of {e['why']}; lesson "
                          f"#{lesson['number'][1]} at {lesson['start'][1]}", **fields)

    # R7 homework: the readers see their class's, not the other class's
    for wid, h in sorted(homework.items(), key=lambda kv: (lessons[kv[1]["lesson"]]["day"][1], kv[0])):
        lesson = live[h["lesson"]]
        for person in readers:
            if members[person] == h["group"]:
                assert person in h["tasks"]
                add("homework", f"R7 Homework work {wid} of {h['why']}: set at lesson {h['lesson']} "
                                f"(#{lesson['number'][1]}, {lesson['day'][1]}), due {h['due']}",
                    student={"person": person}, subject=subject_name(lesson), text=h["text"],
                    date=lesson["day"][1], due=h["due"])
    other_texts = {}
    for wid, h in sorted(homework.items()):
        other_texts.setdefault((h["group"], subjects[h["subject"]], h["text"]), wid)
    for person in readers:
        own = {(s, t) for (g, s, t) in other_texts if g == members[person]}
        for (g, s, t), wid in sorted(other_texts.items()):
            if g != members[person] and (s, t) not in own and s in {"Русский язык", "Технология", "Английский язык",
                                                                     "Литература", "История"}:
                add("no_homework", f"R7 Homework work {wid} of group {g}, whose tasks do not name this pupil",
                    student={"person": person}, subject=s, text=t)

    # R8 periods, children, class teachers
    for name, (a, b, where) in sorted(periods.items()):
        add("period", f"R8 {where}", name=name, starts_on=a, ends_on=b)
    for user, (children, where) in sorted(contexts.items()):
        add("children", f"R8 {where}", guardian={"user": user}, children=[{"person": c} for c in children])
    for g, (t, where) in sorted(classteacher.items()):
        add("class_teacher", f"R8 {where}", group={"group": g}, teacher=teachers[t])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), counts)


if __name__ == "__main__":
    main()
