"""The ingest ledger: claims decide races, duplicates are recognised, stranded claims are recovered exactly once."""

from __future__ import annotations

import pytest

from hub import clock
from hub.ingest.ledger import APPENDED, IngestLedger, LedgerEntry
from hub.store import migrate
from hub.store.db import make_engine


def entry(n: int, fp: str = "fp", school: str = "s1", at_ms: int | None = None) -> LedgerEntry:
    return LedgerEntry(f"00000000-0000-5000-8000-{n:012d}", fp, school, "native", "c1", "grade.recorded", 1,
                       at_ms if at_ms is not None else clock.now_ms(), f'{{"n": {n}}}'.encode())


@pytest.fixture(params=["sqlite", "postgres"])
def ledger(request, tmp_path) -> IngestLedger:
    """The ledger on both state databases (PostgreSQL claims and records a batch in one statement each)."""
    url = (f"sqlite:///{tmp_path / 'state.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_db_url"))
    engine = make_engine(url)
    migrate.upgrade(engine, migrate.STATE)
    yield IngestLedger(engine)
    engine.dispose()


async def test_first_claim_wins_and_second_sees_the_first(ledger):
    claimed, existing = await ledger.claim([entry(1), entry(2)])
    assert claimed == {entry(1).event_id, entry(2).event_id} and existing == {}
    claimed, existing = await ledger.claim([entry(2), entry(3)])
    assert claimed == {entry(3).event_id}
    assert existing[entry(2).event_id].fingerprint == "fp" and existing[entry(2).event_id].position is None


async def test_positions_are_reported_after_marking(ledger, log):
    await ledger.claim([entry(1)])
    [position] = await log.append([entry(1).outgoing()])
    await ledger.mark_appended({entry(1).event_id: position})
    _, existing = await ledger.claim([entry(1)])
    assert existing[entry(1).event_id].position == position


async def test_release_frees_the_claim_for_a_retry(ledger):
    await ledger.claim([entry(1)])
    await ledger.release([entry(1).event_id])
    claimed, _ = await ledger.claim([entry(1)])
    assert claimed == {entry(1).event_id}


async def test_recovery_appends_stranded_claims_once_and_finds_those_already_appended(ledger, log):
    old = clock.now_ms() - 120_000
    appended_before_crash, never_appended = entry(1, at_ms=old), entry(2, at_ms=old)
    await ledger.claim([appended_before_crash, never_appended])
    await log.append([appended_before_crash.outgoing()])  # the process died before mark_appended

    assert await ledger.recover(log, grace_seconds=60) == 1
    assert await ledger.recover(log, grace_seconds=60) == 0

    ids = [r.event_id for p in range(4) for r in await log.read(p, 0, 100)]
    assert sorted(ids) == sorted([appended_before_crash.event_id, never_appended.event_id])
    assert (await ledger.stats()) == {APPENDED: 2}


async def test_recent_claims_are_left_to_their_owner(ledger, log):
    await ledger.claim([entry(1)])
    assert await ledger.recover(log, grace_seconds=60) == 0
    assert [len(await log.read(p, 0, 10)) for p in range(4)] == [0, 0, 0, 0]


async def test_a_large_batch_is_claimed_once_and_its_positions_recorded(ledger, log):
    """500 claims (one without a client) in one call, then their positions: the batch statements of either database."""
    batch = [entry(n) for n in range(500)] + [LedgerEntry(entry(500).event_id, "fp", "s1", "native", None,
                                                          "grade.recorded", 1, clock.now_ms(), b"{}")]
    claimed, existing = await ledger.claim(batch)
    assert claimed == {e.event_id for e in batch} and existing == {}
    positions = await log.append([e.outgoing() for e in batch])
    await ledger.mark_appended({e.event_id: p for e, p in zip(batch, positions)})
    claimed, existing = await ledger.claim(batch[:3] + [entry(501)])
    assert claimed == {entry(501).event_id}
    assert [existing[e.event_id].position for e in batch[:3]] == positions[:3]
    assert (await ledger.stats()) == {APPENDED: 501, "claimed": 1}
