"""Homework and attendance."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator


from hub.events.types.common import (NO_NUL, Comment, Id, IsoDate, Name, Payload, Text, VendorText)


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


class AttendanceV2(Attendance):
    code: VendorText | None = Field(None, description="The journal's own code (`Absent`, `Pass`, `н`, `ОП`...), "
                                    "shown with its legend; `status` is the canonical meaning")


class AttendanceMarkedV2(AttendanceV2):
    """Version 2: the journal's own ``code`` (upcast from v1: null)."""


class AttendanceCorrectedV2(AttendanceV2):
    """The complete corrected mark for (student, lesson). Version 2: the journal's own ``code``."""
