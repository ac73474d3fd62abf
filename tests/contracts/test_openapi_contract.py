"""The read API's OpenAPI contract (contracts/openapi.json) matches what the app serves."""

from __future__ import annotations

from hub.api.contract import CONTRACT_PATH, current_openapi, drift


def test_committed_openapi_matches_the_app():
    assert drift() == []


def test_contract_covers_the_public_endpoints_and_their_errors():
    spec = current_openapi()
    assert {"/v1/ingest/{adapter}", "/v1/me/children", "/v1/students/{student_id}/diary", "/healthz"} <= set(
        spec["paths"])
    ingest = spec["paths"]["/v1/ingest/{adapter}"]["post"]["responses"]
    assert {"200", "401", "413", "415", "422"} <= set(ingest)
    assert CONTRACT_PATH.name == "openapi.json"
