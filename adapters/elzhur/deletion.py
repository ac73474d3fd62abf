"""The hub's own deletion notice for Elzhur (the API has no deletion feed): ``{"method": "deletion", "deleted":
{"kind": "mark" / "homework" / "attendance" / "final", ...}}`` -> ``grade.retracted``, ``homework.withdrawn``,
``attendance.corrected`` (present), ``final_grade.retracted``, with the ids the other methods gave those records.
A sync job that forwards answers in the request envelope needs none: a later answer to the same request that
lacks an item deletes it (``routes.py``, snapshots). A notice with ``pulled_at`` is as of then, as an answer is: an
answer pulled before it and delivered after it (a sync job's retry) does not bring the record back; without one it
applies in arrival order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Translation
from adapters.elzhur.common import Builder, local_key, school_year
from adapters.elzhur.ids import name_key
from adapters.routing import FieldError, pulled_at_of

EXAMPLE = "2026-01-21T18:00:00+03:00"


def dated_deletion(b: Builder, record: Any, raw: dict[str, Any], tz: Any) -> Translation:
    """The notice's translation, as of its ``pulled_at`` (the school's local time when it has no offset)."""
    pulled = pulled_at_of(raw, EXAMPLE)
    if isinstance(pulled, FieldError):
        return Translation.rejected([pulled])
    deletion(b, record)
    translation = b.finish()
    if pulled is not None and not translation.errors:
        translation.as_of = pulled if pulled.tzinfo else pulled.replace(tzinfo=tz)
    return translation


def deletion(b: Builder, record: Any) -> None:
    d = record.deleted
    needs = {"mark": ("student", "lesson_id", "nm"), "homework": ("homework_id",),
             "attendance": ("student", "lesson_id"), "final": ("student", "subject", "period")}[d.kind]
    for field in needs:
        if getattr(d, field) is None:
            b.error(("deleted", field), f"a deleted {d.kind} is identified by {', '.join(needs)}")
    if b.out.errors:
        return
    when, where = b.at(dt.date.fromisoformat(d.date)), ("deleted",)
    if d.kind == "mark":
        key = f"{d.student}.{d.lesson_id}.{d.nm}"
        b.emit("grade.retracted", f"mark:{key}", "grade", {
            "grade_id": b.id("grade", key), "student_id": b.id("student", d.student), "reason": d.reason}, when, where)
    elif d.kind == "final":  # the id getfinalassessments gave it
        year = school_year(dt.date.fromisoformat(d.date))
        key = f"{d.student}.{name_key(' '.join(d.subject.split()))}.{year}:{local_key(d.period)}"
        b.emit("final_grade.retracted", f"final:{key}", "final_grade", {
            "final_grade_id": b.id("final_grade", key), "student_id": b.id("student", d.student),
            "reason": d.reason}, when, where)
    elif d.kind == "homework":
        b.emit("homework.withdrawn", f"homework:{d.homework_id}", "homework", {
            "homework_id": b.id("homework", d.homework_id), "reason": d.reason}, when, where)
    else:
        b.emit("attendance.corrected", f"attendance:{d.student}.{d.lesson_id}", "attendance", {
            "student_id": b.id("student", d.student), "lesson_id": b.id("lesson", d.lesson_id),
            "status": "present", "comment": d.reason}, when, where)
