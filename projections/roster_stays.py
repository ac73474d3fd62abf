"""A pupil's stays in a class: ``roster_enrolments`` keeps their envelope, ``roster_enrolment_gaps`` the days
between them.

The rule, applied to the events of a (student, class) in log order:

* ``student.enrolled`` (or ``student.transferred_in``) on ``d`` of a row that is closed (``withdrawn_on = w``,
  ``enrolled_on`` known) with ``d >= w`` is a RETURN: he was out of the class on ``w <= day < d`` (a gap row,
  none when ``d = w``), the row reopens (``withdrawn_on`` NULL) and keeps its first start;
* any other enrolment restates the stay, as before there were gaps: ``enrolled_on = d``, the withdrawal cleared;
* ``student.withdrawn`` (or ``student.transferred_out``) on ``w`` ends the open stay: ``withdrawn_on = w``, and
  the gaps left on or after ``w`` are dropped (he is out from ``w`` on: a stay re-dated to end later drops the days
  out it held after its old end, and the returns stated after the withdrawal are stated again).

So ``enrolled_on`` is the first stay's start and ``withdrawn_on`` the last stay's end (NULL while in it): a reader
asking "was he ever / is he now in this class" reads the row alone; a reader asking "was he in it on this day"
also leaves out the gaps (``in_class``).

The decision needs the row as stored, which a handler never reads (``projections.base``): handlers append each
step to the batch's buffered row (``record``, a private ``_stays`` list), and ``Stays.before_flush``, called by the
unit of work when it writes the batch, replays the steps over the stored row and writes the resulting columns and
gaps. The result is the sequential one whatever the batches, so a rebuild equals the incremental views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, delete, select

from hub.projector.unit_of_work import UnitOfWork
from projections.roster_tables import enrolment_gaps, enrolments

STEPS = "_stays"  # the buffered row's private key: its steps, in log order, until the batch is written
Step = tuple[str, dt.date | None, str | None]  # ("enrolled", on, None) or ("withdrawn", on, reason)
State = tuple[dt.date | None, dt.date | None, str | None]  # enrolled_on, withdrawn_on, withdrawal_reason


def record(uow: UnitOfWork, school_id: str, student_id: str, class_id: str, step: Step) -> None:
    """Buffer one step of the (student, class) row; its columns are set when the batch is written."""
    key = {"student_id": student_id, "class_id": class_id}
    row = uow.buffered(enrolments, key)
    steps = (*row.get(STEPS, ()), step) if row is not None else (step,)
    uow.update(enrolments, key, {"school_id": school_id, STEPS: steps})


def replay(state: State, steps: Iterable[Step]) -> tuple[State, list[tuple[dt.date, dt.date]]]:
    """The row after ``steps`` (the module's rule), and the gaps ``(left_on, returned_on)`` they open."""
    (enrolled, withdrawn, reason), gaps, _ = replay_dropping(state, steps)
    return (enrolled, withdrawn, reason), gaps


def replay_dropping(state: State, steps: Iterable[Step]) -> tuple[State, list[tuple[dt.date, dt.date]],
                                                                   dt.date | None]:
    """``replay``, and the earliest day from which a withdrawal dropped the gaps held before (None: none)."""
    enrolled, withdrawn, reason = state
    gaps: dict[dt.date, dt.date] = {}
    dropped: dt.date | None = None
    for kind, on, why in steps:
        if kind == "withdrawn":
            withdrawn, reason = on, why
            if on is not None:
                gaps = {left: back for left, back in gaps.items() if left < on}
                dropped = on if dropped is None else min(dropped, on)
        elif enrolled is not None and withdrawn is not None and on is not None and on >= withdrawn:
            if on > withdrawn:
                gaps[withdrawn] = on
            withdrawn, reason = None, None  # a return: the first start stays
        else:
            enrolled, withdrawn, reason = on, None, None  # a restated stay
    return (enrolled, withdrawn, reason), sorted(gaps.items()), dropped


def in_class(start: dt.date | None, end: dt.date | None, gaps: Iterable[tuple[dt.date, dt.date]],
             day: dt.date) -> bool:
    """Whether a row ``(start, end)`` with ``gaps`` covers ``day``: ``start <= day < end``, in no gap."""
    return (start is not None and start <= day and (end is None or day < end)
            and not any(left <= day < back for left, back in gaps))


class Stays:
    """The derivation of the enrolment rows' columns and gaps from their buffered steps (see the module doc)."""

    source = enrolments

    def __init__(self) -> None:
        enrolments.info["derive"] = self

    def before_flush(self, conn: Connection, pending: Mapping[Table, dict[Any, dict]],
                     targets: Mapping[Table, Table]) -> None:
        rows = [row for row in pending.get(enrolments, {}).values() if STEPS in row]
        stored = _stored(conn, targets.get(enrolments, enrolments), rows)
        gaps: dict[Any, dict] = pending.setdefault(enrolment_gaps, {})  # type: ignore[attr-defined]
        gap_table = targets.get(enrolment_gaps, enrolment_gaps)
        for row in rows:
            key = (row["student_id"], row["class_id"])
            (enrolled, withdrawn, reason), opened, dropped = replay_dropping(stored.get(key, (None, None, None)),
                                                                             row.pop(STEPS))
            row.update(enrolled_on=enrolled, withdrawn_on=withdrawn, withdrawal_reason=reason)
            if dropped is not None:
                _drop_gaps(conn, gap_table, gaps, key, dropped)
            for left, back in opened:
                gaps[(*key, left)] = {"student_id": key[0], "class_id": key[1], "left_on": left,
                                      "returned_on": back, "school_id": row.get("school_id")}

    def after_source(self, conn: Connection, state: None, targets: Mapping[Table, Table]) -> None:
        """Nothing: the rows are complete before they are written."""


def _drop_gaps(conn: Connection, table: Table, pending: dict[Any, dict], key: tuple[str, str],
               since: dt.date) -> None:
    """Drop the (student, class) gaps left on or after ``since``: stored ones and those this batch opened."""
    conn.execute(delete(table).where(table.c.student_id == key[0], table.c.class_id == key[1],
                                     table.c.left_on >= since))
    for gap_key in [k for k in pending if k[:2] == key and k[2] >= since]:
        del pending[gap_key]


def _stored(conn: Connection, table: Table, rows: list[dict]) -> dict[tuple[str, str], State]:
    """The stored (enrolled_on, withdrawn_on, withdrawal_reason) of each row of ``rows``' keys."""
    keys = {(row["student_id"], row["class_id"]) for row in rows}
    found: dict[tuple[str, str], State] = {}
    students = sorted({student for student, _ in keys})
    for n in range(0, len(students), 500):
        query = select(table.c.student_id, table.c.class_id, table.c.enrolled_on, table.c.withdrawn_on,
                       table.c.withdrawal_reason).where(table.c.student_id.in_(students[n:n + 500]))
        for student, class_id, *state in conn.execute(query):
            if (student, class_id) in keys:
                found[(student, class_id)] = tuple(state)  # type: ignore[assignment]
    return found


STAYS = Stays()
