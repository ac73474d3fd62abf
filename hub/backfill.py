"""``hub import ADAPTER PATH``: bring a school's past years into the hub through the same adapter and ingest path.

1. List the files: PATH itself, or every ``*.json`` / ``*.jsonl`` / ``*.ndjson`` under a folder, in name order.
2. Stream each file's records (JSON Lines line by line; a JSON array or a single object whole) in batches.
3. Ingest each batch with ``IngestService`` exactly as the API would for a client bound to the adapter and school.
4. After each batch, write the checkpoint (records done per file) atomically. Interrupted, a rerun skips what the
   checkpoint says is done; anything re-sent after a crash between steps 3 and 4 comes back as a duplicate.
5. Print progress on stderr and a final summary; rejected records go to ``<checkpoint>.rejected.jsonl`` with
   their file, record number and errors.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from adapters.base import Adapter
from hub.ingest.service import Client, IngestService

SUFFIXES = (".json", ".jsonl", ".ndjson")


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    skipped: int = 0  # records a previous run had already done
    files: int = 0
    seconds: float = 0.0
    rejected_file: Path | None = None

    def line(self) -> str:
        c = self.counts
        return (f"{sum(c.values())} record(s) in {self.files} file(s): {c['accepted']} accepted, {c['duplicate']} "
                f"duplicate, {c['rejected']} rejected, {c['parked']} parked; {self.skipped} skipped (done before); "
                f"{self.seconds:.1f} s")


def files_under(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    return [path]


def records_of(path: Path) -> Iterator[Any]:
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield _parse(line, f"{path}:{number}")
        return
    body = _parse(path.read_bytes(), str(path))
    yield from (body if isinstance(body, list) else [body])


def _parse(text: bytes, where: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return {"__not_json__": f"{where} is not valid JSON: {exc}"}


def checkpoint_path(data_dir: Path, adapter: str, school: str, source: Path) -> Path:
    key = hashlib.sha256(f"{adapter}\x1f{school}\x1f{source.resolve()}".encode()).hexdigest()[:16]
    return data_dir / "imports" / f"{adapter}-{school}-{key}.json"


async def run_import(ingest: IngestService, adapter: Adapter, source: Path, school: str, checkpoint: Path,
                     batch: int = 500, stop_after_batches: int | None = None, progress: bool = True) -> ImportSummary:
    done: dict[str, int] = orjson.loads(checkpoint.read_bytes()) if checkpoint.exists() else {}
    client = Client(f"import:{adapter.name}", adapter.name, frozenset({school}))
    summary, batches = ImportSummary(rejected_file=checkpoint.with_suffix(".rejected.jsonl")), 0
    started = time.monotonic()
    checkpoint.parent.mkdir(parents=True, exist_ok=True)
    for path in files_under(source):
        summary.files += 1
        offset = done.get(str(path), 0)
        summary.skipped += offset
        for chunk_start, chunk in _chunks(records_of(path), batch, offset):
            report = await ingest.ingest(client, adapter, [_bare(r) for r in chunk], False, school)
            summary.counts.update(r.status for r in report.results)
            _write_rejections(summary.rejected_file, path, chunk_start, chunk, report)
            done[str(path)] = chunk_start + len(chunk)
            _save(checkpoint, done)
            batches += 1
            if progress:
                _show(summary, started)
            if stop_after_batches is not None and batches >= stop_after_batches:
                summary.seconds = time.monotonic() - started
                return summary
    summary.seconds = time.monotonic() - started
    if progress:
        print(file=sys.stderr)
    return summary


def _chunks(records: Iterator[Any], size: int, skip: int) -> Iterator[tuple[int, list[Any]]]:
    chunk, start = [], skip
    for number, record in enumerate(records):
        if number < skip:
            continue
        chunk.append(record)
        if len(chunk) == size:
            yield start, chunk
            start, chunk = start + len(chunk), []
    if chunk:
        yield start, chunk


def _bare(record: Any) -> Any:
    return None if isinstance(record, dict) and "__not_json__" in record else record


def _write_rejections(target: Path, path: Path, start: int, chunk: list[Any], report) -> None:  # noqa: ANN001
    rejected = [r for r in report.results if r.status == "rejected"]
    if rejected:
        with target.open("ab") as out:
            for r in rejected:
                original = chunk[r.index]
                errors = ([{"pointer": "", "message": original["__not_json__"]}] if _bare(original) is None
                          and isinstance(original, dict) else [e.as_dict() for e in r.errors])
                out.write(orjson.dumps({"file": str(path), "record": start + r.index + 1, "errors": errors}) + b"\n")


def _save(checkpoint: Path, done: dict[str, int]) -> None:
    scratch = checkpoint.with_suffix(".tmp")
    scratch.write_bytes(orjson.dumps(done))
    scratch.replace(checkpoint)  # atomic: a crash leaves the old or the new checkpoint, never half of one


def _show(summary: ImportSummary, started: float) -> None:
    total = sum(summary.counts.values())
    rate = total / max(time.monotonic() - started, 1e-6)
    c = summary.counts
    print(f"\r{total} records ({rate:,.0f}/s): {c['accepted']} accepted, {c['duplicate']} duplicate, "
          f"{c['rejected']} rejected, {c['parked']} parked", end="", file=sys.stderr, flush=True)
