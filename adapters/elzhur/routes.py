"""The Elzhur adapter's front page: every method of the reference (A.2), its parser, and whether its answer is
complete for the scope its request names.

A record is the request envelope ``{"request": "getdiary?student=70211&days=20251013-20251019&rings=__yes",
"body": {"response": {"state", "error", "result"}}}`` (``adapters/routing.py``; optional ``pulled_at``, and
``school_id`` for offline checks). The request may be the bare method with its query, or a full URL
(``https://gymn7.eljur.ru/apiv3/getdiary?...``, ``https://api.eljur.ru/api/...``): the host, ``apiv3/``/``api/``
and the auth parameters (``devkey``, ``vendor``, ``auth_token``, ``out_format``) are ignored. The query gives what
the body lacks: the pupil (``student``, or ``students``), the class (``class``), the range (``days=YYYYMMDD-
YYYYMMDD``), whether times were asked for (``rings``: ``__yes`` or ``true``).

A failed call (``state`` other than 200, or an ``error`` message: ``{"state": 400, "error": "не удалось
авторизовать разработчика", "result": {}}``) says nothing about the journal: it is rejected at
``/body/response/error`` and deletes nothing. A successful answer that names no pupil (``students: {}``) and no
class days says nothing either: it is accepted and deletes nothing.

``Snapshot``: the answer is the complete set of those families over its scope (``student``/``class`` and
``days``; not ``rings``), so what an earlier answer to the same scope held and this one lacks was deleted in the
journal (a mark retracted, a homework withdrawn, a lesson cancelled, an absence back to present, a final mark
retracted). A pupil's diary is complete for what that pupil sees; the class schedule for the class's lessons. A
pupil's day speaks for the tasks of his class on the days he is in it and of the groups of it the answer lists, not
of a class or group he has left (``pupil_tasks.py``: ``Translation.snapshot_groups``).
An answer of days (getdiary, getschedule, gethomework) is complete per day: each day of its ``days`` range is a
scope of its own (``Translation.snapshot_parts``), so a day pulled again alone deletes what a wider answer held
that day. getmarks ``days`` selects marks by their own ``date`` (A.3 SubjectMarks: no lesson date; A.1 ``days``):
its answer deletes only what the hub holds dated within the range (``Translation.snapshot_span``), so a mark the
teacher re-dated outside it (a retake in the holidays) left the answer, it was not deleted. Final marks without
``days`` are scoped to the school year they were pulled in; with ``days`` the range names the school year (a final
mark has no date of its own), so it needs no span. A pupil's getdiary or getmarks with ``days`` is also that
pupil's whole list of absences of each day of the range, whichever method brought them (``absences.py``:
containing scopes, ``Translation.contains``), and each subject a pupil's getmarks lists that pupil's whole list of
its marks dated on each day of the range, whichever method brought them, and a subject an earlier getmarks of the
pupil listed and it lists no more, of none on the days that one covered (``mark_days.py``); a getdiary or
getschedule says for each day it lists whether it is a holiday of the class, whichever answer set the holiday
(``holidays.py``).

``pulled_at`` is the answer's ``Translation.as_of``: an answer pulled before what the hub holds (a retried call
delivered late) changes nothing and, complete or not, deletes nothing (``hub.ingest.vendor_state``).

A lesson item stating ``homework`` in getdiary, getschedule or gethomework with ``days`` is the whole list of that
lesson's tasks, and a gethomework with ``days`` of each day's, whichever method brought a task
(``homework_days.py``: containing scopes).

``contracts/elzhur/COVERAGE.md`` lists the same rows with their golden cases and journey facts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from adapters.base import FieldError, Translation, TranslationContext, errors_from_validation
from adapters.elzhur import absences, class_days, holidays, mark_days, pupil_tasks, reread
from adapters.elzhur.common import Builder, Request
from adapters.elzhur.diary import days_answer
from adapters.elzhur.finals import getfinalassessments
from adapters.elzhur.grades import getmarks
from adapters.elzhur.homework_days import SUPERSEDING as TASK_LISTS
from adapters.elzhur.homework_days import complete as task_lists_complete
from adapters.elzhur.models import RECORD_MODELS
from adapters.elzhur.periods import getperiods
from adapters.elzhur.roster import getrules
from adapters.routing import Route, RouteTable, Snapshot, parse_request, pulled_at_of

GRADE, ATTENDANCE, LESSON, HOMEWORK, FINAL = "grade", "attendance", "lesson", "homework", "final_grade"
_PREFIX = re.compile(r"^(?:.*/)?(?:apiv3|api|apiv2|api/v3)/", re.IGNORECASE)


def strip(path: str) -> str:
    """``apiv3/getdiary`` or ``gymn7.eljur.ru/apiv3/getdiary`` -> ``getdiary``."""
    return _PREFIX.sub("", path.strip("/")).strip("/")


YEARLY_SCOPES = frozenset({"getfinalassessments"})  # answers that speak for one school year (``_scope_key``)
DAY_SCOPES = frozenset({"getdiary", "getschedule", "gethomework"})  # answers whole per day (``_day_parts``)
DATED_SCOPES = frozenset({"getmarks"})  # ``days`` selects by each mark's own date (``Translation.snapshot_span``)
MAX_DAY_PARTS = 93  # a longer range stays one snapshot (the API reads at most 93 days; ``_day_parts``)


def snap(families: tuple[str, ...], *scope: str) -> Snapshot:
    return Snapshot(frozenset(families), tuple(scope))


def unsupported(why: str) -> Any:
    def parse(b: Builder, record: Any) -> None:
        b.error((), f"the hub does not read this method: {why}")
    parse.__doc__ = why
    return parse


def R(method: str, parse: Any, section: str, snapshot: Snapshot | None = None) -> Route:
    return Route(method, parse, f"elzhur {section}", "GET", snapshot)


ROUTES = RouteTable([
    # the roster (roster.py)
    R("getrules", getrules, "A.2, A.3 getrules"),
    # reporting periods (periods.py)
    R("getperiods", getperiods, "A.2, A.3 Period, A.5 E1"),
    # days: lessons, homework, marks (diary.py, grades.py)
    R("getdiary", days_answer, "A.2, A.3 Day/Lesson item/Assessment, A.5 E2",
      snap((LESSON, HOMEWORK, GRADE, ATTENDANCE), "student", "students", "days")),
    R("getschedule", days_answer, "A.2, A.3 Day/Lesson item", snap((LESSON,), "class", "student", "students", "days")),
    R("gethomework", days_answer, "A.2, A.3 homework/files, A.5 E5",
      snap((HOMEWORK,), "class", "student", "students", "days")),
    # marks and the journal's averages (grades.py)
    R("getmarks", getmarks, "A.2, A.3 SubjectMarks, A.5 E3", snap((GRADE, ATTENDANCE), "student", "students", "days")),
    # final marks (finals.py)
    R("getfinalassessments", getfinalassessments, "A.2, A.3 Final assessment, A.5 E4",
      snap((FINAL,), "student", "students", "days")),
    # the rest of A.2: nothing of a pupil's diary, or no documented shape
    R("auth", unsupported("a login answer (token, expires) holds no journal data"), "A.1, A.2"),
    R("getusersvendors", unsupported("it lists the user's schools and tokens, no journal data"), "A.2"),
    R("getprofileuserinfo", unsupported("yearly averages per school year (marksForYears) with no subject; the "
                                        "hub keeps a journal's averages per subject (send getmarks)"), "A.2"),
    R("getassessments", unsupported("its shape is not documented (reference A.2 [S/U], D.3); send getdiary, whose "
                                    "days carry the same assessments"), "A.2, D.3"),
    R("newgetmarks", unsupported("its shape is not documented (reference A.2 [U], D.3); send getmarks"), "A.2"),
    R("newgetdiary", unsupported("its shape is not documented (reference A.2 [U], D.3); send getdiary"), "A.2"),
    R("getupdates", unsupported("its shape is unknown (reference A.2 [U]); the same facts come from getdiary and "
                                "getmarks"), "A.2"),
    R("getmessages", unsupported("messages are not diary data"), "A.2"),
    R("getmessageinfo", unsupported("messages are not diary data"), "A.2"),
    R("getmessagereceivers", unsupported("messages are not diary data"), "A.2"),
    R("sendmessage", unsupported("a command, not an export"), "A.2"),
    R("sendreplymessage", unsupported("a command, not an export"), "A.2"),
    R("getboardnotices", unsupported("school adverts are not diary data"), "A.2"),
    R("getboardnoticeinfo", unsupported("school adverts are not diary data"), "A.2"),
    R("setpushtoken", unsupported("app-only, no journal data"), "A.2"),
    R("getadvertising", unsupported("app-only, no journal data"), "A.2"),
])

PARSERS = {"getrules": getrules, "getperiods": getperiods, "getdiary": days_answer, "getschedule": days_answer,
           "gethomework": days_answer, "getmarks": getmarks, "getfinalassessments": getfinalassessments}


def request_context(query: Any, pulled: dt.datetime | None) -> Request | FieldError:
    student = query.param("student", "students")
    days = query.param("days")
    span = None
    if days:
        found = re.fullmatch(r"\s*(\d{8})\s*-\s*(\d{8})\s*", days)
        try:
            span = (_day(found[1]), _day(found[2])) if found else None
        except ValueError:
            span = None
        if span is None or span[1] < span[0]:
            return FieldError("/request", f"days={days[:40]!r}: a range is written YYYYMMDD-YYYYMMDD")
    rings = query.param("rings")
    return Request(student=(student or "").split(",")[0].strip() or None,
                   class_name=(query.param("class") or "").strip() or None, days=span,
                   rings=None if rings is None else rings.strip().casefold() in ("__yes", "true", "1", "yes"),
                   pulled_on=pulled.date() if pulled else None, pulled_at=pulled, routed=True)


def _day(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def translate_envelope(raw: dict[str, Any], ctx: TranslationContext, school: str | None, tz: Any) -> Translation:
    """One answer with its request -> its parser's translation (module docstring)."""
    request = parse_request(raw["request"], strip, example="getdiary?student=70211&days=20251013-20251019")
    if isinstance(request, FieldError):
        return Translation.rejected([request])
    found = ROUTES.match(request)
    if found is None:
        return Translation.rejected([ROUTES.unknown(request)])
    route, _ = found
    pulled = pulled_at_of(raw, "2025-10-18T07:00:00+03:00")
    context = pulled if isinstance(pulled, FieldError) else request_context(request, pulled)
    if isinstance(context, FieldError):
        return Translation.rejected([context])
    body = raw["body"]
    if not isinstance(body, dict) or not isinstance(body.get("response"), dict):
        return Translation.rejected([FieldError("/body", "the answer as Elzhur returned it: "
                                                         "{\"response\": {\"state\", \"error\", \"result\"}}")])
    failed = failed_call(body["response"], "/body/response")
    if failed:
        return Translation.rejected([failed])
    method = route.pattern
    as_of = None if context.pulled_at is None else _in_zone(context.pulled_at, tz)
    if method not in PARSERS:
        b = Builder(method, body, school or "", tz, ctx, context, ("request",))
        route.parse(b, None)
        return _dated(b.finish(), as_of)
    try:
        record = RECORD_MODELS[method].model_validate({"response": body["response"]})
    except ValidationError as exc:
        return Translation.rejected(errors_from_validation(exc, ("body",)))
    if school is None:
        return Translation.rejected([FieldError("", "no hub school for this record: pass ?school=<school id> with "
                                                    "the request")])
    b = Builder(method, body, school, tz, ctx, context, ("body",))
    route.parse(b, record)
    if not b.out.errors and not b.out.missing:  # a pupil's memberships read as in pull order, whatever the arrival
        reread.settle(b, raw, lambda again, ctx: translate_envelope(again, ctx, school, tz))
    translation = b.finish()
    if route.snapshot is not None and not translation.errors and not translation.missing and _about_someone(record):
        translation.snapshot = (_scope_key(route, request, b), route.snapshot.families)
        translation.snapshot_parts = _day_parts(route, request, b)
        translation.snapshot_groups = pupil_tasks.spoken_for(b, _part_days(route, request, b))
        translation.snapshot_grouped = pupil_tasks.FAMILIES  # a pupil's day: his class's and groups' tasks
        translation.snapshot_span = b.req.days if route.pattern in DATED_SCOPES else None
        translation.contains = (absences.complete(route.pattern, b.pupils, b.req.days, translation.scopes)
                                + mark_days.complete(b, translation.scopes)
                                + class_days.complete(b, translation.scopes) + holidays.complete(b))
        translation.contains += task_lists_complete(b, translation.scopes)  # homework_days.py
        translation.superseding = TASK_LISTS  # an older answer's task a later list lacked is gone
    return _dated(translation, as_of)


