"""Shared helpers of the Dnevnik.ru adapter: exact ids, canonical payloads with vendor pointers (local dates and
times: ``local_time.py``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ValidationError

from adapters.base import (FieldError, Missing, Restatement, Translation, TranslationContext, errors_from_validation,
                           namespaced_id, pointer)
from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.fields import error_message
from adapters.dnevnik_ru.settings import SETTINGS
from hub.events import types as t
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import latest_version, model_for


class Reject(Exception):
    """Raised inside a resource translator to reject the record (collected into FieldErrors)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors)
        self.errors = errors


def reject(ptr: str | tuple, message: str) -> Reject:
    """A Reject at ``ptr``: a JSON pointer, or its parts (a hot path passes parts: the pointer is built only here)."""
    return Reject([FieldError(as_pointer(ptr), message)])


def as_pointer(ptr: str | tuple) -> str:
    return ptr if isinstance(ptr, str) else pointer(*ptr)


def validate(model: type[BaseModel], raw: Any, prefix: tuple[Any, ...], carried: Carried | None = None) -> Any:
    """The model of ``raw``; on failure Reject with pointers under ``prefix`` (float ids name their twin). The
    object a bundle's model has already validated as ``model`` (``Carried.checked``) is taken as it is."""
    if carried is not None:
        known = carried.checked.get(id(raw))
        if type(known) is model:
            return known
    try:  # ``model.model_validate(raw)`` without pydantic's Python wrapper (hot path)
        return model.__pydantic_validator__.validate_python(raw)
    except ValidationError as exc:
        errors = []
        for error, raw_error in zip(errors_from_validation(exc, prefix), exc.errors(include_url=False)):
            error = FieldError(error.pointer, error_message(raw_error, error.message))
            if "{twin}" in error.message:
                key = error.pointer.rsplit("/", 1)[-1]
                twin = f"{key}_str" if not key.isdigit() else f"{error.pointer.rsplit('/', 2)[-2]}_str"
                error = FieldError(error.pointer, error.message.replace("{twin}", repr(twin)))
            errors.append(error)
        raise Reject(errors) from None


def vendor_id(obj: BaseModel, key: str, prefix: tuple[Any, ...], required: bool = False,
              what: str | None = None) -> str | None:
    """The exact decimal id ``key`` of ``obj``: the ``_str`` (or camelCase ``Str``) twin when given, else the
    integer. An integer that differs from its twin only by float rounding is the twin's corrupted copy (trust the
    twin); one that differs by more names another object (rejected)."""
    # ``getattr(obj, key, None)`` without pydantic's ``__getattr__`` for a key the object lacks (it raises and catches
    # an AttributeError: most twin keys are absent, and ids are read several times per record). A declared field is
    # never among the extra keys, so ``fields.get(name, extra.get(name))`` reads the one that can hold it.
    fields, extra = obj.__dict__, obj.__pydantic_extra__ or _NO_EXTRA
    twin_key, camel = _twin_keys(key)
    twin = fields.get(twin_key, extra.get(twin_key))
    if twin is None:
        twin_key, twin = camel, fields.get(camel, extra.get(camel))
    number = fields.get(key, extra.get(key))
    if twin is not None:
        if not isinstance(twin, str) or not twin.isascii() or not twin.isdigit():
            raise reject(pointer(*prefix, twin_key), f"{twin_key} must be the id as a string of decimal digits")
        if number is not None and number != (exact := int(twin)) and float(number) != float(exact):
            raise reject(pointer(*prefix, key), f"{key} {number} and {twin_key} {twin!r} name different objects "
                                                 f"(they differ by more than float rounding)")
        return twin if twin[0] != "0" else str(int(twin))  # decimal digits: the integer's text unless zero-led
    if number is not None:
        return str(number)
    if required:
        raise reject(pointer(*prefix, key),
                                      f"{what or key} is required: give {key} (an integer) or {key}_str (its exact decimal string)")
    return None


@cache
def _twin_keys(key: str) -> tuple[str, str]:
    return f"{key}_str", f"{key}Str"


_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})  # the extra keys of a model that keeps none


def id_list(obj: BaseModel, key: str) -> list[str]:
    """A list of ids, from its ``_str`` twin when given (exact), else from the integers."""
    twins = getattr(obj, f"{key}_str", None)
    if twins:
        return [str(int(v)) for v in twins]
    return [str(v) for v in getattr(obj, key, None) or []]


