"""What every canonical payload is made of: ids, names, texts, ISO dates and times, the journal's own text of
a value; ``Payload``, the frozen base model."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints



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


# The scales as versions 1-4 of the grades (and final_grade.recorded v1-v2, school.registered v1-v2) published
# them, under the same schema name: a published enum never grows. Later scales (``hub.events.scales.ScaleId``:
# six-, seven-, twelve-point, letters) exist from grade v5 on.
ScaleIdV1 = StrEnum("ScaleId", {"FIVE_POINT": "five_point", "TEN_POINT": "ten_point",
                                "HUNDRED_POINT": "hundred_point", "PASS_FAIL": "pass_fail", "STATUS": "status"})


class Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PersonName(Payload):
    last_name: Name
    first_name: Name
    middle_name: Name | None = None


VendorText = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=NO_NUL)]
VendorNumber = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-1000, le=1000)]
