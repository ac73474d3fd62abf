"""Derive facts.json from journey.json: what a parent must see, read from the vendor answers alone (standard
library only; never imports the hub; deterministic). Sections (§) are those of shared/reference/dnevnik_ru.md.

Rules:
R0  Answers are read in pull order (`pulled_at`); the latest answer about a thing wins.
R1  A pupil's lessons are the lessons of the groups whose members (`edu-groups/{g}/persons`, §3.8) list him: his
    class and his subgroup (PE «Физкультура 3–4», `type` Subgroup with `parentIds` [3, 4]: §3.8 gives `parentIds`
    as a list). A lesson has one `group` (§3.4): the other grade's lesson of a combined slot (класс-комплект, same
    number, teacher and room) is not his, so his slot shows his own grade's `title` (the topic, §3.4).
R2  A group's lessons range (`edu-groups/{g}/lessons/{from}/{to}`, §3.4, §7) is the whole list of each day it
    covers: a lesson an earlier answer placed there and the latest answer lacks is no lesson (no_lesson: 2+4's
    Окружающий мир #3 on 11-26). Times are the schedules bundle's `hours` (§3.4 flattened lesson), room its
    `place`, the teacher the person named in `teachers` (§3.9: «Last First Middle»).
R3  A mark (§3.1) is the pupil's its `person` names, shown at its `lesson`; weight and name from the standalone
    work type (§3.3), `counts` = `use_avg_calc`. A group's marks range (§7) is the whole list of its days: a mark an
    earlier range held and a later range of the same days lacks is gone (no_mark: Артём's «5» entered on Дарья).
    No pupil sees another's mark (§3.1 `person`): for every mark of another pupil at a lesson of the same subject,
    date and number as one of the watched pupil's lessons (the combined slot's other grade; Глеб is left out), the
    watched pupil shows no mark of that value there unless one of his own has it (no_mark with `number`).
R4  Attendance (§3.5, §6): Attend/Absent/Ill/Late/Pass -> present/absent/ill/late/excused, code = the status.
R5  Homework (§3.2, §3.6, §3.7): a `Homework` work is set at its lesson, for the pupils of the lesson's group (its
    `tasks` name them all), due its `targetDate`; a lesson's works are its latest statement's (a lessons range's
    entity or the homeworks bundle, §7): a homework it no longer lists is withdrawn (no_homework: the 4th grade's
    «№ 214, 216» typed into the 2nd grade's Математика). Another group's homework is not the pupil's (no_homework
    for each text of a group he is not in, of a subject and text none of his own homework has).
R6  Periods (§3.12) by name and dates; children from the parents' `users/{u}/context` (§3.9); the class teacher
    from `edu-groups/{g}/classteacher` (a Person, §3.9, §10 item 4: `getClassTeacher` returns `Person`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUS = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
WATCHED = ["1000012550201", "1000012550202", "1000012550401", "1000012550301"]  # Дарья, Глеб, Артём, Тимофей
GLEB_DAYS = {"2026-11-19", "2026-11-25", "2026-11-26"}  # Глеб (Дарья's classmate) is looked at on these days only


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def name_of(p):
    return " ".join(x for x in (p["lastName"], p["firstName"], p["middleName"]) if x)


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(r["pulled_at"], i, r) for i, r in enumerate(
        r for step in journey["steps"] for batch in step["batches"] for r in batch)]
    records.sort(key=lambda x: (dt.datetime.fromisoformat(x[0]), x[1]))

    weights, wt_names, members, children, rpgs, class_teacher, people = {}, {}, {}, {}, {}, {}, {}
    day_lessons, ever = {}, {}  # (group, date) -> {lid: info}; (group, date, number, subject) -> lid
    info, hours, rooms = {}, {}, {}
    marks, ever_marks, mark_days = {}, {}, {}
    logs = {}
    lesson_hw, hw_works, ever_hw = {}, {}, {}
    subj_names = {}
    for pulled, _, r in records:
        req, body = r["request"], r["body"]
        where = f"{req} (pulled {pulled})"
        if re.fullmatch(r"GET /v2/work-types/\d+", req):
            for w in body:
                weights[w["id_str"]], wt_names[w["id_str"]] = w["weight"], w["title"]
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/persons", req):
            members[m[1]] = [p["id_str"] for p in body]
            for p in body:
                people[p["id_str"]] = p
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/classteacher", req):
            class_teacher[m[1]] = (name_of(body), where)
        elif m := re.fullmatch(r"GET /v2/users/(\d+)/context", req):
            children[m[1]] = ([str(c["personId"]) for c in body["children"]], where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", req):
            rpgs[m[1]] = (body, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", req):
            g = m[1]
            for d in days(dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])):
                day_lessons[(g, d)] = {}
            for lesson in body:
                lid, d = lesson["id_str"], dt.date.fromisoformat(lesson["date"][:10])
                subj_names[lesson["subject"]["id_str"]] = lesson["subject"]["name"]
                info[lid] = {"g": str(lesson["group"]), "date": d, "number": lesson["number"],
                             "subject": lesson["subject"]["name"], "title": lesson["title"],
                             "teacher": lesson["teachers_str"][0], "where": where}
                day_lessons[(g, d)][lid] = info[lid]
                ever[(g, d, lesson["number"], lesson["subject"]["name"])] = lid
                hws = [w for w in lesson["works"] if w["type"] == "Homework"]
                lesson_hw[lid] = {w["id_str"] for w in hws}
                for w in hws:
                    hw_works[w["id_str"]] = (w, lid, where)
                    ever_hw[w["id_str"]] = (w, lid, where)
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", req):
            g, a, b = m[1], dt.date.fromisoformat(m[2]), dt.date.fromisoformat(m[3])
            for mid, (mk, _) in list(marks.items()):  # the range is the whole list of its days (R3)
                if mk["_g"] == g and a <= mark_days[mid] <= b:
                    del marks[mid]
            for mk in body:
                mk = {**mk, "_g": g}
                marks[mk["id_str"]] = (mk, where)
                ever_marks[mk["id_str"]] = (mk, where)
                mark_days[mk["id_str"]] = info[mk["lesson_str"]]["date"]
        elif re.fullmatch(r"GET /v2/lesson-log-entries/group/\d+\?from=[\d-]+&to=[\d-]+", req):
            for e in body:
                logs[(e["lesson_str"], e["person_str"])] = (e, where)
        elif re.fullmatch(r"GET /v2/users/me/school/\d+/homeworks\?startDate=[\d-]+&endDate=[\d-]+", req):
            for s in body["subjects"]:
                subj_names[str(s["id"])] = s["name"]
            for fl in body["lessons"]:
                lesson_hw[str(fl["id"])] = {w["id_str"] for w in body["works"] if w["lesson_str"] == str(fl["id"])}
            for w in body["works"]:
                hw_works[w["id_str"]] = (w, w["lesson_str"], where)
                ever_hw[w["id_str"]] = (w, w["lesson_str"], where)
        elif m := re.fullmatch(r"GET /v2/persons/(\d+)/groups/(\d+)/schedules\?startDate=[\d-]+&endDate=[\d-]+", req):
            for day in body["days"]:
                tnames = {t["id_str"]: name_of(t) for t in day["teachers"]}
                for fl in day["lessons"]:
                    hours[str(fl["id"])] = fl["hours"]
                    rooms[str(fl["id"])] = fl["place"]
                    people.update({k: {"_name": v} for k, v in tnames.items()})

    groups_of = {}
    for g, ps in members.items():
        for p in ps:
            groups_of.setdefault(p, []).append(g)
    current = {lid: i for ls in day_lessons.values() for lid, i in ls.items()}
    facts, said = [], set()

    def add(kind, why, **kw):
        key = (kind, json.dumps(kw, ensure_ascii=False, sort_keys=True))
        if key not in said:
            said.add(key)
            facts.append({"kind": kind, **kw, "why": why})

    def tname(pid):
        p = people.get(pid, {})
        return p.get("_name") or (name_of(p) if "lastName" in p else None)

    def own_lessons(p):
        return sorted((i for lid, i in current.items() if i["g"] in groups_of[p]),
                      key=lambda i: (i["date"], i["number"]))

    # R1/R2 lessons and no_lesson
    for p in WATCHED:
        for i in own_lessons(p):
            if p == WATCHED[1] and str(i["date"]) not in GLEB_DAYS:
                continue
            lid = next(k for k, v in current.items() if v is i)
            fact = {"student": {"person": p}, "date": str(i["date"]), "number": i["number"], "subject": i["subject"],
                    "topic": i["title"]}
            why = f"R1/R2 lesson {lid} of group {i['g']} in {i['where']}"
            if lid in hours:
                a, b = [x.strip() for x in hours[lid].split("-")]
                fact.update(starts_at=a, ends_at=b, room=rooms[lid])
                why += f"; hours «{hours[lid]}», place «{rooms[lid]}» of the pupil's schedules bundle"
            if tname(i["teacher"]):
                fact["teacher"] = tname(i["teacher"])
            add("lesson", why, **fact)
        for (g, d, n, subj), lid in sorted(ever.items()):
            if g in groups_of[p] and not any(x["number"] == n and x["subject"] == subj
                                             for x in day_lessons.get((g, d), {}).values()):
                add("no_lesson", f"R2 lesson {lid} ({subj} #{n}, {d}) of group {g} is lacked by the latest range "
                                 f"covering {d}", student={"person": p}, date=str(d), number=n, subject=subj)
    # R3 marks
    for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
        p, i = mk["person_str"], current.get(mk["lesson_str"])
        if p not in WATCHED or i is None:
            continue
        wt = str(mk["workType"])
        add("mark", f"R3 mark {mid} of {where} at lesson {mk['lesson_str']} (#{i['number']}, {i['date']}); work type "
                    f"«{wt_names[wt]}» weight {weights[wt]}", student={"person": p}, date=str(i["date"]),
            number=i["number"], subject=i["subject"], value=mk["textValue"] or mk["value"], weight=weights[wt],
            work_type=wt_names[wt], counts=mk["use_avg_calc"])
    for mid, (mk, where) in sorted(ever_marks.items()):
        if mid in marks or mk["person_str"] not in WATCHED:
            continue
        i = info[mk["lesson_str"]]
        own = [m for m, _ in marks.values() if m["person_str"] == mk["person_str"]
               and m["lesson_str"] == mk["lesson_str"] and m["value"] == mk["value"]]
        if not own:
            add("no_mark", f"R3 mark {mid} «{mk['value']}» of {where} is lacked by the latest marks range of its "
                           f"days", student={"person": mk["person_str"]}, date=str(i["date"]), number=i["number"],
                subject=i["subject"], value=mk["value"])
    for p in WATCHED[::2] + WATCHED[3:]:
        mine = {(str(i["date"]), i["number"], i["subject"]): lid for lid, i in current.items()
                if i["g"] in groups_of[p]}
        for mid, (mk, where) in sorted(marks.items()):
            i = current.get(mk["lesson_str"])
            if mk["person_str"] == p or i is None or mk["_g"] in groups_of[p]:
                continue  # classmates' marks: see the combined slot's other grade (the trap) only
            key = (str(i["date"]), i["number"], i["subject"])
            if key not in mine:
                continue
            own = [m for m, _ in marks.values() if m["person_str"] == p and current.get(m["lesson_str"])
                   and (str(current[m["lesson_str"]]["date"]), current[m["lesson_str"]]["number"],
                        current[m["lesson_str"]]["subject"]) == key and m["value"] == mk["value"]]
            if not own:
                add("no_mark", f"R3 mark {mid} «{mk['value']}» is pupil {mk['person_str']}'s (group {mk['_g']}), "
                               f"not {p}'s", student={"person": p}, date=key[0], number=key[1], subject=key[2],
                    value=mk["value"])
    # R4 attendance
    for (lid, p), (e, where) in sorted(logs.items()):
        i = current.get(lid)
        if p in WATCHED and i is not None:
            add("attendance", f"R4 entry ({lid}, {p}) {e['status']} «{e['comment']}» of {where}",
                student={"person": p}, date=str(i["date"]), subject=i["subject"], number=i["number"],
                code=e["status"], meaning=STATUS[e["status"]])
    # R5 homework
    held = {wid for lid, ws in lesson_hw.items() if lid in current for wid in ws}
    own_texts = {p: set() for p in WATCHED}
    for wid in sorted(held):
        w, lid, where = hw_works[wid]
        i = current[lid]
        for p in WATCHED:
            if i["g"] in groups_of[p]:
                subj = subj_names[str(w["subjectId"])]
                own_texts[p].add((subj, w["text"]))
                if p == WATCHED[1] and str(i["date"]) not in GLEB_DAYS:
                    continue
                add("homework", f"R5 Homework work {wid} of {where}: set at lesson {lid} ({i['date']} "
                                f"#{i['number']}), due {w['targetDate'][:10]}", student={"person": p}, subject=subj,
                    text=w["text"], date=str(i["date"]), number=i["number"], due=w["targetDate"][:10])
    for wid, (w, lid, where) in sorted(ever_hw.items()):
        subj = subj_names[str(w["subjectId"])]
        g = info[lid]["g"]
        for p in WATCHED:
            if (subj, w["text"]) in own_texts[p]:
                continue
            if wid not in held and g in groups_of[p]:
                add("no_homework", f"R5 Homework work {wid} «{w['text']}» of {where} is no longer among lesson "
                                   f"{lid}'s works", student={"person": p}, subject=subj, text=w["text"])
            elif p != WATCHED[1] and g not in groups_of[p] and any(x["subject"] == subj and x["date"] == info[lid]["date"]
                                               and x["number"] == info[lid]["number"] for x in own_lessons(p)):
                add("no_homework", f"R5 Homework work {wid} is group {g}'s (the other grade of the combined "
                                   f"slot {info[lid]['date']} #{info[lid]['number']}), not {p}'s", student={"person": p},
                    subject=subj, text=w["text"])
    # R6 periods, children, class teachers
    seen = set()
    for g, (body, where) in sorted(rpgs.items()):
        for rp in body["reportingPeriods"]:
            key = (rp["name"], rp["start"][:10], rp["finish"][:10])
            if key not in seen:
                seen.add(key)
                add("period", f"R6 {where}", name=rp["name"], starts_on=key[1], ends_on=key[2])
    for user, (kids, where) in sorted(children.items()):
        add("children", f"R6 {where}", guardian={"user": user}, children=[{"person": k} for k in kids])
    for g, (name, where) in sorted(class_teacher.items()):
        add("class_teacher", f"R6 {where}", group={"group": g}, teacher=name)

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
