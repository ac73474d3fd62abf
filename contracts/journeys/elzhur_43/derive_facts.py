"""Derive facts.json of elzhur_43 from journey.json, by the reference only (shared/reference/elzhur_mesh.md Part A).

Standard library only, deterministic; it does not import the hub. It replays the sync job's answers in push order
(= pull order) as a parent's diary would hold them:

* a getdiary day is whole (A.3 Day): the latest pull of a pupil's day is that day (lessons, marks, tasks);
* a getmarks over `days` lists every mark of the pupil dated in that range (A.2, A.3 SubjectMarks; a mark's
  `date`, A.4), so for those dates it is the latest word on marks and absences; a mark is the lesson and its place
  `nm` (A.3 Assessment), so the same place with another value is the same mark changed;
* `н`/`Н` absent, `оп`/`ОП` late (A.3 Absence, A.6), `б` ill, `у`/`уп` excused (A.6, [U]) are attendance, not
  marks; every other non-empty `value` is a mark shown as the journal writes it (A.3 `value`: "the mark as
  displayed"; Part D 2: open-ended text, rely on `count`/`convert`);
* periods by getperiods (A.3 Period), final marks by getfinalassessments (A.3 Final assessment), the journal's
  averages by getmarks `average` over `days` equal to a period's `start`-`end` (A.3 SubjectMarks, Period).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}
FOCUS_DATES = {"2026-03-04", "2026-03-10", "2026-03-12"}  # the trial exams and the day the ОГЭ results came
AVERAGE_SUBJECTS = {"Алгебра", "Алгебра и начала математического анализа", "Русский язык", "Физическая культура"}
FINAL_SUBJECTS = {"Алгебра", "Алгебра и начала математического анализа", "Физическая культура"}


def iso(d8: str) -> str:
    return f"{d8[:4]}-{d8[4:6]}-{d8[6:]}"


def query(request: str) -> tuple[str, dict[str, str]]:
    method, _, rest = request.partition("?")
    params = dict(p.split("=", 1) for p in rest.split("&") if "=" in p)
    return method.rsplit("/", 1)[-1], params


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def weight_of(a: dict):
    w = a.get("weight_float", a.get("weight"))
    w = float(w) if isinstance(w, str) else w
    return int(w) if float(w).is_integer() else w


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]

    children: dict[str, list[str]] = {}
    teachers: dict[str, str] = {}
    periods: dict[str, list[dict]] = {}
    days: dict[tuple[str, str], tuple[dict, str]] = {}          # (pupil, date) -> (day, source)
    marks: dict[tuple[str, str, str], dict] = {}                 # (pupil, lesson_id, nm) -> mark with subject/date
    seen_marks: dict[tuple[str, str, str], list[str]] = {}       # every value a place showed
    averages: list[tuple[str, str, str, str, str, str]] = []     # pupil, subject, value, from, to, source
    finals: dict[str, list[tuple[str, str, str, str]]] = {}       # pupil -> (subject, period, value, source)

    def put_mark(pupil: str, subject: str, a: dict, date: str, source: str) -> None:
        key = (pupil, a["lesson_id"], a["nm"])
        marks[key] = {**a, "subject": subject, "date": date, "source": source}
        seen_marks.setdefault(key, []).append(a["value"])

    for step, record in records:
        method, params = query(record["request"])
        result = record["body"]["response"]["result"]
        source = f"{step[:2]} `{record['request']}`"
        if method == "getrules":
            students = (result.get("relations") or {}).get("students")
            if "parent" in result.get("roles", []):
                children[result["id"]] = sorted(students or {})
            for name, group in ((result.get("relations") or {}).get("groups") or {}).items():
                if group.get("hometeacher_name"):
                    teachers[name] = group["hometeacher_name"]
        elif method == "getperiods":
            for student in result["students"]:
                periods[student["name"]] = student["periods"]
        elif method == "getdiary":
            for pupil, student in result["students"].items():
                for d8, day in student["days"].items():
                    date = iso(d8)
                    for key in [k for k, m in marks.items() if k[0] == pupil and m["date"] == date]:
                        del marks[key]
                    days[(pupil, date)] = (day, source)
                    for item in items_of(day):
                        for a in item.get("assessments") or []:
                            if a.get("value"):
                                put_mark(pupil, item["name"], a, a.get("date") or date, source)
        elif method == "getmarks":
            first, last = (iso(x) for x in params["days"].split("-"))
            for pupil, student in result["students"].items():
                for key in [k for k, m in marks.items() if k[0] == pupil and first <= m["date"] <= last]:
                    del marks[key]
                for row in student["lessons"]:
                    for a in row["marks"]:
                        if a.get("value"):
                            put_mark(pupil, row["name"], a, a["date"], source)
                    if row.get("average") not in (None, ""):
                        averages.append((pupil, row["name"], row["average"], first, last, source))
        elif method == "getfinalassessments":
            for pupil, student in result["students"].items():
                finals[pupil] = [(item["name"], a["period"], a["value"], source)
                                 for item in student["items"] for a in item["assessments"]]

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:02d}",
                      "kind": kind, **fields, "why": why})

    pupils = sorted(periods)
    for parent, kids in sorted(children.items()):
        add("children", f"getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls, teacher in sorted(teachers.items()):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teacher, **{"class": {"class": cls}})
    names_of = {p: {x["fullname"] for x in rows} for p, rows in periods.items()}
    for pupil in pupils:
        for p in periods[pupil]:
            if p["start"] and p["end"] and p["end"] >= "20260301":  # the periods of this spring
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']}"
                    " (A.3 Period)", student={"student": pupil}, name=p["fullname"], starts_on=iso(p["start"]),
                    ends_on=iso(p["end"]))
        others = sorted(set().union(*names_of.values()) - names_of[pupil])
        for name in [n for n in others if n in ("I полугодие", "1 четверть")]:  # same short name `I` as hers
            add("no_period", f"«{name}» is another class's period: getperiods?student={pupil} does not list it "
                "(A.3 Period: periods vary per class, A.4)", student={"student": pupil}, name=name)

    class_of: dict[str, str] = {}  # pupil -> class, from the getrules that name him (A.3 getrules)
    for step, record in records:
        result = record["body"]["response"]["result"]
        if query(record["request"])[0] != "getrules":
            continue
        for sid, s in ((result.get("relations") or {}).get("students") or {}).items():
            class_of[sid] = s["class"]
        if "student" in result.get("roles", []):
            class_of[result["id"]] = next(iter((result.get("relations") or {}).get("groups") or {}), "")

    # lessons ---------------------------------------------------------------------------------------------------
    by_pupil_date = {}
    for (pupil, date), (day, source) in sorted(days.items()):
        by_pupil_date[(pupil, date)] = (day, source)
        chosen = []
        for item in items_of(day):
            trial_day = "2026-03-04" if class_of.get(pupil, "").startswith("9") else "2026-03-12"
            special = bool(item.get("grp")) or (date == trial_day and item["num"] in ("1", "6"))
            if special:
                chosen.append(item)
        for item in chosen:
            fact = {"student": {"student": pupil}, "date": date, "number": int(item["num"]), "subject": item["name"],
                    "teacher": item["teacher"], "room": item["room"], "topic": item["topic"],
                    "starts_at": item["starttime"][:5], "ends_at": item["endtime"][:5], "cancelled": False}
            if item.get("grp"):
                fact["group_label"] = item["grp"]
            add("lesson", f"{source}: day {date} item num {item['num']} lesson_id {item['lesson_id']}"
                + (f" grp «{item['grp']}»" if item.get("grp") else "") + " (A.3 Lesson item; rings times)", **fact)
        for ext in day.get("items_extday") or []:
            if (pupil, ext["name"]) in {(f["student"]["student"], f["subject"]) for f in facts if f["kind"] == "lesson"}:
                continue
            add("lesson", f"{source}: day {date} items_extday «{ext['name']}» (A.3 Day items_extday: name, "
                "teacher, topic, times with rings)", student={"student": pupil}, date=date, subject=ext["name"],
                teacher=ext["teacher"], topic=ext["topic"], starts_at=ext["starttime"][:5],
                ends_at=ext["endtime"][:5])
    # lessons the trial exam took: the same weekday's subjects a week later, absent that day
    for (pupil, date), (day, source) in sorted(days.items()):
        if date not in {"2026-03-04", "2026-03-12"}:
            continue
        later = days.get((pupil, date[:8] + f"{int(date[8:]) + 7:02d}"))
        if not later:
            continue
        here = {i["name"] for i in items_of(day)}
        for subject in sorted({i["name"] for i in items_of(later[0])} - here)[:2]:
            add("no_lesson", f"{source}: the trial exam day {date} lists no «{subject}» (lessons 2-5 are the exam; "
                f"a week later the same weekday has it; A.3 Day is whole)", student={"student": pupil}, date=date,
                subject=subject)
    # the individual plan: what the classmate's day has and hers lacks, and the other way round
    for (pupil, date), (day, source) in sorted(days.items()):
        mates = [p for p in pupils if p != pupil and class_of.get(p) == class_of.get(pupil)]
        for mate in mates:
            other = days.get((mate, date))
            if not other or day.get("alert") or date < "2026-03-16":
                continue
            mine = {i["name"] for i in items_of(day)}
            for item in items_of(other[0]):
                if item["name"] not in mine and not item.get("grp"):
                    add("no_lesson", f"{source}: {date} lists no «{item['name']}» for {pupil} (her own diary, "
                        f"A.2 getdiary `student`), though classmate {mate} has it (lesson_id {item['lesson_id']})",
                        student={"student": pupil}, date=date, subject=item["name"])
                    add("lesson", f"{other[1]}: {mate}'s own diary lists lesson_id {item['lesson_id']} "
                        f"«{item['name']}» on {date}; a classmate's diary without it does not cancel it (A.2 "
                        "getdiary is per `student`; A.3 Day)", student={"student": mate}, date=date,
                        number=int(item["num"]), subject=item["name"], teacher=item["teacher"],
                        room=item["room"], topic=item["topic"], cancelled=False)

    # marks, attendance --------------------------------------------------------------------------------------------
    for key, m in sorted(marks.items(), key=lambda kv: (kv[0][0], kv[1]["date"], kv[0][1], kv[0][2])):
        pupil = key[0]
        if not ("2026-03-02" <= m["date"] <= "2026-03-22"):
            continue
        code = m["value"].casefold()
        if code in ATTENDANCE:
            add("attendance", f"{m['source']}: pseudo-mark '{m['value']}' at lesson {key[1]} (A.3 Absence, A.6)",
                student={"student": pupil}, date=m["date"], subject=m["subject"], code=m["value"],
                meaning=ATTENDANCE[code])
            continue
        plain = re.fullmatch(r"[1-5][+-]?", m["value"]) and m.get("comment", "") == ""
        if plain and m["value"][1:] and key[1][-1] == "1":
            plain = False  # a modified mark (A.6 `5+`, `4-`: `convert` the number) on a first lesson
        if plain and ((m.get("mtype") or {}).get("short") != "КР" or int(key[1][-1]) % 2):
            continue  # sampled: every unusual mark and some test papers
        work = m.get("control_type") or (m.get("mtype") or {}).get("type") or None
        fact = {"student": {"student": pupil}, "date": m["date"], "subject": m["subject"], "value": m["value"],
                "weight": weight_of(m), "counts": m["count"] is True}
        if work:
            fact["work_type"] = work
        if m.get("comment"):
            fact["comment"] = m["comment"]
        add("mark", f"{m['source']}: lesson {key[1]} nm {key[2]} value '{m['value']}' count {m['count']} "
            f"weight_float {m.get('weight_float')} (A.3 Assessment / SubjectMarks)", **fact)
    for key, values in sorted(seen_marks.items()):
        now = marks.get(key)
        for old in dict.fromkeys(values):
            if now is not None and now["value"] == old:
                continue
            if old.casefold() in ATTENDANCE:
                continue
            last = now or {}
            add("no_mark", f"'{old}' at lesson {key[1]} nm {key[2]} of {key[0]} was shown by an earlier answer; the "
                f"latest answer for that place says '{last.get('value')}' ({last.get('source')}; A.3: a mark is its "
                "lesson and nm)", student={"student": key[0]}, date=last.get("date"), subject=last.get("subject"),
                value=old)
    # an absence turned into another code
    for key, values in sorted(seen_marks.items()):
        now = marks.get(key)
        if now and now["value"].casefold() in ATTENDANCE and any(v != now["value"] for v in values):
            pass  # the attendance fact above states the latest code

    # homework -----------------------------------------------------------------------------------------------------
    individual: list[tuple[str, str, str, str]] = []
    for (pupil, date), (day, source) in sorted(days.items()):
        for item in items_of(day):
            hws = item.get("homework") or {}
            for hw in (hws.values() if isinstance(hws, dict) else hws):
                chosen = item.get("grp") or hw.get("individual") or (date == "2026-03-10" and item["num"] == "1")
                if not chosen:
                    continue
                if hw.get("individual"):
                    individual.append((pupil, item["name"], hw["value"], date))
                fact = {"student": {"student": pupil}, "subject": item["name"], "text": hw["value"], "date": date}
                files = [f["filename"] for f in (item.get("files") or []) if f.get("toid") == hw["id"]]
                if files:
                    fact["attachments"] = files
                add("homework", f"{source}: task {hw['id']} on the «{item['name']}» lesson of {date}"
                    + (" (individual: true)" if hw.get("individual") else "") + " (A.3 Lesson item homework, files "
                    "toid)", **fact)
    for pupil, subject, text, date in sorted(set(individual)):
        for mate in [p for p in pupils if p != pupil and class_of.get(p) == class_of.get(pupil)]:
            add("no_homework", f"task «{text}» of {date} is individual to {pupil} (A.3 homework `individual`): "
                f"classmate {mate}'s diary does not list it", student={"student": mate}, subject=subject, text=text)

    # final marks, the journal's averages ----------------------------------------------------------------------------
    for pupil, rows in sorted(finals.items()):
        for subject, period, value, source in rows:
            if subject in FINAL_SUBJECTS or not re.fullmatch(r"[1-5]", value):
                add("final_mark", f"{source}: «{subject}» period '{period}' value '{value}' (A.3 Final assessment; "
                    "A.5 E4)", student={"student": pupil}, subject=subject, period=period, value=value)
    for pupil, subject, value, first, last, source in averages:
        match = [p for p in periods.get(pupil, []) if p["start"] and iso(p["start"]) == first and iso(p["end"]) == last]
        if not match or (subject not in AVERAGE_SUBJECTS and not subject.startswith("Практикум")):
            continue
        add("vendor_average", f"{source}: «{subject}» average '{value}' over {first}..{last} = period "
            f"'{match[0]['name']}' «{match[0]['fullname']}» (A.3 SubjectMarks, Period)", student={"student": pupil},
            subject=subject, value=value, period=match[0]["fullname"])

    # holidays -----------------------------------------------------------------------------------------------------
    for (pupil, date), (day, source) in sorted(days.items()):
        if day.get("alert") == "vacation" and (date == "2026-03-09" or date in ("2026-03-23", "2026-03-27")):
            add("holiday", f"{source}: day {date} alert 'vacation', holiday_name «{day.get('holiday_name')}» "
                "(A.3 Day)", student={"student": pupil}, date=date, name=day["holiday_name"], once=True)
        if date == "2026-03-10" and not day.get("alert"):
            add("no_holiday", f"{source}: {date} is a school day (no alert; A.3 Day): the day off of 9 March "
                "is one day", student={"student": pupil}, date=date,
                name="Международный женский день (перенос выходного дня)")

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds: dict[str, int] = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
