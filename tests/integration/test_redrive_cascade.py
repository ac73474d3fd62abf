"""A parked record freed by a re-drive frees in turn what waits for the entities it defines (found by
dnevnik_ru_19: a roster parked for its persons, lesson ranges parked for the roster's classes, mark ranges parked
for those lessons; once the persons came, the roster and the lessons were re-driven, and the marks never were).

A toy vendor (hub-numbered, parking unknown references): a ``lesson`` record waits in the vendor directory for its
``room`` entry and defines a lesson; a ``mark`` record refers to that lesson and so waits for it as a canonical
entity. The room comes last: the lesson is re-driven, and its lesson must re-drive the mark.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, AdapterSettings, Missing, Translation, TranslationContext, namespaced_id
from adapters.registry import all_adapters
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.scales import normalise
from hub.ingest.service import Client
from tests.integration.test_vendor_ingest import events_in_log
from tests.samples import q

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toycascade", system="toyc", description="a toy vendor whose records wait in turn",
                           revisions="hub", park_unknown_references=True)
AT = dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc)


def translate(record: Any, ctx: TranslationContext) -> Translation:
    school, kind = ctx.school_id, record["kind"]
    if kind == "room":
        return Translation(directory_entries=[("room", record["id"], {})])
    lesson_id = namespaced_id("toyc", school, "lesson", "l1")
    if kind == "lesson":
        if ctx.directory.get("room", "r1") is None:
            return Translation.parked([Missing("room", "r1", "/room")])
        return _event("lesson.scheduled", school, "lesson:l1", {
            "lesson_id": lesson_id, "class_id": q("5a", school), "subject_id": namespaced_id("toyc", school, "subject",
                                                                                            "math"),
            "date": "2026-09-07", "slot": 1}, ctx)
    mark = normalise("five_point", "5")
    return _event("grade.recorded", school, "mark:m1", {
        "grade_id": namespaced_id("toyc", school, "mark", "m1"), "student_id": q("st-1", school),
        "lesson_id": lesson_id, "value": mark.value, "scale": "five_point", "normalised": mark.normalised,
        "conversion": mark.conversion, "counts_in_average": True, "weight": 1, "work_type": "lesson_work"}, ctx)


def _event(kind: str, school: str, record_id: str, data: dict, ctx: TranslationContext) -> Translation:
    return Translation(events=[Envelope(derive_event_id("toyc", school, record_id, 1), kind, 1, school, AT,
                                        ctx.recorded_at, Source("toyc", record_id, 1, ctx.client_id), data)])


CASCADE = Adapter(SETTINGS, translate, ())
CLIENT = Client("c-toyc", "toycascade", frozenset({SCHOOL}))


def native(kind: str, record_id: str, data: dict) -> dict:
    return {"type": kind, "school_id": SCHOOL, "occurred_at": "2026-09-01T08:00:00+03:00", "record_id": record_id,
            "data": data}


async def test_a_record_freed_by_a_redrive_frees_what_waits_for_its_entities(running, monkeypatch):
    monkeypatch.setitem(all_adapters(), "toycascade", CASCADE)
    ingest = running.hub.ingest.ingest
    await ingest(Client("c-native", "native", frozenset({SCHOOL})), all_adapters()["native"], [
        native("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        native("student.enrolled", "e-1", {"student_id": "st-1", "class_id": "5a", "enrolled_on": "2026-09-01",
                                           "name": {"last_name": "Иванова", "first_name": "Мария"}})], False)
    lesson = await ingest(CLIENT, CASCADE, [{"kind": "lesson"}], False)
    mark = await ingest(CLIENT, CASCADE, [{"kind": "mark"}], False)
    assert [lesson.results[0].status, mark.results[0].status] == ["parked", "parked"]
    await ingest(CLIENT, CASCADE, [{"kind": "room", "id": "r1"}], False)
    assert [kind for kind, _ in await events_in_log(running.hub)][-2:] == ["lesson.scheduled", "grade.recorded"]
    assert running.hub.vendor_state.listing("toycascade", [SCHOOL]) == []
