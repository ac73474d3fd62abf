"""The field types of Dnevnik.ru answers:

* ``VendorId``: a 64-bit integer, checked by pydantic-core alone for a JSON integer (no Python call per id), or the
  string of its decimal digits (``"2142"``: read exactly, by ``int``, never through a float, so ids above 2^53 stay
  exact); a JSON float is refused with ``FLOAT_ID``, which names the exact ``_str`` twin (``IdText``) to send
  (``common.vendor_id`` reads both); any other string (``"1.0"``, ``"12a"``, ``" 1"``) is not an integer;
* ``integer(ge, le)``: the type of an integer field (a lesson's ``number``, a mark's ``number``, a period's
  ``year``...), the same way: a JSON integer or the string of its decimal digits (a leading ``-`` allowed), nothing
  else, then within its bounds;
* ``optional_integer(ge, le)``: the same, where ``null``, ``""`` or blanks state no value (a lesson's ``number``:
  the public client models declare it ``Optional[int]``, in the homework bundle ``int | str | None``);
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
ID_DIGITS = r"^[0-9]{1,20}$"  # an id as a string: what an ``IdText`` twin holds
INT_DIGITS = r"^-?[0-9]{1,18}$"  # an integer as a string
LOCAL_DATETIME = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?)?"
                  r"(Z|[+-][0-9]{2}:?[0-9]{2})?$")


def _integer_or_digits(pattern: str) -> cs.CoreSchema:
    """A strict JSON integer, or a string matching ``pattern`` (decimal digits) read exactly by ``int``: the public
    client models of reference §10 read ``"3"`` into an integer field (pydantic's lax ``int``, Gson's ``long``).
    Else ``NOT_AN_ID`` ("Input should be a valid integer"; ``error_message`` makes a float's ``FLOAT_ID``)."""
    digits = cs.chain_schema([cs.str_schema(strict=True, pattern=pattern), cs.no_info_plain_validator_function(int)])
    return cs.custom_error_schema(cs.union_schema([cs.int_schema(strict=True), digits], mode="left_to_right"),
                                  NOT_AN_ID, custom_error_message="Input should be a valid integer")


def _vendor_id_schema(_source: Any, _handler: Any) -> cs.CoreSchema:
    """An integer or its digits (else ``NOT_AN_ID``), then from 0 to 2^64 - 1."""
    return cs.chain_schema([_integer_or_digits(ID_DIGITS), cs.int_schema(ge=0, le=2**64 - 1)])


def integer(ge: int | None = None, le: int | None = None) -> Any:
    """The type of an integer from ``ge`` to ``le``: a JSON integer or its digits, maybe signed (else ``NOT_AN_ID``).
    The published schema states the bounds on the integer form (pydantic cannot place ``Field(ge=, le=)`` there)."""
    bounds = {k: v for k, v in (("minimum", ge), ("maximum", le)) if v is not None}
    core = cs.chain_schema([_integer_or_digits(INT_DIGITS), cs.int_schema(ge=ge, le=le)])
    return Annotated[int, GetPydanticSchema(lambda _source, _handler: core),
                     WithJsonSchema({"anyOf": [{"type": "integer", **bounds},
                                               {"type": "string", "pattern": INT_DIGITS}]})]


BLANK = r"^\s*$"  # a string that states no value


def _blank_is_none(value: Any) -> Any:
    """``""`` or blanks -> None; anything else as it came."""
    return None if isinstance(value, str) and not value.strip() else value


def optional_integer(ge: int | None = None, le: int | None = None) -> Any:
    """``integer(ge, le)`` or None, where ``null``, ``""`` and blanks are None; any other string that is not its
    digits stays ``NOT_AN_ID``. The published schema states the four forms."""
    bounds = {k: v for k, v in (("minimum", ge), ("maximum", le)) if v is not None}
    return Annotated[integer(ge, le) | None, BeforeValidator(_blank_is_none),
                     WithJsonSchema({"anyOf": [{"type": "integer", **bounds}, {"type": "string", "pattern": INT_DIGITS},
                                               {"type": "string", "pattern": BLANK}, {"type": "null"}]})]


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
                     WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 0, "maximum": 2**64 - 1},
                                               {"type": "string", "pattern": ID_DIGITS}]})]
IdText = Annotated[str, StringConstraints(pattern=ID_DIGITS)]  # an exact decimal id (a ``_str`` twin)
# ``iso_text`` runs first all the same (a before-validator wraps what precedes it); the pattern stated before it is
# checked by pydantic-core itself, where stated after it pydantic wraps the check in a Python function. The published
# schemas have never stated the pattern (pydantic left it out of the wrapped form): kept as published.
LocalDateTime = Annotated[str, StringConstraints(pattern=LOCAL_DATETIME), BeforeValidator(t.iso_text),
                          AfterValidator(_real_date), WithJsonSchema({"type": "string"}, mode="validation")]


def error_message(error: dict[str, Any], reported: str) -> str:
    """What to report for the pydantic ``error`` that ``errors_from_validation`` reports as ``reported``: a float
    sent for an id is ``FLOAT_ID``."""
    return FLOAT_ID if error["type"] == NOT_AN_ID and isinstance(error["input"], float) else reported
