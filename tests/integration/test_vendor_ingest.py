"""Hub-side behaviour every vendor adapter relies on, shown with a toy vendor format:

* hub-numbered revisions: a re-send is a duplicate, a changed re-send becomes the correction (grade.amended),
  a deletion notice the next revision (grade.retracted), also under concurrent identical batches;
* the directory: reference data one record registers is what a later record (same batch or later) reads;
* quarantine: a record whose reference is unknown is parked, listed for its vendor, and re-driven exactly once
  when the reference arrives.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from typing import Any

import pytest

from adapters.base import Adapter, AdapterSettings, Missing, Translation, TranslationContext, namespaced_id
from adapters.registry import all_adapters
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.scales import normalise
from hub.ingest.service import Client
from tests.samples import q

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toyvendor", system="toy", description="a toy vendor", revisions="hub")


def translate(record: Any, ctx: TranslationContext) -> Translation:
    kind = record.get("kind")
    if kind == "work_type":
        return Translation(directory_entries=[("work_type", record["id"], {"weight": record["weight"]})])
    school = ctx.school_id
    grade_id = namespaced_id("toy", school, "mark", record["id"])
    student_id = q(record["student"], school)  # the toy vendor knows students by the roster master's (native) ids
    if kind == "mark":
        work_type = ctx.directory.get("work_type", record["work_type"])
        if work_type is None:
            return Translation.parked([Missing("work_type", record["work_type"], "/work_type")])
        mark = normalise("five_point", record["value"])
        data = {"grade_id": grade_id, "student_id": student_id, "lesson_id": None, "date": record["date"],
                "subject_id": namespaced_id("toy", school, "subject", "math"), "value": mark.value,
                "scale": "five_point", "weight": work_type["weight"],
                "work_type": "lesson_work", "comment": None, "teacher_id": None, "normalised": mark.normalised,
                "conversion": mark.conversion, "counts_in_average": True}
        return _event("grade.recorded", school, f"mark:{record['id']}", data, ctx)
    return _event("grade.retracted", school, f"mark:{record['id']}",
                  {"grade_id": grade_id, "student_id": student_id, "reason": None}, ctx)


def _event(kind: str, school: str, record_id: str, data: dict, ctx: TranslationContext) -> Translation:
    return Translation(events=[Envelope(
        derive_event_id("toy", school, record_id, 1), kind, 1, school,
        dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc), ctx.recorded_at,
        Source("toy", record_id, 1, ctx.client_id), data)])


TOY = Adapter(SETTINGS, translate, ())
CLIENT = Client("c-toy", "toyvendor", frozenset({SCHOOL}))


def mark(value: str = "5", work_type: str = "w1") -> dict:
    return {"kind": "mark", "id": "m1", "student": "st-1", "work_type": work_type, "value": value,
            "date": "2026-09-07"}


async def events_in_log(hub) -> list[tuple[str, int]]:
    from hub.events.envelope import decode

    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        for record in await hub.log.read(partition, 0, high + 1):
            event = decode(record.value)
            found.append((event.type, event.source["revision"]))
    return found


@pytest.fixture
def stack() -> dict[str, str]:
    return {}


async def test_resend_change_and_delete_become_revisions(running):
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [{"kind": "work_type", "id": "w1", "weight": 2}], False)
    first = await ingest(CLIENT, TOY, [mark("4")], False)
    again = await ingest(CLIENT, TOY, [mark("4")], False)
    changed = await ingest(CLIENT, TOY, [mark("5")], False)
    deleted = await ingest(CLIENT, TOY, [{"kind": "deleted", "id": "m1", "student": "st-1"}], False)
    assert [r.results[0].status for r in (first, again, changed, deleted)] == [
        "accepted", "duplicate", "accepted", "accepted"]
    assert await events_in_log(running.hub) == [("grade.recorded", 1), ("grade.amended", 2), ("grade.retracted", 3)]


async def test_concurrent_identical_changes_append_one_correction(running):
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [{"kind": "work_type", "id": "w1", "weight": 2}, mark("4")], False)
    reports = await asyncio.gather(*[ingest(CLIENT, TOY, [mark("3")], False) for _ in range(4)])
    assert sorted(r.results[0].status for r in reports) == ["accepted", "duplicate", "duplicate", "duplicate"]
    assert await events_in_log(running.hub) == [("grade.recorded", 1), ("grade.amended", 2)]


async def test_unknown_reference_is_parked_then_redriven_once(running):
    ingest = running.hub.ingest.ingest
    parked = await ingest(CLIENT, TOY, [mark("5", work_type="w9")], False)
    assert parked.results[0].as_dict() == {"index": 0, "status": "parked", "waiting_for": [
        {"kind": "work_type", "vendor_id": "w9", "pointer": "/work_type"}]}
    assert [p.missing[0]["vendor_id"] for p in running.hub.vendor_state.listing("toyvendor", [SCHOOL])] == ["w9"]
    assert await events_in_log(running.hub) == []

    await ingest(CLIENT, TOY, [{"kind": "work_type", "id": "w9", "weight": 3}], False)
    assert await events_in_log(running.hub) == [("grade.recorded", 1)]
    assert running.hub.vendor_state.listing("toyvendor", [SCHOOL]) == []
    await ingest(CLIENT, TOY, [{"kind": "work_type", "id": "w9", "weight": 3}], False)  # nothing left to re-drive
    assert await events_in_log(running.hub) == [("grade.recorded", 1)]


async def test_reference_registered_earlier_in_the_same_batch_is_used(running):
    report = await running.hub.ingest.ingest(CLIENT, TOY, [
        {"kind": "work_type", "id": "w2", "weight": 3}, mark("5", work_type="w2")], False)
    assert [r.status for r in report.results] == ["accepted", "accepted"]
    assert report.results[1].events and report.counts()["parked"] == 0


async def test_quarantine_is_listed_over_http_for_the_vendor_only(running, monkeypatch):
    monkeypatch.setitem(all_adapters(), "toyvendor", TOY)
    _client, token = running.hub.clients.create("toyvendor", [SCHOOL])
    headers = {"Authorization": f"Bearer {token}"}
    response = await running.http.post("/v1/ingest/toyvendor", json=[mark("5", work_type="w7")], headers=headers)
    assert response.json()["summary"]["parked"] == 1
    listing = (await running.http.get("/v1/ingest/toyvendor/quarantine", headers=headers)).json()
    assert listing["count"] == 1 and listing["parked"][0]["record"]["work_type"] == "w7"
    other = running.vendor([SCHOOL])  # a native client
    assert (await running.http.get("/v1/ingest/toyvendor/quarantine", headers=other)).status_code == 403
    wrong_school = await running.http.post("/v1/ingest/toyvendor?school=elsewhere", json=[mark()], headers=headers)
    assert wrong_school.status_code == 403


async def test_a_record_with_some_new_events_is_accepted(running):
    def two(record: dict, ctx: TranslationContext) -> Translation:
        first = translate({**record, "id": "m1"}, ctx).events
        second = translate({**record, "id": record["second"]}, ctx).events
        return Translation(events=first + [dataclasses.replace(second[0], source=dataclasses.replace(
            second[0].source, part="b"))])

    both = Adapter(SETTINGS, two, ())
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [{"kind": "work_type", "id": "w1", "weight": 2}], False)
    first = await ingest(CLIENT, both, [{**mark(), "second": "m2"}], False)
    second = await ingest(CLIENT, both, [{**mark(), "second": "m3"}], False)
    again = await ingest(CLIENT, both, [{**mark(), "second": "m3"}], False)
    assert [r.results[0].status for r in (first, second, again)] == ["accepted", "accepted", "duplicate"]


async def test_an_adapter_bug_is_a_rejection_not_a_500(running, monkeypatch):
    def explode(record: Any, ctx: TranslationContext) -> Translation:
        raise RuntimeError("boom")

    monkeypatch.setitem(all_adapters(), "toyvendor", Adapter(SETTINGS, explode, ()))
    _client, token = running.hub.clients.create("toyvendor", [SCHOOL])
    response = await running.http.post("/v1/ingest/toyvendor", json=[mark()],
                                       headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert "could not read this record (RuntimeError)" in response.json()["results"][0]["errors"][0]["message"]
    assert await events_in_log(running.hub) == []


async def test_every_event_names_the_vendor_record_it_came_from(running, monkeypatch):
    from hub.auth.readers import Role
    from hub.events.envelope import decode

    monkeypatch.setitem(all_adapters(), "toyvendor", TOY)
    _client, token = running.hub.clients.create("toyvendor", [SCHOOL])
    sent = [{"kind": "work_type", "id": "w1", "weight": 2}, mark("4")]
    await running.http.post("/v1/ingest/toyvendor", json=sent, headers={"Authorization": f"Bearer {token}"})
    [record] = [r for p, h in (await running.hub.log.high_watermarks()).items() for r in
                await running.hub.log.read(p, 0, h + 1)]
    ref = decode(record.value).source["raw"]
    batch_id, index = ref.split("#")
    auditor = {"Authorization": f"Bearer {running.hub.tokens.issue('aud-1', Role.AUDITOR)}"}
    body = (await running.http.get(f"/v1/audit/raw/{batch_id}/{index}", headers=auditor)).json()
    assert body["record"] == sent[1] and body["adapter"] == "toyvendor" and body["school_id"] == SCHOOL
    assert body["client_id"] == _client.client_id and body["received_at_ms"] > 0
    guardian = {"Authorization": f"Bearer {running.hub.tokens.issue('gu-1', Role.GUARDIAN)}"}
    assert (await running.http.get(f"/v1/audit/raw/{batch_id}/{index}", headers=guardian)).status_code == 404
    assert (await running.http.get(f"/v1/audit/raw/{batch_id}/9", headers=auditor)).status_code == 404


PARKING = Adapter(AdapterSettings(name="toyvendor", system="toy", description="parks unknown references",
                                  revisions="hub", park_unknown_references=True), translate, ())


async def test_a_mark_for_a_student_not_yet_enrolled_waits_for_the_enrolment(running, monkeypatch):
    monkeypatch.setitem(all_adapters(), "toyvendor", PARKING)
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, PARKING, [{"kind": "work_type", "id": "w1", "weight": 2}], False)
    parked = await ingest(CLIENT, PARKING, [mark("5")], False)
    assert parked.results[0].as_dict()["waiting_for"] == [{"kind": "student", "vendor_id": q("st-1", SCHOOL),
                                                           "pointer": ""}]
    assert await events_in_log(running.hub) == []

    enrol = {"type": "student.enrolled", "school_id": SCHOOL, "occurred_at": "2026-09-01T08:00:00+03:00",
             "record_id": "e-1", "data": {"student_id": "st-1", "class_id": "5a", "enrolled_on": "2026-09-01",
                                          "name": {"last_name": "Иванова", "first_name": "Мария"}}}
    native = Client("c-native", "native", frozenset({SCHOOL}))
    await ingest(native, all_adapters()["native"], [enrol], False)  # the roster's master enrols her
    assert await events_in_log(running.hub) == [("student.enrolled", 1), ("grade.recorded", 1)]
    assert running.hub.vendor_state.listing("toyvendor", [SCHOOL]) == []
    again = await ingest(CLIENT, PARKING, [mark("5")], False)
    assert again.results[0].status == "duplicate"


async def test_vendor_local_times_get_the_school_zone_registered_for_it(running):
    seen: list[str] = []

    def note_zone(record: Any, ctx: TranslationContext) -> Translation:
        seen.append(ctx.timezone)
        return Translation()

    spy = Adapter(SETTINGS, note_zone, ())
    await running.hub.ingest.ingest(CLIENT, spy, [{}], False)
    school = {"type": "school.registered", "school_id": SCHOOL, "occurred_at": "2026-08-28T08:00:00+05:00",
              "record_id": "school", "data": {"name": "Школа 7", "timezone": "Asia/Yekaterinburg"}}
    native = Client("c-native", "native", frozenset({SCHOOL}))
    await running.hub.ingest.ingest(native, all_adapters()["native"], [school], False)
    await running.hub.ingest.ingest(CLIENT, spy, [{}], False)
    assert seen == ["Europe/Moscow", "Asia/Yekaterinburg"]
