"""The id scheme of tenancy (``hub.events.tenancy``): every id field of every published payload is declared, ids
name their school, and the native adapter qualifies local ids while another school's ids are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.registry import all_adapters, systems
from hub.events.registry import EVENT_MODELS
from hub.events.tenancy import (ENTITY_FIELDS, NOT_ENTITIES, foreign_fields, is_qualified, qualified_id, school_of,
                                valid_school_id)
from hub.events.types import ID_PATTERN

CTX = TranslationContext("test", dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
NATIVE = all_adapters()["native"]


def _id_fields(model) -> set[str]:
    """Top-level properties of a payload's JSON Schema typed as the canonical ``Id``."""
    found = set()
    for field, schema in model.model_json_schema()["properties"].items():
        options = schema.get("anyOf", [schema])
        if any(option.get("pattern") == ID_PATTERN for option in options):
            found.add(field)
    return found


@pytest.mark.parametrize("event_type", sorted(EVENT_MODELS))
def test_every_id_field_of_every_published_payload_is_declared(event_type):
    assert event_type in ENTITY_FIELDS, f"add {event_type} to hub.events.tenancy.ENTITY_FIELDS"
    for version, model in EVENT_MODELS[event_type].items():
        undeclared = _id_fields(model) - set(ENTITY_FIELDS[event_type]) - NOT_ENTITIES
        assert not undeclared, f"{event_type} v{version}: entity fields not in ENTITY_FIELDS: {sorted(undeclared)}"
        assert set(ENTITY_FIELDS[event_type]) <= set(model.model_fields), (event_type, version)


def test_an_id_names_its_school():
    known = systems()
    assert {"native", "dnevnik", "elzhur"} <= known
    assert qualified_id("native", "sch-1", "st-01") == "native:sch-1:st-01"
    assert school_of("dnevnik:sch-1:person:1000012000101", known) == "sch-1"
    assert school_of("native:sch-1:les:2026:1", known) == "sch-1"  # a local id may hold colons
    assert school_of("st-01", known) is None and school_of("les:sch-1:1", known) is None  # not a system
    assert not is_qualified("native:bad school:x", known)
    assert valid_school_id("sch-1234") and not valid_school_id("sch:1") and not valid_school_id("x" * 65)


def test_foreign_fields_are_every_field_not_of_the_school():
    data = {"grade_id": "native:a:g1", "student_id": "native:b:anna", "lesson_id": "l1", "subject_id": None}
    assert foreign_fields("grade.recorded", "a", data, systems()) == ["student_id", "lesson_id"]


def _record(data: dict, school: str = "sch-1", kind: str = "guardian.linked") -> dict:
    return {"type": kind, "school_id": school, "occurred_at": "2026-09-01T08:00:00+03:00", "record_id": "r1",
            "data": data}


def test_native_local_ids_are_qualified_and_ids_of_the_same_school_kept():
    outcome = NATIVE.translate(_record({"guardian_id": "mother", "student_id": "dnevnik:sch-1:person:7",
                                        "relation": "parent"}), CTX)
    assert not outcome.errors
    assert outcome.events[0].data["guardian_id"] == "native:sch-1:mother"
    assert outcome.events[0].data["student_id"] == "dnevnik:sch-1:person:7"


@pytest.mark.parametrize("student", ["native:sch-2:anna", "dnevnik:sch-2:person:7", "elzhur:sch-2:student:70123"])
def test_native_ids_of_another_school_are_not_authorised_at_their_field(student):
    outcome = NATIVE.translate(_record({"guardian_id": "mother", "student_id": student, "relation": "parent"}), CTX)
    assert not outcome.events
    assert [(e.pointer, e.message) for e in outcome.errors] == [
        ("/data/student_id", "not authorised: student_id must be an id of school sch-1, the school of this record")]


@pytest.mark.parametrize("school", ["sch-1\n", "\nsch-1", "sch 1", "", "x" * 65])
def test_a_school_id_is_the_whole_string_a_final_newline_included(school):
    """Python's ``$`` matches before a final newline; the schemas' pattern (pydantic-core) does not: both refuse."""
    assert not valid_school_id(school)
    assert school_of(f"native:{school}:st-1", {"native"}) is None
    assert foreign_fields("guardian.linked", school, {"guardian_id": f"native:{school}:g"}, {"native"}) == [
        "guardian_id"]
