"""Elzhur (Eljur API v3) records as the hub accepts them: the source of ``adapters/elzhur/schemas/``.

A record is the request envelope (``ElzhurEnvelope``: ``{"request": "getdiary?student=..", "body": {"response":
...}}``, routed by ``routes.py``), or, as a fallback, one bare API response ``{"response": {"state", "error",
"result"}}`` plus optional hub keys beside ``response``: ``method`` (which API method produced it; detected from the
result's shape when absent), ``class`` (the class the request was about) and ``school_id`` (only where the request
cannot say ``?school=``); or the hub's deletion notice (``DeletionNotice``).

Real responses carry more fields than listed here: unknown fields are allowed everywhere inside ``response``, the
fields the adapter reads are type-checked (``results.py``, ``fields.py``). ``students``, ``items`` and ``homework``
come as an object keyed by id or as an array; both are accepted. Ids may be strings or integers, booleans
``0``/``1`` or text (``fields.Flag``), an empty object ``[]`` (PHP), a time ``""`` (no time).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from adapters.elzhur.fields import IsoDay, Label, NameText, VendorId
from adapters.elzhur.results import (
    DiaryResult, FinalResult, HomeworkResult, MarksResult, PeriodsResult, Response, RulesResult,
)
from hub.events import types as t

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
    pulled_at: Annotated[str, StringConstraints(max_length=64)] | None = Field(
        None, description="When the sync job saw the deletion (ISO 8601, with offset or in the school's local "
                          "time): an answer pulled before it, delivered later, does not bring the record back")


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
