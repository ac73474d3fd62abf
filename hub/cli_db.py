"""``hub db ...``: the schema of the hub's own tables (see ``hub.store.migrate``).

* ``hub db status`` (or ``current``): per stream, its database, the revision it is at, the head this code
  needs and what is pending. Exit status 1 when anything is pending, so a deploy script can test it.
* ``hub db upgrade``: apply what is pending, each stream in one transaction under the DDL lock (safe while other
  hub processes run or start). A database made before migrations is adopted at the baseline with its rows.
"""

from __future__ import annotations

import argparse

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from hub.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("db", help="the hub's own tables: migration status and upgrade")
    actions = group.add_subparsers(dest="action", required=True)
    actions.add_parser("status", aliases=["current"], help="per stream: database, revision, head, pending (exit 1 "
                       "when behind)").set_defaults(run=_status)
    actions.add_parser("upgrade", help="apply pending migrations (state and projector streams)").set_defaults(
        run=_upgrade)


def _engines(settings: Settings) -> list[tuple[object, Engine, str]]:
    """``(stream, engine, shown url)`` per stream; one engine per distinct URL."""
    from hub.store import migrate
    from hub.store.db import make_engine

    urls = {migrate.STATE: settings.effective_state_url, migrate.PROJECTOR: settings.effective_db_url}
    engines = {url: make_engine(url) for url in set(urls.values())}
    return [(stream, engines[url], make_url(url).render_as_string(hide_password=True)) for stream, url in urls.items()]


def _dispose(pairs: list[tuple[object, Engine, str]]) -> None:
    for engine in {id(e): e for _s, e, _u in pairs}.values():
        engine.dispose()


def _status(_args: argparse.Namespace, settings: Settings) -> int:
    from hub.store import migrate

    pairs, behind = _engines(settings), False
    try:
        for stream, engine, url in pairs:
            found = migrate.status(engine, stream)
            behind = behind or found.behind
            at = found.current or ("none (tables made before migrations)" if found.unversioned else "none (empty)")
            print(f"{stream.name}: {url}\n  current: {at}\n  head:    {found.head}")
            print(f"  pending: {', '.join(found.pending)}" if found.pending else "  pending: none (up to date)")
    finally:
        _dispose(pairs)
    if behind:
        print(f"run `{migrate.UPGRADE_COMMAND}` to apply what is pending")
    return 1 if behind else 0


def _upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    from hub.obs import Ev, log
    from hub.store import migrate

    pairs = _engines(settings)
    try:
        for stream, engine, url in pairs:
            before = migrate.status(engine, stream)
            applied = migrate.upgrade(engine, stream)
            if applied:
                log(Ev.SCHEMA_UPGRADED, source=stream.name, revision=migrate.head(stream), count=len(applied),
                    engine=engine.dialect.name)
                adopted = " (adopted: its tables predate migrations)" if before.unversioned else ""
                print(f"{stream.name}: {url}: {before.current or 'none'} -> {migrate.head(stream)}{adopted}; "
                      f"applied {', '.join(applied)}")
            else:
                print(f"{stream.name}: {url}: already at {migrate.head(stream)}")
    finally:
        _dispose(pairs)
    return 0
