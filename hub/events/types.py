"""Canonical event payloads: version 1 of every type, and the later versions (``...V2``) of some.

One frozen pydantic model per (event type, version), ``extra="forbid"``. These models are the published contract:
the JSON Schemas in ``schemas/<type>/v<N>.json`` are generated from them (``hub schemas export``) and a test fails
on drift. A published model never changes: a change is a new version with an upcaster from the one before
(``hub.events.upcasting``). Ids are canonical hub ids (strings); vendor adapters map their own ids onto them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from hub.events.scales import ScaleId

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:@~-]*$"
Id = Annotated[str, StringConstraints(min_length=1, max_length=128, pattern=ID_PATTERN)]
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold U+0000
Name = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_NUL)]
Text = Annotated[str, StringConstraints(max_length=20_000, pattern=NO_NUL)]
Comment = Annotated[str, StringConstraints(max_length=2_000, pattern=NO_NUL)]


def iso_text(value: Any) -> Any:
    """Refuse a JSON number (or boolean) for a date or time: pydantic would read it as a Unix timestamp."""
    if isinstance(value, (int, float)):
        raise ValueError("Input should be an ISO 8601 string, not a number")
    return value


# Numbers and booleans are ``strict`` (JSON true is not 1, 0 is not false); dates and times are ISO 8601 text.
IsoDate = Annotated[dt.date, BeforeValidator(iso_text)]
IsoTime = Annotated[dt.time, BeforeValidator(iso_text)]


class Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PersonName(Payload):
    last_name: Name
    first_name: Name
    middle_name: Name | None = None


class AverageRule(StrEnum):
    SIMPLE = "simple"
    WEIGHTED = "weighted"


class SchoolRegistered(Payload):
    name: Name
    short_name: Name | None = None
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "Europe/Moscow"
    default_scale: ScaleId = ScaleId.FIVE_POINT
    average_rule: AverageRule = AverageRule.WEIGHTED


class SchoolRegisteredV2(SchoolRegistered):
    """Version 2: the school's rule for ``+``/``-`` on marks (upcast from v1: null, the default 0.25)."""

    modifier_step: float | None = Field(None, ge=0, le=0.5, strict=True, allow_inf_nan=False, description=(
        "How much a `+` or `-` adds to or takes from a mark in this school's averages: 0.25 when null (the "
        "hub's default), 0 when the school's journal ignores them. Marks are normalised with it as they arrive"))


class ClassDefined(Payload):
    class_id: Id
    name: Name
    grade_level: int | None = Field(None, ge=0, le=12, strict=True)
    academic_year: int = Field(ge=2000, le=2100, strict=True, description="Calendar year in which the school year starts")
    parent_class_id: Id | None = Field(None, description="Set for a subgroup: the class it belongs to")


class SubjectDefined(Payload):
    subject_id: Id
    name: Name
    short_name: Name | None = None
    knowledge_area: Name | None = None


class StudentEnrolled(Payload):
    student_id: Id
    class_id: Id
    name: PersonName
    enrolled_on: IsoDate


class StudentWithdrawn(Payload):
    student_id: Id
    class_id: Id
    withdrawn_on: IsoDate
    reason: Comment | None = None


class StudentTransferredOut(Payload):
    """The pupil leaves this school for another one (one half of a transfer; the other school sends
    ``student.transferred_in`` with the same ``transfer_id``). Ends the enrolment like ``student.withdrawn``; the
    pair is listed for operators (``GET /v1/operator/transfers``). Each school keeps its own id of the child."""

    student_id: Id
    class_id: Id
    transferred_on: IsoDate = Field(description="The first day the pupil is no longer at this school")
    to_school_id: Id = Field(description="The hub id of the school the pupil moves to")
    transfer_id: Id = Field(description="The transfer (e.g. the order number) as both schools know it")
    reason: Comment | None = None


class StudentTransferredIn(Payload):
    """The pupil arrives from another school (the other half of a transfer, see ``student.transferred_out``).
    Enrols the pupil like ``student.enrolled``, under this school's own id of the child."""

    student_id: Id
    class_id: Id
    name: PersonName
    enrolled_on: IsoDate
    from_school_id: Id = Field(description="The hub id of the school the pupil comes from")
    transfer_id: Id = Field(description="The transfer (e.g. the order number) as both schools know it")


