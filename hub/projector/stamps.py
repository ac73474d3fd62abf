"""Answer stamps: what lets a read reuse an answer it computed before (``hub.api.answer_cache``).

For each projection a student's answers are read from (``STAMPED``: roster, diary, final_grades), each of its
versions and each *scope*, ``answer_stamps`` holds the log offset of the latest event that version applied there.
The worker writes it in the same transaction as the rows the event changed (``hub.projector.batch``), so a reader
that sees the rows sees the stamp, and a stamp that did not move means no event changed that scope since.

The scope of an event (``scope_of``):

* ``student:<id>``: an event type whose effect on these views is the named student's own rows (``STUDENT_TYPES``:
  marks, attendance, final marks, the journal's averages, enrolments, transfers, guardian links), when its payload
  names its student;
* ``school:<id>``: every other event (lessons, homework, periods, holidays, subjects and their links, classes,
  teachers, identity links), which may change what any student of the school reads.

A log is partitioned by school, so offsets of one scope only grow; a version's stamps are its own (the key holds
the version), so a switch of versions changes every stamp a reader compares (``hub.api.answer_cache``). A dropped
version's stamps go with it (``hub.projector.versions.drop``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, Integer, LargeBinary, MetaData, String, Table, Text

from hub.events.envelope import LoggedEvent

STAMPED = frozenset({"roster", "diary", "final_grades"})
STUDENT_TYPES = frozenset({
    "grade.recorded", "grade.amended", "grade.retracted", "attendance.marked", "attendance.corrected",
    "final_grade.recorded", "final_grade.retracted", "average.reported", "student.enrolled", "student.withdrawn",
    "student.transferred_in", "student.transferred_out", "guardian.linked", "guardian.unlinked"})

metadata = MetaData()

stamps = Table(
    "answer_stamps", metadata,
    Column("projection", String(64), primary_key=True),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("scope", String(200), primary_key=True),
    Column("position", BigInteger, nullable=False),
)

answers = Table(  # the answers kept under their stamps, written and read by the API (hub.api.answer_cache)
    "answer_cache", metadata,
    Column("kind", String(32), primary_key=True),
    Column("key", String(300), primary_key=True),
    Column("stamp", Text, nullable=False),
    Column("body", LargeBinary, nullable=False),
)


def school_scope(school_id: str) -> str:
    return f"school:{school_id}"


def student_scope(student_id: str) -> str:
    return f"student:{student_id}"


def scope_of(event: LoggedEvent) -> str:
    """The scope whose answers ``event`` may change (module docstring)."""
    if event.type in STUDENT_TYPES:
        student = event.data.get("student_id")
        if isinstance(student, str):
            return student_scope(student)
    return school_scope(event.school_id)


class Stamper:
    """Adds, per applied event, its scope's stamp to the batch's unit of work (the last offset of a scope wins: a
    partition's records come in offset order)."""

    __slots__ = ("_projection", "_version")

    def __init__(self, projection: str, version: int) -> None:
        self._projection, self._version = projection, version

    def __call__(self, event: LoggedEvent, offset: int, uow: Any) -> None:
        uow.upsert(stamps, {"projection": self._projection, "version": self._version, "scope": scope_of(event),
                            "position": offset})


def stamper(projection: Any, version: int) -> Stamper | None:
    """The stamper of ``projection``'s ``version``, or None for a projection no answer is cached from."""
    return Stamper(projection.name, version) if projection.name in STAMPED else None
