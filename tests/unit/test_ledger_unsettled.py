"""A failed or unconfirmed append on the ledger path: what the log confirmed is recorded, the rest goes to
recovery (never released: the log may hold it), a producer still holding records keeps their lease, and a retry
waits for a racing owner's positions, else reports the records pending."""

from __future__ import annotations

import asyncio
import time

import pytest

from hub import clock
from hub.ingest.dedup import LedgerDeduplicator
from hub.ingest.ledger import GIVEN_UP, RECOVERY_EVERY_S, RECOVERY_GRACE_S, Existing, IngestLedger, LedgerEntry
from hub.ingest.results import DUPLICATE, PENDING, RecordResult, mark_seen, resolve_repeats
from hub.log.port import AppendUnsettled, LogUnavailable, Position
from hub.store import migrate
from hub.store.db import make_engine


def entry(n: int, at_ms: int | None = None) -> LedgerEntry:
    return LedgerEntry(f"00000000-0000-5000-8000-{n:012d}", "fp", "s1", "native", "c1", "grade.recorded", 1,
                       at_ms if at_ms is not None else clock.now_ms(), f'{{"n": {n}}}'.encode())


@pytest.fixture
def ledger(tmp_path) -> IngestLedger:
    engine = make_engine(f"sqlite:///{tmp_path / 'state.db'}")
    migrate.upgrade(engine, migrate.STATE)
    return IngestLedger(engine)


class BrokenLog:
    """A log whose append fails as configured; everything else is the embedded log."""

    def __init__(self, log, failure) -> None:
        self.inner, self.failure, self.append_timeout_s = log, failure, 0.1

    def __getattr__(self, name):
        return getattr(self.inner, name)

    async def append(self, records):
        raise self.failure


def unsettled(outcome) -> AppendUnsettled:
    return AppendUnsettled("not confirmed", outcome)


async def test_a_failed_append_leaves_its_claims_to_recovery_which_appends_them_once(ledger, log):
    dedup = LedgerDeduplicator(BrokenLog(log, LogUnavailable("down")), ledger)
    batch = [entry(1), entry(2)]
    fresh, _ = await dedup.prepare(batch)
    with pytest.raises(LogUnavailable):
        await dedup.append(fresh, atomic=False)

    fresh, existing = await dedup.prepare(batch)  # the vendor's retry: nothing is claimed (and appended) twice
    assert fresh == [] and all(e.position is None and e.claimed_at_ms == GIVEN_UP for e in existing.values())
    assert existing[entry(1).event_id].retry_after_s(clock.now_ms()) == RECOVERY_EVERY_S

    assert await ledger.recover(log) == 2  # given up: no grace period to wait for
    _, existing = await dedup.prepare(batch)
    assert {e.position for e in existing.values()} == {Position(log.partition_for("s1"), 0),
                                                       Position(log.partition_for("s1"), 1)}


async def test_an_unconfirmed_append_records_what_the_log_confirmed_and_gives_up_the_rest(ledger, log):
    confirmed = Position(3, 7)
    outcome = asyncio.get_running_loop().create_future()
    outcome.set_result([confirmed, None])
    dedup = LedgerDeduplicator(BrokenLog(log, unsettled(outcome)), ledger)
    fresh, _ = await dedup.prepare([entry(1), entry(2)])
    with pytest.raises(LogUnavailable):
        await dedup.append(fresh, atomic=False)
    _, existing = await ledger.claim([entry(1), entry(2)])
    assert existing[entry(1).event_id].position == confirmed
    assert existing[entry(2).event_id].position is None and existing[entry(2).event_id].claimed_at_ms == GIVEN_UP


async def test_while_the_producer_holds_records_their_lease_is_renewed(ledger, log):
    outcome = asyncio.get_running_loop().create_future()
    dedup = LedgerDeduplicator(BrokenLog(log, unsettled(outcome)), ledger, renew_every_s=0.05)
    claimed_long_ago = entry(1, at_ms=clock.now_ms() - 10 * 60_000)
    fresh, _ = await dedup.prepare([claimed_long_ago])
    with pytest.raises(LogUnavailable):
        await dedup.append(fresh, atomic=False)  # answers at once; the outcome is awaited in the background
    await asyncio.sleep(0.3)
    assert await ledger.recover(log, grace_seconds=1) == 0  # renewed: still its owner's
    outcome.set_result([Position(2, 5)])
    await asyncio.sleep(0.1)
    _, existing = await ledger.claim([claimed_long_ago])
    assert existing[claimed_long_ago.event_id].position == Position(2, 5)
    assert await ledger.recover(log, grace_seconds=0) == 0


async def test_a_retry_waits_for_the_position_an_identical_racing_batch_records(ledger, log):
    dedup = LedgerDeduplicator(log, ledger)
    await ledger.claim([entry(1)])  # another request claimed it and is appending right now

    async def owner() -> None:
        await asyncio.sleep(0.3)
        await ledger.mark_appended({entry(1).event_id: Position(1, 9)})

    racing = asyncio.create_task(owner())
    fresh, existing = await dedup.prepare([entry(1)])
    await racing
    assert fresh == [] and existing[entry(1).event_id].position == Position(1, 9)


async def test_a_claim_whose_owner_died_is_pending_until_recovered(ledger, log):
    dedup = LedgerDeduplicator(log, ledger)
    now = clock.now_ms()
    stranded = entry(1, at_ms=now - 20_000)  # claimed 20 s ago, never recorded (a kill -9)
    await ledger.claim([stranded])
    started = time.monotonic()
    _, existing = await dedup.prepare([stranded])
    assert time.monotonic() - started < 1  # its owner's window has passed: no wait
    found = existing[stranded.event_id]
    assert found.position is None
    assert found.retry_after_s(now) == int(RECOVERY_GRACE_S - 20 + RECOVERY_EVERY_S)


class _Event:
    event_id, type = "e-1", "grade.recorded"


def test_a_record_with_an_unrecorded_claim_is_pending_and_its_repeat_too():
    first, repeat = RecordResult(0), RecordResult(1, status=DUPLICATE, events=[
        {"event_id": "e-1", "type": "grade.recorded", "position": None}])
    mark_seen(first, _Event(), Existing("fp", None, GIVEN_UP, 0), "fp")
    resolve_repeats([first, repeat])
    assert first.as_dict() == {"index": 0, "status": PENDING, "retry_after_s": int(RECOVERY_EVERY_S),
                               "events": [{"event_id": "e-1", "type": "grade.recorded", "position": None}]}
    assert repeat.status == PENDING and repeat.retry_after_s == int(RECOVERY_EVERY_S)


def test_a_repeat_inside_the_batch_gets_the_position_of_its_first_copy():
    first, repeat = RecordResult(0), RecordResult(1, status=DUPLICATE, events=[
        {"event_id": "e-1", "type": "grade.recorded", "position": None}])
    mark_seen(first, _Event(), Existing("fp", Position(0, 4)), "fp")
    resolve_repeats([first, repeat])
    assert repeat.status == DUPLICATE and repeat.events[0]["position"] == "0:4"
