"""Ingest: a vendor's batch of records -> validated canonical events in the log, exactly once.

For one batch (the HTTP layer has already authenticated the client and parsed the body):

1. Translate every record with the client's adapter; a record that fails is rejected with all its errors, and so
   is one that cannot be kept as sent for provenance (``hub.ingest.raw.keepable``; the batch keeps ``null``).
2. Authorise: every event must be for a school the client is connected to, else the record is rejected
   ("not authorised") and nothing is appended for it.
3. Collapse repeats inside the batch (the second copy of an event is a duplicate of the first). With revisions
   the hub numbers (``revisions == "hub"``), the copies are numbered first, in batch order, each as the next
   revision of its aggregate exactly as if every record had come in a batch of its own (the later content wins;
   ``hub.ingest.translate_batch``), with the deletions of each complete answer (``hub.ingest.snapshots``) right
   after it and, last, the corrections restated reference data implies (``hub.ingest.restatements``: a work
   type's new weight for its marks; ``hub.ingest.numbering``); only the copies numbered the same (identical
   content) are collapsed.
4. Atomic batches stop here if any record was rejected: nothing is claimed or appended. Then (before the
   numbering of step 3) the events that refer to a student, lesson or class the hub does not know wait, their
   records parked for it, and the rest of those records goes on (``hub.ingest.parking``: a record waits only
   with what waits).
5. Ask the deduplicator (``hub.ingest.dedup``) which event ids are already taken: those are duplicates when their
   fingerprint matches, and a rejection (same record and revision, different content) when it does not; an event
   numbered as the stored revision because its answer was pulled before what the hub holds (``Translated.stale``)
   is a duplicate of the copy the log holds, whatever that copy's content.
6. Append the new events exactly once, in batch order (the deduplicator makes that hold under races and crashes).
   Ids claimed earlier whose position is not recorded yet make their records ``pending``
   (``hub.ingest.results``). If the append fails, ``LogUnavailable`` (503): the deduplicator has kept what the log
   may hold for recovery, so the same batch can simply be sent again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

from adapters.base import Adapter, Missing, TranslationContext
from hub import clock
from hub.events.envelope import Envelope, encode, fingerprint
from hub.events.scales import MODIFIER_STEP
from hub.ingest.dedup import Deduplicator
from hub.ingest.ledger import Existing, LedgerEntry
from hub.ingest.raw import RawStore
from hub.ingest.results import (ACCEPTED, ATOMIC_NOT_APPLIED, DUPLICATE, PARKED, PENDING, REJECTED, Client,
                                 IngestReport, RecordResult, event_ref, mark_seen, reject_rest, resolve_repeats)
from hub.ingest.parking import Parking, answer_parked, park_unknown_references
from hub.ingest.references import HUB, defined_by
from hub.ingest.numbering import number_in_batch_order
from hub.ingest.school_locks import SchoolLocks
from hub.ingest.revisions import content_fingerprint
from hub.ingest.translate_batch import collapse_repeats, translate_batch
from hub.ingest.batch_directory import BatchDirectory
from hub.ingest.vendor_state import VendorState
from hub.log.port import LogUnavailable, Position
from hub.metrics import Metrics
from hub.obs import Ev, log

DEFAULT_TIMEZONE = "Europe/Moscow"
REMEMBERED_LIMIT = 200_000  # entities _remember_entities keeps in memory (a city's students and a week's lessons)


class IngestService:
    def __init__(self, dedup: Deduplicator, vendor_state: VendorState, raw: RawStore,
                 metrics: Metrics | None = None) -> None:
        self.dedup, self.vendor_state, self.raw = dedup, vendor_state, raw
        self.locks = SchoolLocks(vendor_state.engine)
        self.metrics = metrics or Metrics()
        self._remembered: set[tuple[str, str, str]] = set()  # (school, kind, id) written by _remember_entities

    async def ingest(self, client: Client, adapter: Adapter, records: Sequence[Any], atomic: bool,
                     school_id: str | None = None, redrive: bool = True) -> IngestReport:
        school_id = school_id or (next(iter(client.schools)) if len(client.schools) == 1 else None)
        directory = BatchDirectory(self.vendor_state, adapter.settings.system, school_id)
        zone, step = await self._school_settings(adapter, school_id)
        ctx = TranslationContext(client.client_id, clock.now(), school_id=school_id, directory=directory,
                                 timezone=zone, modifier_step=step)
        results = [RecordResult(i) for i in range(len(records))]
        batch_id = self.raw.new_batch_id()
        hub_numbered = adapter.settings.revisions == "hub" and school_id is not None
        # numbered and appended in one order per school (hub.ingest.school_locks)
        async with (self.locks.held(adapter.settings.system, school_id) if hub_numbered else nullcontext()):
            translated = translate_batch(client, adapter, records, ctx, results, batch_id, hub_numbered)  # 1-3
            pending, parked = translated.pending, translated.parked
            report = IngestReport(adapter.name, atomic, results, list(directory.pending))
            if atomic and any(r.status == REJECTED for r in results):  # step 4
                reject_rest(results, ATOMIC_NOT_APPLIED)
                return self._logged(report, client)
            quarantined = await asyncio.to_thread(self._remember_and_park, adapter, client, school_id, directory,
                                                  parked if redrive else [], records)  # a re-driven one is there
            if pending or translated.restated:  # a restatement's events name its record (hub.ingest.restatements)
                kept = [None if i in translated.unkeepable else record for i, record in enumerate(records)]
                await asyncio.to_thread(self.raw.keep, batch_id, adapter.name, client.client_id, school_id, kept, True)
            parking = Parking(pending)
            if adapter.settings.park_unknown_references and pending:  # hub.ingest.parking
                parking = await asyncio.to_thread(park_unknown_references, self.vendor_state, adapter, client,
                                                  pending, results, records, redrive)
            pending = parking.pending
            if hub_numbered:
                pending = await asyncio.to_thread(number_in_batch_order, self.vendor_state, adapter.settings.system,
                                                  school_id, pending, translated, results, ctx)
                pending = collapse_repeats(pending, results)  # step 3: the copies numbered the same
            await self._append_once(client, adapter, pending, results, atomic, translated.stale)  # steps 5-6
            if not report.applied:  # atomic, refused at the append: nothing of the batch may wait to apply later
                await asyncio.to_thread(self._release, [*quarantined, *parking.kept])
        resolve_repeats(results)
        answer_parked(results, parking.partly)
        defined = report.defined = defined_by(event for _, event in pending)
        if defined:
            await asyncio.to_thread(self._remember_entities, defined)
        schools = [(e.school_id, {"timezone": e.data["timezone"], "modifier_step": e.data.get("modifier_step")})
                   for _, e in pending if e.type == "school.registered"]
        for school, settings in schools:
            await asyncio.to_thread(self.vendor_state.remember, HUB, school, [("school", school, settings)])
        if redrive:
            for school in {school for school, _, _ in defined} | ({school_id} if school_id else set()):
                await self._redrive(adapter, school, {
                    adapter.settings.system: list(directory.pending) if school == school_id else [],
                    HUB: [(kind, eid) for s, kind, eid in defined if s == school]})
        return self._logged(report, client)

    async def _school_settings(self, adapter: Adapter, school_id: str | None) -> tuple[str, float]:
        """The school's zone and ``+``/``-`` step from its ``school.registered`` (vendor formats give local times
        without a zone; every adapter normalises marks by the school's rule)."""
        if school_id is None:
            return DEFAULT_TIMEZONE, MODIFIER_STEP
        found = await asyncio.to_thread(self.vendor_state.lookup, HUB, school_id, [("school", school_id)])
        school = found.get(("school", school_id), {})
        step = school.get("modifier_step")
        return school.get("timezone") or DEFAULT_TIMEZONE, MODIFIER_STEP if step is None else step

    def _remember_entities(self, defined: set[tuple[str, str, str]]) -> None:
        """The entities these events define, in the vendor directory (system ``hub``), except those this process
        has already written there: the directory never forgets one, and its entry holds nothing else."""
        fresh = defined - self._remembered
        for school in {school for school, _, _ in fresh}:
            self.vendor_state.remember(HUB, school, [(kind, eid, {}) for s, kind, eid in fresh if s == school])
        if len(self._remembered) + len(fresh) > REMEMBERED_LIMIT:
            self._remembered.clear()
        self._remembered |= fresh

    def _remember_and_park(self, adapter: Adapter, client: Client, school_id: str | None, directory: BatchDirectory,
                           parked: list[tuple[int, list[Missing]]], records: Sequence[Any]) -> list[int]:
        """Remember the batch's directory entries and keep its parked records in the quarantine: their ids."""
        if school_id and directory.pending:
            self.vendor_state.remember(adapter.settings.system, school_id,
                                       [(k, v, d) for (k, v), d in directory.pending.items()])
        kept = []
        for index, missing in parked:
            waits = [{"kind": m.kind, "vendor_id": m.vendor_id, "pointer": m.pointer} for m in missing]
            kept.append(self.vendor_state.park(adapter.name, adapter.settings.system, client.client_id, school_id,
                                               records[index], waits))
        return kept

    def _release(self, parked_ids: list[int]) -> None:
        for parked_id in parked_ids:
            self.vendor_state.release(parked_id)

    async def _redrive(self, current: Adapter, school_id: str, keys: dict[str, list[tuple[str, str]]]) -> None:
        """Re-drive parked records that waited for what this batch brought, by system: the vendor directory
        entries (``keys[<vendor system>]``) and the canonical entities its events define (``keys["hub"]``). What a
        re-driven record brings frees more in the next round, either way (a roster freed by its persons defines
        the classes its lessons wait for, whose lessons free the marks)."""
        from adapters.registry import all_adapters

        for _ in range(10):  # bounded: each round is triggered by what the previous round brought
            waiting: dict[int, Any] = {}
            for system, wanted in keys.items():
                if wanted:
                    for item in await asyncio.to_thread(self.vendor_state.waiting_for, system, school_id, wanted):
                        waiting.setdefault(item.parked_id, item)
            if not waiting:
                return
            keys = {}
            for item in sorted(waiting.values(), key=lambda parked: parked.parked_id):  # in the order parked
                adapter = current if item.adapter == current.name else all_adapters().get(item.adapter)
                if adapter is None:
                    continue
                client = Client(item.client_id, adapter.name, frozenset({school_id}))
                report = await self.ingest(client, adapter, [item.record], False, school_id, redrive=False)
                if report.results[0].status in (ACCEPTED, DUPLICATE, PENDING):  # a rejection stays listed
                    await asyncio.to_thread(self.vendor_state.release, item.parked_id)
                    log(Ev.RECORDS_REDRIVEN, adapter=adapter.name, school_id=school_id, count=1,
                        status=report.results[0].status)
                keys.setdefault(adapter.settings.system, []).extend(report.directory_keys)
                keys.setdefault(HUB, []).extend((kind, eid) for s, kind, eid in report.defined if s == school_id)

    async def _append_once(self, client: Client, adapter: Adapter, pending: list[tuple[int, Envelope]],
                           results: list[RecordResult], atomic: bool,
                           stale: set[tuple[int, str]] | frozenset = frozenset()) -> None:
        """Steps 5-6. ``stale``: (record, event id) of the events numbered as the stored revision because their
        answer was pulled before the content the hub holds (``hub.ingest.numbering``): they are that revision, so
        the copy the log holds is a duplicate whatever its content (a deletion the stale answer did not know of),
        never a rejection; one the log does not hold (yet) appends nothing."""
        if not pending:
            return
        entries = [_entry(event, adapter, client.client_id) for _, event in pending]
        index_of = {e.event_id: index for e, (index, _) in zip(entries, pending)}
        event_of = {event.event_id: event for _, event in pending}
        stale = {event_id for event_id, index in index_of.items() if (index, event_id) in stale}
        fresh, existing = await self.dedup.prepare(entries)
        for entry in entries:
            if entry.event_id in existing:
                seen = existing[entry.event_id]
                mark_seen(results[index_of[entry.event_id]], event_of[entry.event_id], seen,
                          seen.fingerprint if entry.event_id in stale else entry.fingerprint)
        unheld = [e for e in fresh if e.event_id in stale]
        if unheld:
            await self.dedup.abandon(unheld)
            fresh = [e for e in fresh if e.event_id not in stale]
            for entry in unheld:
                result = results[index_of[entry.event_id]]
                result.events.append(event_ref(event_of[entry.event_id], None))
                if result.status == ACCEPTED:
                    result.status = DUPLICATE
        if atomic and any(r.status == REJECTED for r in results):
            await self.dedup.abandon(fresh)
            reject_rest(results, ATOMIC_NOT_APPLIED)
            return
        dropped = [e for e in fresh if results[index_of[e.event_id]].status == REJECTED]  # records are taken whole
        if dropped:
            await self.dedup.abandon(dropped)
            fresh = [e for e in fresh if results[index_of[e.event_id]].status != REJECTED]
        outcomes = await self._append(fresh, atomic)
        if outcomes is None:  # atomic, and a concurrent writer stored one of these ids with other content
            reject_rest(results, ATOMIC_NOT_APPLIED + " (a record changed concurrently)")
            return
        appended: set[int] = set()
        for entry, outcome in zip(fresh, outcomes):
            result, event = results[index_of[entry.event_id]], event_of[entry.event_id]
            if isinstance(outcome, Position):
                result.events.append(event_ref(event, outcome))
                appended.add(result.index)
            else:
                mark_seen(result, event, outcome, entry.fingerprint)
        for index in appended:  # a record that added anything new is accepted, even if some of it was known
            if results[index].status == DUPLICATE:
                results[index].status = ACCEPTED

    async def _append(self, fresh: list[LedgerEntry], atomic: bool) -> list[Position | Existing] | None:
        if not fresh:
            return []
        try:
            outcomes = await self.dedup.append(fresh, atomic)  # on failure it keeps what the log may hold
        except Exception as exc:
            log(Ev.LOG_APPEND_FAILED, level="error", events=len(fresh), error=repr(exc))
            raise LogUnavailable(str(exc)) from exc
        appended = 0 if outcomes is None else sum(isinstance(o, Position) for o in outcomes)
        log(Ev.EVENTS_APPENDED, events=appended)
        self.metrics.events_appended(fresh[0].adapter, appended)
        return outcomes

    @staticmethod
    def _logged(report: IngestReport, client: Client) -> IngestReport:
        counts = report.counts()
        if counts[REJECTED]:
            log(Ev.RECORDS_REJECTED, client_id=client.client_id, adapter=report.adapter, rejected=counts[REJECTED])
        log(Ev.RECORDS_ACCEPTED, client_id=client.client_id, adapter=report.adapter, accepted=counts[ACCEPTED],
            duplicate=counts[DUPLICATE], pending=counts[PENDING], rejected=counts[REJECTED], parked=counts[PARKED])
        return report


def _entry(event: Envelope, adapter: Adapter, client_id: str | None) -> LedgerEntry:
    # With hub-numbered revisions the event id already stands for the content (not occurred_at, which a vendor
    # without a time of its own leaves to the hub clock): the same fingerprint must decide duplicates.
    fp = content_fingerprint(event) if adapter.settings.revisions == "hub" else fingerprint(event)
    return LedgerEntry(event.event_id, fp, event.school_id, adapter.name, client_id, event.type,
                       event.schema_version, int(event.recorded_at.timestamp() * 1000), encode(event))


