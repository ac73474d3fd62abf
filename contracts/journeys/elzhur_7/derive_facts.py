#!/usr/bin/env python3
"""Derive facts.json from journey.json for the seventh Eljur corpus, by the rules of the reference
(/work/shared/reference/elzhur_mesh.md, Part A). Standard library only; never imports the hub; deterministic.

Rules:
1. A request is its method (last path segment) and its query without the transport parameters devkey, vendor,
   auth_token, out_format (A.1). Answers whose state is not 200 or whose error is set say nothing (A.1 failure case).
   Answers are taken in the order they were pulled (`pulled_at`).
2. A day-scoped answer (getdiary, getschedule, gethomework, getmarks) is complete for every day of its `days` range:
   for a pupil and a day, the latest pulled answer covering that day and able to hold the item decides whether the
   item is there (marks and attendance: the pupil's getdiary and getmarks; homework: the pupil's getdiary and
   gethomework, and gethomework of the class she is in that day, which never holds individual tasks (A.5 E5);
   vacation days: the pupil's getdiary). The item's fields come from the latest answer that holds it.
3. A lesson (pupil, lesson_id) is shown when a getdiary/getschedule of the pupil or a getschedule of her class that
   day holds it; each field (topic, teacher, room, times) from the latest answer that states it: an answer without
   rings states no times (A.3 "only with rings"), getschedule states no topic.
4. A pupil's class on a day: the class of the latest getrules (the pupil's own login: relations.groups homeclass;
   a parent's: relations.students[].class) pulled on or before that day in the same school year (1 August to
   31 July), else the earliest one of that school year; in a school year no getrules names, the last class of an
   earlier year, and none before the first getrules' year (A.3 getrules; a class name is a name, A.1 `class=`).
5. Marks: (pupil, lesson_id, nm) in getdiary and getmarks alike; "" is no mark; н/Н absent, оп/ОП late, уп excused
   are attendance (A.3 Absent, A.6). weight = weight_float else weight; counts = count; work type = control_type
   or mtype.type; comment when not empty.
6. Final marks: the school year of a getfinalassessments answer is that of its `days` start, else that of its
   `pulled_at` (A.2: "some add days"); per year the latest answer holds that year's finals; "" is no final.
7. vendor_average: the latest getmarks per (pupil, days); its period is the getperiods period (of the same school
   year) whose start-end equals days; "" gives none.
8. children: the latest getrules of each parent. class_teacher: the latest getrules naming the class.
"""
import datetime as dt
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "auth_token", "vendor", "out_format"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "уп": "excused"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def num(x):
    f = float(x)
    return int(f) if f.is_integer() else f


def sy(date):
    d = dt.date.fromisoformat(date)
    return d.year - (1 if d.month < 8 else 0)


def load():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    recs = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                parts = urlsplit("http://h/" + r["request"])
                method = parts.path.rstrip("/").rsplit("/", 1)[-1]
                q = {k: v for k, v in parse_qsl(parts.query) if k not in TRANSPORT}
                resp = r["body"]["response"]
                if resp.get("state") != 200 or resp.get("error"):
                    continue
                shown = method + ("?" + "&".join(f"{k}={v}" for k, v in q.items()) if q else "")
                recs.append({"step": step["name"][:2], "req": shown, "method": method,
                             "q": q, "result": resp["result"], "at": dt.datetime.fromisoformat(r["pulled_at"])})
    recs.sort(key=lambda r: r["at"])
    for i, r in enumerate(recs):
        r["i"] = i
        if "days" in r["q"]:
            a, b = r["q"]["days"].split("-")
            r["range"] = (iso(a), iso(b))
    return recs


def why(r, text):
    return f"step {r['step']} `{r['req']}` (pulled {r['at'].isoformat()}): {text}"


