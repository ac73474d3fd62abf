"""Dnevnik.ru v2 objects as the adapter reads them (the source of the published schemas in ``schemas/``).

Real exports carry many more fields than listed here: unknown fields are allowed and ignored, but every field the
adapter uses is typed. Ids are 64-bit integers (``VendorId``; a JSON float is refused, its message names the string
twin) and most have an exact string twin (``id_str``, sometimes camelCase ``idStr``), which wins when present.
Dates are local ISO 8601 date-times without an offset (``LocalDateTime``); the school's zone is attached later.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from pydantic import AfterValidator, Strict, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from hub.events import types as t

FLOAT_ID = "an id sent as a JSON float has lost digits above 2^53; send it as an integer or as the string twin {twin}"


def _no_float(value: Any) -> Any:
    if isinstance(value, float):
        raise ValueError(FLOAT_ID)
    return value


VendorId = Annotated[int, Ge(0), Le(2**64 - 1), Strict(), BeforeValidator(_no_float)]
IdText = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}$")]  # an exact decimal id (a ``_str`` twin)
LOCAL_DATETIME = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?)?"
                  r"(Z|[+-][0-9]{2}:?[0-9]{2})?$")


def _real_date(value: str) -> str:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date") from None
    time = re.match(r"^.{10}[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?", value)
    if time and (int(time[1]) > 23 or int(time[2]) > 59 or int(time[3] or 0) > 59):
        raise ValueError(f"{value!r} is not a valid time of day")
    return value


LocalDateTime = Annotated[str, BeforeValidator(t.iso_text), StringConstraints(pattern=LOCAL_DATETIME),
                          AfterValidator(_real_date)]
Text = Annotated[str, StringConstraints(max_length=20_000)]
Flag = Annotated[bool, Field(strict=True)]
Number = Annotated[int, Field(strict=True)]


class Vendor(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)


class Subject(Vendor):
    """A subject (``subjects``; embedded in lessons as an object, in bundles as ``{id, name, knowledgeAreaId}``)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    idStr: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    knowledgeArea: Annotated[str, StringConstraints(max_length=200)] | None = None


class WorkType(Vendor):
    """A school's work type: its own title and the weight of the marks given on it."""

    id: VendorId | None = None
    id_str: IdText | None = None
    kind: Annotated[str, StringConstraints(max_length=64)] | None = None
    title: Annotated[str, StringConstraints(max_length=200)] | None = None
    name: Annotated[str, StringConstraints(max_length=200)] | None = None
    weight: float | None = Field(None, gt=0, le=100, strict=False, allow_inf_nan=False)


class Mark(Vendor):
    """A mark (``marks``), also the ``final-mark`` of final marks and the marks of bundles."""

    id: VendorId | None = None
    id_str: IdText | None = None
    idStr: IdText | None = None
    type: Annotated[str, StringConstraints(max_length=32)] | None = Field(None, description="The scale, e.g. mark5")
    value: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    person: VendorId | None = None
    person_str: IdText | None = None
    work: VendorId | None = None
    work_str: IdText | None = None
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    lessonStr: IdText | None = None
    date: LocalDateTime
    workType: VendorId | None = None
    use_avg_calc: Flag | None = None


class Task(Vendor):
    """A per-student homework assignment (``tasks``)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    person: VendorId | None = None
    person_str: IdText | None = None
    work: VendorId | None = None
    work_str: IdText | None = None
    status: Annotated[str, StringConstraints(max_length=64)] | None = None
    targetDate: LocalDateTime | None = None


class Work(Vendor):
    """A work (assessment or homework column) (``works``; embedded in lessons)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    type: Annotated[str, StringConstraints(max_length=64)] | None = None
    workType: VendorId | None = None
    markType: Annotated[str, StringConstraints(max_length=32)] | None = None
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    eduGroup: VendorId | None = None
    eduGroup_str: IdText | None = None
    subjectId: VendorId | None = None
    text: Text | None = None
    targetDate: LocalDateTime | None = None
    sentDate: LocalDateTime | None = None
    createdBy: VendorId | None = None
    files: list[VendorId] | None = None


class Lesson(Vendor):
    """A lesson (``lessons``), or a flattened bundle lesson (``subjectId``, ``hours``, works as ids)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    title: Text | None = None
    date: LocalDateTime
    number: Number = Field(ge=0, le=20)
    subject: Subject | None = None
    subjectId: VendorId | None = None
    group: VendorId | None = None
    group_str: IdText | None = None
    works: list[Work | VendorId] | None = None
    teachers: list[VendorId] | None = None
    teachers_str: list[IdText] | None = None
    hours: Annotated[str, StringConstraints(pattern=r"^\s*[0-9]{1,2}:[0-9]{2}\s*-\s*[0-9]{1,2}:[0-9]{2}\s*$")] | None = None
    place: Annotated[str, StringConstraints(max_length=200)] | None = None


class LessonLogEntry(Vendor):
    """An attendance entry (``lesson-log-entries``), identified by (lesson, person)."""

    person: VendorId | None = None
    person_str: IdText | None = None
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    lessonStr: IdText | None = None
    comment: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    status: Literal["Attend", "Absent", "Ill", "Late", "Pass"]
    createdDate: LocalDateTime | None = None


class Member(Vendor):
    """A student of an edu-group (``students`` / ``memberships``): a person id, maybe with the names."""

    person: VendorId | None = None
    person_str: IdText | None = None
    id: VendorId | None = None
    id_str: IdText | None = None
    membershipstatus: Literal["Active", "Archive"] | None = None
    firstName: Annotated[str, StringConstraints(max_length=200)] | None = None
    lastName: Annotated[str, StringConstraints(max_length=200)] | None = None
    middleName: Annotated[str, StringConstraints(max_length=200)] | None = None


class EduGroup(Vendor):
    """A class or subgroup (``edu-groups``), optionally with its students."""

    id: VendorId | None = None
    id_str: IdText | None = None
    parentIds: list[VendorId] | None = None
    parentIds_str: list[IdText] | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    parallel: Number | None = Field(None, ge=0, le=12)
    studyyear: Number = Field(ge=2000, le=2100)
    students: list[Member] | None = None
    memberships: list[Member] | None = None


class Person(Vendor):
    """A person (``persons``): the school identity that marks, entries and memberships name."""

    id: VendorId | None = None
    id_str: IdText | None = None
    firstName: Annotated[str, StringConstraints(max_length=200)] | None = None
    lastName: Annotated[str, StringConstraints(max_length=200)] | None = None
    middleName: Annotated[str, StringConstraints(max_length=200)] | None = None


class User(Person):
    """A user account (``users``); its ``personId`` is the person the names belong to."""

    personId: VendorId | None = None
    personId_str: IdText | None = None


class School(Vendor):
    """A school (``schools/{s}``): its names, zone, default mark type and average rule (-> school.registered)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    fullName: Annotated[str, StringConstraints(max_length=500)] | None = None
    timeZone: Number | None = Field(None, ge=-12, le=14, description="Hours east of UTC")
    markType: Annotated[str, StringConstraints(max_length=32)] | None = None
    uses_avg: Flag | None = None
    uses_weighted_avg: Flag | None = None


