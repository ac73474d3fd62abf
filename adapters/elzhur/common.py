"""What every Elzhur parser shares: the request's context, canonical ids, dates from the data, emitting events.

``Request`` is what the envelope's request says (``getdiary?student=70211&days=20251013-20251019&rings=__yes``):
the pupil, the class, the date range, whether times were asked for (``rings``). A bare record (no envelope) has
none of it, only its ``class`` key.

**Dates come from the data.** The school year of an answer is the one of the request's ``days`` range, else of
the days or dates the answer itself holds, else of the envelope's ``pulled_at`` (the day the sync job pulled a
getrules answer, which carries no date at all), else of a school year an earlier dated answer of the school
registered (``school_year`` in the directory). Only a bare getrules record with none of them falls back to the
day the hub received it. A school year starts on 1 September (``enrolled_on``) of its first calendar year: a
dated day of August is of the year that ends (``school_year``), while an answer without dates pulled in August
already speaks for the coming one (``pull_year``: the classes a getrules names then).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from adapters.base import FieldError, Translation, TranslationContext, errors_from_validation, pointer
from adapters.elzhur.fields import ID_PATTERN
from adapters.elzhur.ids import cid, name_key
from adapters.elzhur.settings import SETTINGS
from hub.events.envelope import Envelope, Source, derive_event_id
from hub.events.registry import latest_version, model_for

RESULT = ("response", "result")
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


@dataclass(frozen=True, slots=True)
class Request:
    """The context the envelope's request gives (all optional)."""

    student: str | None = None
    class_name: str | None = None
    days: tuple[dt.date, dt.date] | None = None
    rings: bool | None = None
    pulled_on: dt.date | None = None
    pulled_at: dt.datetime | None = None  # the envelope's ``pulled_at``: dates class memberships (memberships.py)
    routed: bool = False  # an envelope (routed by its request), not a bare record


def entries(container: Any) -> list[tuple[Any, Any]]:
    """(key or index, value) of an object-or-array."""
    if isinstance(container, dict):
        return list(container.items())
    return list(enumerate(container or ()))


def item_part(key: Any) -> Any:
    """A day's ``items`` key as a part of ids: as sent when it is an id (a lesson number, an array index), else its
    name key (a subject's name, as BetterJournal's gethomework keys them: ``fields.ItemKey``)."""
    return key if not isinstance(key, str) or re.fullmatch(ID_PATTERN, key) else name_key(key)


def day_date(key: str) -> dt.date:
    return dt.date(int(key[:4]), int(key[4:6]), int(key[6:]))


def school_year(day: dt.date) -> int:
    """The school year a dated day (a ``days`` key or range, a mark's ``date``, a period's ``start``) belongs to:
    1 September to 31 August (A.5 E1: the year's periods begin on 1 September; README ``year``: in summer the one
    just ended), so a retake on 26 August is of the year that ends (``contracts/journeys/elzhur_35``)."""
    return day.year if day.month >= 9 else day.year - 1


def pull_year(day: dt.date) -> int:
    """The school year an answer with no date of its own, pulled on ``day``, speaks for (a getrules' classes,
    finals without ``days``), and so the year whose getrules an answer pulled that day would read: from 1 August
    the coming one, whose classes the school has set up by then (a getrules pulled on 28 August names the classes of
    the next year, ``contracts/journeys/elzhur_7``). The days of an answer pulled then keep their own year
    (``school_year``): late August's days, pulled in late August, are last year's days pulled in the next."""
    return day.year if day.month >= 8 else day.year - 1


def person(full: Any) -> dict[str, str | None] | None:
    """``Фамилия Имя Отчество`` -> name parts (None for fewer than two words, or not text)."""
    parts = full.split() if isinstance(full, str) else []
    if len(parts) < 2:
        return None
    return {"last_name": parts[0], "first_name": parts[1], "middle_name": " ".join(parts[2:]) or None}


def local_key(name: str) -> str:
    """The id part of a name Elzhur uses as an id (a period's ``I``, ``II``): the name itself when it is a short
    Latin id, else ``name_key`` of it (``Г`` -> ``g-<hash>``)."""
    text = name.strip()
    return text if _SAFE_ID.fullmatch(text) else name_key(text)


