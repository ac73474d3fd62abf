#!/usr/bin/env python3
"""Derive facts.json from journey.json for the fourth Eljur corpus, by the rules of the reference
(/work/shared/reference/elzhur_mesh.md, Part A). Standard library only; never imports the hub; deterministic.

Rules (README.md "What derive_facts.py applies"):
1. A request is its method (last path segment) and its sorted query parameters without devkey, auth_token, vendor
   and out_format (A.1: transport). getrules is kept per user id (result `id`). Answers with state != 200 or an
   error are ignored (A.1 failure case).
2. Answers are ordered by when they were pulled (`pulled_at`, the request envelope's provenance), push order only
   breaking ties. The latest answer to a request is the one pulled last, whatever order the batches arrived in.
3. An item is shown while the latest answer of at least one request holds it, with the fields of the newest such
   answer. A lesson is (pupil, lesson_id); a mark (pupil, lesson_id, nm) in getdiary and getmarks alike; a task
   (pupil, homework id). "" is never a mark; н/Н absent, оп/ОП late are attendance (A.3 Absent, A.6).
4. Class answers reach the pupils who are in the class on that day: a pupil's class on a day is the `class` of the
   latest getrules pulled on or before that day (the earliest one if none is).
5. Weight: `weight_float` when it is not null, else `weight`, as a number (A.3; both may come as numeric strings,
   A.4). counts = `count`.
6. vendor_average: latest `average` per (pupil, subject, days); period = the getperiods period whose start-end
   equals days; "" gives none. final_mark: latest getfinalassessments per request; a request with `days` of another
   school year gives that year's finals (A.2 "some add days").
"""
import datetime as dt
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "auth_token", "vendor", "out_format"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def parse(request):
    parts = urlsplit(request if "://" in request else "http://h/" + request)
    method = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return method, {k: v for k, v in parse_qsl(parts.query) if k not in TRANSPORT}


def num(x):
    f = float(x)
    return int(f) if f.is_integer() else f


def load():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    recs = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                recs.append((step["name"][:2], r))
    order = sorted(range(len(recs)), key=lambda i: (dt.datetime.fromisoformat(recs[i][1]["pulled_at"]), i))
    latest, ignored, all_answers = {}, [], []
    for rank, i in enumerate(order):
        step, r = recs[i]
        resp = r["body"]["response"]
        method, params = parse(r["request"])
        if resp.get("state") != 200 or resp.get("error") is not None:
            ignored.append(f"step {step} `{r['request']}`")
            continue
        a = {"rank": rank, "push": i, "step": step, "request": r["request"], "method": method, "params": params,
             "result": resp["result"], "pulled": r["pulled_at"]}
        all_answers.append(a)
        key = (method, str(resp["result"]["id"])) if method == "getrules" else (method, tuple(sorted(params.items())))
        latest[key] = a
    return journey, latest, ignored, all_answers


def cite(a):
    return f"step {a['step']} `{a['request']}` (pulled {a['pulled']})"


