"""The committed JSON Schemas are exactly what the models generate, and no published version ever disappears."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from hub.events.registry import EVENT_MODELS
from hub.schemas_export import BASE_URL, DIALECT, diff_all, expected_files, export_all, render

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = expected_files()


def test_committed_schemas_match_the_models():
    drift = diff_all(ROOT)
    assert not drift, "schema drift (re-export with hub.schemas_export.export_all and commit):\n" + "\n".join(
        map(str, drift))


def test_every_event_version_and_the_envelope_are_published():
    wanted = {f"schemas/{t}/v{v}.json" for t, versions in EVENT_MODELS.items() for v in versions}
    assert wanted | {"schemas/envelope.json"} <= set(EXPECTED)
    assert "adapters/native/schemas/native_record.json" in EXPECTED
    assert {f"adapters/native/schemas/data/{t}.v{v}.json" for t, vs in EVENT_MODELS.items() for v in vs} <= set(
        EXPECTED)


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_published_schema_is_valid_draft_2020_12_with_header(rel):
    schema = json.loads(EXPECTED[rel])
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DIALECT
    assert schema["$id"].startswith(BASE_URL + "/") and schema["$id"].endswith(".json")
    assert schema["title"] and schema["description"]
    if rel.startswith("schemas/") and rel != "schemas/envelope.json":
        event_type, version = rel.split("/")[1], rel.split("/")[2]
        assert schema["$id"] == f"{BASE_URL}/{event_type}/{version}"


def test_ids_are_unique():
    ids = [json.loads(text)["$id"] for text in EXPECTED.values()]
    assert len(ids) == len(set(ids))


def test_rendering_is_deterministic():
    text = render({"b": [1, {"d": 1, "c": "é"}], "a": None})
    assert text == '{\n  "a": null,\n  "b": [\n    1,\n    {\n      "c": "é",\n      "d": 1\n    }\n  ]\n}\n'
    assert expected_files() == EXPECTED


def test_export_writes_everything_once_then_nothing(tmp_path):
    assert sorted(export_all(tmp_path)) == sorted(EXPECTED)
    assert export_all(tmp_path) == []
    assert diff_all(tmp_path) == []


def test_a_changed_or_missing_schema_is_drift(tmp_path):
    export_all(tmp_path)
    (tmp_path / "schemas/grade.recorded/v1.json").write_text("{}\n")
    (tmp_path / "schemas/envelope.json").unlink()
    found = {d.path: d.problem for d in diff_all(tmp_path)}
    assert set(found) == {"schemas/grade.recorded/v1.json", "schemas/envelope.json"}
    assert "differs" in found["schemas/grade.recorded/v1.json"] and "missing" in found["schemas/envelope.json"]


def test_a_version_removed_from_the_registry_is_drift(tmp_path, monkeypatch):
    export_all(tmp_path)
    monkeypatch.delitem(EVENT_MODELS, "lesson.cancelled")  # as if someone deleted a published version
    found = {d.path: d.problem for d in diff_all(tmp_path)}
    assert "schemas/lesson.cancelled/v1.json" in found
    assert "no longer in EVENT_MODELS" in found["schemas/lesson.cancelled/v1.json"]


def test_a_schema_file_without_a_registry_version_is_drift(tmp_path):
    export_all(tmp_path)
    (tmp_path / "schemas/grade.recorded/v7.json").write_text("{}\n")
    (tmp_path / "adapters/native/schemas/old_record.json").write_text("{}\n")
    found = {d.path: d.problem for d in diff_all(tmp_path)}
    assert "version 7 of grade.recorded is no longer in EVENT_MODELS" in found["schemas/grade.recorded/v7.json"]
    assert "no model generates" in found["adapters/native/schemas/old_record.json"]


def test_an_older_version_dropped_when_a_newer_one_exists_is_drift(tmp_path, monkeypatch):
    export_all(tmp_path)
    assert sorted(EVENT_MODELS["grade.recorded"]) == [1, 2, 3, 4, 5]  # v2..v5 added; v1 stays published (old events are v1)
    monkeypatch.delitem(EVENT_MODELS["grade.recorded"], 1)
    found = {d.path: d.problem for d in diff_all(tmp_path)}
    assert "version 1 of grade.recorded is no longer in EVENT_MODELS" in found["schemas/grade.recorded/v1.json"]
    assert "adapters/native/schemas/data/grade.recorded.v1.json" in found  # native clients may still send v1
    assert "schemas/grade.recorded/v2.json" not in found
