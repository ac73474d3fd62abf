"""How the Dnevnik.ru models type an id: ``VendorId``, a 64-bit integer (a JSON float is refused: its message,
``FLOAT_ID``, names the exact string twin to send), and ``IdText``, that twin (``common.vendor_id`` reads both)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import GetPydanticSchema, StringConstraints, WithJsonSchema
from pydantic_core import core_schema as cs

FLOAT_ID = "an id sent as a JSON float has lost digits above 2^53; send it as an integer or as the string twin {twin}"
NOT_AN_ID = "vendor_id_type"  # the error of a VendorId that is not an integer (``_vendor_id_schema``)


def _vendor_id_schema(_source: Any, _handler: Any) -> cs.CoreSchema:
    """A strict integer from 0 to 2^64 - 1, checked by pydantic-core alone (no Python call per id): anything but an
    integer fails as ``NOT_AN_ID`` with pydantic's message for a strict integer, and ``common.validate`` reports a
    float as ``FLOAT_ID``."""
    return cs.chain_schema([
        cs.custom_error_schema(cs.int_schema(strict=True), NOT_AN_ID,
                               custom_error_message="Input should be a valid integer"),
        cs.int_schema(ge=0, le=2**64 - 1)])


VendorId = Annotated[int, GetPydanticSchema(_vendor_id_schema),
                     WithJsonSchema({"type": "integer", "minimum": 0, "maximum": 2**64 - 1})]
IdText = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}$")]  # an exact decimal id (a ``_str`` twin)
