"""Elzhur records -> canonical events: the request envelope (``routes.py``), else a bare response.

A record is one answer with the request that produced it, ``{"request": "getdiary?student=..&days=..",
"body": {"response": ...}}``, routed by ``routes.ROUTES`` (the adapter's front page). As a fallback, a bare
response ``{"response": {state, error, result}}`` with ``"method"`` beside it, or the method recognised from the
result (rules checked in this order, on the raw result):

1. a top-level ``deleted`` -> the hub's deletion notice (``method: "deletion"`` is required with it anyway);
2. ``result.relations`` -> ``getrules``;
3. ``result.days`` without ``result.students`` -> ``gethomework`` (queried by class);
4. otherwise every entry of ``result.students`` must show the same mark: ``periods`` -> ``getperiods``,
   ``lessons`` -> ``getmarks``, ``items`` -> ``getfinalassessments``, ``days`` -> ``getdiary`` when some lesson
   of some day has an ``assessments`` key;
5. anything else is ambiguous and is rejected at ``/method``, asking for it.

A failed call (``state`` other than 200, or a non-empty ``error``) is rejected at its ``error`` (the vendor's
message quoted) or, without a message, at its ``state``: it deletes nothing.

The school: ``ctx.school_id`` (``?school=`` or the client's only school); a record may name it in ``school_id``
only when it agrees (or when the request has none: the contract suite and ``hub contracts check``). Neither ->
rejected at ``""`` asking for ``?school=``.

The mapping rules live with the parsers, one module per endpoint family: ``roster.py`` (getrules),
``periods.py`` (getperiods), ``diary.py`` (getdiary, getschedule, gethomework), ``grades.py`` (marks, getmarks
and its averages), ``finals.py`` (getfinalassessments), ``deletion.py`` (the hub's deletion notice); shared
rules in ``common.py`` (dates from the data, ids), ``marks.py`` (mark values) and ``ids.py`` (ids from names).
``adapters/elzhur/README.md`` gives the merge rule per field family and the id scheme.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from adapters.base import FieldError, Translation, TranslationContext, errors_from_validation
from adapters.elzhur.common import Builder, Request
from adapters.elzhur.deletion import dated_deletion
from adapters.elzhur.models import RECORD_MODELS
from adapters.elzhur.routes import PARSERS, failed_call, translate_envelope
from adapters.routing import ENVELOPE_KEYS

METHODS = ", ".join(sorted(RECORD_MODELS))
ENVELOPE = ENVELOPE_KEYS | {"school_id"}


def translate(raw: Any, ctx: TranslationContext) -> Translation:
    if not isinstance(raw, dict):
        return Translation.rejected([FieldError("", "a record must be a JSON object")])
    try:
        tz = ZoneInfo(ctx.timezone)
    except Exception:  # noqa: BLE001 - any bad zone name
        return Translation.rejected([FieldError("", f"the school's time zone {ctx.timezone!r} is unknown to the "
                                                    "hub")])
    if "request" in raw and "body" in raw and raw.keys() <= ENVELOPE:
        school, errors = _school(raw, ctx)
        if errors:
            return Translation.rejected(errors)
        return translate_envelope(raw, ctx, school, tz)
    response = raw.get("response")
    failed = failed_call(response, "/response") if isinstance(response, dict) else None
    if failed:
        return Translation.rejected([failed])
    method, errors = _method(raw)
    if method is None:
        return Translation.rejected(errors)
    try:
        record = RECORD_MODELS[method].model_validate(raw)
    except ValidationError as exc:
        errors.extend(errors_from_validation(exc))
        record = None
    school, school_errors = _school(raw, ctx)
    errors.extend(school_errors)
    if errors or record is None or school is None:
        return Translation.rejected(list(dict.fromkeys(errors)))
    named = raw.get("class") if isinstance(raw.get("class"), str) else None
    b = Builder(method, raw, school, tz, ctx, Request(class_name=named))
    if method == "deletion":
        return dated_deletion(b, record, raw, tz)
    PARSERS[method](b, record)
    return b.finish()


def _method(raw: dict[str, Any]) -> tuple[str | None, list[FieldError]]:
    if "method" in raw:
        given = raw["method"]
        if isinstance(given, str) and given in RECORD_MODELS:
            return given, []
        return None, [FieldError("/method", f"unknown method {str(given)[:60]!r}; supported: {METHODS}")]
    if "deleted" in raw:
        return None, [FieldError("/method", 'a deletion notice needs "method": "deletion"')]
    response = raw.get("response")
    if not isinstance(response, dict):
        what = "is missing" if response is None and "response" not in raw else "should be an object"
        return None, [FieldError("/response", f"the Elzhur response {{state, error, result}} {what} (or send "
                                              "the request envelope {\"request\", \"body\"})")]
    result = response.get("result")
    if not isinstance(result, dict):
        return None, [FieldError("/response/result", "the result should be an object")]
    detected = detect(result)
    if detected is None:
        return None, [FieldError("/method", "cannot tell which Elzhur method produced this response; send it in "
                                            "the request envelope {\"request\": \"getdiary?student=..\", \"body\": "
                                            f"...}} or add \"method\" beside \"response\" (one of: {METHODS})")]
    return detected, []


def detect(result: dict[str, Any]) -> str | None:
    if "relations" in result:
        return "getrules"
    students = result.get("students")
    if "days" in result and students is None:
        return "gethomework"
    entries = list(students.values()) if isinstance(students, dict) else students if isinstance(students, list) else []
    marks = {_student_mark(s) for s in entries}
    if len(marks) != 1:
        return None
    return marks.pop()


def _student_mark(student: Any) -> str | None:
    if not isinstance(student, dict):
        return None
    found = [m for key, m in (("periods", "getperiods"), ("lessons", "getmarks"), ("items", "getfinalassessments"))
             if key in student]
    if "days" in student and _has_assessments(student["days"]):
        found.append("getdiary")
    return found[0] if len(found) == 1 else None


def _has_assessments(days: Any) -> bool:
    for day in days.values() if isinstance(days, dict) else ():
        items = day.get("items") if isinstance(day, dict) else None
        for item in items.values() if isinstance(items, dict) else items if isinstance(items, list) else ():
            if isinstance(item, dict) and "assessments" in item:
                return True
    return False


def _school(raw: dict[str, Any], ctx: TranslationContext) -> tuple[str | None, list[FieldError]]:
    named = raw.get("school_id")
    if ctx.school_id is not None:
        if isinstance(named, str) and named != ctx.school_id:
            return None, [FieldError("/school_id", f"the record names school {named[:64]!r} but the request is for "
                                                   f"{ctx.school_id!r}")]
        return ctx.school_id, []
    if isinstance(named, str):
        return named, []  # its pattern is checked by the model
    return None, [FieldError("", "no hub school for this record: pass ?school=<school id> with the request")]
