"""Local dates and times of the Dnevnik.ru adapter: an answer's local date-times in the school's zone (§1), the
school year a date falls in."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from adapters.base import TranslationContext
from adapters.dnevnik_ru.common import reject

_PARTS = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?"
                    r"(Z|[+-]\d{2}:?\d{2})?$")


def local_datetime(text: str, ctx: TranslationContext) -> datetime:
    """A Dnevnik local date-time (validated by the model) with the school's zone attached; an explicit ``Z`` or
    offset, if the producer sent one, is kept."""
    m = _PARTS.match(text)
    assert m is not None  # the model's pattern guarantees it
    day_text, hour, minute, second, fraction, offset = m.groups()
    day = date.fromisoformat(day_text)
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    clock = time(int(hour or 0), int(minute or 0), int(second or 0), micro)
    if offset:
        offset = "+00:00" if offset == "Z" else offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
        return datetime.fromisoformat(f"{day.isoformat()}T{clock.isoformat()}{offset}")
    return datetime.combine(day, clock, tzinfo=zone(ctx))


def local_date(text: str) -> date:
    return date.fromisoformat(text[:10])


def zone(ctx: TranslationContext) -> ZoneInfo:
    try:
        return ZoneInfo(ctx.timezone)
    except Exception:  # noqa: BLE001 - a bad zone name from configuration
        raise reject("", f"the school's time zone {ctx.timezone!r} is unknown; fix the school's configuration") from None


def start_of_day(day: date, ctx: TranslationContext) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone(ctx))


def study_year(day: date) -> int:
    """The school year a date falls in, named by the calendar year it starts (September to August; July counts
    with the year to come, as reporting periods may start on 1 July)."""
    return day.year if day.month >= 7 else day.year - 1
