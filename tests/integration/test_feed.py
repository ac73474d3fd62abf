"""``GET /v1/me/feed`` on both stacks (embedded log + SQLite views; Kafka + PostgreSQL): a guardian's feed holds
their child's marks, final marks, homework and attendance and nothing of other children, in log order; JSON pages
and the SSE stream agree; a stream resumes after ``Last-Event-ID``; a reader far behind catches up in bounded pages;
new events arrive after the cursor. (Who may read which feed: ``test_access_matrix.py``.)"""

from __future__ import annotations

import httpx
import pytest

from hub import feed
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.api.app import create_app
from hub.projector.runner import project_all
from tests.views_scenario import Q, T, _grade, all_records, q, rec

# anna's events in the scenario: 2 homework of 5А, 12 grade events (g3 amended, g4 retracted), 6 attendance marks,
# 5 final-mark events (fg1 sent twice, fg3 retracted)
ANNA = {"homework": 2, "mark": 12, "attendance": 6, "final_mark": 5}


@pytest.fixture
async def hub_http(hub_settings):
    hub = build_hub(hub_settings(feed_max_connection_s=0.5, feed_poll_ms=20, feed_heartbeat_s=0.2))
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
        _client, token = hub.clients.create("native", [Q, T])
        vendor = {"Authorization": f"Bearer {token}"}
        assert (await http.post("/v1/ingest/native", json=all_records(), headers=vendor)).json()["summary"][
            "rejected"] == 0
        await project_all(hub.log, hub.views)
        yield hub, http, vendor
    await hub.close()


def _reader(hub, sub: str, role: Role) -> dict[str, str]:
    return {"Authorization": f"Bearer {hub.tokens.issue(q(sub), role)}"}


async def _page(http, headers, **params) -> dict:
    response = await http.get("/v1/me/feed", params={"format": "json", **params}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _start(hub) -> str:
    return f"{hub.log.partition_for(Q)}:0"


def _messages(text: str) -> list[dict[str, str]]:
    """The SSE stream's messages as {field: value} (comments dropped)."""
    out = []
    for block in text.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.split("\n") if line and not line.startswith(":"))
        if fields:
            out.append(fields)
    return out


async def test_a_guardians_feed_is_their_childs_changes_in_log_order(hub_http):
    hub, http, _vendor = hub_http
    mother = _reader(hub, "mother", Role.GUARDIAN)
    head = await _page(http, mother)
    assert head["events"] == [] and head["next"] == f"{hub.log.partition_for(Q)}:{head['log_positions'][str(hub.log.partition_for(Q))]}"
    body = await _page(http, mother, after=_start(hub))
    events = body["events"]
    assert {kind: sum(e["kind"] == kind for e in events) for kind in ANNA} == ANNA and len(events) == sum(ANNA.values())
    assert all(e["student_ids"] == [q("anna")] for e in events)
    offsets = [int(e["position"].split(":")[1]) for e in events]
    assert offsets == sorted(offsets) and body["next"] == head["next"] and body["more"] is False
    by_type = {(e["type"], (e.get("mark") or {}).get("grade_id")): e for e in events}
    amended = by_type[("grade.amended", q("g3"))]
    assert amended["change"] == "changed" and amended["mark"]["text"] == "4" and amended["date"] == "2026-10-21"
    retracted = by_type[("grade.retracted", q("g4"))]
    assert retracted["change"] == "removed" and retracted["subject"] == {"id": q("math"), "name": "Математика"}
    passed = next(e for e in events if (e.get("mark") or {}).get("grade_id") == q("g5"))
    assert passed["mark"]["text"] == "зачёт" and passed["mark"]["scale_name"] == "зачёт/незачёт"
    late = next(e for e in events if e["kind"] == "attendance" and e["attendance"]["status"] == "late")
    assert late["attendance"]["status_name"] == "опоздание" and late["attendance"]["minutes_late"] == 5
    finals = [e for e in events if e["kind"] == "final_mark"]
    assert finals[-1]["change"] == "removed" and finals[-1]["final_mark"]["period"]["name"] == "1 четверть"
    student = await _page(http, _reader(hub, "anna", Role.STUDENT), after=_start(hub))
    assert student["events"] == events  # a student follows themself


