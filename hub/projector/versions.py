"""Projection versions: physical tables per version, SQL views for readers, and the registry of which is live.

A projection module declares its tables under *template* names (``diary_lessons``). Version N keeps its rows in
physical tables ``<template>_v<N>`` (indexes renamed the same way). Readers query the template names, which are
SQL views over the live version (``CREATE VIEW diary_lessons AS SELECT * FROM diary_lessons_v1``). A switch
replaces the views and the registry rows in ONE transaction, so a reader sees the old version or the new one,
never a mix and never an empty table.

Registry ``projection_versions(projection, version, state, fingerprint, created_at, switched_at)``, states:

* ``live``: the version reads go to; exactly one per projection once bootstrapped;
* ``building``: being built from the log beside the live one (``hub projections rebuild``), not read yet;
* ``standby``: a former live version whose tables were kept: still maintained, so a rollback is instant.

A version that is dropped leaves the registry with its tables and offsets. ``fingerprint`` hashes the table
definitions a version was created with; a worker maintains only versions whose fingerprint equals its code's
(``maintainable``), so old code never writes into new tables or the reverse.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (Column, Connection, DateTime, Engine, Index, Integer, MetaData, String, Table, and_,
                        bindparam, delete, inspect, select, update)

from hub import clock
from hub.projector import dead_letters, offsets, stamps
from hub.store import migrate

LIVE, BUILDING, STANDBY = "live", "building", "standby"
MAINTAINED = (LIVE, BUILDING, STANDBY)

registry = Table(
    "projection_versions", offsets.metadata,
    Column("projection", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("state", String(16), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("switched_at", DateTime(timezone=True)),
)


@dataclass(frozen=True)
class Version:
    projection: str
    version: int
    state: str
    fingerprint: str
    created_at: dt.datetime
    switched_at: dt.datetime | None


class VersionError(RuntimeError):
    """An operator asked for something the registry does not allow (switch to a dropped version, drop the live one)."""


# Physical tables ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def physical(template: Table, version: int) -> Table:
    """The physical table of ``template`` for ``version``: same columns, name and index names suffixed ``_v<N>``."""
    metadata = MetaData()  # its own: two templates of one name (a projection's old and new code) may coexist
    columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable) for c in template.columns]
    table = Table(f"{template.name}_v{version}", metadata, *columns)
    for index in template.indexes:
        Index(f"{index.name}_v{version}", *(table.c[c.name] for c in index.columns), unique=bool(index.unique))
    return table


def table_map(projection, version: int) -> dict[Table, Table]:
    """``{template: physical}`` for every table of ``projection`` at ``version``."""
    return {template: physical(template, version) for template in projection.tables}


def live_table_map(conn: Connection, projections: Iterable) -> dict[Table, Table]:
    """``{template: physical}`` of the live versions of ``projections`` (what a test or tool writing rows
    outside a worker passes to ``UnitOfWork.flush``)."""
    targets: dict[Table, Table] = {}
    for projection in projections:
        version = live_version(conn, projection.name)
        if version is None:
            raise VersionError(f"{projection.name} has no live version; call ensure_live first")
        targets.update(table_map(projection, version))
    return targets


def fingerprint(projection) -> str:
    """A hash of the projection's table definitions (names, column names and types, keys, indexes)."""
    digest = hashlib.sha256()
    for table in sorted(projection.tables, key=lambda t: t.name):
        digest.update(f"T {table.name}\n".encode())
        for column in table.columns:
            digest.update(f"C {column.name} {column.type} {int(column.primary_key)}\n".encode())
        for index in sorted(table.indexes, key=lambda i: i.name):
            digest.update(f"I {index.name} {[c.name for c in index.columns]} {bool(index.unique)}\n".encode())
    return digest.hexdigest()


# Reading the registry -----------------------------------------------------------------------------------------


def list_versions(conn: Connection, name: str | None = None) -> list[Version]:
    """Registered versions (of ``name``, or all), by projection and version."""
    if not inspect(conn).has_table(registry.name):
        return []
    query = select(registry).order_by(registry.c.projection, registry.c.version)
    if name is not None:
        query = query.where(registry.c.projection == name)
    return [Version(**row) for row in conn.execute(query).mappings()]


