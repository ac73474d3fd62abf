"""``hub contracts check ADAPTER FILE``: what the ingest API would say about each record in a file, offline.

The file holds a JSON array of records, a single JSON object (one record), or JSON Lines (one record per line).
It is parsed with orjson like the API, and each record is translated by the adapter exactly as ``POST
/v1/ingest/{adapter}`` does, so the per-record errors are the API's (same pointers, same messages; a JSON Lines
line that is not JSON gets the API's ``line N is not valid JSON``). Not checked offline: whether the client may
write to the school, and whether the log already holds a record (the API's ``duplicate``); repeats inside the
file are reported as duplicates, as the API does within one batch.

The CLI wiring calls ``check_file`` and prints ``format_results``; ``exit_code`` is 0 when every record passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from adapters.base import TranslationContext
from adapters.registry import all_adapters
from hub import clock
from hub.events.envelope import encode

ACCEPTED, DUPLICATE, REJECTED, PARKED = "accepted", "duplicate", "rejected", "parked"
CLIENT_ID = "contracts-check"


class CheckError(Exception):
    """The file as a whole cannot be checked (unknown adapter, unreadable, no records)."""


@dataclass(slots=True)
class RecordResult:
    index: int  # 0-based position in the batch, as in the API's results
    line: int | None  # 1-based line in the file (JSON Lines only)
    status: str = ACCEPTED
    errors: list[dict[str, str]] = field(default_factory=list)  # {"pointer", "message"}, as the API returns them
    events: list[dict[str, Any]] = field(default_factory=list)  # the canonical events, as the log would store them

    @property
    def ok(self) -> bool:
        return self.status != REJECTED

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"index": self.index, "status": self.status}
        if self.line is not None:
            body["line"] = self.line
        if self.status == PARKED:
            body["waiting_for"] = self.errors
        else:
            body.update({"errors": self.errors} if self.status == REJECTED else {"events": self.events})
        return body


_BAD_LINE = object()


def read_records(path: Path | str) -> list[tuple[int | None, Any]]:
    """(line number or None, record) for each record in the file; a JSON Lines line that is not JSON is kept as a
    placeholder so it is reported in place."""
    try:
        body = Path(path).read_bytes()
    except OSError as exc:
        raise CheckError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        whole, problem = orjson.loads(body), None
    except orjson.JSONDecodeError as exc:
        whole, problem = _BAD_LINE, str(exc)
    if isinstance(whole, list):
        records: list[tuple[int | None, Any]] = [(None, r) for r in whole]
    elif whole is not _BAD_LINE:
        records = [(None, whole)]
    elif body.lstrip().startswith(b"["):
        raise CheckError(f"{path} is not valid JSON: {problem}")
    else:
        records = [(n, _parse_line(line)) for n, line in enumerate(body.splitlines(), 1) if line.strip()]
        if len(records) > 1 and all(r is _BAD_LINE for _, r in records):
            raise CheckError(f"{path} is neither JSON nor JSON Lines: {problem}")
    if not records:
        raise CheckError(f"{path} has no records")
    return records


def _parse_line(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return _BAD_LINE


class FileDirectory:
    """Offline stand-in for the hub's directory: what earlier records of the same file registered."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}

    def get(self, kind: str, vendor_id: str) -> dict[str, Any] | None:
        return self.entries.get((kind, str(vendor_id)))


def check_records(adapter_name: str, records: list[tuple[int | None, Any]],
                  school_id: str | None = None) -> list[RecordResult]:
    adapter = all_adapters().get(adapter_name)
    if adapter is None:
        raise CheckError(f"no adapter {adapter_name!r}; known: {', '.join(sorted(all_adapters()))}")
    directory = FileDirectory()
    ctx = TranslationContext(CLIENT_ID, clock.now(), school_id=school_id, directory=directory)
    results, seen = [], set()
    for index, (line, record) in enumerate(records):
        result = RecordResult(index, line)
        results.append(result)
        if record is _BAD_LINE:  # the API translates None, then replaces the errors with this one
            result.status, result.errors = REJECTED, [{"pointer": "", "message": f"line {line} is not valid JSON"}]
            continue
        translation = adapter.translate(record, ctx)
        if translation.errors:
            result.status, result.errors = REJECTED, [e.as_dict() for e in translation.errors]
            continue
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
        if translation.missing:  # the hub may know it already; offline we can only say what it waits for
            result.status = PARKED
            result.errors = [{"pointer": m.pointer, "message": f"waits for {m.kind} {m.vendor_id} (parked by the "
                              "hub until it arrives, unless the hub already has it)"} for m in translation.missing]
            continue
        for event in translation.events:
            if event.event_id in seen:
                result.status = DUPLICATE
            seen.add(event.event_id)
            result.events.append(orjson.loads(encode(event)))
    return results


def check_file(adapter_name: str, path: Path | str, school_id: str | None = None) -> list[RecordResult]:
    """Per-record results for every record in the file, in file order. Raises ``CheckError`` for the file."""
    return check_records(adapter_name, read_records(path), school_id)


def format_results(results: list[RecordResult], verbose: bool = False) -> str:
    """Printing-ready text: one block per record (errors as ``pointer: message``), then a summary line.

    ``verbose`` also prints each accepted record's events as JSON.
    """
    lines = []
    for r in results:
        where = f"record {r.index + 1}" + (f" (line {r.line})" if r.line is not None else "")
        if r.status in (REJECTED, PARKED):
            lines.append(f"{where}: {r.status.upper()}")
            lines.extend(f"  {_show(e['pointer']) or '(record)'}: {_show(e['message'])}" for e in r.errors)
            continue
        summary = ", ".join(f"{e['type']} v{e['schema_version']} {e['event_id']}" for e in r.events)
        lines.append(f"{where}: {'OK' if r.status == ACCEPTED else 'DUPLICATE of an earlier record'}: {summary}")
        if verbose:
            lines.extend("  " + orjson.dumps(e, option=orjson.OPT_SORT_KEYS).decode() for e in r.events)
    counts = {s: sum(r.status == s for r in results) for s in (ACCEPTED, DUPLICATE, REJECTED, PARKED)}
    lines.append(f"{len(results)} record(s): {counts[ACCEPTED]} accepted, {counts[DUPLICATE]} duplicate, "
                 f"{counts[REJECTED]} rejected, {counts[PARKED]} parked")
    return "\n".join(lines) + "\n"


def _show(text: str, limit: int = 300) -> str:
    """Printable on any terminal: lone surrogates escaped, very long pointers or messages cut."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def exit_code(results: list[RecordResult]) -> int:
    return 0 if all(r.ok for r in results) else 1


def results_json(results: list[RecordResult]) -> str:
    """The results as JSON (for ``--json``), shaped like the API's ``results``."""
    return orjson.dumps([r.as_dict() for r in results], option=orjson.OPT_INDENT_2).decode() + "\n"
