"""An answer complete for a scope deletes what the hub holds within it, whichever request brought it (README,
"Vendor formats: revisions, reference data, quarantine"; ``hub.ingest.containing``). Found by dnevnik_ru_7: an
absence a group's range brought and a lesson's whole log no longer held (attendance-07), marks of a work that
``works/many`` no longer returns (no-mark-04/05). Shown with a toy vendor, on both stacks:

* a mark of work W, brought by a marks answer, is retracted by a works answer that asks for W and lacks it, as the
  next revision, right after that answer in batch order (a later record of the batch that states it again brings
  it back); an answer for another work, a rejected one or a parked one deletes nothing;
* the latest pull wins: a works answer pulled before the mark, or before the last works answer for W, deletes
  nothing;
* a retry after a failure before the append derives the same deletion, and after a success appends nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, AdapterSettings, FieldError, Missing, Translation, TranslationContext
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.ingest.service import Client
from tests.integration.test_vendor_merge_and_deletions import _grade, grades_in_log

SCHOOL = "sch-1"
SETTINGS = AdapterSettings(name="toyscopes", system="toy", description="a toy vendor of works", revisions="hub")
CLIENT = Client("c-toy", "toyscopes", frozenset({SCHOOL}))
AT = "2026-09-07T1{}:00:00+03:00".format


def translate(record: Any, ctx: TranslationContext) -> Translation:
    """``{"marks": [{"id", "work", "value"}]}`` (complete for nothing), ``{"asked": [works], "works": [works]}``
    (complete for each work asked), ``{"error": ...}`` or ``{"parked": ...}``; ``pulled_at`` optional."""
    if "error" in record:
        return Translation.rejected([FieldError("/error", "the vendor answered an error")])
    if "parked" in record:
        return Translation.parked([Missing("work_type", "wt1", "/parked")])
    events, scopes = [], {}
    for mark in record.get("marks", []):
        event_id = derive_event_id("toy", ctx.school_id, f"mark:{mark['id']}", 1)
        events.append(Envelope(event_id, "grade.recorded", 3, ctx.school_id,
                               dt.datetime(2026, 9, 7, 10, tzinfo=dt.timezone.utc), ctx.recorded_at,
                               Source("toy", f"mark:{mark['id']}", 1, ctx.client_id),
                               _grade(ctx.school_id, {"student": "s1", "date": "2026-09-07", **mark})))
        scopes[event_id] = ((f"work:{mark['work']}", f"work:{mark['work']}"),)
    contains = [(f"work:{w}", frozenset({f"work:{w}"}) & {f"work:{x}" for x in record["works"]})
                for w in record.get("asked", [])]
    pulled = record.get("pulled_at")
    return Translation(events=events, scopes=scopes, contains=contains,
                       as_of=dt.datetime.fromisoformat(pulled) if pulled else None)


TOY = Adapter(SETTINGS, translate, ())


def marks(*values: tuple[str, str, str], pulled_at: str | None = None) -> dict[str, Any]:
    return {"marks": [{"id": i, "work": w, "value": v} for i, w, v in values], "pulled_at": pulled_at}


def works(asked: list[str], returned: list[str], pulled_at: str | None = None) -> dict[str, Any]:
    return {"asked": asked, "works": returned, "pulled_at": pulled_at}


async def push(running, *batches: list[dict]) -> list[list[str]]:
    statuses = []
    for batch in batches:
        report = await running.hub.ingest.ingest(CLIENT, TOY, batch, False, SCHOOL)
        statuses.append([r.status for r in report.results])
    return statuses


async def log_of(running) -> list[tuple[str, int, str]]:
    return [(kind, revision, data["grade_id"][-2:]) for kind, revision, data in await grades_in_log(running.hub)]


async def test_a_work_missing_from_a_complete_answer_retracts_its_marks_whichever_answer_brought_them(running):
    statuses = await push(running, [marks(("m1", "w1", "4"), ("m2", "w2", "3"))],
                          [works(["w2"], [])],  # another work: m1 stays
                          [{"error": "state 400"}], [{"parked": True}],  # delete nothing
                          [works(["w1", "w2"], ["w2"])],  # w1 deleted: m1 retracted
                          [works(["w1"], [])])  # the same again: the same deletion, appended once
    assert statuses == [["accepted"], ["accepted"], ["rejected"], ["parked"], ["accepted"], ["duplicate"]]
    assert await log_of(running) == [("grade.recorded", 1, "m1"), ("grade.recorded", 1, "m2"),
                                     ("grade.retracted", 2, "m2"), ("grade.retracted", 2, "m1")]


async def test_in_one_batch_the_deletion_comes_right_after_its_answer(running):
    statuses = await push(running, [marks(("m1", "w1", "4")), works(["w1"], []), marks(("m1", "w1", "4"))])
    assert statuses == [["accepted", "accepted", "accepted"]]
    assert await log_of(running) == [("grade.recorded", 1, "m1"), ("grade.retracted", 2, "m1"),
                                     ("grade.amended", 3, "m1")]


async def test_an_answer_pulled_before_the_mark_or_the_last_answer_deletes_nothing(running):
    statuses = await push(running, [marks(("m1", "w1", "4"), pulled_at=AT(2))],
                          [works(["w1"], [], pulled_at=AT(1))],  # pulled before the mark
                          [works(["w1"], ["w1"], pulled_at=AT(4)), works(["w1"], [], pulled_at=AT(3))])
    assert statuses == [["accepted"], ["duplicate"], ["accepted", "accepted"]]  # (nothing to append)
    assert await log_of(running) == [("grade.recorded", 1, "m1")]
    assert await push(running, [works(["w1"], [], pulled_at=AT(5))]) == [["accepted"]]
    assert await log_of(running) == [("grade.recorded", 1, "m1"), ("grade.retracted", 2, "m1")]


async def test_a_retry_after_a_failure_before_the_append_still_deletes(running, monkeypatch):
    dedup = running.hub.ingest.dedup
    await push(running, [marks(("m1", "w1", "4"), pulled_at=AT(1))])
    prepare = dedup.prepare

    async def unreachable(entries):
        raise ConnectionError("the ledger's database is unreachable")

    monkeypatch.setattr(dedup, "prepare", unreachable)
    try:
        await push(running, [works(["w1"], [], pulled_at=AT(2))])
    except ConnectionError:
        pass
    monkeypatch.setattr(dedup, "prepare", prepare)
    assert await push(running, [works(["w1"], [], pulled_at=AT(2))]) == [["accepted"]]
    assert await push(running, [works(["w1"], [], pulled_at=AT(2))]) == [["duplicate"]]
    assert await log_of(running) == [("grade.recorded", 1, "m1"), ("grade.retracted", 2, "m1")]
