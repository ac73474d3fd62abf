"""Derive facts.json from journey.json by the reference's rules (stdlib only; never imports the hub; deterministic).

Rules (reference /work/shared/reference/dnevnik_ru.md, §N):
* R1 ids (§1): the `_str` twin wins over the number (a double-based relay corrupts ids above 2^53: the 6Б of a
  pupil's `edu-groups/all` carries a corrupted `id` beside its right `id_str`); requests are read without host and
  `/v2/` prefix; path parameters give the group or person the body lacks.
* R2 school years (§3.8): an edu-group is one class of one school year; `studyyear` is the year that school year
  starts (2025 = 2025/26). Two groups named "5Б" of studyyears 2025 and 2026 are two classes. A pupil a `POST
  edu-groups` answer lists `Active` in a group is its member on every day of the group's school year (1 September
  of `studyyear` to 31 August next), whenever the answer was pulled: a roster of an archived group of 2025 pulled in
  October 2026 speaks of 2025/26 only and moves nobody out of a 2026 group. `status: Archive` on the group says the
  school year is closed, nothing about its members' days.
* R3 a member listed `Archive` (`membershipstatus`, §3.8: no dates) has left the group; §3.8 gives no date, so she
  is a member from 1 September of `studyyear` up to the last day a lesson-log entry or mark of that group names her
  (her own records prove her presence), and no fact is derived about her days after that.
* R4 lessons (§3.4, group ranges `edu-groups/{g}/lessons/{from}/{to}`): `title` is the topic, `date` the local start
  (§2, no offset: 08:30 stays 08:30), the teacher a person id named by `users/many` `fullName` (§3.9). A member
  (R2, R3) sees the lesson; a pupil who is no member of its group that day (and has no lesson of his own of the
  same subject and number) does not (no_lesson).
* R5 marks (§3.1, ranges `edu-groups/{g}/marks/{from}/{to}`): value as sent, filed under its lesson's date; weight
  and title of its `workType` from the standalone `work-types/{school}` (§3.3); `use_avg_calc` is `counts`. A mark
  whose lesson no answer brought (the 3rd quarter's marks were pulled for the whole quarter, the lessons for one
  week) gives no fact: §3.1 gives a mark no subject of its own. Its neighbours in the same answer are facts.
* R6 attendance (§3.5, §6): Attend -> present, Absent -> absent, Ill -> ill, Late -> late; `Pass` by its code only
  (its meaning is disputed, §6).
* R7 homework (§3.2, §3.6, §3.7): `Homework` works of the homeworks bundle, set on their lesson's date, due
  `targetDate`, for the pupils their `tasks` name (the group's members that day); a pupil in no group of the work
  does not see it (no_homework).
* R8 period and year marks (§3.13): `edu-groups/{g}/final-marks` entries (hyphenated keys) of the group in the
  path; the period is `reportingPeriod`, a period of that group (§3.12) and of its school year; a pupil's
  `allfinalmarks` states the same marks (works `PeriodMark` with `periodType`/`periodNumber` of `eduGroup` 5Б 2025,
  not of the pupil's current 6Б whose quarters carry the same numbers).
* R9 periods (§3.12): `edu-groups/{g}/reporting-period-group` periods belong to that group; `start`/`finish`
  midnight are dates (§2). A pupil's final grades of a school year show the periods of the groups he was a member
  of that year. A period group shared by two groups (the school's 2026/27 quarters, one object for 6Б and 5Б) is
  each group's.
* R10 averages (§3.13): `avg-mark-value` is a string kept as sent; a range equal to a period's dates is that
  period's.
* R11 holidays (§3.12): the period group's `holidays` are holidays of the group in the path: its class schedule
  shows them, and a member's diary on the days he is a member (R2); a pupil in no group of that school year sees
  none of them (no_holiday). A holiday of one period group shared by two groups shows once.
* R12 parents (§1, §3.9): `users/{u}/context` `children[].personId`, the latest context the whole list.
* R13 class teachers (§3.9): `edu-groups/{g}/classteacher` of each group, named by `users/many` `fullName`.
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
STEP_OF, RECS = [], []
for k, step in enumerate(J["steps"], 1):
    for b in step["batches"]:
        for r in b:
            RECS.append(r)
            STEP_OF.append(k)
ORDER = sorted(range(len(RECS)), key=lambda i: (RECS[i]["pulled_at"], i))
P1, P2, P3, P4, P6 = "1000012534001", "2260325488534100002", "1000012534003", "1000012534004", "2260325488534100006"
WATCH = [P1, P2, P3, P4, P6]  # the cast (P6, new in this year's 5Б, only for what he must not see)
ROLE = {P1: "promoted 5Б->6Б", P2: "promoted 5Б->6Б", P3: "kept down in 5Б", P4: "left in April 2026",
        P6: "new in 5Б 2026"}


def s(obj, key):
    v = obj.get(key + "_str")
    return str(v if v is not None else obj.get(key))


def path(r):
    return re.sub(r"^(GET|POST) +(https?://[^/]+)?/?(v2(\.0)?/)?", "", r["request"]).split("?")[0]


facts, seq = [], {}


def add(kind, why, **kw):
    seq[kind] = seq.get(kind, 0) + 1
    facts.append({"id": f"{kind.replace('_', '-')}-{seq[kind]:03d}", "kind": kind, **kw, "why": why})


groups, rosters, teachers, work_types = {}, {}, {}, {}
lessons, marks, logs, homework, finals, allfinal, periods, group_periods = {}, {}, {}, {}, {}, {}, {}, {}
holidays, averages, contexts, class_teachers = {}, [], {}, {}
for i in ORDER:
    r, st_ = RECS[i], STEP_OF[i]
    p, body = path(r), r["body"]
    m = re.fullmatch(r"edu-groups/(\d+)(/.*)?", p)
    g_in_path = m.group(1) if m else None
    where = f"step {st_}, {r['request'].split('?')[0]} (pulled {r['pulled_at']})"
    if re.fullmatch(r"edu-groups/\d+", p) or re.fullmatch(r"schools/\d+/edu-groups", p) or p.endswith(
            "edu-groups/all"):
        for g in body if isinstance(body, list) else [body]:
            groups[s(g, "id")] = g
    elif p == "edu-groups" and r["request"].startswith("POST"):
        for entry in body:
            gid = s(entry, "group")
            for x in entry["students"]:
                rosters.setdefault(gid, {})[s(x, "person")] = x["membershipstatus"]
    elif p == "users/many":
        for u in body:
            teachers[s(u, "personId")] = u["fullName"]
    elif re.fullmatch(r"work-types/\d+", p):
        work_types = {str(w["id"]): w for w in body}
    elif re.search(r"/lessons/[\d-]+/[\d-]+$", p):
        for lesson in body:
            lessons[s(lesson, "id")] = (lesson, where)
    elif re.search(r"/marks/[\d-]+/[\d-]+$", p):
        for mk in body:
            marks[s(mk, "id")] = (mk, where)
    elif p.startswith("lesson-log-entries/group/"):
        for e in body:
            logs[(s(e, "lesson"), s(e, "person"))] = (e, where)
    elif p.endswith("/homeworks"):
        for w in body["works"]:
            if w["type"] == "Homework":
                homework[s(w, "id")] = (w, where)
    elif p.endswith("/final-marks"):
        for entry in body:
            for row in entry["per-subject-final-marks"]:
                if row["final-mark"] is not None:
                    finals[(s(entry, "person"), s(row, "subject"), s(entry, "reportingPeriod"))] = (
                        row["final-mark"]["value"], g_in_path, where)
    elif p.endswith("/allfinalmarks"):
        works = {s(w, "id"): w for w in body["works"]}
        for mk in body["marks"]:
            w = works[s(mk, "work")]
            allfinal[(s(mk, "person"), str(w["subjectId"]), s(w, "eduGroup"), w["periodType"], w["periodNumber"])] = (
                mk["value"], where)
    elif p.endswith("/reporting-period-group"):
        for x in body["reportingPeriods"]:
            periods[s(x, "id")] = x
            group_periods.setdefault(g_in_path, set()).add(s(x, "id"))
        for h in body["holidays"]:
            holidays.setdefault(g_in_path, {})[str(h["id"])] = (h, where)
    elif "/avg-marks/" in p:
        d1, d2 = p.split("/")[-2:]
        averages.append((g_in_path, d1, d2, body, where))
    elif re.fullmatch(r"users/\d+/context", p):
        contexts[s(body, "userId")] = (body, where)
    elif p.endswith("/classteacher"):
        class_teachers[g_in_path] = (s(body, "id"), where)

SUBJECT_NAMES = {}
for lesson, _ in lessons.values():
    SUBJECT_NAMES[s(lesson["subject"], "id")] = lesson["subject"]["name"]


def year_of(date):
    d = dt.date.fromisoformat(date)
    return d.year if d.month >= 8 else d.year - 1


def gname(gid):
    g = groups[gid]
    return f"{g['name']} {g['studyyear']}/{(g['studyyear'] + 1) % 100:02d}"


# R3: the last day a record of the group names a member listed Archive
last_seen = {}
for (lid, pupil), (e, _) in logs.items():
    lesson = lessons[lid][0]
    key = (s(lesson, "group"), pupil)
    last_seen[key] = max(last_seen.get(key, ""), lesson["date"][:10])
for mk, _ in marks.values():
    if s(mk, "lesson") in lessons:
        lesson = lessons[s(mk, "lesson")][0]
        key = (s(lesson, "group"), s(mk, "person"))
        last_seen[key] = max(last_seen.get(key, ""), lesson["date"][:10])


def member(pupil, gid, date):
    status = rosters.get(gid, {}).get(pupil)
    if status is None or groups[gid]["studyyear"] != year_of(date):
        return False
    return status == "Active" or date <= last_seen.get((gid, pupil), "")


def undetermined(pupil, gid, date):
    """R3: a member listed Archive, after the last day her records show her: no fact either way."""
    status = rosters.get(gid, {}).get(pupil)
    return status == "Archive" and groups[gid]["studyyear"] == year_of(date) and not member(pupil, gid, date)


def groups_of(pupil, date):
    return [g for g in groups if member(pupil, g, date)]


def lesson_key(lesson):
    return lesson["date"][:10], lesson["number"], lesson["subject"]["name"]


by_day = sorted(lessons.values(), key=lambda x: (x[0]["date"], x[0]["number"], s(x[0], "group")))
own = set()
for lesson, _ in by_day:
    for pupil in WATCH:
        if member(pupil, s(lesson, "group"), lesson["date"][:10]):
            own.add((pupil,) + lesson_key(lesson))

# --- lessons (R4) ---
for n, (lesson, where) in enumerate(by_day):
    gid, date = s(lesson, "group"), lesson["date"][:10]
    mem = [x for x in WATCH if member(x, gid, date)]
    if n % 3 == 0:
        pupil = mem[seq.get("lesson", 0) % len(mem)]
        add("lesson", f"{where}: lesson {s(lesson, 'id')} of {gname(gid)} (group {gid}); the pupil ({ROLE[pupil]}) "
                      f"is its member on {date} (R2, R3, §3.8); title = topic, local start as sent (§2, §3.4); "
                      f"teacher by person id named by users/many (§3.9)",
            student={"person": pupil}, date=date, number=lesson["number"], subject=lesson["subject"]["name"],
            topic=lesson["title"], starts_at=lesson["date"][11:16], teacher=teachers[str(lesson["teachers"][0])])
    if (n % 5 == 1) if gid == "1000004534052" else (n % 3 == 1):
        others = [x for x in WATCH if not member(x, gid, date) and not undetermined(x, gid, date)
                  and (x,) + lesson_key(lesson) not in own]
        if others:
            other = others[seq.get("no_lesson", 0) % len(others)]
            mine = [gname(x) for x in groups_of(other, date)] or ["none"]
            add("no_lesson", f"{where}: lesson {s(lesson, 'id')} belongs to {gname(gid)} (group {gid}); on {date} "
                             f"the pupil ({ROLE[other]}) is in {', '.join(mine)} (R2, R4, §3.8: a group per "
                             f"school year, namesakes included)",
                student={"person": other}, date=date, number=lesson["number"], subject=lesson["subject"]["name"])

# --- marks (R5) ---
k = 0
for mid, (mk, where) in sorted(marks.items(), key=lambda x: (x[1][0]["date"], x[0])):
    pupil = s(mk, "person")
    if pupil not in WATCH:
        continue
    if s(mk, "lesson") not in lessons:
        continue  # R5: no subject known
    k += 1
    lesson = lessons[s(mk, "lesson")][0]
    wt = work_types[str(mk["workType"])]
    test = wt["weight"] > 1
    if not test and k % 3:
        continue
    add("mark", f"{where}: mark {mid} of lesson {s(mk, 'lesson')} ({gname(s(lesson, 'group'))}) (§3.1, R5), filed "
                f"under its lesson's date; weight {wt['weight']} and title of work type {wt['id']} (§3.3); "
                f"use_avg_calc -> counts",
        student={"person": pupil}, date=lesson["date"][:10], subject=lesson["subject"]["name"], value=mk["value"],
        weight=wt["weight"], work_type=wt["title"], counts=mk["use_avg_calc"])
# the 3rd quarter's whole-quarter answer: every watched mark of its week (R5: the unknown lessons' marks lose nothing)
q3 = [(mid, mk, where) for mid, (mk, where) in sorted(marks.items()) if "2026-01-12" <= mk["date"][:10] <= "2026-03-20"
      and s(mk, "lesson") in lessons and s(mk, "person") in WATCH]
for mid, mk, where in q3:
    lesson = lessons[s(mk, "lesson")][0]
    if any(f["kind"] == "mark" and f["why"].split(": mark ")[1].startswith(mid) for f in facts):
        continue
    if int(mid) % 3:
        continue
    wt = work_types[str(mk["workType"])]
    add("mark", f"{where}: mark {mid} in the 3rd quarter's marks range, which also holds two marks of lessons no "
                f"answer brought (R5, §3.1); filed under its lesson's date; weight and title of work type "
                f"{wt['id']} (§3.3)",
        student={"person": s(mk, "person")}, date=lesson["date"][:10], subject=lesson["subject"]["name"],
        value=mk["value"], weight=wt["weight"], work_type=wt["title"], counts=mk["use_avg_calc"])

# no_mark: marks of one class never show for a pupil who is in another class that day
for mid, (mk, where) in sorted(marks.items()):
    if s(mk, "lesson") not in lessons or mk["workType"] != 2104:
        continue
    lesson = lessons[s(mk, "lesson")][0]
    gid, date = s(lesson, "group"), lesson["date"][:10]
    if year_of(date) != 2026 or s(mk, "person") not in (P1, P3):
        continue
    other = P3 if s(mk, "person") == P1 else P1
    add("no_mark", f"{where}: mark {mid} is {s(mk, 'person')}'s in {gname(gid)}; the pupil ({ROLE[other]}) is in "
                   f"{', '.join(gname(x) for x in groups_of(other, date))} on {date} (R2, §3.1)",
        student={"person": other}, date=date, subject=lesson["subject"]["name"], value=mk["value"])
    break

# --- attendance (R6) ---
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for k, ((lid, pupil), (e, where)) in enumerate(sorted(logs.items())):
    if pupil not in WATCH:
        continue
    lesson = lessons[lid][0]
    if e["status"] == "Attend" and k % 47:
        continue
    kw = {"code": e["status"]}
    if e["status"] in MEANING:
        kw["meaning"] = MEANING[e["status"]]
    add("attendance", f"{where}: lesson-log entry (lesson {lid}, person {pupil}) status {e['status']} (§3.5, §6, R6"
                      + ("; Pass by its code only" if e["status"] == "Pass" else "") + ")",
        student={"person": pupil}, date=lesson["date"][:10], subject=lesson["subject"]["name"],
        number=lesson["number"], **kw)

# --- homework (R7) ---
for k, (wid, (w, where)) in enumerate(sorted(homework.items())):
    lesson = lessons[s(w, "lesson")][0]
    gid, date = s(w, "eduGroup"), lesson["date"][:10]
    subject, due = lesson["subject"]["name"], w["targetDate"][:10]
    named = [s(t, "person") for t in w["tasks"]]
    mem = [x for x in WATCH if x in named]
    add("homework", f"{where}: Homework work {wid} of {gname(gid)} set at lesson {s(w, 'lesson')} on {date}, due "
                    f"targetDate {due}; its tasks name the pupil (§3.2, §3.6, R7)",
        student={"person": mem[k % len(mem)]}, subject=subject, text=w["text"], date=date, due=due)
    others = [x for x in WATCH if x not in named and not any(undetermined(x, g, date) for g in groups)]
    if others:
        other = others[k % len(others)]
        add("no_homework", f"{where}: Homework work {wid} is for {gname(gid)} (eduGroup {gid}); the pupil "
                           f"({ROLE[other]}) is in {', '.join(gname(x) for x in groups_of(other, date)) or 'no group'} "
                           f"on {date} and no task names him (§3.2, §3.6, R7)",
            student={"person": other}, subject=subject, text=w["text"])

# --- final marks (R8) ---
PERIOD_KEY = {"Quarter": "Quarter", "Year": "Year"}
for (pupil, subj, rp), (value, gid, where) in sorted(finals.items()):
    if pupil not in WATCH:
        continue
    name = SUBJECT_NAMES[subj]
    x = periods[rp]
    if not (name == "Математика" or (pupil == P3 and name == "Русский язык" and x["number"] in (1, 4))
            or (pupil == P2 and name == "Английский язык" and x["number"] == 1)
            or (pupil == P4 and name == "История" and x["number"] == 3)):
        continue
    also = allfinal.get((pupil, subj, gid, x["type"], x["number"]))
    extra = f"; {also[1]} states the same value for its work's periodType {x['type']} number {x['number']} of " \
            f"eduGroup {gid}" if also else ""
    assert also is None or also[0] == value
    add("final_mark", f"{where}: \"per-subject-final-marks\" (§3.13, R8); reportingPeriod {rp} = {x['name']} of "
                      f"{gname(gid)} (§3.12); pulled in October 2026, it is still 2025/26's{extra}",
        student={"person": pupil}, subject=name, period=x["name"], value=value)

# --- periods (R9) ---
for pupil in WATCH:
    for gid, rps in sorted(group_periods.items()):
        g = groups[gid]
        if pupil not in rosters.get(gid, {}):
            continue
        for rp in sorted(rps):
            x = periods[rp]
            if x["name"] not in ("1 четверть", "4 четверть", "Год"):
                continue
            if g["studyyear"] == 2026 and x["name"] not in ("1 четверть", "Год"):
                continue
            if pupil == P6 and g["studyyear"] == 2026 and x["name"] == "Год":
                continue
            add("period", f"edu-groups/{gid}/reporting-period-group: {x['name']} of {gname(gid)} (type {x['type']}, "
                          f"year {x['year']}); start/finish midnight = dates (§2, §3.12, R9); the pupil "
                          f"({ROLE[pupil]}) is listed {rosters[gid][pupil]} in that group (§3.8)",
                student={"person": pupil}, name=x["name"], starts_on=x["start"][:10], ends_on=x["finish"][:10])

# --- vendor averages (R10) ---
for gid, d1, d2, body, where in averages:
    rp = [x for x in group_periods[gid] if periods[x]["start"][:10] == d1 and periods[x]["finish"][:10] == d2][0]
    for entry in body:
        if s(entry, "person") not in WATCH:
            continue
        for row in entry["per-subject-averages"]:
            if SUBJECT_NAMES[s(row, "subject")] != "Математика" and s(entry, "person") != P1:
                continue
            add("vendor_average", f"{where}: avg-mark-value, a string as sent (§3.13, R10); the range equals "
                                  f"{periods[rp]['name']} of {gname(gid)}",
                student={"person": s(entry, "person")}, subject=SUBJECT_NAMES[s(row, "subject")],
                period=periods[rp]["name"], value=row["avg-mark-value"])

# --- holidays (R11) ---
PROBES = {"Осенние каникулы": ["2025-11-03", "2026-10-27"], "Зимние каникулы": ["2026-01-05"],
          "Весенние каникулы": ["2026-03-25"]}
done = set()
for gid, hs in sorted(holidays.items()):
    for hid, (h, where) in sorted(hs.items()):
        start, finish = h["dateStart"][:10], h["dateFinish"][:10]
        for probe in PROBES.get(h["name"], []):
            if not start <= probe <= finish:
                continue
            shared = [g for g, other in holidays.items() if hid in other]
            add("holiday", f"{where}: holidays {h['name']} {start}..{finish} of {gname(gid)}'s period group "
                           f"{h['reportingPeriodGroupId']} (§3.12, R11)",
                group={"group": gid}, date=probe, name=h["name"])
            for pupil in WATCH:
                if (pupil, probe) in done or (probe in ("2026-01-05", "2026-03-25") and pupil != P4):
                    continue
                if any(member(pupil, g, probe) for g in shared):
                    done.add((pupil, probe))
                    add("holiday", f"{where}: {h['name']} {start}..{finish}, a holiday of "
                                   f"{', '.join(gname(g) for g in shared)} (§3.12, R11); the pupil ({ROLE[pupil]}) is "
                                   f"a member on {probe}; one period group, shown once",
                        student={"person": pupil}, date=probe, name=h["name"], once=True)
                elif not any(undetermined(pupil, g, probe) for g in groups) and not groups_of(pupil, probe):
                    done.add((pupil, probe))
                    add("no_holiday", f"{where}: {h['name']} {start}..{finish} is a holiday of "
                                      f"{', '.join(gname(g) for g in shared)} (§3.12, R11); the pupil "
                                      f"({ROLE[pupil]}) is in no group of {year_of(probe)}/{year_of(probe) + 1}",
                        student={"person": pupil}, date=probe, name=h["name"])

# --- parents (R12) and class teachers (R13) ---
for uid, (body, where) in sorted(contexts.items()):
    add("children", f"{where}: children[].personId (§1 Person vs User, §3.9, R12); the backfill of last year "
                    f"changes no parent's children",
        guardian={"user": uid}, children=[{"person": str(c["personId"])} for c in body["children"]])
for gid, (pid, where) in sorted(class_teachers.items()):
    add("class_teacher", f"{where}: the class teacher of {gname(gid)}; full name from users/many (§3.9, R13)",
        group={"group": gid}, teacher=teachers[pid])

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts", {k: v for k, v in sorted(seq.items())})
