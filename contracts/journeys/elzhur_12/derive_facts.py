"""Derive facts.json of corpus elzhur_12 from journey.json alone (standard library; never imports the hub).

Rules, each from the format reference (/work/shared/reference/elzhur_mesh.md) or the hub README it names:

* children: a parent's getrules `relations.students` with `rel: "child"` are that parent's children (A.3 getrules);
  the parent's user id is `id`, else `name` (A.3 lists `name` (user id); the only literal sample, Part C
  AndreyPonyakov/eljur_notifier, has no `id`).
* a later pull of the same request replaces the earlier one; per fact, the latest `pulled_at` wins (A.1; hub README
  "Time is data"): an edited homework text or mark shows in its new form, the old form no more (no_homework,
  no_mark).
* period: each dated getperiods period, `start`/`end` `YYYYMMDD` (A.3 Period, A.4); the undated year column gets no
  dated fact.
* lesson: each lesson item of a pupil's getdiary is a lesson of that pupil on the day (A.3 Day, Lesson item): subject
  `name`, number `num`, `teacher` as the journal wrote it (full text, ё and hyphens kept; a name without patronymic
  stays two words), `room`, `topic` as written (quotes, `<`, `&`, emoji kept), times `starttime`/`endtime` (rings).
* mark: each getdiary `assessments` entry, and each getmarks `marks` entry, is a mark of the pupil, one per
  (pupil, `lesson_id`, `nm`) (A.3 Assessment, SubjectMarks), filed under its lesson's date (the diary day; else its
  own `date`). Its `value` is shown as the journal wrote it (A.3 "the mark as displayed"; hub README "As the journal
  shows it": `text`); weight `weight_float` (number or numeric string), else `weight` (A.3, A.6; hub README
  "Grading scales"); counts = the vendor's `count` (A.3: "whether the mark enters the average"); work type
  `control_type`, else `mtype.type` (A.6); comment as written (only stated when not empty).
* attendance, not a mark: `н`/`Н` absent, `оп`/`ОП` late (A.3 Absent, A.6, [C]); `б` ill, `у`/`уп` excused
  (A.6, [U] codes, but A.6 gives their meaning); the code as the journal wrote it. Each also gives a no_mark.
* `""` is a phantom mark, skipped (A.3, A.6): a no_mark.
* homework: each `homework` entry of a pupil's getdiary lesson (and gethomework) is shown on that lesson's day with
  its `value` exactly as written after JSON decoding: newlines, HTML tags, entities such as `&amp;` / `&laquo;`
  (the journal's own text: A.3 `value: string`; hub README "Text the hub stores": everything but NUL and unprintable
  controls is stored as sent), quotes, emoji, links; attachments: `files` entries whose `toid` is the task's id
  (A.3 `files`), names as sent (a macOS-style NFD name stays NFD).
* final_mark: each getfinalassessments value that is not empty, by period `name` (A.3 Final assessment, A.5 E4).
* vendor_average: each getmarks `average` that is not empty, as sent, for the period whose start..end equal the
  request's `days` (A.3 SubjectMarks; hub README "The journal's own averages").
"""
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
ATTENDANCE = {"н": "absent", "оп": "late", "б": "ill", "у": "excused", "уп": "excused"}


def iso(yyyymmdd):
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def query(request):
    return {k: v[0] for k, v in parse_qs(urlsplit(request).query).items()}


def method(request):
    return urlsplit(request).path.rstrip("/").rsplit("/", 1)[-1]


def as_list(x):
    if x is None:
        return []
    return list(x.values()) if isinstance(x, dict) else list(x)