# directory kinds an answer records only when it is applied (``final_parts.py``: the pulls and marks of its parts)
APPLIED_ONLY = ("memberships", "group_listed", "arrival", "finals_listed", "finals_held")


@dataclass(slots=True)
class Out:
    """What a record translates to, collected across the objects it holds.

    ``omitted`` holds, per event id, the payload fields the answer's shape does not state (the hub keeps what
    another answer stated there: ``hub.ingest.vendor_state.merge``). The same event emitted twice in one record (a
    subject on every day of a bundle) is one event: fields the first left unstated are filled from the second."""

    ctx: TranslationContext
    school: str
    events: list[Envelope] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    omitted: dict[str, frozenset[str]] = field(default_factory=dict)
    snapshot: tuple[str, frozenset[str]] | None = None  # set by a parser whose answer's scope is in its body
    derived_from: dict[str, str] = field(default_factory=dict)  # event id -> the reference it is derived from
    restated: list[Restatement] = field(default_factory=list)
    scopes: dict[str, tuple] = field(default_factory=dict)  # ``Translation.scopes`` and ``.contains``
    contains: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    event_as_of: dict[str, datetime] = field(default_factory=dict)  # ``Translation.event_as_of``
    fields_as_of: dict[str, dict[str, datetime]] = field(default_factory=dict)  # ``Translation.fields_as_of``
    _index: dict[str, int] = field(default_factory=dict)  # event id -> its place in ``events``
    # The directory entries by (kind, vendor), in the order they were last registered (``remember``)
    _entry: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _ids: str = field(init=False, repr=False)  # ``namespaced_id``'s "<system>:<school>:", built once per record

    def __post_init__(self) -> None:
        self._ids = namespaced_id(SETTINGS.system, self.school, "", "").removesuffix(":")

    def cid(self, kind: str, vendor: str) -> str:
        """``namespaced_id(SETTINGS.system, self.school, kind, vendor)`` (ids are built several times per event)."""
        return f"{self._ids}{kind}:{vendor}"

    def emit(self, model: type[t.Payload], event_type: str, data: dict[str, Any], occurred_at: datetime,
             record_id: str, part: str, where: dict[str, str | tuple], base: str | tuple,
             omitted: Iterable[str] = (), derived_from: str | None = None,
             scopes: tuple[tuple[str, str], ...] = (), fields_as_of: dict[str, datetime] | None = None) -> None:
        """Validate ``data`` on the canonical model (errors at the vendor field that fed them) and add the event.

        ``where`` and ``base`` give pointers, or their parts (the pointer is built only for an error).
        ``model`` must be the latest version of ``event_type``: the adapter emits nothing older. ``omitted``: the
        fields of ``data`` this answer does not state (their values in ``data`` are only a first guess).
        ``derived_from``, ``scopes``, ``fields_as_of``: ``Translation.derived_from``, ``.scopes``, ``.fields_as_of``."""
        version = _latest(model, event_type)
        try:  # ``model_validate(data).model_dump(mode="json")`` without pydantic's Python wrappers (hot path)
            payload = model.__pydantic_serializer__.to_python(model.__pydantic_validator__.validate_python(data),
                                                              mode="json")
        except ValidationError as exc:
            errors = []
            for err in exc.errors(include_url=False):
                name = err["loc"][0] if err["loc"] else None
                ptr = where.get(str(name), base)
                errors.append(FieldError(as_pointer(ptr), f"{name or 'record'}: "
                                         + err["msg"].removeprefix("Value error, ")))
            raise Reject(errors) from None
        event_id = derive_event_id(SETTINGS.system, self.school, record_id, 1, part)
        unstated = frozenset(omitted) & payload.keys() if omitted else set()
        dated = {f: at for f, at in (fields_as_of or {}).items() if f in payload and f not in unstated}
        if event_id in self._index:
            self._again(event_id, payload, unstated, dated)
            return
        self._index[event_id] = len(self.events)
        if unstated:
            self.omitted[event_id] = unstated
        if derived_from is not None:
            self.derived_from[event_id] = derived_from
        if scopes:
            self.scopes[event_id] = scopes
        if dated:
            self.fields_as_of[event_id] = dated
        self.events.append(Envelope(  # the fields in order, without keywords (hot path)
            event_id, event_type, version, self.school, occurred_at, self.ctx.recorded_at,
            Source(SETTINGS.system, record_id, 1, self.ctx.client_id, part), payload))

    def _again(self, event_id: str, payload: dict[str, Any], unstated: frozenset[str],
               dated: dict[str, datetime]) -> None:
        index, before = self._index[event_id], self.omitted.get(event_id, frozenset())
        fill = before - unstated
        if fill:
            event = self.events[index]
            self.events[index] = dataclasses.replace(event, data={**event.data, **{f: payload[f] for f in fill}})
            for name in fill & dated.keys():  # a derived field the first copy left unstated: as of its own answer
                self.fields_as_of.setdefault(event_id, {})[name] = dated[name]
        if before & unstated:
            self.omitted[event_id] = before & unstated
        else:
            self.omitted.pop(event_id, None)

    def peek(self, kind: str, vendor: str | None) -> dict[str, Any] | None:
        """A directory entry (this record's own entries first), or None; nothing waits for it."""
        if vendor is None:
            return None
        own = self._entry.get((kind, vendor))
        if own is not None:
            return own
        try:
            found = self.ctx.directory.get(kind, vendor)
        except Exception:  # noqa: BLE001 - the directory is the hub's; a failure there reads as unknown
            found = None
        return None if found is None else dict(found)

    def lookup(self, kind: str, vendor: str, ptr: str) -> dict[str, Any] | None:
        """A directory entry; None, and the record waits for it (``missing``), if unknown."""
        found = self.peek(kind, vendor)
        if found is None:
            self.wait(kind, vendor, ptr)
        return found

    def wait(self, kind: str, vendor: str, ptr: str) -> None:
        if not any(m.kind == kind and m.vendor_id == vendor for m in self.missing):
            self.missing.append(Missing(kind, vendor, ptr))

    def remember(self, kind: str, vendor: str, data: dict[str, Any], merge: bool = False) -> None:
        """Register a directory entry; ``merge`` keeps the keys of the known entry that ``data`` does not set."""
        if merge:
            data = {**(self.peek(kind, vendor) or {}), **{k: v for k, v in data.items() if v is not None}}
        self._entry.pop((kind, vendor), None)  # the latest entry of a key wins and moves to the end
        self._entry[kind, vendor] = data

    def entries(self) -> list[tuple[str, str, dict[str, Any]]]:
        """The directory entries as ``Translation.directory_entries`` lists them: (kind, vendor id, data)."""
        return [(kind, vendor, data) for (kind, vendor), data in self._entry.items()]

    def translation(self, snapshot: tuple[str, frozenset[str]] | None = None) -> Translation:
        if self.missing:  # a parked answer appends nothing: it records no memberships, nor the lists it read
            return Translation(missing=self.missing,
                               directory_entries=[e for e in self.entries() if e[0] not in APPLIED_ONLY])
        return Translation(events=self.events, directory_entries=self.entries(), omitted=dict(self.omitted),
                           snapshot=snapshot or self.snapshot, data_pointer=None, derived_from=self.derived_from,
                           restated=self.restated, scopes=self.scopes, contains=self.contains,
                           event_as_of=self.event_as_of, fields_as_of=self.fields_as_of)


