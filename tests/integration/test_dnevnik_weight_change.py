"""A Dnevnik.ru work type's new weight reaches the marks the hub already holds (reference §3.1: a mark's weight is
its work type's; §3.3: ``work-types/{school}``): the work-types answer with another weight appends, in the same
request, one ``grade.amended`` per mark of that work type whose weight differs, as of the answer's ``pulled_at``
(``hub.ingest.restatements``). The world is ``tests/dnevnik_world.py``'s (work type 2101 "Ответ на уроке",
weight 2)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import create_engine, event

from hub.events.envelope import decode
from hub.ingest import vendor_state
from hub.ingest.service import Client
from tests.dnevnik_world import SCHOOL_VENDOR, WORK_TYPES, World, env, ids

SCHOOL = "sch-dn"
CLIENT = Client("c-dn", "dnevnik_ru", frozenset({SCHOOL}))
PULLED = "2025-10-20T07:00:00+05:00"


def work_types(weight: float, pulled_at: str | None = PULLED, title: str | None = None) -> dict[str, Any]:
    first = {**WORK_TYPES[0], "weight": weight, **({"title": title} if title else {})}
    record = env(f"GET /v2/work-types/{SCHOOL_VENDOR}", [first, *WORK_TYPES[1:]])
    return record if pulled_at is None else {**record, "pulled_at": pulled_at}


def group_marks(w: World) -> dict[str, Any]:
    return env(f"/v2/edu-groups/{w.group}/marks/2025-10-13T00:00:00/2025-10-18T23:59:59", [w.mark_obj()])


def twin_mark(w: World, work_type: int = 2101) -> dict[str, Any]:
    mark = {**w.mark_obj(), **ids(w.i(552)), "person": w.twin, "person_str": str(w.twin), "value": "5",
            "textValue": "5", "workType": work_type}
    return env(f"/v2/marks/{w.i(552)}", mark)  # one mark (a lesson's marks answer is all of them: containing.py)


async def send(running, *records: dict[str, Any]) -> list[Any]:
    report = await running.hub.ingest.ingest(CLIENT, _adapter(), list(records), False, SCHOOL)
    assert all(r.status in ("accepted", "duplicate") for r in report.results), report.as_dict()
    return report.results


async def grade_events(running) -> list[Any]:
    found = []
    for partition, high in (await running.hub.log.high_watermarks()).items():
        found += [decode(record.value) for record in await running.hub.log.read(partition, 0, high + 1)]
    return [e for e in found if e.type.startswith("grade.")]


def latest(events: list[Any]) -> dict[str, dict[str, Any]]:
    return {e.data["grade_id"]: e.data for e in events}


async def test_a_new_weight_amends_every_mark_of_the_work_type_as_of_the_answer(running):
    w = World()
    await send(running, *w.lessons_first(), group_marks(w), twin_mark(w))
    before = await grade_events(running)
    assert {e.data["weight"] for e in before} == {2.0}

    results = await send(running, work_types(3))
    amended = (await grade_events(running))[len(before):]
    assert sorted(e.type for e in amended) == ["grade.amended", "grade.amended"]
    assert {e.data["weight"] for e in amended} == {3.0}
    assert {dt.datetime.fromisoformat(e.occurred_at) for e in amended} == {dt.datetime.fromisoformat(PULLED)}
    assert {e.source["revision"] for e in amended} == {2}
    unchanged = {name: value for name, value in latest(before).items()}  # all but the weight is as before
    assert {g: {**d, "weight": 2.0} for g, d in latest(amended).items()} == unchanged
    assert len(results[0].events) == 2  # appended under the work-types answer
    kept = {running.hub.ingest.raw.record(e.source["raw"])["record"]["request"] for e in amended}
    assert kept == {f"GET /v2/work-types/{SCHOOL_VENDOR}"}  # the work-types answer itself is kept, as their raw

    await send(running, work_types(3), group_marks(w), twin_mark(w))  # the same answers again: nothing new
    assert len(await grade_events(running)) == len(before) + 2


async def test_an_unchanged_weight_amends_nothing(running):
    w = World()
    await send(running, *w.lessons_first(), group_marks(w))
    count = len(await grade_events(running))
    await send(running, work_types(2))
    assert len(await grade_events(running)) == count


async def test_a_mark_already_of_the_new_weight_and_other_work_types_are_left_alone(running):
    w = World()
    twin = twin_mark(w, work_type=2107)
    await send(running, *w.lessons_first(), twin)
    # the mark comes after the change, in the same request; the group's range holds the twin's mark too (it is the
    # whole list of each day it covers: adapters/dnevnik_ru/days.py)
    both = {**group_marks(w), "body": group_marks(w)["body"] + [twin["body"]]}
    await send(running, work_types(3), both)
    events = await grade_events(running)
    assert [e.type for e in events] == ["grade.recorded", "grade.recorded"]
    assert sorted(e.data["weight"] for e in events) == [1.0, 3.0]


async def test_marks_earlier_in_the_same_request_are_amended(running):
    w = World()
    await send(running, *w.lessons_first())
    await send(running, group_marks(w), work_types(4))
    events = await grade_events(running)
    assert [(e.type, e.data["weight"]) for e in events] == [("grade.recorded", 2.0), ("grade.amended", 4.0)]


async def test_a_weight_of_zero_counts_the_marks_out_and_no_pulled_at_dates_by_the_mark(running):
    w = World()
    await send(running, *w.lessons_first(), group_marks(w))
    await send(running, work_types(0, pulled_at=None))
    amended = (await grade_events(running))[-1]
    assert (amended.type, amended.data["weight"], amended.data["counts_in_average"]) == ("grade.amended", 0.0, False)
    assert amended.occurred_at.startswith("2025-10-13T00:00:00")


async def test_a_retracted_mark_is_not_amended_until_it_is_stated_again(running):
    w = World()
    await send(running, *w.lessons_first(), group_marks(w))
    await send(running, env(f"/v2/edu-groups/{w.group}/marks/2025-10-13T00:00:00/2025-10-18T23:59:59", []))
    await send(running, work_types(3))
    assert [e.type for e in await grade_events(running)] == ["grade.recorded", "grade.retracted"]
    await send(running, group_marks(w), work_types(5))  # stated again (its work type's weight is 3), then 5
    events = await grade_events(running)
    assert [(e.type, e.data["weight"]) for e in events[2:]] == [("grade.amended", 3.0), ("grade.amended", 5.0)]


async def test_a_change_made_since_the_marks_were_read_is_kept(running, monkeypatch):
    w = World()
    await send(running, *w.lessons_first(), group_marks(w))
    state = running.hub.ingest.vendor_state
    stale = state.derived_states("dnevnik", SCHOOL, "work_type:2101")  # as a concurrent request would read it
    regraded = env(f"/v2/edu-groups/{w.group}/marks/2025-10-13T00:00:00/2025-10-18T23:59:59",
                   [{**w.mark_obj(), "value": "2", "textValue": "2"}])
    await send(running, regraded)
    monkeypatch.setattr(type(state), "derived_states", lambda self, *args: stale)
    await send(running, work_types(3))
    last = (await grade_events(running))[-1]
    assert (last.type, last.data["weight"], last.data["text"], last.source["revision"]) == ("grade.amended", 3.0, "2", 3)


def test_the_marks_of_a_work_type_are_found_through_the_index(tmp_path):
    """Not a scan of the school's aggregates: a school year can hold 100k marks."""
    engine = create_engine(f"sqlite:///{tmp_path / 'state.db'}")
    vendor_state.metadata.create_all(engine)
    seen: list[tuple[str, Any]] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append((args[2], args[3])))
    assert vendor_state.VendorState(engine).derived_states("dnevnik", SCHOOL, "work_type:2101") == {}
    with engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {seen[-1][0]}", seen[-1][1]))
    assert "USING INDEX source_revisions_by_derived_from" in plan, plan


