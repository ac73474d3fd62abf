"""The sections of ``python -m bench`` (see its docstring), each printing its figures as it goes and returning them.

``Bench`` is what every section reads: the options, the workload, the Kafka broker, the machine, the profiler,
the memory figures, and whether a section failed (a failed section makes the run exit 1; MISS is a finding).
"""

from __future__ import annotations

import argparse
import traceback
from dataclasses import dataclass, field
from typing import Any

from bench import report
from bench.targets import target_rows
from bench.machine import reset_self_peak_rss, self_peak_rss_mib, self_section_peak_rss_mib
from bench.report import out


@dataclass
class Bench:
    args: argparse.Namespace
    sections: list[str]
    log_engines: list[str]
    view_engines: list[str]
    info: dict[str, Any]
    work: Any = None  # bench.workload.Workload
    kafka: dict[str, Any] = field(default_factory=dict)
    postgres_url: str | None = None
    profiler: Any = None  # bench.profile.Profiler | None
    memory: dict[str, Any] = field(default_factory=dict)
    failed: bool = False


def ingest(b: Bench) -> dict[str, Any]:
    """Section 1: native records through ``POST /v1/ingest/native`` of a ``hub serve`` process, per log engine."""
    ingest: dict[str, Any] = {}
    if "ingest" in b.sections:
        report.heading(f"1. Ingest through the HTTP API: native adapter, batches of {b.args.batch}, "
                       f"{b.args.connections} connections")
        for engine in b.log_engines:
            reset_self_peak_rss()
            try:
                if engine == "kafka" and not b.kafka.get("bootstrap"):
                    ingest[engine] = {"skipped": b.kafka.get("skipped", "no Kafka broker")}
                else:
                    ingest[engine] = _best_of(b.args.repeat, lambda n, engine=engine: _ingest_once(b, engine, n),
                                              profiled=b.profiler is not None and engine == "embedded")
                    b.memory["api_peak_rss_mib"][engine] = ingest[engine]["api_peak_rss_mib"]
                    b.memory["api_processes"][engine] = (ingest[engine].get("api_processes", 1),
                                                       ingest[engine].get("api_total_peak_rss_mib"))
            except Exception as exc:
                b.failed = True
                ingest[engine] = {"error": error_text(exc)}
            r = ingest[engine]
            goal = report.INGEST_EMBEDDED_TARGET if engine == "embedded" else report.INGEST_KAFKA_TARGET
            target = f"{report.verdict(r.get('events_per_s'), goal)} (target >= {goal:,.0f} events/s)"
            extra = "" if "latency_ms" not in r else (
                f" in {r['requests']} requests; latency p50 {r['latency_ms']['p50']} ms, p95 "
                f"{r['latency_ms']['p95']} ms; API peak RSS {r['api_peak_rss_mib']} MiB"
                + (f" ({r['api_rss_after_warmup_mib']} MiB after the warm-up)" if r.get("api_rss_after_warmup_mib")
                   else "")
                + (f" per process, {r['api_total_peak_rss_mib']} MiB over {r['api_processes']}"
                   if r.get("api_processes", 1) > 1 else "")
                + ("; TIME BOUND HIT" if r.get("timed_out") else ""))
            report.figure(f"[1] ingest   {engine:<9} {_engine_label(engine, r)}", r, extra, target)
    return ingest


def _ingest_once(b: Bench, engine: str, n: int) -> dict[str, Any]:
    """One run of section 1 on ``engine``; Kafka with its ledger in a fresh PostgreSQL database when there is a
    server (the production shape), else in SQLite."""
    from bench.ingest_http import run_ingest

    def run(state_url: str | None) -> dict[str, Any]:
        return run_ingest(engine, b.work.bodies, b.work.schools, b.args.batch, b.args.connections, b.args.warmup,
                          b.args.max_seconds, partitions=b.args.partitions, kafka_bootstrap=b.kafka.get("bootstrap"),
                          extra_pids=b.kafka.get("pids"), workers=b.args.api_workers, state_url=state_url,
                          profiler=b.profiler if n < 0 else None)

    if engine != "kafka" or not b.info.get("postgres_server"):
        return run(None)
    from bench.projection import fresh_postgres_database

    with fresh_postgres_database(b.postgres_url) as (url, _name):
        return run(url)


def stack_limit(b: Bench) -> dict[str, Any]:
    """Section 2c: the same bodies parsed, validated, id'd, encoded and ``append_unique``d in this process, no HTTP
    (``bench.stack_limit``): what ingest is compared with. Runs with section 1 on the embedded log."""
    limit: dict[str, Any] = {}
    if "ingest" in b.sections and "embedded" in b.log_engines:
        from bench.stack_limit import run_stack_limit

        report.heading(f"2c. The stack's limit: the same bodies parsed, validated by the same models, id'd, encoded "
                       f"and append_unique'd, no HTTP, {b.args.connections} at a time")
        reset_self_peak_rss()
        try:
            limit = _best_of(b.args.repeat, lambda n: run_stack_limit(
                b.work.bodies, b.args.connections, b.args.warmup, b.args.partitions))
        except Exception as exc:
            b.failed = True
            limit = {"error": error_text(exc)}
        report.figure("[2c] limit   embedded  (pydantic + orjson + SQLite)", limit, "", "(the stack's limit)")
    b.work.bodies.clear()
    return limit


