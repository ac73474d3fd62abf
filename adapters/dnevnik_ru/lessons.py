"""Lessons, works, homework, work types, files and tasks (reference 3.2-3.4, 3.6, 3.7).

* A lesson -> ``lesson.scheduled`` (topic = ``title``, slot = ``number``: null, ``""`` or no key is none, the
  client models of §10 declare it optional, so the lesson has no slot (``lesson.scheduled`` v2) and no end from the
  bells; times from ``hours`` (§3.4 gives it as display text: ``""`` or a text without two times of day states
  none, ``hours_of``) or the clock of ``date``, what they do not give from the bell timetable of its number
  (``bells.py``), room = ``place``, the first of ``teachers``) and, when it names a teacher, ``teacher.assigned``
  (subject teacher of the lesson's class and subject). The entity shape (``lessons/{l}``...) states its ``group``;
  the flattened shape of the bundles has none: its class comes from the bundle's works (``eduGroup``) or the
  directory and is *not stated* (``omitted``), so a bundle never moves a lesson. A field whose key the object lacks
  is not stated either (the entity shape has no ``place`` / ``hours``: the room stays as a bundle said; the end time
  is the bell timetable's, when it holds the lesson's number, else not stated). A lesson whose class is known
  nowhere waits for it (``("lesson", id)``).
* A work -> a ``("work", id)`` directory entry (lesson, subject, group, type, scale, work type, period); a
  ``Homework`` work -> ``homework.assigned`` whatever its text (§3.2: ``text`` "" or null is text "", a teacher who
  only attached the task or set only a due date; a work without the key does not state it) (due = ``targetDate``;
  attachments resolved through the answer's ``files`` list, not stated when the answer has no such list), in its
  own and its lesson's works' containing scopes, indexed under its due day (``homework_days.py``); filed under a
  group of the pupils its ``tasks`` name when they leave out a pupil of its group (``addressees.py``). A lesson's
  ``works[]`` in the entity shape is its whole list of works (``Carried.lesson_works``, ``containing.py``).
* A work type -> the ``("work_type", id)`` directory entry when it is the standalone shape (it has ``weight``);
  the embedded shape (``name``, no weight) is kept for the answer only, so it never overwrites a weight. A weight
  or a title that differs from the remembered one (or the first one) is a ``Restatement`` of the marks of that
  work type (§3.1: the work type gives a mark its name and weight): the hub amends each mark it holds with
  another weight or another ``work_type.name`` (``hub.ingest.restatements``); its code only when the work type's
  ``kind`` is new too (a mark read before its work type was sent has its work's ``type`` as its code:
  ``contracts/journeys/dnevnik_ru_68``).
* Tasks -> ``("task", id)`` directory entries (per-student homework status has no canonical event; whom a
  work's embedded tasks name: ``addressees.py``).
"""

from __future__ import annotations

import re
from datetime import time
from typing import Any

from adapters.base import Restatement, pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.addressees import addressed_group
from adapters.dnevnik_ru.bells import OWN_TIMES, lesson_times
from adapters.dnevnik_ru.common import Carried, Out, blank, id_list, reject, stated, validate, vendor_id
from adapters.dnevnik_ru.days import file_lesson, lesson_scopes
from adapters.dnevnik_ru.homework_days import file_homework, homework_scopes
from adapters.dnevnik_ru.local_time import local_date, local_datetime
from adapters.dnevnik_ru.pupil_days import class_of, class_pulls
from hub.events import types as t


