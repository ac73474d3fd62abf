"""Derive facts.json from journey.json by the reference's rules (stdlib only; never imports the hub; deterministic).

Rules (reference /work/shared/reference/dnevnik_ru.md, §N):
* ids: the `_str` twin wins (§1); requests are read without host and `/v2/` prefix.
* answers apply in `pulled_at` order (the latest answer to a request states its scope).
* school years (§3.8): a group's `studyyear` is the year its school year starts (2025 = 2025/26). A pupil a
  `POST edu-groups` answer lists `Active` in a group is its member on the school days of that group's school year
  (1 September of `studyyear` to 31 August next); a group of another year says nothing about this one. So 7Б
  (2025) is the pupils' class up to the summer, 8Б / 7Б (2026) from 1 September 2026; the leaver is in no 2026
  group; the new pupil in no 2025 group.
* lessons (§3.4): `title` is the topic, `date` the local start (§2, no offset; 08:30 stays 08:30), teachers by
  person id named by `users/many` `fullName` (§3.9); a subgroup's lesson (§3.8 `parentIds`) carries its name.
* marks (§3.1): value as sent, filed under the lesson's date; weight and title from the standalone work type
  (§3.3); `use_avg_calc` is `counts`.
* attendance (§3.5, §6): Attend -> present, Absent -> absent, Ill -> ill, Late -> late; Pass by code only.
* homework (§3.2, §3.7): `Homework` works, for the work's `eduGroup` (tasks empty: the whole group), set on the
  lesson's date, due `targetDate`.
* final marks (§3.13): hyphenated keys, the period `reportingPeriod` names (§3.12 of the group in the path).
* periods (§3.12): per edu-group; a pupil sees the periods of the groups he belongs to; `start`/`finish` midnight
  are dates (§2).
* averages (§3.13): `avg-mark-value` over a range equal to a period's dates belongs to that period.
* holidays (§3.12): the period group's `holidays`, of that group's class.
* parents (§3.9): `users/{u}/context` children; the latest context is the parent's whole list.
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
WATCH = ["1000012523001", "2260325488523100002", "1000012523003", "1000012523004", "2260325488523100005",
         "1000012523006"]


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
lessons, marks, logs, homework, finals, periods, group_periods, holidays = {}, {}, {}, {}, {}, {}, {}, []
averages, contexts, class_teachers = [], {}, {}
for i in ORDER:
    r, st_ = RECS[i], STEP_OF[i]
    p, body = path(r), r["body"]
    m = re.fullmatch(r"edu-groups/(\d+)(/.*)?", p)
    g_in_path = m.group(1) if m else None
    if re.fullmatch(r"edu-groups/\d+", p) or re.fullmatch(r"schools/\d+/edu-groups", p) or p.endswith(
            "edu-groups/all"):
        for g in body if isinstance(body, list) else [body]:
            groups[s(g, "id")] = g
    elif p == "edu-groups" and r["request"].startswith("POST"):
        for entry in body:
            gid = s(entry, "group")
            rosters.setdefault(gid, set()).update(s(x, "person") for x in entry["students"]
                                                  if x["membershipstatus"] == "Active")
    elif p == "users/many":
        for u in body:
            teachers[s(u, "personId")] = u["fullName"]
    elif re.fullmatch(r"work-types/\d+", p):
        work_types = {str(w["id"]): w for w in body}
    elif re.search(r"/lessons/[\d-]+/[\d-]+$", p):
        for lesson in body:
            lessons[s(lesson, "id")] = (lesson, st_)
    elif re.search(r"/marks/[\d-]+/[\d-]+$", p):
        for mk in body:
            marks[s(mk, "id")] = (mk, st_)
    elif p.startswith("lesson-log-entries/group/"):
        for e in body:
            logs[(s(e, "lesson"), s(e, "person"))] = (e, st_)
    elif p.endswith("/homeworks"):
        for w in body["works"]:
            if w["type"] == "Homework":
                homework[s(w, "id")] = (w, st_)
    elif p.endswith("/final-marks"):
        for entry in body:
            for row in entry["per-subject-final-marks"]:
                if row["final-mark"] is not None:
                    finals[(s(entry, "person"), s(row, "subject"), s(entry, "reportingPeriod"))] = (
                        row["final-mark"]["value"], g_in_path, st_)
    elif p.endswith("/reporting-periods") or p.endswith("/reporting-period-group"):
        rps = body if isinstance(body, list) else body["reportingPeriods"]
        for x in rps:
            periods[s(x, "id")] = x
            group_periods.setdefault(g_in_path, set()).add(s(x, "id"))
        if isinstance(body, dict):
            holidays += [(g_in_path, h, st_) for h in body["holidays"]]
    elif "/avg-marks/" in p:
        d1, d2 = p.split("/")[-2:]
        averages.append((g_in_path, d1, d2, body, st_))
    elif re.fullmatch(r"users/\d+/context", p):
        contexts[s(body, "userId")] = (body, st_)
    elif p.endswith("/classteacher"):
        class_teachers[g_in_path] = (s(body, "id"), st_)

SUBJECT_NAMES = {}
for lesson, _ in lessons.values():
    SUBJECT_NAMES[s(lesson["subject"], "id")] = lesson["subject"]["name"]


def year_of(date):
    d = dt.date.fromisoformat(date)
    return d.year if d.month >= 9 else d.year - 1


def member(pupil, gid, date):
    g = groups[gid]
    return pupil in rosters.get(gid, set()) and g["studyyear"] == year_of(date)


def groups_of(pupil, date):
    return [g for g in groups if member(pupil, g, date)]


def lesson_key(lesson):
    return lesson["date"][:10], lesson["number"], lesson["subject"]["name"]


by_day = sorted(lessons.values(), key=lambda x: (x[0]["date"], x[0]["number"], s(x[0], "group")))
own = {}  # (pupil, date, number, subject) -> the pupil has such a lesson
for lesson, _ in by_day:
    for pupil in WATCH:
        if member(pupil, s(lesson, "group"), lesson["date"][:10]):
            own[(pupil,) + lesson_key(lesson)] = True

for n, (lesson, st_) in enumerate(by_day):
    gid, date = s(lesson, "group"), lesson["date"][:10]
    g = groups[gid]
    members = [x for x in WATCH if member(x, gid, date)]
    pupil = members[n % len(members)]
    extra = {}
    if g.get("parentIds"):
        extra["group_label"] = g["name"]
    add("lesson", f"step {st_}: lesson {s(lesson, 'id')} of {g['name']} (group {gid}, studyyear {g['studyyear']}); "
                  f"POST edu-groups lists the pupil Active there and {date} is in that school year (§3.8, §3.4); "
                  f"title is the topic, local start as sent (§2); teacher by person id named by users/many (§3.9)",
        student={"person": pupil}, date=date, number=lesson["number"], subject=lesson["subject"]["name"],
        topic=lesson["title"], starts_at=lesson["date"][11:16], teacher=teachers[str(lesson["teachers"][0])],
        **extra)
    namesake = any(h["name"] == g["name"] and h["studyyear"] < g["studyyear"] for h in groups.values())
    if n % 2 == 0 or namesake:  # 7Б 2026 is not 7Б 2025: a continuing pupil must not see the new 7Б's lessons
        others = [x for x in WATCH if not member(x, gid, date) and (x,) + lesson_key(lesson) not in own]
        busy = [x for x in others if groups_of(x, date)]  # a pupil with a class of his own that day first
        others = busy if busy and ((n // 2) % 3 or namesake) else others
        if others:
            other = others[(n // 2) % len(others)]
            mine = [groups[x]["name"] + f" ({groups[x]['studyyear']})" for x in groups_of(other, date)] or ["none"]
            add("no_lesson", f"step {st_}: lesson {s(lesson, 'id')} belongs to {g['name']} (group {gid}, studyyear "
                             f"{g['studyyear']}); on {date} the pupil's groups are {', '.join(mine)} (§3.8: a group "
                             f"per school year; subgroups by their own roster)",
                student={"person": other}, date=date, number=lesson["number"], subject=lesson["subject"]["name"])

for mid, (mk, st_) in sorted(marks.items()):
    lesson = lessons[s(mk, "lesson")][0]
    wt = work_types[str(mk["workType"])]
    add("mark", f"step {st_}: mark {mid} (§3.1), value as sent, filed under its lesson's date; weight {wt['weight']} "
                f"and title of work type {wt['id']} from work-types/{{school}} (§3.3); use_avg_calc -> counts",
        student={"person": s(mk, "person")}, date=lesson["date"][:10], subject=lesson["subject"]["name"],
        value=mk["value"], weight=wt["weight"], work_type=wt["title"], counts=mk["use_avg_calc"])

MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}
for k, ((lid, pupil), (e, st_)) in enumerate(sorted(logs.items())):
    lesson = lessons[lid][0]
    if e["status"] == "Attend" and k % 40:
        continue
    kw = {"code": e["status"]}
    if e["status"] in MEANING:
        kw["meaning"] = MEANING[e["status"]]
    add("attendance", f"step {st_}: lesson-log entry (lesson {lid}, person {pupil}) status {e['status']} (§3.5, §6"
                      + ("; Pass is disputed, so the code only" if e["status"] == "Pass" else "") + ")",
        student={"person": pupil}, date=lesson["date"][:10], subject=lesson["subject"]["name"],
        number=lesson["number"], **kw)

for k, (wid, (w, st_)) in enumerate(sorted(homework.items())):
    lesson = lessons[s(w, "lesson")][0]
    gid, date = s(w, "eduGroup"), lesson["date"][:10]
    subject = lesson["subject"]["name"]
    due = w["targetDate"][:10]
    members = [x for x in WATCH if member(x, gid, date)]
    kw = {"date": date}
    if year_of(due) == year_of(date):
        kw["due"] = due
    add("homework", f"step {st_}: Homework work {wid} of {groups[gid]['name']} (eduGroup {gid}, tasks empty: the "
                    f"whole group, §3.2, §3.6); set on its lesson's date, targetDate is the due date (§3.2)",
        student={"person": members[k % len(members)]}, subject=subject, text=w["text"], **kw)
    others = [x for x in WATCH if not member(x, gid, date)]
    other = others[k % len(others)]
    add("no_homework", f"step {st_}: Homework work {wid} is for eduGroup {gid} ({groups[gid]['name']}, studyyear "
                       f"{groups[gid]['studyyear']}), of which the pupil is no member on {date} (§3.2, §3.8)",
        student={"person": other}, subject=subject, text=w["text"])

for (pupil, subj, rp), (value, gid, st_) in sorted(finals.items()):
    name = SUBJECT_NAMES[subj]
    if name != "Алгебра" and not (name == "Физика" and pupil == WATCH[1]):  # WATCH[1]: also by allfinalmarks
        continue
    add("final_mark", f"step {st_}: edu-groups/{gid}/final-marks \"per-subject-final-marks\" (§3.13); the period is "
                      f"reportingPeriod {rp} = {periods[rp]['name']} {periods[rp]['year']}/{periods[rp]['year'] + 1} of "
                      f"that group (§3.12); delivered in September, it is still last year's",
        student={"person": pupil}, subject=name, period=periods[rp]["name"], value=value)

# periods: each watched pupil's groups' periods
for pupil in WATCH:
    seen = set()
    for gid, rps in sorted(group_periods.items()):
        if pupil not in rosters.get(gid, set()):
            continue
        for rp in sorted(rps):
            x = periods[rp]
            if x["name"] not in ("1 четверть", "4 четверть", "Год", "1 триместр") or rp in seen:
                continue
            seen.add(rp)
            if x["name"] == "1 четверть" and x["year"] == 2025 and pupil != WATCH[2]:
                continue  # one pupil's first quarter of 2025/26 is enough (the kept-down pupil has two of that name)
            add("period", f"edu-groups/{gid}/reporting-period(s|-group): {x['name']} of {groups[gid]['name']} "
                          f"(studyyear {groups[gid]['studyyear']}, type {x['type']}); start/finish midnight = dates "
                          f"(§2, §3.12); the pupil is Active in that group (§3.8)",
                student={"person": pupil}, name=x["name"], starts_on=x["start"][:10], ends_on=x["finish"][:10])
    own_names = {periods[rp]["name"] for gid, rps in group_periods.items() if pupil in rosters.get(gid, set())
                 for rp in rps}
    for gid, rps in sorted(group_periods.items()):
        for rp in sorted(rps):
            name = periods[rp]["name"]
            if name not in own_names and name in ("1 четверть", "4 четверть", "1 триместр", "2 триместр"):
                own_names.add(name)
                add("no_period", f"{name} is a period of edu-group {gid} ({groups[gid]['name']}, studyyear "
                                 f"{groups[gid]['studyyear']}) only (§3.12: periods per edu-group); no roster lists "
                                 f"the pupil in it (§3.8)",
                    student={"person": pupil}, name=name)

for gid, d1, d2, body, st_ in averages:
    rp = [x for x in group_periods[gid] if periods[x]["start"][:10] == d1 and periods[x]["finish"][:10] == d2][0]
    for entry in body:
        for row in entry["per-subject-averages"]:
            if SUBJECT_NAMES[s(row, "subject")] == "Алгебра" or s(entry, "person") == WATCH[0]:
                add("vendor_average", f"step {st_}: edu-groups/{gid}/avg-marks/{d1}/{d2}, a string as sent (§3.13); "
                                      f"the range equals {periods[rp]['name']} of that group",
                    student={"person": s(entry, "person")}, subject=SUBJECT_NAMES[s(row, "subject")],
                    period=periods[rp]["name"], value=row["avg-mark-value"])

for gid, h, st_ in holidays:
    start, finish = dt.date.fromisoformat(h["dateStart"][:10]), dt.date.fromisoformat(h["dateFinish"][:10])
    probe = dt.date(2026, 6, 15)
    if start <= probe <= finish:
        add("holiday", f"step {st_}: edu-groups/{gid}/reporting-period-group holidays: {h['name']} "
                       f"{start}..{finish} of that group's class (§3.12)",
            group={"group": gid}, date=probe.isoformat(), name=h["name"])
        for pupil in WATCH:
            if not any(pupil in rosters.get(g, set()) and groups[g]["studyyear"] == 2025 for g in groups):
                add("no_holiday", f"step {st_}: {h['name']} is a holiday of group {gid} (§3.12 "
                                  f"reportingPeriodGroupId); the pupil was never in a 2025/26 group (§3.8)",
                    student={"person": pupil}, date=probe.isoformat(), name=h["name"])

for uid, (body, st_) in sorted(contexts.items()):
    add("children", f"step {st_}: users/{uid}/context children[].personId (the latest context is the whole list, "
                    f"§1 Person vs User, §3.9); the child stays the same person across the years",
        guardian={"user": uid}, children=[{"person": str(c["personId"])} for c in body["children"]])

for gid, (pid, st_) in sorted(class_teachers.items()):
    add("class_teacher", f"step {st_}: edu-groups/{gid}/classteacher of {groups[gid]['name']} (studyyear "
                         f"{groups[gid]['studyyear']}); full name from users/many (§3.9)",
        group={"group": gid}, teacher=teachers[pid])

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts", {k: v for k, v in sorted(seq.items())})
