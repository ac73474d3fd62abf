"""The fallback forms of a record, for producers that do not send the request envelope (``routes.py``).

* **Wrapped**: ``{"resource": <name>, "data": <object or array of objects>}`` where the name is a v2 resource:
  persons, users, edu-groups, subjects, schools, reporting-periods, reporting-period-group, lessons, works,
  work-types, marks, lesson-log-entries, tasks, homeworks, final-marks, schedules. Optional keys: ``workTypes``
  and ``works`` (reference lists the data refers to, as bundles carry them), ``school_id`` (the hub school, only
  when the request gives no ``?school=``; it must agree with it if both are given), and the deletion-notice keys
  below. Pointers into wrapped data start with ``/data/...``. A wrapped ``schedules`` may give the edu-group of
  its request path as ``data.group``.
* **Bare**: the object alone; its resource is detected from its keys (a key counts when it or its ``_str`` twin is
  present). Exactly one rule must match, otherwise the record is rejected asking for the envelope.

The objects are read by the same parsers as the envelope's endpoints; without a request, nothing is known to be
complete, so these forms never reveal a deletion by omission.

Deletion notices: ``{"resource": R, "deleted": true, "data": {...}, "deleted_at": <local time, optional>}`` with
the same record_id as the original (and the part ``<part>-deleted``): marks (``id``, ``person``) ->
grade.retracted; final-marks (the period mark's ``id``, ``person``) -> final_grade.retracted; works or homeworks
(``id``) -> homework.withdrawn; lessons (``id``) -> lesson.cancelled; lesson-log-entries (``lesson``, ``person``)
-> attendance.corrected with status present (a deleted entry leaves the student unmarked, which Dnevnik shows as
attended). ``occurred_at`` is ``deleted_at``, else the hub time; a notice with ``deleted_at`` is as of then
(``Translation.as_of``): an answer pulled before it and delivered after it changes nothing; without it, arrival
order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adapters.base import FieldError, Translation, TranslationContext, pointer
from adapters.dnevnik_ru import bundles as b
from adapters.dnevnik_ru import finals, groups, lessons, marks, people, periods, school
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.attendance import attendance
from adapters.dnevnik_ru.common import Carried, Out, Reject, reject, validate, vendor_id
from adapters.dnevnik_ru.local_time import local_datetime
from hub.events import types as t

TRANSLATORS: dict[str, Callable[[Any, tuple, Out, Carried], None]] = {
    "persons": people.person, "users": people.user, "edu-groups": groups.edu_group, "subjects": school.subject,
    "schools": school.school, "reporting-periods": periods.reporting_period,
    "reporting-period-group": periods.reporting_period_group, "lessons": lessons.lesson, "works": lessons.work,
    "work-types": lessons.work_type, "marks": marks.grade, "lesson-log-entries": attendance, "tasks": lessons.task,
    "homeworks": b.homeworks, "final-marks": finals.person_final_marks, "schedules": b.schedules,
}
WRAPPER_KEYS = frozenset(s.DnevnikRecord.model_fields)


def _has(obj: dict[str, Any], key: str) -> bool:
    return key in obj or f"{key}_str" in obj


DETECTION: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (
    ("schedules", lambda o: "days" in o),
    ("final-marks", lambda o: "per-subject-final-marks" in o),
    ("reporting-period-group", lambda o: "reportingPeriods" in o),
    ("marks", lambda o: all(_has(o, k) for k in ("value", "person", "work"))),
    ("lesson-log-entries", lambda o: all(_has(o, k) for k in ("status", "person", "lesson")) and "value" not in o),
    ("tasks", lambda o: all(_has(o, k) for k in ("person", "work", "targetDate")) and "value" not in o),
    ("works", lambda o: "markType" in o and "type" in o),
    ("work-types", lambda o: "weight" in o and "kind" in o),
    ("edu-groups", lambda o: "studyyear" in o),
    ("reporting-periods", lambda o: all(k in o for k in ("start", "finish", "type"))),
    ("lessons", lambda o: "number" in o and "date" in o and ("subject" in o or "subjectId" in o) and "value" not in o),
    ("homeworks", lambda o: "works" in o and ("files" in o or "teachers" in o) and "days" not in o),
    ("users", lambda o: _has(o, "personId") and ("login" in o or "roles" in o)),
    ("persons", lambda o: "firstName" in o and "lastName" in o and not _has(o, "personId")),
    ("subjects", lambda o: "knowledgeArea" in o or "fgosSubjectId" in o),
    ("schools", lambda o: "uses_weighted_avg" in o or "uses_avg" in o or "timeZone" in o),
)


def detect(record: dict[str, Any]) -> list[str]:
    """The resources whose detection rule the bare object matches."""
    return [name for name, rule in DETECTION if rule(record)]


def translate_legacy(raw: dict[str, Any], ctx: TranslationContext, school_id: str | None) -> Translation:
    wrapped = "resource" in raw and "data" in raw and not (raw.keys() - WRAPPER_KEYS)
    wrapper = validate(s.DnevnikRecord, raw, ()) if "resource" in raw else None
    if wrapped:
        resource, data, prefix = wrapper.resource, raw["data"], ("data",)
    else:
        found = detect(raw)
        if len(found) != 1:
            why = (f"it matches several ({', '.join(found)})" if found else "it matches none")
            raise reject("", f"cannot tell which Dnevnik.ru resource this object is ({why} of the detection rules); "
                             "send it with its request: {\"request\": \"GET /v2/<endpoint>\", \"body\": <the "
                             "answer>} (or wrap it as {\"resource\": \"<v2 resource, e.g. marks>\", \"data\": ...})")
        resource, data, prefix = found[0], raw, ()
    school = school_of(ctx, wrapper.school_id if wrapper else None, school_id)
    out, carried = Out(ctx, school), Carried()
    if wrapper is not None and wrapper.deleted:
        _deletion(resource, data, out, wrapper)
        # as of the deletion: an answer pulled before it, delivered after it (a retry), brings nothing back
        as_of = local_datetime(wrapper.deleted_at, out.ctx) if wrapper.deleted_at else None
        return Translation(events=out.events, as_of=as_of)
    if wrapper is not None:
        for key, each in (("workTypes", lessons.work_type), ("works", lessons.work)):
            for i, item in enumerate(raw.get(key) or []):
                each(item, (key, i), out, carried)
    items = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    errors: list[FieldError] = []
    for index, item in items:
        p = prefix if index is None else (*prefix, index)
        if not isinstance(item, dict):
            errors.append(FieldError(pointer(*p), f"a {resource} object must be a JSON object"))
            continue
        try:
            TRANSLATORS[resource](item, p, out, Carried(work_types=carried.work_types, works=carried.works))
        except Reject as exc:
            errors.extend(exc.errors)
        if len(errors) >= 50:
            break
    if errors:
        return Translation.rejected(errors)
    return out.translation()


def school_of(ctx: TranslationContext, named: str | None, school_id: str | None = None) -> str:
    """The hub school: ``?school=`` (or the client's only school), which a record's ``school_id`` must agree with."""
    school = school_id or ctx.school_id
    if named is not None:
        if school is not None and school != named:
            raise reject("/school_id", f"the record names school {named!r} but the request is for {school!r}")
        school = named
    if school is None:
        raise reject("", "no hub school for this record: pass ?school=<hub school id> with the request "
                         "(needed when the client may write to more than one school)")
    return school


DELETABLE = {"marks": "grade.retracted", "final-marks": "final_grade.retracted", "works": "homework.withdrawn",
             "homeworks": "homework.withdrawn", "lessons": "lesson.cancelled",
             "lesson-log-entries": "attendance.corrected"}


def _deletion(resource: str, data: Any, out: Out, wrapper: s.DnevnikRecord) -> None:
    if resource not in DELETABLE:
        raise reject("/resource", f"deletion notices are accepted for {', '.join(sorted(DELETABLE))}, not {resource}")
    if not isinstance(data, dict):
        raise reject("/data", "a deletion notice names one object: data must be a JSON object")
    when = local_datetime(wrapper.deleted_at, out.ctx) if wrapper.deleted_at else out.ctx.recorded_at
    p = ("data",)
    ids = validate(m.Task, data, p)  # id / person / work ids with their twins, typed
    if resource == "lesson-log-entries":
        entry = validate(m.LessonLogEntry, {"status": "Attend", **data} if "status" not in data else data, p)
        student = vendor_id(entry, "person", p, required=True, what="the student")
        lesson = vendor_id(entry, "lesson", p, required=True, what="the lesson")
        out.emit(t.AttendanceCorrectedV2, "attendance.corrected", {
            "student_id": out.cid("person", student), "lesson_id": out.cid("lesson", lesson), "status": "present",
            "comment": "entry deleted in Dnevnik.ru"}, when, f"lesson-log-entries:({lesson},{student})",
            "attendance-deleted", {}, "/data")
        return
    vid = vendor_id(ids, "id", p, required=True)
    if resource == "marks":
        student = vendor_id(ids, "person", p, required=True, what="the student")
        out.emit(t.GradeRetracted, "grade.retracted", {
            "grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
            "reason": "deleted in Dnevnik.ru"}, when, f"marks:{vid}", "grade-deleted", {}, "/data")
    elif resource == "final-marks":
        student = vendor_id(ids, "person", p, required=True, what="the student")
        out.emit(t.FinalGradeRetracted, "final_grade.retracted", {
            "final_grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
            "reason": "deleted in Dnevnik.ru"}, when, f"marks:{vid}", "final_grade-deleted", {}, "/data")
    elif resource == "lessons":
        out.emit(t.LessonCancelled, "lesson.cancelled", {"lesson_id": out.cid("lesson", vid),
                                                        "reason": "deleted in Dnevnik.ru"},
                 when, f"lessons:{vid}", "lesson-deleted", {}, "/data")
    else:
        out.emit(t.HomeworkWithdrawn, "homework.withdrawn", {"homework_id": out.cid("work", vid),
                                                            "reason": "deleted in Dnevnik.ru"},
                 when, f"works:{vid}", "homework-deleted", {}, "/data")
