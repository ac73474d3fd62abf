#!/usr/bin/env python3
"""Derive facts.json from journey.json for the third Eljur corpus, by the rules of the reference
(/work/shared/reference/elzhur_mesh.md, Part A). Standard library only; never imports the hub; deterministic.

Rules (README.md "What derive_facts.py applies"):
1. A request is its method (last path segment) and its sorted query parameters without devkey, auth_token, vendor
   and out_format (A.1). A later successful answer to the same request replaces the earlier one; an answer with
   state != 200 or an error is ignored (A.1 failure case). getrules is kept per user id (its result `id`).
2. An item is shown while the latest answer of at least one request holds it; its fields come from the newest such
   answer (records are in push order, which is pull order: `pulled_at` grows with it).
3. A lesson is (pupil, lesson_id); a mark is (pupil, lesson_id, nm) in getdiary and getmarks alike (A.3); a task is
   (pupil, homework id). `value:""` is never a mark; н/Н absent, оп/ОП late, б ill, у/уп excused are attendance
   (A.3 Absent schema, A.6).
4. Lesson times are the latest a rings answer gave for that lesson_id (the pupil's own diary or the class
   schedule), read as HH:MM (A.3 starttime/endtime: only with rings).
5. Class answers (getschedule/gethomework by class) reach the pupils getrules puts in the class; a `grp` item only
   the pupils whose own diary shows that grp for that subject; individual tasks only come from a pupil's own answers.
6. Attachments are the files whose `toid` is the task id (A.3 files).
7. vendor_average is the latest `average` per (pupil, subject, days), "" gives none; its period is the getperiods
   period whose start-end equals days. final_mark: latest successful getfinalassessments, non-empty values.
"""
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "auth_token", "vendor", "out_format"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "у": "excused", "уп": "excused"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def parse(request):
    parts = urlsplit(request if "://" in request else "http://h/" + request)
    method = parts.path.rstrip("/").rsplit("/", 1)[-1]
    params = {k: v for k, v in parse_qsl(parts.query) if k not in TRANSPORT}
    return method, params


def load():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    records, ignored = [], []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for r in batch:
                records.append((step["name"][:2], r))
    latest = {}
    for ix, (step, r) in enumerate(records):
        resp = r["body"]["response"]
        method, params = parse(r["request"])
        if resp.get("state") != 200 or resp.get("error") is not None:
            ignored.append(f"step {step} `{r['request']}`: state {resp.get('state')}, error {resp.get('error')!r}")
            continue
        key = (method, tuple(sorted(params.items())))
        if method == "getrules":
            key = (method, str(resp["result"]["id"]))
        latest[key] = {"ix": ix, "step": step, "request": r["request"], "method": method, "params": params,
                       "result": resp["result"]}
    return journey, latest, ignored


def cite(a):
    return f"step {a['step']} `{a['request']}`"


def students_of(result):
    return as_list(result.get("students"))


