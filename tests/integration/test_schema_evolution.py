"""Schema evolution end to end (grade.recorded / grade.amended v2): through the API into the log and the diary, on
both stacks (embedded; Kafka + PostgreSQL).

* Native clients send v1 or v2; the log gets v2; the diary shows the work type's code and name.
* The upgrade: records accepted by the hub before v2 (simulated by the v1-era translation: the native adapter
  without its upcast step, Elzhur emitting v1 labels) and re-sent after it are duplicates with their original
  positions; nothing new is appended, no grade is amended; a real change still is.
* A log of v1 events, written before the change, is projected exactly like the same events written as v2.
"""

from __future__ import annotations

import datetime as dt
import importlib

from adapters.base import TranslationContext
from adapters.registry import all_adapters
from hub import clock
from hub.auth.readers import Role
from hub.events.envelope import decode_as_written, encode
from hub.log.embedded import EmbeddedLog
from hub.log.port import OutgoingRecord
from hub.projector.runner import project_all
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS, create_schema
from projections.base import table_digest
from projections.diary_reads import read_diary

from tests.e2e.test_vendor_elzhur import DASHA, DAY_1, DAY_2, diary_of_both, getrules
from tests.e2e.test_vendor_elzhur import SCHOOL as ELZHUR_SCHOOL
from tests.samples import SCHOOL, q, rec, school_records

NATIVE_TRANSLATE = importlib.import_module("adapters.native.translate")  # the package exports its function
GRADE = {"grade_id": "g2", "student_id": "anna", "lesson_id": "l1", "value": "3", "scale": "five_point"}


def v1(record_id: str, work_type: str, **extra) -> dict:
    return {**rec("grade.recorded", record_id, {**GRADE, "grade_id": record_id, "work_type": work_type, **extra}),
            "schema_version": 1}


def v2(record_id: str, code: str, name: str | None, **extra) -> dict:
    return {**rec("grade.recorded", record_id, {**GRADE, "grade_id": record_id,
                                                "work_type": {"code": code, "name": name}, **extra}),
            "schema_version": 2}


