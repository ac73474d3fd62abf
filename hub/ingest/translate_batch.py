"""Steps 1-3 of a batch (``hub.ingest.service``): translate every record with the client's adapter, authorise its
events against the client's schools, and collapse the repeats inside the batch."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from adapters.base import Adapter, FieldError, Missing, Translation, TranslationContext
from hub.events.envelope import Envelope, Source
from hub.ingest.raw import UNKEEPABLE, keepable
from hub.ingest.results import DUPLICATE, PARKED, REJECTED, Client, RecordResult, event_ref
from hub.ingest.vendor_state import BatchDirectory
from hub.obs import Ev, log


@dataclass
class Translated:
    """Steps 1-3 of a batch: the events to append (with their record's index), the records parked with what they
    wait for, the fields each event's answer did not state, and the complete answers (index, scope, families)."""

    pending: list[tuple[int, Envelope]] = field(default_factory=list)
    parked: list[tuple[int, list[Missing]]] = field(default_factory=list)
    omitted: dict[str, frozenset[str]] = field(default_factory=dict)
    answers: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    held: dict[int, list[Envelope]] = field(default_factory=dict)  # every event of a complete answer, repeats too
    unkeepable: set[int] = field(default_factory=set)  # records ``keepable`` refused (the raw batch keeps null)


def translate_batch(client: Client, adapter: Adapter, records: Sequence[Any], ctx: TranslationContext,
                    results: list[RecordResult], batch_id: str) -> Translated:
    """Steps 1-3 of ``hub.ingest.service``: translate, authorise and collapse repeats; rejected and parked records
    get their status in ``results``, the rest is returned as events to append."""
    translated = Translated()
    pending, parked, first_seen = translated.pending, translated.parked, {}
    for index, record in enumerate(records):
        translation = _translate_safely(adapter, record, ctx)
        errors = translation.errors or _authorisation_errors(client, translation)
        if not keepable(record):
            translated.unkeepable.add(index)
            errors = errors or [FieldError("", UNKEEPABLE)]
        if errors:
            results[index].status, results[index].errors = REJECTED, errors
            continue
        if translation.directory_entries and isinstance(ctx.directory, BatchDirectory):
            ctx.directory.add(translation.directory_entries)
        if translation.snapshot is not None:
            translated.answers.append((index, *translation.snapshot))
            translated.held[index] = list(translation.events)
        if translation.missing:
            results[index].status = PARKED
            results[index].waiting_for = [{"kind": m.kind, "vendor_id": m.vendor_id, "pointer": m.pointer}
                                          for m in translation.missing]
            parked.append((index, translation.missing))
            continue
        for event in translation.events:
            event = _with_raw(event, f"{batch_id}#{index}")
            unstated = translation.omitted.get(event.event_id, frozenset())
            if event.event_id in first_seen:
                results[index].status = DUPLICATE
                results[index].events.append(event_ref(event, None))
                _state_what_the_first_did_not(translated, first_seen[event.event_id], event, unstated)
                continue
            first_seen[event.event_id] = len(pending)
            if unstated:
                translated.omitted[event.event_id] = unstated
            pending.append((index, event))
    return translated


def _with_raw(event: Envelope, ref: str) -> Envelope:
    """The event naming its raw record (direct constructors: ``dataclasses.replace`` costs ~7 us per call here)."""
    s = event.source
    return Envelope(event.event_id, event.type, event.schema_version, event.school_id, event.occurred_at,
                    event.recorded_at, Source(s.system, s.record_id, s.revision, s.client_id, s.part, ref), event.data)


def _state_what_the_first_did_not(translated: Translated, position: int, again: Envelope,
                                  unstated: frozenset[str]) -> None:
    """An event repeated in a batch (the same fact in two answers' shapes) is kept once: the fields its first
    answer did not state are taken from the repeat when the repeat states them."""
    before = translated.omitted.get(again.event_id)
    if not before:
        return
    fill = before - unstated
    if fill:
        index, first = translated.pending[position]
        translated.pending[position] = (index, dataclasses.replace(
            first, data={**first.data, **{name: again.data[name] for name in fill if name in again.data}}))
    if before & unstated:
        translated.omitted[again.event_id] = before & unstated
    else:
        del translated.omitted[again.event_id]


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
