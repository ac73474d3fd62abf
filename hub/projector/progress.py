"""How far a worker has applied each partition, how far the database knows it, and offset-only progress held back.

Most batches of a projection that handles few event types write no row: before, each still committed a
transaction of its own only to move its offset (about 60% of the projector's commits into PostgreSQL). While a
worker is catching up (its poll came back full: more records are there to read), such a batch is *deferred*: its
records count as applied in memory (``applied``), but the stored offset (``stored``) stays where it was. The
deferred progress is written by

* the worker's next transaction, whatever partition it is for: every partition whose ``applied`` is ahead of
  ``stored`` gets its compare-and-set from ``stored`` to ``applied`` in it (in partition order);
* a transaction of its own (``hub.projector.runner``) when the worker reaches the head of the log (a poll that is
  not full: nothing is deferred then, so positions at the head are written as promptly as before and
  ``min_position`` reads see their writes), goes idle or is stopped;
* at the latest after ``MAX_BATCHES`` deferred batches or ``MAX_AGE_S`` seconds.

Partitions taken away by a rebalance lose their deferred progress (a commit may be in flight beside the
revocation): their next owner reads those records again. Exactly-once is unchanged: a compare-and-set still moves each offset in the same transaction as the rows of the
batch it ends with, from the value the worker last stored. A crash loses only deferred offset-only progress; the
restarted worker reads those records again, and they write nothing again.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

MAX_BATCHES = 8
MAX_AGE_S = 0.25


@dataclass
class WorkerStats:
    """What a worker has stored: a deferred batch counts once a later transaction stores its offset."""

    batches: int = 0
    events: int = 0  # records consumed (applied or skipped)
    applied: int = 0  # events handed to the projection
    rows: int = 0  # rows written (after merging)
    conflicts: int = 0
    dead_letters: int = 0
    deferred: int = 0  # of ``batches``: those that wrote nothing and left their offset to a later transaction


Move = tuple[int, int, int]  # (partition, stored offset: the compare-and-set's expected value, new offset)


class Progress:
    """Per partition: ``applied`` (the next offset to apply; the worker's *expected* offset) and ``stored`` (what
    ``projection_offsets`` holds, as far as this worker knows). Used from the event loop only."""

    __slots__ = ("applied", "stored", "max_batches", "max_age_s", "deferred", "_since", "_held")

    def __init__(self, max_batches: int = MAX_BATCHES, max_age_s: float = MAX_AGE_S) -> None:
        self.applied: dict[int, int] = {}
        self.stored: dict[int, int] = {}
        self.max_batches, self.max_age_s = max_batches, max_age_s
        self.deferred = 0  # batches deferred since the last write of offsets
        self._since = 0.0
        self._held: dict[int, list[int]] = {}  # partition -> [batches, records, events applied] deferred

    def claimed(self, stored: dict[int, int]) -> None:
        """Partitions (re)read from the database: applied and stored are both the stored offset."""
        self.applied.update(stored)
        self.stored.update(stored)
        for partition in stored:  # deferred progress is dropped: those records are read again
            self._held.pop(partition, None)
        if not self.pending():
            self.deferred = 0

    def revoked(self, partitions: Iterable[int]) -> None:
        for partition in partitions:
            self.applied.pop(partition, None)
            self.stored.pop(partition, None)
            self._held.pop(partition, None)
        if not self.pending():
            self.deferred = 0

    def pending(self) -> bool:
        """Whether some partition's applied progress is not stored yet."""
        stored = self.stored
        return any(offset != stored.get(partition) for partition, offset in self.applied.items())

    def may_defer(self) -> bool:
        """Whether one more offset-only batch may be held back (the bounds are not reached)."""
        return self.deferred == 0 or (self.deferred < self.max_batches
                                      and time.monotonic() - self._since < self.max_age_s)

    def moves(self, partition: int | None = None, new: int | None = None) -> list[Move]:
        """The compare-and-sets of one transaction: ``partition`` to ``new`` (if given) and every partition with
        deferred progress, in partition order (so that rival workers lock offset rows in the same order)."""
        stored = self.stored
        targets = {p: a for p, a in self.applied.items() if p in stored and a != stored[p]}
        if partition is not None and new is not None:
            targets[partition] = new
        return [(p, stored[p], targets[p]) for p in sorted(targets) if p in stored]

    def defer(self, partition: int, new: int, records: int, applied: int) -> None:
        """A batch of ``partition`` (``records``, ``applied`` of them handled) ending before ``new`` was applied
        and wrote nothing: hold its offset back."""
        if self.deferred == 0:
            self._since = time.monotonic()
        self.deferred += 1
        self.applied[partition] = new
        held = self._held.setdefault(partition, [0, 0, 0])
        held[0] += 1
        held[1] += records
        held[2] += applied

    def committed(self, moves: Iterable[Move]) -> list[int]:
        """The transaction holding ``moves`` committed: those offsets are stored (and applied). Returns the
        ``[batches, records, events applied]`` of the deferred batches it stored (the worker counts them now)."""
        stored = [0, 0, 0]
        for partition, _, new in moves:
            if partition in self.stored:
                self.stored[partition] = self.applied[partition] = new
                for i, n in enumerate(self._held.pop(partition, ())):
                    stored[i] += n
        if not self.pending():
            self.deferred = 0
        return stored
