"""POST /v1/ingest/{adapter}: per-record outcomes, transport errors, authorisation, idempotency."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from hub.api.app import create_app
from hub.bootstrap import build_hub

SCHOOL = "sch-1"


def grade(n: int, value: str = "5", school: str = SCHOOL, revision: int = 1) -> dict:
    return {"type": "grade.recorded", "school_id": school, "occurred_at": "2026-09-07T10:15:00+03:00",
            "record_id": f"g{n}", "revision": revision,
            "data": {"grade_id": f"g{n}", "student_id": "st-1", "date": "2026-09-07", "subject_id": "math",
                     "value": value, "scale": "five_point"}}


async def log_size(hub) -> int:
    return sum((await hub.log.high_watermarks()).values())


async def test_accepts_records_and_returns_event_ids_and_positions(running):
    response = await running.http.post("/v1/ingest/native", json=[grade(1), grade(2)], headers=running.vendor([SCHOOL]))
    body = response.json()
    assert response.status_code == 200, body
    assert body["summary"] == {"accepted": 2, "duplicate": 0, "pending": 0, "rejected": 0, "parked": 0}
    positions = [r["events"][0]["position"] for r in body["results"]]
    partition = positions[0].split(":")[0]
    assert positions == [f"{partition}:0", f"{partition}:1"]
    assert await log_size(running.hub) == 2


async def test_rejected_record_names_every_field_and_the_rest_is_accepted(running):
    bad = grade(2, value="7")
    bad["data"]["weight"] = 0
    del bad["occurred_at"]
    response = await running.http.post("/v1/ingest/native", json=[grade(1), bad], headers=running.vendor([SCHOOL]))
    body = response.json()
    assert response.status_code == 200
    assert [r["status"] for r in body["results"]] == ["accepted", "rejected"]
    pointers = {e["pointer"] for e in body["results"][1]["errors"]}
    assert pointers == {"/occurred_at", "/data/weight"}
    assert await log_size(running.hub) == 1


async def test_off_scale_mark_is_rejected_with_its_pointer(running):
    body = (await running.http.post("/v1/ingest/native", json=[grade(1, value="7")],
                                    headers=running.vendor([SCHOOL]))).json()
    assert body["results"][0]["errors"] == [
        {"pointer": "/data/value", "message": "'7' is not a mark from 1 to 5 (a '+' or '-' suffix is allowed, and a "
                                              "double mark such as 5/4)"}]


async def test_resent_record_is_a_duplicate_with_the_original_position(running):
    headers = running.vendor([SCHOOL])
    first = (await running.http.post("/v1/ingest/native", json=[grade(1)], headers=headers)).json()
    again = (await running.http.post("/v1/ingest/native", json=[grade(1)], headers=headers)).json()
    assert again["summary"] == {"accepted": 0, "duplicate": 1, "pending": 0, "rejected": 0, "parked": 0}
    assert again["results"][0]["events"] == first["results"][0]["events"]
    assert await log_size(running.hub) == 1


async def test_same_revision_with_other_content_is_rejected(running):
    headers = running.vendor([SCHOOL])
    await running.http.post("/v1/ingest/native", json=[grade(1, value="5")], headers=headers)
    body = (await running.http.post("/v1/ingest/native", json=[grade(1, value="4")], headers=headers)).json()
    assert body["results"][0]["status"] == "rejected"
    assert "new revision" in body["results"][0]["errors"][0]["message"]
    amended = grade(1, value="4", revision=2) | {"type": "grade.amended"}
    body = (await running.http.post("/v1/ingest/native", json=[amended], headers=headers)).json()
    assert body["results"][0]["status"] == "accepted"


async def test_repeat_inside_one_batch_is_a_duplicate(running):
    body = (await running.http.post("/v1/ingest/native", json=[grade(1), grade(1)],
                                    headers=running.vendor([SCHOOL]))).json()
    assert [r["status"] for r in body["results"]] == ["accepted", "duplicate"]
    assert await log_size(running.hub) == 1


async def test_identical_batches_sent_concurrently_append_once(running):
    headers = running.vendor([SCHOOL])
    batch = [grade(n) for n in range(200)]
    responses = await asyncio.gather(*[running.http.post("/v1/ingest/native", json=batch, headers=headers)
                                       for _ in range(4)])
    summaries = [r.json()["summary"] for r in responses]
    assert sum(s["accepted"] for s in summaries) == 200
    assert sum(s["duplicate"] for s in summaries) == 600
    assert await log_size(running.hub) == 200


async def test_a_retry_after_a_restart_is_a_duplicate(running, hub_settings):
    headers = running.vendor([SCHOOL])
    await running.http.post("/v1/ingest/native", json=[grade(1)], headers=headers)
    import httpx

    again = build_hub(hub_settings())
    await again.start()
    transport = httpx.ASGITransport(app=create_app(again))
    async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
        body = (await http.post("/v1/ingest/native", json=[grade(1)], headers=headers)).json()
    await again.close()
    assert body["summary"]["duplicate"] == 1
    assert await log_size(running.hub) == 1


async def test_records_for_another_school_are_not_authorised(running):
    body = (await running.http.post("/v1/ingest/native", json=[grade(1), grade(2, school="other")],
                                    headers=running.vendor([SCHOOL]))).json()
    assert body["results"][1] == {"index": 1, "status": "rejected", "errors": [
        {"pointer": "/school_id", "message": body["results"][1]["errors"][0]["message"]}]}
    assert "not authorised" in body["results"][1]["errors"][0]["message"]
    assert await log_size(running.hub) == 1


async def test_atomic_batch_is_all_or_nothing(running):
    headers = running.vendor([SCHOOL])
    response = await running.http.post("/v1/ingest/native?atomic=true", json=[grade(1), grade(2, value="9")],
                                       headers=headers)
    assert response.status_code == 422
    assert [r["status"] for r in response.json()["results"]] == ["rejected", "rejected"]
    assert await log_size(running.hub) == 0
    ok = await running.http.post("/v1/ingest/native?atomic=true", json=[grade(1), grade(2)], headers=headers)
    assert ok.status_code == 200 and ok.json()["summary"]["accepted"] == 2


async def test_json_lines_with_a_broken_line_rejects_only_that_line(running):
    body = b"\n".join([orjson.dumps(grade(1)), b"", b"{not json", orjson.dumps(grade(2))]) + b"\n"
    response = await running.http.post("/v1/ingest/native", content=body, headers={
        **running.vendor([SCHOOL]), "Content-Type": "application/x-ndjson"})
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["errors"] == [{"pointer": "", "message": "line 3 is not valid JSON"}]


@pytest.mark.parametrize("headers, body, status, code", [
    ({}, b"[]", 401, "unauthenticated"),
    ({"Authorization": "Bearer hubc_nope_nope"}, b"[]", 401, "unauthenticated"),
    ({"Authorization": "Basic abc"}, b"[]", 401, "unauthenticated"),
])
async def test_bad_credentials_are_401(running, headers, body, status, code):
    response = await running.http.post("/v1/ingest/native", content=body,
                                       headers={**headers, "Content-Type": "application/json"})
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    assert "WWW-Authenticate" in response.headers


@pytest.mark.parametrize("content_type, body, status, code", [
    ("text/plain", b"[]", 415, "unsupported_media_type"),
    ("", b"[]", 415, "unsupported_media_type"),
    ("application/json", b"{\"type\": 1}", 422, "not_a_batch"),
    ("application/json", b"[1, 2", 422, "invalid_json"),
    ("application/json", b"[]", 422, "empty_batch"),
    ("application/json", b"\xff\xfe", 422, "invalid_json"),
])
async def test_transport_errors(running, content_type, body, status, code):
    response = await running.http.post("/v1/ingest/native", content=body, headers={
        **running.vendor([SCHOOL]), "Content-Type": content_type})
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


async def test_body_over_the_limit_is_413(hub_settings):
    import httpx

    hub = build_hub(hub_settings(max_body_bytes=1000))
    await hub.start()
    _client, token = hub.clients.create("native", [SCHOOL])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
        response = await http.post("/v1/ingest/native", json=[grade(n) for n in range(20)],
                                   headers={"Authorization": f"Bearer {token}"})
    await hub.close()
    assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"


async def test_wrong_and_unknown_adapter(running):
    headers = running.vendor([SCHOOL])
    unknown = await running.http.post("/v1/ingest/nope", json=[grade(1)], headers=headers)
    assert unknown.status_code == 404 and "native" in unknown.json()["error"]["message"]


async def test_revoked_client_is_401(running):
    client, token = running.hub.clients.create("native", [SCHOOL])
    running.hub.clients.revoke(client.client_id)
    response = await running.http.post("/v1/ingest/native", json=[grade(1)],
                                       headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_tokens_never_reach_the_logs(running, capsys):
    from hub.obs import configure_logging

    configure_logging("json", "debug")
    headers = running.vendor([SCHOOL])
    await running.http.post("/v1/ingest/native", json=[grade(1), grade(2, value="9")], headers=headers)
    await running.http.post("/v1/ingest/native", json=[grade(1)], headers={"Authorization": "Bearer hubc_x_leaked"})
    output = capsys.readouterr()
    logs = output.out + output.err
    secret = headers["Authorization"].split("_", 2)[2]  # hubc_<client id>_<secret>: a secret may hold "_"
    assert "records_accepted" in logs and "request_completed" in logs
    assert secret not in logs and "leaked" not in logs


async def test_every_response_carries_a_request_id(running):
    response = await running.http.post("/v1/ingest/native", json=[grade(1)], headers={"X-Request-Id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    assert len((await running.http.get("/healthz")).headers["x-request-id"]) == 32


@pytest.mark.postgres
async def test_two_api_processes_racing_append_once(hub_settings, postgres_db_url):
    """Two hubs (as two API processes) share the log and the state database; identical batches race."""
    import httpx

    settings = hub_settings(db_url=postgres_db_url, state_url=postgres_db_url)
    hubs = [build_hub(settings), build_hub(settings)]
    for hub in hubs:
        await hub.start()
    _client, token = hubs[0].clients.create("native", [SCHOOL])
    batch = [grade(n) for n in range(300)]
    clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(h)), base_url="http://hub")
               for h in hubs]
    try:
        responses = await asyncio.gather(*[c.post("/v1/ingest/native", json=batch,
                                                  headers={"Authorization": f"Bearer {token}"})
                                           for c in clients for _ in range(2)])
        summaries = [r.json()["summary"] for r in responses]
        assert sum(s["accepted"] for s in summaries) == 300
        assert sum(s["duplicate"] for s in summaries) == 900
        assert await log_size(hubs[0]) == 300
    finally:
        for client in clients:
            await client.aclose()
        for hub in hubs:
            await hub.close()
