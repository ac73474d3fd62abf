"""One translator per Dnevnik.ru object kind: ``(raw object, pointer prefix, Out, carried reference data)``.

Each validates its object on ``models.py`` (pointers under the prefix), adds canonical events and directory entries
to ``Out``, and raises ``Reject`` on the first invalid object. ``Carried`` holds the reference data the record
itself carries (a bundle's works, work types, lessons, subjects, files), looked up before the hub's directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import (
    Out, blank, id_list, local_date, local_datetime, reject, start_of_day, validate, vendor_id,
)
from hub.events import types as t
from hub.events.scales import ScaleId, UnknownMark, normalise

# Mark.type / Work.markType -> canonical scale. The status scales name their status, whatever the display text.
SCALES = {"mark5": ScaleId.FIVE_POINT, "mark10": ScaleId.TEN_POINT, "mark100": ScaleId.HUNDRED_POINT,
          "test": ScaleId.PASS_FAIL, "markna": ScaleId.STATUS, "markdismiss": ScaleId.STATUS}
STATUS_OF = {"markna": "not_assessed", "markdismiss": "exempt"}
UNSUPPORTED_SCALES = {
    "markabcdf": "letter marks (markabcdf) have no canonical scale and no published conversion; the hub refuses "
                 "them rather than guess one (ask the hub team for a letter scale)",
    "mark6": "the 6-point scale (mark6) has no canonical scale", "mark7": "the 7-point scale (mark7) has no "
    "canonical scale", "mark12": "the 12-point scale (mark12) has no canonical scale",
    "markoral6band": "the oral 6-band scale (markoral6band) has no canonical scale",
    "notset": "the mark has no scale (notset)",
}
# Work.type / WorkType.kind -> canonical work_type label (a closed vocabulary; unknown kinds are "other").
WORK_KINDS = {
    "DefaultNewLessonWork": "lesson_work", "CommonWork": "lesson_work", "LessonAnswer": "lesson_work",
    "LessonTestWork": "control_work", "LessonControlWork": "control_work", "LessonTest": "test",
    "LessonExamination": "exam", "Exam": "exam", "LessonComposition": "essay", "LessonEssay": "essay",
    "LessonByHeart": "by_heart", "LaboratoryWork": "laboratory_work", "LessonLaboratoryWork": "laboratory_work",
    "LessonSelfWork": "independent_work", "LessonDictation": "dictation", "LessonProject": "project",
    "CreativeWork": "creative_work", "Homework": "homework", "LessonHomework": "homework",
    "PeriodMark": "period_mark", "PeriodFinalMark": "period_mark",
}
ATTENDANCE = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}
PERIOD_KINDS = {"Quarter": "quarter", "Trimester": "trimester", "Semester": "semester", "HalfYear": "half_year",
                "Year": "year"}


@dataclass
class Carried:
    """Reference data carried by the record itself, by vendor id."""

    work_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    works: dict[str, dict[str, Any]] = field(default_factory=dict)
    lessons: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    group: str | None = None  # the edu-group of the request path (schedules)


def find(out: Out, carried: dict[str, dict[str, Any]], kind: str, vendor: str, ptr: str) -> dict[str, Any] | None:
    return carried[vendor] if vendor in carried else out.lookup(kind, vendor, ptr)


def work_kind(kind: str | None) -> str:
    return WORK_KINDS.get(kind or "", "other") if kind else "lesson_work"


# --- reference data ------------------------------------------------------------------------------------------------

def work_type(raw: Any, p: tuple, out: Out, carried: Carried) -> dict[str, Any]:
    wt = validate(m.WorkType, raw, p)
    vid = vendor_id(wt, "id", p, required=True)
    entry = {"weight": wt.weight if wt.weight is not None else 1.0, "title": wt.title or wt.name, "kind": wt.kind}
    out.remember("work_type", vid, entry)
    carried.work_types[vid] = entry
    return entry


def person(raw: Any, p: tuple, out: Out, carried: Carried, user: bool = False) -> None:
    obj = validate(m.User if user else m.Person, raw, p)
    key = "personId" if user else "id"
    vid = vendor_id(obj, key, p, required=True, what="the person id")
    out.remember("person", vid, {"first_name": obj.firstName, "last_name": obj.lastName,
                                 "middle_name": obj.middleName})


def task(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Task, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    out.remember("task", vid, {"person": vendor_id(obj, "person", p), "work": vendor_id(obj, "work", p),
                               "status": obj.status, "target_date": obj.targetDate})


def subject(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Subject, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    ptr = pointer(*p)
    out.emit(t.SubjectDefined, "subject.defined", {
        "subject_id": out.cid("subject", vid), "name": obj.name, "knowledge_area": blank(obj.knowledgeArea)},
        out.ctx.recorded_at, f"subjects:{vid}", "subject", {"name": pointer(*p, "name"),
                                                            "knowledge_area": pointer(*p, "knowledgeArea")}, ptr)


def edu_group(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.EduGroup, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    parents = id_list(obj, "parentIds")
    class_id = out.cid("class", vid)
    year_start = date(obj.studyyear, 9, 1)
    out.emit(t.ClassDefined, "class.defined", {
        "class_id": class_id, "name": obj.name, "grade_level": obj.parallel, "academic_year": obj.studyyear,
        "parent_class_id": out.cid("class", parents[0]) if parents else None},
        start_of_day(year_start, out.ctx), f"edu-groups:{vid}", "class", {"name": pointer(*p, "name")}, pointer(*p))
    out.remember("group", vid, {"name": obj.name, "academic_year": obj.studyyear})
    for key in ("students", "memberships"):
        for i, member in enumerate(getattr(obj, key) or []):
            mp = (*p, key, i)
            pid = vendor_id(member, "person", mp) or vendor_id(member, "id", mp, required=True, what="the person")
            if member.membershipstatus == "Archive":
                continue  # an archived membership has no date to withdraw on; not enrolled now
            names = ({"first_name": member.firstName, "last_name": member.lastName, "middle_name": member.middleName}
                     if member.lastName else find(out, {}, "person", pid, pointer(*mp)))
            if names is None:
                continue
            if not blank(names.get("last_name")) or not blank(names.get("first_name")):
                raise reject(pointer(*mp), f"person {pid} has no first and last name to enrol the student with")
            out.emit(t.StudentEnrolled, "student.enrolled", {
                "student_id": out.cid("person", pid), "class_id": class_id, "enrolled_on": year_start.isoformat(),
                "name": {"first_name": names["first_name"], "last_name": names["last_name"],
                         "middle_name": blank(names.get("middle_name"))}},
                start_of_day(year_start, out.ctx), f"edu-groups:{vid}", f"student:{pid}", {}, pointer(*mp))


def reporting_period(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.ReportingPeriod, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    start, finish = local_date(obj.start), local_date(obj.finish)
    year = obj.year or (start.year if start.month >= 7 else start.year - 1)
    out.emit(t.ReportingPeriodDefined, "reporting_period.defined", {
        "period_id": out.cid("period", vid), "kind": PERIOD_KINDS[obj.type], "number": obj.number, "name": obj.name,
        "academic_year": year, "starts_on": start.isoformat(), "ends_on": finish.isoformat()},
        start_of_day(start, out.ctx), f"reporting-periods:{vid}", "period",
        {"ends_on": pointer(*p, "finish"), "academic_year": pointer(*p, "start")}, pointer(*p))


def reporting_period_group(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.ReportingPeriodGroup, raw, p)
    for i, period in enumerate(raw["reportingPeriods"]):
        reporting_period(period, (*p, "reportingPeriods", i), out, carried)
    for i, holiday in enumerate(obj.holidays or []):
        _holiday(holiday, (*p, "holidays", i), out)


def _holiday(obj: m.Holiday, p: tuple, out: Out) -> None:
    """A group's holiday -> holiday.defined for the whole school (the group's periods are school-wide too)."""
    vid = vendor_id(obj, "id", p, required=True)
    start, finish = local_date(obj.dateStart), local_date(obj.dateFinish)
    if finish < start:
        raise reject(pointer(*p, "dateFinish"), f"the holiday finishes on {finish} before it starts on {start}")
    out.emit(t.HolidayDefined, "holiday.defined", {
        "holiday_id": out.cid("holiday", vid), "name": blank(obj.name) or blank(obj.description) or "Каникулы",
        "academic_year": start.year if start.month >= 7 else start.year - 1,
        "starts_on": start.isoformat(), "ends_on": finish.isoformat()},
        start_of_day(start, out.ctx), f"holidays:{vid}", "holiday",
        {"ends_on": pointer(*p, "dateFinish"), "starts_on": pointer(*p, "dateStart"),
         "academic_year": pointer(*p, "dateStart"), "name": pointer(*p, "name")}, pointer(*p))


# --- lessons, works, homework --------------------------------------------------------------------------------------

def lesson(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Lesson, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    subject_id = vendor_id(obj.subject, "id", (*p, "subject")) if obj.subject else None
    subject_id = subject_id or (str(obj.subjectId) if obj.subjectId is not None else None)
    embedded = [w for w in obj.works or [] if not isinstance(w, int)]
    group = vendor_id(obj, "group", p) or next(
        (vendor_id(w, "eduGroup", p) for w in embedded if w.eduGroup is not None or w.eduGroup_str), None) \
        or carried.group
    if subject_id is None:
        raise reject(pointer(*p, "subject"), "the lesson names no subject (subject.id or subjectId)")
    if group is None:
        raise reject(pointer(*p, "group"), "the lesson names no edu-group (group); for a schedules bundle give "
                                           "the group of the request path as data.group")
    when = local_datetime(obj.date, out.ctx)
    starts = ends = None
    if obj.hours:
        first, last = (part.strip() for part in obj.hours.split("-"))
        starts, ends = (time(*map(int, x.split(":"))).isoformat() for x in (first, last))
    elif when.time() != time(0):
        starts = when.time().replace(microsecond=0).isoformat()
    teachers = id_list(obj, "teachers")
    lesson_id = out.cid("lesson", vid)
    out.emit(t.LessonScheduled, "lesson.scheduled", {
        "lesson_id": lesson_id, "class_id": out.cid("class", group), "subject_id": out.cid("subject", subject_id),
        "date": when.date().isoformat(), "slot": obj.number, "starts_at": starts, "ends_at": ends,
        "teacher_id": out.cid("person", teachers[0]) if teachers else None, "topic": blank(obj.title),
        "room": blank(obj.place)}, when, f"lessons:{vid}", "lesson",
        {"topic": pointer(*p, "title"), "room": pointer(*p, "place"), "starts_at": pointer(*p, "hours")}, pointer(*p))
    entry = {"date": when.date().isoformat(), "subject": subject_id, "group": group,
             "teacher": teachers[0] if teachers else None}
    out.remember("lesson", vid, entry)
    carried.lessons[vid] = entry
    for i, work_raw in enumerate(obj.works or []):
        if not isinstance(work_raw, int):
            work(raw["works"][i], (*p, "works", i), out, carried)


def work(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.Work, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    lesson_vid = vendor_id(obj, "lesson", p)
    group = vendor_id(obj, "eduGroup", p)
    subject_id = str(obj.subjectId) if obj.subjectId is not None else None
    date_text = obj.targetDate
    if (subject_id is None or group is None) and lesson_vid:
        found = find(out, carried.lessons, "lesson", lesson_vid, pointer(*p, "lesson"))
        if found:
            subject_id, group = subject_id or found.get("subject"), group or found.get("group")
            date_text = date_text or found.get("date")
    entry = {"lesson": lesson_vid, "subject": subject_id, "group": group, "type": obj.type,
             "mark_type": obj.markType, "work_type": str(obj.workType) if obj.workType is not None else None,
             "date": (date_text or "")[:10] or None}
    out.remember("work", vid, entry)
    carried.works[vid] = entry
    if obj.type != "Homework" or not blank(obj.text):
        return
    if subject_id is None or group is None:
        if lesson_vid is None:
            raise reject(pointer(*p), "homework needs its subject and class: give subjectId and eduGroup, or lesson")
        return  # waits for the lesson (recorded in out.missing)
    attachments = []
    for i, file_id in enumerate(obj.files or []):
        file = carried.files.get(str(file_id))
        if file and (file.get("url")):
            attachments.append(file)
    teacher = str(obj.createdBy) if obj.createdBy is not None else None
    due = local_date(obj.targetDate).isoformat() if obj.targetDate else None
    when = local_datetime(obj.sentDate or obj.targetDate or f"{entry['date'] or ''}", out.ctx) \
        if (obj.sentDate or obj.targetDate or entry["date"]) else out.ctx.recorded_at
    out.emit(t.HomeworkAssigned, "homework.assigned", {
        "homework_id": out.cid("work", vid), "class_id": out.cid("class", group),
        "subject_id": out.cid("subject", subject_id), "lesson_id": out.cid("lesson", lesson_vid) if lesson_vid else None,
        "due_on": due, "text": obj.text, "attachments": attachments,
        "teacher_id": out.cid("person", teacher) if teacher else None}, when, f"works:{vid}", "homework",
        {"text": pointer(*p, "text"), "attachments": pointer(*p, "files")}, pointer(*p))


def file(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.File, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    url = blank(obj.downloadUrl) or blank(obj.pageUrl)
    carried.files[vid] = {"name": obj.name, "url": url, "size_bytes": obj.size} if url else {}


# --- marks, attendance -------------------------------------------------------------------------------------------

def scale_of(code: str | None, ptr: str) -> tuple[ScaleId, str]:
    key = (code or "").strip().lower()
    if key in UNSUPPORTED_SCALES:
        raise reject(ptr, UNSUPPORTED_SCALES[key])
    if key not in SCALES:
        raise reject(ptr, f"unknown mark type {code!r}; known: {', '.join(sorted(SCALES))}")
    return SCALES[key], key


def grade(raw: Any, p: tuple, out: Out, carried: Carried, final: dict[str, str] | None = None) -> None:
    """A mark -> grade.recorded; with ``final`` ({student, subject, period}) -> final_grade.recorded."""
    obj = validate(m.Mark, raw, p)
    vid = vendor_id(obj, "id", p, required=True)
    student = (final or {}).get("student") or vendor_id(obj, "person", p, required=True, what="the student")
    lesson_vid = vendor_id(obj, "lesson", p)
    work_vid = vendor_id(obj, "work", p)
    if obj.type is None and work_vid is None:
        raise reject(pointer(*p, "type"), "the mark names no scale (type) and no work to take it from")
    if final is None and lesson_vid is None and work_vid is None:
        raise reject(pointer(*p, "lesson"), "a mark needs its lesson, or its work (for the subject)")
    needs_work = work_vid is not None and (obj.type is None or final is None and (
        lesson_vid is None or obj.workType is None))
    the_work = find(out, carried.works, "work", work_vid, pointer(*p, "work")) if needs_work else None
    if needs_work and the_work is None:
        return  # parked until the work arrives (out.missing)
    scale, code = scale_of(obj.type if obj.type is not None else the_work.get("mark_type"),
                           pointer(*p, "type" if obj.type is not None else "work"))
    try:
        mark = normalise(scale, STATUS_OF.get(code, obj.value))
    except UnknownMark as exc:
        raise reject(pointer(*p, "value"), str(exc)) from None
    when = local_datetime(obj.date, out.ctx)
    if final is not None:
        out.emit(t.FinalGradeRecordedV2, "final_grade.recorded", {
            "final_grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
            "subject_id": out.cid("subject", final["subject"]), "period_id": out.cid("period", final["period"]),
            "value": mark.value, "scale": scale, "normalised": mark.normalised, "conversion": mark.conversion},
            when, f"marks:{vid}", "final_grade", {"value": pointer(*p, "value")}, pointer(*p))
        return
    type_vid = str(obj.workType) if obj.workType is not None else (the_work or {}).get("work_type")
    kind_ptr = pointer(*p, "workType" if obj.workType is not None else "work")
    wtype = find(out, carried.work_types, "work_type", type_vid, kind_ptr) if type_vid else None
    if type_vid and wtype is None:
        return  # parked until the work type arrives (out.missing)
    subject_vid = (the_work or {}).get("subject") or (carried.lessons.get(lesson_vid or "") or {}).get("subject")
    if lesson_vid is None and subject_vid is None:
        raise reject(pointer(*p, "work"), f"work {work_vid} names no subject, and the mark has no lesson")
    counts = mark.counts_in_average and obj.use_avg_calc is not False
    out.emit(t.GradeRecordedV3, "grade.recorded", {
        "grade_id": out.cid("mark", vid), "student_id": out.cid("person", student),
        "lesson_id": out.cid("lesson", lesson_vid) if lesson_vid else None, "date": when.date().isoformat(),
        "subject_id": out.cid("subject", subject_vid) if subject_vid else None, "value": mark.value, "scale": scale,
        "weight": float((wtype or {}).get("weight") or 1.0),
        "work_type": {"code": work_kind((wtype or {}).get("kind") or (the_work or {}).get("type")), "name": None},
        "normalised": mark.normalised, "conversion": mark.conversion, "counts_in_average": counts},
        when, f"marks:{vid}", "grade", {"value": pointer(*p, "value"), "weight": kind_ptr}, pointer(*p))


def attendance(raw: Any, p: tuple, out: Out, carried: Carried, day: str | None = None) -> None:
    obj = validate(m.LessonLogEntry, raw, p)
    student = vendor_id(obj, "person", p, required=True, what="the student")
    lesson_vid = vendor_id(obj, "lesson", p, required=True, what="the lesson")
    stamp = obj.createdDate or day or (carried.lessons.get(lesson_vid) or {}).get("date")
    if stamp is None:
        raise reject(pointer(*p, "createdDate"), "the entry needs createdDate (when attendance was marked)")
    out.emit(t.AttendanceMarkedV2, "attendance.marked", {
        "student_id": out.cid("person", student), "lesson_id": out.cid("lesson", lesson_vid),
        "status": ATTENDANCE[obj.status], "comment": blank(obj.comment)},
        local_datetime(stamp, out.ctx), f"lesson-log-entries:({lesson_vid},{student})", "attendance",
        {"comment": pointer(*p, "comment")}, pointer(*p))


def final_marks(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    obj = validate(m.FinalMarks, raw, p)
    student = vendor_id(obj, "person", p, required=True, what="the student")
    period = vendor_id(obj, "reportingPeriod", p)
    if period is None:
        raise reject(pointer(*p, "reportingPeriod"), "a final mark needs its reporting period (reportingPeriod)")
    for i, item in enumerate(obj.per_subject_final_marks):
        ip = (*p, "per-subject-final-marks", i)
        subject_vid = vendor_id(item, "subject", ip, required=True, what="the subject")
        grade(raw["per-subject-final-marks"][i]["final-mark"], (*ip, "final-mark"), out, carried,
              final={"student": student, "subject": subject_vid, "period": period})
