"""``hub schemas impact EVENT_TYPE [--to-version N] [--json]``: before a deploy, what the upcasters and the
target version's model make of every past event of one type in the log, per vendor.

1. Open the configured log (``HUB_LOG_URL``) and take its high watermarks: the report covers everything appended
   before that moment (a running hub may append more meanwhile; run it again to include them).
2. Read every partition from offset 0, in pages; other types are skipped by the record header, undecoded.
3. For each event: decode it as written, bring it to the target version (default: the latest) with
   ``hub.events.upcasting`` (``upcast``, or ``downcast`` for an older target: "could we roll back?"), and
   validate the result against the target version's model, as the edge validates a record.
4. Count per vendor (the envelope's ``source.system``): ``unchanged`` (already at the target version, valid),
   ``changed`` (written in another version; converts to valid target data, which is what readers will get),
   ``failed`` (no conversion, or an invalid result). Changed events are also counted per field that changes and
   per distinct change (field, value before, value after: the most frequent are shown, to check the upcaster's
   mapping by eye); the first few failures of each vendor are kept: position, event id, version written, every
   error as pointer + message.
5. Print a table, or ``--json``. Exit code 0 when nothing would fail, 1 when something would, 2 when the report
   could not be made (unknown type or version, no log).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from hub.config import Settings, parse_log_url

if TYPE_CHECKING:  # the models load on use: ``hub.cli`` imports this module for every command
    from hub.events.envelope import LoggedEvent
    from hub.log.port import EventLog, Position

UNCHANGED, CHANGED, FAILED = "unchanged", "changed", "failed"
PAGE = 2_000
EXAMPLES = 5
ABSENT = "(absent)"
DISTINCT_CHANGES = 1_000  # distinct (field, before, after) kept per vendor; beyond, only the field counts grow


@dataclass(frozen=True, slots=True)
class Failure:
    position: str
    event_id: str
    written_version: int
    errors: list[dict[str, str]]  # {pointer (into the event), message}

    def as_dict(self) -> dict[str, Any]:
        return {"position": self.position, "event_id": self.event_id, "written_version": self.written_version,
                "errors": self.errors}


@dataclass
class VendorImpact:
    counts: Counter = field(default_factory=Counter)
    changed_fields: Counter = field(default_factory=Counter)  # "/data/<field>" -> changed events
    changes: Counter = field(default_factory=Counter)  # (field, before, after) as compact JSON -> events
    failures: list[Failure] = field(default_factory=list)  # the first few

    def most_frequent_changes(self, limit: int) -> list[dict[str, Any]]:
        """``{pointer, before, after, events}``, the most frequent first; ``before``/``after`` left out when absent."""
        return [{"pointer": p, **_values(before=b, after=a), "events": n}
                for (p, b, a), n in self.changes.most_common(limit)]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_dict(self, limit: int = EXAMPLES) -> dict[str, Any]:
        return {"total": self.total, **{k: self.counts[k] for k in (UNCHANGED, CHANGED, FAILED)},
                "changed_fields": dict(sorted(self.changed_fields.items())),
                "most_frequent_changes": self.most_frequent_changes(limit),
                "failures": [f.as_dict() for f in self.failures]}


@dataclass
class ImpactReport:
    event_type: str
    target_version: int
    latest_version: int
    read_up_to: dict[int, int]  # partition -> the high watermark the report stops at
    examples: int = EXAMPLES  # failures and changes shown per vendor
    events_read: int = 0
    seconds: float = 0.0
    vendors: dict[str, VendorImpact] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(v.counts[FAILED] for v in self.vendors.values())

    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def as_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "target_version": self.target_version,
                "latest_version": self.latest_version,
                "read_up_to": {str(p): o for p, o in sorted(self.read_up_to.items())},
                "events_read": self.events_read, "seconds": round(self.seconds, 3),
                "vendors": {name: v.as_dict(self.examples) for name, v in sorted(self.vendors.items())},
                "all": _overall(self.vendors.values()).as_dict(self.examples)}


Change = tuple[str, str, str]  # (pointer, value before, value after), values as compact JSON
Assessment = tuple[str, list[Change], list[dict[str, str]]]  # (outcome, changes, errors)


def assessor(event_type: str, target: int) -> Callable[[LoggedEvent], Assessment]:
    """Step 3 for events of ``event_type``: ``assess(event as written)`` -> (outcome, changes, errors)."""
    from pydantic import ValidationError

    from adapters.base import errors_from_validation
    from hub.events.registry import model_for
    from hub.events.upcasting import downcast, upcast

    model = model_for(event_type, target)

    def assess(event: LoggedEvent) -> Assessment:
        written = event.schema_version
        try:
            if target >= written:
                data: dict[str, Any] | None = upcast(event_type, written, event.data, target)[1]
            else:
                data = downcast(event_type, written, event.data, target)
        except Exception as exc:  # noqa: BLE001 - an upcaster bug is exactly what this report must find
            return FAILED, [], [{"pointer": "/data", "message": f"the upcaster raised {type(exc).__name__}: {exc}"}]
        if data is None:
            return FAILED, [], [{"pointer": "/data", "message": f"v{written} data has no exact v{target} form (it "
                                                                f"says something v{target} cannot)"}]
        try:
            model.model_validate(data)
        except ValidationError as exc:
            return FAILED, [], [e.as_dict() for e in errors_from_validation(exc, prefix=("data",))]
        if written == target:
            return UNCHANGED, [], []
        old = event.data
        changed = [k for k, v in data.items() if old.get(k, ...) != v] + [k for k in old if k not in data]
        return CHANGED, [(f"/data/{k}", _json(old.get(k, ...)), _json(data.get(k, ...))) for k in sorted(changed)], []

    return assess


async def impact(log: EventLog, event_type: str, target: int, examples: int = EXAMPLES,
                 page: int = PAGE) -> ImpactReport:
    """Steps 1-4 on a started log."""
    from hub.events.envelope import decode_as_written
    from hub.events.registry import latest_version

    assess = assessor(event_type, target)
    started = time.monotonic()
    report = ImpactReport(event_type, target, latest_version(event_type), await log.high_watermarks(), examples)
    for partition, end in sorted(report.read_up_to.items()):
        offset = 0
        while offset < end:
            records = await log.read(partition, offset, min(page, end - offset))
            if not records:
                break
            for record in records:
                if record.type == event_type:
                    event = decode_as_written(record.value)
                    _count(report, record.position, event, assess(event))
            report.events_read += len(records)
            offset = records[-1].position.offset + 1
    report.seconds = time.monotonic() - started
    return report


def _count(report: ImpactReport, position: Position, event: LoggedEvent, assessment: Assessment) -> None:
    outcome, changes, errors = assessment
    name = str(event.source.get("system") or "(no source system)")
    vendor = report.vendors.get(name) or report.vendors.setdefault(name, VendorImpact())
    vendor.counts[outcome] += 1
    for change in changes:
        vendor.changed_fields[change[0]] += 1
        if change in vendor.changes or len(vendor.changes) < DISTINCT_CHANGES:
            vendor.changes[change] += 1
    if outcome == FAILED and len(vendor.failures) < report.examples:
        vendor.failures.append(Failure(str(position), event.event_id, event.schema_version, errors))


def _overall(vendors: Any) -> VendorImpact:
    total = VendorImpact()
    for vendor in vendors:
        total.counts.update(vendor.counts)
        total.changed_fields.update(vendor.changed_fields)
        total.changes.update(vendor.changes)
    return total


def _json(value: Any) -> str:
    return ABSENT if value is ... else orjson.dumps(value).decode()


def _values(**texts: str) -> dict[str, Any]:
    return {name: orjson.loads(text) for name, text in texts.items() if text != ABSENT}


def format_report(report: ImpactReport) -> str:
    latest = report.latest_version
    marks = ", ".join(f"{p}:{o}" for p, o in sorted(report.read_up_to.items()) if o) or "nothing"
    lines = [f"{report.event_type} read as v{report.target_version}" + (" (latest)" if report.target_version == latest
                                                                         else f" (latest: v{latest})"),
             f"{report.events_read:,} event(s) read in {report.seconds:.1f} s from {len(report.read_up_to)} "
             f"partition(s), up to {marks} (partition:offset; empty partitions not shown)", ""]
    rows = [(name, v) for name, v in sorted(report.vendors.items())] + [("all", _overall(report.vendors.values()))]
    lines.append(f"{'vendor':<14}{'total':>9}{UNCHANGED:>11}{CHANGED:>9}{FAILED:>8}")
    lines += [f"{name:<14}{v.total:>9,}{v.counts[UNCHANGED]:>11,}{v.counts[CHANGED]:>9,}{v.counts[FAILED]:>8,}"
              for name, v in rows]
    changed = rows[-1][1].changed_fields
    if changed:
        lines += ["", "changed fields: " + ", ".join(f"{f} {n:,}" for f, n in sorted(changed.items()))]
    for name, vendor in rows[:-1]:
        if vendor.changes:
            lines += ["", f"{name}: most frequent changes ({len(vendor.changes):,} distinct)"]
            lines += [f"  {n:>7,}  {pointer}: {before} -> {after}"
                      for (pointer, before, after), n in vendor.changes.most_common(report.examples)]
        if vendor.failures:
            lines += ["", f"{name}: first {len(vendor.failures)} of {vendor.counts[FAILED]:,} failure(s)"]
            for failure in vendor.failures:
                lines.append(f"  {failure.position} event {failure.event_id} (written as v{failure.written_version})")
                lines += [f"    {e['pointer'] or '(event)'}: {e['message']}" for e in failure.errors]
    verdict = (f"{report.failed:,} event(s) would fail: fix the upcaster or the model before deploying"
               if report.failed else "nothing would fail")
    return "\n".join([*lines, "", verdict]) + "\n"


# --- the command ------------------------------------------------------------------------------------------------

def add_command(schemas: Any) -> None:
    """``hub schemas impact``, on the ``schemas`` sub-parsers of ``hub.cli``."""
    command = schemas.add_parser("impact", help="replay the log through the upcasters and the target version's "
                                                "model: per vendor, what would change or fail")
    command.add_argument("event_type", help="e.g. grade.recorded")
    command.add_argument("--to-version", type=int, help="the version to read events as (default: the latest)")
    command.add_argument("--examples", type=int, default=EXAMPLES,
                         help="failures and most frequent changes shown per vendor (default 5)")
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.set_defaults(run=run_command)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    from hub.events.registry import EVENT_MODELS
    from hub.log.port import LogUnavailable

    versions = EVENT_MODELS.get(args.event_type)
    if versions is None:
        return _usage(f"unknown event type {args.event_type!r}; known: {', '.join(sorted(EVENT_MODELS))}")
    target = max(versions) if args.to_version is None else args.to_version
    if target not in versions:
        return _usage(f"{args.event_type} has no version {target}; published: {', '.join(map(str, sorted(versions)))}")
    url = parse_log_url(settings.effective_log_url)
    if url.kind == "sqlite" and not Path(url.path).is_file():
        return _usage(f"no event log at {url.path} (HUB_LOG_URL / HUB_DATA_DIR)")
    try:
        report = asyncio.run(_run(settings, args.event_type, target, max(args.examples, 0)))
    except LogUnavailable as exc:
        return _usage(f"the log is unavailable: {exc}")
    sys.stdout.write(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n" if args.json
                     else format_report(report))
    return report.exit_code()


async def _run(settings: Settings, event_type: str, target: int, examples: int) -> ImpactReport:
    from hub.log.factory import open_log

    log = open_log(settings)
    await log.start()
    try:
        return await impact(log, event_type, target, examples)
    finally:
        await log.close()


def _usage(message: str) -> int:
    print(f"hub: {message}", file=sys.stderr)
    return 2
