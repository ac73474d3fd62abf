"""The answers that hold Dnevnik.ru entities: bundles, wrappers, relatives, averages, PascalCase lists, and the two
record forms the adapter takes (the request envelope and the legacy ``{resource, data}`` wrapper).

Entities themselves are in ``models.py``. Like them, these allow unknown fields and type every field the adapter
reads (they are the source of the published schemas in ``schemas/``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from adapters.dnevnik_ru.models import (
    EduGroup, File, IdText, LessonLogEntry, Lesson, LocalDateTime, Mark, Person, Short, Subject, Vendor, VendorId,
    Work, WorkType,
)
from hub.events import types as t


class HomeworksBundle(Vendor):
    """``homeworks``: homework works with the subjects, lessons (flattened), files and teachers they refer to."""

    works: list[Work]
    subjects: list[Subject] | None = None
    lessons: list[Lesson] | None = None
    files: list[File] | None = None
    teachers: list[Person] | None = None


class DayTeacher(Vendor):
    """A teacher of a schedules day: ``{person: Person, role}``."""

    person: Person
    role: Short | None = None


class DayTeacherReference(Vendor):
    """A teacher of a schedules day given by id only: ``{person: <person id>, role}`` (no name to keep; the
    lessons name their teachers by the same ids, and a teacher list names them)."""

    person: VendorId | None = None
    person_str: IdText | None = None
    role: Short | None = None


class ScheduleDay(Vendor):
    """One day of ``persons/{p}/groups/{g}/schedules``."""

    date: LocalDateTime
    lessons: list[Lesson] | None = None
    marks: list[Mark] | None = None
    works: list[Work] | None = None
    homeworks: list[Work] | None = None
    subjects: list[Subject] | None = None
    workTypes: list[WorkType] | None = None
    lessonLogEntries: list[LessonLogEntry] | None = None
    teachers: list[DayTeacher | DayTeacherReference | Person] | None = None


class Schedules(Vendor):
    """``schedules``: days of lessons with their marks, works, homeworks and attendance (the reference's
    ``{days}``; one client reads a bare list of days, which the adapter also takes). ``group`` is the legacy
    wrapper's way to name the edu-group of the request path."""

    days: list[ScheduleDay]
    group: VendorId | None = None
    group_str: IdText | None = None


class RecentMarks(Vendor):
    """``persons/{p}/group/{g}/recentmarks``: the latest marks with what they refer to."""

    marks: list[Mark] | None = None
    criteriabasedmarks: list[dict[str, Any]] | None = None
    works: list[Work] | None = None
    subjects: list[Subject] | None = None
    workTypes: list[WorkType] | None = None
    lessons: list[Lesson] | None = None
    lessonLogEntries: list[LessonLogEntry] | None = None


class FinalMarksBundle(Vendor):
    """``allfinalmarks`` (and one client's ``edu-groups/{g}/final-marks``): period marks as ordinary marks whose
    work is a ``PeriodMark`` with ``periodNumber`` / ``periodType``."""

    marks: list[Mark]
    works: list[Work] | None = None
    subjects: list[Subject] | None = None
    workTypes: list[WorkType] | None = None


class StudentsWrapper(Vendor):
    """One element of the ``POST edu-groups`` answer: ``{group, students: [{person, membershipstatus}]}``; the group
    an EduGroup, or its id (with its ``group_str`` twin: the group as the hub knows it)."""

    group: EduGroup | VendorId
    group_str: IdText | None = None
    students: list[dict[str, Any]] | None = None


class PersonsWrapper(Vendor):
    """One element of ``teacher/{t}/students``: the group ``{id, id_str}`` and its ``students``."""

    id: VendorId | None = None
    id_str: IdText | None = None
    students: list[Person]


class ContextChild(Vendor):
    personId: VendorId | None = None
    personId_str: IdText | None = None
    firstName: Short | None = None
    lastName: Short | None = None
    middleName: Short | None = None
    groupIds: list[VendorId] | None = None
    groupIds_str: list[IdText] | None = None


class UserContext(Vendor):
    """``users/{u}/context``: the user's person, roles, groups and (for parents) ``children``."""

    userId: VendorId | None = None
    userId_str: IdText | None = None
    personId: VendorId | None = None
    personId_str: IdText | None = None
    roles: list[Short] | None = None
    eduGroups: list[EduGroup] | None = None
    children: list[ContextChild] | None = None


