"""hub import: streams an export through the ingest path, resumes after an interruption without duplicates."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from adapters.registry import get_adapter
from hub.backfill import checkpoint_path, run_import
from hub.cli import main
from hub.demo.dataset import SCHOOL, records


@pytest.fixture
def stack() -> dict[str, str]:
    return {}


def write_export(folder, n_first: int = 500) -> list[dict]:
    all_records = list(records(until=dt.date(2026, 9, 4)))
    assert len(all_records) > n_first
    folder.mkdir()
    (folder / "a-roster-and-days.jsonl").write_bytes(b"\n".join(orjson.dumps(r) for r in all_records[:n_first])
                                                     + b"\n{broken\n")
    (folder / "b-rest.json").write_bytes(orjson.dumps(all_records[n_first:]))
    return all_records


async def test_interrupted_import_resumes_without_duplicates(running, tmp_path):
    export = tmp_path / "export"
    all_records = write_export(export)
    checkpoint = checkpoint_path(tmp_path, "native", SCHOOL, export)
    adapter = get_adapter("native")
    first = await run_import(running.hub.ingest, adapter, export, SCHOOL, checkpoint, batch=200,
                             stop_after_batches=2, progress=False)
    assert first.counts["accepted"] == 400
    rest = await run_import(running.hub.ingest, adapter, export, SCHOOL, checkpoint, batch=200, progress=False)
    assert rest.skipped == 400 and rest.counts["rejected"] == 1  # the broken line
    assert first.counts["accepted"] + rest.counts["accepted"] == len(all_records)
    assert sum((await running.hub.log.high_watermarks()).values()) == len(all_records)
    [rejection] = [orjson.loads(line) for line in rest.rejected_file.read_bytes().splitlines()]
    assert rejection["record"] == 501 and "not valid JSON" in rejection["errors"][0]["message"]

    again = await run_import(running.hub.ingest, adapter, export, SCHOOL, checkpoint, batch=200, progress=False)
    assert sum(again.counts.values()) == 0 and again.skipped == len(all_records) + 1


def test_cli_import_prints_a_summary_and_fails_on_rejections(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HUB_MODE", "dev")
    monkeypatch.setenv("HUB_LOG_LEVEL", "warning")
    export = tmp_path / "export"
    all_records = write_export(export, n_first=100)
    assert main(["import", "native", str(export), "--school", SCHOOL]) == 1
    out = capsys.readouterr().out
    assert f"{len(all_records)} accepted" in out and "1 rejected" in out and "checkpoint:" in out
    assert main(["import", "native", str(tmp_path / "nope"), "--school", SCHOOL]) == 2
