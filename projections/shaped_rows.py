"""Several queries as ONE statement: a ``UNION ALL`` of shaped rows (one round trip, one statement's overhead).

A ``Shape`` names each member's ``kind`` (a small int) and its block of typed columns, plus sort columns shared by
all members. Every row carries ``kind``, the sort columns, then every kind's block in turn: its own values, and
typed NULLs (``CAST(NULL AS <type>)``) in the other kinds' blocks, so PostgreSQL can match the members' column
types, and SQLAlchemy reads dates, booleans and JSON on SQLite as it would from the tables (it takes a compound's
result types from its first member). Rows come ordered by kind, then by the sort columns (a member's own order:
what it would have been ordered by on its own; NULLs sort as each database sorts them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, cast, literal_column, null

Columns = tuple[tuple[str, Any], ...]


class Shape:
    """The columns of a shaped union: ``blocks`` (kind -> ((name, type), ...)) and the shared ``sort`` columns."""

    def __init__(self, blocks: dict[int, Columns], sort: Columns = ()) -> None:
        self.blocks, self.sort = blocks, sort
        self._offsets: dict[int, tuple[int, int]] = {}
        at = 1 + len(sort)
        for kind, columns in blocks.items():
            self._offsets[kind] = (at, at + len(columns))
            at += len(columns)

    def member(self, kind: int, values: list[Any], sort: tuple[Any, ...] = ()) -> list[Any]:
        """The select list of one member: its kind, its sort keys (NULL past those given), its block's ``values``
        (in the block's order), typed NULLs elsewhere."""
        sort = (*sort, *([None] * (len(self.sort) - len(sort))))
        columns = [literal_column(str(kind), Integer).label("kind")]
        columns += [_or_null(value, type_).label(name) for value, (name, type_) in zip(sort, self.sort, strict=True)]
        for other, shape in self.blocks.items():
            mine = values if other == kind else [None] * len(shape)
            columns += [_or_null(value, type_).label(f"k{other}_{name}")
                        for value, (name, type_) in zip(mine, shape, strict=True)]
        return columns

    def order_by(self) -> list[Any]:
        return [literal_column(name) for name in ("kind", *(name for name, _ in self.sort))]

    def split(self, rows: Any) -> dict[int, list[tuple[Any, ...]]]:
        """Each kind's blocks (tuples in the block's order), in the order the rows came."""
        found: dict[int, list[tuple[Any, ...]]] = {kind: [] for kind in self.blocks}
        offsets = self._offsets
        for row in rows:
            start, end = offsets[row[0]]
            found[row[0]].append(tuple(row[start:end]))
        return found


def _or_null(value: Any, type_: Any) -> Any:
    return cast(null(), type_) if value is None else value