def _day_parts(route: Route, request: Any, b: Builder) -> dict[str, frozenset[str]]:
    """An answer of days (getdiary, getschedule, gethomework) over a ``days`` range: each day of the range is a
    snapshot part (A.1 ``days``, A.3 Day: the answer holds each day whole), so a day pulled again alone deletes what
    a wider answer held that day and leaves the other days alone. A day with nothing is a part that holds nothing."""
    return {part: frozenset(b.day_events.get(key, ())) for part, key in _part_days(route, request, b).items()}


def _part_days(route: Route, request: Any, b: Builder) -> dict[str, str]:
    """The snapshot parts of an answer of days (``_day_parts``), each with its day (``YYYYMMDD``)."""
    if route.pattern not in DAY_SCOPES or b.req.days is None:
        return {}
    first, last = b.req.days
    if not 0 <= (last - first).days < MAX_DAY_PARTS:
        return {}
    base = route.scope_key(request, {"days": "*"})  # a day is the same part whichever range brought it
    keys = [(first + dt.timedelta(days=n)).strftime("%Y%m%d") for n in range((last - first).days + 1)]
    return {f"{base}|day={key}": key for key in keys}


def _scope_key(route: Route, request: Any, b: Builder) -> str:
    """The answer's snapshot scope: its request's; final marks also name their school year (the ``days`` one, else
    the year the answer was pulled in), since an answer without ``days`` speaks for the current school year only
    (A.2: other years are asked with ``days``): next year's answer does not delete last year's marks."""
    key = route.scope_key(request, {})
    if route.pattern in YEARLY_SCOPES:
        key += f"|year={b.dated_year() or ''}"
    return key