def derive():
    journey, latest, ignored = load()
    answers = sorted(latest.values(), key=lambda a: a["ix"])
    by = lambda m: [a for a in answers if a["method"] == m]  # noqa: E731

    # roster
    children, class_of, class_teacher = {}, {}, {}
    for a in by("getrules"):
        rel = a["result"]["relations"]
        children[str(a["result"]["id"])] = (sorted(str(k) for k in rel["students"]), a)
        for sid, s in rel["students"].items():
            class_of[str(sid)] = s["class"]
        for cls, g in rel.get("groups", {}).items():
            class_teacher[cls] = (g["hometeacher_name"], a)
    pupils_of = {}
    for sid, cls in class_of.items():
        pupils_of.setdefault(cls, []).append(sid)

    # periods
    periods = {}
    for a in by("getperiods"):
        for s in students_of(a["result"]):
            for p in s["periods"]:
                if p.get("start") and p.get("end"):
                    periods[p["name"]] = (p["start"], p["end"], p["fullname"], a)

    # lessons from the pupils' own diaries, times from any rings answer
    lessons, times, own_grp, holidays = {}, {}, {}, []
    for a in by("getdiary"):
        for s in students_of(a["result"]):
            sid = str(s["name"])
            for key, day in s["days"].items():
                if day.get("alert") == "vacation":
                    holidays.append(({"student": sid}, iso(key), day.get("holiday_name"), a))
                for it in as_list(day.get("items")):
                    lk = (sid, str(it["lesson_id"]))
                    if lk not in lessons or lessons[lk][1]["ix"] < a["ix"]:
                        lessons[lk] = (dict(it, date=iso(key)), a)
                    if it.get("grp"):
                        own_grp[(sid, it["name"])] = it["grp"]
                    if "starttime" in it:
                        tk = str(it["lesson_id"])
                        if tk not in times or times[tk][2] < a["ix"]:
                            times[tk] = (it["starttime"][:5], it["endtime"][:5], a["ix"])
    class_lessons = {}
    for a in by("getschedule"):
        cls = a["params"].get("class")
        for key, day in a["result"]["days"].items():
            if day.get("alert") == "vacation":
                holidays.append(({"class": cls}, iso(key), day.get("holiday_name"), a))
            for it in as_list(day.get("items")):
                class_lessons[(cls, str(it["lesson_id"]))] = (dict(it, date=iso(key)), a)
                if "starttime" in it:
                    tk = str(it["lesson_id"])
                    if tk not in times or times[tk][2] < a["ix"]:
                        times[tk] = (it["starttime"][:5], it["endtime"][:5], a["ix"])

    def reaches(sid, it):
        return not it.get("grp") or own_grp.get((sid, it["name"])) == it["grp"]

    # class lessons reach the class's pupils (rule 5), unless the pupil's own newer answer says otherwise
    for (cls, l_id), (it, a) in class_lessons.items():
        for sid in pupils_of.get(cls, []):
            if reaches(sid, it):
                lk = (sid, l_id)
                if lk not in lessons or lessons[lk][1]["ix"] < a["ix"]:
                    lessons[lk] = (it, a)

    # marks
    marks = {}
    for a in by("getdiary"):
        for s in students_of(a["result"]):
            sid = str(s["name"])
            for key, day in s["days"].items():
                for it in as_list(day.get("items")):
                    for m in it.get("assessments") or []:
                        mk = (sid, str(m["lesson_id"]), str(m["nm"]))
                        if mk not in marks or marks[mk][3]["ix"] < a["ix"]:
                            marks[mk] = (m, iso(key), it["name"], a)
    for a in by("getmarks"):
        for s in students_of(a["result"]):
            sid = str(s["name"])
            for subj in s["lessons"]:
                for m in subj["marks"]:
                    mk = (sid, str(m["lesson_id"]), str(m["nm"]))
                    if mk not in marks or marks[mk][3]["ix"] < a["ix"]:
                        marks[mk] = (m, m["date"], subj["name"], a)

    # homework
    homework = {}

    def put_hw(sid, hid, h, date, subj, files, a):
        k = (sid, hid)
        if k not in homework or homework[k][4]["ix"] < a["ix"]:
            names = [f["filename"] for f in files if str(f.get("toid")) == hid]
            homework[k] = (h["value"], date, subj, names, a, h.get("individual"))

    for a in by("getdiary") + by("gethomework"):
        if "class" in a["params"]:
            for key, day in a["result"]["days"].items():
                for it in as_list(day.get("items")):
                    for h in as_list(it.get("homework")):
                        if h.get("individual"):
                            continue
                        for sid in pupils_of.get(a["params"]["class"], []):
                            if reaches(sid, it):
                                put_hw(sid, str(h["id"]), h, iso(key), it["name"], as_list(it.get("files")), a)
            continue
        for s in students_of(a["result"]):
            sid = str(s["name"])
            for key, day in s["days"].items():
                for it in as_list(day.get("items")):
                    for h in as_list(it.get("homework")):
                        put_hw(sid, str(h["id"]), h, iso(key), it["name"], as_list(it.get("files")), a)
    # a task is shown while the latest answer of some request holds it (rule 2): drop ids no latest answer holds
    held = set()
    for a in by("getdiary") + by("gethomework"):
        if "class" in a["params"]:
            for day in a["result"]["days"].values():
                for it in as_list(day.get("items")):
                    for h in as_list(it.get("homework")):
                        held |= {(sid, str(h["id"])) for sid in pupils_of.get(a["params"]["class"], [])}
        else:
            for s in students_of(a["result"]):
                for day in s["days"].values():
                    for it in as_list(day.get("items")):
                        held |= {(str(s["name"]), str(h["id"])) for h in as_list(it.get("homework"))}
    homework = {k: v for k, v in homework.items() if k in held}

    finals, averages = {}, {}
    for a in by("getfinalassessments"):
        for s in students_of(a["result"]):
            for item in s["items"]:
                for x in item["assessments"]:
                    if x.get("value"):
                        finals[(str(s["name"]), item["name"], x["period"])] = (x["value"], a)
    for a in by("getmarks"):
        start, end = a["params"]["days"].split("-")
        period = next((n for n, (ps, pe, _, _) in periods.items() if (ps, pe) == (start, end)), None)
        for s in students_of(a["result"]):
            for subj in s["lessons"]:
                if subj.get("average") not in ("", None):
                    averages[(str(s["name"]), subj["name"], period)] = (str(subj["average"]), a)
    return dict(journey=journey, latest=latest, ignored=ignored, children=children, class_teacher=class_teacher,
                periods=periods, lessons=lessons, times=times, own_grp=own_grp, holidays=holidays, marks=marks,
                homework=homework, finals=finals, averages=averages, answers=answers)


