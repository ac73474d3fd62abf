"""Printing the figures (clearly labelled, with PASS/MISS against the targets) and writing them as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# The targets on the reference machine (2 cores), issue 12: see the README's "Benchmarks" section.
INGEST_EMBEDDED_TARGET = 30_000.0  # events/s through the HTTP API on the embedded log, 1 API process
INGEST_CPU_TARGET_US = 30.0  # API CPU per event of that ingest, at most
INGEST_STACK_RATIO_TARGET = 0.7  # ingest events/s over the stack's limit (section 2c), measured in the same run
INGEST_KAFKA_TARGET = 20_000.0  # events/s through the HTTP API on Kafka with the PostgreSQL ledger
TRANSLATION_TARGET = 20_000.0  # events/s of each vendor adapter's translation alone (python -m bench.translate)
PROJECTION_POSTGRES_TARGET = 60_000.0  # events/s, all projections into PostgreSQL
PROJECTOR_CPU_TARGET_US = 15.0  # the projector's CPU per event, at most
READ_P99_TARGET_MS = 50.0  # p99 of one student's diary week under load, at most
CLOSED_LOOP_FLOOR_RATIO_TARGET = 0.35  # closed-loop diary req/s over the healthz floor's, same run
OPEN_LOOP_CAPACITY_TARGET = 800.0  # req/s an open loop may send with the diary's p99 within READ_P99_TARGET_MS
READ_NOOP_CPU_RATIO_TARGET = 2.5  # CPU per read (API + PostgreSQL) over a no-op request's (GET /healthz), same run

RESULTS_DIR = Path(__file__).resolve().parent / "results"
DEFAULT_JSON = RESULTS_DIR / "latest.json"


def out(line: str = "") -> None:
    print(line, flush=True)
    sys.stdout.flush()


def rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} events/s"


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "SKIP"
    return "PASS" if value >= target else "MISS"


def verdict_at_most(value: float | None, limit: float) -> str:
    if value is None:
        return "SKIP"
    return "PASS" if value <= limit else "MISS"


def heading(title: str) -> None:
    out()
    out(f"== {title} " + "=" * max(3, 100 - len(title)))


def header(info: dict[str, Any], params: dict[str, Any]) -> None:
    out("Gradebook Hub benchmark (python -m bench)")
    heading("Machine")
    out(f"  nproc {info['nproc']} (usable {info['usable_cpus']}); CPU {info['cpu_model']}; "
        f"memory {info['memory_gib']} GiB; kernel {info['kernel']}")
    out(f"  temp/data dir filesystem: {info['data_dir_filesystem']}; git commit {info['git_commit']}")
    versions = info["versions"]
    out("  versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    for extra in ("postgres_server", "kafka_broker"):
        if info.get(extra):
            out(f"  {extra.replace('_', ' ')}: {info[extra]}")
    heading("Parameters")
    for key, value in params.items():
        out(f"  {key}: {value}")


def workload(workload: dict[str, Any]) -> None:
    heading("Workload")
    out(f"  {workload['events']:,} native records ({workload['schools']} schools, {workload['students']:,} students), "
        f"batches of {workload['batch']}; mean record {workload.get('mean_record_bytes') or 'n/a'} bytes as JSON; "
        f"built in {workload.get('build_seconds', 0):.1f} s (not timed)")
    out("  mix: " + ", ".join(f"{k} {v}%" for k, v in workload["mix_percent"].items()))


def figure(label: str, result: dict[str, Any] | None, extra: str = "", target: str = "") -> None:
    if result is None:
        return
    if "skipped" in result:
        out(f"  {label:<50} SKIP ({result['skipped']})")
        return
    if "error" in result:
        out(f"  {label:<50} ERROR: {result['error']}")
        return
    out(f"  {label:<50} {rate(result['events_per_s']):>20}  {target}")
    details = f"{result['events']:,} events{extra}"
    out(f"  {'':<50} {details}")
    out(f"  {'':<50} {result['window_text']}")
    cost = cpu_cost(result)
    if cost:
        out(f"  {'':<50} CPU per event: " + ", ".join(f"{name} {us:.0f} us" for name, us in cost.items()))


def cpu_cost(result: dict[str, Any]) -> dict[str, float]:
    """Microseconds of CPU per event in each process we own: a figure the load of other processes barely moves
    (events/s on an idle machine is at most about 1e6 / the busiest single-threaded part)."""
    window, events = result.get("window") or {}, result.get("events") or 0
    wall = window.get("wall_s") or 0
    if not events or not wall:
        return {}
    return {name: round(pct / 100 * wall / events * 1e6, 1)
            for name, pct in (window.get("cpu_percent") or {}).items() if pct is not None and pct > 1}


def cpu_bound(result: dict[str, Any], cores: int, target: float = PROJECTION_POSTGRES_TARGET) -> dict[str, Any]:
    """What the CPU allows a projection run: the projector and PostgreSQL share ``cores``, so at the CPU per event
    measured they can do at most ``cores / (projector + postgres)`` events/s, whatever the overlap; the share of
    it the run reached; and the CPU per event ``target`` events/s leaves them. Empty without both figures."""
    cost = cpu_cost(result)
    spent = cost.get("projector", 0.0) + cost.get("postgres", 0.0)
    if not cost.get("projector") or not cost.get("postgres") or not cores:
        return {}
    bound = cores * 1e6 / spent
    return {"cores": cores, "cpu_us_per_event": round(spent, 1), "events_per_s": round(bound),
            "share": round(result["events_per_s"] / bound, 3), "target_cpu_us_per_event": round(cores * 1e6 / target, 1)}


def cpu_bound_line(bound: dict[str, Any]) -> None:
    if bound:
        out(f"  {'':<50} CPU bound: {bound['cores']} cores / {bound['cpu_us_per_event']:.0f} us (projector + postgres)"
            f" = {bound['events_per_s']:,} events/s, reached {bound['share']:.2f} of it; "
            f"{PROJECTION_POSTGRES_TARGET:,.0f} events/s leaves the two {bound['target_cpu_us_per_event']:.0f} us")


def write_json(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")


# The reads section ----------------------------------------------------------------------------------------------


def reads_dataset(result: dict[str, Any]) -> None:
    d, gen, proj = result["dataset"], result["dataset"]["generation"], result["projection"]
    out(f"  dataset: {d['students']:,} students ({d['schools']} schools x {d['classes_per_school']} classes x "
        f"{d['students_per_class']}), school days {d['school_days'][0]} .. {d['school_days'][-1]}, "
        f"{d['events']:,} events; database {d['database']}")
    out(f"  generated in {gen['seconds']:,.0f} s ({gen['events_per_s']:,.0f} events/s: native records translated "
        f"and appended to an embedded log){' [cached, built ' + gen['built_at'] + ']' if gen.get('reused') else ''}")
    out("  mix: " + ", ".join(f"{k} {v}%" for k, v in gen["mix_percent"].items()))
    cached = f"  [cached: measured {proj['measured_at']} when the database was built; --fresh re-measures]" \
        if proj.get("reused") else ""
    status = verdict(proj["events_per_s"], PROJECTION_POSTGRES_TARGET)
    out(f"  [5] project  postgres  all views, city dataset      {rate(proj['events_per_s']):>20}  {status} "
        f"(target >= {PROJECTION_POSTGRES_TARGET:,.0f} events/s){cached}")
    out(f"  {'':<10} {proj['events']:,} events, {proj['rows_written']:,} rows by "
        + ", ".join(f"{n} ({s['batches']} batches)" for n, s in proj["projections"].items())
        + f"; then VACUUM ANALYZE {proj['vacuum_analyze_s']} s (untimed)")
    out(f"  {'':<10} {proj['window_text']}")
    if proj.get("cpu_us_per_event"):
        out(f"  {'':<10} CPU per event: " + ", ".join(f"{n} {us:.0f} us" for n, us in proj["cpu_us_per_event"].items()))


def reads_run(name: str, run: dict[str, Any], target_endpoint: str | None = None, label: str = "") -> None:
    label = label or (f"closed loop, {run['clients']} clients" if run["mode"] == "closed"
                      else f"open loop, {run['rate']} req/s ({run['clients']} connections)")
    out(f"  [5] reads    {label}: {run['req_per_s']:,.0f} req/s, {run['requests']:,} requests in "
        f"{run['wall_s']:.1f} s, non-2xx {run['non_2xx']}"
        + (f", {run['late_sends']} sent late (no idle connection)" if run["late_sends"] else "")
        + (f", {run['unanswered']} UNANSWERED 30 s after the end (not in the latencies)" if run.get("unanswered")
           else ""))
    for endpoint, e in run["endpoints"].items():
        lat = e["latency_ms"]
        mark = ""
        if endpoint == target_endpoint:
            mark = f"  {verdict_at_most(lat['p99'], READ_P99_TARGET_MS)} (target p99 <= {READ_P99_TARGET_MS:g} ms)"
        out(f"  {'':<10} {endpoint:<13} p50 {_ms(lat['p50'])}  p90 {_ms(lat['p90'])}  p99 {_ms(lat['p99'])}  "
            f"max {_ms(lat['max'])}  {e['req_per_s']:,.0f} req/s, {e['mean_body_bytes']:,} B{mark}")
    out(f"  {'':<10} {run['window_text']}")
    per_request = cpu_per_request(run)
    if per_request:
        out(f"  {'':<10} CPU per request: " + ", ".join(f"{n} {ms:.2f} ms" for n, ms in per_request.items())
            + f" (the load generator counts its own: {run['loadgen_cpu_percent']}% of a core)")
    for sample in run.get("error_samples", []):
        out(f"  {'':<10} ERROR {sample}")


def reads_floor(run: dict[str, Any], target_ms: float = READ_P99_TARGET_MS) -> None:
    """The no-op run (``bench.reads`` step 6) and what it says of the target."""
    reads_run("floor", run, label=f"floor, closed loop, {run['clients']} clients, GET /healthz (no work)")
    needed = run["clients"] / (target_ms / 1000)
    out(f"  {'':<10} p99 <= {target_ms:g} ms at {run['clients']} clients needs >= {needed:,.0f} answers/s (Little's "
        f"law: mean latency = clients / throughput); the HTTP stack alone gives {run['req_per_s']:,.0f} with p99 "
        f"{run['latency_ms']['p99']:.1f} ms")


def cpu_per_request(run: dict[str, Any]) -> dict[str, float]:
    """Milliseconds of CPU per request in each process involved: what bounds req/s on two cores, and a figure
    the load of other processes moves much less than latency."""
    window, requests = run.get("window") or {}, run.get("requests") or 0
    wall = window.get("wall_s") or 0
    if not requests or not wall:
        return {}
    return {name: round(pct / 100 * wall / requests * 1000, 3)
            for name, pct in (window.get("cpu_percent") or {}).items() if pct is not None and pct > 0.5}


def _ms(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.1f} ms"
