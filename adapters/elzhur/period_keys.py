"""Which period a name means: getperiods is answered per pupil (reference A.2), so the short name ``I`` of one
class's «1 четверть» is another period than the ``I`` of another class's «I полугодие» (A.3 Period, A.4).

* ``period_key(name, fullname)``: a period is its school year, short name and full name: ``<fullname key>:<name>``
  (``1-chetvert-1a2b3c4d:I``, the full name normalised by ``ids.name_key``, the short name by ``local_key``, last,
  as the journal's columns and the final marks name it); a period without ``fullname`` keeps the name-only key
  (``I``, ``g-<hash>``). Two classes of one scheme (same short and full names) share one period; new dates keep it.
* ``remember``: getperiods registers, per school year and short name, the period of the pupil
  (``period_of`` ``student:<id>@<year>|<name>``), of his class (``class:<class key>@<year>|<name>``) and every
  period of that name in the school year (``periods_named`` ``<year>|<name>``).
* ``resolve``: a final mark names its period by the short name: the period of the pupil's class in that school
  year, else of the pupil's own getperiods, else the only period of that name in the school year; several and
  none of his: ``AMBIGUOUS`` (the answer waits for his periods, ``finals.py``); none at all: None.
"""

from __future__ import annotations

from typing import Any

from adapters.elzhur import class_history
from adapters.elzhur.common import Builder, local_key
from adapters.elzhur.ids import name_key

AMBIGUOUS = "?"  # several periods of that name in the school year, none known to be the pupil's


def period_key(name: str, fullname: str) -> str:
    """The period's id part within its school year (module docstring)."""
    short = local_key(name)
    return f"{name_key(fullname)}:{short}" if fullname.strip() else short


def class_in(b: Builder, sid: str, year: int) -> str | None:
    """The class ``sid`` is in during ``year`` (the memberships the hub saw), else, for an answer about the current
    year (no ``days``), the class of his getrules; None when the hub does not know it."""
    found = class_history.current_class(b, sid, year)
    if found or b.req.days is not None:
        return found
    return (b.ctx.directory.get("student", sid) or {}).get("class")


def scopes(sid: str, class_name: str | None, year: int) -> list[str]:
    """Whose periods a pupil's are, most specific last: his class's, then his own."""
    return ([f"class:{name_key(class_name)}@{year}"] if class_name else []) + [f"student:{sid}@{year}"]


def remember(b: Builder, key: str, name: str, year: int, sid: str, class_name: str | None) -> None:
    """Register ``key`` as the period named ``name`` of ``sid`` and his class in ``year``, and among the school
    year's periods of that name."""
    short = local_key(name)
    for scope in scopes(sid, class_name, year):
        b.out.directory_entries.append(("period_of", f"{scope}|{short}", {"key": key}))
    known = _named(b, year, short)
    if key not in known:
        b.out.directory_entries.append(("periods_named", f"{year}|{short}", {"keys": [*known, key]}))


def resolve(b: Builder, sid: str, name: str, year: int) -> str | None:
    """The key of the period ``name`` of ``sid`` in ``year`` (module docstring), ``AMBIGUOUS`` or None."""
    short = local_key(name)
    for scope in scopes(sid, class_in(b, sid, year), year):
        found = _latest(b, "period_of", f"{scope}|{short}")
        if found and isinstance(found.get("key"), str):
            return found["key"]
    known = _named(b, year, short)
    return known[0] if len(known) == 1 else AMBIGUOUS if known else None


def waits_for(b: Builder, sid: str, name: str, year: int) -> list[str]:
    """The directory keys (``period_of``) whose arrival settles an ``AMBIGUOUS`` name."""
    return [f"{scope}|{local_key(name)}" for scope in scopes(sid, class_in(b, sid, year), year)]


def _named(b: Builder, year: int, short: str) -> list[str]:
    found = _latest(b, "periods_named", f"{year}|{short}") or {}
    return [k for k in found.get("keys") or [] if isinstance(k, str)]


def _latest(b: Builder, kind: str, vendor_id: str) -> Any:
    """This answer's own entry first (several pupils in one answer), else the directory's."""
    for k, v, data in reversed(b.out.directory_entries):
        if k == kind and v == vendor_id:
            return data
    return b.ctx.directory.get(kind, vendor_id)
