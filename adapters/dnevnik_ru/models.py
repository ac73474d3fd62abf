"""Dnevnik.ru v2 entities as the adapter reads them (the source of the published schemas in ``schemas/``).

Real exports carry many more fields than listed here: unknown fields are allowed and ignored, but every field the
adapter uses is typed. Ids are 64-bit integers (``VendorId``; a JSON float is refused, its message names the string
twin) and integers are ``fields.integer``: either may come as the string of its decimal digits (``"2142"``, read exactly, as
the public client models of reference §10 do); most ids have an exact string twin (``id_str``, sometimes camelCase
``idStr``), which wins when present.
Dates are local ISO 8601 date-times without an offset (``LocalDateTime``); the school's zone is attached later.
The answers that hold these entities (wrappers, bundles, averages...) are in ``shapes.py``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from adapters.dnevnik_ru.fields import IdText, LocalDateTime, VendorId, integer, optional_integer

Text = Annotated[str, StringConstraints(max_length=20_000)]
Short = Annotated[str, StringConstraints(max_length=200)]
Flag = Annotated[bool, Field(strict=True)]
# integers within their bounds, each a JSON integer or the string of its digits (``fields.integer``)
UpTo20 = integer(0, 20)
UpTo12 = integer(0, 12)
LessonNumber = optional_integer(0, 20)  # §3.4 ``number``; the client models §10 cites declare it optional
PeriodNumber = integer(1, 12)
Year = integer(2000, 2100)
ZoneHours = integer(-12, 14)
Size = integer(0)
# a flattened lesson's times as display text (§3.4), read by ``lessons.hours_of``; "" (or blanks) states no hours
Hours = Annotated[str, StringConstraints(max_length=64)]


class Vendor(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)


class Subject(Vendor):
    """A subject (``subjects``; embedded in lessons as an object, in bundles as ``{id, name, knowledgeAreaId}``)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    idStr: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    knowledgeArea: Short | None = None


class WorkType(Vendor):
    """A school's work type. Standalone (``work-types/{school}``): ``title`` and the ``weight`` of its marks;
    embedded in bundles: ``name`` and no weight."""

    id: VendorId | None = None
    id_str: IdText | None = None
    kind: Annotated[str, StringConstraints(max_length=64)] | None = None
    title: Short | None = None
    name: Short | None = None
    weight: float | None = Field(None, ge=0, le=100, strict=False, allow_inf_nan=False)


class Mark(Vendor):
    """A mark (``marks``), also the ``final-mark`` of final marks and the marks of bundles."""

    id: VendorId | None = None
    id_str: IdText | None = None
    idStr: IdText | None = None
    type: Annotated[str, StringConstraints(max_length=32)] | None = Field(None, description="The scale, e.g. mark5")
    value: Annotated[str, StringConstraints(max_length=32)] = Field(description="The mark as the journal shows it; "
                                                                      "empty: a phantom mark, not read")
    person: VendorId | None = None
    person_str: IdText | None = None
    personStr: IdText | None = None
    work: VendorId | None = None
    work_str: IdText | None = None
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    lessonStr: IdText | None = None
    number: UpTo20 | None = Field(None, description="Which mark of its work (a double mark: 0, 1)")
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
    """A work (assessment or homework column) (``works``; embedded in lessons and bundles)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    type: Annotated[str, StringConstraints(max_length=64)] | None = None
    workType: VendorId | None = None
    markType: Annotated[str, StringConstraints(max_length=32)] | None = None
    markCount: UpTo20 | None = Field(None, description="How many marks a student may get for it")
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    eduGroup: VendorId | None = None
    eduGroup_str: IdText | None = None
    subjectId: VendorId | None = None
    text: Text | None = None
    periodNumber: UpTo12 | None = None
    periodType: Annotated[str, StringConstraints(max_length=32)] | None = None
    targetDate: LocalDateTime | None = None
    sentDate: LocalDateTime | None = None
    createdBy: VendorId | None = None
    files: list[VendorId] | None = None


class Lesson(Vendor):
    """A lesson (``lessons``), or a flattened bundle lesson (``subjectId``, ``hours``, ``place``, works as ids)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    title: Text | None = None
    date: LocalDateTime
    number: LessonNumber = Field(None, description="The lesson's number in the day (§3.4); absent, null or \"\": "
                                                   "none (the lesson has no slot)")
    subject: Subject | None = None
    subjectId: VendorId | None = None
    group: VendorId | None = None
    group_str: IdText | None = None
    works: list[Work | VendorId] | None = None
    teachers: list[VendorId] | None = None
    teachers_str: list[IdText] | None = None
    hours: Hours | None = Field(None, description="The times as display text, \"08:30 - 09:15\" (§3.4); \"\": none")
    place: Short | None = None


