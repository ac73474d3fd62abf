"""The field types of Elzhur's answers (ids as strings or integers, ``YYYYMMDD`` days, ``HH:MM[:SS]`` times,
numbers sent as text, booleans as ``0``/``1`` or text, objects keyed by id or arrays, ``[]`` for an empty object)
and the base of every vendor model (unknown fields allowed)."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, StringConstraints, Tag, WithJsonSchema,
)

from hub.events import types as t

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


def _int_as_text(value: Any) -> Any:
    return str(value) if type(value) is int else value


VendorId = Annotated[str, BeforeValidator(_int_as_text), StringConstraints(pattern=ID_PATTERN),
                     WithJsonSchema({"anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer"}]})]


# a day's ``items`` key: the lesson number (A.3 Day), or the subject's name (BetterJournal's HomeworkRecordModel keys a
# gethomework day's items by it, reference Part C); ``common.item_part`` makes it a part of ids
ItemKey = Annotated[str, BeforeValidator(_int_as_text), StringConstraints(min_length=1, max_length=200, pattern=t.NO_NUL),
                    WithJsonSchema({"anyOf": [{"type": "string", "minLength": 1, "maxLength": 200}, {"type": "integer"}]})]


def _blank_as_none(value: Any) -> Any:
    """``""`` (or blanks) where an id may be left out: the journal's form left empty, naming no one (not stated)."""
    return None if isinstance(value, str) and not value.strip() else value


OptionalVendorId = Annotated[VendorId | None, BeforeValidator(_blank_as_none),
                             WithJsonSchema({"anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer"},
                                                       {"type": "string", "pattern": r"^\s*$"}, {"type": "null"}]})]
Label = Annotated[str, StringConstraints(max_length=200, pattern=t.NO_NUL)]  # may be empty
NameText = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=t.NO_NUL)]


_DAY = re.compile(r"[0-9]{8}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")


def _day(value: str) -> str:
    if not _DAY.fullmatch(value):
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
        dt.date.fromisoformat(value) if _ISO_DAY.fullmatch(value) else int("x")
    except ValueError:
        raise ValueError("a mark date is written YYYY-MM-DD, e.g. 2025-10-14") from None
    return value


IsoDay = Annotated[str, AfterValidator(_iso_day)]


def clock_or_none(value: str | None) -> str | None:
    """The time if ``value`` is written ``HH:MM`` or ``HH:MM:SS`` (hours 0-23), else None: a time not stated."""
    m = _CLOCK.fullmatch(value.strip()) if value is not None else None
    if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        return None
    return value.strip()


def _time_text(value: Any) -> Any:
    """A lesson time as sent: ``""``/blank is no time (as an absent one); a number is kept as text, so a malformed
    time is read as not stated and counted (``diary.lesson_times``), never a reason to reject the answer."""
    if isinstance(value, str):
        return value if value.strip() else None
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


TimeText = Annotated[Annotated[str, StringConstraints(max_length=64)] | None, BeforeValidator(_time_text),
                     WithJsonSchema({"anyOf": [{"type": "string", "maxLength": 64}, {"type": "number"},
                                               {"type": "null"}]})]

_TRUE, _FALSE = frozenset({"1", "true", "__yes"}), frozenset({"0", "false"})
_FLAG_FORMS = 'true/false, 0/1, "1"/"0", "true"/"false" or "__yes"'


def _flag(value: Any) -> Any:
    """A boolean in every form the public client models show (BetterJournal ``z.unknown()``, NiceEljurOpen
    ``String?``, Gson's lenient booleans): ``true``/``false``, ``0``/``1``, ``"1"``/``"0"``, ``"true"``/``"false"``
    (any case), ``"__yes"`` (Eljur's own yes); ``""`` or null: not stated. Anything else is an error."""
    if value is None or isinstance(value, bool):
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        if not text:
            return None
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
    raise ValueError(f"Input should be a boolean: {_FLAG_FORMS}")


Flag = Annotated[bool | None, BeforeValidator(_flag),
                 WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": [0, 1]}, {"type": "string"},
                                           {"type": "null"}]})]


def _empty_list_as_object(value: Any) -> Any:
    """PHP writes an empty associative array as ``[]``: where an object is expected, ``[]`` reads as ``{}``."""
    return {} if isinstance(value, list) and not value else value


def object_or_empty(key: Any, item: Any) -> Any:
    """``{key: item}``, or ``[]`` (PHP's empty array) read as ``{}``; a non-empty array stays an error."""
    return Annotated[dict[key, item], BeforeValidator(_empty_list_as_object), _OrEmptyArray()]


class _OrEmptyArray:
    """The published schema of ``object_or_empty``: the object's own schema, or an empty array."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        return {"anyOf": [handler(core_schema), {"type": "array", "maxItems": 0}]}


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
