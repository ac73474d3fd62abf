"""Prometheus metrics: one fixed set of names, all prefixed ``hub_``, exposed as text at ``GET /metrics``.

Counted as things happen (per ``Metrics`` object, i.e. per hub; projection throughput per process):

===================================== ========= ============================ =============================================
name                                  type      labels                       incremented / observed in
===================================== ========= ============================ =============================================
hub_ingest_records_total              counter   adapter, outcome             ``hub.api.ingest``: each batch's per-record
                                                (accepted|duplicate|         outcomes (``IngestReport.counts``); parked =
                                                pending|rejected|parked)     put in quarantine, pending = position not
                                                                             known yet (``hub.ingest.results``)
hub_events_appended_total             counter   adapter                      ``IngestService._append``: events newly
                                                                             written to the log (re-driven ones included)
hub_http_request_duration_seconds     histogram method, route, status        ``RequestContext`` middleware; ``route`` is
                                                                             the template (``/v1/students/{student_id}/
                                                                             diary``) or ``unmatched``; ``status`` the code
hub_projection_events_total           counter   projection                   ``ProjectionWorker._count``: records a
                                                                             committed batch consumed (applied or skipped)
hub_projection_events_applied_total   counter   projection                   the same: events handed to the projection
hub_projection_batches_total          counter   projection                   the same: committed batches
hub_scrape_errors_total               counter   source (log|views|averages)  a scrape that could not read a source
===================================== ========= ============================ =============================================

Computed at scrape time (``scrape``: from ``projection_offsets`` in the views database and the log's high
watermarks, bounded by ``SCRAPE_TIMEOUT_S``; a source that fails or is slow is left out and counted in
``hub_scrape_errors_total``, the scrape itself never fails):

* ``hub_projection_lag_events{projection, version}``: sum over partitions of high watermark minus stored next offset
  (a partition without a stored offset counts from 0).
* ``hub_projection_lag_seconds{projection, version}``: age of the oldest record not yet applied (the record at the
  stored offset of each lagging partition is read, one record per partition); 0 when caught up.
* ``hub_projection_dead_letters{projection}``: open rows (``resolved_at IS NULL``) of ``projection_dead_letters``;
  absent while that table does not exist.
* ``hub_average_disagreements{school}``: averages a journal reported (``average.reported``) that differ from the
  hub's own figure for the same student, subject and period at the journal's precision
  (``projections.vendor_averages``; listed by ``GET /v1/operator/average-disagreements``); a school with none has
  no series; absent while the views are not created.

Processes: ``hub serve --workers N`` runs N processes; it points ``PROMETHEUS_MULTIPROC_DIR`` at a fresh directory
(``fresh_multiprocess_dir``) so counters and histograms are written to shared files and every worker's ``/metrics``
sums all of them (``MultiProcessCollector``). ``hub project`` has no API: with ``HUB_METRICS_PORT`` it serves its
projection counters on that port (``serve_process_metrics``). Lag and dead letters come from the API's ``/metrics``.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import Engine, inspect, select, text

from hub import clock
from hub.log.port import EventLog
from hub.obs import Ev, log
from hub.projector.offsets import projection_offsets

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
SCRAPE_TIMEOUT_S = 2.0
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
OUTCOMES = ("accepted", "duplicate", "pending", "rejected", "parked")
SOURCES = ("log", "views", "averages")
DEAD_LETTERS = "projection_dead_letters"
UNMATCHED = "unmatched"

disable_created_metrics()  # no *_created series: they double the series count and nothing here reads them

# Probes (readiness, scrape-time reads) run here, not in the loop's default pool: a database that hangs can block
# at most these threads, and later probes time out waiting for them instead of starving request handlers.
PROBE_POOL = ThreadPoolExecutor(4, thread_name_prefix="hub-probe")
T = TypeVar("T")


async def in_probe_thread(fn: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(PROBE_POOL, fn, *args)


# Projection throughput: per process, because ``ProjectionWorker`` runs wherever it is started (``hub project``,
# ``hub demo``'s background tasks, tests) and knows no hub.
PROCESS_REGISTRY = CollectorRegistry()
_PROJECTION_EVENTS = Counter("hub_projection_events", "Log records consumed by committed projection batches "
                             "(applied or skipped)", ["projection"], registry=PROCESS_REGISTRY)
_PROJECTION_APPLIED = Counter("hub_projection_events_applied", "Events handed to the projection by committed "
                              "batches", ["projection"], registry=PROCESS_REGISTRY)
_PROJECTION_BATCHES = Counter("hub_projection_batches", "Committed projection batches", ["projection"],
                              registry=PROCESS_REGISTRY)


def projection_batch(projection: str, events: int, applied: int, batches: int = 1) -> None:
    """A projection stored ``batches`` batches (one, or deferred ones whose offset a later transaction stored) of
    ``events`` log records, ``applied`` of which it handles."""
    _PROJECTION_EVENTS.labels(projection).inc(events)
    _PROJECTION_APPLIED.labels(projection).inc(applied)
    _PROJECTION_BATCHES.labels(projection).inc(batches)


class Metrics:
    """The counters of one hub and its exposition. ``multiprocess_dir`` (``PROMETHEUS_MULTIPROC_DIR``, read by
    ``Settings``) switches the exposition to the files every worker process writes."""

    def __init__(self, multiprocess_dir: str = "") -> None:
        self.multiprocess_dir = multiprocess_dir
        self.registry = CollectorRegistry()
        self._records = Counter("hub_ingest_records", "Vendor records per ingest outcome", ["adapter", "outcome"],
                                registry=self.registry)
        self._appended = Counter("hub_events_appended", "Events newly appended to the log", ["adapter"],
                                 registry=self.registry)
        self._requests = Histogram("hub_http_request_duration_seconds", "HTTP request duration (to the last byte)",
                                   ["method", "route", "status"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self._scrape_errors = Counter("hub_scrape_errors", "Scrapes that could not read a source", ["source"],
                                      registry=self.registry)
        for source in SOURCES:
            self._scrape_errors.labels(source)

    def ingest_batch(self, adapter: str, counts: dict[str, int]) -> None:
        """One batch's outcome counts (every outcome, zeros included, so each series exists once seen)."""
        for outcome in OUTCOMES:
            self._records.labels(adapter, outcome).inc(counts.get(outcome, 0))

    def events_appended(self, adapter: str, count: int) -> None:
        self._appended.labels(adapter).inc(count)

    def request_finished(self, method: str, route: str, status: int, seconds: float) -> None:
        self._requests.labels(method, route, str(status)).observe(seconds)

    def scrape_failed(self, source: str, exc: BaseException) -> None:
        self._scrape_errors.labels(source).inc()
        error = "timed out" if isinstance(exc, TimeoutError) else repr(exc)[:300]
        log(Ev.METRICS_SCRAPE_FAILED, level="warning", source=source, error=error)

    def exposition(self, scraped: Iterable[Metric] = ()) -> bytes:
        """The text exposition: this hub's counters (all workers' in multi-process mode), this process's
        projection counters, and ``scraped`` (from ``scrape``)."""
        if self.multiprocess_dir:
            counted = CollectorRegistry()
            MultiProcessCollector(counted, path=self.multiprocess_dir)
            collectors: list[Any] = [counted]
        else:
            collectors = [self.registry, PROCESS_REGISTRY]
        return generate_latest(_Together([*collectors, _Fixed(list(scraped))]))


