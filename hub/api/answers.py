"""The shapes of the read API's answers, published in the OpenAPI contract (``contracts/openapi.json``).

The routes build their answers as plain JSON (``hub.api.errors.json_response``, no validation on the way out: it
would cost CPU on every read); these models document them, attached to each route's 200 answer. Every model
forbids fields it does not name, and ``tests/integration/test_answers_documented.py`` validates real answers
against them, so the contract cannot fall behind what the API sends.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Ref(Shape):
    id: str
    name: str | None = Field(description="As the journal names it; null when the hub has no name for it")


class Positions(Shape):
    log_positions: dict[str, int] = Field(description="Per partition, how many events the views have applied")
    caught_up: bool = Field(description="Whether the views include `min_position` (true without it)")


# --- the diary ---------------------------------------------------------------------------------------------------


class Mark(Shape):
    grade_id: str
    lesson_id: str | None
    date: dt.date = Field(description="The lesson's date, else the mark's own")
    subject: Ref | None
    value: str = Field(description="The canonical mark on `scale` (`4-`, `5/4`, `pass`, `not_assessed`)")
    text: str | None = Field(description="The mark exactly as the journal shows it (`зачёт`, `н/а`, `4-`); null "
                             "when the journal sent no text of its own: show `value` then")
    scale: str
    normalised: float | None = Field(description="On the common 0..100 axis; null when it never counts")
    vendor_number: float | None = Field(description="The number the journal counts the mark as (Elzhur `convert`)")
    conversion: str | None
    counts_in_average: bool | None
    weight: float | None
    work_type: str | None = Field(description="The work type's code")
    work_type_name: str | None = Field(description="The journal's name of the work type")
    comment: str | None
    teacher_id: str | None
    amended: bool


class Attachment(Shape):
    name: str
    url: str
    media_type: str | None = None
    size_bytes: int | None = None


class Homework(Shape):
    homework_id: str
    class_id: str | None
    subject: Ref | None
    lesson_id: str | None
    set_on: dt.date | None = Field(description="The date of the lesson it was set at")
    due_on: dt.date | None
    text: str | None
    attachments: list[Attachment]
    teacher_id: str | None


class Attendance(Shape):
    status: str = Field(description="present, absent, ill, late or excused")
    code: str | None = Field(description="The journal's own code (`Н`, `ОП`, `Absent`...); null when it sent none")
    minutes_late: int | None
    comment: str | None
    corrected: bool


class DiaryLesson(Shape):
    lesson_id: str
    slot: int | None
    starts_at: dt.time | None
    ends_at: dt.time | None
    subject: Ref | None
    group: Ref | None = Field(description="The subgroup the lesson is for (its class when that class is a "
                              "subgroup, named as the journal names it: `1 группа`); null for the whole class")
    topic: str | None
    room: str | None
    teacher: Ref | None = Field(description="The teacher by the journal's own name (`teacher.defined`), else the "
                                "name an assignment gave")
    cancelled: bool
    cancel_reason: str | None
    homework: list[Homework]
    marks: list[Mark]
    attendance: Attendance | None


class DayHoliday(Shape):
    id: str
    name: str | None
    class_id: str | None = Field(description="The class it is for; null: the whole school")


class DiaryDay(Shape):
    date: dt.date
    holidays: list[DayHoliday]
    lessons: list[DiaryLesson]
    homework_due: list[Homework]
    marks_without_lesson: list[Mark]


class DiaryAnswer(Positions):
    student_id: str
    date_from: dt.date = Field(alias="from")
    date_to: dt.date = Field(alias="to")
    days: list[DiaryDay]


class ClassTeacherRef(Ref):
    """The class teacher (a subgroup's is its class's)."""


class Child(Shape):
    student_id: str
    school_id: str | None
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    relation: str | None
    class_id: str | None = Field(description="The child's current main class (not a subgroup)")
    class_name: str | None
    class_teacher: ClassTeacherRef | None


class ChildrenAnswer(Positions):
    children: list[Child]


# --- schedules ---------------------------------------------------------------------------------------------------


class ScheduleLesson(Shape):
    lesson_id: str
    source: str = Field(description="`lesson` (sent by the journal) or `timetable` (generated from an entry)")
    entry_id: str | None
    date: dt.date
    slot: int | None
    class_: Ref = Field(alias="class")
    group: Ref | None = Field(description="The subgroup the lesson is for; null for the whole class")
    starts_at: dt.time | None
    ends_at: dt.time | None
    subject: Ref | None
    teacher: Ref | None
    room: str | None
    topic: str | None
    cancelled: bool
    cancel_reason: str | None


class ScheduleDay(Shape):
    date: dt.date
    holidays: list[DayHoliday]
    lessons: list[ScheduleLesson]


class Week(Positions):
    week: str
    date_from: dt.date = Field(alias="from")
    date_to: dt.date = Field(alias="to")
    days: list[ScheduleDay]


class ScheduledClass(Shape):
    id: str
    name: str | None
    parent_id: str | None = Field(description="For a subgroup: its class")
    class_teacher: ClassTeacherRef | None


class ClassWeek(Week):
    class_: ScheduledClass = Field(alias="class")


class StudentWeek(Week):
    student_id: str


# --- final grades ------------------------------------------------------------------------------------------------


class ReportingPeriod(Shape):
    period_id: str | None
    kind: str
    number: int | None
    name: str | None = Field(description="The journal's name of the period (`1 четверть`, `I полугодие`, `Годовая`)")
    short_name: str | None = Field(description="The journal's own short name of the period beside its name (`I`, "
                                   "`Г`): what its final marks name it by; null when the journal gives none")
    academic_year: int | None
    starts_on: dt.date | None = Field(description="null: a column of final marks only, without dates (the exam "
                                      "column, kind `exam`, the итоговая column, kind `final`, or a column of any "
                                      "kind known only from final marks)")
    ends_on: dt.date | None


class Average(Shape):
    rule: str
    value: float | None = Field(description="On the school's scale, full precision")
    normalised: float
    simple: float | None
    weighted: float | None


class FinalMark(Shape):
    final_grade_id: str
    value: str
    text: str | None = Field(description="The period or year mark as the journal shows it; null: show `value`")
    scale: str
    normalised: float | None
    vendor_number: float | None
    teacher_id: str | None


class Missed(Shape):
    absent: int
    ill: int
    excused: int
    total: int


class FinalCell(Shape):
    period_id: str | None
    average: Average | None
    marks_count: int
    counted_marks: int
    final_marks: list[FinalMark]
    exempt: bool
    not_assessed: bool
    missed_lessons: Missed
    late: int


class VendorAverage(Shape):
    period_id: str | None = Field(description="The reporting period the journal's average is over (a span of dates "
                                  "equal to a period's start and finish is that period); null for other dates")
    value: str = Field(description="The average exactly as the journal sent it, e.g. `3.43`")
    source: str = Field(description="Which of the journal's figures it is (`avg-marks`, `wa-marks`, "
                        "`getmarks.average`)")
    rule: str | None = Field(description="`weighted` or `simple` when the journal says which")
    from_: dt.date | None = Field(None, alias="from", description="The first day the journal computed it over "
                                  "(present when it gave dates)")
    to: dt.date | None = Field(None, description="The last day (present when it gave dates)")
    agrees: bool | None = Field(description="Whether the hub's own average of that period (by the journal's rule if "
                                "stated, else the school's) equals it at the journal's precision; null when not "
                                "comparable (no period, no counted mark, not a number)")


class FinalSubject(Shape):
    subject: Ref
    periods: list[FinalCell]
    vendor_averages: list[VendorAverage] = Field(description="The journal's own averages of the subject (Dnevnik.ru "
                                                 "`avg-marks` / `wa-marks`, Elzhur getmarks `average`)")


class YearHoliday(Shape):
    holiday_id: str
    name: str | None
    academic_year: int | None
    starts_on: dt.date
    ends_on: dt.date
    class_id: str | None


class FinalGradesAnswer(Positions):
    student_id: str
    school_id: str
    academic_year: int
    scale: str
    average_rule: str
    periods: list[ReportingPeriod] = Field(description="The student's periods of the year: those of the school that "
                                           "apply to the student's class (reporting_period.assigned; a period "
                                           "assigned to no class applies to every class), then the exam column and "
                                           "the итоговая (certificate) column, kind `final`")
    subjects: list[FinalSubject]
    holidays: list[YearHoliday]


def documented(model: type[BaseModel], description: str) -> dict[int, dict]:
    """``responses=`` of a route whose 200 answer is ``model``."""
    return {200: {"model": model, "description": description}}
