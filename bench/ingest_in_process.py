"""What ingest costs without HTTP, and on which thread: ``python -m bench.ingest_in_process [--events N]``.

The native records of section 1 (``bench.workload.native_records``), in batches of 500, four at a time, straight
into ``IngestService.ingest`` of a fresh hub on the embedded default (a temporary directory). Per run it prints
events/s and the CPU per event of each of this process's threads by role, read from ``/proc/self/task``: the event
loop; the log's writer and reader; the default executor's threads (the raw batch, the vendor directory).

Then, on copies of the same batches, the event loop's two largest steps alone (translating a batch,
``translate_batch``; its ledger entries, ``encode`` and ``fingerprint``), and what handing a translated batch to
another process and back would cost (``pickle`` both ways, the transfer a process pool needs): the figure that says
whether moving translation off the event loop can pay.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import pickle
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from adapters.base import TranslationContext
from adapters.registry import all_adapters
from bench.workload import native_records
from hub import clock
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.ingest.results import Client, RecordResult
from hub.ingest.service import _entry
from hub.ingest.translate_batch import Translated, translate_batch
from hub.obs import configure_logging

BATCH, CONCURRENCY, WARM_UP = 500, 4, 2  # as section 1: batches per request, requests at a time, warm-up batches
ROLES = (("MainThread", "event loop"), ("log-writer", "log writer"), ("log-reader", "log reader"),
         ("asyncio", "executor threads"))


def thread_cpu_s() -> dict[int, float]:
    """CPU seconds (user + system) of each thread of this process, by native id; {} where /proc is missing."""
    tick, found = os.sysconf("SC_CLK_TCK"), {}
    for task in Path("/proc/self/task").glob("*") if Path("/proc/self/task").is_dir() else []:
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        found[int(task.name)] = (int(fields[11]) + int(fields[12])) / tick
    return found


def role_of(thread_name: str) -> str:
    return next((role for prefix, role in ROLES if thread_name.startswith(prefix)), "other")


async def ingest_run(batches: list[list[dict[str, Any]]], data_dir: Path) -> dict[str, Any]:
    """Ingest ``batches`` into a fresh hub in ``data_dir``; events/s and CPU microseconds per event by role."""
    schools = sorted({record["school_id"] for batch in batches for record in batch})
    hub = build_hub(Settings(mode=Mode.DEV, data_dir=data_dir))
    await hub.start()
    try:
        registered, _token = hub.clients.create("native", schools)
        client, adapter = Client(registered.client_id, "native", frozenset(schools)), all_adapters()["native"]
        for batch in batches[:WARM_UP]:
            await hub.ingest.ingest(client, adapter, batch, False)
        timed, gate = batches[WARM_UP:], asyncio.Semaphore(CONCURRENCY)

        async def one(batch: list[dict[str, Any]]) -> None:
            async with gate:
                await hub.ingest.ingest(client, adapter, batch, False)

        before, wall = thread_cpu_s(), time.perf_counter()
        await asyncio.gather(*(one(batch) for batch in timed))
        wall, after = time.perf_counter() - wall, thread_cpu_s()
    finally:
        await hub.close()
    events, names = sum(map(len, timed)), {t.native_id: t.name for t in threading.enumerate()}
    by_role: dict[str, float] = {}
    for tid, cpu in after.items():
        role = role_of(names.get(tid, ""))
        by_role[role] = by_role.get(role, 0.0) + (cpu - before.get(tid, 0.0)) / events * 1e6
    return {"events": events, "events_per_s": events / wall, "cpu_us": by_role}


def steps(batches: list[list[dict[str, Any]]]) -> dict[str, float]:
    """CPU microseconds per event of the event loop's largest steps, and of a process pool's transfer, alone."""
    schools = frozenset(record["school_id"] for batch in batches for record in batch)
    client, adapter = Client("bench", "native", schools), all_adapters()["native"]
    events = sum(map(len, batches))

    def translate(batch: list[dict[str, Any]]) -> tuple[Translated, list[RecordResult]]:
        results = [RecordResult(i) for i in range(len(batch))]
        ctx = TranslationContext("bench", clock.now())
        return translate_batch(client, adapter, batch, ctx, results, "batch"), results

    translated, translate_us = _timed(lambda: [translate(batch) for batch in batches], events)
    _, entries_us = _timed(lambda: [_entry(e, adapter, "bench") for t, _ in translated for _, e in t.pending], events)
    pickled, dump_us = _timed(lambda: [pickle.dumps(item, pickle.HIGHEST_PROTOCOL) for item in translated], events)
    _, load_us = _timed(lambda: [pickle.loads(item) for item in pickled], events)
    return {"translate_batch": translate_us, "ledger entries": entries_us, "pickle both ways": dump_us + load_us}


def _timed(work: Callable[[], Any], events: int) -> tuple[Any, float]:
    started = time.process_time()
    result = work()
    return result, (time.process_time() - started) / events * 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_in_process", description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="records per run (default 100,000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs, each printed (default 2)")
    args = parser.parse_args(argv)
    configure_logging("console", "warning")  # ingest's per-batch info lines would drown the report
    records = list(itertools.islice(native_records(args.events), args.events))
    batches = [records[i:i + BATCH] for i in range(0, len(records), BATCH)]
    print(f"{len(records):,} native records, batches of {BATCH}, {CONCURRENCY} at a time, embedded log, no HTTP")
    for run in range(1, args.repeat + 1):
        data_dir = Path(tempfile.mkdtemp(prefix="hub-bench-ingest-"))
        try:
            figures = asyncio.run(ingest_run(batches, data_dir))
        finally:
            shutil.rmtree(data_dir, ignore_errors=True)
        split = ", ".join(f"{role} {us:.1f}" for role, us in sorted(figures["cpu_us"].items(), key=lambda i: -i[1]))
        print(f"  run {run}: {figures['events_per_s']:,.0f} events/s; CPU per event "
              f"{sum(figures['cpu_us'].values()):.1f} us ({split})")
    alone = steps(batches[WARM_UP:])
    print("  alone, CPU per event: " + ", ".join(f"{step} {us:.1f} us" for step, us in alone.items()))


if __name__ == "__main__":
    main()
