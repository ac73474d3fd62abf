"""Read-your-writes for any set of views, and the small parsers the schedule and statistics endpoints share.

``wait_for(hub, min_position, views)`` is ``read._positions`` for the views an endpoint reads (the schedule reads
the roster, the diary and the schedule views): the positions those views reflect, after waiting (bounded by
``HUB_READ_WAIT_MS``) until they include ``min_position``.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import Connection, select

from hub import clock
from hub.api.errors import ApiError
from hub.api.read import _positions
from hub.bootstrap import Hub
from hub.dates import EARLIEST, LATEST, check_day
from projections import roster

ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


async def wait_for(hub: Hub, min_position: str | None, views: tuple) -> tuple[bool, dict[int, int]]:
    return await _positions(hub, min_position, views)


def parse_week(text: str) -> dt.date:
    """The Monday of ISO week ``YYYY-Www``; 422 ``invalid_week`` for anything else (also ``2026-W53``: 2026 has 53
    weeks, 2025 has not; and a week not wholly in the hub's calendar, ``hub.dates``)."""
    match = ISO_WEEK.fullmatch(text)
    if match is None:
        raise ApiError(422, "invalid_week", f"{text!r} is not an ISO week: use YYYY-Www, e.g. 2026-W47")
    try:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise ApiError(422, "invalid_week", f"{match[1]} has no ISO week {match[2]}") from None
    try:
        check_day(monday)
        check_day(monday + dt.timedelta(days=6))
    except (ValueError, OverflowError):
        raise ApiError(422, "invalid_week", f"{text} is out of range: weeks of the years "
                                            f"{EARLIEST.year}..{LATEST.year}") from None
    return monday


def iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def school_today(conn: Connection, school_id: str | None) -> dt.date:
    """Today by the hub's clock in the school's time zone (Moscow if the school or its zone is unknown)."""
    s = roster.schools
    name = conn.execute(select(s.c.timezone).where(s.c.school_id == school_id)).scalar() if school_id else None
    return clock.today(name)
