"""The feed and the lessons' marks batch through ingest (found by dnevnik_ru_65): a mark corrected under the same id
in a later feed is amended, and an older feed delivered after it changes nothing (the latest pull wins); a feed
deletes nothing by omission; ``POST lessons/marks`` without a mark another answer brought retracts it (§7: the
batch form of §3.1 ``lessons/{l}/marks``, the whole marks list of each lesson its body names). On both stacks; the
world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send
from tests.unit.test_dnevnik_ru_feed import feed, feed_day

MON, TUE, WED = "2025-10-13T19:30:00+05:00", "2025-10-14T19:30:00+05:00", "2025-10-15T19:30:00+05:00"


def marks_feed(w: World, value: str, at: str) -> dict:
    mark = {**w.mark_obj(), "value": value, "textValue": value}
    return pulled(feed(w, feed_day(w, "2025-10-13", [mark])), at)


async def test_a_mark_corrected_in_a_later_feed_is_amended_and_an_older_feed_delivered_late_changes_nothing(running):
    w = World()
    await send(running, *w.lessons_first())
    assert await send(running, marks_feed(w, "4-", MON)) == ["accepted"]
    assert await send(running, marks_feed(w, "4", WED)) == ["accepted"]
    assert await send(running, marks_feed(w, "4-", TUE)) == ["duplicate"]  # pulled before Wednesday's
    assert [(kind, data["text"]) for kind, data in await latest(running, "grade.")] == [
        ("grade.recorded", "4-"), ("grade.amended", "4")]


async def test_a_feed_without_a_mark_deletes_nothing(running):
    w = World()
    await send(running, *w.lessons_first(), marks_feed(w, "4-", MON))
    assert await send(running, pulled(feed(w, feed_day(w, "2025-10-13")), WED)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"]


async def test_the_batch_of_lessons_marks_without_a_mark_a_feed_brought_retracts_it(running):
    w = World()
    await send(running, *w.lessons_first(), marks_feed(w, "2", MON))
    unnamed = env("POST /v2/lessons/marks", [])  # no body: it names no lesson, and deletes nothing
    assert await send(running, pulled(unnamed, WED)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"]
    batch = env("POST /v2/lessons/marks", [], {"lessons": [w.lesson]})
    assert await send(running, pulled(batch, "2025-10-13T12:00:00+05:00")) == ["duplicate"]  # pulled before: nothing
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"]
    assert await send(running, pulled(batch, WED)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]
    assert await send(running, marks_feed(w, "2", TUE)) == ["duplicate"]  # an older feed does not bring it back
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]
