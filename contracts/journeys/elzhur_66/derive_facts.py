"""Derive facts.json of elzhur_66 from journey.json alone (standard library; never imports the hub).

Rules, each from shared/reference/elzhur_mesh.md (Part A; Part D where it limits what may be claimed):

R1  Every answer is the journal as of its ``pulled_at``; answers are replayed in the order of their instants, not
    of their delivery (A.1: an answer is a snapshot of the journal; the hub README's request envelope: the latest
    pull wins). Offsets are explicit (+04:00, Europe/Samara).
R2  A lesson is its ``lesson_id`` (A.3 Lesson item; A.4: ids are the journal's). Its day is the ``YYYYMMDD`` key it
    is listed under and its number ``num``, its times ``starttime``/``endtime`` (A.3, with rings), its ``teacher``,
    ``room`` and ``topic``: all as the latest answer listing it says. A lesson listed under another day or number by
    a later answer has moved: it is not on its old day or number any more (A.3 Day: each listed day is whole).
R3  A class's ``getschedule`` (A.2: by ``class``, "like getdiary without marks") and a pupil's ``getdiary`` speak of
    the same lessons by the same ``lesson_id``; whichever was pulled later decides (R1), whatever arrived last.
    The class's answer holds every group's lessons; ``items`` as an array (A.3 Day: keyed object or array).
R4  ``grp`` names a subgroup (A.3 Lesson item, [S]): a pupil sees the lessons without ``grp`` and those of the
    group his own getdiary lists him in; the other group's lessons and tasks are not his.
R5  A task is its id in the lesson item's ``homework`` (A.3); it stays with its lesson wherever the lesson moves
    (R2), shown on that lesson's day and number.
R6  A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); its ``date`` (YYYY-MM-DD, A.4) and lesson are as
    the latest answer stating it says (getdiary or getmarks, A.2); a mark of a moved lesson is shown on the
    lesson's new day and not on the old one. ``н``/``оп`` are attendance (A.3 Absence pseudo-mark), not marks.
R7  getmarks ``average`` is the journal's own average of the subject (A.3 SubjectMarks); its ``days`` range
    (16-29 Nov) is not a period of getperiods, so no period is claimed for it.
R8  getrules: a parent's ``relations.students`` are their children, ``relations.groups[*].hometeacher_name`` the
    class teacher (A.3 getrules); getperiods' dated periods (A.3 Period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=4))  # Europe/Samara, no DST
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}
FOCUS = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-26", "2026-11-30",
         "2026-12-01", "2026-12-02"]


def instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def iso(key: str) -> str:
    return f"{key[:4]}-{key[4:6]}-{key[6:]}"


def days_of(request: str) -> list[str]:
    span = request.split("days=")[1].split("&")[0]
    first, last = (dt.date.fromisoformat(iso(x)) for x in span.split("-"))
    out = []
    while first <= last:
        out.append(first.isoformat())
        first += dt.timedelta(days=1)
    return out


def items_of(day: dict) -> list[dict]:
    items = day.get("items") or []
    return list(items.values()) if isinstance(items, dict) else list(items)


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))

    lessons: dict[str, dict] = {}  # lesson_id -> {"date", "item", "src", "at"} (R2, R3)
    sightings: dict[str, set] = {}  # lesson_id -> {(date, num)} ever listed
    group_of: dict[tuple[str, str], str] = {}  # (pupil, subject) -> grp (R4)
    listed_by: dict[str, set] = {}  # lesson_id -> pupils whose own getdiary listed it
    tasks: dict[int, dict] = {}  # hw id -> {"lesson", "text", "at"} (R5)
    marks: dict[tuple[str, str, str], dict] = {}  # (pupil, lesson_id, nm) -> mark with "date", "subject" (R6)
    mark_seen: dict[tuple[str, str, str], set] = {}  # -> {(date, subject, value)}
    rules, periods, averages = [], {}, []

    for _, (step, rec) in ordered:
        request, result, at = rec["request"], rec["body"]["response"]["result"], instant(rec["pulled_at"])
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules.append(result)
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith(("getdiary", "getschedule")):
            pupil = request.split("student=")[1].split("&")[0] if "student=" in request else None
            days = result["students"][pupil]["days"] if pupil else result["days"]
            for key, day in days.items():
                date = iso(key)
                for it in items_of(day):
                    lid = it["lesson_id"]
                    lessons[lid] = {"date": date, "item": it, "src": src, "at": at}
                    sightings.setdefault(lid, set()).add((date, int(it["num"])))
                    for hw in it.get("homework", {}).values():
                        tasks[hw["id"]] = {"lesson": lid, "text": hw["value"], "at": at, "src": src}
                    if pupil:
                        listed_by.setdefault(lid, set()).add(pupil)
                        if it.get("grp"):
                            group_of[(pupil, it["name"])] = it["grp"]
                        for m in it.get("assessments", []):
                            k = (pupil, m["lesson_id"], m["nm"])
                            marks[k] = dict(m, subject=it["name"], work=m.get("control_type"), src=src)
                            mark_seen.setdefault(k, set()).add((m["date"], it["name"], m["value"]))
        elif request.startswith("getmarks"):
            pupil = request.split("student=")[1].split("&")[0]
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    k = (pupil, m["lesson_id"], m["nm"])
                    marks[k] = dict(m, subject=subject["name"], work=m["mtype"]["type"], src=src)
                    mark_seen.setdefault(k, set()).add((m["date"], subject["name"], m["value"]))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R8: guardians, class teacher, the quarter
    for r in sorted(rules, key=lambda r: r["id"]):
        kids = sorted(r["relations"]["students"])
        add("children", f"getrules of parent {r['id']}: relations.students {kids} (R8, A.3 getrules)",
            guardian={"parent": r["id"]}, children=[{"student": k} for k in kids])
    teachers = {cls: g["hometeacher_name"] for r in rules for cls, g in r["relations"]["groups"].items()}
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name; the substitute of 23-27 Nov "
                             "teaches lessons, the class teacher stays (R8, A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "II":
                add("period", f"getperiods?student={pupil}: 'II' «{p['fullname']}» {p['start']}-{p['end']} (R8, "
                              "A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted(periods)

    def visible(pupil: str, it: dict) -> bool:
        return not it.get("grp") or group_of.get((pupil, it["name"])) == it["grp"]

    final_by_day: dict[tuple[str, str], list[dict]] = {}
    for lid, st in lessons.items():
        for pupil in pupils:
            if visible(pupil, st["item"]):
                final_by_day.setdefault((pupil, st["date"]), []).append(st)

    # R2-R4: the lessons of the focus days as each pupil must see them
    for pupil in pupils:
        for date in FOCUS:
            for st in sorted(final_by_day.get((pupil, date), []), key=lambda s: int(s["item"]["num"])):
                it = st["item"]
                moved = sorted(sightings[it["lesson_id"]] - {(date, int(it["num"]))})
                note = f"; listed before at {moved} (R2: moved, same lesson_id)" if moved else ""
                add("lesson", f"{st['src']}, the latest answer listing lesson {it['lesson_id']}: {date} "
                              f"№{it['num']} «{it['name']}» {it['starttime']}-{it['endtime']}, {it['teacher']}, "
                              f"room {it['room']}{' (' + it['grp'] + ')' if it.get('grp') else ''}{note} "
                              "(R1-R4; A.3 Day, Lesson item)",
                    student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                    topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                    ends_at=it["endtime"][:5])

    # R2: where a lesson was and is no more (its old day and number hold no lesson of that subject now)
    for pupil in pupils:
        for lid, seen in sorted(sightings.items()):
            st = lessons[lid]
            if not visible(pupil, st["item"]):
                continue
            for date, num in sorted(seen - {(st["date"], int(st["item"]["num"]))}):
                now = final_by_day.get((pupil, date), [])
                same_subject = [s for s in now if s["item"]["name"] == st["item"]["name"]]
                if not same_subject:
                    add("no_lesson", f"lesson {lid} «{st['item']['name']}» was listed on {date} №{num}; the latest "
                                     f"answer ({st['src']}) lists it on {st['date']} №{st['item']['num']}, and no "
                                     f"«{st['item']['name']}» lesson is on {date} any more (R1, R2, R3)",
                        student={"student": pupil}, date=date, subject=st["item"]["name"])
                elif not any(int(s["item"]["num"]) == num for s in same_subject):
                    add("no_lesson", f"lesson {lid} «{st['item']['name']}» was listed on {date} №{num}; the latest "
                                     f"answer ({st['src']}) lists it on {st['date']} №{st['item']['num']}: no "
                                     f"«{st['item']['name']}» at №{num} that day (R1, R2, R3)",
                        student={"student": pupil}, date=date, subject=st["item"]["name"], number=num)

    # R4, R5: tasks on moved lessons, the groups' tasks, and the other group's tasks no pupil of it sees
    moved_lessons = {lid for lid, seen in sightings.items() if len(seen) > 1}
    for pupil in pupils:
        for hw_id, t in sorted(tasks.items()):
            st = lessons[t["lesson"]]
            it = st["item"]
            if not visible(pupil, it):
                add("no_homework", f"task {hw_id} is set on lesson {t['lesson']} of {it['grp']} «{it['name']}» "
                                   f"(class getschedule {t['src']}); {pupil}'s own getdiary lists him in "
                                   f"{group_of.get((pupil, it['name']))} (R4, A.3 Lesson item grp, homework)",
                    student={"student": pupil}, subject=it["name"], text=t["text"])
                continue
            if t["lesson"] in moved_lessons or (it.get("grp") and st["date"] in FOCUS):
                add("homework", f"{t['src']}: task {hw_id} on lesson {t['lesson']}, now {st['date']} №{it['num']} "
                                f"«{it['name']}» (R5: it moves with its lesson; A.3 Lesson item homework)",
                    student={"student": pupil}, subject=it["name"], text=t["text"], date=st["date"],
                    number=int(it["num"]))

    # R6: marks and attendance of the focus weeks, on their lesson's day and number; the old day shows none
    for (pupil, lid, nm), m in sorted(marks.items()):
        st = lessons.get(lid)
        number = int(st["item"]["num"]) if st and st["date"] == m["date"] else None
        extra = {"number": number} if number is not None else {}
        if m["value"] in ABSENCE:
            add("attendance", f"{m['src']}: pseudo-mark '{m['value']}' at lesson {lid} (R6, A.3 Absence)",
                student={"student": pupil}, date=m["date"], subject=m["subject"], code=m["value"],
                meaning=ABSENCE[m["value"]])
        else:
            fact = dict(student={"student": pupil}, date=m["date"], subject=m["subject"], value=m["value"],
                        weight=m["weight"], counts=bool(m["count"]), work_type=m["work"], **extra)
            if m.get("comment"):
                fact["comment"] = m["comment"]
            add("mark", f"{m['src']}: lesson {lid} nm {nm} value '{m['value']}' dated {m['date']} (R6, A.3 "
                        "Assessment; the latest answer stating it wins)", **fact)
        for date, subject, value in sorted(mark_seen[(pupil, lid, nm)]):
            if date != m["date"] and value not in ABSENCE:
                add("no_mark", f"'{value}' of lesson {lid} was dated {date} by an earlier answer; the latest "
                               f"({m['src']}) dates it {m['date']} with its lesson (R2, R6)",
                    student={"student": pupil}, date=date, subject=subject, value=value)
        if st and st["date"] == m["date"] and m["value"] not in ABSENCE:
            for date, num in sorted(sightings[lid] - {(st["date"], int(st["item"]["num"]))}):
                if date == m["date"]:
                    add("no_mark", f"'{m['value']}' belongs to lesson {lid}, now №{st['item']['num']} on {date}; "
                                   f"not under №{num} where it was listed before (R2, R6)",
                        student={"student": pupil}, date=date, subject=m["subject"], value=m["value"], number=num)

    # R7: the journal's own averages
    for pupil, subject, average, src in sorted(averages):
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R7, A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
