"""What every vendor adapter is, and the shared machinery to validate and report like all the others.

An adapter is one folder ``adapters/<name>/`` of fixed shape:

* ``settings.py``: ``SETTINGS``, an ``AdapterSettings`` (name, source system, limits);
* ``models.py``: pydantic models of the vendor's own record format (the source of its published schemas);
* ``translate.py``: ``translate(record, ctx) -> Translation``, vendor record to canonical envelopes;
* ``schemas/``: the JSON Schemas generated from ``models.py`` (``hub schemas export``; a test fails on drift);
* ``__init__.py``: ``ADAPTER = Adapter(SETTINGS, translate, <record models>)``.

``adapters.registry`` discovers the folders, so a new vendor is one folder plus its cases in ``contracts/``.
Translation must never raise for bad input: every problem becomes a ``FieldError`` whose ``pointer`` is a JSON
Pointer (RFC 6901) into the record as submitted.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, Protocol

import orjson
from pydantic import BaseModel, ValidationError

from hub.dates import EARLIEST, LATEST, RANGE_TEXT, moment_in_range
from hub.events.envelope import Envelope
from hub.events.registry import EVENT_MODELS
from hub.events.tenancy import foreign_fields, qualified_id
from hub.text import NOT_STORED, json_holds_not_stored, stored


@dataclass(frozen=True, slots=True)
class FieldError:
    pointer: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"pointer": self.pointer, "message": self.message}


class Directory(Protocol):
    """Reference data a vendor sent earlier (work types with their weights, works, lessons...), by vendor id.

    Adapters read it when a record refers to something it does not carry itself (a Dnevnik.ru mark names its
    work type; the weight lives on the work type). Entries come from ``Translation.directory_entries``.
    """

    def get(self, kind: str, vendor_id: str) -> Mapping[str, Any] | None: ...


class EmptyDirectory:
    def get(self, kind: str, vendor_id: str) -> Mapping[str, Any] | None:
        return None


@dataclass(frozen=True, slots=True)
class TranslationContext:
    client_id: str | None
    recorded_at: datetime
    school_id: str | None = None  # the hub school the batch is for: ?school=, else the client's only school
    timezone: str = "Europe/Moscow"  # that school's zone, for vendor times given without an offset
    modifier_step: float = 0.25  # that school's rule for + and - on marks (school.registered v2)
    directory: Directory = field(default_factory=EmptyDirectory)


@dataclass(frozen=True, slots=True)
class Missing:
    """A reference the record needs and the hub does not know yet (the record is parked until it arrives)."""

    kind: str  # e.g. "work_type", "lesson", "student"
    vendor_id: str
    pointer: str  # where the record refers to it


@dataclass(slots=True)
class Translation:
    """The outcome for one vendor record: canonical events, or the errors that reject it, or what it waits for.

    ``directory_entries`` are reference data to remember for later records, as (kind, vendor id, data); a
    record may carry only those (a work-types list) and no events.
    """

    events: list[Envelope] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    school_pointer: str = "/school_id"  # where the record names its school (for "not authorised" errors)
    # Where the events' payload fields are in the record as sent ("/data" for native records, whose payload is the
    # canonical one): tenancy errors then point at the offending id field; None points them at ``school_pointer``.
    data_pointer: str | None = None
    missing: list[Missing] = field(default_factory=list)
    directory_entries: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    # Per event id, the payload fields the record's shape does not state (an Elzhur diary without rings has no
    # lesson times): the hub keeps what another answer stated there (``hub.ingest.vendor_state.merge``).
    omitted: dict[str, frozenset[str]] = field(default_factory=dict)
    # (scope key, aggregate families) when the record is an answer that is complete for those families over the
    # scope its request names (``adapters.routing.Snapshot``): what an earlier answer to the scope held and this
    # one lacks was deleted (``hub.ingest.snapshots``).
    snapshot: tuple[str, frozenset[str]] | None = None

    @classmethod
    def rejected(cls, errors: Iterable[FieldError]) -> "Translation":
        return cls(errors=list(errors))

    @classmethod
    def parked(cls, missing: Iterable[Missing]) -> "Translation":
        return cls(missing=list(missing))


@dataclass(frozen=True, slots=True)
class AdapterSettings:
    name: str
    system: str
    description: str
    max_string_length: int = 20_000
    max_depth: int = 32
    # "vendor": records carry their own revision (native). "hub": the vendor re-sends records as they change, with
    # no revision; the hub numbers revisions per source record by content and turns a changed re-send into the
    # matching correction (grade.recorded -> grade.amended, homework.assigned -> homework.updated,
    # attendance.marked -> attendance.corrected). Such adapters emit revision 1 and the initial event type.
    revisions: str = "vendor"
    # Park a record whose events refer to a student, lesson or class the hub has not been sent yet (vendors that
    # send marks before the roster); native senders are the roster's master and are trusted.
    park_unknown_references: bool = False


Translator = Callable[[Any, TranslationContext], Translation]


@dataclass(frozen=True, slots=True)
class Adapter:
    settings: AdapterSettings
    translate_record: Translator
    record_models: Sequence[type[BaseModel]]

    @property
    def name(self) -> str:
        return self.settings.name

    def translate(self, record: Any, ctx: TranslationContext) -> Translation:
        """Guarded translation: hostile shapes (too deep, huge strings, NUL, keys with control characters, wrong
        top-level type) are rejected first; then the adapter reads the record with the text the hub stores
        (``storable_text``), never the record itself, which stays as sent. A record whose events name another
        school's entities (``tenancy_errors``) or a date outside the hub's calendar is rejected after."""
        problems, readable = screen(record, self.settings)
        if problems:
            return Translation.rejected(problems)
        translation = self.translate_record(readable, ctx)
        if translation.events and not translation.errors:
            problems = tenancy_errors(translation) or calendar_errors(record, translation.events)
            if problems:
                return Translation.rejected(problems)
        return translation


def tenancy_errors(translation: Translation) -> list[FieldError]:
    """``not authorised`` for every entity field of the events that is not an id of the event's own school
    (``hub.events.tenancy``). Decided from the ids alone, never the database, so the answer says nothing about
    whether another school's entity exists."""
    from adapters.registry import systems  # the registry imports this module

    errors: dict[str, FieldError] = {}
    for event in translation.events:
        for field in foreign_fields(event.type, event.school_id, event.data, systems() | {event.source.system}):
            where = (f"{translation.data_pointer}/{field}" if translation.data_pointer is not None
                     else translation.school_pointer)
            errors.setdefault(where, FieldError(where, f"not authorised: {field} must be an id of school "
                                                       f"{event.school_id}, the school of this record"))
    return list(errors.values())