def derive():
    journey, latest, ignored, all_answers = load()
    answers = sorted(latest.values(), key=lambda a: a["rank"])
    by = lambda m: [a for a in answers if a["method"] == m]  # noqa: E731

    children, class_teacher, memberships = {}, {}, {}
    for a in sorted([x for x in all_answers if x["method"] == "getrules"], key=lambda x: x["rank"]):
        res = a["result"]
        rel = res["relations"]
        if "parent" in res["roles"]:
            for sid, s in rel["students"].items():
                memberships.setdefault(str(sid), []).append((a["pulled"][:10], s["class"]))
        else:
            for cls, g in rel.get("groups", {}).items():
                if g.get("rel") == "homeclass":
                    memberships.setdefault(str(res["id"]), []).append((a["pulled"][:10], cls))
    for a in by("getrules"):
        res = a["result"]
        if "parent" in res["roles"]:
            children[str(res["id"])] = (sorted(str(k) for k in res["relations"]["students"]), a)
        for cls, g in res["relations"].get("groups", {}).items():
            class_teacher[cls] = (g["hometeacher_name"], a)

    def class_at(sid, day):
        ms = sorted(memberships.get(sid, []))
        before = [c for d, c in ms if d <= day]
        return before[-1] if before else (ms[0][1] if ms else None)

    def pupils_in(cls, day):
        return [sid for sid in sorted(memberships) if class_at(sid, day) == cls]

    periods = {}
    for a in by("getperiods"):
        for s in as_list(a["result"]["students"]):
            for p in s["periods"]:
                if p.get("start") and p.get("end"):
                    periods[p["name"]] = (p["start"], p["end"], p["fullname"], a)

    lessons, times, holidays = {}, {}, {}
    for a in by("getschedule"):
        for key, day in a["result"]["days"].items():
            if day.get("alert") == "vacation" and "class" in a["params"]:
                holidays[(a["params"]["class"], iso(key))] = (day.get("holiday_name"), a)

    def put_lesson(sid, it, date, a):
        k = (sid, str(it["lesson_id"]))
        if k not in lessons or lessons[k][1]["rank"] < a["rank"]:
            lessons[k] = (dict(it, date=date), a)

    for a in by("getdiary") + by("getschedule"):
        if "class" in a["params"]:
            holders = [(None, a["result"]["days"])]
        else:
            holders = [(str(s["name"]), s["days"]) for s in as_list(a["result"]["students"])]
        for sid, days in holders:
            for key, day in days.items():
                for it in as_list(day.get("items")):
                    for p in ([sid] if sid else pupils_in(a["params"]["class"], iso(key))):
                        put_lesson(p, it, iso(key), a)
                    if it.get("starttime"):
                        tk = str(it["lesson_id"])
                        if tk not in times or times[tk][2] < a["rank"]:
                            times[tk] = (it["starttime"][:5], it["endtime"][:5], a["rank"])

    marks = {}

    def put_mark(sid, m, date, subj, a):
        k = (sid, str(m["lesson_id"]), str(m["nm"]))
        if k not in marks or marks[k][3]["rank"] < a["rank"]:
            marks[k] = (m, date, subj, a)

    for a in by("getdiary"):
        for s in as_list(a["result"]["students"]):
            for key, day in s["days"].items():
                for it in as_list(day.get("items")):
                    for m in it.get("assessments") or []:
                        put_mark(str(s["name"]), m, iso(key), it["name"], a)
    for a in by("getmarks"):
        for s in as_list(a["result"]["students"]):
            for subj in s["lessons"]:
                for m in subj["marks"]:
                    put_mark(str(s["name"]), m, m["date"], subj["name"], a)

    homework, held = {}, set()
    for a in by("getdiary") + by("gethomework"):
        if "class" in a["params"]:
            holders = [(None, a["result"]["days"])]
        else:
            holders = [(str(s["name"]), s["days"]) for s in as_list(a["result"]["students"])]
        for sid, days in holders:
            for key, day in days.items():
                for it in as_list(day.get("items")):
                    for h in as_list(it.get("homework")):
                        if sid is None and h.get("individual"):
                            continue
                        for p in ([sid] if sid else pupils_in(a["params"]["class"], iso(key))):
                            k = (p, str(h["id"]))
                            held.add(k)
                            if k not in homework or homework[k][4]["rank"] < a["rank"]:
                                names = [f["filename"] for f in as_list(it.get("files"))
                                         if str(f.get("toid")) == str(h["id"])]
                                homework[k] = (h["value"], iso(key), it["name"], names, a, h.get("individual"))
    homework = {k: v for k, v in homework.items() if k in held}

    finals, averages = {}, {}
    for a in by("getfinalassessments"):
        year = int(a["params"]["days"][:4]) if "days" in a["params"] else 2025
        for s in as_list(a["result"]["students"]):
            for item in s["items"]:
                for x in item["assessments"]:
                    if x.get("value"):
                        finals[(str(s["name"]), item["name"], x["period"], year)] = (x["value"], a)
    for a in by("getmarks"):
        start, end = a["params"]["days"].split("-")
        period = next((n for n, (ps, pe, _, _) in periods.items() if (ps, pe) == (start, end)), None)
        for s in as_list(a["result"]["students"]):
            for subj in s["lessons"]:
                if subj.get("average") not in ("", None):
                    averages[(str(s["name"]), subj["name"], period)] = (str(subj["average"]), a)
    return dict(holidays=holidays, journey=journey, ignored=ignored, children=children, class_teacher=class_teacher, periods=periods,
                lessons=lessons, times=times, marks=marks, homework=homework, finals=finals, averages=averages,
                all_answers=all_answers, class_at=class_at)


