"""Derive what a parent must see from journey.json alone (standard library; does not import the hub).

Reads ``journey.json`` beside it, writes ``facts.json``. Deterministic. Reference: /work/shared/reference/dnevnik_ru.md.

Rules (each fact's ``why`` names the ones it rests on):

R1  Latest pull wins. Every answer is the journal's state when it was pulled (``pulled_at``); answers are replayed in
    pull order (ties in delivery order), so an old answer delivered late (a retry) changes nothing a newer pull
    stated (§7: the API is polled; the answers are snapshots).
R2  Ids are the ``_str`` twins, else the integer (§1).
R3  A lesson (§3.4) is what the latest answer naming it says: its date, number, topic (``title``) and teachers. Its
    room is the ``place`` of the latest schedules/homeworks bundle that lists it (§3.4, flattened lesson); its
    times are that bundle's ``hours`` when no later answer moved the lesson, else its ``date``'s clock and the
    group's bell timetable for its number (§3.14).
R4  A group's lessons range ``edu-groups/{g}/lessons/{from}/{to}`` is the whole list of the group's lessons dated in
    the range (§7 bulk paths): a lesson it lacks that the journal held dated there is gone (cancelled or moved away).
    A lesson's ``works`` (§3.4) are all its works: a homework of that lesson it lacks is gone.
R5  A mark (§3.1) shows on its lesson's date. A group's marks range (§7) is the whole list of the group's marks; §3.1
    does not say whether it selects by the lesson's date or the mark's own, so a mark it lacks is gone only when
    both dates lie within the range. A pupil's own range likewise for that pupil. Weight and title come from the
    standalone work type (§3.1: no weight on the mark; §3.3), whatever answer brought the type, even a later one.
R6  Attendance (§3.5) is one entry per (lesson, person); ``lessons/{l}/log-entries`` is that lesson's whole log, a
    group's ``lesson-log-entries/group/{g}?subject&from&to`` the whole log of that subject's lessons dated in the
    range, ``persons/{p}/lesson-log-entries`` that pupil's entries of lessons dated in the range: an entry such a
    later answer lacks is gone (the pupil was present, §6 Attend "no mark shown"). Codes (§6): Attend present,
    Absent absent, Ill ill, Late late; Pass is stated by its code only (its meaning is disputed, §6, §11).
R7  Homework (§3.2, §3.7) is a Work of type ``Homework``: its text, the lesson it was set at (shown on that lesson's
    date) and its ``targetDate`` (due). A homeworks range (§3.7) is complete for the homework whose lesson date
    and due date both lie in it. Attachments are the names of its ``files`` (§3.7 File). Its ``tasks`` are the
    per-pupil assignments (§3.2, §3.6): a homework whose tasks name only some pupils of the class is theirs alone.
R8  Parents' children from ``users/{u}/context`` ``children`` (§3.9); guardian id = the parent's person id.
R9  Class teacher from ``edu-groups/{g}/classteacher`` (§3.9); reporting periods from the period group (§3.12).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MEANING = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late"}


def sid(obj: dict, key: str = "id"):
    """R2: the _str twin, else the integer, as a string."""
    twin = obj.get(f"{key}_str")
    value = twin if twin not in (None, "") else obj.get(key)
    return None if value is None else str(value)


class World:
    def __init__(self) -> None:
        self.persons: dict[str, str] = {}
        self.subjects: dict[str, str] = {}
        self.work_types: dict[int, dict] = {}
        self.bells: dict[str, dict[int, tuple[str, str]]] = {}
        self.lessons: dict[str, dict] = {}
        self.marks: dict[str, dict] = {}
        self.log: dict[tuple[str, str], dict] = {}
        self.homework: dict[str, dict] = {}
        self.files: dict[str, str] = {}
        self.children: dict[str, list[str]] = {}
        self.class_teacher: dict[str, str] = {}
        self.periods: list[dict] = []
        self.group_names: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}

    # --- lessons ------------------------------------------------------------------------------------------
    def see_lesson(self, raw: dict, group: str | None, t: str, src: str, bundle: bool) -> str:
        lid = sid(raw)
        lesson = self.lessons.setdefault(lid, {"id": lid, "alive": True, "hist": [], "moved_at": ""})
        if "subject" in raw and isinstance(raw["subject"], dict):
            self.subjects[sid(raw["subject"])] = raw["subject"]["name"]
            subject = sid(raw["subject"])
        else:
            subject = str(raw.get("subjectId"))
        new_place = (raw["date"][:16], raw["number"])
        if lesson.get("seen") and lesson.get("where") != new_place:
            lesson["moved_at"] = t
        lesson.update({"date": raw["date"], "number": raw["number"], "title": raw["title"], "subject": subject,
                       "teachers": [str(x) for x in (raw.get("teachers_str") or raw.get("teachers") or [])],
                       "alive": True, "where": new_place, "seen": True})
        if group:
            lesson["group"] = group
        if bundle:
            lesson["room"] = raw.get("place")
            lesson["hours"] = (raw.get("hours"), t)
        lesson["hist"].append(f"{src} @{t}: {raw['date'][:16]} #{raw['number']}")
        return lid

    def lessons_range(self, group: str, start: str, end: str, body: list, t: str, src: str) -> None:
        listed = set()
        for raw in body:
            lid = self.see_lesson(raw, group, t, src, bundle=False)
            listed.add(lid)
            works = [w for w in raw.get("works", []) if isinstance(w, dict)]
            held = {sid(w) for w in works}
            for w in works:
                self.see_work(w, t, src)
            for hid, hw in self.homework.items():  # R4: a lesson's works are all its works
                if hw["lesson"] == lid and hw["alive"] and hid not in held:
                    hw["alive"] = False
                    hw["hist"].append(f"gone from the works of lesson {lid} ({src} @{t})")
        for lid, lesson in self.lessons.items():
            if lesson.get("group") == group and lesson["alive"] and lid not in listed and start <= lesson["date"][
                                                                                                  :10] <= end:
                lesson["alive"] = False
                lesson["hist"].append(f"lacking from {src} @{t}: gone (R4)")

    # --- works / homework ---------------------------------------------------------------------------------
    def see_work(self, w: dict, t: str, src: str) -> None:
        if w.get("type") != "Homework":
            return
        wid = sid(w)
        hw = self.homework.setdefault(wid, {"id": wid, "hist": []})
        hw.update({"alive": True, "text": w["text"], "lesson": sid(w, "lesson"), "due": w["targetDate"][:10],
                   "files": [str(f) for f in w.get("files") or []], "group": sid(w, "eduGroup"),
                   "subject": str(w.get("subjectId")), "tasks": [sid(x, "person") for x in w.get("tasks") or []]})
        hw["hist"].append(f"{src} @{t}: due {w['targetDate'][:10]}")

    def homeworks_range(self, start: str, end: str, body: dict, t: str, src: str) -> None:
        for f in body.get("files", []):
            self.files[sid(f)] = f["name"]
        for raw in body.get("lessons", []):
            self.see_lesson(raw, None, t, src, bundle=True)
        for s in body.get("subjects", []):
            self.subjects[str(s["id"])] = s["name"]
        listed = set()
        for w in body.get("works", []):
            self.see_work(w, t, src)
            listed.add(sid(w))
        for hid, hw in self.homework.items():
            lesson = self.lessons.get(hw["lesson"], {})
            if hw["alive"] and hid not in listed and start <= hw["due"] <= end and start <= lesson.get("date", "")[
                                                                                              :10] <= end:
                hw["alive"] = False
                hw["hist"].append(f"lacking from {src} @{t}: gone (R7)")

    # --- marks ----------------------------------------------------------------------------------------------
    def see_mark(self, m: dict, t: str, src: str) -> str:
        mid = sid(m)
        mark = self.marks.setdefault(mid, {"id": mid, "hist": []})
        mark.update({"alive": True, "value": m.get("textValue") or m["value"], "person": sid(m, "person"),
                     "lesson": sid(m, "lesson"), "date": m["date"], "workType": int(m["workType"])})
        mark["hist"].append(f"{src} @{t}: {m['value']}")
        return mid

    def marks_range(self, body: list, t: str, src: str, start: str, end: str, group: str | None = None,
                    person: str | None = None) -> None:
        listed = {self.see_mark(m, t, src) for m in body}
        for mid, mark in self.marks.items():
            lesson = self.lessons.get(mark["lesson"], {})
            if not mark["alive"] or mid in listed:
                continue
            if group and lesson.get("group") != group or person and mark["person"] != person:
                continue
            if start <= mark["date"][:10] <= end and start <= lesson.get("date", "")[:10] <= end:
                mark["alive"] = False
                mark["hist"].append(f"lacking from {src} @{t}: gone (R5)")

    # --- attendance -------------------------------------------------------------------------------------------
    def log_answer(self, body: list, t: str, src: str, in_scope) -> None:
        listed = set()
        for e in body:
            key = (sid(e, "lesson"), sid(e, "person"))
            listed.add(key)
            entry = self.log.setdefault(key, {"hist": []})
            entry.update({"alive": True, "status": e["status"], "comment": e.get("comment") or ""})
            entry["hist"].append(f"{src} @{t}: {e['status']}")
        for key, entry in self.log.items():
            if entry["alive"] and key not in listed and in_scope(*key):
                entry["alive"] = False
                entry["hist"].append(f"lacking from {src} @{t}: gone, present (R6)")


def replay(journey: dict) -> World:
    w = World()
    records = [(r["pulled_at"], i, r) for i, r in enumerate(r for s in journey["steps"] for b in s["batches"] for r in b)]
    for t, _, rec in sorted(records, key=lambda x: (x[0], x[1])):
        path = re.sub(r"^GET\s+(https?://[^/]+)?/v2(\.0)?/", "", rec["request"])
        body = rec["body"]
        src = "GET " + path
        m = re.fullmatch(r"edu-groups/(\d+)/lessons/([\d-]+)/([\d-]+)", path)
        if m:
            w.lessons_range(m[1], m[2][:10], m[3][:10], body, t, src)
            continue
        m = re.fullmatch(r"lessons/(\d+)", path)
        if m:
            w.see_lesson(body, str(body.get("group")), t, src, bundle=False)
            continue
        m = re.fullmatch(r"edu-groups/(\d+)/marks/([\d-]+)/([\d-]+)", path)
        if m:
            w.marks_range(body, t, src, m[2][:10], m[3][:10], group=m[1])
            continue
        m = re.fullmatch(r"persons/(\d+)/schools/\d+/marks/([\d-]+)/([\d-]+)", path)
        if m:
            w.marks_range(body, t, src, m[2][:10], m[3][:10], person=m[1])
            continue
        m = re.fullmatch(r"lesson-log-entries/group/(\d+)\?subject=(\d+)&from=([\d-]+)&to=([\d-]+)", path)
        if m:
            g, subj, a, b = m[1], m[2], m[3], m[4]
            w.log_answer(body, t, src, lambda lid, p, g=g, subj=subj, a=a, b=b: (
                w.lessons.get(lid, {}).get("group") == g and w.lessons[lid]["subject"] == subj
                and a <= w.lessons[lid]["date"][:10] <= b))
            continue
        m = re.fullmatch(r"lesson-log-entries/lesson/(\d+)/person/(\d+)", path)
        if m:
            w.log_answer([body] if body else [], t, src, lambda lid, p, one=(m[1], m[2]): (lid, p) == one)
            continue
        m = re.fullmatch(r"persons/(\d+)/group/(\d+)/recentmarks\?.*", path)
        if m:  # not complete for anything: limited to the newest marks
            for s_ in body.get("subjects", []):
                w.subjects[str(s_["id"])] = s_["name"]
            for raw in body.get("lessons", []):
                w.see_lesson(raw, None, t, src, bundle=True)
            for mk in body.get("marks", []):
                w.see_mark(mk, t, src)
            continue
        m = re.fullmatch(r"lessons/(\d+)/log-entries", path)
        if m:
            w.log_answer(body, t, src, lambda lid, p, one=m[1]: lid == one)
            continue
        m = re.fullmatch(r"persons/(\d+)/lesson-log-entries\?startDate=([\d-]+)&endDate=([\d-]+)", path)
        if m:
            w.log_answer(body, t, src, lambda lid, p, who=m[1], a=m[2], b=m[3]: p == who and a <= w.lessons.get(
                lid, {}).get("date", "")[:10] <= b)
            continue
        m = re.fullmatch(r"users/me/school/\d+/homeworks\?startDate=([\d-]+)&endDate=([\d-]+)", path)
        if m:
            w.homeworks_range(m[1], m[2], body, t, src)
            continue
        m = re.fullmatch(r"persons/(\d+)/groups/(\d+)/schedules\?startDate=([\d-]+)&endDate=([\d-]+)", path)
        if m:
            for day in body["days"]:
                for s in day.get("subjects", []):
                    w.subjects[str(s["id"])] = s["name"]
                for p in day.get("teachers", []):
                    w.persons[sid(p)] = " ".join(x for x in (p["lastName"], p["firstName"], p["middleName"]) if x)
                for raw in day["lessons"]:
                    w.see_lesson(raw, m[2], t, src, bundle=True)
                for hw in day.get("homeworks", []):
                    w.see_work(hw, t, src)
            continue
        if re.fullmatch(r"work-types/\d+", path):
            for wt in body:
                w.work_types[int(wt["id"])] = {"title": wt["title"], "weight": wt["weight"]}
            continue
        if re.fullmatch(r"persons/\d+", path) or re.fullmatch(r"edu-groups/\d+/classteacher", path):
            w.persons[sid(body)] = " ".join(x for x in (body["lastName"], body["firstName"], body["middleName"]) if x)
            m = re.fullmatch(r"edu-groups/(\d+)/classteacher", path)
            if m:
                w.class_teacher[m[1]] = sid(body)
            continue
        m = re.fullmatch(r"edu-groups/(\d+)/timetables", path)
        if m:
            w.bells[m[1]] = {int(i["LessonNumber"]): (i["Start"][11:16], i["Finish"][11:16])
                             for tt in body for i in tt["Items"]}
            continue
        m = re.fullmatch(r"edu-groups/(\d+)/reporting-period-group", path)
        if m:
            w.periods = [{"name": p["name"], "starts_on": p["start"][:10], "ends_on": p["finish"][:10]}
                         for p in body["reportingPeriods"]]
            continue
        m = re.fullmatch(r"edu-groups/(\d+)/persons\?includeArchive=false", path)
        if m:
            w.members[m[1]] = [sid(p) for p in body]
            continue
        m = re.fullmatch(r"edu-groups/(\d+)", path)
        if m:
            w.group_names[m[1]] = body["name"]
            continue
        m = re.fullmatch(r"users/(\d+)/context", path)
        if m:
            w.children[sid(body, "personId")] = [sid(c, "personId") for c in body.get("children", [])]
            continue
        if re.fullmatch(r"schools/\d+", path):
            continue
        raise SystemExit(f"unrouted request {rec['request']}")
    return w


def times(w: World, lesson: dict) -> tuple[str, str, str]:
    """R3: the bundle's hours unless the lesson moved after that bundle was pulled; else date clock and bells."""
    hours = lesson.get("hours")
    if hours and hours[0] and hours[1] >= lesson["moved_at"]:
        a, b = [x.strip() for x in hours[0].split("-")]
        return a, b, f"hours «{hours[0]}» of the bundle pulled {hours[1]} (R3)"
    bells = w.bells[lesson["group"]][lesson["number"]]
    return lesson["date"][11:16], bells[1], f"date {lesson['date']} and bell {lesson['number']} ends {bells[1]} (R3, §3.14)"


