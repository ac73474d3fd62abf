"""Reporting periods, holidays, the timetable and the lessons it makes."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator


from hub.events.types.common import (Comment, Id, IsoDate, IsoTime, Name, Payload, Text)


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    TRIMESTER = "trimester"
    SEMESTER = "semester"
    HALF_YEAR = "half_year"
    YEAR = "year"


class PeriodKindV2(StrEnum):
    """v2 kinds: v1's and ``exam``, the journal's exam column (a period of final marks only, without dates)."""

    QUARTER = "quarter"
    TRIMESTER = "trimester"
    SEMESTER = "semester"
    HALF_YEAR = "half_year"
    YEAR = "year"
    EXAM = "exam"


class PeriodKindV4(StrEnum):
    """v4 kinds: v2's and ``final``, the journal's итоговая (certificate, аттестат) column: a period of final marks
    only, without dates, after the exam column."""

    QUARTER = "quarter"
    TRIMESTER = "trimester"
    SEMESTER = "semester"
    HALF_YEAR = "half_year"
    YEAR = "year"
    EXAM = "exam"
    FINAL = "final"


UNDATED_KINDS = frozenset({"exam", "final"})  # columns that never have dates


class ReportingPeriodDefined(Payload):  # v1: a dated period (quarter .. year); no docstring: published schema
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


class ReportingPeriodDefinedV2(Payload):
    """v2: also the exam column (kind ``exam``): a period that holds only the teacher's final marks (an exam mark
    per subject), so it has no dates (``starts_on`` and ``ends_on`` absent or null) and no mark or lesson falls in
    it. Every other kind has both dates, as in v1; v1 data reads as v2 unchanged."""

    period_id: Id
    kind: PeriodKindV2
    number: int = Field(ge=1, le=12, strict=True)
    name: Name
    academic_year: int = Field(ge=2000, le=2100, strict=True)
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "ReportingPeriodDefinedV2":
        dated = (self.starts_on is not None, self.ends_on is not None)
        if self.kind == PeriodKindV2.EXAM:
            if any(dated):
                raise ValueError("an exam period has no dates: starts_on and ends_on must be null")
            return self
        if not all(dated):
            raise ValueError(f"a {self.kind.value} period needs starts_on and ends_on")
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class ReportingPeriodDefinedV3(Payload):
    """v3: the journal's own short name beside the name (``short_name``: the short id its final marks and columns
    use, ``I``, ``Г``, ``Э``, while ``name`` is what it shows, «1 четверть», «Годовая»; null when the journal has
    none), and a period of any kind may be a column known only from final marks, without dates (a past year's
    quarter no calendar of that year gave). Both dates or neither; an exam column never has dates. v1 and v2 data
    read as v3 unchanged, with ``short_name`` null."""

    period_id: Id
    kind: PeriodKindV2
    number: int = Field(ge=1, le=12, strict=True)
    name: Name
    short_name: Name | None = None
    academic_year: int = Field(ge=2000, le=2100, strict=True)
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "ReportingPeriodDefinedV3":
        undated = self.kind == PeriodKindV2.EXAM
        _check_dates(self, undated, "an exam period has no dates: starts_on and ends_on must be null")
        return self


def _check_dates(period: "ReportingPeriodDefinedV3 | ReportingPeriodDefinedV4", undated: bool,
                 undated_error: str) -> None:
    """v3 and v4's rule: a column that never has dates (``undated``) has none, else both dates or neither, in
    order."""
    dated = (period.starts_on is not None, period.ends_on is not None)
    if undated and any(dated):
        raise ValueError(undated_error)
    if any(dated) and not all(dated):
        raise ValueError(f"a {period.kind.value} period has both dates or neither (a column of final marks only)")
    if all(dated) and period.ends_on < period.starts_on:
        raise ValueError("ends_on is before starts_on")


class ReportingPeriodDefinedV4(Payload):
    """v4: also the итоговая column (kind ``final``: Elzhur's ``И`` «Итоговая», Dnevnik.ru's ``PeriodFinalMark``
    marks), the certificate mark per subject, apart from the year and exam marks; like the exam column it never has
    dates and holds final marks only. Otherwise v3 (``short_name``; any other kind may be an undated column, with
    both dates or neither); v3 data reads as v4 unchanged."""

    period_id: Id
    kind: PeriodKindV4
    number: int = Field(ge=1, le=12, strict=True)
    name: Name
    short_name: Name | None = None
    academic_year: int = Field(ge=2000, le=2100, strict=True)
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "ReportingPeriodDefinedV4":
        kind = self.kind.value
        _check_dates(self, kind in UNDATED_KINDS, f"the {kind} column has no dates: starts_on and ends_on must be null")
        return self


class ReportingPeriodAssigned(Payload):
    """The period applies to this class (a journal that keeps its periods per class: Dnevnik.ru's reporting-period
    groups of an edu-group, Elzhur's periods of a pupil). A period no class was assigned applies to every class of
    the school; one assigned to some classes applies to those only (and their subgroups). Re-sent, it changes
    nothing."""

    period_id: Id
    class_id: Id = Field(description="The class the period applies to")


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


class HolidayWithdrawn(Payload):
    """The holiday is no longer in the journal: its days are school days again (for its class, or the whole
    school). A ``holiday.defined`` of the same ``holiday_id`` after it defines it anew."""

    holiday_id: Id
    reason: Comment | None = None


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


class LessonScheduledV2(LessonScheduled):
    """v2: ``slot`` may be null, a lesson whose number no answer gave (Elzhur's getmarks names a mark's lesson by
    its id alone; in a school with real 0th lessons, 0 would say a lesson before the first). v1 data is v2 data
    unchanged; a lesson without a number has no v1 form."""

    slot: int | None = Field(ge=0, le=20, strict=True, description="Lesson number in the day; null when the "
                             "source gave none")


class LessonCancelled(Payload):
    lesson_id: Id
    reason: Comment | None = None
