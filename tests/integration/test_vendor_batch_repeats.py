"""One batch that carries the same fact in two answers' shapes (a sync job forwards a group's marks and a pupil's
schedules together), on both stacks, with a toy vendor:

* the fact is one event; what the first answer's shape did not state is taken from the repeat (a new mark keeps
  the weight only the second answer gave; a changed weight in the first answer is not undone by a second answer
  that does not state it);
* a complete answer whose events all repeat an earlier answer of the batch still holds them: nothing it carried is
  taken for deleted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, AdapterSettings, Translation, TranslationContext, namespaced_id
from hub.events.envelope import Envelope, Source, decode, derive_event_id
from hub.events.scales import normalise
from hub.ingest.service import Client

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toyrepeats", system="toy", description="a toy vendor of two shapes", revisions="hub")
CLIENT = Client("c-toy", "toyrepeats", frozenset({SCHOOL}))


def _grade(school: str, mark: dict[str, Any]) -> dict[str, Any]:
    value = normalise("five_point", mark["value"])
    return {"grade_id": namespaced_id("toy", school, "mark", mark["id"]),
            "student_id": namespaced_id("toy", school, "student", "s1"), "lesson_id": None, "date": "2026-09-07",
            "subject_id": namespaced_id("toy", school, "subject", "math"), "value": value.value,
            "scale": "five_point", "weight": mark.get("weight", 1.0), "work_type": {"code": "lesson_work", "name": None},
            "comment": None, "teacher_id": None, "normalised": value.normalised, "conversion": value.conversion,
            "counts_in_average": True, "text": mark["value"], "vendor_number": None}


def translate(record: Any, ctx: TranslationContext) -> Translation:
    """``{"shape": "full" | "bundle", "scope", "marks"}``: a bundle does not state the weight; every answer is
    complete for its scope."""
    events, omitted = [], {}
    for mark in record["marks"]:
        event_id = derive_event_id("toy", ctx.school_id, f"mark:{mark['id']}", 1)
        events.append(Envelope(event_id, "grade.recorded", 3, ctx.school_id,
                               dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc), ctx.recorded_at,
                               Source("toy", f"mark:{mark['id']}", 1, ctx.client_id), _grade(ctx.school_id, mark)))
        if record["shape"] == "bundle":
            omitted[event_id] = frozenset({"weight"})
    return Translation(events=events, omitted=omitted, snapshot=(f"marks|{record['scope']}", frozenset({"grade"})))


TOY = Adapter(SETTINGS, translate, ())


def answer(shape: str, scope: str, *marks: dict[str, Any]) -> dict[str, Any]:
    return {"shape": shape, "scope": scope, "marks": list(marks)}


async def grades_in_log(hub) -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        for record in await hub.log.read(partition, 0, high + 1):
            event = decode(record.value)
            found.append((event.type, event.source["revision"], event.data))
    return found


async def test_a_repeat_states_what_the_first_shape_of_the_batch_did_not(running):
    ingest = running.hub.ingest.ingest
    batch = [answer("bundle", "pupil", {"id": "m1", "value": "4"}),
             answer("full", "group", {"id": "m1", "value": "4", "weight": 3.0})]
    report = await ingest(CLIENT, TOY, batch, False, SCHOOL)
    assert [r.status for r in report.results] == ["accepted", "duplicate"]
    [(kind, revision, data)] = await grades_in_log(running.hub)
    assert (kind, revision, data["weight"]) == ("grade.recorded", 1, 3.0)


async def test_a_repeat_that_does_not_state_a_field_does_not_undo_the_first(running):
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [answer("full", "group", {"id": "m1", "value": "4", "weight": 3.0})], False, SCHOOL)
    batch = [answer("full", "group", {"id": "m1", "value": "4", "weight": 5.0}),
             answer("bundle", "pupil", {"id": "m1", "value": "4"})]
    report = await ingest(CLIENT, TOY, batch, False, SCHOOL)
    assert [r.status for r in report.results] == ["accepted", "duplicate"]
    log = await grades_in_log(running.hub)
    assert [(kind, revision, data["weight"]) for kind, revision, data in log] == [
        ("grade.recorded", 1, 3.0), ("grade.amended", 2, 5.0)]


async def test_a_complete_answer_made_only_of_repeats_deletes_nothing(running):
    ingest = running.hub.ingest.ingest
    marks = ({"id": "m1", "value": "4"}, {"id": "m2", "value": "3"})
    await ingest(CLIENT, TOY, [answer("bundle", "pupil", *marks)], False, SCHOOL)
    report = await ingest(CLIENT, TOY, [answer("full", "group", *marks), answer("bundle", "pupil", *marks)], False,
                          SCHOOL)
    assert [r.status for r in report.results] == ["duplicate", "duplicate"]
    assert [kind for kind, _, _ in await grades_in_log(running.hub)] == ["grade.recorded"] * 2
