"""Versioned projections: shadow rebuilds under continuous reads, the diff, switch and rollback, a table change,
on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
from contextlib import ExitStack

import pytest
from sqlalchemy import Column, Float, MetaData, String, Table, func, inspect, select

from hub.log.embedded import EmbeddedLog
from hub.projector import versions
from hub.projector.rebuild import rebuild
from hub.projector.runner import project_all
from hub.projector.status import projection_status
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, get
from projections.base import Projection, table_digest
from projections.diary import DiaryProjection, marks
from projections.diary_reads import read_diary
from tests.brokers import fresh_database
from tests.integration.projector_workload import embedded_log_file

EVENTS, PARTITIONS = 3000, 3
LIVE = get("diary").version  # the diary's declared version: live after bootstrap; a rebuild makes LIVE + 1


@pytest.fixture(scope="module")
def log_path(tmp_path_factory):
    return embedded_log_file(tmp_path_factory.mktemp("log") / "log.db", EVENTS, PARTITIONS)


@pytest.fixture
async def log(log_path):
    log = EmbeddedLog(log_path, PARTITIONS)
    await log.start()
    yield log
    await log.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / 'views.db'}"
        else:
            url = stack.enter_context(fresh_database(request.getfixturevalue("postgres_url")))
        engine = make_engine(url)
        yield engine
        engine.dispose()


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


def busiest_student(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(select(marks.c.student_id).group_by(marks.c.student_id)
                            .order_by(func.count().desc(), marks.c.student_id).limit(1)).scalar_one()


class Reader(threading.Thread):
    """Reads one student's diary and counts the marks view in a loop, recording errors and empty answers."""

    def __init__(self, engine, student: str) -> None:
        super().__init__(daemon=True)
        self.engine, self.student, self.stop = engine, student, threading.Event()
        self.reads, self.errors, self.empty = 0, [], 0

    def run(self) -> None:
        import datetime as dt

        while not self.stop.is_set():
            try:
                with self.engine.connect() as conn:
                    days = read_diary(conn, self.student, dt.date(2024, 9, 2), dt.date(2024, 9, 30))
                    count = conn.execute(select(func.count()).select_from(marks)).scalar_one()
                if count == 0 or not any(lesson["marks"] for day in days for lesson in day["lessons"]):
                    self.empty += 1
                self.reads += 1
            except Exception as exc:  # noqa: BLE001 - the test asserts there are none
                self.errors.append(repr(exc))


async def test_a_rebuild_under_continuous_reads_never_fails_or_answers_empty(log, engine):
    await project_all(log, engine)
    before = digest(engine)
    reader = Reader(engine, busiest_student(engine))
    reader.start()
    lines: list[str] = []
    try:
        result = await rebuild(log, engine, get("diary"), keep_old=True, say=lines.append, batch_size=300)
        await asyncio.sleep(0.2)  # reads after the switch too
    finally:
        reader.stop.set()
        reader.join(10)
    assert reader.errors == [] and reader.empty == 0 and reader.reads > 5, (reader.errors[:3], reader.reads)
    assert (result.previous, result.version, result.switched, result.dropped) == (LIVE, LIVE + 1, True, False)
    assert all(d.identical for d in result.diffs), result.diffs
    assert any(f"switched reads: diary v{LIVE} -> v{LIVE + 1}" in line for line in lines)
    assert digest(engine) == before  # the same code rebuilt the same views
    rows = {(r["projection"], r["version"]): r for r in await projection_status(log, engine, ALL_PROJECTIONS)}
    assert rows[("diary", LIVE + 1)]["state"] == "live" and rows[("diary", LIVE)]["state"] == "standby"
    assert rows[("diary", LIVE + 1)]["lag_events"] == 0 and rows[("diary", LIVE + 1)]["lag_seconds"] == 0


class AmendingDiary(DiaryProjection):
    """A changed handler: comments are now upper-cased (what a bug fix to a handler looks like to the views)."""

    def __init__(self) -> None:
        self.handlers = {**DiaryProjection.handlers, "grade.recorded": self._recorded}

    @staticmethod
    def _recorded(event, uow) -> None:
        DiaryProjection.handlers["grade.recorded"](event, uow)
        uow.update(marks, {"grade_id": event.data["grade_id"]}, {"comment": f"v2:{event.data['grade_id']}"})


