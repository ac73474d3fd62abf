"""Elzhur (Eljur API v3) responses as the hub accepts them: the source of ``adapters/elzhur/schemas/``.

One record = one API response ``{"response": {"state", "error", "result"}}`` plus two optional hub keys beside
``response``: ``method`` (which API method produced it; detected from the result's shape when absent), ``class``
(the class the request was about: needed for lessons and homework, since a diary does not name the class) and
``school_id`` (only where the request cannot say ``?school=``). Or the hub's deletion notice (``DeletionNotice``).

Real responses carry more fields than listed here: unknown fields are allowed everywhere inside ``response``, the
fields the adapter reads are type-checked. ``students``, ``items`` and ``homework`` come as an object keyed by id
or as an array; both are accepted. Ids may be strings or integers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, StrictBool, StringConstraints, Tag,
    WithJsonSchema,
)

from hub.events import types as t

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


def _int_as_text(value: Any) -> Any:
    return str(value) if type(value) is int else value


VendorId = Annotated[str, BeforeValidator(_int_as_text), StringConstraints(pattern=ID_PATTERN),
                     WithJsonSchema({"anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer"}]})]
Label = Annotated[str, StringConstraints(max_length=200, pattern=t.NO_NUL)]  # may be empty
NameText = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=t.NO_NUL)]


def _day(value: str) -> str:
    if not re.fullmatch(r"[0-9]{8}", value):
        raise ValueError("a day is written YYYYMMDD, e.g. 20251014")
    try:
        dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date (YYYYMMDD)") from None
    return value


DayKey = Annotated[str, AfterValidator(_day)]


def _optional_day(value: str) -> str:
    return value if value == "" else _day(value)


def _iso_day(value: str) -> str:
    try:
        dt.date.fromisoformat(value) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) else int("x")
    except ValueError:
        raise ValueError("a mark date is written YYYY-MM-DD, e.g. 2025-10-14") from None
    return value


IsoDay = Annotated[str, AfterValidator(_iso_day)]


def _clock(value: str) -> str:
    m = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?", value)
    if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        raise ValueError("a time is written HH:MM or HH:MM:SS, e.g. 08:30")
    return value


Clock = Annotated[str, AfterValidator(_clock)]


def _number(value: Any) -> Any:
    """A number, or a number written as text (Elzhur sends ``countas`` and ``weight_float`` either way)."""
    if isinstance(value, bool):
        raise ValueError("Input should be a number or a numeric string, not a boolean")
    if isinstance(value, str):
        if value.strip() == "":
            return None
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValueError(f"{value[:40]!r} is not a number") from None
    if isinstance(value, (int, float)) and not math.isfinite(value):
        raise ValueError("Input should be a finite number")
    return value


Numberish = Annotated[float | None, BeforeValidator(_number),
                      WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}, {"type": "null"}]})]


def _container(value: Any) -> str | None:
    return "dict" if isinstance(value, dict) else "list" if isinstance(value, list) else None


def keyed_or_array(key: Any, item: Any) -> Any:
    """``{id: item}`` or ``[item]``: only the matching form is validated (no union noise in the errors).

    The tags are ``dict`` and ``list``, which ``errors_from_validation`` drops from pointers."""
    return Annotated[
        Annotated[dict[key, item], Tag("dict")] | Annotated[list[item], Tag("list")],
        Discriminator(_container, custom_error_type="keyed_or_array",
                      custom_error_message="Input should be an object keyed by id or an array"),
    ]


class Vendor(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


# --- failed-or-not envelope ---------------------------------------------------------------------------------------

class Response(Vendor):
    state: int = Field(strict=True, description="200 for a successful call")
    error: str | None = None


# --- getrules -----------------------------------------------------------------------------------------------------

class RulesStudent(Vendor):
    name: VendorId | None = None
    parallel: VendorId | None = None
    title: Label | None = None
    lastname: Label | None = None
    firstname: Label | None = None
    middlename: Label | None = None
    class_: NameText = Field(alias="class")


class RulesGroup(Vendor):
    rel: Label | None = None
    parallel: VendorId | None = None
    hometeacher_id: VendorId | None = None
    hometeacher_name: Label | None = None
    hometeacher_lastname: Label | None = None
    hometeacher_firstname: Label | None = None
    hometeacher_middlename: Label | None = None


class Relations(Vendor):
    students: keyed_or_array(VendorId, RulesStudent) | None = None
    groups: dict[str, RulesGroup] = Field(default_factory=dict)


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
    disabled: StrictBool | None = None
    ambigious: StrictBool | str | None = None


class PeriodsStudent(Vendor):
    periods: list[Period]


class PeriodsResult(Vendor):
    students: keyed_or_array(VendorId, PeriodsStudent)


# --- getdiary / getschedule / gethomework -------------------------------------------------------------------------

class Assessment(Vendor):
    value: Annotated[str, StringConstraints(max_length=32)]
    countas: Numberish = None
    convert: Numberish = None
    count: StrictBool | None = None
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
    individual: StrictBool | None = None


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
    starttime: Clock | None = None
    endtime: Clock | None = None
    homework: keyed_or_array(VendorId, HomeworkTask) | None = None
    files: Files | None = None
    assessments: list[Assessment] | None = None


class Day(Vendor):
    alert: Label | None = None  # "vacation": a day off (-> holiday.defined for the class)
    holiday_name: Label | None = None
    items: keyed_or_array(VendorId, Lesson) | None = None
    items_extday: keyed_or_array(VendorId, Lesson) | None = None  # extra-curricular: homework only


class DiaryStudent(Vendor):
    days: dict[DayKey, Day]


class DiaryResult(Vendor):
    """By pupil (``students``) or, when queried by class, ``days`` at the top."""
    students: keyed_or_array(VendorId, DiaryStudent) | None = None
    days: dict[DayKey, Day] | None = None


class HomeworkResult(Vendor):
    """By student (``students``) or, when queried by class, ``days`` at the top."""
    students: keyed_or_array(VendorId, DiaryStudent) | None = None
    days: dict[DayKey, Day] | None = None


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


# --- records ------------------------------------------------------------------------------------------------------

class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    school_id: t.Id | None = Field(None, description="The hub school, only when the request cannot say ?school=")
    class_: NameText | None = Field(None, alias="class", description="The class the request was about, e.g. 10А")


def _response(result: type[BaseModel]) -> type[BaseModel]:
    return type(f"{result.__name__}Response", (Response,), {"__annotations__": {"result": result}})


class RulesRecord(_Record):
    method: Literal["getrules"] | None = None
    response: _response(RulesResult)


class PeriodsRecord(_Record):
    method: Literal["getperiods"] | None = None
    response: _response(PeriodsResult)


class DiaryRecord(_Record):
    method: Literal["getdiary", "getschedule"] | None = None
    response: _response(DiaryResult)


class MarksRecord(_Record):
    method: Literal["getmarks"] | None = None
    response: _response(MarksResult)


class FinalAssessmentsRecord(_Record):
    method: Literal["getfinalassessments"] | None = None
    response: _response(FinalResult)


class HomeworkRecord(_Record):
    method: Literal["gethomework"] | None = None
    response: _response(HomeworkResult)


class Deleted(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["mark", "homework", "attendance", "final"]
    date: IsoDay = Field(description="The lesson's date (final: the day the mark was withdrawn), YYYY-MM-DD")
    student: VendorId | None = Field(None, description="mark, attendance, final: the student's id")
    lesson_id: VendorId | None = Field(None, description="mark, attendance: the lesson's id")
    nm: VendorId | None = Field(None, description="mark: the mark's position in the lesson (nm)")
    homework_id: VendorId | None = Field(None, description="homework: the task's id")
    subject: Label | None = Field(None, description="final: the subject's name, as getfinalassessments names it")
    period: Label | None = Field(None, description="final: the period, as the assessment's period names it")
    reason: t.Comment | None = None


class DeletionNotice(BaseModel):
    """A mark, homework task, absence or final mark deleted in Elzhur (the API has no deletion feed; the integrator
    says it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: Literal["deletion"]
    school_id: t.Id | None = None
    deleted: Deleted


class ElzhurEnvelope(BaseModel):
    """One Elzhur answer with the request that produced it (README: "The vendor adapters"; ``routes.py``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request: Annotated[str, StringConstraints(min_length=1, max_length=2_000)] = Field(
        description="The request the sync job sent: the method with its query (getdiary?student=70211&days="
                    "20251013-20251019&rings=__yes), or the full URL (host and /apiv3/ ignored)")
    body: Any = Field(description="The answer exactly as the API returned it: {\"response\": {state, error, "
                                  "result}}")
    request_body: Any = Field(None, description="Unused by Elzhur (every method is a GET)")
    pulled_at: Annotated[str, StringConstraints(max_length=64)] | None = Field(
        None, description="When the job received the answer (ISO 8601 with offset); dates a getrules answer, "
                          "which carries no date of its own")
    school_id: t.Id | None = Field(None, description="The hub school, only when the request gives no ?school= "
                                                      "(offline checks and contract cases)")


RECORD_MODELS: dict[str, type[BaseModel]] = {
    "getrules": RulesRecord, "getperiods": PeriodsRecord, "getdiary": DiaryRecord, "getschedule": DiaryRecord,
    "getmarks": MarksRecord, "getfinalassessments": FinalAssessmentsRecord, "gethomework": HomeworkRecord,
    "deletion": DeletionNotice,
}
PUBLISHED = (ElzhurEnvelope, RulesRecord, PeriodsRecord, DiaryRecord, MarksRecord, FinalAssessmentsRecord, HomeworkRecord,
             DeletionNotice)
