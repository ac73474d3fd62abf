"""The registry of projections: every read model the projector maintains.

``ALL_PROJECTIONS`` lists them (roster first: the diary's reads join its tables); ``get(name)`` finds one.
``create_schema(engine)`` bootstraps every projection's live version (its tables and the views readers query,
see ``hub.projector.versions``) and the offsets table (what a worker does on start), for readers that may start
before the projector has.
"""

from __future__ import annotations

from sqlalchemy import Engine

from projections import audit, diary, final_grades, roster, schedule
from projections.base import Projection

ALL_PROJECTIONS: list[Projection] = [roster.PROJECTION, diary.PROJECTION, final_grades.PROJECTION,
                                     schedule.PROJECTION, audit.PROJECTION]


def get(name: str) -> Projection:
    """The registered projection called ``name``; ``KeyError`` naming the known ones otherwise."""
    for projection in ALL_PROJECTIONS:
        if projection.name == name:
            return projection
    raise KeyError(f"no projection {name!r}; known: {', '.join(p.name for p in ALL_PROJECTIONS)}")


def create_schema(engine: Engine) -> None:
    from hub.projector import versions

    for projection in ALL_PROJECTIONS:
        versions.ensure_live(engine, projection)
