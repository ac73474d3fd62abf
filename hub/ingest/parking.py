"""Records whose events refer to entities the hub does not know yet wait for them (adapters with
``park_unknown_references``): a record waits only with what waits.

An event waits when it refers (``hub.ingest.references``: a grade to its student and lesson) to an entity that
neither the vendor directory (system ``hub``) knows nor an event of the batch defines that does not wait itself (a
lesson waiting for its class holds back the marks of that lesson too). Of a record with waiting events:

* the other events go on now, as if the record held only them: numbered (``hub.ingest.numbering``) and appended;
  a complete answer replaces its snapshots and deletes what it lacks (``hub.ingest.snapshots``,
  ``hub.ingest.containing``) as any answer does, its snapshot holding every aggregate of the answer, the waiting
  ones too: a later answer that lacks one of them deletes nothing (it was never stored), and one that holds it
  again does not make it gone by the later pull when this record is re-driven;
* the record is parked (``VendorState.park``: listed in the vendor's quarantine, re-driven when what it waits for
  arrives) and answered ``parked`` with ``waiting_for`` and the events appended so far (``answer_parked``; a
  rejection of the appended part takes precedence, as always);
* re-driven, the whole record is translated again: what was appended is a ``duplicate`` (the same event ids and
  revisions), the rest is appended; an answer pulled in between wins, as always (pull order: an answer pulled
  before its scope's stored snapshot deletes nothing and brings nothing back, an item pulled before the stored
  content is stale).

A record whose events all wait is parked with none, as before: it changes no snapshot and deletes nothing. Parking
does not fail an atomic batch: what does not wait is appended, atomically, and the rest is parked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from adapters.base import Adapter
from hub.events.envelope import Envelope
from hub.ingest.references import HUB, defined_by, referenced_by
from hub.ingest.results import PARKED, REJECTED, Client, RecordResult
from hub.ingest.vendor_state import VendorState

Ref = tuple[str, str, str]  # (school, kind, canonical id)


@dataclass(slots=True)
class Parking:
    """The events that go on, and the records parked with some of their events going on (answered ``parked`` after
    the append: ``answer_parked``)."""

    pending: list[tuple[int, Envelope]]
    partly: set[int] = field(default_factory=set)
    kept: list[int] = field(default_factory=list)  # the quarantine ids of the records this batch parked


def park_unknown_references(state: VendorState, adapter: Adapter, client: Client, pending: list[tuple[int, Envelope]],
                            results: list[RecordResult], records: Sequence[Any], store: bool) -> Parking:
    """The records of ``pending`` with waiting events parked (``store``: kept in the quarantine; a re-driven record
    is there already) with what those wait for (module docstring); the events that do not wait go on."""
    waiting = waiting_events(state, pending)
    missing: dict[int, list[Ref]] = {}
    for position, refs in sorted(waiting.items()):
        held = missing.setdefault(pending[position][0], [])
        held += [ref for ref in refs if ref not in held]
    going_on = [item for position, item in enumerate(pending) if position not in waiting]
    partly = {index for index, _ in going_on} & missing.keys()
    kept: list[int] = []
    for index, refs in missing.items():
        results[index].waiting_for = [{"kind": kind, "vendor_id": eid, "pointer": ""} for _, kind, eid in refs]
        if index not in partly:
            results[index].status, results[index].events = PARKED, []
        if store:
            kept.append(state.park(adapter.name, HUB, client.client_id, refs[0][0], records[index],
                                   results[index].waiting_for))
    return Parking(going_on, partly, kept)


def waiting_events(state: VendorState, pending: list[tuple[int, Envelope]]) -> dict[int, list[Ref]]:
    """Per position in ``pending`` of each waiting event, the unknown entities it refers to: neither known to the
    directory nor defined by an event of the batch that does not wait (to a fixed point: an event that waits
    defines nothing for the others)."""
    refs = [referenced_by(event) for _, event in pending]
    defines = [defined_by([event]) for _, event in pending]
    here = set().union(*defines)
    looked_up = {ref for found in refs for ref in found} - here
    known = _known(state, looked_up)
    waiting: dict[int, list[Ref]] = {}
    while True:
        defined = here if not waiting else set().union(*(d for i, d in enumerate(defines) if i not in waiting))
        unsure = {ref for found in refs for ref in found if ref not in defined} - looked_up
        if unsure:  # defined in the batch only by events that wait: the directory may know them all the same
            known |= _known(state, unsure)
            looked_up |= unsure
        found = {i: unknown for i, unknown in ((i, [r for r in rs if r not in known and r not in defined])
                                                for i, rs in enumerate(refs)) if unknown}
        if found.keys() == waiting.keys():
            return found
        waiting = found


def answer_parked(results: list[RecordResult], partly: set[int]) -> None:
    """After the append: a record parked with some of its events appended is answered ``parked`` (with its
    ``waiting_for`` and those events), unless the append rejected it."""
    for index in partly:
        if results[index].status != REJECTED:
            results[index].status = PARKED


def _known(state: VendorState, wanted: set[Ref]) -> set[Ref]:
    """Those of ``wanted`` the vendor directory (system ``hub``) knows."""
    known: set[Ref] = set()
    for school in {school for school, _, _ in wanted}:
        found = state.lookup(HUB, school, [(kind, eid) for s, kind, eid in wanted if s == school])
        known |= {(school, kind, eid) for kind, eid in found}
    return known