class Relative(Vendor):
    """One element of ``users/{u}/relatives``: ``{type, person}``; the ``type`` vocabulary is unconfirmed."""

    type: Short | None = None
    person: Person


class SchoolTeacher(BaseModel):
    """One element of ``schools/{s}/teachers``, in PascalCase (reference 3.9)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    Id: VendorId | None = None
    IdStr: IdText | None = None
    FirstName: Short | None = None
    LastName: Short | None = None
    MiddleName: Short | None = None


class SubjectAverage(Vendor):
    subject: VendorId | None = None
    subject_str: IdText | None = None
    avg_mark_value: Annotated[str, StringConstraints(max_length=32)] | None = Field(
        alias="avg-mark-value", description="The average as the journal shows it; null or \"\": none (no marks)")


class PersonAverages(Vendor):
    """One element of ``edu-groups/{g}/avg-marks/{from}/{to}``: a student's averages as strings."""

    person: VendorId | None = None
    person_str: IdText | None = None
    reportingPeriod: VendorId | None = None
    reportingPeriod_str: IdText | None = None
    per_subject_averages: list[SubjectAverage] = Field(alias="per-subject-averages")


class WeightedMark(Vendor):
    person: VendorId | None = None
    person_str: IdText | None = None
    value: float | None = Field(ge=-1000, le=1000, allow_inf_nan=False)  # null: no average (no marks)


class WeightedSubject(Vendor):
    subject: VendorId | None = None
    subject_str: IdText | None = None
    marks: list[WeightedMark]


class WeightedMarks(Vendor):
    """``edu-groups/{g}/wa-marks/{from}/{to}``: weighted averages as JSON numbers, per subject and person."""

    subjectMarks: list[WeightedSubject]


class PersonLogEntries(Vendor):
    """``persons/{p}/lesson-log-entries`` as one client reads it: ``{logEntries, lessons}`` (also a bare list)."""

    logEntries: list[LessonLogEntry]
    lessons: list[Lesson] | None = None


class VendorError(Vendor):
    """The error envelope (reference 4): ``{type, description}``."""

    type: Short
    description: Annotated[str, StringConstraints(max_length=2_000)] | None = None


class DnevnikEnvelope(BaseModel):
    """One answer of the Dnevnik.ru v2 API with the request that produced it (README: "The vendor adapters")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request: Annotated[str, StringConstraints(min_length=1, max_length=2_000)] = Field(
        description="The request the sync job sent: an optional method, then the path (host and /v2/ or /v2.0/ "
                    "optional) with its query, e.g. \"GET /v2/edu-groups/1000004500007/persons\"")
    body: Any = Field(description="The answer exactly as the API returned it")
    request_body: Any = Field(None, description="The JSON body of a POST (e.g. the group ids of POST edu-groups)")
    pulled_at: Annotated[str, StringConstraints(max_length=64)] | None = Field(
        None, description="When the job received the answer (ISO 8601 with offset): the day the answer sees "
        "memberships on (memberships.py), and when the weight changes a work-types answer brings took effect")
    school_id: t.Id | None = Field(None, description="The hub school, only when the request gives no ?school= "
                                                      "(offline checks and contract cases)")


RESOURCES = ("persons", "users", "edu-groups", "subjects", "schools", "reporting-periods", "reporting-period-group",
             "lessons", "works", "work-types", "marks", "lesson-log-entries", "tasks", "homeworks", "final-marks",
             "schedules")


class DnevnikRecord(BaseModel):
    """The legacy form: one v2 API response object (or list) wrapped with the name of its resource."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    resource: Literal[RESOURCES] = Field(description="The v2 resource the data came from")  # type: ignore[valid-type]
    data: dict[str, Any] | list[Any] = Field(description="The object, or a list of objects, as the API returned it")
    deleted: Annotated[bool, Field(strict=True)] = Field(
        False, description="A deletion notice: data names the deleted object (see the adapter docs)")
    deleted_at: LocalDateTime | None = Field(None, description="When it was deleted (local time), for a deletion notice")
    school_id: t.Id | None = Field(None, description="The hub school, when the request does not give ?school=")
    workTypes: list[dict[str, Any]] | None = Field(None, description="Work types the data refers to (as bundles carry)")
    works: list[dict[str, Any]] | None = Field(None, description="Works the data refers to (as bundles carry)")
