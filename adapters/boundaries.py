"""The last look at a translation: its events name only entities of their own school (tenancy) and dates inside the
hub's calendar. Decided from the events alone."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from adapters.errors import FieldError, pointer
from hub.dates import EARLIEST, LATEST, RANGE_TEXT, moment_in_range
from hub.events.envelope import Envelope
from hub.events.registry import EVENT_MODELS
from hub.events.tenancy import foreign_fields

if TYPE_CHECKING:
    from adapters.base import Translation


def tenancy_errors(translation: Translation) -> list[FieldError]:
    """``not authorised`` for every entity field of the events that is not an id of the event's own school
    (``hub.events.tenancy``). Decided from the ids alone, never the database, so the answer says nothing about
    whether another school's entity exists."""
    errors: dict[str, FieldError] = {}
    known = _systems()
    for event in translation.events:
        own = known if event.source.system in known else known | {event.source.system}
        for field in foreign_fields(event.type, event.school_id, event.data, own):
            where = (f"{translation.data_pointer}/{field}" if translation.data_pointer is not None
                     else translation.school_pointer)
            errors.setdefault(where, FieldError(where, f"not authorised: {field} must be an id of school "
                                                       f"{event.school_id}, the school of this record"))
    return list(errors.values())


def _systems() -> frozenset[str]:
    """``adapters.registry.systems()``, imported on first use (the registry imports this module) and kept: an import
    statement per translation costs more than the check it serves."""
    global _SYSTEMS
    if _SYSTEMS is None:
        from adapters.registry import systems
        _SYSTEMS = systems
    return _SYSTEMS()


_SYSTEMS: Any = None


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