# ------------------------------------------------------------------ selection
ALG = "Алгебра и начала математического анализа"
LESSON_SEL = [  # (student, date, number, trap)
    ("57001", "2025-11-05", 1, "double lesson, first period (A.3 num/lesson_id per lesson)"),
    ("57001", "2025-11-05", 2, "double lesson, second period: same subject, another lesson_id and topic"),
    ("57003", "2025-11-06", 4, "substitute teacher and room given on the lesson item itself (A.3 teacher, room)"),
    ("57004", "2025-11-06", 4, "substitute teacher and room given on the lesson item itself (A.3 teacher, room)"),
    ("57002", "2025-11-06", 8, "lesson #8 (A.3 num \"1\"..\"8\")"),
    ("57001", "2025-11-06", 3, "Информатика split at one number: 57001 is in 2 группа (A.3 grp)"),
    ("57003", "2025-11-06", 3, "Информатика split at one number: 57003 is in 1 группа (A.3 grp)"),
    ("57002", "2025-11-07", 3, "Английский язык split at one number: 57002 is in 2 группа (A.3 grp)"),
    ("57003", "2025-11-08", 2, "Saturday lesson (six-day week), with a control work (is_control)"),
    ("57004", "2025-11-08", 4, "Saturday lesson #4 (six-day week)"),
    ("57002", "2025-11-05", 4, "lesson of a week whose Mon/Tue are vacation days (A.3 Day alert)"),
    ("57001", "2025-12-01", 6, "Информатика 2 группа alone at #6: 57001 (Eng 1 группа, Inf 2 группа)"),
    ("57002", "2025-12-01", 5, "Информатика 1 группа alone at #5: 57002 (Eng 2 группа, Inf 1 группа)"),
    ("57004", "2025-12-01", 7, "lesson #7"),
    ("57001", "2025-12-02", 1, "room and topic changed by the re-pull (latest answer wins)"),
    ("57003", "2025-12-02", 1, "room and topic changed by the re-pull (latest answer wins)"),
    ("57001", "2025-12-03", 5, "Английский язык 1 группа alone at #5 (57001 is in 1 группа)"),
    ("57004", "2025-12-03", 6, "Английский язык 2 группа alone at #6 (57004 is in 2 группа)"),
    ("57001", "2025-12-03", 1, "lesson also answered by the one-day re-pull (days=20251203-20251203)"),
    ("57001", "2025-12-04", 1, "lesson of a day the one-day re-pull did not cover: it must survive it"),
    ("57001", "2025-12-05", 6, "Химия moved from #2 to #6 in the re-pull, same lesson_id"),
    ("57002", "2025-12-05", 6, "Химия moved from #2 to #6 in the re-pull, same lesson_id"),
    ("57004", "2025-12-05", 2, "Физическая культура moved from #6 to #2 in the re-pull (room \"\" not stated)"),
    ("57003", "2025-12-06", 1, "Saturday lesson of trimester II"),
]
NO_LESSON_SEL = [  # (student, date, subject, number, why)
    ("57001", "2025-12-05", "Химия", 2, "the re-pull moved Химия (lesson_id {lid}) to #6: nothing is at #2 any more"),
    ("57002", "2025-12-05", "Химия", 2, "the re-pull moved Химия (lesson_id {lid}) to #6: nothing is at #2 any more"),
    ("57004", "2025-12-05", "Физическая культура", 6, "the re-pull moved Физическая культура to #2"),
    ("57002", "2025-12-01", "Информатика", 6, "#6 is the 2 группа Информатика; 57002's own diary shows her in 1 группа"),
    ("57003", "2025-12-01", "Информатика", 6, "#6 is the 2 группа Информатика; 57003's own diary shows him in 1 группа "
                                              "(although he shares 1 группа in English with 57001, who is in Inf 2)"),
    ("57001", "2025-12-01", "Информатика", 5, "#5 is the 1 группа Информатика; 57001 is in 2 группа"),
    ("57002", "2025-12-03", "Английский язык", 5, "#5 is the 1 группа English; 57002 is in 2 группа"),
    ("57003", "2025-12-03", "Английский язык", 6, "#6 is the 2 группа English; 57003 is in 1 группа"),
    ("57001", "2025-11-03", "Русский язык", 1, "2025-11-03 is a vacation day (alert vacation, items empty)"),
    ("57003", "2025-11-04", "Литература", 1, "2025-11-04 is a vacation day (alert vacation, items empty)"),
]


