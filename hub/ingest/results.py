"""What ingest answers per record and per batch (the body of ``POST /v1/ingest/{adapter}``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adapters.base import FieldError
from hub.events.envelope import Envelope
from hub.ingest.ledger import Existing
from hub.log.port import Position

ACCEPTED, DUPLICATE, REJECTED, PARKED = "accepted", "duplicate", "rejected", "parked"
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

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"index": self.index, "status": self.status}
        if self.status == REJECTED:
            body["errors"] = [e.as_dict() for e in self.errors]
        elif self.status == PARKED:
            body["waiting_for"] = self.waiting_for
        else:
            body["events"] = self.events
        return body


@dataclass(slots=True)
class IngestReport:
    adapter: str
    atomic: bool
    results: list[RecordResult]
    directory_keys: list[tuple[str, str]] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return not (self.atomic and any(r.status == REJECTED for r in self.results))

    def counts(self) -> dict[str, int]:
        counts = {ACCEPTED: 0, DUPLICATE: 0, REJECTED: 0, PARKED: 0}
        for result in self.results:
            counts[result.status] += 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {"adapter": self.adapter, "atomic": self.atomic, "applied": self.applied,
                "summary": self.counts(), "results": [r.as_dict() for r in self.results]}


def mark_seen(result: RecordResult, event: Envelope, existing: Existing, new_fingerprint: str) -> None:
    if existing.fingerprint == new_fingerprint:
        if result.status != REJECTED:
            result.status = DUPLICATE
            result.events.append(event_ref(event, existing.position))
        return
    result.status = REJECTED
    result.errors.append(FieldError("", (
        f"record {event.source.record_id!r} revision {event.source.revision} was already accepted with different "
        "content; send the change as a new revision")))


def reject_rest(results: list[RecordResult], message: str) -> None:
    for result in results:
        if result.status != REJECTED:
            result.status, result.events, result.errors = REJECTED, [], [FieldError("", message)]


def event_ref(event: Envelope, position: Position | None) -> dict[str, Any]:
    return {"event_id": event.event_id, "type": event.type, "position": None if position is None else str(position)}