def append(b: Bench) -> dict[str, Any]:
    """Section 2: the same events encoded once, straight into each log engine (the ceiling of section 1)."""
    append: dict[str, Any] = {}
    if "append" in b.sections:
        from bench.append import has_append_unique, run_append

        report.heading(f"2. Raw append: the same events encoded once, log.append in batches of {b.args.batch}, "
                       f"{b.args.connections} concurrent appenders")
        batches = b.work.outgoing_batches()
        for engine in b.log_engines:
            reset_self_peak_rss()
            try:
                if engine == "kafka" and not b.kafka.get("bootstrap"):
                    append[engine] = {"skipped": b.kafka.get("skipped", "no Kafka broker")}
                else:
                    append[engine] = _best_of(b.args.repeat, lambda n, engine=engine: run_append(
                        engine, batches, b.args.connections, b.args.warmup, kafka_bootstrap=b.kafka.get("bootstrap"),
                        partitions=b.args.partitions, extra_pids=b.kafka.get("pids")))
            except Exception as exc:
                b.failed = True
                append[engine] = {"error": error_text(exc)}
            report.figure(f"[2] append   {engine:<9} {_engine_label(engine)}", append[engine], "", "(ceiling)")
            if engine == "embedded" and has_append_unique():
                try:
                    append["embedded_unique"] = _best_of(b.args.repeat, lambda n: run_append(
                        "embedded", batches, b.args.connections, b.args.warmup, partitions=b.args.partitions,
                        fingerprints=b.work.fingerprint_batches()))
                except Exception as exc:
                    b.failed = True
                    append["embedded_unique"] = {"error": error_text(exc)}
                report.figure("[2] append   embedded  append_unique (+ event-id index)", append["embedded_unique"],
                              "", "(what ingest appends with)")
        del batches
    return append


def ratios(b: Bench, ingest: dict[str, Any], append: dict[str, Any], limit: dict[str, Any]) -> dict[str, Any]:
    """Section 2b: ingest over the stack's limit (the target) and over the raw appends, measured in the same run."""
    ratios: dict[str, Any] = {}
    if not ingest:
        return ratios
    report.heading("2b. Ratios, measured in this run")
    ingested = ingest.get("embedded", {}).get("events_per_s")
    if limit.get("events_per_s") and ingested:
        ratios["embedded_stack_limit"] = ratio = round(ingested / limit["events_per_s"], 3)
        out(f"  [2] ratio    embedded  ingest/stack limit = {ratio:.3f}  "
            f"{report.verdict(ratio, report.INGEST_STACK_RATIO_TARGET)} (target >= {report.INGEST_STACK_RATIO_TARGET})")
    for engine in b.log_engines:
        got, ceiling = ingest.get(engine, {}).get("events_per_s"), append.get(engine, {}).get("events_per_s")
        if got and ceiling:
            ratios[engine] = round(got / ceiling, 3)
            out(f"  [2] ratio    {engine:<9} ingest/raw append = {ratios[engine]:.3f}  (no target)")
    unique = append.get("embedded_unique", {}).get("events_per_s")
    if unique and ingested:
        ratios["embedded_unique"] = round(ingested / unique, 3)
        out(f"  [2] ratio    embedded  ingest/append_unique = {ratios['embedded_unique']:.3f}  (no target)")
    return ratios


def projection(b: Bench) -> dict[str, Any]:
    """Section 3: every registered projection over an embedded log holding the events, per view database."""
    projection: dict[str, Any] = {}
    if "projection" in b.sections:
        from bench.projection import run_projection

        chosen = tuple(b.args.projections) if b.args.projections else None  # None: all, the targets' case
        which = f"the projections {', '.join(chosen)}" if chosen else "all registered projections"
        report.heading(f"3. Projection: {which}, project_all(until_caught_up=True) over an "
                       f"embedded log of {b.args.events:,} events, batch {b.args.projector_batch}")
        for views in b.view_engines:
            reset_self_peak_rss()
            try:
                if views == "postgres" and not b.info.get("postgres_server"):
                    projection[views] = {"skipped": f"no PostgreSQL at {safe_url(b.postgres_url or '')}"}
                else:
                    projection[views] = _best_of(b.args.repeat, lambda n, views=views: run_projection(
                        views, b.work.outgoing, partitions=b.args.partitions, batch_size=b.args.projector_batch,
                        postgres_url=b.postgres_url, profiler=b.profiler if n < 0 else None, names=chosen),
                        profiled=b.profiler is not None)
                    if chosen:
                        projection[views]["subset"] = list(chosen)
                    projection[views]["bench_peak_rss_mib"] = self_section_peak_rss_mib()
            except Exception as exc:
                b.failed = True
                projection[views] = {"error": error_text(exc)}
            r = projection[views]
            target = (f"{report.verdict(r.get('events_per_s'), report.PROJECTION_POSTGRES_TARGET)} "
                      f"(target >= {report.PROJECTION_POSTGRES_TARGET:,.0f} events/s)"
                      if views == "postgres" and not chosen else "(no target)")
            extra = "" if "rows_written" not in r else (
                f"; {r['rows_written']:,} rows written by "
                + ", ".join(f"{n} ({s['batches']} batches)" for n, s in r["projections"].items())
                + (f"; the projector's memory grew {r['projector_memory_growth_mib']} MiB (RSS "
                   f"{r['projector_rss_mib'][0]} -> {r['projector_rss_mib'][1]} MiB)"
                   if r.get("projector_rss_mib") else ""))
            report.figure(f"[3] project  {views:<9} {_views_label(views)}", r, extra, target)
            if views == "postgres" and "events_per_s" in r:
                r["cpu_bound"] = report.cpu_bound(r, b.info.get("usable_cpus") or 0)
                report.cpu_bound_line(r["cpu_bound"])
    return projection


