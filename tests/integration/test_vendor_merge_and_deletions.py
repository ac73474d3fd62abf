"""What every vendor adapter relies on for answers of different shapes and for deletions nobody announces
(issue 11 §6 and §7), shown with a toy vendor, on both stacks:

* an answer that does not state a field (``Translation.omitted``) keeps what another answer stated: the same facts
  in another shape append nothing, and a change in a stated field is one correction carrying every field;
* an answer complete for its scope (``Translation.snapshot``) that lacks a mark an earlier answer to the same scope
  held retracts it, as the next revision; an answer to another scope, a rejected answer or a parked one deletes
  nothing; a mark that reappears is recorded again;
* an answer over a date range (``Translation.snapshot_span``) speaks only for what is dated within it: a mark it
  lacks whose stored date was moved out of the range left its scope and is not retracted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, AdapterSettings, FieldError, Translation, TranslationContext, namespaced_id
from hub.events.envelope import Envelope, Source, decode, derive_event_id
from hub.events.scales import normalise
from hub.ingest.service import Client

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toyshapes", system="toy", description="a toy vendor of two shapes", revisions="hub")
CLIENT = Client("c-toy", "toyshapes", frozenset({SCHOOL}))
SCOPE_FIELDS = ("student", "days")


def _grade(school: str, mark: dict[str, Any]) -> dict[str, Any]:
    value = normalise("five_point", mark["value"])
    return {"grade_id": namespaced_id("toy", school, "mark", mark["id"]),
            "student_id": namespaced_id("toy", school, "student", mark["student"]), "lesson_id": None,
            "date": mark["date"], "subject_id": namespaced_id("toy", school, "subject", "math"),
            "value": value.value, "scale": "five_point", "weight": mark.get("weight", 1.0),
            "work_type": {"code": "lesson_work", "name": mark.get("work_type")}, "comment": mark.get("comment"),
            "teacher_id": None, "normalised": value.normalised, "conversion": value.conversion,
            "counts_in_average": True, "text": mark["value"], "vendor_number": None}


def translate(record: Any, ctx: TranslationContext) -> Translation:
    """``{"shape": "full" | "bundle", "student", "days", "marks": [...]}`` or ``{"error": ...}`` (a vendor error).
    A bundle states neither the weight nor the work type; every answer is complete for (student, days)."""
    if "error" in record:
        return Translation.rejected([FieldError("/error", "the vendor answered an error: nothing is read from it")])
    events, omitted = [], {}
    for mark in record["marks"]:
        event_id = derive_event_id("toy", ctx.school_id, f"mark:{mark['id']}", 1)
        events.append(Envelope(event_id, "grade.recorded", 3, ctx.school_id,
                               dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc), ctx.recorded_at,
                               Source("toy", f"mark:{mark['id']}", 1, ctx.client_id), _grade(ctx.school_id, mark)))
        if record["shape"] == "bundle":
            omitted[event_id] = frozenset({"weight", "work_type"})
    scope = "|".join(f"{name}={record[name]}" for name in SCOPE_FIELDS)
    first, last = (dt.date.fromisoformat(f"{d[:4]}-{d[4:6]}-{d[6:]}") for d in record["days"].split("-"))
    return Translation(events=events, omitted=omitted, snapshot=(f"marks|{scope}", frozenset({"grade"})),
                       snapshot_span=(first, last))


TOY = Adapter(SETTINGS, translate, ())


def mark(mark_id: str, value: str, **extra) -> dict[str, Any]:
    return {"id": mark_id, "student": "s1", "value": value, "date": "2026-09-07", **extra}


def answer(shape: str, *marks: dict[str, Any], days: str = "20260907-20260913") -> dict[str, Any]:
    return {"shape": shape, "student": "s1", "days": days, "marks": list(marks)}


async def grades_in_log(hub) -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        for record in await hub.log.read(partition, 0, high + 1):
            event = decode(record.value)
            found.append((event.type, event.source["revision"], event.data))
    return found


async def test_a_shape_that_does_not_state_a_field_keeps_what_another_stated(running):
    ingest = running.hub.ingest.ingest
    full = answer("full", mark("m1", "4", weight=3.0, work_type="Контрольная работа"))
    assert (await ingest(CLIENT, TOY, [full], False, SCHOOL)).results[0].status == "accepted"
    same_facts = await ingest(CLIENT, TOY, [answer("bundle", mark("m1", "4"))], False, SCHOOL)
    assert same_facts.results[0].status == "duplicate"  # the bundle has no weight: nothing erased, nothing new
    changed = await ingest(CLIENT, TOY, [answer("bundle", mark("m1", "5"))], False, SCHOOL)
    assert changed.results[0].status == "accepted"
    log = await grades_in_log(running.hub)
    assert [(kind, revision) for kind, revision, _ in log] == [("grade.recorded", 1), ("grade.amended", 2)]
    amended = log[1][2]
    assert (amended["value"], amended["weight"], amended["work_type"]["name"]) == ("5", 3.0, "Контрольная работа")


async def test_a_mark_missing_from_a_later_answer_to_the_same_request_is_retracted(running):
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"), mark("m2", "3"))], False, SCHOOL)
    other_scope = await ingest(CLIENT, TOY, [answer("full", mark("m9", "5"), days="20260914-20260920")], False,
                               SCHOOL)
    assert other_scope.results[0].status == "accepted"  # another week: deletes nothing of the first
    vendor_error = await ingest(CLIENT, TOY, [{"error": "state 400"}], False, SCHOOL)
    assert vendor_error.results[0].status == "rejected"
    without_m2 = await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"))], False, SCHOOL)
    assert without_m2.results[0].status == "accepted"
    assert [e["type"] for e in without_m2.results[0].as_dict()["events"]] == ["grade.recorded", "grade.retracted"]
    again = await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"))], False, SCHOOL)
    assert again.results[0].status == "duplicate"  # deleted once, not again
    back = await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"), mark("m2", "3"))], False, SCHOOL)
    assert back.results[0].status == "accepted"
    log = await grades_in_log(running.hub)
    m2 = [(kind, revision) for kind, revision, data in log if data["grade_id"].endswith(":mark:m2")]
    assert m2 == [("grade.recorded", 1), ("grade.retracted", 2), ("grade.amended", 3)]
    retraction = next(data for kind, _, data in log if kind == "grade.retracted")
    assert retraction["student_id"] == namespaced_id("toy", SCHOOL, "student", "s1")
    assert "absent from a later answer" in retraction["reason"]


async def test_an_answer_sent_again_after_a_failure_before_the_append_still_deletes(running, monkeypatch):
    """The snapshot is replaced when the batch is numbered, before its events are claimed and appended: a failure
    in between (the ledger's database unreachable, the process killed) must not lose the deletions, because the
    vendor's retry of the same answer finds its own snapshot already stored."""
    ingest, dedup = running.hub.ingest.ingest, running.hub.ingest.dedup
    await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"), mark("m2", "3"))], False, SCHOOL)
    prepare = dedup.prepare

    async def unreachable(entries):
        raise ConnectionError("the ledger's database is unreachable")

    monkeypatch.setattr(dedup, "prepare", unreachable)
    try:
        await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"))], False, SCHOOL)
    except ConnectionError:
        pass
    monkeypatch.setattr(dedup, "prepare", prepare)
    retry = await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"))], False, SCHOOL)
    assert retry.results[0].status == "accepted"
    assert [e["type"] for e in retry.results[0].as_dict()["events"]] == ["grade.recorded", "grade.retracted"]
    again = await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"))], False, SCHOOL)
    assert again.results[0].status == "duplicate"  # the deletion is in the log once
    m2 = [(kind, revision) for kind, revision, data in await grades_in_log(running.hub)
          if data["grade_id"].endswith(":mark:m2")]
    assert m2 == [("grade.recorded", 1), ("grade.retracted", 2)]


async def test_a_mark_moved_out_of_an_answers_date_range_is_not_retracted_by_its_absence(running):
    """A complete answer over a date range deletes only what the hub holds dated within it: a mark whose stored date
    another answer moved outside the range is absent because it left the range, not because it was deleted."""
    ingest = running.hub.ingest.ingest
    await ingest(CLIENT, TOY, [answer("full", mark("m1", "4"), mark("m2", "3", date="2026-09-08"))], False, SCHOOL)
    moved = await ingest(CLIENT, TOY, [answer("full", mark("m2", "3", date="2026-09-15"),
                                              days="20260914-20260920")], False, SCHOOL)
    assert moved.results[0].status == "accepted"  # the retake: m2 is now dated in the next week
    without_both = await ingest(CLIENT, TOY, [answer("full")], False, SCHOOL)
    assert without_both.results[0].status == "accepted"
    log = await grades_in_log(running.hub)
    retracted = sorted(data["grade_id"].rsplit(":", 1)[1] for kind, _, data in log if kind == "grade.retracted")
    assert retracted == ["m1"]  # m1 (dated 09-07) was deleted; m2 (dated 09-15) only left the range
