"""What every vendor adapter is, and the shared machinery to validate and report like all the others.

An adapter is one folder ``adapters/<name>/`` of fixed shape:

* ``settings.py``: ``SETTINGS``, an ``AdapterSettings`` (name, source system, limits);
* ``models.py``: pydantic models of the vendor's own record format (the source of its published schemas);
* ``translate.py``: ``translate(record, ctx) -> Translation``, vendor record to canonical envelopes;
* ``schemas/``: the JSON Schemas generated from ``models.py`` (``hub schemas export``; a test fails on drift);
* ``__init__.py``: ``ADAPTER = Adapter(SETTINGS, translate, <record models>)``.

``adapters.registry`` discovers the folders, so a new vendor is one folder plus its cases in ``contracts/``.
Translation must never raise for bad input: every problem becomes a ``FieldError`` whose ``pointer`` is a JSON
Pointer (RFC 6901) into the record as submitted (``adapters.errors``). ``Adapter.translate`` wraps the vendor's
translation between two shared checks: ``adapters.screening`` before it (hostile shapes, stored text) and
``adapters.boundaries`` after it (tenancy, the calendar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from pydantic import BaseModel

from adapters.boundaries import calendar_errors, tenancy_errors
from adapters.errors import FieldError, errors_from_validation, pointer
from adapters.screening import screen
from hub.events.envelope import Envelope
from hub.events.tenancy import qualified_id

__all__ = ["Adapter", "AdapterSettings", "Directory", "EmptyDirectory", "FieldError", "Missing", "Translation",
           "TranslationContext", "errors_from_validation", "namespaced_id", "pointer"]


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


@dataclass(frozen=True, slots=True)
class Restatement:
    """A vendor reference whose change changes the aggregates derived from it: each of them now has ``fields``
    (a work type's new weight for its marks), as of ``occurred_at`` (from the record; None: the record gives no
    time, and each aggregate's own date is used). With ``days`` (first, until: ISO days, None unbounded), only the
    aggregates dated (``hub.ingest.revisions.DATED_BY``) from ``first`` up to, not including, ``until`` (the days a
    bell timetable is in force). ``as_of``: when the fields were true, where that is not the record's pull
    (``Translation.as_of``).

    ``aggregates`` names the aggregates themselves instead (``hub.ingest.revisions.aggregate_of``:
    ``final_grade:<id>``; ``derived_from`` is then not read), for an answer that shows an earlier omission was not a
    deletion (a Dnevnik.ru group's final marks that no longer listed a pupil who had left): with no ``fields``,
    each stands again as the hub holds it, retracted or not, as of ``as_of``; one the hub holds as of a later pull
    (deleted or changed since) is left as it is."""

    derived_from: str
    fields: dict[str, Any]
    occurred_at: datetime | None
    days: tuple[str | None, str | None] | None = None
    as_of: datetime | None = None
    aggregates: tuple[str, ...] = ()


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
    # Parts of that scope, each complete on its own (an Elzhur answer's days: a day pulled again alone is that day's
    # whole diary): per part's scope key, the ids of the answer's events in it. With parts, each part is a snapshot
    # instead of the scope as a whole, so a narrower answer deletes what a wider one held there.
    snapshot_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    # The days (first, last) a complete answer over a date range speaks for (an Elzhur getmarks' ``days``, which
    # selects marks by their own date): it deletes only what the hub holds dated within them; a held item whose
    # stored date (``hub.ingest.revisions.DATED_BY``) now lies outside left the answer's scope, it was not deleted.
    snapshot_span: tuple[date, date] | None = None
    # The aggregate families ``snapshot_span`` dates (None: every family of the snapshot). A Dnevnik.ru lessons range
    # selects its lessons by their ``date``, not the homework of its lessons by their due date: that homework is
    # deleted by the omission as before (``hub.ingest.snapshots``).
    snapshot_span_families: frozenset[str] | None = None
    # Per snapshot part (its scope key; the answer's scope when it has no parts), the classes and groups
    # (``class_id``) whose aggregates of the families ``snapshot_grouped`` names it speaks for: a held one stored in
    # another class or group is not deleted by its omission, nor superseded by it; it left the answer's scope, as
    # one dated outside ``snapshot_span`` did (an Elzhur pupil's day and the class or group he has left). A part
    # without an entry speaks for every class.
    snapshot_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    snapshot_grouped: frozenset[str] = frozenset()
    # Containing scopes (``hub.ingest.containing``): per event id, the scopes its aggregate belongs to with its
    # member key there (a Dnevnik.ru attendance entry in ``lesson-log:<lesson>`` as ``person:<p>``); and the scopes
    # this answer is complete for, with the member keys it holds: what the hub holds there under another key, which
    # ever request brought it, was deleted.
    scopes: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    contains: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    # Kinds of those scopes (``hub.ingest.containing.kind_of``) where the answer, pulled before the last answer complete
    # for one, does not state what it holds there that the later answer lacked, even what the hub never held (as a
    # range answer's, ``snapshot_span``, in all its scopes): an Elzhur lesson's task list (``lesson-homework``).
    superseding: frozenset[str] = frozenset()
    # Per event id, the vendor reference its derived fields come from (a Dnevnik.ru mark's "work_type:<id>"), and
    # the references whose change this record reports: the hub restates what it holds of them
    # (``hub.ingest.restatements``).
    derived_from: dict[str, str] = field(default_factory=dict)
    restated: list[Restatement] = field(default_factory=list)
    # When the vendor's answer was true (a request envelope's ``pulled_at``; None: unknown). For hub-numbered
    # vendors the latest pull wins whatever the arrival order: an aggregate or a snapshot stored as of a later
    # pull is not changed by this record (``hub.ingest.vendor_state``); without it, the later arrival wins.
    as_of: datetime | None = None
    # Per event id, when its content was true where that is not ``as_of``: a fact this answer and a later pull
    # establish together (an Elzhur transfer learnt from an earlier pull delivered late) is as of the later pull.
    event_as_of: dict[str, datetime] = field(default_factory=dict)
    # Per event id, the fields it derives from another answer's facts, each as of that answer (a Dnevnik.ru lesson's
    # end time taken from the bell timetable: as of the bells' pull); stale also with the event's own fields
    # (``hub.ingest.merging``).
    fields_as_of: dict[str, dict[str, datetime]] = field(default_factory=dict)

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


def namespaced_id(system: str, school_id: str, kind: str, vendor_id: str | int) -> str:
    """The canonical id of a vendor entity: vendor ids are only unique within a vendor and a school.

    ``namespaced_id("dnevnik", "sch-1", "person", 1000012000101) == "dnevnik:sch-1:person:1000012000101"``.
    Integer ids are written exactly (never through a float), so 64-bit ids survive.
    """
    return qualified_id(system, school_id, f"{kind}:{vendor_id}")
