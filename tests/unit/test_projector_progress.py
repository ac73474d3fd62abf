"""``hub.projector.progress``: which compare-and-sets a transaction carries, and the bounds on deferral."""

from __future__ import annotations

from hub.projector.progress import Progress


def test_a_transaction_carries_every_deferred_partition_in_partition_order():
    progress = Progress()
    progress.claimed({0: 10, 1: 20, 2: 30})
    progress.defer(2, 40, records=10, applied=0)
    progress.defer(0, 15, records=5, applied=1)
    assert progress.pending()
    moves = progress.moves(1, 25)
    assert moves == [(0, 10, 15), (1, 20, 25), (2, 30, 40)]
    assert progress.committed(moves) == [2, 15, 1]  # the deferred batches, counted once stored
    assert progress.stored == progress.applied == {0: 15, 1: 25, 2: 40}
    assert not progress.pending() and progress.moves() == []


def test_deferral_is_bounded_in_batches_and_in_time():
    progress = Progress(max_batches=3, max_age_s=60)
    progress.claimed({0: 0})
    for offset in (10, 20, 30):
        assert progress.may_defer()
        progress.defer(0, offset, records=10, applied=0)
    assert not progress.may_defer()  # the next batch commits, with the three offsets
    progress.committed(progress.moves(0, 40))
    assert progress.may_defer()
    aged = Progress(max_batches=100, max_age_s=0)
    aged.claimed({0: 0})
    aged.defer(0, 10, records=10, applied=0)
    assert not aged.may_defer()


def test_reclaimed_or_revoked_partitions_drop_their_deferred_progress():
    progress = Progress()
    progress.claimed({0: 0, 1: 0})
    progress.defer(0, 10, records=10, applied=0)
    progress.defer(1, 10, records=10, applied=0)
    progress.claimed({0: 5})  # after a lost compare-and-set: the stored offset is adopted
    progress.revoked({1})
    assert progress.applied == progress.stored == {0: 5}
    assert not progress.pending()
    assert progress.committed(progress.moves(0, 20)) == [0, 0, 0]
