"""Properties of the Elzhur adapter (hypothesis).

1. Any JSON value (bare, or as the body of a request envelope), and any mutation of an Elzhur response or
   envelope (random values in random places of a golden input),
   either translates or is rejected with JSON Pointers that resolve in it; translate never raises.
2. Whatever translates yields events valid against the published envelope and payload schemas, with distinct ids.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from contracts.suite import event_json, event_schema_problems, rejection_problems

GOLDEN = [json.loads(p.read_text(encoding="utf-8"))["input"]
          for p in sorted((Path(__file__).resolve().parents[2] / "contracts/elzhur/golden").glob("*.json"))]
CTX = TranslationContext("prop", dt.datetime(2024, 9, 1, tzinfo=dt.timezone.utc), school_id="sch-1")
NO_SCHOOL = TranslationContext("prop", dt.datetime(2024, 9, 1, tzinfo=dt.timezone.utc))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.data_too_large])

scalars = (st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats() | st.text(max_size=12)
           | st.sampled_from(["", "н", "оп", "4-", "20251014", "2025-10-14", "08:30", "getdiary", "getmarks",
                              "vacation", "dict", "list", "70123", "1"]))
json_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
    st.text(max_size=8) | st.sampled_from(["students", "days", "items", "assessments", "value", "response",
                                           "result", "method", "20251014", "1"]), kids, max_size=5), max_leaves=25)


def check(record, ctx=CTX) -> None:
    before = copy.deepcopy(record)
    outcome = ADAPTER.translate(record, ctx)  # an exception fails the property
    assert record is before or record == before  # a NaN is not equal to itself
    if outcome.errors:
        assert not outcome.events
        assert rejection_problems(record, outcome) == []
        return
    assert not outcome.missing or not outcome.events
    ids = [e.event_id for e in outcome.events]
    assert len(ids) == len(set(ids))
    for event in outcome.events:
        assert event_schema_problems(event_json(event)) == []


@SETTINGS
@given(json_values)
def test_any_json_translates_or_is_rejected_cleanly(value):
    check(value)
    check({"response": value})
    check({"method": "getdiary", "response": {"state": 200, "error": None, "result": value}})
    for request in ("getdiary?student=1&days=20251013-20251019", "gethomework?class=7Б", "getrules", "getmarks"):
        check({"request": request, "body": value})
        check({"request": request, "body": {"response": {"state": 200, "error": None, "result": value}}})


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from paths(child, (*prefix, index))


@st.composite
def mutated_golden(draw):
    record = copy.deepcopy(draw(st.sampled_from(GOLDEN)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(paths(record))))
        if not where:
            continue
        parent = record
        for part in where[:-1]:
            parent = parent[part]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = draw(json_values)
    return record


@SETTINGS
@given(mutated_golden())
def test_mutated_responses_translate_or_are_rejected_cleanly(record):
    check(record)
    check(record, NO_SCHOOL)


def test_every_golden_input_translates_to_valid_events():
    for record in GOLDEN:
        outcome = ADAPTER.translate(record, CTX)
        assert not outcome.errors, outcome.errors
        check(record)
