"""Where PostgreSQL's time goes, by statement: ``python -m bench.statement_times LOG [--top N]``.

Run a measurement with every statement's duration logged, e.g. ``PGOPTIONS="-c log_min_duration_statement=0"
python -m bench --only projection --engines postgres --events 100000`` (the server then writes a ``duration: X ms
statement|execute ...: SQL`` line per statement, in the file its ``log_destination`` names: on Debian
``/var/log/postgresql/postgresql-<version>-main.log``; empty it first), then sum that log here: the statements, with
numbers folded to ``N`` so one statement of several tables' versions or values counts once, by total time, their
count and their share of every logged statement's time. Durations are the server's wall time per statement, close
to its CPU on an unloaded machine; parse and bind messages are summed with their statement.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

DURATION = re.compile(r"duration: ([\d.]+) ms\s+(?:statement|execute [^:]*|parse [^:]*|bind [^:]*): (.*)")
NUMBER = re.compile(r"\d+")


def statement_times(lines: Iterable[str], width: int = 100) -> tuple[float, list[tuple[str, float, int]]]:
    """``(total ms, [(statement, ms, count)] by ms, descending, then by statement)`` of the log's ``duration:`` lines."""
    spent: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for line in lines:
        found = DURATION.search(line)
        if found:
            statement = NUMBER.sub("N", found[2][:width])
            spent[statement] += float(found[1])
            count[statement] += 1
    rows = sorted(((s, ms, count[s]) for s, ms in spent.items()), key=lambda row: (-row[1], row[0]))
    return sum(spent.values()), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path, help="the PostgreSQL server log")
    parser.add_argument("--top", type=int, default=20, help="statements printed (default 20)")
    args = parser.parse_args()
    with args.log.open(errors="replace") as lines:
        total, rows = statement_times(lines)
    print(f"{total:,.0f} ms in {sum(n for _, _, n in rows):,} statements")
    for statement, ms, n in rows[:args.top]:
        print(f"{ms:9,.0f} ms {100 * ms / total if total else 0:5.1f}% {n:7,d}  {statement}")


if __name__ == "__main__":
    main()