class ReportingPeriod(Vendor):
    """A reporting period (``reporting-periods``)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    start: LocalDateTime
    finish: LocalDateTime
    number: Number = Field(ge=1, le=12)
    type: Literal["Quarter", "Trimester", "Semester", "HalfYear", "Year"]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    year: Number | None = Field(None, ge=2000, le=2100)


class Holiday(Vendor):
    """A holiday of a reporting-period group: ``dateStart`` to ``dateFinish``, both days off."""

    id: VendorId | None = None
    id_str: IdText | None = None
    reportingPeriodGroupId: VendorId | None = None
    dateStart: LocalDateTime
    dateFinish: LocalDateTime
    name: Annotated[str, StringConstraints(max_length=200)] | None = None
    description: str | None = None


class ReportingPeriodGroup(Vendor):
    """``reporting-period-group``: the periods and holidays of a group (-> reporting_period.defined and
    holiday.defined, school-wide like the periods)."""

    reportingPeriods: list[ReportingPeriod]
    holidays: list[Holiday] | None = None


class SubjectFinalMark(Vendor):
    subject: VendorId | None = None
    subject_str: IdText | None = None
    final_mark: Mark = Field(alias="final-mark")


class FinalMarks(Vendor):
    """``final-marks``: one student's final marks for a period, per subject (note the hyphenated keys)."""

    person: VendorId | None = None
    person_str: IdText | None = None
    reportingPeriod: VendorId | None = None
    reportingPeriod_str: IdText | None = None
    per_subject_final_marks: list[SubjectFinalMark] = Field(alias="per-subject-final-marks")


class File(Vendor):
    id: VendorId | None = None
    id_str: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    downloadUrl: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    pageUrl: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    size: Number | None = Field(None, ge=0)


class HomeworksBundle(Vendor):
    """``homeworks``: homework works with the subjects, lessons and files they refer to."""

    works: list[Work]
    subjects: list[Subject] | None = None
    lessons: list[Lesson] | None = None
    files: list[File] | None = None


class ScheduleDay(Vendor):
    date: LocalDateTime
    lessons: list[Lesson] | None = None
    marks: list[Mark] | None = None
    works: list[Work] | None = None
    homeworks: list[Work] | None = None
    subjects: list[Subject] | None = None
    workTypes: list[WorkType] | None = None
    lessonLogEntries: list[LessonLogEntry] | None = None


class Schedules(Vendor):
    """``schedules``: days of lessons with their marks, works, homeworks and attendance. ``group`` is the
    edu-group of the request path (``persons/{p}/groups/{g}/schedules``), for lessons that do not name one."""

    days: list[ScheduleDay]
    group: VendorId | None = None
    group_str: IdText | None = None


RESOURCES = ("persons", "users", "edu-groups", "subjects", "schools", "reporting-periods", "reporting-period-group",
             "lessons", "works", "work-types", "marks", "lesson-log-entries", "tasks", "homeworks", "final-marks",
             "schedules")


class DnevnikRecord(BaseModel):
    """One Dnevnik.ru v2 API response object (or list) wrapped with the name of its resource."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    resource: Literal[RESOURCES] = Field(description="The v2 resource the data came from")  # type: ignore[valid-type]
    data: dict[str, Any] | list[Any] = Field(description="The object, or a list of objects, as the API returned it")
    deleted: Flag = Field(False, description="A deletion notice: data names the deleted object (see the adapter docs)")
    deleted_at: LocalDateTime | None = Field(None, description="When it was deleted (local time), for a deletion notice")
    school_id: t.Id | None = Field(None, description="The hub school, when the request does not give ?school=")
    workTypes: list[dict[str, Any]] | None = Field(None, description="Work types the data refers to (as bundles carry)")
    works: list[dict[str, Any]] | None = Field(None, description="Works the data refers to (as bundles carry)")


RECORD_MODELS = (DnevnikRecord, Mark, Work, WorkType, Lesson, LessonLogEntry, EduGroup, Person, User, Subject,
                 School, ReportingPeriod, ReportingPeriodGroup, Task, FinalMarks, HomeworksBundle, Schedules)