class LessonLogEntry(Vendor):
    """An attendance entry (``lesson-log-entries``), identified by (lesson, person)."""

    person: VendorId | None = None
    person_str: IdText | None = None
    lesson: VendorId | None = None
    lesson_str: IdText | None = None
    lessonStr: IdText | None = None
    comment: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    status: Literal["Attend", "Absent", "Ill", "Late", "Pass", "NotSet"] = Field(
        description="NotSet (the SOAP enum's \"no entry\") records nothing")
    createdDate: LocalDateTime | None = None


class Person(Vendor):
    """A person (``persons``): the school identity that marks, entries, memberships and lessons name."""

    id: VendorId | None = None
    id_str: IdText | None = None
    userId: VendorId | None = None
    userId_str: IdText | None = None
    firstName: Short | None = None
    lastName: Short | None = None
    middleName: Short | None = None


class User(Person):
    """A user account (``users``); its ``personId`` is the person the names belong to."""

    personId: VendorId | None = None
    personId_str: IdText | None = None
    fullName: Short | None = None
    roles: list[Annotated[str, StringConstraints(max_length=64)]] | None = None


class Member(Vendor):
    """A student of an edu-group (``students`` / ``memberships``): a person id, or the Person itself (``POST
    edu-groups``: ``{person: Person, membershipstatus}``), maybe with the names beside it."""

    person: VendorId | Person | None = None
    person_str: IdText | None = None
    id: VendorId | None = None
    id_str: IdText | None = None
    membershipstatus: Literal["Active", "Archive"] | None = None
    firstName: Short | None = None
    lastName: Short | None = None
    middleName: Short | None = None


class EduGroup(Vendor):
    """A class or subgroup (``edu-groups``), optionally with its students."""

    id: VendorId | None = None
    id_str: IdText | None = None
    parentIds: list[VendorId] | None = None
    parentIds_str: list[IdText] | None = None
    type: Annotated[str, StringConstraints(max_length=32)] | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    parallel: UpTo12 | None = None
    status: Annotated[str, StringConstraints(max_length=32)] | None = None
    studyyear: Year
    students: list[Member] | None = None
    memberships: list[Member] | None = None


class School(Vendor):
    """A school (``schools/{s}``): its names, zone, default mark type and average rule (-> school.registered)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    fullName: Annotated[str, StringConstraints(max_length=500)] | None = None
    timeZone: ZoneHours | None = Field(None, description="Hours east of UTC")
    markType: Annotated[str, StringConstraints(max_length=32)] | None = None
    uses_avg: Flag | None = None
    uses_weighted_avg: Flag | None = None


class ReportingPeriod(Vendor):
    """A reporting period (``reporting-periods``)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    start: LocalDateTime
    finish: LocalDateTime
    number: PeriodNumber
    type: Literal["Quarter", "Trimester", "Semester", "HalfYear", "Year"]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    year: Year | None = None


class Holiday(Vendor):
    """A holiday of a reporting-period group: ``dateStart`` to ``dateFinish``, both days off."""

    id: VendorId | None = None
    id_str: IdText | None = None
    reportingPeriodGroupId: VendorId | None = None
    dateStart: LocalDateTime
    dateFinish: LocalDateTime
    name: Short | None = None
    description: str | None = None


class ReportingPeriodGroup(Vendor):
    """``reporting-period-group``: the periods and holidays of a group (-> reporting_period.defined and
    holiday.defined, school-wide like the periods)."""

    reportingPeriods: list[ReportingPeriod]
    holidays: list[Holiday] | None = None


class SubjectFinalMark(Vendor):
    """One subject's period or year mark: ``{subject, subject_str, "final-mark": Mark}``; ``final-mark`` null (the
    Java client's nullable ``Mark``): the subject has no final mark yet."""

    subject: VendorId | None = None
    subject_str: IdText | None = None
    final_mark: Mark | None = Field(alias="final-mark")


class FinalMarks(Vendor):
    """``final-marks``: one student's final marks for a period, per subject (note the hyphenated keys)."""

    person: VendorId | None = None
    person_str: IdText | None = None
    reportingPeriod: VendorId | None = None
    reportingPeriod_str: IdText | None = None
    per_subject_final_marks: list[SubjectFinalMark] = Field(alias="per-subject-final-marks")


class File(Vendor):
    """A file of the homework bundle's ``files`` list (homework works name them by id)."""

    id: VendorId | None = None
    id_str: IdText | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    downloadUrl: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    pageUrl: Annotated[str, StringConstraints(max_length=2_000)] | None = None
    size: Size | None = None