def main():
    st = derive()
    facts = []
    n = {}

    def add(kind, prefix, **f):
        n[prefix] = n.get(prefix, 0) + 1
        facts.append({"id": f"{prefix}-{n[prefix]:02d}", "kind": kind, **f})

    for uid, (kids, a) in sorted(st["children"].items()):
        add("children", "children", guardian={"parent": uid}, children=[{"student": k} for k in kids],
            why=f"{cite(a)} (the latest getrules of user {uid}): relations.students lists exactly these pupils "
                f"(A.3 getrules)." + (" An earlier getrules of this parent listed only 57004: the latest answer of "
                                      "the account holds both (A.3 getrules relations.students)." if uid == "61004"
                                      else ""))
    for cls, (name, a) in sorted(st["class_teacher"].items()):
        add("class_teacher", "class-teacher", **{"class": {"class": cls}}, teacher=name,
            why=f"{cite(a)}: relations.groups[{cls!r}] rel homeclass, hometeacher_name (A.3 getrules).")
    for name, (s, e, full, a) in sorted(st["periods"].items(), key=lambda x: x[1][0]):
        add("period", "period", name=name, starts_on=iso(s), ends_on=iso(e),
            why=f"{cite(a)}: period {name!r} ({full}), start/end YYYYMMDD: a TRIMESTER scheme as in A.5 E1 (A.3 "
                f"Period, A.4). The year column Г (ambigious true, no dates) gives no period fact.")
    for who, date, name, a in sorted(st["holidays"], key=lambda h: (json.dumps(h[0]), h[1], h[3]["ix"])):
        if any(f["kind"] == "holiday" and f.get("date") == date and (f.get("student") or f.get("class")) == (
                who.get("student") and {"student": who["student"]} or {"class": who.get("class")})
               for f in facts):
            continue
        if "student" in who and who["student"] not in ("57001", "57004"):
            continue
        extra = {"student": {"student": who["student"]}} if "student" in who else {"class": {"class": who["class"]}}
        add("holiday", "holiday", **extra, date=date, name=name,
            why=f"{cite(a)}: day {date.replace('-', '')} alert \"vacation\", holiday_name, inside a week whose "
                f"other days have lessons (A.3 Day).")

    lessons = st["lessons"]

    def find_lesson(sid, date, num):
        found = [(it, a) for (s, _), (it, a) in lessons.items() if s == sid and it["date"] == date
                 and int(it["num"]) == num]
        assert len(found) == 1, (sid, date, num, found)
        return found[0]

    for sid, date, num, trap in LESSON_SEL:
        it, a = find_lesson(sid, date, num)
        f = {"student": {"student": sid}, "date": date, "number": num, "subject": it["name"]}
        if it.get("teacher"):
            f["teacher"] = it["teacher"]
        if it.get("room"):
            f["room"] = it["room"]
        if it.get("topic"):
            f["topic"] = it["topic"]
        t = st["times"].get(str(it["lesson_id"]))
        if t:
            f["starts_at"], f["ends_at"] = t[0], t[1]
        if it.get("grp"):
            f["group_label"] = it["grp"]
        add("lesson", "lesson", **f, why=f"{cite(a)}: lesson item num {it['num']!r} lesson_id {it['lesson_id']} of day "
                                         f"{date.replace('-', '')}; {trap}; times from the latest rings answer, read "
                                         f"as HH:MM (A.3 Lesson item).")
    for sid, date, subj, num, why in NO_LESSON_SEL:
        shown = [it for (s, _), (it, a) in lessons.items() if s == sid and it["date"] == date and it["name"] == subj
                 and int(it["num"]) == num]
        assert not shown, (sid, date, subj, num)
        lid = next((l for (s, l), (it, _) in lessons.items() if s == sid and it["date"] == date and it["name"] == subj),
                   "?")
        add("no_lesson", "no-lesson", student={"student": sid}, date=date, subject=subj, number=num,
            why=why.format(lid=lid) + " (A.3 Lesson item: num, lesson_id, grp).")

    # marks
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
                why=f"{cite(a)}: pseudo-mark {v!r} with count false, convert 0 at lesson_id {l_id} (A.3 Absent; "
                    f"A.6: {v!r} = {ATTENDANCE[v]}).")
            add("no_mark", "no-mark", student={"student": sid}, date=date, subject=subj, value=v,
                why=f"{cite(a)}: {v!r} is an attendance pseudo-mark (A.3 Absent, A.6), never a mark.")
            continue
        f = {"student": {"student": sid}, "date": date, "subject": subj, "value": v, "counts": bool(m["count"])}
        if m["count"]:
            f["weight"] = m["weight_float"] if isinstance(m["weight_float"], int) else m["weight"]
        wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
        if wt:
            f["work_type"] = wt
        if m.get("comment"):
            f["comment"] = m["comment"]
        add("mark", "mark", **f, why=f"{cite(a)}: mark at lesson_id/nm {l_id}/{nm}, the newest answer holding it "
                                     f"(A.3 Assessment / SubjectMarks; weight, count, control_type or mtype.type, "
                                     f"comment as sent).")
    # absences some answer gave that no latest answer holds any more: withdrawn (rule 2)
    seen = {}
    for step in st["journey"]["steps"]:
        for batch in step["batches"]:
            for r in batch:
                res = r["body"]["response"]["result"]
                method, _ = parse(r["request"])
                if method != "getdiary" or r["body"]["response"]["state"] != 200:
                    continue
                for s in students_of(res):
                    for k, d in s["days"].items():
                        for it in as_list(d.get("items")):
                            for m in it.get("assessments") or []:
                                mk = (str(s["name"]), str(m["lesson_id"]), str(m["nm"]))
                                if m["value"] in ATTENDANCE and mk not in st["marks"]:
                                    seen.setdefault(mk, (m["value"], iso(k), it["name"], int(it["num"]), step["name"][:2],
                                                         r["request"]))
    for (sid, l_id, nm), (v, date, subj, num, step, req) in sorted(seen.items()):
        now = [a for a in st["answers"] if a["request"] == req][0]
        add("attendance", "attendance", student={"student": sid}, date=date, subject=subj, number=num,
            meaning="present",
            why=f"step {step} `{req}` gave {v!r} at lesson_id {l_id}; the later answer to the same request "
                f"({cite(now)}) and every later answer lack it: the absence was withdrawn, the pupil was present "
                f"(A.3 Absent; rule 2 of derive_facts.py).")
        add("no_mark", "no-mark", student={"student": sid}, date=date, subject=subj, value=v,
            why=f"withdrawn absence {v!r} (step {step}); never a mark, and no longer an absence (A.3 Absent, A.6).")
    # values replaced by a later answer
    replaced = []
    for a in st["answers"]:
        if a["method"] not in ("getdiary", "getmarks"):
            continue
        for s in students_of(a["result"]):
            sid = str(s["name"])
            if a["method"] == "getdiary":
                ms = [(m, iso(k), it["name"]) for k, d in s["days"].items() for it in as_list(d.get("items"))
                      for m in it.get("assessments") or []]
            else:
                ms = [(m, m["date"], subj["name"]) for subj in s["lessons"] for m in subj["marks"]]
            for m, date, subj in ms:
                cur = st["marks"][(sid, str(m["lesson_id"]), str(m["nm"]))]
                if cur[0]["value"] != m["value"] and (sid, date, subj, m["value"]) not in [r[:4] for r in replaced]:
                    replaced.append((sid, date, subj, m["value"], cur[0]["value"], a, cur[3]))
    for sid, date, subj, old, new, a_old, a_new in replaced:
        add("no_mark", "no-mark", student={"student": sid}, date=date, subject=subj, value=old,
            why=f"{cite(a_old)} still holds {old!r} at this lesson_id/nm, but the newer {cite(a_new)} says {new!r}: "
                f"one mark (pupil, lesson_id, nm), the newest answer wins (A.3 Assessment, SubjectMarks; records in "
                f"pull order).")

    # homework
    for (sid, hid), (text, date, subj, names, a, ind) in sorted(st["homework"].items(), key=lambda x: (x[1][1], x[0])):
        f = {"student": {"student": sid}, "subject": subj, "text": text, "date": date}
        if names:
            f["attachments"] = names
        add("homework", "homework", **f,
            why=f"{cite(a)}: homework id {hid} under day {date.replace('-', '')} (A.3 homework{{id,value,individual}}"
                f"{', individual' if ind else ''}; files bound by toid); date = the day it is listed under.")
    # tasks some answer gave that a pupil must not see (any more): another subgroup's or pupil's, withdrawn, or an
    # earlier wording of a re-worded task
    pupils = sorted({k[0] for k in st["homework"]})
    shown = {sid: {" ".join(v[0].split()) for k, v in st["homework"].items() if k[0] == sid} for sid in pupils}
    ever = {}
    for step in st["journey"]["steps"]:
        for batch in step["batches"]:
            for r in batch:
                resp = r["body"]["response"]
                if resp["state"] != 200 or parse(r["request"])[0] not in ("getdiary", "gethomework"):
                    continue
                res = resp["result"]
                if "days" in res:
                    holders = [(None, res["days"])]
                else:
                    holders = [(str(s["name"]), s["days"]) for s in students_of(res)]
                for sid, days in holders:
                    for d in days.values():
                        for it in as_list(d.get("items")):
                            for h in as_list(it.get("homework")):
                                e = ever.setdefault((str(h["id"]), h["value"]), {"subj": it["name"], "holders": set(),
                                                                               "first": (step["name"][:2], r["request"]),
                                                                               "ind": h.get("individual")})
                                e["holders"].add(sid)
    for (hid, text), e in sorted(ever.items()):
        for sid in pupils:
            if " ".join(text.split()) in shown[sid]:
                continue
            cur = st["homework"].get((sid, hid))
            if cur:
                reason = (f"the newer {cite(cur[4])} re-words the same task id {hid}: the task shows only its latest "
                          f"text (A.3 homework keyed by id)")
            elif sid in e["holders"]:
                reason = (f"task {hid} was held by this pupil's answers, and the latest answer of every request that "
                          f"held it lacks it: withdrawn (deletion by omission, rule 2)")
            elif e["ind"]:
                reason = f"task {hid} is individual to another pupil (A.3 homework individual)"
            else:
                reason = f"task {hid} is set for a subgroup this pupil is not in (A.3 grp)"
            add("no_homework", "no-homework", student={"student": sid}, subject=e["subj"], text=text,
                why=f"step {e['first'][0]} `{e['first'][1]}` first gave this text; {reason}.")

    for (sid, subj, period), (value, a) in sorted(st["finals"].items()):
        add("final_mark", "final-mark", student={"student": sid}, subject=subj, period=period, value=value,
            why=f"{cite(a)}: items[].assessments[] period {period!r} = the getperiods name of trimester I (A.3 Final "
                f"assessment, A.5 E4)." + (" The earlier answer (step 04) said \"2\": the latest answer replaces it."
                                           if (sid, subj) == ("57002", "Химия") else "") +
                (" The later answer for this pupil (step 09) failed (state 400) and changes nothing (A.1)."
                 if sid == "57001" else ""))
    for (sid, subj, period), (value, a) in sorted(st["averages"].items(), key=lambda x: (x[0][0], x[0][1],
                                                                                          x[0][2] or "")):
        f = {"student": {"student": sid}, "subject": subj, "value": value}
        if period:
            f["period"] = period
        add("vendor_average", "vendor-average", **f,
            why=f"{cite(a)}: lessons[].average as sent; days {a['params']['days']} = trimester {period!r} of "
                f"getperiods (A.3 SubjectMarks, Period).")

    out = {"facts": facts}
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    for i in st["ignored"]:
        print("ignored:", i)


if __name__ == "__main__":
    main()
