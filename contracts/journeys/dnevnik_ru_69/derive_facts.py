"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`; the batch order for equal times): the latest pull of a thing wins.
    Ids are read from their `_str` twins (§1).
R1  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) lists the group's lessons of every day
    it covers; a class's range holds the class's lessons, a subgroup's range the subgroup's (§3.8: `parentIds`). A
    pupil's lessons are those of the groups whose latest member list (`edu-groups/{g}/persons`) names him.
R2  A lesson's topic is its `title`, its number `number`; its times are the `hours` of a flattened lesson
    (schedules or homework bundle, §3.4) when one gave them, else the clock of its `date` and the end of its
    number's bell item (§3.14) on that weekday; its room the flattened lesson's `place`; its teacher the person its
    `teachers` names (§3.4, §3.9), shown "Last First Middle"; a subgroup's lesson is labelled with the subgroup's
    `name` (§3.8).
R3  A pupil's marks range (`persons/{p}/schools/{s}/marks/{from}/{to}`, §3.1, §7) is his whole list of marks of the
    days it covers (by the date of the mark's lesson); a schedules day (§0) is his whole list for that day. A mark
    absent from a later such answer covering its day is deleted (no_mark); a mark re-sent with another `value` under
    the same id is changed (no_mark for the old value). A mark is shown at its lesson (`lesson`), value =
    `textValue` else `value`; its weight and name are its standalone work type's (§3.3 `weight`, `title`);
    `counts` is `use_avg_calc` (§3.1).
R4  A pupil's log-entry range (`persons/{p}/lesson-log-entries?startDate&endDate`, §3.5) is his whole list of the
    days it covers; an entry is identified by (lesson, person), so a later status replaces the earlier one.
    Attend/Absent/Ill/Late -> present/absent/ill/late (§6); `Pass` is given by its code only (§6, §11: its meaning
    is disputed).
R5  Homework (§3.2, §3.7): a `Homework` work's `text`, set at its lesson (`lesson`), due its `targetDate`; its
    `tasks` (§3.6) name the pupils it is set for; its `files` resolve through the bundle's `files` (§3.7). A
    lesson's `works` (§3.4) are all its works: a homework an earlier answer gave the lesson and a later one lacks is
    deleted (no_homework); a homeworks range is the whole list of the homework set and due within it. A homework
    re-sent with another `text` is edited (no_homework for the old text).
R6  A pupil does not see the homework of his class's other subgroup (§3.6 tasks name the other subgroup's pupils,
    §3.8): no_homework for its text, unless one of his own homework has the same text.
R7  Final marks (§3.13, §8.4): the latest `edu-groups/{g}/final-marks` of the class, per pupil, reporting period and
    subject, value = the final mark's `textValue` else `value`. The 2nd quarter's are facts.
R8  The journal's averages (§3.13 `avg-marks/{from}/{to}`): a range equal to a reporting period's first and last day
    is that period's; `avg-mark-value` as sent.
R9  Periods (§3.12) by name and dates; holidays (§3.12 `holidays`) on each day from `dateStart` to `dateFinish`,
    for the class's pupils and in its schedule, none the day after; children from the parents'
    `users/{u}/context` (§3.9); the class teacher from `edu-groups/{g}/classteacher` (§3.9).

Whom the facts look at: the children the parents' contexts list. The children of the first context read (the twins
of 5А and 5Б) every lesson; the others their subgroups' lessons (where the two subgroups of a class differ). Marks
and attendance of every pupil; homework of the children; final marks of the 2nd quarter of the children, the
journal's averages of the first context's children.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def s(v):
    return str(v)


def days(a, b):
    x = a
    while x <= b:
        yield x
        x += dt.timedelta(days=1)


