"""Applying events to the registered projections without a log or a worker, for the projections' unit tests.

``project(engine, events, per_event=False)`` runs every registered projection over ``events`` and writes the rows
into the live version's physical tables (readers query the views of the template names); ``per_event`` writes
after each event instead of once. ``empty_views(engine)`` deletes every row of the live versions (to reuse one
database across tests).
"""

from __future__ import annotations

from collections.abc import Iterable

from hub.events.envelope import LoggedEvent
from hub.projector import versions
from hub.projector.unit_of_work import UnitOfWork
from projections import ALL_PROJECTIONS


def project(engine, events: Iterable[LoggedEvent], per_event: bool = False) -> None:
    events = list(events)
    for batch in ([e] for e in events) if per_event else [events]:
        uow = UnitOfWork()
        for event in batch:
            for projection in ALL_PROJECTIONS:
                projection.apply(event, uow)
        with engine.begin() as conn:
            uow.flush(conn, versions.live_table_map(conn, ALL_PROJECTIONS))


def empty_views(engine) -> None:
    with engine.begin() as conn:
        for table in versions.live_table_map(conn, ALL_PROJECTIONS).values():
            conn.execute(table.delete())
