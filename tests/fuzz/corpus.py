"""Hostile ingest: the shared hostile corpus (``contracts/hostile/`` and ``contracts.suite.generated_hostile``) sent
over HTTP to every adapter, each hostile record in a batch beside an honest one; and the batch bodies the API fuzz
sends to ``POST /v1/ingest/{adapter}``.

Per batch the hub must answer 200, reject the hostile record with JSON Pointers that resolve in it, and process
the honest one (accepted, duplicate or parked): one bad record never costs the rest of the batch.
"""

from __future__ import annotations

import json
import sys
import time
from functools import cache
from typing import Any

import orjson
from hypothesis import strategies as st

from contracts.suite import hostile_cases, load_cases, pointer_problem
from tests.fuzz.api_report import Finding, Report
from tests.fuzz.stack import FuzzStack, seed_records

ADAPTERS = ("native", "dnevnik_ru", "elzhur")
SMALL = 64_000  # records the API fuzz mixes into its batches (the megabyte ones go through ``hostile_ingest``)
# Values a mutated seed record gets in one field: the edges of the calendar, of numbers, and hostile text.
HOSTILE_VALUES = ("9999-12-31", "0001-01-01", "2199-12-31", "1900-01-01", "2026-02-29", "9999-12-31T23:59:59-14:00",
                  "2199-12-31T23:59:59-14:00", "", " ", "\x07", "a<b & c", "=1+1", "-2+3", "@x", "\ufffe", "\ud800",
                  "$\\frac{$", "x" * 300, "Ё" * 201, -1, 0, 1, 101, 2**31, 2**63, -(2**63), 1e308, 0.5, True, None,
                  [], {}, "25:61", "24:00", "2026-W53", "5", "5-", "4+", "100", "pass", "exempt", "q1", "anna",
                  "5a", "math", "t-math", "sch-t")


def honest_record(adapter: str, n: int = 0) -> dict[str, Any]:
    """A record the adapter takes (for the school the fuzz clients send for)."""
    if adapter == "native":
        return {"type": "subject.defined", "school_id": "sch-q", "occurred_at": "2026-09-01T08:00:00+03:00",
                "record_id": f"s-fuzz-{n}", "data": {"subject_id": f"fuzz-{n}", "name": f"Предмет {n}"}}
    golden = load_cases(adapter, "golden")
    record = golden[n % len(golden)].input
    return {key: value for key, value in record.items() if key != "school_id"}  # the batch's ?school= instead


def dumps(value: Any) -> bytes:
    """JSON of any corpus value, also nested deeper than orjson writes (the 1000-deep ones)."""
    try:
        return orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 10_000))
        try:
            return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")
        finally:
            sys.setrecursionlimit(limit)


def hostile_ingest(stack: FuzzStack, report: Report | None = None) -> Report:
    """Every hostile case to every adapter it is hostile to, beside an honest record; findings for anything else
    than the answer described in the module docstring."""
    report = report or Report(stack.name)
    started = time.perf_counter()
    for n, case in enumerate(hostile_cases()):
        for adapter in ADAPTERS:
            if adapter in case.except_adapters:
                continue
            media, body = _batch(dumps(honest_record(adapter, n)), dumps(case.input))
            sent = stack.send("POST", f"/v1/ingest/{adapter}", {**stack.identities[adapter], "Content-Type": media},
                              {"school": "sch-q"}, body)
            problem = _problem(sent.status, sent.body, case.input) if sent.broken is None else sent.broken
            finding = Finding(stack.name, adapter, "POST", f"/v1/ingest/{adapter} [{case.name}]", sent.status,
                              problem) if problem else None
            report.record(finding, sent.status)
    report.seconds += time.perf_counter() - started
    return report


def _batch(honest: bytes, hostile: bytes) -> tuple[str, bytes]:
    """A JSON array of the two; JSON Lines when the hostile text is not JSON the API reads (a lone surrogate is
    not UTF-8: a JSON body with one is refused whole, a JSON Lines line alone)."""
    try:
        orjson.loads(hostile)
    except orjson.JSONDecodeError:
        return "application/x-ndjson", honest + b"\n" + hostile
    return "application/json", b"[" + honest + b"," + hostile + b"]"


def _problem(status: int, body: bytes, hostile: Any) -> str | None:
    if status != 200:
        return f"answered {status}, not 200: {body[:300]!r}"
    honest, rejected = orjson.loads(body)["results"]
    if honest["status"] not in ("accepted", "duplicate", "parked"):
        return f"the honest record was not processed: {honest}"
    if rejected["status"] != "rejected" or not rejected.get("errors"):
        return f"the hostile record was not rejected: {str(rejected)[:300]}"
    bad = [e for e in rejected["errors"] if pointer_problem(hostile, e["pointer"])]
    return f"pointers that do not resolve in the record: {bad[:3]}" if bad else None


@cache
def corpus_bodies() -> tuple[bytes, ...]:
    """Every golden input, hostile record and honest record as JSON, at most ``SMALL`` bytes each."""
    values = [case.input for adapter in ADAPTERS for case in load_cases(adapter)]
    values += [case.input for case in hostile_cases()] + [honest_record(a, n) for a in ADAPTERS for n in range(3)]
    return tuple(text for text in map(dumps, values) if len(text) <= SMALL)


def mutated_seed_records() -> st.SearchStrategy[dict[str, Any]]:
    """A record of the seeded school as a new revision with one field (of the envelope or the payload) replaced by
    a hostile value, or dropped: what the fuzz's native client sends lands in the views the reads then fuzz."""
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        record = dict(draw(st.sampled_from(seed_records())))
        record["revision"] = draw(st.integers(2, 10**9))
        data = dict(record["data"])
        target = draw(st.sampled_from(["data", "data", "data", "envelope"]))
        fields = data if target == "data" else record
        name = draw(st.sampled_from(sorted(k for k in fields if k not in ("data", "revision"))))
        if draw(st.integers(0, 9)) == 0:
            fields.pop(name)
        else:
            fields[name] = draw(st.sampled_from(HOSTILE_VALUES) | st.text(max_size=12))
        if target == "data":
            record["data"] = data
        return record

    return build()


def batch_bodies() -> st.SearchStrategy[tuple[str | None, bytes]]:
    """(Content-Type, body) of an ingest request: arrays and JSON Lines of corpus records and of random JSON,
    broken JSON, and bodies of the wrong kind."""
    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                               | st.text(max_size=20), lambda inner: st.lists(inner, max_size=3)
                               | st.dictionaries(st.text(max_size=10), inner, max_size=3), max_leaves=10)
    record = st.sampled_from(corpus_bodies()) | json_values.map(dumps) | mutated_seed_records().map(dumps)
    records = st.lists(record, min_size=1, max_size=4)
    return st.one_of(
        records.map(lambda rs: ("application/json", b"[" + b",".join(rs) + b"]")),
        records.map(lambda rs: ("application/x-ndjson", b"\n".join(rs))),
        st.binary(max_size=64).map(lambda raw: ("application/json", raw)),
        st.sampled_from([(None, b"[]"), ("text/plain", b"[{}]"), ("application/json", b"{}"),
                         ("application/json", b"[]"), ("application/x-ndjson", b"\n\n")]),
    )
