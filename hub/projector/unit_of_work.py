"""A buffer of row changes that a batch of events makes to projection tables, written in a few statements.

Projection handlers never write SQL: they call ``upsert`` (the full row) or ``update`` (some columns of a row,
created with the other columns NULL if it does not exist yet) on a ``UnitOfWork``. Changes to the same primary key
within one batch merge into one buffered row, last write winning per column, so a batch of 2,000 events touching
1,200 rows writes 1,200 rows.

``flush(conn)`` groups the buffered rows by (table, set of columns) and writes each group with ONE
``INSERT .. ON CONFLICT (pk) DO UPDATE SET <the group's non-key columns>``: columns a change did not mention are
never overwritten. A group never repeats a key (rows are merged), which a multi-row ``ON CONFLICT DO UPDATE``
requires. Groups are written in a fixed order (derivation sources first, then table, columns, key) so that two
writers touching the same rows take their locks in the same order.

A table whose ``info`` names a ``derive`` object (``projections.lesson_days``: a diary row's day, from its
lesson's date) has it called in the flush's transaction: ``before_flush`` with the pending rows by table (it may
add columns to them), then ``after_source`` once the derivation's ``source`` table is written (sources go first)
and before the others are (it may update stored rows the source's changes affect); the columns it derives are
thus a function of the stored rows, as handlers' are.

How a group travels is dialect-specific (both statements are built with SQLAlchemy's dialect ``insert``):

* SQLite: ``INSERT .. VALUES`` compiled once per (dialect, table, columns) and run as the driver's executemany
  over tuples made with the columns' own bind processors (``sqlite_plan``): what SQLAlchemy's executemany of dicts
  does, without its per-row parameter processing (half of the flush's CPU).
* PostgreSQL: ``INSERT .. SELECT .. FROM json_populate_recordset(NULL::<table>, :rows)``, executed once with the
  whole group as one JSON document (``orjson``'s bytes, sent as a ``json`` parameter without re-encoding). An
  executemany would cost the server a statement per row, and per-column array parameters cost the client a
  Python-level loop per value; this keeps the projector's own CPU, its bottleneck, at ~5 us per row and moves the
  parsing to the database.
* PostgreSQL, a table marked ``info={"insert_only": True}`` (the audit index: a row per log position, which the
  offset's compare-and-set lets a version write only once): a binary ``COPY`` of the group (``copy_plan``), which
  costs the server about 10 us per audit row against 21-27 us for the upsert, and the client no more. A key that
  exists already fails the batch (a unique violation) instead of being overwritten. Only for column types the
  plan knows (text, integers, booleans, dates); other tables, and SQLite, keep the upsert.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from operator import itemgetter
from typing import Any

import orjson
import psycopg
from psycopg.types.json import Json
from sqlalchemy import JSON, Connection, Table, bindparam, func, literal_column, select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.sql.dml import Insert

Row = dict[str, Any]
_PSYCOPG = PGDialect_psycopg()


class UnitOfWork:
    """Row changes of one batch, keyed by table and primary key. Not thread-safe; one per batch."""

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending: dict[Table, dict[Any, Row]] = {}

    def upsert(self, table: Table, row: Row) -> None:
        """Set the columns in ``row`` (which must hold every primary-key column) of the row with that key.

        The unit of work keeps ``row`` itself: do not change the dict afterwards.
        """
        try:
            key = _key_getter(table)(row)
        except KeyError:
            raise ValueError(f"a change to {table.name} must give every key column {primary_key(table)}") from None
        bucket = self._pending.get(table)
        if bucket is None:
            self._pending[table] = {key: row}
        elif (existing := bucket.get(key)) is None:
            bucket[key] = row
        else:
            existing.update(row)

    def update(self, table: Table, key: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        """Set only ``values`` on the row with primary key ``key``; the row is created (rest NULL) if absent."""
        self.upsert(table, {**key, **values})

    def buffered(self, table: Table, key: Mapping[str, Any]) -> Row | None:
        """The row this batch has buffered under ``key`` so far (the buffer itself: read it, do not change it),
        else None. What the batch wrote, never what the database holds (``projections.roster_stays`` resolves
        against the stored rows when the batch is written)."""
        bucket = self._pending.get(table)
        return None if bucket is None else bucket.get(_key_getter(table)(key))

    def __len__(self) -> int:
        """How many rows are buffered (after merging)."""
        return sum(len(bucket) for bucket in self._pending.values())

    def pending(self, table: Table) -> list[Row]:
        """The buffered rows of ``table`` in key order (a copy; for tests and diagnostics)."""
        bucket = self._pending.get(table, {})
        return [dict(bucket[key]) for key in sorted(bucket)]

    def flush(self, conn: Connection, targets: Mapping[Table, Table] | None = None) -> int:
        """Write every buffered row in ``conn``'s transaction, one statement per (table, column set).

        ``targets`` maps the tables handlers named (a projection's templates) to the tables written (the physical
        tables of one version); a table not in it is written as named. Returns the number of rows written and
        empties the buffer. The caller owns the transaction: if it rolls back, nothing of the batch stays written.
        """
        written, targets = 0, targets or {}
        derivations = self._derivations()
        moved = [derivation.before_flush(conn, self._pending, targets) for derivation in derivations]
        sources = {derivation.source for derivation in derivations}
        for named in sorted(self._pending, key=lambda t: (t not in sources, t.name)):  # sources first
            if moved and named not in sources:
                for derivation, state in zip(derivations, moved):
                    derivation.after_source(conn, state, targets)
                moved = []
            written += self._write(conn, named, targets.get(named, named))
        for derivation, state in zip(derivations, moved):  # a batch of sources only
            derivation.after_source(conn, state, targets)
        self._pending.clear()
        return written

    def _write(self, conn: Connection, named: Table, table: Table) -> int:
        """Write the buffered rows of ``named`` into ``table``, one statement per column set."""
        dialect, insert_only, written = conn.dialect.name, named.info.get("insert_only", False), 0
        for columns, rows in _groups(self._pending[named]):
            if dialect == "postgresql" and insert_only and (plan := copy_plan(table, columns)) is not None:
                _copy(conn, plan, rows)
            elif dialect == "postgresql":
                conn.exec_driver_sql(postgresql_sql(table, columns), {"rows": Json(rows, orjson.dumps)})
            else:
                sql, values = sqlite_plan(conn.dialect, table, columns)
                conn.exec_driver_sql(sql, [values(row) for row in rows])
            written += len(rows)
        return written

    def _derivations(self) -> list[Any]:
        """The ``derive`` objects of the pending tables' ``info``, each once, in table-name order."""
        found: list[Any] = []
        for table in sorted(self._pending, key=lambda t: t.name):
            derivation = table.info.get("derive")
            if derivation is not None and all(derivation is not seen for seen in found):
                found.append(derivation)
        return found


