"""SQLAlchemy engines for the hub's SQL stores (views and state), on SQLite or PostgreSQL alike."""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from hub.config import ConfigError


THREADS = min(32, (os.cpu_count() or 1) + 4)  # asyncio's default executor: where asyncio.to_thread runs


def make_engine(url: str, *, pool_size: int = THREADS) -> Engine:
    """Create an engine for ``url``. SQLite files get WAL, a busy timeout and their folder created.

    PostgreSQL: the pool keeps ``pool_size`` connections, by default one per thread of asyncio's default executor,
    where the API's reads and the projector's transactions run (``asyncio.to_thread``), so that they do not
    outnumber it: a connection past the pool's size is closed when it comes back, and the next one opened
    prepares every statement anew (psycopg prepares a statement on a connection's fifth run; until then the server
    plans the diary's week, ~3 ms, on each). With 5 connections for 6 threads the API opened a connection every
    ~80 reads under load (``pg_stat_database.sessions`` during ``python -m bench --only reads``)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise ConfigError(f"{url!r} is not a database URL (e.g. sqlite:///var/views.db or postgresql+psycopg://...)") from exc
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if parsed.get_backend_name() == "postgresql":
        if parsed.get_driver_name() not in ("psycopg", ""):
            raise ConfigError(f"{url!r}: use the psycopg 3 driver, postgresql+psycopg://...")
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        _cache_longer_statements()
        engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size)
        event.listen(engine, "checkout", _drop_if_closed_by_server)
        return engine
    raise ConfigError(f"{url!r}: only sqlite:// and postgresql+psycopg:// are supported")


def _drop_if_closed_by_server(dbapi_conn, _record, _proxy) -> None:  # noqa: ANN001 - DBAPI objects
    """The pool's liveness check, without a round trip: an idle connection has nothing to read, so a socket that
    is readable (the server's ``FATAL: terminating connection``, or end of file: PostgreSQL restarted, the
    backend was terminated) or in error means the server has closed it. ``DisconnectionError`` makes the pool
    discard it and check out another (SQLAlchemy retries up to three times), so the first read after a restart
    succeeds. SQLAlchemy's ``pool_pre_ping`` did the same with a ``SELECT 1`` round trip on every checkout: a
    quarter of the API's busy time under a read load (``python -m bench --only reads --profile``)."""
    if dbapi_conn.closed or dbapi_conn.broken:
        raise exc.DisconnectionError("the connection is closed")
    poller = select.poll()
    poller.register(dbapi_conn.fileno(), select.POLLIN | select.POLLERR | select.POLLHUP)
    if poller.poll(0):
        raise exc.DisconnectionError("the server closed the connection")


def _cache_longer_statements(length: int = 16384) -> None:
    """Let psycopg cache the parsing of statements up to ``length`` characters (its default: 4096). The read
    statements of the views (``projections.shaped_rows``: a diary week, a final-grades year) are 5-11k characters
    and the same on every call; parsing one again costs 25-170 us of CPU per read. Statements with more than 50
    parameters (bulk inserts) stay uncached, as psycopg decides."""
    from psycopg import _queries

    if getattr(_queries, "MAX_CACHED_STATEMENT_LENGTH", length) < length:
        _queries.MAX_CACHED_STATEMENT_LENGTH = length


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DBAPI objects
        dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below drive transactions
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

    return engine


READ_ONLY = "hub_read_only"  # execution option of the connections ``reading`` hands out


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for one read-only request (an API answer): what it reads is committed, and it never writes.

    * PostgreSQL: autocommit, so no BEGIN and ROLLBACK round trips, and statements that run faster outside a
      transaction (``python -m bench.reads_in_process`` times a read). Each statement reads its own committed
      snapshot, exactly as it would in a READ COMMITTED transaction (PostgreSQL's default), so nothing is lost by
      leaving the transaction out.
    * SQLite: a deferred ``BEGIN`` instead of the writers' ``BEGIN IMMEDIATE``: a reader takes no write lock
      (it never waits for the projector, nor makes it wait), and in WAL mode all its statements read one snapshot.
    """
    with engine.connect() as conn:
        if is_sqlite(engine):
            yield conn.execution_options(**{READ_ONLY: True})
        else:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
