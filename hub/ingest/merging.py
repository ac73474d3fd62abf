"""Numbering a hub-numbered aggregate's next revision (``VendorState.assign_revisions``): what it needs of one
event (``Revisable``), what it answers (``Numbered``), and how an event's data is merged with the stored data
(``merge``: a field is changed only by an answer that states it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Revisable:
    """One canonical event to number: its aggregate, its data, the fields its source did not state, how to
    fingerprint a (merged) data, whether it is a deletion (which leaves the stored data as it was), what a
    later record of the batch states for the fields this one did not (used where nothing is stored), and the vendor
    reference its derived fields come from (``hub.ingest.restatements``)."""

    aggregate: str
    data: dict[str, Any]
    omitted: frozenset[str]
    fingerprint: Callable[[dict[str, Any]], str]
    keeps_state: bool = False
    stated_later: Mapping[str, Any] = field(default_factory=dict)
    derived_from: str | None = None  # e.g. "work_type:<vendor id>"; None keeps the stored one


@dataclass(frozen=True, slots=True)
class Numbered:
    revision: int
    changed: bool
    data: dict[str, Any]  # the data merged with what other answers stated


def merge(stored: Mapping[str, Any] | None, data: Mapping[str, Any], omitted: frozenset[str],
          stated_later: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``data`` with the fields its source did not state (``omitted``) taken from the stored state, when there is
    one: a field is changed only by an answer that states it. A field the stored state lacks takes what a later
    record of the same batch states (``stated_later``), if any."""
    if not omitted or (stored is None and not stated_later):
        return dict(data)
    kept = {} if stored is None else {name: stored[name] for name in omitted if name in stored}
    return {**data, **(stated_later or {}), **kept}
