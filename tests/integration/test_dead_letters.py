"""Dead letters: a handler failing on an event is recorded with its position and error; under ``skip`` the view
goes on, under ``halt`` it stops there; after the fix, ``retry`` (or the restart) re-applies in log order and the
views equal a clean rebuild. Also the supervisor following the registry, and the ``hub projections`` CLI."""

from __future__ import annotations

import asyncio
import json

import pytest

from hub.cli import main
from hub.log.embedded import EmbeddedLog
from hub.projector import dead_letters, versions
from hub.projector.dead_letters import ProjectionHalted
from hub.projector.rebuild import rebuild
from hub.projector.retry import retry
from hub.projector.runner import ProjectionWorker, project_all
from hub.projector.supervisor import run_projections
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, get
from projections.base import table_digest
from projections.diary import DiaryProjection
from tests.integration.projector_workload import fill_log


class FailingOnTwos(DiaryProjection):
    """The diary with a bug: its grade handler fails on every mark "2"."""

    def __init__(self) -> None:
        self.handlers = {**DiaryProjection.handlers, "grade.recorded": self._recorded}

    @staticmethod
    def _recorded(event, uow) -> None:
        if event.data["value"] == "2":
            raise ValueError(f"cannot handle a 2 ({event.data['grade_id']})")
        DiaryProjection.handlers["grade.recorded"](event, uow)


def with_bug() -> list:
    """Every registered projection, with the diary replaced by its buggy twin."""
    return [FailingOnTwos() if p.name == "diary" else p for p in ALL_PROJECTIONS]


@pytest.fixture
async def log(tmp_path):
    log = EmbeddedLog(tmp_path / "log.db", 2)
    await log.start()
    await fill_log(log, 1500, schools=2, per_class=8)
    yield log
    await log.close()


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


def open_letters(engine) -> list[dict]:
    with engine.connect() as conn:
        return dead_letters.list_letters(conn, "diary")


async def test_skip_records_each_failure_goes_on_and_retry_after_the_fix_equals_a_rebuild(log, new_engine):
    engine = new_engine()
    stats = await project_all(log, engine, with_bug(), batch_size=200)
    letters = open_letters(engine)
    assert stats["diary"].dead_letters == len(letters) > 0
    assert {letter["event_type"] for letter in letters} == {"grade.recorded"}
    assert all("cannot handle a 2" in letter["error"] and letter["attempts"] == 1 for letter in letters)
    with engine.connect() as conn:  # the worker went on to the end of the log
        assert versions.live_positions(conn, "diary") == await log.high_watermarks()

    still = await retry(log, engine, FailingOnTwos())  # not fixed yet: still failing, attempts counted
    assert sum(r.still_failing for r in still) == len(letters) and sum(r.resolved for r in still) == 0
    assert {letter["attempts"] for letter in open_letters(engine)} == {2}

    fixed = await retry(log, engine, get("diary"))  # the fix is deployed
    assert sum(r.resolved for r in fixed) == len(letters) and sum(r.still_failing for r in fixed) == 0
    assert open_letters(engine) == []
    clean = new_engine()
    await project_all(log, clean)
    assert digest(engine) == digest(clean)


async def test_halt_stops_before_the_failing_event_and_a_fixed_restart_resolves_it(log, new_engine):
    engine = new_engine()
    await project_all(log, engine, [p for p in ALL_PROJECTIONS if p.name != "diary"])
    worker = ProjectionWorker(log, engine, FailingOnTwos(), batch_size=100, policy=dead_letters.HALT)
    with pytest.raises(ProjectionHalted, match="cannot handle a 2"):
        await worker.run(targets=await log.high_watermarks())
    (letter,) = open_letters(engine)
    with engine.connect() as conn:
        stored = versions.live_positions(conn, "diary")
    assert stored[letter["partition"]] <= letter["offset"]  # the failing batch was not applied
    await project_all(log, engine, [get("diary")], policy=dead_letters.HALT)  # restarted with the fix
    assert open_letters(engine) == []
    clean = new_engine()
    await project_all(log, clean)
    assert digest(engine) == digest(clean)


async def test_the_supervisor_follows_a_rebuild_made_elsewhere(log, new_engine):
    """`hub project` keeps running while an operator rebuilds: it starts maintaining the new version and stops
    maintaining the dropped one, without a restart."""
    engine, stop = new_engine(), asyncio.Event()
    task = asyncio.create_task(run_projections((log, engine), stop=stop, refresh_s=0.05))
    try:
        await wait_for(lambda: caught_up(engine, "diary", get("diary").version, log))
        await rebuild(log, engine, get("diary"), say=lambda _line: None)  # v2 live, v1 dropped
        await fill_log(log, 300, seed=11, schools=1, per_class=4)  # new events after the switch ...
        await wait_for(lambda: caught_up(engine, "diary", get("diary").version + 1, log))  # ... reach it
    finally:
        stop.set()
        await task


async def caught_up(engine, name: str, version: int, log) -> bool:
    with engine.connect() as conn:
        live = versions.live_version(conn, name)
        return live == version and versions.live_positions(conn, name) == await log.high_watermarks()


async def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


def test_the_cli_reports_status_rebuilds_rolls_back_and_lists_dead_letters(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("HUB_LOG_URL", raising=False)
    monkeypatch.delenv("HUB_DB_URL", raising=False)

    async def seed() -> None:
        log = EmbeddedLog(tmp_path / "log.db", 8)  # the default partition count
        await log.start()
        await fill_log(log, 800, schools=1, per_class=6)
        engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
        await project_all(log, engine, with_bug())
        engine.dispose()
        await log.close()

    asyncio.run(seed())
    capsys.readouterr()  # the seeding's own log lines
    assert main(["projections", "status", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    diary = next(r for r in rows if r["projection"] == "diary")
    live = get("diary").version
    assert (diary["version"], diary["state"], diary["lag_events"]) == (live, "live", 0) and diary["dead_letters"] > 0
    assert main(["projections", "dead-letters", "diary"]) == 0
    assert "cannot handle a 2" in capsys.readouterr().out
    assert main(["projections", "retry", "diary"]) == 0
    assert "still failing" in capsys.readouterr().out
    assert main(["projections", "rebuild", "diary", "--keep-old"]) == 0
    out = capsys.readouterr().out
    assert "caught up" in out and "diary_marks:" in out and f"switched reads: diary v{live} -> v{live + 1}" in out
    assert main(["projections", "rollback", "diary"]) == 0
    assert f"diary v{live + 1} -> v{live}" in capsys.readouterr().out
    assert main(["projections", "drop", "diary", str(live)]) == 1  # live: refused
    assert "is live" in capsys.readouterr().err
    assert main(["projections", "status"]) == 0
    table = capsys.readouterr().out
    assert "standby" in table and "live" in table
