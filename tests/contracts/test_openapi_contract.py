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


def test_contract_documents_what_the_journal_shows():
    """The answers' shapes are published: the journal's own text of a mark, its attendance code, each lesson's
    group, the teacher's and the class teacher's names, a day's holidays, the text of a final mark, a period's name
    and its own short name."""
    schemas = current_openapi()["components"]["schemas"]

    def fields(name: str) -> set[str]:
        return set(schemas[name]["properties"])

    assert {"value", "text", "vendor_number", "work_type_name", "counts_in_average"} <= fields("Mark")
    assert {"status", "code"} <= fields("Attendance")
    assert {"group", "teacher", "marks", "attendance", "homework"} <= fields("DiaryLesson")
    assert {"holidays", "homework_due"} <= fields("DiaryDay")
    assert {"value", "text"} <= fields("FinalMark") and {"name", "short_name"} <= fields("ReportingPeriod")
    assert {"name", "short_name"} <= fields("DisagreementPeriod")
    assert {"id", "name", "parent_id", "class_teacher"} <= fields("ScheduledClass")
    assert "group" in fields("ScheduleLesson") and "class_teacher" in fields("Child")
    diary = current_openapi()["paths"]["/v1/students/{student_id}/diary"]["get"]["responses"]["200"]
    assert diary["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/DiaryAnswer"}
