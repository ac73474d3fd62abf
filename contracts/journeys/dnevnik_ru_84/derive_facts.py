"""Derive facts.json from journey.json by the reference's rules (shared/reference/dnevnik_ru.md). Stdlib only.

Rules:
R1 (§3.4, §2) a lesson is on the local date of its `date`, at its `number`, starting at the local time given; the
   latest pull (`pulled_at`) of an `edu-groups/{g}/lessons/{from}/{to}` range holds the group's lessons.
R2 (§3.8) a pupil is in the groups whose `persons` answer lists him; he sees the lessons of those groups.
R3 (§3.2, §3.7) a Homework work is set at its `lesson` (that lesson's date) and due on `targetDate`'s date; its
   text and `files` (names from the bundle's `files`) are those of the latest pull that holds it, whatever the
   order the pulls arrive in.
R4 (§3.6) a work's `tasks` name the pupils it is for: a work re-targeted to a subgroup, or an individual task, is
   shown only to the pupils its latest tasks name; the others see no such homework.
R5 (§3.7, §7) a homeworks answer for `startDate..endDate` is complete for that range: a work it lacks whose lesson
   falls in the range is deleted when that answer was pulled after the latest pull that held the work; a work
   re-created under a new id is a new homework, and the deleted one's text is shown to nobody.
R6 (§3.6) a pupil's own task list (`persons/{p}/tasks`, statuses such as Completed) changes no homework's text,
   dates or visibility.
R7 (§3.1) a mark shows on its lesson's date with its `value`; (§3.5, §6) attendance by (lesson, person) status.
R8 (§3.9) a parent's `users/{u}/context` names the children; (§3.12) reporting periods with their dates.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent


def main():
    j = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    recs = [(s["name"], r) for s in j["steps"] for b in s["batches"] for r in b]

    def src(name, r):
        return f"{name}: {r['request']} (pulled {r['pulled_at']})"

    members, lessons, subjects = {}, {}, {}
    latest_range = {}
    for name, r in recs:
        q = r["request"].split()[1].split("?")[0]
        parts = q.strip("/").split("/")
        if parts[1] == "edu-groups" and parts[-1] == "persons":
            members[parts[2]] = [p["id_str"] for p in r["body"]]
        if parts[1] == "edu-groups" and parts[3:4] == ["lessons"]:
            key = (parts[2], parts[4], parts[5])
            if key not in latest_range or latest_range[key][0] < r["pulled_at"]:
                latest_range[key] = (r["pulled_at"], r, name)
    for (g, _, _), (_, r, name) in latest_range.items():
        for le in r["body"]:
            lessons[le["id_str"]] = (le, g, src(name, r))
            subjects[le["subject"]["id_str"]] = le["subject"]["name"]
    group_of = {p: [g for g, ps in members.items() if p in ps] for ps in members.values() for p in ps}
    pupils = sorted(group_of)
    facts = []

    def add(f):
        facts.append(f)

    # R1/R2 lessons: three pupils (both subgroups, the individual task's pupil), the whole fortnight
    for p in ("1000012840101", "1000012840104", "1000012840105"):
        for lid, (le, g, why) in sorted(lessons.items(), key=lambda x: (x[1][0]["date"], x[1][0]["number"])):
            if g in group_of[p]:
                add({"kind": "lesson", "student": {"person": p}, "date": le["date"][:10], "number": le["number"],
                     "subject": le["subject"]["name"], "topic": le["title"], "starts_at": le["date"][11:16],
                     "why": f"R1/R2 lesson {lid} of {why}"})
    # R3-R5 homework
    versions, answers = {}, []
    for name, r in recs:
        if "/homeworks" in r["request"]:
            q = dict(kv.split("=") for kv in r["request"].split("?")[1].split("&"))
            files = {f["id_str"]: f["name"] for f in r["body"]["files"]}
            answers.append((r["pulled_at"], q["startDate"], q["endDate"], {w["id_str"] for w in r["body"]["works"]}))
            for w in r["body"]["works"]:
                cur = versions.get(w["id_str"])
                if cur is None or cur[0] < r["pulled_at"]:
                    versions[w["id_str"]] = (r["pulled_at"], w, [files[str(f)] for f in w["files"]], src(name, r))
    alive, dead = {}, {}
    for wid, (at, w, fnames, why) in versions.items():
        lday = lessons[w["lesson_str"]][0]["date"][:10]
        killer = [a for a in answers if a[0] > at and a[1] <= lday <= a[2] and wid not in a[3]]
        (dead if killer else alive)[wid] = (w, fnames, why, lday)
    shown_texts = {}
    for wid, (w, fnames, why, lday) in sorted(alive.items()):
        subj = subjects[str(w["subjectId"])]
        for t in w["tasks"]:
            f = {"kind": "homework", "student": {"person": t["person_str"]}, "subject": subj, "text": w["text"],
                 "date": lday, "due": w["targetDate"][:10],
                 "why": f"R3/R4 Homework work {wid} (latest of {why}): set at lesson {w['lesson_str']} ({lday}), "
                        f"due {w['targetDate'][:10]}, task for this pupil"}
            if fnames:
                f["attachments"] = fnames
            add(f)
            shown_texts.setdefault((t["person_str"], subj), set()).add(w["text"])
        named = {t["person_str"] for t in w["tasks"]}
        for p in pupils:
            if p not in named and w["text"] not in shown_texts.get((p, subj), set()):
                add({"kind": "no_homework", "student": {"person": p}, "subject": subj, "text": w["text"],
                     "why": f"R4 work {wid}'s latest tasks ({why}) do not name this pupil"})
    # older texts of surviving works, and deleted works' texts
    old = []
    for name, r in recs:
        if "/homeworks" in r["request"]:
            for w in r["body"]["works"]:
                old.append((w["id_str"], w["text"], subjects[str(w["subjectId"])], src(name, r)))
    seen = set()
    for wid, text, subj, why in old:
        if (wid, text) in seen:
            continue
        seen.add((wid, text))
        if wid in alive and alive[wid][0]["text"] == text:
            continue
        reason = "R5 deleted (a later complete range lacks it)" if wid in dead else "R3 superseded by a later pull"
        for p in pupils:
            if text not in shown_texts.get((p, subj), set()):
                add({"kind": "no_homework", "student": {"person": p}, "subject": subj, "text": text,
                     "why": f"{reason}: work {wid} text «{text}» of {why}"})
    # R7 marks and attendance (latest pull per request)
    latest = {}
    for name, r in recs:
        if latest.get(r["request"], ("",))[0] < r["pulled_at"]:
            latest[r["request"]] = (r["pulled_at"], r, name)
    for req, (_, r, name) in sorted(latest.items()):
        if "/marks/" in req:
            for m in r["body"]:
                le = lessons[m["lesson_str"]][0]
                add({"kind": "mark", "student": {"person": m["person_str"]}, "date": le["date"][:10],
                     "subject": le["subject"]["name"], "value": m["value"],
                     "why": f"R7 mark {m['id_str']} on lesson {m['lesson_str']} of {src(name, r)}"})
        if "lesson-log-entries" in req:
            meaning = {"Ill": "ill", "Late": "late", "Absent": "absent"}
            for e in r["body"]:
                le = lessons[e["lesson_str"]][0]
                f = {"kind": "attendance", "student": {"person": e["person_str"]}, "date": le["date"][:10],
                     "subject": le["subject"]["name"], "number": le["number"], "code": e["status"],
                     "why": f"R7 (§6) entry ({e['lesson_str']}, {e['person_str']}) {e['status']} of {src(name, r)}"}
                if e["status"] in meaning:
                    f["meaning"] = meaning[e["status"]]
                add(f)
        if "/context" in req:
            add({"kind": "children", "guardian": {"user": r["body"]["userId_str"]},
                 "children": [{"person": str(c["personId"])} for c in r["body"]["children"]],
                 "why": f"R8 {src(name, r)}"})
        if "reporting-period-group" in req:
            for rp in r["body"]["reportingPeriods"][:2]:
                add({"kind": "period", "name": rp["name"], "starts_on": rp["start"][:10],
                     "ends_on": rp["finish"][:10], "why": f"R8 (§3.12) {src(name, r)}"})
    counters = {}
    for f in facts:
        counters[f["kind"]] = counters.get(f["kind"], 0) + 1
        f["id"] = f"{f['kind'].replace('_', '-')}-{counters[f['kind']]:03d}"
    facts = [{"id": f.pop("id"), **f} for f in facts]
    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(len(facts), counters)


if __name__ == "__main__":
    main()