def live_version(conn: Connection, name: str) -> int | None:
    return next((v.version for v in list_versions(conn, name) if v.state == LIVE), None)


def maintainable(conn: Connection, projection) -> list[int]:
    """Versions this code keeps up to date: live, building or standby, created with this code's tables."""
    mine = fingerprint(projection)
    return [v.version for v in list_versions(conn, projection.name) if v.state in MAINTAINED and v.fingerprint == mine]


def live_positions(conn: Connection, name: str) -> dict[int, int]:
    """``{partition: next_offset}`` of the live version of ``name`` (empty before it is bootstrapped)."""
    return live_positions_of(conn, [name]).get(name, {})


def live_positions_of(conn: Connection, names: Iterable[str]) -> dict[str, dict[int, int]]:
    """``live_positions`` of each of ``names`` in ONE query (what every read request asks; empty for a name
    without a live version). The registry and offsets tables must exist (``ensure_live`` creates both)."""
    wanted = tuple(names)
    found: dict[str, dict[int, int]] = {name: {} for name in wanted}
    for name, partition, next_offset in conn.execute(_live_positions_statement(wanted)):
        found[name][partition] = next_offset
    return found


@lru_cache(maxsize=64)
def _live_positions_statement(names: tuple[str, ...]) -> Any:
    """Built once per set of names (views of the code, not of a request), each name a plain bound parameter: no
    statement to build nor an expanding IN to render on every read (together ~0.3 ms of CPU)."""
    o = offsets.projection_offsets
    return (select(o.c.projection, o.c.partition, o.c.next_offset)
            .join(registry, and_(registry.c.projection == o.c.projection, registry.c.version == o.c.version))
            .where(registry.c.state == LIVE,
                   o.c.projection.in_([bindparam(f"view_{i}", name, type_=String) for i, name in enumerate(names)])))


# Changing it: each function is one transaction holding the DDL lock -------------------------------------------


def _locked(conn: Connection) -> None:
    """Serialise registry changes and DDL between processes (SQLite: the connection's BEGIN IMMEDIATE does), and
    bring the registry, offsets and dead-letter tables to this code's revision (a no-op once they are there)."""
    migrate.lock(conn)
    migrate.upgrade_in(conn, migrate.PROJECTOR)


def ensure_live(engine: Engine, projection) -> int:
    """The live version of ``projection``, bootstrapping it on first use.

    1. If a version is live: (re)create its tables if this code can maintain it, and its views; return it.
    2. Otherwise the declared ``projection.version`` becomes live: tables of an earlier, unversioned layout
       (real tables under the template names) are adopted by renaming, the rest created, the views created.
    """
    with engine.begin() as conn:
        _locked(conn)
        current = live_version(conn, projection.name)
        if current is not None:
            if current in maintainable(conn, projection):
                _create_tables(conn, projection, current)
            _point_views(conn, projection, current, create_only=True)
            return current
        version = projection.version
        _adopt_unversioned(conn, projection, version)
        _create_tables(conn, projection, version)
        _register(conn, projection, version, LIVE)
        _point_views(conn, projection, version)
        return version


def begin_build(engine: Engine, projection) -> tuple[int, bool]:
    """The version a rebuild builds, and whether it resumes one: a ``building`` version of this code if there is
    one (an interrupted rebuild goes on where it stopped), else a new one: above every version registered and at
    least the declared version. Its tables are created and it is registered as ``building``."""
    ensure_live(engine, projection)
    with engine.begin() as conn:
        _locked(conn)
        known = list_versions(conn, projection.name)
        mine = fingerprint(projection)
        resumable = [v.version for v in known if v.state == BUILDING and v.fingerprint == mine]
        if resumable:
            return resumable[-1], True
        version = max([projection.version] + [v.version + 1 for v in known])
        _create_tables(conn, projection, version)
        _register(conn, projection, version, BUILDING)
        return version, False