def work_type(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    wt = validate(m.WorkType, raw, p, carried)
    vid = vendor_id(wt, "id", p, required=True)
    if wt.weight is None:
        carried.work_types[vid] = {"name": wt.name or wt.title, "kind": wt.kind}
        return
    before = out.peek("work_type", vid) or {}
    title = wt.title or wt.name
    out.remember("work_type", vid, {"weight": wt.weight, "title": title, "kind": wt.kind})
    fields: dict[str, Any] = {}
    if before.get("weight") is None or float(before["weight"]) != float(wt.weight):
        fields.update(weight_fields(float(wt.weight)))
    if title and title != before.get("title"):
        fields["work_type"] = {"name": title}  # merged into each mark's work_type
    if wt.kind and wt.kind != before.get("kind"):  # a mark read before it has its work's type as its code
        from adapters.dnevnik_ru.marks import work_kind  # marks -> lessons: imported when first needed

        fields["work_type"] = {**fields.get("work_type", {}), "code": work_kind(wt.kind)}
    if fields:
        out.restated.append(Restatement(work_type_key(vid), fields, carried.pulled_at))


def weight_fields(weight: float) -> dict[str, Any]:
    """A work type's weight is its marks' (§3.1): the fields a new (or first) weight restates on every mark of it
    the hub holds (a weight of 0 also counts them out of the average, as ``marks.grade`` does)."""
    return {"weight": weight, **({"counts_in_average": False} if weight == 0 else {})}


def work_type_key(vid: str) -> str:
    """The reference a mark's weight is derived from (``Translation.derived_from``)."""
    return f"work_type:{vid}"


def file(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.File, raw, p, carried)
    vid = vendor_id(obj, "id", p, required=True)
    url = blank(obj.downloadUrl) or blank(obj.pageUrl)
    carried.files = carried.files if carried.files is not None else {}
    carried.files[vid] = {"name": obj.name, "url": url, "size_bytes": obj.size} if url else {}


def task(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Task, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    out.remember("task", vid, {"person": vendor_id(obj, "person", p), "work": vendor_id(obj, "work", p),
                               "status": obj.status, "target_date": obj.targetDate})


def index_works(works: Any, carried: Carried) -> None:
    """Note which edu-group each lesson's works name, before the lessons are read (bundles list them apart)."""
    for raw in works if isinstance(works, list) else []:
        if isinstance(raw, dict):
            lesson_id = raw.get("lesson_str") or raw.get("lesson")
            group = raw.get("eduGroup_str") or raw.get("eduGroup")
            if isinstance(lesson_id, (int, str)) and isinstance(group, (int, str)) and not isinstance(group, bool):
                carried.lesson_groups.setdefault(str(lesson_id), str(group))


def lesson(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Lesson, raw, p, carried)
    vid = vendor_id(obj, "id", p, required=True)
    subject_id = vendor_id(obj.subject, "id", (*p, "subject")) if obj.subject else None
    subject_id = subject_id or (str(obj.subjectId) if obj.subjectId is not None else None)
    if subject_id is None:
        raise reject(pointer(*p, "subject"), "the lesson names no subject (subject.id or subjectId)")
    unstated: set[str] = set()
    group = vendor_id(obj, "group", p)
    if group is None:
        unstated.add("class_id")
        embedded = [w for w in obj.works or [] if not isinstance(w, int)]
        group = next((vendor_id(w, "eduGroup", p) for w in embedded if w.eduGroup is not None or w.eduGroup_str),
                     None) or carried.lesson_groups.get(vid) or (out.peek("lesson", vid) or {}).get("group")
        if group is None:
            out.wait("lesson", vid, pointer(*p))  # its class is stated by the lesson's entity endpoint or works
            return
    when = local_datetime(obj.date, out.ctx)
    starts, ends = _times(obj, when.time(), unstated, p, out, vid)
    derived, dated = OWN_TIMES, {}
    if "ends_at" in unstated:  # the bell timetable gives its number's times, as of its pull (bells.py)
        held = (out.peek("lesson", vid) or {}).get("date")  # the day its held times were given for
        starts, ends, derived, dated = lesson_times(out, group, obj.number, when.date(), starts, unstated,
                                                    moved=held is not None and held != when.date().isoformat())
    teachers = id_list(obj, "teachers")
    if not stated(raw, "teachers", "teachers_str"):
        unstated.add("teacher_id")
    for key, name in (("title", "topic"), ("place", "room"), ("number", "slot")):
        if not stated(raw, key):
            unstated.add(name)
    lesson_id = out.cid("lesson", vid)
    out.emit(t.LessonScheduledV2, "lesson.scheduled", {
        "lesson_id": lesson_id, "class_id": out.cid("class", class_of(out, vid, group, when.date().isoformat())),
        "subject_id": out.cid("subject", subject_id),
        "date": when.date().isoformat(), "slot": obj.number, "starts_at": starts, "ends_at": ends,
        "teacher_id": out.cid("person", teachers[0]) if teachers else None, "topic": blank(obj.title),
        "room": blank(obj.place)}, when, f"lessons:{vid}", "lesson",
        {"topic": (*p, "title"), "room": (*p, "place"), "starts_at": (*p, "hours")}, p,
        omitted=unstated, scopes=lesson_scopes(vid, group, subject_id, when.date().isoformat()),
        derived_from=derived, fields_as_of=dated)
    entry = {"date": when.date().isoformat(), "subject": subject_id, "group": group,
             "teacher": teachers[0] if teachers else None}
    if "class_id" not in unstated:  # its group's latest pull, and of a range listing its day whole (pupil_days.py)
        entry.update(class_pulls(out.peek("lesson", vid) or {}, entry["date"], carried))
    out.remember("lesson", vid, entry, merge=True)
    carried.lessons[vid] = entry
    file_lesson(out, vid, group, entry["date"])  # where a log-entry range of its day looks for its log
    if teachers:
        assign_subject_teacher(out, teachers[0], group, subject_id, when, (*p, "teachers"))
    if obj.subject is not None:  # its name (§3.4): a subject no subject list names is named by its lessons
        from adapters.dnevnik_ru.school import subject  # school -> marks -> lessons: imported when first needed

        subject(raw["subject"], (*p, "subject"), out, carried)
    for i, work_raw in enumerate(obj.works or []):
        if not isinstance(work_raw, int):
            work(raw["works"][i], (*p, "works", i), out, carried)
    if obj.works is not None and not carried.bundle:  # §3.4: the lesson's works, whole (``containing.py``)
        carried.lesson_works[vid] = {str(w) if isinstance(w, int) else vendor_id(w, "id", (*p, "works"), required=True)
                                     for w in obj.works}


TWO_TIMES = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})\D+?([0-9]{1,2})[:.]([0-9]{2})")
SKIPPED_TIMES = "skipped_malformed_times"


