"""The request of an envelope, as the parsers and snapshot scopes read it.

* The path loses its host, a leading ``/`` and the version prefix (``v2/``, ``v2.0/``), so
  ``https://api.dnevnik.ru/v2.0/edu-groups/1/persons``, ``/v2/edu-groups/1/persons`` and ``edu-groups/1/persons``
  are one endpoint.
* Path ids must be decimal ids (``users/me/...``: ``me``); ``{from}``, ``{to}`` and ``{date}`` may be ``yyyy-MM-dd``
  or a full ISO date-time and become the date (``2025-10-13`` and ``2025-10-13T00:00:00`` name one day, so
  ``.../2025-10-18T23:59:59`` and ``.../2025-10-18`` one scope).
* Query parameters complete them under the same names: ``startDate`` / ``fromDate`` / ``from`` -> ``from``,
  ``endDate`` / ``to`` -> ``to``; ``subject``, ``lesson`` and ``person`` ids (a feed's ``childPersonId``: ``person``).
Anything else is an error at ``/request``.
"""

from __future__ import annotations

import re
from datetime import date

from adapters.base import FieldError
from adapters.routing import Request

VERSION = re.compile(r"^(v2(\.0)?)(/|$)", re.IGNORECASE)
DAY = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})([T ][0-9:.]*)?(Z|[+-][0-9:]+)?$")
ID = re.compile(r"^[0-9]{1,20}$")
DATE_PARAMS = frozenset({"from", "to", "date"})
TEXT_PARAMS = frozenset({"type"})
QUERY_DATES = (("from", ("startDate", "fromDate", "from")), ("to", ("endDate", "to")))
# the query's ids: a feed names its child ``childPersonId`` (§7), the person its items are of
QUERY_IDS = (("subject", ("subject",)), ("lesson", ("lesson",)), ("person", ("person", "childPersonId")))


def strip_version(path: str) -> str:
    return VERSION.sub("", path.lstrip("/"), count=1)


def day(text: str) -> str | None:
    """The date a path or query value names, as ``YYYY-MM-DD``; None when it is not one."""
    found = DAY.match(text.strip())
    if not found:
        return None
    try:
        return date.fromisoformat(found[1]).isoformat()
    except ValueError:
        return None


def request_params(request: Request, path: dict[str, str]) -> dict[str, str] | FieldError:
    """The request's parameters, normalised (module docstring), or the error that says which one is wrong."""
    params: dict[str, str] = {}
    for name, value in path.items():
        found = _value(name, value)
        if found is None:
            return FieldError("/request", f"{{{name}}} {value!r} is not {_what(name)}")
        params[name] = found
    if not request.query:
        return params
    for name, aliases in QUERY_DATES:
        given = request.param(*aliases)
        if name not in params and given:
            found = day(given)
            if found is None:
                return FieldError("/request", f"the query's {name} date {given!r} is not a date (yyyy-MM-dd or an "
                                              "ISO date-time)")
            params[name] = found
    for name, aliases in QUERY_IDS:
        given = request.param(*aliases)
        if name not in params and given:
            if not ID.match(given):
                return FieldError("/request", f"the query's {name} {given!r} is not a decimal id")
            params[name] = str(int(given))
    return params


def _value(name: str, value: str) -> str | None:
    if name in DATE_PARAMS:
        return day(value)
    if name in TEXT_PARAMS:
        return value
    if name == "user" and value.lower() == "me":
        return "me"
    return str(int(value)) if ID.match(value) else None


def _what(name: str) -> str:
    if name in DATE_PARAMS:
        return "a date (yyyy-MM-dd or an ISO date-time)"
    return "a decimal id" + (" or me" if name == "user" else "")