async def test_pages_and_the_stream_agree_and_the_stream_resumes(hub_http):
    hub, http, _vendor = hub_http
    mother = _reader(hub, "mother", Role.GUARDIAN)
    whole = (await _page(http, mother, after=_start(hub)))["events"]
    paged, cursor, more = [], _start(hub), True
    while more:
        body = await _page(http, mother, after=cursor, limit=4)
        assert len(body["events"]) <= 4
        paged += body["events"]
        cursor, more = body["next"], body["more"]
    assert paged == whole

    stream = await http.get("/v1/me/feed", params={"after": _start(hub), "limit": 7}, headers=mother)
    assert stream.status_code == 200 and stream.headers["content-type"].startswith("text/event-stream")
    messages = _messages(stream.text)
    assert messages[0] == {"retry": "3000"}
    items = [m for m in messages if "data" in m]
    import orjson
    assert [orjson.loads(m["data"]) for m in items] == whole
    ids = [feed.parse_cursor(m["id"]) for m in items]
    assert [next(iter(i.values())) for i in ids] == [int(e["position"].split(":")[1]) + 1 for e in whole]

    resumed = await http.get("/v1/me/feed", headers={**mother, "Last-Event-ID": items[9]["id"]},
                             params={"after": _start(hub)})  # the header wins over ?after=
    again = [orjson.loads(m["data"]) for m in _messages(resumed.text) if "data" in m]
    assert again == whole[10:]


async def test_a_reader_far_behind_catches_up_in_bounded_pages(hub_http, monkeypatch):
    hub, http, _vendor = hub_http
    monkeypatch.setattr(feed, "SCAN_WINDOW", 10)
    mother = _reader(hub, "mother", Role.GUARDIAN)
    collected, cursor, pages = [], _start(hub), 0
    while True:
        body = await _page(http, mother, after=cursor)
        pages += 1
        start, end = (int(c.split(":")[1]) for c in (cursor, body["next"]))
        assert end - start <= 10  # at most SCAN_WINDOW offsets read per page
        collected += body["events"]
        cursor = body["next"]
        if not body["more"]:
            break
    assert pages >= 6 and len(collected) == sum(ANNA.values())


async def test_new_events_arrive_after_the_cursor_and_only_the_childs(hub_http):
    hub, http, vendor = hub_http
    mother = _reader(hub, "mother", Role.GUARDIAN)
    head = (await _page(http, mother))["next"]
    later = [_grade("g-new-a", "anna", "5", lesson_id="le1"), _grade("g-new-b", "boris", "5", lesson_id="le2"),
             rec("homework.assigned", "hw-g1", {"homework_id": "hw-g1", "class_id": "5a-g1", "subject_id": "eng",
                                                "due_on": "2026-10-27", "text": "Workbook p. 12"}),
             rec("homework.assigned", "hw-g2", {"homework_id": "hw-g2", "class_id": "5a-g2", "subject_id": "eng",
                                                "due_on": "2026-10-27", "text": "Workbook p. 14"}),
             rec("homework.withdrawn", "hw2-w", {"homework_id": "hw2", "reason": "Отменено"}, revision=2)]
    assert (await http.post("/v1/ingest/native", json=later, headers=vendor)).json()["summary"]["accepted"] == 5
    await project_all(hub.log, hub.views)
    body = await _page(http, mother, after=head)
    assert [(e["type"], e["change"]) for e in body["events"]] == [
        ("grade.recorded", "new"), ("homework.assigned", "new"), ("homework.withdrawn", "removed")]
    assert body["events"][1]["homework"]["text"] == "Workbook p. 12"
    assert body["events"][2]["subject"]["name"] == "Физкультура"  # the withdrawal's subject, from the view
    father = await _page(http, _reader(hub, "father", Role.GUARDIAN), after=head)
    assert father["events"] == []  # vera (6А) has nothing new


async def test_a_cursor_that_is_not_one_is_422_with_its_pointer(hub_http):
    hub, http, _vendor = hub_http
    mother = _reader(hub, "mother", Role.GUARDIAN)
    for headers, params, pointer in (({"Last-Event-ID": "yesterday"}, {}, "/header/Last-Event-ID"),
                                     ({}, {"after": "1:-3"}, "/query/after"), ({}, {"after": "1:2:3"}, "/query/after")):
        response = await http.get("/v1/me/feed", params=params, headers={**mother, **headers})
        assert response.status_code == 422, response.text
        body = response.json()["error"]
        assert body["code"] == "invalid_position" and body["details"][0]["pointer"] == pointer
