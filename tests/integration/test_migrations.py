"""The hub's own tables under Alembic (``hub.store.migrate``), on SQLite and PostgreSQL.

* The models and the migrations agree (``compare_metadata`` after upgrading an empty database): a model changed
  without a migration fails here.
* The baseline is exactly the schema commit 4680319 made; a database made by that code is adopted (never
  re-created), keeps every row, and the app works on it.
* ``hub db status`` / ``hub db upgrade``; ``hub serve`` and ``hub project`` upgrade at start, or refuse with
  ``HUB_DB_AUTO_UPGRADE=false``; processes upgrading at once apply each migration once.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
import pytest
from alembic import command
from sqlalchemy import BigInteger, Column, Engine, LargeBinary, MetaData, String, Table, inspect

from hub.api.app import create_app
from hub.bootstrap import build_hub
from hub.cli import main
from hub.config import Mode, Settings
from hub.projector.supervisor import run_projections
from hub.store import migrate
from hub.store.migrate import PROJECTOR, STATE, STREAMS, SchemaBehind, SchemaUnknown
from projections import ALL_PROJECTIONS
from tests import state_snapshot
from tests.samples import school_records


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def settings_for(engine: Engine, tmp_path, **overrides) -> Settings:
    url = url_of(engine)
    return Settings(mode=Mode.DEV, data_dir=tmp_path, state_url=url, db_url=url, read_wait_ms=300, **overrides)


def schema(engine: Engine, stream) -> dict:
    """The stream's tables as the database reports them: columns (type, nullable), primary key, indexes."""
    found = inspect(engine)
    return {name: {"columns": [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(name)],
                   "pk": found.get_pk_constraint(name)["constrained_columns"],
                   "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                                     for i in found.get_indexes(name))}
            for name in sorted(stream.table_names()) if found.has_table(name)}


@pytest.mark.parametrize("stream", STREAMS, ids=lambda s: s.name)
def test_the_models_match_the_migrated_schema(new_engine, stream):
    engine = new_engine()
    assert migrate.upgrade(engine, stream)[0].endswith("_baseline")
    with engine.connect() as conn:
        assert migrate.drift(conn, stream) == [], (
            f"the {stream.name} models differ from the schema the migrations build: add a revision "
            f"(README: 'The hub's own state and migrations')")
    assert migrate.status(engine, stream).current == migrate.head(stream)


def test_the_baselines_are_exactly_the_schema_4680319_made(new_engine):
    made_then, migrated = new_engine(), new_engine()
    state_snapshot.create(made_then)
    with migrated.begin() as conn:
        for stream in STREAMS:
            base = migrate._script(stream).get_base()
            command.upgrade(migrate.config(stream, conn), base)
    for stream in STREAMS:
        assert schema(migrated, stream) == schema(made_then, stream)


def test_a_database_of_4680319_is_adopted_with_every_row(new_engine):
    engine = new_engine()
    state_snapshot.create(engine)
    with engine.connect() as conn:
        before = {name: state_snapshot.rows(conn, name) for name in state_snapshot.ROWS}
    for stream in STREAMS:
        found = migrate.status(engine, stream)
        assert found.unversioned and found.current is None and found.pending[-1] == migrate.head(stream)
        assert migrate.upgrade(engine, stream) == found.pending
        assert migrate.status(engine, stream).behind is False
    with engine.connect() as conn:
        assert {name: state_snapshot.rows(conn, name) for name in state_snapshot.ROWS} == before
        assert all(migrate.drift(conn, stream) == [] for stream in STREAMS)
    assert migrate.upgrade(engine, STATE) == [] and migrate.upgrade(engine, PROJECTOR) == []


def test_an_older_layout_is_completed_not_recreated(new_engine):
    """Before 4680319 some state tables did not exist yet and ``raw_batches`` had no ``record_count`` (that code
    added it by hand): the baseline creates what is missing and keeps what is there."""
    engine = new_engine()
    older_raw = Table("raw_batches", MetaData(), Column("batch_id", String(36), primary_key=True),
                      Column("adapter", String(64), nullable=False), Column("client_id", String(64), nullable=False),
                      Column("school_id", String(128)), Column("received_at_ms", BigInteger, nullable=False),
                      Column("records", LargeBinary, nullable=False))
    ledger_table, ledger_rows = state_snapshot.ROWS["ingest_ledger"]
    with engine.begin() as conn:
        for statement in state_snapshot.statements(STATE, engine.dialect.name):
            if "ingest_ledger" in statement:
                conn.exec_driver_sql(statement)
        older_raw.create(conn)
        conn.execute(ledger_table.insert(), ledger_rows)
        conn.execute(older_raw.insert().values(batch_id="b-older", adapter="native", client_id="c", received_at_ms=1,
                                               records=b"[]"))
    assert migrate.status(engine, STATE).unversioned
    migrate.upgrade(engine, STATE)
    with engine.connect() as conn:
        assert migrate.drift(conn, STATE) == []
        assert state_snapshot.rows(conn, "ingest_ledger") == ledger_rows
        kept = state_snapshot.rows(conn, "raw_batches")
        assert [(r["batch_id"], r["records"], r["record_count"]) for r in kept] == [("b-older", b"[]", None)]


async def test_the_app_works_on_an_adopted_database(new_engine, tmp_path):
    engine = new_engine()
    state_snapshot.create(engine)
    hub = build_hub(settings_for(engine, tmp_path))  # what `hub serve` does at start: upgrades, then serves
    await hub.start()
    vendor = {"Authorization": f"Bearer {state_snapshot.TOKEN}"}  # the client 4680319 registered
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
            parked = (await http.get("/v1/ingest/native/quarantine", headers=vendor)).json()
            assert [p["record"] for p in parked["parked"]] == [{"parked": "by 4680319"}]
            sent = await http.post("/v1/ingest/native", json=school_records()[:3], headers=vendor)
            assert sent.status_code == 200 and sent.json()["summary"]["accepted"] == 3, sent.text
            again = await http.post("/v1/ingest/native", json=school_records()[:3], headers=vendor)
            assert again.json()["summary"]["duplicate"] == 3
        assert [c["client_id"] for c in hub.clients.list()][:2] == [state_snapshot.CLIENT_ID, "revoked00001"]
        assert hub.raw.batch("b-old")["records"] == []
    finally:
        await hub.close()


def test_hub_db_status_and_upgrade(new_engine, tmp_path, monkeypatch, capsys):
    fresh, made_then = new_engine(), new_engine()
    state_snapshot.create(made_then)
    monkeypatch.setenv("HUB_MODE", "dev")
    for engine, before in ((fresh, "none (empty)"), (made_then, "none (tables made before migrations)")):
        monkeypatch.setenv("HUB_STATE_URL", url_of(engine))
        monkeypatch.setenv("HUB_DB_URL", url_of(engine))
        assert main(["db", "status"]) == 1
        shown = capsys.readouterr().out
        assert f"current: {before}" in shown and "run `hub db upgrade`" in shown
        assert main(["db", "upgrade"]) == 0
        shown = capsys.readouterr().out
        assert f"-> {migrate.head(STATE)}" in shown and f"-> {migrate.head(PROJECTOR)}" in shown
        assert ("adopted" in shown) == (engine is made_then)
        assert main(["db", "current"]) == 0
        assert "pending: none (up to date)" in capsys.readouterr().out


def test_serve_and_project_refuse_a_schema_behind_when_auto_upgrade_is_off(new_engine, tmp_path, monkeypatch,
                                                                            capsys):
    engine = new_engine()
    state_snapshot.create(engine)
    with pytest.raises(SchemaBehind, match="hub db upgrade"):
        build_hub(settings_for(engine, tmp_path, db_auto_upgrade=False))
    with pytest.raises(SchemaBehind, match=r"projector database \(HUB_DB_URL\)"):
        asyncio.run(run_projections(settings_for(engine, tmp_path, db_auto_upgrade=False), stop=_stopped()))
    for key, value in {"HUB_MODE": "dev", "HUB_DATA_DIR": str(tmp_path), "HUB_STATE_URL": url_of(engine),
                       "HUB_DB_URL": url_of(engine), "HUB_DB_AUTO_UPGRADE": "false"}.items():
        monkeypatch.setenv(key, value)
    assert main(["serve"]) == 2
    assert "the state database (HUB_STATE_URL) is behind this code" in capsys.readouterr().err
    assert main(["project"]) == 2
    assert "Run `hub db upgrade`" in capsys.readouterr().err
    assert all(migrate.status(engine, stream).unversioned for stream in STREAMS)  # refused: nothing touched
    assert main(["db", "upgrade"]) == 0
    build_hub(settings_for(engine, tmp_path, db_auto_upgrade=False)).state.dispose()  # at head: starts


def test_a_database_migrated_by_newer_code_stops_older_code(new_engine, tmp_path, monkeypatch, capsys):
    engine = new_engine()
    migrate.upgrade(engine, STATE)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {STATE.version_table} SET version_num = 's0099_from_the_future'")
    with pytest.raises(SchemaUnknown, match="s0099_from_the_future, which this code does not have"):
        build_hub(settings_for(engine, tmp_path))
    for key, value in {"HUB_MODE": "dev", "HUB_STATE_URL": url_of(engine), "HUB_DB_URL": url_of(engine)}.items():
        monkeypatch.setenv(key, value)
    assert main(["db", "status"]) == 2 and "newer code migrated it" in capsys.readouterr().err


def test_project_upgrades_at_start(new_engine, tmp_path):
    engine = new_engine()
    state_snapshot.create(engine)
    asyncio.run(run_projections(settings_for(engine, tmp_path), stop=_stopped()))
    assert migrate.status(engine, PROJECTOR).current == migrate.head(PROJECTOR)
    assert migrate.status(engine, STATE).unversioned  # the projector leaves the state database alone
    with engine.connect() as conn:
        assert {v.projection for v in migrate_versions(conn)} >= {p.name for p in ALL_PROJECTIONS} | {"retired"}


def test_processes_upgrading_together_apply_each_migration_once(new_engine, tmp_path):
    """Four ``hub db upgrade`` processes on one empty database (what replicas starting together do): the DDL lock
    lets one apply each stream's migrations and the others find it at head."""
    engine = new_engine()
    env = {**os.environ, "HUB_MODE": "dev", "HUB_DATA_DIR": str(tmp_path), "HUB_STATE_URL": url_of(engine),
           "HUB_DB_URL": url_of(engine), "HUB_LOG_FORMAT": "json"}
    processes = [subprocess.Popen([sys.executable, "-m", "hub.cli", "db", "upgrade"], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, outputs
    for stream in STREAMS:
        applied = [out for out, _err in outputs if f"-> {migrate.head(stream)}" in out]
        assert len(applied) == 1 and sum(f"already at {migrate.head(stream)}" in o for o, _e in outputs) == 3
        assert migrate.status(engine, stream).behind is False


def _stopped() -> asyncio.Event:
    stop = asyncio.Event()
    stop.set()
    return stop


def migrate_versions(conn):  # noqa: ANN001, ANN201
    from hub.projector.versions import list_versions

    return list_versions(conn)
