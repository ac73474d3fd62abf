"""Derives facts.json from journey.json (standard library only, deterministic; never imports the hub).

Every answer is read in pull order (`pulled_at`, arrival order breaking ties): an answer is the journal's state when
it was pulled, so for each thing the latest pull that speaks of it is what the journal shows now, whatever order the
answers arrived in (the corpus's last step delivers older pulls late). Rules, from shared/reference/elzhur_mesh.md
Part A:

* R1 children: a parent's latest getrules lists exactly their children (`relations.students`, A.3 getrules).
* R2 class teacher: the latest getrules naming the class gives its teacher (`relations.groups[<class>]`
  `hometeacher_name`, A.3 getrules). One class teacher at a time; the one the journal names now.
* R3 periods: a pupil's latest getperiods (A.2, asked per `student`) gives his columns: each dated period named by its
  `fullname`, from `start` to `end` (A.3 Period, A.5 E1). Later dates replace earlier ones: a re-dated quarter is
  the same period (its short `name`, which getfinalassessments refers to, is unchanged).
* R4 a renamed period: a `fullname` an earlier getperiods gave to a short name to which the pupil's latest getperiods
  gives another `fullname` (and which it lists nowhere) is no column of his any more (A.3 Period: `name` is the id,
  `fullname` its label).
* R5 lessons: a lesson is its `lesson_id` (A.3 Lesson item, A.4 ids). A day of a class is held whole by every answer
  covering it (getschedule by class, every pupil's getdiary: A.3 Day `items`; a day is a vacation day or a school day,
  `alert: "vacation"`); the latest pull covering the day says which lessons it holds. A lesson shows the subject
  (`name`), number, teacher, room and topic of the latest pull that lists it, and the `starttime`/`endtime` of the
  latest pull that states them (A.3: only with `rings`; an answer without them says nothing of the times). Facts are
  written for the days in LESSON_DAYS (the days around each change), for every pupil of the class when an older pull
  said something else about the lesson (teacher, subject name, times), else for one pupil in turn.
* R6 a renamed subject: Eljur names subjects by text only (A.3 Lesson item `name`, no subject id); a lesson whose
  latest pull names its subject anew shows no lesson of the old name at that number that day.
* R7 holidays: a class's day is a holiday named `holiday_name` when the latest pull covering it marks it
  `alert: "vacation"` (A.3 Day, A.5 E2), and no holiday of any name an older pull gave it when the latest lists
  lessons (27-31.10, school days once the quarter was re-dated). For the class (its schedule) and every pupil.
* R8 marks: a mark is (pupil, lesson_id, nm) (A.3 Assessment `nm`, A.4); the latest pull of that place (getdiary or
  getmarks) is its state: value as sent, weight `weight_float` else `weight`, `count`, work type (`control_type` /
  `mtype.type`), comment (A.3 Assessment, SubjectMarks; A.6). It shows under its lesson (subject: R5) or, when no
  answer listed the lesson, on its own `date` under the subject getmarks names. Facts: every mark dated on a
  MARK_DAYS day, every mark with a comment, and every 25th other mark.
* R9 absences: `н`/`Н` (absent) and `оп`/`ОП` (late) are attendance, never marks (A.3 Absence pseudo-mark, A.6):
  an attendance fact at their lesson when an answer listed it, and a no_mark fact.
* R10 homework: a task is its id (A.3 Lesson item `homework`); it shows at the lesson it is listed under, with the
  latest text, under the lesson's subject (R5). Facts: HOMEWORK_DAYS tasks, for one pupil in turn.
* R11 journal averages: a getmarks `average` is the journal's average over its `days` (A.3 SubjectMarks); shown as
  sent, in the pupil's period whose dates (R3, latest) equal `days`; an average over a span that is no period now
  (the quarter as dated before it was re-dated) gets no fact. Facts for AVERAGE_SUBJECTS.
* R12 finals: a pupil's latest getfinalassessments is his whole list of period marks (A.3 Final assessment, A.5
  E4): each cell in the column its `period` names (Period.name), that column named by the pupil's latest
  `fullname` (R3: «2 четверть», not the typo of December), under the subject as the latest answer names it (the
  renamed «Труд (технология)» holds its quarter I and II marks too). Facts for FINAL_SUBJECTS.
"""
import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve().parent
CLASS = "7В"
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
LESSON_DAYS = ["20251027", "20251112", "20251117", "20251126", "20251222", "20251226", "20260112", "20260113"]
MARK_DAYS = ["20251021", "20251027", "20251030", "20251117", "20251126", "20251223", "20251226", "20260113"]
HOMEWORK_DAYS = ["20251027", "20251117", "20260113"]
AVERAGE_SUBJECTS = {"Алгебра", "Технология", "Труд (технология)"}
FINAL_SUBJECTS = {"Алгебра", "Русский язык", "Труд (технология)"}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def num(x):
    f = float(x)
    return int(f) if f == int(f) else f


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = []
    for step in journey["steps"]:
        for batch in step["batches"]:
            for rec in batch:
                records.append((dt.datetime.fromisoformat(rec["pulled_at"]), len(records), step["name"][:2], rec))
    ordered = sorted(records, key=lambda r: (r[0], r[1]))
    pupils = set()
    parents, teachers, periods, period_names = {}, {}, {}, {}
    days = {}  # day -> (kind, holiday name or lesson ids, where)
    older_holidays = {}  # day -> names any pull gave it
    lessons = {}  # lesson_id -> dict of fields and where
    times = {}  # lesson_id -> (start, end, where)
    subject_names = {}  # lesson_id -> names in pull order
    staff = {}  # lesson_id -> teachers in pull order
    rung = {}  # lesson_id -> times in pull order
    marks, homework, averages, finals = {}, {}, {}, {}
    for pulled, _, step, rec in ordered:
        method, _, query = rec["request"].partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = rec["body"]["response"]["result"]
        who = f"student={params['student']}" if "student" in params else f"class={params.get('class', '')}"
        where = (f"step {step} `{method}?{who}" + (f"&days={params['days']}" if "days" in params else "")
                 + ("&rings=__yes" if "rings" in params else "") + f"` (pulled {rec['pulled_at']})")
        if method == "getrules":
            parents[result["name"]] = (sorted(result["relations"]["students"]), where)
            pupils.update(result["relations"]["students"])
            for cls, g in result["relations"]["groups"].items():
                teachers[cls] = (g["hometeacher_name"], where)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = (st["periods"], where)
                for p in st["periods"]:
                    period_names.setdefault(p["name"], [])
                    if p["fullname"] not in period_names[p["name"]]:
                        period_names[p["name"]].append(p["fullname"])
        elif method in ("getdiary", "getschedule"):
            if "class" in params:
                answers = [(None, result["days"])]
            else:
                answers = [(sid, st["days"]) for sid, st in result["students"].items()]
            for sid, ds in answers:
                for key, day in ds.items():
                    if day.get("alert") == "vacation":
                        days[key] = ("vacation", day["holiday_name"], where)
                        older_holidays.setdefault(key, set()).add(day["holiday_name"])
                        continue
                    items = day["items"].values() if isinstance(day["items"], dict) else day["items"]
                    days[key] = ("school", {it["lesson_id"] for it in items}, where)
                    for it in items:
                        lid = it["lesson_id"]
                        lessons[lid] = {"date": key, "num": int(it["num"]), "subject": it["name"],
                                        "teacher": it["teacher"], "room": it["room"], "topic": it["topic"],
                                        "where": where}
                        for seen, value in ((subject_names, it["name"]), (staff, it["teacher"])):
                            if value not in seen.setdefault(lid, []):
                                seen[lid].append(value)
                        if it.get("starttime") and it.get("endtime"):
                            times[lid] = (it["starttime"][:5], it["endtime"][:5], where)
                            if (it["starttime"][:5], it["endtime"][:5]) not in rung.setdefault(lid, []):
                                rung[lid].append((it["starttime"][:5], it["endtime"][:5]))
                        if sid is not None:
                            for a in it.get("assessments", []):
                                marks[(sid, a["lesson_id"], a["nm"])] = (
                                    it["name"], dict(a, work=a.get("control_type") or ""), where)
                            for hw in (it.get("homework") or {}).values():
                                homework[hw["id"]] = (sid, lid, hw["value"], where)
        elif method == "getmarks":
            start, end = params["days"].split("-")
            for sid, st in result["students"].items():
                for subj in st["lessons"]:
                    for a in subj["marks"]:
                        marks[(sid, a["lesson_id"], a["nm"])] = (
                            subj["name"], dict(a, work=(a.get("mtype") or {}).get("type") or ""), where)
                    averages[(sid, start, end, subj["name"])] = (subj["average"], where)
        elif method == "getfinalassessments":
            for sid, st in result["students"].items():
                finals[sid] = (st["items"], where)

    pupils = sorted(pupils)
    facts = []

    def add(kind, why, **fields):
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R1, R2
    for parent, (kids, where) in sorted(parents.items()):
        add("children", f"R1: {where}, the parent's latest getrules: relations.students lists exactly these "
                        f"(A.3 getrules)", guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, (teacher, where) in sorted(teachers.items()):
        add("class_teacher", f"R2: {where} is the latest getrules: relations.groups[{cls!r}].hometeacher_name; older "
                             f"pulls (one delivered late) named another (A.3 getrules)",
            **{"class": {"class": cls}}, teacher=teacher)

    # R3, R4
    for sid, (ps, where) in sorted(periods.items()):
        for p in ps:
            if not p["start"]:
                continue
            add("period", f"R3: {where} is the pupil's latest getperiods: period {p['name']!r} {p['fullname']!r} "
                          f"{p['start']}-{p['end']} (A.3 Period, A.5 E1)",
                student={"student": sid}, name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
        latest = {p["name"]: p["fullname"] for p in ps}
        for short, names in sorted(period_names.items()):
            for old in names:
                if old != latest.get(short) and old not in latest.values():
                    add("no_period", f"R4: an earlier getperiods named period {short!r} {old!r}; {where} (the "
                                     f"latest) names it {latest.get(short)!r} (A.3 Period: name is the id)",
                        student={"student": sid}, name=old)

    # R5, R6
    shown = {lid for kind, held, _ in days.values() if kind == "school" for lid in held}
    turn = 0
    for day in LESSON_DAYS:
        kind, held, dwhere = days[day]
        for lid in sorted(held, key=lambda x: lessons[x]["num"]):
            le = lessons[lid]
            changed = len(subject_names[lid]) > 1 or len(staff[lid]) > 1 or len(rung.get(lid, [])) > 1
            who = pupils if changed else [pupils[turn % len(pupils)]]
            turn += 1
            for sid in who:
                fact = dict(student={"student": sid}, date=iso(day), subject=le["subject"], number=le["num"],
                            teacher=le["teacher"], room=le["room"], topic=le["topic"], cancelled=False)
                why = (f"R5: lesson_id {lid}: {le['where']} is the latest pull listing it; the day's latest pull is "
                       f"{dwhere}")
                if lid in times:
                    fact["starts_at"], fact["ends_at"] = times[lid][:2]
                    why += f"; times from {times[lid][2]}"
                if changed:
                    why += (f"; older pulls said otherwise (subject {subject_names[lid]}, teacher {staff[lid]}, "
                            f"times {rung.get(lid)}): the latest pull wins")
                add("lesson", why + " (A.3 Lesson item, A.4)", **fact)
            for old in subject_names[lid][:-1]:
                for sid in pupils:
                    add("no_lesson", f"R6: lesson_id {lid} was {old!r} in an older pull; {le['where']} names it "
                                     f"{le['subject']!r} (A.3 Lesson item name: subjects have no id)",
                        student={"student": sid}, date=iso(day), subject=old, number=le["num"])

    # R7
    for day, (kind, what, where) in sorted(days.items()):
        if kind == "vacation":
            run = sorted(d for d, v in days.items() if v[0] == "vacation" and v[1] == what)
            if day not in (run[0], run[-1], "20251105"):
                continue
            why = (f"R7: {where} is the latest pull of day {day}: alert \"vacation\", holiday_name {what!r} "
                   f"(A.3 Day, A.5 E2)")
            add("holiday", why, group={"class": CLASS}, date=iso(day), name=what, once=True)
            for sid in pupils if day == "20251105" else []:
                add("holiday", why, student={"student": sid}, date=iso(day), name=what)
        else:
            for name in sorted(older_holidays.get(day, ())):
                why = (f"R7: an older pull marked day {day} {name!r}; {where} is its latest pull and lists lessons: "
                       f"a school day since the quarter was re-dated (A.3 Day, Period)")
                add("no_holiday", why, group={"class": CLASS}, date=iso(day), name=name)
                if day == "20251027":
                    for sid in pupils:
                        add("no_holiday", why, student={"student": sid}, date=iso(day), name=name)

    # R8, R9
    other = 0
    for key, (subject, a, where) in sorted(marks.items(), key=lambda kv: (kv[1][1]["date"], kv[0])):
        sid, lid, nm = key
        subject = lessons[lid]["subject"] if lid in shown else subject
        on_day = a["date"].replace("-", "") in MARK_DAYS
        if a["value"] in ABSENCE:
            if lid in shown:
                add("attendance", f"R9: {where}, lesson {lid} nm {nm}: {a['value']!r}, count false, convert 0: an "
                                  f"absence (A.3 Absence pseudo-mark, A.6)",
                    student={"student": sid}, date=a["date"], subject=subject, number=lessons[lid]["num"],
                    code=a["value"], meaning=ABSENCE[a["value"]])
            if on_day:
                add("no_mark", f"R9: {where}, lesson {lid} nm {nm}: {a['value']!r} is attendance, not a mark "
                               f"(A.3 Absence pseudo-mark)",
                    student={"student": sid}, date=a["date"], subject=subject, value=a["value"])
            continue
        if not (on_day or a.get("comment")):
            other += 1
            if other % 25:
                continue
        wf = a.get("weight_float")
        fact = dict(student={"student": sid}, date=a["date"], subject=subject, value=a["value"],
                    weight=num(wf) if wf not in (None, "") else a["weight"], counts=bool(a["count"]))
        if a["work"]:
            fact["work_type"] = a["work"]
        if a.get("comment"):
            fact["comment"] = a["comment"]
        add("mark", f"R8: {where} is the latest pull of mark {sid}.{lid}.{nm}: {a['value']!r} dated {a['date']}, "
                    f"weight_float {wf!r}, count {a['count']} (A.3 Assessment, SubjectMarks)", **fact)

    # R10
    turn = 0
    for hw_id, (sid, lid, text, where) in sorted(homework.items()):
        if lessons[lid]["date"] not in HOMEWORK_DAYS:
            continue
        reader = pupils[turn % len(pupils)]
        turn += 1
        add("homework", f"R10: {where} lists task {hw_id} at lesson {lid} ({lessons[lid]['subject']!r}); class task "
                        f"(individual false) (A.3 Lesson item homework)",
            student={"student": reader}, subject=lessons[lid]["subject"], text=text, date=iso(lessons[lid]["date"]))

    # R11
    for (sid, start, end, subject), (value, where) in sorted(averages.items()):
        if subject not in AVERAGE_SUBJECTS or value == "":
            continue
        ps, _ = periods[sid]
        match = [p for p in ps if (p["start"], p["end"]) == (start, end)]
        if match:
            add("vendor_average", f"R11: {where}: {subject!r} average {value!r} as sent; days {start}-{end} are the "
                                  f"pupil's period {match[0]['name']!r} {match[0]['fullname']!r} (latest getperiods) "
                                  f"(A.3 SubjectMarks, Period)",
                student={"student": sid}, subject=subject, value=value, period=match[0]["fullname"])

    # R12
    for sid, (items, where) in sorted(finals.items()):
        names = {p["name"]: p["fullname"] for p in periods[sid][0]}
        for it in items:
            if it["name"] not in FINAL_SUBJECTS:
                continue
            for cell in it["assessments"]:
                add("final_mark", f"R12: {where} is the pupil's latest getfinalassessments: {it['name']!r} period "
                                  f"{cell['period']!r} value {cell['value']!r}; the column's latest fullname is "
                                  f"{names[cell['period']]!r} (A.3 Final assessment, Period, A.5 E4)",
                    student={"student": sid}, subject=it["name"], period=names[cell["period"]], value=cell["value"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
