"""Steps 1-3 of a batch (``hub.ingest.service``): translate every record with the client's adapter, authorise its
events against the client's schools, and collapse the repeats inside the batch.

An event id met again in the batch is a repeat. For vendors whose revisions the vendor numbers, the id names the
revision, so the repeat is collapsed here (``collapse_repeats``: the later copy is a ``duplicate`` of the first).
For vendors whose revisions the hub numbers (``repeats_are_revisions``), the id names only the fact: each copy is
kept, in batch order, to be numbered as the next revision of its aggregate exactly as if each record had come in a
batch of its own (so the later content wins), and the copies that turn out identical are collapsed after the
numbering. A field a copy did not state takes the stored value, else the value the nearest later copy of the batch
states (``Translated.stated_later``): a fact seen first in a shape that lacks a field is not appended with a
placeholder only to be amended by the next record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from adapters.base import Adapter, FieldError, Missing, Restatement, Translation, TranslationContext
from hub.events.envelope import Envelope, Source
from hub.ingest.raw import UNKEEPABLE, keepable
from hub.ingest.results import DUPLICATE, PARKED, REJECTED, Client, RecordResult, event_ref
from hub.ingest.batch_directory import BatchDirectory
from hub.obs import Ev, log


@dataclass
class Translated:
    """Steps 1-3 of a batch: the events to append (with their record's index), the records parked with what they
    wait for, the fields each event's answer did not state, the complete answers (index, scope, families), the
    reference each event is derived from and the references the records restate (``hub.ingest.restatements``).
    ``omitted``, ``stated_later`` and ``derived_from`` are keyed by (record index, event id)."""

    pending: list[tuple[int, Envelope]] = field(default_factory=list)
    parked: list[tuple[int, list[Missing]]] = field(default_factory=list)
    omitted: dict[tuple[int, str], frozenset[str]] = field(default_factory=dict)
    stated_later: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)  # see the module docstring
    # (record, scope, families, the ids of its events in the scope: None for all) per complete answer or part of one
    answers: list[tuple[int, str, frozenset[str], frozenset[str] | None]] = field(default_factory=list)
    held: dict[int, list[Envelope]] = field(default_factory=dict)  # every event of a complete answer, repeats too
    unkeepable: set[int] = field(default_factory=set)  # records ``keepable`` refused (the raw batch keeps null)
    derived_from: dict[tuple[int, str], str] = field(default_factory=dict)  # -> the reference it is derived from
    restated: list[tuple[int, Restatement, Source]] = field(default_factory=list)  # (record, what, its source)
    as_of: dict[int, int] = field(default_factory=dict)  # record -> its ``Translation.as_of`` (epoch ms), if any
    event_as_of: dict[tuple[int, str], int] = field(default_factory=dict)  # ``Translation.event_as_of`` (ms)
    fields_as_of: dict[tuple[int, str], dict[str, int]] = field(default_factory=dict)  # ``.fields_as_of`` (ms)
    stale: set[tuple[int, str]] = field(default_factory=set)  # (record, numbered event id) older than stored
    scopes: dict[tuple[int, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)  # hub.ingest.containing
    contains: dict[int, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # record -> complete scopes
    spans: dict[int, tuple[str, str]] = field(default_factory=dict)  # record -> ``Translation.snapshot_span`` (ISO)
    span_families: dict[int, frozenset[str]] = field(default_factory=dict)  # -> ``.snapshot_span_families``
    superseding: dict[int, frozenset[str]] = field(default_factory=dict)  # -> ``Translation.superseding``
    # (record, part scope) -> ``Translation.snapshot_groups``; record -> ``Translation.snapshot_grouped``
    groups: dict[tuple[int, str], frozenset[str]] = field(default_factory=dict)
    grouped: dict[int, frozenset[str]] = field(default_factory=dict)


def translate_batch(client: Client, adapter: Adapter, records: Sequence[Any], ctx: TranslationContext,
                    results: list[RecordResult], batch_id: str, repeats_are_revisions: bool = False) -> Translated:
    """Steps 1-3 of ``hub.ingest.service``: translate, authorise and collapse repeats (unless they are revisions:
    module docstring); rejected and parked records get their status in ``results``, the rest is returned as events
    to append."""
    translated = Translated()
    pending, parked = translated.pending, translated.parked
    for index, record in enumerate(records):
        translation = _translate_safely(adapter, record, ctx)
        errors = translation.errors or _authorisation_errors(client, translation)
        if not keepable(record):
            translated.unkeepable.add(index)
            errors = errors or [FieldError("", UNKEEPABLE)]
        if errors:
            results[index].status, results[index].errors = REJECTED, errors
            continue
        if translation.as_of is not None:
            translated.as_of[index] = int(translation.as_of.timestamp() * 1000)
        for event_id, as_of in translation.event_as_of.items():
            translated.event_as_of[(index, event_id)] = int(as_of.timestamp() * 1000)
        for event_id, fields in translation.fields_as_of.items():
            translated.fields_as_of[(index, event_id)] = {f: int(at.timestamp() * 1000) for f, at in fields.items()}
        if translation.directory_entries and isinstance(ctx.directory, BatchDirectory):
            ctx.directory.add(translation.directory_entries)
        if translation.snapshot is not None:
            scope, families = translation.snapshot
            parts = [(index, key, families, ids) for key, ids in translation.snapshot_parts.items()]
            translated.answers += parts or [(index, scope, families, None)]
            translated.held[index] = list(translation.events)
            if translation.snapshot_span is not None:
                translated.spans[index] = (translation.snapshot_span[0].isoformat(),
                                           translation.snapshot_span[1].isoformat())
                if translation.snapshot_span_families is not None:
                    translated.span_families[index] = translation.snapshot_span_families
            if translation.snapshot_groups and translation.snapshot_grouped:
                translated.grouped[index] = translation.snapshot_grouped
                translated.groups.update({(index, key): groups for key, groups in translation.snapshot_groups.items()})
        if translation.contains:
            translated.contains[index] = list(translation.contains)
            if translation.superseding:
                translated.superseding[index] = translation.superseding
        if translation.missing:
            results[index].status = PARKED
            results[index].waiting_for = [{"kind": m.kind, "vendor_id": m.vendor_id, "pointer": m.pointer}
                                          for m in translation.missing]
            parked.append((index, translation.missing))
            continue
        if translation.restated:  # the corrections are built after numbering, under this record (its raw record)
            by = Source(adapter.settings.system, "restated", 1, ctx.client_id, "", f"{batch_id}#{index}")
            translated.restated += [(index, restated, by) for restated in translation.restated]
        derived = translation.derived_from
        for event in translation.events:
            unstated = translation.omitted.get(event.event_id)
            if unstated:
                translated.omitted[(index, event.event_id)] = unstated
            if derived and event.event_id in derived:
                translated.derived_from[(index, event.event_id)] = derived[event.event_id]
            if translation.scopes and event.event_id in translation.scopes:
                translated.scopes[(index, event.event_id)] = translation.scopes[event.event_id]
            pending.append((index, _with_raw(event, f"{batch_id}#{index}")))
    if repeats_are_revisions:
        translated.stated_later = _stated_later(pending, translated.omitted)
    else:
        translated.pending = collapse_repeats(pending, results)
    return translated


def collapse_repeats(pending: list[tuple[int, Envelope]], results: list[RecordResult]) -> list[tuple[int, Envelope]]:
    """Each event id once, as its first copy in the batch; a record's later copy makes it a ``duplicate`` (an
    accepted record stays accepted when the append adds anything else of it)."""
    kept, seen = [], set()
    for index, event in pending:
        if event.event_id in seen:
            results[index].status = DUPLICATE
            results[index].events.append(event_ref(event, None))
            continue
        seen.add(event.event_id)
        kept.append((index, event))
    return kept


def _with_raw(event: Envelope, ref: str) -> Envelope:
    """The event naming its raw record (direct constructors: ``dataclasses.replace`` costs ~7 us per call here)."""
    s = event.source
    return Envelope(event.event_id, event.type, event.schema_version, event.school_id, event.occurred_at,
                    event.recorded_at, Source(s.system, s.record_id, s.revision, s.client_id, s.part, ref), event.data)


def _stated_later(pending: list[tuple[int, Envelope]],
                  omitted: dict[tuple[int, str], frozenset[str]]) -> dict[tuple[int, str], dict[str, Any]]:
    """For each copy of a fact that did not state some fields, the values the nearest later copies state."""
    copies: dict[str, list[tuple[int, Envelope]]] = {}
    for index, event in pending:
        copies.setdefault(event.event_id, []).append((index, event))
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for same in (c for c in copies.values() if len(c) > 1):
        for n, (index, event) in enumerate(same):
            wanted = set(omitted.get((index, event.event_id), ()))
            values: dict[str, Any] = {}
            for later_index, later in same[n + 1:]:
                stated = wanted - omitted.get((later_index, later.event_id), frozenset())
                values.update({name: later.data[name] for name in stated if name in later.data})
                wanted -= values.keys()
            if values:
                found[(index, event.event_id)] = values
    return found


def _translate_safely(adapter: Adapter, record: Any, ctx: TranslationContext) -> Translation:
    """An adapter bug must neither become a 500 nor let the record in: the record is rejected, and it is logged."""
    try:
        return adapter.translate(record, ctx)
    except Exception as exc:  # the tests call adapters directly, where an exception fails them
        log(Ev.ADAPTER_FAILED, level="error", adapter=adapter.name, error=repr(exc)[:300])
        return Translation.rejected([FieldError("", f"the {adapter.name} adapter could not read this record "
                                                    f"({type(exc).__name__}); nothing was stored; please report it")])


def _authorisation_errors(client: Client, translation: Translation) -> list[FieldError]:
    foreign = sorted({e.school_id for e in translation.events if e.school_id not in client.schools})
    return [FieldError(translation.school_pointer,
                       f"not authorised: client {client.client_id} is not connected to school {school}")
            for school in foreign]
