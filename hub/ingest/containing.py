"""Deletions seen by an answer complete for a scope that contains what the hub holds, whichever request brought it.

A request snapshot (``hub.ingest.snapshots``) deletes only what an earlier answer to the *same* request held. But an
answer may be complete for a scope other requests also fill: a Dnevnik.ru lesson's log entries are that lesson's
whole attendance, though the hub may hold an absence a group's date range brought; ``works/many`` answers for every
work its body asks for, and a work it no longer returns was deleted with its marks, though a marks range brought
them. So:

* an adapter names, per event, the containing scopes its aggregate belongs to and its member key there
  (``Translation.scopes``: an attendance entry ``("lesson-log:<lesson>", "person:<p>")``, a mark
  ``("work:<w>", "work:<w>")`` and ``("lesson-works:<lesson>", "work:<w>")``); the hub keeps them per aggregate,
  one per kind of scope (``scope_members``), as each event is numbered and not stale (``remember``);
* an answer names the containing scopes it is complete for and the member keys it holds there
  (``Translation.contains``); what the hub holds in such a scope under another member key is deleted
  (``deletions``), right after the answer in batch order (``hub.ingest.numbering``), by the same deletion events
  as a request snapshot's (``snapshots.deletion_events``), so two ways of seeing one deletion make one revision;
* an aggregate deleted (and not stale) leaves its scopes (``forget``); stated again, it joins them again.

The rules of request snapshots hold: a rejected, parked or vendor-error answer deletes nothing (it is never asked);
an answer listing nothing empties its scopes, as a request snapshot's does; the latest pull wins, twice: an answer
pulled before the last answer complete for the same scope deletes nothing (its row in ``request_snapshots``, scope
``containing|<scope>``, ``is_stale``), and a deletion of an aggregate the hub holds as of a later pull is stale
(``VendorState.assign_revisions``) and keeps it in its scopes, and what an answer pulled before the last one complete
for a scope holds there that the later answer lacked is gone by that later pull (``superseded``, for a range answer's
scopes and those of the kinds its adapter names, ``Translation.superseding``; ``hub.ingest.numbering``): the answer
does not state it, even when the hub never held it (a one-day marks range delivered after a newer week range without
the mark: dnevnik_ru_57 no-mark-003, as a request snapshot's superseded items; an Elzhur gethomework delivered after a
later diary whose lesson lists no task: elzhur_65); and the same answer again (same
members held, same pull time: a retry after a failure before the append) derives what it derived the first time
(the row's ``deleted``), so a retry after a success appends nothing. Missing means missing from a *later* pull: an
answer does not delete what another answer of the same pull stated (``_not_of_the_same_pull``: an Elzhur getmarks
and getdiary pulled together that disagree about an absence).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from sqlalchemy import Engine, and_, delete, select

from hub import clock
from hub.ingest.merging import is_stale
from hub.ingest.state_tables import members, revisions, snapshots

PREFIX = "containing|"


def kind_of(scope: str) -> str:
    """``lesson-log:<lesson>`` -> ``lesson-log``: an aggregate belongs to one scope of each kind."""
    return scope.split(":", 1)[0]


class ContainingScopes:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        if engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        self._insert = insert

    def remember(self, system: str, school_id: str, rows: Iterable[tuple[str, str, str]]) -> None:
        """(aggregate, scope, member) for aggregates just stated: each replaces the aggregate's scope of its kind."""
        unique = {(a, kind_of(s)): {"system": system, "school_id": school_id, "aggregate": a, "kind": kind_of(s),
                                    "scope": s, "member": m} for a, s, m in rows}
        if not unique:
            return
        statement = self._insert(members)
        statement = statement.on_conflict_do_update(
            index_elements=["system", "school_id", "aggregate", "kind"],
            set_={"scope": statement.excluded.scope, "member": statement.excluded.member})
        with self.engine.begin() as conn:
            conn.execute(statement, list(unique.values()))

    def forget(self, system: str, school_id: str, aggregates: Iterable[str]) -> None:
        """Deleted aggregates leave every scope."""
        gone = sorted(set(aggregates))
        if not gone:
            return
        with self.engine.begin() as conn:
            for start in range(0, len(gone), 400):
                conn.execute(delete(members).where(and_(
                    members.c.system == system, members.c.school_id == school_id,
                    members.c.aggregate.in_(gone[start:start + 400]))))

    def deletions(self, system: str, school_id: str, complete: Iterable[tuple[str, frozenset[str]]],
                  as_of_ms: int | None) -> set[str]:
        """For one answer complete for ``complete`` (scope, member keys it holds): the aggregates the hub holds in
        those scopes under other member keys. An answer pulled before the last one complete for a scope deletes
        nothing there; the same answer again derives the same deletions (module docstring). The scopes are read and
        written in a few statements (an answer may be complete for hundreds of days)."""
        wanted = {scope: sorted(present) for scope, present in complete}
        found: set[str] = set()
        with self.engine.begin() as conn:
            rows = self._rows(conn, system, school_id, sorted(wanted))
            fresh: dict[str, list[str]] = {}
            for scope, held in sorted(wanted.items()):
                row = rows.get(scope)
                if row is not None and is_stale(as_of_ms, row[1]):
                    continue
                if row is not None and orjson.loads(row[0]) == held and row[1] == as_of_ms:
                    found.update(orjson.loads(row[2] or b"[]"))
                    continue
                fresh[scope] = held
            if not fresh:
                return found
            candidates = self._held_elsewhere(conn, system, school_id, fresh)
            kept = set(_not_of_the_same_pull(conn, system, school_id, sorted(set().union(*candidates.values())),
                                             as_of_ms))
            now, values = clock.now_ms(), []
            for scope, held in fresh.items():
                deleted = [aggregate for aggregate in candidates[scope] if aggregate in kept]
                values.append({"system": system, "school_id": school_id, "scope": PREFIX + scope,
                               "aggregates": orjson.dumps(held), "updated_at_ms": now, "as_of_ms": as_of_ms,
                               "deleted": orjson.dumps(deleted)})
                found.update(deleted)
            statement = self._insert(snapshots)
            conn.execute(statement.on_conflict_do_update(
                index_elements=["system", "school_id", "scope"],
                set_={name: getattr(statement.excluded, name)
                      for name in ("aggregates", "updated_at_ms", "as_of_ms", "deleted")}), values)
        return found

    def superseded(self, system: str, school_id: str,
                   answers: Sequence[tuple[int, list[tuple[str, frozenset[str]]], int | None, frozenset[str]]],
                   ) -> dict[int, dict[str, frozenset[str]]]:
        """For the complete answers of one batch, in batch order (record index, the scopes it is complete for with
        the member keys it holds, its as-of, the scopes asked about): per answer, per scope asked about that a later
        pull's answer complete for it answered (stored, or earlier in the batch), the member keys this answer holds
        there and that later answer lacked, gone since (module docstring). One read for the whole batch: the stored
        rows, then each answer in turn as ``deletions`` will store it (a scope's row replaced unless stale). An
        answer without as-of (arrival order) supersedes nothing and is superseded by nothing."""
        asked = {scope for _, complete, as_of, eligible in answers if as_of is not None
                 for scope, present in complete if present and scope in eligible}
        if not asked:
            return {}
        with self.engine.begin() as conn:
            rows = self._rows(conn, system, school_id, sorted(asked))
        latest = {scope: (frozenset(orjson.loads(row[0])), row[1]) for scope, row in rows.items()}
        found: dict[int, dict[str, frozenset[str]]] = {}
        for index, complete, as_of, eligible in answers:
            for scope, present in complete:
                if scope not in asked:
                    continue
                later = latest.get(scope)
                if later is None or not is_stale(as_of, later[1]):
                    latest[scope] = (present, as_of)
                elif scope in eligible and (gone := present - later[0]):
                    found.setdefault(index, {})[scope] = gone
        return found

    @staticmethod
    def _rows(conn: Any, system: str, school_id: str, scopes: list[str]) -> dict[str, Any]:
        """The stored row (aggregates, as_of_ms, deleted) of each of ``scopes`` that has one, locked."""
        rows: dict[str, Any] = {}
        for start in range(0, len(scopes), 400):
            chunk = [PREFIX + scope for scope in scopes[start:start + 400]]
            for row in conn.execute(select(snapshots.c.scope, snapshots.c.aggregates, snapshots.c.as_of_ms,
                                           snapshots.c.deleted).where(and_(
                    snapshots.c.system == system, snapshots.c.school_id == school_id,
                    snapshots.c.scope.in_(chunk))).with_for_update()):
                rows[row[0][len(PREFIX):]] = (row[1], row[2], row[3])
        return rows

    @staticmethod
    def _held_elsewhere(conn: Any, system: str, school_id: str, present: dict[str, list[str]]) -> dict[str, list[str]]:
        """Per scope of ``present`` (scope -> member keys the answer holds), the aggregates the hub holds there
        under another member key, sorted."""
        out: dict[str, list[str]] = {scope: [] for scope in present}
        keys = {scope: set(held) for scope, held in present.items()}
        scopes = sorted(present)
        for start in range(0, len(scopes), 400):
            for scope, aggregate, member in conn.execute(
                    select(members.c.scope, members.c.aggregate, members.c.member).where(and_(
                        members.c.system == system, members.c.school_id == school_id,
                        members.c.scope.in_(scopes[start:start + 400])))):
                if member not in keys[scope]:
                    out[scope].append(aggregate)
        return {scope: sorted(aggregates) for scope, aggregates in out.items()}


def _not_of_the_same_pull(conn: Any, system: str, school_id: str, candidates: list[str],
                          as_of_ms: int | None) -> list[str]:
    """Of ``candidates``, all but those the hub holds as of this very pull (``as_of_ms``: an aggregate's latest
    as-of, ``source_revisions.as_of``): missing means missing from a *later* pull, so an answer does not delete what
    another answer of the same pull stated (two answers pulled at one moment that disagree: neither is later). What
    the hub holds as of a later pull is left to ``VendorState.assign_revisions`` (the deletion is stale). Without
    ``as_of_ms``, all of them (arrival order)."""
    if as_of_ms is None or not candidates:
        return candidates
    same: set[str] = set()
    for start in range(0, len(candidates), 400):
        for aggregate, dated in conn.execute(select(revisions.c.aggregate, revisions.c.as_of).where(and_(
                revisions.c.system == system, revisions.c.school_id == school_id,
                revisions.c.aggregate.in_(candidates[start:start + 400])))):
            times = orjson.loads(dated) if dated else {}
            if times and max(times.values()) == as_of_ms:
                same.add(aggregate)
    return [aggregate for aggregate in candidates if aggregate not in same]
