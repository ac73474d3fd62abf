"""Derives facts.json of dnevnik_ru_24 from journey.json and the Dnevnik.ru reference. Standard library only.

Rules (reference /shared/reference/dnevnik_ru.md):
* a Work of type "Homework" is homework (§3.2 `type`, §3.7: the homeworks bundle's works are "Homework"); any
  other type (DefaultNewLessonWork, LessonTestWork) is an assessment column, never homework, whatever its `text`;
* its `targetDate` is the due date (§3.2), its `lesson` the lesson it was set on; the lesson's date is the lesson's
  latest `date` (§3.4), so homework of a lesson that moved is set on the new date;
* its `eduGroup` is the class or subgroup it is for (§3.2, §3.8): only that group's members see it;
* `files` resolve through the homeworks bundle's `files` list (§3.7) to their `name`;
* the latest pull wins (README "Time is data"); ids are read from `_str` twins (§1);
* a `lessons/{l}/works` answer is the lesson's whole list of works (§3.2): a later one lacking a homework the
  earlier one held means it was removed; so is an entity lesson's `works` (§3.4) and a group's lessons range
  (each lesson listed with its whole `works`).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sid(obj, key="id"):
    v = obj.get(f"{key}_str")
    return str(v) if v is not None else (None if obj.get(key) is None else str(obj[key]))


def main():
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    records = [(si, r) for si, step in enumerate(journey["steps"], 1) for b in step["batches"] for r in b]
    subjects, members, lessons, works, files = {}, {}, {}, {}, {}
    removed = {}  # work id -> (pulled_at, why)
    seen_in = {}  # (request, work) seen
    children = {}

    def see_lesson(lid, date, number, subject, group, title, at, why):
        cur = lessons.get(lid)
        if cur is None or at >= cur["at"]:
            new = dict(cur or {}, date=date, number=number, title=title, at=at, why=why)
            if subject:
                new["subject"] = subject
            if group:
                new["group"] = group
            if cur and "history" in cur:
                new["history"] = cur["history"]
            new.setdefault("history", set()).add((date, number))
            lessons[lid] = new

    def see_work(w, at, why, request):
        wid = sid(w)
        cur = works.get(wid)
        if cur is None or at >= cur["at"]:
            texts = (cur or {}).get("texts", set()) | {w.get("text") or ""}
            works[wid] = {"type": w["type"], "text": w.get("text") or "", "due": w["targetDate"][:10],
                          "lesson": sid(w, "lesson"), "group": sid(w, "eduGroup"), "subject": str(w["subjectId"]),
                          "files": [str(f) for f in w.get("files", [])], "at": at, "why": why, "texts": texts}
        else:
            cur["texts"].add(w.get("text") or "")
        seen_in.setdefault(request, set()).add(wid)

    def complete_for_lesson(lid, listed, at, why):
        for wid, w in works.items():
            if w["lesson"] == lid and wid not in listed and w["at"] < at:
                if wid not in removed or removed[wid][0] <= w["at"]:
                    removed[wid] = (at, why)

    for si, r in records:
        req, body, at = r["request"], r["body"], r.get("pulled_at", "")
        why = f"step {si}: {req} pulled {at}"
        path = req.split("?")[0]
        if re.search(r"/schools/\d+/subjects$", path):
            for s in body:
                subjects[sid(s)] = s["name"]
        elif path.endswith("/v2/edu-groups") and req.startswith("POST"):
            for e in body:
                g = sid(e["group"]) if isinstance(e["group"], dict) else str(e["group"])
                members[g] = [sid(s, "person") for s in e["students"] if s["membershipstatus"] == "Active"]
        elif re.search(r"/users/\d+/context$", path):
            children[sid(body, "personId")] = [c["personId"] for c in body["children"]]
        elif re.search(r"/lessons/\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$", path) or re.search(r"/lessons/\d+$", path):
            for l in (body if isinstance(body, list) else [body]):
                lid = sid(l)
                subjects[sid(l["subject"])] = l["subject"]["name"]
                see_lesson(lid, l["date"][:10], l["number"], sid(l["subject"]), str(l["group"]), l["title"], at, why)
                for w in l["works"]:
                    see_work(w, at, why, req)
                complete_for_lesson(lid, {sid(w) for w in l["works"]}, at, why + " (the lesson's whole works, §3.4)")
        elif re.search(r"/lessons/(\d+)/works$", path):
            lid = re.search(r"/lessons/(\d+)/works$", path).group(1)
            for w in body:
                see_work(w, at, why, req)
            complete_for_lesson(lid, {sid(w) for w in body}, at, why + " (the lesson's whole works, §3.2)")
        elif re.search(r"/works/\d+$", path):
            see_work(body, at, why, req)
        elif path.endswith("/works/many"):
            for w in body:
                see_work(w, at, why, req)
        elif "homeworks" in path:
            for s in body["subjects"]:
                subjects[str(s["id"])] = s["name"]
            for f in body["files"]:
                files[sid(f)] = f["name"]
            for l in body["lessons"]:
                see_lesson(str(l["id"]), l["date"][:10], l["number"], str(l["subjectId"]), None, l["title"], at, why)
            for w in body["works"]:
                see_work(w, at, why, req)
            listed = {sid(w) for w in body["works"]}
            for wid in seen_in.get(req, set()) - listed:  # the same request answered again without it
                if works[wid]["at"] < at and (wid not in removed or removed[wid][0] <= works[wid]["at"]):
                    removed[wid] = (at, why + " (the same request's later answer lacks it)")
        elif "/schedules" in path:
            for d in body["days"]:
                for s in d["subjects"]:
                    subjects[str(s["id"])] = s["name"]
                for l in d["lessons"]:
                    see_lesson(str(l["id"]), l["date"][:10], l["number"], str(l["subjectId"]), None, l["title"],
                               at, why)
                for w in d["works"] + d["homeworks"]:
                    see_work(w, at, why, req)

    facts = []

    def add(kind, **kw):
        facts.append({"id": f"{kind}-{sum(f['kind'] == kind for f in facts) + 1:02d}", "kind": kind, **kw})

    pupils = members[sorted(members, key=lambda g: -len(members[g]))[0]]
    for guardian, kids in sorted(children.items()):
        add("children", guardian={"person": guardian}, children=[{"person": str(k)} for k in kids],
            why="users/{u}/context children: the parent's whole list (§3.9)")

    # lessons as the latest pulls say
    for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"], kv[0])):
        for p in members.get(l["group"], []):
            add("lesson", student={"person": p}, subject=subjects[l["subject"]], date=l["date"],
                number=l["number"], topic=l["title"],
                why=f"lesson {lid} ({l['why']}): title = topic, date/number as last pulled (§3.4); "
                    f"group {l['group']}'s member (§3.8)")
        for date, number in sorted(l["history"] - {(l["date"], l["number"])}):
            clash = any(o["date"] == date and o["number"] == number and o["subject"] == l["subject"]
                        for k, o in lessons.items() if k != lid)
            if not clash:
                for p in members.get(l["group"], []):
                    add("no_lesson", student={"person": p}, subject=subjects[l["subject"]], date=date,
                        number=number, why=f"lesson {lid} moved to {l['date']} #{l['number']} by {l['why']} "
                                           f"(§3.4 date/number; latest pull wins)")

    # homework
    shown = {}  # pupil -> set of (subject, text)
    for wid, w in sorted(works.items(), key=lambda kv: (lessons[kv[1]["lesson"]]["date"], kv[0])):
        if w["type"] != "Homework" or (wid in removed and removed[wid][0] > w["at"]):
            continue
        lesson = lessons[w["lesson"]]
        subject = subjects[w["subject"]]
        for p in members.get(w["group"], []):
            fact = dict(student={"person": p}, subject=subject, text=w["text"], date=lesson["date"], due=w["due"])
            names = [files[f] for f in w["files"] if f in files]
            if names:
                fact["attachments"] = names
            add("homework", **fact,
                why=f"Work {wid} type Homework ({w['why']}): text, targetDate = due (§3.2), set on lesson "
                    f"{w['lesson']} of {lesson['date']} (§3.4, latest date), for group {w['group']} (§3.2 eduGroup, "
                    f"§3.8)" + ("; files resolved through the bundle's files (§3.7)" if names else ""))
            shown.setdefault(p, set()).add((subject, " ".join(w["text"].split())))
    for wid, w in sorted(works.items()):
        subject = subjects[w["subject"]]
        texts = sorted(t for t in w["texts"] if t.strip())
        for p in pupils:
            for t in texts:
                if (subject, " ".join(t.split())) in shown.get(p, set()):
                    continue
                if w["type"] != "Homework":
                    reason = f"Work {wid} is {w['type']}, an assessment column, not homework (§3.2 type)"
                elif wid in removed and removed[wid][0] > w["at"]:
                    reason = f"Work {wid} removed: {removed[wid][1]}"
                elif t != w["text"]:
                    reason = f"Work {wid}'s text was corrected by {w['why']} (latest pull wins)"
                elif p not in members.get(w["group"], []):
                    reason = f"Work {wid} is for group {w['group']} only, which this pupil is not in (§3.2 eduGroup, §3.8)"
                else:
                    continue
                add("no_homework", student={"person": p}, subject=subject, text=t, why=reason)

    (HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return facts


if __name__ == "__main__":
    import collections
    fs = main()
    print(len(fs), dict(collections.Counter(f["kind"] for f in fs)))
