"""What ingest answers per record and per batch (the body of ``POST /v1/ingest/{adapter}``).

A record is ``rejected`` (with every error), ``parked`` (waiting for what it refers to; with the events of it that
did not wait, appended: ``hub.ingest.parking``), ``pending`` (some of its events were claimed earlier by a request
whose append did not confirm, or whose process died, and are not recovered yet: the hub holds them, their positions
are not known; ``retry_after_s`` says when a retry will get them), ``accepted`` (something new appended) or
``duplicate`` (all of it known, with its positions), in that order of precedence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adapters.base import FieldError
from hub.events.envelope import Envelope
from hub.ingest.ledger import Existing
from hub.log.port import Position

ACCEPTED, DUPLICATE, REJECTED, PARKED, PENDING = "accepted", "duplicate", "rejected", "parked", "pending"
ATOMIC_NOT_APPLIED = "not applied: this batch is atomic and another record in it was rejected"


@dataclass(frozen=True, slots=True)
class Client:
    client_id: str
    adapter: str
    schools: frozenset[str]


@dataclass(slots=True)
class RecordResult:
    index: int
    status: str = ACCEPTED
    events: list[dict[str, Any]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    waiting_for: list[dict[str, str]] = field(default_factory=list)
    retry_after_s: int | None = None  # pending only

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"index": self.index, "status": self.status}
        if self.status == REJECTED:
            body["errors"] = [e.as_dict() for e in self.errors]
        elif self.status == PARKED:  # with the events appended so far, if it has any (``hub.ingest.parking``)
            body["waiting_for"] = self.waiting_for
            if self.events:
                body["events"] = self.events
        else:
            body["events"] = self.events
        if self.status == PENDING:
            body["retry_after_s"] = self.retry_after_s
        return body

    def pend(self, retry_after_s: int) -> None:
        """Some of this record's events have no known position yet."""
        if self.status != REJECTED:
            self.status = PENDING
            self.retry_after_s = max(self.retry_after_s or 0, retry_after_s)


@dataclass(slots=True)
class IngestReport:
    adapter: str
    atomic: bool
    results: list[RecordResult]
    directory_keys: list[tuple[str, str]] = field(default_factory=list)
    defined: set[tuple[str, str, str]] = field(default_factory=set)  # (school, kind, id) its events define

    @property
    def applied(self) -> bool:
        return not (self.atomic and any(r.status == REJECTED for r in self.results))

    @property
    def retry_after_s(self) -> int | None:
        """When to retry the batch for the positions of its pending records (None if it has none)."""
        return max((r.retry_after_s or 1 for r in self.results if r.status == PENDING), default=None)

    def counts(self) -> dict[str, int]:
        counts = {ACCEPTED: 0, DUPLICATE: 0, PENDING: 0, REJECTED: 0, PARKED: 0}
        for result in self.results:
            counts[result.status] += 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {"adapter": self.adapter, "atomic": self.atomic, "applied": self.applied,
                "summary": self.counts(), "results": [r.as_dict() for r in self.results]}


def mark_seen(result: RecordResult, event: Envelope, existing: Existing, new_fingerprint: str) -> None:
    if existing.fingerprint == new_fingerprint:
        if result.status != REJECTED:
            result.events.append(event_ref(event, existing.position))
            if existing.position is None:
                result.pend(existing.retry_after_s())
            elif result.status != PENDING:
                result.status = DUPLICATE
        return
    result.status = REJECTED
    result.errors.append(FieldError("", (
        f"record {event.source.record_id!r} revision {event.source.revision} was already accepted with different "
        "content; send the change as a new revision")))


def resolve_repeats(results: list[RecordResult]) -> None:
    """Give a record repeated inside its batch the position (or the pending state) of its first copy."""
    known = {e["event_id"]: e["position"] for r in results for e in r.events if e["position"] is not None}
    pending = {e["event_id"]: r.retry_after_s or 1 for r in results if r.status == PENDING for e in r.events}
    for result in results:
        if result.status != DUPLICATE:
            continue
        for ref in result.events:
            if ref["position"] is None and ref["event_id"] in known:
                ref["position"] = known[ref["event_id"]]
            elif ref["position"] is None and ref["event_id"] in pending:
                result.pend(pending[ref["event_id"]])


def reject_rest(results: list[RecordResult], message: str) -> None:
    for result in results:
        if result.status != REJECTED:
            result.status, result.events, result.errors = REJECTED, [], [FieldError("", message)]


def event_ref(event: Envelope, position: Position | None) -> dict[str, Any]:
    return {"event_id": event.event_id, "type": event.type, "position": None if position is None else str(position)}
