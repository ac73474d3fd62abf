"""Issue 12's targets, each checked against the figure this run measured (``python -m bench`` prints them last).

Every ratio is of two figures measured in the same run: ingest over the stack's limit (section 2c), the closed
loop over the no-op floor, a read's CPU over a no-op request's (section 5).
"""

from __future__ import annotations

from typing import Any

from bench import report


def target_rows(ingest: dict, ratios: dict, projection: dict, reads: dict | None = None,
                clients: int = 100) -> list[dict[str, Any]]:
    """One row per target whose figure this run measured: name, value, target, unit, op and PASS/MISS."""
    rows = []

    def add(name: str, value: float | None, target: float, unit: str, present: bool, op: str = ">=") -> None:
        if present:
            status = report.verdict(value, target) if op == ">=" else report.verdict_at_most(value, target)
            rows.append({"name": name, "value": value, "target": target, "unit": unit, "op": op, "status": status})

    embedded, kafka = ingest.get("embedded", {}), ingest.get("kafka", {})
    add("ingest, embedded log, HTTP API", embedded.get("events_per_s"), report.INGEST_EMBEDDED_TARGET, "events/s",
        "embedded" in ingest)
    add("ingest, API CPU per event", (embedded.get("cpu_us_per_event") or {}).get("api"),
        report.INGEST_CPU_TARGET_US, "us", "embedded" in ingest, op="<=")
    add("ingest / stack limit, embedded log", ratios.get("embedded_stack_limit"), report.INGEST_STACK_RATIO_TARGET,
        "ratio", "embedded_stack_limit" in ratios)
    add("ingest, Kafka + PostgreSQL ledger, HTTP API", kafka.get("events_per_s"), report.INGEST_KAFKA_TARGET,
        "events/s", "kafka" in ingest and "events_per_s" in kafka)
    every = "postgres" in projection and "subset" not in projection["postgres"]  # the targets are of all of them
    add("projection into PostgreSQL, all projections", projection.get("postgres", {}).get("events_per_s"),
        report.PROJECTION_POSTGRES_TARGET, "events/s", every)
    add("projector CPU per event, PostgreSQL", (projection.get("postgres", {}).get("cpu_us_per_event") or {}).get(
        "projector"), report.PROJECTOR_CPU_TARGET_US, "us", every, op="<=")
    if reads and "runs" in reads:
        from bench.reads import TARGET_ENDPOINT, target_run

        add("projection into PostgreSQL, all views, city", reads["projection"].get("events_per_s"),
            report.PROJECTION_POSTGRES_TARGET, "events/s", True)
        run = target_run(reads, clients) or {}
        p99 = run.get("endpoints", {}).get(TARGET_ENDPOINT, {}).get("latency_ms", {}).get("p99")
        add(f"read p99, diary week, {clients} clients", p99, report.READ_P99_TARGET_MS, "ms", bool(run), op="<=")
        floor = (reads.get("floor") or {}).get("req_per_s")
        ratio = round(run["req_per_s"] / floor, 3) if run.get("req_per_s") and floor else None
        add(f"closed loop {clients} clients / healthz floor", ratio, report.CLOSED_LOOP_FLOOR_RATIO_TARGET, "ratio",
            bool(run) and floor is not None)
        read_cpu, noop_cpu = report.cpu_per_request(run), report.cpu_per_request(reads.get("floor") or {})
        cost = (round((read_cpu.get("api", 0) + read_cpu.get("postgres", 0)) / noop_cpu["api"], 2)
                if read_cpu.get("api") and noop_cpu.get("api") else None)
        add("read CPU (API + PostgreSQL) / no-op request CPU", cost, report.READ_NOOP_CPU_RATIO_TARGET, "ratio",
            cost is not None, op="<=")
        kept = [r["rate"] for r in reads["runs"].values() if r["mode"] == "open" and (
            r["endpoints"].get(TARGET_ENDPOINT, {}).get("latency_ms", {}).get("p99") or 1e9) <= report.READ_P99_TARGET_MS]
        add(f"open loop: highest rate run with diary p99 <= {report.READ_P99_TARGET_MS:g} ms", max(kept, default=None),
            report.OPEN_LOOP_CAPACITY_TARGET, "req/s", any(r["mode"] == "open" for r in reads["runs"].values()))
    return rows
