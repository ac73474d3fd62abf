"""The production shape end to end: HTTP ingest -> Kafka -> two projector workers -> PostgreSQL -> read API.

Kafka is the Tansu broker started by ``tests/conftest.py`` (or a real one via ``HUB_TEST_KAFKA``); PostgreSQL is a
fresh database. The ingest ledger and API clients live in PostgreSQL too, as they do in production.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.projector.supervisor import run_projections
from tests.samples import SCHOOL, q, school_records

pytestmark = [pytest.mark.kafka, pytest.mark.postgres, pytest.mark.slow]


def other_school_records(school: str) -> list[dict]:
    """The sample school again under another id, so that events land in more than one partition."""
    out = []
    for record in school_records():
        data = {k: (f"{school}-{v}" if k.endswith("_id") and isinstance(v, str) else v)
                for k, v in record["data"].items()}
        out.append({**record, "school_id": school, "data": data})
    return out


async def test_ingest_to_kafka_to_postgres_and_back(kafka_broker, kafka_topic, postgres_db_url, tmp_path):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, db_url=postgres_db_url, read_wait_ms=15_000,
                        **kafka_broker.settings(kafka_topic))
    hub = build_hub(settings)
    await hub.start()
    schools = [SCHOOL, "sch-2", "sch-3", "sch-4"]
    stop = asyncio.Event()
    workers = [asyncio.create_task(run_projections((hub.log, hub.views), stop=stop)) for _ in range(2)]
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub",
                                     timeout=60) as http:
            _client, vendor = hub.clients.create("native", schools)
            records = school_records() + [r for s in schools[1:] for r in other_school_records(s)]
            body = (await http.post("/v1/ingest/native", json=records,
                                    headers={"Authorization": f"Bearer {vendor}"})).json()
            assert body["summary"] == {"accepted": len(records), "duplicate": 0, "pending": 0, "rejected": 0,
                                       "parked": 0}, body
            partitions = {e["position"].split(":")[0] for r in body["results"] for e in r["events"]}
            assert len(partitions) > 1
            again = (await http.post("/v1/ingest/native", json=records[:5],
                                     headers={"Authorization": f"Bearer {vendor}"})).json()
            assert again["summary"]["duplicate"] == 5

            newest: dict[str, int] = {}
            for event in (e for r in body["results"] for e in r["events"]):
                partition, offset = event["position"].split(":")
                newest[partition] = max(newest.get(partition, -1), int(offset))
            last = ",".join(f"{p}:{o}" for p, o in newest.items())  # wait for every partition written
            reader = {"Authorization": f"Bearer {hub.tokens.issue(q('mother'), Role.GUARDIAN)}"}
            response = await http.get(f"/v1/students/{q('anna')}/diary", headers=reader,
                                      params={"from": "2026-09-07", "to": "2026-09-07", "min_position": last})
            assert response.status_code == 200, response.text
            diary = response.json()
            assert diary["caught_up"] is True
            [lesson] = diary["days"][0]["lessons"]
            assert lesson["marks"][0]["value"] == "5" and lesson["attendance"]["status"] == "late"
            # every school's events were applied, whichever worker had its partition
            for school in schools[1:]:
                head = {"Authorization": f"Bearer {hub.tokens.issue(q('h', school), Role.HEAD_TEACHER, school)}"}
                other = await http.get(f"/v1/students/{q(f'{school}-anna', school)}/diary", headers=head,
                                       params={"from": "2026-09-07", "to": "2026-09-07", "min_position": last})
                assert other.status_code == 200 and other.json()["days"][0]["lessons"][0]["marks"], other.text
    finally:
        stop.set()
        await asyncio.gather(*workers, return_exceptions=True)
        await hub.close()
