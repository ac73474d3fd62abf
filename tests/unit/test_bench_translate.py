"""The adapter-translation benchmark runs for every adapter and measures real translations (nothing parks)."""

from __future__ import annotations

from adapters.registry import all_adapters
from bench.translate import measure


def test_every_adapter_translates_its_golden_inputs_in_the_benchmark():
    for name in all_adapters():
        result = measure(name, seconds=0.05)
        assert result["records_per_s"] > 0 and result["events_per_record"] >= 1, (name, result)