def _in_zone(pulled: dt.datetime, tz: Any) -> dt.datetime:
    """``pulled_at`` as the answer's ``as_of``: one without an offset is the school's local time."""
    return pulled if pulled.tzinfo else pulled.replace(tzinfo=tz)


def _dated(translation: Translation, as_of: dt.datetime | None) -> Translation:
    """The answer as of its pull: the latest pull wins, whatever the arrival order (``hub.ingest.vendor_state``)."""
    if not translation.errors:
        translation.as_of = as_of
    return translation


def _about_someone(record: Any) -> bool:
    """Whether the answer speaks about the pupil or class it was asked about: an answer with no pupil in
    ``students`` (``{}``, ``[]``) and no top-level ``days`` says nothing, so it deletes nothing either."""
    result = record.response.result
    return bool(getattr(result, "students", None)) or getattr(result, "days", None) is not None


def failed_call(response: dict[str, Any], where: str) -> FieldError | None:
    state, error = response.get("state"), response.get("error")
    if isinstance(error, str) and error.strip():
        return FieldError(f"{where}/error", f"Elzhur refused the call (state {state!r}): {error[:500]!r}; nothing "
                                            "was read from it")
    if type(state) is int and state != 200:
        return FieldError(f"{where}/state", f"Elzhur refused the call with state {state} (no message); nothing was "
                                            "read from it")
    return None
