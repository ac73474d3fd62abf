"""Keep the projection workers of one process close enough together to share what they read and decode.

The workers of a process read the same log, and the embedded log's read window (``hub.log.window``) and the
decode memo (``hub.projector.decoding``) make every record cost one read and one decode, but only while the
workers are within ``REACH`` records of each other. Left alone they drift apart: the roster handles ~12% of the
events and runs through the log while the audit index, which writes a row per event, is still at the start.

Contract (``Pacer``, one per set of workers started together: ``project_all`` or a ``Supervisor``):

* A worker ``join``s with its position (``{partition: next offset}``), reports every ``moved`` position, and
  ``leave``s when it stops (also on an error: a halted worker holds nobody back).
* Before reading, ``await pacer.turn(worker)``: it returns at once unless a peer is between ``lead`` and
  ``reach`` records behind this worker (``for_batch``: two and four batches; the read window holds four) (counted over the partitions both have), in which case it waits until
  that peer moves closer, at most ``MAX_WAIT_S`` per call. A peer further behind than ``REACH`` (a rebuild
  replaying from 0) is out of reach and holds nobody back until it comes within reach.
* Pacing only delays reads; it never changes what a worker applies or commits (the protocol in
  ``hub.projector.runner`` is untouched). During a backlog the projections of a process therefore move at about
  the pace of the slowest one within reach; at the head of the log none waits.
* ``decoded`` is the workers' shared ``DecodeMemo`` (eight batches: twice the reach), gone with the pacer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from hub.log.window import DEFAULT_CAPACITY
from hub.projector.decoding import CAPACITY, DecodeMemo

REACH = DEFAULT_CAPACITY  # records: what the read window holds per partition at least
LEAD = REACH // 2  # records a worker may run ahead of a peer within reach
MAX_WAIT_S = 1.0


class Pacer:
    def __init__(self, lead: int = LEAD, reach: int = REACH, max_wait_s: float = MAX_WAIT_S) -> None:
        self.lead, self.reach, self.max_wait_s = lead, reach, max_wait_s
        self.decoded = DecodeMemo(max(CAPACITY, 2 * reach))
        self._positions: dict[object, dict[int, int]] = {}
        self._moved: asyncio.Future | None = None

    @classmethod
    def for_batch(cls, batch_size: int) -> "Pacer":
        """The pacer of workers polling ``batch_size`` records at a time."""
        return cls(lead=2 * batch_size, reach=4 * batch_size)

    def join(self, worker: object, position: Mapping[int, int]) -> None:
        self.moved(worker, position)

    def leave(self, worker: object) -> None:
        if self._positions.pop(worker, None) is not None:
            self._wake()

    def moved(self, worker: object, position: Mapping[int, int]) -> None:
        self._positions[worker] = dict(position)
        self._wake()

    async def turn(self, worker: object) -> None:
        """Wait (at most ``max_wait_s``) while a peer within reach is more than ``lead`` records behind."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.max_wait_s
        while self._waiting_for(worker) and (left := deadline - loop.time()) > 0:
            if self._moved is None or self._moved.done():
                self._moved = loop.create_future()
            try:
                await asyncio.wait_for(asyncio.shield(self._moved), left)
            except asyncio.TimeoutError:
                return

    def _waiting_for(self, worker: object) -> bool:
        mine = self._positions.get(worker)
        if not mine:
            return False
        for peer, theirs in self._positions.items():
            if peer is not worker:
                behind = sum(offset - theirs[p] for p, offset in mine.items() if p in theirs)
                if self.lead < behind <= self.reach:
                    return True
        return False

    def _wake(self) -> None:
        if self._moved is not None and not self._moved.done():
            self._moved.set_result(None)
