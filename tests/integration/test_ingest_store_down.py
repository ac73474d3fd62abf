"""When the hub's own database (the ingest ledger, the vendor state) is unreachable, a push is a 503 with
``Retry-After`` that names the cause, never a 500, and the same batch sent again once it is back is stored once."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from tests.samples import school_records


async def test_an_unreachable_store_is_a_503_and_the_retry_is_stored_once(running, monkeypatch):
    hub, http = running.hub, running.http
    _client, token = hub.clients.create("native", ["sch-1"])
    headers = {"Authorization": f"Bearer {token}"}
    prepare = hub.ingest.dedup.prepare

    async def unreachable(entries):
        raise OperationalError("SELECT ... FROM ingest_ledger", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(hub.ingest.dedup, "prepare", unreachable)
    down = await http.post("/v1/ingest/native", json=school_records(), headers=headers)
    assert down.status_code == 503, down.text
    assert down.json()["error"]["code"] == "store_unavailable"
    assert int(down.headers["Retry-After"]) >= 1
    monkeypatch.setattr(hub.ingest.dedup, "prepare", prepare)
    back = await http.post("/v1/ingest/native", json=school_records(), headers=headers)
    assert back.status_code == 200, back.text
    assert {r["status"] for r in back.json()["results"]} == {"accepted"}
    again = await http.post("/v1/ingest/native", json=school_records(), headers=headers)
    assert {r["status"] for r in again.json()["results"]} == {"duplicate"}
