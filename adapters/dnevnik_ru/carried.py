"""What an answer says beside the object being read (``Carried``), kept apart from ``common.py``'s helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adapters.dnevnik_ru.common import Out


@dataclass(slots=True)
class Carried:
    """What the answer itself says beside the object being read: the request's parameters (normalised: ``group``,
    ``person``, ``school``, ``subject``, ``lesson``, ``work``, ``user``, ``period``, ``from``, ``to``, ``date``),
    and the reference data the answer carries (a bundle's works, work types, lessons, files, groups), read before
    the hub's directory."""

    params: dict[str, str] = field(default_factory=dict)
    seen_on: date | None = None  # the day the answer sees memberships on (``memberships.seen_on``), None: undated
    # a pupil's schedule's sighting of a subgroup: the first day it covers and the first day it lists a lesson of
    # the group (``shown_days.py``); None for any other answer
    shown: tuple[date, date] | None = None
    bundle: bool = False  # a bundle: its embedded work types carry no weight (the weight is then not stated)
    work_types: dict[str, dict[str, Any]] = field(default_factory=dict)  # embedded: name and kind, no weight
    works: dict[str, dict[str, Any]] = field(default_factory=dict)
    lessons: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] | None = None  # None: the answer has no files list to resolve file ids
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    lesson_groups: dict[str, str] = field(default_factory=dict)  # lesson -> the eduGroup of its works here
    lesson_works: dict[str, set[str]] = field(default_factory=dict)  # lesson -> its whole works[] (entity shape)
    # (work, person) -> the values of a double mark's marks in this answer, by ``number`` (``marks.pair_up``)
    doubles: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    complete_marks: bool = False  # the answer holds every mark of its scope (a route whose snapshot has grades)
    one_pupil: bool = False  # one pupil's answer without ``{person}`` in its request (a feed): his tasks only
    pulled_at: datetime | None = None  # the envelope's ``pulled_at`` (local without an offset): when it was true
    # the days (ISO) a class's lessons range covers whole: its whole list of lessons of each (``days.class_days``)
    class_days: frozenset[str] = frozenset()
    # The entities a bundle's model has validated, by ``id()`` of their object in the answer: their parsers take
    # these rather than validate them again (``common.validate``; the answer outlives the translation).
    checked: dict[int, Any] = field(default_factory=dict)
    # ``arrival.py``: the pupils whose memberships this answer saw (in order), those it reaches late, and whether
    # this is the scratch translation that reads a pupil's sightings again in pull order
    sighted: dict[str, None] = field(default_factory=dict)
    late: set[str] = field(default_factory=set)
    replaying: bool = False
    # ``named_days.py``: person -> {group: the latest day (ISO) this answer names him on a lesson of the group}
    named: dict[str, dict[str, str]] = field(default_factory=dict)
    named_on: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # every such day, for a stay's start
    finals_listed: set[str] = field(default_factory=set)  # the pupils a final-marks answer lists (final_parts.py)

    def find(self, out: Out, kind: str, vendor: str | None) -> dict[str, Any] | None:
        """``kind`` ("work", "lesson", "group") from this answer, else from the directory (nothing waits)."""
        if vendor is None:
            return None
        own = self.works if kind == "work" else self.lessons if kind == "lesson" else self.groups
        return own.get(vendor) or out.peek(kind, vendor)
