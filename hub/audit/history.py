"""One grade's history: every ``grade.*`` event about it in log order, each with what it changed.

Each event is shown as logged (in the schema version it was written in); what it changed is computed on the
events read as the latest version (upcast, ``hub.events.upcasting``), so a v1 grade amended by a v2 event shows
only what the amendment changed.

The state a grade is in follows the diary's rules (``projections.diary``): ``grade.recorded`` and
``grade.amended`` carry the complete new state (every field but ``grade_id``; ``reason`` is the amendment's note,
not state), ``grade.retracted`` sets only ``retracted``, which nothing clears. ``changes`` maps each field whose
value differs from the previous state to ``{"from", "to"}`` (``from`` is null for the first event).
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, RowMapping, select

from hub.audit.query import RawRecords, sender_of
from hub.events.envelope import decode
from projections.audit import GRADE_TYPES, events, from_micros

NOT_STATE = frozenset({"grade_id", "reason"})


def grade_events(conn: Connection, grade_id: str, schools: tuple[str, ...] | None) -> list[RowMapping]:
    """The grade's events in log order (a grade lives in one school, hence one partition); only ``schools``'."""
    e = events
    query = select(e).where(e.c.entity_id == grade_id, e.c.event_type.in_(GRADE_TYPES))
    if schools is not None:
        query = query.where(e.c.school_id.in_(schools))
    return list(conn.execute(query.order_by(e.c.log_partition, e.c.log_offset)).mappings())


def history(rows: list[RowMapping], raw: RawRecords) -> list[dict[str, Any]]:
    """Each event as the auditor sees it, with ``changes`` against the state before it."""
    state: dict[str, Any] = {}
    entries = []
    for row in rows:
        event = orjson.loads(row["document"])  # as logged; the state is read as the latest version, as views do
        after = next_state(state, event["type"], decode(row["document"]).data)
        entries.append({
            "position": f"{row['log_partition']}:{row['log_offset']}", "type": event["type"],
            "event_id": event["event_id"], "recorded_at": from_micros(row["recorded_us"]).isoformat(),
            "occurred_at": event["occurred_at"], "sender": sender_of(event),
            "revision": event["source"].get("revision"), "reason": event["data"].get("reason"),
            "changes": changes(state, after), "event": event, "raw": raw.get(event["source"].get("raw")),
        })
        state = after
    return entries


def next_state(state: dict[str, Any], event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    if event_type == "grade.retracted":
        return {**state, "retracted": True}
    fields = {name: value for name, value in data.items() if name not in NOT_STATE}
    return {**fields, "retracted": state.get("retracted", False)}


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: {"from": before.get(name), "to": after.get(name)}
            for name in sorted(before.keys() | after.keys()) if before.get(name) != after.get(name)}
