"""Derive facts.json from journey.json by the reference's rules (stdlib only; never imports the hub).

Rules (reference /work/shared/reference/dnevnik_ru.md, §N):
* ids: the `_str` twin wins (§1); requests are read without host and `/v2/` prefix.
* answers are applied in `pulled_at` order; the latest answer to a request states its scope (§7: no change feed).
* membership (§3.8): a pupil belongs to the class on day d when the latest `POST edu-groups` roster pulled on or
  before d lists them `Active`; before the first roster, the pupils that roster lists `Active` are members from
  1 September of `studyyear`. A pupil absent from every roster and from `persons?includeArchive=true` pulled
  before d was never a member on d (the joiner). `Archive` = not a member from the day of that pull (the leaver).
* lessons (§3.4): `title` is the topic, `date` the local start (§2, no offset); the end time only where a
  flattened lesson states `hours` (§3.4 bundles); a member sees the class's lessons of days they belong.
* marks (§3.1): value as sent (string with ±), filed under the lesson's date; weight and title from the
  standalone work type (§3.3); `use_avg_calc` is `counts`.
* attendance (§3.5, §6): Absent -> absent, Ill -> ill, Late -> late; Pass stated by code only (§6 disputed).
* homework (§3.2, §3.7): `Homework` works of the bundle; set on the lesson's date, due `targetDate`.
* final marks (§3.13): hyphenated keys; the period is the one `reportingPeriod` names (§3.12).
* averages (§3.13): `avg-mark-value` over a range equal to a period's dates belongs to that period.
* holidays (§3.12): the period group's `holidays`, `dateStart`..`dateFinish` inclusive.
* an empty lessons answer for a range: no lesson in that range (§7).
* parents (§3.9): `users/{u}/context` children; the guardian is named by user id.
"""
import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
J = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
RECS = [r for s in J["steps"] for b in s["batches"] for r in b]
ORDER = sorted(range(len(RECS)), key=lambda i: (RECS[i]["pulled_at"], i))


def s(obj, key):
    v = obj.get(key + "_str")
    return str(v if v is not None else obj.get(key))


def path(r):
    return re.sub(r"^(GET|POST) +(https?://[^/]+)?/?(v2(\.0)?/)?", "", r["request"])


def day(v):
    return v[:10]


facts, seq = [], {}


def add(kind, why, **kw):
    seq[kind] = seq.get(kind, 0) + 1
    facts.append({"id": f"{kind.replace('_', '-')}-{seq[kind]:02d}", "kind": kind, **kw, "why": why})


school = work_types = group = None
lessons, marks, logs, homework, finals, averages, periods, holidays = {}, {}, {}, {}, {}, {}, {}, []
rosters, ever_listed, contexts, empty_ranges = [], [], {}, []
for i in ORDER:
    r = RECS[i]
    p, body, at = path(r), r["body"], r["pulled_at"]
    if re.fullmatch(r"schools/\d+", p):
        school = body
    elif p.startswith("work-types/"):
        work_types = {str(w["id"]): w for w in body}
    elif re.fullmatch(r"edu-groups/\d+", p):
        group = body
    elif p == "edu-groups" and r["request"].startswith("POST"):
        for g in body:
            rosters.append((day(at), {s(st, "person"): st["membershipstatus"] for st in g["students"]}))
    elif "/persons?includeArchive" in p:
        ever_listed.append((day(at), {s(x, "id") for x in body}))
    elif p.endswith("/reporting-periods"):
        periods.update({s(x, "id"): x for x in body})
    elif p.endswith("/reporting-period-group"):
        holidays = body["holidays"]
    elif re.search(r"edu-groups/\d+/lessons/", p):
        a, b = p.split("/lessons/")[1].split("/")
        if not body:
            empty_ranges.append((a, b, i))
        for l in body:
            lessons[s(l, "id")] = (l, i)
    elif re.search(r"edu-groups/\d+/marks/", p):
        a, b = p.split("/marks/")[1].split("/")
        for k in [k for k, (m, _) in marks.items() if a <= day(m["date"]) <= b]:
            del marks[k]  # the later answer to the range states it whole
        for m in body:
            marks[s(m, "id")] = (m, i)
    elif p.startswith("lesson-log-entries/group/"):
        for e in body:
            logs[(s(e, "lesson"), s(e, "person"))] = (e, i)
    elif "/homeworks" in p:
        flat = {str(l["id"]): l for l in body["lessons"]}
        names = {str(x["id"]): x["name"] for x in body["subjects"]}
        for w in body["works"]:
            if w["type"] == "Homework":
                homework[s(w, "id")] = (w, flat.get(s(w, "lesson")), names[str(w["subjectId"])], i)
    elif p.endswith("/final-marks"):
        for row in body:
            for ps in row["per-subject-final-marks"]:
                finals[(s(row, "person"), s(ps, "subject"), s(row, "reportingPeriod"))] = (ps["final-mark"], i)
    elif "/avg-marks/" in p:
        a, b = p.split("/avg-marks/")[1].split("/")
        for row in body:
            for x in row["per-subject-averages"]:
                averages[(s(row, "person"), s(x, "subject"), a[:10], b[:10])] = (x["avg-mark-value"], i)
    elif re.fullmatch(r"users/\d+/context", p):
        contexts[s(body, "userId")] = (body, i)

G = s(group, "id")
subject_names = {s(l["subject"], "id"): l["subject"]["name"] for l, _ in lessons.values()}
pupils = sorted({p for _, ro in rosters for p in ro})


def member(pid, d):
    before = [ro for at, ro in rosters if at <= d]
    if before:
        return before[-1].get(pid) == "Active"
    first = rosters[0][1] if rosters else {}
    return first.get(pid) == "Active" and d >= f"{group['studyyear']}-09-01"


