"""Schools, classes, subjects, pupils, guardians and teachers: who belongs where."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from hub.events.types.common import (Comment, Id, IsoDate, Name, Payload, PersonName, ScaleIdV1)


class AverageRule(StrEnum):
    SIMPLE = "simple"
    WEIGHTED = "weighted"


class SchoolRegistered(Payload):
    name: Name
    short_name: Name | None = None
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "Europe/Moscow"
    default_scale: ScaleIdV1 = ScaleIdV1.FIVE_POINT
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


class GuardianUnlinked(Payload):
    """The link ``guardian.linked`` made ends: the guardian no longer reads the child (a journal that stopped
    listing the child among the account's children, a court order, a pupil come of age). A later
    ``guardian.linked`` links them again."""

    guardian_id: Id
    student_id: Id
    reason: Comment | None = None


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