def main() -> None:
    journey = json.loads((HERE / "journey.json").read_text(encoding="utf-8"))
    w = replay(journey)
    facts: list[dict] = []

    def add(kind: str, **fields) -> None:
        facts.append({"id": f"{kind.replace('_', '-')}-{sum(f['kind'] == kind for f in facts) + 1:03d}",
                      "kind": kind, **fields})

    groups = sorted(w.members)
    g7 = next(g for g in groups if w.group_names[g] == "7А")
    g8 = next(g for g in groups if w.group_names[g] == "8Б")
    matvey, darya, timur, lev = w.members[g7][0], w.members[g7][3], w.members[g7][2], w.members[g7][4]
    ivan, nikita, vera = w.members[g8][0], w.members[g8][2], w.members[g8][4]

    def pupil(p: str) -> dict:
        return {"person": p}

    # --- lessons: every lesson of each class, as Матвей (7А) and Иван (8Б) see it -------------------------------
    for reader, group in ((matvey, g7), (ivan, g8)):
        live = sorted((l for l in w.lessons.values() if l.get("group") == group and l["alive"]),
                      key=lambda l: (l["date"], l["number"]))
        for lesson in live:
            start, end, why_t = times(w, lesson)
            fact = {"student": pupil(reader), "subject": w.subjects[lesson["subject"]], "date": lesson["date"][:10],
                    "number": lesson["number"], "topic": lesson["title"], "starts_at": start, "ends_at": end,
                    "teacher": w.persons[lesson["teachers"][0]]}
            if lesson.get("room"):
                fact["room"] = lesson["room"]
            add("lesson", **fact, why=f"lesson {lesson['id']}: {'; '.join(lesson['hist'][-3:])}; {why_t}; "
                                      f"teacher person {lesson['teachers'][0]} (§3.4 teachers, §3.9); latest pull (R1)")
    # --- lessons gone: cancelled, replaced or moved -------------------------------------------------------------
    for lesson in sorted(w.lessons.values(), key=lambda l: l["id"]):
        past = [h for h in lesson["hist"] if "#" in h]
        first = past[0]
        first_date, first_number = first.split(": ")[1].split(" #")
        first_number = int(first_number)
        if lesson["alive"] and (lesson["date"][:16], lesson["number"]) == (first_date, first_number):
            continue
        readers = [matvey, darya] if lesson["group"] == g7 else [ivan, nikita]
        subject = w.subjects[lesson["subject"]]
        replaced = [l for l in w.lessons.values() if l["alive"] and l.get("group") == lesson["group"]
                    and l["date"][:10] == first_date[:10] and l["number"] == first_number]
        for reader in readers:
            add("no_lesson", student=pupil(reader), subject=subject, date=first_date[:10], number=first_number,
                why=f"lesson {lesson['id']} was planned {first_date} #{first_number}; {lesson['hist'][-1]}"
                    + (f"; now {lesson['date'][:16]} #{lesson['number']}" if lesson["alive"] else "")
                    + (f"; the slot now holds {[w.subjects[l['subject']] for l in replaced]}" if replaced else "")
                    + " (R4, §7)")

    # --- marks ---------------------------------------------------------------------------------------------
    for mark in sorted(w.marks.values(), key=lambda m: m["id"]):
        lesson = w.lessons[mark["lesson"]]
        wt = w.work_types[mark["workType"]]
        common = {"student": pupil(mark["person"]), "date": lesson["date"][:10],
                  "subject": w.subjects[lesson["subject"]], "value": mark["value"]}
        if mark["alive"]:
            add("mark", **common, weight=wt["weight"], work_type=wt["title"], counts=True,
                why=f"mark {mark['id']}: {'; '.join(mark['hist'][-2:])}; set {mark['date']}, shown on its lesson's "
                    f"date (R5, §3.1); work type {mark['workType']} «{wt['title']}» weight {wt['weight']} (§3.3)")
        else:
            add("no_mark", **common, why=f"mark {mark['id']}: {'; '.join(mark['hist'][-2:])} (R5)")

    # --- attendance ------------------------------------------------------------------------------------------
    def attendance(person: str, lid: str, why_extra: str = "") -> None:
        lesson = w.lessons[lid]
        entry = w.log.get((lid, person))
        fact = {"student": pupil(person), "subject": w.subjects[lesson["subject"]], "date": lesson["date"][:10],
                "number": lesson["number"]}
        if entry and entry["alive"]:
            if entry["status"] in MEANING:
                fact.update(code=entry["status"], meaning=MEANING[entry["status"]])
            else:
                fact.update(code=entry["status"])
            why = f"entry ({lid}, {person}): {'; '.join(entry['hist'][-3:])} (R6, §6)"
        else:
            fact.update(meaning="present")
            why = (f"entry ({lid}, {person}): {'; '.join(entry['hist'][-3:])}" if entry else
                   f"no entry for lesson {lid}: nobody marked it (§3.5, §6 Attend)") + " (R6)"
        add("attendance", **fact, why=why + why_extra)

    live = {lid: l for lid, l in w.lessons.items() if l["alive"]}

    def lessons_of(group: str, start: str, end: str, subject: str | None = None) -> list[str]:
        return sorted((lid for lid, l in live.items() if l.get("group") == group and start <= l["date"][:10] <= end
                       and (subject is None or w.subjects[l["subject"]] == subject)),
                      key=lambda lid: (live[lid]["date"], live[lid]["number"]))

    for lid in lessons_of(g8, "2027-01-25", "2027-01-29"):  # Никита ill the whole week, certificate later
        attendance(nikita, lid)
    for lid in lessons_of(g8, "2027-02-04", "2027-02-05"):  # Вера: the parents' note
        attendance(vera, lid)
    for lid in lessons_of(g8, "2027-02-01", "2027-02-02"):  # Никита back at school
        attendance(nikita, lid)
    for lid in lessons_of(g7, "2027-02-01", "2027-02-05", "Физика"):  # online physics: marked who connected
        for person in (matvey, darya, lev):
            attendance(person, lid)
    for lid in lessons_of(g7, "2027-02-01", "2027-02-05", "Русский язык"):  # the Absent marks cleared
        for person in (matvey, darya):
            attendance(person, lid)
    for lid in lessons_of(g7, "2027-02-01", "2027-02-05", "Алгебра"):  # online algebra: nobody marked
        attendance(matvey, lid)
    for lid in lessons_of(g7, "2027-02-08", "2027-02-09"):  # Дарья still ill after the quarantine
        attendance(darya, lid)
    for lid in lessons_of(g7, "2027-01-25", "2027-01-26"):  # a normal week: nobody absent
        attendance(timur, lid)

    # --- homework --------------------------------------------------------------------------------------------
    for hw in sorted(w.homework.values(), key=lambda h: h["id"]):
        lesson = w.lessons[hw["lesson"]]
        readers = [matvey, darya] if hw["group"] == g7 else [ivan]
        for reader in readers:
            fact = {"student": pupil(reader), "subject": w.subjects[lesson["subject"]], "text": hw["text"],
                    "date": lesson["date"][:10], "due": hw["due"]}
            if hw["files"]:
                fact["attachments"] = [w.files[f] for f in hw["files"]]
            history = f"homework {hw['id']}: {'; '.join(hw['hist'][-3:])}"
            if not hw["alive"]:
                add("no_homework", student=pupil(reader), subject=fact["subject"], text=hw["text"],
                    why=f"{history} (R4, R7)")
            elif hw["tasks"] and reader not in hw["tasks"]:
                add("no_homework", student=pupil(reader), subject=fact["subject"], text=hw["text"],
                    why=f"{history}; its tasks name only {hw['tasks']}, not this pupil (R7, §3.2 tasks, §3.6)")
            else:
                add("homework", **fact, why=f"{history}; set at lesson {lesson['id']} of {lesson['date'][:10]}"
                                            + (f"; tasks name this pupil" if len(hw["tasks"]) == 1 else "")
                                            + " (R7, §3.2 targetDate)")

    # --- parents, class teachers, periods ----------------------------------------------------------------------
    for parent, kids in sorted(w.children.items()):
        add("children", guardian={"person": parent}, children=[pupil(k) for k in kids],
            why=f"users/{{u}}/context of person {parent}: children {kids} (R8, §3.9)")
    for group in (g7, g8):
        add("class_teacher", group={"group": group}, teacher=w.persons[w.class_teacher[group]],
            why=f"edu-groups/{group}/classteacher: person {w.class_teacher[group]} (R9, §3.9)")
    for p in w.periods:
        if p["name"] == "3 четверть":
            for reader in (matvey, ivan):
                add("period", student=pupil(reader), **p, why="reporting-period-group of the pupil's class (R9, §3.12)")

    out = {"about": "Facts a parent must see in Gradebook Hub for dnevnik_ru_44, derived from journey.json by "
                    "derive_facts.py (rules R1..R9 in its docstring)", "facts": facts}
    (HERE / "facts.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for f in facts:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(len(facts), "facts", kinds)


if __name__ == "__main__":
    main()