async def test_the_diff_names_changed_rows_and_rollback_returns_to_the_old_version(log, engine):
    await project_all(log, engine)
    lines: list[str] = []
    result = await rebuild(log, engine, AmendingDiary(), keep_old=True, say=lines.append)
    changed = {d.table: d for d in result.diffs}["diary_marks"]
    assert changed.changed > 0 and changed.added == changed.removed == 0
    example = next(e for e in changed.examples if e["kind"] == "changed")
    assert example["changes"]["comment"][1] == f"v2:{example['key']['grade_id']}"
    assert any(line.startswith("  diary_marks:") and "changed" in line for line in lines)
    assert "v2" in comments(engine)
    with engine.connect() as conn:
        target = versions.rollback_target(conn, "diary")
    assert target == LIVE
    versions.switch(engine, get("diary"), target)
    assert "v2" not in comments(engine)
    with engine.connect() as conn:
        states = {v.version: v.state for v in versions.list_versions(conn, "diary")}
    assert states == {LIVE: "live", LIVE + 1: "standby"}


def comments(engine) -> set:
    with engine.connect() as conn:
        values = conn.execute(select(marks.c.comment).distinct()).scalars().all()
    return {v.split(":")[0] if v else v for v in values}


async def test_without_keep_old_the_old_tables_are_dropped_and_rollback_is_refused(log, engine):
    await project_all(log, engine)
    result = await rebuild(log, engine, get("diary"), say=lambda _line: None)
    assert result.dropped
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert f"diary_marks_v{LIVE + 1}" in tables and f"diary_marks_v{LIVE}" not in tables
        with pytest.raises(versions.VersionError, match="no standby version"):
            versions.rollback_target(conn, "diary")


def notes_projection(with_normalised: bool) -> Projection:
    """A small projection whose v2 adds a column: the shape of a real schema change."""
    metadata = MetaData()
    columns = [Column("grade_id", String(128), primary_key=True), Column("value", String(32))]
    if with_normalised:
        columns.append(Column("normalised", Float))
    table = Table("notes_marks", metadata, *columns)

    def handle(event, uow) -> None:
        row = {"grade_id": event.data["grade_id"], "value": event.data["value"]}
        if with_normalised:
            row["normalised"] = event.data["normalised"]
        uow.upsert(table, row)

    class Notes(Projection):
        name, version = "notes", 2 if with_normalised else 1
        tables = (table,)
        handlers = {"grade.recorded": handle}

    Notes.metadata = metadata
    return Notes()


async def test_a_table_change_is_built_beside_the_frozen_old_version_and_switched(log, engine):
    old, new = notes_projection(False), notes_projection(True)
    await project_all(log, engine, [old])
    rows = {(r["projection"], r["version"]): r["state"] for r in await projection_status(log, engine, [new])}
    assert rows == {("notes", 1): "frozen"}  # the new code cannot maintain the old tables ...
    with engine.connect() as conn:
        assert versions.maintainable(conn, new) == [] and versions.maintainable(conn, old) == [1]
    assert versions.build_if_frozen(engine, new) == 2  # what `hub project` does on start with the new code
    assert versions.build_if_frozen(engine, new) is None  # once: v2 is now maintainable
    result = await rebuild(log, engine, new, say=lambda _line: None)  # ... the rebuild resumes it and switches
    assert result.resumed and result.version == 2 and result.diffs[0].columns_added == ["normalised"]
    with engine.connect() as conn:
        view = new.tables[0]
        assert conn.execute(select(func.count()).select_from(view).where(view.c.normalised.is_not(None))).scalar() > 0


async def test_a_rebuild_interrupted_before_the_switch_is_resumed(log, engine):
    await project_all(log, engine)
    first = await rebuild(log, engine, get("roster"), switch=False, say=lambda _line: None)
    assert not first.switched and first.events == EVENTS
    second = await rebuild(log, engine, get("roster"), say=lambda _line: None)
    assert second.resumed and second.version == first.version and second.events == 0 and second.switched
