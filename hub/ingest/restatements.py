"""Corrections a vendor implies by changing reference data: a Dnevnik.ru mark has no weight nor work-type name of
its own, they are its work type's (reference §3.1), so a work-types answer with another weight or title changes
the weight or ``work_type.name`` of every mark of that work type, though no mark is sent again; likewise a bell
timetable (§3.14) gives the end time of every lesson of its numbers that states none (``adapters/dnevnik_ru/bells.py``).

An adapter names, per event, the reference its derived fields come from (``Translation.derived_from``, e.g.
``work_type:<id>``; kept per aggregate in ``source_revisions.derived_from``, indexed), and, per record, the
references whose change it reports with their new field values (``Translation.restated``). For each restatement,
in batch order, after the batch's own events and deletions are numbered (``hub.ingest.numbering``: the last step,
so marks of the same batch are seen, whether before or after the restating record):

1. the aggregates derived from the reference are found through the index (``VendorState.derived_states``), only
   those dated within its ``days`` when it names them (a bell timetable restates the lessons of the days it is in
   force: ``Restatement.days``);
2. each whose stored data differs in a restated field (an object value, such as ``work_type``, merged into the
   stored object: ``restated_data``) becomes an event of its stored data with those fields, as
   of the restatement's time (the record's: a Dnevnik.ru ``pulled_at``), else the aggregate's own date; never
   the hub's clock; it is as of the record's pull, or of the restatement's own ``as_of`` when it names one;
3. the events are numbered as the next revisions of their aggregates like any other (``grade.amended``), with
   every field but the restated ones not stated (``unrestated``, as ``Translation.omitted``): numbering takes them
   from the stored data it holds locked, so a change another request made since step 1 is kept, not overwritten.

An aggregate whose stored data already has the new values (a mark sent after the change) gets nothing, at step 2,
or at step 3 when it got them since step 1 (``hub.ingest.numbering`` drops a correction numbered unchanged).

A restatement may name the aggregates themselves (``Restatement.aggregates``) rather than a reference, with no
fields: an answer showing that an earlier omission was not a deletion (a Dnevnik.ru group's final marks that no
longer listed a pupil who had left, ``adapters/dnevnik_ru/final_parts.py``). Each such aggregate the hub has data of
stands again as it holds it (its recorded event, ``RESTATED_AS``), as of the restatement's ``as_of``, stating only
its identity (``AGGREGATE_FIELDS``): one retracted at that pull or before is stated again, one held as of a later pull
(deleted or changed since) is stale and left as it is, and one that was never deleted is numbered unchanged and
dropped.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from adapters.base import Restatement
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import latest_version, model_for
from hub.ingest.results import PARKED, REJECTED, RecordResult
from hub.ingest.revisions import AGGREGATE_FIELDS, DATED_BY
from hub.ingest.snapshots import family
from hub.ingest.vendor_state import VendorState

# aggregate family -> the event its stored data is (numbering corrects it)
RESTATED_AS = {"grade": "grade.recorded", "lesson": "lesson.scheduled", "final_grade": "final_grade.recorded"}


Keyed = dict[tuple[int, str], Any]  # by (record index, event id), as ``Translated.omitted``


def restatement_events(state: VendorState, system: str, school_id: str,
                       restated: list[tuple[int, Restatement, Source]], results: list[RecordResult],
                       recorded_at: datetime, timezone: str) -> tuple[list[tuple[int, Envelope]], Keyed, Keyed]:
    """Steps 1-2 for every restatement of a batch whose record is neither rejected nor parked, each under its
    record, with the fields each event does not state and, when the restatement names one, its own as-of (epoch
    ms). ``source`` names the record that brought it (client, raw record)."""
    found, unstated, as_of = [], {}, {}
    for index, what, source in restated:
        if results[index].status in (REJECTED, PARKED):
            continue
        for event in restatements(state, system, school_id, what, source, recorded_at, timezone):
            found.append((index, event))
            unstated[(index, event.event_id)] = unrestated(event, what)
            if what.as_of is not None:
                as_of[(index, event.event_id)] = int(what.as_of.timestamp() * 1000)
    return found, unstated, as_of


def restatements(state: VendorState, system: str, school_id: str, restated: Restatement, source: Source,
                 recorded_at: datetime, timezone: str) -> list[Envelope]:
    """Steps 1-2 for one restatement; ``source`` names the record that brought it (client, raw record)."""
    named = restated.aggregates
    found = state.states(system, school_id, named) if named else state.derived_states(system, school_id,
                                                                                      restated.derived_from)
    events = []
    for aggregate, data in sorted(found.items()):
        kind = RESTATED_AS.get(family(aggregate))
        new = restated_data(data, restated.fields)
        if kind is None or (new == data and not named) or not _within(restated.days,
                                                                      data.get(DATED_BY.get(family(aggregate), ""))):
            continue
        when = restated.occurred_at or _day_start(data.get("date"), timezone)
        if when is not None:
            events.append(_restated(kind, aggregate, new, sorted(restated.fields), school_id, when, recorded_at,
                                    source))
    return events


def restated_data(data: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the restated ``fields``; an object value is merged into the stored object (a work type's new
    title is ``{"work_type": {"name": ...}}``: the mark's ``work_type.code`` stays)."""
    new = dict(data)
    for name, value in fields.items():
        stored = data.get(name)
        new[name] = {**stored, **value} if isinstance(value, dict) and isinstance(stored, dict) else value
    return new


def unrestated(event: Envelope, restated: Restatement) -> frozenset[str]:
    """The fields of a restatement's event it does not state: all but the restated ones, and for an aggregate named
    itself (``Restatement.aggregates``) but its identity, which it states as of its ``as_of`` (a later deletion or
    change makes it stale)."""
    stated = set(restated.fields) | (set(AGGREGATE_FIELDS[event.type]) if restated.aggregates else set())
    return frozenset(event.data) - stated


def _restated(kind: str, aggregate: str, data: dict[str, Any], fields: list[str], school_id: str, when: datetime,
              recorded_at: datetime, source: Source) -> Envelope:
    """The event; its ``part`` names the restated fields (``restated:counts_in_average,weight``), so two
    restatements of one aggregate in a batch are two events."""
    version = latest_version(kind)
    payload = model_for(kind, version).model_validate(data).model_dump(mode="json")
    record, part = f"restated:{aggregate}", f"restated:{','.join(fields)}"
    return Envelope(derive_event_id(source.system, school_id, record, 1, part), kind, version, school_id, when,
                    recorded_at, Source(source.system, record, 1, source.client_id, part, source.raw), payload)


def _within(days: tuple[str | None, str | None] | None, day: Any) -> bool:
    """Whether an aggregate dated ``day`` is one a restatement of ``days`` holds for (module docstring)."""
    if days is None:
        return True
    first, until = days
    return isinstance(day, str) and (first is None or day[:10] >= first) and (until is None or day[:10] < until)


def _day_start(day: str | None, timezone: str) -> datetime | None:
    return None if day is None else datetime.combine(date.fromisoformat(day), time(0), ZoneInfo(timezone))