class Builder:
    """One answer's translation: its events, errors, parked references and omitted fields."""

    def __init__(self, method: str, raw: dict[str, Any], school: str, tz: ZoneInfo, ctx: TranslationContext,
                 request: Request, where: tuple[Any, ...] = ()) -> None:
        self.method, self.raw, self.school, self.tz, self.ctx, self.req = method, raw, school, tz, ctx, request
        self.base = where  # pointer prefix of the answer in the record ("body" for an envelope)
        self.out = Translation()
        self.seen: set[str] = set()
        self.day: str | None = None  # the day (``YYYYMMDD``) whose items are being read: its events' snapshot part
        self.day_events: dict[str, set[str]] = {}
        self.phantoms: list[str] = []
        self.undated: list[str] = []
        self.pupils: set[str] = set()  # the pupils a by-pupil answer speaks for (``absences.complete``)
        self.subjects: set[tuple[str, str]] = set()  # (pupil, subject id) a getmarks lists (``mark_days.complete``)
        self.classes: dict[str, str] = {}  # pupil -> the class his own days are read for (``class_days.complete``)
        # (pupil or None for a class's answer, class) -> the days listed, each a vacation day or not (``holidays.py``)
        self.shown_days: dict[tuple[str | None, str], dict[str, bool]] = {}
        self.guessed: set[str] = set()  # classes of unknown name the answer files a pupil's days in (``unplaced.py``)
        self.names: dict[str, dict[str, Any]] = {}  # pupil -> name, for enrolments made along the way
        self.task_lists: Any = None  # what the answer lists whole of its tasks (``homework_days.Listed``)
        # what the answer holds but cannot place, counted like phantoms (kind -> pointers)
        self.skipped: dict[str, list[str]] = {"skipped_individual_tasks": [], "skipped_unplaced_absences": [],
                                              "skipped_unknown_marks": [], "skipped_malformed_times": []}

    # --- ids and dates --------------------------------------------------------------------------------------------

    def id(self, kind: str, part: str) -> str:
        return cid(self.school, kind, part)

    def class_id(self, name: str, year: int) -> str:
        """The class ``name`` of school year ``year``: ``<name key>@<year>`` (README "ids"): a class is one class
        per school year (reference A.4), so next year's class of the same name (another cohort) is another."""
        return self.group_id(name_key(name), year)

    def group_id(self, part: str, year: int) -> str:
        """The class or group ``part`` (``<class key>``, ``<class key>.<subject key>.<grp key>``) of ``year``."""
        return self.id("class", f"{part}@{year}")

    def at(self, day: dt.date, clock: str | None = None) -> dt.datetime:
        time = dt.time.fromisoformat(clock if clock and len(clock) != 4 else f"0{clock}" if clock else "00:00")
        return dt.datetime.combine(day, time, self.tz)

    def year_of_answer(self, dates: Iterable[dt.date] = ()) -> int:
        """The school year the answer is about (module docstring); a bare record with no date at all: the school
        year the hub received it in."""
        year = self.dated_year(dates)
        return year if year is not None else pull_year(self.ctx.recorded_at.astimezone(self.tz).date())

    def dated_year(self, dates: Iterable[dt.date] = ()) -> int | None:
        """The school year the answer's data gives, or None (never the hub's clock)."""
        if self.req.days is not None:
            return school_year(self.req.days[0])
        found = sorted(dates)
        if found:
            return school_year(found[0])
        if self.req.pulled_on is not None:
            return pull_year(self.req.pulled_on)
        known = self.ctx.directory.get("school_year", "latest")
        if known and isinstance(known.get("year"), int):
            return known["year"]
        return None

    def remember_year(self, year: int) -> None:
        self.out.directory_entries.append(("school_year", "latest", {"year": year}))

    # --- output ---------------------------------------------------------------------------------------------------

    def error(self, where: tuple[Any, ...], message: str) -> None:
        self.out.errors.append(FieldError(pointer(*self.base, *where), message))

    def ptr(self, where: tuple[Any, ...]) -> str:
        return pointer(*self.base, *where)

    def emit(self, event_type: str, record_id: str, part: str, data: dict[str, Any], when: dt.datetime,
             where: tuple[Any, ...], omitted: Iterable[str] = (),
             scopes: tuple[tuple[str, str], ...] = ()) -> None:
        """Append one event (once per answer); ``scopes``: its containing scopes (``Translation.scopes``)."""
        try:
            version = latest_version(event_type)
            model = model_for(event_type, version)  # an older version (a test pinning one) lacks newer fields
            fields = _field_names(model)
            payload = model.model_validate({k: v for k, v in data.items() if k in fields}).model_dump(mode="json")
        except ValidationError as exc:  # the canonical model is stricter than Elzhur (e.g. an id too long)
            self.out.errors.extend(FieldError(self.ptr(where), f"cannot make {event_type}: {e.message} "
                                              f"({e.pointer.lstrip('/') or 'payload'})")
                                   for e in errors_from_validation(exc))
            return
        event_id = derive_event_id(SETTINGS.system, self.school, record_id, 1, part)
        if event_id in self.seen:
            return
        self.seen.add(event_id)
        if self.day is not None:
            self.day_events.setdefault(self.day, set()).add(event_id)
        self.out.events.append(Envelope(event_id, event_type, version, self.school, when, self.ctx.recorded_at,
                                        Source(SETTINGS.system, record_id, 1, self.ctx.client_id, part), payload))
        if scopes:
            self.out.scopes[event_id] = scopes
        omitted = frozenset(omitted)
        if omitted:
            self.out.omitted[event_id] = omitted

    def students(self, container: Any, where: tuple[Any, ...]) -> list[tuple[str, Any, tuple[Any, ...]]]:
        """(student id, student, its pointer parts): the key of the object form, ``name`` in the array form, else
        the request's ``student``."""
        found = []
        for key, student in entries(container):
            sid = key if isinstance(container, dict) else getattr(student, "name", None) or self.req.student
            if sid is None:
                self.error((*where, key, "name"), "a student in an array needs its id in name (or send the "
                                                  "request with student=<id>)")
                continue
            found.append((str(sid), student, (*where, key)))
        return found

    def finish(self) -> Translation:
        if self.out.errors:
            return Translation.rejected(list(dict.fromkeys(self.out.errors)))
        if self.out.missing:
            return Translation.parked(self.out.missing)
        self._report("skipped_phantom_marks", self.phantoms)
        self._report("skipped_undated_periods", self.undated)
        for kind, pointers in self.skipped.items():
            self._report(kind, pointers)
        return self.out

    def _report(self, kind: str, pointers: list[str]) -> None:
        if pointers:
            text = json.dumps(self.raw, sort_keys=True, ensure_ascii=False, default=str)
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            self.out.directory_entries.append((kind, f"{self.method}:{digest}", {"count": len(pointers),
                                                                                 "pointers": pointers}))


@cache
def _field_names(model: type) -> frozenset[str]:
    """The payload fields of a canonical model (pydantic's ``model_fields`` is a property that costs a call)."""
    return frozenset(model.model_fields)