def hours_of(text: str) -> tuple[time, time] | None:
    """The two times of day of a lesson's ``hours`` as a journal displays them (§3.4: "08:30 - 09:15"; also an en
    or em dash, dots, words around: "с 8.30 до 9.15"); None when the text holds no two times of day."""
    found = TWO_TIMES.search(text)
    if found is None:
        return None
    h1, m1, h2, m2 = map(int, found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return None
    return time(h1, m1), time(h2, m2)


def _times(obj: m.Lesson, clock: time, unstated: set[str], p: tuple, out: Out,
           vid: str) -> tuple[str | None, str | None]:
    """(starts_at, ends_at): from ``hours`` (``hours_of``), else (no ``hours``, null, "" or a text without two
    times of day: §3.4 gives it only as display text) the start from the clock of ``date`` (a midnight ``date`` is
    a date without a time); what neither gives is not stated. An unreadable text is counted with its pointer
    (``skipped_malformed_times``, as Elzhur's): the lesson, its room and the answer's marks are kept."""
    if obj.hours and obj.hours.strip():
        read = hours_of(obj.hours)
        if read is not None:
            return read[0].isoformat(), read[1].isoformat()
        out.remember(SKIPPED_TIMES, vid, {"hours": obj.hours, "pointer": pointer(*p, "hours")})
    unstated.add("ends_at")
    if clock != time(0):
        return clock.replace(microsecond=0).isoformat(), None
    unstated.add("starts_at")
    return None, None


def assign_subject_teacher(out: Out, teacher: str, group: str, subject: str, when: Any, ptr: str | tuple) -> None:
    """teacher.assigned (subject teacher). A person is one entity: when no teacher answer named the teacher yet and
    the directory knows the person's name (``persons/{p}``, a context...), the assignment states it (the plain
    name parts, which a ``teacher.defined`` outranks), and the person is remembered as a teacher, so a Person
    answer after the lesson defines her (``people.person``)."""
    known = out.peek("person", teacher) or {}
    name = None if known.get("teacher") or not (known.get("first_name") and known.get("last_name")) else {
        "first_name": known["first_name"], "last_name": known["last_name"], "middle_name": known.get("middle_name")}
    out.emit(t.TeacherAssigned, "teacher.assigned", {
        "teacher_id": out.cid("person", teacher), "role": "subject_teacher", "class_id": out.cid("class", group),
        "subject_id": out.cid("subject", subject), "name": name}, when, f"teacher:{teacher}:{group}:{subject}",
        "assignment", {}, ptr, omitted=() if name else ("name",))
    out.remember("person", teacher, {"teacher": True}, merge=True)


def work(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Work, raw, p, carried)
    vid = vendor_id(obj, "id", p, required=True)
    lesson_vid = vendor_id(obj, "lesson", p)
    group = vendor_id(obj, "eduGroup", p)
    subject_id = str(obj.subjectId) if obj.subjectId is not None else None
    the_lesson = carried.find(out, "lesson", lesson_vid) or {}
    entry = {"lesson": lesson_vid, "subject": subject_id or the_lesson.get("subject"),
             "group": group or the_lesson.get("group"), "type": obj.type, "mark_type": obj.markType,
             "work_type": str(obj.workType) if obj.workType is not None else None,
             "date": (obj.targetDate or the_lesson.get("date") or "")[:10] or None,
             "due": local_date(obj.targetDate).isoformat() if obj.targetDate else None,
             "period_number": obj.periodNumber, "period_type": obj.periodType, "mark_count": obj.markCount}
    out.remember("work", vid, entry)
    carried.works[vid] = entry
    if lesson_vid and group:
        out.remember("lesson", lesson_vid, {"group": group, "subject": subject_id}, merge=True)
    if obj.type == "Homework":  # §3.2: homework whatever its text (a teacher may only attach the task, §3.7)
        _homework(raw, obj, vid, p, entry, out, carried)


def _homework(raw: Any, obj: m.Work, vid: str, p: tuple, entry: dict[str, Any], out: Out, carried: Carried) -> None:
    unstated: set[str] = set()
    lesson_vid = entry["lesson"]
    if entry["group"] is None or entry["subject"] is None:
        if lesson_vid is None:
            raise reject(pointer(*p), "homework needs its subject and class: give subjectId and eduGroup, or lesson")
        out.wait("lesson", lesson_vid, pointer(*p, "lesson"))
        return
    addressees, decided_at = addressed_group(raw, vid, entry, p, out, carried)  # tasks naming some (addressees.py)
    if obj.eduGroup is None and obj.eduGroup_str is None and addressees is None:
        unstated.add("class_id")
    if obj.subjectId is None:
        unstated.add("subject_id")
    attachments = _attachments(raw, obj, carried, unstated)
    if not stated(raw, "text"):
        unstated.add("text")
    if not stated(raw, "createdBy"):
        unstated.add("teacher_id")
    if not stated(raw, "targetDate"):
        unstated.add("due_on")
    teacher = str(obj.createdBy) if obj.createdBy is not None else None
    stamp = obj.sentDate or obj.targetDate or entry["date"]
    out.emit(t.HomeworkAssigned, "homework.assigned", {
        "homework_id": out.cid("work", vid), "class_id": out.cid("class", addressees or entry["group"]),
        "subject_id": out.cid("subject", entry["subject"]),
        "lesson_id": out.cid("lesson", lesson_vid) if lesson_vid else None,
        "due_on": local_date(obj.targetDate).isoformat() if obj.targetDate else None, "text": obj.text or "",
        "attachments": attachments, "teacher_id": out.cid("person", teacher) if teacher else None},
        local_datetime(stamp, out.ctx) if stamp else out.ctx.recorded_at, f"works:{vid}", "homework",
        {"text": (*p, "text"), "attachments": (*p, "files")}, p, omitted=unstated,
        scopes=homework_scopes(vid, lesson_vid), fields_as_of={"class_id": decided_at} if decided_at else None)
    file_homework(out, vid, entry["due"])  # where a homework range of its due day looks for it


def _attachments(raw: Any, obj: m.Work, carried: Carried, unstated: set[str]) -> list[dict[str, Any]]:
    """The work's files as attachments, when the answer resolves every one (its ``files`` list); else not stated."""
    ids = [str(f) for f in obj.files or []]
    if not stated(raw, "files") or (ids and (carried.files is None or any(i not in carried.files for i in ids))):
        unstated.add("attachments")
        return []
    return [carried.files[i] for i in ids if carried.files and carried.files[i]]
