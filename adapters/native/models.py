"""The native record format: a canonical event as a vendor states it.

The vendor gives the event type, its schema version (default: 1, so a client written before version 2 keeps
working; say it explicitly), the school, when it happened (with
its UTC offset), its own id for the record and that record's revision, and the payload. The hub derives the event
id from (system, school, record id, revision), records the hub time and, for grades, adds the normalised value.
Payloads are the canonical models of ``hub.events.types`` except grades, which the vendor states without the
normalised value (``GradeInput`` below). Every published version is accepted; the hub appends the latest (see
``translate``).
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, create_model

from hub.events import types as t
from hub.events.registry import EVENT_MODELS
from hub.events.scales import ScaleId
from hub.events.tenancy import SchoolId


class NativeRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str = Field(description="A canonical event type, e.g. grade.recorded", json_schema_extra={"enum": sorted(EVENT_MODELS)})
    schema_version: int = Field(1, ge=1, strict=True)
    school_id: SchoolId
    occurred_at: Annotated[AwareDatetime, BeforeValidator(t.iso_text)] = Field(description="When it happened at the source, with its UTC offset")
    record_id: str = Field(min_length=1, max_length=256, description="The vendor's id of this record")
    revision: int = Field(1, ge=1, le=2**63 - 1, strict=True, description="Increase it every time the record changes")
    data: dict[str, Any]


class GradeInput(t.GradeFields):
    """grade.recorded as a vendor states it (the hub computes normalised, conversion, counts_in_average)."""

    counts_in_average: bool | None = Field(None, strict=True)


class GradeAmendInput(GradeInput):
    reason: t.Comment | None = None


class GradeInputV2(GradeInput):
    """grade.recorded v2 as a vendor states it: work_type is an object {code, name}."""

    work_type: t.WorkType = t.LESSON_WORK


class GradeAmendInputV2(GradeInputV2):
    reason: t.Comment | None = None


class FinalGradeInput(t.FinalGradeFields):
    pass


class GradeInputV3(GradeInputV2):
    """grade.recorded v3 as a vendor states it: optionally the journal's own text and number of the mark."""

    text: t.VendorText | None = None
    vendor_number: t.VendorNumber | None = None


class GradeAmendInputV3(GradeInputV3):
    reason: t.Comment | None = None


class GradeInputV4(GradeInputV3):
    """grade.recorded v4 as a vendor states it: ``weight`` may be 0 (a mark the journal shows but does not count;
    the hub then records ``counts_in_average`` false)."""

    weight: float = Field(1.0, ge=0, le=100, strict=True, allow_inf_nan=False)


class GradeAmendInputV4(GradeInputV4):
    reason: t.Comment | None = None


class GradeInputV5(GradeInputV4):
    """grade.recorded v5 as a vendor states it: also the six-, seven-, twelve-point and letter scales."""

    scale: ScaleId


class GradeAmendInputV5(GradeInputV5):
    reason: t.Comment | None = None


class FinalGradeInputV2(FinalGradeInput):
    text: t.VendorText | None = None
    vendor_number: t.VendorNumber | None = None


class FinalGradeInputV3(FinalGradeInputV2):
    """final_grade.recorded v3 as a vendor states it: also the six-, seven-, twelve-point and letter scales."""

    scale: ScaleId


# Payload models that differ from the canonical ones; every other type takes the canonical model as input.
INPUT_OVERRIDES: dict[tuple[str, int], type[t.Payload]] = {
    ("grade.recorded", 1): GradeInput,
    ("grade.amended", 1): GradeAmendInput,
    ("grade.recorded", 2): GradeInputV2,
    ("grade.amended", 2): GradeAmendInputV2,
    ("final_grade.recorded", 1): FinalGradeInput,
    ("grade.recorded", 3): GradeInputV3,
    ("grade.amended", 3): GradeAmendInputV3,
    ("final_grade.recorded", 2): FinalGradeInputV2,
    ("grade.recorded", 4): GradeInputV4,
    ("grade.amended", 4): GradeAmendInputV4,
    ("grade.recorded", 5): GradeInputV5,
    ("grade.amended", 5): GradeAmendInputV5,
    ("final_grade.recorded", 3): FinalGradeInputV3,
}


def input_model(event_type: str, version: int) -> type[t.Payload]:
    return INPUT_OVERRIDES.get((event_type, version)) or EVENT_MODELS[event_type][version]


def record_model(event_type: Any, version: Any) -> type[NativeRecord] | None:
    """The whole record of ``event_type`` at ``version`` as one model (``NativeRecord`` with ``data`` typed by the
    input model), so a valid record is read in one validation; None for a type or version that is not published."""
    if type(event_type) is not str or type(version) is not int or version not in EVENT_MODELS.get(event_type, {}):
        return None
    return _record_model(event_type, version)


@cache
def _record_model(event_type: str, version: int) -> type[NativeRecord]:
    return create_model(f"NativeRecord[{event_type} v{version}]", __base__=NativeRecord,
                        data=(input_model(event_type, version), ...))
