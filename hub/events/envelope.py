"""The canonical event envelope, how its id is derived, and how it is written to and read from the log.

An event id is a UUIDv5 of (source system, school, source record id, revision, part), so a record re-sent by a
vendor yields the same id and the ingest ledger recognises it. ``part`` distinguishes several events translated
from one vendor record (a lesson with its homework, say).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple

import orjson
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from hub.events.types import Id
from hub.events.upcasting import LATEST, earliest_form, upcast

HUB_NAMESPACE = uuid.UUID("6f1c63a8-3f7e-5d0a-9b8e-2f4c1d9a7e10")


_NAMESPACE_BYTES = HUB_NAMESPACE.bytes


def derive_event_id(system: str, school_id: str, record_id: str, revision: int, part: str = "") -> str:
    """``str(uuid.uuid5(HUB_NAMESPACE, name))``, computed without the uuid module's overhead (hot path): the SHA-1's
    hex digits with the version nibble set to 5 and the variant bits of the 17th digit to ``10``."""
    name = f"{system}\x1f{school_id}\x1f{record_id}\x1f{revision}\x1f{part}".encode()
    h = hashlib.sha1(_NAMESPACE_BYTES + name).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


class SourceModel(BaseModel):
    """Published schema of ``Envelope.source`` (see ``EnvelopeModel``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    system: str = Field(min_length=1, max_length=64, description="The vendor system, e.g. native, dnevnik_ru")
    record_id: str = Field(min_length=1, max_length=256, description="The vendor's id of the record")
    revision: int = Field(ge=1, description="Increases each time the vendor changes the record")
    client_id: str | None = Field(None, max_length=64, description="The API client that sent it")
    part: str = Field("", max_length=64, description="Which of several events made from one vendor record")
    raw: str | None = Field(None, max_length=100, description="Where the vendor record as sent is kept for audit: "
                            "<raw batch id>#<record index>")


class EnvelopeModel(BaseModel):
    """Published schema of the envelope every event in the log has (``schemas/envelope.json``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: uuid.UUID
    type: str
    schema_version: int = Field(ge=1)
    school_id: Id
    occurred_at: AwareDatetime
    recorded_at: AwareDatetime
    source: SourceModel
    data: dict[str, Any]


@dataclass(slots=True)  # not frozen, like Envelope (below)
class Source:
    system: str
    record_id: str
    revision: int
    client_id: str | None = None
    part: str = ""  # which of several events translated from one vendor record ("" when there is one)
    raw: str | None = None  # "<raw batch id>#<index>": the record exactly as the vendor sent it (hub.ingest.raw)


@dataclass(slots=True)
class Envelope:
    """A canonical event built by an adapter from validated input (hence a plain dataclass: no re-validation).

    ``data`` is the JSON form of the payload model of (type, schema_version). Treat it as immutable: a change is a
    new envelope (``dataclasses.replace``). It is not ``frozen`` because ingest builds two per event (with its
    ``Source``), and a frozen dataclass's ``__init__`` costs five times as much (1.6 us of ~80 per event).
    """

    event_id: str
    type: str
    schema_version: int
    school_id: str
    occurred_at: datetime
    recorded_at: datetime
    source: Source
    data: dict[str, Any]


class LoggedEvent(NamedTuple):
    """An event as read back from the log: trusted, not re-validated (validation happened at the edge)."""

    event_id: str
    type: str
    schema_version: int
    school_id: str
    occurred_at: str
    recorded_at: str
    source: dict[str, Any]
    data: dict[str, Any]


def encode(envelope: Envelope) -> bytes:
    """The envelope as the log holds it: its fields in declaration order (as ``orjson.dumps(envelope)`` writes a
    dataclass, byte for byte), from a dict built here, which orjson writes about five times faster."""
    s = envelope.source
    return orjson.dumps({
        "event_id": envelope.event_id, "type": envelope.type, "schema_version": envelope.schema_version,
        "school_id": envelope.school_id, "occurred_at": envelope.occurred_at, "recorded_at": envelope.recorded_at,
        "source": {"system": s.system, "record_id": s.record_id, "revision": s.revision, "client_id": s.client_id,
                   "part": s.part, "raw": s.raw},
        "data": envelope.data})


def decode(value: bytes) -> LoggedEvent:
    """The event read as the latest version of its type: what every reader of the log sees (an older version
    is upcast on the way out, ``hub.events.upcasting``; the log keeps it as written)."""
    event = decode_as_written(value)
    latest = LATEST.get(event.type)
    if latest is None or event.schema_version >= latest:
        return event
    version, data = upcast(event.type, event.schema_version, event.data, latest)
    return LoggedEvent(event.event_id, event.type, version, event.school_id, event.occurred_at, event.recorded_at,
                       event.source, data)  # not ``_replace``: ~5x slower, and this is the projectors' hot path


_FIELDS = itemgetter(*LoggedEvent._fields)
_new_tuple = tuple.__new__


def decode_as_written(value: bytes) -> LoggedEvent:
    """The event exactly as the log holds it, in the version it was written in (for audits and impact reports)."""
    return _new_tuple(LoggedEvent, _FIELDS(orjson.loads(value)))  # the fields in C: the projectors' hot path


def fingerprint(envelope: Envelope) -> str:
    """A digest of everything the vendor stated (not the hub's recorded_at or client id), in the earliest schema
    version that says the same: a record accepted as v1 and re-sent as (or translated into) v2 hashes alike."""
    version, data = earliest_form(envelope.type, envelope.schema_version, envelope.data)
    stated = {
        "type": envelope.type,
        "schema_version": version,
        "school_id": envelope.school_id,
        "occurred_at": envelope.occurred_at,
        "record": [envelope.source.system, envelope.source.record_id, envelope.source.revision],
        "data": data,
    }
    return hashlib.sha256(orjson.dumps(stated, option=orjson.OPT_SORT_KEYS)).hexdigest()
