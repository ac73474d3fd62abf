"""Migrations (Alembic) of the tables that cannot be rebuilt from the log: the hub's own state.

Two *streams*, each an Alembic script directory under ``hub/store/migrations/`` with its own version table, since
they may live in different databases:

* ``state`` on ``HUB_STATE_URL``: the ingest ledger, API clients, vendor directory, quarantine, source revisions
  and raw batches. Losing or stranding them loses data the log does not hold.
* ``projector`` on ``HUB_DB_URL``: projection offsets, the projection version registry and dead letters. They are
  written in the views' own transactions (that is what makes a projection exactly-once), so they live beside the
  views; but they are shared by every version of every projection, so a versioned rebuild cannot change them,
  and the registry and open dead letters are an operator's record. The view tables themselves are not here:
  each projection version's tables are created by ``hub.projector.versions`` and change by a versioned rebuild.

Running them (no ``alembic.ini`` needed; ``alembic.ini`` at the repository root is for developers):

* ``upgrade(engine, stream)``: one transaction holding the DDL lock (PostgreSQL: ``pg_advisory_xact_lock`` on
  ``DDL_LOCK``; SQLite: the engine's ``BEGIN IMMEDIATE``), so processes starting together upgrade once.
  ``upgrade_in(conn, stream)`` does the same inside a caller's locked transaction.
* A database made before migrations existed (the stream's tables, no version table) is adopted, never
  re-created: the baseline revision creates only the tables and columns that are missing (exactly what the
  ``create_all`` of earlier code did), so every row stays, and the version table then records the baseline.
* ``prepare(engine, stream, auto_upgrade)`` is what ``hub serve``, ``hub project`` and ``hub demo`` run at start:
  upgrade, or with ``HUB_DB_AUTO_UPGRADE=false`` raise ``SchemaBehind`` naming ``hub db upgrade``. A database at a
  revision this code does not have (newer code migrated it) raises ``SchemaUnknown`` either way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")
DDL_LOCK = 0x6875625F70726F6A  # pg advisory lock id ("hub_proj"): one process at a time changes the schema
UPGRADE_COMMAND = "hub db upgrade"
# Alembic's ``op`` and ``context`` are process-wide proxies: two threads running migrations at once (two databases,
# or workers starting together) would send each other's DDL to the wrong connection. The DDL lock orders processes;
# this orders the threads of one process. Taken after the DDL lock, and never held while waiting for one.
_ALEMBIC = threading.Lock()


class SchemaError(RuntimeError):
    """The database's schema is not one this code can run on; the message says what to do."""


class SchemaBehind(SchemaError):
    """The database's schema is older than this code and automatic upgrades are off."""


class SchemaUnknown(SchemaError):
    """The database is at a revision this code does not have: newer code migrated it."""


def _state_metadata() -> list[MetaData]:
    from hub.auth import clients
    from hub.ingest import ledger, raw, vendor_state

    return [ledger.metadata, clients.metadata, vendor_state.metadata, raw.metadata]


def _projector_metadata() -> list[MetaData]:
    from hub.projector import dead_letters, offsets, stamps, versions  # noqa: F401 - the registry and dead letters join

    return [offsets.metadata, stamps.metadata]


@dataclass(frozen=True)
class Stream:
    """One migration stream: its script directory, version table and the models it keeps in step with."""

    name: str
    version_table: str
    url_setting: str  # the setting naming its database, for messages
    models: Callable[[], list[MetaData]]

    @property
    def location(self) -> Path:
        return MIGRATIONS / self.name

    def metadata(self) -> list[MetaData]:
        return self.models()

    def table_names(self) -> set[str]:
        return {name for each in self.metadata() for name in each.tables}

    def owns(self, name: str | None, type_: str, _parent: object = None) -> bool:
        """Alembic's ``include_name``: only this stream's tables (views and the other stream share databases)."""
        return type_ != "table" or name in self.table_names()


STATE = Stream("state", "alembic_version_state", "HUB_STATE_URL", _state_metadata)
PROJECTOR = Stream("projector", "alembic_version_projector", "HUB_DB_URL", _projector_metadata)
STREAMS = (STATE, PROJECTOR)


@dataclass(frozen=True)
class Status:
    stream: str
    current: str | None  # the revision recorded in the database; None before the first upgrade
    head: str  # the revision this code expects
    pending: list[str]  # revisions an upgrade would apply, oldest first
    unversioned: bool  # the stream's tables exist without a version table (made before migrations)

    @property
    def behind(self) -> bool:
        return bool(self.pending)


def config(stream: Stream, conn: Connection | None = None) -> Config:
    """An Alembic config for ``stream``; with ``conn`` its env.py migrates that connection in its transaction."""
    cfg = Config()
    cfg.set_main_option("script_location", str(stream.location))
    cfg.attributes["stream"] = stream
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@lru_cache(maxsize=None)
def _script(stream: Stream) -> ScriptDirectory:
    return ScriptDirectory.from_config(config(stream))