LESSON_SEL = [  # (student, date, number, trap)
    ("48001", "2025-12-08", 1, "diary requested by the full URL https://lic3.eljur.ru/apiv3/getdiary with devkey, "
                               "vendor, auth_token and out_format in the query (A.1)"),
    ("48002", "2025-12-08", 1, "items keyed out of order {\"3\",\"1\",\"4\",\"2\"} (A.3 items keyed by lesson number)"),
    ("48002", "2025-12-10", 4, "unknown payload_* fields on the item (A.3: BetterJournal types them unknown)"),
    ("48003", "2025-12-08", 1, "48003 is in 8А this week (his own diary of the week)"),
    ("48003", "2025-12-15", 1, "48003 moved to 8Б: his own diary shows 8Б's Monday (Русский язык at #1)"),
    ("48003", "2025-12-19", 3, "48003 in 8Б, Friday"),
    ("48004", "2025-12-08", 4, "'older server': num 4 and lesson_id as numbers, sort as a string, homework [] "
                               "when empty (A.4 ids coerced; A.1 object-or-array)"),
    ("48004", "2025-12-10", 2, "'older server' answer, lesson with an absence"),
    ("48004", "2025-12-17", 1, "'older server' answer of week B"),
    ("48002", "2025-12-16", 2, "week B: 48002 has no diary of her own; the 8А class schedule reaches her (A.2 by "
                               "class)"),
    ("48002", "2025-12-19", 4, "week B, from the 8А class schedule"),
    ("48001", "2025-12-19", 4, "week B, her own diary"),
    ("48001", "2025-12-11", 2, "the lesson of a non-counting 'нз' mark"),
    ("48005", "2025-12-10", 3, "the second 'Петров Илья' (48005, 8Б); his diary has students as an array"),
    ("48005", "2025-12-17", 1, "48005's week B diary: items as an array"),
]
NO_LESSON_SEL = [
    ("48003", "2025-12-15", "Алгебра", 1, "8А has Алгебра at #1 on Monday 2025-12-15, but 48003 is in 8Б since the "
                                          "getrules of 2025-12-14 (A.3 getrules class); his own diary (step 05) "
                                          "shows Русский язык at #1"),
    ("48003", "2025-12-19", "Алгебра", 1, "8А's Friday #1; 48003 is in 8Б (getrules of 2025-12-14)"),
    ("48003", "2025-12-08", "Русский язык", 1, "8Б's Monday #1 of week A; 48003's own diary of that week (step 03, "
                                               "a complete answer for his lessons) shows him in 8А with Алгебра at "
                                               "#1: the move to 8Б came later"),
    ("48001", "2025-12-15", "Русский язык", 1, "8Б's Monday #1; 48001 is in 8А"),
]
NO_MARK_SEL = [  # (student, date, subject, value, why)
    ("48002", "2025-12-08", "Алгебра", "3", "the 3 was corrected to 4 in the answer pulled 2025-12-20 (step 06); the "
                                           "answer pulled 2025-12-16 still holds 3 but arrived later (step 07, out of "
                                           "order): the newer pull wins (rule 2; A.3 Assessment: one mark per "
                                           "lesson_id/nm)"),
    ("48004", "2025-12-08", "Алгебра", "2", "the diary pulled 2025-12-12 and getmarks pulled 2025-12-17 say 2 at this "
                                           "lesson_id/nm; getmarks pulled 2025-12-20 (step 06) says 4 (corrected, with a "
                                           "comment). The 2025-12-17 answer arrived last (step 07, out of order): the "
                                           "newer pull wins (rule 2)"),
    ("48001", "2025-12-08", "Алгебра", "4", "48002 Иванова Анна's mark; 48001 is another pupil with the same name "
                                           "(ids, not names, identify pupils: A.4)"),
    ("48002", "2025-12-08", "Алгебра", "5", "48001 Иванова Анна's mark; 48002 is another pupil with the same name "
                                           "(A.4)"),
    ("48003", "2025-12-15", "История", "2", "48005 Петров Илья's mark; 48003 is another pupil with the same name "
                                           "in the same class since 2025-12-14 (A.4: ids identify pupils)"),
    ("48005", "2025-12-15", "История", "5", "48003 Петров Илья's mark; 48005 is another pupil with the same name "
                                           "(A.4)"),
    ("48005", "2025-12-08", "Алгебра", "2", "48004's mark in the same lesson; not 48005's (A.4)"),
    ("48001", "2025-12-12", "История", "Н", "attendance pseudo-mark, never a mark (A.3 Absent, A.6)"),
    ("48002", "2025-12-11", "Физическая культура", "оп", "attendance pseudo-mark (late), never a mark (A.3 Absent, A.6)"),
    ("48004", "2025-12-10", "Русский язык", "н", "attendance pseudo-mark, never a mark (A.3 Absent, A.6)"),
]