@cache
def _latest(model: type[t.Payload], event_type: str) -> int:
    """The version of ``event_type`` that ``model`` is; TypeError unless it is the latest (checked once a pair)."""
    version = latest_version(event_type)
    if model is not model_for(event_type, version):
        raise TypeError(f"{model.__name__} is not {event_type} v{version}, the latest version")
    return version


def blank(text: str | None) -> str | None:
    return text if text and text.strip() else None


Parser = Callable[[Any, tuple, Out, Carried], None]


def each(items: Any, p: tuple, parse: Parser, out: Out, carried: Carried, what: str) -> None:
    """``parse`` every element of the JSON array ``items``; every bad element is reported (up to 50)."""
    if not isinstance(items, list):
        raise reject(pointer(*p), f"expected a JSON array of {what}")
    errors: list[FieldError] = []
    for i, item in enumerate(items):
        try:
            parse(item, (*p, i), out, carried)
        except Reject as exc:
            errors.extend(exc.errors)
        if len(errors) >= 50:
            break
    if errors:
        raise Reject(errors)


def stated(raw: Any, *keys: str) -> bool:
    """Whether the vendor object states any of ``keys`` (present, even as null)."""
    if isinstance(raw, dict):
        for key in keys:
            if key in raw:
                return True
    return False