def head(stream: Stream) -> str:
    return _script(stream).get_current_head()


def lock(conn: Connection) -> None:
    """Hold the DDL lock until ``conn``'s transaction ends (SQLite's BEGIN IMMEDIATE already serialises)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": DDL_LOCK})


def current(conn: Connection, stream: Stream) -> str | None:
    context = MigrationContext.configure(conn, opts={"version_table": stream.version_table})
    return context.get_current_revision()


def status_in(conn: Connection, stream: Stream) -> Status:
    revision, script = current(conn, stream), _script(stream)
    if revision is not None and revision not in {s.revision for s in script.walk_revisions()}:
        raise SchemaUnknown(
            f"the {stream.name} database ({stream.url_setting}) is at revision {revision}, which this code does not "
            f"have (its newest is {script.get_current_head()}): newer code migrated it. Run that code, or undo its "
            f"migrations with it first (alembic -n {stream.name} downgrade {script.get_current_head()}).")
    pending = [s.revision for s in script.iterate_revisions(script.get_current_head(), revision)]
    tables = set(inspect(conn).get_table_names())
    return Status(stream.name, revision, script.get_current_head(), list(reversed(pending)),
                  revision is None and bool(tables & stream.table_names()))


def status(engine: Engine, stream: Stream) -> Status:
    with engine.connect() as conn:
        return status_in(conn, stream)


def upgrade_in(conn: Connection, stream: Stream) -> list[str]:
    """Bring ``stream`` to head inside ``conn``'s transaction, which must hold ``lock``; returns what it applied."""
    if current(conn, stream) == head(stream):
        return []
    pending = status_in(conn, stream).pending
    with _ALEMBIC:
        command.upgrade(config(stream, conn), "head")
    return pending


def upgrade(engine: Engine, stream: Stream) -> list[str]:
    """Bring ``stream`` to head in one locked transaction; returns the revisions applied (oldest first)."""
    with engine.begin() as conn:
        lock(conn)
        return upgrade_in(conn, stream)


def drift(conn: Connection, stream: Stream) -> list:
    """What differs between ``stream``'s models and the schema in ``conn``'s database (Alembic's
    ``compare_metadata``: tables, columns, types, nullability, indexes); empty when a migration covers the models."""
    context = MigrationContext.configure(conn, opts={"include_name": stream.owns, "compare_type": True})
    return compare_metadata(context, stream.metadata())


def prepare(engine: Engine, streams: Sequence[Stream], auto_upgrade: bool) -> dict[str, list[str]]:
    """Start-up: upgrade each stream (``auto_upgrade``) or raise ``SchemaBehind`` if one is not at head."""
    from hub.obs import Ev, log

    applied: dict[str, list[str]] = {}
    for stream in streams:
        if auto_upgrade:
            applied[stream.name] = upgrade(engine, stream)
            if applied[stream.name]:
                log(Ev.SCHEMA_UPGRADED, source=stream.name, revision=head(stream), count=len(applied[stream.name]),
                    engine=engine.dialect.name)
            continue
        found = status(engine, stream)
        if found.behind:
            raise SchemaBehind(behind_message(stream, found))
    return applied


def behind_message(stream: Stream, found: Status) -> str:
    at = "no schema yet" if found.current is None and not found.unversioned else (
        "tables made before migrations" if found.unversioned else f"revision {found.current}")
    return (f"the {stream.name} database ({stream.url_setting}) is behind this code: it has {at}, the code needs "
            f"{found.head} ({len(found.pending)} migration(s) pending: {', '.join(found.pending)}). Run "
            f"`{UPGRADE_COMMAND}` (with the same HUB_* settings), or set HUB_DB_AUTO_UPGRADE=true to upgrade at start.")


def run_env(context) -> None:  # noqa: ANN001 - alembic.context, the module env.py receives
    """The body of each stream's env.py: migrate the connection the caller passed, or (the ``alembic`` command of
    a developer) the database the ``HUB_*`` settings name, in one locked transaction."""
    named = [s for s in STREAMS if s.name == context.config.config_ini_section]
    stream: Stream | None = context.config.attributes.get("stream") or (named[0] if named else None)
    if stream is None:
        raise SystemExit(f"name the stream: alembic -n {' or -n '.join(s.name for s in STREAMS)} ...")
    conn = context.config.attributes.get("connection")
    if conn is not None:
        _run(context, stream, conn)
        return
    from hub.config import Settings
    from hub.store.db import make_engine

    settings = Settings()
    engine = make_engine(settings.effective_state_url if stream is STATE else settings.effective_db_url)
    try:
        with engine.begin() as conn:
            lock(conn)
            _run(context, stream, conn)
    finally:
        engine.dispose()


def _run(context, stream: Stream, conn: Connection) -> None:  # noqa: ANN001
    # render_as_batch: autogenerate writes batch_alter_table blocks, which SQLite needs and PostgreSQL runs as ALTERs
    context.configure(connection=conn, target_metadata=stream.metadata(), version_table=stream.version_table,
                      include_name=stream.owns, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