def _groups(bucket: dict[Any, Row]) -> list[tuple[tuple[str, ...], list[Row]]]:
    """Rows grouped by their columns (as named, in order: rows from one handler share it); groups and the rows
    in each in a deterministic order (by columns, then by key: the keys are sorted once, in C)."""
    groups: dict[tuple[str, ...], list[Row]] = {}
    for key in sorted(bucket):
        row = bucket[key]
        columns = tuple(row)
        group = groups.get(columns)
        if group is None:
            groups[columns] = [row]
        else:
            group.append(row)
    return sorted(groups.items(), key=itemgetter(0))


@lru_cache(maxsize=None)
def primary_key(table: Table) -> tuple[str, ...]:
    """The primary-key column names of ``table``; a table without one cannot be projected into."""
    names = tuple(column.name for column in table.primary_key.columns)
    if not names:
        raise ValueError(f"table {table.name} has no primary key; a projection table needs one")
    return names


@lru_cache(maxsize=None)
def _key_getter(table: Table) -> Callable[[Mapping[str, Any]], Any]:
    """The row's key: the value of a one-column key, else the tuple of the key columns' values."""
    return itemgetter(*primary_key(table))


@lru_cache(maxsize=1024)
def upsert_statement(dialect: str, table: Table, columns: tuple[str, ...]) -> Insert:
    """The statement that writes a group: ``INSERT .. ON CONFLICT (pk) DO UPDATE SET`` the non-key ``columns``
    (``DO NOTHING`` if there are none); on PostgreSQL reading the rows from the JSON parameter ``rows``."""
    unknown = set(columns) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {sorted(unknown)}")
    if dialect == "postgresql":
        row_type = literal_column(f"NULL::{_PSYCOPG.identifier_preparer.format_table(table)}")
        source = func.json_populate_recordset(row_type, bindparam("rows", type_=JSON))
        records = source.table_valued(*columns).alias("r")
        stmt = postgresql.insert(table).from_select(list(columns), select(*(records.c[name] for name in columns)))
    elif dialect == "sqlite":
        stmt = sqlite.insert(table)
    else:
        raise ValueError(f"projections support sqlite and postgresql, not {dialect}")
    key = primary_key(table)
    updates = [name for name in columns if name not in key]
    if not updates:
        return stmt.on_conflict_do_nothing(index_elements=list(key))
    return stmt.on_conflict_do_update(index_elements=list(key), set_={n: stmt.excluded[n] for n in updates})


