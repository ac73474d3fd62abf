"""UnitOfWork: merging changes per key within a batch, and flushing them as one upsert per (table, column set)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import (JSON, BigInteger, Boolean, Column, Date, Float, Integer, MetaData, String, Table, Text, event,
                        select)
from sqlalchemy.exc import IntegrityError

from hub.projector.unit_of_work import UnitOfWork, copy_plan
from hub.store.db import make_engine
from tests.brokers import fresh_database

metadata = MetaData()
things = Table(
    "uow_things", metadata,
    Column("a", String(20), primary_key=True), Column("b", Integer, primary_key=True),
    Column("name", String(50)), Column("on", Date), Column("flag", Boolean), Column("score", Float),
    Column("extra", JSON),
)
links = Table("uow_links", metadata,
              Column("x", String(20), primary_key=True), Column("y", String(20), primary_key=True))
logged = Table(  # like the audit index: a row per log position, never rewritten
    "uow_logged", metadata,
    Column("p", Integer, primary_key=True), Column("o", BigInteger, primary_key=True), Column("kind", String(20)),
    Column("doc", Text), Column("ok", Boolean), Column("on", Date), info={"insert_only": True},
)


@pytest.fixture(scope="module")
def postgres_engine(postgres_url):
    with fresh_database(postgres_url) as url:
        engine = make_engine(url)
        metadata.create_all(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    if request.param == "postgres":
        engine = request.getfixturevalue("postgres_engine")
        with engine.begin() as conn:
            for table in metadata.sorted_tables:
                conn.execute(table.delete())
        yield engine
        return
    engine = make_engine(f"sqlite:///{tmp_path / 'uow.db'}")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def rows(engine, table=things) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()]


def flush(engine, uow: UnitOfWork) -> int:
    with engine.begin() as conn:
        return uow.flush(conn)


@contextmanager
def inserts_sent(engine) -> Iterator[list[str]]:
    """The INSERT statements sent to the database driver inside the block."""
    seen: list[str] = []

    def _seen(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("INSERT"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", _seen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", _seen)


def test_changes_to_one_key_merge_last_write_wins_per_column():
    uow = UnitOfWork()
    uow.upsert(things, {"a": "k", "b": 1, "name": "first", "flag": False})
    uow.update(things, {"a": "k", "b": 1}, {"flag": True, "score": 2.5})
    uow.upsert(things, {"a": "k", "b": 1, "name": "second"})
    uow.upsert(things, {"a": "k", "b": 2, "name": "other"})
    assert len(uow) == 2
    assert uow.pending(things) == [
        {"a": "k", "b": 1, "name": "second", "flag": True, "score": 2.5},
        {"a": "k", "b": 2, "name": "other"},
    ]


def test_flush_writes_merged_rows_and_partial_update_leaves_other_columns_null(engine):
    uow = UnitOfWork()
    uow.upsert(things, {"a": "k", "b": 1, "name": "n", "on": dt.date(2024, 9, 2), "extra": [{"u": 1}]})
    uow.update(things, {"a": "k", "b": 1}, {"flag": True})
    uow.update(things, {"a": "z", "b": 9}, {"score": 4.25})  # no full row for it anywhere: created, rest NULL
    assert flush(engine, uow) == 2 and len(uow) == 0
    assert rows(engine) == [
        {"a": "k", "b": 1, "name": "n", "on": dt.date(2024, 9, 2), "flag": True, "score": None, "extra": [{"u": 1}]},
        {"a": "z", "b": 9, "name": None, "on": None, "flag": None, "score": 4.25, "extra": None},
    ]


def test_a_later_batch_overwrites_only_the_columns_it_names(engine):
    first = UnitOfWork()
    first.upsert(things, {"a": "k", "b": 1, "name": "n", "flag": False, "score": 1.0})
    flush(engine, first)
    second = UnitOfWork()
    second.update(things, {"a": "k", "b": 1}, {"flag": True})
    second.upsert(things, {"a": "k", "b": 1, "score": 3.0})
    flush(engine, second)
    [row] = rows(engine)
    assert (row["name"], row["flag"], row["score"]) == ("n", True, 3.0)


def test_one_statement_per_table_and_column_set(engine):
    uow = UnitOfWork()
    for i in range(50):
        uow.upsert(things, {"a": "full", "b": i, "name": f"n{i}", "flag": i % 2 == 0})
    for i in range(30):
        uow.update(things, {"a": "part", "b": i}, {"score": float(i)})
    for i in range(20):
        uow.upsert(links, {"x": f"x{i}", "y": "y"})
    with inserts_sent(engine) as seen:
        assert flush(engine, uow) == 100
    assert len(seen) == 3, seen
    assert len(rows(engine)) == 80 and len(rows(engine, links)) == 20


def test_key_only_rows_are_inserted_once(engine):
    for _ in range(2):
        uow = UnitOfWork()
        uow.upsert(links, {"x": "x", "y": "y"})
        uow.upsert(links, {"x": "x", "y": "y"})
        flush(engine, uow)
    assert rows(engine, links) == [{"x": "x", "y": "y"}]


def test_rolled_back_flush_leaves_nothing(engine):
    uow = UnitOfWork()
    uow.upsert(things, {"a": "k", "b": 1, "name": "n"})
    with pytest.raises(RuntimeError), engine.begin() as conn:
        uow.flush(conn)
        raise RuntimeError("crash after the flush, before the commit")
    assert rows(engine) == []


def test_refuses_a_change_without_its_whole_key_or_with_an_unknown_column(engine):
    uow = UnitOfWork()
    with pytest.raises(ValueError, match="key column"):
        uow.upsert(things, {"a": "k", "name": "no b"})
    with pytest.raises(ValueError, match="key column"):
        uow.update(things, {"a": "k"}, {"name": "no b"})
    uow.upsert(things, {"a": "k", "b": 1, "nope": 1})
    with pytest.raises(ValueError, match="nope"), engine.begin() as conn:
        uow.flush(conn)


def test_insert_only_rows_are_stored_exactly_as_given(engine):
    """On PostgreSQL they go by binary COPY, elsewhere by the upsert: the table holds the same either way."""
    given = [{"p": 0, "o": 2**40 + i, "kind": f"k{i}", "doc": doc, "ok": i % 2 == 0, "on": dt.date(2026, 9, i + 1)}
             for i, doc in enumerate(['{"a": "\\t\\n"}', "tab\tnew\nline\\back\rslash", "ёжик \u00e9 \U0001f600", "",
                                      "\\N", "NULL"])]
    given.append({"p": 1, "o": 0, "kind": None, "doc": None, "ok": None, "on": None})
    uow = UnitOfWork()
    for row in given:
        uow.upsert(logged, dict(row))
    uow.upsert(logged, {"p": 2, "o": 5, "kind": "some columns only"})
    with inserts_sent(engine) as seen:
        assert flush(engine, uow) == len(given) + 1
    assert len(seen) == (0 if engine.dialect.name == "postgresql" else 2)  # COPY sends no INSERT
    assert rows(engine, logged) == sorted(given + [{"p": 2, "o": 5, "kind": "some columns only", "doc": None,
                                                    "ok": None, "on": None}], key=lambda r: (r["p"], r["o"]))


@pytest.mark.postgres
def test_insert_only_refuses_a_key_that_exists_on_postgresql(postgres_engine):
    with postgres_engine.begin() as conn:
        conn.execute(logged.delete())
    for attempt in range(2):
        uow = UnitOfWork()
        uow.upsert(logged, {"p": 9, "o": 9, "kind": "once"})
        if attempt == 0:
            flush(postgres_engine, uow)
        else:
            with pytest.raises(IntegrityError):
                flush(postgres_engine, uow)
    assert [r["kind"] for r in rows(postgres_engine, logged)] == ["once"]


def test_copy_is_planned_only_for_the_types_it_knows():
    assert copy_plan(logged, ("p", "o", "kind", "doc", "ok", "on")) is not None
    assert copy_plan(things, ("a", "b", "score")) is None  # FLOAT
    assert copy_plan(things, ("a", "b", "extra")) is None  # JSON
