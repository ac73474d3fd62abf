"""The request envelope and endpoint routing every vendor adapter shares.

A sync job pulls a vendor's API and forwards each answer with the request that produced it:

    {"request": "GET /v2/edu-groups/1000004500007/persons", "body": <the answer as returned>}
    {"request": "getdiary?student=70123&days=20250901-20250914&rings=__yes", "body": {"response": {...}}}

``request`` is an optional HTTP method (default ``GET``) and the path with its query string; a full URL is fine
(the scheme and host are dropped). ``request_body`` (optional) is the JSON body of a POST; ``pulled_at``
(optional, ISO 8601 with offset) is when the job got the answer: the answer's ``Translation.as_of``, so an answer
pulled before what the hub holds changes nothing and deletes nothing, whatever the arrival order
(``hub.ingest.vendor_state``, ``hub.ingest.snapshots``); Dnevnik.ru also dates memberships and the weight changes of
a work-types answer by it (``adapters/dnevnik_ru/memberships.py`` and ``lessons.py``). Path and query
parameters give the context the body lacks (the school's group, the person, the date range).

Each adapter declares its endpoints in one ``RouteTable`` (its front page: ``adapters/<vendor>/routes.py``), the
way Singer and Airbyte connectors declare their streams: a path pattern with ``{name}`` placeholders, the parser
for its answer, the reference section it follows, and, when the answer is the complete set of some records for
the scope its parameters name, a ``Snapshot`` (a later answer to the same scope that lacks one of them means the
vendor deleted it); an answer also complete for a scope other requests fill names it in its translation
(``Translation.contains``, ``hub.ingest.containing``). Records that are not envelopes are left to the adapter's key-based detection (bare objects).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from adapters.base import FieldError

ENVELOPE_KEYS = frozenset({"request", "body", "request_body", "pulled_at"})
METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def is_envelope(record: Any) -> bool:
    """A request envelope: an object with ``request`` and ``body`` and nothing but envelope keys."""
    return isinstance(record, dict) and "request" in record and "body" in record and set(record) <= ENVELOPE_KEYS


@dataclass(frozen=True, slots=True)
class Request:
    """A vendor request as the sync job sent it, split into what routing and parsers need."""

    method: str
    path: str  # without scheme, host, version prefix (the adapter's ``strip``) or surrounding slashes
    query: Mapping[str, str]
    text: str  # as sent
    # The query by lower-cased name (the later of two names differing in case wins), built once: parsers ask often.
    lowered: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lowered", {key.lower(): value for key, value in self.query.items()})

    def param(self, *names: str) -> str | None:
        """The first of ``names`` present in the query (case-insensitive), else None."""
        lowered = self.lowered
        if lowered:
            for name in names:
                value = lowered.get(name.lower())
                if value is not None:
                    return value
        return None


def parse_request(text: Any, strip: Callable[[str], str] = lambda path: path,
                  example: str = "GET /v2/edu-groups/1/persons") -> Request | FieldError:
    """The ``request`` of an envelope, or the error that says what is wrong with it (pointer ``/request``; an empty
    one is explained with ``example``, a request of the adapter's own). The method, when given, is separated from the
    path by any white space."""
    if not isinstance(text, str) or not (stripped := text.strip()):
        return FieldError("/request", f"the request the answer came from, e.g. \"{example}\"")
    method, *after = stripped.split(None, 1)
    method, rest = method.upper(), after[0].strip() if after else ""
    if method not in METHODS or not rest:
        method, rest = "GET", stripped
    try:
        parts = urlsplit(rest)
    except ValueError as exc:  # e.g. an unmatched "[" in the host ("Invalid IPv6 URL")
        return FieldError("/request", f"the request is not a URL the hub can read ({exc}): {rest[:200]!r}")
    path = unquote(parts.path if (parts.scheme or parts.netloc) else rest.split("?", 1)[0])
    query = dict(parse_qsl(parts.query, keep_blank_values=True)) if parts.query else {}
    return Request(method, strip(path.strip("/")).strip("/"), query, text)


def pulled_at_of(envelope: Mapping[str, Any], example: str) -> datetime | FieldError | None:
    """The envelope's ``pulled_at`` as written (with or without an offset: without one it is the school's local
    time, which the adapter knows), None when absent, or the error at ``/pulled_at`` when it is no ISO 8601 date and
    time (``example`` shows one). Parsed once per record: adapters date memberships and reference-data changes by
    it, and it is the answer's ``Translation.as_of`` (the latest pull wins)."""
    text = envelope.get("pulled_at")
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return FieldError("/pulled_at", f"pulled_at is an ISO 8601 date and time, e.g. {example}")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An answer that is the complete set of some records for the scope its request names.

    ``families`` are the aggregate families it is complete for (``grade``, ``attendance``, ``homework``,
    ``lesson``, ``final_grade``...); ``scope`` the path and query parameters that name the scope (the request's
    other parameters, such as Elzhur's ``rings``, do not change which records it holds). A later answer to the same
    scope that lacks an aggregate an earlier one had means the vendor deleted it (``hub.ingest.snapshots``)."""

    families: frozenset[str]
    scope: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Route:
    pattern: str  # e.g. "edu-groups/{group}/persons" or "getdiary"
    parse: Callable[..., Any]  # the adapter's parser for the answer's body
    reference: str  # the reference section it follows, e.g. "dnevnik_ru §3.8"
    method: str = "GET"
    snapshot: Snapshot | None = None
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = [re.escape(part) for part in _PLACEHOLDER.split(self.pattern)]
        names = _PLACEHOLDER.findall(self.pattern)
        regex = "".join(p if i % 2 == 0 else f"(?P<{names[i // 2]}>[^/]+)" for i, p in enumerate(parts))
        object.__setattr__(self, "regex", re.compile(f"^{regex}$", re.IGNORECASE))

    def match(self, request: Request) -> dict[str, str] | None:
        if request.method != self.method:
            return None
        found = self.regex.match(request.path)
        return None if found is None else {k: unquote(v) if "%" in v else v for k, v in found.groupdict().items()}

    def scope_key(self, request: Request, params: Mapping[str, str]) -> str | None:
        """The snapshot scope this request names (``pattern|name=value|...``), None for a route without one."""
        if self.snapshot is None:
            return None
        values = [f"{name}={params.get(name) or request.param(name) or ''}" for name in self.snapshot.scope]
        return "|".join([self.pattern, *values])


class RouteTable:
    """An adapter's endpoints, first match wins; ``patterns()`` lists them for the coverage matrix and errors."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = tuple(routes)
        # A placeholder matches one path segment, so only routes with as many "/" as the path can match it, and
        # only those whose first segment is that of the path or a placeholder: the candidates per (method, "/"
        # count) and first segment (lowercase: routes match ignoring case), in table order; under None, the
        # routes whose first segment is a placeholder (all a path with an unknown first segment can match).
        self._candidates: dict[tuple[str, int], dict[str | None, list[Route]]] = {}
        for route in self.routes:
            first = route.pattern.split("/", 1)[0]
            by_first = self._candidates.setdefault((route.method, route.pattern.count("/")), {None: []})
            if _PLACEHOLDER.search(first):
                for candidates in by_first.values():
                    candidates.append(route)
            else:
                by_first.setdefault(first.lower(), list(by_first[None])).append(route)

    def match(self, request: Request) -> tuple[Route, dict[str, str]] | None:
        by_first = self._candidates.get((request.method, request.path.count("/")))
        if by_first is None:
            return None
        first = request.path.split("/", 1)[0].lower()
        for route in by_first.get(first, by_first[None]):
            params = route.match(request)
            if params is not None:
                return route, params
        return None

    def patterns(self) -> list[str]:
        return [f"{route.method} {route.pattern}" for route in self.routes]

    def unknown(self, request: Request) -> FieldError:
        return FieldError("/request", f"no endpoint {request.method} {request.path!r} in this adapter's routing "
                                      "table (the README's vendor section and contracts/<vendor>/COVERAGE.md list "
                                      "them)")
