"""What the read API accepts in a path or a query string, checked before anything is read (README: "Parameters").

* **Ids** (``check_ids``, run by every read route's reader dependency, after the token): an id the hub can hold
  matches ``hub.events.types.ID_PATTERN`` and has at most 128 characters. Anything else (a NUL, a space, a
  slash...) names nothing: in the path it is ``404 <what> not found`` (the answer for an unknown one), in the query
  (``school``, ``student``, ``period``, ``subject``) ``422 invalid_request`` with a pointer (the answer for any
  other malformed parameter). So no database ever sees text it cannot compare (PostgreSQL refuses a NUL).
* **Dates and times** (``ApiDate`` for ``YYYY-MM-DD`` parameters, ``hub.dates.check_day`` for ISO weeks and
  times with an offset): the hub's calendar, years 1900..2199 (``hub.dates``); anything else is 422.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import Request
from pydantic import AfterValidator

from hub.api.errors import ApiError, not_found
from hub.dates import check_day
from hub.events.types import ID_PATTERN

MAX_ID_LENGTH = 128
_ID = re.compile(ID_PATTERN)
PATH_IDS = {"student_id": "student", "subject_id": "subject", "class_id": "class", "school_id": "school",
            "grade_id": "grade", "batch_id": "record"}
QUERY_IDS = ("school", "student", "period", "subject")


def is_id(text: str) -> bool:
    return len(text) <= MAX_ID_LENGTH and _ID.fullmatch(text) is not None


def check_ids(request: Request) -> None:
    """404 for a path id, 422 for a query id, that no id the hub holds can be (see the module docstring)."""
    for name, what in PATH_IDS.items():
        value = request.path_params.get(name)
        if isinstance(value, str) and not is_id(value):
            raise not_found(what)
    for name in QUERY_IDS:
        for value in request.query_params.getlist(name):
            if not is_id(value):
                message = (f"{value[:200]!r} is not an id (letters, digits and ._:@~-, at most {MAX_ID_LENGTH} "
                           f"characters)")
                raise ApiError(422, "invalid_request", "the request's parameters are invalid",
                               details=[{"pointer": f"/query/{name}", "message": message}])


ApiDate = Annotated[dt.date, AfterValidator(check_day)]
