"""Numbering a batch for vendors whose revisions the hub numbers (``revisions == "hub"``), in batch order.

The records of a batch apply exactly as if each had come in a batch of its own, in that order:

1. every complete answer (``hub.ingest.snapshots``) that is not rejected or parked replaces its scope's snapshot,
   in batch order, which tells what each one deletes (only which aggregates: no event is built yet);
2. the events are numbered (``VendorState.assign_revisions``) up to and including the first answer that deletes
   something or is complete for a containing scope (``hub.ingest.containing``: the scopes of the events numbered so
   far are kept first, so the answer sees what the records before it brought), then that answer's deletions (its
   request snapshot's and its containing scopes') are built from the stored data as it is at that point and
   numbered (those not stale leave their scopes), and so on to the end of the batch. A fact a later record of the
   batch holds again after an answer lacked it is therefore deleted and then stated again, as across batches, and
   not deleted after its re-statement.
3. last, the corrections the batch's restated reference data implies (``hub.ingest.restatements``: a Dnevnik.ru
   work type's new weight for every mark of it the hub holds), in batch order, each built from the stored data as
   the whole batch left it and numbered as the next revision of its aggregate, stating only the restated fields
   (the rest is taken from the stored data under the row lock, so a concurrent change is kept). A correction that
   changes nothing (the aggregate has the new values by then) is dropped. They come after everything else of the
   batch, in the log too: a restatement applies to the marks of the batch, before or after its record.

Every item is as of its record's pull (``Translated.as_of``, or its own ``Translated.event_as_of``; a deletion, its
answer's; a restatement, its record's, or its own ``Restatement.as_of``):
an item pulled before the content the hub holds for its aggregate changes nothing and comes out as the stored
revision (``Translated.stale``: the service answers it ``duplicate``), and a complete answer pulled before its
scope's stored snapshot deletes nothing, and what it holds that the stored snapshot lacks is dropped, gone by
the later pull (``VendorState.replace_snapshot``). Records without ``pulled_at`` apply in
arrival order, as the rest of this docstring says.

A batch whose answers delete nothing is numbered in one transaction, as before, plus one that keeps the containing
scopes of its events when they name any; each answer that deletes costs two more (an answer complete for a
containing scope, three or four), a batch whose answers hold something in such a scope they supersede one more (what
a later answer for those scopes lacked, ``ContainingScopes.superseded``, read once for the batch), and restatements
one more (with a read of the marks they restate). The deletions come right after their answer's events, so the log
holds them in that order too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adapters.base import TranslationContext
from hub.events.envelope import Envelope
from hub.ingest import snapshots
from hub.ingest.containing import ContainingScopes, kind_of
from hub.ingest.restatements import restatement_events
from hub.ingest.results import ACCEPTED, DUPLICATE, PARKED, REJECTED, RecordResult
from hub.ingest.revisions import DELETIONS, aggregate_of, numbered, revisable
from hub.ingest.translate_batch import Translated
from hub.ingest.vendor_state import VendorState

Pending = list[tuple[int, Envelope]]


@dataclass(frozen=True, slots=True)
class Deleting:
    """A complete answer of the batch (its record's index) that lacks what its scope's previous answer held."""

    index: int
    scope: str
    missing: set[str]
    # per missing aggregate its parts speak for by class, the classes and groups they speak for (``_groups_of``)
    groups: dict[str, frozenset[str]] = field(default_factory=dict)


def number_in_batch_order(state: VendorState, system: str, school_id: str, pending: Pending,
                          translated: Translated, results: list[RecordResult], ctx: TranslationContext) -> Pending:
    """Steps 1-3 (module docstring): the batch's events, deletions and restatements, numbered, in the order they
    apply."""
    found, superseded = _answers_that_delete(state, system, school_id, pending, translated, results)
    if superseded:
        pending = [(index, event) for index, event in pending if aggregate_of(event) not in superseded.get(index, ())]
    deleting = {answer.index: answer for answer in found}
    complete = {index: scopes for index, scopes in translated.contains.items()
                if results[index].status not in (REJECTED, PARKED)}
    scopes = ContainingScopes(state.engine)
    gone_by = scopes.superseded(system, school_id, [
        (index, scopes_of, translated.as_of.get(index), _superseding(index, scopes_of, translated))
        for index, scopes_of in sorted(complete.items())])
    out: Pending = []
    start = 0
    for index in sorted(deleting.keys() | complete.keys()):
        end = start
        while end < len(pending) and pending[end][0] <= index:
            end += 1
        chunk = pending[start:end]
        if index in gone_by:  # what a later answer complete for its scope lacked is gone since
            chunk = _without_superseded((index, results[index]), chunk, gone_by[index], translated)
        out += _numbered_members(state, scopes, system, school_id, chunk, translated)
        start = end
        missing, scope = set(), next(iter(complete.get(index) or [("", None)]))[0]
        groups: dict[str, frozenset[str]] = {}
        if index in deleting:
            missing, scope, groups = set(deleting[index].missing), deleting[index].scope, deleting[index].groups
        if index in complete:
            contained = scopes.deletions(system, school_id, complete[index], translated.as_of.get(index))
            missing, groups = missing | contained, {a: g for a, g in groups.items() if a not in contained}
        if not missing:
            continue
        template = _template(index, out, translated)
        deletions = snapshots.deletion_events(state, system, school_id, scope, missing, template,
                                              translated.spans.get(index), translated.span_families.get(index),
                                              groups)
        done = number_revisions(state, system, school_id, [(index, e) for e in deletions], None, translated)
        scopes.forget(system, school_id, [aggregate_of(e) for i, e in done if (i, e.event_id) not in translated.stale])
        out += done
    out += _numbered_members(state, scopes, system, school_id, pending[start:], translated)
    return out + _restated(state, system, school_id, translated, results, ctx)


def _superseding(index: int, complete: list[tuple[str, frozenset[str]]], translated: Translated) -> frozenset[str]:
    """The scopes of the answer ``index`` whose later pull's omission supersedes what it states there: every one of
    a range answer (``Translated.spans``: its omission dates what it lacks within its days, ``hub.ingest.merging``,
    so its older statement inside a later omission is stale), else those of the kinds its adapter names
    (``Translation.superseding``: an Elzhur answer's lesson and day task lists, which list a task whole whichever
    method brought it)."""
    kinds = translated.superseding.get(index, frozenset())
    return frozenset(scope for scope, _ in complete if index in translated.spans or kind_of(scope) in kinds)


def _without_superseded(answer: tuple[int, RecordResult], chunk: Pending, gone: dict[str, frozenset[str]],
                        translated: Translated) -> Pending:
    """``chunk`` without the events of the answer (its index, its result) whose aggregate it holds in a containing
    scope that a later pull's answer, complete for that scope, lacked (``gone``, ``ContainingScopes.superseded``):
    gone by that pull, whatever the arrival order, even if the hub never held it (dnevnik_ru_57 no-mark-003: Monday's
    one-day marks range delivered after Friday's week range that lacks the mark, §3.1, §7; elzhur_65
    no-homework-001: the class's gethomework of 18 Oct, parked until the lessons came, re-driven after the diaries of
    23 Oct that list its Geography lesson with ``homework: {}``). Older than what the hub holds, the answer is a
    ``duplicate`` unless something else of it is new (as a stale event's)."""
    index, result = answer
    kept = [(i, event) for i, event in chunk if i != index or not any(
        member in gone.get(scope, ()) for scope, member in translated.scopes.get((i, event.event_id), ()))]
    if len(kept) < len(chunk) and result.status == ACCEPTED:
        result.status = DUPLICATE  # _append_once makes it accepted again if it appends anything
    return kept


def _numbered_members(state: VendorState, scopes: ContainingScopes, system: str, school_id: str, pending: Pending,
                      translated: Translated) -> Pending:
    """``pending`` numbered; the containing scopes of those stated (not stale) kept, those deleted forgotten
    (``hub.ingest.containing``)."""
    done = number_revisions(state, system, school_id, pending, translated)
    joined, left = [], []
    for (index, event), (_, numbered_event) in zip(pending, done):
        if (index, numbered_event.event_id) in translated.stale:
            continue
        if numbered_event.type in DELETIONS:
            left.append(aggregate_of(numbered_event))
        joined += [(aggregate_of(event), scope, member)
                   for scope, member in translated.scopes.get((index, event.event_id), ())]
    scopes.remember(system, school_id, joined)
    scopes.forget(system, school_id, left)
    return done


def number_revisions(state: VendorState, system: str, school_id: str, pending: Pending,
                     translated: Translated | None, batch: Translated | None = None) -> Pending:
    """Each event, in order, as the next revision of its aggregate, with what its answer did not state kept from
    the answers before, else taken from a later one of the batch (``hub.ingest.vendor_state.merge``;
    ``translated`` None: deletions, which state all they hold), as of its record's pull (``Translated.as_of``; a
    derived field, as of its own answer: ``Translated.fields_as_of``;
    ``batch`` gives it for deletions, and the span of a range answer's, ``Translated.spans``: such a deletion holds
    only within the span, ``hub.ingest.merging``). An event older than the stored content comes out as the stored
    revision and is listed in ``Translated.stale``."""
    if not pending:
        return []
    batch = batch or translated
    omitted = translated.omitted if translated else {}
    later = translated.stated_later if translated else {}
    derived = translated.derived_from if translated else {}
    as_of, event_as_of = (batch.as_of, batch.event_as_of) if batch else ({}, {})
    apart = translated.fields_as_of if translated else {}
    spans = batch.spans if batch is not None and translated is None else {}  # deletions by a range's omission
    families = batch.span_families if batch is not None else {}
    items = [revisable(event, omitted.get((index, event.event_id), frozenset()), later.get((index, event.event_id)),
                       derived.get((index, event.event_id)), event_as_of.get((index, event.event_id), as_of.get(index)),
                       snapshots.span_of(aggregate_of(event), spans.get(index), families.get(index)),
                       apart.get((index, event.event_id)))
             for index, event in pending]
    done = state.assign_revisions(system, school_id, items)
    out = [(index, numbered(event, item.aggregate, n.revision, n.data))
           for (index, event), item, n in zip(pending, items, done)]
    if batch is not None:
        batch.stale.update((index, event.event_id) for (index, event), n in zip(out, done) if n.stale)
    return out


def _restated(state: VendorState, system: str, school_id: str, translated: Translated, results: list[RecordResult],
              ctx: TranslationContext) -> Pending:
    """Step 3: the restatements' corrections, numbered with all but the restated fields not stated; those that
    change nothing dropped."""
    if not translated.restated:
        return []
    pending, unstated, dated = restatement_events(state, system, school_id, translated.restated, results,
                                                  ctx.recorded_at, ctx.timezone)
    if not pending:
        return []
    items = [revisable(event, unstated[(index, event.event_id)],
                       as_of_ms=dated.get((index, event.event_id), translated.as_of.get(index)))
             for index, event in pending]
    done = state.assign_revisions(system, school_id, items)
    return [(index, numbered(event, item.aggregate, n.revision, n.data))
            for (index, event), item, n in zip(pending, items, done) if n.changed]


def _answers_that_delete(state: VendorState, system: str, school_id: str, pending: Pending, translated: Translated,
                         results: list[RecordResult]) -> tuple[list[Deleting], dict[int, frozenset[str]]]:
    """Step 1: each complete answer's new snapshot (or each of its parts': an Elzhur answer's days), in batch order;
    the answers that lack something; per answer pulled before its scope's stored snapshot, what it holds that the
    stored one lacks (superseded: dropped)."""
    found: list[Deleting] = []
    superseded: dict[int, frozenset[str]] = {}
    for index, parts in _parts_by_answer(translated):
        if results[index].status in (REJECTED, PARKED):
            continue
        # every event of the answer (of the part), the ones it shares with an earlier answer of the batch too
        answer = translated.held.get(index) or [event for i, event in pending if i == index]
        replaced = snapshots.replace(state, system, school_id, [
            (scope, families, answer if ids is None else [event for event in answer if event.event_id in ids])
            for scope, families, ids in parts], translated.as_of.get(index))
        missing = set().union(*(r.missing for r in replaced))
        if missing:  # the parts of one answer delete together, named after the first part that deletes
            found.append(_moved_within(Deleting(index, next(
                scope for (scope, _, _), r in zip(parts, replaced) if r.missing), missing,
                _groups_of(index, [scope for scope, _, _ in parts], replaced, translated)), answer))
        gone = [_spoken_for(index, scope, r.superseded, answer, translated)
                for (scope, _, _), r in zip(parts, replaced)]
        if any(gone):
            superseded[index] = frozenset().union(*gone)
    return [d for d in found if d.missing], superseded


def _groups_of(index: int, scopes: list[str], replaced: list[Any], translated: Translated) -> dict[str, frozenset[str]]:
    """Per aggregate the parts of the answer ``index`` lack, of a family they speak for by class
    (``Translation.snapshot_grouped``), the classes and groups the parts lacking it speak for
    (``Translation.snapshot_groups``): stored in another, it left the answer's scope and is not deleted
    (``snapshots.deletion_events``). One a part without groups lacks speaks for every class."""
    grouped = translated.grouped.get(index, frozenset())
    found: dict[str, frozenset[str]] = {}
    free: set[str] = set()
    for scope, r in zip(scopes, replaced):
        groups = translated.groups.get((index, scope))
        for aggregate in r.missing:
            if groups is None or snapshots.family(aggregate) not in grouped:
                free.add(aggregate)
            else:
                found[aggregate] = found.get(aggregate, frozenset()) | groups
    return {aggregate: groups for aggregate, groups in found.items() if aggregate not in free}


def _spoken_for(index: int, scope: str, superseded: frozenset[str], answer: list[Envelope],
                translated: Translated) -> frozenset[str]:
    """What the part ``scope`` of an answer pulled before the stored snapshot holds that the later one lacked, but
    what it holds in a class or group the part does not speak for (``Translation.snapshot_groups``): the later
    answer did not speak for it either, so it is not gone by that pull."""
    groups, grouped = translated.groups.get((index, scope)), translated.grouped.get(index, frozenset())
    if groups is None or not superseded:
        return superseded
    classes = {aggregate_of(event): event.data.get("class_id") for event in answer}
    return frozenset(aggregate for aggregate in superseded
                     if snapshots.family(aggregate) not in grouped or classes.get(aggregate) in groups)


def _parts_by_answer(translated: Translated) -> list[tuple[int, list[tuple[str, frozenset[str], Any]]]]:
    """The complete answers of the batch in order, each with its parts (scope, families, the part's event ids or
    None for the whole answer): the parts of one answer are consecutive."""
    grouped: list[tuple[int, list[tuple[str, frozenset[str], Any]]]] = []
    for index, scope, families, ids in translated.answers:
        if grouped and grouped[-1][0] == index:
            grouped[-1][1].append((scope, families, ids))
        else:
            grouped.append((index, [(scope, families, ids)]))
    return grouped


def _moved_within(deleting: Deleting, answer: list[Envelope]) -> Deleting:
    """What a part of an answer lacks and another part holds moved (a lesson to another day of the same getdiary,
    its marks and homework with it): the answer still holds it, so it deletes it no more than a one-part answer
    would."""
    held = {aggregate_of(event) for event in answer}
    return Deleting(deleting.index, deleting.scope, deleting.missing - held, deleting.groups)


def _template(index: int, numbered_so_far: Pending, translated: Translated) -> Envelope | None:
    """An event of the answer whose source and times its deletions carry (``snapshots.deletion_events``)."""
    mine = next((event for i, event in numbered_so_far if i == index), None)
    held = translated.held.get(index)
    return mine if mine is not None else (held[0] if held else None)
