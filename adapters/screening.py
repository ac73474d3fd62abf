"""The first look at a record, before any vendor model: hostile shapes are rejected, and the text is made what the
hub stores (``hub.text``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from adapters.errors import FieldError, pointer
from hub.text import NOT_STORED, json_holds_not_stored, stored

if TYPE_CHECKING:
    from adapters.base import AdapterSettings


def guard_shape(record: Any, settings: AdapterSettings) -> list[FieldError]:
    """Reject structures no honest export contains (too deep, huge strings, NUL characters, which no SQL text
    column can store, object keys with characters the hub does not store), before any model sees them. Other
    characters the hub does not store, in string values, are replaced by ``storable_text`` (``hub.text``)."""
    if not isinstance(record, dict):
        return [FieldError("", f"a record must be a JSON object, got {_json_type(record)}")]
    if _plainly_fine(record, settings):
        return []
    problems: list[FieldError] = []
    _scan(record, (), settings.max_depth, settings.max_string_length, problems)
    return problems


def screen(record: Any, settings: AdapterSettings) -> tuple[list[FieldError], Any]:
    """``guard_shape``'s problems and, when there are none, the record as ``storable_text`` makes it: one pass
    over the record's JSON for the common record, which holds nothing either of them looks for."""
    text = _json(record) if isinstance(record, dict) else None
    if text is not None and _plainly_fine_text(text, settings):
        return [], record
    problems = guard_shape(record, settings)
    if problems:
        return problems, record
    return [], (_stored_copy(record) if text is None or json_holds_not_stored(text) else record)


def _json(record: Any) -> bytes | None:
    try:
        return orjson.dumps(record)
    except (orjson.JSONEncodeError, TypeError):
        return None  # nested deeper than 254, a lone surrogate, an integer beyond 64 bits


def _plainly_fine(record: dict, settings: AdapterSettings) -> bool:
    """The fast path, at C speed: a record that serialises (so it nests at most 255 deep), is shorter than the
    longest string allowed and has no NUL nor any character the hub does not store can hold no problem the full
    scan looks for."""
    text = _json(record)
    return text is not None and _plainly_fine_text(text, settings)


def _plainly_fine_text(text: bytes, settings: AdapterSettings) -> bool:
    # ``\u0000`` looked for only in a text with a backslash (most have none, found faster than that sequence)
    return len(text) <= settings.max_string_length and (b"\\" not in text or b"\\u0000" not in text) and (
        settings.max_depth >= 255 or text.count(b"{") + text.count(b"[") <= settings.max_depth) and (
        not json_holds_not_stored(text))


def _scan(value: Any, path: tuple[Any, ...], depth_left: int, max_len: int, problems: list[FieldError]) -> None:
    kind = type(value)
    if kind is str:
        if len(value) > max_len:
            problems.append(FieldError(pointer(*path), f"string longer than {max_len} characters"))
        elif "\x00" in value:
            problems.append(FieldError(pointer(*path), "contains a NUL character (U+0000)"))
        return
    if kind is not dict and kind is not list:
        return
    if depth_left <= 0:
        problems.append(FieldError(pointer(*path), "nested too deeply"))
        return
    items = value.items() if kind is dict else enumerate(value)
    for key, child in items:
        if kind is dict and type(key) is str and (len(key) > max_len or "\x00" in key or NOT_STORED.search(key)):
            problems.append(FieldError(pointer(*path), _key_problem(key, max_len)))
            continue
        if type(child) in (dict, list) or type(child) is str and (len(child) > max_len or "\x00" in child):
            _scan(child, (*path, key), depth_left - 1, max_len, problems)
            if len(problems) >= 20:
                return


def _key_problem(key: str, max_len: int) -> str:
    if len(key) > max_len:
        return f"an object key longer than {max_len} characters"
    if "\x00" in key:
        return "an object key contains a NUL character"
    found = NOT_STORED.search(key)
    return f"an object key contains U+{ord(found[0]):04X}, a character the hub does not store" if found else ""


def storable_text(record: Any) -> Any:
    """``record`` with every string value as the hub stores it (``hub.text.stored``: control characters other
    than TAB, LF and CR, lone surrogates and noncharacters replaced by U+FFFD); the record itself when it holds
    none (the common case, found at C speed), else a copy. Keys are left alone: ``guard_shape`` rejects a key
    that holds one."""
    text = _json(record)
    return record if text is not None and not json_holds_not_stored(text) else _stored_copy(record)


def _stored_copy(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return stored(value)
    if kind is dict:
        return {key: _stored_copy(child) for key, child in value.items()}
    if kind is list:
        return [_stored_copy(child) for child in value]
    return value


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
