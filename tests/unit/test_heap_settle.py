"""``hub.heap.settle``: the start-up heap frozen and the young generation's threshold set, as ``hub serve`` and
``hub project`` call it (in a process of its own: a frozen heap is never freed, so never in the test process)."""

from __future__ import annotations

import json
import subprocess
import sys

from hub.config import Settings

PROBE = """
import gc, json, sys
from hub import heap
older = gc.get_threshold()[1:]
heap.settle(int(sys.argv[1]))
print(json.dumps({"threshold": gc.get_threshold(), "older": older, "frozen": gc.get_freeze_count()}))
"""


def settled(gen0: int) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, str(gen0)], capture_output=True, text=True, timeout=60,
                          check=True)
    return json.loads(done.stdout)


def test_settle_freezes_the_start_up_heap_and_sets_only_the_young_generations_threshold():
    found = settled(12_345)
    assert found["threshold"] == [12_345, *found["older"]]
    assert found["frozen"] > 1_000  # the modules and what they built


def test_the_setting_defaults_to_fifty_thousand_and_reads_its_variable(monkeypatch):
    monkeypatch.delenv("HUB_GC_GEN0_THRESHOLD", raising=False)
    assert Settings().gc_gen0_threshold == 50_000
    monkeypatch.setenv("HUB_GC_GEN0_THRESHOLD", "700")
    assert Settings().gc_gen0_threshold == 700