def ever_member_by(pid, d):
    return any(pid in ro for at, ro in rosters if at <= d) or any(pid in ls for at, ls in ever_listed if at <= d)


def where(i):
    r = RECS[i]
    return f"{r['request']} (pulled {r['pulled_at']})"


stu = lambda p: {"person": p}
hours = {str(f["id"]): f["hours"] for _, f, _, _ in homework.values() if f}
by_date = sorted(lessons.values(), key=lambda x: (x[0]["date"], x[0]["number"]))

# lessons a member sees; lessons a non-member does not
for pid in pupils:
    for l, i in by_date:
        d, subj = day(l["date"]), l["subject"]["name"]
        if member(pid, d):
            kw = {"topic": l["title"], "starts_at": l["date"][11:16]}
            if s(l, "id") in hours:
                kw["ends_at"] = hours[s(l, "id")].split(" - ")[1]
            if pid in ("1000012910001",) or pid in ("2260325488555111003", "1000012910004") or d >= "2026-05-25":
                add("lesson", f"§3.4: lesson {s(l, 'id')} of class {G} from {where(i)}; pupil a member on {d} (§3.8)",
                    student=stu(pid), date=d, subject=subj, number=l["number"], **kw)
        elif d != "2026-05-20":
            reason = ("left: `Archive` in the roster pulled on or before that day" if ever_member_by(pid, d)
                      else "not yet a member: absent from every roster and `persons?includeArchive=true` pulled by then")
            add("no_lesson", f"§3.8: {reason}; class lesson {s(l, 'id')} from {where(i)}",
                student=stu(pid), date=d, subject=subj, number=l["number"])

# summer: the empty lessons answer
for a, b, i in empty_ranges:
    d0 = dt.date.fromisoformat(a)
    for k in range(3):
        d = (d0 + dt.timedelta(days=k)).isoformat()
        for subj in sorted(set(subject_names.values())):
            add("no_lesson", f"§7: {where(i)} answered [] for the range", student=stu("1000012910001"), date=d,
                subject=subj)

for m, i in sorted(marks.values(), key=lambda x: x[0]["date"]):
    l, _ = lessons[s(m, "lesson")]
    wt = work_types[str(m["workType"])]
    add("mark", f"§3.1: mark {s(m, 'id')} of {where(i)}, filed under its lesson's date; weight and title of work "
        f"type {m['workType']} (§3.3)", student=stu(s(m, "person")), date=day(l["date"]),
        subject=l["subject"]["name"], value=m["value"], weight=wt["weight"], work_type=wt["title"],
        counts=m["use_avg_calc"])

MEANING = {"Absent": "absent", "Ill": "ill", "Late": "late"}
for (lid, pid), (e, i) in sorted(logs.items(), key=lambda x: (x[1][0]["createdDate"], x[0])):
    l, _ = lessons[lid]
    if e["status"] == "Attend":
        continue
    kw = {"code": e["status"]}
    if e["status"] in MEANING:
        kw["meaning"] = MEANING[e["status"]]
    add("attendance", f"§3.5, §6: entry ({lid}, {pid}) of {where(i)}", student=stu(pid), date=day(l["date"]),
        subject=l["subject"]["name"], number=l["number"], **kw)

for w, f, subj, i in homework.values():
    d = day(f["date"])
    for pid in pupils:
        if member(pid, d):
            add("homework", f"§3.2, §3.7: Homework work {s(w, 'id')} of {where(i)}; set on its lesson's date, due "
                f"`targetDate`", student=stu(pid), subject=subj, text=w["text"], date=d, due=day(w["targetDate"]))
        else:
            add("no_homework", f"§3.8: not a member on {d}, so not set for this pupil; {where(i)}",
                student=stu(pid), subject=subj, text=w["text"])

for (pid, sub, rp), (m, i) in sorted(finals.items()):
    add("final_mark", f"§3.13: final-mark {s(m, 'id')} for reportingPeriod {rp} of {where(i)} (§3.12)",
        student=stu(pid), subject=subject_names[sub], period=periods[rp]["name"], value=m["value"])

for (pid, sub, a, b), (v, i) in sorted(averages.items()):
    per = next(p for p in periods.values() if day(p["start"]) == a and day(p["finish"]) == b)
    add("vendor_average", f"§3.13: avg-mark-value of {where(i)}; the range is exactly «{per['name']}»",
        student=stu(pid), subject=subject_names[sub], period=per["name"], value=v)

for rp in sorted(periods, key=lambda k: (periods[k]["type"], periods[k]["number"])):
    p = periods[rp]
    if p["name"] in ("4 четверть", "Год"):
        add("period", f"§3.12: reporting period {rp} ({p['type']}) of edu-groups/{G}/reporting-periods",
            student=stu("1000012910001"), name=p["name"], starts_on=day(p["start"]), ends_on=day(p["finish"]))

for h in holidays:
    if h["name"] == "Летние каникулы":
        a, b = day(h["dateStart"]), day(h["dateFinish"])
        add("holiday", "§3.12: period group holiday, first day", student=stu("1000012910001"), date=a, name=h["name"])
        for d in ("2026-06-01", "2026-07-15", b):
            add("holiday", f"§3.12: period group holiday {a}..{b} inclusive; it runs past the school year's "
                "last period into the summer", group={"group": G}, date=d, name=h["name"])

for user, (c, i) in sorted(contexts.items()):
    add("children", f"§3.9: `children` of {where(i)}; guardian by user id",
        guardian={"user": user}, children=[{"person": str(ch["personId"])} for ch in c["children"]])

(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
