"""Several queries as ONE statement: a ``UNION ALL`` of shaped rows (one round trip, one statement's overhead).

A ``Shape`` names each member's ``kind`` (a small int) and its block of typed columns, plus sort columns shared by
all members. Every row carries ``kind``, the sort columns, then its block's values in columns shared by type with
the other kinds' blocks, and NULLs in the columns its block does not use. The first kind's member opens the union
and types its NULLs (``CAST(NULL AS <type>)``): PostgreSQL resolves a union's column types from there, and
SQLAlchemy reads dates, booleans and JSON on SQLite as it would from the tables (it takes a compound's result
types from its first member). Rows come ordered by kind, then by the sort columns (a member's own order: what it
would have been ordered by on its own; NULLs sort as each database sorts them). ``split`` hands each kind's rows
back as tuples in its block's order.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import Integer, cast, literal_column, null

Columns = tuple[tuple[str, Any], ...]


class Shape:
    """The columns of a shaped union: ``blocks`` (kind -> ((name, type), ...)) and the shared ``sort`` columns.

    Kinds share columns: a kind's n-th column of a type is the union's n-th column of that type (named
    ``<the type's first two letters><n>``), so a row is as wide as the widest kind per type, not the sum of the
    kinds."""

    def __init__(self, blocks: dict[int, Columns], sort: Columns = ()) -> None:
        self.blocks, self.sort = blocks, sort
        self._slots: dict[int, list[int]] = {}  # kind -> the union's column of each block column
        width: dict[str, int] = {}
        for kind, columns in blocks.items():
            used: dict[str, int] = {}
            for _name, type_ in columns:
                key = _key(type_)
                used[key] = used.get(key, 0) + 1
                width[key] = max(width.get(key, 0), used[key])
        self.columns = [(_slot(key, n), key) for key in sorted(width) for n in range(width[key])]
        self._types = {_key(type_): type_ for columns in blocks.values() for _name, type_ in columns}
        position = {name: 1 + len(sort) + i for i, (name, _key_) in enumerate(self.columns)}
        for kind, columns in blocks.items():
            used = {}
            slots = self._slots[kind] = []
            for _name, type_ in columns:
                key = _key(type_)
                slots.append(position[_slot(key, used.get(key, 0))])
                used[key] = used.get(key, 0) + 1
        self._getters = {kind: itemgetter(*slots) if len(slots) > 1 else (lambda row, i=slots[0]: (row[i],))
                         for kind, slots in self._slots.items()}

    def member(self, kind: int, values: list[Any], sort: tuple[Any, ...] = ()) -> list[Any]:
        """The select list of one member: its kind, its sort keys (NULL past those given), its block's ``values``
        (in the block's order) in the block's columns, NULLs elsewhere. Only the first kind's member (which must
        open the union) types its NULLs and names the columns: PostgreSQL resolves a union's column types from
        left to right, and SQLAlchemy takes a compound's result types and names from its first member; the
        others stay short (psycopg caches the parsing of a statement of at most 4096 characters only)."""
        first = kind == next(iter(self.blocks))
        sort = (*sort, *([None] * (len(self.sort) - len(sort))))
        if len(values) != len(self.blocks[kind]):
            raise ValueError(f"kind {kind}: {len(values)} values for {len(self.blocks[kind])} columns")
        mine = dict(zip(self._slots[kind], values, strict=True))
        offset = 1 + len(self.sort)
        types = [*(type_ for _name, type_ in self.sort), *(self._types[key] for _name, key in self.columns)]
        names = ["kind", *(name for name, _ in self.sort), *(name for name, _ in self.columns)]
        given = [*sort, *(mine.get(offset + i) for i in range(len(self.columns)))]
        columns = [literal_column(str(kind), Integer).label("kind")]
        for i, (value, type_) in enumerate(zip(given, types, strict=True)):
            if value is None:
                value = cast(null(), type_) if first else literal_column("NULL", type_)
            columns.append(value.label(names[i + 1] if first else f"_{i}"))
        return columns

    def order_by(self) -> list[Any]:
        return [literal_column(name) for name in ("kind", *(name for name, _ in self.sort))]

    def split(self, rows: Any) -> dict[int, list[tuple[Any, ...]]]:
        """Each kind's blocks (tuples in the block's order), in the order the rows came."""
        found: dict[int, list[tuple[Any, ...]]] = {kind: [] for kind in self.blocks}
        getters = self._getters
        for row in rows:
            found[row[0]].append(getters[row[0]](row))
        return found


def _key(type_: Any) -> str:
    """Columns of one type share slots (a class, or an instance's class)."""
    return (type_ if isinstance(type_, type) else type(type_)).__name__.lower()


def _slot(key: str, n: int) -> str:
    return f"{key[:2]}{n}"
