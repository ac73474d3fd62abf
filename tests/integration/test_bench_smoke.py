"""The benchmark must not rot: ``python -m bench --quick`` on the embedded engines prints a figure for every section.

It runs the real thing (a ``hub serve`` process, the load generator, raw appends, the projector) on a few thousand
events; the figures themselves are not asserted (a shared 2-core machine makes them noisy), only that each section
produced a number and that the JSON report agrees.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NUMBER = r"[\d,]+(?:\.\d+)?"

pytestmark = pytest.mark.slow


def test_quick_bench_prints_every_figure(tmp_path: Path) -> None:
    results = tmp_path / "bench.json"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--events", "5000", "--engines", "embedded,sqlite",
         "--json", str(results)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    elapsed = time.monotonic() - started
    printed = done.stdout
    assert done.returncode == 0, f"bench failed ({done.returncode}):\n{printed[-3000:]}\n{done.stderr[-3000:]}"
    assert elapsed < 30, f"the quick bench took {elapsed:.1f} s (must stay under 30 s)"

    for pattern in (
        r"nproc \d+ .*CPU ",  # the machine
        r"versions: python 3\.\d+",
        r"events per section: 5,000",  # the parameters
        rf"\[1\] ingest\s+embedded .*?\s({NUMBER}) events/s\s+(PASS|MISS)",
        rf"\[2\] append\s+embedded .*?\s({NUMBER}) events/s",
        rf"\[2c\] limit\s+embedded .*?\s({NUMBER}) events/s",
        rf"\[2\] ratio\s+embedded\s+ingest/stack limit = ({NUMBER})\s+(PASS|MISS)",
        rf"\[2\] ratio\s+embedded\s+ingest/raw append = ({NUMBER})",
        rf"\[3\] project\s+sqlite .*?\s({NUMBER}) events/s",
        rf"\[4\] memory\s+API process \(embedded log\)\s+({NUMBER}) MiB",
        rf"\[4\] memory\s+bench process .*?\s({NUMBER}) MiB",
        r"(PASS|MISS)\s+ingest, embedded log, HTTP API",
    ):
        match = re.search(pattern, printed)
        assert match, f"the report lacks {pattern!r}:\n{printed}"
        numbers = [g for g in match.groups() if g and g[0].isdigit()]
        assert all(float(n.replace(",", "")) > 0 for n in numbers), f"{pattern!r} printed a zero:\n{printed}"

    data = json.loads(results.read_text())
    assert data["ingest"]["embedded"]["events"] == 4500  # 10 batches of 500, one of them the warm-up
    assert data["ingest"]["embedded"]["rejected"] == 0
    assert data["stack_limit"]["events"] == 4500
    assert data["append"]["embedded"]["events"] == 4500
    assert data["projection"]["sqlite"]["events"] == 5000
    # the projector runs in a process of its own: its CPU and its memory are its own
    assert data["projection"]["sqlite"]["cpu_us_per_event"]["projector"] > 0
    rss_start, rss_peak = data["projection"]["sqlite"]["projector_rss_mib"]
    assert 0 < rss_start <= rss_peak
    assert data["memory"]["api_peak_rss_mib"]["embedded"] > 0
    assert {row["name"] for row in data["targets"]} == {"ingest, embedded log, HTTP API", "ingest, API CPU per event",
                                                        "ingest / stack limit, embedded log"}
