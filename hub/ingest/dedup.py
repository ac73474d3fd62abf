"""How ingest makes "append each event id once" hold, per log engine. The service uses either through one port.

``Deduplicator`` protocol, per batch of entries (events already validated and authorised):

1. ``prepare(entries)`` -> (entries this call may append, ``{event_id: Existing}`` for ids already taken);
2. the service applies its rules (a changed record with the same revision is rejected; atomic batches and
   multi-event records are taken whole or not at all) and calls ``abandon`` for entries it drops;
3. ``append(entries, atomic)`` -> per entry, its ``Position`` or the ``Existing`` copy a concurrent writer put
   there first; ``None`` if ``atomic`` and such a copy differs (nothing appended).

* ``LedgerDeduplicator`` (Kafka, or any log): step 1 claims ids in the SQL ingest ledger, step 3 appends and
  records the positions; claims stranded by a crash are recovered by ``IngestLedger.recover``.
* ``EmbeddedDeduplicator``: the embedded log keeps an id index in its own file, so step 3 is one SQLite
  transaction (check, append, index): no ledger, no recovery needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from hub.ingest.ledger import Existing, IngestLedger, LedgerEntry
from hub.log.embedded import EmbeddedLog
from hub.log.port import EventLog, Position


class Deduplicator(Protocol):
    needs_recovery: bool

    async def prepare(self, entries: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], dict[str, Existing]]: ...

    async def abandon(self, entries: Sequence[LedgerEntry]) -> None: ...

    async def append(self, entries: Sequence[LedgerEntry], atomic: bool) -> list[Position | Existing] | None: ...


class LedgerDeduplicator:
    needs_recovery = True

    def __init__(self, log: EventLog, ledger: IngestLedger) -> None:
        self.log, self.ledger = log, ledger

    async def prepare(self, entries: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], dict[str, Existing]]:
        claimed, existing = await self.ledger.claim(entries)
        return [e for e in entries if e.event_id in claimed], existing

    async def abandon(self, entries: Sequence[LedgerEntry]) -> None:
        await self.ledger.release(e.event_id for e in entries)

    async def append(self, entries: Sequence[LedgerEntry], atomic: bool) -> list[Position | Existing] | None:
        positions = await self.log.append([e.outgoing() for e in entries])  # claimed: nobody else appends them
        await self.ledger.mark_appended({e.event_id: p for e, p in zip(entries, positions)})
        return list(positions)


class EmbeddedDeduplicator:
    needs_recovery = False

    def __init__(self, log: EmbeddedLog) -> None:
        self.log = log

    async def prepare(self, entries: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], dict[str, Existing]]:
        seen = await self.log.lookup_ids([e.event_id for e in entries])
        existing = {eid: Existing(fp, pos) for eid, (fp, pos) in seen.items()}
        return [e for e in entries if e.event_id not in existing], existing

    async def abandon(self, entries: Sequence[LedgerEntry]) -> None:
        return None  # nothing was reserved

    async def append(self, entries: Sequence[LedgerEntry], atomic: bool) -> list[Position | Existing] | None:
        outcome = await self.log.append_unique([e.outgoing() for e in entries], [e.fingerprint for e in entries],
                                               atomic)
        if outcome is None:
            return None
        return [o if isinstance(o, Position) else Existing(o[0], o[1]) for o in outcome]


def deduplicator_for(log: EventLog, ledger: IngestLedger) -> Deduplicator:
    return EmbeddedDeduplicator(log) if isinstance(log, EmbeddedLog) else LedgerDeduplicator(log, ledger)