def main():
    recs = load()
    # --- roster (rule 4, 8)
    rules = [r for r in recs if r["method"] == "getrules"]
    class_rules = {}  # pupil -> [(date pulled, class, rec)]
    parents = {}
    teachers = {}
    for r in rules:
        res = r["result"]
        for cls, g in (res["relations"].get("groups") or {}).items():
            teachers.setdefault(cls, []).append((g["hometeacher_name"], r))
        if "student" in res["roles"]:
            cls = next(c for c, g in res["relations"]["groups"].items() if g["rel"] == "homeclass")
            class_rules.setdefault(str(res["id"]), []).append((r["at"].date().isoformat(), cls, r))
        if "parent" in res["roles"]:
            kids = res["relations"]["students"]
            parents[str(res["id"])] = (sorted(kids), r)
            for sid, s in kids.items():
                class_rules.setdefault(sid, []).append((r["at"].date().isoformat(), s["class"], r))

    def class_of(sid, date):
        rows = [row for row in class_rules.get(sid, []) if sy(row[0]) == sy(date)]
        if rows:
            before = [row for row in rows if row[0] <= date]
            return (before[-1] if before else rows[0])[1]
        earlier = [row for row in class_rules.get(sid, []) if sy(row[0]) < sy(date)]
        return earlier[-1][1] if earlier else None

    pupils = sorted(class_rules)

    def days_of(r):
        res = r["result"]
        if "days" in res:
            return res["days"]
        (stu,) = as_list(res["students"])
        return stu.get("days") or {}

    def pupil_of(r):
        return r["q"].get("student")

    def covers(r, date):
        return "range" in r and r["range"][0] <= date <= r["range"][1]

    def answers_for(sid, date, methods, allow_class):
        out = []
        for r in recs:
            if r["method"] not in methods or not covers(r, date):
                continue
            if pupil_of(r) == sid or (allow_class and (r["q"].get("class") or 0) == class_of(sid, date)):
                out.append(r)
        return out

    # --- lessons (rule 3)
    lessons = {}  # (sid, lesson_id) -> dict
    for sid in pupils:
        for r in recs:
            if r["method"] not in ("getdiary", "getschedule"):
                continue
            for key, day in days_of(r).items():
                date = iso(key)
                if not (pupil_of(r) == sid or (r["q"].get("class") or 0) == class_of(sid, date)):
                    continue
                for it in as_list(day.get("items")):
                    L = lessons.setdefault((sid, it["lesson_id"]), {"date": date, "number": int(it["num"])})
                    L["subject"] = it["name"]
                    L["teacher"], L["room"] = it["teacher"], it["room"]
                    L.setdefault("src", {})["base"] = r
                    if it.get("topic"):
                        L["topic"] = it["topic"]
                        L["src"]["topic"] = r
                    if it.get("starttime"):
                        L["starts_at"], L["ends_at"] = it["starttime"][:5], it["endtime"][:5]
                        L["src"]["times"] = r

    # --- marks and attendance (rule 2, 5)
    def marks_in(r, sid):
        out = []
        res = r["result"]
        (stu,) = [s for s in as_list(res["students"]) if str(s["name"]) == sid]
        if r["method"] == "getdiary":
            for key, day in stu["days"].items():
                for it in as_list(day.get("items")):
                    for m in it.get("assessments") or []:
                        out.append((it["name"], it, m))
        else:
            for les in stu["lessons"]:
                for m in les["marks"]:
                    out.append((les["name"], None, m))
        return out

    marks = {}
    for sid in pupils:
        seen = {}
        for r in recs:
            if r["method"] in ("getdiary", "getmarks") and pupil_of(r) == sid:
                for subj, it, m in marks_in(r, sid):
                    seen[(m["lesson_id"], m["nm"])] = (subj, it, m, r)
        for key, (subj, it, m, r) in seen.items():
            latest = answers_for(sid, m["date"], ("getdiary", "getmarks"), False)[-1]
            holder = [x for x in marks_in(latest, sid) if (x[2]["lesson_id"], x[2]["nm"]) == key]
            if holder and holder[0][2]["value"] != "":
                subj, it, m = holder[0]
                marks[(sid,) + key] = (subj, it, m, latest)

    # --- homework (rule 2)
    def tasks_in(r, sid):
        out = []
        for key, day in days_of(r).items():
            for it in as_list(day.get("items")):
                for t in as_list(it.get("homework")):
                    files = it.get("files") or []
                    files = files.get("file", []) if isinstance(files, dict) else files
                    names = [f["filename"] for f in files if f.get("toid") in (None, t["id"])]
                    out.append((iso(key), it["name"], t, names))
        return out

    homework = {}
    for sid in pupils:
        seen = {}
        for r in recs:
            if r["method"] in ("getdiary", "gethomework") and (
                    pupil_of(r) == sid or r["q"].get("class") in {c for _, c, _ in class_rules[sid]}):
                for date, subj, t, names in tasks_in(r, sid):
                    if pupil_of(r) == sid or (r["q"].get("class") or 0) == class_of(sid, date):
                        seen[t["id"]] = (date, subj, t, names, r)
        for hid, (date, subj, t, names, r) in seen.items():
            cands = answers_for(sid, date, ("getdiary", "gethomework"), not t["individual"])
            latest = cands[-1]
            if any(x[2]["id"] == hid for x in tasks_in(latest, sid)):
                homework[(sid, hid)] = (date, subj, t, names, latest)
            else:
                homework[(sid, hid)] = (date, subj, t, names, None, latest)

    # --- holidays
    holidays = []
    for r in recs:
        if r["method"] in ("getdiary", "getschedule"):
            for key, day in days_of(r).items():
                if day.get("alert") == "vacation":
                    holidays.append((pupil_of(r), r["q"].get("class"), iso(key), day["holiday_name"], r))

    # --- periods, finals, averages (rules 6, 7)
    periods = {}
    for r in recs:
        if r["method"] == "getperiods":
            for stu in as_list(r["result"]["students"]):
                for p in stu["periods"]:
                    if p["start"]:
                        periods[(sy(iso(p["start"])), p["name"])] = (iso(p["start"]), iso(p["end"]), r)
    finals = {}
    for r in recs:
        if r["method"] == "getfinalassessments":
            year = sy(r["range"][0]) if "range" in r else sy(r["at"].date().isoformat())
            for stu in as_list(r["result"]["students"]):
                finals[(str(stu["name"]), year)] = (stu["items"], r)
    averages = {}
    for r in recs:
        if r["method"] == "getmarks":
            for les in as_list(r["result"]["students"])[0]["lessons"]:
                averages[(pupil_of(r), les["name"], r["q"]["days"])] = (les["average"], r)

    facts = []

    def add(kind, **kw):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **kw})

    S = lambda sid: {"student": sid}  # noqa: E731
    P = "81501"
    # children, class teachers
    for uid in sorted(parents):
        kids, r = parents[uid]
        add("children", guardian={"parent": uid}, children=[S(k) for k in kids],
            why=why(r, "the latest getrules of this parent: relations.students (A.3 getrules). The pupil's own "
                       "login (roles student, id 81501) makes nobody a parent."))
    name, r = teachers["7Б"][-1]
    add("class_teacher", **{"class": {"class": "7Б"}}, teacher=name,
        why=why(r, "relations.groups['7Б'] rel homeclass, hometeacher_name (A.3 getrules), in the pupil's own login "
                   "and her mother's."))
    name, r = teachers["6В"][0]
    add("class_teacher", **{"class": {"class": "6В"}}, teacher=name,
        why=why(r, "relations.groups['6В'] hometeacher_name (A.3 getrules) for school year 2025/26. tests/journeys.py "
                   "reads the class teacher from the first week of the span (November 2025), when 6В was 81501's "
                   "class; the getrules of 2026-08-28 names Никитина Дарья Львовна for next year's 6В, a later "
                   "teacher of the same class name."))
    # periods
    for (year, name), (a, b, r) in sorted(periods.items()):
        add("period", name=name, starts_on=a, ends_on=b,
            why=why(r, f"getperiods of school year {year}/{year + 1}: period {name!r} start-end (A.3 Period); the "
                       "other year has a period of the same short name with other dates."))
    # lessons
    wanted = {P: [("2025-12-22", 1), ("2025-12-22", 4), ("2025-12-26", 3), ("2025-12-24", 3), ("2026-01-12", 1),
                  ("2026-01-16", 1), ("2026-01-13", 3), ("2026-05-25", 1), ("2026-05-29", 3), ("2026-09-01", 2),
                  ("2026-09-04", 1), ("2026-09-07", 1), ("2026-09-08", 1), ("2026-09-11", 4), ("2026-09-09", 2)],
              "81502": [("2025-12-22", 1), ("2025-12-25", 3)], "81601": [("2026-09-07", 1), ("2026-09-08", 2)]}
    for sid, sel in wanted.items():
        for date, n in sel:
            (L,) = [v for (s, _), v in lessons.items() if s == sid and v["date"] == date and v["number"] == n]
            kw = {k: L[k] for k in ("teacher", "room", "topic", "starts_at", "ends_at") if k in L}
            src = L["src"]
            note = "; ".join(f"{k} from `{v['req']}` (pulled {v['at'].isoformat()})" for k, v in sorted(src.items()))
            add("lesson", student=S(sid), date=date, number=n, subject=L["subject"], **kw,
                why=f"lesson item num {n} (A.3 Lesson item); {note}. Each field from the latest answer stating it: "
                    "getschedule states no topic, an answer without rings no times (A.3).")
    # no_lesson: the class name 6В reused by next year's cohort
    nl = [(P, "2026-09-07", "Математика", 1, "next year's 6В has Математика at #1 on 2026-09-07 "
                                             "(`getschedule?class=6В&days=20260907-20260913`); 81501 is in 7Б since the "
                                             "getrules of 2026-08-28"),
          (P, "2026-09-08", "Русский язык", 1, "next year's 6В; 7Б has Геометрия at #1 that day"),
          ("81601", "2025-12-22", "Математика", 1, "last year's 6В (`getschedule?class=6В&days=20251222-20251228`); "
                                                   "81601 is in the 6В of 2026/27 (getrules of 2026-08-28)"),
          ("81601", "2025-12-26", "Биология", 1, "last year's 6В"),
          ("81502", "2026-01-05", "Математика", 1, "winter holidays: vacation days make no lessons (A.3 Day alert)")]
    for sid, date, subj, n, text in nl:
        assert not [v for (s, _), v in lessons.items() if s == sid and v["date"] == date and v["subject"] == subj
                    and v["number"] == n]
        add("no_lesson", student=S(sid), date=date, subject=subj, number=n,
            why=text + " (A.3 getrules class; rule 4 of derive_facts.py).")
    # marks and attendance
    for (sid, lid, nm), (subj, it, m, r) in sorted(marks.items(), key=lambda kv: (kv[1][2]["date"], kv[0])):
        if m["value"] in ATTENDANCE:
            n = next(v["number"] for (s, l), v in lessons.items() if s == sid and l == lid)
            add("attendance", student=S(sid), date=m["date"], subject=subj, number=n, code=m["value"],
                meaning=ATTENDANCE[m["value"]],
                why=why(r, f"pseudo-mark {m['value']!r}, count false at lesson_id {lid} (A.3 Absent; A.6: н/Н absent, "
                           "оп/ОП late, у/уп excused [U])."))
            continue
        kw = {"counts": bool(m["count"]),
              "weight": num(m["weight_float"] if m.get("weight_float") is not None else m["weight"])}
        wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
        if wt:
            kw["work_type"] = wt
        if m.get("comment"):
            kw["comment"] = m["comment"]
        add("mark", student=S(sid), date=m["date"], subject=subj, value=m["value"], **kw,
            why=why(r, f"the latest answer covering {m['date']}: mark at lesson_id/nm {lid}/{nm} (A.3 Assessment / "
                       "SubjectMarks)."))
    add("no_mark", student=S(P), date="2025-12-24", subject="Русский язык", value="3",
        why="the 3 of 2025-12-24 (step 02 getdiary, step 03 getmarks) is a 4 in the January re-pulls (step 05, "
            "`getdiary?student=81501&days=20251222-20260118`, `getmarks?student=81501&days=20251105-20251228`): one "
            "mark per lesson_id/nm (A.3 Assessment), the later pull wins.")
    add("no_mark", student=S(P), date="2025-12-25", subject="Английский язык", value="н",
        why="the absence of 2025-12-25 is excused in January (уп): attendance, never a mark (A.6).")
    add("no_mark", student=S(P), date="2026-09-04", subject="Алгебра", value="н",
        why="an absence pseudo-mark is attendance, not a mark (A.3 Absent, A.6).")
    # homework
    for (sid, hid), v in sorted(homework.items(), key=lambda kv: (kv[1][0], kv[0])):
        date, subj, t, names, r = v[:5]
        if r is None or (sid == "81502" and sy(date) == 2026):
            continue  # 81502's class in 2026/27: no getrules says it (she surely moved up; no fact either way)
        kw = {"attachments": names} if names else {}
        add("homework", student=S(sid), subject=subj, text=t["value"], date=date, **kw,
            why=why(r, f"homework id {hid} under day {date.replace('-', '')} (A.3 homework {{id, value, individual}}"
                       f"{'; files bound by toid / files.file' if names else ''}); date = the day it is listed "
                       "under; the latest answer covering that day holds it."))
    gone = [(sid, v) for (sid, hid), v in sorted(homework.items()) if v[4] is None]
    for sid, v in gone:
        add("no_homework", student=S(sid), subject=v[1], text=v[2]["value"],
            why=f"set for {v[0]} in the December answers; the answers pulled 2026-01-16 that cover that day "
                f"(`{v[5]['req']}`, the latest) no longer hold it: removed (A.3 homework; deletion by omission).")
    texts = {(sid, t[2]["value"]) for (sid, _), t in homework.items()}
    neg = [("81502", "Биология", "Индивидуально: сообщение «Зимующие птицы Тульской области»",
            "an individual task (individual: true) only in 81501's own gethomework and getdiary (A.3 homework)"),
           ("81601", "Русский язык", "Упр. 412 (устно), упр. 415 (письменно)",
            "a task of last year's 6В (December 2025); 81601 joined the 6В of 2026/27"),
           ("81601", "Математика", "На каникулы: повторить действия с дробями, № 901–905", "last year's 6В"),
           ("81601", "Математика", "№ 912, 915 (а, в)", "last year's 6В (January 2026)"),
           (P, "Математика", "Повторить таблицу умножения, № 12, 14",
            "next year's 6В (`gethomework?class=6В&days=20260907-20260913`); 81501 is in 7Б since the getrules of "
            "2026-08-28"),
           (P, "Русский язык", "Упр. 7, списать текст", "next year's 6В"),
           (P, "История", "§ 1, пересказ", "next year's 6В")]
    for sid, subj, text, w in neg:
        assert (sid, text) not in texts or homework_gone(homework, sid, text)
        add("no_homework", student=S(sid), subject=subj, text=text, why=w + " (A.3 getrules class; rule 4).")
    # holidays
    hol_sel = {(P, None, d) for d in ("2025-12-29", "2025-12-31", "2026-01-01", "2026-01-09", "2026-06-01",
                                      "2026-06-05")}
    hol_sel |= {(None, "6В", d) for d in ("2025-12-29", "2026-01-01", "2026-01-02", "2026-01-09")}
    done = set()
    for sid, cls, date, name, r in holidays:
        key = (sid, cls, date)
        if key in hol_sel and key not in done:
            done.add(key)
            target = {"student": S(sid)} if sid else {"class": {"class": cls}}
            add("holiday", **target, date=date, name=name,
                why=why(r, f"day {date.replace('-', '')} alert \"vacation\", holiday_name {name!r} (A.3 Day)."))
    # finals
    for (sid, year), (items, r) in sorted(finals.items()):
        for it in items:
            for a in it["assessments"]:
                if a["value"] != "":
                    add("final_mark", student=S(sid), subject=it["name"], period=a["period"], value=a["value"],
                        why=why(r, f"school year {year}/{year + 1} (rule 6): items[].assessments[] period "
                                   f"{a['period']!r} (A.3 Final assessment, A.5 E4)"
                                   + ("; the answer without days pulled 2026-05-29 (step 06) said the same, except "
                                      "the Биология year mark, still empty then" if year == 2025 else "")
                                   + ". An answer of the other school year (getfinalassessments without days, "
                                     "pulled in another school year) must neither overwrite nor delete it."))
    # vendor averages
    for (sid, subj, days), (value, r) in sorted(averages.items(), key=lambda kv: (kv[0][2], kv[0][1])):
        a, b = days.split("-")
        period = [name for (y, name), (s, e, _) in periods.items() if (s, e) == (iso(a), iso(b))]
        if value == "" or not period:
            continue
        add("vendor_average", student=S(sid), subject=subj, value=value, period=period[0],
            why=why(r, f"lessons[].average as sent; days {days} = period {period[0]!r} of getperiods "
                       f"(school year {sy(iso(a))}/{sy(iso(a)) + 1}) (A.3 SubjectMarks, Period)."))

    order = {k: i for i, k in enumerate(["children", "class_teacher", "period", "holiday", "lesson", "no_lesson",
                                         "mark", "no_mark", "attendance", "homework", "no_homework", "final_mark",
                                         "vendor_average"])}
    facts.sort(key=lambda f: (order[f["kind"]], f["id"]))
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as f:
        f.write('{"facts": [\n' + ",\n".join(json.dumps(x, ensure_ascii=False) for x in facts) + "\n]}\n")
    counts = {}
    for x in facts:
        counts[x["kind"]] = counts.get(x["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def homework_gone(homework, sid, text):
    return all(v[4] is None for (s, _), v in homework.items() if s == sid and v[2]["value"] == text)


if __name__ == "__main__":
    main()