@lru_cache(maxsize=1024)
def sqlite_plan(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[str, Callable[[Row], tuple]]:
    """``upsert_statement`` compiled for ``dialect`` (SQLite) with the parameters in order, and the function that
    makes a row's parameter tuple: its values in that order, each through its column's bind processor (dates to
    text, booleans to integers, JSON to text, as SQLAlchemy would)."""
    compiled = upsert_statement("sqlite", table, columns).compile(dialect=dialect, column_keys=list(columns))
    names = tuple(compiled.positiontup or ())
    processors = [(i, processor) for i, name in enumerate(names)
                  if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None]

    get = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    if not processors:
        return compiled.string, get

    def values(row: Row) -> tuple:
        plain = list(get(row))
        for i, processor in processors:
            plain[i] = processor(plain[i])
        return tuple(plain)

    return compiled.string, values


@lru_cache(maxsize=1024)
def postgresql_sql(table: Table, columns: tuple[str, ...]) -> str:
    """``upsert_statement`` compiled once for psycopg; executed with ``{"rows": <JSON array of the rows>}``."""
    return upsert_statement("postgresql", table, columns).compile(dialect=_PSYCOPG).string


COPY_TYPES = frozenset({"varchar", "text", "integer", "bigint", "smallint", "boolean", "date"})


@lru_cache(maxsize=1024)
def copy_plan(table: Table, columns: tuple[str, ...]) -> tuple[str, list[str], Callable[[Row], tuple]] | None:
    """``(COPY statement, PostgreSQL type of each column, row -> values)`` for a binary ``COPY`` of ``columns``
    into ``table``; None if a column's type is not one the plan knows (the caller upserts instead)."""
    dialect = postgresql.dialect()
    types = [table.c[name].type.compile(dialect=dialect).split("(")[0].strip().lower() for name in columns]
    if not set(types) <= COPY_TYPES:
        return None
    quote = _PSYCOPG.identifier_preparer.quote
    sql = (f"COPY {_PSYCOPG.identifier_preparer.format_table(table)} ({', '.join(quote(c) for c in columns)}) "
           f"FROM STDIN (FORMAT BINARY)")
    get = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    return sql, types, get


def _copy(conn: Connection, plan: tuple[str, list[str], Callable[[Row], tuple]], rows: list[Row]) -> None:
    """COPY ``rows`` on ``conn``'s driver connection (in its transaction); a driver error is raised as SQLAlchemy
    raises it for a statement (``OperationalError``: transient, the runner retries; ``IntegrityError``: a key
    that exists)."""
    sql, types, get = plan
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
            copy.set_types(types)
            write = copy.write_row
            for row in rows:
                write(get(row))
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error, dialect=conn.dialect) from exc