class _Fixed:
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        return iter(self.families)


class _Together:
    def __init__(self, collectors: list[Any]) -> None:
        self.collectors = collectors

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


def route_template(scope: dict[str, Any]) -> str:
    """The matched route's template (set in the scope by Starlette's router), never the raw path."""
    route = scope.get("route")
    return getattr(route, "path", None) or UNMATCHED


# Scrape time ------------------------------------------------------------------------------------------------------


async def scrape(metrics: Metrics, event_log: EventLog, views: Engine, projections: Iterable[Any] | None = None,
                 timeout: float = SCRAPE_TIMEOUT_S) -> list[Metric]:
    """The gauges computed at scrape time. Never raises: a failed or slow source is counted and left out.

    1. Concurrently: read the stored offsets (and open dead letters) from the views database, and the log's high
       watermarks.
    2. Lag in events per projection version from both.
    3. Read the oldest unapplied record of each lagging partition (deduplicated across projections) for the lag
       in seconds, within what is left of ``timeout``.
    """
    if projections is None:
        from projections import ALL_PROJECTIONS

        projections = ALL_PROJECTIONS
    wanted = [(p.name, p.version) for p in projections]
    deadline = time.monotonic() + timeout
    views_read, marks, disagreements = await asyncio.gather(  # step 1
        _guarded(metrics, "views", in_probe_thread(_read_views, views), deadline),
        _guarded(metrics, "log", event_log.high_watermarks(), deadline),
        _guarded(metrics, "averages", in_probe_thread(_read_disagreements, views), deadline))
    families: list[Metric] = []
    if views_read is not None and views_read[1] is not None:
        families.append(_dead_letters_family([name for name, _ in wanted], views_read[1]))
    if disagreements is not None:
        families.append(_disagreements_family(disagreements))
    if views_read is None or marks is None:
        return families
    stored = {key: views_read[0].get(key, {}) for key in wanted}
    lag = {key: sum(max(0, mark - offsets.get(p, 0)) for p, mark in marks.items()) for key, offsets in stored.items()}
    families.append(_gauge("hub_projection_lag_events", "Events in the log a projection has not applied yet",
                           {key: float(value) for key, value in lag.items()}))  # step 2
    oldest = await _guarded(metrics, "log", _oldest_unapplied(event_log, stored, marks), deadline)  # step 3
    if oldest is not None:
        seconds = {key: _age_seconds(offsets_behind(offsets, marks), oldest) for key, offsets in stored.items()}
        families.append(_gauge("hub_projection_lag_seconds", "Age of the oldest event a projection has not applied "
                               "yet (0 when caught up)", seconds))
    return families


