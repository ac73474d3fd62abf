"""``hub schemas impact``: a log with events of three vendors written in v1 and v2 (and one v1 event no current model
accepts), replayed through the upcasters and validators; the report per vendor, the CLI and its exit codes."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid

import pytest

from hub.cli import main
from hub.config import Mode, Settings
from hub.events import upcasting
from hub.events.envelope import Envelope, Source, encode
from hub.events.registry import model_for
from hub.log.embedded import EmbeddedLog
from hub.log.factory import open_log
from hub.log.port import OutgoingRecord
from hub.schemas_impact import CHANGED, FAILED, UNCHANGED, ImpactReport, format_report, impact

AT = dt.datetime(2024, 9, 2, 10, 15, tzinfo=dt.timezone.utc)


def grade(version: int, work_type, grade_id: str) -> dict:
    data = {"grade_id": grade_id, "student_id": "st-1", "lesson_id": "l-1", "value": "4", "scale": "five_point",
            "weight": 1.0, "work_type": work_type, "normalised": 75.0, "conversion": "five_point.linear.v1",
            "counts_in_average": True}
    if work_type == "":  # what no model accepts, written by a hub whose edge was looser (the log is trusted)
        return model_for("grade.recorded", 1).model_validate({**data, "work_type": "x"}).model_dump(mode="json") | {
            "work_type": ""}
    return model_for("grade.recorded", version).model_validate(data).model_dump(mode="json")


def record(system: str, school: str, event_type: str, version: int, data: dict) -> OutgoingRecord:
    event = Envelope(str(uuid.uuid4()), event_type, version, school, AT, AT, Source(system, str(uuid.uuid4()), 1),
                     data)
    return OutgoingRecord(school, event.event_id, event_type, version, 0, encode(event))


BAD = record("native", "s1", "grade.recorded", 1, grade(1, "", "g-bad"))
MIXED = [
    record("native", "s1", "grade.recorded", 1, grade(1, "test", "g-1")),
    record("native", "s1", "grade.recorded", 1, grade(1, "Контрольная работа", "g-2")),
    record("native", "s1", "grade.recorded", 2, grade(2, {"code": "test", "name": "Зачёт по теме"}, "g-3")),
    record("elzhur", "s2", "grade.recorded", 1, grade(1, "Работа на уроке", "g-4")),
    record("elzhur", "s2", "grade.recorded", 1, grade(1, "Работа на уроке", "g-5")),
    record("dnevnik", "s3", "grade.recorded", 2, grade(2, {"code": "control_work", "name": None}, "g-6")),
    record("native", "s1", "lesson.cancelled", 1, {"lesson_id": "l-1", "reason": None}),  # another type
]


async def report_of(log, records, target: int = 2, event_type: str = "grade.recorded") -> ImpactReport:
    log.positions = await log.append(records)
    return await impact(log, event_type, target, page=2)  # small pages: the paging is exercised


async def test_per_vendor_counts_changes_and_the_failing_event(log):
    report = await report_of(log, [*MIXED, BAD])
    assert report.read_up_to == await log.high_watermarks() and report.events_read == len(MIXED) + 1
    counts = {name: (v.total, v.counts[UNCHANGED], v.counts[CHANGED], v.counts[FAILED])
              for name, v in report.vendors.items()}
    assert counts == {"native": (4, 1, 2, 1), "elzhur": (2, 0, 2, 0), "dnevnik": (1, 1, 0, 0)}
    assert report.exit_code() == 1 and report.failed == 1
    [failure] = report.vendors["native"].failures
    assert failure.event_id == BAD.event_id and failure.written_version == 1
    assert failure.position == str(log.positions[-1])
    assert failure.errors == [{"pointer": "/data/work_type/name", "message": "String should have at least 1 character"}]
    elzhur = report.vendors["elzhur"]
    assert dict(elzhur.changed_fields) == {"/data/work_type": 2}
    assert elzhur.most_frequent_changes(5) == [{"pointer": "/data/work_type", "before": "Работа на уроке", "after": {
        "code": "rabota_na_uroke", "name": "Работа на уроке"}, "events": 2}]


async def test_the_text_report_names_vendors_failures_and_the_verdict(log):
    text = format_report(await report_of(log, [*MIXED, BAD]))
    assert "grade.recorded read as v2 (latest: v5)" in text
    assert "native                4          1        2       1" in text
    assert "all                   7          2        4       1" in text
    assert 'elzhur: most frequent changes (1 distinct)\n        2  /data/work_type: "Работа на уроке" -> ' \
           '{"code":"rabota_na_uroke","name":"Работа на уроке"}' in text
    assert f"event {BAD.event_id} (written as v1)\n    /data/work_type/name: String should have at least 1" in text
    assert text.endswith("1 event(s) would fail: fix the upcaster or the model before deploying\n")


async def test_a_clean_log_fails_nothing(log):
    report = await report_of(log, MIXED)
    assert report.failed == 0 and report.exit_code() == 0 and format_report(report).endswith("nothing would fail\n")


async def test_toward_an_older_version_what_it_cannot_say_fails(log):
    report = await report_of(log, MIXED, target=1)
    native, dnevnik = report.vendors["native"], report.vendors["dnevnik"]
    assert (native.counts[UNCHANGED], native.counts[FAILED]) == (2, 1)  # v2 with a name of its own: no v1
    assert "no exact v1 form" in native.failures[0].errors[0]["message"]
    assert dnevnik.counts[CHANGED] == 1 and dnevnik.most_frequent_changes(1)[0]["after"] == "control_work"


async def test_an_upcaster_that_raises_is_a_failure_not_a_crash(log, monkeypatch):
    def broken(data):
        raise KeyError("code")

    monkeypatch.setitem(upcasting.STEPS, ("grade.recorded", 1),
                        upcasting.Step(broken, upcasting.STEPS[("grade.recorded", 1)].down))
    report = await report_of(log, MIXED)
    assert report.vendors["elzhur"].counts[FAILED] == 2
    assert report.vendors["elzhur"].failures[0].errors == [
        {"pointer": "/data", "message": "the upcaster raised KeyError: 'code'"}]


async def test_an_empty_log_and_a_type_never_written(log):
    report = await report_of(log, MIXED, event_type="grade.amended")
    assert report.vendors == {} and report.exit_code() == 0 and report.events_read == len(MIXED)


# --- the command --------------------------------------------------------------------------------------------------

@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUB_MODE", "dev")
    monkeypatch.setenv("HUB_LOG_LEVEL", "warning")
    return tmp_path


def write_log(data_dir, records) -> None:
    async def go():
        log = open_log(Settings(mode=Mode.DEV, data_dir=data_dir))
        assert isinstance(log, EmbeddedLog)
        await log.start()
        await log.append(records)
        await log.close()

    asyncio.run(go())


def test_cli_exit_codes(env, capsys):
    assert main(["schemas", "impact", "grade.recorded"]) == 2  # no log yet
    assert "no event log at" in capsys.readouterr().err
    write_log(env, MIXED)
    assert main(["schemas", "impact", "grade.recorded"]) == 0
    assert "nothing would fail" in capsys.readouterr().out
    assert main(["schemas", "impact", "grade.recorded", "--to-version", "1"]) == 1
    write_log(env, [BAD])
    assert main(["schemas", "impact", "grade.recorded"]) == 1
    out = capsys.readouterr().out
    assert "1 event(s) would fail" in out and BAD.event_id in out
    assert main(["schemas", "impact", "grade.deleted"]) == 2
    assert "unknown event type 'grade.deleted'" in capsys.readouterr().err
    assert main(["schemas", "impact", "grade.recorded", "--to-version", "6"]) == 2
    assert "grade.recorded has no version 6; published: 1, 2, 3, 4, 5" in capsys.readouterr().err


def test_cli_json(env, capsys):
    write_log(env, [*MIXED, BAD])
    assert main(["schemas", "impact", "grade.recorded", "--json", "--examples", "1"]) == 1
    body = json.loads(capsys.readouterr().out)
    assert (body["event_type"], body["target_version"], body["latest_version"]) == ("grade.recorded", 5, 5)
    assert body["all"] | {"changed_fields": None, "most_frequent_changes": None} == {  # v1 and v2 read as v5
        "total": 7, "unchanged": 0, "changed": 6, "failed": 1, "changed_fields": None,
        "most_frequent_changes": None, "failures": []}
    assert body["vendors"]["native"]["failures"][0]["errors"][0]["pointer"] == "/data/work_type/name"
    assert len(body["vendors"]["native"]["most_frequent_changes"]) == 1  # --examples 1
