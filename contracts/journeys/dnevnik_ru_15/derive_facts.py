"""Derive facts.json from journey.json by the Dnevnik.ru reference's rules (standard library only; never imports
the hub; deterministic). Sections are those of shared/reference/dnevnik_ru.md.

Rules:
R1 Pupils of a class: `POST edu-groups` `students` with `membershipstatus` Active (§3.8); persons by `_str`/int
   id as exact decimals (§1).
R2 A class's lessons: each `edu-groups/{g}/lessons/{from}/{to}` answer is the whole list of the group's lessons in
   that range (§3.4, §7 group-wide range queries). A lesson an earlier answer to the same range held and the latest
   answer (by `pulled_at`) lacks is gone: the pupil's diary does not show it (no_lesson). An empty list empties the
   range (6А's quarantine week).
   A lesson the latest answer holds under the same id with another date has moved (7Б's Wednesday lessons to the
   make-up Sunday): it shows on its new date only (no_lesson on the old one).
R3 A lesson's slot is `number`, its topic `title`, its start the time of `date` (school-local wall clock, no
   offset, kept as sent: §2; the school is `timeZone: 9`, so 08:00 is 23:00 UTC of the day before and must stay on
   its own date). End time and room come from the schedules bundle's flattened lesson (`hours`
   "HH:MM - HH:MM", `place`; §3.4 bundle shape): on the holiday eve the bundle states the shortened times, and the
   second shift's bell (13:00) as the journal has it. Weekday does not matter: a lesson dated Saturday or Sunday (a
   make-up working Sunday) is a lesson of that date like any other.
R4 Teacher: `teachers[0]` (a person id, §3.4) named by `POST users/many` `fullName` (§3.9).
R5 Holidays: `edu-groups/{g}/reporting-period-group` `holidays` (§3.12), the latest pull per group; a holiday
   covers `dateStart` .. `dateFinish` inclusive (midnight date-only values, §2), so a one-day holiday has
   dateStart == dateFinish. The group is fetched per edu-group and each has its own `id`
   (`reportingPeriodGroupId`), so a holiday is stated for the class in the path; holiday facts are asserted only
   for a class whose own group lists the holiday (the quarantine for 6А only; no fact asserts it absent for 7Б:
   there is no `no_holiday` kind).
R6 Marks: the bundle's `marks` of the pupil (§3.1); shown on the date of their lesson (the mark's own `date` is when
   it was set: the eve's mark set on the holiday 11-04 belongs to the 11-03 lesson); value as sent; work type title
   and weight from the standalone `work-types/{school}` (§3.3); counts = `use_avg_calc`.
R7 Attendance: the bundle's `lessonLogEntries` (§3.5, §6); the status kept as the code; Attend/Absent/Ill/Late map
   to present/absent/ill/late; `Pass` is stated by code only (its meaning is disputed, §6).
R8 Guardian: `users/{u}/context` `children` (§3.9), guardian = the parent's person id.
R9 Period: `reportingPeriods` of the class's group (§3.12), midnight dates (§2).
R10 (added after the corpus was written) Another class's holiday: a holiday name that some pull of one class's
   `reporting-period-group` lists and no pull of the other class's group ever lists is that class's only (§3.12:
   each edu-group has its own group `id`, each holiday its `reportingPeriodGroupId`; 7Б's group is another id and
   never lists the quarantine). On every date of its range inside the fortnight (11-02..11-15) the other class's
   schedule and each of its pupils' diaries show no holiday of that name (no_holiday): «Карантин 6А (ОРВИ)»
   11-09..11-11 and the superseded «Карантин 6А» 11-09..11-14 are not 7Б's.
R11 (added after the corpus was written) Once per pupil and day: a pupil's class has one period group (§3.8,
   §3.12), and a holiday that group's latest pull lists exactly once over a date is one holiday that day, so the
   pupil's diary shows it once, even when the other class's group lists a holiday of the same name (the sanitary
   day, in both groups under their own ids). Stated as new `holiday` facts with `"once": true` for each pupil and
   R5 date, appended after R5's so that the earlier ids stay as they were.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAR = {"1000012915001", "1000012915011"}          # pupils whose every day is asserted
KEY_DAYS = {"2026-11-03", "2026-11-07", "2026-11-08", "2026-11-14", "2026-11-10"}


def sid(obj: dict, key: str = "id") -> str:
    return str(obj.get(f"{key}_str") or obj[key])


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(i, s["name"].split()[0], r) for s in journey["steps"] for b in s["batches"] for i, r in
               enumerate(b)]
    members: dict[str, list[str]] = {}
    teachers: dict[str, str] = {}
    ranges: dict[str, list[tuple[str, str, list]]] = {}      # request -> [(pulled, step, lessons)]
    groups_rpg: dict[str, tuple[str, dict, str]] = {}
    rpg_pulls: dict[str, list[tuple[str, dict, str]]] = {}   # group -> every pull (R10)
    bundle_lessons: dict[str, dict] = {}
    marks, logs, children, worktypes = [], [], [], {}
    for _, step, r in records:
        req, body, at = r["request"], r["body"], r["pulled_at"]
        path = req.split("?")[0]
        if path == "POST /v2/edu-groups":
            for entry in body:
                members[sid(entry["group"])] = [str(s["person"]) for s in entry["students"]
                                                if s["membershipstatus"] == "Active"]
        elif path == "POST /v2/users/many":
            teachers.update({sid(u, "personId"): u["fullName"] for u in body})
        elif path.startswith("GET /v2/work-types/"):
            worktypes = {int(w["id"]): w for w in body}
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", path):
            ranges.setdefault(req, []).append((at, step, body, m.group(1)))
        elif m := re.fullmatch(r"GET /v2/edu-groups/(\d+)/reporting-period-group", path):
            rpg_pulls.setdefault(m.group(1), []).append((at, body, step))
            if m.group(1) not in groups_rpg or groups_rpg[m.group(1)][0] <= at:
                groups_rpg[m.group(1)] = (at, body, step)
        elif m := re.fullmatch(r"GET /v2\.0/persons/(\d+)/groups/(\d+)/schedules", path):
            for day in body["days"]:
                for les in day["lessons"]:
                    bundle_lessons[str(les["id"])] = les
                marks += [(m.group(1), day["date"][:10], mk, step) for mk in day["marks"]]
                logs += [(m.group(1), day["date"][:10], e, step) for e in day["lessonLogEntries"]]
        elif re.fullmatch(r"GET /v2/users/\d+/context", path):
            children.append((sid(body, "personId"), [str(c["personId"]) for c in body["children"]], step))
    lessons, gone, moved = {}, {}, {}
    for req, answers in ranges.items():
        answers.sort(key=lambda a: a[0])
        latest = {sid(les): les for les in answers[-1][2]}
        for at, step, body, group in answers:
            for les in body:
                if sid(les) in latest and latest[sid(les)]["date"][:10] != les["date"][:10]:
                    moved[(sid(les), les["date"][:10])] = (les, group, answers[-1][1])
                (lessons if sid(les) in latest else gone)[sid(les)] = (les, group, answers[-1][1])
    held = {(g, les["date"][:10], les["number"], les["subject"]["name"]) for les, g, _ in lessons.values()}
    for (lid, date), (les, group, step) in moved.items():
        if (group, date, les["number"], les["subject"]["name"]) not in held:
            gone[f"{lid}@{date}"] = (les, group, step)
    facts = []

    def add(kind: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields})

    group_of = {p: g for g, ps in members.items() for p in ps}
    for lid, (les, group, step) in sorted(lessons.items(), key=lambda kv: (kv[1][0]["date"], kv[1][1], kv[0])):
        date = les["date"][:10]
        flat = bundle_lessons.get(lid)
        for person in members[group]:
            if person not in STAR and date not in KEY_DAYS:
                continue
            fact = {"student": {"person": person}, "subject": les["subject"]["name"], "date": date,
                    "number": les["number"], "topic": les["title"], "starts_at": les["date"][11:16],
                    "teacher": teachers[str(les["teachers"][0])]}
            why = f"{step}: lesson {lid} of group {group} (R1, R2, §3.4), start as sent, school-local (§2)"
            if flat:
                start, end = [t.strip() for t in flat["hours"].split("-")]
                fact.update(starts_at=start, ends_at=end, room=flat["place"])
                why += f"; hours {flat['hours']!r} and place from the schedules bundle (§3.4 bundle shape)"
            add("lesson", **fact, why=why + "; a Saturday/Sunday date is a lesson date like any other (R3)")
    for lid, (les, group, step) in sorted(gone.items(), key=lambda kv: (kv[1][0]["date"], kv[0])):
        for person in members[group]:
            add("no_lesson", student={"person": person}, subject=les["subject"]["name"], date=les["date"][:10],
                number=les["number"], why=f"lesson {lid.split('@')[0]} was in group {group}'s answer for this date; the "
                                          f"latest answer to the same range ({step}) lacks it there (gone or moved):"
                                          f" R2, §3.4, §7")
    for group, (at, body, step) in sorted(groups_rpg.items()):
        for hol in body["holidays"]:
            start, finish = hol["dateStart"][:10], hol["dateFinish"][:10]
            if finish < "2026-11-02":
                continue
            dates = sorted({start, finish} | ({"2026-11-11"} if start == "2026-11-09" else set()))
            for date in dates:
                add("holiday", group={"group": group}, date=date, name=hol["name"],
                    why=f"{step}: reporting-period-group {body['id']} of group {group} lists {hol['name']!r} "
                        f"{start}..{finish} inclusive (R5, §3.12, §2)")
                for person in members[group]:
                    add("holiday", student={"person": person}, date=date, name=hol["name"],
                        why=f"{step}: the holiday of the pupil's class {group} (R5, §3.12)")
    first, last = "2026-11-02", "2026-11-15"
    for group, (at, body, step) in sorted(groups_rpg.items()):
        for hol in body["holidays"]:
            start, finish = hol["dateStart"][:10], hol["dateFinish"][:10]
            if finish < first:
                continue
            dates = sorted({start, finish} | ({"2026-11-11"} if start == "2026-11-09" else set()))
            for date in dates:
                same = [h for h in body["holidays"] if h["name"] == hol["name"]
                        and h["dateStart"][:10] <= date <= h["dateFinish"][:10]]
                if len(same) != 1:
                    continue
                for person in members[group]:
                    add("holiday", student={"person": person}, date=date, name=hol["name"], once=True,
                        why=f"{step}: the pupil's class {group} has one reporting-period-group ({body['id']}), whose "
                            f"latest pull lists {hol['name']!r} {start}..{finish} once (holiday id {hol['id']}): "
                            f"one holiday that day, shown once (R11, §3.12, §3.8)")
    listed: dict[str, dict[str, tuple[str, str, str, str]]] = {}   # group -> name -> (start, finish, step, rpg id)
    for group, pulls in sorted(rpg_pulls.items()):
        for at, body, step in sorted(pulls, key=lambda p: p[0]):
            for hol in body["holidays"]:
                listed.setdefault(group, {}).setdefault(hol["name"], (hol["dateStart"][:10], hol["dateFinish"][:10],
                                                                      step, str(body["id"])))
    for owner, names in sorted(listed.items()):
        for name, (start, finish, step, rpg_id) in sorted(names.items()):
            others = [g for g in sorted(listed) if g != owner and name not in listed[g]]
            for other in others:
                day = max(start, first)
                while day <= min(finish, last):
                    why = (f"{step}: {name!r} {start}..{finish} is listed only by reporting-period-group {rpg_id} "
                           f"of class {owner}; no pull of class {other}'s own group "
                           f"({groups_rpg[other][1]['id']}) lists it (R10, §3.12 reportingPeriodGroupId)")
                    add("no_holiday", group={"group": other}, date=day, name=name, why=why)
                    for person in members[other]:
                        add("no_holiday", student={"person": person}, date=day, name=name,
                            why=why + "; not the pupil's class's holiday")
                    day = f"{day[:8]}{int(day[8:]) + 1:02d}"
    for person, date, mk, step in marks:
        wt = worktypes[int(mk["workType"])]
        add("mark", student={"person": person}, subject=next(
            les["subject"]["name"] for les, _, _ in [lessons[str(mk["lesson"])]]), date=date, value=mk["value"],
            work_type=wt["title"], weight=wt["weight"], counts=mk["use_avg_calc"],
            why=f"{step}: mark {sid(mk)} on lesson {mk['lesson']} dated {date}, set {mk['date']} (R6, §3.1, §3.3)")
    meaning = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
    for person, date, entry, step in logs:
        les = lessons[str(entry["lesson"])][0]
        fact = {"student": {"person": person}, "subject": les["subject"]["name"], "date": date,
                "number": les["number"], "code": entry["status"]}
        if entry["status"] in meaning:
            fact["meaning"] = meaning[entry["status"]]
        add("attendance", **fact, why=f"{step}: log entry (lesson {entry['lesson']}, person {person}) "
                                       f"{entry['status']!r} (R7, §3.5, §6)")
    for guardian, kids, step in children:
        add("children", guardian={"person": guardian}, children=[{"person": k} for k in kids],
            why=f"{step}: users/{{u}}/context children (R8, §3.9)")
    for person in sorted(STAR):
        rp = next(p for p in groups_rpg[group_of[person]][1]["reportingPeriods"] if p["number"] == 2)
        add("period", student={"person": person}, name=rp["name"], starts_on=rp["start"][:10],
            ends_on=rp["finish"][:10], why="reporting-period-group reportingPeriods (R9, §3.12, §2)")
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
