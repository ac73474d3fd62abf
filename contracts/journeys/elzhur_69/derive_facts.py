"""Derive facts.json of elzhur_69 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A (section named in each fact's `why`):
* every answer is the journal as of its ``pulled_at`` (stamped with the school's offset, +05:00), so answers are
  replayed in the order of their instants; a getdiary over ``days=A-B`` is whole for every day of its range (A.3
  Day: a day's ``items`` are its lessons; a day of the range it does not list has none: a weekend, or a Saturday of
  a five-day class), so the latest pull covering a day decides what that day holds;
* a lesson is its ``lesson_id`` (A.3 Lesson item); times are ``starttime``/``endtime`` (with ``rings``);
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment), shown with its ``weight_float``/``weight``,
  ``control_type`` and ``count``; ``н``/``оп`` are attendance pseudo-marks, not marks (A.3 Absence pseudo-mark,
  A.6); a 1st grader's answers carry no mark at all, so the parent sees none;
* a task is its id on the lesson that lists it (A.3 Lesson item ``homework``; ``files`` by ``toid``);
* getperiods gives each pupil's periods (A.3 Period), getfinalassessments the period marks by the period's short
  ``name`` (A.3 Final assessment), getmarks a subject's ``average`` (A.3 SubjectMarks; over ``days`` equal to a
  period's ``start``-``end`` it is that period's: A.3 Period, "meant to be joined into days=start-end");
* getrules ``relations.students`` (``rel: "child"``) are a parent's children and ``relations.groups`` carry the
  class teacher (``hometeacher_*``); the administrator's getrules lists classes, no child (A.3 getrules).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        if part.startswith(name + "="):
            return part.split("=", 1)[1]
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], tuple[str, dict | None]] = {}
    seen_marks: dict[tuple[str, str, str], list] = {}  # (pupil, lesson_id, nm) -> [(date, subject, num, mark)]
    seen_lessons: dict[tuple[str, str], list] = {}  # (pupil, date) -> [(num, subject, lesson_id)]
    seen_tasks: dict[tuple[str, int], list] = {}  # (pupil, hw id) -> [(date, subject, num, text)]
    seen_absences: dict[tuple[str, str], list] = {}  # (pupil, lesson_id) -> [(date, subject, num, code)]
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    finals: dict[str, tuple[str, list]] = {}
    seen_finals: dict[tuple[str, str, str], set] = {}
    marks_answers: dict[str, tuple[str, str, list]] = {}  # pupil -> (src, days, lessons) of the latest getmarks
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        if method == "getrules":
            rules[result["id"]] = dict(result, _src=src)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getfinalassessments":
            pupil = param(request, "student")
            items = result["students"][pupil]["items"]
            finals[pupil] = (src, items)
            for it in items:
                for a in it["assessments"]:
                    seen_finals.setdefault((pupil, it["name"], a["period"]), set()).add(a["value"])
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (src, day)
                for it in (day or {}).get("items", {}).values():
                    num = int(it["num"])
                    seen_lessons.setdefault((pupil, date), []).append((num, it["name"], it["lesson_id"]))
                    for hw in it["homework"].values():
                        seen_tasks.setdefault((pupil, hw["id"]), []).append((date, it["name"], num, hw["value"]))
                    for m in it["assessments"]:
                        if m["value"] in ABSENCE:
                            seen_absences.setdefault((pupil, it["lesson_id"]), []).append(
                                (date, it["name"], num, m["value"]))
                        else:
                            seen_marks.setdefault((pupil, m["lesson_id"], m["nm"]), []).append(
                                (date, it["name"], num, m))
        elif method == "getmarks":
            pupil = param(request, "student")
            marks_answers[pupil] = (src, param(request, "days"), result["students"][pupil]["lessons"])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **fields, "why": why})

    # --- getrules: children, class teachers, classes -------------------------------------------------------
    class_of, teachers = {}, {}
    for uid in sorted(rules):
        r = rules[uid]
        students = r["relations"].get("students") or {}
        kids = sorted(k for k, s in students.items() if s.get("rel") == "child")
        for k, s in students.items():
            class_of[k] = s["class"]
        add("children", f"{r['_src']}: roles {r['roles']}, relations.students with rel 'child': {kids} "
                        "(A.3 getrules; an administrator's relations name classes, no child)",
            guardian={"parent": uid}, children=[{"student": k} for k in kids])
        for cls, g in (r["relations"].get("groups") or {}).items():
            teachers[cls] = (g["hometeacher_name"], r["_src"])
    for cls in sorted(teachers, key=lambda c: (int(c[:-1]), c)):
        name, src = teachers[cls]
        add("class_teacher", f"{src}: relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=name, **{"class": {"class": cls}})
    pupils = sorted(class_of, key=lambda p: (int(class_of[p][:-1]), p))

    def grade(p: str) -> int:
        return int(class_of[p][:-1])

    # --- periods -----------------------------------------------------------------------------------------
    all_names = sorted({p["fullname"] for ps in periods.values() for p in ps if p["start"]})
    for pupil in pupils:
        own = periods[pupil]
        for p in own:
            if p["start"] and p["name"] in ("I", "II") and (p["name"] == "II" or grade(pupil) >= 10
                                                             or pupil in ("69101", "69501", "69801")):
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))
        names = {p["fullname"] for p in own}
        for other in all_names:
            if other not in names and other in ("1 четверть", "2 четверть", "I полугодие"):
                add("no_period", f"getperiods?student={pupil} lists no «{other}»: his class counts in "
                                 f"{'half-years' if grade(pupil) >= 10 else 'quarters'} (A.3 Period; A.4 periods "
                                 "vary per school: quarters for 1-9, half-years for 10-11 here)",
                    student={"student": pupil}, name=other)

    # --- lessons, marks, attendance, homework of the latest pull of each day -----------------------------
    lesson_days = {"2026-11-10", "2026-12-16", "2026-11-14", "2026-12-19", "2026-12-18"}
    for pupil in pupils:
        cls = class_of[pupil]
        picked = {"import": 0, "night": 0, "minus": 0, "absence": 0}
        tasks_on: set = set()
        for (p, date), (src, day) in sorted(day_state.items()):
            if p != pupil:
                continue
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            live = {(int(it["num"]), it["name"]) for it in items}
            for it in items:
                num = int(it["num"])
                pick = (date in lesson_days and (num == 1 or num == len(items) and date not in ("2026-11-10", "2026-12-16"))) and (
                    date not in ("2026-11-14", "2026-12-19") or cls == "8Б") and (
                    date != "2026-12-18" or cls == "11А")
                if pick or (cls == "5А" and it.get("grp") and date == "2026-12-16"):
                    add("lesson", f"{src}: day {date} item {num} «{it['name']}» lesson {it['lesson_id']}"
                                  f"{' grp ' + it['grp'] if it.get('grp') else ''}, {it['starttime']}-{it['endtime']}"
                                  " (A.3 Day, Lesson item; times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=num, topic=it["topic"],
                        teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                for hw in it["homework"].values():
                    wanted = date in ("2026-11-12", "2026-12-17") and date not in tasks_on \
                        or (it.get("grp") and date == "2026-12-16")
                    if wanted or it["files"] and date == "2026-12-17":
                        tasks_on.add(date)
                        fact = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date,
                                    number=num)
                        files = [f["filename"] for f in it["files"] if f.get("toid") == hw["id"]]
                        if files:
                            fact["attachments"] = files
                        add("homework", f"{src}: task {hw['id']} on lesson {num} «{it['name']}» of {date}"
                                        f"{' with files ' + str(files) if files else ''} (A.3 Lesson item homework, "
                                        "files by toid)", **fact)
                for m in it["assessments"]:
                    if m["value"] in ABSENCE:
                        if grade(pupil) == 1 and date == "2026-12-01" or picked["absence"] < 1 or (
                                date >= "2026-12-14" and picked["absence"] < 2):
                            picked["absence"] += 1
                            add("attendance", f"{src}: pseudo-mark '{m['value']}' (count false, convert 0) at lesson "
                                              f"{m['lesson_id']} (A.3 Absence pseudo-mark, A.6)",
                                student={"student": pupil}, date=date, subject=it["name"], number=num,
                                code=m["value"], meaning=ABSENCE[m["value"]])
                        continue
                    special = m.get("comment") and m["comment"] != "ответ у доски"
                    bucket = "night" if date >= "2026-12-14" else "import"
                    if m["value"] == "4-" and picked["minus"] < 1:
                        picked["minus"] += 1
                    elif not special and picked[bucket] >= (3 if bucket == "night" else 1):
                        continue
                    else:
                        picked[bucket] += 1
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=num,
                                value=m["value"], weight=m["weight_float"], counts=bool(m["count"]),
                                work_type=m["control_type"])
                    if m.get("comment"):
                        fact["comment"] = m["comment"]
                    add("mark", f"{src}: lesson {m['lesson_id']} nm {m['nm']} '{m['value']}' weight_float "
                                f"{m['weight_float']}, {m['control_type']}, count {m['count']} (A.3 Assessment; the "
                                "latest pull of the day wins)", **fact)
            # no marks at all for a 1st grader (безотметочное обучение: the answers carry none)
            if grade(pupil) == 1 and date in ("2026-11-10", "2026-12-17"):
                for it in items:
                    if not it["assessments"]:
                        add("no_mark", f"{src}: lesson {it['lesson_id']} of a 1st grader lists no assessment "
                                       "(A.3 Lesson item `assessments`): the parent sees no mark",
                            student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]))
            # lessons an earlier pull showed that the latest pull of the day no longer lists
            for num, subject, lid in sorted(set(seen_lessons.get((pupil, date), []))):
                if (num, subject) not in live and subject not in {s for _, s in live}:
                    add("no_lesson", f"{src}: the latest answer for {date} lists no «{subject}» (lesson {lid} was "
                                     f"item {num} in an earlier pull; A.3 Day: each listed day is whole, a lesson is "
                                     "its lesson_id)", student={"student": pupil}, date=date, subject=subject,
                        number=num)

    # marks an earlier pull showed that the latest answer of their day no longer holds (or holds changed)
    for (pupil, lid, nm), versions in sorted(seen_marks.items()):
        date, subject, num, _ = versions[-1]
        src, day = day_state[(pupil, date)]
        now = {m["value"] for it in (day or {}).get("items", {}).values() if it["lesson_id"] == lid
               for m in it["assessments"] if m["nm"] == nm}
        for value in sorted({m["value"] for *_, m in versions} - now):
            add("no_mark", f"'{value}' (lesson {lid}, nm {nm}) was shown by an earlier pull; the latest pull of "
                           f"{date} ({src}) {'gives ' + str(sorted(now)) if now else 'lists no such mark'} (A.3 "
                           "Assessment: a mark is its lesson and nm; A.3 Day: the day is whole)",
                student={"student": pupil}, date=date, subject=subject, number=num, value=value)
    for (pupil, lid), versions in sorted(seen_absences.items()):
        date, subject, num, _ = versions[-1]
        src, day = day_state[(pupil, date)]
        now = [m["value"] for it in (day or {}).get("items", {}).values() if it["lesson_id"] == lid
               for m in it["assessments"] if m["value"] in ABSENCE]
        if not now:
            add("attendance", f"'{versions[-1][3]}' at lesson {lid} was shown by an earlier pull; the latest pull "
                              f"of {date} ({src}) lists no absence there: present (A.3 Absence pseudo-mark; A.3 "
                              "Day: the day is whole)", student={"student": pupil}, date=date, subject=subject,
                number=num, meaning="present")
        elif now[0] != versions[0][3]:
            add("no_mark", f"'{versions[0][3]}' became '{now[0]}' at lesson {lid} ({src}): attendance codes are no "
                           "marks (A.3 Absence pseudo-mark)", student={"student": pupil}, date=date,
                subject=subject, number=num, value=now[0])
    # tasks an earlier pull showed that the latest pull of their day no longer holds (or holds re-texted)
    for (pupil, hw_id), versions in sorted(seen_tasks.items()):
        date, subject, num, _ = versions[-1]
        src, day = day_state[(pupil, date)]
        now = {hw["value"] for it in (day or {}).get("items", {}).values() for hw in it["homework"].values()
               if hw["id"] == hw_id}
        for text in sorted({v[3] for v in versions} - now):
            add("no_homework", f"task {hw_id} «{text}» was shown by an earlier pull; the latest pull of {date} ({src}) "
                               f"{'re-texts it' if now else 'lists it no more'} (A.3 Lesson item homework keyed by id)",
                student={"student": pupil}, subject=subject, text=text)
            for new in sorted(now):
                add("homework", f"{src}: task {hw_id} now reads «{new}» (A.3 Lesson item homework keyed by id)",
                    student={"student": pupil}, subject=subject, text=new, date=date, number=num)
    # 5А's English groups: each pupil sees only his group's tasks (A.3 Lesson item grp)
    own_tasks = {}
    for (pupil, hw_id), versions in seen_tasks.items():
        if class_of[pupil] == "5А":
            for date, subject, num, text in versions:
                if "группа" in text and date == "2026-12-16":
                    own_tasks.setdefault(pupil, set()).add((subject, text))
    for pupil in sorted(own_tasks):
        for other in sorted(own_tasks):
            if other != pupil:
                for subject, text in sorted(own_tasks[other] - own_tasks[pupil]):
                    add("no_homework", f"«{text}» is set for the other English group (grp); {pupil}'s own answers "
                                       "never list it (A.3 Lesson item grp, grp_short)",
                        student={"student": pupil}, subject=subject, text=text)

    # --- the journal's averages: the latest getmarks of each pupil ---------------------------------------
    for pupil in pupils:
        if pupil not in marks_answers:
            continue
        src, days, lessons = marks_answers[pupil]
        first, last = days.split("-")
        period = next((p["fullname"] for p in periods.get(pupil, []) if (p["start"], p["end"]) == (first, last)),
                      None)
        for subject in lessons[:2]:
            if subject["average"] == "":
                continue
            fact = dict(student={"student": pupil}, subject=subject["name"], value=subject["average"])
            if period:
                fact["period"] = period
            add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}'"
                                  f"{' over the days of «' + period + '»' if period else ' over a span that is no period'}"
                                  " (A.3 SubjectMarks; A.3 Period start-end)", **fact)

    # --- final marks ----------------------------------------------------------------------------------------
    for pupil in pupils:
        src, items = finals[pupil]
        names = {p["name"]: p["fullname"] for p in periods[pupil]}
        shown = 0
        for it in items:
            for a in it["assessments"]:
                keep = shown < 1 or it["name"] in ("Литература", "Физика")
                if keep:
                    shown += 1
                    add("final_mark", f"{src}: «{it['name']}» period '{a['period']}' value '{a['value']}' (A.3 Final "
                                      "assessment; the period by its short name, A.3 Period)",
                        student={"student": pupil}, subject=it["name"], period=names[a["period"]], value=a["value"])
            now = {a["value"] for a in it["assessments"] if a["period"] == "I"}
            for value in sorted(seen_finals.get((pupil, it["name"], "I"), set()) - now):
                add("no_final_mark", f"'{value}' for «{it['name']}» in 'I' was in an earlier getfinalassessments; the "
                                     f"latest ({src}) {'gives ' + str(sorted(now)) if now else 'lists none'} (A.3 "
                                     "Final assessment)", student={"student": pupil}, subject=it["name"],
                    period=names["I"], value=value)
            if not it["assessments"] and it["name"] in ("Русский язык", "Математика", "Алгебра"):
                add("no_final_mark", f"{src}: «{it['name']}» has no assessment for '{names['I']}' (2nd grade unmarked in "
                                     "the 1st quarter; 10-11 count in half-years, the first not closed yet) (A.3 Final "
                                     "assessment)", student={"student": pupil}, subject=it["name"], period=names["I"])
        if not items:
            for subject in ("Русский язык", "Математика"):
                add("no_final_mark", f"{src}: items [] for a 1st grader (A.3 Final assessment; no marks in the 1st "
                                     "grade)", student={"student": pupil}, subject=subject, period=names["I"])

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
