"""Derive facts.json of elzhur_75 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A (section names in each fact's ``why``):
* every answer is the journal as of its ``pulled_at`` (offsets +05:00, Asia/Yekaterinburg); answers are replayed in
  the order of their instants, whatever order they were delivered in (a retried pull delivered late is still the
  journal as of its pull);
* a getdiary over ``days=A-B`` is one pupil's whole days (A.2 by ``student``; A.3 Day: ``items`` are the day's
  lessons): a day it lists is that pupil's day as of the pull, a school day of the range it does not list has no
  lessons of his (as a weekend), so a pupil who left has none after his last day and a newcomer none before his first;
* a lesson of a subgroup (``grp``, A.3 Lesson item) is on the days of the pupils whose own diaries list it;
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary, or
  getmarks whose ``days`` covers the mark's own ``date``, A.2/A.3 SubjectMarks) says which marks the day holds;
  ``н``/``оп`` are attendance, not marks (A.3 Absence pseudo-mark, A.6);
* a task is its id on the lesson that lists it (A.3 ``homework``); the pupil's latest answer listing that day decides;
  a class's gethomework (A.2 ``class``, A.5 E5) lists the class's tasks of its days, each subgroup's with its ``grp``;
* a parent's getrules lists the children in ``relations.students`` (A.3 getrules); the latest pull decides. An empty
  list (``[]``, the parent whose only child left) is not read as anything: the reference never shows one (README).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
# Which facts are pinned, to keep the corpus readable: every lesson of the days around a leaving or an arrival
# (FOCUS), lesson 1 of the pupil's other days (LESSON_ONE: every day, or Mondays only) and every subgroup lesson;
# every missing lesson of the school days next to a pupil's stay (NEAR), lesson 1 and the subgroup lesson of the
# farther ones; every task of a focus day, every subgroup task and the newcomer's; vendor averages of AVERAGES.
FOCUS = {"75611": {"2026-11-18"}, "75612": {"2026-11-19", "2026-11-25"}, "75613": {"2026-11-19", "2026-11-25"},
         "75614": {"2026-11-19", "2026-11-25"}, "75615": {"2026-11-25"}, "75911": {"2026-11-24"},
         "75912": {"2026-11-24", "2026-11-25"}}
LESSON_ONE = {"75611": "all", "75615": "all", "75911": "all", "75912": "mondays"}
NEAR = {"75611": {"2026-11-19", "2026-11-20"}, "75615": {"2026-11-23", "2026-11-24"},
        "75911": {"2026-11-25", "2026-11-26", "2026-11-27"}}
TASKS_OF_FOCUS_DAYS = {"75611", "75615", "75911", "75912"}
AVERAGES = {"75613", "75615", "75911", "75912"}


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def days_of(request: str) -> list[str]:
    first, last = (dt.date.fromisoformat(iso(x)) for x in param(request, "days").split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day: dict | None) -> list[dict]:
    if not day:
        return []
    items = day.get("items") or {}
    return list(items.values()) if isinstance(items, dict) else list(items)


def students_of(relations: dict) -> dict:
    students = relations.get("students") or {}
    return students if isinstance(students, dict) else {}


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    day_state: dict[tuple[str, str], tuple[dict | None, str]] = {}  # (pupil, date) -> (latest day, source)
    seen_subjects: dict[tuple[str, str], set] = {}  # (pupil, date) -> subjects any own pull listed that day
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}  # (pupil, date) -> (source, marks)
    seen_marks: dict[tuple[str, str], list] = {}  # (pupil, date) -> every mark or absence any pull showed
    own_tasks: dict[str, dict] = {}  # pupil -> {(subject, text): (date, source)} every task his pulls showed
    class_tasks: dict[str, list] = {}  # class -> [(date, subject, grp, text, source)]
    rules: dict[str, tuple[dict, str]] = {}  # parent -> (latest getrules result, source)
    periods: dict[str, list] = {}
    finals: dict[str, tuple[list, str]] = {}
    averages: dict[str, tuple[list, str]] = {}
    grp_of: dict[str, str] = {}  # pupil -> the English subgroup his own diaries show
    task_texts: dict[int, set] = {}  # task id -> every text a pull gave it

    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        method = request.split("?")[0]
        src = f"step {step} `{request}` (pulled {rec['pulled_at']})"
        if method == "getrules":
            rules[result["name"]] = (result, src)
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getfinalassessments":
            pupil = param(request, "student")
            finals[pupil] = (result["students"][pupil]["items"], src)
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"] or {}
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (day, src)
                marks = []
                for it in items_of(day):
                    seen_subjects.setdefault((pupil, date), set()).add(it["name"])
                    if it.get("grp"):
                        grp_of[pupil] = it["grp"]
                    for hw in (it.get("homework") or {}).values():
                        own_tasks.setdefault(pupil, {})[(it["name"], hw["value"])] = (date, src)
                        task_texts.setdefault(hw["id"], set()).add(hw["value"])
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type") or None))
                mark_state[(pupil, date)] = (src, marks)
                seen_marks.setdefault((pupil, date), []).extend(marks)
        elif method == "getmarks":
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
                seen_marks.setdefault((pupil, date), []).extend(marks)
            averages[pupil] = ([(s["name"], s["average"]) for s in result["students"][pupil]["lessons"]], src)
        elif method == "gethomework" and param(request, "class"):
            cls = param(request, "class")
            for key, day in (result["days"] or {}).items():
                for it in items_of(day):
                    for hw in (it.get("homework") or {}).values():
                        class_tasks.setdefault(cls, []).append((iso(key), it["name"], it.get("grp"), hw["value"], src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # guardians and class teachers (A.3 getrules)
    class_of: dict[str, str] = {}
    teachers: dict[str, tuple[str, str]] = {}
    for parent in sorted(rules):
        result, src = rules[parent]
        for pupil, st in students_of(result["relations"]).items():
            class_of[pupil] = st["class"]
        groups = result["relations"].get("groups") or {}
        for cls, g in (groups.items() if isinstance(groups, dict) else []):
            teachers[cls] = (g["hometeacher_name"], src)
    for _, (step, rec) in ordered:  # every pupil any getrules named keeps his class (the leavers too)
        if rec["request"] == "getrules":
            for pupil, st in students_of(rec["body"]["response"]["result"]["relations"]).items():
                class_of.setdefault(pupil, st["class"])
    for parent in sorted(rules):
        result, src = rules[parent]
        kids = sorted(students_of(result["relations"]))
        if not kids:
            continue  # an empty relations.students: the reference does not say what it means (README)
        add("children", f"{src}: relations.students {kids}, the parent's latest getrules (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    for cls in sorted(teachers):
        add("class_teacher", f"{teachers[cls][1]}: relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls][0], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "II":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))
    for pupil in sorted(finals):
        items, src = finals[pupil]
        for item in items:
            for a in item["assessments"]:
                add("final_mark", f"{src}: «{item['name']}» period '{a['period']}' value '{a['value']}' (A.3 Final "
                                  "assessment; nothing later withdraws it, a pupil's leaving included)",
                    student={"student": pupil}, subject=item["name"], period=a["period"], value=a["value"])

    pupils = sorted({p for p, _ in day_state})
    retexted = {i for i, texts in task_texts.items() if len(texts) > 1}
    for pupil in pupils:
        cls = class_of[pupil]
        mates = [q for q in pupils if q != pupil and class_of.get(q) == cls]
        current_tasks = set()
        for date in sorted(d for p, d in day_state if p == pupil):
            day, src = day_state[(pupil, date)]
            items = sorted(items_of(day), key=lambda it: int(it["num"]))
            listed = {it["name"] for it in items}
            for it in items:
                for hw in (it.get("homework") or {}).values():
                    current_tasks.add((it["name"], hw["value"]))
                one = LESSON_ONE.get(pupil) == "all" or (LESSON_ONE.get(pupil) == "mondays"
                                                          and dt.date.fromisoformat(date).weekday() == 0)
                if date in FOCUS[pupil] or (it["num"] == "1" and one) or it.get("grp"):
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}»"
                                  f"{' (grp «' + it['grp'] + '»)' if it.get('grp') else ''} lesson {it['lesson_id']}, "
                                  f"{it['starttime']}-{it['endtime']}: the pupil's latest answer for the day (A.2 "
                                  "getdiary by student; A.3 Day, Lesson item; times with rings)", **fact)
                for hw in (it.get("homework") or {}).values():
                    if (it.get("grp") or pupil == "75615" or hw["id"] in retexted
                            or (date in FOCUS[pupil] and pupil in TASKS_OF_FOCUS_DAYS)):
                        fact = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
                        names = [f["filename"] for f in it.get("files") or [] if f.get("toid") == hw["id"]]
                        if names:
                            fact["attachments"] = names
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date}"
                                        f"{' with files ' + str(names) if names else ''} (A.3 Lesson item homework, "
                                        "files[].toid)", **fact)
            # subjects the pupil's earlier pulls, or his classmates' latest days, had that day and his latest lacks
            class_day = set()
            for q in mates:
                mday, _ = day_state.get((q, date), (None, ""))
                class_day |= {it["name"] for it in items_of(mday)
                              if date in NEAR.get(pupil, ()) or it["num"] == "1" or it.get("grp")}
            for subject in sorted((seen_subjects.get((pupil, date), set()) | class_day) - listed):
                how = ("his earlier pull listed it" if subject in seen_subjects.get((pupil, date), set())
                       else "his classmates' days list it")
                add("no_lesson", f"{src}: the pupil's latest answer covering {date} lists "
                                 f"{'no day' if not day else 'the day without it'}; {how} (A.2 getdiary by student, "
                                 "A.3 Day: a pupil's answer lists his own days, whole; he "
                                 f"{'had left' if pupil in ('75611', '75911') else 'had not joined yet'})",
                    student={"student": pupil}, date=date, subject=subject)
            # marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            for m in marks:
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} nm {m['nm']} "
                                      "(A.3 Absence pseudo-mark, A.6)", student={"student": pupil}, date=date,
                        subject=m["subject"], code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=m["weight_float"], counts=bool(m["count"]))
                if m.get("work"):
                    fact["work_type"] = m["work"]
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight "
                            f"{m['weight_float']} (A.3 Assessment; the latest pull covering the day wins)", **fact)
            shown = {(m["subject"], m["lesson_id"], m["nm"]) for m in marks}
            shown_values = {(m["subject"], m["value"]) for m in marks}
            gone = {}
            for m in seen_marks.get((pupil, date), []):
                if (m["subject"], m["lesson_id"], m["nm"]) not in shown:
                    gone[(m["subject"], m["value"])] = m
                elif (m["subject"], m["value"]) not in shown_values and m["value"] not in ABSENCE:
                    gone[(m["subject"], m["value"])] = m  # the same place now holds another value
            for (subject, value), m in sorted(gone.items()):
                if value in ABSENCE:
                    add("attendance", f"'{value}' at lesson {m['lesson_id']} nm {m['nm']} was shown by an earlier "
                                      f"pull; the latest ({msrc}) lists no absence there: withdrawn, the pupil was "
                                      "present (A.3 Absence pseudo-mark; the latest pull covering the day wins)",
                        student={"student": pupil}, date=date, subject=subject, meaning="present")
                else:
                    add("no_mark", f"'{value}' at lesson {m['lesson_id']} nm {m['nm']} was shown by an earlier pull; "
                                   f"the latest ({msrc}) {'gives that place another value' if (subject, m['lesson_id'], m['nm']) in shown else 'lacks it'}"
                                   " (A.3 Assessment: a mark is its lesson and nm)",
                        student={"student": pupil}, date=date, subject=subject, value=value)
        # tasks his own pulls or his class's gethomework showed that none of his latest days holds
        candidates = {}
        for (subject, text), (date, src) in own_tasks.get(pupil, {}).items():
            candidates[(subject, text)] = f"his own pull ({src}) showed it on {date}"
        covered = {d for p, d in day_state if p == pupil}
        for date, subject, grp, text, src in class_tasks.get(cls, []):
            if date in covered:
                candidates.setdefault((subject, text), f"{cls}'s gethomework ({src}) lists it on {date}"
                                                       f"{' for «' + grp + '»' if grp else ''}")
        for (subject, text), how in sorted(candidates.items()):
            if (subject, text) not in current_tasks:
                add("no_homework", f"{how}; the pupil's latest answers for those days list no such task (his day "
                                   "is not listed, his lesson has another group, or the lesson's homework lacks it: "
                                   "A.3 Lesson item homework, grp; A.2 getdiary by student)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil in sorted(set(averages) & AVERAGES):
        rows, src = averages[pupil]
        for subject, average in rows:
            if average != "":
                add("vendor_average", f"{src}: «{subject}» average '{average}' (A.3 SubjectMarks average)",
                    student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
