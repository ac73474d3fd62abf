"""The field types of Dnevnik.ru answers:

* ``VendorId``: a 64-bit integer, checked by pydantic-core alone (no Python call per id); a JSON float is refused
  with ``FLOAT_ID``, which names the exact ``_str`` twin (``IdText``) to send (``common.vendor_id`` reads both);
* ``LocalDateTime``: a local ISO 8601 date-time (``LOCAL_DATETIME``) naming a real date and time of day.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, GetPydanticSchema, StringConstraints, WithJsonSchema
from pydantic_core import core_schema as cs

from hub.events import types as t

FLOAT_ID = "an id sent as a JSON float has lost digits above 2^53; send it as an integer or as the string twin {twin}"
NOT_AN_ID = "vendor_id_type"  # the error of a VendorId that is not an integer (pydantic's message for one)
LOCAL_DATETIME = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?)?"
                  r"(Z|[+-][0-9]{2}:?[0-9]{2})?$")


def _vendor_id_schema(_source: Any, _handler: Any) -> cs.CoreSchema:
    """A strict integer (else ``NOT_AN_ID``), then from 0 to 2^64 - 1."""
    return cs.chain_schema([
        cs.custom_error_schema(cs.int_schema(strict=True), NOT_AN_ID,
                               custom_error_message="Input should be a valid integer"),
        cs.int_schema(ge=0, le=2**64 - 1)])


def _real_date(value: str) -> str:
    """A ``LOCAL_DATETIME`` (its pattern checked) that names a calendar date and a time of day. The pattern puts two
    digits at each place read here, so comparing the text compares the numbers."""
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date") from None
    if value[10:11] in ("T", " ") and (value[11:13] > "23" or value[14:16] > "59" or (
            value[16:17] == ":" and value[17:19] > "59")):
        raise ValueError(f"{value!r} is not a valid time of day")
    return value


VendorId = Annotated[int, GetPydanticSchema(_vendor_id_schema),
                     WithJsonSchema({"type": "integer", "minimum": 0, "maximum": 2**64 - 1})]
IdText = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}$")]  # an exact decimal id (a ``_str`` twin)
# ``iso_text`` runs first all the same (a before-validator wraps what precedes it); the pattern stated before it is
# checked by pydantic-core itself, where stated after it pydantic wraps the check in a Python function. The published
# schemas have never stated the pattern (pydantic left it out of the wrapped form): kept as published.
LocalDateTime = Annotated[str, StringConstraints(pattern=LOCAL_DATETIME), BeforeValidator(t.iso_text),
                          AfterValidator(_real_date), WithJsonSchema({"type": "string"}, mode="validation")]


def error_message(error: dict[str, Any], reported: str) -> str:
    """What to report for the pydantic ``error`` that ``errors_from_validation`` reports as ``reported``: a float
    sent for an id is ``FLOAT_ID``."""
    return FLOAT_ID if error["type"] == NOT_AN_ID and isinstance(error["input"], float) else reported