def namespaced_id(system: str, school_id: str, kind: str, vendor_id: str | int) -> str:
    """The canonical id of a vendor entity: vendor ids are only unique within a vendor and a school.

    ``namespaced_id("dnevnik", "sch-1", "person", 1000012000101) == "dnevnik:sch-1:person:1000012000101"``.
    Integer ids are written exactly (never through a float), so 64-bit ids survive.
    """
    return qualified_id(system, school_id, f"{kind}:{vendor_id}")


def pointer(*parts: Any) -> str:
    """Build a JSON Pointer from path parts, escaping ``~`` and ``/`` as RFC 6901 requires."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def errors_from_validation(exc: ValidationError, prefix: Sequence[Any] = ()) -> list[FieldError]:
    """Every pydantic error as a FieldError, pointer relative to the submitted record."""
    found = []
    for err in exc.errors(include_url=False):
        loc = err["loc"]
        keyed = err["type"] in ("extra_forbidden", "missing")  # the last part is then a key, never a union tag
        location = [p for i, p in enumerate(loc) if not _is_union_tag(p) or (keyed and i == len(loc) - 1)]
        message = err["msg"].removeprefix("Value error, ")
        found.append(FieldError(pointer(*prefix, *location), message))
    return found


def _is_union_tag(part: Any) -> bool:
    # pydantic inserts the member name of a union into ``loc`` (e.g. 'function-after[...]', 'str'); drop those.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "list", "dict"})


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
    return len(text) <= settings.max_string_length and b"\\u0000" not in text and (
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


def calendar_errors(record: Any, events: Iterable[Envelope]) -> list[FieldError]:
    """A date or time in ``events`` outside the hub's calendar (``hub.dates``: years 1900..2199), each at the
    record's field of that name when it has one (native records), else at the record."""
    errors: dict[str, FieldError] = {}
    for event in events:
        if not moment_in_range(event.occurred_at):
            where = "/occurred_at" if isinstance(record, dict) and "occurred_at" in record else ""
            errors.setdefault(where, FieldError(where, f"{event.type}: occurred_at {event.occurred_at.isoformat()} "
                                                       f"is out of range: times {RANGE_TEXT}"))
        for name in _date_fields(event.type, event.schema_version):
            value = event.data.get(name)
            if isinstance(value, str) and not _day_in_range(value):
                data = record.get("data") if isinstance(record, dict) else None
                where = pointer("data", name) if isinstance(data, dict) and name in data else ""
                errors.setdefault(where, FieldError(where, f"{event.type}: {name} {value} is out of range: dates "
                                                           f"{RANGE_TEXT}"))
    return list(errors.values())


def _day_in_range(text: str) -> bool:
    try:
        return EARLIEST <= dt.date.fromisoformat(text[:10]) <= LATEST
    except ValueError:
        return True  # not a date: the payload model has said what it is


@cache
def _date_fields(event_type: str, version: int) -> tuple[str, ...]:
    """The payload fields of that event type and version that hold a date or a date and time."""
    model = EVENT_MODELS.get(event_type, {}).get(version)
    if model is None:
        return ()
    return tuple(name for name, info in model.model_fields.items() if _is_date(info.annotation))


def _is_date(annotation: Any) -> bool:
    if annotation in (dt.date, dt.datetime):
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, typing.Annotated):
        return any(_is_date(arg) for arg in typing.get_args(annotation))
    return False


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
