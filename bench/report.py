"""Printing the figures (clearly labelled, with PASS/MISS against the targets) and writing them as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# The targets on the reference machine (2 cores): see the README's "Performance" section.
INGEST_EMBEDDED_TARGET = 20_000.0  # events/s through the HTTP API on the embedded log
INGEST_RAW_RATIO_TARGET = 0.5  # ingest events/s over raw append events/s, embedded log
PROJECTION_POSTGRES_TARGET = 20_000.0  # events/s, all projections into PostgreSQL

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


def write_json(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