class GuardianRelation(StrEnum):
    PARENT = "parent"
    LEGAL_REPRESENTATIVE = "legal_representative"
    PROXY = "proxy"


class GuardianLinked(Payload):
    guardian_id: Id
    student_id: Id
    relation: GuardianRelation
    name: PersonName | None = None


class IdentityLinked(Payload):
    """Two ids of one child: a school changed journals mid-year, and each journal knows the child by its own id.

    Records under ``alias_id`` show under ``student_id`` in every view; the log keeps both as sent.
    """

    student_id: Id
    alias_id: Id

    @model_validator(mode="after")
    def _distinct(self) -> "IdentityLinked":
        if self.alias_id == self.student_id:
            raise ValueError("alias_id must differ from student_id")
        return self


class TeacherRole(StrEnum):
    SUBJECT_TEACHER = "subject_teacher"
    CLASS_TEACHER = "class_teacher"


class TeacherAssigned(Payload):
    teacher_id: Id
    role: TeacherRole
    class_id: Id
    subject_id: Id | None = None
    name: PersonName | None = None

    @model_validator(mode="after")
    def _subject_for_subject_teacher(self) -> "TeacherAssigned":
        if self.role is TeacherRole.SUBJECT_TEACHER and self.subject_id is None:
            raise ValueError("a subject_teacher assignment needs subject_id")
        return self


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    TRIMESTER = "trimester"
    SEMESTER = "semester"
    HALF_YEAR = "half_year"
    YEAR = "year"


class ReportingPeriodDefined(Payload):
    period_id: Id
    kind: PeriodKind
    number: int = Field(ge=1, le=12, strict=True)
    name: Name
    academic_year: int = Field(ge=2000, le=2100, strict=True)
    starts_on: IsoDate
    ends_on: IsoDate

    @model_validator(mode="after")
    def _ordered(self) -> "ReportingPeriodDefined":
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class HolidayDefined(Payload):
    """School holidays (каникулы) or a single day off: no lessons on ``starts_on``..``ends_on`` inclusive.

    ``class_id`` limits it to one class (and its subgroups), e.g. the extra February week of the first grades;
    without it the whole school is off. A re-sent ``holiday_id`` replaces the earlier definition.
    """

    holiday_id: Id
    name: Name
    academic_year: int = Field(ge=2000, le=2100, strict=True)
    starts_on: IsoDate
    ends_on: IsoDate
    class_id: Id | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "HolidayDefined":
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class TimetableFrequency(StrEnum):
    WEEKLY = "weekly"
    EVERY_OTHER_WEEK = "every_other_week"  # the week of valid_from, then every second week after it


class TimetableDefined(Payload):
    """One recurring line of a class timetable: this subject, this weekday, this slot, how often, from when.

    The schedule view expands it into lessons on the dates it covers that have no explicit ``lesson.scheduled``
    for the class and slot, minus holidays and cancellations. A re-sent ``entry_id`` replaces the line (its
    complete new state); ``timetable.withdrawn`` removes one entered in error; ``valid_to`` ends one that stops.
    """

    entry_id: Id
    class_id: Id = Field(description="The class, or a subgroup of it")
    subject_id: Id
    weekday: int = Field(ge=1, le=7, strict=True, description="ISO weekday: 1 = Monday .. 7 = Sunday")
    slot: int = Field(ge=0, le=20, strict=True, description="Lesson number in the day")
    frequency: TimetableFrequency = TimetableFrequency.WEEKLY
    valid_from: IsoDate
    valid_to: IsoDate | None = Field(None, description="Last date it applies (inclusive); open-ended if absent")
    starts_at: IsoTime | None = None
    ends_at: IsoTime | None = None
    teacher_id: Id | None = None
    room: Name | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "TimetableDefined":
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class TimetableWithdrawn(Payload):
    entry_id: Id
    reason: Comment | None = None


