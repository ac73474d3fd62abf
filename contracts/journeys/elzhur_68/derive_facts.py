"""Derive facts.json of elzhur_68 from journey.json alone (standard library; never imports the hub).

Rules, all from shared/reference/elzhur_mesh.md Part A:
* a call that failed (A.1: ``state`` other than 200, ``error`` set, ``result`` {}) says nothing: it is skipped;
* every other answer is the journal as of its ``pulled_at``; a naive ``pulled_at`` is the school's local time
  (journey ``school.timezone``, Europe/Samara, UTC+4 all year), so answers are replayed in the order of their
  instants, whatever order they were delivered in;
* a getdiary over ``days=A-B`` is whole for every day of the range (A.3 Day: ``items`` are the day's lessons); a
  pupil's own getdiary lists the lessons of his own groups only (A.2 ``student``, A.3 Lesson item ``grp``), while
  the class's getschedule lists every group's lessons (A.2 ``class``; ``items`` as an array, A.3 Day);
* a mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day (getdiary or
  getmarks, A.2) says which marks the day holds; ``н``/``Н``/``оп``/``ОП``/``б``/``уп`` are attendance, not marks
  (A.3 Absence pseudo-mark, A.6); ``""`` is a phantom mark and is skipped (A.3 Assessment, A.6);
* the weight is ``weight_float`` (fractional, number or numeric string), the work type ``control_type`` (A.3, A.6);
* a task is its id on the lesson that lists it (A.3 ``homework``), with the ``files`` whose ``toid`` is its id; an
  ``individual`` task is its pupil's only; the latest answer listing its day decides;
* getfinalassessments lists each subject's final marks by period short name (A.3 Final assessment); the latest
  answer of the pupil decides;
* getmarks ``average`` is the journal's own average over the request's ``days`` (A.3 SubjectMarks); ``days`` equal
  to a getperiods period's ``start``-``end`` (A.3 Period: meant to be joined into ``days=start-end``) makes it that
  period's average.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=4))  # Europe/Samara, no DST since 2011
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late", "б": "ill", "уп": "excused"}
FINAL_SUBJECTS = {"Алгебра", "Русский язык", "Английский язык", "История", "Физика", "Экономика", "Химия",
                  "Биология", "Информатика", "Геометрия", "Физическая культура"}


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


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
    items = (day or {}).get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def weight_of(m: dict):
    w = m.get("weight_float", m.get("weight"))
    w = float(w) if isinstance(w, str) else w
    return int(w) if float(w).is_integer() else w


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    rules: dict[str, dict] = {}
    periods: dict[str, list] = {}
    finals: dict[str, tuple[str, list]] = {}
    seen_finals: set[tuple] = set()
    day_state: dict[tuple[str, str], tuple[str, dict | None]] = {}  # (pupil, date) -> (src, day)
    class_seen: dict[tuple[str, str], set] = {}  # (class, date) -> subjects any answer listed that day
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_marks: dict[tuple[str, str, str], set] = {}
    seen_absent: dict[tuple[str, str, str], str] = {}
    seen_tasks: dict[str, set] = {}  # pupil -> {(subject, text)}
    class_tasks: list[tuple[str, str, str | None, str]] = []  # (class, subject, grp, text) from class answers
    individual: list[tuple[str, str, str, str]] = []  # (pupil, subject, text, date)
    averages: dict[str, tuple[str, str, list]] = {}
    skipped = []
    for _, (step, rec) in ordered:
        request, response = rec["request"], rec["body"]["response"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if response.get("state") != 200 or response.get("error"):
            skipped.append(src)
            continue
        result, method = response["result"], request.split("?")[0]
        if method == "getrules":
            rules[result["id"]] = result
        elif method == "getperiods":
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif method == "getfinalassessments":
            pupil = param(request, "student")
            items = result["students"][pupil]["items"]
            finals[pupil] = (src, items)
            for it in items:
                for a in it["assessments"]:
                    seen_finals.add((pupil, it["name"], a["period"], a["value"]))
        elif method in ("getschedule", "gethomework") and param(request, "class"):
            cls = param(request, "class")
            for key, day in result["days"].items():
                for it in items_of(day):
                    if method == "getschedule":
                        class_seen.setdefault((cls, iso(key)), set()).add((it["name"], it.get("grp")))
                    for hw in it.get("homework", {}).values():
                        if not hw.get("individual"):
                            class_tasks.append((cls, it["name"], it.get("grp"), hw["value"]))
        elif method == "getdiary":
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)] = (src, day)
                marks = []
                for it in items_of(day):
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, set()).add((it["name"], hw["value"]))
                        if hw.get("individual"):
                            individual.append((pupil, it["name"], hw["value"], date))
                    for m in it.get("assessments", []):
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        if m["value"] in ABSENCE:
                            seen_absent[(pupil, date, it["name"])] = m["value"]
                        elif m["value"] != "":
                            seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif method == "getmarks":
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(
                        dict(m, subject=subject["name"], work=(m.get("mtype") or {}).get("type")))
            for date, marks in by_day.items():
                if marks or date in {d for (p, d) in mark_state if p == pupil}:
                    mark_state[(pupil, date)] = (src, marks)
            averages[pupil] = (src, param(request, "days"), result["students"][pupil]["lessons"])

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # guardians and class teachers (A.3 getrules)
    cls_of: dict[str, str] = {}
    teachers: dict[str, str] = {}
    for parent in sorted(rules):
        r = rules[parent]
        kids = sorted(r["relations"]["students"])
        add("children", f"01 getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
        for k, st in r["relations"]["students"].items():
            cls_of[k] = st["class"]
        for cls, g in r["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'] rel homeclass, hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["start"] and p["end"]:
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period; half-years, A.4)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    # the pupil's own groups, as his own answers show them (A.3 Lesson item grp)
    own_groups: dict[str, set] = {}
    for (pupil, _), (_, day) in day_state.items():
        for it in items_of(day):
            own_groups.setdefault(pupil, set()).add((it["name"], it.get("grp")))

    first_of_week = {"2027-02-08", "2027-02-17"}
    changed = {("11А", "2027-02-12", 3), ("10А", "2027-02-18", 4)}
    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    for pupil in pupils:
        cls = cls_of[pupil]
        for date in dates:
            src, day = day_state[(pupil, date)]
            items = sorted(items_of(day), key=lambda x: int(x["num"]))
            live = {it["name"] for it in items}
            for it in items:
                num = int(it["num"])
                if it.get("grp") or (date in first_of_week and num == 1) or (cls, date, num) in changed:
                    fact = dict(student={"student": pupil}, date=date, subject=it["name"], number=num,
                                topic=it["topic"], teacher=it["teacher"], room=it["room"],
                                starts_at=it["starttime"][:5], ends_at=it["endtime"][:5])
                    why = (f"{src}: day {date} item {num} «{it['name']}» lesson {it['lesson_id']}, room {it['room']}, "
                           f"{it['starttime']}-{it['endtime']} (A.3 Day, Lesson item; times with rings)")
                    if it.get("grp"):
                        fact["group_label"] = it["grp"]
                        why += f"; grp «{it['grp']}»: his own getdiary shows him in that group (A.3 grp, A.2 student)"
                    add("lesson", why, **fact)
            # subjects the class's answers listed that day that the pupil's latest day does not list
            for subject, grp in sorted(class_seen.get((cls, date), set()), key=str):
                if subject in live:
                    continue
                if grp:
                    why = (f"02 getschedule?class={cls} lists «{subject}» for «{grp}» on {date}; {pupil}'s own "
                           f"getdiary ({src}) never shows him in it: another profile group's lesson (A.3 grp, A.2)")
                else:
                    why = (f"02 getschedule?class={cls} listed «{subject}» on {date}; the latest pull of the day, "
                           f"{src}, lists another lesson at its place (A.3 Day: each listed day is whole)")
                add("no_lesson", why, student={"student": pupil}, date=date, subject=subject)
            # marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            shown, absent_now = set(), set()
            for m in marks:
                if m["value"] == "":
                    continue
                if m["value"] in ABSENCE:
                    absent_now.add(m["subject"])
                    fact = dict(student={"student": pupil}, date=date, subject=m["subject"], code=m["value"],
                                meaning=ABSENCE[m["value"]])
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} "
                                      f"(A.3 Absence pseudo-mark; A.6: {ABSENCE[m['value']]})", **fact)
                    continue
                shown.add((m["subject"], m["value"]))
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], value=m["value"],
                            weight=weight_of(m), counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight_float "
                            f"{m.get('weight_float')!r} «{m['work']}» (A.3 Assessment/SubjectMarks, A.6; the latest "
                            "pull covering the day wins)", **fact)
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p != pupil or d != date:
                    continue
                for value in sorted(values):
                    if (subject, value) in shown:
                        continue
                    fact = dict(student={"student": pupil}, date=date, subject=subject)
                    if any(s == subject for s, _ in shown):
                        fact["value"] = value
                    add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier pull; the latest "
                                   f"({msrc}) lacks it (A.3 Assessment: a mark is its lesson_id and nm; each listed "
                                   "day is whole)", **fact)
            for it in items:
                for m in it.get("assessments", []):
                    if m["value"] == "" and not any(s == it["name"] for s, _ in shown):
                        add("no_mark", f"{src}: an empty mark value '' at «{it['name']}» on {date} is a phantom "
                                       "(A.3 Assessment: \"phantom marks\" that Apheleia filters out; A.6: skip)",
                            student={"student": pupil}, date=date, subject=it["name"])
            for (p, d, subject), code in sorted(seen_absent.items()):
                if p == pupil and d == date and subject not in absent_now:
                    add("attendance", f"'{code}' at «{subject}» on {date} was shown by an earlier pull; the latest "
                                      f"({msrc}) lists no absence there: the pupil was present (A.3 Absence, "
                                      "each listed day whole)", student={"student": pupil}, date=date,
                        subject=subject, meaning="present")
            # homework
            for it in items:
                files = it.get("files") or []
                for hw in it["homework"].values():
                    names = [f["filename"] for f in files if isinstance(f, dict) and f.get("toid") == hw["id"]]
                    interesting = names or "http" in hw["value"] and date >= "2027-02-15" or hw.get("individual") \
                        or date in ("2027-02-17",)
                    if not interesting:
                        continue
                    fact = dict(student={"student": pupil}, subject=it["name"], text=hw["value"], date=date)
                    why = f"{src}: task {hw['id']} on the «{it['name']}» lesson of {date} (A.3 Lesson item homework)"
                    if names:
                        fact["attachments"] = names
                        why += f"; files with toid {hw['id']}: {names} (A.3 files)"
                    if hw.get("individual"):
                        why += "; individual: his own task (A.3 homework individual)"
                    add("homework", why, **fact)
    # tasks an answer showed that no latest day of the pupil lists any more
    current = {p: {(it["name"], hw["value"]) for (q, _), (_, day) in day_state.items() if q == p
                   for it in items_of(day) for hw in it["homework"].values()} for p in pupils}
    for pupil in pupils:
        candidates = set(seen_tasks.get(pupil, set()))
        candidates |= {(s, t) for cls, s, grp, t in class_tasks if cls == cls_of[pupil]
                       and (grp is None or (s, grp) in own_groups.get(pupil, set()))}
        for subject, text in sorted(candidates - current[pupil]):
            add("no_homework", f"task «{text}» was listed by an earlier answer ({pupil}'s getdiary or his class's "
                               "gethomework); no latest answer of his days lists it: withdrawn (A.3 Day whole, "
                               "Lesson item homework keyed by id)", student={"student": pupil}, subject=subject,
                text=text)
    for owner, subject, text, date in sorted(set(individual)):
        for pupil in pupils:
            if pupil != owner and cls_of[pupil] == cls_of[owner]:
                add("no_homework", f"task «{text}» is `individual` to {owner} (A.3 homework individual): "
                                   f"{pupil}'s own getdiary never lists it", student={"student": pupil},
                    subject=subject, text=text)
    # final marks (A.3 Final assessment)
    for pupil in sorted(finals):
        src, items = finals[pupil]
        latest = {(it["name"], a["period"]): a for it in items for a in it["assessments"]}
        for (subject, period), a in sorted(latest.items()):
            if subject in FINAL_SUBJECTS or a.get("comment"):
                add("final_mark", f"{src}: «{subject}» period '{period}' value '{a['value']}'"
                                  f"{' comment «' + a['comment'] + '»' if a.get('comment') else ''} (A.3 Final "
                                  "assessment: period = getperiods name)", student={"student": pupil},
                    subject=subject, period=period, value=a["value"])
        for (p, subject, period, value) in sorted(seen_finals):
            if p == pupil and (latest.get((subject, period)) or {}).get("value") != value:
                fact = dict(student={"student": pupil}, subject=subject, period=period)
                if (subject, period) in latest:
                    fact["value"] = value
                add("no_final_mark", f"'{value}' for «{subject}» '{period}' was in an earlier getfinalassessments; "
                                     f"the latest ({src}) {'replaces it' if 'value' in fact else 'lists none'} "
                                     "(A.3 Final assessment; the answer lists the pupil's final marks)", **fact)
    # the journal's own averages (A.3 SubjectMarks average)
    for pupil in sorted(averages):
        src, days, lessons = averages[pupil]
        start, end = days.split("-")
        period = next((p["name"] for p in periods.get(pupil, []) if (p["start"], p["end"]) == (start, end)), None)
        for subject in lessons:
            if subject["average"] == "":
                continue
            fact = dict(student={"student": pupil}, subject=subject["name"], value=subject["average"])
            if period:
                fact["period"] = period
            add("vendor_average", f"{src}: «{subject['name']}» average '{subject['average']}' over days={days}"
                                  f"{', the getperiods period ' + period + ' exactly' if period else ''} "
                                  "(A.3 SubjectMarks, A.3 Period)", **fact)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(facts)} facts; skipped failed calls: {skipped}")


if __name__ == "__main__":
    main()
