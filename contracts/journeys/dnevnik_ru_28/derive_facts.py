"""Derive what a parent must (and must not) see from journey.json, from the Dnevnik.ru reference only.

Standard library only; deterministic. Texts are expected exactly as the vendor returned them: the reference
(§3.2 Work.text, §3.4 Lesson.title, §3.5 comment) says nothing of the vendor escaping HTML, trimming or
normalising text, so nothing is unescaped, stripped or rewritten. The latest pull (`pulled_at`) wins.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
records = [r for step in journey["steps"] for batch in step["batches"] for r in batch]
records.sort(key=lambda r: r.get("pulled_at") or "")  # stable: pull order, then push order

def sid(obj, key="id"):
    return str(obj.get(key + "_str") or obj[key])

lessons, works, marks, log, teacher_names, children, class_teacher = {}, {}, {}, {}, {}, {}, None
older_hw_texts, subjects, worktypes = {}, {}, {}

def take_work(w):
    old = works.get(sid(w))
    if old is not None and old.get("text") != w.get("text") and w["type"] == "Homework":
        older_hw_texts.setdefault(sid(w), []).append(old["text"])
    works[sid(w)] = w

for r in records:
    req, body = r["request"], r["body"]
    if re.search(r"/work-types/", req):
        worktypes.update({sid(t): t for t in body})
    elif req.startswith("POST /v2/users/many"):
        teacher_names.update({sid(u, "personId"): u["fullName"] for u in body})
    elif req.endswith("/classteacher"):
        class_teacher = " ".join(x for x in (body["lastName"], body["firstName"], body["middleName"]) if x)
    elif "/context" in req:
        children[sid(body, "personId")] = sorted(sid(c, "personId") for c in body["children"])
    elif re.search(r"/lessons/\d{4}-", req):
        for l in body:
            lessons[sid(l)] = {**lessons.get(sid(l), {}), **{k: v for k, v in l.items() if k != "works"}}
            subjects[str(l["subject"]["id"])] = l["subject"]["name"]
    elif re.fullmatch(r"GET /v2/lessons/\d+", req):
        lessons[sid(body)] = {k: v for k, v in body.items() if k != "works"}
        subjects[str(body["subject"]["id"])] = body["subject"]["name"]
        for w in body["works"]:
            take_work(w)
    elif re.search(r"/lessons/\d+/marks$", req) or re.search(r"/marks/\d{4}-", req):
        marks.update({sid(m): m for m in body})
    elif "/homeworks" in req:
        for w in body["works"]:
            take_work(w)
    elif re.fullmatch(r"GET /v2/works/\d+", req):
        take_work(body)
    elif "lesson-log-entries" in req:
        log.update({(sid(e, "lesson"), sid(e, "person")): e for e in body})

pupils = [str(p["id_str"]) for r in records if r["request"].endswith("/persons?includeArchive=false") for p in r["body"]]
facts = []
def add(kind, why, **kw):
    facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}", "kind": kind, **kw,
                  "why": why})

def day(dtv): return dtv[:10]
for lid, l in sorted(lessons.items(), key=lambda kv: (kv[1]["date"], kv[1]["number"])):
    teacher = teacher_names[str(l["teachers_str"][0])]
    for p in pupils:
        add("lesson", f"lesson {lid} (§3.4): title exactly as typed (no trimming or unescaping: §3.4 says nothing of it), "
            f"date/number (§2), teacher by users/many fullName (§3.9)", student={"person": p},
            subject=l["subject"]["name"], date=day(l["date"]), number=l["number"], topic=l["title"],
            starts_at=l["date"][11:16], teacher=teacher)
for wid, w in sorted(works.items()):
    if w["type"] != "Homework":
        continue
    l = lessons[str(w["lesson_str"])]
    for p in pupils:
        add("homework", f"Homework work {wid} (§3.2, §3.7): text exactly as the teacher typed it (line breaks, tabs, "
            "HTML-looking text, backslashes, emoji, RTL, padding kept: the reference names no escaping), set at its "
            "lesson, due targetDate", student={"person": p}, subject=subjects[str(w["subjectId"])], text=w["text"],
            date=day(l["date"]), due=day(w["targetDate"]))
        for old in older_hw_texts.get(wid, []):
            add("no_homework", f"work {wid}'s text was replaced by a later pull (§3.2 text; hub README 'Vendor formats': "
                "latest pull wins)", student={"person": p}, subject=subjects[str(w["subjectId"])], text=old)
for mid, m in sorted(marks.items()):
    l, wt = lessons[str(m["lesson_str"])], worktypes[str(m["workType"])]
    add("mark", f"mark {mid} (§3.1, mark5 §5): value as written; work type title (quotes and backslash as typed) "
        "and weight from work-types (§3.3)", student={"person": str(m["person_str"])}, subject=l["subject"]["name"],
        date=day(l["date"]), value=m["textValue"] or m["value"], work_type=wt["title"], weight=wt["weight"])
marked = {(str(m["lesson_str"]), str(m["person_str"])) for m in marks.values()}
for lid in sorted({k[0] for k in marked}):
    l = lessons[lid]
    for p in pupils:
        if (lid, p) not in marked:
            add("no_mark", f"lesson {lid}: no Mark names person {p} (§3.1: marks name the pupil by person id)",
                student={"person": p}, subject=l["subject"]["name"], date=day(l["date"]))
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}  # Pass: meaning disputed (§6)
for (lid, p), e in sorted(log.items()):
    l = lessons[lid]
    kw = {"code": e["status"]}
    if e["status"] in MEANING:
        kw["meaning"] = MEANING[e["status"]]
    add("attendance", f"log entry ({lid}, {p}) status {e['status']} (§3.5, §6; Pass: code only, meaning disputed)",
        student={"person": p}, subject=l["subject"]["name"], date=day(l["date"]), number=l["number"], **kw)
for lid, l in sorted(lessons.items()):
    for p in pupils:
        if (lid, p) not in log:
            add("attendance", f"no log entry for ({lid}, {p}) (§3.5: an entry is keyed by lesson and person): present",
                student={"person": p}, subject=l["subject"]["name"], date=day(l["date"]), number=l["number"],
                meaning="present")
for g, kids in sorted(children.items()):
    add("children", "users/{u}/context children (§3.9); the guardian is the context's personId",
        guardian={"person": g}, children=[{"person": k} for k in kids])
group = next(r["body"] for r in records if re.fullmatch(r"GET /v2/edu-groups/\d+", r["request"]))
add("class_teacher", "edu-groups/{g}/classteacher Person (§3.9): Last First Middle as written (ё kept)",
    group={"group": sid(group)}, teacher=class_teacher)
(HERE / "facts.json").write_text(json.dumps({"facts": facts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(facts), "facts")