def _adapter():
    from adapters.registry import get_adapter

    return get_adapter("dnevnik_ru")


async def test_a_renamed_work_type_renames_its_marks_and_keeps_their_weight(running):
    """§3.1: a mark's work type gives its name and its weight; §3.3: a later work-types answer renames it. The
    marks the hub holds show the new title (``work_type.name``; the code stays), as a new weight amends them."""
    w = World()
    await send(running, *w.lessons_first(), group_marks(w), twin_mark(w))
    before = await grade_events(running)
    assert {e.data["work_type"]["name"] for e in before} == {"Ответ на уроке"}

    await send(running, work_types(2, title="Устный ответ «у доски»"))
    amended = (await grade_events(running))[len(before):]
    assert [e.type for e in amended] == ["grade.amended", "grade.amended"]
    assert {dt.datetime.fromisoformat(e.occurred_at) for e in amended} == {dt.datetime.fromisoformat(PULLED)}
    renamed = {g: {**d, "work_type": {**d["work_type"], "name": "Ответ на уроке"}} for g, d in latest(amended).items()}
    assert renamed == latest(before)  # only the name changed: code, weight and value as before
    assert {e.data["work_type"]["name"] for e in amended} == {"Устный ответ «у доски»"}

    await send(running, work_types(4, title="Устный ответ «у доски»"))  # then only the weight: the name stays
    last = (await grade_events(running))[len(before) + 2:]
    assert {(e.data["weight"], e.data["work_type"]["name"]) for e in last} == {(4.0, "Устный ответ «у доски»")}
    await send(running, work_types(4, title="Устный ответ «у доски»"), group_marks(w))  # the same again: nothing
    assert len(await grade_events(running)) == len(before) + 4
