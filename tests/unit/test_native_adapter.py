"""The native adapter beyond the contract cases: coverage of the cases, ids, context, and every field's type.

The type checks are driven by the published schemas: at every position of every golden record, each JSON type
the schema does not allow must be rejected with a pointer to exactly that position (pydantic's lax mode used to
let ``true`` in as 1 and ``0`` in as 1970-01-01).
"""

from __future__ import annotations

import copy
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from adapters.base import TranslationContext
from adapters.registry import all_adapters
from contracts.suite import load_cases, schema_errors
from hub.events.envelope import HUB_NAMESPACE, derive_event_id
from hub.events.registry import EVENT_MODELS
from hub.events.scales import ScaleId

ROOT = Path(__file__).resolve().parents[2]
NATIVE = all_adapters()["native"]
GOLDEN = load_cases("native", "golden")
INVALID = load_cases("native", "invalid")
CTX = TranslationContext("client-7", datetime(2024, 9, 1, 12, 30, tzinfo=timezone.utc))
SAMPLES = {"null": None, "boolean": True, "integer": 7, "number": 2.5, "string": "x", "array": [], "object": {}}


def test_case_counts_and_coverage():
    assert len(GOLDEN) >= 12 and len(INVALID) >= 15
    events = [e for case in GOLDEN for e in case.expected]
    assert {e["type"] for e in events} == set(EVENT_MODELS), "a golden case for every event type"
    grades = [e["data"] for e in events if "scale" in e["data"]]
    assert {g["scale"] for g in grades} == set(ScaleId)
    values = {case.input["data"].get("value") for case in GOLDEN}
    assert any(v and v.endswith("+") for v in values) and any(v and v.endswith("-") for v in values)
    assert any(e["type"] == "attendance.marked" and e["data"]["status"] == "late" and e["data"]["minutes_late"]
               for e in events)
    assert any(e["type"] == "homework.assigned" and e["data"]["attachments"] for e in events)


@pytest.mark.parametrize("case", GOLDEN, ids=lambda c: c.path.stem)
def test_golden_payload_validates_against_the_published_input_schema(case):
    rel = f"adapters/native/schemas/data/{case.input['type']}.v{case.input.get('schema_version', 1)}.json"
    assert schema_errors(rel, case.input["data"]) == []


def test_event_id_is_uuid5_of_system_school_record_revision():
    for case in GOLDEN:
        r = case.input
        name = f"native\x1f{r['school_id']}\x1f{r['record_id']}\x1f{r.get('revision', 1)}\x1f"
        assert case.expected[0]["event_id"] == str(uuid.uuid5(HUB_NAMESPACE, name))


def test_derived_event_ids_are_uuid5_for_every_version_and_variant_digit():
    """``derive_event_id`` formats the SHA-1 itself (no uuid module): the same string as ``uuid.uuid5``, over
    enough names that every hex digit occurs where the version and the variant bits are set."""
    from hub.events.envelope import derive_event_id

    import hashlib

    variant_digits, version_digits = set(), set()  # the SHA-1's own digits where the bits are set
    for n in range(3000):
        parts = ("dnevnik_ru", f"sch-{n % 7}", f"marks:{n * 7919}", 1 + n % 3, f"part-{n % 5}" if n % 2 else "")
        name = "\x1f".join(str(p) for p in parts)
        assert derive_event_id(*parts) == str(uuid.uuid5(HUB_NAMESPACE, name))
        digest = hashlib.sha1(HUB_NAMESPACE.bytes + name.encode()).digest()
        variant_digits.add(digest[8] >> 4)
        version_digits.add(digest[6] >> 4)
    assert len(variant_digits) == 16 and len(version_digits) == 16


def test_same_record_same_id_and_every_identity_part_matters():
    record = GOLDEN[0].input
    later = TranslationContext(None, datetime(2031, 2, 28, 6, 30, tzinfo=timezone.utc))  # another sender and time
    ids = {NATIVE.translate(record, CTX).events[0].event_id,
           NATIVE.translate(copy.deepcopy(record), later).events[0].event_id}
    assert len(ids) == 1
    for change in ({"revision": 9}, {"record_id": "other"}, {"school_id": "school-2"}):
        assert NATIVE.translate({**record, **change}, CTX).events[0].event_id not in ids
    assert derive_event_id("native", "s", "r", 1) != derive_event_id("native", "s", "r", 1, "part")


def test_context_supplies_recorded_at_and_client_id_and_occurred_at_keeps_its_offset():
    case = next(c for c in GOLDEN if c.path.stem == "attendance_late_with_minutes")
    event = NATIVE.translate(case.input, CTX).events[0]
    assert event.recorded_at == CTX.recorded_at and event.source.client_id == "client-7"
    assert event.occurred_at.isoformat() == "2024-09-02T10:07:00+05:00"


def test_translation_never_mixes_events_and_errors():
    for case in GOLDEN + INVALID:
        outcome = NATIVE.translate(case.input, CTX)
        assert bool(outcome.events) != bool(outcome.errors)


