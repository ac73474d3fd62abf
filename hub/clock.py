"""The hub's one clock: every "now" the hub reads (an event's ``recorded_at``, ledger and state timestamps, log
record times, "today" and "the current period" of the read API, token lifetimes, metrics lag) comes from here.

* ``now()`` is an aware UTC datetime, ``now_ms()`` milliseconds since the epoch, ``today(zone)`` the date in an IANA
  zone (the hub's default zone, Moscow, when the zone is missing or unknown).
* The process clock is ``SystemClock`` unless ``HUB_CLOCK`` names an ISO 8601 instant with its offset: then it is a
  ``PinnedClock`` that starts at that instant when the process starts and runs on at real speed, so timeouts, lag
  and durations behave as they would at that date. Every hub process installs it at start (``installed``).
* Tests install a clock with ``using(clock)`` (a context manager); the test suite pins the whole session this way
  (``tests/conftest.py``) and exports ``HUB_CLOCK`` so the ``hub`` processes it starts run at the same time.

Durations and deadlines are not "now": they keep using ``time.monotonic()`` / ``time.perf_counter()``, which no
pinned instant should bend. ``tests/unit/test_clock_discipline.py`` fails on a wall-clock read anywhere else.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SYSTEM = "system"
DEFAULT_ZONE = "Europe/Moscow"
UTC = dt.timezone.utc


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant as an aware UTC datetime."""
        ...


class SystemClock:
    """The machine's wall clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class PinnedClock:
    """Starts at ``start`` when made and runs on at real speed (``start`` + monotonic time elapsed since)."""

    def __init__(self, start: dt.datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.utcoffset() is None:
            raise ValueError(f"a pinned clock needs an instant with its offset, got {start.isoformat()}")
        self.start, self._monotonic = start.astimezone(UTC), monotonic
        self._started = monotonic()

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self._monotonic() - self._started)

    def __repr__(self) -> str:
        return f"PinnedClock({self.start.isoformat()})"


_clock: Clock = SystemClock()


def now() -> dt.datetime:
    """The current instant (aware, UTC) by the installed clock."""
    return _clock.now().astimezone(UTC)


def now_ms() -> int:
    """The current instant in whole milliseconds since the epoch."""
    return int(now().timestamp() * 1000)


def today(zone: str | None) -> dt.date:
    """Today's date in the IANA ``zone`` (``DEFAULT_ZONE`` when it is None or not a known zone)."""
    return now().astimezone(zone_or_default(zone)).date()


def zone_or_default(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def current() -> Clock:
    return _clock


def pinned_start(value: str) -> dt.datetime | None:
    """The instant a ``HUB_CLOCK`` value pins (None for ``system``); ``ValueError`` naming the variable for a value
    that is neither."""
    text = value.strip()
    if text.lower() == SYSTEM:
        return None
    try:
        start = dt.datetime.fromisoformat(text)
    except ValueError:
        start = None
    if start is None or start.utcoffset() is None:
        raise ValueError(f"HUB_CLOCK {value!r}: use 'system' or an ISO 8601 instant with its offset, "
                         "e.g. 2031-02-28T09:30:00+03:00")
    return start


def from_setting(value: str) -> Clock:
    """The clock a ``HUB_CLOCK`` value names: ``SystemClock`` for ``system``, else a ``PinnedClock`` starting now."""
    start = pinned_start(value)
    return SystemClock() if start is None else PinnedClock(start)


@contextmanager
def using(clock: Clock) -> Iterator[Clock]:
    """Read "now" from ``clock`` inside the block (the whole process: every thread and task), then restore."""
    global _clock
    previous, _clock = _clock, clock
    try:
        yield clock
    finally:
        _clock = previous


def install(clock: Clock) -> None:
    """Make ``clock`` the process's clock for good (a process entry point, e.g. a ``hub serve`` worker)."""
    global _clock
    _clock = clock


@contextmanager
def installed(setting: str) -> Iterator[Clock]:
    """``using`` the clock a ``HUB_CLOCK`` value names: how a hub command runs (``system`` keeps the clock already
    installed, so a test's pinned clock survives a command run in-process)."""
    if pinned_start(setting) is None:
        yield _clock
        return
    with using(from_setting(setting)) as clock:
        yield clock
