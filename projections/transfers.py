"""Transfers between schools as operators see them (``GET /v1/operator/transfers`` and the console): the halves
each school sent (``roster_transfers``), paired by ``transfer_id``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from projections.roster import transfers


def transfers_between_schools(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Transfers as operators see them: each ``transfer_id`` with the leaving school's half (``out``) and the
    arriving school's (``in``), newest first, and a ``status``: ``complete`` (both halves, naming each other's
    school), ``awaiting_arrival`` / ``awaiting_departure`` (one half so far) or ``mismatch`` (the halves name other
    schools, or one school sent a half twice under another id)."""
    rows = conn.execute(select(transfers).order_by(transfers.c.recorded_at.desc(), transfers.c.transfer_id)
                        ).mappings().all()
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in rows:
        grouped.setdefault(row["transfer_id"], {"out": [], "in": []})[row["direction"]].append(dict(row))
    return [_transfer(transfer_id, halves) for transfer_id, halves in list(grouped.items())[:limit]]


def _transfer(transfer_id: str, halves: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    def half(row: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if row is None else {"school_id": row["school_id"], "student_id": row["student_id"],
                                         "class_id": row["class_id"], "on": row["on_date"],
                                         "other_school_id": row["other_school_id"], "recorded_at": row["recorded_at"]}
    leaving, arriving = halves["out"], halves["in"]
    out, into = (leaving[0] if leaving else None), (arriving[0] if arriving else None)
    if len(leaving) > 1 or len(arriving) > 1:
        status = "mismatch"
    elif out and into:
        status = "complete" if (out["other_school_id"], into["other_school_id"]) == (into["school_id"],
                                                                                   out["school_id"]) else "mismatch"
    else:
        status = "awaiting_arrival" if out else "awaiting_departure"
    return {"transfer_id": transfer_id, "status": status, "out": half(out), "in": half(into)}
