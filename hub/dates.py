"""The calendar the hub works in: dates of the years 1900..2199 (``EARLIEST``..``LATEST``).

School records and readers' questions are about school years; a date near 0001-01-01 or 9999-12-31 only
overflows the day arithmetic of a week, a period, a time zone or "midnight after a period's end". So ingest
refuses a record whose events hold a date or time outside this range (``adapters.base``, with a pointer), and the
read API answers 422 for such a parameter (``hub.api.params``).
"""

from __future__ import annotations

import datetime as dt

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
RANGE_TEXT = f"from {EARLIEST.isoformat()} to {LATEST.isoformat()}"


def check_day(day: dt.date) -> dt.date:
    """``day`` if the hub works with it, else ValueError saying so."""
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"{day.isoformat()} is out of range: dates {RANGE_TEXT}")
    return day


def moment_in_range(moment: dt.datetime) -> bool:
    """Whether a time (with or without offset) falls in the range, both where it was given and in UTC."""
    if EARLIEST.year < moment.year < LATEST.year:
        return True  # an offset moves it by less than a day: it cannot leave the range
    try:
        utc = moment.astimezone(dt.timezone.utc) if moment.utcoffset() is not None else moment
    except OverflowError:
        return False
    return EARLIEST <= moment.date() <= LATEST and EARLIEST <= utc.date() <= LATEST