def main():
    st = derive()
    facts, n = [], {}

    def add(kind, prefix, **f):
        n[prefix] = n.get(prefix, 0) + 1
        facts.append({"id": f"{prefix}-{n[prefix]:02d}", "kind": kind, **f})

    for uid, (kids, a) in sorted(st["children"].items()):
        add("children", "children", guardian={"parent": uid}, children=[{"student": k} for k in kids],
            why=f"{cite(a)}, the latest getrules of user {uid}: relations.students lists exactly these pupils (A.3 "
                f"getrules)." + (" 48001 also signs in herself (roles student, id 48001, step 01): that login is a "
                                 "pupil's, not a second parent." if uid == "62001" else ""))
    for cls, (name, a) in sorted(st["class_teacher"].items()):
        add("class_teacher", "class-teacher", **{"class": {"class": cls}}, teacher=name,
            why=f"{cite(a)}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (A.3 getrules).")
    for name, (s, e, full, a) in sorted(st["periods"].items(), key=lambda x: x[1][0]):
        add("period", "period", name=name, starts_on=iso(s), ends_on=iso(e),
            why=f"{cite(a)}: quarter {name!r} ({full}): a period whose short name is a digit; start/end YYYYMMDD "
                f"(A.3 Period, A.4). Г (ambigious, no dates) gives no period fact.")

    for (cls, date), (name, a) in sorted(st["holidays"].items()):
        add("holiday", "holiday", **{"class": {"class": cls}}, date=date, name=name,
            why=f"{cite(a)}: day {date.replace('-', '')} alert \"vacation\", holiday_name {name!r}; items "
                f"{'absent' if 'items' not in a['result']['days'][date.replace('-', '')] else '[]'} (A.3 Day).")

    lessons = st["lessons"]
    for sid, date, number, trap in LESSON_SEL:
        found = [(it, a) for (s, _), (it, a) in lessons.items() if s == sid and it["date"] == date
                 and int(it["num"]) == number]
        assert len(found) == 1, (sid, date, number, found)
        it, a = found[0]
        f = {"student": {"student": sid}, "date": date, "number": number, "subject": it["name"]}
        for k in ("teacher", "room", "topic"):
            if it.get(k):
                f[k] = it[k]
        t = st["times"].get(str(it["lesson_id"]))
        if t:
            f["starts_at"], f["ends_at"] = t[0], t[1]
        add("lesson", "lesson", **f, why=f"{cite(a)}: lesson item num {it['num']!r} lesson_id {it['lesson_id']!r} of "
                                         f"day {date.replace('-', '')}; {trap}. Times from the rings answer, HH:MM "
                                         f"(A.3 Lesson item).")
    for sid, date, subj, number, why in NO_LESSON_SEL:
        assert not [1 for (s, _), (it, _a) in lessons.items() if s == sid and it["date"] == date
                    and it["name"] == subj and int(it["num"]) == number], (sid, date, subj)
        add("no_lesson", "no-lesson", student={"student": sid}, date=date, subject=subj, number=number,
            why=why + " (rule 4 of derive_facts.py).")

    for (sid, l_id, nm), (m, date, subj, a) in sorted(st["marks"].items(), key=lambda x: (x[0][0], x[1][1], x[0])):
        v = m["value"]
        if v == "":
            continue
        if v in ATTENDANCE:
            lesson = [it for (s, _), (it, _a) in lessons.items() if s == sid and str(it["lesson_id"]) == l_id]
            f = {"student": {"student": sid}, "date": date, "subject": subj}
            if lesson:
                f["number"] = int(lesson[0]["num"])
            add("attendance", "attendance", **f, code=v, meaning=ATTENDANCE[v],
                why=f"{cite(a)}: pseudo-mark {v!r}, count false, countas {m['countas']!r} at lesson_id {l_id} (A.3 "
                    f"Absent schema; A.6: {v!r} = {ATTENDANCE[v]}).")
            continue
        f = {"student": {"student": sid}, "date": date, "subject": subj, "value": v, "counts": bool(m["count"])}
        if m["count"]:
            f["weight"] = num(m["weight_float"]) if m.get("weight_float") is not None else num(m["weight"])
        wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
        if wt:
            f["work_type"] = wt
        if m.get("comment"):
            f["comment"] = m["comment"]
        notes = []
        if isinstance(m.get("lesson_id"), int):
            notes.append("'older server' answer: lesson_id/nm as numbers, countas as a number (A.4: ids coerced)")
        if isinstance(m.get("weight_float"), str):
            notes.append(f"weight_float {m['weight_float']!r} (a numeric string, A.3) overrides weight "
                         f"{m['weight']!r}")
        if (sid, l_id, nm) in (("48002", "700001", "1"), ("48004", "710004", "1")):
            notes.append("an answer to the same request pulled EARLIER, with the value before the correction, was "
                         "pushed later (step 07, out of order): the newer pull stands (rule 2 of derive_facts.py)")
        if v == "нз":
            notes.append("'нз' (not passed, A.6 [U]) is open text with count false (D.2: rely on count)")
        add("mark", "mark", **f, why=f"{cite(a)}: mark at lesson_id/nm {l_id}/{nm}, the newest pull holding it "
                                     f"(A.3 Assessment / SubjectMarks; weight, count, control_type or mtype.type, "
                                     f"comment as sent)" + ("; " + "; ".join(notes) if notes else "") + ".")
    for sid, date, subj, v, why in NO_MARK_SEL:
        assert v in ATTENDANCE or not [1 for (s, _, _), (m, d, sj, _a) in st["marks"].items()
                    if s == sid and d == date and sj == subj and m["value"] == v], (sid, date, subj, v)
        add("no_mark", "no-mark", student={"student": sid}, date=date, subject=subj, value=v, why=why + ".")

    for (sid, hid), (text, date, subj, names, a, ind) in sorted(st["homework"].items(), key=lambda x: (x[0][0],
                                                                                                      x[1][1], x[0])):
        f = {"student": {"student": sid}, "subject": subj, "text": text, "date": date}
        if names:
            f["attachments"] = names
        how = "the pupil's own answer" if "student" in a["params"] else (
            f"the class answer, reaching the pupils in {a['params']['class']} on that day (rule 4)")
        add("homework", "homework", **f,
            why=f"{cite(a)}: homework id {hid} under day {date.replace('-', '')}, {how} (A.3 homework "
                f"{{id,value,individual}}{', individual' if ind else ''}; files bound by toid); date = the day it is "
                f"listed under." + (" The same request's answer pulled earlier (2025-12-18 20:00, before the task "
                                    "was set) arrived later (step 10, out of order): it must not withdraw the task "
                                    "(rule 2)." if hid == "5602009" else ""))
    shown = {(sid, " ".join(v[0].split())) for (sid, _), v in st["homework"].items()}
    NO_HW = [("48001", "Русский язык", "Индивидуально: работа над ошибками диктанта, правила на с. 112",
              "an individual task of 48002, the other Иванова Анна (A.3 homework individual; A.4 ids)"),
             ("48003", "Физика", "Подготовиться к контрольной работе по главе «Электрические явления»",
              "8А's Friday 2025-12-19 task (step 05 `gethomework?class=8А&days=20251215-20251219`); 48003 is in 8Б "
              "since the getrules of 2025-12-14 (A.3 getrules class; rule 4)"),
             ("48003", "Алгебра", "№ 540–542; повторить формулу дискриминанта",
              "8А's task of 2025-12-15; 48003 is in 8Б since the getrules of 2025-12-14 (rule 4)"),
             ("48001", "Физика", "Повторить § 35–38, выучить определения", "8Б's task; 48001 is in 8А"),
             ("48002", "Алгебра", "№ 545, 547 (а)", "8Б's task; 48002 is in 8А")]
    for sid, subj, text, why in NO_HW:
        assert (sid, " ".join(text.split())) not in shown, (sid, text)
        add("no_homework", "no-homework", student={"student": sid}, subject=subj, text=text, why=why + ".")

    for (sid, subj, period, year), (value, a) in sorted(st["finals"].items()):
        if year != 2025:
            continue  # last year's finals are not read by the harness (it reads the years of the facts' dates)
        other = [v for (s2, sj2, p2, y2), (v, _a) in st["finals"].items() if (s2, sj2, p2) == (sid, subj, period)
                 and y2 != year]
        add("final_mark", "final-mark", student={"student": sid}, subject=subj, period=period, value=value,
            why=f"{cite(a)}: items[].assessments[] period {period!r} = the getperiods name of quarter {period} "
                f"(A.3 Final assessment, A.5 E4)." + (
                    f" The 2024/25 finals pushed later (step 09, days=20240901-20250531) say {other[0]!r} for a "
                    f"period of the same name: another school year, which must not overwrite this one (A.2 'some "
                    f"add days', A.4)." if other else ""))
    for (sid, subj, period), (value, a) in sorted(st["averages"].items(), key=lambda x: (x[0][0], x[0][1],
                                                                                          x[0][2] or "")):
        f = {"student": {"student": sid}, "subject": subj, "value": value}
        if period:
            f["period"] = period
        stale = " A getmarks of the same request pulled earlier (2025-12-17, average 3.40) arrived later (step 07): " \
                "the newer pull stands (rule 2)." if (sid, period) == ("48004", "2") else ""
        add("vendor_average", "vendor-average", **f,
            why=f"{cite(a)}: lessons[].average as sent; days {a['params']['days']} = quarter {period!r} of "
                f"getperiods (A.3 SubjectMarks, Period).{stale}")

    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump({"facts": facts}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    for i in st["ignored"]:
        print("ignored:", i)


if __name__ == "__main__":
    main()
