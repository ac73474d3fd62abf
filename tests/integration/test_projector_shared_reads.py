"""The workers of one ``project_all`` read each embedded-log record from the file once between them (the read
window, kept in reach by the pacer), and write what workers reading on their own write (table digests)."""

from __future__ import annotations

from sqlalchemy import func, select

from hub.log.embedded import EmbeddedLog
from hub.projector.runner import project_all
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, audit
from projections.base import table_digest
from tests.integration.projector_workload import fill_log

TABLES = [table for projection in ALL_PROJECTIONS for table in projection.tables]


async def _project(tmp_path, log: EmbeddedLog, groups: list[list]) -> tuple[str, int]:  # noqa: ANN001
    """Run ``project_all`` once per group of projections into a fresh database: (digest, audit rows)."""
    engine = make_engine(f"sqlite:///{tmp_path / f'views-{len(groups)}.db'}")
    try:
        for projections in groups:
            await project_all(log, engine, projections, batch_size=300)
        with engine.connect() as conn:
            return table_digest(conn, TABLES), conn.execute(select(func.count()).select_from(audit.events)).scalar()
    finally:
        engine.dispose()


async def _log(path) -> EmbeddedLog:  # noqa: ANN001
    log = EmbeddedLog(path, 4)
    await log.start()
    return log


async def test_every_projection_together_reads_each_record_once_and_writes_what_each_alone_writes(tmp_path):
    shared = await _log(tmp_path / "log.db")
    try:
        appended = await fill_log(shared, 3000)
        together = await _project(tmp_path, shared, [ALL_PROJECTIONS])
        assert shared._window.misses == appended
        assert shared._window.hits == (len(ALL_PROJECTIONS) - 1) * appended
    finally:
        await shared.close()
    alone = await _log(tmp_path / "log.db")
    try:
        assert await _project(tmp_path, alone, [[p] for p in ALL_PROJECTIONS]) == together
    finally:
        await alone.close()
    assert together[1] == appended
