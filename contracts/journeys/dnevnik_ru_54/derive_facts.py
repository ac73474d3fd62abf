"""Derive facts.json from journey.json: what each parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

The theme is namesakes and look-alikes, so every rule keys on ids, never on names (§1: "all ids are 64-bit
integers", `_str` twins win; marks, log entries, tasks and memberships reference the **person** id, §1 User vs
Person), and every name is shown as the journal wrote it (no folding of ё/е, letter case, hyphens or Latin
look-alikes: §3.9 and §3.11 give names as plain strings).

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest answer of a scope wins.
R1  Membership (§3.8, §1): a pupil is in the groups whose `edu-groups/{g}/persons` lists his person id. A group with
    `parentIds` is a subgroup of that class (§3.8, `type: Subgroup`); two subgroups of one name in two classes are
    two groups (their ids differ).
R2  A pupil's lessons (§3.4): every lesson of the latest `edu-groups/{g}/lessons/{from}/{to}` answer covering the day,
    of his class and of the subgroups he is in; topic = `title`, number = `number`, start = the clock of `date`
    (§2: local wall-clock), end = the `Finish` of the bell item of that number on that weekday in the class's
    `edu-groups/{g}/timetables` (§3.14; a subgroup follows its class's bells: `parentIds`, §3.8), subject = the
    embedded `subject.name` exactly (§3.4, §3.11: «информатика» and «Информатика» are two subjects), teacher = the
    `fullName` of the user (`POST users/many`, §3.9) whose `personId` is the lesson's `teachers[0]` (§3.4: teachers
    are person ids), group label = the subgroup's `name` («1 группа») for a subgroup's lesson (§3.8).
R3  no_lesson: a lesson of a subgroup the pupil is not in (the sibling subgroup of his class, or a subgroup of the
    other class, which may bear the same name) is not his, unless he has a lesson of the same subject name (as the
    read API compares it: case-folded) at that number that day.
R4  Marks (§3.1): a group's marks range (`edu-groups/{g}/marks/{from}/{to}`, §7) is the whole list of the marks of
    that group's lessons on the days it covers (§7 "group-wide range queries"): a mark an earlier answer held and
    the latest covering answer lacks is gone (no_mark); a mark is shown to its `person` only, at its lesson
    (`lesson`, number), with the standalone work type's title and weight (§3.3) and `use_avg_calc` (§3.1). A mark
    moved from one namesake to the other is a new mark of the other's person id (§1, §3.1 `person`).
R5  no_mark for namesakes, look-alikes and twins: a mark of one pupil is not shown to his namesake (the same last,
    first and middle name, also when they differ only by ё/е: «Семёнов Фёдор» and «Семенов Федор» are two pupils)
    nor to his twin (two children of one parent's context with one last name, §3.9) at that lesson, unless the
    other has a mark of that very value there.
R6  Attendance (§3.5, §6) is the (lesson, person) entry's: Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/
    excused, code the status string; the namesake and the twin of a pupil with an entry are `present` there (no
    entry of theirs).
R7  Homework (§3.2, §3.6, §3.7): a `Homework` work of group g is a pupil's when he is in g (R1) and its `tasks`
    name his person id (§3.6: tasks are per-student assignments); text, the lesson's date and number, due its
    `targetDate`. A homework of a group he is not in, or whose tasks leave him out, is not his (no_homework at that
    lesson's date and number), unless a work of his own at that very lesson has the same text.
R8  Periods (§3.12) by name and dates; children from each parent's `users/{u}/context` `children` (§3.9), the
    teacher-mother's too (her user has roles EduStaff and EduParent); the class teacher is the Person of
    `edu-groups/{g}/classteacher` (§3.9), named by the `fullName` of her user (R2).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, step["name"], r) for i, (step, r) in enumerate(
        (step, r) for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, members, groups, persons, full_names = {}, {}, {}, {}, {}, {}
    children, rpg, bells, class_teacher = {}, {}, {}, {}
    day_lessons = {}  # (group, date) -> {lesson id: info} of the latest range covering the day
    marks = {}  # mark id -> (mark, where); deleted by omission from a later covering range (R4)
    ever_marks = {}
    logs, homework = {}, {}
    for pulled, _, step, r in records:
        req, body = r["request"], r["body"]
        where = f"{step}: {req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif re.fullmatch(r"GET /v2/schools/\d+/edu-groups", req):
            for g in body:
                groups[g["id_str"]] = g
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
            for p in body:
                persons[p["id_str"]] = p
        elif req == "POST /v2/users/many":
            for u in body:
                full_names[u["personId_str"]] = u["fullName"]
                persons.setdefault(u["personId_str"], {**u, "id_str": u["personId_str"]})
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpg[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/timetables", req):
            bells[m[1]] = {(day, item["LessonNumber"]): item["Finish"][11:16]
                           for t in body for item in t["Items"] for day in item["DaysOfWeek"]}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/classteacher", req):
            class_teacher[m[1]] = (body["id_str"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for d in days(a, b):
                day_lessons[(g, d)] = {}
            for lesson in body:
                d = dt.date.fromisoformat(lesson["date"][:10])
                info = {"id": lesson["id_str"], "g": str(lesson["group"]), "date": d, "number": lesson["number"],
                        "subject": lesson["subject"]["name"], "title": lesson["title"],
                        "clock": lesson["date"][11:16], "teacher": lesson["teachers_str"][0], "where": where}
                day_lessons[(info["g"], d)][info["id"]] = info
                for w in lesson["works"]:
                    if w["type"] == "Homework":
                        homework[w["id_str"]] = (w, info["id"], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            lesson_day = {lid: info["date"] for (gg, _), ls in day_lessons.items() if gg == g
                          for lid, info in ls.items()}
            for mid in [mid for mid, (mk, _) in marks.items()
                        if mk["lesson_str"] in lesson_day and a <= lesson_day[mk["lesson_str"]] <= b]:
                del marks[mid]  # R4: the latest covering range is the whole list
            for mk in body:
                marks[mk["id_str"]] = (mk, where)
                ever_marks[mk["id_str"]] = (mk, where)
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for w in body["works"]:
                homework[w["id_str"]] = (w, w["lesson_str"], where)

    lessons = {lid: info for ls in day_lessons.values() for lid, info in ls.items()}
    parent_of = {g: str(groups[g]["parentIds_str"][0]) for g in groups if groups[g]["parentIds_str"]}
    groups_of = {}
    for g, ps in members.items():
        for p in ps:
            groups_of.setdefault(p, set()).add(g)
    class_of = {p: next(g for g in gs if g not in parent_of) for p, gs in groups_of.items()}

    def name(p):
        x = persons[p]
        return (x["lastName"], x["firstName"], x["middleName"])

    def folded(p):  # look-alikes: the same names but for ё/е (two people all the same: their ids differ, §1)
        return tuple(x.replace("ё", "е").replace("Ё", "Е") for x in name(p))

    # R5 pairs: namesakes (same three names) and twins (same last name and birthday: from the users answer when
    # given; the pupils' persons carry none, so twins are declared by the context that lists both as one parent's)
    twins = set()
    for kids, _ in children.values():
        for a in kids:
            for b in kids:
                if a != b and persons[a]["lastName"] == persons[b]["lastName"]:
                    twins.add((a, b))
    pupils = sorted(class_of)
    partners = {p: sorted({q for q in pupils if q != p and (folded(q) == folded(p) or (p, q) in twins)})
                for p in pupils}

    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def own(p, d):
        gs = groups_of[p]
        return sorted([i for (g, dd), ls in day_lessons.items() if dd == d and g in gs for i in ls.values()],
                      key=lambda i: (i["number"], i["subject"]))

    ivanov = [p for p in pupils if name(p) == ("Иванов", "Александр", "Сергеевич")]
    all_days = sorted({d for (_, d) in day_lessons})
    week1 = [d for d in all_days if d <= dt.date(2026, 11, 20)]
    lesson_watch = {p: all_days if class_of[p] == class_of[ivanov[0]] else week1[:2] for p in ivanov}  # 7Б's: Mon, Tue
    for p in pupils:  # the others: the days with split lessons of week 1
        lesson_watch.setdefault(p, [])
    for p, watch_days in lesson_watch.items():
        cls = class_of[p]
        for d in watch_days:
            for info in own(p, d):
                fact = {"student": {"person": p}, "date": str(d), "number": info["number"],
                        "subject": info["subject"], "topic": info["title"], "starts_at": info["clock"],
                        "ends_at": bells[cls].get((WEEKDAYS[d.weekday()], info["number"])),
                        "teacher": full_names[info["teacher"]]}
                why = (f"R2 lesson {info['id']} of group {info['g']} in {info['where']}; teacher person "
                       f"{info['teacher']} = users/many fullName; end of bell #{info['number']} of class {cls}")
                if info["g"] in parent_of:
                    fact["group_label"] = groups[info["g"]]["name"]
                    why += f"; subgroup «{groups[info['g']]['name']}» of class {parent_of[info['g']]}"
                add("lesson", why, **fact)
    # R3 no_lesson: subgroups the pupil is not in
    for p in pupils:
        if p not in ivanov and p not in {a for a, _ in twins}:
            continue
        for (g, d), ls in sorted(day_lessons.items()):
            if g not in parent_of or g in groups_of[p] or d not in week1:
                continue
            mine = own(p, d)
            for info in ls.values():
                if any(i["number"] == info["number"] and i["subject"].casefold() == info["subject"].casefold()
                       for i in mine):
                    continue
                add("no_lesson", f"R3 lesson {info['id']} ({info['subject']} #{info['number']}) is of subgroup "
                                 f"«{groups[g]['name']}» {g} of class {parent_of[g]}; pupil {p} is not in it",
                    student={"person": p}, date=str(d), number=info["number"], subject=info["subject"])
    # R4 marks, R5 no_mark
    shown = {}
    for mid, (mk, where) in sorted(marks.items()):
        info = lessons[mk["lesson_str"]]
        wt = str(mk["workType"])
        shown.setdefault((mk["person_str"], mk["lesson_str"]), set()).add(mk["textValue"] or mk["value"])
        add("mark", f"R4 mark {mid} of {where} on lesson {info['id']} ({info['subject']} #{info['number']}, "
                    f"{info['date']}); work type {wt} «{wt_names[wt]}» weight {weights[wt]}",
            student={"person": mk["person_str"]}, date=str(info["date"]), number=info["number"],
            subject=info["subject"], value=mk["textValue"] or mk["value"], weight=weights[wt], work_type=wt_names[wt],
            counts=mk["use_avg_calc"])
    for mid, (mk, where) in sorted(ever_marks.items()):
        info = lessons[mk["lesson_str"]]
        value = mk["textValue"] or mk["value"]
        targets = [] if mid in marks else [(mk["person_str"], f"R4 mark {mid} of {where} is lacked by the latest "
                                                              f"range covering {info['date']}")]
        if mid in marks:
            targets += [(q, f"R5 mark {mid} «{value}» is {mk['person_str']}'s, {q} is his namesake or twin")
                        for q in partners[mk["person_str"]] if info["g"] in groups_of[q]
                        or parent_of.get(info["g"]) == class_of[q]]
        for q, why in targets:
            if value in shown.get((q, mk["lesson_str"]), set()):
                continue
            add("no_mark", why, student={"person": q}, date=str(info["date"]), number=info["number"],
                subject=info["subject"], value=value)
    # R6 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        info = lessons[lid]
        add("attendance", f"R6 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
            student={"person": p}, date=str(info["date"]), subject=info["subject"], number=info["number"],
            code=e["status"], meaning=STATUS[e["status"]])
        for q in partners[p]:
            if class_of[q] == info["g"] and (lid, q) not in logs:
                add("attendance", f"R6 entry ({lid}, {p}) is {p}'s; {q} (namesake or twin) has none: present",
                    student={"person": q}, date=str(info["date"]), subject=info["subject"], number=info["number"],
                    meaning="present")
    # R7 homework
    watched_hw = sorted(set(ivanov) | {a for a, _ in twins} | {p for p in pupils if partners[p]})
    set_for = {}
    for wid, (w, lid, where) in sorted(homework.items()):
        g = str(w["eduGroup"])
        addressees = {t["person_str"] for t in w["tasks"]}
        for p in pupils:
            if g in groups_of[p] and p in addressees:
                set_for.setdefault((p, lid), set()).add(w["text"])
    for wid, (w, lid, where) in sorted(homework.items()):
        info, g = lessons[lid], str(w["eduGroup"])
        addressees = {t["person_str"] for t in w["tasks"]}
        for p in watched_hw:
            common = {"student": {"person": p}, "subject": info["subject"], "text": w["text"],
                      "date": str(info["date"]), "number": info["number"]}
            if g in groups_of[p] and p in addressees:
                add("homework", f"R7 Homework work {wid} of group {g} ({where}): set at lesson {lid}, tasks name "
                                f"{p}; due {w['targetDate'][:10]}", due=w["targetDate"][:10], **common)
            elif g in groups_of[p] or parent_of.get(g) == class_of[p] or (g not in parent_of and p in ivanov) \
                    or groups[g]["name"] in {groups[x]["name"] for x in groups_of[p]}:
                own_texts = {t for (q, l), ts in set_for.items() if q == p and lessons[l]["date"] == info["date"]
                             and lessons[l]["number"] == info["number"] for t in ts}
                if w["text"] in own_texts:
                    continue
                reason = "its tasks leave him out" if g in groups_of[p] else f"he is not in group {g}"
                add("no_homework", f"R7 Homework work {wid} of group {g} ({where}) at lesson {lid}: {reason}",
                    **common)
    # R8 periods, children, class teachers
    seen = set()
    for g, (body, where) in sorted(rpg.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R8 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for u, (kids, where) in sorted(children.items()):
        add("children", f"R8 {where}", guardian={"user": u}, children=[{"person": k} for k in kids])
    for g, (pid, where) in sorted(class_teacher.items()):
        add("class_teacher", f"R8 {where}; her users/many fullName", group={"group": g}, teacher=full_names[pid])

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
