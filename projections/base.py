"""What a projection is: a named, versioned, pure function from events to row changes in tables it owns.

Contract
--------
* ``name`` and ``version`` identify the projection; its consumer group is ``hub.projection.<name>.v<version>``
  and its stored offsets are keyed by both. Bump ``version`` when the meaning of the tables changes (a new version
  replays the log from offset 0; give changed tables new names so the old version keeps serving until caught up).
* ``handles`` is the set of event types it reads; other events are skipped (their offsets still advance).
* ``tables`` are the tables it owns, on its own ``metadata``; every table has a primary key and all non-key
  columns nullable (a partial ``update`` may create a row before the event that fills the rest).
* ``apply(event, uow)`` records row changes in the unit of work. It writes no SQL and reads nothing from the
  database: events are self-contained (amendments carry the complete new state). It must be deterministic, so a
  rebuild from the log yields the same tables. It must not change ``event`` (its ``data`` included): the
  projections of a process share one decoded event (``hub.projector.decoding``).
* What a handler cannot know because it would have to read (the date of the lesson a mark was given at, which may
  come later or move), a table derives when the unit of work writes the batch: ``info["derive"]`` names the
  object (``projections.lesson_days``), whose result depends only on the stored rows, so a rebuild still equals
  the incremental result.

Event ``data`` comes from the log as plain JSON (dates as ISO strings); helpers below convert.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

import orjson
from sqlalchemy import Connection, MetaData, Table, select

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork

Handler = Callable[[LoggedEvent, UnitOfWork], None]


class Projection:
    """Base class: subclasses set ``name``, ``version``, ``metadata``, ``tables`` and map event types to handlers."""

    name: ClassVar[str]
    version: ClassVar[int]
    metadata: ClassVar[MetaData]
    tables: ClassVar[tuple[Table, ...]]
    handlers: ClassVar[Mapping[str, Handler]]

    @property
    def handles(self) -> frozenset[str]:
        return frozenset(self.handlers)

    def apply(self, event: LoggedEvent, uow: UnitOfWork) -> None:
        """Record the row changes ``event`` makes; events of types not handled are ignored."""
        handler = self.handlers.get(event.type)
        if handler is not None:
            handler(event, uow)

    def __repr__(self) -> str:
        return f"<projection {self.name} v{self.version}>"


# Converting JSON values ---------------------------------------------------------------------------------------


def date_or_none(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def time_or_none(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


def full_name(last: str | None, first: str | None, middle: str | None) -> str | None:
    """``"Last First Middle"`` as a diary shows a person; None if no part is known."""
    parts = [part for part in (last, first, middle) if part]
    return " ".join(parts) or None


def name_columns(name: Mapping[str, Any] | None) -> dict[str, Any]:
    """The ``last_name``/``first_name``/``middle_name`` columns from a ``PersonName`` payload."""
    name = name or {}
    return {"last_name": name.get("last_name"), "first_name": name.get("first_name"),
            "middle_name": name.get("middle_name")}


# Comparing projections ----------------------------------------------------------------------------------------


def table_digest(conn: Connection, tables: Iterable[Table]) -> str:
    """A SHA-256 over every row of ``tables`` in primary-key order: equal digests mean equal contents."""
    digest = hashlib.sha256()
    for table in sorted(tables, key=lambda t: t.name):
        digest.update(table.name.encode() + b"\x1e")
        query = select(table).order_by(*table.primary_key.columns)
        for row in conn.execute(query):
            digest.update(orjson.dumps([plain_value(v) for v in row], option=orjson.OPT_SORT_KEYS) + b"\x1f")
    return digest.hexdigest()


def plain_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value
