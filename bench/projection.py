"""Section 3: projection events/s: every registered projection, run by ``project_all(..., until_caught_up=True)``
over an embedded log pre-filled (untimed) with the workload's events, into SQLite and into PostgreSQL.

PostgreSQL gets a fresh database ``hub_bench_<random>`` on the server (dropped afterwards, also on failure).
events/s counts each log event once, although every projection consumes all of them. The projector runs in a
process of its own (``project_log``): ``projector`` is its CPU, and its memory growth is its own.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import shutil
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.machine import (Window, process_cpu_seconds, process_rss_mib, processes_named, release_freed_memory,
                           reset_self_peak_rss, self_section_peak_rss_mib)

LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
FILL_CHUNK = 5000


def postgres_server_url(explicit: str | None = None) -> str:
    return (explicit or os.environ.get("HUB_BENCH_POSTGRES_URL") or os.environ.get("HUB_TEST_POSTGRES_URL")
            or LOCAL_POSTGRES)


def postgres_version(server_url: str) -> str | None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            return conn.execute(text("SHOW server_version")).scalar()
    except Exception:
        return None
    finally:
        engine.dispose()


@contextmanager
def fresh_postgres_database(server_url: str):
    """Create ``hub_bench_<random>``, yield (its URL, its name), drop it afterwards (FORCE: no stray sessions)."""
    from sqlalchemy import create_engine, make_url, text

    name = f"hub_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False), name
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


async def _fill(log, outgoing: list[Any]) -> None:  # noqa: ANN001
    for start in range(0, len(outgoing), FILL_CHUNK):
        await log.append(outgoing[start:start + FILL_CHUNK])


async def project_log(log_path: Path, partitions: int, outgoing: list[Any], db_url: str, batch_size: int,
                      backend_marker: str | None, profiler,  # noqa: ANN001
                      names: tuple[str, ...] | None = None) -> tuple[dict[str, Any], Window]:
    """Append ``outgoing`` to the embedded log at ``log_path`` (untimed; ``[]`` projects what it already holds),
    then time ``project_all`` of every registered projection (or those ``names``) into ``db_url``: (stats per
    projection, window).

    The projector runs in a process of its own (``_projector``, spawned: nothing inherited), as ``hub project``
    does: its CPU is that process's (``projector`` in the window) and its memory growth is measured there. In this
    process, memory an earlier run freed (SQLite before PostgreSQL) stayed resident and was reused unseen, so the
    later run's growth read low (111 instead of 188 MiB at 400,000 events)."""
    from hub.log.embedded import EmbeddedLog
    from hub.store.db import make_engine
    from projections import create_schema

    log = EmbeddedLog(log_path, partitions)
    await log.start()
    try:
        await _fill(log, outgoing)
    finally:
        await log.close()
    engine = make_engine(db_url)
    try:
        await asyncio.to_thread(create_schema, engine)  # what a fresh deployment has before the first projector
    finally:
        engine.dispose()
    spawn = multiprocessing.get_context("spawn")
    ours, theirs = spawn.Pipe()
    child = spawn.Process(target=_projector, args=(theirs, str(log_path), partitions, db_url, batch_size, names),
                          name="hub-bench-projector", daemon=True)
    child.start()
    theirs.close()  # the child's end, closed here: if the child dies, recv raises EOFError instead of waiting forever
    try:
        _expect(await asyncio.to_thread(_receive, ours, child), "ready")
        backends0 = _cpu_of(backend_marker)
        if profiler is not None:
            profiler.start(child.pid, f"projector-{_dialect(db_url)}")
        with Window({"projector": child.pid, **(profiler.pids if profiler is not None else {})}) as window:
            ours.send("go")
            stats, rss0, peak = _expect(await asyncio.to_thread(_receive, ours, child), "result")
        if profiler is not None:
            profiler.stop()
        if backend_marker:
            window.add_cpu("postgres", max(0.0, _cpu_of(backend_marker) - backends0))
        if peak is not None and rss0 is not None:
            window.memory_growth_mib, window.memory_mib = round(peak - rss0, 1), (rss0, peak)
        ours.send("done")
        await asyncio.to_thread(child.join, 60)
    finally:
        if child.is_alive():
            child.kill()
            child.join()
    return stats, window


def _receive(conn: Any, child: Any) -> tuple:
    """The projector process's next message; its death (before it could say why) raised here."""
    try:
        return conn.recv()
    except EOFError:
        child.join(5)
        raise RuntimeError(f"the projector process ended without an answer (exit code {child.exitcode})") from None


def _dialect(db_url: str) -> str:
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


