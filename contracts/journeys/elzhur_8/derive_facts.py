#!/usr/bin/env python3
"""Derive facts.json from journey.json for the eighth Eljur corpus (class 8В through the school's account), by the
rules of the reference (/work/shared/reference/elzhur_mesh.md, Part A). Standard library only; never imports the
hub; deterministic.

Rules:
1. A request is its method and its query without the transport parameters (devkey, vendor, auth_token,
   out_format; A.1). Answers whose state is not 200 or whose error is set say nothing (A.1 failure case). Answers
   are taken in the order they were pulled (`pulled_at`).
2. A day-scoped answer (getdiary, getschedule, gethomework, getmarks) states the journal's whole state of every day
   of its `days` range (A.1 `days=YYYYMMDD-YYYYMMDD`): for a pupil (or the class) and a day, the latest pulled
   answer covering that day decides what the day holds, whatever range it was asked with. So a one-day re-pull
   (`days=20260218-20260218`) replaces that day of the fortnight's answer.
3. A pupil's lessons are those of their own getdiary (A.2: `student=`); the class schedule (A.2: `class=`) holds both
   halves of a subgroup split (A.3 `grp`). A pupil's subgroup in a subject is the `grp` their own diary shows for it.
   Extra-curricular items (A.3 `items_extday`) are lessons without a number of the pupils whose diary holds them.
4. Homework of a pupil on a day: the tasks of their own getdiary day (common, subgroup, individual, extday) and the
   tasks of the class's gethomework day whose `grp` is empty or the pupil's subgroup in that subject. An
   `individual: true` task reaches only the pupil whose answer holds it (A.3 homework `individual`). `date` = the
   day the task is listed under.
5. Marks: (pupil, lesson_id, nm) in getdiary and getmarks alike (A.3, E2/E3); for a mark of day D, the later of the
   pupil's latest getdiary covering D and latest getmarks covering D decides it. "" is no mark (A.3, A.6). н/Н
   absent, оп/ОП late, б ill, у/уп excused are attendance with their code (A.3 Absence pseudo-mark, A.6), never
   marks. weight = weight_float else weight (numeric strings read as numbers); counts = count; work type =
   control_type or mtype.type; comment when not empty.
6. Holidays: a day with alert "vacation" (A.3 Day), named by holiday_name, for the class (getschedule by class) and
   for each pupil (their getdiary).
7. vendor_average: the latest getmarks per pupil and `days`; its period is the getperiods period whose start-end
   equals `days`; "" gives none. Final marks: the latest getfinalassessments per pupil, period = the period's name.
8. children: the latest getrules of each parent (relations.students). class_teacher: relations.groups hometeacher_name.
"""
import datetime as dt
import json
import os
from urllib.parse import parse_qsl, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSPORT = {"devkey", "auth_token", "vendor", "out_format"}
ATTENDANCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "у": "excused",
              "уп": "excused"}
FOCUS = ["88001", "88007", "88008", "88014", "88021"]  # the pupils facts are stated about
LESSON_DAYS = {"20260216", "20260218"}
HOMEWORK_DAYS = {"20260216", "20260217", "20260218"}


def iso(ymd):
    return f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"


def days_of(rng):
    a, b = rng.split("-")
    d, e = dt.date.fromisoformat(iso(a)), dt.date.fromisoformat(iso(b))
    out = []
    while d <= e:
        out.append(d.strftime("%Y%m%d"))
        d += dt.timedelta(days=1)
    return out


def parse(request):
    parts = urlsplit(request)
    method = parts.path.rstrip("/").rsplit("/", 1)[-1]
    query = {k: v for k, v in parse_qsl(parts.query) if k not in TRANSPORT}
    return method, query


def items_of(day):
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def students_of(result):
    st = result.get("students") or {}
    return list(st.values()) if isinstance(st, dict) else list(st)


def hw_of(item):
    hw = item.get("homework") or {}
    return list(hw.values()) if isinstance(hw, dict) else list(hw)


def num(x):
    return float(x) if isinstance(x, str) else x


def weight_of(m):
    w = m.get("weight_float")
    w = m.get("weight") if w is None else w
    w = num(w)
    return int(w) if float(w).is_integer() else w