async def post(running, adapter: str, records: list[dict], headers: dict, **params) -> dict:
    response = await running.http.post(f"/v1/ingest/{adapter}", json=records, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def stored_grades(log) -> list[tuple[str, int, object]]:
    """(grade id, version written, work_type) of every grade event in the log, as written."""
    found = []
    for partition, end in (await log.high_watermarks()).items():
        for record in await log.read(partition, 0, end):
            event = decode_as_written(record.value)
            if event.type.startswith("grade.") and event.type != "grade.retracted":
                found.append((event.data["grade_id"], event.schema_version, event.data["work_type"]))
    return sorted(found, key=str)


def marks_of(body: dict) -> list[tuple]:
    return [(m["grade_id"], m["value"], m["work_type"], m["work_type_name"], m["amended"])
            for day in body["days"] for lesson in day["lessons"] for m in lesson["marks"]]


async def test_native_v1_and_v2_records_reach_the_log_as_v2_and_the_diary_with_names(running):
    vendor = running.vendor([SCHOOL])
    records = [*school_records(), v1("g2", "Контрольная работа"), v2("g3", "oral_answer", "Устный ответ")]
    body = await post(running, "native", records, vendor)
    assert body["summary"] == {"accepted": len(records), "duplicate": 0, "pending": 0, "rejected": 0, "parked": 0}, body
    assert await stored_grades(running.hub.log) == [  # every producer's grades are v2 in the log
        (q("g1"), 5, {"code": "test", "name": None}), (q("g1"), 5, {"code": "test", "name": None}),
        (q("g2"), 5, {"code": "kontrolnaia_rabota", "name": "Контрольная работа"}),
        (q("g3"), 5, {"code": "oral_answer", "name": "Устный ответ"})]
    await project_all(running.hub.log, running.hub.views)
    token = running.hub.tokens.issue(q("mother"), Role.GUARDIAN)
    response = await running.http.get(f"/v1/students/{q('anna')}/diary", params={"from": "2026-09-07",
                                                                                 "to": "2026-09-07"},
                                      headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert marks_of(response.json()) == [
        (q("g1"), "5", "test", None, True), (q("g2"), "3", "kontrolnaia_rabota", "Контрольная работа", False),
        (q("g3"), "3", "oral_answer", "Устный ответ", False)]


async def test_native_records_accepted_before_v2_are_duplicates_when_re_sent_after(running, monkeypatch):
    vendor = running.vendor([SCHOOL])
    # 1. The hub before v2: the native adapter appended what it validated, as v1.
    monkeypatch.setattr(NATIVE_TRANSLATE, "upcast", lambda event_type, version, data: (version, data))
    before = [v1("g2", "Контрольная работа"), v1("g3", "test"), v1("g4", "lesson_work", comment="устно")]
    first = await post(running, "native", before, vendor)
    assert [r["status"] for r in first["results"]] == ["accepted"] * 3, first
    assert [v for _, v, _ in await stored_grades(running.hub.log)] == [1, 1, 1]
    monkeypatch.undo()
    marks = await running.hub.log.high_watermarks()
    positions = [r["events"][0]["position"] for r in first["results"]]

    # 2. After v2: the same records, as v1 or as the equivalent v2, are the same records.
    for batch, expected in ((before, positions), ([v2("g2", "kontrolnaia_rabota", "Контрольная работа"),
                                                    v2("g3", "test", None)], positions[:2])):
        again = await post(running, "native", batch, vendor)
        assert [r["status"] for r in again["results"]] == ["duplicate"] * len(batch), again
        assert [r["events"][0]["position"] for r in again["results"]] == expected
    # ... but v2 saying more than the v1 record did is a changed record: a new revision is needed.
    changed = await post(running, "native", [v2("g3", "test", "Контрольная работа")], vendor)
    assert changed["results"][0]["status"] == "rejected"
    assert "already accepted with different content" in changed["results"][0]["errors"][0]["message"]
    assert await running.hub.log.high_watermarks() == marks  # nothing appended after the upgrade

    # 3. The views read the v1 events as v2.
    await project_all(running.hub.log, running.hub.views)
    token = running.hub.tokens.issue(q("head"), Role.HEAD_TEACHER, SCHOOL)
    await post(running, "native", school_records(), vendor)
    await project_all(running.hub.log, running.hub.views)
    response = await running.http.get(f"/v1/students/{q('anna')}/diary", params={"from": "2026-09-07",
                                                                                 "to": "2026-09-07"},
                                      headers={"Authorization": f"Bearer {token}"})
    assert marks_of(response.json()) == [
        (q("g1"), "5", "test", None, True), (q("g2"), "3", "kontrolnaia_rabota", "Контрольная работа", False),
        (q("g3"), "3", "test", None, False), (q("g4"), "3", "lesson_work", None, False)]


async def test_elzhur_marks_recorded_as_v1_keep_their_values_after_a_re_send_after_v2(running, monkeypatch):
    elzhur = running.vendor([ELZHUR_SCHOOL], adapter="elzhur")
    # 1. Before v2: Elzhur's labels went into the log as v1 strings.
    monkeypatch.setattr("adapters.elzhur.common.latest_version", lambda event_type: 1)
    monkeypatch.setattr("adapters.elzhur.grades.work_type_from_label", lambda label: label)
    first = await post(running, "elzhur", [getrules(), diary_of_both()], elzhur, school=ELZHUR_SCHOOL)
    assert [r["status"] for r in first["results"]] == ["accepted", "accepted"], first
    assert {(v, w) for _, v, w in await stored_grades(running.hub.log)} == {
        (1, "Работа на уроке"), (1, "Контрольная работа")}
    monkeypatch.undo()

    # 2. After v2: the unchanged diary changes no value and no work type. What it appends is only what the
    # adapter now states beside the v1 form (grade v3: the journal's text and number; attendance v2: its code).
    again = await post(running, "elzhur", [diary_of_both()], elzhur, school=ELZHUR_SCHOOL)
    known = {e["event_id"] for r in first["results"] for e in r["events"]}
    appended = sorted(e["type"] for e in again["results"][0]["events"] if e["event_id"] not in known)
    assert appended == sorted(["grade.amended"] * 3 + ["attendance.corrected"] * 2), appended
    assert {w if isinstance(w, str) else w["name"] for _, _, w in await stored_grades(running.hub.log)} == {
        "Работа на уроке", "Контрольная работа"}

    # 3. A real change is still an amendment, written as the latest version (v5).
    changed = await post(running, "elzhur", [diary_of_both(control="4")], elzhur, school=ELZHUR_SCHOOL)
    known |= {e["event_id"] for e in again["results"][0]["events"]}
    new = [e for e in changed["results"][0]["events"] if e["type"] == "grade.amended" and e["event_id"] not in known]
    assert len(new) == 1, changed
    stored = [(v, w) for _, v, w in await stored_grades(running.hub.log)]
    assert (1, "Контрольная работа") in stored  # the recorded grade, as written
    assert stored.count((5, {"code": "kontrolnaia_rabota", "name": "Контрольная работа"})) == 2  # 2. and 3.
    await project_all(running.hub.log, running.hub.views)
    token = running.hub.tokens.issue("head", Role.HEAD_TEACHER, ELZHUR_SCHOOL)
    response = await running.http.get(f"/v1/students/elzhur:{ELZHUR_SCHOOL}:student:{DASHA}/diary", params={
        "from": DAY_1.isoformat(), "to": DAY_2.isoformat()}, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert sorted((value, code, name, amended) for _, value, code, name, amended in marks_of(response.json())) == [
        ("3", "rabota_na_uroke", "Работа на уроке", True), ("4", "kontrolnaia_rabota", "Контрольная работа", True),
        ("4", "rabota_na_uroke", "Работа на уроке", True)]  # every one amended in 2. (the journal's text added)


async def test_a_log_of_v1_events_is_projected_exactly_like_the_same_events_written_as_v2(tmp_path, monkeypatch):
    records = [*school_records(), v1("g2", "Контрольная работа"), v1("g3", "test", comment="устно")]
    native, ctx = all_adapters()["native"], TranslationContext("client-1", clock.now())

    def translated() -> list:
        return [event for record in records for event in native.translate(record, ctx).events]

    as_v2 = translated()
    monkeypatch.setattr(NATIVE_TRANSLATE, "upcast", lambda event_type, version, data: (version, data))
    as_v1 = translated()  # what the hub wrote before v2
    monkeypatch.undo()
    grades = [(a.schema_version, b.schema_version) for a, b in zip(as_v1, as_v2) if a.type.startswith("grade.")]
    assert grades == [(1, 5)] * 4 and [e.event_id for e in as_v1] == [e.event_id for e in as_v2]
    digests, diaries = [], []
    for name, events in (("v1", as_v1), ("v2", as_v2)):
        log = EmbeddedLog(tmp_path / name / "log.db", partitions=4)
        await log.start()
        await log.append([OutgoingRecord(e.school_id, e.event_id, e.type, e.schema_version, 0, encode(e))
                          for e in events])
        engine = make_engine(f"sqlite:///{tmp_path / name / 'views.db'}")
        create_schema(engine)
        await project_all(log, engine)
        with engine.connect() as conn:
            views = [p for p in ALL_PROJECTIONS if p.name != "audit"]  # the audit index keeps events as written
            digests.append(table_digest(conn, [table for p in views for table in p.tables]))
            diaries.append(read_diary(conn, q("anna"), dt.date(2026, 9, 7), dt.date(2026, 9, 7)))
        await log.close()
        engine.dispose()
    assert digests[0] == digests[1] and diaries[0] == diaries[1]
    assert [(m["grade_id"], m["work_type"], m["work_type_name"]) for m in diaries[0][0]["lessons"][0]["marks"]] == [
        (q("g1"), "test", None), (q("g2"), "kontrolnaia_rabota", "Контрольная работа"), (q("g3"), "test", None)]
