"""The city dataset of the reads section: generated once into an embedded log, projected once into PostgreSQL,
both kept between runs.

1. The log: ``bench.workload.city_records(city)`` (native records of every school's roster, then its school
   days), translated by the native adapter and encoded as ingest would (``outgoing_chunks``), appended in chunks
   to ``<cache>/reads-<log key>/log.db``. The log key hashes the generator parameters, the partition count and the
   generator's source (``bench/workload.py``), so a change to either makes a new log.
2. The views: a PostgreSQL database ``hub_bench_reads_<views key>``, filled by ``project_all`` with EVERY
   registered projection over that log and timed (the "projection events/s, all views, city dataset" figure), then
   ``VACUUM ANALYZE`` (untimed: the planner statistics a live database keeps). The views key adds the cache root
   and each projection's name, version and table fingerprint to the log key: new or changed projections make a new
   database (the one it replaces is dropped).

``dataset.json`` beside the log records what was built, when, and the figures measured then; a run that finds
both reuses them (and says so). ``fresh=True`` rebuilds both, ``reproject=True`` only the database (to re-measure
the projection without generating again). The cache root is ``HUB_BENCH_CACHE`` or
``<tmp>/hub-bench-cache``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.workload import City, city_records, outgoing_chunks
from hub import clock

APPEND_CHUNK = 5000
DB_PREFIX = "hub_bench_reads_"
WORKLOAD_SOURCE = Path(__file__).resolve().parent / "workload.py"
EVENT_SOURCES = tuple(Path(__file__).resolve().parents[1] / rel for rel in (
    "adapters/native/translate.py", "hub/events/tenancy.py", "hub/events/scales.py",
    *(f"hub/events/types/{family}.py" for family in ("__init__", "common", "roster", "calendar", "marks", "daily"))))


@dataclass
class Dataset:
    city: City
    log_path: Path
    partitions: int
    db_name: str
    db_url: str
    events: int
    generation: dict[str, Any]  # seconds, events/s, mix, built_at, reused
    projection: dict[str, Any]  # events_per_s, window, rows, measured_at, reused, vacuum_analyze_s


def cache_root() -> Path:
    return Path(os.environ.get("HUB_BENCH_CACHE") or Path(tempfile.gettempdir()) / "hub-bench-cache")


def log_key(city: City, partitions: int) -> str:
    digest = hashlib.sha256(json.dumps({**asdict(city), "partitions": partitions}, sort_keys=True,
                                       default=str).encode())
    for source in (WORKLOAD_SOURCE, *EVENT_SOURCES):  # the generator and the code that makes its events
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def views_key(city: City, partitions: int) -> str:
    from hub.projector import versions
    from hub.store import migrate
    from projections import ALL_PROJECTIONS

    digest = hashlib.sha256(f"{log_key(city, partitions)} {cache_root().resolve()}\n".encode())  # one per cache
    digest.update(f"projector schema {migrate.head(migrate.PROJECTOR)}\n".encode())  # its bookkeeping tables too
    for projection in ALL_PROJECTIONS:
        digest.update(f"{projection.name} {projection.version} {versions.fingerprint(projection)}\n".encode())
    return digest.hexdigest()[:12]


def prepare_city(city: City, server_url: str, *, fresh: bool = False, reproject: bool = False, partitions: int = 8,
                 batch_size: int = 2000, say=print) -> Dataset:  # noqa: ANN001 - say: a print-like reporter
    """The dataset for ``city``, built (steps 1 and 2 of the module doc) where the cache lacks it."""
    from sqlalchemy import make_url

    folder = cache_root() / f"reads-{log_key(city, partitions)}"
    meta_path = folder / "dataset.json"
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    log_path = folder / "log.db"
    if "log" not in meta or not log_path.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        say(f"  generating {city.student_count:,} students into {log_path} (once; reused by later runs) ...")
        meta = {"city": asdict(city), "partitions": partitions, "log": _generate(city, log_path, partitions),
                "views": {}}
        _save(meta_path, meta)
    else:
        meta["log"]["reused"] = True
    key = views_key(city, partitions)
    db_name = f"{DB_PREFIX}{key}"
    db_url = make_url(server_url).set(database=db_name).render_as_string(hide_password=False)
    if reproject or key not in meta["views"] or not _database_exists(server_url, db_name):
        for stale in list(meta["views"]):
            _drop_database(server_url, f"{DB_PREFIX}{stale}")
            del meta["views"][stale]
        say(f"  projecting {meta['log']['events']:,} events with every registered projection into {db_name} ...")
        meta["views"][key] = _project(log_path, partitions, server_url, db_name, db_url, batch_size)
        _save(meta_path, meta)
    else:
        meta["views"][key]["reused"] = True
    return Dataset(city, log_path, partitions, db_name, db_url, meta["log"]["events"], meta["log"],
                   meta["views"][key])


def _generate(city: City, log_path: Path, partitions: int) -> dict[str, Any]:
    from hub.log.embedded import EmbeddedLog

    async def fill() -> int:
        log = EmbeddedLog(log_path, partitions)
        await log.start()
        count = 0
        try:
            for chunk in outgoing_chunks(city_records(city), APPEND_CHUNK, mix):
                await log.append(chunk)
                count += len(chunk)
        finally:
            await log.close()
        return count

    mix: Counter = Counter()
    started = time.perf_counter()
    events = asyncio.run(fill())
    seconds = time.perf_counter() - started
    total = sum(mix.values()) or 1
    return {"events": events, "seconds": round(seconds, 1), "events_per_s": round(events / seconds, 1),
            "built_at": clock.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S%z"), "reused": False,
            "mix": {k: v for k, v in mix.most_common()},
            "mix_percent": {k: round(100 * v / total, 1) for k, v in mix.most_common()}}


def _project(log_path: Path, partitions: int, server_url: str, db_name: str, db_url: str,
             batch_size: int) -> dict[str, Any]:
    from bench.projection import project_log

    _drop_database(server_url, db_name)
    _admin(server_url, f'CREATE DATABASE "{db_name}"')
    # backends show the database name in their process title: "postgres: 15/main: postgres <db> ..."
    stats, window = asyncio.run(project_log(log_path, partitions, [], db_url, batch_size, f" {db_name} ", None))
    events = max(s["events"] for s in stats.values())
    short = {name: s["events"] for name, s in stats.items() if s["events"] != events}
    if short:
        raise RuntimeError(f"projections did not consume all {events} events: {short}")
    started = time.perf_counter()
    _admin(db_url, "VACUUM ANALYZE")
    result = {"events": events, "events_per_s": round(events / window.wall, 1) if window.wall else 0.0,
              "batch_size": batch_size, "projections": stats, "rows_written": sum(s["rows"] for s in stats.values()),
              "window": window.as_dict(), "window_text": window.describe(),
              "vacuum_analyze_s": round(time.perf_counter() - started, 1),
              "measured_at": clock.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S%z"), "reused": False}
    from bench.report import cpu_cost

    result["cpu_us_per_event"] = cpu_cost(result)
    return result


def _admin(url: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def _database_exists(server_url: str, name: str) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is not None
    finally:
        engine.dispose()


def _drop_database(server_url: str, name: str) -> None:
    _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _save(path: Path, meta: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(meta, indent=2, ensure_ascii=False, default=str) + "\n")
    tmp.replace(path)
