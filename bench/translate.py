"""Adapter translation throughput per vendor: ``python -m bench.translate`` (``make bench`` runs it after the rest).

The records are each adapter's golden contract inputs (``contracts/<adapter>/golden``), translated over and over in
one process for ``--seconds`` each: the CPU cost of validation and translation alone, without ingest, log or HTTP.
Reference data the cases register (work types, class memberships) is collected first, so no record parks; the
sightings of a pupil (``adapters/dnevnik_ru/arrival.py``, ``adapters/elzhur/reread.py``) are not reference data but
the answers' own history, and are left out: with them every pass would read the cases as answers delivered late
(pulled before sightings already held) and re-read each pupil's answers, which a sync job meets only on retries
and backfills (``--with-sightings`` measures that: about half the Elzhur throughput).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from adapters.base import TranslationContext
from adapters.registry import all_adapters
from contracts.suite import load_cases
from hub import clock

SCHOOL = "sch-bench"


class Directory:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}

    def get(self, kind: str, vendor_id: str) -> dict[str, Any] | None:
        return self.entries.get((kind, str(vendor_id)))


SIGHTINGS = ("arrival", "arrival_seen", "arrival_parent", "arrival_envelope")  # a pupil's answers, kept (module doc)


def measure(adapter_name: str, seconds: float, with_sightings: bool = False) -> dict[str, float]:
    adapter = all_adapters()[adapter_name]
    inputs = [_without_school(case.input) for case in load_cases(adapter_name, "golden")]
    directory = Directory()
    ctx = TranslationContext("bench", clock.now(), school_id=SCHOOL, directory=directory)
    for record in inputs:  # collect the reference data the cases carry
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in adapter.translate(record, ctx).directory_entries
                                  if with_sightings or k not in SIGHTINGS})
    records = events = 0
    started = time.perf_counter()
    cpu = time.process_time()
    while time.perf_counter() - started < seconds:
        for record in inputs:
            events += len(adapter.translate(record, ctx).events)
        records += len(inputs)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"records_per_s": records / wall, "events_per_s": events / wall, "cpu_us_per_record": cpu / records * 1e6,
            "cases": len(inputs), "events_per_record": events / records}


def _without_school(record: Any) -> Any:
    if isinstance(record, dict) and "school_id" in record and "type" not in record:  # vendor stand-in, not native
        return {k: v for k, v in record.items() if k != "school_id"}
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.translate", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per adapter (default 3)")
    parser.add_argument("--with-sightings", action="store_true",
                        help="keep the pupils' sightings: every pass reads the cases as answers delivered late")
    args = parser.parse_args(argv)
    late = ", as answers delivered late" if args.with_sightings else ""
    print(f"== Adapter translation (golden contract inputs, {args.seconds:.0f} s each, one process{late}) ==")
    for name in sorted(all_adapters()):
        r = measure(name, args.seconds, args.with_sightings)
        print(f"  {name:<11} {r['records_per_s']:>9,.0f} records/s  {r['events_per_s']:>9,.0f} events/s  "
              f"{r['cpu_us_per_record']:>6.1f} us CPU per record  ({r['cases']} cases, "
              f"{r['events_per_record']:.1f} events per record)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
