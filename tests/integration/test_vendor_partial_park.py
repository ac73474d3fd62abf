"""A record waits only with what waits (found by dnevnik_ru_34: a group's marks range of a whole quarter held two
marks of lessons no answer ever brought, and the whole quarter of marks waited for them).

A toy vendor (hub-numbered, parking unknown references): a ``lesson`` record defines a lesson; a ``marks`` record is
an answer complete for its scope (and, if asked, for each lesson's marks: a containing scope) whose marks refer to
their lessons. Of an answer holding marks of lessons the hub does not know, the marks of the lessons it knows are
appended now, with the deletions the answer implies; the answer is ``parked`` for the rest (with its events so far),
and re-driven whole when the lessons come: what was appended is a duplicate, the rest is appended, and an answer
pulled in between wins (pull order). A lesson that waits itself (for its class) defines nothing for the marks of its
batch: they wait for it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from adapters.base import Adapter, AdapterSettings, Translation, TranslationContext, namespaced_id
from adapters.registry import all_adapters
from hub.events.envelope import Envelope, Source, decode, derive_event_id
from hub.events.scales import normalise
from hub.ingest.service import Client
from tests.samples import q

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toypartial", system="toyp", description="a toy vendor whose answers wait in part",
                           revisions="hub", park_unknown_references=True)
AT = dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc)
CLIENT = Client("c-toyp", "toypartial", frozenset({SCHOOL}))


def _lesson_id(school: str, lesson: str) -> str:
    return namespaced_id("toyp", school, "lesson", lesson)


def translate(record: Any, ctx: TranslationContext) -> Translation:
    school = ctx.school_id
    if record["kind"] == "lesson":
        return Translation(events=[_event("lesson.scheduled", school, f"lesson:{record['id']}", {
            "lesson_id": _lesson_id(school, record["id"]), "class_id": q(record.get("class", "5a"), school),
            "subject_id": namespaced_id("toyp", school, "subject", "math"), "date": "2026-09-07", "slot": 1}, ctx)])
    events = [_event("grade.recorded", school, f"mark:{mark['id']}", _grade(school, mark), ctx)
              for mark in record["marks"]]
    translation = Translation(events=events, snapshot=(f"marks|{record['scope']}", frozenset({"grade"})))
    if record.get("pulled_at"):
        translation.as_of = dt.datetime.fromisoformat(record["pulled_at"])
    if record.get("per_lesson"):  # complete for each lesson's marks too, whichever request brought them
        translation.scopes = {event.event_id: ((f"lesson-marks:{mark['lesson']}", f"mark:{mark['id']}"),)
                              for event, mark in zip(events, record["marks"])}
        lessons = sorted({mark["lesson"] for mark in record["marks"]})
        translation.contains = [(f"lesson-marks:{lesson}", frozenset(
            f"mark:{mark['id']}" for mark in record["marks"] if mark["lesson"] == lesson)) for lesson in lessons]
    return translation


def _grade(school: str, mark: dict[str, Any]) -> dict[str, Any]:
    value = normalise("five_point", mark.get("value", "5"))
    return {"grade_id": namespaced_id("toyp", school, "mark", mark["id"]), "student_id": q("st-1", school),
            "lesson_id": _lesson_id(school, mark["lesson"]), "value": value.value, "scale": "five_point",
            "normalised": value.normalised, "conversion": value.conversion, "counts_in_average": True, "weight": 1,
            "work_type": "lesson_work"}


def _event(kind: str, school: str, record_id: str, data: dict, ctx: TranslationContext) -> Envelope:
    return Envelope(derive_event_id("toyp", school, record_id, 1), kind, 1, school, AT, ctx.recorded_at,
                    Source("toyp", record_id, 1, ctx.client_id), data)


PARTIAL = Adapter(SETTINGS, translate, ())


def marks(scope: str, *items: tuple[str, str] | tuple[str, str, str], pulled_at: str | None = None,
          per_lesson: bool = False) -> dict[str, Any]:
    """An answer of (mark, lesson[, value]) items."""
    return {"kind": "marks", "scope": scope, "pulled_at": pulled_at, "per_lesson": per_lesson,
            "marks": [{"id": item[0], "lesson": item[1], "value": item[2] if len(item) > 2 else "5"}
                      for item in items]}


def lesson(lesson_id: str, class_id: str = "5a") -> dict[str, Any]:
    return {"kind": "lesson", "id": lesson_id, "class": class_id}


def at(hour: int) -> str:
    return f"2026-09-07T{hour:02d}:00:00+03:00"


def native(kind: str, record_id: str, data: dict) -> dict:
    return {"type": kind, "school_id": SCHOOL, "occurred_at": "2026-09-01T08:00:00+03:00", "record_id": record_id,
            "data": data}


@pytest.fixture
async def hub(running, monkeypatch):
    """A school with class 5a, its pupil st-1 and lesson l1 known; lesson l9 not."""
    monkeypatch.setitem(all_adapters(), "toypartial", PARTIAL)
    await running.hub.ingest.ingest(Client("c-native", "native", frozenset({SCHOOL})), all_adapters()["native"], [
        native("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        native("student.enrolled", "e-1", {"student_id": "st-1", "class_id": "5a", "enrolled_on": "2026-09-01",
                                           "name": {"last_name": "Иванова", "first_name": "Мария"}})], False)
    await running.hub.ingest.ingest(CLIENT, PARTIAL, [lesson("l1")], False, SCHOOL)
    return running


async def grades(running) -> list[tuple[str, int, str, Any]]:
    """(type, revision, mark, value) of the grade events in the log, in log order."""
    found = []
    for partition, high in (await running.hub.log.high_watermarks()).items():
        for record in await running.hub.log.read(partition, 0, high + 1):
            event = decode(record.value)
            if event.type.startswith("grade."):
                found.append((event.type, event.source["revision"], event.data["grade_id"].rsplit(":", 1)[-1],
                              event.data.get("value")))
    return found


def waiting(running) -> list[list[str]]:
    return [[m["vendor_id"].rsplit(":", 1)[-1] for m in p.missing]
            for p in running.hub.vendor_state.listing("toypartial", [SCHOOL])]


async def test_the_marks_of_known_lessons_are_appended_now_and_the_rest_when_its_lesson_comes(hub):
    ingest = hub.hub.ingest.ingest
    report = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9"), ("m3", "l1"))], False, SCHOOL)
    [result] = report.as_dict()["results"]
    assert (result["status"], result["waiting_for"]) == ("parked", [
        {"kind": "lesson", "vendor_id": _lesson_id(SCHOOL, "l9"), "pointer": ""}])
    assert [(e["type"], e["position"] is not None) for e in result["events"]] == [("grade.recorded", True)] * 2
    assert report.counts()["parked"] == 1
    assert await grades(hub) == [("grade.recorded", 1, "m1", "5"), ("grade.recorded", 1, "m3", "5")]
    assert waiting(hub) == [["l9"]]  # listed once, for what it waits for

    arrived = await ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)
    assert arrived.results[0].status == "accepted"
    assert await grades(hub) == [("grade.recorded", 1, "m1", "5"), ("grade.recorded", 1, "m3", "5"),
                                 ("grade.recorded", 1, "m2", "5")]
    assert waiting(hub) == []
    again = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9"), ("m3", "l1"))], False, SCHOOL)
    assert again.results[0].status == "duplicate"


async def test_a_record_whose_events_all_wait_is_parked_with_none_as_before(hub):
    report = await hub.hub.ingest.ingest(CLIENT, PARTIAL, [marks("q3", ("m2", "l9"))], False, SCHOOL)
    assert report.results[0].as_dict() == {"index": 0, "status": "parked", "waiting_for": [
        {"kind": "lesson", "vendor_id": _lesson_id(SCHOOL, "l9"), "pointer": ""}]}
    assert await grades(hub) == []


async def test_the_answer_deletes_what_it_lacks_now_and_an_answer_pulled_later_wins_over_its_redrive(hub):
    ingest = hub.hub.ingest.ingest
    await ingest(CLIENT, PARTIAL, [marks("q3", ("m0", "l1"), ("m1", "l1"), pulled_at=at(9))], False, SCHOOL)
    first = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9"), pulled_at=at(10))], False, SCHOOL)
    assert first.results[0].status == "parked"
    assert await grades(hub) == [("grade.recorded", 1, "m0", "5"), ("grade.recorded", 1, "m1", "5"),
                                 ("grade.retracted", 2, "m0", None)]  # its deletion did not wait
    # pulled later: m1 changed, m2 gone (never appended: nothing to delete), m4 new
    later = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1", "4"), ("m4", "l1"), pulled_at=at(11))], False,
                         SCHOOL)
    assert later.results[0].status == "accepted"
    await ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)  # re-drives the first answer: pulled before
    assert await grades(hub) == [("grade.recorded", 1, "m0", "5"), ("grade.recorded", 1, "m1", "5"),
                                 ("grade.retracted", 2, "m0", None), ("grade.amended", 2, "m1", "4"),
                                 ("grade.recorded", 1, "m4", "5")]
    assert waiting(hub) == []


async def test_a_later_answer_holding_the_waiting_mark_too_deletes_nothing_and_it_is_appended_once(hub):
    ingest = hub.hub.ingest.ingest
    for hour in (10, 11):
        report = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9"), pulled_at=at(hour))], False,
                              SCHOOL)
        assert report.results[0].status == "parked"
    assert waiting(hub) == [["l9"], ["l9"]]
    await ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)
    assert await grades(hub) == [("grade.recorded", 1, "m1", "5"), ("grade.recorded", 1, "m2", "5")]
    assert waiting(hub) == []


async def test_revisions_are_numbered_in_batch_order_and_an_atomic_batch_applies_what_does_not_wait(hub):
    batch = [marks("q3", ("m1", "l1", "4"), ("m2", "l9"), pulled_at=at(10)),
             marks("week", ("m1", "l1", "3"), pulled_at=at(11))]
    report = await hub.hub.ingest.ingest(CLIENT, PARTIAL, batch, True, SCHOOL)
    assert report.applied and [r.status for r in report.results] == ["parked", "accepted"]
    assert await grades(hub) == [("grade.recorded", 1, "m1", "4"), ("grade.amended", 2, "m1", "3")]
    await hub.hub.ingest.ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)
    assert await grades(hub) == [("grade.recorded", 1, "m1", "4"), ("grade.amended", 2, "m1", "3"),
                                 ("grade.recorded", 1, "m2", "5")]


async def test_an_answer_complete_for_each_lessons_marks_deletes_in_the_lessons_it_knows_now(hub):
    ingest = hub.hub.ingest.ingest
    await ingest(CLIENT, PARTIAL, [marks("week", ("m5", "l1"), per_lesson=True)], False, SCHOOL)
    report = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9"), per_lesson=True)], False, SCHOOL)
    assert report.results[0].status == "parked"
    assert await grades(hub) == [("grade.recorded", 1, "m5", "5"), ("grade.recorded", 1, "m1", "5"),
                                 ("grade.retracted", 2, "m5", None)]
    await ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)
    assert await grades(hub) == [("grade.recorded", 1, "m5", "5"), ("grade.recorded", 1, "m1", "5"),
                                 ("grade.retracted", 2, "m5", None), ("grade.recorded", 1, "m2", "5")]


async def test_a_lesson_that_waits_defines_nothing_for_the_marks_of_its_batch(hub):
    ingest = hub.hub.ingest.ingest
    report = await ingest(CLIENT, PARTIAL, [lesson("l7", class_id="9z"), marks("q3", ("m1", "l1"), ("m7", "l7"))],
                          False, SCHOOL)
    assert [(r.status, [m["vendor_id"].rsplit(":", 1)[-1] for m in r.waiting_for]) for r in report.results] == [
        ("parked", ["9z"]), ("parked", ["l7"])]
    assert await grades(hub) == [("grade.recorded", 1, "m1", "5")]
    await ingest(Client("c-native", "native", frozenset({SCHOOL})), all_adapters()["native"], [
        native("class.defined", "c-9z", {"class_id": "9z", "name": "9Я", "academic_year": 2026})], False)
    assert await grades(hub) == [("grade.recorded", 1, "m1", "5"), ("grade.recorded", 1, "m7", "5")]
    assert waiting(hub) == []


async def test_an_atomic_batch_not_applied_at_the_append_leaves_nothing_waiting(hub, monkeypatch):
    """The append refuses an atomic batch when a concurrent writer stored one of its ids with other content
    (``Deduplicator.append`` answers None): the batch is answered 422 and applied nowhere, so its parked records,
    kept in the quarantine before the append, are released; re-driven later they would apply a part of it."""
    ingest = hub.hub.ingest.ingest

    async def changed_concurrently(entries, atomic):  # noqa: ANN001, ANN202 - the ledger's answer for such a race
        return None

    monkeypatch.setattr(hub.hub.ingest.dedup, "append", changed_concurrently)
    report = await ingest(CLIENT, PARTIAL, [marks("q3", ("m1", "l1"), ("m2", "l9")), marks("week", ("m3", "l1"))],
                          True, SCHOOL)
    assert not report.applied and [r.status for r in report.results] == ["rejected", "rejected"]
    assert waiting(hub) == []
    monkeypatch.undo()
    monkeypatch.setitem(all_adapters(), "toypartial", PARTIAL)
    await ingest(CLIENT, PARTIAL, [lesson("l9")], False, SCHOOL)
    assert await grades(hub) == []
