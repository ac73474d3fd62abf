"""Dnevnik.ru v2 objects -> canonical events (revision 1, initial types; the hub numbers later revisions).

Record shapes (each POSTed record is one JSON object)
----------------------------------------------------
* **Wrapped** (preferred): ``{"resource": <name>, "data": <object or array of objects>}`` where the name is a v2
  resource: persons, users, edu-groups, subjects, schools, reporting-periods, reporting-period-group, lessons, works,
  work-types, marks, lesson-log-entries, tasks, homeworks, final-marks, schedules. Optional keys: ``workTypes`` and
  ``works`` (reference lists the data refers to, as bundles carry them), ``school_id`` (the hub school, only when
  the request gives no ``?school=``; it must agree with it if both are given), and the deletion-notice keys below.
  Pointers into wrapped data start with ``/data/...``.
* **Bare**: the object alone; its resource is detected from its keys (a key counts when it or its ``_str`` twin is
  present). Exactly one rule must match, otherwise the record is rejected asking for the wrapper:
  ``days`` -> schedules; ``per-subject-final-marks`` -> final-marks; ``reportingPeriods`` -> reporting-period-group;
  ``value`` + ``person`` + ``work`` -> marks; ``status`` + ``person`` + ``lesson`` without ``value`` ->
  lesson-log-entries; ``person`` + ``work`` + ``targetDate`` without ``value`` -> tasks; ``markType`` + ``type`` ->
  works; ``weight`` + ``kind`` -> work-types; ``studyyear`` -> edu-groups; ``start`` + ``finish`` + ``type`` ->
  reporting-periods; ``number`` + ``date`` + (``subject`` | ``subjectId``) -> lessons; ``works`` + (``files`` |
  ``teachers``) -> homeworks; ``personId`` + ``login`` | ``roles`` -> users; ``firstName`` + ``lastName`` without
  ``personId`` -> persons; ``knowledgeArea`` | ``fgosSubjectId`` -> subjects.

The school
-----------
Every canonical id is ``namespaced_id("dnevnik", school, kind, vendor id)`` with the hub school of the context
(``?school=`` or the client's only school). Without one the record is rejected at ``""``.

Ids
---
The ``_str`` twins (``id_str``, ``person_str``, camelCase ``idStr``/``lessonStr``) are exact and win. An integer
id is used as is (64 bits survive). An integer that differs from its twin only by float rounding is the twin's
corrupted copy (kundelik.kz sends ``1343883032131044600`` next to ``"1343883032131044633"``): the twin wins; a
larger difference names another object and is rejected. An id sent as a JSON float is rejected (its message names
the twin to send instead).

Times
-----
Local ISO date-times without an offset (fractional seconds of any length; date-only is midnight) get the school's
zone (``ctx.timezone``); an explicit ``Z`` or offset is kept.

What each object becomes (``record_id`` = ``<resource>:<vendor id>`` of the object the event is about, so the same
mark sent alone or inside a bundle gives the same event id; ``part`` names the event kind)
------------------------------------------------------------------------------------------------------------
* subjects -> subject.defined (``occurred_at`` is the hub time: a subject has no date of its own).
* edu-groups -> class.defined (``parentIds`` -> parent_class_id, ``studyyear`` -> academic_year, ``parallel`` ->
  grade_level; at 1 September of the study year), and for each Active member of ``students``/``memberships``
  student.enrolled (enrolled_on = 1 September; names from the member object, else the ``person`` directory entry
  a persons/users record left, else the record is parked on ("person", id)). Archived members are skipped.
* persons / users -> directory entries ("person", id, names); no events.
* work-types -> directory entries ("work_type", id, {weight, title, kind}); no events.
* tasks -> directory entries ("task", id, ...); per-student homework status has no canonical event.
* schools -> school.registered (names, zone, default scale, average rule: see ``adapters/dnevnik_ru/school.py``).
* reporting-periods, reporting-period-group -> reporting_period.defined (Quarter, Trimester, Semester, HalfYear,
  Year; ``Module``/``NotSet`` are rejected: no canonical kind); the group's ``holidays`` -> holiday.defined
  (school-wide, ``dateStart`` to ``dateFinish`` inclusive, named by ``name``, else ``description``).
* lessons -> lesson.scheduled (topic = title, slot = number, times from ``hours`` or the date's clock, the first
  teacher), a ("lesson", id) directory entry, and each embedded work as below.
* works -> a ("work", id, {lesson, subject, group, type, mark_type, work_type, date}) directory entry; a
  ``Homework`` work with text -> homework.assigned (due_on = targetDate; files -> attachments when the record
  carries them with a URL, as the homeworks bundle does).
* marks -> grade.recorded. Scale from ``type`` (else the work's ``markType``): mark5 -> five_point (with +/-),
  mark10 -> ten_point, mark100 -> hundred_point, test -> pass_fail, markna -> status not_assessed, markdismiss ->
  status exempt (the scale states the status; the display value is not read). markabcdf, mark6, mark7, mark12 and
  markoral6band are rejected: no canonical scale (and no published letter conversion) exists. The weight is the
  work type's (record's ``workTypes`` first, else the directory; unknown -> parked on ("work_type", id)).
  ``use_avg_calc: false`` -> counts_in_average false. A mark without a lesson takes its subject from its work
  (record or directory; unknown -> parked on ("work", id)).
* work_type: the work type's ``kind`` (else the work's ``type``) on a closed vocabulary: lesson_work (DefaultNewLessonWork,
  CommonWork, LessonAnswer), control_work (LessonTestWork, LessonControlWork), test, exam, essay, by_heart,
  laboratory_work, independent_work, dictation, project, creative_work, homework, period_mark, other; emitted as
  grade.recorded v2 ``work_type: {code: <label>, name: null}``. The school's own title stays in the work-type
  directory entry (a closed label is what averages and reports group by): sending it as ``name`` would make every
  mark re-sent after v2 a content change, hence a spurious grade.amended.
* lesson-log-entries -> attendance.marked: Attend present, Absent absent, Ill ill, Late late, Pass excused. The
  meaning of Pass is disputed (one client counts it as an absence); we read it as the journal's "П", absence for a
  valid reason. record_id ``lesson-log-entries:(<lesson>,<person>)``.
* final-marks (``per-subject-final-marks`` / ``final-mark``) -> final_grade.recorded (period_id namespaced).
* homeworks bundle -> its files, lessons (lesson.scheduled), subjects (subject.defined) and works, as above.
* schedules -> for each day: subjects, work types, lessons, works and homeworks, marks, lesson-log entries.

Deletion notices
----------------
``{"resource": R, "deleted": true, "data": {...}, "deleted_at": <local time, optional>}`` with the same
record_id as the original (and the part ``<part>-deleted``, so a mark and its deletion in one batch have distinct
event ids); the hub takes it as the next revision of that aggregate:
marks (``id``, ``person``) -> grade.retracted; final-marks (the period or year mark's ``id``, ``person``) ->
final_grade.retracted; works or homeworks (``id``) -> homework.withdrawn; lessons (``id``)
-> lesson.cancelled; lesson-log-entries (``lesson``, ``person``) -> attendance.corrected with status present (a
deleted entry leaves the student unmarked, which Dnevnik shows as attended). ``occurred_at`` is ``deleted_at``,
else the hub time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adapters.base import FieldError, Translation, TranslationContext, pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import resources as r
from adapters.dnevnik_ru.common import Out, Reject, local_datetime, reject, validate, vendor_id
from adapters.dnevnik_ru.school import school
from hub.events import types as t

Translator = Callable[[Any, tuple, Out, r.Carried], None]
WRAPPER_KEYS = frozenset(m.DnevnikRecord.model_fields)


def _homeworks(raw: Any, p: tuple, out: Out, carried: r.Carried) -> None:
    bundle = validate(m.HomeworksBundle, raw, p)
    for key, each in (("files", r.file), ("subjects", r.subject), ("lessons", r.lesson), ("works", r.work)):
        for i, item in enumerate(raw.get(key) or []):
            each(item, (*p, key, i), out, carried)
    del bundle


def _schedules(raw: Any, p: tuple, out: Out, carried: r.Carried) -> None:
    bundle = validate(m.Schedules, raw, p)
    carried.group = vendor_id(bundle, "group", p)
    order = (("subjects", r.subject), ("workTypes", r.work_type), ("lessons", r.lesson), ("works", r.work),
             ("homeworks", r.work), ("marks", r.grade))
    for d, day in enumerate(raw["days"]):
        dp = (*p, "days", d)
        for key, each in order:
            for i, item in enumerate(day.get(key) or []):
                each(item, (*dp, key, i), out, carried)
        for i, item in enumerate(day.get("lessonLogEntries") or []):
            r.attendance(item, (*dp, "lessonLogEntries", i), out, carried, day=day["date"])


TRANSLATORS: dict[str, Translator] = {
    "persons": r.person, "users": lambda raw, p, out, c: r.person(raw, p, out, c, user=True),
    "edu-groups": r.edu_group, "subjects": r.subject, "schools": school, "reporting-periods": r.reporting_period,
    "reporting-period-group": r.reporting_period_group, "lessons": r.lesson, "works": r.work,
    "work-types": r.work_type, "marks": r.grade, "lesson-log-entries": r.attendance, "tasks": r.task,
    "homeworks": _homeworks, "final-marks": r.final_marks, "schedules": _schedules,
}


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


def translate(raw: Any, ctx: TranslationContext) -> Translation:
    try:
        return _translate(raw, ctx)
    except Reject as exc:
        return Translation.rejected(exc.errors)


def _translate(raw: dict[str, Any], ctx: TranslationContext) -> Translation:
    wrapped = "resource" in raw and "data" in raw and not (raw.keys() - WRAPPER_KEYS)
    if "resource" in raw and not wrapped:
        wrapper = validate(m.DnevnikRecord, raw, ())  # rejects with the wrapper's own pointers
    if wrapped:
        wrapper = validate(m.DnevnikRecord, raw, ())
        resource, data, prefix = wrapper.resource, raw["data"], ("data",)
    else:
        wrapper, found = None, detect(raw)
        if len(found) != 1:
            why = (f"it matches several ({', '.join(found)})" if found else "it matches none")
            raise reject("", f"cannot tell which Dnevnik.ru resource this object is ({why} of the detection rules); "
                             f"wrap it as {{\"resource\": \"<v2 resource, e.g. marks>\", \"data\": <the object>}}")
        resource, data, prefix = found[0], raw, ()
    school = ctx.school_id
    if wrapper is not None and wrapper.school_id is not None:
        if school is not None and school != wrapper.school_id:
            raise reject("/school_id", f"the record names school {wrapper.school_id!r} but the request is for "
                                       f"{school!r}")
        school = wrapper.school_id
    if school is None:
        raise reject("", "no hub school for this record: pass ?school=<hub school id> with the request "
                         "(needed when the client may write to more than one school)")
    out = Out(ctx, school)
    carried = r.Carried()
    if wrapper is not None and wrapper.deleted:
        _deletion(resource, data, out, wrapper)
        return Translation(events=out.events)
    if wrapper is not None:
        for key, each in (("workTypes", r.work_type), ("works", r.work)):
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
            TRANSLATORS[resource](item, p, out, carried)
        except Reject as exc:
            errors.extend(exc.errors)
        if len(errors) >= 50:
            break
    if errors:
        return Translation.rejected(errors)
    if out.missing:
        return Translation(missing=out.missing, directory_entries=out.entries)
    return Translation(events=out.events, directory_entries=out.entries)


DELETABLE = {"marks": "grade.retracted", "final-marks": "final_grade.retracted", "works": "homework.withdrawn",
             "homeworks": "homework.withdrawn", "lessons": "lesson.cancelled",
             "lesson-log-entries": "attendance.corrected"}


def _deletion(resource: str, data: Any, out: Out, wrapper: m.DnevnikRecord) -> None:
    if resource not in DELETABLE:
        raise reject("/resource", f"deletion notices are accepted for {', '.join(sorted(DELETABLE))}, not {resource}")
    if not isinstance(data, dict):
        raise reject("/data", "a deletion notice names one object: data must be a JSON object")
    when = local_datetime(wrapper.deleted_at, out.ctx) if wrapper.deleted_at else out.ctx.recorded_at
    p = ("data",)
    ids = validate(m.Task, data, p)  # id / person / work ids with their twins, typed
    if resource == "lesson-log-entries":
        entry = validate(m.LessonLogEntry, {"status": "Attend", **data, }, p) if "status" not in data else \
            validate(m.LessonLogEntry, data, p)
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
