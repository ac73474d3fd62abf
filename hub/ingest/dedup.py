"""How ingest makes "append each event id once" hold, per log engine. The service uses either through one port.

``Deduplicator`` protocol, per batch of entries (events already validated and authorised):

1. ``prepare(entries)`` -> (entries this call may append, ``{event_id: Existing}`` for ids already taken);
2. the service applies its rules (a changed record with the same revision is rejected; atomic batches and
   multi-event records are taken whole or not at all) and calls ``abandon`` for entries it drops;
3. ``append(entries, atomic)`` -> per entry, its ``Position`` or the ``Existing`` copy a concurrent writer put
   there first; ``None`` if ``atomic`` and such a copy differs (nothing appended).

* ``LedgerDeduplicator`` (Kafka, or any log): step 1 claims ids in the SQL ingest ledger (and waits for the
  positions of identical records another request is appending right now), step 3 appends and records the
  positions. When the append fails or times out (``AppendUnsettled``), the positions the log did confirm are
  recorded and the other claims handed to recovery (``IngestLedger.recover``), once the producer holds none of
  them any more: they may be in the log, so releasing them could append them twice. Claims stranded by a crash are
  recovered the same way after a grace period. Until then a retry finds them without a position: ``pending``.
* ``EmbeddedDeduplicator``: the embedded log keeps an id index in its own file, so step 3 is one SQLite
  transaction (check, append, index): no ledger, no recovery needed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from hub.config import DEFAULT_APPEND_TIMEOUT_S
from hub.ingest.ledger import RECOVERY_GRACE_S, Existing, IngestLedger, LedgerEntry
from hub.log.embedded import EmbeddedLog
from hub.log.port import AppendUnsettled, EventLog, Position
from hub.obs import Ev, log

OWNER_SLACK_S = 5.0  # beyond the append timeout: translating a large batch before its claim, recording after it


class Deduplicator(Protocol):
    needs_recovery: bool

    async def prepare(self, entries: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], dict[str, Existing]]: ...

    async def abandon(self, entries: Sequence[LedgerEntry]) -> None: ...

    async def append(self, entries: Sequence[LedgerEntry], atomic: bool) -> list[Position | Existing] | None: ...


class LedgerDeduplicator:
    needs_recovery = True

    def __init__(self, log: EventLog, ledger: IngestLedger, renew_every_s: float = RECOVERY_GRACE_S / 3) -> None:
        self.log, self.ledger, self.renew_every_s = log, ledger, renew_every_s
        self.owner_window_s = getattr(log, "append_timeout_s", DEFAULT_APPEND_TIMEOUT_S) + OWNER_SLACK_S
        self._settling: set[asyncio.Task] = set()

    async def prepare(self, entries: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], dict[str, Existing]]:
        claimed, existing = await self.ledger.claim(entries)
        return [e for e in entries if e.event_id in claimed], await self.ledger.settled(existing, self.owner_window_s)

    async def abandon(self, entries: Sequence[LedgerEntry]) -> None:
        await self.ledger.release(e.event_id for e in entries)

    async def append(self, entries: Sequence[LedgerEntry], atomic: bool) -> list[Position | Existing] | None:
        try:
            positions = await self.log.append([e.outgoing() for e in entries])  # claimed: nobody else appends them
        except AppendUnsettled as exc:
            settling = asyncio.ensure_future(self._settle(entries, exc.outcome))
            if exc.outcome.done():
                await settling  # the producer holds nothing more: record it before answering
            else:
                self._settling.add(settling)
                settling.add_done_callback(self._settling.discard)
            raise
        except Exception:
            await self.ledger.give_up({e.event_id: e.timestamp_ms for e in entries})
            raise
        await self.ledger.mark_appended({e.event_id: p for e, p in zip(entries, positions)})
        return list(positions)

    async def _settle(self, entries: Sequence[LedgerEntry], outcome: "asyncio.Future[list[Position | None]]") -> None:
        """Record what an unconfirmed append became: the positions the log confirmed; the other claims go to
        recovery, but only once the producer holds none of them (until then their lease is renewed)."""
        leases = {e.event_id: e.timestamp_ms for e in entries}  # a claim's first lease is its recording time
        try:
            while not outcome.done():
                await asyncio.wait([outcome], timeout=self.renew_every_s)
                if not outcome.done():
                    leases = await self.ledger.renew(leases)
            positions = outcome.result()
            await self.ledger.mark_appended({e.event_id: p for e, p in zip(entries, positions) if p is not None})
            await self.ledger.give_up({e.event_id: leases[e.event_id] for e, p in zip(entries, positions) if p is None})
        except Exception as exc:  # the state database failed too: the claims keep their lease; recovery after it
            log(Ev.LOG_APPEND_FAILED, level="error", events=len(entries), error=repr(exc),
                reason="recording an unconfirmed append")


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
