"""Dnevnik.ru records -> canonical events (revision 1, initial types; the hub numbers later revisions).

A record is one answer of the v2 API with the request that produced it (the envelope; its endpoints, parsers and
snapshot scopes are the table in ``routes.py``), or, as a fallback, a ``{resource, data}`` wrapper or a bare
object (``legacy.py``). The mapping rules live with the parsers, one module per endpoint family:

* ``school.py``: the school, subjects, vocabularies, bell timetables;
* ``groups.py``: edu-groups (classes and subgroups) and the pupils they enrol;
* ``people.py``: persons, users, teachers, guardians;
* ``periods.py``: reporting periods and holidays;
* ``lessons.py``: lessons, works, homework, work types, tasks;
* ``addressees.py``: whom a homework is set for (its tasks);
* ``marks.py``: marks; ``attendance.py``: lesson-log entries;
* ``bundles.py``: the schedules, recent-marks and homework bundles and the entity lists;
* ``finals.py``: final marks and the journal's own averages.

Shared rules (``common.py``):

* **School.** Every canonical id is ``namespaced_id("dnevnik", school, kind, vendor id)`` with the hub school of the
  context (``?school=`` or the client's only school; a record's ``school_id`` must agree). Without one the record
  is rejected at ``""``.
* **Ids.** The ``_str`` twins (``id_str``, ``person_str``, camelCase ``idStr``/``lessonStr``, PascalCase
  ``IdStr``) are exact and win. An integer id is used as is (64 bits survive). An integer that differs from its
  twin only by float rounding is the twin's corrupted copy (kundelik.kz sends ``1343883032131044600`` next to
  ``"1343883032131044633"``): the twin wins; a larger difference names another object and is rejected. An id sent
  as a JSON float is rejected (its message names the twin to send instead).
* **Times.** Local ISO date-times without an offset (fractional seconds of any length; date-only is midnight) get
  the school's zone (``ctx.timezone``, from the ``schools`` object's ``timeZone``); an explicit ``Z`` or offset is
  kept. Every date comes from the data (study years, lesson dates, the request's range), never from the hub's clock.
* **Event ids.** ``record_id`` = ``<resource>:<vendor id>`` of the object the event is about, so the same mark sent
  by any endpoint or bundle gives the same event; ``part`` names the event kind.
* **Merge.** A field an answer's shape does not state is listed in ``Translation.omitted`` (the hub keeps what
  another answer stated): ``adapters/dnevnik_ru/README.md`` gives the rule per field family.
"""

from __future__ import annotations

from typing import Any

from adapters.base import Translation, TranslationContext
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.common import Reject
from adapters.dnevnik_ru.legacy import detect, school_of, translate_legacy
from adapters.dnevnik_ru.routes import translate_envelope
from adapters.routing import ENVELOPE_KEYS

__all__ = ["RECORD_MODELS", "detect", "translate"]
ENVELOPE = ENVELOPE_KEYS | {"school_id"}


def is_envelope(raw: Any) -> bool:
    return isinstance(raw, dict) and "request" in raw and "body" in raw and raw.keys() <= ENVELOPE


def translate(raw: Any, ctx: TranslationContext) -> Translation:
    try:
        if is_envelope(raw) or (isinstance(raw, dict) and "request" in raw and "resource" not in raw):
            named = raw.get("school_id") if isinstance(raw.get("school_id"), str) else None
            school = school_of(ctx, named) if (ctx.school_id or named) else None
            return translate_envelope(raw, ctx, school)
        return translate_legacy(raw, ctx, None)
    except Reject as exc:
        return Translation.rejected(exc.errors)


RECORD_MODELS = (s.DnevnikEnvelope, s.DnevnikRecord, m.Mark, m.Work, m.WorkType, m.Lesson, m.LessonLogEntry,
                 m.EduGroup, m.Person, m.User, m.Subject, m.School, m.ReportingPeriod, m.ReportingPeriodGroup, m.Task,
                 m.FinalMarks, s.HomeworksBundle, s.Schedules)
