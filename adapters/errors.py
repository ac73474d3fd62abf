"""How an adapter reports a problem: a ``FieldError`` at a JSON Pointer (RFC 6901) into the record as submitted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError


@dataclass(frozen=True, slots=True)
class FieldError:
    pointer: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"pointer": self.pointer, "message": self.message}


def pointer(*parts: Any) -> str:
    """Build a JSON Pointer from path parts, escaping ``~`` and ``/`` as RFC 6901 requires."""
    texts = [str(p) for p in parts]
    joined = "/".join(texts)
    if "~" not in joined and joined.count("/") == len(texts) - 1:  # nothing to escape (adapters call this a lot)
        return "/" + joined if texts else ""
    return "".join("/" + text.replace("~", "~0").replace("/", "~1") for text in texts)


def errors_from_validation(exc: ValidationError, prefix: Sequence[Any] = ()) -> list[FieldError]:
    """Every pydantic error as a FieldError, pointer relative to the submitted record."""
    found = []
    for err in exc.errors(include_url=False):
        loc = err["loc"]
        keyed = err["type"] in ("extra_forbidden", "missing")  # the last part is then a key, never a union tag
        location = [p for i, p in enumerate(loc) if not _is_union_tag(p) or (keyed and i == len(loc) - 1)]
        message = err["msg"].removeprefix("Value error, ")
        found.append(FieldError(pointer(*prefix, *location), message))
    return found


def _is_union_tag(part: Any) -> bool:
    # pydantic inserts the member name of a union into ``loc`` (e.g. 'function-after[...]', 'str'); drop those.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "list", "dict"})