def build_if_frozen(engine: Engine, projection) -> int | None:
    """After a deploy whose code changed a projection's tables: if this code can maintain no registered version
    of it, register (or resume) the build of its own, so the work starts at once; the switch stays an operator's
    decision (``hub projections switch`` or ``rebuild``). Returns the version being built, if any."""
    with engine.connect() as conn:
        if maintainable(conn, projection):
            return None
    return begin_build(engine, projection)[0]


def switch(engine: Engine, projection, to_version: int) -> int:
    """Make ``to_version`` live and the live one ``standby``, views re-pointed, in one transaction; returns the
    version that was live. The target must be a ``building`` or ``standby`` version whose tables exist."""
    with engine.begin() as conn:
        _locked(conn)
        by_version = {v.version: v for v in list_versions(conn, projection.name)}
        target = by_version.get(to_version)
        if target is None or target.state not in (BUILDING, STANDBY):
            known = ", ".join(f"v{v.version} {v.state}" for v in by_version.values()) or "none"
            raise VersionError(f"{projection.name} v{to_version} cannot be switched to (versions: {known})")
        previous = next(v.version for v in by_version.values() if v.state == LIVE)
        now = clock.now()
        rows = registry.c
        conn.execute(update(registry).where(rows.projection == projection.name, rows.version == previous)
                     .values(state=STANDBY))
        conn.execute(update(registry).where(rows.projection == projection.name, rows.version == to_version)
                     .values(state=LIVE, switched_at=now))
        _point_views(conn, projection, to_version)
        return previous


def drop(engine: Engine, projection, version: int) -> None:
    """Drop a version that is not live: its tables, its offsets, dead letters and answer stamps, its registry row."""
    with engine.begin() as conn:
        _locked(conn)
        if live_version(conn, projection.name) == version:
            raise VersionError(f"{projection.name} v{version} is live; switch to another version first")
        for table in table_map(projection, version).values():
            table.drop(conn, checkfirst=True)
        for table in (offsets.projection_offsets, dead_letters.dead_letters, stamps.stamps):
            conn.execute(delete(table).where(table.c.projection == projection.name, table.c.version == version))
        conn.execute(delete(registry).where(registry.c.projection == projection.name, registry.c.version == version))


def rollback_target(conn: Connection, name: str) -> int:
    """The version a rollback returns to: the most recently live ``standby`` version."""
    standby = [v for v in list_versions(conn, name) if v.state == STANDBY]
    if not standby:
        raise VersionError(f"{name} has no standby version to roll back to (the old tables were dropped; "
                           f"rebuild with --keep-old to keep them)")
    return max(standby, key=lambda v: (v.switched_at is not None, v.switched_at or v.created_at, v.version)).version


def _register(conn: Connection, projection, version: int, state: str) -> None:
    now = clock.now()
    conn.execute(registry.insert().values(projection=projection.name, version=version, state=state,
                                          fingerprint=fingerprint(projection),
                                          created_at=now, switched_at=now if state == LIVE else None))


def _create_tables(conn: Connection, projection, version: int) -> None:
    for table in table_map(projection, version).values():
        table.create(conn, checkfirst=True)


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _point_views(conn: Connection, projection, version: int, create_only: bool = False) -> None:
    """Make each template name a view over the table of ``version`` (``create_only``: only where missing)."""
    existing = set(inspect(conn).get_view_names())
    for template, table in table_map(projection, version).items():
        if create_only and template.name in existing:
            continue
        view = _quote(conn, template.name)
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {view}")
        conn.exec_driver_sql(f"CREATE VIEW {view} AS SELECT * FROM {_quote(conn, table.name)}")


def _adopt_unversioned(conn: Connection, projection, version: int) -> None:
    """Rename real tables left under template names by the layout before versioning to their versioned names."""
    tables = set(inspect(conn).get_table_names())
    for template, table in table_map(projection, version).items():
        if template.name in tables and table.name not in tables:
            conn.exec_driver_sql(f"ALTER TABLE {_quote(conn, template.name)} RENAME TO {_quote(conn, table.name)}")


def template_names(projections: Iterable) -> set[str]:
    return {table.name for projection in projections for table in projection.tables}