def memory(b: Bench, groups: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    """Section 4: peak RSS of each API process and of the bench process; CPU per event of every figure."""
    b.memory["bench_peak_rss_mib"] = max(self_peak_rss_mib(), self_section_peak_rss_mib() or 0.0,
                                         b.memory["bench_after_workload_mib"] or 0.0)
    for group in groups:
        for r in group.values():
            if "window" in r:
                r["cpu_us_per_event"] = report.cpu_cost(r)
    report.heading("4. Peak memory (max RSS)")
    for engine, peak in b.memory["api_peak_rss_mib"].items():
        processes, total = b.memory["api_processes"].get(engine, (1, None))
        more = f" (largest process; {total} MiB over its {processes} processes)" if processes > 1 else ""
        out(f"  [4] memory   {'API process (' + engine + ' log)':<40} {peak} MiB{more}")
    out(f"  [4] memory   {'bench process (holds the workload)':<40} {b.memory['bench_peak_rss_mib']} MiB "
        f"({b.memory['bench_after_workload_mib']} MiB after building the workload)")
    return b.memory


def summary(b: Bench, ingest: dict, append: dict, ratios: dict, projection: dict, reads: dict) -> dict[str, Any]:
    """The targets table, the noisy-figure warning and the profiles: what ``main`` adds to the results."""
    results: dict[str, Any] = {}
    targets = target_rows(ingest, ratios, projection, reads, b.args.clients)
    results["targets"] = targets
    report.heading("Targets (2 cores)")
    for row in targets:
        value = "n/a" if row["value"] is None else (f"{row['value']:,.3f}" if row["unit"] == "ratio"
                                                    else f"{row['value']:,.0f} {row['unit']}")
        if row["unit"] == "ms" and row["value"] is not None:
            value = f"{row['value']:,.1f} ms"
        out(f"  {row['status']:<5} {row['name']:<46} {value:>20}   target {row.get('op', '>=')} "
            f"{row['target']:,g} {row['unit']}")
    noisy = [f"{s}.{e}" for s, group in (("ingest", ingest), ("append", append), ("projection", projection))
             for e, r in group.items() if r.get("window", {}).get("noisy")]
    if noisy:
        out(f"  NOTE: other processes used over a quarter of a core during {', '.join(noisy)}: "
            "those figures are noisy; re-run on a quiet machine.")
    results["noisy"] = noisy

    if b.profiler is not None and b.profiler.reports:
        from bench.profile import format_report

        report.heading("Profile (py-spy)")
        for label, rep in b.profiler.reports.items():
            for line in format_report(label, rep):
                out(line)
        results["profile"] = b.profiler.reports
    return results


def _best_of(repeat: int, run, profiled: bool = False) -> dict[str, Any]:  # noqa: ANN001 - run(n) -> dict
    """Run a measurement ``repeat`` times and keep the fastest (on a shared machine the slower runs are the ones
    other processes got in the way of); every run's figure stays in ``runs``. With ``profiled``, one more run
    comes first as ``run(-1)`` under the sampler: it is reported apart (py-spy takes CPU from a 2-core machine)."""
    profiled_rate = run(-1)["events_per_s"] if profiled else None
    results = [run(n) for n in range(repeat)]
    best = max(results, key=lambda r: r["events_per_s"])
    best["runs"] = [r["events_per_s"] for r in results]
    if profiled_rate is not None:
        best["profiled_run_events_per_s"] = profiled_rate
    if repeat > 1:
        best["window_text"] += f"; best of {repeat} runs: " + ", ".join(f"{r:,.0f}" for r in best["runs"])
    return best


def _engine_label(engine: str, result: dict[str, Any] | None = None) -> str:
    if engine == "embedded":
        return "(SQLite log)"
    ledger = (result or {}).get("ledger")
    return f"(Kafka, {ledger} ledger)" if ledger else "(Kafka)"


def _views_label(views: str) -> str:
    return "(SQLite views)" if views == "sqlite" else "(PostgreSQL)"


def safe_url(url: str) -> str:
    try:
        from sqlalchemy import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


def error_text(exc: BaseException) -> str:
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return text[-1500:]
