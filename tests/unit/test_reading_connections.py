"""``hub.store.db.reading``: the connections API answers read with (autocommit on PostgreSQL, a deferred read
transaction on SQLite), on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hub.store.db import is_sqlite, reading


@pytest.fixture(autouse=True)
def scratch_table(engine):
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS reading_scratch"))
        conn.execute(text("CREATE TABLE reading_scratch (n INTEGER)"))
        conn.execute(text("INSERT INTO reading_scratch VALUES (1)"))
    yield
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE reading_scratch"))


def _count(conn) -> int:  # noqa: ANN001
    return conn.execute(text("SELECT count(*) FROM reading_scratch")).scalar_one()


def _write(engine, n: int) -> None:  # noqa: ANN001
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO reading_scratch VALUES (:n)"), {"n": n})


def test_a_reader_sees_what_is_committed(engine):
    with reading(engine) as conn:
        assert _count(conn) == 1
    _write(engine, 2)
    with reading(engine) as conn:
        assert _count(conn) == 2


def test_a_writer_commits_while_a_reader_is_mid_read(engine):
    """The projector never waits for a reader: SQLite readers take no write lock (a BEGIN IMMEDIATE reader made
    this writer wait for the busy timeout), PostgreSQL readers hold no transaction open."""
    with reading(engine) as conn:
        assert _count(conn) == 1
        _write(engine, 2)
        seen = _count(conn)
    # SQLite: one snapshot for the whole read; PostgreSQL: each statement its own, as under READ COMMITTED
    assert seen == (1 if is_sqlite(engine) else 2)


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_postgres_readers_hold_no_transaction(engine):
    from psycopg.pq import TransactionStatus

    with reading(engine) as conn:
        _count(conn)
        assert conn.connection.dbapi_connection.info.transaction_status is TransactionStatus.IDLE


def test_writers_keep_their_transactions_after_a_read(engine):
    """The pooled connection a reader used goes back to the pool transactional: a failed write still rolls back."""
    for _ in range(3):  # the pool hands the same connection back
        with reading(engine) as conn:
            _count(conn)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("INSERT INTO reading_scratch VALUES (9)"))
        raise RuntimeError("the write fails half way")
    with reading(engine) as conn:
        assert _count(conn) == 1


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_a_read_after_the_server_closed_the_connection_gets_a_new_one(engine):
    """A backend the server terminated (as a restart does) is dropped at checkout: the next read succeeds, on
    another backend, and no checkout paid a ``SELECT 1`` round trip to find out."""
    import time

    import psycopg

    pings = []
    real_ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda dbapi_conn: pings.append(1) or real_ping(dbapi_conn)
    with reading(engine) as conn:
        first = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    with psycopg.connect(engine.url.set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (first,))
    time.sleep(0.2)  # the server's FATAL message and end of file reach the idle socket
    with reading(engine) as conn:
        assert _count(conn) == 1
        assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != first
    assert pings == []
