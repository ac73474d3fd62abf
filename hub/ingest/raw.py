"""Provenance: every batch a vendor sends is kept as received, and every event names its record in it.

``RawStore.keep`` stores a batch under an id drawn before translation (one row per request, whatever its size:
cheaper than a row per record); events carry ``source.raw = "<batch id>#<record index>"``; ``record(ref)`` gives an auditor the
record exactly as sent, with who sent it and when.

Its tables change only through a migration (stream ``state`` of ``hub.store.migrate``; README: "The hub's own state
and migrations"): a change to a ``Table`` here needs a new revision, else ``tests/integration/test_migrations.py``
fails.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from sqlalchemy import BigInteger, Column, Engine, Index, Integer, LargeBinary, MetaData, String, Table, func, select

from hub import clock

metadata = MetaData()
raw_batches = Table(
    "raw_batches", metadata,
    Column("batch_id", String(36), primary_key=True),
    Column("adapter", String(64), nullable=False), Column("client_id", String(64), nullable=False),
    Column("school_id", String(128)), Column("received_at_ms", BigInteger, nullable=False),
    Column("records", LargeBinary, nullable=False),  # the parsed records as a JSON array, in request order
    Column("record_count", Integer),  # len(records); NULL in batches kept before it existed
    Index("raw_batches_by_time", "received_at_ms"),
)
RATE_WINDOWS_S = {"last_5_min": 300, "last_hour": 3600}
MAX_KEPT_DEPTH = 128  # arrays and objects nested in a record; every answer that shows it adds fewer than 126
UNKEEPABLE = (f"the record nests arrays or objects more than {MAX_KEPT_DEPTH} levels deep: it cannot be kept as "
              "sent, so it is not taken")


def keepable(record: Any) -> bool:
    """Whether ``record`` can be kept as sent and written again inside any answer (see the module docstring)."""
    try:
        text = orjson.dumps(record)
    except (orjson.JSONEncodeError, TypeError):
        return False
    return text.count(b"[") + text.count(b"{") <= MAX_KEPT_DEPTH or _depth(record) <= MAX_KEPT_DEPTH


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in ``value`` (iteratively: no recursion limit to hit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


class RawStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def rates(self, now_ms: int | None = None) -> list[dict[str, Any]]:
        """Per adapter: batches and records received in each of ``RATE_WINDOWS_S`` and in all."""
        now_ms = clock.now_ms() if now_ms is None else now_ms
        r = raw_batches.c
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for window, seconds in [("all", None), *RATE_WINDOWS_S.items()]:
                query = select(r.adapter, func.count(), func.coalesce(func.sum(r.record_count), 0)).group_by(r.adapter)
                if seconds is not None:
                    query = query.where(r.received_at_ms >= now_ms - seconds * 1000)
                for adapter, batches, records in conn.execute(query):
                    out.setdefault(adapter, {"adapter": adapter})[window] = {"batches": batches, "records": records}
        empty = {"batches": 0, "records": 0}
        return [{**row, **{w: row.get(w, empty) for w in RATE_WINDOWS_S}} for _a, row in sorted(out.items())]

    @staticmethod
    def new_batch_id() -> str:
        return str(uuid.uuid4())

    def keep(self, batch_id: str, adapter: str, client_id: str, school_id: str | None, records: list[Any],
             checked: bool = False) -> None:
        """Store the batch; a record that is not ``keepable`` (ingest has rejected it) is stored as ``null``
        (``checked``: the caller has already put ``None`` in their place)."""
        if not checked:
            records = [record if keepable(record) else None for record in records]
        with self.engine.begin() as conn:
            conn.execute(raw_batches.insert().values(
                batch_id=batch_id, adapter=adapter, client_id=client_id, school_id=school_id,
                received_at_ms=clock.now_ms(), records=orjson.dumps(records), record_count=len(records)))

    def record(self, ref: str) -> dict[str, Any] | None:
        """The vendor record a ``source.raw`` reference names, with its batch's metadata; None if unknown."""
        batch_id, _, index = ref.partition("#")
        batch = self.batch(batch_id) if index.isdigit() else None
        return None if batch is None else record_of(batch, ref)

    def batch(self, batch_id: str) -> dict[str, Any] | None:
        """A whole batch: its metadata and ``records`` (parsed, in request order); None if unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(select(raw_batches).where(raw_batches.c.batch_id == batch_id)).mappings().first()
        return None if row is None else {**row, "records": orjson.loads(row["records"])}


def record_of(batch: dict[str, Any], ref: str) -> dict[str, Any] | None:
    """The record of ``batch`` that ``ref`` (``<batch id>#<index>``) names, with the batch's metadata."""
    index = ref.partition("#")[2]
    if not index.isdigit() or int(index) >= len(batch["records"]):
        return None
    return {"ref": ref, "adapter": batch["adapter"], "client_id": batch["client_id"], "school_id": batch["school_id"],
            "received_at_ms": batch["received_at_ms"], "record": batch["records"][int(index)]}
