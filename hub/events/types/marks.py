"""Marks (grades) in their five versions, period and year marks in their three, and the journal's own averages."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from hub.events.scales import ScaleId
from hub.events.types.common import (ID_PATTERN, NO_NUL, Comment, Id, IsoDate, Name, Payload, ScaleIdV1, VendorNumber,
                                     VendorText)
from hub.events.types.roster import AverageRule


class GradeFields(Payload):
    """What a vendor states about a grade; the hub adds the normalised value (see ``Grade``)."""

    grade_id: Id
    student_id: Id
    lesson_id: Id | None = None
    date: IsoDate | None = None
    subject_id: Id | None = None
    value: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    scale: ScaleIdV1
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
    scale: ScaleIdV1
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


class GradeV4(GradeV3):
    weight: float = Field(1.0, ge=0, le=100, strict=True, allow_inf_nan=False, description="The mark's weight "
                          "as the journal states it; 0 (a mark the journal shows but does not count) only with "
                          "`counts_in_average` false")

    @model_validator(mode="after")
    def _zero_weight_does_not_count(self) -> "GradeV4":
        if self.weight == 0 and self.counts_in_average:
            raise ValueError("a mark of weight 0 does not count in averages: counts_in_average must be false")
        return self


class GradeRecordedV4(GradeV4):
    """Version 4: ``weight`` may be 0, as a journal shows a mark that does not count (Elzhur); upcast from v3
    unchanged (its weights are all positive)."""


class GradeAmendedV4(GradeV4):
    """The complete new state of a grade (not a patch). Version 4: ``weight`` may be 0, as in grade.recorded v4."""

    reason: Comment | None = None


class GradeV5(GradeV4):
    scale: ScaleId = Field(description="The scale of `value`: v5 adds `six_point`, `seven_point`, `twelve_point` "
                           "(normalised linearly, 1..N) and `letter` (A..F: no normalised value, never counted)")


class GradeRecordedV5(GradeV5):
    """Version 5: the six-, seven- and twelve-point scales and letter marks (Dnevnik.ru mark6, mark7, mark12,
    markabcdf); upcast from v4 unchanged (its scales are all in v5)."""


class GradeAmendedV5(GradeV5):
    """The complete new state of a grade (not a patch). Version 5: the scales of grade.recorded v5."""

    reason: Comment | None = None


class FinalGradeRecordedV2(FinalGradeRecorded):
    """Version 2: the journal's own ``text`` of the period or year mark and the source's own number for it."""

    text: VendorText | None = None
    vendor_number: VendorNumber | None = None


class FinalGradeRecordedV3(FinalGradeRecordedV2):
    """Version 3: the scales of grade.recorded v5 (six-, seven-, twelve-point and letter final marks: Dnevnik.ru
    mark6, mark7, mark12, markabcdf); upcast from v2 unchanged (its scales are all in v3), and a final mark on a new
    scale has no v2 form."""

    scale: ScaleId = Field(description="The scale of `value`: v3 adds `six_point`, `seven_point`, `twelve_point` "
                           "(normalised linearly, 1..N) and `letter` (A..F: no normalised value)")


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
