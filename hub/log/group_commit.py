"""Group commit: the appends of concurrent requests, written in one transaction on the log's writer thread.

Protocol (``GroupCommit.submit``; the embedded log's ``append_unique`` uses it):

1. A caller adds its item and a future to the queue; if no drain is running on this event loop, it starts one.
2. The drain takes everything queued, hands it to ``write_group`` on the writer thread (one call, one
   transaction: the engine begins, does each item in queue order, commits) and gives each caller its own result.
3. Items queued while that transaction ran form the next group. So a lone request is written at once, as before;
   under load, each commit (and its fsync) serves every request that arrived meanwhile.
4. If the transaction fails, every caller of the group gets the exception: nothing of the group was committed.

A caller that stops waiting (a timeout) does not stop its write: it may still be committed, as with any append
whose answer was lost; ingest's deduplication makes the retry answer it as a duplicate.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import Any


class GroupCommit:
    def __init__(self, pool: Executor, write_group: Callable[[Sequence[Any]], list[Any]]) -> None:
        """``write_group(items)`` runs on ``pool``'s thread and returns one result per item, in order."""
        self._pool, self._write_group = pool, write_group
        self._queue: list[tuple[Any, asyncio.Future]] = []
        self._drain: asyncio.Task | None = None

    async def submit(self, item: Any) -> Any:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.append((item, future))
        if self._drain is None or self._drain.done() or self._drain.get_loop() is not loop:
            self._drain = loop.create_task(self._drain_queue())
        return await future

    async def _drain_queue(self) -> None:
        loop = asyncio.get_running_loop()
        while self._queue:
            group, self._queue = self._queue, []
            group = [(item, future) for item, future in group if future.get_loop() is loop]  # a closed loop's
            try:
                results = await loop.run_in_executor(self._pool, self._write_group, [item for item, _ in group])
            except asyncio.CancelledError:  # the loop is shutting down
                for _, future in group:
                    future.cancel()
                raise
            except Exception as exc:  # every caller of the group gets it; the drain goes on with the next group
                for _, future in group:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(group, results):
                if not future.done():
                    future.set_result(result)
