"""The ``result`` of each Elzhur method (reference A.3), as the adapter reads it; unknown fields are allowed, every
boolean is a ``Flag`` (``0``/``1``, ``"true"``/``"false"``...), an empty object may come as ``[]``."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Discriminator, Field, StringConstraints, Tag

from adapters.elzhur.fields import (
    DayKey, Flag, IsoDay, ItemKey, Label, NameText, Numberish, OptionalVendorId, TimeText, Vendor, VendorId, _container,
    _optional_day, keyed_or_array, object_or_empty,
)
from hub.events import types as t

# --- failed-or-not envelope ---------------------------------------------------------------------------------------

class Response(Vendor):
    state: int = Field(strict=True, description="200 for a successful call")
    error: str | None = None


# --- getrules -----------------------------------------------------------------------------------------------------

class RulesStudent(Vendor):
    name: VendorId | None = None
    parallel: OptionalVendorId = None  # "": not stated (the level then comes from the class name)
    title: Label | None = None
    lastname: Label | None = None
    firstname: Label | None = None
    middlename: Label | None = None
    class_: NameText = Field(alias="class")


class RulesGroup(Vendor):
    rel: Label | None = None
    parallel: OptionalVendorId = None
    hometeacher_id: OptionalVendorId = None  # "": no class teacher named (the journal's form left empty)
    hometeacher_name: Label | None = None
    hometeacher_lastname: Label | None = None
    hometeacher_firstname: Label | None = None
    hometeacher_middlename: Label | None = None


class Relations(Vendor):
    students: keyed_or_array(VendorId, RulesStudent) | None = None
    groups: object_or_empty(str, RulesGroup) = Field(default_factory=dict)


class RulesResult(Vendor):
    """The signed-in user: a parent (``relations.students``) or a pupil (``roles: ["student"]``, own ``id``)."""
    relations: Relations
    roles: list[Label] | None = None
    id: VendorId | None = None
    name: VendorId | None = None
    title: Label | None = None
    lastname: Label | None = None
    firstname: Label | None = None
    middlename: Label | None = None


# --- getperiods ---------------------------------------------------------------------------------------------------

class Period(Vendor):
    name: NameText
    fullname: Label = ""
    start: Annotated[str, AfterValidator(_optional_day)] = ""
    end: Annotated[str, AfterValidator(_optional_day)] = ""
    disabled: Flag = None
    ambigious: Flag = None


class PeriodsStudent(Vendor):
    periods: list[Period]


class PeriodsResult(Vendor):
    students: keyed_or_array(VendorId, PeriodsStudent)


# --- getdiary / getschedule / gethomework -------------------------------------------------------------------------

class Assessment(Vendor):
    value: Annotated[str, StringConstraints(max_length=32)]
    countas: Numberish = None
    convert: Numberish = None
    count: Flag = None
    weight: Numberish = None
    weight_float: Numberish = None
    control_type: Label | None = None
    comment: t.Comment | None = None
    lesson_id: VendorId | None = None
    nm: VendorId | None = None
    date: IsoDay | None = None


class HomeworkTask(Vendor):
    id: VendorId | None = None
    value: t.Text = ""
    individual: Flag = None


class FileRef(Vendor):
    filename: NameText
    link: Annotated[str, StringConstraints(min_length=1, max_length=2_000, pattern=t.NO_NUL)]
    toid: VendorId | None = None


class OldFiles(Vendor):
    """Older servers: ``{"file": [ {filename, link} ]}`` (a lone file may come as an object)."""
    file: Annotated[
        Annotated[FileRef, Tag("dict")] | Annotated[list[FileRef], Tag("list")],
        Discriminator(_container, custom_error_type="file_or_files",
                      custom_error_message="Input should be a file object or an array of files"),
    ] = Field(default_factory=list)


Files = Annotated[
    Annotated[OldFiles, Tag("dict")] | Annotated[list[FileRef], Tag("list")],
    Discriminator(_container, custom_error_type="files",
                  custom_error_message="Input should be an array of files or {\"file\": [...]}"),
]


class Lesson(Vendor):
    num: VendorId | None = None
    name: NameText
    grp: Label | None = None  # the subgroup ("1 группа")
    grp_short: Label | None = None
    room: Label | None = None
    teacher: Label | None = None
    lesson_id: VendorId | None = None
    topic: t.Text | None = None
    starttime: TimeText = None  # HH:MM[:SS]; "" or malformed: not stated (diary.lesson_times)
    endtime: TimeText = None
    homework: keyed_or_array(VendorId, HomeworkTask) | None = None
    files: Files | None = None
    assessments: list[Assessment] | None = None


class Day(Vendor):
    alert: Label | None = None  # "vacation": a day off (-> holiday.defined for the class)
    holiday_name: Label | None = None
    items: keyed_or_array(ItemKey, Lesson) | None = None
    items_extday: keyed_or_array(ItemKey, Lesson) | None = None  # extra-curricular: lessons of their own group


class DiaryStudent(Vendor):
    days: object_or_empty(DayKey, Day)


class DiaryResult(Vendor):
    """By pupil (``students``) or, when queried by class, ``days`` at the top."""
    students: keyed_or_array(VendorId, DiaryStudent) | None = None
    days: object_or_empty(DayKey, Day) | None = None


class HomeworkResult(Vendor):
    """By student (``students``) or, when queried by class, ``days`` at the top."""
    students: keyed_or_array(VendorId, DiaryStudent) | None = None
    days: object_or_empty(DayKey, Day) | None = None


# --- getmarks -----------------------------------------------------------------------------------------------------

class MarkType(Vendor):
    id: VendorId | None = None
    short: Label | None = None
    type: Label | None = None


class Mark(Assessment):
    date: IsoDay
    lesson_comment: t.Comment | None = None
    mtype: MarkType | None = None


class SubjectMarks(Vendor):
    name: NameText
    average: Annotated[str, StringConstraints(max_length=32)] | float | None = None  # as the journal shows it
    lesson_id: VendorId | None = None  # the subject's id in the journal (not a lesson's)
    marks: list[Mark] = Field(default_factory=list)


class MarksStudent(Vendor):
    lessons: list[SubjectMarks]


class MarksResult(Vendor):
    students: keyed_or_array(VendorId, MarksStudent)


# --- getfinalassessments ------------------------------------------------------------------------------------------

class FinalAssessment(Vendor):
    period: NameText
    value: Annotated[str, StringConstraints(max_length=32)]
    convert: Numberish = None
    comment: t.Comment | None = None


class FinalSubject(Vendor):
    name: NameText
    assessments: list[FinalAssessment]


class FinalStudent(Vendor):
    items: list[FinalSubject]


class FinalResult(Vendor):
    students: keyed_or_array(VendorId, FinalStudent)