def _expect(message: tuple, kind: str) -> tuple:
    """The payload of a ``(kind, ...)`` message from the projector process; its failure raised here."""
    if message[0] == "error":
        raise RuntimeError(f"the projector process failed: {message[1]}")
    if message[0] != kind:
        raise RuntimeError(f"expected {kind!r} from the projector process, got {message[0]!r}")
    return message[1:]


def _projector(pipe, log_path: str, partitions: int, db_url: str, batch_size: int,  # noqa: ANN001
               names: tuple[str, ...] | None) -> None:
    """The projector process: open the log and the database, say ``ready``, project everything on ``go``, send
    ``("result", stats, RSS at the start, peak RSS)``, exit on ``done`` (its CPU is read while it still runs)."""
    try:
        asyncio.run(_project_here(pipe, Path(log_path), partitions, db_url, batch_size, names))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        pipe.send(("error", repr(exc)[:2000]))


async def _project_here(pipe, log_path: Path, partitions: int, db_url: str, batch_size: int,  # noqa: ANN001
                        names: tuple[str, ...] | None) -> None:
    from hub import heap
    from hub.log.embedded import EmbeddedLog
    from hub.projector.runner import project_all
    from hub.store.db import make_engine
    from projections import ALL_PROJECTIONS

    log = EmbeddedLog(log_path, partitions)
    await log.start()
    engine = make_engine(db_url)
    try:
        heap.settle(gc_gen0_threshold())  # as `hub project` does before projecting
        pipe.send(("ready",))
        pipe.recv()
        release_freed_memory()  # the baseline is what the process holds live
        reset_self_peak_rss()  # the projector's own memory: from here to the peak while it projects
        rss0 = process_rss_mib(os.getpid())
        chosen = [p for p in ALL_PROJECTIONS if names is None or p.name in names]
        stats = await project_all(log, engine, chosen, until_caught_up=True, batch_size=batch_size)
        pipe.send(("result", {name: vars(s) for name, s in stats.items()}, rss0, self_section_peak_rss_mib()))
        pipe.recv()
    finally:
        await log.close()
        engine.dispose()


def gc_gen0_threshold() -> int:
    """``HUB_GC_GEN0_THRESHOLD`` as ``hub serve`` and ``hub project`` read it: the one setting the bench passes
    through to them (``bench.ingest_http.PASSED_THROUGH``), to compare the collector's settings (``hub.heap``)."""
    from hub.config import Settings

    value = os.environ.get("HUB_GC_GEN0_THRESHOLD")
    return int(value) if value else Settings.model_fields["gc_gen0_threshold"].default


def _cpu_of(marker: str | None) -> float:
    if not marker:
        return 0.0
    return sum(process_cpu_seconds(pid) or 0.0 for pid in processes_named(marker))


def run_projection(views: str, outgoing: list[Any], *, partitions: int = 8, batch_size: int = 2000,
                   postgres_url: str | None = None, profiler=None,  # noqa: ANN001
                   names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Project ``outgoing`` into a fresh ``views`` database ("sqlite" or "postgres") with every registered
    projection, or only those ``names``; the projector runs in a process of its own (``project_log``)."""
    tmp = Path(tempfile.mkdtemp(prefix=f"hub-bench-projection-{views}-"))
    try:
        if views == "sqlite":
            stats, window = asyncio.run(project_log(tmp / "log.db", partitions, outgoing,
                                                    f"sqlite:///{tmp / 'views.db'}", batch_size, None, profiler,
                                                    names))
            target = "sqlite (file in a temp dir)"
        else:
            with fresh_postgres_database(postgres_server_url(postgres_url)) as (db_url, name):
                # backends show the database name in their process title: "postgres: 15/main: postgres <db> ..."
                stats, window = asyncio.run(project_log(tmp / "log.db", partitions, outgoing, db_url, batch_size,
                                                        f" {name} ", profiler, names))
                target = f"postgresql database {name} (dropped)"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    events = len(outgoing)
    short = {name: s["events"] for name, s in stats.items() if s["events"] != events}
    if short:
        raise RuntimeError(f"projections did not consume all {events} events: {short}")
    return {"views": views, "events_per_s": round(events / window.wall, 1) if window.wall else 0.0,
            "events": events, "batch_size": batch_size, "projections": stats, "target": target,
            "rows_written": sum(s["rows"] for s in stats.values()),
            "projector_memory_growth_mib": window.memory_growth_mib, "projector_rss_mib": window.memory_mib,
            "window": window.as_dict(),
            "window_text": window.describe()}