def hhmm(t):
    return t[:5] if t else None


def main():
    journey = json.load(open(os.path.join(HERE, "journey.json"), encoding="utf-8"))
    records = []
    for si, step in enumerate(journey["steps"]):
        for batch in step["batches"]:
            for r in batch:
                resp = r["body"]["response"]
                if resp.get("state") != 200 or resp.get("error"):
                    continue
                method, query = parse(r["request"])
                records.append((r["pulled_at"], len(records), step["name"][:2], r["request"], method, query,
                                resp["result"]))
    records.sort()

    diary = {}       # (pupil, day) -> (pulled, request, day dict)
    cls_sched = {}   # day -> (pulled, request, day dict)
    cls_hw = {}      # day -> (pulled, request, day dict)
    marks_ans = {}   # (pupil, day) -> (pulled, request, {key: mark})
    latest_marks = {}  # (pupil, days) -> (pulled, request, lessons)
    finals = {}      # pupil -> (pulled, request, items)
    rules = {}       # parent -> (pulled, request, result)
    periods = {}
    for pulled, _, step, request, method, q, result in records:
        src = (pulled, f"step {step} `{request}`")
        if method == "getdiary":
            for st in students_of(result):
                for key, day in (st.get("days") or {}).items():
                    diary[(str(st["name"]), key)] = (*src, day)
        elif method == "getschedule" and "class" in q:
            for key, day in result.get("days", {}).items():
                cls_sched[key] = (*src, day)
        elif method == "gethomework" and "class" in q:
            for key, day in result.get("days", {}).items():
                cls_hw[key] = (*src, day)
        elif method == "getmarks":
            for st in students_of(result):
                sid = str(st["name"])
                held = {}
                for subj in st.get("lessons", []):
                    for m in subj.get("marks", []):
                        held.setdefault(m["date"].replace("-", ""), {})[(m["lesson_id"], m["nm"])] = (subj["name"], m)
                for d in days_of(q["days"]):
                    marks_ans[(sid, d)] = (*src, held.get(d, {}))
                latest_marks[(sid, q["days"])] = (*src, st.get("lessons", []))
        elif method == "getfinalassessments":
            for st in students_of(result):
                finals[str(st["name"])] = (*src, st.get("items", []))
        elif method == "getrules":
            rules[str(result["id"])] = (*src, result)
        elif method == "getperiods":
            for st in students_of(result):
                for p in st.get("periods", []):
                    periods[p["name"]] = (*src, p)

    facts = []

    def add(kind, why, **kw):
        facts.append({"id": None, "kind": kind, **kw, "why": why})

    # --- roster -----------------------------------------------------------------------------------------------
    for uid in sorted(rules):
        pulled, where, res = rules[uid]
        kids = sorted(str(k) for k in res["relations"].get("students", {}))
        add("children", f"{where} (pulled {pulled}): relations.students of this parent's getrules (A.3 getrules); "
                        "two parents may list the same children (the twins under 99001 and 99002).",
            guardian={"parent": uid}, children=[{"student": k} for k in kids])
    teachers = {}
    for uid in sorted(rules):
        for cls, g in rules[uid][2]["relations"].get("groups", {}).items():
            teachers[cls] = (rules[uid][1], g["hometeacher_name"])
    for cls, (where, name) in sorted(teachers.items()):
        add("class_teacher", f"{where}: relations.groups['{cls}'] rel homeclass, hometeacher_name (A.3 getrules).",
            **{"class": {"class": cls}}, teacher=name)
    for name in ("II", "III"):
        pulled, where, p = periods[name]
        add("period", f"{where} (pulled {pulled}): getperiods period '{name}' ({p['fullname']}) start-end (A.3 Period).",
            name=name, starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # --- subgroups from the pupil's own diary --------------------------------------------------------------------
    group = {}
    for (sid, d), (_, _, day) in diary.items():
        for it in items_of(day):
            if it.get("grp"):
                group[(sid, it["name"])] = it["grp"]

    # --- holidays ---------------------------------------------------------------------------------------------
    for d, (pulled, where, day) in sorted(cls_sched.items()):
        if day.get("alert") == "vacation":
            add("holiday", f"{where} (pulled {pulled}): day {d} alert \"vacation\", holiday_name (A.3 Day), a "
                           "single day off inside a school week.",
                **{"class": {"class": "8В"}}, date=iso(d), name=day["holiday_name"])
    for sid in FOCUS:
        for (s, d), (pulled, where, day) in sorted(diary.items()):
            if s == sid and day.get("alert") == "vacation":
                add("holiday", f"{where} (pulled {pulled}): the pupil's own day {d} alert \"vacation\" (A.3 Day).",
                    student={"student": sid}, date=iso(d), name=day["holiday_name"])
                add("no_lesson", f"{where}: day {d} is a vacation day with no items (A.3 Day; a Monday: Алгебра #1 "
                                 "on the other Mondays).", student={"student": sid}, date=iso(d), subject="Алгебра",
                    number=1)

    # --- lessons ----------------------------------------------------------------------------------------------
    for sid in FOCUS:
        for (s, d), (pulled, where, day) in sorted(diary.items()):
            if s != sid:
                continue
            if d in LESSON_DAYS:
                for it in sorted(items_of(day), key=lambda i: int(i["num"])):
                    kw = {"student": {"student": sid}, "date": iso(d), "number": int(it["num"]),
                          "subject": it["name"], "teacher": it["teacher"], "room": it["room"], "topic": it["topic"],
                          "starts_at": hhmm(it.get("starttime")), "ends_at": hhmm(it.get("endtime"))}
                    why = f"{where} (pulled {pulled}): lesson item num {it['num']} of day {d} (A.3 Lesson item)"
                    if it.get("grp"):
                        kw["group_label"] = it["grp"]
                        why += f"; grp '{it['grp']}': the pupil's half of {it['name']} (A.3 grp/grp_short)"
                    add("lesson", why + ".", **kw)
                # the other half's lesson, which only the class schedule holds
                mine = {(i["name"], int(i["num"])) for i in items_of(day)}
                cs = cls_sched.get(d)
                for it in items_of(cs[2]) if cs else []:
                    if it.get("grp") and group.get((sid, it["name"])) != it["grp"] and \
                            not any(n == it["name"] and k == int(it["num"]) for n, k in mine):
                        add("no_lesson", f"{cs[1]}: the class schedule holds {it['name']} #{it['num']} for "
                                         f"'{it['grp']}'; the pupil's own diary ({where}) shows "
                                         f"'{group.get((sid, it['name']))}' (A.3 grp; A.2 class= vs student=).",
                            student={"student": sid}, date=iso(d), subject=it["name"], number=int(it["num"]))
            for ext in day.get("items_extday") or []:
                add("lesson", f"{where} (pulled {pulled}): items_extday of day {d} (A.3 Day items_extday; "
                              "BetterJournal LessonExtraItemRings): an extra-curricular lesson without a number.",
                    student={"student": sid}, date=iso(d), subject=ext["name"], teacher=ext["teacher"],
                    topic=ext["topic"], starts_at=hhmm(ext["starttime"]), ends_at=hhmm(ext["endtime"]))
    chess_days = sorted({d for (s, d), (_, _, day) in diary.items() if day.get("items_extday")})
    for sid in FOCUS:
        for d in chess_days:
            if not diary[(sid, d)][2].get("items_extday"):
                add("no_lesson", f"{diary[(sid, d)][1]}: the pupil's own diary of {d} has no items_extday; the "
                                 "chess club is in the diaries of other pupils only (A.3 items_extday).",
                    student={"student": sid}, date=iso(d), subject="Шахматы")

    # --- marks and attendance ---------------------------------------------------------------------------------
    for sid in FOCUS:
        keys = {}
        for (s, d), (pulled, where, day) in diary.items():
            if s == sid:
                for it in items_of(day):
                    for m in it.get("assessments") or []:
                        keys[(m["lesson_id"], m["nm"])] = d
        for (s, d), (pulled, where, held) in marks_ans.items():
            if s == sid:
                for k in held:
                    keys[k] = d
        for (lid, nm), d in sorted(keys.items(), key=lambda x: (x[1], x[0])):
            cands = []
            if (sid, d) in diary:
                pulled, where, day = diary[(sid, d)]
                found = [(it["name"], m) for it in items_of(day) for m in it.get("assessments") or []
                         if (m["lesson_id"], m["nm"]) == (lid, nm)]
                cands.append((pulled, where, found[0] if found else None))
            if (sid, d) in marks_ans:
                pulled, where, held = marks_ans[(sid, d)]
                cands.append((pulled, where, held.get((lid, nm))))
            pulled, where, got = max(cands, key=lambda c: c[0])
            if got is None or not got[1]["value"]:
                continue
            subject, m = got
            base = {"student": {"student": sid}, "date": iso(d), "subject": subject}
            why = f"{where} (pulled {pulled}): mark lesson_id {lid} nm {nm}"
            if m["value"] in ATTENDANCE:
                add("attendance", why + f", value '{m['value']}' with count false, convert 0 (A.3 Absence pseudo-"
                                        f"mark; A.6: '{m['value']}' = {ATTENDANCE[m['value']]}).",
                    **base, code=m["value"], meaning=ATTENDANCE[m["value"]])
                add("no_mark", why + f": '{m['value']}' is attendance, not a mark (A.3 Absence, A.6).", **base,
                    value=m["value"])
                continue
            kw = dict(base, value=m["value"], weight=weight_of(m), counts=bool(m["count"]))
            wt = m.get("control_type") or (m.get("mtype") or {}).get("type")
            if wt:
                kw["work_type"] = wt
            if m.get("comment"):
                kw["comment"] = m["comment"]
            add("mark", why + " (A.3 Assessment: value as displayed, weight_float else weight, count, control_type "
                              "or mtype.type; A.6).", **kw)
    # a mark changed by the one-day re-pull, and the twins' marks not crossing over
    add("no_mark", "step 06 `getdiary?student=88014&days=20260218-20260218&rings=__yes` and the later getmarks hold "
                   "'4' at the same lesson_id/nm where step 03 had '3' (A.3 Assessment lesson_id, nm).",
        student={"student": "88014"}, date="2026-02-18", subject="Алгебра", value="3")
    add("no_mark", "the '5+' in Алгебра on 2026-02-18 is in 88007's answers only; her twin 88008 has none that day.",
        student={"student": "88008"}, date="2026-02-18", subject="Алгебра", value="5+")
    add("no_mark", "the 'нз' in Информатика on 2026-02-16 is 88008's (2 группа #6); 88007 (1 группа) has 'зч'.",
        student={"student": "88007"}, date="2026-02-16", subject="Информатика", value="нз")
    add("no_mark", "88021's second Физика assessment of 2026-02-20 has value \"\": a phantom mark (A.3, A.6: skip).",
        student={"student": "88021"}, date="2026-02-20", subject="Физика", value="")

    # --- homework ---------------------------------------------------------------------------------------------
    def pupil_homework(sid, d):
        out = {}
        if (sid, d) in diary:
            pulled, where, day = diary[(sid, d)]
            for it in items_of(day) + list(day.get("items_extday") or []):
                for h in hw_of(it):
                    out[(it["name"], h["value"])] = (where, h.get("individual", False), it.get("grp"))
        if d in cls_hw:
            pulled, where, day = cls_hw[d]
            for it in items_of(day):
                if it.get("grp") and group.get((sid, it["name"])) != it["grp"]:
                    continue
                for h in hw_of(it):
                    out.setdefault((it["name"], h["value"]), (where, h.get("individual", False), it.get("grp")))
        return out

    all_days = sorted({d for (_, d) in diary})
    shown_any = {}
    for sid in FOCUS:
        for d in all_days:
            for (subject, text), (where, individual, grp) in sorted(pupil_homework(sid, d).items()):
                shown_any.setdefault((subject, text), set()).add(sid)
                if d in HOMEWORK_DAYS or individual:
                    why = f"{where}: task under day {d} (A.3 homework {{id, value, individual}})"
                    if individual:
                        why += "; individual: true, in this pupil's own getdiary only"
                    if grp:
                        why += f"; grp '{grp}', the pupil's half"
                    add("homework", why + ".", student={"student": sid}, subject=subject, text=text, date=iso(d))
    # tasks a pupil must not see: the other half's, another pupil's individual task, the removed task
    for d in sorted(HOMEWORK_DAYS):
        pulled, where, day = cls_hw[d]
        for it in items_of(day):
            for h in hw_of(it):
                for sid in FOCUS:
                    if it.get("grp") and group.get((sid, it["name"])) != it["grp"]:
                        add("no_homework", f"{where}: task of '{it['grp']}' in {it['name']}; the pupil's own diary "
                                           f"shows '{group.get((sid, it['name']))}' (A.3 grp).",
                            student={"student": sid}, subject=it["name"], text=h["value"])
    for (sid0, d, subject), _ in sorted({(s, d, it["name"]): 1 for (s, d), (_, _, day) in diary.items()
                                         for it in items_of(day) for h in hw_of(it) if h.get("individual")}.items()):
        text = [h["value"] for it in items_of(diary[(sid0, d)][2]) for h in hw_of(it) if h.get("individual")][0]
        for sid in FOCUS:
            if sid != sid0 and sid not in shown_any.get((subject, text), set()):
                add("no_homework", f"the individual task of {sid0} on {d} (individual: true, only in {sid0}'s "
                                   "getdiary; A.3 homework `individual`).",
                    student={"student": sid}, subject=subject, text=text)
    # the task removed by the one-day re-pull
    first = [r for r in records if r[4] == "gethomework" and r[5]["days"] == "20260216-20260227"][0]
    before = {(it["name"], h["value"]) for it in items_of(first[6]["days"]["20260218"]) for h in hw_of(it)}
    after = {(it["name"], h["value"]) for it in items_of(cls_hw["20260218"][2]) for h in hw_of(it)}
    for subject, text in sorted(before - after):
        for sid in FOCUS:
            if sid not in shown_any.get((subject, text), set()):
                add("no_homework", f"step 02 `{first[3]}` listed this task under 20260218; step 06 pulled that day "
                                   "again (`gethomework?class=8В&days=20260218-20260218` and every pupil's "
                                   "`getdiary?...&days=20260218-20260218`) without it: the newest answers for that "
                                   "day no longer hold it (A.1 days range; A.3 homework).",
                    student={"student": sid}, subject=subject, text=text)

    # --- averages and finals ----------------------------------------------------------------------------------
    for sid in FOCUS:
        for (s, rng), (pulled, where, lessons) in sorted(latest_marks.items()):
            if s != sid:
                continue
            period = [n for n, (_, _, p) in periods.items() if f"{p['start']}-{p['end']}" == rng]
            for subj in lessons:
                if subj["average"] != "" and subj["name"] in ("Алгебра", "Физика", "Информатика"):
                    add("vendor_average", f"{where} (pulled {pulled}): average of {subj['name']} as sent; days "
                                          f"{rng} = period {period[0]}'s start-end (A.3 SubjectMarks, Period).",
                        student={"student": sid}, subject=subj["name"], period=period[0], value=subj["average"])
        pulled, where, items = finals[sid]
        for it in items:
            for a in it["assessments"]:
                if a["value"]:
                    add("final_mark", f"{where} (pulled {pulled}): assessments[] period '{a['period']}' value as "
                                      "sent (A.3 Final assessment, A.5 E4; A.6 for non-numeric values).",
                        student={"student": sid}, subject=it["name"], period=a["period"], value=a["value"])

    counters = {}
    for f in facts:
        k = f["kind"].replace("_", "-")
        counters[k] = counters.get(k, 0) + 1
        f["id"] = f"{k}-{counters[k]:02d}"
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        fh.write('{"facts": [\n' + ",\n".join(json.dumps(x, ensure_ascii=False) for x in facts) + "\n]}\n")
    by = {}
    for f in facts:
        by[f["kind"]] = by.get(f["kind"], 0) + 1
    print(len(facts), "facts:", ", ".join(f"{k} {v}" for k, v in sorted(by.items())))


if __name__ == "__main__":
    main()
