"""A child's ids inside a larger statement: the ``ids`` CTE (its own id, then every ``identity.linked`` alias: the
same child in other journals, as ``roster.student_ids`` reads them), so a read needs no statement of its own for
them, and with ``guarded`` the guardian's access check (``hub.api.access``: a guardian reads the children
``guardian.linked`` links them to and no ``guardian.unlinked`` has unlinked, by any of the child's ids;
``is_guardian_of``) in the same statement.

Parameters: ``student_id``; with ``guarded``, also ``guardian_id``. A guarded CTE is EMPTY unless the guardian is
linked to the child, so a statement that reads the child's rows through it reads nothing of a child the guardian
may not see; ``allowed`` is a clause that holds only when the CTE holds the child's own id (a caller selects a row
with it to tell "refused" from "nothing to show").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, bindparam, exists, literal, or_, select, union_all

from projections import roster


def ids_cte(guarded: bool = False) -> Any:
    """The ``ids`` CTE (one column, ``id``)."""
    aliases, student = roster.student_aliases.alias("sa"), bindparam("student_id", type_=String)
    own, others = select(student.label("id")), select(aliases.c.alias_id).where(aliases.c.student_id == student)
    if guarded:
        own, others = own.where(guardian_linked()), others.where(guardian_linked())
    return union_all(own, others).cte("ids")


def allowed(ids: Any) -> Any:
    """A clause over ``ids`` that holds for the row of the child's own id (present unless a guard refused)."""
    return ids.c.id == bindparam("student_id", type_=String)


def guardian_linked() -> Any:
    """``is_guardian_of`` as a clause: the guardian ``guardian_id`` is linked to the child ``student_id``
    by any of its ids."""
    g, aliases = roster.guardian_links.alias("g"), roster.student_aliases.alias("ga")
    student = bindparam("student_id", type_=String)
    its_aliases = select(aliases.c.alias_id).where(aliases.c.student_id == student)
    return exists().where(g.c.guardian_id == bindparam("guardian_id", type_=String), roster.linked(g),
                          or_(g.c.student_id == student, g.c.student_id.in_(its_aliases)))


_IS_GUARDIAN_OF = select(literal(1)).where(guardian_linked())  # built once; one round trip


def is_guardian_of(conn: Connection, guardian_id: str, student_id: str) -> bool:
    """Whether the guardian is linked to the child (by any of the child's ids) and the link was not ended."""
    return conn.execute(_IS_GUARDIAN_OF, {"guardian_id": guardian_id, "student_id": student_id}).first() is not None
