"""Shadow rebuilds: build the next version of a projection beside the live one while reads go on, then switch.

``rebuild`` (the ``hub projections rebuild NAME`` command) follows these steps:

1. ``versions.begin_build``: register version N as ``building`` with its own tables (or resume an interrupted
   rebuild of this code where it stopped: its offsets are kept).
2. Catch up: a worker applies the log to version N up to the high watermarks of this moment, reporting progress.
   Reads keep using the live version: N has its own tables and no view points at it.
3. Compare N with the live version, table by table (``hub.projector.diff``), and report.
4. Unless told not to switch (or refused at the ``--confirm`` prompt): catch up once more (the log moved on while
   comparing) and switch the views to N in one transaction; the old version becomes ``standby``.
5. Unless ``keep_old``: drop the old version's tables and offsets. Kept, it stays maintained by ``hub project``
   and ``rollback`` switches back to it instantly.

A version left ``building`` (``--no-switch``, a refusal, a crash) is maintained by running projector processes
like any other, so ``switch`` can make it live later without another rebuild.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, MetaData, Table, func, inspect, select

from hub.log.port import EventLog
from hub.obs import Ev, log
from hub.projector import versions
from hub.projector.diff import TableDiff, diff_tables
from hub.projector.runner import ProjectionWorker

Say = Callable[[str], None]
Confirm = Callable[[str], bool]
PROGRESS_EVERY_S = 1.0


@dataclass
class RebuildResult:
    projection: str
    version: int
    previous: int
    resumed: bool
    events: int
    seconds: float
    diffs: list[TableDiff] = field(default_factory=list)
    switched: bool = False
    dropped: bool = False


async def rebuild(log_: EventLog, engine: Engine, projection, *, switch: bool = True, keep_old: bool = False,
                  confirm: Confirm | None = None, say: Say = print, batch_size: int = 2000) -> RebuildResult:
    """Steps 1-5 above; ``confirm`` (if given) is asked before switching and may refuse."""
    live = await asyncio.to_thread(versions.ensure_live, engine, projection)
    version, resumed = await asyncio.to_thread(versions.begin_build, engine, projection)  # step 1
    say(f"{'resuming' if resumed else 'building'} {projection.name} v{version} beside live v{live}")
    started = time.monotonic()
    events = await catch_up(log_, engine, projection, version, say, batch_size)  # step 2
    result = RebuildResult(projection.name, version, live, resumed, events, time.monotonic() - started)
    say(f"{projection.name} v{version}: caught up, {events:,} events in {result.seconds:.1f} s")
    result.diffs = await asyncio.to_thread(compare, engine, projection, live, version)  # step 3
    for line in render_diff(result.diffs):
        say(line)
    if not switch or (confirm is not None and not confirm(f"switch reads of {projection.name} to v{version}?")):
        say(f"{projection.name} v{version} left building; `hub projections switch {projection.name} {version}` "
            f"makes it live")
        return result
    await catch_up(log_, engine, projection, version, say, batch_size)  # step 4
    await asyncio.to_thread(versions.switch, engine, projection, version)
    result.switched = True
    log(Ev.PROJECTION_SWITCHED, projection=projection.name, version=version, reason=f"rebuild; was v{live}")
    say(f"switched reads: {projection.name} v{live} -> v{version}")
    if not keep_old:  # step 5
        await asyncio.to_thread(versions.drop, engine, projection, live)
        result.dropped = True
        log(Ev.PROJECTION_DROPPED, projection=projection.name, version=live)
        say(f"dropped {projection.name} v{live} (tables and offsets)")
    else:
        say(f"kept {projection.name} v{live} as standby; `hub projections rollback {projection.name}` returns to it")
    return result


async def catch_up(log_: EventLog, engine: Engine, projection, version: int, say: Say = print,
                   batch_size: int = 2000) -> int:
    """Apply the log to ``version`` up to the current high watermarks; returns the events consumed."""
    targets = await log_.high_watermarks()
    worker = ProjectionWorker(log_, engine, projection, batch_size, version=version)
    stop, total = asyncio.Event(), sum(targets.values())
    task = asyncio.create_task(worker.run(stop, targets))
    last = time.monotonic()
    while not task.done():
        await asyncio.wait({task}, timeout=PROGRESS_EVERY_S)
        if not task.done() and time.monotonic() - last >= PROGRESS_EVERY_S:
            done = sum(worker.expected.values())
            say(f"  {projection.name} v{version}: {done:,}/{total:,} log events ({100 * done / max(total, 1):.0f}%)")
            log(Ev.PROJECTION_REBUILD_PROGRESS, projection=projection.name, version=version, offset=done,
                count=total)
            last = time.monotonic()
    return (await task).events


def compare(engine: Engine, projection, old: int, new: int) -> list[TableDiff]:
    """Diff each table of version ``old`` against ``new``, both as they are in the database (reflected: the old
    version may have been created by other code, with other columns)."""
    with engine.connect() as conn:
        diffs = []
        for template in projection.tables:
            if not inspect(conn).has_table(versions.physical(template, old).name):  # a table the old code lacked
                count = conn.execute(select(func.count()).select_from(versions.physical(template, new))).scalar()
                diffs.append(TableDiff(template.name, new_rows=count, added=count))
                continue
            before, after = (Table(versions.physical(template, v).name, MetaData(), autoload_with=conn)
                             for v in (old, new))
            diffs.append(diff_tables(conn, template.name, before, after))
        return diffs


def render_diff(diffs: list[TableDiff]) -> list[str]:
    lines = []
    for d in diffs:
        lines.append(f"  {d.table}: {d.added:,} added, {d.changed:,} changed, {d.removed:,} removed "
                     f"({d.old_rows:,} -> {d.new_rows:,} rows)")
        if d.columns_added or d.columns_removed:
            lines.append(f"    columns added {d.columns_added or '-'}, removed {d.columns_removed or '-'}")
        for example in d.examples:
            sign = {"added": "+", "removed": "-", "changed": "~"}[example["kind"]]
            extra = f" {example['changes']}" if "changes" in example else ""
            lines.append(f"    {sign} {example['key']}{extra}")
    return lines
