"""Numbering a hub-numbered aggregate's next revision (``VendorState.assign_revisions``): what it needs of one
event (``Revisable``), what it answers (``Numbered``), how an event's data is merged with the stored data
(``merge``: a field is changed only by an answer that states it), and when an answer is too old to change anything
(``stale_fields``: the latest pull wins, field by field, whatever the arrival order; ``dated`` keeps each field's
pull time).

A deletion by a range's omission (``Revisable.span``: the days of a complete answer over a date range) says only
that, as of its pull, the aggregate is not dated within those days. It dates the aggregate under
``~<first>..<last>`` (``SPAN``), not ``ALL``: an answer pulled before it and delivered after, that dates the
aggregate outside those days (``Revisable.day``), is as of its pull still true and states it again (a mark the
teacher re-dated out of the range); one dating it inside them, or not dating it, is stale, as under ``ALL``.

A field an answer derives from another answer's facts (``Revisable.fields_as_of_ms``: a Dnevnik.ru lesson's end
time taken from the bell timetable) is as of that answer's pull, not its own: bells pulled before the lessons and
delivered after them still restate it. It is also stale whenever a field the answer states as of its own pull is:
an older answer delivered late brings nothing derived from its older facts (a lesson's earlier number)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from hub import clock


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
    as_of_ms: int | None = None  # when its answer was true (``Translation.as_of``); None: unknown
    day: str | None = None  # the ISO day the item dates its aggregate at (``revisions.DATED_BY``); None: undated
    span: tuple[str, str] | None = None  # a deletion by a range's omission: the range's (first, last) ISO days
    fields_as_of_ms: Mapping[str, int] = field(default_factory=dict)  # a derived field -> its own as-of (docstring)


def is_stale(as_of_ms: int | None, stored_as_of_ms: int | None) -> bool:
    """Whether what an answer as of ``as_of_ms`` says is older than what the hub holds as of ``stored_as_of_ms``:
    then it changes nothing (the latest pull wins). Either unknown: not stale (the later arrival wins)."""
    return as_of_ms is not None and stored_as_of_ms is not None and as_of_ms < stored_as_of_ms


def newer(a: int | None, b: int | None) -> int | None:
    """The later of two as-of times (None when both are unknown)."""
    return b if a is None else a if b is None else max(a, b)


ALL = "*"  # in an aggregate's as-of map: when it was deleted (every field is at least that recent)
SPAN = "~"  # ``~<first>..<last>``: when a range's omission deleted it (every field dated within, module docstring)


def stale_fields(item: Revisable, held: Mapping[str, int]) -> frozenset[str]:
    """The fields ``item`` states that the hub holds as of a later pull (``held``: the aggregate's as-of per field,
    ``ALL`` and the omissions of ranges that held its day, ``floor``); a deletion is stale as a whole (all its
    fields) when anything held is more recent. A derived field (``fields_as_of_ms``) is stale when its own as-of is
    older than the field's, or when any field the item states as of its own pull is stale (a deletion dates the
    aggregate, not the answer it was derived from: it makes a derived field stale only through those)."""
    if item.as_of_ms is None or not held:
        return frozenset()
    if item.keeps_state:
        return frozenset(item.data) if is_stale(item.as_of_ms, max(held.values())) else frozenset()
    low, apart = floor(held, item.day), item.fields_as_of_ms
    own = frozenset(name for name in item.data if name not in item.omitted and name not in apart
                    and is_stale(item.as_of_ms, newer(held.get(name), low)))
    return own | frozenset(name for name, as_of in apart.items() if name in item.data and name not in item.omitted
                           and (own or is_stale(as_of, held.get(name))))


def floor(held: Mapping[str, int], day: str | None) -> int | None:
    """When the aggregate was last deleted for an item dating it at ``day``: ``ALL``, and each range omission
    (``SPAN``) whose days hold ``day`` (all of them for an undated item)."""
    found = held.get(ALL)
    for key, as_of in held.items():
        if key.startswith(SPAN) and (day is None or _holds(key, day)):
            found = newer(found, as_of)
    return found


def _holds(key: str, day: str) -> bool:
    first, _, last = key[len(SPAN):].partition("..")
    return first <= day[:10] <= last


def dated(item: Revisable, held: Mapping[str, int], stale: frozenset[str]) -> dict[str, int]:
    """The aggregate's as-of map once ``item`` applied: each field it stated (and that was not stale) as of its
    answer (a derived field, as of its own: ``fields_as_of_ms``); a deletion dates the whole aggregate, a range's
    omission the aggregate within its days (``SPAN``, the rest kept); an item without an as-of leaves none (arrival
    order again)."""
    if item.as_of_ms is None:
        return {}
    if item.keeps_state and item.span is not None:
        key = f"{SPAN}{item.span[0]}..{item.span[1]}"
        return {**held, key: newer(held.get(key), item.as_of_ms)}
    if item.keeps_state:
        return {ALL: item.as_of_ms}
    out, apart = dict(held), item.fields_as_of_ms
    for name in item.data:
        if name not in item.omitted and name not in stale:
            out[name] = newer(out.get(name), apart.get(name, item.as_of_ms))
    return out


@dataclass(frozen=True, slots=True)
class Numbered:
    revision: int
    changed: bool
    data: dict[str, Any]  # the data merged with what other answers stated
    stale: bool = False  # older than the stored content: the stored revision and data, unchanged


def merge(stored: Mapping[str, Any] | None, data: Mapping[str, Any], omitted: frozenset[str],
          stated_later: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``data`` with the fields its source did not state (``omitted``) taken from the stored state, when there is
    one: a field is changed only by an answer that states it. A field the stored state lacks takes what a later
    record of the same batch states (``stated_later``), if any."""
    if not omitted or (stored is None and not stated_later):
        return dict(data)
    kept = {} if stored is None else {name: stored[name] for name in omitted if name in stored}
    return {**data, **(stated_later or {}), **kept}


class Replaced(NamedTuple):
    """What a complete answer's snapshot replacement tells (``VendorState.replace_snapshots``)."""

    missing: set[str]  # held by the previous answer to the scope and not by this one: deleted
    superseded: frozenset[str] = frozenset()  # held by this answer, pulled before the stored one, which lacks them: gone since


def replaced_against(present: list[str], stored: tuple[list[str], int | None, bytes | None] | None,
              as_of_ms: int | None) -> tuple[Replaced, dict[str, Any] | None]:
    """One scope's answer against its stored snapshot: what it deletes, and the row to store (None: keep)."""
    before = [] if stored is None else stored[0]
    if stored is not None and is_stale(as_of_ms, stored[1]):
        return Replaced(set(), frozenset(present) - frozenset(before)), None
    if stored is not None and before == present and stored[1] == as_of_ms:
        return Replaced(set(orjson.loads(stored[2] or b"[]"))), None
    deleted = sorted(set(before) - set(present))
    return Replaced(set(deleted)), {"aggregates": orjson.dumps(present), "updated_at_ms": clock.now_ms(),
                                    "as_of_ms": as_of_ms, "deleted": orjson.dumps(deleted)}
