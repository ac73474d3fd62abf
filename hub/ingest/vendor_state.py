"""What the hub remembers about vendor records between batches: ``VendorState`` over the tables of
``hub.ingest.state_tables`` (the vendor directory, parked records, source revisions, request snapshots and scope
members; what each holds is said there). Its tables change only through a migration (``hub.store.migrate``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Engine, and_, bindparam, delete, func, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from hub import clock
from hub.ingest.merging import Numbered, Replaced, Revisable, dated, merge, replaced_against, stale_fields
from hub.ingest.state_tables import directory, metadata, needs, quarantine, revisions, snapshots

__all__ = ["Parked", "VendorState", "metadata"]


@dataclass(frozen=True, slots=True)
class Parked:
    parked_id: int
    adapter: str
    client_id: str
    school_id: str | None
    record: Any
    missing: list[dict[str, str]]
    parked_at_ms: int
    attempts: int


class VendorState:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        self._any_parked = select(needs.c.parked_id).where(and_(
            needs.c.system == bindparam("system"), needs.c.school_id == bindparam("school_id"))).limit(1)
        self._one_entry = select(directory.c.data).where(and_(  # built once: an adapter asks it per new id
            directory.c.system == bindparam("system"), directory.c.school_id == bindparam("school_id"),
            directory.c.kind == bindparam("kind"), directory.c.vendor_id == bindparam("vendor_id")))

    # Directory ---------------------------------------------------------------------------------------------------

    def remember(self, system: str, school_id: str, entries: Iterable[tuple[str, str, Mapping[str, Any]]]) -> None:
        rows = [{"system": system, "school_id": school_id, "kind": k, "vendor_id": str(v),
                 "data": orjson.dumps(dict(d)), "updated_at_ms": _now_ms()} for k, v, d in entries]
        if not rows:
            return
        statement = self._insert(directory)
        statement = statement.on_conflict_do_update(
            index_elements=["system", "school_id", "kind", "vendor_id"],
            set_={"data": statement.excluded.data, "updated_at_ms": statement.excluded.updated_at_ms})
        with self.engine.begin() as conn:
            conn.execute(statement, _unique(rows, ("system", "school_id", "kind", "vendor_id")))

    def lookup(self, system: str, school_id: str, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        wanted = list({(k, str(v)) for k, v in keys})
        found: dict[tuple[str, str], dict] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 400):
                chunk = wanted[start:start + 400]
                query = select(directory.c.kind, directory.c.vendor_id, directory.c.data).where(and_(
                    directory.c.system == system, directory.c.school_id == school_id,
                    tuple_(directory.c.kind, directory.c.vendor_id).in_(chunk)))
                found.update({(k, v): orjson.loads(d) for k, v, d in conn.execute(query)})
        return found

    def lookup_one(self, system: str, school_id: str, kind: str, vendor_id: str) -> dict | None:
        """``lookup`` of one key, with a statement built once (a batch asks it for each id it has not seen)."""
        with self.engine.connect() as conn:
            data = conn.execute(self._one_entry, {"system": system, "school_id": school_id, "kind": kind,
                                                  "vendor_id": vendor_id}).scalar()
        return None if data is None else orjson.loads(data)

    # Quarantine --------------------------------------------------------------------------------------------------

    def park(self, adapter: str, system: str, client_id: str, school_id: str | None, record: Any,
             missing: list[dict[str, str]]) -> int:
        with self.engine.begin() as conn:
            parked_id = conn.execute(quarantine.insert().values(
                adapter=adapter, client_id=client_id, school_id=school_id, record=orjson.dumps(record),
                missing=orjson.dumps(missing), parked_at_ms=_now_ms(), attempts=1)).inserted_primary_key[0]
            conn.execute(needs.insert(), _unique([{"parked_id": parked_id, "system": system,
                                                   "school_id": school_id or "", "kind": m["kind"],
                                                   "vendor_id": m["vendor_id"]} for m in missing],
                                                 ("kind", "vendor_id")))
        return parked_id

    def waiting_for(self, system: str, school_id: str, keys: Iterable[tuple[str, str]]) -> list[Parked]:
        """Parked records that wait for any of ``keys`` (oldest first)."""
        wanted = list({(k, str(v)) for k, v in keys})
        if not wanted:
            return []
        ids: set[int] = set()
        with self.engine.connect() as conn:
            if conn.execute(self._any_parked, {"system": system, "school_id": school_id}).first() is None:
                return []  # the common case, one index probe: nothing of that school waits for anything
            for start in range(0, len(wanted), 400):
                query = select(needs.c.parked_id).where(and_(
                    needs.c.system == system, needs.c.school_id == school_id,
                    tuple_(needs.c.kind, needs.c.vendor_id).in_(wanted[start:start + 400])))
                ids.update(row[0] for row in conn.execute(query))
            rows = conn.execute(select(quarantine).where(quarantine.c.parked_id.in_(sorted(ids)))
                                .order_by(quarantine.c.parked_id)).mappings().all() if ids else []
        return [_parked(row) for row in rows]

    def release(self, parked_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(needs).where(needs.c.parked_id == parked_id))
            conn.execute(delete(quarantine).where(quarantine.c.parked_id == parked_id))

    def listing(self, adapter: str, schools: Iterable[str], limit: int = 500) -> list[Parked]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(quarantine).where(and_(
                quarantine.c.adapter == adapter, quarantine.c.school_id.in_(list(schools))))
                .order_by(quarantine.c.parked_id).limit(limit)).mappings().all()
        return [_parked(row) for row in rows]

    def quarantine_sizes(self) -> dict[str, dict[str, int]]:
        """``{adapter: {"records": parked, "oldest_ms": parked_at of the oldest}}`` (for operators)."""
        q = quarantine.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(q.adapter, func.count(), func.min(q.parked_at_ms)).group_by(q.adapter))
            return {adapter: {"records": count, "oldest_ms": oldest} for adapter, count, oldest in rows}

    # Revisions ---------------------------------------------------------------------------------------------------

    def assign_revisions(self, system: str, school_id: str, items: list[Revisable]) -> list[Numbered]:
        """Number each aggregate's revision, in order, in one transaction holding the rows.

        Items of the same aggregate follow one another in the given (batch) order, each numbered against the one
        before, as if each had come alone. A new aggregate gets 1. Its data is first merged with the stored state
        (``merge``: the fields the item's source did not state keep their stored values); the same fingerprint as
        stored keeps the revision (a re-send), another gets the next one. A deletion (``keeps_state``) takes a
        revision and leaves the stored data as it was, derived from nothing (a retracted mark is not restated). An
        item's ``derived_from`` replaces the stored one (None keeps it).

        The latest pull wins, field by field: a field the item states that is held as of a later pull
        (``stale_fields``; a deletion dates every field) keeps its stored value. An item that changes nothing that
        way comes out as the stored revision with the stored data (``stale``: its event is the one the log holds,
        a duplicate). A stale answer may still state a field no newer answer stated (a lesson's room the newer
        shape lacks). Either as-of unknown: arrival order, as without."""
        out: list[Numbered] = []
        with self.engine.begin() as conn:
            stored = {a: (r, f, None if st is None else orjson.loads(st), d, orjson.loads(t) if t else {})
                      for a, r, f, st, d, t in conn.execute(
                select(revisions.c.aggregate, revisions.c.revision, revisions.c.fingerprint, revisions.c.state,
                       revisions.c.derived_from, revisions.c.as_of).where(and_(
                    revisions.c.system == system, revisions.c.school_id == school_id,
                    revisions.c.aggregate.in_(list({item.aggregate for item in items})))).with_for_update())}
            for item in items:
                current = stored.get(item.aggregate)
                held = {} if current is None or current[2] is None else current[4]
                stale = stale_fields(item, held)
                data = merge(None if current is None else current[2], item.data, item.omitted | stale,
                             item.stated_later)
                if stale and (item.keeps_state or data == current[2]):
                    out.append(Numbered(current[0], False, current[2], stale=True))
                    continue
                fingerprint = item.fingerprint(data)
                derived = None if item.keeps_state else item.derived_from or (None if current is None else current[3])
                if current is not None and current[1] == fingerprint:
                    # a row from before s0004 gets its reference; a later pull of the same content, its time
                    held = dated(item, held, stale) if item.as_of_ms is not None else held
                    stored[item.aggregate] = (*current[:3], derived, held)
                    out.append(Numbered(current[0], False, data))
                    continue
                revision = 1 if current is None else current[0] + 1
                state = current[2] if item.keeps_state and current is not None else data
                stored[item.aggregate] = (revision, fingerprint, state, derived, dated(item, held, stale))
                out.append(Numbered(revision, True, data))
            rows = [{"system": system, "school_id": school_id, "aggregate": a, "revision": r, "fingerprint": f,
                     "state": None if st is None else orjson.dumps(st), "derived_from": d,
                     "as_of": orjson.dumps(t) if t else None}
                    for a, (r, f, st, d, t) in stored.items()]
            if rows:
                statement = self._insert(revisions)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["system", "school_id", "aggregate"],
                    set_={"revision": statement.excluded.revision, "fingerprint": statement.excluded.fingerprint,
                          "state": statement.excluded.state, "derived_from": statement.excluded.derived_from,
                          "as_of": statement.excluded.as_of}), rows)
        return out

    def states(self, system: str, school_id: str, aggregates: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored data of each aggregate that has some (for deletions seen by omission)."""
        wanted, found = list(set(aggregates)), {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 400):
                query = select(revisions.c.aggregate, revisions.c.state).where(and_(
                    revisions.c.system == system, revisions.c.school_id == school_id,
                    revisions.c.aggregate.in_(wanted[start:start + 400]), revisions.c.state.is_not(None)))
                found.update({aggregate: orjson.loads(state) for aggregate, state in conn.execute(query)})
        return found

    def derived_states(self, system: str, school_id: str, derived_from: str) -> dict[str, dict[str, Any]]:
        """The stored data of every aggregate derived from ``derived_from`` (one index range, not a scan)."""
        query = select(revisions.c.aggregate, revisions.c.state).where(and_(
            revisions.c.system == system, revisions.c.school_id == school_id,
            revisions.c.derived_from == derived_from, revisions.c.state.is_not(None)))
        with self.engine.connect() as conn:
            return {aggregate: orjson.loads(state) for aggregate, state in conn.execute(query)}

    # Snapshots ---------------------------------------------------------------------------------------------------

    def replace_snapshot(self, system: str, school_id: str, scope: str, aggregates: Iterable[str],
                         as_of_ms: int | None = None) -> Replaced:
        """Store what the latest answer to ``scope`` held; returns what the previous answer held and this one
        does not (none for a scope seen the first time). An answer pulled before the stored one (``is_stale``)
        neither replaces it nor deletes anything, and what it holds that the stored (later) one lacks is
        ``superseded``: gone by the later pull. Either pull time unknown: the later arrival replaces. The same
        answer again (the same aggregates and pull time: a retry, perhaps after a failure before its events were
        appended) returns what it deleted the first time, so the retry derives the same deletions."""
        return self.replace_snapshots(system, school_id, [(scope, aggregates)], as_of_ms)[0]

    def replace_snapshots(self, system: str, school_id: str, parts: list[tuple[str, Iterable[str]]],
                          as_of_ms: int | None = None) -> list[Replaced]:
        """``replace_snapshot`` for each (scope, aggregates) of one answer (an Elzhur answer's days), in one
        transaction: one read of the stored rows and one write."""
        present = {scope: sorted(set(aggregates)) for scope, aggregates in parts}
        with self.engine.begin() as conn:
            stored = {scope: (orjson.loads(a), at, d) for scope, a, at, d in conn.execute(
                select(snapshots.c.scope, snapshots.c.aggregates, snapshots.c.as_of_ms, snapshots.c.deleted).where(
                    and_(snapshots.c.system == system, snapshots.c.school_id == school_id,
                         snapshots.c.scope.in_(list(present)))).with_for_update())}
            answers, rows = [], []
            for scope, _ in parts:
                replaced, row = replaced_against(present[scope], stored.get(scope), as_of_ms)
                answers.append(replaced)
                if row is not None:
                    rows.append({"system": system, "school_id": school_id, "scope": scope, **row})
            if rows:
                statement = self._insert(snapshots)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["system", "school_id", "scope"],
                    set_={name: getattr(statement.excluded, name)
                          for name in ("aggregates", "updated_at_ms", "as_of_ms", "deleted")}), _unique(rows, ("scope",)))
        return answers


def _parked(row: Mapping[str, Any]) -> Parked:
    return Parked(row["parked_id"], row["adapter"], row["client_id"], row["school_id"], orjson.loads(row["record"]),
                  orjson.loads(row["missing"]), row["parked_at_ms"], row["attempts"])


def _unique(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        seen[tuple(row[k] for k in key)] = row
    return list(seen.values())


def _now_ms() -> int:
    return clock.now_ms()