def offsets_behind(offsets: dict[int, int], marks: dict[int, int]) -> list[tuple[int, int]]:
    """``(partition, next offset)`` of each partition where the log has records past the stored offset."""
    return [(p, offsets.get(p, 0)) for p, mark in marks.items() if offsets.get(p, 0) < mark]


def _age_seconds(behind: list[tuple[int, int]], timestamps_ms: dict[tuple[int, int], int]) -> float:
    """How long ago the oldest of the records at ``behind`` was appended (0 when there is none)."""
    found = [timestamps_ms[position] for position in behind if position in timestamps_ms]
    return max(0.0, clock.now_ms() / 1000 - min(found) / 1000) if found else 0.0


async def _oldest_unapplied(event_log: EventLog, stored: dict[tuple[str, int], dict[int, int]],
                            marks: dict[int, int]) -> dict[tuple[int, int], int]:
    positions = sorted({pos for offsets in stored.values() for pos in offsets_behind(offsets, marks)})
    records = await asyncio.gather(*(event_log.read(p, o, 1) for p, o in positions))
    return {pos: found[0].timestamp_ms for pos, found in zip(positions, records) if found}


async def _guarded(metrics: Metrics, source: str, work: Awaitable[T], deadline: float) -> T | None:
    try:
        return await asyncio.wait_for(work, max(0.0, deadline - time.monotonic()))
    except Exception as exc:  # anything: a scrape must answer
        metrics.scrape_failed(source, exc)
        return None


def _read_views(engine: Engine) -> tuple[dict[tuple[str, int], dict[int, int]], dict[str, int] | None]:
    """Stored offsets ``{(projection, version): {partition: next_offset}}`` and open dead letters per projection
    (None while the dead-letter table does not exist)."""
    t = projection_offsets
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        stored: dict[tuple[str, int], dict[int, int]] = {}
        if t.name in tables:
            for name, version, partition, next_offset in conn.execute(
                    select(t.c.projection, t.c.version, t.c.partition, t.c.next_offset)):
                stored.setdefault((name, version), {})[partition] = next_offset
        dead = None
        if DEAD_LETTERS in tables:
            dead = {name: count for name, count in conn.execute(text(
                f"SELECT projection, COUNT(*) FROM {DEAD_LETTERS} WHERE resolved_at IS NULL GROUP BY projection"))}
    return stored, dead


def _read_disagreements(engine: Engine) -> dict[str, int] | None:
    """Average disagreements per school (None while the views they are read from do not exist). A read of its
    own (source ``averages``): at a large hub it is the slowest, and must not cost the lag figures."""
    from projections import vendor_averages

    with engine.connect() as conn:
        inspector = inspect(conn)
        if not vendor_averages.TABLES <= set(inspector.get_table_names()) | set(inspector.get_view_names()):
            return None
        return vendor_averages.count_by_school(conn)


def _dead_letters_family(names: list[str], dead: dict[str, int]) -> Metric:
    family = GaugeMetricFamily("hub_projection_dead_letters", "Open dead letters (events a projection could not "
                               "apply, not yet resolved)", labels=["projection"])
    for name in sorted(set(names) | set(dead)):
        family.add_metric([name], float(dead.get(name, 0)))
    return family


def _disagreements_family(counts: dict[str, int]) -> Metric:
    family = GaugeMetricFamily("hub_average_disagreements", "Averages a journal reported that differ from the "
                               "hub's own figure at the journal's precision", labels=["school"])
    for school, count in sorted(counts.items()):
        family.add_metric([school], float(count))
    return family


def _gauge(name: str, documentation: str, values: dict[tuple[str, int], float]) -> Metric:
    family = GaugeMetricFamily(name, documentation, labels=["projection", "version"])
    for (projection, version), value in sorted(values.items()):
        family.add_metric([projection, str(version)], value)
    return family


# Processes --------------------------------------------------------------------------------------------------------


def fresh_multiprocess_dir(data_dir: Path, port: int) -> Path:
    """An empty directory for the worker processes' metric files of ``hub serve`` on ``port`` (files of a
    previous run would be summed in otherwise)."""
    path = Path(data_dir) / f"metrics-{port}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def serve_process_metrics(host: str, port: int) -> None:
    """Serve this process's projection counters at ``http://host:port/metrics`` (``hub project``; a daemon
    thread, no authentication: bind it to the internal network)."""
    from prometheus_client import start_http_server

    start_http_server(port, addr=host, registry=PROCESS_REGISTRY)
