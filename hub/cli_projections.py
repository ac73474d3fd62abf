"""``hub projections ...``: status, shadow rebuild, switch, rollback, drop, dead letters and retry.

Every command opens the configured log and views database (``HUB_LOG_URL``, ``HUB_DB_URL``) and works while the
API and ``hub project`` keep running; see ``hub.projector.versions`` and ``hub.projector.rebuild``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from hub.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("projections", help="projection versions: status, rebuild, rollback, dead letters")
    actions = group.add_subparsers(dest="action", required=True)
    status = actions.add_parser("status", help="per projection version: state, positions, lag, dead letters")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(run=_status)
    rebuild = actions.add_parser("rebuild", help="build the next version beside the live one, compare, switch")
    rebuild.add_argument("name")
    rebuild.add_argument("--confirm", action="store_true", help="ask before switching reads (after the diff)")
    rebuild.add_argument("--no-switch", action="store_true", help="build and compare only; switch later")
    rebuild.add_argument("--keep-old", action="store_true", help="keep the old version as standby (rollback)")
    rebuild.set_defaults(run=_rebuild)
    switch = actions.add_parser("switch", help="make a built (building or standby) version live")
    switch.add_argument("name")
    switch.add_argument("version", type=int)
    switch.set_defaults(run=_switch)
    rollback = actions.add_parser("rollback", help="switch back to the previous (standby) version")
    rollback.add_argument("name")
    rollback.set_defaults(run=_rollback)
    drop = actions.add_parser("drop", help="drop a version that is not live (tables and offsets)")
    drop.add_argument("name")
    drop.add_argument("version", type=int)
    drop.set_defaults(run=_drop)
    letters = actions.add_parser("dead-letters", help="events a projection failed on")
    letters.add_argument("name", nargs="?")
    letters.add_argument("--all", action="store_true", help="include resolved ones")
    letters.add_argument("--json", action="store_true")
    letters.set_defaults(run=_dead_letters)
    retry = actions.add_parser("retry", help="re-apply a projection's dead letters (after a fix)")
    retry.add_argument("name")
    retry.set_defaults(run=_retry)


def _with_stores(settings: Settings, work: Callable[..., Awaitable[int]]) -> int:
    """Run ``work(log, engine)`` with the configured log started and the views engine open."""
    from hub.log.factory import open_log
    from hub.store.db import make_engine

    async def go() -> int:
        event_log, engine = open_log(settings), make_engine(settings.effective_db_url)
        await event_log.start()
        try:
            return await work(event_log, engine)
        finally:
            await event_log.close()
            engine.dispose()

    return asyncio.run(go())


def _projection(name: str):
    from projections import get

    try:
        return get(name)
    except KeyError as exc:
        raise SystemExit(f"hub: {exc.args[0]}") from None


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector.status import projection_status
    from projections import ALL_PROJECTIONS

    async def work(event_log, engine) -> int:
        rows = await projection_status(event_log, engine, ALL_PROJECTIONS)
        if args.json:
            print(json.dumps(rows, indent=2))
            return 0
        print(f"{'projection':<14}{'version':>8}  {'state':<9}{'lag (events)':>13}{'lag (s)':>9}{'dead':>6}  positions")
        for r in rows:
            positions = ",".join(f"{p}:{o}" for p, o in r["positions"].items())
            print(f"{r['projection']:<14}{r['version']:>8}  {r['state']:<9}{r['lag_events']:>13,}"
                  f"{r['lag_seconds']:>9.1f}{r['dead_letters']:>6}  {positions}")
        if not rows:
            print("no projection has been bootstrapped on this database yet (run `hub project` or `hub serve`)")
        return 0

    return _with_stores(settings, work)


def _rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector.rebuild import rebuild

    projection = _projection(args.name)

    async def work(event_log, engine) -> int:
        confirm = _ask if args.confirm else None
        result = await rebuild(event_log, engine, projection, switch=not args.no_switch, keep_old=args.keep_old,
                               confirm=confirm, batch_size=settings.projector_batch)
        return 0 if result.switched or args.no_switch else 1

    return _with_stores(settings, work)


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} [y/N] (no terminal: not switching)")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _registry_change(settings: Settings, name: str, change: Callable[[Any, Any], str]) -> int:
    """Run ``change(engine, projection)`` (it returns what to print); a refused change prints why and exits 1."""
    from hub.projector import versions
    from hub.store.db import make_engine

    projection, engine = _projection(name), make_engine(settings.effective_db_url)
    try:
        message = change(engine, projection)
    except versions.VersionError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(message)
    return 0


def _switch_to(settings: Settings, name: str, version_of: Callable[[Any, Any], int]) -> int:
    from hub.projector import versions

    def change(engine, projection) -> str:  # noqa: ANN001
        with engine.connect() as conn:
            target = version_of(conn, projection)
        previous = versions.switch(engine, projection, target)
        return f"switched reads: {projection.name} v{previous} -> v{target} (v{previous} kept as standby)"

    return _registry_change(settings, name, change)


def _switch(args: argparse.Namespace, settings: Settings) -> int:
    return _switch_to(settings, args.name, lambda _conn, _p: args.version)


def _rollback(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector import versions

    return _switch_to(settings, args.name, lambda conn, p: versions.rollback_target(conn, p.name))


def _drop(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector import versions

    def change(engine, projection) -> str:  # noqa: ANN001
        versions.drop(engine, projection, args.version)
        return f"dropped {projection.name} v{args.version}"

    return _registry_change(settings, args.name, change)


def _dead_letters(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector import dead_letters, offsets
    from hub.store.db import make_engine

    engine = make_engine(settings.effective_db_url)
    try:
        with engine.connect() as conn:
            rows = dead_letters.list_letters(conn, args.name, args.all) if offsets.table_exists(conn) else []
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    for r in rows:
        state = "resolved" if r["resolved_at"] else "open"
        print(f"{r['projection']} v{r['version']} {r['partition']}:{r['offset']} {r['event_type']} {r['event_id']} "
              f"[{state}, {r['attempts']} attempt(s), {r['failed_at']:%Y-%m-%d %H:%M:%S}] {r['error']}")
    print(f"{len(rows)} dead letter(s)")
    return 0


def _retry(args: argparse.Namespace, settings: Settings) -> int:
    from hub.projector.retry import retry

    projection = _projection(args.name)

    async def work(event_log, engine) -> int:
        results = await retry(event_log, engine, projection)
        for r in results:
            print(f"{projection.name} v{r.version} partition {r.partition}: replayed {r.replayed:,} events, "
                  f"{r.resolved} dead letter(s) resolved, {r.still_failing} still failing")
        if not results:
            print(f"{projection.name}: no open dead letters")
        return 1 if any(r.still_failing for r in results) else 0

    return _with_stores(settings, work)
