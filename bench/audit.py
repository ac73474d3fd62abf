"""``python -m bench.audit [DATA_DIR]``: the auditor's reads timed on the demo school, and what the audit view
costs the projector (figures in the README).

1. Seed the demo school as ``hub demo`` does (through the HTTP API, on a free port, into ``DATA_DIR`` or a
   temporary folder; an already seeded ``DATA_DIR`` is reused).
2. Time, in-process on the embedded engines: a student's diary as of the end and the middle of the history
   (median of 5), the whole school rebuilt as of the end, the school's full history stream, its late changes,
   and ``hub replay`` of it.
3. Project the benchmark workload (``bench.workload``, 50,000 events) into SQLite and PostgreSQL with and without
   the audit view, and print the CPU per event of the projector and of PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from hub.api.audit import _lines
from hub.audit import as_of, late, query
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.demo.dataset import SCHOOL
from hub.demo.run import run_demo
from hub.replay import replay
from projections import audit, diary_reads

STUDENT, WEEK = "st-5a-01", (dt.date(2026, 11, 9), dt.date(2026, 11, 20))


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall seconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def stream_all(hub) -> tuple[int, int]:  # noqa: ANN001
    cursor, count, size, raw = None, 0, 0, query.RawRecords(hub.raw)
    while True:
        lines, cursor = _lines(hub, query.Filters(schools=(SCHOOL,)), cursor, 500, raw)
        count, size = count + len(lines), size + sum(map(len, lines))
        if cursor is None:
            return count, size


async def main(data_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(mode=Mode.DEV, data_dir=data_dir, port=port, log_level="warning")
    if not (data_dir / "log.db").exists():
        await run_demo(settings, serve_forever=False)
    hub = build_hub(settings)
    await hub.start()
    e = audit.events
    with hub.views.connect() as conn:
        first, last, total = conn.execute(select(func.min(e.c.recorded_us), func.max(e.c.recorded_us), func.count())
                                          .where(e.c.school_id == SCHOOL)).one()
        narrowed = conn.execute(select(func.count()).where(*as_of._matching(last, [SCHOOL], [STUDENT]))).scalar()
    print(f"school {SCHOOL}: {total} events in the audit view; {STUDENT}'s as-of replays {narrowed} of them")
    for label, moment in (("end", last), ("middle", (first + last) // 2)):
        seconds = timed(lambda: as_of.read_as_of(hub.views, SCHOOL, STUDENT, moment, diary_reads.read_diary, *WEEK))
        print(f"diary as of the {label} of the history: {seconds * 1000:.0f} ms")

    def whole_school() -> None:
        with as_of.views_as_of(hub.views, last, [SCHOOL]):
            pass

    seconds = timed(whole_school, 3)
    print(f"whole school rebuilt as of the end: {seconds:.2f} s ({total / seconds:,.0f} events/s)")
    started = time.perf_counter()
    count, size = stream_all(hub)
    seconds = time.perf_counter() - started
    print(f"history stream: {count} events, {size / 1e6:.0f} MB in {seconds:.2f} s ({count / seconds:,.0f} events/s)")
    started = time.perf_counter()
    with hub.views.connect() as conn:
        changes = late.late_changes(conn, SCHOOL, None)["changes"]
    print(f"late changes: {len(changes)} in {time.perf_counter() - started:.2f} s")
    print((await replay(hub.log, SCHOOL, data_dir / "replay.jsonl")).line())
    await hub.close()


def projector_cost(events: int = 50_000) -> None:
    """Step 3: CPU per event with and without the audit view (the spawned projector runs the projections named)."""
    import projections
    from bench.projection import run_projection
    from bench.workload import prepare

    work = prepare(events, 500, bodies=False, outgoing=True)
    others = tuple(p.name for p in projections.ALL_PROJECTIONS if p is not audit.PROJECTION)
    for views in ("sqlite", "postgres"):
        for label, chosen in (("without audit", others), ("with audit", (*others, audit.PROJECTION.name))):
            window = run_projection(views, work.outgoing, names=chosen)["window"]
            cpu = {name: window["wall_s"] * percent / 100 / events * 1e6
                   for name, percent in window["cpu_percent"].items() if percent is not None}
            spent = ", ".join(f"{name} {us:.0f} us" for name, us in cpu.items())
            print(f"projector into {views}, {label}: {spent} CPU per event "
                  f"(other processes {window['other_cpu_percent']}%)")


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="hub-bench-audit-"))
    asyncio.run(main(folder))
    projector_cost()