class LessonScheduled(Payload):
    lesson_id: Id
    class_id: Id = Field(description="The class, or a subgroup of it")
    subject_id: Id
    date: IsoDate
    slot: int = Field(ge=0, le=20, strict=True, description="Lesson number in the day")
    starts_at: IsoTime | None = None
    ends_at: IsoTime | None = None
    teacher_id: Id | None = None
    topic: Text | None = None
    room: Name | None = None


class LessonCancelled(Payload):
    lesson_id: Id
    reason: Comment | None = None


class GradeFields(Payload):
    """What a vendor states about a grade; the hub adds the normalised value (see ``Grade``)."""

    grade_id: Id
    student_id: Id
    lesson_id: Id | None = None
    date: IsoDate | None = None
    subject_id: Id | None = None
    value: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    scale: ScaleId
    weight: float = Field(1.0, gt=0, le=100, strict=True, allow_inf_nan=False)
    work_type: Name = "lesson_work"
    comment: Comment | None = None
    teacher_id: Id | None = None

    @model_validator(mode="after")
    def _lesson_or_date_and_subject(self) -> "GradeFields":
        if self.lesson_id is None and (self.date is None or self.subject_id is None):
            raise ValueError("a grade needs lesson_id, or both date and subject_id")
        return self


class Grade(GradeFields):
    normalised: float | None = Field(strict=True)
    conversion: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    counts_in_average: bool = Field(strict=True)


class GradeRecorded(Grade):
    pass


class GradeAmended(Grade):
    """The complete new state of a grade (not a patch), so every reader can apply it without the old one."""

    reason: Comment | None = None


class WorkType(Payload):
    """What a grade was given for: a stable code (what reports group by) and the source's own name, if given."""

    code: Id
    name: Name | None = None


LESSON_WORK = WorkType(code="lesson_work")


class GradeV2(Grade):
    work_type: WorkType = LESSON_WORK


class GradeRecordedV2(GradeV2):
    """Version 2: work_type is an object {code, name} instead of a string (upcast from v1: a v1 string that is an
    id becomes the code; any other text becomes the name, with a code made from it)."""


class GradeAmendedV2(GradeV2):
    """The complete new state of a grade (not a patch), so every reader can apply it without the old one.
    Version 2: work_type is an object {code, name}, as in grade.recorded v2."""

    reason: Comment | None = None


class GradeRetracted(Payload):
    grade_id: Id
    student_id: Id
    reason: Comment | None = None


class FinalGradeFields(Payload):
    final_grade_id: Id
    student_id: Id
    subject_id: Id
    period_id: Id
    value: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    scale: ScaleId
    teacher_id: Id | None = None


class FinalGradeRecorded(FinalGradeFields):
    normalised: float | None = Field(strict=True)
    conversion: Annotated[str, StringConstraints(min_length=1, max_length=64)]


class FinalGradeRetracted(Payload):
    """A teacher-set period or year mark withdrawn (deleted in the journal): the final-grades view shows the
    computed average alone again. A later ``final_grade.recorded`` of the same id sets a mark again."""

    final_grade_id: Id
    student_id: Id
    reason: Comment | None = None


class Attachment(Payload):
    name: Name
    url: Annotated[str, StringConstraints(min_length=1, max_length=2_000, pattern=NO_NUL)]
    media_type: Annotated[str, StringConstraints(max_length=200, pattern=NO_NUL)] | None = None
    size_bytes: int | None = Field(None, ge=0, strict=True)


class Homework(Payload):
    homework_id: Id
    class_id: Id
    subject_id: Id
    lesson_id: Id | None = None
    due_on: IsoDate | None = None
    text: Text
    attachments: list[Attachment] = Field(default_factory=list, max_length=50)
    teacher_id: Id | None = None

    @model_validator(mode="after")
    def _lesson_or_due_date(self) -> "Homework":
        if self.lesson_id is None and self.due_on is None:
            raise ValueError("homework needs lesson_id, due_on, or both")
        return self


class HomeworkAssigned(Homework):
    pass


class HomeworkUpdated(Homework):
    """The complete new state of the homework."""


class HomeworkWithdrawn(Payload):
    homework_id: Id
    reason: Comment | None = None


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    ILL = "ill"
    LATE = "late"
    EXCUSED = "excused"


