"""Derive facts.json of elzhur_64 from journey.json alone (standard library; never imports the hub).

Rules (shared/reference/elzhur_mesh.md, Part A; the envelope's ``pulled_at`` from the hub README's request envelope):

R1  Every answer is the journal as of its ``pulled_at``; a naive one is the school's local time (Europe/Moscow).
    Answers are replayed in the order of their pull instants, not of their delivery (a relay's late answer of
    20 June changes nothing that the answer of 25 June states). (A.1 envelope; README "The request envelope".)
R2  The latest getfinalassessments of a pupil is his whole list of final marks of the year: each
    ``items[].assessments[]`` is a final mark of subject ``name`` in the period its ``period`` names (a
    ``Period.name``), shown as the journal's ``value`` text whatever its scale (five-point with ``+``/``-``, ten-point,
    зач/зачёт/незач, осв, н/а, the school's own «усв», an exam score «18»); a value a later answer changes is shown
    alone, without the earlier value beside it. (A.2 getfinalassessments, A.3 Final assessment, A.6, Part D 2.)
R3  A dated period of a pupil's latest getperiods that lists it is a column of his final grades, named by its
    ``fullname`` (short ``name`` beside it), from ``start`` to ``end`` (YYYYMMDD); new dates replace old ones.
    (A.3 Period, A.4.)
R4  An ``ambigious`` period with ``start``/``end`` "" is a column without dates (exam «Экзамен», итоговая
    «Итоговая»); a ``disabled`` one is listed only when ``show_disabled`` is set, so an answer without
    ``show_disabled`` that does not list it says nothing against it: 9Б's exam column stays. The year column
    «Годовая» is only judged through its final marks (its dates are the hub's choice). (A.2 getperiods params,
    A.3 Period ``disabled``/``ambigious``, A.4.)
R5  ``weeks[]`` of a period are weeks inside it, not periods: no column is named by a week's title. (A.3 Period.)
R6  Periods vary per class (A.4): each pupil's columns are those of his own getperiods; the quarters of 9А are not
    9Б's columns and the trimesters of 9Б are not 9А's (matched by full name, and «IV» for 9Б).
R7  A getdiary over ``days`` is whole for its days: each listed lesson item is a lesson (number, subject, topic,
    teacher, room, times with ``rings``); its ``assessments`` are marks (``value``, ``weight_float``, ``count``,
    ``control_type``, ``comment``), ``н``/``оп`` are attendance (absent/late), not marks. The latest answer covering
    a day (getdiary or getmarks) says which marks it holds; getmarks names the work type by ``mtype.type``.
    (A.3 Day, Lesson item, Assessment, SubjectMarks, Absence pseudo-mark; A.6.)
R8  getmarks ``average`` is the journal's own average of the subject over the request's ``days``; when ``days`` is a
    period's ``start``-``end`` of the pupil's getperiods, it is that period's average. (A.3 SubjectMarks, A.3 Period:
    start/end are "meant to be joined into days=start-end".)
R9  getrules of a parent: ``relations.students`` are his children; ``relations.groups[c].hometeacher_name`` is the
    class teacher of c. (A.3 getrules.)
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def param(request: str, name: str) -> str | None:
    query = request.split("?", 1)[1] if "?" in request else ""
    for part in query.split("&"):
        k, _, v = part.partition("=")
        if k == name:
            return v
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
    records = [(step["name"][:3].strip(), r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules: dict[str, dict] = {}
    periods: dict[str, dict[str, tuple[dict, str]]] = {}  # pupil -> short name -> (period, source)
    weeks_seen: dict[str, set] = {}
    finals: dict[str, tuple[dict, str]] = {}
    earlier_finals: dict[tuple[str, str, str], set] = {}
    day_marks: dict[tuple[str, str], tuple[str, list]] = {}
    lessons: dict[tuple[str, str], tuple[str, list]] = {}
    averages: list[tuple[str, str, str, str, str]] = []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        method = request.split("?")[0]
        if method == "getrules":
            rules[result["id"]] = result
        elif method == "getperiods":
            shown_disabled = param(request, "show_disabled") in ("__yes", "true", "1")
            for st in result["students"]:
                mine = periods.setdefault(st["name"], {})
                listed = {p["name"] for p in st["periods"]}
                for p in st["periods"]:
                    mine[p["name"]] = (p, src)
                    for w in p.get("weeks") or []:
                        weeks_seen.setdefault(st["name"], set()).add(w["title"])
                # R4: an answer without show_disabled is silent about disabled periods; otherwise whole
                for name in list(mine):
                    if name not in listed and (shown_disabled or not mine[name][0].get("disabled")):
                        del mine[name]
        elif method == "getfinalassessments":
            for pupil, st in result["students"].items():
                if pupil in finals:
                    for item in finals[pupil][0]["items"]:
                        for a in item["assessments"]:
                            earlier_finals.setdefault((pupil, item["name"], a["period"]), set()).add(a["value"])
                finals[pupil] = (st, src)
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
                lessons[(pupil, date)] = (src, items)
                day_marks[(pupil, date)] = (src, [dict(m, subject=it["name"], work=m.get("control_type"))
                                                  for it in items for m in it["assessments"]])
        elif method == "getmarks":
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], param(request, "days"), src))
            for date, marks in by_day.items():
                day_marks[(pupil, date)] = (src, marks)

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        n = sum(f["kind"] == kind for f in facts) + 1
        facts.append({"id": f"{kind.replace('_', '-')}-{n:03d}", "kind": kind, **fields, "why": why})

    # R9
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"getrules of parent {parent}: relations.students {kids} (R9, A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {c: g["hometeacher_name"] for r in rules.values() for c, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (R9, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})

    pupils = sorted(periods)
    class_of = {k: s["class"] for r in rules.values() for k, s in r["relations"]["students"].items()}
    # R3, R4
    for pupil in pupils:
        for short, (p, src) in sorted(periods[pupil].items(), key=lambda x: (x[1][0]["start"] or "9", x[0])):
            if p["start"]:
                add("period", f"{src}: '{short}' «{p['fullname']}» {p['start']}-{p['end']}, the latest getperiods "
                              f"of {pupil} listing it (R3, A.3 Period)", student={"student": pupil},
                    name=p["fullname"], starts_on=iso(p["start"]), ends_on=iso(p["end"]))
            elif p["fullname"] != "Годовая":
                add("period", f"{src}: '{short}' «{p['fullname']}» ambigious={p['ambigious']} "
                              f"disabled={p['disabled']}, start/end \"\": a column without dates"
                              + (" (a later answer without show_disabled does not list it and says nothing against it)"
                                 if p["disabled"] else "") + " (R4, A.3 Period, A.4)",
                    student={"student": pupil}, name=p["fullname"], starts_on=None, ends_on=None)
    # R5, R6
    all_periods = {(p["fullname"], short) for mine in periods.values() for short, (p, _) in mine.items()}
    for pupil in pupils:
        own = {p["fullname"] for p, _ in periods[pupil].values()}
        own_short = set(periods[pupil])
        for fullname, short in sorted(all_periods):
            if fullname not in own:
                add("no_period", f"«{fullname}» is another class's period; {pupil} ({class_of[pupil]})'s getperiods "
                                 "never lists it (R6, A.4 periods vary per school and class)",
                    student={"student": pupil}, name=fullname)
            if short not in own_short and fullname not in own and not any(s == short for s in own_short):
                add("no_period", f"'{short}' («{fullname}») is not a short name of {pupil}'s periods (R6, A.4)",
                    student={"student": pupil}, name=short)
        for title in sorted(weeks_seen.get(pupil, ()))[-2:]:
            add("no_period", f"week '{title}' of getperiods weeks[] is a week inside a period, not a column "
                             "(R5, A.3 Period weeks)", student={"student": pupil}, name=title)
    # R2
    for pupil in sorted(finals):
        st, src = finals[pupil]
        for item in st["items"]:
            for a in item["assessments"]:
                before = sorted(earlier_finals.get((pupil, item["name"], a["period"]), set()) - {a["value"]})
                why = (f"{src}: «{item['name']}» period '{a['period']}' value '{a['value']}'"
                       + (f" comment «{a['comment']}»" if a.get("comment") else "")
                       + (f" convert {a['convert']}" if "convert" in a else "")
                       + (f"; an earlier pull had {before}, which must not show beside it" if before else "")
                       + " (R1, R2, A.3 Final assessment, A.6)")
                add("final_mark", why, student={"student": pupil}, subject=item["name"], period=a["period"],
                    value=a["value"])
    # R8
    for pupil, subject, value, days, src in averages:
        first, last = days.split("-")
        match = [short for short, (p, _) in periods.get(pupil, {}).items() if (p["start"], p["end"]) == (first, last)]
        fields = {"period": match[0]} if len(match) == 1 else {}
        add("vendor_average", f"{src}: «{subject}» average '{value}' over days={days}"
                              + (f", the start-end of period '{match[0]}'" if fields else "") + " (R8, A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=value, **fields)
    # R7
    for (pupil, date), (src, items) in sorted(lessons.items()):
        marked = {m["lesson_id"] for m in day_marks.get((pupil, date), ("", []))[1]}
        for it in items:
            if it["num"] != "1" and it["lesson_id"] not in marked:
                continue  # the first lesson of each day and every lesson that carries a mark
            add("lesson", f"{src}: day {date} item {it['num']} «{it['name']}» lesson {it['lesson_id']} "
                          f"{it['starttime']}-{it['endtime']} (R7, A.3 Day, Lesson item)",
                student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                ends_at=it["endtime"][:5])
    for (pupil, date), (src, marks) in sorted(day_marks.items()):
        for m in marks:
            if m["value"] in ABSENCE:
                add("attendance", f"{src}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R7, A.3 Absence "
                                  "pseudo-mark, A.6)", student={"student": pupil}, date=date, subject=m["subject"],
                    code=m["value"], meaning=ABSENCE[m["value"]])
                add("no_mark", f"{src}: '{m['value']}' is attendance, not a mark (R7, A.3 Absence pseudo-mark)",
                    student={"student": pupil}, date=date, subject=m["subject"], value=m["value"])
                continue
            fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                        weight=m["weight_float"], counts=bool(m["count"]))
            if m.get("work"):
                fact["work_type"] = m["work"]
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{src}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' convert {m['convert']} "
                        f"weight_float {m['weight_float']} count {m['count']} (R7, A.3 Assessment, A.6)", **fact)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    kinds: dict[str, int] = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(f"facts.json: {len(facts)} facts {kinds}")


if __name__ == "__main__":
    main()
