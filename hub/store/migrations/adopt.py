"""What the baseline revisions use to adopt a database made before migrations instead of re-creating it.

Earlier code made these tables with ``metadata.create_all``: whatever it found it kept, whatever was missing it
created. A baseline does the same, table by table and index by index, so a database of any earlier version
ends at exactly the baseline schema with all its rows, and an empty one gets the whole schema. Revisions after a
baseline are ordinary Alembic operations: by then every database is at a known revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def create_table(name: str, *columns: sa.Column, indexes: tuple[tuple[str, list[str]], ...] = ()) -> None:
    """``op.create_table`` unless the table exists; then each index unless one of that name exists."""
    if not sa.inspect(op.get_bind()).has_table(name):
        op.create_table(name, *columns)
    present = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes(name)}
    for index_name, index_columns in indexes:
        if index_name not in present:
            op.create_index(index_name, name, index_columns)


def add_column(table: str, column: sa.Column) -> None:
    """``op.add_column`` unless the table has a column of that name."""
    if column.name not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}:
        op.add_column(table, column)
