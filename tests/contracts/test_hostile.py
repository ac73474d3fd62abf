"""The shared hostile corpus: every adapter rejects every hostile record cleanly, and never raises.

Clean = a Translation with errors and no events, every error a non-empty message at a syntactically valid JSON
Pointer that resolves (or whose parent resolves) in the record as submitted.
"""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import orjson
import pytest

from adapters.base import FieldError, Translation, TranslationContext
from adapters.registry import all_adapters
from contracts.suite import (
    CONTRACTS_DIR, generated_hostile, hostile_cases, load_hostile, nested, pointer_problem, rejection_problems,
    translate,
)

ADAPTERS = all_adapters()
CASES = hostile_cases()
CTX = TranslationContext("hostile-suite", datetime(2024, 9, 1, 12, tzinfo=timezone.utc))
PAIRS = [pytest.param(h, name, id=f"{name}-{h.name}")
         for h in CASES for name in sorted(ADAPTERS) if name not in h.except_adapters]


@pytest.mark.parametrize(("hostile", "adapter_name"), PAIRS)
def test_adapter_rejects_hostile_record_cleanly(hostile, adapter_name):
    outcome = translate(ADAPTERS[adapter_name], hostile.input, CTX)
    assert isinstance(outcome, Translation), outcome
    assert rejection_problems(hostile.input, outcome) == [], hostile.description


@pytest.mark.parametrize("path", sorted((CONTRACTS_DIR / "hostile").glob("*.json")), ids=lambda p: p.stem)
def test_adapters_do_not_mutate_the_record(path):
    for name, adapter in ADAPTERS.items():
        record = load_hostile(path).input
        before = copy.deepcopy(record)
        translate(adapter, record, CTX)
        assert record == before, name


def test_corpus_covers_every_hostile_family():
    names = {h.name for h in CASES}
    required = {
        "top_level_array", "top_level_string", "top_level_number", "top_level_null", "empty_object",
        "wrong_types_envelope", "wrong_types_payload", "float_ids_above_2_53", "unknown_scale", "huge_string_value",
        "huge_key", "deep_objects", "deep_arrays_in_payload", "elzhur_envelope", "nan_infinity_literals",
        "nan_and_infinity", "unicode_lone_surrogates", "unicode_invisible_and_control", "boolean_where_number",
        "deeper_than_orjson_writes", "control_character_in_key", "noncharacters_and_controls_in_ids",
        "nul_in_free_text",
    }
    assert required <= names, sorted(required - names)
    assert all(h.description for h in CASES)


def test_generated_hostile_records_are_what_they_claim():
    by_name = {h.name: h.input for h in generated_hostile()}
    assert len(by_name["huge_string_value"]["record_id"]) > 1_000_000
    assert max(len(k) for k in by_name["huge_key"]) > 1_000_000
    depth, node = 0, by_name["deep_objects"]
    while isinstance(node, dict):
        depth, node = depth + 1, node["data"]
    assert depth == 1000


def test_deep_nesting_is_beyond_what_orjson_parses_so_the_api_never_delivers_it():
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads("[" * 1100 + "]" * 1100)
    assert nested(3) == [[[0]]] and nested(2, key="k") == {"k": {"k": 0}}


@pytest.mark.parametrize(("document", "pointer", "ok"), [
    ({"a": {"b": 1}}, "", True),
    ({"a": {"b": 1}}, "/a/b", True),
    ({"a": {"b": 1}}, "/a/c", True),  # a missing field: its parent resolves
    ({"a": {"b": 1}}, "/x/y", False),
    ({"a/b": {"m~n": 1}}, "/a~1b/m~0n", True),
    ({"": 1}, "/", True),
    ({"a": [10, 20]}, "/a/1", True),
    ({"a": [10, 20]}, "/a/01", True),  # not an index, but its parent resolves
    ({"a": [10, 20]}, "/a/5/x", False),
    ({"a": 1}, "a", False),
    ({"a": 1}, "/a~2", False),
    ({"a": 1}, None, False),
])
def test_pointer_checker(document, pointer, ok):
    assert (pointer_problem(document, pointer) is None) is ok


def test_a_bad_pointer_is_reported_as_unclean():
    outcome = Translation(errors=[FieldError("/nowhere/deep", "x"), FieldError("/a", "")])
    problems = rejection_problems({"a": 1}, outcome)
    assert any("neither the pointer" in p for p in problems) and any("empty message" in p for p in problems)
    assert rejection_problems({"a": 1}, Translation()) == ["not rejected (or events alongside errors)"]