class Attendance(Payload):
    student_id: Id
    lesson_id: Id
    status: AttendanceStatus
    minutes_late: int | None = Field(None, ge=0, le=600, strict=True)
    comment: Comment | None = None


class AttendanceMarked(Attendance):
    pass


class AttendanceCorrected(Attendance):
    """The complete corrected mark for (student, lesson)."""


# --- Version 3 of grades, version 2 of attendance and final grades: the journal's own text beside the canonical ---

VendorText = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=NO_NUL)]
VendorNumber = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-1000, le=1000)]


class GradeV3(GradeV2):
    text: VendorText | None = Field(None, description="The mark exactly as the journal shows it (`4-`, `5/4`, "
                                    "`зачёт`, `н/а`, `осв`) when the source gives its own text; `value` is the "
                                    "canonical mark on `scale`")
    vendor_number: VendorNumber | None = Field(None, description="The number the source itself counts the mark as "
                                               "in its averages (Elzhur `convert`); `normalised` is computed from "
                                               "it when given")


class GradeRecordedV3(GradeV3):
    """Version 3: the journal's own ``text`` of the mark and the source's own number for it (upcast from v2: both
    null)."""


class GradeAmendedV3(GradeV3):
    """The complete new state of a grade (not a patch). Version 3: ``text`` and ``vendor_number``, as in
    grade.recorded v3."""

    reason: Comment | None = None


class AttendanceV2(Attendance):
    code: VendorText | None = Field(None, description="The journal's own code (`Absent`, `Pass`, `н`, `ОП`...), "
                                    "shown with its legend; `status` is the canonical meaning")


class AttendanceMarkedV2(AttendanceV2):
    """Version 2: the journal's own ``code`` (upcast from v1: null)."""


class AttendanceCorrectedV2(AttendanceV2):
    """The complete corrected mark for (student, lesson). Version 2: the journal's own ``code``."""


class FinalGradeRecordedV2(FinalGradeRecorded):
    """Version 2: the journal's own ``text`` of the period or year mark and the source's own number for it."""

    text: VendorText | None = None
    vendor_number: VendorNumber | None = None


# --- Teachers by name, the vendor's own averages, one subject across journals ------------------------------------


class TeacherDefined(Payload):
    """A teacher's name as a journal gives it, apart from any assignment (Dnevnik.ru teacher lists, Elzhur's
    full names on lessons). ``display_name`` is the journal's own full text when it gives one string; ``name`` its
    parts when known. A re-sent ``teacher_id`` replaces the name."""

    teacher_id: Id
    name: PersonName | None = None
    display_name: Name | None = None

    @model_validator(mode="after")
    def _some_name(self) -> "TeacherDefined":
        if self.name is None and self.display_name is None:
            raise ValueError("a teacher needs name, display_name, or both")
        return self


class AverageReported(Payload):
    """An average the journal itself shows for a student's subject (Elzhur getmarks ``average``, Dnevnik.ru
    ``avg-marks`` / ``wa-marks``), kept beside the hub's own figure and compared with it. The span is a reporting
    period of the school, or the dates the source computed it over. A re-sent (student, subject, span, source)
    replaces the figure."""

    student_id: Id
    subject_id: Id
    period_id: Id | None = None
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None
    value: Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=NO_NUL)] = Field(
        description="The average exactly as the source gives it, e.g. `4.40`")
    number: VendorNumber | None = Field(None, description="`value` read as a number (null when it is not one)")
    rule: AverageRule | None = Field(None, description="Weighted or simple, when the source says which")
    source: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=ID_PATTERN)] = Field(
        description="Which of the source's figures this is, e.g. `getmarks.average`, `wa-marks`")

    @model_validator(mode="after")
    def _span(self) -> "AverageReported":
        if self.starts_on is not None and self.ends_on is not None and self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class SubjectLinked(Payload):
    """Two ids of one subject of a school: classes on two journals each name "Математика" their own way.
    ``alias_id``'s lessons, marks and homework count under ``subject_id`` in the diary, statistics and exports."""

    subject_id: Id
    alias_id: Id

    @model_validator(mode="after")
    def _distinct(self) -> "SubjectLinked":
        if self.alias_id == self.subject_id:
            raise ValueError("alias_id must differ from subject_id")
        return self