def test_translation_does_not_mutate_the_record():
    for case in GOLDEN + INVALID:
        record = copy.deepcopy(case.input)
        NATIVE.translate(record, CTX)
        assert record == case.input


# --- schema-driven type checks ------------------------------------------------------------------------------------

def _schema(rel: str) -> dict:
    return json.loads((ROOT / rel).read_text(encoding="utf-8"))


def _allowed_types(prop: dict, defs: dict) -> set[str]:
    if "$ref" in prop:
        return _allowed_types(defs[prop["$ref"].rsplit("/", 1)[1]], defs)
    if "anyOf" in prop:
        return set().union(*(_allowed_types(p, defs) for p in prop["anyOf"]))
    kinds = prop.get("type", list(SAMPLES))
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    return kinds | ({"integer"} if "number" in kinds else set())


def _positions():
    """(case, pointer parts, wrong value) for every field of every golden record and every forbidden JSON type."""
    record_schema = _schema("adapters/native/schemas/native_record.json")
    for case in GOLDEN:
        r = case.input
        data_schema = _schema(f"adapters/native/schemas/data/{r['type']}.v{r.get('schema_version', 1)}.json")
        for parts, schema, field in [((k,), record_schema, k) for k in r if k != "data"] + \
                                    [(("data", k), data_schema, k) for k in r["data"]]:
            allowed = _allowed_types(schema["properties"][field], schema.get("$defs", {}))
            for kind, sample in SAMPLES.items():
                if kind not in allowed:
                    yield pytest.param(case, parts, sample, id=f"{case.path.stem}-{'/'.join(parts)}-{kind}")


@pytest.mark.parametrize(("case", "parts", "wrong"), list(_positions()))
def test_a_wrong_json_type_anywhere_is_rejected_at_that_pointer(case, parts, wrong):
    record = copy.deepcopy(case.input)
    target = record
    for part in parts[:-1]:
        target = target[part]
    target[parts[-1]] = wrong
    outcome = NATIVE.translate(record, CTX)
    pointer = "/" + "/".join(parts)
    assert not outcome.events
    assert pointer in {e.pointer for e in outcome.errors}, [e.as_dict() for e in outcome.errors]


@pytest.mark.parametrize("case", GOLDEN, ids=lambda c: c.path.stem)
def test_every_required_field_missing_is_named(case):
    r = case.input
    data_schema = _schema(f"adapters/native/schemas/data/{r['type']}.v{r.get('schema_version', 1)}.json")
    record_schema = _schema("adapters/native/schemas/native_record.json")
    for parts in [(k,) for k in record_schema["required"]] + [("data", k) for k in data_schema["required"]]:
        record = copy.deepcopy(r)
        (record["data"] if len(parts) == 2 else record).pop(parts[-1])
        errors = NATIVE.translate(record, CTX).errors
        assert ("/" + "/".join(parts), "Field required") in {(e.pointer, e.message) for e in errors}, parts


@pytest.mark.parametrize("case", GOLDEN, ids=lambda c: c.path.stem)
def test_an_extra_field_in_any_object_is_named(case):
    record = copy.deepcopy(case.input)
    record["surplus"] = 1
    record["data"]["sur/plus~"] = 1
    for name in ("name",):
        if isinstance(record["data"].get(name), dict):
            record["data"][name]["nickname"] = "x"
    for i, attachment in enumerate(record["data"].get("attachments", [])):
        attachment["hash"] = "x"
    pointers = {e.pointer for e in NATIVE.translate(record, CTX).errors}
    expected = {"/surplus", "/data/sur~1plus~0"} | ({"/data/name/nickname"} if isinstance(
        record["data"].get("name"), dict) else set()) | {f"/data/attachments/{i}/hash" for i in range(
        len(record["data"].get("attachments", [])))}
    assert pointers == expected


@pytest.mark.parametrize(("envelope", "envelope_pointer"), [
    ({"occurred_at": "2026-09-07T10:15:00"}, "/occurred_at"),
    ({"revision": 0}, "/revision"),
    ({"school_id": "sch 1"}, "/school_id"),
])
@pytest.mark.parametrize(("scale", "value"), [("five_point", "7"), ("ten_point", "11"), ("pass_fail", "maybe")])
def test_the_envelope_and_a_mark_off_its_scale_are_reported_together(envelope, envelope_pointer, scale, value):
    record = {"type": "final_grade.recorded" if scale == "pass_fail" else "grade.recorded", "school_id": "sch-1",
              "occurred_at": "2026-09-07T10:15:00+03:00", "record_id": "g-1", **envelope,
              "data": {"student_id": "st-1", "value": value, "scale": scale,
                       **({"final_grade_id": "f-1", "subject_id": "math", "period_id": "q1"}
                          if scale == "pass_fail" else {"grade_id": "g-1", "lesson_id": "l-1"})}}
    outcome = NATIVE.translate(record, CTX)
    assert not outcome.events
    assert {e.pointer for e in outcome.errors} == {envelope_pointer, "/data/value"}
