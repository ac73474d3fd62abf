"""Derive facts.json of elzhur_58 from journey.json alone (standard library; never imports the hub; deterministic).

Rules, each from shared/reference/elzhur_mesh.md Part A:
R1 Replay order. Every answer is the journal as of its ``pulled_at``; answers are replayed in the order of their
   instants (a naive one would be the school's local time, Asia/Yekaterinburg, UTC+5) (A.1, A.4; hub README: the
   latest pull wins).
R2 A pupil's class. ``getrules`` ``relations.students[id].class`` (A.3 getrules) is the child's class from the
   pull that states it on: the class a pupil is in on a day is the one of the latest getrules pulled before that
   day (the first one for earlier days).
R3 A pupil's diary is his own. ``getdiary?student=X&days=A-B`` (A.2: per ``student``) is whole for every day of its
   range (A.3 Day: ``items`` are the day's lessons): a day it lists holds exactly those lessons for that pupil, a
   day it does not list holds none. The lessons of another class's group he attends come under their own
   ``lesson_id``, ``teacher``, ``room``, ``grp`` (A.3 Lesson item): he must see them with that teacher and room.
R4 What a pupil does not attend. A lesson (``lesson_id``) listed that day by another pupil's latest diary and not
   by this pupil's is not his (R3): he must not see a lesson of that subject at that number, unless his own diary
   lists one there (aligned groups of one subject: then the ``lesson`` fact names his own teacher and room).
   Stated for every theme lesson (R5) he does not attend and, of the class he visits that day (or, for the moved
   pupil, the class she is not in that day), for its first and last lesson he does not attend, and for every
   lesson of his own class that only his classmates list (a lesson he skips). The tasks of a
   cross-class lesson he does not attend (A.3 ``homework``, keyed by id, texts unique per lesson) are not his.
R5 Cross-class lessons. A lesson is a theme lesson when it carries ``grp`` (a group, A.3 Lesson item, [S]) or when
   pupils of two classes (R2) list it the same day; every such lesson of a pupil's latest diary is stated as a
   ``lesson`` fact (number, times with ``rings``, teacher, room, topic); the tasks of cross-class lessons and of
   the group lessons numbered 4 and 7 (the English groups, the elective) as ``homework`` facts with the number;
   besides them the first lesson of every Monday, and every lesson of the moved pupil on her first day in 9Б.
R6 Marks. A mark is its pupil, ``lesson_id`` and ``nm`` (A.3 Assessment); the latest answer covering its day
   (getdiary or getmarks, A.2) says which marks the day holds; a mark named by an earlier answer and not the latest
   is gone (``no_mark``); ``н``/``оп`` with ``count: false`` are attendance (A.3 Absence pseudo-mark). A mark of a
   lesson of the pupil's diary names that lesson's number.
R7 Tasks withdrawn. A task shown by an earlier answer of a pupil and by no latest day of his is gone
   (``no_homework``; A.3 ``homework``, A.3 Day whole).
R8 Guardians, class teachers, periods, vendor averages: getrules ``relations`` (A.3 getrules; the latest getrules
   names the class teacher), getperiods (A.3 Period), getmarks ``average`` (of English, the subject of the groups) without a period (A.3 SubjectMarks: the
   request's ``days`` is not a period).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, no DST since 2014
MOVED_ON = "2026-10-19"  # the first day of the moved pupil in her new class (README); only chooses which days to state
THEME_SUBJECTS = {"Английский язык"}  # averages stated
ABSENCE = {"н": "absent", "Н": "absent", "оп": "late", "ОП": "late"}


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


def param(request: str, name: str) -> str:
    return request.split(f"{name}=")[1].split("&")[0]


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(step["name"][:2], r) for step in journey["steps"] for batch in step["batches"] for r in batch]
    ordered = sorted(enumerate(records), key=lambda x: (instant(x[1][1]["pulled_at"]), x[0]))
    day_state: dict[tuple[str, str], dict | None] = {}
    day_src: dict[tuple[str, str], str] = {}
    mark_state: dict[tuple[str, str], tuple[str, list]] = {}
    seen_tasks: dict[str, dict] = {}  # pupil -> {(subject, text): date}
    seen_marks: dict[tuple[str, str, str], set] = {}
    rules: dict[str, dict] = {}
    class_pulls: dict[str, list] = {}  # pupil -> [(instant, class)]
    periods: dict[str, list] = {}
    averages: list = []
    for _, (step, rec) in ordered:
        request, result = rec["request"], rec["body"]["response"]["result"]
        src = f"{step} `{request}` (pulled {rec['pulled_at']})"
        if request == "getrules":
            rules[result["id"]] = result
            for sid, st in result["relations"]["students"].items():
                class_pulls.setdefault(sid, []).append((instant(rec["pulled_at"]), st["class"]))
        elif request.startswith("getperiods"):
            for st in result["students"]:
                periods[st["name"]] = st["periods"]
        elif request.startswith("getdiary"):
            pupil = param(request, "student")
            listed = result["students"][pupil]["days"]
            for date in days_of(request):
                day = listed.get(date.replace("-", ""))
                day_state[(pupil, date)], day_src[(pupil, date)] = day, src
                marks = []
                for it in (day or {}).get("items", {}).values():
                    for hw in it["homework"].values():
                        seen_tasks.setdefault(pupil, {}).setdefault((it["name"], hw["value"]), date)
                    for m in it["assessments"]:
                        marks.append(dict(m, subject=it["name"], work=m.get("control_type")))
                        seen_marks.setdefault((pupil, date, it["name"]), set()).add(m["value"])
                mark_state[(pupil, date)] = (src, marks)
        elif request.startswith("getmarks"):
            pupil = param(request, "student")
            by_day: dict[str, list] = {d: [] for d in days_of(request)}
            for subject in result["students"][pupil]["lessons"]:
                for m in subject["marks"]:
                    by_day.setdefault(m["date"], []).append(dict(m, subject=subject["name"], work=m["mtype"]["type"]))
                if subject["average"] != "":
                    averages.append((pupil, subject["name"], subject["average"], src))
            for date, marks in by_day.items():
                mark_state[(pupil, date)] = (src, marks)
                for m in marks:
                    seen_marks.setdefault((pupil, date, m["subject"]), set()).add(m["value"])

    def class_on(pupil: str, date: str) -> str:  # R2
        start = dt.datetime.fromisoformat(date).replace(tzinfo=ZONE)
        pulls = sorted(class_pulls[pupil])
        before = [cls for moment, cls in pulls if moment < start]
        return before[-1] if before else pulls[0][1]

    facts: list[dict] = []

    def add(kind: str, why: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields, "why": why})

    # R8: guardians, class teachers, periods
    for parent in sorted(rules):
        kids = sorted(rules[parent]["relations"]["students"])
        add("children", f"latest getrules of parent {parent}: relations.students {kids} (A.3 getrules)",
            guardian={"parent": parent}, children=[{"student": k} for k in kids])
    teachers = {}
    for parent in sorted(rules):
        for cls, g in rules[parent]["relations"]["groups"].items():
            teachers[cls] = g["hometeacher_name"]
    for cls in sorted(teachers):
        add("class_teacher", f"getrules relations.groups['{cls}'].hometeacher_name (A.3 getrules)",
            teacher=teachers[cls], **{"class": {"class": cls}})
    for pupil in sorted(periods):
        for p in periods[pupil]:
            if p["name"] == "I":
                add("period", f"getperiods?student={pupil}: '{p['name']}' «{p['fullname']}» {p['start']}-{p['end']} "
                              "(A.3 Period)", student={"student": pupil}, name=p["fullname"],
                    starts_on=iso(p["start"]), ends_on=iso(p["end"]))

    pupils = sorted({p for p, _ in day_state})
    dates = sorted({d for _, d in day_state})
    moved = {p for p in pupils if len({c for _, c in class_pulls[p]}) > 1}
    for date in dates:
        # who lists which lesson that day (R3), and which lessons are theme lessons (R5)
        listers: dict[str, set] = {}
        items_by_id: dict[str, dict] = {}
        for pupil in pupils:
            for it in (day_state[(pupil, date)] or {}).get("items", {}).values():
                listers.setdefault(it["lesson_id"], set()).add(pupil)
                items_by_id[it["lesson_id"]] = it
        cross = {lid for lid, who in listers.items() if len({class_on(p, date) for p in who}) > 1}
        theme = {lid for lid, it in items_by_id.items() if it.get("grp")} | cross
        for pupil in pupils:
            day, src = day_state[(pupil, date)], day_src[(pupil, date)]
            items = sorted((day or {}).get("items", {}).values(), key=lambda x: int(x["num"]))
            own_ids = {it["lesson_id"] for it in items}
            own_slots = {(it["name"], it["num"]) for it in items}
            cls = class_on(pupil, date)
            for it in items:
                lid = it["lesson_id"]
                if lid in theme or (it["num"] == "1" and dt.date.fromisoformat(date).weekday() == 0) or (pupil in moved and date == MOVED_ON):
                    kind = ("another class's lesson (attended by pupils of two classes)" if lid in cross else
                            "a group lesson" if lid in theme else "a lesson")
                    add("lesson", f"{src}: {date} item {it['num']} «{it['name']}»"
                                  f"{' grp «' + it['grp'] + '»' if it.get('grp') else ''}, lesson {lid}, "
                                  f"{it['teacher']}, room {it['room']}: {kind} of {pupil} ({cls}) (R3, R5; A.3 Lesson "
                                  "item, times with rings)",
                        student={"student": pupil}, date=date, subject=it["name"], number=int(it["num"]),
                        topic=it["topic"], teacher=it["teacher"], room=it["room"], starts_at=it["starttime"][:5],
                        ends_at=it["endtime"][:5])
                if lid in cross or (lid in theme and it["num"] in ("4", "7")):
                    for hw in it["homework"].values():
                        add("homework", f"{src}: task {hw['id']} on the «{it['name']}» lesson {lid} (#{it['num']}) "
                                        f"of {date} (R3, R5; A.3 Lesson item homework)", student={"student": pupil},
                            subject=it["name"], text=hw["value"], date=date, number=int(it["num"]))
            # R4: lessons of that day the pupil does not attend: every theme lesson; of the other class he visits
            # that day (or, for the moved pupil, the class she is not in that day), its first and last lesson
            visits = {class_on(p, date) for l2 in own_ids & cross for p in listers[l2]} - {cls}
            foreign = sorted((int(items_by_id[lid]["num"]), lid) for lid in set(listers) - own_ids - theme
                             if cls not in {class_on(p, date) for p in listers[lid]}
                             and (pupil in moved or {class_on(p, date) for p in listers[lid]} & visits)
                             and (items_by_id[lid]["name"], items_by_id[lid]["num"]) not in own_slots)
            picked = {foreign[0][1], foreign[-1][1]} if foreign else set()
            # a whole-class lesson of his own class that his classmates list and he does not (he skips it)
            picked |= {lid for lid in set(listers) - own_ids - theme
                       if {class_on(p, date) for p in listers[lid]} == {cls}
                       and (items_by_id[lid]["name"], items_by_id[lid]["num"]) not in own_slots}
            for lid in sorted(set(listers) - own_ids):
                other = items_by_id[lid]
                if lid not in theme | picked:
                    continue
                who = ", ".join(sorted(listers[lid]))
                if (other["name"], other["num"]) not in own_slots:  # aligned groups of one subject: his own
                    add("no_lesson", f"{src}: {pupil}'s diary of {date} does not list lesson {lid} «{other['name']}» "
                                     f"#{other['num']}{' grp «' + other['grp'] + '»' if other.get('grp') else ''} "
                                     f"({other['teacher']}) that {who} attend (R3, R4; A.2 getdiary per student)",
                        student={"student": pupil}, date=date, subject=other["name"], number=int(other["num"]))
                for hw in other["homework"].values() if lid in cross else []:
                    add("no_homework", f"task {hw['id']} «{hw['value']}» is on lesson {lid} of {date}, which {pupil}'s "
                                       f"latest diary does not list ({src}); it is {who}'s (R4; A.3 homework)",
                        student={"student": pupil}, subject=other["name"], text=hw["value"])
            # R6: marks and attendance of the latest answer covering the day
            msrc, marks = mark_state.get((pupil, date), ("", []))
            num_of = {it["lesson_id"]: int(it["num"]) for it in items}
            for m in marks:
                number = {"number": num_of[m["lesson_id"]]} if m["lesson_id"] in num_of else {}
                if m["value"] in ABSENCE:
                    add("attendance", f"{msrc}: pseudo-mark '{m['value']}' at lesson {m['lesson_id']} (R6; A.3 "
                                      "Absence)", student={"student": pupil}, date=date, subject=m["subject"],
                        code=m["value"], meaning=ABSENCE[m["value"]])
                    continue
                fact = dict(student={"student": pupil}, date=date, subject=m["subject"], **number, value=m["value"],
                            weight=m["weight"], counts=bool(m["count"]), work_type=m["work"])
                if m.get("comment"):
                    fact["comment"] = m["comment"]
                add("mark", f"{msrc}: lesson {m['lesson_id']} nm {m['nm']} value '{m['value']}' weight {m['weight']}"
                            f"{' (lesson of another class or group)' if m['lesson_id'] in theme else ''} (R6; A.3 "
                            "Assessment)", **fact)
            shown = {(m["subject"], m["value"]) for m in marks}
            for (p, d, subject), values in sorted(seen_marks.items()):
                if p == pupil and d == date:
                    for value in sorted(values):
                        if (subject, value) not in shown and value not in ABSENCE:
                            add("no_mark", f"'{value}' in «{subject}» on {date} was shown by an earlier answer; the "
                                           f"latest ({msrc}) does not hold it (R6; A.3 Assessment)",
                                student={"student": pupil}, date=date, subject=subject, value=value)
    # R7: tasks an earlier answer showed that no latest day of the pupil holds
    current = {(p, it["name"], hw["value"]) for (p, _), day in day_state.items() if day
               for it in day.get("items", {}).values() for hw in it["homework"].values()}
    for pupil in sorted(seen_tasks):
        for (subject, text), date in sorted(seen_tasks[pupil].items()):
            if (pupil, subject, text) not in current:
                add("no_homework", f"task «{text}» of {date} was shown by an earlier answer of {pupil}; no latest "
                                   "answer of his days lists it: withdrawn (R7; A.3 Day, homework)",
                    student={"student": pupil}, subject=subject, text=text)
    for pupil, subject, average, src in sorted(averages):
        if subject not in THEME_SUBJECTS:
            continue
        add("vendor_average", f"{src}: «{subject}» average '{average}' (R8; A.3 SubjectMarks)",
            student={"student": pupil}, subject=subject, value=average)
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
