"""``python -m bench.ingest_in_process`` must not rot: on a few thousand records it prints a run with events/s and
the CPU per event split by thread, and the steps measured alone (the figures themselves are not asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NUMBER = r"[\d,]+(?:\.\d+)?"

pytestmark = pytest.mark.slow


def test_ingest_in_process_prints_the_split_by_thread_and_the_steps_alone() -> None:
    done = subprocess.run([sys.executable, "-m", "bench.ingest_in_process", "--events", "3000", "--repeat", "1"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    printed = done.stdout
    assert done.returncode == 0, f"failed ({done.returncode}):\n{printed[-3000:]}\n{done.stderr[-3000:]}"
    run = re.search(rf"run 1: ({NUMBER}) events/s; CPU per event ({NUMBER}) us \((.*)\)", printed)
    assert run, printed
    assert float(run[1].replace(",", "")) > 0 and float(run[2]) > 0, printed
    assert re.search(rf"event loop ({NUMBER})", run[3]) and re.search(rf"log writer ({NUMBER})", run[3]), printed
    alone = re.search(rf"translate_batch ({NUMBER}) us, ledger entries ({NUMBER}) us, pickle both ways ({NUMBER}) us",
                      printed)
    assert alone and all(float(n) > 0 for n in alone.groups()), printed
    assert "events_appended" not in printed, "the hub's per-batch log lines drown the report"
