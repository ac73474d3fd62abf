"""The ``hub`` command. Settings come from the environment (``HUB_*``); see ``hub --help`` and the README."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from hub import cli_access, cli_db, cli_projections, clock
from hub.config import ConfigError, Mode, Settings
from hub.obs import configure_logging
from hub.store.migrate import SchemaError

PROJECT_ROOT = Path(__file__).resolve().parents[1]  # schemas/ and adapters/*/schemas/ are published from here


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        settings = _settings(args)
        configure_logging(settings.effective_log_format, settings.log_level)
        with clock.installed(settings.clock):  # HUB_CLOCK: every "now" of this command
            return args.run(args, settings) or 0
    except (ConfigError, ValidationError) as exc:
        print(f"hub: configuration error: {exc}", file=sys.stderr)
        return 2
    except SchemaError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if args.command == "demo":
        overrides = {"mode": os.environ.get("HUB_MODE", Mode.DEV), "data_dir": os.environ.get("HUB_DATA_DIR", "var/demo")}
    for name in ("host", "port", "workers"):
        if getattr(args, name, None) is not None:
            overrides[name] = getattr(args, name)
    return Settings(**overrides)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hub", description="Gradebook Hub: vendor gradebooks in, the diary out.")
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="serve the HTTP API (ingest and reads)")
    _host_port(serve)
    serve.add_argument("--workers", type=int, help="worker processes (default HUB_WORKERS or 1)")
    serve.set_defaults(run=_serve)

    project = sub.add_parser("project", help="run the projection workers (build the views from the log)")
    project.add_argument("--projection", action="append", help="only this projection (repeatable)")
    project.set_defaults(run=_project)
    cli_projections.register(sub)
    cli_db.register(sub)

    demo = sub.add_parser("demo", help="seed a demo school through the API and serve it (embedded engines)")
    _host_port(demo)
    demo.set_defaults(run=_demo)

    cli_access.register(sub)

    schemas = sub.add_parser("schemas", help="published JSON Schemas").add_subparsers(dest="action", required=True)
    schemas.add_parser("export", help="write schemas/ and adapters/*/schemas/ from the models").set_defaults(
        run=_schemas_export)
    schemas.add_parser("check", help="fail if the committed schemas differ from the models").set_defaults(
        run=_schemas_check)
    from hub.schemas_impact import add_command as add_schemas_impact  # replay the log through the upcasters

    add_schemas_impact(schemas)

    backfill = sub.add_parser("import", help="backfill history: stream an export through an adapter (resumable)")
    backfill.add_argument("adapter")
    backfill.add_argument("path", help="a JSON / JSON Lines file, or a folder of them")
    backfill.add_argument("--school", required=True, help="the hub school the export belongs to")
    backfill.add_argument("--batch", type=int, default=500)
    backfill.set_defaults(run=_import)

    contracts = sub.add_parser("contracts", help="vendor contracts").add_subparsers(dest="action", required=True)
    check = contracts.add_parser("check", help="validate an export offline: prints exactly the API's errors")
    check.add_argument("adapter")
    check.add_argument("file", help="a JSON array, one JSON object, or JSON Lines")
    check.add_argument("--school", help="the hub school, as ?school= would give it (vendor formats)")
    check.add_argument("--json", action="store_true", help="print the results as the API's JSON")
    check.add_argument("--verbose", action="store_true", help="also print the canonical events of accepted records")
    check.set_defaults(run=_contracts_check)

    replay = sub.add_parser("replay", help="write a school's events, as the log holds them, to a JSON Lines file")
    replay.add_argument("--school", required=True)
    replay.add_argument("--since", help="recorded at or after this ISO time with offset (default: the beginning)")
    replay.add_argument("--until", help="recorded at or before this ISO time with offset (default: now)")
    replay.add_argument("--out", required=True, help="the .jsonl file to write")
    replay.set_defaults(run=_replay)
    return parser


def _host_port(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="default HUB_HOST or 127.0.0.1")
    parser.add_argument("--port", type=int, help="default HUB_PORT or 8000")


def _serve(_args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from hub import heap
    from hub.api.app import create_app
    from hub.bootstrap import build_hub
    from hub.metrics import fresh_multiprocess_dir

    hub = build_hub(settings)
    hub.tokens  # noqa: B018 - refuse to start without reader keys, before binding the port
    if settings.workers == 1:
        app = create_app(hub)
        heap.settle(settings.gc_gen0_threshold)
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
        return 0
    os.environ.update({"HUB_HOST": settings.host, "HUB_PORT": str(settings.port)})  # the workers read these
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(fresh_multiprocess_dir(settings.data_dir, settings.port))  # metrics
    uvicorn.run("hub.api.app:app_from_env", factory=True, workers=settings.workers, host=settings.host,
                port=settings.port, log_level="warning", access_log=False)
    return 0


def _project(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector.__main__ import _main as run_until_signalled

    asyncio.run(run_until_signalled(settings, args.projection or []))
    return 0


def _demo(_args: argparse.Namespace, settings: Settings) -> int:
    from hub.demo.run import run_demo

    asyncio.run(run_demo(settings))
    return 0


def _schemas_export(_args: argparse.Namespace, _settings: Settings) -> int:
    from hub.api import contract
    from hub.schemas_export import export_all

    changed = export_all(PROJECT_ROOT)
    for path in changed:
        print(f"wrote {path}")
    print(f"wrote {contract.export().relative_to(PROJECT_ROOT)}")
    if not changed:
        print("the event and adapter schemas were already up to date")
    return 0


def _schemas_check(_args: argparse.Namespace, _settings: Settings) -> int:
    from hub.api import contract
    from hub.schemas_export import diff_all

    drift = [str(d) for d in diff_all(PROJECT_ROOT)] + contract.drift()
    for line in drift:
        print(line)
    print("schemas and the OpenAPI contract match the code" if not drift else f"{len(drift)} file(s) drifted")
    return 1 if drift else 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from adapters.registry import all_adapters
    from hub.backfill import checkpoint_path, run_import
    from hub.bootstrap import build_hub

    adapter, source = all_adapters().get(args.adapter), Path(args.path)
    if adapter is None or not source.exists():
        what = f"unknown adapter {args.adapter!r}" if adapter is None else f"{source} does not exist"
        print(f"hub: {what}", file=sys.stderr)
        return 2
    checkpoint = checkpoint_path(Path(settings.data_dir), adapter.name, args.school, source)

    async def go():  # noqa: ANN202
        hub = build_hub(settings)
        await hub.start()
        try:
            return await run_import(hub.ingest, adapter, source, args.school, checkpoint, args.batch)
        finally:
            await hub.close()

    summary = asyncio.run(go())
    print(summary.line())
    if summary.counts["rejected"]:
        print(f"rejected records and why: {summary.rejected_file}")
    print(f"checkpoint: {checkpoint} (run again to resume; delete it to start over)")
    return 1 if summary.counts["rejected"] else 0


def _contracts_check(args: argparse.Namespace, _settings: Settings) -> int:
    from hub.contracts_check import CheckError, check_file, exit_code, format_results, results_json

    try:
        results = check_file(args.adapter, args.file, args.school)
    except CheckError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    print(results_json(results) if args.json else format_results(results, verbose=args.verbose), end="")
    return exit_code(results)


def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from hub.log.factory import open_log
    from hub.replay import ReplayError, replay, window

    try:
        since, until = window(args.since, args.until)
        out = Path(args.out)
        if not out.parent.is_dir():
            raise ReplayError(f"the folder of --out {out} does not exist")
    except ReplayError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2

    async def go():  # noqa: ANN202
        event_log = open_log(settings)
        await event_log.start()
        try:
            return await replay(event_log, args.school, out, since, until)
        finally:
            await event_log.close()

    print(asyncio.run(go()).line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
