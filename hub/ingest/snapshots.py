"""Deletions a vendor never announces: an item missing from a later answer to the same request.

(An answer also complete for a scope other requests fill, a lesson's whole log say, deletes what the hub holds
there whichever request brought it: ``hub.ingest.containing``, with the deletion events built here.)

Neither reference documents a deletion feed: a sync job sees a deletion the way it sees everything else, as an
answer that no longer holds the item. An adapter marks an answer that is the complete set of some records for the
scope its request names (``Translation.snapshot``: the scope key of ``adapters.routing.Route.scope_key`` and the
aggregate families it is complete for: the marks of a group over a date range, a pupil's diary days). For each
such answer, in batch order (``hub.ingest.numbering`` interleaves the steps with the numbering of the batch):

1. the aggregates of those families among the answer's events are the scope's new snapshot (``replace``:
   ``VendorState.replace_snapshot``, which returns what the previous answer to the scope held and this one lacks);
2. each missing aggregate becomes its deletion event, built from the aggregate's stored data as the records before
   it in the batch left it (``deletion_events``, ``VendorState.states``): a grade is retracted, a homework
   withdrawn, a lesson cancelled, an attendance mark corrected to present (an unmarked pupil was there), a period
   mark retracted, a guardian's link to a child ended, a holiday withdrawn (its days school days again);
3. the deletions are numbered as the next revisions of their aggregates, like any other event, before the records
   after the answer in the batch.

An answer over a date range that selects by the items' own dates (``Translation.snapshot_span``: an Elzhur
getmarks' ``days`` lists a pupil's marks by their ``date``) speaks only for what is dated within it: in step 2 a
missing aggregate whose stored date (``DATED_BY``: the field that dates its family; the latest revision's) lies
outside the span left the answer's scope (a retake the teacher re-dated into the holidays) and is not deleted. It
still leaves the stored snapshot, as everything the answer lacks does. An aggregate without a stored date (a
family ``DATED_BY`` does not name, a mark without one) is deleted as before. The deletion itself says no more
than the omission: not dated within the span as of its pull (``hub.ingest.merging``, ``SPAN``), so an answer
pulled before it and delivered after it that dates the aggregate outside the span states it again (a mark
re-dated out of the range, its newer date's answer delivered late), while one dating it inside stays stale. An
answer may date only some of its families so (``Translation.snapshot_span_families``, ``span_of``: a Dnevnik.ru
lessons range selects its lessons by their ``date``, not the homework of its lessons by their due date): what it
lacks of the others is deleted as before, and that deletion dates the whole aggregate.

An answer may also speak for some families only in some classes and groups (``Translation.snapshot_groups`` per
part, for the families ``snapshot_grouped`` names: an Elzhur pupil's day speaks for the tasks of his class and
groups, not of a class or group he has left): in step 2 a missing aggregate of those families whose stored
``class_id`` is not among them left the answer's scope and is not deleted (``in_groups``), and an answer pulled
before the stored snapshot still states what it holds there (``hub.ingest.numbering``). It leaves the stored
snapshot all the same.

A rejected, parked or vendor-error answer changes no snapshot, so it deletes nothing. Neither does an answer
pulled before the scope's stored snapshot (its envelope's ``pulled_at``, ``Translation.as_of``): "missing" means
missing from a *later* pull, whatever the arrival order; it leaves the stored snapshot as it is, and what it holds
that the stored snapshot lacks is not appended either (the later pull shows it was gone by then). A deletion is
as of its answer, so an older answer delivered after it does not bring the item back
(``VendorState.assign_revisions``). Without ``pulled_at`` on either side, the later arrival replaces. The same
answer again (same aggregates and pull time: a retry after a failure before its events were appended) deletes
again what it deleted the first time: the same deletions, the same revisions, so a retry after a success appends
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import latest_version, model_for
from hub.ingest.revisions import DATED_BY, FAMILY, aggregate_of
from hub.ingest.merging import Replaced
from hub.ingest.vendor_state import VendorState

REASON = "removed from the journal (absent from a later answer to the same request)"
# aggregate family -> (deletion event type, the fields it takes from the stored data, the fields it adds)
DELETION_OF: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {
    "grade": ("grade.retracted", ("grade_id", "student_id"), {"reason": REASON}),
    "homework": ("homework.withdrawn", ("homework_id",), {"reason": REASON}),
    "lesson": ("lesson.cancelled", ("lesson_id",), {"reason": REASON}),
    "attendance": ("attendance.corrected", ("student_id", "lesson_id"), {"status": "present"}),
    "final_grade": ("final_grade.retracted", ("final_grade_id", "student_id"), {"reason": REASON}),
    "guardian": ("guardian.unlinked", ("guardian_id", "student_id"), {"reason": "no longer among the account's "
                                                                               "children in the journal"}),
    "holiday": ("holiday.withdrawn", ("holiday_id",), {"reason": "a later answer shows its days without it"}),
}


def family(aggregate: str) -> str:
    return aggregate.split(":", 1)[0]


def families_of(event_types: Iterable[str]) -> frozenset[str]:
    """The aggregate families of event types (``grade.recorded`` -> ``grade``), as snapshots name them."""
    return frozenset(FAMILY.get(kind.split(".", 1)[0], kind.split(".", 1)[0]) for kind in event_types)


def replace(state: VendorState, system: str, school_id: str, parts: list[tuple[str, frozenset[str], list[Envelope]]],
            as_of_ms: int | None = None) -> list[Replaced]:
    """Step 1 for one answer: each of its parts' (scope, families, events; most answers are one part, an Elzhur
    answer of days one per day) new snapshot, in one transaction; per part, the aggregates the previous answer to
    its scope held and it lacks. An answer pulled before the stored snapshot (``as_of_ms``) leaves it and deletes
    nothing; what it holds that the stored snapshot lacks is superseded (gone by the later pull), not appended."""
    return state.replace_snapshots(system, school_id, [
        (scope, {aggregate_of(event) for event in events if family(aggregate_of(event)) in families})
        for scope, families, events in parts], as_of_ms)


def deletion_events(state: VendorState, system: str, school_id: str, scope: str, missing: set[str],
                    template: Envelope | None, span: tuple[str, str] | None = None,
                    span_families: frozenset[str] | None = None,
                    groups: dict[str, frozenset[str]] | None = None) -> list[Envelope]:
    """Step 2 for one answer: the deletion events of the ``missing`` aggregates, from their stored data.
    ``template`` is any event of the answer (its source and times carry over); an answer without events still
    empties its scope, and then names the deletions after the scope itself. ``span`` (first, last ISO day): the
    answer's date span; those stored dated outside it left the scope and are not deleted (module docstring);
    ``span_families``: the families it dates (None: all). ``groups``: per aggregate, the classes and groups
    the answer speaks for it in; one stored in another left the scope too (``Translation.snapshot_groups``)."""
    if not missing:
        return []
    stored = state.states(system, school_id, missing)
    return [event for aggregate in sorted(missing) if aggregate in stored
            and within(aggregate, stored[aggregate], span_of(aggregate, span, span_families))
            and in_groups(aggregate, stored[aggregate], groups)
            for event in [_deletion(aggregate, stored[aggregate], system, school_id, scope, template)]
            if event is not None]


def span_of(aggregate: str, span: tuple[str, str] | None,
            families: frozenset[str] | None) -> tuple[str, str] | None:
    """The span an answer's omission dates ``aggregate`` by: its ``span`` for the families it dates (``families``,
    None: all; ``Translation.snapshot_span_families``), else none (the whole aggregate, as a request snapshot's)."""
    return span if families is None or family(aggregate) in families else None


def in_groups(aggregate: str, data: dict[str, Any], groups: dict[str, frozenset[str]] | None) -> bool:
    """Whether the answer speaks for the stored aggregate's class or group (``class_id``): always, unless
    ``groups`` names the classes it speaks for it in (a pupil's day and the class or group he has left)."""
    allowed = groups.get(aggregate) if groups else None
    return allowed is None or data.get("class_id") in allowed


def within(aggregate: str, data: dict[str, Any], span: tuple[str, str] | None) -> bool:
    """Whether the answer over ``span`` speaks for the stored aggregate: no span, no stored date (``DATED_BY``),
    or a stored date within the span (ISO days compare as text)."""
    field = DATED_BY.get(family(aggregate))
    dated = data.get(field) if field else None
    if span is None or not isinstance(dated, str) or not dated:
        return True
    return span[0] <= dated[:10] <= span[1]


def _deletion(aggregate: str, data: dict[str, Any], system: str, school_id: str, scope: str,
              template: Envelope | None) -> Envelope | None:
    kind = DELETION_OF.get(family(aggregate))
    if kind is None or any(data.get(field) is None for field in kind[1]):
        return None
    event_type, fields, extra = kind
    version = latest_version(event_type)
    payload = model_for(event_type, version).model_validate({**{f: data[f] for f in fields}, **extra})
    source = template.source if template is not None else Source(system, scope, 1)
    when = template.occurred_at if template is not None else None
    recorded = template.recorded_at if template is not None else None
    if when is None or recorded is None:
        from hub import clock

        when = recorded = clock.now()
    return Envelope(derive_event_id(system, school_id, f"deleted:{aggregate}", 1), event_type, version, school_id,
                    when, recorded, Source(system, f"deleted:{aggregate}", 1, source.client_id, "deleted",
                                           source.raw), payload.model_dump(mode="json"))