def weight_of(a):
    w = a.get("weight_float")
    if w is None or w == "":
        w = a.get("weight")
    w = float(w)
    return int(w) if w == int(w) else w


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(s["name"], r) for s in journey["steps"] for b in s["batches"] for r in b]
    facts = {}
    pulled = {}

    def add(fact, at=""):
        # the latest pull wins (hub README "Time is data"; a later answer to the same request replaces: A.1, A.3)
        if fact["id"] not in facts or at >= pulled[fact["id"]]:
            facts[fact["id"]], pulled[fact["id"]] = fact, at

    marks = {}  # (pupil, lesson_id, nm) -> (date, subject, assessment, why)
    latest = {}  # request without host/format -> the latest pulled record (A.1: the same request answered again)
    for step, r in records:
        key = (method(r["request"]), tuple(sorted(query(r["request"]).items())))
        if key not in latest or r.get("pulled_at", "") >= latest[key][1].get("pulled_at", ""):
            latest[key] = (step, r)
    seen_hw, texts_of, hw_now = {}, {}, {}  # homework is one task per Elzhur id (A.3), whichever pupil's answer
    for step, r in records:
        at = r.get("pulled_at", "")
        meth, q, res = method(r["request"]), query(r["request"]), r["body"]["response"]["result"]
        if meth == "getrules":
            kids = [p for p, s in res["relations"]["students"].items() if s["rel"] == "child"]
            user = res.get("id") or res["name"]  # A.3 getrules: `name` (user id); the literal sample has no `id`
            add({"id": f"children-{user}", "kind": "children", "guardian": {"parent": user},
                 "children": [{"student": k} for k in sorted(kids)],
                 "why": "getrules relations.students rel child; the parent's user id is `id`, else `name` (A.3 "
                        "getrules; Part C AndreyPonyakov/eljur_notifier sample has no `id`)"})
        elif meth == "getperiods":
            for st in as_list(res["students"]):
                for p in st["periods"]:
                    if p["start"] and p["end"]:
                        add({"id": f"period-{p['name']}", "kind": "period", "student": {"student": st["name"]},
                             "name": p["name"], "starts_on": iso(p["start"]), "ends_on": iso(p["end"]),
                             "why": "getperiods dated period (A.3 Period, A.4)"})
        elif meth in ("getdiary", "gethomework") and "student" in q:
            for pupil, st in res["students"].items():
                for day in as_list(st["days"]):
                    date = iso(day["name"])
                    for it in as_list(day.get("items")):
                        if meth == "getdiary":
                            add({"id": f"lesson-{pupil}-{day['name']}-{it['num']}", "kind": "lesson",
                                 "student": {"student": pupil}, "date": date, "subject": it["name"],
                                 "number": int(it["num"]), "teacher": it["teacher"], "room": it["room"],
                                 "topic": it["topic"], "starts_at": it["starttime"][:5], "ends_at": it["endtime"][:5],
                                 "why": f"{step[:2]} getdiary lesson item as written: teacher's full text with ё, "
                                        "hyphens or no patronymic; topic with quotes, <, & (A.3 Lesson item)"})
                        for hw in as_list(it.get("homework")):
                            files = [f["filename"] for f in as_list(it.get("files")) if f.get("toid") == hw["id"]]
                            seen_hw.setdefault(pupil, {})[hw["id"]] = (it["name"], date, f"{step[:2]} {meth}")
                            texts_of.setdefault(hw["id"], set()).add(hw["value"])
                            if hw["id"] not in hw_now or at >= hw_now[hw["id"]][0]:
                                hw_now[hw["id"]] = (at, hw["value"], files)
                        for a in as_list(it.get("assessments")):
                            mk = (pupil, a["lesson_id"], a["nm"])
                            if mk not in marks or at >= marks[mk][4]:
                                marks[mk] = (date, it["name"], a, f"{step[:2]} getdiary", at)
        elif meth == "getmarks":
            for pupil, st in res["students"].items():
                for row in as_list(st["lessons"]):
                    for a in as_list(row.get("marks")):
                        mk = (pupil, a["lesson_id"], a["nm"])
                        if mk not in marks or at > marks[mk][4]:
                            marks[mk] = (a["date"], row["name"], a, f"{step[:2]} getmarks", at)
                    if row.get("average"):
                        start, end = q["days"].split("-")
                        period = next(p["name"] for _, rr in records if method(rr["request"]) == "getperiods"
                                      for s in as_list(rr["body"]["response"]["result"]["students"]) if s["name"] == pupil
                                      for p in s["periods"] if (p["start"], p["end"]) == (start, end))
                        add({"id": f"average-{pupil}-{row['name']}", "kind": "vendor_average",
                             "student": {"student": pupil}, "subject": row["name"], "value": row["average"],
                             "period": period, "why": "getmarks average as sent, over the period's days "
                                                      "(A.3 SubjectMarks; hub README 'The journal's own averages')"})
        elif meth == "getfinalassessments":
            for pupil, st in res["students"].items():
                for item in st["items"]:
                    for a in item["assessments"]:
                        if a["value"]:
                            add({"id": f"final-{pupil}-{item['name']}-{a['period']}", "kind": "final_mark",
                                 "student": {"student": pupil}, "subject": item["name"], "period": a["period"],
                                 "value": a["value"], "why": "getfinalassessments value as written (A.3 Final "
                                                              "assessment, A.5 E4, A.6)"})
    for (pupil, lid, nm), (date, subject, a, src, _) in sorted(marks.items()):
        value, base = a["value"], f"{pupil}-{lid}-{nm}"
        if value == "":
            add({"id": f"no-mark-{base}-phantom", "kind": "no_mark", "student": {"student": pupil}, "date": date,
                 "subject": subject, "value": "", "why": f"{src}: phantom mark \"\" is skipped (A.3, A.6)"})
            continue
        if value.lower() in ATTENDANCE:
            add({"id": f"attendance-{base}", "kind": "attendance", "student": {"student": pupil}, "date": date,
                 "subject": subject, "code": value, "meaning": ATTENDANCE[value.lower()],
                 "why": f"{src}: '{value}' is attendance (A.3 Absent, A.6)"})
            add({"id": f"no-mark-{base}", "kind": "no_mark", "student": {"student": pupil}, "date": date,
                 "subject": subject, "value": value, "why": f"{src}: attendance code '{value}' is not a mark (A.6)"})
            continue
        fact = {"id": f"mark-{base}", "kind": "mark", "student": {"student": pupil}, "date": date, "subject": subject,
                "value": value, "weight": weight_of(a), "counts": bool(a["count"])}
        work = a.get("control_type") or (a.get("mtype") or {}).get("type")
        if work:
            fact["work_type"] = work
        if a.get("comment"):
            fact["comment"] = a["comment"]
        fact["why"] = (f"{src}: value as the journal shows it, weight_float else weight, count, control_type else "
                       "mtype.type, comment as written (A.3 Assessment, A.6)")
        add(fact)
    # a homework task is one per Elzhur id (A.3 homework `id`): the latest pull of it gives its text for every pupil
    # it is set for; a text a later pull replaced is no longer shown
    for pupil, tasks in seen_hw.items():
        for hid, (subject, date, src) in tasks.items():
            _, text, files = hw_now[hid]
            fact = {"id": f"homework-{pupil}-{hid}", "kind": "homework", "student": {"student": pupil},
                    "subject": subject, "text": text, "date": date,
                    "why": f"{src} homework value byte-for-byte after JSON decoding, as the latest pull of task {hid} "
                           "has it (A.3 homework value:string; hub README 'Text the hub stores', 'Time is data')"}
            if files:
                fact["attachments"] = files
                fact["why"] += "; files by toid (A.3 files)"
            add(fact)
            for t in sorted(texts_of[hid] - {text}):
                add({"id": f"no-homework-{pupil}-{hid}-old", "kind": "no_homework", "student": {"student": pupil},
                     "subject": subject, "text": t,
                     "why": "a later pull holds the same task (same homework id) with edited text: the later pull "
                            "wins (A.3 homework; hub README 'Time is data')"})
    for step, r in records:
        if method(r["request"]) in ("getdiary", "getmarks"):
            for pupil, st in r["body"]["response"]["result"]["students"].items():
                for day in as_list(st.get("days")):
                    for it in as_list(day.get("items")):
                        for a in as_list(it.get("assessments")):
                            now = marks[(pupil, a["lesson_id"], a["nm"])][2]["value"]
                            was_att, now_att = a["value"].lower() in ATTENDANCE, now.lower() in ATTENDANCE
                            if was_att and not now_att:
                                add({"id": f"attendance-{pupil}-{a['lesson_id']}-{a['nm']}", "kind": "attendance",
                                     "student": {"student": pupil}, "date": iso(day["name"]), "subject": it["name"],
                                     "meaning": "present", "why": f"a later pull replaced the code {a['value']!r} "
                                     f"with the mark {now!r}: no absence left on the lesson (A.3 Absent, A.6)"})
                            if a["value"] and now.casefold() != a["value"].casefold() and not (was_att and now_att):
                                add({"id": f"no-mark-{pupil}-{a['lesson_id']}-{a['nm']}-old", "kind": "no_mark",
                                     "student": {"student": pupil}, "date": iso(day["name"]), "subject": it["name"],
                                     "value": a["value"], "why": "a later pull shows the mark changed "
                                                                 f"{a['value']!r} -> {now!r}: the later pull wins"})
    out = {"facts": sorted(facts.values(), key=lambda f: (f["kind"], f["id"]))}
    (HERE / "facts.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
