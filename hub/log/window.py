"""A read window: the records most recently read from each partition, shared by every reader of one log object.

A projector process runs one worker per projection version, each with its own consumer group, and they all read
the same records at about the same time. Reading (and building ``LogRecord`` tuples for) every record once per
worker made the log reader the projector's largest cost; with the window, the first worker to reach an offset
reads it from the engine and the others get the same ``LogRecord`` objects from memory.

Contract (``ReadWindow.read(partition, offset, limit, fetch)``, same answer as ``fetch(partition, offset, limit)``):

* Per partition the window holds one contiguous run of records ``[base, base + len)``, at most ``capacity``
  (which grows to four times the largest ``limit`` asked for: a few batches of drift between workers).
* A read starting inside the run (or at its end) is served from it; what it lacks beyond the end is fetched from
  the engine (``fetch(partition, end, missing)``), appended, and the run trimmed from the front to ``capacity``.
* A read starting before the run (a worker lagging more than ``capacity`` behind, a rebuild from 0) is fetched
  and returned without touching the window; a read starting after it (or the first one) replaces the run.

This is only correct because a log is append-only: a record at a position never changes once written, and a
fetch returns records with dense offsets from the one asked for. Not thread-safe: call it from one thread (the
embedded log's reader thread).
"""

from __future__ import annotations

from collections.abc import Callable

from hub.log.port import LogRecord

Fetch = Callable[[int, int, int], list[LogRecord]]
DEFAULT_CAPACITY = 8192  # records per partition: a few projector batches of drift between workers


class ReadWindow:
    __slots__ = ("capacity", "_runs", "hits", "misses")

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._runs: dict[int, tuple[int, list[LogRecord]]] = {}  # partition -> (base offset, records)
        self.hits = self.misses = 0  # records served from memory / fetched from the engine (diagnostics)

    def read(self, partition: int, offset: int, limit: int, fetch: Fetch) -> list[LogRecord]:
        """Up to ``limit`` records of ``partition`` from ``offset`` on, from the window where it has them."""
        if limit * 4 > self.capacity:
            self.capacity = limit * 4
        run = self._runs.get(partition)
        if run is None or offset > run[0] + len(run[1]):  # first read, or ahead of the run: start a new run
            records = fetch(partition, offset, limit)
            self.misses += len(records)
            self._runs[partition] = (offset, list(records))
            self._trim(partition)
            return records
        base, cached = run
        if offset < base:  # lagging behind the run: read it, keep the run for the others
            records = fetch(partition, offset, limit)
            self.misses += len(records)
            return records
        start = offset - base
        records = cached[start:start + limit]
        self.hits += len(records)
        if len(records) < limit:
            more = fetch(partition, base + len(cached), limit - len(records))
            self.misses += len(more)
            cached.extend(more)
            records.extend(more)
            self._trim(partition)
        return records

    def _trim(self, partition: int) -> None:
        base, cached = self._runs[partition]
        excess = len(cached) - self.capacity
        if excess > 0:
            del cached[:excess]
            self._runs[partition] = (base + excess, cached)
