"""Compare two versions of a projection table by table: rows added, changed and removed, with examples.

Both tables are read in primary-key order and merged as two sorted streams, so memory stays flat whatever their
size. Strings are ordered bytewise on both engines (``COLLATE "C"`` on PostgreSQL; SQLite's default), which is
Python's order of ``str``, so the merge agrees with the database. Columns only one side has are reported, and
rows are compared on the columns both have.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, Table, select

from projections.base import plain_value

EXAMPLES = 3


@dataclass
class TableDiff:
    table: str
    old_rows: int = 0
    new_rows: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not (self.added or self.changed or self.removed or self.columns_added or self.columns_removed)

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "old_rows": self.old_rows, "new_rows": self.new_rows, "added": self.added,
                "changed": self.changed, "removed": self.removed, "columns_added": self.columns_added,
                "columns_removed": self.columns_removed, "examples": self.examples}


def diff_tables(conn: Connection, name: str, old: Table, new: Table) -> TableDiff:
    """Differences from ``old`` to ``new`` (two physical versions of the template table ``name``)."""
    result = TableDiff(name)
    old_cols, new_cols = [c.name for c in old.columns], [c.name for c in new.columns]
    result.columns_added = [c for c in new_cols if c not in old_cols]
    result.columns_removed = [c for c in old_cols if c not in new_cols]
    key = [c.name for c in new.primary_key.columns]
    common = [c for c in new_cols if c in old_cols]
    old_rows, new_rows = _rows(conn, old, key, common), _rows(conn, new, key, common)
    a, b = next(old_rows, None), next(new_rows, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            result.removed += 1
            result.old_rows += 1
            _example(result, "removed", key, a[0], None)
            a = next(old_rows, None)
        elif a is None or b[0] < a[0]:
            result.added += 1
            result.new_rows += 1
            _example(result, "added", key, b[0], None)
            b = next(new_rows, None)
        else:
            result.old_rows += 1
            result.new_rows += 1
            if a[1] != b[1]:
                result.changed += 1
                changes = {c: [x, y] for c, x, y in zip(common, a[1], b[1]) if x != y}
                _example(result, "changed", key, a[0], changes)
            a, b = next(old_rows, None), next(new_rows, None)
    return result


def _rows(conn: Connection, table: Table, key: list[str], columns: list[str]) -> Iterator[tuple[tuple, tuple]]:
    postgres = conn.dialect.name == "postgresql"
    order = [table.c[k].collate("C") if postgres and isinstance(table.c[k].type, String) else table.c[k]
             for k in key]
    query = select(*(table.c[k] for k in key), *(table.c[c] for c in columns)).order_by(*order)
    width = len(key)
    for row in conn.execution_options(yield_per=2000).execute(query):
        values = tuple(plain_value(v) for v in row)
        yield values[:width], values[width:]


def _example(result: TableDiff, kind: str, key: list[str], values: tuple, changes: dict | None) -> None:
    if sum(1 for e in result.examples if e["kind"] == kind) >= EXAMPLES:
        return
    example: dict[str, Any] = {"kind": kind, "key": dict(zip(key, values))}
    if changes is not None:
        example["changes"] = changes
    result.examples.append(example)