def day_of(text):
    return dt.date.fromisoformat(text[:10])


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    flat = [(step["name"], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    records = sorted(((dt.datetime.fromisoformat(r["pulled_at"]), i, name, r) for i, (name, r) in enumerate(flat)),
                     key=lambda x: (x[0], x[1]))

    weights, wt_titles, subj_names = {}, {}, {}
    groups, members, bells, rpg, contexts, class_teacher, people = {}, {}, {}, {}, [], {}, {}
    day_lessons = {}  # (group, date) -> set of lesson ids (R1)
    lessons = {}  # lesson id -> info
    hours, rooms = {}, {}
    marks, mark_seen = {}, {}  # mark id -> (mark, where); (person, lesson) -> {value: where}
    logs = {}  # (lesson, person) -> (entry, where)
    homework, hw_seen, hw_last, files = {}, {}, {}, {}  # work id -> (work, where); work id -> {text: where}; file id -> name
    finals, averages = {}, {}

    def take_person(p):
        people[s(p.get("id_str") or p["id"])] = p

    def take_lesson(lesson, g, where):
        lid = s(lesson.get("id_str") or lesson["id"])
        d = day_of(lesson["date"])
        info = lessons.setdefault(lid, {})
        if "subjectId" in lesson:
            subject = subj_names[s(lesson["subjectId"])]
        else:
            subject = lesson["subject"]["name"]
            subj_names[s(lesson["subject"].get("id_str") or lesson["subject"]["id"])] = subject
        info.update({"id": lid, "date": d, "number": lesson["number"], "subject": subject, "title": lesson["title"],
                     "clock": lesson["date"][11:16], "teachers": [s(t) for t in lesson["teachers"]], "where": where})
        if g is not None:
            info["g"] = g
        if lesson.get("hours"):
            hours[lid] = (lesson["hours"], where)
        if lesson.get("place"):
            rooms[lid] = lesson["place"]
        return lid

    def take_homework(w, where):
        wid = s(w["id_str"])
        homework[wid] = (w, where)
        hw_last[wid] = w
        hw_seen.setdefault(wid, {}).setdefault(w["text"], where)

    def mark_day(mk):
        info = lessons.get(s(mk["lesson_str"]))
        return info["date"] if info else day_of(mk["date"])

    def take_marks(person, covered, body, where):
        listed = {s(mk["id_str"]) for mk in body}
        for mid, (mk, _) in list(marks.items()):
            if s(mk["person_str"]) == person and mark_day(mk) in covered and mid not in listed:
                del marks[mid]
        for mk in body:
            marks[s(mk["id_str"])] = (mk, where)
            mark_seen.setdefault((s(mk["person_str"]), s(mk["lesson_str"])), {}).setdefault(
                mk["textValue"] or mk["value"], where)

    def take_logs(person, covered, body, where):
        listed = {(s(e["lesson_str"]), s(e["person_str"])) for e in body}
        for key in list(logs):
            info = lessons.get(key[0])
            if key[1] == person and info and info["date"] in covered and key not in listed:
                del logs[key]
        for e in body:
            logs[(s(e["lesson_str"]), s(e["person_str"]))] = (e, where)

    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step.split('(')[0].strip()} {req} (pulled {r['pulled_at']})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[s(w["id_str"])], wt_titles[s(w["id_str"])] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/subjects", req):
            for x in body:
                subj_names[s(x["id_str"])] = x["name"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[s(g["id_str"])] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = {s(p["id_str"]) for p in body}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): (item["Start"][11:16], item["Finish"][11:16])
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif re.fullmatch(r"GET /v2/edu-groups/\d+/teachers", req):
            for p in body:
                take_person(p)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/classteacher", req):
            take_person(body)
            class_teacher[m[1]] = (s(body["id_str"]), where)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            contexts.append((m[1], [s(c["personId_str"]) for c in body["children"]], where))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(g, d)] = set()
            for lesson in body:
                lid = take_lesson(lesson, s(lesson["group"]), where)
                day_lessons[(g, lessons[lid]["date"])].add(lid)
                now = {s(w["id_str"]) for w in lesson["works"]}
                for wid, (w, _) in list(homework.items()):  # R5: the lesson's works are all its works
                    if s(w["lesson_str"]) == lid and wid not in now:
                        del homework[wid]
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        take_homework(w, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", req):
            take_marks(m[1], set(days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3]))), body, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/lesson-log-entries\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            take_logs(m[1], set(days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3]))), body, where)
        elif m := re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", req):
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            for x in body["subjects"]:
                subj_names[s(x["id"])] = x["name"]
            for lesson in body["lessons"]:
                take_lesson(lesson, None, where)
            for f in body["files"]:
                files[s(f["id_str"])] = f["name"]
            for p in body["teachers"]:
                take_person(p)
            listed = {s(w["id_str"]) for w in body["works"]}
            for wid, (w, _) in list(homework.items()):  # R5: the whole list of what is set and due within it
                info = lessons.get(s(w["lesson_str"]))
                if wid not in listed and info and a <= info["date"] <= b and a <= day_of(w["targetDate"]) <= b:
                    del homework[wid]
            for w in body["works"]:
                take_homework(w, where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            person = m[1]
            for day in body["days"]:
                for x in day["subjects"]:
                    subj_names[s(x["id"])] = x["name"]
                for p in day["teachers"]:
                    take_person(p)
                for lesson in day["lessons"]:
                    take_lesson(lesson, None, where)
                covered = {day_of(day["date"])}
                take_marks(person, covered, day["marks"], where)
                take_logs(person, covered, day["lessonLogEntries"], where)
                for w in day["homeworks"]:
                    take_homework(w, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/final-marks", req):
            for key in [k for k in finals if k[0] == m[1]]:
                del finals[key]
            for entry in body:
                for x in entry["per-subject-final-marks"]:
                    fm = x["final-mark"]
                    if fm is not None:
                        finals[(m[1], s(entry["person_str"]), s(entry["reportingPeriod_str"]),
                                s(x["subject_str"]))] = (fm["textValue"] or fm["value"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/avg-marks/([\d-]+)/([\d-]+)", req):
            for entry in body:
                for x in entry["per-subject-averages"]:
                    averages[(s(entry["person_str"]), s(x["subject_str"]), m[2], m[3])] = (x["avg-mark-value"], where)

    def name_of(pid):
        p = people[pid]
        return " ".join(x for x in (p["lastName"], p["firstName"], p.get("middleName")) if x)

    def groups_of(pupil):
        return [g for g, ps in members.items() if pupil in ps]

    def cls_of(pupil):
        return next(g for g in groups_of(pupil) if not groups[g]["parentIds"])

    def label(g):
        return groups[g]["name"] if groups[g]["parentIds"] else None

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    full = contexts[0][1]
    watched = [c for _, kids, _ in contexts for c in kids]
    current = {lid: info for (g, d), ls in day_lessons.items() for lid in ls for info in [lessons[lid]]}

    # R1/R2 lessons
    for pupil in watched:
        mine = groups_of(pupil)
        for (g, d), ls in sorted(day_lessons.items()):
            if g not in mine or (pupil not in full and not groups[g]["parentIds"]):
                continue
            for lid in sorted(ls, key=lambda x: lessons[x]["number"]):
                info = lessons[lid]
                fact = {"student": {"person": pupil}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"]}
                why = f"R1/R2 lesson {lid} of group {g}: {info['where']}"
                if lid in hours:
                    a, b = [x.strip() for x in hours[lid][0].split("-")]
                    fact.update(starts_at=a, ends_at=b)
                    why += f"; hours «{hours[lid][0]}» of {hours[lid][1]}"
                else:
                    cls = g if not groups[g]["parentIds"] else s(groups[g]["parentIds_str"][0])
                    bell = bells[cls].get((WEEKDAYS[d.weekday()], info["number"]))
                    fact.update(starts_at=info["clock"], ends_at=bell[1] if bell else None)
                    why += f"; start of its date, end of bell #{info['number']}"
                fact["teacher"] = name_of(info["teachers"][0])
                if lid in rooms:
                    fact["room"] = rooms[lid]
                if label(g):
                    fact["group_label"] = label(g)
                add("lesson", why, **fact)

    # R3 marks and removed marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        info = current[s(mk["lesson_str"])]
        wt = s(mk["workType"])
        add("mark", f"R3 mark {mid} ({mk['date']}) of {where}, at lesson {info['id']}; work type {wt} "
                    f"«{wt_titles[wt]}» weight {weights[wt]} (§3.3)",
            student={"person": s(mk["person_str"])}, date=str(info["date"]), number=info["number"],
            subject=info["subject"], value=mk["textValue"] or mk["value"], weight=weights[wt],
            work_type=wt_titles[wt], counts=mk["use_avg_calc"])
    for (pupil, lid), values in sorted(mark_seen.items()):
        info = current[lid]
        now = [mk["textValue"] or mk["value"] for mk, _ in marks.values()
               if s(mk["person_str"]) == pupil and current[s(mk["lesson_str"])]["date"] == info["date"]
               and current[s(mk["lesson_str"])]["subject"] == info["subject"]]
        for value, where in sorted(values.items()):
            if value not in now:
                here = [mk for mk, _ in marks.values() if s(mk["person_str"]) == pupil and s(mk["lesson_str"]) == lid]
                how = f"changed to {here[0]['textValue']}" if here else "deleted: later ranges covering the day lack it"
                add("no_mark", f"R3 mark {value!r} at lesson {lid} first seen in {where}; {how}",
                    student={"person": pupil}, date=str(info["date"]), number=info["number"],
                    subject=info["subject"], value=value)

    # R4 attendance
    for (lid, pupil), (e, where) in sorted(logs.items()):
        info = current[lid]
        fact = {"student": {"person": pupil}, "date": str(info["date"]), "subject": info["subject"],
                "number": info["number"], "code": e["status"]}
        if e["status"] in STATUS:
            fact["meaning"] = STATUS[e["status"]]
        add("attendance", f"R4 entry {e['status']} «{e['comment']}» ({e['createdDate']}) of {where}", **fact)

    # R5/R6 homework
    own_texts = {}
    for wid, (w, where) in sorted(homework.items()):
        info = current[s(w["lesson_str"])]
        g = s(w["eduGroup_str"])
        for t in w["tasks"]:
            pupil = s(t["person_str"])
            if pupil not in watched or (pupil not in full and not groups[g]["parentIds"]):
                continue
            own_texts.setdefault(pupil, set()).add(w["text"])
            fact = {"student": {"person": pupil}, "subject": info["subject"], "text": w["text"],
                    "date": str(info["date"]), "number": info["number"], "due": w["targetDate"][:10]}
            names = [files[s(f)] for f in w.get("files", []) if s(f) in files]
            if names:
                fact["attachments"] = names
            add("homework", f"R5 Homework {wid} of {where}: set at lesson {info['id']}, due {w['targetDate'][:10]}"
                            f", tasks name the pupil (§3.6)", **fact)
    for wid, texts in sorted(hw_seen.items()):
        w_now = homework.get(wid, (None, None))[0]
        last = hw_last[wid]  # the latest statement of the homework, deleted or not
        info = lessons[s(last["lesson_str"])]
        g = s(last["eduGroup_str"])
        how = "edited" if w_now is not None else "deleted: later answers complete for it lack it (R5)"
        for text, where in sorted(texts.items()):
            if w_now is not None and w_now["text"] == text:
                continue
            for t in last["tasks"]:
                pupil = s(t["person_str"])
                if pupil not in watched or (pupil not in full and not groups[g]["parentIds"]):
                    continue
                if text in own_texts.get(pupil, set()):
                    continue
                add("no_homework", f"R5 homework {wid} «{text}» of {where} was {how}", student={"person": pupil},
                    subject=info["subject"], text=text)
    for pupil in full:
        cls = cls_of(pupil)
        mine = set(groups_of(pupil))
        for wid, (w, where) in sorted(homework.items()):
            g = s(w["eduGroup_str"])
            if g in mine or not groups[g]["parentIds"] or s(groups[g]["parentIds_str"][0]) != cls:
                continue
            if w["text"] in own_texts.get(pupil, set()):
                continue
            info = current[s(w["lesson_str"])]
            add("no_homework", f"R6 Homework {wid} of subgroup {g} «{groups[g]['name']}» ({where}): its tasks name "
                               f"that subgroup's pupils, not this one", student={"person": pupil},
                subject=info["subject"], text=w["text"])

    # R7 final marks, R8 averages
    periods = {}
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            periods[s(rp["id_str"])] = (rp["name"], rp["start"][:10], rp["finish"][:10], rp["number"], where)
    for (g, pupil, rp, subj), (value, where) in sorted(finals.items()):
        name, _, _, number, _ = periods[rp]
        if pupil in watched and number == 2:
            add("final_mark", f"R7 final mark of {where}", student={"person": pupil}, subject=subj_names[subj],
                period=name, value=value)
    for (pupil, subj, a, b), (value, where) in sorted(averages.items()):
        match = [p for p in periods.values() if (p[1], p[2]) == (a, b)]
        if pupil in full and match:
            add("vendor_average", f"R8 avg-mark-value over {a}..{b} = {match[0][0]}: {where}",
                student={"person": pupil}, subject=subj_names[subj], period=match[0][0], value=value)

    # R9 periods, holidays, children, class teachers
    for rp, (name, a, b, _, where) in sorted(periods.items()):
        add("period", f"R9 {where}", name=name, starts_on=a, ends_on=b)
    window = (dt.date(2027, 1, 11), dt.date(2027, 2, 5))  # the days the diaries are read over
    for g, (body, where) in sorted(rpg.items()):
        for h in body["holidays"]:
            a, b = day_of(h["dateStart"]), day_of(h["dateFinish"])
            for d in days(max(a, window[0]), min(b, window[1])):
                add("holiday", f"R9 «{h['name']}» {a}..{b} of {where}", group={"group": g}, date=str(d),
                    name=h["name"], once=True)
                for pupil in full:
                    if cls_of(pupil) == g:
                        add("holiday", f"R9 «{h['name']}» {a}..{b} of {where}", student={"person": pupil},
                            date=str(d), name=h["name"], once=True)
            after = b + dt.timedelta(days=1)
            if window[0] <= after <= window[1]:
                add("no_holiday", f"R9 «{h['name']}» ends {b} ({where})", group={"group": g}, date=str(after),
                    name=h["name"])
                for pupil in full:
                    if cls_of(pupil) == g:
                        add("no_holiday", f"R9 «{h['name']}» ends {b} ({where})", student={"person": pupil},
                            date=str(after), name=h["name"])
    for user, kids, where in contexts:
        add("children", f"R9 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])
    for g, (pid, where) in sorted(class_teacher.items()):
        add("class_teacher", f"R9 {where}", group={"group": g}, teacher=name_of(pid))

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
