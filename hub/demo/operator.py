"""What the demo's operator does once the school is seeded: the school keeps one subject on three journals
(5А native, 5Б Dnevnik.ru, 6А Elzhur), and the hub suggests linking the ids whose names agree ("Математика"
three times). The demo accepts every suggestion through the operator API, as an operator would in the console
(README: "One subject across journals"), so the school's statistics show each subject once.

A second run finds no suggestion left (the links are in the log) and posts nothing.
"""

from __future__ import annotations

import httpx

from hub.log.port import Position


async def accept_subject_suggestions(base: str, operator_token: str, school: str) -> tuple[int, Position | None]:
    """Link every suggested alias to its subject; (links accepted, the log position of the last one)."""
    headers = {"Authorization": f"Bearer {operator_token}"}
    accepted, last = 0, None
    async with httpx.AsyncClient(base_url=base, timeout=60, headers=headers) as http:
        found = await http.get("/v1/operator/subject-links", params={"school": school})
        found.raise_for_status()
        for suggestion in found.json()["suggestions"]:
            for alias in suggestion["aliases"]:
                response = await http.post("/v1/operator/subject-links", json={
                    "school_id": school, "subject_id": suggestion["subject"]["id"], "alias_id": alias["id"]})
                if response.status_code != 200:
                    continue  # e.g. a link the operator made meanwhile: the console shows what stands
                accepted += 1
                positions = [Position.parse(e["position"]) for e in response.json().get("events", [])
                             if e.get("position")]
                last = max([*positions, *([last] if last else [])], default=None)
    return accepted, last
